"""The past of common English verbs, for an English sentence that opens with a day behind: shown "Yesterday,"
(mt.dates), v6 writes the verb that follows who did it in the present now and then ("Hôm qua họ đi Đà Lạt." →
"Yesterday, they go Da Lat.", "Hôm qua trời mưa to." → "Yesterday, it rain."; of the everyday check's sentences
with "hôm qua", about one in three), and so after a day behind it wrote itself ("Last week, we go …"). Given "đã"
in the Vietnamese it wrote "had gone" and "we've gone through", so the verb is mended in the English instead, only
where it is one of these and comes right after who did it: a pronoun, a name, or "my", "the" … and one word.

The same verb is put back in its base after "will", in the present for a habit the Vietnamese tells of ("Tôi đi chợ
mỗi sáng." gave "I went to the market every morning."), and as "have" and its participle where the Vietnamese says
how long something has gone on ("được ba năm rồi": "I lived in Hanoi for three years."), and asked so ("bao lâu
rồi?": "How long does you learn Vietnamese?"); a question whether something has happened yet ("… chưa?") is asked
with "Have" and the participle ("Do you finish the exercise?"), and the other way with "chưa?" ("Have you received my
email?" gave "… của tôi không?"); and "to" between "like" and a verb in "-ing" or things is left out ("I like to
swimming.", "I like to vegetables.").

    >>> past("go"), past("goes"), past("rain"), past("studies"), past("went"), past("sing")
    ('went', 'went', 'rained', 'studied', None, None)
    >>> mended("Yesterday, they go Da Lat.".split()), mended("Last week I'm busy.".split())
    ({2: 'went'}, {2: 'I was'})
    >>> after_will("Next week, I will flew out.".split())
    {4: 'fly'}
    >>> habitual("My mother cooked every night.".split(), "Mẹ tôi nấu ăn mỗi tối.")
    {2: 'cooks'}
    >>> so_far("I lived in Hanoi for three years.".split(), "Tôi sống ở Hà Nội được ba năm rồi.")
    {1: 'have lived'}
    >>> not_yet("Do you finish the exercise?".split(), "Bạn làm xong bài tập chưa?")
    {0: 'Have', 2: 'finished', 4: 'exercise yet?'}
"""
from __future__ import annotations

import re

from .dates import OFTEN, VI_DAYS_BEHIND, VI_SO_FAR
from .lazy_re import lazy
from .names import KIN
from .numbers import VI_NUMBER_WORDS
from .text import third_person  # noqa: F401 (mt.tense.third_person, as modules import it)

_IRREGULAR = {"be": "was", "am": "was", "is": "was", "are": "were", "have": "had", "has": "had", "do": "did",
              "does": "did", "go": "went", "goes": "went", "come": "came", "eat": "ate", "drink": "drank",
              "buy": "bought", "see": "saw", "meet": "met", "make": "made", "take": "took", "get": "got",
              "give": "gave", "say": "said", "tell": "told", "find": "found", "think": "thought", "leave": "left",
              "feel": "felt", "know": "knew", "write": "wrote", "sleep": "slept", "sit": "sat", "run": "ran",
              "swim": "swam", "bring": "brought", "teach": "taught", "send": "sent", "spend": "spent",
              "lose": "lost", "win": "won", "pay": "paid", "fly": "flew", "drive": "drove", "ride": "rode",
              "wake": "woke", "don't": "didn't", "doesn't": "didn't", "can": "could",
              "can't": "couldn't", "forget": "forgot", "fall": "fell", "break": "broke", "begin": "began",
              "lend": "lent"}
# regular ones, with their past written out where it is not just "-ed" or "-d"
_REGULAR = {v: v + ("d" if v.endswith("e") else "ed") for v in (
    "visit call play watch work walk talk cook clean stay arrive live like love want need start finish open close "
    "rain snow return help ask answer listen wait move change use dance look learn borrow order book check rest "
    "relax pick invite miss remember view receive").split()} | {
    "study": "studied", "try": "tried", "cry": "cried", "worry": "worried", "carry": "carried", "marry": "married",
    "plan": "planned", "shop": "shopped", "stop": "stopped", "travel": "traveled", "chat": "chatted"}
_PAST = _IRREGULAR | _REGULAR
_PASTS = set(_PAST.values())  # ("ate", "went": the forms themselves)
# a word of tense before a Vietnamese verb, as the group "tense" (mt/loans.py, mt/transfers.py)
TENSE_VI = r"(?:(?P<tense>đã|sẽ\s+không|sẽ|không|chưa|vừa|mới)\s+)?"
# a past of the tables back to its base, for a verb after "will" (given "sẽ" for a day ahead by mt.dates, v6 wrote
# "Next week, I will flew out of Hanoi.", "Tomorrow, I'll flew into …"); "was" is "be", "had" "have"
_BASE = {p: b for b, p in _PAST.items() if b.isalpha() and b not in ("am", "is", "are", "has", "does", "goes", "can")}
_BASE["was"] = _BASE["were"] = "be"
_BASES = set(_BASE.values()) - {"be"}
_WILL = lazy(r"(?i:will|won['’]t|\w+['’]ll)")
# who comes before the verb; and who with "be" in one word
PRONOUNS = {"I", "we", "they", "he", "she", "it", "you", "We", "They", "He", "She", "It", "You"}
CONTRACTED_PAST = {"I'm": "I was", "we're": "we were", "they're": "they were", "you're": "you were",
                   "it's": "it was", "We're": "We were", "They're": "They were", "You're": "You were",
                   "It's": "It was"}
# what follows "he's" or "she's" when it is "he is" (not "he has": "he's gone")
_BEING = {"very", "so", "too", "not", "at", "in", "home", "here", "there", "busy", "tired", "sick", "ill", "late",
          "happy", "sad", "hungry", "angry", "a", "an", "the"}


# a day behind opening a sentence, as English says it
BEHIND = lazy(r"(?i:yesterday|last\s+(?:night|week|weekend|month|year|summer|winter|spring|autumn|fall|monday|"
              r"tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)|"
              r"the\s+day\s+before\s+yesterday|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
              r"a\s+few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)")
_WORD = lazy(r"[\w'’]+")
_NAME = lazy(r"[A-Z][a-z]+")  # "Yesterday, Lan goes …"
_DETERMINERS = {"my", "his", "her", "our", "their", "your", "the", "My", "His", "Her", "Our", "Their", "Your", "The"}


def mended(words: list[str]) -> dict[int, str]:
    """Where an English sentence's `words` open with a day behind (BEHIND), the words to put in the past, by
    their place: the verb after who did it (`_after_who`: "they go" → "went", "my mother goes" → "went", keeping what
    follows it: "rain." → "rained."), "I'm" → "I was", and "is" right after the day ("Yesterday is Monday.")."""
    k = next((k for k in range(1, 6) if BEHIND.fullmatch(" ".join(words[:k]).rstrip(","))), 0)
    if not k or len(words) <= k:
        return {}
    if said := CONTRACTED_PAST.get(words[k].replace("’", "'")):
        return {k: said}
    if words[k].replace("’", "'").lower() in ("he's", "she's") and len(words) > k + 1 and words[k + 1] in _BEING:
        return {k: words[k][:-2].rstrip("'’") + " was"}
    if words[k] in ("is", "are") and not words[k - 1].endswith(","):
        return {k: past(words[k])}
    at, _, _ = _after_who(words, k)
    verb = _WORD.match(words[at]) if at and len(words) > at else None
    if not verb or not (said := past(verb.group()) or _past_with_s(verb.group())):
        return {}
    return {at: said + words[at][verb.end():]}


def _past_with_s(word: str) -> str | None:
    """A past form with the "-s" of he and she, which no verb has, without it: v8 writes "Yesterday, he ates pho."."""
    return word[:-1] if word.endswith("s") and word[:-1] in _PASTS else None


# a day ahead opening an English sentence ("Tomorrow,", "Next week,"): given "sẽ" for it by mt.dates, v8 wrote "would"
# after who ("Ngày mai cô ấy mua vé." → "Tomorrow, she would buy a ticket."); not before a wish ("would like to")
_AHEAD = lazy(r"(?i:(?:tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?|the\s+day\s+after\s+tomorrow|"
              r"next\s+(?:week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday))")
_WISHES = {"like", "love", "prefer", "rather", "have", "want"}


def will_ahead(words: list[str]) -> dict[int, str]:
    """Where an English sentence's `words` open with a day ahead (_AHEAD), "would" right after who as "will"
    ("Tomorrow, she would buy a ticket." → "… she will buy …"), by its place."""
    k = next((k for k in range(1, 6) if words[k - 1:k] and words[k - 1].endswith(",")
              and _AHEAD.fullmatch(" ".join(words[:k]).rstrip(","))), 0)
    if not k:
        return {}
    at, _, _ = _after_who(words, k)
    if not at or len(words) <= at + 1 or words[at] != "would" or words[at + 1] in _WISHES:
        return {}
    return {at: "will"}


def after_will(words: list[str]) -> dict[int, str]:
    """The verbs in the past right after "will", "won't" or "'ll", by their place, in their base ("I'll flew." → "I'll
    fly.")."""
    said = {}
    for k in range(1, len(words)):
        verb = _WORD.match(words[k])
        if verb and _WILL.fullmatch(words[k - 1]) and (base := _BASE.get(verb.group())):
            said[k] = base + words[k][verb.end():]
    return said


# a habit in the Vietnamese ("mỗi sáng", "hằng ngày", "thường" …) with nothing that puts it behind: v6 wrote its verb
# in the past now and then ("Tôi đi chợ mỗi sáng." → "I went to the market every morning.", "Mẹ tôi nấu ăn mỗi tối."
# → "My mother cooked every night.", "Họ đến thăm bà mỗi cuối tuần." → "They visited her every weekend.")
_HABIT_VI = lazy(r"(?<!\w)(?:mỗi\s+(?:ngày|sáng|tối|chiều|trưa|đêm|tuần|tháng|năm|cuối\s+tuần|buổi)|"
                 r"(?:hằng|hàng)\s+(?:ngày|tuần|tháng|năm)|(?<!bình )(?<!tầm )(?<!phi )(?<!khác )(?<!bất )thường|"
                 r"luôn\s+luôn)(?!\w)", re.IGNORECASE)
_LONG_AGO = (rf"hồi|xưa|trước\s+(?:đây|kia)|(?:lúc|khi|thời)\s+(?:nhỏ|đó|ấy)|còn\s+nhỏ|năm\s+(?:1\d|20)\d\d|"
             rf"{VI_DAYS_BEHIND}")  # (a year: "Năm 1990 ông ấy thường đi bộ.")
_BEHIND_VI = lazy(rf"(?<!\w)(?:đã|vừa|mới|từng|{_LONG_AGO})(?!\w)", re.IGNORECASE)
_LONG_AGO_VI = lazy(rf"(?<!\w)(?:{_LONG_AGO})(?!\w)", re.IGNORECASE)  # ("đã" goes with "được ba năm rồi")
# (in the first clause: "Ông ấy nở một nụ cười rất lớn, … vì tin tức thường làm ông ấy buồn" is not a habit of his
# smiling)
_CLAUSE_VI = lazy(r"[,;:]|\s(?:vì|nhưng|khi|nếu|rằng)\s", re.IGNORECASE)
# ... in English: who opens the sentence, after "Every morning" … at most, and an adverb of how often at most before
# the verb
_EVERY = lazy(r"(?i:(?:every|each)\s+(?:day|morning|evening|night|afternoon|week|weekend|month|year)|"
              r"on\s+weekends),?")
_HOW_OFTEN = {"usually", "often", "always", "sometimes", "also", "still", "never", "normally", "regularly"}
_NOT_WHO = {"Why", "What", "When", "Where", "How", "Who", "Which", "Do", "Does", "Did", "Is", "Are", "Was", "Were",
            "Can", "Could", "Will", "Would", "Should", "If", "There", "This", "That", "These", "Those", "Then", "So",
            "But", "And", "Every", "Each", "Once", "Now"}  # a capital opening a sentence that is not who ("If used …")
_PRESENT_BE = {"i": "am", "we": "are", "they": "are", "you": "are"}  # (who does it, in small letters)


def habitual(words: list[str], source: str) -> dict[int, str]:
    """Where the Vietnamese `source` tells of a habit (_HABIT_VI, mt.dates.OFTEN) and nothing puts it behind
    (_BEHIND_VI), the verb in the past after who opens the English `words` (_EVERY before it at most) in the
    present, by its place: "I went" → "I go", "My mother cooked" → "My mother cooks", "I was" → "I am"; and after he
    or she its form with "-s" ("She usually cook" → "cooks")."""
    first = _CLAUSE_VI.split(source, 1)[0]
    if not (_HABIT_VI.search(first) or OFTEN.search(first)) or _BEHIND_VI.search(source):
        return {}
    k = next((k for k in range(1, 4) if _EVERY.fullmatch(" ".join(words[:k]))), 0)
    at, person, named = _after_who(words, k)
    verb = _WORD.match(words[at]) if at and len(words) > at else None
    base = _BASE.get(verb.group()) if verb else None
    if not base and verb and person == "he" and not named and verb.group() in _BASES:  # (not after a capital, which
        base = verb.group()  # may be many: "Vietnamese eat …"); "My mother usually cook pho." → "cooks"
    if not base:
        return {}
    said = _PRESENT_BE.get(person, "is") if base == "be" else base if person in _PRESENT_BE else third_person(base)
    return {at: said + words[at][verb.end():]}


def _after_who(words: list[str], k: int) -> tuple[int, str, bool]:
    """Where the verb is after who does it at `k` (a pronoun, a name, or "my …", "the …" and one word, and an adverb
    of how often at most; 0 for none), who in small letters ("they" for "my parents", "he" for "my mother" or a
    name), and whether who is a name."""
    who = words[k] if len(words) > k else ""
    named = bool(who not in _DETERMINERS | _NOT_WHO and _NAME.fullmatch(who))
    at = k + 2 if who in _DETERMINERS else k + 1 if who in PRONOUNS or named else 0
    person = who.lower() if who in PRONOUNS else "they" if at == k + 2 and re.search(r"[^s]s$", words[k + 1]) else "he"
    return at + (at and len(words) > at and words[at] in _HOW_OFTEN), person, named


# how long something has gone on ("được ba năm rồi", mt.dates.VI_SO_FAR, written "for three years"): the verb after
# who opening the English, in the past or the present, is "have" and its participle (v6, shown "for …": "I lived in
# Hanoi for three years.", "I learn Vietnamese for six months.", "I in Vietnam for two weeks.")
_PARTICIPLES = {"be": "been", "go": "gone", "eat": "eaten", "drink": "drunk", "see": "seen", "take": "taken",
                "give": "given", "know": "known", "write": "written", "fly": "flown", "drive": "driven",
                "ride": "ridden", "forget": "forgotten", "fall": "fallen", "break": "broken", "begin": "begun",
                "run": "run", "swim": "swum", "come": "come", "do": "done"}
_DONE_BASE = {p: b for b, p in _PARTICIPLES.items() if b != "be"}  # "gone" → "go"
_GOING_ON = {"go": "been going", "marry": "been married"}  # (for how long: "has been going", not "has gone")
_WHERE = {"in", "at", "here", "there", "with"}  # no verb: "I in Vietnam …" is "I have been in …"


def so_far(words: list[str], source: str) -> dict[int, str]:
    """Where the Vietnamese `source` says how long something has gone on (mt.dates.VI_SO_FAR) and the English
    `words` say "for …", the verb after who opens them as "have" or "has" and its participle, by its place ("I
    lived" → "I have lived", "He works" → "He has worked", "I in Vietnam" → "I have been in Vietnam")."""
    if not VI_SO_FAR.search(source) or "for" not in words or _LONG_AGO_VI.search(source):
        return {}
    at, person, _ = _after_who(words, 0)
    verb = _WORD.match(words[at]) if at and len(words) > at else None
    if not verb:
        return {}
    have = "have" if person in _PRESENT_BE else "has"
    if verb.group() in ("have", "has"):  # said so already: "We have been here …" (not "have had been")
        return {}
    if verb.group() == "had" and len(words) > at + 1 and words[at + 1] in _DONE | {"been"}:
        return {at: have}  # "I had lived here for …"
    if verb.group() in _WHERE:
        return {at: f"{have} been {words[at]}"}
    said = _BASE.get(verb.group()) or (verb.group() if verb.group() in _BASES else _BASE.get(past(verb.group()) or ""))
    if not said:
        return {}
    return {at: f"{have} {_participle(said, _GOING_ON)}{words[at][verb.end():]}"}


def participle(base: str) -> str | None:
    """The participle of a verb of the tables ("gone", "eaten", "finished"); None for another."""
    return _PARTICIPLES.get(base) or _PAST.get(base)


def _participle(base: str, special: dict[str, str]) -> str:
    """The participle of a verb of the tables, from `special` first ("been going", "been")."""
    return special.get(base) or participle(base)


# a question whether something has happened yet ("… chưa?"): v6 asked it in the present now and then ("Bạn làm xong
# bài tập chưa?" → "Do you finish the exercise?", "Anh ấy về nhà chưa?" → "Is he returned home?", "Bạn đã đến Đà
# Nẵng chưa?" → "Do you have come to …", "Bạn nhận được email của tôi chưa?" → "Can you get my email?")
_NOT_YET_VI = lazy(r"(?<!\w)chưa(?:\s+(?:vậy|ạ|nhỉ|thế|hả|hở))?\s*\?\s*$", re.IGNORECASE)
_EVER_VI = lazy(r"(?<!\w)(?:từng|bao\s+giờ)(?!\w)", re.IGNORECASE)
_YOU_VI = lazy(rf"(?i:{'|'.join(KIN)}|con|cháu|mày|quý\s+khách)(?!\w)(?!\s+ấy)")  # (mt.names.KIN: "anh", "chị" …)
_ASKED = {"Do", "Does", "Did", "Is", "Are", "Can", "Could", "Would", "Will"}
# a form after "is" or "are" that says how someone is, not what they did ("Bạn có gia đình chưa?" → "Are you married?")
_STATES = {"married", "tired", "worried", "closed", "finished", "done", "ready", "lost", "broken", "used",
           "cooked"}  # ("Is the chicken cooked yet?" is a state, as "done" is: not "Has the chicken cooked yet?")
_NOT_YET_THERE = {"home", "here", "there", "back", "ready"}  # "Is he back yet?"
_EVER = {"go": "been", "come": "been"}  # "Have you ever been to Hue?"


def not_yet(words: list[str], source: str) -> dict[int, str]:
    """Where the Vietnamese `source` asks whether something has happened yet (_NOT_YET_VI) and the English `words`
    ask it with "Do", "Is", "Can" …, who and a verb of the tables (or "have" and one: "Do you have come"), the words
    to say otherwise, by their place: "Have" or "Has", the verb's participle, and "yet" before the final "?" ("ever"
    before the verb where the Vietnamese says "từng" or "bao giờ")."""
    if not _NOT_YET_VI.search(source) or len(words) < 3 or not words[-1].endswith("?"):
        return {}
    if words[0] in PRONOUNS and words[0] not in ("I", "It"):  # asked as a statement: "He received my email?", "You
        # don't book a ticket?" ("chưa" read as not): asked again with "Do", and put back in place
        skipped = 2 if words[1].replace("’", "'") in ("don't", "doesn't", "didn't") else 1
        said = not_yet(["Do", words[0].lower(), *words[skipped:]], source)
        if not said:
            return {}
        out = {k - 2 + skipped: w for k, w in said.items() if k > 1} | {0: f"{said[0]} {words[0].lower()}"}
        return out | {1: ""} if skipped == 2 else out
    if words[0] not in _ASKED or any(w.strip("?").lower() == "never" for w in words):
        return {}
    at, person, _ = _after_who(words, 1)
    if person == "you" and not _YOU_VI.match(source):  # "Xe buýt đến chưa?" → "Do you get to the bus?"
        return {}
    said = {}
    if at and len(words) > at + 1 and words[at] == "have" and _base(words[at + 1]):
        said[at], at = "", at + 1  # "Do you have come to …"
    verb = _WORD.match(words[at]) if at and len(words) > at else None
    base = _base(verb.group()) if verb and verb.group() not in ("have", "has") else None
    if verb and verb.group() in _NOT_YET_THERE and words[0] in ("Is", "Are") and at + 1 == len(words):
        return {at: words[at].removesuffix("?") + " yet?"}  # "Are you home?" → "Are you home yet?"
    if not base or words[0] in ("Is", "Are") and not verb.group().endswith("ing") and verb.group() in _STATES:
        return {}
    ever = bool(_EVER_VI.search(source))
    said[0] = "Have" if person in _PRESENT_BE else "Has"
    said[at] = ("ever " if ever else "") + _participle(base, _EVER if ever else {}) + words[at][verb.end():]
    if not ever and not {"yet", "already", "ever"} & {w.strip("?").lower() for w in words}:
        said[len(words) - 1] = said.get(len(words) - 1, words[-1]).removesuffix("?") + " yet?"
    return said


# how long something has gone on, asked ("Bạn học tiếng Việt bao lâu rồi?"): v6 asked it in the present or the past
# ("How long does you learn Vietnamese?", "How long are you in Vietnam?", "How long did you be here?", "How long he
# works here?")
_HOW_LONG_VI = lazy(r"(?<!\w)bao\s+lâu\s+rồi(?:\s+(?:vậy|ạ|nhỉ|thế|hả))?\s*\?\s*$", re.IGNORECASE)
_DOUBLED = {"run", "swim", "sit", "stop", "shop", "plan", "get", "put", "chat", "begin", "win"}  # "running"


def how_long_so_far(words: list[str], source: str) -> dict[int, str]:
    """Where the Vietnamese `source` asks how long something has gone on (_HOW_LONG_VI) and the English `words` open
    with "How long", who and the verb after it as "have been" or "has been" and the verb's "-ing" ("How long does
    you learn" → "How long have you been learning", "How long are you in" → "How long have you been in")."""
    if not _HOW_LONG_VI.search(source) or words[:2] != ["How", "long"] or len(words) < 4:
        return {}
    aux = words[2] in ("do", "does", "did", "are", "is", "were", "was")
    at, person, _ = _after_who(words, 3 if aux else 2)
    if not at or len(words) <= at or len(words) > at + 1 and words[at + 1] == words[at - 1]:
        return {}  # (who twice: "How long they were they married?")
    have = "have" if person in _PRESENT_BE else "has"
    said = {2: have} if aux else {2: f"{have} {words[2]}"}
    verb = _WORD.match(words[at])
    if words[2] in ("are", "is", "were", "was") or verb and verb.group() in _WHERE:  # "How long does your mother in"
        return said | {at: f"been {words[at]}"}
    if words[at] in ("am", "is", "are", "was", "were"):  # "How long he was here?"
        return said | {at: "been"}
    base = _base(verb.group()) if verb else None
    if not base:
        return {}
    return said | {at: f"been{'' if base == 'be' else ' ' + _ing(base)}{words[at][verb.end():]}"}


def _ing(base: str) -> str:
    """A verb's "-ing" ("learning", "living", "running", "studying")."""
    if base in _DOUBLED:
        return base + base[-1] + "ing"
    return (base[:-1] if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) else base) + "ing"


# ... and the other way, an English question whether something has happened ("Have you received my email?"), which
# v6 asked with "không?", "chứ?" or no word ("Bạn đã nhận thư điện tử của tôi không?", "Bạn đã hoàn thành bài tập về
# nhà?", "Họ đã đến chứ?", "Bạn có đến Hà Nội không?"), "been to" as "là" ("Cậu đã từng là Đà Nẵng?"); not "Have
# you got …" (do you have)
_HAVE_YOU = lazy(r"(?:Have|Has)\s+(?:you|he|she|they|we|I|it|(?:the|your|my)\s+\w+)\s+"
                 r"(?:(?P<ever>ever)\s+|already\s+)?(?P<done>\w+)(?P<to>\s+to)?\b[^?]*\?\s*$")
_DONE = (set(_PARTICIPLES.values()) | set(_PAST.values())) - {"got", "had", "was", "were", "could", "couldn't",
                                                              "didn't"}
_WHO_VI = {"bạn", "cậu", "anh", "chị", "em", "ông", "bà", "cô", "họ", "anh ấy", "cô ấy", "anh ta", "cô ta",
           "chúng ta", "các bạn"}


def yet_vi(words: list[str], source: str) -> dict[int, str]:
    """Where the English `source` asks whether something has happened (_HAVE_YOU), the Vietnamese `words` to say
    otherwise, by their place: a final "không?" or "chứ?" as "chưa?" (or "chưa" before a final "?" with none),
    "có" after who as "đã", and "là" after "đã" or "từng" as "đến" where the English says "been to"."""
    asked = _HAVE_YOU.match(source)
    if not asked or not (asked.group("done") in _DONE or asked.group("done").endswith("ed")) or not words \
            or not words[-1].endswith("?"):
        return {}
    said = {k: "đã" for k in (1, 2) if words[k:k + 2] == ["chưa", "từng"] and asked.group("ever")
            and " ".join(words[:k]).lower() in _WHO_VI}  # "Have you ever …" as "Bạn chưa từng …" (never)
    if any(w.startswith("chưa") for k, w in enumerate(words) if k not in said):
        return {}
    last = words[-1]
    said[len(words) - 1] = "chưa?" if last in ("không?", "chứ?") else last.removesuffix("?") + " chưa?"
    for k in (1, 2):
        if len(words) > k + 1 and words[k] == "có" and " ".join(words[:k]).lower() in _WHO_VI:
            said[k] = "đã"
    if asked.group("done") == "been" and asked.group("to"):
        said |= {k: "đến" for k in range(1, len(words) - 1) if words[k] == "là" and words[k - 1] in ("đã", "từng")}
    return said


# ... and how long something has gone on, asked in English ("How long have you been learning Vietnamese?" → "Bạn
# đang học tiếng Việt bao lâu?", "How long have you lived in Hanoi?" → "… bao lâu?"): "bao lâu rồi?" asks it
_HOW_LONG_EN = lazy(r"How\s+long\s+(?:have|has)\s+\w")


def how_long_vi(words: list[str], source: str) -> dict[int, str]:
    """Where the English `source` asks how long something has gone on (_HOW_LONG_EN) and the Vietnamese `words` end
    with "bao lâu?", the words to say otherwise, by their place: "lâu rồi?", and no "đang" after who."""
    if not _HOW_LONG_EN.match(source) or words[-2:] != ["bao", "lâu?"]:
        return {}
    return {len(words) - 1: "lâu rồi?"} | {k: "" for k in (1, 2) if len(words) > k + 2 and words[k] == "đang"
                                            and " ".join(words[:k]).lower() in _WHO_VI}


# ... and how long something has gone on, told in English ("I've been here for two weeks." → "Tôi đã ở đây trong vòng
# hai tuần.", within; "I have lived in Hanoi for three years." → "… trong ba năm."): "được … rồi" says it
_SO_FAR_EN = lazy(r"(?i:have|has|['’]ve|['’]s)\s+(?:been\s+)?\w+\b[^.,;]*\bfor\s+(?:an?|\w+)\s+"
                  r"(?:days?|weeks?|months?|years?)\b")
_SPAN_VI = {"ngày", "tuần", "tháng", "năm"}
_COUNT_WORDS_VI = set(VI_NUMBER_WORDS[1:]) | {"vài", "mấy"}


def so_far_vi(words: list[str], source: str) -> dict[int, str]:
    """Where the English `source` says how long something has gone on (_SO_FAR_EN) and the Vietnamese `words` end
    with a count and a span, the words to say otherwise, by their place: "trong" (and "vòng" after it) before them as
    "được", or "được" before the count, and "rồi" after the span ("trong vòng hai tuần." → "được hai tuần rồi.")."""
    span = _WORD.match(words[-1]) if len(words) > 3 and _SO_FAR_EN.search(source) else None
    if not span or span.group() not in _SPAN_VI or words[-1][span.end():] not in (".", "!", ""):
        return {}
    said = {len(words) - 1: f"{span.group()} rồi{words[-1][span.end():]}"}
    n = len(words) - 2  # the count
    if words[n - 1] == "vòng" and words[n - 2].lower() == "trong":
        return said | {n - 2: "được", n - 1: ""}
    if words[n - 1].lower() in ("trong", "suốt"):
        return said | {n - 1: "được"}
    if words[n - 1] == "được" or not (words[n].isdigit() or words[n] in _COUNT_WORDS_VI):
        return {}
    return said | {n: f"được {words[n]}"}  # "… ở Việt Nam một tháng."


def _base(verb: str) -> str | None:
    """The base of a verb of the tables from its base, its past ("returned") or its "-ing" ("coming", "paying")."""
    if verb in _PAST and verb.isalpha() and verb not in ("am", "is", "are", "has", "does", "goes", "can"):
        return verb
    if verb in _BASE or verb in _DONE_BASE:
        return (_BASE.get(verb) or _DONE_BASE[verb]) if _BASE.get(verb) != "be" else None
    if (said := past(verb)) and verb not in _PAST:  # "eats", "studies"
        return _BASE.get(said)
    stem = verb.removesuffix("ing")
    if stem == verb:
        return None
    return next((b for b in (stem, stem + "e", stem[:-1]) if b in _PAST), None)


def for_many(verb: str) -> str | None:
    """The present of a verb said of many from its form said of one ("is" → "are", "eats" → "eat") or its "-ing" with
    nothing before it; None where it is not one of those."""
    if verb in _MANY:
        return _MANY[verb]
    base = _base(verb) if verb.endswith(("s", "ing")) else None  # ("Germans drinking a lot": "drink")
    return base if base and (verb.endswith("ing") or third_person(base) == verb) else None


_MANY = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "isn't": "aren't",
         "wasn't": "weren't", "hasn't": "haven't"}


def said_of_one(verb: str) -> str:
    """A verb and the words after it, said after he or she ("play football" → "plays football", "take off" →
    "takes off")."""
    first, _, rest = verb.partition(" ")
    return " ".join(w for w in (third_person(first), rest) if w)


# "to" between "like", "love" … and a verb in "-ing" ("Tôi thích đi bơi." → "I like to swimming."; "Bạn có thích đi
# bơi không?" → "Do you like to swimming?"); not before a verb that ends so ("like to bring", "sing")
_LIKING = {"like", "likes", "liked", "love", "loves", "loved", "enjoy", "enjoys", "enjoyed", "hate", "hates", "hated",
           "prefer", "prefers", "preferred"}
_ING = lazy(r"[a-z]{2,}ing\b(?<!\bbring)(?<!\bsing)(?<!\bring)(?<!sting)(?<!swing)(?<!string)(?<!spring)"
            r"(?<!cling)(?<!fling)(?<!wring)(?<!sling)(?<!thing)")


# ... nor before things ending a clause ("Tôi thích rau." → "I like to vegetables."; not "like to discuss", "focus")
_THINGS = lazy(r"[a-z]{2,}[^su'’]s(?:[.,!?;:]*$)")


def gerund_after_to(words: list[str]) -> dict[int, str]:
    """"to" between a verb of liking and a verb in "-ing" or things ending a clause (_THINGS, or before "and"), by
    its place, to be left out ("like to swimming" → "like swimming", "like to vegetables." → "like vegetables.")."""
    def things(k: int) -> bool:
        return bool(_THINGS.match(words[k])) and (words[k][-1] in ".,!?;:" or k + 1 == len(words)
                                                   or words[k + 1] in ("and", "or"))
    return {i: "" for i in range(1, len(words) - 1) if words[i] == "to" and words[i - 1].lower() in _LIKING
            and (_ING.match(words[i + 1]) or things(i + 1))}


def past(verb: str) -> str | None:
    """The past of a present form of a verb of the tables (its base, or with the "-s" of he and she); else None."""
    if verb in _PAST:
        return _PAST[verb]
    for ending, base in (("ies", "y"), ("es", ""), ("s", "")):
        if verb.endswith(ending) and (stem := verb[: -len(ending)] + base) in _PAST:
            return _PAST[stem]
    return None
