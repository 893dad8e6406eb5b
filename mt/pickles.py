"""Home pickling and braising, both ways, written whole by rule: who pickles mustard greens or aubergines ("muối dưa
cải", "làm cà muối"), who braises fish or pork in the clay pot ("kho cá", "kho thịt", "thịt kho trứng" at Tet), when,
how long it takes, and whether the pickles are sour, ready to eat, yet. v8 (rules on) reads "muối" as salty or as
aftershocks, "kho" as a store or an archive, "dưa" as dandruff: "Bà tôi muối dưa cải mỗi tháng." → "My grandma has
improved every month.", "Mẹ tôi đang muối dưa." → "My mother is salty.", "Mẹ tôi đang làm cà muối." → "My mother is
doing a salty coffee.", "Dưa muối chua rồi, ăn được rồi." → "Dandruff and then, eat it.", "Chị ấy đang kho cá." →
"She is in the store of fish.", "Tết nhà tôi hay kho thịt." → "Tet my house or a poultry.", "Bạn có muối dưa không?"
→ "Do you have salty aftershocks?", "Muối dưa mất bao lâu?" → "How long does the aftershock?"; back, "My
grandmother pickles mustard greens every month." → "Mẹ tôi chọn màu xanh lá mỗi tháng.", "My mother is making pickled
aubergines." → "Món của tôi đang dần dần dần nhặt những chiếc đuốc.", "The pickles are sour enough to eat now." →
"Món xíu đủ để ăn bây giờ.".

Taken: who (mt.hobbies.WHO, WHO_EN; "nhà tôi", "gia đình tôi": my family; no pet) making pickles ("muối dưa", "làm dưa
muối"), pickling one of VEG ("muối cà") or making it pickled ("làm cà muối"), braising one of MEAT ("kho cá") or making
one of DISHES ("làm thịt kho trứng"): as a habit ("hay", "thường", every week or month of mt.hobbies.EVERY and
EVERY_MONTH, or at Tet), denied, asked ("có … không?"), now ("đang"), done ("rồi"), just ("vừa", "mới"), ahead ("sẽ",
a day ahead), about to ("sắp"), on a day behind, not yet ("chưa"), asked yet ("… chưa?"), knowing how ("biết"); in
English the same, the verb agreeing with who; how long one of them takes ("Muối dưa mất bao lâu?", "mất khoảng ba
ngày"); pickles of STATE ("dưa muối", "cà muối" …, "này": these) sour now, ready to eat, not yet, or asked yet.
Left: a plain verb with no habit, time or tense ("Mẹ tôi muối dưa.": a habit, or now?), "đã" with no day or "rồi",
"Mẹ", "anh", "chị", "em" alone saying it (Mum, or the speaker?), "em" asking with "ạ" (the speaker), "mình" and
"chúng ta" (I, we, or let's?), "I" asked, "thế", "vậy" ending a statement (so often? then?), Tet and every week or
month at once, braising asked with no habit or Tet ("Bạn có kho cá không?": a fish store had?), a bare "dưa" sour
("Dưa chua rồi.": a melon gone off?), "has" or "have" with pickled or braised things, no "already" or "the" ("We have
pickled cucumbers.": some in the fridge?), "The pickles are sour." with no "now" (a taste: mt/tastes.py), "muối" as
salt ("Cho thêm muối vào.": mt/cooking.py), "kho" as a storeroom ("nhà kho", "kho hàng"), food gone off
(mt/spoiled_food.py), Tet's candied fruit and banh chung (mt/tet_preparations.py), and anything else.
mt.phrasebook.translate tries these after mt/stains.py.

    >>> translate("Chị ấy đang kho cá.", "vi", "en"), translate("My mother is making pickled aubergines.", "en", "vi")
    ("She's braising fish.", 'Mẹ tôi đang làm cà muối.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import EVERY, EVERY_MONTH, HABIT_VI, WHO, WHO_EN, animal, em_speaking, first_agrees, who, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, present, stop

# what is pickled, and how it is braised (the first Vietnamese of each is written back)
VEG = {"dưa cải": "mustard greens", "cà": "aubergines", "cà pháo": "baby aubergines", "dưa chuột": "cucumbers",
       "dưa leo": "cucumbers", "củ cải": "radishes"}
VEG_VI = {en: vi for vi, en in reversed(VEG.items())}
MEAT = {"cá": "fish", "thịt": "pork", "thịt lợn": "pork", "thịt heo": "pork"}
MEAT_VI = {en: vi for vi, en in reversed(MEAT.items())}
DISHES = {"thịt kho trứng": "braised pork and eggs", "thịt kho tàu": "braised pork and eggs",
          "thịt kho": "braised pork", "cá kho": "braised fish"}
DISHES_VI = {en: vi for vi, en in reversed(DISHES.items())}
# pickles that are sour, or ready (English with "the")
STATE = {"dưa muối": "pickles", "dưa cải muối": "pickled mustard greens", "dưa cải": "pickled mustard greens",
         "cà muối": "pickled aubergines", "cà pháo muối": "pickled baby aubergines",
         "dưa chuột muối": "pickled cucumbers"}
STATE_VI = {en: vi for vi, en in reversed(STATE.items())}
# the days a pickling or braising is said on: behind (done) and ahead (will)
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "ngày mai", "ngày kia", "tuần sau", "tháng sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_EVERY = {vi: en for vi, en in (EVERY | EVERY_MONTH).items() if en in ("every week", "every month", "every weekend")}
_EVERY_VI = {en: vi for vi, en in reversed(_EVERY.items())}
_UNITS = {"ngày": "day", "tuần": "week", "tiếng": "hour", "giờ": "hour"}
_UNITS_VI = {"day": "ngày", "week": "tuần", "hour": "tiếng"}
_N_VI = {vi_word(n): n for n in range(1, 31)}
_N_EN = {en_word(n): n for n in range(1, 31)}
# the English verbs said: base, with "-s", past (and participle), "-ing"
_VERBS = {"make": ("makes", "made", "making"), "pickle": ("pickles", "pickled", "pickling"),
          "braise": ("braises", "braised", "braising")}
_FORMS = {form: (base, k) for base, forms in _VERBS.items() for k, form in enumerate((base, *forms))}
_KEYS = {"vi": lazy(r"(?i:muối|dưa\s+cải|kho\s+(?:cá|thịt)|(?:cá|thịt)\s+kho)"), "en": lazy(r"(?i:pickl|brais)")}

# what is done, in Vietnamese
_DOING = (rf"(?:muối\s+(?:(?P<veg>{alternatives(VEG)})|(?P<dua>dưa))|làm\s+(?:(?P<made>{alternatives(VEG)})|"
          rf"(?P<dua2>dưa))\s+muối|kho\s+(?P<meat>{alternatives(MEAT)})|"
          rf"(?:làm|nấu)\s+(?P<dish>{alternatives(DISHES)}))")
_FAMILY = rf"(?P<fam>(?i:nhà|gia\s+đình))\s+(?:của\s+)?(?P<fwhose>(?i:{alternatives(OWNERS)}))"
_TET = r"(?i:(?:vào\s+)?(?:dịp\s+|ngày\s+)?tết)"
_ACT = lazy(rf"(?:(?:(?P<tet0>{_TET})|(?P<day0>(?i:{alternatives(_DAYS)})))\s*,?\s+)?(?:{_FAMILY}|{WHO})\s+"
            r"(?:(?P<aux>đang|vừa\s+mới|vừa|mới|đã|sẽ|sắp|chưa|không|có)\s+)?(?:(?P<habit>hay|thường)\s+)?"
            rf"(?:(?P<know>biết)\s+)?{_DOING}(?:\s+(?P<every>{alternatives(_EVERY)})|\s+(?P<tet>{_TET})|"
            rf"\s+(?P<day>{alternatives(_DAYS)}))?(?:\s+(?P<done>rồi)|\s+(?P<tail>không|chưa))?{SOFTENED_END}")
_TOOK = lazy(rf"(?P<open>{_DOING})\s+mất\s+(?:(?P<about>khoảng)\s+)?(?:(?P<n>\d{{1,2}}|{alternatives(_N_VI)})\s+"
             rf"(?P<unit>{alternatives(_UNITS)})|(?P<how>bao\s+lâu)){SOFTENED_END}", re.IGNORECASE)
_STATE = lazy(rf"(?P<thing>(?i:{alternatives(STATE)}))(?:\s+(?P<this>này))?\s+(?:(?P<sour>(?:đã\s+)?chua\s+rồi)"
              r"(?:\s*,\s*(?P<ready>ăn\s+được\s+rồi))?|(?P<eat>ăn\s+được\s+rồi)|(?P<still>vẫn\s+)?chưa\s+"
              rf"(?P<nsour>chua|ăn\s+được)|(?:đã\s+)?(?P<qsour>chua|ăn\s+được)\s+chưa){SOFTENED_END}")

# ... and in English
_OBJ_EN = (rf"(?:(?P<pickles>pickles)|pickled\s+(?P<made>{alternatives(VEG_VI)})|(?P<dish>{alternatives(DISHES_VI)})|"
           rf"(?P<the>the\s+)?(?P<meat>{alternatives(MEAT_VI)})|(?P<veg>{alternatives(VEG_VI)}))")
_VERB_EN = rf"(?P<verb>{alternatives(_FORMS)})\s+{_OBJ_EN}"
_WHO_EN = rf"(?:(?P<fwhose>(?i:{WHOSE_WORDS}))\s+family|{WHO_EN})"
_ACT_EN = lazy(rf"(?:(?P<tet0>At\s+Tet)\s*,?\s+)?(?:(?P<q>Do|Does|Have|Has)\s+)?{_WHO_EN}"
               r"(?P<aux>\s+(?:is|am|are|has|have|will|do|does)(?:\s+not|n['’]t)?|['’](?:s|m|re|ve|ll))?"
               r"(?P<about>\s+about\s+to)?(?:\s+(?P<adv>often|usually|always|sometimes|just|already))?\s+"
               rf"(?:(?P<know>knows?)\s+how\s+to\s+)?{_VERB_EN}(?:\s+(?P<every>{alternatives(_EVERY_VI)})|"
               rf"\s+(?P<tet>at\s+Tet)|\s+(?P<day>{alternatives(_DAYS_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_N = rf"(?P<n>\d{{1,2}}|{alternatives(_N_EN)})"
_TOOK_EN = lazy(rf"(?:How\s+long\s+does\s+it\s+take\s+to\s+{_VERB_EN}\s*(?P<how>\?+)|(?:(?P<it>It)\s+takes|"
                rf"(?P<ing>\w+ing\s+.+?)\s+takes)\s+(?:(?P<about>about)\s+)?{_N}\s+(?P<unit>days?|weeks?|hours?)"
                r"(?(it)\s+to\s+(?P<to>.+?)|)\s*(?P<end>[.!]*))")
_STATE_EN = lazy(rf"(?:(?P<q>Are)\s+)?(?P<det>[Tt]he|[Tt]hese)\s+(?P<thing>{alternatives(STATE_VI)})"
                 r"(?P<be>\s+are(?:\s+not|n['’]t)?|['’]re)?\s+(?:(?P<sour>sour)(?P<enough>\s+enough\s+to\s+eat)?|"
                 r"(?P<ready>ready)(?:\s+to\s+eat)?)(?P<now>\s+now)?(?P<yet>\s+yet)?"
                 r"(?P<then>,\s+(?:they['’]re|they\s+are)\s+ready\s+to\s+eat(?:\s+now)?)?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who pickles or braises what and when, how long it takes, or
    whether the pickles are sour or ready yet; None for any other."""
    if src == "vi":  # ("thế", "vậy" ending a statement say more: "Mẹ tôi hay muối dưa thế.", so often)
        return None if STRESSED_SAID.search(text) else _act(text) or _took(text) or _state(text)
    text = text.replace("’", "'")
    return _act_vi(text) or _took_vi(text) or _state_vi(text)


def _doing(m: re.Match) -> tuple[str, str, str]:
    """What a match of _DOING does: its Vietnamese as written back ("muối dưa", "kho cá"), and its English verb and
    object ("make", "pickles"; "braise", "fish")."""
    if m["dua"] or m["dua2"]:
        return "muối dưa", "make", "pickles"
    if m["veg"]:
        veg = VEG_VI[VEG[keyed(m["veg"])]]
        return f"muối {veg}", "pickle", VEG[veg]
    if m["made"]:
        veg = VEG_VI[VEG[keyed(m["made"])]]
        return f"làm {veg} muối", "make", f"pickled {VEG[veg]}"
    if m["meat"]:
        return f"kho {MEAT_VI[MEAT[keyed(m['meat'])]]}", "braise", MEAT[keyed(m["meat"])]
    return f"làm {DISHES_VI[DISHES[keyed(m['dish'])]]}", "make", DISHES[keyed(m["dish"])]


def _doing_en(m: re.Match) -> tuple[str, str, str] | None:
    """What a match of _VERB_EN does, as _doing gives it ("muối dưa", "make", "pickles"); None where the verb does not
    go with the thing ("braise pickles", "make fish")."""
    base = _FORMS[m["verb"].lower()][0]
    if base == "make" and m["pickles"]:
        return "muối dưa", base, "pickles"
    if base == "make" and m["made"]:
        return f"làm {VEG_VI[m['made'].lower()]} muối", base, f"pickled {m['made'].lower()}"
    if base == "make" and m["dish"]:
        return f"làm {DISHES_VI[m['dish'].lower()]}", base, m["dish"].lower()
    if base == "pickle" and m["veg"]:
        return f"muối {VEG_VI[m['veg'].lower()]}", base, m["veg"].lower()
    if base == "braise" and m["meat"]:
        return f"kho {MEAT_VI[m['meat'].lower()]}", base, m["meat"].lower()
    return None


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _FAMILY or WHO in English, and whether one ("my family", True); None for a pet, "I" asked,
    "anh", "chị", "em" alone saying it (mt.hobbies.who), "em" asking with "ạ" (the speaker: "Em có muối dưa không
    ạ?", do I?), and "mình", "chúng ta" (I or we? we, or let's?)."""
    if m["fam"]:
        return f"{OWNERS[keyed(m['fwhose'])]} family", True
    if keyed(m["who"] or "") in ("mình", "chúng ta"):
        return None
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" else said


def _tense(m: re.Match) -> str | None:
    """The tense a match of _ACT says: "present" (a habit, or at Tet), "asked", "now", "done", "just", "will",
    "about", "not yet", "yet?", "past", "not", "know"; None where its words do not make one of them surely."""
    aux, tail, asked = keyed(m["aux"] or ""), m["tail"], "?" in m["end"]
    day = m["day0"] or m["day"]
    way = NEAR_WAY[keyed(day)] if day else ""
    habit, more = m["habit"], m["every"] or m["tet0"] or m["tet"]
    if asked != bool(tail) or m["tet0"] and m["tet"] or m["day0"] and m["day"] or (more or habit) and day \
            or m["tet0"] and m["every"]:  # ("Tết nhà tôi muối dưa mỗi tháng.": every month at Tet?)
        return None
    if m["know"]:
        plain = not (habit or more or day or m["done"])
        return "know" if plain and (aux, tail) in (("", None), ("không", None), ("có", "không")) else None
    if tail == "không":  # ("Bạn có kho cá không?" may ask who has a fish store: braising asked needs a habit or Tet)
        return "asked" if aux == "có" and not day and (not m["meat"] or habit or more) else None
    if tail == "chưa":
        return "yet?" if aux in ("", "đã") and not (habit or more or day) else None
    if m["done"]:
        return "done" if aux in ("", "đã") and not (habit or more or day) else None
    plain = not (habit or more or day)
    if aux in ("vừa", "mới", "vừa mới", "đang", "sắp", "chưa"):
        return {"vừa": "just", "mới": "just", "vừa mới": "just", "đang": "now", "sắp": "about",
                "chưa": "not yet"}[aux] if plain else None
    if aux in ("sẽ", "") and way == "ahead":
        return "will"
    if aux == "sẽ":
        return "will" if plain else None
    if aux in ("đã", "") and way == "behind":
        return "past"
    if aux == "không":
        return "not" if not (habit or day or m["every"]) else None
    return "present" if aux == "" and not day and (habit or more) else None


def _act(text: str) -> str | None:
    """"Bà tôi muối dưa cải mỗi tháng." as "My grandmother pickles mustard greens every month.", "Chị ấy đang kho
    cá." as "She's braising fish.", "Tết nhà tôi hay kho thịt." as "At Tet my family usually braises pork.", "Bạn đã
    muối dưa chưa?" as "Have you made pickles yet?" (_ACT); None for anything else."""
    m = _ACT.fullmatch(text)
    tense = m and _tense(m)
    said = tense and _who(m, tense in ("asked", "yet?") or tense == "know" and m["tail"] is not None)
    if not said:
        return None
    who_, one = said
    _, base, obj = _doing(m)
    _, done, doing = _VERBS[base]
    tet = bool(m["tet0"] or m["tet"])
    when = (f" {_EVERY[keyed(m['every'])]}" if m["every"] else "") + (" at Tet" if m["tet"] else "")
    day = m["day0"] or m["day"]
    day = f" {_DAYS[keyed(day)]}" if day else ""
    adverb = ("usually " if tet or m["every"] else "often ") if m["habit"] else ""
    end = stop(m["end"])
    # (done, or yet: "Have you braised the fish yet?"; "has pickled mustard greens" may be greens she has)
    the = f"the {obj}" if base == "braise" or base == "pickle" and tense in ("done", "just") else obj
    if tense in ("present", "asked", "not", "know"):
        verb, rest = ("know", f"how to {base} {obj}") if tense == "know" else (base, obj)
        asked = tense == "asked" or tense == "know" and m["tail"] is not None
        if m["tet0"] and asked:  # ("Tết nhà bạn có kho thịt không?": asked at the end)
            when, tet = " at Tet", False
        said = present(who_, one, verb, f"{rest}{when}", asked, keyed(m["aux"] or "") == "không", end, adverb)
    elif tense == "yet?":
        said = f"{'Has' if one else 'Have'} {who_} {done} {the} yet?"
    elif tense == "not yet":
        said = f"{who_} {'hasn' if one else 'haven'}'t {done} {the} yet{end}"
    else:
        said = contracted(who_, {"now": f"{be(who_)} {doing} {obj}", "about": f"{be(who_)} about to {base} {obj}",
                                 "done": f"{'has' if one else 'have'} {done} {the}",
                                 "just": f"{'has' if one else 'have'} just {done} {the}", "will": f"will {base} {obj}",
                                 "past": f"{done} {obj}"}[tense]) + f"{day}{end}"
    said = capitalised(said)
    return f"At Tet {who_}{said[len(who_):]}" if m["tet0"] and tet else said


def _number(said: str, table: dict[str, int]) -> int:
    """A count said in figures or in words of `table` ("3", "ba", "three")."""
    return int(said) if said.isdigit() else table[keyed(said)]


def _took(text: str) -> str | None:
    """"Muối dưa mất bao lâu?" as "How long does it take to make pickles?", "Muối dưa mất khoảng ba ngày." as
    "Making pickles takes about three days." (_TOOK); None for anything else, and a "?" on a statement."""
    m = _TOOK.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]):
        return None
    _, base, obj = _doing(m)
    if m["how"]:
        return f"How long does it take to {base} {obj}?"
    n, unit = _number(m["n"], _N_VI), _UNITS[keyed(m["unit"])]
    if not 0 < n <= 30:
        return None
    about = "about " if m["about"] else ""
    return capitalised(f"{_VERBS[base][2]} {obj} takes {about}{en_word(n)} {unit}{'s' * (n > 1)}{stop(m['end'])}")


def _state(text: str) -> str | None:
    """"Dưa muối chua rồi, ăn được rồi." as "The pickles are sour now, they're ready to eat.", "Cà muối chưa chua."
    as "The pickled aubergines aren't sour yet.", "Dưa muối ăn được chưa?" as "Are the pickles ready to eat yet?"
    (_STATE); None for anything else."""
    m = _STATE.fullmatch(text)
    if not m or bool(m["qsour"]) != ("?" in m["end"]):
        return None
    things = f"{'these' if m['this'] else 'the'} {STATE[keyed(m['thing'])]}"
    if m["qsour"]:
        return f"Are {things} {'sour' if keyed(m['qsour']) == 'chua' else 'ready to eat'} yet?"
    end = stop(m["end"])
    if m["nsour"]:
        state = "sour" if keyed(m["nsour"]) == "chua" else "ready to eat"
        said = f"still aren't {state}" if m["still"] else f"aren't {state} yet"
        return capitalised(f"{things} {said}{end}")
    if m["eat"]:
        return capitalised(f"{things} are ready to eat now{end}")
    ready = ", they're ready to eat" if m["ready"] else ""
    return capitalised(f"{things} are sour now{ready}{end}")


def _who_vi(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _WHO_EN in Vietnamese, and whether one: "nhà tôi" (True, "my family") or mt.hobbies.who_vi;
    None for a pet."""
    if m["fwhose"]:
        return f"nhà {WHOSE_VI[m['fwhose'].lower()]}", True
    return None if animal(m) else who_vi(m)


def _aux(m: re.Match) -> str:
    """The auxiliary of a match of _ACT_EN in small letters, "n't" written out ("doesn't" as "does not"), so that its
    first word is read and agreed as said out ("She don't make pickles.": "do", not "she")."""
    return " ".join((m["aux"] or "").lower().replace("n't", " not").split())


def _tense_en(m: re.Match, form: int) -> str | None:
    """The tense of a match of _ACT_EN, as _tense names them, of the verb's `form` (0 base, 1 with "-s", 2 past, 3
    "-ing"); None where its words do not make one surely."""
    q, aux = (m["q"] or "").lower(), _aux(m)
    first, neg, adv = aux.split(" ")[0] if aux else "", "not" in aux, m["adv"]
    habit = adv in ("often", "usually", "always", "sometimes")
    day = m["day"]
    way = NEAR_WAY[_DAYS_VI[day.lower()]] if day else ""
    if bool(q) != ("?" in m["end"]) or q and aux or bool(m["yet"]) != (q in ("have", "has") or neg and
                                                                       first in ("has", "have")) \
            or m["tet0"] and m["every"]:  # ("At Tet we make pickles every week.": every week at Tet?)
        return None
    if m["about"]:
        return "about" if first in ("is", "am", "are", "'s", "'m", "'re") and not (neg or adv or day) and form == 0 \
            else None
    if m["know"]:
        ok = not (adv or day or m["every"] or m["tet"] or m["tet0"]) and form == 0
        return "know" if ok and (q in ("do", "does") or first in ("do", "does") and neg or not (q or aux)) else None
    if q in ("do", "does"):
        return "asked" if form == 0 and not (day or adv and not habit) else None
    if q in ("have", "has") or first in ("has", "have", "'ve") or first == "'s" and form == 2:
        if form != 2 or day or m["every"] or m["tet"] or m["tet0"] or habit:
            return None
        # ("We have pickled cucumbers.", "She has braised fish.": some she has, or a meal? "already", "the" say done)
        if first in ("has", "have") and not (neg or q or adv == "already" or m["the"]) and \
                _FORMS[m["verb"].lower()][0] != "make":
            return None
        return ("yet?" if q else "not yet") if neg or q else "just" if adv == "just" else "done"
    if first in ("is", "am", "are", "'s", "'m", "'re"):
        return "now" if form == 3 and not (neg or adv or day or m["every"] or m["tet"] or m["tet0"]) else None
    if first in ("will", "'ll"):
        return "will" if form == 0 and not (neg or adv or way == "behind" or m["every"] or m["tet"]) else None
    if first in ("do", "does"):
        return "not" if neg and form == 0 and not (adv or day) else None
    if form == 2 and not (adv and adv != "just" or m["every"] or m["tet"] or m["tet0"] or way == "ahead"):
        return "just" if adv == "just" and not day else "past" if not adv else None
    return "present" if form in (0, 1) and not (day or adv in ("just", "already")) else None


def _act_vi(text: str) -> str | None:
    """"My grandmother pickles mustard greens every month." as "Bà tôi muối dưa cải mỗi tháng.", "My mother is
    making pickled aubergines." as "Mẹ tôi đang làm cà muối.", "At Tet my family usually makes braised pork." as
    "Tết nhà tôi thường làm thịt kho.", "Have you braised the fish yet?" as "Bạn đã kho cá chưa?" (_ACT_EN); None for
    anything else, and where a verb does not agree with who ("She make pickles.")."""
    m = _ACT_EN.fullmatch(text)
    doing = m and _doing_en(m)
    if not doing:
        return None
    form = _FORMS[m["verb"].lower()][1]
    tense, said = _tense_en(m, form), _who_vi(m)
    if tense is None or said is None or (tense in ("asked", "yet?") or tense == "know" and m["q"]) and said[0] == "tôi":
        return None
    who_, one = said
    first = (m["q"] or "").lower() or _aux(m).split(" ")[0]
    if first == "'s" and tense in ("done", "just", "not yet"):
        first = "has"
    if not first_agrees(first, who_, one) or tense in ("present", "know") and not (m["q"] or m["aux"]) and \
            (form == 1 if tense == "present" else m["know"].lower() == "knows") != one:
        return None
    vi = doing[0]
    habit = f"{HABIT_VI[m['adv']]} " if m["adv"] in ("often", "usually", "always", "sometimes") else ""
    when = f" {_EVERY_VI[m['every'].lower()]}" if m["every"] else " vào dịp Tết" if m["tet"] else ""
    day = _DAYS_VI[m["day"].lower()] if m["day"] else ""
    end = stop(m["end"])
    said = {"present": f"{who_} {habit}{vi}{when}{end}", "asked": f"{who_} có {habit}{vi}{when} không?",
            "not": f"{who_} không {vi}{when}{end}", "now": f"{who_} đang {vi}{end}", "done": f"{who_} {vi} rồi{end}",
            "just": f"{who_} vừa {vi}{end}", "yet?": f"{who_} đã {vi} chưa?", "not yet": f"{who_} chưa {vi}{end}",
            "about": f"{who_} sắp {vi}{end}", "will": f"{who_} sẽ {vi}{end}",
            "past": f"{who_} {'' if day else 'đã '}{vi}{end}",
            "know": f"{who_} có biết {vi} không?" if m["q"] else f"{who_} {'không ' * bool(m['aux'])}biết {vi}{end}"
            }[tense]
    if m["tet0"]:
        return None if tense not in ("present", "not") else f"Tết {said}"
    return capitalised(f"{day} {said}" if day else said)


def _took_vi(text: str) -> str | None:
    """"How long does it take to make pickles?" as "Muối dưa mất bao lâu?", "Pickling mustard greens takes about
    three days." and "It takes about three days to pickle mustard greens." as "Muối dưa cải mất khoảng ba ngày."
    (_TOOK_EN); None for anything else, and a verb not in "-ing" where it should be."""
    m = _TOOK_EN.fullmatch(text)
    if not m:
        return None
    if m["how"]:
        doing = _FORMS[m["verb"].lower()][1] == 0 and _doing_en(m)
        return f"{capitalised(doing[0])} mất bao lâu?" if doing else None  # (None, never False)
    said = m["to"] if m["it"] else m["ing"]
    done = said and re.fullmatch(_VERB_EN, said[0].lower() + said[1:])
    if not done or _FORMS[done["verb"].lower()][1] != (0 if m["it"] else 3) or not (doing := _doing_en(done)):
        return None
    n, unit = _number(m["n"], _N_EN), m["unit"].lower()
    if not 0 < n <= 30 or (n > 1) != unit.endswith("s") or "?" in m["end"]:
        return None
    about = "khoảng " if m["about"] else ""
    return capitalised(f"{doing[0]} mất {about}{vi_word(n)} {_UNITS_VI[unit.rstrip('s')]}{stop(m['end'])}")


def _state_vi(text: str) -> str | None:
    """"The pickles are sour now, they're ready to eat." and "The pickles are sour enough to eat now." as "Dưa muối
    chua rồi, ăn được rồi.", "The pickles aren't sour yet." as "Dưa muối chưa chua.", "Are the pickles ready to eat
    yet?" as "Dưa muối ăn được chưa?" (_STATE_EN); None for anything else, and "The pickles are sour." with no "now"
    (a taste)."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    be_ = " ".join((m["be"] or "").lower().replace("n't", " not").split())
    neg, state = "not" in be_, "ăn được" if m["ready"] else "chua"
    things = f"{STATE_VI[m['thing'].lower()]}{' này' if m['det'].lower() == 'these' else ''}"
    if m["q"] or neg:  # ("Are the pickles sour enough to eat yet?": None, never False)
        if not m["yet"] or m["now"] or m["then"] or m["enough"]:
            return None
        things = capitalised(things)
        return f"{things} {state} chưa?" if m["q"] else f"{things} chưa {state}{stop(m['end'])}"
    if m["yet"] or not (m["now"] or m["enough"] or m["ready"]) or m["then"] and (m["ready"] or m["enough"]):
        return None
    ready = ", ăn được rồi" if m["then"] or m["enough"] else ""
    return capitalised(f"{things} {state} rồi{ready}{stop(m['end'])}")
