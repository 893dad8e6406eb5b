"""The past of common English verbs, for an English sentence that opens with a day behind: shown "Yesterday,"
(mt.dates), v6 writes the verb that follows who did it in the present now and then ("Hôm qua họ đi Đà Lạt." →
"Yesterday, they go Da Lat.", "Hôm qua trời mưa to." → "Yesterday, it rain."; of the everyday check's sentences
with "hôm qua", about one in three), and so after a day behind it wrote itself ("Last week, we go …"). Given "đã"
in the Vietnamese it wrote "had gone" and "we've gone through", so the verb is mended in the English instead, only
where it is one of these and comes right after who did it: a pronoun, a name, or "my", "the" … and one word.

The same verb is put back in its base after "will", in the present for a habit the Vietnamese tells of ("Tôi đi chợ
mỗi sáng." gave "I went to the market every morning."), and as "have" and its participle where the Vietnamese says
how long something has gone on ("được ba năm rồi": "I lived in Hanoi for three years."); and "to" between "like" and
a verb in "-ing" is left out ("I like to swimming.").

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
"""
from __future__ import annotations

import re

from .dates import OFTEN, VI_DAYS_BEHIND, VI_SO_FAR

_IRREGULAR = {"be": "was", "am": "was", "is": "was", "are": "were", "have": "had", "has": "had", "do": "did",
              "does": "did", "go": "went", "goes": "went", "come": "came", "eat": "ate", "drink": "drank",
              "buy": "bought", "see": "saw", "meet": "met", "make": "made", "take": "took", "get": "got",
              "give": "gave", "say": "said", "tell": "told", "find": "found", "think": "thought", "leave": "left",
              "feel": "felt", "know": "knew", "write": "wrote", "sleep": "slept", "sit": "sat", "run": "ran",
              "swim": "swam", "bring": "brought", "teach": "taught", "send": "sent", "spend": "spent",
              "lose": "lost", "win": "won", "pay": "paid", "fly": "flew", "drive": "drove", "ride": "rode",
              "wake": "woke", "don't": "didn't", "doesn't": "didn't", "can": "could",
              "can't": "couldn't", "forget": "forgot", "fall": "fell", "break": "broke", "begin": "began"}
# regular ones, with their past written out where it is not just "-ed" or "-d"
_REGULAR = {v: v + ("d" if v.endswith("e") else "ed") for v in (
    "visit call play watch work walk talk cook clean stay arrive live like love want need start finish open close "
    "rain snow return help ask answer listen wait move change use dance look learn borrow order book check rest "
    "relax pick invite miss remember view").split()} | {
    "study": "studied", "try": "tried", "cry": "cried", "worry": "worried", "carry": "carried", "marry": "married",
    "plan": "planned", "shop": "shopped", "stop": "stopped", "travel": "traveled", "chat": "chatted"}
_PAST = _IRREGULAR | _REGULAR
# a past of the tables back to its base, for a verb after "will" (given "sẽ" for a day ahead by mt.dates, v6 wrote
# "Next week, I will flew out of Hanoi.", "Tomorrow, I'll flew into …"); "was" is "be", "had" "have"
_BASE = {p: b for b, p in _PAST.items() if b.isalpha() and b not in ("am", "is", "are", "has", "does", "goes", "can")}
_BASE["was"] = _BASE["were"] = "be"
_BASES = set(_BASE.values()) - {"be"}
_WILL = re.compile(r"(?i:will|won['’]t|\w+['’]ll)")
# who comes before the verb; and who with "be" in one word
PRONOUNS = {"I", "we", "they", "he", "she", "it", "you", "We", "They", "He", "She", "It", "You"}
CONTRACTED_PAST = {"I'm": "I was", "we're": "we were", "they're": "they were", "you're": "you were",
                   "it's": "it was", "We're": "We were", "They're": "They were", "You're": "You were",
                   "It's": "It was"}
# what follows "he's" or "she's" when it is "he is" (not "he has": "he's gone")
_BEING = {"very", "so", "too", "not", "at", "in", "home", "here", "there", "busy", "tired", "sick", "ill", "late",
          "happy", "sad", "hungry", "angry", "a", "an", "the"}


# a day behind opening a sentence, as English says it
_BEHIND = re.compile(r"(?i:yesterday|last\s+(?:night|week|weekend|month|year|summer|winter|spring|autumn|fall)|"
                     r"the\s+day\s+before\s+yesterday|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"a\s+few|several)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago)")
_WORD = re.compile(r"[\w'’]+")
_NAME = re.compile(r"[A-Z][a-z]+")  # "Yesterday, Lan goes …"
_DETERMINERS = {"my", "his", "her", "our", "their", "your", "the", "My", "His", "Her", "Our", "Their", "Your", "The"}


def mended(words: list[str]) -> dict[int, str]:
    """Where an English sentence's `words` open with a day behind (_BEHIND), the words to put in the past, by
    their place: the verb after who did it (`_after_who`: "they go" → "went", "my mother goes" → "went", keeping what
    follows it: "rain." → "rained."), "I'm" → "I was", and "is" right after the day ("Yesterday is Monday.")."""
    k = next((k for k in range(1, 6) if _BEHIND.fullmatch(" ".join(words[:k]).rstrip(","))), 0)
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
    if not verb or not (said := past(verb.group())):
        return {}
    return {at: said + words[at][verb.end():]}


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
_HABIT_VI = re.compile(r"(?<!\w)(?:mỗi\s+(?:ngày|sáng|tối|chiều|trưa|đêm|tuần|tháng|năm|cuối\s+tuần|buổi)|"
                       r"(?:hằng|hàng)\s+(?:ngày|tuần|tháng|năm)|(?<!bình )(?<!tầm )(?<!phi )(?<!khác )(?<!bất )thường|"
                       r"luôn\s+luôn)(?!\w)", re.IGNORECASE)
_LONG_AGO = (rf"hồi|xưa|trước\s+(?:đây|kia)|(?:lúc|khi|thời)\s+(?:nhỏ|đó|ấy)|còn\s+nhỏ|năm\s+(?:1\d|20)\d\d|"
             rf"{VI_DAYS_BEHIND}")  # (a year: "Năm 1990 ông ấy thường đi bộ.")
_BEHIND_VI = re.compile(rf"(?<!\w)(?:đã|vừa|mới|từng|{_LONG_AGO})(?!\w)", re.IGNORECASE)
_LONG_AGO_VI = re.compile(rf"(?<!\w)(?:{_LONG_AGO})(?!\w)", re.IGNORECASE)  # ("đã" goes with "được ba năm rồi")
# (in the first clause: "Ông ấy nở một nụ cười rất lớn, … vì tin tức thường làm ông ấy buồn" is not a habit of his
# smiling)
_CLAUSE_VI = re.compile(r"[,;:]|\s(?:vì|nhưng|khi|nếu|rằng)\s", re.IGNORECASE)
# ... in English: who opens the sentence, after "Every morning" … at most, and an adverb of how often at most before
# the verb
_EVERY = re.compile(r"(?i:(?:every|each)\s+(?:day|morning|evening|night|afternoon|week|weekend|month|year)|"
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
    said = _PRESENT_BE.get(person, "is") if base == "be" else base if person in _PRESENT_BE else _third_person(base)
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
_PARTICIPLES = {"be": "been", "go": "been going", "eat": "eaten", "drink": "drunk", "see": "seen", "take": "taken",
                "give": "given", "know": "known", "write": "written", "fly": "flown", "drive": "driven",
                "ride": "ridden", "forget": "forgotten", "fall": "fallen", "break": "broken", "begin": "begun",
                "run": "run", "swim": "swum", "come": "come", "do": "done", "marry": "been married"}
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
    if verb.group() in _WHERE:
        return {at: f"{have} been {words[at]}"}
    said = _BASE.get(verb.group()) or (verb.group() if verb.group() in _BASES else _BASE.get(past(verb.group()) or ""))
    if not said:
        return {}
    return {at: f"{have} {_PARTICIPLES.get(said) or _PAST[said]}{words[at][verb.end():]}"}


def _third_person(base: str) -> str:
    """The present of a verb's base after he or she ("go" → "goes", "study" → "studies", "have" → "has")."""
    if base in ("have", "do", "go"):
        return {"have": "has", "do": "does", "go": "goes"}[base]
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + ("es" if base.endswith(("s", "sh", "ch", "x", "z")) else "s")


# "to" between "like", "love" … and a verb in "-ing" ("Tôi thích đi bơi." → "I like to swimming."; "Bạn có thích đi
# bơi không?" → "Do you like to swimming?"); not before a verb that ends so ("like to bring", "sing")
_LIKING = {"like", "likes", "liked", "love", "loves", "loved", "enjoy", "enjoys", "enjoyed", "hate", "hates", "hated",
           "prefer", "prefers", "preferred"}
_ING = re.compile(r"[a-z]{2,}ing\b(?<!\bbring)(?<!\bsing)(?<!\bring)(?<!sting)(?<!swing)(?<!string)(?<!spring)"
                  r"(?<!cling)(?<!fling)(?<!wring)(?<!sling)(?<!thing)")


def gerund_after_to(words: list[str]) -> dict[int, str]:
    """"to" between a verb of liking and a verb in "-ing", by its place, to be left out ("like to swimming" → "like
    swimming")."""
    return {i: "" for i in range(1, len(words) - 1) if words[i] == "to" and words[i - 1].lower() in _LIKING
            and _ING.match(words[i + 1])}


def past(verb: str) -> str | None:
    """The past of a present form of a verb of the tables (its base, or with the "-s" of he and she); else None."""
    if verb in _PAST:
        return _PAST[verb]
    for ending, base in (("ies", "y"), ("es", ""), ("s", "")):
        if verb.endswith(ending) and (stem := verb[: -len(ending)] + base) in _PAST:
            return _PAST[stem]
    return None
