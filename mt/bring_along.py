"""Reminding someone to bring or take something along, and who brought it, forgot it or needs to, both ways, written
whole by rule. v8 reads "theo" as follow and "mang" as carry: "Mang ô theo nhé." → "Bring an umbrella follow.", "Nhớ
mang theo hộ chiếu nhé." → "Remember bringing passport.", "Mang theo áo khoác nhé." → "Follow jacket.", "Bạn có mang
theo sạc không?" → "Do you carry charge?", "Bạn có mang sạc không?" → "Are you charging?", "Tôi quên mang hộ chiếu." →
"I forgot to carry passport.", "Anh ấy quên mang ví." → "He forgot to carry the wallet.", "Tôi đã mang theo ô rồi." →
"I brought an umbrella and.", "Bạn nên mang theo áo khoác." → "You should have a jacket."; "Take an umbrella." → "Lấy
một chiếc ô." (fetch), "Take an umbrella with you." → "Uống một chiếc ô với bạn." (drink), "Don't forget to bring your
passport." → "Đừng quên mang chiếu hộ chiếu của bạn.", "Remember to bring your passport." → "Hãy nhớ mang về hộ chiếu."
(bring back), "She forgot to bring her umbrella." → "Cô ấy quên mang cô ấy ô.", "Did he bring his passport?" → "Anh
ấy mang hộ chiếu của anh ấy không?".

Taken: a thing of ALONG (an umbrella, a raincoat, a jacket, a jumper, warm clothes, sunscreen, water, cash, a power
bank; whose own: a passport, a wallet, a phone, a charger, a camera, a laptop, an ID card, a driving licence) brought
along ("mang", "đem", "cầm" with "theo"; "bring", "take"): told ("Mang ô theo nhé.", "Nhớ …", "Đừng quên …", "Bring
…", "Remember to …", "Don't forget (to bring) …"), also as a clause ending with a comma, which mt.phrasebook.clauses
sets apart when a rule takes the rest ("Take a jacket, it's cold tonight."); who (mt.hobbies.WHO, WHO_EN) brought
it, asked or said, forgot to, did not, should or needs to bring it. Left: keys (mt/keys.py), a bag and the shopping
list (mt/shopping.py), medicine ("Take your medicine.": mt/medicine.py), glasses, shoes and hats ("mang" is also
wear them), "Tôi quên mang ví." (the phrasebook's), "Mang ô đi." without "theo" (take it away?), "anh", "chị", "em"
alone saying it but for "Anh nhớ …", "Em đừng quên …", "his" or "her" things of a name alone, two things or more.
mt.phrasebook.translate tries these after mt/finding.py.

    >>> translate("Mang ô theo nhé.", "vi", "en"), translate("Don't forget to bring your passport.", "en", "vi")
    ('Bring an umbrella.', 'Đừng quên mang theo hộ chiếu nhé.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import CARRIED_EN, WHOSE_WORDS, his_her
from .text import (
    ASKED_END,
    EN_OBJECT,
    SOFTENER,
    WHOSE_OF,
    alternatives,
    capitalised,
    contracted,
    keyed,
    regular_plural,
)

# what is taken along: mt.terms' things carried (not keys, glasses, a bag: see "Left"), and more
_CARRIED = {"umbrella", "charger", "camera", "phone", "backpack", "suitcase"}
ALONG = {vi: en for vi, en in CARRIED_EN.items() if en in _CARRIED} | {
    "hộ chiếu": "passport", "ví": "wallet", "áo mưa": "raincoat", "áo khoác": "jacket", "áo len": "jumper",
    "áo ấm": "warm clothes", "kem chống nắng": "sunscreen", "nước": "water", "tiền mặt": "cash", "cục sạc": "charger",
    "bộ sạc": "charger", "sạc dự phòng": "power bank", "pin dự phòng": "power bank", "máy tính xách tay": "laptop",
    "laptop": "laptop", "thẻ căn cước": "ID card", "căn cước": "ID card", "chứng minh thư": "ID card",
    "bằng lái xe": "driving licence", "bằng lái": "driving licence"}
# ... those that are whose own ("your passport"), and those said with "some" ("some water"; "any" asked) or alone
_OWN = {"passport", "wallet", "phone", "charger", "camera", "laptop", "ID card", "driving licence"}
_SOME = {"water", "cash", "warm clothes"}
_ALONE = {"sunscreen"}
_FIRST_VI = {en: vi for vi, en in reversed(ALONG.items())}  # (the first Vietnamese of each is written back)
ALONG_VI = _FIRST_VI | {regular_plural(en): _FIRST_VI[en] for en in _OWN} | {
    "coat": "áo khoác", "sweater": "áo len", "mobile phone": "điện thoại", "phone charger": "sạc điện thoại",
    "charger": "cục sạc", "chargers": "cục sạc",  # (as mt/resources/terms.en-vi.txt writes them)
    "driver's license": "bằng lái xe", "driving license": "bằng lái xe"}
_ALONG_VI_KEYED = {keyed(en): vi for en, vi in ALONG_VI.items()}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mang|đem|cầm)"), "en": lazy(r"(?i:bring|brought|\btake|forget)")}

# taken along ("mang theo ô", "mang ô theo", "đem theo một chiếc áo khoác"; "cầm", hold, only with "theo")
_TAKEN = (r"(?P<verb>mang|đem|cầm)(?P<theo>\s+theo)?\s+(?:(?:một\s+)?(?:cái|chiếc)\s+|một\s+)?"
          rf"(?P<thing>(?i:{alternatives(ALONG)}))(?P<theo2>\s+theo)?")
# told ("Nhớ mang theo hộ chiếu nhé.", "Đừng quên mang ô.", "Mang theo áo khoác đi,"); "anh", "em" … only reminding
_TOLD = lazy(r"(?i:(?:(?P<you>bạn|các\s+bạn|anh|chị|em|con|cậu)\s+)?(?:(?P<remember>(?:hãy\s+)?nhớ)\s+|"
             rf"(?P<dont>đừng\s+quên)\s+|(?P<please>hãy)\s+)?{_TAKEN}"
             r"(?:\s+(?P<tail>nhé|nha|nhá|đấy|đó|đi))?)\s*(?P<end>[.!,]*)")
# asked ("Bạn có mang theo sạc không?", "Bạn đã mang hộ chiếu chưa?")
_ASKED = lazy(rf"{WHO}\s+(?:(?:có|đã)\s+)?{_TAKEN}\s+(?:không|chưa){SOFTENER}\s*\?+")
# said: forgot ("Tôi quên mang ô."), brought ("Tôi đã mang theo ô rồi."), not, should or needs to ("Bạn nên …",
# "Tôi có cần … không?")
_HOW = {"quên": "forgot", "quên mất": "forgot", "đã quên": "forgot", "không": "not", "nên": "should",
        "cần": "need", "không cần": "no need", "đã": "did"}
_SAID = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<how>{alternatives(_HOW)})\s+)?{_TAKEN}"
             rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
# ... in English, what each says
_SAID_EN = {"forgot": "forgot to bring", "not": "didn't bring", "should": "should bring", "did": "brought"}

# ... and in English ("an umbrella", "your passport", "some water"), with whom ("with you")
_THING_EN = rf"(?:(?P<det>(?i:an?|some|any|{WHOSE_WORDS}))\s+)?(?P<thing>(?i:{alternatives(ALONG_VI)}))"
_WITH = r"(?:\s+with\s+(?P<obj>you|me|him|her|us|them))?"
_TOLD_EN = lazy(r"(?:(?i:please)\s+)?(?:(?P<remember>(?i:remember\s+to|make\s+sure\s+(?:you|to)))\s+|"
                r"(?P<dont>(?i:don['’]t|do\s+not)\s+forget)(?P<to>\s+to)?\s+)?(?:(?P<verb>(?i:bring|take))\s+)?"
                rf"{_THING_EN}{_WITH}(?:,?\s+please)?\s*(?P<end>[.!,]*)")
_ASKED_EN = lazy(rf"(?P<do>Did|Do|Does|Should|Have|Has)\s+{WHO_EN}(?P<need>\s+need\s+to)?\s+"
                 rf"(?P<verb>bring|take|brought)\s+{_THING_EN}{_WITH}\s*\?+")
_STATED_EN = lazy(rf"{WHO_EN}(?P<aux>\s+forgot\s+to|\s+didn['’]t|\s+did\s+not|\s+should|\s+needs?\s+to|"
                  r"\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+need\s+to|['’]ve|['’]s|\s+have|\s+has)?"
                  rf"(?P<already>\s+already)?\s+(?P<verb>bring|take|brought)\s+{_THING_EN}{_WITH}"
                  r"\s*(?P<end>[.!,]*)")
# ... what each says, by the words before the verb (and whether they are said of he or she; None: either way)
_STATED_VI = {"forgot to": ("quên mang", None), "didn't": ("không mang theo", None),
              "did not": ("không mang theo", None), "should": ("nên mang theo", None),
              "need to": ("cần mang theo", False), "needs to": ("cần mang theo", True),
              "don't need to": ("không cần mang theo", False), "do not need to": ("không cần mang theo", False),
              "doesn't need to": ("không cần mang theo", True), "does not need to": ("không cần mang theo", True),
              "": ("đã mang theo", None), "'ve": ("đã mang theo", False), "have": ("đã mang theo", False),
              "'s": ("đã mang theo", True), "has": ("đã mang theo", True)}
_ASKED_VI = {"did": ("có mang theo", "không", None), "do": ("có cần mang theo", "không", False),
             "does": ("có cần mang theo", "không", True), "should": ("có nên mang theo", "không", None),
             "have": ("đã mang theo", "chưa", False), "has": ("đã mang theo", "chưa", True)}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that tells someone to bring something along, or asks or says who brought it,
    forgot it, should or needs to; None for any other."""
    if src == "vi":
        return _told(text) or _asked(text) or _said(text)
    return _told_vi(text) or _asked_vi(text) or _said_vi(text)


def _taken(m: re.Match) -> str | None:
    """The English of the thing of a match of _TAKEN ("umbrella"); None where "theo" is said twice, or "cầm" (hold)
    without it."""
    if m["theo"] and m["theo2"] or keyed(m["verb"]) == "cầm" and not (m["theo"] or m["theo2"]):
        return None
    return ALONG[keyed(m["thing"])]


def _ending(end: str) -> str:
    """A sentence's end as said ("!", "," where a clause ends so), "." for any other."""
    return "," if "," in end else "!" if "!" in end else "."


def _thing_en(en: str, whose: str | None, how: str = "", many: bool = False) -> str | None:
    """A thing in English as `how` says it ("": told or brought; "any": asked or not brought; "bare": forgotten):
    "an umbrella", "some water" ("any water", "water"), "sunscreen", and whose own with `whose` ("your passport",
    "our passports" for `many`); None for whose own with no `whose`."""
    if en in _OWN:
        return whose and f"{whose} {regular_plural(en) if many else en}"
    if en in _SOME:
        return {"any": "any ", "bare": ""}.get(how, "some ") + en
    return en if en in _ALONE else f"{'an' if en[0] in 'aeiou' else 'a'} {en}"


def _whose_en(m: re.Match, who_: str) -> str | None:
    """Whose own the thing is, for who of a match of WHO (`who_` as mt.hobbies.who wrote it): "my" for "tôi", "her"
    for "mẹ tôi", "his" for "Bác Hùng"; None for a name alone or "bạn tôi" (his or her?)."""
    if m["who"]:
        return WHOSE_OF[who_.lower()]
    return his_her_of(m)


def _told(text: str) -> str | None:
    """"Mang ô theo nhé." as "Bring an umbrella.", "Nhớ mang theo hộ chiếu nhé." as "Remember to bring your
    passport.", "Đừng quên mang ô." as "Don't forget to bring an umbrella.", "Mang theo áo khoác đi," as "Bring a
    jacket," (_TOLD); None for anything else, for "đi" without "theo" ("Mang ô đi.": take it away?), "anh", "em" …
    (the speaker?) but reminding, "Bạn nhớ mang ô." (reminded, or recalls?) and "Bạn mang ô." (said or told?)."""
    m = _TOLD.fullmatch(text)
    if not m or (en := _taken(m)) is None:
        return None
    tail, reminded, you = keyed(m["tail"] or ""), m["remember"] or m["dont"], keyed(m["you"] or "")
    if not reminded and (you not in ("", "bạn", "các bạn") or tail in ("đấy", "đó") or not (m["please"] or tail)) or \
            tail == "đi" and not (m["theo"] or m["theo2"]) or you and m["remember"] and not tail:
        return None
    told = "Remember to bring" if m["remember"] else "Don't forget to bring" if m["dont"] else "Bring"
    return f"{told} {_thing_en(en, 'your')}{_ending(m['end'])}"


def _asked(text: str) -> str | None:
    """"Bạn có mang theo sạc không?" as "Did you bring your charger?", "Mẹ bạn có mang ô không?" as "Did your mother
    bring an umbrella?" (_ASKED); None for anything else, and for the speaker asking of themselves."""
    m = _ASKED.fullmatch(text)
    if not m or (en := _taken(m)) is None or (said := who(m, True)) is None or said[0] in ("I", "we"):
        return None
    thing = _thing_en(en, _whose_en(m, said[0]), "any", said[0] == "they")
    return thing and f"Did {said[0]} bring {thing}?"


def _said(text: str) -> str | None:
    """"Tôi quên mang hộ chiếu." as "I forgot to bring my passport.", "Tôi đã mang theo ô rồi." as "I've brought an
    umbrella.", "Tôi không mang theo tiền mặt." as "I didn't bring any cash.", "Bạn nên mang theo áo khoác." as "You
    should bring a jacket.", "Tôi có cần mang theo hộ chiếu không?" as "Do I need to bring my passport?" (_SAID); None
    for anything else, and for "Tôi mang theo ô." (did, does or will?)."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or (en := _taken(m)) is None or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    how, (who_, one) = _HOW.get(keyed(m["how"] or ""), ""), said
    if m["ask"] and not asked or asked and how not in ("need", "should") or m["done"] and how not in (
            "", "did", "forgot") or how == "" and not m["done"]:
        return None
    thing = _thing_en(en, _whose_en(m, who_), {"not": "any", "forgot": "bare"}.get(how, "any" if asked else ""),
                      who_ in ("we", "they"))
    if thing is None:
        return None
    if asked:
        need = f"{'Does' if one else 'Do'} {who_} need to" if how == "need" else f"Should {who_}"
        return f"{need} bring {thing}?"
    end = _ending(m["end"])
    if m["done"] and how != "forgot":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} brought {thing}{end}"))
    doing = _SAID_EN.get(how) or (f"need{'s' * one} to bring" if how == "need" else
                                  f"{'doesn' if one else 'don'}'t need to bring")
    return capitalised(f"{who_} {doing} {thing}{end}")


def _vi(m: re.Match) -> str:
    """The Vietnamese of the thing of a match of _THING_EN ("ô", "hộ chiếu")."""
    return _ALONG_VI_KEYED[keyed(m["thing"])]


def _owns(m: re.Match) -> set[str]:
    """Whose own words go with who of a match of WHO_EN ("I": "my"; "my mother": "her"; a name: "his" or "her")."""
    if m["who"]:
        return {WHOSE_OF[m["who"].lower()]}
    whose = his_her(who_vi(m)[0]) if m["kin"] else None
    return {whose} if whose else {"his", "her"}


def _agrees(m: re.Match, owners: set[str], how: str = "") -> bool:
    """Whether the thing of a match of _THING_EN is said as English says it: whose own among `owners`, "some" (or
    `how`: "any" asked or not brought) or nothing before water, "a" or "an" as the word needs before one thing."""
    det, en = (m["det"] or "").lower(), ALONG[_vi(m)]
    if det in WHOSE_OF.values():
        return det in owners
    if en in _SOME | _ALONE:
        return det in ("", "some", how)
    return keyed(m["thing"]) == keyed(en) and det == ("an" if en[0] in "aeiou" else "a")


def _with(m: re.Match, whom: str) -> bool:
    """Whether "with …" of a match of _WITH is with who is said of (`whom`: "you", "me" …), or not said."""
    return not m["obj"] or m["obj"] == whom


def _whom(m: re.Match) -> str:
    """Who of a match of WHO_EN as an object ("me", "him"), for "with me"; "" for someone by kin or name."""
    said = m["who"] or ""
    return EN_OBJECT.get("I" if said == "I" else said.lower(), "")


def _told_vi(text: str) -> str | None:
    """"Bring a jacket." as "Mang theo áo khoác nhé.", "Take an umbrella with you." as "Mang theo ô nhé.", "Don't
    forget to bring your passport." as "Đừng quên mang theo hộ chiếu nhé.", "Remember to bring your passport." as
    "Nhớ mang theo hộ chiếu nhé.", "Take a jacket," as "Mang theo áo khoác nhé," (_TOLD_EN); None for anything else,
    "Bring umbrella." and "Bring my passport." (whose?)."""
    m = _TOLD_EN.fullmatch(text)
    if not m or (bool(m["verb"]) == (bool(m["dont"]) and not m["to"])) or not _agrees(m, {"your"}) or \
            not _with(m, "you"):
        return None
    told = "Nhớ mang" if m["remember"] else "Đừng quên mang" if m["dont"] else "Mang"
    return f"{told} theo {_vi(m)} nhé{_ending(m['end'])}"


def _asked_vi(text: str) -> str | None:
    """"Did you bring your charger?" as "Bạn có mang theo sạc không?", "Have you brought your passport?" as "Bạn đã
    mang theo hộ chiếu chưa?", "Do I need to bring my passport?" as "Tôi có cần mang theo hộ chiếu không?"
    (_ASKED_EN); None for anything else, and where a word does not agree ("Does you", "Has they")."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    do = m["do"].lower()
    said, ending, one = _ASKED_VI[do]
    who_, many = who_vi(m)
    if one is not None and one != many or bool(m["need"]) != (do in ("do", "does")) or (
            m["verb"] == "brought") != (do in ("have", "has")) or not _agrees(m, _owns(m), "any") or \
            not _with(m, _whom(m)):
        return None
    return capitalised(f"{who_} {said} {_vi(m)} {ending}?")


def _said_vi(text: str) -> str | None:
    """"I forgot to bring my umbrella." as "Tôi quên mang ô.", "I didn't bring my umbrella." as "Tôi không mang theo
    ô.", "I've brought an umbrella." as "Tôi đã mang theo ô rồi.", "You should bring a jacket." as "Bạn nên mang theo
    áo khoác.", "She doesn't need to bring her passport." as "Cô ấy không cần mang theo hộ chiếu." (_STATED_EN); None
    for anything else, and where a word does not agree ("She have brought", "He forgot to bring her passport")."""
    m = _STATED_EN.fullmatch(text)
    if not m:
        return None
    aux = " ".join((m["aux"] or "").replace("’", "'").split()).lower()
    said, one = _STATED_VI[aux]
    who_, many = who_vi(m)
    done = aux in ("'ve", "have", "'s", "has")
    if one is not None and one != many or (m["verb"] == "brought") != (aux == "" or done) or m["already"] and not \
            done or not _agrees(m, _owns(m), "any" if "n't" in aux or "not" in aux else "") or not _with(m, _whom(m)):
        return None
    return capitalised(f"{who_} {said} {_vi(m)}{' rồi' * done}{_ending(m['end'])}")
