"""When someone did or will do something, asked in Vietnamese with "bao giờ" or "khi nào": at the end of the
question it asks about the past ("Bạn đến Việt Nam bao giờ?", when did you come to Vietnam?), opening it about what
is ahead ("Bao giờ bạn đến Việt Nam?", when will you come?), and "sẽ" says what is ahead wherever the word stands.
v6 lost the question or its time: "Bạn đến Việt Nam bao giờ?" → "You're Vietnam?", "Anh ấy đi Hà Nội bao giờ?" →
"How long he went to Hanoi?", "Bạn mua cái này khi nào?" → "When do you buy this when?", "Họ cưới nhau khi nào?" →
"What are they married?", "Bao giờ bạn đến Việt Nam?" → "Whenever you go to Vietnam?".

The English is mended word by word (mt.finishing), as mt.ever does: the words up to the model's verb become "When
did you" or "When will you" and the verb of the Vietnamese (_DONE); the model's words after its verb are kept
("Vietnam", "this"), but for a "when" it left at the end. Who is a pronoun of mt.ever.PRONOUNS. Asked ahead, only
where the model did not ask "When …" itself in the present ("Khi nào bạn đi làm?": "When do you go to work?" may be
a habit), but for a verb said whole ("về nước": "When do you get about the water?" → "When will you go home?").

    >>> when("You're Vietnam?".split(), "Bạn đến Việt Nam bao giờ?")
    {0: 'When did you come to'}
    >>> when("How will you go to Da Nang when?".split(), "Bạn sẽ đi Đà Nẵng khi nào?")
    {0: 'When will you go to', 1: '', 2: '', 3: '', 4: '', 6: 'Nang?', 7: ''}
"""
from __future__ import annotations

from .ever import FRAME, PRONOUNS
from .lazy_re import lazy
from .text import alternatives, keyed

# the Vietnamese verb and the English; one that goes with a place takes its preposition ("come to Vietnam"), and
# one of _WHOLE is said with nothing after it
_DONE = {"đến": "come to", "tới": "come to", "sang": "come to", "qua": "come to", "đi": "go to", "mua": "buy",
         "gặp": "meet", "quen": "meet", "cưới nhau": "get married", "lấy nhau": "get married", "học": "learn",
         "chuyển đến": "move to", "về nước": "go home", "về quê": "go home", "tốt nghiệp": "graduate",
         "nghỉ hưu": "retire", "đặt": "book", "bắt đầu": "start", "xong": "finish"}
_WHOLE = {"get married", "go home", "graduate", "retire"}
WHEN = r"(?:bao\s+giờ|khi\s+nào|lúc\s+nào|hồi\s+nào)"  # the words that ask when (mt.feelings reads them too)
_WHO = rf"(?P<who>(?i:{alternatives(PRONOUNS)}))"
_VERB = rf"(?P<verb>{alternatives(_DONE)})"
_REST = r"(?P<rest>(?:\s+(?!(?:bao|khi|lúc|hồi|vậy|thế)(?!\w))[^\s?]+)*)"
_END = r"(?:\s+(?:vậy|thế|ạ|nhỉ))?\s*\?"
_PAST = lazy(rf"{_WHO}\s+(?:đã\s+)?{_VERB}{_REST}\s+(?:vào\s+)?{WHEN}{_END}")
_AHEAD = (lazy(rf"(?i:{WHEN})\s+{_WHO}\s+(?:sẽ\s+)?{_VERB}{_REST}{_END}"),  # "Bao giờ bạn đến …?"
          lazy(rf"{_WHO}\s+sẽ\s+{_VERB}{_REST}\s+(?:vào\s+)?{WHEN}{_END}"))  # "Bạn sẽ đi … khi nào?"
# the model's words before its verb: the question's frame (mt.ever.FRAME and the words of "when")
_FRAME = FRAME | {"when", "whenever", "what", "how", "long", "we're", "they're", "it", "time", "going", "to", "now"}


def when(words: list[str], source: str) -> dict[int, str]:
    """Where the Vietnamese `source` asks when someone did (_PAST) or will do (_AHEAD) something of _DONE, the English
    `words` mended by their place: the words up to the model's verb become "When did you" or "When will you" and the
    verb; {} where the English has no verb where one goes, or asked ahead, the model asked "When …" in the present."""
    source = source.strip()
    m = next(filter(None, (shape.fullmatch(source) for shape in (_PAST, *_AHEAD))), None)
    if not m or not words:
        return {}
    ahead, rest = m.re != _PAST, m["rest"].strip()
    who, done = PRONOUNS[m["who"].lower()], _DONE[keyed(m["verb"])]
    if done.endswith(" to") and not rest or ahead and done not in _WHOLE and words[0].lower() == "when" \
            and len(words) > 1 and words[1].lower() in ("do", "does", "are", "is"):
        return {}  # "go to" with no place; "When do you go to work?", maybe a habit
    k = next((i for i, w in enumerate(words) if w.lower().strip("?,") not in _FRAME), None)
    if k is None or k + 1 == len(words) and done not in _WHOLE and not words[k][:1].isupper():
        return {}
    frame = f"When {'will' if ahead else 'did'} {who} {done}"
    if done in _WHOLE:  # "What are they married?" → "When did they get married?"
        return {0: frame + "?"} | {i: "" for i in range(1, len(words))}
    place = words[k][:1].isupper()  # "You're Vietnam?": the model's place where its verb should be
    if place and k == 0:
        return {}
    out = {0: frame} | {i: "" for i in range(1, k if place else k + 1)}
    if not place and k + 1 < len(words) and words[k + 1].lower() in (("to", "in", "at") if done.endswith(" to")
                                                                      else ("to",)):
        out[k + 1] = ""  # "go to" for the model's "went to"; "buy" for its "get to"
    last = len(words) - 1
    if words[last].lower().rstrip("?") == "when" and last > k:  # "… this when?"
        out[last - 1] = words[last - 1].rstrip(",") + "?"
        out[last] = ""
    return out


# en→vi: "When …?" asked in English; v6 often lost the "when" ("When did you come to Vietnam?" → "Bạn đến Việt
# Nam?", "When will you go to Da Nang?" → "Bạn sẽ đến Đà Nẵng?") or wrote "khi" alone ("When are you free?" → "Khi
# bạn có rảnh?", when you are free)
_EN_WHEN = lazy(r"\s*When\s+(?P<aux>did|was|were|will|do|does|are|is|can|should|would)\s+[^?.!]+\?\s*")
_VI_ASKED_WHEN = lazy(r"(?i:\b(?:khi|bao\s+giờ|lúc\s+nào|hồi\s+nào|mấy\s+giờ|ngày\s+nào)\b)")


def when_vi(words: list[str], source: str) -> dict[int, str]:
    """Where the English `source` asks "When …?" and the Vietnamese `words` do not ask when, the words mended by their
    place: "khi nào" at the end of a question about the past ("Bạn đến Việt Nam khi nào?"), "Khi nào" opening any
    other ("Khi nào bạn sẽ đến Đà Nẵng?"); a "Khi" alone that opens it becomes "Khi nào"."""
    m = _EN_WHEN.fullmatch(source)
    if not m or not words or not words[-1].endswith("?"):
        return {}
    if words[0] == "Khi" and len(words) > 1 and words[1] != "nào":
        return {0: "Khi nào"}
    if echo := _echoed_when(words):
        return echo
    if _VI_ASKED_WHEN.search(" ".join(words)):
        return {}
    if m["aux"] in ("did", "was", "were"):
        return {len(words) - 1: words[-1][:-1] + " khi nào?"}
    first = words[0] if " ".join(words[:2]).lower() not in _VI_WHO and words[0].lower() not in _VI_WHO \
        else words[0].lower()
    return {0: f"Khi nào {first}"}


def _echoed_when(words: list[str]) -> dict[int, str]:
    """"khi" and the words said before it again, closing the question, as "khi nào" ("Họ đã kết hôn khi kết hôn?"
    → "Họ đã kết hôn khi nào?"); {} where there is none."""
    j = max((i for i, w in enumerate(words[1:-1], 1) if w == "khi"), default=None)
    tail = " ".join(words[j + 1:]).rstrip("?") if j else ""
    if not tail or f" {tail} " not in f" {' '.join(words[:j])} ":
        return {}
    return {j: "khi nào?"} | {i: "" for i in range(j + 1, len(words))}


# who, written in small letters after "Khi nào" (a name keeps its capital)
_VI_WHO = set(PRONOUNS) | {"anh ta", "cô ta", "nó"}
