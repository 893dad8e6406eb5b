"""Breakfast, both ways, written whole by rule: what someone usually has or had for breakfast (a list of breakfast
foods and drinks), asked; what they have every morning; who won't eat breakfast or didn't have it on a day; breakfast
at home, out, at work or at school; and liking a food for breakfast. v8 (every rule on) reads "xôi" as buckets, "bữa
sáng" opening a sentence as its subject, "không chịu" as not standing, and "had … for breakfast" as owning it: "Bữa
sáng tôi thường ăn phở." → "The breakfast is usually eaten pho.", "Sáng nay tôi ăn xôi." → "This morning, I eat
buckets.", "Sáng nay bạn ăn gì?" → "This morning, what do you eat?", "Tôi thường ăn bánh mì vào bữa sáng." → "I usually
eat bread in breakfast.", "Bạn thường ăn sáng bằng gì?" → "What do you eat breakfast?", "Con tôi không chịu ăn sáng."
→ "I don't stand breakfast.", "Tôi thích ăn xôi vào buổi sáng." → "I like to eat buckets at the morning.", "Tôi hay ăn
sáng ở ngoài." → "I usually eat out the breakfast.", "Sáng nào tôi cũng ăn phở." → "I eat pho."; "What did you have
for breakfast?" → "Bạn đã ăn sáng gì?", "I had sticky rice for breakfast." → "Tôi có gạo lức để ăn sáng.", "What do you
usually eat for breakfast?" → "Bạn thường ăn sáng gì cho bữa sáng?", "She had rice porridge for breakfast." → "Cô ấy có
cây cầu cho bữa sáng.", "I had breakfast out this morning." → "Tôi ăn sáng sáng nay.", "Lan won't eat breakfast." →
"Lan sẽ không ăn sáng.", "I have pho every morning." → "Tôi đã phở mỗi buổi sáng.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets) eating foods of _FOODS and drinking _DRINKS ("ăn bánh mì và uống sữa"; a
list with "và" or "hoặc"; "chỉ", only) for breakfast ("Bữa sáng …", "… vào bữa sáng", "ăn sáng bằng …"): as a habit
with how often (_OFTEN: "thường" usually, "hay" often …), "Sáng nào … cũng …" (every morning), or done ("đã", a day of
_DAYS, "Bữa sáng nay"); "Sáng nay tôi ăn xôi." (a morning said, no meal); asked "… ăn gì?", "ăn sáng bằng gì?", "ăn
sáng món gì?" (with how often, or done); English "have", "eat", "had", "ate" … "for breakfast" (a day, "every day",
"every morning"), "What do you usually have/eat for breakfast?", "What did you have for breakfast?". Breakfast at a
place of _PLACES with how often, or done ("đã", a day), asked "có … không?" or "ở đâu?". A child (anyone but "I",
"you", "we") who won't eat breakfast ("không chịu ăn sáng", "vẫn": still; on a day: wouldn't), who didn't have it on a
day. Liking a food for breakfast or in the morning ("thích ăn xôi vào buổi sáng"), said, denied, asked.
Left: "Bạn ăn sáng bằng gì?", "Bữa sáng bạn ăn gì?", "Tôi ăn phở vào bữa sáng." with no how often, no "đã" and no day
(a habit, or today's?), "What do you have for breakfast?" (a hotel's?), "Tôi ăn sáng ở nhà." bare, "Sáng nay tôi
không ăn sáng." (didn't, or won't?), "hôm nay" (done, or to come?), "Hôm qua tôi ăn phở." (no breakfast said), counts
("hai quả trứng", "an egg"), "dạo này", "I"/"you"/"we" who won't eat, a list with both "và" and "hoặc", "or" with
drinks, "thế"/"vậy" statements; "chúng ta", "mình" this morning with no "đã", or "chúng tôi" asking (a plan?); "hoặc"
had (which?); English "we", "our" asked ("chúng ta", or "chúng tôi"?), "What did you have this morning?" (a class?);
and what others take: breakfast had yet (mt/meals.py), skipped (mt/skipped_meals.py),
at a time (mt/routines.py), now (mt/at_the_moment.py), at a hotel (mt/hotel_breakfasts.py), ready
(mt/mealtimes.py), a child refusing other foods (mt/picky_eating.py), hunger (mt/hunger.py), vendors
(mt/street_vendors.py).
mt.phrasebook.translate tries these after mt/camping.py.

    >>> translate("Bữa sáng tôi thường ăn phở.", "vi", "en"), translate("What did you have for breakfast?", "en", "vi")
    ('I usually have pho for breakfast.', 'Bạn đã ăn gì vào bữa sáng?')
"""
from __future__ import annotations

import re

from .floods import DAYS_DONE
from .hobbies import WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, joined, listed, person_of, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, keyed, present, stop

_KEYS = {"vi": lazy(r"(?i:ăn\s+sáng|bữa\s+sáng|buổi\s+sáng|sáng\s+nay|sáng\s+hôm\s+qua|sáng\s+nào)"),
         "en": lazy(r"(?i:breakfast|this\s+morning|yesterday\s+morning|every\s+morning|in\s+the\s+morning)")}
# breakfast foods and drinks (the first Vietnamese of each is written back; "bánh mì" as bread, uncounted)
_FOODS = {"phở": "pho", "phở bò": "beef pho", "phở gà": "chicken pho", "bún": "rice noodles",
          "bún bò": "beef noodle soup", "xôi": "sticky rice", "bánh mì": "bread", "cháo": "rice porridge",
          "trứng": "eggs", "trứng ốp la": "fried eggs", "mì tôm": "instant noodles", "mì gói": "instant noodles",
          "cơm tấm": "broken rice", "bánh cuốn": "steamed rice rolls", "ngũ cốc": "cereal",
          "ngũ cốc với sữa": "cereal with milk", "bánh bao": "steamed buns", "cơm rang": "fried rice",
          "cơm chiên": "fried rice", "hoa quả": "fruit", "trái cây": "fruit", "sữa chua": "yogurt"}
_DRINKS = {"sữa": "milk", "cà phê": "coffee", "cà phê sữa": "coffee with milk", "trà": "tea",
           "sữa đậu nành": "soy milk", "nước cam": "orange juice"}
_EATEN = {keyed(vi): en for vi, en in (_FOODS | _DRINKS).items()}
_FOODS_VI = {en: vi for vi, en in reversed(_FOODS.items())} | {
    "a banh mi": "bánh mì", "banh mi": "bánh mì", "congee": "cháo", "porridge": "cháo", "banh cuon": "bánh cuốn",
    "yoghurt": "sữa chua"}
_DRINKS_VI = {en: vi for vi, en in reversed(_DRINKS.items())} | {"black coffee": "cà phê đen"}
_EATEN_VI = {keyed(en): vi for en, vi in (_FOODS_VI | _DRINKS_VI).items()}
# how often (before the verb), and back
_OFTEN = {"thường": "usually", "thường thường": "usually", "hay": "often", "thường xuyên": "often", "luôn": "always",
          "luôn luôn": "always", "thỉnh thoảng": "sometimes", "đôi khi": "sometimes"}
_OFTEN_VI = {"usually": "thường", "normally": "thường", "often": "hay", "always": "luôn", "sometimes": "thỉnh thoảng"}
# days done (a breakfast eaten), and the mornings among them (a food eaten then is breakfast: "Sáng nay tôi ăn xôi.")
_DAYS = {vi: DAYS_DONE[vi] for vi in ("sáng nay", "hôm qua", "sáng hôm qua", "hôm kia")}
_DAYS_VI = {en: vi for vi, en in _DAYS.items()}
_MORNINGS = {"this morning", "yesterday morning"}
_PLACES = {"ở nhà": "at home", "ở ngoài": "out", "ngoài hàng": "out", "ở ngoài hàng": "out", "ở công ty": "at work",
           "ở cơ quan": "at work", "ở chỗ làm": "at work", "ở trường": "at school"}
_PLACES_VI = {"at home": "ở nhà", "out": "ở ngoài", "at work": "ở chỗ làm", "at school": "ở trường"}
_NOT_CHILD = {"I", "you", "we", "tôi", "bạn", "chúng tôi"}  # (who won't eat now: a refusal, left)

_F = joined(rf"(?i:{alternatives(_FOODS)})", "và|hoặc")
_D = joined(rf"(?i:{alternatives(_DRINKS)})", "và|hoặc")
_DAY = rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?"
_OFTEN_RE = rf"(?P<often>(?i:{alternatives(_OFTEN)}))"
# what is eaten or asked ("ăn sáng bằng phở", "ăn sáng bằng gì", "ăn sáng món gì", "ăn xôi", "ăn bánh mì và uống
# sữa", "uống cà phê", "ăn gì")
_ATE = (rf"(?:(?P<by>ăn\s+sáng\s+(?:bằng\s+(?:(?P<what>gì)|(?P<foods>{_F}))|món\s+(?P<what1>gì)))|"
        rf"ăn\s+(?:(?P<what2>gì)|(?P<foods2>{_F})(?:\s+và\s+uống\s+(?P<drinks>{_D}))?)|uống\s+(?P<drinks2>{_D}))")
# had, has as a habit, every morning ("Bữa sáng tôi thường ăn phở.", "Sáng nay tôi ăn xôi.", "Sáng nào tôi cũng ăn
# phở.", "Bạn thường ăn gì vào bữa sáng?")
_MEAL = lazy(rf"{_DAY}(?:(?P<lead>[Bb]ữa\s+sáng(?P<nay>\s+nay)?)\s*,?\s+|(?P<every>[Ss]áng\s+nào)\s+)?{WHO}\s+"
             rf"(?(every)cũng\s+|(?:{_OFTEN_RE}\s+|(?P<did>đã)\s+)?)(?:(?P<only>chỉ)\s+)?{_ATE}"
             rf"(?:\s+(?P<tail>vào\s+(?P<meal>bữa|buổi)\s+sáng))?{SOFTENED_END}")
# breakfast at a place ("Tôi hay ăn sáng ở ngoài.", "Bạn có thường ăn sáng ở nhà không?", "Bạn thường ăn sáng ở đâu?")
_PLACE = lazy(rf"{_DAY}{WHO}\s+(?:(?P<ask>có)\s+)?(?:{_OFTEN_RE}\s+|(?P<did>đã)\s+)?ăn\s+sáng\s+"
              rf"(?:(?P<place>{alternatives(_PLACES)})|(?P<where>ở\s+đâu)){ASKED_END}")
# won't eat it, or didn't ("Con tôi không chịu ăn sáng.", "Hôm qua tôi không ăn sáng.")
_REFUSE = lazy(rf"{_DAY}{WHO}\s+(?:(?P<still>vẫn)\s+)?không\s+(?P<refuse>chịu\s+)?ăn\s+sáng{SOFTENED_END}")
# a food liked for breakfast ("Tôi thích ăn xôi vào buổi sáng.", "Bạn có thích ăn phở vào bữa sáng không?")
_LIKE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?thích\s+ăn\s+(?P<foods>{_F})\s+vào\s+(?P<meal>bữa|buổi)"
             rf"\s+sáng{ASKED_END}")

# ... in English
_ITEMS_EN = joined(rf"(?i:{alternatives(_FOODS_VI | _DRINKS_VI)})", "and|or")
_DAY_EN = rf"(?P<day>{alternatives(_DAYS_VI)})"
_OFTEN_EN = rf"(?:\s+(?P<often>{alternatives(_OFTEN_VI)}))?"
_MEAL_EN = lazy(rf"(?:What\s+(?P<q>do|does|did)\s+)?{WHO_EN}{_OFTEN_EN}(?:\s+(?P<only>only))?\s+(?P<verb>have|has|"
                rf"had|eat|eats|ate)(?:\s+(?P<items>{_ITEMS_EN}))?(?:\s+(?P<fb>for\s+breakfast))?(?:\s+(?:{_DAY_EN}|"
                r"(?P<every>every\s+(?:day|morning))))?\s*(?P<end>[.!?]*)")
_PLACE_EN = lazy(rf"(?:(?P<where>Where\s+)?(?P<q>(?i:do|does|did))\s+)?{WHO_EN}{_OFTEN_EN}\s+(?P<verb>have|has|had|"
                 rf"eat|eats|ate)\s+breakfast(?:\s+(?P<place>{alternatives(_PLACES_VI)}))?(?:\s+{_DAY_EN})?"
                 r"\s*(?P<end>[.!?]*)")
_REFUSE_EN = lazy(rf"{WHO_EN}(?:\s+(?P<still>still))?\s+(?:(?:won't|will\s+not)\s+eat|(?P<refuses>refuses?)\s+to\s+eat|"
                  r"(?P<past>wouldn't|would\s+not|refused\s+to)\s+eat|(?P<didnt>didn't|did\s+not)\s+(?:have|eat))"
                  rf"\s+breakfast(?:\s+{_DAY_EN})?\s*(?P<end>[.!]*)")
_LIKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don't|doesn't|do\s+not|does\s+not))?\s+(?P<verb>likes?)"
                rf"\s+(?:eating|having|to\s+eat|to\s+have)\s+(?P<items>{joined(alternatives(_FOODS_VI), 'and|or')})"
                r"\s+(?P<meal>for\s+breakfast|in\s+the\s+morning)\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of what someone has or had for breakfast, breakfast at a place, a breakfast
    refused or not had, or a food liked for breakfast; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _meal(text) or _place(text) or _refuse(text) or _like(text)
    text = text.replace("’", "'")
    return _meal_vi(text) or _place_vi(text) or _refuse_vi(text) or _like_vi(text)


def _eaten_en(foods: str | None, drinks: str | None) -> str | None:
    """Foods and drinks said in Vietnamese as English lists them ("trứng và bánh mì", "sữa": "eggs, bread and milk");
    None for a list joined both with "và" and "hoặc", or "hoặc" with drinks after foods."""
    said = ", ".join(filter(None, (foods, drinks)))
    joins = set(re.findall(r"(?<!\w)(?:và|hoặc)(?!\w)", said))
    if len(joins) > 1 or foods and drinks and joins == {"hoặc"}:
        return None
    return listed(said, _EATEN, {"và": "and", "hoặc": "or"})[0]


def _person(m: re.Match, asked: bool, day: str = "") -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.person_of); None for "em" with "ạ" too, and for
    "chúng ta", "mình" (or "we" asking) on `day` "this morning" with no "đã" (a plan: "Sáng nay chúng ta ăn gì?")."""
    ours = keyed(m["who"] or "") in ("chúng ta", "mình") or asked and keyed(m["who"] or "") == "chúng tôi"
    return None if em_speaking(m) or ours and day == "this morning" and not m["did"] else person_of(m, asked)


def _meal(text: str) -> str | None:
    """"Bữa sáng tôi thường ăn phở." as "I usually have pho for breakfast.", "Sáng nay tôi ăn xôi." as "I had sticky
    rice this morning.", "Bạn thường ăn sáng bằng gì?" as "What do you usually have for breakfast?", "Sáng nào tôi cũng
    ăn phở." as "I have pho every morning." (_MEAL); None for anything else, and a habit with no how often."""
    m = _MEAL.fullmatch(text)
    if not m or m["nay"] and m["day"] or m["lead"] and m["tail"] or m["by"] and (m["lead"] or m["tail"]):
        return None
    what, asked = m["what"] or m["what1"] or m["what2"], "?" in m["end"]
    day = "this morning" if m["nay"] else _DAYS[keyed(m["day"])] if m["day"] else ""
    said = None if bool(what) != asked or what and m["only"] else _person(m, asked, day)
    items = None if what or not said else _eaten_en(m["foods"] or m["foods2"], m["drinks"] or m["drinks2"])
    if not said or not (what or items):
        return None
    (who_, one), only = said, "only " * bool(m["only"])
    named = bool(m["lead"] or m["by"] or m["meal"] == "bữa")  # (the meal said: "for breakfast")
    if m["every"]:
        return None if what or day else capitalised(
            f"{who_} {only}{'has' if one else 'have'} {items}{' for breakfast' * named} every morning{stop(m['end'])}")
    if m["often"]:
        if day or not (named or m["meal"]):
            return None
        often, when = _OFTEN[keyed(m["often"])], "for breakfast" if named else "in the morning"
        drinks = bool(m["drinks"] or m["drinks2"])  # ("uống cà phê vào buổi sáng": drinks it)
        verb = "have" if named or drinks and m["foods2"] else "drink" if drinks else "eat"
        if what:
            return f"What {'does' if one else 'do'} {who_} {often} {verb} {when}?"
        verb = "has" if one and verb == "have" else f"{verb}s" if one else verb
        return capitalised(f"{who_} {often} {only}{verb} {items} {when}{stop(m['end'])}")
    if not (m["did"] or day) or m["meal"] == "buổi" or not named and day not in _MORNINGS or " or " in (items or ""):
        return None  # (no "đã" and no day: a habit, or today's?; "hoặc" had: which?)
    day, meal = f" {day}" * bool(day), " for breakfast" * named
    if what:
        return f"What did {who_} {'have' if named else 'eat'}{meal}{day}?"
    return capitalised(f"{who_} {only}had {items}{meal}{day}{stop(m['end'])}")


def _place(text: str) -> str | None:
    """"Tôi hay ăn sáng ở ngoài." as "I often have breakfast out.", "Bạn thường ăn sáng ở đâu?" as "Where do you
    usually have breakfast?", "Hôm qua tôi ăn sáng ở ngoài." as "I had breakfast out yesterday." (_PLACE); None for
    anything else, and "ăn sáng ở nhà" with no how often, no "đã" and no day."""
    m = _PLACE.fullmatch(text)
    if not m:
        return None
    where = bool(m["where"])
    asked = ("?" in m["end"] and not (m["ask"] or m["asked"])) if where else asked_of(m)
    said = None if asked is None else _person(m, asked, _DAYS[keyed(m["day"])] if m["day"] else "")
    if not said or where and not asked or m["ask"] and m["did"] or m["often"] and (m["day"] or m["did"]):
        return None
    (who_, one), place = said, "" if where else f" {_PLACES[keyed(m['place'])]}"
    if m["often"]:
        often = _OFTEN[keyed(m["often"])]
        if where:
            return f"Where {'does' if one else 'do'} {who_} {often} have breakfast?"
        return present(who_, one, "have", f"breakfast{place}", asked, end=m["end"], adverb=f"{often} ")
    day = f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    if not (day or m["did"]) or m["ask"] and not day:
        return None
    if where:
        return f"Where did {who_} have breakfast{day}?"
    return f"Did {who_} have breakfast{place}{day}?" if asked else capitalised(
        f"{who_} had breakfast{place}{day}{stop(m['end'])}")


def _refuse(text: str) -> str | None:
    """"Con tôi không chịu ăn sáng." as "My child won't eat breakfast.", "Hôm qua tôi không ăn sáng." as "I didn't have
    breakfast yesterday." (_REFUSE); None for anything else, "I", "you", "we" who won't, and "sáng nay" not had."""
    m = _REFUSE.fullmatch(text)
    said = m and "?" not in m["end"] and _person(m, False)
    if not said or m["still"] and m["day"]:
        return None
    who_, end, day = said[0], stop(m["end"]), _DAYS[keyed(m["day"])] if m["day"] else ""
    if not m["refuse"]:  # ("Sáng nay tôi không ăn sáng.": didn't, or won't?)
        return capitalised(f"{who_} didn't have breakfast {day}{end}") if day and day != "this morning" and not (
            m["still"]) else None
    if who_ in _NOT_CHILD:
        return None
    return capitalised(f"{who_} wouldn't eat breakfast {day}{end}" if day else
                       f"{who_} {'still ' * bool(m['still'])}won't eat breakfast{end}")


def _like(text: str) -> str | None:
    """"Tôi thích ăn xôi vào buổi sáng." as "I like eating sticky rice in the morning.", "Bạn có thích ăn phở vào bữa
    sáng không?" as "Do you like eating pho for breakfast?" (_LIKE); None for anything else."""
    m = _LIKE.fullmatch(text)
    asked = m and asked_of(m)
    said = None if asked is None else _person(m, asked)
    items = said and _eaten_en(m["foods"], None)
    if not items:
        return None
    when = "for breakfast" if keyed(m["meal"]) == "bữa" else "in the morning"
    return present(*said, "like", f"eating {items} {when}", asked, bool(m["not"]), m["end"])


def _eaten_vi(items: str, by: bool = False) -> str | None:
    """English foods and drinks as Vietnamese eats and drinks them ("eggs, bread and milk": "ăn trứng, bánh mì và uống
    sữa"), or all after "ăn sáng bằng" where `by`; None for "or" with drinks, and "and" with "or"."""
    parts = re.split(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", items)
    joins = set(re.findall(r"(?<!\w)(?:and|or)(?!\w)", items))
    foods = [_EATEN_VI[keyed(p)] for p in parts if keyed(p) in _FOODS_VI]
    drinks = [_EATEN_VI[keyed(p)] for p in parts if keyed(p) not in _FOODS_VI]
    if len(joins) > 1 or drinks and "or" in joins and (foods or by):
        return None
    if by or not (foods and drinks):
        return listed(items, _EATEN_VI, {"and": "và", "or": "hoặc"})[0] if by else (
            f"{'ăn' if foods else 'uống'} {listed(items, _EATEN_VI, {'and': 'và', 'or': 'hoặc'})[0]}")
    said = ", ".join(foods) if drinks else ""
    return f"ăn {said} và uống {listed(', '.join(drinks), {keyed(d): d for d in drinks}, {'and': 'và'})[0]}"


def _who_en(m: re.Match, first: str, s: bool | None) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one, where `first` (the question's "do", "does", "did",
    or a denial's) agrees with who and the verb said with "-s" (`s`; None where it does not tell) does; None for a
    pet, "I" asked, "we" or "our" asked ("chúng ta", or "chúng tôi"?), or a verb not agreeing."""
    who_, one = who_vi(m)
    if animal(m) or not first_agrees(first.lower(), who_, one) or s is not None and s != (one and not first):
        return None
    ours = who_ in ("tôi", "chúng tôi") or (m["whose"] or "").lower() == "our"
    return None if first and "?" in m["end"] and ours else (who_, one)


def _meal_vi(text: str) -> str | None:
    """"What did you have for breakfast?" as "Bạn đã ăn gì vào bữa sáng?", "I usually have pho for breakfast." as
    "Tôi thường ăn phở vào bữa sáng.", "I had pho for breakfast yesterday." as "Hôm qua tôi ăn sáng bằng phở.", "I
    have pho every morning." as "Sáng nào tôi cũng ăn phở." (_MEAL_EN); None for anything else."""
    m = _MEAL_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["items"]):
        return None
    verb, q = m["verb"], (m["q"] or "").lower()
    past = q == "did" or verb in ("had", "ate")
    if q and verb not in ("have", "eat") or past and (m["often"] or m["every"]) or m["only"] and q:
        return None
    said = _who_en(m, q, None if past or q else verb in ("has", "eats"))
    items = said and (q or _eaten_vi(m["items"], past and m["day"] and m["fb"]))
    if not items or not m["fb"] and (m["day"] not in _MORNINGS and not m["every"] or m["every"] == "every day" or (
            q and verb == "have")):  # ("What did you have this morning?": a class?)
        return None
    who_, day = said[0], _DAYS_VI.get(m["day"] or "", "")
    only, often = "chỉ " * bool(m["only"]), f"{_OFTEN_VI.get(m['often'] or '', '')} ".lstrip()
    if m["every"]:
        return None if q or m["often"] else f"Sáng nào {who_} cũng {only}{items}{stop(m['end'])}"
    if not past:
        if m["day"] or q and verb == "have" and not m["often"]:
            return None  # ("What do you have for breakfast?" may ask a hotel)
        return capitalised(f"{who_} {often or 'thường ' if q else often}{only}"
                           f"{'ăn gì' if q else items} vào bữa sáng{'?' if q else stop(m['end'])}")
    if q:
        return capitalised(f"{day} {who_} ăn sáng bằng gì?" if day and m["fb"] else
                           f"{day} {who_} đã ăn gì?" if day else f"{who_} đã ăn gì vào bữa sáng?")
    if "hoặc" in items:
        return None
    if day:
        return capitalised(f"{day} {who_} {only}ăn sáng bằng {items}{stop(m['end'])}" if m["fb"] else
                           f"{day} {who_} đã {only}{items}{stop(m['end'])}")
    return capitalised(f"{who_} đã {only}{items} vào bữa sáng{stop(m['end'])}")


def _place_vi(text: str) -> str | None:
    """"I usually have breakfast at home." as "Tôi thường ăn sáng ở nhà.", "Where do you usually have breakfast?" as
    "Bạn thường ăn sáng ở đâu?", "I had breakfast out this morning." as "Sáng nay tôi ăn sáng ở ngoài." (_PLACE_EN);
    None for anything else."""
    m = _PLACE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["where"]) == bool(m["place"]):
        return None
    verb, q = m["verb"], (m["q"] or "").lower()
    past = q == "did" or verb in ("had", "ate")
    if q and verb not in ("have", "eat") or past and m["often"] or not past and (m["day"] or m["where"] and not (
            m["often"])):
        return None  # ("Where do you have breakfast?" may ask a hotel)
    said = _who_en(m, q, None if past or q else verb in ("has", "eats"))
    if not said or q == "did" and not (m["where"] or m["day"]):
        return None  # ("Did you have breakfast at home?": today's, or some day's?)
    who_, day = said[0], _DAYS_VI.get(m["day"] or "", "")
    place, often = _PLACES_VI[m["place"]] if m["place"] else "ở đâu", f"{_OFTEN_VI.get(m['often'] or '', '')} ".lstrip()
    ask, asked = ("có ", " không") if q and not m["where"] else ("", "")
    end = "?" if q else stop(m["end"])
    if not past:
        return capitalised(f"{who_} {ask}{often}ăn sáng {place}{asked}{end}")
    return capitalised(f"{day} {who_} {ask}ăn sáng {place}{asked}{end}" if day else f"{who_} đã ăn sáng {place}{end}")


def _refuse_vi(text: str) -> str | None:
    """"My son won't eat breakfast." as "Con trai tôi không chịu ăn sáng.", "My son wouldn't eat breakfast this
    morning." as "Sáng nay con trai tôi không chịu ăn sáng.", "I didn't have breakfast yesterday." as "Hôm qua tôi không
    ăn sáng." (_REFUSE_EN); None for anything else, and "I", "you", "we" who won't."""
    m = _REFUSE_EN.fullmatch(text)
    done = m and bool(m["past"] or m["didnt"])
    said = m and _who_en(m, "", (m["refuses"] or "").endswith("s") if m["refuses"] else None)
    if not said or done != bool(m["day"]) or done and m["still"] or not m["didnt"] and said[0] in _NOT_CHILD:
        return None
    who_, end = said[0], stop(m["end"])
    if done:
        return capitalised(f"{_DAYS_VI[m['day']]} {who_} không {'chịu ' * bool(m['past'])}ăn sáng{end}")
    return capitalised(f"{who_} {'vẫn ' * bool(m['still'])}không chịu ăn sáng{end}")


def _like_vi(text: str) -> str | None:
    """"I like eating sticky rice in the morning." as "Tôi thích ăn xôi vào buổi sáng.", "Do you like having pho for
    breakfast?" as "Bạn có thích ăn phở vào bữa sáng không?" (_LIKE_EN); None for anything else."""
    m = _LIKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"]:
        return None
    first = (m["q"] or (m["not"] or "").split("n't")[0].split(" ")[0])
    said = _who_en(m, first, None if first else m["verb"] == "likes")
    items = said and not (first and m["verb"] == "likes") and _eaten_vi(m["items"])
    if not items:
        return None
    meal = "bữa" if m["meal"] == "for breakfast" else "buổi"
    ask, asked = ("có ", " không?") if m["q"] else ("không " if m["not"] else "", stop(m["end"]))
    return capitalised(f"{said[0]} {ask}thích {items} vào {meal} sáng{asked}")
