"""Running and races, both ways, written whole by rule: a distance or a marathon run, how far, training for a
marathon, signing up for one, a personal best, a race finished and being out of breath. v8 with every other rule
reads "cây số" as trees, "về đích" as a target, "hết hơi" as a thing, and "training" as a coach: "Tôi chạy được mười
cây số." → "I ran ten trees.", "Cô ấy chạy marathon năm ngoái." → "She ran last year marathon.", "Bạn đã chạy bao
nhiêu cây số?" → "How many trees do you run?", "Anh ấy đang tập để chạy marathon." → "He's gathering to run
marathon.", "Tôi đã đăng ký chạy bán marathon." → "I signed up marathon.", "Thành tích tốt nhất của tôi là 50 phút." →
"My best integration is 50 minutes.", "Tôi về đích sau hai tiếng." → "I returned the target after two hours.", "Anh
ấy về đích thứ ba." → "He returned the third target.", "Tôi hết hơi rồi." → "I'm a little thing.", "Bạn đã bao giờ
chạy marathon chưa?" → "Never run marathon?"; "He's training for a marathon." → "Anh ta huấn luyện ma-ra-thon.", "How
far did you run?" → "Bạn đã chạy bao lâu?" (how long), "How far do you run?" → "Bạn chạy được bao nhiêu tiền?" (how
much money), "I've just run 5 km." → "Tôi chỉ chạy được 5 km." (only), "I've signed up for a half marathon." →
"Tôi đã ký một nửa ma-rathon.", "My personal best is 50 minutes." → "Cá nhân của tôi tốt nhất là 50 phút.", "I'm
out of breath." → "Tôi thở ra." (breathe out), "He finished third." → "Anh ấy hoàn thành ba.", "She ran a marathon
last year." → "Cô ấy chạy đua marathon vào năm ngoái.".

Taken: who as in mt/hobbies.py (WHO, WHO_EN; "anh", "chị", "em" alone only asking) running a distance in kilometres
(1 to 50 in words, or digits) or a (half) marathon: done ("đã", a day behind; "đã … rồi", "vừa"), every day,
morning, week or year, will ("sẽ", a day ahead), wants to (a day only ahead); ever run one ("từng"), asked, or never;
how far, done or usually, asked; training for a (half) marathon, said or asked; signed up for one; a personal best in
minutes or hours, said or asked; a race or a marathon finished in a time (in English "the race" or "the marathon"
said), "về đích" after a time or in a place; "hết hơi", "thở không ra hơi" (out of breath). Left: running how often
with no distance ("chạy bộ mỗi sáng": mt/hobbies.py), "Don't run" (mt/cautions.py), distances ridden
(mt/cycling.py), the gym (mt/workouts.py); to the model: "chạy được" with no day behind nor "đã" ("Bạn chạy được bao
xa?": how far can, or did?; "Con tôi chạy được 2 km.": can run?), "mới chạy được" (just, or only so far?), "chạy được
… rồi" without "đã" (done, or able now?), a marathon run with no day ("ran", or "has run"?), a day with how often
("Năm ngoái tôi chạy 5 km mỗi sáng.": ran, not runs), "bao giờ" said ("từng" is), "hụt hơi" (short of breath, as
when ill), "về nhất", signing up asked, "finished in", "finished first" with no race said (a task, an exam?), "one
kilometres", and anything else.
mt.phrasebook.translate tries these after mt/elderly.py.

    >>> translate("Tôi đã chạy được mười cây số.", "vi", "en"), translate("He's training for a marathon.", "en", "vi")
    ('I ran ten kilometres.', 'Anh ấy đang tập luyện để chạy marathon.')
"""
from __future__ import annotations

import re

from . import spans
from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, WHO, WHO_EN, be_agrees, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import BE_EN, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, progressive

# distances in words, 1 to 50 (a half marathon is 21, a marathon 42)
_NUMBERS = {vi_word(n): en_word(n) for n in range(1, 51)}
_NUMBERS_VI = {en: vi for vi, en in _NUMBERS.items()} | {en.replace("-", " "): vi for vi, en in _NUMBERS.items()}
_EVERY = EVERY | {"mỗi năm": "every year", "hằng năm": "every year", "hàng năm": "every year"}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
# a place in a race ("về đích thứ ba"; "về nhất" is left: also first in a class)
_PLACES = {"nhất": "first", "nhì": "second", "hai": "second", "ba": "third", "tư": "fourth", "bốn": "fourth",
           "năm": "fifth", "sáu": "sixth", "bảy": "seventh", "tám": "eighth", "chín": "ninth", "mười": "tenth"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chạy|đua|marathon|ma-?ra-?tông|thành\s+tích|k[ỷỉ]\s+lục|về\s+đích|hết\s+hơi|ra\s+hơi)"),
         "en": lazy(r"(?i:\bran\b|\bruns?\b|marathon|personal|finished|breath)")}

# how far ("mười cây số", "5 km"), a (half) marathon ("bán marathon", "cuộc thi marathon"), a race ("cuộc đua")
_FAR = (rf"(?P<far>\d{{1,3}}|(?i:{alternatives(_NUMBERS)}))\s*"
        r"(?P<by>km|cây\s+số|ki-?lô-?mét|kilômét|kilomet)(?!\w)")
_MARATHON = (r"(?:(?:một\s+)?cuộc\s+(?:thi\s+)?(?:chạy\s+)?|giải\s+(?:chạy\s+)?)?(?P<halfm>bán\s+)?"
             r"(?P<marathon>marathon|ma-?ra-?tông)")
_RACE = rf"(?:cuộc\s+(?P<race>đua|thi\s+chạy)|{_MARATHON})"
# a distance or a marathon run: done, every day, will, wanted, ever or never ("Tôi chạy được mười cây số.")
_RAN = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|sẽ|vừa|muốn)\s+|(?P<ever>(?:đã\s+)?(?:từng|bao\s+giờ))\s+|"
            r"(?P<never>chưa\s+(?:bao\s+giờ|từng))\s+)?chạy(?:\s+bộ)?(?:\s+(?P<got>được))?\s+"
            rf"(?:{_FAR}|{_MARATHON})(?:\s+(?P<every>(?i:{alternatives(_EVERY)}))|{DAY_AFTER})"
            rf"(?:\s+(?P<done>rồi|chưa))?{SOFTENED_END}")
# how far, asked ("Hôm nay bạn chạy được bao xa?", "Bạn thường chạy bao xa?")
_HOW_FAR = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|thường)\s+)?chạy(?:\s+bộ)?\s+(?:(?P<got>được)\s+)?"
                rf"(?:bao\s+xa|(?P<km>bao\s+nhiêu\s+(?:cây\s+số|km))){DAY_AFTER}(?:\s+(?P<done>rồi))?"
                rf"{SOFTENED_END}")
_TRAINING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:đang\s+)?tập(?:\s+luyện)?\s+(?:để\s+(?:chạy|thi|tham\s+gia)|cho)"
                 rf"\s+{_MARATHON}(?:\s+(?P<asked>không))?{SOFTENED_END}")
_SIGNED = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa|mới)\s+)?đăng\s+ký\s+(?:chạy|tham\s+gia|thi)\s+{_MARATHON}"
               rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_BEST = lazy(r"(?:[Tt]hành\s+tích\s+(?P<own0>cá\s+nhân\s+)?tốt\s+nhất|[Kk][ỷỉ]\s+lục\s+(?P<own>cá\s+nhân))\s+"
             rf"(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))\s+là\s+(?:{spans.VI}|(?P<what>bao\s+nhiêu))"
             rf"{SOFTENED_END}")
_FINISHED = lazy(rf"{DAY_OPENING}{WHO}\s+(?:đã\s+)?(?:(?P<home>về\s+đích)|(?:hoàn\s+thành|chạy\s+xong)\s+{_RACE})\s+"
                 rf"(?:(?:sau|trong(?:\s+vòng)?)\s+{spans.VI}|thứ\s+(?P<place>{alternatives(_PLACES)})){DAY_AFTER}"
                 rf"{SOFTENED_END}")
_BREATH = lazy(rf"{WHO}\s+(?:hết\s+hơi|thở\s+không\s+ra\s+hơi)(?:\s+(?:rồi|luôn))?{SOFTENED_END}")

# ... and in English
_FAR_EN = (rf"(?P<far>\d{{1,3}}|(?i:{alternatives(_NUMBERS_VI)}))(?:\s*|-)"
           r"(?P<by>km|kilomet(?:re|er)s?)(?![\w-])")
_MARATHON_EN = r"(?:a|the)\s+(?P<halfm>half[\s-]+)?(?P<marathon>marathon)"
_RAN_EN = lazy(rf"{WHO_EN}(?P<aux>\s+will|['’]ll|\s+wants?\s+to|['’]ve|\s+have|['’]s|\s+has|(?P<be>\s+am|\s+is|"
               r"\s+are|['’]m|['’]s|['’]re)\s+going\s+to)?(?:\s+(?P<adv>just|never))?\s+(?P<verb>ran|runs?)\s+"
               rf"(?:{_FAR_EN}|{_MARATHON_EN})(?P<before>\s+before)?(?:\s+(?P<every>(?i:{alternatives(_EVERY_VI)}))|"
               rf"{DAY_AFTER_EN})\s*(?P<end>[.!]*)")
_EVER_EN = lazy(rf"(?P<have>Have|Has)\s+{WHO_EN}\s+ever\s+run\s+(?:{_FAR_EN}|{_MARATHON_EN})(?:\s+before)?\s*\?+")
_HOW_FAR_EN = lazy(r"How\s+(?:far|(?P<km>many\s+(?:kilomet(?:re|er)s|km)))\s+(?P<aux>did|do|does|have|has)\s+"
                   rf"{WHO_EN}\s+(?P<usually>usually\s+)?run{DAY_AFTER_EN}\s*\?+")
_TRAINING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{WHO_EN}{BE_EN}?\s+training\s+for\s+{_MARATHON_EN}"
                    r"\s*(?P<end>[.!?]*)")
_SIGNED_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has)?(?P<just>\s+just)?\s+(?:signed\s+up|registered)"
                  rf"\s+for\s+{_MARATHON_EN}\s*(?P<end>[.!]*)")
_BEST_EN = lazy(rf"(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+personal\s+(?:best|record)\s+is\s+{spans.EN}|"
                r"What(?:['’]s|\s+is)\s+(?P<what>your|his|her|their)\s+personal\s+(?:best|record))\s*(?P<end>[.!?]*)")
# (the race named: "She finished in 10 minutes.", "I finished first." may be a task or an exam)
_FINISHED_EN = lazy(rf"{WHO_EN}\s+finished\s+(?:the\s+(?P<race>race)|{_MARATHON_EN})\s+in\s+{spans.EN}"
                    rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_BREATH_EN = lazy(rf"{WHO_EN}{BE_EN}\s+out\s+of\s+breath\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says how far or which race someone ran, asks how far, says who trains or
    signed up for a marathon, a personal best, a race finished or who is out of breath; None for any other."""
    rules = (_ran, _how_far, _training, _signed, _best, _finished, _breath) if src == "vi" else (
        _ran_vi, _how_far_vi, _training_vi, _signed_vi, _best_vi, _finished_vi, _breath_vi)
    return next((done for rule in rules if (done := rule(text))), None)


def _kind(day_en: str) -> str:
    """A day in English as a tense takes it: "behind" ("yesterday", "last year"), "ahead" ("tomorrow", "next
    week"), "" for any other ("this morning", "on Sunday": either) or none."""
    if day_en.startswith(("yesterday", "last ", "the day before")) or day_en.endswith(" ago"):
        return "behind"
    return "ahead" if day_en and AHEAD.match(day_en) else ""


def _day(m: re.Match, src: str) -> tuple[str, str] | None:
    """The day of a match (DAY_OPENING's "day0", or "day") in the other language, and its kind (`_kind`, read in
    English): ("last year", "behind") for "năm ngoái", ("sáng nay", "") for "this morning"; None for a day not
    read, or two."""
    found = m.groupdict()
    said = found.get("day0") or found["day"] or ""
    day = None if found.get("day0") and found["day"] else when(said, src, NEAR_SPANS)
    return None if day is None else (day, _kind(day if src == "vi" else keyed(said)))


def _far(m: re.Match, tgt: str) -> str:
    """A distance (_FAR, _FAR_EN) or a marathon in `tgt`: "ten kilometres", "5 km", "a half marathon"; "mười cây số",
    "5 km", "bán marathon"."""
    if m["marathon"]:
        return ("a half marathon" if m["halfm"] else "a marathon") if tgt == "en" else \
            f"{'bán ' * bool(m['halfm'])}marathon"
    far, km = keyed(m["far"]), m["by"].lower() == "km"
    if far.isdigit():
        return f"{far} km" if km else f"{far} {'kilometre' if far == '1' else 'kilometres'}" if tgt == "en" else \
            f"{far} cây số"
    if tgt == "en":
        return f"{_NUMBERS[far]} {'kilometre' if far == 'một' else 'kilometres'}"
    return f"{_NUMBERS_VI[far.replace('-', ' ')]} cây số"


def _far_agrees(m: re.Match) -> bool:
    """Whether a distance of _FAR_EN agrees with its unit: "one kilometre", "ten kilometres", "5 km" and a marathon
    do; "one kilometres", "1 kilometres", "two kilometre" do not."""
    if m["marathon"] or m["by"].lower() == "km":
        return True
    return (keyed(m["far"]) in ("1", "one")) != m["by"].lower().endswith("s")


def _ran(text: str) -> str | None:
    """"Tôi đã chạy được mười cây số." as "I ran ten kilometres.", "Cô ấy chạy marathon năm ngoái." as "She ran a
    marathon last year.", "Tôi chạy 5 km mỗi sáng." as "I run 5 km every morning.", "Bạn đã bao giờ chạy marathon
    chưa?" as "Have you ever run a marathon?" (_RAN); None for anything else, and where the tense is not sure:
    "chạy được" with no "đã" nor a day behind (can run?), a day with how often, "bao giờ" said (not asked)."""
    m = _RAN.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or (said := who(m, asked)) is None or (day := _day(m, "vi")) is None:
        return None
    (who_, one), (day, kind), tense = said, day, keyed(m["tense"] or "")
    far, has, when_ = _far(m, "en"), "has" if one else "have", f" {day}" if day else ""
    if m["ever"] or m["never"]:
        # (a statement says "từng": "Tôi (đã) bao giờ chạy marathon." is not Vietnamese)
        if day or m["every"] or m["got"] or asked != (m["done"] == "chưa") or m["never"] and asked or m["ever"] and (
                not asked and "từng" not in keyed(m["ever"])):
            return None
        if asked:
            return f"{has.capitalize()} {who_} ever run {far}?"
        return capitalised(contracted(who_, f"{has} never run {far}." if m["never"] else f"{has} run {far} before."))
    if asked or m["done"] == "chưa" or m["done"] and (day or tense != "đã" or m["marathon"]) or day and m["every"]:
        return None  # (a day and how often: "Năm ngoái tôi chạy 5 km mỗi sáng." ran, not runs)
    every = f" {_EVERY[keyed(m['every'])]}" if m["every"] else when_
    if tense == "muốn":  # (with a day not ahead it may be "wanted": "Sáng nay tôi muốn chạy 10 km.")
        wants = f"{who_} want{'s' * one} to run {far}{every}."
        return None if m["got"] or day and kind != "ahead" else capitalised(wants)
    if m["every"]:
        return None if tense else capitalised(f"{who_} run{'s' * one} {far}{every}.")
    if tense == "sẽ" or not tense and kind == "ahead" and not m["got"]:
        return None if m["got"] or kind == "behind" else capitalised(contracted(who_, f"will run {far}{when_}."))
    if tense == "vừa" or m["done"]:
        return None if day else capitalised(contracted(who_, f"{has} {'just ' * (tense == 'vừa')}run {far}."))
    if kind == "ahead" or m["marathon"] and not day or not (tense or kind == "behind"):
        return None  # (a marathon "đã chạy" with no day: ran one, or has run one?; "chạy được" alone: can run?)
    return capitalised(f"{who_} ran {far}{when_}.")


def _how_far(text: str) -> str | None:
    """"Bạn đã chạy được bao xa?" as "How far did you run?", "Hôm nay bạn chạy được bao nhiêu cây số?" as "How many
    kilometres did you run today?", "Bạn thường chạy bao xa?" as "How far do you usually run?" (_HOW_FAR); None for
    anything else, and for "Bạn chạy được bao xa?" (how far can, or did?)."""
    m = _HOW_FAR.fullmatch(text)
    if not m or "?" not in m["end"] or (said := who(m, True)) is None or (day := _day(m, "vi")) is None:
        return None
    (who_, one), (day, kind), tense = said, day, keyed(m["tense"] or "")
    how = "How many kilometres" if m["km"] else "How far"
    if tense == "thường":
        return None if day or m["got"] or m["done"] else f"{how} {'does' if one else 'do'} {who_} usually run?"
    if m["done"]:
        return None if day else f"{how} {'has' if one else 'have'} {who_} run?"
    if kind == "ahead" or not (tense or m["got"] and day or kind == "behind"):
        return None
    return f"{how} did {who_} run{' ' + day if day else ''}?"


def _training(text: str) -> str | None:
    """"Anh ấy đang tập để chạy marathon." as "He's training for a marathon.", "Bạn có đang tập luyện cho cuộc thi
    bán marathon không?" as "Are you training for a half marathon?" (_TRAINING); None for anything else."""
    m = _TRAINING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) and not asked or (said := who(m, asked)) is None:
        return None
    who_, far = said[0], _far(m, "en")
    return progressive(who_, be(who_), f"training for {far}", asked)


def _signed(text: str) -> str | None:
    """"Tôi đã đăng ký chạy bán marathon." as "I've signed up for a half marathon.", "Tôi vừa đăng ký chạy marathon."
    as "I've just signed up for a marathon." (_SIGNED); None for anything else, and with no "đã", "vừa" nor
    "rồi"."""
    m = _SIGNED.fullmatch(text)
    if not m or "?" in m["end"] or not (m["tense"] or m["done"]) or (said := who(m, False)) is None:
        return None
    who_, one = said
    just = "just " if keyed(m["tense"] or "") in ("vừa", "mới") else ""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {just}signed up for {_far(m, 'en')}."))


def _best(text: str) -> str | None:
    """"Thành tích tốt nhất của tôi là 50 phút." as "My personal best is 50 minutes.", "Kỷ lục cá nhân của bạn là bao
    nhiêu?" as "What's your personal best?" (_BEST); None for anything else, "thành tích tốt nhất" asked (a best
    score, as often), and a best in days."""
    m = _BEST.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]):
        return None
    whose = OWNERS[keyed(m["whose"])]
    if m["what"]:
        return f"What's {whose} personal best?" if m["own"] or m["own0"] else None
    days = m["unit"] and keyed(m["unit"]) in ("ngày", "tuần")
    return None if days else capitalised(f"{whose} personal best is {spans.said(m, 'en')}.")


def _finished(text: str) -> str | None:
    """"Tôi về đích sau hai tiếng." as "I finished in two hours.", "Cô ấy hoàn thành cuộc marathon trong bốn tiếng."
    as "She finished the marathon in four hours.", "Anh ấy về đích thứ ba." as "He finished third." (_FINISHED);
    None for anything else, a day ahead, and a time in days."""
    m = _FINISHED.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or (day := _day(m, "vi")) is None:
        return None
    who_, (day, kind) = said[0], day
    if kind == "ahead" or m["place"] and not m["home"] or m["unit"] and keyed(m["unit"]) in ("ngày", "tuần"):
        return None
    if m["place"]:
        return capitalised(f"{who_} finished {_PLACES[keyed(m['place'])]}{' ' + day if day else ''}.")
    race = "" if m["home"] else " the race" if m["race"] else f" the {'half ' * bool(m['halfm'])}marathon"
    return capitalised(f"{who_} finished{race} in {spans.said(m, 'en')}{' ' + day if day else ''}.")


def _breath(text: str) -> str | None:
    """"Tôi hết hơi rồi." as "I'm out of breath.", "Mẹ tôi thở không ra hơi." as "My mother is out of breath."
    (_BREATH); None for anything else."""
    m = _BREATH.fullmatch(text)
    said = m and "?" not in m["end"] and who(m, False)
    return capitalised(contracted(said[0], f"{be(said[0])} out of breath.")) if said else None


def _ran_vi(text: str) -> str | None:
    """"I ran ten kilometres this morning." as "Sáng nay tôi chạy được mười cây số.", "She ran a marathon last year."
    as "Năm ngoái cô ấy đã chạy marathon.", "I run 5 km every morning." as "Tôi chạy 5 km mỗi sáng.", "I've never run
    a marathon." as "Tôi chưa bao giờ chạy marathon.", "Have you ever run a marathon?" as "Bạn đã bao giờ chạy
    marathon chưa?" (_RAN_EN, _EVER_EN); None for anything else, where the verb does not agree with who, and a
    distance not agreeing with its unit ("one kilometres", "two kilometre")."""
    if m := _EVER_EN.fullmatch(text):
        who_, one = who_vi(m)
        if (m["have"] == "Has") != one or not _far_agrees(m):
            return None
        return capitalised(f"{who_} đã bao giờ chạy {_far(m, 'vi')} chưa?")
    m = _RAN_EN.fullmatch(text)
    if not m or not _far_agrees(m) or (day := _day(m, "en")) is None:
        return None
    (who_, one), (day, kind) = who_vi(m), day
    aux, verb, adv = keyed((m["aux"] or "").replace("’", "'")), m["verb"].lower(), m["adv"]
    far = _far(m, "vi")
    got, every = "" if m["marathon"] else "được ", f" {_EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    if aux in ("'ve", "have", "'s", "has"):
        if verb != "run" or (aux in ("'s", "has")) != one or day or every or adv and m["before"]:
            return None
        did = {"never": "chưa bao giờ chạy", "just": f"vừa chạy {got}".strip()}.get(adv) or (
            "đã từng chạy" if m["marathon"] or m["before"] else "đã chạy được")
        return capitalised(f"{who_} {did} {far}{' rồi' * (did == 'đã chạy được')}.")
    if adv or m["before"] or verb != "run" and aux or aux.startswith("want") and (aux == "wants to") != one:
        return None
    if verb == "ran":
        return None if every or kind == "ahead" else placed(
            f"{who_} {'đã ' * (not day or not got)}chạy {got}{far}", day, ".")
    if not aux:
        return None if not every or (verb == "runs") != one else capitalised(f"{who_} chạy {far}{every}.")
    if m["be"] and not be_agrees(m, m["be"]) or kind == "behind" or every and not aux.startswith("want"):
        return None
    return placed(f"{who_} {'muốn' if aux.startswith('want') else 'sẽ'} chạy {far}{every}", day, ".")


def _how_far_vi(text: str) -> str | None:
    """"How far did you run?" as "Bạn đã chạy được bao xa?", "How many kilometres did you run today?" as "Hôm nay
    bạn chạy được bao nhiêu cây số?", "How far do you usually run?" as "Bạn thường chạy bao xa?" (_HOW_FAR_EN); None
    for anything else, and where "does", "has" does not agree with who."""
    m = _HOW_FAR_EN.fullmatch(text)
    if not m or (day := _day(m, "en")) is None:
        return None
    (who_, one), (day, kind), aux = who_vi(m), day, m["aux"].lower()
    how = "bao nhiêu cây số" if m["km"] else "bao xa"
    if aux == "did":
        return None if kind == "ahead" or m["usually"] else placed(
            f"{who_} {'đã ' * (not day)}chạy được {how}", day, "?")
    if (aux in ("does", "has")) != one or day or m["usually"] and aux not in ("do", "does"):
        return None
    return capitalised(f"{who_} thường chạy {how}?" if aux in ("do", "does") else f"{who_} đã chạy được {how} rồi?")


def _training_vi(text: str) -> str | None:
    """"He's training for a marathon." as "Anh ấy đang tập luyện để chạy marathon.", "Are you training for a half
    marathon?" as "Bạn có đang tập luyện để chạy bán marathon không?" (_TRAINING_EN); None for anything else, and
    where "is", "am", "are" does not agree with who."""
    m = _TRAINING_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or not be_agrees(
            m, m["be0"] or m["be"]):
        return None
    who_, said = who_vi(m)[0], f"đang tập luyện để chạy {_far(m, 'vi')}"
    return capitalised(f"{who_} có {said} không?" if m["be0"] else f"{who_} {said}.")


def _signed_vi(text: str) -> str | None:
    """"I've signed up for a half marathon." as "Tôi đã đăng ký chạy bán marathon.", "She's just signed up for a
    marathon." as "Cô ấy vừa đăng ký chạy marathon." (_SIGNED_EN); None for anything else, and where "has" does not
    agree with who."""
    m = _SIGNED_EN.fullmatch(text)
    if not m or m["aux"] and (keyed(m["aux"])[-1] == "s") != who_vi(m)[1]:
        return None
    return capitalised(f"{who_vi(m)[0]} {'vừa' if m['just'] else 'đã'} đăng ký chạy {_far(m, 'vi')}.")


def _best_vi(text: str) -> str | None:
    """"My personal best is 50 minutes." as "Kỷ lục cá nhân của tôi là 50 phút.", "What's your personal best?" as
    "Kỷ lục cá nhân của bạn là bao nhiêu?" (_BEST_EN); None for anything else, and a best in days."""
    m = _BEST_EN.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]):
        return None
    if m["what"]:
        return f"Kỷ lục cá nhân của {WHOSE_VI[m['what'].lower()]} là bao nhiêu?"
    if m["unit"] and keyed(m["unit"]) in ("day", "week"):
        return None
    return f"Kỷ lục cá nhân của {WHOSE_VI[m['whose'].lower()]} là {spans.said(m, 'vi')}."


def _finished_vi(text: str) -> str | None:
    """"I finished the race in two hours." as "Tôi đã hoàn thành cuộc đua trong hai tiếng.", "She finished the
    marathon in four hours." as "Cô ấy đã hoàn thành cuộc marathon trong bốn tiếng." (_FINISHED_EN); None for
    anything else, a day ahead, and a time in days."""
    m = _FINISHED_EN.fullmatch(text)
    if not m or (day := _day(m, "en")) is None or day[1] == "ahead":
        return None
    who_, day = who_vi(m)[0], day[0]
    if m["unit"] and keyed(m["unit"]) in ("day", "week"):
        return None
    race = "cuộc đua" if m["race"] else f"cuộc {_far(m, 'vi')}"
    return placed(f"{who_} {'đã ' * (not day)}hoàn thành {race} trong {spans.said(m, 'vi')}", day, ".")


def _breath_vi(text: str) -> str | None:
    """"I'm out of breath." as "Tôi hết hơi rồi.", "She's out of breath." as "Cô ấy hết hơi rồi." (_BREATH_EN); None
    for anything else, and where "is", "am", "are" does not agree with who."""
    m = _BREATH_EN.fullmatch(text)
    return capitalised(f"{who_vi(m)[0]} hết hơi rồi.") if m and be_agrees(m, m["be"]) else None
