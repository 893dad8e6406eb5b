"""Putting on, wearing and taking off safety gear (a mask, a helmet, a seatbelt, a life jacket), both ways, written
whole by rule. v8 (with every current rule) reads "khẩu trang" as a page, "mũ bảo hiểm" as insurance, "dây an toàn"
as a safe wire, "áo phao" as a shirt: "Đeo khẩu trang vào." → "To export a page.", "Đội mũ bảo hiểm vào." →
"Insurgent power.", "Thắt dây an toàn vào." → "The wiring is safe.", "Mặc áo phao vào." → "The shirt was shirted.",
"Tháo khẩu trang ra." → "Unsush the page.", "Tôi quên mũ bảo hiểm." → "I forgot to be covered.", "Anh ấy không bao
giờ đội mũ bảo hiểm." → "He never had a serious hat.", "Bạn đã thắt dây an toàn chưa?" → "Are you safely
tightened?", "Bố tôi luôn đội mũ bảo hiểm." → "My father had always been insured."; "Put your mask on." → "Đặt mặt
nạ của bạn vào.", "Wear your helmet." → "Hãy tham khảo ý kiến của bạn." (consult), "Fasten your seatbelt." → "Làm
nhanh ghế ngồi của bạn.", "Put on a life jacket." → "Đặt vào một chiếc áo khoác sống.", "He never wears a helmet." →
"Anh ta không bao giờ mặc chiếc áo khoác.", "I forgot my helmet." → "Tôi quên bàn tay của tôi.", "Take your mask
off." → "Hãy dùng mặt nạ của bạn.", "Are you wearing your seatbelt?" → "Bạn có đang mặc chiếc ghế của mình không?".

Taken: a thing of GEAR, with the verb Vietnamese puts it on with (_ON: "đeo" a mask, "đội" a helmet, "thắt" or "cài"
a seatbelt, "mặc" a life jacket) or takes it off with (_OFF: "tháo", "bỏ … ra", "cởi"): told to put it on ("vào",
"đi", "nhé"; "Làm ơn …": please), to take it off, not to, to remember to or not to forget to wear or bring it; who
(mt.hobbies.WHO, WHO_EN) has to, needs to or should wear it (here), not, asked; who always, often, never … wears it
(mt.hobbies.SELDOM), won't ("không chịu"), is wearing it now ("đang"), asked; who has put it on ("rồi") or not yet
("chưa"), asked; who forgot it, forgot to bring or wear it (again). Left: "anh", "chị", "em" alone saying it, a name
alone where whose gear is needed (his or her?), "không" without "bao giờ" in Vietnamese ("Anh ấy không đội mũ bảo
hiểm.": now, then, or as a rule?), "có … không" without how often ("Bạn có đội mũ bảo hiểm không?": do you wear one,
or have one?), "đang thắt dây an toàn" (fastening it now?), a seatbelt forgotten, "mang" alone (wear or carry?), a
hat in the sun (mt/outdoors.py, mt/sunburn.py), a fine for no helmet (mt/fines.py), things left at a place
(mt/left_behind.py), rented life jackets (mt/rentals.py), and anything else.
mt.phrasebook.translate tries these after mt/school_trouble.py.

    >>> translate("Đeo khẩu trang vào.", "vi", "en"), translate("Fasten your seatbelt.", "en", "vi")
    ('Put your mask on.', 'Thắt dây an toàn vào.')
"""
from __future__ import annotations

import re

from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, be_of, his_her_of, own_thing, who, who_vi
from .lazy_re import lazy
from .rule_keys import agreement_checked
from .text import (ASKED_END, BE_EN, SOFTENED_END, WHOSE_OF, alternatives, be, be_said, capitalised, contracted, keyed,
                   stop)

# the gear in English (the first Vietnamese of each is written back)
GEAR = {"khẩu trang": "mask", "mũ bảo hiểm": "helmet", "nón bảo hiểm": "helmet", "dây an toàn": "seatbelt",
        "áo phao": "life jacket"}
GEAR_VI = {en: vi for vi, en in reversed(GEAR.items())} | {
    "face mask": "khẩu trang", "seat belt": "dây an toàn", "lifejacket": "áo phao", "life vest": "áo phao"}
# the verbs each is put on and taken off with in Vietnamese (the first of each is written back)
_ON = {"mask": ("đeo",), "helmet": ("đội", "đeo"), "seatbelt": ("thắt", "cài"), "life jacket": ("mặc",)}
_OFF = {"mask": ("tháo", "bỏ", "gỡ"), "helmet": ("tháo", "bỏ", "cởi"), "seatbelt": ("tháo", "cởi"),
        "life jacket": ("cởi",)}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:khẩu\s+trang|bảo\s+hiểm|dây\s+an\s+toàn|áo\s+phao)"),
         "en": lazy(r"(?i:mask|helmet|belt|life\s*(?:jacket|vest)|buckle)")}

_GEAR = rf"(?P<gear>(?i:{alternatives(GEAR)}))"
_WEAR = r"(?P<verb>(?i:đeo|đội|thắt|cài|mặc))"
# told: "Đeo khẩu trang vào.", "Làm ơn thắt dây an toàn.", "Tháo khẩu trang ra.", "Nhớ đội mũ bảo hiểm nhé.", "Đừng
# quên khẩu trang.", "Đừng tháo khẩu trang ra."
_TOLD = lazy(r"(?:(?P<please>(?i:làm\s+ơn|xin\s+vui\s+lòng|vui\s+lòng))\s+|(?i:hãy)\s+)?"
             r"(?:(?P<remind>(?i:nhớ|đừng\s+quên|đừng))\s+)?"
             rf"(?:(?P<verb>(?i:đeo|đội|thắt|cài|mặc|tháo|bỏ|cởi|gỡ|mang(?:\s+theo)?))\s+)?{_GEAR}"
             r"(?:\s+(?P<part>vào|ra|theo))?(?:\s+(?:đi|nhé|nha))?\s*(?P<end>[.!]*)")
# has to, needs to, should wear it ("Bạn phải đeo khẩu trang ở đây.", "Tôi có cần đeo khẩu trang không?", "Ở đây phải
# đeo khẩu trang.")
_DUTY = lazy(rf"(?:(?P<here0>(?i:ở\s+đây))\s+)?(?:(?P<subject>{WHO})\s+)?(?:(?P<ask>có)\s+)?(?P<not>không\s+)?"
             rf"(?P<must>phải|cần|nên)\s+{_WEAR}\s+{_GEAR}(?:\s+(?P<here>ở\s+đây))?{ASKED_END}")
# wears it as a rule, won't, is wearing it ("Anh ấy không bao giờ đội mũ bảo hiểm.", "Cô ấy đang đeo khẩu trang.")
_HABIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(SELDOM)}|lúc\s+nào\s+cũng)\s+|"
              rf"(?P<wont>không\s+chịu)\s+|(?P<now>đang)\s+)?{_WEAR}\s+{_GEAR}{ASKED_END}")
# has put it on, or not yet ("Bạn đã thắt dây an toàn chưa?", "Tôi đội mũ bảo hiểm rồi.", "Tôi chưa thắt …")
_DONE = lazy(rf"{WHO}\s+(?:đã\s+|(?P<notyet>chưa)\s+)?{_WEAR}\s+{_GEAR}(?:\s+vào)?"
             rf"(?:\s+(?P<yet>chưa)|\s+(?P<done>rồi))?{SOFTENED_END}")
# forgot it, forgot to bring or wear it ("Tôi quên mũ bảo hiểm.", "Anh ấy lại quên thắt dây an toàn.")
_FORGOT = lazy(rf"{WHO}\s+(?:(?P<again>lại)\s+|đã\s+)?quên\s+(?:(?P<bring>mang(?:\s+theo)?)\s+|{_WEAR}\s+)?"
               rf"{_GEAR}(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English: "a mask", "your helmet", "our life jackets"
_G_EN = (r"(?:(?P<a>(?i:an?))\s+|(?P<owner>(?i:the|my|your|his|her|our|their))\s+)?"
         rf"(?P<gear>(?i:{alternatives(GEAR_VI)}))(?P<s>s)?")
_TOLD_EN = lazy(r"(?:(?P<please>(?i:please))\s+)?(?:(?P<remind>(?i:remember\s+to|don['’]t\s+forget(?:\s+to)?))\s+)?"
                r"(?:(?P<dont>(?i:don['’]t|do\s+not))\s+)?(?:(?P<verb>(?i:put\s+on|put|wear|fasten|buckle|take\s+off|"
                rf"take|remove|unfasten|undo|bring))\s+)?{_G_EN}(?:\s+(?P<part>on|off))?(?P<please2>,?\s+please)?"
                r"\s*(?P<end>[.!]*)")
_BUCKLE = lazy(r"(?P<please>(?i:please)\s+)?(?i:buckle\s+up)(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_DUTY_EN = lazy(rf"(?:(?P<aux>Do|Does|Should)\s+)?{WHO_EN}\s+(?:(?P<not>(?:do|does)(?:n['’]t|\s+not)|shouldn['’]t|"
                r"should\s+not)\s+)?(?P<must>must|should|ha(?:ve|s)\s+to|needs?\s+to)?\s*(?:wear|put\s+on)\s+"
                rf"{_G_EN}(?:\s+(?P<here>here))?\s*(?P<end>[.!?]*)")
_HABIT_EN = lazy(rf"(?:(?P<do>Do|Does|Is|Are|Am)\s+)?{WHO_EN}{BE_EN}?(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?"
                 r"(?P<not>\s+not|n['’]t|\s+(?:do|does)(?:n['’]t|\s+not))?\s+(?P<verb>wears?|wearing)\s+"
                 rf"{_G_EN}\s*(?P<end>[.!?]*)")
_DONE_EN = lazy(rf"(?:(?P<have0>Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?P<not>\s+not|n['’]t)?"
                rf"(?:\s+already)?\s+(?P<verb>put(?:\s+on)?|fastened|buckled)\s+{_G_EN}(?:\s+(?P<on>on))?"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_FORGOT_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+(?P<verb>forgot|forgotten)(?:\s+to\s+"
                  rf"(?P<to>bring|wear|put\s+on|fasten))?\s+{_G_EN}(?:\s+(?P<again>again))?\s*(?P<end>[.!]*)")
# the English verbs, and what each says: put on (True), take off (False), bring (None)
_VERBS_EN = {"put on": True, "put": True, "wear": True, "fasten": True, "buckle": True, "take off": False,
             "take": False, "remove": False, "unfasten": False, "undo": False, "bring": None}
_MUST = {"phải": "have to", "cần": "need to", "nên": "should"}
_MUST_VI = {"have to": "phải", "has to": "phải", "must": "phải", "need to": "cần", "needs to": "cần", "should": "nên"}


@agreement_checked
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that tells someone to put on or take off a mask, a helmet, a seatbelt or a life
    jacket, or says or asks who has to wear one, wears one, has put one on or forgot one; None for any other."""
    text = " ".join(text.split())
    if (src, tgt) not in (("vi", "en"), ("en", "vi")) or not _KEYS[src].search(text):
        return None
    if src == "vi":
        return _told(text) or _duty(text) or _habit(text) or _done(text) or _forgot(text)
    return _told_vi(text) or _duty_vi(text) or _habit_vi(text) or _done_vi(text) or _forgot_vi(text)


def _gear(m: re.Match, off: bool = False) -> str | None:
    """The gear of a match in English ("mask"), where the verb said goes with it ("đeo khẩu trang", not "đội khẩu
    trang"; `off`: "tháo", "cởi" …); None where it does not."""
    gear, verb = GEAR[keyed(m["gear"])], keyed(m["verb"] or "")
    return gear if not verb or verb in (_OFF if off else _ON)[gear] else None


def _put_on(gear: str, whose: str, done: bool = False) -> str:
    """Putting the gear on in English: "put your mask on", "fasten your seatbelt" ("fastened" `done`)."""
    return f"fasten{'ed' * done} {whose} seatbelt" if gear == "seatbelt" else f"put {whose} {gear} on"


def _worn(gear: str, who_: str) -> str:
    """The gear worn by who in English: "a mask", "masks" for "we" and "they" (one each)."""
    return f"{gear}s" if who_ in ("we", "they") else f"a {gear}"


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose a match of WHO's own gear is in English: "my" for "tôi", "her" for "mẹ tôi"; None for a name alone,
    "bạn tôi" (his or her?), "we" and "they" (one each, or one?)."""
    if who_ in ("we", "they"):
        return None
    return WHOSE_OF.get(who_.lower()) if m["who"] else his_her_of(m)


def _told(text: str) -> str | None:
    """"Đeo khẩu trang vào." as "Put your mask on.", "Làm ơn thắt dây an toàn." as "Please fasten your seatbelt.",
    "Tháo khẩu trang ra." as "Take your mask off.", "Nhớ đội mũ bảo hiểm nhé." as "Remember to wear your helmet.",
    "Đừng quên khẩu trang." as "Don't forget your mask." (_TOLD); None for anything else, "Bỏ khẩu trang." (give
    them up?), "Đội khẩu trang."."""
    m = _TOLD.fullmatch(text)
    if not m:
        return None
    verb, part, remind = keyed(m["verb"] or ""), m["part"], keyed(m["remind"] or "")
    off, bring = verb in ("tháo", "bỏ", "cởi", "gỡ"), verb.startswith("mang")
    gear = GEAR[keyed(m["gear"])] if bring else _gear(m, off)
    # "ra" after taking off ("bỏ" only with it: else given up?), "theo" after bringing ("mang … vào" is wearing it)
    parts = ({"ra"} if verb == "bỏ" else {None, "ra"}) if off else {None, "theo"} if bring else {None, "vào"}
    reminders = ("", "đừng") if off else ("nhớ", "đừng quên") if bring else ("", "nhớ", "đừng quên")
    if gear is None or part not in parts or remind not in reminders or bring and gear == "seatbelt" or \
            m["please"] and remind or not verb and (remind != "đừng quên" or part):
        return None
    if off:
        said = "don't " * bool(remind) + f"take your {gear} off"
    elif not verb:
        said = f"don't forget your {gear}"
    else:
        doing = f"bring your {gear}" if bring else "fasten your seatbelt" if gear == "seatbelt" else \
            f"wear your {gear}"
        said = {"nhớ": "remember to ", "đừng quên": "don't forget to "}[remind] + doing if remind else \
            _put_on(gear, "your")
    return capitalised(f"{'please ' * bool(m['please'])}{said}{stop(m['end'])}")


def _duty(text: str) -> str | None:
    """"Bạn phải đeo khẩu trang ở đây." as "You have to wear a mask here.", "Tôi có cần đeo khẩu trang không?" as
    "Do I need to wear a mask?", "Ở đây phải đeo khẩu trang." as "You have to wear a mask here." (_DUTY); None for
    anything else."""
    m = _DUTY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or m["not"] and asked or \
            m["here0"] and m["here"] or (gear := _gear(m)) is None:
        return None
    if m["subject"] is None:  # ("Ở đây phải …": anyone, you)
        if not m["here0"] or asked:
            return None
        said = "you", False
    elif (said := who(m, asked)) is None:
        return None
    (who_, one), must = said, _MUST[m["must"]]
    here, wear = " here" * bool(m["here"] or m["here0"]), f"wear {_worn(gear, who_)}"
    if asked:
        return f"Should {who_} {wear}{here}?" if must == "should" else \
            f"{'Does' if one else 'Do'} {who_} {must} {wear}{here}?"
    if m["not"]:
        must = "shouldn't" if must == "should" else f"{'doesn' if one else 'don'}'t {must}"
    elif must != "should" and one:
        must = "has to" if must == "have to" else "needs to"
    return capitalised(f"{who_} {must} {wear}{here}{stop(m['end'])}")


def _habit(text: str) -> str | None:
    """"Anh ấy không bao giờ đội mũ bảo hiểm." as "He never wears a helmet.", "Bạn có luôn thắt dây an toàn không?"
    as "Do you always wear a seatbelt?", "Con tôi không chịu đội mũ bảo hiểm." as "My child won't wear a helmet.",
    "Cô ấy đang đeo khẩu trang." as "She's wearing a mask." (_HABIT); None for anything else, for wearing it said
    without how often, and "đang thắt dây an toàn" (fastening it?)."""
    m = _HABIT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or not (m["seldom"] or m["wont"] or m["now"]) or \
            (gear := _gear(m)) is None or m["now"] and gear == "seatbelt" or (said := who(m, asked)) is None:
        return None
    (who_, one), wear = said, _worn(gear, said[0])
    seldom = SELDOM.get(keyed(m["seldom"] or ""), "always")  # ("lúc nào cũng"; "thường" is "often", untimed)
    if asked:
        if m["wont"] or seldom in ("never", "rarely", "sometimes"):
            return None
        if m["now"]:
            return f"{be(who_).capitalize()} {who_} wearing {wear}?"
        return f"{'Does' if one else 'Do'} {who_} {seldom} wear {wear}?"
    if m["now"]:
        return capitalised(contracted(who_, f"{be(who_)} wearing {wear}{stop(m['end'])}"))
    verb = "won't wear" if m["wont"] else f"{seldom} {'wears' if one else 'wear'}"
    return capitalised(f"{who_} {verb} {wear}{stop(m['end'])}")


def _done(text: str) -> str | None:
    """"Bạn đã thắt dây an toàn chưa?" as "Have you fastened your seatbelt?", "Tôi đội mũ bảo hiểm rồi." as "I've put
    my helmet on.", "Mẹ tôi chưa thắt dây an toàn." as "My mother hasn't fastened her seatbelt yet." (_DONE); None
    for anything else, and where whose is unsure."""
    m = _DONE.fullmatch(text)
    asked = "?" in (m and m["end"] or "")
    if not m or asked != bool(m["yet"]) or not (m["yet"] or m["done"] or m["notyet"]) or m["notyet"] and (
            m["yet"] or m["done"]) or (gear := _gear(m)) is None or (said := who(m, asked)) is None:
        return None
    (who_, one), whose = said, _whose(m, said[0])
    if whose is None:
        return None
    have = "has" if one else "have"
    if asked:
        return f"{have.capitalize()} {who_} {_put_on(gear, whose, True)}?"
    if m["notyet"]:
        return capitalised(f"{who_} {have}n't {_put_on(gear, whose, True)} yet{stop(m['end'])}")
    return capitalised(contracted(who_, f"{have} {_put_on(gear, whose, True)}{stop(m['end'])}"))


def _forgot(text: str) -> str | None:
    """"Tôi quên mũ bảo hiểm." as "I forgot my helmet.", "Anh ấy quên mang khẩu trang." as "He forgot to bring his
    mask.", "Mẹ tôi lại quên thắt dây an toàn." as "My mother forgot to fasten her seatbelt again." (_FORGOT); None
    for anything else, and for a seatbelt forgotten (not brought)."""
    m = _FORGOT.fullmatch(text)
    if not m or "?" in m["end"] or (gear := _gear(m)) is None or (said := who(m, False)) is None or \
            gear == "seatbelt" and not m["verb"] or (whose := _whose(m, said[0])) is None:
        return None
    (who_, one), thing = said, f"{whose} {gear}"
    doing = f"to bring {thing}" if m["bring"] else f"to {'fasten' if gear == 'seatbelt' else 'wear'} {thing}" \
        if m["verb"] else thing
    again = " again" * bool(m["again"])
    if m["done"] and not m["again"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} forgotten {doing}{stop(m['end'])}"))
    return capitalised(f"{who_} forgot {doing}{again}{stop(m['end'])}")


def _gear_vi(m: re.Match) -> str | None:
    """The gear of a match of _G_EN in Vietnamese ("khẩu trang"); None for "a" with many ("a masks")."""
    return None if m["a"] and m["s"] else GEAR_VI[keyed(m["gear"])]


def _on_vi(gear: str) -> str:
    """The Vietnamese verb for putting the gear on, and the gear: "đeo khẩu trang"."""
    return f"{_ON[GEAR[gear]][0]} {gear}"


def _told_vi(text: str) -> str | None:
    """"Put your mask on." as "Đeo khẩu trang vào.", "Fasten your seatbelt." as "Thắt dây an toàn vào.", "Take your
    mask off." as "Tháo khẩu trang ra.", "Remember to wear your helmet." as "Nhớ đội mũ bảo hiểm nhé.", "Don't
    forget your mask." as "Đừng quên khẩu trang nhé.", "Buckle up." as "Thắt dây an toàn vào." (_TOLD_EN, _BUCKLE);
    None for anything else, and for another's gear ("Put my mask on.")."""
    if b := _BUCKLE.fullmatch(text):
        return f"{'Làm ơn thắt' if b['please'] or b['please2'] else 'Thắt'} dây an toàn vào{stop(b['end'])}"
    m = _TOLD_EN.fullmatch(text)
    if not m or (gear := _gear_vi(m)) is None:
        return None
    verb, part, remind = " ".join((m["verb"] or "").lower().split()), m["part"], keyed(m["remind"] or "")
    on, seatbelt_only = _VERBS_EN.get(verb), verb in ("fasten", "buckle", "unfasten", "undo")
    # "your" or none ("Remove the mask.": a picture's?), "a" only putting one on
    if (m["owner"] or "your").lower() != "your" or m["a"] and not on or (verb in ("put", "take")) != bool(part) or \
            part and (part == "on") != (verb == "put") or seatbelt_only and gear != "dây an toàn" or \
            (m["please"] or m["please2"]) and (remind or m["dont"]):
        return None
    please = "làm ơn " * bool(m["please"] or m["please2"])
    if not verb:  # ("Don't forget your mask.")
        forget = remind.startswith("don") and not remind.endswith(" to")
        return f"Đừng quên {gear} nhé{stop(m['end'])}" if forget else None
    if on is False:
        if remind:
            return None
        off = _OFF[GEAR[gear]][0]
        return capitalised(f"{please}{'đừng ' * bool(m['dont'])}{off} {gear} ra{stop(m['end'])}")
    if m["dont"] or on is None and not remind or remind and not remind.endswith(" to"):
        return None
    doing = f"mang {gear}" if on is None else _on_vi(gear)
    if remind:
        return f"{'Nhớ' if remind.startswith('remember') else 'Đừng quên'} {doing} nhé{stop(m['end'])}"
    return capitalised(f"{please}{doing} vào{stop(m['end'])}")


def _duty_vi(text: str) -> str | None:
    """"You have to wear a mask here." as "Bạn phải đeo khẩu trang ở đây.", "Do I need to wear a mask?" as "Tôi có
    cần đeo khẩu trang không?", "You don't have to wear a helmet." as "Bạn không phải đội mũ bảo hiểm." (_DUTY_EN);
    None for anything else, and where "has", "needs" or "does" does not agree with who."""
    m = _DUTY_EN.fullmatch(text)
    if not m or (gear := _gear_vi(m)) is None or bool(m["aux"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    aux, neg = (m["aux"] or "").lower(), " ".join((m["not"] or "").lower().replace("’", "'").split())
    must = " ".join((m["must"] or "").split())
    if m["owner"] and not own_thing(m, who_, one) or aux == "should" and (must or neg) or \
            aux in ("do", "does") and ((aux == "does") != one or must not in ("have to", "need to") or neg):
        return None
    if neg.startswith("should"):
        if must:
            return None
        must = "should"
    elif neg:
        if must not in ("have to", "need to") or neg.startswith("does") != one:
            return None
    elif not aux and (not must or must.startswith(("has", "needs")) != one and must not in ("must", "should")):
        return None
    said = "nên" if aux == "should" else _MUST_VI[must]
    here = " ở đây" * bool(m["here"])
    if aux:
        return capitalised(f"{who_} có {said} {_on_vi(gear)}{here} không?")
    return capitalised(f"{who_} {'không ' * bool(neg)}{said} {_on_vi(gear)}{here}{stop(m['end'])}")


def _habit_vi(text: str) -> str | None:
    """"He never wears a helmet." as "Anh ấy không bao giờ đội mũ bảo hiểm.", "Do you always wear a helmet?" as "Bạn
    có luôn đội mũ bảo hiểm không?", "Is she wearing a mask?" as "Cô ấy có đang đeo khẩu trang không?", "Are you
    wearing your seatbelt?" as "Bạn đã thắt dây an toàn chưa?" (_HABIT_EN); None for anything else, and where "is",
    "does" or "wears" does not agree with who."""
    m = _HABIT_EN.fullmatch(text)
    if not m or (gear := _gear_vi(m)) is None or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    do, neg = (m["do"] or "").lower(), " ".join((m["not"] or "").lower().replace("’", "'").split())
    seldom = (m["seldom"] or "").lower()
    if m["owner"] and not own_thing(m, who_, one):
        return None
    if m["verb"] == "wearing":
        be = do if do in ("is", "are", "am") else m["be"] and be_said(m["be"])
        if not be or do and m["be"] or be != be_of(who_, one) or seldom or neg not in ("", "not", "n't") or \
                do and neg:
            return None
        if gear == "dây an toàn":  # ("đang thắt": fastening it now)
            said = "đã thắt dây an toàn chưa?" if do else "không thắt dây an toàn" if neg else "đã thắt dây an toàn rồi"
            return capitalised(f"{who_} {said}{'' if do else stop(m['end'])}")
        if do:
            return capitalised(f"{who_} có đang {_on_vi(gear)} không?")
        return capitalised(f"{who_} {'không' if neg else 'đang'} {_on_vi(gear)}{stop(m['end'])}")
    if m["be"] or do in ("is", "are", "am") or neg in ("not", "n't"):
        return None
    if do:
        if (do == "does") != one or neg or m["verb"] != "wear" or seldom not in ("", "always", "usually", "often"):
            return None
        said = f" {SELDOM_VI[seldom]}" if seldom else ""
        return capitalised(f"{who_} có{said} {_on_vi(gear)} không?")
    if neg and (neg.startswith("does") != one or m["verb"] != "wear" or seldom) or \
            not neg and (m["verb"] == "wears") != one:
        return None
    said = "không" if neg else SELDOM_VI[seldom] if seldom else ""
    return capitalised(" ".join(w for w in (who_, said, _on_vi(gear)) if w) + stop(m["end"]))


def _done_vi(text: str) -> str | None:
    """"Have you fastened your seatbelt?" as "Bạn đã thắt dây an toàn chưa?", "I've put my mask on." as "Tôi đã đeo
    khẩu trang rồi.", "He hasn't put his helmet on yet." as "Anh ấy chưa đội mũ bảo hiểm." (_DONE_EN); None for
    anything else, another's gear, and where "has" does not agree with who."""
    m = _DONE_EN.fullmatch(text)
    if not m or (gear := _gear_vi(m)) is None or bool(m["have0"]) != ("?" in m["end"]) or \
            bool(m["have0"]) == bool(m["have"]):
        return None
    who_, one = who_vi(m)
    verb, have = " ".join(m["verb"].lower().split()), (m["have0"] or m["have"]).strip().lower().replace("’", "'")
    if (verb == "put") != bool(m["on"]) or verb in ("fastened", "buckled") and gear != "dây an toàn" or \
            (have in ("has", "'s")) != one or m["owner"] and not own_thing(m, who_, one) or \
            m["have0"] and m["not"] or m["yet"] and not (m["not"] or m["have0"]):
        return None
    if m["have0"]:
        return capitalised(f"{who_} đã {_on_vi(gear)} chưa?")
    return capitalised(f"{who_} {'chưa' if m['not'] else 'đã'} {_on_vi(gear)}{' rồi' * (not m['not'])}"
                       f"{stop(m['end'])}")


def _forgot_vi(text: str) -> str | None:
    """"I forgot my helmet." as "Tôi quên mang mũ bảo hiểm.", "She forgot to wear her mask." as "Cô ấy quên đeo khẩu
    trang.", "I've forgotten my mask." as "Tôi quên mang khẩu trang rồi." (_FORGOT_EN); None for anything else,
    another's gear ("I forgot your helmet."), a seatbelt not worn, "has" not agreeing with who."""
    m = _FORGOT_EN.fullmatch(text)
    if not m or (gear := _gear_vi(m)) is None or not m["owner"]:
        return None
    who_, one = who_vi(m)
    have = (m["have"] or "").strip().lower().replace("’", "'")
    to = " ".join((m["to"] or "").lower().split())
    if (m["verb"] == "forgotten") != bool(have) or have and (have in ("has", "'s")) != one or \
            not own_thing(m, who_, one) or gear == "dây an toàn" and to not in ("wear", "fasten", "put on") or \
            to == "fasten" and gear != "dây an toàn" or have and m["again"]:
        return None
    doing = f"mang {gear}" if to in ("", "bring") else _on_vi(gear)
    return capitalised(f"{who_} {'lại ' * bool(m['again'])}quên {doing}{' rồi' * bool(have)}{stop(m['end'])}")
