"""What someone is like (friendly, kind, lazy …), said or asked, both ways, written whole by rule. v7: "Cô ấy rất thân
thiện." → "She is very close.", "Họ rất lịch sự." → "They were very historical.", "Em trai tôi hơi lười." → "My younger
brother slightly shouted.", "Cô ấy rất chăm chỉ." → "She was very hard."; "My friend is very funny." → "Bạn tôi rất hài
lòng." (pleased), "My mother is very gentle." → "Mẹ tôi rất nhẹ." (light), "She is very hard-working." → "Cô ấy rất khó
làm.", "They are very polite." → "Họ rất thích thú.", "My brother is a bit lazy." → "Anh tôi là người lazy.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name); what they are like one or more of TRAITS, with how
much ("rất", "khá", "hơi", "lắm", "quá"; "very", "quite", "a bit", "so") or "không" ("not"), or "là người" before
them ("a … person"), or asked ("có … không?", "Is she …?"). Said of now only: "đã", a day and the like are left to the
model. mt.phrasebook.translate tries these after mt/directions.py.

    >>> translate("Cô ấy rất thân thiện.", "vi", "en"), translate("My brother is a bit lazy.", "en", "vi")
    ('She is very friendly.', 'Anh trai tôi hơi lười.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import WHO, WHO_EN, be_of, joined, listed, who, who_vi
from .lazy_re import lazy
from .nations import NATIONALITIES, PEOPLES_VI, people
from .rule_keys import agreement_checked
from .text import alternatives, be, be_said, capitalised, keyed

# what someone is like, and how English says it (the first Vietnamese of each is written back)
TRAITS = {"thân thiện": "friendly", "tốt bụng": "kind", "tử tế": "kind", "vui tính": "cheerful", "hài hước": "funny",
          "hiền": "gentle", "hiền lành": "gentle", "nghiêm khắc": "strict", "lười": "lazy", "lười biếng": "lazy",
          "chăm chỉ": "hard-working", "siêng năng": "hard-working", "thông minh": "smart", "nhút nhát": "shy",
          "kiên nhẫn": "patient", "lịch sự": "polite", "dễ thương": "cute", "nói nhiều": "talkative",
          "ít nói": "quiet", "trầm tính": "quiet", "năng động": "active", "cẩn thận": "careful",
          "hào phóng": "generous", "ích kỷ": "selfish", "thật thà": "honest", "trung thực": "honest",
          "khiêm tốn": "modest", "tự tin": "confident", "nóng tính": "hot-tempered", "dễ tính": "easy-going",
          "khó tính": "fussy", "bướng bỉnh": "stubborn", "ngoan": "well-behaved", "nghịch ngợm": "naughty",
          "đẹp trai": "handsome", "xinh đẹp": "beautiful", "xinh": "pretty"}
TRAITS_VI = {en: vi for vi, en in reversed(TRAITS.items())} | {
    "intelligent": "thông minh", "clever": "thông minh", "hardworking": "chăm chỉ", "easygoing": "dễ tính",
    "lovely": "dễ thương", "naughty": "nghịch ngợm", "good-looking": "đẹp trai"}
_TRAITS_KEYED = {keyed(vi): en for vi, en in TRAITS.items()}
_TRAITS_VI_KEYED = {keyed(en): vi for en, vi in TRAITS_VI.items()}
_TRAIT, _TRAIT_EN = rf"(?i:{alternatives(TRAITS)})", rf"(?i:{alternatives(TRAITS_VI)})"
_LIST, _LIST_EN = rf"(?P<traits>{joined(_TRAIT, 'và')})", rf"(?P<traits>{joined(_TRAIT_EN, 'and')})"
# how much, before the word or after it
_BEFORE = {"rất": "very", "khá": "quite", "hơi": "a bit", "cực kỳ": "extremely"}
_AFTER = {"lắm": "very", "quá": "so"}
# who: as in mt/hobbies.py, or a country's people ("Người Việt Nam", v7: "Vietnamese people are very close.";
# "Norwegians", "the Japanese": mt/nations.py)
_NATION = rf"[Nn]gười\s+(?P<country>{alternatives(NATIONALITIES)})"
_THE = [said.removeprefix("the ") for said in PEOPLES_VI if said.startswith("the ")]
_NATION_EN = (rf"(?P<nation>[Tt]he\s+(?:{alternatives(_THE)})|"
              rf"{alternatives(said for said in PEOPLES_VI if not said.startswith('the '))})")
_SAID = lazy(rf"(?:{WHO}|{_NATION})\s+(?:(?P<person>là\s+(?:một\s+)?người)\s+)?"
             rf"(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<before>{alternatives(_BEFORE)})\s+)?{_LIST}"
             rf"(?:\s+(?P<after>{alternatives(_AFTER)}))?"
             rf"(?:\s+(?P<asked>không))?(?:\s+(?:vậy|thế|ạ|nhỉ))?\s*(?P<end>[.!?]*)")
_BEFORE_EN = {"very": "rất", "really": "rất", "quite": "khá", "a bit": "hơi", "a little": "hơi",
              "extremely": "cực kỳ", "so": "quá"}
_SAID_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?(?:{WHO_EN}|{_NATION_EN})"
                rf"(?:(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)(?:\s+(?P<not>not)|(?P<nt>n['’]t))?)?"
                rf"\s+(?P<person>an?\s+)?(?:(?P<before>{alternatives(_BEFORE_EN)})\s+)?{_LIST_EN}"
                r"(?(person)\s+person)\s*(?P<end>[.!?]*)")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what someone is like; None for any other."""
    text = text.strip()
    if (src, tgt) == ("vi", "en"):
        return _like(text)
    return _like_vi(text) if (src, tgt) == ("en", "vi") else None


def _like(text: str) -> str | None:
    """"Cô ấy rất thân thiện." as "She is very friendly.", "Mẹ tôi là người rất hiền." as "My mother is a very gentle
    person.", "Anh ấy có tốt bụng không?" as "Is he kind?" (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked:
        return None
    # one word of how much, and none with a question or "không"; "là người" only said ("Tôi là người rất kiên nhẫn.")
    if m["before"] and (m["after"] or m["not"]) or asked and (m["before"] or m["after"] or m["not"] or m["person"]) \
            or m["person"] and (m["not"] or m["after"] or m["country"]):
        return None
    if m["country"]:  # (a people: "Norwegians are")
        who_, is_ = people(NATIONALITIES[" ".join(m["country"].split())]), "are"
    elif said := who(m, asked):
        who_, is_ = said[0], be(said[0])
    else:
        return None
    traits, _ = listed(m["traits"], _TRAITS_KEYED, {"và": "and"})
    if asked:
        return f"{is_.capitalize()} {who_} {traits}?"
    much = _BEFORE[keyed(m["before"])] if m["before"] else _AFTER[keyed(m["after"])] if m["after"] else ""
    if m["not"]:
        much = "very" if much else ""  # ("không … lắm": not very)
        return capitalised(f"{who_} {is_} not {much} {traits}.".replace("  ", " "))
    if m["person"]:
        words = f"{much} {traits}".strip()
        return capitalised(f"{who_} {is_} {a_or_an(words)} {words} person{m['end'] or '.'}")
    return capitalised(f"{who_} {is_} {much} {traits}".replace("  ", " ") + (m["end"] or "."))


def _like_vi(text: str) -> str | None:
    """"She is very friendly." as "Cô ấy rất thân thiện.", "He isn't very patient." as "Anh ấy không kiên nhẫn
    lắm.", "Is your mother strict?" as "Mẹ bạn có nghiêm khắc không?" (_SAID_EN); None for anything else, and where
    "is", "am" or "are" does not agree with who."""
    m = _SAID_EN.fullmatch(text)
    not_ = m and (m["not"] or m["nt"])
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    if m["person"] and (m["be0"] or not_) or m["be0"] and m["before"] \
            or not_ and m["before"] and m["before"].lower() not in ("very", "really"):  # ("not very": không … lắm)
        return None
    if m["nation"]:
        who_, one = PEOPLES_VI[re.sub(r"^The\b", "the", " ".join(m["nation"].split()))], False
    else:
        who_, one = who_vi(m)
    said_be = be_said(m["be0"] or m["be"])
    if said_be != be_of(who_, one) or m["nation"] and m["person"]:
        return None
    traits, _ = listed(m["traits"], _TRAITS_VI_KEYED, {"and": "và"})
    if m["be0"]:
        return capitalised(f"{who_} có {traits} không?")
    much = m["before"].lower() if m["before"] else ""
    if not_:
        return capitalised(f"{who_} không {traits}{' lắm' if much in ('very', 'really') else ''}.")
    said = f"{traits} quá" if much == "so" else f"{_BEFORE_EN[much]} {traits}" if much else traits
    return capitalised(f"{who_} {'là người ' if m['person'] else ''}{said}{m['end'] or '.'}")
