"""Making up one's mind: a mind changed, a decision made or not yet (to stay, to go …), thinking about it, and it being
up to someone, said or asked, both ways, written whole by rule. v8 reads "ý" as an idea and "mind" as "tâm trí": "Tôi
đổi ý rồi." → "I changed my idea.", "Cô ấy đổi ý rồi." → "She changed the idea.", "Bố tôi đã đổi ý." → "I changed my
father.", "Bạn quyết định chưa?" → "Do you decide?", "Để tôi suy nghĩ đã." → "Let me think it's.", "Tôi sẽ suy nghĩ
thêm." → "I'll think more.", "Quyết định đi!" → "Decision to go!", "Hãy quyết định đi!" → "Let's decide!"; "I changed
my mind." → "Tôi thay đổi tâm trí của tôi.", "My mother changed her mind." → "Mẹ tôi thay đổi tâm trí của cô ấy.",
"Make up your mind!" → "Hãy tâm trí của bạn nhé!", "I'll think about it." → "Tôi sẽ nghĩ về nó.", "I haven't
decided." → "Tôi không quyết định.", "It's up to you." → "Nó lên bạn.".

Taken: who (mt.hobbies.WHO, WHO_EN) changed their mind ("đổi ý", "thay đổi ý định"; again, "lại"), won't change it,
hasn't (English only), or has they? (asked with "chưa", "rồi à"), "Đừng đổi ý."; who has decided (to do one of
CHOICES, or not to), hasn't yet or still hasn't, or has they yet?, can't decide; "Make up your mind!" ("Quyết định
đi!"), "You decide." ("Bạn quyết định đi."); who will think about it, needs time to think, "Let me think." ("Để tôi
suy nghĩ đã."); it is up to someone (mt.hobbies.WHOM: "Tùy bạn.", "It's up to my mother to decide."). Whose mind
agrees with who ("she … her", "my mother … her"). Left: "anh", "chị", "em" alone saying it or after "tùy" (the
speaker or "you": mt.hobbies.who), a name alone changing their mind in Vietnamese (his or her?), "Bạn có đổi ý
không?" (did or will?), "Tôi không đổi ý." (hasn't, or won't?), "Tôi quyết định đi." without "đã" ("đi" is also "do
it"), "suy nghĩ lại" (reconsider), "It's your decision." (v8 has it), "Let me think about it." and "Để tôi nghĩ đã."
(the phrasebook's), and anything else, to the model.
mt.phrasebook.translate tries these after mt/lies.py.

    >>> translate("Tôi đổi ý rồi.", "vi", "en"), translate("She changed her mind.", "en", "vi")
    ('I changed my mind.', 'Cô ấy đổi ý rồi.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, his_her_of, own_thing, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed

# what someone decides to do (the first Vietnamese of each is written back)
CHOICES = {"ở lại": "stay", "đi": "go", "về nhà": "go home", "ở nhà": "stay at home", "đợi": "wait", "chờ": "wait",
           "rời đi": "leave", "chuyển nhà": "move house", "mua nó": "buy it", "đi học": "go to school"}
CHOICES_VI = {en: vi for vi, en in reversed(CHOICES.items())} | {"stay home": "ở nhà"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đổi\s+ý|quyết\s+định|nghĩ|t(?:ùy|uỳ))"),
         "en": lazy(r"(?i:mind|decid|think|up\s+to|your\s+call)")}

# a mind changed ("Tôi đổi ý rồi.", "Anh ấy lại đổi ý rồi.", "Tôi sẽ không đổi ý.", "Bạn đã đổi ý chưa?")
_CHANGE = r"(?:thay\s+)?đổi\s+ý(?:\s+định)?"
_MIND = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<again>lại)\s+|(?P<wont>sẽ\s+không)\s+)?{_CHANGE}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa)|\s+(?P<oh>à|sao|hả)|\s+(?P<dau>đâu))?{SOFTENED_END}")
_DONT = lazy(rf"(?i:đừng)\s+{_CHANGE}(?:\s+nh[ée])?\s*(?P<end>[.!]*)")
# a decision made or not ("Tôi vẫn chưa quyết định.", "Bạn quyết định chưa?", "Chúng tôi đã quyết định ở lại.")
_DECIDED = lazy(rf"{WHO}\s+(?:(?P<still>vẫn\s+)?(?P<not>chưa)\s+|(?P<did>đã)\s+|(?P<cant>không\s+thể)\s+|"
                rf"(?P<cant2>không)\s+(?=quyết\s+định\s+được))?quyết\s+định(?:\s+(?P<can>được))?"
                rf"(?:\s+(?P<no>không))?(?:\s+(?P<what>{alternatives(CHOICES)}))?(?:\s+(?P<done>rồi))?"
                rf"(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
_DECIDE = lazy(r"(?:(?P<you>[Bb]ạn)\s+|(?i:hãy|mau)\s+)?(?i:quyết)\s+định\s+đi(?:\s+nào)?\s*(?P<end>[.!]*)")
# thinking about it ("Để tôi suy nghĩ đã.", "Tôi sẽ suy nghĩ thêm.", "Tôi cần thêm thời gian để suy nghĩ.")
_THINK = r"(?:suy\s+)?nghĩ"
_LET = lazy(rf"(?i:để)\s+(?P<me>tôi|mình|chúng\s+tôi|chúng\s+mình)\s+{_THINK}(?:\s+(?P<more>thêm))?"
            r"(?:\s+(?:một\s+)?chút)?(?:\s+(?P<first>đã))?(?:\s+nh[ée])?\s*(?P<end>[.!]*)")
_WILL = lazy(rf"{WHO}\s+sẽ\s+{_THINK}\s+(?:thêm|về\s+(?:việc|điều|chuyện)\s+(?:đó|này))(?:\s+nh[ée])?"
             r"\s*(?P<end>[.!]*)")
_TIME = lazy(rf"{WHO}\s+cần\s+(?P<more>thêm\s+)?thời\s+gian\s+(?:để\s+)?{_THINK}(?:\s+thêm)?\s*(?P<end>[.!]*)")
# up to someone ("Tùy bạn.", "Cái đó tùy mẹ tôi quyết định.")
_UP_TO = lazy(rf"(?:(?i:cái|việc|chuyện)\s+(?:đó|này)\s+)?(?i:t(?:ùy|uỳ))\s+{WHOM}(?P<decide>\s+quyết\s+định)?"
              r"(?:\s+(?:thôi|đấy|nhé|nha))?\s*(?P<end>[.!]*)")

# ... and in English; whose mind is the group owner, as mt.hobbies.own_thing reads it
_OWNER = r"(?P<owner>(?i:my|your|his|her|our|their))"
_HAVE = r"(?P<aux>['’]ve|\s+have|['’]s|\s+has|\s+haven['’]t|\s+hasn['’]t|\s+have\s+not|\s+has\s+not|\s+won['’]t|" \
        r"\s+will\s+not|\s+didn['’]t|\s+did\s+not|\s+can['’]t|\s+cannot|\s+can\s+not)?"
_MIND_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?{WHO_EN}{_HAVE}\s+(?P<verb>changed|change)\s+{_OWNER}\s+"
                r"mind(?P<minds>s)?(?P<again>\s+again)?\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(r"(?:Please\s+)?(?i:don['’]t|do\s+not)\s+change\s+your\s+mind(?:,?\s+please)?\s*(?P<end>[.!]*)")
_DECIDED_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<still>\s+still)?{_HAVE}\s+(?:(?P<verb>decided|decide)|"
                   rf"(?P<made>made|make)\s+up\s+{_OWNER}\s+mind)(?:\s+(?P<no>not\s+)?to\s+"
                   rf"(?P<what>{alternatives(CHOICES_VI)}))?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_DECIDE_EN = lazy(r"(?:(?P<made>Make\s+up\s+your\s+mind)|(?P<you>You\s+decide))(?:,?\s+please)?\s*(?P<end>[.!]*)")
_WILL_EN = lazy(rf"{WHO_EN}(?:['’]ll|\s+will)\s+think\s+(?:about\s+it|it\s+over)(?:\s+more)?\s*(?P<end>[.!]*)")
_LET_EN = lazy(r"Let\s+(?P<me>me)\s+think(?P<over>\s+it\s+over|\s+about\s+it)?(?:\s+a\s+(?:bit|moment))?"
               r"\s*(?P<end>[.!]*)")
_TIME_EN = lazy(rf"{WHO_EN}\s+(?P<need>needs?)\s+(?:(?P<more>more|some\s+more)\s+|some\s+)?time\s+to\s+think"
                r"(?:\s+about\s+it)?\s*(?P<end>[.!]*)")
_UP_TO_EN = lazy(rf"(?:It|That)(?:['’]s|\s+is)\s+(?:(?:entirely|all|totally)\s+)?up\s+to\s+{WHOM_EN}"
                 r"(?P<decide>\s+to\s+decide)?\s*(?P<end>[.!]*)|(?P<call>It['’]s\s+your\s+call)\s*[.!]*")
# the words of _HAVE, by what they say: (said of one, or None for either; "have", "not", "won't", "didn't", "can't")
_AUX = {"'ve": (False, "have"), "have": (False, "have"), "'s": (True, "have"), "has": (True, "have"),
        "haven't": (False, "not"), "hasn't": (True, "not"), "have not": (False, "not"), "has not": (True, "not"),
        "won't": (None, "won't"), "will not": (None, "won't"), "didn't": (None, "didn't"), "did not": (None, "didn't"),
        "can't": (None, "can't"), "cannot": (None, "can't"), "can not": (None, "can't")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks whether someone changed their mind, has decided, will think
    about it, or that it is up to someone; None for any other."""
    if src == "vi":
        return _mind(text) or _decided(text) or _thinking(text) or _up_to(text)
    return _mind_vi(text) or _decided_vi(text) or _thinking_vi(text) or _up_to_vi(text)


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose mind, for who of a match of WHO (`who_` in English): "my" for "tôi", "her" for "mẹ tôi", "his" for
    "Bác Hùng"; None for a name alone or "bạn tôi" (English says neither)."""
    if m["who"]:
        return EN_WHOSE[who_]
    return his_her_of(m)


def _mind(text: str) -> str | None:
    """"Tôi đổi ý rồi." as "I changed my mind.", "Anh ấy lại đổi ý rồi." as "He's changed his mind again.", "Tôi sẽ
    không đổi ý." as "I won't change my mind.", "Bạn đã đổi ý chưa?" as "Have you changed your mind?" (_MIND), "Đừng
    đổi ý." as "Don't change your mind." (_DONT); None for anything else."""
    if m := _DONT.fullmatch(text):
        return f"Don't change your mind{m['end'] or '.'}"
    m = _MIND.fullmatch(text)
    asked = bool(m and (m["yet"] or m["oh"]))
    if not m or asked != ("?" in m["end"]) or asked and (m["wont"] or m["again"] or m["yet"] and m["done"]) or \
            m["dau"] and not m["wont"] or m["wont"] and m["done"]:
        return None
    said = who(m, asked)
    whose = said and _whose(m, said[0])
    if not whose:
        return None
    who_, one = said
    if asked:
        return f"{'Has' if one else 'Have'} {who_} changed {whose} mind?"
    if m["wont"]:
        return capitalised(f"{who_} won't change {whose} mind.")
    if m["again"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} changed {whose} mind again."))
    return capitalised(f"{who_} changed {whose} mind.")


def _decided(text: str) -> str | None:
    """"Tôi vẫn chưa quyết định." as "I still haven't decided.", "Bạn quyết định chưa?" as "Have you decided yet?",
    "Chúng tôi đã quyết định ở lại." as "We've decided to stay.", "Tôi không thể quyết định." as "I can't decide."
    (_DECIDED); "Quyết định đi!" as "Make up your mind!", "Bạn quyết định đi." as "You decide." (_DECIDE); None for
    anything else, and "Tôi quyết định đi." ("I decided to go", or "I'll decide, then"?)."""
    if m := _DECIDE.fullmatch(text):
        return "You decide." if m["you"] else f"Make up your mind{m['end'] or '!'}"
    m = _DECIDED.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    cant = m["cant"] or m["cant2"]
    what = m["what"] and CHOICES[keyed(m["what"])]
    if cant or m["not"] or asked:
        if what or m["no"] or m["done"] or bool(cant) + bool(m["not"]) + asked > 1:
            return None
        if cant:
            return capitalised(f"{who_} can't decide.")
        have = "has" if one else "have"
        if asked:
            return None if m["still"] else f"{have.capitalize()} {who_} decided yet?"
        return capitalised(f"{who_} still {have}n't decided." if m["still"] else f"{who_} {have}n't decided yet.")
    if m["still"] or m["can"] or m["no"] and not what or not what and not (m["did"] or m["done"]) or \
            what == "go" and not (m["did"] or m["no"]):
        return None
    to = f" {'not ' * bool(m['no'])}to {what}" if what else ""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} decided{to}."))


def _thinking(text: str) -> str | None:
    """"Để tôi suy nghĩ đã." as "Let me think about it.", "Tôi sẽ suy nghĩ thêm." as "I'll think about it.", "Tôi cần
    thêm thời gian để suy nghĩ." as "I need more time to think." (_LET, _WILL, _TIME); None for anything else."""
    if m := _LET.fullmatch(text):
        me = "us" if keyed(m["me"]).startswith("chúng") else "me"
        return f"Let {me} think{' about it' * bool(m['more'] or m['first'])}."
    if (m := _WILL.fullmatch(text) or _TIME.fullmatch(text)) is None or (said := who(m, False)) is None:
        return None
    who_, one = said
    if "more" not in m.groupdict():
        return capitalised(contracted(who_, "will think about it."))
    return capitalised(f"{who_} need{'s' * one} {'more ' * bool(m['more'])}time to think.")


def _up_to(text: str) -> str | None:
    """"Tùy bạn." as "It's up to you.", "Tùy mẹ tôi quyết định." as "It's up to my mother to decide." (_UP_TO); None
    for anything else, and "tùy anh", "tùy em" ("you", or someone else?)."""
    m = _UP_TO.fullmatch(text)
    whom = m and as_whom(m["whom"], "vi")
    return f"It's up to {whom}{' to decide' * bool(m['decide'])}." if whom else None


def _agrees(m: re.Match, one: bool) -> str | None:
    """What the group aux of a match of _HAVE says ("have", "not", "won't", "didn't", "can't"; "" for none), or None
    where it does not agree with who (`one`, as mt.hobbies.who_vi gives it: "She have", "I has")."""
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    q = (m["q"] or "").lower() if "q" in m.groupdict() else ""
    if q in ("have", "has"):
        if aux or (q == "has") != one:
            return None
        return "have"
    person, said = _AUX.get(aux, (None, ""))
    return None if person is not None and person != one else said


def _mind_vi(text: str) -> str | None:
    """"I changed my mind." as "Tôi đổi ý rồi.", "She won't change her mind." as "Cô ấy sẽ không đổi ý.", "Have you
    changed your mind?" as "Bạn đã đổi ý chưa?" (_MIND_EN), "Don't change your mind." as "Đừng đổi ý." (_DONT_EN);
    None for anything else, and where whose or "has" does not agree with who ("My mother changed his mind.")."""
    if _DONT_EN.fullmatch(text):
        return "Đừng đổi ý."
    m = _MIND_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said, asked, q = _agrees(m, one), "?" in m["end"], (m["q"] or "").lower()
    if m["minds"] and m["owner"].lower() not in ("our", "their", "your"):
        return None  # ("my minds"; "their minds", as many say it)
    if said is None or bool(q) != asked or own_thing(m, who_, one) is not True or m["again"] and (asked or said in (
            "not", "won't", "didn't")) or said == "can't":
        return None
    if (m["verb"] == "change") != (said in ("won't", "didn't") or q == "did"):
        return None  # ("I change my mind.", "I've change my mind.")
    if asked:
        return capitalised(f"{who_} đổi ý rồi à?" if q == "did" else f"{who_} đã đổi ý chưa?")
    if said == "won't":
        return capitalised(f"{who_} sẽ không đổi ý.")
    if said in ("not", "didn't"):
        return capitalised(f"{who_} không đổi ý.")
    return capitalised(f"{who_} {'lại ' if m['again'] else 'đã ' if said else ''}đổi ý rồi.")


def _decided_vi(text: str) -> str | None:
    """"I've decided to stay." as "Tôi đã quyết định ở lại.", "I haven't decided yet." as "Tôi chưa quyết định.",
    "Have you made up your mind?" as "Bạn đã quyết định chưa?", "I can't decide." as "Tôi không quyết định được."
    (_DECIDED_EN); "Make up your mind!" as "Quyết định đi!" (_DECIDE_EN); None for anything else, and where "has"
    or whose does not agree with who."""
    if m := _DECIDE_EN.fullmatch(text):
        return "Bạn quyết định đi." if m["you"] else f"Quyết định đi{m['end'] or '!'}"
    m = _DECIDED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    said, asked = _agrees(m, one), "?" in m["end"]
    if said is None or bool(m["q"]) != asked or said in ("won't", "didn't") or m["owner"] and own_thing(
            m, who_, one) is not True or (m["verb"] == "decide" or m["made"] == "make") != (said == "can't"):
        return None
    what = m["what"] and f"{'không ' * bool(m['no'])}{CHOICES_VI[keyed(m['what'])]}"
    if said == "can't" or said == "not" or asked:
        if what or m["still"] and (asked or said != "not") or m["yet"] and said == "can't":
            return None
        if said == "can't":
            return capitalised(f"{who_} không quyết định được.")
        return capitalised(f"{who_} đã quyết định chưa?" if asked else
                           f"{who_} {'vẫn ' * bool(m['still'])}chưa quyết định.")
    if m["still"] or m["yet"] or not (what or said):
        return None  # ("I decided.", "I've decided yet.")
    return capitalised(f"{who_} đã quyết định {what}." if what else f"{who_} đã quyết định rồi.")


def _thinking_vi(text: str) -> str | None:
    """"I'll think about it." as "Tôi sẽ suy nghĩ thêm.", "Let me think." as "Để tôi suy nghĩ đã.", "She needs more
    time to think." as "Cô ấy cần thêm thời gian để suy nghĩ." (_WILL_EN, _LET_EN, _TIME_EN); None for anything
    else, the phrasebook's "Let me think about it.", "Let us think about it." (let's?), and "need" that does not
    agree with who."""
    if m := _LET_EN.fullmatch(text):
        return None if m["over"] and "about" in m["over"] else "Để tôi suy nghĩ đã."
    if m := _WILL_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} sẽ suy nghĩ thêm.")
    if (m := _TIME_EN.fullmatch(text)) is None:
        return None
    who_, one = who_vi(m)
    if (m["need"] == "needs") != one:
        return None
    return capitalised(f"{who_} cần {'thêm ' * bool(m['more'])}thời gian để suy nghĩ.")


def _up_to_vi(text: str) -> str | None:
    """"It's up to you." as "Tùy bạn.", "It's up to my mother to decide." as "Tùy mẹ tôi quyết định.", "It's your
    call." as "Tùy bạn." (_UP_TO_EN); None for anything else."""
    m = _UP_TO_EN.fullmatch(text)
    if not m:
        return None
    whom = "bạn" if m["call"] else as_whom(m["whom"], "en")
    return f"Tùy {whom}{' quyết định' * bool(m['decide'])}." if whom else None
