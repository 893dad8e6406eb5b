"""Water puppet shows, puppet shows and the circus, both ways, written whole by rule: who went, is going or wants to
go to see one, has never seen one or ever has, likes it or finds it boring, there being one on a day, tickets bought
for it. v8 (rules on) reads "xiếc" as deaf, "múa rối" as confusion, "circus" as a circumstance or circumcision:
"Tối nay tôi đi xem xiếc." → "Tonight, I go to a deaf.", "Bọn trẻ thích xem xiếc." → "The children love deaf.", "Bố
tôi không thích xem xiếc." → "I don't like deaf.", "Mẹ tôi chưa từng xem múa rối." → "My mother has never seen
confusion.", "Tối nay có xiếc ở nhà văn hoá." → "Tonight, deaf at the writer."; "We went to see water puppets." →
"Chúng tôi đến để thấy những con cún nước.", "I'm going to the circus tonight." → "Tôi sẽ cắt bao quy đầu tối nay.",
"I've never seen a water puppet show." → "Tôi chưa từng thấy một chiếc máy chiếu nước.", "There's a circus
tonight." → "Có một hoàn cảnh tối nay.".

Taken: one of SHOWS ("múa rối nước", "múa rối", "xiếc"; "rạp xiếc" gone to; "a water puppet show", "water puppets", "the
circus" …) and who (mt.hobbies.WHO, WHO_EN; the kids, everyone: mt.noise.GROUPS): went to see it ("đã", a day behind),
is going ("sẽ", a day ahead, "tối nay"), said, denied or asked; wants to ("muốn"; "would like to"); "Let's" ("Chúng ta
đi xem xiếc nhé."); has never seen it or been ("chưa bao giờ", "chưa từng", "chưa hề"), has before ("từng"), ever, asked
("Bạn đã bao giờ xem … chưa?"); likes or loves it ("thích", "rất thích", "mê"), said, denied or asked; finds it boring
or interesting ("thấy … chán"); there is one on a day (at the cultural centre, in the park …), said, denied or asked;
tickets bought for it (done, just, "đã"; asked with "chưa"). Left: no word of the tense ("Chúng tôi đi xem múa rối
nước.": went or going?), "hôm nay" going, "Did you go …?" with no day, "rồi" on going (been, or gone?), "chưa" alone
(yet?), "going to the circus" with no day (on the way?), "the water puppet show" liked or found boring (that one: was?),
"mình" and "Hãy" alone, "anh", "chị", "em" alone saying it, "I" asked, a pet as who, a troupe of puppets, "got tickets"
(had?), performing, "mọi người" never (no one, or you all?), a statement ending in "thế", "vậy" (mt.text.STRESSED_SAID),
and anything else; mt/concerts.py, mt/tickets.py, mt/outings.py, mt/boring.py take none of these.
mt.phrasebook.translate tries these after mt/break_times.py.

    >>> translate("Bọn trẻ rất thích xem xiếc.", "vi", "en"), translate("There's a circus tonight.", "en", "vi")
    ('The kids love the circus.', 'Tối nay có xiếc.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, asked_of, em_speaking, first_agrees, person_of
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .rule_keys import key_checked
from .text import (ASKED_END, BE_EN, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   present, stop)

# the shows, as English says one seen and the kind liked (the first Vietnamese of each is written back)
SHOWS = {"múa rối nước": ("a water puppet show", "water puppet shows"), "múa rối": ("a puppet show", "puppet shows"),
         "xiếc": ("a circus", "the circus")}
# ... and in English: the show, and whether it is one ("a water puppet show") or the kind ("water puppets")
SHOWS_VI = {"water puppet show": ("múa rối nước", True), "water puppet shows": ("múa rối nước", False),
            "water puppets": ("múa rối nước", False), "water puppetry": ("múa rối nước", False),
            "puppet show": ("múa rối", True), "puppet shows": ("múa rối", False), "circus": ("xiếc", True),
            "circuses": ("xiếc", False)}
# where one is on (the first Vietnamese of each is written back)
PLACES = {"nhà văn hoá": "at the cultural centre", "nhà văn hóa": "at the cultural centre",
          "công viên": "in the park", "nhà hát": "at the theatre", "sân vận động": "at the stadium"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {
    "at the cultural center": "nhà văn hoá", "at the theater": "nhà hát"}
# the days said (mt.dates; "hôm nay", "tối nay" are today's), and back
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "tuần trước", "cuối tuần trước", "tháng trước",
                  "hôm nay", "tối nay", "đêm nay", "cuối tuần này", "ngày mai", "tối mai", "ngày kia", "tuần sau",
                  "tuần tới", "cuối tuần sau", "cuối tuần tới", "tháng sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_TONIGHT = {"tối nay", "đêm nay"}  # (going, with no word of tense: ahead; "hôm nay" may be done)
# the kids, everyone ("trẻ con" alone is children at large)
_GROUPS = {vi: said for vi, said in GROUPS.items() if vi != "trẻ con"}
_KEYS = {"vi": lazy(r"(?i:xiếc|múa\s+rối)"), "en": lazy(r"(?i:circus|puppet)")}

_WHO = rf"(?:{WHO}|(?P<group>(?i:{alternatives(_GROUPS)})))"
_SHOW = rf"(?P<show>(?i:{alternatives(SHOWS)}))"
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?"
# going to see one ("Tối qua chúng tôi đi xem múa rối nước.", "Tối nay bạn có đi xem xiếc không?")
_GO = lazy(rf"{_DAY}{_WHO}\s+(?:(?P<aux>đã|sẽ)\s+|(?P<ask>có)\s+|(?P<not>sẽ\s+không|không)\s+)?"
           rf"(?:đi\s+xem\s+{_SHOW}|(?P<hall>(?:đi|đến)\s+rạp\s+xiếc)){_DAY2}{ASKED_END}")
_WANT = lazy(rf"{_DAY}{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?muốn\s+(?:(?P<go>đi\s+)?xem\s+{_SHOW}|"
             rf"(?P<hall>(?:đi|đến)\s+rạp\s+xiếc)){_DAY2}{ASKED_END}")
_LETS = lazy(rf"{_DAY}(?:(?i:chúng\s+ta)\s+(?:(?P<hay>hãy)\s+)?(?:cùng\s+)?|(?P<bare>(?i:đi)\s+))(?P<go>đi\s+)?"
             rf"xem\s+{_SHOW}(?:\s+(?P<tell>nhé|nha|đi))?\s*(?P<end>[.!?]*)")
# never seen one, or seen one before ("Tôi chưa bao giờ xem múa rối nước.", "Tôi đã từng đi xem xiếc.")
_NEVER = lazy(rf"{_WHO}\s+(?:(?P<never>chưa\s+bao\s+giờ|chưa\s+từng|chưa\s+hề)|(?:đã\s+)?(?P<once>từng))\s+"
              rf"(?:(?P<go>đi\s+)?xem\s+{_SHOW}|(?P<hall>(?:đi|đến)\s+rạp\s+xiếc)){SOFTENED_END}")
_EVER = lazy(rf"{_WHO}\s+(?:đã\s+)?(?:(?P<ever>bao\s+giờ|từng)\s+)?(?:(?P<go>đi\s+)?xem\s+{_SHOW}|"
             rf"(?P<hall>(?:đi|đến)\s+rạp\s+xiếc))(?:\s+(?P<ever2>bao\s+giờ|lần\s+nào))?\s+chưa{SOFTENED_END}")
# liking it ("Bọn trẻ rất thích xem xiếc.", "Bạn có thích xem múa rối nước không?")
_LIKE = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất)\s+)?(?P<verb>thích|mê|yêu\s+thích)\s+"
             rf"(?:xem\s+)?{_SHOW}(?:\s+(?P<much>lắm))?{ASKED_END}")
# finding it boring ("Tôi thấy xem xiếc chán lắm.")
_FIND = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?thấy\s+(?:xem\s+)?{_SHOW}\s+(?:(?P<deg>rất|hơi)\s+)?"
             rf"(?P<how>nhàm\s+chán|chán|tẻ\s+nhạt|thú\s+vị)(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
# one on a day ("Tối nay có xiếc ở nhà văn hoá.", "Ngày mai có múa rối nước không?")
_THERE = lazy(rf"{_DAY}(?:(?P<not>không)\s+)?có\s+(?:(?P<kind>buổi\s+(?:diễn|biểu\s+diễn)|buổi|đoàn)\s+)?{_SHOW}"
              rf"(?:\s+ở\s+(?P<place>(?i:{alternatives(PLACES)})))?{_DAY2}{ASKED_END}")
# tickets bought ("Tôi mua vé xem xiếc rồi.", "Bạn đã mua vé xem múa rối nước chưa?")
_TICKETS = lazy(rf"{_WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới)\s+)?mua\s+vé\s+xem\s+{_SHOW}"
                rf"(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")

# ... and in English
_WHO_EN = rf"(?:{WHO_EN}|(?P<group>(?i:{alternatives(GROUPS_VI)})))"
_SHOW_EN = rf"(?:(?P<det>(?i:a|the))\s+)?(?P<show>(?i:{alternatives(SHOWS_VI)}))"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_END_EN = r"\s*(?P<end>[.!?]*)"
_HOW_EN = r"(?P<how>go\s+to\s+see|go\s+and\s+see|go\s+see|go\s+to|see)"
_GO_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Did|Will)\s+)?{_WHO_EN}(?P<aux>{BE_EN}(?P<benot>\s+not)?|\s+(?:isn|aren)['’]t|"
              r"\s+will(?:\s+not)?|['’]ll|\s+won['’]t|\s+did\s+not|\s+didn['’]t)?\s+(?P<verb>going|go|went)\s+"
              rf"(?P<how>to\s+see|and\s+see|see|to)\s+{_SHOW_EN}{_DAY_EN}{_END_EN}")
_WANT_EN = lazy(rf"(?:(?P<q>Do|Does|Would)\s+)?{_WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t|"
                rf"\s+would|['’]d)?\s+(?P<verb>wants?|like)\s+to\s+{_HOW_EN}\s+{_SHOW_EN}{_DAY_EN}{_END_EN}")
_LETS_EN = lazy(rf"(?P<lets>Let['’]s|Let\s+us|Shall\s+we)\s+{_HOW_EN}\s+{_SHOW_EN}{_DAY_EN}{_END_EN}")
_NEVER_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{_WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)?\s+(?P<adv>never|ever)\s+"
                 rf"(?P<verb>seen|been\s+to)\s+{_SHOW_EN}{_END_EN}")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?\s+"
                rf"(?P<verb>likes?|loves?|enjoys?)\s+{_SHOW_EN}{_END_EN}")
_FIND_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}\s+(?P<verb>finds?)\s+{_SHOW_EN}\s+"
                rf"(?:(?P<deg>really|very|so|a\s+bit)\s+)?(?P<how>boring|dull|interesting){_END_EN}")
_THERE_EN = lazy(r"(?:(?P<q>Is|Was)\s+there|There(?P<be>['’]s|\s+is|\s+was|\s+will\s+be|['’]ll\s+be))"
                 rf"(?:\s+(?P<no>no))?\s+{_SHOW_EN}(?:\s+(?P<place>(?i:{alternatives(PLACES_VI)})))?{_DAY_EN}{_END_EN}")
_TICKETS_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{_WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)?(?:\s+(?P<just>just))?"
                   rf"\s+bought\s+(?:the\s+)?tickets\s+for\s+{_SHOW_EN}(?:\s+(?P<yet>yet|already))?{_END_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who went, goes or wants to go to a show of SHOWS, has never
    seen one, likes it, finds it boring, that there is one, or tickets bought for it; None for any other."""
    if src == "vi" and STRESSED_SAID.search(text):
        return None  # ("thế", "vậy" ending a statement say more: "thích xem xiếc thế", so much; "… vậy", then)
    rules = (_go, _want, _lets, _never, _like, _find, _there, _tickets) if src == "vi" else (
        _go_vi, _want_vi, _lets_vi, _never_vi, _like_vi, _find_vi, _there_vi, _tickets_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether one ("my mother", True; "the kids", False); None for a pet,
    "I" asked, "anh", "chị", "em" alone saying it (mt.hobbies.person_of), or "em" with "ạ" (the speaker)."""
    return _GROUPS[keyed(m["group"])] if m["group"] else None if em_speaking(m) else person_of(m, asked)


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a match ("day" or "day2") and its way ("behind", "today", "ahead"); ("", "") if none, None if both."""
    day, day2 = m["day"], m.groupdict().get("day2")
    said = keyed(day or day2 or "")
    return None if day and day2 else (said, NEAR_WAY[said]) if said else ("", "")


def _to(show: str | None) -> str:  # (None: "rạp xiếc")
    """Where one goes, in English, for a show of SHOWS: "to the circus", "to see a puppet show"."""
    return "to the circus" if show in (None, "xiếc") else f"to see {SHOWS[show][0]}"


def _go(text: str) -> str | None:
    """"Tối qua chúng tôi đi xem múa rối nước." as "We went to see a water puppet show last night.", "Tối nay bạn có
    đi xem xiếc không?" as "Are you going to the circus tonight?" (_GO); None for anything else, and no tense said."""
    m = _GO.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (day := _day(m)) is None or (said := _who(m, asked)) is None:
        return None
    (who_, _), (vi_day, way), aux, not_ = said, day, m["aux"], keyed(m["not"] or "")
    to, on = _to(m["show"] and keyed(m["show"])), f" {_DAYS[vi_day]}" if vi_day else ""
    if way == "behind" and aux != "sẽ" and not_ != "sẽ không" or aux == "đã" and way in ("", "today") and \
            vi_day not in _TONIGHT:
        if asked:  # (with no day, "Bạn có đi xem xiếc không?": did, or will?)
            return f"Did {who_} go {to}{on}?" if vi_day else None
        went = "didn't go" if not_ else "went"
        return capitalised(f"{who_} {went} {to}{on}{stop(m['end'])}")
    if aux == "sẽ" or not_ == "sẽ không":
        ahead = way in ("", "ahead", "today")
    else:  # (no word of tense: "ngày mai", "tối nay" say it)
        ahead = aux != "đã" and (way == "ahead" or vi_day in _TONIGHT)
    if ahead:
        be_ = be(who_)
        if asked:
            return f"{be_.capitalize()} {who_} going {to}{on}?"
        return capitalised(contracted(who_, f"{be_}{' not' * bool(not_)} going {to}{on}") + stop(m["end"]))
    return None


def _want(text: str) -> str | None:
    """"Tôi muốn đi xem múa rối nước." as "I want to go to see a water puppet show.", "Bạn có muốn đi xem xiếc
    không?" as "Do you want to go to the circus?" (_WANT); None for anything else, and a day behind."""
    m = _WANT.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or not (day := _day(m)) or day[1] == "behind" or not (
            said := _who(m, asked)):
        return None
    show = m["show"] and keyed(m["show"])
    what = f"go {_to(show)}" if m["go"] or m["hall"] else f"see {SHOWS[show][0]}"
    on = f" {_DAYS[day[0]]}" if day[0] else ""
    return present(*said, "want", f"to {what}{on}", asked, bool(m["not"]), m["end"])


def _lets(text: str) -> str | None:
    """"Chúng ta đi xem múa rối nước nhé." as "Let's go and see a water puppet show.", "… nhé?" as "Shall we …?"
    (_LETS); None for anything else ("Chúng ta đi xem xiếc.": we go, or went?)."""
    m = _LETS.fullmatch(text)
    if not m or (day := _day(m)) is None or day[1] == "behind" or not (m["go"] or m["bare"]):
        return None
    tell, asked = keyed(m["tell"] or ""), "?" in m["end"]
    if m["bare"] and tell != "đi" or not m["bare"] and not (tell or m["hay"]) or asked and (m["hay"] or tell == "đi"):
        return None
    show, on = keyed(m["show"]), f" {_DAYS[day[0]]}" if day[0] else ""
    to = "to the circus" if show == "xiếc" else f"and see {SHOWS[show][0]}"
    return f"Shall we go {to}{on}?" if asked else f"Let's go {to}{on}{stop(m['end'])}"


def _seen(m: re.Match) -> str:
    """What was seen, in English, of a match of _NEVER or _EVER: "seen a water puppet show", "been to the circus"."""
    show = m["show"] and keyed(m["show"])
    if m["hall"] or m["go"]:
        return "been to the circus" if show in (None, "xiếc") else f"been to {SHOWS[show][0]}"
    return f"seen {SHOWS[show][0]}"


def _never(text: str) -> str | None:
    """"Mẹ tôi chưa từng đi xem xiếc." as "My mother has never been to the circus.", "Tôi đã từng xem múa rối." as
    "I've seen a puppet show before." (_NEVER), "Bạn đã bao giờ xem múa rối nước chưa?" as "Have you ever seen a
    water puppet show?" (_EVER); None for anything else, and "chưa?" alone ("Bạn đã xem xiếc chưa?": yet?)."""
    if (m := _EVER.fullmatch(text)) and "?" in m["end"] and bool(m["ever"]) != bool(m["ever2"]):
        said = _who(m, True)
        return said and f"{'Has' if said[1] else 'Have'} {said[0]} ever {_seen(m)}?"
    m = _NEVER.fullmatch(text)
    if not (said := m and "?" not in m["end"] and _who(m, False)) or m["never"] and said[0] == "everyone":
        return None  # ("Mọi người chưa bao giờ …": no one, or you all?)
    have = "has" if said[1] else "have"
    done = f"never {_seen(m)}" if m["never"] else f"{_seen(m)} before"
    return capitalised(contracted(said[0], f"{have} {done}") + stop(m["end"]))


def _like(text: str) -> str | None:
    """"Bọn trẻ rất thích xem xiếc." as "The kids love the circus.", "Bạn có thích xem múa rối nước không?" as "Do
    you like water puppet shows?" (_LIKE); None for anything else, and "rất", "lắm" or "mê" asked or denied."""
    m = _LIKE.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    love = m["very"] or m["much"] or keyed(m["verb"]) != "thích"
    if love and (asked or m["not"]):
        return None
    liked = SHOWS[keyed(m["show"])][1]
    return present(*said, "love" if love else "like", liked, asked, bool(m["not"]), m["end"])


def _find(text: str) -> str | None:
    """"Tôi thấy xem xiếc chán lắm." as "I find the circus really boring." (_FIND, "có … không?" asked); None for
    anything else, "hơi" of interesting, and a degree asked."""
    m = _FIND.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or (said := _who(m, asked)) is None:
        return None
    how = "interesting" if keyed(m["how"]) == "thú vị" else "boring"
    bit = keyed(m["deg"] or "") == "hơi"
    if m["deg"] and m["much"] or asked and (m["deg"] or m["much"]) or bit and how != "boring":
        return None
    deg = "a bit " if bit else "very " if m["deg"] else "really " if m["much"] else ""
    return present(*said, "find", f"{SHOWS[keyed(m['show'])][1]} {deg}{how}", asked, False, m["end"])


def _there(text: str) -> str | None:
    """"Tối nay có xiếc ở nhà văn hoá." as "There's a circus at the cultural centre tonight.", "Tối qua có xiếc." as
    "There was a circus last night." (_THERE); None for anything else, and where no day is said."""
    m = _THERE.fullmatch(text)
    asked = bool(m and m["asked"])  # ("có" is the verb: "Tối nay có xiếc không?")
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or not (day := _day(m)) or not day[0]:
        return None
    if keyed(m["kind"] or "") == "đoàn" and keyed(m["show"]) != "xiếc":
        return None  # ("đoàn múa rối": a troupe)
    one = SHOWS[keyed(m["show"])][0]
    place = f" {PLACES[keyed(m['place'])]}" if m["place"] else ""
    past, said = day[1] == "behind", f"{place} {_DAYS[day[0]]}"
    if asked:
        return f"{'Was' if past else 'Is'} there {one}{said}?"
    there = "There was" if past else "There's"
    return f"{there} {'no ' + one.split(' ', 1)[1] if m['not'] else one}{said}{stop(m['end'])}"


def _tickets(text: str) -> str | None:
    """"Tôi mua vé xem xiếc rồi." as "I've bought the tickets for the circus.", "Bạn đã mua vé xem xiếc chưa?" as
    "Have you bought the tickets for the circus yet?" (_TICKETS); None for anything else ("Tôi mua vé xem xiếc.")."""
    m = _TICKETS.fullmatch(text)
    aux, done = keyed(m["aux"] or "") if m else "", keyed(m["done"] or "") if m else ""
    if not m or (done == "chưa") != ("?" in m["end"]) or done == "chưa" and aux not in ("", "đã") or not (
            said := _who(m, done == "chưa")):
        return None
    (who_, one), one_show = said, SHOWS[keyed(m["show"])][0]
    what = f"the tickets for the {one_show.split(' ', 1)[1]}"
    have = "has" if one else "have"
    if done == "chưa":
        return f"{have.capitalize()} {who_} bought {what} yet?"
    if done or aux not in ("", "đã"):  # (done, or just: "vừa")
        just = " just" * (aux not in ("", "đã"))
        return capitalised(contracted(who_, f"{have}{just} bought {what}") + stop(m["end"]))
    return capitalised(f"{who_} bought {what}{stop(m['end'])}") if aux == "đã" else None


def _show_vi(m: re.Match, one: bool | None) -> str | None:
    """The show of a match of _SHOW_EN in Vietnamese where said as it must be: `one` True, one seen or gone to ("a
    water puppet show", "the circus"), False, the kind liked ("water puppet shows", "the circus"), None, either."""
    show, single = SHOWS_VI[" ".join(m["show"].lower().split())]
    det = (m["det"] or "").lower()
    if single != bool(det) or one is False and single and (show != "xiếc" or det != "the") or one and not single:
        return None
    return show


def _said_vi(m: re.Match, asked: bool, first: str) -> tuple[str, bool] | None:
    """Who of a match over _WHO_EN in Vietnamese ("bọn trẻ" for "the children"), and whether one, where `first` (the
    verb or auxiliary said first) agrees with who ("she has", "do you"); None for anything else, a pet and "I" asked."""
    group = (m["group"] or "").lower()
    said = (GROUPS_VI[group], group in ("everyone", "everybody")) if group else person_of(m, asked, "en")
    first = " ".join(first.lower().replace("’", "'").replace("n't", "").split())
    return said if said and first_agrees(first.split(" ")[0] if first else "", *said) else None


def _on_vi(m: re.Match, ways: tuple[str, ...]) -> str | None:
    """The day of a match in Vietnamese ("tối nay"), "" where none is said; None where its way is not of `ways`."""
    vi = _DAYS_VI[" ".join(m["day"].lower().split())] if m["day"] else ""
    return vi if not vi or NEAR_WAY[vi] in ways else None


def _go_vi(text: str) -> str | None:
    """"We went to see water puppets." as "Chúng tôi đã đi xem múa rối nước.", "I'm going to the circus tonight." as
    "Tối nay tôi sẽ đi xem xiếc." (_GO_EN); None for anything else, "going to the circus" or "Did …?" with no day."""
    m = _GO_EN.fullmatch(text.replace("’", "'"))
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (show := _show_vi(m, None)) is None:
        return None
    single = SHOWS_VI[" ".join(m["show"].lower().split())][1]
    q, aux, verb, how = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["verb"], m["how"]
    be_ = bool(m["be"]) or q in ("are", "is", "am") or aux in ("isn't", "aren't")
    not_ = "not" in aux or "n't" in aux
    future = verb == "going" and be_ or verb == "go" and (q == "will" or aux in ("will", "'ll", "will not", "won't"))
    past = verb == "went" and not (aux or q) or verb == "go" and (q == "did" or aux in ("did not", "didn't"))
    if not (future or past) or verb != "go" and how in ("see", "and see") or how == "to" and not single:
        return None
    said = _said_vi(m, bool(q), q or ("" if aux.startswith(("will", "'ll", "won't", "did")) else aux))
    on = _on_vi(m, ("ahead", "today") if future else ("behind", "today"))
    if said is None or on is None or verb == "going" and how == "to" and not on or past and q and not on:
        return None
    if past and on in _TONIGHT or past and on == "hôm nay" and (q or not_):
        return None
    told = bool(on) and (NEAR_WAY[on] != "today" or on in _TONIGHT)  # (the day says done or ahead: not "hôm nay")
    tense = ("" if told and (not_ or past) else "sẽ " if future else "đã ") + "không " * not_
    if q:
        return capitalised(f"{on} {said[0]} có đi xem {show} không?".lstrip())
    return capitalised(f"{on} {said[0]} {tense}đi xem {show}.".lstrip())


def _want_vi(text: str) -> str | None:
    """"Do you want to go to the circus?" as "Bạn có muốn đi xem xiếc không?", "I'd like to see a water puppet
    show." as "Tôi muốn xem múa rối nước." (_WANT_EN); None for anything else, and where "want" does not agree."""
    m = _WANT_EN.fullmatch(text.replace("’", "'"))
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (show := _show_vi(m, True)) is None:
        return None
    q, aux, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["verb"]
    would = q == "would" or aux in ("would", "'d")
    if (verb == "like") != would or (q or aux) and verb == "wants":
        return None
    said = _said_vi(m, bool(q), "" if would else q or aux or ("does" if verb == "wants" else "do"))
    on = _on_vi(m, ("ahead", "today"))
    if said is None or on is None or not (q or aux or would) and (verb == "wants") != said[1]:
        return None
    go = "" if m["how"] == "see" else "đi "
    if q:
        return capitalised(f"{on} {said[0]} có muốn {go}xem {show} không?".lstrip())
    not_ = "not" in aux or "n't" in aux
    return capitalised(f"{on} {said[0]} {'không ' if not_ else ''}muốn {go}xem {show}.".lstrip())


def _lets_vi(text: str) -> str | None:
    """"Let's go to the circus." as "Chúng ta đi xem xiếc nhé.", "Shall we go and see a water puppet show tonight?"
    as "Tối nay chúng ta đi xem múa rối nước nhé?" (_LETS_EN); None for anything else."""
    m = _LETS_EN.fullmatch(text.replace("’", "'"))
    shall = bool(m) and m["lets"].startswith("Shall")
    if not m or shall != ("?" in m["end"]) or (show := _show_vi(m, None)) is None or (on := _on_vi(
            m, ("ahead", "today"))) is None or m["how"] == "see":
        return None  # ("Let's see …": let me think, or watch it?)
    return capitalised(f"{on} chúng ta đi xem {show} nhé{'?' if shall else '.'}".lstrip())


def _never_vi(text: str) -> str | None:
    """"I've never seen a water puppet show." as "Tôi chưa bao giờ xem múa rối nước.", "Have you ever been to the
    circus?" as "Bạn đã bao giờ đi xem xiếc chưa?" (_NEVER_EN); None for anything else, "ever" said, "never" asked."""
    m = _NEVER_EN.fullmatch(text.replace("’", "'"))
    q = (m["q"] or "").lower() if m else ""
    if not m or bool(q) != ("?" in m["end"]) or (m["adv"] == "ever") != bool(q) or bool(q) == bool(m["aux"]):
        return None
    show = _show_vi(m, None)
    said = show and _said_vi(m, bool(q), q or m["aux"])
    if not said or m["verb"] == "seen" and show != "xiếc" and (m["det"] or "").lower() not in ("", "a"):
        return None
    go = "đi " if m["verb"] != "seen" else ""
    if q:
        return capitalised(f"{said[0]} đã bao giờ {go}xem {show} chưa?")
    return capitalised(f"{said[0]} chưa bao giờ {go}xem {show}.")


def _like_vi(text: str) -> str | None:
    """"The children love the circus." as "Bọn trẻ rất thích xem xiếc.", "Do you like water puppet shows?" as "Bạn
    có thích xem múa rối nước không?" (_LIKE_EN); None for anything else, "love" asked or denied, and "a circus"."""
    m = _LIKE_EN.fullmatch(text.replace("’", "'"))
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (show := _show_vi(m, False)) is None:
        return None
    q, aux, verb = (m["q"] or "").lower(), (m["aux"] or "").lower(), m["verb"].lower()
    said = _said_vi(m, bool(q), q or aux or ("does" if verb.endswith("s") else "do"))
    if said is None or (q or aux) and (verb.endswith("s") or verb == "love"):
        return None
    if q:
        return capitalised(f"{said[0]} có thích xem {show} không?")
    return capitalised(f"{said[0]} {'không ' if aux else 'rất ' if verb.startswith('love') else ''}thích xem {show}.")


def _find_vi(text: str) -> str | None:
    """"I find the circus boring." as "Tôi thấy xem xiếc chán.", "Does she find water puppet shows interesting?" as
    "Cô ấy có thấy xem múa rối nước thú vị không?" (_FIND_EN); None for anything else."""
    m = _FIND_EN.fullmatch(text.replace("’", "'"))
    if not m or bool(m["q"]) != ("?" in m["end"]) or (show := _show_vi(m, False)) is None or m["q"] and (
            m["verb"] == "finds" or m["deg"]):
        return None
    said = _said_vi(m, bool(m["q"]), m["q"] or ("does" if m["verb"] == "finds" else "do"))
    deg = {"a bit": "hơi ", "": ""}.get(" ".join((m["deg"] or "").split()), "rất ")
    how = "thú vị" if m["how"] == "interesting" else "chán"
    if said is None or deg == "hơi " and how != "chán":
        return None
    if m["q"]:
        return capitalised(f"{said[0]} có thấy xem {show} {how} không?")
    return capitalised(f"{said[0]} thấy xem {show} {deg}{how}.")


def _there_vi(text: str) -> str | None:
    """"There's a circus at the cultural centre tonight." as "Tối nay có xiếc ở nhà văn hoá.", "Is there a water
    puppet show tomorrow?" as "Ngày mai có múa rối nước không?" (_THERE_EN); None for anything else, and no day."""
    m = _THERE_EN.fullmatch(text.replace("’", "'"))
    if not m or bool(m["q"]) != ("?" in m["end"]) or not m["day"] or m["q"] and m["no"]:
        return None
    det = (m["det"] or "").lower()
    show = SHOWS_VI[" ".join(m["show"].lower().split())]
    if not show[1] or (det != "a") != bool(m["no"]) or m["no"] and det:
        return None
    if (on := _on_vi(m, ("behind",) if (m["q"] or m["be"]).strip().lower() == "was" else ("ahead", "today"))) is None:
        return None
    place = f" ở {PLACES_VI[' '.join(m['place'].lower().split())]}" if m["place"] else ""
    if m["q"]:
        return capitalised(f"{on} có {show[0]}{place} không?".lstrip())
    return capitalised(f"{on} {'không ' if m['no'] else ''}có {show[0]}{place}.".lstrip())


def _tickets_vi(text: str) -> str | None:
    """"I've bought the tickets for the circus." as "Tôi mua vé xem xiếc rồi.", "Have you bought tickets for the
    water puppet show yet?" as "Bạn đã mua vé xem múa rối nước chưa?" (_TICKETS_EN); None for anything else."""
    m = _TICKETS_EN.fullmatch(text.replace("’", "'"))
    q = (m["q"] or "").lower() if m else ""
    if not m or bool(q) != ("?" in m["end"]) or q and (m["aux"] or m["yet"] != "yet" or m["just"]) or (
            m["det"] or "").lower() != "the" or (show := _show_vi(m, None)) is None or not q and (
            m["yet"] == "yet" or m["yet"] and not m["aux"]) or not (said := _said_vi(m, bool(q), q or m["aux"] or "")):
        return None  # (… and "yet" said, "already" with no "have")
    if q:
        return capitalised(f"{said[0]} đã mua vé xem {show} chưa?")
    if m["just"]:
        return capitalised(f"{said[0]} vừa mua vé xem {show}.")
    return capitalised(f"{said[0]} mua vé xem {show} rồi." if m["aux"] else f"{said[0]} đã mua vé xem {show}.")
