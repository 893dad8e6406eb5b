"""A computer, a phone or an app misbehaving, both ways, written whole by rule: it froze or keeps freezing, an app keeps
crashing or won't open, the screen went black, it keeps turning itself off, it has a virus, the printer is jammed, it
is working again; and restarting it: try it, have you tried it, I've restarted it (but it's still not working). v8
with every other rule reads "treo" as hanging, "văng" as texted, "xem" as a view, "freeze" as a frog or frost and
"crash" as a collapse: "Máy tính của tôi bị treo." → "My computer was hanging out.", "Điện thoại của tôi bị đơ." → "My
phone is getting slighted.", "Ứng dụng này cứ bị văng ra." → "This application has been texted.", "Điện thoại của tôi
bị đen màn hình." → "My phone is black.", "Bạn thử khởi động lại xem." → "You try to restart the view.", "Tôi đã khởi
động lại rồi." → "I started again.", "Nó chạy lại rồi." → "She ran back.", "Máy in bị kẹt giấy." → "Paper trapped.",
"Điện thoại của tôi cứ tự tắt." → "My phone is on its own."; "My computer froze." → "Máy tính của tôi ếch.", "My
computer has frozen." → "… đã đông lạnh.", "My phone keeps freezing." → "Điện thoại của tôi giữ tự dozing.", "The app
keeps crashing." → "Ứng dụng này giữ nguyên sự sụp đổ.", "The screen went black." → "Màn hình đã đi đen.", "Have you
tried turning it off and on again?" → "Bạn đã cố gắng tắt và tiếp tục chưa?", "It's working again." → "Nó làm việc
một lần nữa.", "The printer is jammed." → "Máy in bị hỏng.".

Taken: a device of DEVICES (mt.broken.THINGS that have screens, run or work; a tablet, a router, an app, a browser; a
screen, of a device or not) with whose (mt.terms.OWNERS, mt.hobbies.SOMEONE, "này"; English "my", "Lan's", "this",
"the"), said to freeze ("bị treo", "bị đơ", "bị đứng"), an app to crash ("bị văng ra", "tự thoát") or not to open
("không mở được"), a device to turn itself off ("tự tắt"), a screen to go black ("bị tối đen", "bị đen màn hình"), to
have a virus, a printer to be jammed ("bị kẹt giấy"), or to work again ("hoạt động lại rồi", "Giờ … chạy được rồi");
plain (past), with "rồi" (has), "cứ", "liên tục" (keeps), "hay" (often), "lại" (again), "vừa" (just), "tự nhiên"
(suddenly). Restarting ("khởi động lại", "tắt đi bật lại"): "Bạn thử … xem." (try), "Bạn đã thử … chưa?", "Tôi đã … rồi
(nhưng vẫn không được)." with who of mt.hobbies.WHO, WHO_EN. "nó" and "it" only where no person or weather is meant ("Nó
bị đơ.": dazed; "It froze.": the weather). Left: a device broken, not working, slow or not turning on (mt/broken.py),
the battery (mt/batteries.py), passwords and logging in (mt/accounts.py), the power or the internet gone
(mt/outages.py), a phone switched off (mt/reception.py), turning things on and off (mt/switches.py), anything asked but
restarting, "Em thử khởi động lại xem." (let me, or you?), a computer that crashed (bị sập? bị treo?).
mt.phrasebook.translate tries these after mt/pride.py.

    >>> translate("Máy tính của tôi bị treo.", "vi", "en"), translate("The app keeps crashing.", "en", "vi")
    ('My computer froze.', 'Ứng dụng cứ bị văng ra.')
"""
from __future__ import annotations

import re

from . import broken
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed

_SCREENED = {"computer", "laptop", "phone", "tablet", "TV"}  # what freezes, goes black, turns itself off
_APPS = {"app", "browser"}
_WORKS = _SCREENED | _APPS | {"printer", "camera", "wifi", "internet", "air conditioner", "fridge", "washing machine",
                              "fan", "light", "elevator", "ATM", "remote control", "hair dryer", "key card", "screen",
                              "router"}
# the devices, and how English says them (the first Vietnamese of each is written back)
DEVICES = {vi: en for vi, en in broken.THINGS.items() if en in _WORKS} | {
    "máy tính bảng": "tablet", "ứng dụng": "app", "app": "app", "trình duyệt": "browser", "màn hình": "screen",
    "bộ phát wifi": "router", "cục phát wifi": "router", "router": "router"}
DEVICES_VI = {en: vi for en, vi in broken.THINGS_VI.items() if broken.THINGS.get(vi) in _WORKS} | {
    "tablet": "máy tính bảng", "app": "ứng dụng", "application": "ứng dụng", "browser": "trình duyệt",
    "screen": "màn hình", "router": "bộ phát wifi", "wifi router": "bộ phát wifi"}
_EN = {keyed(vi): en for vi, en in DEVICES.items()}
# what each goes wrong on: what may be said of it
_OF = {"freeze": _SCREENED | _APPS | {"screen"}, "crash": _APPS, "off": _SCREENED, "black": _SCREENED | {"screen"},
       "virus": _SCREENED - {"TV"}, "jam": {"printer"}, "open": _APPS, "again": _WORKS, "now": _WORKS}
# ... how English says it: past, has (done), keeps (doing), often (does); None where it is not said so
_EN_FORMS = {"freeze": ("froze", "has frozen", "freezing", "freezes"),
             "crash": ("crashed", "has crashed", "crashing", "crashes"),
             "off": ("turned itself off", "has turned itself off", "turning itself off", "turns itself off"),
             "black": ("went black", "has gone black", "going black", "goes black"),
             "jam": ("is jammed", "is jammed", "jamming", "jams"), "virus": ("has a virus", "has a virus", None, None),
             "open": ("won't open", None, None, None), "again": (None, "is working again", None, None),
             "now": (None, "is working now", None, None)}
# ... and how Vietnamese says it
_VI = {"freeze": "bị treo", "crash": "bị văng ra", "off": "tự tắt", "black": "bị tối đen", "jam": "bị kẹt giấy",
       "virus": "bị nhiễm virus", "open": "không mở được", "again": "hoạt động lại rồi", "now": "chạy được rồi"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:treo|đơ|đứng|văng|thoát|tự\s+(?:động\s+)?tắt|virus|vi-?\s?rút|kẹt|đen|khởi\s+động|"
                    r"bật\s+lại|lại\s+rồi|được\s+rồi|mở)"),
         "en": lazy(r"(?i:froze|frozen|freez|crash|open|black|virus|jam|restart|reboot|turning|\bworking|\bworks|"
                    r"itself|switching|shutting)")}

# the device and whose it is ("Máy tính của tôi", "màn hình điện thoại của mẹ tôi", "ứng dụng này", "nó")
_THING = (rf"(?:(?P<it>[Nn]ó)|(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(DEVICES)}))"
          rf"(?:\s+(?P<dev>(?i:{alternatives(v for v, e in DEVICES.items() if e in _SCREENED)})))?"
          rf"(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)}))|\s+(?:của\s+)?(?P<named>{SOMEONE})|"
          r"\s+(?P<this>này))?)")
_KEEPS, _OFTEN = ("cứ", "liên tục"), ("hay", "thường xuyên")  # (keeps doing it, often does it)
_HOW = r"cứ|liên\s+tục|hay|thường\s+xuyên|lại|vừa|đã|tự\s+nhiên|đột\s+nhiên"
_WRONG = (r"(?P<freeze>(?P<bi>bị\s+)?(?P<word>treo|đơ|đứng)(?:\s+(?:máy|hình))?)|"
          r"(?P<crash>bị\s+(?:văng(?:\s+ra)?|crash|thoát\s+ra)|(?P<self>tự\s+(?:động\s+)?(?:thoát|tắt)(?:\s+nguồn)?))|"
          r"(?P<virus>bị\s+(?:nhiễm\s+)?(?:virus|vi-?\s?rút))|(?P<jam>bị\s+kẹt\s+giấy)|"
          r"(?P<black>bị\s+(?:tối\s+)?đen(?P<ofscreen>\s+màn\s+hình)?)|(?P<open>không\s+(?:mở|vào)(?:\s+lên)?\s+được)|"
          r"(?P<again>(?P<run>hoạt\s+động|chạy)\s+(?:trở\s+)?lại(?:\s+bình\s+thường)?)|"
          r"(?P<now>(?:hoạt\s+động|chạy|dùng)\s+được)")
_STATE = lazy(rf"(?:(?P<at>(?i:giờ|bây\s+giờ))\s+)?{_THING}\s+(?:(?P<how>{_HOW})\s+)?(?:{_WRONG})"
              rf"(?:\s+(?P<long>hoài|mãi|suốt))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# restarting it, tried, asked or done ("Bạn thử khởi động lại xem.", "Tôi đã khởi động lại rồi mà vẫn không được.")
_WHAT = r"(?:(?P<machine>máy|nó)|" + _THING.replace("(?:(?P<it>[Nn]ó)|", "(?:", 1) + ")"
_BUT = r"(?P<but>\s*,?\s+(?:nhưng|mà)\s+(?:nó\s+)?vẫn\s+(?:không\s+được|không\s+(?:chạy|hoạt\s+động)|bị\s+treo))"
_RESTART = lazy(
    rf"(?:{WHO}\s+)?(?:(?P<tense>(?i:đã|vừa(?:\s+mới)?))\s+)?(?:(?P<hay>(?i:hãy))\s+)?(?:(?P<tried>(?i:thử))\s+)?"
    rf"(?:(?i:khởi)\s+động\s+lại(?:\s+{_WHAT})?|(?P<offon>(?i:tắt)\s+(?:(?:máy|nó)\s+)?(?:đi\s+)?(?:rồi\s+)?bật\s+lại))"
    rf"(?:\s+(?P<see>xem|đi))?(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{_BUT}?{SOFTENED_END}")

# ... and in English ("my computer", "Lan's phone", "my phone's screen", "the app", "it")
_THING_EN = (rf"(?:(?P<it>[Ii]t)|(?:(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+|(?P<named>{SOMEONE_EN})['’]s\s+)"
             rf"(?:(?P<dev>(?i:{alternatives(e for e, v in DEVICES_VI.items() if DEVICES[v] in _SCREENED)}))"
             rf"(?:['’]s)?\s+(?=screen))?(?P<thing>(?i:{alternatives(DEVICES_VI)})))")
# what is said of it in English, as (what goes wrong, how: past, has, keeps, often)
_SAID_EN = {"froze": ("freeze", 0), "is frozen": ("freeze", 0), "has frozen": ("freeze", 1),
            "keeps freezing": ("freeze", 2), "often freezes": ("freeze", 3), "crashed": ("crash", 0),
            "has crashed": ("crash", 1), "keeps crashing": ("crash", 2), "often crashes": ("crash", 3),
            "turned itself off": ("off", 0), "keeps turning itself off": ("off", 2), "keeps switching itself off":
            ("off", 2), "keeps switching off": ("off", 2), "keeps shutting down": ("off", 2),
            "went black": ("black", 0), "has gone black": ("black", 1), "keeps going black": ("black", 2),
            "is jammed": ("jam", 0), "has a paper jam": ("jam", 0), "keeps jamming": ("jam", 2),
            "has a virus": ("virus", 0), "has got a virus": ("virus", 0), "won't open": ("open", 0),
            "will not open": ("open", 0), "doesn't open": ("open", 0), "is working again": ("again", 1),
            "works again": ("again", 1), "is working now": ("now", 1), "works now": ("now", 1)}
_STATE_EN = lazy(rf"{_THING_EN}(?P<said>(?:['’]s|\s+[\w'’]+)(?:\s+[\w'’]+){{0,4}}?)(?:\s+(?P<again>again))?"
                 r"\s*(?P<end>[.!]*)")
_DOING_EN = (r"(?:(?P<restart>restart(?:ing|ed)?|reboot(?:ing|ed)?)\s+(?P<what>[\w\s'’]+?)|"
             r"(?P<offon>turn(?:ing|ed)?\s+it\s+off\s+and\s+(?:back\s+)?on(?:\s+again)?))")
_TRY_EN = lazy(rf"(?:(?i:try)|You\s+(?:could|should)\s+try)\s+{_DOING_EN}(?:,?\s+please)?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<do>Have|Has)\s+{WHO_EN}\s+(?:(?P<tried>tried)\s+)?{_DOING_EN}(?:\s+(?P<yet>yet))?\s*\?+")
_DONE_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?(?:\s+(?P<just>just|already))?"
                rf"(?:\s+(?P<tried>tried))?\s+{_DOING_EN}(?P<but>,?\s+but\s+it(?:['’]s|\s+is)\s+still\s+not\s+"
                r"working|,?\s+but\s+it\s+still\s+(?:doesn['’]t|won['’]t)\s+work)?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a device froze, crashed, went black … or works again, or tries,
    asks or says restarting it; None for any other."""
    if src == "vi":
        return _state(text) or _restart(text)
    return _state_vi(text) or _try_vi(text) or _asked_vi(text) or _done_vi(text)


def _thing_en(m: re.Match) -> str | None:
    """The device of a match of _THING in English: "my computer", "Lan's phone", "this app", "my phone screen",
    "the screen", "it"; None for someone not known, or a device named after something but a screen."""
    if m.groupdict().get("it"):
        return "it"
    said = _EN[keyed(m["thing"])]
    if m["dev"]:
        if said != "screen":
            return None
        said = f"{_EN[keyed(m['dev'])]} screen"
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} {said}"
    if m["named"]:
        named = someone(m["named"], "vi")
        return named and f"{named}'s {said}"
    return f"{'this' if m['this'] else 'the'} {said}"


def _wrong(m: re.Match) -> str | None:
    """What goes wrong in a match of _STATE (a key of _OF), read with the device: "tự tắt" is an app's crash and a
    phone's turning off; "nó" only freezing ("treo") and working again ("hoạt động"), it being a person too."""
    wrong = next(w for w in _OF if w != "off" and m[w])
    if wrong == "crash" and m["self"] and not m["it"] and _EN[keyed(m["thing"])] in _SCREENED:
        wrong = "off"
    what = "it" if m["it"] else "screen" if m["dev"] or m["ofscreen"] else _EN[keyed(m["thing"])]
    if m["it"] and not (wrong == "freeze" and keyed(m["word"]) == "treo" or
                        wrong == "again" and keyed(m["run"]) != "chạy"):
        return None
    return wrong if m["it"] or what in _OF[wrong] else None


def _state(text: str) -> str | None:
    """"Máy tính của tôi bị treo." as "My computer froze.", "… bị treo rồi." as "… has frozen.", "Ứng dụng này cứ bị
    văng ra." as "This app keeps crashing.", "Điện thoại của tôi bị đen màn hình." as "My phone screen went black.",
    "Nó hoạt động lại rồi." as "It's working again." (_STATE); None for anything else."""
    m = _STATE.fullmatch(text)
    if not m or "?" in m["end"] or (wrong := _wrong(m)) is None or (thing := _thing_en(m)) is None:
        return None
    how = keyed(m["how"] or "") or ("cứ" if m["long"] else "")
    if wrong == "freeze" and not m["bi"] and how not in _KEEPS + _OFTEN or m["at"] and wrong not in ("again", "now") \
            or m["long"] and how not in _KEEPS or how and wrong in ("open", "again", "now"):
        return None  # ("Máy tính treo …": hung up; "lại không mở được": won't open ever again?)
    if m["ofscreen"]:
        thing = f"{thing} screen"
    past, has, keeps, often = _EN_FORMS[wrong]
    if how in _KEEPS + _OFTEN:
        said = None if m["done"] else f"keeps {keeps}" if keeps and how in _KEEPS else \
            often and how in _OFTEN and f"often {often}"
    elif how in ("vừa", "tự nhiên", "đột nhiên"):
        said = None if m["done"] or past.startswith(("is ", "has ")) else \
            f"{'just' if how == 'vừa' else 'suddenly'} {past}"
    else:
        said = has if m["done"] else past
        said = said and f"{said} again" if how == "lại" else said
    if not said:
        return None
    return capitalised(contracted(thing, f"{said}."))


def _what_en(m: re.Match) -> str | None:
    """What is restarted in a match of _RESTART in English: "it" for "máy", "nó" or nothing; the device of _THING."""
    return "it" if m["machine"] or not m["thing"] else _thing_en(m)


def _restart(text: str) -> str | None:
    """"Bạn thử khởi động lại xem." as "Try restarting it.", "Bạn đã thử tắt đi bật lại chưa?" as "Have you tried
    turning it off and on again?", "Tôi đã khởi động lại rồi mà vẫn không được." as "I've restarted it, but it's
    still not working." (_RESTART); None for anything else, and for "Anh thử …" (you, or the speaker?)."""
    m = _RESTART.fullmatch(text)
    asked = bool(m and m["yet"])
    if not m or asked != ("?" in m["end"]) or (what := _what_en(m)) is None:
        return None
    doing = "turning it off and on again" if m["offon"] else f"restarting {what}"
    did = "turned it off and on again" if m["offon"] else f"restarted {what}"
    said = who(m, asked) if m["who"] or m["kin"] or m["titled"] or m["given"] else None
    if asked:
        if said is None or m["see"] or m["done"] or m["hay"] or m["but"] or m["tense"] and keyed(m["tense"]) != "đã":
            return None
        have = "Has" if said[1] else "Have"
        return f"{have} {said[0]} tried {doing}?" if m["tried"] else f"{have} {said[0]} {did} yet?"
    if m["tried"] and (m["see"] or m["hay"]):
        if m["tense"] or m["done"] or m["but"] or said and keyed(m["who"] or "") != "bạn" or \
                said is None and (m["who"] or m["kin"] or m["titled"] or m["given"]):
            return None
        return f"Try {doing}."
    if said is None or m["see"] or m["hay"] or not (m["tense"] or m["done"]) or \
            m["tense"] and keyed(m["tense"]) != "đã" and m["done"]:
        return None
    just = "just " if m["tense"] and keyed(m["tense"]) != "đã" else ""
    said_ = f"{'has' if said[1] else 'have'} {just}{'tried ' + doing if m['tried'] else did}"
    but = ", but it's still not working" if m["but"] else ""
    return capitalised(f"{contracted(said[0], said_)}{but}.")


def _thing_vi(m: re.Match, whose: str = "") -> str | None:
    """The device of a match of _THING_EN in Vietnamese: "máy tính của tôi", "điện thoại của mẹ tôi", "ứng dụng
    này", "màn hình điện thoại của tôi", "nó"; whose left out where it is `whose` ("I've restarted my computer":
    "máy tính"); None for a device without "the", "my" … before it, or someone not known."""
    if m["it"]:
        return "nó"
    said = DEVICES_VI[keyed(m["thing"])] + (f" {DEVICES_VI[keyed(m['dev'])]}" if m["dev"] else "")
    det = (m["det"] or "").lower()
    if m["named"]:
        named = someone(m["named"], "en")
        return named and f"{said} của {named}"
    if not det:
        return None
    return said if det in ("the", whose) else f"{said} này" if det == "this" else f"{said} của {WHOSE_VI[det]}"


def _state_vi(text: str) -> str | None:
    """"My computer froze." as "Máy tính của tôi bị treo.", "This app keeps crashing." as "Ứng dụng này cứ bị văng
    ra.", "It's working again." as "Nó hoạt động lại rồi." (_STATE_EN); None for anything else, and "it" of what a
    person or the weather does too ("It froze.", "It won't open.", "It's jammed.")."""
    m = _STATE_EN.fullmatch(text)
    if not m or (thing := _thing_vi(m)) is None:
        return None
    said = " ".join(m["said"].lower().replace("’", "'").split())
    forms = [said.replace("'s", "is", 1), said.replace("'s", "has", 1)] if said.startswith("'s") else [said]
    again = bool(m["again"])
    if again and any(f"{w} again" in _SAID_EN for w in forms):  # ("is working again": said so, not "again" added)
        forms, again = [f"{w} again" for w in forms], False
    if (key := next((w for w in forms if w in _SAID_EN), None)) is None:
        return None
    wrong, how = _SAID_EN[key]
    what = m["it"] or _EN[keyed(DEVICES_VI[keyed(m["thing"])])]
    if not m["it"] and what not in _OF[wrong] or m["it"] and how != 2 and wrong not in ("again", "now", "virus") or \
            again and (how in (2, 3) or wrong in ("open", "virus")):
        return None
    vi = _VI[wrong]
    if again:
        vi = f"lại {vi}{' rồi' * (how == 1)}"
    elif how:
        vi = f"{vi} rồi" if how == 1 and wrong not in ("again", "now") else f"{('', '', 'cứ ', 'hay ')[how]}{vi}"
    return f"Giờ {thing} {vi}." if wrong == "now" else capitalised(f"{thing} {vi}.")


def _doing_vi(m: re.Match, whose: str) -> str | None:
    """Restarting, or turning it off and on, in Vietnamese: "khởi động lại máy tính", "khởi động lại" (it), "tắt đi
    bật lại"; None where what is restarted is not a device of DEVICES."""
    if m["offon"]:
        return "tắt đi bật lại"
    if m["what"].lower() == "it":
        return "khởi động lại"
    thing = re.fullmatch(_THING_EN, m["what"])
    said = thing and not thing["it"] and _thing_vi(thing, whose)
    return said and f"khởi động lại {said}"


def _try_vi(text: str) -> str | None:
    """"Try restarting it." as "Bạn thử khởi động lại xem.", "Try turning it off and on again." as "Bạn thử tắt đi
    bật lại xem." (_TRY_EN); None for anything else."""
    m = _TRY_EN.fullmatch(text)
    if not m or not (m["restart"] or m["offon"]).lower().split()[0].endswith("ing"):
        return None
    doing = _doing_vi(m, "your")
    return doing and f"Bạn thử {doing} xem."


def _asked_vi(text: str) -> str | None:
    """"Have you tried restarting it?" as "Bạn đã thử khởi động lại chưa?", "Have you restarted your phone yet?" as
    "Bạn đã khởi động lại điện thoại chưa?" (_ASKED_EN); None for anything else, and "Has you", "Have she"."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    verb = (m["restart"] or m["offon"]).lower().split()[0]
    if (m["do"] == "Has") != one or verb.endswith("ing") != bool(m["tried"]) or not m["tried"] and (
            not verb.endswith("ed") or m["offon"] and m["yet"]) or m["tried"] and m["yet"]:
        return None
    doing = _doing_vi(m, {"you": "your", "he": "his", "she": "her"}.get((m["who"] or "").lower(), ""))
    return doing and capitalised(f"{who_} đã {'thử ' * bool(m['tried'])}{doing} chưa?")


def _done_vi(text: str) -> str | None:
    """"I've restarted it." as "Tôi đã khởi động lại rồi.", "She's just restarted her laptop." as "Cô ấy vừa khởi
    động lại máy tính xách tay.", "… , but it's still not working." as "… nhưng vẫn không được." (_DONE_EN); None for
    anything else, and where "has" or "have" does not agree with who."""
    m = _DONE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    have = (m["have"] or "").strip().lower().replace("’", "'")
    verb = (m["restart"] or m["offon"]).lower().split()[0]
    if have and (have in ("has", "'s")) != one or have == "'s" and not m["who"] or bool(m["tried"]) != verb.endswith(
            "ing") or not m["tried"] and not verb.endswith("ed"):
        return None
    whose = {"i": "my", "we": "our", "you": "your", "he": "his", "she": "her", "they": "their"}.get(
        (m["who"] or "").lower(), "")
    doing = _doing_vi(m, whose)
    if doing is None:
        return None
    tried = "thử " if m["tried"] else ""
    but = " nhưng vẫn không được" if m["but"] else ""
    if m["just"] == "just":
        return capitalised(f"{who_} vừa {tried}{doing}{but}.")
    return capitalised(f"{who_} đã {tried}{doing} rồi{but}.")
