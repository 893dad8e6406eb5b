"""Asking and owing favours, and the trouble given, both ways, written whole by rule. v8 (with every other rule)
reads "một việc" as a job, "nợ" as debt, "phiền" as complaining, "favour" as a benefit, and leaves "owe" as it is: "Bạn
làm ơn giúp tôi một việc nhé." → "Please help me.", "Bạn có thể giúp tôi một việc không?" → "Can you help me a job?",
"Tôi có thể nhờ bạn một việc không?" → "Can I ask you a job?", "Tôi nợ bạn một lần." → "I debt you once.", "Xin lỗi
vì đã gây phiền phức." → "Please say it's complicated.", "Không phiền gì cả." → "There's nothing wrong.", "Tôi có làm
phiền bạn không?" → "Did I complain you?"; "Can you do me a favour?" → "Bạn có thể làm tôi một lợi ích được không?",
"Can I ask you a favour?" → "Tôi có thể hỏi bạn một lợi ích được không?", "I owe you one." → "Tôi owe bạn một.",
"Sorry for the trouble." → "Rất tiếc khi gặp lỗi.", "Sorry to trouble you." → "Rất tiếc khi bạn gặp khó khăn.",
"It's no trouble at all." → "Không có vấn đề gì cả.", "Don't mention it." → "Đừng đề cập đến nó.", "Am I bothering
you?" → "Tôi làm bạn say xỉn?".

Taken: you asked to do me (us) a (small) favour ("Bạn giúp tôi một việc được không?", "Can you do me a favour?");
the speaker asking you a favour, or who (mt.hobbies.WHO, WHO_EN) needing or wanting to ("Tôi nhờ bạn một việc được
không?", "I need a favour.", "I have a favour to ask."); who owing whom one or a favour, after thanks or not ("Cảm ơn,
tôi nợ bạn một lần."); sorry for the trouble, for all the trouble, for troubling you, for any inconvenience; it's no
trouble (at all), don't mention it; who bothering whom, asked, or not wanting to, and "You're not bothering me.".
Left: "Sorry to bother you.", "Xin lỗi vì đã làm phiền bạn.", "Sorry for the inconvenience.", "Thank you for your
help." (the phrasebook's list and _thanked), "Can you help me?" (the phrasebook's), offers of help (mt/offers.py),
"Do you mind if I …?" (mt/permission.py); a bare "I owe you." or "Tôi nợ bạn." (money?), "Do me a favour." (often
sharp), "Đừng khách sáo." (don't mention it, or make yourself at home), "Có gì đâu." (it's nothing, or what is
there?), "Not at all." (not what?), "anh", "chị" alone saying or owing (the speaker, or you?), a parent asked
("Con nhờ mẹ …": you, or Mum?).
mt.phrasebook.translate tries these after mt/acquaintances.py.

    >>> translate("Bạn giúp tôi một việc được không?", "vi", "en"), translate("I owe you one.", "en", "vi")
    ('Can you do me a favour?', 'Tôi nợ bạn một lần.')
"""
from __future__ import annotations

import re

from .ever import OBJECTS, YOU
from .hobbies import SOMEONE, WHO, WHO_EN, WHOM_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, alternatives, be, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:việc|chuyện|nợ|phiền|rắc\s+rối|bất\s+tiện)"),
         "en": lazy(r"(?i:favou?r|\bowe|troubl|bother|inconvenien|mention)")}
# the speaker, by the words one says of oneself asking or owing a favour ("Em nhờ anh …", "Cháu nhờ bác …": "em",
# "cháu" are "I" where the other is a word for the listener), and the one spoken to (mt.ever.YOU)
_ME = {"tôi": "I", "mình": "I", "em": "I", "con": "I", "cháu": "I", "chúng tôi": "we", "chúng mình": "we"}
_ME_RX = rf"(?P<me>(?i:{alternatives(_ME)}))"
_YOU_RX = rf"(?P<you>(?i:{YOU}))(?!\s+(?:ấy|ta)\b)"
_FAVOUR = r"một\s+(?:việc|chuyện)(?:\s+(?P<small>nhỏ))?"
_ASKING = r"(?:\s+(?P<q>được\s+không|không|nhé|nha|với))?"
# you asked to do me a favour ("Bạn làm ơn giúp tôi một việc nhé.", "Bạn có thể giúp tôi một việc không?")
_DO = lazy(rf"(?:{_YOU_RX}\s+)?(?:(?P<can>có\s+thể)\s+|(?P<please>(?i:làm\s+ơn))\s+)?(?i:giúp)\s+{_ME_RX}\s+"
           rf"{_FAVOUR}{_ASKING}{SOFTENED_END}")
# the speaker asking you a favour, or who needs or wants to ("Tôi nhờ bạn một việc được không?", "Mẹ tôi muốn nhờ
# bạn một việc."), or has one to ask ("Tôi có việc muốn nhờ bạn.")
_ASK = lazy(rf"(?:{_ME_RX}|{WHO})\s+(?:(?P<can>có\s+thể)\s+|(?P<need>cần)\s+|(?P<want>muốn)\s+)?(?:xin\s+)?"
            rf"nhờ\s+{_YOU_RX}\s+{_FAVOUR}{_ASKING}{SOFTENED_END}")
_HAVE = lazy(rf"{_ME_RX}\s+có\s+(?:một\s+)?(?:việc|chuyện)\s+(?:muốn\s+|cần\s+)?nhờ\s+{_YOU_RX}"
             rf"(?:\s+(?:nhé|nha))?{SOFTENED_END}")
# who owes whom one ("Cảm ơn, tôi nợ bạn một lần.", "Anh ấy nợ tôi một ân huệ.")
_OWE = lazy(rf"(?:(?i:(?P<thanks>cảm|cám)\s+ơn)(?:\s+bạn)?(?P<much>\s+nhiều)?\s*,\s*)?(?:{_ME_RX}|{WHO})\s+nợ\s+"
            rf"(?P<whom>(?i:{YOU}|{alternatives(OBJECTS)})|{SOMEONE})\s+một\s+(?P<one>lần|ân\s+huệ|ân\s+tình)"
            rf"(?:\s+(?:nhé|nha|đấy))?{SOFTENED_END}")
# sorry for the trouble, all of it, the inconvenience ("Xin lỗi vì đã gây phiền phức.", "Tôi xin lỗi vì sự bất tiện
# này.", "Xin lỗi vì đã làm phiền bạn nhiều.")
_TROUBLE = r"(?:phiền\s+phức|rắc\s+rối|phiền\s+hà)"
_TO_YOU = r"(?:\s+cho\s+(?:bạn|mọi\s+người))?"
_SORRY = lazy(r"(?P<i>(?i:tôi)\s+)?(?P<very>(?i:rất)\s+)?(?i:xin)\s+lỗi\s+(?:(?:vì|về)\s+)?"
              rf"(?:(?:đã\s+)?gây\s+(?:ra\s+)?(?P<many>nhiều\s+)?{_TROUBLE}{_TO_YOU}|sự\s+{_TROUBLE}(?:\s+này)?|"
              rf"(?:đã\s+)?gây\s+(?:ra\s+)?(?P<inconv>(?:sự\s+)?bất\s+tiện){_TO_YOU}|"
              r"(?P<listed>sự\s+bất\s+tiện\s+này)|(?:đã\s+)?làm\s+phiền\s+bạn\s+(?P<much>nhiều(?:\s+quá)?|"
              r"quá\s+nhiều))(?:\s+ạ)?\s*(?P<end>[.!]*)")
# no trouble at all ("Không phiền gì cả.", "Không có gì phiền đâu.", "Có phiền gì đâu.")
_NO_TROUBLE = lazy(r"(?:(?i:không|chẳng)\s+(?:có\s+gì\s+)?phiền|(?P<so>(?i:có))\s+phiền)(?:\s+(?P<what>gì))?"
                   r"(?:\s+(?P<all>cả|chút\s+nào))?(?:\s+(?P<dau>đâu))?(?:\s+(?:mà|ạ))?\s*(?P<end>[.!]*)")
# who bothers whom, asked, or not wanting to ("Tôi có làm phiền bạn không?", "Tôi không muốn làm phiền bạn.")
_BOTHER = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:đang\s+)?(?:(?P<not>không)\s+(?:(?P<want>muốn)\s+)?)?"
               rf"làm\s+phiền\s+(?P<whom>(?i:{alternatives(OBJECTS)})|{SOMEONE})"
               rf"(?:\s+(?P<all>chút\s+nào|gì\s+cả))?(?:\s+(?P<asked>không)|\s+(?P<dau>đâu))?{SOFTENED_END}")

# ... and in English
_DO_EN = lazy(r"(?P<modal>Can|Could|Would|Will)\s+you\s+(?P<please>please\s+)?do\s+(?P<me>me|us)\s+a\s+"
              r"(?P<small>small\s+|little\s+)?favou?r(?P<please2>,?\s+please)?\s*\?+|"
              r"(?P<bid>Please)\s+do\s+(?P<me2>me|us)\s+a\s+(?P<small2>small\s+|little\s+)?favou?r\s*[.!]*")
_ASK_EN = lazy(r"(?P<modal>Can|Could|May)\s+(?P<me>I|we)\s+ask\s+(?P<you>you\s+)?a\s+(?P<small>small\s+)?favou?r"
               r"(?P<of>\s+of\s+you)?\s*\?+")
_NEED_EN = lazy(rf"{WHO_EN}(?:\s+(?P<need>needs?)\s+(?:to\s+ask\s+you\s+)?|(?P<like>['’]d\s+like|"
                r"\s+would\s+like|\s+wants?)\s+to\s+ask\s+you\s+)a\s+(?P<small>small\s+)?favou?r"
                r"(?:\s+(?:from|of)\s+you)?\s*[.!]*")
_HAVE_EN = lazy(rf"{WHO_EN}\s+(?P<have>have|has)\s+a\s+(?:small\s+)?favou?r\s+to\s+ask"
                r"(?:\s+(?:of\s+)?you)?\s*[.!]*")
_OWE_EN = lazy(r"(?:(?P<thanks>Thanks|Thank\s+you)(?P<much>\s+(?:so\s+much|a\s+lot|very\s+much))?\s*[,!.]\s*)?"
               rf"{WHO_EN}\s+(?P<owe>owes?)\s+{WHOM_EN}(?P<one>\s+one|\s+a\s+favou?r)?\s*(?P<end>[.!]*)")
_SORRY_EN = lazy(r"(?:(?P<im>I['’]m|I\s+am|We['’]re|We\s+are)\s+)?(?P<very>(?:so|very|really)\s+)?(?i:sorry)\s+"
                 r"(?:(?:for|about)\s+(?:(?P<all>all\s+)?the\s+(?:trouble|bother)|(?P<any>any|the|all\s+the)\s+"
                 r"(?P<inconv>inconvenience)(?:\s+caused)?|(?P<ing>troubling|bothering)\s+you)|"
                 r"to\s+(?P<to>trouble|bother)\s+you(?P<again>\s+again)?)\s*(?P<end>[.!]*)")
_NO_TROUBLE_EN = lazy(r"(?:(?:It['’]s|It\s+is|It\s+was|That['’]s|That\s+is)\s+)?(?i:no)\s+(?:trouble|bother)"
                      r"(?P<all>\s+at\s+all)?\s*[.!]*|(?P<mention>Don['’]t\s+mention\s+it)\s*[.!]*")
_BOTHER_EN = [lazy(rf"(?P<be>Am|Is|Are)\s+{WHO_EN}\s+bothering\s+{WHOM_EN}\s*\?+"),
              lazy(rf"{WHO_EN}\s+(?P<do>don['’]t|doesn['’]t|do\s+not|does\s+not)\s+want\s+to\s+"
                   rf"(?:bother|trouble|disturb)\s+{WHOM_EN}\s*[.!]*"),
              lazy(rf"(?P<who>You)(?:['’]re\s+not|\s+are\s+not|\s+aren['’]t)\s+bothering\s+{WHOM_EN}"
                   r"(?P<all>\s+at\s+all)?\s*[.!]*")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks a favour, owes one, says sorry for the trouble or that it is none, or
    asks or says who bothers whom; None for any other."""
    if src == "vi":
        return _do(text) or _ask(text) or _owe(text) or _sorry(text) or _no_trouble(text) or _bother(text)
    return _do_vi(text) or _ask_vi(text) or _owe_vi(text) or _sorry_vi(text) or _no_trouble_vi(text) or \
        _bother_vi(text)


def _speaker(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match with _ME_RX or WHO in English, and whether it takes "-s": ("I", False) for "em" or "con" said
    of oneself, ("my mother", True); None for "anh", "chị" alone (the speaker, or you?)."""
    return (_ME[keyed(m["me"])], False) if m["me"] else who(m, False)


def _favour(m: re.Match) -> str:
    """"a favour", or "a small favour" for "một việc nhỏ"."""
    return f"a {'small ' * bool(m['small'])}favour"


def _do(text: str) -> str | None:
    """"Bạn giúp tôi một việc được không?" as "Can you do me a favour?", "Bạn làm ơn giúp tôi một việc nhé." as
    "Could you do me a favour?", "Làm ơn giúp tôi một việc." as "Please do me a favour." (_DO); None for anything
    else, and for "Bạn giúp tôi một việc." (helped, or asked?)."""
    m = _DO.fullmatch(text)
    q = keyed(m["q"] or "") if m else ""
    if not m or (q in ("không", "được không")) != ("?" in m["end"]) or q == "không" and not m["can"] or \
            m["you"] and keyed(m["you"]) == keyed(m["me"]) or not q and not m["please"]:
        return None
    me = "us" if _ME[keyed(m["me"])] == "we" else "me"
    if not q:
        return f"Please do {me} {_favour(m)}."
    modal = "Could" if m["please"] or q in ("nhé", "nha", "với") else "Can"
    return f"{modal} you do {me} {_favour(m)}?"


def _ask(text: str) -> str | None:
    """"Tôi nhờ bạn một việc được không?" as "Can I ask you a favour?", "Tôi cần nhờ bạn một việc." as "I need to
    ask you a favour.", "Mẹ tôi muốn nhờ bạn một việc." as "My mother would like to ask you a favour.", "Tôi có việc
    muốn nhờ bạn." as "I have a favour to ask you." (_ASK, _HAVE); None for anything else."""
    if m := _HAVE.fullmatch(text):
        if keyed(m["you"]) == keyed(m["me"]) or "?" in m["end"]:
            return None
        return f"{_ME[keyed(m['me'])]} have a favour to ask you."
    m = _ASK.fullmatch(text)
    said = m and _speaker(m)
    q = keyed(m["q"] or "") if m else ""
    if not m or not said or said[0] == "you" or (q in ("không", "được không")) != ("?" in m["end"]) or \
            q == "không" and not m["can"] or q == "với" or keyed(m["you"]) == keyed(m["me"] or m["who"] or ""):
        return None
    (who_, one), favour = said, _favour(m)
    if not m["me"] and keyed(m["you"]) != "bạn":  # ("Anh ấy muốn nhờ em …": "em" may be the speaker)
        return None
    if q:
        return None if m["need"] or m["want"] or not m["me"] else f"Can {who_} ask you {favour}?"
    if m["need"]:
        return capitalised(f"{who_} need{'s' * one} to ask you {favour}.")
    if m["want"]:
        likes = " would like" if one else "'d like"
        return capitalised(f"{who_}{likes} to ask you {favour}.")
    return None


def _owe(text: str) -> str | None:
    """"Tôi nợ bạn một lần." as "I owe you one.", "Cảm ơn, tôi nợ bạn một lần." as "Thanks, I owe you one.", "Anh ấy
    nợ tôi một ân huệ." as "He owes me a favour." (_OWE); None for anything else, and for the speaker owing oneself."""
    m = _OWE.fullmatch(text)
    said = m and _speaker(m)
    if not m or not said or "?" in m["end"]:
        return None
    (who_, one), whom = said, as_whom(m["whom"], "vi")
    if whom is None and m["me"] and re.fullmatch(YOU, keyed(m["whom"])):
        whom = "you"  # ("Em nợ anh một lần.": after the speaker, the one spoken to)
    if whom is None or {"I": "me", "we": "us", "you": "you"}.get(who_) == whom or m["thanks"] and not m["me"]:
        return None
    thing = "one" if keyed(m["one"]) == "lần" else "a favour"
    thanks = f"Thanks{' a lot' * bool(m['much'])}, " if m["thanks"] else ""
    owed = f"{who_} owe{'s' * one} {whom} {thing}."
    return thanks + owed if thanks else capitalised(owed)


def _sorry(text: str) -> str | None:
    """"Xin lỗi vì đã gây phiền phức." as "Sorry for the trouble.", "Xin lỗi vì đã làm phiền bạn nhiều." as "Sorry for
    all the trouble.", "Tôi xin lỗi vì đã gây bất tiện." as "I'm sorry for the inconvenience." (_SORRY); None for
    anything else, and for the phrasebook's "Xin lỗi vì sự bất tiện này."."""
    m = _SORRY.fullmatch(text)
    if not m or m["listed"] and not (m["i"] or m["very"]):
        return None
    what = "the inconvenience" if m["inconv"] or m["listed"] else "all the trouble" if m["many"] or m["much"] else \
        "the trouble"
    sorry = f"{'very ' * bool(m['very'])}sorry"
    return capitalised(f"{'I’m ' if m['i'] else ''}{sorry} for {what}"
                       f"{m['end'] or '.'}").replace("’", "'")


def _no_trouble(text: str) -> str | None:
    """"Không phiền gì đâu." as "It's no trouble.", "Không phiền gì cả." as "It's no trouble at all." (_NO_TROUBLE);
    None for anything else, and for "Không phiền." (said of what?)."""
    m = _NO_TROUBLE.fullmatch(text)
    if not m or not (m["what"] or m["all"] or m["dau"]) or m["so"] and not (m["what"] and m["dau"]):
        return None
    return f"It's no trouble{' at all' if m['all'] or m['so'] else ''}{m['end'] or '.'}"


def _bother(text: str) -> str | None:
    """"Tôi có làm phiền bạn không?" as "Am I bothering you?", "Tôi không muốn làm phiền bạn." as "I don't want to
    bother you.", "Bạn không làm phiền tôi đâu." as "You're not bothering me." (_BOTHER); None for anything else."""
    m = _BOTHER.fullmatch(text)
    said = m and who(m, False)
    whom = m and as_whom(m["whom"], "vi")
    if not m or not said or not whom or bool(m["ask"]) != bool(m["asked"]) or bool(m["asked"]) != ("?" in m["end"]) \
            or {"I": "me", "we": "us", "you": "you"}.get(said[0]) == whom:
        return None
    (who_, one), at_all = said, " at all" if m["all"] else ""
    if m["asked"]:
        return None if m["not"] or at_all else f"{be(who_).capitalize()} {who_} bothering {whom}?"
    if m["want"]:
        return None if m["dau"] else capitalised(f"{who_} {'doesn' if one else 'don'}'t want to bother {whom}{at_all}.")
    if m["not"] and who_ == "you" and (m["dau"] or at_all):
        return f"You're not bothering {whom}{at_all}."
    return None


def _small_vi(m: re.Match) -> str:
    """"một việc", or "một việc nhỏ" for "a small favour", "a little favour"."""
    return f"một việc{' nhỏ' * bool(m['small'] or m.groupdict().get('small2'))}"


def _agrees(m: re.Match, verb: str) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether English says it with "-s" (mt.hobbies.who_vi), where
    `verb` ("need", "needs", "has", "doesn't", "'d like") agrees with who; None where it does not ("She need", "I
    has")."""
    who_, one = who_vi(m)
    said = " ".join(verb.lower().replace("’", "'").split())
    if "like" in said:
        return who_, one
    return (who_, one) if (said.endswith("s") or said in ("doesn't", "does not")) == one else None


def _do_vi(text: str) -> str | None:
    """"Can you do me a favour?" as "Bạn giúp tôi một việc được không?", "Could you do me a favour?" as "Bạn có thể
    giúp tôi một việc được không?", "Please do me a favour." as "Làm ơn giúp tôi một việc." (_DO_EN); None for
    anything else."""
    m = _DO_EN.fullmatch(text)
    if not m:
        return None
    me = "chúng tôi" if (m["me"] or m["me2"]) == "us" else "tôi"
    if m["bid"]:
        return f"Làm ơn giúp {me} {_small_vi(m)}."
    how = "làm ơn " if m["please"] or m["please2"] else "có thể " if m["modal"] in ("Could", "Would") else ""
    return f"Bạn {how}giúp {me} {_small_vi(m)} được không?"


def _ask_vi(text: str) -> str | None:
    """"Can I ask you a favour?" as "Tôi nhờ bạn một việc được không?", "I need a favour." as "Tôi cần nhờ bạn một
    việc.", "My mother would like to ask you a favour." as "Mẹ tôi muốn nhờ bạn một việc.", "I have a favour to ask."
    as "Tôi có một việc muốn nhờ bạn." (_ASK_EN, _NEED_EN, _HAVE_EN); None for anything else, for "you" asking you,
    and where the verb does not agree with who."""
    if m := _ASK_EN.fullmatch(text):
        if m["you"] and m["of"]:
            return None
        can = "có thể " if m["modal"] == "Could" else ""
        return f"{'Chúng tôi' if m['me'] == 'we' else 'Tôi'} {can}nhờ bạn {_small_vi(m)} được không?"
    m = _NEED_EN.fullmatch(text) or _HAVE_EN.fullmatch(text)
    verb = m and (m.groupdict().get("need") or m.groupdict().get("have") or m["like"])
    if not m or (said := _agrees(m, verb)) is None or said[0] == "bạn":
        return None
    if m.groupdict().get("have"):
        return capitalised(f"{said[0]} có một việc muốn nhờ bạn.")
    return capitalised(f"{said[0]} {'cần' if m['need'] else 'muốn'} nhờ bạn {_small_vi(m)}.")


def _owe_vi(text: str) -> str | None:
    """"I owe you one." as "Tôi nợ bạn một lần.", "Thanks, I owe you." as "Cảm ơn, tôi nợ bạn một lần.", "She owes
    me a favour." as "Cô ấy nợ tôi một lần." (_OWE_EN); None for anything else, for "I owe you." without thanks
    (money?), for who owing oneself, and where "owe" does not agree with who."""
    m = _OWE_EN.fullmatch(text)
    said = m and _agrees(m, m["owe"])
    whom = m and as_whom(m["whom"], "en")
    if not m or not said or not whom or whom == said[0] or not (m["one"] or m["thanks"]) or \
            m["thanks"] and said[0] != "tôi":
        return None
    owed = f"{said[0]} nợ {whom} một lần."
    return f"Cảm ơn{' nhiều' * bool(m['much'])}, {owed}" if m["thanks"] else capitalised(owed)


def _sorry_vi(text: str) -> str | None:
    """"Sorry for the trouble." as "Xin lỗi vì đã gây phiền phức.", "Sorry for all the trouble." as "Xin lỗi vì đã
    gây nhiều phiền phức.", "Sorry to trouble you." as "Xin lỗi đã làm phiền bạn.", "I'm sorry for any
    inconvenience." as "Tôi xin lỗi vì sự bất tiện này." (_SORRY_EN); None for anything else, and for the
    phrasebook's "Sorry to bother you." and "Sorry for the inconvenience."."""
    m = _SORRY_EN.fullmatch(text)
    if not m:
        return None
    said = not (m["im"] or m["very"])
    if said and (m["to"] == "bother" or m["inconv"] and m["any"] == "the"):
        return None
    who_ = ("Chúng tôi " if m["im"].startswith("We") else "Tôi ") if m["im"] else ""
    sorry = f"{who_}{'rất ' * bool(m['very'])}xin lỗi"
    if m["inconv"]:
        return capitalised(f"{sorry} vì sự bất tiện này.")
    if m["to"] or m["ing"]:
        return capitalised(f"{sorry} {'vì ' * bool(who_)}{'lại' if m['again'] else 'đã'} làm phiền bạn.")
    return capitalised(f"{sorry} vì đã gây {'nhiều ' * bool(m['all'])}phiền phức.")


def _no_trouble_vi(text: str) -> str | None:
    """"It's no trouble." as "Không phiền gì đâu.", "No trouble at all." as "Không phiền gì cả.", "Don't mention
    it." as "Không có gì đâu." (_NO_TROUBLE_EN); None for anything else."""
    m = _NO_TROUBLE_EN.fullmatch(text)
    if not m:
        return None
    return "Không có gì đâu." if m["mention"] else f"Không phiền gì {'cả' if m['all'] else 'đâu'}."


def _bother_vi(text: str) -> str | None:
    """"Am I bothering you?" as "Tôi có đang làm phiền bạn không?", "I don't want to bother you." as "Tôi không muốn
    làm phiền bạn.", "You're not bothering me." as "Bạn không làm phiền tôi đâu." (_BOTHER_EN); None for anything
    else, where "am", "is", "are" or "does" does not agree with who, and for who bothering oneself."""
    asked, wanted, told = (p.fullmatch(text) for p in _BOTHER_EN)
    m = asked or wanted or told
    whom = m and as_whom(m["whom"], "en")
    if not m or not whom:
        return None
    if told:
        return None if whom == "bạn" else f"Bạn không làm phiền {whom} {'chút nào' if m['all'] else 'đâu'}."
    who_, one = who_vi(m)
    if whom == who_ or asked and be_of(who_, one) != m["be"].lower() or wanted and _agrees(m, m["do"]) is None:
        return None
    if asked:
        return capitalised(f"{who_} có đang làm phiền {whom} không?")
    return capitalised(f"{who_} không muốn làm phiền {whom}.")
