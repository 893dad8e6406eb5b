"""Crushes and confessing love, both ways, written whole by rule: who confessed their feelings to whom (or is going
to, wants to, hasn't yet), who has a crush on whom, who turned down or said yes to someone's confession, and who asked
someone out. v8 (rules on) reads "tỏ tình" as telling or showing, "thầm thích" as whispering, "cảm nắng" as the sun,
"crush" as hurrying: "Anh ấy tỏ tình với tôi." → "He told me.", "Tôi định tỏ tình với cô ấy." → "I'm going to show
her.", "Tôi thầm thích cô ấy." → "I whispered to like her.", "Tôi cảm nắng anh ấy." → "I felt his sun.", "Cô ấy từ
chối lời tỏ tình của anh ấy." → "She declined to tell his passion.", "Anh ấy mời tôi đi hẹn hò." → "He invited me to
date."; "He confessed his feelings to me." → "Anh ấy kết hôn cảm xúc của anh ấy với tôi." (married), "I have a crush
on her." → "Tôi vội vã đưa cô ấy.", "Do you have a crush on someone?" → "Bạn có vội vàng không?", "She turned him
down." → "Cô ấy ngoảnh mặt xuống.", "He asked me out." → "Anh ta hỏi tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN) "tỏ tình với" whom (WHOM, WHOM_EN; "ai", anyone, asked) as "confessed his
feelings to" (whose by who: not a name alone, he or she?), on a day behind, just, already ("rồi"), not yet, asked
("à?", "chưa?"), going to ("định"), about to ("sắp"), wanting to ("muốn"), and asked so ("có định … không?") as "tell
her how I feel"; "thầm thích", "thích thầm", "cảm nắng" whom as "have a crush on" ("thầm yêu": "secretly in love
with"), not, still, used to ("từng"), no more, for a long time, asked ("có … không?", "à?"), "ai" (who?); "từ chối",
"nhận lời", "chấp nhận", "đồng ý" "lời tỏ tình của" someone as "turned him down", "said yes to him"; "mời", "rủ"
whom "đi hẹn hò" as "asked her out" (by or of a spouse or partner: "on a date"); and in English, "confessed my
feelings/love to" her, him, me, you or a name ("Did …?" as "đã … chưa?"), "going to/want to tell her how I feel"
(her, him or a name), "have a crush on", "turned him down" (a person only), "asked her out". Left: "thích ai"
(liking, or a crush?), "cảm nắng" without whom and "bị cảm nắng" (sunstroke: mt.terms), "rủ đi chơi" (friends?),
"đồng ý", "nhận lời" alone, "họ", "chúng tôi" confessing, confessed to, asking out or asked out (an invitation?),
"có … không?" of a thing done (did, or will?), asked of oneself, a pet, "anh", "chị", "em" alone, "em tôi" (a brother,
or a sister?), "nhỉ" (… didn't he?); "confessed" alone or "told me how he felt" (a crime, or anger?), kin, a partner, a
friend or a boss confessed to or told how one feels, "you" or "me" told (confiding, complaining?), "how she feels" that
may be whom's, "we", "they" confessing, telling, asking out, "us", "them" asked out, "said yes to him", "turned it/them
down" (volume, an offer: mt/volume.py, mt/offers.py), dating, love, breaking up (mt/dating.py, mt/couples.py), proposals
(mt/proposals.py), a day ahead, and anything else.
mt.phrasebook.translate tries these after mt/livestock.py.

    >>> translate("Tôi thầm thích cô ấy.", "vi", "en"), translate("He confessed his feelings to me.", "en", "vi")
    ('I have a crush on her.', 'Anh ấy đã tỏ tình với tôi.')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import WHOSE_VI, his_her
from .text import EN_WHOSE, SOFTENED_END, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tỏ\s+tình|thầm|cảm\s+nắng|hẹn\s+hò)"), "en": lazy(r"(?i:confess|feel|crush|turn|ask)")}
_SUBJECT = {"my": "I", "your": "you", "his": "he", "her": "she", "our": "we", "their": "they"}  # (whose: who feels)
_PETS = ("chó", "mèo")  # (whom as a pet: "thầm thích con mèo" is not a crush)
_GROUPS, _GROUPS_EN = ("chúng tôi", "chúng ta", "họ"), ("we", "they", "us", "them")  # (several: "asked us out")
_PARTNERS = ("husband", "wife", "boyfriend", "girlfriend")  # (together already: asked out "on a date")

# what is said, how and when, before the verb ("đã", "vừa", "định", "có định"), and after it ("rồi", "chưa?")
_TENSE = r"(?:(?P<tense>đã|vừa\s+mới|vừa|mới|định|muốn|sắp|vẫn\s+chưa|chưa|có\s+định|có\s+muốn)\s+)?"
_AFTER = rf"{DAY_AFTER}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>à|chưa|không))?{SOFTENED_END}"
# confessed ("Anh ấy tỏ tình với tôi.", "Hôm qua anh ấy tỏ tình với tôi.", "Tôi định tỏ tình với cô ấy.")
_CONFESS = lazy(rf"{DAY_OPENING}{WHO}\s+{_TENSE}tỏ\s+tình(?:\s+(?:với\s+)?(?:{WHOM}|(?P<anyone>ai)))?{_AFTER}")
# a crush ("Tôi thầm thích cô ấy.", "Tôi cảm nắng anh ấy.", "Bạn đang thầm thích ai à?"; not "bị cảm nắng")
_CRUSH = lazy(rf"{WHO}\s+(?:(?P<aux>đang|vẫn\s+còn|vẫn|còn|không\s+còn|không|có\s+đang|có|đã\s+từng|từng|đã)\s+)?"
              r"(?P<verb>thầm\s+thích|thích\s+thầm|cảm\s+nắng|thầm\s+yêu|yêu\s+thầm)\s+"
              rf"(?:{WHOM}|(?P<anyone>ai(?P<some>\s+đó)?))(?P<long>\s+từ\s+lâu(?:\s+rồi)?|\s+lâu\s+rồi)?"
              rf"(?:\s+(?P<more>nữa))?(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
# the answer to one ("Cô ấy từ chối lời tỏ tình của anh ấy.", "Cô ấy nhận lời tỏ tình của anh ấy.")
_ANSWERS = {"từ chối": ("turned {} down", "turn {} down"), "nhận lời": ("said yes to {}", "say yes to {}"),
            "chấp nhận": ("said yes to {}", "say yes to {}"), "đồng ý": ("said yes to {}", "say yes to {}")}
_ANSWER = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?(?P<answer>từ\s+chối|nhận\s+lời|"
               rf"chấp\s+nhận|đồng\s+ý)\s+(?:lời\s+)?tỏ\s+tình\s+của\s+{WHOM}{_AFTER}")
# asked out ("Anh ấy mời tôi đi hẹn hò.", "Tôi muốn rủ cô ấy đi hẹn hò."; "rủ đi chơi" may be friends)
_ASK_OUT = lazy(rf"{DAY_OPENING}{WHO}\s+{_TENSE}(?:mời|rủ)\s+{WHOM}\s+(?:đi\s+)?hẹn\s+hò{_AFTER}")

# ... in English: who, and the verb's helpers before the verb ("Did", "has", "'s going to", "wants to")
_LEAD_EN = (rf"(?:(?P<aux0>Did|Has|Have|Is|Are|Am|Do|Does)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve|"
            r"\s+hasn['’]t|\s+haven['’]t|\s+has\s+not|\s+have\s+not|\s+is|\s+am|\s+are|['’]m|['’]re|\s+wants|"
            r"\s+want)?(?:\s+(?P<adv>just|already))?(?:\s+(?P<plan>going\s+to|planning\s+to|to))?\s+")
_END_EN = r"(?:\s+(?P<yet>yet)|(?:\s+(?P<day>[^,.!?]+?))?)\s*(?P<end>[.!?]*)"  # (not "yet" as a day)
_CONFESS_EN = lazy(rf"{_LEAD_EN}(?P<verb>confessed|confess)\s+(?P<poss>my|your|his|her|our|their)\s+(?:feelings|love)"
                   rf"(?:\s+(?:to|for)\s+{WHOM_EN})?{_END_EN}")
_TELL_EN = lazy(rf"{_LEAD_EN}(?P<verb>tell)\s+{WHOM_EN}\s+how\s+(?P<sub>I|you|he|she|we|they)\s+(?P<feel>feels?)"
                r"\s*(?P<end>[.!?]*)")
_TURN_EN = lazy(rf"{_LEAD_EN}(?P<verb>turned|turn)\s+{WHOM_EN}\s+down{_END_EN}")
_ASK_OUT_EN = lazy(rf"{_LEAD_EN}(?P<verb>asked|ask)\s+{WHOM_EN}\s+out(?:\s+on\s+a\s+date)?{_END_EN}")
_CRUSH_EN = lazy(rf"(?:(?P<q>Who)\s+)?(?:(?P<do>Do|Does|do|does)\s+)?{WHO_EN}(?:\s+(?P<aux>still|used\s+to|"
                 r"don['’]t|doesn['’]t|do\s+not|does\s+not))?(?P<has>\s+has|\s+have|\s+had|['’]s\s+got|['’]ve\s+got|"
                 r"\s+has\s+got|\s+have\s+got|['’]ve\s+had|['’]s\s+had|\s+has\s+had|\s+have\s+had)\s+a\s+crush\s+on"
                 rf"(?:\s+(?:{WHOM_EN}|(?P<anyone>someone|somebody|anyone|anybody)))?(?P<long>\s+for\s+a\s+long\s+"
                 r"time)?(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who confessed their feelings to whom, has a crush on whom,
    turned down or said yes to a confession, or asked someone out; None for any other."""
    if src == "vi":
        if keyed(text).rstrip(" .!?").endswith(" nhỉ"):
            return None  # ("Anh ấy tỏ tình với tôi nhỉ.": "… didn't he?", asking one to agree)
        return _confess(text) or _crush(text) or _answer(text) or _ask_out(text)
    text = text.replace("’", "'")
    return _confess_vi(text) or _tell_vi(text) or _crush_vi(text) or _turn_vi(text) or _ask_out_vi(text)


def _who(m: re.Match) -> tuple[str, bool, str | None, bool] | None:
    """Who of a match of WHO in English, whether one ("has"), whose ("his"; None for a name alone or a friend: he or
    she?) and whether it asks (the particle and "?" both said); None for a pet, "anh", "em" alone saying it, one of
    the two only, "I" asked (asked of oneself), and one whose sex is not known (_sexless)."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or animal(m) or _sexless(m) or (said := who(m, asked)) is None or \
            asked and said[0] == "I":
        return None
    return *said, whose_own(m, said[0]), asked


def _sexless(m: re.Match) -> bool:
    """Whether who of a match of WHO is one whose sex English says and Vietnamese does not: "em tôi" ("my younger
    sibling": a brother, or a sister?)."""
    return keyed(m["kin"] or "") == "em"


def _whom(m: re.Match, who_: str, several: bool = False) -> str | None:
    """Whom of a match of WHOM in English ("tôi" as "me", "mẹ tôi" as "my mother"); None for who themselves, a pet,
    one whose sex is not known ("em tôi": _sexless), and unless `several`, a group ("họ", "chúng tôi":
    confessed to several? asked out together?)."""
    whom, said = as_whom(m["whom"], "vi"), keyed(m["whom"])
    if whom is None or any(pet in said.split() for pet in _PETS) or whom == {
            "I": "me", "he": "him", "she": "her", "we": "us", "they": "them", "you": "you"}.get(who_, who_) or \
            whom.endswith("younger sibling") or said in _GROUPS and not several:
        return None
    return whom


def _day(m: re.Match) -> str | None:
    """The day of a match (day0 opening it or day after) in English, with a space before it, behind today
    ("yesterday", "last week"); "" for none; None for a day not read, or ahead."""
    said = m["day0"] or m["day"]
    if m["day0"] and m["day"] or (day := when(said, "vi", NEAR_SPANS)) is None:
        return None
    return "" if not day else f" {day}" if BEHIND.fullmatch(day) else None


def _key(m: re.Match, day: str) -> str | None:
    """How a match of _TENSE … _AFTER says it: "past" ("đã", nothing), "just" ("vừa"), "done" ("rồi"), "yet"
    ("chưa"), "still" ("vẫn chưa"), "going" ("định"), "about" ("sắp"), "want" ("muốn"), "ask" ("à?"), "ask_done"
    ("rồi à?"), "ask_yet" ("chưa?"), "ask_going" ("có định … không?"), "ask_want"; None for anything else, and a day
    with any but "past" and "ask"."""
    tense, done, asked = keyed(m["tense"] or ""), bool(m["done"]), keyed(m["asked"] or "")
    if not asked:
        key = {"": "past", "đã": "past", "vừa": "just", "mới": "just", "vừa mới": "just", "chưa": "yet",
               "vẫn chưa": "still", "định": "going", "sắp": "about", "muốn": "want"}.get(tense)
        key = ("done" if key == "past" else None) if done else key
    elif asked == "à":
        key = ("ask_done" if done else "ask") if tense in ("", "đã") else None
    elif asked == "chưa":
        key = "ask_yet" if tense in ("", "đã") and not done else None
    else:
        key = {"có định": "ask_going", "có muốn": "ask_want"}.get(tense) if not done else None
    return key if key in ("past", "ask") or not day else None


def _said(key: str, who_: str, one: bool, past: str, base: str, day: str = "") -> str:
    """What is said (`past`: "confessed his feelings to me", `base`: "confess …") by who, in English, as `key`
    (_key) says it: "He confessed …", "He has already …", "Has he … yet?", "I'm going to …", "Do you want to …?"."""
    has, do = ("has", "does") if one else ("have", "do")
    forms = {"past": f"{who_} {past}{day}.", "just": f"{who_} just {past}.", "done": f"{who_} {has} already {past}.",
             "yet": f"{who_} {has}n't {past} yet.", "still": f"{who_} still {has}n't {past}.",
             "going": contracted(who_, f"{be(who_)} going to {base}."),
             "about": contracted(who_, f"{be(who_)} about to {base}."),
             "want": f"{who_} {'wants' if one else 'want'} to {base}.", "ask": f"Did {who_} {base}{day}?",
             "ask_done": f"{has.capitalize()} {who_} {past}?", "ask_yet": f"{has.capitalize()} {who_} {past} yet?",
             "ask_going": f"{be(who_).capitalize()} {who_} going to {base}?",
             "ask_want": f"{do.capitalize()} {who_} want to {base}?"}
    return capitalised(forms[key])


def _confess(text: str) -> str | None:
    """"Anh ấy tỏ tình với tôi." as "He confessed his feelings to me.", "Hôm qua anh ấy tỏ tình với tôi." as "He
    confessed his feelings to me yesterday.", "Tôi định tỏ tình với cô ấy." as "I'm going to tell her how I feel.",
    "Bạn đã tỏ tình với ai chưa?" as "Have you confessed your feelings to anyone yet?" (_CONFESS); None for anything
    else, whose feelings not known ("Minh", "bạn tôi": his or hers?), and "họ", "chúng tôi" confessing or confessed
    to."""
    m = _CONFESS.fullmatch(text)
    if not m or (said := _who(m)) is None or (day := _day(m)) is None or (key := _key(m, day)) is None:
        return None
    who_, one, whose, _ = said
    whom = _whom(m, who_) if m["whom"] else "anyone" if m["anyone"] else ""
    if whose in (None, "our", "their") or whom is None or m["anyone"] and key != "ask_yet":
        return None  # (and "Họ tỏ tình với tôi.": two confessing to one?)
    to = f" to {whom}" if whom else ""
    if key in ("going", "about", "want", "ask_going", "ask_want"):
        if not m["whom"]:
            return None
        subject = _SUBJECT[whose]
        base = f"tell {whom} how {subject} {'feels' if subject in ('he', 'she') else 'feel'}"
    else:
        base = f"confess {whose} feelings{to}"
    return _said(key, who_, one, f"confessed {whose} feelings{to}", base, day)


def _crush(text: str) -> str | None:
    """"Tôi thầm thích cô ấy." and "Tôi cảm nắng anh ấy." as "I have a crush on her.", "Bạn đang thầm thích ai à?" as
    "Do you have a crush on someone?", "Bạn thầm thích ai?" as "Who do you have a crush on?", "Tôi từng thầm thích
    anh ấy." as "I used to have a crush on him.", "Cô ấy thầm yêu anh ấy." as "She is secretly in love with him."
    (_CRUSH), "Tôi không thầm thích ai đó." as "I don't have a crush on anyone."; None for anything else, and "ai"
    said or "ai" asked without "đó", "à" or "có … không"."""
    m = _CRUSH.fullmatch(text)
    if not m:
        return None
    aux, asked, q = keyed(m["aux"] or ""), keyed(m["asked"] or ""), "?" in m["end"]
    who_m = bool(m["anyone"]) and not m["some"] and not asked and q  # ("Bạn thầm thích ai?": who)
    if who_m:
        said = who(m, True)
        if said is None or animal(m) or _sexless(m) or said[0] == "I" or aux not in ("", "đang") or m["long"] or \
                m["more"]:
            return None
        who_, one = said
        return (f"Who {'does' if one else 'do'} {who_} have a crush on?" if "yêu" not in m["verb"] else
                f"Who {be(who_)} {who_} secretly in love with?")
    if (said := _who(m)) is None:
        return None
    who_, one, _, asked_ = said
    key = {("", ""): "now", ("đang", ""): "now", ("vẫn", ""): "still", ("vẫn còn", ""): "still", ("còn", ""): "still",
           ("không", ""): "not", ("từng", ""): "used", ("đã từng", ""): "used", ("có", "không"): "ask",
           ("có đang", "không"): "ask", ("", "à"): "ask", ("đang", "à"): "ask", ("đã", ""): "long",
           ("không còn", ""): "more"}.get((aux, asked))
    if key is None or (key == "long") != bool(m["long"]) and not (key == "now" and m["long"]) or \
            (key == "more") != bool(m["more"]) or m["anyone"] and not m["some"] and key != "ask":
        return None
    # ("ai đó" after "không", or asked with "có … không?": "anyone"; "Tôi không thầm thích ai đó." is "… on anyone.")
    anyone = asked_ and asked != "à" or key in ("not", "more")
    whom = _whom(m, who_, several=True) if m["whom"] else ("anyone" if anyone else "someone") if (
        m["some"] or asked_) else None
    if whom is None:
        return None
    if m["long"]:
        key = "long"
    crush = "yêu" not in m["verb"]
    has, do, is_ = ("has", "does", be(who_)) if one else ("have", "do", be(who_))
    if crush:
        on = f"a crush on {whom}"
        forms = {"now": f"{who_} {has} {on}.", "still": f"{who_} still {has} {on}.",
                 "not": f"{who_} {do}n't have {on}.", "used": f"{who_} used to have {on}.",
                 "ask": f"{do.capitalize()} {who_} have {on}?", "long": f"{who_} {has} had {on} for a long time.",
                 "more": f"{who_} {do}n't have {on} any more."}
    else:
        on = f"secretly in love with {whom}"
        forms = {"now": contracted(who_, f"{is_} {on}."), "still": contracted(who_, f"{is_} still {on}."),
                 "used": f"{who_} used to be {on}.", "ask": f"{is_.capitalize()} {who_} {on}?",
                 "long": contracted(who_, f"{has} been {on} for a long time.")}
    return capitalised(forms[key]) if key in forms else None


def _answer(text: str) -> str | None:
    """"Cô ấy từ chối lời tỏ tình của anh ấy." as "She turned him down.", "Cô ấy nhận lời tỏ tình của anh ấy." as "She
    said yes to him.", "Cô ấy từ chối lời tỏ tình của anh ấy à?" as "Did she turn him down?" (_ANSWER); None for
    anything else, one's own confession, and a group's ("của họ": several confessing?)."""
    m = _ANSWER.fullmatch(text)
    if not m or (said := _who(m)) is None or (day := _day(m)) is None or (key := _key(m, day)) is None:
        return None
    who_, one, _, _ = said
    if (whom := _whom(m, who_)) is None:
        return None
    past, base = _ANSWERS[keyed(m["answer"])]
    return _said(key, who_, one, past.format(whom), base.format(whom), day)


def _ask_out(text: str) -> str | None:
    """"Anh ấy mời tôi đi hẹn hò." as "He asked me out.", "Tôi muốn rủ cô ấy đi hẹn hò." as "I want to ask her out.",
    "Anh ấy đã rủ bạn đi hẹn hò chưa?" as "Has he asked you out yet?", "Chồng tôi mời tôi đi hẹn hò." as "My husband
    asked me out on a date." (_ASK_OUT); None for anything else, and a group asking or asked ("Họ rủ tôi …", "mời
    chúng tôi …": "asked us out" is an invitation, not a date)."""
    m = _ASK_OUT.fullmatch(text)
    if not m or (said := _who(m)) is None or (day := _day(m)) is None or (key := _key(m, day)) is None:
        return None
    who_, one, _, _ = said
    if who_ in ("we", "they") or (whom := _whom(m, who_)) is None:
        return None
    # (a spouse or a partner asking the other: "asked me out" alone says they began to date)
    out = "out on a date" if {who_.split()[-1], whom.split()[-1]} & set(_PARTNERS) else "out"
    return _said(key, who_, one, f"asked {whom} {out}", f"ask {whom} {out}", day)


def _key_en(m: re.Match, past: bool, one: bool, who_: str) -> str | None:
    """How a match of _LEAD_EN says it, as _key's keys ("He confessed": "past", "Has he … yet?": "ask_yet", "I'm going
    to": "going"), `past` whether its verb is "confessed" (or "confess"), the helpers agreeing with who (`one`:
    "she", "my mother"); None for anything else."""
    aux0, adv, plan = (m["aux0"] or "").lower(), m["adv"] or "", keyed(m["plan"] or "")
    aux = keyed((m["aux"] or "").replace("n't", " not"))
    aux = {"'s": "has" if past else "is", "'ve": "have", "'m": "am", "'re": "are"}.get(aux, aux)
    has, is_, wants = ("has", "is", "wants") if one else ("have", "am" if who_ == "tôi" else "are", "want")
    asked, yet = "?" in m["end"], bool(m.groupdict().get("yet"))
    if bool(aux0) != asked or aux0 and aux and aux != "want" or adv and (aux0 or aux not in ("", has) or not past):
        return None
    if past and not plan:
        key = {("", ""): "just" if adv == "just" else "done" if adv else "past", ("", has): "just" if adv == "just"
               else "done", ("", f"{has} not"): "yet", (has, ""): "ask_yet"}.get((aux0, aux))
    elif not past:
        key = {("", is_, "going to"): "going", ("", is_, "planning to"): "going", ("", wants, "to"): "want",
               ("did", "", ""): "ask", (is_, "", "going to"): "ask_going", ("does" if one else "do", "want", "to"):
               "ask_want"}.get((aux0, aux, plan))
    else:
        key = None
    return key if not yet or key in ("yet", "ask_yet") else None


_SAID_VI = {"past": "{} đã {}.", "just": "{} vừa {}.", "done": "{} đã {} rồi.", "yet": "{} chưa {}.",
            "going": "{} định {}.", "want": "{} muốn {}.", "ask": "{} có {} không?", "ask_yet": "{} đã {} chưa?",
            "ask_going": "{} có định {} không?", "ask_want": "{} có muốn {} không?"}
# "Did he confess …?" without a day as "đã … chưa?" ("có tỏ tình … không?" reads as "Does he …", "Will he …")
_CONFESSED_VI = _SAID_VI | {"ask": _SAID_VI["ask_yet"]}
_TOLD_VI = {key: _SAID_VI[key] for key in ("going", "want", "ask_going", "ask_want")}  # (not "told": _tell_vi)


def _said_vi(m: re.Match, past: bool, what: str, keys=_SAID_VI) -> str | None:
    """A match of _LEAD_EN … _END_EN in Vietnamese, who saying `what` ("tỏ tình với tôi", "rủ cô ấy đi hẹn hò") as
    _key_en reads it and `keys` write it: "Anh ấy đã …", "Anh ấy vừa …", "Bạn có định … không?"; None where it is not
    read or not one of `keys`, a day with any but "past" and "ask", or a day ahead."""
    who_, one = who_vi(m)
    key = _key_en(m, past, one, who_)
    key = key if key in keys else None
    day = when(m.groupdict().get("day"), "en", NEAR_SPANS)
    if key is None or day is None or day and (key not in ("past", "ask") or not BEHIND.search(m["day"])):
        return None
    if day:
        return placed(f"{who_} {'có ' * (key == 'ask')}{what}", day, " không?" if key == "ask" else ".")
    return capitalised(keys[key].format(who_, what))


def _whom_vi(m: re.Match) -> str | None:
    """Whom of a match of WHOM_EN in Vietnamese ("him" as "anh ấy", "my sister" as "em gái tôi"); None for "them"
    (things: an offer), who themselves, and a pet."""
    whom, who_ = as_whom(m["whom"], "en"), who_vi(m)[0]
    if m["whom"].lower() == "them" or whom is None or whom == who_ or animal(m) or any(
            pet in whom.split() for pet in _PETS):
        return None
    return whom


def _several(m: re.Match) -> bool:
    """Whether who or whom of a match of WHO_EN … WHOM_EN is a group ("We confessed our love.", "asked us out": an
    invitation, not a date; the Vietnamese of a group confessing is left too)."""
    return (m["who"] or "").lower() in _GROUPS_EN or (m["whom"] or "").lower() in _GROUPS_EN


def _kin_whom(m: re.Match) -> bool:
    """Whether whom of a match of WHOM_EN is kin, a partner, a friend or a boss ("my mother", "his wife", "my best
    friend"): told how one feels or confessed to, one confides or complains more than confesses love."""
    words = m["whom"].lower().split()
    return len(words) > 1 and words[0] in WHOSE_VI


def _agrees(m: re.Match, poss: str) -> bool:
    """Whether whose ("my", "his") of a match of WHO_EN is who's own: "I … my", "He … his", "My mother … her", a
    name … "his" or "her"."""
    own = EN_WHOSE.get({"i": "I"}.get(m["who"].lower(), m["who"].lower())) if m["who"] else his_her(who_vi(m)[0])
    return poss == own or own is None and poss in ("his", "her")


def _confess_vi(text: str) -> str | None:
    """"He confessed his feelings to me." as "Anh ấy đã tỏ tình với tôi.", "Minh confessed his feelings to Lan
    yesterday." as "Hôm qua Minh tỏ tình với Lan.", "Has he confessed his feelings to you yet?" as "Anh ấy đã tỏ tình
    với bạn chưa?", "Did he confess his love?" as "Anh ấy đã tỏ tình chưa?" (_CONFESS_EN); None for anything else,
    whose feelings not who's ("He confessed her …"), a group (_several), and kin confessed to (_kin_whom)."""
    m = _CONFESS_EN.fullmatch(text)
    if not m or not _agrees(m, m["poss"].lower()) or animal(m) or _several(m) or m["whom"] and _kin_whom(m):
        return None
    whom = _whom_vi(m) if m["whom"] else ""
    what = f"tỏ tình{f' với {whom}' * bool(whom)}"
    return None if whom is None else _said_vi(m, m["verb"] == "confessed", what, _CONFESSED_VI)


def _tell_vi(text: str) -> str | None:
    """"I'm going to tell her how I feel." as "Tôi định tỏ tình với cô ấy.", "Do you want to tell him how you feel?"
    as "Bạn có muốn tỏ tình với anh ấy không?" (_TELL_EN); None for anything else, for who telling how another
    feels, for "told" (how one felt: angry?), a group (_several), and told any but "him", "her" or a name ("you", "me",
    "my mother": _kin_whom; confiding, complaining?)."""
    m = _TELL_EN.fullmatch(text)
    if not m or animal(m) or _several(m) or m["whom"].lower() in ("you", "me") or _kin_whom(m) or (
            whom := _whom_vi(m)) is None:
        return None
    sub = m["sub"]
    own = {"I": "I"}.get(sub, sub.lower())
    # (who a name or kin, "how she feels" may be whom's: "Minh is going to tell Lan how she feels.")
    if not (m["who"] and m["who"].lower() == own.lower() or not m["who"] and own in ("he", "she") and _agrees(
            m, {"he": "his", "she": "her"}[own]) and m["whom"].lower() == {"he": "her", "she": "him"}[own]) or \
            (m["feel"] == "feels") != (own in ("he", "she")):
        return None
    return _said_vi(m, False, f"tỏ tình với {whom}", _TOLD_VI)


def _crush_vi(text: str) -> str | None:
    """"I have a crush on her." as "Tôi thầm thích cô ấy.", "Do you have a crush on someone?" as "Bạn đang thầm thích
    ai à?", "Who do you have a crush on?" as "Bạn thầm thích ai?", "I used to have a crush on him." as "Tôi từng thầm
    thích anh ấy." (_CRUSH_EN); None for anything else, and where a verb does not agree with who ("She have")."""
    m = _CRUSH_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    do, aux, has = (m["do"] or "").lower(), keyed((m["aux"] or "").replace("n't", " not")), keyed(m["has"])
    has = {"'s got": "has", "has got": "has", "'ve got": "have", "have got": "have", "'ve had": "have had",
           "'s had": "has had"}.get(has, has)
    asked, whom = "?" in m["end"], _whom_vi(m) if m["whom"] else None
    if bool(do) != asked or do and (do == "does") != one or m["whom"] and whom is None or \
            bool(m["q"]) != bool(m["do"] and m["do"].islower()):
        return None  # ("Who do you …", "Do you …": not "Do" after "Who")
    if m["q"]:
        ok = has == "have" and not (m["whom"] or m["anyone"] or aux or m["long"] or m["more"])
        return capitalised(f"{who_} thầm thích ai?") if ok else None
    if m["anyone"]:
        any_ = m["anyone"].lower().startswith("any")
        if not do or has != "have" or aux or m["long"] or m["more"]:
            return None
        return capitalised(f"{who_} có đang thầm thích ai không?" if any_ else f"{who_} đang thầm thích ai à?")
    if not whom:
        return None
    third = {"has": True, "have": False, "has had": True, "have had": False, "had": None}[has]
    key = {("", "has"): "now", ("", "have"): "now", ("still", "has"): "still", ("still", "have"): "still",
           ("", "had"): "used", ("used to", "have"): "used", ("do not", "have"): "not", ("does not", "have"): "not",
           ("", "has had"): "long", ("", "have had"): "long"}.get((aux, has))
    agrees = (aux.startswith("does") == one) if aux.endswith("not") else has == "have" if do else \
        third is None or aux == "used to" or third == one
    if key is None or not agrees or (key == "long") != bool(m["long"]) or m["more"] and key != "not" or \
            do and key != "now":
        return None
    if do:
        return capitalised(f"{who_} có thầm thích {whom} không?")
    said = {"now": "thầm thích {}.", "still": "vẫn thầm thích {}.", "used": "từng thầm thích {}.",
            "not": "không thầm thích {}.", "long": "đã thầm thích {} từ lâu rồi."}[key]
    if m["more"]:
        said = "không còn thầm thích {} nữa."
    return capitalised(f"{who_} {said.format(whom)}")


def _turn_vi(text: str) -> str | None:
    """"She turned him down." as "Cô ấy đã từ chối anh ấy.", "Did she turn you down?" as "Cô ấy có từ chối bạn
    không?" (_TURN_EN); None for anything else, and "them" (an offer) or who themselves."""
    m = _TURN_EN.fullmatch(text)
    if not m or animal(m) or (whom := _whom_vi(m)) is None:
        return None
    return _said_vi(m, m["verb"] == "turned", f"từ chối {whom}")


def _ask_out_vi(text: str) -> str | None:
    """"He asked me out." and "He asked me out on a date." as "Anh ấy đã rủ tôi đi hẹn hò.", "I'm going to ask her
    out." as "Tôi định rủ cô ấy đi hẹn hò.", "Has he asked you out yet?" as "Anh ấy đã rủ bạn đi hẹn hò chưa?"
    (_ASK_OUT_EN); None for anything else, and a group asking or asked ("asked us out": an invitation, not a date)."""
    m = _ASK_OUT_EN.fullmatch(text)
    if not m or animal(m) or _several(m) or (whom := _whom_vi(m)) is None:
        return None
    return _said_vi(m, m["verb"] == "asked", f"rủ {whom} đi hẹn hò")
