"""Parties and invitations, both ways, written whole by rule: who is having or throwing a party (for whom), who is
coming or going to one, who invited whom, who was invited, thanks for inviting me, and where the party is. v8 (with
the rules before this one) reads "tổ chức" as held, "mời" without its tense, and "party" as a political party:
"Chúng tôi tổ chức tiệc cho mẹ tôi." → "We held our party to our mother.", "Bạn có đến bữa tiệc không?" → "Do you
come to the party?", "Họ không mời tôi." → "They don't invite me.", "Bạn có mời Lan không?" → "Do you invite Lan?",
"Tôi có được mời không?" → "Can I invite?", "Cảm ơn vì đã mời tôi." → "Thank you for invited me.", "Bữa tiệc ở
đâu?" → "Where were the party?", "Cuối tuần này Lan tổ chức tiệc." → "This weekend, land the party."; "We're having
a party on Saturday." → "Chúng tôi đang có buổi tiệc vào thứ Bảy.", "Are you coming to the party?" → "Bạn đang đến dự
tiệc?", "We threw a party for my mother." → "Chúng tôi ném một bữa tiệc …" (threw at), "I was invited to her party."
→ "Tôi đã mời dự tiệc của cô ấy." (I invited), "Who are you inviting?" → "Bạn đang nghĩ ai?", "Where's the party?" →
"Đảng ở đâu?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) having ("tổ chức", "mở") a party, of
KINDS or not, for whom (mt.hobbies.WHOM), on a day (mt.free_time.when, mt.dates.NEAR_SPANS, "thứ Bảy này"), had one,
is planning one, asked; who is coming or going to a party, whose ("của Lan", "my", "Lan's"), can't, isn't, went,
asked; who invited whom (to a party), will, didn't, hasn't yet, asked ("Did you invite him?", "Who did you
invite?"); who was, has been or wasn't invited (to a party), asked; "Cảm ơn (bạn) vì đã mời tôi (…)." and "Cảm ơn
lời mời của bạn."; "Bữa tiệc ở đâu?". Left: a surprise party (mt/luck.py's), how the party was (mt/how_was.py's),
weddings (mt/weddings.py's), thanks for inviting us said so in English (mt/hosting.py's) and "Cảm ơn bạn đã mời
tôi." (the phrasebook's), when the party starts (mt/timetables.py's), "mời" alone ("Tôi mời bạn.": a treat, or an
invitation? mt/bills.py), "Bạn mời ai?" with no tense, "không tổ chức" (not having, or didn't?), "tiệc bạn" (a
friend's, or yours?), inviting "mọi người" or two people, and anything else.
mt.phrasebook.translate tries these after mt/promises.py.

    >>> translate("Chúng tôi tổ chức tiệc cho mẹ tôi.", "vi", "en")
    'We threw a party for my mother.'
    >>> translate("Are you coming to the party?", "en", "vi")
    'Bạn có đến dự tiệc không?'
"""
from __future__ import annotations

import re

from . import hobbies
from .dates import NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, be_agrees
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (
    ASKED_END,
    BE_EN,
    EN_DAYS,
    EN_OBJECT,
    PAST_BE,
    SOFTENED_END,
    SOFTENER,
    VI_DAYS,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tiệc|mời)"), "en": lazy(r"(?i:party|invit)")}
# what the party is for (English before "party"), and back
KINDS = {"sinh nhật": "birthday", "tân gia": "housewarming", "chia tay": "farewell", "Giáng sinh": "Christmas",
         "Noel": "Christmas"}
KINDS_VI = {en.lower(): vi for vi, en in reversed(KINDS.items())}
# days the party is on, besides those mt.free_time.when reads ("thứ Bảy này": this Saturday)
_DAYS = NEAR_SPANS | {f"{keyed(vi)} này": f"this {en}" for en, vi in zip(EN_DAYS, VI_DAYS)}
_PARTY = rf"(?:(?i:(?:một\s+)?(?:bữa|buổi)\s+tiệc)|(?i:t)iệc)(?:\s+(?P<kind>(?i:{alternatives(KINDS)})))?"
_ING = {"have": "having", "throw": "throwing", "go": "going", "come": "coming"}
_OF = rf"(?:\s+(?P<of>của\s+)?{OWNER})?"  # whose ("của Lan", "của tôi", "bạn tôi")
_TO = rf"(?:\s+(?:đến\s+dự|đến|tới|dự|đi\s+dự|tham\s+dự)\s+{_PARTY}{_OF})?"  # invited to one
# who has a party ("Thứ Bảy này chúng tôi tổ chức tiệc.", "Chúng tôi tổ chức tiệc cho mẹ tôi.")
_HOLD = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+|(?P<tense>sẽ|đã|đang|định|sắp)\s+)?(?:tổ\s+chức|mở)\s+"
             rf"{_PARTY}(?:\s+cho\s+{WHOM})?{DAY_AFTER}{ASKED_END}")
# who goes to one ("Bạn có đến dự tiệc không?", "Tối nay tôi đi dự tiệc của Lan.")
_GOING = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>sẽ\s+không|sẽ|không\s+thể|không|có|đã)\s+)?(?P<go>đi\s+dự|"
              rf"đi|dự|tham\s+dự|(?P<come>đến|tới)(?:\s+dự)?)\s+{_PARTY}{_OF}{DAY_AFTER}"
              rf"(?:\s+(?P<can>được))?{ASKED_END}")
# who invites whom ("Bạn có mời anh ấy không?", "Bạn đã mời ai?", "Họ không mời tôi.")
_INVITE = lazy(rf"{WHO}\s+(?:(?P<tense>đã|sẽ\s+không|sẽ|không|chưa|có|định)\s+)?mời\s+(?:{WHOM}|"
               rf"(?P<which>(?:những\s+)?ai)){_TO}(?:\s+(?P<yet>chưa))?{ASKED_END}")
# who is invited ("Tôi được mời đến bữa tiệc của cô ấy.", "Tôi có được mời không?")
_INVITED = lazy(rf"{WHO}\s+(?:(?P<tense>đã|không|chưa|có)\s+)?được\s+mời{_TO}(?:\s+(?P<asked>không|chưa))?"
                rf"{SOFTENED_END}")
_THANKS = lazy(rf"[Cc]ảm\s+ơn(?:\s+bạn)?\s+(?:(?P<for>vì\s+)?(?P<did>đã\s+)?mời\s+(?P<me>tôi|chúng\s+tôi){_TO}|"
               r"(?:(?:vì|về)\s+)?(?P<invitation>lời\s+mời)(?:\s+của\s+bạn)?)(?:\s+nhé)?\s*(?P<end>[.!]*)")
_WHERE = lazy(rf"{_PARTY}{_OF}\s+(?:(?:được\s+)?tổ\s+chức\s+)?ở\s+đâu{SOFTENER}\s*\?+")

# ... and in English: whose party ("the", "a", "my", "Lan's", "my friend's")
_PARTY_EN = (rf"(?:(?P<someone>{SOMEONE_EN})['’]s|(?P<owner>(?i:{WHOSE_WORDS}|the|a)))\s+(?:(?P<kind>(?i:"
             rf"{alternatives(KINDS_VI)}))\s+)?party")
_HOLD_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+|(?P<did>Did)\s+)?{WHO_EN}{BE_EN}?\s+(?P<plan>planning\s+to\s+)?"
                r"(?P<verb>having|throwing|had|threw|have|throw)\s+(?:(?P<whom2>him|her|them|me|us|you)\s+)?"
                rf"a\s+(?:(?P<kind>(?i:{alternatives(KINDS_VI)}))\s+)?party(?:\s+for\s+{WHOM_EN})?"
                rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_GOING_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+|(?P<did>Did)\s+|(?P<can0>Can)\s+)?{WHO_EN}(?:{BE_EN}(?:\s+"
                 r"(?P<not>not)|(?P<nt>n['’]t))?|\s+(?P<cant>can['’]t|cannot|can\s+not)|\s+(?P<wont>won['’]t|"
                 r"will\s+not))?\s+(?P<verb>going|coming|went|came|go|come)\s+to\s+"
                 rf"{_PARTY_EN}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_AUX = (r"(?P<aux>\s+(?:did\s+not|didn['’]t|will\s+not|won['’]t|have\s+not|haven['’]t|has\s+not|hasn['’]t|will|"
        r"have|has)|['’]ll|['’]ve|['’]s)?")
_INVITE_EN = lazy(rf"(?:(?P<aux0>Did|Have|Has)\s+)?{WHO_EN}{_AUX}"
                  rf"\s+(?P<verb>invite|invited)\s+{WHOM_EN}(?:\s+to\s+{_PARTY_EN})?(?:\s+(?P<yet>yet))?"
                  r"\s*(?P<end>[.!?]*)")
# ... how the English aux is written out, and what Vietnamese says for each (whom in the braces)
_AUX_SAID = {"didn't": "did not", "won't": "will not", "haven't": "have not", "hasn't": "has not", "'ll": "will",
             "'ve": "have", "'s": "has"}
_INVITE_VI = {("did", True): "có mời {} không?", ("have", True): "đã mời {} chưa?", ("", False): "đã mời {}.",
              ("did not", False): "không mời {}.", ("will", False): "sẽ mời {}.", ("have", False): "đã mời {}.",
              ("will not", False): "sẽ không mời {}.", ("have not", False): "chưa mời {}."}
_WHO_EN = lazy(rf"Who\s+(?:(?P<aux>did|will|are|is|am|have|has)\s+{WHO_EN}(?:\s+(?P<going>going\s+to))?\s+)?"
               rf"(?P<verb>invite|inviting|invited)(?:\s+{WHOM_EN})?(?:\s+to\s+{_PARTY_EN})?\s*\?+")
_INVITED_EN = lazy(rf"(?:(?P<aux0>Was|Were|Have|Has|Is|Are|Am)\s+)?{WHO_EN}(?P<aux>\s+was|\s+were|['’]ve|"
                   r"\s+have|['’]s|\s+has|\s+is|\s+are|\s+am|['’]m|['’]re)?(?:\s+(?P<not>not)|(?P<nt>n['’]t))?"
                   rf"(?:\s+(?P<been>been))?\s+invited(?:\s+to\s+{_PARTY_EN})?\s*(?P<end>[.!?]*)")
_WHERE_EN = lazy(rf"Where(?:['’]s|\s+is)\s+{_PARTY_EN}\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is having a party, who is coming to one, who invited whom
    or was invited, thanks for an invitation, or where the party is; None for any other."""
    if src == "vi":
        return _hold(text) or _going(text) or _invite(text) or _invited(text) or _thanks(text) or _where(text)
    return _hold_vi(text) or _going_vi(text) or _invite_vi(text) or _invited_vi(text) or _where_vi(text)


def _day(m: re.Match) -> tuple[str, bool] | None:
    """The day of a match (day0 opening it, or day after) in English, with a space before it, and whether it is
    behind today: (" on Saturday", False), (" last night", True); ("", False) for none, None for one not read."""
    said = m.groupdict().get("day0") or m.groupdict().get("day")
    if m.groupdict().get("day0") and m["day"] or (day := when(said, "vi", _DAYS)) is None:
        return None
    return f" {day}" if day else "", bool(BEHIND.match(day))


def _party_en(m: re.Match, default: str) -> str | None:
    """The party of a match of _PARTY and _OF in English: "a party" (`default` "a" or "the"), "the birthday party",
    "Lan's party", "my party"; None for "bạn" without "của" ("tiệc bạn": a friend's?)."""
    kind = f"{KINDS[next(k for k in KINDS if keyed(k) == keyed(m['kind']))]} " if m["kind"] else ""
    if m.groupdict().get("someone"):
        return f"{hobbies.someone(m['someone'], 'vi')}'s {kind}party"
    if m.groupdict().get("owner"):
        owner = keyed(m["owner"])
        return None if owner == "bạn" and not m["of"] else f"{OWNERS[owner]} {kind}party"
    return f"{default} {kind}party"


def _to_en(m: re.Match, default: str = "the") -> str | None:
    """" to the party", " to Lan's party" of a match of _TO; "" where none is said, None for one not read."""
    if "tiệc" not in m.group().lower().split("mời", 1)[-1]:
        return ""
    return (party := _party_en(m, default)) and f" to {party}"


def _hold(text: str) -> str | None:
    """"Thứ Bảy này chúng tôi tổ chức tiệc." as "We're having a party this Saturday.", "Chúng tôi tổ chức tiệc cho
    mẹ tôi." as "We threw a party for my mother.", "Bạn có tổ chức tiệc không?" as "Are you having a party?" (_HOLD);
    None for anything else, and for a tense and a day that disagree."""
    m = _HOLD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or (said := hobbies.who(m, asked)) is None or \
            (day := _day(m)) is None:
        return None
    (who_, _), (on, behind), tense = said, day, m["tense"]
    whom = m["whom"] and hobbies.as_whom(m["whom"], "vi")
    if m["whom"] and (not whom or whom == EN_OBJECT.get(who_)):
        return None
    party = f"{_party_en(m, 'a')}{f' for {whom}' if whom else ''}{on}"
    have, had = ("throw", "threw") if whom else ("have", "had")
    if asked:
        return f"Did {who_} {have} {party}?" if behind else f"{be(who_).capitalize()} {who_} {_ING[have]} {party}?"
    if tense == "đã" or not tense and (behind or not on):
        return None if on and not behind else capitalised(f"{who_} {had} {party}.")
    if behind:
        return None
    doing = f"planning to {have}" if tense == "định" else _ING[have]
    return capitalised(contracted(who_, f"{be(who_)} {doing} {party}{' soon' * (tense == 'sắp' and not on)}."))


def _going(text: str) -> str | None:
    """"Bạn có đến bữa tiệc không?" as "Are you coming to the party?", "Tối nay tôi đi dự tiệc." as "I'm going to a
    party tonight.", "Tôi không đến dự tiệc được." as "I can't come to the party." (_GOING); None for anything else."""
    m = _GOING.fullmatch(text)
    asked = bool(m and m["asked"])
    tense = " ".join((m and m["tense"] or "").split())
    if not m or asked != ("?" in m["end"]) or (tense == "có") != asked or (said := hobbies.who(m, asked)) is None or \
            (day := _day(m)) is None:
        return None
    who_, (on, behind), go = said[0], day, "come" if m["come"] else "go"
    can = bool(m["can"]) or tense == "không thể"
    if tense == "đã" and on and not behind or tense.startswith("sẽ") and behind or can and (
            tense not in ("có", "không", "không thể") or behind or asked and not m["can"]):
        return None
    party = _party_en(m, "the" if asked or "không" in tense or can or behind or tense == "đã" else "a")
    if party is None or m["owner"] and keyed(m["owner"]) == keyed(m["who"] or ""):
        return None  # ("Tôi đến tiệc của tôi.")
    to = f"to {party}{on}"
    if asked:
        return f"{'Can' if can else 'Did' if behind else be(who_).capitalize()} {who_} " \
               f"{go if can or behind else _ING[go]} {to}?"
    if can:
        return capitalised(f"{who_} can't {go} {to}.")
    if behind or tense == "đã":
        went = f"didn't {go}" if "không" in tense else "came" if m["come"] else "went"
        return capitalised(f"{who_} {went} {to}.")
    if "không" in tense:
        return capitalised(f"{contracted(who_, be(who_))} not {_ING[go]} {to}.")
    return None if not (on or tense) else capitalised(contracted(who_, f"{be(who_)} {_ING[go]} {to}."))


def _invite(text: str) -> str | None:
    """"Bạn có mời anh ấy không?" as "Did you invite him?", "Bạn đã mời ai?" as "Who did you invite?", "Họ không mời
    tôi." as "They didn't invite me.", "Tôi sẽ mời Lan đến dự tiệc." as "I'll invite Lan to the party." (_INVITE); None
    for anything else, "mời" with no tense ("Tôi mời bạn.": a treat?), and whom that is who."""
    m = _INVITE.fullmatch(text)
    asked = bool(m and (m["asked"] or m["yet"] or m["which"]))
    tense = " ".join((m and m["tense"] or "").split())
    if not m or asked != ("?" in m["end"]) or (tense == "có") != bool(m["asked"]) or \
            (said := hobbies.who(m, asked)) is None or (to := _to_en(m)) is None:
        return None
    who_, one = said
    if m["which"]:
        if m["asked"] or m["yet"] or tense not in ("đã", "sẽ", "định"):
            return None
        going = "planning" if tense == "định" else "going"
        return f"Who did {who_} invite{to}?" if tense == "đã" else f"Who {be(who_)} {who_} {going} to invite{to}?"
    whom = hobbies.as_whom(m["whom"], "vi")
    if not whom or whom == EN_OBJECT.get(who_):
        return None
    whom, have = f"{whom}{to}", "has" if one else "have"
    if m["yet"]:  # ("Bạn đã mời anh ấy chưa?")
        return f"{have.capitalize()} {who_} invited {whom} yet?" if tense in ("", "đã") else None
    if m["asked"]:
        return f"Did {who_} invite {whom}?"
    said = {"đã": f"{who_} invited", "không": f"{who_} didn't invite", "chưa": f"{who_} {have}n't invited",
            "sẽ": contracted(who_, "will invite"), "sẽ không": f"{who_} won't invite",
            "định": contracted(who_, f"{be(who_)} planning to invite")}.get(tense)
    return said and capitalised(f"{said} {whom}{' yet' * (tense == 'chưa')}.")


def _invited(text: str) -> str | None:
    """"Tôi được mời đến bữa tiệc của cô ấy." as "I've been invited to her party.", "Tôi có được mời không?" as "Have
    I been invited?", "Tôi không được mời." as "I wasn't invited." (_INVITED); None for anything else."""
    m = _INVITED.fullmatch(text)
    asked, tense = bool(m and m["asked"]), m and m["tense"]
    if not m or asked != ("?" in m["end"]) or asked and (tense, m["asked"]) not in (
            ("có", "không"), (None, "chưa"), ("đã", "chưa")) or tense == "có" and not asked or \
            (said := hobbies.who(m, asked)) is None or (to := _to_en(m, "the" if asked or tense else "a")) is None:
        return None
    who_ = said[0]
    have = "has" if be(who_) == "is" else "have"
    if asked:
        return f"{have.capitalize()} {who_} been invited{to}?"
    if tense in ("đã", "không"):
        nt = "n't" if tense == "không" else ""
        return capitalised(f"{who_} {PAST_BE[be(who_)]}{nt} invited{to}.")
    if tense == "chưa":
        return capitalised(f"{who_} {have}n't been invited{to}.")
    return capitalised(contracted(who_, f"{have} been invited{to}."))


def _thanks(text: str) -> str | None:
    """"Cảm ơn vì đã mời tôi." as "Thank you for inviting me.", "Cảm ơn lời mời của bạn." as "Thank you for the
    invitation." (_THANKS); None for anything else, and for "mời" with neither "vì" nor "đã"."""
    m = _THANKS.fullmatch(text)
    if not m or not (m["invitation"] or m["for"] or m["did"]) or (to := _to_en(m)) is None:
        return None
    said = "the invitation" if m["invitation"] else f"inviting {'us' if 'chúng' in m['me'] else 'me'}{to}"
    return f"Thank you for {said}{m['end'] or '.'}"


def _where(text: str) -> str | None:
    """"Bữa tiệc ở đâu?" as "Where's the party?", "Tiệc sinh nhật của Lan ở đâu?" as "Where's Lan's birthday
    party?" (_WHERE); None for anything else."""
    m = _WHERE.fullmatch(text)
    party = m and _party_en(m, "the")
    return f"Where's {party}?" if party else None


def _party_vi(m: re.Match) -> str:
    """The party of a match of _PARTY_EN (or _HOLD_EN) in Vietnamese: "tiệc", "tiệc sinh nhật", "tiệc của Lan"."""
    kind = f" {KINDS_VI[m['kind'].lower()]}" if m["kind"] else ""
    found = m.groupdict()
    if found.get("someone"):
        return f"tiệc{kind} của {hobbies.someone(found['someone'], 'en')}"
    whose = (found.get("owner") or "a").lower()
    return f"tiệc{kind}{'' if whose in ('the', 'a') else ' của ' + WHOSE_VI[whose]}"


def _when_vi(m: re.Match, done: bool) -> str | None:
    """The day of a match of an English pattern in Vietnamese ("" for none), None for one not read or that does not
    go with the tense (`done`: a day ahead with "had", a day behind with "having")."""
    day = when(m["day"], "en", _DAYS)
    if day is None or m["day"] and bool(BEHIND.search(m["day"])) != done:
        return None
    return day


def _hold_vi(text: str) -> str | None:
    """"We're having a party on Saturday." as "Chúng tôi tổ chức tiệc vào thứ Bảy.", "We threw a party for my
    mother." as "Chúng tôi đã tổ chức tiệc cho mẹ tôi.", "Are you having a party?" as "Bạn có tổ chức tiệc không?"
    (_HOLD_EN); None for anything else, and where "is", "am" or "are" does not agree with who."""
    m = _HOLD_EN.fullmatch(text)
    if not m:
        return None
    asked, be_ = bool(m["be0"] or m["did"]), m["be0"] or m["be"]
    verb = m["verb"]
    form = "ing" if verb.endswith("ing") else "base" if verb in ("have", "throw") else "past"
    if asked != ("?" in m["end"]) or m["be0"] and m["be"] or form != (
            ("base" if m["plan"] else "ing") if be_ else "base" if m["did"] else "past") or m["plan"] and not be_ or \
            be_ and not be_agrees(m, be_) or m["whom2"] and (m["whom"] or verb.startswith("ha")):
        return None
    who_ = hobbies.who_vi(m)[0]
    whom = hobbies.as_whom(m["whom"] or m["whom2"] or "", "en") if m["whom"] or m["whom2"] else ""
    if whom is None or whom == who_ or (day := _when_vi(m, form == "past" or bool(m["did"]))) is None:
        return None
    said = f"tổ chức {_party_vi(m)}{' cho ' + whom if whom else ''}"
    if asked:
        return placed(f"{who_} có {'định ' * bool(m['plan'])}{said}", day, " không?")
    tense = "định " if m["plan"] else "" if day else "đã " if form == "past" else "sẽ "
    return placed(f"{who_} {tense}{said}", day, m["end"] or ".")


def _going_vi(text: str) -> str | None:
    """"Are you coming to the party?" as "Bạn có đến dự tiệc không?", "I'm going to a party tonight." as "Tối nay
    tôi đi dự tiệc.", "I can't come to Lan's party." as "Tôi không thể đến dự tiệc của Lan." (_GOING_EN); None for
    anything else, and where "is", "am" or "are" does not agree with who."""
    m = _GOING_EN.fullmatch(text)
    if not m:
        return None
    asked, be_, verb = bool(m["be0"] or m["did"] or m["can0"]), m["be0"] or m["be"], m["verb"]
    form = "ing" if verb.endswith("ing") else "base" if verb in ("go", "come") else "past"
    not_ = m["not"] or m["nt"]
    if asked != ("?" in m["end"]) or m["be0"] and m["be"] or form != (
            "ing" if be_ else "base" if m["did"] or m["can0"] or m["cant"] or m["wont"] else "past") or \
            be_ and not be_agrees(m, be_) or asked and not_ or m["owner"] and m["owner"].lower() == "a" and (
            asked or not_ or m["cant"] or m["wont"]):
        return None
    who_ = hobbies.who_vi(m)[0]
    party = f"{'đến' if verb.startswith('c') else 'đi'} dự {_party_vi(m)}"
    if party.endswith(f" của {who_}") or (day := _when_vi(m, form == "past" or bool(m["did"]))) is None:
        return None  # ("I'm coming to my party.")
    if asked:
        return placed(f"{who_} có {'thể ' * bool(m['can0'])}{party}", day, " không?")
    tense = "không thể " if m["cant"] else "sẽ không " if not_ or m["wont"] else "" if day else \
        "đã " if form == "past" else "sẽ "
    return placed(f"{who_} {tense}{party}", day, m["end"] or ".")


def _invite_vi(text: str) -> str | None:
    """"Did you invite him?" as "Bạn có mời anh ấy không?", "Have you invited Lan yet?" as "Bạn đã mời Lan chưa?",
    "They didn't invite me." as "Họ không mời tôi.", "Who did you invite?" as "Bạn đã mời ai?", "Who invited you?" as
    "Ai đã mời bạn?" (_INVITE_EN, _WHO_EN); None for anything else, and where "has" or "is" … does not agree with
    who."""
    if m := _WHO_EN.fullmatch(text):
        return _who_vi(m)
    m = _INVITE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = hobbies.who_vi(m)
    aux = " ".join((m["aux0"] or m["aux"] or "").lower().replace("’", "'").split())
    aux = _AUX_SAID.get(aux, aux)
    key, asked, whom = (aux.replace("has", "have"), bool(m["aux0"])), bool(m["aux0"]), hobbies.as_whom(m["whom"], "en")
    said = _INVITE_VI.get(key)
    if said is None or asked != ("?" in m["end"]) or m["aux0"] and m["aux"] or m["verb"] != (
            "invited" if key[0] in ("", "have", "have not") else "invite") or aux.startswith(("have", "has")) and (
            aux.startswith("has") != one) or m["yet"] and key not in (("have", True), ("have not", False)) or \
            not whom or whom == who_:
        return None  # ("She have invited him.", "Did you invited him?", "I invited him yet.")
    to = f" đến dự {_party_vi(m)}" if m["owner"] or m["someone"] else ""
    return capitalised(f"{who_} {said.format(whom + to)}")


def _who_vi(m: re.Match) -> str | None:
    """"Who did you invite?" as "Bạn đã mời ai?", "Who are you inviting?" as "Bạn sẽ mời ai?", "Who invited you?" as
    "Ai đã mời bạn?" (_WHO_EN); None where "is", "has" … does not agree with who, or the verb with its word."""
    to = f" đến dự {_party_vi(m)}" if m["owner"] or m["someone"] else ""
    aux, verb = m["aux"], m["verb"]
    if not aux:
        whom = m["whom"] and hobbies.as_whom(m["whom"], "en")
        return f"Ai đã mời {whom}{to}?" if whom and verb == "invited" else None
    who_, one = hobbies.who_vi(m)
    if m["whom"] or aux in ("is", "are", "am") and not (be_agrees(m, aux) and (
            verb == "inviting") != bool(m["going"])) or aux in ("have", "has") and (aux == "has") != one:
        return None
    said = {"did": ("invite", "đã"), "will": ("invite", "sẽ"), "have": ("invited", "đã"), "has": ("invited", "đã")}
    verb_vi = said.get(aux, ("invite" if m["going"] else "inviting", "sẽ"))
    if verb != verb_vi[0] or m["going"] and aux not in ("is", "are", "am"):
        return None
    return capitalised(f"{who_} {verb_vi[1]} mời {'những ' * (aux in ('have', 'has'))}ai{to}?")


def _invited_vi(text: str) -> str | None:
    """"I was invited to her party." as "Tôi được mời dự tiệc của cô ấy.", "Were you invited?" as "Bạn có được mời
    không?", "I wasn't invited." as "Tôi không được mời.", "I haven't been invited." as "Tôi chưa được mời."
    (_INVITED_EN); None for anything else, and where "was", "has" … does not agree with who."""
    m = _INVITED_EN.fullmatch(text)
    asked, not_ = bool(m and m["aux0"]), m and (m["not"] or m["nt"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["aux"]) or asked and not_ or \
            m["owner"] and m["owner"].lower() == "a" and (asked or not_):
        return None
    who_, one = hobbies.who_vi(m)
    said = " ".join((m["aux0"] or m["aux"]).lower().replace("’", "'").split())
    has = {"'s": "has", "has": "has", "have": "have", "'ve": "have"}.get(said) if m["been"] else None
    if m["been"] and has != ("has" if one else "have") or not m["been"] and be_said(said) not in (
            hobbies.be_of(who_, one), hobbies.be_of(who_, one, True)):
        return None
    to = f" dự {_party_vi(m)}" if m["owner"] or m["someone"] else ""
    if asked:
        return capitalised(f"{who_} {'đã' if has else 'có'} được mời{to} {'chưa' if has else 'không'}?")
    return capitalised(f"{who_} {'chưa ' if has and not_ else 'không ' if not_ else ''}được mời{to}.")


def _where_vi(text: str) -> str | None:
    """"Where's the party?" as "Bữa tiệc ở đâu?", "Where's Lan's birthday party?" as "Bữa tiệc sinh nhật của Lan ở
    đâu?" (_WHERE_EN); None for anything else, and for "a party"."""
    m = _WHERE_EN.fullmatch(text)
    return None if not m or m["owner"] and m["owner"].lower() == "a" else f"Bữa {_party_vi(m)} ở đâu?"
