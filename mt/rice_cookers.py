"""Cooking rice in the rice cooker, both ways, written whole by rule: the rice cooker broken or not working, who cooks
rice in it, who has switched it on ("cắm cơm"), pressed its button or washed the rice ("vo gạo"), asked to, the rice
not cooked yet, too mushy, too dry or hard, burnt at the bottom. v8 (rules on) reads "cơm" as muscles, "nồi cơm điện"
as a pot, "cắm" as plugging, "vo" as vomiting or voting: "Nồi cơm điện nhà tôi bị hỏng." → "My home pot is broken.",
"Mẹ tôi đang nấu cơm bằng nồi cơm điện." → "My mother was cooking the muscles with electrical pots.", "Cơm chưa
chín." → "The muscles are not rigid.", "Cơm bị nhão quá." → "The muscles are overwhelmed.", "Tôi cắm cơm rồi." → "I'm
plugged out the rice.", "Con vo gạo giúp mẹ nhé." → "I vomit your mom's rice.", "Mẹ tôi đang vo gạo." → "My mother is
voting the rice."; "Our rice cooker is broken." → "Cơm nấu ăn của chúng tôi bị vỡ.", "I cook rice in a rice cooker."
→ "Tôi nấu cơm trong nấu cơm.", "The rice is too mushy." → "Gạo quá muỗi." (mosquitoes), "I've turned on the rice
cooker." → "Tôi đã ngâm gạo trên bếp trưởng.", "Wash the rice for me, please." → "Làm ơn giặt gạo cho tôi.".

Taken: "nồi cơm điện" (a rice cooker; whose: mt.hobbies.OWNER, "nhà tôi": our, "này") broken ("bị hỏng", "hỏng rồi"),
not broken, not working, asked; who (mt.hobbies.WHO, WHO_EN; no pets, "I" not asked) cooks rice in a rice cooker (a
habit), is cooking it now, doesn't, asked; who has washed the rice, switched the rice cooker on ("cắm cơm", "cắm nồi
cơm", "bật nồi cơm"), pressed its button ("bấm nút nồi cơm"), just ("vừa"), not yet ("chưa"), asked ("… chưa?"), is
washing it ("đang vo gạo"), forgot to press the button; asked to ("Vo gạo giúp mẹ nhé.", "Con cắm cơm đi.", "Bạn … giúp
tôi được không?"); the rice ("cơm", "nồi cơm", "cơm này", "cơm hôm nay") too mushy, dry or hard ("quá"), very ("lắm"), a
bit ("hơi"), dry or hard ("bị"), asked; burnt at the bottom; not cooked yet ("Cơm chưa chín."). Left: the rice burnt,
mushy plain or undercooked, who forgot to switch the rice cooker on (mt/kitchen_mishaps.py's), "Cơm chín chưa?"
(mt/mealtimes.py's: dinner ready), "The rice isn't cooked yet." (mt/cooking.py's), "nồi cơm" alone broken (the pot of
rice gone off?), "Cơm khô." (a dish?), "Vo gạo nhé." (an offer?), "con", "anh", "chị", "em" asked with "nhé" or "được
không" ("Con vo gạo giúp mẹ nhé.": the child offering?), the one helped not the speaker ("Con … giúp em", "giúp bà"),
"anh", "chị", "em" alone saying it, "em" with "ạ" asking (the speaker), a pet as who, "đã" alone or a plain verb
(when?), "xong", a "?" on a statement, "thế" or "vậy" ending one; in English "I" or "we" asked, "The rice is wet."
(washed?), a verb not agreeing, "'s" after a name ("Lan's washed": whose?), "I washed the rice." (when?), "turning on",
and anything else.
mt.phrasebook.translate tries these after mt/bed_making.py.

    >>> translate("Nồi cơm điện nhà tôi bị hỏng.", "vi", "en"), translate("I've washed the rice.", "en", "vi")
    ('Our rice cooker is broken.', 'Tôi vo gạo rồi.')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, owner_of, someone, who,
                      who_vi)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cơm|gạo)"), "en": lazy(r"(?i:\brice)")}
# what is done (English: the verb, its past participle and "-ing", what it is done to)
_TASKS = {"vo gạo": ("wash", "washed", "washing", "the rice"),
          "cắm nồi cơm": ("turn on", "turned on", "turning on", "the rice cooker"),
          "bấm nút nồi cơm": ("press", "pressed", "pressing", "the button on the rice cooker")}
_TASK_OF = {"vo gạo": "vo gạo", "cắm cơm": "cắm nồi cơm", "cắm nồi cơm": "cắm nồi cơm", "bật nồi cơm": "cắm nồi cơm",
            "cắm nồi cơm điện": "cắm nồi cơm", "bật nồi cơm điện": "cắm nồi cơm", "bấm nút nồi cơm": "bấm nút nồi cơm",
            "bấm nút nồi cơm điện": "bấm nút nồi cơm"}
_TASK_EN = {"wash": "vo gạo", "turn": "cắm nồi cơm", "switch": "cắm nồi cơm",
            "press": "bấm nút nồi cơm"}
# the rice as it came out (the first Vietnamese of each is written back), how much so
_STATES = {"nhão": "mushy", "khô": "dry", "cứng": "hard"}
_STATES_VI = {"mushy": "nhão", "soggy": "nhão", "wet": "nhão", "dry": "khô", "hard": "cứng"}
_MUCH = {"quá": "too", "lắm": "very", "hơi": "a bit"}
_MUCH_VI = {"too": "quá", "very": "lắm", "a bit": "hơi", "a little": "hơi"}
# the one asked and the one helped ("Con vo gạo giúp mẹ đi.": the mother asking; "bà", "ông" not: "Con … giúp bà"
# may be a parent asking for the grandmother)
_TOLD_TO, _HELPED = r"(?i:con|bạn|cậu|anh|chị|em)", r"(?i:mẹ|bố|ba|má|tôi|mình|anh|chị|em|con)"
# ... the one helped the speaker, as the one asked calls them ("Con … giúp em": a sibling helped, "Bạn … giúp mẹ": a
# mother); "con", "anh", "chị", "em" also say "I" (_OFFERING)
_SPEAKER_TO = {"con": {"mẹ", "bố", "ba", "má", "tôi", "mình"}, "anh": {"em", "tôi", "mình"},
               "chị": {"em", "tôi", "mình"}, "em": {"anh", "chị", "tôi", "mình"}, "bạn": {"tôi", "mình"},
               "cậu": {"tôi", "mình"}}
_OFFERING = {"con", "anh", "chị", "em"}  # ("Con vo gạo giúp mẹ nhé.": a child offering too, "I'll wash the rice")

_COOKER = r"(?:(?i:cái)\s+)?(?i:nồi\s+cơm\s+điện)"
# the rice cooker broken ("Nồi cơm điện nhà tôi bị hỏng.", "Nồi cơm điện có bị hỏng không?")
_BROKEN = lazy(rf"{_COOKER}(?:\s+nhà\s+(?P<home>tôi|mình|chúng\s+tôi|bạn)|\s+(?:của\s+)?{OWNER}|\s+(?P<this>này))?"
               r"\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<bi>bị\s+)?hỏng|(?P<off>không\s+(?:hoạt\s+động|"
               rf"chạy)))(?:\s+(?P<done>rồi))?{ASKED_END}")
# who cooks rice in it ("Mẹ tôi đang nấu cơm bằng nồi cơm điện.", "Bạn có nấu cơm bằng nồi cơm điện không?")
_COOK = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<now>đang)\s+)?nấu\s+cơm\s+bằng\s+{_COOKER}{ASKED_END}")
_TASK = rf"(?P<task>(?i:{alternatives(_TASK_OF)}))"
# who has done it ("Tôi cắm cơm rồi.", "Mẹ tôi đang vo gạo.", "Bạn vo gạo chưa?", "Tôi quên bấm nút nồi cơm.")
_DONE = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|chưa|đang|quên(?:\s+mất)?)\s+)?{_TASK}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# ... asked to ("Con vo gạo giúp mẹ nhé.", "Cắm cơm đi.", "Bạn cắm cơm giúp tôi được không?")
_TOLD = lazy(rf"(?:(?P<to>{_TOLD_TO})\s+)?{_TASK}(?:\s+giúp\s+(?P<me>{_HELPED}))?\s+(?P<how>đi\s+nhé|đi|nhé|nha|"
             r"được\s+không)\s*(?P<end>[.!?]*)")
# the rice as it came out ("Cơm bị nhão quá.", "Cơm hơi khô.", "Cơm có bị khô không?"), burnt at the bottom, not cooked
_RICE = r"(?:(?i:cơm)|(?i:nồi\s+cơm))(?:\s+(?P<this>này)|\s+(?P<today>hôm\s+nay))?"
_STATE = lazy(rf"{_RICE}\s+(?:(?P<ask>có)\s+)?(?P<bi>bị\s+)?(?:(?P<bit>hơi)\s+)?(?P<state>nhão|khô|cứng)"
              rf"(?:\s+(?P<much>quá|lắm))?{ASKED_END}")
_BOTTOM = lazy(rf"{_RICE}\s+(?:(?P<ask>có)\s+)?bị\s+(?:cháy|khê)\s+(?:ở\s+|dưới\s+)?đáy(?:\s+nồi)?{ASKED_END}")
_RAW = lazy(rf"{_RICE}\s+chưa\s+chín{SOFTENED_END}")

# ... and in English; "I" and "we" asked are left ("Do I …?": should I?; "Have we …?": "chúng ta" or "chúng tôi"?)
_ASKER = ("tôi", "chúng tôi")
_WHOSE_EN = rf"(?P<whose>(?i:the|this|{WHOSE_WORDS})|(?P<someone>{SOMEONE_EN})['’]s)"
_BROKEN_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+rice\s+cooker(?:(?P<be>\s+is|['’]s)|(?P<nt>\s+is\s+not|\s+isn['’]t|"
                  r"['’]s\s+not)|(?P<has>\s+has))?\s+(?:(?P<broken>broken)(?P<down>\s+down)?|(?P<working>working))"
                  r"\s*(?P<end>[.!?]*)")
_COOK_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:is|am|are)|['’](?:s|m|re)|\s+(?:do|does)\s+not|"
                r"\s+(?:don|doesn)['’]t)?\s+(?P<verb>cook|cooks|cooking)\s+rice\s+(?:in|with)\s+(?P<a>a|the)\s+"
                r"rice\s+cooker\s*(?P<end>[.!?]*)")
_OBJ_EN = r"(?P<obj>the\s+rice\s+cooker|the\s+rice|the\s+button\s+on\s+the\s+rice\s+cooker)"
_VERB_EN = r"(?P<verb>(?i:wash|turn|switch|press))(?P<form>ed|ing|)(?P<on1>\s+on)?"
_DONE_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:have|has|am|is|are)(?:\s+not|n['’]t)?|['’](?:ve|s|m|re)"
                rf"|\s+(?P<forgot>forgot\s+to))?(?:\s+(?P<just>just))?\s+{_VERB_EN}\s+{_OBJ_EN}(?P<on2>\s+on)?"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(rf"(?:(?P<please>Please)\s+|(?P<can>Can|Could)\s+you\s+)?{_VERB_EN}\s+{_OBJ_EN}(?P<on2>\s+on)?"
                r"(?P<me>\s+for\s+me)?(?P<please2>,?\s+please)?\s*(?P<end>[.!?]*)")
_THE_RICE_EN = r"(?:(?P<q>Is)\s+(?P<det>the|this)|(?P<det0>The|This))\s+rice(?P<be>\s+is|['’]s)?"
_STATE_EN = lazy(rf"{_THE_RICE_EN}(?:\s+(?P<much>too|very|a\s+bit|a\s+little))?\s+(?P<state>mushy|soggy|wet|dry|hard)"
                 r"(?:\s+(?P<today>today))?\s*(?P<end>[.!?]*)")
_BOTTOM_EN = lazy(rf"{_THE_RICE_EN}\s+(?:burnt|burned)\s+(?:at|on)\s+the\s+bottom(?:\s+of\s+the\s+(?:pot|rice\s+"
                  r"cooker))?(?:\s+(?P<today>today))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the rice cooker broken, rice cooked in it, switched on, the rice washed, or
    the rice as it came out; None for any other."""
    if src == "vi":  # ("thế", "vậy" ending a statement say more: "bị hỏng thế", so broken? then?)
        return None if STRESSED_SAID.search(text) else _broken(text) or _cook(text) or _done(text) or _told(text) or \
            _rice(text)
    return _broken_vi(text) or _cook_vi(text) or _done_vi(text) or _told_vi(text) or _rice_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("… có … không?"), False said; None for "có" or "không?" alone, both "không"
    and asked, or a "?" on a statement."""
    asked, groups = bool(m["asked"]), m.groupdict()
    if asked != ("?" in m["end"]) or bool(groups.get("ask")) != asked or asked and groups.get("not"):
        return None
    return asked


def _stop(end: str) -> str:
    """The end of a said sentence as the source has it: "!" or "."."""
    return "!" if "!" in end else "."


def _broken(text: str) -> str | None:
    """"Nồi cơm điện nhà tôi bị hỏng." as "Our rice cooker is broken.", "Nồi cơm điện của mẹ tôi hỏng rồi." as "My
    mother's rice cooker is broken.", "Nồi cơm điện có bị hỏng không?" as "Is the rice cooker broken?", "Nồi cơm điện
    không hoạt động." as "The rice cooker isn't working." (_BROKEN); None for anything else."""
    m = _BROKEN.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["done"] and (asked or m["not"]) or m["off"] and (asked or m["not"]):
        return None
    if not (m["bi"] or m["done"] or m["off"] or asked):
        return None  # ("Nồi cơm điện hỏng.": a headline, or "rồi" left out)
    whose = ("our" if keyed(m["home"]) != "bạn" else "your") if m["home"] else "this" if m["this"] else owner_of(m)
    if whose is None:
        return None
    cooker = f"{whose} rice cooker"
    if asked:
        return f"Is {cooker} broken?"
    said = "isn't working" if m["off"] else "isn't broken" if m["not"] else "is broken"
    return capitalised(f"{cooker} {said}{_stop(m['end'])}")


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one, as mt.hobbies.who gives them; None for a pet, "I" asked,
    and "em" with "ạ" (the speaker: mt.hobbies.em_speaking)."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _cook(text: str) -> str | None:
    """"Mẹ tôi đang nấu cơm bằng nồi cơm điện." as "My mother is cooking rice in the rice cooker.", "Tôi nấu cơm bằng
    nồi cơm điện." as "I cook rice in a rice cooker.", "Bạn có nấu cơm bằng nồi cơm điện không?" as "Do you cook rice
    in a rice cooker?" (_COOK); None for anything else, and "đang" asked."""
    m = _COOK.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["now"] and asked or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    if m["now"]:
        return capitalised(contracted(who_, f"{be(who_) if not one else 'is'} cooking rice in the rice cooker")
                           + _stop(m["end"]))
    return present(who_, one, "cook", "rice in a rice cooker", asked, bool(m["not"]), _stop(m["end"]))


def _done(text: str) -> str | None:
    """"Tôi cắm cơm rồi." as "I've turned on the rice cooker.", "Mẹ tôi vừa vo gạo." as "My mother has just washed the
    rice.", "Tôi chưa vo gạo." as "I haven't washed the rice yet.", "Bạn vo gạo chưa?" as "Have you washed the rice
    yet?", "Lan đang vo gạo." as "Lan is washing the rice.", "Tôi quên bấm nút nồi cơm." as "I forgot to press the
    button on the rice cooker." (_DONE); None for anything else, "đã" alone (when?), "quên cắm cơm"
    (mt/kitchen_mishaps.py's)."""
    m = _DONE.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    task, aux, done = _TASK_OF[keyed(m["task"])], keyed(m["aux"] or ""), bool(m["done"])
    verb, pp, ing, obj = _TASKS[task]
    have, end = "has" if one else "have", _stop(m["end"])
    if asked:
        return f"{have.capitalize()} {who_} {pp} {obj} yet?" if aux in ("", "đã") and not done else None
    if aux.startswith("quên"):
        return capitalised(f"{who_} forgot to {verb} {obj}{end}") if task == "bấm nút nồi cơm" and not done else None
    if aux == "đang":
        return capitalised(contracted(who_, f"{'is' if one else be(who_)} {ing} {obj}") + end) if (
            task == "vo gạo" and not done) else None
    if aux == "chưa":
        return None if done else capitalised(f"{who_} {have}n't {pp} {obj} yet{end}")
    if aux in ("vừa", "mới", "vừa mới"):
        return None if done else capitalised(contracted(who_, f"{have} just {pp} {obj}") + end)
    return capitalised(contracted(who_, f"{have} {pp} {obj}") + end) if done else None


def _told(text: str) -> str | None:
    """"Vo gạo giúp mẹ nhé." as "Please wash the rice for me.", "Con vo gạo giúp mẹ đi." as "Wash the rice for me.",
    "Cắm cơm đi." as "Turn on the rice cooker.", "Bạn cắm cơm giúp tôi được không?" as "Can you turn on the rice
    cooker for me?" (_TOLD); None for "nhé" or "được không" with no one helped ("Con vo gạo nhé.": an offer?) or after
    "con", "anh", "chị", "em" (_OFFERING), and the one helped not the speaker (_SPEAKER_TO: "Con … giúp em")."""
    m = _TOLD.fullmatch(text)
    if not m:
        return None
    to, me = keyed(m["to"] or ""), keyed(m["me"] or "")
    if to and me and me not in _SPEAKER_TO[to]:
        return None
    how, asked = keyed(m["how"]), "?" in m["end"]
    if to in _OFFERING and "đi" not in how.split():
        return None  # ("Con vo gạo giúp mẹ nhé.", "Em … giúp anh được không?": asked, or the speaker offering?)
    if asked != (how == "được không") or how != "đi" and not m["me"]:
        return None
    if not (m["to"] or m["task"][0].isupper()):
        return None  # (a sentence begins with a capital: "vo gạo đi" inside another is not told)
    verb, _, _, obj = _TASKS[_TASK_OF[keyed(m["task"])]]
    for_me = " for me" if m["me"] else ""
    if asked:
        return f"Can you {verb} {obj}{for_me}?"
    if how == "đi":
        return f"{verb.capitalize()} {obj}{for_me}{_stop(m['end'])}"
    return f"Please {verb} {obj}{for_me}{_stop(m['end'])}"


def _rice(text: str) -> str | None:
    """"Cơm bị nhão quá." as "The rice is too mushy.", "Cơm hơi khô." as "The rice is a bit dry.", "Cơm có bị khô
    không?" as "Is the rice dry?", "Cơm bị cháy ở đáy nồi." as "The rice is burnt at the bottom.", "Cơm chưa chín." as
    "The rice isn't cooked yet." (_STATE, _BOTTOM, _RAW); None for anything else, "Cơm khô." (a dish?), "hơi … quá"
    and "lắm" asked."""
    m = _STATE.fullmatch(text) or _BOTTOM.fullmatch(text) or _RAW.fullmatch(text)
    if not m:
        return None
    rice = "this rice" if m["this"] else "the rice"
    today = " today" if m["today"] else ""
    if m.re == _RAW:
        return None if "?" in m["end"] or today else capitalised(f"{rice} isn't cooked yet{today}{_stop(m['end'])}")
    if (asked := _asked(m)) is None:
        return None
    if m.re == _BOTTOM:
        said = f"burnt at the bottom{today}"
    else:
        much = keyed(m["much"] or "")
        if m["bit"] and much or not (m["bi"] or m["bit"] or much) or asked and much == "lắm" or m["bi"] and m["bit"]:
            return None
        how = "a bit " if m["bit"] else f"{_MUCH[much]} " if much else ""
        said = f"{how}{_STATES[m['state']]}{today}"
    return f"Is {rice} {said}?" if asked else capitalised(f"{rice} is {said}{_stop(m['end'])}")


def _broken_vi(text: str) -> str | None:
    """"Our rice cooker is broken." as "Nồi cơm điện nhà tôi bị hỏng.", "The rice cooker has broken." as "Nồi cơm
    điện bị hỏng rồi.", "Is your rice cooker broken?" as "Nồi cơm điện của bạn có bị hỏng không?", "The rice cooker
    isn't working." as "Nồi cơm điện không hoạt động." (_BROKEN_EN); None for anything else."""
    m = _BROKEN_EN.fullmatch(text)
    said = bool(m) and bool(m["be"] or m["nt"] or m["has"])
    if not m or bool(m["q"]) == said or bool(m["q"]) != ("?" in m["end"]) or m["down"] and not m["has"]:
        return None
    whose = m["whose"].lower()
    if m["someone"]:
        owner = f" của {someone(m['someone'], 'en')}"
    else:
        near = {"the": "", "this": " này", "our": " nhà tôi"}
        owner = near[whose] if whose in near else f" của {WHOSE_VI[whose]}"
    cooker = f"nồi cơm điện{owner}"
    if m["working"]:  # (working only denied: "The rice cooker is working." says little)
        return capitalised(f"{cooker} không hoạt động{_stop(m['end'])}") if m["nt"] else None
    if m["q"]:
        return f"{capitalised(cooker)} có bị hỏng không?"
    if m["has"]:
        return capitalised(f"{cooker} bị hỏng rồi{_stop(m['end'])}")
    return capitalised(f"{cooker} {'không bị' if m['nt'] else 'bị'} hỏng{_stop(m['end'])}")


def _agrees(m: re.Match, first: str, one: bool) -> bool:
    """Whether the verb or auxiliary said first (`first`: "does", "have", "'s", "cooks" …) agrees with who of a
    match of WHO_EN (`one` as mt.hobbies.who_vi gives it; "'s" only after a pronoun: "Lan's" reads as whose)."""
    first = " ".join(first.lower().replace("’", "'").split()).replace("n't", "").replace(" not", "")
    if first in ("is", "am", "are", "'m", "'re") or first == "'s" and m["who"]:
        return be_agrees(m, first)
    if first in ("has", "does", "doesn", "cooks"):
        return one
    return not one and first in ("have", "'ve", "do", "don", "cook")


def _cook_vi(text: str) -> str | None:
    """"My mother is cooking rice in the rice cooker." as "Mẹ tôi đang nấu cơm bằng nồi cơm điện.", "I cook rice in a
    rice cooker." as "Tôi nấu cơm bằng nồi cơm điện.", "Does she cook rice in a rice cooker?" as "Cô ấy có nấu cơm
    bằng nồi cơm điện không?" (_COOK_EN); None for anything else, where the verb does not agree, and "I" or "we"
    asked (_ASKER)."""
    m = _COOK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or animal(m):
        return None
    aux, verb = " ".join((m["aux"] or "").lower().replace("’", "'").split()), m["verb"]
    being = aux in ("is", "am", "are", "'s", "'m", "'re")
    who_, one = who_vi(m)
    if (verb == "cooking") != being or not _agrees(m, m["q"] or aux or verb, one) or m["q"] and who_ in _ASKER:
        return None
    if being:
        return capitalised(f"{who_} đang nấu cơm bằng nồi cơm điện{_stop(m['end'])}")
    if m["q"]:
        return capitalised(f"{who_} có nấu cơm bằng nồi cơm điện không?")
    return capitalised(f"{who_} {'không ' if aux else ''}nấu cơm bằng nồi cơm điện{_stop(m['end'])}")


def _task_en(m: re.Match) -> str | None:
    """The task of a match of _VERB_EN and _OBJ_EN in Vietnamese ("vo gạo", "cắm nồi cơm", "bấm nút nồi cơm"); None
    where the verb is not said of the thing ("wash the rice cooker"), or "on" not once with turn or switch."""
    task, obj = _TASK_EN[m["verb"].lower()], keyed(m["obj"])
    on = bool(m["on1"]) + bool(m["on2"])
    fits = {"vo gạo": "the rice", "cắm nồi cơm": "the rice cooker", "bấm nút nồi cơm": "the button on the rice cooker"}
    return task if fits[task] == obj and on == (task == "cắm nồi cơm") else None


def _done_vi(text: str) -> str | None:
    """"I've washed the rice." as "Tôi vo gạo rồi.", "She's just turned on the rice cooker." as "Cô ấy vừa cắm nồi
    cơm.", "I haven't washed the rice yet." as "Tôi chưa vo gạo.", "Have you turned the rice cooker on yet?" as "Bạn
    cắm nồi cơm chưa?", "My mother is washing the rice." as "Mẹ tôi đang vo gạo." (_DONE_EN); None for anything else,
    where the verb does not agree, and "I" or "we" asked (_ASKER)."""
    m = _DONE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"] or (task := _task_en(m)) is None or \
            animal(m) or m["verb"][0].isupper():
        return None
    who_, one = who_vi(m)
    aux, form, end = " ".join((m["aux"] or "").lower().replace("’", "'").split()), m["form"], _stop(m["end"])
    neg = "not" in aux or "n't" in aux
    if m["forgot"]:
        ok = form == "" and task == "bấm nút nồi cơm" and not (m["just"] or m["yet"])
        return capitalised(f"{who_} quên {task}{end}") if ok else None
    if m["q"]:
        ok = form == "ed" and not m["just"] and _agrees(m, m["q"], one) and who_ not in _ASKER
        return capitalised(f"{who_} {task} chưa?") if ok else None
    if not aux or not _agrees(m, aux, one) or m["yet"] and not neg:
        return None
    if form == "ing":
        ok = aux in ("is", "am", "are", "'s", "'m", "'re") and task == "vo gạo" and not m["just"]
        return capitalised(f"{who_} đang {task}{end}") if ok else None
    if form != "ed" or aux.replace("n't", "").replace(" not", "") not in ("have", "has", "'ve", "'s"):
        return None
    if neg:
        return None if m["just"] else capitalised(f"{who_} chưa {task}{end}")
    return capitalised(f"{who_} vừa {task}{end}" if m["just"] else f"{who_} {task} rồi{end}")


def _told_vi(text: str) -> str | None:
    """"Wash the rice." as "Vo gạo đi.", "Please wash the rice for me." as "Vo gạo giúp tôi nhé.", "Can you turn on
    the rice cooker?" as "Bạn cắm nồi cơm giúp được không?" (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or m["form"] or (task := _task_en(m)) is None:
        return None
    if m["please"] and m["please2"] or m["can"] and (m["please"] or m["please2"]):
        return None
    if not (m["please"] or m["can"] or m["verb"][0].isupper()) or m["please"] and m["verb"][0].isupper():
        return None
    helped = " giúp tôi" if m["me"] else ""
    if m["can"]:
        return f"Bạn {task}{helped or ' giúp'} được không?"
    how = " nhé" if m["please"] or m["please2"] else " đi"
    how = " đi nhé" if how == " nhé" and not helped else how
    return f"{capitalised(task)}{helped}{how}{_stop(m['end'])}"


def _rice_vi(text: str) -> str | None:
    """"The rice is too mushy." as "Cơm bị nhão quá.", "The rice is a bit dry." as "Cơm hơi khô.", "Is the rice
    dry?" as "Cơm có bị khô không?", "The rice is burnt at the bottom." as "Cơm bị cháy ở đáy nồi." (_STATE_EN,
    _BOTTOM_EN); None for anything else, "The rice is wet." (washed rice?) and "mushy" plain (mt/kitchen_mishaps.py's
    )."""
    m = _STATE_EN.fullmatch(text) or _BOTTOM_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    det = (m["det"] or m["det0"]).lower()
    rice = "cơm này" if det == "this" else "cơm hôm nay" if m["today"] else "cơm"
    if det == "this" and m["today"]:
        return None
    if m.re == _BOTTOM_EN:
        return f"{capitalised(rice)} có bị cháy ở đáy nồi không?" if m["q"] else \
            f"{capitalised(rice)} bị cháy ở đáy nồi{_stop(m['end'])}"
    much, state = keyed(m["much"] or ""), m["state"].lower()
    if not much and state in ("wet", "mushy", "soggy") or much == "very" and m["q"]:
        return None
    vi = _STATES_VI[state]
    said = f"hơi {vi}" if _MUCH_VI.get(much) == "hơi" else f"bị {vi} {_MUCH_VI[much]}" if much else f"bị {vi}"
    if m["q"]:
        return f"{capitalised(rice)} có {said} không?"
    return f"{capitalised(rice)} {said}{_stop(m['end'])}"
