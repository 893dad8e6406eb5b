"""Forgiving and apologising, both ways, written whole by rule: please forgive me, who forgives (forgave, will never
forgive, has not yet forgiven) whom, who apologised to whom, said or asked, a bid to say sorry, an apology owed or
accepted. v8 (with every other rule) misreads "tha lỗi", drops or garbles "tha thứ", reads "xin lỗi" as sorry for and
"nợ" as debt: "Tha lỗi cho tôi nhé." → "Instead of letting me.", "Xin hãy tha thứ cho tôi." → "Let me forgive.", "Tôi
tha thứ cho bạn." → "I forgive to you.", "Cô ấy đã tha thứ cho bạn chưa?" → "Did you forgivenate?", "Mẹ tôi đã tha thứ
cho bố tôi." → "My mother forgivented my father.", "Lan đã tha thứ cho Nam." → "Lan forgively for South.", "Con xin lỗi
mẹ đi." → "I'm sorry to go.", "Con xin lỗi mẹ." → "I'm sorry for my mother.", "Anh ấy đã xin lỗi tôi." → "He
apologized me.", "Tôi nợ bạn một lời xin lỗi." → "I debt you apologized."; "Please forgive me." → "Vui lòng tha thứ cho
tôi.", "Forgive me." → "Đưa tôi.", "He forgave me." → "Anh ấy xin tôi.", "They forgave us." → "Họ xin lỗi chúng tôi."
(apologised), "Apologise to your sister." → "Hãy tham gia vào chị của bạn.", "Say sorry to her." → "Hãy vui mừng với cô
ấy.", "I owe you an apology." → "Tôi cũng làm bạn trở thành một sinh vật học.", "I accept your apology." → "Tôi chấp
nhận lời khuyên của bạn." (advice), "I'm sorry, Mom." → "Tôi xin lỗi, mẹ ơi.".

Taken: please forgive me (us, or whom of mt.hobbies.WHOM, WHOM_EN), "Forgive me."; who (mt.hobbies.WHO, WHO_EN)
forgives whom or apologises (to whom, "says sorry"), by what is said before the verb (_ASPECTS: "đã" forgave, "đã …
rồi" has already, "sẽ" will, "sẽ không bao giờ" will never, "chưa" has not yet, "nên" should, "phải" has to …), or
asked ("đã … chưa?" has …?, "có … không?" does or did …?, "sẽ … chứ?" will …?, "có thể … không?" can …?); a bid to
apologise ("Hãy xin lỗi em gái bạn đi.", "Con xin lỗi mẹ đi."); a child's "Con xin lỗi mẹ." ("I'm sorry, Mom."); who
owes whom an apology; "I accept your apology.". Left: "Xin lỗi." / "Sorry." and "Xin lỗi đã làm phiền bạn." (the
phrasebook's), sorry for the trouble (mt/favours.py), for someone's loss (mt/condolences.py), "my fault"
(mt/mistakes.py), "Tôi xin lỗi bạn." (I'm sorry, not a report of an apology), "xin lỗi vì …" (sorry for what: the
phrasebook's _apologised), "anh", "chị", "em" alone saying it (the speaker, or you?), "Anh tha thứ cho em nhé." (I
forgive you, or please forgive me?), a third person forgiving or not apologising without a word of time ("Cô ấy tha thứ
cho anh ấy.": forgives, or forgave?), "không bao giờ" of forgiving read as "will never".
mt.phrasebook.translate tries these after mt/quarrels.py.

    >>> translate("Tha lỗi cho tôi nhé.", "vi", "en"), translate("He apologised to me.", "en", "vi")
    ('Please forgive me.', 'Anh ấy đã xin lỗi tôi.')
"""
from __future__ import annotations

import re

from .ever import YOU
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import EN_OBJECT, SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tha\s+(?:thứ|lỗi)|xin\s+lỗi)"),
         "en": lazy(r"(?i:forgiv|forgave|apolog|sorry)")}
# what is said of the deed, by the word before the verb in Vietnamese ("đã … rồi" is "done", "sẽ … chứ?" asked)
_ASPECTS = {"": "now", "đã": "past", "sẽ": "will", "sẽ không bao giờ": "willnever", "không bao giờ": "never",
            "chưa bao giờ": "evernot", "không thể": "cant", "không": "not", "chưa": "yet", "vẫn chưa": "still",
            "nên": "should", "phải": "must", "cần": "need", "muốn": "want", "có thể": "can"}
_ASPECTS_VI = {en: vi for vi, en in _ASPECTS.items()} | {"done": "đã"}
# ... asked, by the word before the verb and the one at the end
_ASKED = {("", "chưa"): "done", ("đã", "chưa"): "done", ("có", "không"): "do", ("sẽ", "chứ"): "will",
          ("sẽ", "không"): "will", ("có thể", "không"): "can", ("", "được không"): "can", ("có nên", "không"): "should"}
_ASKED_VI = {"done": ("đã", "chưa"), "do": ("có", "không"), "did": ("có", "không"), "will": ("sẽ", "chứ"),
             "can": ("có thể", "không"), "should": ("có nên", "không")}
# ... in English, the deed's forms ("{s}": "forgives", or "forgive" where who is not one; "{has}": "has" or "have")
_EN = {"now": "{s}", "past": "{past}", "done": "{has} already {pp}", "will": "will {v}", "willnever": "will never {v}",
       "never": "never {s}", "evernot": "{has} never {pp}", "cant": "can't {v}", "not": "{do}n't {v}",
       "yet": "{has}n't {pp}{obj} yet", "still": "still {has}n't {pp}", "should": "should {v}", "must": "{has} to {v}",
       "need": "{need} to {v}", "want": "{want} to {v}", "can": "can {v}"}
_EN_ASKED = {"done": "{Has} {who} {pp}", "do": "{Does} {who} {v}", "did": "Did {who} {v}", "will": "Will {who} {v}",
             "can": "Can {who} {v}", "should": "Should {who} {v}"}
_DEEDS = {"forgive": {"v": "forgive", "past": "forgave", "pp": "forgiven", "vi": "tha thứ cho"},
          "apologise": {"v": "apologise", "past": "apologised", "pp": "apologised", "vi": "xin lỗi"}}
_DEED_VI = r"(?P<verb>(?i:tha)\s+(?:thứ|lỗi)\s+cho|(?i:xin)\s+lỗi)"
_AUX_VI = alternatives({vi for vi, _ in _ASKED} | set(_ASPECTS) - {""})
# who forgives whom, apologises (to whom), said or asked ("Cô ấy đã tha thứ cho bạn chưa?", "Anh ấy đã xin lỗi tôi.")
_SAID = lazy(rf"{WHO}\s+(?:(?P<aux>{_AUX_VI})\s+)?{_DEED_VI}(?:\s+{WHOM})?"
             rf"(?:\s+(?P<tail>rồi|chưa|chứ|không|được\s+không))?{SOFTENED_END}")
# please forgive me ("Tha lỗi cho tôi nhé.", "Xin hãy tha thứ cho tôi.", "Anh hãy tha thứ cho em."): "em", "con",
# "cháu" are the speaker where they are forgiven
_ME = {"em": "me", "con": "me", "cháu": "me"}
_PLEA = lazy(rf"(?:(?P<you>(?i:{YOU}))\s+)?(?:(?P<bid>(?i:xin\s+hãy|xin|làm\s+ơn|hãy))\s+)?(?i:tha)\s+"
             rf"(?:thứ|lỗi)\s+cho\s+(?:(?P<me>{alternatives(_ME)})|{WHOM})(?:\s+(?P<q>nhé|nha|với|đi))?"
             rf"{SOFTENED_END}")
# a bid to apologise ("Hãy xin lỗi em gái bạn đi.", "Con xin lỗi mẹ đi.": a parent alone is the child's)
_PARENTS = {"mẹ": "mother", "má": "mother", "bố": "father", "ba": "father"}
_TOLD = lazy(rf"(?:(?P<you>(?i:{YOU}|con|cháu))\s+)?(?:(?P<hay>(?i:hãy))\s+)?(?i:xin)\s+lỗi\s+"
             rf"(?:(?P<parent>{alternatives(_PARENTS)})|{WHOM})(?:\s+(?P<di>đi))?{SOFTENED_END}")
# a child's apology ("Con xin lỗi mẹ ạ."), an apology owed, one accepted
_MUM = {"mother": "Mom", "father": "Dad"}  # (as mt.terms writes "mẹ" called)
_CHILD = lazy(rf"(?i:con)\s+xin\s+lỗi\s+(?P<parent>{alternatives(_PARENTS)})(?:\s+ạ)?\s*(?P<end>[.!]*)")
_OWED = lazy(rf"{WHO}\s+nợ\s+{WHOM}\s+một\s+lời\s+xin\s+lỗi{SOFTENED_END}")
_ACCEPTED = lazy(rf"(?P<we>(?i:tôi|chúng\s+tôi))\s+(?:xin\s+)?chấp\s+nhận\s+lời\s+xin\s+lỗi\s+của\s+"
                 rf"(?P<owner>{alternatives(OWNERS)}){SOFTENED_END}")

# ... and in English: the deed's forms, and what is said before it
_VERB_EN = r"(?P<verb>(?i:forgive[sn]?|forgave|apologi[sz](?:es|ed|e)|(?:say|says|said)\s+sorry))"
_FORMS = {"forgive": "v", "forgives": "s", "forgave": "past", "forgiven": "pp", "apologise": "v", "apologises": "s",
          "apologised": "past pp", "say sorry": "v", "says sorry": "s", "said sorry": "past pp"}
_HAS = r"(?:['’]ve|\s+have|['’]s|\s+has)"
_HASNT = r"(?:hasn['’]t|haven['’]t|has\s+not|have\s+not)"
_AUX_EN = {"done": rf"{_HAS}(?:\s+already)?", "willnever": r"(?:['’]ll|\s+will)\s+never|\s+won['’]t\s+ever",
           "will": r"(?:['’]ll|\s+will)", "evernot": rf"{_HAS}\s+never", "never": r"\s+never",
           "cant": r"\s+(?:can['’]t|cannot|can\s+not)", "not": r"\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)",
           "still": rf"\s+still\s+{_HASNT}", "yet": rf"\s+{_HASNT}", "should": r"\s+should",
           "must": r"\s+(?:must|ha(?:s|ve)\s+to)", "need": r"\s+needs?\s+to",
           "want": r"\s+wants?\s+to|['’]d\s+like\s+to|\s+would\s+like\s+to", "can": r"\s+can"}
_AUX_EN_RX = "|".join(f"(?P<a_{key}>{rx})" for key, rx in _AUX_EN.items())
_WHOM_EN = rf"(?:\s+(?P<to>to\s+)?{WHOM_EN})?"
_SAID_EN = lazy(rf"{WHO_EN}(?:{_AUX_EN_RX})?\s+{_VERB_EN}{_WHOM_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<q>Has|Have|Do|Does|Did|Will|Would|Can|Could|Should)\s+{WHO_EN}\s+{_VERB_EN}{_WHOM_EN}"
                 r"(?P<yet>\s+yet)?\s*\?+")
_Q_KEYS = {"has": "done", "have": "done", "do": "do", "does": "do", "did": "did", "will": "will", "would": "will",
           "can": "can", "could": "can", "should": "should"}
# the word that agrees with who: said of one ("has", "does", "forgives") or not ("have", "do", "forgive")
_ONE = {"has", "'s", "does", "doesn't", "hasn't", "needs", "wants", "forgives", "apologises", "says"}
_MANY = {"have", "'ve", "do", "don't", "haven't", "need", "want", "forgive", "apologise", "say"}
_BID_EN = lazy(rf"(?:(?P<please>Please)\s+)?(?:(?P<forgive>(?i:forgive))|(?i:(?:go\s+and\s+)?(?:apologi[sz]e|"
               rf"say\s+sorry)\s+to))\s+{WHOM_EN}(?P<please2>,?\s+please)?\s*(?P<end>[.!]*)")
_OWED_EN = lazy(rf"{WHO_EN}\s+(?P<owe>owes?)\s+{WHOM_EN}\s+an\s+apology\s*(?P<end>[.!]*)")
_ACCEPTED_EN = lazy(r"(?P<we>I|We)\s+accept\s+(?P<owner>your|his|her|their)\s+apology\s*(?P<end>[.!]*)")
_CHILD_EN = lazy(r"I['’]m\s+(?:so\s+)?sorry,\s+(?P<parent>Mum|Mom|Mummy|Mommy|Dad|Daddy)\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks to be forgiven, says or asks who forgives whom or apologised, bids
    someone say sorry, or owes or accepts an apology; None for any other."""
    if src == "vi":
        return _plea(text) or _said(text) or _told(text) or _child(text) or _owed(text) or _accepted(text)
    return _bid_vi(text) or _said_vi(text) or _asked_vi(text) or _owed_vi(text) or _accepted_vi(text) or \
        _child_vi(text)


def _plea(text: str) -> str | None:
    """"Tha lỗi cho tôi nhé." as "Please forgive me.", "Anh hãy tha thứ cho em." as "Please forgive me.", "Tha thứ cho
    tôi." as "Forgive me." (_PLEA); None for anything else, for "you" forgiven, and for "Anh tha thứ cho em nhé." (a
    word for "you" with no bid: I forgive you, or please forgive me?)."""
    m = _PLEA.fullmatch(text)
    whom = m and (_ME.get(keyed(m["me"] or "")) or as_whom(m["whom"], "vi"))
    if not m or not whom or whom == "you" or "?" in m["end"] or m["you"] and (
            not m["bid"] or keyed(m["you"]) == keyed(m["me"] or m["whom"])):
        return None
    return f"{'Please forgive' if m['bid'] or m['q'] else 'Forgive'} {whom}{stop(m['end'])}"


def _en_said(aspect: str, deed: str, who_: str, one: bool, whom: str | None, end: str) -> str:
    """The English of who forgiving or apologising to whom, said or asked, with the verb agreeing: "She hasn't
    forgiven him yet.", "Has she forgiven you?", "Did he apologise to you?" (`end` "?" asked, or "." or "!")."""
    forms = _DEEDS[deed]
    obj = f"{' to' * (deed == 'apologise')} {whom}" if whom else ""
    words = dict(forms, obj=obj, who=who_, s=f"{forms['v']}s" if one else forms["v"], has="has" if one else "have",
                 do="does" if one else "do", need="needs" if one else "need", want="wants" if one else "want",
                 Has="Has" if one else "Have", Does="Does" if one else "Do")
    if end == "?":
        return f"{_EN_ASKED[aspect].format(**words)}{obj}?"
    said = _EN[aspect].format(**words) + ("" if "{obj}" in _EN[aspect] else obj)
    return capitalised(f"{who_} {said}" if aspect == "must" else contracted(who_, said)) + end


def _said(text: str) -> str | None:
    """"Mẹ tôi đã tha thứ cho bố tôi." as "My mother forgave my father.", "Tôi sẽ không bao giờ tha thứ cho anh ấy."
    as "I'll never forgive him.", "Cô ấy đã tha thứ cho bạn chưa?" as "Has she forgiven you?", "Anh ấy đã xin lỗi
    tôi." as "He apologised to me." (_SAID); None for anything else, for forgiving without whom, for "anh", "chị" …
    alone saying it, and for what has no one tense in English (above)."""
    m = _SAID.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    said = m and who(m, asked)
    if not m or not said:
        return None
    aux, tail = keyed(m["aux"] or ""), keyed(m["tail"] or "")
    deed = "apologise" if keyed(m["verb"]) == "xin lỗi" else "forgive"
    if asked:
        aspect = _ASKED.get((aux, tail))
        aspect = "did" if aspect == "do" and deed == "apologise" else aspect
    elif tail == "rồi":
        aspect = "done" if aux in ("", "đã") else None
    else:
        aspect = None if tail else _ASPECTS.get(aux)
    whom = m["whom"] and as_whom(m["whom"], "vi")
    if aspect is None or m["whom"] and not whom or deed == "forgive" and not whom or EN_OBJECT.get(said[0]) == whom:
        return None
    if aspect in ("now", "not") and (deed == "apologise" or said[0] not in ("I", "we")):
        return None  # ("Cô ấy tha thứ cho anh ấy.": forgives, or forgave?; "Tôi xin lỗi bạn.": I'm sorry)
    aspect = "willnever" if aspect == "never" and deed == "forgive" else aspect
    return _en_said(aspect, deed, *said, whom, "?" if asked else stop(m['end']))


def _told(text: str) -> str | None:
    """"Hãy xin lỗi em gái bạn đi." as "Say sorry to your sister.", "Con xin lỗi mẹ đi." as "Say sorry to your
    mother.", "Hãy xin lỗi cô ấy." as "Apologise to her." (_TOLD); None for anything else, and for a bid with neither
    "hãy" nor "đi"."""
    m = _TOLD.fullmatch(text)
    if not m or "?" in m["end"] or not (m["hay"] or m["di"]):
        return None
    whom = f"your {_PARENTS[keyed(m['parent'])]}" if m["parent"] else as_whom(m["whom"], "vi")
    if not whom or whom == "you":
        return None
    return f"{'Say sorry' if m['di'] else 'Apologise'} to {whom}{stop(m['end'])}"


def _child(text: str) -> str | None:
    """"Con xin lỗi mẹ." as "I'm sorry, Mom.", "Con xin lỗi bố ạ." as "I'm sorry, Dad." (_CHILD); None for anything
    else."""
    m = _CHILD.fullmatch(text)
    return f"I'm sorry, {_MUM[_PARENTS[keyed(m['parent'])]]}{stop(m['end'])}" if m else None


def _owed(text: str) -> str | None:
    """"Tôi nợ bạn một lời xin lỗi." as "I owe you an apology.", "Anh ấy nợ cô ấy một lời xin lỗi." as "He owes her an
    apology." (_OWED); None for anything else, asked, and for who owing oneself."""
    m = _OWED.fullmatch(text)
    said = m and who(m, False)
    whom = m and as_whom(m["whom"], "vi")
    if not m or not said or not whom or "?" in m["end"] or EN_OBJECT.get(said[0]) == whom:
        return None
    return capitalised(f"{said[0]} owe{'s' * said[1]} {whom} an apology{stop(m['end'])}")


def _accepted(text: str) -> str | None:
    """"Tôi chấp nhận lời xin lỗi của bạn." as "I accept your apology." (_ACCEPTED); None for anything else, and for
    one's own apology."""
    m = _ACCEPTED.fullmatch(text)
    whose = m and OWNERS[keyed(m["owner"])]
    if not m or whose in ("my", "our") or "?" in m["end"]:
        return None
    return f"{'We' if 'chúng' in keyed(m['we']) else 'I'} accept {whose} apology{stop(m['end'])}"


def _deed(m: re.Match) -> tuple[str, set[str], str | None] | None:
    """The deed of a match of _SAID_EN or _ASKED_EN ("forgive" or "apologise"), the forms its verb may be ({"past",
    "pp"} for "apologised"), and whom in Vietnamese; None where whom does not go with the verb ("forgive to her",
    "apologise her", forgive no one)."""
    verb = keyed(m["verb"]).replace("z", "s")
    deed = "forgive" if verb.startswith("forg") else "apologise"
    whom = m["whom"] and as_whom(m["whom"], "en")
    if m["whom"] and not whom or deed == "forgive" and (not whom or m["to"]) or deed == "apologise" and whom and \
            not m["to"]:
        return None
    return deed, set(_FORMS[verb].split()), whom


def _vi_said(aspect: str, deed: str, who_: str, whom: str | None, end: str) -> str:
    """The Vietnamese of who forgiving or apologising to whom, said or asked: "Cô ấy chưa tha thứ cho anh ấy.", "Cô
    ấy đã tha thứ cho bạn chưa?", "Anh ấy có xin lỗi bạn không?" (`end` "?" asked, or "." or "!")."""
    aux, tail = _ASKED_VI[aspect] if end == "?" else (_ASPECTS_VI[aspect], "rồi" if aspect == "done" else "")
    words = [who_, aux, _DEEDS[deed]["vi"], whom or "", tail]
    return capitalised(" ".join(w for w in words if w)) + end


def _said_vi(text: str) -> str | None:
    """"He apologised to me." as "Anh ấy đã xin lỗi tôi.", "I'll never forgive him." as "Tôi sẽ không bao giờ tha thứ
    cho anh ấy.", "She hasn't forgiven him yet." as "Cô ấy chưa tha thứ cho anh ấy." (_SAID_EN); None for anything
    else, and where the verb does not agree with who or the word before it ("She have forgiven", "He will forgave")."""
    m = _SAID_EN.fullmatch(text)
    said = m and _deed(m)
    if not said:
        return None
    (deed, forms, whom), (who_, one) = said, who_vi(m)
    aspect = next((key for key in _AUX_EN if m[f"a_{key}"]), None)
    aux = keyed(m[f"a_{aspect}"].replace("’", "'")).removeprefix("still ") if aspect else ""
    finite = aux.split()[0] if aux and aspect != "never" else keyed(m["verb"]).replace("z", "s").split()[0]
    needs = {"pp"} if aspect in ("done", "evernot", "yet", "still") else {"v"} if aux and aspect != "never" else \
        {"v", "s", "past"}  # (the forms the verb may take after what is said before it)
    if not forms & needs or finite in _ONE and not one or finite in _MANY and one or m["yet"] and aspect != "yet" \
            or whom == who_ and who_ in ("tôi", "chúng tôi", "bạn"):
        return None
    if aspect is None:
        aspect = "past" if "past" in forms else "now"
    elif aspect == "never" and "past" in forms:
        aspect = "evernot"  # ("He never apologised.": "chưa bao giờ")
    return _vi_said(aspect, deed, who_, whom, stop(m['end']))


def _asked_vi(text: str) -> str | None:
    """"Has she forgiven you?" as "Cô ấy đã tha thứ cho bạn chưa?", "Did you apologise to her?" as "Bạn có xin lỗi cô
    ấy không?", "Will you forgive me?" as "Bạn sẽ tha thứ cho tôi chứ?" (_ASKED_EN); None for anything else, and where
    "has", "does" does not agree with who or the verb's form with it ("Did he forgave")."""
    m = _ASKED_EN.fullmatch(text)
    said = m and _deed(m)
    if not said:
        return None
    (deed, forms, whom), (who_, one) = said, who_vi(m)
    q = m["q"].lower()
    aspect = _Q_KEYS[q]
    if ("pp" if aspect == "done" else "v") not in forms or q in _ONE and not one or q in _MANY and one or \
            m["yet"] and aspect != "done" or whom == who_ and who_ in ("tôi", "chúng tôi", "bạn"):
        return None
    return _vi_said(aspect, deed, who_, whom, "?")


def _bid_vi(text: str) -> str | None:
    """"Please forgive me." as "Xin hãy tha thứ cho tôi.", "Forgive me." as "Hãy tha thứ cho tôi.", "Apologise to your
    sister." as "Hãy xin lỗi em gái bạn đi." (_BID_EN); None for anything else, and for "you" forgiven or told."""
    m = _BID_EN.fullmatch(text)
    whom = m and as_whom(m["whom"], "en")
    if not m or not whom or whom == "bạn":
        return None
    if m["forgive"]:
        return f"{'Xin hãy' if m['please'] or m['please2'] else 'Hãy'} tha thứ cho {whom}{stop(m['end'])}"
    return f"Hãy xin lỗi {whom} đi{stop(m['end'])}"


def _owed_vi(text: str) -> str | None:
    """"I owe you an apology." as "Tôi nợ bạn một lời xin lỗi." (_OWED_EN); None for anything else, where "owe" does
    not agree with who, and for who owing oneself."""
    m = _OWED_EN.fullmatch(text)
    said = m and who_vi(m)
    whom = m and as_whom(m["whom"], "en")
    if not m or not whom or (m["owe"] == "owes") != said[1] or whom == said[0] and whom in ("tôi", "chúng tôi", "bạn"):
        return None
    return capitalised(f"{said[0]} nợ {whom} một lời xin lỗi{stop(m['end'])}")


def _accepted_vi(text: str) -> str | None:
    """"I accept your apology." as "Tôi chấp nhận lời xin lỗi của bạn." (_ACCEPTED_EN); None for anything else."""
    m = _ACCEPTED_EN.fullmatch(text)
    if not m:
        return None
    we = "Tôi" if m["we"] == "I" else "Chúng tôi"
    return f"{we} chấp nhận lời xin lỗi của {WHOSE_VI[m['owner']]}{stop(m['end'])}"


def _child_vi(text: str) -> str | None:
    """"I'm sorry, Mom." as "Con xin lỗi mẹ.", "I'm sorry, Dad." as "Con xin lỗi bố." (_CHILD_EN); None for anything
    else."""
    m = _CHILD_EN.fullmatch(text)
    return f"Con xin lỗi {'bố' if m['parent'].startswith('D') else 'mẹ'}{stop(m['end'])}" if m else None
