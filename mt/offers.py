"""Offering help, and accepting or declining it, both ways, written whole by rule. v8 (with every rule before this
one) reads "mang" as bring, "xách" as anything, "một tay" as a hand given, "lo" as worry: "Để tôi mang giúp bạn." →
"Let me bring you help.", "Để tôi xách giúp bạn." → "Let me make sure you can.", "Tôi có thể giúp bạn mang cái đó
không?" → "Can I help you bring that?", "Bạn có cần giúp một tay không?" → "Do you need to help a hand?", "Bạn có
cần tôi giúp không?" → "Do you need me help?", "Mẹ bạn có cần giúp không?" → "Do you need help?" (the mother lost),
"Cứ để tôi lo." → "Let me worry.", "Cứ để đó cho tôi." → "Let's leave me.", "Cảm ơn, không cần đâu." → "Thank you,
you don't need.", "Tôi tự xoay xở được." → "I managed to get myself."; "Do you need a hand?" → "Bạn có cần một tay
không?", "Can I give you a hand?" → "Tôi có thể cho bạn một tay được không?", "Leave it to me." → "Để nó cho tôi.",
"I'll take care of it." → "Tôi sẽ chăm sóc nó." (look after), "I can manage." → "Tôi có thể quản lý." (run a
business), "Would you like some help?" → "Bạn có muốn giúp không?" (want to help), "Let me take your bag." → "Để tôi
lấy túi của bạn." (take it away).

Taken: help offered: "Để …" (let me), "… nhé?" (shall I), "có thể … không?", "… được không?" (can I), by who
(mt.hobbies.WHO, WHO_EN; asking, only "I" or "we"; "anh", "chị", "em" alone as whom are "you" after "tôi"), to help
whom, give them a hand, help them carry a thing (THINGS: a bag, a suitcase …; "this", "that", "it"), or carry, hold
or get it for them; "Would you like me to …?"; who needs help or a hand (with it, carrying it); doing it oneself
("Để tôi làm cho.", "Cứ để tôi lo.", "Để đó tôi làm.", "I'll carry it."); thanks, no need, I can manage, I can carry
it myself, that would be great, in one to three clauses (_REPLIES), one of them more than thanks or "it's OK".
Left: asking for help ("Can you help me?", "… giúp tôi": the phrasebook's, mt.phrasebook's addressed), "Can I help
(you)?" (a shop's too), paying ("Để tôi trả", "Let me get that": the phrasebook's and mt/bills.py's), doors
(mt/doors.py), chores (mt/chores.py), "Để anh giúp em." (who is who), "mang … cho" (bring to), "lấy túi cho bạn"
(a bag got for them), "Let me take/get" it, this or that (bought, paid), "I'll get it." (the phone, the door), plain
thanks, "Tôi tự làm được." alone (the phrasebook's), and any other thing carried.
mt.phrasebook.translate tries these after mt/agreeing.py.

    >>> translate("Để tôi mang giúp bạn.", "vi", "en"), translate("Do you need a hand?", "en", "vi")
    ('Let me carry it for you.', 'Bạn có cần giúp một tay không?')
"""
from __future__ import annotations

import re

from .ever import OBJECTS, PRONOUNS
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import CARRIED_EN
from .text import (
    EN_OBJECT,
    SOFTENED_END,
    alternatives,
    capitalised,
    keyed,
    regular_plural,
)

# what is carried for someone (the first Vietnamese of each is written back)
THINGS = {vi: en for vi, en in CARRIED_EN.items() if en in ("bag", "suitcase", "backpack")} | {
    "túi xách": "bag", "vali": "suitcase", "balo": "backpack", "hành lý": "luggage", "hành lí": "luggage",
    "đồ": "things", "đồ đạc": "things", "hộp": "box", "thùng": "box"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())}
_PLURALS = {regular_plural(en): vi for en, vi in THINGS_VI.items() if en not in ("luggage", "things")} | {
    "things": "đồ"}
_MANY = set(_PLURALS)  # ("these things", "your bags")
_VERBS = {"mang": "carry", "xách": "carry", "bê": "carry", "khiêng": "carry", "vác": "carry", "cầm": "hold",
          "lấy": "get"}
_VERBS_VI = {"carry": "mang", "take": "cầm", "hold": "cầm", "get": "lấy"}
_ING = {"carry": "carrying", "hold": "holding", "get": "getting"}
_VERBS_OF = {ing: verb for verb, ing in _ING.items()}
_YOU = {vi for vi, en in PRONOUNS.items() if en == "you"}  # ("Để tôi giúp anh.": the listener)
_FIRST = {"I", "we"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giúp|hộ|giùm|\bcho|làm|\blo|cần|tự|tốt\s+quá)"),
         "en": lazy(r"(?i:\b(?:help|hand|carry|take|hold|get|do|leave|care|manage|need|great|lovely|kind|myself))")}

_WHOM = rf"(?P<whom>(?i:{alternatives(OBJECTS.keys() | _YOU)})|{SOMEONE})"
_THING = (rf"(?:(?P<it>nó)|(?:(?:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))(?:\s+(?P<dem>này|đó|kia|ấy))?|"
          r"(?:cái|chiếc)\s+(?P<dem2>này|đó|kia|ấy))")
_VERB = rf"(?P<verb>{alternatives(_VERBS)})"
_TAIL = r"(?:\s+(?:(?P<shall>nhé|nha)|(?P<ok>được\s+không)|(?P<asked>không)))?"
_BY = rf"(?:(?P<leave>(?i:cứ)\s+)?(?P<let>(?i:để))\s+)?{WHO}\s+(?:(?P<can>có\s+thể)\s+)?"
# help offered: "Để tôi giúp bạn.", "Tôi giúp bạn một tay nhé?", "Tôi có thể giúp bạn mang cái đó không?"; things
# carried for someone: "Để tôi mang giúp bạn.", "Để tôi xách túi cho bạn." ("mang … cho" is bringing it to them)
_OFFERS = [lazy(rf"{_BY}giúp(?:\s+{_WHOM})?(?:\s+(?P<hand>một\s+tay)|\s+{_VERB}(?:\s+{_THING})?)?"
                rf"{_TAIL}{SOFTENED_END}"),
           lazy(rf"{_BY}{_VERB}(?:\s+{_THING})?\s+(?:(?:giúp|hộ|giùm)(?:\s+cho)?|(?P<cho>cho))"
                rf"(?:\s+{_WHOM})?{_TAIL}{SOFTENED_END}")]
# who needs help: "Bạn có cần giúp một tay không?", "Bạn có cần tôi giúp không?", "Có cần tôi giúp gì không?"
_NEED = lazy(rf"(?:(?P<by>{WHO})\s+(?:có\s+)?|(?i:có)\s+)cần\s+(?:(?P<me>tôi)\s+)?giúp(?:\s+(?P<hand>một\s+tay)|"
             rf"\s+(?P<any>gì)|\s+{_VERB}(?:\s+{_THING})?)?\s+không{SOFTENED_END}")
# doing it oneself: what is said, and its English ("{me}" is who, "{obj}" as whom)
_ME = r"(?P<me>tôi|mình|tớ|chúng\s+tôi|chúng\s+mình)"
_ME_EN = {"tôi": "I", "mình": "I", "tớ": "I", "chúng tôi": "we", "chúng mình": "we"}
_DOING = [(rf"(?:cứ\s+)?để\s+(?:đó|đấy)\s+cho\s+{_ME}", "Leave it to {obj}."),
          (rf"cứ\s+để\s+{_ME}\s+lo(?:\s+cho)?", "Leave it to {obj}."),
          (rf"để\s+{_ME}\s+lo(?:\s+cho)?", "{me}'ll take care of it."),
          (rf"(?:cứ\s+)?để\s+(?:đó|đấy)\s*,?\s+{_ME}\s+làm(?:\s+cho)?", "Leave it, {me}'ll do it."),
          (rf"để\s+{_ME}\s+làm(?:\s+cho(?:\s+(?P<you>bạn))?)?", "Let {obj} do it{for_you}.")]
_DOING = [(lazy(rf"(?i:{said})(?:\s+(?:nhé|nha))?{SOFTENED_END}"), en) for said, en in _DOING]
# replies to an offer, clause by clause: what is said, and its English first and after the first clause
_THANKS = r"(?:cảm|cám)\s+ơn(?:\s+(?:bạn|anh|chị|em|cậu|cô|chú|bác))?(?P<much>\s+nhiều)?(?:\s+(?:nhé|nha|ạ))?"
_REPLIES = {"thanks": (_THANKS, "Thanks", "thanks"),
            "no need": (r"không\s+cần(?:\s+đâu)?", "No need", "there's no need"),
            "ok": (r"không\s+sao(?:\s+đâu)?", "It's OK", "it's OK"),
            "myself": (r"tôi\s+tự\s+làm\s+được(?:\s+mà)?", "I can do it myself", "I can do it myself"),
            "manage": (r"tôi\s+(?:tự\s+)?xoay\s+xở\s+được(?:\s+mà)?", "I can manage", "I can manage"),
            "carry": (r"tôi\s+tự\s+(?:mang|xách|cầm|bê)\s+được(?:\s+mà)?", "I can carry it myself",
                      "I can carry it myself"),
            "great": (r"(?:thế|vậy)\s+thì\s+tốt\s+quá", "That would be great", "that would be great")}
_REPLIES = {kind: (lazy(rf"(?P<but>nhưng\s+)?(?:{said})", re.IGNORECASE), first, then)
            for kind, (said, first, then) in _REPLIES.items()}
_REPLIES_EN = {"thanks": (r"(?:thanks|thank\s+you)(?P<much>\s+(?:so|very)\s+much|\s+a\s+lot)?", "cảm ơn"),
               "no need": (r"no|(?:there['’]s\s+)?no\s+need|(?:it['’]s|that['’]s)\s+not\s+necessary",
                           "không cần đâu"),
               "ok": (r"(?:it['’]s|that['’]s)\s+(?:ok|okay|fine|all\s+right|alright)", "không sao"),
               "myself": (r"i\s+can\s+do\s+it\s+myself", "tôi tự làm được"),
               "manage": (r"i\s+can\s+manage(?:\s+it)?|i['’]ll\s+manage", "tôi tự làm được"),
               "carry": (r"i\s+can\s+carry\s+it(?:\s+myself)?", "tôi tự mang được"),
               "great": (r"that(?:\s+would|['’]d)\s+be\s+(?:great|lovely|wonderful)", "thế thì tốt quá"),
               "kind": (r"that['’]s\s+(?:very\s+|so\s+|really\s+)?kind\s+of\s+you", "bạn tốt quá")}
_REPLIES_EN = {kind: (lazy(rf"(?P<but>but\s+)?(?:{said})", re.IGNORECASE), vi)
               for kind, (said, vi) in _REPLIES_EN.items()}
_DECLINED = {"no need", "ok", "myself", "manage", "carry"}  # ("Thanks, but …")
_MORE = _DECLINED - {"ok"} | {"great", "kind"}  # (one of these at least: thanks alone, "it's OK" alone are others')

# ... and in English: "Let me help you (with that).", "Shall I carry that for you?", "Can I give you a hand?",
# "Would you like me to help?", "I'll carry it."
_THING_EN = (rf"(?:(?P<det>the|your|this|that|these|those)\s+(?P<thing>{alternatives(THINGS_VI.keys() | _MANY)})|"
             r"(?P<it>it)|(?P<dem2>this|that)(?:\s+one)?)")
_VERB_EN = rf"(?P<verb>{alternatives(_VERBS_VI)})"
_BY_EN = (rf"(?:(?P<let>Let)\s+(?P<helper>me|us|him|her|them|{SOMEONE_EN})|(?P<shall>Shall|Should)\s+(?P<sh>I|we)|"
          r"(?P<can>Can|Could|May)\s+(?P<cn>I|we)|(?P<wd>Would|Do)\s+you\s+(?P<like>like|want)\s+(?P<mine>me|us)\s+"
          r"to|(?P<will>I|We)(?:['’]ll|\s+will))\s+")
_OFFERS_EN = [lazy(rf"{_BY_EN}(?:(?P<lend>lend)|(?P<hand>give)|help)(?:\s+{WHOM_EN})?(?(lend)\s+a\s+hand)"
                   rf"(?(hand)\s+a\s+hand)(?:\s+with\s+(?P<that>that|this|it)|\s+(?:with|(?:to\s+)?{_VERB_EN})"
                   rf"(?:\s+{_THING_EN})?)?\s*(?P<end>[.!?]*)"),
              lazy(rf"{_BY_EN}{_VERB_EN}\s+{_THING_EN}(?:\s+for\s+{WHOM_EN})?\s*(?P<end>[.!?]*)")]
_NEED_EN = lazy(rf"(?:(?P<do>Do|Does)\s+{WHO_EN}\s+need|(?P<would>Would)\s+you\s+like)\s+(?:(?P<hand>a\s+hand)|"
                r"(?P<any>some\s+|any\s+)?help|(?P<my>my|our)\s+help)(?:\s+with\s+(?P<that>that|this|it)|"
                rf"\s+(?:with|(?P<ing>{alternatives(_ING.values())}))(?:\s+{_THING_EN})?)?\s*\?+")
# doing it oneself, and its Vietnamese
_DOING_EN = [(r"Leave\s+it\s+(?:to|with)\s+(?P<obj>me|us)", "Cứ để {me} lo."),
             (r"(?P<me>I|We)['’]ll\s+take\s+care\s+of\s+(?:it|that)", "Để {me} lo."),
             (r"Leave\s+it\s*,\s+(?P<me>I|we)['’]ll\s+do\s+it", "Cứ để đó {me} làm."),
             (r"(?:Let\s+(?P<obj>me|us)|(?P<me>I|We)(?:['’]ll|\s+will))\s+do\s+(?:it|that)(?P<you>\s+for\s+you)?",
              "Để {me} làm{for_you}.")]
_DOING_EN = [(lazy(rf"{said}\s*(?P<end>[.!]*)"), vi) for said, vi in _DOING_EN]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that offers help, asks who needs it, says who will do it, or thanks for it,
    declines or accepts it; None for any other."""
    if src == "vi":
        return _offer(text) or _need(text) or _doing(text) or _reply(text)
    return _offer_vi(text) or _need_vi(text) or _doing_vi(text) or _reply_vi(text)


def _whom(said: str | None, first: bool) -> str | None:
    """Whom helped, in English: "bạn" as "you", "mẹ bạn" as "your mother", "anh", "chị" … alone as "you" after "I" or
    "we" (else None: who is who?); "" for no one said."""
    if not said:
        return ""
    if keyed(said) in _YOU and keyed(said) not in OBJECTS:
        return "you" if first else None
    return as_whom(said, "vi")


def _thing_en(m: re.Match, whom: str) -> tuple[str, bool]:
    """The thing of a match of _THING in English, and whether it says whose: "it", "this", "that bag", "these
    things"; "your bag" for a thing of `whom` "you", else "the bag"."""
    if m["dem2"]:
        return ("this" if keyed(m["dem2"]) == "này" else "that"), False
    if not m["thing"]:
        return "it", False
    said = THINGS[keyed(m["thing"])]
    if m["dem"]:
        near, many = keyed(m["dem"]) == "này", said == "things"
        return f"{('these' if near else 'those') if many else ('this' if near else 'that')} {said}", False
    return (f"your {said}", True) if whom == "you" else (f"the {said}", False)


def _offer(text: str) -> str | None:
    """"Để tôi giúp bạn." as "Let me help you.", "Tôi giúp bạn một tay nhé?" as "Shall I give you a hand?", "Tôi có
    thể giúp bạn mang cái đó không?" as "Can I help you carry that?", "Để tôi mang giúp bạn." as "Let me carry it for
    you." (_OFFERS); None for anything else, for who alone as a word of kinship, "you" helping, "mang … cho"."""
    carry, m = next(((i, m) for i, p in enumerate(_OFFERS) if (m := p.fullmatch(text))), (None, None))
    said = m and who(m, False)
    if not said or said[0] == "you":
        return None
    subj, asked = said[0], "?" in m["end"]
    first, obj = subj in _FIRST, EN_OBJECT.get(subj, subj)
    if m["let"]:
        lead = None if m["can"] or m["ok"] or m["asked"] or asked and not (m["shall"] and first) else \
            "shall" if asked else "let"
    elif not first or (m["asked"] or m["ok"]) and not asked or asked and not (m["asked"] or m["ok"] or m["shall"]) \
            or m["asked"] and not m["can"]:
        lead = None
    else:
        lead = ("shall" if asked else "let") if m["shall"] else "can" if asked else "could" if m["can"] else None
    whom = _whom(m["whom"], first)
    if lead is None or whom is None or whom == obj or carry and keyed(m["verb"]) == "mang" and m["cho"] or (
            m["verb"] and keyed(m["verb"]) == "lấy" and m["thing"] and not m["dem"]):
        return None  # ("Để tôi lấy túi cho bạn.": a bag got for them, in a shop)
    verb = m["verb"] and _VERBS[keyed(m["verb"])]
    if carry:
        thing, mine = _thing_en(m, whom or "you")
        doing = f"{verb} {thing}{'' if mine else ' for ' + (whom or 'you')}"
    elif m["hand"]:
        doing = f"give {whom or 'you'} a hand"
    else:
        doing = " ".join(w for w in ("help", whom, verb, verb and _thing_en(m, whom or "you")[0]) if w)
    return {"let": f"Let {obj} {doing}.", "shall": f"Shall {subj} {doing}?", "can": f"Can {subj} {doing}?",
            "could": capitalised(f"{subj} can {doing}.")}[lead]


def _need(text: str) -> str | None:
    """"Bạn có cần giúp một tay không?" as "Do you need a hand?", "Mẹ bạn có cần giúp không?" as "Does your mother
    need help?", "Bạn có cần tôi giúp không?" as "Do you need my help?", "Có cần tôi giúp gì không?" as "Is there
    anything I can help with?" (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    said = m and "?" in m["end"] and (who(m, True) if m["by"] else ("you", False))
    if not said or said[0] in _FIRST or m["me"] and (m["hand"] or m["verb"]):
        return None
    who_, one = said
    if m["me"] and m["any"]:
        return "Is there anything I can help with?" if who_ == "you" else None
    what = "a hand" if m["hand"] else "my help" if m["me"] else "any help" if m["any"] else "help"
    doing = f" {_ING[_VERBS[keyed(m['verb'])]]} {_thing_en(m, who_)[0]}" if m["verb"] else ""
    return f"{'Does' if one else 'Do'} {who_} need {what}{doing}?"


def _doing(text: str) -> str | None:
    """"Để tôi làm cho." as "Let me do it.", "Cứ để tôi lo." as "Leave it to me.", "Để tôi lo." as "I'll take care of
    it.", "Để đó tôi làm." as "Leave it, I'll do it." (_DOING); None for anything else."""
    en, m = next(((en, m) for p, en in _DOING if (m := p.fullmatch(text))), (None, None))
    if not m or "?" in m["end"]:
        return None
    me = _ME_EN[keyed(m["me"])]
    for_you = " for you" if m.groupdict().get("you") else ""
    return capitalised(en.format(me=me, obj=EN_OBJECT[me], for_you=for_you))


def _clauses(text: str, table: dict) -> tuple[list[tuple[str, re.Match]], str] | None:
    """The clauses of a reply to an offer, each as its kind in `table` and its match, and the sentence's end; None
    where one is not of the table, a kind comes twice, there are more than three, or none says more than thanks."""
    end = text[len(text.rstrip(".!?")):]
    clauses = re.split(r"\s*,\s*", text.rstrip(".!?").strip())
    kinds = [next(((kind, m) for kind, (p, *_) in table.items() if (m := p.fullmatch(c))), None) for c in clauses]
    said = [k for k, _ in filter(None, kinds)]
    if "?" in end or None in kinds or kinds[0][1]["but"] or len(set(said)) != len(said) or len(said) > 3 or (
            not _MORE & set(said) or said == ["myself"] or "great" in said and _DECLINED & set(said)):
        return None  # (a question; "Tôi tự làm được." alone is the phrasebook's; thanks and no thanks)
    return kinds, "!" if "!" in end else "."


def _reply(text: str) -> str | None:
    """"Cảm ơn, không cần đâu." as "Thanks, but there's no need.", "Tôi tự xoay xở được." as "I can manage.", "Cảm
    ơn, thế thì tốt quá." as "Thanks, that would be great." (_REPLIES); None for anything else."""
    said = _clauses(text, _REPLIES)
    if not said:
        return None
    words = []
    for i, (kind, m) in enumerate(said[0]):
        first, then = _REPLIES[kind][1:]
        if kind == "thanks" and m["much"]:
            first, then = "Thank you very much", "thank you very much"
        but = "but " if m["but"] or i and said[0][i - 1][0] == "thanks" and kind in _DECLINED else ""
        words.append(first if not i else but + then)
    return ", ".join(words) + said[1]


def _reply_vi(text: str) -> str | None:
    """"Thanks, I can manage." as "Cảm ơn, tôi tự làm được.", "No need, thanks." as "Không cần đâu, cảm ơn.",
    "Thanks, that would be great." as "Cảm ơn, thế thì tốt quá." (_REPLIES_EN); None for anything else."""
    said = _clauses(text, _REPLIES_EN)
    if not said:
        return None
    words = [("nhưng " if m["but"] else "") + ("cảm ơn bạn nhiều" if kind == "thanks" and m["much"] else
                                                _REPLIES_EN[kind][1]) for kind, m in said[0]]
    return capitalised(", ".join(words)) + said[1]


def _thing_vi(m: re.Match) -> str | None:
    """The thing of a match of _THING_EN in Vietnamese: "" for "it", "cái đó" for "that", "túi" for "your bag", "túi
    này" for "this bag", "mấy cái túi này" for "these bags"; None where "this" or "these" does not go with it."""
    if m["it"]:
        return ""
    if m["dem2"]:
        return f"cái {'này' if m['dem2'] == 'this' else 'đó'}"
    many, det = m["thing"] in _MANY, m["det"]
    vi = _PLURALS[m["thing"]] if many else THINGS_VI[m["thing"]]
    if det in ("this", "that", "these", "those") and many != (det in ("these", "those")) and vi != "hành lý":
        return None
    if det in ("the", "your"):
        return vi
    many = many and vi != "đồ"  # ("these things": "đồ này")
    return f"{'mấy cái ' * many}{vi} {'này' if det in ('this', 'these') else 'đó'}"


def _offer_vi(text: str) -> str | None:
    """"Let me help you." as "Để tôi giúp bạn.", "Can I give you a hand?" as "Tôi có thể giúp bạn một tay không?",
    "Shall I carry that for you?" as "Tôi mang cái đó giúp bạn nhé?", "Would you like me to help?" as "Bạn có muốn tôi
    giúp không?" (_OFFERS_EN); None for anything else, "Can I help (you)?" (a shop's), "Let me take it" (bought?)."""
    carry, m = next(((i, m) for i, p in enumerate(_OFFERS_EN) if (m := p.fullmatch(text))), (None, None))
    if not m or ("?" in m["end"]) != bool(m["shall"] or m["can"] or m["wd"]) or m["wd"] == "Do" and m["like"] == "like":
        return None
    helper = m["helper"] or m["sh"] or m["cn"] or m["mine"] or m["will"]
    helper = {"i": "tôi", "we": "chúng tôi"}.get(helper.lower()) or as_whom(helper, "en")
    whom = m["whom"] and as_whom(m["whom"], "en")
    thing = _thing_vi(m) if m["thing"] or m["it"] or m["dem2"] else None
    verb = m["verb"] and _VERBS_VI[m["verb"].lower()]
    if not helper or m["whom"] and not whom or whom == helper or thing is None and (carry or m["verb"] == "take") or (
            m["verb"] in ("take", "get") and m["det"] not in ("your", "the") or
            m["verb"] == "hold" and not (m["det"] or m["whom"])):
        return None  # ("Let me take it.", "Let me get that for you.": bought, paid)
    if m["wd"] and whom == "bạn":
        whom = ""  # ("Bạn có muốn tôi giúp không?")
    if carry:
        whom = whom or ("bạn" if m["det"] == "your" and not m["wd"] else "")
        doing = " ".join(w for w in (verb, thing, "giúp", whom) if w)
    elif m["lend"] or m["hand"] or m["that"]:
        if m["can"] and not (m["lend"] or m["hand"]) or verb or thing is not None:
            return None
        doing = " ".join(w for w in ("giúp", whom, "một tay") if w)
    elif thing is not None or verb:
        if thing is None:
            return None
        doing = " ".join(w for w in ("giúp", whom, verb or "mang", thing) if w)
    elif m["can"]:
        return None  # ("Can I help you?": a shop's "Tôi có thể giúp gì cho bạn?")
    else:
        doing = " ".join(w for w in ("giúp", whom) if w)
    if m["let"]:
        return f"Để {helper} {doing}."
    if m["will"]:  # ("I'll carry it.": an offer)
        return f"Để {helper} {doing}." if carry else capitalised(f"{helper} sẽ {doing}.")
    if m["wd"]:
        return f"Bạn có muốn {helper} {doing} không?"
    return capitalised(f"{helper} {doing} nhé?" if m["shall"] else f"{helper} có thể {doing} không?")


def _need_vi(text: str) -> str | None:
    """"Do you need a hand?" as "Bạn có cần giúp một tay không?", "Does your mother need help?" as "Mẹ bạn có cần
    giúp không?", "Would you like some help?" as "Bạn có cần giúp không?" (_NEED_EN); None for anything else, and
    where "do" does not agree with who."""
    m = _NEED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m) if m["do"] else ("bạn", False)
    thing = _thing_vi(m) if m["thing"] or m["it"] or m["dem2"] else None
    if m["do"] and (m["do"] == "Does") != one or who_ == "tôi" or m["my"] and (m["that"] or m["thing"] or m["ing"]):
        return None
    me = "tôi " if m["my"] == "my" else "chúng tôi " if m["my"] else ""
    if m["ing"]:
        rest = " ".join(w for w in ("", _VERBS_VI[_VERBS_OF[m["ing"]]], thing) if w is not None)
    elif thing is not None:
        rest = f" mang {thing}".rstrip() if thing else None
    else:
        rest = " một tay" if m["hand"] or m["that"] else " gì" if m["any"] and "any" in m["any"] else ""
    return None if rest is None else capitalised(f"{who_} có cần {me}giúp{rest} không?")


def _doing_vi(text: str) -> str | None:
    """"Leave it to me." as "Cứ để tôi lo.", "I'll take care of it." as "Để tôi lo.", "Let me do it." as "Để tôi làm
    cho.", "I'll do it." as "Để tôi làm." (_DOING_EN); None for anything else."""
    vi, m = next(((vi, m) for p, vi in _DOING_EN if (m := p.fullmatch(text))), (None, None))
    if not m:
        return None
    said = m.groupdict()
    me = "tôi" if (said.get("obj") or said.get("me")).lower() in ("me", "i") else "chúng tôi"
    for_you = " cho bạn" if said.get("you") else " cho" if said.get("obj") else ""
    return vi.format(me=me, for_you=for_you)
