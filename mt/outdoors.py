"""Sun and insects outdoors, both ways, written whole by rule: sunburn, mosquito bites, insects about, sunscreen and
mosquito repellent had and put on, a hat in the sun. v8 reads "chống muỗi" as anti-dandruff, "cháy nắng" as
sunlight, "bôi" as make or get, and English "repellent" as the moon, "sunburnt" as heartburn: "Bạn có thuốc chống
muỗi không?" → "Do you have anti-dandruff medications?", "Tôi bị muỗi đốt khắp người." → "I'm mosquitoes all over.",
"Nhớ bôi kem chống nắng nhé." → "Let's get sunscreen.", "Mẹ tôi bị cháy nắng." → "My mother was sunlighted.",
"Lưng tôi bị cháy nắng." → "Lake me a sunlight.", "Ở đây có muỗi không?" → "Is there a mosquitoes here?", "Bạn đã
bôi kem chống nắng chưa?" → "Did you have a sunscreen?", "Đội mũ khi ra nắng nhé." → "Circumstances when they are
sunshine."; "Do you have any mosquito repellent?" → "Bạn có bất kỳ mặt trăng nào không?", "My back is sunburnt." →
"Lưng tôi bị ợ nóng.", "Put on sunscreen." → "Đặt vào kem chống nắng.", "Wear a hat in the sun." → "Đi tiêu một cái
nón trong ánh nắng mặt trời.", "I've got mosquito bites all over." → "Tôi đã bị động tác cắn tất cả.".

Taken: who (mt.hobbies.WHO, WHO_EN) got sunburnt (all over), or not, or asked ("Did you get sunburnt?", "Are you
sunburnt?"); a part of the body of SKIN sunburnt, said or asked; who bitten all over by mosquitoes, ants or insects;
PESTS (mosquitoes, insects, ants, flies, cockroaches) here, in the room: there are (so many, a lot of), asked, none;
who has GUARDS (sunscreen, mosquito or insect repellent) or not, said or asked; putting them on: told ("Bôi kem chống
nắng nhé.", "Nhớ …", "Đừng quên …"), asked (have, did, should, need), said (have, have just, forgot to, have not yet,
should, need to, have to); a hat or sunglasses worn in the sun, told or "you should". Left: "Tôi bị cháy nắng." (the
phrasebook's), "I got sunburnt." (mt/ailments.py), "Tôi bị muỗi đốt." and bites without "all over"
(mt/injuries.py), sunscreen sold (mt/patterns.py) or brought along (mt/bring_along.py), the weather
(mt/weather*.py), "Nhớ đội mũ nhé." without the sun (a helmet, on a motorbike?), "anh", "chị", "em" alone saying it
(the speaker or "you": mt.hobbies.who), "bôi" with no time ("Tôi bôi kem chống nắng.": did, does or will?), itchy
bites, one insect.
mt.phrasebook.translate tries these after mt/alarms.py.

    >>> translate("Bạn có thuốc chống muỗi không?", "vi", "en"), translate("My back is sunburnt.", "en", "vi")
    ('Do you have any mosquito repellent?', 'Lưng tôi bị cháy nắng.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, be_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import (
    ASKED_END,
    BE_EN,
    SOFTENED_END,
    SOFTENER,
    alternatives,
    be_said,
    capitalised,
    contracted,
    keyed,
    present,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nắng|muỗi|côn\s+trùng|kiến|ruồi|gián|mũ|nón|kính)"),
         "en": lazy(r"(?i:sun|mosquito|insect|bug|\bant|flies|cockroach|repellent|\bhat)")}

# what keeps off the sun and the mosquitoes (the first Vietnamese of each is written back)
GUARDS = {"kem chống nắng": "sunscreen", "thuốc chống muỗi": "mosquito repellent",
          "kem chống muỗi": "mosquito repellent", "xịt chống muỗi": "mosquito repellent",
          "thuốc xịt chống muỗi": "mosquito repellent", "thuốc chống côn trùng": "insect repellent"}
GUARDS_VI = {en: vi for vi, en in reversed(GUARDS.items())} | {
    "sun cream": "kem chống nắng", "suncream": "kem chống nắng", "sunblock": "kem chống nắng",
    "mosquito spray": "thuốc chống muỗi", "bug spray": "thuốc chống muỗi"}
# parts of the body the sun burns ("tay", "chân", "vai": the arms, the legs, the shoulders, both of them)
SKIN = {"lưng": "back", "vai": "shoulders", "mặt": "face", "mũi": "nose", "cổ": "neck", "gáy": "neck", "tay": "arms",
        "cánh tay": "arms", "chân": "legs", "da": "skin", "trán": "forehead"}
SKIN_VI = {en: vi for vi, en in reversed(SKIN.items())} | {"shoulder": "vai", "arm": "tay", "leg": "chân"}
_SKIN_MANY = {"shoulders", "arms", "legs"}
# what bites and comes about in numbers (English says them as many)
PESTS = {"muỗi": "mosquitoes", "côn trùng": "insects", "kiến": "ants", "ruồi": "flies", "gián": "cockroaches"}
PESTS_VI = {en: vi for vi, en in PESTS.items()} | {"mosquitos": "muỗi", "bugs": "côn trùng"}
_BITERS = {"muỗi", "kiến", "côn trùng"}
_WHERE = {"ở đây": "here", "chỗ này": "here", "ở chỗ này": "here", "trong phòng": "in the room",
          "trong phòng này": "in this room", "trong nhà": "in the house"}
_WHERE_VI = {en: vi for vi, en in reversed(_WHERE.items())} | {"in here": "ở đây", "around here": "ở đây"}
# worn in the sun, with the verb Vietnamese wears it with
_WORN = {"mũ": ("đội", "a hat"), "nón": ("đội", "a hat"), "kính râm": ("đeo", "sunglasses"),
         "kính mát": ("đeo", "sunglasses")}
_WORN_VI = {"a hat": "đội mũ", "a sun hat": "đội mũ", "your hat": "đội mũ", "sunglasses": "đeo kính râm",
            "your sunglasses": "đeo kính râm"}

_GUARD, _GUARD_EN = rf"(?P<guard>(?i:{alternatives(GUARDS)}))", rf"(?P<guard>(?i:{alternatives(GUARDS_VI)}))"
_ALL = r"(?:\s+(?P<all>khắp\s+(?:cả\s+)?người|hết\s+cả\s+người))?"
# "Mẹ tôi bị cháy nắng.", "Bạn có bị cháy nắng không?"; "Lưng tôi bị cháy nắng rồi."; "Tôi bị muỗi đốt khắp người."
_BURNT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:đã\s+)?bị\s+cháy\s+nắng{_ALL}"
              rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
_PART = lazy(rf"(?P<part>(?i:{alternatives(SKIN)}))\s+(?:của\s+)?(?:(?P<whose>(?i:{alternatives(OWNERS)}))|"
             rf"(?P<someone>{SOMEONE}))\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:đã\s+)?bị\s+cháy\s+nắng"
             rf"(?:\s+rồi)?{ASKED_END}")
_BITTEN = lazy(rf"{WHO}\s+(?:đã\s+)?bị\s+(?P<pest>{alternatives(_BITERS)})\s+(?:đốt|cắn)\s+"
               rf"(?P<all>khắp\s+(?:cả\s+)?người|hết\s+cả\s+người)(?:\s+rồi)?{SOFTENED_END}")
# "Ở đây nhiều muỗi quá.", "Ở đây có muỗi không?", "Trong phòng không có muỗi."
_HERE = rf"(?:(?P<where>(?i:{alternatives(_WHERE)}))\s+)"
_PEST = rf"(?P<pest>(?i:{alternatives(PESTS)}))"
_MANY = lazy(rf"{_HERE}?(?:(?P<has>(?i:có))\s+)?(?:(?P<many>(?i:nhiều))\s+)?{_PEST}(?:\s+(?P<many2>nhiều))?"
             r"(?:\s+(?P<so>quá|lắm|thế|vậy))?\s*(?P<end>[.!]*)")
_ANY = lazy(rf"{_HERE}có\s+(?:(?P<many>nhiều)\s+)?{_PEST}\s+không{SOFTENER}\s*\?+")
_NONE = lazy(rf"{_HERE}(?:không|chẳng)\s+có\s+{_PEST}(?:\s+(?:nào|đâu))?(?:\s+cả)?\s*[.!]*")
# "Bạn có thuốc chống muỗi không?", "Tôi không có kem chống nắng."
_HAVE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không\s+có)\s+)?{_GUARD}{ASKED_END}")
# put on ("bôi kem chống nắng", "thoa thêm kem chống nắng vào"): told, asked, said
_PUT = rf"(?P<verb>bôi|thoa|xoa|xịt)(?P<more>\s+thêm)?\s+{_GUARD}(?:\s+(?:vào|lên\s+người|lên\s+da))?"
# (told: "anh", "em" … only reminding, as in mt/bring_along.py)
_TELLING = (r"(?:(?P<you>bạn|các\s+bạn|anh|chị|em|con|cậu)\s+)?(?:(?P<remember>(?:hãy\s+)?nhớ)\s+|"
            r"(?P<dont>đừng\s+quên)\s+|(?P<please>hãy)\s+")
_TAIL = r"(?:\s+(?P<tail>nhé|nha|nhá|đi))?\s*[.!]*"
_TOLD = lazy(rf"{_TELLING})?{_PUT}{_TAIL}", re.IGNORECASE)
_PUT_ASKED = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<ask>có)\s+)?{_PUT}\s+(?P<q>chưa|không){SOFTENER}\s*\?+")
_PUTS = {"đã": "have", "": "have", "vừa": "just", "vừa mới": "just", "mới": "just", "quên": "forgot",
         "quên mất": "forgot", "chưa": "not yet", "nên": "should", "cần": "need", "phải": "must"}
_PUT_SAID = lazy(rf"{WHO}\s+(?:(?P<how>{alternatives(_PUTS)})\s+)?{_PUT}(?:\s+(?P<done>rồi))?\s*[.!]*")
# a hat in the sun ("Đội mũ khi ra nắng nhé.", "Bạn nên đeo kính râm.")
_SUN = r"(?P<sun>\s+khi\s+(?:(?:đi\s+)?ra\s+(?:ngoài\s+)?nắng|(?:ở\s+)?ngoài\s+(?:trời\s+)?nắng|trời\s+nắng))?"
_HAT = lazy(rf"{_TELLING}|(?P<should>nên)\s+)?(?P<verb>đội|đeo)\s+(?P<worn>{alternatives(_WORN)}){_SUN}{_TAIL}",
                  re.IGNORECASE)


# ... and in English
_BURNT_EN = lazy(rf"(?:(?P<q>Did|Are|Is|Am)\s+)?{WHO_EN}(?:\s+(?P<get>get|got|didn['’]t\s+get|did\s+not\s+get)"
                 rf"|{BE_EN}(?P<not>\s+not|n['’]t)?)?\s+sunburn(?:ed|t)(?P<all>\s+all\s+over)?\s*(?P<end>[.!?]*)")
_PART_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?(?:(?P<whose>(?i:{alternatives(WHOSE_VI)}))|"
                rf"(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<part>{alternatives(SKIN_VI)})"
                r"(?P<be>\s+is|\s+are|['’]s|\s+got)?(?P<not>\s+not|n['’]t)?\s+sunburn(?:ed|t)\s*(?P<end>[.!?]*)")
_PESTS_EN = rf"(?P<pest>{alternatives(PESTS_VI)})"
_BITTEN_EN = lazy(rf"{WHO_EN}(?:(?P<have>['’]ve|\s+have|['’]s|\s+has)\s+been|\s+got)\s+bitten"
                  rf"(?P<all>\s+all\s+over)?\s+by\s+{_PESTS_EN}(?(all)|\s+all\s+over)\s*[.!]*")
_BITES_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)(?:\s+got)?\s+mosquito\s+bites\s+all\s+over\s*[.!]*")
_THERE_EN = lazy(rf"There\s+(?:are|['’]re)(?P<not>\s+not|n['’]t|\s+no)?\s+(?P<how>(?:any|so\s+many|too\s+many|"
                 rf"a\s+lot\s+of|lots\s+of|many)\s+)?{_PESTS_EN}(?:\s+(?P<where>{alternatives(_WHERE_VI)}))?"
                 r"\s*(?P<end>[.!]*)")
_ANY_EN = lazy(rf"Are\s+there\s+(?P<how>(?:any|many|a\s+lot\s+of|lots\s+of)\s+)?{_PESTS_EN}"
               rf"(?:\s+(?P<where>{alternatives(_WHERE_VI)}))?\s*\?+")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                rf"\s+(?P<verb>have|has)\s+(?:(?P<det>any|some)\s+)?{_GUARD_EN}\s*(?P<end>[.!?]*)")
# put on ("put on sunscreen", "put some more sunscreen on", "apply sunscreen", "wear sunscreen")
_PUT_EN = (r"(?P<verb>put(?P<on>\s+on)?|apply|applied|wear|worn)\s+(?P<some>(?:some|any)\s+)?(?P<more>more\s+)?"
           rf"{_GUARD_EN}(?(on)|(?P<on2>\s+on)?)")
_TELLING_EN = (r"(?:(?i:please)\s+)?(?:(?P<remember>(?i:remember\s+to|make\s+sure\s+(?:you|to)))\s+|"
               r"(?P<dont>(?i:don['’]t|do\s+not)\s+forget\s+to)\s+")
_TOLD_EN = lazy(rf"{_TELLING_EN})?(?i:{_PUT_EN})(?:,?\s+please)?\s*[.!]*")
_ASKED_EN = lazy(rf"(?P<q>Have|Has|Did|Should|Do|Does)\s+{WHO_EN}(?P<need>\s+need\s+to)?\s+{_PUT_EN}"
                 r"(?P<yet>\s+yet)?\s*\?+")
_SAID_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|['’]s|\s+have|\s+has|\s+forgot\s+to|\s+should|\s+needs?\s+to|"
                r"\s+ha(?:ve|s)\s+to|\s+haven['’]t|\s+hasn['’]t|\s+have\s+not|\s+has\s+not)"
                rf"(?P<already>\s+already|\s+just)?\s+{_PUT_EN}(?P<yet>\s+yet)?\s*[.!]*")
# ... what each says in Vietnamese (written out, as said of "I": "has" → "have", "hasn't" → "have not")
_SAID_VI = {"have": "đã", "forgot to": "quên", "should": "nên", "need to": "cần", "have to": "phải", "have not": "chưa"}
_ONE = {"has": "have", "needs": "need"}
_NT = "n't"  # (in an f-string of Python 3.11)
_HAT_EN = lazy(rf"{_TELLING_EN}|(?P<should>You\s+should)\s+)?(?i:wear|put\s+on)\s+(?P<worn>"
               rf"{alternatives(_WORN_VI)})(?P<sun>\s+in\s+the\s+sun|\s+when\s+you(?:['’]re|\s+are|\s+go)\s+"
               r"out\s+in\s+the\s+sun)?(?:,?\s+please)?\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about sunburn, insect bites, insects about, sunscreen, repellent or a hat in the
    sun; None for any other."""
    if src == "vi":
        return (_burnt(text) or _part(text) or _bitten(text) or _pests(text) or _have(text) or _told(text) or
                _put_asked(text) or _put_said(text) or _hat(text))
    return (_burnt_vi(text) or _part_vi(text) or _bitten_vi(text) or _pests_vi(text) or _have_vi(text) or
            _told_vi(text) or _put_asked_vi(text) or _put_said_vi(text) or _hat_vi(text))


def _asked_right(m: re.Match) -> bool:
    """Whether a match of a pattern ending with ASKED_END asks as its end says: "không" with "?", "có" only asking."""
    asked = bool(m["asked"])
    return asked == ("?" in m["end"]) and (asked or not m["ask"])


def _burnt(text: str) -> str | None:
    """"Mẹ tôi bị cháy nắng." as "My mother got sunburnt.", "Bạn có bị cháy nắng không?" as "Did you get
    sunburnt?", "Tôi không bị cháy nắng." as "I didn't get sunburnt." (_BURNT); None for anything else."""
    m = _BURNT.fullmatch(text)
    if not m or not _asked_right(m) or m["not"] and (m["asked"] or m["done"] or m["all"]) or (
            said := who(m, bool(m["asked"]))) is None:
        return None
    all_over = " all over" if m["all"] else ""
    if m["asked"]:
        return f"Did {said[0]} get sunburnt{all_over}?"
    got = "didn't get" if m["not"] else "got"
    return capitalised(f"{said[0]} {got} sunburnt{all_over}.")


def _whose(m: re.Match, lang: str) -> str | None:
    """Whose of a match of _PART or _PART_EN in the other language ("my", "my mother's"; "tôi", "mẹ tôi")."""
    if m["whose"]:
        return OWNERS[keyed(m["whose"])] if lang == "vi" else WHOSE_VI[m["whose"].lower()]
    named = someone(m["someone"], lang)
    return named and (f"{named}'s" if lang == "vi" else named)


def _part(text: str) -> str | None:
    """"Lưng tôi bị cháy nắng." as "My back is sunburnt.", "Vai bạn có bị cháy nắng không?" as "Are your shoulders
    sunburnt?" (_PART); None for anything else."""
    m = _PART.fullmatch(text)
    if not m or not _asked_right(m) or m["not"] and m["asked"] or (whose := _whose(m, "vi")) is None:
        return None
    part = SKIN[keyed(m["part"])]
    be_ = "are" if part in _SKIN_MANY else "is"
    if m["asked"]:
        return f"{be_.capitalize()} {whose} {part} sunburnt?"
    return capitalised(f"{whose} {part} {be_}{_NT if m['not'] else ''} sunburnt.")


def _bitten(text: str) -> str | None:
    """"Tôi bị muỗi đốt khắp người." as "I've been bitten all over by mosquitoes." (_BITTEN); None for anything
    else ("Tôi bị muỗi đốt." is mt/injuries.py's)."""
    m = _BITTEN.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    have = "has" if said[1] else "have"
    return capitalised(contracted(said[0], f"{have} been bitten all over by {PESTS[keyed(m['pest'])]}."))


def _pests(text: str) -> str | None:
    """"Ở đây nhiều muỗi quá." as "There are so many mosquitoes here.", "Ở đây có muỗi không?" as "Are there any
    mosquitoes here?", "Trong phòng không có muỗi." as "There aren't any mosquitoes in the room." (_MANY, _ANY,
    _NONE); None for anything else, and for "Muỗi quá." (many?), "Có muỗi." (here? you have?)."""
    if m := _ANY.fullmatch(text):
        pest, where = PESTS[keyed(m["pest"])], _WHERE[keyed(m["where"])]
        return f"Are there {'many' if m['many'] else 'any'} {pest} {where}?"
    if m := _NONE.fullmatch(text):
        return f"There aren't any {PESTS[keyed(m['pest'])]} {_WHERE[keyed(m['where'])]}."
    m = _MANY.fullmatch(text)
    if not m or m["many"] and m["many2"] or not (m["many"] or m["many2"] or m["has"] and m["where"]) or \
            m["so"] and not (m["many"] or m["many2"]):
        return None
    so = keyed(m["so"] or "")
    how = "so many " if so in ("quá", "thế", "vậy") else "a lot of " if m["many"] or m["many2"] else ""
    where = f" {_WHERE[keyed(m['where'])]}" if m["where"] else ""
    return f"There are {how}{PESTS[keyed(m['pest'])]}{where}{'!' if '!' in m['end'] else '.'}"


def _have(text: str) -> str | None:
    """"Bạn có thuốc chống muỗi không?" as "Do you have any mosquito repellent?", "Tôi không có kem chống nắng." as "I
    don't have any sunscreen." (_HAVE); None for anything else, and for "Tôi kem chống nắng." (no verb)."""
    m = _HAVE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or not (m["ask"] or m["not"]) or m["not"] and m["asked"] or (
            said := who(m, bool(m["asked"]))) is None:
        return None
    (who_, one), guard = said, GUARDS[keyed(m["guard"])]
    some = "any" if m["asked"] or m["not"] else "some"
    return present(who_, one, "have", f"{some} {guard}", bool(m["asked"]), bool(m["not"]))


def _told_right(m: re.Match, told: bool) -> bool:
    """Whether a match of _TELLING tells the one spoken to: reminding ("nhớ", "đừng quên"; "anh", "em" … too, but
    "Bạn nhớ …" with no "nhé": recalls?), or with "hãy", "nhé" … (`told`) after "bạn" or no one."""
    if m["remember"] or m["dont"]:
        return not (m["you"] and m["remember"] and not m["tail"])
    return bool(told) and keyed(m["you"] or "") in ("", "bạn", "các bạn")


def _guard_en(m: re.Match, told: bool = False) -> str:
    """What is put on, of a match of _PUT, in English: "sunscreen", "more sunscreen"; told, "some sunscreen"."""
    return f"{'some ' * told}{'more ' * bool(m['more'])}{GUARDS[keyed(m['guard'])]}"


def _told(text: str) -> str | None:
    """"Bôi kem chống nắng nhé." as "Put on some sunscreen.", "Nhớ bôi …" as "Remember to put on …", "Đừng quên …" as
    "Don't forget to …" (_TOLD); None for anything else, "Bạn bôi …" (said or told?), "Anh bôi …" but reminding."""
    if not (m := _TOLD.fullmatch(text)) or not _told_right(m, m["please"] or m["tail"]):
        return None
    if not (m["remember"] or m["dont"]):
        return f"Put on {_guard_en(m, True)}."
    return ("Remember" if m["remember"] else "Don't forget") + f" to put on {_guard_en(m)}."


def _put_asked(text: str) -> str | None:
    """"Bạn đã bôi kem chống nắng chưa?" as "Have you put on sunscreen yet?", "Bạn có bôi kem chống nắng không?" as
    "Did you put on sunscreen?" (_PUT_ASKED); None for anything else."""
    m = _PUT_ASKED.fullmatch(text)
    if not m or (said := who(m, True)) is None or m["ask"] and keyed(m["q"]) == "chưa":
        return None
    who_, one = said
    if keyed(m["q"]) == "chưa":
        return f"{'Has' if one else 'Have'} {who_} put on {_guard_en(m)} yet?"
    return f"Did {who_} put on {_guard_en(m)}?"


def _put_said(text: str) -> str | None:
    """"Tôi đã bôi kem chống nắng rồi." as "I've already put on sunscreen.", "Tôi quên bôi …" as "I forgot to put on …",
    "Bạn nên bôi …" as "You should put on …" (_PUT_SAID); None for anything else, and for "Tôi bôi …" (did or will?)."""
    m = _PUT_SAID.fullmatch(text)
    if not m or (said := who(m, False)) is None:
        return None
    how, (who_, one), guard = _PUTS[keyed(m["how"] or "")], said, _guard_en(m)
    if m["done"] and how != "have" or how == "have" and not (m["how"] or m["done"]):
        return None
    have = "has" if one else "have"
    if how in ("have", "just"):
        return capitalised(contracted(who_, f"{have} {'already ' if m['done'] else 'just ' * (how == 'just')}"
                                            f"put on {guard}."))
    said_ = {"forgot": "forgot to put on", "not yet": f"{have}{_NT} put on", "should": "should put on",
             "need": f"need{'s' * one} to put on", "must": f"{'has' if one else 'have'} to put on"}[how]
    return capitalised(f"{who_} {said_} {guard}{' yet' * (how == 'not yet')}.")


def _hat(text: str) -> str | None:
    """"Đội mũ khi ra nắng nhé." as "Wear a hat in the sun.", "Nhớ đeo kính râm nhé." as "Remember to wear sunglasses.",
    "Bạn nên …" as "You should …" (_HAT); None for anything else, "đeo mũ", "đội kính" and a hat without the sun."""
    if not (m := _HAT.fullmatch(text)):
        return None
    verb, worn = _WORN[keyed(m["worn"])]
    you = keyed(m["you"] or "")
    if keyed(m["verb"]) != verb or worn == "a hat" and not m["sun"] or m["should"] and (
            m["tail"] or you not in ("bạn", "các bạn")) or not m["should"] and not _told_right(
            m, m["please"] or m["tail"] or m["sun"]):
        return None
    told = "You should wear" if m["should"] else "Remember to wear" if m["remember"] else \
        "Don't forget to wear" if m["dont"] else "Wear"
    return f"{told} {worn}{' in the sun' * bool(m['sun'])}."


def _burnt_vi(text: str) -> str | None:
    """"Did you get sunburnt?" and "Are you sunburnt?" as "Bạn có bị cháy nắng không?", "I didn't get sunburnt." as
    "Tôi không bị cháy nắng.", "I got sunburnt all over." as "Tôi bị cháy nắng khắp người." (_BURNT_EN); None for
    anything else, where "is" does not agree with who, and for "I got sunburnt." (mt/ailments.py's)."""
    m = _BURNT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    (who_, one), get, q = who_vi(m), " ".join((m["get"] or "").split()).replace("’", "'"), (m["q"] or "").lower()
    be_ = q if q not in ("", "did") else be_said(m["be"] or "")
    not_ = bool(m["not"] or get.startswith("did"))
    if (get == "get") != (q == "did") or q and (m["be"] or m["not"]) or not (q or get or m["be"]) or be_ and (
            be_ != be_of(who_, one)) or not_ and m["all"] or not (q or not_ or m["all"]):
        return None  # ("Are she …", "I got sunburnt.": mt/ailments.py's)
    all_over = " khắp người" if m["all"] else ""
    if m["q"]:
        return capitalised(f"{who_} có bị cháy nắng{all_over} không?")
    return capitalised(f"{who_} {'không ' * not_}bị cháy nắng{all_over}.")


def _part_vi(text: str) -> str | None:
    """"My back is sunburnt." as "Lưng tôi bị cháy nắng.", "Are your shoulders sunburnt?" as "Vai bạn có bị cháy
    nắng không?" (_PART_EN); None for anything else, and where "is" or "are" does not agree with the part."""
    m = _PART_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or (
            whose := _whose(m, "en")) is None:
        return None
    be_, many = be_said(m["q"] or m["be"]), m["part"] in _SKIN_MANY
    if be_ != "got" and be_ != ("are" if many else "is") or m["not"] and (be_ == "got" or m["q"]):
        return None
    part = SKIN_VI[m["part"]]
    if m["q"]:
        return capitalised(f"{part} {whose} có bị cháy nắng không?")
    return capitalised(f"{part} {whose} {'không ' * bool(m['not'])}bị cháy nắng.")


def _bitten_vi(text: str) -> str | None:
    """"I've been bitten all over by mosquitoes." and "I've got mosquito bites all over." as "Tôi bị muỗi đốt khắp
    người." (_BITTEN_EN, _BITES_EN); None for anything else, and where "has" does not agree with who."""
    if not (m := _BITTEN_EN.fullmatch(text) or _BITES_EN.fullmatch(text)):
        return None
    (who_, one), pest = who_vi(m), PESTS_VI[m["pest"].lower()] if "pest" in m.re.groupindex else "muỗi"
    if m["have"] and (m["have"].strip().lower() in ("has", "'s", "’s")) != one:
        return None
    return capitalised(f"{who_} bị {pest} {'đốt' if pest == 'muỗi' else 'cắn'} khắp người.")


def _pests_vi(text: str) -> str | None:
    """"There are so many mosquitoes here." as "Ở đây có nhiều muỗi quá.", "Are there any mosquitoes here?" as "Ở
    đây có muỗi không?", "There aren't any …" as "… không có …" (_THERE_EN, _ANY_EN); None for anything else."""
    if not (m := _THERE_EN.fullmatch(text) or _ANY_EN.fullmatch(text)):
        return None
    how, asked = " ".join((m["how"] or "").split()), m.re == _ANY_EN
    not_ = "" if asked else (m["not"] or "").strip()
    if how == "any" and not (asked or not_) or not_ == "no" and how or not_ and how not in ("", "any"):
        return None  # ("There are any …", "There are no any …", "There aren't so many …")
    where = f"{_WHERE_VI[keyed(m['where'])]} " if m["where"] else ""
    many = "nhiều " if how in ("so many", "too many", "a lot of", "lots of", "many") else ""
    said = f"{where}{'không ' * bool(not_)}có {many}{PESTS_VI[m['pest'].lower()]}"
    return capitalised(f"{said} không?" if asked else f"{said}{' quá' * (how in ('so many', 'too many'))}.")


def _have_vi(text: str) -> str | None:
    """"Do you have any mosquito repellent?" as "Bạn có thuốc chống muỗi không?", "I don't have any sunscreen." as
    "Tôi không có kem chống nắng." (_HAVE_EN); None for anything else, and where the verb does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    (who_, one), aux = who_vi(m), (m["q"] or m["not"] or "").split()
    said_one = aux[0].lower().startswith("does") if aux else m["verb"] == "has"
    if said_one != one or aux and m["verb"] == "has" or m["det"] == ("some" if aux else "any"):
        return None
    guard = GUARDS_VI[keyed(m["guard"])]
    if m["q"]:
        return capitalised(f"{who_} có {guard} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}có {guard}.")


def _put_vi(m: re.Match, forms: str) -> str | None:
    """What is put on, of a match of _PUT_EN, in Vietnamese after "bôi" ("kem chống nắng", "thêm kem chống nắng");
    None where the verb is not of `forms` ("base": put, apply, wear; "done": put, applied, worn) or "put" lacks "on"."""
    verb = m["verb"].split()[0].lower()
    if verb not in ({"put", "apply", "wear"} if forms == "base" else {"put", "applied", "worn"}) or (
            verb == "put") != bool(m["on"] or m["on2"]) or m["some"] and m["some"].strip().lower() == "any":
        return None
    return f"{'thêm ' * bool(m['more'])}{GUARDS_VI[keyed(m['guard'])]}"


def _told_vi(text: str) -> str | None:
    """"Put on some sunscreen." as "Bôi kem chống nắng nhé.", "Remember to put on sunscreen." as "Nhớ bôi kem chống
    nắng nhé.", "Don't forget to …" as "Đừng quên bôi … nhé." (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    if not m or (guard := _put_vi(m, "base")) is None:
        return None
    told = "Nhớ bôi" if m["remember"] else "Đừng quên bôi" if m["dont"] else "Bôi"
    return f"{told} {guard} nhé."


def _put_asked_vi(text: str) -> str | None:
    """"Have you put on sunscreen (yet)?" as "Bạn đã bôi kem chống nắng chưa?", "Did you …?" as "Bạn có bôi … không?",
    "Should I …?" as "Tôi có nên bôi … không?" (_ASKED_EN); None for anything else, and where "has", "does" disagree."""
    if not (m := _ASKED_EN.fullmatch(text)):
        return None
    (who_, one), q = who_vi(m), m["q"].lower()
    guard = _put_vi(m, "done" if q in ("have", "has") else "base")
    if guard is None or q in ("have", "has", "do", "does") and (q in ("has", "does")) != one or (
            q in ("do", "does")) != bool(m["need"]) or m["yet"] and q not in ("have", "has"):
        return None
    said = {"have": "đã bôi", "has": "đã bôi", "did": "có bôi", "should": "có nên bôi"}.get(q, "có cần bôi")
    return capitalised(f"{who_} {said} {guard} {'chưa' if said == 'đã bôi' else 'không'}?")


def _put_said_vi(text: str) -> str | None:
    """"I've already put on sunscreen." as "Tôi đã bôi kem chống nắng rồi.", "I forgot to …" as "Tôi quên bôi …", "She
    hasn't … yet." as "Cô ấy chưa bôi …" (_SAID_EN, _SAID_VI); None for anything else, and where the verb disagrees."""
    if not (m := _SAID_EN.fullmatch(text)):
        return None
    aux = keyed(m["aux"].replace("’", "'").replace("'ve", " have").replace("'s", " has").replace("n't", " not"))
    (who_, one), first = who_vi(m), aux.split()[0]
    said = _SAID_VI[" ".join([_ONE.get(first, first), *aux.split()[1:]])]
    guard, already = _put_vi(m, "done" if said in ("đã", "chưa") else "base"), keyed(m["already"] or "")
    if guard is None or first not in ("forgot", "should") and (first in _ONE) != one or already and said != "đã" or \
            m["yet"] and said != "chưa":
        return None
    if said == "đã":
        return capitalised(f"{who_} vừa bôi {guard}." if already == "just" else f"{who_} đã bôi {guard} rồi.")
    return capitalised(f"{who_} {said} bôi {guard}.")


def _hat_vi(text: str) -> str | None:
    """"Wear a hat in the sun." as "Đội mũ khi ra nắng nhé.", "Remember to wear sunglasses." as "Nhớ đeo kính râm
    nhé.", "You should wear a hat." as "Bạn nên đội mũ." (_HAT_EN); None for anything else."""
    if not (m := _HAT_EN.fullmatch(text)):
        return None
    worn = _WORN_VI[keyed(m["worn"])] + " khi ra nắng" * bool(m["sun"])
    if m["should"]:
        return f"Bạn nên {worn}."
    return capitalised(f"{'Nhớ ' if m['remember'] else 'Đừng quên ' if m['dont'] else ''}{worn} nhé.")
