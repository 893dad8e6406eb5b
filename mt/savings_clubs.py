"""Rotating savings clubs (hụi), both ways, written whole by rule: who is in one ("chơi hụi"), runs one ("làm chủ
hụi"), pays in each month ("đóng hụi", "góp hụi"), takes the pot ("hốt hụi"), the club collapsing ("vỡ hụi", "bể
hụi") and its organiser running off with the money. The English is "savings club" throughout ("a rotating savings
club" and "hui" are read too). v8 (rules on) reads "hụi" as crazy or fire, "hốt" as firing, "đóng" as closing, "chủ
hụi" as a master: "Mẹ tôi chơi hụi." → "My mother was playing a crazy.", "Bạn có chơi hụi không?" → "Do you play
fire?", "Tháng này tôi hốt hụi." → "This month, I fired.", "Mỗi tháng tôi đóng hụi hai triệu." → "Every month I
close the two millions.", "Hụi bị vỡ rồi." → "The Budha was broken.", "Bể hụi rồi." → "Let's fire.", "Chủ hụi ôm tiền
bỏ trốn." → "The owner hugged away.", "Bác Lan làm chủ hụi." → "Aunt Lan makes a mastery."; and back, "I take the pot
this month." → "Tôi lấy chậu vào tháng này." (a basin), "I pay two million dong into the savings club each month." →
"Tôi trả 2 triệu câu lạc bộ tiết kiệm mỗi tháng.", "The savings club organiser ran off with the money." → "Câu lạc
bộ tiết kiệm ra tiền bạc.", "My aunt runs a savings club." → "Tôi không chạy một câu lạc bộ tiết kiệm.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) in a savings club, running one or its organiser: said, denied,
asked, still ("vẫn"; "còn" only asked), no longer ("không (còn) … nữa"), used to ("từng"), ever asked ("có từng …
không?"); who pays in every month ("mỗi tháng", "hằng tháng"), a sum (mt.amounts: "2 triệu", "hai triệu") or how
much asked, has paid this month, has not yet, asked with "chưa?"; who takes the pot this, next or last month (a day
of mt.dates.NEAR_DAYS), will, has, has just, has not yet, asked; the club (whose: mt.hobbies.OWNER) or who's club
collapsed ("đã", a month or year behind), has ("rồi"), has just ("vừa"); the organiser ran off ("bỏ trốn"), with
the money ("ôm tiền") or all of it, has, has just. Left: "họ" and "phường" as the club (also "they", a family name
and a ward: "chơi họ", "đóng họ", "hốt họ" may be "play them", "nab them"), a tense Vietnamese does not tell ("Tôi
hốt hụi.", "Hụi bị vỡ.", "Tôi đóng hụi."), "còn" said ("also"?), "mới" with a month ahead ("not until"), "giật hụi",
"sẽ … rồi", "chưa" both denying and asking, has paid into "a" savings club (ever?), "anh", "chị", "em" alone saying
it, "I" asked, an animal as who, "nhỉ", the pot without a club or a month in English (poker), savings
(mt/savings.py), lending (mt/loans.py), scams (mt/scams.py), investing (mt/investing.py).
mt.phrasebook.translate tries these after mt/vehicles.py.

    >>> translate("Mẹ tôi chơi hụi.", "vi", "en"), translate("I take the pot this month.", "en", "vi")
    ('My mother is in a savings club.', 'Tháng này tôi hốt hụi.')
"""
from __future__ import annotations

import re

from .amounts import SUM_WORDS, SUM_WORDS_EN, sum_said, words_sum
from .dates import NEAR_WAY, near_days
from .hobbies import EVERY_MONTH, OWNER, SOMEONE_EN, WHO, WHO_EN, aux_agrees, person_of, someone
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, agreement_asked, alternatives, be, capitalised, contracted,
                   keyed, present, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hụi)"), "en": lazy(r"(?i:savings\s+club|hui\b|\bpot\b)")}
# the months (and the year) a pot is taken or a club collapses in (the first Vietnamese of each is written back)
_DAYS = near_days("tháng trước", "năm ngoái", "tháng này", "tháng sau", "tháng tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?"
_DID = r"(?P<did>vừa\s+mới|vừa|mới|đã)"
# who is in one, runs one, is its organiser (English: the words after "be" or the verb, and whether "be")
_STATES = {"chơi hụi": (True, "in a savings club"), "chơi hụi họ": (True, "in a savings club"),
           "là chủ hụi": (True, "a savings club organiser"), "làm chủ hụi": (False, "run a savings club")}
_STATE = lazy(rf"{WHO}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<ask>có)\s+|(?P<not>không(?P<nolonger>\s+còn)?)"
              rf"\s+)?(?:(?P<used>(?:đã\s+)?từng)\s+)?(?P<phai>phải\s+)?(?P<verb>chơi\s+hụi(?:\s+họ)?|là\s+chủ\s+hụi|"
              rf"làm\s+chủ\s+hụi)(?:\s+(?P<more>nữa))?{ASKED_END}")
# a sum (mt.amounts says whether it is one), paid in every month or this month
_SUM = rf"(?:\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tr|k))?(?:\s*(?:đồng|đ|VND|VNĐ))?|{SUM_WORDS})"
_MONTHLY = rf"(?i:{alternatives(EVERY_MONTH)})"
_PAY = lazy(rf"(?:(?P<every0>{_MONTHLY})\s*,?\s+|(?P<day>(?i:tháng\s+này))\s*,?\s+)?{WHO}\s+(?:(?P<not>chưa)\s+|"
            rf"(?P<did>đã)\s+)?(?:đóng|góp)\s+hụi(?:\s+(?:(?P<sum>{_SUM})|(?P<much>bao\s+nhiêu)))?(?:\s+(?P<every>"
            rf"{_MONTHLY}|(?P<a>một\s+tháng)))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
_POT = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>chưa)\s+|(?P<will>sẽ)\s+|{_DID}\s+)?hốt\s+hụi{_DAY2}"
            rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# the club collapsing ("Hụi bị vỡ rồi.", "Bể hụi rồi.", "Mẹ tôi bị vỡ hụi rồi.")
_BUST = lazy(rf"{_DAY}(?:(?i:hụi)(?:\s+(?:của\s+)?{OWNER})?\s+(?:{_DID}\s+)?(?:bị\s+)?(?:vỡ|bể)|(?i:vỡ|bể)\s+hụi)"
             rf"{_DAY2}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_BUST_WHO = lazy(rf"{_DAY}{WHO}\s+(?:{_DID}\s+)?bị\s+(?:vỡ|bể)\s+hụi{_DAY2}(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# the organiser running off ("Chủ hụi ôm tiền bỏ trốn.")
_FLED = lazy(rf"(?i:chủ\s+hụi)\s+(?:{_DID}\s+)?(?:(?:ôm|cuỗm|mang)\s+(?P<all>hết\s+)?(?P<money>tiền)\s+)?"
             r"(?:bỏ\s+trốn(?:\s+mất)?|chạy\s+trốn|trốn\s+mất)(?:\s+(?P<done>rồi))?" + SOFTENED_END)

# ... and in English
_CLUB_EN = r"(?:(?:rotating\s+)?savings\s+club|hui)"
_STATE_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:is|am|are|do|does)(?:\s+not|n['’]t)?"
                 r"|['’](?:s|m|re)(?:\s+not)?)?(?:\s+(?P<adv>still|no\s+longer|used\s+to|ever))?(?:\s+(?P<be>be|been))?"
                 rf"\s+(?:(?P<in>in\s+an?\s+{_CLUB_EN})|(?P<org>an?\s+{_CLUB_EN}\s+organi[sz]er)|"
                 rf"(?P<play>plays?)\s+hui|(?P<run>runs?)\s+an?\s+{_CLUB_EN})(?P<more>\s+any\s*more)?"
                 r"\s*(?P<end>[.!?]*)")
_SUM_EN = rf"(?:(?:VND\s?)?\d[\d.,]*(?:\s+(?:thousand|million))?(?:\s+(?:dong|VND))?|{SUM_WORDS_EN})"
_PAY_EN = lazy(rf"(?:(?P<how>How\s+much\s+)?(?P<q>[Dd]o|[Dd]oes|Have|Has)\s+)?{WHO_EN}(?P<aux>['’]ve|['’]s|"
               r"\s+(?:have|has)(?:\s+not|n['’]t)?)?(?:\s+(?P<already>already))?\s+(?P<verb>pays?|paid)"
               rf"(?:\s+(?P<sum>{_SUM_EN}))?(?P<a>\s+a\s+month)?\s+into\s+(?P<art>the|a)\s+{_CLUB_EN}"
               r"(?:\s+(?P<when>every\s+month|each\s+month|this\s+month))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_POT_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has)\s+)?{WHO_EN}(?P<aux>['’](?:ve|s|ll|m|re)|\s+won['’]t|"
               r"\s+(?:have|has|will|is|am|are)(?:\s+not|n['’]t)?)?(?:\s+(?P<adv>just|already))?\s+(?P<verb>takes?|"
               r"took|taken|taking)\s+the\s+(?P<club>(?:savings\s+club|hui)\s+)?pot(?:\s+(?P<day>this\s+month|next\s+"
               r"month|last\s+month))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_BEHIND_EN = alternatives(en for vi, en in _DAYS.items() if NEAR_WAY[vi] == "behind")
_BUST_EN = lazy(rf"(?:The|(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_CLUB_EN}(?P<aux>\s+has|"
                r"['’]s)?(?:\s+(?P<adv>just))?\s+(?P<verb>collapsed|gone\s+bust|went\s+bust)"
                rf"(?:\s+(?P<day>{_BEHIND_EN}))?\s*(?P<end>[.!?]*)")
_FLED_EN = lazy(rf"The\s+{_CLUB_EN}\s+organi[sz]er(?P<aux>\s+has|['’]s)?(?:\s+(?P<adv>just))?\s+(?P<verb>ran|run)\s+"
                r"(?:off|away)(?P<money>\s+with\s+(?P<all>all\s+)?the\s+money)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is in a savings club or runs one, pays in, takes the
    pot, the club collapsing or its organiser running off; None for any other."""
    if src == "vi":  # ("nhỉ" asks to be agreed with: not a plain statement)
        return None if agreement_asked(text) else _state(text) or _pay(text) or _pot(text) or _bust(text) or \
            _fled(text)
    return _state_vi(text) or _pay_vi(text) or _pot_vi(text) or _bust_vi(text) or _fled_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", "còn … không?"), False said; None for "có" said, "không?"
    without "có" or "còn", "không" both denying and asking, or a "?" on a statement."""
    asked, groups = bool(m["asked"]), m.groupdict()
    if asked != ("?" in m["end"]) or asked and groups.get("not") or groups.get("ask") and not asked:
        return None
    return None if asked and not (groups.get("ask") or groups.get("still")) else asked


def _day(m: re.Match) -> tuple[str, str] | None:
    """The day of a match (opening or closing it, groups day and day2) in English and its way ("last month",
    "behind"); ("", "") for none, None for both."""
    said = [d for d in (m["day"], m.groupdict().get("day2")) if d]
    return None if len(said) > 1 else (_DAYS[keyed(said[0])], NEAR_WAY[keyed(said[0])]) if said else ("", "")


def _state(text: str) -> str | None:
    """"Mẹ tôi chơi hụi." as "My mother is in a savings club.", "Bạn có chơi hụi không?" as "Are you in a savings
    club?", "Tôi không chơi hụi nữa." as "I'm not in a savings club any more.", "Bác Lan làm chủ hụi." as "Aunt Lan
    runs a savings club.", "Bà ấy từng là chủ hụi." as "She used to be a savings club organiser." (_STATE); None for
    anything else, and "còn" said (still, or also?)."""
    m = _STATE.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["more"] and not m["not"]:
        return None
    is_be, what = _STATES[keyed(m["verb"])]
    still, used, more = keyed(m["still"] or ""), bool(m["used"]), bool(m["more"] or m["nolonger"])
    # "là" asked or denied is "có phải là", "không phải là" ("không còn là" not)
    phai = keyed(m["verb"]).startswith("là ") and (m["ask"] and not used or m["not"] and not m["nolonger"])
    if bool(m["phai"]) != bool(phai) or still and (m["not"] or used or still == "còn" and not asked) or \
            used and m["not"] or (said := person_of(m, asked)) is None:
        return None
    who_, one = said
    end = stop(m["end"])
    if asked and used:
        return f"{'Has' if one else 'Have'} {who_} ever {'been ' if is_be else ''}{what}?"
    if is_be:
        be_ = be(who_)
        if asked:
            return f"{be_.capitalize()} {who_}{' still' * bool(still)} {what}?"
        if used:
            return capitalised(f"{who_} used to be {what}{end}")
        how = "not " if m["not"] else "still " if still else ""
        return capitalised(contracted(who_, f"{be_} {how}{what}") + f"{' any more' * more}{end}")
    verb, rest = what.split(" ", 1)
    if asked:
        return f"{'Does' if one else 'Do'} {who_}{' still' * bool(still)} {verb} {rest}?"
    if still or used:
        return capitalised(f"{who_} {'still ' + ('runs' if one else 'run') if still else 'used to run'} {rest}{end}")
    said = present(who_, one, verb, rest, denied=bool(m["not"]), end=m["end"])
    return f"{said[:-1]} any more{said[-1]}" if more else said


def _sum(said: str, lang: str) -> str | None:
    """A sum of đồng in the other language, as mt.amounts writes it ("2 triệu" "VND2 million", "hai triệu" "two
    million dong", "2 million dong" "2 triệu đồng"); None for anything it does not read as đồng."""
    return sum_said(said, lang) or words_sum(said, lang)


def _pay(text: str) -> str | None:
    """"Mỗi tháng tôi đóng hụi hai triệu." as "I pay two million dong into the savings club every month.", "Mỗi tháng
    bạn đóng hụi bao nhiêu?" as "How much do you pay into the savings club every month?", "Tháng này tôi đóng hụi
    rồi." as "I've paid into the savings club this month.", "Bạn đóng hụi chưa?" as "Have you paid into the savings
    club yet?" (_PAY); None for anything else, and a tense not told ("Tôi đóng hụi.")."""
    m = _PAY.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or (said := person_of(m, asked)) is None:
        return None
    who_, one = said
    if m["every0"] or m["every"]:  # a habit, a sum or how much
        if m["every0"] and m["every"] or m["a"] and not m["sum"] or m["day"] or m["not"] or m["did"] or m["done"] \
                or m["yet"] or asked != bool(m["much"]):
            return None
        if asked:
            return f"How much {'does' if one else 'do'} {who_} pay into the savings club every month?"
        paid = _sum(m["sum"], "vi") if m["sum"] else ""
        if paid is None:
            return None
        what = f"{paid} a month into the savings club" if m["a"] else f"{paid} into the savings club every month"
        return present(who_, one, "pay", what.strip(), end=m["end"])
    month = " this month" if m["day"] else ""
    # ("Bạn chưa đóng hụi chưa?": "chưa" both denying and asking)
    if m["sum"] or m["much"] or bool(m["yet"]) != asked or (m["not"] or asked) and (m["did"] or m["done"]) or \
            m["not"] and m["yet"]:
        return None
    if asked:
        return f"{'Has' if one else 'Have'} {who_} paid into the savings club{month or ' yet'}?"
    if m["not"]:
        return capitalised(f"{who_} {'hasn' if one else 'haven'}'t paid into the savings club{month or ' yet'}"
                           f"{stop(m['end'])}")
    if m["done"] or m["did"] and month:  # ("Tôi đã đóng hụi.": paid, or has paid?)
        return capitalised(contracted(who_, f"{'has' if one else 'have'} paid into the savings club{month}")
                           + stop(m["end"]))
    return None

def _pot(text: str) -> str | None:
    """"Tháng này tôi hốt hụi." as "I take the pot this month.", "Tháng trước mẹ tôi hốt hụi." as "My mother took the
    pot last month.", "Tôi hốt hụi rồi." as "I've taken the pot.", "Bạn hốt hụi chưa?" as "Have you taken the pot
    yet?", "Tháng sau tôi sẽ hốt hụi." as "I'll take the pot next month." (_POT); None for anything else, and
    "Tôi hốt hụi." (took, or takes?)."""
    m = _POT.fullmatch(text)
    if not m or (day := _day(m)) is None:
        return None
    (on, way), did, yet = day, keyed(m["did"] or ""), bool(m["yet"])
    if yet:  # ("… chưa?": whether yet)
        asked = "?" in m["end"] and not (m["ask"] or m["not"] or m["will"] or did or m["done"] or m["asked"]) or None
    else:
        asked = _asked(m)
    if asked is None or (said := person_of(m, asked)) is None:
        return None
    who_, one = said
    on, end, just = f" {on}" if on else "", stop(m["end"]), did in ("vừa", "mới", "vừa mới")
    if yet or m["not"] or m["done"] or just:
        if way not in ("", "today") or m["will"] or just and (m["done"] or on and did == "mới") or asked and not yet:
            return None  # ("Tháng này tôi mới hốt hụi.": not until this month; "Tôi sẽ hốt hụi rồi.": will, not has)
        if yet:
            return f"{'Has' if one else 'Have'} {who_} taken the pot{on or ' yet'}?"
        if m["not"]:
            return capitalised(f"{who_} {'hasn' if one else 'haven'}'t taken the pot{on or ' yet'}{end}")
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {'just ' * just}taken the pot{on}") + end)
    if m["will"]:
        return None if asked or way == "behind" else capitalised(contracted(who_, f"will take the pot{on}") + end)
    if not on or did and way != "behind":
        return None
    if way == "behind":
        return f"Did {who_} take the pot{on}?" if asked else capitalised(f"{who_} took the pot{on}{end}")
    return present(who_, one, "take", f"the pot{on}", asked, end=m["end"])

def _bust(text: str) -> str | None:
    """"Hụi bị vỡ rồi." and "Bể hụi rồi." as "The savings club has collapsed.", "Hụi của mẹ tôi vừa bị vỡ." as "My
    mother's savings club has just collapsed.", "Mẹ tôi bị vỡ hụi rồi." as "My mother's savings club has collapsed.",
    "Năm ngoái hụi bị vỡ." as "The savings club collapsed last year." (_BUST, _BUST_WHO); None for anything else,
    asked, and "Hụi bị vỡ." (has, or did?)."""
    m, whose = _BUST.fullmatch(text), "the"
    if m and m["owner"]:
        whose = OWNERS[keyed(m["owner"])]
    elif m and m["someone"]:
        whose = (said := someone(m["someone"], "vi")) and f"{said}'s"
    elif not m:  # (who's club: "Mẹ tôi bị vỡ hụi.")
        m = _BUST_WHO.fullmatch(text)
        said = m and person_of(m, False)
        whose = said and (EN_WHOSE.get(said[0]) or f"{said[0]}'s")
    if not m or not whose or (day := _day(m)) is None or "?" in m["end"] or day[1] not in ("", "behind"):
        return None
    did, on = keyed(m["did"] or ""), f" {day[0]}" if day[0] else ""
    if did in ("vừa", "mới", "vừa mới"):
        how = None if on or m["done"] else "has just collapsed"
    elif m["done"]:
        how = None if on else "has collapsed"
    else:
        how = "collapsed" if on or did == "đã" else None
    return how and capitalised(f"{whose} savings club {how}{on}{stop(m['end'])}")

def _fled(text: str) -> str | None:
    """"Chủ hụi ôm tiền bỏ trốn." as "The savings club organiser ran off with the money.", "Chủ hụi ôm hết tiền bỏ
    trốn rồi." as "The savings club organiser has run off with all the money.", "Chủ hụi vừa bỏ trốn." as "The
    savings club organiser has just run off." (_FLED); None for anything else."""
    m = _FLED.fullmatch(text)
    did = keyed(m["did"] or "") if m else ""
    if not m or "?" in m["end"] or m["done"] and did not in ("", "đã"):
        return None
    how = "has just run" if did in ("vừa", "mới", "vừa mới") else "has run" if m["done"] else "ran"
    money = f" with {'all ' * bool(m['all'])}the money" if m["money"] else ""
    return f"The savings club organiser {how} off{money}{stop(m['end'])}"


def _aux(said: str | None) -> str:
    """An English auxiliary as its words written out, in small letters: "’re not" as "are not", "doesn't" as "does
    not", "won't" as "will not"; "'s" as it is (is or has: the caller tells)."""
    words = (said or "").lower().replace("’", "'").replace("won't", "will not").replace("n't", " not").split()
    return " ".join([{"'m": "am", "'re": "are", "'ve": "have", "'ll": "will"}.get(w, w) for w in words])

def _state_vi(text: str) -> str | None:
    """"My mother is in a savings club." and "My mother plays hui." as "Mẹ tôi chơi hụi.", "Are you in a savings
    club?" as "Bạn có chơi hụi không?", "I'm not in a savings club any more." as "Tôi không còn chơi hụi nữa.", "My
    aunt runs a savings club." as "Dì tôi làm chủ hụi.", "Is she a savings club organiser?" as "Cô ấy có phải là chủ
    hụi không?" (_STATE_EN); None for anything else, and where a verb does not agree with who."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := person_of(m, bool(m["q"]), "en")) is None:
        return None
    who_, one = said
    q, aux = (m["q"] or "").lower(), _aux(m["aux"]).replace("'s", "is")
    adv, is_be, verb = " ".join((m["adv"] or "").split()), bool(m["in"] or m["org"]), m["play"] or m["run"] or ""
    first, neg, more = (q or aux).split(" ")[0], "not" in aux, bool(m["more"])
    if (m["be"] or "") != ({"used to": "be", "ever": "been"}.get(adv, "") if is_be else ""):
        return None  # ("used to be in", "ever been in"; "be" nowhere else)
    if adv == "ever":
        ok = q in ("have", "has") and not aux and is_be
    elif q in ("have", "has") or adv == "used to" and (first or verb.endswith("s")):
        ok = False
    elif is_be:
        ok = adv == "used to" or first in ("is", "am", "are")
    else:
        ok = first in ("do", "does") and not verb.endswith("s") if first else verb.endswith("s") == (
            one and adv != "used to")
    if not ok or first and not aux_agrees(m, first, "", one) or more and (not neg or q) or neg and (adv or q) or \
            q and adv not in ("", "still", "ever"):
        return None
    what, end = "là chủ hụi" if m["org"] else "làm chủ hụi" if m["run"] else "chơi hụi", stop(m["end"])
    if adv == "ever":
        return capitalised(f"{who_} có từng {what} không?")
    if q:
        return capitalised(f"{who_} {'còn' if adv else 'có phải' if m['org'] else 'có'} {what} không?")
    if adv == "no longer" or more:
        return capitalised(f"{who_} không còn {what} nữa{end}")
    if neg:
        return capitalised(f"{who_} {'không phải' if m['org'] else 'không'} {what}{end}")
    return capitalised(f"{who_} {({'still': 'vẫn ', 'used to': 'từng '}).get(adv, '')}{what}{end}")

def _pay_vi(text: str) -> str | None:
    """"I pay two million dong into the savings club each month." as "Mỗi tháng tôi đóng hụi hai triệu đồng.", "How
    much do you pay into the savings club every month?" as "Mỗi tháng bạn đóng hụi bao nhiêu?", "I've paid into the
    savings club this month." as "Tháng này tôi đóng hụi rồi.", "Have you paid into the savings club yet?" as "Bạn
    đóng hụi chưa?" (_PAY_EN); None for anything else, and where a verb does not agree with who."""
    m = _PAY_EN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or bool(m["q"]) != asked or (said := person_of(m, asked, "en")) is None:
        return None
    who_, one = said
    q, aux = (m["q"] or "").lower(), _aux(m["aux"]).replace("'s", "has")
    when, verb, end = " ".join((m["when"] or "").split()), m["verb"], m["end"]
    first = q or aux.split(" ")[0]
    if q and aux or first and not aux_agrees(m, first, "", one) or bool(m["how"]) and q not in ("do", "does"):
        return None
    if m["a"] or when in ("every month", "each month"):  # a habit, a sum or how much
        if m["a"] and (when or not m["sum"]) or aux or m["already"] or m["yet"] or asked != bool(m["how"]):
            return None
        if asked:
            return f"Mỗi tháng {who_} đóng hụi bao nhiêu?" if verb == "pay" and not m["sum"] else None
        paid = _sum(m["sum"], "en") if m["sum"] else ""
        if paid is None or verb == "paid" or (verb == "pays") != one:
            return None
        return f"Mỗi tháng {who_} đóng hụi{' ' * bool(paid)}{paid}{stop(end)}"
    said_ = capitalised(f"{'tháng này ' * bool(when)}{who_}")
    # ("I've paid into a savings club.": ever, not this month's share)
    if verb != "paid" or m["sum"] or m["how"] or first not in ("have", "has") or m["art"] == "a":
        return None
    if asked:
        return None if m["already"] else f"{said_} đóng hụi chưa?"
    if "not" in aux:
        return None if m["already"] else f"{said_} chưa đóng hụi{stop(end)}"
    return None if m["yet"] else f"{said_} đóng hụi rồi{stop(end)}"

def _pot_vi(text: str) -> str | None:
    """"I take the pot this month." as "Tháng này tôi hốt hụi.", "My mother took the pot last month." as "Tháng
    trước mẹ tôi hốt hụi.", "I'll take the pot next month." as "Tháng sau tôi sẽ hốt hụi.", "Have you taken the pot
    yet?" as "Bạn hốt hụi chưa?" (_POT_EN); None for anything else, the pot with neither a club nor a month (poker?),
    and where a verb does not agree with who."""
    m = _POT_EN.fullmatch(text)
    asked = bool(m) and "?" in m["end"]
    if not m or not (m["club"] or m["day"]) or bool(m["q"]) != asked or (said := person_of(m, asked, "en")) is None:
        return None
    who_, one = said
    verb, q, adv, yet, end = m["verb"], (m["q"] or "").lower(), m["adv"], m["yet"], stop(m["end"])
    aux = _aux(m["aux"]).replace("'s", "has" if verb == "taken" else "is")
    day = " ".join((m["day"] or "").split())
    way, first = NEAR_WAY[_DAYS_VI[day]] if day else "", q or aux.split(" ")[0]
    if q and aux or first not in ("", "will") and not aux_agrees(m, first, "", one) or (yet or adv) and verb != "taken":
        return None
    opening = capitalised(f"{_DAYS_VI[day] + ' ' if day else ''}{who_}")
    if verb == "taken":  # has taken, has just, has not yet, asked whether yet
        denied = "not" in aux
        if way not in ("", "today") or first not in ("have", "has") or adv and (q or denied) or yet and not (
                q or denied):
            return None
        if q or denied:
            return f"{opening} hốt hụi chưa?" if q else f"{opening} chưa hốt hụi{end}"
        return f"{opening} {'vừa hốt hụi' if adv == 'just' else 'hốt hụi rồi'}{end}"
    if verb == "took":
        return None if first or way not in ("", "behind") else f"{opening} {'' if day else 'đã '}hốt hụi{end}"
    if verb == "taking":
        return f"{opening} hốt hụi{end}" if aux in ("is", "am", "are") and way in ("today", "ahead") else None
    if first == "will":
        return f"{opening} sẽ hốt hụi{end}" if aux == "will" and verb == "take" and way != "behind" else None
    if q == "did":
        return f"{opening} có hốt hụi không?" if way == "behind" and verb == "take" else None
    if aux or way not in ("today", "ahead") or (verb == "takes") != (one and not q):
        return None
    return f"{opening} có hốt hụi không?" if q else f"{opening} hốt hụi{end}"

def _bust_vi(text: str) -> str | None:
    """"The savings club has collapsed." as "Hụi bị vỡ rồi.", "My mother's savings club has just collapsed." as "Hụi
    của mẹ tôi vừa bị vỡ.", "The savings club collapsed last year." as "Năm ngoái hụi bị vỡ." (_BUST_EN); None for
    anything else."""
    m = _BUST_EN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    whose = WHOSE_VI[m["poss"].lower()] if m["poss"] else m["someone"] and someone(m["someone"], "en")
    if m["someone"] and not whose:
        return None
    club, verb, day = f"hụi{' của ' + whose if whose else ''}", " ".join(m["verb"].split()), m["day"]
    if m["aux"] and (verb == "went bust" or day) or not m["aux"] and verb == "gone bust" or m["adv"] and day:
        return None
    if m["adv"]:
        how = "vừa bị vỡ"
    elif m["aux"]:
        how = "bị vỡ rồi"
    else:
        return capitalised(f"{_DAYS_VI[keyed(day)]} {club} bị vỡ{stop(m['end'])}" if day else
                           f"{club} đã bị vỡ{stop(m['end'])}")
    return capitalised(f"{club} {how}{stop(m['end'])}")


def _fled_vi(text: str) -> str | None:
    """"The savings club organiser ran off with the money." as "Chủ hụi ôm tiền bỏ trốn.", "The savings club organiser
    has run off with all the money." as "Chủ hụi ôm hết tiền bỏ trốn rồi." (_FLED_EN); None for anything else."""
    m = _FLED_EN.fullmatch(text)
    if not m or "?" in m["end"] or (m["verb"] == "run") != bool(m["aux"]):
        return None
    money = f"ôm {'hết ' * bool(m['all'])}tiền " if m["money"] else ""
    if m["adv"]:
        return f"Chủ hụi vừa {money}bỏ trốn{stop(m['end'])}"
    return f"Chủ hụi {money}bỏ trốn{' rồi' * bool(m['aux'])}{stop(m['end'])}"
