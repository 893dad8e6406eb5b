"""New neighbours moving in, both ways, written whole by rule: who has just moved in (next door, upstairs), having
new neighbours, meeting them, going over to say hello, taking them something, and what they are like. v8 (the rules
on) reads "chuyển đến" as moving about and "neighbours" as neighbouring countries: "Hàng xóm tôi mới chuyển đến." →
"The neighbor I'm just moving.", "Nhà bên cạnh có người mới chuyển đến." → "The next person has arrived.", "Có người
mới chuyển đến tầng trên." → "There is someone who has been moving to the top.", "Hàng xóm mới của bạn thế nào?" →
"How does your neighbor?"; and back, "New neighbours moved in next door." → "Những người láng giềng mới di chuyển
trong cửa tiếp theo.", "We have new neighbours." → "Chúng tôi có những nước láng giềng mới.", "I went over to say
hello to the new neighbours." → "Tôi đã đi qua để nói anh ấy búp bê với những người láng giềng mới.".

"hàng xóm" is written "neighbours", many: it names the people of a house, as mt/neighbours.py writes it ("người hàng
xóm", one or many, is left in Vietnamese, and written for "neighbour" in English). "mới" before a verb is "just",
after "hàng xóm" "new": "Hàng xóm mới chuyển đến." could be either; "Có hàng xóm mới chuyển đến." says both ("New
neighbours have moved in."). "bánh" taken over is "some cake" (a cake, or cakes: not said), and "mang … sang" with
no tense is told as done ("took": a habit would not be of new neighbours).

Taken: the neighbours with whose ("Hàng xóm tôi"; "hàng xóm mới" with any tense but "mới") who have just moved in,
have, will, are moving in soon, have not yet, asked yet; someone new, new neighbours or a (new) family who have moved
in (PLACES: next door, upstairs, downstairs, across the street, into the flat next door), someone who has just, "có
ai mới …?"; who (mt.hobbies.WHO, WHO_EN; people) has new neighbours, has just got them, is getting them soon, asked;
who has met the new neighbours, has just, not yet, asked; who went, has been, will, should, is going to go over to
say hello to them (asked: yet, should we); who took THINGS over to them (just, will, should, is going to; "What should
I take …?"); the new neighbours (whose) seeming, being or asked to be of MANNERS, with a degree or whose, not very,
and what they are like. Left: "Hàng xóm mới chuyển đến." ("mới": just, or new?), "Có người mới chuyển đến." with no
place (to a class, an office?), "gặp" or greeting with no tense (met, or meet?), a day ("tomorrow"), "người hàng
xóm", neighbours not new being nice, noisy (mt/neighbours.py), moving house (mt/moving.py), a housewarming
(mt/housewarming.py), knowing someone (mt/acquaintances.py), a dog as who, "I" asking what I know ("Tôi đã gặp hàng
xóm mới chưa?"), "nên … chưa?" (yet?), "The new neighbours are friendly." ("Hàng xóm mới thân thiện.": "mới" only
then?), bare "young" ("trẻ": stilted), and anything else.
mt.phrasebook.translate tries these after mt/glasses.py.

    >>> translate("Nhà bên cạnh có người mới chuyển đến.", "vi", "en"), translate("We have new neighbours.", "en", "vi")
    ('Someone new has moved in next door.', 'Chúng tôi có hàng xóm mới.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hàng\s+xóm|chuyển\s+đến|chuyển\s+tới)"), "en": lazy(r"(?i:neighbo|moved\s+in|moving\s+in)")}
# where someone moved in, and how English says it after "moved" (the first Vietnamese of each is written back)
PLACES = {"nhà bên cạnh": "in next door", "nhà kế bên": "in next door", "bên cạnh": "in next door",
          "kế bên": "in next door", "tầng trên": "in upstairs", "tầng dưới": "in downstairs",
          "nhà đối diện": "in across the street", "căn hộ bên cạnh": "into the flat next door",
          "căn hộ kế bên": "into the flat next door"}
_PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {
    "in across the road": "nhà đối diện", "into the apartment next door": "căn hộ bên cạnh",
    "into the house next door": "nhà bên cạnh"}
# what is taken over to them
THINGS = {"bánh": "some cake", "một cái bánh": "a cake", "một chiếc bánh": "a cake", "bánh kẹo": "some sweets",
          "bánh quy": "some biscuits", "hoa quả": "some fruit", "trái cây": "some fruit",
          "một giỏ hoa quả": "a basket of fruit", "một giỏ trái cây": "a basket of fruit", "một món quà": "a present",
          "một món quà nhỏ": "a small present", "đồ ăn": "some food", "hoa": "some flowers",
          "một bó hoa": "a bunch of flowers"}
_THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {
    "some cakes": "bánh", "a gift": "một món quà", "a small gift": "một món quà nhỏ", "some cookies": "bánh quy",
    "cookies": "bánh quy", "biscuits": "bánh quy", "sweets": "bánh kẹo", "fruit": "hoa quả", "flowers": "hoa"}
# what the new neighbours are like
MANNERS = {"thân thiện": "friendly", "dễ mến": "nice", "tốt bụng": "kind", "tử tế": "kind", "dễ thương": "lovely",
           "dễ chịu": "pleasant", "lịch sự": "polite", "vui tính": "cheerful", "hiếu khách": "welcoming",
           "trẻ": "young"}
_MANNERS_VI = {en: vi for vi, en in reversed(MANNERS.items())}
_OWNER = rf"(?P<owner>(?i:{alternatives(OWNERS)}))"
# the new neighbours, whose after them ("hàng xóm mới của tôi"), as group owner
_NB = rf"(?i:(?:các\s+|những\s+người\s+)?hàng\s+xóm\s+mới)(?:\s+của\s+{_OWNER})?"
_PLACE = rf"(?i:{alternatives(PLACES)})"

# the neighbours moving in ("Hàng xóm tôi mới chuyển đến.", "Hàng xóm mới đã chuyển đến chưa?")
_MOVED = lazy(rf"(?:{_NB}|(?P<of>(?i:hàng\s+xóm))\s+(?:của\s+)?(?P<owner2>(?i:{alternatives(OWNERS)}))|"
              r"(?P<the>(?i:hàng\s+xóm)))\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã|sắp|sẽ|chưa)\s+)?chuyển\s+(?:đến|tới)"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# someone new moving in ("Nhà bên cạnh có người mới chuyển đến.", "Có một gia đình mới chuyển đến nhà bên cạnh.")
_NEWCOMER = lazy(rf"(?:(?P<place0>{_PLACE})\s+)?(?:(?P<just0>(?i:vừa\s+mới|vừa|mới))\s+)?(?i:có)\s+(?P<nc>người|ai|hàng"
                 r"\s+xóm|(?:một\s+)?gia\s+đình)\s+(?P<tense>vừa\s+mới|vừa|mới)?\s*chuyển\s+(?:đến|tới)"
                 rf"(?:\s+(?:ở\s+)?(?P<place>{_PLACE}))?(?:\s+(?P<done>rồi))?{ASKED_END}")
# having new neighbours ("Chúng tôi có hàng xóm mới.", "Bạn có hàng xóm mới không?")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|sắp)\s+)?có\s+hàng\s+xóm\s+mới{ASKED_END}")
# meeting them ("Tôi chưa gặp hàng xóm mới.", "Bạn đã gặp hàng xóm mới chưa?")
_MET = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã|chưa)\s+)?gặp(?:\s+mặt)?\s+{_NB}(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
# going over to say hello ("Tôi đã sang chào hàng xóm mới.", "Chúng ta có nên sang chào hàng xóm mới không?")
_GREET = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>vừa\s+mới|vừa|mới|đã|sẽ|nên|định|chưa)\s+)?(?:sang|qua)\s+"
              rf"chào(?:\s+hỏi)?\s+{_NB}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa|không))?{SOFTENED_END}")
# taking them something ("Mẹ tôi mang bánh sang cho hàng xóm mới.", "Tôi nên mang gì sang cho hàng xóm mới?")
_BRING = lazy(rf"{WHO}\s+(?:(?P<tense>vừa\s+mới|vừa|mới|đã|sẽ|nên|định)\s+)?(?:mang|đem)\s+(?:(?P<thing>(?i:"
              rf"{alternatives(THINGS)}))|(?P<what>gì))\s+(?:sang|qua)\s+(?:cho|biếu|tặng)\s+{_NB}"
              rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# what they are like ("Hàng xóm mới của tôi rất thân thiện.", "Hàng xóm mới có vẻ dễ mến.")
_LIKE = lazy(rf"{_NB}\s+(?:(?P<seem>(?:trông\s+)?có\s+vẻ)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<very>rất|khá)\s+)?(?P<adj>(?i:{alternatives(MANNERS)}))(?:\s+(?P<after>lắm|quá))?{ASKED_END}")
_WHAT_LIKE = lazy(rf"{_NB}\s+(?:(?:như\s+)?thế\s+nào|ra\s+sao){SOFTENED_END}")

# ... and in English: the new neighbours (one or many; whose or "the" in group det)
_NB_EN = rf"(?P<det>(?i:the|{WHOSE_WORDS}))\s+new\s+(?P<nb>neighbou?rs?)"
_PLACE_EN = (r"(?:in(?:\s+(?P<place>next\s+door|upstairs|downstairs|across\s+the\s+(?:street|road)))?|"
             r"(?P<into>into\s+the\s+(?:flat|apartment|house)\s+next\s+door))")
_MOVED_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?(?:(?P<det>(?i:the|{WHOSE_WORDS}))\s+(?P<new>new\s+)?(?P<nb>neighbou?rs)|"
                 r"(?P<bare>New\s+neighbou?rs)|(?P<one>Someone\s+new|Someone|A\s+new\s+family|A\s+family|anyone\s+"
                 r"new))(?P<aux>\s+have|\s+has|['’]ve|['’]s|\s+are|['’]re|\s+haven['’]t|\s+hasn['’]t|\s+have\s+not|"
                 rf"\s+has\s+not)?(?:\s+(?P<adv>just|already))?\s+(?P<verb>moved|moving)\s+{_PLACE_EN}"
                 r"(?:\s+(?P<soon>soon))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_HAVE_EN = lazy(rf"{WHO_EN}(?P<mid>\s+(?:have|has)(?:\s+just)?\s+got|['’](?:ve|s)(?:\s+just)?\s+got|\s+(?:have|has)|"
                r"\s+(?:am|is|are)\s+getting|['’](?:m|s|re)\s+getting)\s+new\s+neighbou?rs(?:\s+(?P<soon>soon))?"
                r"\s*(?P<end>[.!]*)")
_HAVE_Q_EN = lazy(rf"(?P<q>Do|Does|Have|Has)\s+{WHO_EN}\s+(?P<v>have|got)\s+new\s+neighbou?rs\s*\?+")
_AUX = (r"(?P<aux>\s+have|\s+has|['’]ve|['’]s|\s+haven['’]t|\s+hasn['’]t|\s+have\s+not|\s+has\s+not|\s+should|"
        r"\s+will|['’]ll|\s+(?:am|is|are)\s+going\s+to|['’](?:m|s|re)\s+going\s+to)?(?:\s+(?P<adv>just|already))?")
_MET_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX}\s+(?P<verb>met)\s+{_NB_EN}(?:\s+(?P<yet>yet))?"
               r"\s*(?P<end>[.!?]*)")
_GREET_EN = lazy(rf"(?:(?P<q>Have|Has|Should)\s+)?{WHO_EN}{_AUX}\s+(?P<verb>went|been|go)\s+(?:over|round)\s+"
                 rf"(?:to|and)\s+say\s+hello\s+to\s+{_NB_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_BRING_EN = lazy(rf"{WHO_EN}{_AUX}\s+(?P<verb>took|taken|take|brought)\s+(?P<thing>(?i:{alternatives(_THINGS_VI)}))"
                 rf"\s+(?:over|round)\s+to\s+{_NB_EN}\s*(?P<end>[.!]*)")
_WHAT_BRING_EN = lazy(rf"What\s+should\s+{WHO_EN}\s+(?P<verb>take|bring)\s+(?:over\s+|round\s+)?to\s+{_NB_EN}\s*\?+")
_LIKE_EN = lazy(rf"(?:(?P<q>Are|Is)\s+)?{_NB_EN}(?P<be>\s+are|['’]re|\s+is|['’]s|\s+seems?|\s+aren['’]t|"
                rf"\s+isn['’]t|\s+are\s+not|\s+is\s+not)?\s+(?:(?P<very>very|quite|so|really)\s+)?"
                rf"(?P<adj>{alternatives(_MANNERS_VI)})\s*(?P<end>[.!?]*)")
_WHAT_LIKE_EN = lazy(rf"What(?P<be>\s+are|\s+is|['’]s)\s+{_NB_EN}\s+like\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of new neighbours moving in, had, met, greeted, taken something, or what they
    are like; None for any other."""
    if src == "vi":
        return _moved(text) or _newcomer(text) or _have(text) or _done(text) or _like(text)
    text = text.replace("’", "'")
    return _moved_vi(text) or _have_vi(text) or _done_vi(text) or _like_vi(text)


def _nb(m: re.Match) -> str:
    """The new neighbours of a match of _NB in English: "the new neighbours", "my new neighbours"."""
    return f"{OWNERS[keyed(m['owner'])]} new neighbours" if m["owner"] else "the new neighbours"


def _person(m: re.Match, asked: bool = False, me: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who), or of WHO_EN (no group "titled") in
    Vietnamese (mt.hobbies.who_vi); None for a pet, for "anh", "chị" … alone saying it, and for "I" asked but where
    `me` (whether I met them is known; whether I should, asked)."""
    said = None if animal(m) else who(m, asked) if "titled" in m.re.groupindex else who_vi(m)
    return None if not said or asked and not me and said[0] == "I" else said


def _has(who_: str, one: bool, be: bool = False) -> str:
    """"has" or "have" (`be`: "am", "is" or "are"), as English says it after who."""
    return ("am" if who_ == "I" else "is" if one else "are") if be else "has" if one else "have"


def _moved(text: str) -> str | None:
    """"Hàng xóm tôi mới chuyển đến." as "My neighbours have just moved in.", "Hàng xóm mới đã chuyển đến chưa?" as
    "Have the new neighbours moved in yet?" (_MOVED); None for anything else."""
    m = _MOVED.fullmatch(text)
    if not m:
        return None
    tense, asked = keyed(m["tense"] or ""), bool(m["asked"])
    just = tense in ("vừa", "vừa mới", "mới")
    if asked != ("?" in m["end"]) or asked and tense not in ("", "đã") or m["done"] and tense not in ("", "đã") and \
            not just or not (tense or asked or m["done"] and (m["of"] or m["the"])) or m["the"] and tense == "mới":
        return None  # ("Hàng xóm mới chuyển đến (rồi).": "mới" is the tense, or the neighbours are new)
    nb = _nb(m) if not (m["of"] or m["the"]) else "the neighbours" if m["the"] else \
        f"{OWNERS[keyed(m['owner2'])]} neighbours"
    if asked:
        return f"Have {nb} moved in yet?"
    said = {"sắp": "are moving in soon", "sẽ": "will move in", "chưa": "haven't moved in yet"}.get(tense)
    return capitalised(f"{nb} {said or ('have just moved in' if just else 'have moved in')}.")


def _newcomer(text: str) -> str | None:
    """"Nhà bên cạnh có người mới chuyển đến." as "Someone new has moved in next door.", "Có người vừa chuyển đến
    tầng trên." as "Someone has just moved in upstairs." (_NEWCOMER); None for anything else."""
    m = _NEWCOMER.fullmatch(text)
    if not m or bool(m["just0"]) == bool(m["tense"]) or m["place0"] and m["place"]:
        return None
    nc, asked, new = keyed(m["nc"]), bool(m["asked"]), keyed(m["tense"] or "") == "mới"
    place = m["place0"] or m["place"]
    if asked != ("?" in m["end"]) or asked != (nc == "ai") or nc in ("ai", "hàng xóm") and not new or \
            nc in ("ai", "người") and not place:
        return None  # ("có hàng xóm vừa …" is not said; "Có người mới chuyển đến." may be to a class, an office)
    where = PLACES[keyed(place)] if place else "in"
    if asked or nc == "hàng xóm":
        return f"Has anyone new moved {where}?" if asked else f"New neighbours have moved {where}."
    one = "Someone" if nc == "người" else "A new family" if new else "A family"
    return f"{one}{' new' * (new and nc == 'người')} has {'' if new else 'just '}moved {where}."


def _have(text: str) -> str | None:
    """"Chúng tôi có hàng xóm mới." as "We have new neighbours.", "Chúng tôi vừa có hàng xóm mới." as "We have just
    got new neighbours." (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["tense"] or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have new neighbours?"
    if keyed(m["tense"] or "") == "sắp":
        return capitalised(f"{who_} {_has(who_, one, True)} getting new neighbours soon.")
    return capitalised(f"{who_} {_has(who_, one)}{' just got' * bool(m['tense'])} new neighbours.")


def _tense(m: re.Match) -> str | None:
    """How a match of _MET, _GREET or _BRING says its time: "yet?" ("… chưa?"), "should?" ("có nên … không?"), "not
    yet", "just", "already" ("rồi"), "past" ("đã"), "will", "should", "going" ("định"), "" (none said); None where
    the words do not go together ("vừa … chưa?", "sẽ … rồi")."""
    groups = m.groupdict()
    tense, done, asked = keyed(m["tense"] or ""), bool(m["done"]), keyed(groups.get("asked") or "")
    if bool(asked) != ("?" in m["end"]) or bool(groups.get("ask")) != (asked == "không"):
        return None
    if asked:  # ("nên … chưa?" asks whether it is time yet: "Should I …?" would drop the "yet")
        return None if done else {"nên không": "should?", "chưa": "yet?", "đã chưa": "yet?"}.get(
            keyed(f"{tense} {asked}"))
    if tense in ("vừa", "vừa mới", "mới"):
        return "just"
    if done:
        return "already" if tense in ("", "đã") else None
    return {"đã": "past", "chưa": "not yet", "sẽ": "will", "nên": "should", "định": "going", "": ""}.get(tense)


# what is done, by the time said, in English (who, has, be and Has agreeing with who; nb the new neighbours)
_DONE = {"met": {"yet?": "{Has} {who} met {nb} yet?", "not yet": "{who} {has}n't met {nb} yet.",
                 "just": "{who} {has} just met {nb}.", "already": "{who} {has} already met {nb}.",
                 "past": "{who} {has} met {nb}."},
         "hello": {"should?": "Should {who} go over and say hello to {nb}?",
                   "yet?": "{Has} {who} been over to say hello to {nb} yet?",
                   "not yet": "{who} {has}n't been over to say hello to {nb} yet.",
                   "just": "{who} {has} just been over to say hello to {nb}.",
                   "already": "{who} {has} already been over to say hello to {nb}.",
                   "past": "{who} went over to say hello to {nb}.", "will": "{who} will go over to say hello to {nb}.",
                   "should": "{who} should go over and say hello to {nb}.",
                   "going": "{who} {be} going to go over to say hello to {nb}."},
         "took": {"just": "{who} {has} just taken {thing} over to {nb}.",
                  "already": "{who} {has} already taken {thing} over to {nb}.",
                  "past": "{who} took {thing} over to {nb}.", "": "{who} took {thing} over to {nb}.",
                  "will": "{who} will take {thing} over to {nb}.", "should": "{who} should take {thing} over to {nb}.",
                  "going": "{who} {be} going to take {thing} over to {nb}."}}


def _done(text: str) -> str | None:
    """"Tôi chưa gặp hàng xóm mới." as "I haven't met the new neighbours yet.", "Tôi đã sang chào hàng xóm mới." as
    "I went over to say hello to the new neighbours.", "Mẹ tôi mang bánh sang cho hàng xóm mới." as "My mother took
    some cake over to the new neighbours.", "Tôi nên mang gì sang cho hàng xóm mới?" as "What should I take over to
    the new neighbours?" (_MET, _GREET, _BRING); None for anything else, and meeting or greeting with no time said
    ("Tôi gặp hàng xóm mới.": met, or see?)."""
    m = next((m for p in (_MET, _GREET, _BRING) if (m := p.fullmatch(text))), None)
    what = bool(m and m.re == _BRING and m["what"])
    if not m or (tense := _tense(m) if not what else "what?") is None:
        return None
    if what and (keyed(m["tense"] or "") != "nên" or m["done"] or "?" not in m["end"]):
        return None
    said = _person(m, tense.endswith("?"), me=tense != "yet?")
    if said is None:
        return None
    who_, one = said
    if what:
        return f"What should {who_} take over to {_nb(m)}?"
    shape = _DONE["met" if m.re == _MET else "hello" if m.re == _GREET else "took"].get(tense)
    has, thing = _has(who_, one), THINGS.get(keyed(m.groupdict().get("thing") or ""))
    return shape and capitalised(shape.format(who=who_, has=has, Has=has.capitalize(), be=_has(who_, one, True),
                                              nb=_nb(m), thing=thing))


def _like(text: str) -> str | None:
    """"Hàng xóm mới của tôi rất thân thiện." as "My new neighbours are very friendly.", "Hàng xóm mới của bạn thế
    nào?" as "What are your new neighbours like?" (_LIKE, _WHAT_LIKE); None for anything else, and none of a degree,
    seeming or whose said ("Hàng xóm mới thân thiện.": "mới" new, or only then?)."""
    if (m := _WHAT_LIKE.fullmatch(text)) and "?" in m["end"]:
        return f"What are {_nb(m)} like?"
    m = _LIKE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]):
        return None
    very, after, adj, nb = keyed(m["very"] or ""), keyed(m["after"] or ""), MANNERS[keyed(m["adj"])], _nb(m)
    if very and after or m["ask"] and (very or after or m["seem"]) or m["not"] and (very or after == "quá" or
                                                                                 m["seem"]):
        return None
    if m["ask"] or m["not"]:
        return f"Are {nb} {adj}?" if m["ask"] else capitalised(f"{nb} aren't {'very ' * bool(after)}{adj}.")
    if not (very or after or m["seem"] or m["owner"]):
        return None
    degree = {"rất": "very ", "khá": "quite ", "lắm": "very ", "quá": "so "}.get(very or after, "")
    return capitalised(f"{nb} {'seem' if m['seem'] else 'are'} {degree}{adj}.")


def _nb_vi(m: re.Match, us: str = "chúng tôi") -> str:
    """The new neighbours of a match of _NB_EN in Vietnamese: "hàng xóm mới", "người hàng xóm mới" (one),
    "hàng xóm mới của tôi"; "our" as `us` ("chúng ta" where "we" takes in whom it is said to)."""
    det = m["det"].lower()
    nb = "hàng xóm mới" if m["nb"].endswith("s") else "người hàng xóm mới"
    return nb if det == "the" else f"{nb} của {us if det == 'our' else WHOSE_VI[det]}"


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether an English verb (`word`: "has", "does", "is", "am", "are", "have", "do") agrees with who (`who_` in
    Vietnamese, `one` as mt.hobbies.who_vi gives it); True for any other word."""
    word = word.lower().replace("n't", "")
    if word in ("has", "does", "is", "have", "do", "are", "'s", "'ve", "'re"):
        return (word in ("has", "does", "is", "'s")) == one and not (who_ == "tôi" and word in ("are", "'re"))
    return word not in ("am", "'m") or who_ == "tôi"


def _moved_vi(text: str) -> str | None:
    """"My neighbours have just moved in." as "Hàng xóm tôi mới chuyển đến.", "Have the new neighbours moved in yet?"
    as "Hàng xóm mới đã chuyển đến chưa?" (_MOVED_EN; the others as _newcomer_vi); None for anything else, and where
    the verb does not agree."""
    m = _MOVED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    aux = keyed(m["q"] or m["aux"] or "").replace("'ve", "have").replace("'re", "are")
    aux = {"'s": "is" if m["verb"] == "moving" else "has", "have not": "haven't"}.get(aux, aux)
    if m["one"] or m["bare"]:
        return _newcomer_vi(m, aux)
    det, adv, verb, soon, yet = m["det"].lower(), m["adv"] or "", m["verb"], bool(m["soon"]), bool(m["yet"])
    nb = "Hàng xóm" + " mới" * bool(m["new"]) + ("" if det == "the" else (" của " if m["new"] else " ") + WHOSE_VI[det])
    if m["place"] or m["into"]:
        return None
    if m["q"]:
        return f"{nb} đã chuyển đến chưa?" if aux == "have" and verb == "moved" and not (adv or soon) else None
    if verb == "moving":
        return f"{nb} sắp chuyển đến." if aux == "are" and soon and not (adv or yet) else None
    if soon or yet != (aux == "haven't") or aux not in ("", "have", "haven't") or yet and adv:
        return None
    just = "vừa" if m["new"] or det == "the" else "mới"  # ("Hàng xóm mới chuyển đến": new, or just?)
    said = "chưa" if yet else just if adv == "just" else "đã"
    return f"{nb} {said} chuyển đến{' rồi' * (adv == 'already')}."


def _newcomer_vi(m: re.Match, aux: str) -> str | None:
    """"Someone new has moved in next door." as "Nhà bên cạnh có người mới chuyển đến.", "New neighbours moved in
    next door." as "Có hàng xóm mới chuyển đến nhà bên cạnh." of a match of _MOVED_EN, `aux` written out; None for
    anything else, and "Someone moved in." (who, and when?)."""
    nc, asked, adv = keyed(m["one"] or "new neighbours"), bool(m["q"]), m["adv"]
    if m["verb"] != "moved" or m["soon"] or m["yet"] or aux not in ("", "has" if m["one"] else "have") or \
            asked != (nc == "anyone new") or ("new" in nc) == bool(adv) or adv == "already":
        return None
    place = _PLACES_VI.get(keyed(m["into"] or f"in {m['place'] or ''}"))
    where, when = f" {place}" if place else "", "vừa" if adv else "mới"
    if asked or not m["one"]:
        return f"Có ai mới chuyển đến{where} không?" if asked else f"Có hàng xóm mới chuyển đến{where}."
    if nc.startswith("someone"):
        return f"{capitalised(place)} {'vừa có người' if adv else 'có người mới'} chuyển đến." if place else \
            f"Có người {when} chuyển đến."
    return f"Có một gia đình {when} chuyển đến{where}."


def _have_vi(text: str) -> str | None:
    """"We have new neighbours." as "Chúng tôi có hàng xóm mới.", "Do you have new neighbours?" as "Bạn có hàng xóm
    mới không?" (_HAVE_EN, _HAVE_Q_EN); None for anything else, and where the verb does not agree."""
    if m := _HAVE_Q_EN.fullmatch(text):
        said, pair = _person(m), (m["q"].lower().replace("does", "do").replace("has", "have"), m["v"])
        ok = said and pair in (("do", "have"), ("have", "got")) and _agrees(m["q"], *said) and said[0] != "tôi"
        return capitalised(f"{said[0]} có hàng xóm mới không?") if ok else None
    m = _HAVE_EN.fullmatch(text)
    if not m or (said := _person(m)) is None:
        return None
    words = m["mid"].lower().replace("'", " '").split()
    getting = words[-1] == "getting"
    if not _agrees(words[0], *said) or getting != bool(m["soon"]):
        return None
    how = "sắp " if getting else "vừa " if "just" in words else ""
    return capitalised(f"{said[0]} {how}có hàng xóm mới.")


def _tense_vi(m: re.Match) -> tuple[str, str] | None:
    """How a match of _MET_EN, _GREET_EN or _BRING_EN says its time, as _tense names it, and the verb's form it
    takes ("past": "went", "perfect": "been", "base": "go"); None where the verb after who does not agree."""
    aux, said, q, adv = keyed(m["aux"] or ""), _person(m), (m.groupdict().get("q") or "").lower(), m["adv"]
    first = q or aux.split(" ")[0]
    if said is None or not _agrees(first, *said) or bool(q) != ("?" in m["end"]) or q and (
            aux or adv or said[0] == "tôi" and q != "should"):
        return None
    aux = {"'ve": "have", "'s": "have", "has": "have", "'ll": "will", "hasn't": "haven't", "has not": "haven't",
           "have not": "haven't"}.get(aux, "going" if aux.endswith("going to") else aux)
    if bool(m.groupdict().get("yet")) and not (q in ("have", "has") or aux == "haven't"):
        return None
    if q:
        return ("should?", "base") if q == "should" else ("yet?", "perfect")
    if aux in ("will", "should", "going", "haven't") and adv:
        return None
    if aux in ("will", "should", "going"):
        return aux, "base"
    tense = "not yet" if aux == "haven't" else "just" if adv == "just" else "already" if adv else "past"
    return tense, "perfect" if aux else "past"


# what is done, by the time said, in Vietnamese; and the forms of the verb each time takes
_DONE_VI = {"met": {"yet?": "{we} đã gặp {nb} chưa?", "not yet": "{who} chưa gặp {nb}.", "just": "{who} vừa gặp {nb}.",
                    "already": "{who} đã gặp {nb} rồi.", "past": "{who} đã gặp {nb}."},
            "hello": {"should?": "{we} có nên sang chào {nb} không?", "yet?": "{we} đã sang chào {nb} chưa?",
                      "not yet": "{who} chưa sang chào {nb}.", "just": "{who} vừa sang chào {nb}.",
                      "already": "{who} đã sang chào {nb} rồi.", "past": "{who} đã sang chào {nb}.",
                      "will": "{who} sẽ sang chào {nb}.", "should": "{we} nên sang chào {nb}.",
                      "going": "{who} định sang chào {nb}."},
            "took": {"just": "{who} vừa mang {thing} sang cho {nb}.",
                     "already": "{who} đã mang {thing} sang cho {nb} rồi.",
                     "past": "{who} đã mang {thing} sang cho {nb}.", "will": "{who} sẽ mang {thing} sang cho {nb}.",
                     "should": "{who} nên mang {thing} sang cho {nb}.",
                     "going": "{who} định mang {thing} sang cho {nb}.", "what?": "{we} nên mang gì sang cho {nb}?"}}
_FORMS = {"met": {"past": ("met",), "perfect": ("met",)},
          "hello": {"past": ("went",), "perfect": ("been",), "base": ("go",)},
          "took": {"past": ("took", "brought"), "perfect": ("taken", "brought"), "base": ("take",),
                   "what": ("take", "bring")}}


def _done_vi(text: str) -> str | None:
    """"I haven't met the new neighbours yet." as "Tôi chưa gặp hàng xóm mới.", "We should go over and say hello to
    …" as "Chúng ta nên sang chào …", "My mother took a cake over to the new neighbours." as "Mẹ tôi đã mang một cái
    bánh sang cho hàng xóm mới.", "What should I take over to …?" as "Tôi nên mang gì sang cho …?" (_MET_EN,
    _GREET_EN, _BRING_EN, _WHAT_BRING_EN); None for anything else."""
    m = next((m for p in (_MET_EN, _GREET_EN, _BRING_EN, _WHAT_BRING_EN) if (m := p.fullmatch(text))), None)
    said = m and (("what?", "what") if m.re == _WHAT_BRING_EN else _tense_vi(m))
    if not said or _person(m) is None:
        return None
    kind = "met" if m.re == _MET_EN else "hello" if m.re == _GREET_EN else "took"
    shape = _DONE_VI[kind].get(said[0])
    if shape is None or m["verb"] not in _FORMS[kind].get(said[1], ()):
        return None
    who_, thing = _person(m)[0], _THINGS_VI.get(keyed(m.groupdict().get("thing") or ""))
    # (a suggestion, or "we" asking, takes in whom it is said to: "chúng ta", and "our" is theirs too)
    us = "chúng ta" if who_ == "chúng tôi" and "{we}" in shape else "chúng tôi"
    return capitalised(shape.format(who=who_, we=us if who_ == "chúng tôi" else who_, nb=_nb_vi(m, us), thing=thing))


def _like_vi(text: str) -> str | None:
    """"My new neighbours are very friendly." as "Hàng xóm mới của tôi rất thân thiện.", "What are your new neighbours
    like?" as "Hàng xóm mới của bạn thế nào?" (_LIKE_EN, _WHAT_LIKE_EN); None for any other, or a verb not agreeing."""
    if m := _WHAT_LIKE_EN.fullmatch(text):
        many = m["nb"].endswith("s")
        return capitalised(f"{_nb_vi(m)} thế nào?") if (m["be"].strip() == "are") == many else None
    m = _LIKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    many, be = m["nb"].endswith("s"), keyed(m["q"] or m["be"])
    be = {"'re": "are", "'s": "is", "aren't": "are not", "isn't": "is not"}.get(be, be)
    if be not in (("are", "are not", "seem") if many else ("is", "is not", "seems")) or m["q"] and m["very"]:
        return None
    very, adj, nb = (m["very"] or "").lower(), _MANNERS_VI[m["adj"]], capitalised(_nb_vi(m))
    if m["q"]:
        return f"{nb} có {adj} không?"
    if be.endswith("not"):
        return f"{nb} không {adj} lắm." if very == "very" else None if very else f"{nb} không {adj}."
    if not (very or be.startswith("seem")) and (m["det"].lower() == "the" or adj == "trẻ"):
        return None  # ("Hàng xóm mới thân thiện.": "mới" only then, or a friendly new neighbour?; bare "trẻ" stilted)
    degree = {"very": "rất {}", "really": "rất {}", "quite": "khá {}", "so": "{} quá"}.get(very, "{}")
    return f"{nb} {'có vẻ ' if be.startswith('seem') else ''}{degree.format(adj)}."
