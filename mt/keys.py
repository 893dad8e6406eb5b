"""Keys forgotten, left somewhere, lost or not found, being locked out, keys seen, brought and a spare key, both ways,
written whole by rule. v8 (with every rule before this one): "Tôi quên mang chìa khóa." → "I forgot to bring key.",
"Tôi làm mất chìa khóa rồi." → "I lost my keys and.", "Tôi mất chìa khóa rồi." → "I took the key.", "Tôi để quên chìa
khóa ở trong nhà." → "I left my keys stayed in my house.", "Mẹ tôi quên mang chìa khóa." → "My mother forgot to carry
the key lead.", "Tôi bị khóa ở ngoài." → "I was locked outside.", "Bạn có thấy chìa khóa của tôi không?" → "Do you
see my key lead?", "Bạn có chìa khóa dự phòng không?" → "Do you have the lock of the room?"; "I left my keys inside."
→ "Tôi rời khỏi chìa khóa của tôi bên trong." (went away from), "I locked myself out." → "Tôi tự khóa.", "I'm locked
out." → "Tôi bị khóa.", "He forgot his keys." → "Anh ấy quên khóa của mình." (the lock), "Do you have a spare key?"
→ "Bạn có khóa co giật không?", "I dropped my keys." → "Tôi ghét chìa khóa của tôi." (hate), "I just lost my car
keys." → "Tôi chỉ mất các phím xe của tôi." (a keyboard's). A spare key cut, a locksmith: "Tôi đi đánh thêm chìa khoá."
→ "I'm going to hit more key leads.", "Tôi vừa đánh thêm một chìa khoá." → "I've hit a key lead.", "Tôi phải gọi thợ
khoá." → "I must call the mechanic.", "Bạn có số thợ khoá không?" → "Do you have some lockers?", "Mẹ tôi đang gọi thợ
khóa." → "My mother is calling the locker."; "I'm going to get a spare key cut." → "Tôi sẽ có một cái cắt khóa
spare.", "Have you had a spare key cut?" → "Bạn có cắt co giật không?", "I have to call a locksmith." → "Tôi phải gọi
khóa.", "Do you have a locksmith's number?" → "Bạn có khóa số thứ tự không?", "He's just called a locksmith." → "Anh
ấy chỉ gọi khóa học." (a course).

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) forgot, left (at home, inside, in the car,
at the office, at work, at school: PLACES), lost, dropped or can't find their keys (car keys, house keys; whose said
or not), with "đã", "vừa" (just) or "rồi" (have); who is locked out or locked themselves out; "Have you seen my
keys?" (or "Has anyone …"); whether who has a spare key, or "Is there a spare key?"; whether who has their keys with
them; who gets a spare key cut ("đánh thêm", "làm thêm" a key: "I'm going to get a spare key cut.") or calls a
locksmith ("thợ khóa", "thợ sửa khoá"), going to ("đi"), will, has to, needs to, not needing or having to, asked so
("có cần … không?"), just, "đã" (past), "rồi" (have), "chưa?" (yet), "chưa" (not yet), "đang" (calling); whether who
has a locksmith's number, or needs a locksmith. "đi" with no "sẽ" only for the speaker ("Tôi", "Chúng tôi").
Left: "Tôi gọi thợ khóa." with no time said (called, or calls?), "đi" with a time behind or to a locksmith (went to
fetch?), "đi" with no "sẽ" said of anyone else ("Lan đi đánh thêm chìa khóa.": has gone, or is going?; "Bạn đi …": go
and get one; "Chúng ta đi …": let's), "nhỉ" on a statement (isn't it?), "I'm getting a spare key cut." (now, or
arranged?), "Bạn có gọi thợ khóa chưa?", "He's called a locksmith." (is called one?), a key cut with no "thêm" (a
replacement?), "a key cut", "the locksmith's number" (which one?), a pet as who, a key of a room (the phrase
list's), a key stolen, kin or a name losing, dropping, forgetting or not finding keys with no place said
(mt/mishaps.py's), "Where are my keys?" (an earlier rule's), "I left my keys." with no place, "their" for one person
("Lan để quên chìa khóa ở nhà."), a time or a day said, and anything else.
mt.phrasebook.translate tries these after mt/moving.py.

    >>> translate("Tôi quên mang chìa khóa.", "vi", "en"), translate("I left my keys inside.", "en", "vi")
    ('I forgot my keys.', 'Tôi để quên chìa khóa ở trong nhà.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, be_of, his_her_of, own_thing, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_SELF, EN_WHOSE, SOFTENED_END, SOFTENER, WHOSE_OF, alternatives, be, be_said,
                   capitalised, contracted, keyed, present)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chìa|kh[oó][aá]|nhốt)"), "en": lazy(r"(?i:\bkeys?\b|\blocked\b|locksmith)")}
# where keys were left (the first English of each is written back, and the first Vietnamese; not "trong phòng", a
# room's key, the phrase list's)
PLACES = {"ở nhà": "at home", "ở trong nhà": "inside", "trong nhà": "inside", "trong xe": "in the car",
          "ở trong xe": "in the car", "trong ô tô": "in the car", "trong xe hơi": "in the car",
          "ở văn phòng": "at the office", "tại văn phòng": "at the office", "ở chỗ làm": "at work",
          "ở cơ quan": "at work", "ở công ty": "at work", "ở trường": "at school"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {
    "in the house": "ở trong nhà", "in the office": "ở văn phòng"}
_KINDS = {"xe": "car keys", "nhà": "house keys"}
_KINDS_VI = {"car": "xe", "house": "nhà"}
# what was done to them, by the English verb it takes
_VERBS = {"quên mang theo": "forgot", "quên mang": "forgot", "quên": "forgot", "để quên": "left", "bỏ quên": "left",
          "bị mất": "lost", "làm mất": "lost", "đánh mất": "lost", "mất": "lost", "không tìm thấy": "find",
          "không tìm được": "find", "không thấy": "find", "đánh rơi": "dropped", "làm rơi": "dropped"}
_PERFECT = {"forgot": "forgotten", "left": "left", "lost": "lost", "dropped": "dropped"}
_SELF = {EN_WHOSE[who_]: self_ for who_, self_ in EN_SELF.items()}  # ("my": "myself")
_SELF_WHOSE = {s: w for w, s in _SELF.items()} | {"yourselves": "your"}
_OBJECT_OF = {"my": "me", "your": "you", "his": "him", "her": "her", "our": "us", "their": "them"}  # ("with me")

_KEY = r"chìa\s+kh(?:óa|oá)"
_THING = (rf"(?i:{_KEY})(?:\s+(?P<kind>(?i:xe|nhà)))?(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?")
# forgotten, left, lost, not found ("Tôi quên mang chìa khóa.", "Tôi để quên chìa khóa ở nhà rồi.")
_LOST = lazy(rf"{WHO}\s+(?:(?P<did>đã|vừa)\s+)?(?P<v>(?i:{alternatives(_VERBS)}))\s+{_THING}"
             rf"(?:\s+(?P<theo>theo))?(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?"
             rf"(?:\s+(?P<where>đâu(?:\s+cả)?))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# locked out ("Tôi bị khóa ở ngoài.", "Tôi tự khóa mình ở ngoài.")
_LOCK = r"(?:khóa|khoá|nhốt)"
_OUT = lazy(rf"{WHO}\s+(?:(?P<did>đã|vừa)\s+)?(?:bị\s+{_LOCK}|(?P<self>tự\s+{_LOCK}\s+mình))"
            rf"\s+(?:ở\s+)?(?:bên\s+)?ngoài(?:\s+(?:nhà|cửa))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# seen ("Bạn có thấy chìa khóa của tôi không?", "Có ai thấy chìa khóa xe của tôi không?")
_SEEN = lazy(rf"(?:{WHO}|(?P<anyone>[Cc]ó\s+ai))\s+(?:(?:có|đã)\s+)?(?:nhìn\s+)?thấy\s+{_THING}"
             rf"(?:\s+(?:ở\s+)?đâu)?\s+(?:không|chưa){SOFTENER}\s*\?+")
# a spare key, or the keys with them ("Bạn có chìa khóa dự phòng không?", "Tôi không mang theo chìa khóa.")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:có\s+(?i:{_KEY})\s+"
             rf"(?P<spare>dự\s+phòng|dự\s+trữ)|(?P<bring>mang)(?:\s+theo)?\s+{_THING}(?:\s+theo)?){ASKED_END}")
_THERE = lazy(rf"[Cc]ó\s+(?i:{_KEY})\s+(?:dự\s+phòng|dự\s+trữ)\s+không{SOFTENER}\s*\?+")

# ... and in English ("my keys", "the car keys", "her key")
_THING_EN = rf"(?P<owner>the|(?i:{WHOSE_WORDS}))\s+(?:(?P<kind>car|house)\s+)?keys?"
_HAVE_AUX = r"\s+have|\s+has|['’]ve|['’]s"
_NOT_EN = r"\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)"
_LOST_EN = lazy(rf"{WHO_EN}(?P<aux>{_HAVE_AUX})?(?P<just>\s+just)?\s+(?P<v>forgot|forgotten|left|lost|dropped|"
                r"can['’]t\s+find|cannot\s+find|can\s+not\s+find|couldn['’]t\s+find)(?P<bring>\s+to\s+bring)?\s+"
                rf"{_THING_EN}(?:\s+(?P<place>{alternatives(PLACES_VI)}))?\s*(?P<end>[.!]*)")
_OUT_EN = lazy(rf"{WHO_EN}(?:(?P<be>\s+am|\s+are|\s+is|['’]m|['’]re|['’]s|\s+was|\s+were)|\s+got)\s+locked\s+"
               r"out\s*[.!]*")
_SELF_EN = lazy(rf"{WHO_EN}(?P<aux>{_HAVE_AUX})?(?P<just>\s+just)?\s+locked\s+"
                rf"(?P<self>{alternatives(_SELF_WHOSE)})\s+out\s*[.!]*")
_SEEN_EN = lazy(rf"(?P<do>Have|Has|Did)\s+(?:{WHO_EN}|(?P<anyone>anyone|anybody))\s+(?P<v>seen|see)\s+"
                rf"{_THING_EN}(?:\s+anywhere)?\s*\?+")
_HAVE_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?P<not>{_NOT_EN})?\s+(?P<v>have|has|bring)\s+"
                rf"(?:(?P<spare>an?\s+spare\s+key)|{_THING_EN}(?:\s+with\s+(?P<obj>me|you|him|her|us|them))?)"
                r"\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(r"Is\s+there\s+a\s+spare\s+key\s*\?+")

# a spare key cut, a locksmith called ("Tôi đi đánh thêm chìa khóa.", "Tôi phải gọi thợ khóa."): the word before the
# verb, by the mode it is read as ("có" before "cần", "phải" asks; "rồi", "chưa?" after: done, not yet)
_MODES = {"sẽ": "will", "phải": "must", "cần": "need", "không cần": "not_need", "không phải": "not_must",
          "vừa": "just", "vừa mới": "just", "đã": "past", "đang": "ing", "chưa": "not_yet"}
_SMITH = r"thợ\s+(?:sửa\s+)?kh(?:óa|oá)"
# who may go with "đi" and no "sẽ" ("Tôi đi đánh thêm chìa khóa.": the speaker setting off; "Mẹ tôi đi …" may have
# gone already, "Bạn đi …" sends the one spoken to, "Chúng ta đi …" is "let's")
_GOING_SPEAKER = {"tôi", "mình", "chúng tôi"}
_GETTING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<tense>{alternatives(_MODES)})\s+)?(?:(?P<go>đi)\s+)?"
                rf"(?:(?:đánh|làm)\s+thêm\s+(?:(?:một|1)\s+)?(?:(?:cái|chiếc)\s+)?{_KEY}(?:\s+dự\s+phòng)?|"
                rf"(?P<call>gọi)\s+(?:cho\s+)?(?:(?:một|1)\s+)?(?:người\s+)?{_SMITH})"
                rf"(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
# a locksmith's number had, a locksmith needed ("Bạn có số thợ khóa không?", "Tôi cần thợ khóa.")
_SMITH_HAD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<number>có\s+số(?:\s+điện\s+thoại)?)\s+"
                  rf"|cần\s+)(?:(?:một|1)\s+)?(?:người\s+)?{_SMITH}{ASKED_END}")
# ... in English: what comes before the verb (its contractions written out, its verb agreed and made "be", "have",
# "need", "do"), by the mode it is read as; and each thing's verb: base, past, done, "-ing"
_MODES_EN = {"be going to": "going", "will": "will", "have to": "must", "need to": "need",
             "do not need to": "not_need", "do not have to": "not_must", "have just": "just", "just": "just",
             "": "past", "have": "done", "have not": "not_yet", "be": "ing"}
_MODES_VI = {"going": "sẽ", "will": "sẽ", "must": "phải", "need": "cần", "not_need": "không cần",
             "not_must": "không phải", "just": "vừa", "past": "đã", "done": "đã", "not_yet": "chưa", "ing": "đang",
             "yet_q": "đã", "need_q": "có cần", "must_q": "có phải"}
_FORMS = {"cut": ("get", "had", "had", "getting", "a spare key cut"),
          "call": ("call", "called", "called", "calling", "a locksmith")}
_AUX = (r"(?:\s+(?:am|is|are)|['’](?:m|re|s))\s+going\s+to|\s+will|['’]ll|\s+(?:have|has|need|needs)\s+to|"
        r"\s+(?:do|does)\s+not\s+(?:have|need)\s+to|\s+(?:don|doesn)['’]t\s+(?:have|need)\s+to|"
        r"(?:\s+(?:have|has)|['’](?:ve|s))(?:\s+just)?|\s+just|\s+(?:have|has)\s+not|\s+(?:haven|hasn)['’]t|"
        r"\s+(?:am|is|are)|['’](?:m|re|s)")
_GETTING_EN = lazy(rf"(?:(?P<q>Have|Has|Did|Do|Does)\s+)?{WHO_EN}(?P<aux>{_AUX})?\s+"
                   r"(?P<v>get|have|had|got|getting|call|called|calling)\s+(?P<what>(?:a\s+spare|an\s+extra|"
                   r"another)\s+key\s+cut|a\s+locksmith)(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_SMITH_HAD_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<not>{_NOT_EN})?\s+(?P<v>have|has|need|needs)\s+a\s+"
                     r"locksmith(?P<number>['’]s\s+(?:phone\s+)?number)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)  # ("Tôi gọi thợ khóa rồi nhỉ.": haven't I?)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who forgot, left, lost or can't find their keys, is locked out, or
    asks for keys seen or a spare key; None for any other."""
    if src == "vi":
        return _lost(text) or _out(text) or _seen(text) or _have(text) or _getting(text) or _smith(text)
    return _lost_vi(text) or _out_vi(text) or _seen_vi(text) or _have_vi(text) or _getting_vi(text) or _smith_vi(text)


def _whose_of(m: re.Match, who_: str) -> str | None:
    """Whose keys are the subject's own, in English, for who of a match of WHO (`who_` as mt.hobbies.who wrote it):
    "my" for "tôi", "her" for "mẹ tôi", "his" for "Bác Hùng"; None for a name alone or "bạn tôi" (his or her?), and
    for "their" said of one person."""
    whose = WHOSE_OF[who_.lower()] if m["who"] else his_her_of(m)
    return None if whose == "their" and who_ != "they" else whose


def _keys_en(m: re.Match, whose: str) -> str:
    """The keys of a match of _THING in English: "my keys", "his car keys" (`whose`, the subject's own, where not
    said or said "mình")."""
    said = keyed(m["owner"] or "")
    whose = whose if said in ("", "mình") else OWNERS[said]
    return f"{whose} {_KINDS[keyed(m['kind'])] if m['kind'] else 'keys'}"


def _lost(text: str) -> str | None:
    """"Tôi quên mang chìa khóa." as "I forgot my keys.", "Tôi để quên chìa khóa ở trong nhà." as "I left my keys
    inside.", "Tôi làm mất chìa khóa rồi." as "I've lost my keys.", "Mẹ tôi không tìm thấy chìa khóa xe đâu." as "My
    mother can't find her car keys." (_LOST); None for anything else."""
    m = _LOST.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None or (whose := _whose_of(m, said[0])) is None:
        return None
    verb, v, did = _VERBS[keyed(m["v"])], keyed(m["v"]), keyed(m["did"] or "")
    if m["theo"] and not v.startswith("quên mang") or m["where"] and verb != "find" or m["place"] and (
            verb not in ("forgot", "left") or v.startswith("quên mang")) or verb == "find" and (did or m["done"]):
        return None
    who_, one = said
    verb = "left" if m["place"] else {"left": "forgot", "find": "can't find"}.get(verb, verb)
    place, keys = f" {PLACES[keyed(m['place'])]}" if m["place"] else "", _keys_en(m, whose)
    if did == "vừa":
        return capitalised(f"{who_} just {verb} {keys}{place}.")
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {_PERFECT[verb]} {keys}{place}."))
    return capitalised(f"{who_} {verb} {keys}{place}.")


def _out(text: str) -> str | None:
    """"Tôi bị khóa ở ngoài." as "I'm locked out.", "Chúng tôi đã bị khóa ở ngoài." as "We got locked out.", "Anh ấy
    tự khóa mình ở ngoài." as "He locked himself out." (_OUT); None for anything else."""
    m = _OUT.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    (who_, one), did = said, keyed(m["did"] or "")
    if m["self"]:
        if (whose := _whose_of(m, who_)) is None:
            return None
        just = " just" if did == "vừa" else ""
        if m["done"]:
            return capitalised(contracted(who_, f"{'has' if one else 'have'}{just} locked {_SELF[whose]} out."))
        return capitalised(f"{who_}{just} locked {_SELF[whose]} out.")
    if did == "vừa" or did and m["done"]:
        return None
    return capitalised(f"{who_} got locked out." if did else contracted(who_, f"{be(who_)} locked out."))


def _seen(text: str) -> str | None:
    """"Bạn có thấy chìa khóa của tôi không?" as "Have you seen my keys?", "Có ai thấy chìa khóa xe không?" as "Has
    anyone seen the car keys?" (_SEEN); None for anything else, and for "mình" (whose?) or the speaker asked."""
    m = _SEEN.fullmatch(text)
    if not m or keyed(m["owner"] or "") == "mình":
        return None
    said = ("anyone", True) if m["anyone"] else who(m, True)
    if said is None or said[0] in ("I", "we"):
        return None
    return f"{'Has' if said[1] else 'Have'} {said[0]} seen {_keys_en(m, 'the')}?"


def _have(text: str) -> str | None:
    """"Bạn có chìa khóa dự phòng không?" as "Do you have a spare key?", "Có chìa khóa dự phòng không?" as "Is there
    a spare key?", "Bạn có mang chìa khóa không?" as "Do you have your keys?", "Tôi không mang theo chìa khóa." as
    "I don't have my keys with me." (_HAVE, _THERE); None for anything else."""
    if _THERE.fullmatch(text):
        return "Is there a spare key?"
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and asked or bool(m["ask"]) != (asked and bool(m["bring"])):
        return None
    if (said := who(m, asked)) is None or m["bring"] and not (asked or m["not"]):
        return None
    (who_, one), do = said, "Does" if said[1] else "Do"
    if m["spare"]:
        return present(who_, one, "have", "a spare key", asked, bool(m["not"]))
    if (whose := _whose_of(m, who_)) is None or keyed(m["owner"] or "mình") != "mình":
        return None
    if asked:
        return f"{do} {who_} have {_keys_en(m, whose)}?"
    return capitalised(f"{who_} {'doesn' if one else 'don'}'t have {_keys_en(m, whose)} with {_OBJECT_OF[whose]}.")


def _keys_vi(m: re.Match, own: bool) -> str:
    """The keys of a match of _THING_EN in Vietnamese: "chìa khóa", "chìa khóa xe", "chìa khóa của bạn"."""
    kind = f" {_KINDS_VI[m['kind']]}" if m["kind"] else ""
    return f"chìa khóa{kind}" + ("" if own or m["owner"].lower() == "the" else f" của {WHOSE_VI[m['owner'].lower()]}")


def _agrees(aux: str | None, one: bool) -> bool:
    """Whether "have", "has" or their contraction (`aux`, None for none said) agrees with who."""
    said = (aux or "").strip().lower().replace("’", "'")
    return not said or (said in ("has", "'s")) == one


def _lost_vi(text: str) -> str | None:
    """"I forgot my keys." as "Tôi quên mang chìa khóa.", "I left my keys inside." as "Tôi để quên chìa khóa ở trong
    nhà.", "He's lost his car keys." as "Anh ấy bị mất chìa khóa xe rồi.", "I can't find my keys." as "Tôi không tìm
    thấy chìa khóa." (_LOST_EN); None for anything else, "left" with no place, and where "has" does not agree."""
    m = _LOST_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), verb = who_vi(m), " ".join(m["v"].lower().split())
    own, find = own_thing(m, who_, one), verb.endswith("find")
    if own is None or not _agrees(m["aux"], one) or (verb == "forgotten") != bool(m["aux"]) and verb not in (
            "left", "lost", "dropped") or find and (m["just"] or m["place"]) or m["bring"] and (
            m["place"] or not verb.startswith("forgot")) or m["place"] and verb in ("lost", "dropped") or (
            verb == "left" and not m["place"]):
        return None
    done = " rồi" if m["aux"] and not m["just"] else ""
    place = f" {PLACES_VI[' '.join(m['place'].lower().split())]}" if m["place"] else ""
    lost = "bị mất" if own else "làm mất"  # ("bị": befallen one; another's keys are lost by one)
    said = "không tìm thấy" if find else lost if verb == "lost" else "đánh rơi" if verb == "dropped" else (
        "để quên" if m["place"] else "quên mang")
    return capitalised(f"{who_} {'vừa ' if m['just'] else ''}{said} {_keys_vi(m, own)}{place}{done}.")


def _out_vi(text: str) -> str | None:
    """"I'm locked out." as "Tôi bị khóa ở ngoài.", "I locked myself out." as "Tôi tự khóa mình ở ngoài." (_OUT_EN,
    _SELF_EN); None for anything else, and where "is" or "myself" does not agree with who."""
    if m := _OUT_EN.fullmatch(text):
        who_, one = who_vi(m)
        said = be_said(m["be"] or "")
        agrees = said in ("", be_of(who_, one), be_of(who_, one, True))
        return capitalised(f"{who_} bị khóa ở ngoài.") if agrees else None
    if not (m := _SELF_EN.fullmatch(text)):
        return None
    who_, one = who_vi(m)
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    said = _SELF_WHOSE[m["self"].lower()]
    if not _agrees(m["aux"], one) or said != own and not (own is None and one and said in ("his", "her")):
        return None
    done = " rồi" if m["aux"] and not m["just"] else ""
    return capitalised(f"{who_} {'vừa ' if m['just'] else ''}tự khóa mình ở ngoài{done}.")


def _seen_vi(text: str) -> str | None:
    """"Have you seen my keys?" as "Bạn có thấy chìa khóa của tôi không?", "Has anyone seen the car keys?" as "Có
    ai thấy chìa khóa xe không?" (_SEEN_EN); None for anything else, and where "has" does not agree."""
    m = _SEEN_EN.fullmatch(text)
    if not m or (m["do"] == "Did") != (m["v"] == "see"):
        return None
    who_, one = ("ai", True) if m["anyone"] else who_vi(m)
    if m["do"] != "Did" and (m["do"] == "Has") != one or who_ in ("tôi", "chúng tôi"):
        return None
    keys = _keys_vi(m, False)
    return f"Có ai thấy {keys} không?" if m["anyone"] else capitalised(f"{who_} có thấy {keys} không?")


def _have_vi(text: str) -> str | None:
    """"Do you have a spare key?" as "Bạn có chìa khóa dự phòng không?", "Is there a spare key?" as "Có chìa khóa
    dự phòng không?", "Did you bring your keys?" as "Bạn có mang chìa khóa không?", "I don't have my keys with me."
    as "Tôi không mang theo chìa khóa." (_HAVE_EN); None for anything else and where a verb does not agree."""
    if _THERE_EN.fullmatch(text):
        return "Có chìa khóa dự phòng không?"
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = who_vi(m)
    aux, verb = " ".join((m["do"] or m["not"] or "").lower().split()), m["v"]
    if aux and (verb == "has" or aux != "did" and aux.startswith(("does", "doesn")) != one) or not aux and (
            verb != ("has" if one else "have")) or (aux == "did") != (verb == "bring") or m["spare"] and (
            verb == "bring"):
        return None
    if m["spare"]:
        return capitalised(f"{who_} có chìa khóa dự phòng không?" if m["do"] else
                           f"{who_} {'không ' if m['not'] else ''}có chìa khóa dự phòng.")
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    if own_thing(m, who_, one) is not True or m["owner"].lower() == "the" or m["obj"] and m["obj"] != _OBJECT_OF.get(
            own or "") or not aux:
        return None
    return capitalised(f"{who_} có mang {_keys_vi(m, True)} không?" if m["do"] else
                       f"{who_} không mang theo {_keys_vi(m, True)}.")


def _said_en(who_: str, one: bool, mode: str, thing: str) -> str:
    """A spare key cut or a locksmith called (`thing`: "cut", "call") by who in English, in `mode` (of _MODES_EN,
    or "yet_q", "need_q", "must_q" asked): "I'm going to get a spare key cut.", "Have you called a locksmith yet?"."""
    base, past, done, ing, what = _FORMS[thing]
    has, do = ("has", "does") if one else ("have", "do")
    if mode.endswith("_q"):
        return (f"{has.capitalize()} {who_} {done} {what} yet?" if mode == "yet_q" else
                f"{do.capitalize()} {who_} {'need' if mode == 'need_q' else 'have'} to {base} {what}?")
    said = {"going": f"{be(who_)} going to {base}", "will": f"will {base}", "must": f"{has} to {base}",
            "need": f"{'needs' if one else 'need'} to {base}", "not_need": f"{do}n't need to {base}",
            "not_must": f"{do}n't have to {base}", "just": f"{has} just {done}", "past": past, "done": f"{has} {done}",
            "not_yet": f"{has}n't {done}", "ing": f"{be(who_)} {ing}"}[mode]
    return capitalised(contracted(who_, f"{said} {what}{' yet' if mode == 'not_yet' else ''}."))


def _mode(m: re.Match) -> str | None:
    """The mode of a match of _GETTING (of _MODES, or asked: "yet_q", "need_q", "must_q"); None where its words do
    not go together ("có" with no "cần", "phải" and "không?"; "đi" to a locksmith or done, or with no "sẽ" but by the
    speaker), or tell no time ("Tôi gọi thợ khóa.": called, or calls?)."""
    mode, done, asked = _MODES.get(keyed(m["tense"] or ""), ""), keyed(m["done"] or ""), "?" in m["end"]
    if m["go"] and (m["call"] or done or mode not in ("", "will", "must", "need", "not_need", "not_must") or (
            not mode and keyed(m["who"] or "") not in _GOING_SPEAKER)):
        return None
    if m["asked"] or m["ask"]:
        return f"{mode}_q" if m["ask"] and m["asked"] and mode in ("need", "must") and not done else None
    if done == "chưa":
        return "yet_q" if asked and mode in ("", "past") else None
    if asked or done and mode not in ("", "past"):
        return None
    return "done" if done else "going" if m["go"] and mode in ("", "will") else mode or None


def _getting(text: str) -> str | None:
    """"Tôi đi đánh thêm chìa khóa." as "I'm going to get a spare key cut.", "Tôi vừa đánh thêm một chìa khóa." as
    "I've just had a spare key cut.", "Tôi phải gọi thợ khóa." as "I have to call a locksmith.", "Bạn đã gọi thợ khóa
    chưa?" as "Have you called a locksmith yet?" (_GETTING); None for anything else, and for a pet."""
    m = _GETTING.fullmatch(text)
    if not m or (mode := _mode(m)) is None or (said := who(m, mode.endswith("_q"))) is None or animal(m):
        return None
    return _said_en(*said, mode, "call" if m["call"] else "cut")


def _smith(text: str) -> str | None:
    """"Bạn có số thợ khóa không?" as "Do you have a locksmith's number?", "Tôi cần thợ khóa." as "I need a
    locksmith." (_SMITH_HAD); None for anything else."""
    m = _SMITH_HAD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["not"] and asked or m["ask"] and (m["number"] or not asked) or (
            said := who(m, asked)) is None or animal(m):
        return None
    verb, what = ("have", "a locksmith's number") if m["number"] else ("need", "a locksmith")
    return present(*said, verb, what, asked, bool(m["not"]), m["end"])


def _agreed(word: str, one: bool) -> str | None:
    """A verb said after who ("is", "has", "needs", "does") as _MODES_EN keys it ("be", "have", "need", "do"), where it
    agrees with who (`one`: he, she, my mother); the word itself for any other, None where it does not agree."""
    for one_, many, key in (("has", "have", "have"), ("needs", "need", "need"), ("does", "do", "do")):
        if word in (one_, many):
            return key if (word == one_) == one else None
    return word


def _getting_vi(text: str) -> str | None:
    """"I'm going to get a spare key cut." as "Tôi sẽ đi đánh thêm một chìa khóa.", "I've just had a spare key cut."
    as "Tôi vừa đánh thêm một chìa khóa.", "I have to call a locksmith." as "Tôi phải gọi thợ khóa." (_GETTING_EN);
    None for anything else, a verb that does not agree or is not of its mode, "'s called" (is called?) and "getting" a
    key cut (now, or arranged for later?)."""
    m = _GETTING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    (who_, one), thing, v = who_vi(m), "call" if "locksmith" in m["what"] else "cut", m["v"]
    said = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    if said == "'s" and v == "called":
        return None
    is_ = "is" if "going" in said or v.endswith("ing") else "has"
    aux = " ".join({"'m": "am", "'re": "are", "'ll": "will", "'ve": "have", "'s": is_}.get(w, w) for w in said.split())
    if q := (m["q"] or "").lower():
        if q in ("have", "has", "did") and (aux or q == "has" and not one or q == "have" and one) or q in (
                "do", "does") and (aux not in ("need to", "have to") or (q == "does") != one):
            return None
        mode = "yet_q" if q in ("have", "has", "did") else "need_q" if aux == "need to" else "must_q"
        verb = "done" if q in ("have", "has") else "base"
    else:
        first, _, rest = aux.partition(" ")
        first = ("be" if first == be_of(who_, one) else None) if first in ("am", "is", "are") else _agreed(first, one)
        mode = first is not None and _MODES_EN.get(" ".join(filter(None, (first, rest))))
        if not mode:
            return None
        verb = {"past": "past", "just": "past" if aux == "just" else "done", "done": "done", "not_yet": "done",
                "ing": "ing"}.get(mode, "base")
    base, past, done, ing, _ = _FORMS[thing]
    # ("I need to have a spare key cut.", "I got a spare key cut.")
    forms = {"base": {base} | ({"have"} if thing == "cut" else set()), "past": {past} | (
        {"got"} if thing == "cut" else set()), "done": {done}, "ing": {ing}}[verb]
    # ("I'm getting a spare key cut." is as often a plan as the cutting now: "đang" says only the second)
    if v not in forms or m["yet"] and mode not in ("not_yet", "yet_q") or mode == "ing" and thing == "cut":
        return None
    did = _MODES_VI[mode] + (" đi" if mode == "going" and thing == "cut" else "")
    what = "gọi thợ khóa" if thing == "call" else "đánh thêm một chìa khóa"
    end = {"done": " rồi.", "yet_q": " chưa?", "need_q": " không?", "must_q": " không?"}.get(mode, ".")
    return capitalised(f"{who_} {did} {what}{end}")


def _smith_vi(text: str) -> str | None:
    """"Do you have a locksmith's number?" as "Bạn có số thợ khóa không?", "I need a locksmith." as "Tôi cần thợ
    khóa." (_SMITH_HAD_EN); None for anything else and where a verb does not agree."""
    m = _SMITH_HAD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or animal(m):
        return None
    who_, one = who_vi(m)
    aux, v = (m["q"] or m["not"] or "").lower().split(), m["v"]
    if aux and (v in ("has", "needs") or aux[0].startswith("does") != one) or not aux and (
            v in ("has", "needs")) != one or v.startswith("ne") == bool(m["number"]):
        return None
    did = ("có số" if m["number"] else "có cần" if m["q"] else "cần")
    return capitalised(f"{who_} {'không ' if m['not'] else ''}{did} thợ khóa{' không?' if m['q'] else '.'}")
