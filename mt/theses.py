"""A thesis or dissertation ("luận văn", "luận án", "khoá luận", "đồ án tốt nghiệp"), both ways, written whole by rule:
writing it, what it is on (asked), finished or not yet, defending it ("bảo vệ luận văn") on a day, and the supervisor
("thầy hướng dẫn", "cô hướng dẫn", "giáo viên hướng dẫn") strict, kind or busy. v8 (rules on) reads "luận văn" as a
text or an office, "bảo vệ" as protecting, "hướng dẫn" as a guide, and "thesis" as a song, a word or death: "Anh ấy
đang viết luận văn." → "He's writing the text.", "Luận văn của tôi chưa xong." → "My office has not been completed.",
"Tôi bảo vệ luận văn tuần sau." → "I protect last week's office.", "Tôi bảo vệ luận văn hôm qua." → "I told the office
yesterday.", "Bạn viết luận văn về gì?" → "What do you write text comment?", "Thầy hướng dẫn của tôi rất khó tính." →
"My guide was very difficult to calculate."; "He's writing his thesis." → "Anh ta đang viết những lời nói của anh
ấy.", "My thesis isn't finished yet." → "Món cô vẫn chưa hoàn thành.", "I defended my thesis yesterday." → "Tôi bảo
vệ cái chết của tôi hôm qua.", "What are you writing your thesis on?" → "Bạn đang viết đồ đạc của mình là gì?".

Taken: who (mt.hobbies.WHO, WHO_EN) is writing or working on their own thesis (mt.hobbies.whose_own), still, asked
("có đang … không?"); has finished or started writing it, just, almost, not yet, still not, asked ("… chưa?"); what
who is writing it on, what someone's thesis is on or its topic, asked; someone's thesis finished, almost, not yet,
still not, asked; who defended it on a day behind, is defending it on a day ahead, will defend it ("sẽ"), has, has
just, has not yet, is about to, asked ("có … không?", "… chưa?"), when who is defending it ("Khi nào …?") or did ("đã
… khi nào?"); someone's supervisor ("thầy", "cô", "giáo viên", "giảng viên hướng dẫn") strict, kind, busy …, very,
quite, a bit, not, asked. Left: handing a thesis in (mt/deadlines.py's); a plain "Tôi viết luận văn.", "Tôi bảo vệ
luận văn." (now, done or ahead?), "mới" (just, or not until?), "Bạn bảo vệ luận văn khi nào?" (when did, or will?), a
weekday (behind or ahead?), "hôm nay" without "đã" or "sẽ"; whose not known in English (a name alone, "bạn tôi");
another's thesis ("I'm writing her thesis"); "anh", "chị", "em" alone saying it; asked of oneself; a pet as who or
whose; a plain "supervisor" in English (a boss at work too: only a "thesis", "dissertation" or "PhD" supervisor or
advisor is taken; an "advisee" is the student), one without whose, "cô hướng dẫn tôi" (she guides me); a thesis's
topic said; and anything else, to the model.
mt.phrasebook.translate tries these after mt/tuition_fees.py.

    >>> translate("Anh ấy đang viết luận văn.", "vi", "en"), translate("I defended my thesis yesterday.", "en", "vi")
    ("He's writing his thesis.", 'Tôi bảo vệ luận văn hôm qua.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .ears import whose_vi
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, be_of, own_thing, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, agreement_asked, alternatives, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:luận\s+văn|luận\s+án|khóa\s+luận|khoá\s+luận|đồ\s+án|hướng\s+dẫn)"),
         "en": lazy(r"(?i:thesis|dissertation|graduation\s+project|phd)")}
# theses, and how English says them (the first Vietnamese of each is written back)
THESES = {"luận văn": "thesis", "luận văn tốt nghiệp": "graduation thesis", "luận văn thạc sĩ": "master's thesis",
          "luận văn cao học": "master's thesis", "luận án": "dissertation", "luận án tiến sĩ": "PhD thesis",
          "khóa luận": "thesis", "khoá luận": "thesis", "khóa luận tốt nghiệp": "graduation thesis",
          "khoá luận tốt nghiệp": "graduation thesis", "đồ án tốt nghiệp": "graduation project"}
# ("dissertation": a student's, as mt/deadlines.py writes it; a doctor's only when said)
THESES_VI = {en.lower(): vi for vi, en in reversed(THESES.items())} | {
    "dissertation": "luận văn", "doctoral thesis": "luận án tiến sĩ", "phd dissertation": "luận án tiến sĩ",
    "doctoral dissertation": "luận án tiến sĩ", "master's dissertation": "luận văn thạc sĩ"}
# what a supervisor is like (the first Vietnamese of each is written back); "hơi" (a bit) only of _A_BIT
TRAITS = {"nghiêm khắc": "strict", "khó tính": "strict", "bận": "busy", "bận rộn": "busy", "tốt bụng": "kind",
          "tử tế": "kind", "dễ tính": "easy-going", "tận tâm": "dedicated"}
TRAITS_VI, _A_BIT = {en: vi for vi, en in reversed(TRAITS.items())}, {"strict", "busy"}
# days near today a defence is said on (mt.dates.NEAR_WAY: behind, today, ahead)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                  "tháng trước", "năm ngoái", "năm trước", "hôm nay", "sáng nay", "chiều nay", "ngày mai", "sáng mai",
                  "chiều mai", "ngày kia", "ngày mốt", "tuần sau", "tuần tới", "tháng sau", "tháng tới", "năm sau")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}

_THESIS = rf"(?P<thesis>(?i:{alternatives(THESES)}))"
_OWN = r"(?:\s+của\s+mình)?"  # (one's own, whoever it is: "Tôi đang viết luận văn của mình.")
# who writes, works on, finishes or starts it ("Anh ấy đang viết luận văn.", "Tôi viết xong luận văn rồi.")
_WRITING = lazy(rf"{WHO}\s+(?:(?P<aux>vẫn\s+chưa|vẫn\s+đang|vẫn|có\s+đang|đang|đã|vừa\s+mới|vừa|chưa|sắp)\s+)?"
                rf"(?:(?P<start>bắt\s+đầu)\s+)?(?P<verb>viết|làm|hoàn\s+thành)(?P<xong>\s+xong)?\s+{_THESIS}{_OWN}"
                rf"(?P<xong2>\s+xong)?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
_WHAT = r"về\s+(?:(?:đề\s+tài|chủ\s+đề|cái)\s+)?gì"
# what it is on ("Bạn viết luận văn về gì?", "Luận văn của bạn về gì?", "Đề tài luận văn của bạn là gì?")
_TOPIC = lazy(rf"{WHO}\s+(?:đang\s+)?(?P<verb>viết|làm)\s+{_THESIS}\s+{_WHAT}{SOFTENED_END}")
_ITS_TOPIC = lazy(rf"(?:(?P<topic>[Đđ]ề\s+tài)\s+(?:của\s+)?)?{_THESIS}\s+(?:của\s+)?{OWNER}\s+"
                  rf"(?:(?(topic)là\s+gì|(?:viết\s+|là\s+)?{_WHAT})){SOFTENED_END}")
# whose thesis is finished ("Luận văn của tôi chưa xong.", "Luận văn của bạn xong chưa?")
_STATE = lazy(rf"{_THESIS}\s+(?:của\s+)?{OWNER}\s+(?:(?P<aux>đã|vẫn\s+chưa|chưa|sắp)\s+)?(?:xong|hoàn\s+thành)"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# who defends it ("Tôi bảo vệ luận văn hôm qua.", "Bạn đã bảo vệ luận văn chưa?", "Khi nào bạn bảo vệ luận văn?")
_DAY = rf"(?i:{alternatives(_DAYS)})"
_DEFEND = lazy(rf"(?:(?:(?P<day0>{_DAY})|(?P<when0>(?i:khi\s+nào|bao\s+giờ)))\s*,?\s+)?{WHO}\s+"
               r"(?:(?P<aux>vẫn\s+chưa|chưa|đã|sẽ|sắp|vừa\s+mới|vừa|có)\s+)?bảo\s+vệ(?P<xong>\s+xong)?\s+"
               rf"{_THESIS}{_OWN}(?P<xong2>\s+xong)?(?:\s+(?:vào\s+)?(?P<day>{_DAY})|\s+(?P<when>khi\s+nào))?"
               rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# whose supervisor is like what ("Thầy hướng dẫn của tôi rất khó tính.")
_SUPERVISOR = lazy(rf"(?i:thầy|cô|giáo\s+viên|giảng\s+viên)\s+hướng\s+dẫn(?:\s+(?P<of>{_THESIS}))?\s+của\s+"
                   rf"{OWNER}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:(?P<how>rất|khá|hơi)\s+)?"
                   rf"(?P<trait>{alternatives(TRAITS)})(?:\s+(?P<much>lắm|quá))?{ASKED_END}")

# ... and in English (text read with "'" for "’")
_THESIS_EN = rf"(?P<thesis>(?i:{alternatives(THESES_VI)}))"
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)"
_OWN_EN = rf"(?P<owner>(?i:{WHOSE_WORDS}))\s+{_THESIS_EN}"
_END = r"\s*(?P<end>[.!?]*)"
_WRITING_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Has|Have)\s+)?{WHO_EN}(?:\s+(?P<still>still))?"
                   r"(?P<aux>\s+(?:is|are|am|has|have)(?:\s+not)?|\s+(?:hasn't|haven't)|'(?:s|re|m|ve))?"
                   r"(?:\s+(?P<adv>just|almost|already|still))?\s+(?P<verb>writing|working\s+on|finished\s+writing|"
                   rf"finished|started\s+writing|started\s+working\s+on)\s+{_OWN_EN}(?:\s+(?P<yet>yet))?{_END}")
_TOPIC_EN = lazy(rf"What\s+(?P<be>is|are|am)\s+{WHO_EN}\s+(?P<verb>writing|doing)\s+{_OWN_EN}\s+(?:on|about)\s*\?+")
_ITS_TOPIC_EN = lazy(rf"What(?:\s+is|'s)\s+{_WHOSE_EN}\s+{_THESIS_EN}\s+(?:on|about|(?P<topic>topic))\s*\?+")
_STATE_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+{_THESIS_EN}(?:\s+(?P<still>still))?"
                 r"(?P<aux>\s+is(?:\s+not)?|\s+isn't|'s(?:\s+not)?)?(?:\s+(?P<almost>almost))?\s+(?:finished|done)"
                 rf"(?:\s+(?P<yet>yet))?{_END}")
_DEFEND_EN = lazy(rf"(?:(?P<q>Did|Is|Are|Am|Has|Have|When\s+(?:is|are|am|did|will))\s+)?{WHO_EN}"
                  r"(?:\s+(?P<still>still))?(?P<aux>\s+(?:has|have|is|are|am|will)(?:\s+not)?|"
                  r"\s+(?:hasn't|haven't)|'(?:s|ve|re|m|ll))?(?:\s+(?P<adv>just|already|about\s+to))?"
                  rf"\s+(?P<verb>defended|defending|defends|defend)\s+{_OWN_EN}"
                  rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?(?:\s+(?P<yet>yet))?{_END}")
# (an "advisor" or "adviser": not an "advisee", the student, nor "advisers" with "is")
_SUPERVISOR_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_EN}\s+(?P<of>(?i:thesis|dissertation|phd))\s+"
                      r"(?:supervisor|advis[eo]r)(?P<aux>\s+is(?:\s+not)?|\s+isn't|'s(?:\s+not)?)?"
                      rf"(?:\s+(?P<how>very|quite|a\s+bit|really|so))?\s+(?P<trait>{alternatives(TRAITS_VI)}){_END}")
# how much, in Vietnamese (the trait in {}), said or denied
_HOW_VI = {"": "{}", "very": "rất {}", "really": "rất {}", "quite": "khá {}", "a bit": "hơi {}", "so": "{} quá"}
_HOW_NOT_VI = {"": "không {}", "very": "không {} lắm"}


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence saying or asking who is writing, has finished or started their thesis, what it is
    on, whether it is finished, when who defends or defended it, or what their supervisor is like; None for others."""
    if src == "vi":
        if agreement_asked(text):  # ("… nhỉ?": isn't it?, not written)
            return None
        said = _writing(text) or _topic(text) or _state(text) or _defend(text) or _supervisor(text)
    else:
        text = text.replace("’", "'")
        said = _writing_vi(text) or _topic_vi(text) or _state_vi(text) or _defend_vi(text) or _supervisor_vi(text)
    return f"{said[:-1]}!" if said and said.endswith(".") and text.endswith("!") else said  # (the end as said)


def _thesis(m: re.Match) -> str:
    """The thesis of a match in English ("thesis", "PhD thesis"), or in Vietnamese for an English match."""
    said = keyed(m["thesis"])
    return THESES.get(said) or THESES_VI[said]


def _who(m: re.Match, asked: bool) -> tuple[str, bool, str] | None:
    """Who of a match of WHO in English, whether "-s", and whose their own thesis is ("he", True, "his"); None for a
    pet, "anh" … saying it, "I" asked, and whose not known ("Lan", "bạn tôi")."""
    said = None if animal(m) else who(m, asked)
    if said is None or asked and said[0] == "I":
        return None
    own = whose_own(m, said[0])
    return own and (*said, own)


def _owner(m: re.Match) -> str | None:
    """Whose of a match of mt.hobbies.OWNER in English ("my", "my mother's"); None for someone not read, and a pet."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    said = None if pet(m["someone"], "vi") else someone(m["someone"], "vi")
    return said and f"{said}'s"


def _asked(m: re.Match, yet: bool = False) -> bool | None:
    """Whether a Vietnamese match asks, by "có … không?" (group ask, or aux "có …") or, `yet`, by "… chưa?"; None
    where "?" and the asking words do not agree, or both are said."""
    groups = m.groupdict()
    ask = (groups.get("ask") or keyed(groups.get("aux") or "")).startswith("có")
    no, not_yet = bool(groups.get("asked")), yet and bool(groups.get("yet"))
    if (no or not_yet) != ("?" in m["end"]) or ask != no or no and groups.get("yet"):
        return None
    return no or not_yet


def _writing(text: str) -> str | None:
    """"Anh ấy đang viết luận văn." as "He's writing his thesis.", "Tôi viết xong luận văn rồi." as "I've finished
    writing my thesis." (_WRITING); None for anything else, and for a plain "viết luận văn" (now, or done?)."""
    m = _WRITING.fullmatch(text)
    if not m or (asked := _asked(m, True)) is None or (said := _who(m, asked)) is None:
        return None
    who_, one, own = said
    aux, verb, thesis = keyed(m["aux"] or ""), keyed(m["verb"]), f"{own} {_thesis(m)}"
    xong = bool(m["xong"]) + bool(m["xong2"]) + (verb == "hoàn thành")
    if xong > 1 or xong and m["start"] or m["done"] and m["yet"]:
        return None
    if not (xong or m["start"]):  # writing it now
        if verb == "hoàn thành" or m["done"] or m["yet"] or aux not in ("đang", "vẫn đang", "vẫn", "có đang"):
            return None
        doing = f"{'still ' * aux.startswith('vẫn')}{'writing' if verb == 'viết' else 'working on'} {thesis}"
        return f"{be(who_).capitalize()} {who_} {doing}?" if asked else capitalised(
            contracted(who_, f"{be(who_)} {doing}."))
    done = ("finished writing" if verb == "viết" else "finished") if xong else \
        "started writing" if verb == "viết" else "started working on" if verb == "làm" else None
    if done is None or asked and not m["yet"] or m["done"] and aux not in ("", "đã", "sắp"):
        return None
    if aux == "sắp" and xong:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} almost {done} {thesis}."))
    return _perfect(who_, one, aux, bool(m["done"]), f"{done} {thesis}", bool(m["yet"]))


def _perfect(who_: str, one: bool, aux: str, done: bool, doing: str, yet: bool) -> str | None:
    """Who has done `doing` ("defended his thesis"), in English, by the Vietnamese before the verb (`aux`), "rồi"
    (`done`) and "… chưa?" (`yet`): "He has defended …", "… has just …", "… hasn't … yet", "… still hasn't …", "Has
    he … yet?"; None for any other."""
    has = "has" if one else "have"
    if yet:
        return f"{has.capitalize()} {who_} {doing} yet?" if aux in ("", "đã") else None
    if aux == "đã" or aux == "" and done:
        return capitalised(contracted(who_, f"{has} {doing}."))
    if aux.startswith("vừa"):
        return capitalised(contracted(who_, f"{has} just {doing}."))
    if aux in ("chưa", "vẫn chưa") and not done:
        return capitalised(f"{who_} still {has}n't {doing}." if aux == "vẫn chưa" else f"{who_} {has}n't {doing} yet.")
    return None


def _topic(text: str) -> str | None:
    """"Bạn viết luận văn về gì?" as "What are you writing your thesis on?", "Luận văn của bạn về gì?" as "What is
    your thesis on?", "Đề tài luận văn của bạn là gì?" as "What is your thesis topic?" (_TOPIC, _ITS_TOPIC); None for
    anything else, and asked of one's own ("Luận văn của tôi về gì?")."""
    m = _TOPIC.fullmatch(text)
    if m and "?" in m["end"] and (said := _who(m, True)):
        who_, _, own = said
        doing = "writing" if keyed(m["verb"]) == "viết" else "doing"
        return f"What {be(who_)} {who_} {doing} {own} {_thesis(m)} on?"
    m = _ITS_TOPIC.fullmatch(text)
    if not m or "?" not in m["end"] or (whose := _owner(m)) in (None, "my"):
        return None
    return f"What is {whose} {_thesis(m)} {'topic' if m['topic'] else 'on'}?"


def _state(text: str) -> str | None:
    """"Luận văn của tôi chưa xong." as "My thesis isn't finished yet.", "Luận văn của bạn xong chưa?" as "Is your
    thesis finished yet?" (_STATE); None for anything else, and for a plain "xong" (done, or to be?)."""
    m = _STATE.fullmatch(text)
    if not m or bool(m["yet"]) != ("?" in m["end"]) or (whose := _owner(m)) is None or m["done"] and m["yet"]:
        return None
    aux, thesis = keyed(m["aux"] or ""), f"{whose} {_thesis(m)}"
    if m["yet"]:
        return f"Is {thesis} finished yet?" if aux in ("", "đã") else None
    if aux == "đã" or aux == "" and m["done"]:
        return capitalised(f"{thesis} is finished.")
    if aux == "sắp":
        return capitalised(f"{thesis} is almost finished.")
    if aux in ("chưa", "vẫn chưa") and not m["done"]:
        return capitalised(f"{thesis} still isn't finished." if aux == "vẫn chưa" else f"{thesis} isn't finished yet.")
    return None


def _defend(text: str) -> str | None:
    """"Tôi bảo vệ luận văn hôm qua." as "I defended my thesis yesterday.", "Tôi bảo vệ luận văn tuần sau." as "I'm
    defending my thesis next week.", "Bạn đã bảo vệ luận văn chưa?" as "Have you defended your thesis yet?" (_DEFEND,
    _DEFENDED); None for anything else, and a plain "bảo vệ luận văn" (done, or ahead?)."""
    m = _DEFEND.fullmatch(text)
    if not m or m["day0"] and m["day"] or m["done"] and m["yet"]:
        return None
    aux, day = keyed(m["aux"] or ""), keyed(m["day0"] or m["day"] or "")
    if m["when0"] or m["when"]:  # (asked when: no other asking word)
        asked = "?" in m["end"] and not (m["asked"] or m["yet"] or aux == "có" or day) or None
    else:
        asked = _asked(m, True)
    if asked is None or (said := _who(m, asked)) is None:
        return None
    who_, one, own = said
    thesis, done, way = f"{own} {_thesis(m)}", bool(m["done"] or m["xong"] or m["xong2"]), NEAR_WAY.get(day)
    when = "first" if m["when0"] else "last" if m["when"] else None
    shape = " ".join(filter(None, (when, aux, way, asked and not when and "asked", done and "done", m["yet"])))
    if (said := _DEFENDED.get(shape)) is None:
        return None if when or day or asked and not m["yet"] else _perfect(who_, one, aux, done, f"defended {thesis}",
                                                                          bool(m["yet"]))
    said = said.format(who=who_, be=be(who_), Be=be(who_).capitalize(), thesis=thesis, on=f" {_DAYS.get(day)}")
    return said if said.endswith("?") else capitalised(contracted(who_, said))


# the shapes _defend takes with a day, asked when, or ahead: "khi nào" first or last, the word before "bảo vệ", the
# day's way, asked (any other, and "rồi", "xong", "chưa" with them, left); the said ones with who written before them
_DEFENDED = {"first": "When {be} {who} defending {thesis}?", "first sẽ": "When will {who} defend {thesis}?",
             "last đã": "When did {who} defend {thesis}?", "có behind asked": "Did {who} defend {thesis}{on}?",
             "có ahead asked": "{Be} {who} defending {thesis}{on}?", "behind": "defended {thesis}{on}.",
             "đã behind": "defended {thesis}{on}.", "đã today": "defended {thesis}{on}.",
             "sẽ today": "will defend {thesis}{on}.", "sẽ ahead": "will defend {thesis}{on}.",
             "ahead": "{be} defending {thesis}{on}.", "sẽ": "will defend {thesis}.",
             "sắp": "{be} about to defend {thesis}."}


def _supervisor(text: str) -> str | None:
    """"Thầy hướng dẫn của tôi rất khó tính." as "My supervisor is very strict.", "Cô hướng dẫn của bạn có tốt bụng
    không?" as "Is your supervisor kind?" (_SUPERVISOR); None for anything else ("thầy" he, "cô" she: English
    "supervisor" says neither)."""
    m = _SUPERVISOR.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (whose := _owner(m)) is None or asked and whose == "my":
        return None
    trait, how, much = TRAITS[keyed(m["trait"])], keyed(m["how"] or ""), keyed(m["much"] or "")
    supervisor = f"{whose} {_thesis(m) + ' ' if m['of'] else ''}supervisor"
    if how and much or how == "hơi" and trait not in _A_BIT or (asked or m["not"]) and (how or much == "quá"):
        return None
    very = "very " if much == "lắm" or how == "rất" else "quite " if how == "khá" else "a bit " if how == "hơi" \
        else "so " if much == "quá" else ""
    is_ = "isn't" if m["not"] else "is"
    return f"Is {supervisor} {very}{trait}?" if asked else capitalised(f"{supervisor} {is_} {very}{trait}.")


def _aux(said: str | None) -> tuple[str, bool]:
    """An English verb before the one that says it, as "be", "have", "will", "did", "'s" (be or have, as the verb
    after it says) or "" (none; "?" for any other), and whether denied."""
    said = " ".join((said or "").lower().split())
    word = said.replace(" not", "").replace("n't", "")
    kind = {"is": "be", "are": "be", "am": "be", "'re": "be", "'m": "be", "has": "have", "have": "have",
            "'ve": "have", "will": "will", "'ll": "will", "did": "did", "'s": "'s", "": ""}.get(word, "?")
    return kind, word != said


def _agrees(m: re.Match, said: str, kind: str) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether "-s", where `said` (a verb of `kind` "be" or "have") agrees
    with who ("She has", "I am", "Are you"); None where not ("She have"), and for a pet ("My dog is writing …")."""
    if animal(m):
        return None
    who_, one = who_vi(m)
    said = said.lower().strip().replace("n't", "").replace(" not", "")
    agrees = be_said(said) == be_of(who_, one) if kind == "be" else (said in ("has", "'s")) == one
    return (who_, one) if agrees else None


def _writing_vi(text: str) -> str | None:
    """"He's writing his thesis." as "Anh ấy đang viết luận văn.", "I've finished writing my thesis." as "Tôi viết xong
    luận văn rồi.", "Have you started writing your thesis yet?" as "Bạn bắt đầu viết luận văn chưa?" (_WRITING_EN); None
    for anything else, for another's thesis ("I'm writing her thesis"), and where the verb does not agree with who."""
    m = _WRITING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]):
        return None
    verb, (kind, denied), adv = " ".join(m["verb"].split()), _aux(m["aux"] or m["q"]), m["adv"]
    still = m["still"] or adv == "still"  # ("is still writing", "still hasn't finished")
    adv = None if adv == "still" else adv
    now = verb in ("writing", "working on")
    if kind == "'s":
        kind = "be" if now else "have"
    said = _agrees(m, m["aux"] or m["q"], kind) if kind == ("be" if now else "have") else None
    if said is None or not own_thing(m, *said) or m["q"] and said[0] == "tôi" or m["q"] and (still or denied):
        return None
    who_, thesis = said[0], _thesis(m)
    if now:
        if denied or adv or m["yet"]:
            return None
        doing = f"{'viết' if verb == 'writing' else 'làm'} {thesis}"
        still = "vẫn " if still else ""
        return capitalised(f"{who_} có đang {doing} không?" if m["q"] else f"{who_} {still}đang {doing}.")
    fin = {"finished writing": "viết xong", "finished": "làm xong", "started writing": "bắt đầu viết",
           "started working on": "bắt đầu làm"}[verb]
    if m["q"]:
        return None if adv not in (None, "already") else capitalised(f"{who_} {fin} {thesis} chưa?")
    if denied:
        if adv or still and m["yet"]:
            return None
        return capitalised(f"{who_} {'vẫn ' * bool(still)}chưa {fin} {thesis}.")
    if m["yet"] or still or adv == "almost" and not fin.endswith("xong"):
        return None
    said = {"just": f"vừa {fin} {thesis}.", "almost": f"sắp {fin} {thesis}."}.get(adv, f"{fin} {thesis} rồi.")
    return capitalised(f"{who_} {said}")


def _topic_vi(text: str) -> str | None:
    """"What are you writing your thesis on?" as "Bạn viết luận văn về gì?", "What's your thesis topic?" as "Đề tài luận
    văn của bạn là gì?" (_TOPIC_EN, _ITS_TOPIC_EN); None for anything else, and asked of one's own."""
    m = _TOPIC_EN.fullmatch(text)
    if m:
        said = _agrees(m, m["be"], "be")
        if said is None or said[0] == "tôi" or not own_thing(m, *said):
            return None
        return capitalised(f"{said[0]} {'viết' if m['verb'] == 'writing' else 'làm'} {_thesis(m)} về gì?")
    m = _ITS_TOPIC_EN.fullmatch(text)
    if not m or (whose := whose_vi(m)) in (None, "tôi"):
        return None
    return f"Đề tài {_thesis(m)} của {whose} là gì?" if m["topic"] else capitalised(f"{_thesis(m)} của {whose} về gì?")


def _state_vi(text: str) -> str | None:
    """"My thesis isn't finished yet." as "Luận văn của tôi chưa xong.", "Is your thesis finished yet?" as "Luận văn
    của bạn xong chưa?", "My thesis is almost done." as "Luận văn của tôi sắp xong rồi." (_STATE_EN); None for
    anything else."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]) or (whose := whose_vi(m)) is None:
        return None
    _, denied = _aux(m["aux"])
    thesis = capitalised(f"{_thesis(m)} của {whose}")
    if m["q"]:
        return None if m["still"] or m["almost"] else f"{thesis} xong chưa?"
    if denied:
        return None if m["almost"] or m["still"] and m["yet"] else f"{thesis} {'vẫn ' * bool(m['still'])}chưa xong."
    if m["still"] or m["yet"]:
        return None
    return f"{thesis} sắp xong rồi." if m["almost"] else f"{thesis} xong rồi."


def _defend_vi(text: str) -> str | None:
    """"I defended my thesis yesterday." as "Tôi bảo vệ luận văn hôm qua.", "I'm defending my thesis next week." as "Tôi
    bảo vệ luận văn tuần sau.", "Have you defended your thesis yet?" as "Bạn đã bảo vệ luận văn chưa?" (_DEFEND_EN,
    _DEFENCES); None for anything else, and where the verb does not agree with who or the day with the tense."""
    m = _DEFEND_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    q, verb = " ".join((m["q"] or "").lower().split()), m["verb"]
    before = m["aux"] or q.split()[-1] if q or m["aux"] else ""  # (the verb before "defend": "Are", "'s", "will")
    kind, denied = _aux(before)
    if kind == "'s":
        kind = "have" if verb == "defended" else "be"
    said = _agrees(m, before, kind) if kind in ("be", "have") else None if animal(m) else who_vi(m)
    if said is None or not own_thing(m, *said) or q and said[0] == "tôi" or verb == "defends" and (
            kind or not said[1]) or verb == "defend" and not kind and said[1]:
        return None  # ("She defend her thesis next week.", "Will she defends …", asked of oneself)
    first = {"are": "is", "am": "is", "have": "has"}.get(q.split()[0] if q else "", q.split()[0] if q else "")
    day = _DAYS_VI.get((m["day"] or "").lower())
    shape = " ".join(filter(None, (first, kind, verb.removesuffix("s"), m["adv"], NEAR_WAY[day] if day else "",
                                   m["still"] and "still", denied and "not", m["yet"])))
    said_vi = _DEFENCES.get(shape)
    return said_vi and capitalised(said_vi.format(who=said[0], thesis=_thesis(m), day=f" {day}" if day else ""))


# the shapes _defend_vi takes: asked by, the verb before, the verb, "just" …, the day's way, still, denied, yet
_DEFENCES = {"when be defending": "Khi nào {who} bảo vệ {thesis}?",
             "when will defend": "Khi nào {who} sẽ bảo vệ {thesis}?",
             "when did defend": "{who} đã bảo vệ {thesis} khi nào?",
             "did did defend behind": "{who} có bảo vệ {thesis}{day} không?",
             "is be defending ahead": "{who} có bảo vệ {thesis}{day} không?",
             "has have defended yet": "{who} đã bảo vệ {thesis} chưa?",
             "has have defended already": "{who} đã bảo vệ {thesis} chưa?",
             "defended behind": "{who} bảo vệ {thesis}{day}.", "defended today": "{who} đã bảo vệ {thesis}{day}.",
             "be defending ahead": "{who} bảo vệ {thesis}{day}.",
             "be defending today": "{who} sẽ bảo vệ {thesis}{day}.",
             "defend ahead": "{who} bảo vệ {thesis}{day}.", "will defend ahead": "{who} sẽ bảo vệ {thesis}{day}.",
             "will defend today": "{who} sẽ bảo vệ {thesis}{day}.", "will defend": "{who} sẽ bảo vệ {thesis}.",
             "have defended": "{who} đã bảo vệ {thesis} rồi.", "have defended already": "{who} đã bảo vệ {thesis} rồi.",
             "have defended just": "{who} vừa bảo vệ {thesis}.", "have defended not": "{who} chưa bảo vệ {thesis}.",
             "have defended not yet": "{who} chưa bảo vệ {thesis}.",
             "have defended still not": "{who} vẫn chưa bảo vệ {thesis}.",
             "be defend about to": "{who} sắp bảo vệ {thesis}."}


def _supervisor_vi(text: str) -> str | None:
    """"My thesis supervisor is very strict." as "Giáo viên hướng dẫn luận văn của tôi rất nghiêm khắc.", "Is your
    PhD supervisor kind?" as "Giáo viên hướng dẫn luận án của bạn có tốt bụng không?" (_SUPERVISOR_EN); None for
    anything else, and for a plain "supervisor" (a boss at work too: left to the model)."""
    m = _SUPERVISOR_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["aux"]) or (whose := whose_vi(m)) is None:
        return None
    how, trait = " ".join((m["how"] or "").lower().split()), m["trait"].lower()
    said = "có {} không?" if m["q"] and not how else _HOW_NOT_VI.get(how) if _aux(m["aux"])[1] else _HOW_VI.get(how)
    if said is None or how == "a bit" and trait not in _A_BIT or m["q"] and (how or whose == "tôi"):
        return None
    of = "luận án" if m["of"].lower() == "phd" else "luận văn"
    said = said.format(TRAITS_VI[trait])
    return f"Giáo viên hướng dẫn {of} của {whose} {said}{'' if m['q'] else '.'}"
