"""Promises, both ways, written whole by rule: who promised (someone) to do something or that they would, who keeps
or broke their promise, "you promised (me)!", and "don't make promises you can't keep". v8 (rules on) reads "hứa
nhé?" as being promised, "hứa với" as "promised to", "thất hứa" as promising, "broke" as won or made: "Bạn hứa nhé?"
→ "Are you promised?", "Anh ấy đã hứa với tôi là anh ấy sẽ đến." → "He promised to me that he'll come.", "Tôi đã hứa
với mẹ tôi." → "I promised to my mother.", "Anh ấy đã thất hứa." → "He promised.", "Tôi sẽ không thất hứa đâu." → "I
won't promise.", "Anh ấy đã nuốt lời." → "He swallowed words."; "He promised me he would come." → "Anh ta hứa tôi sẽ
đến.", "You promised me!" → "Bạn đã hứa tôi!", "He broke his promise." → "Anh ta đã giành lời hứa.", "Promise me
you'll come." → "Hãy thông báo cho tôi biết bạn sẽ đến." (inform).

Taken: who (mt.hobbies.WHO, WHO_EN) promised or, "I" and "we", promise (someone: WHOM, WHOM_EN) to do, or not to do,
one of DOINGS (come, call back, help someone …; NOT_DOINGS only not: be late, do it again), or that who (a pronoun)
would; "Do you promise to …?", "Bạn hứa nhé?", promise me you'll …; who promised someone, "you promised (me)!"; who
always keeps, kept, didn't keep, will or has to keep their promise or word; who broke their promise (to someone)
(again), has broken it, went back on their word, or won't break it; keep your promise, don't break it; don't make
promises you can't keep. Whose promise is who's own ("He kept his promise."). Left: "Tôi hứa.", "Bạn có hứa
không?", "You promised!", promises not to tell or to keep a secret, "Promise me." (mt/telling.py); "anh", "chị",
"em" … alone saying it (mt.hobbies.who); "Bạn hứa sẽ đến." (you promise, or promise me?); "Anh ấy giữ lời hứa."
(kept, or keeps?); a name's "his" or "her"; what DOINGS does not hold ("hứa sẽ mua cho tôi một con chó"), to v8.
mt.phrasebook.translate tries these after mt/books_films.py.

    >>> translate("Bạn hứa nhé?", "vi", "en"), translate("He promised me he would come.", "en", "vi")
    ('Do you promise?', 'Anh ấy đã hứa với tôi là anh ấy sẽ đến.')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, his_her_of, own_thing, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_WORDS, his_her
from .text import EN_WHOSE, EN_WHO_VI, SOFTENED_END, capitalised, contracted, stop

# what is promised ("{}": whom, as mt.hobbies.as_whom says it); the first English of each is written back
DOINGS = {"đến": "come", "tới": "come", "quay lại": "come back", "trở lại": "come back", "gọi lại": "call back",
          "gọi lại cho {}": "call {} back", "gọi cho {}": "call {}", "gọi điện cho {}": "call {}", "gọi điện": "call",
          "giúp {}": "help {}", "giúp đỡ {}": "help {}", "giúp": "help", "về nhà sớm": "come home early",
          "đến đón {}": "pick {} up", "đến thăm {}": "visit {}", "cố gắng": "try", "nhắn tin cho {}": "text {}",
          "viết thư cho {}": "write to {}", "cẩn thận": "be careful", "đến đúng giờ": "be on time",
          "trả lại tiền cho {}": "pay {} back", "chăm sóc {}": "take care of {}", "thay đổi": "change"}
# ... said only after "không" ("Tôi hứa sẽ không đến muộn.": not to be late)
NOT_DOINGS = {"đến muộn": "be late", "đến trễ": "be late", "đi muộn": "be late", "làm thế nữa": "do it again",
              "làm vậy nữa": "do it again", "làm như vậy nữa": "do it again", "quên": "forget", "quên {}": "forget {}"}
_EXTRA_VI = {"be home early": "về nhà sớm", "get home early": "về nhà sớm"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hứa|nuốt\s+lời|giữ\s+lời)"), "en": lazy(r"(?i:promis|\bword\b)")}


def _matchers(table: dict[str, str], obj: str) -> list[tuple[re.Pattern, str]]:
    """Each key of a table of doings as a regex (its "{}" as `obj`, group "obj"), with what it says."""
    return [(re.compile(r"\s+".join(obj if w == "{}" else re.escape(w) for w in key.split()), re.IGNORECASE), said)
            for key, said in table.items()]


_OBJ = {"vi": WHOM.replace("(?P<whom>", "(?P<obj>"), "en": WHOM_EN.replace("(?P<whom>", "(?P<obj>")}
_DOING = {"vi": (_matchers(DOINGS, _OBJ["vi"]), _matchers(NOT_DOINGS, _OBJ["vi"])),
          "en": (_matchers({en: vi for vi, en in reversed(DOINGS.items())} | _EXTRA_VI, _OBJ["en"]),
                 _matchers({en: vi for vi, en in reversed(NOT_DOINGS.items())}, _OBJ["en"]))}

# who promised (someone) (that who) will or won't do something ("Anh ấy đã hứa với tôi là anh ấy sẽ đến.")
_WHO2 = WHOM.replace("(?P<whom>", "(?P<who2>")  # (a pronoun only: the one who will, said again)
_PROMISE = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<ask>có)\s+)?hứa(?:\s+với\s+{WHOM})?(?:\s+(?:là|rằng))?"
                rf"(?:\s+{_WHO2})?(?:\s+sẽ)?(?:\s+(?P<not>không))?\s+(?P<doing>[^,.!?]+?)"
                rf"(?:\s+(?P<asked>không|nhé|chứ))?(?:\s+(?:đâu|đấy|mà))?{SOFTENED_END}")
# ... promise me ("Hứa với tôi là bạn sẽ đến nhé.")
_PROMISE_ME = lazy(r"(?i:hứa)(?P<me>\s+với\s+tôi)?\s+(?:là|rằng)\s+(?:bạn\s+)?sẽ\s+(?P<not>không\s+)?"
                   r"(?P<doing>[^,.!?]+?)(?:\s+(?:nhé|nha|đi))?\s*[.!]*")
# ... and nothing more ("Bạn đã hứa rồi mà!", "Tôi đã hứa với mẹ tôi.", "Bạn hứa nhé?")
_PROMISED = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?hứa(?:\s+với\s+{WHOM})?(?:\s+(?P<done>rồi))?"
                 rf"(?:\s+(?P<ma>mà)|\s+(?P<asked>nhé|chứ))?{SOFTENED_END}")
# who keeps the promise, or their word ("Anh ấy luôn giữ lời hứa.", "Bạn sẽ giữ lời hứa chứ?")
_KEEP = lazy(rf"{WHO}\s+(?:(?P<always>luôn(?:\s+luôn)?)\s+|(?P<did>đã)\s+(?P<not>không\s+)?|(?P<will>sẽ)\s+|"
             r"(?P<must>(?:cần\s+)?phải)\s+)?giữ\s+lời(?P<promise>\s+hứa)?(?:\s+(?P<asked>chứ))?"
             rf"(?:\s+(?:nhé|đấy|mà))?{SOFTENED_END}")
_KEEP_IT = lazy(r"(?:(?P<please>(?i:hãy|làm\s+ơn))\s+)?(?i:giữ)\s+lời(?P<promise>\s+hứa)?(?:\s+(?P<nhe>nhé|nha))?"
                r"\s*[.!]*")
# who broke it ("Anh ấy đã thất hứa.", "Cô ấy lại thất hứa với tôi.", "Tôi sẽ không thất hứa đâu.")
_BROKE = r"(?P<verb>thất\s+hứa|bội\s+hứa|nuốt\s+lời|phá\s+vỡ\s+lời\s+hứa)"
_BREAK = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<again>(?:đã\s+)?lại)\s+|(?P<wont>sẽ\s+không)\s+)?{_BROKE}"
              rf"(?:\s+với\s+{WHOM})?(?:\s+(?P<done>rồi))?(?:\s+(?:đâu|mà))?\s*(?P<end>[.!]*)")
_DONT_BREAK = lazy(rf"(?i:đừng)\s+(?:có\s+)?{_BROKE}(?:\s+(?:nhé|nha))?\s*[.!]*")
_DONT_PROMISE = lazy(r"(?i:đừng)\s+hứa(?:\s+hẹn)?\s+(?:những\s+)?(?:điều|gì|thứ)\s+(?:mà\s+)?(?:bạn|mình)\s+"
                     r"không\s+(?:thể\s+)?(?:làm|giữ|thực\s+hiện)(?:\s+được)?\s*[.!]*")

# ... and in English ("She promised me she would come.", "I promise I won't be late.", "Do you promise to call?")
_AUX = r"['’]ll|['’]d|\s+will\s+not|\s+would\s+not|\s+will|\s+would|\s+won['’]t|\s+wouldn['’]t"
_PROMISE_EN = lazy(rf"(?:(?P<do>Do|Did)\s+)?{WHO_EN}\s+(?P<verb>promised|promise)(?:\s+{WHOM_EN})?"
                   r"(?:(?P<not>\s+not)?\s+to\s+(?P<doing>[^,.!?]+?)|,?\s+(?:that\s+)?(?P<who2>(?i:I|you|"
                   rf"he|she|we|they))(?P<aux>{_AUX})\s+(?P<doing2>[^,.!?]+?))\s*(?P<end>[.!?]*)")
_PROMISE_ME_EN = lazy(r"Promise(?P<me>\s+me)?,?\s+(?:that\s+)?you(?P<aux>['’]ll|\s+will\s+not|\s+will|"
                      r"\s+won['’]t)\s+(?P<doing>[^,.!?]+?)\s*[.!]*")
_PROMISED_EN = lazy(rf"(?:(?P<do>Do)\s+)?{WHO_EN}\s+(?P<verb>promised|promise)(?:\s+{WHOM_EN})?"
                    r"\s*(?P<end>[.!?]*)")
_KEEP_EN = lazy(rf"(?:(?P<will0>Will)\s+)?{WHO_EN}(?:\s+(?P<always>always)|(?P<will>['’]ll|\s+will)|"
                r"\s+(?P<must>have\s+to|has\s+to|must)|\s+(?P<didnt>didn['’]t|did\s+not))?\s+(?P<verb>keeps|keep|"
                rf"kept)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<what>promises|promise|word)\s*(?P<end>[.!?]*)")
_KEEP_IT_EN = lazy(r"(?P<please>(?i:please)\s+)?(?i:keep)\s+your\s+(?P<what>promise|word)"
                   r"(?P<please2>,?\s+please)?\s*[.!]*")
_BREAK_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ll\s+never|\s+will\s+never|\s+won['’]t|\s+will\s+not|['’]s|['’]ve|"
                 r"\s+has|\s+have)?\s+(?P<verb>broke|broken|break|(?:went|gone|go)\s+back\s+on)\s+"
                 rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+(?P<what>promise|word)(?:\s+to\s+{WHOM_EN})?"
                 r"(?P<again>\s+again)?\s*(?P<end>[.!]*)")
_DONT_BREAK_EN = lazy(r"(?i:don['’]t|do\s+not)\s+(?P<verb>break|go\s+back\s+on)\s+your\s+(?P<what>promise|word)"
                      r"\s*[.!]*")
_DONT_PROMISE_EN = lazy(r"(?i:don['’]t|do\s+not)\s+make\s+promises\s+(?:that\s+)?you\s+(?:can['’]t|cannot|"
                        r"can\s+not)\s+keep\s*[.!]*")
# each English verb of breaking it, by the tense it goes with, and whether it is said of one's word ("nuốt lời")
_BROKEN = {"broke": ("did", False), "broken": ("has", False), "break": ("will", False), "went back on": ("did", True),
           "gone back on": ("has", True), "go back on": ("will", True)}
_SUBJECT = {"his": "he", "her": "she"}  # (someone by kin said again as a pronoun: "my mother … she")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that promises, keeps or breaks a promise; None for any other."""
    rules = _VI if src == "vi" else _EN
    return next((said for rule in rules if (said := rule(text))), None)


def _doing(said: str, lang: str, negated: bool) -> str | None:
    """What is promised, of DOINGS (or, `negated`, also NOT_DOINGS) in the other language: "gọi lại cho tôi" as
    "call me back", "call me back" as "gọi lại cho tôi"; None for anything else."""
    for pattern, out in _DOING[lang][0] + (_DOING[lang][1] if negated else []):
        if m := pattern.fullmatch(said):
            whom = as_whom(m["obj"], lang) if "{}" in out else ""
            return whom and out.format(whom) if "{}" in out else out
    return None


def _said(said: str | None) -> str:
    """Words as typed, in small letters, spaces and apostrophes made one: "’ll" as "'ll"."""
    return " ".join((said or "").lower().replace("’", "'").split())


def _pronoun(m: re.Match, who_: str) -> str | None:
    """Who of a match of WHO as an English pronoun: "I", "he" … as they are, "my mother" as "she", "Bác Hùng" as "he"
    (and so whose: EN_WHOSE); None for a name (he or she, not known)."""
    if m["who"]:
        return who_
    return (m["kin"] or m["title"]) and _SUBJECT.get(his_her_of(m) or "")


def _will(who_: str, past: bool, negated: bool) -> str:
    """Who, and "would" (`past`) or "will", said as English says it: "he would", "he wouldn't", "I'll", "I won't"."""
    if past:
        return f"{who_} " + ("wouldn't" if negated else "would")
    return f"{who_} won't" if negated else contracted(who_, "will")


def _promise(text: str) -> str | None:
    """"Anh ấy hứa sẽ gọi lại." as "He promised to call back.", "Anh ấy đã hứa với tôi là anh ấy sẽ đến." as "He
    promised me he would come.", "Tôi hứa sẽ không đến muộn." as "I promise not to be late.", "Bạn hứa sẽ đến chứ?"
    as "Do you promise to come?" (_PROMISE); "I" and "we" promise, anyone else promised (with "đã" or not)."""
    m = _PROMISE.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or (m["ask"] or asked) and m["asked"] not in (("không",) if m["ask"] else ("không", "nhé", "chứ")):
        return None
    if not asked and m["asked"] not in (None, "nhé") or (said := who(m, asked)) is None:
        return None
    who_, negated = said[0], bool(m["not"])
    doing, whom = _doing(m["doing"], "vi", negated), m["whom"] and as_whom(m["whom"], "vi")
    if doing is None or m["whom"] and not whom:
        return None
    whom, who2 = f" {whom}" if whom else "", PRONOUNS.get(_said(m["who2"] or ""))
    if m["who2"] and not who2:
        return None
    to = f"{'not ' * negated}to {doing}"
    if asked:
        if who_ != "you" or m["did"]:
            return None
        return f"Do you promise{whom} {_will(who2 or 'you', False, negated)} {doing}?" if whom or who2 else \
            f"Do you promise {to}?"
    past = bool(m["did"]) or who_ not in ("I", "we", "you")
    if not past and (who_ == "you" or who2 and who2 != who_):
        return None  # ("Bạn hứa sẽ đến.": you promise, or promise me?)
    if not (whom or who2):
        return capitalised(f"{who_} {'promised' if past else 'promise'} {to}{stop(m['end'])}")
    who2 = who2 or _pronoun(m, who_)
    said = f"{who_} promise{'d' * past}{whom} {_will(who2, past, negated)} {doing}" if who2 else None
    return said and capitalised(said + stop(m["end"]))


def _promise_me(text: str) -> str | None:
    """"Hứa với tôi là bạn sẽ đến nhé." as "Promise me you'll come." (_PROMISE_ME); None for what DOINGS does not
    hold ("Hứa là bạn sẽ không nói với ai nhé." is mt/telling.py's)."""
    m = _PROMISE_ME.fullmatch(text)
    doing = m and _doing(m["doing"], "vi", bool(m["not"]))
    will = " won't" if m and m["not"] else "'ll"
    return doing and f"Promise{' me' * bool(m['me'])} you{will} {doing}."


def _promised(text: str) -> str | None:
    """"Bạn đã hứa rồi mà!" as "You promised!", "Tôi đã hứa với mẹ tôi." as "I promised my mother.", "Tôi hứa với
    bạn." as "I promise you.", "Bạn hứa nhé?" as "Do you promise?" (_PROMISED); None for what mt/telling.py takes."""
    m = _PROMISED.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["asked"]) or (said := who(m, asked)) is None:
        return None
    who_, whom = said[0], m["whom"] and as_whom(m["whom"], "vi")
    if m["whom"] and not whom:
        return None
    whom = f" {whom}" if whom else ""
    if asked:
        return f"Do you promise{whom}?" if who_ == "you" and not (m["did"] or m["done"]) else None
    if m["did"] or m["done"] or who_ not in ("I", "we", "you"):
        already = "already " if m["done"] and not m["ma"] else ""
        return capitalised(f"{who_} {already}promised{whom}{stop(m['end'])}") if whom or m["done"] or m["ma"] else None
    return capitalised(f"{who_} promise{whom}{stop(m['end'])}") if whom and who_ != "you" else None


def _keep(text: str) -> str | None:
    """"Anh ấy luôn giữ lời hứa." as "He always keeps his promises.", "Tôi sẽ giữ lời." as "I'll keep my word.",
    "Bạn sẽ giữ lời hứa chứ?" as "Will you keep your promise?" (_KEEP); None for "Anh ấy giữ lời hứa." (kept, or
    keeps?)."""
    m = _KEEP.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["asked"]) or asked and not m["will"] or (said := who(m, asked)) is None:
        return None
    (who_, one), whose = said, EN_WHOSE.get(_pronoun(m, said[0]) or "")
    what = "promise" if m["promise"] else "word"
    if whose is None:
        return None
    if asked:
        return f"Will {who_} keep {whose} {what}?"
    if m["always"]:
        return capitalised(f"{who_} always keep{'s' * one} {whose} {what}{'s' * (what == 'promise')}{stop(m['end'])}")
    if m["did"]:
        kept = "didn't keep" if m["not"] else "kept"
        return capitalised(f"{who_} {kept} {whose} {what}{stop(m['end'])}")
    if m["will"]:
        return capitalised(contracted(who_, f"will keep {whose} {what}{stop(m['end'])}"))
    if m["must"]:
        return capitalised(f"{who_} {'has' if one else 'have'} to keep {whose} {what}{stop(m['end'])}")
    return None


def _break(text: str) -> str | None:
    """"Anh ấy đã thất hứa." as "He broke his promise.", "Cô ấy lại thất hứa với tôi." as "She broke her promise to me
    again.", "Anh ấy nuốt lời rồi." as "He's gone back on his word.", "Tôi sẽ không thất hứa đâu." as "I won't break
    my promise." (_BREAK); None without "đã", "lại", "sẽ không" or "rồi"."""
    m = _BREAK.fullmatch(text)
    if not m or (said := who(m, False)) is None or m["wont"] and m["done"]:
        return None
    (who_, one), whose = said, EN_WHOSE.get(_pronoun(m, said[0]) or "")
    whom = m["whom"] and as_whom(m["whom"], "vi")
    if whose is None or m["whom"] and not whom:
        return None
    word = _said(m["verb"]) == "nuốt lời"
    what = f"{whose} {'word' if word else 'promise'}{f' to {whom}' if whom else ''}"
    if m["wont"]:
        return capitalised(f"{who_} won't {'go back on' if word else 'break'} {what}{stop(m['end'])}")
    if m["did"] or m["again"]:
        broke = "went back on" if word else "broke"
        return capitalised(f"{who_} {broke} {what}{' again' * bool(m['again'])}{stop(m['end'])}")
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {'gone back on' if word else 'broken'} "
                                            f"{what}{stop(m['end'])}"))
    return None


def _dont(text: str) -> str | None:
    """"Hãy giữ lời hứa nhé." as "Keep your promise.", "Đừng thất hứa nhé." as "Don't break your promise.", "Đừng nuốt
    lời." as "Don't go back on your word.", "Đừng hứa những điều bạn không làm được." as "Don't make promises you
    can't keep." (_KEEP_IT, _DONT_BREAK, _DONT_PROMISE); None for "Giữ lời hứa." (without "hãy", "làm ơn", "nhé")."""
    if _DONT_PROMISE.fullmatch(text):
        return "Don't make promises you can't keep."
    if m := _KEEP_IT.fullmatch(text):
        please = "Please k" if m["please"] and _said(m["please"]) == "làm ơn" else "K"
        return f"{please}eep your {'promise' if m['promise'] else 'word'}." if m["please"] or m["nhe"] else None
    m = _DONT_BREAK.fullmatch(text)
    return m and ("Don't go back on your word." if _said(m["verb"]) == "nuốt lời" else "Don't break your promise.")


_VI = (_promise, _promise_me, _promised, _keep, _break, _dont)


def _promise_vi(text: str) -> str | None:
    """"He promised to call back." as "Anh ấy đã hứa sẽ gọi lại.", "He promised me he would come." as "Anh ấy đã hứa
    với tôi là anh ấy sẽ đến.", "I promise I won't be late." as "Tôi hứa sẽ không đến muộn.", "Did he promise to
    come?" as "Anh ấy có hứa sẽ đến không?" (_PROMISE_EN); "I" and "we" promise, anyone promised; None where "would"
    or "will" does not go with the tense."""
    m = _PROMISE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["verb"] != "promise":
        return None
    pronoun, past = (m["who"] or "").lower(), m["verb"] == "promised" or m["do"] == "Did"
    if m["do"] == "Do" and pronoun != "you" or not (m["do"] or past or pronoun in ("i", "we")):
        return None
    aux, (who_, _) = _said(m["aux"]), who_vi(m)
    negated = bool(m["not"]) or "not" in aux or "n't" in aux
    if m["who2"] and (aux in ("'d", "would", "would not", "wouldn't")) != past:
        return None
    doing, whom = _doing(m["doing"] or m["doing2"], "en", negated), m["whom"] and as_whom(m["whom"], "en")
    if doing is None or m["whom"] and not whom:
        return None
    then = ""
    if m["who2"]:
        who2, own = m["who2"].lower(), pronoun or _SUBJECT.get(his_her(who_) or "")
        if own is None or who2 != own and not past:
            return None  # (a name said again as "he" or "she": the same one, or another?)
        then = f" là {EN_WHO_VI[who2]}" if who2 != own else f" là {who_}" if whom and pronoun else " là" * bool(whom)
    promised = f"{'có ' if m['do'] else 'đã ' if past else ''}hứa{f' với {whom}' if whom else ''}{then}"
    said = f"{who_} {promised} sẽ {'không ' * negated}{doing}"
    return capitalised(f"{said} không?" if m["do"] else f"{said}{stop(m['end'])}")


def _promise_me_vi(text: str) -> str | None:
    """"Promise me you'll come." as "Hứa với tôi là bạn sẽ đến nhé." (_PROMISE_ME_EN)."""
    m = _PROMISE_ME_EN.fullmatch(text)
    negated = bool(m and "n" in _said(m["aux"]))
    doing = m and _doing(m["doing"], "en", negated)
    return doing and f"Hứa{' với tôi' * bool(m['me'])} là bạn sẽ {'không ' * negated}{doing} nhé."


def _promised_vi(text: str) -> str | None:
    """"You promised me!" as "Bạn đã hứa với tôi rồi mà!", "I promised my mother." as "Tôi đã hứa với mẹ tôi.", "I
    promise you." as "Tôi hứa với bạn.", "You promise?" as "Bạn hứa nhé?" (_PROMISED_EN); None where "promise" does
    not go with who."""
    m = _PROMISED_EN.fullmatch(text)
    asked, pronoun = bool(m and "?" in m["end"]), m and (m["who"] or "").lower()
    if not m or m["do"] and (not asked or m["verb"] != "promise" or pronoun != "you"):
        return None
    who_, whom = who_vi(m)[0], m["whom"] and as_whom(m["whom"], "en")
    if m["whom"] and not whom:
        return None
    whom = f" với {whom}" if whom else ""
    if m["verb"] == "promised":
        return None if asked else capitalised(f"{who_} đã hứa{whom}{' rồi mà!' if '!' in m['end'] else '.'}")
    if asked:
        return f"Bạn có hứa{whom} không?" if m["do"] else f"Bạn hứa{whom} nhé?" if pronoun == "you" else None
    return capitalised(f"{who_} hứa{whom}{stop(m['end'])}") if whom and pronoun in ("i", "we") else None


def _keep_vi(text: str) -> str | None:
    """"He always keeps his promises." as "Anh ấy luôn giữ lời hứa.", "He kept his promise." as "Anh ấy đã giữ lời
    hứa.", "Will you keep your promise?" as "Bạn sẽ giữ lời hứa chứ?", "I have to keep my word." as "Tôi phải giữ
    lời." (_KEEP_EN); None where whose is not who's own, or the verb does not agree with who."""
    m = _KEEP_EN.fullmatch(text)
    if not m or bool(m["will0"]) != ("?" in m["end"]):
        return None
    (who_, one), must, verb = who_vi(m), _said(m["must"]), m["verb"]
    if own_thing(m, who_, one) is not True or m["always"] and m["what"] == "promise":
        return None  # ("He kept her promise", "He always keeps his promise")
    form = "kept" if not (m["always"] or m["will"] or m["will0"] or must or m["didnt"]) else "keep"
    if verb != f"{form}{'s' * bool(m['always'] and one)}" or must.startswith("ha") and (must == "has to") != one:
        return None
    kept = f"giữ lời{' hứa' * (m['what'] != 'word')}"
    if m["will0"]:
        return None if m["always"] or m["will"] or must or m["didnt"] else capitalised(f"{who_} sẽ {kept} chứ?")
    done = "luôn" if m["always"] else "sẽ" if m["will"] else "phải" if must else "đã không" if m["didnt"] else "đã"
    return capitalised(f"{who_} {done} {kept}{stop(m['end'])}")


def _break_vi(text: str) -> str | None:
    """"He broke his promise." as "Anh ấy đã thất hứa.", "She broke her promise to me again." as "Cô ấy lại thất hứa
    với tôi.", "He went back on his word." as "Anh ấy đã nuốt lời.", "I won't break my promise." as "Tôi sẽ không
    thất hứa đâu." (_BREAK_EN); None where whose is not who's own, or "has" does not agree with who."""
    m = _BREAK_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), aux, verb = who_vi(m), _said(m["aux"]), " ".join(m["verb"].split())
    has, will = aux in ("'s", "'ve", "has", "have"), aux not in ("", "'s", "'ve", "has", "have")
    tense, back = _BROKEN[verb]
    if own_thing(m, who_, one) is not True or tense != ("has" if has else "will" if will else "did") or has and (
            aux in ("'s", "has")) != one:
        return None
    whom = m["whom"] and as_whom(m["whom"], "en")
    if back and m["what"] != "word" or m["whom"] and not whom or m["again"] and aux:
        return None
    broke = f"{'nuốt lời' if back else 'thất hứa'}{f' với {whom}' if whom else ''}"
    if will:
        return capitalised(f"{who_} sẽ không bao giờ {broke}." if "never" in aux else f"{who_} sẽ không {broke} đâu.")
    return capitalised(f"{who_} {'lại' if m['again'] else 'đã'} {broke}{' rồi' * has}{stop(m['end'])}")


def _dont_vi(text: str) -> str | None:
    """"Don't break your promise." as "Đừng thất hứa nhé.", "Don't go back on your word." as "Đừng nuốt lời nhé.",
    "Keep your promise." as "Hãy giữ lời hứa nhé.", "Don't make promises you can't keep." as "Đừng hứa những điều mà
    bạn không làm được." (_DONT_BREAK_EN, _KEEP_IT_EN, _DONT_PROMISE_EN)."""
    if _DONT_PROMISE_EN.fullmatch(text):
        return "Đừng hứa những điều mà bạn không làm được."
    if m := _KEEP_IT_EN.fullmatch(text):
        kept = f"giữ lời{' hứa' * (m['what'] == 'promise')}"
        return f"Làm ơn {kept}." if m["please"] or m["please2"] else f"Hãy {kept} nhé."
    m = _DONT_BREAK_EN.fullmatch(text)
    if not m or m["verb"].startswith("go") != (m["what"] == "word"):
        return None
    return f"Đừng {'nuốt lời' if m['verb'].startswith('go') else 'thất hứa'} nhé."


_EN = (_promise_vi, _promise_me_vi, _promised_vi, _keep_vi, _break_vi, _dont_vi)
