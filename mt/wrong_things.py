"""The wrong one by mistake ("nhầm"), both ways, written whole by rule: a message sent to someone by mistake or to the
wrong person, someone's shoes, jacket, hat or glasses put on by mistake, someone's things taken by mistake, and the
wrong bus, number or way taken again, just or almost. v8 (every other rule on) reads "nhầm" as missing, going wrong or
misleading, and drops "lại" (again): "Tôi gửi nhầm tin nhắn cho sếp." → "I miss the message to your boss.", "Mẹ tôi
gửi nhầm tin nhắn cho tôi." → "My mother sent wrong message to me.", "Tôi đi nhầm giày của bạn." → "I went wrong with
your shoes.", "Mẹ tôi đội nhầm mũ của bố tôi." → "My mother mistakeed my father's hat.", "Tôi lấy nhầm chìa khóa của
bạn." → "I misleading your key lead.", "Tôi lại lên nhầm xe buýt." → "I'm mistaken on the bus.", "Mẹ tôi lại gọi nhầm
số." → "My mother called the wrong number.", "Chúng tôi vừa đi nhầm đường." → "We just went wrong."; and back, "I sent
the message to the wrong person." → "Tôi đã gởi thông điệp đến người sai.", "I put on your shoes by mistake." → "Tôi
đặt đôi giày của bạn bằng sai lầm." (set down), "I took your keys by mistake." → "Tôi cầm chìa khóa của bạn sai lầm.",
"I got on the wrong bus again." → "Tôi đã lên xe buýt sai.", "She almost got on the wrong train." → "Cô ấy gần như bị
xe lửa sai.".

Taken: who (mt.hobbies.WHO, WHO_EN; people, not pets) sent a message ("gửi nhầm tin nhắn", "nhắn tin nhầm", "nhắn
nhầm" cho whom: mt.hobbies.WHOM, "sếp" alone after "tôi", "bạn", "chúng tôi" as whose boss, "người khác") to whom by
mistake, or to the wrong person ("gửi tin nhắn nhầm người"); put on ("đi", "mặc", "đội", "đeo" nhầm) shoes, a jacket,
a raincoat, a hat, a helmet, glasses or a watch of whose (mt.hobbies.OWNER) by mistake, or the wrong ones; took
("cầm", "lấy" nhầm) keys, shoes, a hat or a helmet, or a thing of mt.left_behind.THINGS with a word of tense that
mt/mistakes.py does not read; got on or took the wrong ride, called the wrong number, went the wrong way, just
("vừa", "mới"), again ("lại"), almost ("suýt"), or a ride asked "… à?". Each said, "vừa", "lại", "suýt", "đã",
denied ("không": things, messages), asked ("có … không?", "à?"); English the same, its "has" agreeing with who.
Left: what mt/mistakes.py takes (the wrong number, bus, way or a thing of THINGS, said, "đã", "rồi", "có … không?";
"I just called the wrong number.", "She took my umbrella by mistake."), emails (mt/emails.py), money
(mt/wrong_transfers.py), a seat (mt/seats.py), an order (mt/order_trouble.py), files (mt/data_loss.py), a plain "Tôi
gửi nhầm tin nhắn." (the wrong message, or to the wrong person?), a message to oneself ("Mẹ tôi … cho mẹ tôi"), a
thing of "mình" (mine, or theirs?) or of who by name ("Lan … của Lan"), "his", "her" or "their" things of a third
person (their own?), "bạn tôi" or a name and "his"/"her", kin or a name sending to "his", "her" someone ("My mother
… to her boss": hers?), "tàu" alone (a train or a boat), "áo" (a shirt, a top?), "dép", negatives and "à?" of a
number or the way ("not going the wrong way" now?), the way with "lại … rồi" (going it now), a statement ending in
"thế", "vậy" (mt.text.STRESSED_SAID), "wore the wrong shoes" (wrong for the day?), "anh", "chị", "em" alone saying
it, "em" asking with "ạ" (the speaker), and anything else.
mt.phrasebook.translate tries these after mt/hail.py.

    >>> translate("Tôi gửi nhầm tin nhắn cho sếp.", "vi", "en"), translate("She put on my hat by mistake.", "en", "vi")
    ('I sent a message to my boss by mistake.', 'Cô ấy đội nhầm mũ của tôi.')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, em_speaking, owner_of, own_thing,
                      someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .left_behind import THINGS, THINGS_VI
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT, EN_WHOSE, SOFTENER, STRESSED_SAID, alternatives, capitalised, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nhầm)"), "en": lazy(r"(?i:wrong|mistake)")}

# things worn, and the verb Vietnamese puts them on with ("đi giày", "đội mũ")
_WORN = {"giày": ("shoes", "đi"), "áo khoác": ("jacket", "mặc"), "áo mưa": ("raincoat", "mặc"), "mũ": ("hat", "đội"),
         "mũ bảo hiểm": ("helmet", "đội"), "kính": ("glasses", "đeo"), "kính mắt": ("glasses", "đeo"),
         "kính râm": ("sunglasses", "đeo"), "đồng hồ": ("watch", "đeo")}
# things taken by mistake: mt.left_behind.THINGS (mt/mistakes.py takes them said plainly) and these
_MORE = {"chìa khóa": "keys", "chìa khoá": "keys", "giày": "shoes", "mũ": "hat", "mũ bảo hiểm": "helmet"}
# rides ("tàu" alone, a train or a boat, is left), the number and the way
_RIDES = {"xe buýt": "bus", "chuyến xe buýt": "bus", "tàu hỏa": "train", "tàu hoả": "train", "chuyến tàu": "train",
          "xe lửa": "train", "chuyến bay": "flight", "máy bay": "plane"}
_WHAT = {"số": ("number", "number"), "số điện thoại": ("number", "number"), "đường": ("way", "way"),
         **{vi: ("ride", en) for vi, en in _RIDES.items()}, **{vi: ("thing", en) for vi, en in THINGS.items()},
         **{vi: ("thing", en) for vi, en in _MORE.items()}}
# each verb before "nhầm": by kind, English past and base ("đi" is taking a ride, going the way, putting shoes on)
_DONE = {"gọi": {"number": ("called", "call")}, "lên": {"ride": ("got on", "get on")},
         "bắt": {"ride": ("took", "take")}, "đi": {"ride": ("took", "take"), "way": ("went", "go")},
         "cầm": {"thing": ("took", "take")}, "lấy": {"thing": ("took", "take")}}
_PUT = ("put on", "put on")
# tense words before the verb: English, as `_said` writes it
_AUX = {"đã": "", "vừa": "just", "mới": "just", "vừa mới": "just", "lại": "again", "suýt": "almost",
        "suýt nữa": "almost", "suýt thì": "almost", "không": "not"}
_BEFORE = rf"(?:(?P<ask>có)\s+|(?P<aux>(?i:{alternatives(_AUX)}))\s+)?"
_ENDING = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không)|\s+(?P<a>à))?{SOFTENER}\s*(?P<end>[.!?]*)"
# the wrong one, or whose by mistake ("Tôi đi nhầm giày của bạn.", "Tôi lại lên nhầm xe buýt.")
_WRONG = lazy(rf"{WHO}\s+{_BEFORE}(?P<verb>(?i:gọi|lên|bắt|đi|cầm|lấy|mặc|đội|đeo))\s+nhầm\s+"
              rf"(?P<what>(?i:{alternatives(set(_WHAT) | set(_WORN))}))(?:\s+(?:của\s+)?{OWNER})?{_ENDING}")
# a message to whom by mistake ("Tôi gửi nhầm tin nhắn cho sếp."), or to the wrong person
_SENT = lazy(rf"{WHO}\s+{_BEFORE}(?:(?:gửi\s+nhầm\s+tin\s+nhắn|nhắn\s+tin\s+nhầm|nhắn\s+nhầm(?:\s+tin)?)\s+cho\s+"
             rf"(?:(?P<other>người\s+khác)|(?P<boss>sếp)|{WHOM})|(?:gửi\s+tin\s+nhắn|nhắn\s+tin)\s+nhầm\s+"
             rf"(?P<person>người)){_ENDING}")
_BOSS = {"I": "my boss", "you": "your boss", "we": "our boss"}  # ("sếp" alone: whose boss, after these only)

# ... in English: the verbs (past, participle, base) by kind, with the Vietnamese verb
_VERBS_EN = {"took": ("took", "taken", "take"), "taken": ("took", "taken", "take"), "take": ("took", "taken", "take"),
             "grabbed": ("grabbed", "grabbed", "grab"), "grab": ("grabbed", "grabbed", "grab"),
             "picked up": ("picked up", "picked up", "pick up"), "pick up": ("picked up", "picked up", "pick up"),
             "put on": ("put on", "put on", "put on"), "got on": ("got on", "got on", "get on"),
             "gotten on": ("got on", "gotten on", "get on"), "get on": ("got on", "got on", "get on"),
             "called": ("called", "called", "call"), "call": ("called", "called", "call"),
             "went": ("went", "gone", "go"), "gone": ("went", "gone", "go"), "go": ("went", "gone", "go")}
_VI_VERB = {("took", "thing"): "lấy", ("grabbed", "thing"): "lấy", ("picked up", "thing"): "lấy",
            ("got on", "ride"): "lên", ("took", "ride"): "đi", ("called", "number"): "gọi", ("went", "way"): "đi"}
_WORN_VI = {en: vi for vi, (en, _) in reversed(_WORN.items())}
_WHAT_EN = {"number": ("number", "số"), "way": ("way", "đường"), **{en: ("ride", vi) for vi, en in reversed(
    _RIDES.items())}, **{en: ("thing", vi) for en, vi in THINGS_VI.items()}, "keys": ("thing", "chìa khóa"),
    "shoes": ("thing", "giày"), "hat": ("thing", "mũ"), "helmet": ("thing", "mũ bảo hiểm")}
# (what mt/mistakes.py reads in English: the number, the way, a ride, a thing of mt.left_behind.THINGS_VI)
_THEIRS_EN = {"number", "way", *(en for _, en in _RIDES.items()), *THINGS_VI}
_AUX_EN = (r"(?P<aux>\s+(?:have|has)|['’](?:ve|s)|\s+didn['’]t|\s+did\s+not)?"
           r"(?:\s+(?P<adv>just|almost|nearly))?")
_WRONG_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>{alternatives(_VERBS_EN)})\s+(?:the\s+wrong\s+"
                 rf"(?P<wrong>{alternatives(_WHAT_EN)})|(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})"
                 rf"['’]s)\s+(?P<what>{alternatives(_WHAT_EN)})\s+by\s+mistake)(?P<again>\s+again)?\s*(?P<end>[.!?]*)")
_SENT_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}{_AUX_EN}\s+(?:(?P<verb>sent|send)\s+(?:a|the)\s+message\s+to|"
                rf"(?P<text>texted|text))\s+(?:(?P<person>the\s+wrong\s+person)|{WHOM_EN}\s+by\s+mistake)"
                r"(?P<again>\s+again)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who sent a message to someone by mistake, put on or took
    someone's things by mistake, or got the wrong ride, number or way again, just or almost; None for any other."""
    if src == "vi":
        return _wrong(text) or _sent(text)
    text = text.replace("’", "'")
    return _wrong_vi(text) or _sent_vi(text)


def _tense(m: re.Match) -> tuple[str, bool] | None:
    """The tense word of a match of _WRONG or _SENT as English says it ("", "just", "again", "almost", "not"), and
    whether it asks; None where "?" is not asked by "có … không" or "à", where "rồi", "có", "không", "à" do not go
    with the tense, and for a statement ending in "thế", "vậy" (mt.text.STRESSED_SAID: they say more than English)."""
    aux = _AUX[keyed(m["aux"])] if m["aux"] else ""
    asked = bool(m["asked"] or m["a"])
    if asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or m["done"] and aux not in ("", "again"):
        return None
    if not asked and STRESSED_SAID.search(m.group()):
        return None
    if asked and (aux in ("almost", "not") or m["done"] or m["ask"] and aux):
        return None
    return aux, asked


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, as mt.hobbies.who gives it; None for a pet, "anh", "em" … saying it, and "em"
    asking with "ạ" ("Em … à ạ?": the speaker asking up, mt.hobbies.em_speaking)."""
    return None if animal(m) or em_speaking(m) else who(m, asked)


def _said(who_: str, aux: str, asked: bool, verbs: tuple[str, str], rest: str) -> str:
    """The sentence in English: "I took your keys by mistake.", "She just got on the wrong bus.", "We went the wrong
    way again.", "She almost …", "I didn't take …", "Did you take …?", "Did you just …?"."""
    past, base = verbs
    if asked:
        return f"Did {who_} {'just ' * (aux == 'just')}{base} {rest}{' again' * (aux == 'again')}?"
    if aux == "not":
        return capitalised(f"{who_} didn't {base} {rest}.")
    before = f"{aux} " if aux in ("just", "almost") else ""
    return capitalised(f"{who_} {before}{past} {rest}{' again' * (aux == 'again')}.")


def _wrong(text: str) -> str | None:
    """"Tôi đi nhầm giày của bạn." as "I put on your shoes by mistake.", "Tôi lấy nhầm chìa khóa." as "I took the wrong
    keys.", "Tôi vừa cầm nhầm ô của Lan." as "I just took Lan's umbrella by mistake.", "Tôi lại lên nhầm xe buýt." as
    "I got on the wrong bus again.", "Cô ấy suýt gọi nhầm số." as "She almost called the wrong number." (_WRONG);
    None for anything else and what mt/mistakes.py takes."""
    m = _WRONG.fullmatch(text)
    tense = m and _tense(m)
    if not tense or (said := _who(m, tense[1])) is None:
        return None
    (aux, asked), who_, verb, what = tense, said[0], keyed(m["verb"]), keyed(m["what"])
    if what in _WORN and verb == _WORN[what][1]:
        kind, en, verbs = "worn", _WORN[what][0], _PUT
    elif what in _WHAT and (kinds := _DONE.get(verb)) and _WHAT[what][0] in kinds:
        (kind, en), verbs = _WHAT[what], kinds[_WHAT[what][0]]
    else:
        return None
    if kind in ("number", "way", "ride"):  # (said, "đã", "có … không?" are mt/mistakes.py's; "không" is left)
        if m["owner"] or m["someone"] or aux in ("", "not") and not (m["a"] and kind == "ride"):
            return None
        if m["a"] and kind != "ride":  # ("Bạn đi nhầm đường à?": are you going, or did you go?)
            return None
        if m["done"] and kind == "way":  # ("Chúng ta lại đi nhầm đường rồi.": going it now, as mt/mistakes.py reads it)
            return None
    elif kind == "thing" and what in THINGS and not (aux or m["a"]):
        return None  # (mt/mistakes.py's)
    if not (m["owner"] or m["someone"]):
        return _said(who_, aux, asked, verbs, f"the wrong {en}")
    whose = owner_of(m)
    own = whose_own(m, who_)
    if whose is None or keyed(m["owner"] or "") == "mình" or whose in (own, f"{who_}'s") or (
            own is None or who_ not in EN_WHOSE) and whose in ("his", "her", "their"):
        return None  # (their own by mistake? "của mình": mine, or theirs? "Lan … của Lan": her own)
    return _said(who_, aux, asked, verbs, f"{whose} {en} by mistake")


def _sent(text: str) -> str | None:
    """"Tôi gửi nhầm tin nhắn cho sếp." as "I sent a message to my boss by mistake.", "Mẹ tôi vừa nhắn tin nhầm cho
    tôi." as "My mother just sent a message to me by mistake.", "Tôi gửi tin nhắn nhầm người." as "I sent a message to
    the wrong person.", "Bạn có gửi nhầm tin nhắn cho Lan không?" (_SENT); None for anything else."""
    m = _SENT.fullmatch(text)
    tense = m and _tense(m)
    if not tense or (said := _who(m, tense[1])) is None:
        return None
    (aux, asked), who_ = tense, said[0]
    if m["person"] or m["other"]:
        return _said(who_, aux, asked, ("sent", "send"), "a message to the wrong person")
    whom = _BOSS.get(who_) if m["boss"] else as_whom(m["whom"], "vi")
    if whom is None or whom in (who_, EN_OBJECT.get(who_)):  # (to oneself: "Mẹ tôi … cho mẹ tôi", "Họ … cho họ")
        return None
    return _said(who_, aux, asked, ("sent", "send"), f"a message to {whom} by mistake")


def _tense_vi(m: re.Match, who_: str, one: bool, past: str, participle: str, base: str) -> str | None:
    """The tense of a match of _WRONG_EN or _SENT_EN as Vietnamese says it: "" (said), "rồi" (have), "vừa", "lại",
    "suýt", "không", "có" (asked); None where the verb's form does not go with "did", "has", "just" …, or "has"
    with who."""
    aux, adv, verb = " ".join((m["aux"] or "").split()), m["adv"], m["verb"] or m["text"]
    verb = " ".join(verb.split())
    again = bool(m["again"])
    if bool(m["did"]) != ("?" in m["end"]) or m["did"] and (aux or adv):
        return None
    if m["did"] or aux in ("didn't", "did not"):
        if verb != base or again or adv:
            return None
        return "có" if m["did"] else "không"
    if aux:
        has = aux in ("has", "'s")
        if verb != participle or has != one or has and who_ == "tôi" or adv not in (None, "just") or again:
            return None
        return "vừa" if adv else "rồi"
    if verb != past or adv and again:
        return None
    return {"just": "vừa", "almost": "suýt", "nearly": "suýt"}.get(adv, "lại" if again else "")


def _vi(who_: str, tense: str, done: str) -> str:
    """The sentence in Vietnamese: "Tôi đi nhầm giày của bạn.", "… rồi.", "Tôi vừa …", "Bạn có … không?"."""
    if tense == "có":
        return capitalised(f"{who_} có {done} không?")
    if tense == "rồi":
        return capitalised(f"{who_} {done} rồi.")
    return capitalised(f"{who_} {tense + ' ' if tense else ''}{done}.")


def _wrong_vi(text: str) -> str | None:
    """"I put on your shoes by mistake." as "Tôi đi nhầm giày của bạn.", "I took your keys by mistake." as "Tôi lấy
    nhầm chìa khóa của bạn.", "I got on the wrong bus again." as "Tôi lại lên nhầm xe buýt.", "She almost called the
    wrong number." as "Cô ấy suýt gọi nhầm số." (_WRONG_EN); None for anything else, what mt/mistakes.py takes, and
    one's own things."""
    m = _WRONG_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    said = m["wrong"] or m["what"]
    forms = _VERBS_EN[" ".join(m["verb"].split())]
    tense = _tense_vi(m, who_, one, *forms)
    if tense is None:
        return None
    if forms[0] == "put on":
        vi_what = _WORN_VI.get(said.lower())
        verb = vi_what and _WORN[vi_what][1]
        kind = "worn"
    else:
        kind, vi_what = _WHAT_EN[said.lower()]
        verb = _VI_VERB.get((forms[0], kind))
    if verb is None:
        return None
    plain = not (m["aux"] or m["again"]) and m["adv"] in (None, "just")  # (as mt/mistakes.py reads them)
    if said.lower() in _THEIRS_EN and forms[0] != "put on" and plain and (m["wrong"] or not (m["did"] or m["adv"])):
        return None  # (mt/mistakes.py's)
    if kind in ("number", "way", "ride") and (m["what"] or tense in ("không", "có", "rồi")):
        return None
    if m["wrong"]:
        return _vi(who_, tense, f"{verb} nhầm {vi_what}")
    if m["owner"]:
        if own_thing(m, who_, one) is not False:
            return None  # (their own, or maybe: "My mother took her umbrella by mistake.")
        whose = WHOSE_VI[m["owner"].lower()]
    elif (whose := someone(m["someone"], "en")) is None or whose == who_:
        return None
    return _vi(who_, tense, f"{verb} nhầm {vi_what} của {whose}")


def _sent_vi(text: str) -> str | None:
    """"I sent a message to my boss by mistake." as "Tôi gửi nhầm tin nhắn cho sếp tôi.", "I sent the message to the
    wrong person." as "Tôi gửi tin nhắn nhầm người.", "She just texted me by mistake." as "Cô ấy vừa nhắn tin nhầm cho
    tôi." (_SENT_EN); None for anything else."""
    m = _SENT_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    forms = ("sent", "sent", "send") if m["verb"] else ("texted", "texted", "text")
    tense = _tense_vi(m, who_, one, *forms)
    if tense is None:
        return None
    if m["person"]:
        return _vi(who_, tense, f"{'gửi tin nhắn' if m['verb'] else 'nhắn tin'} nhầm người")
    whom, said = as_whom(m["whom"], "en"), m["whom"].lower().split()
    # ("My mother … her boss": hers, or another's? "sếp cô ấy" after "Mẹ tôi" is another woman's)
    theirs = not m["who"] and len(said) > 1 and said[0] in ("his", "her", "their")
    if whom is None or whom == who_ or theirs:
        return None
    whom = "sếp" if whom == f"sếp {who_}" and who_ in ("tôi", "bạn", "chúng tôi") else whom  # (as _BOSS reads it)
    done = f"gửi nhầm tin nhắn cho {whom}" if m["verb"] else f"nhắn tin nhầm cho {whom}"
    return _vi(who_, tense, done)
