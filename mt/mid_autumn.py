"""The Mid-Autumn Festival, both ways, written whole by rule: mooncakes (baked, sticky rice) bought, made, eaten,
liked; lanterns (star lanterns, revolving lanterns) made, bought, wanted; children out with their lanterns; the lion
dance watched; the feast on the festival night; and when the festival is. v8 (rules on) reads "bánh trung thu" as
middle cookies or a lobby, "đèn lồng" as a light nest, "rước đèn" as in front of the light, "múa lân" as a clinical
scoop, "rằm" as chin: "Tôi mua bánh trung thu cho bọn trẻ." → "I bought middle cookies for children.", "Bạn đã ăn
bánh trung thu chưa?" → "Are you already eating a lobby?", "Bà tôi tự làm bánh trung thu." → "My grandfather makes
the loyalty.", "Tôi không thích bánh dẻo." → "I don't like snake.", "Con tôi muốn đèn ông sao." → "I want you to light
you.", "Tối nay bọn trẻ đi rước đèn." → "Tonight, the children went to front of the light.", "Chúng tôi phá cỗ đêm
trung thu." → "We destroyed the middle night.", "Tết Trung thu là rằm tháng tám." → "Tet is chin in August."; and
back, "Have you eaten any mooncakes yet?" → "Bạn đã ăn bất kỳ loại thức ăn nào chưa?", "My grandmother makes her own
mooncakes." → "Bà tôi làm cho bà ta bước chân của mình.", "My son wants a star lantern." → "Con trai tôi muốn một
ngôi sao của tôi lan sang.", "The kids are going out with lanterns tonight." → "Trẻ ra ngoài với các cơn bão tối
nay.", "We watched the lion dance yesterday." → "Chúng tôi nhìn thấy vũ công hôm qua.".

Taken: who (mt.hobbies.WHO, WHO_EN; "bọn trẻ", "the kids" of mt.noise.GROUPS) buying or making mooncakes or a lantern
for someone (mt.hobbies.WHOM; "em tôi" only as "em trai", "em gái"), with "đã", "vừa", "rồi", "chưa", "sẽ", "đang"
or a near day (mt.dates.near_days), and bare with "cho" as done ("Tôi mua bánh trung thu cho bọn trẻ.": bought);
making one's own mooncakes ("tự làm"); eating them yet, already or on a day behind; liking mooncakes or watching
the lion dance; wanting a lantern (lanterns, wanted by the kids, we or they; "a" denied is not counted in Vietnamese:
"không muốn đèn lồng"); going out with lanterns ("đi rước đèn"), watching the lion dance or going to, having the feast
("phá cỗ": "a Mid-Autumn feast"; in English "a feast" only on Mid-Autumn night), on a near day, on the festival night
or with a word of tense, asked ("Did …", "Are … tonight?"); when the festival is ("rằm tháng tám").
Left: buying, making or eating with no word of time ("Tôi mua bánh trung thu.": done, or a habit?), a lantern bought
or made for no one and uncounted (one or many?), "bánh nướng" alone (any baked cake; "bánh nướng trung thu" is taken),
tastes ("Bánh dẻo ngọt quá.": so sweet, or too sweet?; mt/tastes.py), gifts given ("tặng", "biếu": mt/gifts.py),
the festival spent or gone home for (mt/holidays.py), "tối rằm" (any month's full moon), "các con tôi" (not in
mt.hobbies.WHOM), "em tôi" as who or whom, "anh", "chị", "em" alone saying it, a pet as who, asked of oneself, "không?"
without "có", a statement asking to be agreed with ("nhỉ"), "chúng ta", "mình" doing it with no word of tense and no
day behind ("Tối nay chúng ta đi rước đèn.": let's?), "đang đi xem múa lân" ("We're going to watch …" reads as a
plan), English going out, going to watch or having the feast with "-ing" and no day ("We're going out with lanterns.":
now, or a plan?), and anything else.
mt.phrasebook.translate tries these after mt/admissions.py.

    >>> translate("Bà tôi tự làm bánh trung thu.", "vi", "en"), translate("My son wants a star lantern.", "en", "vi")
    ('My grandmother makes her own mooncakes.', 'Con trai tôi muốn một chiếc đèn ông sao.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, who, who_vi, whose_own
from .lazy_re import lazy
from .noise import GROUPS
from .rule_keys import key_checked
from .terms import his_her
from .text import ASKED_END, EN_WHOSE, alternatives, capitalised, contracted, keyed

_KEYS = {"vi": lazy(r"(?i:trung\s+thu|bánh\s+dẻo|đèn\s+lồng|đèn\s+ông\s+sao|đèn\s+kéo\s+quân|rước\s+đèn|múa\s+lân|"
                    r"phá\s+cỗ)"),
         "en": lazy(r"(?i:mooncake|lantern|lion\s+dance|mid-autumn)")}
# the things (English one, many; the first Vietnamese of each English is written back)
THINGS = {"bánh trung thu": ("mooncake", "mooncakes"), "bánh nướng trung thu": ("baked mooncake", "baked mooncakes"),
          "bánh dẻo trung thu": ("sticky rice mooncake", "sticky rice mooncakes"),
          "bánh dẻo": ("sticky rice mooncake", "sticky rice mooncakes"), "đèn lồng": ("lantern", "lanterns"),
          "đèn ông sao": ("star lantern", "star lanterns"), "đèn kéo quân": ("revolving lantern", "revolving lanterns"),
          "đèn trung thu": ("Mid-Autumn lantern", "Mid-Autumn lanterns")}
THINGS_VI = {en.lower(): vi for vi, ones in THINGS.items() if vi != "bánh dẻo trung thu" for en in ones} | {
    "baked mooncake": "bánh nướng", "baked mooncakes": "bánh nướng"}
_LANTERNS = {"lantern", "star lantern", "revolving lantern", "mid-autumn lantern"}
# what is done (Vietnamese verb: English base, "-s", past, participle, "-ing")
VERBS = {"mua": ("buy", "buys", "bought", "bought", "buying"), "làm": ("make", "makes", "made", "made", "making"),
         "ăn": ("eat", "eats", "ate", "eaten", "eating"), "thích": ("like", "likes", "liked", "liked", "liking"),
         "muốn": ("want", "wants", "wanted", "wanted", "wanting")}
_FORMS_VI = {form: vi for vi, forms in VERBS.items() for form in forms}
# ... and the festival's doings (English base, "-s", past, participle, "-ing", the rest)
ACTS = {"đi rước đèn": ("go", "goes", "went", "gone", "going", " out with lanterns"),
        "xem múa lân": ("watch", "watches", "watched", "watched", "watching", " the lion dance"),
        "đi xem múa lân": ("go", "goes", "went", "gone", "going", " to watch the lion dance"),
        "phá cỗ": ("have", "has", "had", "had", "having", " a feast"),
        "phá cỗ trung thu": ("have", "has", "had", "had", "having", " a Mid-Autumn feast")}
_ACT_ALSO = {"rước đèn": "đi rước đèn"}
_ACT_FORMS = {(form, rest.strip().lower()): vi for vi, (*forms, rest) in ACTS.items() for form in forms}
# near days (the first Vietnamese of each English is written back); the festival night
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "tuần trước", "năm ngoái", "tối nay", "đêm nay",
                  "ngày mai", "tối mai", "tuần sau", "năm sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_NIGHT = {"đêm trung thu": "on Mid-Autumn night", "tối trung thu": "on Mid-Autumn night",
          "đêm rằm tháng tám": "on Mid-Autumn night"}
_KIDS = {vi: en for vi, (en, _) in GROUPS.items() if en == "the kids" and vi != "trẻ con"}  # (bare "trẻ con": any)
_KIDS_VI = {"the kids": "bọn trẻ", "the children": "bọn trẻ"}
_ONE = {"chiếc": "a", "cái": "a", "hộp": "a box of"}

# Vietnamese: [day] who [word of tense] [tự] verb thing [for whom] [day] [rồi] [không|chưa]
_WHO = rf"(?:{WHO}|(?P<kids>(?i:{alternatives(_KIDS)})))"
_WHEN = rf"(?P<{{0}}>(?i:(?:vào\s+)?(?:{alternatives(_DAYS)}|{alternatives(_NIGHT)})))"
_AUX = r"(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|chưa|đang|không|có)\s+)?"
_DOING = (rf"(?:(?P<own>tự)\s+)?(?P<verb>{alternatives(VERBS)})(?:\s+(?P<eat>ăn))?\s+(?:(?P<one>một)\s+"
          rf"(?P<cls>{alternatives(_ONE)})\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+cho\s+(?:{WHOM}|"
          rf"(?P<kids2>(?i:{alternatives(_KIDS)}))))?")
_ACT = rf"(?:(?P<likes>thích)\s+)?(?P<act>(?i:{alternatives(ACTS | _ACT_ALSO)}))"
_SAID = lazy(rf"(?:{_WHEN.format('day0')}\s*,?\s+)?{_WHO}\s+(?:(?P<very>rất)\s+)?{_AUX}(?:{_DOING}|{_ACT})"
             rf"(?:\s+{_WHEN.format('day')})?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
_FESTIVAL = r"(?:[Tt]ết\s+)?[Tt]rung\s+[Tt]hu(?:\s+năm\s+nay)?"
_IS = lazy(rf"{_FESTIVAL}\s+(?:là|vào)\s+(?:(?P<what>ngày\s+nào)|(?:ngày\s+)?rằm\s+tháng\s+(?:tám|8)"
           rf"(?:\s+âm\s+lịch)?){ASKED_END}")

# English: [Do|Did|Have|Will|Are …] who [aux] [just|already] verb [a|any|own] thing [for whom] [day] [yet]
_WHO_EN = rf"(?:{WHO_EN}|(?P<kids>(?i:{alternatives(_KIDS_VI)})))"
_VERB_EN = alternatives(_FORMS_VI)
_AUX_EN = (r"(?P<aux>\s+(?:do|does|did|will|have|has|am|is|are)(?:\s+not|n['’]t)?|\s+won['’]t|['’](?:ll|ve|s|m|re))"
           r"?(?:\s+(?P<adv>just|already))?")
_THING_EN = rf"(?P<thing>(?i:{alternatives(THINGS_VI)}))"
_SAID_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has|Will|Are|Is|Am)\s+)?{_WHO_EN}{_AUX_EN}\s+(?:(?P<verb>{_VERB_EN})\s+"
                rf"(?:(?P<eating>eating)\s+)?(?:(?P<det>an?|any|a\s+box\s+of)\s+|(?P<own>my|your|his|her|our|their)"
                rf"\s+own\s+)?{_THING_EN}(?:\s+for\s+(?:{WHOM_EN}|(?P<kids2>(?i:{alternatives(_KIDS_VI)}))))?|"
                r"(?P<likes>like|likes)\s+(?P<watching>watching\s+the\s+lion\s+dance)|(?P<form>[a-z]+)"
                r"(?P<rest>\s+out\s+with\s+(?:\w+\s+)?lanterns|\s+to\s+watch\s+the\s+lion\s+dance|"
                r"\s+the\s+lion\s+dance|\s+a\s+(?:Mid-Autumn\s+)?feast))"
                rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})|on\s+Mid-Autumn\s+night))?(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_IS_EN = lazy(r"(?:(?P<when>When)\s+is\s+the\s+Mid-Autumn\s+Festival\s*\?+|The\s+Mid-Autumn\s+Festival\s+(?:is|falls)"
              r"\s+on\s+the\s+fifteenth\s+day\s+of\s+the\s+eighth\s+lunar\s+month\s*[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of mooncakes or lanterns bought, made, eaten, liked or wanted, children out with
    their lanterns, the lion dance, the feast, or when the Mid-Autumn Festival is; None for any other."""
    if src == "vi":
        return _said(text) or _is(text)
    return _said_vi(text.replace("’", "'")) or _is_vi(text)


def _tense(aux: str, way: str, done: bool, yet: bool, asked: bool) -> str | None:
    """The tense a Vietnamese sentence says, of its word of tense `aux`, the way of its day (NEAR_WAY, "night" for
    the festival night, "" for none), "rồi" (`done`), "chưa?" (`yet`) and "không?" (`asked`): "past", "will",
    "going", "ing", "just", "already", "not yet", "yet?", "bare", "asked", "not"; None where they do not agree."""
    if yet:
        return "yet?" if aux in ("", "đã") and not (way or done or asked) else None
    if done:
        return "already" if aux in ("", "đã") and not (way or asked) else None
    if asked:  # ("Tối nay bạn có đi rước đèn không?": are you going …?)
        going = {"today": "going?", "ahead": "going?", "": "asked", "night": "asked", "behind": "did?"}[way]
        return {"có": going, "sẽ": "will?"}.get(aux) if aux != "sẽ" or way != "behind" else None
    if aux == "có":
        return None
    if aux in ("vừa", "mới", "vừa mới", "chưa", "đang"):
        return None if way else {"chưa": "not yet", "đang": "ing"}.get(aux, "just")
    ways = {"đã": ("", "behind"), "sẽ": ("", "ahead", "today", "night"), "không": ("",)}.get(aux, (way,))
    if way not in ways:
        return None
    return {"đã": "past", "sẽ": "will", "không": "not"}.get(aux) or {
        "behind": "past", "ahead": "will", "today": "going", "night": "bare", "": "bare"}[way]


def _said(text: str) -> str | None:
    """"Tôi mua bánh trung thu cho bọn trẻ." as "I bought mooncakes for the kids.", "Bạn đã ăn bánh trung thu chưa?"
    as "Have you eaten any mooncakes yet?", "Bà tôi tự làm bánh trung thu." as "My grandmother makes her own
    mooncakes.", "Con tôi muốn đèn ông sao." as "My child wants a star lantern.", "Tối nay bọn trẻ đi rước đèn." as
    "The kids are going out with lanterns tonight." (_SAID); None for anything else."""
    m = _SAID.fullmatch(text)
    if not m or m["day0"] and m["day"] or m["asked"] and m["yet"] or bool(m["asked"] or m["yet"]) != ("?" in m["end"]):
        return None
    asked = bool(m["asked"] or m["yet"])
    said = ("the kids", False) if m["kids"] else None if animal(m) else who(m, asked)
    if said is None or asked and said[0] == "I" or keyed(m["kin"] or "") == "em":
        return None  # ("anh" alone saying it; a pet; asked of oneself; "em tôi", a brother or a sister?)
    day = keyed(m["day0"] or m["day"] or "").removeprefix("vào ")
    way = "night" if day in _NIGHT else NEAR_WAY.get(day, "")
    tense = _tense(keyed(m["aux"] or ""), way, bool(m["done"]), bool(m["yet"]), bool(m["asked"]))
    if tense is None or m["very"] and not (m["likes"] or keyed(m["verb"] or "") == "thích") or m["very"] and m["aux"]:
        return None
    if _lets(m, tense):
        return None  # ("Tối nay chúng ta đi rước đèn.": we are, or let's?)
    when = f" {_DAYS.get(day) or _NIGHT[day]}" if day else ""
    if m["act"]:
        return _act(m, said, tense, when)
    return _thing(m, said, tense, when)


def _lets(m: re.Match, tense: str) -> bool:
    """Whether who of a match of _SAID is "chúng ta" or "mình" doing it with no word of tense and no day behind, who
    may suggest it ("Ngày mai chúng ta đi xem múa lân.": let's?); liking and wanting are never suggested."""
    liking = m["likes"] or keyed(m["verb"] or "") in ("thích", "muốn")
    return keyed(m["who"] or "") in ("chúng ta", "mình") and not (m["aux"] or liking) and tense in (
        "bare", "going", "will")


def _act(m: re.Match, said: tuple[str, bool], tense: str, when: str) -> str | None:
    """Who going out with lanterns, watching the lion dance or having the feast, in English, in `tense`; liking to
    watch the lion dance; None for a tense the doing does not take (bare without the festival night)."""
    act = keyed(m["act"])
    act = _ACT_ALSO.get(act, act)
    if m["likes"]:
        if act != "xem múa lân" or tense not in ("bare", "asked", "not") or when:
            return None
        return _english(said, "asked" if tense == "asked" else tense, VERBS["thích"], " watching the lion dance",
                        bool(m["very"]))
    night = when.endswith("Mid-Autumn night")
    if tense in ("bare", "asked", "not") and not night or tense in ("yet?", "not yet", "already") and (
            act == "đi rước đèn" or when):
        return None  # (a habit with no night said; out with lanterns "rồi": gone, or back?)
    if tense == "ing" and act == "đi xem múa lân":
        return None  # ("We're going to watch the lion dance.": a plan, not "on the way")
    *forms, rest = ACTS[act]
    if act.startswith("phá cỗ"):  # (a feast alone is any: "phá cỗ" is the festival's)
        rest = " a feast" if night else " a Mid-Autumn feast"
    if act == "đi rước đèn" and said[0] in ("the kids", "we"):
        rest = f" out with {'their' if said[0] == 'the kids' else 'our'} lanterns"
    return _english(said, tense, forms, rest, False, when)


def _thing(m: re.Match, said: tuple[str, bool], tense: str, when: str) -> str | None:
    """Who buying, making, eating, liking or wanting mooncakes or a lantern, in English, in `tense`; None where
    the thing, whom or the tense do not go with the verb."""
    verb, thing = keyed(m["verb"]), keyed(m["thing"])
    one_en, many_en = THINGS[thing]
    lantern, whom = one_en.lower() in _LANTERNS, ""
    if m["eat"] and verb != "thích" or verb == "ăn" and lantern or m["cls"] == "hộp" and lantern or when.endswith(
            "Mid-Autumn night") and tense != "will":
        return None  # (bought on the night: this year's, or every year's?)
    if m["whom"] or m["kids2"]:
        whom = "the kids" if m["kids2"] else as_whom(m["whom"], "vi")
        if verb not in ("mua", "làm") or whom is None or re.match(r"em(?!\s+(?:trai|gái))\b", keyed(m["whom"] or "")):
            return None  # ("em tôi": a brother or a sister?)
    many = whom in ("the kids", "us", "them") or not lantern
    if m["one"]:
        what = f"{_ONE[keyed(m['cls'])]} {many_en if m['cls'] == 'hộp' else one_en}"
    elif tense in ("not yet", "yet?"):
        what = f"any {many_en}"
    elif verb == "muốn" and lantern:  # (the kids, we, they: one each)
        what = many_en if said[0] in ("the kids", "we", "they") else f"a {one_en}"
    elif verb in ("mua", "làm") and lantern and not whom:
        return None  # (a lantern, or lanterns?)
    else:
        what = many_en if many or verb == "thích" else f"a {one_en}"
    if m["own"]:
        return _own(m, said, tense, what, bool(whom or when))
    if verb in ("thích", "muốn"):
        ok = tense in ("bare", "asked", "not") and not (whom or when or m["one"] and verb == "thích")
        return _english(said, tense, VERBS[verb], f" {what}", bool(m["very"])) if ok else None
    if tense in ("asked", "not") or tense == "bare" and not whom or tense == "going" or verb == "ăn" and (
            whom or tense in ("bare", "will", "ing")):
        return None  # (bought, or buys?; eaten, or eats?)
    if tense == "bare":
        tense = "past"  # (something done for someone: "Tôi mua bánh trung thu cho bọn trẻ.", I bought)
    for_ = f" for {whom}" if whom else ""
    return _english(said, tense, VERBS[verb], f" {what}{for_}", False, when)


def _own(m: re.Match, said: tuple[str, bool], tense: str, what: str, more: bool) -> str | None:
    """Who making their own mooncakes ("tự làm"), in English: a habit, asked, denied or done ("đã"); None for
    anything else, and where whose is not known (a name alone)."""
    whose = "their" if m["kids"] else whose_own(m, said[0])
    if keyed(m["verb"]) != "làm" or more or m["one"] or tense not in ("bare", "asked", "not", "past") or not whose:
        return None
    return _english(said, tense, VERBS["làm"], f" {whose} own {what}")


def _english(said: tuple[str, bool], tense: str, forms, rest: str, very: bool = False, when: str = "") -> str:
    """Who doing it (`forms`: base, "-s", past, participle, "-ing"; `rest` after it) in English, in `tense`."""
    who_, one = said
    base, s_form, past, done, ing = forms
    be, have = "is" if one else "am" if who_ == "I" else "are", "has" if one else "have"
    really = "really " if very else ""
    shapes = {"bare": f"{who_} {really}{s_form if one else base}{rest}{when}.",
              "asked": f"{'Does' if one else 'Do'} {who_} {base}{rest}{when}?",
              "not": f"{who_} {'doesn' if one else 'don'}'t {base}{rest}{when}.",
              "did?": f"Did {who_} {base}{rest}{when}?",
              "past": f"{who_} {past}{rest}{when}.", "will": contracted(who_, f"will {base}{rest}{when}."),
              "will?": f"Will {who_} {base}{rest}{when}?", "going": contracted(who_, f"{be} {ing}{rest}{when}."),
              "going?": f"{be.capitalize()} {who_} {ing}{rest}{when}?", "ing": contracted(who_, f"{be} {ing}{rest}."),
              "just": contracted(who_, f"{have} just {done}{rest}."),
              "already": contracted(who_, f"{have} already {done}{rest}."),
              "not yet": f"{who_} {have}n't {done}{rest} yet.", "yet?": f"{have.capitalize()} {who_} {done}{rest} yet?"}
    return capitalised(shapes[tense])


def _is(text: str) -> str | None:
    """"Tết Trung thu là rằm tháng tám." as "The Mid-Autumn Festival is on the fifteenth day of the eighth lunar
    month.", "Tết Trung thu là ngày nào?" as "When is the Mid-Autumn Festival?" (_IS); None for anything else."""
    m = _IS.fullmatch(text)
    if not m or m["asked"] or bool(m["what"]) != ("?" in m["end"]) or "năm nay" in keyed(text):
        return None  # (this year's is a date of the sun's calendar: left)
    if m["what"]:
        return "When is the Mid-Autumn Festival?"
    return "The Mid-Autumn Festival is on the fifteenth day of the eighth lunar month."


def _is_vi(text: str) -> str | None:
    """"When is the Mid-Autumn Festival?" as "Tết Trung thu là ngày nào?", "The Mid-Autumn Festival is on the
    fifteenth day of the eighth lunar month." as "Tết Trung thu là ngày rằm tháng tám âm lịch." (_IS_EN); None for
    anything else."""
    m = _IS_EN.fullmatch(text)
    if not m:
        return None
    return "Tết Trung thu là ngày nào?" if m["when"] else "Tết Trung thu là ngày rằm tháng tám âm lịch."



# English verbs' forms, as _tense_en reads them
_FORMS = ("base", "s", "past", "done", "ing")
# an English shape's tense by its asking word, its auxiliary (with "not") and the verb's form
_EN_TENSES = {("", "", "base"): "bare", ("", "", "s"): "bare", ("", "", "past"): "past", ("do", "", "base"): "asked",
              ("", "do not", "base"): "not", ("did", "", "base"): "did?", ("", "will", "base"): "will",
              ("will", "", "base"): "will?",
              ("", "be", "ing"): "ing", ("be", "", "ing"): "going?", ("", "have", "done"): "already",
              ("", "have not", "done"): "not yet", ("have", "", "done"): "yet?"}
_FAMILY = {"do": "do", "does": "do", "will": "will", "'ll": "will", "wo": "will", "have": "have", "has": "have",
           "'ve": "have", "am": "be", "is": "be", "are": "be", "'m": "be", "'re": "be", "did": "did"}
_ONE_ONLY, _MANY_ONLY = {"does", "has", "is"}, {"do", "have", "are", "'ve", "'re"}


def _tense_en(m: re.Match, forms: set[str], one: bool, who_: str) -> str | None:
    """The tense of a match of _SAID_EN (as _tense names them) by its asking word, auxiliary, "just" or "already"
    and the verb's `forms` (a past may be a participle: "made"); None for any other, and for a verb that does not
    agree with who ("She have", "Do he", "I is")."""
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    neg = aux.endswith(("n't", " not"))
    word = aux.removesuffix(" not").removesuffix("n't").strip()
    if word == "'s":
        word = "has" if "done" in forms else "is"
    first = q or word
    if q and aux or first in _ONE_ONLY and not one or first in _MANY_ONLY and one or first == "am" and who_ != "tôi" \
            or first in ("are", "'re") and who_ == "tôi" or first == "'m" and who_ != "tôi":
        return None
    if not first and ("s" in forms) != one and not forms & {"past"}:
        return None  # ("She like", "I likes")
    key = (_FAMILY.get(q, ""), f"{_FAMILY.get(word, '')}{' not' if neg else ''}" if word else "")
    tense = next((t for f in _FORMS if f in forms and (t := _EN_TENSES.get((*key, f)))), None)
    adv = m["adv"]
    if adv and tense in ("already", "past"):  # ("I've just bought", "I just bought": vừa; "already": đã … rồi)
        return "just" if adv == "just" else "already"
    return None if adv else tense


def _own_en(m: re.Match, who_: str, one: bool) -> set[str]:
    """Whose may stand for who's own things in English, of a match of _SAID_EN: "my" for "I", "her" for "my mother",
    "their" for the kids, "his" or "her" for a name alone."""
    if m["kids"]:
        return {"their"}
    if m["who"]:
        return {EN_WHOSE[m["who"] if m["who"] == "I" else m["who"].lower()]}
    said = his_her(who_)
    return {said} if said else {"his", "her"} if m["given"] else set()


def _said_vi(text: str) -> str | None:
    """"I bought mooncakes for the kids." as "Tôi đã mua bánh trung thu cho bọn trẻ.", "Have you eaten any mooncakes
    yet?" as "Bạn đã ăn bánh trung thu chưa?", "My grandmother makes her own mooncakes." as "Bà tôi tự làm bánh trung
    thu.", "The kids are going out with lanterns tonight." as "Tối nay bọn trẻ đi rước đèn." (_SAID_EN); None for
    anything else, and where a verb does not agree with who or with the time said."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    who_, one = ("bọn trẻ", False) if m["kids"] else who_vi(m)
    if not m["kids"] and animal(m) or m["q"] and who_ == "tôi":
        return None
    if m["likes"]:
        act, forms = "thích xem múa lân", {"s" if m["likes"] == "likes" else "base"}
    elif m["form"]:
        rest = " ".join(m["rest"].split())
        whose = re.match(r"out\s+with\s+(\w+)\s+lanterns", rest)
        if whose and whose[1] not in _own_en(m, who_, one):
            return None
        rest = "out with lanterns" if whose else rest.lower()
        act = _ACT_FORMS.get((m["form"], rest))
        forms = {f for f, said in zip(_FORMS, ACTS[act]) if said == m["form"]} if act else set()
    else:
        act, verb = "", _FORMS_VI[m["verb"]]
        forms = {f for f, said in zip(_FORMS, VERBS[verb]) if said == m["verb"]}
    tense = _tense_en(m, forms, one, who_) if forms else None
    day = (m["day"] or "").lower()
    if tense == "ing" and day:
        tense = "going"
    if tense is None or m["yet"] and tense not in ("not yet", "yet?"):
        return None
    return _act_vi(who_, tense, day, act) if act else _thing_vi(m, who_, one, verb, tense, day)


def _vi(who_: str, tense: str, said: str, day: str) -> str | None:
    """Who doing it (`said`: "mua bánh trung thu cho bọn trẻ") in Vietnamese, in `tense`, a day opening it ("on
    Mid-Autumn night" after it); None for a day that the tense does not take."""
    way = "night" if day.startswith("on ") else NEAR_WAY.get(_DAYS_VI.get(day, ""), "")
    ways = {"past": ("", "behind"), "will": ("", "ahead", "today", "night"), "will?": ("", "ahead", "today", "night"),
            "going": ("today", "ahead"), "going?": ("today", "ahead"), "bare": ("", "night"), "asked": ("", "night"),
            "not": ("", "night"), "did?": ("behind",)}.get(tense, ("",))
    if way not in ways:
        return None
    aux = {"past": "" if way else "đã ", "will": "sẽ ", "will?": "sẽ ", "going?": "có ", "asked": "có ", "did?": "có ",
           "not": "không ", "ing": "đang ", "just": "vừa ", "already": "đã ", "not yet": "chưa ", "yet?": "đã "}
    end = {"will?": " không?", "going?": " không?", "asked": " không?", "did?": " không?", "already": " rồi.",
           "yet?": " chưa?"}
    night = " vào đêm trung thu" if way == "night" else ""
    opening = f"{_DAYS_VI[day]} " if day and way != "night" else ""
    return capitalised(f"{opening}{who_} {aux.get(tense, '')}{said}{night}{end.get(tense, '.')}")


def _act_vi(who_: str, tense: str, day: str, act: str) -> str | None:
    """Who going out with lanterns, watching the lion dance, having the feast or liking to watch the lion dance, in
    Vietnamese; None where the tense wants a time ("We go out with lanterns." with none)."""
    if act == "thích xem múa lân":
        return None if day or tense not in ("bare", "asked", "not") else _vi(who_, tense, act, "")
    if tense == "ing" and act != "xem múa lân":
        return None  # ("We're going out with lanterns.", "We're having a …": now, or a plan?)
    if tense in ("bare", "asked", "not") and not day.startswith("on ") or tense in ("not yet", "yet?", "already") and (
            act == "đi rước đèn" or day) or act == "phá cỗ" and not day.startswith("on "):
        return None  # (a habit with no night; "a feast" not said of the festival: any feast)
    return _vi(who_, tense, act, day)


def _thing_vi(m: re.Match, who_: str, one: bool, verb: str, tense: str, day: str) -> str | None:
    """Who buying, making, eating, liking or wanting mooncakes or a lantern, in Vietnamese; None where the thing,
    its count or the tense do not go with the verb."""
    thing = m["thing"].lower()
    many, det = not thing.endswith(("lantern", "mooncake")), " ".join((m["det"] or "").lower().split())
    lantern = thing.removesuffix("s") in _LANTERNS
    if det in ("a", "an") and (many or det != ("an" if thing[0] in "aeiou" else "a")) or det == "a box of" and (
            lantern or not many) or det == "any" and (tense not in ("not yet", "yet?") or not many):
        return None
    if not det and not many or m["eating"] and verb != "thích" or verb == "ăn" and lantern or day.startswith("on "):
        return None
    whom = ("bọn trẻ" if m["kids2"] else as_whom(m["whom"], "en")) if m["whom"] or m["kids2"] else ""
    if whom is None:
        return None
    one_said = det in ("a", "an") and tense not in ("not", "not yet")  # ("không muốn đèn lồng", not "một chiếc")
    count = "một hộp " if det == "a box of" else "một chiếc " if one_said else ""
    what = f"{count}{THINGS_VI[thing]}{f' cho {whom}' if whom else ''}"
    if m["own"]:
        if m["own"].lower() not in _own_en(m, who_, one) or verb != "làm" or whom or day or det or tense not in (
                "bare", "asked", "not", "past"):
            return None
        return _vi(who_, tense, f"tự làm {what}", "")
    if verb in ("thích", "muốn"):
        ok = tense in ("bare", "asked", "not") and not (whom or day) and (verb == "muốn") == (not many)
        return _vi(who_, tense, f"{verb} {'ăn ' if m['eating'] else ''}{what}", "") if ok else None
    if tense in ("bare", "asked", "not") or verb == "ăn" and (whom or tense in ("will", "ing", "going", "going?")):
        return None  # (a habit, or done?)
    return _vi(who_, tense, f"{verb} {what}", day)
