"""Marks on the skin that are not an illness, both ways, written whole by rule: freckles ("tàn nhang"), moles ("nốt
ruồi"), wrinkles ("nếp nhăn"), birthmarks ("vết bớt"), dark spots ("đốm nâu") and age spots ("đốm đồi mồi"): who has
them and where, who is starting to get them or getting more, and who wants one removed ("tẩy nốt ruồi"). v8 (rules
on) reads "tàn nhang" as devastation or chewing, "nốt ruồi" as a pot or flies, "tẩy" as boycotting, and back
"freckles" as suckling ("con bú"), "mole" as a hand or a mosquito: "Mặt tôi có nhiều tàn nhang." → "My hand has many
devastation.", "Cô ấy có một nốt ruồi trên má." → "She has a pot on the cheek.", "Mẹ tôi bắt đầu có nếp nhăn." → "My
mother began wrinking.", "Em bé có vết bớt ở lưng." → "The baby has a trace to her back.", "Bạn có tàn nhang không?"
→ "Are you devastating chewing?", "Cô ấy vừa đi tẩy nốt ruồi ở cằm." → "She had just boycotted the flies in the
chin."; "I have a lot of freckles." → "Tôi có rất nhiều con bú.", "She has a mole on her cheek." → "Cô ấy có một cái
bàn tay lên má.", "I want to have this mole removed." → "Tôi muốn có muỗi này bị gỡ bỏ.", "I had freckles as a
child." → "Tôi đã tham gia như một đứa trẻ.", "She has just had a mole removed." → "Cô ấy vừa mới có một muỗi.".

Taken: who (mt.hobbies.WHO, WHO_EN, and "em bé", "the baby") has marks of _MARKS ("có" or "bị"; "một", "nhiều", "vài",
two to ten; "nhiều … quá", "so many"), on a part of _PARTS said after ("trên má", "on her cheek") or first ("Mặt tôi
…"), around or at the corners of the eyes (wrinkles): said, denied, asked ("có … không?"), already ("rồi"), not yet
("chưa có", "có … chưa?"), and as a child (mt.childhood.AS_A_CHILD: "had", "as children" of "we", "they"); who is
starting, has started ("bắt đầu có"), or is getting more and more ("ngày càng (có) nhiều") freckles, wrinkles or spots;
who wants, does not want, is planning, has just had or had a mark removed ("tẩy", "xóa": this mole, a mole, the mole on
her chin, her freckles, her birthmark). Left: a mole bare with no place ("Cô ấy có nốt ruồi.": one or many?), "một" of
freckles, counts of two or more on a cheek, a shoulder, an arm (one, or both?), a part after "we" or "they" (one face?),
a name alone or "bạn tôi" with a part (his or her?), pets, "I" asked, "anh", "chị", "em" alone saying it, "em" asking
with "ạ" (the speaker), "Má" said first (a cheek, or in the South a mother: "Má tôi"), a statement ending in "thế",
"vậy" (so many? then?), a baby as a child, removing with no word of time ("Tôi tẩy nốt ruồi.") or wrinkles removed
(Botox, creams?), "the mole" with no place, a freckle counted ("a freckle", "two freckles": "một nốt tàn nhang"?), moles
of "we" or "they" (a garden's, a spy?) and one or two marks of theirs (shared?), a name's "his" or "her" not the name's
("John … her cheek"), melasma ("nám"), pimples and dry skin (mt/skin_troubles.py), looks and grey hair (mt/looks.py,
mt/features.py, mt/grey_hairs.py), sunburn and tans (mt/sunburn.py), creased clothes (mt/clothes_care.py), and anything
else.
mt.phrasebook.translate tries these after mt/stationery.py.

    >>> translate("Mặt tôi có nhiều tàn nhang.", "vi", "en"), translate("She has a mole on her cheek.", "en", "vi")
    ('I have a lot of freckles on my face.', 'Cô ấy có một nốt ruồi trên má.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .hobbies import WHO, WHO_EN, animal, em_speaking, who, who_vi, whose_own
from .lazy_re import lazy
from .names import named_his_her
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tàn\s+nhang|nốt\s+ruồi|nếp\s+nhăn|vết\s+nhăn|vết\s+bớt|đốm\s+nâu|đốm\s+đồi)"),
         "en": lazy(r"(?i:freckle|mole|wrinkle|birthmark|dark\s+spot|brown\s+spot|age\s+spot)")}
# the marks (English one, many; how a bare Vietnamese mark is read: "many" freckles, "one" birthmark, a "placed" mole
# is one only with a place said); the first Vietnamese of each English is written back
_MARKS = {"tàn nhang": ("freckle", "freckles", "many"), "nốt ruồi": ("mole", "moles", "placed"),
          "nếp nhăn": ("wrinkle", "wrinkles", "many"), "vết nhăn": ("wrinkle", "wrinkles", "many"),
          "vết bớt": ("birthmark", "birthmarks", "one"), "đốm nâu": ("dark spot", "dark spots", "many"),
          "đốm đồi mồi": ("age spot", "age spots", "many")}
_MARKS_VI = {en: vi for vi, (one, many, _) in reversed(_MARKS.items()) for en in (one, many)} | {
    "brown spot": "đốm nâu", "brown spots": "đốm nâu"}
_REMOVABLE = {"nốt ruồi", "tàn nhang", "vết bớt", "đốm nâu", "đốm đồi mồi"}  # (wrinkles "removed": Botox, creams?)
# where (English; True for a part of two: "má" is a cheek, or both); the first Vietnamese of each is written back
_PARTS = {"mặt": ("face", False), "má": ("cheek", True), "trán": ("forehead", False), "cằm": ("chin", False),
          "mũi": ("nose", False), "cổ": ("neck", False), "lưng": ("back", False), "vai": ("shoulder", True),
          "cánh tay": ("arm", True), "ngực": ("chest", False)}
_PARTS_VI = {en: vi for vi, (en, _) in _PARTS.items()} | {f"{en}s": vi for vi, (en, two) in _PARTS.items() if two}
_ON_VI = {"mặt", "má", "trán", "cằm", "mũi"}  # ("trên má", but "ở lưng")
# how many, in Vietnamese (English; "a" is mended to "an" by the mark)
_COUNTS = {"một": "a", "nhiều": "a lot of", "vài": "a few", "một vài": "a few"} | {
    vi_word(n): en_word(n) for n in range(2, 11)}
_COUNTS_EN = {"a": "một", "an": "một", "one": "một", "a lot of": "nhiều", "lots of": "nhiều", "many": "nhiều",
              "so many": "nhiều", "a few": "vài", "any": ""} | {en_word(n): vi_word(n) for n in range(2, 11)}
_UNCOUNTED_EN = ("", "any", "a lot of", "lots of", "many", "so many")  # (no number: said of freckles, of "we")

_WHO = rf"(?:(?P<baby>(?i:em\s+bé))(?:\s+(?:nhà|của)\s+(?P<bwhose>(?i:{alternatives(OWNERS)})))?|{WHO})"
_MARK = rf"(?P<mark>(?i:{alternatives(_MARKS)}))"
_WHERE = (rf"(?:\s+(?:(?:ở|trên)\s+(?P<part>(?i:{alternatives(_PARTS)}))|(?:ở\s+)?(?:xung\s+)?(?P<eyes>quanh)\s+mắt|"
          r"ở\s+(?P<corners>khóe|khoé|đuôi)\s+mắt))?")
_PART0 = rf"(?:(?P<part0>(?i:{alternatives(_PARTS)}))\s+(?:của\s+)?)?"
_HAVE = lazy(rf"(?:(?P<child>{AS_A_CHILD})\s*,?\s+)?{_PART0}{_WHO}\s+(?:(?P<ask>có)\s+bị|(?P<not>không|chưa)\s+"
             rf"(?:có|bị)|(?P<verb>có|bị))\s+(?:(?P<n>(?i:{alternatives(_COUNTS)}))\s+)?{_MARK}{_WHERE}"
             rf"(?:\s+(?P<much>quá))?(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{ASKED_END}")
_GET = lazy(rf"{_PART0}{_WHO}\s+(?:(?P<start>(?:đã\s+)?bắt\s+đầu)\s+(?:có|bị)|(?P<more>ngày\s+càng)\s+(?:có\s+)?"
            rf"nhiều)\s+{_MARK}{_WHERE}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_REMOVE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<how>muốn|không\s+muốn|định|vừa\s+mới|vừa|mới|đã)\s+(?:đi\s+)?"
               rf"(?:tẩy|xóa|xoá)\s+(?:(?P<n>một)\s+)?{_MARK}(?:\s+(?P<this>này)|{_WHERE}){ASKED_END}")

# ... and in English
_WHO_EN = rf"(?:(?P<baby>(?i:the|{WHOSE_WORDS}))\s+baby|{WHO_EN})"  # (group baby: "the", or whose)
_MARK_EN = rf"(?P<mark>(?i:{alternatives(_MARKS_VI)}))"
_WHERE_EN = (r"(?:\s+(?:on\s+(?P<owner>(?i:" + WHOSE_WORDS + r"|its))\s+(?P<part>" + alternatives(_PARTS_VI) +
             r")|(?P<eyes>around|(?P<corners>at\s+the\s+corners\s+of))\s+(?P<eowner>(?i:" + WHOSE_WORDS +
             r"|its))\s+eyes))?")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{_WHO_EN}(?:\s+(?P<done>already))?(?P<aux>\s+(?:have|has)(?:\s+got)?|"
                r"['’](?:ve|s)\s+got|\s+had|\s+(?:do|does|did)(?:\s+not|n['’]t)\s+have)?\s+(?:(?P<n>"
                rf"{alternatives(_COUNTS_EN)})\s+)?{_MARK_EN}{_WHERE_EN}(?:\s+(?P<yet>yet))?(?:\s+(?P<child>"
                rf"{AS_A_CHILD_EN}))?\s*(?P<end>[.!?]*)")
_GET_EN = lazy(rf"{_WHO_EN}(?P<be>\s+(?:is|am|are|has|have)|['’](?:s|m|re|ve))\s+(?:(?P<start>starting|started)\s+"
               rf"to\s+get|(?P<more>getting\s+more)(?:\s+and\s+more)?)\s+{_MARK_EN}{_WHERE_EN}\s*(?P<end>[.!]*)")
_REMOVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<how>\s+wants?\s+to|\s+(?:do|does)(?:\s+not|n['’]t)\s+want\s+to|"
                  r"\s+(?:is|am|are)\s+planning\s+to|['’](?:s|m|re)\s+planning\s+to|(?:\s+(?:has|have)|['’](?:s|ve))?"
                  r"\s+just)?\s+(?P<verb>have|get|had|got)\s+(?P<det>this|an?|the|(?i:" + WHOSE_WORDS + r"))\s+"
                  rf"{_MARK_EN}{_WHERE_EN}\s+removed\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has freckles, moles, wrinkles, a birthmark or dark spots
    (and where), who is getting them, or who wants one removed; None for any other."""
    if src == "vi":  # ("thế", "vậy" ending a statement say more: mt.text.STRESSED_SAID)
        return None if STRESSED_SAID.search(text) else _have(text) or _get(text) or _remove(text)
    text = text.replace("’", "'")
    return _have_vi(text) or _get_vi(text) or _remove_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool, str | None] | None:
    """Who of a Vietnamese match in English, whether one ("has"), and whose their own part is ("my", "her", "its" of
    a baby; None where English cannot tell, a name alone, or for "we" and "they": one face, or faces?); None for a
    pet, "I" asked, "anh", "em" … alone (mt.hobbies.who), and "em" asking with "ạ" (the speaker: em_speaking)."""
    if m.groupdict().get("baby"):
        return (f"{OWNERS[keyed(m['bwhose'])]} baby" if m["bwhose"] else "the baby"), True, "its"
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    if said[0] in ("we", "they"):
        return *said, None
    return *said, whose_own(m, said[0]) or ("their" if keyed(m["kin"] or "") == "con" else None)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "… chưa?"); None for a "?" with no asking words, asking words
    with no "?", "có bị" said, "không" both denying and asking, and "không?" with no "có"."""
    groups = m.groupdict()
    asked = bool(m["asked"] or groups.get("yet"))
    if asked != ("?" in m["end"]) or groups.get("ask") and not asked or asked and groups.get("not"):
        return None
    if m["asked"] and not (groups.get("ask") or groups.get("verb") == "có"):
        return None  # ("Bạn bị tàn nhang không?": no "có")
    return asked


def _first_read(m: re.Match) -> bool:
    """Whether a part said first in a Vietnamese match, if any, is read: not with a part after too, and not "Má" (a
    cheek, or in the South a mother: "Má tôi có nhiều nếp nhăn." is my mum's wrinkles as well as my cheeks')."""
    first = keyed(m["part0"] or "")
    return not first or first != "má" and not (m["part"] or m["eyes"] or m["corners"])


def _what(m: re.Match, n: str, whose: str | None) -> str | None:
    """The mark of a Vietnamese match in English, counted by `n` ("a", "a lot of", "two", "any", "" for none), where
    after it ("a mole on her cheek", "freckles on her cheeks", "wrinkles around her eyes"); None for a count that does
    not fit the mark ("a freckle"), a place with no whose, one around the eyes, and two or more on one of two parts
    ("hai nốt ruồi trên má": on one cheek, or both?)."""
    one, many, _ = _MARKS[keyed(m["mark"])]
    single, part = n in ("a", "the"), m.groupdict().get("part0") or m["part"]
    if single and one == "freckle" or (part or m["eyes"] or m["corners"]) and whose is None:
        return None
    said = f"{'an' if n == 'a' and one[0] in 'aeiou' else n} {one if single else many}".strip()
    if m["eyes"] or m["corners"]:
        where = "at the corners of" if m["corners"] else "around"
        return None if single else f"{said} {where} {whose} eyes"
    if not part:
        return said
    name, two = _PARTS[keyed(part)]
    if two and not single and n not in ("", "any", "a lot of", "so many"):
        return None
    return f"{said} on {whose} {name}{'s' if two and not single else ''}"


def _have(text: str) -> str | None:
    """"Mặt tôi có nhiều tàn nhang." as "I have a lot of freckles on my face.", "Cô ấy có một nốt ruồi trên má." as
    "She has a mole on her cheek.", "Bạn có tàn nhang không?" as "Do you have freckles?", "Mẹ tôi chưa có nếp nhăn."
    as "My mother doesn't have any wrinkles yet.", "Hồi nhỏ tôi có nhiều tàn nhang." as "I had a lot of freckles as a
    child." (_HAVE); None for anything else, a mole bare with no place ("Cô ấy có nốt ruồi.": one or more?), and a
    baby as a child."""
    m = _HAVE.fullmatch(text)
    if not m or not _first_read(m) or (asked := _asked(m)) is None:
        return None
    not_, done, child = keyed(m["not"] or ""), bool(m["done"]), bool(m["child"])
    yet = bool(m["yet"]) or not_ == "chưa"
    if done and (asked or not_) or child and (yet or done or m["baby"]) or \
            m["much"] and (keyed(m["n"] or "") != "nhiều" or asked or not_):
        return None
    said = _who(m, asked)
    if said is None:
        return None
    who_, one, whose = said
    _, _, bare = _MARKS[keyed(m["mark"])]
    placed = bool(m["part0"] or m["part"] or m["eyes"] or m["corners"])
    if m["n"]:
        n = "so many" if m["much"] else _COUNTS[keyed(m["n"])]
    elif asked or not_:  # ("Do you have freckles?", "… any moles?", "… a birthmark?"; "doesn't have any …")
        n = "a" if bare == "one" or bare == "placed" and placed and not not_ else "any" if (
            not_ or yet or bare == "placed") else ""
    else:
        n = "" if bare == "many" else "a" if bare == "one" or placed else None
    # (one mole, or two, had by all of us?)
    many_who = who_ in ("we", "they") and n not in ("", "any", "a lot of", "so many")
    what = None if n is None or many_who else _what(m, n, whose)
    if what is None:
        return None
    if child:
        kids = "as children" if who_ in ("we", "they") else "as a child"  # (not "We had freckles as a child.")
        if asked:
            return f"Did {who_} have {what} {kids}?"
        had = "didn't have" if not_ else "had"
        return capitalised(f"{who_} {had} {what} {kids}.")
    if asked:
        return f"{'Does' if one else 'Do'} {who_} have {what}{' yet' * yet}?"
    if not_:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {what}{' yet' * yet}.")
    return capitalised(f"{who_}{' already' * done} {'has' if one else 'have'} {what}.")


def _get(text: str) -> str | None:
    """"Mẹ tôi bắt đầu có nếp nhăn." as "My mother is starting to get wrinkles.", "… đã bắt đầu có …" as "… has
    started to get …", "Mặt tôi ngày càng nhiều tàn nhang." as "I'm getting more and more freckles on my face."
    (_GET); None for anything else, a birthmark (born with it), and "rồi" with "ngày càng"."""
    m = _GET.fullmatch(text)
    if not m or "?" in m["end"] or not _first_read(m) or m["more"] and m["done"]:
        return None
    said = _who(m, False)
    if said is None or _MARKS[keyed(m["mark"])][0] == "birthmark" or (what := _what(m, "", said[2])) is None:
        return None
    who_, one, _ = said
    if m["more"]:
        return capitalised(contracted(who_, f"{_be(who_, one)} getting more and more {what}."))
    if m["done"] or m["start"].startswith("đã"):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} started to get {what}."))
    return capitalised(contracted(who_, f"{_be(who_, one)} starting to get {what}."))


def _be(who_: str, one: bool) -> str:
    """"am", "is" or "are" after who in English."""
    return "am" if who_ == "I" else "is" if one else "are"


def _remove(text: str) -> str | None:
    """"Tôi muốn tẩy nốt ruồi này." as "I want to have this mole removed.", "Cô ấy vừa đi tẩy nốt ruồi ở cằm." as
    "She's just had the mole on her chin removed.", "Bạn có muốn tẩy tàn nhang không?" as "Do you want to have your
    freckles removed?", "Mẹ tôi định xóa đốm nâu trên mặt." as "My mother is planning to have the dark spots on her
    face removed." (_REMOVE); None for anything else, "we" and "they", and a mole bare ("tẩy nốt ruồi": which?)."""
    m = _REMOVE.fullmatch(text)
    how = keyed(m["how"]) if m else ""
    if not m or (asked := _asked(m)) is None or asked and how != "muốn" or m["ask"] and not asked:
        return None
    said = _who(m, asked)
    if said is None or said[0] in ("we", "they") or keyed(m["mark"]) not in _REMOVABLE:
        return None
    who_, one, whose = said
    one_, many, bare = _MARKS[keyed(m["mark"])]
    placed = m["part"] or m["eyes"] or m["corners"]
    if m["this"] or m["n"]:
        what = None if bare == "many" and one_ != "dark spot" or m["this"] and m["n"] else \
            f"this {one_}" if m["this"] else _what(m, "a", whose)
    elif placed:
        what = _what(m, "the" if bare != "many" else "", whose)
        what = what and (what if bare != "many" else f"the {what}")
    else:
        what = None if bare == "placed" or whose is None else f"{whose} {one_ if bare == 'one' else many}"
    if what is None:
        return None
    if asked:
        return f"{'Does' if one else 'Do'} {who_} want to have {what} removed?"
    said_ = {"muốn": f"{'wants' if one else 'want'} to have", "không muốn": f"{'doesn' if one else 'don'}'t want to "
             "have", "định": f"{_be(who_, one)} planning to have", "đã": "had"}.get(
        how, f"{'has' if one else 'have'} just had")
    return capitalised(contracted(who_, f"{said_} {what} removed."))


def _own(m: re.Match, word: str, who_: str, one: bool) -> bool:
    """Whether whose part (`word`, "my", "her", "its") of an English match is who's own: "I … my", "my mother … her",
    "the baby … its", "Lan … her", "Minh … his" (a name: as most who bear it are, mt.names.named_his_her, or his or
    hers); False for another's ("John … her", "Lan … his")."""
    word = word.lower()
    if m.groupdict().get("baby"):
        return word == "its"
    if m["who"]:
        return WHOSE_OF[m["who"].lower()] == word
    own = his_her(who_) if m["kin"] else named_his_her(m["given"]) if m["given"] else None
    return word == own if own else word in ("his", "her") or word == "their" and not m["given"]


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of an English match in Vietnamese, and whether English says it with "-s" ("the baby": "em bé", True;
    "my baby": "em bé nhà tôi"); None for a pet."""
    if m.groupdict().get("baby"):
        det = m["baby"].lower()
        return ("em bé" if det == "the" else f"em bé nhà {WHOSE_VI[det]}"), True
    return None if animal(m) else who_vi(m)


def _where_vi(m: re.Match, who_: str, one: bool, mark: str) -> tuple[str, str] | None:
    """Where of an English match in Vietnamese, as the part said first ("Mặt", for the face) and the words after the
    mark (" trên má", " ở lưng", " quanh mắt"); None where whose is not who's own, or "cheeks" of one mark."""
    owner = m["owner"] or m["eowner"]
    if owner is None:
        return "", ""
    if not _own(m, owner, who_, one):
        return None
    if m["eyes"]:
        return "", " ở khóe mắt" if m["corners"] else " quanh mắt"
    part = _PARTS_VI[m["part"].lower()]
    if m["part"].lower().endswith("s") and mark in {o for o, _, _ in _MARKS.values()}:
        return None  # ("a mole on her cheeks")
    if part == "mặt" and who_ not in ("chúng tôi", "họ"):
        return "Mặt ", ""
    return "", f" {'trên' if part in _ON_VI else 'ở'} {part}"


def _fits_vi(mark: str, n: str, who_: str) -> bool:
    """Whether Vietnamese says an English mark counted `n` ("a", "two", "a lot of", "") of who (in Vietnamese) as
    this module writes it: not freckles counted ("a freckle", "two freckles": "một nốt tàn nhang"?), nor moles of
    "we" or "they" (a garden's, a spy?) or a number of marks of theirs (each, or one shared?)."""
    uncounted = n in _UNCOUNTED_EN
    if who_ in ("chúng tôi", "họ") and (mark.startswith("mole") or not uncounted):
        return False
    return uncounted or not mark.startswith("freckle")


def _said_vi(who_: str, first: str, said: str, after: str) -> str:
    """Who and what is said of them in Vietnamese, with a part said first ("Mặt tôi có nhiều tàn nhang.")."""
    return capitalised(f"{first}{who_} {said}{after}") if first else capitalised(f"{who_} {said}{after}")


def _have_vi(text: str) -> str | None:
    """"I have a lot of freckles on my face." as "Mặt tôi có nhiều tàn nhang.", "She has a mole on her cheek." as "Cô
    ấy có một nốt ruồi trên má.", "Do you have freckles?" as "Bạn có tàn nhang không?", "She doesn't have any
    wrinkles yet." as "Cô ấy chưa có nếp nhăn.", "I had freckles as a child." as "Hồi nhỏ tôi có tàn nhang."
    (_HAVE_EN); None for anything else, a verb or "a" not agreeing ("She have", "a moles", "a age spot"), "had" with
    no childhood (when?), a baby as a child, whose part not who's own, and a count _fits_vi leaves."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    aux = " ".join(f"{m['q'] or ''} {m['aux'] or ''}".lower().replace("n't", " not").split())
    kind = {"have": "said", "has": "said", "'ve got": "said", "'s got": "said", "have got": "said",
            "has got": "said", "do have": "asked", "does have": "asked", "do not have": "not",
            "does not have": "not", "had": "past", "did have": "past asked", "did not have": "past not"}.get(aux)
    first = aux.split()[0] if aux else ""
    if kind is None or first not in ("had", "did") and (first in ("has", "does", "'s")) != one or \
            kind.startswith("past") != bool(m["child"]) or m["yet"] and kind not in ("asked", "not") or \
            m["done"] and kind != "said" or kind.endswith("asked") and who_ == "tôi" or m["child"] and m["baby"]:
        return None
    mark, n = m["mark"].lower(), (m["n"] or "").lower()
    single = mark in {o for o, _, _ in _MARKS.values()}
    if single != (n in ("a", "an", "one")) or n in ("a", "an") and n != ("an" if mark[0] in "aeiou" else "a") or \
            n == "any" and kind in ("said", "past") or n == "so many" and kind != "said" or not _fits_vi(mark, n, who_):
        return None
    where = _where_vi(m, who_, one, mark)
    if where is None:
        return None
    first_, after = where
    # (a birthmark is said bare: "Em bé có vết bớt ở lưng."; and one denied: "không có nốt ruồi", not "không có một …")
    count = _COUNTS_EN.get(n) if mark != "birthmark" and not (kind.endswith("not") and n in ("a", "an")) else ""
    what = f"{count + ' ' if count else ''}{_MARKS_VI[mark]}{after}"
    said_ = {"said": f"có {what}{' rồi' * bool(m['done'])}{' quá' * (n == 'so many')}.",
             "asked": f"có {what} {'chưa' if m['yet'] else 'không'}?", "not": f"{'chưa' if m['yet'] else 'không'} "
             f"có {what}.", "past": f"có {what}.", "past asked": f"có {what} không?", "past not": f"không có {what}."}
    return f"Hồi nhỏ {first_.lower()}{who_} {said_[kind]}" if m["child"] else _said_vi(who_, first_, said_[kind], "")


def _get_vi(text: str) -> str | None:
    """"My mother is starting to get wrinkles." as "Mẹ tôi bắt đầu có nếp nhăn.", "She has started to get wrinkles."
    as "Cô ấy đã bắt đầu có nếp nhăn.", "I'm getting more and more freckles on my face." as "Mặt tôi ngày càng nhiều
    tàn nhang." (_GET_EN); None for anything else, one mark or a birthmark, "is" or "has" not agreeing, and moles of
    "we" or "they" (_fits_vi)."""
    m = _GET_EN.fullmatch(text)
    if not m or (said := _who_vi(m)) is None:
        return None
    who_, one = said
    be_ = m["be"].strip().lower()
    be_ = {"'s": "is" if m["start"] != "started" else "has", "'m": "am", "'re": "are", "'ve": "have"}.get(be_, be_)
    mark = m["mark"].lower()
    wanted = ("has" if one else "have") if m["start"] == "started" else "am" if who_ == "tôi" else \
        "is" if one else "are"
    if be_ != wanted or mark in {o for o, _, _ in _MARKS.values()} or mark == "birthmarks" or \
            not _fits_vi(mark, "", who_):
        return None
    where = _where_vi(m, who_, one, mark)
    if where is None:
        return None
    first_, after = where
    vi = _MARKS_VI[mark]
    if m["more"]:
        return _said_vi(who_, first_, f"ngày càng {'' if first_ else 'có '}nhiều {vi}", f"{after}.")
    return _said_vi(who_, first_, f"{'đã ' * (m['start'] == 'started')}bắt đầu có {vi}", f"{after}.")


def _remove_vi(text: str) -> str | None:
    """"I want to have this mole removed." as "Tôi muốn tẩy nốt ruồi này.", "Do you want to get your freckles
    removed?" as "Bạn có muốn tẩy tàn nhang không?", "She has just had a mole removed." as "Cô ấy vừa tẩy một nốt
    ruồi.", "He had the mole on his chin removed." as "Anh ấy đã tẩy nốt ruồi ở cằm." (_REMOVE_EN); None for
    anything else, a verb not agreeing, wrinkles, "the" with no place, whose not who's own, and a freckle ("this
    freckle": "nốt tàn nhang"?, _fits_vi)."""
    m = _REMOVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    how = " ".join(f"{m['q'] or ''} {m['how'] or ''}".lower().replace("n't", " not").split())
    verb, det, mark = m["verb"], m["det"].lower(), m["mark"].lower()
    # what each says in Vietnamese; its first word must agree with who ("wants", "does", "is" …)
    said = {"wants to": "muốn", "want to": "muốn", "does want to": "có muốn", "do want to": "có muốn",
            "does not want to": "không muốn", "do not want to": "không muốn", "is planning to": "định",
            "'s planning to": "định", "are planning to": "định", "'re planning to": "định", "am planning to": "định",
            "'m planning to": "định", "has just": "vừa", "'s just": "vừa", "have just": "vừa", "'ve just": "vừa",
            "just": "vừa", "": "đã"}.get(how)
    first = {"'s": "is" if "planning" in how else "has", "'re": "are", "'m": "am", "'ve": "have"}.get(
        how.split(" ")[0], how.split(" ")[0])
    agrees = {"wants": one, "want": not one, "does": one, "do": not one, "is": one and who_ != "tôi",
              "are": not one and who_ != "tôi", "am": who_ == "tôi", "has": one, "have": not one}.get(first, True)
    if said is None or not agrees or (verb in ("had", "got")) != (said in ("vừa", "đã")) or \
            said == "có muốn" and who_ == "tôi":
        return None
    vi = _MARKS_VI[mark]
    single = mark in {o for o, _, _ in _MARKS.values()}
    if vi not in _REMOVABLE or who_ in ("chúng tôi", "họ") or not _fits_vi(mark, "a" if single else "", who_) or \
            det == "this" and not single or \
            det in ("a", "an") and (not single or det != ("an" if mark[0] in "aeiou" else "a")):
        return None
    where = _where_vi(m, who_, one, mark)
    if where is None or det == "the" and not (m["owner"] or m["eowner"]) or det in WHOSE_VI and (
            m["owner"] or m["eowner"] or not _own(m, det, who_, one)):
        return None
    first_, after = where
    after = f" trên mặt{after}" if first_ else after
    what = f"{vi} này" if det == "this" else f"một {vi}{after}" if det in ("a", "an") else f"{vi}{after}"
    if said == "có muốn":
        return capitalised(f"{who_} có muốn tẩy {what} không?")
    return capitalised(f"{who_} {said} tẩy {what}.")
