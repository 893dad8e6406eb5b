"""Adopting a child, being adopted, adopted children and adoptive parents, and orphans, said or asked, both ways,
written whole by rule. v8 (rules on) reads "nhận nuôi" as receiving or taking, "con nuôi" as a pet, "nuôi" after kin
as own, "trại trẻ mồ côi" as a farm and "adopt" as passing a law: "Họ nhận con nuôi." → "They received the child.",
"Họ nhận nuôi một bé gái." → "They took a girl.", "Tôi là con nuôi." → "I'm a pet.", "Bạn có phải là con nuôi
không?" → "Are you a pet?", "Họ có một đứa con nuôi." → "They have a pet.", "Cô ấy là con gái nuôi của họ." → "She
is their own daughter.", "Chúng tôi muốn nhận con nuôi." → "We want to get our own child.", "Anh ấy lớn lên ở trại
trẻ mồ côi." → "He grew up in the young farm."; "They adopted a baby girl." → "Họ đã thông qua một cô gái bé.", "I
was adopted." → "Tôi đã được thông qua.", "She is their adopted daughter." → "Cô ấy là con gái đã thông qua.", "They
want to adopt." → "Họ muốn thông qua.", "Are you adopted?" → "Bạn đã thông qua không?", "He's an orphan." → "Anh ta
là một con não.", "He grew up in an orphanage." → "Anh ấy tăng lên trong một cái đồi.".

Taken: who (mt.hobbies.WHO, WHO_EN) adopting ("nhận con nuôi", "nhận nuôi" one or more of CHILDREN, twins; from an
orphanage), by aspect (_ASPECTS: adopted, has just or already adopted or not yet asked, is adopting, is going to,
will, wants to or not, asked whether they want to, is planning to, is thinking about it, has decided to), with a
year behind or ahead of dates.NEAR_SPANS, or a year by number (ahead after this one); who is adopted ("là con nuôi",
asked and denied), was adopted ("được nhận nuôi": from an orphanage, at an age, in a year), is someone's adopted child
or adoptive parent (ADOPTED; "Đây là": "This is"), has adopted children, is an orphan, grew up in an orphanage. Left:
adopting a pet (mt/pets.py's: "nhận nuôi một con mèo"), pets kept ("nuôi": mt/family.py's), volunteering at an orphanage
(mt/volunteering.py's), "nhận nuôi" with nothing adopted (a pet?), "Anh", "Chị", "Em" alone saying it, "Họ có nhận con
nuôi không?" (did they, or are they?), adoptive parents doing anything else, a pet with adopted children, kin or a title
as "trẻ mồ côi" (a grown relative was one), who as the owner too ("Tôi là con nuôi của tôi."), a role of the other sex
("Cô ấy là bố nuôi của tôi."), "you" as my adopted child or adoptive parent in Vietnamese ("bạn": neither says it), a
year after this one with the past, and anything else.
mt.phrasebook.translate tries these after mt/knitting.py.

    >>> translate("Họ nhận nuôi một bé gái.", "vi", "en"), translate("I was adopted.", "en", "vi")
    ('They adopted a baby girl.', 'Tôi được nhận nuôi.')
"""
from __future__ import annotations

import re
from datetime import date

from .articles import a_or_an
from .dates import LAST, NEAR_SPANS
from .ever import PRONOUNS
from .hobbies import WHO, WHO_EN, animal, be_of, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (EN_WHOSE, EXPANDED, SOFTENED_END, WHOSE_OF, alternatives, be, be_said, capitalised, contracted,
                   keyed, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nuôi|mồ\s+côi|cô\s+nhi)"), "en": lazy(r"(?i:adopt|orphan)")}
# a child adopted, counted, in English one and more (the first Vietnamese of each is written back)
CHILDREN = {"bé gái": ("baby girl", "baby girls"), "bé trai": ("baby boy", "baby boys"), "em bé": ("baby", "babies"),
            "đứa bé": ("baby", "babies"), "đứa trẻ": ("child", "children"), "cậu bé": ("boy", "boys"),
            "cô bé": ("girl", "girls"), "đứa trẻ mồ côi": ("orphan", "orphans")}
CHILDREN_VI = {en: vi for vi, forms in reversed(CHILDREN.items()) for en in forms} | {
    "little girl": "bé gái", "little girls": "bé gái", "little boy": "bé trai", "little boys": "bé trai",
    "kid": "đứa trẻ", "kids": "đứa trẻ"}
_ONE = {en for en, _ in CHILDREN.values()} | {"little girl", "little boy", "kid"}
# someone's adopted child or adoptive parent, in English one and more (None: not said so)
ADOPTED = {"con nuôi": ("adopted child", "adopted children"), "con gái nuôi": ("adopted daughter", "adopted daughters"),
           "con trai nuôi": ("adopted son", "adopted sons"), "bố nuôi": ("adoptive father", None),
           "cha nuôi": ("adoptive father", None), "mẹ nuôi": ("adoptive mother", None),
           "bố mẹ nuôi": (None, "adoptive parents"), "cha mẹ nuôi": (None, "adoptive parents")}
ADOPTED_VI = {en: vi for vi, forms in reversed(ADOPTED.items()) for en in forms if en} | {
    "adopted kid": "con nuôi", "adoptive mum": "mẹ nuôi", "adoptive mom": "mẹ nuôi", "adoptive dad": "bố nuôi"}
# a man's role or a woman's, by its last English word (who must agree: not "Cô ấy là bố nuôi của tôi.")
_ROLE_HIS_HER = {w: "his" for w in "father dad son sons".split()} | {
    w: "her" for w in "mother mum mom daughter daughters".split()}
_ORPHANAGE = r"(?i:trại\s+trẻ\s+mồ\s+côi|cô\s+nhi\s+viện)"
_COUNT = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))"
_COUNT_EN = rf"(?P<n>an?|\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))"
# when: a year behind or ahead (not "năm nay": this year, done or to come?), or a year by number
_DAYS = {vi: en for vi, en in NEAR_SPANS.items() if en != "this year"}
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?:vào\s+)?(?:(?i:{alternatives(_DAYS)})|năm\s+(?:19|20)\d\d)"
_DAY_EN = rf"(?:{alternatives(_DAYS_VI)}|in\s+(?:19|20)\d\d)"
# what is said of adopting, by how Vietnamese says it before "nhận" ("" and "đã": done; "rồi" after it: already)
_AUX = {"": "past", "đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "đang": "doing", "sắp": "going",
        "sẽ": "will", "muốn": "want", "không muốn": "no want", "định": "plan", "dự định": "plan", "đang định": "plan",
        "có ý định": "plan", "đang nghĩ đến việc": "think", "đang cân nhắc việc": "think",
        "đang tính chuyện": "think", "quyết định": "decided", "đã quyết định": "decided"}
# ... said in English (the first written, the rest read too) and asked, and in Vietnamese said and asked ({x}:
# whom, from where and when, " a baby girl from an orphanage"; {act}: "nhận con nuôi" and the same)
_ASPECTS = {"past": (("{who} adopted{x}",), None, "{who} đã {act}", None),
            "done": (("{who} {have} already adopted{x}", "{who} {have} adopted{x}"), "{have} {who} adopted{x} yet?",
                     "{who} đã {act} rồi", "{who} đã {act} chưa?"),
            "just": (("{who} {have} just adopted{x}", "{who} just adopted{x}"), None, "{who} vừa {act}", None),
            "doing": (("{who} {be} adopting{x}",), None, "{who} đang {act}", None),
            "going": (("{who} {be} going to adopt{x}", "{who} {be} about to adopt{x}"), None, "{who} sắp {act}", None),
            "will": (("{who} will adopt{x}",), None, "{who} sẽ {act}", None),
            "want": (("{who} {wants} to adopt{x}", "{who} would like to adopt{x}"), "{do} {who} want to adopt{x}?",
                     "{who} muốn {act}", "{who} có muốn {act} không?"),
            "no want": (("{who} {do}n't want to adopt{x}",), None, "{who} không muốn {act}", None),
            "plan": (("{who} {be} planning to adopt{x}", "{who} {plans} to adopt{x}"), None, "{who} dự định {act}",
                     None),
            "think": (("{who} {be} thinking about adopting{x}", "{who} {be} thinking of adopting{x}"), None,
                      "{who} đang nghĩ đến việc {act}", None),
            "decided": (("{who} {have} decided to adopt{x}",), None, "{who} đã quyết định {act}", None)}
_BARE = {"doing", "going", "want", "no want", "plan", "think", "decided"}  # ("want to adopt", not "adopted")

_CHILD = rf"{_COUNT}\s+(?P<child>(?i:{alternatives(CHILDREN)}))|(?:một\s+)?(?P<twins>cặp\s+(?:song\s+sinh|sinh\s+đôi))"
_ADOPT = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>{alternatives(_AUX)})\s+)?"
              rf"nhận\s+(?:(?P<kids>con\s+nuôi)|nuôi\s+(?:{_CHILD}))(?:\s+(?:từ|ở)\s+(?P<from>{_ORPHANAGE}))?"
              rf"(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<after>rồi|chưa|không))?{SOFTENED_END}")
_CHILD_EN = rf"{_COUNT_EN}\s+(?P<child>(?i:{alternatives(CHILDREN_VI)}))|(?P<twins>twins)"
_ADOPT_EN = lazy(rf"(?:(?:Do|Does|Have|Has)\s+)?(?P<subject>{WHO_EN})\b.*?\badopt(?:s|ed|ing)?"
                 rf"(?:\s+(?P<obj>{_CHILD_EN}))?(?:\s+from\s+(?P<from>an\s+orphanage))?(?:\s+(?P<day>{_DAY_EN}))?"
                 r"(?:\s+yet)?\s*(?P<end>[.!?]*)")
# who is adopted, someone's adopted child or adoptive parent, or an orphan ("Tôi là con nuôi.")
_IS = lazy(rf"(?:(?P<this>[Đđ]ây)|{WHO})\s+(?:(?P<ask>có\s+phải)\s+|(?P<not>không\s+phải)\s+)?là\s+(?:(?P<role>(?i:"
           rf"{alternatives(ADOPTED)}))(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?|"
           rf"(?P<orphan>trẻ\s+mồ\s+côi))(?:\s+(?P<asked>không))?{SOFTENED_END}")
_IS_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?(?:(?P<this>[Tt]his)|{WHO_EN})(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|"
              rf"['’]re)?(?P<not>\s+not|n['’]t)?\s+(?:(?P<adopted>adopted)|(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<role>"
              rf"{alternatives(ADOPTED_VI)})|(?P<orphan>an\s+orphan|orphans))\s*(?P<end>[.!?]*)")
# who was adopted: from an orphanage, at an age ("khi tôi ba tuổi"), in a year behind
_AGE = rf"(?P<age>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))"
_WAS = lazy(rf"(?P<subject>{WHO})\s+(?:đã\s+)?được\s+nhận\s+(?:làm\s+con\s+)?nuôi"
            rf"(?:\s+(?:từ|ở)\s+(?P<from>{_ORPHANAGE}))?(?:\s+(?:khi|lúc)\s+(?:(?P<pron>(?i:"
            rf"{alternatives(PRONOUNS)}))\s+)?(?:mới\s+|được\s+)?{_AGE}\s+tuổi)?"
            rf"(?:\s+(?P<day>{_DAY}))?{SOFTENED_END}")
_WAS_EN = lazy(rf"(?:(?P<be0>Was|Were)\s+)?{WHO_EN}(?P<be>\s+was|\s+were)?\s+adopted(?:\s+from\s+(?P<from>an\s+"
               rf"orphanage))?(?:\s+(?:when\s+(?P<pron>I|he|she|we|they|you)\s+(?P<was>was|were)|at\s+the\s+age\s+"
               rf"of)\s+(?P<age>\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))(?:\s+years?\s+old)?)?(?:\s+(?P<day>"
               rf"{_DAY_EN}))?\s*(?P<end>[.!?]*)")
# who has adopted children, who grew up in an orphanage
_HAS = lazy(rf"{WHO}\s+(?:(?P<has>có)\s+{_COUNT}\s+(?:đứa\s+)?(?P<role>con(?:\s+gái|\s+trai)?)\s+nuôi|"
            rf"(?:đã\s+)?lớn\s+lên\s+(?:ở|trong|tại)\s+(?P<grew>{_ORPHANAGE})){SOFTENED_END}")
_HAS_EN = lazy(rf"{WHO_EN}\s+(?:(?P<has>have|has)\s+{_COUNT_EN}\s+adopted\s+(?P<role>child|children|daughters?|sons?)|"
               r"(?P<grew>grew\s+up\s+in\s+(?:an|the)\s+orphanage))\s*(?P<end>[.!]*)")
_HAS_KIN = {"con": ("child", "children"), "con gái": ("daughter", "daughters"), "con trai": ("son", "sons")}
_HAS_KIN_VI = {"child": "đứa con nuôi", "daughter": "con gái nuôi", "son": "con trai nuôi"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who adopts a child, is adopted, is someone's adopted child or
    adoptive parent, has adopted children, is an orphan or grew up in an orphanage; None for any other."""
    if src == "vi":
        return _adopt(text) or _is(text) or _was(text) or _has(text)
    return _adopt_vi(text) or _is_vi(text) or _was_vi(text) or _has_vi(text)


def _counted(n: str, child: str, lang: str) -> str | None:
    """A count and a child of CHILDREN (`lang` "vi") in English, or of CHILDREN_VI ("en") in Vietnamese: ("hai",
    "đứa trẻ") as "two children", ("a", "baby girl") as "một bé gái"; None where they do not agree ("a babies")."""
    n, child = keyed(n), keyed(child)
    if lang == "vi":
        one, many = CHILDREN[child]
        return f"{a_or_an(one)} {one}" if n in ("một", "1") else f"{VI_TO_EN.get(n, n)} {many}"
    single = n in ("a", "an", "one", "1")
    if single != (child in _ONE) or n in ("a", "an") and a_or_an(child) != n:
        return None
    return f"{'một' if single else EN_TO_VI.get(n, n)} {CHILDREN_VI[child]}"


def _day(said: str | None, lang: str) -> tuple[str, bool | None]:
    """A day of _DAY (`lang` "vi") or _DAY_EN ("en") in the other language, and whether it is behind (None: none
    said): "năm ngoái" as (" last year", True), "in 2015" as (" vào năm 2015", True); a year after this one is ahead
    (not adopted yet: "They adopted a child in 2040." is None)."""
    if not said:
        return "", None
    said = keyed(said).removeprefix("vào ")
    if year := re.search(r"\d{4}", said):
        return f" {'in' if lang == 'vi' else 'vào năm'} {year[0]}", int(year[0]) <= date.today().year
    return f" {_DAYS[said] if lang == 'vi' else _DAYS_VI[said]}", said in LAST or said in LAST.values()


def _fits(aspect: str, behind: bool | None) -> bool:
    """Whether a day (`behind` as `_day` gives it) goes with what is said of adopting: a year behind with "adopted", one
    ahead with "will", "going to", "planning to"."""
    return behind is None or aspect in ({"past"} if behind else {"will", "going", "plan"})


def _english(who_: str, one: bool, aspect: str, x: str, asked: bool, first: bool = True) -> list[str]:
    """Adopting said in English by aspect (_ASPECTS), who (`one`: who takes "-s") and whom, from where and when
    (`x`: " a baby girl from an orphanage"), asked or not: ["They've just adopted a baby girl"], or ["Do you want to
    adopt?"]; [] where it is not said so. Not `first`: every way it is read ("They just adopted …", "They have …")."""
    said, question = _ASPECTS[aspect][:2]
    shapes = ([question] if question else []) if asked else said[:1] if first else said
    words = {"who": who_, "x": x, "have": "has" if one else "have", "be": be(who_), "do": "does" if one else "do",
             "wants": "wants" if one else "want", "plans": "plans" if one else "plan"}
    out = [shape.format(**words) for shape in shapes]
    short = [s if asked else contracted(who_, s.removeprefix(f"{who_} ")) for s in out]
    return [capitalised(s) for s in short + ([] if first else out)]


def _adopt(text: str) -> str | None:
    """"Họ nhận nuôi một bé gái." as "They adopted a baby girl.", "Chúng tôi muốn nhận con nuôi." as "We want to
    adopt.", "Họ vừa nhận nuôi hai đứa trẻ từ trại trẻ mồ côi." as "They've just adopted two children from an
    orphanage.", "Bạn có muốn nhận con nuôi không?" as "Do you want to adopt?" (_ADOPT); None for anything else."""
    m = _ADOPT.fullmatch(text)
    asked = bool(m) and m["after"] in ("không", "chưa")
    if not m or m["day0"] and m["day"] or asked != ("?" in m["end"]):
        return None
    aspect = _AUX[keyed(m["aux"] or "")]
    if m["after"] in ("rồi", "chưa"):
        aspect = "done" if aspect == "past" and not m["ask"] else None
    elif bool(m["ask"]) != asked or asked and aspect != "want":
        return None  # ("Họ có nhận con nuôi không?": did they, or are they?)
    said = aspect and who(m, asked)
    day, behind = _day(m["day0"] or m["day"], "vi")
    if not said or not _fits(aspect, behind):
        return None
    if m["kids"]:
        x = "" if aspect in _BARE else " a child"
    else:
        x = " twins" if m["twins"] else f" {_counted(m['n'], m['child'], 'vi')}"
    out = _english(*said, aspect, f"{x}{' from an orphanage' * bool(m['from'])}{day}", asked)
    return f"{out[0]}{'' if asked else stop(m['end'])}" if out else None


def _adopt_vi(text: str) -> str | None:
    """"They adopted a baby girl." as "Họ đã nhận nuôi một bé gái.", "We want to adopt." as "Chúng tôi muốn nhận con
    nuôi.", "Have they adopted a child yet?" as "Họ đã nhận con nuôi chưa?" (_ADOPT_EN, read by writing each way
    _ASPECTS says it in English and comparing); None for anything else, and where the verb does not agree with who."""
    m = _ADOPT_EN.fullmatch(text)
    counted = m and m["n"] and _counted(m["n"], m["child"], "en")
    if not m or m["n"] and not counted:
        return None
    who_, one = who_vi(m)
    said, asked = keyed(m["subject"]), "?" in m["end"]
    x = f"{' ' * bool(m['obj'])}{m['obj'] or ''}{' from an orphanage' * bool(m['from'])}{' ' * bool(m['day'])}"
    x += m["day"] or ""
    aspect = next((a for a in _ASPECTS if _plain(text) in map(_plain, _english(
        "I" if said == "i" else said, one, a, x, asked, False))), None)
    day, behind = _day(m["day"], "en")
    if aspect is None or not m["obj"] and aspect not in _BARE or not _fits(aspect, behind):
        return None
    if m["twins"]:
        act = "nhận nuôi một cặp song sinh"
    elif not m["obj"] or counted == "một đứa trẻ":
        act = "nhận con nuôi"
    else:
        act = f"nhận nuôi {counted}"
    act += f"{' từ trại trẻ mồ côi' * bool(m['from'])}{day}"
    aspect = "will" if aspect == "going" and day else aspect  # ("sắp": soon; "Năm sau … sẽ …")
    return capitalised(_ASPECTS[aspect][3 if asked else 2].format(who=who_, act=act)) + (
        "" if asked else stop(m["end"]))


def _plain(said: str) -> str:
    """English as compared: small letters, contractions written out, one space apart, without the final stop."""
    said = said.lower().replace("’", "'").rstrip(".!? ").replace("'d ", " would ")
    for short, full in EXPANDED.items():
        said = said.replace(short, full)
    return " ".join(said.split())


def _is(text: str) -> str | None:
    """"Tôi là con nuôi." as "I'm adopted.", "Bạn có phải là con nuôi không?" as "Are you adopted?", "Cô ấy là con gái
    nuôi của họ." as "She's their adopted daughter.", "Đây là mẹ nuôi tôi." as "This is my adoptive mother.", "Anh ấy
    là trẻ mồ côi." as "He's an orphan." (_IS); None for anything else, for "Đây là con nuôi." (whose?), for kin or
    a title as "trẻ mồ côi" (an orphaned child: "Ông tôi là trẻ mồ côi." was one), for who as the owner too ("Tôi là
    con nuôi của tôi.") and for a role of the other sex ("Cô ấy là bố nuôi của tôi.")."""
    m = _IS.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or bool(m["ask"]) != asked or asked != ("?" in m["end"]) or m["this"] and not m["owner"] or animal(m) or \
            m["orphan"] and (m["kin"] or m["titled"]):
        return None
    if not (said := ("this", True) if m["this"] else who(m, asked)):
        return None
    who_, many = said[0], said[0] in ("we", "they")
    if m["orphan"]:
        what = "orphans" if many else "an orphan"
    elif m["owner"]:
        forms, whose = ADOPTED[keyed(m["role"])], OWNERS[keyed(m["owner"])]
        if not (what := forms[many] or who_ == "you" and forms[1]):
            return None  # ("Cô ấy là bố mẹ nuôi của tôi.")
        if who_ in ("I", "we", "you") and EN_WHOSE[who_] == whose or not _same_sex(what, his_her(
                m["who"] or m["kin"] or m["title"] or "")):
            return None  # ("Tôi là con nuôi của tôi.", "Anh ấy là mẹ nuôi của tôi.")
        what = f"{whose} {what}"
    elif keyed(m["role"]) == "con nuôi":
        what = "adopted"
    else:
        return None  # ("Cô ấy là mẹ nuôi.": whose?)
    if asked:
        return capitalised(f"{be(who_)} {who_} {what}?")
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {what}")) + stop(m["end"])


def _same_sex(role: str, his_her_: str | None) -> bool:
    """Whether someone ("his" or "her", as mt.terms.his_her says; None: not known) may be `role` in English
    (_ROLE_HIS_HER): not a woman as "adoptive father", a man as "adopted daughter".

    >>> _same_sex("adoptive father", "her"), _same_sex("adoptive father", "his"), _same_sex("adopted child", "her")
    (False, True, True)
    """
    said = _ROLE_HIS_HER.get(role.split()[-1])
    return not said or not his_her_ or said == his_her_


def _is_vi(text: str) -> str | None:
    """"I'm adopted." as "Tôi là con nuôi.", "Is she adopted?" as "Cô ấy có phải là con nuôi không?", "She's their
    adopted daughter." as "Cô ấy là con gái nuôi của họ.", "He's an orphan." as "Anh ấy là trẻ mồ côi." (_IS_EN);
    None for anything else, where "is" or the number does not agree with who ("They're an orphan."), for who as the
    owner too ("I'm my adopted son."), a role of the other sex ("He is my adopted daughter.") and "you" as mine or
    ours ("You are my adopted son.": a parent does not say "bạn" to a child, nor a child to a parent)."""
    m = _IS_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["not"] or \
            animal(m):
        return None
    who_, one = ("đây", True) if m["this"] else who_vi(m)
    many = who_ in ("chúng tôi", "họ")
    if be_said(m["be0"] or m["be"]) != ("is" if m["this"] else be_of(who_, one)) or m["this"] and not m["role"]:
        return None
    if m["orphan"]:  # (not of kin: "Ông tôi là trẻ mồ côi." says a grown man is an orphaned child)
        what = "trẻ mồ côi" if (m["orphan"] == "orphans") == many and not m["kin"] else None
    elif m["role"]:
        kin, whose = keyed(m["role"]), m["owner"].lower()
        if m["who"] and (WHOSE_OF.get(m["who"].lower()) == whose and m["who"].lower() in ("i", "we", "you") or
                         m["who"].lower() == "you" and whose in ("my", "our")) or not _same_sex(kin, his_her(who_)):
            return None
        more = any(kin == forms[1] for forms in ADOPTED.values()) or kin == "adopted kids"
        what = f"{ADOPTED_VI[kin]} của {WHOSE_VI[m['owner'].lower()]}" if more == many or who_ == "bạn" else None
    else:
        what = "con nuôi"
    if what is None:
        return None
    if m["be0"]:
        return capitalised(f"{who_} có phải là {what} không?")
    return capitalised(f"{who_} {'không phải là' if m['not'] else 'là'} {what}") + stop(m["end"])


def _was(text: str) -> str | None:
    """"Tôi được nhận nuôi." as "I was adopted.", "Cô ấy được nhận nuôi từ trại trẻ mồ côi." as "She was adopted from
    an orphanage.", "Tôi được nhận nuôi khi tôi ba tuổi." as "I was adopted when I was three.", "… lúc ba tuổi." as
    "… at the age of three." (_WAS); None for anything else, and for an age of another ("Tôi … khi cô ấy ba tuổi")."""
    m = _WAS.fullmatch(text)
    said = m and who(m, False)
    day, behind = _day(m["day"], "vi") if m else ("", None)
    if not said or "?" in m["end"] or behind is False:
        return None
    who_, was = said[0], "were" if said[0] in ("you", "we", "they") else "was"
    age, pron = "", m["pron"] and PRONOUNS[keyed(m["pron"])]
    if pron and pron != (m["who"] and who_):
        return None  # ("Tôi … khi cô ấy ba tuổi", "Chị tôi … khi chị ấy …": whose age?)
    if m["age"]:
        n = VI_TO_EN.get(keyed(m["age"]), m["age"])
        age = f" when {pron} {was} {n}" if pron else f" at the age of {n}"
    return capitalised(f"{who_} {was} adopted{' from an orphanage' * bool(m['from'])}{age}{day}") + stop(m["end"])


def _was_vi(text: str) -> str | None:
    """"I was adopted." as "Tôi được nhận nuôi.", "She was adopted from an orphanage." as "Cô ấy được nhận nuôi từ trại
    trẻ mồ côi.", "He was adopted when he was three." as "Anh ấy được nhận nuôi lúc ba tuổi.", "Were you adopted?" as
    "Bạn có phải là con nuôi không?" (_WAS_EN); None for anything else, and where "was" does not agree."""
    m = _WAS_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    day, behind = _day(m["day"], "en")
    if keyed(m["be0"] or m["be"]) != be_of(who_, one, past=True) or behind is False:
        return None
    if m["be0"]:
        return None if m["from"] or m["age"] or m["day"] else capitalised(f"{who_} có phải là con nuôi không?")
    age = ""
    if m["age"]:
        pron = (m["pron"] or "").lower()
        own = m["who"].lower() if m["who"] else {"his": "he", "her": "she"}.get(his_her(who_) or "")
        were = "were" if pron in ("we", "they", "you") else "was"
        if pron and (pron not in ((own,) if own else ("he", "she")) or m["was"] != were):
            return None  # ("I was adopted when she was three.", "when he were")
        age = f" lúc {EN_TO_VI.get(keyed(m['age']), m['age'])} tuổi"
    return capitalised(f"{who_} được nhận nuôi{' từ trại trẻ mồ côi' * bool(m['from'])}{age}{day}") + stop(m["end"])


def _has(text: str) -> str | None:
    """"Họ có một đứa con nuôi." as "They have an adopted child.", "Tôi có hai con gái nuôi." as "I have two adopted
    daughters.", "Anh ấy lớn lên ở trại trẻ mồ côi." as "He grew up in an orphanage." (_HAS); None for anything
    else, and for a pet ("Con mèo của tôi có hai con nuôi.")."""
    m = _HAS.fullmatch(text)
    said = m and "?" not in m["end"] and not animal(m) and who(m, False)
    if not said:
        return None
    who_, one = said
    if m["grew"]:
        return capitalised(f"{who_} grew up in an orphanage") + stop(m["end"])
    n, (kin, kins) = keyed(m["n"]), _HAS_KIN[keyed(m["role"])]
    what = f"an adopted {kin}" if n in ("một", "1") else f"{VI_TO_EN.get(n, n)} adopted {kins}"
    return capitalised(f"{who_} {'has' if one else 'have'} {what}") + stop(m["end"])


def _has_vi(text: str) -> str | None:
    """"They have an adopted child." as "Họ có một đứa con nuôi.", "I have two adopted daughters." as "Tôi có hai con
    gái nuôi.", "He grew up in an orphanage." as "Anh ấy lớn lên ở trại trẻ mồ côi." (_HAS_EN); None for anything
    else, where "has" or the number does not agree ("She have", "two adopted son"), and for a pet ("My cat …")."""
    m = _HAS_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if m["grew"]:
        return capitalised(f"{who_} lớn lên ở trại trẻ mồ côi") + stop(m["end"])
    n, kin = keyed(m["n"]), keyed(m["role"])
    single = n in ("a", "an", "one", "1")
    if m["has"] != ("has" if one else "have") or single != (kin in _HAS_KIN_VI) or n == "a":
        return None
    kin = _HAS_KIN_VI.get(kin) or _HAS_KIN_VI[kin.removesuffix("ren").removesuffix("s")]
    return capitalised(f"{who_} có {'một' if single else EN_TO_VI.get(n, n)} {kin}") + stop(m["end"])
