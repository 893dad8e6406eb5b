"""U-turns and one-way streets, both ways, written whole by rule: a U-turn allowed or not somewhere, made there or not
(told), fines for an illegal U-turn or for going against the traffic, a one-way street, and who is going the wrong way
down one. v8 (rules on) reads "quay đầu" as turning a head, "một chiều" as a dimension, "ngược chiều" as going back,
and "U-turn" as reversing: "Ở đây không được quay đầu xe." → "The car is not turned here.", "Ở đây có được quay đầu
xe không?" → "Is it turned to start a car?", "Tôi bị phạt vì quay đầu sai chỗ." → "I was punished for turning
wrong.", "Đường này là đường một chiều." → "This line is a dimension line.", "Quay đầu ở ngã tư kia." → "Rotates at
that intersection.", "Hôm qua bố tôi bị phạt vì đi ngược chiều." → "Yesterday, my father was punished for going
back."; "You can't do a U-turn here." → "Bạn không thể đảo ngược ở đây.", "I was fined for making an illegal
U-turn." → "Tôi đã tốt để tạo ra một đường U-turn bất hợp pháp.", "Make a U-turn at that intersection." → "Làm đường
dẫn U-turn ở giao điểm đó.", "She's driving against the traffic." → "Cô ấy đang lái xe chống nạn buôn người.".

Taken: a U-turn at a place of PLACES ("ở đây", "ở ngã tư kia", "trên cầu") not allowed ("không được", "cấm"; "Cấm
quay đầu." as "No U-turns."), allowed or asked ("có được … không?", "… quay đầu xe được không?": "Are U-turns allowed
here?"; "Can I …?"); made there, told ("Quay đầu ở ngã tư kia.", "Đừng quay đầu xe ở đây."), "Where can I make a
U-turn?"; who (mt.hobbies.WHO, WHO_EN) fined for a reason of REASONS (an illegal U-turn, a U-turn here, going or
driving against the traffic or the wrong way down a one-way street): said (on a day behind or today:
mt.dates.near_days), just, asked ("Did you get fined …?"); this or that street, or the street in front of whose house,
a one-way street (said, denied, asked, "à?"); who is going, driving or cycling against the traffic or the wrong way
down a one-way street ("đang", asked "có đang … không?"), went ("đã", a day behind), "Don't go against the traffic.".
Left: "quay đầu" with neither "xe" nor a place ("Không được quay đầu.", "Đừng quay đầu.": don't look back; "Cấm
quay đầu nhé.": no turning round!), told with "ở đây" and no "xe" (a head turned?) or with no place ("Quay đầu xe
đi.": turned the car round?), "quay đầu xe lại", who made a U-turn, "Can you make a U-turn here?" and "Quay đầu xe
(ở đây) được không?" (a request to the driver?), "we" asked in English ("Where can we …?": chúng tôi, or chúng ta?),
"Anh ấy đi ngược chiều." with no word of tense, or a day of today (is going, or went?), "ngược chiều nhau", "với"
(opposite ways), "Tôi (Chúng ta) có bị phạt …?" (was I, or will I be?), a statement ending in "thế", "vậy" (so, then:
mt.text.STRESSED_SAID), fines for other reasons, a fine's sum and the police (mt/fines.py),
"going the wrong way" alone (lost: mt/mistakes.py), turning left or right (mt/directions.py), a one-way ticket
(mt/patterns.py), roads closed (mt/roadworks.py), "anh", "chị", "em" alone saying it, pets, and anything else.
mt.phrasebook.translate tries these after mt/honking.py.

    >>> translate("Ở đây không được quay đầu xe.", "vi", "en"), translate("This is a one-way street.", "en", "vi")
    ("You can't do a U-turn here.", 'Đây là đường một chiều.')
"""
from __future__ import annotations

import re

from .dates import NEAR_DAYS, near_days
from .hobbies import WHO, WHO_EN, animal, be_agrees, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, PAST_BE, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed,
                   stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:quay\s+đầu|một\s+chiều|ngược\s+chiều)"),
         "en": lazy(r"(?i:u-turn|u\s+turn|one-way|against\s+the\s+traffic|wrong\s+way)")}
# where a U-turn is made or not (the first Vietnamese of each English is written back)
PLACES = {"ở đây": "here", "tại đây": "here", "chỗ này": "here", "ở chỗ này": "here",
          "ở ngã tư này": "at this intersection", "tại ngã tư này": "at this intersection",
          "ở ngã tư kia": "at that intersection", "ở ngã tư đó": "at that intersection",
          "ở ngã tư tiếp theo": "at the next intersection", "ở ngã tư tới": "at the next intersection",
          "ở ngã tư phía trước": "at the intersection ahead", "ở ngã ba này": "at this junction",
          "ở ngã ba kia": "at that junction", "ở ngã ba tiếp theo": "at the next junction",
          "ở đèn giao thông": "at the traffic lights", "ở chỗ đèn giao thông": "at the traffic lights",
          "ở vòng xuyến": "at the roundabout", "ở bùng binh": "at the roundabout",
          "trên đường này": "on this road", "ở đường này": "on this road", "đường này": "on this road",
          "trên cầu": "on the bridge", "trên đoạn đường này": "on this stretch of road",
          "đoạn này": "on this stretch of road", "ở đoạn này": "on this stretch of road"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())} | {
    "on this street": "trên đường này", "at the lights": "ở đèn giao thông", "at that junction": "ở ngã ba kia"}
_DONT_MAKE, _ISNT = "Don't make", "isn't"
_HERE = {"here"}  # (a place that is no road: "Quay đầu ở đây." may be a head turned, "xe" must say it)
# what one is fined for (the first Vietnamese of each English is written back)
REASONS = {"quay đầu sai chỗ": "making an illegal U-turn", "quay đầu xe sai chỗ": "making an illegal U-turn",
           "quay đầu sai quy định": "making an illegal U-turn", "quay đầu xe sai quy định": "making an illegal U-turn",
           "quay đầu xe trái phép": "making an illegal U-turn", "quay đầu trái phép": "making an illegal U-turn",
           "quay đầu ở chỗ cấm": "making an illegal U-turn", "quay đầu xe ở đây": "making a U-turn here",
           "quay đầu ở đây": "making a U-turn here", "đi ngược chiều": "going against the traffic",
           "chạy ngược chiều": "going against the traffic", "lái xe ngược chiều": "driving against the traffic",
           "đi ngược chiều trên đường một chiều": "going the wrong way down a one-way street",
           "đi ngược chiều vào đường một chiều": "going the wrong way down a one-way street",
           "lái xe ngược chiều trên đường một chiều": "driving the wrong way down a one-way street"}
REASONS_VI = {en: vi for vi, en in reversed(REASONS.items())} | {
    "doing an illegal U-turn": "quay đầu sai chỗ", "an illegal U-turn": "quay đầu sai chỗ",
    "doing a U-turn here": "quay đầu xe ở đây", "driving the wrong way": "lái xe ngược chiều",
    "going the wrong way up a one-way street": "đi ngược chiều trên đường một chiều",
    "driving the wrong way up a one-way street": "lái xe ngược chiều trên đường một chiều"}
# the days one was fined or went the wrong way on (behind, or today), and back
DAYS = near_days(*NEAR_DAYS["behind"], "hôm nay", "sáng nay")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# how one goes: English -ing, past, and Vietnamese
_GOING = {"đi": ("going", "went"), "chạy": ("going", "went"), "chạy xe": ("going", "went"),
          "đi xe": ("going", "went"), "lái xe": ("driving", "drove"), "lái": ("driving", "drove"),
          "đạp xe": ("cycling", "cycled")}
_GOING_VI = {"going": "đi", "went": "đi", "go": "đi", "driving": "lái xe", "drove": "lái xe", "drive": "lái xe",
             "cycling": "đạp xe", "cycled": "đạp xe", "cycle": "đạp xe"}
_WRONG = {"ngược chiều": "against the traffic",
          "ngược chiều trên đường một chiều": "the wrong way down a one-way street"}

_PLACE = rf"(?i:{alternatives(PLACES)})"
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>(?i:{alternatives(DAYS)})))?"
# a U-turn not allowed, allowed, asked or told ("Ở đây không được quay đầu xe.", "Quay đầu ở ngã tư kia.")
_TURN = lazy(rf"(?:(?P<place0>{_PLACE})\s*,?\s+)?(?:(?P<ban>(?i:không\s+được|cấm))\s+|(?P<ask>có\s+)?(?P<may>được)\s+|"
             r"(?P<dont>(?i:đừng))\s+|(?P<please>(?i:hãy))\s+)?(?i:quay)\s+đầu(?P<car>\s+xe)?"
             rf"(?:\s+(?P<place>{_PLACE}))?(?:\s+(?P<may2>được))?(?:\s+(?P<tail>đâu|đấy|đó|nhé|nha|đi))?{ASKED_END}")
_WHERE = lazy(rf"(?P<who>(?i:tôi|chúng\s+tôi|chúng\s+ta))\s+có\s+thể\s+quay\s+đầu(?:\s+xe)?\s+ở\s+đâu{SOFTENED_END}")
# fined for one ("Tôi bị phạt vì quay đầu sai chỗ.", "Bạn có bị phạt vì đi ngược chiều không?")
_FINED = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<did>đã)\s+|(?P<ask>có)\s+)?bị\s+phạt"
              rf"(?:\s+tiền)?\s+(?:vì|do)\s+(?P<why>(?i:{alternatives(REASONS)})){_DAY}{ASKED_END}")
# a one-way street ("Đường này là đường một chiều.", "Đây có phải là đường một chiều không?")
_STREET = (rf"(?P<street>(?i:(?:con\s+)?(?:đường|phố)\s+này))|(?P<this>(?i:đây|đó))|(?i:đường\s+trước\s+nhà)"
           rf"\s+(?:của\s+)?(?P<whose>(?i:{alternatives(OWNERS)}))")
_ONE_WAY = lazy(rf"(?:{_STREET})\s+(?:(?P<ask>có\s+phải)\s+(?:là\s+)?|(?P<not>không\s+phải)\s+(?:là\s+)?|(?P<is>là)\s+|"
                r"(?P<goes>đi\s+)?)(?P<kind>(?:con\s+)?(?:đường|phố)\s+)?một\s+chiều(?:\s+(?P<ah>à|hả))?"
                rf"{ASKED_END}")
# going the wrong way ("Anh ấy đang đi ngược chiều.", "Hôm qua Lan đã lái xe ngược chiều trên đường một chiều.")
_WRONG_WAY = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<aux>đang|đã)\s+|(?P<ask>có\s+đang)\s+)?(?P<verb>(?i:{alternatives(_GOING)}))"
                  r"\s+(?P<wrong>ngược\s+chiều(?:\s+(?:trên|vào)\s+(?:con\s+)?(?:đường|phố)\s+một\s+chiều)?)"
                  rf"{_DAY}(?:\s+(?P<tail>đấy|đó|kìa))?{ASKED_END}")
_DONT = lazy(rf"(?i:đừng)\s+(?P<verb>đi|lái\s+xe|đạp\s+xe)\s+(?P<wrong>ngược\s+chiều(?:\s+trên\s+đường\s+một\s+chiều)?)"
             rf"(?:\s+(?:nhé|nha))?{SOFTENED_END}")

# ... and in English
_UTURN = r"a\s+[Uu](?:-|\s)turn"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
_PLACE_EN = rf"(?:\s+(?P<place>(?i:{alternatives(PLACES_VI)})))?"
_TURN_EN = lazy(r"(?:(?P<you>You)(?P<can>\s+can['’]t|\s+cannot|\s+can\s+not|\s+can|\s+must\s+not|"
                r"\s+mustn['’]t|(?:\s+are\s+not|\s+aren['’]t|['’]re\s+not|\s+are)\s+allowed\s+to)\s+|"
                r"(?P<q>Can)\s+(?P<asker>I|we)\s+|(?P<dont>Don['’]t|Do\s+not)\s+)?"
                rf"(?i:make|do)\s+{_UTURN}{_PLACE_EN}\s*(?P<end>[.!?]*)")
_ALLOWED_EN = lazy(rf"(?:(?P<q>Are)\s+)?[Uu](?:-|\s)turns(?P<be>\s+are\s+not|\s+aren['’]t|\s+are)?\s+"
                   rf"(?:allowed|permitted){_PLACE_EN}\s*(?P<end>[.!?]*)")
_NO_EN = lazy(rf"No\s+[Uu](?:-|\s)turns?{_PLACE_EN}\s*(?P<end>[.!]*)")
_WHERE_EN = lazy(r"Where\s+can\s+(?P<who>I|we)\s+(?:make|do)\s+a\s+[Uu](?:-|\s)turn\s*\?+")
_FINED_EN = lazy(rf"(?:(?P<q>Did|Were|Was)\s+)?{WHO_EN}(?P<aux>\s+was|\s+were|\s+got|\s+get|\s+just\s+got|"
                 r"\s+(?:has|have)\s+just\s+been|['’](?:s|ve)\s+just\s+been)?\s+fined\s+for\s+"
                 rf"(?P<why>{alternatives(REASONS_VI)}){_DAY_EN}\s*(?P<end>[.!?]*)")
_WHAT_EN = r"(?P<wrong>against\s+the\s+traffic|the\s+wrong\s+way\s+(?:down|up)\s+(?:a|the)\s+one-way\s+street)"
_WRONG_WAY_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re|\s+was|\s+were)?"
                     rf"\s+(?P<verb>going|driving|cycling|went|drove|cycled)\s+{_WHAT_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_DONT_EN = lazy(rf"(?:Don['’]t|Do\s+not)\s+(?P<verb>go|drive|cycle)\s+{_WHAT_EN}\s*(?P<end>[.!]*)")
_ONE_WAY_EN = lazy(r"(?:(?P<q>Is)\s+)?(?:(?P<this>[Tt]his|[Tt]hat|[Ii]t)|(?P<street>[Tt]his\s+(?:street|road))|"
                   rf"[Tt]he\s+street\s+in\s+front\s+of\s+(?P<whose>{WHOSE_WORDS})\s+house)"
                   r"(?P<be>\s+is|['’]s|\s+is\s+not|\s+isn['’]t|['’]s\s+not)?\s+(?:(?P<a>a\s+one-way\s+street)|"
                   r"(?P<adj>one-way))\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a U-turn allowed, banned or told, a fine for one or for going against the
    traffic, a one-way street, or who is going the wrong way down one; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("thế", "vậy" ending a statement say more: "Đường này là đường một chiều vậy.": so, then)
        return _turn(text) or _where(text) or _fined(text) or _one_way(text) or _wrong_way(text)
    return _turn_vi(text) or _where_vi(text) or _fined_vi(text) or _one_way_vi(text) or _wrong_way_vi(text)


def _words(said: str | None) -> str:
    """Words said in English as a table keys them: small letters, "’" as "'", one space apart; "" for None."""
    return " ".join((said or "").lower().replace("’", "'").split())


def _turn(text: str) -> str | None:
    """"Ở đây không được quay đầu xe." as "You can't do a U-turn here.", "Cấm quay đầu." as "No U-turns.", "Ở đây có
    được quay đầu xe không?" as "Are U-turns allowed here?", "Quay đầu ở ngã tư kia." as "Make a U-turn at that
    intersection.", "Đừng quay đầu xe ở đây." as "Don't make a U-turn here." (_TURN); None for anything else, and
    where neither "xe" nor a place says a car turns ("Không được quay đầu.", "Đừng quay đầu.": don't look back), and
    "được" after a verb said first ("Quay đầu xe được không?": a request to the driver?)."""
    m = _TURN.fullmatch(text)
    if not m or m["place0"] and m["place"] or bool(m["asked"]) != ("?" in m["end"]):
        return None
    said = m["place0"] or m["place"]
    place = PLACES[keyed(said)] if said else ""
    asked, tail, at, end = bool(m["asked"]), keyed(m["tail"] or ""), f" {place}" if place else "", stop(m["end"])
    if m["may"] or m["may2"]:
        if m["may"] and m["may2"] or tail or m["ask"] and not asked or not (m["car"] or place):
            return None
        if m["may2"] and not m["place0"]:
            return None  # (the verb first: "Quay đầu xe ở đây được không?", a request to the driver: could you?)
        return f"Are U-turns allowed{at}?" if asked else f"U-turns are allowed{at}{end}"
    if asked:
        return None
    if m["ban"]:
        banned = keyed(m["ban"]) == "cấm"
        if tail == "đi" or not (m["car"] or place or banned) or tail and not (m["car"] or place):
            return None  # ("Cấm quay đầu nhé.": said to someone, no turning round, a game's too)
        return f"No U-turns{end}" if banned and not place else f"You can't do a U-turn{at}{end}"
    if tail in ("đâu", "đấy", "đó") or m["place0"] and not m["dont"] or not place:
        return None  # ("Quay đầu xe đi.": made a U-turn, or turned the car round?)
    if place in _HERE and not m["car"]:
        return None  # ("Đừng quay đầu ở đây.": a head turned?)
    return f"{_DONT_MAKE if m['dont'] else 'Make'} a U-turn{at}{end}"


def _where(text: str) -> str | None:
    """"Tôi có thể quay đầu xe ở đâu?" as "Where can I make a U-turn?" (_WHERE); None for anything else."""
    m = _WHERE.fullmatch(text)
    if not m or "?" not in m["end"]:
        return None
    return f"Where can {'I' if keyed(m['who']) == 'tôi' else 'we'} make a U-turn?"


def _fined(text: str) -> str | None:
    """"Tôi bị phạt vì quay đầu sai chỗ." as "I was fined for making an illegal U-turn.", "Hôm qua bố tôi bị phạt vì
    đi ngược chiều." as "My father was fined for going against the traffic yesterday.", "Anh ấy vừa bị phạt vì …" as
    "He has just been fined for …", "Bạn có bị phạt vì quay đầu sai chỗ không?" as "Did you get fined for making an
    illegal U-turn?" (_FINED); None for anything else, a pet, and "Tôi (Chúng ta) có bị phạt …?" (was I, or will I
    be?)."""
    m = _FINED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"] or animal(m):
        return None
    said = who(m, asked)
    day = m["day0"] or m["day"]
    if not said or asked and said[0] in ("I", "we") or m["just"] and day:  # (we asking: were we, or will we be?)
        return None
    who_, one = said
    why = REASONS[keyed(m["why"])] + (f" {DAYS[keyed(day)]}" if day else "")
    if asked:
        return f"Did {who_} get fined for {why}?"
    if m["just"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} just been fined for {why}{stop(m['end'])}"))
    return capitalised(f"{who_} {PAST_BE[be(who_)]} fined for {why}{stop(m['end'])}")


def _one_way(text: str) -> str | None:
    """"Đường này là đường một chiều." as "This is a one-way street.", "Đường này một chiều." as "This street is
    one-way.", "Đây có phải là đường một chiều không?" and "Đường này là đường một chiều à?" as "Is this a one-way
    street?", "Đường trước nhà tôi không phải là đường một chiều." as "The street in front of my house isn't
    one-way." (_ONE_WAY); None for anything else."""
    m = _ONE_WAY.fullmatch(text)
    if not m:
        return None
    asked, bare = "?" in m["end"], not (m["ask"] or m["not"] or m["is"])
    if asked != bool(m["ask"] or m["ah"]) or m["asked"] and not m["ask"] or m["ah"] and (m["ask"] or m["not"]):
        return None
    if bare and (m["this"] or m["kind"]) or not bare and not m["kind"]:
        return None  # ("Đây một chiều.", "Đường này đường một chiều.", "Đường này là một chiều.")
    if m["whose"] or bare:
        street = f"the street in front of {OWNERS[keyed(m['whose'])]} house" if m["whose"] else "this street"
        if asked:
            return f"Is {street} one-way?"
        return capitalised(f"{street} {_ISNT if m['not'] else 'is'} one-way{stop(m['end'])}")
    this = "that" if keyed(m["this"] or "") == "đó" else "this"
    if asked:
        return f"Is {this} a one-way street?"
    said = f"{this} {_ISNT}" if m["not"] else f"{this} is" if this == "this" else "that's"
    return capitalised(f"{said} a one-way street{stop(m['end'])}")


def _wrong_way(text: str) -> str | None:
    """"Anh ấy đang đi ngược chiều." as "He's going against the traffic.", "Lan đã đi ngược chiều trên đường một
    chiều." as "Lan went the wrong way down a one-way street.", "Bạn có đang lái xe ngược chiều không?" as "Are you
    driving against the traffic?", "Đừng đi ngược chiều." as "Don't go against the traffic." (_WRONG_WAY, _DONT);
    None for anything else, a pet, and no word of tense ("Anh ấy đi ngược chiều.": is going, or went?)."""
    if m := _DONT.fullmatch(text):
        verb = {"đi": "go", "lái xe": "drive", "đạp xe": "cycle"}[keyed(m["verb"])]
        return None if "?" in m["end"] else f"Don't {verb} {_WRONG[keyed(m['wrong'])]}{stop(m['end'])}"
    m = _WRONG_WAY.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["day0"] and m["day"] or animal(m):
        return None
    said, day, aux = who(m, asked), m["day0"] or m["day"], keyed(m["aux"] or "")
    if not said or not (aux or day or asked) or (aux == "đang" or asked) and day or m["tail"] and aux != "đang":
        return None
    if not aux and day and keyed(day) not in NEAR_DAYS["behind"]:
        return None  # ("Hôm nay tôi đi ngược chiều.": today is not all behind; is going, went, or will go?)
    who_ = said[0]
    ing, past = _GOING[keyed(m["verb"])]
    what = re.sub(r"\s+vào\s+", " trên ", keyed(m["wrong"])).replace("con đường", "đường").replace("phố", "đường")
    what = _WRONG[what]
    if asked:
        return f"{be(who_).capitalize()} {who_} {ing} {what}?"
    if aux == "đang":
        return capitalised(contracted(who_, f"{be(who_)} {ing} {what}{stop(m['end'])}"))
    return capitalised(f"{who_} {past} {what}{' ' + DAYS[keyed(day)] if day else ''}{stop(m['end'])}")


def _turn_vi(text: str) -> str | None:
    """"You can't do a U-turn here." as "Ở đây không được quay đầu xe.", "Can I make a U-turn here?" and "Are U-turns
    allowed here?" as "Ở đây có được quay đầu xe không?", "No U-turns." as "Cấm quay đầu xe.", "Make a U-turn at that
    intersection." as "Quay đầu xe ở ngã tư kia." (_TURN_EN, _ALLOWED_EN, _NO_EN); None for anything else."""
    if m := _NO_EN.fullmatch(text):
        return _rule_vi(m["place"], "ban", False, m["end"])
    if m := _ALLOWED_EN.fullmatch(text):
        be_ = _words(m["be"])
        if bool(be_) == bool(m["q"]):
            return None
        return _rule_vi(m["place"], "no" if "not" in be_ or "n't" in be_ else "can", bool(m["q"]), m["end"])
    m = _TURN_EN.fullmatch(text)
    if not m:
        return None
    can, place = _words(m["can"]), m["place"]
    if m["you"]:
        return _rule_vi(place, "no" if "not" in can or "n't" in can else "can", False, m["end"])
    if m["q"]:
        return _rule_vi(place, "can", True, m["end"])
    if "?" in m["end"]:
        return None
    at = f" {PLACES_VI[keyed(place)]}" if place else ""
    return f"{'Đừng q' if m['dont'] else 'Q'}uay đầu xe{at}{stop(m['end'])}"


def _rule_vi(place: str | None, how: str, asked: bool, end: str) -> str | None:
    """A U-turn not allowed ("no", "ban" for a sign), allowed ("can") or asked, at `place` (English, or None), in
    Vietnamese: "Ở đây không được quay đầu xe.", "Ở đây được quay đầu xe.", "Ở đây có được quay đầu xe không?", "Cấm
    quay đầu xe."; None where the end does not go with it, and "can" said with no place."""
    if asked != ("?" in end) or not place and how == "can" and not asked:
        return None
    where = PLACES_VI[keyed(place)] if place else ""
    said = {"no": "không được", "ban": "cấm", "can": "có được" if asked else "được"}[how]
    return capitalised(f"{where} {said} quay đầu xe{' không?' if asked else stop(end)}".strip())


def _where_vi(text: str) -> str | None:
    """"Where can I make a U-turn?" as "Tôi có thể quay đầu xe ở đâu?" (_WHERE_EN); None for anything else, and for
    "we" (chúng tôi, or chúng ta?)."""
    m = _WHERE_EN.fullmatch(text)
    return "Tôi có thể quay đầu xe ở đâu?" if m and m["who"] == "I" else None


def _fined_vi(text: str) -> str | None:
    """"I was fined for making an illegal U-turn." as "Tôi bị phạt vì quay đầu sai chỗ.", "My father got fined for
    going the wrong way down a one-way street yesterday." as "Hôm qua bố tôi bị phạt vì đi ngược chiều trên đường
    một chiều.", "Did you get fined for …?" as "Bạn có bị phạt vì … không?", "He's just been fined for …" as "Anh ấy
    vừa bị phạt vì …" (_FINED_EN); None for anything else, a verb not agreeing with who, and "I" or "we" asked."""
    m = _FINED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    q, aux = _words(m["q"]), _words(m["aux"])
    form = {("", "was"): "", ("", "were"): "", ("", "got"): "", ("", "just got"): "vừa ", ("did", "get"): "có ",
            ("was", ""): "có ", ("were", ""): "có "}.get((q, aux))
    if form is None and aux.split(" ")[0] in ("has", "have", "'s", "'ve") and not q:
        form = "vừa " if (aux.split(" ")[0] in ("has", "'s")) == one else None
    be_ = q if q in ("was", "were") else aux if aux in ("was", "were") else None
    if form is None or be_ and not be_agrees(m, be_, past=True) or form == "có " and who_ in ("tôi", "chúng tôi") or (
            form == "vừa " and m["day"]):
        return None
    day = f"{DAYS_VI[m['day'].lower()]} " if m["day"] else ""
    why = REASONS_VI[" ".join(m["why"].split())]
    end = " không?" if form == "có " else stop(m["end"])
    return capitalised(f"{day}{who_} {form}bị phạt vì {why}{end}")


def _one_way_vi(text: str) -> str | None:
    """"This is a one-way street." as "Đây là đường một chiều.", "Is this street one-way?" as "Đường này có phải là
    đường một chiều không?", "It isn't a one-way street." as "Đó không phải là đường một chiều.", "The street in front
    of my house is one-way." as "Đường trước nhà tôi là đường một chiều." (_ONE_WAY_EN); None for anything else."""
    m = _ONE_WAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or m["this"] and m["adj"]:
        return None
    if m["q"] and not m["q"][0].isupper() or not m["q"] and (m["this"] or m["street"] or "T")[0].islower():
        return None  # (a sentence begins with a capital: "this is …" may be a clause cut from another)
    if m["whose"]:
        street = f"đường trước nhà {WHOSE_VI[m['whose'].lower()]}"
    else:
        street = "đường này" if m["street"] else "đây" if m["this"].lower() == "this" else "đó"
    be_ = _words(m["be"])
    said = "có phải là" if m["q"] else "không phải là" if "not" in be_ or "n't" in be_ else "là"
    return capitalised(f"{street} {said} đường một chiều{' không?' if m['q'] else stop(m['end'])}")


def _wrong_way_vi(text: str) -> str | None:
    """"He's going against the traffic." as "Anh ấy đang đi ngược chiều.", "She went the wrong way down a one-way
    street." and "She was driving the wrong way down a one-way street." as "Cô ấy đã đi (lái xe) ngược chiều trên
    đường một chiều.", "Are you driving against the traffic?" as "Bạn có đang lái xe ngược chiều không?", "Don't go
    against the traffic." as "Đừng đi ngược chiều." (_WRONG_WAY_EN, _DONT_EN); None for anything else, a verb
    not agreeing with who, and "we" asked (chúng tôi, or chúng ta?)."""
    if m := _DONT_EN.fullmatch(text):
        return f"Đừng {_GOING_VI[m['verb']]} {_wrong_vi(m)}{stop(m['end'])}"
    m = _WRONG_WAY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    be_, verb, ing = _words(m["q"] or m["be"]), m["verb"], m["verb"].endswith("ing")
    past = be_ in ("was", "were")
    if ing != bool(be_) or m["q"] and (m["be"] or past) or be_ and not be_agrees(m, be_, past=past):
        return None
    if m["q"] and who_ == "chúng tôi":
        return None  # ("Are we going …?": chúng tôi, or chúng ta?)
    if m["day"] and (not past and ing):
        return None
    day = f"{DAYS_VI[m['day'].lower()]} " if m["day"] else ""
    if m["q"]:
        return capitalised(f"{who_} có đang {_GOING_VI[verb]} {_wrong_vi(m)} không?")
    tense = "đã" if past or not ing else "đang"
    return capitalised(f"{day}{who_} {tense} {_GOING_VI[verb]} {_wrong_vi(m)}{stop(m['end'])}")


def _wrong_vi(m: re.Match) -> str:
    """The wrong way of a match of _WHAT_EN in Vietnamese: "ngược chiều" (against the traffic), "ngược chiều trên
    đường một chiều" (the wrong way down a one-way street)."""
    return "ngược chiều" if m["wrong"].lower().startswith("against") else "ngược chiều trên đường một chiều"
