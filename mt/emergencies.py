"""Emergencies and collapses, both ways, written whole by rule: calling an ambulance or the fire brigade (or 115, 114,
113), someone fainted, with heatstroke, unconscious, not breathing or choking, a house on fire, first aid, a doctor
here. v8 (with every current rule) reads "ngất" as squiring or drunk, "say nắng" as sunlight, "sơ cứu" as rescue,
"hóc" as bald, and English "faint" as complain, "choking" as joking, "ambulance" as "sự nghiệp": "Gọi xe cấp cứu!" →
"Call ambulance!", "Có người bị ngất." → "There was someone squiring.", "Có người ngất xỉu." → "Drunk people.", "Cô ấy
bị say nắng." → "She was sunlighted.", "Cháy nhà!" → "You're!", "Nhà hàng xóm bị cháy." → "The neighbor was fired.",
"Có ai biết sơ cứu không?" → "Did anyone knows rescue?", "Cô ấy bị hóc." → "She was bald.", "Có người bất tỉnh." →
"There was a conscious man.", "Ai đó gọi xe cấp cứu đi!" → "It's called the ambulance!"; "Someone has fainted." →
"Người ta đã phàn nàn." (complained), "She has heatstroke." → "Cô ấy có nhấn mạnh.", "She's choking!" → "Cô ấy đang
đùa đấy!" (joking), "He's unconscious." → "Anh ta không tỉnh táo." (not alert), "Our neighbour's house is on fire." →
"Nhà nước láng giềng của chúng tôi đang bắn." (the State … shooting), "Does anyone know first aid?" → "Có ai biết
viện trợ đầu tiên không?", "We need an ambulance now!" → "Bây giờ chúng ta cần một tham vọng!", "The ambulance is
here." → "Sự nghiệp dư đang ở đây.", "Call an ambulance now!" → "Hãy gọi điện cho bé biết bây giờ!".

Taken: who (mt.hobbies.WHO, WHO_EN; "có người", someone, and "em bé", the baby, saying it; "có ai", anyone, asking;
"Tôi nghĩ", I think, before) as one of the sayings of _SAID (_SAID_EN): fainted or passed out (just, asked), has
heatstroke, is unconscious (still), is not breathing, can't breathe, has stopped breathing, is still breathing,
choking, knows first aid or not, has called, just called, will call, can call (for me) an ambulance, the fire brigade
or 115, 114, 113, needs an ambulance, each asked where _SAID asks it; "Call an ambulance!" (now, please, quick,
someone); whose house on fire ("Cháy nhà!"); a doctor or a nurse here; "This is an emergency!"; the ambulance on its
way or here; the number for an ambulance, the fire brigade, the police or emergencies (in Vietnam), asked or said.
Left: "anh", "chị", "em" alone saying it (mt.hobbies.who), a tense or a day not in _SAID ("Hôm qua anh ấy bị ngất."),
the police called ("Gọi cảnh sát đi!": mt/theft.py), "Gọi cấp cứu!", "Cháy!", "Có cháy!", "Cứu tôi với!" (the
phrasebook's), a heart attack, an injury or an ailment (v8, mt/injuries.py, mt/ailments.py), hospital (mt/hospital.py),
"bị sặc" (choked on water), "cháy" of food ("Cháy rồi!"), "Cháy!" said twice.
mt.phrasebook.translate tries these after mt/safety_gear.py.

    >>> translate("Có người bị ngất.", "vi", "en"), translate("Our neighbour's house is on fire.", "en", "vi")
    ('Someone has fainted.', 'Nhà của hàng xóm chúng tôi đang cháy.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cấp\s+cứu|cứu\s+thương|cứu\s+hỏa|11[345]|ngất|say\s+nắng|bất\s+tỉnh|thở|\bhóc|nghẹn|cháy|"
                    r"sơ\s+cứu|bác\s+sĩ|y\s+tá|khẩn\s+cấp|số\s+cảnh\s+sát)"),
         "en": lazy(r"(?i:ambulance|fire|11[2345]|faint|passed\s+out|stroke|unconscious|breath|chok|first\s+aid|"
                    r"doctor|nurse|emergency|police\s+number|number\s+for\s+the\s+police)")}

# whom one calls (the first Vietnamese of each is written back; the police are mt/theft.py's)
SERVICES = {"xe cấp cứu": "an ambulance", "cấp cứu": "an ambulance", "xe cứu thương": "an ambulance",
            "cứu hỏa": "the fire brigade", "xe cứu hỏa": "the fire brigade", "115": "115", "114": "114", "113": "113"}
SERVICES_VI = {en: vi for vi, en in reversed(SERVICES.items())} | {
    "the fire department": "cứu hỏa", "the fire service": "cứu hỏa", "the fire engine": "xe cứu hỏa"}


def _sayings_vi() -> dict[str, str]:
    """What is said of who in Vietnamese (keyed), and the English of it: a template of who and the verb agreeing with
    them ({has}, {is} …), said after who, or a whole question ("Did {who} faint?")."""
    said = {f"{pre}{f}{done}": "{has} fainted" for f in ("bị ngất", "ngất", "ngất xỉu", "bị ngất xỉu", "ngất đi")
            for pre in ("", "đã ") for done in ("", " rồi")}
    said |= {f"{pre}{f}": "{has} just fainted" for f in ("bị ngất", "ngất", "ngất xỉu", "bị ngất xỉu")
             for pre in ("vừa ", "vừa mới ", "mới ")}
    said |= {f"có {f} không": "Did {who} faint?" for f in ("bị ngất", "ngất", "ngất xỉu", "bị ngất xỉu")}
    said |= {"bị say nắng": "{owns} heatstroke", "bị say nắng rồi": "{owns} heatstroke",
             "có bị say nắng không": "{Does} {who} have heatstroke?"}
    for f in ("bất tỉnh", "bị bất tỉnh"):
        said |= {f: "{is} unconscious", f"{f} rồi": "{is} unconscious", f"đang {f}": "{is} unconscious",
                 f"có {f} không": "{Is} {who} unconscious?"}
        said |= {f"{pre} {f}": "{is} still unconscious" for pre in ("vẫn", "vẫn còn", "còn")}
        said |= {f"{pre} {f} không": "{Is} {who} still unconscious?" for pre in ("còn", "có còn", "vẫn còn")}
    for f in ("bị hóc", "bị nghẹn"):
        said |= {f: "{is} choking", f"đang {f}": "{is} choking", f"có {f} không": "{Is} {who} choking?"}
    said |= {"không thở": "{is} not breathing", "không thở được": "can't breathe",
             "vừa ngừng thở": "{has} just stopped breathing", "có thở không": "{Is} {who} breathing?",
             "có thở được không": "Can {who} breathe?", "thở được không": "Can {who} breathe?"}
    said |= {s: "{has} stopped breathing" for s in ("không thở nữa", "không còn thở", "không còn thở nữa",
                                                   "ngừng thở", "ngừng thở rồi", "đã ngừng thở", "đã ngừng thở rồi")}
    said |= {s: "{is} still breathing" for s in ("vẫn thở", "vẫn còn thở", "còn thở")}
    said |= {s: "{Is} {who} still breathing?" for s in ("còn thở không", "có còn thở không", "vẫn còn thở không")}
    said |= {"biết sơ cứu": "{knows} first aid", "không biết sơ cứu": "{doesnt} know first aid",
             "có biết sơ cứu không": "{Does} {who} know first aid?",
             "biết sơ cứu không": "{Does} {who} know first aid?"}
    for vi, en in SERVICES.items():
        said |= {s: f"{{has}} called {en}" for s in (f"đã gọi {vi}", f"đã gọi {vi} rồi", f"gọi {vi} rồi")}
        said |= {f"vừa gọi {vi}": f"{{has}} just called {en}", f"vừa mới gọi {vi}": f"{{has}} just called {en}",
                 f"sẽ gọi {vi}": f"will call {en}", f"đã gọi {vi} chưa": f"{{Has}} {{who}} called {en} yet?",
                 f"gọi {vi} chưa": f"{{Has}} {{who}} called {en} yet?",
                 f"có thể gọi {vi} không": f"Can {{who}} call {en}?"}
        said |= {s: f"Can {{who}} call {en} for me?" for s in (
            f"có thể gọi {vi} giúp tôi không", f"gọi {vi} giúp tôi được không", f"gọi giúp tôi {vi} được không")}
    return said | {f"cần {a}{now}": f"{{needs}} an ambulance{now and ' now'}" for a in (
        "xe cấp cứu", "xe cứu thương", "một xe cấp cứu") for now in ("", " ngay")}


def _sayings_en() -> dict[str, str]:
    """What is said of who in English (in small letters, "'" for "’"; "? " and the verb before who for a question:
    "? is breathing"), and the Vietnamese of it, said after who ("bị ngất", "có thở không")."""
    be = ("is", "'s", "are", "'re", "am", "'m")
    not_be = ("is not", "'s not", "isn't", "are not", "'re not", "aren't", "am not", "'m not")
    have = ("has", "'s", "have", "'ve")
    said = {f"{h} {v}".strip(): "bị ngất" for v in ("fainted", "passed out") for h in ("", *have)}
    said |= {f"{h} just {v}".strip(): "vừa bị ngất" for v in ("fainted", "passed out") for h in ("", *have)}
    said |= {f"? {q}": "có bị ngất không" for q in ("did faint", "did pass out", "has fainted", "have fainted")}
    for h in ("heatstroke", "heat stroke", "sunstroke"):
        said |= {f"{v} {h}": "bị say nắng" for v in ("has", "have", "got", *(f"{x} got" for x in have))}
        said |= {f"? {q} have {h}": "có bị say nắng không" for q in ("does", "do")}
    said |= {f"{b} unconscious": "bị bất tỉnh" for b in be} | {f"{b} still unconscious": "vẫn còn bất tỉnh" for b in be}
    said |= {f"{b} choking": "bị hóc" for b in be} | {f"{b} breathing": "không thở" for b in not_be}
    said |= {f"{b} still breathing": "vẫn còn thở" for b in be}
    said |= {f"{h} stopped breathing".strip(): "ngừng thở rồi" for h in ("", *have)}
    said |= {f"{h} just stopped breathing": "vừa ngừng thở" for h in have}
    said |= {f"{c} breathe": "không thở được" for c in ("can't", "cannot", "can not")}
    for b in ("is", "are"):
        said |= {f"? {b} unconscious": "có bị bất tỉnh không", f"? {b} still unconscious": "còn bất tỉnh không",
                 f"? {b} breathing": "có thở không", f"? {b} still breathing": "còn thở không",
                 f"? {b} choking": "có bị hóc không"}
    said |= {"? can breathe": "có thở được không", "knows first aid": "biết sơ cứu", "know first aid": "biết sơ cứu",
             "? does know first aid": "có biết sơ cứu không", "? do know first aid": "có biết sơ cứu không"}
    said |= {f"{n} know first aid": "không biết sơ cứu" for n in ("doesn't", "don't", "does not", "do not")}
    for en, vi in SERVICES_VI.items():
        said |= {f"{h} called {en}": f"đã gọi {vi} rồi" for h in have} | {f"called {en}": f"đã gọi {vi}"}
        said |= {f"{h} just called {en}".strip(): f"vừa gọi {vi}" for h in ("", *have)}
        said |= {f"{w} call {en}": f"sẽ gọi {vi}" for w in ("will", "'ll")}
        said |= {f"? {h} called {en}{y}": f"đã gọi {vi} chưa" for h in ("has", "have") for y in ("", " yet")}
        said |= {f"? {c} call {en}{me}": f"có thể gọi {vi}{' giúp tôi' * bool(me)} không"
                 for c in ("can", "could") for me in ("", " for me")}
    return said | {f"{n} an ambulance{now}": f"cần xe cấp cứu{now and ' ngay'}" for n in ("needs", "need")
                   for now in ("", " now", " right now")}


_SAID, _SAID_EN = _sayings_vi(), _sayings_en()
# ... said of whom ("Tôi nghĩ cô ấy bị say nắng.", "Có người bị ngất.", "Ở đây có ai biết sơ cứu không?")
_WHO_VI = (r"(?:(?P<think>(?i:tôi\s+nghĩ)(?:\s+là)?)\s+)?(?:(?P<any>(?:(?P<here0>(?i:ở\s+đây))\s+)?(?i:có\s+ai)"
           rf"(?P<here>\s+ở\s+đây)?)|(?P<anyone>(?i:có\s+người|ai\s+đó))|(?P<baby>(?i:em\s+bé))|{WHO})")
_STATE = lazy(rf"{_WHO_VI}\s+(?P<said>(?i:{alternatives(_SAID)}))(?:\s+kìa)?{SOFTENED_END}")
_ASK_EN = "Is|Are|Am|Has|Have|Did|Does|Do|Can|Could"
_STATE_EN = lazy(rf"(?:(?P<think>I\s+think)\s+)?(?:(?P<q>{_ASK_EN})\s+)?(?:(?P<any>(?i:anyone|anybody))"
                 rf"(?P<here>\s+here)?|(?P<anyone>(?i:someone|somebody))|(?P<baby>[Tt]he\s+baby)|{WHO_EN})"
                 rf"(?:\s+|(?='))(?P<said>(?i:{alternatives(k for k in _SAID_EN if k[0] != '?')}|"
                 rf"{alternatives(k[2:].partition(' ')[2] for k in _SAID_EN if k[0] == '?')}))\s*(?P<end>[.!?]*)")
# ... the verb that tells whom it is said of (the first of what is said, or the question's)
_OF_ONE = {"is", "'s", "isn't", "has", "does", "doesn't", "knows", "needs"}
_OF_MANY = {"are", "'re", "aren't"}
_NOT_OF_ONE = {"have", "'ve", "do", "don't", "know", "need"}
_NOT_OF_ME = {"{is} not breathing", "{has} stopped breathing", "{has} just stopped breathing", "{is} unconscious",
              "{is} still unconscious", "{is} still breathing"}  # (not said of oneself)
_NOT_OF_ME_VI = {"không thở", "ngừng thở rồi", "vừa ngừng thở", "bị bất tỉnh", "vẫn còn bất tỉnh", "vẫn còn thở"}

# "Gọi xe cấp cứu!", "Mau gọi xe cấp cứu ngay!", "Ai đó gọi xe cấp cứu đi!", "Gọi 115 giúp tôi với!"
_CALL = lazy(r"(?:(?P<please>(?i:làm\s+ơn|xin\s+hãy))\s+|(?i:hãy)\s+|(?P<quick>(?i:mau|nhanh)(?:\s+lên)?)\s*,?\s+|"
             rf"(?P<anyone>(?i:ai\s+đó))\s+)?(?i:gọi)\s+(?P<svc>{alternatives(SERVICES)})"
             r"(?P<now>\s+ngay(?:\s+lập\s+tức)?)?(?P<help>\s+(?:giúp|giùm)(?:\s+tôi)?)?(?:\s+(?:đi|với))?"
             r"(?:\s+nhanh\s+lên)?\s*(?P<end>[.!]*)")
_CALL_EN = lazy(r"(?:(?P<please>Please)\s+|(?P<quick>Quick(?:ly)?)\s*,?\s+|(?P<anyone>Someone|Somebody)\s*,?\s+)?"
                rf"(?i:call)\s+(?P<svc>(?i:{alternatives(SERVICES_VI)}))(?P<now>\s+(?:now|right\s+now|immediately))?"
                r"(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
# "Cháy nhà!", "Nhà hàng xóm bị cháy.", "Nhà bên cạnh đang cháy!" ("nhà hàng" alone is a restaurant)
_FIRE = lazy(r"(?:(?P<cry>(?i:cháy\s+nhà))(?:\s+rồi)?|(?i:nhà)(?:\s+(?:của\s+)?(?:(?P<next>bên\s+cạnh|kế\s+bên)|"
             rf"(?P<neigh>hàng\s+xóm)|{OWNER}))?\s+(?:đang\s+(?:bị\s+)?|bị\s+)cháy(?:\s+rồi)?)(?:\s+kìa)?"
             rf"{SOFTENED_END}")
_FIRE_EN = lazy(rf"(?:(?P<neigh>(?i:the\s+neighbou?r(?:'s|s')))|(?P<the>The)|(?P<owner>(?i:{WHOSE_WORDS}))|"
                rf"(?P<someone>{SOMEONE_EN})'s)\s+(?:house|home)(?P<next>\s+next\s+door)?(?:\s+is|'s)\s+on\s+fire"
                r"\s*(?P<end>[.!]*)")
# a doctor or a nurse here ("Ở đây có bác sĩ không?", "Có ai là bác sĩ không?")
_ROLES = {"bác sĩ": "doctor", "y tá": "nurse"}
_DOCTOR = lazy(r"(?:(?P<here0>(?i:ở\s+đây))\s+)?(?i:có)\s+(?:(?P<anyone>ai)(?P<here1>\s+ở\s+đây)?\s+là\s+)?"
               rf"(?P<role>{alternatives(_ROLES)})(?:\s+nào)?(?P<here>\s+ở\s+đây)?\s+không{SOFTENER}\s*\?+")
_DOCTOR_EN = lazy(r"Is\s+(?:there\s+a\s+(?P<role>doctor|nurse)(?P<here>\s+here)?|(?P<anyone>anyone|anybody)"
                  r"(?P<here1>\s+here)?\s+a\s+(?P<role1>doctor|nurse))\s*\?+")
_EMERGENCY = lazy(r"(?i:đây\s+là\s+(?:một\s+)?(?:trường\s+hợp|tình\s+huống|ca)\s+khẩn\s+cấp)\s*(?P<end>[.!]*)")
_EMERGENCY_EN = lazy(r"(?i:(?:this|it)(?:\s+is|'s)\s+an\s+emergency)\s*(?P<end>[.!]*)")
_COMING = lazy(r"(?i:xe\s+(?:cấp\s+cứu|cứu\s+thương))\s+(?:(?P<coming>đang\s+(?:đến|tới)(?:\s+rồi)?)|"
               rf"(?P<here>(?:đã\s+)?(?:đến|tới)\s+rồi)){SOFTENED_END}")
_COMING_EN = lazy(r"(?:The|An)\s+ambulance(?:\s+is|'s)\s+(?:(?P<coming>coming|on\s+(?:its|the)\s+way)|"
                  r"(?P<here>here))\s*(?P<end>[.!]*)|The\s+ambulance\s+has\s+(?P<arrived>arrived)\s*(?P<end2>[.!]*)")
# the numbers to call ("Số cấp cứu ở Việt Nam là bao nhiêu?", "The ambulance number is 115.")
_NUMBERS = {"cấp cứu": "ambulance", "cứu hỏa": "fire brigade", "cảnh sát": "police", "khẩn cấp": "emergency"}
_NUMBERS_VI = {en: vi for vi, en in _NUMBERS.items()} | {"fire": "cứu hỏa"}
_CALLED_VI = {"an ambulance": "cấp cứu", "the fire brigade": "cứu hỏa", "the police": "cảnh sát"}  # ("number for …")
_NUMBER = lazy(rf"(?i:số)\s+(?:điện\s+thoại\s+)?(?P<svc>{alternatives(_NUMBERS)})(?P<vn>\s+(?:ở|của|tại)\s+Việt\s+Nam)?"
               r"\s+là\s+(?:(?:số\s+)?(?P<what>gì|bao\s+nhiêu|mấy)|(?P<n>11[2345]))"
               rf"{SOFTENED_END}")
_NUMBER_EN = lazy(rf"(?:(?P<what>What)(?:'s|\s+is)\s+the|The)\s+(?:(?P<svc>{alternatives(_NUMBERS_VI)})\s+number|"
                  rf"number\s+for\s+(?P<for>(?i:{alternatives(_CALLED_VI)})))(?P<vn>\s+in\s+Vietnam)?"
                  r"(?:\s+is\s+(?P<n>11[2345]))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of an emergency (an ambulance called, someone collapsed, a fire, first aid, a
    doctor asked for); None for any other."""
    if src == "vi":
        said = _state(text) or _call(text) or _fire(text) or _doctor(text) or _said(text)
    else:
        text = text.replace("’", "'")
        said = _state_vi(text) or _call_vi(text) or _fire_vi(text) or _doctor_vi(text) or _said_vi(text)
    # an English statement's pattern met with a question mark ("She was awake all night?") is left (a Vietnamese one
    # mt.phrasebook passes over, for every rule)
    return None if src == "en" and said and said.endswith("?") != text.endswith("?") else said


def _subject(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _WHO_VI in English, and whether English says "has" of them: ("someone", True), ("anyone
    here", True) asking only, ("the baby", True); None where mt.hobbies.who gives none, or "có ai" is said."""
    if m["any"]:
        return ("anyone here" if m["here0"] or m["here"] else "anyone", True) if asked and not m["think"] else None
    if m["anyone"] or m["baby"]:
        return None if asked else ("someone" if m["anyone"] else "the baby", True)
    return who(m, asked)


def _state(text: str) -> str | None:
    """"Có người bị ngất." as "Someone has fainted.", "Cô ấy bị say nắng." as "She has heatstroke.", "Anh ấy còn thở
    không?" as "Is he still breathing?", "Có ai biết sơ cứu không?" as "Does anyone know first aid?" (_STATE, _SAID);
    None for anything else, and for "I" where English does not say it of oneself ("I'm not breathing")."""
    m = _STATE.fullmatch(text)
    said = m and _SAID[keyed(m["said"])]
    asked = bool(said) and said.endswith("?")
    if not m or asked != ("?" in m["end"]) or (subject := _subject(m, asked)) is None:
        return None
    who_, one = subject
    me = who_ in ("I", "we")
    if me and (asked or said in _NOT_OF_ME) or m["think"] and (asked or who_ == "I"):
        return None
    verbs = {"has": "has" if one else "have", "is": "is" if one else "am" if who_ == "I" else "are",
             "knows": "knows" if one else "know", "needs": "needs" if one else "need",
             "doesnt": "doesn't" if one else "don't"}
    verbs |= {"owns": verbs["has"], "who": who_} | {v.capitalize(): verbs[v].capitalize() for v in ("has", "is")}
    verbs["Does"] = "Does" if one else "Do"
    said = said.format(**verbs)
    if asked:
        return said
    if me and "fainted" in said:  # ("I fainted.", not "I've fainted.")
        said = said.removeprefix("have ")
    said = f"{who_} {said}" if "heatstroke" in said else contracted(who_, said)  # (not "She's heatstroke")
    return capitalised(f"{'I think ' * bool(m['think'])}{said}{stop(m['end'])}")


def _call(text: str) -> str | None:
    """"Gọi xe cấp cứu!" as "Call an ambulance!", "Ai đó gọi xe cấp cứu đi!" as "Someone call an ambulance!", "Mau
    gọi cứu hỏa ngay!" as "Quick, call the fire brigade now!" (_CALL); None for anything else."""
    m = _CALL.fullmatch(text)
    if not m:
        return None
    first = "Please call" if m["please"] or m["help"] else "Quick, call" if m["quick"] else \
        "Someone call" if m["anyone"] else "Call"
    return f"{first} {SERVICES[keyed(m['svc'])]}{' now' * bool(m['now'])}{'.' if m['end'] == '.' else '!'}"


def _fire(text: str) -> str | None:
    """"Cháy nhà!" as "The house is on fire!", "Nhà hàng xóm bị cháy." as "The neighbour's house is on fire.",
    "Nhà mẹ tôi đang cháy." as "My mother's house is on fire." (_FIRE); None for anything else."""
    m = _FIRE.fullmatch(text)
    if not m:
        return None
    if m["someone"]:
        whose = someone(m["someone"], "vi")
        if whose is None:
            return None
        whose = f"{whose}'s house"
    else:
        whose = "the neighbour's house" if m["neigh"] else "the house next door" if m["next"] else \
            f"{OWNERS[keyed(m['owner'])]} house" if m["owner"] else "the house"
    return capitalised(f"{whose} is on fire{'!' if m['cry'] else stop(m['end'])}")


def _doctor(text: str) -> str | None:
    """"Ở đây có bác sĩ không?" as "Is there a doctor here?", "Có ai là bác sĩ không?" as "Is anyone a doctor?"
    (_DOCTOR); None for anything else."""
    m = _DOCTOR.fullmatch(text)
    if not m:
        return None
    here = " here" * bool(m["here0"] or m["here1"] or m["here"])
    role = _ROLES[keyed(m["role"])]
    return f"Is anyone{here} a {role}?" if m["anyone"] else f"Is there a {role}{here}?"


def _said(text: str) -> str | None:
    """"Đây là trường hợp khẩn cấp!" as "This is an emergency!", "Xe cấp cứu đang đến." as "The ambulance is on its
    way.", "Số cấp cứu là bao nhiêu?" as "What's the ambulance number?" (_EMERGENCY, _COMING, _NUMBER); None for
    anything else."""
    if m := _EMERGENCY.fullmatch(text):
        return f"This is an emergency{'.' if m['end'] == '.' else '!'}"
    if m := _COMING.fullmatch(text):
        return f"The ambulance is {'on its way' if m['coming'] else 'here'}{stop(m['end'])}"
    m = _NUMBER.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]):
        return None
    said = f"the {_NUMBERS[keyed(m['svc'])]} number{' in Vietnam' * bool(m['vn'])}"
    return f"What's {said}?" if m["what"] else capitalised(f"{said} is {m['n']}.")


def _state_vi(text: str) -> str | None:
    """"Someone has fainted." as "Có người bị ngất.", "She has heatstroke." as "Cô ấy bị say nắng.", "Is he still
    breathing?" as "Anh ấy còn thở không?", "Does anyone know first aid?" as "Có ai biết sơ cứu không?" (_STATE_EN,
    _SAID_EN); None for anything else, and where the verb does not agree with who ("She have", "Do he")."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["think"] and m["q"]:
        return None
    key = " ".join(m["said"].lower().split())
    said = _SAID_EN.get(f"? {(m['q'] or '').lower()} {key}" if m["q"] else key)
    if said is None or m["any"] and not m["q"] or (m["anyone"] or m["baby"]) and m["q"]:
        return None  # (anyone asked, someone and the baby said)
    if m["any"]:
        who_, one = f"{'ở đây ' * bool(m['here'])}có ai", True
        said = said if said.startswith("có thể") else said.removeprefix("có ").removeprefix("đã ")  # ("Có ai biết …")
    else:
        who_, one = ("có người", True) if m["anyone"] else ("em bé", True) if m["baby"] else who_vi(m)
    verb = (m["q"] or key.split()[0]).lower()
    i = who_ == "tôi"
    if verb in _OF_ONE and not one or verb in _OF_MANY and (one or i) or verb in ("am", "'m") and not i or \
            verb in _NOT_OF_ONE and one or who_ in ("tôi", "chúng tôi") and said in _NOT_OF_ME_VI:
        return None
    end = "?" if m["q"] else stop(m["end"])
    return capitalised(f"{'tôi nghĩ ' * bool(m['think'])}{who_} {said}{end}")


def _call_vi(text: str) -> str | None:
    """"Call an ambulance!" as "Gọi xe cấp cứu!", "Someone call an ambulance!" as "Ai đó gọi xe cấp cứu đi!",
    "Please call the fire brigade now!" as "Làm ơn gọi cứu hỏa ngay!" (_CALL_EN); None for anything else."""
    m = _CALL_EN.fullmatch(text)
    if not m:
        return None
    first = "Làm ơn gọi" if m["please"] or m["please2"] else "Mau gọi" if m["quick"] else \
        "Ai đó gọi" if m["anyone"] else "Gọi"
    now = " ngay" if m["now"] else " đi" if m["anyone"] else ""
    return f"{first} {SERVICES_VI[keyed(m['svc'])]}{now}{'.' if m['end'] == '.' else '!'}"


def _fire_vi(text: str) -> str | None:
    """"Our neighbour's house is on fire." as "Nhà của hàng xóm chúng tôi đang cháy.", "The house next door is on
    fire!" as "Nhà bên cạnh đang cháy!" (_FIRE_EN); None for anything else."""
    m = _FIRE_EN.fullmatch(text)
    if not m or m["next"] and not m["the"]:
        return None
    whose = " của " + someone(m["someone"], "en") if m["someone"] else " hàng xóm" if m["neigh"] else \
        " bên cạnh" if m["next"] else f" {WHOSE_VI[m['owner'].lower()]}" if m["owner"] else ""
    return f"Nhà{whose} đang cháy{stop(m['end'])}"


def _doctor_vi(text: str) -> str | None:
    """"Is there a doctor here?" as "Ở đây có bác sĩ không?", "Is anyone here a doctor?" as "Ở đây có ai là bác sĩ
    không?" (_DOCTOR_EN); None for anything else."""
    m = _DOCTOR_EN.fullmatch(text)
    if not m:
        return None
    here = "Ở đây có" if m["here"] or m["here1"] else "Có"
    role = {en: vi for vi, en in _ROLES.items()}[m["role"] or m["role1"]]
    return f"{here} ai là {role} không?" if m["anyone"] else f"{here} {role} không?"


def _said_vi(text: str) -> str | None:
    """"This is an emergency!" as "Đây là trường hợp khẩn cấp!", "The ambulance is on its way." as "Xe cấp cứu đang
    đến.", "What's the ambulance number?" as "Số cấp cứu là bao nhiêu?" (_EMERGENCY_EN, _COMING_EN, _NUMBER_EN);
    None for anything else."""
    if m := _EMERGENCY_EN.fullmatch(text):
        return f"Đây là trường hợp khẩn cấp{'.' if m['end'] == '.' else '!'}"
    if m := _COMING_EN.fullmatch(text):
        return f"Xe cấp cứu {'đang đến' if m['coming'] else 'đến rồi'}{stop(m['end'] or m['end2'])}"
    m = _NUMBER_EN.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]) or bool(m["what"]) == bool(m["n"]):
        return None
    svc = _NUMBERS_VI[keyed(m["svc"])] if m["svc"] else _CALLED_VI[keyed(m["for"])]
    said = f"Số {svc}{' ở Việt Nam' * bool(m['vn'])} là"
    return f"{said} bao nhiêu?" if m["what"] else f"{said} {m['n']}."
