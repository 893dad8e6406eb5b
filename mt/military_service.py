"""Military service and the army, said or asked, both ways, written whole by rule: someone in the army (the navy, the
air force), doing military service, joining or leaving the army, finishing military service, a soldier, having to do
it, and how long military service is. v8 reads "đi bộ đội" as walking a team, "xuất ngũ" and "nhập ngũ" as cereal,
"nghĩa vụ" as a cemetery or an obligation: "Anh ấy đi nghĩa vụ quân sự." → "He went on military cemetery.", "Anh trai
tôi đang đi bộ đội." → "My brother is walking the team.", "Anh ấy vừa xuất ngũ." → "He has been cereal.", "Anh ấy nhập
ngũ năm ngoái." → "He entered last cereal.", "Bố tôi từng là bộ đội." → "I've been the team.", "Anh ấy là lính." → "He
is soldiers.", "Chị ấy ở trong hải quân." → "She is in the army.", "Nghĩa vụ quân sự kéo dài bao lâu?" → "How long
does the military last?"; "He's doing his military service." → "Anh ta đang làm dịch vụ quân sự của anh ta." (service
as a business), "He just finished his military service." → "Anh ấy chỉ hoàn thành dịch vụ quân sự của anh ấy." (just
as only), "My brother is in the army." → "Em tôi đang ở trong quân đội." (a younger brother), "My father was a
soldier." → "Cha tôi là một binh sĩ." (the past lost), "She's in the air force." → "Cô ấy đang lực không khí.".

Taken: who (mt.hobbies.WHO, WHO_EN) in the army, navy or air force, or doing military service (still, so far for a
span of months or years, once, for how long asked, yet or ever asked); joining or leaving the army, or finishing
military service (just, about to, going to, done, yet asked, on a day behind or ahead: mt.free_time.when with
mt.dates.NEAR_SPANS); a soldier (once, asked); having to do military service; how long military service is (in a
country of mt.people.COUNTRIES), said or asked. English is read by writing each reading back (`_readings`) and
comparing, so that a verb that does not agree with who is not taken. Left: a word of kinship alone saying it (the
speaker or the listener), "đã đi bộ đội" and "Bạn có đi bộ đội không?" (joined, or did service?), "nhập ngũ" and
"xuất ngũ" with no word of when, a year ("năm 2010"), negations, a police officer (mt/people.py), and anything else.
mt.phrasebook.translate tries these after mt/scholarships.py.

    >>> translate("Anh trai tôi đang đi bộ đội.", "vi", "en"), translate("He just left the army.", "en", "vi")
    ('My brother is in the army.', 'Anh ấy vừa xuất ngũ.')
"""
from __future__ import annotations

import re
from functools import lru_cache

from .dates import AHEAD, NEAR_SPANS, SPAN, span
from .free_time import DAY_AFTER, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .numbers import EN_TO_VI
from .people import COUNTRIES, COUNTRIES_VI
from .rule_keys import key_checked
from .tense import BEHIND
from .terms import his_her
from .text import EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bộ\s+đội|nghĩa\s+vụ|quân\s+đội|hải\s+quân|không\s+quân|ngũ|ra\s+quân|lính|quân\s+nhân)"),
         "en": lazy(r"(?i:army|navy|air\s+force|military|national\s+service|soldier)")}
BRANCHES = {"quân đội": "army", "hải quân": "navy", "không quân": "air force"}
_BRANCH = rf"(?P<{{}}>{alternatives(BRANCHES)})"  # (a group of each name)
# what is done, in Vietnamese (group "go": "in" the army, or "join" it with a word of when)
_DOING = (r"(?:(?P<go>đi\s+bộ\s+đội)|(?P<service>đi\s+nghĩa\s+vụ(?:\s+quân\s+sự)?)|"
          rf"(?P<in>(?:ở\s+|phục\s+vụ\s+)?trong)\s+{_BRANCH.format('b1')}|"
          rf"(?P<join>nhập\s+ngũ|(?:gia\s+nhập|vào)\s+{_BRANCH.format('b2')})|"
          rf"(?P<leave>xuất\s+ngũ|giải\s+ngũ|ra\s+quân|rời\s+(?:khỏi\s+)?{_BRANCH.format('b3')})|"
          r"(?P<finish>(?:hoàn\s+thành|xong)\s+nghĩa\s+vụ\s+quân\s+sự)|"
          r"(?P<soldier>(?P<phai>phải\s+)?là\s+(?:một\s+)?(?:người\s+)?(?:bộ\s+đội|lính|quân\s+nhân))|"
          r"(?P<must>phải\s+đi\s+(?:bộ\s+đội|nghĩa\s+vụ(?:\s+quân\s+sự)?)))")
_ASPECTS = {"đang": "is", "vẫn đang": "still", "vẫn còn": "still", "vẫn": "still", "từng": "once", "đã từng": "once",
            "đã": "did", "vừa": "just", "mới": "just", "vừa mới": "just", "sắp": "about", "sẽ": "will"}
_UNITS = {"tháng", "năm"}  # (one is in the army for months or years)
_SAID = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?{_DOING}"
             rf"(?:\s+(?P<got>được))?(?:\s+(?:{SPAN}|(?P<howlong>bao\s+lâu)))?{DAY_AFTER}(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# how long military service is (in a country), said or asked
_COUNTRY = rf"(?:\s+(?:ở|tại)\s+(?P<country>{alternatives(COUNTRIES)}))?"
_LASTS = lazy(rf"(?:[Đđ]i\s+)?(?i:n)ghĩa\s+vụ\s+quân\s+sự{_COUNTRY}\s+(?:kéo\s+dài|là|mất)\s+"
              rf"(?:(?P<how>bao\s+lâu){SOFTENER}\s*\?+|{SPAN}\s*(?P<end>[.!]*))")
_LASTS_EN = lazy(rf"(?:How\s+long\s+(?:is|does)\s+(?P<how>)|)(?i:m)ilitary\s+service(?:\s+in\s+"
                 rf"(?P<country>{alternatives(COUNTRIES_VI)}))?(?(how)(?:\s+last)?\s*\?+|\s+(?:lasts|is)\s+"
                 r"(?P<span>[\w ]+?)\s*(?P<end>[.!]*))")

# ... and in English: who, after what opens a question, and the rest, read by `_readings`
_SAID_EN = lazy(rf"(?:(?:How\s+long\s+ha(?:s|ve)|Did|Do|Does|Have|Has|Was|Were|Are|Is|Am)\s+)?(?P<subject>{WHO_EN})"
                r"(?P<rest>(?:\s+|['’])[^,.!?]+?)\s*(?P<end>[.!?]*)")
_SPAN_EN = lazy(r" for (?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?P<u>month|year)(?P<s>s?)$")
_UNITS_VI = {"month": "tháng", "year": "năm"}
# English by what is done and the tense, the first of each written ("{whose}" is "his " or ""; a question opens with
# "{Be}", "{Have}", "{Do}" or "How"); what is done as the other acts are, for joining, leaving, finishing
_STATES = {
    "in": {"is": ["{be} in the {b}", "{be} serving in the {b}"], "still": ["{be} still in the {b}"],
           "once": ["{was} in the {b}", "served in the {b}"],
           "so far": ["{have} been in the {b} for {span}", "{have} served in the {b} for {span}"],
           "once for": ["{was} in the {b} for {span}", "served in the {b} for {span}"],
           "asked is": ["{Be} {who} in the {b}"], "asked ever": ["{Have} {who} ever been in the {b}"],
           "asked how long": ["How long {have} {who} been in the {b}"]},
    "service": {"is": ["{be} doing {whose}military service"], "still": ["{be} still doing {whose}military service"],
                "once": ["did {whose}military service"],
                "so far": ["{have} been doing {whose}military service for {span}"],
                "asked is": ["{Be} {who} doing {whose}military service"],
                "asked yet": ["{Have} {who} done {whose}military service yet",
                              "{Have} {who} done {whose}military service"],
                "asked ever": ["{Have} {who} ever done military service"],
                "asked how long": ["How long {have} {who} been doing {whose}military service"]},
    "soldier": {"is": ["{be} {soldier}"], "once": ["{was} {soldier}", "used to be {soldier}"],
                "asked is": ["{Be} {who} {soldier}"]},
    "must": {"must": ["{have} to do military service", "{have} to do {whose}military service"],
             "asked must": ["{Do} {who} have to do military service", "{Do} {who} have to do {whose}military service"]}}
_EVENTS = {"join": ("join", "joined", "the {b}"), "leave": ("leave", "left", "the {b}"),
           "finish": ("finish", "finished", "{whose}military service")}
for _event, (_base, _past, _what) in _EVENTS.items():
    _STATES[_event] = {"past": [f"{_past} {_what}"],
                       "just": [f"just {_past} {_what}", f"{{have}} just {_past} {_what}"],
                       "about": [f"{{be}} about to {_base} {_what}"],
                       "going": [f"{{be}} going to {_base} {_what}", f"will {_base} {_what}"],
                       "done": [f"{{have}} {_past} {_what}"], "asked yet": [f"{{Have}} {{who}} {_past} {_what} yet"]}
# ... and in Vietnamese: what is done ("{p}") by the branch, then the words before and after it by the tense
_DONE_VI = {"in": {"army": "đi bộ đội", "navy": "ở trong hải quân", "air force": "ở trong không quân"},
            "service": "đi nghĩa vụ quân sự", "finish": "hoàn thành nghĩa vụ quân sự",
            "join": {"army": "nhập ngũ", "navy": "gia nhập hải quân", "air force": "gia nhập không quân"},
            "leave": {"army": "xuất ngũ", "navy": "rời hải quân", "air force": "rời không quân"},
            "soldier": "là lính", "must": "phải đi nghĩa vụ quân sự"}
_TENSES_VI = {"is": ("đang {p}", ""), "still": ("vẫn đang {p}", ""), "once": ("từng {p}", ""),
              "so far": ("đã {p} được {span} rồi", ""), "once for": ("từng {p} {span}", ""),
              "asked is": ("có đang {p}", " không?"), "asked yet": ("đã {p}", " chưa?"),
              "asked ever": ("đã từng {p}", " chưa?"), "asked how long": ("{p} được bao lâu", " rồi?"),
              "past": ("đã {p}", ""), "just": ("vừa {p}", ""), "about": ("sắp {p}", ""), "going": ("sẽ {p}", ""),
              "done": ("đã {p} rồi", ""), "must": ("{p}", ""), "asked must": ("có {p}", " không?")}
_SOLDIER_VI = {"is": ("{p}", ""), "asked is": ("có phải {p}", " không?")}  # (not "đang là lính")
# the words English says alike, and "'s" as "has" before what has been done
_ALIKE = {"national service": "military service", "the military": "the army", "n't": " not", "'m": " am",
          "'re": " are", "'ve": " have", "'ll": " will", "'s": " is"}
_ALIKE_SAID = lazy(rf"{alternatives(_ALIKE)}")
_HAS = lazy(r"'s(?= (?:just |ever |already )?(?:been|joined|left|finished|done|served)\b)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks of someone in the army or doing military service, joining or
    leaving it, a soldier, or how long military service is; None for any other."""
    return (_said(text) or _lasts(text)) if src == "vi" else (_said_vi(text) or _lasts_vi(text))


def _act(m: re.Match) -> tuple[str, str] | None:
    """What a match of _SAID says is done, and in which branch: ("in", "army") for "đi bộ đội", ("service", "army")
    for "đi nghĩa vụ quân sự", ("join", "navy") for "gia nhập hải quân"."""
    said = m["b1"] or m["b2"] or m["b3"]
    branch = BRANCHES[keyed(said)] if said else "army"
    act = next(a for a in ("go", "service", "in", "join", "leave", "finish", "soldier", "must") if m[a])
    return ("in" if act == "go" else act), branch


def _tense(m: re.Match, act: str, day: str) -> tuple[str, str] | None:
    """The tense of a match of _SAID, and what is done in it ("go" is joining with a word of when: "Anh ấy sắp đi bộ
    đội."); None where the words do not go together ("Anh ấy đã đi bộ đội.": joined, or did service?)."""
    aspect, asked, done = _ASPECTS.get(keyed(m["aspect"] or ""), ""), m["asked"] or "", bool(m["done"])
    lasted = bool(m["n"] or m["howlong"])
    if lasted or m["got"]:
        if day or asked or m["ask"] or act not in ("in", "service") or not lasted:
            return None
        if m["howlong"]:
            return ("asked how long", act) if done and aspect in ("", "did") else None
        if aspect in ("", "did", "is") and (m["got"] or done):
            return "so far", act
        return ("once for", "in") if aspect == "once" and not done else None
    if asked:
        said = (asked, bool(m["ask"]), aspect)
        states = {("không", True, "is"): "asked is", ("không", True, "once"): "asked ever",
                  ("chưa", False, "once"): "asked ever"}
        if act in ("in", "service") and not done and said in states:
            return states[said], act
        if act == "soldier" and said == ("không", True, "") and m["phai"]:
            return "asked is", act
        if act == "must" and said == ("không", True, ""):
            return "asked must", act
        if asked == "chưa" and not m["ask"] and aspect in ("", "did"):  # ("Bạn đã đi bộ đội chưa?")
            return ("asked yet", "service" if act == "in" and m["go"] or act == "service" else act) if (
                act not in ("in", "soldier", "must") or m["go"]) else None
        return None
    if m["ask"] or m["phai"] or act == "must" and (aspect or day or done):
        return None
    if act == "must":
        return "must", act
    if act in ("in", "service", "soldier") and not day and not done:
        tense = {"": "is", "is": "is", "still": "still", "once": "once"}.get(aspect)
        if tense and not (act == "soldier" and tense in ("is", "still") and aspect):
            return tense, act
    if act == "soldier" or act in ("in", "service") and not (m["go"] or m["service"]):
        return None
    act = "join" if act in ("in", "service") else act
    behind, ahead = bool(day and BEHIND.match(day)), bool(day and AHEAD.match(day))
    if day and not (behind or ahead) or done and (day or aspect not in ("", "did")):
        return None
    if done:
        return ("done", act) if act != "join" or m["join"] else None  # ("Anh ấy đi bộ đội rồi.": joined, or did?)
    tense = {"just": "just", "about": "about"}.get(aspect) if not day else None
    if aspect in ("", "will") and (ahead or aspect == "will" and not day):
        tense = "going"
    elif aspect in ("", "did") and behind or aspect == "did" and not day and not (m["go"] or m["service"]):
        tense = "past"
    return (tense, act) if tense else None


def _whose(who_: str, kin: str) -> str:
    """Whose English says of who's own military service: "his " (kin "anh trai"), "my ", or "" where English does
    not say which (a name, "my friend")."""
    if (pronoun := "I" if who_ == "I" else who_.lower()) in EN_WHOSE:
        return f"{EN_WHOSE[pronoun]} "
    said = his_her(kin) if kin else None
    return f"{said} " if said else ""


def _written(act: str, branch: str, tense: str, who_: str, whose: str, span_: str = "", first: bool = True
             ) -> list[str]:
    """English of who for what is done in a tense, without the end: ("in", "army", "is", "he", …) as ["is in the
    army", "is serving in the army"] (the first written; who is in a question's own: "Have you ever been …")."""
    forms = _STATES[act].get(tense, [])
    one = be(who_) == "is"
    was, have = "was" if one or who_ == "I" else "were", "has" if one else "have"
    many = who_.lower() in ("we", "they") or who_.endswith(("parents", "children"))
    said = [f.format(be=be(who_), Be=be(who_).capitalize(), was=was, have=have, Have=have.capitalize(),
                     Do="Does" if one else "Do", who=who_, b=branch, whose=whose, span=span_,
                     soldier="soldiers" if many else "a soldier") for f in forms[:1 if first else None]]
    return said


def _said(text: str) -> str | None:
    """"Anh trai tôi đang đi bộ đội." as "My brother is in the army.", "Anh ấy vừa xuất ngũ." as "He just left the
    army.", "Anh ấy nhập ngũ năm ngoái." as "He joined the army last year.", "Bố tôi từng là bộ đội." as "My father
    was a soldier.", "Bạn đã đi nghĩa vụ quân sự chưa?" as "Have you done your military service yet?" (_SAID); None
    for anything else, where "có", "không" and "?" do not agree, and for a day that does not go with the tense."""
    m = _SAID.fullmatch(text)
    asked = bool(m and (m["asked"] or m["howlong"]))
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or m["u"] and keyed(m["u"]) not in _UNITS:
        return None
    if (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)) is None or not (found := who(m, asked)):
        return None
    act, branch = _act(m)
    if not (read := _tense(m, act, day)):
        return None
    tense, act = read
    who_ = found[0]
    whose = _whose(who_, m["kin"] or m["title"] or "")
    said = _written(act, branch, tense, who_, whose, span(m) if m["n"] else "")[0]
    if tense.startswith("asked"):
        return f"{said}?"
    return capitalised(contracted(who_, said) + (f" {day}" if day else "") + (m["end"] or "."))


def _lasts(text: str) -> str | None:
    """"Nghĩa vụ quân sự ở Việt Nam kéo dài bao lâu?" as "How long is military service in Vietnam?", "Nghĩa vụ quân
    sự kéo dài hai năm." as "Military service lasts two years." (_LASTS); None for anything else."""
    m = _LASTS.fullmatch(text)
    if not m or m["u"] and keyed(m["u"]) not in _UNITS:
        return None
    where = f" in {COUNTRIES[m['country']]}" if m["country"] else ""
    if m["how"]:
        return f"How long is military service{where}?"
    return f"Military service{where} lasts {span(m)}{m['end'] or '.'}"


def _normal(text: str) -> str:
    """English as _readings compares it: small letters, contractions written out, the words said alike as one ("He's
    been in the military" → "he has been in the army")."""
    text = _HAS.sub(" has", keyed(text.replace("’", "'")))
    return keyed(_ALIKE_SAID.sub(lambda m: _ALIKE[m.group(0)], text))


@lru_cache(maxsize=64)
def _readings(who_: str, kin_vi: str) -> dict[str, tuple[str, str, str]]:
    """Every English sentence of who that _said_vi takes, as `_normal` reads it (a span as "{span}"), and what it says:
    "he just left the army" → ("leave", "army", "just"); whose his, her or none where English does not say which."""
    own = _whose(who_, "")
    whose = [own, ""] if own else ["his ", "her ", ""]
    if not own and (known := his_her(kin_vi)):
        whose = [f"{known} ", ""]
    readings: dict[str, tuple[str, str, str]] = {}
    for act, tenses in _STATES.items():
        for tense in tenses:
            for branch in BRANCHES.values() if act in ("in", "join", "leave") else ["army"]:
                for w in whose:
                    for said in _written(act, branch, tense, who_, w, "{span}", first=False):
                        said = said if tense.startswith("asked") else f"{who_} {said}"
                        readings.setdefault(_normal(said), (act, branch, tense))
    return readings


def _span_vi(m: re.Match) -> str | None:
    """A span of _SPAN_EN in Vietnamese ("two years" → "hai năm"); None where the number and "s" do not agree."""
    n = m["n"].lower()
    if (n in ("a", "an", "one")) == bool(m["s"]) or n == "an":
        return None
    return f"{'một' if n in ('a', 'one') else EN_TO_VI.get(n, n)} {_UNITS_VI[m['u']]}"


def _said_vi(text: str) -> str | None:
    """"My brother is in the army." as "Anh trai tôi đang đi bộ đội.", "He's doing his military service." as "Anh
    ấy đang đi nghĩa vụ quân sự.", "My brother joined the army last year." as "Năm ngoái anh trai tôi đã nhập ngũ.",
    "My father was a soldier." as "Bố tôi từng là lính." (_SAID_EN, read by _readings); None for anything else,
    where the verb does not agree with who, and for a day the tense does not take."""
    m = _SAID_EN.fullmatch(text)
    if not m:
        return None
    who_vi_, _ = who_vi(m)
    who_en = ("I" if m["subject"] == "I" else m["subject"].lower()) if m["who"] else m["subject"]
    readings, said = _readings(who_en, who_vi_), _normal(text[:m.end("rest")])
    span_vi = ""
    if lasted := _SPAN_EN.search(said):
        span_vi, said = _span_vi(lasted), said[:lasted.start()] + " for {span}"
    words = said.split()
    for n in range(1 if lasted else min(3, len(words) - 2) + 1):
        found, day_en = readings.get(" ".join(words[:len(words) - n])), " ".join(words[len(words) - n:])
        if found is None or (day := when(day_en, "en", NEAR_SPANS)) is None:
            continue
        act, branch, tense = found
        if lasted and not span_vi or tense.startswith("asked") != ("?" in m["end"]) or day and not (
                tense == "past" and BEHIND.match(day_en) or tense == "going" and AHEAD.match(day_en)):
            return None
        done = _DONE_VI[act]
        before, after = _SOLDIER_VI.get(tense, _TENSES_VI[tense]) if act == "soldier" else _TENSES_VI[tense]
        before = before.format(p=done[branch] if isinstance(done, dict) else done, span=span_vi)
        return placed(f"{who_vi_} {before}", day, after or m["end"] or ".")
    return None


def _lasts_vi(text: str) -> str | None:
    """"How long is military service in Vietnam?" as "Nghĩa vụ quân sự ở Việt Nam kéo dài bao lâu?", "Military
    service lasts two years." as "Nghĩa vụ quân sự kéo dài hai năm." (_LASTS_EN); None for anything else."""
    m = _LASTS_EN.fullmatch(text)
    if not m:
        return None
    where = f" ở {COUNTRIES_VI[m['country']]}" if m["country"] else ""
    if m["how"] is not None:
        return f"Nghĩa vụ quân sự{where} kéo dài bao lâu?"
    lasted = _SPAN_EN.fullmatch(f" for {keyed(m['span'])}")
    said = lasted and _span_vi(lasted)
    return f"Nghĩa vụ quân sự{where} kéo dài {said}{m['end'] or '.'}" if said else None
