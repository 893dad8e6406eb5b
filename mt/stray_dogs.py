"""Dogs met outside, both ways, written whole by rule: who was chased by a dog, stray dogs in the alley, being afraid
of strange dogs, a dog rushing at someone or following them, keeping away from a dog, a dog off its lead. v8 (rules
on) drops the dog and reads "chó hoang" as confusion: "Tôi bị chó đuổi." → "I was chased.", "Trong ngõ có nhiều chó
hoang." → "There are many confusions.", "Con chó lao vào tôi." → "The dog went into me.", "Đừng lại gần con chó đó."
→ "Don't go back to that dog.", "Có con chó cứ đi theo tôi." → "Have your dog follow me."; and back, "I was chased by
a dog." → "Tôi bị chó săng.", "There are a lot of stray dogs in the alley." → "Có rất nhiều chú chó cầu nguyện trong
tủy." (praying), "The dog rushed at me." → "Con chó vội vã ở tôi.", "That dog isn't on a lead." → "Con chó đó không
phải là con dẫn đầu.", "I'm afraid of strange dogs." → "Tôi e là chó lạ.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pet) chased by a dog of _DOG ("bị chó đuổi", "rượt"; "chó hoang", "con chó đó",
"hai con chó", "cả đàn chó", "chó nhà hàng xóm"): in the past (plain, "đã", a day of DAYS), just ("vừa"), once ("từng"),
never ("chưa bao giờ"), asked ("… à?", "(có) … không?" with a day, "đã bao giờ … chưa?", "… bao giờ chưa?"), or how
often (mt.hobbies.SELDOM: "hay bị chó đuổi", dogs); a dog that rushed at ("lao vào", "xông vào"), chased or followed
someone (mt.hobbies.WHOM): just, now ("đang"), keeping on ("cứ"), home ("về nhà"); stray dogs ("chó hoang", "chó lạc")
in a place of PLACES: there are, a lot of, so many, a few, one, none, asked; who is (very, a bit, so) afraid of strange
or stray dogs, or not, asked; "Đừng lại gần …", "Tránh xa … ra" (a dog, stray dogs); a dog not on its lead, asked why.
Left: bites ("chó cắn": mt/bites.py), barking ("sủa": mt/animal_noises.py, mt/neighbours.py), pets fed, walked, named
(mt/pets.py), "Tôi sợ chó." (mt/fears.py), dogs giving birth (mt/livestock.py), a lost pet ("Con chó nhà tôi bị lạc."),
"chó hoang" in a forest (wild dogs?), "Tôi không bị chó đuổi." and "Bạn (có) bị chó đuổi không?" with no day (a habit,
or the past?), "Bạn đã bị chó đuổi chưa?" (ever, or yet?), "Con chó đuổi theo tôi." with no word of time (now, or the
past?), "không được xích" (not chained, or must not be?), "chó" alone told or doing it, "mấy con chó" (some, or the
few?), "anh", "chị", "em" alone saying it, a pet as who, asked of oneself, and anything else.
mt.phrasebook.translate tries these after mt/housekeepers.py.

    >>> translate("Tôi bị chó đuổi.", "vi", "en"), translate("There are a lot of stray dogs in the alley.", "en", "vi")
    ('I was chased by a dog.', 'Trong ngõ có nhiều chó hoang.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import SELDOM, WHO, WHO_EN, WHOM, WHOM_EN, HABIT_VI, animal, as_whom, be_agrees, person_of, who_vi
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:chó)"), "en": lazy(r"(?i:dog)")}
# the days a dog met is told on: behind, and today's done by now (the first Vietnamese of each is written back)
DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                 "đêm qua", "hôm kia", "tuần trước", "hôm nay", "sáng nay")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# where stray dogs are (the first Vietnamese of each is written back)
PLACES = {"trong ngõ": "in the alley", "ngõ": "in the alley", "trong ngõ này": "in this alley",
          "ngõ này": "in this alley", "ngõ nhà tôi": "in our alley", "trong hẻm": "in the alley",
          "hẻm": "in the alley", "hẻm này": "in this alley", "khu này": "in this area", "ở khu này": "in this area",
          "khu phố này": "in this neighbourhood", "khu nhà tôi": "in my neighbourhood", "ở đây": "here",
          "quanh đây": "around here", "trong công viên": "in the park", "công viên": "in the park",
          "ngoài đường": "on the streets", "đường này": "on this street"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
_KINDS, _KINDS_VI = {"hoang": "stray", "lạc": "stray", "lạ": "strange"}, {"stray": "hoang", "strange": "lạ"}
_N, _N_EN = {vi_word(n): n for n in range(1, 11)}, {en_word(n): n for n in range(1, 11)}
_ING = {"rush": "rushing at", "chase": "chasing", "follow": "following"}

_DAY = rf"(?i:{alternatives(DAYS)})"
_DAY0 = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?"
_DAY1 = rf"(?:\s+(?P<day>{_DAY}))?"
# a dog, or dogs ("chó", "một con chó lạ", "con chó đó", "mấy con chó đó", "cả đàn chó hoang", "chó nhà hàng xóm")
_DOG = (rf"(?i:(?:(?P<dn>{alternatives(_N)}|mấy|những|cả)\s+)?(?:(?P<cls>con|đàn)\s+)?chó"
        r"(?:\s+(?P<kind>hoang|lạc|lạ))?(?:\s+(?P<nb>nhà\s+hàng\s+xóm))?(?:\s+(?P<det>đó|kia|ấy|này))?)")
_CHASE = r"(?:đuổi|rượt(?:\s+đuổi)?)(?:\s+theo)?"  # ("rượt đuổi", "đuổi theo"; not "đuổi đuổi")
# who chased ("Tôi bị chó đuổi.", "Hôm qua con tôi bị chó đuổi.", "Bạn đã bao giờ bị chó đuổi chưa?")
_CHASED = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã\s+từng|đã\s+bao\s+giờ|chưa\s+bao\s+giờ|chưa\s+từng|"
               rf"vừa\s+mới|vừa|đã|từng|{alternatives(SELDOM)})\s+)?bị\s+{_DOG}\s+{_CHASE}{_DAY1}"
               r"(?:\s+(?P<tail>không|bao\s+giờ\s+chưa|chưa|à|hả))?" + SOFTENED_END)
# a dog doing it ("Con chó lao vào tôi.", "Có con chó cứ đi theo tôi.", "Một con chó đi theo tôi về nhà.")
_DOING = {"lao vào": "rush", "xông vào": "rush", "đuổi theo": "chase", "đi theo": "follow", "bám theo": "follow"}
_ACTS = lazy(rf"{_DAY0}(?:(?P<there>[Cc]ó)\s+)?{_DOG}\s+(?:(?P<aux>cứ|vừa\s+mới|vừa|đã|đang)\s+)?"
             rf"(?P<verb>{alternatives(_DOING)})\s+{WHOM}(?P<home>\s+về\s+(?:tận\s+)?nhà)?{_DAY1}{SOFTENED_END}")
# stray dogs in a place ("Trong ngõ có nhiều chó hoang.", "Ở đây có chó hoang không?")
_PLACE = rf"(?i:{alternatives(PLACES)})"
_MANY = lazy(rf"(?:(?P<place0>{_PLACE})\s+)?(?P<no>không\s+)?(?i:có)\s+(?:(?P<amt>nhiều|(?:một|vài)\s+con)\s+)?chó\s+"
             rf"(?:hoang|lạc)(?:\s+(?P<place>{_PLACE}))?(?:\s+(?P<much>quá|lắm))?{ASKED_END}")
# who afraid of them ("Tôi sợ chó lạ.", "Bạn có sợ chó hoang không?")
_AFRAID = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<very>rất|hơi)\s+)?sợ\s+chó\s+(?P<kind>lạ|hoang|lạc)"
               rf"(?:\s+(?P<much>lắm|quá))?{ASKED_END}")
# told ("Đừng lại gần con chó đó.", "Tránh xa chó hoang ra nhé.")
_TELL = lazy(rf"(?:(?P<near>(?i:đừng)\s+(?:lại|đến|tới)\s+gần)|(?i:tránh)\s+xa)\s+{_DOG}(?P<ra>\s+ra)?"
             r"(?:\s+(?:nhé|nha|nhá))?\s*(?P<end>[.!]*)")
# a dog off its lead ("Con chó đó không có dây xích.", "Sao con chó đó không có dây xích?")
_LEAD = lazy(rf"(?:(?P<why>(?i:sao|tại\s+sao|vì\s+sao))\s+)?{_DOG}\s+không\s+(?:có|đeo)\s+(?:dây\s+xích|xích|dây\s+dắt)"
             r"(?:\s+(?:vậy|thế))?\s*(?P<end>[.!?]*)")

# ... in English: a dog, or dogs ("a stray dog", "that dog", "two dogs", "a pack of dogs", "the neighbours' dog")
_DOG_EN = (rf"(?i:(?:(?P<dn>an?|{alternatives(_N_EN)})\s+|(?P<pack>a\s+pack\s+of)\s+|(?P<det>the|that|this|those)\s+)?"
           r"(?:(?P<kind>stray|strange)\s+)?(?P<noun>dogs?)|(?P<nb>the\s+neighbou?r(?:s['’]|['’]s))\s+dog)")
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
_END_EN = r"\s*(?P<end>[.!?]*)"
_CHASED_EN = lazy(rf"(?:(?P<q>Was|Were)\s+)?{WHO_EN}(?:\s+(?P<be>was|were|got))?\s+chased\s+by\s+{_DOG_EN}"
                  rf"{_DAY_EN}{_END_EN}")
_EVER_EN = lazy(rf"(?P<q>Have|Has)\s+{WHO_EN}\s+ever\s+been\s+chased\s+by\s+{_DOG_EN}\s*\?")
_JUST_EN = lazy(rf"{WHO_EN}(?P<aux>\s+have|\s+has|['’]ve|['’]s)\s+(?P<adv>just|never)\s+been\s+chased\s+by\s+"
                rf"{_DOG_EN}{_END_EN}")
_HABIT_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<often>{alternatives(HABIT_VI)})\s+(?P<verb>gets?)\s+chased"
                 rf"\s+by\s+{_DOG_EN}{_END_EN}")
# (the verb said, as the doing of _DOING and the word before it: "keeps following" as "cứ đi theo")
_DOING_EN = {"rushed at": ("rush", ""), "ran at": ("rush", ""), "lunged at": ("rush", ""), "charged at": ("rush", ""),
             "chased": ("chase", ""), "followed": ("follow", "")} | {
    f"{aux} {doing}ing": (doing.replace("chas", "chase"), vi) for doing in ("chas", "follow")
    for aux, vi in (("keeps", "cứ"), ("keep", "cứ"), ("is", "đang"), ("are", "đang"))}
_ACTS_EN = lazy(rf"{_DOG_EN}(?P<just>\s+just)?\s+(?P<verb>{alternatives(_DOING_EN)})\s+{WHOM_EN}(?P<home>\s+home)?"
                rf"{_DAY_EN}{_END_EN}")
_MANY_EN = lazy(r"(?:(?P<q>Are|Is)\s+there|There(?P<be>\s+are|['’]re|\s+is|['’]s))(?P<no>\s+no|\s+not|n['’]t)?\s+"
                r"(?:(?P<amt>a\s+lot\s+of|lots\s+of|so\s+many|many|any|a\s+few|a)\s+)?stray\s+(?P<noun>dogs?)\s+"
                rf"(?P<place>{alternatives(PLACES_VI)}){_END_EN}")
_AFRAID_EN = lazy(rf"(?:(?P<q>Are|Is|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)?"
                  r"(?P<not>\s+not|n['’]t)?(?:\s+(?P<very>very|so|really|a\s+bit))?\s+(?:afraid|scared)\s+of\s+"
                  rf"(?P<kind>strange|stray)\s+dogs{_END_EN}")
_TELL_EN = lazy(rf"(?:(?P<near>(?i:don['’]t|do\s+not)\s+go\s+near)|(?i:keep|stay)\s+away\s+from)\s+{_DOG_EN}"
                r"\s*(?P<end>[.!]*)")
_LEAD_EN = [lazy(rf"{_DOG_EN}(?:\s+isn['’]t\s+on|\s+is\s+not\s+on|['’]s\s+not\s+on|\s+is\s+off|['’]s\s+off)\s+"
                 r"(?:a|its|the)\s+(?:lead|leash)\s*(?P<end>[.!]*)"),
            lazy(rf"(?P<why>Why)\s+(?:isn['’]t|is\s+not)\s+{_DOG_EN}\s+on\s+(?:a|its|the)\s+(?:lead|leash)\s*\?")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a dog met outside (the module docstring's "Taken"); None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Khu này có nhiều chó hoang thế.": so many, not read here)
            return None
        return _chased(text) or _acts(text) or _many(text) or _afraid(text) or _tell(text) or _lead(text)
    return (_chased_vi(text) or _perfect_vi(text) or _habit_vi(text) or _acts_vi(text)
            or _many_vi(text) or _afraid_vi(text) or _tell_vi(text) or _lead_vi(text))


def _dog(m: re.Match, bare: str = "a", there: bool = False) -> tuple[str, bool] | None:
    """The dog of a match of _DOG in English and whether many: "chó" as "a dog" (`bare` "a"), "dogs" ("many") or None
    (""), "con chó đó" as "that dog" ("the dog" without "đó"; "a dog" after "có", `there`), "một con chó", "hai con chó"
    as "a dog", "two dogs", "cả đàn chó" as "a pack of dogs", "mấy con chó đó" as "those dogs"; else None."""
    kind = f"{_KINDS[keyed(m['kind'])]} " if m["kind"] else ""
    dn, cls, det = keyed(m["dn"] or ""), keyed(m["cls"] or ""), keyed(m["det"] or "")
    if m["nb"]:  # ("chó nhà hàng xóm", "con chó nhà hàng xóm"; not "có con chó nhà hàng xóm")
        return None if kind or dn or det or cls == "đàn" or there and cls else ("the neighbours' dog", False)
    if not cls:
        if dn or det:
            return None
        return (f"a {kind}dog", False) if bare == "a" else (f"{kind}dogs", True) if bare else None
    if cls == "đàn":
        return (f"a pack of {kind}dogs", False) if dn in ("", "một", "cả") and not det else None
    if dn in ("mấy", "những"):
        return (f"those {kind}dogs", True) if det in ("đó", "kia", "ấy") else None
    if dn:
        n = _N.get(dn)
        if n is None or det:
            return None
        return (f"a {kind}dog", False) if n == 1 else (f"{en_word(n)} {kind}dogs", True)
    if there:
        return None if det else (f"a {kind}dog", False)
    return f"{'this' if det == 'này' else 'that' if det else 'the'} {kind}dog", False


def _was(who_: str, has: bool = False) -> str:
    """"was" or "were" after who in English ("I was", "you were", "my parents were"); "has" or "have" (`has`)."""
    if has:
        return "has" if be(who_) == "is" else "have"
    return "were" if be(who_) == "are" else "was"


def _chased(text: str) -> str | None:
    """"Tôi bị chó đuổi." as "I was chased by a dog.", "Lan vừa bị chó đuổi." as "Lan has just been chased by a dog.",
    "Bạn đã bao giờ bị chó đuổi chưa?" as "Have you ever been chased by a dog?", "Tôi hay bị chó đuổi." as "I often get
    chased by dogs." (_CHASED); None for anything else."""
    m = _CHASED.fullmatch(text)
    if not m or m["day0"] and m["day"]:
        return None
    aux, tail, ask, day = keyed(m["aux"] or ""), keyed(m["tail"] or ""), bool(m["ask"]), m["day0"] or m["day"]
    asked = "?" in m["end"]
    habit = SELDOM.get(aux)
    ever = asked and (aux in ("đã bao giờ", "từng", "đã từng") and tail == "chưa"
                      or aux in ("", "đã") and tail == "bao giờ chưa"
                      or aux in ("từng", "đã từng") and ask and tail == "không")
    # ("Bạn (có) bị chó đuổi không?" with no day: a habit, or the past?)
    if asked != bool(tail) or ask and tail != "không" or tail == "không" and not (day or habit or ever) or (
            habit and day):
        return None
    said = person_of(m, asked)
    dog = said and _dog(m, "many" if habit else "a")
    if not dog or ever and day:
        return None
    (who_, _), (dog_, _) = said, dog
    when = f" {DAYS[keyed(day)]}" if day else ""
    if habit:
        if asked and not (ask and habit == "often"):
            return None
        gets = "gets" if be(who_) == "is" else "get"
        return (f"{'Does' if gets == 'gets' else 'Do'} {who_} often get chased by {dog_}?" if asked else
                capitalised(f"{who_} {habit} {gets} chased by {dog_}{stop(m['end'])}"))
    if ever:
        return f"{_was(who_, True).capitalize()} {who_} ever been chased by {dog_}?"
    if asked:  # ("… à?", or "(có) … không?" with a day: the past asked; "đã … chưa?" is ever, or yet?)
        return f"{_was(who_).capitalize()} {who_} chased by {dog_}{when}?" if aux in ("", "đã") and tail != "chưa" \
            else None
    if aux in ("", "đã", "từng", "đã từng"):
        once = " once" if "từng" in aux else ""
        said = f"{who_} {_was(who_)}{once} chased by {dog_}{when}{stop(m['end'])}"
        return None if once and day else capitalised(said)
    if day:
        return None
    adv = "just" if aux.startswith("vừa") else "never" if aux.startswith("chưa") else None
    return adv and capitalised(contracted(who_, f"{_was(who_, True)} {adv} been chased by {dog_}") + stop(m["end"]))


def _acts(text: str) -> str | None:
    """"Con chó lao vào tôi." as "The dog rushed at me.", "Có con chó cứ đi theo tôi." as "A dog keeps following
    me.", "Một con chó đi theo tôi về nhà." as "A dog followed me home.", "Con chó đó đang đuổi theo con tôi." as
    "That dog is chasing my child." (_ACTS); None for anything else, and a plain "đuổi theo", "đi theo" (now?)."""
    m = _ACTS.fullmatch(text)
    if not m or "?" in m["end"] or m["day0"] and m["day"] or (dog := _dog(m, "", bool(m["there"]))) is None:
        return None
    whom = as_whom(m["whom"], "vi")
    aux, doing, day = keyed(m["aux"] or ""), _DOING[keyed(m["verb"])], m["day0"] or m["day"]
    (dog_, many), home = dog, " home" if m["home"] else ""
    if not whom or (day or home) and aux not in ("", "đã") or home and doing != "follow":
        return None
    if aux in ("", "đã", "vừa", "vừa mới"):
        if doing != "rush" and not (day or home or aux):
            return None  # ("Có con chó đuổi theo tôi.": now, or the past?)
        just, when = "just " if aux.startswith("vừa") else "", f" {DAYS[keyed(day)]}" if day else ""
        past = {"rush": "rushed at", "chase": "chased", "follow": "followed"}[doing]
        return capitalised(f"{dog_} {just}{past} {whom}{home}{when}{stop(m['end'])}")
    if aux == "cứ":
        said = f"{'keep' if many else 'keeps'} {_ING[doing]}"
    elif doing == "rush":
        return None
    else:
        said = f"{'are' if many else 'is'} {_ING[doing]}"
    return capitalised(f"{dog_} {said} {whom}{stop(m['end'])}")


def _many(text: str) -> str | None:
    """"Trong ngõ có nhiều chó hoang." as "There are a lot of stray dogs in the alley.", "Khu này có nhiều chó hoang
    quá." as "There are so many stray dogs in this area.", "Ở đây có chó hoang không?" as "Are there any stray dogs
    here?", "Ở đây không có chó hoang." as "There are no stray dogs here." (_MANY); None for anything else."""
    m = _MANY.fullmatch(text)
    if not m or bool(m["place0"]) == bool(m["place"]) or bool(m["asked"]) != ("?" in m["end"]):
        return None
    place, amt, asked = PLACES[keyed(m["place0"] or m["place"])], keyed(m["amt"] or ""), bool(m["asked"])
    if m["much"] and (amt != "nhiều" or asked or m["no"]) or (asked or m["no"]) and amt not in ("", "nhiều"):
        return None
    if asked or m["no"]:
        return None if asked and m["no"] else f"Are there {'a lot of' if amt else 'any'} stray dogs {place}?" if \
            asked else ("There aren't many" if amt else "There are no") + f" stray dogs {place}{stop(m['end'])}"
    many = "so many " if m["much"] else "a lot of " if amt == "nhiều" else "a few " if amt else ""
    said = f"There's a stray dog {place}" if amt == "một con" else f"There are {many}stray dogs {place}"
    return said + stop(m["end"])


def _afraid(text: str) -> str | None:
    """"Tôi sợ chó lạ." as "I'm afraid of strange dogs.", "Con gái tôi rất sợ chó hoang." as "My daughter is very
    afraid of stray dogs.", "Bạn có sợ chó lạ không?" as "Are you afraid of strange dogs?" (_AFRAID); None for
    anything else, and a pet afraid."""
    m = _AFRAID.fullmatch(text)
    asked = bool(m) and bool(m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["much"] and (asked or m["not"] or m["very"]):
        return None
    if (said := person_of(m, asked)) is None:
        return None
    who_, be_, dogs = said[0], be(said[0]), f"{_KINDS[keyed(m['kind'])]} dogs"
    if asked:
        return f"{be_.capitalize()} {who_} afraid of {dogs}?"
    if m["not"]:
        return capitalised(f"{who_} {be_}n't" if who_ != "I" else "I'm not") + f" afraid of {dogs}{stop(m['end'])}"
    how = {"rất": "very ", "hơi": "a bit ", "lắm": "so ", "quá": "so "}.get(keyed(m["very"] or m["much"] or ""), "")
    return capitalised(contracted(who_, f"{be_} {how}afraid of {dogs}") + stop(m["end"]))


def _tell(text: str) -> str | None:
    """"Đừng lại gần con chó đó." as "Don't go near that dog.", "Tránh xa chó hoang ra." as "Keep away from stray
    dogs." (_TELL); None for anything else, and "chó" alone ("Đừng lại gần chó.")."""
    m = _TELL.fullmatch(text)
    if not m or m["dn"] and keyed(m["dn"]) not in ("mấy", "những") or keyed(m["cls"] or "") == "đàn":
        return None  # ("Tránh xa một con chó.", "… một đàn chó": which?)
    dog = not (m["near"] and m["ra"]) and _dog(m, "many" if m["kind"] else "")
    return dog and ("Don't go near " if m["near"] else "Keep away from ") + dog[0] + stop(m["end"])


def _lead(text: str) -> str | None:
    """"Con chó đó không có dây xích." as "That dog isn't on a lead.", "Sao con chó đó không có dây xích?" as "Why
    isn't that dog on a lead?" (_LEAD); None for anything else, and a dog not told ("Một con chó …")."""
    m = _LEAD.fullmatch(text)
    if not m or bool(m["why"]) != ("?" in m["end"]) or keyed(m["cls"] or "") != "con" or m["dn"] or not (
            dog := _dog(m, "")):
        return None
    return f"Why isn't {dog[0]} on a lead?" if m["why"] else capitalised(f"{dog[0]} isn't on a lead{stop(m['end'])}")


def _dog_vi(m: re.Match, by: bool = False) -> tuple[str, bool, bool] | None:
    """The dog of a match of _DOG_EN in Vietnamese, whether many and whether bare ("dogs", "stray dogs": at large): "a
    dog" as "một con chó" ("chó" after "bị", `by`), "that dog" as "con chó đó", "two dogs" as "hai con chó", "those
    dogs" as "mấy con chó đó"; None for "the dogs" and where "a" or the count does not agree ("a dogs", "two dog")."""
    if m["nb"]:
        return ("chó nhà hàng xóm" if by else "con chó nhà hàng xóm"), False, False
    kind = f" {_KINDS_VI[m['kind'].lower()]}" if m["kind"] else ""
    dn, det, many = (m["dn"] or "").lower(), (m["det"] or "").lower(), m["noun"].lower() == "dogs"
    if m["pack"]:
        return (f"một đàn chó{kind}", False, False) if many else None
    if det:
        if (det == "those") != many or det == "the" and many:
            return None
        said = {"the": "con chó{}", "that": "con chó{} đó", "this": "con chó{} này", "those": "mấy con chó{} đó"}[det]
        return said.format(kind), many, False
    if dn:
        n = 1 if dn in ("a", "an") else _N_EN[dn]
        if (n == 1) == many or dn == "an":
            return None
        return ("chó" + kind if by and dn == "a" else f"{vi_word(n)} con chó{kind}"), many, False
    return (f"chó{kind}", True, True) if many else None


def _who_vi(m: re.Match) -> str | None:
    """Who of a match of WHO_EN in Vietnamese; None for a pet ("my dog")."""
    return None if animal(m) else who_vi(m)[0]


def _opened(day: str | None, said: str) -> str:
    """A Vietnamese sentence with a day behind before it ("Hôm qua con tôi …")."""
    return capitalised(f"{DAYS_VI[day.lower()]} {said}" if day else said)


def _chased_vi(text: str) -> str | None:
    """"I was chased by a dog." as "Tôi bị chó đuổi.", "My child was chased by a dog yesterday." as "Hôm qua con tôi
    bị chó đuổi.", "Were you chased by a dog?" as "Bạn có bị chó đuổi không?" (_CHASED_EN); None for anything else,
    and "was" that does not agree with who."""
    m = _CHASED_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    be_ = (m["q"] or m["be"]).lower()
    if be_ != "got" and not be_agrees(m, be_, past=True) or (who_ := _who_vi(m)) is None or m["q"] and who_ == "tôi":
        return None  # (and "Was I chased …?", asked of oneself)
    if (dog := _dog_vi(m, by=True)) is None:
        return None
    how, end = ("có ", " không?") if m["q"] else ("", stop(m["end"]))
    return _opened(m["day"], f"{who_} {how}bị {dog[0]} đuổi{end}")


def _perfect_vi(text: str) -> str | None:
    """"Have you ever been chased by a dog?" as "Bạn đã bao giờ bị chó đuổi chưa?", "My son has just been chased by a
    dog." as "Con trai tôi vừa bị chó đuổi.", "I've never been chased by a dog." as "Tôi chưa bao giờ bị chó đuổi."
    (_EVER_EN, _JUST_EN); None for anything else, "has" that does not agree, and "Have I ever …?" (of oneself)."""
    m = next((m for p in (_EVER_EN, _JUST_EN) if (m := p.fullmatch(text))), None)
    who_ = m and _who_vi(m)
    ever = bool(m) and "q" in m.re.groupindex
    if not who_ or not (dog := _dog_vi(m, by=True)) or not ever and "?" in m["end"]:
        return None
    if (keyed(m["q"] if ever else m["aux"]).replace("’", "'") in ("has", "'s")) != who_vi(m)[1]:
        return None
    if ever:
        return None if who_ == "tôi" else capitalised(f"{who_} đã bao giờ bị {dog[0]} đuổi chưa?")
    adv = "vừa" if m["adv"] == "just" else "chưa bao giờ"
    return capitalised(f"{who_} {adv} bị {dog[0]} đuổi{stop(m['end'])}")


def _habit_vi(text: str) -> str | None:
    """"I often get chased by dogs." as "Tôi hay bị chó đuổi.", "Do you often get chased by stray dogs?" as "Bạn có
    hay bị chó hoang đuổi không?" (_HABIT_EN); None for anything else, and a dog not at large ("by that dog")."""
    m = _HABIT_EN.fullmatch(text)
    who_ = m and _who_vi(m)
    if not who_ or bool(m["q"]) != ("?" in m["end"]) or not (dog := _dog_vi(m, by=True)) or not dog[2]:
        return None
    one, often = who_vi(m)[1], m["often"].lower()
    if m["q"] and ((m["q"] == "Does") != one or m["verb"] != "get" or often != "often") or (
            not m["q"] and (m["verb"] == "gets") != one):
        return None
    how, end = ("có hay", " không?") if m["q"] else (HABIT_VI[often], stop(m["end"]))
    return capitalised(f"{who_} {how} bị {dog[0]} đuổi{end}")


def _acts_vi(text: str) -> str | None:
    """"The dog rushed at me." as "Con chó lao vào tôi.", "A dog keeps following me." as "Có một con chó cứ đi theo
    tôi.", "A dog followed me home." as "Có một con chó đi theo tôi về nhà.", "That dog chased my son yesterday." as
    "Hôm qua con chó đó đuổi theo con trai tôi." (_ACTS_EN); None for anything else, and a verb that does not agree."""
    m = _ACTS_EN.fullmatch(text)
    if not m or "?" in m["end"] or (dog := _dog_vi(m)) is None or dog[2]:
        return None
    verb = keyed(m["verb"])
    doing, aux = _DOING_EN[verb]
    whom = as_whom(m["whom"], "en")
    if not whom or aux and (m["just"] or m["day"] or m["home"]) or m["home"] and doing != "follow":
        return None
    if aux and (verb.split()[0] in ("keep", "are")) != dog[1] or m["just"] and m["day"]:
        return None  # ("The dog keep following me.", "just" with a day)
    said = {"rush": "lao vào", "chase": "đuổi theo", "follow": "đi theo"}[doing]
    tense = "vừa " if m["just"] else f"{aux} " if aux else "đã " if doing != "rush" and not (m["day"] or m["home"]) \
        else ""
    # ("A dog …" opens with "Có", as Vietnamese tells of a dog not known before)
    subject = f"có {dog[0]}" if dog[0].startswith(("một ", *(f"{vi_word(n)} " for n in range(2, 11)))) else dog[0]
    return _opened(m["day"], f"{subject} {tense}{said} {whom}{' về nhà' if m['home'] else ''}{stop(m['end'])}")


def _many_vi(text: str) -> str | None:
    """"There are a lot of stray dogs in the alley." as "Trong ngõ có nhiều chó hoang.", "Are there any stray dogs
    here?" as "Ở đây có chó hoang không?", "There are no stray dogs around here." as "Quanh đây không có chó hoang."
    (_MANY_EN); None for anything else, and "is" or "a" that does not agree."""
    m = _MANY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    be_ = (m["q"] or m["be"]).strip().lower().replace("’", "'")
    amt, no, many = keyed(m["amt"] or ""), keyed(m["no"] or "").replace("’", "'"), m["noun"] == "dogs"
    if (be_ in ("is", "'s")) == many or (amt == "a") == many or m["q"] and no:
        return None
    place = capitalised(PLACES_VI[keyed(m["place"])])
    # ("many", "any" asked or denied; "no" alone; the rest said)
    if amt not in (("any", "many", "a lot of") if m["q"] or no in ("not", "n't") else ("",) if no else
                   ("", "a lot of", "lots of", "many", "so many", "a few", "a")):
        return None
    amt_vi = {"a few": "vài con ", "a": "một con ", "any": "", "": ""}.get(amt, "nhiều ")
    vi = f"{'không ' * bool(no)}có {amt_vi}chó hoang{' quá' * (amt == 'so many')}"
    return f"{place} {vi} không?" if m["q"] else f"{place} {vi}{stop(m['end'])}"


def _afraid_vi(text: str) -> str | None:
    """"I'm afraid of strange dogs." as "Tôi sợ chó lạ.", "Are you scared of stray dogs?" as "Bạn có sợ chó hoang
    không?", "My mother is very afraid of stray dogs." as "Mẹ tôi rất sợ chó hoang." (_AFRAID_EN); None for
    anything else, and "is" that does not agree."""
    m = _AFRAID_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    if not be_agrees(m, m["q"] or m["be"]) or (who_ := _who_vi(m)) is None or m["not"] and m["very"] or (
            m["q"] and who_ == "tôi"):
        return None  # (and "Am I afraid …?", asked of oneself)
    dogs, very = f"chó {_KINDS_VI[m['kind']]}", (m["very"] or "").lower()
    if m["q"]:
        return None if very else capitalised(f"{who_} có sợ {dogs} không?")
    if m["not"]:
        return capitalised(f"{who_} không sợ {dogs}{stop(m['end'])}")
    how = {"very": "rất ", "really": "rất ", "a bit": "hơi "}.get(very, "")
    return capitalised(f"{who_} {how}sợ {dogs}{' lắm' if very == 'so' else ''}{stop(m['end'])}")


def _tell_vi(text: str) -> str | None:
    """"Don't go near that dog." as "Đừng lại gần con chó đó.", "Keep away from stray dogs." as "Tránh xa chó hoang
    ra." (_TELL_EN); None for anything else, and "a dog" or "dogs" alone."""
    m = _TELL_EN.fullmatch(text)
    dog = m and _dog_vi(m)
    if not dog or dog[2] and not m["kind"] or m["dn"] or m["pack"]:
        return None
    return f"Đừng lại gần {dog[0]}{stop(m['end'])}" if m["near"] else f"Tránh xa {dog[0]} ra{stop(m['end'])}"


def _lead_vi(text: str) -> str | None:
    """"That dog isn't on a lead." as "Con chó đó không có dây xích.", "Why isn't that dog on a leash?" as "Sao con
    chó đó không có dây xích?" (_LEAD_EN); None for anything else, and a dog not told ("A dog isn't …")."""
    m = next((m for p in _LEAD_EN if (m := p.fullmatch(text))), None)
    dog = m and _dog_vi(m)
    if not dog or dog[1] or m["dn"] or m["pack"]:
        return None
    said = f"{dog[0]} không có dây xích"
    return f"Sao {said}?" if m.groupdict().get("why") else capitalised(said + stop(m["end"]))
