"""Travel sickness, both ways, written whole by rule: who gets carsick, seasick, airsick or travel sick (often, never,
easily, on the bus, on long trips), feels it or is now, feels sick ("buồn nôn"), has taken, should take, has or needs a
travel-sickness pill, and "open the window if you feel sick". v8 (rules on) reads "say" as drunk, "chống" as fight
and "sick" as ill: "Bạn có bị say máy bay không?" → "Do you get drunk?", "Anh ấy bị say máy bay." → "He was drunk.",
"Mẹ tôi bị say tàu." → "My mother was sick.", "Bạn có bị say xe không?" → "Do you have carsick?", "Tôi uống thuốc
chống say xe rồi." → "I take medicine fight carsick.", "Tôi cần thuốc chống say xe." → "I need anti-inflammatory drugs
carsick.", "Tôi thấy buồn nôn." → "I feel nausea.", "Tôi buồn nôn." → "I was sick."; "She gets seasick." → "Cô ấy bị
đánh dấu.", "He gets airsick." → "Anh ấy bị không khí.", "Do you get seasick?" → "Bạn có bị biển không?", "I've
taken a travel-sickness pill." → "Tôi đã dùng một loại thuốc giảm đau du lịch.", "Open the window if you feel sick."
→ "Mở cửa sổ nếu bạn cảm thấy bị ốm.", "I feel sick on the bus." → "Tôi cảm thấy ốm trên xe buýt.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) "bị say xe / sóng / máy bay / tàu xe / tàu"
said as a habit ("gets carsick"), how often (mt.hobbies.SELDOM, "dễ": easily), not, asked, in the past ("đã": got),
felt ("thấy": feels), now ("rồi": is), ever asked or never been ("chưa bao giờ"), with where of _ON ("khi đi xe buýt":
on the bus); who feels (a bit, really) sick, "buồn nôn", said, asked or not, with where; who has taken, took, has just
taken, has not taken, should or has to take a travel-sickness (or seasickness) pill, "thuốc (chống) say xe", or has,
needs or brought some; and "open the window", "tell me", "let me know" if you feel sick or get carsick. English
"feel sick" is taken only with where of _ON or in "if you feel sick" (alone it may be ill, not nauseous). Left:
"Tôi bị say xe." (the phrasebook's), "say", "say rồi" drunk and "say nắng" (mt/smoking.py's, or the model's), "à"
asked, days and times, a plain "I feel sick." and "Are you feeling sick?" (ill or nauseous), any other medicine
(mt/medicine.py), ailments (mt/ailments.py).
mt.phrasebook.translate tries these after mt/diets.py.

    >>> translate("Bạn có bị say máy bay không?", "vi", "en"), translate("She gets seasick.", "en", "vi")
    ('Do you get airsick?', 'Cô ấy bị say sóng.')
"""
from __future__ import annotations

import re

from .ever import YOU
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, be_agrees, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, alternatives, be, capitalised, contracted, keyed, present

# what one gets sick on, after "say" ("say tàu": on a train or a ship, so travel sick), and back ("say tàu xe")
KINDS = {"xe": "carsick", "sóng": "seasick", "máy bay": "airsick", "tàu xe": "travel sick", "tàu": "travel sick"}
KINDS_VI = {"carsick": "xe", "car-sick": "xe", "car sick": "xe", "seasick": "sóng", "sea-sick": "sóng",
            "sea sick": "sóng", "airsick": "máy bay", "air-sick": "máy bay", "air sick": "máy bay",
            "travel sick": "tàu xe", "travel-sick": "tàu xe"}
# where it comes on (the first Vietnamese of each English is written back)
_ON = {"khi đi xe buýt": "on the bus", "trên xe buýt": "on the bus", "khi đi ô tô": "in the car",
       "khi đi xe ô tô": "in the car", "khi đi thuyền": "on boats", "khi đi máy bay": "on planes",
       "khi đi đường dài": "on long trips", "khi đi đường xa": "on long trips", "khi đi xa": "on long trips"}
_ON_VI = {en: vi for vi, en in reversed(_ON.items())} | {"on buses": "khi đi xe buýt", "on a boat": "khi đi thuyền",
                                                        "on long journeys": "khi đi đường dài"}
_OFTEN = SELDOM | {"dễ": "easily"}  # ("dễ bị say xe": gets carsick easily)
# "thuốc (chống) say xe", a pill against it: seasickness or travel sickness
_PILL = r"thuốc\s+(?:chống\s+)?say\s+(?P<pill>tàu\s+xe|xe|sóng)"
_KEYS = {"vi": lazy(r"(?i:say\s+(?:xe|sóng|máy|tàu)|buồn\s+nôn)"),
         "en": lazy(r"(?i:sick|nauseous|queasy)")}

_KIND = rf"say\s+(?P<kind>{alternatives(KINDS)})"
_WHERE = rf"(?:\s+(?P<on>{alternatives(_ON)}))?"
# "Cô ấy hay bị say xe khi đi đường dài.", "Bạn có bị say máy bay không?", "Tôi thấy hơi say xe.", "Tôi đã bị say sóng."
_SICK = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+|(?P<past>đã)\s+)?(?:(?P<often>"
             rf"{alternatives(_OFTEN)})\s+)?(?:(?P<feel>(?:cảm\s+)?thấy)\s+|bị\s+)?(?P<bit>hơi\s+)?{_KIND}"
             rf"{_WHERE}(?:\s+(?P<done>rồi))?{ASKED_END}")
# "Bạn đã bao giờ bị say sóng chưa?", "Tôi chưa bao giờ bị say máy bay."
_EVER = lazy(rf"{WHO}\s+(?:(?P<ask>(?:đã\s+)?(?:bao\s+giờ|từng))|(?P<never>chưa\s+(?:bao\s+giờ|từng)))\s+bị\s+"
             rf"{_KIND}(?:\s+(?P<yet>chưa))?\s*(?P<end>[.!?]*)")
# "Tôi thấy buồn nôn.", "Bạn có buồn nôn không?", "Tôi hơi buồn nôn khi đi xe buýt."
_NAUSEA = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?:cảm\s+)?thấy\s+|bị\s+)?(?P<bit>hơi\s+)?"
               rf"buồn\s+nôn(?:\s+(?P<very>quá|lắm))?{_WHERE}{ASKED_END}")
# "Tôi uống thuốc chống say xe rồi.", "Bạn đã uống thuốc say xe chưa?", "Bạn nên uống thuốc chống say sóng."
_TAKEN = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<just>vừa|mới|vừa\s+mới)\s+|(?P<nyet>chưa)\s+|"
              rf"(?P<should>nên|phải)\s+)?uống\s+{_PILL}(?:\s+(?P<done>rồi|chưa))?\s*(?P<end>[.!?]*)")
# "Bạn có thuốc chống say xe không?", "Tôi cần thuốc chống say xe.", "Tôi có mang theo thuốc chống say xe."
_HAVE = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+(?=cần|mang))?(?P<verb>có|cần|mang)"
             rf"(?:\s+theo)?\s+{_PILL}{ASKED_END}")
# "Mở cửa sổ ra nếu bạn thấy buồn nôn.", "Nếu bị say xe thì nói với tôi nhé."
_DO = {"mở cửa sổ ra": "open the window", "mở cửa sổ": "open the window", "nói với tôi": "tell me",
       "bảo tôi": "tell me", "báo tôi": "tell me", "báo cho tôi": "tell me", "cho tôi biết": "let me know",
       "nói cho tôi biết": "let me know"}
_DO_VI = {"open the window": "mở cửa sổ ra", "tell me": "nói với tôi", "let me know": "cho tôi biết"}
_IF = (rf"(?i:nếu)\s+(?:(?:{YOU})\s+)?(?:(?P<feel>(?:cảm\s+)?thấy)\s+|bị\s+)?(?:(?P<nausea>buồn\s+nôn)|"
       rf"say\s+(?P<kind>{alternatives(KINDS)}))")
_THEN = rf"(?i:hãy\s+)?(?P<do>(?i:{alternatives(_DO)}))"
_IFS = [lazy(rf"{_IF}(?:\s*,\s*|\s+)thì\s+{_THEN}(?:\s+nhé)?\s*(?P<end>[.!]*)"),
        lazy(rf"{_THEN}\s+{_IF}(?:\s+nhé)?\s*(?P<end>[.!]*)")]

# ... and in English
_KIND_EN = rf"(?P<kind>(?i:{alternatives(KINDS_VI)}))"
_WHERE_EN = rf"(?:\s+(?P<on>(?i:{alternatives(_ON_VI)})))?"
# "She often gets carsick on long trips.", "Do you get seasick?", "He never gets airsick.", "I got seasick."
_GETS_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?:\s+(?P<aux>(?:don|doesn|didn)['’]t|(?:do|does|did)"
                rf"\s+not))?(?:\s+(?P<often>{alternatives(HABIT_VI)}))?\s+(?P<get>gets?|got)\s+{_KIND_EN}"
                rf"(?P<easily>\s+easily)?{_WHERE_EN}\s*(?P<end>[.!?]*)")
# "I feel carsick.", "Are you seasick?", "I'm feeling a bit sick on the bus.", "She feels nauseous."
_FEEL_EN = lazy(rf"(?:(?P<do>Do|Does)\s+|(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?P<verb>(?:\s+is|\s+am|\s+are|['’]s|"
                r"['’]m|['’]re)(?:\s+not|n['’]t)?(?:\s+feeling)?|\s+feels?|\s+(?:(?:don|doesn)['’]t|do\s+not|"
                r"does\s+not)\s+feel|\s+feeling)?(?P<bit>\s+a\s+(?:bit|little)|\s+really|\s+very)?\s+"
                rf"(?:{_KIND_EN}|(?P<sick>sick|nauseous|queasy)){_WHERE_EN}\s*(?P<end>[.!?]*)")
# "Have you ever been seasick?", "She's never been airsick."
_EVER_EN = [lazy(rf"(?P<have>Have|Has)\s+{WHO_EN}\s+ever\s+been\s+{_KIND_EN}\s*(?P<end>\?+)"),
            lazy(rf"{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has)\s+never\s+been\s+{_KIND_EN}\s*(?P<end>[.!]*)")]
_PILL_EN = r"(?:travel|motion|car)[-\s]sickness|sea[-\s]?sickness"
_A_PILL_EN = (rf"(?P<pill>(?:an?|one|some|any|the|my|your|his|her|our|their)\s+(?:(?:{_PILL_EN})\s+(?:pills?|tablets?|"
              rf"medicine)|(?:pills?|tablets?|medicine)\s+for\s+(?:{_PILL_EN})))")
_ANY_PILL_EN = rf"(?:{_A_PILL_EN}|(?P<some>something|anything)\s+for\s+(?P<for>{_PILL_EN}))"
# "I've taken a travel-sickness pill.", "Have you taken your seasickness pill yet?", "You should take a …"
_TAKEN_EN = lazy(rf"(?:(?P<have>Have|Has)\s+)?{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has|\s+(?:haven|hasn)"
                 r"['’]t|\s+should|\s+(?:has|have)\s+to)?(?:\s+(?P<adv>just|already))?\s+(?P<verb>taken|take|"
                 rf"took)\s+{_A_PILL_EN}(?:\s+(?P<yet>yet|already))?\s*(?P<end>[.!?]*)")
# "Do you have anything for travel sickness?", "I need some travel-sickness pills.", "Did you bring …?"
_HAVE_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?:\s+(?P<aux>(?:don|doesn|didn)['’]t|(?:do|does|did)"
                rf"\s+not))?\s+(?P<verb>have|has|needs?|bring|brought)\s+{_ANY_PILL_EN}\s*(?P<end>[.!?]*)")
_IF_EN = (rf"if\s+you\s+(?:(?P<feel>feel|start\s+(?:to\s+feel|feeling))\s+(?:(?P<nausea>sick|nauseous|queasy)|"
          rf"{_KIND_EN})|get\s+{_KIND_EN.replace('kind', 'kind2')})")
_THEN_EN = rf"(?:[Pp]lease\s+)?(?P<do>(?i:{alternatives(_DO_VI)}))"
_IFS_EN = [lazy(rf"{_THEN_EN}(?:,?\s+please)?\s+{_IF_EN}\s*(?P<end>[.!]*)"),
           lazy(rf"(?i:{_IF_EN}),\s+{_THEN_EN}(?:,?\s+please)?\s*(?P<end>[.!]*)")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who gets travel sick or feels sick, takes, has or needs a
    travel-sickness pill, or what to do if you feel sick; None for any other."""
    if src == "vi":
        return _sick(text) or _ever(text) or _nausea(text) or _taken(text) or _have(text) or _if(text)
    return _gets_vi(text) or _feel_vi(text) or _ever_vi(text) or _taken_vi(text) or _have_vi(text) or _if_vi(text)


def _s(verb: str, one: bool) -> str:
    """A verb said of who: "get" ("gets" of one), "have" ("has")."""
    return ("has" if verb == "have" else f"{verb}s") if one else verb


def _asked(m: re.Match) -> bool | None:
    """Whether a match of a Vietnamese regex with ASKED_END asks ("… không?"); None where "không" and "?" disagree,
    or "có" is said without "không"."""
    asked = bool(m["asked"])
    if asked != ("?" in m["end"]) or m.groupdict().get("ask") and not asked:
        return None
    return asked


def _where(m: re.Match) -> str:
    """Where of _ON or _ON_VI, with a space before it: " on the bus", " khi đi xe buýt"; "" for none."""
    on = m["on"] and keyed(m["on"])
    return f" {_ON[on] if on in _ON else _ON_VI[on]}" if on else ""


def _sick(text: str) -> str | None:
    """"Cô ấy hay bị say xe." as "She often gets carsick.", "Bạn có bị say máy bay không?" as "Do you get
    airsick?", "Tôi thấy hơi say xe." as "I feel a bit carsick.", "Tôi đã bị say sóng." as "I got seasick.", "Mẹ tôi
    bị say xe rồi." as "My mother is carsick." (_SICK); None for anything else."""
    m = _SICK.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or (said := who(m, asked)) is None:
        return None
    who_, one = said
    often, kind, on = m["often"] and _OFTEN[keyed(m["often"])], KINDS[keyed(m["kind"])], _where(m)
    feel = m["feel"] or m["bit"]
    if (m["not"] and often or m["past"] and (often or on or feel or m["done"] or asked) or
            asked and (m["not"] or m["done"] or m["bit"]) or feel and often or m["done"] and (on or often)):
        return None
    ever = f" {often}" if often and often != "easily" else ""
    easily = " easily" if often == "easily" else ""
    if asked:
        verb = "feel" if feel else "get"
        return f"{'Does' if one else 'Do'} {who_}{ever} {verb} {kind}{easily}{on}?"
    if m["past"]:
        return capitalised(f"{who_} got {kind}.")
    if m["done"]:
        return capitalised(contracted(who_, f"{be(who_)} {kind}."))
    bit = " a bit" if m["bit"] else ""
    verb = "feel" if feel else "get"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb}{bit} {kind}{easily}{on}.")
    return capitalised(f"{who_}{ever} {_s(verb, one)}{bit} {kind}{easily}{on}.")


def _ever(text: str) -> str | None:
    """"Bạn đã bao giờ bị say sóng chưa?" as "Have you ever been seasick?", "Tôi chưa bao giờ bị say máy bay." as
    "I've never been airsick." (_EVER); None for anything else."""
    m = _EVER.fullmatch(text)
    asked = bool(m and m["ask"])
    if not m or asked != bool(m["yet"]) or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    kind = KINDS[keyed(m["kind"])]
    if asked:
        return f"{'Has' if one else 'Have'} {who_} ever been {kind}?"
    return capitalised(contracted(who_, f"{_s('have', one)} never been {kind}."))


def _nausea(text: str) -> str | None:
    """"Tôi thấy buồn nôn." as "I feel sick.", "Bạn có buồn nôn không?" as "Do you feel sick?", "Tôi hơi buồn nôn
    khi đi xe buýt." as "I feel a bit sick on the bus." (_NAUSEA); None for anything else."""
    m = _NAUSEA.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or (said := who(m, asked)) is None or m["bit"] and m["very"] or asked and (m["not"] or
                                                                                              m["very"]):
        return None
    who_, one = said
    how = " a bit" if m["bit"] else " really" if m["very"] else ""
    if asked:
        return f"{'Does' if one else 'Do'} {who_} feel{how} sick{_where(m)}?"
    if m["not"]:
        return None if how else capitalised(f"{who_} {'doesn' if one else 'don'}'t feel sick{_where(m)}.")
    return capitalised(f"{who_} {_s('feel', one)}{how} sick{_where(m)}.")


def _pill(kind: str) -> str:
    """The pill against "say xe", "say tàu xe" ("travel-sickness") or "say sóng" ("seasickness")."""
    return "seasickness" if keyed(kind) == "sóng" else "travel-sickness"


def _taken(text: str) -> str | None:
    """"Tôi uống thuốc chống say xe rồi." as "I've taken a travel-sickness pill.", "Bạn đã uống thuốc chống say xe
    chưa?" as "Have you taken a travel-sickness pill yet?", "Anh ấy nên uống thuốc chống say sóng." as "He should take
    a seasickness pill." (_TAKEN); None for anything else, and for a plain "uống" (a habit or a wish?)."""
    m = _TAKEN.fullmatch(text)
    done = m and keyed(m["done"] or "")
    asked = done == "chưa"
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    who_, one = said
    pill = f"a {_pill(m['pill'])} pill"
    if asked:
        return None if m["just"] or m["nyet"] or m["should"] else f"{'Has' if one else 'Have'} {who_} taken {pill} yet?"
    if m["should"]:
        must = "should" if keyed(m["should"]) == "nên" else f"{_s('have', one)} to"
        return None if done else capitalised(f"{who_} {must} take {pill}.")
    if m["nyet"] or m["just"]:
        has = _s("have", one)
        said = f"{has}n't taken {pill} yet." if m["nyet"] else f"{has} just taken {pill}."
        return None if done else capitalised(f"{who_} {said}" if m["nyet"] else contracted(who_, said))
    if done:
        return capitalised(contracted(who_, f"{_s('have', one)} taken {pill}."))
    return capitalised(f"{who_} took {pill}.") if m["did"] else None


def _have(text: str) -> str | None:
    """"Bạn có thuốc chống say xe không?" as "Do you have any travel-sickness pills?", "Tôi cần thuốc chống say xe."
    as "I need some travel-sickness pills.", "Tôi có mang theo thuốc chống say xe." as "I've brought some
    travel-sickness pills." (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or (said := who(m, asked)) is None:
        return None
    who_, one = said
    verb, pills = keyed(m["verb"]), f"{_pill(m['pill'])} pills"
    if verb == "mang":
        if asked:
            return f"Did {who_} bring any {pills}?"
        return capitalised(f"{who_} didn't bring any {pills}." if m["not"] else
                           contracted(who_, f"{_s('have', one)} brought some {pills}."))
    verb = "have" if verb == "có" else "need"
    some = "any" if asked or m["not"] else "some"
    return present(who_, one, verb, f"{some} {pills}", asked, bool(m["not"]))


def _if(text: str) -> str | None:
    """"Mở cửa sổ ra nếu bạn thấy buồn nôn." and "Nếu bạn thấy buồn nôn thì mở cửa sổ ra." as "Open the window if
    you feel sick.", "Nếu bạn bị say xe thì nói với tôi nhé." as "Tell me if you get carsick." (_IFS); None for
    anything else."""
    m = next((m for p in _IFS if (m := p.fullmatch(text))), None)
    if not m:
        return None
    do = _DO[keyed(m["do"])]
    feel = "feel" if m["feel"] or m["nausea"] else "get"
    sick = "sick" if m["nausea"] else KINDS[keyed(m["kind"])]
    return capitalised(f"{do} if you {feel} {sick}{'!' if '!' in m['end'] else '.'}")


def _kind_vi(kind: str) -> str:
    """A kind of KINDS_VI as Vietnamese says it: "say xe", "say sóng"."""
    return f"say {KINDS_VI[' '.join(kind.lower().split())]}"


def _gets_vi(text: str) -> str | None:
    """"She often gets carsick on long trips." as "Cô ấy hay bị say xe khi đi đường dài.", "Do you get seasick?" as
    "Bạn có bị say sóng không?", "I got seasick." as "Tôi đã bị say sóng." (_GETS_EN); None for anything else, and
    where the verb does not agree with who."""
    m = _GETS_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    do, aux = (m["do"] or "").lower(), (m["aux"] or "").lower()
    helper = do or aux.replace("’", "'").replace(" not", "n't")
    often = m["often"] and m["often"].lower()
    if bool(do) != ("?" in m["end"]) or do and aux or helper and (
            m["get"] != "get" or not helper.startswith("did") and helper.startswith("does") != one) or not helper \
            and m["get"] != "got" and (m["get"] == "gets") != one or often and (aux or m["get"] == "got" or
                                                                              helper == "did" or m["easily"]):
        return None
    ever = f"{HABIT_VI[often]} " if often else "dễ " if m["easily"] else ""
    sick = f"bị {_kind_vi(m['kind'])}{_where(m)}"
    if do:
        return capitalised(f"{who_} có {ever}{sick} không?")
    if aux:
        return None if ever else capitalised(f"{who_} không {sick}.")
    return capitalised(f"{who_} {'đã ' * (m['get'] == 'got')}{ever}{sick}.")


def _feel_agrees(m: re.Match, one: bool) -> bool:
    """Whether the verb of a match of _FEEL_EN agrees with who and with how it is asked ("Do you feel", "Is she",
    "I'm", "He feels", "She doesn't feel")."""
    verb = " ".join((m["verb"] or "").lower().replace("’", "'").replace("'", " '").split())
    if m["do"]:
        return verb == "feel" and (m["do"] == "Does") == one
    if m["be0"]:
        return verb in ("", "feeling") and be_agrees(m, m["be0"])
    if not verb:
        return False
    if verb.startswith(("feel", "don", "do ", "doesn", "does ")):
        return verb != "feeling" and verb.startswith(("feels", "doesn", "does ")) == one
    first = verb.split()[0]
    return be_agrees(m, first[:-1] if first in ("isn", "aren") else first)


def _feel_vi(text: str) -> str | None:
    """"I feel carsick." as "Tôi thấy say xe.", "Are you seasick?" as "Bạn có bị say sóng không?", "I'm feeling a
    bit sick on the bus." as "Tôi thấy hơi buồn nôn khi đi xe buýt.", "She feels nauseous." as "Cô ấy thấy buồn nôn."
    (_FEEL_EN); None for anything else, where the verb does not agree, and "sick" with no where (ill?)."""
    m = _FEEL_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    asked, verb = bool(m["do"] or m["be0"]), (m["verb"] or "").lower()
    sick = m["sick"] and m["sick"].lower()
    if asked != ("?" in m["end"]) or not _feel_agrees(m, one) or sick == "sick" and not m["on"]:
        return None
    bit = (m["bit"] or "").split()
    how = "hơi " if bit and bit[0] == "a" else "rất " if bit else ""
    felt = "feel" in verb or bool(m["do"])
    if sick and not felt and sick == "sick":  # ("I'm sick on the bus": ill, or throwing up?)
        return None
    said = f"{'thấy' if felt or sick else 'bị'} {how}{'buồn nôn' if sick else _kind_vi(m['kind'])}{_where(m)}"
    if asked:
        return None if how else capitalised(f"{who_} có {said} không?")
    if "not" in verb or "n't" in verb or "n’t" in verb:
        return None if how else capitalised(f"{who_} không {said}.")
    return capitalised(f"{who_} {said}.")


def _ever_vi(text: str) -> str | None:
    """"Have you ever been seasick?" as "Bạn đã bao giờ bị say sóng chưa?", "I've never been airsick." as "Tôi chưa
    bao giờ bị say máy bay." (_EVER_EN); None for anything else, and where "has", "have" does not agree."""
    m = next((m for p in _EVER_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_, one = who_vi(m)
    have = (m.groupdict().get("have") or m["aux"]).strip().lower().replace("’", "'")
    if (have in ("has", "'s")) != one:
        return None
    sick = f"bị {_kind_vi(m['kind'])}"
    return capitalised(f"{who_} đã bao giờ {sick} chưa?" if "?" in m["end"] else f"{who_} chưa bao giờ {sick}.")


def _pill_vi(m: re.Match) -> str:
    """The pill of a match of _A_PILL_EN or _ANY_PILL_EN in Vietnamese: "thuốc chống say xe" (or "say sóng")."""
    said = (m.groupdict().get("pill") or m.groupdict().get("for") or "").lower()
    return f"thuốc chống say {'sóng' if 'sea' in said else 'xe'}"


# the helper before "taken" or "take" in _TAKEN_EN, as one word, and whether it is said of one (None: of anyone)
_TAKEN_AUX = {"": ("", None), "'ve": ("have", False), "have": ("have", False), "'s": ("have", True),
              "has": ("have", True), "haven't": ("haven't", False), "hasn't": ("haven't", True),
              "should": ("should", None), "have to": ("have to", False), "has to": ("have to", True)}
_TAKEN_VERB = {"": "took", "have": "taken", "haven't": "taken", "should": "take", "have to": "take"}


def _taken_vi(text: str) -> str | None:
    """"I've taken a travel-sickness pill." as "Tôi uống thuốc chống say xe rồi.", "Have you taken your seasickness
    pill yet?" as "Bạn đã uống thuốc chống say sóng chưa?", "She should take a travel-sickness pill." as "Cô ấy nên
    uống thuốc chống say xe." (_TAKEN_EN); None for anything else, and where "has", "have" does not agree."""
    m = _TAKEN_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux, of_one = _TAKEN_AUX[" ".join((m["aux"] or "").lower().replace("’", "'").split())]
    adv, yet, pill = (m["adv"] or "").lower(), (m["yet"] or "").lower(), _pill_vi(m)
    if m["have"]:
        if aux or m["verb"] != "taken" or (m["have"] == "Has") != one or "?" not in m["end"] or adv == "just":
            return None
        return capitalised(f"{who_} đã uống {pill} chưa?")
    if "?" in m["end"] or m["verb"] != _TAKEN_VERB[aux] or of_one is not None and of_one != one:
        return None
    if aux == "have":
        return None if yet == "yet" or adv and yet else capitalised(
            f"{who_} vừa uống {pill}." if adv == "just" else f"{who_} uống {pill} rồi.")
    if adv or yet and (aux != "haven't" or yet != "yet"):
        return None
    if aux == "haven't":
        return capitalised(f"{who_} chưa uống {pill}.")
    if aux:
        return capitalised(f"{who_} {'nên' if aux == 'should' else 'phải'} uống {pill}.")
    return capitalised(f"{who_} đã uống {pill}.")


def _have_vi(text: str) -> str | None:
    """"Do you have anything for travel sickness?" as "Bạn có thuốc chống say xe không?", "I need some
    travel-sickness pills." as "Tôi cần thuốc chống say xe.", "Did you bring any travel-sickness pills?" as "Bạn có
    mang thuốc chống say xe không?" (_HAVE_EN); None for anything else, and where the verb does not agree."""
    m = _HAVE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    helper = (m["do"] or m["aux"] or "").lower()
    verb = m["verb"]
    base = {"has": "have", "needs": "need", "brought": "bring"}.get(verb, verb)
    past = helper.startswith("did") if helper else verb == "brought"
    if bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["aux"] or (base == "bring") != past or (
            helper and (verb != base or not past and helper.startswith("does") != one)) or (
            not helper and not past and (verb != base) != one):
        return None
    said = {"have": "có", "need": "cần", "bring": "mang"}[base]
    if m["do"]:
        return capitalised(f"{who_} có {'' if base == 'have' else said + ' '}{_pill_vi(m)} không?")
    if m["aux"]:
        return capitalised(f"{who_} không {said} {_pill_vi(m)}.")
    return capitalised(f"{who_} {said}{' theo' * past} {_pill_vi(m)}.")


def _if_vi(text: str) -> str | None:
    """"Open the window if you feel sick." as "Nếu bạn thấy buồn nôn thì mở cửa sổ ra nhé.", "If you get carsick,
    tell me." as "Nếu bạn bị say xe thì nói với tôi nhé." (_IFS_EN); None for anything else."""
    m = next((m for p in _IFS_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    kind = m["kind"] or m["kind2"]
    sick = "thấy buồn nôn" if m["nausea"] else f"{'thấy' if m['feel'] else 'bị'} {_kind_vi(kind)}"
    return f"Nếu bạn {sick} thì {_DO_VI[keyed(m['do'])]} nhé{'!' if '!' in m['end'] else '.'}"
