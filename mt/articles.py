"""English "a" and "an" for the sound of the word after them, in a translation into English.

v6 writes "a organization", "a island", "a accident" and, less often, "an government" (on the FLORES-200, IWSLT'15
and Tatoeba test sets: 50 "a" before a vowel and 2 "an" before a consonant, among its English outputs of stop 38),
and a term shown to it inside the Vietnamese leaves the article before it as the model wrote it ("một anh trai" →
"a older brother"). Only words in small letters or with one capital are judged by their letters: "a U", "an FBI
agent", "a UN report" are left as written, as are "a one", "a European", "a university" and "an hour".
"""
from __future__ import annotations

import re

from .lazy_re import lazy


# a vowel letter that sounds like a consonant ("a one-day trip", "a European", "a university", "a useful"); not "an
# unusual", "an umbrella", "an urban", "an utter"
_VOWEL_AS_CONSONANT = lazy(r"(?i:one(?![a-z])|once|eu|ewe|u(?:ni(?:qu|vers|on|t|form|fi|lateral|corn|cycl)|nanim"
                           r"|s[eiua]|ti|tens|top|r[aio]n|rol|ku))")
# a consonant letter that is silent ("an hour", "an honest man")
_SILENT_H = lazy(r"(?i:hour|honest|honou?r|heir)")
_WORD = lazy(r"[\"“‘'(]*(?P<word>[A-Za-z][a-z]+)")
# abbreviations said letter by letter that open with a vowel sound ("an ATM": v8 wrote "There's a ATM near the hotel."
# around the term "ATM"); others are left as written ("a UN report", "a SIM card", "a NATO summit")
_LETTERS_WITH_A_VOWEL = lazy(r"[\"“‘'(]*(?:ATM|ID|SMS|MBA|MRI|HIV|NGO|MC|FBI|MP|HR|SOS|ICU|IQ|EU)(?![A-Za-z])")


def mended(words: list[str]) -> dict[int, str]:
    """The articles among `words` to write otherwise, by their place: {place: "an"} after "a" before a word that
    opens with a vowel sound, {place: "a"} after "an" before one that opens with a consonant sound."""
    out = {}
    for i, (article, nxt) in enumerate(zip(words, words[1:])):
        if article.lower() not in ("a", "an") or _in_a_name(words, i):
            continue
        if _LETTERS_WITH_A_VOWEL.match(nxt):
            vowel = True
        elif word := _WORD.match(nxt):
            vowel = _vowel_sound(word.group("word"))
        else:
            continue
        if vowel is None or vowel == (article.lower() == "an"):
            continue
        said = "an" if vowel else "a"
        out[i] = said.capitalize() if article[0].isupper() else said
    return out


# games English plays without "the" ("play the football": v6 wrote it for "chơi bóng đá"; shown "badminton", "play a
# badminton")
_GAMES = {"football", "soccer", "tennis", "badminton", "basketball", "volleyball", "golf", "chess", "baseball",
          "cricket", "hockey", "rugby", "table"}
_PLAY = {"play", "plays", "played", "playing"}


# what is not counted, after "a" that ends a clause ("I only have a cash.", "She is often a seasick.": v6 shown the
# terms "cash", "seasick"); not before a noun it says which of ("a cash machine")
_UNCOUNTED = {"cash", "seasick", "carsick", "luggage", "baggage", "advice", "information", "homework"}


# whose something is, which takes no article after it ("He forgot his the password.": v6 shown "forgot his"); not
# "her", which may be whom ("bought her a gift"), but after "forgot" ("She forgot her the ticket.": v8 shown "forgot
# her")
_WHOSE = {"my", "his", "our", "their", "your"}
_FORGOT = {"forgot", "forget", "forgets", "forgotten"}


def left_out(words: list[str]) -> dict[int, str]:
    """"the" or "a" between "play" and a game, by its place, to be left out ("play the football" → "play football",
    "play a badminton" → "play badminton"; "play the table tennis" → "play table tennis"); "a" before what is not
    counted ending a clause ("a cash." → "cash."); and "the" or "a" after "my", "his" … ("his the password")."""
    played = {i for i in range(1, len(words) - 1) if words[i] in ("the", "a") and words[i - 1].lower() in _PLAY
              and _a_game(words[i + 1:i + 3])}
    owned = {i for i in range(1, len(words) - 1) if words[i] in ("the", "a", "an") and (
        words[i - 1].lower() in _WHOSE or words[i - 1].lower() == "her" and i > 1 and words[i - 2].lower() in _FORGOT)}
    uncounted = {i for i in range(len(words) - 1) if words[i] in ("a", "an")
                 and words[i + 1].rstrip(".,!?;:").lower() in _UNCOUNTED
                 and (words[i + 1][-1] in ".,!?;:" or i + 2 == len(words) or words[i + 2][0] in ".,!?;:")}
    return {i: "" for i in played | uncounted | owned}


# things liked in general, which English says in the plural or without an article ("Tôi thích mèo." → "I like a
# cat.", "Tôi thích hoa." → "I like the flower.", "Tôi thích bóng đá." → "I like the football."): only where the
# Vietnamese names them alone after "thích", not "this one" ("này", "đó" …) or someone's ("của")
_LIKED_VI = lazy(r"(?i:thích|yêu)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s+và\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
                 r"(?:\s+(?:lắm|quá|nhất))?\s*[.!?]*$")
_WHICH_VI = lazy(r"(?<!\w)(?:này|đó|kia|ấy|của)(?!\w)")
_COUNTED = {"cat": "cats", "dog": "dogs", "flower": "flowers", "book": "books", "movie": "movies", "film": "films",
            "song": "songs", "bird": "birds", "animal": "animals", "child": "children"}
_UNCOUNTED_LIKED = _GAMES - {"table"} | {"coffee", "tea", "music", "rice", "beer", "chocolate", "fruit", "pho",
                                         "bread", "seafood"}
_LIKING = {"like", "likes", "love", "loves", "hate", "hates"}


def liked(words: list[str], source: str) -> dict[int, str]:
    """Where the Vietnamese `source` ends with a thing liked in general, or two joined by "và" (_LIKED_VI), the
    article (or "to") between "like", "love" … and each thing of the lists ending the English `words` left out, and
    a thing of _COUNTED in the plural, by their place ("like a cat." → "like cats.", "like the football." → "like
    football.", "like a cat and dog." → "like cats and dogs.")."""
    liked_vi = _LIKED_VI.search(source)
    if not liked_vi or _WHICH_VI.search(liked_vi.group()) or len(words) < 3:
        return {}
    k = max((i for i, w in enumerate(words) if w.lower() in _LIKING), default=len(words)) + 1
    out: dict[int, str] = {}
    for first in (True, False):  # a thing, and perhaps "and" another
        if k < len(words) - 1 and (words[k] in ("a", "an", "the") or first and words[k] == "to"):
            out[k], k = "", k + 1  # ("I like to coffee.")
        thing = _WORD.match(words[k]) if k < len(words) else None
        said = thing.group("word").lower() if thing else ""
        if said not in _COUNTED and said not in _UNCOUNTED_LIKED and said not in _COUNTED.values():
            return {}  # (in the plural already: "books")
        if said in _COUNTED:
            out[k] = _COUNTED[said] + words[k][thing.end():]
        if k == len(words) - 1:
            return out
        if not first or words[k + 1] != "and":
            return {}
        k += 2
    return {}


# places on a way, which English names with "the" after a word of where ("Đến vòng xoay thì rẽ phải." → "To
# roundabout, turn right.": v6 shown the term "roundabout")
_ON_THE_WAY = {"roundabout", "intersection", "crossroads"}
_WHERE = {"to", "at", "from", "past", "in", "reach", "until"}
# a meal gone to, which takes "to" (to_a_meal)
_GO = {"go", "goes", "went", "going"}
_MEALS = {"breakfast", "lunch", "dinner"}


def the_way(words: list[str]) -> dict[int, str]:
    """"the" after a word of where before a place on a way of _ON_THE_WAY, by the place of the word of where ("To
    roundabout" → "To the roundabout")."""
    return {i: f"{w} the" for i, (w, nxt) in enumerate(zip(words, words[1:]))
            if w.lower() in _WHERE and (said := _WORD.match(nxt)) and said.group("word").lower() in _ON_THE_WAY}


def to_a_meal(words: list[str]) -> dict[int, str]:
    """"to" after a form of "go" before a meal, by the place of the verb ("Let's go dinner." → "Let's go to dinner.":
    v6 wrote "Let's go lunch.", v7 "Let's go dinner.")."""
    return {i: f"{w} to" for i, (w, nxt) in enumerate(zip(words, words[1:]))
            if w.lower() in _GO and (said := _WORD.match(nxt)) and said.group("word").lower() in _MEALS
            and said.end() == len(nxt.rstrip(".,!?;:"))}


def _a_game(words: list[str]) -> bool:
    """Whether `words` open with a game of _GAMES ("table" only before "tennis")."""
    game = _WORD.match(words[0])
    said = game.group("word").lower() if game and game.end() == len(words[0].rstrip(".,!?;:")) else ""
    return said in _GAMES and (said != "table" or len(words) > 1 and words[1].startswith("tennis"))


def _in_a_name(words: list[str], i: int) -> bool:
    """Whether the capital "A" or "An" at `i` ends a name rather than opening a sentence: after a word with a capital
    that does not end one ("Hoi An from Hue", "Vitamin A is"; the rule wrote "Hoi A from Hue")."""
    before = words[i - 1] if i else ""
    return words[i][0].isupper() and before[:1].isupper() and not before.endswith((".", "!", "?", ":", "…"))


def a_or_an(word: str) -> str:
    """"a" or "an" before `word` as it sounds ("an honest person", "a useful one"; "a" where the letters do not
    tell)."""
    return "an" if _vowel_sound(word) else "a"


def _vowel_sound(word: str) -> bool | None:
    """Whether the word opens with a vowel sound; None where its letters do not tell (an abbreviation, "Uber")."""
    if word[0] == "U":  # "Uber", "Ukrainian", "Umbria": the letters do not tell
        return None
    if word[0].isdigit():  # as the number is said: "an 8-year", "an 11-month", "an 18-month"; "a 110-year"
        return word.startswith("8") or re.match(r"1[18](?!\d)", word) is not None
    if _SILENT_H.match(word):
        return True
    if word[0].lower() in "aeiou":
        return not _VOWEL_AS_CONSONANT.match(word)
    return False
