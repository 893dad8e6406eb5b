"""The terms of a job, both ways, written whole by rule: on probation, the probation period over or its length, a
contract signed for a span, a contract about to expire or renewed, handing in one's notice, and a company laying
people off. v8 (rules on) reads "thử việc" as trying to work, "hết hạn" as going to be expired, "gia hạn" as limiting,
"nộp đơn nghỉ việc" as filing a vacation, and "probation", "expire", "hand in", "lay off" as an exhibition, exploding,
a hand and putting out: "Tôi đang thử việc." → "I'm trying to work.", "Tôi hết thời gian thử việc rồi." → "I'm all
time of trying.", "Tôi ký hợp đồng hai năm." → "I signed two years.", "Hợp đồng của tôi sắp hết hạn." → "My contract
is going to be expired.", "Công ty gia hạn hợp đồng cho tôi rồi." → "The company limited to me.", "Tôi nộp đơn nghỉ
việc rồi." → "I file a vacation.", "Công ty tôi đang cắt giảm nhân sự." → "My company is cutting humanity."; "My
probation period is two months." → "Thời kỳ phát triển của tôi là 2 tháng.", "My contract is about to expire." →
"Hợp đồng của tôi sắp bùng nổ.", "I've handed in my notice." → "Tôi đã tay trong thông báo của tôi.", "My company is
laying people off." → "Công ty của tôi đang đặt mọi người ra khỏi.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) on probation ("đang thử việc", "đang trong thời gian thử việc"; in
English only "in my probation period" or "on probation at my new job"), still, asked, no longer; whose probation period
over ("hết thời gian thử việc"), just, about to, not yet, asked yet, ending on a day ahead or ended on one behind; the
probation period's length in months; who signed a contract (an employment contract; for a span of months or years: "a
two-year contract"): plain with a span (done), "đã", on a day behind (mt.dates.near_days), "rồi" (with no span), just,
will (a day ahead), about to, not yet, asked yet, planning or wanting to; who hands in their notice ("nộp đơn (xin) nghỉ
việc"; "đơn từ chức", a resignation) the same ways; whose contract ("hợp đồng (lao động)", with whose or not) expired,
about to, just, not yet, asked yet, expiring on a day ahead, when it expires asked; whose contract renewed, or a company
(whose or not) renewing whose contract ("gia hạn hợp đồng cho tôi"), won't; a company or factory laying people off ("cắt
giảm nhân sự"), now, asked, just, done, about to, going to. English is read by writing each reading back and comparing
(`_tense_en`). Left: fired or laid off ("bị sa thải", "bị đuổi việc", "laid off": mt/careers.py), quitting or losing a
job ("nghỉ việc": mt/workdays.py), a lease ("hợp đồng thuê nhà": mt/tenancy.py), insurance expiring (mt/insurance.py),
English "on probation" alone and "my probation is over" (a court's probation too), "qua thử việc" (passed, or past it?),
"Tôi ký hợp đồng." (signed, or signs them?), a span and "rồi" ("… hai năm rồi": signed two years ago?), "bạn" or "chúng
ta" with a plain "ký", "nộp" (told to, or proposing?), "họ", "chúng tôi" with a plain "ký" (a firm's habit?), "với …", a
plain "ký", "nộp" or "cắt giảm" with a day ahead or a plain "cắt giảm" (a habit?), "không" with a plain verb (didn't, or
won't?), "mới" after a company or a contract (new, or just?), a company by name ("Công ty Hoa": Hoa's, or its name?),
who renewing their own contract (a lease, a client's?), whose notice of a name alone or "bạn tôi" (his or hers?), "anh",
"chị", "em" alone saying it, "I" asked, pets (who, whose or whom), "nhỉ", and anything else. English "has signed" with a
span is written with "đã", not "rồi" (two years ago?).
mt.phrasebook.translate tries these after mt/postgrad.py.

    >>> translate("Tôi ký hợp đồng hai năm.", "vi", "en"), translate("My contract is about to expire.", "en", "vi")
    ('I signed a two-year contract.', 'Hợp đồng của tôi sắp hết hạn.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .dates import NEAR_WAY, near_days
from .ever import PRONOUNS
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, WHOM, animal, own_thing, pet, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, EXPANDED, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, stop, third_person

_KEYS = {"vi": lazy(r"(?i:thử\s+việc|hợp\s+đồng|nghỉ\s+việc|từ\s+chức|cắt\s+giảm)"),
         "en": lazy(r"(?i:probation|contract|notice|resignation|laying|laid|lay\s+off|lay\s+\w+\s+off|cutting\s+jobs|"
                    r"cutting\s+staff)")}
# the days a shape may say: behind (done then), ahead (will, or expires then)
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "tháng trước", "năm ngoái", "ngày mai", "ngày kia", "tuần sau",
                  "tuần tới", "tháng sau", "tháng tới", "năm sau", "năm tới")
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}
_DAYED = {("past", "behind"), ("will", "ahead"), ("ahead", "ahead")}  # (a tense and the way its day may lie)
_UNITS, _UNITS_EN = {"năm": "year", "tháng": "month"}, {"year": "năm", "month": "tháng"}
_PLACES, _PLACES_EN = {"công ty": "company", "nhà máy": "factory"}, {"company": "công ty", "factory": "nhà máy"}

# ... in Vietnamese: a day first or last, the tense's words before the verb, "rồi", "nữa", "chưa?", "không?" after it
_DAY = rf"(?i:{alternatives(_DAYS)})"
_OPEN = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?"
_AUX = (r"(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ\s+không|sẽ|sắp|chưa|vẫn\s+đang|đang\s+định|đang|"
        r"định|muốn|không\s+còn)\s+)?")
_TAIL = rf"(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<done>rồi|nữa))?(?:\s+(?P<asked>chưa|không))?{SOFTENED_END}"
_SPAN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(VI_TO_EN)}))\s+(?P<unit>năm|tháng)"
# whose, after a contract or a company: a pronoun, or someone after "của" ("Công ty Hoa" may be its name)
_WHOSE = rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))(?!\w)|\s+của\s+(?P<someone>{SOMEONE}))?"
_PLACE = rf"(?P<place>(?i:{alternatives(_PLACES)})){_WHOSE}"
_WORK = lazy(rf"{_OPEN}{WHO}\s+{_AUX}(?:(?P<probation>(?:trong\s+(?:thời\s+gian\s+)?)?thử\s+việc)|(?P<over>hết\s+"
             r"(?:thời\s+gian\s+)?thử\s+việc)|(?P<sign>ký\s+hợp\s+đồng(?P<kind>\s+lao\s+động)?(?:\s+" + _SPAN + r")?)|"
             r"(?P<notice>nộp\s+đơn\s+(?:xin\s+)?(?:nghỉ\s+việc|(?P<resign>từ\s+chức)))|"
             rf"(?P<renewed>được\s+gia\s+hạn\s+hợp\s+đồng)){_TAIL}")
_CONTRACT = lazy(rf"{_OPEN}[Hh]ợp\s+đồng(?P<kind>\s+lao\s+động)?{_WHOSE}\s+{_AUX}(?:(?P<expire>hết\s+hạn)|"
                 rf"(?P<renewed>được\s+gia\s+hạn)){_TAIL}")
_WHEN = lazy(rf"(?:(?P<when0>[Kk]hi\s+nào|[Bb]ao\s+giờ)\s+)?[Hh]ợp\s+đồng(?P<kind>\s+lao\s+động)?{_WHOSE}\s+"
             r"(?:(?P<when>khi\s+nào|bao\s+giờ)\s+)?(?:thì\s+)?hết\s+hạn(?:\s+(?:vậy|thế|ạ))?\s*\?+")
_COMPANY = lazy(rf"{_OPEN}{_PLACE}\s+{_AUX}(?:gia\s+hạn\s+hợp\s+đồng\s+cho\s+{WHOM}|(?P<cut>cắt\s+giảm\s+(?:nhân\s+sự|"
                rf"nhân\s+viên))){_TAIL}")
_LENGTH = lazy(rf"[Tt]hời\s+gian\s+thử\s+việc{_WHOSE}\s+là\s+{_SPAN}{SOFTENED_END}")

# ... in English: who or whose thing (group subj), what (obj), anything between, a day last
_OWNER_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s|(?P<the>(?i:the)))"
_N_EN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(EN_TO_VI)}))"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_EN)})))?\s*(?P<end>[.!?]*)"


def _en(subj: str, obj: str = "") -> re.Pattern:
    """A pattern of an English sentence: words, who or whose thing (`subj`), words, what (`obj`), words, a day."""
    obj = obj and f"(?P<obj>{obj})(?P<tail>.*?)"
    return lazy(rf"(?P<head>.*?)(?<!\w)(?P<subj>{subj})(?!\w)(?P<mid>.*?){obj}{_DAY_EN}")


_WORK_EN = _en(WHO_EN, rf"(?P<owner>{WHOSE_WORDS})\s+(?P<what>new\s+job|probation"
                       rf"(?:ary)?\s+period|notice|resignation)|(?:an?|the)\s+(?:{_N_EN}-(?P<unit>year|month)\s+)?"
                       r"(?P<kind>employment\s+)?contract")
_ON_PROBATION = lazy(r"on\s+probation\s+at\s+$")
_OVER_EN = _en(rf"{_OWNER_EN}\s+probation(?:ary)?\s+period")
_CONTRACT_EN = _en(rf"{_OWNER_EN}\s+(?P<kind>employment\s+)?contract")
_FIRM_EN = rf"{_OWNER_EN}\s+(?P<place>company|factory)"
_RENEW_EN = _en(_FIRM_EN, rf"(?:(?P<owner2>{WHOSE_WORDS})|(?P<someone2>{SOMEONE_EN})['’]s)\s+contract")
_CUT_EN = _en(_FIRM_EN)
_WHEN_EN = lazy(rf"When\s+(?:does|will)\s+(?P<subj>{_OWNER_EN}\s+(?P<kind>employment\s+)?contract)\s+(?:expire|end)"
                r"\s*\?+")
_LENGTH_EN = lazy(rf"{_OWNER_EN}\s+probation(?:ary)?\s+period\s+is\s+{_N_EN}\s+(?P<unit>months?)(?:\s+long)?"
                  r"\s*(?P<end>[.!]*)")
# English said alike, as compared (after contractions are written out): "is over" as "has ended" …
_ALIKE = {"is over": "has ended", "is almost over": "is about to end", "runs out": "expires", "ran out": "expired",
          "cutting jobs": "laying people off", "cutting staff": "laying people off"} | {
    said: f"{verb} people off" for verb in ("lay", "laid", "laying")
    for staff in ("people", "staff", "workers", "employees") for said in (f"{verb} off {staff}", f"{verb} {staff} off")}
_ALIKE_SAID = lazy(rf"\b(?:{alternatives(_ALIKE)})\b")

# each tense: how Vietnamese says it, and how English does (the first written; {rest}: what after the verb)
_VI = {"past": "{day}{who} đã {verb}", "perfect": "{who} {verb} rồi", "just": "{who} vừa {verb}",
       "will": "{day}{who} sẽ {verb}", "will not": "{who} sẽ không {verb}", "about": "{who} sắp {verb}",
       "not yet": "{who} chưa {verb}", "asked yet": "{who} đã {verb} chưa?", "now": "{who} đang {verb}",
       "still": "{who} vẫn đang {verb}", "asked now": "{who} có đang {verb} không?", "ahead": "{day}{who} {verb}",
       "no more": "{who} không còn {verb} nữa", "plan": "{who} định {verb}", "want": "{who} muốn {verb}"}
_EN = {"past": ["{who} {past}{rest}{day}"], "perfect": ["{who} {has} {part}{rest}", "{who} {has} already {part}{rest}"],
       "just": ["{who} {has} just {part}{rest}", "{who} just {past}{rest}"],
       "will": ["{who} will {base}{rest}{day}", "{who} {be} going to {base}{rest}{day}"],
       "will not": ["{who} will not {base}{rest}", "{who} {be} not going to {base}{rest}"],
       "about": ["{who} {be} about to {base}{rest}"], "now": ["{who} {be} {ing}{rest}"],
       "not yet": ["{who} {has} not {part}{rest} yet", "{who} {has} not {part}{rest}"],
       "asked yet": ["{Has} {who} {part}{rest} yet?", "{Has} {who} {part}{rest}?"],
       "still": ["{who} {be} still {ing}{rest}"], "asked now": ["{Be} {who} {ing}{rest}?"],
       "no more": ["{who} {be} not {ing}{rest} any more", "{who} {be} not {ing}{rest} anymore",
                   "{who} {be} no longer {ing}{rest}"],
       "plan": ["{who} {be} planning to {base}{rest}"], "want": ["{who} {wants} to {base}{rest}"],
       "ahead": ["{who} {third}{rest}{day}"]}
_AUX_TENSE = {"": "plain", "đã": "bare", "vừa": "just", "mới": "just", "vừa mới": "just", "sẽ": "will",
              "sẽ không": "will not", "sắp": "about", "chưa": "not yet", "đang": "now", "vẫn đang": "still",
              "định": "plan", "đang định": "plan", "muốn": "want"}
# the verbs (base, past, participle, -ing) and the tenses each shape takes
_PROBATION = ("be on probation", "was on probation", "been on probation", "on probation")
_SIGN, _HAND = ("sign", "signed", "signed", "signing"), ("hand in", "handed in", "handed in", "handing in")
_END, _EXPIRE = ("end", "ended", "ended", "ending"), ("expire", "expired", "expired", "expiring")
_RENEWED, _RENEW = ("be renewed", "was renewed", "been renewed", "being renewed"), ("renew", "renewed", "renewed", "")
_LAY = ("lay people off", "laid people off", "laid people off", "laying people off")
_DONE = {"past", "perfect", "just", "not yet", "asked yet"}
_ON = {"now", "still", "asked now", "no more"}
_DOING = _DONE | {"will", "about", "plan", "want"}  # (signing, handing in: a plain verb and "đã" read as done)
_ENDING = _DONE | {"about", "ahead", "will"}
_RENEWING = _DONE | {"will", "will not", "about"}
_CUTTING = _DONE | {"now", "still", "asked now", "about", "will"}


@key_checked(_KEYS, agreement="left")
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a job's terms (those the module docstring takes); None for any other."""
    if src == "vi":
        return _work(text) or _contract(text) or _company(text) or _when(text) or _length(text)
    return _work_vi(text) or _over_vi(text) or _contract_vi(text) or _company_vi(text) or _when_vi(text) or \
        _length_vi(text)


def _tense_vi(m: re.Match, allowed: set[str], bare: str = "past", plain: str | None = "past") -> str | None:
    """The tense of a Vietnamese match (of _AUX, _TAIL, a day first or last) if one of `allowed`: "đã" alone read as
    `bare`, a plain verb as `plain`; None for any other, a "?" without asking words, or a day its tense can't have."""
    aux, done, asked = (keyed(m[g] or "") for g in ("aux", "done", "asked"))
    day = m["day0"] or m["day"]
    if m["day0"] and m["day"] or asked and m["done"] or done == "nữa" and aux != "không còn":
        return None
    if asked == "chưa":
        tense = "asked yet" if aux in ("", "đã") and not m["ask"] else None
    elif asked or m["ask"]:  # ("có … không?" of doing now only: "Bạn có ký hợp đồng không?" did, or will?)
        tense = "asked now" if asked and m["ask"] and aux == "đang" else None
    elif aux == "không còn":
        tense = "no more" if done == "nữa" else None
    elif done:
        tense = "perfect" if aux in ("", "đã") and not day else None
    elif day and aux in ("", "đã"):
        tense = "past" if NEAR_WAY[keyed(day)] == "behind" else "ahead" if aux == "" else None
    else:
        tense = {"plain": plain, "bare": bare}.get(_AUX_TENSE[aux], _AUX_TENSE[aux])
    if tense not in allowed or ("?" in m["end"]) != tense.startswith("asked"):
        return None
    return tense if not day or (tense, NEAR_WAY[keyed(day)]) in _DAYED else None


def _fields(who_: str, one: bool, forms: tuple[str, ...], rest: str, day: str, said: str | None = None) -> dict:
    """The words of _EN's templates for who (`one`: he, she, my mother, a contract), `forms` of the verb, `rest` after
    it and a day (written as `said` where given: "§" for comparing)."""
    base, past, part, ing = forms
    be_, has = be(who_), "has" if one else "have"
    return dict(who=said or who_, be=be_, Be=be_.capitalize(), has=has, Has=has.capitalize(), base=base, past=past,
                part=part, ing=ing, third=third_person(base) if one else base, wants="wants" if one else "want",
                rest=rest and f" {rest}", day=day and f" {day}")


def _english(tense: str, who_: str, one: bool, forms: tuple[str, ...], rest: str = "", day: str = "",
             end: str = "") -> str:
    """A sentence in `tense` (_EN's first), its verb agreed with who and contracted: "The company won't renew it."."""
    said = _EN[tense][0].format(**_fields(who_, one, forms, rest, day))
    if said.endswith("?"):
        return capitalised(said)
    verb = said[len(who_) + 1:].replace("will not", "won't").replace("has not", "hasn't").replace("have not", "haven't")
    return capitalised(contracted(who_, verb)) + stop(end)


def _vietnamese(tense: str, who_: str, verb: str, day: str = "") -> str:
    """A sentence in `tense` (_VI), the day first: "Hôm qua tôi đã ký hợp đồng hai năm."."""
    said = _VI[tense].format(who=who_, verb=verb, day=day and f"{_DAYS_EN[keyed(day)]} ")
    return capitalised(said if said.endswith("?") else f"{said}.")


def _day(m: re.Match) -> str:
    """The day of a Vietnamese match in English ("" for none)."""
    day = m["day0"] or m["day"]
    return _DAYS[keyed(day)] if day else ""


def _span(m: re.Match, lang: str) -> str:
    """The span of a match of _SPAN (`lang` "vi") as English says it before a noun ("two-year", "an" for "eight-year"
    or "18-month" written before it by the caller), or of _N_EN as Vietnamese says it ("hai năm")."""
    n = keyed(m["n"])
    if lang == "vi":
        return f"{VI_TO_EN.get(n, n)}-{_UNITS[keyed(m['unit'])]}"
    return f"{EN_TO_VI.get(n, n)} {_UNITS_EN[keyed(m['unit']).removesuffix('s')]}"


def _whose(m: re.Match, lang: str) -> str | None:
    """Whose of a match of _WHOSE (`lang` "vi": "my", "my mother's", "" for none) or of _OWNER_EN ("tôi", "mẹ tôi",
    "" for "the"); None where a pronoun is not one of whose (a name alone: "his"?)."""
    if lang == "vi":
        if m["owner"]:
            return OWNERS[keyed(m["owner"])]
        return f"{someone(m['someone'], 'vi')}'s" if m["someone"] else ""
    if m["owner"]:
        return WHOSE_VI[m["owner"].lower()]
    return someone(m["someone"], "en") if m["someone"] else ""


def _work(text: str) -> str | None:
    """"Tôi đang thử việc." as "I'm on probation.", "Tôi nộp đơn nghỉ việc rồi." as "I've handed in my notice." and
    the like (_WORK); None for anything else, a pet, "I" asked, a notice English can't say whose, and _left_plain."""
    m = _WORK.fullmatch(text)
    if not m or animal(m):
        return None
    doing = bool(m["sign"] or m["notice"])  # (a plain "ký", "nộp" is done: "Tôi ký hợp đồng hai năm.")
    allowed = _ON if m["probation"] else _DOING if doing else _ENDING - {"will"} if m["over"] else _RENEWING - {
        "will not"}
    tense = _tense_vi(m, allowed, "past" if doing else "perfect", "past" if doing else None)
    said = tense and who(m, tense.startswith("asked"))
    if not said or tense.startswith("asked") and said[0] == "I" or doing and _left_plain(m):
        return None
    who_, one = said
    if m["probation"]:
        return _english(tense, who_, one, _PROBATION, end=m["end"])
    if m["sign"]:
        span = _span(m, "vi") if m["n"] else ""
        kind = "employment contract" if m["kind"] else "contract"
        return _english(tense, who_, one, _SIGN, f"{a_or_an(span)} {span} {kind}" if span else f"the {kind}", _day(m),
                        m["end"])
    if m["notice"]:
        own = whose_own(m, who_)
        return own and _english(tense, who_, one, _HAND, f"{own} {'resignation' if m['resign'] else 'notice'}",
                                _day(m), m["end"])
    whose = EN_WHOSE.get(who_) or f"{who_}'s"
    if m["over"] and tense == "perfect":
        return capitalised(f"{whose} probation period is over{stop(m['end'])}")
    return _english(tense, f"{whose} {'probation period' if m['over'] else 'contract'}", True,
                    _END if m["over"] else _RENEWED, day=_day(m), end=m["end"])


def _left_plain(m: re.Match) -> bool:
    """Whether a match of _WORK signing or handing in notice is left for its plain verb: "Tôi ký hợp đồng." (signed,
    or signs?), "Bạn nộp đơn nghỉ việc." (told to hand it in?), "Chúng ta …" (proposing?), "Họ ký hợp đồng ba năm."
    (a firm's habit?); or for a span and "rồi": "Tôi ký hợp đồng hai năm rồi." (signed two years ago?)."""
    if m["n"] and keyed(m["done"] or "") == "rồi":
        return True
    if m["aux"] or m["done"] or m["asked"] or _day(m):
        return False
    said = keyed(m["who"] or "")
    return said in ("bạn", "chúng ta") or bool(m["sign"]) and (not m["n"] or said in ("họ", "chúng tôi"))


def _pet(m: re.Match, lang: str) -> bool:
    """Whether whose or whom of a match ("someone", "someone2", "whom"; `lang` "vi" or "en") is a pet ("my dog's")."""
    return any(pet(m.groupdict().get(group), lang) for group in ("someone", "someone2", "whom"))


def _contract(text: str) -> str | None:
    """"Hợp đồng của tôi sắp hết hạn." as "My contract is about to expire.", "Tháng sau hợp đồng của tôi hết hạn." as
    "My contract expires next month." and the like (_CONTRACT); None for anything else."""
    m = _CONTRACT.fullmatch(text)
    if not m or keyed(m["aux"] or "") == "mới" or _pet(m, "vi"):
        return None
    if not (tense := _tense_vi(m, _ENDING if m["expire"] else _RENEWING, "perfect", None)):
        return None
    contract = f"{_whose(m, 'vi') or 'the'} {'employment contract' if m['kind'] else 'contract'}"
    return _english(tense, contract, True, _EXPIRE if m["expire"] else _RENEWED, day=_day(m), end=m["end"])


def _company(text: str) -> str | None:
    """"Công ty gia hạn hợp đồng cho tôi rồi." as "The company has renewed my contract.", "Công ty tôi đang cắt giảm
    nhân sự." as "My company is laying people off." (_COMPANY); None for anything else, and "mới" (new, or just?)."""
    m = _COMPANY.fullmatch(text)
    if not m or keyed(m["aux"] or "") == "mới" or _pet(m, "vi"):
        return None
    if not (tense := _tense_vi(m, _CUTTING if m["cut"] else _RENEWING, "perfect", None)):
        return None
    company = f"{_whose(m, 'vi') or 'the'} {_PLACES[keyed(m['place'])]}"
    if m["cut"]:
        return _english(tense, company, True, _LAY, day=_day(m), end=m["end"])
    whom = keyed(m["whom"])
    whose = EN_WHOSE[PRONOUNS[whom]] if whom in PRONOUNS else f"{someone(m['whom'], 'vi')}'s"
    return _english(tense, company, True, _RENEW, f"{whose} contract", _day(m), m["end"])


def _when(text: str) -> str | None:
    """"Khi nào hợp đồng của bạn hết hạn?" (or "khi nào" after it) as "When does your contract expire?"; else None."""
    m = _WHEN.fullmatch(text)
    if not m or bool(m["when0"]) == bool(m["when"]) or _pet(m, "vi"):
        return None
    return f"When does {_whose(m, 'vi') or 'the'} {'employment contract' if m['kind'] else 'contract'} expire?"


def _length(text: str) -> str | None:
    """"Thời gian thử việc của tôi là hai tháng." as "My probation period is two months."; else None (years)."""
    m = _LENGTH.fullmatch(text)
    if not m or "?" in m["end"] or keyed(m["unit"]) != "tháng" or _pet(m, "vi"):
        return None
    n = VI_TO_EN.get(keyed(m["n"]), m["n"])
    months = "one month" if n in ("one", "1") else f"{n} months"
    return capitalised(f"{_whose(m, 'vi') or 'the'} probation period is {months}{stop(m['end'])}")


def _compared(text: str, m: re.Match) -> set[str]:
    """English as compared: who or whose thing as "§", what as "¤", small letters, contractions written out ("'s" as
    "is" and as "has"), words said alike as one (_ALIKE), one space apart, a "?" kept."""
    said = text[:m.start("subj")] + "§" + text[m.end("subj"):]
    if "obj" in m.re.groupindex and m["obj"]:
        shift = 1 - len(m["subj"])
        said = said[:m.start("obj") + shift] + "¤" + said[m.end("obj") + shift:]
    said = said.lower().replace("’", "'")
    for short, full in EXPANDED.items():
        said = said.replace(short, full)
    asked = "?" if "?" in m["end"] else ""
    said = " ".join(said.rstrip(" .!?").split())
    return {_ALIKE_SAID.sub(lambda a: _ALIKE[a[0]], said.replace("'s", f" {be_}")) + asked for be_ in ("is", "has")}


def _tense_en(text: str, m: re.Match, who_: str, one: bool, forms: tuple[str, ...], allowed: set[str]) -> str | None:
    """The tense of an English match whose readings (_EN, for who) one of `allowed` writes; None for none."""
    said, day = _compared(text, m), keyed(m["day"] or "")
    for tense in sorted(allowed & set(_EN)):
        if day and (tense, NEAR_WAY[_DAYS_EN[day]]) not in _DAYED or tense == "ahead" and not day:
            continue
        rest = "¤" if "obj" in m.re.groupindex and m["obj"] else ""
        fields = _fields(who_, one, forms, rest, day, said="§")
        if any(" ".join(r.format(**fields).lower().split()) in said for r in _EN[tense]):
            return tense
    return None


def _who_en(m: re.Match) -> str:
    """Who of a match of WHO_EN as English says it, for agreeing with ("I", "you", "my mother", "Lan")."""
    said = " ".join(m["subj"].split())
    return "I" if said.lower() == "i" else said.lower() if m["who"] else said


def _work_vi(text: str) -> str | None:
    """"I'm in my probation period." as "Tôi đang trong thời gian thử việc." and the like (_WORK_EN); None for anything
    else, a pet, "his" or "her" not who's own, and "on probation" but at a new job."""
    m = _WORK_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_vi_, one = who_vi(m)
    what = keyed(m["what"] or "")
    on = _ON_PROBATION.search(text, 0, m.start("obj"))  # ("at my new job": on probation there)
    if m["owner"] and not own_thing(m, who_vi_, one) or bool(on) != (what == "new job"):
        return None
    if what in ("notice", "resignation") or not what:
        notice = bool(what)
        tense = _tense_en(text, m, _who_en(m), one, _HAND if notice else _SIGN, _DOING)
        span = f" {_span(m, 'en')}" if m["n"] else ""
        verb = "nộp đơn nghỉ việc" if notice else f"ký hợp đồng{' lao động' * bool(m['kind'])}{span}"
    else:
        tense = _tense_en(text, m, _who_en(m), one, ("", "", "", "on probation at" if on else "in"), _ON)
        verb = "thử việc ở chỗ làm mới" if on else "trong thời gian thử việc"
    if not tense or tense.startswith("asked") and who_vi_ == "tôi":
        return None  # ("Am I in my probation period?": asked of oneself)
    if tense == "perfect" and m["n"]:  # ("Tôi ký hợp đồng hai năm rồi." may be signed two years ago)
        tense = "past"
    return _vietnamese(tense, who_vi_, verb, m["day"] or "")


def _over_vi(text: str) -> str | None:
    """"My probation period is over." as "Tôi hết thời gian thử việc rồi.", "Her probation period ends next month."
    as "Tháng sau cô ấy hết thời gian thử việc." (_OVER_EN); None for anything else, and "the" (whose?)."""
    m = _OVER_EN.fullmatch(text)
    who_ = m and not _pet(m, "en") and _whose(m, "en")
    if not who_:
        return None
    tense = _tense_en(text, m, "it", True, _END, _ENDING - {"will"})
    return tense and _vietnamese(tense, who_, "hết thời gian thử việc", m["day"] or "")


def _contract_vi(text: str) -> str | None:
    """"My contract is about to expire." as "Hợp đồng của tôi sắp hết hạn." and the like (_CONTRACT_EN); else None."""
    m = _CONTRACT_EN.fullmatch(text)
    if not m or _pet(m, "en"):
        return None
    whose = _whose(m, "en")
    contract = f"hợp đồng{' lao động' * bool(m['kind'])}{f' của {whose}' if whose else ''}"
    for forms, allowed, verb in ((_EXPIRE, _ENDING, "hết hạn"), (_END, _ENDING, "hết hạn"),
                                 (_RENEWED, _RENEWING, "được gia hạn")):
        if tense := _tense_en(text, m, "it", True, forms, allowed):
            return _vietnamese(tense, contract, verb, m["day"] or "")
    return None


def _company_vi(text: str) -> str | None:
    """"The company has renewed my contract." as "Công ty gia hạn hợp đồng cho tôi rồi.", "My company is laying
    people off." as "Công ty tôi đang cắt giảm nhân sự." (_COMPANY_EN); None for anything else."""
    m = _RENEW_EN.fullmatch(text) or _CUT_EN.fullmatch(text)
    if not m or _pet(m, "en"):
        return None
    whose, place = _whose(m, "en"), _PLACES_EN[m["place"].lower()]
    company = f"{place} {whose}" if m["owner"] else f"{place} của {whose}" if whose else place
    if m.re == _RENEW_EN:
        whom = WHOSE_VI[m["owner2"].lower()] if m["owner2"] else someone(m["someone2"], "en")
        tense = _tense_en(text, m, "it", True, _RENEW, _RENEWING)
        return tense and _vietnamese(tense, company, f"gia hạn hợp đồng cho {whom}", m["day"] or "")
    tense = _tense_en(text, m, "it", True, _LAY, _CUTTING)
    return tense and _vietnamese(tense, company, "cắt giảm nhân sự", m["day"] or "")


def _when_vi(text: str) -> str | None:
    """"When does your contract expire?" as "Khi nào hợp đồng của bạn hết hạn?" (_WHEN_EN); None for any other."""
    m = _WHEN_EN.fullmatch(text)
    if not m or _pet(m, "en"):
        return None
    whose = _whose(m, "en")
    return f"Khi nào hợp đồng{' lao động' * bool(m['kind'])}{f' của {whose}' if whose else ''} hết hạn?"


def _length_vi(text: str) -> str | None:
    """"My probation period is two months." as "Thời gian thử việc của tôi là hai tháng."; None for any other."""
    m = _LENGTH_EN.fullmatch(text)
    if not m or (keyed(m["n"]) in ("one", "1")) != (m["unit"] == "month") or _pet(m, "en"):
        return None
    whose = _whose(m, "en")
    return f"Thời gian thử việc{f' của {whose}' if whose else ''} là {_span(m, 'en')}."
