"""Playing video games ("chơi game", "chơi điện tử"), both ways, written whole by rule: until late, too much, always,
every night, on a phone or a computer, on a day behind, no longer; told to stop; let play or not; which games someone
plays; a new game bought. v8 (rules on) reads "điện tử" as electronics, "khuya" as late, "học bài" as school:
"Con tôi chơi game đến tận khuya." → "My child plays games to late.", "Đừng chơi điện tử nữa, đi học bài đi!" →
"Don't play electronics, go to school!", "Bạn hay chơi game gì?" → "What often do you play a game?", "Tối qua anh ấy
chơi điện tử cả đêm." → "Last night, he played the night.", "Con tôi chơi game nhiều quá." → "My child plays too
much.", "Anh ấy lúc nào cũng chơi điện tử." → "He always plays electronics.", "Tôi không cho con chơi game." → "I
don't let your child play."; and back, "My child plays games until late at night." → "Con tôi chơi trò chơi cho đến
cuối đêm.", "Stop playing video games and go and do your homework!" → "Dừng chơi game video và đi làm bài tập ở nhà
của bạn!", "My son plays video games too much." → "Con trai tôi chơi trò chơi video quá nhiều.", "Turn off the game!"
→ "Tắt trò chơi!". (v8 is right on "Tôi vừa mua một game mới.", "Tắt game đi!", "I no longer play video games.")

Taken: who (mt.hobbies.WHO, WHO_EN; people only) playing video games (_GAMES; "game" ↔ "video games", "games" on a
phone or a tablet) until late or midnight, too much, a lot, all day long ("suốt ngày" before the verb), always
("lúc nào cũng": "is always playing"), every night, day or weekend ("Tối nào … cũng"), on a phone, a tablet or the
computer (_DEVICES; the phone whose own: mt.hobbies.whose_own), now ("đang", with a device), often, asked, denied, no
longer ("không … nữa"), or on a day behind (mt.dates near_days: "Hôm qua", "Tối qua"; all day, all night, until
late); "Đừng chơi game nữa(, đi học bài đi)!" ↔ "Stop playing video games (and go and do your homework)!", "Tắt game
đi!" ↔ "Turn off the game!"; who doesn't let whom (mt.hobbies.WHOM; "con" of a pronoun) play video games, asked; which
games who (usually, likes to) plays ("Bạn hay chơi game gì?"); who has just, has, or wants to buy or download a new
game. Left: the shapes of mt/games.py (plays video games all day, asked, denied, with whom, hooked on them),
mt/hobbies.py ("mỗi tối"), mt/doing_now.py ("đang chơi game", "đang chơi game gì?"), mt/late_nights.py ("thức khuya
chơi game"), mt/screen_time.py (phones alone); "nó" (he, she, a child?), "cả đêm" with no day (last night, or a
habit?), a child's phone ("con", "con trai", "con gái": theirs, or the parent's?), a name's phone (his or hers?),
"on the phone" (a call), "Con đừng …" (who bidden?), "Stop playing games" (a trick?), a plain "mua một game mới"
(done, or about to?), "trò chơi" alone (any game), "I" asked, "em" with "ạ" (the speaker), a pet as who, all day on
a night, "nữa" on a day behind, all night "hôm kia", a day ahead or today, and anything else.
mt.phrasebook.translate tries these after mt/phone_cases.py.

    >>> translate("Con tôi chơi game đến tận khuya.", "vi", "en"), translate("Stop playing video games!", "en", "vi")
    ('My child plays video games until late at night.', 'Đừng chơi game nữa!')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, em_speaking, often_said, own_thing, person_of, \
    whose_own
from .lazy_re import lazy
from .people import CHILD_KIN
from .rule_keys import key_checked
from .text import ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, \
    present, stop

_KEYS = {"vi": lazy(r"(?i:game|điện\s+tử)"), "en": lazy(r"(?i:game)")}
_GAMES = r"(?i:game(?:\s+điện\s+tử)?|điện\s+tử|trò\s+chơi\s+điện\s+tử)"
# where it is played (English, the first Vietnamese of each written back; a phone or a tablet is whose own)
_DEVICES = {"điện thoại": "phone", "điện thoại di động": "phone", "máy tính": "computer", "máy vi tính": "computer",
            "máy tính bảng": "tablet"}
_DEVICES_VI = {en: vi for vi, en in reversed(_DEVICES.items())} | {"mobile": "điện thoại", "laptop": "máy tính",
                                                                   "ipad": "máy tính bảng"}
# how long or how much (English alone, and after a day behind); "cả ngày", "suốt ngày" alone are mt/games.py's
_SPANS = {"đến khuya": ("until late at night", "until late"), "đến tận khuya": ("until late at night", "until late"),
          "tới khuya": ("until late at night", "until late"), "đến nửa đêm": ("until midnight",) * 2,
          "đến tận nửa đêm": ("until midnight",) * 2, "quá nhiều": ("too much",) * 2, "nhiều quá": ("too much",) * 2,
          "nhiều": ("a lot",) * 2, "cả ngày": ("all day",) * 2, "suốt ngày": ("all day long",) * 2,
          "cả đêm": ("all night",) * 2}
_SPANS_VI = {"until late at night": "đến tận khuya", "until late": "đến khuya", "until midnight": "đến tận nửa đêm",
             "too much": "quá nhiều", "a lot": "nhiều", "all day": "cả ngày", "all day long": "suốt ngày",
             "all night": "cả đêm"}
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "hôm kia", "cuối tuần trước")
_DAYS_VI = {"yesterday": "hôm qua", "last night": "tối qua", "last weekend": "cuối tuần trước"}
# a night, said or every one, that "all day" contradicts ("Tối qua tôi chơi game cả ngày.": all day last night?)
_NIGHTS = {"tối qua", "tối hôm qua", "đêm qua", "tối", "đêm", "last night", "every night", "every evening"}
_ALL_DAY = {"cả ngày", "suốt ngày", "all day", "all day long"}
_EVERY = {"tối": "every night", "đêm": "every night", "ngày": "every day", "cuối tuần": "every weekend"}
_EVERY_VI = {"every night": "tối", "every evening": "tối", "every day": "ngày", "every weekend": "cuối tuần"}
_GO = {"đi học bài": "go and do your homework", "đi làm bài tập": "go and do your homework", "đi ngủ": "go to bed"}
_GO_VI = {"go and do your homework": "đi học bài", "go to bed": "đi ngủ", "do your homework": "đi học bài"}

_DEVICE = rf"(?:\s+trên\s+(?P<dev>(?i:{alternatives(_DEVICES)})))?"
# who plays ("Con tôi chơi game đến tận khuya.", "Tối qua anh ấy chơi điện tử cả đêm.", "Tối nào con tôi cũng chơi
# game.", "Bạn có chơi game trên điện thoại không?", "Tôi không chơi game nữa.")
_PLAY = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+|(?P<every>(?i:{alternatives(_EVERY)}))\s+nào\s+)?{WHO}"
             r"\s+(?:(?P<also>cũng)\s+)?(?:(?P<ask>có)\s+(?:(?P<often>hay|thường)\s+)?|(?P<pre>hay|thường(?:\s+xuyên)?|"
             r"suốt\s+ngày|lúc\s+nào\s+cũng|đang|đã|không(?:\s+còn)?)\s+)?"
             rf"chơi\s+{_GAMES}{_DEVICE}(?:\s+(?P<span>(?i:{alternatives(_SPANS)})))?(?:\s+(?P<more>nữa))?{ASKED_END}")
# told to stop ("Đừng chơi điện tử nữa, đi học bài đi!"), the game turned off ("Tắt game đi!")
_STOP = lazy(rf"(?i:đừng)\s+chơi\s+{_GAMES}\s+nữa(?:\s*,\s*(?P<go>{alternatives(_GO)})\s+đi)?\s*(?P<end>[.!]*)|"
             r"(?P<off>[Tt]ắt)\s+game\s+đi\s*(?P<end2>[.!]*)")
# let play, or not ("Tôi không cho con chơi game.", "Bạn có cho con chơi game không?")
_LET = lazy(rf"{WHO}\s+(?:(?P<not>không)|(?P<ask>có))\s+cho\s+(?:{WHOM}|(?P<child>con))\s+chơi\s+{_GAMES}"
            rf"(?:\s+(?P<more>nữa))?{ASKED_END}")
# which games ("Bạn hay chơi game gì?", "Con bạn thích chơi game gì trên điện thoại?")
_WHICH = lazy(rf"{WHO}\s+(?:(?P<how>hay|thường|thích)\s+)?chơi\s+(?:những\s+)?(?:game|trò\s+chơi\s+điện\s+tử)\s+gì"
              rf"{_DEVICE}{SOFTENED_END}")
# a new game ("Tôi vừa mua một game mới.", "Em trai tôi muốn tải một game mới.")
_NEW = lazy(rf"{WHO}\s+(?:(?P<just>vừa\s+mới|vừa|mới)\s+|(?P<did>đã)\s+|(?P<ask>có\s+)?(?P<want>muốn)\s+)?"
            r"(?P<verb>mua|tải(?:\s+về)?)\s+(?:được\s+)?một\s+(?P<game>game|trò\s+chơi\s+điện\s+tử)\s+mới"
            rf"(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English
_GAMES_EN = r"(?P<games>(?:(?P<video>video|computer)\s+)?games|a\s+game)"
_DEVICE_EN = (r"(?:\s+on\s+(?:(?P<the>the)|(?P<owner>my|your|his|her|our|their))\s+"
              rf"(?P<dev>(?i:{alternatives(_DEVICES_VI)})))?")
_PLAY_EN = lazy(rf"(?:(?P<do>Do|Does|Did)\s+)?{WHO_EN}(?:{BE_EN}\s+(?P<always>always\s+)?(?P<ing>playing)|"
                r"(?:\s+(?P<not>don['’]t|doesn['’]t|didn['’]t|do\s+not|does\s+not|did\s+not))?(?:\s+(?P<how>often|"
                r"usually|no\s+longer))?\s+(?P<verb>play|plays|played))\s+(?P<many>too\s+many\s+)?"
                rf"{_GAMES_EN}{_DEVICE_EN}(?:\s+(?P<span>{alternatives(_SPANS_VI)}))?(?:\s+(?P<more>any\s*more))?"
                rf"(?:\s+(?P<every>{alternatives(_EVERY_VI)}))?(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
                r"\s*(?P<end>[.!?]*)")
_STOP_EN = lazy(r"(?:Stop\s+playing\s+(?:video|computer)\s+games(?:\s+and\s+(?P<go>go\s+and\s+do\s+your\s+homework|"
                r"do\s+your\s+homework|go\s+to\s+bed))?|(?P<off>Turn\s+off\s+the\s+game|Turn\s+the\s+game\s+off))"
                r"\s*(?P<end>[.!]*)")
_LET_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don['’]t|doesn['’]t|do\s+not|does\s+not|won['’]t))?"
               rf"\s+let\s+{WHOM_EN}\s+play\s+(?:video|computer)\s+games(?:\s+(?P<more>any\s*more))?\s*(?P<end>[.!?]*)")
_WHICH_EN = lazy(rf"What\s+(?:video\s+)?games?\s+(?P<do>do|does)\s+{WHO_EN}\s+(?:(?P<how>usually|often)\s+)?"
                 rf"(?P<like>like\s+to\s+|like\s+)?(?P<verb>play|playing){_DEVICE_EN}\s*\?+")
_NEW_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<have>has|have)|['’](?P<short>s|ve))?(?:\s+(?P<just>just))?"
               r"\s+(?:(?P<want>wants?)\s+to\s+(?P<base>buy|download)|(?P<verb>bought|downloaded))\s+a\s+new\s+"
               r"(?P<video>(?:video|computer)\s+)?game\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who plays video games (until late, too much, on a phone …), told to stop,
    let play, which games, or a new game; None for any other."""
    if src == "vi":
        return _play(text) or _stop(text) or _let(text) or _which(text) or _new(text)
    text = text.replace("’", "'")
    return _play_vi(text) or _stop_vi(text) or _let_vi(text) or _which_vi(text) or _new_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"); None where "có", "không?" and "?" do not go together."""
    asked = bool(m["asked"])
    return None if asked != ("?" in m["end"]) or asked != bool(m["ask"]) else asked


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one (mt.hobbies.person_of); None also for "em" saying it with
    "ạ", the speaker ("Em có chơi game không ạ?": do I?)."""
    return None if em_speaking(m) else person_of(m, asked)


def _device(m: re.Match, who_: str) -> str | None:
    """Where a match of _PLAY or _WHICH plays, in English: " on his phone", " on the computer", "" for none; None for a
    phone or a tablet whose owner English cannot tell ("Lan": his or hers?; "con tôi", "con trai tôi": theirs, or the
    parent's?)."""
    if not m["dev"]:
        return ""
    dev = _DEVICES[keyed(m["dev"])]
    if dev != "computer" and keyed(m["kin"] or "") in CHILD_KIN:
        return None
    whose = "the" if dev == "computer" else whose_own(m, who_)
    return whose and f" on {whose} {dev}"


def _play(text: str) -> str | None:
    """"Con tôi chơi game đến tận khuya." as "My child plays video games until late at night.", "Em trai tôi đang
    chơi game trên điện thoại." as "My younger brother is playing games on his phone.", "Tối qua anh ấy chơi điện tử
    cả đêm." as "He played video games all night last night." (_PLAY); None for anything else, and mt/games.py's."""
    m = _PLAY.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    pre, span, day = keyed(m["pre"] or ""), keyed(m["span"] or ""), keyed(m["day"] or "")
    if bool(m["every"]) != bool(m["also"]) or (device := _device(m, who_)) is None:
        return None
    # all day on a night; "nữa" on a day behind (English would drop it); all night "hôm kia" (the night before last)
    if {span, pre} & _ALL_DAY and (day or keyed(m["every"] or "")) in _NIGHTS or day and m["more"] or \
            span == "cả đêm" and day == "hôm kia":
        return None
    ours = device or day or m["every"] or m["more"] or pre in ("suốt ngày", "lúc nào cũng") or \
        span not in ("", "cả ngày", "suốt ngày")  # (else mt/games.py's, mt/doing_now.py's)
    if not ours or span == "cả đêm" and not day or m["more"] and not pre.startswith("không") or \
            pre == "không còn" and not m["more"] or span == "nhiều" and (pre or asked) or pre == "đã" and not day:
        return None
    if day and (pre not in ("", "đã", "không") or m["every"]) or m["every"] and (pre or asked) or \
            pre in ("đang", "lúc nào cũng") and (span or day) or pre == "suốt ngày" and span:
        return None
    games = "games" if device.endswith(("phone", "tablet")) else "video games"
    rest = f"{games}{device}{f' {_SPANS[span][bool(day)]}' if span else ''}"
    end = stop(m["end"])
    if day:
        # ("Hôm qua … cả đêm": all night last night, not yesterday)
        when = " last night" if span == "cả đêm" and day == "hôm qua" else f" {_DAYS[day]}"
        if asked:
            return None if who_ == "I" else f"Did {who_} play {rest}{when}?"
        did = "didn't play" if pre == "không" else "played"
        return capitalised(f"{who_} {did} {rest}{when}{end}")
    if pre in ("đang", "lúc nào cũng"):
        always = "always " if pre != "đang" else ""
        return capitalised(contracted(who_, f"{be(who_)} {always}playing {rest}{end}"))
    if m["every"]:
        rest += f" {_EVERY[keyed(m['every'])]}"
    if pre == "suốt ngày":
        rest += " all day long"
    if asked:
        return present(who_, one, "play", rest, asked=True,
                       adverb=f"{often_said(m['often'], bool(span))} " if m["often"] else "")
    if m["more"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t play {rest} any more{end}")
    adverb = f"{often_said(pre, bool(span))} " if pre in ("hay", "thường", "thường xuyên") else ""
    return present(who_, one, "play", rest, denied=pre == "không", end=m["end"], adverb=adverb)


def _stop(text: str) -> str | None:
    """"Đừng chơi điện tử nữa, đi học bài đi!" as "Stop playing video games and go and do your homework!", "Tắt game
    đi!" as "Turn off the game!" (_STOP); None for anything else."""
    m = _STOP.fullmatch(text)
    if not m:
        return None
    if m["off"]:
        return f"Turn off the game{stop(m['end2'])}"
    go = f" and {_GO[keyed(m['go'])]}" if m["go"] else ""
    return f"Stop playing video games{go}{stop(m['end'])}"


def _let(text: str) -> str | None:
    """"Tôi không cho con chơi game." as "I don't let my child play video games.", "Bạn có cho con chơi game không?"
    as "Do you let your child play video games?" (_LET); None for anything else, and "con" of anyone but a pronoun
    ("Bố tôi không cho con …": whose child?)."""
    m = _LET.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _person(m, asked)) is None or m["more"] and asked:
        return None
    who_, one = said
    whom = f"{EN_WHOSE[who_]} child" if m["child"] and who_ in EN_WHOSE else as_whom(m["whom"], "vi") \
        if m["whom"] else None
    if whom is None or whom.lower() == who_.lower():
        return None
    more = " any more" if m["more"] else ""
    return present(who_, one, "let", f"{whom} play video games{more}", asked, bool(m["not"]), m["end"])


def _which(text: str) -> str | None:
    """"Bạn hay chơi game gì?" as "What games do you usually play?", "Con bạn thích chơi game gì?" as "What games
    does your child like to play?" (_WHICH); None for anything else, and asked of "I"."""
    m = _WHICH.fullmatch(text)
    if not m or "?" not in m["end"] or (said := _person(m, True)) is None or (device := _device(m, said[0])) is None:
        return None
    how = {"hay": "usually ", "thường": "usually ", "thích": "like to "}.get(keyed(m["how"] or ""), "")
    return f"What games {'does' if said[1] else 'do'} {said[0]} {how}play{device}?"


def _new(text: str) -> str | None:
    """"Tôi vừa mua một game mới." as "I've just bought a new game.", "Em trai tôi đã tải một game mới." as "My
    younger brother downloaded a new game.", "Bạn có muốn mua một game mới không?" as "Do you want to buy a new game?"
    (_NEW); None for anything else, and a plain "mua" (done, or about to?)."""
    m = _NEW.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _person(m, asked)) is None:
        return None
    who_, one = said
    buy = "buy" if keyed(m["verb"]) == "mua" else "download"
    game = "video game" if "trò" in m["game"] else "game"
    if m["want"]:
        return None if m["done"] else present(who_, one, "want", f"to {buy} a new {game}", asked, end=m["end"])
    done = "bought" if buy == "buy" else "downloaded"
    if asked or not (m["just"] or m["did"] or m["done"]):
        return None
    has = "has" if one else "have"
    if m["just"] or m["done"]:
        return capitalised(contracted(who_, f"{has} {'just ' * bool(m['just'])}{done} a new {game}{stop(m['end'])}"))
    return capitalised(f"{who_} {done} a new {game}{stop(m['end'])}")


def _agrees(m: re.Match, one: bool, aux: str, verb: str) -> bool:
    """Whether English's auxiliary `aux` ("does", "don't", "" for none) and `verb` ("plays") agree with who
    (`one`: he, she, a name): "Does he play", "he doesn't play", "he plays", "I played"; not "Do he play", "he play"."""
    aux = aux.lower()
    if aux:
        return not verb.endswith(("s", "ed")) and (aux.startswith(("did", "won")) or aux.startswith("does") == one)
    return verb.endswith("ed") or verb.endswith("s") == one


def _device_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """Where a match of _PLAY_EN or _WHICH_EN plays, in Vietnamese: " trên điện thoại" for "on his phone", "" for none;
    None for a phone not who's own, and "on the phone" (a call)."""
    if not m["dev"]:
        return ""
    dev = _DEVICES_VI[keyed(m["dev"])]
    if m["the"] and dev != "máy tính" or m["owner"] and not own_thing(m, who_, one):
        return None
    return f" trên {dev}"


def _play_vi(text: str) -> str | None:
    """"My child plays games until late at night." as "Con tôi chơi game đến tận khuya.", "My younger brother is
    playing a game on his phone." as "Em trai tôi đang chơi game trên điện thoại.", "I played video games all day
    yesterday." as "Hôm qua tôi chơi game cả ngày.", "He's always playing video games." as "Anh ấy lúc nào cũng chơi
    game." (_PLAY_EN); None for anything else, mt/games.py's, and verbs that do not agree with who."""
    m = _PLAY_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and m["not"]:
        return None
    who_, one = person_of(m, bool(m["do"]), "en") or (None, False)
    span, how, day, games = keyed(m["span"] or ""), keyed(m["how"] or ""), m["day"], keyed(m["games"])
    if who_ is None or (device := _device_vi(m, who_, one)) is None:
        return None
    if m["ing"]:
        if m["do"] or not be_agrees(m, m["be"]) or span or day or m["every"] or m["many"] or m["more"] or \
                not (device or m["always"]) or games != "video games" and not device:
            return None
        return capitalised(f"{who_} {'lúc nào cũng' if m['always'] else 'đang'} chơi game{device}.")
    past = m["verb"] == "played" or keyed(m["do"] or m["not"] or "").startswith("did")
    if not _agrees(m, one, m["do"] or m["not"] or "", m["verb"]) or past != bool(day or m["verb"] == "played") or \
            games == "a game" or games == "games" and not (device or span in ("until late at night", "until late")):
        return None
    if m["many"] and (span or games != "video games") or m["more"] and not m["not"] or m["not"] and how:
        return None
    ours = device or day or m["every"] or m["more"] or m["many"] or how == "no longer" or \
        span not in ("", "all day", "all day long")  # (else mt/games.py's, mt/doing_now.py's)
    if not ours or m["every"] and (day or m["do"] or m["not"] or how) or day and how or span == "all night" and not day:
        return None
    if span in _ALL_DAY and keyed(day or m["every"] or "") in _NIGHTS:  # (all day last night?)
        return None
    if past and (span == "until late at night" or span in ("until late", "too much", "a lot") and not day):
        return None
    if not past and span == "until late" or span == "a lot" and (m["not"] or m["do"]):
        return None
    rest = f"chơi game{device}{' ' + _SPANS_VI[span] if span else ' quá nhiều' if m['many'] else ''}"
    if day:
        opening = f"{_DAYS_VI[day.lower()]} {who_}"
        return f"{capitalised(opening)} {'có ' if m['do'] else 'không ' if m['not'] else ''}{rest}" + \
            (" không?" if m["do"] else ".")
    if m["every"]:
        return f"{capitalised(_EVERY_VI[m['every'].lower()])} nào {who_} cũng {rest}."
    if m["do"]:
        return capitalised(f"{who_} có {'hay ' if how else ''}{rest} không?")
    if m["more"] or how == "no longer":
        return capitalised(f"{who_} không {'còn ' * (how == 'no longer')}{rest} nữa.")
    if past:
        return None
    pre = "không " if m["not"] else "hay " if how == "often" else "thường " if how == "usually" else ""
    return capitalised(f"{who_} {pre}{rest}.")


def _stop_vi(text: str) -> str | None:
    """"Stop playing video games and go and do your homework!" as "Đừng chơi game nữa, đi học bài đi!", "Turn off the
    game!" as "Tắt game đi!" (_STOP_EN); None for anything else."""
    m = _STOP_EN.fullmatch(text)
    if not m:
        return None
    if m["off"]:
        return f"Tắt game đi{stop(m['end'])}"
    go = f", {_GO_VI[keyed(m['go'])]} đi" if m["go"] else ""
    return f"Đừng chơi game nữa{go}{stop(m['end'])}"


def _let_vi(text: str) -> str | None:
    """"I don't let my child play video games." as "Tôi không cho con tôi chơi game.", "Do you let your son play
    video games?" as "Bạn có cho con trai bạn chơi game không?" (_LET_EN); None for anything else, a verb not agreeing
    with who, and whom of another pronoun left as it is ("me": "tôi")."""
    m = _LET_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]) or m["do"] and (m["not"] or m["more"]):
        return None
    who_, one = person_of(m, bool(m["do"]), "en") or (None, False)
    aux = (m["do"] or m["not"] or "").lower()
    if who_ is None or aux and not aux.startswith("won") and aux.startswith("does") != one or not aux:
        return None  # (a plain "I let" may be the past; left)
    whom = as_whom(m["whom"], "en")
    if whom is None or whom == who_:
        return None
    whom = "con" if whom == f"con {who_}" else whom  # ("Tôi không cho con chơi game.": one's own child)
    more = " nữa" if m["more"] else ""
    if m["do"]:
        return capitalised(f"{who_} có cho {whom} chơi game không?")
    return capitalised(f"{who_} không cho {whom} chơi game{more}.")


def _which_vi(text: str) -> str | None:
    """"What games do you usually play?" as "Bạn hay chơi game gì?", "What games does your son like to play on his
    phone?" as "Con trai bạn thích chơi game gì trên điện thoại?" (_WHICH_EN); None for anything else."""
    m = _WHICH_EN.fullmatch(text)
    said = m and person_of(m, True, "en")
    if not said or (m["do"] == "does") != said[1] or (m["verb"] == "playing") != (keyed(m["like"] or "") == "like"):
        return None
    if (device := _device_vi(m, *said)) is None:
        return None
    how = "thích " if m["like"] else "hay " if m["how"] else ""
    return capitalised(f"{said[0]} {how}chơi game gì{device}?")


def _new_vi(text: str) -> str | None:
    """"I've just bought a new video game." as "Tôi vừa mua một game mới.", "She downloaded a new game." as "Cô ấy
    đã tải một game mới.", "Do you want to buy a new video game?" as "Bạn có muốn mua một game mới không?"
    (_NEW_EN); None for anything else, a new "game" bought that may be a board game, and verbs not agreeing."""
    m = _NEW_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = person_of(m, bool(m["do"]), "en") or (None, False)
    have = {"s": "has", "ve": "have"}.get(m["short"] or "", m["have"] or "")
    if who_ is None or have and (have == "has") != one:
        return None
    buy = "mua" if (m["base"] or m["verb"]) in ("buy", "bought") else "tải"
    if buy == "mua" and not m["video"]:
        return None
    if m["want"]:
        if have or m["just"] or (m["want"] == "wants") != (one and not m["do"]) or m["do"] and \
                (m["do"] == "Does") != one:
            return None
        said = f"có muốn {buy} một game mới không?" if m["do"] else f"muốn {buy} một game mới."
        return capitalised(f"{who_} {said}")
    if m["do"] or have and not m["just"]:
        return None if m["do"] else capitalised(f"{who_} {buy} một game mới rồi.")
    return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {buy} một game mới.")
