"""Presents: bought or given to someone, thanked for, found lovely, what to give someone and none needed, both
ways, written whole by rule. v8 with every other rule drops the present or the one it is for, and reads "tặng" as
"give me": "Tôi mua quà cho mẹ." → "I bought my gift for my mother.", "Tôi cần mua quà cho bố tôi." → "I need to buy
my father.", "Anh ấy mua quà cho vợ." → "He bought his wife.", "Bố tặng tôi một chiếc đồng hồ." → "Give me an hour.",
"Cảm ơn món quà của bạn." → "Thank your gift.", "Món quà đẹp quá!" → "The beautiful gift!", "Tặng gì cho bạn gái bây
giờ?" → "Whatever for girls?"; "Thank you for the present." → "Cám ơn vì đã có mặt." (for being here), "Thanks for the
lovely gift." → "Nhờ món quà đáng yêu.", "What should I get my dad for his birthday?" → "Tôi nên bố mình làm gì cho
sinh nhật của mình?", "What a nice present!" → "Một món quà đẹp nào đó!", "She bought me a scarf." → "Cô ấy mua cho
tôi một cái sẹo." (a scar), "My father gave me a watch." → "Cha tôi trao cho tôi một đồng hồ.".

Taken: who (mt.hobbies.WHO, WHO_EN; "Bố", "Mẹ" alone giving to the speaker) buying or giving a present or a thing of
GIFTS ("một chiếc đồng hồ", "hoa") to someone (mt.ever.OBJECTS, mt.hobbies.SOMEONE, or kin alone of BARE_KIN, whose
is who buys: "Anh ấy mua quà cho vợ." → "… his wife"), for a birthday or Christmas; the tense as mt/transfers.py reads
it (a plain verb is the past; "rồi" "have already", "vừa" "have just", "sẽ", "muốn", "cần", "đang", "chưa" "haven't
… yet", asked "… chưa?"); thanks for the gift; a lovely gift; what to give someone ("Tôi nên tặng gì cho bố?"); no
present needed ("Bạn không cần mua quà đâu."). Left: "anh", "chị", "em" alone saying it, "Bạn muốn mua quà …"
(asked?), "chiếc đồng hồ" without "một" (a watch, or the watch?), a present got from someone, "I've got a present"
(bought, or has?), a gift liked ("Tôi rất thích món quà này."), a present sent (mt/post.py) or wrapped (the
phrasebook's), souvenirs, a day, and anything else.
mt.phrasebook.translate tries these after mt/photos.py.

    >>> translate("Tôi mua quà cho mẹ.", "vi", "en"), translate("Thank you for the present.", "en", "vi")
    ('I bought a present for my mother.', 'Cảm ơn bạn vì món quà.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .ever import OBJECTS
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, as_whom, someone, who, who_vi
from .lazy_re import lazy
from .people import NAMED_WHO
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, his_her
from .text import (
    EN_OBJECT_VI,
    EN_WHOSE,
    SOFTENER,
    alternatives,
    capitalised,
    contracted,
    keyed,
)

# what is given: the English of one, and the words that count it ("một chiếc đồng hồ"); none for a thing said bare
# ("hoa": flowers); "quà" alone is "a present" too (the first Vietnamese of each is written back)
GIFTS = {"quà": ("a present", "món"), "quà sinh nhật": ("a birthday present", "món"),
         "quà Giáng sinh": ("a Christmas present", "món"), "quà Noel": ("a Christmas present", "món"),
         "quà cưới": ("a wedding present", "món"), "đồng hồ": ("a watch", "chiếc cái"),
         "sách": ("a book", "cuốn quyển"), "nhẫn": ("a ring", "chiếc cái"), "vòng cổ": ("a necklace", "chiếc sợi"),
         "khăn quàng cổ": ("a scarf", "chiếc cái"), "khăn quàng": ("a scarf", "chiếc cái"),
         "túi xách": ("a handbag", "chiếc cái"), "ví": ("a wallet", "chiếc cái"), "búp bê": ("a doll", "con"),
         "gấu bông": ("a teddy bear", "con"), "thiệp": ("a card", "tấm"), "bó hoa": ("a bunch of flowers", ""),
         "hoa": ("flowers", ""), "sô-cô-la": ("chocolates", ""), "sô cô la": ("chocolates", ""),
         "hộp sô-cô-la": ("a box of chocolates", ""), "nước hoa": ("perfume", "")}
_GIFTS_KEYED = {keyed(vi): said for vi, said in GIFTS.items()}
GIFTS_VI = {en: vi for vi, (en, _) in reversed(GIFTS.items())} | {
    "a gift": "quà", "presents": "quà", "gifts": "quà", "a birthday gift": "quà sinh nhật",
    "a Christmas gift": "quà Giáng sinh", "a wedding gift": "quà cưới", "some flowers": "hoa",
    "a bouquet": "bó hoa", "some chocolates": "sô-cô-la", "a bouquet of flowers": "bó hoa"}
_GIFTS_VI_KEYED = {keyed(en): vi for en, vi in GIFTS_VI.items()}
# kin said alone, the kin of who buys ("cho mẹ": for my mother); not "anh", "chị", "em", "bạn", "ông", "bà", "con"
# (also "you" or the speaker), nor "con gái" (also girls)
BARE_KIN = {k: NAMED_WHO[k] for k in ("mẹ", "bố", "ba", "vợ", "chồng", "em gái", "chị gái", "anh trai", "em trai",
                                      "bạn gái", "bạn trai", "bạn thân")} | {"má": "mother"}
_PARENT = r"(?P<parent>(?i:bố|ba|mẹ|má))"  # (who gives, alone: "Bố tặng tôi …")
_WHOM = rf"(?:(?i:{alternatives(OBJECTS)})|{SOMEONE}|(?i:{alternatives(BARE_KIN)}))"
_THEIRS = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}  # (whose birthday)
_WHOM_EN = rf"(?:(?i:{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN})"
_GIFT = (r"(?P<gift>(?:(?P<one>một)\s+)?(?:(?P<kind>món|chiếc|cái|cuốn|quyển|sợi|con|tấm)\s+)?"
         rf"(?P<thing>(?i:{alternatives(GIFTS)})))")
_GIFT_EN = rf"(?P<gift>(?i:{alternatives(GIFTS_VI)}))"
_KEYS = {"vi": lazy(r"(?i:quà|tặng|mua)"), "en": lazy(r"(?i:\b(?:present|gift|bought|buy|get|got|gave|give))")}
# ... bought or given ("Tôi mua quà cho mẹ.", "Bố tặng tôi một chiếc đồng hồ.", "Bạn đã mua quà cho mẹ chưa?")
_ASPECTS = {"đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "sẽ": "will", "muốn": "want",
            "cần": "need", "đang": "now", "chưa": "not yet"}
_FOR = (r"(?:\s+(?:nhân|vào)\s+dịp\s+(?:(?P<bd>sinh\s+nhật)(?:\s+(?:của\s+)?"
        rf"(?P<bday>(?i:{alternatives(OWNERS)})))?|(?P<xmas>Giáng\s+sinh|Noel)))?")
_GIVEN = lazy(rf"(?:{_PARENT}|{WHO})\s+(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?(?P<verb>mua|tặng)\s+"
              rf"(?:{_GIFT}\s+cho\s+(?P<whom>{_WHOM})|(?P<cho>cho\s+)?(?P<whom2>{_WHOM})\s+"
              rf"{_GIFT.replace('?P<', '?P<b_')}){_FOR}"
              rf"(?:\s+(?P<done>rồi|chưa))?{SOFTENER}\s*(?P<end>[.!?]*)")
# ... in English: the verb's forms (base, past, participle, "-ing") and its Vietnamese
_VERBS = {"buy": ("buy", "bought", "bought", "buying", "mua"), "get": ("get", "got", "got", "getting", "mua"),
          "give": ("give", "gave", "given", "giving", "tặng")}
_FORMS = {form: (base, {i for i, f in enumerate(forms[:4]) if f == form}) for base, forms in _VERBS.items()
          for form in forms[:4]}  # ("bought": ("buy", {1, 2}))
# what goes before the verb: the aspect, the verb's form, and who it agrees with ("one" he or she, "many" I, you, we,
# they, "I", "are" you, we, they)
_AUX_EN = {"": ("past", 1, None), "just": ("just", 1, None), "have": ("done", 2, "many"), "has": ("done", 2, "one"),
           "have already": ("done", 2, "many"), "has already": ("done", 2, "one"), "have just": ("just", 2, "many"),
           "has just": ("just", 2, "one"), "have not": ("not yet", 2, "many"), "has not": ("not yet", 2, "one"),
           "will": ("will", 0, None), "would like to": ("want", 0, None), "want to": ("want", 0, "many"),
           "wants to": ("want", 0, "one"), "need to": ("need", 0, "many"), "needs to": ("need", 0, "one"),
           "am": ("now", 3, "I"), "are": ("now", 3, "are"), "is": ("now", 3, "one")}
_SHORT_EN = {"'ve": "have", "'s": "has", "'ve just": "have just", "'s just": "has just", "'ve already": "have already",
             "'s already": "has already", "'ll": "will", "'d like to": "would like to", "'m": "am", "'re": "are",
             "haven't": "have not", "hasn't": "has not"}
_AUX = alternatives([*_AUX_EN, *_SHORT_EN]).replace("'", "['’]")
_FOR_EN = rf"(?:\s+for\s+(?:(?P<bday>(?i:{alternatives(WHOSE_VI)}))\s+birthday|(?P<xmas>Christmas)))?"
_GIVEN_EN = lazy(rf"(?:(?P<asked>Have|Has|Did)\s+)?{WHO_EN}(?:\s*(?P<aux>{_AUX}))??\s+(?P<verb>"
                 rf"{alternatives(_FORMS)})\s+(?:(?P<whom>{_WHOM_EN})\s+{_GIFT_EN}|"
                 rf"{_GIFT_EN.replace('<', '<b_')}\s+(?P<to>for|to)\s+(?P<whom2>{_WHOM_EN})){_FOR_EN}"
                 r"(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
# thanks for it ("Cảm ơn món quà của bạn.", "Cảm ơn bạn rất nhiều vì món quà.")
_YOU = r"(?:bạn|anh|chị|em|cậu|cô|chú|bác|ông|bà)"  # (thanked: the listener)
_MUCH = r"(?P<much>\s+(?:rất\s+)?nhiều)?"
_THANKS = lazy(rf"(?i:cảm|cám)\s+ơn(?:\s+(?P<you>{_YOU}|mọi\s+người))?{_MUCH}\s+(?:(?:vì|về)\s+)?(?:món\s+)?quà"
               rf"(?P<this>\s+này)?(?:\s+(?:của\s+)?(?P<yours>{_YOU}))?{_MUCH.replace('much', 'much2')}"
               r"(?:\s+(?:nhé|nha|ạ))?\s*(?P<end>[.!]*)")
_THANKS_EN = lazy(r"(?:Thank\s+you|Thanks)(?P<much>\s+(?:so|very)\s+much)?\s+for\s+(?P<det>the|your|this)"
                  r"\s+(?:(?P<adj>lovely|beautiful|nice|wonderful|great|thoughtful)\s+)?(?:gift|present)"
                  r"\s*(?P<end>[.!]*)")
# ... lovely ("Món quà đẹp quá!", "What a lovely gift!")
_LOVELY = {"đẹp": "beautiful", "dễ thương": "lovely", "xinh": "pretty", "ý nghĩa": "thoughtful",
           "tuyệt vời": "wonderful"}
_LOVELY_VI = {"lovely": "dễ thương", "beautiful": "đẹp", "nice": "đẹp", "pretty": "xinh", "thoughtful": "ý nghĩa",
              "wonderful": "tuyệt vời", "great": "tuyệt vời"}
_NICE = lazy(rf"(?i:món\s+quà|quà)(?P<this>\s+này)?\s+(?:(?P<very>rất|thật)\s+)?(?P<adj>{alternatives(_LOVELY)})"
             r"(?:\s+(?P<so>quá|thật|ghê))?(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!]*)")
_NICE_EN = lazy(rf"(?:What\s+a\s+(?P<adj>{alternatives(_LOVELY_VI)})\s+(?:gift|present)|(?P<this>This|The)\s+"
                r"(?:gift|present)\s+is\s+(?P<very>so\s+|really\s+|very\s+)?"
                rf"(?P<adj2>{alternatives(_LOVELY_VI)}))\s*(?P<end>[.!]*)")
# ... what to give ("Tôi nên tặng gì cho bố?", "Tặng gì cho bạn gái bây giờ?", "Tôi nên mua quà gì cho mẹ tôi?")
_WHAT = lazy(rf"(?:{WHO}\s+)?(?:(?P<should>nên)\s+)?(?:(?i:tặng)\s+(?:(?P<whom>{_WHOM})\s+)?"
             rf"(?:(?:món\s+)?quà\s+|cái\s+)?gì|(?i:mua)\s+(?:món\s+)?quà\s+gì)(?:\s+cho\s+(?P<whom2>{_WHOM}))?"
             rf"{_FOR}(?:\s+(?:bây\s+giờ|đây))?(?:\s+(?:nhỉ|vậy|thế|ạ))?\s*\?+")
_WHAT_EN = lazy(rf"What(?:\s+(?:gift|present))?\s+should\s+{WHO_EN}\s+(?:get|buy|give)\s+(?P<whom>{_WHOM_EN})"
                rf"{_FOR_EN}\s*\?+")
# ... none needed ("Bạn không cần mua quà đâu.", "You don't need to get me anything.")
_NEEDLESS = lazy(rf"{WHO}\s+không\s+cần\s+(?:phải\s+)?(?P<verb>mua|tặng|mang)\s+(?P<what>quà|gì)"
                 r"(?:\s+cho\s+(?P<whom>(?i:tôi|mình|chúng\s+tôi)))?(?:\s+đâu)?(?:\s+(?:nhé|mà))?\s*[.!]*")
_NEED_VERBS = {"mua": "buy", "tặng": "give", "mang": "bring"}
_NEEDLESS_EN = lazy(rf"{WHO_EN}\s+(?P<not>don['’]t|doesn['’]t|didn['’]t)\s+(?P<need>need|have)\s+to\s+"
                    r"(?P<verb>buy|get|give|bring)\s+(?:(?P<whom>me|us)\s+)?(?P<what>a\s+present|a\s+gift|"
                    r"presents|gifts|anything)\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a present bought or given, thanks for one, finds one lovely, asks what
    to give or says none is needed; None for any other."""
    if src == "vi":
        return _given(text) or _thanks(text) or _nice(text) or _what(text) or _needless(text)
    return _given_vi(text) or _thanks_vi(text) or _nice_vi(text) or _what_vi(text) or _needless_vi(text)


def _gift_en(m: re.Match, p: str = "") -> str | None:
    """A match of _GIFT (its groups named after `p`) in English: "một chiếc đồng hồ" as "a watch", "quà" and "một
    món quà" as "a present", "hoa" as "flowers"; None where the counting word does not go with the thing, or "một" is
    missing ("chiếc đồng hồ": a watch, or the watch?)."""
    en, kinds = _GIFTS_KEYED[keyed(m[p + "thing"])]
    kind, one, counted = m[p + "kind"], bool(m[p + "one"]), en.startswith("a ")
    if kind and keyed(kind) not in kinds.split() or one and (not counted or kinds and not kind) or (
            not one and counted and (kind or kinds != "món")):
        return None
    return en


def _whom_en(said: str, giver: str | None) -> str | None:
    """Whom of _WHOM in English: "tôi" as "me", "mẹ tôi" as "my mother", kin alone as the giver's (`giver` "my",
    "his" …: "vợ" after "anh ấy" as "his wife"); None where whose is not known, and for a wife or husband of "we"
    or "they" (each one's, not "our wife")."""
    if keyed(said) in OBJECTS:
        return OBJECTS[keyed(said)]
    if keyed(said) in BARE_KIN:
        if giver in ("our", "their") and keyed(said) in ("vợ", "chồng"):
            return None
        return giver and f"{giver} {BARE_KIN[keyed(said)]}"
    return someone(said, "vi")


def _for_en(m: re.Match, whom_vi: str, whom: str) -> str | None:
    """What a present is for (_FOR), in English: " for her birthday" (whose, if not said, that of whom it is for:
    `whom_vi`, and `whom` as _whom_en wrote it), " for Christmas", ""; None where whose is not known (a name)."""
    if m["xmas"] or not m["bd"]:
        return " for Christmas" * bool(m["xmas"])
    theirs = OWNERS[keyed(m["bday"])] if m["bday"] else _THEIRS.get(whom) or his_her(whom_vi)
    return theirs and f" for {theirs} birthday"


def _for_vi(m: re.Match, whom: str) -> str | None:
    """What a present is for (_FOR_EN), in Vietnamese: " nhân dịp sinh nhật", " nhân dịp Giáng sinh", ""; None
    where the birthday is not that of whom the present is for (`whom`, in English)."""
    if m["bday"] and m["bday"].lower() != (_THEIRS.get(whom.lower()) or his_her(someone(whom, "en") or "")):
        return None
    return " nhân dịp sinh nhật" if m["bday"] else " nhân dịp Giáng sinh" * bool(m["xmas"])


def _given(text: str) -> str | None:
    """"Tôi mua quà cho mẹ." as "I bought a present for my mother.", "Bố tặng tôi một chiếc đồng hồ." as "My father
    gave me a watch.", "Bạn đã mua quà cho mẹ chưa?" as "Have you bought a present for your mother yet?" (_GIVEN);
    None for anything else, and where "muốn" is said of "bạn" (asked?)."""
    m = _GIVEN.fullmatch(text)
    asked = bool(m and m["done"] == "chưa")
    if not m or asked != ("?" in m["end"]) or (said := ("My " + BARE_KIN[keyed(m["parent"])], True) if m["parent"]
                                                else who(m, asked)) is None:
        return None
    (who_, one), aspect = said, _ASPECTS.get(keyed(m["aspect"] or ""), "past")
    if asked and aspect != "past" or m["done"] == "rồi" and aspect != "past" or aspect == "want" and who_ == "you":
        return None
    giver, whom_vi, give = "my" if m["parent"] else EN_WHOSE.get(who_), m["whom"] or m["whom2"], m["verb"] == "tặng"
    if m["parent"] and keyed(whom_vi) not in ("tôi", "mình", "chúng tôi") or not (give or m["whom"] or m["cho"]):
        return None  # ("Bố mua quà cho mẹ.": Dad may say it; "mua tôi …")
    gift, whom = _gift_en(m, "" if m["whom"] else "b_"), _whom_en(whom_vi, giver)
    why = whom and _for_en(m, whom_vi, whom)
    if gift is None or why is None or (who_, whom) in (("I", "me"), ("we", "us")):
        return None
    base, past_, part, ing, _ = _VERBS["give" if give else "buy"]
    what = (f"{whom} {gift}" if give or whom in _THEIRS or why else f"{gift} for {whom}") + why  # ("bought me a")
    has, is_ = ("has", "is") if one else ("have", "am" if who_ == "I" else "are")
    if asked:
        return f"{has.capitalize()} {who_} {part} {what} yet?"
    aspect = "done" if m["done"] == "rồi" else aspect
    if aspect == "want":
        return capitalised(f"{who_}'d like" if who_ in EN_WHOSE else f"{who_} would like") + f" to {base} {what}."
    if aspect == "not yet":
        return capitalised(f"{who_} {has}n't {part} {what} yet.")
    said = {"past": f"{past_} {what}", "done": f"{has} already {part} {what}", "just": f"{has} just {part} {what}",
            "will": f"will {base} {what}", "need": f"{'needs' if one else 'need'} to {base} {what}",
            "now": f"{is_} {ing} {what}"}[aspect]
    return capitalised(contracted(who_, f"{said}."))


def _given_vi(text: str) -> str | None:
    """"I bought a present for my sister." as "Tôi đã mua quà cho em gái tôi.", "My father gave me a watch." as "Bố
    tôi đã tặng tôi một chiếc đồng hồ.", "Have you bought a present for your mother yet?" as "Bạn đã mua quà cho mẹ
    bạn chưa?" (_GIVEN_EN); None for anything else, where the verb does not agree with who, and for "got" after
    "have" ("I've got a present for you": has one?)."""
    m = _GIVEN_EN.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and m["aux"]:
        return None
    (who_, one), asked = who_vi(m), keyed(m["asked"] or "")
    aux = keyed((m["aux"] or "").replace("’", "'"))
    base, forms = _FORMS[m["verb"].lower()]
    aux = "is" if aux == "'s" and 3 in forms else _SHORT_EN.get(aux, aux)  # ("'s buying", "'s bought")
    aspect, form, person = ("asked", 0 if asked == "did" else 2, {"has": "one", "have": "many"}.get(asked)) if asked \
        else _AUX_EN[aux]
    mine = "I" if m["who"] and m["who"].lower() == "i" else "one" if one else "are"
    if form not in forms or m["yet"] and aspect not in ("asked", "not yet") or m["to"] and (m["to"] == "to") != (
            base == "give") or base == "get" and form == 2 or person and person != mine and not (
            person == "many" and mine in ("I", "are")):
        return None
    whom_en = m["whom"] or m["whom2"]
    whom, why = as_whom(whom_en, "en"), _for_vi(m, whom_en)
    gift = _GIFTS_VI_KEYED[keyed(m["gift"] or m["b_gift"])]
    counted = GIFTS[gift][0].startswith("a ")
    gift = " ".join(w for w in ("một" * counted, next(iter(GIFTS[gift][1].split()), ""), gift) if w)
    if why is None or not whom:
        return None
    vi = _VERBS[base][4]
    gift = "quà" if vi == "mua" and gift == "một món quà" else gift
    what = (f"tặng {whom} {gift}" if vi == "tặng" else f"mua {gift} cho {whom}") + why
    said = {"past": f"đã {what}", "done": f"đã {what} rồi", "just": f"vừa {what}", "will": f"sẽ {what}",
            "want": f"muốn {what}", "need": f"cần {what}", "now": f"đang {what}", "not yet": f"chưa {what}",
            "asked": f"đã {what} chưa?"}[aspect]
    return capitalised(f"{who_} {said}{'' if aspect == 'asked' else '.'}")


def _thanks(text: str) -> str | None:
    """"Cảm ơn món quà của bạn." as "Thank you for your gift.", "Cảm ơn bạn rất nhiều vì món quà." as "Thank you
    very much for the gift." (_THANKS); None for anything else."""
    m = _THANKS.fullmatch(text)
    if not m or m["this"] and m["yours"] or m["much"] and m["much2"]:
        return None
    whose = "your" if m["yours"] else "this" if m["this"] else "the"
    you = "you all" if m["you"] and keyed(m["you"]) == "mọi người" else "you"
    return f"Thank {you}{' very much' * bool(m['much'] or m['much2'])} for {whose} gift{m['end'] or '.'}"


def _thanks_vi(text: str) -> str | None:
    """"Thank you for the present." as "Cảm ơn bạn vì món quà.", "Thanks for the lovely gift." as "Cảm ơn bạn vì
    món quà dễ thương." (_THANKS_EN); None for anything else."""
    m = _THANKS_EN.fullmatch(text)
    whose = m and {"the": "", "your": " của bạn", "this": " này"}[m["det"]]
    if not m or m["adj"] and whose:
        return None
    adj = f" {_LOVELY_VI[m['adj'].lower()]}" if m["adj"] else ""
    return f"Cảm ơn bạn{' rất nhiều' * bool(m['much'])} vì món quà{whose}{adj}{m['end'] or '.'}"


def _nice(text: str) -> str | None:
    """"Món quà đẹp quá!" as "What a beautiful gift!", "Món quà này rất ý nghĩa." as "This gift is really
    thoughtful." (_NICE); None for anything else."""
    m = _NICE.fullmatch(text)
    if not m or bool(m["very"]) == bool(m["so"]):
        return None
    adj = _LOVELY[keyed(m["adj"])]
    if m["so"]:
        return f"This gift is so {adj}!" if m["this"] else f"What {a_or_an(adj)} {adj} gift!"
    return f"{'This' if m['this'] else 'The'} gift is really {adj}{m['end'] or '.'}"


def _nice_vi(text: str) -> str | None:
    """"What a lovely gift!" as "Món quà dễ thương quá!", "This present is really nice." as "Món quà này rất đẹp."
    (_NICE_EN); None for anything else."""
    m = _NICE_EN.fullmatch(text)
    if not m:
        return None
    if m["adj"]:
        return f"Món quà {_LOVELY_VI[m['adj'].lower()]} quá!"
    this, adj = " này" if m["this"] == "This" else "", _LOVELY_VI[m["adj2"].lower()]
    if m["very"] and m["very"].startswith("so"):
        return f"Món quà{this} {adj} quá{m['end'] or '!'}"
    return f"Món quà{this} rất {adj}{m['end'] or '.'}"


def _what(text: str) -> str | None:
    """"Tôi nên tặng gì cho bố?" as "What should I get my father?", "Tặng gì cho bạn gái bây giờ?" as "What should I
    get my girlfriend?" (_WHAT); None for anything else, and where who is not the speaker and "nên" is not said
    ("Bạn tặng gì cho mẹ bạn?": what did you give?)."""
    m = _WHAT.fullmatch(text)
    if not m or bool(m["whom"]) == bool(m["whom2"]):
        return None
    said = who(m, True) if m["who"] or m["kin"] or m["titled"] or m["given"] else ("I", False)
    if said is None or not m["should"] and said[0] not in ("I", "we"):
        return None
    whom_vi = m["whom"] or m["whom2"]
    whom = _whom_en(whom_vi, EN_WHOSE.get(said[0]))
    why = whom and _for_en(m, whom_vi, whom)
    return None if why is None else f"What should {said[0]} get {whom}{why}?"


def _what_vi(text: str) -> str | None:
    """"What should I get my dad for his birthday?" as "Tôi nên tặng gì cho bố tôi nhân dịp sinh nhật?" (_WHAT_EN);
    None for anything else."""
    m = _WHAT_EN.fullmatch(text)
    why = m and _for_vi(m, m["whom"])
    if why is None or not (whom := as_whom(m["whom"], "en")):
        return None
    return capitalised(f"{who_vi(m)[0]} nên tặng gì cho {whom}{why}?")


def _needless(text: str) -> str | None:
    """"Bạn không cần mua quà đâu." as "You don't need to buy a present.", "Bạn không cần phải mua gì cho tôi đâu."
    as "You don't need to buy me anything." (_NEEDLESS); None for anything else, and for "tặng" to no one said."""
    m = _NEEDLESS.fullmatch(text)
    if not m or (said := who(m, False)) is None or m["whom"] and said[0] in ("I", "we"):
        return None
    (who_, one), whom = said, {"tôi": "me ", "mình": "me ", "chúng tôi": "us "}.get(keyed(m["whom"] or ""), "")
    if m["verb"] == "tặng" and not whom or m["verb"] == "mang" and m["what"] == "gì":  # (bringing anything: a party?)
        return None
    what = "a present" if m["what"] == "quà" else "anything"
    return capitalised(f"{who_} {'doesn' if one else 'don'}'t need to {_NEED_VERBS[m['verb']]} {whom}{what}.")


def _needless_vi(text: str) -> str | None:
    """"You don't need to buy a present." as "Bạn không cần mua quà đâu.", "You didn't have to get me anything." as
    "Bạn không cần phải mua gì cho tôi đâu." (_NEEDLESS_EN); None for anything else, and where "doesn't" does not
    agree with who."""
    m = _NEEDLESS_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said = m["not"].lower().replace("’", "'")
    verb = {"give": "tặng", "bring": "mang"}.get(m["verb"], "mua")
    what, whom = "gì" if m["what"] == "anything" else "quà", f" cho {EN_OBJECT_VI[m['whom']]}" if m["whom"] else ""
    if said != "didn't" and (said == "doesn't") != one or verb == "tặng" and not whom or (verb, what) == ("mang", "gì"):
        return None
    return capitalised(f"{who_} không cần {'phải ' * (m['need'] == 'have')}{verb} {what}{whom} đâu.")
