"""The sound of the TV, the music, the radio, a speaker or a phone, both ways, written whole by rule: turning it up or
down, a phone put on silent or vibrate or muted, and the sound too quiet to hear. v8 (the rules on) reads "vặn" as
twist, "để" as let, "tắt tiếng" as switching off and "volume" as mass: "Vặn to lên một chút." → "Spend a little
bit.", "Vặn nhỏ tiếng xuống." → "The small voice went down.", "Bạn vặn to lên được không?" → "Can you twist up?",
"Tăng âm lượng lên." → "Increase the volume up.", "Điện thoại của tôi để chế độ rung." → "My phone to vibrate.",
"Tôi để điện thoại chế độ im lặng rồi." → "I'm silent mode phone.", "Tôi tắt tiếng điện thoại rồi." → "I turn off
the phone.", "Tắt tiếng ti vi đi." → "Disable TV.", "Âm lượng nhỏ quá." → "Small volume is too small."; "Can you turn
the volume up?" → "Bạn có thể bật khối lượng lên được không?", "Turn it up a bit." → "Hãy rẽ lên một chút.", "My
phone is on silent." → "Điện thoại của tôi đang im lặng.", "I've muted my phone." → "Tôi đã đột biến điện thoại của
tôi.", "She put her phone on vibrate." → "Cô ấy đặt điện thoại cho cô ấy biết.", "Mute the TV." → "Tắt tivi.", "The
volume is too low." → "Khối lượng quá thấp.".

Taken: it, the volume, the sound or a thing of SOUNDS turned up or down ("vặn to … lên", "vặn nhỏ … xuống", "tăng",
"giảm âm lượng"), a bit or not; a phone put on silent or vibrate ("để điện thoại ở chế độ im lặng"); it, a phone or a
thing of SOUNDS muted ("tắt tiếng"). Each told ("Làm ơn …", "… đi"), asked of "bạn" ("Bạn … được không?", "Bạn có thể …
không?"), leave asked ("Tôi … được không?", "… nhé?"), offered ("Để tôi …"), or done by who (mt.hobbies.WHO, WHO_EN:
"đã", "vừa", "rồi", "sẽ"). Whose phone on silent or vibrate, said or asked; the volume, the sound or a thing too quiet
(or loud), with who can't hear it or not. The TV or the music turned up or down ("Vặn to nhạc lên.", "Bạn vặn nhỏ nhạc
xuống được không?") and too loud ("Nhạc to quá.", "Tiếng ti vi to quá.") are taken too, where mt/switches.py,
mt/neighbours.py and mt/tv.py, tried before, leave them. Left: speaking louder (mt/repeats.py), a plain "Tôi để điện
thoại chế độ im lặng." (a habit, or done), "anh", "chị", "em" alone (the speaker, or "you"), "Nhỏ quá." alone (too
small?), "It's too quiet." alone (a place?), "Ti vi nhỏ quá." (a small TV?), "Điện thoại đang rung." (ringing), a phone
said to have a mode, without "để" or "ở" ("Điện thoại của tôi có chế độ im lặng không?"), a phone on silent in the past
("My phone was on silent."), the phone's volume turned up, and "I can't hear it." alone. mt.phrasebook.translate tries
these after mt/handwriting.py.

    >>> translate("Vặn to lên một chút.", "vi", "en"), translate("Can you turn the volume up?", "en", "vi")
    ('Turn it up a bit.', 'Bạn có thể tăng âm lượng lên không?')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, WHO, WHO_EN, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed, stop

# what has a sound turned up, down or off (the first Vietnamese of each is written back)
SOUNDS = {"ti vi": "TV", "tivi": "TV", "ti-vi": "TV", "tv": "TV", "nhạc": "music", "đài": "radio", "radio": "radio",
          "loa": "speaker"}
SOUNDS_VI = {en.lower(): vi for vi, en in reversed(SOUNDS.items())} | {"television": "ti vi", "speakers": "loa"}
_MUTED = SOUNDS | {"điện thoại": "phone", "điện thoại di động": "phone"}  # what is muted ("tắt tiếng")
_MODES = {"im lặng": "silent", "rung": "vibrate"}
_MODES_VI = {en: vi for vi, en in _MODES.items()}
_HOW = {"to": "up", "lớn": "up", "nhỏ": "down", "bé": "down"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:vặn|âm\s+lượng|chế\s+độ|để\s+(?:rung|im\s+lặng)|tắt\s+tiếng|(?:nhỏ|to)\s+quá|"
                   r"(?:bật|chỉnh)\s+(?:to|nhỏ))"),
         "en": lazy(r"(?i:turn|volume|silent|vibrate|mute|quiet|too\s+(?:low|high|loud))")}

# turned up or down ("vặn to lên", "vặn nhỏ tiếng ti vi xuống", "vặn nhạc to lên", "tăng âm lượng lên một chút")
_TURN = (rf"(?P<verb>vặn|bật|chỉnh|tăng|giảm)(?:\s+(?P<how>{alternatives(_HOW)}))?(?:\s+(?P<vol>âm\s+lượng|tiếng))?"
         rf"(?:\s+(?:của\s+)?(?P<thing>{alternatives(SOUNDS)}))?(?:\s+(?P<how2>{alternatives(_HOW)}))?"
         r"(?:\s+(?P<dir>lên|xuống|lại))?(?P<bit>\s+(?:một\s+)?(?:chút|tí|xíu))?")
# a phone put on silent or vibrate, or a thing muted ("để điện thoại ở chế độ im lặng", "tắt tiếng ti vi")
_PUT = (r"(?P<put>để|chuyển|cài)\s+(?P<phone>điện\s+thoại)(?:\s+(?:sang|về|ở|vào))?\s+chế\s+độ\s+"
        rf"(?P<mode>{alternatives(_MODES)})|(?P<mute>tắt\s+tiếng)(?:\s+(?P<muted>{alternatives(_MUTED)}))?")
# ... told, asked, offered or done ("Làm ơn …", "Bạn … được không?", "Tôi … nhé?", "Để tôi …", "Tôi … rồi.")
_DONE = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|vui\s+lòng))\s+|(?i:hãy)\s+|(?P<let>(?i:để\s+tôi))\s+|{WHO}\s+"
             rf"(?:(?P<can>có\s+thể)\s+|(?P<tense>đã|vừa|sẽ)\s+)?)?(?i:{_TURN}|{_PUT})(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<can2>được))?(?:\s+(?P<asked>không)|\s+(?P<tail>đi|nhé|nha))?{SOFTENED_END}")
# whose phone on silent or vibrate ("Điện thoại của tôi để chế độ rung.", "Điện thoại bạn có để im lặng không?")
_ON = lazy(rf"(?i:điện\s+thoại)(?:\s+di\s+động)?(?:\s+(?:của\s+)?{OWNER})?\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+)?"
           r"(?:(?P<still>vẫn)\s+)?(?:đang\s+)?(?:(?P<put>để)\s+)?(?:(?P<at>ở)\s+)?(?:(?P<word>chế\s+độ)\s+)?"
           rf"(?P<mode>{alternatives(_MODES)}){ASKED_END}")
# too quiet (or loud), and who can't hear it ("Âm lượng nhỏ quá.", "Nhỏ quá, tôi không nghe thấy.")
_QUIET = lazy(rf"(?:(?P<vol>(?i:âm\s+lượng|tiếng))(?:\s+(?:của\s+)?(?P<thing>{alternatives(SOUNDS)}))?\s+|"
              r"(?P<music>(?i:nhạc))\s+)?(?P<how>(?i:nhỏ|to))\s+quá(?:\s*,\s*"
              rf"{WHO}\s+không\s+nghe\s+(?P<hear>thấy|được|rõ)(?P<any>\s+gì(?:\s+cả)?)?)?{SOFTENED_END}")

# ... and in English ("turn it up a bit", "turn down the volume", "put your phone on silent", "mute the TV")
_SOUND_EN = rf"(?:the\s+(?:volume|sound)|(?:the|your)\s+(?:{alternatives(SOUNDS_VI)}))"
_ACT_EN = (rf"turn\s+(?:(?P<dir>up|down)\s+(?P<obj>{_SOUND_EN})|(?P<obj2>it|{_SOUND_EN})\s+(?P<dir2>up|down))"
           r"(?P<bit>\s+a\s+(?:little\s+)?bit|\s+a\s+little)?|(?:(?P<put>put|set|switch(?:ed)?|turn(?:ed)?)|"
           rf"(?P<mute>mute[sd]?))\s+(?:(?P<owner>{WHOSE_WORDS}|the)\s+(?P<phone>phones?)|(?P<it>it)|the\s+"
           rf"(?P<muted>{alternatives(set(SOUNDS.values()))}|television))(?:\s+(?:on|to)\s+(?P<mode>silent|vibrate))?")
_TOLD_EN = lazy(r"(?:(?P<can>Can|Could|Would|Will)\s+(?P<you>you|I)\s+(?:please\s+)?|(?P<shall>Shall)\s+I\s+|"
                rf"(?P<let>Let)\s+me\s+|(?P<please>Please)\s+)?(?i:{_ACT_EN})(?:,?\s+(?P<please2>please))?"
                r"\s*(?P<end>[.!?]*)")
_SAID_EN = lazy(rf"{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has|['’]ll|\s+will)?(?P<just>\s+just)?\s+(?i:{_ACT_EN})"
                r"\s*(?P<end>[.!]*)")
# (not "was", "were": the Vietnamese of _on_vi says no tense, and read as now)
_ON_EN = lazy(rf"(?:(?P<be0>Is)\s+)?(?P<owner>(?i:{WHOSE_WORDS}|the))\s+phone(?:(?P<be>\s+is|['’]s)"
              r"(?P<not>\s+not|n['’]t)?)?(?:\s+(?P<still>still))?\s+on\s+(?P<mode>silent|vibrate)\s*(?P<end>[.!?]*)")
_QUIET_EN = lazy(rf"(?:(?P<it>It)(?:['’]s|\s+is)|The\s+(?P<what>volume|sound|(?i:{alternatives(SOUNDS_VI)}))\s+is)\s+"
                 r"(?:too|so)\s+(?P<how>quiet|low|loud|high)(?:\s*,\s*(?P<hear>I|we)\s+(?:can['’]t|cannot)\s+hear"
                 r"\s+(?P<obj>it|anything))?\s*(?P<end>[.!]*)")
_PAST = {"turn": "turned", "put": "put", "mute": "muted"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that turns the sound up or down, puts a phone on silent or mutes a thing, says
    whether a phone is on silent, or that the sound is too quiet; None for any other."""
    if src == "vi":
        return _done(text) or _on(text) or _quiet(text)
    return _told_vi(text) or _said_vi(text) or _on_vi(text) or _quiet_vi(text)


def _turned(m: re.Match) -> str | None:
    """What is turned up or down of a match of _TURN, in English: "it up a bit", "the volume down", "the TV up";
    None where the words do not agree ("vặn to xuống") or say no way ("bật đài lên": turned on)."""
    verb, how = keyed(m["verb"]), m["how"] or m["how2"]
    ways = {_HOW[keyed(how)]} if how else set()
    if verb in ("tăng", "giảm"):
        if how or keyed(m["vol"] or "") != "âm lượng":
            return None
        ways.add("up" if verb == "tăng" else "down")
    elif not how or m["how"] and m["how2"]:
        return None
    if m["dir"]:
        ways.add("up" if keyed(m["dir"]) == "lên" else "down")
    thing = f"the {SOUNDS[keyed(m['thing'])]}" if m["thing"] else "the volume" if "âm" in (m["vol"] or "") else "it"
    return f"{thing} {ways.pop()}{' a bit' * bool(m['bit'])}" if len(ways) == 1 else None


def _act(m: re.Match, whose: str | None) -> tuple[str, str] | None:
    """The English verb and what follows it of a match of _DONE, a phone being `whose`: ("turn", "it up"), ("put",
    "my phone on silent"), ("mute", "the TV"); None for a phone of no one known, and for what _turned leaves."""
    if m["mute"] or m["put"]:
        thing = _MUTED[keyed(m["muted"])] if m["muted"] else "phone" if m["put"] else ""
        if thing == "phone" and not whose:
            return None
        phone = f"{whose} phone{'s' * (whose in ('our', 'their'))}"  # ("we've muted our phones")
        said = phone if thing == "phone" else f"the {thing}" if thing else "it"
        return ("put", f"{said} on {_MODES[keyed(m['mode'])]}") if m["put"] else ("mute", said)
    return ("turn", turned) if (turned := _turned(m)) else None


def _done(text: str) -> str | None:
    """"Vặn to lên một chút." as "Turn it up a bit.", "Bạn vặn nhỏ xuống được không?" as "Could you turn it down?",
    "Tôi tắt tiếng điện thoại rồi." as "I've muted my phone." (_DONE); None for anything else, a plain verb said (a
    habit, or done?), and "anh", "chị" … alone."""
    m = _DONE.fullmatch(text)
    if not m:
        return None
    asked, subject = "?" in m["end"], m["who"] or m["kin"] or m["title"] or m["given"]
    if bool(m["asked"] or m["tail"] in ("nhé", "nha") and subject) != asked or m["done"] and (asked or m["tail"]):
        return None
    if not subject:
        if m["asked"] or m["can"] or m["can2"] or m["tense"] or m["done"] or (
                m["let"] and m["tail"] not in (None, "nhé")):
            return None
        act = _act(m, "my" if m["let"] else "your")
        return act and capitalised(f"{'Let me ' if m['let'] else 'Please ' if m['please'] else ''}{' '.join(act)}"
                                   f"{stop(m['end'])}")
    said, person = who(m, asked), keyed(m["who"] or "")
    if said is None:
        return None
    if asked:  # ("Bạn … được không?": can you; "Tôi … được không?", "Tôi … nhé?": may I)
        can = bool((m["can"] or m["can2"]) and m["asked"])
        if m["tense"] or person not in ("bạn", "tôi", "mình") or not can and (person == "bạn" or m["can"]):
            return None
        act = _act(m, EN_WHOSE[said[0]])
        ask = "Shall" if m["tail"] else "Could" if m["can2"] and not m["can"] and person == "bạn" else "Can"
        return act and f"{ask} {said[0]} {' '.join(act)}?"
    if m["tail"] == "đi" and person == "bạn" and not (m["can"] or m["can2"] or m["tense"] or m["done"]):
        act = _act(m, "your")
        return act and capitalised(f"{' '.join(act)}.")
    return _did(m, said) if not (m["can"] or m["can2"] or m["tail"]) and (m["tense"] or m["done"]) else None


def _did(m: re.Match, said: tuple[str, bool]) -> str | None:
    """What who did, has done, has just done or will do of a match of _DONE, in English: "I've muted my phone.",
    "My mother put her phone on vibrate.", "He'll turn it down."; None for "sẽ … rồi", and whose phone unknown."""
    who_, one = said
    whose = whose_own(m, who_)
    tense, act = keyed(m["tense"] or ""), _act(m, whose)
    if act is None or tense == "sẽ" and m["done"]:
        return None
    verb, rest = act
    if tense == "sẽ":
        return capitalised(contracted(who_, f"will {verb} {rest}."))
    if tense == "vừa" or m["done"]:
        just = "just " if tense == "vừa" else ""
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {just}{_PAST[verb]} {rest}."))
    return capitalised(f"{who_} {_PAST[verb]} {rest}.")


def _whose(m: re.Match) -> str:
    """Whose phone of a match of _ON, in English: "my phone", "my mother's phone", "Lan's phone", "the phone"."""
    if m["owner"]:
        return f"{OWNERS[keyed(m['owner'])]} phone"
    return f"{someone(m['someone'], 'vi')}'s phone" if m["someone"] else "the phone"


def _on(text: str) -> str | None:
    """"Điện thoại của tôi để chế độ im lặng." as "My phone is on silent.", "Điện thoại của bạn có để chế độ rung
    không?" as "Is your phone on vibrate?" (_ON); None for anything else, "Điện thoại đang rung." (ringing), and
    without "để" or "ở" ("Điện thoại của tôi có chế độ im lặng không?" asks whether it has one)."""
    m = _ON.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or not (m["put"] or m["at"]) or (
            m["someone"] and not someone(m["someone"], "vi")):
        return None
    phone, mode = _whose(m), _MODES[keyed(m["mode"])]
    still = "still " if m["still"] else ""
    if asked:
        return f"Is {phone} {still}on {mode}?"
    be = "isn't" if m["not"] else "is"
    return capitalised(f"{phone} {be} {still}on {mode}.")


def _quiet(text: str) -> str | None:
    """"Âm lượng nhỏ quá." as "The volume is too low.", "Tiếng ti vi nhỏ quá." as "The TV is too quiet.", "Nhỏ quá,
    tôi không nghe thấy." as "It's too quiet, I can't hear it." (_QUIET); None for anything else, "Nhỏ quá." alone
    (too small?), and too loud but not heard."""
    m = _QUIET.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    quiet, vol = keyed(m["how"]) == "nhỏ", keyed(m["vol"] or "")
    if m["hear"] and not quiet or not (vol or m["music"] or m["hear"]):
        return None
    thing = SOUNDS[keyed(m["thing"])] if m["thing"] else "music" if m["music"] else None
    if vol == "âm lượng":
        said = f"The {thing + ' ' if thing else ''}volume is too {'low' if quiet else 'high'}"
    else:
        subject = f"The {thing} is" if thing else "It's"
        said = f"{subject} too {'quiet' if quiet else 'loud'}"
    if not m["hear"]:
        return f"{said}{stop(m['end'])}"
    hearer = who(m, False)
    what = "anything" if m["any"] else "it clearly" if keyed(m["hear"]) == "rõ" else "it"
    return hearer and f"{said}, {hearer[0]} can't hear {what}{stop(m['end'])}"


def _act_vi(m: re.Match, moved: bool = False) -> str | None:
    """What is done of a match of _ACT_EN, in Vietnamese: "vặn to lên một chút", "tăng âm lượng lên", "để điện thoại
    ở chế độ im lặng" ("chuyển điện thoại sang chế độ im lặng" where `moved`), "tắt tiếng ti vi"; None for a verb that
    is not the plain one ("turned it up")."""
    if m["obj"] or m["obj2"]:
        up, obj = (m["dir"] or m["dir2"]).lower() == "up", keyed(m["obj"] or m["obj2"]).split()[-1]
        bit = " một chút" if m["bit"] else ""
        if obj == "volume":
            return f"{'tăng' if up else 'giảm'} âm lượng {'lên' if up else 'xuống'}{bit}"
        thing = {"it": "", "sound": " tiếng"}.get(obj, f" {SOUNDS_VI.get(obj)}")
        return f"vặn {'to' if up else 'nhỏ'}{thing} {'lên' if up else 'xuống'}{bit}"
    if m["put"] and not (m["phone"] and m["mode"]) or m["mute"] and m["mode"]:
        return None
    muted = keyed(m["muted"] or "")
    thing = " điện thoại" if m["phone"] else f" {SOUNDS_VI[muted]}" if muted else ""
    put = "chuyển điện thoại sang" if moved else "để điện thoại ở"
    return f"tắt tiếng{thing}" if m["mute"] else f"{put} chế độ {_MODES_VI[m['mode'].lower()]}"


def _verb(m: re.Match) -> str:
    """The verb of a match of _ACT_EN as typed, small: "turn", "put", "muted", "switched"."""
    return (m["put"] or m["mute"] or "turn").lower()


def _told_vi(text: str) -> str | None:
    """"Turn it up a bit." as "Vặn to lên một chút đi.", "Can you turn the volume up?" as "Bạn có thể tăng âm lượng
    lên không?", "Shall I turn it down?" as "Tôi vặn nhỏ xuống nhé?", "Please put your phone on silent." as "Làm ơn
    để điện thoại ở chế độ im lặng.", "Let me put my phone on vibrate." as "Để tôi chuyển điện thoại sang chế độ
    rung." (_TOLD_EN); None for anything else, and a phone not of whom it is asked."""
    m = _TOLD_EN.fullmatch(text)
    if not m or bool(m["can"] or m["shall"]) != ("?" in m["end"]) or _verb(m).endswith(("s", "d")):
        return None
    me = bool(m["shall"] or m["let"] or m["you"] == "I")
    if m["phone"] == "phones":
        return None
    if m["can"] in ("Would", "Will") and me or m["owner"] and m["owner"].lower() not in ("the", "my" if me else "your"):
        return None
    act = _act_vi(m, moved=bool(m["let"]))  # (not "Để tôi để điện thoại …")
    if act is None:
        return None
    if m["can"]:
        return f"Tôi {act} được không?" if me else f"Bạn có thể {act} không?" if m["can"] == "Can" else \
            f"Bạn {act} được không?"
    if m["shall"] or m["let"]:
        return f"Tôi {act} nhé?" if m["shall"] else f"Để tôi {act}."
    return f"Làm ơn {act}." if m["please"] or m["please2"] else capitalised(f"{act} đi.")


def _said_vi(text: str) -> str | None:
    """"I've muted my phone." as "Tôi tắt tiếng điện thoại rồi.", "She put her phone on vibrate." as "Cô ấy đã để
    điện thoại ở chế độ rung.", "I'll put my phone on silent." as "Tôi sẽ để …" (_SAID_EN); None for anything else,
    where the verb does not agree with who, a phone not theirs, and a plain "mutes" (a habit)."""
    m = _SAID_EN.fullmatch(text)
    if not m or m["obj"] or m["obj2"]:
        return None
    who_, one = who_vi(m)
    aux, verb = (m["aux"] or "").strip().lower().replace("’", "'"), _verb(m)
    has, will = aux in ("'s", "has"), aux in ("'ll", "will")
    if aux and not will and has != one or (m["owner"] and own_thing(m, who_, one) is not True):
        return None
    forms = ("put", "set", "switch", "turn", "mute") if will else ("put", "set", "switched", "turned", "muted")
    if verb not in forms or will and m["just"]:
        return None  # ("I'll muted", "I mute my phone": a habit)
    act = _act_vi(m)
    if act is None:
        return None
    if will:
        return capitalised(f"{who_} sẽ {act}.")
    if m["just"]:
        return capitalised(f"{who_} vừa {act}.")
    return capitalised(f"{who_} {act} rồi." if aux else f"{who_} đã {act}.")


def _on_vi(text: str) -> str | None:
    """"My phone is on silent." as "Điện thoại của tôi đang để chế độ im lặng.", "Is your phone on vibrate?" as
    "Điện thoại của bạn có để chế độ rung không?" (_ON_EN); None for anything else, "is" both before and after, and
    the past ("My phone was on silent.", "Was your phone on silent?": "để chế độ im lặng" alone loses the tense)."""
    m = _ON_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]) or m["be0"] and m["not"]:
        return None
    whose = m["owner"].lower()
    phone = "Điện thoại" if whose == "the" else f"Điện thoại của {WHOSE_VI[whose]}"
    mode, still = f"chế độ {_MODES_VI[m['mode']]}", " vẫn" if m["still"] else ""
    if m["be0"]:
        return f"{phone}{still} có để {mode} không?"
    now = "" if m["not"] else " đang"
    return f"{phone}{still}{' không' * bool(m['not'])}{now} để {mode}."


def _quiet_vi(text: str) -> str | None:
    """"The volume is too low." as "Âm lượng nhỏ quá.", "The TV is too quiet." as "Tiếng ti vi nhỏ quá.", "It's too
    quiet, I can't hear it." as "Nhỏ quá, tôi không nghe thấy." (_QUIET_EN); None for anything else, "It's too
    quiet." alone (a place?), and a thing too low or high (where it stands?)."""
    m = _QUIET_EN.fullmatch(text)
    if not m:
        return None
    what, how = (m["what"] or "").lower(), m["how"]
    quiet = how in ("quiet", "low")
    if m["it"] and not (m["hear"] and how == "quiet") or m["hear"] and not quiet or (
            what == "volume" and how == "quiet" or what == "sound" and how == "high" or
            what not in ("", "volume", "sound") and how in ("low", "high")):
        return None
    said = {"volume": "Âm lượng", "sound": "Tiếng", "": ""}.get(what, f"Tiếng {SOUNDS_VI.get(what)}")
    said = capitalised(f"{said} {'nhỏ' if quiet else 'to'} quá".strip())
    if not m["hear"]:
        return f"{said}{stop(m['end'])}"
    hearer = "tôi" if m["hear"] == "I" else "chúng tôi"
    return f"{said}, {hearer} không nghe thấy{' gì' * (m['obj'] == 'anything')}{stop(m['end'])}"
