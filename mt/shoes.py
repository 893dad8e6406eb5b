"""Shoes, both ways, written whole by rule: a shoelace undone or broken, shoelaces tied (told, or a child able to),
shoes polished, a sole coming off or worn down, shoes tight or loose, and shoes that hurt. v8 (rules on) reads "tuột"
as slippery, "buộc" as force, "đánh" as hit, "bong" as flaked and "chật" as challenged: "Dây giày của bạn bị tuột." →
"Your shoes are slippery.", "Buộc dây giày vào!" → "Force shoe!", "Con trai tôi đã biết buộc dây giày rồi." → "My son
knew the shoe forced.", "Dây giày bị đứt." → "The shoes were knocked out.", "Tôi cần đánh giày." → "I need to hit
shoes.", "Bạn đã đánh giày chưa?" → "Do you have beaten shoes?", "Đế giày của tôi bị bong." → "My shoes were
flakeed.", "Giày của tôi bị chật." → "My shoes were challenged.", "Giày làm tôi đau chân." → "Wealth gave me a painful
foot."; "Your shoelaces are untied." → "Các dây giày của bạn không được chữa lành.", "Tie your shoelaces!" → "Hãy cho
dây giày của bạn nhé!", "I'm polishing my shoes." → "Tôi đang vặn đôi giày của mình.", "The sole of my shoe is coming
off." → "Món giày của tôi bị tắt.", "These shoes are tight." → "Những đôi giày này rất chặt.", "My shoes hurt." →
"Đôi giày của tôi bị tổn thương.".

Taken: whose (mt.hobbies.OWNER, SOMEONE_EN) shoelace undone ("Bạn bị tuột dây giày kìa." too; "our", "their"
shoelaces) or broken ("the shoelace" too): now, done, just, asked; "Tie your shoelaces!", "Polish your shoes!" told; who
(mt.hobbies.WHO, WHO_EN; in Vietnamese only where his or her is known: not "con tôi" or a name alone) able to tie their
own shoelaces (now, by themselves, not yet, asked) or polishing their own shoes (need, have or want to, now, done, just,
will; asked); the sole of whose shoe coming off (come off, just, asked) and whose soles worn down; whose or these shoes
(new or not) tight, loose, too or a bit tight or big, denied, asked; whose or these shoes hurting one's own feet, asked
(not of the speaker's). Left: shoes torn or worn out (mt/mending.py), wet (mt/getting_wet.py), "this" shoes too or a
bit tight or big (mt/patterns.py), sizes (mt/sizes.py), smelly, taken off, worn or bought (mt/smells.py,
mt/outfits.py), a lace, sole or shoes without whose ("Dây giày bị tuột.": whose?), a lace of many broken (one? all?),
"Can I …?", "Can we …?", "Can you …?" (but "yet" or "by yourself") and "You can tie …" (a leave, or a please?), "Do my
shoes hurt?" (whose feet?), "Tôi đánh giày." (a habit, or a shoeshine's work?), polishing for someone, "đánh" but
"đánh giày" (hit), "rồi" on tight shoes (outgrown?), "rộng" said plainly (roomy?), "anh", "chị", "em" alone, pets.
mt.phrasebook.translate tries these after mt/blushing.py.

    >>> translate("Dây giày của bạn bị tuột.", "vi", "en"), translate("I need to polish my shoes.", "en", "vi")
    ('Your shoelace is undone.', 'Tôi cần đánh giày.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_SELF, EN_WHOSE, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:giày)"), "en": lazy(r"(?i:shoe|laces)")}
_SELF = {EN_WHOSE[w]: EN_SELF[w] for w in EN_WHOSE}  # ("by himself", of "his")
_OWNED = rf"(?:\s+(?:của\s+)?{OWNER})?"
_ASK = r"(?:(?P<ask>có)\s+)?"
_TIE = r"(?:buộc|cột|thắt)\s+dây\s+giày"
_POLISH = r"đánh\s+(?:(?:bóng|xi)\s+)?giày"

# a shoelace undone or broken ("Dây giày của bạn bị tuột kìa.", "Dây giày bị đứt rồi.", "Bạn bị tuột dây giày kìa.")
_LACE = lazy(rf"(?i:dây\s+giày){_OWNED}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới)\s+)?{_ASK}bị\s+(?P<state>tuột|đứt)"
             rf"(?P<out>\s+ra)?(?:\s+(?P<done>rồi))?(?:\s+(?P<look>kìa))?{ASKED_END}")
_UNTIED = lazy(rf"{WHO}\s+{_ASK}bị\s+tuột\s+dây\s+giày(?:\s+(?P<done>rồi))?(?:\s+(?P<look>kìa))?{ASKED_END}")
# told ("Buộc dây giày vào!", "Buộc dây giày lại đi!", "Đánh giày đi!")
_ORDER = lazy(rf"(?:(?P<please>hãy)\s+)?(?:(?P<tie>{_TIE})(?:\s+(?P<on>vào|lại))?|{_POLISH})(?:\s+(?P<go>đi))?"
              r"(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)", re.IGNORECASE)
# able to tie them ("Con trai tôi đã biết buộc dây giày.", "Con gái bạn đã biết tự buộc dây giày chưa?")
_CAN_TIE = lazy(rf"{WHO}\s+(?:(?P<aux>đã|chưa|vẫn\s+chưa|không)\s+|{_ASK})?biết\s+(?:(?P<self>tự)\s+)?{_TIE}"
                rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# polishing ("Tôi cần đánh giày.", "Bố tôi đang đánh giày.", "Bạn đã đánh giày chưa?")
_POLISHING = lazy(rf"{WHO}\s+(?:(?P<aux>cần|phải|muốn|đang|đã|vừa\s+mới|vừa|mới|sẽ)\s+|(?P<ask>có)\s+"
                  rf"(?P<aux2>cần|phải|muốn)\s+)?{_POLISH}(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# the sole ("Đế giày của tôi bị bong.", "Giày tôi bị bong đế rồi.", "Đế giày mẹ tôi bị mòn.")
_SOLE = lazy(rf"(?P<sole0>(?i:đế)\s+)?(?i:giày){_OWNED}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới)\s+)?{_ASK}bị\s+"
             rf"(?P<state>bong|bung|tróc|mòn)(?P<sole>\s+đế)?(?P<out>\s+ra)?(?:\s+(?P<done>rồi))?{ASKED_END}")
# fit ("Giày này bị chật.", "Giày của tôi rộng quá.", "Giày mới của bạn có chật không?")
_SHOES = rf"(?:(?i:đôi)\s+)?(?i:giày)(?P<new>\s+mới)?(?:\s+(?P<this>này)|\s+(?:của\s+)?{OWNER})"
_FIT = lazy(rf"{_SHOES}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<deg>bị|hơi|rất)\s+)?(?P<fit>chật|rộng)"
            rf"(?:\s+(?P<much>quá))?{ASKED_END}")
# hurting ("Giày làm tôi đau chân.", "Đôi giày này làm tôi đau chân.", "Giày mới có làm bạn đau chân không?")
_HURT = lazy(rf"(?:(?P<pair>(?i:đôi))\s+)?(?i:giày)(?P<new>\s+mới)?(?:\s+(?P<this>này))?\s+{_ASK}(?:(?P<now>đang)\s+)?"
             rf"làm\s+(?P<whom>(?i:tôi|bạn|anh\s+ấy|cô\s+ấy|chúng\s+tôi|họ))\s+(?:bị\s+)?đau\s+chân{ASKED_END}")

# ... and in English (the ’ written ' first)
_WHOSE_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})'s)"
_END_EN = r"\s*(?P<end>[.!?]*)"
_LACE_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?(?:(?P<the>(?i:the))|{_WHOSE_EN})\s+(?P<lace>shoelaces?|laces?|shoes?)"
                r"(?P<be>\s+is|\s+are|'s|'re|\s+has|\s+have|'ve)?(?:\s+(?P<just>just))?(?:\s+(?P<come>come|came))?\s+"
                r"(?P<state>undone|untied|broken|broke|snapped)" + _END_EN)
_ORDER_EN = lazy(r"(?:(?P<tie>tie|do\s+up)\s+your\s+(?:shoelaces|laces|shoes)|(?:polish|shine)\s+your\s+shoes)"
                 r"\s*(?P<end>[.!]*)", re.IGNORECASE)
_CAN_TIE_EN = lazy(rf"(?:(?P<q>Can)\s+)?{WHO_EN}(?:\s+(?P<can>can|can't|cannot|can\s+not)|\s+(?P<learnt>has|have|'s|"
                   r"'ve)\s+learn(?:ed|t)\s+to)?\s+tie\s+(?P<owner>\w+)\s+(?:shoe)?laces(?:\s+by\s+(?P<self>\w+))?"
                   r"(?:\s+(?P<when>now|yet))?" + _END_EN)
_POLISHING_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+needs?\s+to|\s+(?:have|has)\s+to|"
                     r"\s+wants?\s+to|\s+am|\s+is|\s+are|'m|'re|'s|\s+will|'ll|(?:\s+have|\s+has|'ve|'s)(?:\s+just)?)?"
                     r"\s+(?P<verb>polish|polished|polishing|shine|shined|shining)\s+(?P<owner>\w+)\s+shoes"
                     r"(?:\s+(?P<yet>yet))?" + _END_EN)
_SOLE_EN = lazy(rf"(?:(?P<q>Is|Has)\s+)?(?i:the)\s+(?P<soles>soles?)\s+of\s+{_WHOSE_EN}\s+(?P<shoe>shoes?)"
                r"(?P<be>\s+is|'s|\s+has|\s+are|'re|\s+have)?(?:\s+(?P<just>just))?\s+"
                r"(?P<verb>coming\s+off|come\s+off|came\s+off|worn\s+down|worn\s+out)" + _END_EN)
_FIT_EN = lazy(rf"(?:(?P<q>Are)\s+)?(?:(?P<these>(?i:these))|{_WHOSE_EN})(?P<new>\s+new)?\s+shoes"
               r"(?P<be>\s+are|'re|\s+are\s+not|\s+aren't)?(?:\s+(?P<deg>too|a\s+bit|a\s+little|very|really))?\s+"
               r"(?P<fit>tight|loose|big)" + _END_EN)
_HURT_EN = lazy(rf"(?:(?P<q>Do)\s+)?(?:(?P<these>(?i:these))|(?P<owner>(?i:{WHOSE_WORDS})))(?P<new>\s+new)?\s+shoes"
                r"(?P<be>\s+are)?\s+(?P<verb>hurt|hurting)(?:\s+(?P<feet>\w+)\s+feet)?" + _END_EN)
_THIRD = {"is", "has", "does", "needs", "wants", "'s"}  # (said of one: "she has"; "I", "you" … say the others)
_OTHER = {"are", "have", "do", "need", "want", "'re", "'ve"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of shoes this module takes (see "Taken" above); None for any other."""
    if src == "vi":
        said = (_lace(text) or _order(text) or _can_tie(text) or _polishing(text) or _sole(text) or _fit(text) or
                _hurt(text))
    else:
        text = text.replace("’", "'")
        said = (_lace_vi(text) or _order_vi(text) or _can_tie_vi(text) or _polishing_vi(text) or _sole_vi(text) or
                _fit_vi(text) or _hurt_vi(text))
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said  # (the "!" kept)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?" or "… chưa?"), False said; None for "?" on a statement, "có"
    or "không?" alone, or both "không?" and "chưa?"."""
    g = m.groupdict()
    asked = bool(g["asked"] or g.get("yet"))
    if asked != ("?" in m["end"]) or bool(g.get("ask")) != bool(g["asked"]) or g["asked"] and g.get("yet"):
        return None
    return asked


def _owner(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English: "my", "my son's", "Lan's"; None where none is said."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    said = m["someone"] and someone(m["someone"], "vi")
    return f"{said}'s" if said else None


def _who(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of WHO in English, whether one ("he has"), and their whose ("my son", True, "his"); None where
    whose is not known ("con tôi", a name alone: his or her?), for a pet, and for "anh" … alone saying it."""
    said = None if animal(m) else who(m, asked)
    whose = said and (whose_own(m, said[0]))
    return said and whose and (*said, whose)


def _lace(text: str) -> str | None:
    """"Dây giày tôi bị tuột rồi." as "My shoelace has come undone.", "Bạn bị tuột dây giày kìa." as "Your shoelace
    is undone." (_LACE, _UNTIED); None for anything else, and for a shoelace undone without whose."""
    m = _LACE.fullmatch(text)
    if m:
        whose = _owner(m) or ("the" if m["state"] == "đứt" else None)
        undone = m["state"] == "tuột"
    else:
        m = _UNTIED.fullmatch(text)
        said = m and (None if animal(m) else who(m, bool(m["asked"])))
        whose, undone = said and (EN_WHOSE.get(said[0]) or f"{said[0]}'s"), True
    if not m or not whose or (asked := _asked(m)) is None or m["look"] and (asked or not undone or m["done"]):
        return None
    aux, many = keyed(m.groupdict().get("aux") or ""), whose in ("our", "their")
    if (m.groupdict().get("out") or many) and not undone or aux and (asked or m["done"] and aux != "đã"):
        return None  # (a lace of many broken: one between them? all of them?)
    # (of many, their laces undone: not "Their shoelace is undone.", one lace between them)
    lace, is_, has = (f"{whose} shoelaces", "are", "have") if many else (f"{whose} shoelace", "is", "has")
    if asked:
        return None if m["done"] else f"{is_.capitalize()} {lace} {'undone' if undone else 'broken'}?"
    just = " just" if aux in ("vừa", "mới", "vừa mới") else ""
    if just or m["done"]:
        return capitalised(f"{lace} {has}{just} {'come undone' if undone else 'broken'}.")
    return capitalised(f"{lace} {f'{is_} undone' if undone else 'broke'}.")


def _order(text: str) -> str | None:
    """"Buộc dây giày vào!", "Buộc dây giày lại đi!" as "Tie your shoelaces!", "Đánh giày đi!" as "Polish your
    shoes!" (_ORDER); None for anything else, and for "Buộc dây giày." alone (an order, or tying them said?)."""
    m = _ORDER.fullmatch(text)
    told = "Tie your shoelaces" if m and m["tie"] else "Polish your shoes"
    return m and (m["go"] or m["please"] or m["on"]) and f"{told}{stop(m['end'])}"


def _can_tie(text: str) -> str | None:
    """"Con trai tôi đã biết buộc dây giày." as "My son can tie his shoelaces now.", "Con gái bạn đã biết tự buộc dây
    giày chưa?" as "Can your daughter tie her shoelaces by herself yet?" (_CAN_TIE); None for any other, "tôi" asked."""
    m = _CAN_TIE.fullmatch(text)
    asked = _asked(m) if m else None
    said = None if asked is None else _who(m, asked)
    aux = keyed(m["aux"] or "") if said else ""
    if not said or asked and said[0] == "I" or m["done"] and (aux not in ("", "đã") or m["asked"]) or aux not in (
            "", "đã") and asked or m["ask"] and aux:
        return None
    who_, _, whose = said
    tie = f"tie {whose} shoelaces{f' by {_SELF[whose]}' if m['self'] else ''}"
    if asked:
        return f"Can {who_} {tie}{' yet' if m['yet'] else ''}?"
    if aux in ("chưa", "vẫn chưa", "không"):  # (not yet, still not, not)
        return capitalised({"chưa": f"{who_} can't {tie} yet.", "không": f"{who_} can't {tie}."}.get(
            aux, f"{who_} still can't {tie}."))
    return capitalised(f"{who_} can {tie}{' now' if aux or m['done'] else ''}.")


# the English of "cần", "đang" … before "đánh giày" (said of others, said of one: "I need", "she needs")
_POLISH_EN = {"cần": ("need to polish", "needs to polish"), "phải": ("have to polish", "has to polish"),
              "muốn": ("want to polish", "wants to polish"), "sẽ": ("will polish",) * 2, "đang": ("{} polishing",) * 2,
              "đã": ("polished",) * 2, "rồi": ("have polished", "has polished")} | dict.fromkeys(
    ("vừa", "mới", "vừa mới"), ("have just polished", "has just polished"))


def _polishing(text: str) -> str | None:
    """"Bố tôi đang đánh giày." as "My father is polishing his shoes.", "Tôi đánh giày rồi." as "I've polished my
    shoes.", "Bạn đã đánh giày chưa?" as "Have you polished your shoes yet?" (_POLISHING); None for anything else."""
    m = _POLISHING.fullmatch(text)
    asked = _asked(m) if m else None
    said = None if asked is None else _who(m, asked)
    if not said:
        return None
    who_, one, whose = said
    aux, shoes = keyed(m["aux"] or m["aux2"] or ""), f"{whose} shoes"
    if asked:
        if m["yet"] and aux in ("", "đã") and not m["done"]:
            return f"{'Has' if one else 'Have'} {who_} polished {shoes} yet?"
        return f"{'Does' if one else 'Do'} {who_} {_POLISH_EN[aux][0]} {shoes}?" if m["aux2"] else None
    if m["done"]:
        aux = "rồi" if aux in ("", "đã") else ""
    verb = _POLISH_EN.get(aux)
    return verb and capitalised(f"{contracted(who_, verb[one].format(be(who_)))} {shoes}.")


def _sole(text: str) -> str | None:
    """"Giày tôi bị bong đế rồi." as "The sole of my shoe has come off.", "Đế giày mẹ tôi bị mòn." as "The soles of
    my mother's shoes are worn down." (_SOLE); None for anything else."""
    m = _SOLE.fullmatch(text)
    if not m or bool(m["sole0"]) == bool(m["sole"]) or not (whose := _owner(m)) or (asked := _asked(m)) is None:
        return None
    aux, worn = keyed(m["aux"] or ""), m["state"] == "mòn"
    if worn:
        return None if aux or m["out"] or asked else f"The soles of {whose} shoes are worn down."
    sole = f"the sole of {whose} shoe"
    if asked:
        return None if aux or m["done"] or m["out"] else f"Is {sole} coming off?"
    if aux in ("vừa", "mới", "vừa mới"):
        return None if m["done"] else capitalised(f"{sole} has just come off.")
    if m["done"] or aux == "đã":
        return capitalised(f"{sole} has come off.")
    return None if m["out"] else capitalised(f"{sole} is coming off.")


def _fit(text: str) -> str | None:
    """"Giày của tôi rộng quá." as "My shoes are too big.", "Giày của bạn có chật không?" as "Are your shoes tight?"
    (_FIT); None for anything else."""
    m = _FIT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or not (m["this"] or (whose := _owner(m))):
        return None
    deg, tight = keyed(m["deg"] or ""), m["fit"] == "chật"
    if m["much"] and deg in ("hơi", "rất") or m["not"] and (m["much"] or deg in ("hơi", "rất")) or not tight and (
            m["not"] or deg == "rất" or not (deg or m["much"])):
        return None  # ("rộng" said plainly may be roomy: taken with "bị", "hơi" or "quá")
    shoes, are = f"{'these' if m['this'] else whose}{' new' if m['new'] else ''} shoes", "aren't" if m["not"] else "are"
    size = "tight" if tight else "big" if deg == "hơi" or m["much"] else "loose"  # ("rộng quá": too big)
    how = ("too " if m["much"] else {"hơi": "a bit ", "rất": "very "}.get(deg, "")) + size
    return f"Are {shoes} {how}?" if asked else capitalised(f"{shoes} {are} {how}.")


def _hurt(text: str) -> str | None:
    """"Giày làm tôi đau chân." as "My shoes hurt my feet.", "Giày mới có làm bạn đau chân không?" as "Do your new
    shoes hurt your feet?" (_HURT); None for anything else ("Do these shoes hurt my feet?": trying them on?)."""
    m = _HURT.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["pair"] and not m["this"] or asked and m["now"]:
        return None
    whose = OWNERS[keyed(m["whom"])]
    if asked and whose in ("my", "our"):
        return None
    shoes = f"{'these' if m['this'] else whose}{' new' if m['new'] else ''} shoes"
    if asked:
        return f"Do {shoes} hurt {whose} feet?"
    return capitalised(f"{shoes} {'are hurting' if m['now'] else 'hurt'} {whose} feet.")


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese: "tôi", "mẹ tôi", "Lan"; None for none."""
    if m["owner"]:
        return WHOSE_VI[m["owner"].lower()]
    return m["named"] and someone(m["named"], "en")


def _lace_vi(text: str) -> str | None:
    """"Your shoelace is undone." as "Dây giày của bạn bị tuột.", "My shoelace has come undone." as "Dây giày của tôi
    bị tuột rồi.", "Is your shoe untied?" as "Dây giày của bạn có bị tuột không?", "The shoelace broke." as "Dây giày
    bị đứt." (_LACE_EN); None for anything else, where "is" or "has" does not agree, and shoelaces broken."""
    m = _LACE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["be"]:
        return None
    said, lace, state = (m["q"] or m["be"] or "").lower().strip(), m["lace"].lower(), m["state"]
    have = said in ("has", "have", "'ve") or said == "'s" and bool(m["come"])
    many, undone = lace.endswith("s"), state in ("undone", "untied")
    if said and (said in ("are", "'re", "have", "'ve")) != many or m["the"] and undone or not (undone or lace in (
            "shoelace", "lace")) or m["come"] and (not undone or (keyed(m["come"]) == "came") == bool(said)) or (
            m["just"] and said and not have):
        return None
    lace_vi = "Dây giày" if m["the"] else f"Dây giày của {_whose_vi(m)}"
    verb = "tuột" if undone else "đứt"
    if m["q"]:
        return f"{lace_vi} có bị {verb} không?" if state in ("undone", "untied", "broken") else None
    if have and (m["come"] or state in ("broken", "snapped")):
        return f"{lace_vi} {'vừa bị' if m['just'] else 'bị'} {verb}{'' if m['just'] else ' rồi'}."
    if said and not have and state in ("undone", "untied", "broken") and not m["just"]:
        return f"{lace_vi} bị {verb}."
    if not said and (keyed(m["come"] or "") == "came" or state in ("broke", "snapped")):
        return f"{lace_vi} {'vừa bị' if m['just'] else 'bị'} {verb}."
    return None


def _order_vi(text: str) -> str | None:
    """"Tie your shoelaces!" as "Buộc dây giày vào!", "Polish your shoes." as "Đánh giày đi." (_ORDER_EN); or None."""
    m = _ORDER_EN.fullmatch(text)
    return m and f"{'Buộc dây giày vào' if m['tie'] else 'Đánh giày đi'}{stop(m['end'])}"


def _agrees(word: str, who_: str, one: bool) -> bool:
    """Whether an English verb said first after or before who (`who_`, `one` of mt.hobbies.who_vi) agrees with it
    ("she has", "I am", "do you"); True for one that agrees with all ("can", "will", "did")."""
    word = word.lower()
    if word in ("am", "'m"):
        return who_ == "tôi"
    if word in _THIRD:
        return one
    return not one and not (word in ("are", "'re") and who_ == "tôi") if word in _OTHER else True


def _own(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one ("mẹ tôi", True), where the group owner is their own
    ("My mother … her shoes"); None for another's ("I … your shoes", "the")."""
    who_, one = who_vi(m)
    return (who_, one) if m["owner"].lower() in WHOSE_VI and own_thing(m, who_, one) and not animal(m) else None


def _can_tie_vi(text: str) -> str | None:
    """"Can your daughter tie her shoelaces yet?" as "Con gái bạn đã biết buộc dây giày chưa?", "She can't tie her
    shoelaces yet." as "Cô ấy chưa biết buộc dây giày." (_CAN_TIE_EN); None for anything else, where whose, "by
    himself" or "has" do not agree with who, and "can" that may ask or give leave or ask it done (see "Left")."""
    m = _CAN_TIE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["can"] or m["learnt"]) or not (said := _own(m)):
        return None
    who_, one = said
    can, when, whose = keyed(m["can"] or ""), m["when"] or "", m["owner"].lower()
    learnt = m["learnt"] and not when and _agrees(m["learnt"], who_, one)
    if m["self"] and _SELF.get(whose) != m["self"].lower() or m["learnt"] and not learnt:
        return None
    if m["q"] and (who_ in ("tôi", "chúng tôi") or who_ == "bạn" and not (when == "yet" or m["self"])) or \
            who_ == "bạn" and can == "can":
        return None  # (a leave asked or given, or a "please": not how able one is)
    tie = f"{'tự ' if m['self'] else ''}buộc dây giày"
    if m["q"]:
        return None if when == "now" else capitalised(
            f"{who_} đã biết {tie} chưa?" if when else f"{who_} có biết {tie} không?")
    if can in ("can't", "cannot", "can not"):
        return None if when == "now" else capitalised(f"{who_} {'chưa' if when else 'không'} biết {tie}.")
    if when == "yet" or not (can or m["learnt"]):
        return None
    return capitalised(f"{who_} {'đã ' if when or m['learnt'] else ''}biết {tie}.")


# English of _POLISHING_EN (the words before the verb, contractions written out, and its form) as Vietnamese
_POLISH_VI = {("need to", "polish"): "cần đánh giày", ("have to", "polish"): "phải đánh giày",
              ("want to", "polish"): "muốn đánh giày", ("be", "polishing"): "đang đánh giày",
              ("will", "polish"): "sẽ đánh giày", ("", "polished"): "đã đánh giày",
              ("have", "polished"): "đã đánh giày rồi", ("have just", "polished"): "vừa đánh giày"}


def _polishing_vi(text: str) -> str | None:
    """"I need to polish my shoes." as "Tôi cần đánh giày.", "I'm polishing my shoes." as "Tôi đang đánh giày.",
    "Do you need to polish your shoes?" as "Bạn có cần đánh giày không?", "Have you polished your shoes yet?" and
    "Did you polish your shoes?" as "Bạn đã đánh giày chưa?" (_POLISHING_EN); None for anything else, and where a
    verb or whose does not agree with who."""
    m = _POLISHING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or not (said := _own(m)):
        return None
    who_, one = said
    verb = m["verb"].replace("shining", "polishing").replace("shined", "polished").replace("shine", "polish")
    words = (m["aux"] or "").replace("'", " '").split()
    first = m["q"] or (words[0] if words else "")
    aux = " ".join(words).replace("needs", "need").replace("wants", "want").replace("has", "have")
    aux = {"am": "be", "is": "be", "are": "be", "'m": "be", "'re": "be", "'s": "have" if verb == "polished" else "be",
           "'ll": "will", "'ve": "have", "'ve just": "have just", "'s just": "have just"}.get(aux, aux)
    if not _agrees(first, who_, one) or m["yet"] and not m["q"] or m["q"] and words and words[0] in _THIRD:
        return None  # (and "Does she needs to …": after "does" the verb as said of many)
    q = (m["q"] or "").lower()
    if q in ("do", "does") and aux in ("need to", "have to", "want to") and verb == "polish" and not m["yet"]:
        return capitalised(f"{who_} có {_POLISH_VI[(aux, verb)]} không?")
    if q in ("have", "has") and not aux and verb == "polished" or q == "did" and not (aux or m["yet"]) and \
            verb == "polish":
        return capitalised(f"{who_} đã đánh giày chưa?")
    vi = None if q else _POLISH_VI.get((aux, verb))
    return vi and capitalised(f"{who_} {vi}.")


def _sole_vi(text: str) -> str | None:
    """"The sole of my shoe is coming off." as "Đế giày của tôi bị bong.", "The sole of my shoe has come off." as "Đế
    giày của tôi bị bong ra rồi.", "Is the sole of your shoe coming off?" as "Đế giày của bạn có bị bong không?", "The
    soles of my shoes are worn down." as "Đế giày của tôi bị mòn." (_SOLE_EN); None for anything else, and where
    "is" or "are" does not agree."""
    m = _SOLE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["be"]:
        return None
    said, verb = (m["q"] or m["be"] or "").lower().strip(), " ".join(m["verb"].split())
    many = m["soles"] == "soles"
    if many != (m["shoe"] == "shoes") or said and (said in ("are", "'re", "have")) != many:
        return None
    sole = f"Đế giày của {_whose_vi(m)}"
    if verb.startswith("worn"):
        return f"{sole} bị mòn." if many and said in ("are", "'re") and not m["just"] else None
    if many:
        return None
    if m["q"]:
        return f"{sole} có bị bong không?" if said == "is" and verb == "coming off" and not m["just"] else None
    if said in ("is", "'s") and verb == "coming off" and not m["just"]:
        return f"{sole} bị bong."
    if said in ("has", "'s") and verb == "come off":
        return f"{sole} vừa bị bong ra." if m["just"] else f"{sole} bị bong ra rồi."
    return f"{sole} bị bong ra." if not said and verb == "came off" and not m["just"] else None


def _fit_vi(text: str) -> str | None:
    """"These shoes are tight." as "Đôi giày này bị chật.", "My shoes are too tight." as "Giày của tôi chật quá.",
    "My new shoes are a bit big." as "Giày mới của tôi hơi rộng.", "Are your shoes tight?" as "Giày của bạn có chật
    không?" (_FIT_EN); None for anything else, and "big" without "too" or "a bit"."""
    m = _FIT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    deg, fit, not_ = keyed(m["deg"] or ""), m["fit"], "n't" in (m["be"] or "") or "not" in (m["be"] or "")
    if fit == "big" and deg not in ("too", "a bit", "a little") or not_ and deg:
        return None
    new = " mới" if m["new"] else ""
    shoes = f"Đôi giày{new} này" if m["these"] else f"Giày{new} của {_whose_vi(m)}"
    vi = "chật" if fit == "tight" else "rộng"
    how = f"{vi} quá" if deg == "too" else f"hơi {vi}" if deg in ("a bit", "a little") else f"rất {vi}" if deg \
        else vi if m["q"] or not_ else f"bị {vi}"
    if m["q"]:
        return f"{shoes} có {how} không?"
    return f"{shoes} {'không ' if not_ else ''}{how}."


def _hurt_vi(text: str) -> str | None:
    """"My shoes hurt." and "My shoes hurt my feet." as "Giày làm tôi đau chân.", "These new shoes hurt my feet." as
    "Đôi giày mới này làm tôi đau chân.", "Do your shoes hurt?" as "Giày có làm bạn đau chân không?" (_HURT_EN); None
    for anything else, for another's feet ("My shoes hurt your feet."), and the speaker asking of their own ("Do my
    shoes hurt?": whose feet?)."""
    m = _HURT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["be"]) != (m["verb"] == "hurting") or m["q"] and m["be"]:
        return None
    feet = (m["feet"] or (m["owner"] or "my")).lower()
    if feet not in WHOSE_VI or m["owner"] and m["owner"].lower() != feet or m["q"] and not (m["feet"] or m["owner"]) \
            or m["q"] and feet in ("my", "our"):
        return None  # (and "Do these shoes hurt?": whose feet?)
    whom, new = WHOSE_VI[feet], " mới" if m["new"] else ""
    shoes = f"Đôi giày{new} này" if m["these"] else f"Giày{new}"
    if m["q"]:
        return f"{shoes} có làm {whom} đau chân không?"
    return f"{shoes} {'đang ' if m['be'] else ''}làm {whom} đau chân."
