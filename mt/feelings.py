"""How someone feels, said in Vietnamese with who and a word for it ("Tôi mệt quá.", I'm so tired), written by rule
in English. v6 lost the word or read "quá" (so) as "too": "Hôm nay tôi mệt quá." → "I'm tired of today.", "Sáng nay
tôi đói quá." → "This morning, I'm too hungry.", "Tôi buồn quá." → "I'm too sad.", "Dạo này tôi bận quá." → "This
rice I'm too busy.", "Tôi khát quá." → "I'm pretty much.", "Tôi hơi mệt." → "I'm tired." (not "a bit").

The clause from who to the word goes to the model as English (a term, mt/terms.py), in the tense its day (or else
the sentence's) and its words say ("Mai tôi bận." → "I'll be busy"), as mt/weather.py does for "trời": only where
who and the word make the clause, after a day, "lately" or a place at most (mt.weather.OPENING), and not a question;
asked when ("Khi nào bạn rảnh?", v6 "When do you free?"), the whole question ("When are you free").

    >>> [m.replacement for m in matches("Hôm qua tôi mệt lắm, nhưng hôm nay tôi không mệt.", "vi", "en")]
    ['I was really tired', "I'm not tired"]
"""
from __future__ import annotations

import re

from .glossary import Match
from .lazy_re import lazy
from .text import alternatives, contracted, keyed
from .weather import AHEAD, DEGREE, OPENING, PAST
from .when import WHEN

# (v7: "Tôi đang đói bụng." → "I'm hungry at hungry.", "Tôi khát nước quá." → "I'm thirsty too.")
FEELINGS = {"mệt": "tired", "mệt mỏi": "tired", "bận": "busy", "rảnh": "free", "đói": "hungry", "đói bụng": "hungry",
         "khát": "thirsty", "khát nước": "thirsty", "buồn ngủ": "sleepy", "vui": "happy", "buồn": "sad", "ốm": "sick",
         "chán": "bored", "lo lắng": "worried", "sợ": "scared", "căng thẳng": "stressed", "hạnh phúc": "happy",
         "giận": "angry", "thất vọng": "disappointed", "ngạc nhiên": "surprised", "khỏe": "well", "hồi hộp": "nervous",
         "cô đơn": "lonely"}
# what brings on a nervous habit or a stammer ("khi hồi hộp" ↔ "when nervous"), in FEELINGS' English; English
# "anxious" is "lo lắng" too (mt/stammering.py, mt/nail_biting.py)
NERVES = {vi: FEELINGS[vi] for vi in ("hồi hộp", "lo lắng", "căng thẳng")}
NERVES_EN = {en: vi for vi, en in NERVES.items()} | {"anxious": "lo lắng"}
_WHO = {"tôi": "I", "mình": "I", "anh ấy": "he", "cô ấy": "she", "chị ấy": "she", "ông ấy": "he", "bà ấy": "she",
        "họ": "they", "chúng tôi": "we", "bạn": "you"}
_DEGREE = DEGREE | {"thật": "really", "thật sự": "really", "cực kỳ": "extremely"}  # how much (mt.weather.DEGREE)
_AFTER = ("quá", "lắm", "ghê", "thế")  # the words of it said after the word for how one feels
_BEFORE = [w for w in _DEGREE if w not in _AFTER]
_FEELS = lazy(rf"(?<!\w)(?P<who>(?i:{alternatives(_WHO)}))(?P<when>(?:\s+(?:đã|đang|vẫn|cũng|sẽ))*)"
              rf"(?P<not>\s+không)?(?:\s+(?P<before>{alternatives(_BEFORE)}))?\s+(?P<w>{alternatives(FEELINGS)})"
              rf"(?:\s+(?P<after>{alternatives(_AFTER)}))?(?:\s+rồi)?"
              r"(?=\s*(?:[,.!…;]|$|(?:và|nhưng|nên)(?!\w)))")
# asked when ("Khi nào bạn rảnh?", "Bạn rảnh khi nào?": v6 "When do you free?", "Bao giờ anh ấy rảnh?": "How will you
# now be free?")
_ASKED_WHEN = lazy(rf"\s*(?:(?i:{WHEN})\s+(?P<who>(?i:{alternatives(_WHO)}))(?P<will>\s+sẽ)?\s+"
                   rf"(?P<w>{alternatives(FEELINGS)})|(?P<who2>(?i:{alternatives(_WHO)}))(?P<will2>\s+sẽ)?\s+"
                   rf"(?P<w2>{alternatives(FEELINGS)})\s+(?i:{WHEN}))(?:\s+(?:vậy|thế|ạ|nhỉ))?(?=\s*\?+\s*$)")
_AND = lazy(r"^\s*(?:nhưng|và|mà|nên)\s+", re.IGNORECASE)  # a clause after a comma ("…, nhưng hôm nay tôi …")
_LATELY = lazy(r"\s*((?i:dạo\s+này|dạo\s+gần\s+đây|gần\s+đây|mấy\s+hôm\s+nay))(?:\s*,)?\s*")


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """The clauses of a Vietnamese sentence that say how someone feels, each in English."""
    if (src, tgt) != ("vi", "en"):
        return []
    if asked := _ASKED_WHEN.match(text):  # "When are you free?", "When will you be free?"
        who = _WHO[keyed(asked["who"] or asked["who2"])]
        feel = FEELINGS[" ".join((asked["w"] or asked["w2"]).split())]
        be = "will" if asked["will"] or asked["will2"] else "am" if who == "I" else "is" if who in ("he", "she") \
            else "are"
        said = f"When will {who} be {feel}" if be == "will" else f"When {be} {who} {feel}"
        return [Match(len(text) - len(text.lstrip()), asked.end(), said, "term")]
    out = []
    for m in _FEELS.finditer(text):
        clause = _AND.sub("", re.split(r"[,;:.!?]\s*", text[: m.start()])[-1])
        if re.match(r"\s*\?", text[m.end():]):
            continue
        if lately := _LATELY.fullmatch(clause):  # "Dạo này tôi bận quá." (v6: "This rice I'm too busy.")
            out.append(Match(m.start() - len(clause) + lately.start(1), m.end(), _said(m, "lately"), "term"))
            continue
        if not OPENING.fullmatch(clause):
            continue
        # the clause's own day, or else the sentence's ("Hôm qua tôi mệt lắm, nhưng hôm nay tôi không mệt.")
        said = clause if clause.strip() else re.split(r"[.!?]\s", text[: m.start()])[-1] + text[m.start():]
        said = said.split(".")[0]
        time = "past" if "đã" in m["when"] or PAST.search(said) else \
            "ahead" if AHEAD.search(said) else "now"
        out.append(Match(m.start(), m.end(), _said(m, time), "term"))
    return out


def _said(m: re.Match, time: str) -> str:
    """"I'm so tired", "I was very tired", "she's not hungry", "I'm still a bit tired", "I'll be busy", "I've been
    so busy lately" (`time`: "now", "past", "ahead" or "lately")."""
    who = _WHO[keyed(m["who"])]
    degree = _DEGREE.get(" ".join((m["before"] or m["after"] or "").split()), "")
    when = m["when"].split()
    words = " ".join(w for w in ("still" if "vẫn" in when else "", "also" if "cũng" in when else "",
                                 "not" if m["not"] else "", degree, FEELINGS[" ".join(m["w"].split())]) if w)
    if "sẽ" in when or time == "ahead":
        return contracted(who, f"will be {words}")
    if time == "lately":
        return contracted(who, f"{'has' if who in ('he', 'she') else 'have'} been {words} lately")
    if time == "past":
        return f"{who} {'were' if who in ('you', 'we', 'they') else 'was'} {words}"
    return contracted(who, f"{'am' if who == 'I' else 'is' if who in ('he', 'she') else 'are'} {words}")
