"""Telling and keeping secrets, both ways, written whole by rule. v8 (rules on) reads "ai" as someone, "bí mật" as
secrets in general and "hứa" as anything: "Đừng nói với ai nhé." → "Don't tell someone.", "Tôi chưa nói với ai cả."
→ "I'm not told anyone.", "Bạn có giữ bí mật được không?" → "Do you keep secrets?", "Giữ bí mật nhé." → "Keep
secrets.", "Tôi sẽ giữ bí mật cho bạn." → "I'll keep you secret.", "Hứa là bạn sẽ không nói với ai nhé." → "The jab
is that you won't tell anyone.", "Tôi hứa sẽ không nói với ai." → "I promise nobody will tell.", "Ai đã nói với
bạn?" → "Who's told you?"; "Can you keep a secret?" → "Bạn giữ bí mật không?", "Can she keep a secret?" → "Bé có thể
giữ bí mật không?", "Promise you won't tell anyone." → "Hãy khuyến khích bạn sẽ không nói cho bất kỳ ai."
(encourage), "I won't tell anybody." → "Tôi sẽ không nói được ai.", "She told me everything." → "Cô ấy nói với tôi
mọi thứ.".

Taken: don't tell anyone (or someone: mt.hobbies.WHOM, WHOM_EN; not "me": "Don't tell me!" is another thing); who
(mt.hobbies.WHO, WHO_EN) won't, didn't or hasn't told anyone, said or asked ("You won't tell anyone, will you?"); who
told someone (that, this)?; it, this or that is (not) a secret, whose, asked; who can or can't keep a secret, asked;
keep it a secret, and who will; "I" and "we" promise, anyone promised, not to tell or to keep it a secret; promise
(me) you won't tell; do you promise; who told someone everything ("đã" or "rồi"; English "tells", the habit). Left
to the model: "anh", "chị", "em" … alone saying it (the speaker, or the one spoken to: mt.hobbies.who), "Tôi không
nói với ai." (didn't, or won't?), "Bạn có nói với ai không?" (did you, or do you?), "Cô ấy kể cho tôi mọi chuyện."
(told, or tells?), "Hứa nhé." (I promise, or promise me?), what is told ("nói với bạn là …"), "just between us".
mt.phrasebook.translate tries these after mt/condolences.py.

    >>> translate("Đừng nói với ai nhé.", "vi", "en"), translate("Can you keep a secret?", "en", "vi")
    ("Don't tell anyone.", 'Bạn có giữ bí mật được không?')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nói|kể|bí\s+mật|hứa)"), "en": lazy(r"(?i:tell|told|secret|promise)")}

# telling anyone ("nói với ai", "kể cho ai nghe", "nói cho ai biết", "… cả")
_TELL = r"(?:nói|kể)\s+(?:với|cho)"
_HEARD = r"(?:\s+(?:biết|nghe))?"
_ANYONE = rf"{_TELL}\s+ai{_HEARD}(?:\s+(?:cả|hết))?"
_DONT = lazy(rf"(?P<please>(?i:làm\s+ơn|xin)\s+)?(?i:đừng)\s+(?:có\s+)?{_TELL}\s+(?:(?P<anyone>ai)|{WHOM})"
             rf"{_HEARD}(?:\s+(?:cả|hết))?(?:\s+(?:nhé|nha|nhá))?\s*(?P<end>[.!]*)")
# who won't, didn't or hasn't told anyone ("Tôi sẽ không nói với ai đâu.", "Bạn đã nói với ai chưa?")
_TOLD = lazy(rf"{WHO}\s+(?:(?P<will>sẽ\s+)?(?P<did>đã\s+)?(?P<not>không|chưa)\s+|(?P<ask>đã|có)\s+)?{_ANYONE}"
             rf"(?:\s+(?P<dau>đâu))?(?:\s+(?P<yet>chưa)|\s+(?P<sure>chứ))?{SOFTENED_END}")
# who told someone ("Ai nói với bạn vậy?", "Ai kể cho bạn nghe chuyện này?")
_WHO_TOLD = lazy(rf"(?i:ai)\s+(?:đã\s+)?{_TELL}\s+{WHOM}{_HEARD}(?:\s+(?:chuyện|điều)\s+(?P<that>này|đó))?"
                 r"(?:\s+(?P<soft>vậy|thế|nhỉ|ạ))?\s*\?+")
# it is a secret ("Đó là bí mật.", "Chuyện này không phải là bí mật.", "Đó có phải là bí mật không?")
_IT = {"đó": "it", "đây": "this", "chuyện này": "this", "điều này": "this", "cái này": "this", "chuyện đó": "that",
       "điều đó": "that", "cái đó": "that"}
_SECRET = lazy(rf"(?P<it>(?i:{alternatives(_IT)}))\s+(?:(?P<not>không\s+phải)\s+|(?P<ask>có\s+phải)\s+)?là\s+"
               rf"(?:một\s+)?(?:điều\s+)?bí\s+mật(?P<little>\s+nhỏ)?(?:\s+của\s+(?P<owner>(?i:"
               rf"{alternatives(OWNERS)})))?(?:\s+(?P<asked>không)|\s+(?:đấy|đó|nhé))?\s*(?P<end>[.!?]*)")
# who can keep a secret or not ("Bạn có giữ bí mật được không?", "Cô ấy không giữ được bí mật.")
_CAN_KEEP = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể|biết|có\s+biết)\s+|(?P<ask>có)\s+|(?P<not>không)\s+"
                 r"(?P<can2>thể\s+|biết\s+)?)?giữ\s+(?P<got>được\s+)?bí\s+mật(?:\s+(?P<got2>được))?"
                 rf"(?:\s+(?P<asked>không))?{SOFTENED_END}")
# ... who will keep it ("Tôi sẽ giữ bí mật cho bạn."), and keep it a secret ("Hãy giữ bí mật nhé.")
_WILL_KEEP = lazy(rf"{WHO}\s+sẽ\s+giữ\s+bí\s+mật(?:\s+(?P<this>chuyện\s+này)|\s+cho\s+{WHOM})?"
                  r"(?:\s+(?:đâu|mà))?\s*(?P<end>[.!]*)")
_KEEP_IT = lazy(r"(?:(?P<please>(?i:làm\s+ơn|xin))\s+|(?P<remember>(?i:nhớ))\s+|(?i:hãy)\s+)?(?i:giữ)\s+bí\s+mật"
                r"(?:\s+(?P<this>chuyện\s+này))?(?:\s+(?:nhé|nha|giúp\s+tôi))?\s*(?P<end>[.!]*)")
# who promises ("Tôi hứa.", "Tôi hứa sẽ không nói với ai.", "Cô ấy đã hứa giữ bí mật.", "Bạn có hứa không?")
_PROMISE = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<ask>có)\s+)?hứa(?:\s+(?:là|rằng)(?:\s+(?P<again>tôi|chúng"
                rf"\s+tôi))?)?(?:\s+(?:sẽ\s+)?(?:(?P<tell>không\s+{_ANYONE})|(?P<keep>giữ\s+bí\s+mật)))?"
                r"(?:\s+(?P<asked>không|chứ)|\s+(?:đấy|đó|mà|đâu))?\s*(?P<end>[.!?]*)")
_AGAIN = {"tôi": "I", "chúng tôi": "we"}  # (the one promising, said again: "Tôi hứa là tôi …")
# ... promise me ("Hứa với tôi là bạn sẽ không nói với ai nhé.", "Hứa đi.")
_PROMISE_ME = lazy(rf"(?i:hứa)(?P<me>\s+với\s+tôi)?(?:\s+(?:là|rằng))?(?P<tell>(?:\s+bạn)?\s+(?:sẽ\s+)?không\s+"
                   rf"{_ANYONE})?(?:\s+(?P<now>đi)|\s+nhé|\s+nha)?\s*(?P<end>[.!]*)")
# who told someone everything ("Cô ấy đã kể cho tôi mọi chuyện.", "Cô ấy kể hết cho tôi rồi.")
_TOLD_ALL = lazy(rf"{WHO}\s+(?P<did>đã\s+)?(?:kể|nói)\s+(?P<all0>hết\s+)?(?:cho|với)\s+{WHOM}(?:\s+nghe)?"
                 r"(?:\s+(?P<all>mọi\s+chuyện|mọi\s+thứ|tất\s+cả|hết))?(?:\s+(?P<done>rồi))?\s*(?P<end>[.!]*)")

# ... and in English ("Don't tell anyone, okay?": "okay" is Vietnamese "nhé")
_ANYONE_EN = r"(?:anyone|anybody)"
_DONT_EN = lazy(rf"(?P<please>(?i:please)\s+)?(?i:don['’]t|do\s+not)\s+tell\s+(?:(?P<anyone>{_ANYONE_EN})|"
                rf"{WHOM_EN})(?:,?\s+(?P<please2>please)|,?\s+(?i:okay|ok|all\s+right)\s*\?)?\s*[.!]*")
_TOLD_EN = lazy(rf"{WHO_EN}\s+(?P<aux>won['’]t|will\s+not|didn['’]t|did\s+not|haven['’]t|hasn['’]t|have\s+not|"
                rf"has\s+not)\s+(?P<verb>tell|told)\s+{_ANYONE_EN}(?:,\s+will\s+(?P<tag>you|he|she|they|we))?"
                r"\s*(?P<end>[.!?]*)")
# ("did" and "have" asked are both "đã … chưa?")
_TOLD_ASKED_EN = lazy(rf"(?P<do>Have|Has|Did)\s+{WHO_EN}\s+(?P<verb>told|tell)\s+{_ANYONE_EN}(?:\s+yet)?\s*\?+")
_WHO_TOLD_EN = lazy(rf"(?i:who)\s+told\s+{WHOM_EN}(?:\s+(?:about\s+)?(?P<that>that|this|it))?\s*\?+")
# (a secret shared with the one spoken to: "our" is "của chúng ta", not v8's "của chúng tôi")
_IT_VI = {"it": "Đó", "that": "Đó", "this": "Đây"}
_WHOSE_SECRET = {"my": "tôi", "your": "bạn", "his": "anh ấy", "her": "cô ấy", "our": "chúng ta", "their": "họ"}
_SECRET_EN = lazy(rf"(?:(?P<ask>Is)\s+(?P<it0>it|that|this)|(?P<it>(?i:it|that|this))(?:['’]s|\s+is)"
                  r"(?P<not>\s+not|n['’]t)?|(?P<it2>(?i:it|that|this))\s+isn['’]t)\s+(?:a|(?P<whose>"
                  rf"{alternatives(_WHOSE_SECRET)}))\s+(?P<little>little\s+)?secret\s*(?P<end>[.!?]*)")
_CAN_KEEP_EN = [lazy(rf"(?:Can|Could)\s+{WHO_EN}\s+keep\s+a\s+secret\s*\?+"),
                lazy(rf"{WHO_EN}\s+(?P<aux>can['’]t|cannot|can\s+not|can)\s+keep\s+(?:a\s+secret|secrets)"
                     r"\s*(?P<end>[.!]*)")]
_WILL_KEEP_EN = lazy(rf"{WHO_EN}(?:['’]ll|\s+will)\s+keep\s+(?:(?P<it>it|this)\s+(?:a\s+)?secret|"
                     rf"(?P<owner>your|his|her|their)\s+secret)\s*[.!]*")
_KEEP_IT_EN = lazy(r"(?P<please>(?i:please)\s+)?(?i:keep)\s+(?P<it>it|this|that)\s+(?:a\s+)?secret"
                   r"(?P<please2>,?\s+please)?\s*[.!]*")
# promised not to tell, by who promises again or by "not to" ("I promise I won't tell anyone.")
_NOT_TELL_EN = rf"(?:,?\s+(?:that\s+)?(?:I|we|you)\s+(?:won['’]t|will\s+not)|\s+not\s+to)\s+tell\s+{_ANYONE_EN}"
_PROMISE_EN = lazy(rf"(?:(?P<do>Do)\s+)?{WHO_EN}\s+(?P<verb>promise[sd]?)(?:(?P<tell>{_NOT_TELL_EN})|"
                   r"(?P<keep>\s+to\s+keep\s+it\s+(?:a\s+)?secret))?\s*(?P<end>[.!?]*)")
_PROMISE_ME_EN = lazy(rf"Promise(?P<me>\s+me)?(?P<tell>{_NOT_TELL_EN})?\s*(?P<end>[.!?]*)")
_TOLD_ALL_EN = lazy(rf"{WHO_EN}\s+(?P<verb>told|tells?)\s+{WHOM_EN}\s+everything\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about telling, keeping or promising to keep a secret; None for any other."""
    if src == "vi":
        return next((said for rule in _VI if (said := rule(text))), None)
    return next((said for rule in _EN if (said := rule(text))), None)


def _whom(m: re.Match, lang: str) -> str | None:
    """Whom of WHOM or WHOM_EN in the other language; None for "me" too ("Don't tell me!" keeps no secret)."""
    said = as_whom(m["whom"], lang)
    return None if said in ("me", "tôi") else said


def _dont(text: str) -> str | None:
    """"Đừng nói với ai nhé." as "Don't tell anyone.", "Đừng nói với mẹ tôi." as "Don't tell my mother." (_DONT)."""
    m = _DONT.fullmatch(text)
    whom = m and ("anyone" if m["anyone"] else _whom(m, "vi"))
    return whom and f"{'Please d' if m['please'] else 'D'}on't tell {whom}."


def _told(text: str) -> str | None:
    """"Tôi sẽ không nói với ai đâu." as "I won't tell anyone.", "Tôi chưa nói với ai cả." as "I haven't told
    anyone.", "Bạn đã nói với ai chưa?" as "Have you told anyone?", "Bạn sẽ không nói với ai chứ?" as "You won't tell
    anyone, will you?" (_TOLD); None for "Tôi không nói với ai." (didn't, or won't?)."""
    m = _TOLD.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or m["ask"] and (m["dau"] or not m["yet"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    has = "has" if one else "have"
    if m["yet"] and asked and not (m["not"] or m["dau"]):
        return f"{has.capitalize()} {who_} told anyone?"
    if asked and m["sure"] and m["will"] and not m["did"] and who_ in ("you", "he", "she", "we", "they"):
        return capitalised(f"{who_} won't tell anyone, will {who_}?")
    if asked or m["sure"] or m["yet"] or not m["not"] or m["will"] and m["did"]:
        return None
    if m["not"] == "chưa":
        return None if m["will"] or m["did"] or m["dau"] else capitalised(f"{who_} {has}n't told anyone.")
    if m["did"]:
        return capitalised(f"{who_} didn't tell anyone.")
    return capitalised(f"{who_} won't tell anyone.") if m["will"] or m["dau"] else None


def _who_told(text: str) -> str | None:
    """"Ai nói với bạn vậy?" as "Who told you that?", "Ai đã nói với bạn?" as "Who told you?", "Ai kể cho bạn nghe
    chuyện này?" as "Who told you this?" (_WHO_TOLD)."""
    m = _WHO_TOLD.fullmatch(text)
    whom = m and _whom(m, "vi")
    that = m and (" this" if m["that"] == "này" else " that" if m["that"] or m["soft"] in ("vậy", "thế") else "")
    return whom and f"Who told {whom}{that}?"


def _secret(text: str) -> str | None:
    """"Đó là bí mật." as "It's a secret.", "Đó là bí mật của chúng ta." as "It's our secret.", "Chuyện này không
    phải là bí mật." as "This isn't a secret.", "Đó có phải là bí mật không?" as "Is it a secret?" (_SECRET)."""
    m = _SECRET.fullmatch(text)
    if not m or bool(m["ask"]) != bool(m["asked"]) or bool(m["ask"]) != ("?" in m["end"]):
        return None
    it = _IT[keyed(m["it"])]
    whose = f"{OWNERS[keyed(m['owner'])]} " if m["owner"] else "a "
    secret = f"{whose}{'little ' * bool(m['little'])}secret"
    if m["ask"]:
        return f"Is {it} {secret}?"
    if m["not"]:
        return capitalised(f"{it} isn't {secret}." if it == "this" else f"{it}'s not {secret}.")
    return capitalised(contracted(it, f"is {secret}.") if it != "this" else f"this is {secret}.")


def _can_keep(text: str) -> str | None:
    """"Bạn có giữ bí mật được không?" as "Can you keep a secret?", "Cô ấy không giữ được bí mật." as "She can't
    keep a secret.", "Tôi giữ được bí mật." as "I can keep a secret." (_CAN_KEEP); None for "Bạn có giữ bí mật
    không?" (do you keep secrets?)."""
    m = _CAN_KEEP.fullmatch(text)
    asked = bool(m and m["asked"])
    can = m and (m["can"] or m["can2"] or m["got"] or m["got2"])
    if not m or not can or asked != ("?" in m["end"]) or m["not"] and asked or m["got"] and m["got2"]:
        return None
    if (said := who(m, asked)) is None or m["ask"] and not asked:
        return None
    if asked:
        return f"Can {said[0]} keep a secret?"
    can = "can't" if m["not"] else "can"
    return capitalised(f"{said[0]} {can} keep a secret.")


def _will_keep(text: str) -> str | None:
    """"Tôi sẽ giữ bí mật." as "I'll keep it a secret.", "Tôi sẽ giữ bí mật cho bạn." as "I'll keep your secret."
    (_WILL_KEEP)."""
    m = _WILL_KEEP.fullmatch(text)
    if not m or (said := who(m, False)) is None:
        return None
    if m["whom"]:  # (whose secret: "cho bạn", your; "cho tôi", mine)
        whose = OWNERS.get(keyed(m["whom"]))
        return whose and capitalised(contracted(said[0], f"will keep {whose} secret."))
    return capitalised(contracted(said[0], f"will keep {'this' if m['this'] else 'it'} a secret."))


def _keep_it(text: str) -> str | None:
    """"Hãy giữ bí mật nhé." as "Keep it a secret.", "Làm ơn giữ bí mật chuyện này." as "Please keep this a
    secret.", "Nhớ giữ bí mật nhé." as "Remember to keep it a secret." (_KEEP_IT)."""
    m = _KEEP_IT.fullmatch(text)
    if not m:
        return None
    keep = f"keep {'this' if m['this'] else 'it'} a secret."
    return f"Please {keep}" if m["please"] else f"Remember to {keep}" if m["remember"] else capitalised(keep)


def _promise(text: str) -> str | None:
    """"Tôi hứa." as "I promise.", "Tôi hứa sẽ không nói với ai." as "I promise I won't tell anyone.", "Cô ấy đã hứa
    giữ bí mật." as "She promised to keep it a secret.", "Bạn có hứa không?" as "Do you promise?" (_PROMISE); "I" and
    "we" promise, anyone else promised ("đã")."""
    m = _PROMISE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and m["asked"] != "không" or (said := who(m, asked)) is None:
        return None
    who_ = said[0]
    if m["again"] and _AGAIN.get(keyed(m["again"])) != who_ or m["again"] and not (m["tell"] or m["keep"]):
        return None
    doing = " not to tell anyone" if m["tell"] else " to keep it a secret" if m["keep"] else ""
    if asked:
        return f"Do you promise{doing}?" if who_ == "you" and not m["did"] else None
    if m["did"]:
        return capitalised(f"{who_} promised{doing}.")
    if who_ not in ("I", "we"):
        return None
    doing = f" {who_} won't tell anyone" if m["tell"] else f" {who_}'ll keep it a secret" if m["keep"] else ""
    return capitalised(f"{who_} promise{doing}.")


def _promise_me(text: str) -> str | None:
    """"Hứa là bạn sẽ không nói với ai nhé." as "Promise you won't tell anyone.", "Hứa với tôi đi." as "Promise
    me." (_PROMISE_ME); None for "Hứa nhé." (I promise, or promise me?)."""
    m = _PROMISE_ME.fullmatch(text)
    if not m or not (m["tell"] or m["me"] or m["now"]):
        return None
    tell = " you won't tell anyone" if m["tell"] else ""
    return f"Promise{' me' if m['me'] or not tell else ''}{tell}."


def _told_all(text: str) -> str | None:
    """"Cô ấy đã kể cho tôi mọi chuyện." as "She told me everything.", "Cô ấy kể hết cho tôi rồi." as "She told me
    everything." (_TOLD_ALL); None without "đã" or "rồi" (told, or tells?)."""
    m = _TOLD_ALL.fullmatch(text)
    if not m or not (m["did"] or m["done"]) or bool(m["all0"]) == bool(m["all"]) or (said := who(m, False)) is None:
        return None
    whom = as_whom(m["whom"], "vi")
    return whom and capitalised(f"{said[0]} told {whom} everything.")


_VI = (_dont, _told, _who_told, _secret, _can_keep, _will_keep, _keep_it, _promise, _promise_me, _told_all)


def _dont_vi(text: str) -> str | None:
    """"Don't tell anyone." as "Đừng nói với ai nhé.", "Please don't tell my mother." as "Làm ơn đừng nói với mẹ tôi
    nhé." (_DONT_EN)."""
    m = _DONT_EN.fullmatch(text)
    whom = m and ("ai" if m["anyone"] else _whom(m, "en"))
    return whom and f"{'Làm ơn đ' if m['please'] or m['please2'] else 'Đ'}ừng nói với {whom} nhé."


def _verb_agrees(one: bool, verb: str) -> bool:
    """Whether an English verb agrees with who, said of one ("she", "my mother": "has", "does", "tells") or not
    ("have", "do", "tell"); one that tells nothing ("told", "won't") agrees."""
    verb = verb.lower().replace("’", "'").split()[0].removesuffix("n't")
    if verb in ("has", "does") or verb.endswith("s"):
        return one
    return not one if verb in ("have", "do", "tell", "promise") else True


def _told_vi(text: str) -> str | None:
    """"I won't tell anyone." as "Tôi sẽ không nói với ai đâu.", "I haven't told anyone." as "Tôi chưa nói với ai
    cả.", "I didn't tell anyone." as "Tôi không nói với ai cả.", "Have you told anyone?" as "Bạn đã nói với ai chưa?"
    (_TOLD_EN, _TOLD_ASKED_EN); None where the verb does not agree with who ("She haven't told anyone.")."""
    if m := _TOLD_ASKED_EN.fullmatch(text):
        who_, one = who_vi(m)
        if not _verb_agrees(one, m["do"]) or (m["do"].lower() == "did") != (m["verb"] == "tell"):
            return None
        return capitalised(f"{who_} đã nói với ai chưa?")
    m = _TOLD_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux = m["aux"].lower().replace("’", "'")
    have = aux.startswith(("have", "has"))
    if not _verb_agrees(one, aux) or have != (m["verb"] == "told") or bool(m["tag"]) != ("?" in m["end"]):
        return None
    if m["tag"]:
        same = m["who"] and m["who"].lower() == m["tag"] and aux.startswith(("won't", "will"))
        return capitalised(f"{who_} sẽ không nói với ai chứ?") if same else None
    if have:
        return capitalised(f"{who_} chưa nói với ai cả.")
    return capitalised(f"{who_} {'sẽ không nói với ai đâu' if aux.startswith('w') else 'không nói với ai cả'}.")


def _who_told_vi(text: str) -> str | None:
    """"Who told you?" as "Ai nói với bạn vậy?", "Who told you that?" as "Ai nói với bạn chuyện đó vậy?"."""
    m = _WHO_TOLD_EN.fullmatch(text)
    whom = m and _whom(m, "en")
    that = m and {"this": " chuyện này", "that": " chuyện đó", "it": " chuyện đó"}.get(m["that"] or "", "")
    return whom and f"Ai nói với {whom}{that} vậy?"


def _secret_vi(text: str) -> str | None:
    """"It's a secret." as "Đó là bí mật.", "It's our secret." as "Đó là bí mật của chúng ta.", "This isn't a
    secret." as "Đây không phải là bí mật.", "Is it a secret?" as "Đó có phải là bí mật không?" (_SECRET_EN)."""
    m = _SECRET_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    it = _IT_VI[(m["it0"] or m["it"] or m["it2"]).lower()]
    secret = f"{'một ' if m['little'] and not m['whose'] else ''}bí mật{' nhỏ' * bool(m['little'])}"
    secret += f" của {_WHOSE_SECRET[m['whose'].lower()]}" if m["whose"] else ""
    if m["ask"]:
        return f"{it} có phải là {secret} không?"
    return f"{it} {'không phải là' if m['not'] or m['it2'] else 'là'} {secret}."


def _keep_vi(text: str) -> str | None:
    """"Can you keep a secret?" as "Bạn có giữ bí mật được không?", "She can't keep a secret." as "Cô ấy không giữ
    được bí mật.", "I'll keep your secret." as "Tôi sẽ giữ bí mật cho bạn.", "Keep it a secret." as "Hãy giữ bí mật
    nhé." (_CAN_KEEP_EN, _WILL_KEEP_EN, _KEEP_IT_EN)."""
    if m := _CAN_KEEP_EN[0].fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} có giữ bí mật được không?")
    if m := _CAN_KEEP_EN[1].fullmatch(text):
        can = m["aux"].lower() == "can"
        return capitalised(f"{who_vi(m)[0]} {'có thể giữ' if can else 'không giữ được'} bí mật.")
    if m := _WILL_KEEP_EN.fullmatch(text):
        whose = f" cho {_WHOSE_SECRET[m['owner'].lower()]}" if m["owner"] else " chuyện này" * (m["it"] == "this")
        return capitalised(f"{who_vi(m)[0]} sẽ giữ bí mật{whose}.")
    if m := _KEEP_IT_EN.fullmatch(text):
        this = " chuyện này" if m["it"] == "this" else ""
        return f"{'Làm ơn' if m['please'] or m['please2'] else 'Hãy'} giữ bí mật{this} nhé."
    return None


def _promise_vi(text: str) -> str | None:
    """"I promise." as "Tôi hứa.", "I promise I won't tell anyone." as "Tôi hứa sẽ không nói với ai đâu.", "She
    promised not to tell anyone." as "Cô ấy đã hứa sẽ không nói với ai.", "Do you promise?" as "Bạn có hứa không?"
    (_PROMISE_EN); "I" and "we" promise, anyone promised."""
    m = _PROMISE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_ = who_vi(m)[0]
    pronoun = (m["who"] or "").lower()
    said = re.search(r"\b(I|we|you)\b", m["tell"] or "")
    if said and (said[1].lower() != pronoun or m["verb"] == "promised"):
        return None  # ("I promise you won't …", "She promised I won't …": left)
    tell = " sẽ không nói với ai" if m["tell"] else " sẽ giữ bí mật" if m["keep"] else ""
    if m["do"]:
        return f"Bạn có hứa{tell} không?" if pronoun == "you" and m["verb"] == "promise" else None
    if m["verb"] == "promised":
        return capitalised(f"{who_} đã hứa{tell}.")
    if pronoun not in ("i", "we") or m["verb"] != "promise":
        return None
    return capitalised(f"{who_} hứa{tell}{' đâu' if m['tell'] else ''}.")


def _promise_me_vi(text: str) -> str | None:
    """"Promise you won't tell anyone." as "Hứa là bạn sẽ không nói với ai nhé.", "Promise me." as "Hứa với tôi
    đi.", "Promise?" as "Hứa nhé?" (_PROMISE_ME_EN); None for "Promise." (I promise, or promise me?)."""
    m = _PROMISE_ME_EN.fullmatch(text)
    if not m or m["tell"] and re.search(r"\b(?:I|we)\b", m["tell"]) or "?" in m["end"] and (m["me"] or m["tell"]):
        return None
    me = " với tôi" if m["me"] else ""
    if m["tell"]:
        return f"Hứa{me} là bạn sẽ không nói với ai nhé."
    return "Hứa với tôi đi." if m["me"] else "Hứa nhé?" if "?" in m["end"] else None


def _told_all_vi(text: str) -> str | None:
    """"She told me everything." as "Cô ấy đã kể cho tôi mọi chuyện.", "He tells me everything." as "Anh ấy kể cho
    tôi mọi chuyện." (_TOLD_ALL_EN); None where "tells" does not agree with who."""
    m = _TOLD_ALL_EN.fullmatch(text)
    if not m or not _verb_agrees(who_vi(m)[1], m["verb"]):
        return None
    whom = as_whom(m["whom"], "en")
    return whom and capitalised(f"{who_vi(m)[0]} {'đã ' * (m['verb'] == 'told')}kể cho {whom} mọi chuyện.")


_EN = (_dont_vi, _told_vi, _who_told_vi, _secret_vi, _keep_vi, _promise_vi, _promise_me_vi, _told_all_vi)
