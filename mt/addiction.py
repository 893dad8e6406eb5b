"""Addictions, both ways, written whole by rule: who is addicted to drink, gambling, drugs, coffee …, is an
alcoholic or an addict, is in or goes to rehab, gives up gambling, drugs or coffee, has been sober or clean for a
span. v8 (every rule on) reads "nghiện" as adding, "cờ bạc" as a flag, "cai nghiện" as adding addiction, "rehab" as
coming back to life, "sober" as glad: "Anh ấy nghiện rượu." → "He adds alcohol.", "Anh ấy nghiện thuốc lá." → "He
adds drugs.", "Cô ấy nghiện cờ bạc." → "She adds her flag.", "Tôi nghiện cà phê." → "I'm drinking coffee.", "Bạn có
nghiện cà phê không?" → "Do you have a cup of coffee?", "Bố tôi nghiện rượu nặng." → "My dad is heavy.", "Anh ấy đang
ở trại cai nghiện." → "He's in addiction farm.", "Anh ấy đang đi cai nghiện." → "He is going to go to add
addiction.", "Anh ấy đã bỏ cờ bạc." → "He left the silver flag."; "She's addicted to gambling." → "Cô ấy rất muốn
đánh bạc." (wants to), "Is he an alcoholic?" → "Anh ấy có rượu không?", "He's in rehab." → "Anh ta đang sống lại.",
"He's trying to quit gambling." → "Anh ta đang cố đánh bạc.", "She's been sober for two years." → "Cô ấy rất vui được
hai năm rồi.", "He's hooked on drugs." → "Anh ta đã nấu chín về thuốc." (cooked), "He's an alcoholic." → "Anh ta là
một kẻ nghiện rượu." (right, but cold).

Taken: who (mt.hobbies.WHO, WHO_EN) addicted ("nghiện", "bị nghiện"; "addicted to", "hooked on") to one of ADDICTIONS,
said, denied, asked, used to be, really, a bit or seriously ("rất", "hơi", "nặng"); who is an alcoholic or an addict
of one of _ADDICTS ("là người nghiện rượu"), one person only; who is in rehab ("đang đi cai nghiện", "đang ở trại cai
nghiện", "đang cai nghiện"), went to or into it on a day behind, is going to it ("sẽ", a day ahead), wants, needs or
should go ("muốn đi cai nghiện"; "muốn cai nghiện": get clean), just got out of it ("vừa ra trại cai nghiện"), has
been in it for a span ("đi cai nghiện được ba tháng rồi"); who gives up gambling, drugs or coffee ("bỏ", "cai"):
done ("đã", "rồi"), a span ago ("được hai năm"), tries, wants, needs or should; in English, who has been sober or
clean for a span ("bỏ rượu được hai năm rồi", "cai nghiện được sáu tháng rồi"). Days by mt.free_time.when with
mt.dates.NEAR_SPANS. Left: "nghiện game", "nghiện điện thoại" (mt/games.py, mt/screen_time.py), quitting drink or
smoking and "bỏ rượu được hai năm" (mt/smoking.py), "sober" alone (mt/hangovers.py), "nghiện thuốc" (tobacco or
medicine?), "bỏ đường" (also putting sugar in), "cai nghiện được …" (clean, or in rehab, that long?), a plain "Tôi bỏ
cờ bạc." (now, or done?), "anh", "chị", "em" alone saying it (mt.hobbies.who), "a drinking problem", "recovering".
mt.phrasebook.translate tries these after mt/gossip.py.

    >>> translate("Anh ấy nghiện rượu.", "vi", "en"), translate("He's an alcoholic.", "en", "vi")
    ("He's addicted to alcohol.", 'Anh ấy nghiện rượu.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS, SPAN, span
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_agrees, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .text import SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nghiện|cờ\s+bạc|ma\s+tu[ýy]|cà\s+phê)"),
         "en": lazy(r"(?i:addict|hooked|alcoholic|holic|rehab|sober|clean|\bquit|give\s+up|gave\s+up|given\s+up|stop)")}

# what one is addicted to (the first English of each is written back; "game" and "điện thoại" are mt/games.py's and
# mt/screen_time.py's, "thuốc" alone may be tobacco or medicine)
ADDICTIONS = {"rượu": "alcohol", "rượu bia": "alcohol", "bia": "beer", "cờ bạc": "gambling", "bài bạc": "gambling",
              "ma túy": "drugs", "ma tuý": "drugs", "thuốc lá": "cigarettes", "cà phê": "coffee",
              "trà sữa": "bubble tea", "đồ ngọt": "sweets", "đường": "sugar", "sô cô la": "chocolate",
              "mua sắm": "shopping"}
ADDICTIONS_VI = {en: vi for vi, en in reversed(ADDICTIONS.items())} | {
    "drink": "rượu", "drugs": "ma túy", "smoking": "thuốc lá", "nicotine": "thuốc lá", "milk tea": "trà sữa"}
# ... and who is addicted, said as one ("là người nghiện rượu": an alcoholic), in English and back
_ADDICTS = {"rượu": "an alcoholic", "ma túy": "a drug addict", "ma tuý": "a drug addict",
            "cờ bạc": "a gambling addict", "cà phê": "a coffee addict"}
_ADDICTS_VI = {"alcoholic": "rượu", "drug addict": "ma túy", "gambling addict": "cờ bạc", "coffee addict": "cà phê",
               "shopaholic": "mua sắm", "chocoholic": "sô cô la"}
_HOW = {"rất": "really", "lắm": "really", "hơi": "a bit", "nặng": "seriously"}
_HOW_VI = {"really": "rất", "so": "rất", "very": "rất", "totally": "rất", "a bit": "hơi", "a little": "hơi",
           "a little bit": "hơi", "slightly": "hơi", "seriously": "nặng", "badly": "nặng", "heavily": "nặng"}
# what is given up ("bỏ rượu", "bỏ thuốc" are mt/smoking.py's), in English and back
_QUIT = {"cờ bạc": "gambling", "ma túy": "drugs", "ma tuý": "drugs", "cà phê": "coffee"}
_QUIT_VI = {"gambling": "cờ bạc", "drugs": "ma túy", "taking drugs": "ma túy", "coffee": "cà phê",
            "drinking coffee": "cà phê"}
_MEANS = {"muốn": "want", "cần": "need", "phải": "need", "nên": "should", "cố": "try", "cố gắng": "try",
          "đang cố": "try", "đang cố gắng": "try"}
_MEANS_VI = {"want": "muốn", "wants": "muốn", "need": "cần", "needs": "cần", "should": "nên", "have": "phải",
             "has": "phải"}
_UNITS_VI = {"day": "ngày", "week": "tuần", "month": "tháng", "year": "năm"}

_HOOKED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<used>(?:đã\s+)?từng)\s+)?(?:(?P<very>rất|hơi)\s+)?"
               rf"(?:bị\s+)?nghiện\s+(?P<what>{alternatives(ADDICTIONS)})(?:\s+(?P<much>nặng|lắm))?"
               rf"(?:\s+(?P<q>không|à|hả))?{SOFTENED_END}")
_ADDICT = lazy(rf"{WHO}\s+(?:(?P<ask>có\s+phải)\s+|(?P<not>không\s+phải)\s+|(?P<used>(?:đã\s+)?từng)\s+)?là\s+"
               rf"(?:một\s+)?(?:người|con)\s+nghiện\s+(?P<what>{alternatives(_ADDICTS)})(?:\s+(?P<q>không))?"
               rf"{SOFTENED_END}")
_REHAB = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đang|đã|sẽ|vừa\s+mới|vừa|mới)\s+)?(?:(?P<means>muốn|cần|phải|nên)"
              r"\s+)?(?P<how>đi\s+cai\s+nghiện|(?P<at>ở|vào)(?:\s+trong)?\s+trại\s+cai\s+nghiện|(?P<out>ra\s+khỏi|ra)"
              rf"\s+trại\s+cai\s+nghiện|cai\s+nghiện){DAY_AFTER}(?:\s+được\s+{SPAN}(?:\s+(?P<done>rồi))?)?"
              rf"{SOFTENED_END}")
_GIVES_UP = lazy(rf"{WHO}\s+(?:(?P<tense>đã)\s+)?(?:(?P<means>muốn|cần|phải|nên|(?:đang\s+)?cố(?:\s+gắng)?)\s+)?"
                 rf"(?:bỏ|cai)\s+(?P<what>{alternatives(_QUIT)})(?:\s+được\s+{SPAN})?(?:\s+(?P<done>rồi))?"
                 rf"{SOFTENED_END}")

# ... and in English ("’" is read as "'")
_BE = r"\s+is|\s+am|\s+are|'s|'m|'re"
_HOOKED_EN = lazy(rf"(?:(?P<be0>Is|Are|Am)\s+)?{WHO_EN}(?:(?P<be>{_BE}|\s+was|\s+were)(?P<not>\s+not|n't)?|"
                  r"\s+(?P<used>used\s+to\s+be))?(?:\s+(?P<how>really|so|very|totally|a\s+little(?:\s+bit)?|a\s+bit|"
                  r"slightly|seriously|badly|heavily))?\s+(?:(?:addicted\s+to|hooked\s+on)\s+(?P<what>"
                  rf"{alternatives(ADDICTIONS_VI)})|(?P<a>an?)\s+(?P<addict>{alternatives(_ADDICTS_VI)}))"
                  r"\s*(?P<end>[.!?]*)")
SPAN_EN = rf"(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))\s+(?P<unit>{alternatives(_UNITS_VI)})(?P<s>s?)"
_REHAB_EN = lazy(rf"{WHO_EN}(?:(?P<been>'s\s+been|'ve\s+been|\s+has\s+been|\s+have\s+been)|(?P<be>"
                 rf"{_BE})|\s+(?P<means>wants?|needs?|has|have)\s+to|\s+(?P<should>should))?"
                 r"(?:\s+(?P<just>just))?\s+(?P<how>in\s+rehab|(?P<verb>going|go|went|gone)\s+(?P<into>in)?to\s+rehab|"
                 rf"got\s+out\s+of\s+rehab)(?:\s+for\s+{SPAN_EN})?{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_CLEAN_EN = lazy(rf"{WHO_EN}(?P<has>'s|'ve|\s+has|\s+have)\s+been\s+(?P<state>sober|clean)\s+for\s+{SPAN_EN}"
                 r"(?:\s+now)?\s*(?P<end>[.!]*)")
_GIVES_UP_EN = lazy(rf"{WHO_EN}(?:(?P<be>{_BE})\s+trying\s+to|(?P<has>'s|'ve|\s+has|\s+have)|"
                    r"\s+(?P<means>wants?|needs?)\s+to|\s+(?P<should>should))?(?:\s+(?P<just>just))?\s+(?P<verb>quit|"
                    r"give\s+up|gave\s+up|given\s+up|stop|stopped)\s+(?P<what>gambling|drugs|taking\s+drugs|coffee|"
                    rf"drinking\s+coffee){DAY_AFTER_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is addicted to what, is an addict, is in or goes to
    rehab, gives up gambling, drugs or coffee, or has been sober or clean a while; None for any other."""
    if src == "vi":
        return _hooked(text) or _addict(text) or _rehab(text) or _gives_up(text)
    text = text.replace("’", "'")
    return _hooked_vi(text) or _rehab_vi(text) or _clean_vi(text) or _gives_up_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("?" and "không", "à" or "hả" at the end; "có" only with "không"); None where
    the two do not agree ("Bạn có nghiện cà phê à?", "Bạn nghiện cà phê không.")."""
    asked, q = "?" in m["end"], keyed(m["q"] or "")
    if asked != bool(q) or m["ask"] and q != "không":
        return None
    return asked


def _hooked(text: str) -> str | None:
    """"Anh ấy nghiện rượu." as "He's addicted to alcohol.", "Bạn có nghiện cà phê không?" as "Are you addicted to
    coffee?", "Bố tôi nghiện rượu nặng." as "My father is seriously addicted to alcohol.", "Ông tôi từng nghiện
    rượu." as "My grandfather used to be addicted to alcohol." (_HOOKED); None for anything else."""
    m = _HOOKED.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (said := who(m, asked)) is None or m["very"] and m["much"]:
        return None
    who_, how = said[0], _HOW.get(keyed(m["very"] or m["much"] or ""))
    what = f"addicted to {ADDICTIONS[keyed(m['what'])]}"
    if asked:
        return None if m["not"] or m["used"] or how else f"{be(who_).capitalize()} {who_} {what}?"
    what = f"{how} {what}" if how else what
    if m["ask"] or m["not"] and how:
        return None
    if m["used"]:
        return capitalised(f"{who_} used to be {what}.")
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {what}."))


def _addict(text: str) -> str | None:
    """"Anh ấy là người nghiện rượu." as "He's an alcoholic.", "Anh ấy có phải là người nghiện rượu không?" as "Is
    he an alcoholic?", "Bố tôi từng là người nghiện rượu." as "My father used to be an alcoholic." (_ADDICT); None
    for anything else, and for more than one ("Họ là người nghiện rượu.")."""
    m = _ADDICT.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (said := who(m, asked)) is None or be(said[0]) == "are" and said[0] != "you":
        return None
    who_, addict = said[0], _ADDICTS[keyed(m["what"])]
    if asked:
        return None if m["used"] or m["not"] else f"{be(who_).capitalize()} {who_} {addict}?"
    if m["used"]:
        return capitalised(f"{who_} used to be {addict}.")
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {addict}."))


def _rehab(text: str) -> str | None:
    """"Anh ấy đang đi cai nghiện." as "He's in rehab.", "Tuần trước anh ấy vào trại cai nghiện." as "He went into
    rehab last week.", "Anh ấy cần đi cai nghiện." as "He needs to go to rehab.", "Anh ấy vừa ra trại cai nghiện."
    as "He just got out of rehab.", "Anh ấy đi cai nghiện được ba tháng rồi." as "He's been in rehab for three
    months." (_REHAB); None for anything else, and for "đi cai nghiện" with no tense nor day."""
    m = _REHAB.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or (said := who(m, False)) is None:
        return None
    if (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)) is None:
        return None
    (who_, one), tense, how = said, keyed(m["tense"] or ""), keyed(m["how"])
    behind, ahead = bool(BEHIND.match(day)), bool(AHEAD.match(day) or day == "tonight")
    rehab = "cai nghiện" if how == "cai nghiện" else "đi" if how.startswith("đi") else keyed(m["at"] or "ra")
    if m["n"]:
        if day or m["means"] or tense not in ("", "đã", "đang") or rehab not in ("đi", "ở"):
            return None
        return capitalised(contracted(who_, f"{'has' if one else 'have'} been in rehab for {span(m)}."))
    if m["means"]:
        means = _MEANS[keyed(m["means"])]
        doing = "get clean" if rehab == "cai nghiện" else "go to rehab" if rehab == "đi" else None
        if tense or day or doing is None:
            return None
        return capitalised(f"{who_} should {doing}." if means == "should" else f"{who_} {means}s to {doing}."
                           if one else f"{who_} {means} to {doing}.")
    day_ = f" {day}" if day else ""
    if rehab == "ra":
        if tense in ("vừa", "mới", "vừa mới") and not ahead:
            return capitalised(f"{who_} just got out of rehab{day_}.")
        return capitalised(f"{who_} got out of rehab{day_}.") if behind and tense in ("", "đã") else None
    if tense == "đang" and rehab != "vào" or not tense and not day and rehab == "ở":
        return None if day else capitalised(contracted(who_, f"{be(who_)} in rehab."))
    into = "into" if rehab == "vào" else "to"
    if rehab in ("ở", "cai nghiện"):
        return None
    if tense == "sẽ" or ahead:
        return None if behind or tense not in ("", "sẽ") else \
            capitalised(contracted(who_, f"{be(who_)} going {into} rehab{day_}."))
    if behind and tense in ("", "đã") or tense == "đã" and not day:
        return capitalised(f"{who_} went {into} rehab{day_}.")
    return None


def _gives_up(text: str) -> str | None:
    """"Anh ấy đã bỏ cờ bạc." as "He's given up gambling.", "Anh ấy bỏ cờ bạc được hai năm rồi." as "He gave up
    gambling two years ago.", "Tôi đang cố bỏ cà phê." as "I'm trying to give up coffee." (_GIVES_UP); None for
    anything else, and for a plain "Tôi bỏ cờ bạc." (now, or done?)."""
    m = _GIVES_UP.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    (who_, one), what = said, _QUIT[keyed(m["what"])]
    if m["means"]:
        if m["tense"] or m["n"] or m["done"]:
            return None
        means = _MEANS[keyed(m["means"])]
        if means == "try":
            return capitalised(contracted(who_, f"{be(who_)} trying to give up {what}."))
        return capitalised(f"{who_} should give up {what}." if means == "should" else
                           f"{who_} {means}{'s' * one} to give up {what}.")
    if m["n"]:
        return capitalised(f"{who_} gave up {what} {span(m)} ago.")
    if m["tense"] or m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} given up {what}."))
    return None


def _hooked_vi(text: str) -> str | None:
    """"She's addicted to gambling." as "Cô ấy nghiện cờ bạc.", "He's an alcoholic." as "Anh ấy nghiện rượu.", "Are
    you addicted to coffee?" as "Bạn có nghiện cà phê không?", "My father was an alcoholic." as "Bố tôi từng nghiện
    rượu." (_HOOKED_EN); None for anything else, where "is" does not agree with who, "an alcoholic" said of more than
    one, and "a" before a vowel or "an" before anything else."""
    m = _HOOKED_EN.fullmatch(text)
    said = m and (m["be0"] or m["be"])
    if not m or bool(m["be0"]) == bool(m["be"] or m["used"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    past = bool(m["be"]) and be_said(m["be"]) in ("was", "were")
    if said and not be_agrees(m, said, past):
        return None
    who_, one = who_vi(m)
    if m["addict"]:
        many = not one and who_ != "tôi" and (m["who"] or "").lower() != "you"
        if many or m["how"] or (m["a"].lower() == "an") != m["addict"].lower().startswith(("a", "e", "i", "o", "u")):
            return None
        what = _ADDICTS_VI[keyed(m["addict"])]
    else:
        what = ADDICTIONS_VI[keyed(m["what"])]
    how = _HOW_VI.get(keyed(m["how"] or ""))
    if m["be0"]:
        return None if how else capitalised(f"{who_} có nghiện {what} không?")
    if m["not"] and (how or past) or (past or m["used"]) and how:
        return None
    if past or m["used"]:
        return capitalised(f"{who_} từng nghiện {what}.")
    said = f"nghiện {what} nặng" if how == "nặng" else f"{how} nghiện {what}" if how else f"nghiện {what}"
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{said}.")


def span_vi(m: re.Match) -> str | None:
    """A span of SPAN_EN (days to years: mt/spans.py has no months or years) in Vietnamese ("two years" → "hai năm",
    "a month" → "một tháng"); None where English says "years" of one or "year" of more. mt/cutting_down.py reads
    its spans with these too."""
    n = m["n"].lower()
    one = n in ("a", "an", "one", "1")
    if bool(m["s"]) == one or n == "an":
        return None
    return f"{'một' if one else EN_TO_VI.get(n, n)} {_UNITS_VI[m['unit']]}"


def _rehab_vi(text: str) -> str | None:
    """"He's in rehab." as "Anh ấy đang đi cai nghiện.", "She went into rehab last month." as "Tháng trước cô ấy đã
    vào trại cai nghiện.", "He's going to rehab next week." as "Tuần sau anh ấy sẽ đi cai nghiện.", "He needs to go
    to rehab." as "Anh ấy cần đi cai nghiện.", "He just got out of rehab." as "Anh ấy vừa ra trại cai nghiện.",
    "He's been in rehab for three months." as "Anh ấy đi cai nghiện được ba tháng rồi." (_REHAB_EN); None for
    anything else, and where "is", "has", "wants" does not agree with who or the day."""
    m = _REHAB_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    (who_, one), how, verb = who_vi(m), keyed(m["how"]), m["verb"]
    behind, ahead = bool(BEHIND.match(m["day"] or "")), bool(AHEAD.match(m["day"] or "") or day == "tối nay")
    go = "vào trại cai nghiện" if m["into"] else "đi cai nghiện"
    has = keyed(m["been"] or m["means"] or "").split(" ")[0].replace("'s", "has").replace("'ve", "have")
    if has and (has in ("has", "wants", "needs")) != one or m["be"] and not be_agrees(m, m["be"]):
        return None
    if m["been"]:  # ("He's been in rehab for three months.")
        n = m["n"] and span_vi(m)
        return capitalised(f"{who_} {go} được {n} rồi.") if n and how == "in rehab" and not (day or m["just"]) else None
    if m["n"] or m["just"] and not how.startswith("got") or verb == "gone":
        return None
    if how == "in rehab":
        return capitalised(f"{who_} đang đi cai nghiện.") if m["be"] and not day else None
    if how.startswith("got"):  # (just got out of it, or on a day behind)
        if m["be"] or m["should"] or m["means"] or not (m["just"] or behind) or ahead:
            return None
        return placed(f"{who_} {'vừa' if m['just'] else 'đã'} ra trại cai nghiện", day, ".")
    if verb == "go":
        return capitalised(f"{who_} {_MEANS_VI[has or 'should']} {go}.") if (m["means"] or m["should"]) and not \
            day else None
    if verb == "going":
        return placed(f"{who_} sẽ {go}", day, ".") if m["be"] and not behind else None
    return placed(f"{who_} đã {go}", day, ".") if not (m["be"] or m["means"] or m["should"] or ahead) else None


def _clean_vi(text: str) -> str | None:
    """"She's been sober for two years." as "Cô ấy bỏ rượu được hai năm rồi.", "He's been clean for six months." as
    "Anh ấy cai nghiện được sáu tháng rồi." (_CLEAN_EN); None for anything else, and where "has" does not agree."""
    m = _CLEAN_EN.fullmatch(text)
    if not m or (n := span_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    if (keyed(m["has"]) in ("has", "'s")) != one:
        return None
    return capitalised(f"{who_} {'bỏ rượu' if m['state'] == 'sober' else 'cai nghiện'} được {n} rồi.")


def _gives_up_vi(text: str) -> str | None:
    """"He's trying to quit gambling." as "Anh ấy đang cố bỏ cờ bạc.", "She quit gambling last year." as "Năm ngoái
    cô ấy đã bỏ cờ bạc.", "I've given up coffee." as "Tôi đã bỏ cà phê rồi.", "You should give up coffee." as "Bạn
    nên bỏ cà phê." (_GIVES_UP_EN); None for anything else, where the verb does not agree with who or the day, and
    "I quit gambling." (now, or done?)."""
    m = _GIVES_UP_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    (who_, one), verb, what = who_vi(m), keyed(m["verb"]), _QUIT_VI[keyed(m["what"])]
    base, behind = verb in ("quit", "give up", "stop"), bool(BEHIND.match(m["day"] or ""))
    if m["be"] or m["means"] or m["should"]:
        means = keyed(m["means"] or "")
        if not base or day or m["just"] or m["be"] and not be_agrees(m, m["be"]) or means and \
                means.endswith("s") != one:
            return None
        return capitalised(f"{who_} {'đang cố' if m['be'] else _MEANS_VI[means or 'should']} bỏ {what}.")
    if m["has"]:
        if verb not in ("quit", "given up", "stopped") or day or (keyed(m["has"]) in ("has", "'s")) != one:
            return None
        return capitalised(f"{who_} vừa bỏ {what}." if m["just"] else f"{who_} đã bỏ {what} rồi.")
    if verb in ("give up", "stop") or verb == "quit" and not (one or behind) or day and not behind:
        return None
    return placed(f"{who_} {'vừa' if m['just'] else 'đã'} bỏ {what}", day, ".")
