"""Visas and passports applied for, for a country, both ways, written whole by rule. v8 reads "visa" as vitamins or a
virus, "xin" as ask, "duyệt" as a browser, "cửa khẩu" as a store: "Tôi cần xin visa đi Mỹ." → "I need to get vitamins
to America.", "Tôi đang xin visa đi Úc." → "I'm sorry to go to Australia.", "Xin visa mất bao lâu?" → "How long do you
lose?", "Visa của tôi đã được duyệt." → "My Visa was browsered.", "Tôi đã được cấp visa." → "I've been vissa.", "Tôi
có thể xin visa tại cửa khẩu không?" → "Can I ask visa at the store?", "Tôi phải làm lại hộ chiếu." → "I have to leave
passport."; "Do I need a visa for Vietnam?" → "Tôi có cần cảnh giác đối với Việt Nam không?", "How long does it take
to get a visa?" → "Phải có một vi-ta-min bao lâu?", "My visa has been approved." → "Vi-sa của tôi đã được tán thành.",
"I was refused a visa." → "Tôi đã từ chối một vi-rút.", "Can I get a visa on arrival?" → "Tôi có thể có vi-rút đến
được không?", "I've applied for a visa." → "Tôi đã áp dụng vi-rút.", "I need a new passport." → "Tôi cần một con hộ
chiếu mới.".

Taken: who (mt.hobbies.WHO, WHO_EN, or a people of mt.nations.PEOPLES_VI: "Người Mỹ", "Americans") needs a visa for a
country (mt.people.COUNTRIES, COUNTRIES_VI), needs, has, wants or plans to, or will, apply for a visa, get a visa, a
passport or a new one ("làm lại hộ chiếu"), for a country or not, asked, not; is applying for one, has already or not
yet applied, asked; how long it takes to apply for, get or renew one; whose visa has been approved, refused or
issued, asked; who has been granted or refused a visa, asked; who can get a visa on arrival or at the airport.
Left: a visa or passport needed, applied for or got with no country, renewed, expiring, valid, seen, where to apply,
lost (mt/papers.py); "đã xin visa" with no "rồi" (applied, or has applied?); a visa had ("Bạn có visa Mỹ không?");
"anh", "chị", "em" alone saying it; a passport brought, left behind, stolen (mt/bring_along.py, left_behind.py,
mishaps.py); food out of date (mt/fridge.py).
mt.phrasebook.translate tries these after mt/proposals.py.

    >>> translate("Tôi cần xin visa đi Mỹ.", "vi", "en"), translate("Do I need a visa for Vietnam?", "en", "vi")
    ('I need to apply for a visa to go to the US.', 'Tôi có cần visa đi Việt Nam không?')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .nations import PEOPLES_VI
from .people import COUNTRIES, COUNTRIES_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, SOFTENED_QUESTION, alternatives, capitalised, contracted, keyed

_COUNTRIES = COUNTRIES | {"Mỹ": "the US"}  # (a visa for the US, not for America)
# a people as who ("người Mỹ": "Americans"; not "the American", one)
_PEOPLES_VI = {en: vi for en, vi in PEOPLES_VI.items() if not en.startswith("the ")}
_PEOPLES = {keyed(vi): en for en, vi in reversed(_PEOPLES_VI.items())}
# what is done, and how English says it (the first Vietnamese of each is written back)
_ACTS = {"xin visa": "apply for a visa", "xin thị thực": "apply for a visa", "làm visa": "get a visa",
         "làm hộ chiếu": "get a passport", "làm hộ chiếu mới": "get a new passport",
         "làm lại hộ chiếu": "get a new passport"}
_ACTS_VI = {en: vi for vi, en in reversed(_ACTS.items())} | {"renew a visa": "gia hạn visa",
                                                             "renew a passport": "gia hạn hộ chiếu"}
_ING = {"apply": "applying", "get": "getting"}
# needing, having to, wanting, planning (said of one: "needs to")
_MODS = {"cần": "need to", "phải": "have to", "muốn": "want to", "định": "plan to"}
_OF_ONE = {"need to": "needs to", "have to": "has to", "want to": "wants to", "plan to": "plans to", "need": "needs"}
_MODS_VI = {"need": "cần", "have": "phải", "has": "phải", "want": "muốn", "plan": "định", "would like": "muốn",
            "'d like": "muốn"}
_DECIDED = {"được duyệt": "approved", "được chấp thuận": "approved", "được cấp": "issued", "bị từ chối": "refused"}
_DECIDED_VI = {"approved": "được duyệt", "issued": "được cấp", "granted": "được cấp", "refused": "bị từ chối",
               "rejected": "bị từ chối", "denied": "bị từ chối"}
_WHERE = {"cửa khẩu": "on arrival", "sân bay": "at the airport"}
_WHERE_VI = {en: vi for vi, en in _WHERE.items()}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:visa|thị\s+thực|hộ\s+chiếu)"), "en": lazy(r"(?i:visa|passport)")}

_WHO = rf"(?:{WHO}|(?i:người)\s+(?P<people>(?i:{alternatives(vi.split(' ', 1)[1] for vi in _PEOPLES)})))"
_VISA = r"(?i:visa|thị\s+thực)"
# for a country: "đi Mỹ", "để đi Mỹ", "vào Việt Nam", "visa Nhật" ("visa Anh" may be "your visa")
_TO = (rf"(?:\s+(?:để\s+)?(?P<go>đi|sang|qua|đến|tới|vào|nhập\s+cảnh(?:\s+vào)?)\s+(?P<country>"
       rf"{alternatives(_COUNTRIES)})|\s+(?P<of>{alternatives(set(_COUNTRIES) - {'Anh'})}))?")
_ACT = rf"(?P<act>(?i:{alternatives(_ACTS)})|(?P<bare>{_VISA}))"
# needed, applied for, got: "Tôi cần xin visa đi Mỹ.", "Bạn có muốn xin visa không?", "Tôi đã xin visa rồi."
_APPLY = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không|chưa)\s+)?(?:(?P<mod>cần|phải|muốn|định|sẽ|đang|đã)\s+)?"
              rf"{_ACT}{_TO}(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
# how long it takes: "Xin visa đi Mỹ mất bao lâu?"
_TAKES = lazy(rf"(?P<act>(?i:{alternatives(_ACTS)}|gia\s+hạn\s+(?:visa|hộ\s+chiếu))){_TO}\s+mất\s+bao\s+lâu"
              rf"{SOFTENED_QUESTION}")
# whose visa decided: "Visa của tôi đã được duyệt.", "Visa của bạn được duyệt chưa?"
_DECIDED_RE = lazy(rf"{_VISA}\s+(?:của\s+)?{OWNER}\s+(?:(?P<did>đã)\s+)?(?P<how>{alternatives(_DECIDED)})"
                   rf"(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
# who granted or refused one: "Tôi đã được cấp visa.", "Anh ấy bị từ chối visa đi Mỹ."
_GRANTED = lazy(rf"{_WHO}\s+(?:(?P<did>đã)\s+)?(?P<how>được\s+cấp|bị\s+từ\s+chối)\s+{_VISA}{_TO}"
                rf"(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
# on arrival: "Tôi có thể xin visa tại cửa khẩu không?"
_ARRIVAL = lazy(rf"{_WHO}\s+(?:(?P<can>có\s+thể)\s+)?(?:xin|làm|lấy)\s+{_VISA}\s+(?:tại|ở)\s+"
                rf"(?P<where>{alternatives(_WHERE)})(?:\s+(?P<ok>được))?\s+không{SOFTENED_QUESTION}")

# ... and in English
_WHO_EN = rf"(?:{WHO_EN}|(?P<people>{alternatives(_PEOPLES_VI)}))"
_COUNTRY_EN = rf"(?P<country>{alternatives(COUNTRIES_VI)})"
_TO_EN = rf"(?:\s+(?:(?P<go>to\s+(?:go|travel)\s+to|to\s+visit|for)|(?P<enter>to\s+enter))\s+{_COUNTRY_EN})?"
_ACT_EN = r"(?P<act>apply\s+for\s+a\s+visa|get\s+a\s+(?:visa|passport|new\s+passport))"
_NOT_EN = r"(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_APPLY_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_WHO_EN}{_NOT_EN}(?:(?:\s+|(?=['’]d\s))"
                 rf"(?P<mod>needs?|ha(?:ve|s)|wants?|plans?|would\s+like|['’]d\s+like)\s+to\s+{_ACT_EN}|"
                 rf"(?P<will>\s+will|['’]ll)\s+{_ACT_EN.replace('act', 'act2')}|"
                 rf"\s+(?P<need>needs?)\s+a\s+(?P<bare>visa|new\s+passport)){_TO_EN}\s*(?P<end>[.!?]*)")
_APPLIED_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{_WHO_EN}(?P<aux>['’]ve|['’]s|['’]m|['’]re|\s+(?:have|has|am|is|are)"
                   r"(?:\s+not)?|\s+(?:haven|hasn)['’]t)?(?:\s+(?P<already>already))?\s+(?P<verb>applied|applying)\s+"
                   rf"for\s+a\s+visa{_TO_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_TAKES_EN = lazy(rf"How\s+long\s+does\s+it\s+take\s+to\s+(?P<act>apply\s+for\s+a\s+visa|get\s+a\s+(?:visa|passport|"
                 rf"new\s+passport)|renew\s+a\s+(?:visa|passport)){_TO_EN}\s*\?+")
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_DECIDED_EN = lazy(rf"(?:(?P<has>Has)\s+)?{_WHOSE_EN}\s+visa(?P<aux>\s+has|\s+was|['’]s)?\s+(?P<been>been\s+)?"
                   rf"(?P<how>{alternatives(_DECIDED_VI)})(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_GRANTED_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{_WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has|\s+was|\s+were)?\s+"
                   rf"(?P<been>been\s+)?(?P<how>granted|refused|denied)\s+a\s+visa{_TO_EN}(?:\s+(?P<yet>yet))?"
                   r"\s*(?P<end>[.!?]*)")
_ARRIVAL_EN = lazy(rf"(?:Can|Could)\s+{_WHO_EN}\s+get\s+a\s+visa\s+(?P<where>on\s+arrival|at\s+the\s+airport)\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who needs, applies for or gets a visa or a passport, how long
    it takes, whether a visa was approved or refused, or who can get one on arrival; None for any other."""
    if src == "vi":
        return _apply(text) or _takes(text) or _decided(text) or _granted(text) or _arrival(text)
    return _apply_vi(text) or _applied_vi(text) or _takes_vi(text) or _decided_vi(text) or _granted_vi(text) or \
        _arrival_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English, and whether it takes "does": ("Americans", False) for "người Mỹ", else as
    mt.hobbies.who gives it (None for "anh" saying it)."""
    if m["people"]:
        return _PEOPLES[f"người {keyed(m['people'])}"], False
    return who(m, asked)


def _to(m: re.Match) -> str | None:
    """The country of a match of _TO in English: " to go to the US", " to enter Vietnam", " for Japan"; ""; None for
    a passport of a country ("hộ chiếu Mỹ": a US passport, had, not one for going there)."""
    if m["of"]:
        return None if "hộ" in keyed(m.groupdict().get("act") or "") else f" for {_COUNTRIES[m['of']]}"
    if not m["country"]:
        return ""
    return f" to {'enter' if keyed(m['go']).startswith(('vào', 'nhập')) else 'go to'} {_COUNTRIES[m['country']]}"


def _apply(text: str) -> str | None:
    """"Tôi cần xin visa đi Mỹ." as "I need to apply for a visa to go to the US.", "Người Mỹ có cần visa vào Việt Nam
    không?" as "Do Americans need a visa to enter Vietnam?", "Tôi đang xin visa." as "I'm applying for a visa.", "Bạn
    đã xin visa chưa?" as "Have you applied for a visa yet?" (_APPLY); None for anything else and mt/papers.py's."""
    m = _APPLY.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or (said := _who(m, asked)) is None or bool(m["asked"]) != bool(m["ask"]):
        return None
    (who_, one), to = said, _to(m)
    if to is None:
        return None
    mod, no, done = keyed(m["mod"] or ""), keyed(m["not"] or ""), keyed(m["done"] or "")
    act = "a visa" if m["bare"] else _ACTS[keyed(m["act"])]
    if (m["bare"] or mod == "cần" and act.startswith(("apply", "get a visa"))) and not (to and mod == "cần"):
        return None  # (a visa needed or applied for with no country: mt/papers.py's)
    if mod in _MODS and not done and no in ("", "không") and asked == bool(m["ask"]) and not (no and asked):
        verb = "need" if m["bare"] else _MODS[mod]
        if asked:
            return f"{'Does' if one else 'Do'} {who_} {verb} {act}{to}?"
        if no:
            return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {act}{to}.")
        return capitalised(f"{who_} {_OF_ONE[verb] if one else verb} {act}{to}.")
    if m["ask"] or m["bare"] or (mod == "đang" or mod == "sẽ") and (no or done or asked):
        return None
    if mod == "sẽ":
        return capitalised(contracted(who_, f"will {act}{to}."))
    if mod == "đang":
        verb, rest = act.split(" ", 1)
        be = "is" if one else "am" if who_ == "I" else "are"
        return capitalised(contracted(who_, f"{be} {_ING[verb]} {rest}{to}."))
    return _done(m, who_, one, to, asked)


def _done(m: re.Match, who_: str, one: bool, to: str, asked: bool) -> str | None:
    """"Tôi đã xin visa rồi." as "I've already applied for a visa.", "Bạn đã xin visa chưa?" as "Have you applied for a
    visa yet?", "Tôi chưa xin visa." as "I haven't applied for a visa yet."; None for anything else."""
    mod, no, done = keyed(m["mod"] or ""), keyed(m["not"] or ""), keyed(m["done"] or "")
    if not keyed(m["act"]).startswith("xin") or mod not in ("", "đã") or no not in ("", "chưa"):
        return None
    have = "has" if one else "have"
    if done == "chưa" and asked and not no:
        return f"{have.capitalize()} {who_} applied for a visa{to} yet?"
    if done == "rồi" and not (asked or no):
        return capitalised(contracted(who_, f"{have} already applied for a visa{to}."))
    if no and not (done or mod or asked):
        return capitalised(f"{who_} {have}n't applied for a visa{to} yet.")
    return None


def _takes(text: str) -> str | None:
    """"Xin visa mất bao lâu?" as "How long does it take to apply for a visa?", "Làm lại hộ chiếu mất bao lâu?" as
    "How long does it take to get a new passport?" (_TAKES); None for anything else."""
    m = _TAKES.fullmatch(text)
    if not m or _to(m) is None:
        return None
    act = keyed(m["act"])
    act = _ACTS.get(act) or f"renew a {'visa' if act.endswith('visa') else 'passport'}"
    return f"How long does it take to {act}{_to(m)}?"


def _whose(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English ("my", "my mother's"); None for someone not read."""
    return OWNERS[keyed(m["owner"])] if m["owner"] else (s := someone(m["someone"], "vi")) and f"{s}'s"


def _decided(text: str) -> str | None:
    """"Visa của tôi đã được duyệt." as "My visa has been approved.", "Visa của anh ấy bị từ chối." as "His visa has
    been refused.", "Visa của bạn được duyệt chưa?" as "Has your visa been approved yet?" (_DECIDED_RE); None for
    anything else."""
    m = _DECIDED_RE.fullmatch(text)
    if not m or (whose := _whose(m)) is None:
        return None
    how, done, asked = _DECIDED[keyed(m["how"])], keyed(m["done"] or ""), "?" in m["end"]
    if asked:
        return f"Has {whose} visa been {how} yet?" if done == "chưa" and how != "refused" else None
    return None if done == "chưa" else capitalised(f"{whose} visa has been {how}.")


def _granted(text: str) -> str | None:
    """"Tôi đã được cấp visa." as "I've been granted a visa.", "Anh ấy bị từ chối visa đi Mỹ." as "He's been refused a
    visa to go to the US.", "Bạn được cấp visa chưa?" as "Have you been granted a visa yet?" (_GRANTED); None for
    anything else."""
    m = _GRANTED.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or (said := _who(m, asked)) is None:
        return None
    (who_, one), done = said, keyed(m["done"] or "")
    how, have = "granted" if keyed(m["how"]).startswith("được") else "refused", "has" if one else "have"
    if asked:
        return f"{have.capitalize()} {who_} been {how} a visa{_to(m)} yet?" if done == "chưa" and how == "granted" \
            else None
    return None if done == "chưa" else capitalised(contracted(who_, f"{have} been {how} a visa{_to(m)}."))


def _arrival(text: str) -> str | None:
    """"Tôi có thể xin visa tại cửa khẩu không?" as "Can I get a visa on arrival?", "Người Mỹ xin visa ở sân bay được
    không?" as "Can Americans get a visa at the airport?" (_ARRIVAL); None for anything else."""
    m = _ARRIVAL.fullmatch(text)
    if not m or not (m["can"] or m["ok"]) or (said := _who(m, True)) is None:
        return None
    return f"Can {said[0]} get a visa {_WHERE[keyed(m['where'])]}?"


def _who_vi(m: re.Match) -> tuple[str, bool, bool]:
    """Who of a match of _WHO_EN in Vietnamese, whether English said it with "-s", and whether it is "I" ("am")."""
    if m["people"]:
        return _PEOPLES_VI[next(en for en in _PEOPLES_VI if keyed(en) == keyed(m["people"]))], False, False
    return *who_vi(m), bool(m["who"]) and m["who"].lower() == "i"


def _to_vi(m: re.Match) -> str:
    """The country of a match of _TO_EN in Vietnamese: " đi Mỹ" ("for the US", "to go to the US"), " để vào Việt Nam"
    ("to enter Vietnam"); ""."""
    if not m["country"]:
        return ""
    return f" {'để vào' if m['enter'] else 'đi'} {COUNTRIES_VI[' '.join(m['country'].split())]}"


def _apply_vi(text: str) -> str | None:
    """"I need to apply for a visa to go to the US." as "Tôi cần xin visa đi Mỹ.", "Do I need a visa for Vietnam?" as
    "Tôi có cần visa đi Việt Nam không?", "She'll get a new passport." as "Cô ấy sẽ làm hộ chiếu mới." (_APPLY_EN);
    None for anything else, mt/papers.py's, and where "does", "needs" … does not agree with who."""
    m = _APPLY_EN.fullmatch(text)
    if not m:
        return None
    who_, one, _ = _who_vi(m)
    verb = " ".join((m["mod"] or m["need"] or "").lower().replace("’", "'").split())
    aux, asked = (m["do"] or m["not"] or "").strip().lower(), "?" in m["end"]
    act = " ".join((m["act"] or m["act2"] or f"a {m['bare']}").lower().split())
    # (whether what is said of who says one: "does", "needs", "has"; "'d like" and "will" say neither)
    said = aux.startswith("does") if aux else None if not verb or "like" in verb else verb[-1] == "s"
    if bool(m["do"]) != asked or m["do"] and m["not"] or said is not None and said != one or aux and (
            verb.endswith("s") or verb == "has" or "like" in verb) or m["will"] and (aux or asked):
        return None
    if verb.startswith("need") and "new" not in act and not m["country"]:
        return None  # (mt/papers.py's)
    doing = _ACTS_VI.get(act) or ("cần làm hộ chiếu mới" if act == "a new passport" else "cần visa")
    if m["act"] or m["act2"]:
        doing = f"{'sẽ' if m['will'] else _MODS_VI[verb if verb in _MODS_VI else verb[:-1]]} {doing}"
    if asked:
        return capitalised(f"{who_} có {doing}{_to_vi(m)} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{doing}{_to_vi(m)}.")


def _applied_vi(text: str) -> str | None:
    """"I've already applied for a visa." as "Tôi đã xin visa rồi.", "Have you applied for a visa yet?" as "Bạn đã xin
    visa chưa?", "I haven't applied for a visa yet." as "Tôi chưa xin visa.", "I'm applying for a visa." as "Tôi đang
    xin visa." (_APPLIED_EN); None for anything else, and where "has", "is" … does not agree with who."""
    m = _APPLIED_EN.fullmatch(text)
    if not m or m["have0"] and m["aux"]:
        return None
    who_, one, me = _who_vi(m)
    aux = " ".join((m["have0"] or m["aux"] or "").lower().replace("’", "'").split())
    no, asked, to = "n't" in aux or aux.endswith(" not"), "?" in m["end"], _to_vi(m)
    aux = aux.replace("n't", "").removesuffix(" not")
    aux = {"'s": "has" if m["verb"] == "applied" else "is", "'ve": "have", "'m": "am", "'re": "are"}.get(aux, aux)
    if m["verb"] == "applying":
        be = "is" if one else "am" if me else "are"
        ok = aux == be and not (no or asked or m["have0"] or m["already"] or m["yet"])
        return capitalised(f"{who_} đang xin visa{to}.") if ok else None
    if aux != ("has" if one else "have") or bool(m["have0"]) != asked or m["already"] and (no or asked):
        return None
    if asked:
        return capitalised(f"{who_} đã xin visa{to} chưa?") if not no else None
    if no:
        return capitalised(f"{who_} chưa xin visa{to}.")
    return None if m["yet"] else capitalised(f"{who_} đã xin visa{to} rồi.")


def _takes_vi(text: str) -> str | None:
    """"How long does it take to get a visa?" as "Làm visa mất bao lâu?" (_TAKES_EN); None for anything else."""
    m = _TAKES_EN.fullmatch(text)
    return m and capitalised(f"{_ACTS_VI[' '.join(m['act'].split())]}{_to_vi(m)} mất bao lâu?")


def _decided_vi(text: str) -> str | None:
    """"My visa has been approved." as "Visa của tôi đã được duyệt.", "Has your visa been approved yet?" as "Visa của
    bạn đã được duyệt chưa?" (_DECIDED_EN); None for anything else."""
    m = _DECIDED_EN.fullmatch(text)
    if not m:
        return None
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    how, aux = _DECIDED_VI[m["how"]], " ".join((m["aux"] or "").replace("’", "'").split())
    if whose is None or bool(m["has"]) != ("?" in m["end"]):
        return None
    if m["has"]:
        ok = m["been"] and not aux and how != "bị từ chối"
        return f"Visa của {whose} đã {how} chưa?" if ok else None
    if aux not in ("has", "'s", "was") or bool(m["been"]) == (aux == "was") or m["yet"]:
        return None
    return f"Visa của {whose} đã {how}."


def _granted_vi(text: str) -> str | None:
    """"I've been granted a visa." as "Tôi đã được cấp visa.", "He was refused a visa." as "Anh ấy đã bị từ chối
    visa.", "Have you been granted a visa yet?" as "Bạn đã được cấp visa chưa?" (_GRANTED_EN); None for anything else,
    and where "has", "was" … does not agree with who."""
    m = _GRANTED_EN.fullmatch(text)
    if not m:
        return None
    who_, one, me = _who_vi(m)
    aux = " ".join((m["have0"] or m["aux"] or "").lower().replace("’", "'").split())
    aux = {"'s": "has", "'ve": "have"}.get(aux, aux)
    if aux in ("was", "were"):
        agrees = (aux == "was") == (one or me) and not m["been"]
    else:
        agrees = aux == ("has" if one else "have") and bool(m["been"])
    asked, how = "?" in m["end"], "được cấp" if m["how"] == "granted" else "bị từ chối"
    if not agrees or bool(m["have0"]) != asked or m["yet"] and not asked:
        return None
    if asked:
        return capitalised(f"{who_} đã được cấp visa{_to_vi(m)} chưa?") if how == "được cấp" else None
    return capitalised(f"{who_} đã {how} visa{_to_vi(m)}.")


def _arrival_vi(text: str) -> str | None:
    """"Can I get a visa on arrival?" as "Tôi có thể xin visa tại cửa khẩu không?" (_ARRIVAL_EN); None for anything
    else."""
    m = _ARRIVAL_EN.fullmatch(text)
    return m and capitalised(f"{_who_vi(m)[0]} có thể xin visa tại {_WHERE_VI[' '.join(m['where'].split())]} không?")
