"""Electrical faults at home, both ways, written whole by rule: the circuit breaker tripping or a fuse blowing, the
breaker switched back on (told, doing, done, asked), a faulty or sparking socket, plug or switch, and calling an
electrician, who is coming. v8 (the rules on) reads "cầu dao" as a knife, "nhảy" as jumping, "cầu chì" as a stone,
"thợ điện" as a mechanic or a hunter, and "breaker" as a divider, "tripped" as stumbled, "electrician" as a power
machine: "Cầu dao bị nhảy rồi." → "The knife was jumped.", "Cầu dao cứ bị nhảy." → "The knife was jumped.", "Tại sao
cầu dao cứ bị nhảy?" → "Why do the knife jumped?", "Bật cầu dao lên đi." → "Enable knife.", "Bố tôi đang bật lại cầu
dao." → "I'm turning on the knife.", "Ổ cắm này bị lỗi." → "This plug was failed.", "Chúng ta phải gọi thợ điện." →
"We must call the mechanic.", "Cầu chì bị đứt rồi." → "The stone was knocked out."; "The circuit breaker has
tripped." → "Bộ chia nhỏ mạch này đã vấp ngã.", "Switch the circuit breaker back on." → "Chuyển đổi bộ ngắt mạch trở
lại.", "This socket is faulty." → "Ổ cắm mạng này là lỗi.", "Have you called an electrician yet?" → "Bạn có gọi điện
cho máy điện chưa?", "The fuse has blown." → "Nguyên nhân này đã thổi phồng.".

Taken: the circuit breaker ("cầu dao", "aptomat"; "tổng": the main one; "này"; "nhà tôi": at my house) tripped ("bị
nhảy", "bị sập") or a fuse ("cầu chì") blown ("bị đứt", "cháy", "nổ"): "rồi", "đã", just ("vừa"), again ("lại"),
asked ("… rồi à?"), on a day behind (mt.dates.near_days), because of a short circuit or an overload ("vì", "do"),
keeps ("cứ … mãi") or often ("hay"), why it keeps ("Tại sao … cứ bị nhảy?"); "Nhà tôi bị nhảy cầu dao rồi."; the
breaker switched back on ("bật … lên", "bật lại", "gạt … lên"), on, or off ("tắt", "ngắt", "gạt … xuống"): told
("Bật cầu dao lên đi.", "Làm ơn …"), let me ("Để tôi …"), and who (mt.hobbies.WHO, WHO_EN) is doing it, has, has
just, will, needs to, has to, hasn't yet, asked whether they have ("… chưa?") or can; a socket, a plug or a switch
faulty ("bị lỗi", asked "có bị lỗi không?"), or that keeps sparking, is sparking now, just sparked or often sparks
("đánh lửa"); who needs to, has to, should, will, is, has or has just called an electrician ("thợ điện"), hasn't
yet, asked, can, knows one (a good one), let me; the electrician coming (on a near day ahead), on the way, here. Left:
"Cầu dao nhảy." with no "bị" or tense (a heading?), "Cầu dao có bị nhảy không?" (now, or does it?), "mới" (new, or
just?), a plain verb said ("Tôi bật cầu dao lên.", "Bạn gọi thợ điện."), "Bạn bật cầu dao lên đi.", "bị đánh lửa"
with no tense word, a short circuit and a socket shorted, burnt out or sparking ("tóe lửa"; "sparked", "is
sparking": mt/shocks.py's), a socket broken (mt/broken.py's), the power out (mt/outages.py's), lights and fans
switched (mt/switches.py's), "thợ điện" as a job (the phrasebook's: "Bố tôi là thợ điện."), "anh", "chị", "em" alone
saying it, "I" asked, a pet as who, a statement ending in "vậy", "thế" (mt.text.STRESSED_SAID), and anything else.
mt.phrasebook.translate tries these after mt/baby_feeding.py.

    >>> translate("Cầu dao bị nhảy rồi.", "vi", "en"), translate("Switch the circuit breaker back on.", "en", "vi")
    ('The circuit breaker has tripped.', 'Bật cầu dao lên đi.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, first_agrees, person_of, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cầu\s+dao|cầu\s+chì|aptomat|thợ\s+điện|thợ\s+sửa\s+điện|bị\s+lỗi|đánh\s+lửa)"),
         "en": lazy(r"(?i:breaker|trip\s+switch|\bfuse|electrician|faulty|sparking|sparks)")}
# days a trip is said on (behind, and this morning), and an electrician comes on (ahead, today)
_BEHIND = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "hôm kia", "sáng nay")
_BEHIND_VI = {en: vi for vi, en in reversed(_BEHIND.items())}
_AHEAD = near_days("hôm nay", "chiều nay", "tối nay", "ngày mai", "sáng mai", "chiều mai")
_AHEAD_VI = {en: vi for vi, en in reversed(_AHEAD.items())}
_CAUSES = {"chập điện": "a short circuit", "quá tải": "an overload"}
_CAUSES_VI = {en: vi for vi, en in _CAUSES.items()}
# the breaker's and the fuse's verbs (past, done, keeps, often), and a socket's things
_TRIPS = {"breaker": ("tripped", "tripped", "keeps tripping", "often trips"),
          "fuse": ("blew", "blown", "keeps blowing", "often blows")}
_SOCKETS = {"ổ cắm": "socket", "ổ cắm điện": "socket", "ổ điện": "socket", "phích cắm": "plug", "công tắc": "switch",
            "công tắc điện": "switch"}
_SOCKETS_VI = {"socket": "ổ cắm", "outlet": "ổ cắm", "power point": "ổ cắm", "plug": "phích cắm", "switch": "công tắc"}

# the breaker or the fuse, whose house or "này" ("cầu dao tổng", "cầu dao nhà tôi", "cầu chì này")
_THING = (r"(?P<thing>(?i:cầu\s+dao(?:\s+điện)?|aptomat|cầu\s+chì))(?:\s+(?P<main>tổng))?(?:\s+(?:của\s+)?nhà\s+"
          rf"(?P<owner>{alternatives(OWNERS)})|\s+(?P<this>này))?")
_DAY = rf"(?:(?P<day>(?i:{alternatives(_BEHIND)}))\s*,?\s+)?"
# tripped or blown ("Cầu dao bị nhảy rồi.", "Tối qua cầu chì bị đứt.", "Tại sao cầu dao cứ bị nhảy?")
_TRIP = lazy(rf"(?:(?P<why>(?i:tại\s+sao|vì\s+sao|sao))\s+)?{_DAY}{_THING}\s+(?:(?P<aux>vừa\s+mới|vừa|lại|cứ|hay|đã)"
             r"\s+)?(?P<bi>bị\s+)?(?P<verb>nhảy|sập|đứt|cháy|nổ)(?:\s+(?P<more>mãi|hoài|liên\s+tục))?"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?:vì|do)\s+(?P<cause>{alternatives(_CAUSES)}))?(?:\s+(?P<ah>à))?"
             rf"{SOFTENED_END}")
_HOME = lazy(rf"{_DAY}(?i:nhà)\s+(?:của\s+)?(?P<owner>{alternatives(OWNERS)})\s+(?:(?P<aux>vừa|lại|đã)\s+)?bị\s+"
             r"(?P<verb>nhảy|sập|đứt|cháy|nổ)\s+(?P<thing>cầu\s+dao|aptomat|cầu\s+chì)(?:\s+(?P<done>rồi))?"
             rf"{SOFTENED_END}")
# the breaker switched: told ("Bật cầu dao lên đi.") or by who ("Bố tôi đang bật lại cầu dao.")
_BREAKER = r"(?P<thing>(?i:cầu\s+dao(?:\s+điện)?|aptomat))(?:\s+(?P<main>tổng))?(?:\s+(?P<this>này))?"
_SWITCH = (rf"(?P<verb>bật|tắt|ngắt|gạt)\s+(?P<again>lại\s+)?{_BREAKER}(?:\s+(?P<dir>lên|xuống))?"
           r"(?:\s+(?P<again2>lại))?")
_TOLD = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|hãy))\s+)?(?i:{_SWITCH})(?:\s+(?P<di>đi))?(?:\s+(?:nhé|nha))?\s*[.!]*")
_AUX = r"(?:(?P<aux>đang|đã|vừa\s+mới|vừa|sẽ|chưa|phải|cần|nên|có\s+thể)\s+)?"
_ASKED = r"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa|không|được\s+không))?"
_SWITCHING = lazy(rf"(?:(?P<let>[Đđ]ể)\s+)?{WHO}\s+{_AUX}{_SWITCH}{_ASKED}{SOFTENED_END}")
# a socket faulty or sparking ("Ổ cắm này bị lỗi.", "Ổ cắm này cứ đánh lửa.")
_SOCKET = lazy(rf"(?:(?i:cái|chiếc)\s+)?(?P<thing>(?i:{alternatives(_SOCKETS)}))(?:\s+(?P<this>này))?\s+(?:(?P<ask>có)"
               r"\s+|(?P<aux>cứ|đang|vừa\s+mới|vừa|hay)\s+)?(?P<bi>bị\s+)?(?P<fault>lỗi|đánh\s+lửa)"
               rf"(?:\s+(?P<done>rồi))?{ASKED_END}")
# an electrician called, known, coming ("Chúng ta phải gọi thợ điện.", "Ngày mai thợ điện sẽ đến.")
_ELECTRICIAN = r"(?i:thợ\s+(?:sửa\s+)?điện)"
_CALL = lazy(rf"(?:(?P<let>[Đđ]ể)\s+)?{WHO}\s+{_AUX}gọi\s+(?:cho\s+)?(?:một\s+)?(?:người\s+)?{_ELECTRICIAN}{_ASKED}"
             rf"{SOFTENED_END}")
_KNOW = lazy(rf"{WHO}\s+có\s+biết\s+(?:người\s+)?{_ELECTRICIAN}\s+nào(?:\s+(?P<good>tốt|giỏi|uy\s+tín))?\s+không"
             rf"{SOFTENED_END}")
_COMING = lazy(rf"(?:(?P<day>(?i:{alternatives(_AHEAD)}))\s*,?\s+)?{_ELECTRICIAN}\s+(?:(?P<will>sẽ|sắp)\s+"
               rf"(?:đến|tới|qua)|(?P<now>đang)\s+(?:đến|tới|qua)|(?:đã\s+)?(?P<here>đến|tới)\s+rồi){SOFTENED_END}")

# ... and in English
_THING_EN = (r"(?P<det>(?i:the|this))\s+(?P<main>main\s+)?(?P<thing>circuit\s+breaker|breaker|trip\s+switch|fuse)"
             rf"(?:\s+(?:at|in)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+(?:house|home|place|flat))?")
_TRIP_EN = lazy(rf"(?:(?P<q>Has)\s+)?{_THING_EN}(?P<aux>\s+has|['’]s)?(?:\s+(?P<adv>just|often))?\s+(?P<verb>tripped|"
                r"trips|keeps\s+tripping|blown|blew|blows|keeps\s+blowing)(?:\s+(?P<again>again))?"
                rf"(?:\s+(?P<day>{alternatives(_BEHIND_VI)}))?(?:\s+because\s+of\s+(?P<cause>"
                rf"{alternatives(_CAUSES_VI)}))?\s*(?P<end>[.!?]*)")
_WHY_EN = lazy(rf"Why\s+does\s+{_THING_EN}\s+keep\s+(?P<verb>tripping|blowing)\s*\?+")
_BREAKER_EN = r"(?P<det>(?i:the|this))\s+(?P<main>main\s+)?(?P<thing>circuit\s+breaker|breaker|trip\s+switch)"
_SWITCH_EN = rf"(?:(?P<on0>back\s+on|on|off)\s+)?{_BREAKER_EN}(?:\s+(?P<on>back\s+on|on|off))?"
_TOLD_EN = lazy(rf"(?:(?P<please>Please)\s+)?(?P<verb>(?i:switch|turn|flip|reset))\s+{_SWITCH_EN}"
                r"(?:,?\s+(?P<please2>please))?\s*[.!]*")
# who does it, the verb after who agreeing ("She's switching", "We need to", "Have you called")
_AUX_EN = (r"(?P<aux>\s+is|\s+are|\s+am|['’](?:s|re|m|ve|ll)|\s+has|\s+have|\s+will|\s+should|\s+needs?\s+to|"
           r"\s+ha(?:s|ve)\s+to|\s+ha(?:s|ve)n['’]t|\s+ha(?:s|ve)\s+not)?(?:\s+(?P<just>just|already))?")
_WHO_Q_EN = rf"(?:(?P<q>Have|Has|Can|Could)\s+)?(?:(?P<let>Let\s+me)|{WHO_EN})"
_SWITCHING_EN = lazy(rf"{_WHO_Q_EN}{_AUX_EN}\s+(?P<verb>switch|switched|switching|turn|turned|turning)\s+"
                     rf"{_SWITCH_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_SOCKET_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<det>(?i:the|this))\s+(?P<thing>{alternatives(_SOCKETS_VI)})(?:(?P<aux>\s+is|"
                  r"['’]s)?\s+(?P<faulty>faulty)|\s+(?P<keeps>keeps\s+sparking)|\s+(?P<often>often\s+sparks))"
                  r"\s*(?P<end>[.!?]*)")
_CALL_EN = lazy(rf"{_WHO_Q_EN}{_AUX_EN}\s+(?P<verb>call|called|calling)\s+an\s+electrician(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_KNOW_EN = lazy(rf"(?P<q>Do|Does)\s+{WHO_EN}\s+know\s+(?:an|a\s+(?P<good>good))\s+electrician\s*\?+")
_COMING_EN = lazy(r"The\s+electrician(?:\s+is|['’]s)\s+(?:(?P<coming>coming)(?:\s+(?P<day>"
                  rf"{alternatives(_AHEAD_VI)}))?|(?P<way>on\s+(?:the|his|her)\s+way)|(?P<here>here))\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of the circuit breaker tripping or a fuse blowing, the breaker switched, a socket
    faulty or sparking, or an electrician called or coming; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("Cầu dao bị nhảy rồi vậy.": then?; "Ổ cắm đang đánh lửa thế!": so much?)
        said = _trip(text) or _told(text) or _switching(text) or _socket(text) or _call(text) or _coming(text)
    else:
        text = text.replace("’", "'")
        said = _trip_vi(text) or _told_vi(text) or _switching_vi(text) or _socket_vi(text) or _call_vi(text) or \
            _coming_vi(text)
    # (a statement's end as the source has it: "Ổ cắm đang đánh lửa!" → "The socket is sparking!")
    return said[:-1] + "!" if said and said.endswith(".") and text.endswith("!") else said


def _thing(m: re.Match, house: bool = True) -> tuple[str, str]:
    """The breaker or the fuse of a match of _THING or _BREAKER in English ("the main circuit breaker", "this fuse",
    "the circuit breaker at my house"), and which of _TRIPS it is."""
    kind = "fuse" if keyed(m["thing"]) == "cầu chì" else "breaker"
    det = "this" if m.groupdict().get("this") else "the"
    main = "main " if m.groupdict().get("main") else ""
    at = f" at {OWNERS[keyed(m['owner'])]} house" if house and m.groupdict().get("owner") else ""
    return f"{det} {main}{'circuit breaker' if kind == 'breaker' else 'fuse'}{at}", kind


def _trip(text: str) -> str | None:
    """"Cầu dao bị nhảy rồi." as "The circuit breaker has tripped.", "Tối qua cầu chì bị đứt." as "The fuse blew last
    night.", "Cầu dao cứ bị nhảy." as "The circuit breaker keeps tripping.", "Tại sao cầu dao cứ bị nhảy?" as "Why
    does the circuit breaker keep tripping?", "Nhà tôi bị nhảy cầu dao rồi." as "The circuit breaker at my house has
    tripped." (_TRIP, _HOME); None for anything else, and a breaker blown or a fuse tripped."""
    m = _TRIP.fullmatch(text) or _HOME.fullmatch(text)
    if not m:
        return None
    thing, kind = _thing(m)
    past, part, keeps, often = _TRIPS[kind]
    groups = m.groupdict()
    aux, done, day, why, ah = keyed(m["aux"] or ""), m["done"], m["day"], groups.get("why"), groups.get("ah")
    cause, more, bi = groups.get("cause"), groups.get("more"), "bi" not in groups or groups["bi"]
    asked = "?" in m["end"]
    if (keyed(m["verb"]) in ("nhảy", "sập")) != (kind == "breaker") or asked != bool(ah or why) or \
            more and aux != "cứ" or (day or cause) and (done or ah or aux not in ("", "lại", "đã")):
        return None  # (a day or a why: once, past; "rồi" with them is not read)
    if why:
        return f"Why does {thing} keep {keeps.split()[1]}?" if aux == "cứ" and not (day or done or cause) else None
    if aux in ("cứ", "hay"):
        return None if done or day or cause or ah else capitalised(f"{thing} {keeps if aux == 'cứ' else often}.")
    again = " again" if aux == "lại" else ""
    if ah:
        return f"Has {thing} {part}{again}?" if aux in ("", "lại") and not cause else None
    if day or cause:
        day_ = f" {_BEHIND[keyed(day)]}" if day else ""
        because = f" because of {_CAUSES[keyed(cause)]}" if cause else ""
        return capitalised(f"{thing} {past}{again}{day_}{because}.")
    if aux in ("vừa", "vừa mới"):
        return None if done else capitalised(f"{thing} has just {part}.")
    if aux == "đã" and not done:
        return capitalised(f"{thing} {past}.")
    return capitalised(f"{thing} has {part}{again}.") if done or bi else None  # ("Cầu dao nhảy.": a heading?)


def _on(m: re.Match) -> str | None:
    """Which way a match of _SWITCH turns the breaker: "back on" ("bật lại", "bật … lên", "gạt … lên"), "on" ("bật"
    alone) or "off" ("tắt", "ngắt", "gạt … xuống"); None for the way said twice or against the verb."""
    verb, up, again = keyed(m["verb"]), keyed(m["dir"] or ""), bool(m["again"] or m["again2"])
    if m["again"] and m["again2"] or verb == "gạt" and not up:
        return None
    if verb in ("bật", "gạt") and up != "xuống":
        return "back on" if up or again else "on"
    return "off" if verb != "bật" and up != "lên" and not again else None


def _told(text: str) -> str | None:
    """"Bật cầu dao lên đi." as "Switch the circuit breaker back on.", "Làm ơn ngắt cầu dao tổng." as "Please switch
    the main circuit breaker off." (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    on = m and _on(m)
    if not on:
        return None
    please = "Please s" if keyed(m["please"] or "") == "làm ơn" else "S"
    return f"{please}witch {_thing(m)[0]} {on}."


def _said_en(m: re.Match, base: str, part: str, ing: str) -> str | None:
    """What who of a match of _SWITCHING or _CALL does, in English, `base` the verb's words ("call an electrician"),
    `part` and `ing` its other forms: "Let me …", "My father is switching …", "I've called …", "We have to call …",
    "Have you called … yet?", "Can you …?"; None for a plain verb said, a pet, "I" asked, and "anh" saying."""
    asked_word, asked = keyed(m["asked"] or ""), "?" in m["end"]
    said = None if asked != bool(asked_word) else person_of(m, asked)
    if said is None:
        return None
    who_, one = said
    aux, done = keyed(m["aux"] or ""), bool(m["done"])
    if m["let"]:
        return f"Let me {base}." if who_ == "I" and not (aux or done or asked) else None
    if asked_word == "chưa":
        return f"{'Has' if one else 'Have'} {who_} {part} yet?" if aux in ("", "đã") and not done else None
    if asked_word:
        fits = aux == "có thể" if asked_word == "không" else aux in ("", "có thể")
        return f"Can {who_} {base}?" if fits and not done else None
    has, be = "has" if one else "have", "am" if who_ == "I" else "is" if one else "are"
    if done:
        return capitalised(contracted(who_, f"{has} {part}.")) if aux in ("", "đã") else None
    doing = {"đã": f"{has} {part}", "vừa": f"{has} just {part}", "vừa mới": f"{has} just {part}", "đang": f"{be} {ing}",
             "sẽ": f"will {base}", "cần": f"{'needs' if one else 'need'} to {base}", "phải": f"{has} to {base}",
             "nên": f"should {base}", "chưa": f"{has}n't {part} yet"}.get(aux)
    return doing and capitalised(contracted(who_, f"{doing}."))


def _switching(text: str) -> str | None:
    """"Bố tôi đang bật lại cầu dao." as "My father is switching the circuit breaker back on.", "Tôi đã bật cầu dao
    lên rồi." as "I've switched the circuit breaker back on.", "Bạn bật cầu dao lên chưa?" as "Have you switched the
    circuit breaker back on yet?", "Để tôi bật cầu dao lên." as "Let me …" (_SWITCHING); None for anything else."""
    m = _SWITCHING.fullmatch(text)
    on = m and _on(m)
    if not on:
        return None
    what = f"{_thing(m)[0]} {on}"
    return _said_en(m, f"switch {what}", f"switched {what}", f"switching {what}")


def _socket(text: str) -> str | None:
    """"Ổ cắm này bị lỗi." as "This socket is faulty.", "Ổ cắm có bị lỗi không?" as "Is the socket faulty?", "Ổ cắm
    này cứ đánh lửa." as "This socket keeps sparking.", "Ổ cắm đang đánh lửa." as "The socket is sparking." (_SOCKET);
    None for anything else, and sparking with no tense word ("bị đánh lửa": once, or it does?)."""
    m = _SOCKET.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]):
        return None
    thing = f"{'this' if m['this'] else 'the'} {_SOCKETS[keyed(m['thing'])]}"
    aux = keyed(m["aux"] or "")
    if keyed(m["fault"]) == "lỗi":
        if not m["bi"] or aux:
            return None
        return f"Is {thing} faulty?" if m["asked"] else capitalised(f"{thing} is faulty.")
    sparks = {"cứ": "keeps sparking", "đang": "is sparking", "vừa": "just sparked", "vừa mới": "just sparked",
              "hay": "often sparks"}.get(aux)
    if not sparks or m["asked"] or m["done"] or m["bi"] and aux == "đang":
        return None
    return capitalised(f"{thing} {sparks}.")


def _call(text: str) -> str | None:
    """"Chúng ta phải gọi thợ điện." as "We have to call an electrician.", "Bạn gọi thợ điện chưa?" as "Have you
    called an electrician yet?", "Bạn có biết thợ điện nào tốt không?" as "Do you know a good electrician?" (_CALL,
    _KNOW); None for anything else."""
    m = _CALL.fullmatch(text)
    if m:
        return _said_en(m, "call an electrician", "called an electrician", "calling an electrician")
    m = _KNOW.fullmatch(text)
    said = m and "?" in m["end"] and person_of(m, True)
    if not said:
        return None
    return f"{'Does' if said[1] else 'Do'} {said[0]} know {'a good' if m['good'] else 'an'} electrician?"


def _coming(text: str) -> str | None:
    """"Ngày mai thợ điện sẽ đến." as "The electrician is coming tomorrow.", "Thợ điện đang đến." as "The electrician
    is on the way.", "Thợ điện đến rồi." as "The electrician is here." (_COMING); None for anything else, and a day
    with "đang", "sắp" or "rồi"."""
    m = _COMING.fullmatch(text)
    if not m or "?" in m["end"] or m["day"] and not (m["will"] and keyed(m["will"]) == "sẽ"):
        return None
    if m["here"]:
        return "The electrician is here."
    if m["now"]:
        return "The electrician is on the way."
    if keyed(m["will"]) == "sắp":
        return "The electrician will be here soon."
    return f"The electrician is coming{' ' + _AHEAD[keyed(m['day'])] if m['day'] else ''}."


def _thing_vi(m: re.Match) -> str:
    """The breaker or the fuse of a match of _THING_EN or _BREAKER_EN in Vietnamese: "cầu dao", "cầu dao tổng", "cầu
    chì này", "cầu dao nhà tôi"."""
    thing = "cầu chì" if m["thing"].lower() == "fuse" else "cầu dao"
    owner = m.groupdict().get("owner")
    where = f" nhà {WHOSE_VI[owner.lower()]}" if owner else " này" if m["det"].lower() == "this" else ""
    return f"{thing}{' tổng' * bool(m['main'])}{where}"


def _trip_vi(text: str) -> str | None:
    """"The circuit breaker has tripped." as "Cầu dao bị nhảy rồi.", "The fuse blew last night." as "Tối qua cầu chì
    bị đứt.", "The breaker keeps tripping." as "Cầu dao cứ bị nhảy.", "Has the circuit breaker tripped?" as "Cầu dao
    có bị nhảy không?", "Why does the circuit breaker keep tripping?" as "Tại sao cầu dao cứ bị nhảy?" (_TRIP_EN,
    _WHY_EN); None for anything else, and a breaker blown or a fuse tripped."""
    m = _TRIP_EN.fullmatch(text) or _WHY_EN.fullmatch(text)
    if not m:
        return None
    fuse = m["thing"].lower() == "fuse"
    thing, verb = _thing_vi(m), " ".join(m["verb"].split())
    vi = "bị đứt" if fuse else "bị nhảy"
    if ("bl" in verb) != fuse:
        return None
    if "aux" not in m.groupdict():  # (_WHY_EN)
        return f"Tại sao {thing} cứ {vi}?"
    aux, adv, again, day, cause = m["aux"], m["adv"], m["again"], m["day"], m["cause"]
    asked, past = "?" in m["end"], verb in ("tripped", "blew") and not aux
    if asked != bool(m["q"]) or (day or cause) and not past or adv and again or adv == "often" and verb not in (
            "trips", "blows") or m["q"] and (aux or adv or again):
        return None
    if m["q"]:
        return f"{capitalised(thing)} có {vi} không?" if verb in ("tripped", "blown") else None
    if verb.startswith("keeps"):
        return None if adv or again else capitalised(f"{thing} cứ {vi}.")
    if adv == "often":
        return None if aux else capitalised(f"{thing} hay {vi}.")
    if aux:  # ("has tripped", "'s blown")
        if verb not in ("tripped", "blown"):
            return None
        return capitalised(f"{thing} vừa {vi}." if adv else f"{thing} lại {vi} rồi." if again else f"{thing} {vi} rồi.")
    if not past:
        return None
    said = f"{thing} {'vừa ' if adv else 'lại ' if again else 'đã ' * (not (day or cause))}{vi}"
    said += f" vì {_CAUSES_VI[' '.join(cause.lower().split())]}" if cause else ""
    return capitalised(f"{_BEHIND_VI[' '.join(day.lower().split())]} {said}." if day else f"{said}.")


def _on_vi(m: re.Match, told: bool = False) -> str | None:
    """The breaker switched in a match of _SWITCH_EN, in Vietnamese: "bật lại cầu dao" (back on; "bật cầu dao lên",
    `told`), "bật cầu dao lên" (on), "ngắt cầu dao" (off); None for the way said twice or not at all."""
    on = m["on0"] or m["on"]
    if m["on0"] and m["on"] or not on and m["verb"].lower() != "reset" or on and m["verb"].lower() == "reset":
        return None
    on, thing = " ".join((on or "back on").lower().split()), _thing_vi(m)
    return f"ngắt {thing}" if on == "off" else f"bật {thing} lên" if on == "on" or told else f"bật lại {thing}"


def _told_vi(text: str) -> str | None:
    """"Switch the circuit breaker back on." as "Bật cầu dao lên đi.", "Please switch off the breaker." as "Làm ơn
    ngắt cầu dao.", "Reset the circuit breaker." as "Bật cầu dao lên đi." (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    doing = m and not (m["please"] and m["please2"]) and _on_vi(m, True)
    if not doing:
        return None
    return f"Làm ơn {doing}." if m["please"] or m["please2"] else f"{capitalised(doing)} đi."


def _said_vi(m: re.Match, doing: str) -> str | None:
    """What who of a match of _SWITCHING_EN or _CALL_EN does, in Vietnamese, `doing` the verb's words ("gọi thợ
    điện"): "Để tôi …", "Bố tôi đang …", "Tôi … rồi", "Chúng tôi phải …", "Bạn đã … chưa?", "Bạn có thể … không?";
    None where the verb's form or its auxiliary does not fit, or does not agree with who."""
    verb = m["verb"].lower()
    form = "ing" if verb.endswith("ing") else "part" if verb.endswith("ed") else "base"
    q, just, yet = (m["q"] or "").lower(), (m["just"] or "").lower(), bool(m["yet"])
    aux = " ".join((m["aux"] or "").lower().split())
    if m["let"]:
        return f"Để tôi {doing}." if form == "base" and not (q or aux or just or yet) and "?" not in m["end"] else None
    who_, one = who_vi(m)
    if animal(m) or bool(q) != ("?" in m["end"]) or q and aux or q and who_ == "tôi":
        return None
    if aux == "'s":
        aux = "is" if form == "ing" else "has"
    first = (q or aux.split(" ")[0]).replace("n't", "").replace("'ve", "have").replace("'re", "are").replace("'m", "am")
    if first in ("needs", "need"):
        agrees = (first == "needs") == one
    else:
        agrees = first_agrees(first, who_, one)
    kind = "be" if first in ("is", "are", "am") else "not" if "n't" in aux or "not" in aux else \
        "to" if aux.endswith("to") else first
    said = {("", "be", "", "ing"): "đang {}.", ("", "has", "", "part"): "{} rồi.", ("", "have", "", "part"): "{} rồi.",
            ("", "has", "just", "part"): "vừa {}.", ("", "have", "just", "part"): "vừa {}.",
            ("", "has", "already", "part"): "{} rồi.", ("", "have", "already", "part"): "{} rồi.",
            ("", "", "just", "part"): "vừa {}.", ("", "", "", "part"): "đã {}.", ("", "will", "", "base"): "sẽ {}.",
            ("", "'ll", "", "base"): "sẽ {}.", ("", "should", "", "base"): "nên {}.",
            ("", "to", "", "base"): "cần {}." if first.startswith("need") else "phải {}.",
            ("", "not", "", "part"): "chưa {}.", ("q", "", "", "part"): "đã {} chưa?",
            ("q", "", "", "base"): "có thể {} không?"}.get(("q" if q else "", "" if q else kind, just, form))
    fits = {"have": "part", "has": "part", "can": "base", "could": "base"}.get(q, form)
    if said is None or not agrees or fits != form or yet and kind != "not" and q not in ("have", "has"):
        return None
    return capitalised(f"{who_} {said.format(doing)}")


def _switching_vi(text: str) -> str | None:
    """"My father is switching the breaker back on." as "Bố tôi đang bật lại cầu dao.", "I've switched the circuit
    breaker back on." as "Tôi bật lại cầu dao rồi.", "Have you switched the breaker back on yet?" as "Bạn đã bật lại
    cầu dao chưa?" (_SWITCHING_EN); None for anything else."""
    m = _SWITCHING_EN.fullmatch(text)
    doing = m and _on_vi(m)
    return _said_vi(m, doing) if doing else None


def _socket_vi(text: str) -> str | None:
    """"This socket is faulty." as "Ổ cắm này bị lỗi.", "Is the socket faulty?" as "Ổ cắm có bị lỗi không?", "This
    socket keeps sparking." as "Ổ cắm này cứ đánh lửa." (_SOCKET_EN); None for anything else ("is sparking",
    "sparked": mt/shocks.py's)."""
    m = _SOCKET_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["aux"] or not m["faulty"]) or m["faulty"] and not (
            m["q"] or m["aux"]):
        return None
    thing = f"{_SOCKETS_VI[' '.join(m['thing'].lower().split())]}{' này' * (m['det'].lower() == 'this')}"
    if m["q"]:
        return f"{capitalised(thing)} có bị lỗi không?"
    return capitalised(f"{thing} {'bị lỗi' if m['faulty'] else 'cứ đánh lửa' if m['keeps'] else 'hay đánh lửa'}.")


def _call_vi(text: str) -> str | None:
    """"We need to call an electrician." as "Chúng tôi cần gọi thợ điện.", "Have you called an electrician yet?" as
    "Bạn đã gọi thợ điện chưa?", "Do you know a good electrician?" as "Bạn có biết thợ điện nào tốt không?"
    (_CALL_EN, _KNOW_EN); None for anything else."""
    m = _CALL_EN.fullmatch(text)
    if m:
        return _said_vi(m, "gọi thợ điện")
    m = _KNOW_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if (m["q"] == "Does") != one or who_ == "tôi":
        return None
    return f"{capitalised(who_)} có biết thợ điện nào{' tốt' * bool(m['good'])} không?"


def _coming_vi(text: str) -> str | None:
    """"The electrician is coming tomorrow." as "Ngày mai thợ điện sẽ đến.", "The electrician is on his way." as "Thợ
    điện đang đến.", "The electrician is here." as "Thợ điện đến rồi." (_COMING_EN); None for anything else."""
    m = _COMING_EN.fullmatch(text)
    if not m or m["coming"] and not m["day"]:
        return None  # ("The electrician is coming.": on the way, or will?)
    if m["here"]:
        return "Thợ điện đến rồi."
    if m["way"]:
        return "Thợ điện đang đến."
    return f"{_AHEAD_VI[' '.join(m['day'].split())].capitalize()} thợ điện sẽ đến."
