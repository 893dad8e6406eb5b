"""A parent teaching a child a skill of childhood, and the child learning it from them, both ways, written whole by
rule: swimming, riding a bike, reading, writing, counting, tying shoelaces, using chopsticks, fishing, cooking,
drawing, brushing teeth. v8 (the rules on) reads "dạy con" as teaching "you" or the skill as a thing, "tập cho" as
putting: "Tôi đang dạy con bơi." → "I'm teaching the swimming.", "Tôi đang tập cho con đi xe đạp." → "I'm putting my
bicycle.", "Chồng tôi đang dạy con trai đọc." → "My husband is teaching the reading son.", "Tôi muốn dạy con dùng
đũa." → "I want to teach your child chopsticks.", "Bố tôi đã dạy tôi câu cá." → "My father had taught me fish.", "Anh
ấy đang dạy con trai buộc dây giày." → "He's teaching the shoe son.", "Tôi chưa dạy con đi xe đạp." → "I don't teach
the bicycle."; and back, "My father taught me to fish." → "Cha tôi dạy tôi cho cá.", "She's teaching her daughter to
tie her shoelaces." → "Cô ấy dạy con gái của mình để cho đôi giày của mình.", "Who taught your child to swim?" → "Ai
dạy con bơi không?", "I haven't taught my son to ride a bike yet." → "… đến đi xe đạp yet.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) or "Ai" (who?) teaching ("dạy", "tập cho") whom (their own "con", "con
trai", "con gái", "các con": whose by who, "Chồng tôi … con": our; "bé nhà tôi"; "bọn trẻ"; mt.hobbies.WHOM) a skill of
_SKILLS: "đang" (is teaching), "đã" (taught), "đã … rồi" or "… rồi" (has taught), "chưa" (hasn't yet), "sẽ", "muốn",
"không muốn", "định", "phải", "(vừa) bắt đầu" (has (just) started teaching), a habit (mt.hobbies.EVERY); asked "có đang
… không?", "có muốn … không?", "… chưa?", "Ai đã|đang dạy …?", "Ai dạy bạn …?"; learning a skill from someone ("đã học
… từ bố tôi", or as a child, mt.childhood.AS_A_CHILD), asked "… từ ai?". English: the same, the verb agreeing with who,
and the whose of "tie … shoelaces", "brush … teeth" agreeing with whom (a name's by mt.names.named_his_her: "Lan …
his son", another's). Left: a plain "Tôi dạy con bơi." (now, a habit, or done?), "có dạy … không?" alone, "Ai dạy
<anyone but bạn> …?" (who taught, teaches, or will? mt/lessons.py: who teaches), "dạy <someone> đi xe đạp" plain, "đã",
"đang" and "taught", "is teaching" whom a bike (mt/cycling.py), "đang học bơi", "biết bơi" (mt/skills.py), driving
(mt/driving_lessons.py), "con" after kin other than a husband or wife ("Mẹ tôi dạy con …": my child, or her own?) or
after "cô", "chú", "bác", "cậu" saying "you" (the child speaking: teach me?), a name's own "tie … shoelaces" (his or
hers?), "anh", "chị", "em" alone saying it, a statement ending "thế" or "vậy" (so, then), "I" asked, "Will you teach
…?" (a favour asked), "Who teaches …?" (mt/lessons.py), a pet taught, teaching or learned from, and anything else.
mt.phrasebook.translate tries these after mt/locked_in.py.

    >>> translate("Tôi đang dạy con bơi.", "vi", "en"), translate("My father taught me to fish.", "en", "vi")
    ("I'm teaching my child to swim.", 'Bố tôi đã dạy tôi câu cá.')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN
from .hobbies import (EVERY, EVERY_VI, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, pet, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .noise import GROUPS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (BE_EN, EN_OBJECT, EN_WHOSE, SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, be, be_said,
                   capitalised, contracted, keyed, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:dạy|tập\s+cho|học)"), "en": lazy(r"(?i:teach|taught|learn)")}
# what a child is taught, and English ("{whose}": the learner's own; the first Vietnamese of each is written back)
_SKILLS = {"bơi": "swim", "bơi lội": "swim", "đi xe đạp": "ride a bike", "đạp xe": "ride a bike", "đọc": "read",
           "đọc chữ": "read", "viết": "write", "viết chữ": "write", "đọc và viết": "read and write",
           "đọc viết": "read and write", "đếm": "count", "đếm số": "count", "buộc dây giày": "tie {whose} shoelaces",
           "thắt dây giày": "tie {whose} shoelaces", "dùng đũa": "use chopsticks", "cầm đũa": "hold chopsticks",
           "ăn bằng đũa": "eat with chopsticks", "câu cá": "fish", "nấu ăn": "cook", "vẽ": "draw",
           "đánh răng": "brush {whose} teeth"}
_SKILLS_VI = {en: vi for vi, en in reversed(_SKILLS.items())} | {"ride a bicycle": "đi xe đạp"}
_SKILLS_EN = [en.format(whose=w) for en in _SKILLS_VI for w in EN_WHOSE.values()]
_BIKE = {"đi xe đạp", "đạp xe"}  # (whom taught a bike: mt/cycling.py's)
# a child of one's own, in English ("các con": the kids)
_OWN = {"con": "child", "con trai": "son", "con gái": "daughter", "các con": "kids"}
_OWN_VI = {"child": "con", "son": "con trai", "daughter": "con gái", "kids": "các con", "children": "các con"}
# "you" to whom a child says "con" of themselves ("Cô có muốn dạy con bơi không?": teach me?)
_ELDERS = {"cô", "chú", "bác", "cậu"}
_KIDS = {vi for vi, (en, _) in GROUPS.items() if en == "the kids"}
# how one teaches (Vietnamese after who, and English after who: a form of `teach` in it)
_AUX = {"đang": "be teaching", "đã": "taught", "sẽ": "will teach", "muốn": "want to teach", "định": "plan to teach",
        "phải": "have to teach", "không muốn": "not want to teach", "chưa": "not taught yet",
        "bắt đầu": "have started teaching", "đã bắt đầu": "have started teaching",
        "vừa bắt đầu": "have just started teaching", "mới bắt đầu": "have just started teaching"}
_THIRD = {"have": "has", "want": "wants", "plan": "plans", "teach": "teaches"}
# ... English's words that agree with who ("she has", "you have"), and their bases as _FORMS_VI keys them
_THIRDS = {"is", "has", "does", "wants", "plans", "teaches", "hasn't", "doesn't"}
_PLURALS = {"are", "have", "do", "want", "plan", "teach", "haven't", "don't", "am"}
_BASE = {"is": "are", "am": "are", "has": "have", "does": "do", "wants to": "want to", "plans to": "plan to",
         "has to": "have to", "hasn't": "not have", "haven't": "not have", "doesn't want to": "not want to",
         "don't want to": "not want to", "does not want to": "not want to", "do not want to": "not want to"}
_EN_OWN = lazy(r"\b(?:my|your|his|her|our|their)\b")
_TAUGHT_BY = r"(?P<verb>(?i:dạy|tập\s+cho))"
_LEARNER = (rf"(?:(?P<own>(?i:các\s+con|con\s+trai|con\s+gái|con))|(?P<kids>(?i:{alternatives(_KIDS)}))|"
            rf"(?i:bé)\s+(?:nhà|của)\s+(?P<bwhose>(?i:{alternatives(OWNERS)}))|{WHOM})")
_SKILL = rf"(?P<skill>(?i:{alternatives(_SKILLS)}))"

# who teaches whom what ("Tôi đang dạy con bơi.", "Bạn đã dạy con đọc chưa?", "Ai đã dạy bạn câu cá?")
_TEACH = lazy(rf"(?:(?P<ai>[Aa]i)|{WHO})\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>{alternatives(_AUX)})\s+)?{_TAUGHT_BY}\s+"
              rf"{_LEARNER}\s+{_SKILL}(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# who learned it from whom ("Tôi đã học bơi từ bố tôi.", "Bạn học bơi từ ai?")
_LEARNED = lazy(rf"{WHO}\s+(?:(?P<aux>đã)\s+)?học\s+{_SKILL}\s+từ\s+(?:(?P<ai>ai)|{WHOM})"
                rf"(?:\s+(?P<child>{AS_A_CHILD}))?{SOFTENED_END}")

# ... in English
_LEARNER_EN = (rf"(?P<learner>(?P<lwhose>(?i:{WHOSE_WORDS}))\s+(?P<young>child|son|daughter|kids|children|"
               rf"little\s+one)|(?P<kids>(?i:the\s+kids|the\s+children))|{WHOM_EN})")
_SKILL_EN = rf"(?P<skill>{alternatives(_SKILLS_EN)})"
_TEACH_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Have|Has|Do|Does)\s+)?(?:(?P<ai>Who)|{WHO_EN})"
                 r"(?P<aux>['’]ll|\s+will|\s+(?:want|wants|have|has|plan|plans)\s+to|"
                 r"\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+want\s+to|['’]ve|\s+have|\s+has|"
                 rf"\s+haven['’]t|\s+hasn['’]t|{BE_EN})?(?:\s+(?P<just>just))?(?:\s+(?P<started>started))?\s+"
                 rf"(?P<teach>teach|teaches|taught|teaching)\s+{_LEARNER_EN}\s+(?:how\s+)?to\s+{_SKILL_EN}"
                 rf"(?:\s+(?P<every>(?i:{alternatives(EVERY_VI)})))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_LEARNED_EN = lazy(rf"(?:(?P<ai>Who)\s+did\s+)?{WHO_EN}\s+(?P<learn>learn|learned|learnt)\s+(?:how\s+)?to\s+"
                   rf"{_SKILL_EN}\s+from(?:\s+{WHOM_EN})?(?:\s+(?P<child>{AS_A_CHILD_EN}))?\s*(?P<end>[.!?]*)")
# ... what English says with "teach" (its auxiliary and forms, in small letters) as Vietnamese says it
_FORMS_VI = {("", "be", "teaching"): "đang", ("", "", "taught"): "đã", ("", "", "teach"): "",
             ("", "will", "teach"): "sẽ", ("", "want to", "teach"): "muốn", ("", "not want to", "teach"): "không muốn",
             ("", "have to", "teach"): "phải", ("", "plan to", "teach"): "định", ("", "have", "taught"): "đã|rồi",
             ("", "not have", "taught"): "chưa", ("", "have started", "teaching"): "đã bắt đầu",
             ("", "have just started", "teaching"): "vừa bắt đầu", ("are", "", "teaching"): "có đang|không",
             ("have", "", "taught"): "đã|chưa", ("do", "want to", "teach"): "có muốn|không",
             ("do", "", "teach"): "có|không"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who teaches a child (or anyone) to swim, ride a bike, read …,
    or who learned it from whom; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." ending a statement say more: so, then)
        return None if STRESSED_SAID.search(text) else _teach(text) or _learned(text)
    text = text.replace("’", "'")
    return _teach_vi(text) or _learned_vi(text)


def _skill(skill: str, whose: str | None) -> str | None:
    """A skill of _SKILLS in English, "{whose}" in it said as `whose` ("tie his shoelaces"); None where it needs a
    whose not known."""
    said = _SKILLS[keyed(skill)]
    return said.format(whose=whose) if "{" not in said else whose and said.format(whose=whose)


def _whose_of(whom: str) -> str | None:
    """The English whose of a learner said in English: "me" my, "my son" his, "my child" their; None for a name or
    kin English says neither of ("my friend")."""
    obj = {o: EN_WHOSE[w] for w, o in EN_OBJECT.items()}
    if whom in obj:
        return obj[whom]
    last = whom.split()[-1]
    return {"son": "his", "daughter": "her", "child": "their", "kids": "their", "one": "their"}.get(last) or his_her(
        {"father": "bố", "mother": "mẹ", "husband": "chồng", "wife": "vợ", "brother": "anh trai",
         "sister": "chị gái"}.get(last, last))


def _learner(m: re.Match, who_: str | None, w: re.Match | None) -> str | None:
    """The learner of a match of _TEACH in English: "my child" (their own "con", whose by who of the match `w` of WHO),
    "the kids", "my little one", "my mother"; None where whose "con" is not known (after "cô", "chú" …: the child
    speaking?), for a pet and for who itself."""
    if m["own"]:
        if keyed(m["own"]) == "con" and w and keyed(w["who"] or "") in _ELDERS:
            return None
        own = EN_WHOSE.get(who_ or "") if w and w["who"] else None
        if w and w["kin"] and keyed(w["kin"]) in ("chồng", "vợ"):
            own = {"my": "our", "your": "your", "our": "our"}.get(OWNERS[keyed(w["whose"])])
        return own and f"{own} {_OWN[keyed(m['own'])]}"
    if m["kids"]:
        return "the kids"
    if m["bwhose"]:
        return f"{OWNERS[keyed(m['bwhose'])]} little one"
    if keyed(m["whom"]).split()[0] == "con" and keyed(m["whom"]).split()[1:2] in (["chó"], ["mèo"]):
        return None
    whom = as_whom(m["whom"], "vi")
    return None if not whom or who_ and whom == EN_OBJECT.get(who_) else whom


def _form(m: re.Match, who_: str, one: bool) -> str | None:
    """The verb of a match of _TEACH in English with who before it and "{}" where whom and what go: "I'm teaching {}",
    "Has she taught {} yet?", "Who taught {}?"; None for a tense not known ("Tôi dạy con bơi.": now, or done?)."""
    aux, ask, done, every = keyed(m["aux"] or ""), m["ask"], m["done"], m["every"]
    asked, q = keyed(m["asked"] or ""), "?" in m["end"]
    if m["ai"]:
        if ask or asked or done or every or not q or aux not in ("", "đã", "đang"):
            return None
        return "Who is teaching {}?" if aux == "đang" else "Who taught {}?"
    if bool(asked) != q or every and (aux or done) or done and aux not in ("", "đã"):
        return None
    if asked == "chưa":
        return None if ask or aux not in ("", "đã") else f"{'Has' if one else 'Have'} {who_} taught {{}} yet?"
    if asked:
        if not ask or aux not in ("đang", "muốn", "") or not aux and not every:
            return None
        if aux == "đang":
            return f"{be(who_).capitalize()} {who_} teaching {{}}?"
        return f"{'Does' if one else 'Do'} {who_} {'want to teach' if aux else 'teach'} {{}}?"
    if ask or not (aux or done or every):
        return None
    said = "have taught" if done else "teach" if not aux else _AUX[aux]
    first, _, rest = said.partition(" ")
    if first == "be":
        return capitalised(contracted(who_, f"{be(who_)} {rest} {{}}"))
    if first == "not":
        verb, _, rest = rest.partition(" ")
        return capitalised(contracted(who_, f"{'does' if one else 'do'}n't {verb} {rest} {{}}") if verb != "taught"
                           else f"{who_} {'has' if one else 'have'}n't taught {{}} yet")
    if first in ("taught", "will"):
        return capitalised(contracted(who_, f"{said} {{}}"))
    said = " ".join((_THIRD.get(first, first) if one else first, rest, "{}")).replace("  ", " ")
    return capitalised(contracted(who_, said))


def _teach(text: str) -> str | None:
    """"Tôi đang dạy con bơi." as "I'm teaching my child to swim.", "Chồng tôi đang dạy con trai đọc." as "My husband
    is teaching our son to read.", "Bạn đã dạy con bơi chưa?" as "Have you taught your child to swim yet?", "Ai đã dạy
    bạn câu cá?" as "Who taught you to fish?" (_TEACH); None for anything else, the shapes mt/cycling.py and
    mt/lessons.py take, and a plain "Ai dạy" but "you" ("Ai dạy tôi bơi?": taught, or will teach?)."""
    m = _TEACH.fullmatch(text)
    if not m or m["ai"] and m["own"]:
        return None
    skill, aux = keyed(m["skill"]), keyed(m["aux"] or "")
    plain = not (m["ask"] or m["asked"] or m["done"] or m["every"])
    if m["whom"] and keyed(m["verb"]) == "dạy" and plain and skill in _BIKE and aux in ("", "đã", "đang"):
        return None  # (mt/cycling.py's)
    if m["ai"] and not aux and not (m["whom"] and as_whom(m["whom"], "vi") == "you"):
        return None  # ("Ai dạy tôi bơi?": who taught me, or who will? "Ai dạy Lan bơi?": who teaches, mt/lessons.py)
    said = (None, False) if m["ai"] else None if animal(m) else who(m, bool(m["asked"]))
    if said is None or m["asked"] and said[0] == "I":
        return None
    form = _form(m, "who" if m["ai"] else said[0], said[1])
    whom = form and _learner(m, said[0], None if m["ai"] else m)
    what = whom and _skill(skill, _whose_of(whom))
    if not what:
        return None
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    end = "" if form.endswith("?") else stop(m["end"])
    return form.format(f"{whom} to {what}{every}") + end


def _learned(text: str) -> str | None:
    """"Tôi đã học bơi từ bố tôi." as "I learned to swim from my father.", "Tôi học câu cá từ ông tôi hồi nhỏ." as "…
    as a child.", "Bạn học bơi từ ai?" as "Who did you learn to swim from?" (_LEARNED); None for anything else, and a
    plain "học … từ" (learns, or learned?) and a pet learned from."""
    m = _LEARNED.fullmatch(text)
    asked = bool(m and m["ai"])
    if not m or asked != ("?" in m["end"]) or not asked and not (m["aux"] or m["child"]) or animal(m) or \
            pet(m["whom"], "vi"):
        return None
    said = who(m, asked)
    whom = None if not said else "who" if asked else as_whom(m["whom"], "vi")
    if not whom or asked and said[0] == "I" or whom == EN_OBJECT.get(said[0]):
        return None
    what = _skill(m["skill"], whose_own(m, said[0]))
    child = " as a child" if m["child"] else ""
    if asked:
        return None if child else f"Who did {said[0]} learn to {what} from?" if what else None
    return what and capitalised(f"{said[0]} learned to {what} from {whom}{child}{stop(m['end'])}")


def _form_vi(m: re.Match, one: bool) -> str | None:
    """How a match of _TEACH_EN (not "Who") teaches, as _FORMS_VI says it ("đang"; "đã|rồi": "đã" before whom, "rồi"
    at the end; "có đang|không" asked); None for a form not known, or a verb not agreeing with who ("She teach",
    "Does you", "Does he teaches")."""
    q, aux, teach = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), m["teach"]
    if m["be"]:
        if q or not be_agrees(m, m["be"]):
            return None
        aux = "has" if m["be"].strip() == "'s" and teach == "taught" else "be"  # ("She's taught …")
    aux = {"'ll": "will", "'ve": "have"}.get(aux, aux)
    first = (q or aux.split(" ")[0]) if q or aux else teach  # (the word that agrees with who)
    if first in _THIRDS and not one or first in _PLURALS and one or (q or aux) and teach == "teaches" or \
            q and m["who"] and m["who"].lower() == "i":
        return None  # (… and "I" asked: a slip?)
    q, aux = _BASE.get(q, q), _BASE.get(aux, aux)
    if m["started"]:
        if aux != "have" or teach != "teaching":
            return None
        aux = "have just started" if m["just"] else "have started"
    elif m["just"] or m["yet"] and not (aux == "not have" or q == "have"):
        return None
    return _FORMS_VI.get((q, aux, "teach" if teach == "teaches" else teach))


def _learner_vi(m: re.Match, who_: str) -> tuple[str, set[str]] | None:
    """The learner of a match of _TEACH_EN in Vietnamese, and the whose English may say of them ("tie his
    shoelaces"): "con trai" (one's own: "I … my son", "My husband … our son", "Lan … her son"), "con gái tôi", "bọn
    trẻ", "mẹ tôi"; None for who itself ("I … me"), a pet, and kin's "his" or "her" child ("My mother … her
    daughter": mine, or my sister?)."""
    if m["young"]:
        young, whose = " ".join(m["young"].split()), m["lwhose"].lower()
        by, kin = (m["who"] or "").lower(), (m["kin"] or "").lower()
        # (a name's "his" or "her" is their own but where most who bear it are the other: "Lan … his son")
        own = m["ai"] is None and (by and WHOSE_OF.get(by) == whose or m["given"] and whose in ("his", "her") and
                                   named_his_her(m["given"]) in (None, whose) or
                                   kin in ("husband", "wife") and whose == "our" and m["whose"].lower() == "my")
        if kin and not own and whose in ("his", "her"):
            return None
        vi = f"bé nhà {WHOSE_VI[whose]}" if young == "little one" else _OWN_VI[young] + (
            "" if own else f" {WHOSE_VI[whose]}")
        return vi, {"son": {"his"}, "daughter": {"her"}, "kids": {"their"}, "children": {"their"}}.get(
            young, {"his", "her", "their"})
    if m["kids"]:
        return "bọn trẻ", {"their"}
    whom = as_whom(m["whom"], "en")
    if not whom or whom == who_ or pet(m["whom"], "en"):
        return None
    last = m["whom"].lower().split()[-1]
    said = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their", "son": "his",
            "daughter": "her"}.get(last) or his_her(whom) or named_his_her(whom)
    return whom, {said} if said else {"his", "her"}


def _teach_vi(text: str) -> str | None:
    """"I'm teaching my child to swim." as "Tôi đang dạy con bơi.", "My father taught me to fish." as "Bố tôi đã dạy
    tôi câu cá.", "Have you taught your son to swim yet?" as "Bạn đã dạy con trai bơi chưa?", "Who taught your child
    to swim?" as "Ai đã dạy con bạn bơi?" (_TEACH_EN); None for anything else, the verb or a whose not agreeing
    ("She teach", "my son … her shoelaces", "Lan … his shoelaces"), a pet taught, and "taught" or "is teaching"
    whom a bike (mt/cycling.py's)."""
    m = _TEACH_EN.fullmatch(text)
    if not m or bool(m["q"] or m["ai"]) != ("?" in m["end"]):
        return None
    if m["ai"]:
        if m["q"] or m["every"] or m["yet"] or m["just"] or m["started"] or m["aux"] and not m["be"]:
            return None
        taught, teaching = m["teach"] == "taught" and not m["be"], m["teach"] == "teaching" and m["be"] and be_said(
            m["be"]) == "is"
        who_, form = "ai", "đã" if taught else "đang" if teaching else None
    else:
        who_, one = who_vi(m)
        form = None if animal(m) else _form_vi(m, one)
    learner = None if form is None else _learner_vi(m, who_)
    skill = m["skill"].lower()
    whose = _EN_OWN.search(skill)
    if not learner or whose and whose[0] not in learner[1] or m["every"] and form not in ("", "có|không"):
        return None
    if skill.startswith("ride") and form in ("đã", "đang") and not m["q"] and re.fullmatch(WHOM_EN, m["learner"]):
        return None  # (mt/cycling.py's)
    before, _, after = form.partition("|")
    every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    said = " ".join(f"{who_} {before} dạy {learner[0]} {_SKILLS_VI[_EN_OWN.sub('{whose}', skill)]}{every}".split())
    if m["q"] or m["ai"]:
        return capitalised(f"{said} {after}?" if after else f"{said}?")
    return capitalised(f"{said} {after}{stop(m['end'])}" if after else f"{said}{stop(m['end'])}")


def _learned_vi(text: str) -> str | None:
    """"I learned to swim from my father." as "Tôi đã học bơi từ bố tôi.", "… as a child." as "… khi còn nhỏ.", "Who
    did you learn to swim from?" as "Bạn đã học bơi từ ai?" (_LEARNED_EN); None for anything else, a whose not
    who's own ("I learned to tie her shoelaces", "Lan … his shoelaces") and a pet learned from."""
    m = _LEARNED_EN.fullmatch(text)
    asked = bool(m and m["ai"])
    if not m or asked != ("?" in m["end"]) or asked != (m["learn"] == "learn") or asked == bool(m["whom"]) or \
            asked and m["child"] or animal(m) or pet(m["whom"], "en"):
        return None
    who_, _ = who_vi(m)
    skill = m["skill"].lower()
    whose = _EN_OWN.search(skill)
    named = his_her(who_) or named_his_her(who_)  # ("Lan": her, "John": his)
    own = {WHOSE_OF[m["who"].lower()]} if m["who"] else {named} if named else {"his", "her"}
    if whose and whose[0] not in own:
        return None
    vi = _SKILLS_VI[_EN_OWN.sub("{whose}", skill)]
    if asked:
        return capitalised(f"{who_} đã học {vi} từ ai?") if who_ != "tôi" else None
    whom = as_whom(m["whom"], "en")
    if not whom or whom == who_:
        return None
    child = " khi còn nhỏ" if m["child"] else ""
    return capitalised(f"{who_} đã học {vi} từ {whom}{child}{stop(m['end'])}")
