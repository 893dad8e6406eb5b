"""Arguing, fighting and making up, said, asked or told not to, both ways, written whole by rule. v8 (rules on) loses
"suốt", the past and "to", and reads "làm lành" as healing: "Họ cãi nhau suốt." → "They argue.", "Bố mẹ tôi cãi nhau
tối qua." → "My parents argue last night.", "Chúng tôi cãi nhau một trận to." → "We struggled for each other.", "Hôm
qua tôi cãi nhau to với chồng tôi." → "Yesterday, I argued for my husband.", "Tôi vừa cãi nhau với bạn trai tôi." →
"I'm fighting together with my younger brother.", "Họ làm lành rồi." → "They did heal.", "Họ làm lành chưa?" → "Are
they heal?", "Bố mẹ tôi hay cãi nhau." → "My parents are fighting.", "Bọn trẻ đánh nhau suốt." → "The children fight
all over.", "Các bạn đang cãi nhau về chuyện gì vậy?" → "What are you fighting?"; "We had a fight." → "Chúng tôi có
cuộc chiến." (a war), "Stop fighting." → "Hãy dừng lại cuộc cãi vã.", "Stop arguing." → "Dừng ghi nhớ.", "What are
you arguing about?" → "Bạn đang nói gì?", "Why are they arguing?" → "Tại sao họ lại say mê?", "They've made up." →
"Họ đã dậy.", "She made up with her sister." → "Cô ấy làm em gái của mình.", "The kids fight all the time." → "Trẻ
em chống lại mọi thời gian.".

Taken: who (mt.hobbies.WHO, WHO_EN; parents and grandparents of mt.people.PARENTS with whose; the kids of
mt.noise.GROUPS, "các bạn") arguing ("cãi nhau", "cãi cọ", "cãi vã"; argue, fight, quarrel), fighting ("đánh nhau":
fight) or making up ("làm lành", "làm hòa"), with someone ("với" a pronoun or mt.hobbies.SOMEONE) or, without, when
who are more than one: on a day behind (mt.dates.VI_DAYS_BEHIND, "đã"; one: "một trận", a big one: "to"), just ("vừa"),
now ("đang"), again ("lại … rồi"), how often ("hay", "thỉnh thoảng", "hiếm khi", "không bao giờ", "luôn"), all the
time ("suốt", "suốt ngày", "lúc nào cũng"), never yet ("chưa bao giờ"), made up ("rồi"); asked what about, whether
they have made up yet, whether they often argue; "Đừng cãi nhau (với …) (nữa)." (don't argue, stop arguing), to the
kids and with "Chúng ta" (let's); in English also why they are arguing. Left: a quarrel with no time or aspect ("Họ
cãi nhau.": now or before?), one person arguing with no one said ("Anh ấy hay cãi nhau."), "anh", "chị", "em" alone
as who, "không" (don't or didn't?), how long ("suốt đêm", "all night"), two names ("Lan và Minh"), why asked in
Vietnamese ("Sao họ lại cãi nhau?": now or then? v8 asks it right), "gây gổ" (picking fights), "tranh cãi"
(debating), "You argue …" (one or more?).
mt.phrasebook.translate tries these after mt/driving.py.

    >>> translate("Bố mẹ tôi cãi nhau tối qua.", "vi", "en"), translate("Stop fighting.", "en", "vi")
    ('My parents argued last night.', 'Đừng cãi nhau nữa.')
"""
from __future__ import annotations

import re

from .dates import LAST, VI_DAYS_BEHIND
from .free_time import when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .noise import GROUPS
from .people import PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .rule_keys import key_checked
from .tense import BEHIND
from .text import SOFTENER, alternatives, capitalised, contracted, keyed

# the verbs, and English's: base, with "-s", past, "-ing", had … (a big one: "a big argument")
VERBS = {"cãi nhau": "argue", "cãi cọ": "argue", "cãi vã": "argue", "đánh nhau": "fight", "làm lành": "make up",
         "làm hòa": "make up", "làm hoà": "make up"}
_FORMS = {"argue": ("argue", "argues", "argued", "arguing", "argument"), "fight": ("fight", "fights", "fought",
          "fighting", "fight"), "make up": ("make up", "makes up", "made up", "making up", "")}
# ... in English, each form as (verb, form); "fight" and "quarrel" are "cãi nhau" (of grown-ups, words)
_FORMS_EN = {f: ("argue" if verb == "fight" else verb, i) for verb, forms in _FORMS.items()
             for i, f in enumerate(forms[:4])} | {f: ("argue", i) for i, f in enumerate(
                 ("quarrel", "quarrels", "quarrelled", "quarrelling"))} | {"quarreled": ("argue", 2),
                                                                          "quarreling": ("argue", 3)}
_BASE, _S, _PAST, _ING = range(4)
# when, before the verb ("đã", "vừa", "hay" …), and after it ("suốt"); the first Vietnamese of each is written back
_WHEN = {"đã": "past", "vừa": "just", "vừa mới": "just", "mới": "just", "đang": "now", "lại": "again",
         "lại đang": "again", "suốt ngày": "all", "lúc nào cũng": "all", "luôn": "always", "luôn luôn": "always",
         "chưa bao giờ": "ever", "hay": "often", "thường": "often", "thường xuyên": "often",
         "thỉnh thoảng": "sometimes", "đôi khi": "sometimes", "hiếm khi": "rarely", "ít khi": "rarely",
         "không bao giờ": "never"}
_WHEN_VI = {en: vi for vi, en in reversed(_WHEN.items())} | {"a lot": "hay"}
_HOW_OFTEN = {"often", "sometimes", "rarely", "never"}
# the kids, and "các bạn" ("you", more than one), and back; told, "Các con …" ("kids")
_GROUPS = {vi: en for vi, (en, _) in GROUPS.items() if en != "everyone"} | {"các con tôi": "my children"}
_GROUPS_VI = {"the kids": "bọn trẻ", "the children": "bọn trẻ", "my kids": "các con tôi", "my children": "các con tôi"}
_TOLD = {"các con": "kids", "mấy đứa": "kids", "hai đứa": "you two", "hai con": "you two"}
_TOLD_VI = {"kids": "Các con", "children": "Các con", "you two": "Hai đứa"}
_KEYS = {"vi": lazy(r"(?i:cãi|đánh\s+nhau|làm\s+(?:lành|hòa|hoà))"),
         "en": lazy(r"(?i:argu|fight|fought|quarrel|made\s+up|make\s+up|makes\s+up)")}

_SUBJECT = (rf"(?:{PARENTS_WHOSE}|"
            rf"(?P<group>(?i:{alternatives(_GROUPS)}))|{WHO})")
_VERB = rf"(?P<verb>(?i:{alternatives(VERBS)}))"
_DAY = rf"(?i:{VI_DAYS_BEHIND}|(?:sáng|chiều|tối)\s+hôm\s+qua)"
_WITH = rf"(?:\s+với\s+{WHOM})?"
# said ("Bố mẹ tôi cãi nhau tối qua.", "Hôm qua tôi cãi nhau to với chồng tôi.", "Họ làm lành rồi.")
_SAID = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{_SUBJECT}(?:\s+(?P<when>{alternatives(_WHEN)}))?\s+{_VERB}"
             rf"(?P<bout>\s+(?:một\s+)?trận)?(?P<big>\s+to)?{_WITH}(?:\s+(?P<all>suốt(?:\s+ngày)?|hoài|mãi))?"
             rf"(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<done>rồi))?(?:\s+ạ)?\s*(?P<end>[.!]*)")
# asked what about ("Các bạn đang cãi nhau về chuyện gì vậy?"), whether made up ("Họ làm lành chưa?"), whether often
_WHAT = lazy(rf"{_SUBJECT}(?:\s+(?P<when>đang|đã))?\s+{_VERB}{_WITH}\s+(?:về\s+)?(?:chuyện|việc|cái)\s+gì"
             rf"{SOFTENER}\s*\?+")
_YET = lazy(rf"{_SUBJECT}(?:\s+đã)?\s+{_VERB}{_WITH}\s+chưa{SOFTENER}\s*\?+")
_OFTEN = lazy(rf"{_SUBJECT}\s+có\s+(?:hay|thường)\s+{_VERB}{_WITH}\s+không{SOFTENER}\s*\?+")
# told not to ("Đừng cãi nhau nữa.", "Các con đừng đánh nhau nữa!", "Chúng ta đừng cãi nhau nữa.")
_DONT = lazy(rf"(?:(?P<told>(?i:{alternatives(_TOLD)}))\s+|(?P<lets>(?i:chúng\s+ta))\s+)?(?i:đừng)\s+{_VERB}"
             rf"{_WITH}(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha|mà))?\s*(?P<end>[.!]*)")

# ... and in English
_SUBJECT_EN = (rf"(?:{PARENTS_WHOSE_EN}|"
               rf"(?P<group>(?i:{alternatives(_GROUPS_VI)}))|{WHO_EN})")
_VERB_EN = rf"(?P<verb>(?:{alternatives(_FORMS_EN)})|had\s+(?:an?\s+(?P<big>big\s+|huge\s+)?)(?P<noun>argument|fight))"
_WITH_EN = rf"(?:\s+with\s+{WHOM_EN})?"
_SAID_EN = lazy(rf"(?:(?P<day0>{BEHIND.pattern})\s*,\s*)?{_SUBJECT_EN}(?P<aux>\s+(?:is|are|am|have|has)|"
                r"['’](?:s|re|m|ve))?(?:\s+(?P<adv>often|always|never|sometimes|rarely|just))?\s+"
                rf"{_VERB_EN}{_WITH_EN}(?:\s+(?P<tail>all\s+the\s+time|a\s+lot|again))?"
                rf"(?:\s+(?P<day>{BEHIND.pattern}))?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?:(?P<what>What)|(?P<why>Why))\s+(?P<aux>are|is|did|were|was)\s+{_SUBJECT_EN}\s+"
                 rf"(?P<verb>{alternatives(_FORMS_EN)}){_WITH_EN}(?(what)\s+about)\s*\?+")
_YET_EN = lazy(rf"(?P<aux>Have|Has)\s+{_SUBJECT_EN}\s+made\s+up{_WITH_EN}(?:\s+yet)?\s*\?+")
_OFTEN_EN = lazy(rf"(?P<aux>Do|Does)\s+{_SUBJECT_EN}(?:\s+(?P<adv>often))?\s+(?P<verb>argue|fight|quarrel)"
                 rf"{_WITH_EN}(?:\s+(?P<tail>a\s+lot|often|much))?\s*\?+")
_DONT_EN = lazy(rf"(?:(?P<lets>Let['’]s)\s+)?(?:(?P<stop>[Ss]top)|(?P<dont>Don['’]t|Do\s+not)|(?P<not>not))\s+"
                rf"(?P<verb>{alternatives(_FORMS_EN)}){_WITH_EN}(?:\s*,\s*(?P<told>kids|children|you\s+two))?"
                r"(?P<more>\s+any\s*more)?\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who argues, fights or has made up, or tells not to argue;
    None for any other."""
    if src == "vi":
        return _said(text) or _what(text) or _yet(text) or _often(text) or _dont(text)
    return _said_vi(text) or _asked_vi(text) or _yet_vi(text) or _often_vi(text) or _dont_vi(text)


def _subject(m: re.Match, asked: bool = False) -> tuple[str, bool, bool] | None:
    """Who of a match of _SUBJECT in English, whether one ("my father": "has", "argues") and whether more than one
    ("my parents", "they": arguing with no one said); None for "anh", "chị", "em" alone said."""
    if m["parents"]:
        return parents_said(m, "en"), False, True
    if m["group"]:
        return _GROUPS[keyed(m["group"])], False, True
    said = who(m, asked)
    return said and (said[0], said[1], said[0] in ("we", "they"))


def _with(m: re.Match, lang: str) -> str | None:
    """" with " and whom in the other language ("" for none said); None for whom not read."""
    whom = m["whom"] and as_whom(m["whom"], lang)
    return (f" {'with' if lang == 'vi' else 'với'} {whom}" if whom else None) if m["whom"] else ""


def _aspect(m: re.Match) -> tuple[str, str] | None:
    """What of _WHEN a match of _SAID says, a day behind making it "past" ("again" stays), "suốt" "all", "rồi"
    "done" (made up), and the day in English ("" for none); None for a day with "đang" …, "lại" alone (now or
    before?), two words of when."""
    word = keyed(m["when"] or "")
    aspect, said = _WHEN.get(word, ""), m["day0"] or m["day"]
    day = when(said, "vi", LAST) if said else ""
    if day is None or m["all"] and aspect or m["done"] and (day or aspect not in ("", "past", "again")):
        return None
    if day:
        return (aspect or "past", day) if aspect in ("", "past", "again") else None
    if aspect == "again" and not (m["done"] or word == "lại đang"):
        return None
    if (m["bout"] or m["big"]) and not aspect:
        return "past", ""  # ("cãi nhau một trận": had one)
    return "all" if m["all"] else "done" if m["done"] and aspect != "again" else aspect, ""


def _said(text: str) -> str | None:
    """"Bố mẹ tôi cãi nhau tối qua." as "My parents argued last night.", "Họ cãi nhau suốt." as "They argue all the
    time.", "Tôi vừa cãi nhau với bạn trai tôi." as "I've just had an argument with my boyfriend.", "Họ làm lành
    rồi." as "They've made up." (_SAID); None for anything else, and where no one else argues with one."""
    m = _SAID.fullmatch(text)
    said = m and _subject(m)
    with_ = said and _with(m, "vi")
    got = with_ is not None and _aspect(m)
    if not said or not got or not (with_ or said[2]) or m["day0"] and m["day"]:
        return None
    (who_, one, _), (aspect, day) = said, got
    verb = VERBS[keyed(m["verb"])]
    base, s, past, ing, noun = _FORMS[verb]
    have, be_, day = "has" if one else "have", "is" if one else "am" if who_ == "I" else "are", day and f" {day}"
    if verb == "make up":
        said = None if m["bout"] or m["big"] or aspect == "again" else f"made up{with_}{day}" if day else {
            "past": f"{have} made up{with_}", "done": f"{have} made up{with_}",
            "just": f"{have} just made up{with_}"}.get(aspect)
    elif (m["bout"] or m["big"]) and aspect not in ("past", "just"):
        return None
    else:
        had = f"{'a big ' if m['big'] else 'an ' if noun == 'argument' else 'a '}{noun}"
        said = {"past": f"{'had ' + had if m['bout'] or m['big'] else past}{with_}{day}",
                "just": f"{have} just had {had}{with_}",
                "now": f"{be_} {ing}{with_}",
                "again": f"{past}{with_} again{day}" if day else f"{be_} {ing}{with_} again",
                "all": f"{s if one else base}{with_} all the time", "always": f"{be_} always {ing}{with_}",
                "ever": f"{have} never {past}{with_}"}.get(aspect)
        said = f"{aspect} {s if one else base}{with_}" if aspect in _HOW_OFTEN else said
    return said and capitalised(contracted(who_, said) + ".")


def _asked_who(m: re.Match) -> tuple[str, bool, str] | None:
    """Who of a match of _WHAT, _YET, _OFTEN in English, whether one, and " with " whom ("" for none); None where no
    one else argues with one ("you" may be more)."""
    said = _subject(m, True)
    with_ = said and _with(m, "vi")
    if not said or with_ is None or not (with_ or said[2] or said[0] == "you"):
        return None
    return said[0], said[1], with_


def _what(text: str) -> str | None:
    """"Các bạn đang cãi nhau về chuyện gì vậy?" as "What are you arguing about?", "Họ đã cãi nhau về chuyện gì?" as
    "What did they argue about?" (_WHAT); None for anything else, and for making up."""
    m = _WHAT.fullmatch(text)
    said = m and VERBS[keyed(m["verb"])] != "make up" and _asked_who(m)
    if not said:
        return None
    who_, one, with_ = said
    verb = VERBS[keyed(m["verb"])]
    if m["when"] == "đã":
        return f"What did {who_} {verb}{with_} about?"
    return f"What {'is' if one else 'am' if who_ == 'I' else 'are'} {who_} {_FORMS[verb][_ING]}{with_} about?"


def _yet(text: str) -> str | None:
    """"Họ làm lành chưa?" as "Have they made up yet?", "Lan đã làm lành với mẹ cô ấy chưa?" as "Has Lan made up with
    her mother yet?" (_YET); None for anything else."""
    m = _YET.fullmatch(text)
    said = m and VERBS[keyed(m["verb"])] == "make up" and _asked_who(m)
    return said and f"{'Has' if said[1] else 'Have'} {said[0]} made up{said[2]} yet?"


def _often(text: str) -> str | None:
    """"Bố mẹ bạn có hay cãi nhau không?" as "Do your parents often argue?" (_OFTEN); None for anything else."""
    m = _OFTEN.fullmatch(text)
    said = m and VERBS[keyed(m["verb"])] != "make up" and _asked_who(m)
    return said and f"{'Does' if said[1] else 'Do'} {said[0]} often {VERBS[keyed(m['verb'])]}{said[2]}?"


def _dont(text: str) -> str | None:
    """"Đừng cãi nhau nữa." as "Stop arguing.", "Đừng cãi nhau với em gái bạn." as "Don't argue with your sister.",
    "Các con đừng đánh nhau nữa!" as "Stop fighting, kids!", "Chúng ta đừng cãi nhau nữa." as "Let's stop arguing."
    (_DONT); None for anything else, and for making up."""
    m = _DONT.fullmatch(text)
    if not m or (verb := VERBS[keyed(m["verb"])]) == "make up" or (with_ := _with(m, "vi")) is None:
        return None
    told = f", {_TOLD[keyed(m['told'])]}" if m["told"] else ""
    said = f"stop {_FORMS[verb][_ING]}" if m["more"] else f"not {verb}" if m["lets"] else f"don't {verb}"
    lets = "let's " if m["lets"] else ""
    return capitalised(f"{lets}{said}{with_}{told}{'!' if '!' in m['end'] else '.'}")


def _subject_vi(m: re.Match) -> tuple[str, bool, bool]:
    """Who of a match of _SUBJECT_EN in Vietnamese, whether English said it as one ("argues") and whether more than
    one ("họ", "bố mẹ tôi": arguing with no one said)."""
    if m["parents"]:
        return parents_said(m, "vi"), False, True
    if m["group"]:
        return _GROUPS_VI[keyed(m["group"])], False, True
    who_, one = who_vi(m)
    return who_, one, who_ in ("chúng tôi", "họ")


def _agrees(aux: str, who_: str, one: bool) -> bool:
    """Whether "is", "are", "am", "have", "has", "do", "does", "was", "were" (contracted or not) agree with who."""
    aux = {"'s": "is has", "'re": "are", "'m": "am", "'ve": "have"}.get(aux.strip().lower().replace("’", "'"),
                                                                      aux.strip().lower())
    said = {"is", "has", "does", "was"} if one else {"am", "have", "do", "was"} if who_ == "tôi" else {
        "are", "have", "do", "were"}
    said.add("did")
    return bool(said & set(aux.split()))


def _in_vi(m: re.Match, asked: bool = False) -> tuple[str, bool, str] | None:
    """Who of a match of _SUBJECT_EN in Vietnamese ("you" "các bạn" asked with no one said), whether one, and " với "
    whom ("" for none); None where no one else argues with one."""
    who_, one, many = _subject_vi(m)
    with_ = _with(m, "en")
    if asked and who_ == "bạn" and not with_:
        who_, many = "các bạn", True
    return None if with_ is None or not (with_ or many) else (who_, one, with_)


def _said_vi(text: str) -> str | None:
    """"My parents argued last night." as "Bố mẹ tôi cãi nhau tối qua.", "We had a big fight." as "Chúng tôi đã cãi
    nhau to.", "They argue all the time." as "Họ cãi nhau suốt.", "The kids are fighting again." as "Bọn trẻ lại cãi
    nhau rồi.", "They've made up." as "Họ làm lành rồi." (_SAID_EN); None for anything else, where the verb does not
    agree with who, and where no one else argues with one."""
    m = _SAID_EN.fullmatch(text)
    said = m and not (m["day0"] and m["day"]) and _in_vi(m)
    if not said:
        return None
    (who_, one, with_), aux, adv, tail = said, m["aux"] or "", m["adv"] or "", m["tail"] or ""
    short = aux.strip().lower().replace("’", "'")
    verb, form = ("argue", _PAST) if m["noun"] else _FORMS_EN[m["verb"].lower()]
    day = m["day0"] or m["day"]
    day = when(day, "en", LAST) if day else ""
    if day is None or aux and not _agrees(aux, who_, one) or verb == "make up" and (form != _PAST or m["noun"]):
        return None
    doing = f"{'làm lành' if verb == 'make up' else 'cãi nhau'}{' to' if m['big'] else ''}{with_}"
    if form in (_BASE, _S):
        if aux or (form == _S) != one or bool(adv) == bool(tail) or day or adv == "just" or tail == "again":
            return None
        said = f"{doing} suốt" if tail == "all the time" else f"{_WHEN_VI[adv or tail]} {doing}"
    elif form == _ING:
        if short not in ("is", "are", "am", "'s", "'re", "'m") or adv not in ("", "always") or adv and tail or day or \
                tail == "a lot":
            return None
        said = f"lại {doing} rồi" if tail == "again" else f"{doing} suốt" if tail else (
            f"lúc nào cũng {doing}" if adv else f"đang {doing}")
    elif short in ("have", "has", "'ve", "'s") and not day and not tail and (adv or verb == "make up"):
        said = {"just": f"vừa {doing}", "never": f"chưa bao giờ {doing}", "": f"{doing} rồi"}.get(adv)
    elif aux or adv not in ("", "just") or tail not in ("", "again") or adv and (day or tail):
        return None
    else:
        said = f"vừa {doing}" if adv else f"{'lại' if tail else '' if day else 'đã'} {doing}".strip()
        said = f"{said} {day}" if m["day"] else said
    said = said and f"{who_} {said}"
    return said and capitalised(f"{day} {said}." if m["day0"] else f"{said}.")


def _asked_vi(text: str) -> str | None:
    """"What are you arguing about?" as "Các bạn đang cãi nhau về chuyện gì vậy?", "What did they fight about?" as
    "Họ đã cãi nhau về chuyện gì vậy?", "Why are they arguing?" as "Sao họ lại cãi nhau vậy?" (_ASKED_EN); None for
    anything else, and where the verb does not agree with who."""
    m = _ASKED_EN.fullmatch(text)
    said = m and _in_vi(m, True)
    if not said:
        return None
    (who_, one, with_), aux = said, m["aux"].lower()
    verb, form = _FORMS_EN[m["verb"].lower()]
    if verb == "make up" or not _agrees(aux, who_, one) or (form == _BASE) != (aux == "did") or \
            form not in (_BASE, _ING) or who_ == "tôi":
        return None
    if m["why"]:
        return capitalised(f"Sao {who_} lại cãi nhau{with_} vậy?")
    return capitalised(f"{who_} {'đang' if aux in ('is', 'are') else 'đã'} cãi nhau{with_} về chuyện gì vậy?")


def _yet_vi(text: str) -> str | None:
    """"Have they made up yet?" as "Họ đã làm lành chưa?" (_YET_EN); None for anything else, and where "have" does
    not agree with who."""
    m = _YET_EN.fullmatch(text)
    said = m and _in_vi(m, True)
    if not said or not _agrees(m["aux"], said[0], said[1]):
        return None
    return capitalised(f"{said[0]} đã làm lành{said[2]} chưa?")


def _often_vi(text: str) -> str | None:
    """"Do your parents argue a lot?" as "Bố mẹ bạn có hay cãi nhau không?" (_OFTEN_EN); None for anything else, and
    where "do" does not agree with who."""
    m = _OFTEN_EN.fullmatch(text)
    said = m and bool(m["adv"]) != bool(m["tail"]) and _in_vi(m, True)
    if not said or not _agrees(m["aux"], said[0], said[1]):
        return None
    return capitalised(f"{said[0]} có hay cãi nhau{said[2]} không?")


def _dont_vi(text: str) -> str | None:
    """"Stop fighting." as "Đừng cãi nhau nữa.", "Don't argue with your sister." as "Đừng cãi nhau với em gái bạn.",
    "Stop fighting, you two!" as "Hai đứa đừng cãi nhau nữa!", "Let's not argue." as "Chúng ta đừng cãi nhau."
    (_DONT_EN); None for anything else ("Stop argue", "Don't arguing", "Let's don't")."""
    m = _DONT_EN.fullmatch(text)
    if not m or m["not"] and not m["lets"] or m["lets"] and (m["dont"] or m["told"]) or \
            m["stop"] and m["more"] or (with_ := _with(m, "en")) is None:
        return None
    verb, form = _FORMS_EN[m["verb"].lower()]
    if verb == "make up" or form != (_ING if m["stop"] else _BASE):
        return None
    told = f"{_TOLD_VI[keyed(m['told'])]} " if m["told"] else "Chúng ta " if m["lets"] else ""
    more = " nữa" if m["stop"] or m["more"] else ""
    return capitalised(f"{told}đừng cãi nhau{with_}{more}{'!' if '!' in m['end'] else '.'}")
