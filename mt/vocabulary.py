"""Learning a language's words, grammar and pronunciation, both ways, written whole by rule: learning vocabulary or new
words (now, every day, how many), forgetting them, being weak or good at grammar, whose grammar or pronunciation is good
or poor, mispronouncing a word or a name, and checking the dictionary. v8 (rules on) reads "từ vựng" as "from", "phát
âm" as a sound, "chuẩn" as standard and "tra" as nothing: "Tôi đang học từ vựng." → "I'm learning from vocabulary.",
"Mỗi ngày tôi học mười từ mới." → "I learned ten new words every day.", "Tôi kém ngữ pháp tiếng Anh." → "I'm poor
English grammar.", "Cô ấy giỏi ngữ pháp." → "She is good at law.", "Phát âm của bạn rất chuẩn." → "Your sound is very
standard.", "Tôi phát âm sai từ này." → "I sound wrong from this word.", "Tôi đang tra từ điển." → "I'm looking for
class."; "I'm learning vocabulary." → "Tôi đang học vựng.", "I keep forgetting new words." → "Tôi giữ lời mới.", "Your
pronunciation is very good." → "Sự ủng hộ của bạn rất tốt.", "You mispronounced my name." → "Bạn đã thông báo tên tôi.",
"She's good at grammar." → "Cô ấy rất giỏi grammar.".

Taken: who (mt.hobbies.WHO, WHO_EN; people, not pets) is learning vocabulary or new words (of a language of
mt/skills.py's), asked; learns them, or a count of them (2–100, mt.numbers; from 2 in figures), every day, week …
(mt.hobbies.EVERY), asked, how many asked; often, always, never … (mt.hobbies.SELDOM) forgets vocabulary or new words
("I often forget new words.", "I keep forgetting …"), asked; is (very, quite, not, not yet) good at grammar, asked, or
weak at it ("My English grammar is weak."); whose grammar or pronunciation is good, weak or poor, not, not yet, asked;
who mispronounced ("sai … rồi", or bare, as the brief reads it) or often mispronounces this word or whose name, or
pronounced it wrong ("rồi"); who is checking the dictionary or looking this word up in it, often does, asked; whether
someone has checked it yet; "Để tôi tra từ điển." and "Tra từ điển đi.". Left: a bare "Tôi học từ vựng." or "Tôi quên từ
vựng." (now, a habit, or done?), a count learned on a day ("Hôm qua tôi học được hai mươi từ mới.": v8 right one way),
"Tôi tra từ điển." (when?), "Tôi đã tra từ điển (rồi)." and a word forgotten ("Tôi quên mất từ này rồi.": v8 near
right), a count of one or none, "kém ngữ pháp" asked or denied, "hơi tốt", "giỏi" said of grammar itself, how a word is
pronounced or what it means (mt/repeats.py's), speaking a language and how well (mt/languages.py, mt/skills.py),
spelling (mt/spelling.py), lessons, homework, revising and tests (mt/lessons.py, mt/homework.py, mt/revising.py,
mt/language_tests.py), a dictionary lent (mt/loans.py), a pet as who, "anh", "chị", "em" alone saying it, "em" asking
with "ạ" (the speaker), "I" asking what only others know ("Tôi có đang học từ vựng không?"), a "?" on a statement,
"thế", "vậy" ending one, and anything else.
mt.phrasebook.translate tries these after mt/hair_brushing.py.

    >>> translate("Tôi kém ngữ pháp tiếng Anh.", "vi", "en"), translate("I keep forgetting new words.", "en", "vi")
    ('My English grammar is weak.', 'Tôi hay quên từ mới.')
"""
from __future__ import annotations

import re

from .hobbies import (EVERY, EVERY_VI, HABIT_VI, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, be_agrees,
                      em_speaking, pet, someone, who, who_vi)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .skills import LANGUAGE_OF, LANGUAGES_VI
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted,
                   keyed, present, progressive, stop)

_KEYS = {"vi": lazy(r"(?i:từ\s+vựng|từ\s+mới|ngữ\s+pháp|phát\s+âm|từ\s+điển|quên\s+từ)"),
         "en": lazy(r"(?i:vocabulary|new\s+words|new\s+\w+\s+words|grammar|pronunciation|pronounce|dictionary)")}
# counts of words, 2 to 100 in words (mt.numbers), from 2 in figures (not "1 new words")
_N_VI, _N_EN = {vi_word(n): n for n in range(2, 101)}, {en_word(n): n for n in range(2, 101)}
_N = rf"(?P<n>[2-9]|[1-9]\d\d?|(?i:{alternatives(_N_VI)}))"
_NUM_EN = rf"(?P<n>[2-9]|[1-9]\d\d?|(?i:{alternatives(_N_EN)}))"
_LANG = rf"(?:\s+(?P<lang>(?i:tiếng)\s+(?i:{alternatives(k.split(' ', 1)[1] for k in LANGUAGE_OF)})))?"
_LANG_EN = rf"(?:(?P<lang>{alternatives(LANGUAGES_VI)})\s+)?"
_WHAT = r"(?P<what>(?i:từ\s+vựng|từ\s+mới))"
_WORDS_EN = rf"(?:{_LANG_EN}(?P<voc>vocabulary)|new\s+(?:(?P<lang2>{alternatives(LANGUAGES_VI)})\s+)?words)"
_EVERY, _EVERY_EN = rf"(?i:{alternatives(EVERY)})", rf"(?i:{alternatives(EVERY_VI)})"
_SELDOM = rf"(?i:{alternatives(SELDOM)})"
# how good: "rất", "khá", "hơi" before, "lắm", "quá" after (_degree)
_VERY = {"rất": "very", "khá": "quite", "hơi": "a bit"}
_VERY_VI = {"very": "rất", "really": "rất", "quite": "khá", "a bit": "hơi"}
_GOOD = {"chuẩn": "good", "tốt": "good", "giỏi": "good", "kém": "weak", "yếu": "weak"}
_HOW = r"(?:(?P<very>rất|khá|hơi)\s+)?(?P<how>chuẩn|tốt|giỏi|kém|yếu)"
_MUCH = r"(?:\s+(?P<much>lắm|quá))?"

_LEARNING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?đang\s+học\s+{_WHAT}{_LANG}{ASKED_END}")
_HABIT = lazy(rf"(?:(?P<every0>{_EVERY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?học\s+(?:(?P<got>được)\s+)?"
              rf"(?:{_N}\s+|(?P<how>bao\s+nhiêu|mấy)\s+)?{_WHAT}{_LANG}(?:\s+(?P<every>{_EVERY}))?{ASKED_END}")
_FORGET = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<often>{_SELDOM})\s+quên\s+{_WHAT}{_LANG}{ASKED_END}")
# grammar or pronunciation, whose ("Phát âm của bạn rất chuẩn."), who is good at grammar, who pronounces well
_ASK_NOT = r"(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?"
_OF = lazy(rf"(?P<thing>(?i:ngữ\s+pháp|phát\s+âm)){_LANG}\s+(?:của\s+)?{WHO}\s+{_ASK_NOT}{_HOW}{_MUCH}{ASKED_END}")
_GOOD_AT = lazy(rf"{WHO}\s+{_ASK_NOT}{_HOW}\s+(?P<thing>ngữ\s+pháp){_LANG}{_MUCH}{ASKED_END}")
_SAYS = lazy(rf"{WHO}\s+{_ASK_NOT}(?P<thing>phát\s+âm){_LANG}\s+{_HOW}{_MUCH}{ASKED_END}")
_WRONG = lazy(rf"{WHO}\s+(?:(?P<tense>đã|hay|thường|luôn)\s+)?phát\s+âm\s+sai(?:\s+(?:từ\s+(?P<this>này|đó|ấy)|tên\s+"
              rf"(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_LOOK = lazy(rf"(?:(?P<let>[Đđ]ể)\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<did>đã)\s+|(?P<ing>đang)\s+|(?P<often>"
             rf"{_SELDOM})\s+)?tra\s+(?:từ\s+(?P<this>này|đó)\s+trong\s+)?từ\s+điển(?:\s+(?P<yet>chưa))?{ASKED_END}")
_LOOK_GO = lazy(r"(?:(?P<you>[Bb]ạn)\s+)?(?:[Hh]ãy\s+)?[Tt]ra\s+từ\s+điển(?P<go>\s+đi)?\s*(?P<end>[.!]*)")

# ... in English
_LEARNING_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?\s+learning\s+{_WORDS_EN}\s*(?P<end>[.!?]*)")
_HABIT_EN = lazy(rf"(?:(?P<every0>{_EVERY_EN})\s*,?\s+)?(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<verb>learns?)\s+"
                 rf"(?:{_NUM_EN}\s+)?{_WORDS_EN}(?:\s+(?P<every>{_EVERY_EN}))?\s*(?P<end>[.!?]*)")
_MANY_EN = lazy(rf"How\s+many\s+new\s+(?:(?P<lang2>{alternatives(LANGUAGES_VI)})\s+)?words\s+(?P<q>do|does)\s+"
                rf"{WHO_EN}\s+learn\s+(?P<every>{_EVERY_EN})\s*\?+")
_FORGET_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?:(?P<often>{alternatives(HABIT_VI)})\s+(?P<verb>forgets?)|"
                  rf"(?P<keep>keeps?)\s+forgetting)\s+{_WORDS_EN}\s*(?P<end>[.!?]*)")
_DEGREE_EN = r"(?:\s+(?P<very>very|really|quite|a\s+bit|so))?"
_OF_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_LANG_EN}"
              rf"(?P<thing>grammar|pronunciation)(?P<be>\s+is|['’]s)?(?P<not>\s+not|n['’]t)?{_DEGREE_EN}\s+"
              r"(?P<how>good|weak|poor|bad)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_GOOD_AT_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?{_DEGREE_EN}\s+"
                   rf"(?P<how>good|weak|poor|bad)\s+at\s+{_LANG_EN}grammar\s*(?P<end>[.!?]*)")
_WRONG_EN = lazy(rf"{WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)?(?:\s+(?P<often>often|always|usually))?\s+(?:(?P<verb>"
                 rf"mispronounced|mispronounces?)\s+(?:(?P<this>this|that)\s+word|(?P<poss>(?i:{WHOSE_WORDS}))\s+name)"
                 r"|(?P<it>pronounced\s+it\s+wrong(?:ly)?))\s*(?P<end>[.!]*)")
_DICT_EN = (r"(?:(?P<check>(?i:check|checks|checking|checked))\s+(?:the|a)\s+dictionary|(?P<look>(?i:look|looks|"
            r"looking|looked))\s+(?:it|(?P<this>this|that)\s+word)\s+up\s+in\s+(?:the|a)\s+dictionary)")
_LOOK_EN = lazy(rf"(?:(?P<let>Let\s+me)\s+|(?:(?P<q>Are|Is|Am|Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+am|\s+is|\s+are|"
                rf"['’]m|['’]re|['’]s|\s+have|\s+has|['’]ve)?(?:\s+(?P<often>{alternatives(HABIT_VI)}))?\s+)?"
                rf"{_DICT_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of learning vocabulary, forgetting words, grammar, pronunciation or the
    dictionary; None for any other."""
    if src == "vi":  # ("thế", "vậy" ending a statement say more than English would: "Tôi kém ngữ pháp thế.")
        return None if STRESSED_SAID.search(text) else (_learning(text) or _habit(text) or _forget(text)
                                                         or _quality(text) or _wrong(text) or _look(text))
    text = text.replace("’", "'")
    return (_learning_vi(text) or _habit_vi(text) or _many_vi(text) or _forget_vi(text)
            or _of_vi(text) or _good_at_vi(text) or _wrong_vi(text) or _look_vi(text))


def _who(m: re.Match, asked: bool, self_asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet, "anh" … saying it, "em" asking
    with "ạ" (the speaker), and "I" asked unless `self_asked` (one may ask whether one's own pronunciation is good)."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" and not self_asked else said


def _person_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one (mt.hobbies.who_vi); None for a pet or none said."""
    return who_vi(m) if (m["who"] or m["kin"] or m["given"]) and not animal(m) else None


def _lang(m: re.Match) -> str:
    """The language of a Vietnamese match in English, with a space after it ("English "), or ""."""
    return f"{LANGUAGE_OF[keyed(m['lang'])]} " if m["lang"] else ""


def _lang_vi(m: re.Match) -> str:
    """The language of an English match in Vietnamese, with a space before it (" tiếng Anh"), or ""."""
    lang = m.groupdict().get("lang") or m.groupdict().get("lang2")
    return f" {LANGUAGES_VI[lang]}" if lang else ""


def _words(m: re.Match, counted: bool = False) -> str:
    """The words of a Vietnamese match in English: "vocabulary", "English vocabulary", "new words", "new English
    words" ("words" counted of "từ vựng": "ten words")."""
    lang = _lang(m)
    return f"{lang}{'words' if counted else 'vocabulary'}" if keyed(m["what"]) == "từ vựng" else f"new {lang}words"


def _count(said: str, lang: str) -> str:
    """A count of words said in `lang` ("vi", "en") in the other language: "mười" → "ten", "10" as it is."""
    return said if said.isdigit() else en_word(_N_VI[keyed(said)]) if lang == "vi" else vi_word(_N_EN[keyed(said)])


def _learning(text: str) -> str | None:
    """"Tôi đang học từ vựng." as "I'm learning vocabulary.", "Bạn có đang học từ mới không?" as "Are you learning
    new words?" (_LEARNING); None for anything else."""
    m = _LEARNING.fullmatch(text)
    asked = m and asked_of(m)
    said = asked is not None and m and _who(m, asked)
    return progressive(said[0], be(said[0]), f"learning {_words(m)}", asked, m["end"]) if said else None


def _habit(text: str) -> str | None:
    """"Mỗi ngày tôi học mười từ mới." as "I learn ten new words every day.", "Bạn có học từ vựng mỗi ngày không?"
    as "Do you learn vocabulary every day?", "Mỗi ngày bạn học bao nhiêu từ mới?" as "How many new words do you learn
    every day?" (_HABIT); None for anything else, and with no day said or two."""
    m = _HABIT.fullmatch(text)
    if not m or bool(m["every0"]) == bool(m["every"]) or m["got"] and not (m["n"] or m["how"]):
        return None
    every = EVERY[keyed(m["every0"] or m["every"])]
    if m["how"]:
        said = "?" in m["end"] and not (m["ask"] or m["asked"]) and _who(m, True)
        return said and f"How many {_words(m, True)} {'does' if said[1] else 'do'} {said[0]} learn {every}?"
    asked = asked_of(m)
    said = asked is not None and _who(m, asked)
    if not said or m["n"] and asked:
        return None
    words = f"{_count(m['n'], 'vi')} {_words(m, True)}" if m["n"] else _words(m)
    return present(*said, "learn", f"{words} {every}", asked, end=m["end"])


def _forget(text: str) -> str | None:
    """"Tôi hay quên từ vựng." as "I often forget new words.", "Bạn có hay quên từ mới không?" as "Do you often forget
    new words?" (_FORGET); None for anything else, and asked of "always", "never"."""
    m = _FORGET.fullmatch(text)
    asked = m and asked_of(m)
    said = asked is not None and m and _who(m, asked)
    often = said and SELDOM[keyed(m["often"])]
    if not said or asked and often not in ("often", "usually"):
        return None
    return present(*said, "forget", f"new {_lang(m)}words", asked, end=m["end"], adverb=f"{often} ")


def _degree(m: re.Match, not_: bool) -> str | None:
    """How good of a Vietnamese match in English, a space after it ("very ", "quite ", "not very "), or ""; None for
    "rất … lắm", "hơi" with good, "quá" denied."""
    very, much, how = m["very"], keyed(m["much"] or ""), _GOOD[m["how"]]
    if very and much or very == "hơi" and how == "good" or not_ and (very or much == "quá"):
        return None
    return "so " if much == "quá" else "very " if much else f"{_VERY[very]} " if very else ""


def _quality(text: str) -> str | None:
    """"Phát âm của bạn rất chuẩn." and "Bạn phát âm rất chuẩn." as "Your pronunciation is very good.", "Tôi kém ngữ
    pháp tiếng Anh." as "My English grammar is weak.", "Cô ấy giỏi ngữ pháp." as "She's good at grammar.", "Bạn có
    giỏi ngữ pháp không?" as "Are you good at grammar?" (_OF, _GOOD_AT, _SAYS); None for anything else, weak denied
    or asked, and "giỏi" said of grammar itself."""
    m = next((m for p in (_OF, _GOOD_AT, _SAYS) if (m := p.fullmatch(text))), None)
    asked = m and asked_of(m)
    said = asked is not None and m and _who(m, asked, self_asked=_GOOD_AT != m.re)
    if not said or (_GOOD_AT == m.re) != (m["how"] == "giỏi") and m["how"] in ("giỏi", "chuẩn", "tốt"):
        return None
    how, not_ = _GOOD[m["how"]], keyed(m["not"] or "")
    degree = _degree(m, bool(not_))
    if degree is None or how == "weak" and (not_ or asked) or asked and degree:
        return None
    thing = "grammar" if keyed(m["thing"]) == "ngữ pháp" else "pronunciation"
    how = "poor" if how == "weak" and thing == "pronunciation" else how
    if m["how"] == "giỏi":
        who_, be_ = said[0], be(said[0])
        if asked:
            return f"{be_.capitalize()} {who_} good at {_lang(m)}grammar?"
        # ("I'm not", "she's not"; "my brother isn't": mt.text.contracted contracts only pronouns)
        neg = " not" if who_ in EN_WHOSE else "n't"
        said_ = f"{be_}{neg if not_ else ''} {degree}good at {_lang(m)}grammar{' yet' if not_ == 'chưa' else ''}"
        return capitalised(contracted(who_, said_) + stop(m["end"]))
    owner = EN_WHOSE.get(said[0]) or f"{said[0]}'s"  # ("my", "my mother's", "Lan's")
    whose = f"{owner} {_lang(m)}{thing}"
    if asked:
        return f"Is {whose} good?"
    if not_:
        return capitalised(f"{whose} isn't {degree}good{' yet' if not_ == 'chưa' else ''}{stop(m['end'])}")
    return capitalised(f"{whose} is {degree}{how}{stop(m['end'])}")


def _wrong(text: str) -> str | None:
    """"Tôi phát âm sai từ này." as "I mispronounced this word.", "Bạn phát âm sai tên tôi rồi." as "You
    mispronounced my name.", "Tôi hay phát âm sai từ này." as "I often mispronounce this word.", "Bạn phát âm sai
    rồi." as "You pronounced it wrong." (_WRONG); None for anything else."""
    m = _WRONG.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m, False)
    if not said:
        return None
    owner = m["owner"] and OWNERS[keyed(m["owner"])]  # ("tên chúng tôi": our names, one each)
    what = f"{owner} name{'s' * (owner in ('our', 'their'))}" if owner else "this word" if m["this"] == "này" else \
        "that word" if m["this"] else None
    tense = m["tense"] or ""
    if tense in ("hay", "thường", "luôn"):
        return None if m["done"] or not what else present(*said, "mispronounce", what, adverb=f"{SELDOM[tense]} ")
    if not what:
        return capitalised(f"{said[0]} pronounced it wrong.") if m["done"] or tense else None
    return capitalised(f"{said[0]} mispronounced {what}.")


def _look(text: str) -> str | None:
    """"Tôi đang tra từ điển." as "I'm checking the dictionary.", "Để tôi tra từ điển." as "Let me check the
    dictionary.", "Tôi hay tra từ điển." as "I often check the dictionary.", "Bạn đã tra từ điển chưa?" as "Have you
    checked the dictionary yet?", "Tra từ điển đi." as "Check the dictionary." (_LOOK, _LOOK_GO); None for anything
    else, and a bare "Tôi tra từ điển." (when?)."""
    if (go := _LOOK_GO.fullmatch(text)) and (go["go"] or not go["you"]):
        return f"Check the dictionary{stop(go['end'])}" if go["go"] or "Hãy" in text else None
    m = _LOOK.fullmatch(text)
    if not m or m["did"] and not m["yet"] or m["yet"] and (m["ask"] or m["asked"] or m["ing"] or m["often"]
                                                          or "?" not in m["end"]):
        return None  # ("Tôi đã tra từ điển." is left: v8 reads "đã" right)
    asked = True if m["yet"] else asked_of(m)
    said = asked is not None and _who(m, asked)
    if not said:
        return None
    who_, one = said
    verb, rest = ("look", f" {'this' if m['this'] == 'này' else 'that'} word up in the dictionary") if m["this"] else \
        ("check", " the dictionary")
    if m["let"]:
        return f"Let me {verb}{rest}." if who_ == "I" and not (m["ing"] or m["often"] or asked) else None
    if m["yet"]:
        return f"{'Has' if one else 'Have'} {who_} {verb}ed{rest} yet?"
    if m["ing"]:
        return progressive(who_, be(who_), f"{verb}ing{rest}", asked, m["end"])
    often = m["often"] and SELDOM[keyed(m["often"])]
    if not often or asked and often not in ("often", "usually"):
        return None
    return present(who_, one, verb, rest.strip(), asked, end=m["end"], adverb=f"{often} ")


def _words_vi(m: re.Match) -> str:
    """The words of an English match in Vietnamese: "từ vựng", "từ mới", with the language after ("từ vựng tiếng
    Anh")."""
    return f"{'từ vựng' if m['voc'] else 'từ mới'}{_lang_vi(m)}"


def _agrees(verb: str, q: str | None, one: bool) -> bool:
    """Whether a verb in the present ("learns"), or the question's "Do", "Does" before its base, agrees with who."""
    return not verb.endswith("s") and (q.lower() == "does") == one if q else verb.endswith("s") == one


def _learning_vi(text: str) -> str | None:
    """"I'm learning vocabulary." as "Tôi đang học từ vựng.", "Is your son learning English vocabulary?" as "Con trai
    bạn có đang học từ vựng tiếng Anh không?" (_LEARNING_EN); None for anything else, and "is" not agreeing."""
    m = _LEARNING_EN.fullmatch(text)
    said = m and bool(m["q"]) != bool(m["be"]) and bool(m["q"]) == ("?" in m["end"]) and _person_vi(m)
    if not said or not be_agrees(m, m["q"] or m["be"]) or m["q"] and said[0] == "tôi":
        return None
    doing = f"học {_words_vi(m)}"
    return capitalised(f"{said[0]} có đang {doing} không?" if m["q"] else f"{said[0]} đang {doing}{stop(m['end'])}")


def _habit_vi(text: str) -> str | None:
    """"I learn ten new words every day." as "Mỗi ngày tôi học mười từ mới.", "Do you learn vocabulary every day?" as
    "Bạn có học từ vựng mỗi ngày không?" (_HABIT_EN); None for anything else, with no day said or two, a count of
    vocabulary, and a verb not agreeing."""
    m = _HABIT_EN.fullmatch(text)
    said = m and bool(m["every0"]) != bool(m["every"]) and bool(m["q"]) == ("?" in m["end"]) and _person_vi(m)
    if not said or not _agrees(m["verb"], m["q"], said[1]) or m["n"] and (m["q"] or m["voc"]) or m["q"] and m["every0"]:
        return None
    every = EVERY_VI[keyed(m["every0"] or m["every"])]
    words = f"{_count(m['n'], 'en')} {_words_vi(m)}" if m["n"] else _words_vi(m)
    if m["q"]:
        return capitalised(f"{said[0]} có học {words} {every} không?")
    return f"{capitalised(every)} {said[0]} học {words}."


def _many_vi(text: str) -> str | None:
    """"How many new words do you learn every day?" as "Mỗi ngày bạn học bao nhiêu từ mới?" (_MANY_EN); None for
    anything else, and "do" not agreeing."""
    m = _MANY_EN.fullmatch(text)
    said = m and _person_vi(m)
    if not said or (m["q"] == "does") != said[1] or said[0] == "tôi":
        return None
    return f"{capitalised(EVERY_VI[keyed(m['every'])])} {said[0]} học bao nhiêu từ mới{_lang_vi(m)}?"


def _forget_vi(text: str) -> str | None:
    """"I often forget new words." and "I keep forgetting new words." as "Tôi hay quên từ mới.", "Does she often
    forget vocabulary?" as "Cô ấy có hay quên từ vựng không?" (_FORGET_EN); None for anything else, asked of
    "always", "never", and a verb not agreeing."""
    m = _FORGET_EN.fullmatch(text)
    said = m and bool(m["q"]) == ("?" in m["end"]) and _person_vi(m)
    if not said or not _agrees(m["verb"] or m["keep"], m["q"], said[1]):
        return None
    often = "hay" if m["keep"] else HABIT_VI[m["often"].lower()]
    if m["q"]:
        return capitalised(f"{said[0]} có {often} quên {_words_vi(m)} không?") if often in ("hay", "thường") else None
    return capitalised(f"{said[0]} {often} quên {_words_vi(m)}{stop(m['end'])}")


def _degree_vi(m: re.Match, not_: bool) -> tuple[str, str] | None:
    """How good of an English match in Vietnamese, before and after: ("rất ", ""), ("", " quá") for "so", ("", "
    lắm") for "not very"; None for "not" with any other."""
    very = (m["very"] or "").lower()
    if not_:
        return ("", " lắm") if very in ("very", "really") else ("", "") if not very else None
    return ("", " quá") if very == "so" else (f"{_VERY_VI[very]} " if very else "", "")


def _of_vi(text: str) -> str | None:
    """"Your pronunciation is very good." as "Phát âm của bạn rất chuẩn.", "My English grammar is weak." as "Tôi kém
    ngữ pháp tiếng Anh.", "Is my pronunciation good?" as "Phát âm của tôi có chuẩn không?" (_OF_EN); None for anything
    else, "a bit" good, and "not" but with good."""
    m = _OF_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    whose = WHOSE_VI[m["poss"].lower()] if m["poss"] else not pet(m["someone"], "en") and someone(m["someone"], "en")
    good, not_ = m["how"] == "good", bool(m["not"])
    degree = _degree_vi(m, not_)
    if not whose or degree is None or not_ and not good or bool(m["yet"]) != (not_ and not m["very"]) and m["yet"] or \
            m["q"] and (not_ or m["very"] or not good) or good and (m["very"] or "").lower() == "a bit":
        return None
    grammar = m["thing"] == "grammar"
    if grammar and not good:
        return capitalised(f"{whose} {degree[0]}kém ngữ pháp{_lang_vi(m)}{degree[1]}{stop(m['end'])}")
    thing = f"{'Ngữ pháp' if grammar else 'Phát âm'}{_lang_vi(m)} của {whose}"
    said = ("tốt" if grammar else "chuẩn") if good else "kém"
    if m["q"]:
        return f"{thing} có {said} không?"
    if not_:
        return f"{thing} {'chưa' if m['yet'] else 'không'} {said}{degree[1]}{stop(m['end'])}"
    return f"{thing} {degree[0]}{said}{degree[1]}{stop(m['end'])}"


def _good_at_vi(text: str) -> str | None:
    """"She's good at grammar." as "Cô ấy giỏi ngữ pháp.", "I'm not very good at grammar." as "Tôi không giỏi ngữ
    pháp lắm.", "Are you good at English grammar?" as "Bạn có giỏi ngữ pháp tiếng Anh không?", "I'm weak at grammar."
    as "Tôi kém ngữ pháp." (_GOOD_AT_EN); None for anything else, and "is" not agreeing."""
    m = _GOOD_AT_EN.fullmatch(text)
    said = m and bool(m["q"]) != bool(m["be"]) and bool(m["q"]) == ("?" in m["end"]) and _person_vi(m)
    if not said or not be_agrees(m, m["q"] or m["be"]):
        return None
    good, not_ = m["how"] == "good", bool(m["not"])
    degree = _degree_vi(m, not_)
    if degree is None or not_ and not good or m["q"] and (not_ or m["very"] or not good or said[0] == "tôi") or \
            good and (m["very"] or "").lower() == "a bit":
        return None
    if m["q"]:
        return capitalised(f"{said[0]} có giỏi ngữ pháp{_lang_vi(m)} không?")
    said_ = "không giỏi" if not_ else f"{degree[0]}{'giỏi' if good else 'kém'}"
    return capitalised(f"{said[0]} {said_} ngữ pháp{_lang_vi(m)}{degree[1]}{stop(m['end'])}")


def _wrong_vi(text: str) -> str | None:
    """"I mispronounced this word." as "Tôi phát âm sai từ này rồi.", "You mispronounced my name." as "Bạn phát âm
    sai tên tôi rồi.", "I often mispronounce this word." as "Tôi hay phát âm sai từ này.", "You pronounced it wrong."
    as "Bạn phát âm sai rồi." (_WRONG_EN); None for anything else, and a verb not agreeing."""
    m = _WRONG_EN.fullmatch(text)
    said = m and _person_vi(m)
    if not said:
        return None
    aux, verb = keyed(m["aux"] or ""), m["verb"] or "pronounced"
    what = f" tên {WHOSE_VI[m['poss'].lower()]}" if m["poss"] else f" từ {'này' if m['this'] == 'this' else 'đó'}" \
        if m["this"] else ""
    if aux and (verb != "pronounced" and verb != "mispronounced" or (aux in ("has", "'s")) != said[1]):
        return None
    if m["often"]:
        if aux or verb.endswith("ed") or not _agrees(verb, None, said[1]):
            return None
        return capitalised(f"{said[0]} {HABIT_VI[m['often'].lower()]} phát âm sai{what}.")
    return capitalised(f"{said[0]} phát âm sai{what} rồi.") if verb.endswith("ed") else None


def _look_vi(text: str) -> str | None:
    """"I'm checking the dictionary." as "Tôi đang tra từ điển.", "Let me look it up in the dictionary." as "Để tôi
    tra từ điển.", "Look this word up in the dictionary." as "Tra từ này trong từ điển đi.", "Have you checked the
    dictionary yet?" as "Bạn đã tra từ điển chưa?", "We often use … check the dictionary." as "Chúng tôi hay tra từ
    điển." (_LOOK_EN); None for anything else, and a verb not agreeing with who."""
    m = _LOOK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    verb = (m["check"] or m["look"]).lower()
    base = verb in ("check", "look")
    what = f"tra từ {'này' if m['this'].lower() == 'this' else 'đó'} trong từ điển" if m["this"] else "tra từ điển"
    if not (m["who"] or m["kin"] or m["given"]):
        if m["q"] or m["yet"] or not base:
            return None
        return f"Để tôi {what}." if m["let"] else f"{capitalised(what)} đi{stop(m['end'])}"
    said = _person_vi(m)
    aux = keyed(m["q"] or m["aux"] or "")
    if not said or m["q"] and m["aux"] or m["yet"] and (aux not in ("have", "has") or not m["q"]):
        return None
    who_, one = said
    if verb.endswith("ing"):
        if not be_agrees(m, aux) or m["often"]:
            return None
        return capitalised(f"{who_} có đang {what} không?") if m["q"] else capitalised(f"{who_} đang {what}.")
    if verb.endswith("ed"):  # (asked only: "I've checked the dictionary." is left, as "Tôi đã tra từ điển rồi." is)
        ok = m["q"] and aux in ("have", "has") and (aux == "has") == one and who_ != "tôi" and not m["often"]
        return capitalised(f"{who_} đã {what} chưa?") if ok else None
    if not m["often"] or not _agrees(verb, m["q"], one) or m["q"] and aux not in ("do", "does"):
        return None
    often = HABIT_VI[m["often"].lower()]
    if m["q"]:
        return capitalised(f"{who_} có {often} {what} không?") if often in ("hay", "thường") else None
    return capitalised(f"{who_} {often} {what}.") if not aux else None
