"""Jewellery worn, lost and taken off, both ways, written whole by rule: rings (a wedding ring), earrings, necklaces
and bracelets lost or dropped, worn or not, never taken off, taken off to wash up, and a ring too tight or loose. v8
(the rules on) reads "bông tai" as ears, "vòng cổ" as a neck, "lắc tay" as shaking, "chật" as frightened: "Tôi bị
mất nhẫn cưới." → "I'm lost my wedding ring.", "Chiếc nhẫn này chật quá." → "The ring was frightened.", "Cô ấy không
bao giờ tháo nhẫn ra." → "She never took the ring.", "Tôi đánh rơi bông tai." → "I fell my ears.", "Tôi không đeo vòng
cổ." → "I don't wear my neck.", "Tôi đánh rơi nhẫn xuống cống rồi." → "I fell ring to the village.", "Cô ấy đang đeo
lắc tay." → "She was wearing her shook."; and back, "I dropped my earring." → "Tôi thả tai.", "I don't wear a
necklace." → "Tôi không đeo cổ.", "She always wears a silver bracelet." → "Cô luôn đeo một chiếc cụ chỉnh hình bạc.",
"I can't get my ring off." → "Tôi không thể lấy nhẫn của tôi.", "Lan lost an earring yesterday." → "Lan mất một lỗ tai
hôm qua.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets: "vòng cổ" is a dog's collar) lost ("bị mất", "làm mất": "have lost";
"đã": lost; just; not; asked; on a day behind) or dropped ("đánh rơi": dropped; "rồi": have dropped) a thing of
ITEMS (gold, silver, diamond; "một chiếc": an earring; "đôi": earrings), dropped down the drain or the sink, lost or
dropped somewhere; who wears one (now: "đang"; always, never … of mt.hobbies.SELDOM; still; not any more; never has;
asked; "của mình": my own); who takes one off (always, never …, has to, just, did, has, can't, asked, "chưa?": yet),
to wash up or when washing up, swimming, cooking, before bed; a ring or a bracelet (this, the, whose) tight, too
tight, a bit loose, too big, not, asked. Whose is who's own, unsaid in Vietnamese ("Tôi bị mất nhẫn." → "I've lost my
ring."). Left: a name alone or "bạn tôi" with their own thing (his or her?), another's thing ("nhẫn của bạn"), "we"
or "they" losing or dropping a thing but wedding rings, and "our" or "their" ring tight (one shared, or each their
own?), "khuyên tai" worn, earrings worn in English and piercings (mt/tattoos.py), rings shown (mt/proposals.py),
pawned (mt/pawnshops.py), given (mt/gifts.py), swallowed (mt/swallowing.py), "anh", "chị", "em" alone saying it,
"I" asked, taking off plain ("Tôi tháo nhẫn ra.", "… để rửa bát.": did, or does?), a habit's "khi …" with one time
since (just, have, can't, yet), got off at last ("tháo được nhẫn ra rồi"), lost down a drain ("làm mất … xuống
cống"), put on ("đeo nhẫn vào"), a ring tight "rồi", and anything else.
mt.phrasebook.translate tries these after mt/watches.py.

    >>> translate("Tôi bị mất nhẫn cưới.", "vi", "en"), translate("She never takes her ring off.", "en", "vi")
    ("I've lost my wedding ring.", 'Cô ấy không bao giờ tháo nhẫn ra.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import near_days
from .hobbies import HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, owner_of, someone, who, \
    who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, stop, \
    third_person

_KEYS = {"vi": lazy(r"(?i:nhẫn|bông\s+tai|khuyên\s+tai|vòng\s+cổ|dây\s+chuyền|vòng\s+tay|lắc\s+tay)"),
         "en": lazy(r"(?i:\bring|earring|necklace|bracelet)")}
# the things (the first Vietnamese of each is written back), what they are made of, after them in Vietnamese
ITEMS = {"nhẫn": "ring", "nhẫn cưới": "wedding ring", "nhẫn đính hôn": "engagement ring", "bông tai": "earring",
         "khuyên tai": "earring", "vòng cổ": "necklace", "dây chuyền": "necklace", "vòng tay": "bracelet",
         "lắc tay": "bracelet"}
ITEMS_VI = {en: vi for vi, en in reversed(ITEMS.items())}
_MATS = {"vàng": "gold", "bạc": "silver", "kim cương": "diamond"}
_MATS_VI = {en: vi for vi, en in _MATS.items()}
_PAIRED = {"wedding ring", "engagement ring"}  # (not "a gold wedding ring": left)
# where a thing was dropped or lost; what it is taken off for ("khi …", "trước khi …": a habit said plainly)
_PLACES = {"xuống cống": "down the drain", "xuống bồn rửa": "down the sink", "xuống bồn rửa bát": "down the sink",
           "ở đâu đó": "somewhere"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())}
_WHY = {"để rửa bát": "to wash up", "để rửa chén": "to wash up", "khi rửa bát": "when washing up",
        "khi rửa chén": "when washing up", "trước khi rửa bát": "before washing up",
        "trước khi đi ngủ": "before going to bed", "khi đi bơi": "when swimming", "trước khi đi bơi": "before swimming",
        "khi nấu ăn": "when cooking"}
_WHY_VI = {en: vi for vi, en in reversed(_WHY.items())}
_DAYS = near_days("hôm qua", "tối qua", "hôm kia", "tuần trước")
_DAYS_VI = {en: vi for vi, en in _DAYS.items()}
# the verbs (a kind each), English (base, past, participle, -ing), and the Vietnamese written back
_VERBS = {"bị mất": "lose", "làm mất": "lose", "đánh mất": "lose", "đánh rơi": "drop", "làm rơi": "drop",
          "làm rớt": "drop", "đánh rớt": "drop", "đeo": "wear", "tháo": "off"}
_EN = {"lose": ("lose", "lost", "lost", "losing"), "drop": ("drop", "dropped", "dropped", "dropping"),
       "wear": ("wear", "wore", "worn", "wearing"), "off": ("take", "took", "taken", "taking")}
_VI = {"lose": "làm mất", "drop": "đánh rơi", "wear": "đeo", "off": "tháo"}
# what is said before the verb, as a tense (the rest: "rồi", "được", "nữa" after it, "không?" or "chưa?" asking)
_AUX = {"đã": "past", "vừa": "just", "vừa mới": "just", "mới": "just", "đang": "ing", "không": "not",
        "không thể": "cant", "vẫn": "still", "phải": "must", "chưa bao giờ": "nevperf", "không còn": "nomore",
        "có": "q", "có đang": "qing", "có bao giờ": "qever", "có phải": "qmust"} | {vi: "adv" for vi in SELDOM}
# the tenses each kind is read in ("qdid": "Did you lose …?"), and the Vietnamese of each
_KINDS = {"lose": ("perf", "past", "just", "didnt", "qdid"), "drop": ("past", "perf", "just", "didnt", "qdid"),
          "wear": ("pres", "ing", "not", "adv", "still", "nomore", "nevperf", "q", "qing"),
          "off": ("pres", "not", "adv", "nevperf", "must", "just", "past", "perf", "cant", "q", "qever", "qmust",
                  "qyet")}
_SAID_VI = {"pres": "{w} {v} {x}", "ing": "{w} đang {v} {x}", "not": "{w} không {v} {x}", "didnt": "{w} không {v} {x}",
            "adv": "{w} {a} {v} {x}", "still": "{w} vẫn {v} {x}", "nomore": "{w} không còn {v} {x} nữa",
            "nevperf": "{w} chưa bao giờ {v} {x}", "past": "{w} đã {v} {x}", "perf": "{w} {v} {x} rồi",
            "just": "{w} vừa {v} {x}", "must": "{w} phải {v} {x}", "cant": "{w} không {v} {x} được",
            "q": "{w} có {v} {x} không?", "qdid": "{w} có {v} {x} không?", "qing": "{w} có đang {v} {x} không?",
            "qever": "{w} có bao giờ {v} {x} không?", "qmust": "{w} có phải {v} {x} không?",
            "qyet": "{w} đã {v} {x} chưa?",
            # (as the brief's speakers say them: "Tôi bị mất nhẫn cưới.", "Tôi đánh rơi bông tai.")
            ("lose", "perf"): "{w} bị mất {x}", ("drop", "past"): "{w} đánh rơi {x}"}

_ITEM = (rf"(?:(?P<one>(?i:một)\s+)?(?P<cls>(?i:chiếc|cái|sợi|đôi))\s+)?(?P<item>(?i:{alternatives(ITEMS)}))"
         rf"(?:\s+(?P<mat>{alternatives(_MATS)}))?")
_DAY = rf"(?i:{alternatives(_DAYS)})"
# who lost, dropped, wears or takes off a thing ("Tôi bị mất nhẫn cưới.", "Cô ấy không bao giờ tháo nhẫn ra.")
_SAID = lazy(rf"(?:(?P<day>{_DAY})\s+)?{WHO}\s+(?:(?P<aux>{alternatives(_AUX)})\s+)?(?P<verb>{alternatives(_VERBS)})"
             rf"(?P<able>\s+được)?\s+{_ITEM}(?:\s+(?:của\s+)?(?P<owner>{alternatives(OWNERS)}))?(?P<ra>\s+ra)?"
             rf"(?:\s+(?P<place>{alternatives(_PLACES)}))?(?:\s+(?P<why>{alternatives(_WHY)}))?"
             rf"(?:\s+(?P<day2>{_DAY}))?(?:\s+(?P<done>rồi|được|nữa))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# a ring or a bracelet tight or loose ("Chiếc nhẫn này chật quá.", "Nhẫn cưới của tôi hơi lỏng.")
_SIZES = {"chật": "tight", "lỏng": "loose", "rộng": "big"}
_SIZED = {"nhẫn", "nhẫn cưới", "nhẫn đính hôn", "vòng tay", "lắc tay"}
_TIGHT = lazy(rf"(?:(?P<cls>(?i:chiếc|cái))\s+)?(?P<item>(?i:{alternatives(_SIZED)}))"
              rf"(?:\s+(?P<mat>{alternatives(_MATS)}))?"
              rf"(?:\s+(?P<this>này)|\s+(?:của\s+)?{OWNER})?\s+(?:(?P<ask>có)\s+)?(?:(?P<how>bị|hơi|không|quá)\s+)?"
              rf"(?P<size>chật|lỏng|rộng)(?:\s+(?P<much>quá|lắm))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# ... how, in English, by (how, much) said
_DEGREES = {("", ""): "", ("bị", ""): "too ", ("quá", ""): "too ", ("", "quá"): "too ", ("hơi", ""): "a bit ",
            ("", "lắm"): "very ", ("không", ""): "not "}
_DEGREES_VI = {"too ": "{s} quá", "a bit ": "hơi {s}", "very ": "{s} lắm", "": "{s}"}

# ... and in English: who, then anything up to the thing, checked by writing each tense and comparing (_said_vi)
_ITEMS_EN = alternatives({f"{en}{s}" for en in ITEMS_VI for s in ("", "s")})
_SAID_EN = lazy(rf"(?:(?i:do|does|did|are|is|am|have|has)\s+)?{WHO_EN}(?:\s+|(?=['’]))(?i:[a-z'’ ]+?)\s+"
                rf"(?:(?P<det>(?i:an?|{WHOSE_WORDS}))\s+)?(?:(?P<mat>(?i:{alternatives(_MATS_VI)}))\s+)?"
                rf"(?P<item>(?i:{_ITEMS_EN}))"
                r"(?P<rest>(?i:[a-z'’ ]*?))\s*(?P<end>[.!?]*)")
_REST_EN = lazy(rf"(?:\s+off)?(?:\s+(?P<place>{alternatives(_PLACES_VI)}))?(?:\s+(?P<why>{alternatives(_WHY_VI)}))?"
                rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?(?:\s+any\s*more|\s+yet)?", re.IGNORECASE)
_TIGHT_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:(?P<det>(?i:this|the|{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
                 rf"(?:(?P<mat>{alternatives(_MATS_VI)})\s+)?"
                 r"(?P<item>ring|wedding\s+ring|engagement\s+ring|bracelet)"
                 r"(?P<be>\s+is(?P<not>\s+not|n['’]t)?|['’]s)?\s+(?P<deg>(?:too|a\s+bit|very)\s+)?"
                 r"(?P<size>tight|loose|big)"
                 r"\s*(?P<end>[.!?]*)")
# contractions written out, to compare English as typed with English as written here ("'s" is "is" or "has")
_OUT = [(r"\bcan't\b|\bcannot\b", "can not"), (r"n't\b", " not"), (r"'ve\b", " have"), (r"'m\b", " am"),
        (r"'re\b", " are"), (r"\banymore\b", "any more")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who lost, dropped, wears or takes off a ring, earrings, a
    necklace or a bracelet, or that a ring is tight or loose; None for any other."""
    if src == "vi":
        return None if STRESSED_SAID.search(text) else _said(text) or _tight(text)
    return _said_vi(text) or _tight_vi(text)


def _key(kind: str, m: re.Match) -> str | None:
    """The tense of a match of _SAID (one of _KINDS[kind]) by what is said before and after the verb; None for any
    other, a "?" not asked by "có … không?" or "chưa?", and a plain take off without a habit's "khi" (did, or
    does?)."""
    aux, done, asked = keyed(m["aux"] or ""), keyed(m["done"] or ""), keyed(m["asked"] or "")
    key = _AUX.get(aux) if aux else "plain"
    # ("tháo được nhẫn ra rồi": got it off at last, not plain taken off)
    if ("?" in m["end"]) != bool(asked) or bool(m["able"]) and done in ("được", "rồi"):
        return None
    if asked:  # ("chưa?" asks yet: "Bạn tháo nhẫn ra chưa?")
        key = key if asked == "không" and key in ("q", "qing", "qever", "qmust") else "qyet" if asked == "chưa" and \
            key in ("plain", "past") else None
    elif key in ("q", "qing", "qever", "qmust"):
        return None
    if done == "rồi":
        key = "perf" if key in ("plain", "past") else None
    elif done == "được" or m["able"]:
        key = "cant" if key in ("not", "cant") else None
    elif (done == "nữa") != (key == "nomore"):
        return None
    day = m["day"] or m["day2"]
    key = {"plain": "past" if day or kind == "drop" else "perf" if kind == "lose" else "pres",
           "not": "didnt" if kind in ("lose", "drop") else "not",
           "q": "qdid" if kind in ("lose", "drop") else "q"}.get(key, key)
    return key if _fits(kind, key, m["place"], m["why"], day) else None


def _fits(kind: str, key: str | None, place: str | None, why: str | None, day: str | None) -> bool:
    """Whether a kind is said in the tense `key` with a place (dropped; lost only somewhere), a why (taken off) or a
    day behind (in the past), each Vietnamese; taking off plainly, not or asked only with a habit's "khi …", and
    never a habit's "khi …" with one time since ("I've just taken my ring off when washing up.")."""
    habit = bool(why) and not keyed(why).startswith("để")
    # ("làm mất nhẫn xuống cống" is not said: a ring goes down a drain dropped)
    placed = not place or kind == "drop" or kind == "lose" and keyed(place) == "ở đâu đó"
    return key in _KINDS[kind] and placed and (not why or kind == "off") and (
        not day or key in ("past", "didnt")) and (kind != "off" or key not in ("pres", "not", "q") or habit) and (
        not habit or key not in ("perf", "just", "cant", "qyet"))


def _thing(kind: str, item: str, mat: str | None, count: str, own: str | None, many: bool) -> str | None:
    """The thing in English, Vietnamese `item` made of `mat` (_MATS), as `kind` says it: whose own ("my ring", "her
    earrings" taken off), "một" (an earring), "đôi" (earrings), worn with "a" ("a necklace", "earrings"; many for
    "we": "rings"); "mine" (English only) who's own worn; None where whose is not known, and for what is not said."""
    noun = ITEMS[keyed(item)]
    if mat and noun in _PAIRED or count == "đôi" and noun != "earring" or count == "một" and kind not in ("lose",
                                                                                                        "drop"):
        return None
    noun = f"{_MATS[keyed(mat)]} {noun}" if mat else noun
    if count == "một":
        return f"{a_or_an(noun)} {noun}"
    many = many or count == "đôi" or noun.endswith("earring") and kind in ("wear", "off")
    noun = f"{noun}s" if many else noun
    if kind == "wear" and count != "mine":
        return noun if many else f"{a_or_an(noun)} {noun}"
    return own and f"{own} {noun}"


def _english(kind: str, key: str, who_: str, one: bool, obj: str, adv: str = "", short: bool = True) -> str:
    """A sentence of who (`one`: "she takes") doing `kind` to `obj` in the tense `key`, in English: "I've lost my
    ring.", "Do you wear a ring?", "She never takes her ring off."; contractions written out where not `short`."""
    base, past, done, ing = _EN[kind]
    base = "get" if key == "cant" else base
    s, do, have, not_ = third_person(base) if one else base, "does" if one else "do", "has" if one else "have", \
        "n't" if short else " not"
    can = "can't" if short else "can not"
    said = contracted if short else lambda w, rest: f"{w} {rest}"
    said = {"pres": f"{who_} {s}", "ing": said(who_, f"{be(who_)} {ing}"), "not": f"{who_} {do}{not_} {base}",
            "didnt": f"{who_} did{not_} {base}", "adv": f"{who_} {adv} {s}", "still": f"{who_} still {s}",
            "nomore": f"{who_} {do}{not_} {base}", "nevperf": said(who_, f"{have} never {done}"),
            "past": f"{who_} {past}", "perf": said(who_, f"{have} {done}"), "just": said(who_, f"{have} just {done}"),
            "must": f"{who_} {have} to {base}", "cant": f"{who_} {can} {base}",
            "q": f"{do} {who_} {base}", "qdid": f"did {who_} {base}", "qing": f"{be(who_)} {who_} {ing}",
            "qever": f"{do} {who_} ever {base}", "qmust": f"{do} {who_} have to {base}",
            "qyet": f"{have} {who_} {done}"}[key]
    obj += " any more" if key == "nomore" else " yet" if key == "qyet" else ""
    return capitalised(f"{said} {obj}{'?' if key.startswith('q') else '.'}")


def _said(text: str) -> str | None:
    """"Tôi bị mất nhẫn cưới." as "I've lost my wedding ring.", "Tôi đánh rơi bông tai." as "I dropped my earring.",
    "Tôi không đeo vòng cổ." as "I don't wear a necklace.", "Cô ấy không bao giờ tháo nhẫn ra." as "She never takes
    her ring off.", "Tôi luôn tháo nhẫn ra khi rửa bát." as "I always take my ring off when washing up." (_SAID);
    None for anything else, a pet, "anh", "chị", "em" alone saying it, "I" asked but whether one has to, whose another
    or not known, "we" or "they" losing or dropping but wedding rings, and "khuyên tai" worn (mt/tattoos.py's)."""
    m = _SAID.fullmatch(text)
    kind = m and _VERBS[keyed(m["verb"])]
    key = kind and _key(kind, m)
    if not key or (m["day"] and m["day2"]) or bool(m["ra"]) and kind != "off" or animal(m) or em_speaking(m) or \
            kind == "wear" and keyed(m["item"]) == "khuyên tai":
        return None
    said = who(m, key.startswith("q"))
    if not said or said[0] == "I" and key.startswith("q") and key != "qmust":
        return None
    who_, one = said
    own = whose_own(m, who_)
    if m["owner"] and OWNERS[keyed(m["owner"])] != own:  # ("của mình", "của tôi" after "tôi": one's own said)
        return None
    count = "một" if m["one"] else keyed(m["cls"] or "") if keyed(m["cls"] or "") == "đôi" else ""
    if kind == "wear" and key in ("still", "nomore") and ITEMS[keyed(m["item"])] in _PAIRED or \
            kind == "wear" and m["owner"] and count != "một":
        count = "mine"  # ("She still wears her wedding ring.", "Tôi không đeo nhẫn cưới của mình.": whose said)
    if who_ in ("we", "they") and kind in ("lose", "drop") and count != "một" and keyed(m["item"]) != "nhẫn cưới":
        return None  # ("Chúng tôi đánh rơi nhẫn.": one ring of the two, or each their own?)
    thing = _thing(kind, m["item"], m["mat"], count, own, who_ in ("we", "they"))
    if thing is None:
        return None
    day = m["day"] or m["day2"]
    rest = "".join(f" {table[keyed(vi)]}" for table, vi in ((_PLACES, m["place"]), (_WHY, m["why"]), (_DAYS, day))
                   if vi)
    obj = f"{thing}{' off' if kind == 'off' else ''}{rest}"
    adv = SELDOM.get(keyed(m["aux"] or ""), "")
    english = _english(kind, key, who_, one, obj, adv)
    return english if key.startswith("q") else f"{english[:-1]}{stop(m['end'])}"


def _tight(text: str) -> str | None:
    """"Chiếc nhẫn này chật quá." as "This ring is too tight.", "Nhẫn cưới của tôi hơi lỏng." as "My wedding ring is
    a bit loose.", "Nhẫn có bị chật không?" as "Is the ring too tight?" (_TIGHT); None for anything else, "rộng" but
    too or a bit big, whose not read, and "our" or "their"."""
    m = _TIGHT.fullmatch(text)
    if not m:
        return None
    deg, size = _DEGREES.get((keyed(m["how"] or ""), keyed(m["much"] or ""))), _SIZES[keyed(m["size"])]
    if size == "loose" and keyed(m["how"] or "") == "bị":
        deg = ""  # ("Nhẫn bị lỏng.": loose, as a fault; "bị chật": too tight)
    asked = bool(m["asked"])
    if deg is None or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (
            asked and deg not in ("", "too ")) or size == "big" and deg not in ("too ", "a bit ") or (
            m["mat"] and keyed(m["item"]) in ("nhẫn cưới", "nhẫn đính hôn")):
        return None
    whose = "this" if m["this"] else owner_of(m)
    if whose in (None, "our", "their"):  # ("Nhẫn của họ chật quá.": one ring, or each their own?)
        return None
    noun = " ".join(filter(None, (_MATS.get(keyed(m["mat"] or "")), ITEMS[keyed(m["item"])])))
    if asked:
        return f"Is {whose} {noun} {deg}{size}?"
    said = f"isn't {size}" if deg == "not " else f"is {deg}{size}"
    return capitalised(f"{whose} {noun} {said}{stop(m['end'])}")


def _variants(text: str) -> set[str]:
    """English typed, its contractions written out ("'s" after he or she as "is" and as "has"), in small letters, one
    space apart, the end dropped: to compare with what _english writes."""
    said = text.lower().replace("’", "'").rstrip(" .!?")
    for short, out in _OUT:
        said = re.sub(short, out, said)
    said = " ".join(said.split())
    return {re.sub(r"\b(he|she)'s\b", rf"\1 {be_}", said) for be_ in ("is", "has")}


def _own_en(m: re.Match, who_en: str, who_: str) -> str | None:
    """Whose own thing, in English, of who of a match of WHO_EN: "my" for "I", "her" for "my mother", his or her as
    typed for a name or a friend (English tells); None where typed another's ("I … your ring")."""
    det = (m["det"] or "").lower()
    own = EN_WHOSE.get(who_en) or his_her(who_) if not m["given"] else None
    if det in ("a", "an", ""):
        return own
    return det if det == own or own is None and det in ("his", "her") else None


def _said_vi(text: str) -> str | None:
    """"I've lost my wedding ring." as "Tôi bị mất nhẫn cưới.", "I dropped my earring." as "Tôi đánh rơi bông tai.",
    "I don't wear a necklace." as "Tôi không đeo vòng cổ.", "She never takes her ring off." as "Cô ấy không bao giờ
    tháo nhẫn ra." (_SAID_EN): each kind and tense written in English for who and the thing, and the one typed taken;
    None for anything else, a pet, "I" asked but whether one has to, and whose another's."""
    m = _SAID_EN.fullmatch(text)
    rest = m and _REST_EN.fullmatch(m["rest"])
    if not rest or animal(m):
        return None
    who_ = who_vi(m)[0]
    who_en = "I" if who_ == "tôi" else m["who"].lower() if m["who"] else m["given"] or f"{m['whose']} {m['kin']}"
    one = be(who_en) == "is"
    own = _own_en(m, who_en, who_)
    item = ITEMS_VI[keyed(m["item"]).removesuffix("s")]
    mat = _MATS_VI[m["mat"].lower()] if m["mat"] else None
    place, why, day = (keyed(rest[g]) if rest[g] else None for g in ("place", "why", "day"))
    place_vi, why_vi, day_vi = _PLACES_VI.get(place), _WHY_VI.get(why), _DAYS_VI.get(day)
    typed, asked = _variants(text), "?" in m["end"]
    for kind, keys in _KINDS.items():
        for key in keys:
            if key.startswith("q") != asked or asked and who_en == "I" and key != "qmust" or not _fits(
                    kind, key, place_vi, why_vi, day_vi) or kind == "wear" and item == "bông tai":
                continue  # (earrings worn in English: mt/tattoos.py's, "Cô ấy đeo khuyên tai.")
            for count in ("", "một", "đôi", "mine"):
                thing = _thing(kind, item, mat, count, own, who_en in ("we", "they"))
                for adv in HABIT_VI if key == "adv" else ("",):
                    objs = [f"{thing} off", f"off {thing}"] if kind == "off" else [thing]
                    rest_en = "".join(f" {w}" for w in (place, why, day) if w)
                    if thing and any(_variants(_english(kind, key, who_en, one, f"{obj}{rest_en}", adv, False)) &
                                     typed for obj in objs):
                        return _vietnamese(kind, key, who_, item, mat, count, (place_vi, why_vi), day_vi, adv,
                                           m["end"])
    return None


def _vietnamese(kind: str, key: str, who_: str, item: str, mat: str | None, count: str, rest: tuple, day: str | None,
                adv: str, end: str) -> str:
    """The Vietnamese of who doing `kind` to the thing in the tense `key` (its "rest": a place, a why), on a day."""
    item = "dây chuyền" if item == "vòng cổ" and mat else item  # (a gold necklace: "dây chuyền vàng")
    thing = f"{'một chiếc ' if count == 'một' else 'đôi ' if count == 'đôi' else ''}{item}{f' {mat}' if mat else ''}"
    thing += " ra" if kind == "off" else ""
    thing += "".join(f" {said}" for said in rest if said)
    if day and key == "past":  # ("Hôm qua tôi làm mất nhẫn.": the day says the past)
        key = "pres"
    said = (_SAID_VI.get((kind, key)) or _SAID_VI[key]).format(w=who_, v=_VI[kind], x=thing, a=HABIT_VI.get(adv, ""))
    said = capitalised(f"{day} {said}" if day else said)
    return said if said.endswith("?") else f"{said}{stop(end)}"


def _tight_vi(text: str) -> str | None:
    """"This ring is too tight." as "Chiếc nhẫn này chật quá.", "My wedding ring is a bit loose." as "Nhẫn cưới của
    tôi hơi lỏng.", "Is the ring too tight?" as "Chiếc nhẫn có bị chật không?" (_TIGHT_EN); None for anything else,
    "very big", plain "big" and "not big", and asked but plainly or too."""
    m = _TIGHT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    deg, size = " ".join((m["deg"] or "").split()) + " " * bool(m["deg"]), m["size"]
    if m["not"] and deg or size == "big" and deg not in ("too ", "a bit ") or m["q"] and deg not in ("", "too ") or \
            m["mat"] and m["item"] != "ring":
        return None
    size_vi = {en: vi for vi, en in _SIZES.items()}[size]
    det = (m["det"] or "").lower()
    item = f"{ITEMS_VI[' '.join(m['item'].split())]}{' ' + _MATS_VI[m['mat']] if m['mat'] else ''}"
    owner = someone(m["someone"], "en") if m["someone"] else WHOSE_VI.get(det)
    thing = f"chiếc {item} này" if det == "this" else f"chiếc {item}" if det == "the" else \
        owner and f"{item} của {owner}"
    if not thing:
        return None
    if m["q"]:
        return capitalised(f"{thing} có {'bị ' if deg or size == 'loose' else ''}{size_vi} không?")
    said = f"không {size_vi}" if m["not"] else "bị lỏng" if size == "loose" and not deg else \
        _DEGREES_VI[deg].format(s=size_vi)
    return capitalised(f"{thing} {said}{stop(m['end'])}")
