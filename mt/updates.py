"""Software updates on a phone or a computer, both ways, written whole by rule: a device updating, updated or done
updating, who updates an app, the software or their phone, who turns automatic updates off or on, how to, and a
device slower, freezing or an app not opening since the update, or an update taking long. v8 (every other rule on)
drops whose and "tự", reads "chưa?" as "do", "cả đêm" as a night, and back "overnight" as one night: "Điện thoại tôi
đang cập nhật phần mềm." → "My phone is updating software.", "Bạn đã cập nhật ứng dụng chưa?" → "Do you update the
application?", "Máy tính tự cập nhật cả đêm." → "The computer updates night.", "My computer updated itself
overnight." → "Máy tính của tôi đã cập nhật một đêm.".

Taken: a device of mt.phone_storage.DEVICES or an app ("ứng dụng", "app"), with whose (mt.hobbies.OWNER but "chúng tôi",
"họ"; "này") or not, updating ("đang cập nhật", its software, itself; asked "có … không?"), updated ("đã", "rồi", "vừa";
"tự": itself; all night, overnight, on a day behind), finished updating ("cập nhật xong": done, just, not yet, asked "…
chưa?"), taking so long to update ("cập nhật lâu quá", "đang … lâu lắm"); since the update ("Từ khi cập nhật, …" or
after it) much slower, slower, freezing, using more battery, an app not opening; who (mt.hobbies.WHO, WHO_EN; not a pet)
updates the app, the software, the operating system, the browser, all the apps or a device (theirs, or of whose said),
or turns automatic updates off or on: "đã" (did), "rồi" (has), "vừa" (has just), "đang", "chưa", "phải", "cần", "nên",
"sẽ", "muốn", "không muốn", a day behind (did) or ahead (will), asked "… chưa?", "có đang/cần/phải/muốn/nên … không?";
"Làm sao để … ?" (How do I …?). English the same, its verbs agreeing with who. Left: a plain "Tôi cập nhật ứng dụng." or
"Tôi tắt cập nhật tự động." (done, or a habit?), "Bạn có cập nhật … không?", "Điện thoại bạn đã cập nhật chưa?" (have
you updated it?), a device of "chúng tôi", "họ", "our", "their" (one, or one each?), a name's own device ("Lan đã cập
nhật điện thoại.": his or hers?), "I" asked whether done ("Tôi đã cập nhật … chưa?"), "Sau khi cập nhật, …" (each time
after?), a day before "cả đêm", "trong đêm", "qua đêm" ("Tối qua …": said twice?), "cập nhật lâu lắm" with no "đang"
(now, or each time?), an app "cập nhật chậm" (its news?), "của mình" after another than "tôi", "mình" (who's own, or the
speaker's?), a name's "his" or "her" against the name ("Lan updated his phone."), "nó", "máy" alone, "tắt cập nhật" with
no "tự động", updated to a version, "anh", "chị", "em" alone saying it; devices frozen, restarted, slow with no update
(mt/tech_trouble.py, mt/broken.py), storage (mt/phone_storage.py), batteries (mt/batteries.py), the wifi (mt/wifi.py)
and anything else.
mt.phrasebook.translate tries these after mt/e_wallets.py.

    >>> translate("Bạn đã cập nhật ứng dụng chưa?", "vi", "en"), translate("I turned off auto-updates.", "en", "vi")
    ('Have you updated the app?', 'Tôi đã tắt cập nhật tự động.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, own_thing, owner_of, someone
from .hobbies import who, who_vi, whose_own
from .lazy_re import lazy
from .names import named_his_her
from .phone_storage import DEVICES, DEVICES_VI
from .rule_keys import key_checked
from .terms import WHOSE_VI
from .text import ASKED_END, SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

_KEYS = {"vi": lazy(r"(?i:cập\s+nhật)"), "en": lazy(r"(?i:updat)")}
# what is updated, or updating (the first Vietnamese of each is written back)
_DEVICES = DEVICES | {"ứng dụng": "app", "app": "app"}
_DEVICES_EN = DEVICES_VI | {"app": "ứng dụng"}
_THINGS = {"phần mềm": "the software", "ứng dụng": "the app", "app": "the app", "các ứng dụng": "the apps",
           "tất cả các ứng dụng": "all the apps", "tất cả ứng dụng": "all the apps",
           "hệ điều hành": "the operating system", "trình duyệt": "the browser"}
_THINGS_EN = {en: vi for vi, en in reversed(_THINGS.items())}
_THINGS_EN |= {f"this {en[4:]}": f"{vi} này" for en, vi in _THINGS_EN.items()
               if en.startswith("the ") and en[-1] != "s"}  # ("this app"; not "this apps")
_BEHIND = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "sáng nay", "hôm kia", "tuần trước")
_AHEAD = near_days("ngày mai", "tối nay", "tuần sau", "cuối tuần này")
_DAYS_EN = {en: vi for vi, en in reversed((_BEHIND | _AHEAD).items())}
_OWN_VI = {"chúng tôi", "chúng ta", "họ"}  # (whose device: one, or one each? left)

_DEV = (rf"(?:(?i:cái|chiếc)\s+)?(?P<device>(?i:{alternatives(_DEVICES)}))(?:\s+(?:của\s+)?{OWNER}|"
        r"\s+(?P<this>này))?")
_DAY = rf"(?i:{alternatives(_BEHIND | _AHEAD)})"
_DAY0 = rf"(?:(?P<day0>{_DAY})\s*,?\s+)?"
# a device updating, updated or done ("Điện thoại tôi đang cập nhật phần mềm.", "Máy tính tự cập nhật cả đêm.")
_STATE = lazy(rf"{_DAY0}{_DEV}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đang|đã|vừa\s+mới|vừa|mới|chưa)\s+)?(?P<self>tự\s+)?"
              r"cập\s+nhật(?P<sw>\s+phần\s+mềm)?(?:\s+(?P<done>xong))?(?:\s+(?P<night>cả\s+đêm|suốt\s+(?:cả\s+)?đêm)|"
              rf"\s+(?P<overnight>trong\s+đêm|qua\s+đêm)|\s+(?P<day>{_DAY}))?(?:\s+(?P<perf>rồi))?"
              rf"(?:\s+(?P<yet>chưa))?{ASKED_END}")
# ... taking long ("Điện thoại tôi cập nhật lâu quá.")
_LONG = lazy(rf"{_DEV}\s+(?:(?P<now>đang)\s+)?cập\s+nhật\s+(?P<slow>lâu|chậm)\s+(?P<very>quá|lắm)(?:\s+đi)?"
             rf"{SOFTENED_END}")
# since the update ("Từ khi cập nhật, điện thoại chạy chậm hẳn.", "Ứng dụng không mở được từ khi cập nhật.")
_RESULTS = {vi: en for en, said in {
    "has been much slower": ("chạy chậm hẳn", "chậm hẳn", "chạy chậm hẳn đi", "chậm hẳn đi", "chạy chậm hơn hẳn"),
    "has been slower": ("chạy chậm hơn", "chậm hơn"), "keeps freezing": ("cứ bị treo", "hay bị treo"),
    "has been using more battery": ("tốn pin hơn", "hao pin hơn"), "won't open": ("không mở được", "không mở được nữa"),
}.items() for vi in said}
_RESULTS_EN = {en: vi for vi, en in reversed(_RESULTS.items())}
_SINCE = r"(?i:từ\s+(?:khi|lúc)|kể\s+từ\s+(?:khi|lúc))\s+cập\s+nhật"
_RESULT = rf"(?P<result>{alternatives(_RESULTS)})"
_SINCE_FIRST = lazy(rf"{_SINCE}(?P<sw>\s+phần\s+mềm)?\s*,?\s+{_DEV}\s+{_RESULT}{SOFTENED_END}")
_SINCE_LAST = lazy(rf"{_DEV}\s+{_RESULT}\s+{_SINCE}(?P<sw>\s+phần\s+mềm)?{SOFTENED_END}")
# who updates or turns automatic updates off ("Bạn đã cập nhật ứng dụng chưa?", "Tôi đã tắt cập nhật tự động.")
_ACT = (rf"(?:cập\s+nhật\s+(?:(?P<thing>(?i:{alternatives(_THINGS)}))(?:\s+(?P<this>này))?|(?P<device>(?i:"
        rf"{alternatives(DEVICES)}))(?:\s+(?:của\s+)?{OWNER})?)|(?P<turn>tắt|bật)\s+(?:(?:chế\s+độ|tính\s+năng)\s+)?"
        r"(?:cập\s+nhật\s+tự\s+động|tự\s+động\s+cập\s+nhật))")
_DO = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|đang|chưa|phải|cần|nên|sẽ|muốn|"
           rf"không\s+muốn)\s+)?{_ACT}(?:\s+(?P<day>{_DAY}))?(?:\s+(?P<perf>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
_HOW = lazy(rf"[Ll]àm\s+(?:sao|thế\s+nào)\s+để\s+{_ACT}{SOFTENED_END}")

# ... and in English
_DEV_EN = (rf"(?:(?P<poss>(?i:my|your|his|her|the|this))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
           rf"(?P<device>(?i:{alternatives(_DEVICES_EN)}))")
_STATE_EN = lazy(rf"(?:(?P<q>Is|Has)\s+)?{_DEV_EN}(?P<aux>\s+is|\s+was|\s+has(?:\s+not)?|\s+hasn['’]t|['’]s)?"
                 r"(?:\s+(?P<just>just))?\s+(?P<verb>updating|updated|finished\s+updating)(?:\s+(?P<sw>its\s+software)|"
                 r"\s+(?P<self>itself))?(?:\s+(?P<night>all\s+night)|\s+(?P<overnight>overnight)|"
                 rf"\s+(?P<day>{alternatives(_DAYS_EN)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_LONG_EN = lazy(rf"{_DEV_EN}(?:\s+is|['’]s)\s+taking\s+(?:(?:so|too|really)\s+long|ages|forever)\s+to\s+update"
                r"\s*(?P<end>[.!]*)")
_SINCE_EN = r"since\s+the\s+(?:(?P<sw{}>software)\s+)?update"
_SINCE_ALL_EN = lazy(rf"(?P<lead>(?i:{_SINCE_EN.format(1)})\s*,\s*)?{_DEV_EN}(?P<result>(?:\s+has|'s)\s+been\s+(?:"
                     r"(?:much|a\s+lot)\s+)?slower|\s+keeps\s+freezing|(?:\s+has|'s)\s+been\s+using\s+more\s+"
                     rf"battery|\s+won't\s+open|\s+will\s+not\s+open)(?P<tail>\s+{_SINCE_EN.format(2)})?\s*"
                     r"(?P<end>[.!]*)")
_AUTO_EN = r"(?:the\s+)?(?:automatic\s+updates|auto-?\s?updates)"
_ACT_EN = (rf"(?:(?P<verb>update|updates|updated|updating)\s+(?:(?P<thing>(?i:{alternatives(_THINGS_EN)}))|"
           rf"(?:(?P<owner>(?i:my|your|his|her|the))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<device>(?i:"
           rf"{alternatives(DEVICES_VI)})))|(?P<turn>turn|turns|turned|turning|switch|switches|switched|switching)"
           rf"\s+(?:(?P<off>off|on)\s+{_AUTO_EN}|{_AUTO_EN}\s+(?P<off2>off|on)))")
_DO_EN = lazy(rf"(?:(?P<q>Have|Has|Did|Do|Does|Are|Is|Should)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have|need|needs|want|wants)"
              r"\s+to|\s+(?:don['’]t|doesn['’]t|do\s+not|does\s+not)\s+want\s+to|\s+should|\s+will|['’]ll|"
              r"\s+(?:has|have)\s+not|\s+(?:hasn|haven)['’]t|\s+has|\s+have|['’]ve|['’]s|\s+am|\s+is|\s+are|"
              rf"['’]m|['’]re)?(?:\s+(?P<just>just))?\s+{_ACT_EN}(?:\s+(?P<day>{alternatives(_DAYS_EN)}))?"
              r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_HOW_EN = lazy(rf"How\s+(?:do|can)\s+(?:I|you)\s+{_ACT_EN}\s*\?+")

# the tenses of _DO in English (who, one, verb base, past or participle, -ing) and in Vietnamese
_VI_TENSE = {"đã": "past", "vừa": "just", "vừa mới": "just", "mới": "just", "đang": "ing", "chưa": "not yet",
             "phải": "must", "cần": "need", "nên": "should", "sẽ": "will", "muốn": "want", "không muốn": "not want"}
_ASKED_AUX = {"đang": "ask ing", "phải": "ask must", "cần": "ask need", "nên": "ask should", "muốn": "ask want"}
# each tense written back: its first word of _VI_TENSE before the verb, or asked in "có … không?"
_TENSES_VI = {tense: f"{vi} {{}}" for vi, tense in reversed(_VI_TENSE.items())} | {
    "perfect": "đã {} rồi", "ask yet": "đã {} chưa?"} | {ask: f"có {vi} {{}} không?" for vi, ask in _ASKED_AUX.items()}
_VERBS_EN = {"update": ("update", "updated", "updating"), "turn": ("turn", "turned", "turning"),
             "switch": ("switch", "switched", "switching")}
_FORMS = {form: (base, i) for base, forms in _VERBS_EN.items() for i, form in enumerate(forms)} | {
    "updates": ("update", 3), "turns": ("turn", 3), "switches": ("switch", 3)}
_AUX_EN = {"has to": "must", "have to": "must", "need to": "need", "needs to": "need", "want to": "want",
           "wants to": "want", "should": "should", "will": "will", "'ll": "will", "has": "have", "have": "have",
           "'ve": "have", "has not": "not yet", "have not": "not yet", "hasn't": "not yet", "haven't": "not yet",
           "am": "be", "is": "be", "are": "be", "'m": "be", "'re": "be"}
_EN_TENSE = {("", "", 1): "past", ("", "have", 1): "perfect", ("", "not yet", 1): "not yet", ("", "be", 2): "ing",
             ("", "must", 0): "must", ("", "need", 0): "need", ("", "should", 0): "should", ("", "will", 0): "will",
             ("", "want", 0): "want", ("", "not want", 0): "not want", ("have", "", 1): "ask yet",
             ("did", "", 0): "ask yet", ("be", "", 2): "ask ing", ("do", "must", 0): "ask must",
             ("do", "need", 0): "ask need", ("do", "want", 0): "ask want", ("should", "", 0): "ask should"}
_ONE = {"has", "does", "is", "needs", "wants", "hasn't", "doesn't"}  # said of one (he, she, my mother)
_MANY = {"have", "do", "are", "need", "want", "haven't", "don't", "'ve", "'re"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a device updating or updated, who updates something or turns automatic
    updates off, how to, or a device since the update; None for any other."""
    if src == "vi":
        return _state(text) or _long(text) or _since(text) or _do(text) or _how(text)
    text = text.replace("’", "'")
    return _state_vi(text) or _long_vi(text) or _since_vi(text) or _do_vi(text) or _how_vi(text)


def _device(m: re.Match) -> str | None:
    """The device of a match of _DEV in English ("my phone", "Lan's laptop", "this app", "the computer"); None for one
    of "chúng tôi", "họ" (one, or one each?) or of someone not read."""
    if m["owner"] and keyed(m["owner"]) in _OWN_VI:
        return None
    whose = "this" if m["this"] else owner_of(m)
    return whose and f"{whose} {_DEVICES[keyed(m['device'])]}"


def _device_vi(m: re.Match) -> str | None:
    """The device of a match of _DEV_EN in Vietnamese ("điện thoại của tôi", "ứng dụng này", "máy tính"); None for
    someone not read."""
    said, poss = _DEVICES_EN[keyed(m["device"])], (m["poss"] or "").lower()
    whose = "" if poss == "the" else " này" if poss == "this" else f" của {WHOSE_VI[poss]}" if poss else None
    if whose is None:
        named = someone(m["someone"], "en")
        whose = named and f" của {named}"
    return None if whose is None else f"{said}{whose}"


def _state(text: str) -> str | None:
    """"Điện thoại tôi đang cập nhật phần mềm." as "My phone is updating its software.", "Máy tính tự cập nhật cả
    đêm." as "The computer was updating itself all night.", "Điện thoại bạn cập nhật xong chưa?" as "Has your phone
    finished updating?" (_STATE); None for anything else."""
    m = _STATE.fullmatch(text)
    if not m or m["self"] and m["sw"] or m["day0"] and (m["day"] or m["night"] or m["overnight"]) or (
            dev := _device(m)) is None:
        return None  # (a day before "cả đêm", "qua đêm": said as well, or the night of it?)
    aux, asked, day = keyed(m["aux"] or ""), "?" in m["end"], m["day0"] or m["day"]
    when = m["night"] or m["overnight"] or day
    if day and keyed(day) not in _BEHIND or (m["ask"] or m["asked"]) and aux != "đang" or m["yet"] and aux not in (
            "", "đã") or asked != bool(m["yet"] or m["asked"]) or bool(m["ask"]) != bool(m["asked"]):
        return None  # (a day ahead, "có" or "không" but "đang" asked, "?" with no asking word)
    obj = " its software" if m["sw"] else " itself" if m["self"] else ""
    if m["done"]:
        if m["self"] or when:
            return None
        if m["yet"]:
            return f"Has {dev} finished updating{obj}?"
        said = {("", True): "has finished", ("đã", True): "has finished", ("đã", False): "has finished",
                ("vừa", False): "has just finished", ("vừa mới", False): "has just finished",
                ("mới", False): "has just finished", ("chưa", False): "hasn't finished"}.get((aux, bool(m["perf"])))
        yet = " yet" if aux == "chưa" else ""
        return said and capitalised(f"{dev} {said} updating{obj}{yet}{stop(m['end'])}")
    if aux == "đang":
        if when or m["perf"]:
            return None
        return f"Is {dev} updating{obj}?" if asked else capitalised(f"{dev} is updating{obj}{stop(m['end'])}")
    if m["yet"] or m["perf"] and (when or aux not in ("", "đã")):
        return None
    if when:
        after = " all night" if m["night"] else " overnight" if m["overnight"] else f" {_BEHIND[keyed(day)]}"
        said = "was updating" if m["night"] else "updated"
        return capitalised(f"{dev} {said}{obj}{after}{stop(m['end'])}") if aux in ("", "đã") else None
    said = "has updated" if m["perf"] else {"đã": "updated", "vừa": "has just updated", "vừa mới": "has just updated",
                                            "mới": "has just updated"}.get(aux)
    return said and capitalised(f"{dev} {said}{obj}{stop(m['end'])}")


def _long(text: str) -> str | None:
    """"Điện thoại tôi cập nhật lâu quá." as "My phone is taking so long to update." (_LONG); None for anything
    else, "lắm" with no "đang", and an app "chậm"."""
    m = _LONG.fullmatch(text)
    if not m or "?" in m["end"] or keyed(m["very"]) == "lắm" and not m["now"]:
        return None  # ("lắm": now, or each time it updates?)
    if keyed(m["slow"]) == "chậm" and keyed(m["device"]) in ("ứng dụng", "app"):
        return None  # (an app "cập nhật chậm": its news, or its new versions, slow to come?)
    dev = _device(m)
    return dev and capitalised(f"{dev} is taking so long to update{stop(m['end'])}")


def _since(text: str) -> str | None:
    """"Từ khi cập nhật, điện thoại chạy chậm hẳn." as "The phone has been much slower since the update.", "Ứng
    dụng này không mở được từ khi cập nhật." as "This app won't open since the update." (_SINCE_FIRST,
    _SINCE_LAST); None for anything else, and a device but an app not opening."""
    m = _SINCE_FIRST.fullmatch(text) or _SINCE_LAST.fullmatch(text)
    if not m or "?" in m["end"] or (dev := _device(m)) is None:
        return None
    result = _RESULTS[keyed(m["result"])]
    if result == "won't open" and not dev.endswith(" app"):
        return None
    update = "software update" if m["sw"] else "update"
    if result.startswith("has"):
        return capitalised(f"{dev} {result} since the {update}{stop(m['end'])}")
    return f"Since the {update}, {dev} {result}{stop(m['end'])}"  # ("won't open", "keeps freezing": the update first)


def _thing(m: re.Match, who_: str) -> str | None:
    """What a match of _ACT is done to, in English: "the app", "this app", "automatic updates",
    "my phone" (who's own, `who_` in English), "my mother's phone"; None where whose is not told, and "của mình"
    after another than "I"."""
    if m["turn"]:
        return "automatic updates"
    if m["thing"]:
        said = _THINGS[keyed(m["thing"])]
        return (f"this {said[4:]}" if said.startswith("the ") and said[-1] != "s" else None) if m["this"] else said
    owner = keyed(m["owner"] or "")
    if owner == "mình" and who_ != "I":
        return None  # ("Anh ấy … của mình": his own, or the speaker's, "mình" being "I"?)
    whose = (None if owner in _OWN_VI else owner_of(m)) if m["owner"] or m["someone"] else (
        whose_own(m, who_) if who_ else None)
    return f"{whose} {DEVICES[keyed(m['device'])]}" if whose and whose not in ("our", "their") else None


def _verb(m: re.Match) -> tuple[str, str, str]:
    """The verb of a match of _ACT in English: its base, its past (and participle) and its "-ing", with "off" or
    "on" after it where it turns automatic updates."""
    if not m["turn"]:
        return "update", "updated", "updating"
    on = " off" if m["turn"] == "tắt" else " on"
    return f"turn{on}", f"turned{on}", f"turning{on}"


def _do(text: str) -> str | None:
    """"Bạn đã cập nhật ứng dụng chưa?" as "Have you updated the app?", "Tôi đã tắt cập nhật tự động." as "I
    turned off automatic updates.", "Mẹ tôi đang cập nhật điện thoại." as "My mother is updating her phone." (_DO);
    None for anything else."""
    m = _DO.fullmatch(text)
    if not m or m["day0"] and m["day"] or animal(m) or em_speaking(m):
        return None
    aux, day, asked = keyed(m["aux"] or ""), keyed(m["day0"] or m["day"] or ""), "?" in m["end"]
    if m["yet"]:
        tense = "ask yet" if asked and aux in ("", "đã") and not (m["ask"] or m["asked"] or m["perf"]) else None
    elif m["ask"] or m["asked"]:
        tense = _ASKED_AUX.get(aux) if m["ask"] and m["asked"] and asked else None
    elif asked:
        return None
    elif m["perf"]:
        tense = "perfect" if aux in ("", "đã") and not day else None
    else:
        tense = _VI_TENSE.get(aux) or ("past" if day in _BEHIND else "will" if day in _AHEAD else None)
    if tense is None or day and not (tense == "past" and day in _BEHIND or tense == "will" and day in _AHEAD):
        return None
    said = who(m, asked)
    if said is None or asked and said[0] == "I" and tense in ("ask yet", "ask ing"):
        return None  # ("Have I updated the app?": asked of oneself)
    who_, one = said
    what = _thing(m, who_)
    if what is None:
        return None
    base, done, doing = _verb(m)
    after = f" {_BEHIND.get(day) or _AHEAD[day]}" if day else ""
    return _said_en(who_, one, tense, base, done, doing, f"{what}{after}", m["end"])


def _said_en(who_: str, one: bool, tense: str, base: str, done: str, doing: str, rest: str, end: str) -> str:
    """Who does it in English in the tense named (of _TENSES_VI), the verb agreeing: "I've updated the app.", "Does
    she need to update her phone?", "My mother hasn't turned off automatic updates yet."."""
    has, do, be = ("has", "does", "is") if one else ("have", "do", "am" if who_ == "I" else "are")
    asked = {"ask yet": f"{has} {who_} {done}", "ask ing": f"{be} {who_} {doing}",
             "ask must": f"{do} {who_} have to {base}", "ask need": f"{do} {who_} need to {base}",
             "ask should": f"should {who_} {base}", "ask want": f"{do} {who_} want to {base}"}
    if tense in asked:
        return capitalised(f"{asked[tense]} {rest}?")
    said = {"past": done, "perfect": f"{has} {done}", "just": f"{has} just {done}", "ing": f"{be} {doing}",
            "not yet": f"{has}n't {done}", "must": f"{has} to {base}", "should": f"should {base}",
            "will": f"will {base}", "need": f"{'needs' if one else 'need'} to {base}",
            "want": f"{'wants' if one else 'want'} to {base}", "not want": f"{do}n't want to {base}"}[tense]
    yet = " yet" if tense == "not yet" else ""
    return capitalised(f"{contracted(who_, said)} {rest}{yet}{stop(end)}")


def _how(text: str) -> str | None:
    """"Làm sao để tắt cập nhật tự động?" as "How do I turn off automatic updates?", "Làm thế nào để cập nhật ứng
    dụng?" as "How do I update the app?" (_HOW); None for anything else, and a device (whose?)."""
    m = _HOW.fullmatch(text)
    if not m or "?" not in m["end"] or m["device"]:
        return None
    what = _thing(m, "")
    return what and f"How do I {_verb(m)[0]} {what}?"


def _state_vi(text: str) -> str | None:
    """"My phone is updating its software." as "Điện thoại của tôi đang cập nhật phần mềm.", "My computer updated
    itself overnight." as "Máy tính của tôi đã tự cập nhật trong đêm.", "Has your phone finished updating?" as
    "Điện thoại của bạn đã cập nhật xong chưa?" (_STATE_EN); None for anything else."""
    m = _STATE_EN.fullmatch(text)
    if not m or (dev := _device_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    verb, day = " ".join(m["verb"].split()), (m["day"] or "").lower()
    aux = " ".join((m["q"] or m["aux"] or "").lower().split())
    if aux == "'s":
        aux = "is" if verb == "updating" else "has"
    obj, self, when = " phần mềm" * bool(m["sw"]), "tự " * bool(m["self"]), m["night"] or m["overnight"] or day
    if day and day not in _BEHIND.values() or m["yet"] and aux not in ("hasn't", "has not", "has") or (
            self and verb != "updated" and aux != "is") or m["just"] and (aux != "has" or m["q"]):
        return None
    if m["q"]:
        if aux == "is" and verb == "updating" and not when:
            return f"{capitalised(dev)} có đang {self}cập nhật{obj} không?"
        return f"{capitalised(dev)} đã cập nhật{obj} xong chưa?" if (aux, verb, when) == (
            "has", "finished updating", "") else None
    upd, done = f"{self}cập nhật{obj}", f"cập nhật{obj} xong"
    said = {("is", "updating", False, False): f"đang {upd}", ("", "updated", False, True): f"đã {upd}",
            ("", "updated", False, False): f"đã {upd}", ("has", "updated", False, False): f"đã {upd} rồi",
            ("has", "updated", True, False): f"vừa {upd}", ("has", "finished updating", False, False): f"đã {done} rồi",
            ("has", "finished updating", True, False): f"vừa {done}",
            ("hasn't", "finished updating", False, False): f"chưa {done}",
            ("has not", "finished updating", False, False): f"chưa {done}",
            ("was", "updating", False, True): upd}.get((aux, verb, bool(m["just"]), bool(when)))
    if said is None or (aux == "was") != bool(m["night"]) or m["yet"] and aux == "has":
        return None  # ("was updating" all night only; "all night" only after "was"; "has … yet" not asked)
    after = " cả đêm" if m["night"] else " trong đêm" if m["overnight"] else f" {_DAYS_EN[day]}" if day else ""
    return capitalised(f"{dev} {said}{after}{stop(m['end'])}")


def _long_vi(text: str) -> str | None:
    """"My phone is taking so long to update." as "Điện thoại của tôi cập nhật lâu quá." (_LONG_EN), or None."""
    m = _LONG_EN.fullmatch(text)
    dev = m and _device_vi(m)
    return dev and capitalised(f"{dev} cập nhật lâu quá{stop(m['end'])}")


def _since_vi(text: str) -> str | None:
    """"My phone has been much slower since the update." as "Từ khi cập nhật, điện thoại của tôi chạy chậm hẳn.",
    "Since the update, the app won't open." as "Từ khi cập nhật, ứng dụng không mở được." (_SINCE_ALL_EN); None for
    anything else, since said twice or not at all, and a device but an app not opening."""
    m = _SINCE_ALL_EN.fullmatch(text)
    if not m or bool(m["lead"]) == bool(m["tail"]) or (dev := _device_vi(m)) is None:
        return None
    result = " ".join(m["result"].lower().split())
    result = "has" + result[2:] if result.startswith("'s") else result
    result = result.replace("a lot", "much").replace("will not", "won't")
    if result not in _RESULTS_EN or result == "won't open" and not dev.startswith("ứng dụng"):
        return None
    sw = " phần mềm" if m["sw1"] or m["sw2"] else ""
    return f"Từ khi cập nhật{sw}, {dev} {_RESULTS_EN[result]}{stop(m['end'])}"


def _what_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """What a match of _ACT_EN is done to, in Vietnamese ("ứng dụng", "cập nhật tự động", "điện thoại" of who's own,
    "điện thoại của mẹ tôi"), with the verb before it ("cập nhật", "tắt"); None for another's by "his", "her",
    "their", a name's "his" or "her" against the name, and a verb of turning with no "off" or "on"."""
    if m["turn"]:
        off = m["off"] or m["off2"]
        return f"{'tắt' if off == 'off' else 'bật'} cập nhật tự động"
    if m["thing"]:
        return f"cập nhật {_THINGS_EN[keyed(m['thing'])]}"
    device = DEVICES_VI[keyed(m["device"])]
    if m["someone"]:
        named = someone(m["someone"], "en")
        return named and f"cập nhật {device} của {named}"
    own = own_thing(m, who_, one)
    whose = keyed(m["owner"])
    given = m.groupdict().get("given")
    if given and whose in ("his", "her") and named_his_her(given) not in (None, whose):
        return None  # ("Lan updated his phone.": another's, a woman's name with "his")
    if own is None or whose in ("our", "their") or own is False and whose not in ("my", "your"):
        return None
    return f"cập nhật {device}" if own else f"cập nhật {device} của {WHOSE_VI[whose]}"


def _do_vi(text: str) -> str | None:
    """"Have you updated the app?" as "Bạn đã cập nhật ứng dụng chưa?", "I turned off automatic updates." as "Tôi đã
    tắt cập nhật tự động.", "She needs to update her phone." as "Cô ấy cần cập nhật điện thoại." (_DO_EN); None for
    anything else, and where the verb does not agree with who."""
    m = _DO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    base, form = _FORMS[(m["verb"] or m["turn"]).lower()]
    kind = "not want" if aux.endswith("want to") and ("n't" in aux or "not" in aux) else _AUX_EN.get(aux, aux)
    if aux == "'s":
        kind = "have" if form == 1 else "be"
    q_kind = "be" if q in ("is", "are") else "do" if q in ("do", "does") else "have" if q in ("has", "have") else q
    tense = _EN_TENSE.get((q_kind, kind, form))
    if tense == "perfect" and m["just"]:
        tense = "just"
    who_, one = who_vi(m)
    first = q or aux.split(" ")[0]
    if first == "'s":
        first = "has" if kind == "have" else "is"
    if tense is None or m["just"] and tense != "just" or m["yet"] and tense not in ("not yet", "ask yet") or (
            q and aux.endswith("to") and aux.split(" ")[0] in _ONE) or (base == "update") != bool(m["verb"]) or (
            first in _ONE and not one or first in _MANY and one or first in ("am", "'m", "is", "are", "'re")
            and not be_agrees(m, first)):
        return None
    if tense in ("ask yet", "ask ing") and who_ == "tôi" or animal(m):
        return None  # ("Have I updated …?": asked of oneself)
    day = (m["day"] or "").lower()
    if day and not (tense == "past" and day in _BEHIND.values() or tense == "will" and day in _AHEAD.values()):
        return None
    what = _what_vi(m, who_, one)
    if what is None:
        return None
    said = _TENSES_VI[tense].format(f"{what}{' ' + _DAYS_EN[day] if day else ''}")
    return capitalised(f"{who_} {said}" if said.endswith("?") else f"{who_} {said}{stop(m['end'])}")


def _how_vi(text: str) -> str | None:
    """"How do I turn off automatic updates?" as "Làm sao để tắt cập nhật tự động?", "How can I update the app?" as
    "Làm sao để cập nhật ứng dụng?" (_HOW_EN); None for anything else, and a device (whose?)."""
    m = _HOW_EN.fullmatch(text)
    if not m or m["device"] or (m["verb"] or m["turn"]) not in _VERBS_EN:
        return None  # (a device: whose?; "updates", "turned": not asked how)
    what = _what_vi(m, "", False)
    return what and f"Làm sao để {what}?"
