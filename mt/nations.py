"""A country's people and its adjective, both ways: "là người Úc" ↔ "is Australian", "Người Na Uy" (a people) ↔
"Norwegians". v6 wrote a country or a language for them: "Tôi là người Mỹ." → "I'm the American.", "Người Na Uy rất
thân thiện." → "Norway is very close to the people.", "Người Ý làm cà phê ngon." → "The idea of coffee …"; "He is
Australian." → "Anh ta là Úc." (is Australia), "She's Japanese." → "Cô ấy tiếng Nhật." (Japanese the language),
"Norwegians are very friendly." → "Na Uy là …", "The Japanese are very polite." → "Nhật Bản …".

Only where the words speak of people: in Vietnamese "là người X" and "Người X" opening a sentence (not "người X đầu
tiên", the first X); in English the adjective after "is" with someone as the subject (not "The food is Chinese."),
the plural that names a people ("Norwegians"), and "the Japanese" before a verb.

    >>> [m.replacement for m in matches("Người Na Uy rất thân thiện.", "vi", "en")]
    ['Norwegians']
    >>> [m.replacement for m in matches("My wife is Korean and the Japanese are polite.", "en", "vi")]
    ['là người Hàn Quốc', 'người Nhật']
"""
from __future__ import annotations

import re

from .glossary import Match
from .lazy_re import lazy
from .tense import for_many
from .text import EN_WHO_VI, alternatives

# a country as Vietnamese names it and the English adjective; the first of two with one adjective is the one
# English is written back to ("Nhật" for "Japanese", not "Nhật Bản")
NATIONALITIES = {"Việt Nam": "Vietnamese", "Việt": "Vietnamese", "Mỹ": "American", "Anh": "British",
                 "Pháp": "French", "Đức": "German", "Nhật": "Japanese", "Nhật Bản": "Japanese", "Hàn Quốc": "Korean",
                 "Trung Quốc": "Chinese", "Úc": "Australian", "Nga": "Russian", "Ý": "Italian",
                 "Tây Ban Nha": "Spanish", "Thái Lan": "Thai", "Thái": "Thai", "Lào": "Lao", "Campuchia": "Cambodian",
                 "Na Uy": "Norwegian", "Ba Lan": "Polish", "Thụy Sĩ": "Swiss", "Thụy Điển": "Swedish",
                 "Phần Lan": "Finnish", "Đan Mạch": "Danish", "Hà Lan": "Dutch", "Bỉ": "Belgian",
                 "Ukraina": "Ukrainian", "Ấn Độ": "Indian", "Canada": "Canadian", "Brazil": "Brazilian",
                 "Hy Lạp": "Greek", "Thổ Nhĩ Kỳ": "Turkish", "Ai Cập": "Egyptian", "Singapore": "Singaporean",
                 "Malaysia": "Malaysian", "Indonesia": "Indonesian", "Philippines": "Filipino"}
_COUNTRY = {}
for _vi, _en in NATIONALITIES.items():
    _COUNTRY.setdefault(_en, _vi)
# a people in English: the adjective and "s", these, or "people" after it ("Japanese people")
_PLURAL = {"Thai": "Thais", "Greek": "Greeks", "Filipino": "Filipinos", "Turkish": "Turks", "Swedish": "Swedes",
           "Danish": "Danes", "Finnish": "Finns"}
_PEOPLE_OF = {en: _PLURAL.get(en, f"{en}s" if en.endswith("n") else f"{en} people") for en in _COUNTRY}
_PEOPLES = {said: en for en, said in _PEOPLE_OF.items() if not said.endswith(" people")}  # ("Norwegians")
# ... and in Vietnamese, "the Japanese" too (mt/traits.py: "Norwegians are very friendly.")
PEOPLES_VI = {said: f"người {_COUNTRY[en]}" for en, said in _PEOPLE_OF.items()} | {
    f"the {en}": f"người {_COUNTRY[en]}" for en in _COUNTRY}
# Vietnamese: not the first X, one of X descent, this X …
_NOT_A_PEOPLE = r"(?![\w])(?! (?:gốc|lai|nổi|đầu|cuối|duy|đã|mà|này|đó|ấy|kia|trai|em|cổ|xưa|[a-zà-ỹđ]+ (?:nhất|tiên)))"
_VI_COUNTRY = alternatives(NATIONALITIES)
_VI_BE = lazy(rf"(?<=\blà )(?:một )?người (?P<c>{_VI_COUNTRY}){_NOT_A_PEOPLE}")
_VI_WHO_IS = lazy(rf"(?i:anh ấy|cô ấy|chị ấy|ông ấy|bà ấy|chúng tôi|[^\W\d_]+(?:\s+(?:của\s+)?(?:tôi|mình|bạn|"
                  rf"anh ấy|cô ấy))?)\s+(?:cũng\s+)?là\s+(?:một\s+)?người\s+(?:{_VI_COUNTRY})\s*[.!]*")
# (one word, "Tôi", "Họ", "Maria", or someone's: "Bạn tôi", "Chồng tôi")
_NOW = {"was": "is", "were": "are"}
_VI_PEOPLE = lazy(rf"^\s*(?P<people>Người (?P<c>{_VI_COUNTRY}){_NOT_A_PEOPLE})")
# English: someone (a pronoun, a name, someone of one's own; not "It", "This" …), "is", the adjective, the end of the
# clause ("He is Australian.", "Are you American?")
_SOMEONE = (r"(?:I|[Yy]ou|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|(?!(?:It|This|That|These|Those|There|Here|What|Which|Everything|"
            r"Something|Nothing|Food)\b)[A-Z][a-z]+|(?:[Mm]y|[Yy]our|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)"
            r"\s+(?:friends?|wife|husband|mother|mom|father|dad|parents|boss|teacher|girlfriend|boyfriend|neighbou?rs?"
            r"|chef|doctor|guide|driver|colleagues?|brother|sister|son|daughter|partner|family|grandparents))")
_EN_ADJ = alternatives(_COUNTRY)
_EN_BE = lazy(rf"(?<!\w)(?:(?P<who>{_SOMEONE})(?P<be>\s+(?:is|are|was|were|am)|['’]m|['’]re|['’]s)"
              rf"(?P<also>\s+also)?|(?P<asked>Are|Is|Was|Were|Am)\s+{_SOMEONE})"
              rf"\s+(?P<adj>{_EN_ADJ})(?=\s*(?:[.,!?;]|$)|\s+(?:and|but|too|or)(?!\w))")
_EN_PEOPLE = lazy(rf"(?<![\w-])(?:[Tt]he\s+)?(?P<p>{alternatives(_PEOPLES)})(?![\w-])")
# not a people of a longer name ("North Koreans", "African Americans", "the 400 Richest Americans") nor after "we"
# ("we Italians": "chúng tôi, những người Ý")
_EN_NOT_ALONE = lazy(r"(?:\b(?!(?:The|Many|Most|Some|All|These|Those|Few|Several|Both|Two|Three|Young)\b)"
                     r"[A-Z][\w-]*|\b(?:[Ww]e|[Uu]s|[Yy]ou|[Oo]ther))\s+$")
_EN_THE = lazy(rf"(?<![\w-])[Tt]he\s+(?P<adj>{_EN_ADJ})(?=\s+(?:are|were|have|had|like|love|eat|drink|make|"
               r"live|say|believe|call|use|do|did|will|can|often|usually|always|never)(?!\w))")


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """A country's people and its adjective in `text`, each as the other language writes it."""
    if (src, tgt) == ("vi", "en"):
        return [Match(*m.span(), NATIONALITIES[m["c"]], "term") for m in _VI_BE.finditer(text)] + \
            [Match(*m.span("people"), people(NATIONALITIES[m["c"]]), "term") for m in _VI_PEOPLE.finditer(text)]
    if (src, tgt) == ("en", "vi"):
        found = [_is(m) for m in _EN_BE.finditer(text)]
        found += [Match(*m.span(), f"người {_COUNTRY[_PEOPLES[m['p']]]}", "term") for m in _EN_PEOPLE.finditer(text)
                  if not _EN_NOT_ALONE.search(text[:m.start()])]
        return found + [Match(*m.span(), f"người {_COUNTRY[m['adj']]}", "term") for m in _EN_THE.finditer(text)]
    return []


def _is(m: re.Match) -> Match:
    """"is Australian" → "là người Úc", "'s also Thai" → "cũng là người Thái Lan"; asked ("Are you American?"),
    "phải là người Mỹ" in the model's "có … không"."""
    said = f"là người {_COUNTRY[m['adj']]}"
    if m["asked"]:
        return Match(*m.span("adj"), f"phải {said}", "term")
    said = f"cũng {said}" if m["also"] else said
    if who := EN_WHO_VI.get(m["who"].lower()):  # v6 kept "I" before the stretch: "I là người Việt Nam."
        return Match(m.start(), m.end(), f"{who} {said}", "term")
    return Match(m.start("be") + len(m["be"]) - len(m["be"].lstrip()), m.end(), said, "term")


def people(adjective: str) -> str:
    """The people of a country's adjective: "Norwegians", "Thais", "Japanese people"."""
    return _PEOPLE_OF[adjective]


def agree(words: list[str], source: str) -> dict[int, str]:
    """The English verb mended, by its place, where the Vietnamese `source` opens with a people or is only someone
    and "là người X": after a people, said of many ("Người Na Uy rất thân thiện." → "Norwegians is …" → "are",
    "Koreans eats" → "eat"); before the country's adjective, in the present, where no word of time stands in the
    sentence ("Anh ấy là người Thụy Sĩ." → "He was Swiss." → "is"; not "Năm 1990 ông ấy là người Nga.")."""
    if _VI_WHO_IS.fullmatch(source.strip()):
        return {k: _NOW[w] for k, w in enumerate(words[:-1]) if w in _NOW and words[k + 1].strip(".!") in _COUNTRY}
    m = _VI_PEOPLE.match(source)
    who = people(NATIONALITIES[m["c"]]).split() if m else []
    k = len(who)
    if not who or words[:k] != who or k >= len(words) or not (verb := for_many(words[k].lower())):
        return {}
    return {k: verb}
