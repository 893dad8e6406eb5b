"""Skipping meals, both ways, written whole by rule: who skips breakfast, lunch, dinner or meals as a habit (often,
never, every day), who skipped one on a day said, why (no time, not hungry, busy, on a diet, up late), "don't skip
meals", who was told not to, nothing eaten all day, and starting or trying intermittent fasting. v8 (rules on) reads
"bỏ bữa" as leaving or giving a meal, "hay" as "or", "nhịn ăn" as binary or getting rid of food, and "fasting" as
fast: "Sáng nay tôi bỏ bữa sáng." → "This morning, I left breakfast.", "Tôi hay bỏ bữa sáng."
→ "I'm left meals.", "Đừng bỏ bữa nhé." → "Don't give me a meal.", "Mẹ tôi hay nhịn ăn sáng." → "My mother or binary
breakfast.", "Tôi đang tập nhịn ăn gián đoạn." → "I'm getting rid of food.", "Bác sĩ dặn tôi không được bỏ bữa." →
"My doctor cannot give me a meal.", "Cả ngày nay mẹ tôi chưa ăn gì." → "All day my mother hadn't eat anything.";
"I've started intermittent fasting." → "Tôi đã bắt đầu cam kết nhanh chóng.", "I want to try intermittent fasting."
→ "Tôi muốn cố buộc nhanh chóng.", "Don't skip meals." → "Đừng bỏ qua bữa ăn." (passing over), "She hasn't eaten all
day." → "Cô ấy không ăn cả ngày."; it writes "I often skip breakfast." and "Have you ever skipped breakfast?" well.

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) skipping a meal ("bỏ bữa sáng", "bỏ ăn trưa", "nhịn ăn tối"; "bỏ bữa",
meals) as a habit (mt.hobbies.SELDOM: "hay", "thường", "không bao giờ" …, HABIT_VI back; "mỗi ngày"), asked ("có hay …
không?", "có bao giờ … không?": ever), denied ("không hay"), never yet ("chưa bao giờ" ↔ "have never skipped"), should
not ("không nên"); on a day behind (mt.dates.near_days: "hôm qua", "tối qua" …) said, denied or asked, and today with
"đã" or "rồi" ("Hôm nay tôi đã bỏ bữa trưa."), or "sáng nay" with breakfast; with a reason of _WHY ("vì không có thời
gian" ↔ "because I don't have time", its tense the sentence's; who as he or she where English must say it); orders
("Đừng bỏ bữa nhé.", "Đừng bao giờ …", "Đừng … nữa!" ↔ "Stop skipping …!"); told not to ("Bác sĩ dặn tôi không được bỏ
bữa." ↔ "The doctor told me not to skip meals."); nothing eaten today, all day or since the morning ("Hôm nay tôi chưa
ăn gì.", "vẫn chưa": still; asked "Hôm nay bạn đã ăn gì chưa?"); intermittent fasting tried ("đang tập"), started,
wanted. English says the habit bare too ("I skip breakfast." → "Tôi bỏ bữa sáng."), the past with no day ("I skipped
lunch." → "Tôi đã bỏ bữa trưa."), "Did … skip …?" and "didn't" only with a day not "today", and a name's reason with
"he" or "she". Left: a bare "Tôi bỏ bữa sáng." or "Tôi đã bỏ bữa sáng." (a habit, today or some day?), with or without a
reason; today without "đã" or "rồi" (done, or planned?), "rồi" after a reason ("vì bận rồi": already busy), "tối nay"; a
day denied with "rồi" (not after all) or a reason (not because?); "bỏ bữa" alone on a day (one meal, or all?); "nhịn ăn"
alone (a fast, mt/check_ups.py before a test); "bỏ ăn" alone (off one's food); a name or "con tôi" with a Vietnamese
reason (he or she?); "never" or "rarely" with a reason; "anh", "chị", "em" alone saying it; asked of oneself; who
telling themself ("Tôi dặn tôi …", "He told him …": Vietnamese reads the same pronoun as oneself); a pet; and what
others take first: a stomach ache from skipping breakfast (mt/digestion.py), meals had yet (mt/meals.py: "Tôi chưa ăn
gì."), hunger (mt/hunger.py), intermittent fasting done or tried (mt/cutting_down.py: "Tôi đang nhịn ăn gián đoạn.",
"I'm trying intermittent fasting."), snacks (mt/snacking.py), diets (mt/diets.py).
mt.phrasebook.translate tries these after mt/renovations.py.

    >>> translate("Tôi hay bỏ bữa sáng.", "vi", "en"), translate("Don't skip meals.", "en", "vi")
    ('I often skip breakfast.', 'Đừng bỏ bữa nhé.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import his_her
from .text import ASKED_END, EN_OBJECT, EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:bỏ\s+bữa|bỏ\s+ăn|nhịn\s+ăn|chưa\s+ăn\s+gì|ăn\s+gì\s+chưa)"),
         "en": lazy(r"(?i:skip|eaten|intermittent)")}
_MEALS = {"sáng": "breakfast", "trưa": "lunch", "tối": "dinner", "": "meals"}
_MEALS_VI = {"breakfast": "bữa sáng", "lunch": "bữa trưa", "dinner": "bữa tối", "meals": "bữa", "a meal": "một bữa"}
# days a meal was skipped on (today's only as the sentence says it is done); "morning" days fit breakfast alone
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "tối qua", "tối hôm qua", "hôm kia", "hôm nay", "sáng nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_EVERY = {"mỗi ngày": "every day", "hằng ngày": "every day", "hàng ngày": "every day"}
# why a meal is skipped (the first Vietnamese of each is written back), as _because says it in English
_WHY = {"không có thời gian": "time", "không có thời gian ăn": "time", "bận": "busy", "quá bận": "too busy",
        "bận quá": "too busy", "không đói": "hungry", "không thấy đói": "hungry", "đang ăn kiêng": "diet",
        "ăn kiêng": "diet", "dậy muộn": "late", "dậy trễ": "late", "ngủ dậy muộn": "late",
        "muốn giảm cân": "weight"}
_WHY_VI = {kind: vi for vi, kind in reversed(_WHY.items())}
_BE = {"I": ("'m", "was"), "you": ("'re", "were"), "we": ("'re", "were"), "they": ("'re", "were"),
       "he": ("'s", "was"), "she": ("'s", "was")}
_HOW = alternatives([*SELDOM, "chưa bao giờ", "bao giờ", "đã", "không nên"])

_SKIP_VI = r"(?:bỏ\s+(?:bữa|(?P<eat>ăn)(?=\s+(?:sáng|trưa|tối)))|nhịn\s+(?P<eat2>ăn)(?=\s+(?:sáng|trưa|tối)))"
_REASON = (rf"(?:\s+(?:tại\s+)?vì\s+(?:(?P<again>(?i:tôi|bạn|anh\s+ấy|cô\s+ấy|chúng\s+tôi|họ))\s+)?"
           rf"(?P<why>{alternatives(_WHY)}))?")
# who skips a meal, how often or when, and why ("Tôi hay bỏ bữa sáng.", "Sáng nay tôi bỏ bữa sáng.")
_SKIP = lazy(rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s+)?{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
             rf"(?:(?P<how>{_HOW})\s+)?{_SKIP_VI}(?:\s+(?P<meal>sáng|trưa|tối))?(?:\s+(?P<day>{alternatives(_DAYS)}))?"
             rf"(?:\s+(?P<every>{alternatives(_EVERY)}))?{_REASON}(?:\s+(?P<done>rồi))?{ASKED_END}")
# don't ("Đừng bỏ bữa nhé.", "Con đừng bao giờ bỏ bữa sáng!", "Đừng bỏ bữa nữa!")
_ORDER = lazy(r"(?:(?i:bạn|con|các\s+con)\s+)?(?i:đừng)(?:\s+(?P<ever>bao\s+giờ))?\s+bỏ\s+bữa(?:\s+(?P<meal>sáng|trưa|"
              r"tối))?(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha|nhá))?\s*(?P<end>[.!]*)")
# told not to ("Bác sĩ dặn tôi không được bỏ bữa sáng.", "Mẹ tôi bảo tôi đừng bỏ bữa.")
_TOLD = lazy(rf"(?:(?P<doctor>[Bb]ác\s+sĩ)|{WHO})\s+(?P<verb>bảo|dặn|khuyên)\s+{WHOM}\s+(?:không\s+được|đừng|"
             rf"không\s+nên)\s+bỏ\s+bữa(?:\s+(?P<meal>sáng|trưa|tối))?{SOFTENED_END}")
# nothing eaten ("Hôm nay tôi chưa ăn gì.", "Cả ngày nay mẹ tôi chưa ăn gì cả.", "Hôm nay bạn đã ăn gì chưa?")
_SINCE = {"hôm nay": "today", "cả ngày nay": "all day", "cả ngày hôm nay": "all day", "từ sáng": "since this morning",
          "từ sáng đến giờ": "since this morning"}
_NOTHING = lazy(rf"(?P<since>(?i:{alternatives(_SINCE)}))\s+{WHO}\s+(?:(?P<nothing>(?P<still>vẫn\s+)?chưa\s+ăn\s+gì"
                rf"(?:\s+cả)?)|(?:đã\s+)?ăn\s+gì\s+(?P<asked>chưa)){SOFTENED_END}")
# intermittent fasting tried, begun or wanted ("Tôi đang tập nhịn ăn gián đoạn.": doing it is mt/cutting_down.py's)
_FASTS = {"đang tập": ("be", "trying"), "đã bắt đầu": ("have", "started"), "bắt đầu": ("have", "started"),
          "muốn thử": ("do", "want to try")}
_FAST = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?P<how>{alternatives(_FASTS)})\s+nhịn\s+ăn\s+gián\s+đoạn"
             rf"(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English
_MEAL_EN = r"(?P<meal>breakfast|lunch|dinner|meals|a\s+meal)"
_WHY_EN = r"(?:,?\s+because\s+(?P<why>[\w\s'’]+?))?"
_SKIP_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|did)\s+not|"
                rf"\s+(?:don|doesn|didn)['’]t|\s+ha(?:ve|s)|['’]ve|\s+should\s+not|\s+shouldn['’]t)?"
                rf"(?:\s+(?P<adv>{alternatives(HABIT_VI)}|ever))?"
                rf"\s+(?P<verb>skip|skips|skipped)\s+{_MEAL_EN}(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
                rf"(?:\s+(?P<every>every\s+day))?{_WHY_EN}\s*(?P<end>[.!?]*)")
_ORDER_EN = lazy(r"(?:(?P<dont>Don['’]t|Do\s+not)(?:\s+(?P<ever>ever))?|(?P<never>Never))\s+skip\s+"
                 r"(?P<meal>breakfast|lunch|dinner|meals)\s*(?P<end>[.!]*)|Stop\s+skipping\s+(?P<meal2>breakfast|"
                 r"lunch|dinner|meals)\s*(?P<end2>[.!]*)")
_TOLD_EN = lazy(rf"(?:(?P<doctor>[Tt]he\s+doctor)|{WHO_EN})\s+(?P<verb>told|advised)\s+{WHOM_EN}\s+not\s+to\s+"
                r"skip\s+(?P<meal>breakfast|lunch|dinner|meals)\s*(?P<end>[.!]*)")
_SINCE_VI = {"today": "Hôm nay", "all day": "Cả ngày nay", "since this morning": "Từ sáng đến giờ"}
_NOTHING_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+ha(?:ve|s)\s+not|\s+ha(?:ve|s)n['’]t)?\s+eaten"
                   r"(?P<anything>\s+anything)?\s+(?P<since>today|all\s+day|since\s+this\s+morning)\s*(?P<end>[.!?]*)")
_FAST_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<have>have|has)|['’](?P<ve>ve|s))?\s+(?P<verb>started|"
                r"wants?\s+to\s+try)\s+intermittent\s+fasting\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who skips or skipped a meal (how often, when, why), tells not
    to, has eaten nothing today, or tries or starts intermittent fasting; None for any other."""
    if src == "vi":
        return _skip(text) or _order(text) or _told(text) or _nothing(text) or _fast(text)
    text = text.replace("’", "'")
    return _skip_vi(text) or _order_vi(text) or _told_vi(text) or _nothing_vi(text) or _fast_vi(text)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she skips"); None for a pet, "anh" alone saying it, and
    "I" or "we" asked (whether one skips meals oneself is known)."""
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] in ("I", "we") else said


def _pronoun(m: re.Match, who_: str) -> str | None:
    """Who as English says it again after "because": "I", "she" for "mẹ tôi", "he" for "Bác Hùng"; None where English
    cannot tell he from she (a name alone, "con tôi")."""
    if who_ in EN_WHOSE:
        return who_
    return {"his": "he", "her": "she"}.get(his_her_of(m) or "")


def _because(kind: str, s: str, past: bool) -> str:
    """Why, in English, of `s` (a pronoun), in the present or the past: "I don't have time", "she wasn't hungry"."""
    one = s in ("he", "she")
    am = f"{s} {_BE[s][1]}" if past else f"{s}{_BE[s][0]}"  # ("I'm", "she was")
    if kind == "time":
        return f"{s} {'didn' if past else 'doesn' if one else 'don'}'t have time"
    if kind == "hungry":  # ("I'm not hungry", "she wasn't hungry")
        return f"{s} {_BE[s][1]}n't hungry" if past else f"{am} not hungry"
    if kind in ("busy", "too busy", "diet"):
        return f"{am} {'on a diet' if kind == 'diet' else kind}"
    if kind == "late":
        return f"{s} {'got' if past else 'gets' if one else 'get'} up late"
    return f"{s} {'wanted' if past else 'wants' if one else 'want'} to lose weight"


# how often a habit said with a reason may be ("Tôi hay bỏ bữa sáng vì bận."; not "never … because")
_WITH_WHY = {"hay", "thường", "thường xuyên", "thỉnh thoảng", "đôi khi", "luôn", "luôn luôn", "thường thường"}
_ASKED_HOW = {"", "hay", "thường", "thường xuyên", "bao giờ", "luôn"}  # (asked: "có hay … không?")
_DENIED_HOW = {"hay", "thường", "thường xuyên"}  # ("không hay": not often)


def _skip(text: str) -> str | None:
    """"Tôi hay bỏ bữa sáng." as "I often skip breakfast.", "Sáng nay tôi bỏ bữa sáng." as "I skipped breakfast this
    morning.", "Bạn có bao giờ bỏ bữa sáng không?" as "Do you ever skip breakfast?", "Con tôi không bao giờ bỏ bữa
    sáng." as "My child never skips breakfast.", "Hôm qua tôi bỏ bữa trưa vì bận." as "I skipped lunch yesterday
    because I was busy." (_SKIP); None for anything else, and a bare "Tôi bỏ bữa sáng." (a habit, or today?)."""
    m = _SKIP.fullmatch(text)
    if not m or m["day0"] and m["day"] or (m["eat"] or m["eat2"]) and not m["meal"]:
        return None
    how, not_, asked = keyed(m["how"] or ""), bool(m["not"]), bool(m["asked"])
    if not_ and how == "bao giờ":
        how, not_ = "không bao giờ", False  # ("không" read first: "không bao giờ", never)
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and not_ or (said := _person(m, asked)) is None:
        return None
    meal, day = _MEALS[m["meal"] or ""], keyed(m["day0"] or m["day"] or "")
    if day:
        near = _DAYS[day]
        if meal == "meals" or how not in ("", "đã") or m["every"] or "morning" in near and meal != "breakfast" or \
                "night" in near and meal != "dinner":
            return None
        if not_ and (m["done"] or m["why"]):
            return None  # ("không … rồi": not after all; "không bỏ … vì bận": not because busy, or because busy?)
        if NEAR_WAY[day] == "today" and not (how == "đã" or m["done"] and not m["why"] or near == "this morning"):
            return None  # ("Hôm nay tôi bỏ bữa trưa.": done, or planned?; "vì bận rồi" is already busy, not done)
    elif m["done"] or how == "đã" or not (how or m["every"]) or how and m["every"] or how == "bao giờ" and not asked \
            or asked and how not in _ASKED_HOW or not_ and how not in _DENIED_HOW or m["why"] and how and (
                how not in _WITH_WHY or not_):
        return None
    return _said_skip(m, *said, meal, how, asked, not_, day)


def _said_skip(m: re.Match, who_: str, one: bool, meal: str, how: str, asked: bool, not_: bool, day: str) -> \
        str | None:
    """Who skips (or skipped, on `day`) `meal` in English, `how` often (a word of SELDOM, "chưa bao giờ", "không nên",
    "bao giờ"), asked or not, with the reason of the match; None where who must be said again and cannot be."""
    why = ""
    if m["why"]:
        s = _pronoun(m, who_)
        if asked or s is None or m["again"] and keyed(m["again"]) != keyed(m["who"] or ""):
            return None
        why = f" because {_because(_WHY[keyed(m['why'])], s, bool(day))}"
    when = f" {_DAYS[day]}" if day else f" {_EVERY[keyed(m['every'])]}" if m["every"] else ""
    rest = f"{meal}{when}{why}"
    if day:
        if asked:
            return f"Did {who_} skip {rest}?"
        return capitalised(f"{who_} didn't skip {rest}." if not_ else f"{who_} skipped {rest}.")
    if how == "chưa bao giờ":
        return capitalised(contracted(who_, f"{'has' if one else 'have'} never skipped {rest}."))
    if how == "không nên":
        return capitalised(f"{who_} shouldn't skip {rest}.")
    adv = "ever " if how == "bao giờ" else f"{SELDOM[how]} " if how else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {adv}skip {rest}?"
    if not_:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {adv}skip {rest}.")
    return capitalised(f"{who_} {adv}{'skips' if one else 'skip'} {rest}.")


def _order(text: str) -> str | None:
    """"Đừng bỏ bữa nhé." as "Don't skip meals.", "Đừng bao giờ bỏ bữa sáng!" as "Never skip breakfast!", "Đừng bỏ
    bữa nữa!" as "Stop skipping meals!" (_ORDER); None for anything else."""
    m = _ORDER.fullmatch(text)
    if not m or m["ever"] and m["more"]:
        return None
    meal, end = _MEALS[m["meal"] or ""], "!" if "!" in m["end"] else "."
    if m["more"]:
        return f"Stop skipping {meal}{end}"
    return ("Never" if m["ever"] else "Don't") + f" skip {meal}{end}"


def _told(text: str) -> str | None:
    """"Bác sĩ dặn tôi không được bỏ bữa." as "The doctor told me not to skip meals.", "Mẹ tôi khuyên tôi không nên bỏ
    bữa sáng." as "My mother advised me not to skip breakfast." (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    teller = "the doctor" if m["doctor"] else (_person(m, False) or ("", False))[0]
    whom = as_whom(m["whom"], "vi")
    if not teller or not whom or EN_OBJECT.get(teller, teller) == whom:
        return None  # ("Tôi dặn tôi …": "I told me"; "Anh ấy dặn anh ấy" reads as himself, "He told him" as another)
    verb = "advised" if keyed(m["verb"]) == "khuyên" else "told"
    return capitalised(f"{teller} {verb} {whom} not to skip {_MEALS[m['meal'] or '']}.")


def _nothing(text: str) -> str | None:
    """"Hôm nay tôi chưa ăn gì." as "I haven't eaten anything today.", "Cả ngày nay mẹ tôi chưa ăn gì." as "My mother
    hasn't eaten anything all day.", "Hôm nay bạn đã ăn gì chưa?" as "Have you eaten anything today?" (_NOTHING);
    None for anything else."""
    m = _NOTHING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    since = _SINCE[keyed(m["since"])]
    if asked:
        return f"{'Has' if one else 'Have'} {who_} eaten anything {since}?"
    still = "still " if m["still"] else ""  # ("vẫn chưa": still not)
    return capitalised(f"{who_} {still}{'hasn' if one else 'haven'}'t eaten anything {since}.")


def _fast(text: str) -> str | None:
    """"Tôi đang tập nhịn ăn gián đoạn." as "I'm trying intermittent fasting.", "Mẹ tôi đã bắt đầu nhịn ăn gián đoạn."
    as "My mother has started intermittent fasting.", "Bạn có muốn thử nhịn ăn gián đoạn không?" as "Do you want to
    try intermittent fasting?" (_FAST); None for anything else."""
    m = _FAST.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    aux, doing = _FASTS[keyed(m["how"])]
    if keyed(m["how"]) == "bắt đầu" and not m["done"] or m["done"] and aux != "have":
        return None  # ("Tôi bắt đầu nhịn ăn gián đoạn.": starting now, or begun?)
    if asked and aux != "do":
        return None  # ("Bạn có đang tập …?": mt/cutting_down.py asks "có đang …")
    if aux == "do":
        doing = doing.replace("want", "wants") if one else doing
        return f"{'Does' if one else 'Do'} {who_} want to try intermittent fasting?" if asked else capitalised(
            f"{who_} {doing} intermittent fasting.")
    verb = {"be": ("'s", "'m", "'re", "is", "are"), "have": ("'s", "'ve", "'ve", "has", "have")}[aux]
    pronoun = who_ in EN_WHOSE
    said_ = verb[0 if one else 1 if who_ == "I" else 2] if pronoun else f" {verb[3] if one else verb[4]}"
    return capitalised(f"{who_}{said_} {doing} intermittent fasting.")


def _who_en(m: re.Match) -> tuple[str, bool, str | None] | None:
    """Who of a match of WHO_EN in Vietnamese, whether one, and the pronoun English says again after "because" ("I",
    "she"; None for a name or "my child"); None for a pet."""
    if animal(m):
        return None
    who_, one = who_vi(m)
    s = m["who"].lower() if m["who"] else None
    s = "I" if s == "i" else s
    if s is None and m["kin"]:  # (a kin's he or she: "my mother" … "she")
        s = {"his": "he", "her": "she"}.get(his_her(who_) or "")
    return who_, one, s


def _why_vi(m: re.Match, s: str | None, past: bool) -> str | None:
    """The reason of a match of _SKIP_EN in Vietnamese ("vì không có thời gian"), "" for none; None where it is not
    one of _WHY said of who in the sentence's tense ("I skipped lunch because I'm busy")."""
    if not m["why"]:
        return ""
    said = _expanded(m["why"])
    ss = (s,) if s else ("he", "she") if m["given"] else ()  # (a name: he or she, as English said it)
    kind = next((k for k in _WHY_VI for s in ss if _expanded(_because(k, s, past)) == said), None)
    return kind and f" vì {_WHY_VI[kind]}"


def _expanded(said: str) -> str:
    """English said with its contractions written out and its spaces single, to compare: "she's" as "she is"."""
    said = " ".join(said.replace("’", "'").split())
    return re.sub(r"n't\b", " not", re.sub(r"'s\b", " is", re.sub(r"'m\b", " am", re.sub(r"'re\b", " are", said))))


def _skip_vi(text: str) -> str | None:
    """"I often skip breakfast." as "Tôi hay bỏ bữa sáng.", "I skipped breakfast this morning." as "Sáng nay tôi bỏ
    bữa sáng.", "Does he ever skip lunch?" as "Anh ấy có bao giờ bỏ bữa trưa không?", "I've never skipped breakfast."
    as "Tôi chưa bao giờ bỏ bữa sáng.", "You shouldn't skip breakfast." as "Bạn không nên bỏ bữa sáng." (_SKIP_EN);
    None for anything else, and where the verbs do not agree with who."""
    m = _SKIP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_en(m)) is None:
        return None
    who_, one, s = said
    q, aux, adv, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["adv"] or "", m["verb"]
    day = keyed(m["day"] or "")
    meal = _MEALS_VI.get(keyed(m["meal"]))
    thirds = verb == "skips" or q in ("does", "has") or aux.startswith(("does", "has"))
    others = verb == "skip" and not (q or aux) or q in ("do", "have") or aux.startswith(("do ", "don", "have", "'ve"))
    if thirds and not one or others and one or (q and aux) or q and who_ in ("tôi", "chúng tôi"):
        return None
    if day and ("morning" in day and meal != "bữa sáng" or "night" in day and meal != "bữa tối"):
        return None
    if verb == "skipped":  # the past: said ("I skipped …"), asked ("Did you skip …" is not "skipped"), or perfect
        if q in ("have", "has") or aux in ("have", "has", "'ve"):
            if adv not in ("never", "ever") or (adv == "ever") != bool(q) or day or m["every"] or m["why"]:
                return None
            meal = "bữa" if meal == "một bữa" else meal  # ("bỏ một bữa" is one meal, not any)
            return f"{capitalised(who_)} đã bao giờ {_skip_said(meal)} chưa?" if q else capitalised(
                f"{who_} chưa bao giờ {_skip_said(meal)}.")
        if q or aux or adv or m["every"] or meal == "bữa" or (why := _why_vi(m, s, True)) is None:
            return None
        opening = f"{_DAYS_VI[day]} " if day else ""
        done = "" if day and day != "today" else "đã "
        return capitalised(f"{opening}{who_} {done}{_skip_said(meal)}{why}.")
    if meal == "một bữa" or verb == "skips" and (q or aux):
        return None
    if q == "did" or aux.startswith("did"):
        if not day or day == "today" or adv or m["why"] or meal == "bữa":
            return None  # ("Hôm nay bạn có bỏ …?", "Hôm nay tôi không bỏ …": planned, or done?)
        return capitalised(f"{_DAYS_VI[day]} {who_} {'có ' if q else 'không '}{_skip_said(meal)}"
                           f"{' không?' if q else '.'}")
    if day or q in ("have", "has") or aux in ("have", "has", "'ve") or m["every"] and adv or \
            adv == "ever" and q not in ("do", "does") or q and adv not in ("", "often", "usually", "always", "ever") \
            or aux and adv not in ("", "often", "usually") or m["why"] and (q or aux or adv in ("never", "rarely")) \
            or (why := _why_vi(m, s, False)) is None:
        return None
    how = "bao giờ " if adv == "ever" else f"{HABIT_VI[adv]} " if adv else ""
    every = " mỗi ngày" if m["every"] else ""
    if "should" in aux:
        return None if adv else capitalised(f"{who_} không nên {_skip_said(meal)}{every}.")
    if q:
        return f"{capitalised(who_)} có {how}{_skip_said(meal)}{every} không?"
    if aux and adv == "usually":  # ("I don't usually skip": "thường không", not the stilted "không thường")
        return capitalised(f"{who_} thường không {_skip_said(meal)}{every}.")
    return capitalised(f"{who_} {'không ' if aux else ''}{how}{_skip_said(meal)}{every}{why}.")


def _skip_said(meal: str) -> str:
    """Skipping a meal in Vietnamese: "bỏ bữa sáng", "bỏ một bữa"."""
    return f"bỏ {meal}"


def _order_vi(text: str) -> str | None:
    """"Don't skip meals." as "Đừng bỏ bữa nhé.", "Never skip breakfast!" as "Đừng bao giờ bỏ bữa sáng!", "Stop
    skipping meals!" as "Đừng bỏ bữa nữa!" (_ORDER_EN); None for anything else."""
    m = _ORDER_EN.fullmatch(text)
    if not m:
        return None
    if m["meal2"]:
        return f"Đừng bỏ {_MEALS_VI[m['meal2']]} nữa{'!' if '!' in m['end2'] else '.'}"
    ever = "bao giờ " if m["ever"] or m["never"] else ""
    return f"Đừng {ever}bỏ {_MEALS_VI[m['meal']]}{'!' if '!' in m['end'] else ' nhé.'}"


def _told_vi(text: str) -> str | None:
    """"The doctor told me not to skip meals." as "Bác sĩ dặn tôi không được bỏ bữa.", "My mother advised me not to
    skip breakfast." as "Mẹ tôi khuyên tôi không nên bỏ bữa sáng." (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    teller = "bác sĩ" if m["doctor"] else (None if animal(m) else who_vi(m)[0])
    whom = as_whom(m["whom"], "en")
    if not teller or not whom or teller == whom:
        return None  # ("He told him …": "Anh ấy dặn anh ấy" reads as himself)
    said = "khuyên {} không nên" if m["verb"] == "advised" else "dặn {} không được"
    return capitalised(f"{teller} {said.format(whom)} bỏ {_MEALS_VI[m['meal']]}.")


def _nothing_vi(text: str) -> str | None:
    """"I haven't eaten anything today." as "Hôm nay tôi chưa ăn gì.", "She hasn't eaten all day." as "Cả ngày nay
    cô ấy chưa ăn gì.", "Have you eaten anything today?" as "Hôm nay bạn đã ăn gì chưa?" (_NOTHING_EN); None for
    anything else, and where the verb does not agree with who."""
    m = _NOTHING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]) or (said := _who_en(m)) is None:
        return None
    who_, one, _ = said
    has = (m["q"] or m["aux"]).split()[0].lower().startswith("has")
    since = _SINCE_VI[keyed(m["since"])]
    if has != one or m["q"] and (not m["anything"] or who_ in ("tôi", "chúng tôi")):
        return None
    return f"{since} {who_} đã ăn gì chưa?" if m["q"] else f"{since} {who_} chưa ăn gì."


def _fast_vi(text: str) -> str | None:
    """"I've started intermittent fasting." as "Tôi đã bắt đầu nhịn ăn gián đoạn.", "I want to try intermittent
    fasting." as "Tôi muốn thử nhịn ăn gián đoạn.", "Does she want to try intermittent fasting?" as "Cô ấy có muốn thử
    nhịn ăn gián đoạn không?" (_FAST_EN); None for anything else, and where the verbs do not agree with who."""
    m = _FAST_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_en(m)) is None:
        return None
    who_, one, _ = said
    verb, have = " ".join(m["verb"].split()), (m["have"] or m["ve"] or "")
    if verb == "started":
        if m["q"] or have not in (("has", "s") if one else ("have", "ve")) or have == "s" and not m["who"]:
            return None
        return capitalised(f"{who_} đã bắt đầu nhịn ăn gián đoạn.")
    if have or (verb == "wants to try") != (one and not m["q"]) or m["q"] and (m["q"] == "Does") != one or \
            m["q"] and who_ in ("tôi", "chúng tôi"):
        return None  # (and "Do I want …?": whether one wants it oneself is known)
    return f"{capitalised(who_)} có muốn thử nhịn ăn gián đoạn không?" if m["q"] else capitalised(
        f"{who_} muốn thử nhịn ăn gián đoạn.")
