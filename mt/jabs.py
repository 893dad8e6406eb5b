"""Vaccinations, jabs and giving blood, both ways, written whole by rule: who has been vaccinated, has had a numbered
jab, a booster or a flu (COVID, tetanus, measles) jab, gives blood, has a blood test; when, how often, has to, needs
or would like to; asked; and whether a jab hurts. v8 reads "tiêm" as giving the jab, "phòng" as a room, "hiến máu" as
a donor and "jab" as being stuck: "Con tôi phải tiêm phòng." → "I must get the room.", "Tôi đã tiêm mũi thứ hai." →
"I've given the second shot.", "Tôi đi hiến máu." → "I walked blood donor.", "Tôi đã hiến máu hôm qua." → "I don't
have blood donated yesterday.", "Bạn có hay đi hiến máu không?" → "Do you or go don't you?", "Bạn đã bao giờ hiến máu
chưa?" → "Never don't you donate blood?", "Con tôi vừa tiêm phòng xong." → "My child has given the room done.",
"Chị ấy tiêm phòng cúm mỗi năm." → "She receives the flu every year.", "Sáng nay tôi đi xét nghiệm máu." → "This
morning, I go to blood tests.", "Tiêm có đau không?" → "Is it pain?"; "I've had my second jab." → "Tôi đã mắc kẹt thứ
hai của tôi.", "She had a flu jab last week." → "Cô ấy bị cúm vào tuần trước." (had the flu), "I gave blood
yesterday." → "Tôi đưa máu hôm qua.", "Do you give blood?" → "Bạn có mang máu không?", "Have you ever given blood?" →
"Bạn đã từng sử dụng máu chưa?", "I'm going to get my booster tomorrow." → "Tôi sẽ trở thành người thúc đẩy của tôi
ngày mai.", "He's had both jabs." → "Anh ta vừa bị kẹt.", "Have you had your flu jab?" → "Bạn có bị cúm không?".

Taken: who (mt.hobbies.WHO, WHO_EN) has just, has (not yet, never, before) been vaccinated ("tiêm vắc-xin", "tiêm
phòng", "tiêm chủng"), had a jab of _NTH ("mũi thứ hai", "mũi nhắc lại": his or her own, so not after a name alone),
both jabs, a jab of _KINDS ("tiêm phòng cúm"), given blood ("hiến máu") or had a blood test ("xét nghiệm máu"); did so
on a day behind (mt.free_time.when, mt.dates.LAST); is going to ("sẽ", "định", a day ahead, "đi" alone); has to,
needs or would like to; does so how often (_OFTEN: "ba tháng một lần", "mỗi năm") or usually; asked ("chưa", "có …
không", "à", "bao lâu một lần"); and whether a jab or giving blood hurts (_HURT). English "shot", "vaccine", "dose",
"vaccinations" are read, "jab" written. Left: "anh", "chị", "em" alone saying it (mt.hobbies.who), "tiêm" alone (an
injection of anything), "lấy máu" alone, "Có đau không?" and "Did it hurt?" (said of anything), "Tôi sợ tiêm." (the
phrasebook's), a plain verb with no tense, day or habit ("Tôi hiến máu."), "không" said, "a jab", and anything else.
mt.phrasebook.translate tries these after mt/falls.py.

    >>> translate("Con tôi phải tiêm phòng.", "vi", "en"), translate("I've had my second jab.", "en", "vi")
    ('My child has to get vaccinated.', 'Tôi đã tiêm mũi thứ hai.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, LAST
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import WHOSE_WORDS, his_her
from .text import EN_WHOSE, SOFTENER, alternatives, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tiêm|hiến\s+máu|xét\s+nghiệm\s+máu|lấy\s+máu)"),
         "en": lazy(r"(?i:vaccin|jab|shot|booster|dose|blood|injection)")}

# what a jab is against, and which jab of a course it is (the first Vietnamese of each is written back)
_KINDS = {"cúm": "flu", "covid": "COVID", "covid-19": "COVID", "uốn ván": "tetanus", "sởi": "measles"}
_KINDS_VI = {"flu": "phòng cúm", "covid": "vắc-xin COVID", "covid-19": "vắc-xin COVID", "tetanus": "phòng uốn ván",
             "measles": "phòng sởi"}
_NTH = {"đầu tiên": "first", "thứ nhất": "first", "1": "first", "thứ hai": "second", "hai": "second", "2": "second",
        "thứ ba": "third", "ba": "third", "3": "third", "thứ tư": "fourth", "4": "fourth", "nhắc lại": "booster",
        "tăng cường": "booster"}
_NTH_VI = {"first": "đầu tiên", "second": "thứ hai", "third": "thứ ba", "fourth": "thứ tư", "booster": "nhắc lại"}
# how often ("ba tháng một lần": every three months; "mỗi năm hai lần": twice a year)
_UNITS = {"tuần": "week", "tháng": "month", "năm": "year"}
_UNITS_VI = {en: vi for vi, en in _UNITS.items()}
_N_VI = rf"(?:{alternatives(VI_NUMBER_WORDS[2:10])}|[2-9])"
_OFTEN = (r"(?P<often>(?:mỗi|hằng|hàng)\s+(?P<every>tuần|tháng|năm)|(?=mỗi\s|\S+\s+\S+\s+(?:một|1)\s+lần)"
          rf"(?:mỗi\s+)?(?P<n>{_N_VI})\s+(?P<units>tuần|tháng|năm)(?:\s+(?:một|1)\s+lần)?|"
          r"(?:mỗi|một|1)\s+(?P<per>tuần|tháng|năm)\s+(?P<times>một|hai|1|2)\s+lần|"
          r"(?P<regularly>thường\s+xuyên|đều\s+đặn))")
_OFTEN_EN = (rf"(?P<often>every\s+(?:(?P<n>{alternatives(EN_NUMBER_WORDS[2:10])}|[2-9])\s+(?P<units>week|month|year)s|"
             r"(?P<every>week|month|year))|(?P<times>once|twice)\s+a\s+(?P<per>week|month|year)|"
             r"(?P<regularly>regularly))")

# what is done: vaccinated, a jab of _NTH or _KINDS, both jabs, blood given, a blood test ("được" before: passive)
_ACT = (rf"(?:(?P<passive>được)\s+)?(?:(?P<vacc>tiêm\s+(?:vắc[\s-]?xin|vaccine|phòng|chủng|ngừa))"
        rf"(?:\s+(?:phòng\s+|ngừa\s+)?(?P<kind>(?i:{alternatives(_KINDS)})))?|"
        rf"tiêm\s+mũi\s+(?P<nth>{alternatives(_NTH)})|(?P<both>tiêm\s+(?:đủ|cả)\s+hai\s+mũi)|(?P<blood>hiến\s+máu)|"
        r"(?P<test>xét\s+nghiệm\s+máu|lấy\s+máu\s+(?:để\s+)?xét\s+nghiệm))")
# what is said of it not yet, never, or before
_NOT_YET = {"chưa": "{has}n't {perfect} yet.", "chưa bao giờ": "{has} never {perfect}.",
            "chưa từng": "{has} never {perfect}.", "từng": "{has} {perfect} before.",
            "đã từng": "{has} {perfect} before."}
_AUX = (r"vừa\s+mới|vừa|mới|đã\s+bao\s+giờ|đã\s+từng|đã|sẽ|định|phải|cần|muốn|thường|hay|chưa\s+bao\s+giờ|"
        r"chưa\s+từng|chưa|bao\s+giờ|từng")
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>{_AUX})\s+)?(?:(?P<go>đi)\s+)?{_ACT}"
             rf"(?:\s+(?P<done>rồi|xong(?:\s+rồi)?))?(?:\s+{_OFTEN}|{DAY_AFTER})"
             rf"(?:\s+(?P<q>chưa|không|à|hả))?{SOFTENER}\s*(?P<end>[.!?]*)")
_HOW_OFTEN = lazy(rf"{WHO}\s+(?:(?P<go>đi)\s+)?{_ACT}\s+bao\s+lâu\s+(?:một|1)\s+lần{SOFTENER}\s*\?+")
# whether it hurts: the jab in general, the one just had, giving blood
_HURT = {lazy(r"(?:Tiêm|Mũi\s+tiêm|Tiêm\s+phòng)\s+có\s+đau\s+không" + SOFTENER + r"\s*\?+"):
         "Does the jab hurt?",
         lazy(r"(?:Lúc|Khi)\s+tiêm\s+có\s+đau\s+không" + SOFTENER + r"\s*\?+"): "Did the jab hurt?",
         lazy(r"Hiến\s+máu\s+có\s+đau\s+không" + SOFTENER + r"\s*\?+"): "Does giving blood hurt?"}

# ... in English: the jab ("my second jab", "a flu shot", "my booster", "both jabs", "his vaccinations")
_JAB_EN = (rf"(?P<hw>{WHOSE_WORDS}|a|the|both)\s+(?:(?P<nth>first|second|third|fourth)\s+|"
           rf"(?P<kind>(?i:{alternatives(_KINDS_VI)}))\s+)?(?P<noun>booster(?:\s+(?:jab|shot|dose))?|jabs?|shots?|"
           r"vaccines?|vaccinations|doses?)")
_DO_EN = (rf"(?:(?P<v>[a-z]+)\s+(?:{_JAB_EN}|(?P<blood>blood)|(?P<test>a\s+blood\s+test))|"
          r"(?P<bev>get|got|gets|getting|gotten|been|be|was|were)\s+(?P<vacc>(?:fully\s+)?vaccinated))")
# the verb of each form English asks for, and the verbs each thing done goes with
_FORMS = {"base": {"have", "get", "give", "be"}, "s": {"has", "gets", "gives"}, "past": {"had", "got", "gave", "was",
          "were"}, "perfect": {"had", "got", "gotten", "given", "been"}, "ing": {"having", "getting", "giving"}}
_GIVE, _BE = {"give", "gives", "gave", "given", "giving"}, {"be", "been", "was", "were"}
_HAVE = {"have", "has", "had", "having", "get", "gets", "got", "gotten", "getting"}
_END = r"\s*(?P<end>[.!]*)"
_PERFECT_EN = lazy(rf"{WHO_EN}(?P<have>'ve|'s|\s+have|\s+has)(?P<neg>n't|\s+not)?(?:\s+(?P<adv>just|"
                   rf"already|never))?\s+{_DO_EN}(?:\s+(?P<tail>yet|before))?{_END}")
_PAST_EN = lazy(rf"{WHO_EN}\s+{_DO_EN}{DAY_AFTER_EN}{_END}")
_GOING_EN = lazy(rf"{WHO_EN}(?P<be>'m|'re|'s|\s+am|\s+is|\s+are)\s+(?P<going>going\s+to\s+)?{_DO_EN}"
                 rf"{DAY_AFTER_EN}{_END}")
_MUST_EN = lazy(rf"{WHO_EN}(?P<must>\s+has\s+to|\s+have\s+to|\s+needs\s+to|\s+need\s+to|'d\s+like\s+to|"
                rf"\s+would\s+like\s+to|\s+must)\s+{_DO_EN}{DAY_AFTER_EN}{_END}")
_HABIT_EN = lazy(rf"{WHO_EN}(?:\s+(?P<adv>usually|often))?\s+{_DO_EN}(?:\s+{_OFTEN_EN})?{_END}")
_ASKED_EN = lazy(rf"(?P<aux>Have|Has|Did|Do|Does|Are|Is|Would)\s+{WHO_EN}(?:\s+(?P<adv>ever|just|often|"
                 r"usually))?\s+(?:(?P<going>going\s+to)\s+|(?P<must>have\s+to|need\s+to|like\s+to)\s+)?"
                 rf"{_DO_EN}(?:\s+(?P<yet>yet)|\s+{_OFTEN_EN}|{DAY_AFTER_EN})\s*\?+")
_HOW_OFTEN_EN = lazy(rf"How\s+often\s+(?P<do>do|does)\s+{WHO_EN}\s+{_DO_EN}\s*\?+")
_HURT_EN = {lazy(r"(?:Does\s+(?:the|a)\s+(?:jab|injection|vaccine)|Does\s+getting\s+a\s+(?:jab|"
                 r"vaccine|injection)|Do\s+(?:jabs|injections|vaccines))\s+hurt\s*\?+"):
            "Tiêm có đau không?",
            lazy(r"Did\s+the\s+(?:jab|injection|vaccine|shot)\s+hurt\s*\?+"): "Lúc tiêm có đau không?",
            lazy(r"Does\s+(?:giving\s+blood\s+hurt|it\s+hurt\s+to\s+give\s+blood)\s*\?+"):
            "Hiến máu có đau không?"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has been vaccinated, has had a jab, gives blood or has
    a blood test, or whether it hurts; None for any other."""
    if src == "vi":
        return _said(text) or _how_often(text) or next((en for p, en in _HURT.items() if p.fullmatch(text)), None)
    text = text.replace("’", "'")
    return (_perfect_vi(text) or _past_vi(text) or _going_vi(text) or _must_vi(text) or _habit_vi(text) or
            _asked_vi(text) or _how_often_vi(text) or next((vi for p, vi in _HURT_EN.items() if p.fullmatch(text)),
                                                           None))


def _often(m: re.Match, src: str) -> str:
    """How often of a match of _OFTEN (`src` "vi") or _OFTEN_EN ("en") in the other language: "ba tháng một lần" ↔
    "every three months", "mỗi năm" ↔ "every year", "mỗi năm hai lần" ↔ "twice a year"; "" for none said."""
    if not m["often"]:
        return ""
    if m["regularly"]:
        return "regularly" if src == "vi" else "thường xuyên"
    numbers = (VI_NUMBER_WORDS, EN_NUMBER_WORDS) if src == "vi" else (EN_NUMBER_WORDS, VI_NUMBER_WORDS)
    units = _UNITS if src == "vi" else _UNITS_VI
    if m["every"]:
        return f"every {units[m['every']]}" if src == "vi" else f"mỗi {units[m['every']]}"
    if m["n"]:
        n = numbers[1][int(m["n"]) if m["n"].isdigit() else numbers[0].index(keyed(m["n"]))]
        return f"every {n} {units[m['units']]}s" if src == "vi" else f"{n} {units[m['units']]} một lần"
    twice = keyed(m["times"]) in ("hai", "2", "twice")
    if src == "vi":
        return f"{'twice' if twice else 'once'} a {units[m['per']]}"
    return f"mỗi {units[m['per']]} {'hai' if twice else 'một'} lần"


def _forms(m: re.Match, whose: str | None) -> tuple[str, str, str, str] | None:
    """What is done of a match of _ACT in English, as (base, said of one, past, perfect): ("give blood", "gives
    blood", "gave blood", "given blood"), ("have my second jab", …); None for a jab of _NTH whose owner English
    cannot say (`whose` None: a name alone)."""
    if m["blood"]:
        return "give blood", "gives blood", "gave blood", "given blood"
    if m["vacc"] and not m["kind"]:
        return "get vaccinated", "gets vaccinated", "got vaccinated", "been vaccinated"
    if m["kind"]:
        jab = f"a {_KINDS[keyed(m['kind'])]} jab"
    elif m["test"]:
        jab = "a blood test"
    elif m["both"]:
        jab = "both jabs"
    elif whose is None:
        return None
    else:
        nth = _NTH[keyed(m["nth"])]
        jab = f"{whose} booster" if nth == "booster" else f"{whose} {nth} jab"
    return f"have {jab}", f"has {jab}", f"had {jab}", f"had {jab}"


def _said(text: str) -> str | None:
    """"Tôi đã tiêm mũi thứ hai." as "I've had my second jab.", "Hôm qua tôi đi hiến máu." as "I gave blood
    yesterday.", "Con tôi phải tiêm phòng." as "My child has to get vaccinated.", "Anh ấy hiến máu ba tháng một lần."
    as "He gives blood every three months.", "Bạn đã tiêm vắc-xin chưa?" as "Have you been vaccinated?" (_SAID);
    None for anything else."""
    m = _SAID.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["q"]) or m["day0"] and m["day"] or (said := who(m, asked)) is None:
        return None  # (a day before and after: "Hôm nay tôi đã tiêm phòng hôm qua.")
    who_, one = said
    whose = whose_own(m, who_)
    forms, day = _forms(m, whose), when(m["day0"] or m["day"], "vi", LAST)
    if forms is None or day is None or day and m["often"] or m["passive"] and m["blood"]:
        return None  # ("Tôi có được hiến máu không?" asks whether one may: not "Do I give blood?")
    aux, often = keyed(m["aux"] or ""), _often(m, "vi")
    behind, ahead = bool(BEHIND.match(day)), bool(AHEAD.match(day) or day == "tonight")
    base, of_one, past, perfect = forms
    if asked:
        return _said_asked(m, who_, one, forms, day, often)
    has, day = "has" if one else "have", f" {day}" if day else ""
    if m["ask"] or m["done"] and (aux not in ("", "đã", "vừa", "mới", "vừa mới") or day or often):
        return None
    if aux in ("vừa", "mới", "vừa mới") and not day and not often:
        return capitalised(contracted(who_, f"{has} just {perfect}."))
    if (aux == "đã" and day and not ahead or not aux and behind) and not m["done"] and not often:
        return capitalised(f"{who_} {past}{day}.")
    if (aux == "đã" or not aux and m["done"] and not m["go"]) and not day and not often:
        return capitalised(contracted(who_, f"{has} {perfect}."))
    if aux in _NOT_YET and not day and not often:
        return capitalised(contracted(who_, _NOT_YET[aux].format(has=has, perfect=perfect)))
    if aux in ("sẽ", "định", "") and not behind and not often and not m["done"] and (aux or ahead or m["go"] and
                                                                                   not day):
        return capitalised(contracted(who_, f"{be(who_)} going to {base}{day}."))
    if aux in ("phải", "cần", "muốn") and not behind and not often:
        if aux == "muốn":
            likes = "'d" if who_ in EN_WHOSE else " would"
            return capitalised(f"{who_}{likes} like to {base}{day}.")
        must = {"phải": "has to" if one else "have to", "cần": "needs to" if one else "need to"}[aux]
        return capitalised(f"{who_} {must} {base}{day}.")
    if aux in ("", "thường", "hay") and often or aux in ("thường", "hay") and not day:
        usually = " usually" if aux == "thường" and often else " often" if aux else ""  # ("thường" alone: often)
        return capitalised(f"{who_}{usually} {of_one if one else base}{' ' * bool(often)}{often}.")
    return None


def _said_asked(m: re.Match, who_: str, one: bool, forms: tuple, day: str, often: str) -> str | None:
    """A match of _SAID asked: "Bạn đã tiêm vắc-xin chưa?" as "Have you been vaccinated?", "Bạn đã bao giờ hiến máu
    chưa?" as "Have you ever given blood?", "Bạn có hay hiến máu không?" as "Do you often give blood?", "Hôm qua bạn
    có đi hiến máu không?" as "Did you give blood yesterday?", "Bạn vừa tiêm phòng à?" as "Have you just been
    vaccinated?"; None for any other."""
    aux, q, base, perfect = keyed(m["aux"] or ""), keyed(m["q"]), forms[0], forms[3]
    have, do, day = "Has" if one else "Have", "Does" if one else "Do", f" {day}" if day else ""
    if m["done"] and q != "chưa" or who_ == "I" and aux == "muốn":
        return None
    if q == "chưa" and not m["ask"] and not day and not often and aux in ("", "đã", "đã bao giờ", "đã từng",
                                                                              "bao giờ", "từng"):
        return f"{have} {who_}{' ever' * (aux not in ('', 'đã'))} {perfect}?"
    if q in ("à", "hả") and not m["ask"] and not day and not often and aux in ("vừa", "mới", "vừa mới"):
        return f"{have} {who_} just {perfect}?"
    if q != "không" or not m["ask"]:
        return None
    if not aux and BEHIND.match(day.strip()) and not often:
        return f"Did {who_} {base}{day}?"
    if day or aux in ("thường", "hay") and often:
        return None
    if aux in ("thường", "hay", "bao giờ") or not aux and (often or m["blood"]):
        adv = {"thường": " usually", "hay": " often", "bao giờ": " ever"}.get(aux, "")
        return f"{do} {who_}{adv} {base}{' ' * bool(often)}{often}?"
    must = {"phải": "have to", "cần": "need to"}.get(aux)
    return f"{do} {who_} {must} {base}?" if must else f"Would {who_} like to {base}?" if aux == "muốn" else None


def _how_often(text: str) -> str | None:
    """"Bạn hiến máu bao lâu một lần?" as "How often do you give blood?" (_HOW_OFTEN); None for anything else."""
    m = _HOW_OFTEN.fullmatch(text)
    if not m or (said := who(m, True)) is None:
        return None
    forms = _forms(m, whose_own(m, said[0]))
    return forms and f"How often {'does' if said[1] else 'do'} {said[0]} {forms[0]}?"


def _whose_ok(m: re.Match) -> bool:
    """Whether the jab said ("my second jab", "her booster") is who's own, and not "both" with one jab."""
    hw = (m["hw"] or "").lower()
    if hw in ("a", "the", "both", ""):
        return True
    if m["who"]:
        return EN_WHOSE.get("I" if m["who"].lower() == "i" else m["who"].lower()) == hw
    kin = m["kin"] and his_her(who_vi(m)[0])
    return hw in ((kin,) if kin else ("his", "her"))


def _act_vi(m: re.Match, form: str) -> str | None:
    """What is done of a match of _DO_EN in Vietnamese ("tiêm vắc-xin", "tiêm mũi thứ hai", "tiêm phòng cúm",
    "hiến máu", "xét nghiệm máu"), its verb in `form` (of _FORMS); None where the verb is of another form or does not
    go with it ("given a jab", "had blood"), for the jab another's, and "a jab" (of anything)."""
    verb = (m["v"] or m["bev"]).lower()
    if verb not in _FORMS[form] or verb not in (_BE | _HAVE - {"have", "has", "had", "having"} if m["vacc"] else
                                                _GIVE if m["blood"] else _HAVE):
        return None
    if m["vacc"]:
        return "tiêm đủ các mũi vắc-xin" if m["vacc"].startswith("fully") else "tiêm vắc-xin"
    if m["blood"] or m["test"]:
        return "hiến máu" if m["blood"] else "xét nghiệm máu"
    hw, noun = m["hw"].lower(), m["noun"]
    if not _whose_ok(m) or (m["nth"] or m["kind"]) and (hw == "both" or noun.endswith("s")):
        return None
    if noun == "vaccinations":  # (a child's course of them: "his vaccinations")
        return "tiêm phòng" if hw in WHOSE_WORDS.split("|") else None
    if hw == "both":
        return "tiêm đủ hai mũi" if noun in ("jabs", "shots", "doses", "vaccines") else None
    if noun.endswith("s") and not noun.startswith("booster"):
        return None
    if m["kind"]:
        return f"tiêm {_KINDS_VI[m['kind'].lower()]}"
    if noun.startswith("booster") or m["nth"]:
        return f"tiêm mũi {_NTH_VI[m['nth'] or 'booster']}"
    return "tiêm vắc-xin" if hw != "a" and noun in ("jab", "vaccine") else None  # ("my shot" may be a turn)


def _agrees(m: re.Match, said: str, one_said: str, many_said: str) -> bool:
    """Whether `said` (the verb English gave: "has", "have") is the one who of a match of WHO_EN takes."""
    return " ".join(said.split()).lower() == (one_said if who_vi(m)[1] else many_said)


def _perfect_vi(text: str) -> str | None:
    """"I've had my second jab." as "Tôi đã tiêm mũi thứ hai.", "My mother hasn't been vaccinated yet." as "Mẹ tôi
    chưa tiêm vắc-xin.", "I've never given blood." as "Tôi chưa bao giờ hiến máu.", "She's just had her booster." as
    "Cô ấy vừa tiêm mũi nhắc lại." (_PERFECT_EN); None for anything else, and where "has" does not agree with who."""
    m = _PERFECT_EN.fullmatch(text)
    if not m or (act := _act_vi(m, "perfect")) is None:
        return None
    who_, one = who_vi(m)
    have = {"'ve": "have", "'s": "has"}.get(m["have"].strip(), m["have"].strip())
    adv, tail = m["adv"] or "", m["tail"] or ""
    if (have == "has") != one or m["neg"] and (adv or tail == "before") or tail == "yet" and not m["neg"] or \
            adv == "never" and tail or adv == "just" and tail or adv == "already" and tail:
        return None
    aux = "chưa" if m["neg"] else {"just": "vừa", "never": "chưa bao giờ"}.get(adv, "đã từng" if tail else "đã")
    return capitalised(f"{who_} {aux} {act}{' rồi' * (adv == 'already')}.")


def _past_vi(text: str) -> str | None:
    """"I gave blood yesterday." as "Hôm qua tôi đã hiến máu.", "She had a flu jab last week." as "Tuần trước cô ấy
    đã tiêm phòng cúm." (_PAST_EN); None for anything else, a day ahead, and where "was" does not agree."""
    m = _PAST_EN.fullmatch(text)
    if not m or (act := _act_vi(m, "past")) is None or (day := when(m["day"], "en", LAST)) is None:
        return None
    who_, one = who_vi(m)
    if AHEAD.match(m["day"] or "") or m["bev"] in ("was", "were") and be_of(who_, one, past=True) != m["bev"]:
        return None
    return placed(f"{who_} đã {act}", day, ".")


def _going_vi(text: str) -> str | None:
    """"I'm going to give blood." as "Tôi sẽ đi hiến máu.", "I'm getting my booster tomorrow." as "Ngày mai tôi sẽ
    đi tiêm mũi nhắc lại." (_GOING_EN); None for anything else, "-ing" with no day ahead, a day behind, and where
    "is" does not agree with who."""
    m = _GOING_EN.fullmatch(text)
    if not m or (act := _act_vi(m, "base" if m["going"] else "ing")) is None:
        return None
    day, who_m = when(m["day"], "en", LAST), who_vi(m)
    if day is None or BEHIND.match(m["day"] or "") or not m["going"] and not AHEAD.match(m["day"] or "") or \
            {"'m": "am", "'re": "are", "'s": "is"}.get(m["be"].strip(), m["be"].strip()) != be_of(*who_m):
        return None
    return placed(f"{who_m[0]} sẽ đi {act}", day, ".")


def _must_vi(text: str) -> str | None:
    """"My son has to get his vaccinations." as "Con trai tôi phải tiêm phòng.", "I need to have a blood test." as
    "Tôi cần xét nghiệm máu.", "I'd like to give blood." as "Tôi muốn hiến máu." (_MUST_EN); None for anything else,
    a day behind, and where "has" or "needs" does not agree with who."""
    m = _MUST_EN.fullmatch(text)
    if not m or (act := _act_vi(m, "base")) is None or (day := when(m["day"], "en", LAST)) is None:
        return None
    must = " ".join(m["must"].split()).removesuffix(" to")
    if BEHIND.match(m["day"] or "") or must in ("has", "have") and not _agrees(m, must, "has", "have") or \
            must.startswith("need") and not _agrees(m, must, "needs", "need"):
        return None
    aux = "phải" if must in ("has", "have", "must") else "cần" if must.startswith("need") else "muốn"
    return placed(f"{who_vi(m)[0]} {aux} {act}", day, ".")


def _habit_vi(text: str) -> str | None:
    """"He gives blood every three months." as "Anh ấy hiến máu ba tháng một lần.", "She has a flu jab every year."
    as "Cô ấy tiêm phòng cúm mỗi năm." (_HABIT_EN); None for anything else, neither how often nor "usually" said,
    and where the verb does not agree with who."""
    m = _HABIT_EN.fullmatch(text)
    if not m or not (m["adv"] or m["often"]):
        return None
    who_, one = who_vi(m)
    act = _act_vi(m, "s" if one else "base")
    if act is None or m["bev"] == "be":
        return None
    usually = {"usually": "thường ", "often": "hay "}.get(m["adv"] or "", "")
    often = _often(m, "en")
    return capitalised(f"{who_} {usually}{act}{' ' * bool(often)}{often}.")


def _asked_vi(text: str) -> str | None:
    """"Have you been vaccinated?" as "Bạn đã tiêm vắc-xin chưa?", "Have you ever given blood?" as "Bạn đã bao giờ
    hiến máu chưa?", "Do you give blood?" as "Bạn có hiến máu không?", "Did you give blood yesterday?" as "Hôm qua
    bạn có hiến máu không?", "Does he have to get vaccinated?" as "Anh ấy có phải tiêm vắc-xin không?" (_ASKED_EN);
    None for anything else, and where "has", "does" or "is" does not agree with who."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    aux, adv, who_m = m["aux"].lower(), m["adv"] or "", who_vi(m)
    day, said_day = when(m["day"], "en", LAST), m["day"] or ""
    if day is None or aux in ("have", "has", "do", "does") and aux.endswith("s") != who_m[1] or aux in ("are", "is") \
            and aux != be_of(*who_m) or m["yet"] and aux not in ("have", "has") or \
            (AHEAD if aux == "did" else BEHIND).match(said_day):
        return None
    who_ = who_m[0]
    if aux in ("have", "has"):
        act = None if m["going"] or m["must"] or m["often"] or day or adv not in ("", "ever", "just") else \
            _act_vi(m, "perfect")
        return act and capitalised(f"{who_} {'vừa' if adv == 'just' else 'đã bao giờ' if adv else 'đã'} {act}"
                                   f"{' à?' if adv == 'just' else ' chưa?'}")
    if aux == "did":
        act = None if m["going"] or m["must"] or m["often"] or adv else _act_vi(m, "base")
        return act and (placed(f"{who_} có {act}", day, " không?") if day else capitalised(f"{who_} đã {act} chưa?"))
    if aux in ("are", "is"):
        act = _act_vi(m, "base") if m["going"] and not adv and not m["often"] and not m["must"] else None
        return act and placed(f"{who_} có định đi {act}", day, " không?")
    if aux == "would":
        act = _act_vi(m, "base") if m["must"] == "like to" and not adv and not day and not m["often"] else None
        return capitalised(f"{who_} có muốn {act} không?") if act and who_ != "tôi" else None
    must = {"have to": "phải ", "need to": "cần ", None: ""}.get(m["must"] and " ".join(m["must"].split()), None)
    act = _act_vi(m, "base") if must is not None and not m["going"] and not day and adv != "just" else None
    if act is None or must and (adv or m["often"]) or not must and not (adv or m["often"] or m["blood"]):
        return None
    adv = {"usually": "thường ", "often": "hay ", "ever": "bao giờ "}.get(adv, "")
    often = _often(m, "en")
    return capitalised(f"{who_} có {must}{adv}{act}{' ' * bool(often)}{often} không?")


def _how_often_vi(text: str) -> str | None:
    """"How often do you give blood?" as "Bạn hiến máu bao lâu một lần?" (_HOW_OFTEN_EN); None for anything else, and
    where "does" does not agree with who."""
    m = _HOW_OFTEN_EN.fullmatch(text)
    if not m or (m["do"] == "does") != who_vi(m)[1] or (act := _act_vi(m, "base")) is None:
        return None
    return capitalised(f"{who_vi(m)[0]} {act} bao lâu một lần?")
