"""Lotteries and prizes, both ways, written whole by rule: who won the lottery, the jackpot or a prize, did not, has
just, never does or has never; whether someone won (anything), or ever has; who buys lottery tickets, how often, bought
some, will or wants to; what someone would do if they won the lottery. v8 (rules on) reads "trúng" as took or hit,
"xổ số" as a shock, "vé số" as tickets or digital tickets, "giải nhất" as the most and "lottery" as "nhiều" (a lot):
"Tôi trúng xổ số." → "I took a shock.", "Tôi trúng số." → "I took the number.", "Anh ấy trúng giải nhất." → "He hit
the most.", "Chú tôi trúng độc đắc." → "He took me poisonous.", "Tôi trúng thưởng." → "I took it.", "Bạn có trúng gì
không?" → "What do you have?", "Tôi mua một tờ vé số." → "I bought some tickets.", "Bố tôi mua vé số mỗi tuần." → "My
father buys a ticket every week.", "Họ thường mua vé số." → "They usually buy digital tickets.", "Nếu trúng xổ số,
bạn sẽ làm gì?" → "What if you hit a basket, what would you do?"; and back, "I won the lottery." → "Tôi thắng cuộc
rất nhiều.", "I bought a lottery ticket." → "Tôi mua vé nhiều hơn." (more tickets), "He won first prize." → "Anh ta
giành giải thưởng đầu tiên." (the first prize given), "Have you ever won the lottery?" → "Bạn từng giành chiến thắng
nhiều à chưa?", "My uncle won the lottery last year." → "Tôi đã giành được món ăn nhiều hơn vào năm ngoái.".

Taken: who (mt.hobbies.WHO, WHO_EN) won ("trúng"; "đoạt", "giành", "được" for a prize: "giải …") the lottery ("xổ
số", "số", "vé số"), the jackpot ("độc đắc", "giải đặc biệt"), first, second or third prize, a consolation prize or
a prize ("thưởng", "giải"), in a raffle ("trong đợt bốc thăm may mắn"), on a day behind (mt.free_time.when with
mt.dates.NEAR_SPANS); did not win (anything), has (just) won, never wins anything, has never won; asked whether they
won (anything), or ever have. Who buys lottery tickets ("mua vé số", "một tờ vé số") every day or week
(mt.hobbies.EVERY), how often (mt.hobbies.SELDOM), bought a number of them, has just, will, or wants to, said or asked.
"Bạn sẽ làm gì nếu trúng số?" with a pronoun. Left: "anh", "chị", "em" alone saying it (the speaker or the listener),
tickets bought of no number said ("Tôi mua vé số.": bought or buys) or asked ("Bạn có mua vé số không?"), a thing won
("trúng một chiếc xe máy"), a contest named ("đoạt giải nhất cuộc thi hát"), a day ahead of a win, "won" in games and
matches (mt/games.py, mt/matches.py, mt/scores.py), travel tickets (mt/tickets.py), luck (mt/luck.py), and a verb that
does not agree with who ("He win", "Does she buys").
mt.phrasebook.translate tries these after mt/nappies.py.

    >>> translate("Tôi trúng xổ số.", "vi", "en"), translate("He won first prize.", "en", "vi")
    ('I won the lottery.', 'Anh ấy đoạt giải nhất.')
"""
from __future__ import annotations

import re

from . import tense
from .dates import AHEAD, NEAR_SPANS
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import EVERY, SELDOM, SELDOM_VI, WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed, present, stop

# what is won (the first Vietnamese of each is written back); those not "giải …" are won with "trúng" only
PRIZES = {"xổ số": "the lottery", "số": "the lottery", "vé số": "the lottery", "độc đắc": "the jackpot",
          "giải độc đắc": "the jackpot", "giải đặc biệt": "the jackpot", "giải nhất": "first prize",
          "giải nhì": "second prize", "giải ba": "third prize", "giải khuyến khích": "a consolation prize",
          "giải": "a prize", "giải thưởng": "a prize", "thưởng": "a prize", "gì": "anything", "cái gì": "anything"}
PRIZES_VI = {en: vi for vi, en in reversed(PRIZES.items())} | {
    f"the {en}": vi for vi, en in PRIZES.items() if en.endswith(("st prize", "nd prize", "rd prize"))} | {
    "a lottery": "xổ số"}
_PRIZES_KEYED = {keyed(vi): en for vi, en in PRIZES.items()}
_EVERY = EVERY | {"mỗi tháng": "every month", "hằng tháng": "every month", "hàng tháng": "every month"}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trúng|giải|vé\s+(?:xổ\s+)?số|độc\s+đắc)"),
         "en": lazy(r"(?i:lottery|prize|jackpot|\bw(?:on|ins?)\b)")}

_PRIZE = rf"(?P<prize>(?i:{alternatives(PRIZES)}))"
_DRAW = r"(?P<draw>\s+(?:trong|ở)\s+(?:đợt\s+|buổi\s+|cuộc\s+)?bốc\s+thăm(?:\s+may\s+mắn|\s+trúng\s+thưởng)?)?"
# who won (a day before or after), did not, has just, asked ("Bạn có trúng gì không?", "Tôi trúng số rồi!")
_WON = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+|(?P<tense>đã|vừa\s+mới|vừa|mới|không)\s+)?"
            rf"(?P<verb>trúng|đoạt|giành|được)\s+{_PRIZE}{_DRAW}{DAY_AFTER}(?:\s+(?P<all>cả))?(?:\s+(?P<done>rồi))?"
            rf"{ASKED_END}")
# never won, or asked whether ever ("Tôi chẳng bao giờ trúng cái gì.", "Bạn đã bao giờ trúng số chưa?")
_NEVER = lazy(rf"{WHO}\s+(?P<never>(?:chẳng|không)\s+bao\s+giờ|chưa\s+(?:bao\s+giờ|từng))\s+trúng\s+{_PRIZE}"
              rf"(?:\s+(?P<all>cả))?{SOFTENED_END}")
_EVER = lazy(rf"{WHO}\s+(?:đã\s+)?(?:bao\s+giờ|từng)\s+trúng\s+{_PRIZE}\s+chưa{SOFTENER}\s*\?+")
# who buys lottery tickets ("một tờ vé số"), how often, will, wants to
_TICKETS = rf"(?:(?P<n>\d|(?i:{alternatives(VI_TO_EN)}))\s+(?:(?:tờ|tấm)\s+)?)?vé\s+(?:xổ\s+)?số"
_BUY = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<seldom>{alternatives(SELDOM)})\s+|"
            rf"(?P<tense>đã|vừa|mới|sẽ)\s+)?(?:(?P<want>muốn)\s+)?mua\s+{_TICKETS}"
            rf"(?:\s+(?P<every>{alternatives(_EVERY)}))?{DAY_AFTER}{ASKED_END}")
# what who would do if they won ("Bạn sẽ làm gì nếu trúng số?", "Nếu trúng xổ số, bạn sẽ làm gì?")
_IF = (lazy(rf"(?i:nếu)\s+(?:(?P<first>[^,]+?)\s+)?trúng\s+(?:xổ\s+)?số\s*,\s*{WHO}\s+sẽ\s+làm\s+gì{SOFTENER}\s*\?+"),
       lazy(rf"{WHO}\s+sẽ\s+làm\s+gì\s+nếu\s+(?:(?P<first>[^,]+?)\s+)?trúng\s+(?:xổ\s+)?số{SOFTENER}\s*\?+"))

# ... and in English
_DRAW_EN = r"(?P<draw>\s+in\s+(?:the|a)\s+(?:raffle|lucky\s+draw|prize\s+draw))?"
_WON_EN = lazy(rf"(?:(?P<q>Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+didn['’]t|\s+did\s+not|\s+have|\s+has|['’]ve|['’]s)?"
               rf"(?:\s+(?P<adv>just|never|ever))?\s+(?P<verb>won|wins|win)\s+(?P<prize>(?i:{alternatives(PRIZES_VI)}))"
               rf"{_DRAW_EN}{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_TICKETS_EN = rf"(?:(?P<n>an?|\d|(?i:{alternatives(EN_TO_VI)}))\s+)?lottery\s+(?P<tickets>tickets?)"
_BUY_EN = lazy(rf"(?:(?P<q>Do|Does|Did)\s+)?{WHO_EN}(?P<aux>['’]ll|\s+will|\s+just|\s+wants?\s+to|['’]d\s+like\s+to|"
               rf"\s+would\s+like\s+to|\s+don['’]t|\s+doesn['’]t)?(?:\s+(?P<seldom>{alternatives(SELDOM_VI)}))?"
               rf"\s+(?P<verb>buys|buy|bought)\s+{_TICKETS_EN}(?:\s+(?P<every>{alternatives(_EVERY_VI)}))?"
               rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
# ... the words before "buy", as Vietnamese says them, and those said of one (True) or not
_AUX_VI = {"'ll": "sẽ", "will": "sẽ", "want to": "muốn", "wants to": "muốn", "'d like to": "muốn",
           "would like to": "muốn", "don't": "không", "doesn't": "không", "just": "vừa"}
_ONE = {"want to": False, "wants to": True, "don't": False, "doesn't": True}
# ... and what is said of winning, by the word before who, the word after, "just", "never" or "ever", and the verb's
# base: the word before "trúng" in Vietnamese, and the end
_WON_SAID = {("did", "", "", "win"): ("có", " không?"), ("", "", "", "won"): ("", "."), ("", "", "just", "won"):
             ("vừa", "."), ("", "have", "just", "won"): ("vừa", "."), ("", "have", "", "won"): ("", " rồi."),
             ("", "have", "never", "won"): ("chưa bao giờ", "."), ("", "", "never", "win"): ("chẳng bao giờ", "."),
             ("", "didn't", "", "win"): ("không", "."), ("have", "", "ever", "won"): ("đã bao giờ", " chưa?")}
_IF_EN = lazy(rf"What\s+would\s+{WHO_EN}\s+do\s+if\s+(?P<again>I|you|he|she|we|they)\s+(?:won|were\s+to\s+win)\s+"
              r"the\s+lottery\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who won the lottery or a prize, who buys lottery tickets, or
    what someone would do if they won; None for any other."""
    if src == "vi":
        return _won(text) or _never(text) or _bought(text) or _if_won(text)
    return _won_vi(text) or _bought_vi(text) or _if_won_vi(text)


def _day(m: re.Match) -> str | None:
    """The day of a match of _WON or _BUY in English, with a space before it ("" for none); None for one not read,
    or said twice."""
    if m["day0"] and m["day"]:
        return None
    day = when(m["day0"] or m["day"], "vi", NEAR_SPANS)
    return None if day is None else f" {day}" if day else ""


def _behind(day: str) -> bool:
    """Whether a day in English (`_day`, or none) may be said of a thing done: "", "yesterday", "last year",
    "today"."""
    day = day.strip()
    return not day or day in ("today", "this year") or bool(tense.BEHIND.fullmatch(day))


def _prize(said: str, verb: str) -> str | None:
    """What was won of _PRIZE in English ("xổ số": "the lottery", "giải nhất": "first prize"); None for one won not
    with "trúng" that is not "giải …" ("đoạt xổ số")."""
    vi = keyed(said)
    return _PRIZES_KEYED[vi] if keyed(verb) == "trúng" or vi.startswith("giải") else None


def _won(text: str) -> str | None:
    """"Tôi trúng xổ số." as "I won the lottery.", "Anh ấy trúng giải nhất." as "He won first prize.", "Bạn có trúng
    gì không?" as "Did you win anything?", "Tôi trúng số rồi!" as "I've won the lottery!" (_WON); None for anything
    else, for "anything" said ("Tôi trúng gì."), and a day ahead."""
    m = _WON.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or (said := who(m, asked)) is None:
        return None
    who_, one = said
    prize, day, done, not_ = _prize(m["prize"], m["verb"]), _day(m), m["done"], m["tense"] == "không"
    anything = prize == "anything"
    if not prize or day is None or not _behind(day) or anything and not (asked or not_) or m["all"] and not (
            anything and not_) or m["draw"] and "prize" not in prize or done and (
            asked or day or m["tense"] not in (None, "đã")):
        return None
    prize += " in the raffle" * bool(m["draw"])
    if asked:
        return None if m["tense"] else f"Did {who_} win {prize}{day}?"
    if not_:
        return capitalised(f"{who_} didn't win {prize}{day}{stop(m['end'])}")
    if m["tense"] in ("vừa", "mới", "vừa mới") or done:
        just = "" if done else "just "
        return None if day else capitalised(contracted(who_, f"{'has' if one else 'have'} {just}won {prize}")
                                            + stop(m["end"]))
    return capitalised(f"{who_} won {prize}{day}{stop(m['end'])}")


def _never(text: str) -> str | None:
    """"Tôi chẳng bao giờ trúng cái gì." as "I never win anything.", "Tôi chưa bao giờ trúng số." as "I've never won
    the lottery.", "Bạn đã bao giờ trúng số chưa?" as "Have you ever won the lottery?" (_NEVER, _EVER); None for
    anything else."""
    m = _NEVER.fullmatch(text)
    if m and "?" not in m["end"] and (said := who(m, False)):
        prize = _PRIZES_KEYED[keyed(m["prize"])]
        if m["all"] and prize != "anything":
            return None
        who_, one = said
        if keyed(m["never"]).startswith("chưa"):
            return capitalised(contracted(who_, f"{'has' if one else 'have'} never won {prize}") + stop(m["end"]))
        return capitalised(f"{who_} never {'wins' if one else 'win'} {prize}{stop(m['end'])}")
    m = _EVER.fullmatch(text)
    if not m or (said := who(m, True)) is None:
        return None
    return f"{'Has' if said[1] else 'Have'} {said[0]} ever won {_PRIZES_KEYED[keyed(m['prize'])]}?"


def _tickets(m: re.Match, many: str = "lottery tickets") -> str:
    """The tickets of a match of _TICKETS in English: "a lottery ticket" ("một tờ vé số"), "two lottery tickets",
    `many` for none counted."""
    n = m["n"]
    if not n:
        return many
    if keyed(n) in ("một", "1"):
        return "a lottery ticket"
    return f"{VI_TO_EN.get(keyed(n), n)} lottery tickets"


def _bought(text: str) -> str | None:
    """"Bố tôi mua vé số mỗi tuần." as "My father buys a lottery ticket every week.", "Họ thường mua vé số." as "They
    often buy lottery tickets.", "Tôi mua một tờ vé số." as "I bought a lottery ticket.", "Tôi muốn mua vé số." as "I
    want to buy a lottery ticket." (_BUY); None for anything else, and tickets bought of no number said."""
    m = _BUY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or (said := who(m, asked)) is None:
        return None
    who_, one = said
    day, seldom, tense_ = _day(m), m["seldom"] and SELDOM[keyed(m["seldom"])], m["tense"]
    if day is None or m["want"] and (seldom or tense_ or m["every"]) or asked and (tense_ or seldom == "never"):
        return None
    end = stop(m["end"])
    a_ticket = "a lottery ticket" if one or who_ in ("I", "you") else "lottery tickets"  # ("They'll buy …")
    if m["want"]:
        if day and not AHEAD.match(day.strip()):
            return None
        doing = f"to buy {_tickets(m, a_ticket)}{day}"
        return present(who_, one, "want", doing, asked, end=m["end"])
    if seldom or m["every"]:
        tickets = _tickets(m, "lottery tickets" if seldom else a_ticket)
        how = f"{seldom} " if seldom else ""
        every = f" {_EVERY[keyed(m['every'])]}" if m["every"] else ""
        if day or tense_ or seldom and m["every"]:  # (not "sometimes buys … every week")
            return None
        return present(who_, one, "buy", f"{tickets}{every}", asked, end=m["end"], adverb=how)
    if asked:
        return None
    if tense_ == "sẽ":
        ok = not day or day.strip() in ("today", "tonight") or AHEAD.match(day.strip())
        return capitalised(contracted(who_, f"will buy {_tickets(m, a_ticket)}{day}") + end) if ok else None
    if not m["n"] or not _behind(day):
        return None
    if tense_ in ("vừa", "mới"):
        return None if day else capitalised(contracted(who_, f"{'has' if one else 'have'} just bought {_tickets(m)}")
                                            + end)
    return capitalised(f"{who_} bought {_tickets(m)}{day}{end}")


def _if_won(text: str) -> str | None:
    """"Bạn sẽ làm gì nếu trúng số?", "Nếu bạn trúng xổ số, bạn sẽ làm gì?" as "What would you do if you won the
    lottery?" (_IF); None for anything else, for who not a pronoun, and another who in the "if"."""
    m = next((m for p in _IF if (m := p.fullmatch(text))), None)
    if not m or not m["who"] or m["first"] and keyed(m["first"]) != keyed(m["who"]):
        return None
    said = who(m, True)
    return f"What would {said[0]} do if {said[0]} won the lottery?" if said else None


def _day_vi(m: re.Match) -> tuple[str, bool] | None:
    """The day of a match of _WON_EN or _BUY_EN in Vietnamese ("" for none), and whether it is behind ("yesterday",
    "last year", "today"); None for one not read."""
    day = when(m["day"], "en", NEAR_SPANS) if m["day"] else ""
    return None if day is None else (day, not m["day"] or _behind(m["day"]))


def _won_vi(text: str) -> str | None:
    """"I won the lottery." as "Tôi trúng xổ số.", "He won first prize." as "Anh ấy đoạt giải nhất.", "Did you win
    anything?" as "Bạn có trúng gì không?", "I've never won the lottery." as "Tôi chưa bao giờ trúng xổ số.", "I never
    win anything." as "Tôi chẳng bao giờ trúng cái gì." (_WON_EN); None for anything else, and where the verb does not
    agree with who."""
    m = _WON_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (dated := _day_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    q, aux, adv, verb = ((w or "").strip().lower().replace("’", "'") for w in (m["q"], m["aux"], m["adv"], m["verb"]))
    aux = {"'ve": "have", "'s": "has", "did not": "didn't"}.get(aux, aux)
    perfect = aux if aux in ("have", "has") else q if q in ("have", "has") else ""
    never = not (q or aux) and adv == "never"  # ("He never wins anything.": the verb said of him)
    if perfect and perfect != ("has" if one else "have") or verb != "won" and never and (verb == "wins") != one or \
            verb == "wins" and not never:  # (not "I has", "Have he", "He never win", "Did he wins")
        return None
    said = _WON_SAID.get((q.replace("has", "have"), aux.replace("has", "have"), adv, verb.removesuffix("s")))
    prize, (day, behind) = PRIZES_VI[m["prize"].lower()], dated
    if said is None or not behind or day and (adv or perfect) or m["draw"] and not prize.startswith("giải"):
        return None
    won = "trúng thưởng" if m["draw"] and prize == "giải" else \
        f"{'đoạt' if prize.startswith('giải') and not m['draw'] else 'trúng'} {prize}"
    if prize == "gì":
        if said[0] in ("", "vừa"):  # ("I won anything.")
            return None
        won = f"trúng {'gì cả' if said[0] == 'không' else 'gì' if said[1].endswith('?') else 'cái gì'}"
    end = said[1] if said[1].endswith("?") or "!" not in m["end"] else said[1].replace(".", "!")
    return placed(f"{who_} {said[0]} {won}{' trong đợt bốc thăm may mắn' * bool(m['draw'])}".replace("  ", " "),
                  day, end)


def _bought_vi(text: str) -> str | None:
    """"I bought a lottery ticket." as "Tôi mua một tờ vé số.", "My father buys a lottery ticket every week." as "Bố
    tôi mua một tờ vé số mỗi tuần.", "Do you buy lottery tickets?" as "Bạn có mua vé số không?" (_BUY_EN); None for
    anything else, and where the verb or the tickets do not agree."""
    m = _BUY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (dated := _day_vi(m)) is None:
        return None
    who_, one = who_vi(m)
    q, aux, verb = ((w or "").strip().lower().replace("’", "'") for w in (m["q"], m["aux"], m["verb"]))
    n = (m["n"] or "").lower()
    if (n in ("a", "an", "one", "1")) != (m["tickets"] == "ticket") or n == "an":
        return None
    tickets = f"{'một' if n in ('a', 'one') else EN_TO_VI.get(n, n)} tờ vé số" if n else "vé số"
    seldom, every = m["seldom"] and SELDOM_VI[m["seldom"].lower()], m["every"] and _EVERY_VI[m["every"].lower()]
    day, behind = dated
    base = verb == "buy"
    if q in ("do", "does"):
        ok = base and not aux and (q == "does") == one and not day and (m["seldom"] or "").lower() in (
            "", "often", "usually") and not (seldom and every)
        return capitalised(f"{who_} có {seldom + ' ' if seldom else ''}mua {tickets}{' ' + every if every else ''}"
                           " không?") if ok else None
    if q == "did":
        return placed(f"{who_} có mua {tickets}", day, " không?") if base and not aux and behind and not (
            seldom or every) else None
    said = _AUX_VI.get(" ".join(aux.split()), "") if aux else ""
    if aux and not said or aux in _ONE and _ONE[aux] != one:  # ("He want to", "She don't")
        return None
    if said in ("sẽ", "muốn", "không"):  # (a day ahead, or today, with "sẽ" and "muốn"; none with "không")
        ok = base and not (seldom or every) and (not day or said != "không" and (not behind or m["day"] == "today"))
        return placed(f"{who_} {said} mua {tickets}", day, ".") if ok else None
    if said or verb == "bought":
        ok = verb == "bought" and behind and not (seldom or every) and (n or said) and not (said and day)
        return placed(f"{who_} {said} mua {tickets}".replace("  ", " "), day, ".") if ok else None
    if (verb == "buys") != one or day or not (seldom or every):
        return None
    return capitalised(f"{who_} {seldom + ' ' if seldom else ''}mua {tickets}{' ' + every if every else ''}.")


def _if_won_vi(text: str) -> str | None:
    """"What would you do if you won the lottery?" as "Bạn sẽ làm gì nếu trúng xổ số?" (_IF_EN); None for anything
    else, and another who in the "if" ("What would you do if he won …")."""
    m = _IF_EN.fullmatch(text)
    if not m or not m["who"] or m["who"].lower() != m["again"].lower():
        return None
    return capitalised(f"{who_vi(m)[0]} sẽ làm gì nếu trúng xổ số?")
