"""Being home alone, both ways, written whole by rule: who is home alone (now, still, often, tonight, all day, after
school, on a day done or to come), asked; who is afraid of, likes or hates being home alone; leaving a child (or
anyone) home alone, told not to, not daring to, asked whether one can or should; and a child old enough to stay home
alone. v8 (the rules on) drops the home, puts it in the past and loses whose: "Tôi đang ở nhà một mình." → "I'm
staying alone.", "Tối nay tôi ở nhà một mình." → "Tonight, I stayed alone.", "Con tôi sợ ở nhà một mình." → "I'm
afraid to stay alone.", "Mẹ bạn ở nhà một mình à?" → "Are your mother at home?", "Bạn có ở nhà một mình không?" → "Do
you have a house I?", "Tôi không dám để con ở nhà một mình." → "I'm not going to be alone.", "Con bạn đã đủ lớn để ở
nhà một mình chưa?" → "Are you big enough to stay alone?"; "My son is scared of being home alone." → "Con trai tôi sợ
về nhà một mình." (going home), "He's home alone." → "Anh ta một mình về nhà.", "Are you home alone?" → "Bạn có nhà
một mình không?", "I hate being home alone." → "Tôi ghét nhà một mình.", "Can I leave my daughter home alone?" → "Tôi
có thể rời con gái tôi một mình về nhà được không?", "We left our son home alone." → "Chúng tôi đã rời khỏi con trai
của chúng tôi một mình.".

Taken: who (mt.hobbies.WHO, WHO_EN) is home alone ("ở nhà một mình", "một mình ở nhà"; "home alone", "at home alone"),
now ("đang"), still, not, often, sometimes, never, always, will be ("sẽ"), with a day before or after (_DAYS: tonight,
today, this weekend, now; mt.floods.DAYS_DONE's days done, as "was"; tomorrow, as "will be") and a span after (all day,
after school), asked ("có … không?", "… không?", "… à?"); who is afraid of ("sợ"), likes, loves or hates being home
alone, or not, still, really, asked; "Đừng (bao giờ) để …", and who does not dare, does not want, should (not), can
(not), never, often, has to, or did ("đã") leave someone home alone, asked whether they do, can ("… được không?") or
should: a child ("con", "con trai", "các con": a pronoun's own, or the one spoken to's after "Đừng"; in English, whose
child, left out in Vietnamese where it is who's own), the kids, children in general, "me", "us", kin with whose or a
name (and a pet with whose, into English); who is (not, not yet) old enough ("đủ lớn", "đủ tuổi") to stay home alone,
now, asked. Left: living alone ("sống một mình": mt/residence.py, mt/family.py), sleeping alone (mt/sleeping_apart.py),
"ở một mình" without "nhà" (being alone: mt/fears.py), going home alone ("về nhà một mình"), a bare "để" (left once,
or as a habit?: "Chúng tôi để con ở nhà một mình."), "đã" alone (when?), "sáng nay", "chiều nay" (done, or to come?),
how often said first ("Thỉnh thoảng tôi …"), "Were you …?", "Will you …?" without a day (Vietnamese says when),
"him", "her", "anh ấy", "nó" left home alone (a child, a pet or a grown-up: "nó" or "anh ấy"?), a dog left, into
Vietnamese, "em", "bé" (a child, or the one spoken to?), a bare "con" after kin or a name ("Mẹ tôi … để con": her
child, or the speaker?) and a name's "his" or "her" child where the name is of either sex, a pet or parents ("Bố mẹ
tôi") as who, "I" asked but "Can I", "Should I", "anh", "chị", "em" alone saying it, the passive ("Children shouldn't
be left …"), "I'm staying home alone" (v8 writes it right), "thế"/"vậy" statements, "we", "our" in English
(chúng tôi, or chúng ta?) and "us" but after "Don't", "Đừng để con … ạ" (the speaker, to a parent?), "mình" asking,
whom the one who leaves ("Tôi … để mình"), and anything else.
mt.phrasebook.translate tries these after mt/trembling.py.

    >>> translate("Con tôi sợ ở nhà một mình.", "vi", "en"), translate("I don't dare leave my son home alone.", "en",
    ...                                                                 "vi")
    ('My child is afraid of being home alone.', 'Tôi không dám để con trai ở nhà một mình.')
"""
from __future__ import annotations

import re

from .floods import DAYS_DONE
from .ever import OBJECTS
from .hobbies import (POLITE, SELDOM, SELDOM_VI, SOMEONE_EN, WHO, WHO_EN, WHOM, animal, as_whom, em_speaking,
                      first_agrees, person_of, pet, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import (BE_EN, PAST_BE, SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, be, be_said, capitalised,
                   contracted, keyed, present, stop)

_KEYS = {"vi": lazy(r"(?i:ở\s+nhà\s+một\s+mình|một\s+mình\s+ở\s+nhà)"), "en": lazy(r"(?i:home\s+alone)")}
_ALONE = r"(?:ở\s+nhà\s+một\s+mình|một\s+mình\s+ở\s+nhà)"
_ALONE_EN = r"(?:at\s+)?home\s+alone"
_WE = lazy(r"(?i)\b(?:we|our)\b")  # (chúng tôi, or chúng ta?)
# when, and the tense it says: now or soon ("tối nay"), done (DAYS_DONE; not "sáng nay": done, or to come?), to come
_DAYS = {"tối nay": ("tonight", "now"), "đêm nay": ("tonight", "now"), "hôm nay": ("today", "now"),
         "cuối tuần này": ("this weekend", "now"), "bây giờ": ("now", "now"), "lúc này": ("now", "now")} | {
    vi: (en, "past") for vi, en in DAYS_DONE.items() if not vi.endswith(" nay")} | {
    "ngày mai": ("tomorrow", "will"), "tối mai": ("tomorrow evening", "will"),
    "cuối tuần sau": ("next weekend", "will")}
_DAYS_VI = {en: (vi, tense) for vi, (en, tense) in reversed(_DAYS.items())}
_SPANS = {"cả ngày": "all day", "suốt cả ngày": "all day", "cả tuần": "all week", "cả buổi tối": "all evening",
          "sau giờ học": "after school", "sau khi tan học": "after school"}
_SPANS_VI = {en: vi for vi, en in reversed(_SPANS.items())}
# what is said between who and the being home: tense ("sẽ", "đã"), still, not, how often (mt.hobbies.SELDOM)
_AUX = {"đang": "", "vẫn": "still", "vẫn còn": "still", "vẫn đang": "still", "không": "not", "sẽ": "will",
        "sẽ không": "will not", "đã": "did"} | SELDOM
_AUX_VI = {"still": "vẫn", "not": "không"} | SELDOM_VI
_DAY = rf"(?P<day>(?i:{alternatives(_DAYS)}))"
_HOME = lazy(rf"(?:{_DAY}\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>(?i:{alternatives(_AUX)}))\s+)?{_ALONE}"
             rf"(?:\s+(?P<span>{alternatives(_SPANS)}))?(?:\s+(?P<day2>{alternatives(_DAYS)}))?"
             rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
# afraid of, liking or hating being home alone ("Con tôi sợ ở nhà một mình.", "Bạn có thích ở nhà một mình không?")
_FEELS = {"sợ": "afraid", "thích": "like", "ghét": "hate"}
_FEEL = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<still>vẫn(?:\s+còn)?)\s+)?(?:(?P<very>rất)\s+)?"
             rf"(?P<verb>sợ|thích|ghét)\s+{_ALONE}(?:\s+(?P<so>lắm))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# leaving someone home alone ("Đừng để con ở nhà một mình.", "Tôi không dám để con ở nhà một mình.")
_CHILDREN = {"con": "child", "con trai": "son", "con gái": "daughter", "các con": "children"}
_KIDS = {"bọn trẻ": "the kids", "lũ trẻ": "the kids", "bọn nhỏ": "the kids", "trẻ em": "children",
         "trẻ con": "children", "trẻ nhỏ": "young children"}
_LEFT = {("không dám", ""): "{do}n't dare leave {t}", ("không muốn", ""): "{do}n't want to leave {t}",
         ("không bao giờ", ""): "never leave{s} {t}", ("không nên", ""): "shouldn't leave {t}",
         ("nên", ""): "should leave {t}", ("không thể", ""): "can't leave {t}", ("không", ""): "{do}n't leave {t}",
         ("phải", ""): "{have} to leave {t}", ("đã", ""): "left {t}", ("thường", ""): "often leave{s} {t}",
         ("có thể", ""): "can leave {t}", ("có", "không"): "{Do} {w} leave {t}?", ("có thể", "không"):
         "Can {w} leave {t}?", ("", "được không"): "Can {w} leave {t}?", ("có nên", "không"): "Should {w} leave {t}?"}
_WHOM = (rf"(?:(?P<child>(?i:{alternatives(_CHILDREN)}))|(?P<kids>(?i:{alternatives(_KIDS)}))|{WHOM})")
_LEAVE = lazy(rf"(?:(?P<dont>(?:(?i:bạn|các\s+bạn)\s+)?(?i:đừng)(?P<never>\s+bao\s+giờ)?)|{WHO}(?:\s+(?P<aux>"
              rf"{alternatives({a for a, _ in _LEFT if a})}))?)\s+để\s+{_WHOM}\s+{_ALONE}(?:\s+(?P<can>được))?"
              rf"(?:\s+(?P<asked>không))?(?:\s+(?P<nhe>nhé|nha))?{SOFTENED_END}")
# a child old enough to stay home alone ("Con bạn đã đủ lớn để ở nhà một mình chưa?")
_ENOUGH = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>chưa|không)\s+|(?P<aux>đã)\s+)?đủ\s+(?:lớn|tuổi)\s+để\s+"
               rf"(?:có\s+thể\s+)?{_ALONE}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")

# ... in English
_ADVS = alternatives(["still"] + list(SELDOM_VI))
_HOME_EN = lazy(rf"(?:(?P<q>Are|Is|Am|Was|Were|Will)\s+)?{WHO_EN}(?:(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|"
                rf"['’]s|['’]m|['’]re|\s+will|['’]ll)(?P<not>\s+not|n['’]t)?|(?P<wont>\s+won['’]t))?(?P<be2>\s+be)?"
                rf"(?:\s+(?P<adv>{_ADVS}))?\s+{_ALONE_EN}(?:\s+(?P<span>{alternatives(_SPANS_VI)}))?"
                rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_AFRAID_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?(?:\s+(?P<still>still))?"
                  rf"(?:\s+(?P<very>very|really))?\s+(?:afraid|scared|frightened)\s+(?:of\s+being|to\s+(?:be|stay))"
                  rf"\s+{_ALONE_EN}\s*(?P<end>[.!?]*)")
_LIKES_VI = {"like": "thích", "love": "rất thích", "hate": "ghét"}
_LIKES_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                 rf"(?:\s+(?P<really>really))?\s+(?P<verb>(?:like|love|hate)s?)\s+(?:being|staying)\s+{_ALONE_EN}"
                 rf"\s*(?P<end>[.!?]*)")
_CHILDREN_VI = {en: vi for vi, en in _CHILDREN.items()} | {"kid": "con", "kids": "các con"}
_KIDS_VI = {en: vi for vi, en in reversed(_KIDS.items())} | {"the children": "bọn trẻ", "kids": "trẻ em",
                                                             "young kids": "trẻ nhỏ"}
_WHOM_EN = (rf"(?:(?P<cwhose>(?i:{WHOSE_WORDS}))\s+(?P<child>{alternatives(_CHILDREN_VI)})|(?P<kids>(?i:"
            rf"{alternatives(_KIDS_VI)}))|(?P<me>me|us)|(?P<whom>{SOMEONE_EN}))")
_LEFT_VI = {("", "do not dare", "leave"): "không dám để {t}", ("", "do not dare to", "leave"): "không dám để {t}",
            ("", "do not want to", "leave"): "không muốn để {t}", ("", "never", "leave"): "không bao giờ để {t}",
            ("", "should not", "leave"): "không nên để {t}", ("", "should", "leave"): "nên để {t}",
            ("", "cannot", "leave"): "không thể để {t}", ("", "do not", "leave"): "không để {t}",
            ("", "have to", "leave"): "phải để {t}", ("", "", "left"): "đã để {t}",
            ("", "often", "leave"): "thường để {t}", ("", "can", "leave"): "có thể để {t}",
            ("do", "", "leave"): "có để {t} không?", ("can", "", "leave"): "có thể để {t} không?",
            ("should", "", "leave"): "có nên để {t} không?"}
# (the words before "leave" are read by _LEFT_VI's keys: up to three of them)
_LEAVE_EN = lazy(rf"(?:(?P<dont>Don['’]t|Do\s+not|Never)|(?:(?P<q>Can|Should|Do|Does)\s+)?{WHO_EN}"
                 rf"(?P<aux>(?:\s+[a-z'’]+){{0,3}}?))\s+(?P<verb>leaves?|left)\s+{_WHOM_EN}\s+{_ALONE_EN}"
                 r"\s*(?P<end>[.!?]*)")
_ENOUGH_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n['’]t)?)?\s+old\s+enough\s+to\s+"
                  rf"(?:stay|be)\s+{_ALONE_EN}(?:\s+(?P<adv>now|yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of someone home alone, afraid of or liking it, left home alone, or old enough to
    stay home alone; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (_home(text) or _feel(text) or _leave(text) or _enough(text))
    text = text.replace("’", "'")
    if _WE.search(text):  # ("We're home alone.", "Should we leave our son …?": chúng tôi, or chúng ta?)
        return None
    return _home_vi(text) or _feel_vi(text) or _leave_vi(text) or _enough_vi(text)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one (mt.hobbies.person_of); None for "em" saying it politely."""
    return None if em_speaking(m) else person_of(m, asked)


def _home(text: str) -> str | None:
    """"Tối nay tôi ở nhà một mình." as "I'm home alone tonight.", "Mẹ bạn ở nhà một mình à?" as "Is your mother home
    alone?", "Hôm qua tôi ở nhà một mình cả ngày." as "I was home alone all day yesterday." (_HOME); None for anything
    else, a day said twice, a tense the day does not say, and a habit on a day."""
    m = _HOME.fullmatch(text)
    if not m or m["day"] and m["day2"] or (asked := bool(m["asked"])) != ("?" in m["end"]) or (
            m["ask"] and m["asked"] != "không") or (said := _person(m, asked)) is None:
        return None
    who_, _ = said
    day = m["day"] or m["day2"]
    when, tense = _DAYS[keyed(day)] if day else ("", "")
    aux = _AUX[keyed(m["aux"])] if m["aux"] else ""
    if aux in ("will", "will not"):
        tense = "will" if tense in ("", "will") else None
    # a tense the day does not say ("đã" today, "đang" or "vẫn" tomorrow), a habit on a day, "not" or "never" asked
    if tense is None or aux == "did" and tense != "past" or tense == "will" and m["aux"] and not aux.startswith(
            "will") and aux != "not" or aux in SELDOM.values() and day or asked and aux in (
            "not", "will not", "never", "rarely"):
        return None
    rest = " ".join(filter(None, ("home alone", _SPANS.get(keyed(m["span"] or "")), when)))
    be_ = "will" if tense == "will" else PAST_BE[be(who_)] if tense == "past" else be(who_)
    adv = f" {aux}" if aux not in ("", "did", "not", "will", "will not") else ""
    if asked:
        return f"{be_.capitalize()} {who_}{' be' * (tense == 'will')}{adv} {rest}?"
    if aux in ("not", "will not"):
        be_ = "won't" if tense == "will" else "am not" if be_ == "am" else f"{be_}n't"
    return capitalised(contracted(who_, f"{be_}{' be' * (tense == 'will')}{adv} {rest}")) + stop(m["end"])


def _feel(text: str) -> str | None:
    """"Con tôi sợ ở nhà một mình." as "My child is afraid of being home alone.", "Bạn có thích ở nhà một mình không?"
    as "Do you like being home alone?" (_FEEL); None for anything else, and "rất" with "không" or "lắm"."""
    m = _FEEL.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) and not asked or m["not"] and asked or m["very"] and (
            m["not"] or m["so"]) or m["still"] and (m["not"] or m["so"]) or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    verb = _FEELS[keyed(m["verb"])]
    if verb != "afraid":
        if m["still"] and asked or verb == "hate" and (m["very"] or m["so"]):
            return None
        adverb = "still " if m["still"] else "really " if m["very"] or m["so"] else ""
        return present(who_, one, verb, "being home alone", asked, bool(m["not"]), m["end"], adverb)
    if m["so"] and not asked:
        return None
    words = " ".join(filter(None, ("still" * bool(m["still"]), "very" * bool(m["very"] or m["so"]),
                                   "afraid of being home alone")))
    if asked:
        return f"{be(who_).capitalize()} {who_} {words}?"
    be_ = ("am not" if be(who_) == "am" else f"{be(who_)}n't") if m["not"] else be(who_)
    return capitalised(contracted(who_, f"{be_} {words}")) + stop(m["end"])


def _whom(m: re.Match, whose: str | None) -> str | None:
    """Whom of a match of _WHOM in English: a child of `whose` ("my child"; None where whose is not known), the kids,
    children, "me", "us", or someone of mt.hobbies.WHOM ("my mother", "Lan", "my dog"); None for "him", "her", "nó"
    (a child, a pet, or a grown-up?) and any other pronoun."""
    if m["child"]:
        return whose and f"{whose} {_CHILDREN[keyed(m['child'])]}"
    if m["kids"]:
        return _KIDS[keyed(m["kids"])]
    said = as_whom(m["whom"], "vi")
    return None if keyed(m["whom"]) in OBJECTS and said not in ("me", "us") else said


def _leave(text: str) -> str | None:
    """"Đừng để con ở nhà một mình." as "Don't leave your child home alone.", "Tôi không dám để con ở nhà một mình."
    as "I don't dare leave my child home alone.", "Tôi có thể để con gái ở nhà một mình không?" as "Can I leave my
    daughter home alone?" (_LEAVE, _LEFT); None for anything else, and a bare "để" (once, or a habit?)."""
    m = _LEAVE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["nhe"] and not m["dont"]:
        return None
    if m["dont"]:
        # ("Đừng để con … ạ.": the speaker, to a parent?)
        whom = not (m["asked"] or m["can"] or keyed(m["child"] or "") == "con" and POLITE.search(text)) and _whom(
            m, "your")
        do = "Never" if m["never"] else "Don't"
        return whom and f"{do} leave {whom} home alone{stop(m['end'])}"
    shape = _LEFT.get((keyed(m["aux"] or ""), keyed(f"{m['can'] or ''} {m['asked'] or ''}")))
    if shape is None or animal(m) or em_speaking(m) or (said := who(m, bool(m["asked"]))) is None or (
            said[0] == "I" and shape.startswith("{Do}")) or m["asked"] and keyed(m["who"] or "") == "mình":
        return None  # ("Mình có nên …?": I, we, or you?)
    who_, one = said
    whom = _whom(m, whose_own(m, who_) if m["who"] else None)  # ("Mẹ tôi … để con": her child, or me?)
    if whom is None or whom == who_ or who_ in ("I", "we") and whom in ("me", "us"):
        return None  # (whom the one who leaves: "Tôi … để mình")
    said = shape.format(t=f"{whom} home alone", w=who_, do="does" if one else "do", Do="Does" if one else "Do",
                        have="has" if one else "have", s="s" * one)
    return said if said.endswith("?") else capitalised(f"{who_} {said}") + stop(m["end"])


def _enough(text: str) -> str | None:
    """"Con gái tôi đủ lớn để ở nhà một mình rồi." as "My daughter is old enough to stay home alone now.", "Con bạn
    đã đủ lớn để ở nhà một mình chưa?" as "Is your child old enough to stay home alone yet?" (_ENOUGH); None for
    anything else."""
    m = _ENOUGH.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and m["asked"] != "không" or m["not"] and (
            asked or m["done"]) or m["asked"] == "không" and (m["aux"] or m["done"]) or m["asked"] == "chưa" and (
            m["ask"] or m["done"]) or (said := _person(m, asked)) is None:
        return None
    who_, _ = said
    be_, rest = be(who_), "old enough to stay home alone"
    if asked:
        return f"{be_.capitalize()} {who_} {rest}{' yet' * (m['asked'] == 'chưa')}?"
    if m["not"]:
        be_ = "am not" if be_ == "am" else f"{be_}n't"
    tail = " yet" if keyed(m["not"] or "") == "chưa" else " now" if m["done"] else ""
    return capitalised(contracted(who_, f"{be_} {rest}{tail}")) + stop(m["end"])


def _agrees(first: str, who_: str, one: bool) -> bool:
    """Whether "is", "was", "do", "has" … said first (`first`) agrees with who (mt.hobbies.first_agrees; "was" and
    "were" as "is" and "are", "am" for "I")."""
    first = {"was": "am" if who_ == "tôi" else "is", "were": "are"}.get(first, first)
    return first_agrees(first, who_, one)


def _home_vi(text: str) -> str | None:
    """"I'm home alone tonight." as "Tối nay tôi ở nhà một mình.", "Is your mother home alone?" as "Mẹ bạn có ở nhà
    một mình không?", "I'll be home alone tomorrow." as "Ngày mai tôi sẽ ở nhà một mình." (_HOME_EN); None for
    anything else, and where "is", "was" or "will" does not agree with who or with the day."""
    m = _HOME_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"] or m["wont"]) or animal(m):
        return None
    who_, one = who_vi(m)
    first = keyed(be_said(m["q"] or m["be"] or m["wont"] or "")).replace("'ll", "will").replace("won't", "will")
    tense = "will" if first == "will" else "past" if first in ("was", "were") else "now"
    day, said = m["day"] and _DAYS_VI[keyed(m["day"])], keyed(m["adv"] or "")
    neg = bool(m["not"] or m["wont"])
    if not _agrees(first, who_, one) or m["q"] and (neg or who_ == "tôi" or said in ("never", "rarely")) or (
            day and day[1] != tense or bool(m["be2"]) != (tense == "will") or said and (
            tense == "will" or said != "still" and day) or neg and said):
        return None
    if tense != "now" and not day and (m["q"] or tense == "past" and (neg or said)):
        return None  # ("Were you home alone?": Vietnamese says when; "I was never …" is not "Tôi đã …")
    aux = "sẽ không" if neg and tense == "will" else "không" if neg else _AUX_VI.get(said, "")
    aux = "sẽ" if tense == "will" and not neg and not m["q"] else "đã" if tense == "past" and not day else aux
    span = m["span"] and _SPANS_VI[keyed(m["span"])]
    if m["q"]:
        aux = "còn" if said == "still" else f"có {aux}".strip()
        return capitalised(" ".join(filter(None, (day and day[0], who_, aux, "ở nhà một mình", span, "không?"))))
    return capitalised(" ".join(filter(None, (day and day[0], who_, aux, "ở nhà một mình", span)))) + stop(m["end"])


def _feel_vi(text: str) -> str | None:
    """"My son is scared of being home alone." as "Con trai tôi sợ ở nhà một mình.", "I hate being home alone." as
    "Tôi ghét ở nhà một mình." (_AFRAID_EN, _LIKES_EN); None for anything else, and where "is", "do" or the verb
    does not agree with who."""
    m = _AFRAID_EN.fullmatch(text) or _LIKES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    if m.re == _AFRAID_EN:
        if bool(m["q"]) == bool(m["be"]) or not _agrees(keyed(be_said(m["q"] or m["be"])), who_, one) or m["q"] and (
                m["not"] or who_ == "tôi") or m["not"] and (m["still"] or m["very"]):
            return None
        pre = "không" if m["not"] else "còn" if m["q"] and m["still"] else "vẫn" if m["still"] else "có" if m["q"] \
            else ""
        said = " ".join(filter(None, (who_, pre, "rất" * bool(m["very"]), "sợ ở nhà một mình")))
        return capitalised(said) + (" không?" if m["q"] else stop(m["end"]))
    first = keyed(m["q"] or m["not"] or "").replace("n't", "").replace(" not", "")
    verb = m["verb"].rstrip("s")
    if not _agrees(first, who_, one) or m["verb"].endswith("s") != (one and not first) or m["q"] and (
            m["not"] or who_ == "tôi") or m["really"] and (verb != "like" or m["q"]) or m["not"] and verb == "love":
        return None
    feel = "rất thích" if m["really"] and not m["not"] else _LIKES_VI[verb]
    said = " ".join(filter(None, (who_, "không" * bool(m["not"]), "có" * bool(m["q"]), feel, "ở nhà một mình")))
    return capitalised(said) + (" lắm" * bool(m["really"] and m["not"])) + (" không?" if m["q"] else stop(m["end"]))


def _whom_vi(m: re.Match, own: str | None) -> str | None:
    """Whom of a match of _WHOM_EN in Vietnamese: a child ("con", "con trai"; whose left out where it is `own`, the
    subject's: "my son" after "I"), the kids, children, "me", "us", or someone of mt.hobbies.SOMEONE_EN; None for a
    child of "his" or "her" where `own` is not known (a name of either), and a pet."""
    if m["child"]:
        child, whose = _CHILDREN_VI[m["child"].lower()], m["cwhose"].lower()
        if own is None and whose in ("his", "her"):
            return None
        return child if whose == own else f"{child} {WHOSE_VI[whose]}"
    if m["kids"]:
        return _KIDS_VI[keyed(m["kids"])]
    if m["me"]:
        return "tôi" if m["me"] == "me" else "chúng tôi"
    return None if pet(m["whom"], "en") else someone(m["whom"], "en")


# the words said before "leave" in English, as _LEFT_VI keys them (said of many), and who they agree with
_SAID_AUX = {"doesn't": "do not", "don't": "do not", "does not": "do not", "can't": "cannot", "can not": "cannot",
             "shouldn't": "should not", "has to": "have to"}


def _leave_vi(text: str) -> str | None:
    """"Don't leave your child home alone." as "Đừng để con ở nhà một mình.", "I don't dare leave my son home alone."
    as "Tôi không dám để con trai ở nhà một mình.", "She left her son home alone." as "Cô ấy đã để con trai ở nhà một
    mình." (_LEAVE_EN, _LEFT_VI); None for anything else, where a word does not agree with who, whom the one who
    leaves, and "us" but after "Don't" (with the one spoken to?)."""
    m = _LEAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["verb"] == "leaves" and m["dont"]:
        return None
    if m["dont"]:
        whom = m["verb"] == "leave" and "?" not in m["end"] and _whom_vi(m, "your")
        return whom and f"Đừng {'bao giờ ' * (m['dont'] == 'Never')}để {whom} ở nhà một mình" + stop(m["end"])
    if animal(m):
        return None
    who_, one = who_vi(m)
    raw = aux = keyed(m["aux"] or "")
    for said, as_many in _SAID_AUX.items():
        aux = aux.replace(said, as_many)
    q = keyed(m["q"] or "").replace("does", "do")
    shape = _LEFT_VI.get((q, aux, "leave" if m["verb"] == "leaves" else m["verb"]))
    first = keyed(m["q"] or raw).split(" ")[0].replace("n't", "")
    s = m["verb"] == "leaves"
    if shape is None or not _agrees(first, who_, one) or s != (one and aux in ("never", "often")) or q == "do" and (
            who_ == "tôi") or (whom := _whom_vi(m, _own(m, who_))) in (None, who_) or m["me"] == "us":
        return None  # (whom the one who leaves; "us" with the one spoken to?)
    said = capitalised(f"{who_} {shape.format(t=f'{whom} ở nhà một mình')}")
    return said if said.endswith("?") else said + stop(m["end"])


def _own(m: re.Match, who_: str) -> str | None:
    """Whose a child of who's own is in English, for who of a match of WHO_EN (`who_` in Vietnamese): "my" for "I",
    "her" for "my mother" (mt.terms.his_her), "his" for "John" (mt.names.named_his_her); None where not known."""
    if m["who"]:
        return WHOSE_OF[m["who"].lower()]
    return named_his_her(m["given"]) if m["given"] else his_her(who_)


def _enough_vi(text: str) -> str | None:
    """"My daughter is old enough to stay home alone." as "Con gái tôi đã đủ lớn để ở nhà một mình.", "Is your son old
    enough to stay home alone yet?" as "Con trai bạn đã đủ lớn để ở nhà một mình chưa?" (_ENOUGH_EN); None for
    anything else, "is" not agreeing with who, "yet" said, "now" asked or denied."""
    m = _ENOUGH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or animal(m):
        return None
    who_, one = who_vi(m)
    adv = m["adv"] or ""
    if not _agrees(keyed(be_said(m["q"] or m["be"])), who_, one) or m["q"] and (m["not"] or who_ == "tôi") or (
            adv == "yet" and not (m["q"] or m["not"]) or adv == "now" and (m["q"] or m["not"])):
        return None
    if m["q"]:
        return capitalised(f"{who_} {'đã' if adv else 'có'} đủ lớn để ở nhà một mình {'chưa' if adv else 'không'}?")
    pre = ("chưa" if adv else "không") if m["not"] else "" if adv else "đã"
    said = " ".join(filter(None, (who_, pre, "đủ lớn để ở nhà một mình", "rồi" * (adv == "now"))))
    return capitalised(said) + stop(m["end"])
