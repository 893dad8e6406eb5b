"""Text normalisation and sentence splitting, shared by training, evaluation and serving.

`normalize` is the one function every text goes through, whether it is a training pair, a test reference or a user's
input: Unicode NFC, HTML entities decoded, control characters dropped, one Vietnamese tone-mark placement, single
spaces. Changing it changes what models see, so it is deliberately small and tested case by case.
"""
from __future__ import annotations

import html
import re
import unicodedata
from .lazy_re import lazy

_CONTROL = lazy(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]")
_SPACES = lazy(r"[ \t\u00a0\u2000-\u200a\u3000]+")
# Only complete entities (`&amp;`, `&#39;`, `&#x27;`): html.unescape alone would also turn the bare `&not` of a
# menu label like "&Nothing" into "¬hing", since HTML5 accepts some entities without the semicolon.
_ENTITY = lazy(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A sentence ends at . ! ? … (optionally followed by closing quotes/brackets) before whitespace and
# an upper-case letter, digit or opening quote. Vietnamese capitals are covered by \w + isupper below.
_BOUNDARY = lazy(r"(?<=[.!?…])([\"'”’»)\]]*)\s+(?=[\"'“‘«(\[]?\w)")
# A dot after a title or an initial ends no sentence: English and Vietnamese titles (TP. = thành phố, city; ThS., TS.,
# GS., PGS., BS.: degrees and ranks) and one capital letter alone ("John F. Kennedy", "U.S. President").
_TITLES = {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Mt", "Gen", "Col", "Lt", "Capt", "Rev", "vs", "TP", "Tp",
           "ThS", "TS", "GS", "PGS", "BS"}
_TITLE_FORMS = {t.lower(): t for t in sorted(_TITLES) if t[0].isupper() and t[1:].islower()}  # "Mr", "Tp"
_TITLE_WORD = lazy(rf"(?<!\w)({'|'.join(_TITLE_FORMS)})\. (\w)", re.IGNORECASE)
_WORD_BEFORE_DOT = lazy(r"(?<![^\W\d_])([^\W\d_]+)\.$")
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# ... and in Vietnamese, the day's word with a capital ("thứ Hai"; "thứ hai" is also "second")
VI_DAYS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
EN_MONTHS = "January February March April May June July August September October November December".split()
# Nor does the dot of "a.m."/"p.m." before a day, a month or a time zone ("At 1:15 a.m. Saturday, ..."), or that of
# a month before its day ("Jan. 15")
_CLOCK_BEFORE_DOT = lazy(r"\d\s?[ap]\.m\.$", re.IGNORECASE)
_AFTER_CLOCK = lazy(rf"(?:{'|'.join(EN_DAYS + EN_MONTHS)}|[A-Z]{{2,4}}T|UTC)\b")
_MONTH_BEFORE_DOT = lazy(r"(?<!\w)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# The text before a sentence's first word: nothing, a full stop (or a colon) and space, or an opening quote or
# bracket. A capital there says nothing of the word ("Ông", "Im sure", "Sân bay").
SENTENCE_START = lazy(r"(?:(?:^|[.!?…:]\s+)[\"'“‘(«\[]?|[\"“«(]\s*)$")

# ---- Vietnamese tone-mark placement
# Only open syllables in oa, oe, uy are written two ways: "old" style marks the first vowel (hòa, khỏe, thủy),
# "new" style the second (hoà, khoẻ, thuỷ). Everywhere else both styles agree. We write the old style: it is
# 65% of the marked syllables in our training data, 93-96% in FLORES-200 and 86% in Tatoeba (docs/data.md).
TONE_STYLE = "old"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
_ONSET = r"(?:ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdđghklmnprstvx])?"  # valid first consonants; not qu- (quý, quả)
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_OLD = lazy(_LETTER_BEFORE + "(" + _ONSET + r")(?:([òóỏõọ])([ae])|([ùúủũụ])(y))" + _LETTER_AFTER, re.IGNORECASE)
_NEW = lazy(_LETTER_BEFORE + "(" + _ONSET + r")(?:(o)([àáảãạèéẻẽẹ])|(u)([ỳýỷỹỵ]))" + _LETTER_AFTER,
                  re.IGNORECASE)


def _move_tone(m: re.Match) -> str:
    onset = m.group(1)
    first, second = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
    a, b = unicodedata.normalize("NFD", first), unicodedata.normalize("NFD", second)
    tone = next(c for c in a + b if c in TONE_MARKS)
    if tone in b:  # the mark was on the second vowel: move it to the first
        a, b = a + tone, b.replace(tone, "")
    else:
        a, b = a.replace(tone, ""), b + tone
    return onset + unicodedata.normalize("NFC", a + b)


def place_tones(text: str, style: str = TONE_STYLE) -> str:
    """Write every oa/oe/uy syllable with the tone mark where `style` puts it ("old": hòa, "new": hoà).

    `text` must be NFC. Syllables that are not Vietnamese-shaped (a foreign first consonant, another letter after the
    vowels) are left alone, so "Chloé" or "toé" inside a longer word do not change."""
    if style not in ("old", "new"):
        raise ValueError(f"tone style must be 'old' or 'new', not {style!r}")
    return (_NEW if style == "old" else _OLD).sub(_move_tone, text)


def _unescape(m: re.Match) -> str:
    return html.unescape(m.group(0))


def normalize(text: str) -> str:
    """NFC, HTML entities decoded, no control characters, old-style tone marks, single spaces, stripped.
    Newlines are kept."""
    if "&" in text:
        text = _ENTITY.sub(_unescape, text)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text)
    text = place_tones(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


CLITIC_WORD = lazy(r"n't|'(?:s|re|ll|ve|m|d)")  # a whole word that join_clitics joins to the previous
_CLITIC = lazy(rf"(?<=\w) ({CLITIC_WORD.pattern})\b")


def join_clitics(text: str) -> str:
    """Rejoin Moses-tokenised English clitics (does n't -> doesn't, it 's -> it's). Part of the training data was
    tokenised so, and a model trained on it writes them; no clean English has them."""
    return _CLITIC.sub(r"\1", text) if "'" in text else text


def titled(text: str) -> str:
    """The text with each title the splitter knows written as a title where a word follows, and the word, a name,
    with a capital ("ms. brown" -> "Ms. Brown"; not after "Jr."): for text read from capitals
    (mt.restore.from_capitals), whose "MS." is more often "ms" in the tables, and "BROWN" "brown"."""
    def title(m: re.Match) -> str:
        form = _TITLE_FORMS[m.group(1).lower()]
        return f"{form}. {m.group(2) if form in ('Jr', 'Sr') else m.group(2).upper()}"

    return _TITLE_WORD.sub(title, text)


def _abbreviation(text: str, end: int) -> bool:
    m = _WORD_BEFORE_DOT.search(text, max(0, end - 6), end)  # titles are short; a longer word never matches
    if not m:
        return False
    word = m.group(1)  # in capitals too, where the whole text is ("CALL MR. SMITH")
    return word in _TITLES or word.isupper() and word.capitalize() in _TITLES or len(word) == 1 and word.isupper()


def ends_abbreviated(text: str) -> bool:
    """Whether the text's final dot is that of a title, an initial or "etc." ("Dr.", "U.S.", "v.v."), not a full
    stop."""
    return text.endswith(("etc.", "v.v.")) or text.endswith(".") and _abbreviation(text, len(text))


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences; never drops characters other than the separating spaces."""
    parts: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        nxt = text[m.end() : m.end() + 2].lstrip("\"'“‘«([")
        if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
            continue
        if _abbreviation(text, m.start()):  # "Mr. Smith", "George W. Bush": one sentence
            continue
        if _CLOCK_BEFORE_DOT.search(text, 0, m.start()) and _AFTER_CLOCK.match(text, m.end()):
            continue
        if _MONTH_BEFORE_DOT.search(text, 0, m.start()) and nxt[0].isdigit():
            continue
        end = m.start() + len(m.group(1))
        parts.append(text[start:end])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def is_shouting(text: str) -> bool:
    """Whether a sentence is written in capitals ("CẢNH BÁO: KHÔNG MỞ NẮP"): at least four cased letters, all upper
    case. Models see almost no such text in training and translate it badly."""
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) >= 4 and all(c.isupper() for c in cased)


def sentence_case(text: str) -> str:
    """The text in lower case with its first letter upper case. Unchanged where lower-casing would change the length
    (offsets into the text must still hold)."""
    low = text.lower()
    return text if len(low) != len(text) else capitalised(low)


def regular_plural(noun: str) -> str:
    """An English noun's plural by the regular rule ("bottles", "glasses", "secretaries"; of several words, the last:
    "bus drivers"), the ending a verb takes after he or she too (third_person)."""
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x", "z")) else "s")


def capitalised(text: str) -> str:
    """The text with its first letter upper case; a first word with a capital inside ("iPhone", "iPad", "eBay") is
    written as it is (three modules each kept a copy that left "iPhone" so)."""
    first = next((i for i, c in enumerate(text) if c.isalpha()), None)
    if first is None or any(c.isupper() for c in text[first + 1:].split(" ", 1)[0]):
        return text
    return text[:first] + text[first].upper() + text[first + 1 :]


# an English pronoun as Vietnamese says it, where who is not known better ("you" "bạn", "he" "anh ấy")
EN_WHO_VI = {"i": "tôi", "he": "anh ấy", "she": "cô ấy", "we": "chúng tôi", "they": "họ", "you": "bạn"}
EN_OBJECT = {"I": "me", "he": "him", "she": "her", "we": "us", "they": "them", "you": "you"}  # ("than me")
EN_WHOSE = {"I": "my", "he": "his", "she": "her", "we": "our", "they": "their", "you": "your"}  # ("my wallet")
EN_SELF = {"I": "myself", "you": "yourself", "he": "himself", "she": "herself", "we": "ourselves", "they": "themselves"}
WHOSE_OF = {who_.lower(): whose for who_, whose in EN_WHOSE.items()}  # (as typed in small letters: "i": "my")
EN_OBJECT_VI = {obj: EN_WHO_VI[who.lower()] for who, obj in EN_OBJECT.items()}  # ("him": "anh ấy")
# a particle ending a Vietnamese sentence that English does not say ("Bạn rảnh khi nào vậy?", "… ạ"); with "nhé"
# only where a module does not read "nhé" as an offer ("Tôi rửa bát nhé.": let me)
SOFTENER = r"(?:\s+(?:vậy|thế|nhỉ|ạ))?"
SOFTENER_NHE = r"(?:\s+(?:vậy|thế|nhỉ|ạ|nhé))?"
SOFTENED_END = rf"{SOFTENER}\s*(?P<end>[.!?]*)"  # (and the sentence's end, said or asked, as group "end")
# ... after "không" asking, as group "asked" ("Bạn có mệt không?"), or not
ASKED_END = rf"(?:\s+(?P<asked>không))?{SOFTENED_END}"
# "thế", "vậy" ending a statement say more than English would ("sợ thang máy thế": so afraid; "đi thang bộ vậy": then);
# asked, they only soften ("Bạn có sợ thang máy không vậy?"): a module that reads neither leaves a statement this finds
STRESSED_SAID = lazy(r"\s(?i:thế|vậy)\s*[.!]*\Z")
# "we", "us" or "our" in English: "chúng tôi", or "chúng ta" (the one spoken to among them)? A module that cannot tell
# leaves such a sentence, or such a question
WE_EN = lazy(r"(?i:\b(?:we|us|our)\b)")
# a question's end, a particle before it or not ("Bao nhiêu tiền vậy?")
SOFTENED_QUESTION = rf"{SOFTENER}\s*\?+"
# "nhỉ" asks to be agreed with ("Con tôi bị thủy đậu nhỉ.": hasn't he?): a module that writes the sentence as a
# plain statement, SOFTENER passing "nhỉ" over, leaves it (`agreement_asked`)
_NHI = lazy(r"(?i)(?<!\w)nhỉ(?!\w)")
_PRONOUNS = {"i", "you", "he", "she", "it", "we", "they"}
PAST_BE = {"am": "was", "is": "was", "are": "were"}  # ("I was", "we were")
BE_EN = r"(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)"  # "is", "am", "are" after who, contracted or not
# a contraction written out, for rules that compare English said either way ("won't" and "will not")
EXPANDED = {"won't": "will not", "n't": " not", "'m": " am", "'re": " are", "'ve": " have", "'ll": " will"}
_SHORT = {"am": "'m", "are": "'re", "is": "'s", "have": "'ve", "has": "'s", "will": "'ll"}


def be_said(said: str) -> str:
    """"is", "am" or "are" as said, contracted or not ("'s", "’re", " Is"): the three compared with `be`."""
    said = said.strip().lower().replace("’", "'")
    return {"'s": "is", "'m": "am", "'re": "are"}.get(said, said)


# the last word of who in English that says more than one ("my parents are", not "is")
_MANY = {"parents", "grandparents", "children", "kids"}


def be(who: str) -> str:
    """"am", "are" or "is" after who in English ("I", "you", "we", "they", "my parents"; anyone else)."""
    if who.rsplit(" ", 1)[-1] in _MANY:
        return "are"
    return {"I": "am", "you": "are", "we": "are", "they": "are"}.get(who, "is")


def stop(end: str | None) -> str:
    """A rule's statement's full stop as the source ended (`end`, what came after the last word): "!" or "." (a rule
    called through mt.phrasebook gets the "!" back there too, phrasebook._exclaimed; its own tests call it alone)."""
    return "!" if end and "!" in end else "."


def third_person(base: str) -> str:
    """The present of a verb's base after he or she ("go" → "goes", "study" → "studies", "have" → "has"); of a verb
    with words after it, its first word ("have to get" → "has to get")."""
    verb, space, rest = base.partition(" ")
    said = {"have": "has", "do": "does", "go": "goes"}.get(verb) or regular_plural(verb)  # (the nouns' ending)
    return f"{said}{space}{rest}"


def present(who: str, one: bool, verb: str, rest: str, asked: bool = False, denied: bool = False,
            end: str | None = None, adverb: str = "") -> str:
    """A sentence in the simple present, its verb agreed with who (`one`: he, she, a name), an `adverb` ("really ")
    before it: asked ("Does my mother like fireworks?"), `denied` ("My mother doesn't really like fireworks.") or said
    ("My mother really likes fireworks.", the full stop as the source `end`ed); `rest` may be empty ("Do you rent?").
    One place for what many rules wrote out each time."""
    rest = f" {rest}" if rest else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who} {adverb}{verb}{rest}?"
    if denied:
        return capitalised(f"{who} {'doesn' if one else 'don'}'t {adverb}{verb}{rest}{stop(end)}")
    return capitalised(f"{who} {adverb}{third_person(verb) if one else verb}{rest}{stop(end)}")


def progressive(who: str, be_: str, doing: str, asked: bool = False, end: str | None = None) -> str:
    """A sentence in the present progressive, `be_` agreed with who by the caller: asked ("Are you renting a flat?")
    or said, contracted where English contracts it ("I'm renting a flat.", the full stop as the source `end`ed)."""
    if asked:
        return f"{be_.capitalize()} {who} {doing}?"
    return capitalised(contracted(who, f"{be_} {doing}") + stop(end))


def contracted(who: str, said: str) -> str:
    """A pronoun and the words said of it, its verb contracted as English says it ("I'm staying", "we've been", "she'll
    be"); after anything else, and "have to", as it is ("my family is", "Lan is": "Lan's" reads as whose)."""
    verb, _, rest = said.partition(" ")
    if who.lower() not in _PRONOUNS or verb not in _SHORT or verb in ("have", "has") and rest.startswith("to "):
        return f"{who} {said}"  # (not "I've to go": "have to" is not contracted)
    return f"{who}{_SHORT[verb]} {rest}".rstrip()


_OPENERS = "\"'“‘«([¿¡ "  # what may come before a sentence's first word


def opened_as(source: str, word: str) -> str:
    """A translation's first word with a capital where the source sentence opens with one and the word is in small
    letters only: v6 opens 57 of the test sets' translations in small letters ("The temple was built ..." →
    "ngôi đền được xây dựng ..."), and no reference of theirs. A word with a capital inside ("iPhone") is left.
    Opening quotes and brackets are passed over on both sides ("“As I worked" → "“Khi tôi làm việc")."""
    lead = len(word) - len(word.lstrip(_OPENERS))
    rest = word[lead:]
    if source.lstrip(_OPENERS)[:1].isupper() and rest[:1].islower() and not any(c.isupper() for c in rest):
        return word[:lead] + rest[0].upper() + rest[1:]
    return word


VIET_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"  # 5 tones; circumflex, breve, horn


def keyed(words: str) -> str:
    """Words as the tables of the rules key them: small letters, one space apart ("Tiếng  Anh" → "tiếng anh")."""
    return " ".join(words.lower().split())


def agreement_asked(text: str) -> bool:
    """Whether a Vietnamese sentence holds "nhỉ", asking to be agreed with (isn't it?)."""
    return _NHI.search(text) is not None


def alternatives(words) -> str:
    """A regex alternation that takes any of `words`, longest first, with any spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


def strip_marks(text: str) -> str:
    """The text as typed without Vietnamese marks: tones, circumflex, breve and horn dropped, đ written d.
    One character for one, so the length is kept (NFC in, NFC out)."""
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("d" if ch == "đ" else "D")
            continue
        parts = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in VIET_MARKS))
                   if len(parts) > 1 else ch)
    return "".join(out)
