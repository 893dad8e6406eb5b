"""Seats, both ways, written whole by rule: whether a seat is taken or free, who may sit here or next to whom, being
asked to sit down or to move over a little, changing or swapping seats, saving someone a seat, and whose seat it is.
v8 with every other rule reads "chỗ" as a place or money, "mời" as inviting, "dịch" as translate, "giữ chỗ" as keep in
place: "Chỗ này có ai ngồi chưa?" → "Has anyone who sits?", "Chỗ này còn trống không?" → "Is it blank?", "Mẹ tôi ngồi
đây được không?" → "Can I sit here?", "Mời ngồi." → "Inviting the seat.", "Bạn ngồi đây đi." → "You're sitting
here.", "Bạn dịch vào một chút đi." → "You translate somewhere.", "Bạn đổi chỗ với tôi được không?" → "Can you change
the place with me?", "Giữ chỗ cho tôi nhé." → "Keep me where.", "Tôi sẽ giữ chỗ cho bạn." → "I'll keep you in
place.", "Chỗ ngồi của tôi ở đâu?" → "Where do my seat?"; "Is this seat free?" → "Cái ghế này có trống không?", "This
seat is taken." → "Ghế này được lấy.", "Please have a seat." → "Làm ơn có ghế.", "Do you mind if I sit here?" → "Bạn
có nhớ nếu tôi ngồi ở đây không?" (remember), "Could you move over a little?" → "Bạn di chuyển một chút được
không?", "Can we swap seats?" → "Chúng ta có thể trao đổi ghế không?" (trade), "Save me a seat." → "Lưu ghế của
tôi." (store), "Is this your seat?" → "Cái ghế của bạn có phải không?", "Are there any seats left?" → "Có ghế nào
trái nào không?" (the left hand).

Taken: this or that seat ("chỗ", "chỗ ngồi", "ghế" with "này", "đó", "kia") taken or free, asked or said; who
(mt.hobbies WHO, WHO_EN) asking if they may sit here or next to whom; "Mời (bạn) ngồi (xuống, đây)." and "(Bạn) ngồi
(xuống, đây) đi." ("Please have a seat.", "Sit here."), "Do you mind if I sit here?"; moving over a little ("dịch",
"xích", "nhích" with "vào", "sang" …), asked or told; who changing or swapping seats (with whom), asked, wanted,
"Let's"; saving whom a seat, asked, told or promised ("sẽ"); whose seat this is, asked, where it is ("chỗ ngồi"), who is
sitting in someone's seat ("chỗ của mình" the speaker's after "bạn" or sat in "nhầm", by mistake); in English, whether
any seats are left. "Tôi ngồi đây được không?", which v8 gets right, is written as it writes it ("Can I sit here?").
Left: "Is this seat taken?", "Ghế này có ai ngồi chưa?" (the phrasebook's); to v8, which gets them right, "Can I sit
here?", "Would you like to sit down?", "This is my seat.", "Is anyone sitting here?", "Where's my seat?", "Sit down.";
"anh", "em" … alone asking leave or told ("Em ngồi đây được không?": the speaker, or you?); "dịch" without "vào", "sang"
… (translate); a seat saved in the past or said plainly ("Tôi đã giữ chỗ": booked?); "chỗ" alone as whose ("Đây là chỗ
của tôi": my place?), "ghế" asked where (a chair?), "Còn chỗ không?" (room?); a third person sitting in "chỗ của mình"
not by mistake (mine, or their own?); tickets (mt/tickets.py).
mt.phrasebook.translate tries these after mt/temperatures.py.

    >>> translate("Chỗ này có ai ngồi chưa?", "vi", "en"), translate("Could you move over a little?", "en", "vi")
    ('Is this seat taken?', 'Bạn ngồi dịch vào một chút được không?')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS, YOU
from .hobbies import (
    OWNER,
    SOMEONE_EN,
    WHO,
    WHO_EN,
    WHOM,
    WHOM_EN,
    as_whom,
    be_of,
    someone,
    who,
    who_vi,
)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import BE_EN, SOFTENED_END, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ngồi|trống|chỗ|ghế|dịch|xích|nhích)"),
         "en": lazy(r"(?i:seat|\bsit\b|over\s+a\s)")}
_THIS = r"(?P<this>(?i:này|đó|kia|ấy))"
_SOFT = r"(?:\s+(?P<soft>đi|nhé|nha))"

# a seat taken or free ("Chỗ này có ai ngồi chưa?", "Ghế này còn trống không?", "Chỗ này có người ngồi rồi.")
_TAKEN = lazy(rf"(?i:chỗ(?:\s+ngồi)?|ghế)\s+{_THIS}\s+(?:có\s+(?:ai|người)\s+ngồi\s+(?P<yet>chưa|không)|"
              r"(?P<still>vẫn\s+)?(?P<free>(?:còn\s+)?trống)(?:\s+(?P<asked>không))?|"
              r"(?P<taken>có\s+người(?:\s+ngồi)?\s+rồi)|(?P<nobody>chưa\s+có\s+(?:ai|người)\s+ngồi))"
              rf"{SOFTENED_END}")
# who asks leave to sit here, or next to whom ("Mẹ tôi ngồi đây được không?", "Tôi có thể ngồi cạnh bạn không?")
_SIT = lazy(rf"{WHO}\s+(?:(?P<can>có\s+thể)\s+)?ngồi\s+(?:(?:ở\s+)?(?P<here>đây|đó)|(?:bên\s+)?cạnh\s+{WHOM})"
            rf"(?:\s+(?P<ok>được))?\s+không{SOFTENED_END}")
# asked to sit ("Mời bạn ngồi.", "Bạn ngồi đây đi.")
_PLACE = r"(?:\s+(?P<down>xuống)|\s+(?:ở\s+)?(?P<here>đây))?"
_ASKED_TO = lazy(rf"(?:(?P<please>(?i:mời))(?:\s+(?:{YOU}|mọi\s+người|các\s+bạn|quý\s+khách))?\s+|"
                 rf"(?:(?i:bạn)\s+)?)(?i:ngồi){_PLACE}{_SOFT}?(?:\s+ạ)?\s*(?P<end>[.!]*)")
# moving over a little ("Bạn ngồi dịch vào một chút được không?", "Dịch vào một chút đi.")
_MOVE = lazy(rf"(?:(?P<you>(?i:{YOU}))\s+)?(?:(?P<can>có\s+thể)\s+)?(?:(?i:ngồi)\s+)?(?i:dịch|xích|nhích)\s+"
             rf"(?:vào|sang|qua|ra)\s+(?:một\s+)?(?:chút|tí|xíu)(?:(?:\s+(?P<ok>được))?\s+(?P<asked>không)|"
             rf"{_SOFT})?{SOFTENED_END}")
# changing or swapping seats ("Bạn đổi chỗ với tôi được không?", "Bạn có muốn đổi chỗ không?", "Chúng ta đổi chỗ nhé.")
_SWAP = lazy(rf"{WHO}\s+(?:(?P<want>(?P<ask>có\s+)?muốn)\s+|(?P<can>có\s+thể)\s+)?đổi\s+chỗ(?:\s+ngồi)?"
             rf"(?:\s+(?:với|cho)\s+{WHOM})?(?:(?:\s+(?P<ok>được))?\s+(?P<asked>không)|{_SOFT})?{SOFTENED_END}")
# saving whom a seat ("Giữ chỗ cho tôi nhé.", "Bạn giữ chỗ cho tôi được không?", "Tôi sẽ giữ chỗ cho bạn.")
_SAVE = lazy(rf"(?:{WHO}\s+)?(?:(?P<will>sẽ)\s+|(?P<can>có\s+thể)\s+)?(?i:giữ)\s+chỗ(?:\s+ngồi)?\s+cho\s+{WHOM}"
             rf"(?:(?:\s+(?P<ok>được))?\s+(?P<asked>không)|\s+(?P<soft>nhé|nha|với|giúp|giùm))?{SOFTENED_END}")
# whose seat this is, where it is, who sits in it ("Đây có phải ghế của bạn không?", "Chỗ ngồi của tôi ở đâu?")
_WHOSE = lazy(rf"(?P<this>Đây|Đó)\s+có\s+phải\s+(?:là\s+)?(?:chỗ\s+ngồi|ghế)\s+(?:của\s+)?{OWNER}\s+không"
              rf"{SOFTENED_END}")
_WHERE = lazy(rf"(?i:chỗ\s+ngồi)\s+(?:của\s+)?{OWNER}\s+ở\s+đâu{SOFTENED_END}")
_IN_SEAT = lazy(rf"(?:(?P<think>Hình\s+như|Tôi\s+nghĩ(?:\s+là)?)\s+)?{WHO}\s+(?P<now>đang\s+)?ngồi\s+"
                rf"(?P<wrong>nhầm\s+)?(?:vào\s+)?(?:chỗ|ghế)(?:\s+ngồi)?\s+(?:của\s+)?{OWNER}(?P<done>\s+rồi)?"
                rf"{SOFTENED_END}")

# ... and in English
_TAKEN_EN = lazy(r"(?:Is\s+(?P<this>this|that)\s+seat(?P<still>\s+still)?\s+(?P<state>taken|free|empty|"
                 r"available)\s*\?+|(?P<this2>This|That)\s+seat(?:\s+is|['’]s)(?P<not>\s+not|n['’]t)?"
                 r"(?P<still2>\s+still)?\s+(?P<state2>taken|free|empty|available)\s*[.!]*)")
_MIND_EN = lazy(rf"(?:Do\s+you\s+mind|Mind)\s+if\s+I\s+sit\s+(?:(?P<here>here|there)|next\s+to\s+{WHOM_EN})"
                r"\s*\?+")
_ASKED_TO_EN = lazy(r"(?:(?P<please>Please),?\s+)?(?i:(?P<seat>have|take)\s+a\s+seat|sit\s+(?P<place>down|here))"
                    r"(?:,?\s+(?P<please2>please))?\s*[.!]*")
_MOVE_EN = lazy(r"(?:(?P<can>Can|Could|Would)\s+you\s+(?:please\s+)?(?:move|scoot|shift)|Would\s+you\s+mind\s+"
                r"(?:moving|scooting|shifting)|(?:Please\s+)?(?P<told>[Mm]ove|[Ss]coot|[Ss]hift))"
                r"\s+over\s+a\s+(?:little(?:\s+bit)?|bit)(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_SEATS = r"(?:swap|switch|change|trade)\s+seats"
_WITH_EN = rf"(?:\s+with\s+{WHOM_EN})?"
_SWAP_EN = [lazy(rf"(?P<aux>Can|Could|May|Shall)\s+{WHO_EN}\s+(?:please\s+)?{_SEATS}{_WITH_EN}"
                 r"(?:,?\s+please)?\s*\?+"),
            lazy(rf"(?P<aux>Do|Does|Would)\s+{WHO_EN}\s+(?P<want>want|like)\s+to\s+{_SEATS}{_WITH_EN}\s*\?+"),
            lazy(rf"{WHO_EN}(?P<like>['’]d\s+like|\s+would\s+like|\s+wants?)\s+to\s+{_SEATS}{_WITH_EN}\s*[.!]*"),
            lazy(rf"(?P<mind>Would\s+you\s+mind)\s+(?:swapp|switch|chang|trad)ing\s+seats{_WITH_EN}\s*\?+"),
            lazy(rf"(?P<lets>Let['’]s)\s+{_SEATS}\s*[.!]*")]
_FOR_EN = rf"(?:{WHOM_EN}\s+a\s+seat|a\s+seat\s+for\s+{WHOM_EN.replace('?P<whom>', '?P<whom2>')})"
_SAVE_EN = [lazy(rf"(?P<can>Can|Could|Would|Will)\s+you\s+(?:please\s+)?save\s+{_FOR_EN}(?:,?\s+please)?\s*\?+"),
            lazy(rf"(?:Please\s+)?[Ss]ave\s+{_FOR_EN}(?:,?\s+please)?\s*[.!]*"),
            lazy(rf"{WHO_EN}(?P<will>['’]ll|\s+will)\s+save\s+{_FOR_EN}\s*[.!]*")]
_OWN_EN = rf"(?:(?P<own>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_WHOSE_EN = lazy(rf"Is\s+(?P<this>this|that)\s+(?:{_OWN_EN}\s+seat|seat\s+(?P<mine>yours|his|hers|theirs))\s*\?+")
_IN_SEAT_EN = lazy(rf"(?:(?P<think>I\s+think)\s+)?{WHO_EN}{BE_EN}\s+(?:sitting\s+)?in\s+{_OWN_EN}\s+seat\s*[.!]*")
_LEFT_EN = lazy(r"(?:Are\s+there\s+any\s+(?:(?P<free>free|empty)\s+)?seats(?P<left>\s+left)?(?:\s+here)?\s*\?+|"
                r"There\s+(?:are\s+no|aren['’]t\s+any)\s+seats\s+left\s*[.!]*)")
_MINE = {"yours": "bạn", "his": "anh ấy", "hers": "cô ấy", "theirs": "họ"}
_BE = {"'s": "is", "'m": "am", "'re": "are"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a seat (taken or free, sitting, moving over, swapping, saving one, whose
    it is); None for any other."""
    if src == "vi":
        return (_taken(text) or _sit(text) or _asked_to(text) or _move(text) or _swap(text) or _save(text) or
                _whose(text) or _in_seat(text))
    return (_taken_vi(text) or _mind_vi(text) or _asked_to_vi(text) or _move_vi(text) or _swap_vi(text) or
            _save_vi(text) or _whose_vi(text) or _in_seat_vi(text) or _left_vi(text))


def _you_alone(m: re.Match) -> bool:
    """Whether who of a match of WHO is a word of kinship alone ("anh", "em": the speaker, or you)."""
    return bool(m["who"]) and PRONOUNS[keyed(m["who"])] == "you" and keyed(m["who"]) != "bạn"


def _whose_en(m: re.Match) -> str:
    """Whose of OWNER in English: "my", "your", "my mother's", "Lan's"."""
    return OWNERS[keyed(m["owner"])] if m["owner"] else f"{someone(m['someone'], 'vi')}'s"


def _taken(text: str) -> str | None:
    """"Chỗ này có ai ngồi chưa?" as "Is this seat taken?", "Ghế đó còn trống không?" as "Is that seat free?", "Chỗ
    này có người ngồi rồi." as "This seat is taken." (_TAKEN); None for anything else."""
    m = _TAKEN.fullmatch(text)
    asked = bool(m and (m["yet"] or m["asked"]))
    if not m or asked != ("?" in m["end"]) or m["still"] and not m["free"]:
        return None
    this = "this" if keyed(m["this"]) == "này" else "that"
    still = " still" * bool(m["still"])
    if asked:
        return f"Is {this} seat taken?" if m["yet"] else f"Is {this} seat{still} free?"
    said = "is taken" if m["taken"] else "isn't taken" if m["nobody"] else f"is{still} free"
    return capitalised(f"{this} seat {said}.")


def _sit(text: str) -> str | None:
    """"Mẹ tôi ngồi đây được không?" as "Can my mother sit here?", "Tôi có thể ngồi cạnh bạn không?" as "Can I sit
    next to you?" (_SIT); None for anything else, and for "anh", "em" … alone asking (leave for the speaker?)."""
    m = _SIT.fullmatch(text)
    if not m or not (m["can"] or m["ok"]) or "?" not in m["end"] or _you_alone(m) or (said := who(m, True)) is None:
        return None
    whom = m["whom"] and as_whom(m["whom"], "vi")
    if m["whom"] and (not whom or whom == {"I": "me", "we": "us"}.get(said[0])):
        return None
    where = f"next to {whom}" if whom else "here" if keyed(m["here"]) == "đây" else "there"
    return f"Can {said[0]} sit {where}?"


def _asked_to(text: str) -> str | None:
    """"Mời ngồi." as "Please have a seat.", "Mời bạn ngồi xuống." as "Please sit down.", "Bạn ngồi đây đi." as "Sit
    here." (_ASKED_TO); None for anything else."""
    m = _ASKED_TO.fullmatch(text)
    if not m or not (m["please"] or m["soft"]):
        return None
    said = "sit down" if m["down"] else "sit here" if m["here"] else "have a seat"
    return f"Please {said}." if m["please"] else f"{capitalised(said)}."


def _move(text: str) -> str | None:
    """"Bạn ngồi dịch vào một chút được không?" as "Could you move over a little?", "Dịch vào một chút đi." as "Move
    over a little." (_MOVE); None for anything else, and for "anh", "em" … alone told."""
    m = _MOVE.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["asked"] and not (m["can"] or m["ok"]):
        return None
    if m["asked"]:
        return "Could you move over a little?"
    return "Move over a little." if not m["can"] and (not m["you"] or keyed(m["you"]) == "bạn") else None


def _swap(text: str) -> str | None:
    """"Bạn đổi chỗ với tôi được không?" as "Can you swap seats with me?", "Bạn có muốn đổi chỗ không?" as "Do you
    want to change seats?", "Chúng ta đổi chỗ nhé." as "Let's swap seats.", "Tôi muốn đổi chỗ." as "I'd like to
    change seats." (_SWAP); None for anything else."""
    m = _SWAP.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) and not m["soft"] or bool(m["ask"]) != asked and m["want"]:
        return None
    whom = m["whom"] and as_whom(m["whom"], "vi")
    said = who(m, asked)
    # ("Em đổi chỗ được không?": the speaker asking leave, or you; not so with whom the speaker)
    if said is None or m["whom"] and not whom or _you_alone(m) and not (m["want"] or whom in ("me", "us")):
        return None
    who_, one = said
    if whom and whom == {"I": "me", "we": "us", "you": "you"}.get(who_):
        return None
    verb = "swap" if whom or keyed(m["who"] or "") == "chúng ta" else "change"
    doing = f"{verb} seats{f' with {whom}' if whom else ''}"
    if m["want"]:
        if asked:
            return f"{'Does' if one else 'Do'} {who_} want to {doing}?"
        liked = f"{who_}'d like" if who_ in ("I", "we") else f"{who_} want{'s' * one}"
        return capitalised(f"{liked} to {doing}.")
    if asked and (m["can"] or m["ok"]):
        return f"Can {who_} {doing}?"
    if m["soft"] == "nhé" and verb == "swap" and who_ == "we" and not whom:
        return "Shall we swap seats?" if "?" in m["end"] else "Let's swap seats."
    return None


def _saved(whom: str) -> str:
    """Whom a seat is saved for, after "save": "me a seat", "a seat for my mother"."""
    return f"{whom} a seat" if whom in ("me", "you", "him", "her", "us", "them") else f"a seat for {whom}"


def _save(text: str) -> str | None:
    """"Giữ chỗ cho tôi nhé." as "Save me a seat, please.", "Bạn giữ chỗ cho tôi được không?" as "Could you save me a
    seat?", "Tôi sẽ giữ chỗ cho bạn." as "I'll save you a seat." (_SAVE); None for anything else, and for a seat
    saved, said plainly ("Tôi giữ chỗ cho bạn.": booked?)."""
    m = _SAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    whom = m and as_whom(m["whom"], "vi")
    if not m or not whom or asked != ("?" in m["end"]) or asked and not (m["can"] or m["ok"]):
        return None
    said = who(m, asked) if (m["who"] or m["kin"] or m["titled"] or m["given"]) else ("you", False)
    if said is None or said[0] == "you" and whom == "you" or said[0] == "I" and whom == "me":
        return None
    if asked:
        return f"Could you save {_saved(whom)}?" if said[0] == "you" and not m["will"] else None
    if m["will"] or said[0] == "I" and m["soft"] in ("nhé", "nha"):  # ("Tôi giữ chỗ cho bạn nhé.": I'll)
        return capitalised(contracted(said[0], f"will save {_saved(whom)}."))
    if said[0] == "you" and not m["can"] and (m["soft"] or not m["who"]):
        return f"Save {_saved(whom)}, please."
    return None


def _whose(text: str) -> str | None:
    """"Đây có phải ghế của bạn không?" as "Is this your seat?", "Chỗ ngồi của tôi ở đâu?" as "Where's my seat?"
    (_WHOSE, _WHERE); None for anything else."""
    m = _WHOSE.fullmatch(text)
    if m and "?" in m["end"]:
        return f"Is {'this' if m['this'] == 'Đây' else 'that'} {_whose_en(m)} seat?"
    m = _WHERE.fullmatch(text)
    return capitalised(f"Where's {_whose_en(m)} seat?") if m and "?" in m["end"] else None


def _in_seat(text: str) -> str | None:
    """"Bạn đang ngồi chỗ của tôi." as "You're sitting in my seat.", "Hình như bạn ngồi nhầm chỗ của tôi rồi." as "I
    think you're sitting in my seat." (_IN_SEAT); None for anything else, and for "Bạn ngồi chỗ của tôi." (sit
    there?)."""
    m = _IN_SEAT.fullmatch(text)
    if not m or "?" in m["end"] or not (m["now"] or m["wrong"] or m["done"]) or (said := who(m, False)) is None:
        return None
    whose = _whose_en(m)
    if whose == {"I": "my", "you": "your", "we": "our"}.get(said[0]):
        return None
    if keyed(m["owner"] or "") == "mình" and said[0] not in ("I", "you") and not m["wrong"]:
        return None  # ("Anh ấy đang ngồi chỗ của mình.": in mine, or in his own? "nhầm": not his own)
    sitting = contracted(said[0], f"{be_of('tôi' if said[0] == 'I' else '', said[1])} sitting in {whose} seat.")
    return f"I think {sitting}" if m["think"] else capitalised(sitting)


def _taken_vi(text: str) -> str | None:
    """"Is this seat free?" as "Chỗ này còn trống không?", "Is that seat taken?" as "Chỗ đó có ai ngồi chưa?", "This
    seat is taken." as "Chỗ này có người ngồi rồi." (_TAKEN_EN); None for anything else."""
    m = _TAKEN_EN.fullmatch(text)
    if not m:
        return None
    this = "này" if (m["this"] or m["this2"]).lower() == "this" else "đó"
    still = "vẫn " if m["still"] or m["still2"] else ""
    if m["state"]:
        return f"Chỗ {this} có ai ngồi chưa?" if m["state"] == "taken" else f"Chỗ {this} {still}còn trống không?"
    taken = m["state2"] == "taken"
    if still and (taken or m["not"]):
        return None
    if taken:
        return f"Chỗ {this} {'chưa có ai ngồi' if m['not'] else 'có người ngồi rồi'}."
    return f"Chỗ {this} {'có người ngồi rồi' if m['not'] else f'{still}còn trống'}."


def _mind_vi(text: str) -> str | None:
    """"Do you mind if I sit here?" as "Bạn có phiền nếu tôi ngồi đây không?" (_MIND_EN); None for anything else."""
    m = _MIND_EN.fullmatch(text)
    whom = m and m["whom"] and as_whom(m["whom"], "en")
    if not m or m["whom"] and (not whom or whom == "tôi"):
        return None
    where = f"cạnh {whom}" if whom else "đây" if m["here"] == "here" else "đó"
    return f"Bạn có phiền nếu tôi ngồi {where} không?"


def _asked_to_vi(text: str) -> str | None:
    """"Please have a seat." as "Mời bạn ngồi.", "Sit down, please." as "Mời bạn ngồi xuống." (_ASKED_TO_EN); None
    for anything else, and for "Sit down." (v8's "Ngồi xuống." is right)."""
    m = _ASKED_TO_EN.fullmatch(text)
    if not m or not (m["seat"] or m["please"] or m["please2"]) or m["please"] and m["please2"]:
        return None
    place = {"down": " xuống", "here": " đây"}.get((m["place"] or "").lower(), "")
    return f"Mời bạn ngồi{place}."


def _move_vi(text: str) -> str | None:
    """"Could you move over a little?" as "Bạn ngồi dịch vào một chút được không?", "Move over a little, please." as
    "Bạn ngồi dịch vào một chút nhé." (_MOVE_EN); None for anything else."""
    m = _MOVE_EN.fullmatch(text)
    if not m or bool(m["told"]) == ("?" in m["end"]):
        return None
    return f"Bạn ngồi dịch vào một chút {'nhé.' if m['told'] else 'được không?'}"


def _swap_vi(text: str) -> str | None:
    """"Can we swap seats?" as "Chúng ta đổi chỗ được không?", "Would you like to swap seats?" as "Bạn có muốn đổi
    chỗ không?", "Let's swap seats." as "Chúng ta đổi chỗ nhé." (_SWAP_EN); None for anything else, and where the
    verb does not agree with who."""
    m = next((m for p in _SWAP_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    keys = m.re.groupindex
    if "lets" in keys:
        return "Chúng ta đổi chỗ nhé."
    whom = m["whom"] and as_whom(m["whom"], "en")
    if m["whom"] and not whom:
        return None
    with_ = f" với {whom}" if whom else ""
    if "mind" in keys:
        return None if whom == "bạn" else f"Bạn đổi chỗ{with_} được không?"
    who_, one = who_vi(m)
    if whom == who_ or whom == "chúng tôi" and who_ == "tôi":
        return None
    if who_ == "chúng tôi" and not whom:
        who_ = "chúng ta"  # ("Can we swap seats?": with each other)
    if "like" in keys:
        like = " ".join(m["like"].replace("’", "'").split())
        return None if like.startswith("want") and (like == "wants") != one else capitalised(
            f"{who_} muốn đổi chỗ{with_}.")
    if "want" in keys:
        if (m["aux"] == "Would") != (m["want"] == "like") or m["aux"] != "Would" and (m["aux"] == "Does") != one:
            return None
        return capitalised(f"{who_} có muốn đổi chỗ{with_} không?")
    if m["aux"] == "Shall":
        return "Chúng ta đổi chỗ nhé?" if who_ == "chúng ta" else None
    return capitalised(f"{who_} đổi chỗ{with_} được không?")


def _save_vi(text: str) -> str | None:
    """"Could you save me a seat?" as "Bạn giữ chỗ cho tôi được không?", "Save me a seat, please." as "Giữ chỗ cho
    tôi nhé.", "I'll save you a seat." as "Tôi sẽ giữ chỗ cho bạn." (_SAVE_EN); None for anything else."""
    m = next((m for p in _SAVE_EN if (m := p.fullmatch(text))), None)
    said = m and (m["whom"] or m["whom2"])
    whom = said and as_whom(said, "en")
    if not m or not whom or m["whom"] and m["whom"].lower() not in ("me", "you", "him", "her", "us", "them"):
        return None  # ("save my mother a seat": "save a seat for my mother")
    if "can" in m.re.groupindex:
        return None if whom == "bạn" else f"Bạn giữ chỗ cho {whom} được không?"
    if "will" not in m.re.groupindex:
        return None if whom == "bạn" else f"Giữ chỗ cho {whom} nhé."
    who_ = who_vi(m)[0]
    return None if who_ == whom else capitalised(f"{who_} sẽ giữ chỗ cho {whom}.")


def _owner_vi(m: re.Match) -> str:
    """Whose of _OWN_EN in Vietnamese: "tôi" for "my", "mẹ tôi" for "my mother's"."""
    return WHOSE_VI[m["own"].lower()] if m["own"] else someone(m["someone"], "en")


def _whose_vi(text: str) -> str | None:
    """"Is this your seat?" as "Đây có phải chỗ của bạn không?", "Is that seat yours?" as "Đó có phải chỗ của bạn
    không?" (_WHOSE_EN); None for anything else."""
    m = _WHOSE_EN.fullmatch(text)
    if not m:
        return None
    owner = _MINE[m["mine"]] if m["mine"] else _owner_vi(m)
    return f"{'Đây' if m['this'] == 'this' else 'Đó'} có phải chỗ của {owner} không?"


def _in_seat_vi(text: str) -> str | None:
    """"You're sitting in my seat." as "Bạn đang ngồi chỗ của tôi.", "I think you're in my seat." as "Hình như bạn
    đang ngồi chỗ của tôi." (_IN_SEAT_EN); None for anything else, and where "is", "are" does not agree with who."""
    m = _IN_SEAT_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    be = " ".join(m["be"].replace("’", "'").split())
    owner = _owner_vi(m)
    if _BE.get(be, be) != be_of(who_, one) or owner == who_:
        return None
    return f"{'Hình như ' if m['think'] else ''}{who_ if m['think'] else capitalised(who_)} đang ngồi chỗ của {owner}."


def _left_vi(text: str) -> str | None:
    """"Are there any seats left?" as "Còn chỗ trống không?", "There are no seats left." as "Hết chỗ rồi."
    (_LEFT_EN); None for anything else, and for "Are there any seats?" (where?)."""
    m = _LEFT_EN.fullmatch(text)
    if not m:
        return None
    if text.startswith("There"):
        return "Hết chỗ rồi."
    return "Còn chỗ trống không?" if m["free"] or m["left"] else None
