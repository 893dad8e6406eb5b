"""Working for oneself, said or asked, both ways, written whole by rule: freelancing, being self-employed or one's own
boss, having, running or opening a business, starting one, and wanting to. v8 (with the other rules on) reads "tự do"
as free, "tự làm chủ" as doing oneself, and "freelancer" as a free person: "Tôi làm nghề tự do." → "I do the
self-employed.", "Tôi làm tự do." → "I do free.", "Tôi làm freelance." → "I do it.", "Anh ấy tự làm chủ." → "He did
himself.", "Bố tôi tự kinh doanh." → "I'm going to business myself.", "Tôi muốn tự kinh doanh." → "I'd like business
itself.", "Bố tôi có một cửa hàng." → "I have a store.", "Anh ấy điều hành công ty riêng." → "He operating his own
company.", "Chị gái tôi vừa mở một quán cà phê." → "My sister open a coffee bar.", "Tôi không có sếp." → "I don't
have your boss."; "I'm a freelancer." → "Tôi là một người miễn phí.", "Is she a freelancer?" → "Cô ấy có phải là
người miễn phí không?", "She's self-employed." → "Cô ấy tự thất nghiệp.", "I'm self-employed." → "Tôi đã tự làm.",
"He runs his own business." → "Anh ta chạy doanh nghiệp riêng của mình." (runs on foot), "I'm my own boss." → "Tôi
là Sếp riêng của tôi.", "Who's your boss?" → "Sếp là ai?", "She opened a café last year." → "Cô ấy mở một cà phê vào
năm ngoái.", "My brother is a freelance photographer." → "Em tôi là một nhiếp ảnh miễn phí.".

Taken: who (mt.hobbies.WHO, WHO_EN, and parents: mt.people.PARENTS_WHOSE) a freelancer (or a freelance job of
mt.people.JOBS in _JOBS), self-employed, one's own boss, having a boss; who has, owns or runs a business of BUSINESSES
(a small one, their own), opened one or started a business ("khởi nghiệp") last week, month or year (mt.dates.LAST) or
just, is starting one, runs a small business; each said, denied, asked, "still" or wanted, where it fits the reading
(READINGS). English is read by writing each reading back and comparing (`_read_en`). "Who's your boss?" too.
Left: a business without "một", "nhỏ" or "riêng" ("mở cửa hàng": opening it for the day?), "mở" one without a tense
(opened, or runs?), "Chúng tôi tự làm chủ." (our own bosses), for how long ("được hai năm"), selling at the market, a
word of kinship alone saying it (the speaker or the listener), "his own" or "her own" of a name in Vietnamese, jobs and
workplaces (mt/people.py), part-time and from home (mt/work_patterns.py), out of work (mt/work_status.py), hired or
fired (mt/careers.py), and anything else.
mt.phrasebook.translate tries these after mt/lessons.py.

    >>> translate("Tôi làm nghề tự do.", "vi", "en"), translate("He runs his own business.", "en", "vi")
    ("I'm a freelancer.", 'Anh ấy tự kinh doanh.')
"""
from __future__ import annotations

import re

from .careers import PLACES
from .dates import LAST
from .free_time import placed
from .hobbies import WHO, WHO_EN, who, who_vi, whose_own
from .lazy_re import lazy
from .people import JOBS, PARENTS_WHOSE, PARENTS_WHOSE_EN, parents_said
from .recommendations import KINDS
from .rule_keys import key_checked
from .terms import WHOSE_VI, his_her
from .text import ASKED_END, EXPANDED, WHOSE_OF, alternatives, capitalised, keyed, regular_plural

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:tự\s+do|freelance|tự\s+kinh|tự\s+làm\s+chủ|sếp|khởi\s+nghiệp|kinh\s+doanh|điều\s+hành|"
                    r"(?:có|mở)\s+(?:một|cửa|nhà|công|quán|tiệm|khách|doanh)\b)"),
         "en": lazy(r"(?i:freelanc|self-employed|boss|business|company|shop|store|restaurant|hotel|caf[eé]|bakery|"
                    r"firm)")}
# what one works for oneself in (the first Vietnamese of each is written back)
BUSINESSES = {vi: en for vi, en in (PLACES | KINDS).items() if en in ("company", "shop", "restaurant", "hotel", "café")
              } | {"doanh nghiệp": "business", "tiệm bánh": "bakery", "tiệm": "shop"}
_BUSINESSES_VI = {en: vi for vi, en in reversed(BUSINESSES.items())}
_SAME_EN = {"store": "shop", "firm": "company", "coffee shop": "café", "cafe": "café"}  # (compared as the second)
# the jobs one does freelance, of mt.people.JOBS ("nhiếp ảnh gia tự do", a freelance photographer)
_JOBS = {vi: en for vi, en in JOBS.items() if en in ("photographer", "journalist", "interpreter", "programmer",
                                                      "tour guide", "guide", "accountant", "architect",
                                                      "software engineer", "tailor", "electrician")}
_JOBS_EN = {en: vi for vi, en in reversed(_JOBS.items())}
_STARTED = {"company", "business"}  # (started, not opened)
# a reading's Vietnamese, by kind, and its English: as "be …" (and of many), as a verb, as a verb in the past, doing
# now, and wanted (the first of each is written; "{own}" is whose own, "{biz}" the business with its article)
_FIXED = {"làm nghề tự do": "freelancer", "làm tự do": "freelancer", "làm freelance": "freelancer",
          "làm nghề freelance": "freelancer", "là người làm tự do": "freelancer",
          "là người làm nghề tự do": "freelancer", "là freelancer": "freelancer", "là một freelancer": "freelancer",
          "tự kinh doanh": "self", "tự làm chủ": "boss", "là sếp của chính mình": "boss", "có sếp": "boss?",
          "khởi nghiệp": "start", "kinh doanh nhỏ": "small"}
READINGS = {
    "freelancer": {"vi": "làm nghề tự do", "be": ["a freelancer"], "bes": ["freelancers"], "do": ["work freelance"],
                   "now": ["working freelance", "freelancing"], "want": ["go freelance", "work freelance",
                                                                          "be a freelancer"]},
    "job": {"vi": "là {job_vi} tự do", "be": ["a freelance {job}"], "bes": ["freelance {jobs}"],
            "want": ["be a freelance {job}"]},
    "self": {"vi": "tự kinh doanh", "be": ["self-employed"], "bes": ["self-employed"], "do": ["run {own} own business"],
             "want": ["start {own} own business", "be self-employed", "run {own} own business"]},
    "boss": {"vi": "tự làm chủ", "be": ["{own} own boss"], "want": ["be {own} own boss"]},
    "boss?": {"vi": "có sếp", "do": ["have a boss"]},
    "start": {"vi": "khởi nghiệp", "now": ["starting a business", "starting {own} own business"],
              "past": ["started a business", "started {own} own business"], "want": ["start a business"]},
    "small": {"vi": "kinh doanh nhỏ", "do": ["run a small business"], "want": ["run a small business"]},
    "has": {"vi": "có {biz_vi}", "do": ["have {biz}", "own {biz}"], "want": ["have {biz}", "own {biz}"]},
    "opened": {"vi": "mở {biz_vi}", "past": ["{opened} {biz}"], "want": ["{open} {biz}"]},
    "runs": {"vi": "{run} {biz_vi}", "do": ["run {biz}"], "want": ["run {biz}"]},
}
_VERBS = {"có": "has", "mở": "opened", "kinh doanh": "runs", "điều hành": "runs"}
# the frames each reading is said in (that not here: not taken; "past" with a day or "đã", "just" with "vừa")
_FRAMES = {"freelancer": {"plain", "not", "asked", "now", "still", "want"}, "job": {"plain", "want"},
           "self": {"plain", "not", "asked", "still", "want"}, "boss": {"plain", "asked", "want"},
           "boss?": {"plain", "not", "asked"}, "start": {"now", "past", "just", "want"},
           "small": {"plain", "asked", "still", "want"}, "has": {"plain", "not", "asked", "still", "want"},
           "opened": {"past", "just", "want"}, "runs": {"plain", "not", "asked", "still", "want"}}
_ASPECTS = {"đang": "now", "vẫn": "still", "vẫn đang": "still", "đã": "past", "vừa": "just", "mới": "just",
            "vừa mới": "just"}
_LAST_VI = {en: vi for vi, en in reversed(LAST.items())}
_DAY = alternatives(LAST)

_SAID = lazy(rf"(?:(?P<day0>(?i:{_DAY}))\s*,?\s+)?(?:{PARENTS_WHOSE}|{WHO})\s+"
             rf"(?:(?P<not>không)\s+|(?P<ask>có)\s+)?(?:(?P<aspect>{alternatives(_ASPECTS)})\s+)?(?:(?P<want>muốn)\s+)?"
             rf"(?:(?P<fixed>{alternatives(_FIXED)})|(?P<verb>{alternatives(_VERBS)})\s+(?:(?P<a>một)\s+)?"
             rf"(?P<biz>{alternatives(BUSINESSES)})(?:\s+(?P<small>nhỏ)|\s+(?P<own>riêng))?|"
             rf"(?:làm|là)\s+(?P<job>{alternatives(_JOBS)})\s+tự\s+do)(?:\s+(?P<day>{_DAY}))?{ASKED_END}")
_SAID_EN = lazy(rf"(?:(?P<day0>(?i:last\s+(?:week|month|year)))\s*,?\s+)?(?:(?P<aux>(?i:do|does|is|are|am))\s+)?"
                rf"(?:{PARENTS_WHOSE_EN}|{WHO_EN})(?P<rest>(?:\s+|['’])[^.!?]*?)"
                r"(?:\s+(?P<day>last\s+(?:week|month|year)))?\s*(?P<end>[.!?]*)")
_BIZ_EN = lazy(rf"\b(?P<biz>{alternatives(_BUSINESSES_VI)})\b|\bfreelance\s+(?P<job>{alternatives(_JOBS_EN)})s?\b")
_DONE_EN = lazy(r"freelanc|self-employed|boss|\b(?:own|owns|ha(?:ve|s)|runs?|open(?:ed)?|start(?:ed|ing)?)\b")
_SAME = lazy(rf"\b(?:{alternatives(_SAME_EN)})\b")
_BOSS_EN = lazy(rf"Who(?:['’]s|\s+is)\s+(?P<whose>(?i:{alternatives(WHOSE_VI)}))\s+boss\s*\?+")
_SHORT = {"am": "'m", "is": "'s", "are": "'re"}
_CONTRACTED = lazy(r"won't|n't|'[smd]\b|'re|'ve|'ll")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about working for oneself or a business of one's own; None for any other."""
    if src == "vi":
        return _said(text)
    return _boss_vi(text) or _said_vi(text)


def _frame(m: re.Match, asked: bool) -> str | None:
    """The frame of a match of _SAID: "want" (asked: "want?"), "plain", "not", "asked", or by its aspect ("đang":
    "now", "vẫn": "still", "đã" or a day: "past", "vừa": "just"); None for ones that do not go together ("không
    đang", "có vừa", "không muốn")."""
    aspect = _ASPECTS.get(keyed(m["aspect"] or ""))
    day = m["day0"] or m["day"]
    if aspect and (m["not"] or m["ask"] or m["want"]) or day and (m["not"] or m["want"] or asked):
        return None
    if m["want"]:
        return None if m["not"] or bool(m["ask"]) != asked else "want?" if asked else "want"
    if asked:
        has = keyed(m["verb"] or m["fixed"] or "").startswith("có ") or keyed(m["verb"] or "") == "có"
        return None if m["not"] or bool(m["ask"]) == has else "asked"
    if m["ask"]:
        return None
    if day:
        return None if aspect not in (None, "past") else "past"
    return aspect or ("not" if m["not"] else "plain")


def _reading(m: re.Match) -> tuple[str, dict[str, str]] | None:
    """The kind of READINGS of a match of _SAID and what fills it in: "biz" ("a small café", "{own} own company"),
    "biz_vi" ("một quán cà phê nhỏ"), "job" …; None where the business has no "một", "nhỏ" or "riêng" ("mở cửa
    hàng": opening it for the day; "kinh doanh nhà hàng": in the trade)."""
    if m["fixed"]:
        return _FIXED[keyed(m["fixed"])], {}
    if m["job"]:
        job = _JOBS[keyed(m["job"])]
        return "job", {"job": job, "jobs": regular_plural(job), "job_vi": keyed(m["job"])}
    verb, biz = keyed(m["verb"]), keyed(m["biz"])
    if not (m["a"] or m["small"] or m["own"]) or m["own"] and m["a"]:
        return None
    return _VERBS[verb], _business(BUSINESSES[biz], bool(m["small"]), bool(m["own"]), verb)


def _business(en: str, small: bool, own: bool, verb: str = "") -> dict[str, str]:
    """A business in both languages, small or their own: "biz" ("a small café", "{own} own company"), "biz_vi" ("một
    quán cà phê nhỏ", "công ty riêng"), and the verbs that go with it ("start" a company, "open" a café)."""
    vi = _BUSINESSES_VI[en]
    biz = f"{{own}} own {en}" if own else f"a {'small ' * small}{en}"
    biz_vi = f"{vi} riêng" if own else f"một {vi}{' nhỏ' * small}"
    started = en in _STARTED
    run = verb if verb in ("kinh doanh", "điều hành") else "điều hành" if started else "kinh doanh"
    return {"biz": biz, "biz_vi": biz_vi, "open": "start" if started else "open",
            "opened": "started" if started else "opened", "run": run}


def _english(kind: str, frame: str, who_en: str, one: bool, own: str | None, fill: dict[str, str]) -> list[str]:
    """The English of a reading (`kind` of READINGS said in `frame`) of who (`one`: takes "does"; `own`: whose own,
    None where not known), uncontracted, the written first; [] where it is not said so ("our own bosses", "{own}" not
    known)."""
    spec, many = READINGS[kind], not one and who_en not in ("I", "you")
    be, do = "am" if who_en == "I" else "is" if one else "are", "does" if one else "do"
    said = []
    for phrase in spec.get("bes" if many else "be", []):
        said.append({"plain": f"{who_en} {be} {phrase}", "not": f"{who_en} {be} not {phrase}",
                     "asked": f"{be} {who_en} {phrase}", "still": f"{who_en} {be} still {phrase}"}.get(frame))
    for phrase in spec.get("do", []):
        verb, rest = phrase.split(" ", 1)
        does = ("has" if verb == "have" else f"{verb}s") if one else verb
        said.append({"plain": f"{who_en} {does} {rest}", "not": f"{who_en} {do} not {phrase}",
                     "asked": f"{do} {who_en} {phrase}", "still": f"{who_en} still {does} {rest}"}.get(frame))
    said += [f"{who_en} {be} {phrase}" for phrase in spec.get("now", []) if frame == "now"]
    for phrase in spec.get("past", []) if frame in ("past", "just") else []:
        said += [f"{who_en} {phrase}"] if frame == "past" else [
            f"{who_en} just {phrase}", f"{who_en} {'has' if one else 'have'} just {phrase}"]
    for phrase in spec.get("want", []) if frame in ("want", "want?") else []:
        said += [f"{do} {who_en} want to {phrase}"] if frame == "want?" else [
            f"{who_en} {'wants' if one else 'want'} to {phrase}", f"{who_en} would like to {phrase}"]
    said = [s.format(**fill, own="{own}") for s in said if s]
    return [s.format(own=own) for s in said if own or "{own}" not in s]


def _written(said: str) -> str:
    """English of _english as it is written: "I am" as "I'm", "she is not" as "she isn't", "does not" as
    "doesn't"."""
    said = re.sub(r"\b(is|are|does|do) not\b", r"\1n't", said).replace("I am not", "I'm not")
    return re.sub(r"^(I|we|you|they|he|she) (am|is|are)\b(?! not)", lambda m: m[1] + _SHORT[m[2]], said)


def _vietnamese(kind: str, frame: str, who_vi_: str, fill: dict[str, str], day: str) -> str:
    """The Vietnamese of a reading (`kind` of READINGS said in `frame`) of who, with its day (placed as
    mt.free_time.placed places it): "Bố tôi có một cửa hàng.", "Bạn có làm nghề tự do không?"."""
    doing = READINGS[kind]["vi"].format(**fill)
    if frame == "asked":
        asked = doing if doing.startswith("có ") else f"có phải {doing}" if doing.startswith("là ") else f"có {doing}"
        return capitalised(f"{who_vi_} {asked} không?")
    if frame == "want?":
        return capitalised(f"{who_vi_} có muốn {doing} không?")
    before = {"not": "không ", "now": "đang ", "still": "vẫn ", "just": "vừa ", "want": "muốn ",
              "past": "" if day else "đã "}.get(frame, "")
    return placed(f"{who_vi_} {before}{doing}", day, ".") if day else capitalised(f"{who_vi_} {before}{doing}.")


def _said(text: str) -> str | None:
    """"Tôi làm nghề tự do." as "I'm a freelancer.", "Bố tôi tự kinh doanh." as "My father is self-employed.", "Năm
    ngoái cô ấy mở một quán cà phê." as "She opened a café last year." (_SAID); None for anything else, and where
    the reading is not said in its frame ("Tôi mở một quán cà phê.": opened, or runs?)."""
    m = _SAID.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (frame := _frame(m, asked)) is None or (read := _reading(m)) is None:
        return None
    kind, fill = read
    if frame.rstrip("?") not in _FRAMES[kind]:
        return None
    if m["parents"]:
        who_en, one, own = parents_said(m, "en"), False, "their"
    elif (found := who(m, asked)) is None:
        return None
    else:
        who_en, one = found
        own = whose_own(m, who_en)
    said = _english(kind, frame, who_en, one, own, fill)
    if not said:
        return None
    day = m["day0"] or m["day"]
    day = f" {LAST[keyed(day)]}" if day else ""
    return capitalised(f"{_written(said[0])}{day}{'?' if asked else '.'}")


def _plain(said: str) -> str:
    """English as compared: small letters, contractions written out ("she's" as "she is", "doesn't" as "does not"),
    one space apart."""
    said = said.lower().replace("’", "'")
    said = _CONTRACTED.sub(lambda m: EXPANDED.get(m[0], {"'s": " is", "'d": " would"}.get(m[0], m[0])), said)
    return " ".join(_SAME.sub(lambda m: _SAME_EN[keyed(m[0])], said).split())


def _said_vi(text: str) -> str | None:
    """"I'm a freelancer." as "Tôi làm nghề tự do.", "She runs her own business." as "Cô ấy tự kinh doanh.", "She
    opened a café last year." as "Năm ngoái cô ấy mở một quán cà phê." (_read_en); None for anything else."""
    m = _SAID_EN.fullmatch(text)
    if not m or bool(m["day0"]) and bool(m["day"]):
        return None
    asked = "?" in m["end"]
    if m["parents"]:
        who_vi_, one, owns = parents_said(m, "vi"), False, ["their"]
    else:
        who_vi_, one = who_vi(m)
        owns = [WHOSE_OF[m["who"].lower()]] if m["who"] else ["his", "her"] if m["given"] else [
            his_her(who_vi_) or ""]
    who_en = m.group("parents") and f"{m['pwhose']} {m['parents']}" or m["who"] or (
        f"{m['whose']} {m['kin']}" if m["kin"] else m["given"])
    who_en = "I" if who_en.lower() == "i" else who_en
    said = _plain(f"{m['aux'] or ''} {who_en}{m['rest']}")
    day = m["day0"] or m["day"]
    return _read_en(said, who_en, who_vi_, one, owns, asked, _LAST_VI[keyed(day)] if day else "")


def _read_en(said: str, who_en: str, who_vi_: str, one: bool, owns: list[str], asked: bool, day: str) -> str | None:
    """The Vietnamese of English `said` (as _plain writes it, without its day and end), found by writing each reading
    of READINGS in each frame back and comparing; None where none is it."""
    if not _DONE_EN.search(said):
        return None
    fills, m = [{}], _BIZ_EN.search(said)
    if m and m["biz"]:
        fills += [_business(m["biz"], small, own) for small, own in ((False, False), (True, False), (False, True))]
    elif m:
        fills.append({"job": m["job"], "jobs": regular_plural(m["job"]), "job_vi": _JOBS_EN[m["job"]]})
    frames = ["asked", "want?"] if asked else ["past", "just"] if day else [
        "plain", "not", "now", "still", "past", "just", "want"]
    return next((_vietnamese(kind, frame, who_vi_, fill, day) for kind in READINGS for fill in fills
                 for frame in frames for own in owns if frame.rstrip("?") in _FRAMES[kind] and _fits(kind, fill) and
                 said in (_plain(s) for s in _english(kind, frame, who_en, one, own or None, fill))), None)


def _fits(kind: str, fill: dict[str, str]) -> bool:
    """Whether `fill` has all a reading's blanks ("{biz}", "{job}" …) but whose own."""
    return set(re.findall(r"{(\w+)}", str(READINGS[kind]))) - {"own"} <= set(fill)


def _boss_vi(text: str) -> str | None:
    """"Who's your boss?" as "Sếp của bạn là ai?" (_BOSS_EN); None for anything else."""
    m = _BOSS_EN.fullmatch(text)
    return f"Sếp của {WHOSE_VI[m['whose'].lower()]} là ai?" if m else None
