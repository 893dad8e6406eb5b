"""Zips and buttons on clothes and bags, both ways, written whole by rule: a zip broken or stuck, a fly down or
forgotten, a button come off or popped, a zip or buttons done up (told or forgotten). v8 (rules on) reads "khóa" as a
lock or a key, "kéo" as dragging, "quần" as clothes, "cài" as installing, and "fly", "zip" not at all: "Khóa kéo áo
khoác của tôi bị hỏng rồi." → "The key to pull my jacket is broken.", "Khóa cặp bị kẹt." → "The pair key was stuck.",
"Anh quên kéo khóa quần kìa." → "You forgot to lock the clothes.", "Tôi quên kéo khóa quần." → "I forgot to pull my
clothes.", "Tôi bị đứt cúc áo." → "I was cut off my shirt.", "Áo tôi bị bung cúc." → "I'm slighted.", "Kéo khóa áo vào
đi, lạnh đấy." → "Drag the shirt to go, cold."; "The zip on my jacket is broken." → "Chiếc áo khoác của tôi bị vỡ.",
"Your fly is down." → "Fly của bạn đang xuống.", "The zip on the bag is stuck." → "Cái va-li này bị kẹt.", "Zip up
your jacket, it's cold." → "Hãy tham gia áo khoác của bạn, trời lạnh.", "I forgot to do up my fly." → "Tôi quên làm
việc lên mặt.".

Taken: a zip ("khóa kéo", "dây kéo"; "khóa" alone only of a thing of _SURE: clothes, "cặp", "ba lô"), of a thing or
not, whose (mt.terms.OWNERS, mt.hobbies.SOMEONE) or not, broken or stuck ("lại": again), said, denied, asked; a thing
"bị hỏng/kẹt khóa"; a fly down ("Khóa quần của bạn đang mở kìa.", "you" forgetting it with "kìa"; ours or theirs:
"flies are"), asked; who (mt.hobbies.WHO, WHO_EN) forgetting to do up a fly, a zip, a jacket or buttons ("we",
"they": "our jackets"); a button come off ("Tôi bị đứt cúc áo.", "Cúc áo của tôi bị đứt.") or popped ("bung cúc");
told to zip up or do up buttons (", lạnh đấy": it's cold).
Left: a zip on clothes, or a button off them, of ours or theirs (one each, or shared?), a zip of ours or theirs of
no thing, "em" pointing with "ạ" (the speaker), a pet's fly, a thing "bị đứt cúc" and "A button has come off my
shirt." (mt/mending.py's), sewing buttons on (mt/mending.py), locks and keys ("khóa cửa", "khóa vali", "khóa túi": a
lock, a clasp? mt/keys.py, mt/broken.py, mt/locked_in.py), "kéo khóa" with no "vào"/"lên" (up or down?), "do up your
jacket" (zip or buttons?), a name or "bạn tôi" forgetting (his or hers?), "dây kéo" of no thing of _SURE (a pull
cord?), "anh", "chị", "em" saying it without "kìa", an animal as who, asked forgetting, and anything else.
mt.phrasebook.translate tries these after mt/baby_carrying.py.

    >>> translate("Khóa kéo áo khoác của tôi bị hỏng rồi.", "vi", "en"), translate("Your fly is down.", "en", "vi")
    ('The zip on my jacket is broken.', 'Bạn quên kéo khóa quần kìa.')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, owner_of, pet, someone, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_WHOSE, SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:khóa|khoá|dây\s+kéo|cúc|khuy|nút)"), "en": lazy(r"(?i:zip|fly|flies|button)")}

# things with a zip (English; the first Vietnamese of each English is written back); "khóa" alone, or "dây kéo" (a
# pull cord, a tow rope), is surely a zip only on those of _SURE ("khóa vali", "khóa túi": a lock, a clasp?)
_ZIPPED = {"áo khoác": "jacket", "áo": "jacket", "quần": "trousers", "quần jean": "jeans", "quần bò": "jeans",
           "váy": "dress", "đầm": "dress", "chân váy": "skirt", "túi": "bag", "cặp": "bag", "ba lô": "backpack",
           "balo": "backpack", "va li": "suitcase", "vali": "suitcase", "ví": "purse", "hộp bút": "pencil case",
           "lều": "tent"}
_SURE = {"áo khoác", "áo", "quần", "quần jean", "quần bò", "váy", "đầm", "chân váy", "cặp", "ba lô", "balo"}
_ZIPPED_VI = {en: vi for vi, en in reversed(_ZIPPED.items())} | {
    "coat": "áo khoác", "rucksack": "ba lô", "schoolbag": "cặp", "handbag": "túi xách", "wallet": "ví"}
_MANY = {"trousers", "jeans"}  # ("The zip on my trousers": the zip is one all the same)
# clothes are worn one each: "our jacket", "their fly", "A button has come off our shirt" are wrong (of several each,
# or one shared?), so a zip on them or a button off them of ours or theirs is left; a fly or a forgetting is written
# of several ("Their flies are down.", "We forgot to zip up our jackets.": _EACH)
_WORN = {"jacket", "trousers", "jeans", "dress", "skirt"}
_SEVERAL = ("our", "their")
_EACH = {"zip": "zips", "fly": "flies", "jacket": "jackets"}
_STATES = {"hỏng": "broken", "kẹt": "stuck"}
_STATES_VI = {en: vi for vi, en in _STATES.items()}
# a button's thing ("áo" with buttons is a shirt: the brief's "Áo tôi bị đứt cúc." ↔ "… off my shirt.")
_BUTTONED = {"áo": "shirt", "áo sơ mi": "shirt", "áo khoác": "jacket", "quần": "trousers"}
_BUTTONED_VI = {"shirt": "áo", "jacket": "áo khoác", "coat": "áo khoác", "trousers": "quần"}

_KHOA = r"(?i:kh(?:óa|oá))"
_ZIP_WORD = rf"(?:(?i:cái|chiếc)\s+)?(?P<zip>{_KHOA}\s+kéo|(?i:dây\s+kéo)|{_KHOA})"
_THING = rf"(?P<thing>(?i:{alternatives(_ZIPPED)}))"
_WHOSE = rf"(?:\s+(?:của\s+)?{OWNER})?"
_STATE = (r"(?:(?P<again>lại)\s+)?(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<bi>bị\s+)?(?P<state>hỏng|kẹt)"
          r"(?:\s+(?P<done>rồi))?")
# a zip broken or stuck ("Khóa kéo áo khoác của tôi bị hỏng rồi.", "Khóa cặp bị kẹt.", "Khóa kéo có bị kẹt không?")
_ZIP = lazy(rf"{_ZIP_WORD}(?:\s+{_THING})?{_WHOSE}\s+{_STATE}(?:\s+(?P<asked>không))?{SOFTENED_END}")
# ... or the thing with it ("Áo khoác của tôi bị hỏng khóa.")
_ZIP_OF = lazy(rf"(?:(?i:cái|chiếc)\s+)?{_THING}{_WHOSE}\s+(?:(?P<again>lại)\s+)?bị\s+(?P<state>hỏng|kẹt)\s+"
               rf"(?P<zip>{_KHOA}(?:\s+kéo)?)(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# a fly down ("Khóa quần của bạn đang mở kìa.", "Khóa quần tôi có đang mở không?")
_FLY = lazy(rf"{_KHOA}\s+quần\s+(?:của\s+)?{OWNER}\s+(?:(?P<ask>có)\s+)?(?:đang\s+)?(?:bị\s+)?mở"
            rf"(?:\s+(?P<kia>kìa))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
# who forgot to do it up ("Tôi quên kéo khóa quần.", "Anh quên kéo khóa quần kìa.", "Mẹ tôi quên cài cúc áo.")
_FORGOT = lazy(rf"{WHO}\s+(?:đã\s+)?quên\s+(?:(?P<zip>kéo\s+{_KHOA})|(?P<buttons>cài\s+cúc))"
               r"(?:\s+(?P<what>áo\s+khoác|áo|quần))?(?:\s+(?P<kia>kìa)|\s+rồi)?" + SOFTENED_END)
# a button come off or popped ("Tôi bị đứt cúc áo.", "Cúc áo của tôi bị đứt.", "Áo tôi bị bung cúc.")
_THE_BUTTONED = rf"(?P<what>(?i:{alternatives(_BUTTONED)}))"
_OFF = lazy(rf"{WHO}\s+(?:(?P<just>vừa|mới)\s+)?bị\s+(?P<how>đứt|bung)\s+(?:(?:một|1)\s+)?(?:cái\s+)?"
            r"(?:cúc|khuy|nút)\s+"
            rf"{_THE_BUTTONED}(?:\s+rồi)?{SOFTENED_END}")
_BUTTON = lazy(rf"(?i:cúc|khuy|nút)\s+{_THE_BUTTONED}\s+(?:của\s+)?{OWNER}\s+bị\s+(?P<how>đứt|bung)(?:\s+ra)?"
               rf"(?:\s+rồi)?{SOFTENED_END}")
# ... popped, of the thing ("Áo tôi bị bung cúc."; "Áo tôi bị đứt cúc." is mt/mending.py's)
_POPPED = lazy(rf"{_THE_BUTTONED}\s+(?:của\s+)?{OWNER}\s+bị\s+(?P<how>bung)\s+(?:cúc|khuy|nút)(?:\s+rồi)?"
               rf"{SOFTENED_END}")
# told to do it up ("Kéo khóa áo vào đi, lạnh đấy.", "Con cài cúc áo vào đi!")
_DO_UP = lazy(rf"(?:(?i:con|em|bạn|anh|chị|cháu)\s+)?(?:(?P<zip>[Kk]éo\s+{_KHOA})\s+(?P<what>áo\s+khoác|áo|quần)?\s*"
              r"(?:vào|lên)|(?P<buttons>[Cc]ài\s+cúc)(?:\s+(?P<what2>áo\s+khoác|áo))?(?:\s+vào)?)\s+đi"
              r"(?P<cold>\s*,\s*(?:trời\s+)?lạnh\s+(?:đấy|lắm|đó))?\s*(?P<end>[.!]*)")

# ... and in English
_ZIP_EN_WORD = r"(?:zip|zipper)"
_OWNED_EN = (rf"(?:(?P<det>the)|(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
             rf"(?P<thing>(?i:{alternatives(_ZIPPED_VI)}))")
_ZIP_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?:(?i:the)\s+{_ZIP_EN_WORD}\s+on\s+{_OWNED_EN}|(?P<zowner>(?i:the|{WHOSE_WORDS}))"
               rf"\s+{_ZIP_EN_WORD}|(?P<zsomeone>{SOMEONE_EN})['’]s\s+{_ZIP_EN_WORD})"
               r"(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?\s+(?P<state>broken|stuck)(?P<again>\s+again)?"
               r"\s*(?P<end>[.!?]*)")
_FLY_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+"
               r"(?P<fly>fly|flies)(?P<be>\s+is|\s+are|['’]s|['’]re)?\s+(?:down|open|undone)\s*(?P<end>[.!?]*)")
_FORGOT_EN = lazy(rf"{WHO_EN}\s+forgot\s+to\s+(?P<verb>do\s+up|zip\s+up|button\s+up)\s+(?P<own>(?i:{WHOSE_WORDS}))\s+"
                  r"(?P<what>fly|flies|zip|zipper|jacket|coat|buttons|shirt)\s*(?P<end>[.!]*)")
_DO_UP_EN = lazy(r"(?P<verb>Zip\s+up|Do\s+up|Button\s+up)\s+your\s+(?P<what>jacket|coat|fly|flies|zip|zipper|buttons|"
                 r"shirt)(?P<cold>\s*,\s*it['’]s\s+cold(?:\s+out(?:side)?)?)?\s*(?P<end>[.!]*)")
_POPPED_EN = lazy(rf"A\s+button(?:\s+has\s+popped|['’]s\s+popped|\s+popped)\s+(?:on|off)\s+(?:(?P<owner>(?i:"
                  rf"{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<what>shirt|jacket|coat|trousers)\s*"
                  r"(?P<end>[.!]*)")
# what is done up, by the verb and the thing, in Vietnamese ("quên kéo khóa quần", "Kéo khóa quần lên đi")
_UP_VI = {("zip up", "jacket"): "kéo khóa áo khoác", ("zip up", "coat"): "kéo khóa áo khoác",
          ("zip up", "fly"): "kéo khóa quần", ("do up", "fly"): "kéo khóa quần", ("do up", "zip"): "kéo khóa",
          ("do up", "zipper"): "kéo khóa", ("do up", "buttons"): "cài cúc áo", ("button up", "shirt"): "cài cúc áo",
          ("button up", "jacket"): "cài cúc áo khoác", ("button up", "coat"): "cài cúc áo khoác"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a zip broken or stuck, a fly down, a button off, or a zip or buttons done up
    or forgotten; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("… thế.", "… vậy.": more than English says)
            return None
        return _zip(text) or _fly(text) or _forgot(text) or _off(text) or _do_up(text)
    text = text.replace("’", "'")
    return _zip_vi(text) or _fly_vi(text) or _forgot_vi(text) or _popped_vi(text) or _do_up_vi(text)


def _whose(m: re.Match) -> str | None:
    """Whose, in English, of a match of OWNER: "my", "my mother's", "Lan's"; "" where none is said; None where
    someone is not read."""
    return owner_of(m, "")


def _zip(text: str) -> str | None:
    """"Khóa kéo áo khoác của tôi bị hỏng rồi." as "The zip on my jacket is broken.", "Khóa cặp bị kẹt." as "The zip
    on the bag is stuck.", "Khóa kéo có bị kẹt không?" as "Is the zip stuck?", "Áo khoác của tôi bị hỏng khóa." as
    "The zip on my jacket is broken." (_ZIP, _ZIP_OF); None for anything else, "khóa" of a thing not of _SURE, and
    ours or theirs on clothes or of no thing (_WORN)."""
    m = _ZIP.fullmatch(text) or _ZIP_OF.fullmatch(text)
    if not m:
        return None
    groups = m.groupdict()
    of = "bi" not in groups  # (_ZIP_OF: "bị" is said)
    thing, bare = keyed(m["thing"] or ""), keyed(m["zip"]) in ("khóa", "khoá", "dây kéo")  # (a pull cord?)
    asked = bool(groups.get("asked")) and bool(groups.get("ask"))
    if (bare or of) and thing not in _SURE or asked != ("?" in m["end"]) or not asked and (
            groups.get("asked") or groups.get("ask")) or (groups.get("not") or asked) and (
            m["again"] or m["done"] or not groups.get("bi")) or not of and not (m["bi"] or m["done"]):
        return None
    whose = _whose(m)
    # (ours or theirs: clothes are one each, and a zip of no thing said shared or one each?)
    if whose is None or whose in _SEVERAL and (not thing or _ZIPPED[thing] in _WORN):
        return None
    zip_ = f"the zip on {whose or 'the'} {_ZIPPED[thing]}" if thing else f"{whose or 'the'} zip"
    state = _STATES[keyed(m["state"])] + " again" * bool(m["again"])
    if asked:
        return f"Is {zip_} {state}?"
    be = "isn't" if groups.get("not") else "is"
    return capitalised(f"{zip_} {be} {state}{m['end'] or '.'}")


def _fly(text: str) -> str | None:
    """"Khóa quần của bạn đang mở kìa." as "Your fly is down.", "Khóa quần tôi có đang mở không?" as "Is my fly
    down?", "Khóa quần của họ đang mở." as "Their flies are down." (_FLY); None for anything else, and a pet's."""
    m = _FLY.fullmatch(text)
    asked = bool(m and m["ask"] and m["asked"])
    if not m or asked != ("?" in m["end"]) or not asked and (m["ask"] or m["asked"]) or asked and m["kia"]:
        return None
    whose = _whose(m)
    if not whose or pet(m["someone"], "vi"):  # (a pet wears no trousers)
        return None
    if asked:
        return f"Are {whose} flies down?" if whose in _SEVERAL else f"Is {whose} fly down?"
    return _down(whose, m["end"])


def _down(whose: str, end: str) -> str:
    """"Your fly is down." for whose "your" and the sentence's end; "Their flies are down." of ours or theirs
    (_SEVERAL: one each)."""
    flies = "flies are" if whose in _SEVERAL else "fly is"
    return capitalised(f"{whose} {flies} down{end or '.'}")


def _you(m: re.Match) -> bool:
    """Whether who of a match of WHO is said to "you" ("Bạn", "Anh", "Chị", "Em" …)."""
    return bool(m["who"]) and PRONOUNS.get(keyed(m["who"])) == "you"


def _forgot(text: str) -> str | None:
    """"Tôi quên kéo khóa quần." as "I forgot to do up my fly.", "Anh quên kéo khóa quần kìa." as "Your fly is
    down.", "Mẹ tôi quên cài cúc áo." as "My mother forgot to do up her buttons.", "Chúng tôi quên kéo khóa áo." as
    "We forgot to zip up our jackets." (_FORGOT); None for anything else, for an animal, for "em" pointing with
    "ạ", and for whose English cannot tell ("Lan", "bạn tôi")."""
    m = _FORGOT.fullmatch(text)
    if not m or "?" in m["end"] or animal(m):
        return None
    what = keyed(m["what"] or "")
    if m["kia"]:  # (pointed out: "kìa" is said to someone, of a fly down)
        if not m["zip"] or what != "quần" or em_speaking(m):  # ("Em … kìa ạ": "em" is the speaker, with "ạ")
            return None
        if _you(m):
            return _down("your", m["end"])
        said = who(m, False)
        if not said or said[0] in ("I", "we"):  # ("Tôi quên … kìa": said of oneself, not pointed out)
            return None
        return _down(EN_WHOSE.get(said[0]) or f"{said[0]}'s", m["end"])
    said = who(m, False)
    own = said and whose_own(m, said[0])
    if not own:
        return None
    if m["buttons"]:
        done = {"": "do up {} buttons", "áo": "do up {} buttons", "áo khoác": "button up {} jacket"}.get(what)
    else:
        done = {"": "do up {} zip", "quần": "do up {} fly", "áo": "zip up {} jacket",
                "áo khoác": "zip up {} jacket"}[what]
    if done and said[0] in ("we", "they"):  # (one each: "We forgot to zip up our jackets.")
        head, last = done.rsplit(" ", 1)
        done = f"{head} {_EACH.get(last, last)}"
    return done and capitalised(f"{said[0]} forgot to {done.format(own)}{m['end'] or '.'}")


def _off(text: str) -> str | None:
    """"Tôi bị đứt cúc áo." and "Cúc áo của tôi bị đứt." as "A button has come off my shirt.", "Áo tôi bị bung
    cúc." as "A button has popped on my shirt." (_OFF, _BUTTON, _POPPED); None for anything else, asked, and of
    ours or theirs."""
    m = _OFF.fullmatch(text) or _BUTTON.fullmatch(text) or _POPPED.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    if "who" in m.re.groupindex:  # (_OFF: who lost it)
        said = None if animal(m) else who(m, False)
        whose = said and (EN_WHOSE.get(said[0]) or f"{said[0]}'s")
        how = m["how"]
    else:
        whose, how = _whose(m), m["how"]
    if not whose or whose in _SEVERAL:  # ("our shirt": one each, or several buttons?)
        return None
    thing = _BUTTONED[keyed(m["what"])]
    done = ("just " if m.groupdict().get("just") else "") + ("come off" if keyed(how) == "đứt" else "popped on")
    return f"A button has {done} {whose} {thing}{m['end'] or '.'}"


def _do_up(text: str) -> str | None:
    """"Kéo khóa áo vào đi, lạnh đấy." as "Zip up your jacket, it's cold.", "Cài cúc áo vào đi." as "Do up your
    buttons." (_DO_UP); None for anything else."""
    m = _DO_UP.fullmatch(text)
    if not m:
        return None
    if m["zip"]:
        what = keyed(m["what"] or "")
        done = {"": "Do up your zip", "áo": "Zip up your jacket", "áo khoác": "Zip up your jacket",
                "quần": "Do up your fly"}[what]
    else:
        done = "Button up your jacket" if keyed(m["what2"] or "") == "áo khoác" else "Do up your buttons"
    cold = ", it's cold" if m["cold"] else ""
    return f"{done}{cold}{m['end'] or '.'}"


def _whose_vi(m: re.Match) -> str | None:
    """Whose, in Vietnamese, of a match with groups "owner" and "someone" (English): "tôi" for "my", "mẹ tôi" for
    "my mother's"; "" where neither is said; None where someone is not read."""
    if m["owner"]:
        return WHOSE_VI[m["owner"].lower()]
    return someone(m["someone"], "en") if m["someone"] else ""


def _zip_vi(text: str) -> str | None:
    """"The zip on my jacket is broken." as "Khóa kéo áo khoác của tôi bị hỏng rồi.", "The zip on the bag is stuck."
    as "Khóa kéo túi bị kẹt.", "Is the zip on your bag stuck?" as "Khóa kéo túi của bạn có bị kẹt không?", "My zip
    isn't broken." as "Khóa kéo của tôi không bị hỏng." (_ZIP_EN); None for anything else."""
    m = _ZIP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    be = " ".join((m["be"] or "").lower().split())
    not_ = "not" in be or "n't" in be
    if (m["q"] or not_) and m["again"]:
        return None
    if m["thing"]:
        whose = _whose_vi(m)
        thing = f" {_ZIPPED_VI[m['thing'].lower()]}"
    else:
        owner = (m["zowner"] or "").lower()
        whose = someone(m["zsomeone"], "en") if m["zsomeone"] else "" if owner == "the" else WHOSE_VI[owner]
        thing = ""
    if whose is None:
        return None
    zip_ = f"Khóa kéo{thing}{' của ' + whose if whose else ''}"
    state = _STATES_VI[m["state"]]
    if m["q"]:
        return f"{zip_} có bị {state} không?"
    if not_:
        return f"{zip_} không bị {state}{m['end'] or '.'}"
    done = " rồi" if state == "hỏng" or m["again"] else ""
    return f"{zip_} {'lại ' * bool(m['again'])}bị {state}{done}{m['end'] or '.'}"


def _fly_vi(text: str) -> str | None:
    """"Your fly is down." as "Bạn quên kéo khóa quần kìa.", "His fly is open." as "Khóa quần của anh ấy đang mở.",
    "Is my fly down?" as "Khóa quần của tôi có đang mở không?" (_FLY_EN); None for anything else, and where the verb
    does not agree ("Your flies is down.")."""
    m = _FLY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]):
        return None
    be = (m["q"] or m["be"]).strip().lower()
    if (be in ("is", "'s")) != (m["fly"] == "fly"):
        return None
    whose = _whose_vi(m)
    if not whose:
        return None
    if m["q"]:
        return f"Khóa quần của {whose} có đang mở không?"
    if whose == "bạn":
        return f"Bạn quên kéo khóa quần kìa{m['end'] or '.'}"
    return f"Khóa quần của {whose} đang mở{m['end'] or '.'}"


def _forgot_vi(text: str) -> str | None:
    """"I forgot to do up my fly." as "Tôi quên kéo khóa quần.", "She forgot to button up her shirt." as "Cô ấy quên
    cài cúc áo." (_FORGOT_EN); None for anything else, and where whose is not who's own ("I … your fly")."""
    m = _FORGOT_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, _ = who_vi(m)
    own = m["own"].lower()
    mine = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    if own != mine and not (mine is None and own in ("his", "her")):
        return None
    what = {"flies": "fly", "coat": "jacket"}.get(m["what"], m["what"])
    done = _UP_VI.get((" ".join(m["verb"].lower().split()), what))
    return done and capitalised(f"{who_} quên {done}{m['end'] or '.'}")


def _popped_vi(text: str) -> str | None:
    """"A button has popped on my shirt." as "Áo của tôi bị bung cúc." (_POPPED_EN); None for anything else."""
    m = _POPPED_EN.fullmatch(text)
    whose = m and _whose_vi(m)
    return whose and f"{_BUTTONED_VI[m['what']].capitalize()} của {whose} bị bung cúc{m['end'] or '.'}"


def _do_up_vi(text: str) -> str | None:
    """"Zip up your jacket, it's cold." as "Kéo khóa áo khoác vào đi, lạnh đấy.", "Do up your buttons." as "Cài cúc
    áo vào đi." (_DO_UP_EN); None for anything else, and "Do up your jacket" (a zip, or buttons?)."""
    m = _DO_UP_EN.fullmatch(text)
    if not m:
        return None
    what = {"flies": "fly", "coat": "jacket"}.get(m["what"], m["what"])
    done = _UP_VI.get((" ".join(m["verb"].lower().split()), what))
    if done is None:
        return None
    way = " lên" if done in ("kéo khóa quần", "kéo khóa") else " vào"
    return f"{done.capitalize()}{way} đi{', lạnh đấy' if m['cold'] else ''}{m['end'] or '.'}"
