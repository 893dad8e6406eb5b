"""TV series and dramas, both ways, written whole by rule: who is watching or following a (Korean, Chinese,
American …) series, who likes them, binge-watching ("cày phim"), waiting for the next episode, an episode or a season
out, how many episodes a series has, and spoilers. v8 (the rules on) reads "phim bộ" as a film, "cày" as showing,
"tập" as a set or a file, and "drama", "series", "spoilers" as a disaster, a chain, shampoo: "Tôi đang xem phim bộ
Hàn Quốc." → "I'm watching the movie of South Korea.", "Tôi cày phim cả đêm." → "I'm going to show the movie all
night.", "Tôi đang chờ tập tiếp theo." → "I'm waiting for the next set.", "Mùa hai ra rồi." → "The two-week
seasons.", "Phim này có bao nhiêu tập?" → "How much do this Phi?"; "I'm watching a Korean drama." → "Tôi đang theo
dõi một thảm họa của Hàn Quốc.", "I binge-watched the whole series last night." → "Tôi đã theo dõi toàn bộ chuỗi tối
qua.", "This series has 16 episodes." → "Số này có 16 tập phim.", "No spoilers!" → "Không có dầu gội!".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) is watching or following a series ("phim bộ", "phim truyền hình"; of a
people of mt.nations.NATIONALITIES, or "Hàn": "a Korean drama", "an American series"), or asked; likes or loves
watching them, said, denied, asked; is binge-watching; binge-watched all night, on a day behind, or the whole series
(just, done, on a day behind); is waiting, or can't wait, for the next episode; the next or new episode, a season or
the new season out, out yet, soon, on a weekday, and when; new episodes every Friday; how many episodes this or that
series has; "No spoilers!", "Don't give away the ending!". Left: "bộ phim", "phim" and "phim Hàn" watched or liked (a
film, or a series? "xem phim" is mt/doing_now.py's, mt/hobbies.py's, mt/books_films.py's), "bộ phim truyền hình"
liked (one series: which?), "drama" alone (a genre) or of a people but Korean, Chinese, Japanese, Thai, Vietnamese
("an American drama": a film?), "phần hai" (a sequel, or a season?), "Tập mới ra vào thứ Sáu." (this Friday, or
each?), a bare "Tôi cày phim." (when?), "cả đêm" with a day, "Còn hai tập nữa." (episodes, or a book's volumes?),
"nữa" after waiting but "không chờ nổi" (too?), "khi nào" after the thing (when it came out), binge-watching asked,
"binged" alone (eating?), "Don't spoil it for me!" in English (a surprise?).
mt.phrasebook.translate tries these after mt/card_trouble.py.

    >>> translate("Tôi đang xem phim bộ Hàn Quốc.", "vi", "en"), translate("I binge-watched all night.", "en", "vi")
    ("I'm watching a Korean drama.", 'Tôi cày phim cả đêm.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, be_agrees, who, who_vi
from .lazy_re import lazy
from .nations import NATIONALITIES
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .text import (ASKED_END, BE_EN, EN_DAYS, SOFTENED_END, VI_DAYS, alternatives, be, capitalised, contracted,
                   keyed, present, progressive, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:phim|tập|mùa|spoil|tiết\s+lộ)"),
         "en": lazy(r"(?i:series|drama|binge|episode|season|spoiler|ending)")}
# the peoples whose series are named ("phim bộ Hàn Quốc"; "Hàn" as speech shortens it); written with their capital,
# so "anh" (you) is not "Anh" (British); the first Vietnamese of each English is written back
_NATIONS = NATIONALITIES | {"Hàn": "Korean"}
_NATIONS_VI = {en: vi for vi, en in reversed(NATIONALITIES.items())}
_DRAMAS = {"Korean", "Chinese", "Japanese", "Thai", "Vietnamese"}  # (English calls theirs dramas; the others series)
_NATION = rf"(?P<nation>{alternatives(_NATIONS)})"
_NATION_EN = rf"(?P<nation>{alternatives(_NATIONS_VI)})"
_SERIES = r"(?P<series>(?i:bộ\s+phim\s+truyền\s+hình|phim\s+bộ|phim\s+truyền\s+hình))"
_N = rf"(?P<n>\d{{1,3}}|(?i:{alternatives(VI_TO_EN)}))"
_N_EN = rf"(?P<n>\d{{1,3}}|(?i:{alternatives(EN_TO_VI)}))"
# days behind that binge-watching is said on (the first Vietnamese of each is written back), and the days of the week
_BEHIND = near_days("tối qua", "tối hôm qua", "đêm qua", "hôm qua", "hôm kia", "cuối tuần trước", "tuần trước")
_BEHIND_VI = {en: vi for vi, en in reversed(_BEHIND.items())}
_WEEK = {keyed(vi): en for en, vi in zip(EN_DAYS, VI_DAYS)} | {f"thứ {n}": en for n, en in zip(range(2, 8), EN_DAYS)}
_WEEK_VI = dict(zip(EN_DAYS, VI_DAYS))
_WHOLE = {"cả đêm": "all night", "suốt đêm": "all night", "thâu đêm": "all night"}

# watching or following a series now, liking them ("Tôi đang xem phim bộ Hàn Quốc.", "Bạn có thích xem phim bộ
# không?"; "một bộ phim mới" followed only: a film is not followed)
_WATCH = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<now>đang\s+xem|đang\s+theo\s+dõi)|"
              r"(?P<very>rất\s+)?(?P<likes>thích|mê)(?P<xem>\s+xem)?)\s+(?:(?P<one>một)\s+)?"
              rf"(?:{_SERIES}|(?P<film>bộ\s+phim))(?:\s+{_NATION})?(?:\s+(?P<new>mới))?{ASKED_END}")
# binge-watching ("Tôi cày phim cả đêm.", "Tối qua tôi cày hết cả bộ phim.", "Tôi đang cày phim Hàn.")
_BINGE = lazy(rf"(?:(?P<day>(?i:{alternatives(_BEHIND)}))\s+)?{WHO}\s+(?:(?P<aux>đã|đang|vừa)\s+)?"
              r"cày\s+(?:(?P<whole>hết|xong)\s+(?:cả\s+)?(?:bộ\s+phim|phim\s+bộ)(?:\s+(?P<this>này|đó))?|phim"
              rf"(?P<bo>\s+bộ)?(?:\s+{_NATION})?)(?:\s+(?P<span>{alternatives(_WHOLE)}))?(?:\s+(?P<done>rồi))?"
              rf"{SOFTENED_END}")
# waiting for the next episode ("Tôi đang chờ tập tiếp theo.", "Tôi nóng lòng chờ tập tiếp theo quá.")
_WAIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<ing>đang)\s+(?:chờ|đợi)|(?P<eager>nóng\s+lòng\s+(?:chờ|đợi)|"
             r"(?:chờ|đợi)\s+không\s+nổi|không\s+(?:chờ|đợi)\s+(?:nổi|được)))\s+(?:đến\s+)?tập\s+(?:tiếp\s+theo|tiếp|"
             rf"sau)(?:\s+(?P<much>quá|lắm))?(?P<more>\s+nữa)?{ASKED_END}")
# an episode or a season out ("Mùa hai ra rồi.", "Tập tiếp theo ra vào thứ Sáu.", "Khi nào có tập mới?")
_THING = (r"(?P<thing>(?i:tập)\s+(?:(?P<next>tiếp\s+theo|tiếp|sau)|(?P<new>mới))|(?i:mùa)\s+(?:(?P<sn>hai|ba|bốn|năm|"
          r"[2-9])|(?P<snew>mới)))")
_WEEKDAY = rf"(?P<wd>(?i:{alternatives(_WEEK)}))"
_OUT = lazy(rf"{_THING}\s+(?:(?P<did>đã)\s+|(?P<soon>sắp)\s+|(?P<will>sẽ)\s+)?(?P<verb>ra(?:\s+mắt)?|lên\s+sóng|"
            rf"phát\s+sóng)(?:\s+(?:vào\s+)?(?P<every>mỗi\s+|các\s+)?{_WEEKDAY}(?P<weekly>\s+h[ằà]ng\s+tuần)?)?"
            rf"(?:\s+(?P<tail>rồi|chưa))?{SOFTENED_END}")
_WHEN = lazy(rf"(?i:khi\s+nào|bao\s+giờ)(?:\s+thì)?\s+(?:(?:có|ra)\s+{_THING}|{_THING.replace('?P<', '?P<x')}\s+ra)"
             rf"{SOFTENED_END}")
# how many episodes ("Phim này có bao nhiêu tập?", "Bộ phim này có 16 tập.")
_COUNT = lazy(rf"(?i:bộ\s+phim|phim(?:\s+bộ)?)\s+(?P<this>này|đó|ấy)\s+(?P<verb>có|dài)\s+(?:(?P<how>bao\s+nhiêu|"
              rf"mấy)|{_N})\s+tập{SOFTENED_END}")
# spoilers ("Đừng spoil nhé!", "Đừng tiết lộ cái kết nhé!"; "spoil" is said of nothing else)
_SPOIL = lazy(r"(?i:đừng)\s+(?:(?P<spoil>spoil)|tiết\s+lộ\s+(?:cái\s+)?kết(?:\s+phim)?)(?P<me>\s+cho\s+(?:tôi|mình))?"
              r"(?:\s+(?:nhé|nha|nhá|mà))?\s*(?P<end>[.!]*)")

# ... and in English
_ONE_EN = (rf"(?P<a>an?)\s+(?:(?P<new>new)\s+)?(?:{_NATION_EN}\s+)?(?P<tv>TV\s+)?(?P<kind>drama|series)")
_MANY_EN = rf"(?:{_NATION_EN}\s+)?(?P<tv>TV\s+)?(?P<kind>dramas|series)"
_WATCH_EN = lazy(rf"{WHO_EN}{BE_EN}\s+(?P<verb>watching|following)\s+{_ONE_EN}\s*(?P<end>[.!]*)")
_NOT_EN = r"(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not)"
_LIKE_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+{_NOT_EN})?\s+(?P<verb>likes?|loves?|enjoys?)\s+"
                rf"(?P<watching>watching\s+)?{_MANY_EN}\s*(?P<end>[.!?]*)")
_BINGED = r"(?:(?P<bw>binge[-\s]?watch)|binge)"  # ("binged" alone may be eating or drinking: only of a series)
_BINGE_NOW_EN = lazy(rf"{WHO_EN}{BE_EN}\s+{_BINGED}ing(?:\s+{_MANY_EN})?\s*(?P<end>[.!]*)")
_BINGE_EN = lazy(rf"{WHO_EN}(?P<have>'ve|'s|\s+have|\s+has)?(?:\s+(?P<just>just))?\s+{_BINGED}(?:e)?d"
                 r"(?:\s+(?:(?P<whole>the\s+whole\s+(?:TV\s+)?series|(?P<this>this|that)\s+whole\s+series)|"
                 rf"{_MANY_EN}))?(?:\s+(?P<span>all\s+night))?(?:\s+(?P<day>{alternatives(_BEHIND_VI)}))?"
                 r"\s*(?P<end>[.!]*)")
_WAIT_EN = lazy(rf"{WHO_EN}(?:{BE_EN}\s+waiting|(?P<cant>\s+can['’]t|\s+cannot)\s+wait)\s+for\s+the\s+next\s+episode"
                r"\s*(?P<end>[.!]*)")
_SEASONS_EN = {"two": "hai", "three": "ba", "four": "bốn", "five": "năm", "second": "thứ hai", "third": "thứ ba",
               "fourth": "thứ tư", "fifth": "thứ năm"}
_THING_EN = (r"(?P<thing>(?i:the)\s+(?:next|new)\s+episode|(?i:the)\s+new\s+season|(?i:season)\s+(?:two|three|four|"
             r"five|[2-9])|(?i:the)\s+(?:second|third|fourth|fifth)\s+season)")
_YET_EN = lazy(rf"Is\s+{_THING_EN}\s+out\s+yet\s*\?+")
_OUT_EN = lazy(rf"{_THING_EN}(?P<be>\s+is|'s)?\s+(?:(?P<out>out)|(?P<soon>coming\s+out\s+soon)|(?P<verb>comes\s+out|"
               rf"airs|will\s+come\s+out|will\s+air)\s+on\s+(?P<wd>{'|'.join(EN_DAYS)}))\s*(?P<end>[.!]*)")
_WEEKLY_EN = lazy(rf"New\s+episodes\s+(?P<verb>come\s+out|air)\s+(?:every\s+(?P<wd>{'|'.join(EN_DAYS)})|on\s+"
                  rf"(?P<wds>{'|'.join(EN_DAYS)})s)\s*(?P<end>[.!]*)")
_WHEN_EN = lazy(rf"When\s+(?:does|will)\s+{_THING_EN}\s+(?:come\s+out|be\s+out)\s*\?+")
_COUNT_EN = lazy(rf"(?:How\s+many\s+episodes\s+does\s+(?P<qthis>this|that)\s+(?:TV\s+)?series\s+have\s*\?+|"
                 rf"(?P<this>This|That)\s+(?:TV\s+)?series\s+has\s+{_N_EN}\s+episodes\s*(?P<end>[.!]*))")
_SPOIL_EN = lazy(r"(?:(?P<no>No\s+spoilers(?:,?\s+please)?)|(?:Please\s+)?[Dd]on['’]t\s+(?:(?P<tell>tell\s+me)|give\s+"
                 r"away|spoil)\s+the\s+ending(?:,?\s+please)?)\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a TV series watched, followed, liked or binge-watched, its next episode or
    season, its episodes counted, or spoilers; None for any other."""
    if src == "vi":
        return (_watch(text) or _binge(text) or _wait(text) or _out(text) or _when(text) or _count(text) or
                _spoil(text))
    text = text.replace("’", "'")
    return (_watch_vi(text) or _like_vi(text) or _binge_vi(text) or _wait_vi(text) or _out_vi(text) or
            _count_vi(text) or _spoil_vi(text))


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?", "… không?"), False said; None where "?" and "không" do not
    agree, "có" is said without "không", or "không" both denies and asks."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m["ask"] and not asked or asked and m["not"]:
        return None
    return asked


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet, and for "Anh" alone said."""
    return None if animal(m) else who(m, asked)


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one ("mẹ tôi", True); None for a pet ("my dog")."""
    return None if animal(m) else who_vi(m)


def _series(nation: str | None, many: bool, new: bool = False) -> str:
    """A series in English, of a people or none: "a Korean drama", "an American series", "a new TV series"; many
    (`many`): "Korean dramas", "TV series"."""
    kind = ("drama" if nation in _DRAMAS else "series") if nation else "TV series"
    said = " ".join(w for w in ("new" if new else "", nation, kind) if w)
    if many:
        return f"{said}s" if kind == "drama" else said
    return f"{a_or_an(said)} {said}"


def _nation(m: re.Match) -> str | None:
    """The English people of a Vietnamese match's group nation ("Hàn" "Korean"); None for none."""
    return m["nation"] and _NATIONS[m["nation"]]


def _watch(text: str) -> str | None:
    """"Tôi đang xem phim bộ Hàn Quốc." as "I'm watching a Korean drama.", "Bạn có đang xem phim bộ không?" as "Are you
    watching a TV series?", "Tôi đang theo dõi một bộ phim mới." as "I'm following a new TV series.", "Chị tôi thích xem
    phim bộ Trung Quốc." as "My sister likes watching Chinese dramas." (_WATCH); None for anything else."""
    m = _WATCH.fullmatch(text)
    asked = m and _asked(m)
    found = m and asked is not None and _who(m, asked)
    if not found or m["film"] and not (m["one"] and m["new"] and m["now"] and "dõi" in m["now"]):
        return None  # ("bộ phim" is a film: only "một bộ phim mới" followed is a series)
    who_, one = found
    if m["now"]:
        if m["not"] or m["very"] or asked and not m["ask"] or asked and who_ == "I":
            return None
        doing = "following" if "dõi" in m["now"] else "watching"
        said = f"{doing} {_series(_nation(m), False, bool(m['new']))}"
        return progressive(who_, be(who_), said, asked, end=m["end"])
    if m["one"] or m["new"] or asked and who_ == "I" or keyed(m["series"]).startswith("bộ"):
        return None  # ("thích bộ phim truyền hình Hàn Quốc": "bộ" counts one series, not Korean dramas)
    verb = "love" if m["likes"] == "mê" else "like"
    watching = "watching " if m["xem"] else ""
    if m["very"] and (asked or m["not"]):
        return None
    very = "really " * bool(m["very"])
    return present(who_, one, verb, f"{watching}{_series(_nation(m), True)}", asked, bool(m["not"]), m["end"], very)


def _binge(text: str) -> str | None:
    """"Tôi cày phim cả đêm." as "I binge-watched all night.", "Tối qua tôi cày hết cả bộ phim." as "I binge-watched
    the whole series last night.", "Tôi đang cày phim Hàn." as "I'm binge-watching Korean dramas." (_BINGE); None
    for anything else, asked, and a bare "Tôi cày phim." (now, or done?)."""
    m = _BINGE.fullmatch(text)
    if not (found := m and "?" not in m["end"] and _who(m, False)):
        return None
    who_, one = found
    aux, day_ = keyed(m["aux"] or ""), f" {_BEHIND[keyed(m['day'])]}" if m["day"] else ""
    what = f" {_series(_nation(m), True)}" if m["nation"] or m["bo"] else ""
    if aux == "đang":
        bad = m["span"] or m["whole"] or day_ or m["done"]
        return None if bad else capitalised(contracted(who_, f"{be(who_)} binge-watching{what}{stop(m['end'])}"))
    if m["whole"]:
        if m["span"] or m["done"] and (day_ or aux) or aux == "vừa" and day_:
            return None
        whole = f"{'the' if not m['this'] else 'this' if m['this'] == 'này' else 'that'} whole series"
        if m["done"]:
            return capitalised(contracted(who_, f"{'has' if one else 'have'} binge-watched {whole}{stop(m['end'])}"))
        return capitalised(f"{who_} {'just ' * (aux == 'vừa')}binge-watched {whole}{day_}{stop(m['end'])}")
    if aux == "vừa" or m["done"] or not (m["span"] or day_ or aux and what) or m["span"] and day_:
        return None  # ("Tôi cày phim.": now, or done? "Tối qua tôi cày phim cả đêm.": English says it twice)
    span = " all night" if m["span"] else ""
    return capitalised(f"{who_} binge-watched{what}{span}{day_}{stop(m['end'])}")


def _wait(text: str) -> str | None:
    """"Tôi đang chờ tập tiếp theo." as "I'm waiting for the next episode.", "Bạn có đang đợi tập tiếp theo không?" as
    "Are you waiting for the next episode?", "Tôi nóng lòng chờ tập tiếp theo quá." as "I can't wait for the next
    episode." (_WAIT); None for anything else."""
    m = _WAIT.fullmatch(text)
    asked = bool(m and m["asked"])
    found = m and asked == ("?" in m["end"]) == bool(m["ask"]) and _who(m, asked)
    if not found or asked and (m["eager"] or found[0] == "I") or m["much"] and not m["eager"]:
        return None
    if m["more"] and "không" not in (m["eager"] or ""):
        return None  # ("nữa" is "any longer" only after "không chờ nổi"; "đang chờ … nữa" is "too"?)
    who_ = found[0]
    if m["eager"]:
        return capitalised(f"{who_} can't wait for the next episode{stop(m['end'])}")
    return progressive(who_, be(who_), "waiting for the next episode", asked, end=m["end"])


def _thing(m: re.Match, x: str = "") -> str:
    """The episode or season of a match of _THING in English: "the next episode", "the new episode", "season two",
    "season 2", "the new season" (its groups' names after `x`, as _WHEN has them)."""
    if m[f"{x}next"] or m[f"{x}new"]:
        return f"the {'next' if m[f'{x}next'] else 'new'} episode"
    return "the new season" if m[f"{x}snew"] else f"season {_number(m[f'{x}sn'], 'vi')}"


def _out(text: str) -> str | None:
    """"Mùa hai ra rồi." as "Season two is out.", "Tập mới ra chưa?" as "Is the new episode out yet?", "Mùa mới sắp ra
    rồi." as "The new season is coming out soon.", "Tập tiếp theo ra vào thứ Sáu." as "The next episode comes out on
    Friday.", "Tập mới lên sóng vào thứ Sáu hằng tuần." as "New episodes air every Friday." (_OUT); None for anything
    else, and for a new episode on a day but not every week (this Friday, or every one?)."""
    if not (m := _OUT.fullmatch(text)):
        return None
    thing = _thing(m)
    asked, tail, wd = "?" in m["end"], m["tail"] or "", m["wd"] and _WEEK[keyed(m["wd"])]
    every = bool(m["every"] or m["weekly"])
    airs = "ra" not in m["verb"]
    if wd:
        if asked or tail or m["did"] or m["soon"] or every != bool(m["new"]) or m["every"] and m["weekly"]:
            return None
        if every:
            return None if m["will"] else f"New episodes {'air' if airs else 'come out'} every {wd}{stop(m['end'])}"
        verb = f"will {'air' if airs else 'come out'}" if m["will"] else "airs" if airs else "comes out"
        return capitalised(f"{thing} {verb} on {wd}{stop(m['end'])}")
    if m["will"] or airs or (tail == "chưa") != asked or m["did"] and m["soon"]:
        return None
    if tail == "chưa":
        return None if m["did"] or m["soon"] else f"Is {thing} out yet?"
    if m["soon"]:
        return capitalised(f"{thing} is coming out soon{stop(m['end'])}")
    return capitalised(f"{thing} is out{stop(m['end'])}") if tail == "rồi" or m["did"] else None


def _when(text: str) -> str | None:
    """"Khi nào có tập tiếp theo?" as "When does the next episode come out?", "Bao giờ ra mùa hai?" as "When does
    season two come out?" (_WHEN); None for anything else, and for "khi nào" after the thing (when it came out)."""
    if not (m := _WHEN.fullmatch(text)) or "?" not in m["end"]:
        return None
    return f"When does {_thing(m, '' if m['thing'] else 'x')} come out?"


def _number(n: str, lang: str) -> str:
    """A number of `_N` (`lang` "vi") in English, or of `_N_EN` ("en") in Vietnamese; digits as they are."""
    return (VI_TO_EN if lang == "vi" else EN_TO_VI).get(keyed(n), n)


def _count(text: str) -> str | None:
    """"Phim này có bao nhiêu tập?" as "How many episodes does this series have?", "Bộ phim này có 16 tập." as "This
    series has 16 episodes." (_COUNT); None for anything else, and for one episode."""
    m = _COUNT.fullmatch(text)
    asked = m and "?" in m["end"]
    if not m or bool(m["how"]) != asked or m["n"] and _number(m["n"], "vi") in ("one", "1"):
        return None
    this = "this" if keyed(m["this"]) == "này" else "that"
    if asked:
        return f"How many episodes does {this} series have?"
    return f"{this.capitalize()} series has {_number(m['n'], 'vi')} episodes{stop(m['end'])}"


def _spoil(text: str) -> str | None:
    """"Đừng spoil nhé!" as "No spoilers!", "Đừng spoil cho tôi nhé!" as "Don't spoil it for me!", "Đừng tiết lộ cái
    kết nhé!" as "Don't give away the ending!", "Đừng tiết lộ cái kết cho tôi!" as "Don't tell me the ending!"
    (_SPOIL); None for anything else."""
    if not (m := _SPOIL.fullmatch(text)):
        return None
    said = ("Don't spoil it for me", "No spoilers") if m["spoil"] else ("Don't tell me the ending", "Don't give away "
                                                                        "the ending")
    return f"{said[0] if m['me'] else said[1]}{'!' if '!' in m['end'] else '.'}"


def _series_vi(m: re.Match) -> str | None:
    """The series of a match of _ONE_EN or _MANY_EN in Vietnamese: "phim bộ Hàn Quốc", "phim bộ"; None for "drama"
    without a people or of a people not of _DRAMAS (a film's genre), "TV drama", and "a" where English says "an"."""
    nation, kind = m["nation"], m["kind"]
    if kind.startswith("drama") and (not nation or m["tv"] or nation not in _DRAMAS):
        return None  # ("an American drama" may be a film of the genre: English calls only Asian series dramas)
    first = (m.groupdict().get("new") or nation or ("TV" if m["tv"] else kind)).split()[0]
    if m.groupdict().get("a") and m["a"] != a_or_an(first):
        return None
    return f"phim bộ{' ' + _NATIONS_VI[nation] if nation else ''}"


def _watch_vi(text: str) -> str | None:
    """"I'm watching a Korean drama." as "Tôi đang xem phim bộ Hàn Quốc.", "She's following a new series." as "Cô ấy
    đang theo dõi một phim bộ mới." (_WATCH_EN); None for anything else, and "is", "am", "are" not agreeing with who."""
    m = _WATCH_EN.fullmatch(text)
    series = m and be_agrees(m, m["be"]) and _series_vi(m)
    if not series or not (found := _who_vi(m)):
        return None
    who_, doing = found[0], "theo dõi" if m["verb"] == "following" else "xem"
    said = f"một {series} mới" if m["new"] else series
    return capitalised(f"{who_} đang {doing} {said}{stop(m['end'])}")


def _agrees(m: re.Match, one: bool) -> bool:
    """Whether the verb of an English match (groups do, not, verb) agrees with who: "She likes", "Do you like",
    "He doesn't like", not "She like", "Does he likes"."""
    do, not_ = (m["do"] or "").lower(), (m["not"] or "").lower()
    if do:
        return (do == "does") == one and not not_ and not m["verb"].endswith("s")
    if not_:
        return not_.startswith("does") == one and not m["verb"].endswith("s")
    return m["verb"].endswith("s") == one


def _like_vi(text: str) -> str | None:
    """"I like watching Korean dramas." as "Tôi thích xem phim bộ Hàn Quốc.", "My sister loves Korean dramas." as "Chị
    tôi mê phim bộ Hàn Quốc.", "Do you like watching TV series?" as "Bạn có thích xem phim bộ không?" (_LIKE_EN); None
    for anything else, where the verb does not agree with who, and "I" asking."""
    m = _LIKE_EN.fullmatch(text)
    series = m and _series_vi(m)
    if not series or m["kind"] == "series" and not (m["tv"] or m["nation"] or m["watching"]):
        return None  # ("I like series.": of books, of games?)
    found, asked = _who_vi(m), bool(m["do"])
    if not found or asked != ("?" in m["end"]) or not _agrees(m, found[1]) or asked and found[0] == "tôi":
        return None
    what = f"{'mê' if m['verb'].startswith('love') else 'thích'} {'xem ' * bool(m['watching'])}{series}"
    if asked:
        return capitalised(f"{found[0]} có {what} không?")
    return capitalised(f"{found[0]} {'không ' * bool(m['not'])}{what}{stop(m['end'])}")


def _binge_vi(text: str) -> str | None:
    """"I binge-watched all night." as "Tôi cày phim cả đêm.", "I binge-watched the whole series last night." as "Tối
    qua tôi cày hết cả bộ phim.", "I'm binge-watching Korean dramas." as "Tôi đang cày phim bộ Hàn Quốc."
    (_BINGE_NOW_EN, _BINGE_EN); None for anything else."""
    m = _BINGE_NOW_EN.fullmatch(text) or _BINGE_EN.fullmatch(text)
    if not m or not (found := _who_vi(m)):
        return None
    who_, one = found
    what = " phim" if not m["kind"] else f" {_series_vi(m)}" if _series_vi(m) else None
    if what is None or not (m["bw"] or m["kind"] or m.groupdict().get("whole")):
        return None  # ("I'm bingeing.", "I binged all night.": eating, drinking?)
    if m.re == _BINGE_NOW_EN:
        return capitalised(f"{who_} đang cày{what}{stop(m['end'])}") if be_agrees(m, m["be"]) else None
    have = (m["have"] or "").strip()
    if have and (have in ("'s", "has")) != one or have and (m["day"] or m["just"]) or m["just"] and m["day"]:
        return None
    day_ = f"{_BEHIND_VI[m['day']]} " if m["day"] else ""
    if m["whole"]:
        if m["span"]:
            return None  # ("the whole series all night": "cả đêm" after "cày hết cả bộ phim" is not said so)
        this = f" {'này' if m['this'] == 'this' else 'đó'}" if m["this"] else ""
        just = "vừa " if m["just"] else ""
        return capitalised(f"{day_}{who_} {just}cày hết cả bộ phim{this}{' rồi' * bool(have)}{stop(m['end'])}")
    if have or m["just"] or m["span"] and m["day"] or not (m["span"] or m["day"] or m["kind"]):
        return None
    did = "đã " if not (day_ or m["span"]) else ""  # ("Tôi cày phim cả đêm.": all night says it was done)
    return capitalised(f"{day_}{who_} {did}cày{what}{' cả đêm' * bool(m['span'])}{stop(m['end'])}")


def _wait_vi(text: str) -> str | None:
    """"I'm waiting for the next episode." as "Tôi đang chờ tập tiếp theo.", "I can't wait for the next episode." as
    "Tôi nóng lòng chờ tập tiếp theo quá." (_WAIT_EN); None for anything else."""
    m = _WAIT_EN.fullmatch(text)
    if not m or not m["cant"] and not be_agrees(m, m["be"]) or not (found := _who_vi(m)):
        return None
    said = "nóng lòng chờ tập tiếp theo quá" if m["cant"] else "đang chờ tập tiếp theo"
    return capitalised(f"{found[0]} {said}{stop(m['end'])}")


def _thing_vi(m: re.Match) -> str:
    """The episode or season of a match of _THING_EN in Vietnamese: "tập tiếp theo", "mùa hai", "mùa thứ hai"."""
    said = keyed(m["thing"])
    if said.endswith("episode"):
        return "tập tiếp theo" if "next" in said else "tập mới"
    return "mùa mới" if said == "the new season" else f"mùa {_SEASONS_EN.get(said.split()[1], said.split()[1])}"


def _out_vi(text: str) -> str | None:
    """"Season two is out." as "Mùa hai ra rồi.", "Is season two out yet?" as "Mùa hai ra chưa?", "The next episode
    comes out on Friday." as "Tập tiếp theo ra vào thứ Sáu.", "New episodes come out every Friday." as "Tập mới ra
    vào thứ Sáu hằng tuần.", "When does the next episode come out?" as "Khi nào tập tiếp theo ra?" (_YET_EN,
    _OUT_EN, _WEEKLY_EN, _WHEN_EN); None for anything else."""
    if m := _WHEN_EN.fullmatch(text):
        return f"Khi nào {_thing_vi(m)} ra?"
    if m := _WEEKLY_EN.fullmatch(text):
        wd = m["wd"] or m["wds"]
        return f"Tập mới {'lên sóng' if m['verb'] == 'air' else 'ra'} vào {_WEEK_VI[wd]} hằng tuần{stop(m['end'])}"
    if m := _YET_EN.fullmatch(text):
        return f"{capitalised(_thing_vi(m))} ra chưa?"
    m = _OUT_EN.fullmatch(text)
    if not m or bool(m["be"]) == bool(m["verb"]):
        return None  # ("Season two out.", "The next episode is comes out on Friday.")
    thing = capitalised(_thing_vi(m))
    if m["verb"]:
        verb = f"{'sẽ ' * m['verb'].startswith('will')}{'lên sóng' if 'air' in m['verb'] else 'ra'}"
        return f"{thing} {verb} vào {_WEEK_VI[m['wd']]}{stop(m['end'])}"
    return f"{thing} {'sắp ra rồi' if m['soon'] else 'ra rồi'}{stop(m['end'])}"


def _count_vi(text: str) -> str | None:
    """"How many episodes does this series have?" as "Bộ phim này có bao nhiêu tập?", "This series has 16 episodes."
    as "Bộ phim này có 16 tập." (_COUNT_EN); None for anything else."""
    if not (m := _COUNT_EN.fullmatch(text)):
        return None
    this = "này" if (m["qthis"] or m["this"]).lower() == "this" else "đó"
    if m["qthis"]:
        return f"Bộ phim {this} có bao nhiêu tập?"
    n = _number(m["n"], "en")
    return None if n in ("một", "1") else f"Bộ phim {this} có {n} tập{stop(m['end'])}"  # (not "has 1 episodes")


def _spoil_vi(text: str) -> str | None:
    """"No spoilers!" as "Đừng spoil nhé!", "Don't give away the ending!" as "Đừng tiết lộ cái kết nhé!", "Don't tell
    me the ending!" as "Đừng kể cái kết cho tôi nhé!" (_SPOIL_EN); None for any other, "Don't spoil it for me!" too."""
    if not (m := _SPOIL_EN.fullmatch(text)):
        return None
    said = "Đừng spoil nhé" if m["no"] else "Đừng kể cái kết cho tôi nhé" if m["tell"] else "Đừng tiết lộ cái kết nhé"
    return f"{said}{'!' if '!' in m['end'] else '.'}"
