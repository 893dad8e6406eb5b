"""What someone is doing right now at home, said or asked, both ways, written whole by rule: watching TV, a film,
cartoons or the news, reading a book or the paper, listening to music or the radio, playing games, on the phone; and
what they are watching, reading, listening to or playing. v8 (rules on) reads "xem" as look at and "watch" as
monitor, loses "đang" going into Vietnamese, and loses kin as who: "Bọn trẻ đang xem hoạt hình." → "The children are
looking at the animation.", "Bạn đang xem gì vậy?" → "What's you look at?", "Bạn đang nghe gì vậy?" → "What's you
hear?", "Bố tôi đang đọc báo." → "I'm reading a newspaper.", "Bố tôi đang xem thời sự." → "I'm watching the time.",
"Tôi đang nói chuyện điện thoại." → "I'm talking about the phone.", "Anh ấy đang chơi điện tử." → "He's playing
electronics.", "Họ đang chơi bài." → "They're playing a song."; "I'm watching TV." → "Tôi đang theo dõi tivi.", "What
are you watching?" → "Bạn đang quan sát gì?", "The kids are watching cartoons." → "Trẻ đang theo dõi xem phim hoạt
hình.", "She's reading a book." → "Cô ấy đọc sách.", "I'm listening to music." → "Tôi nghe nhạc.", "What are you
reading?" → "Bạn đọc sách là gì?", "I'm on the phone." → "Tôi đang trên điện thoại.", "They are playing chess." →
"Họ đang chơi các bếp trưởng.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking), or the kids or everyone (mt.noise.GROUPS),
"đang" (or "vẫn đang", still) doing one of DOINGS, said, or asked with "có … không", "à", "hả", "phải không" (in
English "is/are … -ing", "still", "right now"); "đang xem / đọc / nghe / chơi (phim, sách, bài … ) gì?" and "What
(film, book …) are you watching / reading / listening to / playing?". Left: without "đang" ("Tôi xem tivi.": a habit,
or likes: mt/hobbies.py, mt/favourites.py), denied, with a time or a day (plans: mt/free_time.py, mt/matches.py),
"đang làm gì" (v8 is right), a call to someone (mt/calls.py), chores, cooking and homework (mt/chores.py,
mt/mealtimes.py, mt/homework.py), "I" asked about, a name's phone ("Minh đang dùng điện thoại": his or her).
mt.phrasebook.translate tries these after mt/cash.py.

    >>> translate("Bọn trẻ đang xem hoạt hình.", "vi", "en"), translate("What are you watching?", "en", "vi")
    ('The kids are watching cartoons.', 'Bạn đang xem gì?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, be_of, who, who_vi, whose_own
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .rule_keys import agreement_checked
from .terms import his_her
from .text import (
    BE_EN,
    EN_WHOSE,
    SOFTENED_END,
    alternatives,
    be,
    be_said,
    capitalised,
    keyed,
    progressive,
)

# what one is doing, as English says it after "is" (the first Vietnamese of each is written back; "{whose}" is
# whose phone, by who)
DOINGS = {"xem tivi": "watching TV", "xem ti vi": "watching TV", "xem TV": "watching TV", "xem phim": "watching a film",
          "xem một bộ phim": "watching a film", "xem phim hoạt hình": "watching cartoons",
          "xem hoạt hình": "watching cartoons", "xem bóng đá": "watching football", "xem đá bóng": "watching football",
          "xem thời sự": "watching the news", "xem tin tức": "watching the news", "xem YouTube": "watching YouTube",
          "đọc sách": "reading a book", "đọc báo": "reading the newspaper", "đọc truyện": "reading a story",
          "đọc truyện tranh": "reading comics", "đọc tạp chí": "reading a magazine",
          "nghe nhạc": "listening to music", "nghe đài": "listening to the radio",
          "nghe radio": "listening to the radio", "nghe podcast": "listening to a podcast",
          "chơi game": "playing games", "chơi điện tử": "playing video games",
          "chơi trò chơi điện tử": "playing video games", "chơi cờ": "playing chess", "chơi bài": "playing cards",
          "nói chuyện điện thoại": "on the phone", "nghe điện thoại": "on the phone",
          "gọi điện thoại": "on the phone", "gọi điện": "on the phone",
          "dùng điện thoại": "on {whose} phone", "chơi điện thoại": "on {whose} phone",
          "lướt điện thoại": "on {whose} phone"}
_DOINGS_KEYED = {keyed(vi): en for vi, en in DOINGS.items()}
DOINGS_VI = {keyed(en): vi for vi, en in reversed(DOINGS.items()) if "{" not in en} | {
    "watching television": "xem tivi", "watching the tv": "xem tivi", "watching a movie": "xem phim",
    "watching the film": "xem phim", "watching a film": "xem phim", "watching the movie": "xem phim",
    "watching the football": "xem bóng đá", "reading the paper": "đọc báo", "reading a newspaper": "đọc báo",
    "reading a comic": "đọc truyện tranh", "reading a comic book": "đọc truyện tranh",
    "playing computer games": "chơi game", "talking on the phone": "nói chuyện điện thoại"}
# what is asked for ("đang xem phim gì?": what film), the verb it goes with, and back
KINDS = {"phim": ("film", "xem"), "bộ phim": ("film", "xem"), "kênh": ("channel", "xem"),
         "chương trình": ("programme", "xem"), "sách": ("book", "đọc"), "cuốn sách": ("book", "đọc"),
         "truyện": ("story", "đọc"), "bài": ("song", "nghe"), "bài hát": ("song", "nghe"), "game": ("game", "chơi"),
         "trò": ("game", "chơi"), "trò chơi": ("game", "chơi")}
KINDS_VI = {en: vi for vi, (en, _) in reversed(KINDS.items())} | {"movie": "phim", "show": "chương trình",
                                                                   "program": "chương trình"}
_VERBS = {"xem": "watching", "đọc": "reading", "nghe": "listening to", "chơi": "playing"}
_VERBS_VI = {en: vi for vi, en in _VERBS.items()}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đang\s+(?:xem|đọc|nghe|chơi|nói|gọi|dùng|lướt))"),
         "en": lazy(r"(?i:watching|reading|listening|playing|on\s+\w+\s+phone)")}

_WHO_ANY = rf"(?:{WHO}|(?P<group>(?i:{alternatives(GROUPS)})))"
_NOW = lazy(rf"{_WHO_ANY}\s+(?:(?P<ask>có)\s+)?(?P<still>vẫn\s+)?đang\s+(?P<doing>(?i:{alternatives(DOINGS)}))"
            rf"(?:\s+(?P<asked>không|à|hả|phải\s+không))?{SOFTENED_END}")
_WHAT = lazy(rf"{_WHO_ANY}\s+(?P<still>vẫn\s+)?đang\s+(?P<verb>{alternatives(_VERBS)})"
             rf"(?:\s+(?P<kind>{alternatives(KINDS)}))?\s+gì{SOFTENED_END}")
_WHO_EN_ANY = rf"(?:{WHO_EN}|(?P<group>(?i:{alternatives(GROUPS_VI)})))"
_DOING_EN = (rf"(?P<doing>(?i:{alternatives(DOINGS_VI)})|on\s+(?P<owner>my|your|his|her|our|their)\s+"
             r"phone(?P<phones>s)?)")
_NOW_EN = lazy(rf"(?:(?P<be0>Am|Is|Are)\s+)?{_WHO_EN_ANY}{BE_EN}?(?:\s+(?P<still>still))?\s+{_DOING_EN}"
               r"(?:\s+(?:right\s+)?now)?\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What(?:\s+(?P<kind>{alternatives(KINDS_VI)}))?{BE_EN}\s+{_WHO_EN_ANY}"
                rf"(?:\s+(?P<still>still))?\s+(?P<verb>{alternatives(_VERBS_VI)})(?:\s+(?:right\s+)?now)?\s*\?+")


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks what someone is doing right now at home, or what they are
    watching, reading, listening to or playing; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    return _now(text) or _what(text) if src == "vi" else _now_vi(text) or _what_vi(text)


def who_now(m: re.Match, asked: bool) -> tuple[str, str, str | None] | None:
    """Who of _WHO_ANY in English, "is", "am" or "are" after them, and whose phone: ("the kids", "are", "their"),
    ("my mother", "is", "her"), ("I", "am", "my"); None for "anh", "chị" … alone said, and for "I" asked (a match of
    any pattern with the groups of hobbies.WHO and group, noise.GROUPS: mt/at_the_moment.py's too)."""
    if m["group"]:
        said, one = GROUPS[keyed(m["group"])]
        return said, "is" if one else "are", "your" if said == "you" else "their"
    found = who(m, asked)
    if found is None or asked and found[0] == "I":
        return None
    said, one = found
    whose = whose_own(m, said)  # (a name alone: his or her unknown)
    return said, "is" if one else be(said), whose


def _now(text: str) -> str | None:
    """"Tôi đang xem tivi." as "I'm watching TV.", "Bố tôi đang đọc báo." as "My father is reading the newspaper.",
    "Bạn có đang xem tivi không?" as "Are you watching TV?", "Bọn trẻ vẫn đang xem tivi à?" as "Are the kids still
    watching TV?" (_NOW); None for anything else."""
    m = _NOW.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and keyed(m["asked"] or "") != "không" or \
            m["still"] and m["ask"] or (said := who_now(m, asked)) is None:
        return None
    who_, be_, whose = said
    doing = _DOINGS_KEYED[keyed(m["doing"])]
    if "{whose}" in doing:
        if whose is None:
            return None
        doing = doing.format(whose=whose) + "s" * (whose in ("our", "their") or bool(m["group"]))  # (many)
    doing = f"{'still ' * bool(m['still'])}{doing}"
    return progressive(who_, be_, doing, asked, end=m["end"])


def _what(text: str) -> str | None:
    """"Bạn đang xem gì vậy?" as "What are you watching?", "Anh ấy đang đọc sách gì?" as "What book is he reading?",
    "Bạn đang nghe bài gì?" as "What song are you listening to?" (_WHAT); None for anything else, and for a kind
    that does not go with the verb ("nghe phim")."""
    m = _WHAT.fullmatch(text)
    if not m or "?" not in m["end"] or (said := who_now(m, True)) is None:
        return None
    who_, be_, _ = said
    verb = keyed(m["verb"])
    kind = KINDS[keyed(m["kind"])] if m["kind"] else None
    if kind and kind[1] != verb:
        return None
    return f"What {kind[0] + ' ' if kind else ''}{be_} {who_} {'still ' * bool(m['still'])}{_VERBS[verb]}?"


def _who_vi(m: re.Match) -> tuple[str, str, bool]:
    """Who of _WHO_EN_ANY in Vietnamese, the "be" that agrees with them, and whether they are the speaker: ("bọn
    trẻ", "are", False) for "the kids", ("mẹ tôi", "is", False) for "my mother", ("tôi", "am", True) for "I"."""
    if m["group"]:
        said = keyed(m["group"])
        return GROUPS_VI[said], "is" if said.startswith("every") else "are", False
    said, one = who_vi(m)
    return said, be_of(said, one), said == "tôi"


def _now_vi(text: str) -> str | None:
    """"I'm watching TV." as "Tôi đang xem tivi.", "The kids are watching cartoons." as "Bọn trẻ đang xem phim hoạt
    hình.", "Are you on the phone?" as "Bạn có đang nói chuyện điện thoại không?", "Are they still watching TV?" as
    "Họ vẫn đang xem tivi à?" (_NOW_EN); None for anything else, where "is" does not agree with who, and for "on his
    phone" said of someone else's."""
    m = _NOW_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, be_, me = _who_vi(m)
    if be_said(m["be0"] or m["be"]) != be_ or m["be0"] and me:
        return None
    if m["owner"]:
        pronoun = _pronoun(m)
        right = "their" if m["group"] else EN_WHOSE[pronoun] if pronoun else his_her(who_)
        if m["owner"].lower() != right and not (right is None and m["owner"].lower() in ("his", "her")) or \
                m["phones"] and right not in ("our", "their"):
            return None  # ("I'm on his phone": someone else's; a name's is his or her)
        doing = "dùng điện thoại"
    else:
        doing = DOINGS_VI[keyed(m["doing"])]
    if m["be0"]:
        return capitalised(f"{who_} vẫn đang {doing} à?" if m["still"] else f"{who_} có đang {doing} không?")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang {doing}") + ("!" if "!" in m["end"] else ".")


def _pronoun(m: re.Match) -> str | None:
    """The English pronoun of a match of WHO_EN as EN_WHOSE keys it ("I", "she"); None for kin or a name."""
    said = (m["who"] or "").lower()
    return "I" if said == "i" else said or None


def _what_vi(text: str) -> str | None:
    """"What are you watching?" as "Bạn đang xem gì?", "What book is she reading?" as "Cô ấy đang đọc sách gì?",
    "What are the kids playing?" as "Bọn trẻ đang chơi gì?" (_WHAT_EN); None for anything else, where "is" does not
    agree with who, for "I" asked, and for a kind that does not go with the verb."""
    m = _WHAT_EN.fullmatch(text)
    if not m:
        return None
    who_, be_, me = _who_vi(m)
    verb = _VERBS_VI[keyed(m["verb"])]
    kind = KINDS_VI[m["kind"].lower()] if m["kind"] else None
    if be_said(m["be"]) != be_ or me or kind and KINDS[kind][1] != verb:
        return None
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}đang {verb}{' ' + kind if kind else ''} gì?")
