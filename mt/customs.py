"""Going through customs at the airport or a border, both ways, written whole by rule: going through customs, having
nothing or something to declare, luggage or a parcel held, checked, searched or confiscated by customs, and the customs
form filled in. v8 (the rules on) reads "hải quan" as seafood or the sea, "khai báo" as announcing or a rumour, and
"customs" as traditions or options: "Chúng ta phải làm thủ tục hải quan." → "We must make seafoood.", "Bạn đã làm thủ
tục hải quan chưa?" → "Are you seafoood?", "Bạn có gì cần khai báo không?" → "What do you need to open a newspaper?",
"Hành lý của tôi bị hải quan giữ lại." → "My luggage is sealed.", "Bưu kiện của tôi đang bị giữ ở hải quan." → "My post
office is being held in the sea.", "Tôi cần một tờ khai hải quan." → "I need a seafooood."; "We have to go through
customs." → "Chúng ta phải đi qua những phong tục.", "I have nothing to declare." → "Tôi không có gì để tuyên bố.", "My
luggage was held at customs." → "Hành lý của tôi được giữ tại các tùy chọn.", "Have you filled in the customs form?" →
"Bạn đã điền vào biểu mẫu riêng chưa?", "I need a customs form." → "Tôi cần một hình thức riêng.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) going through customs ("làm thủ tục hải quan", "qua hải quan"; "go, get,
pass through customs", "clear customs") or filling in the customs form ("điền tờ khai hải quan"): has to, needs to,
asked ("có phải … không?"), not needed, will, about to, now, done ("rồi"), just, not yet, asked "… chưa?", and in
English the past ("We went through customs."); who has nothing ("Nothing to declare.") or something to declare, asked
whether anything ("Anything to declare?"); who has to declare this (these, that), or this has to be declared, asked or
not needed; whose bag (BAGS: luggage, a suitcase, a parcel …; mt.hobbies.OWNER) or who (held, searched only) held,
checked, searched or confiscated by customs: in the past, just, now being, not, asked; who needs one customs form or
more. Left: "đã" with no "rồi" (did, or has done?), no word of time ("Tôi làm thủ tục hải quan.": when?), "I" asked
what only others know ("Tôi đã qua hải quan chưa?", "Do I have anything to declare?"), "anh", "chị", "em" alone
saying it, a pet going through or declaring, "mình" saying it or owning the bag (travellers together: I or we?),
"em" asking with "ạ" (the speaker), "thế", "vậy" ending a statement (so, then), "có gì … khai báo?" with no "không"
(what?), "Did … go through customs?" (did, or has?), another's form ("I filled in your customs form."; kin's "her
form": hers?), "khai báo" of anything else ("khai báo y tế", "khai báo tạm trú": mt/passports.py), "declare it"
(what is it?), customs doing it ("Hải quan kiểm tra hành lý của tôi.": when?), customs as traditions
(mt/new_year.py), taxes (mt/taxes.py), and what mt/airports.py (security, checking in), mt/luggage.py (luggage lost,
heavy, packed), mt/passports.py, mt/visas.py, mt/papers.py, mt/arrivals.py and mt/tickets.py take: none of them
speaks of customs.
mt.phrasebook.translate tries these after mt/sprains.py.

    >>> translate("Tôi chưa qua hải quan.", "vi", "en"), translate("I have nothing to declare.", "en", "vi")
    ("I haven't been through customs yet.", 'Tôi không có gì phải khai báo.')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, owner_of, someone, who, who_vi)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:hải\s+quan|khai\s+báo)"), "en": lazy(r"(?i:customs|declare)")}
# what customs holds (English, and whether English says "were" of it; the first Vietnamese of each is written back)
BAGS = {"hành lý": ("luggage", False), "hành lí": ("luggage", False), "vali": ("suitcase", False),
        "va li": ("suitcase", False), "túi xách": ("bag", False), "túi": ("bag", False), "ba lô": ("backpack", False),
        "balo": ("backpack", False), "bưu kiện": ("parcel", False), "gói hàng": ("package", False),
        "hàng hóa": ("goods", True), "hàng hoá": ("goods", True), "hàng": ("goods", True), "đồ": ("things", True)}
BAGS_VI = {en: vi for vi, (en, _) in reversed(BAGS.items())} | {
    "bags": "túi", "suitcases": "vali", "parcels": "bưu kiện", "packages": "gói hàng"}
# what customs did to it (English; the first Vietnamese of each is written back); "held" is "at customs"
DONE_TO = {"giữ lại": "held", "giữ": "held", "kiểm tra": "checked", "khám xét": "searched", "khám": "searched",
           "tịch thu": "confiscated"}
DONE_TO_VI = {en: vi for vi, en in reversed(DONE_TO.items())}
_PEOPLE_DONE = {"held", "searched"}  # (a person is not "checked" or "confiscated" by customs)
THIS = {"cái này": "this", "món này": "this", "những thứ này": "these", "mấy thứ này": "these", "cái đó": "that"}
THIS_VI = {en: vi for vi, en in reversed(THIS.items())}
# the two things done: English (base, -ing, done) and Vietnamese written back (to do, done)
ACTS = {"through": (("go through customs", "going through customs", "been through customs"),
                    ("làm thủ tục hải quan", "qua hải quan")),
        "form": (("fill in the customs form", "filling in the customs form", "filled in the customs form"),
                 ("điền tờ khai hải quan", "điền tờ khai hải quan"))}
# forms counted ("hai tờ khai": two), from mt.numbers' words
_N_VI = {vi_word(n): n for n in range(1, 11)} | {str(n): n for n in range(1, 11)}
_N_EN = {en_word(n): n for n in range(1, 11)} | {"a": 1}

_DOING = lazy(rf"{WHO}\s+(?:(?P<aux>phải|cần|sẽ|sắp|đang|đã|vừa\s+mới|vừa|chưa|có\s+(?:phải|cần)|không\s+(?:phải|cần)"
              r")\s+)?(?:(?P<through>(?:làm\s+thủ\s+tục|(?:đi\s+)?qua)\s+hải\s+quan)|(?P<form>điền(?:\s+vào)?\s+tờ"
              r"\s+khai\s+hải\s+quan))(?:\s+(?P<done>xong\s+rồi|rồi|xong))?(?:\s+(?P<yet>chưa))?" + ASKED_END)
_HAVING = lazy(rf"(?:{WHO}\s+)?(?P<not>(?i:không)\s+)?(?i:có)\s+(?:(?P<kind>đồ|thứ|hàng)\s+)?(?P<what>gì\s+)?"
               rf"(?:phải|cần|để)\s+khai\s+báo(?:\s+hải\s+quan)?{ASKED_END}")
_THIS = rf"(?i:{alternatives(THIS)})"
_DECLARE = lazy(rf"(?:(?P<this0>{_THIS})|{WHO})\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<must>phải|cần)\s+khai\s+báo"
                rf"(?:\s+(?P<this>{_THIS}))?{ASKED_END}")
_BAG = rf"(?P<bag>(?i:{alternatives(BAGS)}))"
_DONE = rf"(?i:{alternatives(DONE_TO)})"
_HELD = lazy(rf"(?:{_BAG}(?:\s+của)?\s+{OWNER}|{WHO})\s+(?:(?P<aux>đã|vừa\s+mới|vừa|đang)\s+|(?P<ask>có)\s+|"
             rf"(?P<not>không)\s+)?bị\s+(?:hải\s+quan\s+(?P<done>{_DONE})|(?P<done2>{_DONE})\s+(?:ở|tại)\s+hải\s+quan)"
             rf"(?:\s+(?P<already>rồi))?{ASKED_END}")
_NEED_FORM = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?cần\s+(?P<n>(?i:{alternatives(_N_VI)}))\s+tờ\s+khai\s+hải\s+quan"
                  rf"{ASKED_END}")

# ... and in English
# going through customs or filling in the form, each verb as given; the form's "the", "a" or whose in group det{n}
_ACT_EN = (r"(?:{go})\s+through\s+customs|{clear}\s+customs|(?:{fill})\s+(?:(?P<det{n}>the|a|(?i:" + WHOSE_WORDS +
           r"))\s+)?customs\s+(?:declaration\s+form|declaration|form)s?")
_BASE_EN = _ACT_EN.format(go="go|get|pass", clear="clear", fill=r"fill\s+(?:in|out)|complete", n=1)
_ING_EN = _ACT_EN.format(go="going|getting|passing", clear="clearing", fill=r"filling\s+(?:in|out)|completing", n=2)
_PP_EN = _ACT_EN.format(go="been|gone|got|passed|went", clear="cleared", fill=r"filled\s+(?:in|out)|completed", n=3)
_AUX_EN = (r"(?:\s+(?P<aux>(?:has|have|needs?)\s+to|must|will|(?:is|are|am)(?:\s+about\s+to)?|(?:has|have)(?:\s+"
           r"just)?|(?:don't|doesn't|do\s+not|does\s+not)\s+(?:have|need)\s+to|(?:has|have)(?:n't|\s+not))|"
           r"(?P<short>'ll|'(?:s|re|m)(?:\s+about\s+to)?|'(?:ve|s)(?:\s+just)?))?")
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}{_AUX_EN}\s+(?:(?P<base>{_BASE_EN})|(?P<ing>{_ING_EN})|"
                 rf"(?P<pp>{_PP_EN}))(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_NOT_EN = r"(?:\s+(?P<neg>don't|doesn't|do\s+not|does\s+not))?"
_HAVING_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?(?:(?P<bare>Nothing|Anything)|{WHO_EN}{_NOT_EN}\s+(?P<has>has|have)\s+"
                  r"(?P<what>nothing|anything|something))\s+to\s+declare\s*(?P<end>[.!?]*)")
_DECLARE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?(?:(?P<this0>[Tt]his|[Tt]hese|[Tt]hat)|{WHO_EN}){_NOT_EN}\s+"
                   r"(?P<must>has\s+to|have\s+to|needs?\s+to|must)\s+(?:(?P<be>be\s+"
                   r"declared)|declare\s+(?P<this>this|these|that))\s*(?P<end>[.!?]*)")
_HELD_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?(?:(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})'s)\s+"
                rf"(?P<bag>{alternatives(BAGS_VI)})|{WHO_EN})(?P<be>\s+(?:was|were|is|are)(?:\s+not|n't)?|'s|'re|'m|"
                r"\s+am|\s+(?:has|have)(?:\s+just)?\s+been)?(?P<being>\s+being)?\s+(?P<verb>held|checked|searched|"
                r"confiscated)\s+(?:at|by)\s+customs\s*(?P<end>[.!?]*)")
_NEED_FORM_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<need>needs?)\s+(?P<n>{alternatives(_N_EN)})\s+customs\s+"
                     r"(?:declaration\s+)?(?P<forms>forms?)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who goes through customs, has anything or this to declare,
    whose bag customs held, checked or searched, or who fills in or needs the customs form; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Tôi phải làm thủ tục hải quan vậy.": then; "thế", "vậy" say more)
            return None
        return _doing(text) or _having(text) or _declare(text) or _held(text) or _need_form(text)
    text = text.replace("’", "'")
    return _doing_vi(text) or _having_vi(text) or _declare_vi(text) or _held_vi(text) or _need_form_vi(text)


def _asked(m: re.Match, ask: bool) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", `ask` its "có" said), False said; None for "có" or "không?"
    alone, or a "?" on a statement."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or ask != asked else asked


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("my mother"), as mt.hobbies.who gives them; None for a pet,
    "mình" (travellers together: I, or we?) and "em" asking with "ạ" (the speaker: mt.hobbies.em_speaking)."""
    if animal(m) or keyed(m["who"] or "") == "mình" or em_speaking(m):
        return None
    return who(m, asked)


def _has(one: bool) -> str:
    """"has" for one (he, she, my mother), "have" for others."""
    return "has" if one else "have"


def _must(aux: str, who_: str, one: bool, rest: str, end: str) -> str:
    """Who has to ("phải" in `aux`) or needs to ("cần") do `rest`, in English; asked by "có …", denied by "không …"."""
    need = "have" if aux.endswith("phải") else "need"
    if aux.startswith("có "):
        return f"{'Does' if one else 'Do'} {who_} {need} to {rest}?"
    if aux.startswith("không "):
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {need} to {rest}{stop(end)}")
    return capitalised(f"{who_} {_has(one) if need == 'have' else 'needs' if one else 'need'} to {rest}{stop(end)}")


def _doing(text: str) -> str | None:
    """"Chúng ta phải làm thủ tục hải quan." as "We have to go through customs.", "Tôi đang làm thủ tục hải quan." as
    "I'm going through customs.", "Chúng tôi qua hải quan rồi." as "We've been through customs.", "Bạn đã điền tờ khai
    hải quan chưa?" as "Have you filled in the customs form?" (_DOING); None for anything else, and where the time is
    not said ("Tôi làm thủ tục hải quan.", "đã" with no "rồi")."""
    m = _DOING.fullmatch(text)
    aux = keyed(m["aux"] or "") if m else ""
    if not m or (asked := _asked(m, aux.startswith("có "))) is None and not m["yet"]:
        return None
    yet = bool(m["yet"])
    if yet and ("?" not in m["end"] or m["asked"] or aux not in ("", "đã")):
        return None  # ("… chưa?" asks only whether it is done)
    said = _person(m, bool(asked or yet))  # ("Mình phải làm thủ tục hải quan.": travellers together, I or we?)
    if said is None or yet and said[0] == "I":  # ("Have I been through customs?": only others know)
        return None
    who_, one = said
    (base, ing, done_en), _ = ACTS["form" if m["form"] else "through"]
    done = keyed(m["done"] or "")
    if yet:
        return None if done == "rồi" else f"{_has(one).capitalize()} {who_} {done_en}?"
    if aux.startswith("vừa"):  # ("Tôi vừa qua hải quan xong.": just)
        return None if done == "rồi" else capitalised(contracted(who_, f"{_has(one)} just {done_en}{stop(m['end'])}"))
    if done:  # ("xong" alone: "when done"?)
        ok = aux in ("", "đã") and done != "xong"
        return capitalised(contracted(who_, f"{_has(one)} {done_en}{stop(m['end'])}")) if ok else None
    if aux.endswith(("phải", "cần")):  # (has to, needs to: said, asked or denied)
        return _must(aux, who_, one, base, m["end"])
    if aux == "sẽ":
        return capitalised(contracted(who_, f"will {base}{stop(m['end'])}"))
    if aux in ("sắp", "đang"):
        rest = f"about to {base}" if aux == "sắp" else ing
        return capitalised(contracted(who_, f"{be(who_)} {rest}{stop(m['end'])}"))
    if aux == "chưa":
        return capitalised(contracted(who_, f"{_has(one)}n't {done_en} yet{stop(m['end'])}"))
    return None  # (no word of time, or "đã" with no "rồi")


def _having(text: str) -> str | None:
    """"Tôi không có gì phải khai báo." as "I have nothing to declare.", "Không có gì phải khai báo." as "Nothing to
    declare.", "Bạn có gì cần khai báo không?" as "Do you have anything to declare?", "Tôi có đồ cần khai báo." as "I
    have something to declare." (_HAVING); None for anything else, and for "có gì" with no "không?" (what?)."""
    m = _HAVING.fullmatch(text)
    # ("có" is "have" here: asked by "không?" alone, and "gì" asks only where "không" does not deny)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and (asked or m["kind"] or not m["what"]):
        return None
    if m["what"] and not (asked or m["not"]):
        return None  # ("Bạn có gì cần khai báo?": what?)
    if not (m["who"] or m["kin"] or m["title"] or m["given"]):
        return f"Nothing to declare{stop(m['end'])}" if m["not"] else "Anything to declare?" if asked else None
    if (said := _person(m, asked)) is None or asked and said[0] == "I":
        return None  # ("Tôi có gì phải khai báo không?": only others know)
    who_, one = said
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have anything to declare?"
    return capitalised(f"{who_} {_has(one)} {'nothing' if m['not'] else 'something'} to declare{stop(m['end'])}")


def _declare(text: str) -> str | None:
    """"Tôi có phải khai báo cái này không?" as "Do I have to declare this?", "Bạn phải khai báo những thứ này." as
    "You have to declare these.", "Cái này có phải khai báo không?" as "Does this have to be declared?", "Cái này
    không cần khai báo." as "This doesn't need to be declared." (_DECLARE); None for anything else."""
    m = _DECLARE.fullmatch(text)
    if not m or bool(m["this0"]) == bool(m["this"]) or (asked := _asked(m, bool(m["ask"]))) is None:
        return None
    if m["this0"]:
        what = THIS[keyed(m["this0"])]
        who_, one, rest = what, what != "these", "be declared"
    elif (said := _person(m, asked)) is None:
        return None
    else:
        (who_, one), rest = said, f"declare {THIS[keyed(m['this'])]}"
    aux = ("có " if asked else "không " if m["not"] else "") + m["must"]
    return _must(aux, who_, one, rest, m["end"])


def _held(text: str) -> str | None:
    """"Hành lý của tôi bị hải quan giữ lại." as "My luggage was held at customs.", "Vali của mẹ tôi bị hải quan kiểm
    tra." as "My mother's suitcase was checked by customs.", "Bưu kiện của tôi đang bị giữ ở hải quan." as "My parcel
    is being held at customs.", "Tôi bị hải quan giữ lại." as "I was held at customs." (_HELD); None for anything
    else, and a person checked or confiscated."""
    m = _HELD.fullmatch(text)
    if not m or (asked := _asked(m, bool(m["ask"]))) is None or (m["done"] and m["done2"]):
        return None
    done = DONE_TO[keyed(m["done"] or m["done2"])]
    aux = keyed(m["aux"] or "")
    if m["already"] and (aux not in ("", "đã") or asked or m["not"]):
        return None
    if m["bag"]:
        bag, many = BAGS[keyed(m["bag"])]
        if keyed(m["owner"] or "") == "mình" or (whose := owner_of(m)) is None:  # ("của mình": mine, or ours?)
            return None
        said, one, me = f"{whose} {bag}", not many, False
    else:
        found = _person(m, asked) if done in _PEOPLE_DONE else None
        if found is None or asked and found[0] == "I":
            return None
        (said, one), me = found, found[0] == "I"
    how = f"{done} {'at' if done == 'held' else 'by'} customs"
    was = "was" if one or me else "were"
    if asked:
        return f"{was.capitalize()} {said} {how}?"
    if m["not"]:
        return capitalised(f"{said} {was}n't {how}{stop(m['end'])}")
    if aux == "đang":
        return capitalised(contracted(said, f"{be(said) if not m['bag'] else 'is' if one else 'are'} being {how}"
                                            f"{stop(m['end'])}"))
    if aux.startswith("vừa") or m["already"]:
        just = " just" if aux.startswith("vừa") else ""
        return capitalised(contracted(said, f"{_has(one)}{just} been {how}{stop(m['end'])}"))
    return capitalised(f"{said} {was} {how}{stop(m['end'])}")


def _need_form(text: str) -> str | None:
    """"Tôi cần một tờ khai hải quan." as "I need a customs form.", "Chúng tôi cần hai tờ khai hải quan." as "We need
    two customs forms.", "Bạn có cần một tờ khai hải quan không?" as "Do you need a customs form?" (_NEED_FORM); None
    for anything else."""
    m = _NEED_FORM.fullmatch(text)
    if not m or (asked := _asked(m, bool(m["ask"]))) is None:
        return None
    if (said := _person(m, asked)) is None or asked and said[0] == "I":
        return None  # ("I" asked: left, as mt.hobbies.person_of leaves it)
    (who_, one), n = said, _N_VI[keyed(m["n"])]
    forms = "a customs form" if n == 1 else f"{en_word(n)} customs forms"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} need {forms}?"
    return capitalised(f"{who_} {'needs' if one else 'need'} {forms}{stop(m['end'])}")


def _agrees(m: re.Match, first: str, one: bool) -> bool:
    """Whether `first`, the question's word or the verb after who of a match of WHO_EN, agrees with who ("she has",
    "do you", "I am"); True for one that does not tell ("will", "must")."""
    first = first.lower().split(" ")[0]
    if first in ("is", "am", "are", "'s", "'re", "'m", "was", "were"):
        return be_agrees(m, first, first in ("was", "were"))
    if first in ("has", "does", "doesn't", "hasn't", "needs"):
        return one
    return not one if first in ("have", "do", "don't", "haven't", "need", "'ve") else True


def _doing_vi(text: str) -> str | None:
    """"We have to go through customs." as "Chúng tôi phải làm thủ tục hải quan.", "We've been through customs." as
    "Chúng tôi đã qua hải quan rồi.", "Have you filled in the customs form yet?" as "Bạn đã điền tờ khai hải quan
    chưa?", "She's filling in the customs form." as "Cô ấy đang điền tờ khai hải quan." (_DOING_EN); None for anything
    else, where the verb does not agree with who, and for another's form ("I filled in your customs form.")."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or m["short"] or "").lower().split())
    q, form = (m["q"] or "").lower(), "form" in m[0] or "declaration" in m[0]
    det = (m["det1"] or m["det2"] or m["det3"] or "the").lower()
    own = EN_WHOSE.get("I" if (m["who"] or "").lower() == "i" else (m["who"] or "").lower())
    if det not in ("the", "a", own) or not _agrees(m, q or aux, one):
        return None  # ("I filled in your customs form": another's; "her form" of Lan: hers, or another's?)
    to_do, done = ACTS["form" if form else "through"][1]
    said = f"{q} {aux}".strip()
    if m["base"]:
        how = {"has to": "phải", "have to": "phải", "must": "phải", "need to": "cần", "needs to": "cần", "will": "sẽ",
               "'ll": "sẽ", "is about to": "sắp", "are about to": "sắp", "am about to": "sắp", "'s about to": "sắp",
               "'re about to": "sắp", "'m about to": "sắp", "do have to": "có phải", "does have to": "có phải",
               "do need to": "có cần", "does need to": "có cần"}.get(said)
        if how is None and aux.endswith(("have to", "need to")) and not q and ("n't" in aux or " not " in aux):
            how = "không phải" if aux.endswith("have to") else "không cần"
        if how is None or m["yet"] or bool(q) != how.startswith("có "):
            return None
        return capitalised(f"{who_} {how} {to_do}{' không?' if q else stop(m['end'])}")
    if m["ing"]:
        ok = aux in ("is", "are", "am", "'s", "'re", "'m") and not q and not m["yet"]
        return capitalised(f"{who_} đang {to_do}{stop(m['end'])}") if ok else None
    # the perfect, asked or denied, and the past ("We went through customs.", "I filled in the form.")
    word = m["pp"].split()[0].lower()
    if q in ("have", "has"):
        return None if aux or who_ == "tôi" or word == "went" else capitalised(f"{who_} đã {done} chưa?")
    if q:
        return None
    if aux in ("hasn't", "haven't", "has not", "have not"):
        return None if word == "went" else capitalised(f"{who_} chưa {done}{stop(m['end'])}")
    if m["yet"]:
        return None
    if aux in ("has", "have", "'ve", "'s") and word != "went":
        return capitalised(f"{who_} đã {done} rồi{stop(m['end'])}")
    if aux in ("has just", "have just", "'ve just", "'s just") and word != "went":
        return capitalised(f"{who_} vừa {done}{stop(m['end'])}")
    if not aux and word in ("went", "got", "passed", "cleared", "filled", "completed"):
        return capitalised(f"{who_} đã {done}{stop(m['end'])}")
    return None


def _having_vi(text: str) -> str | None:
    """"I have nothing to declare." as "Tôi không có gì phải khai báo.", "Nothing to declare." as "Không có gì phải
    khai báo.", "Anything to declare?" as "Có gì cần khai báo không?", "Do you have anything to declare?" as "Bạn có
    gì cần khai báo không?", "I have something to declare." as "Tôi có đồ cần khai báo." (_HAVING_EN); None for
    anything else, and for "Do I have anything …?"."""
    m = _HAVING_EN.fullmatch(text)
    asked = "?" in m["end"] if m else False
    if not m or m["q"] and m["bare"] or bool(m["q"] or m["bare"] == "Anything") != asked:
        return None
    if m["bare"]:
        return "Có gì cần khai báo không?" if asked else f"Không có gì phải khai báo{stop(m['end'])}"
    if animal(m):
        return None
    who_, one = who_vi(m)
    what, first = m["what"], m["q"] or m["neg"] or m["has"]
    if not _agrees(m, first, one) or (m["q"] or m["neg"]) and (m["has"] != "have" or what != "anything"):
        return None
    if m["q"]:
        return None if who_ == "tôi" else capitalised(f"{who_} có gì cần khai báo không?")
    if m["neg"] or what == "nothing":
        return capitalised(f"{who_} không có gì phải khai báo{stop(m['end'])}")
    return capitalised(f"{who_} có đồ cần khai báo{stop(m['end'])}") if what == "something" else None


def _declare_vi(text: str) -> str | None:
    """"Do I have to declare this?" as "Tôi có phải khai báo cái này không?", "You need to declare these." as "Bạn
    cần khai báo những thứ này.", "Does this have to be declared?" as "Cái này có phải khai báo không?" (_DECLARE_EN);
    None for anything else, and where the verb does not agree."""
    m = _DECLARE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["this0"]) != bool(m["be"]) or m["q"] and m["neg"]:
        return None
    must = " ".join(m["must"].split())
    if (m["q"] or m["neg"]) and must in ("has to", "needs to", "must") or m["neg"] and must == "must":
        return None  # ("Does she has to …?", "I don't must …")
    how = "phải" if must in ("has to", "have to", "must") else "cần"
    if m["this0"]:
        this = m["this0"].lower()
        who_, one, what = THIS_VI[this].capitalize(), this != "these", ""
    elif animal(m):
        return None
    else:
        (who_, one), what = who_vi(m), f" {THIS_VI[m['this']]}"
    first = m["q"] or m["neg"] or (must if must != "must" else "")
    agrees = (first.lower().split(" ")[0] in ("has", "does", "doesn't", "needs")) == one if m["this0"] else \
        _agrees(m, first, one)
    if first and not agrees:
        return None
    if m["q"]:
        return capitalised(f"{who_} có {how} khai báo{what} không?")
    not_ = "không " if m["neg"] else ""
    return capitalised(f"{who_} {not_}{how} khai báo{what}{stop(m['end'])}")


def _held_vi(text: str) -> str | None:
    """"My luggage was held at customs." as "Hành lý của tôi bị hải quan giữ lại.", "Was your suitcase checked by
    customs?" as "Vali của bạn có bị hải quan kiểm tra không?", "My parcel is being held at customs." as "Bưu kiện
    của tôi đang bị hải quan giữ lại.", "I was searched at customs." as "Tôi bị hải quan khám xét." (_HELD_EN); None
    for anything else, where "was", "is" does not agree, and a person checked or confiscated."""
    m = _HELD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    be_ = " ".join((m["q"] or m["be"]).lower().split())
    first = be_.split(" ")[0].replace("n't", "")
    verb = m["verb"]
    if m["bag"]:
        bag = m["bag"].lower()
        many = bag.endswith("s") and bag != "luggage"
        whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["named"], "en")
        if whose is None:
            return None
        said = f"{BAGS_VI[bag]} của {whose}"
        agrees = first in (("were", "are", "have", "'re") if many else ("was", "is", "has", "'s"))
    elif verb not in _PEOPLE_DONE or animal(m) or m["q"] and m["who"] and m["who"].lower() == "i":
        return None
    else:
        said, one = who_vi(m)
        agrees = (first in ("has", "'s")) == one if first in ("has", "have", "'s", "'ve") and "been" in be_ else \
            _agrees(m, first, one)
    if not agrees:
        return None
    done, being, neg = DONE_TO_VI[verb], bool(m["being"]), be_.endswith(("not", "n't"))
    if m["q"]:
        return None if being else capitalised(f"{said} có bị hải quan {done} không?")
    if being:  # ("is being held": now; "was being held" told of then, left)
        how = "đang bị" if first in ("is", "are", "am", "'s", "'re", "'m") and not neg else None
    elif "been" in be_:
        how = "vừa bị" if "just" in be_ else "đã bị"
    else:  # ("is held at customs": now, or as a rule?)
        how = ("không bị" if neg else "bị") if first in ("was", "were") else None
    if how is None:
        return None
    return capitalised(f"{said} {how} hải quan {done}{stop(m['end'])}")


def _need_form_vi(text: str) -> str | None:
    """"I need a customs form." as "Tôi cần một tờ khai hải quan.", "We need two customs forms." as "Chúng tôi cần
    hai tờ khai hải quan.", "Do you need a customs form?" as "Bạn có cần một tờ khai hải quan không?"
    (_NEED_FORM_EN); None for anything else, and where "forms" does not count ("one customs forms")."""
    m = _NEED_FORM_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    n = _N_EN[m["n"].lower()]
    if (n > 1) != (m["forms"] == "forms") or not _agrees(m, m["q"] or m["need"], one) or m["q"] and m["need"] != "need":
        return None
    if m["q"]:
        return capitalised(f"{who_} có cần {vi_word(n)} tờ khai hải quan không?")
    return capitalised(f"{who_} cần {vi_word(n)} tờ khai hải quan{stop(m['end'])}")
