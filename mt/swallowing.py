"""Swallowing and choking, both ways, written whole by rule: who (a child, the baby, anyone) swallowed a small thing by
accident (a coin, a button, a battery, a magnet, a marble, a bone, a longan seed), and what to do; choking on water or
milk ("bị sặc"); going to get a fish bone taken out ("đi gắp xương cá"); pain or trouble swallowing; "Nhổ ra đi!".
v8 (rules on) reads "đồng xu" as a penis, "cúc áo" as a shirt, "sặc" as getting, "gắp" as nothing: "Con tôi nuốt phải
đồng xu." → "My child swallowed the penis.", "Con tôi nuốt phải cúc áo." → "I swallowed a shirt.", "Con tôi nuốt phải
viên pin." → "My child swallowed battery park.", "Bé vừa nuốt phải hạt nhãn." → "She swallowed just a label.", "Con có
nuốt phải cái gì không?" → "What do I swallow?", "Tôi bị sặc nước." → "I'm getting water.", "Con tôi bị sặc sữa." →
"My child was getting milk slighted.", "Tôi phải đi gắp xương cá." → "I have to blaz my bones.", "Tôi bị đau khi
nuốt." → "I'm pain in swallowing.", "Nhổ ra đi!" → "Hurry!"; and back, "My child swallowed a coin." → "Con tôi nuốt
một con gà." (a chicken), "The baby just swallowed a longan seed." → "Bé chỉ nuốt hạt dài.", "I choked on some
water." → "Tôi đã say xỉn một số nước." (drunk), "My baby choked on milk." → "Con tôi ngậm sữa.", "I have to get a fish
bone taken out." → "Tôi phải lấy một xương cá.", "It hurts when I swallow." → "Nó làm tổn thương khi nuốt.", "Spit it
out!" → "Hãy chuẩn bị nhé!".

Taken: who (mt.hobbies.WHO, WHO_EN; "bé", "em bé", "bé nhà tôi", the baby; "con" alone, you, asking) swallowed ("nuốt
phải") a thing of THINGS, something ("cái gì đó"), nothing ("không … gì cả"): said (on a day behind of _DAYS), just,
by now ("… rồi"), denied, asked ("có … không?"; "… nuốt phải cái gì?", what), "Hình như" (I think) before, ", tôi phải
làm gì?" (what should I do?) after; who choked on water or milk ("bị sặc nước", "bị sặc sữa": "con tôi" a baby), just,
often, on a day, denied, asked; who has to, needs to, went to get a fish bone taken out ("phải đi gắp xương cá", "đi
bệnh viện gắp …"), asked; who has pain ("bị đau khi nuốt") or trouble swallowing ("bị khó nuốt"), asked; a pet
swallowing or choking; "Nhổ ra đi!" ("đi", "nào", "mau" or "!" telling someone to).
Left: a bone stuck ("bị hóc xương cá", "I choked on a fish bone": mt/injuries.py), choking now ("bị hóc", "bị nghẹn",
"She's choking!": mt/emergencies.py; "bị sặc" alone, choking on what?), "sặc mùi" (mt/smells.py), an ATM that ate a card
(mt/cash.py), "nuốt lời" (mt/promises.py), pills taken (mt/medicine.py), plain "nuốt" (swallowing food: on purpose, or
not?), "gắp xương cá" without going (picking bones out of fish for a child?), "Con" saying it (the child, or you?),
"anh", "chị", "em" alone saying it, "I" asked, a pet going to get a bone out or with pain or trouble swallowing, counts
("hai đồng xu"), a plain "nhổ ra" ("Con nhổ ra.": I spat it out?), "Spit it out!" in English (as often "say it!"), and
anything else.
mt.phrasebook.translate tries these after mt/licences.py.

    >>> translate("Con tôi nuốt phải đồng xu.", "vi", "en"), translate("I choked on some water.", "en", "vi")
    ('My child swallowed a coin.', 'Tôi bị sặc nước.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, keyed, stop

# small things swallowed by accident, after a word that counts them or not ("viên pin", "một đồng xu")
THINGS = {"đồng xu": "a coin", "cúc áo": "a button", "khuy áo": "a button", "nút áo": "a button", "pin": "a battery",
          "pin cúc áo": "a button battery", "pin cúc": "a button battery", "pin đồng xu": "a button battery",
          "nam châm": "a magnet", "bi": "a marble", "xương": "a bone", "xương cá": "a fish bone",
          "xương gà": "a chicken bone", "hạt nhãn": "a longan seed", "hạt vải": "a lychee seed", "nhẫn": "a ring",
          "kẹo cao su": "chewing gum"}
# ... and back, as Vietnamese says them after "nuốt phải"
THINGS_VI = {"a coin": "đồng xu", "a button": "cúc áo", "a battery": "viên pin", "a button battery": "viên pin cúc áo",
             "a coin battery": "viên pin cúc áo", "a magnet": "viên nam châm", "a marble": "viên bi", "a bone": "xương",
             "a fish bone": "xương cá", "a fishbone": "xương cá", "a chicken bone": "xương gà",
             "a longan seed": "hạt nhãn", "a longan stone": "hạt nhãn", "a lychee seed": "hạt vải",
             "a lychee stone": "hạt vải", "a ring": "chiếc nhẫn", "chewing gum": "kẹo cao su",
             "some chewing gum": "kẹo cao su"}
# the days behind (and earlier today) a thing was swallowed on, and back (the first Vietnamese of each)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                  "đêm qua", "hôm kia", "hôm nay", "sáng nay", "chiều nay")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_DRINKS = {"nước": "some water", "sữa": "milk"}
_BONES = {"cá": "a fish bone", "gà": "a chicken bone", "": "a bone"}
_BONES_VI = {"fish": " cá", "chicken": " gà", "": ""}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nuốt|sặc|gắp\s+xương|nhổ\s+ra)"), "en": lazy(r"(?i:swallow|chok|bone)")}

# who: mt.hobbies.WHO, the baby ("bé", "bé nhà tôi"), or "con" alone (a parent asking a child)
_WHO = (rf"(?:{WHO}|(?P<baby>(?i:em\s+bé|bé))(?:\s+(?:nhà\s+|của\s+)?(?P<bwhose>(?i:{alternatives(OWNERS)})))?|"
        r"(?P<you>[Cc]on))")
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_DAY2 = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?"
_AUX = r"(?:(?P<aux>vừa\s+mới|vừa|mới|đã)\s+|(?P<ask>có)\s+|(?P<not>không)\s+)?"
_THING = (rf"(?:(?:một|1)\s+)?(?:(?:cái|chiếc|viên|cục|hòn)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))|"
          r"(?P<what>(?:cái|thứ|vật)\s+gì|gì)(?:\s+(?P<some>đó)|\s+(?P<all>cả))?")
# "Con tôi nuốt phải đồng xu.", "Bé vừa nuốt phải hạt nhãn.", "Con có nuốt phải cái gì không?"
_SWALLOWED = lazy(rf"(?:(?P<think>(?i:hình\s+như))\s+)?{_DAY}{_WHO}\s+{_AUX}nuốt\s+phải\s+(?:{_THING})"
                  rf"(?:\s+(?P<done>rồi))?{_DAY2}(?P<todo>\s*,\s*(?:tôi\s+)?(?:phải|nên)\s+làm\s+(?:gì|sao)"
                  rf"(?:\s+bây\s+giờ)?)?{ASKED_END}")
# "Tôi bị sặc nước.", "Con tôi bị sặc sữa.", "Bé hay bị sặc sữa.", "Bạn có bị sặc nước không?"
_CHOKED = lazy(rf"{_DAY}{_WHO}\s+{_AUX}(?:(?P<often>hay|thường)\s+)?bị\s+sặc\s+(?P<drink>nước|sữa)"
               rf"{_DAY2}{ASKED_END}")
# "Tôi phải đi gắp xương cá.", "Bạn có phải đi bệnh viện gắp xương không?" (going: "gắp xương cá" alone may be
# picking the bones out of a fish)
_BONE_OUT = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?(?P<must>phải|cần|đã|vừa)\s+đi\s+(?:(?P<place>bệnh\s+viện)\s+"
                 rf"(?:để\s+)?)?gắp\s+xương(?:\s+(?P<bone>cá|gà))?(?:\s+ra)?{ASKED_END}")
# "Tôi bị đau khi nuốt.", "Con tôi bị khó nuốt.", "Bạn có bị đau khi nuốt không?"
_THROAT = lazy(rf"{_WHO}\s+(?:(?P<ask>có)\s+)?bị\s+(?:(?P<hurts>đau)\s+khi|(?P<hard>khó))\s+nuốt{ASKED_END}")
# ... told ("đi", "mau", "nào", "con" after it, or "!"; "Con nhổ ra ngay." may be "I spat it out at once")
_SPIT = lazy(r"(?:(?i:con|bé|em)\s+)?(?i:nhổ)\s+ra(?P<how>(?:\s+(?:đi|ngay|mau))*)(?:\s+(?P<call>con|nào))?"
             rf"{SOFTENED_END}")

# ... and in English: who, the baby too ("the baby", "my baby")
_WHO_EN = rf"(?:{WHO_EN}|(?P<bwhose>(?i:the|{WHOSE_WORDS}))\s+(?P<baby>baby))"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
_SWALLOWED_EN = lazy(rf"(?:(?P<think>I\s+think)\s+)?(?:(?P<q>Did)\s+)?{_WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve|"
                     r"\s+did\s+not|\s+didn['’]t)?(?:\s+(?P<just>just))?\s+(?P<verb>swallowed|swallow)\s+"
                     rf"(?:(?P<thing>{alternatives(THINGS_VI)})|(?P<what>something|anything)){_DAY_EN}"
                     r"(?P<todo>\s*,\s*what\s+should\s+I\s+do)?\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What\s+did\s+{_WHO_EN}\s+swallow\s*\?+")
_CHOKED_EN = lazy(rf"(?:(?P<q>Did|Do|Does)\s+)?{_WHO_EN}(?P<aux>\s+did\s+not|\s+didn['’]t)?(?:\s+(?P<often>often))?"
                  r"(?:\s+(?P<just>just))?\s+(?P<verb>choked|choke|chokes)\s+on\s+(?:some\s+)?(?P<drink>water|milk)"
                  rf"{_DAY_EN}\s*(?P<end>[.!?]*)")
_BONE_OUT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<must>have\s+to|has\s+to|need\s+to|needs\s+to|went\s+to)"
                    r"\s+(?:(?P<place>go\s+to\s+the\s+hospital|the\s+hospital)\s+to\s+)?get\s+a\s+"
                    r"(?:(?P<bone>fish|chicken)\s+)?bone\s+(?:taken\s+out|removed)\s*(?P<end>[.!?]*)")
_HURTS_EN = lazy(rf"(?:(?P<q>Does)\s+it\s+hurt|It\s+hurts)\s+when\s+{WHO_EN}\s+(?P<verb>swallows?)"
                 r"\s*(?P<end>[.!?]*)")
_HARD_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHO_EN}\s+(?P<has>has|have)\s+(?:trouble|difficulty)\s+swallowing"
                r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who swallowed a small thing, choked on water or milk, has to get a fish
    bone taken out, has pain or trouble swallowing, or (in Vietnamese) tells someone to spit it out; None for any
    other."""
    if src == "vi":
        return _swallowed(text) or _choked(text) or _bone_out(text) or _throat(text) or _spit(text)
    return _swallowed_vi(text) or _what_vi(text) or _choked_vi(text) or _bone_out_vi(text) or _throat_vi(text)


def _who(m: re.Match, asked: bool, people: bool = False) -> tuple[str, bool] | None:
    """Who of a match of _WHO in English and whether one ("the baby", True; "my baby" for "bé nhà tôi"; "you" for "con"
    alone, asked), or of mt.hobbies.who; None for "con" alone said, "I" asked, and a pet where `people`."""
    if m["baby"]:
        return (f"{OWNERS[keyed(m['bwhose'])]} baby" if m["bwhose"] else "the baby"), True
    if m["you"]:
        return ("you", False) if asked else None
    said = who(m, asked)
    if said is None or asked and said[0] == "I" or people and animal(m):
        return None
    return said


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese and whether English said one: "the baby" as "bé", "my baby" as "con
    tôi", or mt.hobbies.who_vi."""
    if m["baby"]:
        whose = m["bwhose"].lower()
        return ("bé" if whose == "the" else f"con {WHOSE_VI[whose]}"), True
    return who_vi(m)


def _day(m: re.Match) -> str | None:
    """The day of a Vietnamese match in English, a space before it (" yesterday"), "" for none; None for two."""
    if m["day"] and m["day2"]:
        return None
    day = m["day"] or m["day2"]
    return f" {_DAYS[keyed(day)]}" if day else ""


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone, or "không"
    both denying and asking."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or bool(m.groupdict().get("ask")) != asked or asked and m.groupdict().get("not"):
        return None
    return asked


def _swallowed(text: str) -> str | None:
    """"Con tôi nuốt phải đồng xu." as "My child swallowed a coin.", "Bé vừa nuốt phải hạt nhãn." as "The baby just
    swallowed a longan seed.", "Con có nuốt phải cái gì không?" as "Did you swallow something?", "Con tôi nuốt phải
    viên pin, tôi phải làm gì?" as "My child swallowed a battery. What should I do?" (_SWALLOWED); None for anything
    else."""
    m = _SWALLOWED.fullmatch(text)
    if not m or (day := _day(m)) is None:
        return None
    what_q = bool(m["what"]) and not (m["some"] or m["all"] or m["asked"] or m["aux"] or m["not"]) and "?" in m["end"]
    if what_q:  # ("Con nuốt phải cái gì?": what did you swallow?)
        said = None if m["think"] or m["todo"] or m["done"] or m["ask"] else _who(m, True)
        return said and f"What did {said[0]} swallow{day}?"
    asked = False if m["todo"] and "?" in m["end"] and not (m["asked"] or m["ask"]) else None if m["todo"] else \
        _asked(m)
    if asked is None or (said := _who(m, asked)) is None:
        return None
    aux, thing = keyed(m["aux"] or ""), THINGS.get(keyed(m["thing"] or ""))
    if m["what"]:  # (something said or asked, nothing denied)
        if m["all"] and not m["not"] or m["not"] and not m["all"] or not (m["some"] or m["all"] or asked):
            return None
        thing = "anything" if m["all"] else "something"
    if (m["think"] or m["todo"]) and (asked or m["not"]) or (aux or m["not"]) and m["done"] and aux != "đã" or \
            day and (m["done"] or aux in ("vừa", "vừa mới", "mới")) or asked and aux:
        return None
    who_, one = said
    if asked:
        return f"Did {who_} swallow {thing}{day}?"
    verb = ("didn't swallow" if m["not"] else "just swallowed" if aux in ("vừa", "vừa mới", "mới") else
            f"{'has' if one else 'have'} swallowed" if m["done"] else "swallowed")
    said_ = f"{who_} {verb} {thing}{day}"
    if m["think"]:
        said_ = f"I think {said_}"
    return capitalised(said_) + (". What should I do?" if m["todo"] else stop(m["end"]))


def _choked(text: str) -> str | None:
    """"Tôi bị sặc nước." as "I choked on some water.", "Con tôi bị sặc sữa." as "My baby choked on milk.", "Bé hay
    bị sặc sữa." as "The baby often chokes on milk.", "Bạn có bị sặc nước không?" as "Did you choke on some water?"
    (_CHOKED); None for anything else."""
    m = _CHOKED.fullmatch(text)
    if not m or (day := _day(m)) is None or (asked := _asked(m)) is None or (said := _who(m, asked)) is None:
        return None
    aux, drink = keyed(m["aux"] or ""), _DRINKS[keyed(m["drink"])]
    if m["often"] and (aux or m["not"] or day) or day and aux in ("vừa", "vừa mới", "mới"):
        return None
    who_, one = said
    if m["often"]:  # (water as a habit: "often chokes on water", not "on some water")
        drink = drink.replace("some ", "")
    if drink == "milk" and who_.endswith(" child"):  # (a child choking on milk is a baby: "Con tôi bị sặc sữa.")
        who_ = f"{who_[:-5]}baby"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} often choke on {drink}?" if m["often"] else \
            f"Did {who_} choke on {drink}{day}?"
    verb = ("didn't choke" if m["not"] else "just choked" if aux in ("vừa", "vừa mới", "mới") else
            f"often {'chokes' if one else 'choke'}" if m["often"] else "choked")
    return capitalised(f"{who_} {verb} on {drink}{day}") + stop(m["end"])


def _bone_out(text: str) -> str | None:
    """"Tôi phải đi gắp xương cá." as "I have to get a fish bone taken out.", "Mẹ tôi đã đi bệnh viện gắp xương cá."
    as "My mother went to the hospital to get a fish bone taken out.", "Bạn có cần đi gắp xương không?" as "Do you
    need to get a bone taken out?" (_BONE_OUT); None for anything else, and for a pet."""
    m = _BONE_OUT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked, people=True)) is None:
        return None
    who_, one = said
    must, bone = m["must"].lower(), _BONES[keyed(m["bone"] or "")]
    if asked and must not in ("phải", "cần"):
        return None
    place = "go to the hospital to " if m["place"] else ""
    if must in ("đã", "vừa"):
        went = "just went" if must == "vừa" else "went"
        return capitalised(f"{who_} {went} to {'the hospital to ' if place else ''}get {bone} taken out") + \
            stop(m["end"])
    verb = "have to" if must == "phải" else "need to"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {verb} {place}get {bone} taken out?"
    verb = verb.replace("have", "has").replace("need", "needs") if one else verb
    return capitalised(f"{who_} {verb} {place}get {bone} taken out") + stop(m["end"])


def _throat(text: str) -> str | None:
    """"Tôi bị đau khi nuốt." as "It hurts when I swallow.", "Con tôi bị khó nuốt." as "My child has trouble
    swallowing.", "Bạn có bị đau khi nuốt không?" as "Does it hurt when you swallow?" (_THROAT); None for anything
    else, and for a pet."""
    m = _THROAT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked, people=True)) is None:
        return None
    who_, one = said
    if m["hard"]:
        return f"{'Does' if one else 'Do'} {who_} have trouble swallowing?" if asked else \
            capitalised(f"{who_} {'has' if one else 'have'} trouble swallowing") + stop(m["end"])
    if asked:
        return f"Does it hurt when {who_} swallow{'s' if one else ''}?"
    return f"It hurts when {who_} swallow{'s' if one else ''}{stop(m['end'])}"


def _spit(text: str) -> str | None:
    """"Nhổ ra đi!", "Con nhổ ra ngay!" as "Spit it out!" (_SPIT); None for anything else, asked, and not told
    ("Con nhổ ra.", "Nhổ ra ngay.": spat out?)."""
    m = _SPIT.fullmatch(text)
    if not m or "?" in m["end"] or not (m["call"] or {"đi", "mau"} & set(m["how"].split()) or "!" in m["end"]):
        return None
    return f"Spit it out{stop(m['end'])}"


def _en_end(m: re.Match, asked: bool) -> bool:
    """Whether an English match asks ("Did …", "Do …") just where it ends with "?"."""
    return asked == ("?" in (m["end"] or ""))


def _swallowed_vi(text: str) -> str | None:
    """"My child swallowed a coin." as "Con tôi nuốt phải đồng xu.", "The baby just swallowed a longan seed." as "Bé
    vừa nuốt phải hạt nhãn.", "My son has swallowed a magnet." as "Con trai tôi nuốt phải viên nam châm rồi.", "Did
    you swallow something?" as "Bạn có nuốt phải cái gì không?" (_SWALLOWED_EN); None for anything else, and where a
    verb does not agree with who ("She have swallowed", "He swallow")."""
    m = _SWALLOWED_EN.fullmatch(text)
    if not m or not _en_end(m, bool(m["q"])) and not m["todo"] or m["todo"] and (m["q"] or "?" not in m["end"]):
        return None
    who_, one = _who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    not_, has = aux in ("did not", "didn't"), aux in ("has", "have", "'s", "'ve")
    if (m["verb"] == "swallow") != bool(m["q"] or not_) or has and (aux in ("has", "'s")) != one or \
            (m["q"] or not_) and m["just"] or (m["think"] or m["todo"]) and (m["q"] or not_) or \
            m["day"] and (has or m["just"]) or m["q"] and aux:
        return None
    what = (m["what"] or "").lower()
    if what == "anything" and not (not_ or m["q"]) or what == "something" and not_:
        return None
    thing = THINGS_VI[m["thing"].lower()] if m["thing"] else "cái gì" if m["q"] else "gì cả" if not_ else \
        "cái gì đó"
    day = f"{_DAYS_VI[m['day'].lower()]} " if m["day"] else ""
    if m["q"]:
        return capitalised(f"{day}{who_} có nuốt phải {thing} không?")
    verb = "không nuốt phải" if not_ else "vừa nuốt phải" if m["just"] else "nuốt phải"
    done = " rồi" if has and not m["just"] else ""
    said = f"{day}{who_} {verb} {thing}{done}"
    if m["think"]:
        said = f"Hình như {said}"
    return capitalised(said) + (", tôi phải làm gì?" if m["todo"] else stop(m["end"]))


def _what_vi(text: str) -> str | None:
    """"What did the baby swallow?" as "Bé nuốt phải cái gì?" (_WHAT_EN); None for anything else."""
    m = _WHAT_EN.fullmatch(text)
    return m and capitalised(f"{_who_vi(m)[0]} nuốt phải cái gì?")


def _choked_vi(text: str) -> str | None:
    """"I choked on some water." as "Tôi bị sặc nước.", "My baby choked on milk." as "Con tôi bị sặc sữa.", "Does the
    baby often choke on milk?" as "Bé có hay bị sặc sữa không?" (_CHOKED_EN); None for anything else, and where a verb
    does not agree with who."""
    m = _CHOKED_EN.fullmatch(text)
    if not m or not _en_end(m, bool(m["q"])):
        return None
    who_, one = _who_vi(m)
    q, verb, not_ = (m["q"] or "").lower(), m["verb"], bool(m["aux"])
    drink = "nước" if m["drink"] == "water" else "sữa"
    day = f"{_DAYS_VI[m['day'].lower()]} " if m["day"] else ""
    if m["often"]:  # (a habit: "often chokes", "Does … often choke?")
        right = verb == "choke" and q == ("does" if one else "do") if q else verb == ("chokes" if one else "choke")
        if not right or not_ or m["just"] or day:
            return None
        return capitalised(f"{who_} có hay bị sặc {drink} không?" if q else f"{who_} hay bị sặc {drink}.")
    if q not in ("", "did") or (verb == "choke") != bool(q or not_) or verb == "chokes" or (q or not_) and m["just"] \
            or m["just"] and day:
        return None
    if q:
        return capitalised(f"{day}{who_} có bị sặc {drink} không?")
    said = "không bị" if not_ else "vừa bị" if m["just"] else "bị"
    return capitalised(f"{day}{who_} {said} sặc {drink}") + stop(m["end"])


def _bone_out_vi(text: str) -> str | None:
    """"I have to get a fish bone taken out." as "Tôi phải đi gắp xương cá.", "She went to the hospital to get a fish
    bone removed." as "Cô ấy đã đi bệnh viện gắp xương cá.", "Do you need to get a bone taken out?" as "Bạn có cần đi
    gắp xương không?" (_BONE_OUT_EN); None for anything else, where a verb does not agree with who, and for a pet."""
    m = _BONE_OUT_EN.fullmatch(text)
    if not m or not _en_end(m, bool(m["q"])) or keyed(m["kin"] or "") in ("dog", "cat"):
        return None
    who_, one = who_vi(m)
    must, q, place = keyed(m["must"]), (m["q"] or "").lower(), keyed(m["place"] or "")
    went = must.startswith("went")
    if place and went != place.startswith("the") or went and q or \
            q and (q != ("does" if one else "do") or must.split()[0] not in ("have", "need")) or \
            not q and not went and must.split()[0].endswith("s") != one:
        return None
    bone = _BONES_VI[(m["bone"] or "").lower()]
    where = "đi bệnh viện" if place else "đi"
    if went:
        return capitalised(f"{who_} đã {where} gắp xương{bone}") + stop(m["end"])
    modal = "phải" if must.startswith("ha") else "cần"
    if q:
        return capitalised(f"{who_} có {modal} {where} gắp xương{bone} không?")
    return capitalised(f"{who_} {modal} {where} gắp xương{bone}") + stop(m["end"])


def _throat_vi(text: str) -> str | None:
    """"It hurts when I swallow." as "Tôi bị đau khi nuốt.", "Does it hurt when you swallow?" as "Bạn có bị đau khi
    nuốt không?", "My son has trouble swallowing." as "Con trai tôi bị khó nuốt." (_HURTS_EN, _HARD_EN); None for
    anything else, where a verb does not agree with who, and for a pet."""
    m = _HURTS_EN.fullmatch(text) or _HARD_EN.fullmatch(text)
    if not m or keyed(m["kin"] or "") in ("dog", "cat") or ("?" in m["end"]) != bool(m["q"]):
        return None
    hard = m.re == _HARD_EN
    who_, one = _who_vi(m) if hard else who_vi(m)
    q, verb = (m["q"] or "").lower(), m["has"] if hard else m["verb"]
    # ("Does it hurt when he swallows?": "does" is said of it; "Does he have trouble …?" of who)
    if hard and q and (q == "does") != one or (verb in ("swallows", "has")) != (one and not (hard and q)):
        return None
    said = "bị khó nuốt" if hard else "bị đau khi nuốt"
    return capitalised(f"{who_} có {said} không?" if q else f"{who_} {said}{stop(m['end'])}")
