"""Air pollution, both ways, written whole by rule: the air polluted, the air quality, the PM2.5 level or the AQI, a
city's air pollution, a mask worn against it, and smog. v8 (rules on) reads "ô nhiễm" as infected,
"khẩu trang" as pages, "bụi mịn" as dirt, and "polluted" as probed: "Hôm nay không khí ô nhiễm quá." → "The air of
infectious air today.", "Dạo này không khí ô nhiễm lắm." → "This rice is not very contagious.", "Hà Nội ô nhiễm không
khí nặng." → "Hanoi weighs air pollution.", "Chỉ số bụi mịn hôm nay rất cao." → "The dirt index today is very high.",
"Bạn nên đeo khẩu trang khi ra ngoài." → "You should wear pages when you out."; "The air is really polluted today." →
"Hôm nay không khí thật sự được thăm dò.", "Hanoi is very polluted." → "Hà Nội rất phấn khích." (excited), "The air
pollution is terrible today." → "Hiện nay ô nhiễm không khí khủng khiếp." (now), "You should wear a mask when you go
out." → "Bạn nên mặc một mặt nạ khi bạn ra ngoài." (a costume mask), "It's smoggy." → "Thật tuyệt vời.".

Taken: the air (here, in a city of _CITIES) polluted, fresh or clean, the air quality bad or good, the air pollution
bad or serious, the PM2.5 level, the AQI or the pollution level high, low or a number, a city polluted: said (how
much: "rất", "quá", "lắm", "nặng"; "rất kinh khủng": "really terrible"), denied ("không … lắm"), asked ("có …
không?", "thế nào?", "là bao nhiêu?"), today, yesterday, tomorrow (mt.dates.near_days) or lately ("dạo này": "has
been"); a city with (bad) air pollution; who (mt.hobbies.WHO, WHO_EN; no pets) wears a mask when going out or because
of the dust: should, has to, needs to, always …, not, asked, told ("Hãy …", "Nhớ …"), now ("đang", for a why), on a
day of today ("tối nay": "tonight"); smog ("Trời mù mịt khói bụi.": "It's smoggy."), said, asked, on a day. Left: a
mask with no when or why (mt/safety_gear.py), a cough, from the dust too (mt/symptoms.py takes "Tôi bị ho."), fog and
haze (mt/weather.py), smog very ("rất", "lắm"), denied or where, "ổn" (okay) said how much ("very okay"), "kinh
khủng" (terrible) fairly, extremely or denied very, "Không khí hôm nay thế nào?" (the weather, or the mood?), "quá
ô nhiễm" (too?), a tense its day does not say ("The air was polluted."), a name alone going out (he or she?), many kin
in English ("My parents wear": mt.hobbies.who_vi says one), asked of oneself, "anh", "chị", "em" alone saying it,
"nhỉ", and anything else.
mt.phrasebook.translate tries these after mt/roadworks.py.

    >>> translate("Hôm nay không khí ô nhiễm quá.", "vi", "en"), translate("Hanoi has bad air pollution.", "en", "vi")
    ('The air is really polluted today.', 'Hà Nội ô nhiễm không khí nặng.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import HABIT_VI, SELDOM, SELDOM_VI, WHO, WHO_EN, animal, be_agrees, his_her_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import his_her
from .text import ASKED_END, BE_EN, EN_WHOSE, alternatives, be, capitalised, contracted, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:ô\s+nhiễm|không\s+khí|bụi|khẩu\s+trang|aqi|pm2)"),
         "en": lazy(r"(?i:the\s+air|air\s+quality|pollut|smog|mask|aqi|pm2|dust)")}
# the days these shapes are said on (their way, mt.dates.NEAR_WAY, is the tense), and lately ("has been")
_NEAR = near_days("hôm qua", "hôm nay", "sáng nay", "chiều nay", "tối nay", "ngày mai")
_LATELY = {"dạo này": "lately", "dạo gần đây": "lately", "mấy hôm nay": "for the past few days",
           "mấy ngày nay": "for the past few days"}
_DAYS_VI = {en: vi for vi, en in reversed((_NEAR | _LATELY).items())} | {
    "recently": "dạo này", "these days": "dạo này", "the past few days": "mấy hôm nay"}
# cities by their names (the first Vietnamese of each is written back), and the city
_CITIES = {"Thành phố Hồ Chí Minh": "Ho Chi Minh City", "TP. Hồ Chí Minh": "Ho Chi Minh City",
           "TP Hồ Chí Minh": "Ho Chi Minh City", "Hà Nội": "Hanoi", "Sài Gòn": "Saigon", "Đà Nẵng": "Da Nang",
           "Hải Phòng": "Hai Phong", "Huế": "Hue", "Bắc Kinh": "Beijing"}
_CITIES_VI = {en: vi for vi, en in reversed(_CITIES.items())} | {"Haiphong": "Hải Phòng"}
# what is said of, and its kind: which words say how it is (_ADJ)
_PM, _LEVEL = ("the PM2.5 level", "index"), ("the pollution level", "index")
_SUBJECTS = {"trời": ("it", "sky"), "không khí": ("the air", "air"), "chỉ số aqi": ("the AQI", "index"),
             "chất lượng không khí": ("the air quality", "quality"),
             "ô nhiễm không khí": ("the air pollution", "pollution"), "chỉ số bụi mịn": _PM,
             "chỉ số bụi mịn pm2.5": _PM, "chỉ số pm2.5": _PM, "nồng độ bụi mịn": _PM, "mức độ ô nhiễm": _LEVEL,
             "chỉ số chất lượng không khí": ("the air quality index", "index"), "chỉ số ô nhiễm": _LEVEL}
# ... in English (the Vietnamese, the kind), and whether said as many ("PM2.5 levels are")
_SUBJECTS_VI = {"it": ("trời", "sky", False), "air": ("không khí", "air", False), "air quality": (
    "chất lượng không khí", "quality", False), "air pollution": ("ô nhiễm không khí", "pollution", False),
    "pm2.5 level": ("chỉ số bụi mịn", "index", False), "pm2.5 levels": ("chỉ số bụi mịn", "index", True),
    "aqi": ("chỉ số AQI", "index", False), "air quality index": ("chỉ số chất lượng không khí", "index", False),
    "pollution level": ("mức độ ô nhiễm", "index", False), "pollution levels": ("mức độ ô nhiễm", "index", True)}
_ADJ = {"air": {"ô nhiễm": "polluted", "trong lành": "fresh", "sạch": "clean"}, "city": {"ô nhiễm": "polluted"},
        "quality": {"tệ": "bad", "xấu": "bad", "kém": "poor", "tốt": "good", "ổn": "okay", "kinh khủng": "terrible"},
        "pollution": {"nặng": "bad", "tệ": "bad", "nghiêm trọng": "serious", "kinh khủng": "terrible",
                      "khủng khiếp": "terrible"}, "index": {"cao": "high", "thấp": "low"},
        "sky": {"mù mịt khói bụi": "smoggy", "đầy khói bụi": "smoggy"}}
_ADJ_VI = {kind: {en: vi for vi, en in reversed(said.items())} for kind, said in _ADJ.items()}
_ADJ_VI["quality"] |= {"fine": "ổn", "ok": "ổn", "awful": "kinh khủng"}
# how much: before the word, after it, and after "ô nhiễm" alone (polluted how)
_PRE = {"rất": "very", "khá": "quite", "cực kỳ": "extremely"}
_POST = {"quá": "really", "lắm": "very"}
# ... of words English does not say very of ("very okay", "very terrible"), see _degree
_UNGRADED = {"okay": set(), "terrible": {"rất", "lắm", "quá"}}
_POLLUTED = {"nặng": "heavily", "rất nặng": "very heavily", "nặng lắm": "very heavily", "nặng quá": "really heavily",
             "nghiêm trọng": "seriously", "kinh khủng": "terribly", "khủng khiếp": "terribly"}
_DEG_VI = {"very": "rất ", "really": " quá", "so": " quá", "quite": "khá ", "pretty": "khá ", "fairly": "khá ",
           "extremely": "cực kỳ ", "heavily": " nặng", "badly": " nặng", "very heavily": " rất nặng",
           "very badly": " rất nặng", "seriously": " nghiêm trọng", "terribly": " kinh khủng"}
# a city's air pollution, how bad ("Hà Nội ô nhiễm không khí nặng.": "Hanoi has bad air pollution.")
_BAD = {"": "", "nặng": "bad", "rất nặng": "very bad", "nặng lắm": "very bad", "nặng quá": "really bad",
        "quá nặng": "really bad", "nghiêm trọng": "serious", "rất nghiêm trọng": "very serious",
        "kinh khủng": "terrible", "khủng khiếp": "terrible"}
_BAD_VI = {en: vi for vi, en in reversed(_BAD.items())} | {"heavy": "nặng", "quite bad": "khá nặng"}
# why one wears a mask
_CAUSES = {"khói bụi": "the dust and smoke", "ô nhiễm không khí": "the air pollution", "ô nhiễm": "the pollution",
           "bụi mịn": "the fine dust", "bụi": "the dust"}
_CAUSES_VI = {en: vi for vi, en in reversed(_CAUSES.items())} | {
    "the smoke and dust": "khói bụi", "the smog": "khói bụi"}
_MUST = {"should": "nên", "must": "phải", "have to": "phải", "has to": "phải", "need to": "cần", "needs to": "cần"}
_THIRD = {"does", "doesn't", "does not", "has to", "needs to", "wears"}  # (said of one: he, my mother, Lan)
_OTHER = {"do", "don't", "do not", "have to", "need to", "wear"}
_PRONOUN, _ONE = {"his": "he", "her": "she"}, ("he", "she")
_MUST_EN, _ONE_MUST = {"nên": "should", "phải": "have to", "cần": "need to"}, {"phải": "has to", "cần": "needs to"}
_TOLD = {"nhớ": "Remember to wear", "nên": "You should wear", "phải": "You have to wear", "cần": "You need to wear"}
# English says these, by tense: "is", "was", "will be", "has been" (asked: first word, rest), and "has" …
_FORMS = {("be", ""): "is", ("be", "behind"): "was", ("be", "ahead"): "will be", ("be", "lately"): "has been",
          ("have", ""): "has", ("have", "behind"): "had", ("have", "ahead"): "will have", ("have", "lately"): "has had"}
_ASKED_FORMS = {"is": ("Is", ""), "was": ("Was", ""), "will be": ("Will", " be"), "has been": ("Has", " been"),
                "has": ("Does", " have"), "had": ("Did", " have"), "will have": ("Will", " have"),
                "has had": ("Has", " had")}
# ... and read back: the tense, whether many, whether denied
_TENSES_EN = {"is": ("", False), "are": ("", True), "was": ("behind", False), "were": ("behind", True),
              "will be": ("ahead", None), "has been": ("lately", False), "have been": ("lately", True),
              "has": ("", False), "does have": ("", False), "had": ("behind", None), "did have": ("behind", None),
              "will have": ("ahead", None), "has had": ("lately", False)}
_SHORT_EN = {"won't": " will not", "n't": " not", "'s been": " has been", "'ve been": " have been",
             "'s had": " has had", "'s": " is", "'re": " are", "'ll": " will"}

_DAY = alternatives(_NEAR | _LATELY)
_CITY = alternatives(_CITIES)
_CITY_EN = alternatives(_CITIES_VI)
_WHERE = rf"(?P<where>(?i:ở|tại)\s+(?:(?P<here>đây)|(?P<town>(?i:thành\s+phố))|(?P<at>{_CITY}))|(?P<at2>{_CITY}))"
_WHERE_EN = rf"(?P<where>here|in\s+(?:(?P<town>the\s+city)|(?P<at>{_CITY_EN})))"
_DAY_EN = rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"

# how it is ("Hôm nay không khí ô nhiễm quá.", "Chỉ số AQI hôm nay là 180.", "Chất lượng không khí hôm nay thế nào?")
_STATE = lazy(rf"(?:(?P<day0>(?i:{_DAY}))\s*,?\s+)?(?:(?P<subj>(?i:{alternatives(_SUBJECTS)}))(?:\s+{_WHERE})?|"
              rf"(?P<city>{_CITY}))(?:\s+(?P<day1>{_DAY}))?(?:\s+(?P<will>sẽ)|\s+(?P<now>đang))?"
              rf"(?:\s+(?P<ask>có)|\s+(?P<not>không))?(?:\s+(?P<pre>{alternatives(_PRE)}))?(?P<bi>\s+bị)?"
              rf"\s+(?:(?P<adj>{alternatives({said for table in _ADJ.values() for said in table})})|"
              r"là\s+(?P<n>\d{1,3})|(?P<what>(?:là\s+)?bao\s+nhiêu|(?:như\s+)?thế\s+nào|ra\s+sao))"
              rf"(?:\s+(?P<post>{alternatives(_POST | _POLLUTED)}))?{ASKED_END}")
# a city's air pollution ("Hà Nội ô nhiễm không khí nặng.", "Hà Nội có bị ô nhiễm không khí không?")
_HAS = lazy(rf"(?:(?P<day0>(?i:{_DAY}))\s*,?\s+)?(?P<at>{_CITY})(?:\s+(?P<day1>{_DAY}))?(?:\s+(?P<ask>có))?"
            rf"(?:\s+bị)?\s+ô\s+nhiễm\s+không\s+khí(?:\s+(?P<bad>{alternatives(_BAD)}))?{ASKED_END}")
# a mask worn going out, or for the dust ("Bạn nên đeo khẩu trang khi ra ngoài.", "Chúng ta nên đeo khẩu trang vì bụi.")
_MASK = lazy(rf"(?:(?P<day>(?i:{alternatives(_NEAR)}))\s*,?\s+)?(?:{WHO}\s+)?(?:(?P<tell>(?i:hãy|nhớ))\s+)?"
             r"(?:(?P<ask>có)\s+)?(?:(?P<not>(?i:không))\s+)?"
             rf"(?:(?P<aux>(?i:nên|phải|cần|đang|lúc\s+nào\s+cũng|{alternatives(SELDOM)}))\s+)?(?i:đeo)\s+khẩu\s+trang"
             r"\s+(?:(?P<when>(?:mỗi\s+)?khi)\s+(?:đi\s+)?ra\s+(?:ngoài(?:\s+đường)?|đường|khỏi\s+nhà)|"
             rf"(?:vì|do)\s+(?P<cause>{alternatives(_CAUSES)}))(?:\s+(?P<tail>nhé|nha))?{ASKED_END}")

# ... and in English ("The air is really polluted today.", "Is the air quality good today?", "The AQI is 180 today.")
_BE_EN = (r"(?P<be>\s+(?:is|are|was|were)(?:\s+not|n['’]t)?|['’](?:s|re)|\s+will(?:\s+not)?\s+be|['’]ll\s+be|"
          r"\s+won['’]t\s+be|\s+(?:has|have)(?:\s+not|n['’]t)?\s+been|['’](?:s|ve)\s+been|\s+be|\s+been)")
_STATE_EN = lazy(rf"(?:(?P<q>Is|Are|Was|Were|Will|Has|Have)\s+)?(?:(?P<subj>(?:(?i:the)\s+)?(?i:"
                 rf"{alternatives(_SUBJECTS_VI)}))(?:\s+{_WHERE_EN})?|(?P<city>{_CITY_EN}))"
                 rf"(?:\s+(?P<day0>{alternatives(_NEAR.values())}))?{_BE_EN}?"
                 rf"\s+(?:(?P<deg>{alternatives(_DEG_VI)})\s+)?"
                 rf"(?:(?P<adj>[a-z]+)|(?P<n>\d{{1,3}})){_DAY_EN}\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"(?:(?P<what>What)(?:['’]s|\s+is)|(?P<how>How)(?:['’]s|\s+is))\s+(?P<subj>(?i:the)\s+(?i:"
                rf"{alternatives(_SUBJECTS_VI)}))(?:\s+{_WHERE_EN})?(?P<like>\s+like)?{_DAY_EN}\s*\?+")
_HAS_EN = lazy(rf"(?:(?P<q>Does|Did|Will|Has)\s+)?(?P<at>{_CITY_EN})(?P<have>\s+has|\s+had|\s+will\s+have|"
               r"['’]ll\s+have|\s+has\s+had|['’]s\s+had|\s+have)\s+(?:(?P<bad>(?:(?:very|really|quite)\s+)?"
               rf"(?:bad|serious|terrible|heavy))\s+)?air\s+pollution{_DAY_EN}\s*(?P<end>[.!?]*)")
_MASK_EN = lazy(r"(?:(?P<remind>(?i:remember\s+to))\s+|(?P<q>Do|Does|Should)\s+)?"
                rf"(?:{WHO_EN}{BE_EN}?\s+)?(?:(?P<neg>(?i:do|does|should)(?:n['’]t|\s+not))\s+)?"
                r"(?:(?P<modal>should|must|ha(?:ve|s)\s+to|needs?\s+to)\s+)?"
                rf"(?:(?P<seldom>{alternatives(SELDOM_VI)})\s+)?"
                r"(?P<verb>(?i:wear)(?:s|ing)?)\s+(?P<mask>a\s+(?:face\s+)?mask|(?:face\s+)?masks)\s+"
                r"(?:(?P<when>when|whenever)\s+(?P<goer>I|you|he|she|we|they)\s+(?P<go>goes|go)\s+out|"
                rf"because\s+of\s+(?P<cause>{alternatives(_CAUSES_VI)}))(?:\s+(?P<day>today))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the shapes "Taken" above (air pollution, a mask, smog); None for any other."""
    if src == "vi":
        return (_state(text) or _has(text) or _mask(text))
    return _state_vi(text) or _what_vi(text) or _has_vi(text) or _mask_vi(text)


def _tense(m: re.Match) -> tuple[str, str] | None:
    """The tense of a Vietnamese match by its day ("", "behind", "ahead", "lately"), and the day in English with a
    space before it (" today"); None for two days, "sẽ" with no day ahead, "đang" with one not today."""
    day0, day1, groups = m["day0"], m["day1"], m.groupdict()
    day = keyed(day0 or day1 or "")
    tense = "lately" if day in _LATELY else NEAR_WAY.get(day, "").replace("today", "")
    if day0 and day1 or groups.get("will") and tense != "ahead" or groups.get("now") and tense:
        return None
    return tense, f" {(_NEAR | _LATELY)[day]}" if day else ""


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks with "có … không?"; None for one without the other, or "?" on a statement."""
    asked = bool(m["asked"])
    return asked if asked == bool(m["ask"]) == ("?" in m["end"]) else None


def _be(tense: str, asked: bool = False, denied: bool = False, verb: str = "be") -> tuple[str, str]:
    """English's verb for a tense, as its first word and the rest: ("is", ""), ("Will", " be") asked, ("isn't", "")."""
    said = _FORMS[verb, tense]
    if asked:
        return _ASKED_FORMS[said]
    if denied:
        said = {"is": "isn't", "was": "wasn't", "will be": "won't be", "has been": "hasn't been"}[said]
    return said, ""


def _where(m: re.Match) -> str:
    """Where of a Vietnamese match in English, a space before it (" here", " in Hanoi"); "" for none."""
    at = " ".join((m["at"] or m["at2"] or "").split())
    return "" if not m["where"] else " here" if m["here"] else " in the city" if m["town"] else f" in {_CITIES[at]}"


def _state(text: str) -> str | None:
    """"Hôm nay không khí ô nhiễm quá." as "The air is really polluted today.", and the like (_STATE); None for
    anything else, and a word not said of its kind ("Hà Nội rất tệ.")."""
    m = _STATE.fullmatch(text)
    if not m or (said := _tense(m)) is None:
        return None
    tense, day = said
    subject, kind = _SUBJECTS[keyed(m["subj"])] if m["subj"] else (_CITIES[" ".join(m["city"].split())], "city")
    subject += _where(m)
    pre, post, adj = keyed(m["pre"] or ""), keyed(m["post"] or ""), keyed(m["adj"] or "")
    if m["what"]:
        if m["ask"] or m["not"] or pre or post or m["bi"] or "?" not in m["end"] or m["asked"] or \
                kind not in ("quality", "index") or (kind == "quality") == ("bao" in m["what"]):
            return None
        first, rest = _be(tense, True)
        like = " like" if kind == "quality" else ""
        return f"What {first.lower()} {subject}{rest}{like}{day}?".replace("What is ", "What's ")
    if (asked := _asked(m)) is None or m["bi"] and adj != "ô nhiễm" or \
            m["n"] and (kind != "index" or pre or post or m["not"] or asked):
        return None
    if m["n"]:
        first, rest = _be(tense, asked)
        return capitalised(f"{subject} {first} {m['n']}{day}{stop(m['end'])}")
    if adj not in _ADJ[kind] or pre and post or post in _POLLUTED and adj != "ô nhiễm" or kind == "sky" and (
            pre or post == "lắm" or m["not"] or m["where"]) or m["not"] and post == "nặng" or \
            (asked or m["not"]) and (pre or post not in ("", "lắm", "nặng")):
        return None  # ("Trời rất mù mịt khói bụi.", "Trời không …": smog is said so, or not at all)
    if (degree := _degree(pre, post, _ADJ[kind][adj], bool(asked or m["not"]))) is None:
        return None  # ("Chất lượng không khí rất ổn.": not "very okay")
    how = " ".join(filter(None, (degree, _ADJ[kind][adj])))
    first, rest = _be(tense, bool(asked), bool(m["not"]))
    if asked:
        return f"{first} {subject}{rest} {how}{day}?"
    return capitalised(contracted(subject, f"{first} {how}{day}{stop(m['end'])}"))


def _degree(pre: str, post: str, said: str, denied: bool) -> str | None:
    """How much the word `said` (in English) of a Vietnamese match is so, by the word before it (`pre`) or after it
    (`post`): "very", "really", "heavily", "" for none; "really" for "terrible" said very, and None for "okay" said
    how much, or "terrible" said other than very or `denied` (or asked) very (_UNGRADED)."""
    if said in _UNGRADED and (pre or post):
        return "really" if (pre or post) in _UNGRADED[said] and not denied else None
    return _PRE.get(pre) or _POST.get(post) or _POLLUTED.get(post) or ""


def _has(text: str) -> str | None:
    """"Hà Nội ô nhiễm không khí nặng." as "Hanoi has bad air pollution.", "Hà Nội có bị ô nhiễm không khí không?" as
    "Does Hanoi have air pollution?" (_HAS); None for anything else."""
    m = _HAS.fullmatch(text)
    if not m or (said := _tense(m)) is None or (asked := _asked(m)) is None:
        return None
    (tense, day), city = said, _CITIES[" ".join(m["at"].split())]
    what = f"{_BAD[keyed(m['bad'] or '')]} air pollution".lstrip()
    first, rest = _be(tense, asked, verb="have")
    if asked:
        return f"{first} {city}{rest} {what}{day}?"
    return f"{city} {first} {what}{day}{stop(m['end'])}"


def _mask(text: str) -> str | None:
    """"Bạn nên đeo khẩu trang khi ra ngoài." as "You should wear a mask when you go out.", and the like (_MASK); None
    for anything else, a pet, a name alone going out, and asked of oneself."""
    m = _MASK.fullmatch(text)
    if not m or (asked := _asked(m)) is None or m["tail"] and asked:
        return None
    aux, tell, said = keyed(m["aux"] or ""), keyed(m["tell"] or ""), m["who"] or m["kin"] or m["title"] or m["given"]
    aux, not_, must = "luôn" if aux == "lúc nào cũng" else aux, bool(m["not"]), _MUST_EN.get(aux)
    if m["day"] and (NEAR_WAY[keyed(m["day"])] != "today" or not (tell or must or not (said or aux))) or \
            tell and (aux or not_ or said and keyed(said) != "bạn") or m["tail"] and not (tell or aux == "nên") or \
            m["cause"] and not (aux or tell) or m["when"] and aux == "đang":
        return None  # ("Tôi đeo khẩu trang vì bụi.": now, or as a rule?)
    found = who(m, asked) if said else None if asked or not_ or aux and not must else ("you", False)
    if found is None or said and (animal(m) or asked and found[0] == "I" and not must):
        return None  # ("Tôi có đeo khẩu trang khi ra ngoài không?": asked of oneself)
    (who_, one), whose = found, his_her_of(m)
    goer = who_ if who_ in EN_WHOSE else _PRONOUN[whose] if whose else None if m["given"] else "they"
    if goer is None:
        return None  # ("Lan … khi ra ngoài": when he, or she, goes out?)
    go = f"{'whenever' if keyed(m['when'] or '').startswith('mỗi') else 'when'} {goer} go{'es' * (goer in _ONE)} out"
    why = go if m["when"] else f"because of {_CAUSES[keyed(m['cause'])]}"
    many = who_ in ("we", "they") or who_ not in EN_WHOSE and be(who_) == "are"
    on = f" {_NEAR[keyed(m['day'])]}" if m["day"] else ""  # ("Tối nay …": tonight, not today)
    worn = f"{'masks' if many else 'a mask'} {why}{on}{'?' if asked else stop(m['end'])}"
    if not said or tell:
        return f"{_TOLD.get(tell or aux, 'Wear')} {worn}"
    if aux == "đang":
        return None if asked or not_ else capitalised(contracted(who_, f"{be(who_)} wearing {worn}"))
    do = "Does" if one else "Do"
    if asked:
        how = f"Should {who_}" if aux == "nên" else f"{do} {who_} {must or SELDOM.get(aux, '')}".rstrip() if \
            aux in ("", "phải", "cần") or SELDOM.get(aux) in ("always", "often") else None
        return how and f"{how} wear {worn}"
    if not_:
        how = "shouldn't" if aux == "nên" else f"{do.lower()}n't {must or ''}".rstrip() if aux in ("", "phải", "cần") \
            else None
        return how and capitalised(f"{who_} {how} wear {worn}")
    how = (_ONE_MUST.get(aux) if one else None) or must or SELDOM.get(aux, "")
    return capitalised(f"{who_} {how} wear{'s' * (one and not must)} {worn}".replace("  ", " "))


def _en_tense(q: str | None, said: str | None) -> tuple[str, bool | None, bool] | None:
    """The tense of English's "is", "was", "will be", "has been" (or "has", "had"), asked (`q` first) or said, whether
    said of many (None: either) and whether denied: ("behind", False, False) for "was"; None for any other."""
    words = _words(f"{q or ''} {said or ''}")
    for short, full in _SHORT_EN.items():  # (in order: "won't" before "n't", "'s been" before "'s")
        words = words.replace(short, full)
    words = " ".join(words.split())
    denied = " not" in f" {words}"
    found = _TENSES_EN.get(words.replace(" not", ""))
    return found and (*found, denied)


def _day_vi(m: re.Match, tense: str) -> str | None:
    """The day of an English match in Vietnamese ("hôm nay", "" for none), where the tense said goes with it ("was"
    with a day behind, "has been" lately, "is" today, none or "these days"); None for any other."""
    if (said := m.groupdict().get("day0")) and m["day"]:
        return None
    day = _DAYS_VI.get(_words(said or m["day"]), "")
    way = "lately" if day in _LATELY else NEAR_WAY.get(day, "").replace("today", "")
    return day if way == tense or tense == "" and _words(m["day"]) == "these days" else None


def _where_vi(m: re.Match) -> str:
    """Where of an English match in Vietnamese, a space before it (" ở đây", " ở Hà Nội"); "" for none."""
    return "" if not m["where"] else " ở đây" if m["where"] == "here" else " ở thành phố" if m["town"] else \
        f" ở {_CITIES_VI[m['at']]}"


def _state_vi(text: str) -> str | None:
    """"The air is really polluted today." as "Hôm nay không khí ô nhiễm quá.", and the like (_STATE_EN); None for
    anything else, a verb not agreeing, and a tense its day does not say."""
    m = _STATE_EN.fullmatch(text)
    if not m or (said := _en_tense(m["q"], m["be"])) is None:
        return None
    tense, many, not_ = said
    subject, kind, are = _SUBJECTS_VI[_words(m["subj"]).removeprefix("the ")] if m["subj"] else \
        (_CITIES_VI[m["city"]], "city", False)
    asked, day = bool(m["q"]), _day_vi(m, tense)
    if many is not None and many != are or asked != ("?" in m["end"]) or day is None:
        return None
    deg, adj = _words(m["deg"]), _ADJ_VI[kind].get(m["adj"] or "")
    if kind == "sky" and (m["subj"].lower().startswith("the") or deg not in ("", "really", "so") or not_):
        return None  # ("It's very smoggy.": "Trời rất mù mịt khói bụi." is not said)
    if m["n"]:
        if kind != "index" or deg or not_ or asked:
            return None
        adj = f"là {m['n']}"
    elif adj is None or deg in ("heavily", "badly", "very heavily", "very badly", "seriously", "terribly") and \
            m["adj"] != "polluted":
        return None
    if asked or not_:
        how = {"": "", "very": " lắm", "heavily": " nặng", "badly": " nặng"}.get(deg) if asked else \
            {"": "", "very": " lắm"}.get(deg)
        if how is None:
            return None
        adj = f"{'có' if asked else 'không'} {adj}{how}"
    elif deg:
        adj = f"{_DEG_VI[deg]}{adj}" if _DEG_VI[deg].endswith(" ") else f"{adj}{_DEG_VI[deg]}"
    will = "sẽ " if tense == "ahead" and not asked else ""
    end = " không?" if asked else stop(m["end"])
    return capitalised(f"{day} {subject}{_where_vi(m)} {will}{adj}{end}".strip())


def _what_vi(text: str) -> str | None:
    """"What's the air quality like today?" as "Chất lượng không khí hôm nay thế nào?", "What's the AQI today?" as
    "Chỉ số AQI hôm nay là bao nhiêu?" (_WHAT_EN); None for anything else, and for a day not today."""
    m = _WHAT_EN.fullmatch(text)
    if not m or (day := _day_vi(m, "")) is None or _words(m["day"]) == "these days":
        return None
    subject, kind, _ = _SUBJECTS_VI[" ".join(m["subj"].lower().split()[1:])]
    if kind == "quality" and bool(m["like"]) == bool(m["how"]) or kind == "index" and (m["like"] or m["how"]) or \
            kind not in ("quality", "index"):
        return None
    what = "thế nào" if kind == "quality" else "là bao nhiêu"
    return capitalised(" ".join(filter(None, (f"{subject}{_where_vi(m)}", day, what)))) + "?"


def _has_vi(text: str) -> str | None:
    """"Hanoi has bad air pollution." as "Hà Nội ô nhiễm không khí nặng.", "Does Hanoi have air pollution?" as "Hà Nội
    có bị ô nhiễm không khí không?" (_HAS_EN); None for anything else."""
    m = _HAS_EN.fullmatch(text)
    said = m and _en_tense(m["q"], m["have"])
    if not said or said[2] or bool(m["q"]) != ("?" in m["end"]) or (day := _day_vi(m, said[0])) is None:
        return None
    bad = _BAD_VI.get(_words(m["bad"]))
    if bad is None:
        return None
    city, bad = _CITIES_VI[m["at"]], f" {bad}" if bad else ""
    if m["q"]:
        return capitalised(f"{day} {city} có bị ô nhiễm không khí{bad} không?".strip())
    will = "sẽ " if said[0] == "ahead" else ""
    return capitalised(f"{day} {city} {will}{'bị ' * (not bad)}ô nhiễm không khí{bad}{stop(m['end'])}".strip())


def _mask_vi(text: str) -> str | None:
    """"You should wear a mask when you go out." as "Bạn nên đeo khẩu trang khi ra ngoài.", and the like (_MASK_EN);
    None for anything else, a verb not agreeing, "masks" for one, and who going out not who wears it."""
    m = _MASK_EN.fullmatch(text)
    said = m and bool(m["who"] or m["kin"] or m["given"])
    if not m or bool(m["q"]) != ("?" in m["end"]) or said and animal(m) or not _goes(m, said):
        return None
    q, neg, modal, seldom, verb = (_words(m[g]) for g in ("q", "neg", "modal", "seldom", "verb"))
    who_, one = who_vi(m) if said else ("", False)
    why = "mỗi khi" if m["when"] == "whenever" else "khi" if m["when"] else f"vì {_CAUSES_VI[m['cause'].lower()]}"
    worn, day = f"đeo khẩu trang {why}{' ra ngoài' * bool(m['when'])}", "Hôm nay " * bool(m["day"])
    if m["mask"].endswith("s") and (one or who_ in ("tôi", "bạn", "")):
        return None  # ("masks", one each, for many)
    if not said:
        told = verb == "wear" and not (q or neg or modal or seldom or m["be"])
        said = f"{day}{'nhớ' if m['remind'] else 'hãy'} {worn}{' nhé' * bool(m['remind'])}."
        return capitalised(said) if told else None
    if m["remind"] or m["day"] and not (modal or q == "should"):
        return None
    if m["be"]:
        now = verb == "wearing" and not (q or neg or modal or seldom or m["when"]) and be_agrees(m, m["be"])
        return capitalised(f"{who_} đang {worn}{stop(m['end'])}") if now else None
    finite = q or neg or modal or verb  # (the word agreeing with who: "does", "has to", "wears")
    if verb != ("wear" if q or neg or modal else "wears" if one else "wear") or modal and seldom or \
            finite in _THIRD | _OTHER and (finite in _THIRD) != one or (q or neg) and modal in ("has to", "needs to"):
        return None
    must, habit = _MUST.get(modal, ""), HABIT_VI.get(seldom, "")
    if q == "should" or neg.startswith("should"):
        how = None if modal or seldom else "có nên" if q else "không nên"
    elif q:
        asked = modal in ("", "have to", "need to") and seldom in ("", "always", "often", "usually")
        how = f"có {must or habit}".rstrip() if asked and (who_ != "tôi" or modal) else None  # ("Do I wear …?")
    else:
        how = (f"không {must}".rstrip() if modal in ("", "have to", "need to") and not seldom else None) if neg else \
            must or habit
    end = " không?" if q else stop(m["end"])
    return None if how is None else capitalised(f"{day}{' '.join(filter(None, (who_, how, worn)))}{end}")


def _goes(m: re.Match, said: bool) -> bool:
    """Whether who goes out in a match of _MASK_EN is who wears the mask ("I … when I go out", "my mother … when she
    goes out", a name … he or she), the verb agreeing; True where no one goes out."""
    if not (goer := (m["goer"] or "").lower()):
        return True
    if (m["go"] == "goes") != (goer in _ONE):
        return False
    if not said or m["who"]:
        return goer == (m["who"] or "you").lower()
    return goer in ("he", "she") if m["given"] else goer == _PRONOUN.get(his_her(who_vi(m)[0]) or "", "they")


def _words(said: str | None) -> str:
    """English words as compared: small letters, one space apart, "’" as "'"."""
    return " ".join((said or "").lower().replace("’", "'").split())
