"""Papers (a passport, a visa, an ID card, a driving licence), both ways, written whole by rule. v8 reads "visa" as a
virus or vitamins, "gia hạn" as a limit, "hết hạn" as a bang: "Do I need a visa?" → "Tôi có cần một vi-rút không?",
"My visa expires next month." → "Tháng tới, vi-ta-min của tôi.", "My passport expires next week." → "Hộ chiếu của tôi
nổ vào tuần tới.", "I need to renew my passport." → "Tôi cần đổi mới hộ chiếu của tôi.", "Can I see your ID?" → "Tôi
có thể thấy ID của bạn không?", "Where do I apply for a visa?" → "Tôi áp dụng cho vi-rút ở đâu?", "I've lost my ID
card." → "Tôi đã mất thẻ ID của tôi."; "Tôi cần gia hạn hộ chiếu." → "I need passport limit.", "Tôi phải gia hạn
visa." → "I have to limit vitamins.", "Tôi có cần thị thực không?" → "Do I need to Market?", "Hộ chiếu của anh ấy sắp
hết hạn." → "His passport terminates.", "Tôi bị mất chứng minh thư." → "I'm lost my proof.", "Visa của tôi tháng sau
hết hạn." → "My Visa last month expired.".

Taken: who (mt.hobbies.WHO, WHO_EN) needs or has a visa or a passport (or needs to apply for one), not, asked; whose
paper (a pronoun or someone: mt.hobbies.OWNER, SOMEONE_EN) has expired, expired or expires on a day (mt.free_time.when
with mt.dates.NEAR_SPANS; behind in the past only), is about to expire, has not expired, is still valid, asked when it
expires, whether it has or is; who needs, has or wants to renew their paper (extend, in English, read as renew),
asked; "Can I see your passport?" ("Cho tôi xem hộ chiếu của bạn được không?"), "Let me see …", "Please show me …";
where I or we apply for a visa or a passport; who has lost a paper. Left: a passport, an ID card or a licence
brought (mt/bring_along.py), left behind (mt/left_behind.py), stolen (mt/mishaps.py, mt/theft.py), had ("Bạn có hộ
chiếu không?", and "Where can I get a passport?", mt/patterns.py; a driving licence had or got, mt/driving.py); a
passport lost, Vietnamese to English (mt/mishaps.py, and mt.terms writes it right for a pronoun); "anh", "chị", "em"
alone saying it, a name alone whose own paper it is, "hết hạn" with no day and no "rồi" (expires or expired?),
papers ("giấy tờ"), a visa applied for (when?), "thẻ visa" (a card).
mt.phrasebook.translate tries these after mt/savings.py.

    >>> translate("Tôi cần gia hạn hộ chiếu.", "vi", "en"), translate("Do I need a visa?", "en", "vi")
    ('I need to renew my passport.', 'Tôi có cần visa không?')
"""
from __future__ import annotations

import re

from .bring_along import ALONG
from .dates import NEAR_SPANS
from .ever import YOU
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, OPENS, placed, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_QUESTION, alternatives, capitalised, contracted, keyed, present

# the papers (the first Vietnamese of each is written back: "thẻ căn cước", as mt/bring_along.py writes it)
DOCS = {vi: en for vi, en in ALONG.items() if en in ("passport", "ID card", "driving licence")} | {
    "visa": "visa", "thị thực": "visa", "chứng minh nhân dân": "ID card", "căn cước công dân": "ID card",
    "thẻ căn cước công dân": "ID card", "giấy tờ tùy thân": "ID", "giấy phép lái xe": "driving licence"}
DOCS_VI = {en.lower(): vi for vi, en in reversed(DOCS.items())} | {
    "identity card": "thẻ căn cước", "driver's license": "bằng lái xe", "driver’s license": "bằng lái xe",
    "driving license": "bằng lái xe"}
_NEEDED = ("visa", "passport")  # (needed and had: "a visa"; "Do I need an ID card?" wants whose)
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:visa|thị\s+thực|hộ\s+chiếu|căn\s+cước|chứng\s+minh|tùy\s+thân|bằng\s+lái|giấy\s+phép)"),
         "en": lazy(r"(?i:visa|passport|\bid\b|identity|licen[cs]e)")}

_DOC = rf"(?P<doc>(?i:{alternatives(DOCS)}))"
_WHOSE_DOC = rf"{_DOC}\s+(?:của\s+)?{OWNER}"
# needed or had: "Tôi có cần visa không?", "Tôi cần xin visa.", "Anh ấy không có visa."
_NEED = lazy(rf"{WHO}\s+(?:(?P<not>không|chưa)\s+)?(?P<verb>(?:có\s+)?cần(?:\s+xin)?|có)\s+{_DOC}{ASKED_END}")
# expiring: "Hộ chiếu của tôi hết hạn rồi.", "Tháng sau visa của tôi hết hạn.", "Visa của tôi tháng sau hết hạn.",
# "Visa của bạn hết hạn khi nào?"
_EXPIRES = lazy(rf"{DAY_OPENING}{_WHOSE_DOC}\s+(?:(?P<mid>{OPENS}[^,.!?]*?)\s+)?"
                r"(?:(?P<when0>khi\s+nào|bao\s+giờ)\s+)?(?:(?P<aux>đã|sắp|chưa)\s+)?"
                rf"hết\s+hạn(?:\s+(?P<done>rồi|chưa|khi\s+nào|bao\s+giờ))?{DAY_AFTER}{ASKED_END}")
_VALID = lazy(rf"{_WHOSE_DOC}\s+(?:(?P<still>vẫn)\s+|(?P<ask>có)\s+)?còn\s+hạn(?:\s+sử\s+dụng)?{ASKED_END}")
# renewed: "Tôi cần gia hạn hộ chiếu.", "Bạn có phải gia hạn visa không?"
_RENEW = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?P<mod>cần|phải|muốn)\s+(?:đi\s+)?gia\s+hạn\s+"
              rf"{_DOC}(?:\s+(?:của\s+)?{OWNER})?{ASKED_END}")
_MODS = {"cần": ("need", "needs"), "phải": ("have", "has"), "muốn": ("want", "wants")}
# seen: "Cho tôi xem hộ chiếu của bạn được không?", "Tôi có thể xem hộ chiếu của anh không?"
_SEE = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|vui\s+lòng|xin))\s+)?(?:(?i:cho)\s+(?P<me>tôi|chúng\s+tôi)|"
            r"(?P<can>(?i:tôi|chúng\s+tôi))\s+có\s+thể)\s+xem\s+"
            rf"{_DOC}\s+của\s+(?P<yours>{YOU}|anh\s+ấy|cô\s+ấy|họ)(?P<ok>\s+được)?{ASKED_END}")
# applied for: "Tôi có thể xin visa ở đâu?", "Làm hộ chiếu ở đâu?"
_WHERE = lazy(r"(?:(?P<me>(?i:tôi|mình|chúng\s+tôi))\s+)?(?:(?P<mod>có\s+thể|phải|cần|nên)\s+)?"
              r"(?i:xin|làm)\s+(?P<doc>(?i:visa|thị\s+thực|hộ\s+chiếu))\s+ở\s+đâu" + SOFTENED_QUESTION)
# lost: "Tôi bị mất chứng minh thư.", "Mẹ tôi làm mất bằng lái rồi."
_LOST = lazy(rf"{WHO}\s+(?:đã\s+)?(?:bị|làm|đánh)\s+mất\s+{_DOC}(?:\s+(?:của\s+)?{OWNER})?(?:\s+rồi)?"
             r"\s*(?P<end>[.!]*)")

# ... and in English
_DOC_EN = rf"(?P<doc>(?i:{alternatives(DOCS_VI)}))"
_WHOSE_DOC_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_DOC_EN}"
_NOT_EN = r"(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
_NEED_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}{_NOT_EN}\s+(?P<verb>needs?|ha(?:ve|s))\s+"
                r"(?P<apply>to\s+(?:apply\s+for|get)\s+)?an?\s+(?P<doc>(?i:visa|passport))(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_EXPIRES_EN = lazy(rf"(?:(?P<when>When)\s+(?:does|will)\s+|(?P<has>Has)\s+|(?P<is>Is)\s+)?{_WHOSE_DOC_EN}"
                   r"(?:\s+(?P<expire>expire)|(?P<be>['’]s|\s+is|\s+has|\s+will)?(?P<not>\s+not|n['’]t)?\s+"
                   r"(?P<verb>expires|expired|about\s+to\s+expire|going\s+to\s+expire|expire|still\s+valid))"
                   rf"(?:\s+(?P<soon>soon))?{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_RENEW_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}{_NOT_EN}\s+(?P<verb>needs?|ha(?:ve|s)|wants?)\s+to\s+"
                 rf"(?:renew|extend)\s+(?P<owner>(?i:{WHOSE_WORDS}|the))\s+{_DOC_EN}\s*(?P<end>[.!?]*)")
_SEE_EN = lazy(rf"(?:(?:Can|Could|May)\s+(?P<me>I|we)\s+(?:please\s+)?see|(?P<let>Let\s+(?:me|us)\s+see)|"
               rf"(?P<show>(?:Please\s+)?[Ss]how\s+(?:me|us)))\s+(?P<owner>your|his|her|their)\s+{_DOC_EN}"
               r"(?P<please>,?\s+please)?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(r"Where\s+(?P<mod>do|can|could|should)\s+(?P<me>I|we)\s+(?P<need>(?:need|have)\s+to\s+)?"
                 r"apply\s+for\s+an?\s+(?P<doc>visa|passport)\s*\?+")
# ... expiring, by "has", "is" … (not) and the verb, in Vietnamese ("My passport will expire." wants a day)
_EXPIRY_VI = {("", "expires"): "hết hạn", ("will", "expire"): "hết hạn", ("", "expired"): "đã hết hạn",
              ("has", "expired"): "hết hạn rồi", ("has not", "expired"): "chưa hết hạn",
              ("is", "about to expire"): "sắp hết hạn", ("is", "going to expire"): "sắp hết hạn",
              ("is", "still valid"): "vẫn còn hạn"}
_LOST_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+lost\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+"
                rf"{_DOC_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who needs or has a visa, whose paper expires or is still
    valid, who needs to renew one, asks to see one, where to apply for one or who has lost one; None for any other."""
    if src == "vi":
        return _need(text) or _expires(text) or _valid(text) or _renew(text) or _see(text) or _where(text) or \
            _lost(text)
    return _need_vi(text) or _expires_vi(text) or _renew_vi(text) or _see_vi(text) or _where_vi(text) or \
        _lost_vi(text)


def _doc(m: re.Match) -> str:
    """The paper of a match of _DOC in English: "passport", "ID card", "ID" ("giấy tờ tùy thân")."""
    return DOCS[keyed(m["doc"])]


def _whose_doc(m: re.Match) -> str | None:
    """Whose paper of a match of _WHOSE_DOC in English ("my passport", "my mother's visa"); None for someone not
    read."""
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else (s := someone(m["someone"], "vi")) and f"{s}'s"
    return whose and f"{whose} {_doc(m)}"


def _own(m: re.Match, who_: str) -> str | None:
    """Whose a paper is, said after it (OWNER) or the subject's own ("my" for "tôi", "her" for "mẹ tôi"); None for a
    name alone ("his" or "her"?)."""
    if m["owner"] or m["someone"]:
        return OWNERS[keyed(m["owner"])] if m["owner"] else (s := someone(m["someone"], "vi")) and f"{s}'s"
    return whose_own(m, who_)


def _need(text: str) -> str | None:
    """"Tôi có cần visa không?" as "Do I need a visa?", "Tôi cần xin visa." as "I need to apply for a visa.", "Anh ấy
    không có visa." as "He doesn't have a visa." (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or _doc(m) not in _NEEDED or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    verb, (who_, one) = keyed(m["verb"]), said
    if m["not"] and (asked or verb.startswith("có c") or m["not"] == "chưa" and verb != "có") or \
            verb.startswith("có c") and not asked:
        return None
    doing = f"{'need' if 'cần' in verb else 'have'}{' to apply for' * ('xin' in verb)} a {_doc(m)}"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {doing}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {doing}{' yet' * (m['not'] == 'chưa')}.")
    return capitalised(f"{who_} {doing.replace('need', 'needs').replace('have', 'has') if one else doing}.")


def _expires(text: str) -> str | None:
    """"Hộ chiếu của tôi hết hạn rồi." as "My passport has expired.", "Tháng sau visa của tôi hết hạn." as "My visa
    expires next month.", "Visa của bạn hết hạn khi nào?" as "When does your visa expire?" (_EXPIRES); None for
    anything else, "hết hạn" alone (has expired, or expires?) and "đã" with a day ahead."""
    m = _EXPIRES.fullmatch(text)
    days = [d for d in (m and (m["day0"], m["mid"], m["day"])) or () if d]
    if not m or m["asked"] or len(days) > 1 or (doc := _whose_doc(m)) is None:
        return None
    aux, done, said = m["aux"], keyed(m["done"] or ""), days[0] if days else None
    day = when(said, "vi", NEAR_SPANS) if said else ""
    asked, behind = "?" in m["end"], bool(day and BEHIND.fullmatch(day))
    if said and not day or asked != bool(m["when0"] or done in ("chưa", "khi nào", "bao giờ")):
        return None
    if asked:
        if day or aux or m["when0"] and done:
            return None
        return f"Has {doc} expired?" if done == "chưa" else f"When does {doc} expire?"
    if day:
        if aux == "chưa" or done or aux and (aux == "đã") != behind:
            return None
        return capitalised(f"{doc} {'expired' if behind else 'expires'} {day}.")
    said = {"đã": "has expired", "rồi": "has expired", "sắp": "is about to expire", "chưa": "hasn't expired"}
    if aux and done and aux != "đã" or not (aux or done):
        return None
    return capitalised(f"{doc} {said[aux or done]}.")


def _valid(text: str) -> str | None:
    """"Hộ chiếu của bạn còn hạn không?" as "Is your passport still valid?", "Visa của tôi vẫn còn hạn." as "My visa
    is still valid." (_VALID); None for anything else."""
    m = _VALID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) and not asked or (doc := _whose_doc(m)) is None:
        return None
    return f"Is {doc} still valid?" if asked else capitalised(f"{doc} is still valid.")


def _renew(text: str) -> str | None:
    """"Tôi cần gia hạn hộ chiếu." as "I need to renew my passport.", "Bạn có phải gia hạn visa không?" as "Do you
    have to renew your visa?" (_RENEW); None for anything else."""
    m = _RENEW.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked:
        return None
    if (said := who(m, asked)) is None or (whose := _own(m, said[0])) is None:
        return None
    (who_, one), (mod, _) = said, _MODS[keyed(m["mod"])]
    return present(who_, one, mod, f"to renew {whose} {_doc(m)}", asked, bool(m["not"]))


def _see(text: str) -> str | None:
    """"Cho tôi xem hộ chiếu của bạn được không?" as "Can I see your passport?", "Cho tôi xem hộ chiếu của anh." as
    "Let me see your passport.", "Làm ơn cho tôi xem visa của bạn." as "Please show me your visa." (_SEE); None for
    anything else."""
    m = _SEE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (m["ok"] or m["can"]) and not asked or asked and not (
            m["ok"] or m["can"]) or m["please"] and asked:
        return None
    me, whose = "I" if keyed(m["me"] or m["can"]) == "tôi" else "we", OWNERS.get(keyed(m["yours"]), "your")
    if asked:
        return f"Can {me} see {whose} {_doc(m)}?"
    us = "me" if me == "I" else "us"
    return f"Please show {us} {whose} {_doc(m)}." if m["please"] else f"Let {us} see {whose} {_doc(m)}."


def _where(text: str) -> str | None:
    """"Tôi có thể xin visa ở đâu?" as "Where can I apply for a visa?", "Làm hộ chiếu ở đâu?" as "Where do I apply
    for a passport?" (_WHERE); None for anything else."""
    m = _WHERE.fullmatch(text)
    if not m:
        return None
    me = "we" if keyed(m["me"] or "").startswith("chúng") else "I"
    mod = {"": "do", "có thể": "can", "phải": "do", "cần": "do", "nên": "should"}[keyed(m["mod"] or "")]
    need = " need to" if keyed(m["mod"] or "") in ("phải", "cần") else ""
    return f"Where {mod} {me}{need} apply for a {_doc(m)}?"


def _lost(text: str) -> str | None:
    """"Tôi bị mất chứng minh thư." as "I've lost my ID card.", "Mẹ tôi làm mất bằng lái rồi." as "My mother has lost
    her driving licence." (_LOST); None for anything else, and a passport (mt/mishaps.py's, and mt.terms')."""
    m = _LOST.fullmatch(text)
    if not m or _doc(m) == "passport" or (said := who(m, False)) is None or (whose := _own(m, said[0])) is None:
        return None
    return capitalised(contracted(said[0], f"{'has' if said[1] else 'have'} lost {whose} {_doc(m)}."))


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether "do", "does", "don't" … or the verb ("needs", "has", "wants") of a match agrees with who (`one`: he,
    she, someone); False for both "do" and "don't"."""
    aux = (m["do"] or m["not"] or "").lower()
    if m["do"] and m["not"]:
        return False
    if aux:
        return aux.startswith("does") == one and m["verb"].lower() in ("need", "have", "want")
    return m["verb"].lower() in ("needs", "has", "wants") if one else m["verb"].lower() in ("need", "have", "want")


def _need_vi(text: str) -> str | None:
    """"Do I need a visa?" as "Tôi có cần visa không?", "She doesn't have a visa yet." as "Cô ấy chưa có visa."
    (_NEED_EN); None for anything else, and where "does", "has" … does not agree with who."""
    m = _NEED_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or not _agrees(m, (said := who_vi(m))[1]):
        return None
    need, doc = m["verb"].lower().startswith("need"), DOCS_VI[m["doc"].lower()]
    if m["apply"] and not need or m["yet"] and not (m["not"] and not need):
        return None
    verb = f"cần{' xin' * bool(m['apply'])}" if need else "có"
    if m["do"]:
        return capitalised(f"{said[0]} có {verb.removeprefix('có')} {doc} không?".replace("  ", " "))
    return capitalised(f"{said[0]} {'chưa ' if m['yet'] else 'không ' if m['not'] else ''}{verb} {doc}.")


def _whose_doc_vi(m: re.Match) -> str | None:
    """Whose paper of a match of _WHOSE_DOC_EN in Vietnamese ("hộ chiếu của tôi", "visa của mẹ tôi")."""
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    return whose and f"{DOCS_VI[keyed(m['doc'])]} của {whose}"


def _expires_vi(text: str) -> str | None:
    """"My visa expires next month." as "Tháng sau visa của tôi hết hạn.", "My passport has expired." as "Hộ chiếu của
    tôi hết hạn rồi.", "When does your visa expire?" as "Visa của bạn hết hạn khi nào?" (_EXPIRES_EN, _EXPIRY_VI);
    None for anything else, a tense that does not go with the day, and "expires" with no day."""
    m = _EXPIRES_EN.fullmatch(text)
    if not m or (doc := _whose_doc_vi(m)) is None or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    verb, be = " ".join((m["verb"] or "expire").split()), (m["be"] or "").strip().replace("’", "'")
    if m["when"] or m["has"] or m["is"]:
        asked = {"when": ("expire", "hết hạn khi nào?"), "has": ("expired", "hết hạn chưa?"),
                 "is": ("still valid", "còn hạn không?")}[next(g for g in ("when", "has", "is") if m[g])]
        bare = not (be or m["not"] or m["soon"] or day) and "?" in m["end"] and bool(m["expire"]) == bool(m["when"])
        return capitalised(f"{doc} {asked[1]}") if bare and verb == asked[0] else None
    be = ("has" if verb == "expired" else "is") if be == "'s" else be
    said = _EXPIRY_VI.get((f"{be} not" if m["not"] else be, verb))
    if said is None or m["expire"] or "?" in m["end"] or m["soon"] and (said != "hết hạn" or day):
        return None
    if day:
        behind = bool(BEHIND.fullmatch(m["day"]))
        return placed(f"{doc} {said}", day, ".") if said == ("đã hết hạn" if behind else "hết hạn") else None
    if m["soon"]:
        said = "sắp hết hạn"
    return None if said == "hết hạn" else capitalised(f"{doc} {said}.")


def _renew_vi(text: str) -> str | None:
    """"I need to renew my passport." as "Tôi cần gia hạn hộ chiếu.", "Does she have to renew her visa?" as "Cô ấy có
    phải gia hạn visa không?" (_RENEW_EN); None for anything else, whose another's than the subject's ("his" of
    "my mother"), and where "does", "has" … does not agree with who."""
    m = _RENEW_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or not _agrees(m, (said := who_vi(m))[1]):
        return None
    own = own_thing(m, *said)
    if own is None:
        return None
    mod = {"need": "cần", "have": "phải", "want": "muốn"}[m["verb"].lower().replace("has", "have").removesuffix("s")]
    doc = DOCS_VI[keyed(m["doc"])] + ("" if own else f" của {WHOSE_VI[m['owner'].lower()]}")
    if m["do"]:
        return capitalised(f"{said[0]} có {mod} gia hạn {doc} không?")
    return capitalised(f"{said[0]} {'không ' if m['not'] else ''}{mod} gia hạn {doc}.")


def _see_vi(text: str) -> str | None:
    """"Can I see your passport?" as "Cho tôi xem hộ chiếu của bạn được không?", "Please show me your ID." as "Vui
    lòng cho tôi xem giấy tờ tùy thân của bạn." (_SEE_EN); None for anything else."""
    m = _SEE_EN.fullmatch(text)
    if not m or bool(m["me"]) != ("?" in m["end"]):
        return None
    me = "chúng tôi" if (m["me"] or "") == "we" or re.search(r"\bus$", m["let"] or m["show"] or "") else "tôi"
    doc = f"{DOCS_VI[keyed(m['doc'])]} của {WHOSE_VI[m['owner'].lower()]}"
    if m["me"]:
        return f"Cho {me} xem {doc} được không?"
    please = m["please"] or (m["show"] or "").startswith("Please")
    return f"{'Vui lòng cho' if please else 'Cho'} {me} xem {doc}."


def _where_vi(text: str) -> str | None:
    """"Where do I apply for a visa?" as "Tôi xin visa ở đâu?", "Where can I apply for a passport?" as "Tôi có thể làm
    hộ chiếu ở đâu?" (_WHERE_EN); None for anything else, and "Where can I get …?" (mt/patterns.py's)."""
    m = _WHERE_EN.fullmatch(text)
    if not m or m["need"] and m["mod"] != "do":
        return None
    mod = "phải " if m["need"] else {"do": "", "can": "có thể ", "could": "có thể ", "should": "nên "}[m["mod"]]
    verb = "xin visa" if m["doc"] == "visa" else "làm hộ chiếu"
    return f"{'Tôi' if m['me'] == 'I' else 'Chúng tôi'} {mod}{verb} ở đâu?"


def _lost_vi(text: str) -> str | None:
    """"I've lost my ID card." as "Tôi làm mất thẻ căn cước rồi.", "She lost her passport." as "Cô ấy bị mất hộ
    chiếu." (_LOST_EN); None for anything else, whose another's, and "has" … that does not agree with who."""
    m = _LOST_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), have = who_vi(m), " ".join((m["have"] or "").replace("’", "'").split())
    if have and (have in ("'s", "has")) != one or own_thing(m, who_, one) is not True:
        return None
    doc = DOCS_VI[keyed(m["doc"])]
    return capitalised(f"{who_} làm mất {doc} rồi." if have else f"{who_} bị mất {doc}.")
