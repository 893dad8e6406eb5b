"""Gossip and rumours, both ways, written whole by rule. v8 (rules on) reads "nói xấu" as saying bad, "buôn chuyện" as
trading, "đồn" as a hill, "gossip" as skiing: "Anh ấy nói xấu tôi sau lưng." → "He badly said I was behind my back.",
"Cô ấy hay nói xấu người khác." → "She usually says the bad person.", "Cô ấy hay buôn chuyện." → "She or
trafficking.", "Họ đang buôn chuyện." → "They are traded.", "Đừng nghe người ta đồn." → "Don't hear people to hill.",
"Đừng tin vào tin đồn." → "Don't believe to be in rumor.", "Người ta sẽ bàn tán đấy." → "It's been discussing.",
"Tôi nghe nói họ chia tay rồi." → "I hear they break up."; "He talks about me behind my back." → "Anh ta đàm phán về
tôi sau lưng tôi." (negotiates), "She's always gossiping." → "Cô ta luôn đi trượt tuyết." (skiing), "She's a
gossip." → "Cô ta là một con ngỗng." (a goose), "Have you heard the rumours about him?" → "Bạn có nghe tiếng tin đồn
về anh ấy không?", "I heard they broke up." → "Tôi nghe thấy họ bùng nổ.". ("It's just a rumour." v8 writes well.)

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone left) says bad things about whom (mt.hobbies.WHOM,
WHOM_EN, other people, everyone) or talks about them behind their back: now, before, often, always, or (behind their
back) with no word of time; "Đừng nói xấu … (nữa)", "Don't / Stop …"; who is gossiping, often, always, a lot, likes
it or not, is a gossip; "Đừng buôn chuyện (nữa)"; it is (just, not) a rumour, asked, "true or just a rumour?"; don't
listen to, believe, mind or spread rumours (that one, about whom); who started the rumour; who has heard it (about
whom), asked or said; who heard that they broke up or are getting married; people or everyone are talking (about
whom, it), will talk. Left: "nói xấu", "buôn chuyện" with no word of time ("Họ buôn chuyện.": now or then?), "Bạn có
nói xấu tôi không?" (did, or do?), "heard that" with any other clause, "There's a rumour that …", "Everyone knows."
(v8 writes it well), "Who told you that?" (mt/telling.py's), lies (mt/lies.py), news (mt/news.py).
mt.phrasebook.translate tries these after mt/scams.py.

    >>> translate("Anh ấy nói xấu tôi sau lưng.", "vi", "en"), translate("She's always gossiping.", "en", "vi")
    ('He talks about me behind my back.', 'Cô ấy lúc nào cũng buôn chuyện.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import his_her
from .text import BE_EN, SOFTENED_END, alternatives, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:nói\s+xấu|buôn\s+chuyện|đồn|bàn\s+tán|nghe\s+nói)"),
         "en": lazy(r"(?i:behind|bad\s+things|gossip|rumou?r|talk|hear)")}

# whose back, after whom in English ("about me behind my back"; "other people": "their backs")
_BACK = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}
_OTHERS = {"người khác": "other people", "mọi người": "everyone"}
_OTHERS_VI = {"other people": "người khác", "people": "người khác", "others": "người khác", "everyone": "mọi người",
              "everybody": "mọi người"}
# how often or when who says bad things ("đang": now, "đã": before; no word only behind one's back)
_HOW = {"đang": "now", "đã": "past", "hay": "often", "thường": "often", "luôn": "always", "lúc nào cũng": "always"}
_HOW_EN = {"always": "luôn ", "often": "hay ", "never": "không bao giờ "}
_BADMOUTH = lazy(rf"(?:{WHO}\s+(?:(?P<how>{alternatives(_HOW)})\s+)?|(?P<dont>(?i:đừng))\s+(?:có\s+)?)nói\s+xấu\s+"
                 rf"(?:(?P<back0>sau\s+lưng)\s+)?(?:(?P<others>{alternatives(_OTHERS)})|{WHOM})"
                 rf"(?:\s+(?P<back>sau\s+lưng))?(?:\s+(?P<more>nữa))?(?:\s+(?:đấy|đó|nhé))?{SOFTENED_END}")
_BADMOUTH_EN = lazy(rf"(?:(?P<dont>Don['’]t|Do\s+not|Stop)\s+|{WHO_EN}{BE_EN}?(?:\s+(?P<how>always|often|never))?\s+)"
                    r"(?P<verb>talk(?:s|ing|ed)?|say(?:s|ing)?|said)\s+(?P<bad>bad\s+things\s+)?about\s+"
                    rf"(?:(?P<others>{alternatives(_OTHERS_VI)})|{WHOM_EN})(?:\s+behind\s+(?P<back>my|your|his|"
                    r"her|our|their)\s+backs?)?\s*(?P<end>[.!]*)")
# gossiping, as English says it of one (the first English of each Vietnamese is written back; `_agreed` says it of
# others), and told not to
_GOSSIP = {"is gossiping": "đang buôn chuyện", "is gossiping again": "lại đang buôn chuyện",
           "is always gossiping": "lúc nào cũng buôn chuyện", "always gossips": "luôn buôn chuyện",
           "often gossips": "hay buôn chuyện", "gossips": "hay buôn chuyện", "gossips a lot": "hay buôn chuyện lắm",
           "likes gossiping": "thích buôn chuyện", "likes to gossip": "thích buôn chuyện",
           "loves gossiping": "rất thích buôn chuyện", "loves to gossip": "rất thích buôn chuyện",
           "doesn't like gossiping": "không thích buôn chuyện", "doesn't like to gossip": "không thích buôn chuyện",
           "is a gossip": "là người hay buôn chuyện", "is a real gossip": "là người rất hay buôn chuyện",
           "is such a gossip": "là người rất hay buôn chuyện", "don't gossip": "đừng buôn chuyện",
           "do not gossip": "đừng buôn chuyện", "stop gossiping": "đừng buôn chuyện nữa"}
_GOSSIP_VI = {vi: en for en, vi in reversed(_GOSSIP.items())} | {
    "thường buôn chuyện": "often gossips", "buôn chuyện suốt ngày": "is always gossiping",
    "buôn chuyện lắm": "gossips a lot", "đừng có buôn chuyện": "don't gossip"}
_AGREED = {"gossips": "gossip", "likes": "like", "loves": "love", "doesn't": "don't"}  # (said of others)
_GOSSIPING = lazy(rf"(?:{WHO}\s+)?(?P<said>[^.!?]*?buôn\s+chuyện[^.!?]*?){SOFTENED_END}")
_GOSSIPING_EN = lazy(rf"(?:{WHO_EN}(?=[\s'’]))?(?P<said>[\w\s'’]*?gossip\w*(?:\s+again|\s+a\s+lot)?)\s*(?P<end>[.!]*)")
_SHORT_EN = {"'s": " is", "'re": " are", "'m": " am", " does not": " doesn't", " do not": " don't"}
# it is a rumour ("Đó chỉ là tin đồn thôi.", "Đó có phải là tin đồn không?", "… sự thật hay chỉ là tin đồn?")
_IT = {"đó": "it", "đấy": "it", "chuyện đó": "that", "điều đó": "that", "chuyện này": "this", "điều này": "this"}
_IT_VI = {"it": "đó", "that": "đó", "this": "chuyện này"}
_RUMOUR_VI = r"(?:tin|lời)\s+đồn"
_RUMOUR = lazy(rf"(?:(?P<it>(?i:{alternatives(_IT)}))\s+)?(?:(?P<not>không\s+phải)\s+|(?P<ask>(?i:có\s+phải))\s+)?"
               rf"(?P<true>là\s+sự\s+thật\s+hay\s+)?(?P<just>(?i:chỉ)\s+)?là\s+(?:một\s+)?{_RUMOUR_VI}"
               r"(?P<only>\s+thôi)?"
               rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
_RUMOUR_EN = lazy(r"(?:(?P<be0>Is|Was)\s+(?P<it0>it|that|this)|(?P<it>It|That|This)(?P<be>['’]s|\s+is|\s+was))"
                  r"(?P<not>\s+not|n['’]t)?(?P<true>\s+true\s+or)?(?:\s+(?P<just>just|only))?\s+(?:a\s+)?rumou?r"
                  r"\s*(?P<end>[.!?]*)")
# rumours not to heed or spread ("Đừng nghe người ta đồn.", "Đừng tung tin đồn về cô ấy nữa.")
_HEED = {"nghe": "listen to", "tin": "believe", "tin vào": "believe", "để ý đến": "pay attention to",
         "để ý": "pay attention to", "tung": "spread", "lan truyền": "spread", "phát tán": "spread"}
_HEED_VI = {"listen to": "nghe", "believe": "tin vào", "pay attention to": "để ý đến", "spread": "tung"}
_HEEDING = {"listen to": "listening to", "believe": "believing", "pay attention to": "paying attention to",
            "spread": "spreading"}
_THAT = {"đó": "that", "này": "this", "ấy": "that"}
_THE_RUMOUR = rf"(?:(?P<people>người\s+ta\s+đồn)|(?:(?P<many>những|các)\s+)?{_RUMOUR_VI}(?:\s+(?P<that>đó|này|ấy))?)"
_DONT = lazy(rf"(?P<please>(?i:làm\s+ơn|xin)\s+)?(?i:đừng)\s+(?:có\s+)?(?P<verb>{alternatives(_HEED)})\s+"
             rf"{_THE_RUMOUR}(?:\s+về\s+{WHOM})?(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
_RUMOURS_EN = (r"(?:(?P<that>the|that|this|those|these)\s+)?(?P<rumour>rumou?rs?|gossip)"
               rf"(?:\s+about\s+{WHOM_EN})?")
_DONT_EN = lazy(rf"(?:(?P<please>Please\s+)?(?P<dont>[Dd]on['’]t|[Dd]o\s+not)|(?P<stop>Stop))\s+(?P<verb>"
                rf"{alternatives(list(_HEEDING) + list(_HEEDING.values()))})\s+{_RUMOURS_EN}\s*(?P<end>[.!]*)")
# who started it ("Ai đã tung tin đồn đó?")
_STARTED = lazy(rf"(?i:ai)\s+(?:đã\s+)?(?:tung|lan\s+truyền|phát\s+tán)\s+(?:ra\s+)?{_RUMOUR_VI}"
                rf"(?:\s+(?P<that>đó|này|ấy))?(?:\s+về\s+{WHOM})?{SOFTENED_END}")
_STARTED_EN = lazy(rf"Who\s+(?:started|spread)\s+{_RUMOURS_EN}\s*\?+")
# who has heard the rumour, or heard that they broke up ("Bạn nghe tin đồn chưa?", "Tôi nghe nói họ chia tay rồi.")
_THEY_DID = {"chia tay": "they broke up", "đã chia tay": "they broke up", "sắp cưới": "they're getting married",
             "sắp kết hôn": "they're getting married"}
_THEY_DID_VI = {"broke up": "đã chia tay rồi", "have broken up": "đã chia tay rồi", "'ve broken up": "đã chia tay rồi",
                "are getting married": "sắp cưới", "'re getting married": "sắp cưới"}
_HEARD = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+)?nghe\s+(?:{_RUMOUR_VI}(?:\s+(?P<that>đó|này|ấy))?(?:\s+về\s+{WHOM})?|"
              rf"nói\s+họ\s+(?P<they>{alternatives(_THEY_DID)}))(?:\s+(?P<yet>chưa|rồi))?{SOFTENED_END}")
_HEARD_EN = lazy(rf"(?:(?P<do>Have|Has|Did)\s+)?{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+(?P<verb>hear|"
                 rf"heard)\s+(?:{_RUMOURS_EN}|(?:that\s+)?they(?P<they>\s+broke\s+up|(?:\s+have|['’]ve)\s+broken\s+"
                 r"up|(?:\s+are|['’]re)\s+getting\s+married))\s*(?P<end>[.!?]*)")
# people talking about someone ("Người ta đang bàn tán về họ.", "Người ta sẽ bàn tán đấy.")
_PEOPLE = {"người ta": "people", "mọi người": "everyone", "ai cũng": "everyone"}
_TALKED = lazy(rf"(?:(?P<people>(?i:{alternatives(_PEOPLE)}))|{WHO})\s+(?:đều\s+)?(?P<how>đang|sẽ)\s+bàn\s+tán"
               rf"(?:\s+(?:về\s+)?(?:(?P<it>chuyện\s+(?:đó|này)|điều\s+(?:đó|này))|{WHOM}))?(?:\s+(?:đấy|đó))?"
               rf"{SOFTENED_END}")
_TALKED_EN = lazy(r"(?P<people>People|Everyone|Everybody)(?P<be>\s+is|\s+are|['’]s|['’]re|\s+will)\s+(?P<verb>"
                  rf"talking|talk)(?:\s+about\s+(?:(?P<it>it|that|this)|{WHOM_EN}))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of gossip or rumours; None for any other."""
    if src == "vi":
        return _badmouth(text) or _gossiping(text) or _rumour(text) or _dont(text) or _started(text) or _heard(
            text) or _talked(text)
    return _badmouth_vi(text) or _gossiping_vi(text) or _rumour_vi(text) or _dont_vi(text) or _started_vi(
        text) or _heard_vi(text) or _talked_vi(text)


def _said(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO said, in English, and whether one: ("he", True); None for "anh" … alone."""
    said = who(m, False)
    return said and (said[0], be(said[0]) == "is")


def _whom(m: re.Match, lang: str) -> str | None:
    """Whom of WHOM (`lang` "vi") in English, of WHOM_EN ("en") in Vietnamese, or group others; None for others."""
    if m["others"]:
        return _OTHERS[" ".join(m["others"].lower().split())] if lang == "vi" else _OTHERS_VI[m["others"].lower()]
    return as_whom(m["whom"], lang)


def _back(whom: str, vi: str) -> str | None:
    """Whose back, after whom in English ("me": "my back", "other people": "their backs"; "mẹ tôi" `vi`: "her
    back"); None for one whose English says neither ("Lan", "everyone")."""
    whose = "their" if whom == "other people" else _BACK.get(whom) or (his_her(vi) if whom != "everyone" else None)
    return whose and f"{whose} back{'s' * (whose in ('our', 'their'))}"


def _badmouth(text: str) -> str | None:
    """"Anh ấy nói xấu tôi sau lưng." as "He talks about me behind my back.", "Cô ấy hay nói xấu người khác." as
    "She often says bad things about other people." (_BADMOUTH); None for "Anh ấy nói xấu tôi." (when?)."""
    m = _BADMOUTH.fullmatch(text)
    if not m or "?" in m["end"] or m["back0"] and m["back"] or m["more"] and not m["dont"]:
        return None
    whom, back = _whom(m, "vi"), m["back0"] or m["back"]
    whose = back and whom and _back(whom, m["others"] or m["whom"])
    if whom is None or back and not whose:
        return None
    said = f"about {whom} behind {whose}" if back else f"bad things about {whom}"
    verb = "talk" if back else "say"
    if m["dont"]:
        return f"Stop {verb}ing {said}." if m["more"] else f"Don't {verb} {said}."
    subject, how = _said(m), _HOW.get(" ".join((m["how"] or "").split()), "")
    if subject is None or whom == {"I": "me", "we": "us", "you": "you"}.get(subject[0]) or _itself(m, text):
        return None  # ("Tôi nói xấu tôi", "Bạn nói xấu bạn", "Anh ấy nói xấu anh ấy": one person, or bad English)
    who_, s = subject[0], "s" * subject[1]
    if how == "now":
        return capitalised(contracted(who_, f"{be(who_)} {verb}ing {said}."))
    if how == "past":
        return capitalised(f"{who_} {'said' if verb == 'say' else 'talked'} {said}.")
    if not how and not back:
        return None
    return capitalised(f"{who_} {how + ' ' if how else ''}{verb}{s} {said}.")


def _itself(m: re.Match, text: str) -> bool:
    """Whether whom of a match of _BADMOUTH is who said again, in the same words ("Bạn nói xấu bạn.")."""
    ends = [m.end(g) for g in ("who", "whose", "titled", "given") if m[g]]
    return bool(ends and m["whom"]) and keyed(text[m.start():max(ends)]) == keyed(m["whom"])


def _agreed(said: str, who_: str) -> str | None:
    """What is said of one in _GOSSIP, said of who in English ("is gossiping": "I am gossiping", "they gossip");
    None for one gossip said of more ("They are a gossip", "They are a real gossip", "They are such a gossip").

    >>> _agreed("is such a gossip", "they"), _agreed("is a real gossip", "I"), _agreed("gossips a lot", "they")
    (None, 'am a real gossip', 'gossip a lot')
    """
    if be(who_) == "is":
        return said
    a_gossip = said.startswith("is ") and said.endswith(" gossip")  # (the noun: "is a real gossip")
    return None if a_gossip and who_ != "I" else " ".join(
        be(who_) if w == "is" else _AGREED.get(w, w) for w in said.split())


def _gossiping(text: str) -> str | None:
    """"Cô ấy hay buôn chuyện." as "She often gossips.", "Cô ấy là người hay buôn chuyện." as "She's a gossip.",
    "Đừng buôn chuyện nữa." as "Stop gossiping." (_GOSSIPING, _GOSSIP_VI); None for "Họ buôn chuyện." (when?)."""
    m = _GOSSIPING.fullmatch(text)
    said = m and _GOSSIP_VI.get(" ".join(m["said"].lower().split()))
    told = bool(said) and said.startswith(("don't", "stop"))  # ("Đừng buôn chuyện.": no who)
    if not said or "?" in m["end"] or told == (m.start("said") > 0):
        return None
    if told:
        return f"{capitalised(said)}."
    subject = _said(m)
    agreed = subject and _agreed(said, subject[0])
    return agreed and capitalised(contracted(subject[0], f"{agreed}."))



def _rumour(text: str) -> str | None:
    """"Đó chỉ là tin đồn thôi." as "It's just a rumour.", "Đó là tin đồn thôi." as "It's just a rumour.", "Đó có
    phải là tin đồn không?" as "Is it a rumour?" (_RUMOUR); None for anything else."""
    m = _RUMOUR.fullmatch(text)
    asked = "?" in (m and m["end"] or "")
    if not m or not (m["it"] or m["just"] or m["ask"]) or m["not"] and (asked or m["true"] or m["only"] and not
                                                                         m["just"]):
        return None  # ("Đó không phải là tin đồn thôi": not only, or not at all?)
    # ("thôi", only, says "just" as "chỉ" does)
    it, just = _IT[" ".join(m["it"].lower().split())] if m["it"] else "it", " just" * bool(m["just"] or m["only"])
    if m["true"]:
        return f"Is {it} true or{just} a rumour?" if asked and not (m["ask"] or m["asked"]) else None
    if asked:
        right = m["asked"] == "à" and not m["ask"] or m["asked"] == "không" and m["ask"]
        return f"Is {it}{just} a rumour?" if right else None
    if m["ask"] or m["asked"]:
        return None
    return capitalised(f"{'this is' if it == 'this' else it + chr(39) + 's'}{' not' * bool(m['not'])}{just} a rumour.")


def _dont(text: str) -> str | None:
    """"Đừng nghe người ta đồn." as "Don't listen to rumours.", "Đừng tung tin đồn về cô ấy nữa." as "Stop
    spreading rumours about her." (_DONT); None for anything else."""
    m = _DONT.fullmatch(text)
    if not m:
        return None
    verb = _HEED[" ".join(m["verb"].lower().split())]
    whom = m["whom"] and as_whom(m["whom"], "vi")
    if m["people"] and verb not in ("listen to", "believe") or m["whom"] and not whom:
        return None
    that = _THAT.get(m["that"] or "")
    rumours = ("those" if that == "that" else "these") if m["many"] and that else that
    rumours = f"{rumours} rumour{'s' * bool(m['many'])}" if that else "rumours"
    doing = f"stop {_HEEDING[verb]}" if m["more"] else f"don't {verb}"
    return capitalised(f"{'Please ' * bool(m['please'])}{doing} {rumours}{f' about {whom}' if whom else ''}.")


def _started(text: str) -> str | None:
    """"Ai đã tung tin đồn đó?" as "Who started that rumour?" (_STARTED); None for anything else."""
    m = _STARTED.fullmatch(text)
    whom = m and m["whom"] and as_whom(m["whom"], "vi")
    if not m or m["whom"] and not whom or "?" not in m["end"]:
        return None
    return f"Who started {_THAT.get(m['that'] or '', 'the')} rumour{f' about {whom}' if whom else ''}?"


def _heard(text: str) -> str | None:
    """"Bạn nghe tin đồn chưa?" as "Have you heard the rumour?", "Tôi đã nghe tin đồn đó rồi." as "I've heard that
    rumour.", "Tôi nghe nói họ chia tay rồi." as "I heard they broke up." (_HEARD); None for anything else."""
    m = _HEARD.fullmatch(text)
    asked = "?" in (m and m["end"] or "")
    said = m and who(m, asked)
    whom = m and m["whom"] and as_whom(m["whom"], "vi")
    if not m or said is None or m["whom"] and not whom or asked != (m["yet"] == "chưa"):
        return None
    who_, one = said[0], be(said[0]) == "is"
    if m["they"]:
        return None if asked or m["did"] or m["yet"] and "chia" not in m["they"] else capitalised(
            f"{who_} heard {_THEY_DID[' '.join(m['they'].split())]}.")
    rumour = f"{_THAT.get(m['that'] or '', 'the')} rumour{f' about {whom}' if whom else ''}"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} heard {rumour}?"
    return capitalised(contracted(who_, f"{'has' if one else 'have'} heard {rumour}.")) if m["yet"] or m[
        "did"] else None


def _talked(text: str) -> str | None:
    """"Người ta đang bàn tán về họ." as "People are talking about them.", "Người ta sẽ bàn tán đấy." as "People will
    talk." (_TALKED); None for anything else."""
    m = _TALKED.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    said = (_PEOPLE[" ".join(m["people"].lower().split())], False) if m["people"] else _said(m)
    whom = m["whom"] and as_whom(m["whom"], "vi")
    if said is None or m["whom"] and not whom:
        return None
    who_ = said[0]
    about = f" about {whom}" if whom else " about it" if m["it"] and "đó" in m["it"] else " about this" if m[
        "it"] else ""
    if m["how"] == "sẽ":
        return capitalised(f"{who_} will talk{about}.")
    return capitalised(contracted(who_, f"{'are' if who_ == 'people' else be(who_)} talking{about}."))


def _en(m: re.Match) -> str:
    """Who of a match of WHO_EN as `be` reads it: "I", "you", "they", "he" …, or "x" for anyone else (one)."""
    said = (m["who"] or "x").lower()
    return "I" if said == "i" else said


def _badmouth_vi(text: str) -> str | None:
    """"He talks about me behind my back." as "Anh ấy nói xấu tôi sau lưng." (_BADMOUTH_EN); None where the verb
    does not agree, or the back is not whom's ("about me behind his back")."""
    m = _BADMOUTH_EN.fullmatch(text)
    if not m or bool(m["bad"]) != m["verb"].lower().startswith("s") or not (m["back"] or m["bad"]):
        return None
    whom = _whom(m, "en")
    whose = m["back"] and whom and _back("other people" if m["others"] else m["whom"].lower(), whom)
    if whom is None or m["back"] and (not whose or whose.split()[0] != m["back"].lower() or whom == "mọi người"):
        return None  # ("about me behind his back", "about everyone behind their backs")
    back = " sau lưng" if m["back"] else ""
    said = f"nói xấu sau lưng {whom}" if back and whom == "người khác" else f"nói xấu {whom}{back}"
    verb = m["verb"].lower()
    if m["dont"]:
        stop = m["dont"].lower() == "stop"
        return f"Đừng {said}{' nữa' * stop}." if verb.endswith("ing") == stop and verb in (
            "talk", "say", "talking", "saying") else None
    who_, _ = who_vi(m)
    if whom == who_:
        return None  # ("You're saying bad things about you.", "He talks about him …": "Anh ấy nói xấu anh ấy" is one)
    if m["be"]:
        if be_said(m["be"]) != be(_en(m)) or not verb.endswith("ing") or m["how"] == "never":
            return None
        return capitalised(f"{who_} {'luôn' if m['how'] else 'đang'} {said}.")
    if verb in ("talked", "said"):
        return None if m["how"] else capitalised(f"{who_} đã {said}.")
    if verb.endswith("ing") or verb.endswith("s") != (be(_en(m)) == "is"):
        return None
    return capitalised(f"{who_} {_HOW_EN.get((m['how'] or '').lower(), '')}{said}.")


def _gossiping_vi(text: str) -> str | None:
    """"She's always gossiping." as "Cô ấy lúc nào cũng buôn chuyện.", "She's a gossip." as "Cô ấy là người hay
    buôn chuyện." (_GOSSIPING_EN, _GOSSIP); None where the verb does not agree."""
    m = _GOSSIPING_EN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    said = " " + " ".join(m["said"].lower().replace("’", "'").split())
    for short, long in _SHORT_EN.items():
        said = said.replace(short, long)
    said, told = said.strip(), m.start("said") == 0  # ("Stop gossiping.": no who)
    vi = next((vi for one, vi in _GOSSIP.items() if vi.startswith("đừng") == told and (
        said == one if told else _agreed(one, _en(m)) == said)), None)
    return vi and capitalised(f"{vi}." if told else f"{who_vi(m)[0]} {vi}.")



def _rumour_vi(text: str) -> str | None:
    """"It's just a rumour." as "Đó chỉ là tin đồn thôi.", "Is it a rumour?" as "Đó có phải là tin đồn không?"
    (_RUMOUR_EN); None for anything else."""
    m = _RUMOUR_EN.fullmatch(text)
    if not m or bool(m["be0"]) != ("?" in m["end"]) or m["true"] and not m["be0"] or m["not"] and m["be0"]:
        return None
    it = _IT_VI[(m["it0"] or m["it"]).lower()]
    if m["true"]:
        return capitalised(f"{it} là sự thật hay {'chỉ ' * bool(m['just'])}là tin đồn?")
    if m["be0"]:
        return capitalised(f"{it} có phải {'chỉ ' * bool(m['just'])}là tin đồn không?")
    if m["not"]:
        return capitalised(f"{it} không {'chỉ' if m['just'] else 'phải'} là tin đồn.")
    return capitalised(f"{it} chỉ là tin đồn thôi." if m["just"] else f"{it} là tin đồn.")


def _rumours_vi(m: re.Match) -> str | None:
    """The rumours of a match of _RUMOURS_EN in Vietnamese: "tin đồn" for "rumours", "tin đồn đó" for "that
    rumour", "những tin đồn về cô ấy" for "the rumours about her"; None for "rumour" alone, "these rumour"."""
    that, many = (m["that"] or "").lower(), m["rumour"].lower().endswith("s")
    whom = m["whom"] and as_whom(m["whom"], "en")
    if m["whom"] and not whom or not that and not many or that and (that in ("those", "these")) != many and (
            that != "the"):
        return None
    said = "tin đồn" + {"this": " này", "these": " này", "": "", "the": "" if whom else " đó"}.get(that, " đó")
    return f"{'những ' * (many and bool(that))}{said}{f' về {whom}' if whom else ''}"


def _dont_vi(text: str) -> str | None:
    """"Stop spreading rumours about her." as "Đừng tung tin đồn về cô ấy nữa." (_DONT_EN); None where the verb
    does not go with "Don't" or "Stop"."""
    m = _DONT_EN.fullmatch(text)
    if not m:
        return None
    verb = " ".join(m["verb"].lower().split())
    base = next((b for b, ing in _HEEDING.items() if verb in (b, ing)), "")
    if (verb != base) != bool(m["stop"]):
        return None
    if m["rumour"].lower() == "gossip":
        return "Đừng nghe người ta đồn." if base == "listen to" and not (m["that"] or m["whom"] or m["stop"]) else None
    said = _rumours_vi(m)
    return said and f"{'Làm ơn đừng' if m['please'] else 'Đừng'} {_HEED_VI[base]} {said}{' nữa' * bool(m['stop'])}."


def _started_vi(text: str) -> str | None:
    """"Who started that rumour?" as "Ai đã tung tin đồn đó?" (_STARTED_EN); None for anything else."""
    m = _STARTED_EN.fullmatch(text)
    said = m and m["rumour"].lower() != "gossip" and _rumours_vi(m)
    return f"Ai đã tung {said}?" if said else None


def _heard_vi(text: str) -> str | None:
    """"Have you heard the rumour?" as "Bạn đã nghe tin đồn đó chưa?", "I heard they broke up." as "Tôi nghe nói họ
    đã chia tay rồi." (_HEARD_EN); None where the verb does not agree with who."""
    m = _HEARD_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, _ = who_vi(m)
    one, do, verb = be(_en(m)) == "is", (m["do"] or "").lower(), m["verb"].lower()
    have = (m["have"] or "").strip().lower().replace("’", "'")
    hear = do == "did" or not (do or have) and m["they"]  # ("Did you hear", "I hear they …"; else "heard")
    if do and have or (verb == "hear") != bool(hear) and (verb == "hear" or do == "did") or (
            (do or have) in ("has", "'s")) != one and (do or have) not in ("", "did"):
        return None  # ("Has you heard", "I's heard", "Have you hear", "Did you heard")
    if m["they"]:
        they = _THEY_DID_VI.get(" ".join(m["they"].replace("’", "'").split()))
        return None if do or have or not they else capitalised(f"{who_} nghe nói họ {they}.")
    if m["rumour"].lower() == "gossip" or (said := _rumours_vi(m)) is None:
        return None
    if do:
        return capitalised(f"{who_} {'có' if do == 'did' else 'đã'} nghe {said} {'không' if do == 'did' else 'chưa'}?")
    return capitalised(f"{who_} đã nghe {said}{' rồi' * bool(have)}.")


def _talked_vi(text: str) -> str | None:
    """"People are talking about them." as "Người ta đang bàn tán về họ." (_TALKED_EN); None where the verb does
    not agree."""
    m = _TALKED_EN.fullmatch(text)
    if not m:
        return None
    many, will = m["people"] == "People", m["be"].strip() == "will"
    whom = m["whom"] and as_whom(m["whom"], "en")
    if will != (m["verb"] == "talk") or not will and (be_said(m["be"]) == "are") != many or m["whom"] and not whom:
        return None
    about = f" về {whom}" if whom else f" về {'chuyện này' if m['it'] == 'this' else 'chuyện đó'}" if m["it"] else ""
    return f"{'Người ta' if many else 'Mọi người'} {'sẽ' if will else 'đang'} bàn tán{about}."
