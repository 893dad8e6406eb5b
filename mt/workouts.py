"""Exercise and the gym, both ways, written whole by rule: who works out, exercises, does yoga or goes to the gym and
how often, asked too; who is working out or at the gym; who has just started or has stopped, or does it no more; who
will, has to, wants to, or did it on a day. v8 reads "tập" as practise and "phòng gym" as a room, and "work out" as
work, "the gym" as a gate: "Tôi đang tập thể dục." → "I'm exercise.", "Tôi tập gym mỗi ngày." → "I'm gym every day.",
"Anh ấy tập gym ba lần một tuần." → "He practiced three times a week.", "Tôi mới bắt đầu tập yoga." → "I started
yoga.", "Tôi đang ở phòng gym." → "I'm in the gym room.", "Bạn có tập thể dục không?" → "Can you exercise?", "Anh ấy
đang tập gym." → "He's gym.", "Tôi đã bỏ tập gym." → "I left gym."; "I work out three times a week." → "Tôi làm việc 3
lần một tuần." (work), "He's at the gym." → "Anh ấy ở cổng." (the gate), "I work out every day." → "Tôi làm việc mỗi
ngày.", "How often do you work out?" → "Bạn làm việc như thế nào?", "Do you go to the gym?" → "Bạn có đi đến cổng
không?", "I quit the gym." → "Tôi khá vui mừng.", "I'll go to the gym tomorrow." → "Tôi sẽ đến cổng ngày mai.".

Taken: what is done one of ACTS (ACTS_VI and _FORMS in English), who as in mt/hobbies.py (WHO, WHO_EN: "anh", "chị",
"em" alone only asking); how often one of mt.hobbies.EVERY, "n lần một tuần" (n times a week), "thường xuyên"
(regularly) or a word of mt.hobbies.SELDOM; asked with "có … không?", "bao lâu một lần?" (how often), "mấy lần một
tuần?" (how many times a week); "đang" (working out now, at the gym: GYM); "vừa bắt đầu" (have just started), "đã bỏ",
"ngừng … rồi" (have stopped), "không … nữa" (not any more); "sẽ", "phải", "muốn", "cần" (will, have to, want to, need
to) with a day or none, and a day behind or ahead that mt.free_time.when reads ("Hôm qua tôi đi tập gym.").
Left: exercising, yoga and the gym how often where mt/hobbies.py takes them ("Tôi tập thể dục mỗi ngày.", "I go to
the gym every day."), liking them (mt/hobbies.py), running and swimming (mt/hobbies.py), weight (mt/weight.py), "Anh
ấy đi tập gym rồi." (gone, or been?), "I'm going to the gym." with no day (now, or later?), and anything else.
mt.phrasebook.translate tries these after mt/suggestions.py.

    >>> translate("Tôi tập gym mỗi ngày.", "vi", "en"), translate("He's at the gym.", "en", "vi")
    ('I work out every day.', 'Anh ấy đang ở phòng gym.')
"""
from __future__ import annotations

import re

from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, EVERY_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, often_said, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .tense import BEHIND
from .text import SOFTENED_END, SOFTENER, alternatives, be, be_said, capitalised, contracted, keyed
from .workdays import UNITS, UNITS_VI

# what is done, in English (the first Vietnamese of each is written back: ACTS_VI)
ACTS = {"tập gym": "work out", "tập thể hình": "work out", "tập thể dục": "exercise", "đi tập gym": "go to the gym",
        "đi gym": "go to the gym", "đi tập thể hình": "go to the gym", "tập yoga": "do yoga", "tập tạ": "lift weights",
        "nâng tạ": "lift weights"}
ACTS_VI = {"work out": "tập thể dục", "exercise": "tập thể dục", "go to the gym": "đi tập gym", "do yoga": "tập yoga",
           "lift weights": "tập tạ"}
# ... and its forms: after he or she, "-ing", the past
_FORMS = {"work out": ("works out", "working out", "worked out"), "exercise": ("exercises", "exercising", "exercised"),
          "go to the gym": ("goes to the gym", "going to the gym", "went to the gym"),
          "do yoga": ("does yoga", "doing yoga", "did yoga"),
          "lift weights": ("lifts weights", "lifting weights", "lifted weights")}
_FORM_OF = {form: (base, kind) for base, forms in _FORMS.items() for kind, form in zip(("base", "s", "ing", "past"),
                                                                                      (base, *forms))}
# how often these are done is mt/hobbies.py's ("Tôi tập thể dục mỗi ngày.", "I go to the gym twice a week.")
_HOBBIES = {"exercise", "do yoga", "go to the gym"}
_HOBBIES_VI = {"tập thể dục", "tập yoga"}
# where one is ("phòng tập" alone may be a rehearsal room)
GYM = {"phòng gym", "phòng tập gym", "phòng tập thể dục", "phòng thể hình", "phòng tập thể hình", "gym"}
# a day ahead, with which a plain verb is what is arranged ("Tối nay tôi tập gym.": "in the morning" is a habit)
_AHEAD = lazy(r"(?:tomorrow|tonight|next|this\s+weekend|the\s+day\s+after)\b", re.IGNORECASE)
_N_TIMES = {"one": "once", "two": "twice"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tập|gym|tạ)"), "en": lazy(r"(?i:\bwork|exercis|gym|yoga|weights)")}

_ACT = rf"(?P<act>(?i:{alternatives(ACTS)}))"
_HOW = (rf"(?P<every>(?i:{alternatives(EVERY)}))|(?P<n>một|hai|ba|bốn|năm|sáu|bảy|\d)\s+lần\s+(?:một|mỗi|1)\s+"
        r"(?P<per>ngày|tuần|tháng)|(?P<regularly>thường\s+xuyên|đều\s+đặn)")
# how often ("Anh ấy tập gym ba lần một tuần.", "Tôi thỉnh thoảng tập gym.")
_HABIT = lazy(rf"{WHO}\s+(?:(?P<seldom>{alternatives(SELDOM)})\s+)?{_ACT}(?:\s+(?:{_HOW}))?{SOFTENED_END}")
# asked ("Bạn có tập thể dục không?", "Bạn có hay đi tập gym không?", "Bạn tập gym bao lâu một lần?")
_ASKED = lazy(rf"{WHO}\s+có\s+(?:(?P<seldom>hay|thường)\s+)?{_ACT}(?:\s+(?P<regularly>thường\s+xuyên|đều\s+đặn))?"
              rf"\s+không{SOFTENER}\s*\?+")
_HOW_OFTEN = lazy(rf"{WHO}\s+(?:(?P<week0>(?:một|mỗi)\s+tuần)\s+)?{_ACT}\s+(?:(?P<often>bao\s+lâu\s+một\s+lần)|"
                  rf"mấy\s+lần(?:\s+(?P<week>(?:một|mỗi)\s+tuần))?){SOFTENER}\s*\?+")
# now ("Tôi đang tập gym.", "Anh ấy đang ở phòng gym.", "Bạn có đang ở phòng gym không?")
_NOW = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?(?:{_ACT}|ở\s+(?P<gym>(?i:{alternatives(GYM)})))"
            rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
# started or stopped ("Tôi mới bắt đầu tập yoga.", "Tôi đã bỏ tập gym.", "Tôi không đi tập gym nữa.")
_CHANGE = lazy(rf"{WHO}\s+(?:(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<did>đã)\s+)?(?:(?P<start>bắt\s+đầu)|"
               rf"(?P<stop>bỏ|ngừng|thôi|dừng))\s+{_ACT}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_NO_MORE = lazy(rf"{WHO}\s+không\s+(?:còn\s+)?{_ACT}\s+nữa{SOFTENED_END}")
# will, has to, wants to, or on a day ("Ngày mai tôi sẽ đi tập gym.", "Hôm qua tôi đi tập gym.")
_AUX = {"phải": ("have to", "has to"), "muốn": ("want to", "wants to"), "cần": ("need to", "needs to")}
_PLAN = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<aux>sẽ|đã|{alternatives(_AUX)})\s+)?{_ACT}{DAY_AFTER}{SOFTENED_END}")

# ... and in English
_ACT_EN = rf"(?P<act>(?i:{alternatives(_FORM_OF)}))"
_HOW_EN = (rf"(?P<every>(?i:{alternatives(EVERY_VI)}))|(?:(?P<once>once)|(?P<twice>twice)|"
           rf"(?P<n>{alternatives(list(EN_TO_VI)[:7])}|\d)\s+times)\s+(?:a|per)\s+(?P<per>day|week|month)|"
           r"(?P<regularly>regularly)")
_HABIT_EN = lazy(rf"{WHO_EN}(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?\s+{_ACT_EN}(?:\s+(?:{_HOW_EN}))?"
                 r"\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<do>Do|Does)\s+{WHO_EN}\s+(?:(?P<seldom>often)\s+)?{_ACT_EN}"
                 r"(?:\s+(?P<regularly>regularly))?\s*\?+")
_HOW_OFTEN_EN = lazy(rf"How\s+(?:(?P<often>often)|many\s+times\s+a\s+(?P<per>week))\s+(?P<do>do|does)\s+{WHO_EN}"
                     rf"\s+{_ACT_EN}\s*\?+")
_BE_EN = r"\s+am|\s+are|\s+is|['’]m|['’]re|['’]s"
_NOW_EN = lazy(rf"(?:(?P<be0>Am|Are|Is)\s+)?{WHO_EN}(?P<be>{_BE_EN})?\s+(?:{_ACT_EN}|(?P<gym>at\s+the\s+gym))"
               r"(?:\s+(?:right\s+)?now)?\s*(?P<end>[.!?]*)")
_CHANGE_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?:\s+(?P<just>just))?\s+"
                  r"(?P<verb>started|stopped|quit|given\s+up|gave\s+up)\s+"
                  rf"(?:{_ACT_EN}|(?P<yoga>yoga)|(?P<gym>the\s+gym))\s*(?P<end>[.!]*)")
_NO_MORE_EN = lazy(rf"{WHO_EN}\s+(?P<aux>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+{_ACT_EN}\s+any\s*more"
                   r"\s*(?P<end>[.!]*)")
_AUX_EN = {"have": "phải", "has": "phải", "want": "muốn", "wants": "muốn", "need": "cần", "needs": "cần"}
_PLAN_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ll|\s+will|\s+(?:have|has|want|wants|need|needs)\s+to|"
                rf"(?P<be>{_BE_EN})(?P<going>\s+going\s+to)?)?\s+{_ACT_EN}{DAY_AFTER_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who works out, exercises, does yoga or goes to the gym, how
    often, now, started, stopped, no more or on a day; None for any other."""
    if src == "vi":
        return _habit(text) or _asked(text) or _now(text) or _change(text) or _plan(text)
    return _habit_vi(text) or _asked_vi(text) or _now_vi(text) or _change_vi(text) or _plan_vi(text)


def _does(base: str, one: bool) -> str:
    """The verb after who: "works out" after he or she, "work out" after anyone else."""
    return _FORMS[base][0] if one else base


def _habit(text: str) -> str | None:
    """"Anh ấy tập gym ba lần một tuần." as "He works out three times a week.", "Tôi thỉnh thoảng tập gym." as "I
    sometimes work out.", "Tôi tập tạ thường xuyên." as "I lift weights regularly." (_HABIT); None for anything else,
    for no "how often" said, and where mt/hobbies.py takes it."""
    m = _HABIT.fullmatch(text)
    if not m or "?" in m["end"] or not (m["seldom"] or m["every"] or m["n"] or m["regularly"]):
        return None
    act = keyed(m["act"])
    if act in _HOBBIES_VI and not m["regularly"] or (said := who(m, False)) is None:
        return None
    how = EVERY[keyed(m["every"])] if m["every"] else "regularly" if m["regularly"] else ""
    if m["n"]:
        n = VI_TO_EN.get(m["n"], m["n"])
        how = f"{_N_TIMES.get(n) or n + ' times'} a {UNITS[m['per']]}"
    seldom = often_said(m["seldom"], bool(how)) if m["seldom"] else ""
    words = (said[0], seldom, _does(ACTS[act], said[1]), how)
    return capitalised(" ".join(w for w in words if w) + (m["end"] or "."))


def _asked(text: str) -> str | None:
    """"Bạn có tập thể dục không?" as "Do you exercise?", "Bạn có hay đi tập gym không?" as "Do you often go to the
    gym?", "Bạn tập gym bao lâu một lần?" as "How often do you work out?", "Bạn tập gym mấy lần một tuần?" as "How
    many times a week do you work out?" (_ASKED, _HOW_OFTEN); None for anything else."""
    if m := _ASKED.fullmatch(text):
        act = ACTS[keyed(m["act"])]
        if m["seldom"] and keyed(m["act"]) in _HOBBIES_VI or (said := who(m, True)) is None:
            return None
        often = " often" if m["seldom"] else ""
        return f"{'Does' if said[1] else 'Do'} {said[0]}{often} {act}{' regularly' * bool(m['regularly'])}?"
    m = _HOW_OFTEN.fullmatch(text)
    if not m or bool(m["week0"]) == bool(m["week"]) and not m["often"] or m["often"] and m["week0"]:
        return None
    act = ACTS[keyed(m["act"])]
    if m["often"] and keyed(m["act"]) in _HOBBIES_VI or (said := who(m, True)) is None:
        return None
    how = "How often" if m["often"] else "How many times a week"
    return f"{how} {'does' if said[1] else 'do'} {said[0]} {act}?"


def _now(text: str) -> str | None:
    """"Tôi đang tập gym." as "I'm working out.", "Anh ấy đang ở phòng gym." as "He's at the gym.", "Bạn có đang ở
    phòng gym không?" as "Are you at the gym?" (_NOW); None for anything else, and for "đang đi tập gym" (on the
    way?)."""
    m = _NOW.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and m["asked"] != "không" or m["act"] and not m["now"]:
        return None
    act = m["act"] and ACTS[keyed(m["act"])]
    if act == "go to the gym" or (said := who(m, asked)) is None or asked and said[0] == "I":
        return None
    doing = "at the gym" if m["gym"] else _FORMS[act][1]
    is_ = be(said[0])
    return f"{is_.capitalize()} {said[0]} {doing}?" if asked else capitalised(contracted(said[0], f"{is_} {doing}."))


def _change(text: str) -> str | None:
    """"Tôi mới bắt đầu tập yoga." as "I've just started doing yoga.", "Tôi đã bỏ tập gym." as "I've stopped working
    out.", "Tôi không đi tập gym nữa." as "I don't go to the gym anymore." (_CHANGE, _NO_MORE); None for anything
    else, and for "bắt đầu", "bỏ" alone (when?)."""
    if (m := _NO_MORE.fullmatch(text)) and "?" not in m["end"] and (said := who(m, False)):
        act = ACTS[keyed(m["act"])]
        return capitalised(f"{said[0]} {'doesn' if said[1] else 'don'}'t {act} anymore{m['end'] or '.'}")
    m = _CHANGE.fullmatch(text)
    if not m or "?" in m["end"] or not (m["just"] or m["did"] or m["done"]) or (said := who(m, False)) is None:
        return None
    just = " just" if m["just"] else ""
    verb = "started" if m["start"] else "stopped"
    has = "has" if said[1] else "have"
    return capitalised(contracted(said[0], f"{has}{just} {verb} {_FORMS[ACTS[keyed(m['act'])]][1]}{m['end'] or '.'}"))


def _plan(text: str) -> str | None:
    """"Ngày mai tôi sẽ đi tập gym." as "I'll go to the gym tomorrow.", "Tôi phải đi tập gym." as "I have to go to the
    gym.", "Hôm qua tôi đi tập gym." as "I went to the gym yesterday.", "Tối nay tôi tập gym." as "I'm working out
    tonight." (_PLAN); None for anything else, and for a day that does not go with the tense."""
    m = _PLAN.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or (said := who(m, False)) is None:
        return None
    day = when(m["day0"] or m["day"], "vi")
    if day is None:
        return None
    behind, ahead = bool(BEHIND.fullmatch(day)), bool(_AHEAD.match(day))
    aux, act, (who_, one) = keyed(m["aux"] or ""), ACTS[keyed(m["act"])], said
    if aux in ("", "đã"):
        if not behind and (ahead and aux or not aux and not ahead):
            return None
        said = f"{who_} {_FORMS[act][2]}" if aux or behind else contracted(who_, f"{be(who_)} {_FORMS[act][1]}")
    elif behind:
        return None
    elif aux == "sẽ":
        said = contracted(who_, f"will {act}")
    else:
        said = f"{who_} {_AUX[aux][one]} {act}"
    return capitalised(f"{said}{' ' * bool(day)}{day}{m['end'] or '.'}")


def _act_en(m: re.Match, one: bool, kind: str = "") -> str | None:
    """The base of the act of a match in English where it is said in the form `kind` (by default, as it agrees with
    who: "works out" after he or she), else None."""
    base, said = _FORM_OF[keyed(m["act"])]
    return base if said == (kind or ("s" if one else "base")) else None


def _habit_vi(text: str) -> str | None:
    """"I work out three times a week." as "Tôi tập thể dục ba lần một tuần.", "My father works out every morning." as
    "Bố tôi tập thể dục mỗi sáng.", "I rarely work out." as "Tôi hiếm khi tập thể dục." (_HABIT_EN); None for anything
    else, where the verb does not agree with who, and where mt/hobbies.py takes it."""
    m = _HABIT_EN.fullmatch(text)
    if not m or not (m["seldom"] or m["every"] or m["per"] or m["regularly"]):
        return None
    who_, one = who_vi(m)
    act = _act_en(m, one)
    if act is None or act in _HOBBIES and not m["regularly"]:
        return None
    how = EVERY_VI[keyed(m["every"])] if m["every"] else "thường xuyên" if m["regularly"] else ""
    if m["per"]:
        n = "hai" if m["twice"] else "" if m["once"] else EN_TO_VI.get(m["n"].lower(), m["n"])
        how = f"{n} lần một {UNITS_VI[m['per']]}" if n else f"một {UNITS_VI[m['per']]} một lần"
    seldom = SELDOM_VI[m["seldom"].lower()] if m["seldom"] else ""
    return capitalised(" ".join(w for w in (who_, seldom, ACTS_VI[act], how) if w) + (m["end"] or "."))


def _asked_vi(text: str) -> str | None:
    """"Do you work out?" as "Bạn có tập thể dục không?", "Do you go to the gym?" as "Bạn có đi tập gym không?",
    "How often do you work out?" as "Bạn tập thể dục bao lâu một lần?" (_ASKED_EN, _HOW_OFTEN_EN); None for anything
    else, where "does" does not agree with who, and where mt/hobbies.py takes it."""
    m = _ASKED_EN.fullmatch(text) or _HOW_OFTEN_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    act, found = _act_en(m, False), m.groupdict()
    if act is None or (m["do"].lower() == "does") != one or (found.get("often") or found.get("seldom")) and \
            act in _HOBBIES:
        return None
    if m.re == _HOW_OFTEN_EN:
        return capitalised(f"{who_} {ACTS_VI[act]} {'bao lâu một lần' if m['often'] else 'mấy lần một tuần'}?")
    often = "hay " if m["seldom"] else ""
    return capitalised(f"{who_} có {often}{ACTS_VI[act]}{' thường xuyên' * bool(m['regularly'])} không?")


def _now_vi(text: str) -> str | None:
    """"I'm working out." as "Tôi đang tập thể dục.", "He's at the gym." as "Anh ấy đang ở phòng gym.", "Are you at
    the gym?" as "Bạn có đang ở phòng gym không?" (_NOW_EN); None for anything else, where "is" does not agree with
    who, and for "going to the gym" (now, or later?)."""
    m = _NOW_EN.fullmatch(text)
    asked = bool(m and m["be0"])
    if not m or bool(m["be0"]) == bool(m["be"]) or asked != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    act = m["act"] and _act_en(m, one, "ing")
    if be_said(m["be0"] or m["be"]) != be_of(who_, one) or m["act"] and act in (None, "go to the gym"):
        return None
    doing = ACTS_VI[act] if act else "ở phòng gym"
    return capitalised(f"{who_} có đang {doing} không?" if asked else f"{who_} đang {doing}{m['end'] or '.'}")


def _change_vi(text: str) -> str | None:
    """"I've just started doing yoga." as "Tôi vừa bắt đầu tập yoga.", "I quit the gym." as "Tôi đã bỏ tập gym.", "I
    stopped going to the gym." as "Tôi đã ngừng đi tập gym.", "I don't work out anymore." as "Tôi không tập thể dục
    nữa." (_CHANGE_EN, _NO_MORE_EN); None for anything else, and where "has", "does" does not agree with who."""
    if m := _NO_MORE_EN.fullmatch(text):
        who_, one = who_vi(m)
        act = _act_en(m, False, "base")
        if act is None or m["aux"].lower().startswith("does") != one:
            return None
        return capitalised(f"{who_} không {ACTS_VI[act]} nữa{m['end'] or '.'}")
    m = _CHANGE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    have, verb = be_said(m["have"] or "").replace("'ve", "have"), " ".join(m["verb"].split())
    act = _act_en(m, one, "ing") if m["act"] else "do yoga" if m["yoga"] else "go to the gym"
    if act is None or have and (have != "have") != one or verb == ("gave up" if have else "given up") or \
            m["gym"] and verb in ("started", "stopped"):
        return None  # ("I has", "He have", "I given up", "I started the gym")
    said = ACTS_VI[act]
    if verb in ("quit", "given up", "gave up"):
        verb, said = "bỏ", said.removeprefix("đi ")  # ("bỏ đi" is to leave)
    else:
        verb = "bắt đầu" if verb == "started" else "ngừng"
    return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {verb} {said}{m['end'] or '.'}")


def _plan_vi(text: str) -> str | None:
    """"I'll go to the gym tomorrow." as "Ngày mai tôi sẽ đi tập gym.", "I have to go to the gym." as "Tôi phải đi tập
    gym.", "I went to the gym yesterday." as "Hôm qua tôi đi tập gym.", "I'm working out tonight." as "Tối nay tôi sẽ
    tập thể dục." (_PLAN_EN); None for anything else, where the verb does not agree with who, and for a day that
    does not go with the tense."""
    m = _PLAN_EN.fullmatch(text)
    day = when(m["day"], "en") if m else None
    if day is None or m["be"] and be_said(m["be"]) != be_of(*who_vi(m)):
        return None
    who_, one = who_vi(m)
    aux = keyed(m["aux"] or "").replace("’", "'")
    behind = bool(m["day"] and BEHIND.fullmatch(m["day"]))
    if aux in ("'ll", "will") or m["going"]:
        act, said = _act_en(m, False, "base"), "sẽ "
    elif m["be"]:  # ("I'm working out tonight")
        act, said = _act_en(m, False, "ing") if _AHEAD.match(m["day"] or "") else None, "sẽ "
    elif aux:
        verb = aux.removesuffix(" to")
        act = _act_en(m, False, "base") if verb.endswith("s") == one else None
        said = _AUX_EN[verb] + " "
    else:
        act, said = _act_en(m, False, "past") if not _AHEAD.match(m["day"] or "") else None, "" if behind else "đã "
    if act is None or behind and said:  # ("I'll go yesterday"; the past's "said" is "" with a day behind)
        return None
    return placed(f"{who_} {said}{ACTS_VI[act]}", day, m["end"] or ".")
