"""Being on duty or on call, both ways, written whole by rule: who is on duty ("trực"), on night duty ("trực đêm"), at
the hospital, at work or at school, over Tet ("trực Tết"); who is on duty on a day, whose turn it is, swapping duty or
shifts with someone, and hating, liking or being used to working nights. v8 (rules on) reads "trực" as right,
directly or online, "on duty" as forty and "on call" as calling: "Hôm nay tôi trực đêm." → "I'm right tonight.", "Mẹ
tôi trực ở bệnh viện." → "My mother was in the hospital.", "Tối nay tôi phải đi trực." → "Tonight, I have to go
directly.", "Ngày mai ai trực?" → "Tomorrow, who is online?", "Tôi đổi ca trực với đồng nghiệp." → "I changed the
co-workers.", "Tôi ghét làm ca đêm." → "I hate to snugg night.", "Hôm nay đến lượt tôi trực." → "Today, in turn, I am
in turn."; and back, "Who's on duty tomorrow?" → "Ai là ai có bốn mươi một ngày mai?", "I'm on call tonight." → "Tôi
đang gọi tối nay.", "She's on duty at the hospital tonight." → "Cô ấy ở bệnh viện tối nay." (on duty lost), "I hate
working nights." → "Tôi ghét đêm làm việc.", "I swapped duty with a colleague." → "Tôi trao đổi đôi vợ chồng với một
đồng nghiệp.", "I don't mind working nights." → "Tôi không nhớ làm việc đêm.".

Taken: who (mt.hobbies.WHO, WHO_EN) or "ai" (who?) on duty or on call ("trực", "đi trực", "trực đêm"; "on duty",
"on call", "on night duty") at a place of _PLACES, over Tet ("trực Tết", "Tết này"), on a near day (mt.dates.near_days:
today, tonight, tomorrow, next week, yesterday, last night …): now ("đang"; "is on duty"), on the day said (behind:
"was"), "sẽ" (will be), "phải" (has to be; behind: had to be), denied, asked ("có … không?"); whose turn it is to be on
duty ("Hôm nay đến lượt tôi trực.", "Ngày mai đến lượt ai trực?"); who swaps duty ("đổi ca trực") or shifts ("đổi
ca") with someone or a colleague: said (swapped), just, already, wants to, has to, will, can, "… được không?" (Can
you …?), "có muốn … không?"; who hates, likes, minds (denied or asked) or is used to working nights ("làm ca đêm"),
night duty ("trực đêm") or being on duty. Left: "làm ca đêm", "work nights" and "the night shift" said plainly
(mt/workdays.py), night shifts and shifts as a way of working (mt/work_patterns.py), a lifeguard on duty
(mt/pools.py), "trực tiếp", "trực tuyến", "trực thăng", "trực nhật" (class duty), "thường trực" (standing), "túc
trực" (keeping vigil), "đi trực" with nothing that says when (gone to it?), "đã trực" without a day behind, "on duty"
with no day in the past, "off duty", night duty of a morning or an afternoon ("sáng mai") or over Tet ("trực đêm
Tết" is on Tet's eve), "anh", "chị", "em" alone saying it, a pet as who, a "?" on a statement, and anything else.
mt.phrasebook.translate tries these after mt/nails.py.

    >>> translate("Hôm nay tôi trực đêm.", "vi", "en"), translate("I'm on call tonight.", "en", "vi")
    ("I'm on night duty tonight.", 'Tối nay tôi trực.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, asked_of, pet, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trực|đổi\s+ca|ca\s+đêm|làm\s+đêm)"),
         "en": lazy(r"(?i:duty|on\s+call|nights|night\s+shift|swap)")}
# the near days one is on duty (the first Vietnamese of each English is written back: "đêm qua" for last night), and
# the years of a Tet ("trực Tết năm nay")
_DAYS = near_days("hôm nay", "tối nay", "đêm nay", "sáng nay", "chiều nay", "tuần này", "cuối tuần này", "ngày mai",
                  "tối mai", "sáng mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "cuối tuần sau",
                  "cuối tuần tới", "hôm qua", "đêm qua", "tối qua", "tối hôm qua", "hôm kia", "tuần trước",
                  "cuối tuần trước")
_YEARS = near_days("năm nay", "năm sau", "năm tới", "năm ngoái")
_DAYS_VI = {en: vi for vi, en in reversed(list((_DAYS | _YEARS).items()))}
# the days of _DAYS that are a morning or an afternoon: night duty is not said of them ("Sáng nay tôi trực đêm.")
_DAYTIME = {"sáng nay", "chiều nay", "sáng mai"}
_PLACES = {"ở bệnh viện": "at the hospital", "tại bệnh viện": "at the hospital", "ở cơ quan": "at work",
           "tại cơ quan": "at work", "ở trường": "at school"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())}
# what is liked or hated, and how English says it after "hate" (and after "having to")
_DOING = {"làm ca đêm": ("working nights", "work nights"), "làm đêm": ("working nights", "work nights"),
          "đi làm đêm": ("working nights", "work nights"),
          "trực đêm": ("being on night duty", "be on night duty"), "trực": ("being on duty", "be on duty")}
_LIKES = {"ghét": "hate", "thích": "like", "ngại": "mind"}

_DAY, _PLACE = rf"(?i:{alternatives(_DAYS | _YEARS)})", rf"(?i:{alternatives(_PLACES)})"
# who is on duty, or who is ("Hôm nay tôi trực đêm.", "Mẹ tôi trực ở bệnh viện.", "Ngày mai ai trực?")
_DUTY = lazy(rf"(?:(?:(?P<tet0>(?i:tết\s+(?:này|năm\s+nay)))|(?P<day0>{_DAY}))\s*,?\s+)?(?:(?P<ai>[Aa]i)|{WHO})\s+"
             r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<aux>đang|sẽ|đã|phải)\s+)?(?:(?P<not2>không)\s+)?"
             rf"(?P<go>đi\s+)?trực(?P<night>\s+đêm)?(?P<tet>\s+(?i:tết))?(?:\s+(?P<place>{_PLACE}))?"
             rf"(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?{ASKED_END}")
# whose turn ("Hôm nay đến lượt tôi trực.", "Ngày mai đến lượt ai trực?")
_TURN = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?(?i:đến|tới)\s+lượt\s+(?:(?P<ai>ai)|{WHO})\s+(?:phải\s+)?(?:đi\s+)?"
             rf"trực(?P<night>\s+đêm)?(?:\s+(?P<day>{_DAY}))?{SOFTENED_END}")
# swapping duty or shifts ("Tôi đổi ca trực với đồng nghiệp.", "Bạn đổi ca với tôi được không?")
_SWAP = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|muốn|cần|phải|sẽ|có\s+thể)\s+)?đổi\s+ca"
             rf"(?P<duty>\s+trực)?\s+với\s+(?:(?P<col>(?i:(?:một\s+)?đồng\s+nghiệp))|{WHOM})(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<ok>được\s+không)|\s+(?P<asked>không))?{SOFTENED_END}")
# hating, liking, minding or being used to it ("Tôi ghét làm ca đêm.", "Tôi quen trực đêm rồi.")
_LIKING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<very>rất)\s+)?(?:(?P<verb>ghét|thích|ngại)|"
               r"(?P<used>(?:đã\s+)?quen(?:\s+với)?))\s+(?:việc\s+)?(?:(?P<must>phải)\s+)?"
               rf"(?P<what>{alternatives(_DOING)})(?:\s+(?P<done>rồi))?(?:\s+(?P<much>lắm))?{ASKED_END}")

# ... and in English: what may stand between who and "on duty" (as _forms reads it), and after who
_DAY_EN = rf"(?P<day>(?i:{alternatives(_DAYS_VI)}))"
_DUTY_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Was|Were|Will|Do|Does|Did)\s+)?(?:(?P<ai>Who)|{WHO_EN})"
                r"(?P<mid>(?:['’](?:s|re|m|ll))?(?:\s+(?:is|are|am|was|were|will|be|has|have|had|to|do|does|did|not|"
                r"(?:is|are|was|were|do|does|did)n['’]t|won['’]t))*)\s+on\s+(?P<night>night\s+)?(?P<kind>duty|call)"
                rf"(?:\s+(?P<place>{alternatives(_PLACES_VI)}))?(?P<tet>\s+over\s+Tet)?(?:\s+{_DAY_EN})?"
                r"\s*(?P<end>[.!?]*)")
_TURN_EN = lazy(rf"(?:It(?P<be>['’]s|\s+is|\s+was)\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
                r"|(?P<ai>Whose)\s+turn\s+(?P<be2>is|was)\s+it)(?(ai)|\s+turn)\s+to\s+be\s+on\s+(?P<night>night\s+)?"
                rf"(?:duty|call)(?:\s+{_DAY_EN})?\s*(?P<end>[.!?]*)")
_SWAP_EN = lazy(rf"(?:(?P<q>Can|Could|Do|Does|Would)\s+)?{WHO_EN}(?P<mid>(?:['’](?:ve|ll|d))?(?:\s+(?:just|already|"
                r"have|has|will|want|wants|like|would|to|can|need|needs))*)\s+(?P<verb>swap|swapped|swaps)\s+"
                rf"(?P<what>duty|shifts)\s+with\s+(?:(?P<col>a\s+colleague|a\s+co-?worker)|{WHOM_EN})"
                r"(?:\s+(?P<already>already))?\s*(?P<end>[.!?]*)")
_LIKING_EN = lazy(rf"(?:(?P<q>Do|Does|Is|Are|Am)\s+)?{WHO_EN}(?P<mid>(?:['’](?:m|re|s))?(?:\s+(?:really|do|does|"
                  r"not|(?:do|does|is|are)n['’]t|is|are|am))*)\s+(?P<verb>hate|hates|like|likes|mind|minds|used\s+to)"
                  r"\s+(?P<what>(?P<must>having\s+to\s+)?(?P<verb2>work|working|be|being)\s+(?:nights|night\s+shifts|"
                  r"on\s+(?P<night>night\s+)?(?:duty|call))|(?P<noun>night\s+shifts|the\s+night\s+shift|night\s+duty))"
                  r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is on duty or on call, whose turn it is, who swaps duty
    or shifts, or who hates or likes working nights; None for any other."""
    if src == "vi":
        return _duty(text) or _turn(text) or _swap(text) or _liking(text)
    return _duty_vi(text) or _turn_vi(text) or _swap_vi(text) or _liking_vi(text)


def _when(day: str, tet: bool, night: bool) -> tuple[str, str | None] | None:
    """When one is on duty, in English, of a Vietnamese day (keyed, "" for none) and which way it lies ("today",
    "ahead", "behind", None for no day): (" tonight", "today"), (" over Tet next year", "ahead"); "hôm nay" of night
    duty is tonight; None for a year without Tet, a day with it ("trực Tết ngày mai"), and night duty of a morning or
    an afternoon ("trực đêm sáng mai")."""
    if day and (day in _YEARS) != tet or night and day in _DAYTIME:
        return None
    way = NEAR_WAY.get(day)
    if tet:
        return f" over Tet{f' {_YEARS[day]}' if day else ''}", way
    return (f" {'tonight' if night and day == 'hôm nay' else _DAYS[day]}" if day else ""), way


def _tense(aux: str, way: str | None, go: bool, ask: bool, not_: str) -> str | None:
    """Which English tense a Vietnamese "trực" is said in ("be", "was", "will", "must", "had"), of its word before
    it (`aux`), the way its day lies, "đi trực" (`go`), "có" (`ask`), and "không" (`not_`: "before" the word, "after"
    it, or ""); None where they do not go together ("đã trực" with no day behind, "không đang", "có sẽ")."""
    if go and not (aux or way) or not_ == "after" and aux != "sẽ" or ask and aux in ("đã", "sẽ"):
        return None
    if aux == "đang":
        return "be" if way in (None, "today") and not_ != "before" else None
    if aux == "đã":
        return "was" if way == "behind" and not not_ else None
    if aux == "sẽ":
        return "will" if way != "behind" and not_ != "before" else None
    if aux == "phải":
        return "had" if way == "behind" else "must"
    return "was" if way == "behind" else "be"


def _on_duty(who_: str, one: bool, tense: str, not_: bool, asked: bool, duty: str, end: str) -> str:
    """Who is on duty (`duty`: "on night duty tonight"), in English, in a tense of _tense: "I'm on duty tonight.",
    "Was she on duty yesterday?", "My mother doesn't have to be on duty.", "Who's on duty tomorrow?" (`who_` "who")."""
    be_ = "is" if who_ == "who" else be(who_)
    was, (have, do) = "was" if be_ in ("is", "am") else "were", ("has", "does") if one else ("have", "do")
    # (said, denied, asked: its first words, who put in)
    said, denied, question = {
        "be": (be_, f"{be_} not", f"{be_.capitalize()} {{}}"), "was": (was, f"{was}n't", f"{was.capitalize()} {{}}"),
        "will": ("will be", "won't be", "Will {} be"),
        "must": (f"{have} to be", f"{do}n't have to be", f"{do.capitalize()} {{}} have to be"),
        "had": ("had to be", "didn't have to be", "Did {} have to be")}[tense]
    if asked:
        return f"{question.format(who_)} {duty}?"
    if who_ == "who":
        return ("Who's" if said == "is" else f"Who {said}") + f" {duty}?"
    return capitalised(contracted(who_, f"{denied if not_ else said} {duty}")) + stop(end)


def _duty(text: str) -> str | None:
    """"Hôm nay tôi trực đêm." as "I'm on night duty tonight.", "Mẹ tôi trực ở bệnh viện." as "My mother is on duty
    at the hospital.", "Tối nay tôi phải đi trực." as "I have to be on duty tonight.", "Tết này tôi phải trực." as "I
    have to be on duty over Tet this year.", "Hôm qua bạn có trực không?" as "Were you on duty yesterday?", "Ngày mai
    ai trực?" as "Who's on duty tomorrow?" (_DUTY); None for anything else, and for a pet as who."""
    m = _DUTY.fullmatch(text)
    if not m or m["day0"] and m["day"] or m["tet0"] and (m["tet"] or m["day"]) or m["night"] and (
            m["tet0"] or m["tet"]):
        return None
    if m["ai"]:
        asked = False if "?" in m["end"] and not (m["ask"] or m["not"] or m["not2"] or m["asked"]) else None
    else:
        asked = asked_of(m)
    said = ("who", True) if m["ai"] else asked is not None and not animal(m) and who(m, asked)
    if asked is None or not said:
        return None
    night, tet = bool(m["night"]), bool(m["tet"] or m["tet0"])
    when = (" over Tet this year", "today") if m["tet0"] else _when(keyed(m["day0"] or m["day"] or ""), tet, night)
    not_ = "before" if m["not"] else "after" if m["not2"] else ""
    tense = when and _tense(keyed(m["aux"] or ""), when[1], bool(m["go"]), bool(m["ask"]), not_)
    if not tense:
        return None
    place = f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    duty = f"on {'night ' * night}duty{place}{when[0]}"
    return _on_duty(*said, tense, bool(not_), asked, duty, m["end"])


def _turn(text: str) -> str | None:
    """"Hôm nay đến lượt tôi trực." as "It's my turn to be on duty today.", "Ngày mai đến lượt ai trực?" as "Whose
    turn is it to be on duty tomorrow?", "Hôm qua đến lượt Lan trực." as "It was Lan's turn to be on duty yesterday."
    (_TURN); None for anything else, for "anh", "chị", "em" alone (you, or the speaker?), and for a day _when
    leaves (a year, night duty of a morning)."""
    m = _TURN.fullmatch(text)
    if not m or m["day0"] and m["day"] or bool(m["ai"]) != ("?" in m["end"]):
        return None
    when = _when(keyed(m["day0"] or m["day"] or ""), False, bool(m["night"]))
    said = None if m["ai"] or animal(m) else who(m, False)
    if not when or not (m["ai"] or said):
        return None
    is_ = "was" if when[1] == "behind" else "is"
    duty = f"to be on {'night ' * bool(m['night'])}duty{when[0]}"
    if m["ai"]:
        return f"Whose turn {is_} it {duty}?"
    whose = EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    return ("It's" if is_ == "is" else "It was") + f" {whose} turn {duty}{stop(m['end'])}"


def _swap(text: str) -> str | None:
    """"Tôi đổi ca trực với đồng nghiệp." as "I swapped duty with a colleague.", "Tôi vừa đổi ca với Lan." as "I've
    just swapped shifts with Lan.", "Bạn đổi ca trực với tôi được không?" as "Can you swap duty with me?", "Bạn có
    muốn đổi ca với tôi không?" as "Do you want to swap shifts with me?" (_SWAP); None for anything else, and for one
    swapping with themself."""
    m = _SWAP.fullmatch(text)
    if not m:
        return None
    aux, asked = keyed(m["aux"] or ""), "?" in m["end"]
    if asked != bool(m["ok"] or m["asked"]) or bool(m["ask"]) != bool(m["asked"]) or m["done"] and (
            asked or aux not in ("", "đã")) or m["ok"] and aux not in ("", "có thể") or m["asked"] and aux != "muốn":
        return None
    said = not animal(m) and who(m, asked)
    whom = "a colleague" if m["col"] else as_whom(m["whom"], "vi")
    if not said or not whom or whom == {"I": "me", "we": "us", "you": "you"}.get(said[0]):
        return None
    who_, one = said
    doing = f"swap {'duty' if m['duty'] else 'shifts'} with {whom}"
    if m["ok"]:
        return f"Can {who_} {doing}?"
    if m["asked"]:
        return f"{'Does' if one else 'Do'} {who_} want to {doing}?"
    have = "has" if one else "have"
    done = doing.replace("swap", "swapped", 1)
    said_ = {"": f"{have} already {done}" if m["done"] else done, "đã": f"{have} already {done}" if m["done"] else done,
             "vừa": f"{have} just {done}", "mới": f"{have} just {done}", "vừa mới": f"{have} just {done}",
             "muốn": f"want{'s' * one} to {doing}", "cần": f"need{'s' * one} to {doing}", "phải": f"{have} to {doing}",
             "sẽ": f"will {doing}",
             "có thể": f"can {doing}"}[aux]
    return capitalised(contracted(who_, said_)) + stop(m["end"])


def _liking(text: str) -> str | None:
    """"Tôi ghét làm ca đêm." as "I hate working nights.", "Bạn có thích trực đêm không?" as "Do you like being on
    night duty?", "Tôi không ngại làm ca đêm." as "I don't mind working nights.", "Tôi quen trực đêm rồi." as "I'm
    used to being on night duty." (_LIKING); None for anything else, and "ngại" said plainly (reluctant)."""
    m = _LIKING.fullmatch(text)
    asked = m and asked_of(m)
    said = asked is not None and not animal(m) and who(m, asked)
    if not said or m["verb"] and m["done"] or (m["very"] or m["much"]) and (asked or m["not"] or m["used"] or
                                                                           keyed(m["verb"]) == "ngại"):
        return None
    who_, one = said
    doing, base = _DOING[keyed(m["what"])]
    doing = f"having to {base}" if m["must"] else doing
    if m["used"]:
        if m["done"] and (asked or m["not"]):
            return None
        be_ = be(who_)
        if asked:
            return f"{be_.capitalize()} {who_} used to {doing}?"
        return capitalised(contracted(who_, f"{be_}{' not' * bool(m['not'])} used to {doing}")) + stop(m["end"])
    verb = _LIKES[keyed(m["verb"])]
    if verb == "mind" and not (asked or m["not"]):
        return None
    adverb = "really " if m["very"] or m["much"] else ""
    return present(who_, one, verb, doing, asked, bool(m["not"]), m["end"], adverb)


def _norm(said: str | None) -> str:
    """English words between who and the verb, as _forms and the tables write them: small letters, "'" for "’", one
    space apart ("’re  not" → "'re not")."""
    return " ".join((said or "").lower().replace("’", "'").split())


def _forms(who_: str, one: bool) -> dict[tuple[str, str], tuple[str, bool, bool]]:
    """The English of being on duty, as (question's first word, words after who) in small letters, agreeing with who
    (mt.hobbies.who_vi's `who_`, `one`; "ai" for "Who"), and what each says: (tense of _tense, denied, asked)."""
    be_ = "is" if one else "am" if who_ == "tôi" else "are"
    short, was = {"is": "'s", "am": "'m", "are": "'re"}[be_], "was" if be_ != "are" else "were"
    have, do = ("has", "does") if one else ("have", "do")
    forms = {("", be_): ("be", False, False), ("", short): ("be", False, False),
             ("", f"{be_} not"): ("be", True, False), ("", f"{short} not"): ("be", True, False),
             (be_, ""): ("be", False, True), ("", was): ("was", False, False),
             ("", f"{was} not"): ("was", True, False), ("", f"{was}n't"): ("was", True, False),
             (was, ""): ("was", False, True), ("", "will be"): ("will", False, False),
             ("", "'ll be"): ("will", False, False), ("", "will not be"): ("will", True, False),
             ("", "won't be"): ("will", True, False), ("will", "be"): ("will", False, True),
             ("", f"{have} to be"): ("must", False, False), ("", f"{do} not have to be"): ("must", True, False),
             ("", f"{do}n't have to be"): ("must", True, False), (do, "have to be"): ("must", False, True),
             ("", "had to be"): ("had", False, False), ("", "did not have to be"): ("had", True, False),
             ("", "didn't have to be"): ("had", True, False), ("did", "have to be"): ("had", False, True)}
    if be_ != "am":
        forms[("", f"{be_}n't")] = ("be", True, False)
    return forms


def _day_vi(m: re.Match, tet: bool) -> tuple[str, str | None] | None:
    """The day of a match of _DUTY_EN or _TURN_EN in Vietnamese ("tối nay"; "" for none) and which way it lies; None
    for a year without Tet ("on duty this year"), a day with it ("over Tet tomorrow"), and night duty of a morning or
    an afternoon ("on night duty this morning")."""
    vi = _DAYS_VI[m["day"].lower()] if m["day"] else ""
    if vi and (vi in _YEARS) != tet or m["night"] and vi in _DAYTIME:
        return None
    return vi, NEAR_WAY.get(vi)


def _duty_vi(text: str) -> str | None:
    """"I'm on night duty tonight." as "Tối nay tôi trực đêm.", "My mother is on duty at the hospital." as "Mẹ tôi
    đang trực ở bệnh viện.", "I'm on call tonight." as "Tối nay tôi trực.", "Were you on duty yesterday?" as "Hôm qua
    bạn có trực không?", "Who's on duty tomorrow?" as "Ngày mai ai trực?" (_DUTY_EN); None for anything else, where
    the verb does not agree with who ("She are", "Do she have to"), and the tense not with the day ("I'm on duty
    yesterday", "I was on duty." with none), and night duty over Tet ("trực đêm Tết" is on Tet's eve)."""
    m = _DUTY_EN.fullmatch(text)
    if not m or m["night"] and (m["kind"] == "call" or m["tet"]) or m["ai"] and (m["q"] or "?" not in m["end"]):
        return None
    who_, one = ("ai", True) if m["ai"] else who_vi(m)
    said, day = _forms(who_, one).get((_norm(m["q"]), _norm(m["mid"]))), _day_vi(m, bool(m["tet"]))
    if not said or not day or not m["ai"] and animal(m):
        return None
    (tense, not_, asked), (day, way) = said, day
    # ("was" only of a day behind; "had to" of one or none; the rest of none, today or ahead)
    right_way = way == "behind" if tense == "was" else way in ("behind", None) if tense == "had" else way != "behind"
    if not right_way or m["ai"] and (not_ or asked) or not m["ai"] and asked != ("?" in m["end"]):
        return None
    duty = f"trực{' đêm' * bool(m['night'])}{' Tết' * bool(m['tet'])}"
    duty += f" {_PLACES_VI[m['place'].lower()]}" if m["place"] else ""
    # ("My mother is on duty.": "Mẹ tôi đang trực."; not over Tet, which may lie ahead: "Mẹ tôi trực Tết.")
    now = "" if day or m["tet"] else "đang"
    before = {"be": now, "was": "", "will": "sẽ", "must": "phải", "had": "phải" if day else "đã phải"}
    if asked:
        before = {"be": f"có {now}", "was": "có", "will": "có", "must": "có phải", "had": "có phải"}
    elif not_:
        before = {"be": "không", "was": "không", "will": "sẽ không", "must": "không phải", "had": "không phải"}
    said_ = " ".join(f"{day} {who_} {before[tense]} {duty}".split())
    return capitalised(said_) + (" không?" if asked else "?" if m["ai"] else stop(m["end"]))


def _turn_vi(text: str) -> str | None:
    """"It's my turn to be on duty today." as "Hôm nay đến lượt tôi trực.", "Whose turn is it to be on call
    tomorrow?" as "Ngày mai đến lượt ai trực?", "It was Lan's turn to be on duty yesterday." as "Hôm qua đến lượt Lan
    trực." (_TURN_EN); None for anything else, a pet's turn, and where "is" or "was" does not go with the day."""
    m = _TURN_EN.fullmatch(text)
    said = m and _day_vi(m, False)
    if not said or bool(m["ai"]) != ("?" in m["end"]):
        return None
    day, way = said
    whose = "ai" if m["ai"] else WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    if not whose or pet(m["someone"], "en") or (_norm(m["be"] or m["be2"]) == "was") != (way == "behind"):
        return None
    return capitalised(" ".join(f"{day} đến lượt {whose} trực{' đêm' * bool(m['night'])}".split())) + (
        "?" if m["ai"] else stop(m["end"]))


def _swap_vi(text: str) -> str | None:
    """"I swapped duty with a colleague." as "Tôi đã đổi ca trực với một đồng nghiệp.", "I've just swapped shifts
    with Lan." as "Tôi vừa đổi ca với Lan.", "Can you swap duty with me?" as "Bạn đổi ca trực với tôi được không?",
    "Do you want to swap shifts with me?" as "Bạn có muốn đổi ca với tôi không?" (_SWAP_EN); None for anything else,
    and where the verb does not agree with who ("She want to", "He have just")."""
    m = _SWAP_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    have, want, need, do = ("has", "wants", "needs", "does") if one else ("have", "want", "need", "do")
    forms = {("", "", "swapped"): "đã", ("", "just", "swapped"): "vừa", ("", f"{have} just", "swapped"): "vừa",
             ("", f"{have} already", "swapped"): "already", ("", "'ve just", "swapped"): "vừa",
             ("", "'ve already", "swapped"): "already", ("", f"{want} to", "swap"): "muốn",
             ("", "'d like to", "swap"): "muốn", ("", "would like to", "swap"): "muốn",
             ("", f"{have} to", "swap"): "phải",
             ("", f"{need} to", "swap"): "cần", ("", "will", "swap"): "sẽ", ("", "'ll", "swap"): "sẽ",
             ("", "can", "swap"): "có thể", ("can", "", "swap"): "ok", ("could", "", "swap"): "ok",
             (do, "want to", "swap"): "want", ("would", "like to", "swap"): "want"}
    if one:  # ("'ve" is never said of one)
        forms = {key: how for key, how in forms.items() if not key[1].startswith("'ve")}
    how = forms.get((_norm(m["q"]), _norm(m["mid"]), m["verb"]))
    whom = "một đồng nghiệp" if m["col"] else as_whom(m["whom"], "en")
    if not how or not whom or whom == who_ or bool(m["q"]) != ("?" in m["end"]) or m["already"] and how != "đã":
        return None
    doing = f"đổi ca{' trực' * (m['what'] == 'duty')} với {whom}"
    if how == "ok":
        return capitalised(f"{who_} {doing} được không?")
    if how == "want":
        return capitalised(f"{who_} có muốn {doing} không?")
    if how == "already" or m["already"]:
        return capitalised(f"{who_} đã {doing} rồi") + stop(m["end"])
    return capitalised(f"{who_} {how} {doing}") + stop(m["end"])


def _liking_vi(text: str) -> str | None:
    """"I hate working nights." as "Tôi ghét làm ca đêm.", "Do you like being on call?" as "Bạn có thích trực
    không?", "I don't mind night shifts." as "Tôi không ngại làm ca đêm.", "I'm used to working nights." as "Tôi đã
    quen làm ca đêm." (_LIKING_EN); None for anything else, "I mind" said plainly, and where the verb does not agree
    with who or "having to" with what follows ("having to working")."""
    m = _LIKING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or m["verb2"] and bool(m["must"]) != (
            m["verb2"] in ("work", "be")):
        return None
    who_, one = who_vi(m)
    q, mid, verb = _norm(m["q"]), _norm(m["mid"]), " ".join(m["verb"].split())
    what = "trực" if "call" in m["what"] or "on duty" in m["what"] else "trực đêm" if "duty" in m["what"] else \
        "làm ca đêm"
    what = f"phải {what}" if m["must"] else what
    if verb == "used to":
        be_ = "is" if one else "am" if who_ == "tôi" else "are"
        short = {"is": "'s", "am": "'m", "are": "'re"}[be_]
        how = {("", be_): "đã quen", ("", short): "đã quen", ("", f"{be_} not"): "không quen",
               ("", f"{short} not"): "không quen", (be_, ""): "có quen"}.get((q, mid))
        if be_ != "am" and (q, mid) == ("", f"{be_}n't"):
            how = "không quen"
    else:
        base, do = verb.removesuffix("s"), "does" if one else "do"
        plain = f"{base}s" if one else base
        liked = {"hate": "ghét", "like": "thích", "mind": "ngại"}[base]
        how = {("", "", plain): liked, ("", "really", plain): f"rất {liked}", ("", f"{do} not", base): f"không {liked}",
               ("", f"{do}n't", base): f"không {liked}", (do, "", base): f"có {liked}"}.get((q, mid, verb))
        if how and base == "mind" and how in (liked, f"rất {liked}"):
            return None  # ("I mind working nights.": not said so)
    if not how:
        return None
    return capitalised(f"{who_} {how} {what}") + (" không?" if how.startswith("có ") else stop(m["end"]))
