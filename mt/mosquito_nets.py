"""Mosquito nets, both ways, written whole by rule: who put up the net ("mắc màn", "giăng mùng") or took it down ("gỡ
màn"), told to, who sleeps under one ("ngủ màn"), bitten without one, a hole in the net, a mosquito inside it. v8
(rules on) reads "màn" as a screen and "mosquito net" as a network: "Tối nay nhớ mắc màn nhé." → "Tonight, remember
the screen.", "Ở quê tôi vẫn ngủ màn." → "I still sleep in the country.", "Bạn mắc màn chưa?" → "Did you have a
screen?", "Không có màn thì muỗi đốt chết." → "Without the screen, the mosquitoes died.", "Có con muỗi trong màn." →
"There's a mud in the screen.", "Tôi gỡ màn rồi." → "I'm removed the screen."; "Put up the mosquito net tonight." →
"Đặt thiết bị mosquito net tối nay.", "Have you put up the mosquito net?" → "Bạn có cài đặt mạng lưới muỗi không?",
"Take down the mosquito net." → "Uống mạng lưới muỗi.", "There aren't any mosquitoes inside the net." → "Không có mặt
trăng nào bên trong net.".

Taken: who (mt.hobbies.WHO, WHO_EN) has put up or taken down the net ("rồi", "đã"), just, is doing it, will, has not
yet, forgot to, asked with "chưa?"; told to ("Mắc màn đi.", "Nhớ mắc màn nhé.", "Đừng quên …", tonight); who sleeps
under one: said, still, always, usually, often, never, not, no longer, asked, "ở quê" (in who's own home village:
"Ở quê tôi …" is read as "tôi" sleeping); without a net the mosquitoes would eat you (or who) alive, or will if it is
not put up or slept under; who got bitten because they forgot to put it up, did not, did not sleep under one or had
none (a day behind before it); the net (whose, "này") with a hole, holes, none, asked; a mosquito (one, a few, many,
any, none) inside the net, or got into it. Left: the net put up said plainly ("Tôi mắc màn.": a habit, or done?),
"anh", "chị", "em" saying it, "I" asked ("Em … chưa ạ?" too: the speaker), a pet as who (both ways), "ở quê" of
"họ" or "bạn" (anyone there?), "Có muỗi trong màn." (one or many?), a name's "because" (he or she?), the net torn
("rách": a curtain?), "màn hình", "rèm", a play's "màn", English "the net" put up or with a hole (a volleyball net?),
bites alone (mt/bites.py's), mosquitoes in a room (mt/pests.py's), and anything else, to the model (none of
mt/pests.py, bites.py, sleep.py, bedtimes.py, mending.py or screen_time.py takes a net).
mt.phrasebook.translate tries these after mt/hotel_breakfasts.py.

    >>> translate("Bạn mắc màn chưa?", "vi", "en"), translate("Put up the mosquito net tonight.", "en", "vi")
    ('Have you put up the mosquito net?', 'Tối nay mắc màn đi.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import WHO, WHO_EN, animal, as_whom, em_speaking, his_her_of, pet, who, who_vi, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import ASKED_END, EN_OBJECT, EN_WHOSE, SOFTENED_END, alternatives, capitalised, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:màn|mùng)"), "en": lazy(r"(?i:nets?\b)")}
# the verbs of the net (up or down), and each in English: base, participle, "-ing"; then the Vietnamese written
_UP = {"mắc": "up", "giăng": "up", "gỡ": "down", "tháo": "down"}
_FORMS = {"up": ("put up", "put up", "putting up", "mắc"), "down": ("take down", "taken down", "taking down", "gỡ")}
_TONIGHT = near_days("tối nay", "đêm nay")
_BEHIND = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua")
_BEHIND_VI = {en: vi for vi, en in reversed(_BEHIND.items())}
_NET = r"(?i:màn|mùng)"
_MNET_EN = r"the\s+mosquito\s+net"

# who put it up or took it down ("Tôi mắc màn rồi.", "Mẹ tôi đang mắc màn.", "Bạn mắc màn chưa?")
_AUX = {"đã": "done", "vừa": "just", "mới": "just", "vừa mới": "just", "đang": "now", "sẽ": "will", "chưa": "yet",
        "vẫn chưa": "still", "quên": "forgot", "đã quên": "forgot"}
_DOING = lazy(rf"{WHO}\s+(?:(?P<aux>{alternatives(_AUX)})\s+)?(?P<verb>(?i:{alternatives(_UP)}))\s+{_NET}"
              rf"(?P<down>\s+xuống)?(?:\s+(?P<done>xong\s+rồi|rồi|xong))?(?:\s+(?P<yet>chưa))?{SOFTENED_END}")
# told to ("Tối nay nhớ mắc màn nhé.", "Mắc màn đi.", "Gỡ màn xuống đi.", "Nhớ ngủ màn nhé.")
_TOLD = lazy(rf"(?:(?P<day>(?i:{alternatives(_TONIGHT)}))\s*,?\s+)?(?:(?P<tell>(?i:nhớ|đừng\s+quên))\s+)?"
             rf"(?P<verb>(?i:{alternatives(_UP)}|ngủ(?:\s+trong)?))\s+{_NET}(?P<down>\s+xuống)?(?:\s+(?P<go>đi))?"
             r"(?:\s+(?:nhé|nha|nhá))?\s*(?P<end>[.!]*)")
# who sleeps under one ("Ở quê tôi vẫn ngủ màn.", "Bạn có ngủ màn không?", "Tôi không còn ngủ màn nữa.")
_HOW = {"vẫn": "still", "vẫn còn": "still", "còn": "still", "luôn": "always", "luôn luôn": "always",
        "thường": "usually", "hay": "often", "không bao giờ": "never", "chưa bao giờ": "ever", "không": "not",
        "không còn": "more", "có": "ask"}
_SLEEP = lazy(rf"(?:(?P<place0>(?i:ở\s+quê))(?P<comma>\s*,)?\s+)?{WHO}\s+(?:(?P<how>{alternatives(_HOW)})\s+)?"
              rf"(?:ngủ|nằm)(?:\s+trong)?\s+{_NET}(?:\s+(?P<place>ở\s+quê))?(?:\s+(?P<more>nữa))?{ASKED_END}")
# eaten alive without one ("Không có màn thì muỗi đốt chết.": "chết" only says how much)
_EATEN = lazy(rf"(?:(?i:nếu)\s+)?(?i:không)\s+(?P<how>có|mắc|giăng|ngủ(?:\s+trong)?)\s+{_NET}\s+thì\s+(?:{WHO}\s+)?"
              r"(?P<bi>bị\s+)?muỗi\s+(?:sẽ\s+)?(?:đốt|cắn)\s+chết(?:\s+(?:luôn|mất))?\s*(?P<end>[.!]*)")
# bitten for want of one ("Tôi bị muỗi đốt vì quên mắc màn.", "Đêm qua mẹ tôi bị muỗi đốt vì không ngủ màn.")
_BITTEN = lazy(rf"(?:(?P<day>(?i:{alternatives(_BEHIND)}))\s*,?\s+)?{WHO}\s+(?:đã\s+)?bị\s+muỗi\s+đốt\s+"
               r"(?:vì|tại|do|tại\s+vì|bởi\s+vì)\s+(?P<why>quên|không)\s+(?P<how>mắc|giăng|ngủ(?:\s+trong)?|có)\s+"
               rf"{_NET}{SOFTENED_END}")
# a hole in it ("Màn bị thủng một lỗ.", "Cái màn này bị thủng rồi.", "Màn có bị thủng không?")
_HOLE = lazy(rf"(?:(?i:cái|chiếc)\s+)?{_NET}(?:\s+(?P<this>này)|\s+(?:của\s+)?(?P<owner>(?i:{alternatives(OWNERS)})))?"
             r"\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?bị\s+thủng(?:\s+(?P<n>"
             rf"{alternatives(VI_TO_EN)}|mấy|vài|nhiều)\s+lỗ)?(?:\s+rồi)?{ASKED_END}")
# a mosquito inside it ("Có con muỗi trong màn.", "Trong màn có muỗi không?", "Có con muỗi chui vào màn.")
_MANY = rf"(?:(?P<lots>nhiều)\s+|(?P<n>{alternatives(VI_TO_EN)}|mấy|vài)\s+con\s+|(?P<con>con)\s+)?"
_INSIDE = [lazy(rf"(?i:trong)\s+{_NET}\s+(?:(?P<not>không)\s+)?có\s+{_MANY}muỗi(?:\s+(?P<any>nào)(?:\s+cả)?)?"
                f"{ASKED_END}"),
           lazy(rf"(?:(?P<not>(?i:không))\s+có|(?i:có))\s+{_MANY}muỗi(?:\s+(?P<any>nào))?\s+(?:ở\s+)?trong\s+{_NET}"
                f"{ASKED_END}")]
_INTO = lazy(rf"(?:(?i:có|một)\s+)(?:một\s+)?con\s+muỗi\s+(?:chui|lọt|bay)\s+vào(?:\s+trong)?\s+{_NET}(?:\s+rồi)?"
             rf"{SOFTENED_END}")

# ... and in English
_DOING_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:still\s+)?(?:have|has)(?:\s+not|n['’]t)?|"
                 r"['’](?:ve|s|re|m|ll)|\s+(?:is|are|am|will))?(?:\s+(?P<just>just|already))?\s+(?P<verb>put|putting|"
                 rf"take|taken|taking|took|forgot\s+to\s+put|forgot\s+to\s+take)\s+(?:(?P<part>up|down)\s+{_MNET_EN}|"
                 rf"{_MNET_EN}\s+(?P<part2>up|down))(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_TOLD_EN = lazy(r"(?:(?P<tell>Remember\s+to|Don['’]t\s+forget\s+to|Do\s+not\s+forget\s+to)\s+(?P<verb>put|take|sleep)|"
                rf"(?P<verb0>Put|Take))\s+(?:(?P<part>up|down)\s+{_MNET_EN}|{_MNET_EN}\s+(?P<part2>up|down)|"
                r"(?P<under>under\s+a\s+mosquito\s+net))(?:\s+(?P<day>tonight))?\s*(?P<end>[.!]*)")
_PLACE_EN = r"(?i:in)\s+(?P<{}>my|our|your|his|her|their)\s+home\s+village"
_SLEEP_EN = lazy(rf"(?:(?P<place0>{_PLACE_EN.format('home0')}),?\s+)?(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|"
                 r"does)\s+not|\s+(?:don|doesn)['’]t|\s+(?:has|have)\s+never)?(?:\s+(?P<how>still|always|usually|often|"
                 r"never|no\s+longer))?\s+(?P<verb>sleeps?|slept)\s+under\s+(?:a\s+mosquito\s+net|mosquito\s+nets)"
                 rf"(?:\s+(?P<place>{_PLACE_EN.format('home')}))?(?P<more>\s+any\s*more)?\s*(?P<end>[.!?]*)")
_EATEN_EN = lazy(r"(?:(?P<without>Without\s+(?:a\s+mosquito\s+net|mosquito\s+nets))|If\s+(?P<subj>[\w ]+?)\s+(?P<dont>"
                 r"don['’]t|doesn['’]t|do\s+not|does\s+not)\s+(?P<verb>put\s+up\s+the\s+mosquito\s+net|sleep\s+under\s+"
                 r"a\s+mosquito\s+net))\s*,?\s+the\s+mosquitoes\s+(?P<will>would|will)\s+eat\s+(?P<obj>[\w ]+?)"
                 r"\s+alive\s*(?P<end>[.!]*)")
_BITTEN_EN = lazy(rf"(?:(?P<day>(?i:{alternatives(_BEHIND_VI)}))\s*,?\s+)?{WHO_EN}\s+(?P<got>got|was|were)\s+bitten"
                  r"\s+by\s+mosquitoes\s+because\s+(?P<sub>[A-Za-z]+)\s+(?P<why>forgot\s+to\s+put\s+up\s+the|"
                  r"(?:didn['’]t|did\s+not)\s+(?:put\s+up\s+the|sleep\s+under\s+a|have\s+a))\s+mosquito\s+net"
                  r"\s*(?P<end>[.!]*)")
_HOLE_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<det>(?i:the|this|{WHOSE_WORDS}))\s+mosquito\s+net(?P<aux>\s+has(?:\s+got)?|"
                r"['’]s\s+got|\s+have|\s+(?:doesn['’]t|does\s+not)\s+have)\s+"
                r"(?P<n>an?|any|a\s+few|(?:a\s+lot|lots)\s+of|"
                rf"{alternatives(EN_TO_VI)})\s+(?P<holes>holes?)(?:\s+in\s+it)?\s*(?P<end>[.!?]*)")
_THERE_HOLE_EN = lazy(rf"There(?:['’]s|\s+is)\s+(?P<n>a)\s+(?P<holes>hole)\s+in\s+(?P<det>the|this|{WHOSE_WORDS})\s+"
                      r"mosquito\s+net\s*(?P<end>[.!]*)")
_N_EN = rf"(?P<n>an?|any|no|a\s+few|(?:a\s+lot|lots)\s+of|some|{alternatives(EN_TO_VI)})"
_IN_EN = r"\s+(?:inside|in)\s+the\s+(?:mosquito\s+)?net"
_INSIDE_EN = [lazy(rf"There(?P<be>['’]s|\s+is|\s+are|['’]re)(?P<not>\s+not|n['’]t)?\s+{_N_EN}\s+(?P<m>mosquito(?:e?s)?)"
                   rf"{_IN_EN}\s*(?P<end>[.!]*)"),
              lazy(rf"(?P<be>Is|Are)\s+there\s+{_N_EN}\s+(?P<m>mosquito(?:e?s)?){_IN_EN}\s*(?P<end>\?+)")]
_INTO_EN = lazy(r"A\s+mosquito\s+(?:has\s+got(?:ten)?|['’]s\s+got(?:ten)?|got)\s+(?:inside|into)\s+the\s+"
                r"(?:mosquito\s+)?net\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a mosquito net, as "Taken" says above; None for any other."""
    rules = (_doing, _told, _sleep, _eaten, _bitten, _hole, _inside) if src == "vi" else (
        _doing_vi, _told_vi, _sleep_vi, _eaten_vi, _bitten_vi, _hole_vi, _inside_vi)
    text = text if src == "vi" else text.replace("’", "'")
    return next((said for rule in rules if (said := rule(text))), None)


def _doing(text: str) -> str | None:
    """"Tôi mắc màn rồi." as "I have put up the mosquito net.", "Mẹ tôi đang gỡ màn." as "My mother is taking down the
    mosquito net.", "Bạn mắc màn chưa?" as "Have you put up the mosquito net?" (_DOING); None for anything else."""
    m = _DOING.fullmatch(text)
    asked = bool(m and m["yet"])
    said = m and not (m["down"] and _UP[keyed(m["verb"])] == "up" or animal(m) or em_speaking(m)) and who(m, asked)
    if not said or asked != ("?" in m["end"]) or asked and said[0] == "I":
        return None  # (… and "Have I put up …?", "Em mắc màn chưa ạ?": asked of oneself)
    aux, done = _AUX.get(keyed(m["aux"] or "")), keyed(m["done"] or "")
    who_, one = said
    base, part, ing, _ = _FORMS[_UP[keyed(m["verb"])]]
    has, net = "has" if one else "have", "the mosquito net"
    if asked:
        return f"{capitalised(has)} {who_} {part} {net}?" if aux in (None, "done") and not done else None
    aux = aux or ("done" if done else None)
    if aux is None or done and aux not in ("done", "just", "forgot") or done == "xong" and aux == "forgot":
        return None  # ("Tôi mắc màn.": a habit, or done?; "đang mắc màn rồi")
    said_ = {"done": f"{has} {part}", "just": f"{has} just {part}", "forgot": f"forgot to {base}", "yet": f"{has}n't "
             f"{part}", "will": f"will {base}", "now": f"{'am' if who_ == 'I' else 'is' if one else 'are'} {ing}",
             "still": f"still {has}n't {part}"}[aux]
    return capitalised(f"{who_} {said_} {net}{' yet' * (aux == 'yet')}{stop(m['end'])}")


def _told(text: str) -> str | None:
    """"Tối nay nhớ mắc màn nhé." as "Remember to put up the mosquito net tonight.", "Mắc màn đi." as "Put up the
    mosquito net.", "Đừng quên gỡ màn nhé." as "Don't forget to take down the mosquito net.", "Nhớ ngủ màn nhé." as
    "Remember to sleep under a mosquito net." (_TOLD); None for anything else, "nhớ" with "đi", or neither."""
    m = _TOLD.fullmatch(text)
    if not m or bool(m["tell"]) == bool(m["go"]):
        return None
    verb = keyed(m["verb"])
    if verb.startswith("ngủ") and (not m["tell"] or m["down"]) or m["down"] and _UP.get(verb) == "up":
        return None  # ("Ngủ màn đi.": told so, or put to bed?)
    doing = "sleep under a mosquito net" if verb.startswith("ngủ") else f"{_FORMS[_UP[verb]][0]} the mosquito net"
    day = f" {_TONIGHT[keyed(m['day'])]}" if m["day"] else ""
    tell = {"nhớ": "remember to ", "đừng quên": "don't forget to "}.get(keyed(m["tell"] or ""), "")
    return capitalised(f"{tell}{doing}{day}{stop(m['end'])}")


def _sleep(text: str) -> str | None:
    """"Ở quê tôi vẫn ngủ màn." as "In my home village I still sleep under a mosquito net.", "Bạn có ngủ màn không?" as
    "Do you sleep under a mosquito net?", "Mẹ tôi không còn ngủ màn nữa." as "My mother doesn't sleep under a mosquito
    net any more." (_SLEEP); None for anything else, "ở quê" asked, of one whose home English cannot say or of "họ",
    "bạn" (anyone there?), and "Ở quê mẹ tôi …" without a comma (her village, or where my mother sleeps?)."""
    m = _SLEEP.fullmatch(text)
    asked, how = bool(m and m["asked"]), m and _HOW.get(keyed(m["how"] or ""))
    if not m or asked != ("?" in m["end"]) or animal(m) or em_speaking(m) or m["place0"] and m["place"] or \
            asked and how not in ("ask", "still") or not asked and how == "ask" or bool(m["more"]) != (how == "more"):
        return None
    said = who(m, asked)
    if said is None or asked and (said[0] == "I" or m["place0"] or m["place"]):
        return None
    who_, one = said
    net = "mosquito nets" if not one and who_ not in ("I", "you") else "a mosquito net"
    if asked:
        return present(who_, one, "sleep", f"under {net}", asked=True, adverb="still " * (how == "still"))
    does = "doesn't" if one else "don't"
    doing = {None: "sleeps" if one else "sleep", "not": f"{does} sleep", "more": f"{does} sleep",
             "ever": f"{'has' if one else 'have'} never slept"}.get(how, f"{how} {'sleeps' if one else 'sleep'}")
    body, more = f"{who_} {doing} under {net}", " any more" * (how == "more")
    if m["place0"] or m["place"]:
        whose = whose_own(m, who_)
        if whose is None or who_ in ("you", "they") or m["place0"] and not m["comma"] and who_ not in ("I", "we"):
            return None  # ("Ở quê mẹ tôi vẫn ngủ màn.": in my mother's village, people?; "Ở quê, họ …": people there?)
        home = f"in {whose} home village"
        body = f"{home} {body}" if m["place0"] else f"{body} {home}"  # ("… in my home village any more")
    return capitalised(f"{body}{more}{stop(m['end'])}")


def _eaten(text: str) -> str | None:
    """"Không có màn thì muỗi đốt chết." as "Without a mosquito net, the mosquitoes would eat you alive.", "Không ngủ
    màn thì mẹ tôi bị muỗi đốt chết." as "If my mother doesn't sleep under a mosquito net, the mosquitoes will eat her
    alive." (_EATEN); None for anything else, who said without "bị", a name (him or her?), and who said with "mắc"
    ("Không mắc màn thì con tôi bị …": who puts it up is not said)."""
    m = _EATEN.fullmatch(text)
    named, how = m and any(m.group("who", "kin", "title", "given")), m and keyed(m["how"])
    said = m and (("you", False) if not named else None if animal(m) or how in ("mắc", "giăng") or not m["bi"]
                  else who(m, False))
    if not (pronoun := said and _pronoun(m, said[0])):
        return None
    # (said again as a pronoun only after "If my mother …"; without one before it, who is said: "eat my mother alive")
    whom = EN_OBJECT[pronoun] if how != "có" or said[0] == pronoun else said[0]
    eaten = f"the mosquitoes {'would' if how == 'có' else 'will'} eat {whom} alive{stop(m['end'])}"
    if how == "có":
        return f"Without a mosquito net, {eaten}"
    doing = "sleep under a mosquito net" if how.startswith("ngủ") else "put up the mosquito net"
    return f"If {said[0]} {'doesn' if said[1] else 'don'}'t {doing}, {eaten}"


def _pronoun(m: re.Match, who_: str) -> str | None:
    """Who of a match of WHO as English says them again ("I", "she" for "mẹ tôi"); None for a name alone."""
    return who_ if who_ in EN_WHOSE else {"his": "he", "her": "she"}.get(his_her_of(m) or "")


def _bitten(text: str) -> str | None:
    """"Tôi bị muỗi đốt vì quên mắc màn." as "I got bitten by mosquitoes because I forgot to put up the mosquito
    net.", "Đêm qua mẹ tôi bị muỗi đốt vì không ngủ màn." as "Last night my mother got bitten by mosquitoes because
    she didn't sleep under a mosquito net." (_BITTEN); None for anything else, asked, and a name (he or she?)."""
    m = _BITTEN.fullmatch(text)
    said = m and "?" not in m["end"] and not animal(m) and who(m, False)
    pronoun, how = said and _pronoun(m, said[0]), m and keyed(m["how"])
    if not pronoun or m["why"] == "quên" and how == "có":
        return None
    doing = ("sleep under a mosquito net" if how.startswith("ngủ") else "have a mosquito net" if how == "có"
             else "put up the mosquito net")
    why = f"forgot to {doing}" if m["why"] == "quên" else f"didn't {doing}"
    day = f"{_BEHIND[keyed(m['day'])]} " if m["day"] else ""
    return capitalised(f"{day}{said[0]} got bitten by mosquitoes because {pronoun} {why}{stop(m['end'])}")


def _hole(text: str) -> str | None:
    """"Màn bị thủng một lỗ." as "The mosquito net has a hole in it.", "Màn có bị thủng không?" as "Does the mosquito
    net have a hole in it?" (_HOLE); None for anything else."""
    m = _HOLE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != bool(m["ask"]) or (asked or m["not"]) and m["n"]:
        return None
    net = f"{'this' if m['this'] else OWNERS[keyed(m['owner'])] if m['owner'] else 'the'} mosquito net"
    if asked:
        return f"Does {net} have a hole in it?"
    if m["not"]:
        return capitalised(f"{net} doesn't have any holes in it{stop(m['end'])}")
    n = keyed(m["n"] or "một")
    holes = {"một": "a hole", "mấy": "a few holes", "vài": "a few holes", "nhiều": "a lot of holes"}
    return capitalised(f"{net} has {holes.get(n, f'{VI_TO_EN.get(n)} holes')} in it{stop(m['end'])}")


def _inside(text: str) -> str | None:
    """"Có con muỗi trong màn." as "There's a mosquito inside the net.", "Trong màn có muỗi không?" as "Are there any
    mosquitoes inside the net?", "Trong màn không có muỗi." as "There are no mosquitoes inside the net.", "Có con muỗi
    chui vào màn." as "A mosquito has got inside the net." (_INSIDE, _INTO); None for anything else."""
    if (m := _INTO.fullmatch(text)) and "?" not in m["end"]:
        return f"A mosquito has got inside the net{stop(m['end'])}"
    m = next((m for p in _INSIDE if (m := p.fullmatch(text))), None)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"]:
        return None
    n, end, one = keyed(m["n"] or ""), stop(m["end"]), m["con"] or keyed(m["n"] or "") == "một"
    if m["not"]:
        ok = not (m["lots"] or n or m["con"] and not m["any"])
        return f"There are no mosquitoes inside the net{end}" if ok else None
    if m["any"] and not asked or n in ("mấy", "vài") and asked:
        return None  # ("Có mấy con muỗi trong màn?": how many?)
    many = "a lot of" if m["lots"] else "a few" if n in ("mấy", "vài") else VI_TO_EN.get(n, "any") if n or asked else ""
    if one and not m["any"]:
        return "Is there a mosquito inside the net?" if asked else f"There's a mosquito inside the net{end}"
    if not many:
        return None  # ("Có muỗi trong màn.": one or many?)
    return f"Are there {many} mosquitoes inside the net?" if asked else \
        f"There are {many} mosquitoes inside the net{end}"


def _agrees(aux: str, one: bool, i: bool) -> bool:
    """Whether an English auxiliary agrees with who (`one`: he, she, a name; `i`: "I")."""
    return {"has": one, "have": not one, "is": one, "are": not (one or i), "am": i, "does": one, "do": not one,
            "was": one or i, "were": not (one or i)}.get(aux, True)


def _doing_vi(text: str) -> str | None:
    """"I've put up the mosquito net." as "Tôi mắc màn rồi.", "She is taking down the mosquito net." as "Cô ấy đang gỡ
    màn.", "I forgot to put up the mosquito net." as "Tôi quên mắc màn." (_DOING_EN); None for anything else, a verb not
    agreeing, and "I put up …" (a habit, or done?)."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    words, part = m["verb"].split(), m["part"] or m["part2"]
    verb, i, adv = words[-1], bool(m["who"]) and m["who"] == "I", m["just"]
    if part != ("up" if verb.startswith("put") else "down"):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").split())
    aux = {"'ve": "have", "'re": "are", "'m": "am", "'ll": "will", "'s": "is" if "ing" in verb else "has"}.get(aux, aux)
    neg, still = "n't" in aux or " not" in aux, aux.startswith("still")
    core = aux.removeprefix("still ").removesuffix("n't").removesuffix(" not")
    done, net = verb in ("put", "taken"), f"{_FORMS[part][3]} màn"
    if m["q"]:
        ok = not (aux or adv or i) and done and _agrees(m["q"].lower(), one, i)
        return capitalised(f"{who_} {net} chưa?") if ok else None
    if not _agrees(core, one, i) or m["yet"] and not neg or still and not neg:
        return None
    if words[0] == "forgot":
        said = None if aux or adv else f"quên {net}"
    elif core in ("have", "has"):
        said = None if not done or neg and adv else f"{'vẫn ' * still}chưa {net}" if neg else \
            f"vừa {net}" if adv == "just" else f"{net} rồi"
    elif core in ("is", "are", "am"):
        said = f"đang {net}" if verb.endswith("ing") and not adv else None
    elif core == "will":
        said = f"sẽ {net}" if verb in ("put", "take") and not adv else None
    else:  # ("She put up …", "He took down …": done; "I put up …" a habit too)
        past = verb == "took" or verb == "put" and (one or adv)
        said = (f"vừa {net}" if adv == "just" else f"{net} rồi" if adv else f"đã {net}") if past else None
    return said and capitalised(f"{who_} {said}{stop(m['end'])}")


def _told_vi(text: str) -> str | None:
    """"Remember to put up the mosquito net tonight." as "Tối nay nhớ mắc màn nhé.", "Put up the mosquito net." as "Mắc
    màn đi.", "Remember to sleep under a mosquito net." as "Nhớ ngủ màn nhé." (_TOLD_EN); None for anything else."""
    m = _TOLD_EN.fullmatch(text)
    verb, part = m and (m["verb"] or m["verb0"]).lower(), m and (m["part"] or m["part2"])
    if not m or (verb != "sleep" if m["under"] else part != {"put": "up", "take": "down"}.get(verb)):
        return None
    doing, day = "ngủ màn" if m["under"] else f"{_FORMS[part][3]} màn", "tối nay " if m["day"] else ""
    tell = "" if not m["tell"] else "nhớ " if m["tell"].startswith("Remember") else "đừng quên "
    return capitalised(f"{day}{tell}{doing} {'nhé' if tell else 'đi'}{stop(m['end'])}")


def _sleep_vi(text: str) -> str | None:
    """"In my home village I still sleep under a mosquito net." as "Ở quê tôi vẫn ngủ màn.", "Do you sleep under a
    mosquito net?" as "Bạn có ngủ màn không?", "My mother doesn't sleep under a mosquito net any more." as "Mẹ tôi không
    còn ngủ màn nữa." (_SLEEP_EN); None for anything else, a verb not agreeing, and a home village not who's own."""
    m = _SLEEP_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    i, aux, how = bool(m["who"]) and m["who"] == "I", " ".join((m["aux"] or "").split()), keyed(m["how"] or "")
    place = m["place0"] or m["place"]
    if m["q"]:
        ok = _agrees(m["q"].lower(), one, i) and not (aux or place or m["more"] or i) and how in ("", "still")
        return capitalised(f"{who_} {'còn' if how else 'có'} ngủ màn không?") if ok and m["verb"] == "sleep" else None
    if aux:
        core = aux.split()[0].removesuffix("n't").replace("don", "do").replace("doesn", "does")
        if not _agrees(core, one, i) or how or m["verb"] != ("slept" if "never" in aux else "sleep"):
            return None
        said = "chưa bao giờ ngủ màn" if "never" in aux else "không còn ngủ màn nữa" if m["more"] else "không ngủ màn"
    else:
        if m["verb"] != ("sleeps" if one else "sleep") or m["more"]:
            return None
        said = {"": "", "still": "vẫn ", "always": "luôn ", "usually": "thường ", "often": "hay ", "never":
                "không bao giờ ", "no longer": "không còn "}[how] + "ngủ màn" + " nữa" * (how == "no longer")
    if place:
        own = m["who"] and EN_WHOSE.get("I" if i else m["who"].lower()) or m["kin"] and his_her(who_)
        if (m["home0"] or m["home"]).lower() != own:
            return None
        if m["place"]:  # ("không còn ngủ màn ở quê nữa", as _SLEEP reads it)
            more = " nữa" * said.endswith(" nữa")
            return capitalised(f"{who_} {said.removesuffix(' nữa')} ở quê{more}{stop(m['end'])}")
        return f"Ở quê{'' if who_ in ('tôi', 'chúng tôi') else ','} {who_} {said}{stop(m['end'])}"
    return capitalised(f"{who_} {said}{stop(m['end'])}")


def _eaten_vi(text: str) -> str | None:
    """"Without a mosquito net, the mosquitoes would eat you alive." as "Không có màn thì muỗi đốt chết.", "If I don't
    put up the mosquito net, the mosquitoes will eat me alive." as "Không mắc màn thì tôi bị muỗi đốt chết."
    (_EATEN_EN); None for anything else, and who does not do it not the one eaten ("If I don't …, … eat you")."""
    m = _EATEN_EN.fullmatch(text)
    if not m or not m["without"] and m["will"] != "will" or pet(m["obj"], "en"):
        return None
    whom = "" if m["obj"] == "you" else as_whom(m["obj"], "en")
    if whom is None:
        return None
    how = "có" if not m["subj"] else "ngủ" if m["verb"].startswith("sleep") else "mắc"
    if m["subj"]:
        s = re.fullmatch(WHO_EN, m["subj"])
        said = s and who_vi(s)
        if not said or said[0] != (whom or "bạn") or not _agrees(m["dont"].split("n'")[0].split()[0], said[1], False):
            return None
    return f"Không {how} màn thì {whom + ' bị ' if whom else ''}muỗi đốt chết{stop(m['end'])}"


def _bitten_vi(text: str) -> str | None:
    """"I got bitten by mosquitoes because I forgot to put up the mosquito net." as "Tôi bị muỗi đốt vì quên mắc
    màn.", "Last night my mother got bitten by mosquitoes because she didn't sleep under a mosquito net." as "Tối
    qua mẹ tôi bị muỗi đốt vì không ngủ màn." (_BITTEN_EN); None for anything else, and "because" of another."""
    m = _BITTEN_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), i = who_vi(m), bool(m["who"]) and m["who"] == "I"
    own = m["who"] and m["who"].lower() or m["kin"] and {"his": "he", "her": "she"}.get(his_her(who_) or "")
    if not own or m["sub"].lower() != own or not _agrees(m["got"], one, i):
        return None
    said = "quên mắc" if m["why"].startswith("forgot") else "không mắc" if "put" in m["why"] else \
        "không ngủ" if "sleep" in m["why"] else "không có"
    day = f"{_BEHIND_VI[keyed(m['day'])]} " if m["day"] else ""
    return capitalised(f"{day}{who_} bị muỗi đốt vì {said} màn{stop(m['end'])}")


def _hole_vi(text: str) -> str | None:
    """"The mosquito net has a hole in it." and "There's a hole in the mosquito net." as "Màn bị thủng một lỗ.", "My
    mosquito net has two holes in it." as "Màn của tôi bị thủng hai lỗ.", "Does the mosquito net have a hole in it?"
    as "Màn có bị thủng không?" (_HOLE_EN, _THERE_HOLE_EN); None for anything else, and a count not agreeing."""
    m = _HOLE_EN.fullmatch(text) or _THERE_HOLE_EN.fullmatch(text)
    if not m:
        return None
    q, aux = m.groupdict().get("q"), " ".join((m.groupdict().get("aux") or "has").split())
    n, many, det = keyed(m["n"]), m["holes"] == "holes", m["det"].lower()
    net = "Màn" if det == "the" else "Cái màn này" if det == "this" else f"Màn của {WHOSE_VI[det]}"
    if bool(q) != ("?" in m["end"]) or many == (n in ("a", "one", "an")) and n != "any" or n == "an":
        return None
    if q or "not" in aux or "n't" in aux:
        if n not in ("a", "any") or (aux == "have") != bool(q):
            return None
        return f"{net} có bị thủng không?" if q else f"{net} không bị thủng{stop(m['end'])}"
    if aux == "have" or n == "any":
        return None
    holes = {"a": "một", "a few": "mấy", "a lot of": "nhiều", "lots of": "nhiều"}.get(n) or EN_TO_VI[n]
    return f"{net} bị thủng {holes} lỗ{stop(m['end'])}"


def _inside_vi(text: str) -> str | None:
    """"There's a mosquito inside the net." as "Có con muỗi trong màn.", "Are there any mosquitoes inside the net?" as
    "Trong màn có muỗi không?", "A mosquito has got inside the net." as "Có con muỗi chui vào màn." (_INSIDE_EN,
    _INTO_EN); None for anything else, and a count or a verb not agreeing ("There's two mosquitoes")."""
    if m := _INTO_EN.fullmatch(text):
        return f"Có con muỗi chui vào màn{stop(m['end'])}"
    m = next((m for p in _INSIDE_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    n, single, end = keyed(m["n"]), keyed(m["be"]) in ("'s", "is"), stop(m["end"])
    if single != (m["m"] == "mosquito") or single != (n in ("a", "one")):
        return None
    one = "một con " if n == "one" else "con "  # ("There's one mosquito": the one said)
    if "not" not in m.groupdict():  # (asked: "Is there …?")
        return f"Có {one}muỗi trong màn không?" if single else {"any": "Trong màn có muỗi không?", "a lot of":
                                                                "Trong màn có nhiều muỗi không?"}.get(n)
    if m["not"] or n in ("no", "any"):
        return f"Trong màn không có muỗi{end}" if (n == "any") == bool(m["not"]) and not single else None
    many = {"a few": "mấy con ", "a lot of": "nhiều ", "lots of": "nhiều ", "some": ""}.get(n)
    many = one if single else many if many is not None else f"{EN_TO_VI[n]} con "
    return f"Có {many}muỗi trong màn{end}"
