"""Small knocks at home, both ways, written whole by rule: a finger caught in a door or a drawer, a nail or broken
glass stepped on, a bump to the head (or a knee) on a cupboard or a table, a bruise, an insect in the ear, and dust or
sand in the eye said eye first. v8 (rules on) reads "kẹt" as stuck, "giẫm phải" as going, "bầm tím" as a bruise left
untranslated, "cộc" as blisters, "chui" as stools, and English "caught" as met, "nail" as a fingernail, "bumped" as
startled: "Tôi bị kẹt tay vào cửa." → "I was stuck in my door.", "Con tôi bị kẹt tay vào ngăn kéo." → "My child was
stuck into the stop.", "Tôi giẫm phải đinh." → "I'm going to go.", "Con tôi giẫm phải mảnh chai." → "My child had to
piece the bottle.", "Tôi bị bầm tím ở chân." → "I'm bruise in my leg.", "Mắt tôi bị bụi bay vào." → "My eyes were
dustted.", "Con tôi bị côn trùng chui vào tai." → "My child is getting stooled into the ear.", "Tôi bị cộc đầu vào
tủ." → "I'm blisters."; "I caught my finger in the door." → "Tôi bắt gặp ngón tay trong cửa.", "I stepped on a
nail." → "Tôi bước vào móng tay.", "I have a bruise on my leg." → "Tôi có một con cúi trên chân tôi.", "An insect
crawled into my ear." → "Một chiếc khăng khăng khăng khăng vào tai tôi.", "I bumped my head on the cupboard." → "Tôi
giật mình lên trên chiếc chén.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) caught a finger in a thing of CAUGHT_IN ("bị kẹt tay vào cửa", "bị kẹp
ngón tay": "caught my finger"; "finger", "fingers", "hand", "trapped", "got my finger caught", "My finger got caught in
…" read back as "kẹt tay"), stepped on a thing of SHARP ("giẫm", "dẫm", "đạp phải"), bumped a part of BUMPED (the head,
forehead, a knee, an elbow) on a thing of BUMPED_ON or not ("cộc", "va"; "bị đập" on a thing as "hit"; "bumped",
"banged", "hit", "knocked"), or had an insect of BUGS crawl or fly into their ear ("bị côn trùng chui vào tai", "Có con
kiến chui vào tai tôi.", "Tai tôi bị …": "An insect crawled into my ear.", whose ear said so, no his or her needed;
"I've got a bug in my ear."): said (the past), just ("vừa"), on a day behind or today (mt.dates.near_days), asked ("có …
không?", "Did …?"); who has a bruise on a part of BRUISED ("bị bầm tím ở chân"), said, denied or asked, and whose part
is bruised ("Chân tôi bị bầm tím.", "Is your knee bruised?"); dust or sand in whose eye, the eye said first ("Mắt tôi bị
bụi bay vào.", written as mt/eye_troubles.py writes "Tôi bị bụi bay vào mắt.") and sand ("Tôi bị cát bay vào mắt.",
"Sand got in my eye."), and "I have dust in my eye.". Whose body English says by who as mt/injuries.py does: "their"
after kin that does not tell ("con tôi"), after a name alone as the name tells ("Lan … her", "John … his":
mt.names.named_his_her). Left: "got" in the
eye and "something" there (mt/eye_troubles.py's; dust said who first is taken as it writes it, and it is tried first),
"kẹt" of traffic, a lift, money or a thing ("Tôi bị kẹt xe.": mt/arrivals.py, mt/lifts.py, mt/broke.py), "đang bị kẹt
tay" (stuck now), a finger caught with no thing said, "va đầu" without "bị" and with no thing (a head-butt?), "đập đầu"
and "kẹp tay" without "bị" (on purpose? a clip?), "bị đập đầu" with nothing hit (hit by someone?), "đụng đầu" (facing
trouble), a black eye ("bầm mắt"), "bị bầm tím" with no part, cuts, burns, falls, bites and stings (mt/injuries.py,
mt/falls.py, mt/bites.py), a mosquito crawling, "we", "they", a name that does not tell his from her ("Minh"), a
name's "his" or "her" that the name does not say (another's?), a pet, "anh", "chị", "em" saying it, asked of
oneself, denied knocks, "vừa" with a day, "nhỉ", and anything else.
mt.phrasebook.translate tries these after mt/interviews.py.

    >>> translate("Tôi bị kẹt tay vào cửa.", "vi", "en"), translate("I stepped on a nail.", "en", "vi")
    ('I caught my finger in the door.', 'Tôi giẫm phải đinh.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, asked_of, his_her_of, pet, someone, who, who_vi
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_WHOSE, WHOSE_OF, alternatives, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:kẹt\s+tay|kẹt\s+ngón|kẹp\s+tay|kẹp\s+ngón|giẫm\s+phải|dẫm\s+phải|đạp\s+phải|bầm|"
                    r"bay\s+vào|chui\s+vào|bò\s+vào|cộc\s+|va\s+đầu|va\s+trán|va\s+khuỷu|đập\s+đầu|đập\s+trán)"),
         "en": lazy(r"(?i:caught|catch|trap|shut\s|slam|\bstep|trod|tread|bruise|\bdust|\bsand|\bear\b|"
                    r"\bbump|bang|hit\s|knock)")}
# where a finger is caught, what is stepped on, what one bumps into (the first Vietnamese of each is written back)
CAUGHT_IN = {"cửa": "door", "cánh cửa": "door", "cửa xe": "car door", "cửa ô tô": "car door", "ngăn kéo": "drawer",
             "ngăn bàn": "desk drawer", "cửa tủ": "cupboard door", "cửa sổ": "window"}
SHARP = {"đinh": "a nail", "cái đinh": "a nail", "đinh gỉ": "a rusty nail", "đinh rỉ": "a rusty nail",
         "mảnh chai": "a piece of broken glass", "mảnh thủy tinh": "a piece of glass", "mảnh kính": "a piece of glass",
         "gai": "a thorn", "cái gai": "a thorn"}
BUMPED_ON = {"tủ": "cupboard", "tủ bếp": "kitchen cupboard", "cửa tủ": "cupboard door", "cửa": "door",
             "khung cửa": "door frame", "bàn": "table", "cạnh bàn": "edge of the table",
             "góc bàn": "corner of the table", "tường": "wall", "kệ": "shelf", "trần nhà": "ceiling"}
BUMPED = {"đầu": "head", "trán": "forehead", "đầu gối": "knee", "khuỷu tay": "elbow"}
# a part bruised ("chân" the leg, "tay" the arm, as mt.aches.PARTS; "mắt" left: a black eye)
BRUISED = {"chân": "leg", "ống chân": "shin", "đùi": "thigh", "tay": "arm", "cánh tay": "arm", "bàn tay": "hand",
           "bàn chân": "foot", "đầu gối": "knee", "khuỷu tay": "elbow", "trán": "forehead", "vai": "shoulder",
           "lưng": "back", "hông": "hip", "mặt": "face"}
# an insect: English, and whether it crawls, flies
BUGS = {"côn trùng": ("an insect", True, True), "bọ": ("a bug", True, True), "kiến": ("an ant", True, False),
        "gián": ("a cockroach", True, False), "muỗi": ("a mosquito", False, True)}
GRIT = {"bụi": "dust", "cát": "sand"}
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "tối qua", "tối hôm qua",
                  "đêm qua", "hôm kia", "hôm nay", "sáng nay", "chiều nay")


def _back(table: dict[str, str]) -> dict[str, str]:
    """A table read the other way, the first Vietnamese of each English written back."""
    return {en: vi for vi, en in reversed(table.items())}


CAUGHT_IN_VI, SHARP_VI, BUMPED_ON_VI, BUMPED_VI = _back(CAUGHT_IN), _back(SHARP), _back(BUMPED_ON), _back(BUMPED)
SHARP_VI |= {"broken glass": "mảnh chai", "some broken glass": "mảnh chai", "glass": "mảnh thủy tinh",
             "some glass": "mảnh thủy tinh"}
BRUISED_VI = _back(BRUISED) | {"legs": "chân", "arms": "tay", "knees": "đầu gối", "shins": "ống chân"}
BUGS_VI = {en.split()[1]: vi for vi, (en, *_) in BUGS.items()}
GRIT_VI = _back(GRIT)
_DAYS_VI = _back(_DAYS)

# who, and when, before what happened ("Hôm qua mẹ tôi vừa …", "Bạn có …"), and after it
_WHO = (rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?"
        r"(?:(?P<did>vừa\s+mới|vừa|mới|đã)\s+)?")
_AFTER = rf"(?:\s+(?P<day2>(?i:{alternatives(_DAYS)})))?(?:\s+(?P<done>rồi))?{ASKED_END}"
# a finger caught ("Tôi bị kẹt tay vào cửa.", "Con tôi bị kẹp ngón tay vào ngăn kéo.")
_CAUGHT = lazy(rf"{_WHO}(?P<bi>bị\s+)?(?P<verb>kẹt|kẹp)\s+(?:ngón\s+)?tay\s+vào\s+"
               rf"(?P<thing>{alternatives(CAUGHT_IN)}){_AFTER}")
# a nail stepped on ("Tôi giẫm phải đinh.", "Hôm qua bố tôi dẫm phải mảnh chai.")
_STEPPED = lazy(rf"{_WHO}(?:bị\s+)?(?:giẫm|dẫm|đạp)\s+phải\s+(?:một\s+)?(?P<sharp>{alternatives(SHARP)}){_AFTER}")
# a bump ("Tôi bị cộc đầu vào tủ.", "Anh ấy va đầu gối vào cạnh bàn.", "Tôi bị cộc đầu.")
_BUMP = lazy(rf"{_WHO}(?P<bi>bị\s+)?(?P<verb>cộc|va|đập)\s+(?P<part>{alternatives(BUMPED)})"
             rf"(?:\s+vào\s+(?P<thing>{alternatives(BUMPED_ON)}))?{_AFTER}")
# an insect in the ear ("Con tôi bị côn trùng chui vào tai.", "Có con kiến chui vào tai tôi.", "Tai tôi bị …"; no one
# asks with "Có …": its groups ask and did are empty)
_BUG = rf"(?:(?:một\s+)?con\s+)?(?P<bug>{alternatives(BUGS)})\s+(?P<how>chui|bò|bay)\s+vào"
_EAR = [lazy(rf"{_WHO}bị\s+{_BUG}\s+tai{_AFTER}"),
        lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?(?i:có)\s+{_BUG}\s+tai\s+(?:của\s+)?{WHO}(?P<ask>)"
             rf"(?P<did>){_AFTER}"),
        lazy(rf"(?i:tai)\s+(?:của\s+)?{_WHO}bị\s+{_BUG}{_AFTER}")]
# dust or sand in the eye ("Mắt tôi bị bụi bay vào.", "Tôi bị cát bay vào mắt.")
_EYE = [lazy(rf"(?i:mắt)\s+(?:của\s+)?{_WHO}bị\s+(?P<grit>bụi|cát)\s+bay\s+vào{_AFTER}"),
        lazy(rf"{_WHO}bị\s+(?P<grit>bụi|cát)\s+bay\s+vào\s+mắt{_AFTER}")]
# a bruise ("Tôi bị bầm tím ở chân.", "Bạn có bị bầm tím ở tay không?"), or a part bruised ("Chân tôi bị bầm tím.")
_BRUISE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?bị\s+bầm(?:\s+tím)?\s+(?:ở\s+)?"
               rf"(?P<part>{alternatives(BRUISED)}){ASKED_END}")
_BRUISED = lazy(rf"(?P<part>(?i:{alternatives(BRUISED)}))\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+)?bị\s+bầm"
                rf"(?:\s+tím)?{ASKED_END}")

# ... and in English: who did it and when, whose body
_WHO_EN = rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?:\s+(?P<just>just))?\s+"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?\s*(?P<end>[.!?]*)"
_OWN = rf"(?P<own>(?i:{WHOSE_WORDS}))"
_THE = r"(?:the|a)\s+"
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_FINGER = r"(?P<part>finger|fingers|hand)"
_CAUGHT_EN = [lazy(rf"{_WHO_EN}(?:(?P<verb>caught|catch|trapped|trap|shut|slammed|slam)|(?P<got>got|get))\s+{_OWN}\s+"
                   rf"{_FINGER}(?(got)\s+caught|)\s+in\s+{_THE}"
                   rf"(?P<thing>{alternatives(CAUGHT_IN_VI)}){_DAY_EN}"),
              lazy(rf"{_WHOSE_EN}\s+{_FINGER}\s+got\s+caught\s+in\s+{_THE}(?P<thing>{alternatives(CAUGHT_IN_VI)})"
                   rf"{_DAY_EN}")]
_STEPPED_EN = lazy(rf"{_WHO_EN}(?P<verb>stepped|step|trod|tread)\s+on\s+(?P<sharp>{alternatives(SHARP_VI)}){_DAY_EN}")
_BUMP_EN = lazy(rf"{_WHO_EN}(?P<verb>bumped|bump|banged|bang|hit|knocked|knock)\s+{_OWN}\s+"
                rf"(?P<part>{alternatives(BUMPED_VI)})(?:\s+(?:on|against)\s+{_THE}"
                rf"(?P<thing>{alternatives(BUMPED_ON_VI)}))?{_DAY_EN}")
_BUGS_EN = alternatives(BUGS_VI)
_EAR_EN = [lazy(rf"(?:(?P<q>Did)\s+)?(?P<a>(?i:an?))\s+(?P<bug>{_BUGS_EN})(?:\s+(?P<just>just))?\s+"
                rf"(?P<verb>crawled|crawl|flew|fly|got|get)\s+(?:into|in)\s+{_WHOSE_EN}\s+ear{_DAY_EN}"),
           lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’](?:ve|s)\s+got|"
                rf"\s+(?:has|have)\s+got|\s+got)?\s+(?P<a>an?)\s+(?P<bug>{_BUGS_EN})\s+in\s+{_OWN}\s+ear"
                r"\s*(?P<end>[.!?]*)")]
_HAS_EN = (r"(?P<aux>\s+has|\s+have|['’](?:ve|s)\s+got|\s+(?:has|have)\s+got|\s+got|\s+(?:do|does)\s+not\s+have|"
           r"\s+(?:don|doesn)['’]t\s+have)?")
_BRUISE_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}{_HAS_EN}\s+(?:a\s+bruise|(?P<many>bruises))\s+on\s+"
                  rf"{_OWN}\s+(?P<part>{alternatives(BRUISED_VI)})\s*(?P<end>[.!?]*)")
_BRUISED_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?{_WHOSE_EN}\s+(?P<part>{alternatives(BRUISED_VI)})"
                   r"(?P<be>\s+is|['’]s|\s+are|['’]re)?\s+bruised\s*(?P<end>[.!?]*)")
_EYE_EN = [lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}{_HAS_EN}\s+(?:some\s+)?(?P<grit>dust|sand)\s+in\s+{_OWN}"
                r"\s+eye\s*(?P<end>[.!?]*)"),
           lazy(rf"(?P<grit>(?i:dust|sand))\s+got\s+in(?:to)?\s+{_WHOSE_EN}\s+eye\s*(?P<end>[.!]*)")]
_PAST = {"caught": "catch", "trapped": "trap", "shut": "shut", "slammed": "slam", "got": "get", "stepped": "step",
         "trod": "tread", "bumped": "bump", "banged": "bang", "hit": "hit", "knocked": "knock", "crawled": "crawl",
         "flew": "fly"}
_ONE = {"does", "has", "'s", "doesn't"}  # (the verbs said of one: "she has", "Does he")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of a finger caught, a nail stepped on, a bump, a bruise, an
    insect in the ear or grit in the eye; None for any other."""
    if src == "vi":
        return _caught(text) or _stepped(text) or _bump(text) or _ear(text) or _eye(text) or _bruise(text)
    text = text.replace("’", "'")
    return (_caught_vi(text) or _stepped_vi(text) or _bump_vi(text) or _ear_vi(text) or _bruise_vi(text) or
            _eye_vi(text))


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose body, in English, of who of a match of WHO said as `who_`: "my" for "tôi", "her" for "mẹ tôi", "their"
    for "con tôi"; None for "we", "they" (bodies) and a name alone or after a title that does not tell."""
    if m["who"]:
        return None if who_ in ("we", "they") else EN_WHOSE[who_]
    if m["given"]:  # (a name alone is his or hers where the name tells: mt.names.named_his_her; never "their")
        return named_his_her(m["given"])
    if m["titled"]:
        return his_her_of(m)
    return his_her_of(m) or "their"


def _said(m: re.Match | None) -> tuple[str, bool, bool, str, str] | None:
    """Of a Vietnamese match of an event (_WHO … _AFTER): who in English, whether one, whether asked, "just " or "",
    and the day (" yesterday" or ""); None for a pet, "I" asked, "anh" saying, a "?" on a statement, "vừa" or "rồi"
    with a day or asked, and a day said twice."""
    if not m or m["day"] and m["day2"] or animal(m) or (asked := asked_of(m)) is None:
        return None
    said, did, day = who(m, asked), keyed(m["did"] or ""), m["day"] or m["day2"]
    just = did in ("vừa", "mới", "vừa mới")
    if said is None or asked and (said[0] == "I" or did or m["done"]) or day and (just or m["done"]) or (
            just and m["done"]):
        return None
    return *said, asked, "just " * just, f" {_DAYS[keyed(day)]}" if day else ""


def _event(said: tuple[str, bool, bool, str, str], past: str, base: str, end: str, subject: str = "") -> str:
    """An event in English: "I caught …", "I just caught …", "Did you catch … yesterday?" (`subject` instead of who,
    where a thing does it: "An insect crawled into my ear.")."""
    who_, _, asked, just, day = said
    subject = subject or who_
    return f"Did {subject} {base}{day}?" if asked else capitalised(f"{subject} {just}{past}{day}{stop(end)}")


def _caught(text: str) -> str | None:
    """"Tôi bị kẹt tay vào cửa." as "I caught my finger in the door.", "Bạn có bị kẹt tay vào ngăn kéo không?" as
    "Did you catch your finger in the drawer?" (_CAUGHT); None for anything else, and "kẹp" without "bị" (a clip?)."""
    m = _CAUGHT.fullmatch(text)
    said = _said(m)
    whose = said and _whose(m, said[0])
    if not whose or not m["bi"] and keyed(m["verb"]) == "kẹp":
        return None
    what = f"{whose} finger in the {CAUGHT_IN[keyed(m['thing'])]}"
    return _event(said, f"caught {what}", f"catch {what}", m["end"])


def _stepped(text: str) -> str | None:
    """"Tôi giẫm phải đinh." as "I stepped on a nail.", "Con tôi giẫm phải mảnh chai." as "My child stepped on a
    piece of broken glass." (_STEPPED); None for anything else, and for "we", "they" (one nail, or many?)."""
    m = _STEPPED.fullmatch(text)
    said = _said(m)
    if not said or said[0] in ("we", "they"):
        return None
    what = f"on {SHARP[keyed(m['sharp'])]}"
    return _event(said, f"stepped {what}", f"step {what}", m["end"])


def _bump(text: str) -> str | None:
    """"Tôi bị cộc đầu vào tủ." as "I bumped my head on the cupboard.", "Anh ấy va đầu gối vào bàn." as "He bumped
    his knee on the table.", "Tôi bị cộc đầu." as "I bumped my head." (_BUMP); None for anything else, "đập"
    or nothing bumped into without "bị" (on purpose?), and "bị đập" with nothing hit (hit by someone?)."""
    m = _BUMP.fullmatch(text)
    said = _said(m)
    whose = said and _whose(m, said[0])
    # ("đập" without "bị": on purpose?; "bị đập đầu" with nothing hit: hit on the head by someone?)
    if not whose or keyed(m["verb"]) == "đập" and not (m["bi"] and m["thing"]) or not m["bi"] and not m["thing"]:
        return None
    on = f" on the {BUMPED_ON[keyed(m['thing'])]}" if m["thing"] else ""
    what = f"{whose} {BUMPED[keyed(m['part'])]}{on}"
    hit = keyed(m["verb"]) == "đập"  # (harder than a bump)
    return _event(said, f"{'hit' if hit else 'bumped'} {what}", f"{'hit' if hit else 'bump'} {what}", m["end"])


def _ear(text: str) -> str | None:
    """"Con tôi bị côn trùng chui vào tai." and "Có con côn trùng chui vào tai con tôi." as "An insect crawled into
    my child's ear.", "Bạn có bị kiến bò vào tai không?" as "Did an ant crawl into your ear?" (_EAR); None for
    anything else, a bug that does not go so ("muỗi chui vào": a mosquito flies), and "our", "their" ears."""
    m = next((m for p in _EAR if (m := p.fullmatch(text))), None)
    said = _said(m)
    if not said or said[0] in ("we", "they"):
        return None
    bug, crawls, flies = BUGS[keyed(m["bug"])]
    flew = keyed(m["how"]) == "bay"
    if not (flies if flew else crawls):
        return None
    ear = (EN_WHOSE.get(said[0]) or said[0] + "'s") + " ear"
    past, base = ("flew", "fly") if flew else ("crawled", "crawl")
    return _event(said, f"{past} into {ear}", f"{base} into {ear}", m["end"], bug)


def _eye(text: str) -> str | None:
    """"Mắt tôi bị bụi bay vào." as "I've got dust in my eye.", "Mắt bạn có bị cát bay vào không?" as "Have you
    got sand in your eye?", "Tôi vừa bị cát bay vào mắt." as "I just got sand in my eye." (_EYE); None for anything
    else, and with a day."""
    m = next((m for p in _EYE if (m := p.fullmatch(text))), None)
    said = _said(m)
    whose = said and _whose(m, said[0])
    if not whose or said[4]:
        return None
    who_, one, asked, just, _ = said
    what = f"{GRIT[keyed(m['grit'])]} in {whose} eye"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} got {what}?"
    if just or m["did"]:
        return capitalised(f"{who_} {just}got {what}{stop(m['end'])}")
    return capitalised(contracted(who_, f"{'has' if one else 'have'} got {what}{stop(m['end'])}"))


def _bruise(text: str) -> str | None:
    """"Tôi bị bầm tím ở chân." as "I have a bruise on my leg.", "Bạn có bị bầm tím ở tay không?" as "Do you have a
    bruise on your arm?", "Chân tôi bị bầm tím." as "My leg is bruised.", "Đầu gối bạn có bị bầm không?" as "Is your
    knee bruised?" (_BRUISE, _BRUISED); None for anything else, a pet, and asked of oneself."""
    if m := _BRUISED.fullmatch(text):
        asked = asked_of(m)
        if m["owner"]:
            owner = OWNERS[keyed(m["owner"])]
        else:
            owner = None if pet(m["someone"], "vi") else f"{someone(m['someone'], 'vi')}'s"
        if asked is None or owner in (None, "our", "their") or asked and owner == "my":
            return None
        part = f"{owner} {BRUISED[keyed(m['part'])]}"
        return f"Is {part} bruised?" if asked else capitalised(f"{part} is bruised{stop(m['end'])}")
    m = _BRUISE.fullmatch(text)
    if not m or animal(m) or (asked := asked_of(m)) is None or (said := who(m, asked)) is None:
        return None
    whose = _whose(m, said[0])
    if not whose or asked and said[0] == "I":
        return None
    return present(*said, "have", f"a bruise on {whose} {BRUISED[keyed(m['part'])]}", asked, bool(m["not"]),
                   m["end"])


def _owns(m: re.Match, own: str, who_: str) -> bool:
    """Whether whose body (`own`) is who's, of a match of WHO_EN said `who_` in Vietnamese: "I … my", "my mother
    … her", "my child … their", "Lan … her", "John … his" (mt.names.named_his_her); never "our", "their" of "we",
    "they", nor a name's "his" or "her" where the name does not say it ("Lan caught his finger": another's)."""
    own = own.lower()
    if m["who"]:
        return WHOSE_OF[m["who"].lower()] == own and own not in ("our", "their")
    if m["given"]:
        return own == named_his_her(m["given"])
    known = his_her(who_)
    return own == known if known else own in ("his", "her", "their")


def _whose_vi(m: re.Match) -> str | None:
    """Whose of a match of _WHOSE_EN in Vietnamese ("tôi", "mẹ tôi", "Lan"); None for "our", "their" (bodies), a pet
    and anyone not read."""
    if m["poss"]:
        return None if m["poss"].lower() in ("our", "their") else WHOSE_VI[m["poss"].lower()]
    return None if pet(m["someone"], "en") else someone(m["someone"], "en")


def _said_vi(m: re.Match | None, part: bool = True) -> tuple[str, str, str] | None:
    """Of an English match of an event (_WHO_EN … _DAY_EN): who in Vietnamese, the day ("hôm qua" or ""), and what
    is said before the act ("có ", "vừa ", ""); None where the verb's form, whose body (`part`) or the "?" does not
    go with it, for a pet, "I" asked, and "just" with a day or asked."""
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["just"] and (m["q"] or m["day"]) or animal(m):
        return None
    verb = (m["verb"] or m["got"]).lower()
    who_ = who_vi(m)[0]
    if not (verb in _PAST.values() if m["q"] else verb in _PAST) or m["q"] and who_ == "tôi":
        return None
    if part and not _owns(m, m["own"], who_) or not part and who_ in ("chúng tôi", "họ"):
        return None
    day = _DAYS_VI[m["day"].lower()] if m["day"] else ""
    return who_, day, "có " if m["q"] else "vừa " if m["just"] else ""


def _event_vi(said: tuple[str, str, str], what: str, end: str) -> str:
    """An event in Vietnamese: "Hôm qua tôi bị …", "Bạn có bị … không?", "Tôi vừa bị …"."""
    who_, day, how = said
    return capitalised(f"{day} {who_} {how}{what}{' không?' if how == 'có ' else stop(end)}".strip())


def _caught_vi(text: str) -> str | None:
    """"I caught my finger in the door." and "My finger got caught in the door." as "Tôi bị kẹt tay vào cửa.", "Did
    you catch your finger in the drawer?" as "Bạn có bị kẹt tay vào ngăn kéo không?" (_CAUGHT_EN); None for anything
    else."""
    if m := _CAUGHT_EN[0].fullmatch(text):
        said = _said_vi(m)
    elif (m := _CAUGHT_EN[1].fullmatch(text)) and "?" not in m["end"] and (whose := _whose_vi(m)):
        said = whose, _DAYS_VI[m["day"].lower()] if m["day"] else "", ""
    else:
        return None
    return said and _event_vi(said, f"bị kẹt tay vào {CAUGHT_IN_VI[' '.join(m['thing'].split())]}", m["end"])


def _stepped_vi(text: str) -> str | None:
    """"I stepped on a nail." as "Tôi giẫm phải đinh.", "Did you step on a piece of glass?" as "Bạn có giẫm phải
    mảnh thủy tinh không?" (_STEPPED_EN); None for anything else, and for "we", "they"."""
    m = _STEPPED_EN.fullmatch(text)
    said = _said_vi(m, part=False)
    return said and _event_vi(said, f"giẫm phải {SHARP_VI[' '.join(m['sharp'].lower().split())]}", m["end"])


def _bump_vi(text: str) -> str | None:
    """"I bumped my head on the cupboard." as "Tôi bị cộc đầu vào tủ.", "Did he hit his head?" as "Anh ấy có bị cộc
    đầu không?" (_BUMP_EN); None for anything else."""
    m = _BUMP_EN.fullmatch(text)
    said = _said_vi(m)
    if not said:
        return None
    on = f" vào {BUMPED_ON_VI[' '.join(m['thing'].lower().split())]}" if m["thing"] else ""
    return _event_vi(said, f"bị cộc {BUMPED_VI[m['part'].lower()]}{on}", m["end"])


def _has(m: re.Match, q: str, aux: str) -> bool:
    """Whether the question's first word (`q`: "do", "has") and "has", "have", "'ve got" … (`aux`) of a match over
    WHO_EN go together, with who ("she has", "Do you have") and with the "?"; False for "got" alone (then?)."""
    if bool(q) != ("?" in m["end"]) or q and aux != ("have" if q in ("do", "does") else "got"):
        return False
    if not q and aux in ("", "got"):
        return False
    return ((q or aux.split()[0]) in _ONE) == who_vi(m)[1]


def _ear_vi(text: str) -> str | None:
    """"An insect crawled into my ear." and "I've got an insect in my ear." as "Tôi bị côn trùng chui vào tai.",
    "Did a mosquito fly into your ear?" as "Bạn có bị muỗi bay vào tai không?" (_EAR_EN); None for anything else."""
    if m := _EAR_EN[0].fullmatch(text):
        verb, q = m["verb"].lower(), m["q"]
        if bool(q) != ("?" in m["end"]) or (verb in _PAST) == bool(q) or m["just"] and (q or m["day"]):
            return None
        whose = _whose_vi(m)
        day = _DAYS_VI[m["day"].lower()] if m["day"] else ""
        said = whose and (whose, day, "có " if q else "vừa " * bool(m["just"]))
    elif m := _EAR_EN[1].fullmatch(text):
        verb, q, aux = "get", (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
        who_ = who_vi(m)[0]
        ok = _has(m, q, aux) and _owns(m, m["own"], who_) and not animal(m) and not (q and who_ == "tôi")
        said = ok and (who_, "", "có " if q else "")
    else:
        return None
    bug = m["bug"].lower()
    if not said or (m["a"].lower() == "an") != (bug[0] in "aeiou") or said[0] == "tôi" and said[2] == "có ":
        return None
    vi = BUGS_VI[bug]
    crawls, flies = BUGS[vi][1:]
    how = "bay" if verb in ("flew", "fly") or verb in ("got", "get") and not crawls else "chui"
    if not (flies if how == "bay" else crawls):
        return None
    return _event_vi(said, f"bị {vi} {how} vào tai", m["end"])


def _bruise_vi(text: str) -> str | None:
    """"I have a bruise on my leg." as "Tôi bị bầm tím ở chân.", "Does she have a bruise on her knee?" as "Cô ấy có
    bị bầm tím ở đầu gối không?", "My arm is bruised." as "Tay tôi bị bầm tím.", "Is your knee bruised?" as "Đầu
    gối bạn có bị bầm tím không?" (_BRUISE_EN, _BRUISED_EN); None for anything else."""
    if m := _BRUISED_EN.fullmatch(text):
        part, whose, q = m["part"].lower(), _whose_vi(m), bool(m["q"])
        be = {"'s": "is", "'re": "are"}.get((m["be"] or "").strip(), (m["q"] or m["be"] or "").strip().lower())
        if not whose or q != ("?" in m["end"]) or q == bool(m["be"]) or (be == "are") != part.endswith("s") or (
                q and whose == "tôi"):
            return None
        said = f"{BRUISED_VI[part]} {whose}"
        return capitalised(f"{said} có bị bầm tím không?" if q else f"{said} bị bầm tím{stop(m['end'])}")
    if not (m := _BRUISE_EN.fullmatch(text)) or animal(m):
        return None
    q, aux, who_ = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), who_vi(m)[0]
    if not _has(m, q, aux) or not _owns(m, m["own"], who_) or q and who_ == "tôi":
        return None
    said = f"bị bầm tím ở {BRUISED_VI[m['part'].lower()]}"
    if q:
        return capitalised(f"{who_} có {said} không?")
    not_ = "không " if "not" in aux or "n't" in aux else ""
    return capitalised(f"{who_} {not_}{said}{stop(m['end'])}")


def _eye_vi(text: str) -> str | None:
    """"I have dust in my eye." as "Tôi bị bụi bay vào mắt.", "Have you got sand in your eye?" as "Bạn có bị cát bay
    vào mắt không?", "Sand got in my mother's eye." as "Có cát bay vào mắt mẹ tôi." (_EYE_EN); None for anything
    else, and grit denied."""
    if m := _EYE_EN[1].fullmatch(text):
        whose = _whose_vi(m)
        return whose and f"Có {GRIT_VI[m['grit'].lower()]} bay vào mắt {whose}{stop(m['end'])}"
    if not (m := _EYE_EN[0].fullmatch(text)) or animal(m):
        return None
    q, aux, who_ = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split()), who_vi(m)[0]
    if "not" in aux or "n't" in aux or not _has(m, q, aux) or not _owns(m, m["own"], who_) or q and who_ == "tôi":
        return None
    said = f"bị {GRIT_VI[m['grit']]} bay vào mắt"
    return capitalised(f"{who_} có {said} không?" if q else f"{who_} {said}{stop(m['end'])}")
