"""Fortune tellers, star signs, the Chinese zodiac and superstition, both ways, written whole by rule. v8 (rules on)
reads "xem bói" as watching or a massage, "bói toán" as accounting, "phong thủy" as glasses, "mê tín" as passing,
"tử vi" as a video, "cung" as supply, "tuổi" as an age, "fortune teller" as one who tells of property, "feng shui" as
shrimp, "horoscopes" as coughing and "superstitious" as desperate: "Tôi đi xem bói." → "I went to watch me.", "Thầy
bói bảo tôi sẽ lấy chồng muộn." → "The massage told me I'll get my husband late.", "Bạn có tin vào bói toán không?" →
"Do you believe in the bundle of accounting?", "Tôi tin vào phong thủy." → "I believe in the glasses.", "Tôi mê tín
lắm." → "I'm very passing.", "Tôi không tin vào tử vi." → "I don't believe in my death.", "Bạn cung gì?" → "What do
you provide?", "Bạn tuổi con gì?" → "What's your age?", "Tôi tuổi Tuất." → "I'm old.", "Kiêng quét nhà vào mùng một
Tết." → "The stagnosis of the house in the blind Tet."; "She went to a fortune teller." → "Cô ấy đến một người bảo
tài sản.", "She believes in feng shui." → "Cô ấy tin vào tôm của bào thai.", "Do you believe in horoscopes?" → "Bạn
có tin vào tiếng ho không?", "He's very superstitious." → "Anh ấy rất tuyệt vọng.", "What's your star sign?" →
"Ngôi sao của bạn là gì?", "I was born in the year of the dog." → "Tôi được sinh ra trong năm của chó.", "It's bad
luck to sweep the floor on the first day of Tet." → "Thật may mắn khi quét sàn nhà vào ngày đầu Tết." (the opposite).

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) went, has (just, already, never) been,
often goes (mt.hobbies.SELDOM), wants to go to a fortune teller ("đi xem bói"), or asked so; what the fortune teller
said ("Thầy bói bảo tôi sẽ lấy chồng muộn.", one of FATES) or "Thầy bói nói gì?"; who believes in (or does not, or
really) fortune telling, feng shui, horoscopes, star signs (BELIEFS), said or asked; who is (very, a bit, not …)
superstitious, said or asked; who's Chinese zodiac animal ("tuổi Tuất", "cầm tinh con chó", the year of the dog) and
star sign ("cung Sư Tử", a Leo), said or asked; four omens (OMENS: sweeping at Tet, chopsticks upright in rice, nails
cut at night, a broken mirror) as bad luck, forbidden ("Đừng …") or avoided ("Người ta kiêng …"). Left: "Bạn có đi
xem bói không?" (did, or do?), "anh", "chị", "em" alone saying it, astrology, ghosts, fate believed (mt/lies.py's),
who is lucky or unlucky, "Xui quá!" (mt/luck.py's), Tet's customs (mt/new_year.py's), someone's age (mt/ages.py's),
"I'm a dog." (said of oneself, or of the zodiac?), an omen not in OMENS, a verb that does not agree ("She believe").
mt.phrasebook.translate tries these after mt/singing.py.

    >>> translate("Tôi đi xem bói.", "vi", "en"), translate("She believes in feng shui.", "en", "vi")
    ('I went to a fortune teller.', 'Cô ấy tin vào phong thủy.')
"""
from __future__ import annotations

import re

from .hobbies import SELDOM, SELDOM_VI, WHO, WHO_EN, be_agrees, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI
from .text import ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed

# what the fortune teller said will come (the first Vietnamese of each English is written back)
FATES = {"kết hôn muộn": "marry late", "lấy chồng muộn": "marry late", "lấy vợ muộn": "marry late",
         "kết hôn sớm": "marry young", "lấy chồng sớm": "marry young", "lấy vợ sớm": "marry young",
         "giàu": "be rich", "giàu có": "be rich", "sống lâu": "live a long life", "sống thọ": "live a long life",
         "gặp may": "be lucky", "thành công": "be successful", "đi nước ngoài": "go abroad",
         "có nhiều con": "have lots of children"}
FATES_VI = {en: vi for vi, en in reversed(FATES.items())} | {
    "get married late": "kết hôn muộn", "get married young": "kết hôn sớm", "marry early": "kết hôn sớm",
    "get married early": "kết hôn sớm", "get rich": "giàu", "become rich": "giàu", "live long": "sống lâu",
    "have many children": "có nhiều con"}
BELIEFS = {"bói toán": "fortune telling", "xem bói": "fortune telling", "phong thủy": "feng shui",
           "tử vi": "horoscopes", "cung hoàng đạo": "star signs"}
BELIEFS_VI = {"fortune telling": "bói toán", "fortune-telling": "bói toán", "feng shui": "phong thủy",
              "horoscopes": "tử vi", "star signs": "cung hoàng đạo"}
# the Chinese zodiac as Vietnam keeps it (a cat, not a rabbit): the branch, its animal, the animal in English
ZODIAC = {"Tý": ("chuột", "rat"), "Sửu": ("trâu", "ox"), "Dần": ("hổ", "tiger"), "Mão": ("mèo", "cat"),
          "Thìn": ("rồng", "dragon"), "Tỵ": ("rắn", "snake"), "Ngọ": ("ngựa", "horse"), "Mùi": ("dê", "goat"),
          "Thân": ("khỉ", "monkey"), "Dậu": ("gà", "rooster"), "Tuất": ("chó", "dog"), "Hợi": ("lợn", "pig")}
_ANIMALS = {keyed(b): en for b, (_, en) in ZODIAC.items()} | {vi: en for vi, en in ZODIAC.values()} | {
    "tí": "rat", "tị": "snake", "mẹo": "cat", "cọp": "tiger", "heo": "pig", "gà trống": "rooster"}
_ANIMALS_VI = {en: b for b, (_, en) in ZODIAC.items()} | {
    "mouse": "Tý", "buffalo": "Sửu", "rabbit": "Mão", "sheep": "Mùi", "ram": "Mùi", "chicken": "Dậu", "boar": "Hợi"}
SIGNS = {"Bạch Dương": "Aries", "Kim Ngưu": "Taurus", "Song Tử": "Gemini", "Cự Giải": "Cancer", "Sư Tử": "Leo",
         "Xử Nữ": "Virgo", "Thiên Bình": "Libra", "Bọ Cạp": "Scorpio", "Thiên Yết": "Scorpio", "Hổ Cáp": "Scorpio",
         "Nhân Mã": "Sagittarius", "Ma Kết": "Capricorn", "Bảo Bình": "Aquarius", "Song Ngư": "Pisces"}
_SIGNS = {keyed(vi): en for vi, en in SIGNS.items()}
SIGNS_VI = {en: vi for vi, en in reversed(SIGNS.items())}
# omens: how Vietnamese says each, English's verb, its "-ing", and Vietnamese written back
OMENS = [(r"quét\s+nhà\s+(?:vào\s+)?(?:ngày\s+)?m[ùồ]ng\s+(?:một|1)\s+Tết",
          r"sweep(?:\s+the\s+(?:floor|house))?\s+on\s+the\s+first\s+day\s+of\s+(?:Tết|Tet)",
          "sweep the house on the first day of Tet", "sweeping the house on the first day of Tet",
          "quét nhà vào mùng một Tết"),
         (r"cắm\s+đũa\s+(?:thẳng\s+đứng\s+)?(?:vào|lên|trên)\s+(?:bát|chén)\s+cơm",
          r"(?:stick|put)\s+(?:your\s+)?chopsticks\s+upright\s+in(?:to)?\s+(?:your\s+|a\s+bowl\s+of\s+)?rice",
          "stick your chopsticks upright in your rice", "sticking chopsticks upright in rice",
          "cắm đũa thẳng đứng vào bát cơm"),
         (r"cắt\s+móng\s+tay\s+(?:vào\s+)?ban\s+đêm", r"cut(?:\s+your)?\s+nails\s+at\s+night",
          "cut your nails at night", "cutting their nails at night", "cắt móng tay vào ban đêm"),
         (r"làm\s+vỡ\s+gương", r"break\s+a\s+mirror", "break a mirror", "breaking a mirror", "làm vỡ gương")]
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bói|phong\s+thủy|tử\s+vi|mê\s+tín|cung|tuổi|cầm\s+tinh|sinh\s+(?:vào\s+)?năm|quét|đũa|"
                    r"móng|gương)"),
         "en": lazy(r"(?i:fortune|feng|horoscope|superstitio|zodiac|sign|year\s+of|sweep|chopsticks|nails|mirror|"
                    rf"\b(?:{alternatives(SIGNS_VI)})\b)")}

_TELLER = r"(?i:(?:(?:bà|ông)\s+)?thầy\s+bói)"
_OFTEN = alternatives(SELDOM)
# who went, has been, often goes, wants to go to a fortune teller ("Tôi đi xem bói.", "Bạn đã bao giờ đi xem bói chưa?")
_WENT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<pre>đã\s+bao\s+giờ|bao\s+giờ|đã\s+từng|từng|chưa\s+bao\s+giờ|chưa|"
             rf"vừa|mới|đã|muốn|{_OFTEN})\s+)?đi\s+xem\s+bói(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
_SAID = lazy(rf"{_TELLER}\s+(?:đã\s+)?(?:bảo|nói)(?:\s+(?:rằng|là))?\s+{WHO}\s+sẽ\s+(?P<fate>{alternatives(FATES)})"
             rf"{SOFTENED_END}")
_WHAT = lazy(rf"{_TELLER}\s+(?:đã\s+)?(?:bảo|nói)(?:\s+(?P<you>với\s+bạn|bạn))?\s+(?:những\s+)?gì"
             rf"(?(you)|(?:\s+(?P<you2>với\s+bạn))?){SOFTENED_END}")
_BELIEVE = lazy(rf"{WHO}\s+(?:(?P<pre>có|không|rất)\s+)?tin\s+(?:(?P<into>vào)\s+)?(?P<what>{alternatives(BELIEFS)})"
                rf"(?:\s+(?P<much>lắm))?{ASKED_END}")
_HOW = {"rất": "very", "hơi": "a bit", "khá": "quite", "cực kỳ": "extremely", "lắm": "very", "quá": "so"}
_HOW_VI = {"very": "rất", "really": "rất", "a bit": "hơi", "a little": "hơi", "quite": "khá", "extremely": "cực kỳ"}
_SUPERSTITIOUS = lazy(rf"{WHO}\s+(?:(?P<pre>có|không|rất|hơi|khá|cực\s+kỳ)\s+)?mê\s+tín(?:\s+dị\s+đoan)?"
                      rf"(?:\s+(?P<post>lắm|quá))?{ASKED_END}")
_ANIMAL = lazy(rf"{WHO}\s+(?:tuổi|cầm\s+tinh|sinh\s+(?:vào\s+)?năm|thuộc\s+tuổi)(?:\s+con)?\s+"
               rf"(?:(?P<what>gì)|(?P<animal>(?i:{alternatives(_ANIMALS)})))(?=\W|$){SOFTENED_END}")
_SIGN = lazy(rf"(?:(?P<of>(?i:cung)(?:\s+hoàng\s+đạo)?\s+của)\s+)?{WHO}\s+(?(of)là|(?:thuộc\s+|là\s+)?cung"
             rf"(?:\s+hoàng\s+đạo)?)\s+(?:(?P<what>gì|nào)|(?P<sign>(?i:{alternatives(SIGNS)})))(?=\W|$){SOFTENED_END}")
_OMEN_VI = "|".join(f"(?P<o{i}>{vi})" for i, (vi, *_) in enumerate(OMENS))
_OMEN = lazy(rf"(?:(?P<dont>(?i:đừng|không\s+nên|không\s+được))\s+|(?P<avoid>(?:(?i:người\s+ta|người\s+Việt)\s+)?"
             rf"(?i:kiêng))\s+)?(?i:{_OMEN_VI})(?:\s+(?P<bad>là|thì|sẽ|thì\s+sẽ)\s+(?:bị\s+|gặp\s+)?"
             r"(?:xui(?:\s+xẻo)?|không\s+may)(?:\s+(?:(?P<much>lắm)|đấy))?)?(?:\s+nhé)?"
             rf"{SOFTENED_END}")

# ... and in English
_TELLER_EN = r"(?:see\s+)?(?:a\s+fortune[\s-]teller|fortune[\s-]tellers)"
_WENT_EN = lazy(rf"(?:(?P<q>Do|Does|Would)\s+)?{WHO_EN}(?:\s+(?P<adv>(?i:{alternatives(SELDOM_VI)}|ever)))?"
                r"(?:\s+(?P<went>went)|\s+(?P<go>goes|go)|(?P<want>\s+wants|\s+want|['’]d\s+like|\s+would\s+like|"
                r"\s+like)\s+to\s+go)"
                rf"\s+to\s+{_TELLER_EN}\s*(?P<end>[.!?]*)")
_BEEN_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?(?:\s+(?P<adv>ever|never|"
                rf"just|already))?\s+been\s+to\s+{_TELLER_EN}(?:\s+(?P<before>before))?\s*(?P<end>[.!?]*)")
_SAID_EN = lazy(rf"The\s+fortune[\s-]teller\s+(?:said|(?P<told>told\s+me))(?:\s+that)?\s+{WHO_EN}(?:['’]d|\s+would)"
                rf"\s+(?P<fate>{alternatives(FATES_VI)})\s*[.!]*")
_WHAT_EN = lazy(r"What\s+did\s+the\s+fortune[\s-]teller\s+(?:say|(?P<you>tell\s+you))\s*\?+")
_BELIEVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                   rf"(?:\s+(?P<really>really))?\s+(?P<verb>believes|believe)\s+in\s+(?P<what>(?i:"
                   rf"{alternatives(BELIEFS_VI)}))\s*(?P<end>[.!?]*)")
_SUPERSTITIOUS_EN = lazy(rf"(?:(?P<q>Is|Am|Are)\s+)?{WHO_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?(?:\s+(?P<how>very|so|"
                         r"really|a\s+bit|a\s+little|quite|extremely))?\s+superstitious\s*(?P<end>[.!?]*)")
_ANIMAL_EN = lazy(rf"{WHO_EN}\s+(?P<was>was|were)\s+born\s+in\s+the\s+year\s+of\s+the\s+(?P<animal>(?i:"
                  rf"{alternatives(_ANIMALS_VI)}))\s*[.!]*")
_ASKED_EN = lazy(rf"What(?:['’]s|\s+is)\s+(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+(?:(?P<chinese>Chinese\s+)?"
                 r"zodiac\s+(?P<thing>sign|animal)|(?:star\s+)?sign)\s*\?+")
_SIGN_EN = lazy(rf"{WHO_EN}{BE_EN}\s+(?P<a>an?)\s+(?P<sign>{alternatives(SIGNS_VI)})\s*[.!]*")
_OMEN_EN_EN = "|".join(f"(?P<o{i}>{en})" for i, (_, en, *_) in enumerate(OMENS))
_OMEN_EN = lazy(rf"(?:(?P<bad>It(?:['’]s|\s+is)\s+(?:bad\s+luck|unlucky)\s+to)|(?P<dont>(?i:don['’]t|do\s+not)))\s+"
                rf"(?:{_OMEN_EN_EN})"
                r"\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about fortune tellers, believing in fortune telling or feng shui, being
    superstitious, a zodiac animal or star sign, or an omen of OMENS; None for any other."""
    if src == "vi":
        return (_went(text) or _said(text) or _believe(text) or _superstitious(text) or _animal(text) or
                _sign(text) or _omen(text))
    return (_went_vi(text) or _said_vi(text) or _believe_vi(text) or _superstitious_vi(text) or _animal_vi(text) or
            _sign_vi(text) or _omen_vi(text))


def _whose(who_: str) -> str:
    """Whose in English of who as `who` gives it: "I" as "my", "my mother" as "my mother's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _asked(m: re.Match) -> bool | None:
    """Whether a match ending in ASKED_END asks (ends in "?" and says "không"); None where the two disagree."""
    asked = "?" in m["end"]
    return asked if asked == bool(m["asked"]) else None


def _went(text: str) -> str | None:
    """"Tôi đi xem bói." as "I went to a fortune teller.", "Mẹ tôi hay đi xem bói." as "My mother often goes to a
    fortune teller.", "Bạn đã bao giờ đi xem bói chưa?" as "Have you ever been to a fortune teller?" (_WENT); None
    for anything else, "Bạn có đi xem bói không?" (did, or do?), "Bạn có không bao giờ …" (not Vietnamese) and
    "Chúng ta đi xem bói." (let's go)."""
    m = _WENT.fullmatch(text)
    if not m or (said := who(m, "?" in m["end"])) is None:
        return None
    if m["ask"] and keyed(m["pre"] or "") == "không bao giờ":  # ("có" asks a yes, "không bao giờ" says never)
        return None
    if keyed(m["who"] or "") == "chúng ta" and not m["pre"] and not m["done"]:  # (inclusive, a bare verb: let's)
        return None
    (who_, one), pre, done = said, keyed(m["pre"] or ""), m["done"]
    have, does = ("has", "Does") if one else ("have", "Do")
    if "?" in m["end"]:
        if done == "chưa" and not m["ask"] and not m["asked"] and pre in ("", "đã", "đã bao giờ", "bao giờ",
                                                                          "đã từng", "từng"):
            ever = " ever" if pre not in ("", "đã") else ""
            return f"{have.capitalize()} {who_}{ever} been to a fortune teller{' yet' * (not ever)}?"
        if not m["ask"] or not m["asked"] or done or pre not in SELDOM and pre not in ("muốn", "bao giờ"):
            return None
        doing = "want to go" if pre == "muốn" else f"{SELDOM.get(pre, 'ever')} go"
        return f"{does} {who_} {doing} to a fortune teller?"
    if m["ask"] or m["asked"] or done == "chưa" or done and pre not in ("", "đã"):
        return None
    if pre in ("", "đã"):
        said = f"{have} already been" if done else "went"
    elif pre == "muốn":
        said = f"want{'s' * one} to go"
    elif pre in SELDOM:
        said = f"{SELDOM[pre]} go{'es' * one}"
    else:
        said = {"vừa": f"{have} just been", "mới": f"{have} just been", "từng": f"{have} been",
                "đã từng": f"{have} been", "chưa bao giờ": f"{have} never been", "chưa": f"{have}n't been"}.get(pre)
        if said is None:
            return None
    tail = " before" if "từng" in pre else " yet" if pre == "chưa" else ""
    return capitalised(contracted(who_, f"{said} to a fortune teller{tail}."))


def _said(text: str) -> str | None:
    """"Thầy bói bảo tôi sẽ lấy chồng muộn." as "The fortune teller said I'd marry late." (_SAID), "Thầy bói nói
    gì?" as "What did the fortune teller say?" (_WHAT); None for anything else, and for a man taking a husband or a
    woman a wife ("Thầy bói bảo cô ấy sẽ lấy vợ sớm.")."""
    if m := _WHAT.fullmatch(text):
        you = m["you"] or m["you2"]
        return f"What did the fortune teller {'tell you' if you else 'say'}?" if "?" in m["end"] else None
    m = _SAID.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    who_, fate = said[0], keyed(m["fate"])
    his = EN_WHOSE.get(who_) if who_ in ("he", "she") else his_her_of(m)
    if fate.startswith("lấy chồng") and his == "his" or fate.startswith("lấy vợ") and his == "her":
        return None  # ("Thầy bói bảo anh ấy sẽ lấy chồng muộn.": a man taking a husband)
    would = f"{who_}'d" if who_ in EN_WHOSE else f"{who_} would"
    return f"The fortune teller said {would} {FATES[fate]}."


def _believe(text: str) -> str | None:
    """"Tôi tin vào phong thủy." as "I believe in feng shui.", "Bạn có tin vào bói toán không?" as "Do you believe
    in fortune telling?", "Mẹ tôi rất tin phong thủy." as "My mother really believes in feng shui." (_BELIEVE); None
    for anything else, "Tôi tin xem bói." (a doing believed in without "vào") and "Tôi rất tin … lắm" (two words of
    how much)."""
    m = _BELIEVE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := who(m, asked)) is None:
        return None
    (who_, one), pre, what = said, m["pre"], BELIEFS[keyed(m["what"])]
    if keyed(m["what"]) == "xem bói" and not m["into"] or pre == "rất" and m["much"]:
        return None
    if asked:
        return None if pre not in (None, "có") or m["much"] else f"{'Does' if one else 'Do'} {who_} believe in {what}?"
    if pre == "có":
        return None
    if pre == "không":
        really = " really" if m["much"] else ""
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t{really} believe in {what}.")
    really = "really " if pre or m["much"] else ""
    return capitalised(f"{who_} {really}believe{'s' * one} in {what}.")


def _superstitious(text: str) -> str | None:
    """"Tôi mê tín lắm." as "I'm very superstitious.", "Bạn có mê tín không?" as "Are you superstitious?", "Tôi
    không mê tín." as "I'm not superstitious." (_SUPERSTITIOUS); None for anything else, and for two words of how
    much ("rất … lắm")."""
    m = _SUPERSTITIOUS.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := who(m, asked)) is None:
        return None
    who_, pre, post = said[0], keyed(m["pre"] or ""), m["post"]
    if asked:
        return None if pre not in ("", "có") or post else f"{be(who_).capitalize()} {who_} superstitious?"
    if pre == "có" or pre and post and pre != "không" or pre == "không" and post == "quá":
        return None
    how = "not very " if pre == "không" and post else "not " if pre == "không" else \
        f"{_HOW[pre or post]} " if pre or post else ""
    return capitalised(contracted(who_, f"{be(who_)} {how}superstitious."))


def _animal(text: str) -> str | None:
    """"Tôi tuổi Tuất." and "Tôi cầm tinh con chó." as "I was born in the year of the dog.", "Bạn tuổi con gì?" as
    "What's your Chinese zodiac animal?" (_ANIMAL); None for anything else."""
    m = _ANIMAL.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]) or (said := who(m, bool(m["what"]))) is None:
        return None
    who_, one = said
    if m["what"]:
        return f"What's {_whose(who_)} Chinese zodiac animal?"
    was = "was" if one or who_ == "I" else "were"
    return capitalised(f"{who_} {was} born in the year of the {_ANIMALS[keyed(m['animal'])]}.")


def _sign(text: str) -> str | None:
    """"Bạn cung gì?" and "Cung hoàng đạo của bạn là gì?" as "What's your star sign?", "Tôi thuộc cung Sư Tử." as
    "I'm a Leo." (_SIGN); None for anything else, "… của bạn là nào?" (not Vietnamese) and a sign of "we" or
    "they" ("Họ cung Song Tử.": not "They're a Gemini.")."""
    m = _SIGN.fullmatch(text)
    if not m or bool(m["what"]) != ("?" in m["end"]) or (said := who(m, bool(m["what"]))) is None:
        return None
    if m["of"] and m["what"] == "nào" or not m["what"] and said[0] in ("we", "they"):
        return None
    who_ = said[0]
    if m["what"]:
        return f"What's {_whose(who_)} star sign?"
    sign = _SIGNS[keyed(m["sign"])]
    return capitalised(contracted(who_, f"{be(who_)} {'an' if sign[0] in 'AEIOU' else 'a'} {sign}."))


def _omen(text: str) -> str | None:
    """"Quét nhà vào mùng một Tết là xui." as "It's bad luck to sweep the house on the first day of Tet.", "Đừng cắm
    đũa vào bát cơm." as "Don't stick your chopsticks upright in your rice.", "Người ta kiêng cắt móng tay vào ban
    đêm." as "People avoid cutting their nails at night." (_OMEN), "… là xui lắm." as "It's very bad luck to …"; None
    for anything else, and "Đừng làm vỡ gương." (said of a mirror, an ordinary warning: no omen in it)."""
    m = _OMEN.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["dont"]) + bool(m["avoid"]) + bool(m["bad"]) != 1:
        return None
    i = next(i for i in range(len(OMENS)) if m[f"o{i}"])
    if m["dont"] and OMENS[i][2] == "break a mirror":
        return None
    _, _, base, doing, _ = OMENS[i]
    if m["bad"]:
        return f"It's {'very ' * bool(m['much'])}bad luck to {base}."
    if m["dont"]:
        return f"{'You shouldn' if keyed(m['dont']) == 'không nên' else 'Don'}'t {base}."
    return f"People avoid {doing}."


def _went_vi(text: str) -> str | None:
    """"I went to a fortune teller." as "Tôi đã đi xem bói.", "My mother often goes to a fortune teller." as "Mẹ tôi
    hay đi xem bói.", "Have you ever been to a fortune teller?" as "Bạn đã bao giờ đi xem bói chưa?" (_WENT_EN,
    _BEEN_EN); None for anything else, where "goes", "has", "does" … does not agree with who, "Does he wants …",
    and a bare "like to go" (liking it, not wanting to)."""
    if m := _BEEN_EN.fullmatch(text):
        return _been_vi(m)
    m = _WENT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    q, adv = (m["q"] or "").lower(), (m["adv"] or "").lower()
    want = " ".join((m["want"] or "").replace("’", "'").split())
    if want == "like" and q != "would" or q in ("do", "does") and (want == "wants" or m["go"] == "goes"):
        return None
    if bool(q) != ("?" in m["end"]) or q and (m["went"] or (q == "would") != (want == "like") or
                                              q != "would" and (q == "does") != one) or \
            not q and (m["go"] and (m["go"] == "goes") != one or want in ("like", "wants", "want") and
                       (want == "wants") != one) or adv and not m["go"] or adv == "ever" and not q:
        return None
    if m["went"]:
        return capitalised(f"{who_} đã đi xem bói.")
    doing = "muốn đi xem bói" if want else f"{'bao giờ' if adv == 'ever' else SELDOM_VI.get(adv, '')} đi xem bói"
    if not want and not adv:
        return None  # ("I go to a fortune teller.": a habit, how often not said)
    return capitalised(f"{who_} có {doing.strip()} không?" if q else f"{who_} {doing.strip()}.")


def _been_vi(m: re.Match) -> str | None:
    """A match of _BEEN_EN in Vietnamese: "I've just been to a fortune teller." as "Tôi vừa đi xem bói về.", "She's
    never been to a fortune teller." as "Cô ấy chưa bao giờ đi xem bói."; None where "has" does not agree."""
    who_, one = who_vi(m)
    have = (m["q"] or m["have"] or "").strip().lower().replace("’", "'")
    adv, asked = m["adv"], "?" in m["end"]
    if not have or bool(m["q"]) != asked or bool(m["q"]) == bool(m["have"]) or (have in ("has", "'s")) != one or \
            m["before"] and adv not in (None, "never") or asked and adv not in (None, "ever") or \
            not asked and adv == "ever":
        return None
    if asked:
        return capitalised(f"{who_} đã {'bao giờ' if adv else 'từng'} đi xem bói chưa?")
    said = {"never": "chưa bao giờ đi xem bói", "just": "vừa đi xem bói về", "already": "đã đi xem bói rồi",
            None: "đã từng đi xem bói"}[adv]
    return capitalised(f"{who_} {said}.")


def _said_vi(text: str) -> str | None:
    """"The fortune teller said I'd marry late." as "Thầy bói bảo tôi sẽ kết hôn muộn." (_SAID_EN), "What did the
    fortune teller say?" as "Thầy bói nói gì?" (_WHAT_EN); None for anything else."""
    if m := _WHAT_EN.fullmatch(text):
        return "Thầy bói nói gì với bạn?" if m["you"] else "Thầy bói nói gì?"
    m = _SAID_EN.fullmatch(text)
    if not m or m["told"] and (m["who"] or "").lower() != "i":
        return None
    return f"Thầy bói bảo {who_vi(m)[0]} sẽ {FATES_VI[keyed(m['fate'])]}."


def _believe_vi(text: str) -> str | None:
    """"She believes in feng shui." as "Cô ấy tin vào phong thủy.", "Do you believe in fortune telling?" as "Bạn có
    tin vào bói toán không?" (_BELIEVE_EN); None for anything else, and where "does" or "believes" does not agree."""
    m = _BELIEVE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux = (m["q"] or m["not"] or "").lower()
    asked, what = "?" in m["end"], BELIEFS_VI[keyed(m["what"]).lower()]
    if bool(m["q"]) != asked or m["q"] and m["not"] or (("does" in aux) != one if aux else
                                                          (m["verb"] == "believes") != one) or \
            aux and m["verb"] == "believes" or asked and m["really"]:
        return None
    if asked:
        return capitalised(f"{who_} có tin vào {what} không?")
    if m["not"]:
        return capitalised(f"{who_} không {'thật sự ' * bool(m['really'])}tin vào {what}.")
    return capitalised(f"{who_} {'rất ' * bool(m['really'])}tin vào {what}.")


def _superstitious_vi(text: str) -> str | None:
    """"He's very superstitious." as "Anh ấy rất mê tín.", "Are you superstitious?" as "Bạn có mê tín không?", "I'm
    not superstitious." as "Tôi không mê tín." (_SUPERSTITIOUS_EN); None for anything else, and where "is", "am" or
    "are" does not agree with who."""
    m = _SUPERSTITIOUS_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or \
            not be_agrees(m, m["q"] or m["be"]) or m["q"] and (m["not"] or m["how"]):
        return None
    who_, how = who_vi(m)[0], " ".join((m["how"] or "").split())
    if m["q"]:
        return capitalised(f"{who_} có mê tín không?")
    if m["not"]:
        return None if how not in ("", "very") else capitalised(f"{who_} không mê tín{' lắm' * bool(how)}.")
    if how == "so":
        return capitalised(f"{who_} mê tín quá.")
    return capitalised(f"{who_} {_HOW_VI[how]} mê tín." if how else f"{who_} mê tín.")


def _animal_vi(text: str) -> str | None:
    """"I was born in the year of the dog." as "Tôi tuổi Tuất." (_ANIMAL_EN), "What's your Chinese zodiac animal?"
    as "Bạn tuổi con gì?" (_ASKED_EN); None for anything else, and where "was" or "were" does not agree."""
    if (m := _ASKED_EN.fullmatch(text)) and (m["chinese"] or m["thing"] == "animal"):
        return capitalised(f"{WHOSE_VI[m['whose'].lower()]} tuổi con gì?")
    m = _ANIMAL_EN.fullmatch(text)
    if not m or not be_agrees(m, m["was"], past=True):
        return None
    return capitalised(f"{who_vi(m)[0]} tuổi {_ANIMALS_VI[m['animal'].lower()]}.")


def _sign_vi(text: str) -> str | None:
    """"What's your star sign?" as "Bạn thuộc cung hoàng đạo nào?" (_ASKED_EN), "I'm a Leo." as "Tôi thuộc cung Sư
    Tử." (_SIGN_EN); None for anything else, where "is", "am" or "are" does not agree, "a" before a vowel, or of "we"
    or "they" ("They're a Gemini.")."""
    if m := _ASKED_EN.fullmatch(text):
        return capitalised(f"{WHOSE_VI[m['whose'].lower()]} thuộc cung hoàng đạo nào?")
    m = _SIGN_EN.fullmatch(text)
    if not m or not be_agrees(m, m["be"]) or (m["a"] == "an") != (m["sign"][0] in "AEIOU") or \
            (m["who"] or "").lower() in ("we", "they"):
        return None
    return capitalised(f"{who_vi(m)[0]} thuộc cung {SIGNS_VI[m['sign']]}.")


def _omen_vi(text: str) -> str | None:
    """"It's bad luck to sweep on the first day of Tet." as "Quét nhà vào mùng một Tết là xui.", "Don't put
    chopsticks upright in rice." as "Đừng cắm đũa thẳng đứng vào bát cơm." (_OMEN_EN); None for anything else."""
    m = _OMEN_EN.fullmatch(text)
    if not m:
        return None
    vi = OMENS[next(i for i in range(len(OMENS)) if m[f"o{i}"])][4]
    return capitalised(f"{vi} là xui.") if m["bad"] else f"Đừng {vi}."
