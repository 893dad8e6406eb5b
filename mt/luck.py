"""Luck and surprise, both ways, written whole by rule: who is (so, very, not very, always) lucky or unlucky (today,
lately), got lucky, was lucky to survive; someone's lucky day; what bad luck, how lucky, lucky you; what a (nice)
surprise, surprise!, who would have thought, it's a surprise (party); who didn't expect whom to come (to remember, to
call, to be here) or to see whom here; who surprised whom; who has a surprise for whom; who threw or is planning a
surprise party for whom. v8 (rules on) reads "xui" as far or too much, "đen đủi" as black, "may" as may, "bất ngờ" as
suddenly, "ngờ" as surprise and "unlucky" as lucky: "Hôm nay tôi xui quá." → "I'm so far.", "Tôi thật đen đủi." → "I'm
black enough.", "Xui quá!" → "Too late!", "May quá!" → "May be too!", "Anh ấy may mắn quá." → "He lucky.", "Cô ấy may
mắn sống sót." → "She lucky to survive.", "Bố tôi gặp may." → "I met luck.", "Thật bất ngờ!" → "Suddenly!", "Ngạc nhiên
chưa!" → "Not yet!", "Tôi không ngờ bạn đến." → "I don't surprise you coming.", "Tôi không ngờ bạn còn nhớ." → "I'm not
surprised to remember.", "Bạn luôn làm tôi bất ngờ." → "You're always surprised.", "Anh ấy làm tôi ngạc nhiên." → "He
was surprised at me."; "I'm so unlucky today." → "Hôm nay tôi rất may mắn." (the opposite), "I've been so unlucky
lately." → "Tôi đã rất may mắn.", "Bad luck!" → "Thật may mắn!", "Lucky you!" → "Chúc bạn!", "What a surprise!" →
"Điều bất ngờ!", "Surprise!" → "Hãy chôn vùi!" (bury), "It was a surprise party." → "Đó là một đảng bất ngờ." (a
political party), "We threw her a surprise party." → "Chúng tôi ném cô ấy …" (threw at), "She surprised me." → "Cô ấy
ngạc nhiên với tôi.", "Who would've thought!" → "Ai sẽ nghĩ!".

Taken: who (mt.hobbies.WHO, WHO_EN) lucky ("may mắn") or unlucky ("xui", "xui xẻo", "đen đủi"), with "thật", "rất",
"khá", "hơi" (unlucky only), "không … (lắm)" (lucky only), "quá", "lắm", "luôn", "lúc nào cũng", today ("hôm nay") or
lately ("dạo này", "gần đây"), said; who got lucky ("gặp may") or is always lucky; was lucky to survive ("may mắn
sống sót", "thoát chết"), is lucky to be alive ("còn sống"); "Hôm nay (không phải) là ngày may mắn của tôi."; the
exclamations of _SAID; who (not said: the speaker) didn't expect whom (mt.hobbies.WHOM) to come, to come here, to
remember ("còn nhớ"), to call, to be here, or to see whom here; who made whom surprised ("làm … bất ngờ", "ngạc
nhiên"), or always does; who has a (little) surprise for whom; who threw, is planning or is throwing a surprise party
for whom. Left: "anh", "chị", "em" alone saying it (the speaker or the listener), asked luck, "gặp xui", "may" or
"đen" alone of who (sew, dark), "nhớ" alone (remember or miss), "May mà …" (luckily, a clause), "Thật không may"
(mostly "Unfortunately, …": as a last clause it would be "what bad luck"), how surprised who is ("Tôi rất ngạc
nhiên.": the model, right; mt/moods.py leaves it too), wishes of luck (mt/wishes.py, the phrasebook), a verb that does
not agree ("He have a surprise"), and anything else.
mt.phrasebook.translate tries these after mt/forgiving.py.

    >>> translate("Hôm nay tôi xui quá.", "vi", "en"), translate("I didn't expect you to come.", "en", "vi")
    ("I'm so unlucky today.", 'Tôi không ngờ bạn lại đến.')
"""
from __future__ import annotations

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI
from .text import BE_EN, alternatives, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:may|xui|đen\s+đủi|hên|ngờ|ngạc\s+nhiên)"),
         "en": lazy(r"(?i:luck|surpris|expect|fancy|thought)")}

# exclamations, no one said (the speaker, or what just happened), each way, as whole sentences
_SAID = {"What bad luck!": ("xui quá", "xui thật", "thật xui", "thật xui xẻo", "xui xẻo quá", "thật là xui xẻo",
                            "đen đủi quá", "thật đen đủi", "thật là đen đủi", "không may quá"),
         "How lucky!": ("may quá", "may thật", "thật may", "may mắn quá", "thật may mắn", "thật là may mắn", "hên quá",
                        "hên thật"),
         "What a surprise!": ("thật bất ngờ", "bất ngờ quá", "thật là bất ngờ", "bất ngờ thật", "thật ngạc nhiên",
                              "thật là ngạc nhiên", "ngạc nhiên quá"),
         "What a nice surprise!": ("thật là một bất ngờ thú vị", "một bất ngờ thú vị", "thật là bất ngờ thú vị"),
         "Surprise!": ("ngạc nhiên chưa", "bất ngờ chưa"),
         "Who would have thought!": ("ai mà ngờ được", "ai ngờ được", "ai mà ngờ"),
         "It's a surprise.": ("đó là một bất ngờ", "đó là bất ngờ"),
         "It's a surprise party.": ("đó là một bữa tiệc bất ngờ", "đó là tiệc bất ngờ")}
_SAID_VI = {"Xui quá!": ("what bad luck", "bad luck", "hard luck", "such bad luck", "what rotten luck"),
            "May quá!": ("how lucky", "what luck", "that was lucky", "that's lucky"),
            "Bạn may mắn thật đấy!": ("lucky you",), "Tôi may mắn thật!": ("lucky me",),
            "Thật bất ngờ!": ("what a surprise", "this is a surprise"),
            "Thật là một bất ngờ thú vị!": ("what a nice surprise", "what a pleasant surprise",
                                            "what a lovely surprise", "this is a nice surprise"),
            "Bất ngờ chưa!": ("surprise",),
            "Ai mà ngờ được!": ("who would have thought", "who would've thought", "who'd have thought",
                                "who would have thought it", "who'd have thought it"),
            "Không ngờ lại gặp bạn ở đây!": ("fancy seeing you here", "fancy meeting you here"),
            "Đó là một bất ngờ.": ("it's a surprise", "it is a surprise", "it was a surprise"),
            "Đó là một bữa tiệc bất ngờ.": ("it's a surprise party", "it is a surprise party",
                                            "it was a surprise party")}
_SAID_KEYED = {vi: en for en, said in _SAID.items() for vi in said}
_SAID_VI_KEYED = {en: vi for vi, said in _SAID_VI.items() for en in said}

# who is lucky or unlucky, how, and when ("Hôm nay tôi xui quá.", "Dạo này anh ấy đen đủi lắm.")
_LUCKY = {"may mắn": "lucky", "xui": "unlucky", "xui xẻo": "unlucky", "đen đủi": "unlucky"}
_HOW = {"thật": "really", "rất": "very", "hơi": "a bit", "khá": "quite", "luôn": "always", "lúc nào cũng": "always"}
_AFTER = {"quá": "so", "ghê": "so", "lắm": "very", "thật": "really", "thật đấy": "really", "thật sự": "really"}
_WHEN = {"hôm nay": "today", "dạo này": "lately", "gần đây": "lately", "dạo gần đây": "lately"}


def _when(n: int) -> str:
    """A regex for today or lately in Vietnamese, in a group "when" with `n` after it (said before who, or after)."""
    return rf"(?:(?P<when{n}>(?i:{alternatives(_WHEN)}))\s+)?"


_LUCK = lazy(rf"{_when(0)}{WHO}\s+{_when(1)}(?:(?P<not>không)\s+|(?P<how>{alternatives(_HOW)})\s+)?"
             rf"(?P<word>{alternatives(_LUCKY)})(?:\s+(?P<after>{alternatives(_AFTER)}))?\s*(?P<end>[.!]*)")
# ... got lucky ("Bố tôi gặp may."), is always lucky, was lucky to survive ("Cô ấy may mắn sống sót.")
_GOT = lazy(rf"{_when(0)}{WHO}\s+{_when(1)}(?:đã\s+|(?P<always>luôn|lúc\s+nào\s+cũng)\s+)?gặp\s+may"
            r"(?:\s+(?:rồi|đấy|thật))?\s*(?P<end>[.!]*)")
_SURVIVED = lazy(rf"{WHO}\s+(?:đã\s+)?(?:thật\s+|rất\s+)?may\s+mắn\s+(?:(?P<survived>sống\s+sót|thoát\s+chết)|"
                 r"(?P<alive>(?:vẫn\s+)?còn\s+sống))\s*(?P<end>[.!]*)")
# someone's lucky day ("Hôm nay là ngày may mắn của tôi.")
_DAY = lazy(rf"(?i:hôm\s+nay)\s+(?P<not>không\s+phải\s+)?là\s+ngày\s+may\s+mắn\s+của\s+"
            rf"(?P<whose>(?i:{alternatives(OWNERS)}))\s*(?P<end>[.!]*)")
# who didn't expect whom to come ("Tôi không ngờ bạn lại đến.") or to see whom here ("Không ngờ lại gặp bạn ở đây!")
_DOING = {"đến": "come", "tới": "come", "đến đây": "come here", "tới đây": "come here", "còn nhớ": "remember",
          "vẫn còn nhớ": "remember", "gọi": "call", "gọi điện": "call", "ở đây": "be here"}
_DOING_VI = {"come": "lại đến", "come here": "lại đến đây", "remember": "còn nhớ", "call": "lại gọi",
             "be here": "lại ở đây"}
_NOT_EXPECTED = r"(?:(?i:đã|thật)\s+)?(?i:không)\s+(?:hề\s+)?ngờ\s+(?:(?:là|rằng)\s+)?"
_EXPECTED = lazy(rf"(?:{WHO}\s+)?{_NOT_EXPECTED}(?:{WHOM}\s+(?:(?:lại|sẽ)\s+)?(?P<doing>{alternatives(_DOING)})|"
                 r"(?:lại\s+)?(?:được\s+)?gặp\s+(?P<seen>[^.!?]+?)\s+ở\s+đây)(?:\s+(?:đấy|đó))?\s*(?P<end>[.!]*)")
# who surprised whom ("Bạn làm tôi bất ngờ đấy."), who has a surprise for whom, a surprise party thrown or planned
_SURPRISED = lazy(rf"{WHO}\s+(?:(?P<always>luôn(?:\s+luôn)?|lúc\s+nào\s+cũng)\s+)?(?:làm|khiến)\s+(?:cho\s+)?"
                  rf"{WHOM}\s+(?:(?P<very>rất)\s+)?(?:bất\s+ngờ|ngạc\s+nhiên)(?:\s+(?P<after>quá|lắm|đấy|thật"
                  r"(?:\s+đấy)?))?\s*(?P<end>[.!]*)")
_HAS = lazy(rf"{WHO}\s+có\s+(?:một\s+)?(?:điều\s+)?bất\s+ngờ(?P<small>\s+nhỏ)?\s+(?:dành\s+)?cho\s+{WHOM}"
            r"\s*(?P<end>[.!]*)")
_PARTY = lazy(rf"{WHO}\s+(?:(?P<did>đã\s+tổ\s+chức)|đang\s+(?:(?P<plan>chuẩn\s+bị|lên\s+kế\s+hoạch)|"
              rf"tổ\s+chức))\s+(?:một\s+)?(?:bữa\s+)?tiệc\s+bất\s+ngờ\s+cho\s+{WHOM}\s*(?P<end>[.!]*)")

# ... and in English
_LUCK_EN = lazy(rf"{WHO_EN}(?:{BE_EN}|(?P<been>['’]ve\s+been|\s+have\s+been|['’]s\s+been|\s+has\s+been)|"
                r"(?P<was>\s+was|\s+were)|(?P<got>\s+got))(?P<not>\s+not|n['’]t)?(?:\s+(?P<always>always))?"
                r"(?:\s+(?P<how>so|very|really|quite|a\s+bit))?\s+(?P<word>lucky|unlucky)(?P<alive>\s+to\s+"
                r"(?:survive|be\s+alive))?(?:\s+(?P<when>today|lately|recently|these\s+days))?\s*(?P<end>[.!]*)")
_DAY_EN = lazy(rf"(?i:today|it|this)(?:['’]s|\s+is)(?P<not>\s+not|n['’]t)?\s+(?P<whose>(?i:"
               rf"{alternatives(WHOSE_VI)}))\s+lucky\s+day\s*(?P<end>[.!]*)")
_EXPECTED_EN = lazy(rf"{WHO_EN}\s+(?:didn['’]t\s+expect|did\s+not\s+expect|never\s+expected)\s+(?:{WHOM_EN}\s+to"
                    r"\s+(?P<doing>come(?:\s+here)?|remember|call|be\s+here)|to\s+(?:see|meet)\s+(?P<seen>"
                    r"[^.!?]+?)\s+here)\s*(?P<end>[.!]*)")
_SURPRISED_EN = lazy(rf"{WHO_EN}(?:\s+(?P<always>always)|\s+(?P<really>really))?\s+(?P<verb>surprised|surprises|"
                     rf"surprise)\s+{WHOM_EN}(?:\s+there)?\s*(?P<end>[.!]*)")
_HAS_EN = lazy(rf"{WHO_EN}(?P<have>\s+have\s+got|\s+has\s+got|['’]ve\s+got|['’]s\s+got|\s+have|\s+has)\s+a\s+"
               rf"(?P<small>little\s+|small\s+)?surprise\s+for\s+{WHOM_EN}\s*(?P<end>[.!]*)")
_PARTY_EN = lazy(rf"{WHO_EN}(?:\s+(?P<did>threw)|{BE_EN}\s+(?:(?P<plan>planning)|throwing))\s+(?:a\s+surprise\s+"
                 rf"party\s+for\s+{WHOM_EN}|(?P<whom2>him|her|them|me|us|you)\s+a\s+surprise\s+party)"
                 r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about someone's luck, a surprise, or what they did not expect; None for any
    other."""
    if src == "vi":
        return _said(text) or _luck(text) or _got(text) or _day(text) or _expected(text) or _surprised(text)
    return _said_vi(text) or _luck_vi(text) or _day_vi(text) or _expected_vi(text) or _surprised_vi(text)


def _ended(said: str, end: str) -> str:
    """A sentence of _SAID or _SAID_VI, "!" for its "." where the source ended with "!"."""
    return f"{said[:-1]}!" if said.endswith(".") and "!" in end else said


def _said(text: str) -> str | None:
    """"Xui quá!" as "What bad luck!", "May quá!" as "How lucky!", "Thật bất ngờ!" as "What a surprise!", "Ngạc
    nhiên chưa!" as "Surprise!" (_SAID); None for anything else."""
    said = _SAID_KEYED.get(keyed(text).rstrip(".!? "))
    return said and _ended(said, text[-1:])


def _luck(text: str) -> str | None:
    """"Hôm nay tôi xui quá." as "I'm so unlucky today.", "Anh ấy thật xui xẻo." as "He's really unlucky.", "Tôi không
    may mắn lắm." as "I'm not very lucky.", "Dạo này tôi đen đủi lắm." as "I've been very unlucky lately." (_LUCK);
    None for anything else, and for two words of how much ("thật … quá")."""
    m = _LUCK.fullmatch(text)
    if not m or m["when0"] and m["when1"] or (said := who(m, False)) is None:
        return None
    who_, one = said
    word, how, after = _LUCKY[keyed(m["word"])], _HOW.get(keyed(m["how"] or "")), _AFTER.get(keyed(m["after"] or ""))
    when = _WHEN.get(keyed(m["when0"] or m["when1"] or ""))
    if m["not"] and (word == "unlucky" or after not in (None, "very")) or how and after and how != "always" or \
            how == "a bit" and word == "lucky" or how == "always" and when:
        return None
    degree = after or (how if how not in (None, "always") else "")  # (none said: "Tôi xui." is "I'm unlucky.")
    much = "not very " if m["not"] and after else "not " if m["not"] else \
        f"{'always ' * (how == 'always')}{degree}{' ' * bool(degree)}"
    if when == "lately":
        have = "has" if one else "have"
        if m["not"]:
            return capitalised(f"{who_} {have}n't been {'very ' * bool(after)}{word} lately.")
        return capitalised(contracted(who_, f"{have} been {much}{word} lately."))
    return capitalised(contracted(who_, f"{be(who_)} {much}{word}{' today' * bool(when)}{stop(m['end'])}"))


def _got(text: str) -> str | None:
    """"Bố tôi gặp may." as "My father got lucky.", "Anh ấy luôn gặp may." as "He's always lucky.", "Cô ấy may mắn
    sống sót." as "She was lucky to survive.", "Anh ấy may mắn còn sống." as "He's lucky to be alive." (_GOT,
    _SURVIVED); None for anything else."""
    if (m := _SURVIVED.fullmatch(text)) and (said := who(m, False)):
        if m["survived"]:
            return capitalised(f"{said[0]} {'was' if said[1] or said[0] == 'I' else 'were'} lucky to survive"
                               f"{stop(m['end'])}")
        return capitalised(contracted(said[0], f"{be(said[0])} lucky to be alive{stop(m['end'])}"))
    m = _GOT.fullmatch(text)
    if not m or m["when0"] and m["when1"] or (said := who(m, False)) is None:
        return None
    when = _WHEN.get(keyed(m["when0"] or m["when1"] or ""))
    if m["always"]:
        return None if when else capitalised(contracted(said[0], f"{be(said[0])} always lucky{stop(m['end'])}"))
    return None if when == "lately" else capitalised(f"{said[0]} got lucky{' today' * bool(when)}{stop(m['end'])}")


def _day(text: str) -> str | None:
    """"Hôm nay là ngày may mắn của tôi." as "Today is my lucky day.", "Hôm nay không phải là ngày may mắn của
    bạn." as "Today isn't your lucky day." (_DAY); None for anything else."""
    m = _DAY.fullmatch(text)
    if not m:
        return None
    is_ = "isn't" if m["not"] else "is"
    return f"Today {is_} {OWNERS[keyed(m['whose'])]} lucky day{stop(m['end'])}"


def _expected(text: str) -> str | None:
    """"Tôi không ngờ bạn lại đến." as "I didn't expect you to come.", "Tôi không ngờ bạn còn nhớ." as "I didn't
    expect you to remember.", "Không ngờ lại gặp bạn ở đây!" as "I didn't expect to see you here!" (_EXPECTED; no
    one said: the speaker); None for anything else, and for whom that is who ("Tôi không ngờ tôi …")."""
    m = _EXPECTED.fullmatch(text)
    if not m:
        return None
    said = who(m, False) if m["who"] or m["kin"] or m["titled"] or m["given"] else ("I", False)
    whom = as_whom(m["whom"] or m["seen"] or "", "vi")
    if said is None or whom is None or whom == {"I": "me", "we": "us"}.get(said[0], said[0]):
        return None
    if m["seen"]:
        return capitalised(f"{said[0]} didn't expect to see {whom} here{stop(m['end'])}")
    return capitalised(f"{said[0]} didn't expect {whom} to {_DOING[keyed(m['doing'])]}{stop(m['end'])}")


def _surprised(text: str) -> str | None:
    """"Bạn làm tôi bất ngờ đấy." as "You surprised me.", "Anh ấy làm tôi ngạc nhiên quá." as "He really surprised
    me.", "Bạn luôn làm tôi bất ngờ." as "You always surprise me.", "Tôi có một bất ngờ cho bạn." as "I have a
    surprise for you.", "Chúng tôi đã tổ chức một bữa tiệc bất ngờ cho cô ấy." as "We threw her a surprise party."
    (_SURPRISED, _HAS, _PARTY); None for anything else, and for whom that is who."""
    m = _SURPRISED.fullmatch(text) or _HAS.fullmatch(text) or _PARTY.fullmatch(text)
    if not m or (said := who(m, False)) is None or (whom := as_whom(m["whom"], "vi")) is None or \
            whom == {"I": "me", "we": "us"}.get(said[0], said[0]):
        return None
    who_, one = said
    if m.re == _HAS:
        has = "has" if one else "have"
        return capitalised(f"{who_} {has} a {'little ' * bool(m['small'])}surprise for {whom}{stop(m['end'])}")
    if m.re == _PARTY:
        if m["did"]:
            return capitalised(f"{who_} threw {whom} a surprise party{stop(m['end'])}")
        doing = f"planning a surprise party for {whom}" if m["plan"] else f"throwing {whom} a surprise party"
        return capitalised(contracted(who_, f"{be(who_)} {doing}{stop(m['end'])}"))
    if m["always"]:
        return None if m["very"] or m["after"] and m["after"] != "đấy" else \
            capitalised(f"{who_} always {'surprises' if one else 'surprise'} {whom}{stop(m['end'])}")
    really = "really " if m["very"] or m["after"] and m["after"] != "đấy" else ""
    return capitalised(f"{who_} {really}surprised {whom}{stop(m['end'])}")


def _said_vi(text: str) -> str | None:
    """"What bad luck!" as "Xui quá!", "Lucky you!" as "Bạn may mắn thật đấy!", "What a surprise!" as "Thật bất
    ngờ!", "It was a surprise party." as "Đó là một bữa tiệc bất ngờ." (_SAID_VI); None for anything else."""
    said = _SAID_VI_KEYED.get(keyed(text.replace("’", "'")).rstrip(".!? "))
    return said and _ended(said, text[-1:])


def _luck_vi(text: str) -> str | None:
    """"I'm so unlucky today." as "Hôm nay tôi xui quá.", "He's really unlucky." as "Anh ấy thật xui xẻo.", "I'm not
    very lucky." as "Tôi không may mắn lắm.", "I've been so unlucky lately." as "Dạo này tôi xui quá.", "She was lucky
    to survive." as "Cô ấy may mắn sống sót.", "I got lucky." as "Tôi đã gặp may." (_LUCK_EN); None for anything
    else, and where "is", "has", "was" … does not agree with who."""
    m = _LUCK_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    word, how, when = m["word"], " ".join((m["how"] or "").split()), m["when"] or ""
    been = " ".join((m["been"] or "").replace("’", "'").split())
    past = (m["was"] or "").strip()
    if m["be"] and not be_agrees(m, m["be"]) or past and not be_agrees(m, past, True) or been and (
            been in ("'s been", "has been")) != one or bool(been) != (when not in ("", "today")):
        return None
    if m["alive"]:
        survived = "survive" in m["alive"]
        if survived != bool(past) or m["not"] or m["always"] or how or when or word != "lucky":
            return None
        return capitalised(f"{who_} may mắn {'sống sót' if survived else 'còn sống'}{stop(m['end'])}")
    if past or m["got"]:
        if word != "lucky" or m["not"] or m["always"] or how or when and when != "today" or m["got"] and how:
            return None
        return f"Hôm nay {who_} gặp may{stop(m['end'])}" if when else capitalised(f"{who_} đã gặp may{stop(m['end'])}")
    vi = "may mắn" if word == "lucky" else "xui" if how == "so" else "xui xẻo"
    if m["not"]:
        if word != "lucky" or m["always"] or how not in ("", "very"):
            return None
        said = f"không may mắn{' lắm' * bool(how)}"
    elif how == "a bit" and word == "lucky" or m["always"] and (when or how not in ("", "so")):
        return None
    else:
        said = {"very": "rất ", "really": "thật ", "quite": "khá ", "a bit": "hơi "}.get(how, "") + vi + \
               " quá" * (how == "so")
    said = f"lúc nào cũng {said}" if m["always"] else said
    opened = "Hôm nay " if when == "today" else "Dạo này " if when else ""
    return f"{opened}{who_ if opened else capitalised(who_)} {said}{stop(m['end'])}"


def _day_vi(text: str) -> str | None:
    """"Today is my lucky day." as "Hôm nay là ngày may mắn của tôi.", "It's not my lucky day." as "Hôm nay không
    phải là ngày may mắn của tôi." (_DAY_EN); None for anything else."""
    m = _DAY_EN.fullmatch(text)
    if not m:
        return None
    return f"Hôm nay {'không phải ' * bool(m['not'])}là ngày may mắn của {WHOSE_VI[m['whose'].lower()]}" \
           f"{stop(m['end'])}"


def _expected_vi(text: str) -> str | None:
    """"I didn't expect you to come." as "Tôi không ngờ bạn lại đến.", "I didn't expect you to remember." as "Tôi
    không ngờ bạn còn nhớ.", "I didn't expect to see you here." as "Tôi không ngờ lại gặp bạn ở đây."
    (_EXPECTED_EN); None for anything else."""
    m = _EXPECTED_EN.fullmatch(text)
    if not m:
        return None
    who_ = who_vi(m)[0]
    whom = as_whom(m["whom"] or m["seen"], "en")
    if whom is None or whom == who_:
        return None
    if m["seen"]:
        return capitalised(f"{who_} không ngờ lại gặp {whom} ở đây{stop(m['end'])}")
    return capitalised(f"{who_} không ngờ {whom} {_DOING_VI[' '.join(m['doing'].split())]}{stop(m['end'])}")


def _surprised_vi(text: str) -> str | None:
    """"You surprised me." as "Bạn làm tôi bất ngờ.", "You always surprise me." as "Bạn luôn làm tôi bất ngờ.", "I
    have a surprise for you." as "Tôi có một bất ngờ cho bạn.", "We threw her a surprise party." as "Chúng tôi đã tổ
    chức một bữa tiệc bất ngờ cho cô ấy." (_SURPRISED_EN, _HAS_EN, _PARTY_EN); None for anything else, and where the
    verb does not agree with who ("She always surprise me.", "He have a surprise for you.")."""
    m = _SURPRISED_EN.fullmatch(text) or _HAS_EN.fullmatch(text) or _PARTY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    whom = as_whom(m["whom"] or m.groupdict().get("whom2") or "", "en")
    if whom is None or whom == who_:
        return None
    if m.re == _HAS_EN:
        if m["have"].strip().replace("’", "'").startswith(("has", "'s")) != one:
            return None
        return capitalised(f"{who_} có một bất ngờ {'nhỏ ' * bool(m['small'])}cho {whom}{stop(m['end'])}")
    if m.re == _PARTY_EN:
        if m["be"] and not be_agrees(m, m["be"]):
            return None
        doing = "đã tổ chức" if m["did"] else "đang chuẩn bị" if m["plan"] else "đang tổ chức"
        return capitalised(f"{who_} {doing} một bữa tiệc bất ngờ cho {whom}{stop(m['end'])}")
    if m["always"]:
        if m["verb"] == "surprised" or (m["verb"] == "surprises") != one:
            return None
        return capitalised(f"{who_} luôn làm {whom} bất ngờ{stop(m['end'])}")
    if m["verb"] != "surprised":
        return None
    return capitalised(f"{who_} làm {whom} bất ngờ{' quá' * bool(m['really'])}{stop(m['end'])}")
