"""Registering at the civil registry, both ways, written whole by rule: a marriage registered ("đăng ký kết hôn"), a
child's birth registered ("đăng ký khai sinh", "làm khai sinh cho con") or its birth certificate got done ("làm giấy
khai sinh cho con"), someone's death registered ("khai tử cho bà tôi"); who has to, will, has done it or not yet;
what papers it takes and where it is done. v8 (the rules on) reads "kết hôn" as married, "khai sinh" as nothing and
"khai tử" as opening: "Chúng tôi đi đăng ký kết hôn rồi." → "We're going to register married.", "Hôm qua chúng tôi đi
đăng ký kết hôn." → "Yesterday, we register married.", "Tôi phải đi đăng ký khai sinh cho con." → "I must go to sign up
for my baby.", "Tôi phải đi làm giấy khai sinh cho con." → "I have to go to paper for my baby.", "Tôi phải đi khai tử
cho bà tôi." → "I have to open my grandmother.", "Đăng ký kết hôn cần những giấy tờ gì?" → "What paper registrations
need?", "Làm giấy khai sinh ở đâu?" → "Where do papers do you?"; and back, "We registered our marriage yesterday." →
"Chúng tôi đăng ký hôn nhân của chúng tôi hôm qua.", "I have to register my baby's birth." → "Tôi phải đăng ký sinh
nở của em bé.", "I have to register my grandmother's death." → "Tôi phải đăng ký cái chết của bà.", "What documents do
I need to register a birth?" → "Tôi cần đăng ký tài liệu nào?".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) registering their own marriage, a birth for a child ("cho con", "cho
con gái tôi"; whose own, or the couple's for a wife or husband) or its birth certificate, or someone's death: with
"phải", "cần", "muốn", "định", "sẽ", "sắp", "đang", "không cần" (and "có … không?"), done ("rồi", "đã"), just ("vừa",
"mới"), not yet ("chưa"), asked "… chưa?", on a day behind (done) or ahead (mt.dates.near_days), at the ward or
commune office; what papers one needs for it, asked generally ("Đăng ký kết hôn cần những giấy tờ gì?") or by who;
where it is done, generally or where who has to. Left: "đi … rồi", "đã đi", "vừa đi" said of anyone but I, we, you
(done, or gone there?), a sentence with no tense word ("Chúng tôi đăng ký kết hôn ở phường.": did, or do?), "hôm nay"
(done, or to do?), "không" with no "cần" (didn't, or doesn't?), a name alone or a friend whose marriage or child it is
(his or hers?), a parent, grandparent or one courting registering "cho con" (whose child?), one courting registering
a marriage (his own, or the speaker's with him?), "mình" registering a marriage or a child's birth (I, or we two?), in
English "Does he has to" (a verb not bare after "Do", "Does") and kin registering "his", "her" or "their" someone's
death ("My mother … her father's death": "cô ấy" is no way to speak of one's mother; whose father?), a birth
certificate got (mt/notarising.py's "xin giấy khai sinh cho con", "get a birth certificate for my child"), copies and
notarising (mt/notarising.py), residence registered (mt/passports.py "tạm trú", mt/residence.py), weddings and being
married (mt/weddings.py, mt/family.py), a baby born or named (mt/newborns.py), "register" for anything else (a
course, a car), and anything else.
mt.phrasebook.translate tries these after mt/data_loss.py.

    >>> translate("Họ chưa đăng ký kết hôn.", "vi", "en"), translate("Where do you register a birth?", "en", "vi")
    ("They haven't registered their marriage yet.", 'Đăng ký khai sinh ở đâu?')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .names import named_his_her
from .people import NAMED_WHO
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, SOFTENED_QUESTION, WHOSE_OF, alternatives, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:kết\s+hôn|khai\s+sinh|khai\s+tử)"), "en": lazy(r"(?i:regist|birth\s+certificate)")}
# days behind (done then) and ahead (to do then); "hôm nay" is left: done today, or still to do?
_BEHIND = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái", "năm trước")
_AHEAD = near_days("ngày mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "tháng sau", "tháng tới")
_DAYS = _BEHIND | _AHEAD
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_CHILD = {"con": "baby", "bé": "baby", "em bé": "baby", "con trai": "son", "con gái": "daughter"}
_CHILD_VI = {"baby": "con", "child": "con", "son": "con trai", "daughter": "con gái"}
_UNIT = {"phường": "ward", "xã": "commune"}
# whose a child "cho con" is (whose not said): a wife's or husband's is the couple's; a parent's, a grandparent's or
# one courting's is not known (their own, or the speaker's?)
_COUPLES = {"my": "our", "your": "your", "his": "their", "her": "their", "our": "our", "their": "their"}
_COURTING = {"boyfriend", "girlfriend"}
_UNSURE = {"father", "mother", "grandfather", "grandmother"} | _COURTING

_DAY = rf"(?i:{alternatives(_DAYS)})"
_ACT = (r"(?P<act>(?i:đăng\s+k[ýí]\s+kết\s+hôn|(?:đăng\s+k[ýí]\s+|làm\s+)?khai\s+tử|(?:đăng\s+k[ýí]|làm)\s+khai\s+sinh|"
        r"làm\s+giấy\s+khai\s+sinh))")
_FOR = (rf"(?:\s+cho\s+(?:(?P<child>(?i:con\s+trai|con\s+gái|con|em\s+bé|bé))(?:\s+(?:của\s+)?(?P<cwhose>(?i:"
        rf"{alternatives(OWNERS)})))?|(?P<dead>{SOMEONE})))?")
_PLACE = r"(?:\s+ở\s+(?:(?:ủy|uỷ)\s+ban\s+(?:nhân\s+dân\s+)?|(?i:ubnd)\s+)?(?P<unit>phường|xã))?"
_AUX = r"(?P<aux>phải|cần|muốn|định|sẽ|sắp|đang|đã|vừa\s+mới|vừa|mới|chưa|không\s+cần)"
# who does it ("Tôi phải đi đăng ký khai sinh cho con.", "Hôm qua chúng tôi đi đăng ký kết hôn.")
_DOES = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:{_AUX}\s+)?(?:(?P<go>đi)\s+)?{_ACT}{_FOR}"
             rf"{_PLACE}(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<done>rồi))?(?:\s+(?P<chua>chưa))?{ASKED_END}")
# what papers, and where ("Đăng ký kết hôn cần những giấy tờ gì?", "Tôi cần những giấy tờ gì để đăng ký kết hôn?")
_PAPERS = r"(?:(?:những\s+)?(?P<papers>giấy\s+tờ|hồ\s+sơ)\s+gì|(?:những\s+)?gì)"
_BRING = r"(?:(?P<bring>mang(?:\s+theo)?)\s+|có\s+)?"
_NEEDS = lazy(rf"(?:(?i:đi|muốn)\s+)?{_ACT}{_FOR}\s+(?:thì\s+)?cần\s+{_BRING}{_PAPERS}{SOFTENED_QUESTION}")
_WHO_NEEDS = lazy(rf"{WHO}\s+cần\s+{_BRING}(?:những\s+)?(?P<papers>giấy\s+tờ|hồ\s+sơ)\s+gì\s+để\s+(?:đi\s+)?{_ACT}"
                  rf"{_FOR}{SOFTENED_QUESTION}")
_WHERE = lazy(rf"(?:(?:{WHO}\s+)?(?P<must>phải|cần)\s+)?(?:(?i:đi)\s+)?{_ACT}{_FOR}\s+ở\s+đâu{SOFTENED_QUESTION}")

# ... and in English: what is registered (whose marriage, whose child's birth, someone's death) or got done
_OBJ_EN = (rf"(?:(?P<mwhose>(?i:{WHOSE_WORDS}))\s+marriage|(?P<bwhose>(?i:{WHOSE_WORDS}))\s+(?P<child>baby|child|son|"
           rf"daughter)'s\s+birth(?P<cert>\s+certificate)?|(?P<dead>{SOMEONE_EN})'s\s+death)")
_AUX_EN = (r"(?P<aux>\s+(?:have|has|need|needs|want|wants|plan|plans)\s+to|\s+(?:do|does)\s+not\s+need\s+to|"
           r"\s+(?:don|doesn)'t\s+need\s+to|\s+will|'ll|(?:\s+(?:am|is|are)|'[msr]e?)\s+(?:going|about)\s+to|"
           r"\s+(?:am|is|are)|'m|'re|\s+(?:have|has)(?:\s+not|n't)?|'ve|'s)?")
_DOES_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<adv>just|already))?\s+"
                rf"(?P<verb>register|registers|registered|registering|get|gets|got|getting)\s+{_OBJ_EN}"
                r"(?P<donew>\s+done)?(?:\s+at\s+the\s+(?P<unit>ward|commune)\s+office)?"
                rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_GEN_EN = (r"(?P<{}>register\s+a\s+marriage|register\s+a\s+birth|register\s+a\s+baby's\s+birth|"
           r"register\s+a\s+death|get\s+a\s+birth\s+certificate)")
_GEN_VI = {"register a marriage": "đăng ký kết hôn", "register a birth": "đăng ký khai sinh",
           "register a baby's birth": "đăng ký khai sinh cho con", "register a death": "đăng ký khai tử",
           "get a birth certificate": "làm giấy khai sinh"}
_NEEDS_EN = lazy(rf"What\s+(?:(?P<papers>papers|documents)\s+)?do\s+(?P<who>you|I|we)\s+need\s+"
                 rf"(?P<bring>to\s+bring\s+)?to\s+{_GEN_EN.format('gen')}\s*\?+")
_WHERE_EN = lazy(rf"Where\s+do\s+(?:you\s+{_GEN_EN.format('gen')}|(?P<who>I|we)\s+have\s+to\s+(?:go\s+to\s+)?"
                 rf"{_GEN_EN.format('gen2')})\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who registers a marriage, a birth or a death or gets a birth
    certificate done, what papers it needs or where it is done; None for any other."""
    if src == "vi":
        return _does(text) or _needs(text) or _where(text)
    text = text.replace("’", "'")
    return _does_vi(text) or _needs_vi(text) or _where_vi(text)


def _act(m: re.Match) -> str:
    """The act of a match of _ACT, keyed: "đăng ký kết hôn", "khai sinh", "giấy khai sinh" or "khai tử"."""
    act = keyed(m["act"]).replace("kí", "ký")
    return ("đăng ký kết hôn" if "kết hôn" in act else "khai tử" if "tử" in act else
            "giấy khai sinh" if "giấy" in act else "khai sinh")


def _child_whose(m: re.Match, who_: str) -> str | None:
    """Whose a child "cho con" (whose not said) of a match of WHO is, in English, who said `who_`: who's own ("I":
    "my", "chị tôi": "her"), the couple's for a wife or husband ("our"); None for a parent, a grandparent, one courting
    ("Mẹ tôi … cho con": her own, or the speaker's?), a name alone or a friend (his or hers?)."""
    kin = NAMED_WHO.get(keyed(m["kin"] or ""))
    if kin in ("wife", "husband"):
        return _COUPLES[OWNERS[keyed(m["whose"])]]
    return None if kin in _UNSURE else whose_own(m, who_)


def _object(m: re.Match, who_: str | None) -> tuple[str, str] | None:
    """What a match of _ACT and _FOR registers, in English, and the verb it takes ("register", or "get" with "done"
    after): ("our marriage", "register"), ("my baby's birth", "register"), ("my son's birth certificate", "get"),
    ("my grandmother's death", "register"); a child's or a marriage's whose read of who (`who_`); None where whose
    is not known (one courting's marriage, "mình": I, or we?), or what is registered is not said ("khai tử" for no
    one, "kết hôn cho con")."""
    act = _act(m)
    if act == "khai tử":
        dead = m["dead"] and someone(m["dead"], "vi")
        return (f"{dead}'s death", "register") if dead and not pet(m["dead"], "vi") else None
    if m["dead"] or (act == "đăng ký kết hôn") == bool(m["child"]):
        return None
    if keyed(m["who"] or "") == "mình":
        return None  # ("Mình sẽ đi đăng ký kết hôn.": I, or we two, a couple?)
    kin = NAMED_WHO.get(keyed(m["kin"] or ""))
    if act == "đăng ký kết hôn":
        if kin in _COURTING:
            return None  # ("Bạn trai tôi … đăng ký kết hôn": his own, or his and the speaker's?)
        whose = _COUPLES[OWNERS[keyed(m["whose"])]] if kin in ("wife", "husband") else whose_own(m, who_ or "")
        return whose and (f"{whose} marriage", "register")
    owner = OWNERS[keyed(m["cwhose"])] if m["cwhose"] else who_ and _child_whose(m, who_)
    if not owner:
        return None
    child = _CHILD[keyed(m["child"])]
    return (f"{owner} {child}'s birth certificate", "get") if act == "giấy khai sinh" else (
        f"{owner} {child}'s birth", "register")


def _doing(obj: tuple[str, str], form: str, unit: str | None = None, day: str | None = None) -> str:
    """The verb in `form` ("register", "registers", "registering", "registered", as "register" is said) with what
    is registered, the office and the day: "registered our marriage at the ward office yesterday", "got my baby's
    birth certificate done"."""
    what, verb = obj
    if verb == "get":
        form = {"register": "get", "registers": "gets", "registering": "getting", "registered": "got"}[form]
    said = f"{form} {what}{' done' * (verb == 'get')}"
    return said + (f" at the {_UNIT[unit]} office" if unit else "") + (f" {_DAYS[keyed(day)]}" if day else "")


def _asked(m: re.Match) -> str | None:
    """How a match of _DOES asks: "" said, "không" ("có phải … không?"), "chưa" ("… chưa?"); None where the "?"
    and the asking words do not go together."""
    asked, aux = keyed(m["asked"] or m["chua"] or ""), keyed(m["aux"] or "")
    if bool(asked) != ("?" in m["end"]) or bool(m["ask"]) != (asked == "không"):
        return None
    if asked == "không" and aux not in ("phải", "cần", "muốn", "định") or asked == "chưa" and aux not in ("", "đã"):
        return None  # ("Bạn đã đăng ký kết hôn không?": did, or have?)
    return None if asked and (m["done"] or m["day0"] or m["day"]) else asked


def _does(text: str) -> str | None:
    """"Chúng tôi đi đăng ký kết hôn rồi." as "We've registered our marriage.", "Hôm qua chúng tôi đi đăng ký kết
    hôn." as "We registered our marriage yesterday.", "Tôi phải đi đăng ký khai sinh cho con." as "I have to register
    my baby's birth.", "Bạn đã làm giấy khai sinh cho con chưa?" as "Have you got your baby's birth certificate done
    yet?" (_DOES); None for anything else."""
    m = _DOES.fullmatch(text)
    if not m or animal(m) or (asked := _asked(m)) is None or m["day0"] and m["day"]:
        return None
    said = who(m, bool(asked))
    obj = said and _object(m, said[0])
    if not obj or asked == "chưa" and said[0] == "I":
        return None  # (asked of oneself whether done)
    (who_, one), aux, day = said, keyed(m["aux"] or ""), m["day0"] or m["day"]
    have, do, be = ("has", "does", "is") if one else ("have", "do", "am" if who_ == "I" else "are")
    # "đi … rồi" said of who is away may be "has gone to register": done only of I, we, you
    gone = m["go"] and who_ not in ("I", "we", "you")
    if asked == "không":
        need = {"phải": "have", "cần": "need", "muốn": "want", "định": "plan"}[aux]
        return f"{do.capitalize()} {who_} {need} to {_doing(obj, 'register', m['unit'])}?"
    if asked == "chưa":
        return None if gone else f"{have.capitalize()} {who_} {_doing(obj, 'registered', m['unit'])} yet?"
    if day:
        ahead = {"": f"{be} going to", "sẽ": "will", "định": f"plan{'s' * one} to"}
        if keyed(day) in _BEHIND and aux in ("", "đã") and not m["done"]:
            said_ = _doing(obj, "registered", m["unit"], day)
        elif keyed(day) in _AHEAD and aux in ahead and not m["done"]:
            said_ = f"{ahead[aux]} {_doing(obj, 'register', m['unit'], day)}"
        else:
            return None
        return capitalised(contracted(who_, said_) + stop(m["end"]))
    done = {"": f"{have}", "đã": f"{have}", "vừa": f"{have} just", "mới": f"{have} just", "vừa mới": f"{have} just"}
    ahead = {"phải": f"{have} to", "cần": f"need{'s' * one} to", "muốn": f"want{'s' * one} to", "sẽ": "will",
             "định": f"plan{'s' * one} to", "sắp": f"{be} about to", "không cần": f"{do}n't need to"}
    if aux in done and (m["done"] or aux):
        if gone or m["done"] and aux not in ("", "đã"):
            return None
        said_ = f"{done[aux]} {_doing(obj, 'registered', m['unit'])}"
    elif aux == "chưa" and not m["done"]:
        said_ = f"{have}n't {_doing(obj, 'registered', m['unit'])} yet"
    elif aux in ahead and not m["done"]:
        said_ = f"{ahead[aux]} {_doing(obj, 'register', m['unit'])}"
    elif aux == "đang" and not (m["done"] or m["go"]):
        said_ = f"{be} {_doing(obj, 'registering', m['unit'])}"
    else:
        return None  # (no tense word: "Chúng tôi đăng ký kết hôn ở phường.": did, or do?)
    return capitalised(contracted(who_, said_) + stop(m["end"]))


def _general(m: re.Match) -> str | None:
    """What a match of _ACT and _FOR with no who does, in general English: "register a marriage", "register a
    birth", "register a baby's birth", "get a birth certificate", "register a death"; None with whose or someone."""
    act = _act(m)
    if m["cwhose"] or m["dead"] or m["child"] and act in ("đăng ký kết hôn", "khai tử"):
        return None
    baby = "a baby's " if m["child"] and _CHILD[keyed(m["child"])] == "baby" else None if m["child"] else "a "
    return baby and {"đăng ký kết hôn": "register a marriage", "khai tử": "register a death",
                     "khai sinh": f"register {baby}birth", "giấy khai sinh": f"get {baby}birth certificate"}[act]


def _needs(text: str) -> str | None:
    """"Đăng ký kết hôn cần những giấy tờ gì?" as "What papers do you need to register a marriage?", "Làm giấy khai
    sinh cần gì?" as "What do you need to get a birth certificate?", "Tôi cần những giấy tờ gì để đăng ký kết hôn?"
    as "What papers do I need to register my marriage?" (_NEEDS, _WHO_NEEDS); None for anything else."""
    if m := _NEEDS.fullmatch(text):
        doing = _general(m)
        what = "What papers" if m["papers"] else "What"
        return doing and f"{what} do you need{' to bring' * bool(m['bring'])} to {doing}?"
    m = _WHO_NEEDS.fullmatch(text)
    said = m and not animal(m) and who(m, True)
    obj = said and _object(m, said[0])
    if not obj:
        return None
    do = "does" if said[1] else "do"
    return f"What papers {do} {said[0]} need{' to bring' * bool(m['bring'])} to {_doing(obj, 'register')}?"


def _where(text: str) -> str | None:
    """"Đăng ký kết hôn ở đâu?" as "Where do you register a marriage?", "Tôi phải đi đăng ký khai sinh cho con ở
    đâu?" as "Where do I have to register my baby's birth?" (_WHERE); None for anything else."""
    m = _WHERE.fullmatch(text)
    if not m or bool(m["must"]) != bool(m["who"] or m["kin"] or m["given"] or m["titled"]) or animal(m):
        return None  # ("Phải đăng ký kết hôn ở đâu?" is the general question, without "phải": left)
    if not m["must"]:
        doing = _general(m)
        return doing and f"Where do you {doing}?"
    said = who(m, True)
    obj = said and _object(m, said[0])
    if not obj:
        return None
    do, need = "does" if said[1] else "do", "have" if m["must"] == "phải" else "need"
    return f"Where {do} {said[0]} {need} to {_doing(obj, 'register')}?"


def _own_whose(m: re.Match, who_: str) -> str | None:
    """Whose who's own things are, of a match of WHO_EN (`who_` as who_vi gives it): "my" for "I", "her" for "my
    sister", "our" for "my wife" (the couple's), "her" for "Lan" (mt.names.named_his_her); None where not known."""
    if m["who"]:
        return WHOSE_OF[m["who"].lower()]
    if m["given"]:
        return named_his_her(m["given"])
    return "our" if m["kin"].lower() in ("wife", "husband") and m["whose"].lower() == "my" else his_her(who_)


def _object_vi(m: re.Match, who_: str) -> str | None:
    """What a match of _OBJ_EN registers, in Vietnamese: "đăng ký kết hôn" (who's own marriage), "đăng ký khai sinh
    cho con", "đăng ký khai sinh cho con trai tôi" (another's child), "làm giấy khai sinh cho con", "đăng ký khai tử
    cho bà tôi"; None where whose is not who's own (a marriage) nor said for sure (a child's, a death's after kin:
    "My mother … her father's")."""
    own = _own_whose(m, who_)
    if m["mwhose"]:
        return "đăng ký kết hôn" if own and m["mwhose"].lower() == own else None
    if m["dead"]:
        if m["kin"] and m["dead"].split()[0].lower() in ("his", "her", "their"):
            return None  # ("My mother … her father's death": "bố cô ấy" is no way to speak of one's mother; whose?)
        dead = someone(m["dead"], "en")
        return f"đăng ký khai tử cho {dead}" if dead and not pet(m["dead"], "en") else None
    whose, child = m["bwhose"].lower(), _CHILD_VI[m["child"]]
    if whose == own:
        kin = (m["kin"] or "").lower()
        owner = "" if kin not in _UNSURE else None
    else:
        owner = None if whose in ("his", "her", "their") else f" {WHOSE_VI[whose]}"
    if owner is None:
        return None  # ("My mother … her son": the speaker's brother, or hers?; "I … his son": whose?)
    return f"{'làm giấy khai sinh' if m['cert'] else 'đăng ký khai sinh'} cho {child}{owner}"


# English before the verb (the question's word, the auxiliary written out, the verb's form) → Vietnamese
_SAID_VI = {("", "have to", "register"): "phải đi", ("", "need to", "register"): "cần",
            ("", "want to", "register"): "muốn", ("", "plan to", "register"): "định đi",
            ("", "not need to", "register"): "không cần", ("", "will", "register"): "sẽ đi",
            ("", "be going to", "register"): "sẽ đi", ("", "be about to", "register"): "sắp",
            ("", "be", "registering"): "sẽ đi", ("", "", "registered"): "đã", ("", "have", "registered"): "đã",
            ("", "have not", "registered"): "chưa", ("have", "", "registered"): "đã",
            ("do", "have to", "register"): "có phải đi", ("do", "need to", "register"): "có cần",
            ("do", "want to", "register"): "có muốn", ("do", "plan to", "register"): "có định"}
_FORMS = {"get": "register", "gets": "registers", "getting": "registering", "got": "registered"}
_CANON = {"has": "have", "does": "do", "needs": "need", "wants": "want", "plans": "plan", "am": "be", "is": "be",
          "are": "be", "'m": "be", "'re": "be", "'ve": "have", "'ll": "will"}


def _does_vi(text: str) -> str | None:
    """"We've registered our marriage." as "Chúng tôi đã đăng ký kết hôn rồi.", "We registered our marriage
    yesterday." as "Hôm qua chúng tôi đi đăng ký kết hôn.", "I have to register my baby's birth." as "Tôi phải đi đăng
    ký khai sinh cho con.", "Have you registered your marriage yet?" as "Bạn đã đăng ký kết hôn chưa?" (_DOES_EN);
    None for anything else, where a verb does not agree with who, and whose is not said for sure."""
    m = _DOES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    verb, get = m["verb"], m["verb"] in _FORMS
    if get != bool(m["cert"]) or get != bool(m["donew"]):
        return None  # ("get my baby's birth certificate" without "done": collected, or made?)
    who_, one = who_vi(m)
    form = _FORMS.get(verb, verb)
    words = (m["aux"] or "").lower().replace("n't", " not").split()
    # after "Do" or "Does" the verb is bare ("Does he have to", not "Does he has to")
    bare = not m["q"] or words[:1] not in (["has"], ["needs"], ["wants"], ["plans"])
    if words[:1] == ["'s"]:
        words[0] = "has" if form == "registered" else "is"
    first = (m["q"] or (words or [""])[0]).lower()
    words = [_CANON.get(w, w) for w in words]
    if words[:2] == ["do", "not"]:
        words = words[1:]
    agrees = {"has": one, "does": one, "needs": one, "wants": one, "plans": one, "is": one, "'s": one,
              "am": who_ == "tôi", "'m": who_ == "tôi"}.get(first, not one or first in ("will", "'ll"))
    if form in ("register", "registers", "registered") and not (m["q"] or words):
        agrees = form == "registered" or (form == "registers") == one
    if first in ("are", "'re"):
        agrees = not one and who_ != "tôi"
    q = (m["q"] or "").lower()
    said = _SAID_VI.get(("do" if q in ("do", "does") else "have" if q else "", " ".join(words), form))
    obj = _object_vi(m, who_)
    if said is None or not (agrees and bare) or obj is None:
        return None
    day, adv, yet = keyed(m["day"] or ""), m["adv"], bool(m["yet"])
    behind, ahead = _DAYS_VI.get(day) if day in _BEHIND.values() else None, day in _AHEAD.values()
    if yet != (said == "chưa" or said == "đã" and bool(m["q"])):
        return None  # ("yet" with "haven't" and "Have … yet?", and only there)
    if words == ["be"] and not ahead or day and not (behind and said == "đã" and not words and not adv or
                                                    ahead and said in ("sẽ đi", "định đi")):
        return None  # ("We're registering our marriage.": now, or planned?; a day only with a past or a plan)
    if adv and (said != "đã" or m["q"]):
        return None
    place = f" ở ủy ban {'phường' if m['unit'] == 'ward' else 'xã'}" if m["unit"] else ""
    if m["q"]:
        return capitalised(f"{who_} {said} {obj}{place} {'chưa' if said == 'đã' else 'không'}?")
    if behind:
        return f"{capitalised(behind)} {who_} đi {obj}{place}{stop(m['end'])}"
    if ahead:
        return f"{capitalised(_DAYS_VI[day])} {who_} {said} {obj}{place}{stop(m['end'])}"
    if said == "đã":
        said = "vừa" if adv == "just" else said
        done = " rồi" if said == "đã" and (words or adv == "already") else ""
        return capitalised(f"{who_} {said} {obj}{place}{done}{stop(m['end'])}")
    return capitalised(f"{who_} {said} {obj}{place}{stop(m['end'])}")


def _needs_vi(text: str) -> str | None:
    """"What papers do you need to register a marriage?" as "Đăng ký kết hôn cần những giấy tờ gì?", "What documents
    do I need to register a birth?" as "Tôi cần những giấy tờ gì để đăng ký khai sinh?" (_NEEDS_EN); None for
    anything else."""
    m = _NEEDS_EN.fullmatch(text)
    if not m:
        return None
    doing, bring = _GEN_VI[" ".join(m["gen"].split())], "mang theo " if m["bring"] else ""
    what = "những giấy tờ gì" if m["papers"] else "những gì"
    if m["who"] == "you":
        return f"{capitalised(doing)} cần {bring}{what}?"
    who_ = "Tôi" if m["who"] == "I" else "Chúng tôi"
    return f"{who_} cần {bring}{what} để {doing}?" if m["papers"] else None


def _where_vi(text: str) -> str | None:
    """"Where do you register a marriage?" as "Đăng ký kết hôn ở đâu?", "Where do I have to go to register a birth?"
    as "Tôi phải đi đăng ký khai sinh ở đâu?" (_WHERE_EN); None for anything else."""
    m = _WHERE_EN.fullmatch(text)
    if not m:
        return None
    if m["gen"]:
        return f"{capitalised(_GEN_VI[' '.join(m['gen'].split())])} ở đâu?"
    return f"{'Tôi' if m['who'] == 'I' else 'Chúng tôi'} phải đi {_GEN_VI[' '.join(m['gen2'].split())]} ở đâu?"
