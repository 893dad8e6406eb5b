"""Glasses, both ways, written whole by rule: new glasses needed or got ("cắt kính mới"), an eye test had ("đi đo
mắt"), a prescription gone up ("tăng độ"), stronger glasses needed, glasses broken or scratched, and how long someone
has worn glasses. v8 (rules on) reads "cắt kính" as cutting, "đo mắt" as taking eyes, "tăng độ" as increasing, and
"glasses" as drinking glasses: "Tôi phải đi cắt kính mới." → "I must go to new glasses.", "Tôi cần kính mới." → "I
need a new glass.", "Hôm qua tôi đi đo mắt." → "Yesterday, I took my eyes.", "Mắt tôi tăng độ rồi." → "My eye
increases.", "Kính của tôi bị xước." → "My glasses were mimic.", "Bạn đeo kính bao lâu rồi?" → "How long do you wear
a glass?"; "I need new glasses." → "Tôi cần cái ly mới.", "I got my eyes tested yesterday." → "Tôi có mắt tôi thử
hôm qua.", "My prescription has gone up." → "Thuốc theo toa của tôi đã tăng lên." (a medicine), "My glasses are
broken." → "Món của tôi bị vỡ.", "I need stronger glasses." → "Tôi cần ly mạnh hơn.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) needs new glasses, needs, has, wants to or should get them ("cắt", "làm",
"thay kính mới"), is going to, is getting them on a day ahead, has just got them, got them (a day behind), hasn't yet,
asked; who had their eyes tested ("đo mắt", "khám mắt": a day behind, "đã", "vừa", "đã … rồi"), is having them tested on
a day ahead, hasn't yet, asked ("… chưa?", "Hôm qua bạn có … không?"); whose prescription has gone up ("Mắt …": just,
again, asked); who needs or has to get stronger glasses ("tăng độ kính"); who broke or scratched their own or another's
glasses (just, again, "lỡ", a day behind), whose glasses are broken or scratched, asked; how long who has worn glasses,
or for how many years or months. Left: contact lenses, glasses to read, an eye test needed or ahead with "sẽ"
(mt/eyesight.py), glasses worn (mt/features.py), lost or forgotten (mt.terms, mt/mishaps.py, mt/left_behind.py), where
they are (mt/finding.py), "kính râm" (mt/outdoors.py), "kính" shattered with no owner ("Tôi làm vỡ kính.": a pane?),
"tăng độ" with no "mắt" (a setting turned up?), a pet's prescription (a medicine's), "we", "they" getting new glasses,
ours or theirs broken in English (drinking glasses?), ours or theirs broken in Vietnamese with no owner said (whose?),
"Tôi đi khám mắt." (going, or a habit?), "đi … rồi" without "đã" (gone there, or done?), a name's own glasses in
Vietnamese (his or hers?), "anh", "chị", "em" alone saying it, asked of oneself, "When did you start wearing glasses?"
(v8's right both ways), and anything else. mt.phrasebook.translate tries these after mt/hotpot.py.

    >>> translate("Tôi phải đi cắt kính mới.", "vi", "en"), translate("I had my eyes tested yesterday.", "en", "vi")
    ('I have to get new glasses.', 'Hôm qua tôi đi đo mắt.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:kính|khám\s+mắt|đo\s+mắt|kiểm\s+tra\s+mắt|tăng\s+độ)"),
         "en": lazy(r"(?i:glasses|eyes?\s+(?:tested|checked|examined|test|exam|check)|prescription|lenses)")}
# the days a shape says: behind (got, had tested) and ahead (getting, having tested); the first Vietnamese of each
# English is written back
_BEHIND = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                    "tháng trước", "năm ngoái", "năm trước")
_AHEAD = near_days("ngày mai", "sáng mai", "chiều mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "tháng sau",
                   "tháng tới")
_DAYS_VI = {en: vi for vi, en in reversed((_BEHIND | _AHEAD).items())}
_DAY_WORDS = rf"(?i:{alternatives(_BEHIND | _AHEAD)})"
_DAY0 = rf"(?:(?P<day0>{_DAY_WORDS})\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>{_DAY_WORDS}))?"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
# counts of years or months worn, 1 to 30, in words or figures
_N_VI = {vi_word(n): n for n in range(1, 31)}
_N_EN = {en_word(n): n for n in range(1, 31)} | {"a": 1}
_ASK = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
_TAIL = r"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?"

# new glasses ("Tôi phải đi cắt kính mới.", "Tôi cần kính mới.", "Bạn cắt kính mới chưa?"), stronger (group up: "Tôi
# cần tăng độ kính."), or an eye test had (group test: "Hôm qua tôi đi đo mắt.", "Bạn đã đi khám mắt chưa?")
_NEW = lazy(rf"{_DAY0}{WHO}\s+{_ASK}(?:(?P<aux>cần|phải|muốn|nên|sẽ|định|vừa\s+mới|vừa|mới|đã|chưa)\s+)?"
            rf"(?:(?P<go>đi)\s+)?(?:(?:(?P<verb>cắt|làm|thay)\s+)?kính(?:\s+mắt)?\s+mới|(?P<up>tăng\s+độ\s+kính)|"
            rf"(?P<test>(?:khám|đo|kiểm\s+tra)\s+mắt)){_DAY}{_TAIL}{ASKED_END}")
# a prescription gone up ("Mắt tôi tăng độ rồi.", "Mắt bạn có tăng độ không?", "Mắt mẹ tôi lại tăng độ."), "mắt" said
# ("Tôi tăng độ rồi.": a setting turned up?)
_UP = lazy(rf"[Mm]ắt\s+(?:của\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<again>lại)\s+)?(?:(?P<aux>vừa\s+mới|vừa|"
           rf"mới|đã)\s+)?(?:bị\s+)?tăng\s+độ(?:\s+(?P<more>nữa))?(?:\s+(?P<done>rồi))?{ASKED_END}")
# glasses broken by who ("Tôi làm gãy kính rồi.", "Con trai tôi làm gãy kính của tôi."), or broken
_BREAK = r"(?P<how>gãy|vỡ|hỏng|xước)"
_BROKE = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>vừa\s+mới|vừa|mới|đã|lại)\s+)?(?:(?P<oops>lỡ)\s+)?làm\s+{_BREAK}\s+"
              rf"kính(?P<eye>\s+mắt)?(?:\s+(?:của\s+)?{OWNER})?{_DAY}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_BROKEN = lazy(rf"[Kk]ính(?:\s+mắt)?\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+)?(?:bị\s+)?{_BREAK}"
               rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
# how long worn ("Bạn đeo kính bao lâu rồi?", "Tôi đeo kính được mười năm rồi.")
_WORN = lazy(rf"{WHO}\s+(?:đã\s+)?đeo\s+kính(?:\s+cận)?\s+(?:(?P<long>(?:được\s+)?bao\s+lâu\s+rồi)|(?:được\s+)?"
             rf"(?P<n>\d{{1,2}}|(?i:{alternatives(_N_VI)}))\s+(?P<unit>năm|tháng)\s+(?:rồi|nay))"
             rf"(?:\s+(?:vậy|thế|ạ))?\s*(?P<end>[.!?]*)")
# ... and in English (English comes here with "’" written "'"): who, the words between (group mid, as _said reads
# them) and what
_END = r"\s*(?P<end>[.!?]*)"
_Q = r"(?:(?P<q>Do|Does|Did|Should|Are|Is|Am|Have|Has)\s+)?"
_MID = r"(?P<mid>(?:'[a-z]+)?(?:\s+[a-z']+)*?)"
_NEW_EN = lazy(rf"{_Q}{WHO_EN}{_MID}\s+(?:new\s+glasses|a\s+new\s+pair\s+of\s+glasses|(?P<stronger>stronger\s+"
               rf"(?:glasses|lenses))){_DAY_EN}(?:\s+(?P<yet>yet))?{_END}")
_TESTED_EN = lazy(rf"{_Q}{WHO_EN}{_MID}\s+(?:(?P<owner>{WHOSE_WORDS})\s+eyes\s+(?P<how>tested|checked|examined)|an\s+"
                  rf"eye\s+(?P<kind>test|exam|examination|check-?up)){_DAY_EN}(?:\s+(?P<yet>yet))?{_END}")
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)"
_UP_EN = lazy(rf"(?:(?P<q>Has)\s+)?{_WHOSE_EN}\s+prescription(?P<has>\s+has|'s)?(?:\s+(?P<just>just))?\s+gone\s+up"
              rf"(?:\s+(?P<again>again))?{_END}")
_BROKE_EN = lazy(rf"{WHO_EN}(?P<has>\s+has|\s+have|'ve|'s)?(?:\s+(?P<just>just))?(?:\s+(?P<oops>accidentally))?\s+"
                 rf"(?P<verb>broke|broken|scratched)\s+(?P<owner>{WHOSE_WORDS})\s+glasses(?:\s+(?P<again>again))?"
                 rf"{_DAY_EN}{_END}")
_BROKEN_EN = lazy(rf"(?:(?P<q>Are)\s+)?{_WHOSE_EN}\s+glasses(?P<be>\s+are(?P<not>\s+not|n't)?|'re)?\s+"
                  rf"(?P<how>broken|scratched){_END}")
_WORN_EN = lazy(rf"(?:How\s+long\s+(?P<q>have|has)\s+)?{WHO_EN}(?(q)|(?P<has>\s+has|\s+have|'ve|'s))\s+(?:worn|"
                rf"been\s+wearing)\s+glasses(?:\s+for\s+(?P<n>\d{{1,2}}|{alternatives(_N_EN)})\s+(?P<unit>years?|"
                rf"months?))?{_END}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of new glasses, an eye test had, a prescription gone up, glasses broken, how
    long glasses have been worn; None for any other."""
    if src == "vi":
        return _new(text) or _up(text) or _broke(text) or _broken(text) or _worn(text)
    text = text.replace("’", "'")
    return _new_vi(text) or _tested_vi(text) or _up_vi(text) or _broke_vi(text) or _broken_vi(text) or _worn_vi(text)


def _mode(m: re.Match) -> str | None:
    """How a Vietnamese match ends: "said", "asked" ("có … không?") or "yet" ("… chưa?"); None where its words and
    its "?" disagree ("Bạn có cắt kính mới.", "Tôi cần kính mới?", "Tôi không … chưa?")."""
    g, q = m.groupdict(), "?" in m["end"]
    if g.get("yet"):
        return "yet" if q and not (m["asked"] or g.get("ask") or g.get("not") or g.get("done")) else None
    asked = bool(m["asked"])
    if asked != q or bool(g.get("ask")) != asked or asked and g.get("not"):
        return None
    return "asked" if asked else "said"


def _who(m: re.Match, mode: str | None, oneself: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she has"); None for a pet, "anh" … saying it, or "I"
    asked ("Tôi đã đi đo mắt chưa?") but where `oneself` may be ("Tôi có nên …không?")."""
    said = None if mode is None or animal(m) else who(m, mode != "said")
    return None if not said or mode != "said" and said[0] == "I" and not oneself else said


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a match (groups day0, day) in English and its way ("behind", "ahead"), ("", "") for none; None
    for two."""
    if m["day0"] and m["day"]:
        return None
    said = keyed(m["day0"] or m["day"] or "")
    return ("", "") if not said else (_BEHIND[said], "behind") if said in _BEHIND else (_AHEAD[said], "ahead")


def _has(who_: str, one: bool, done: str, yet: bool = False) -> str:
    """Who has done something, in English: "I've got", "My mother has had", "She hasn't had … yet" (`yet`)."""
    if yet:
        return capitalised(f"{who_} {'hasn' if one else 'haven'}'t {done} yet.")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {done}") + ".")


def _done(m: re.Match, mode: str, said: tuple[str, bool], day: tuple[str, str], did: tuple[str, str, str],
          gone: bool = False) -> str | None:
    """The English of a match of _NEW (mode, who and day as _mode, _who and _day give them) of what was done or is to
    be (`did`: "got", "getting", "new glasses"): "Have you got … yet?", "I've just got …", "I haven't got … yet", "I've
    got …" ("rồi" without "đã" too where `gone`), "I'm getting … tomorrow", "I got … yesterday"; None for the rest."""
    (who_, one), (on, way), aux, (past, doing, what) = said, day, keyed(m["aux"] or ""), did
    if mode == "yet":
        return f"{'Has' if one else 'Have'} {who_} {past} {what} yet?" if aux in ("", "đã") and not on else None
    if aux in ("vừa", "mới", "vừa mới", "chưa"):
        just = f"{'' if aux == 'chưa' else 'just '}{past} {what}"
        return None if on or m["done"] else _has(who_, one, just, aux == "chưa")
    if m["done"]:
        return _has(who_, one, f"{past} {what}") if (aux == "đã" or gone) and not on else None
    if way == "ahead":
        return None if aux else capitalised(contracted(who_, f"{be(who_)} {doing} {what} {on}") + ".")
    return capitalised(f"{who_} {past} {what}{f' {on}' if on else ''}.") if way == "behind" or aux == "đã" else None


def _new(text: str) -> str | None:
    """"Tôi phải đi cắt kính mới." as "I have to get new glasses.", "Tôi cần kính mới." as "I need new glasses.",
    "Bạn cắt kính mới chưa?" as "Have you got new glasses yet?", "Tuần sau tôi sẽ đi cắt kính mới." as "I'm going to
    get new glasses next week.", "Tôi cần tăng độ kính." as "I need stronger glasses." (_NEW), an eye test
    (_tested); None for anything else."""
    m = _NEW.fullmatch(text)
    mode = m and _mode(m)
    if not m or (said := _who(m, mode, keyed(m["aux"] or "") == "nên")) is None or (day := _day(m)) is None:
        return None
    if m["test"]:
        return _tested(m, mode, said, day)
    (who_, one), (on, way), aux, asked = said, day, keyed(m["aux"] or ""), mode == "asked"
    glasses, at = "stronger glasses" if m["up"] else "new glasses", f" {on}" if on else ""
    if m["up"] and (aux not in ("cần", "phải") or on) or not (m["verb"] or m["up"]) and (aux != "cần" or m["go"]):
        return None  # (stronger glasses are only needed or had to get, on no day; "kính mới" alone only needed)
    if m["not"] and aux not in ("cần", "phải", "muốn", "nên"):
        return None  # ("không" only before a wish or a need)
    if aux in ("cần", "phải", "muốn", "nên", "sẽ", "định") and (m["done"] or mode == "yet" or way == "behind"):
        return None  # (a need, a wish or a plan is not done, nor on a day behind)
    if aux in ("cần", "phải", "muốn", "nên"):
        if aux == "nên":
            should = "shouldn't" if m["not"] else "should"
            return f"Should {who_} get {glasses}{at}?" if asked else capitalised(f"{who_} {should} get {glasses}{at}.")
        verb, rest = {"cần": ("need", "to get " * bool(m["verb"]) + glasses), "phải": ("have", f"to get {glasses}"),
                      "muốn": ("want", f"to get {glasses}")}[aux]
        return present(who_, one, verb, rest + at, asked, bool(m["not"]))
    if aux in ("sẽ", "định"):
        going = f"going to get {glasses}{at}"
        return f"{be(who_).capitalize()} {who_} {going}?" if asked else capitalised(
            contracted(who_, f"{be(who_)} {going}") + ".")
    return None if asked else _done(m, mode, said, day, ("got", "getting", glasses), True)


def _tested(m: re.Match, mode: str, said: tuple[str, bool], day: tuple[str, str]) -> str | None:
    """"Hôm qua tôi đi đo mắt." as "I had my eyes tested yesterday.", "Tôi vừa đi khám mắt." as "I've just had my eyes
    tested.", "Bạn đã đi khám mắt chưa?" as "Have you had your eyes tested yet?" (_NEW's group test, read by _new);
    "an eye test" where English cannot tell whose eyes ("Lan …"); None for anything else, an eye test needed or with
    "sẽ" (mt/eyesight.py's), and "Tôi đi khám mắt." (going now, or a habit?)."""
    (who_, _), (on, way), aux = said, day, keyed(m["aux"] or "")
    if aux not in ("", "vừa", "mới", "vừa mới", "đã", "chưa"):
        return None
    own = whose_own(m, who_)
    tested, at = f"{own} eyes tested" if own else "an eye test", f" {on}" if on else ""
    if m["not"] or mode == "asked":  # (asked, or not, only of a day behind: "Hôm qua bạn có đi khám mắt không?")
        if aux or way != "behind" or m["done"]:
            return None
        return (f"Did {who_} have {tested}{at}?" if mode == "asked" else
                capitalised(f"{who_} didn't have {tested}{at}."))
    return _done(m, mode, said, day, ("had", "having", tested))  # ("đi khám mắt rồi" without "đã": gone, or done?)


def _up(text: str) -> str | None:
    """"Mắt tôi tăng độ rồi." as "My prescription has gone up.", "Mắt mẹ tôi lại tăng độ." as "My mother's
    prescription has gone up again.", "Mắt bạn có tăng độ không?" as "Has your prescription gone up?", ours or theirs
    as "prescriptions have" (_UP); None for anything else, and "Mắt tôi tăng độ." (a habit?)."""
    m = _UP.fullmatch(text)
    mode = m and _mode(m)
    if not m or mode is None or animal(m) or (said := who(m, mode == "asked")) is None:
        return None  # (asked of oneself too: "Mắt tôi có tăng độ không?", of the optician)
    whose, aux, again = EN_WHOSE.get(said[0]) or f"{said[0]}'s", keyed(m["aux"] or ""), m["again"] or m["more"]
    whose, has = (f"{whose} prescriptions", "have") if said[0] in ("we", "they") else (f"{whose} prescription", "has")
    if mode == "asked":
        return None if aux or again or m["done"] else f"{has.capitalize()} {whose} gone up?"
    if not (aux or again or m["done"]) or aux in ("vừa", "mới", "vừa mới") and m["done"]:
        return None
    just = "just " if aux in ("vừa", "mới", "vừa mới") else ""
    return capitalised(f"{whose} {has} {just}gone up{' again' * bool(again)}.")


def _owned(m: re.Match, who_: str) -> str | None:
    """Whose the glasses of a match of OWNER are in English ("my", "my mother's"), said of who (`who_`): who's own for
    none, "của mình" or who again ("Mẹ tôi … của mẹ tôi"); None where English cannot tell ("Lan làm gãy kính.": his or
    hers?), for ours or theirs shattered or scratched, and for none of "we", "they" ("Chúng tôi làm gãy kính.")."""
    if m["owner"] and keyed(m["owner"]) in ("chúng tôi", "chúng ta", "họ") and keyed(m["how"]) in ("vỡ", "xước"):
        return None  # ("Kính của chúng tôi bị vỡ.": a window pane?)
    if m["someone"] and (owner := someone(m["someone"], "vi")) != who_:
        return f"{owner}'s"
    if m["owner"] and keyed(m["owner"]) != "mình":
        return OWNERS[keyed(m["owner"])]
    return whose_own(m, who_) if who_ and who_ not in ("we", "they") else None


def _broke(text: str) -> str | None:
    """"Tôi làm gãy kính rồi." as "I've broken my glasses.", "Con trai tôi làm gãy kính của tôi." as "My son broke my
    glasses.", "Tôi lỡ làm xước kính của mẹ tôi." as "I accidentally scratched my mother's glasses.", "Hôm qua tôi
    làm gãy kính." as "I broke my glasses yesterday." (_BROKE); None for anything else, and "kính" shattered or
    scratched with no owner ("Tôi làm vỡ kính.": a window pane?)."""
    m = _BROKE.fullmatch(text)
    if not m or "?" in m["end"] or (said := _who(m, "said")) is None or (day := _day(m)) is None:
        return None
    (who_, one), (on, way), aux, how = said, day, keyed(m["aux"] or ""), keyed(m["how"])
    whose = _owned(m, who_)
    if whose is None or how in ("vỡ", "xước") and not (m["owner"] or m["someone"] or m["eye"]) or way == "ahead":
        return None
    past, done = ("scratched", "scratched") if how == "xước" else ("broke", "broken")
    oops, glasses = "accidentally " if m["oops"] else "", f"{whose} glasses"
    if aux in ("vừa", "mới", "vừa mới", "lại") or m["done"]:
        if on or aux in ("vừa", "mới", "vừa mới") and m["done"]:
            return None
        just, again = "just " if aux not in ("", "đã", "lại") else "", " again" if aux == "lại" else ""
        return _has(who_, one, f"{just}{oops}{done} {glasses}{again}")
    return capitalised(f"{who_} {oops}{past} {glasses}{f' {on}' if on else ''}.")


def _broken(text: str) -> str | None:
    """"Kính của tôi bị gãy rồi." as "My glasses are broken.", "Kính của bạn có bị xước không?" as "Are your glasses
    scratched?" (_BROKEN); None for anything else."""
    m = _BROKEN.fullmatch(text)
    mode = m and _mode(m)
    if not m or mode is None or mode == "asked" and m["done"]:
        return None
    whose = _owned(m, "")
    how = "scratched" if keyed(m["how"]) == "xước" else "broken"
    return whose and (f"Are {whose} glasses {how}?" if mode == "asked" else capitalised(f"{whose} glasses are {how}."))


def _worn(text: str) -> str | None:
    """"Bạn đeo kính bao lâu rồi?" as "How long have you worn glasses?", "Tôi đeo kính được mười năm rồi." as "I've
    worn glasses for ten years." (_WORN); None for anything else."""
    m = _WORN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or asked != bool(m["long"]) or (said := _who(m, "asked" if asked else "said")) is None:
        return None
    who_, one = said
    if asked:
        return f"How long {'has' if one else 'have'} {who_} worn glasses?"
    n = int(m["n"]) if m["n"].isdigit() else _N_VI[keyed(m["n"])]
    unit = "year" if keyed(m["unit"]) == "năm" else "month"
    return _has(who_, one, f"worn glasses for {f'a {unit}' if n == 1 else f'{en_word(n)} {unit}s'}") if n else None


def _said(m: re.Match) -> tuple[str, str, bool] | None:
    """The words between who and what of an English match (group mid) as a key, written out and in their base form
    ("'ve just got" → "have just got", "needs to get" → "need to get", "Does" … "need" → "do need"), who in Vietnamese
    and whether one; None for a pet, or where the first verb does not agree with who ("She need", "Do she")."""
    if animal(m):
        return None
    who_, one = who_vi(m)
    words = (m["mid"] or "").replace("n't", " not").replace("'", " '").split()
    q, first = (m["q"] or "").lower(), ((m["q"] or "") or (words or [""])[0]).lower()
    agrees = {"is": one, "'s": one, "am": who_ == "tôi", "'m": who_ == "tôi", "are": not one and who_ != "tôi",
              "'re": not one and who_ != "tôi", "does": one, "has": one, "needs": one, "wants": one, "do": not one,
              "have": not one, "'ve": not one, "need": not one, "want": not one}.get(first, True)
    if not agrees:
        return None
    base = {"is": "be", "'s": "be", "am": "be", "'m": "be", "are": "be", "'re": "be", "does": "do", "has": "have",
            "'ve": "have", "needs": "need", "wants": "want", "ca": "can"}
    said = [base.get(w.lower(), w.lower()) for w in ([q] if q else []) + words]
    if len(said) > 1 and said[0] == "be" and said[1] in ("just", "got", "had", "broken"):  # ("'s just got": has)
        said[0] = "have"
    return " ".join(said), who_, one


# what English says between who and new glasses, and Vietnamese for it: said, and said with a day (before who)
_NEW_SAID = {"need": ("cần kính mới", None), "do not need": ("không cần kính mới", None),
             "need to get": ("cần cắt kính mới", None), "have to get": ("phải đi cắt kính mới", None),
             "want to get": ("muốn cắt kính mới", None), "should get": ("nên cắt kính mới", None),
             "be going to get": ("sẽ đi cắt kính mới", "sẽ đi cắt kính mới"), "be getting": (None, "đi cắt kính mới"),
             "have just got": ("vừa cắt kính mới", None), "just got": ("vừa cắt kính mới", None),
             "got": ("đã cắt kính mới", "đi cắt kính mới"), "have not got": ("chưa cắt kính mới", None),
             "do need?": ("có cần kính mới không", None), "do need to get?": ("có cần cắt kính mới không", None),
             "do have to get?": ("có phải đi cắt kính mới không", None), "did get?": (None, "có đi cắt kính mới không"),
             "do want to get?": ("có muốn cắt kính mới không", None), "have got?": ("đã cắt kính mới chưa", None),
             "be going to get?": ("có định đi cắt kính mới không", None),
             "should get?": ("có nên cắt kính mới không", None)}
# ... and stronger glasses ("Do you not need …?", "I do need …": left)
_STRONGER_SAID = {"need": ("cần tăng độ kính", None), "do not need": ("không cần tăng độ kính", None),
                  "have to get": ("phải tăng độ kính", None), "do need?": ("có cần tăng độ kính không", None)}
_TESTED_SAID = {"had": ("đã đi {}", "đi {}"), "got": ("đã đi {}", "đi {}"), "have just had": ("vừa đi {}", None),
                "just had": ("vừa đi {}", None), "have had": ("đã đi {} rồi", None),
                "have not had": ("chưa đi {}", None), "be having": (None, "đi {}"),
                "have had?": ("đã đi {} chưa", None), "did have?": (None, "có đi {} không"),
                "did get?": (None, "có đi {} không")}
# the keys that need "yet" after them
_YET = {"have not got", "have got?", "have not had", "have had?"}


def _by_table(m: re.Match, table: dict, what: str = "") -> str | None:
    """The Vietnamese of an English match of _NEW_EN or _TESTED_EN by its `table` (`what` for "{}": "đo mắt"); None
    where the words are not in it, a day is not its way, or "yet" and "?" are not where they must be."""
    said, asked = _said(m), bool(m["q"])
    if said is None or asked != ("?" in m["end"]):
        return None
    key, who_ = f"{said[0]}?" if asked else said[0], said[1]  # (the questions' words are keyed with "?")
    if key not in table or (key in _YET) != bool(m["yet"]) or asked and who_ == "tôi" and key != "should get?":
        return None
    plain, dated = table[key]
    day = m["day"] and _DAYS_VI[keyed(m["day"])]
    behind = key in ("got", "had", "did get?", "did have?")  # (the rest with a day say it ahead)
    said_vi = (dated if (keyed(m["day"]) in _BEHIND.values()) == behind else None) if day else plain
    return said_vi and capitalised(f"{day or ''} {who_} {said_vi.format(what)}{'?' if asked else '.'}".lstrip())


def _new_vi(text: str) -> str | None:
    """"I have to get new glasses." as "Tôi phải đi cắt kính mới.", "I need new glasses." as "Tôi cần kính mới.",
    "Have you got new glasses yet?" as "Bạn đã cắt kính mới chưa?", "Does she need stronger lenses?" as "Cô ấy có
    cần tăng độ kính không?" (_NEW_EN, _NEW_SAID, _STRONGER_SAID); None for anything else, and "we" or "they"
    getting new glasses (drinking glasses?)."""
    m = _NEW_EN.fullmatch(text)
    if not m or m["who"] and m["who"].lower() in ("we", "they") and not m["stronger"]:
        return None
    return _by_table(m, _STRONGER_SAID if m["stronger"] else _NEW_SAID)


def _tested_vi(text: str) -> str | None:
    """"I had my eyes tested yesterday." as "Hôm qua tôi đi đo mắt.", "Have you had your eyes tested yet?" as "Bạn đã
    đi đo mắt chưa?", "She's just had an eye exam." as "Cô ấy vừa đi khám mắt." (_TESTED_EN, _TESTED_SAID); None for
    anything else, and eyes not who's own ("I had your eyes tested.")."""
    m = _TESTED_EN.fullmatch(text)
    if not m or m["owner"] and own_thing(m, *who_vi(m)) is not True:
        return None
    test = "đo mắt" if m["how"] == "tested" or m["kind"] == "test" else "khám mắt"
    return _by_table(m, _TESTED_SAID, test)


def _whose_vi(m: re.Match | None, verb: str) -> str | None:
    """Whose of a match of _UP_EN or _BROKEN_EN (`verb`: its group after whose) in Vietnamese ("my mother's": "mẹ
    tôi"); None for no match, "Has", "Are" asking and the verb both there or neither, or "?" not where it must be."""
    if not m or bool(m["q"]) == bool(m[verb]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    return WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")


def _up_vi(text: str) -> str | None:
    """"My prescription has gone up." as "Mắt tôi tăng độ rồi.", "Has your prescription gone up?" as "Mắt bạn có tăng
    độ không?", "My mother's prescription has gone up again." as "Mắt mẹ tôi lại tăng độ rồi." (_UP_EN); None for
    anything else."""
    m = _UP_EN.fullmatch(text)
    if (whose := _whose_vi(m, "has")) is None or pet(m["someone"], "en") or m["q"] and (m["just"] or m["again"]):
        return None  # (a pet's prescription is a medicine's)
    again = "lại " if m["again"] else ""
    said = "có tăng độ không?" if m["q"] else "vừa tăng độ." if m["just"] else f"{again}tăng độ rồi."
    return f"Mắt {whose} {said}"


def _broke_vi(text: str) -> str | None:
    """"I've broken my glasses." as "Tôi làm gãy kính rồi.", "My son broke my glasses." as "Con trai tôi đã làm gãy
    kính của tôi.", "I broke my glasses yesterday." as "Hôm qua tôi làm gãy kính.", "She's scratched her glasses
    again." as "Cô ấy lại làm xước kính rồi." (_BROKE_EN); None for anything else, and a verb not agreeing."""
    m = _BROKE_EN.fullmatch(text)
    if not m or "?" in m["end"] or animal(m) or m["owner"].lower() in ("our", "their"):
        return None  # (and ours or theirs: "We broke our glasses.", drinking glasses?)
    who_, one = who_vi(m)
    has, verb, day = keyed(m["has"] or ""), m["verb"], m["day"] and _DAYS_VI[keyed(m["day"])]
    own = own_thing(m, who_, one)
    if own is None or has and (has in ("has", "'s")) != one or verb == ("broke" if has else "broken"):
        return None
    whose = "" if own else f" của {WHOSE_VI[m['owner'].lower()]}"
    glasses = f"làm {'xước' if verb == 'scratched' else 'gãy'} kính{whose}"
    oops = "lỡ " if m["oops"] else ""
    if day and (has or m["just"] or keyed(m["day"]) not in _BEHIND.values()) or m["again"] and (not has or m["just"]):
        return None  # (a day only with the past: "I broke my glasses yesterday."; "again" only with "have")
    if m["just"] or has:
        return capitalised(f"{who_} vừa {oops}{glasses}." if m["just"] else
                           f"{who_} {'lại ' * bool(m['again'])}{oops}{glasses} rồi.")
    return capitalised(f"{day} {who_} {oops}{glasses}." if day else f"{who_} đã {oops}{glasses}.")


def _broken_vi(text: str) -> str | None:
    """"My glasses are broken." as "Kính của tôi bị gãy rồi.", "Are your glasses scratched?" as "Kính của bạn có bị
    xước không?" (_BROKEN_EN); None for anything else."""
    m = _BROKEN_EN.fullmatch(text)
    if not (whose := _whose_vi(m, "be")) or m["owner"] and m["owner"].lower() in ("our", "their"):
        return None  # (ours or theirs: drinking glasses?)
    how = "xước" if m["how"] == "scratched" else "gãy"
    said = "có bị {} không?" if m["q"] else "không bị {}." if m["not"] else "bị {} rồi." if how == "gãy" else "bị {}."
    return f"Kính của {whose} {said.format(how)}"


def _worn_vi(text: str) -> str | None:
    """"How long have you worn glasses?" as "Bạn đeo kính bao lâu rồi?", "I've worn glasses for ten years." as "Tôi
    đeo kính được mười năm rồi." (_WORN_EN); None for anything else, and a verb or a count not agreeing."""
    m = _WORN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["n"]) or animal(m):
        return None
    who_, one = who_vi(m)
    if (keyed(m["q"] or m["has"]) in ("has", "'s")) != one or m["q"] and who_ == "tôi":
        return None
    if m["q"]:
        return capitalised(f"{who_} đeo kính bao lâu rồi?")
    n = int(m["n"]) if m["n"].isdigit() else _N_EN[m["n"].lower()]
    if not n or (n == 1) == m["unit"].endswith("s"):
        return None  # ("for two year", "for one years")
    unit = "năm" if m["unit"].startswith("year") else "tháng"
    return capitalised(f"{who_} đeo kính được {vi_word(n) if n <= 30 else n} {unit} rồi.")
