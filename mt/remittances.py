"""Remittances, both ways, written whole by rule: who sends money home ("gửi tiền về", to the home village or the
family), to whom (parents, family, a wife), to pay for a younger sibling's schooling or to support parents, how much
and how often. v8 (the rules on) drops "về" (home) or reads it as a country, and "nuôi em đi học" as nothing: "Tháng
nào tôi cũng gửi tiền về cho bố mẹ." → "I'm sending money to my parents every month.", "Anh ấy gửi tiền về quê nuôi
em đi học." → "He sends money to his country to school.", "Bạn có gửi tiền về nhà không?" → "Do you deposit home?",
"Chúng tôi gửi tiền về quê nuôi bố mẹ." → "We send money to our parents country.", "Tôi chưa gửi tiền về cho bố
mẹ." → "I'm not sending money to my parents.", "Anh ấy không còn gửi tiền về quê nữa." → "He has no longer sent money
to the country."; and back, "I send money home to my parents every month." → "Tôi gửi tiền cho bố mẹ tôi mỗi
tháng.", "She sends five million dong home every month." → "Cô ấy gửi 5 triệu ngôi nhà mỗi tháng." (houses), "Do you
send money home?" → "Bạn có gửi nhà tiền không?", "He sends money home to pay for his younger brother's schooling." →
"Anh ấy gởi tiền đến nhà học của anh ấy.".

Taken: who (mt.hobbies.WHO, WHO_EN) sends money ("tiền", a sum of mt.patterns.SUM_VI or mt.amounts.SUM_WORDS: "năm
triệu", "five million dong") home ("về", "về nhà", "về quê"; "home", "back home"), to whom of _FOR (bare after a
pronoun: theirs; or with whose said), to pay for a younger sibling's schooling ("nuôi em đi học") or to support parents
("nuôi bố mẹ"): as a habit (every month, week or year: "Tháng nào … cũng", "mỗi tháng"; often, always … of
mt.hobbies.SELDOM, "thường", "luôn" with every month as usually, always; still; with a purpose), asked ("có … không?"),
no longer ("không còn … nữa"), done (on a day behind, "đã", "rồi", just), not yet, asked yet ("… chưa?"), ahead ("sẽ", a
day ahead); how much who sends home every month. Left: "gửi tiền" without "về" or "home" (mt/transfers.py, mt/post.py:
to someone, or to a bank), "gửi tiền về" with no tense or habit ("Tôi gửi tiền về cho bố mẹ.": sends or sent?), "không
gửi" alone (doesn't or didn't?), "đang" (now, or these days?), a bare "bố mẹ" after kin or a name (whose parents: "Chồng
tôi …" may send to mine), a name alone with a purpose (his or her brother?), "his brother" (older or younger?), "anh",
"chị", "em" alone saying it, "I" asked, "em" asking with "ạ" (the speaker), a pet as who, "cũng" without "nào" (also),
"mình" as whose but after "tôi", "chúng tôi" (maybe the speaker), another's "his", "her" English would read as who's own
("Bố tôi … mẹ anh ấy"), "sometimes", "rarely", "never" every month, how much asked with how often or "vẫn", and anything
else. Pocket money (mt/pocket_money.py), pay (mt/earnings.py), savings (mt/savings.py), elderly parents (mt/elderly.py)
are theirs.
mt.phrasebook.translate tries these after mt/lucky_numbers.py.

    >>> translate("Mỗi tháng chị ấy gửi về năm triệu.", "vi", "en"), translate("Do you send money home?", "en", "vi")
    ('She sends five million dong home every month.', 'Bạn có gửi tiền về nhà không?')
"""
from __future__ import annotations

import re

from .amounts import SUM_WORDS, SUM_WORDS_EN, words_sum
from .dates import NEAR_WAY, near_days
from .hobbies import (HABIT_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, animal, em_speaking, his_her_of, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .patterns import SUM_EN, SUM_VI, sum_said
from .people import PARENTS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (EN_WHOSE, SOFTENED_END, WHOSE_OF, agreement_asked, alternatives, capitalised, contracted, keyed,
                   present, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:gửi)"), "en": lazy(r"(?i:home)")}
# to whom money is sent home (the first Vietnamese of each is written back)
_FOR = PARENTS | {"gia đình": "family", "mẹ": "mother", "bố": "father", "vợ con": "wife and children",
                  "vợ": "wife", "chồng": "husband"}
_FOR_VI = {en: vi for vi, en in reversed(_FOR.items())} | {"mum": "mẹ", "dad": "bố", "wife and kids": "vợ con"}
# younger siblings schooled ("nuôi em đi học"), and back
_YOUNG = {"em": "younger sibling's", "em trai": "younger brother's", "em gái": "younger sister's",
          "các em": "younger siblings'"}
_YOUNG_VI = {en: vi for vi, en in _YOUNG.items()} | {"little brother's": "em trai", "little sister's": "em gái"}
# who's "em" is surely their own younger sibling: a pronoun's, or an elder sibling's ("Bố tôi … nuôi em đi học": his
# younger sibling, or the speaker's?)
_ELDER = {"anh", "chị", "anh trai", "chị gái"}
_PER = {"tháng": "month", "tuần": "week", "năm": "year"}
# how often with every month said too: "thường" is "usually" there (not "often … every month"), "luôn" "always";
# "sometimes", "rarely", "never" every month say nothing English would
_SELDOM_EVERY = {"thường": "usually", "thường thường": "usually", "luôn": "always", "luôn luôn": "always"}
_PER_VI = {en: vi for vi, en in _PER.items()}
# the days money is sent on: behind and today (done), ahead (to be done)
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "hôm nay", "sáng nay", "ngày mai", "ngày kia",
                  "tuần sau", "tuần tới", "tháng sau", "tháng tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?i:{alternatives(_DAYS)})"

# a sum, digits or words, in one group (SUM_VI's own groups read again by _money_en)
_SUM_VI = re.sub(r"\(\?P<\w+>", "(?:", SUM_VI)
_SUM_READ, _SUM_READ_EN = lazy(SUM_VI), lazy(SUM_EN)
_SUM_EN = re.sub(r"\(\?P<\w+>", "(?:", SUM_EN)
_FOR_WHO = rf"(?i:{alternatives(_FOR)})"
# who sends money home, in Vietnamese: when or how often before who, the tense before "gửi", asked at the end
_SEND = lazy(
    rf"(?:(?P<day>{_DAY})\s*,?\s+|(?i:mỗi|hằng|hàng)\s+(?P<per0>tháng|tuần|năm)\s*,?\s+|(?P<per1>(?i:tháng|tuần|năm))"
    rf"\s+nào\s+)?{WHO}\s+(?:(?P<also>cũng)\s+)?(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?"
    rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?"
    r"(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|chưa)\s+|(?P<ask>có)\s+|(?P<not>không\s+còn)\s+)?gửi\s+"
    rf"(?:(?P<money>tiền|{_SUM_VI}|{SUM_WORDS})\s+)?về(?:\s+(?P<place>nhà|quê(?:\s+nhà)?))?"
    rf"(?:\s+cho\s+(?P<for>{_FOR_WHO})(?:\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)})))?)?"
    rf"(?:\s+(?P<sum>{_SUM_VI}|{SUM_WORDS}|(?P<how>bao\s+nhiêu)(?:\s+tiền)?))?"
    r"(?:\s+(?:để\s+)?(?:nuôi|lo\s+cho)\s+(?:(?P<young>các\s+em|em\s+trai|em\s+gái|em)\s+(?:đi|ăn)\s+học|"
    rf"(?P<keep>{_FOR_WHO})))?(?:\s+(?P<every>(?:mỗi|hằng|hàng)\s+(?P<per2>tháng|tuần|năm)))?"
    rf"(?:\s+(?P<more>nữa))?(?:\s+(?P<done>rồi))?(?:\s+(?P<day2>{_DAY}))?(?:\s+(?P<asked>không|chưa))?"
    + SOFTENED_END)

# ... and in English (’ read as ')
_MONEY_EN = rf"(?P<money>money|{_SUM_EN}|{SUM_WORDS_EN})"
_TO_EN = (rf"(?:\s+to\s+(?P<fwhose>{WHOSE_WORDS})\s+(?P<for>{alternatives(_FOR_VI)}))?(?:\s+to\s+(?:pay\s+for\s+"
          rf"(?P<ywhose>{WHOSE_WORDS})\s+(?P<young>{alternatives(_YOUNG_VI)})\s+(?:schooling|education)|support\s+"
          rf"(?P<kwhose>{WHOSE_WORDS})\s+(?P<keep>{alternatives(_FOR_VI)})))?"
          rf"(?:\s+(?:every|each)\s+(?P<per>{alternatives(_PER_VI)}))?")
_SEND_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|have|has)(?:\s+not|n't)?|\s+will|"
                rf"'(?:ve|s|ll))?(?:\s+(?P<adv>just|already|still|no\s+longer|{alternatives(SELDOM_VI)}))?"
                rf"\s+(?P<verb>sends|send|sent)\s+{_MONEY_EN}\s+(?:back\s+)?home{_TO_EN}(?P<more>\s+any\s*more)?"
                rf"(?P<yet>\s+yet)?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"How\s+much(?P<money>\s+money)?\s+(?P<q>do|does)\s+{WHO_EN}\s+send\s+(?:back\s+)?home{_TO_EN}\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who sends money home, to whom, what for, how much or how
    often; None for any other."""
    if src == "vi":
        return _send(text)
    text = text.replace("’", "'")
    return _send_vi(text) or _how_vi(text)


def _money_en(said: str) -> str | None:
    """A sum sent, in English: "5 triệu" as "5,000,000 dong", "năm triệu" as "five million dong"; None for anything
    else."""
    m = _SUM_READ.fullmatch(said)
    return f"{sum_said(m, 'en')} dong" if m else words_sum(said, "vi")


def _money_vi(said: str) -> str | None:
    """A sum sent, in Vietnamese: "5,000,000 dong" as "5.000.000 đồng", "five million dong" as "năm triệu đồng";
    "tiền" for "money"; None for anything else."""
    if said.lower() == "money":
        return "tiền"
    m = _SUM_READ_EN.fullmatch(said)
    return f"{sum_said(m, 'vi')} đồng" if m else words_sum(said, "en")


def _tense(m: re.Match) -> str | None:
    """What a match of _SEND says of the sending: "habit", "asked", "no longer", "past", "done" (already), "just",
    "not yet", "yet?", "will"; None where Vietnamese does not tell ("Tôi gửi tiền về cho bố mẹ.": sends or sent?)."""
    aux, asked, day = keyed(m["aux"] or ""), m["asked"], keyed(m["day"] or m["day2"] or "")
    way = NEAR_WAY.get(day, "")
    every, adverb = bool(m["per0"] or m["per1"] or m["every"]), bool(m["still"] or m["seldom"])
    habit = every or adverb or bool(m["young"] or m["keep"])
    if bool(m["per1"]) != bool(m["also"]) or m["day"] and m["day2"] or m["more"] and not m["not"] or (
            m["still"] and m["seldom"]) or day and (every or adverb) or m["how"] and (asked or m["ask"]):
        return None
    if asked == "không":
        plain = not (aux or m["not"] or m["done"] or m["seldom"] or day)
        return "asked" if (m["ask"] or m["still"]) and plain else None
    if asked == "chưa":
        return "yet?" if aux in ("", "đã") and not (m["ask"] or m["not"] or habit or m["done"] or day) else None
    if m["ask"] or m["not"] and not m["more"] or keyed(m["still"] or "") == "còn":
        return None  # ("Anh ấy còn gửi tiền về …": still, or also?)
    if m["not"]:
        return "no longer" if not (aux or m["done"] or m["still"] or m["seldom"] or day) else None
    if aux or m["done"] or day:
        if habit:
            return None
        if aux == "sẽ" or way == "ahead":
            return "will" if aux in ("", "sẽ") and way != "behind" and not m["done"] else None
        if aux == "chưa":
            return "not yet" if not (m["done"] or day) else None
        if aux in ("vừa", "mới", "vừa mới"):
            return "just" if not (m["done"] or day) else None
        if day:
            return "past" if (aux == "đã" or way == "behind") and not m["done"] else None
        return "done" if m["done"] else "past"
    return "habit" if habit else None


def _whose_for(m: re.Match, said: str, whose: str | None) -> str | None:
    """Whose, in English, the parents (family …) of a match of _SEND are, `said` who sends in English: the whose said
    after them, else who's own after a pronoun ("Tôi … cho bố mẹ": my parents); None after kin or a name ("Chồng
    tôi … cho bố mẹ": his, or mine?), for "mình" but after "tôi", "chúng tôi" (who's own, or the speaker's?), and for
    another's "his", "her", "their" that English would read as who's own ("Bố tôi … mẹ anh ấy": not his own)."""
    own = EN_WHOSE.get(said) if m["who"] else his_her_of(m)
    if not whose:
        return own if m["who"] else None
    whose = keyed(whose)
    if whose == "mình":  # (after "bạn", kin or a name, "mình" may be the speaker talking: "bạn" … "mình")
        return own if said in ("I", "we") else None
    written = OWNERS[whose]
    if written in ("his", "her", "their") and whose != keyed(m["who"] or "") and own in (None, written):
        return None
    return written


def _send(text: str) -> str | None:
    """"Tháng nào tôi cũng gửi tiền về cho bố mẹ." as "I send money home to my parents every month.", "Anh ấy gửi tiền
    về quê nuôi em đi học." as "He sends money home to pay for his younger sibling's schooling.", "Mỗi tháng chị ấy
    gửi về năm triệu." as "She sends five million dong home every month.", "Bạn gửi tiền về nhà chưa?" as "Have you
    sent money home yet?", "Mỗi tháng bạn gửi về bao nhiêu?" as "How much do you send home every month?" (_SEND);
    None for anything else."""
    m = _SEND.fullmatch(text)
    if not m or bool(m["asked"] or m["how"]) != ("?" in m["end"]) or bool(m["money"]) == bool(m["sum"]) or animal(m):
        return None
    if agreement_asked(text):
        return None  # ("nhỉ": asks to be agreed with)
    if m["per2"] and (m["per0"] or m["per1"]) or (tense := _tense(m)) is None or m["how"] and tense != "habit":
        return None
    said = who(m, tense in ("asked", "yet?") or bool(m["how"]))
    if not said or said[0] == "I" and (tense in ("asked", "yet?") or m["how"]) or em_speaking(m):
        return None  # ("anh" saying it; "I" asked is likely a slip; "Em … ạ?" asks of the speaker)
    who_, one = said
    to = purpose = ""
    if m["for"]:
        if (whose := _whose_for(m, who_, m["fwhose"])) is None:
            return None
        to = f" to {whose} {_FOR[keyed(m['for'])]}"
    if m["young"] or m["keep"]:
        whose = whose_own(m, who_) if m["young"] else _whose_for(m, who_, None)
        if whose is None or m["young"] and not (m["who"] or keyed(m["kin"] or "") in _ELDER):
            return None
        purpose = (f" to pay for {whose} {_YOUNG[keyed(m['young'])]} schooling" if m["young"] else
                   f" to support {whose} {_FOR[keyed(m['keep'])]}")
    per = m["per0"] or m["per1"] or m["per2"]
    every = f" every {_PER[keyed(per)]}" if per else ""
    seldom = keyed(m["seldom"] or "")
    if seldom and every and seldom not in _SELDOM_EVERY or m["how"] and (seldom or m["still"]):
        return None  # ("thỉnh thoảng … mỗi tháng"; how much asked with how often or "vẫn" is not written)
    if m["how"]:
        money = " money" if keyed(m["sum"]).endswith("tiền") else ""
        return f"How much{money} {'does' if one else 'do'} {who_} send home{to}{purpose}{every}?" if every else None
    money = "money" if keyed(m["money"] or "") == "tiền" else _money_en(m["money"] or m["sum"])
    if money is None:
        return None
    day = keyed(m["day"] or m["day2"] or "")
    rest = f"{money} home{to}{purpose}{every}{f' {_DAYS[day]}' if day else ''}"
    end = stop(m["end"])
    if tense in ("habit", "asked"):
        adverb = "still " if m["still"] else f"{(_SELDOM_EVERY if every else SELDOM)[seldom]} " if seldom else ""
        return present(who_, one, "send", rest, tense == "asked", end=m["end"], adverb=adverb)
    if tense == "no longer":
        return present(who_, one, "send", f"{rest} any more", denied=True, end=m["end"])
    have = "has" if one else "have"
    return capitalised({"past": f"{who_} sent {rest}{end}",
                        "done": contracted(who_, f"{have} already sent {rest}") + end,
                        "just": contracted(who_, f"{have} just sent {rest}") + end,
                        "not yet": f"{who_} {have}n't sent {rest} yet{end}",
                        "yet?": f"{have.capitalize()} {who_} sent {rest} yet?",
                        "will": contracted(who_, f"will send {rest}") + end}[tense])


def _own(m: re.Match, whose: str, who_: str) -> bool:
    """Whether `whose` (English) said of a match of WHO_EN is who's own: "I … my", "he … his", "my mother … her"."""
    if m["who"]:
        return whose.lower() == WHOSE_OF[m["who"].lower()]
    return m["kin"] is not None and whose.lower() == his_her(who_)


def _to_vi(m: re.Match, who_: str) -> tuple[str, str] | None:
    """To whom and what for, in Vietnamese, of a match of _TO_EN after who said `who_` in Vietnamese: (" cho bố mẹ",
    " nuôi em trai đi học"); whose is left out where it is who's own after a pronoun, and written where it is "my",
    "our", "your" of another; None for "his", "her", "their" not a pronoun's own, and a young one not who's own."""
    to = purpose = ""
    for whose, said, what in ((m["fwhose"], m["for"], "cho"), (m["kwhose"], m["keep"], "nuôi")):
        if not said:
            continue
        if m["who"] and _own(m, whose, who_):
            owned = ""
        elif whose.lower() in ("my", "our", "your") and not _own(m, whose, who_):
            owned = f" {WHOSE_VI[whose.lower()]}"
        else:
            return None
        part = f" {what} {_FOR_VI[said.lower()]}{owned}"
        to, purpose = (part, purpose) if what == "cho" else (to, part)
    if m["young"]:
        if not _own(m, m["ywhose"], who_) or not (m["who"] or who_.rsplit(" ", 1)[0] in _ELDER):
            return None
        purpose = f" nuôi {_YOUNG_VI[m['young'].lower()]} đi học"
    return to, purpose


def _send_vi(text: str) -> str | None:
    """"I send money home to my parents every month." as "Tháng nào tôi cũng gửi tiền về cho bố mẹ.", "She sends five
    million dong home every month." as "Mỗi tháng cô ấy gửi về năm triệu đồng.", "Do you send money home?" as "Bạn
    có gửi tiền về nhà không?", "I haven't sent money home yet." as "Tôi chưa gửi tiền về nhà." (_SEND_EN); None for
    anything else, and where a verb does not agree with who ("She send", "Does she sent")."""
    m = _SEND_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or (money := _money_vi(m["money"])) is None:
        return None
    who_, one = who_vi(m)
    if (said := _to_vi(m, who_)) is None or m["q"] and who_ == "tôi":
        return None
    tense = _tense_en(m, one)
    per, day = (m["per"] or "").lower(), (m["day"] or "").lower()
    way = NEAR_WAY[_DAYS_VI[day]] if day else ""
    if tense is None or day and tense not in ("past", "will") or per and tense not in ("habit", "asked", "denied"):
        return None
    if way and (tense == "past") != (way != "ahead"):
        return None
    to, purpose = said
    # (a sum before the purpose, with "để": "gửi về nuôi bố mẹ năm triệu" reads as what the parents cost)
    body = (f"gửi tiền về{to or ' nhà'}{purpose}" if money == "tiền" else
            f"gửi về{to} {money}{f' để{purpose}' if purpose else ''}")
    adv, end = (m["adv"] or "").lower(), stop(m["end"])
    if tense == "habit":
        if per:
            return (f"Mỗi {_PER_VI[per]} {who_} {body}{end}" if money != "tiền" else
                    f"{_PER_VI[per].capitalize()} nào {who_} cũng {body}{end}") if not adv else None
        how = "vẫn " if adv == "still" else f"{HABIT_VI[adv]} " if adv else ""
        return capitalised(f"{who_} {how}{body}{end}")
    every = f" mỗi {_PER_VI[per]}" if per else ""
    on = f"{_DAYS_VI[day].capitalize()} " if day else ""
    said = {"asked": f"{who_} {'còn' if adv == 'still' else 'có'} {body}{every} không?",
            "denied": f"{who_} không {body}{every}{end}", "no longer": f"{who_} không còn {body} nữa{end}",
            "done": f"{who_} đã {body} rồi{end}", "just": f"{who_} vừa {body}{end}",
            "past": f"{on}{who_} đã {body}{end}", "not yet": f"{who_} chưa {body}{end}",
            "yet?": f"{who_} đã {body} chưa?", "will": f"{on}{who_} sẽ {body}{end}"}[tense]
    return capitalised(said)


def _tense_en(m: re.Match, one: bool) -> str | None:
    """What a match of _SEND_EN says of the sending (as _tense names it, and "denied"); None where the words do not
    go together or a verb does not agree with who ("He send", "Have she sent")."""
    q, verb, adv = (m["q"] or "").lower(), m["verb"], (m["adv"] or "").lower()
    aux = " ".join((m["aux"] or "").lower().split())
    neg, more, yet = "not" in aux or "n't" in aux, bool(m["more"]), bool(m["yet"])
    base = aux.replace("n't", "").replace(" not", "")
    base = {"'ve": "have", "'s": "has", "'ll": "will"}.get(base, base)
    if base in ("has", "does") and not one or base in ("have", "do") and one or q in ("has", "does") and not one or \
            q in ("have", "do") and one or more and not (neg or adv == "no longer") or yet and adv:
        return None
    habitual = adv in ("", "still") or adv in SELDOM_VI
    if q in ("do", "does"):
        return "asked" if verb == "send" and not aux and adv in ("", "still") and not (more or yet) else None
    if q:
        return "yet?" if verb == "sent" and not aux and not adv else None  # ("Have you sent …?": "… chưa?")
    if base in ("do", "does"):
        return ("no longer" if more else "denied") if neg and verb == "send" and not adv and not yet else None
    if base in ("have", "has"):
        if verb != "sent" or more:
            return None
        if neg:
            return "not yet" if not adv else None
        return {"just": "just", "already": "done", "": "done"}.get(adv) if not yet else None
    if base == "will":
        return "will" if verb == "send" and not (adv or more or yet) else None
    if verb == "sent":
        return {"": "past", "just": "just"}.get(adv) if not (more or yet) else None
    if adv == "no longer":
        return "no longer" if not (more or yet) and (verb == "sends") == one else None
    if (verb == "sends") != one or yet or more or not habitual or adv in ("just", "already"):
        return None
    return "habit"


def _how_vi(text: str) -> str | None:
    """"How much money do you send home every month?" as "Mỗi tháng bạn gửi về nhà bao nhiêu tiền?", "How much does
    she send home to her parents?" as "Cô ấy gửi về cho bố mẹ bao nhiêu tiền?" (_HOW_EN); None for anything else, and
    where "do" does not agree with who."""
    m = _HOW_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if (m["q"] == "does") != one or who_ == "tôi" or (said := _to_vi(m, who_)) is None:
        return None
    to, purpose = said
    per = (m["per"] or "").lower()
    # (the purpose after how much, with "để": "gửi về nhà nuôi bố mẹ bao nhiêu tiền" is not how it is asked)
    asked = f"{who_} gửi về{to or ' nhà'} bao nhiêu tiền{f' để{purpose}' if purpose else ''}?"
    return f"Mỗi {_PER_VI[per]} {asked}" if per else capitalised(asked)
