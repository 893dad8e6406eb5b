"""Brushing and tying hair, both ways, written whole by rule: tangled hair, having, needing or borrowing a comb, a
hairbrush, a hair tie or a hair clip, and brushing, tying up or plaiting one's own hair or someone's. v8 (rules on)
reads "rối" as confused, "lược" as a strategy, "dây buộc tóc" as wires, "tết" as nothing, and back "tangled" as
caught, "comb" as herbs, "hair tie" as a cake, "plait" as patting: "Tóc tôi rối quá." → "My hair is too confused.",
"Tóc bạn có bị rối không?" → "Do you have trouble?", "Bạn có lược không?" → "Do you have a strategy?", "Cho mình
mượn dây buộc tóc." → "Let me borrow wires.", "Cô ấy đang tết tóc cho con gái." → "She's hair in her daughter.", "Mẹ
tôi hay tết tóc cho tôi." → "My mother or hair for me.", "Chị ấy đang buộc tóc." → "She is forced to hair."; "My hair
is so tangled." → "Tóc tóc của tôi bị vướng quá.", "Do you have a comb?" → "Bạn có thảo dược không?", "Can I borrow a
hair tie?" → "Có thể mượn bánh tóc được không?", "She is plaiting her daughter's hair." → "Cô ấy đang vỗ tóc cho con
gái mình.", "She is tying her hair up." → "Cô ấy đang mọc tóc.", "I need a hairbrush." → "Tôi cần phải vội tóc.".

Taken: whose hair (mt.hobbies.WHO, WHO_EN; people only) is tangled ("bị rối"), so ("quá"), very ("lắm", "rất"), not,
asked, gets tangled easily ("dễ bị rối") or often ("hay bị rối"); who (or anyone, "có ai") has, has not, needs or is
asked whether they have a comb ("lược"), a hairbrush ("bàn chải tóc"), a hair tie ("dây buộc tóc", "dây cột tóc",
"chun", "thun") or a hair clip ("kẹp tóc"); the speaker asking to borrow one, theirs or not, for a moment ("Cho mình
mượn dây buộc tóc.", "Can I borrow your comb?"), or you asked to lend one; who brushes ("chải tóc", "chải đầu"), ties up
("buộc tóc", "cột tóc") or plaits ("tết tóc") their own hair, or whose ("cho" someone, a pronoun or someone by kin or
name, or their own child or younger brother or sister: "cho con gái", her daughter's): now ("đang", asked with "có …
không?"), just ("vừa", "mới"), already ("rồi"), yet asked ("… chưa?") or not yet ("chưa"), as a habit (mt.hobbies
SELDOM words, "every morning", asked with "có hay … không?"), never, has to ("phải"), will ("sẽ", a day ahead), and a
day behind. His or her own is said only where who says which (a name by mt.names.named_his_her). Left: "anh", "chị",
"em" alone saying it, "em" or "mẹ" alone as whom or who ("Mẹ đang chải tóc cho em.": the speaker, or a little brother?),
"mình" as whom (oneself, or me?), a plain verb with no word of time ("Tôi chải tóc.": now, or a habit?), "đã" with no
day or "rồi", "muốn", "đi" ("Con gái tôi muốn tết tóc.": to do it, or to have it done?), "tự", "I" asked, "quá" asked
("Tóc bạn có rối quá không?": too tangled?) and "really" ("Is your hair really tangled?": truly?), pets as who, whose or
whom (fur is "lông": mt/grooming.py brushes it), "em" borrowing ("Cho em mượn …": me, or a little brother?), "any" and
plurals in English, "thế", "vậy" ending a statement, a "?" on a statement, and anything else. Haircuts, salons, hair
loss, dandruff, dyeing, looks, loans and stationery (mt/haircuts.py, salons.py, hair_loss.py, dandruff.py,
hair_dyeing.py, looks.py, loans.py, stationery.py) take none of these shapes.
mt.phrasebook.translate tries these after mt/u_turns.py.

    >>> translate("Tóc tôi rối quá.", "vi", "en"), translate("She is plaiting her daughter's hair.", "en", "vi")
    ('My hair is so tangled.', 'Cô ấy đang tết tóc cho con gái.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ever import OBJECTS
from .hobbies import (EVERY, EVERY_VI, HABIT_VI, SELDOM, SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, as_whom,
                      be_agrees, em_speaking, pet, someone, who, who_vi, whose_own)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, his_her
from .text import (EN_WHOSE, SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, be, capitalised, contracted, keyed,
                   present, progressive)

_KEYS = {"vi": lazy(r"(?i:lược|rối|chải\s+tóc|chải\s+đầu|buộc\s+tóc|cột\s+tóc|tết\s+tóc|kẹp\s+tóc)"),
         "en": lazy(r"(?i:tangled|comb|brush|hair\s+tie|hair\s+clip|tie|tying|plait|braid)")}
# the things, in English, and back ("một cái lược": one, as asked for or needed)
_THINGS = {"lược": "comb", "bàn chải tóc": "hairbrush", "dây buộc tóc": "hair tie", "dây cột tóc": "hair tie",
           "chun buộc tóc": "hair tie", "thun buộc tóc": "hair tie", "thun cột tóc": "hair tie", "kẹp tóc": "hair clip"}
_THINGS_VI = {en: vi for vi, en in reversed(_THINGS.items())} | {"hair brush": "bàn chải tóc"}
_ONE_VI = {"lược": "cái lược", "bàn chải tóc": "cái bàn chải tóc", "dây buộc tóc": "sợi dây buộc tóc",
           "kẹp tóc": "cái kẹp tóc"}
_THING = rf"(?:(?:một\s+)?(?:cái|chiếc|cây|sợi)\s+)?(?P<thing>(?i:{alternatives(_THINGS)}))"
_THING_EN = rf"(?P<det>a|your)\s+(?P<thing>(?i:{alternatives(_THINGS_VI)}))"
# what is done to hair, in English (base, -s, -ing, past), and back
_DOING = {"chải tóc": "brush", "chải đầu": "brush", "buộc tóc": "tie", "cột tóc": "tie", "tết tóc": "plait"}
_FORMS = {"brush": ("brush", "brushes", "brushing", "brushed"), "comb": ("comb", "combs", "combing", "combed"),
          "tie": ("tie", "ties", "tying", "tied"), "plait": ("plait", "plaits", "plaiting", "plaited"),
          "braid": ("braid", "braids", "braiding", "braided")}
_FORM_OF = {said: (base, form) for base, forms in _FORMS.items()
            for form, said in zip(("base", "s", "ing", "ed"), forms)}
_DOING_VI = {"brush": "chải tóc", "comb": "chải tóc", "tie": "buộc tóc", "plait": "tết tóc", "braid": "tết tóc"}
# one's own young, said without whose ("tết tóc cho con gái": her daughter's)
_YOUNG = {"con": "child", "con gái": "daughter", "con trai": "son", "em gái": "little sister",
          "em trai": "little brother"}
_YOUNG_VI = {en: vi for vi, en in _YOUNG.items()} | {"younger sister": "em gái", "younger brother": "em trai"}
# whom as a pronoun, and whose hair that is ("cho tôi": my hair); not "mình" (oneself, or me?)
_WHOSE_OF_WHOM = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}
_WHOM = rf"(?P<whom>(?i:{alternatives(w for w in OBJECTS if w != 'mình')})|{SOMEONE})"
_HOW = {"quá": "so ", "lắm": "very ", "": ""}  # (how tangled: "rối quá", "rối lắm", "rất rối")
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "tối qua", "tối hôm qua", "ngày mai", "sáng mai", "tối mai")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_HABITS = {vi: en for vi, en in SELDOM.items() if en in ("often", "sometimes", "always", "usually", "never")}
_TENSE = (r"(?:(?P<ask>có)\s+)?(?:(?P<tense>đang|vừa\s+mới|vừa|mới|đã|sẽ|phải|chưa\s+bao\s+giờ|chưa|"
          rf"{alternatives(_HABITS)})\s+)?")

_TANGLED = lazy(rf"[Tt]óc\s+(?:của\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<easy>dễ)\s+|"
                r"(?P<often>hay|thường)\s+)?(?:bị\s+)?(?:(?P<very>rất)\s+)?rối(?:\s+(?P<how>quá|lắm))?"
                r"(?:\s+(?P<asked>không))?" + SOFTENED_END)
_HAVE = lazy(rf"(?:(?P<anyone>(?i:có\s+ai))|{WHO})\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+(?=cần)|)(?P<verb>có|cần)\s+"
             rf"{_THING}(?:\s+(?P<asked>không))?{SOFTENED_END}")
_BORROW = lazy(rf"(?:(?P<you>(?i:bạn|cậu))\s+(?:(?P<can>có\s+thể)\s+)?)?[Cc]ho\s+(?P<me>tôi|mình|tớ|chúng\s+tôi)\s+"
               rf"mượn\s+{_THING}(?:\s+(?P<yours>của\s+(?:bạn|cậu)))?(?:\s+(?P<moment>(?:một\s+)?(?:chút|lát)))?"
               r"(?:\s+(?P<tail>được\s+không|không|với|nhé|nha|đi))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
_DO = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?(?:(?P<every>(?i:{alternatives(EVERY)}))\s*,?\s+)?"
           rf"{WHO}\s+{_TENSE}(?P<verb>chải\s+tóc|chải\s+đầu|buộc\s+tóc|cột\s+tóc|tết\s+tóc)(?:\s+cho\s+"
           rf"(?:(?P<young>{alternatives(_YOUNG)})|{_WHOM}))?(?:\s+(?P<every2>{alternatives(EVERY)}))?"
           r"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?" + SOFTENED_END)

# ... in English ("my hair", "my mother's hair")
_WHOSE_EN = rf"(?:(?P<poss>(?i:my|your|his|her|our|their))|(?P<someone>{SOMEONE_EN})'s)"
_TANGLED_EN = lazy(rf"(?:(?P<q>Is|Does)\s+)?{_WHOSE_EN}\s+hair(?P<be>\s+is(?:\s+not|n't)?|'s)?"
                   r"(?:\s+(?P<often>often))?(?P<gets>\s+gets|\s+get|\s+doesn't\s+get|\s+does\s+not\s+get)?"
                   r"\s+(?:(?P<how>so|very|really)\s+)?tangled(?P<easy>\s+easily)?\s*(?P<end>[.!?]*)")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?(?:(?P<anyone>[Aa]nyone|[Aa]nybody)|{WHO_EN})"
                r"(?P<not>\s+(?:do|does)\s+not|\s+(?:don|doesn)'t)?\s+(?P<verb>have|has|need|needs|got)\s+"
                rf"{_THING_EN}\s*(?P<end>[.!?]*)")
_BORROW_EN = lazy(rf"(?:(?i:can|could|may)\s+(?P<me>I|we)\s+borrow|(?i:can|could|would)\s+you\s+lend\s+(?P<me2>me|us))"
                  rf"\s+{_THING_EN}(?P<moment>\s+for\s+a\s+(?:minute|moment|second))?(?:,?\s+please)?\s*\?")
_DAY_EN = rf"(?i:{alternatives(_DAYS_VI)})"
_HAIR_EN = (rf"(?:(?P<yposs>(?i:my|your|his|her|our|their))\s+(?P<young>{alternatives(_YOUNG_VI)})'s|"
            rf"(?P<hposs>(?i:my|your|his|her|our|their))|(?P<someone>{SOMEONE_EN})'s)\s+hair")
_DO_EN = lazy(rf"(?:(?P<day0>{_DAY_EN})\s*,?\s+)?(?:(?P<q>Is|Are|Am|Has|Have|Do|Does)\s+)?{WHO_EN}"
              r"(?P<aux>\s+is|\s+am|\s+are|'s|'m|'re|\s+has\s+to|\s+have\s+to|\s+has|\s+have|'ve|\s+hasn't|"
              r"\s+haven't|\s+will|'ll)?(?:\s+(?P<adv>just|already|often|usually|sometimes|always|never))?"
              rf"\s+(?P<verb>{alternatives(_FORM_OF)})(?P<up0>\s+up)?\s+{_HAIR_EN}(?P<up>\s+up)?"
              rf"(?:\s+(?P<tail>(?i:{alternatives(EVERY_VI)})|yet|already|{_DAY_EN}))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of tangled hair, a comb, hairbrush, hair tie or hair clip had, needed or
    borrowed, or hair brushed, tied up or plaited; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("Tóc tôi rối quá vậy.": so, or then?)
        said = _tangled(text) or _have(text) or _borrow(text) or _do(text)
    else:
        text = text.replace("’", "'")
        said = _tangled_vi(text) or _have_vi(text) or _borrow_vi(text) or _do_vi(text)
    # (a statement's "!" kept as the source has it)
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone, or a "?" on a
    statement."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or bool(m["ask"]) != asked else asked


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she has"); None for a pet, "I" asked, "anh" saying, or "em"
    with "ạ" (the speaker: mt.hobbies.em_speaking)."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _tangled(text: str) -> str | None:
    """"Tóc tôi rối quá." as "My hair is so tangled.", "Tóc bạn có bị rối không?" as "Is your hair tangled?", "Tóc
    tôi dễ bị rối." as "My hair gets tangled easily." (_TANGLED); None for anything else."""
    m = _TANGLED.fullmatch(text)
    asked = m and _asked(m)
    said = None if asked is None or not m or animal(m) or em_speaking(m) else who(m, asked)
    if said is None or m["not"] and (asked or m["how"] or m["very"] or m["often"]) or m["very"] and m["how"] or \
            (m["easy"] or m["often"]) and (m["how"] or m["very"]) or asked and (m["often"] or m["how"] == "quá"):
        return None  # ("Tóc bạn có rối quá không?": too tangled)
    hair, how = f"{_whose(said[0])} hair", _HOW[keyed(m["how"] or "")] or "very " * bool(m["very"])
    if asked:
        return f"Does {hair} get tangled easily?" if m["easy"] else f"Is {hair} {how}tangled?"
    if m["not"]:
        return capitalised(f"{hair} doesn't get tangled easily." if m["easy"] else f"{hair} isn't tangled.")
    if m["easy"] or m["often"]:
        return capitalised(f"{hair}{' often' * bool(m['often'])} gets tangled{' easily' * bool(m['easy'])}.")
    return capitalised(f"{hair} is {how}tangled.")


def _have(text: str) -> str | None:
    """"Bạn có lược không?" as "Do you have a comb?", "Tôi không có dây buộc tóc." as "I don't have a hair tie.",
    "Có ai có dây buộc tóc không?" as "Does anyone have a hair tie?", "Tôi cần một cái lược." as "I need a comb."
    (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and m["not"]:
        return None
    said = (("anyone", True) if asked else None) if m["anyone"] else _person(m, asked)
    if said is None or asked and keyed(m["verb"]) == "cần" and not m["ask"] and not m["anyone"]:
        return None  # ("Bạn cần lược không?": asked without "có", left)
    verb = "need" if keyed(m["verb"]) == "cần" else "have"
    return present(*said, verb, f"a {_THINGS[keyed(m['thing'])]}", asked, bool(m["not"]))


def _borrow(text: str) -> str | None:
    """"Cho mình mượn dây buộc tóc." as "Can I borrow a hair tie?", "Cho tôi mượn lược của bạn một lát được không?"
    as "Can I borrow your comb for a moment?", "Bạn cho tôi mượn cái lược được không?" as "Can you lend me a comb?"
    (_BORROW); None for anything else."""
    m = _BORROW.fullmatch(text)
    if not m:
        return None
    tail = keyed(m["tail"] or "")
    asking = tail in ("được không", "không")
    if asking != ("?" in m["end"]) or tail == "không" and not m["can"] or m["can"] and not asking or \
            m["you"] and not tail:  # ("Bạn cho tôi mượn lược.": asks, or says you did?)
        return None
    we = keyed(m["me"]) == "chúng tôi"
    thing = f"{'your' if m['yours'] else 'a'} {_THINGS[keyed(m['thing'])]}"
    moment = " for a moment" if m["moment"] else ""
    if m["you"]:
        return f"Can you lend {'us' if we else 'me'} {thing}{moment}?"
    return f"Can {'we' if we else 'I'} borrow {thing}{moment}?"


def _do_tense(m: re.Match) -> str | None:
    """How a match of _DO tells its time: "ing", "ing?", "just", "already", "yet?", "not yet", "habit", "habit?",
    "every", "every?", "never", "has never", "has to", "will", "past"; None for any other or a mix."""
    tense, asked, q = keyed(m["tense"] or ""), keyed(m["asked"] or ""), "?" in m["end"]
    every = m["every"] or m["every2"]
    way = NEAR_WAY.get(keyed(m["day"] or ""))
    if q != bool(asked) or m["every"] and m["every2"] or (asked == "không") != bool(m["ask"]):
        return None
    if asked == "không":
        if m["done"] or way:
            return None
        habit = _HABITS.get(tense) in ("often", "usually") and not every
        return "ing?" if tense == "đang" and not every else "habit?" if habit else "every?" if not tense and every \
            else None
    if asked == "chưa":
        return "yet?" if tense in ("", "đã") and not (m["done"] or every or way) else None
    if m["done"]:
        return "already" if tense in ("", "đã") and not (every or way) else None
    if way == "behind":
        return "past" if tense in ("", "đã") and not every else None
    if way == "ahead":
        return "will" if tense in ("", "sẽ") and not every else None
    if tense == "phải":
        return "has to"
    if tense in _HABITS and _HABITS[tense] != "never":  # ("hay … mỗi sáng": often, or every morning?)
        return "habit" if not every or tense == "thường" else None
    if every:
        return "every" if not tense else None
    return {"đang": "ing", "vừa": "just", "mới": "just", "vừa mới": "just", "chưa": "not yet", "không bao giờ": "never",
            "chưa bao giờ": "has never", "sẽ": "will"}.get(tense)


def _do_hair(m: re.Match, who_: str) -> str | None:
    """Whose hair a match of _DO (or of WHO) is done, in English: "her hair" (who's own), "her daughter's hair",
    "my hair" ("cho tôi"), "my mother's hair"; None where English cannot tell whose, or for whom who themself."""
    own = whose_own(m, who_) or (named_his_her(m["given"]) if m["given"] else None)
    if m.groupdict().get("young"):
        return own and f"{own} {_YOUNG[keyed(m['young'])]}'s hair"
    whom = m.groupdict().get("whom")
    if not whom:
        return own and f"{own} hair"
    said = as_whom(whom, "vi")
    whose = _WHOSE_OF_WHOM.get(said) if said in _WHOSE_OF_WHOM else said and f"{said}'s"
    if not whose or pet(whom, "vi") or whose == own and said in _WHOSE_OF_WHOM or said == who_:
        return None  # ("Cô ấy chải tóc cho cô ấy.": herself, or another?)
    return f"{whose} hair"


def _do(text: str) -> str | None:
    """"Cô ấy đang tết tóc cho con gái." as "She is plaiting her daughter's hair.", "Bạn đã chải tóc chưa?" as "Have
    you brushed your hair yet?", "Mỗi sáng tôi chải tóc cho con gái." as "I brush my daughter's hair every morning.",
    "Chị ấy đang buộc tóc." as "She's tying her hair up." (_DO); None for anything else."""
    m = _DO.fullmatch(text)
    how = m and _do_tense(m)
    said = how and _person(m, how.endswith("?"))
    hair = said and _do_hair(m, said[0])
    if not hair:
        return None
    (who_, one), base = said, _DOING[keyed(m["verb"])]
    _, _, ing, ed = _FORMS[base]
    what = f"{hair}{' up' * (base == 'tie')}"
    every = m["every"] or m["every2"]
    when = f" {EVERY[keyed(every)]}" if every else f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    have = "has" if one else "have"
    if how in ("ing", "ing?"):
        return progressive(who_, be(who_), f"{ing} {what}", how == "ing?")
    if how == "yet?":
        return f"{have.capitalize()} {who_} {ed} {what} yet?"
    if how in ("just", "already", "has never"):
        return capitalised(contracted(who_, f"{have} {how.split()[-1]} {ed} {what}") + ".")
    if how == "not yet":
        return capitalised(f"{who_} {have}n't {ed} {what} yet.")
    if how == "past":
        return capitalised(f"{who_} {ed} {what}{when}.")
    if how == "will":
        return capitalised(contracted(who_, f"will {base} {what}") + f"{when}.")
    if how == "has to":
        return present(who_, one, f"have to {base}", f"{what}{when}")
    habit = _HABITS.get(keyed(m["tense"] or ""))
    habit = "usually" if habit == "often" and keyed(m["tense"]) == "thường" and every else habit
    return present(who_, one, base, f"{what}{when}", how.endswith("?"), adverb=f"{habit} " if habit else "")


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese ("tôi", "mẹ tôi"); None for anyone not read."""
    return WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")


def _tangled_vi(text: str) -> str | None:
    """"My hair is so tangled." as "Tóc tôi rối quá.", "Is your hair tangled?" as "Tóc bạn có bị rối không?", "My
    hair gets tangled easily." as "Tóc tôi dễ bị rối." (_TANGLED_EN); None for anything else."""
    m = _TANGLED_EN.fullmatch(text)
    whose = m and not pet(m["someone"], "en") and _whose_vi(m)  # (a pet's hair is fur: "lông")
    if not whose or bool(m["q"]) != ("?" in m["end"]) or bool(m["be"]) == bool(m["gets"] or m["q"]):
        return None
    q, be_, gets = m["q"] or "", m["be"] or "", " ".join((m["gets"] or "").split())
    not_ = "not" in be_ or "n't" in be_ or "not" in gets or "n't" in gets
    hair = f"Tóc {whose}"
    if q == "Does" or gets:  # (gets tangled easily, or often: "My hair gets tangled." alone is left)
        if q == "Is" or m["how"] or (gets == "get") != (q == "Does") or bool(m["easy"]) == bool(m["often"]) or \
                m["often"] and (q or not_):
            return None
        if q:
            return f"{hair} có dễ bị rối không?"
        return f"{hair} {'không ' * not_}{'dễ' if m['easy'] else 'hay'} bị rối."
    how = (m["how"] or "").lower()
    if m["easy"] or m["often"] or not_ and how or q and how in ("so", "really"):
        return None  # ("Is your hair really tangled?": truly)
    if q:
        return f"{hair} có bị rối {'lắm ' * bool(how)}không?"
    if not_:
        return f"{hair} không bị rối."
    return f"{hair} rối quá." if how == "so" else f"{hair} rất rối." if how else f"{hair} bị rối."


def _have_vi(text: str) -> str | None:
    """"Do you have a comb?" as "Bạn có lược không?", "I don't have a hair tie." as "Tôi không có dây buộc tóc.",
    "Have you got a comb?" as "Bạn có lược không?", "I need a hairbrush." as "Tôi cần một cái bàn chải tóc."
    (_HAVE_EN); None for anything else, and where the verb does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    if not m or m["det"] == "your" or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    if m["anyone"]:
        who_, one = "ai", True
        if not m["q"]:
            return None  # ("Anyone has a comb.")
    elif animal(m):
        return None
    else:
        who_, one = who_vi(m)
    q, verb, not_ = (m["q"] or "").lower(), m["verb"].lower(), " ".join((m["not"] or "").split()).lower()
    first = q or not_.split(" ")[0].replace("n't", "") or verb
    if (verb == "got") != (q in ("have", "has")) or (first in ("does", "has", "needs")) != one or \
            (q or not_) and verb in ("has", "needs") or q and who_ == "tôi":
        return None
    thing = _THINGS_VI[m["thing"].lower()]
    if verb.startswith("need"):
        if q:
            return capitalised(f"{who_} có cần {thing} không?")
        return capitalised(f"{who_} không cần {thing}." if not_ else f"{who_} cần một {_ONE_VI[thing]}.")
    if q:
        return f"Có ai có {thing} không?" if m["anyone"] else capitalised(f"{who_} có {thing} không?")
    return capitalised(f"{who_} {'không ' * bool(not_)}có {thing}.")


def _borrow_vi(text: str) -> str | None:
    """"Can I borrow a hair tie?" as "Cho tôi mượn sợi dây buộc tóc được không?", "Could you lend me your comb?" as
    "Bạn cho tôi mượn lược của bạn được không?" (_BORROW_EN); None for anything else."""
    m = _BORROW_EN.fullmatch(text)
    if not m:
        return None
    thing = _THINGS_VI[m["thing"].lower()]
    thing = f"{thing} của bạn" if m["det"].lower() == "your" else _ONE_VI[thing]
    me = "chúng tôi" if (m["me"] or m["me2"]).lower() in ("we", "us") else "tôi"
    moment = " một lát" if m["moment"] else ""
    return f"{'Bạn cho' if m['me2'] else 'Cho'} {me} mượn {thing}{moment} được không?"


def _en_tense(m: re.Match, one: bool) -> str | None:
    """How a match of _DO_EN tells its time, as _do_tense names them; None for any other, where the verb does not
    agree with who, and where a day says otherwise ("Yesterday I'll …")."""
    how = _en_said_tense(m, one)
    way = NEAR_WAY.get(_DAYS_VI.get((m["tail"] or m["day0"] or "").lower(), ""))
    return how if (way == "behind") == (how == "past") and (way != "ahead" or how == "will") else None


def _en_said_tense(m: re.Match, one: bool) -> str | None:
    """How a match of _DO_EN tells its time by its verb, for _en_tense."""
    q, aux, adv = (m["q"] or "").lower(), " ".join((m["aux"] or "").split()).lower(), m["adv"] or ""
    form, tail = _FORM_OF[m["verb"]][1], (m["tail"] or "").lower()
    every, way = tail.startswith("every"), NEAR_WAY.get(_DAYS_VI.get(tail or (m["day0"] or "").lower(), ""))
    if ("?" in m["end"]) != bool(q) or q and aux or m["day0"] and tail:
        return None
    if aux in ("has", "have", "'ve", "hasn't", "haven't") or aux == "'s" and form == "ed" or q in ("has", "have"):
        if form != "ed" or ((q or aux) in ("has", "hasn't", "'s")) != one:
            return None
        if q:
            return "yet?" if tail == "yet" and not adv else None
        if aux.endswith("n't"):
            return "not yet" if tail == "yet" and not adv else None
        return {("just", ""): "just", ("already", ""): "already", ("", "already"): "already",
                ("never", ""): "has never"}.get((adv, tail))
    if form == "ing":
        said = q or aux
        ok = said and be_agrees(m, said) and not adv and not tail
        return ("ing?" if q else "ing") if ok else None
    if aux in ("has to", "have to"):
        return "has to" if form == "base" and (aux == "has to") == one and not adv and tail in ("", *EVERY_VI) \
            and not way else None
    if aux in ("will", "'ll"):
        return "will" if form == "base" and not adv and (not tail or way == "ahead") else None
    if aux or way == "ahead":
        return None
    if form == "ed":
        return "past" if way == "behind" and not adv and not q else None
    if q:
        agrees = form == "base" and (q == "does") == one and q in ("do", "does")
        return None if not agrees or way else "habit?" if adv in ("often", "usually") \
            and not every else "every?" if every and not adv else None
    if (form == "s") != one or way or adv in ("just", "already") or tail in ("yet", "already"):
        return None
    return "habit" if adv and (not every or adv == "usually") else "every" if every and not adv else None


def _hair_vi(m: re.Match, who_: str, own: str | None) -> str | None:
    """Whose hair a match of _DO_EN does, as Vietnamese says it after the verb: "" (who's own), " cho con gái" (who's
    own daughter), " cho tôi", " cho mẹ tôi"; None where it cannot tell ("Lan … her hair": hers, or another's?)."""
    poss = (m["hposs"] or m["yposs"] or m["someone"].split()[0]).lower()
    if m["young"] and poss == own:
        return f" cho {_YOUNG_VI[m['young'].lower()]}"
    if own is None and poss in ("his", "her"):
        return None  # (a name or a friend: their own, or another's?)
    if m["young"] or m["someone"]:
        whom = someone(m["someone"] or f"{poss} {m['young']}", "en")
        return f" cho {whom}" if whom and whom != who_ and not pet(m["someone"], "en") else None
    return "" if poss == own else f" cho {WHOSE_VI[poss]}"


def _do_vi(text: str) -> str | None:
    """"She is plaiting her daughter's hair." as "Cô ấy đang tết tóc cho con gái.", "Have you brushed your hair
    yet?" as "Bạn đã chải tóc chưa?", "My mother often plaits my hair." as "Mẹ tôi hay tết tóc cho tôi." (_DO_EN);
    None for anything else."""
    m = _DO_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    how = _en_tense(m, one)
    own = WHOSE_OF.get((m["who"] or "").lower()) or his_her(who_) if not m["given"] else named_his_her(m["given"])
    whom = None if how is None else _hair_vi(m, who_, own)
    if whom is None or how.endswith("?") and who_ == "tôi":
        return None
    base = _FORM_OF[m["verb"]][0]
    if bool(m["up"] or m["up0"]) != (base == "tie") or m["up"] and m["up0"]:
        return None  # ("tie her hair" alone: into what?)
    did = f"{_DOING_VI[base]}{whom}"
    tail = (m["tail"] or "").lower()
    day = _DAYS_VI.get(tail or (m["day0"] or "").lower())
    every = f" {EVERY_VI[tail]}" if tail in EVERY_VI else ""
    adv = (m["adv"] or "").lower()
    said = {"ing": f"đang {did}", "ing?": f"có đang {did} không?", "just": f"vừa {did}", "already": f"đã {did} rồi",
            "yet?": f"đã {did} chưa?", "not yet": f"chưa {did}", "has never": f"chưa bao giờ {did}",
            "has to": f"phải {did}{every}", "will": f"sẽ {did}", "past": did, "every": f"{did}{every}",
            "every?": f"có {did}{every} không?", "habit": f"{HABIT_VI.get(adv, '')} {did}{every}",
            "habit?": f"có {HABIT_VI.get(adv, '')} {did} không?"}[how]
    opening = f"{day} " if day else ""
    return capitalised(f"{opening}{who_} {said}{'' if said.endswith('?') else '.'}")
