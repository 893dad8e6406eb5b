"""Printing, photocopying and scanning, both ways, written whole by rule. v8 (rules on) reads "in giúp" as help,
"photo" as a photo, "in" as English "in", "photocopy" as taking a photo: "Bạn in giúp tôi cái này nhé." → "Print to
help me.", "Bạn in giúp tôi cái này được không?" → "Do you help me?", "Máy in không in được." → "Printer could not be
printed.", "Bạn photo giúp tôi tài liệu này được không?" → "Can you save this document?", "Tôi sẽ photo nó." → "I'll
have a photo.", "Anh ấy đang in tài liệu này." → "He is in the document.", "In hai mặt nhé." → "Two sides.", "Tôi có
thể in ở đâu?" → "Where can I be printed?"; "Can you photocopy this for me?" → "Bạn có thể chụp ảnh này cho tôi
không?", "Can you scan this?" → "Bạn có thể quét lớp này không?", "Print it double-sided." → "In ra nó hai bên.",
"Can I print this?" → "Có thể in cái này không?" (who lost).

Taken: asking you to print ("in", "in ra"), photocopy ("photo", "phô-tô") or scan ("scan", "quét") something, for me or
not ("giúp tôi"; "nhé", "được không", "có thể … không"; "Can you …?"), or telling ("Làm ơn …", "Please …"); who
(mt.hobbies.WHO, WHO_EN) will, needs to, would like to, has to, is doing, has (just) done, did, can or can't do it, said
or asked; what: "cái này", "nó", N copies ("hai bản"), a thing of PRINTED with "này" or whose, or bare where it is who's
own paper ("my passport"), or "của mình" (who's own: "Anh ấy vừa scan hợp đồng của mình." → "He's just scanned his
contract."; the speaker's after "tôi" or "bạn", friends' "mình"); double-sided ("hai mặt"), in colour, in black and
white; how many copies who needs; the printer not printing; where I can print something. Left: the printer out of ink or
paper (mt/mishaps.py), jammed (mt/tech_trouble.py), not working (mt/broken.py); "anh", "chị", "em" alone saying it, or
asking without "giúp tôi" (the speaker, or you?); a bare thing not who's own ("Tôi cần in vé.": one ticket or more?),
"của mình" after a name alone, "we" or "they" (one or each's?), or done for someone (whose?), "make copies", "copy" (a
file?), prices, somewhere near here.
mt.phrasebook.translate tries these after mt/numbness.py.

    >>> translate("Bạn in giúp tôi cái này nhé.", "vi", "en"), translate("I'll photocopy it.", "en", "vi")
    ('Can you print this for me?', 'Tôi sẽ photo nó.')
"""
from __future__ import annotations

import re

from .ever import YOU
from .hobbies import WHO, WHO_EN, be_agrees, his_her_of, own_thing, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .papers import DOCS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import BE_EN, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be, capitalised, contracted, keyed

# what is printed, copied or scanned (the first Vietnamese of each is written back), and what is one's own paper,
# "my passport" where Vietnamese leaves whose out
PRINTED = {"tài liệu": "document", "hợp đồng": "contract", "tấm ảnh": "photo", "ảnh": "photo", "trang": "page",
           "vé": "ticket", "vé máy bay": "plane ticket", "thẻ lên máy bay": "boarding pass", "báo cáo": "report",
           "mẫu đơn": "form", "CV": "CV"} | {
    vi: en for vi, en in DOCS.items() if en in ("passport", "ID card", "visa", "driving licence")}
PRINTED_VI = {keyed(en): vi for vi, en in reversed(PRINTED.items())}
_PRINTED_KEYED = {keyed(vi): en for vi, en in PRINTED.items()}
# ... and more than one, after "the" or whose ("the tickets"; Vietnamese says them alike)
_MANY_VI = {f"{en}s": vi for en, vi in PRINTED_VI.items() if en not in ("cv", "id card", "boarding pass")} | {
    "photos": "ảnh"}
_OWN = {"passport", "ID card", "visa", "driving licence", "boarding pass", "CV"}
_COPIED_ONLY = ("passport", "ID card", "driving licence")  # photocopied or scanned, never printed
_COPIED_ONLY_VI = tuple(vi for vi, en in PRINTED.items() if en in _COPIED_ONLY)
VERBS = {"in": "print", "in ra": "print", "photo": "photocopy", "phô-tô": "photocopy", "phô tô": "photocopy",
         "scan": "scan", "quét": "scan"}
VERBS_VI = {"print": "in", "photocopy": "photo", "scan": "scan"}
# each English verb's forms: the base, with "-s", the past, with "-ing"
_FORMS = {"print": ("print", "prints", "printed", "printing"),
          "photocopy": ("photocopy", "photocopies", "photocopied", "photocopying"),
          "scan": ("scan", "scans", "scanned", "scanning")}
_MAKE = ("make", "makes", "made", "making")  # (copies photocopied)
_FORM_OF = {form: (base, kind) for base, forms in _FORMS.items() for kind, form in enumerate(forms)}
HOW = {"hai mặt": "double-sided", "màu": "in colour", "đen trắng": "in black and white"}
HOW_VI = {"double-sided": "hai mặt", "on both sides": "hai mặt", "in colour": "màu", "in color": "màu",
          "in black and white": "đen trắng"}
# for whom: asking, the speaker by any word ("Em in giúp anh …"); telling, a pronoun only ("giúp anh": you, or me?)
_FOR_ME = {"tôi": "me", "mình": "me", "chúng tôi": "us", "em": "me", "anh": "me", "chị": "me", "con": "me",
           "cháu": "me"}
_FOR_SAID = {"tôi": "me", "mình": "me", "chúng tôi": "us", "bạn": "you"}
_FOR_VI = {"me": "tôi", "us": "chúng tôi", "you": "bạn"}
# a cheap look before the regexes: each sentence of every text comes here ("in" alone is also English: a word whole)
_KEYS = {"vi": lazy(r"(?i:(?<!\w)in(?!\w)|photo|phô|scan|quét|nhiêu\s+bản)"),
         "en": lazy(r"(?i:print|photocop|scan|copies)")}

# what: "nó", "cái này", "hai bản", "tài liệu này", "hộ chiếu của tôi", "hộ chiếu" (whose said by who)
_OBJ = (rf"(?:(?P<it>nó)|(?P<this>cái\s+này)|(?P<n>\d+|{alternatives(VI_TO_EN)})\s+bản|(?:(?:cái|tấm|bản|tờ)\s+)?"
        rf"(?P<thing>(?i:{alternatives(PRINTED)}))(?:\s+(?P<near>này)|\s+(?:của\s+)?"
        rf"(?P<owner>{alternatives(OWNERS)}))?)")
_FOR = r"(?:giúp|hộ|cho)\s+(?P<{}>tôi|mình|chúng\s+tôi|bạn|em|anh|chị|con|cháu)"
_ACT = (rf"(?P<verb>(?i:{alternatives(VERBS)}))(?:\s+{_FOR.format('me')}|\s+(?P<help>giúp))?(?:\s+{_OBJ})?(?:\s+ra)?"
        rf"(?:\s+(?P<how>{alternatives(HOW)}))?(?:\s+{_FOR.format('me2')})?")
# asking you, or telling: "Bạn in giúp tôi cái này nhé.", "Bạn có thể photo cái này không?", "In hai mặt nhé."
_ASK = lazy(rf"(?:(?P<please>(?i:làm\s+ơn))\s+)?(?:(?P<you>(?i:{YOU}))\s+)?(?:(?P<can>có\s+thể)\s+)?{_ACT}"
            rf"(?:\s+(?P<q>được\s+không|không|nhé|nha|với|đi))?{SOFTENED_END}")
# who does it: "Tôi sẽ photo nó.", "Mẹ tôi cần in vé máy bay.", "Bạn đã in chưa?", "Tôi không in được."
_DO = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+(?=cần|muốn|phải))?(?:(?P<aux>sẽ|cần|muốn|phải|đang|vừa|đã|"
           rf"có\s+thể|không)\s+)?{_ACT}(?:\s+(?P<can>được))?(?:\s+(?P<done>rồi|chưa))?"
           rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
_HOW_MANY = lazy(rf"{WHO}\s+(?P<want>cần|muốn)\s+(?:(?i:{alternatives(VERBS)})\s+)?bao\s+nhiêu\s+bản"
                 rf"{SOFTENER}\s*\?+")
_PRINTER = lazy(rf"(?:(?i:cái|chiếc)\s+)?(?i:máy\s+in)(?:\s+(?:của\s+)?(?P<owner>{alternatives(OWNERS)})|"
                r"\s+(?P<near>này))?\s+(?P<again>lại\s+)?không\s+(?:chịu\s+in|in\s+được|in)"
                rf"(?:\s+(?P<more>nữa))?{SOFTENED_END}")
_WHERE = lazy(rf"(?P<me>(?i:tôi|mình|chúng\s+tôi))\s+có\s+thể\s+(?P<verb>{alternatives(VERBS)})"
              rf"(?:\s+{_OBJ})?\s+ở\s+đâu{SOFTENER}\s*\?+")

# ... and in English
_OBJ_EN = (rf"(?:(?P<n>an?|{alternatives(EN_TO_VI)}|\d+)\s+(?P<copies>cop(?:y|ies))|(?P<it>it)|(?P<something>"
           rf"something)|(?P<owner>this|the|{WHOSE_WORDS})(?:\s+(?P<thing>(?i:"
           rf"{alternatives(PRINTED_VI | _MANY_VI)})))?)")
_ACT_EN = (rf"(?P<verb>(?i:{alternatives(_FORM_OF)}))(?:\s+{_OBJ_EN})?(?:\s+out)?"
           rf"(?:\s+(?P<how>{alternatives(HOW_VI)}))?(?:\s+for\s+(?P<whom>me|us|you))?")
_ASK_EN = lazy(rf"(?:Can|Could|Would|Will)\s+you\s+(?:please\s+)?{_ACT_EN}(?:,?\s+please)?\s*\?+")
_TOLD_EN = lazy(rf"(?:(?P<please>Please)\s+)?{_ACT_EN}(?:,?\s+(?P<please2>please))?\s*[.!]*")
_DO_EN = lazy(rf"(?:(?P<aux0>Do|Does|Would|Have|Has|Can)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|"
              r"['’]d\s+like\s+to|\s+would\s+like\s+to|\s+like\s+to|\s+needs?\s+to|\s+wants?\s+to|"
              r"\s+ha(?:ve|s)\s+to|"
              rf"\s+can['’]t|\s+cannot|\s+can|['’]ve|\s+have|\s+has|{BE_EN})?(?P<just>\s+just|\s+already)?"
              rf"\s+{_ACT_EN}(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_HOW_MANY_EN = lazy(rf"How\s+many\s+copies\s+(?P<do>do|does|would)\s+{WHO_EN}\s+(?P<want>need|want|like)"
                    r"\s*\?+")
_PRINTER_EN = lazy(rf"(?P<owner>The|This|{WHOSE_WORDS.title()})\s+printer\s+(?:isn['’]t\s+printing|"
                   r"is\s+not\s+printing|won['’]t\s+print|will\s+not\s+print|doesn['’]t\s+print|"
                   r"does\s+not\s+print)"
                   r"(?:\s+(?P<more>any\s*more))?(?:\s+(?P<again>again))?\s*[.!]*")
_WHERE_EN = lazy(rf"Where\s+can\s+(?P<me>I|we)\s+{_ACT_EN}\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks someone to print, photocopy or scan something, says who does it,
    how many copies, the printer not printing, or where to print; None for any other."""
    if src == "vi":
        return _asked(text) or _done(text) or _how_many(text) or _printer(text) or _where(text)
    return _asked_vi(text) or _done_vi(text) or _how_many_vi(text) or _printer_vi(text) or _where_vi(text)


def _obj(m: re.Match, whose: str | None, mine: str | None = "my") -> str | None:
    """What of a match of _OBJ in English: "it", "this", "two copies", "this document", "my passport", and a bare
    paper with `whose` ("my" for "hộ chiếu"), one "của mình" with `mine`; "" for nothing said; None for a bare thing
    or one "của mình" whose is not known."""
    if m["it"] or m["this"]:
        return "it" if m["it"] else "this"
    if m["n"]:
        n = VI_TO_EN.get(keyed(m["n"]), m["n"])
        return "a copy" if n == "one" else f"{n} copies"
    if not m["thing"]:
        return ""
    said = _PRINTED_KEYED[keyed(m["thing"])]
    if keyed(m["owner"] or "") == "mình":
        return mine and f"{mine} {said}"
    if m["near"] or m["owner"]:
        return f"{'this' if m['near'] else OWNERS[keyed(m['owner'])]} {said}"
    return f"{whose} {said}" if whose and said in _OWN else None


def _act(m: re.Match, form: int, whose: str | None, whom: dict[str, str], it: bool = True,
         mine: str | None = "my") -> str | None:
    """A match of _ACT in English, the verb in `form` (of _FORMS): "print this double-sided for me" ("it" where
    something else is said but what, or `it`; "của mình" `mine`'s); None for a bare thing whose is not known, or whom
    not of `whom`."""
    obj = _obj(m, whose, mine)
    me = m["me"] or m["me2"]
    if obj is None or me and keyed(me) not in whom or m["me"] and m["me2"] or m["help"] and m["me2"]:
        return None
    if not obj and (it or m["how"] or me or m["help"]):
        obj = "it"
    whom_ = " for me" if m["help"] else f" for {whom[keyed(me)]}" if me else ""
    how = f" {HOW[keyed(m['how'])]}" if m["how"] else ""
    verb = VERBS[keyed(m["verb"])]
    if verb == "print" and obj.endswith(_COPIED_ONLY):  # (a passport is copied or scanned, not printed)
        return None
    if m["n"] and verb != "print":  # ("photocopy two copies": make them; scanned, they are files)
        return None if verb == "scan" else f"{_MAKE[form]} {obj}{how}{whom_}"
    return f"{_FORMS[verb][form]}{' ' * bool(obj)}{obj}{how}{whom_}"


def _asked(text: str) -> str | None:
    """"Bạn in giúp tôi cái này nhé." as "Can you print this for me?", "Bạn có thể photo cái này không?" as "Can you
    photocopy this?", "In hai mặt nhé." as "Please print it double-sided.", "Làm ơn in giúp tôi hai bản." as "Please
    print two copies for me." (_ASK); None for "anh", "chị", "em" without "giúp tôi" (the speaker?)."""
    m = _ASK.fullmatch(text)
    if not m or not (m["thing"] or m["it"] or m["this"] or m["n"] or m["how"] or m["me"] or m["me2"] or m["help"]):
        return None
    q, you, me = keyed(m["q"] or ""), keyed(m["you"] or ""), keyed(m["me"] or m["me2"] or "")
    asked = q == "được không" or bool(m["can"]) and q == "không"
    if asked != ("?" in m["end"]) and q not in ("nhé", "nha", "với") or m["can"] and not asked or (
            q == "không" and not m["can"]) or m["please"] and (you or asked) or (
            you and you != "bạn" and not (me or m["help"])) or me and me == you:
        return None
    act = _act(m, 0, "our" if me == "chúng tôi" else "my" if me else None, _FOR_ME, it=bool(you))
    if act is None:
        return None
    if asked or you and q in ("nhé", "nha", "với"):
        return f"Can you {act}?"
    if you:
        return None
    return f"Please {act}." if m["please"] or m["help"] or me or q in ("nhé", "nha", "với") else f"{capitalised(act)}."


def _done(text: str) -> str | None:
    """"Tôi sẽ photo nó." as "I'll photocopy it.", "Mẹ tôi cần in vé máy bay này." as "My mother needs to print this
    ticket.", "Bạn đã in chưa?" as "Have you printed it yet?", "Tôi không in được." as "I can't print.", "Tôi in cái
    này được không?" as "Can I print this?" (_DO); None for anything else."""
    m = _DO.fullmatch(text)
    asked = bool(m and (m["asked"] or m["done"] == "chưa"))
    said = m and asked == ("?" in m["end"]) and who(m, asked)
    if not said or bool(m["ask"]) != bool(m["asked"] and m["aux"] in ("cần", "muốn", "phải")):
        return None
    who_, one = said
    aux, done, can = keyed(m["aux"] or ""), m["done"], bool(m["can"])
    whose = {"I": "my", "you": "your", "he": "his", "she": "her"}.get(who_) or (
        his_her_of(m))
    whom = {k: v for k, v in _FOR_SAID.items() if v != {"I": "me", "we": "us", "you": "you"}.get(who_)}
    # "của mình": the speaker's after "I" and "you" (friends' "mình"), else who's own, as mt.terms' _whose reads it
    # ("Anh ấy vừa scan hợp đồng của mình.": his); not known for a name, "we", "they" (one or each's?), or for someone
    mine = "my" if who_ in ("I", "you") else None if m["me"] or m["me2"] else whose
    if m["help"] or aux == "không":
        act = None if m["help"] or not can or asked or done else _act(m, 0, whose, whom, False, mine)
        return act and capitalised(f"{who_} can't {act}.")
    if can != (not aux and asked and not done):
        return None
    has = "has" if one else "have"
    if done or aux in ("đã", "vừa"):
        act = _act(m, 2, whose, whom, mine=mine)
        if act is None or done == "chưa" and aux not in ("", "đã") or done == "rồi" and aux not in ("", "đã", "vừa"):
            return None
        if done == "chưa":
            return f"{has.capitalize()} {who_} {act} yet?"
        if aux == "đã" and not done:
            return capitalised(f"{who_} {act}.")
        return capitalised(contracted(who_, f"{has} {'just ' * (aux == 'vừa')}{act}."))
    if not (m["it"] or m["this"] or m["n"] or m["thing"] or m["how"] or m["me"] or m["me2"]):
        return None
    act = _act(m, 3 if aux == "đang" else 0, whose, whom, mine=mine)
    if act is None:
        return None
    if can or aux == "có thể" and asked:
        if who_ == "you" and keyed(m["who"] or "") != "bạn":  # ("Anh in cái này được không?": may I, or you?)
            return None
        return f"Can {who_} {act}?"
    if asked:
        do = "Does" if one else "Do"
        return {"cần": f"{do} {who_} need to {act}?", "muốn": f"Would {who_} like to {act}?",
                "phải": f"{do} {who_} have to {act}?"}.get(aux)
    said = {"sẽ": f"will {act}", "cần": f"need{'s' * one} to {act}", "muốn": f"would like to {act}",
            "phải": f"{has} to {act}", "đang": f"{be(who_)} {act}", "có thể": f"can {act}"}.get(aux)
    if said and aux == "muốn" and who_ in EN_WHOSE:
        return capitalised(f"{who_}'d like to {act}.")
    return said and capitalised(contracted(who_, f"{said}."))


def _how_many(text: str) -> str | None:
    """"Bạn cần bao nhiêu bản?" as "How many copies do you need?", "Bạn muốn in bao nhiêu bản?" as "How many copies
    would you like?" (_HOW_MANY); None for anything else."""
    m = _HOW_MANY.fullmatch(text)
    said = m and who(m, True)
    if not said:
        return None
    if m["want"] == "muốn":
        return f"How many copies would {said[0]} like?"
    return f"How many copies {'does' if said[1] else 'do'} {said[0]} need?"


def _printer(text: str) -> str | None:
    """"Máy in không in được." as "The printer isn't printing.", "Máy in của tôi không in được nữa." as "My printer
    isn't printing any more." (_PRINTER); None for anything else."""
    m = _PRINTER.fullmatch(text)
    if not m or "?" in m["end"] or m["again"] and m["more"]:
        return None
    whose = "this" if m["near"] else OWNERS[keyed(m["owner"])] if m["owner"] else "the"
    return capitalised(f"{whose} printer isn't printing{' again' * bool(m['again'])}{' any more' * bool(m['more'])}.")


def _where(text: str) -> str | None:
    """"Tôi có thể in ở đâu?" as "Where can I print something?", "Tôi có thể photo hộ chiếu ở đâu?" as "Where can I
    photocopy my passport?" (_WHERE); None for anything else."""
    m = _WHERE.fullmatch(text)
    if not m or m["n"]:
        return None
    me = "we" if keyed(m["me"]) == "chúng tôi" else "I"
    obj = _obj(m, EN_WHOSE[me], EN_WHOSE[me])  # ("chúng tôi … của mình": ours)
    return obj is not None and f"Where can {me} {VERBS[keyed(m['verb'])]} {obj or 'something'}?" or None


def _obj_vi(m: re.Match, own: bool | None = None) -> str | None:
    """What of a match of _OBJ_EN in Vietnamese: "nó", "cái này", "hai bản", "tài liệu này", "hộ chiếu của tôi", the
    thing alone where it is who's own (`own`) or "the"; "" for nothing said; None for "the" alone, "a copies"."""
    if m["it"] or m["something"]:
        return "nó" if m["it"] else ""
    if m["copies"]:
        n = m["n"].lower()
        if (n in ("a", "one", "1")) != (m["copies"] == "copy") or n == "an":
            return None
        return f"{'một' if n == 'a' else EN_TO_VI.get(n, n)} bản"
    if not m["owner"]:
        return ""
    owner = m["owner"].lower()
    if not m["thing"]:
        return "cái này" if owner == "this" else None
    vi = PRINTED_VI.get(keyed(m["thing"]))
    if vi is None and owner == "this":
        return None
    vi = vi or _MANY_VI[keyed(m["thing"])]
    if owner == "this":
        return f"{vi} này"
    return vi if owner == "the" or own else None if own is None else f"{vi} của {WHOSE_VI[owner]}"


def _act_vi(m: re.Match, kind: int, own: bool | None, it: bool = True) -> str | None:
    """A match of _ACT_EN in Vietnamese, its verb of form `kind` (of _FORMS): "in giúp tôi cái này hai mặt" ("nó"
    left out where more is said, or not `it`); None for a verb of another form or a thing not said right."""
    base, kind_ = _FORM_OF.get(m["verb"].lower(), ("", -1))
    obj = _obj_vi(m, own)
    if kind_ != kind or obj is None or m["something"] or base == "print" and obj.startswith(_COPIED_ONLY_VI):
        return None
    if obj == "nó" and (m["how"] or m["whom"] or not it):
        obj = ""
    whom = f" giúp {_FOR_VI[m['whom']]}" if m["whom"] else ""
    how = f" {HOW_VI[keyed(m['how'])]}" if m["how"] else ""
    if whom and (not obj and how or obj and "này" not in obj and "bản" not in obj):
        return f"{VERBS_VI[base]}{' ' * bool(obj)}{obj}{how}{whom}"  # ("In vé giúp chúng tôi.", "In hai mặt giúp tôi.")
    return f"{VERBS_VI[base]}{whom}{' ' * bool(obj)}{obj}{how}"


def _asked_vi(text: str) -> str | None:
    """"Can you print this for me?" as "Bạn in giúp tôi cái này được không?", "Print it double-sided." as "In hai mặt
    nhé.", "Please print two copies." as "Làm ơn in hai bản." (_ASK_EN, _TOLD_EN); None for anything else."""
    m = _ASK_EN.fullmatch(text)
    told = m is None
    if told and ((m := _TOLD_EN.fullmatch(text)) is None or not (m["please"] or m["verb"][0].isupper())):
        return None
    if m["whom"] == "you" or m["owner"] and m["owner"].lower() == "your" and told:
        return None
    act = _act_vi(m, 0, m["owner"] and m["owner"].lower() == "your", it=False)
    if not act or act in VERBS_VI.values():
        return None
    if not told:
        return f"Bạn {act} được không?"
    return f"Làm ơn {act}." if m["please"] or m["please2"] else capitalised(f"{act} nhé.")


# what is said before the verb, as the words read: who will, needs to, is doing … (said of one: True, False; either:
# None), and the form of the verb after it
_AUX = {"'ll": ("sẽ", None, 0), "will": ("sẽ", None, 0), "'d like to": ("muốn", None, 0), "would like to":
        ("muốn", None, 0), "need to": ("cần", False, 0), "needs to": ("cần", True, 0), "want to": ("muốn", False, 0),
        "wants to": ("muốn", True, 0), "have to": ("phải", False, 0), "has to": ("phải", True, 0), "can't":
        ("không", None, 0), "cannot": ("không", None, 0), "can": ("có thể", None, 0), "'ve": ("đã", False, 2),
        "have": ("đã", False, 2), "has": ("đã", True, 2), "'s": ("đã", True, 2), "": ("đã", None, 2)}
# ... and asked: the word first, what after who
_ASKED_AUX = {("do", "need to"): ("cần", False), ("does", "need to"): ("cần", True), ("do", "have to"): ("phải", False),
              ("does", "have to"): ("phải", True), ("would", "like to"): ("muốn", None), ("can", ""): ("", None),
              ("have", ""): ("đã", False), ("has", ""): ("đã", True)}


def _done_vi(text: str) -> str | None:
    """"I'll photocopy it." as "Tôi sẽ photo nó.", "She needs to photocopy her passport." as "Cô ấy cần photo hộ
    chiếu.", "He's printing the tickets." … , "Have you printed it yet?" as "Bạn đã in nó chưa?", "Can I print this?"
    as "Tôi in cái này được không?" (_DO_EN); None for anything else, and where the verb does not agree with who."""
    m = _DO_EN.fullmatch(text)
    if not m or m["whom"] and m["whom"] == {"i": "me", "we": "us", "you": "you"}.get((m["who"] or "").lower()):
        return None
    who_, one = who_vi(m)
    aux0, asked = (m["aux0"] or "").lower(), "?" in m["end"]
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    own = own_thing(m, who_, one) if m["owner"] and m["owner"].lower() not in ("this", "the") else True
    if asked != bool(aux0) or m["yet"] and aux0 not in ("have", "has") or m["just"] and aux not in ("'ve", "have",
                                                                                                    "has", "'s"):
        return None
    if aux0:
        said, s = _ASKED_AUX.get((aux0, aux), (None, None))
        act = said is not None and _act_vi(m, 2 if said == "đã" else 0, own)
        if not act or s is not None and s != one or aux0 == "can" and who_ == "bạn":
            return None
        if said == "đã":
            return capitalised(f"{who_} đã {act} chưa?") if m["yet"] else None
        return capitalised(f"{who_} {act} được không?" if aux0 == "can" else f"{who_} có {said} {act} không?")
    if m["be"] and not (aux == "'s" and _FORM_OF.get(m["verb"].lower(), ("", 0))[1] == 2):
        act = _act_vi(m, 3, own)
        return act and be_agrees(m, m["be"]) and capitalised(f"{who_} đang {act}.") or None
    said, s, form = _AUX.get(aux, (None, None, 0))
    act = said is not None and _act_vi(m, form, own, it=said != "không")
    if not act or s is not None and s != one or aux == "'s" and not m["who"] or aux == "'d like to" and not m["who"]:
        return None
    if said == "không":
        verb, _, rest = act.partition(" ")
        return capitalised(f"{who_} không {verb} được{' ' * bool(rest)}{rest}.")
    if said == "đã":
        return capitalised(f"{who_} vừa {act}." if m["just"] and m["just"].strip() == "just" else
                           f"{who_} đã {act} rồi." if aux else f"{who_} đã {act}.")
    return capitalised(f"{who_} {said} {act}.")


def _how_many_vi(text: str) -> str | None:
    """"How many copies do you need?" as "Bạn cần bao nhiêu bản?", "How many copies would you like?" as "Bạn muốn in
    bao nhiêu bản?" (_HOW_MANY_EN); None for anything else, and where "do" does not agree with who."""
    m = _HOW_MANY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if (m["do"] == "would") != (m["want"] == "like") or m["do"] != "would" and (m["do"] == "does") != one:
        return None
    if m["want"] == "need":
        return capitalised(f"{who_} cần bao nhiêu bản?")
    return capitalised(f"{who_} muốn in bao nhiêu bản?")  # ("How many copies does she want?": not "cần")


def _printer_vi(text: str) -> str | None:
    """"The printer isn't printing." as "Máy in không in được.", "My printer won't print any more." as "Máy in của
    tôi không in được nữa." (_PRINTER_EN); None for anything else."""
    m = _PRINTER_EN.fullmatch(text)
    if not m or m["again"] and m["more"]:
        return None
    owner = m["owner"].lower()
    whose = "" if owner == "the" else " này" if owner == "this" else f" của {WHOSE_VI[owner]}"
    return f"Máy in{whose} {'lại ' * bool(m['again'])}không in được{' nữa' * bool(m['more'])}."


def _where_vi(text: str) -> str | None:
    """"Where can I print something?" as "Tôi có thể in ở đâu?", "Where can I photocopy my passport?" as "Tôi có thể
    photo hộ chiếu ở đâu?" (_WHERE_EN); None for anything else."""
    m = _WHERE_EN.fullmatch(text)
    if not m or m["whom"] or m["how"] or m["copies"] or m["it"]:
        return None
    base, kind = _FORM_OF.get(m["verb"].lower(), ("", 1))
    own = bool(m["owner"]) and m["owner"].lower() == {"I": "my", "we": "our"}[m["me"]]
    act = VERBS_VI[base] if kind == 0 and (m["something"] or not m["owner"]) else _act_vi(m, 0, own)
    return act and f"{'Tôi' if m['me'] == 'I' else 'Chúng tôi'} có thể {act} ở đâu?" or None
