"""Furniture at home, both ways, written whole by rule: a sofa, a bed, a wardrobe, a dining table, a desk, a bookshelf
or chairs bought, assembled ("lắp", "lắp ráp"), needed or wanted; the furniture of a room rearranged ("kê lại bàn ghế");
where a piece was bought; a piece heavy, big or comfortable. v8 (every rule on) reads "sofa" as "sfa", "lắp tủ quần
áo" as putting clothes, "kê lại" as resisting, "giá sách" as a book's price, and "wardrobe", "dining table", "assemble"
as a bonus, a ranking table, concentrating: "Tôi vừa mua một bộ sofa mới." → "I just bought a new sfa.", "Chúng tôi
đang lắp tủ quần áo." → "We're putting clothes.", "Tôi muốn kê lại bàn ghế trong phòng khách." → "I'd like to resist
the table in the living room.", "Mẹ tôi định mua một cái tủ quần áo mới." → "My mother bought a new clothes.", "Tôi
lắp xong cái giá sách rồi." → "I'm finished the book's price.", "Cái ghế sofa này êm lắm." → "The sofa seat is very
humble."; "We're assembling a wardrobe." → "Chúng tôi đang tập trung một người thưởng thức.", "My father assembled
the wardrobe himself." → "Cha tôi tập trung vào người thưởng thức.", "We need a new dining table." → "Chúng ta cần một
bảng xếp hạng mới.", "This wardrobe is too heavy to move." → "Tiền thưởng này quá nặng để di chuyển.", "This sofa is
very comfortable." → "Món chua này rất thoải mái.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) buying, assembling, finishing assembling ("lắp xong") a piece of
FURNITURE ("một cái", "hai cái", "cái … này", new or not; "đồ nội thất" bought; the piece assembled "the"), or
rearranging the furniture ("bàn ghế", "đồ đạc") of a room: just ("vừa", "mới"), "đã", "… rồi", "đang", "sẽ", "sắp",
"định", wanting, needing or having to, "chưa", "sẽ không", not wanting or needing to, asked "… chưa?" or "có
muốn/cần/định … không?"; assembled by oneself ("Bố tôi tự lắp cái bàn này.": "… himself", in the past where no tense
is said); a piece needed or wanted ("Chúng tôi cần một cái bàn ăn mới."); where who bought this piece; this or that
piece heavy, big, small, light, comfortable, bulky, sturdy, expensive or cheap (too, very, a bit, not, asked; too
heavy to move or carry, not asked).
Left: "tủ" alone (a cupboard, a cabinet or a wardrobe?), "ghế", "bàn" with no count or "cái" (one or many?), "cái
…" with no count bought or needed (a or the?), a set ("bộ bàn ăn", "bộ ghế"; "bộ sofa" is a sofa), "giá sách này"
expensive or cheap (this book's price?), "sắp xếp lại đồ đạc" (one's things sorted out?), a plain "mua" or "lắp" (a
habit, past or ahead?), "anh", "chị", "em" alone saying it, asked of oneself, days said, whose pieces, a piece moved
("chuyển giường sang …": where to, and moving house's word), pieces heavy in the plural, wobbly or creaking furniture
(mt/creaks.py), things found on or under it (mt/finding.py), moving house (mt/moving.py), bought online
(mt/online_shopping.py), tidying (mt/tidying.py), and anything else.
mt.phrasebook.translate tries these after mt/resits.py.

    >>> translate("Tôi vừa mua một bộ sofa mới.", "vi", "en"), translate("We need a new dining table.", "en", "vi")
    ("I've just bought a new sofa.", 'Chúng tôi cần một cái bàn ăn mới.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import WHO, WHO_EN, animal, his_her_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_SELF, alternatives, be, capitalised, contracted, keyed, stop

# a piece: English one and many, whether Vietnamese says one with no word of count ("mua giường": a bed; "mua ghế":
# one chair or more?); the first Vietnamese of each is written back, with its word of count
FURNITURE = {"ghế sofa": ("sofa", "sofas", True), "sofa": ("sofa", "sofas", True),
             "sô pha": ("sofa", "sofas", True), "ghế sô pha": ("sofa", "sofas", True),
             "giường": ("bed", "beds", True), "giường tầng": ("bunk bed", "bunk beds", True),
             "tủ quần áo": ("wardrobe", "wardrobes", True), "bàn ăn": ("dining table", "dining tables", True),
             "bàn làm việc": ("desk", "desks", True), "bàn học": ("desk", "desks", True),
             "giá sách": ("bookshelf", "bookshelves", True), "kệ sách": ("bookshelf", "bookshelves", True),
             "tủ sách": ("bookcase", "bookcases", True), "ghế bành": ("armchair", "armchairs", True),
             "bàn trang điểm": ("dressing table", "dressing tables", True),
             "bàn uống nước": ("coffee table", "coffee tables", True),
             "bàn trà": ("coffee table", "coffee tables", True),
             "kệ ti vi": ("TV stand", "TV stands", True), "kệ tivi": ("TV stand", "TV stands", True),
             "tủ giày": ("shoe cabinet", "shoe cabinets", True),
             "ghế": ("chair", "chairs", False), "bàn": ("table", "tables", False)}
_WRITTEN = {"sofa": ("bộ", "sofa")}  # ("một bộ sofa mới": a sofa, as the shop says it; "mua ghế sofa" with none)
_BARE = {"sofa": "ghế sofa"}
FURNITURE_VI = {en.lower(): _WRITTEN.get(en, ("cái", vi)) for vi, ones in reversed(FURNITURE.items())
                for en in ones[:2]} | {"couch": ("bộ", "sofa"), "couches": ("bộ", "sofa")}
_MANY_EN = {many.lower() for _, many, _ in FURNITURE.values()} | {"couches"}
ROOMS = {"phòng khách": "living room", "phòng ngủ": "bedroom", "phòng ăn": "dining room",
         "phòng làm việc": "study", "nhà bếp": "kitchen", "bếp": "kitchen"}
ROOMS_VI = {en: vi for vi, en in reversed(ROOMS.items())}
# how a piece is, and how much ("nặng quá": too heavy, "rất nặng", "nặng lắm": very)
LIKE = {"nặng": "heavy", "nhẹ": "light", "to": "big", "lớn": "big", "nhỏ": "small", "êm": "comfortable",
        "cồng kềnh": "bulky", "chắc chắn": "sturdy", "đắt": "expensive", "rẻ": "cheap"}
LIKE_VI = {en: vi for vi, en in reversed(LIKE.items())} | {"large": "to"}
_GOOD = {"light", "comfortable", "sturdy", "cheap"}  # ("êm quá!": so comfortable, not too)
_KEYS = {"vi": lazy(r"(?i:sofa|sô\s+pha|giường|tủ|bàn|ghế|giá\s+sách|kệ|đồ\s+đạc|đồ\s+nội\s+thất)"),
         "en": lazy(r"(?i:sofa|couch|bed|wardrobe|\btable|desk|shel|bookcase|chair|\bstand|cabinet|furniture)")}

# the verbs: Vietnamese written back; English base, with "-s", past, participle, "-ing"
_VERBS = {"buy": ("mua", "buy", "buys", "bought", "bought", "buying"),
          "assemble": ("lắp", "assemble", "assembles", "assembled", "assembled", "assembling"),
          "finish": ("lắp xong", "finish assembling", "finishes assembling", "finished assembling",
                     "finished assembling", "finishing assembling"),
          "rearrange": ("kê lại", "rearrange", "rearranges", "rearranged", "rearranged", "rearranging"),
          "need": ("cần", "need", "needs", "needed", "needed", "needing"),
          "want": ("muốn", "want", "wants", "wanted", "wanted", "wanting")}
_VERBS_VI = {"mua": "buy", "lắp": "assemble", "lắp ráp": "assemble", "kê lại": "rearrange", "sắp xếp lại": "rearrange",
             "bố trí lại": "rearrange", "cần": "need", "muốn": "want"}
# the tense or mood of a Vietnamese word before the verb (its first written back), and after the thing
_PRE = {"vừa": "just", "vừa mới": "just", "mới": "just", "đã": "past", "đang": "now", "sẽ": "will", "sắp": "soon",
        "định": "plan", "đang định": "plan", "muốn": "want", "cần": "need", "phải": "must", "chưa": "not_yet",
        "sẽ không": "wont", "không muốn": "nowant", "không cần": "noneed", "có muốn": "want_q", "có cần": "need_q",
        "có định": "plan_q", "không": "pres_no", "có": "pres_q"}
_PRE_VI = {key: vi for vi, key in reversed(_PRE.items())} | {"already": "đã", "done": "", "yet_q": "đã", "pres": "",
                                                            "self": "", "where_q": ""}
_POST_VI = {"done": " rồi", "already": " rồi", "yet_q": " chưa?", "want_q": " không?", "need_q": " không?",
            "plan_q": " không?", "pres_q": " không?", "where_q": " ở đâu?"}
_ASKED = {"yet_q", "want_q", "need_q", "plan_q", "pres_q", "where_q"}
_TENSES = {"just", "past", "done", "already", "now", "will", "soon", "plan", "want", "need", "must", "not_yet", "wont",
           "nowant", "noneed", "yet_q", "want_q", "need_q", "plan_q"}
_KEYS_OF = {"buy": _TENSES | {"where_q"}, "assemble": _TENSES | {"self"}, "rearrange": _TENSES,
            "finish": {"just", "past", "done", "already", "not_yet", "yet_q"}, "need": {"pres", "pres_no", "pres_q"},
            "want": {"pres", "pres_no", "pres_q"}}
_MASS = {"bàn ghế": "rearrange", "đồ đạc": "rearrange", "đồ nội thất": "any"}  # (furniture, for which verbs)

_FURN = rf"(?i:{alternatives(FURNITURE)})"
_N = rf"(?P<n>(?i:{alternatives(VI_TO_EN)})|[1-9])"
_THING = (rf"(?:(?:{_N}\s+)?(?:(?P<cls>(?i:cái|chiếc|bộ))\s+)?(?P<furn>{_FURN})(?:\s+(?P<new>mới))?"
          r"(?:\s+(?P<this>này))?"
          rf"|(?P<mass>(?i:{alternatives(_MASS)}))(?:\s+(?P<mnew>mới))?)")
_ROOM = rf"(?:\s+(?:(?:trong|ở)\s+)?(?P<room>(?i:{alternatives(ROOMS)}))(?:\s+(?:của\s+)?(?P<rwhose>(?i:" \
        rf"{alternatives(OWNERS)})))?)?"
_DOING = lazy(rf"{WHO}\s+(?:(?P<pre>{alternatives(_PRE)})\s+)?(?P<self>tự\s+)?(?P<verb>(?i:{alternatives(_VERBS_VI)}))"
              rf"(?P<xong>\s+xong)?\s+{_THING}(?P<xong2>\s+xong)?{_ROOM}(?:\s+(?P<where>ở\s+đâu))?"
              rf"(?:\s+(?P<post>rồi|chưa))?{ASKED_END}")
_IS = lazy(rf"(?:(?P<cls>[Cc]ái|[Cc]hiếc|[Bb]ộ)\s+)?(?P<furn>{_FURN})\s+(?P<dem>này|đó|kia)\s+(?:(?P<ask>có)\s+|"
           rf"(?P<not>không)\s+)?(?:(?P<pre>rất|quá|hơi)\s+)?(?P<like>{alternatives(LIKE)})(?:\s+(?P<post>quá|lắm))?"
           r"(?P<to>\s*,?\s+không\s+(?P<move>khiêng|bê|chuyển|di\s+chuyển)\s+(?:nổi|được))?" + ASKED_END)

# ... and in English
_FURN_EN = rf"(?i:{alternatives(FURNITURE_VI)})"
_THING_EN = (rf"(?:(?P<det>(?i:an?|the|this|{alternatives(EN_TO_VI)}|[1-9]))\s+(?P<new>new\s+)?(?P<furn>{_FURN_EN})|"
             r"(?P<mass>(?:(?i:the|some)\s+)?(?:new\s+)?furniture))")
_ROOM_EN = rf"(?:\s+in\s+(?P<rwhose>(?i:the|{WHOSE_WORDS}))\s+(?P<room>{alternatives(ROOMS_VI)}))?"
_DOING_EN = lazy(rf"(?:(?i:have|has|do|does|are|is|am|where\s+did)\s+)?(?P<subj>{WHO_EN})(?:\s+|(?=['’]))[a-z’' ]+?\s+"
                 rf"{_THING_EN}(?P<self>\s+(?i:{alternatives(EN_SELF.values())}))?{_ROOM_EN}(?P<yet>\s+yet)?"
                 r"\s*(?P<end>[.!?]*)")
_IS_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<dem>(?i:this|that))\s+(?P<furn>{_FURN_EN})(?:(?P<be>\s+is|['’]s)"
              r"(?P<not>\s+not|n['’]t)?)?\s+(?:(?P<deg>too|very|so|a\s+bit)\s+)?"
              rf"(?P<like>{alternatives(LIKE_VI)})(?:\s+to\s+(?P<move>move|carry))?\s*(?P<end>[.!?]*)")
_DEGREE_VI = {"too": "{} quá", "so": "{} quá", "very": "rất {}", "a bit": "hơi {}", "": "{}"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who buys, assembles or rearranges furniture, needs or wants a
    piece, where it was bought, or how a piece is; None for any other."""
    if src == "vi":
        return _doing(text) or _is(text)
    return _doing_vi(text) or _is_vi(text)


def _forms(who_: str, key: str, verb: str) -> list[tuple[str, str]]:
    """English of who doing `verb` in the tense or mood `key`, as (the words before the thing, after it): the first as
    written ("I've just bought", "Have you bought … yet"), the rest as also read ("I have just bought", "I just
    bought")."""
    base, s_form, past, pp, ing = _VERBS[verb][1:]
    one, be_ = be(who_) == "is", be(who_)
    have, do = ("has", "does") if one else ("have", "do")
    asked = {"yet_q": [f"{have} {who_} {pp}"], "want_q": [f"{do} {who_} want to {base}"],
             "need_q": [f"{do} {who_} need to {base}"], "pres_q": [f"{do} {who_} {base}"],
             "plan_q": [f"{be_} {who_} planning to {base}", f"{be_} {who_} going to {base}"],
             "where_q": [f"where did {who_} {base}"]}.get(key)
    if asked:
        return [(capitalised(said), " yet" if key == "yet_q" else "") for said in asked]
    said = {"just": [f"{have} just {pp}", f"just {past}"], "past": [past], "self": [past],
            "done": [f"{have} {pp}"], "already": [f"{have} already {pp}", f"already {past}"], "now": [f"{be_} {ing}"],
            "will": [f"will {base}"], "soon": [f"{be_} about to {base}"],
            "plan": [f"{be_} planning to {base}", f"{be_} going to {base}"],
            "want": [f"want{'s' * one} to {base}"], "need": [f"need{'s' * one} to {base}"],
            "must": [f"{have} to {base}"],
            "not_yet": [f"{have}n't {pp}", f"{have} not {pp}"], "wont": [f"won't {base}", f"will not {base}"],
            "nowant": [f"{do}n't want to {base}", f"{do} not want to {base}"],
            "noneed": [f"{do}n't need to {base}", f"{do} not need to {base}"], "pres": [s_form if one else base],
            "pres_no": [f"{do}n't {base}", f"{do} not {base}"]}[key]
    tail = " yet" if key == "not_yet" else ""
    written = [capitalised(contracted(who_, x)) for x in said]
    return [(w, tail) for w in written + [capitalised(f"{who_} {x}") for x in said if f"{who_} {x}" not in written]]


def _key(m: re.Match, verb: str) -> str | None:
    """The tense or mood of a match of _DOING, by the words before the verb, "rồi", "chưa" and "ở đâu" after it and
    "không?" ("just", "done", "yet_q", "want_q" …); None where they do not go together or the verb takes none such."""
    pre, post, asked = keyed(m["pre"] or ""), m["post"] or "", "?" in m["end"]
    key = _PRE.get(pre, "pres" if verb in ("need", "want") else "self" if m["self"] else None)
    if m["where"]:
        key = "where_q" if pre in ("", "đã") and not (post or m["asked"]) else None
    elif post == "rồi":
        key = {"": "done", "đã": "already"}.get(pre) if not m["self"] else None
    elif post == "chưa":
        key = "yet_q" if pre in ("", "đã") and not m["self"] else None
    if key in ("pres", "pres_no", "pres_q") and verb not in ("need", "want") or key in ("want_q", "need_q") and \
            verb in ("need", "want") or key not in _KEYS_OF[verb]:
        return None
    if bool(m["asked"]) != (key in _ASKED - {"yet_q", "where_q"}) or asked != (key in _ASKED):
        return None  # ("có … không?" only with "có", "chưa?" and "ở đâu?" asked, a "?" on nothing else)
    return key


def _thing(m: re.Match, verb: str) -> str | None:
    """The thing of a match of _DOING in English: "a new sofa", "this table", "two chairs", "the bookshelf" (what is
    assembled or finished, after "cái" or not), "the furniture" (rearranged), "new furniture"; None where it is not
    read for sure ("mua ghế": one chair or more?, "mua cái giường": a bed or the bed?, "sắp xếp lại đồ đạc": one's
    things sorted out, as often as the furniture)."""
    if m["mass"]:
        mass, new = keyed(m["mass"]), " new" * bool(m["mnew"])
        if verb == "rearrange":  # ("sắp xếp lại đồ đạc": sorting one's things out too)
            return None if new or mass == "đồ đạc" and keyed(m["verb"]) == "sắp xếp lại" else "the furniture"
        return f"{new.strip()} furniture".strip() if _MASS[mass] == "any" and verb in ("buy", "need", "want") else None
    if verb == "rearrange":
        return None
    one, many, bare = FURNITURE[keyed(m["furn"])]
    if keyed(m["cls"] or "") == "bộ" and one != "sofa":
        return None  # ("bộ bàn ăn": a dining set)
    new = "new " if m["new"] else ""
    n = VI_TO_EN.get(keyed(m["n"] or ""), m["n"])
    if n and n not in ("one", "1"):
        return f"{'these ' * bool(m['this'])}{n} {new}{many}"
    if m["this"]:
        return f"this {new}{one}"
    if n:
        return f"{a_or_an(new + one)} {new}{one}"
    if verb in ("finish", "assemble"):  # (a piece assembled is the one at hand: "Tôi phải lắp giường.", the bed)
        return f"the {new}{one}" if m["cls"] or bare else None
    return f"{a_or_an(new + one)} {new}{one}" if bare and not m["cls"] else None


def _doing(text: str) -> str | None:
    """"Tôi vừa mua một bộ sofa mới." as "I've just bought a new sofa.", "Chúng tôi đang lắp tủ quần áo." as "We're
    assembling the wardrobe.", "Bố tôi tự lắp cái bàn này." as "My father assembled this table himself.", "Tôi muốn kê
    lại bàn ghế trong phòng khách." as "I want to rearrange the furniture in the living room.", "Chúng tôi cần một
    cái bàn ăn mới." as "We need a new dining table.", "Bạn mua cái giường này ở đâu?" as "Where did you buy this
    bed?" (_DOING); None for anything else."""
    m = _DOING.fullmatch(text)
    if not m or m["xong"] and m["xong2"] or animal(m):
        return None
    verb = _VERBS_VI[keyed(m["verb"])]
    if m["xong"] or m["xong2"]:
        verb = "finish" if verb == "assemble" and not m["self"] else ""
    key = verb and _key(m, verb)
    if not key or m["self"] and verb != "assemble" or key == "where_q" and not m["this"] or \
            m["room"] and verb != "rearrange":
        return None
    said = who(m, key in _ASKED)
    thing = _thing(m, verb)
    if not said or not thing or key in _ASKED and said[0] == "I":
        return None  # (asked of oneself: "Tôi đã mua giường chưa?")
    self_ = ""
    if m["self"]:
        self_ = EN_SELF.get(said[0]) or {"his": "himself", "her": "herself"}.get(his_her_of(m) or "")
        if not self_:
            return None  # (a name alone: himself or herself?)
        self_ = f" {self_}"
    room = ""
    if m["room"]:
        room = f" in {OWNERS[keyed(m['rwhose'])] if m['rwhose'] else 'the'} {ROOMS[keyed(m['room'])]}"
    head, tail = _forms(said[0], key, verb)[0]
    end = "?" if key in _ASKED else stop(m["end"])
    return f"{head} {thing}{self_}{room}{tail}{end}"


def _is(text: str) -> str | None:
    """"Cái tủ quần áo này nặng quá." as "This wardrobe is too heavy.", "Cái ghế sofa này êm lắm." as "This sofa is
    very comfortable.", "Cái giường này có nặng không?" as "Is this bed heavy?", "Cái tủ quần áo này nặng quá, không
    khiêng nổi." as "… too heavy to carry." (_IS); None for anything else, for "ghế này" (this chair, or these?), a
    set ("bộ bàn ăn này") and "giá sách này" expensive or cheap (the price of this book?)."""
    m = _IS.fullmatch(text)
    if not m:
        return None
    one, _, bare = FURNITURE[keyed(m["furn"])]
    asked, pre, post = bool(m["asked"]), m["pre"] or "", m["post"] or ""
    if asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (m["cls"] or bare) or pre and post:
        return None
    if keyed(m["cls"] or "") == "bộ" and one != "sofa" or not m["cls"] and keyed(m["furn"]) == "giá sách" and \
            LIKE[keyed(m["like"])] in ("expensive", "cheap"):
        return None  # ("bộ bàn ăn": a dining set; "giá sách này đắt": this book's price, as often as the shelf)
    if m["not"] and (pre or post == "quá") or m["to"] and not (pre == "quá" or post == "quá") or \
            m["to"] and (asked or m["not"] or LIKE[keyed(m["like"])] not in ("heavy", "bulky")):
        return None
    like = LIKE[keyed(m["like"])]
    degree = {"quá": "so " if like in _GOOD else "too ", "rất": "very ", "lắm": "very ", "hơi": "a bit "}.get(
        pre or post, "")
    if asked and degree == "so ":
        return None
    to = f" to {'carry' if m['move'] in ('khiêng', 'bê') else 'move'}" if m["to"] else ""
    this = f"{'this' if m['dem'] == 'này' else 'that'} {one}"
    if asked:
        return f"Is {this} {degree}{like}?"
    return capitalised(f"{this} {'is not' if m['not'] else 'is'} {degree}{like}{to}{stop(m['end'])}".replace(
        "is not", "isn't"))


def _who_en(m: re.Match) -> str:
    """Who of a match of WHO_EN (group subj) as `_forms` writes it: "I", "she", "my mother", "Lan"."""
    said = " ".join(m["subj"].split())
    return "I" if said.lower() == "i" else said.lower() if m["who"] or m["kin"] else said


def _thing_vi(m: re.Match, verb: str) -> str | None:
    """The thing of a match of _DOING_EN in Vietnamese: "a new sofa" as "một bộ sofa mới", "a wardrobe" as "tủ quần
    áo", "this bed" as "cái giường này", "two chairs" as "hai cái ghế", "the furniture" as "bàn ghế"; None where
    "a" or the count does not agree ("a chairs", "two chair", "an bed")."""
    if m["mass"]:
        words = keyed(m["mass"]).split()
        if verb == "rearrange":
            return "bàn ghế" if words == ["the", "furniture"] else None
        if words[0] == "the" or verb not in ("buy", "need", "want"):
            return None
        return f"đồ nội thất{' mới' * ('new' in words)}"
    if verb == "rearrange":
        return None
    det, furn, new = m["det"].lower(), " ".join(m["furn"].lower().split()), " mới" if m["new"] else ""
    cls, vi = FURNITURE_VI[furn]
    many = furn in _MANY_EN
    if (det in ("a", "an", "this", "the", "one", "1")) == many:
        return None
    if det in ("a", "an"):
        if a_or_an(" ".join(((m["new"] or "") + furn).split())) != det:
            return None
        bare = next(b for v, (_, _, b) in FURNITURE.items() if v == vi)
        # (a piece wanted is counted: "Tôi muốn một cái giường.", not "Tôi muốn giường.")
        return _BARE.get(vi, vi) if bare and not new and verb != "want" else f"một {cls} {vi}{new}"
    if det in ("this", "the"):
        return f"{cls} {vi}{new}{' này' * (det == 'this')}"
    return f"{EN_TO_VI.get(det, det)} {cls} {vi}{new}"


def _doing_vi(text: str) -> str | None:
    """"I've just bought a new sofa." as "Tôi vừa mua một bộ sofa mới.", "We're assembling a wardrobe." as "Chúng tôi
    đang lắp tủ quần áo.", "My father assembled the wardrobe himself." as "Bố tôi tự lắp cái tủ quần áo.", "Have you
    bought a new bed yet?" as "Bạn đã mua giường mới chưa?", "Where did you buy this bed?" as "Bạn mua cái giường này
    ở đâu?" (_DOING_EN: the words between who and the thing read by `_forms`); None for anything else, and where a
    verb, "himself" or "a" does not agree."""
    m = _DOING_EN.fullmatch(text)
    if not m:
        return None
    who_ = _who_en(m)
    head = " ".join(text[:m.start("det") if m["det"] else m.start("mass")].replace("’", "'").lower().split())
    tail = " yet" if m["yet"] else ""
    found = [(verb, key) for verb, keys in _KEYS_OF.items() for key in keys
             if any(h.lower() == head and t == tail for h, t in _forms(who_, key, verb))]
    if m["self"] or ("assemble", "self") in found:  # ("My father assembled the table himself.": "self", not "past")
        found = [f for f in found if f[1] != ("past" if m["self"] else "self")]
    if len(found) != 1:
        return None
    verb, key = found[0]
    if (key in _ASKED) != ("?" in m["end"]) or key == "where_q" and m["det"] != "this" or \
            bool(m["room"]) and verb != "rearrange":
        return None
    said, _ = who_vi(m)
    if animal(m) or key in _ASKED and said == "tôi" or m["self"] and verb != "assemble":
        return None
    thing = _thing_vi(m, verb)
    if thing is None:
        return None
    self_ = ""
    if m["self"]:
        own = EN_SELF.get(who_) or {"his": "himself", "her": "herself"}.get(his_her(said) or "")
        if m["self"].strip().lower() != own and not (m["given"] and own is None and m["self"].strip() in (
                "himself", "herself")):
            return None
        self_ = "tự "
        key = "" if key == "self" else key
    elif key == "self" or key == "past" and verb == "assemble":
        return None  # ("My father assembled the table.": "Bố tôi đã lắp" reads as done, but not said so by "tự")
    room = ""
    if m["room"]:
        whose = m["rwhose"].lower()
        room = f" trong {ROOMS_VI[m['room'].lower()]}{'' if whose == 'the' else ' của ' + WHOSE_VI[whose]}"
    pre = _PRE_VI.get(key, "")
    said_vi = f"{said} {pre} {self_}{_VERBS[verb][0]} {thing}{room}".replace("  ", " ")
    end = "" if key in _ASKED else stop(m["end"])
    return capitalised(f"{said_vi}{_POST_VI.get(key, '')}{end}")


def _is_vi(text: str) -> str | None:
    """"This wardrobe is too heavy." as "Cái tủ quần áo này nặng quá.", "This sofa is very comfortable." as "Bộ sofa
    này rất êm.", "Is this bed heavy?" as "Cái giường này có nặng không?", "This wardrobe is too heavy to move." as
    "Cái tủ quần áo này nặng quá, không chuyển nổi." (_IS_EN); None for anything else, and for "too heavy to move"
    asked."""
    m = _IS_EN.fullmatch(text)
    furn = m and " ".join(m["furn"].lower().split())
    if not m or furn in _MANY_EN or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    deg, like = " ".join((m["deg"] or "").split()), m["like"].lower()
    if m["q"] and deg == "so" or deg == "too" and like in _GOOD or m["not"] and deg not in ("", "very") or \
            m["move"] and (deg != "too" or m["not"] or m["q"] or like not in ("heavy", "bulky")):
        return None
    cls, vi = FURNITURE_VI[furn]
    this = f"{cls} {vi} {'này' if m['dem'].lower() == 'this' else 'đó'}"
    how = _DEGREE_VI[deg].format(LIKE_VI[like])
    if m["q"]:
        return capitalised(f"{this} có {how.replace('rất ', '')}{' lắm' * (deg == 'very')} không?")
    if m["not"]:
        return capitalised(f"{this} không {LIKE_VI[like]}{' lắm' * (deg == 'very')}.")
    to = f", không {'khiêng' if m['move'] == 'carry' else 'chuyển'} nổi" if m["move"] else ""
    return capitalised(f"{this} {how}{to}{stop(m['end'])}")
