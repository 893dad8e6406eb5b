"""Filming videos and livestreaming, both ways, written whole by rule: who films a video (now, just, done, ahead, as a
habit or for a living), an event (a wedding, someone's birthday party), with a phone or for their YouTube or TikTok
channel; who livestreams (on a platform, to sell things), likes filming or livestreaming; and "don't film me". v8
(rules on) reads "quay" as turning and "livestream" as nothing, and "livestream" back as living: "Cô ấy đang
livestream bán quần áo." → "She is instream selling clothes.", "Tôi đang quay video cho kênh YouTube của tôi." → "I'm
turning video to my YouTube channel.", "Anh ấy thích quay video bằng điện thoại." → "He likes to turn videos with the
phone.", "Chị ấy livestream mỗi tối." → "She livesstream every night.", "Anh ấy chuyên quay video đám cưới." → "He
specializes the wedding video.", "Đừng quay video tôi." → "Don't turn my video.", "Mẹ tôi đang phát trực tiếp trên
Facebook." → "My mother was directly playing on Facebook."; "She's livestreaming to sell clothes." → "Cô ấy đang
sốngstream để bán quần áo.", "I'm filming a video for my YouTube channel." → "Tôi đang quay phim phim cho kênh
YouTube của tôi.", "My mother is livestreaming on Facebook." → "Mẹ tôi đang tham gia vào Facebook.", "Stop filming
me." → "Dừng ghi hình cho tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) filming ("quay video", "quay clip", "quay một video"; "quay phim" only
now or liked): now ("đang", asked with "có đang … không?" or "à?"), done ("đã", or a day behind), just ("vừa"), ahead
("sẽ", a day ahead or of today), as a habit (EVERY, SELDOM, both only with "thường": usually, or "luôn"; "có … không?"
with one of them) or for a living ("chuyên": "He films weddings."); what: one of EVENTS (whose; "the" done or ahead;
many as a habit), "một video"; with a phone (whose own, or said), for whose YouTube or TikTok channel; who livestreams
("livestream", "live", "phát trực tiếp") on one of the PLATFORMS, to sell one of GOODS, in the same tenses; who likes
(really, not, asked) filming or livestreaming; "Đừng quay (video) tôi (nữa)." ("Don't film me.", "Stop filming me."),
"Đừng quay video nữa." ("Stop filming."), "please" before or after. Left: a plain verb with no word of time ("Anh ấy
quay video đám cưới.": he films weddings, or he filmed the wedding?), "có … không?" with no habit word ("Bạn có quay
video không?": do you, or did you?), another word of how often with a time ("hay quay video mỗi ngày": often, or every
day?), a bare video done or ahead ("Tôi đã quay video.": one or more?), "đám cưới" filmed now with no whose (a wedding,
or the wedding?), "his" or "her" event of kin or a name ("My mother filmed her daughter's graduation.": "cô ấy" is
another), a statement ending "vậy", "thế" (then?), "anh", "chị", "em" alone saying it, "I" asked, a pet as who, "quay"
turning ("Đừng quay lại.", "Đừng quay nữa."), posting a video (mt/social_media.py), videos deleted or stored
(mt/phone_storage.py), watching YouTube (mt/doing_now.py), photos (mt/photos.py), weddings themselves
(mt/weddings.py), and anything else.
mt.phrasebook.translate tries these after mt/calligraphy.py.

    >>> translate("Cô ấy đang livestream bán quần áo.", "vi", "en"), translate("Don't film me.", "en", "vi")
    ("She's livestreaming to sell clothes.", 'Đừng quay video tôi.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (EVERY, EVERY_VI, HABIT_VI, OWNER, SELDOM, SELDOM_VI, SOMEONE_EN, WHO, WHO_EN, animal, as_whom,
                      be_agrees, em_speaking, often_said, owner_of, person_of, someone, whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .social_media import PLATFORMS
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (SOFTENED_END, STRESSED_SAID, WHOSE_OF, alternatives, be, capitalised, contracted, keyed, present,
                   stop)

# events filmed: English one, many (the first Vietnamese of each is written back)
EVENTS = {"đám cưới": ("wedding", "weddings"), "tiệc cưới": ("wedding", "weddings"),
          "tiệc sinh nhật": ("birthday party", "birthday parties"), "lễ tốt nghiệp": ("graduation", "graduations"),
          "buổi hòa nhạc": ("concert", "concerts")}
EVENTS_VI = {en: vi for vi, ones in reversed(EVENTS.items()) for en in ones}
_MANY_EVENTS = {many for _, many in EVENTS.values()}
# what is sold on a livestream, after "bán" and after "to sell"
GOODS = {"hàng": "things", "quần áo": "clothes", "mỹ phẩm": "cosmetics", "giày": "shoes", "giày dép": "shoes",
         "đồ ăn": "food", "hoa quả": "fruit", "trái cây": "fruit", "túi xách": "handbags", "đồ ăn vặt": "snacks"}
GOODS_VI = {en: vi for vi, en in reversed(GOODS.items())}
# the days each way: done, ahead, or today's (with "đã" or "sẽ")
DAYS = near_days("hôm qua", "sáng hôm qua", "tối qua", "tối hôm qua", "hôm kia", "tuần trước", "hôm nay", "sáng nay",
                 "chiều nay", "tối nay", "ngày mai", "sáng mai", "chiều mai", "tối mai", "tuần sau", "cuối tuần này")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:quay|live|phát\s+trực\s+tiếp)"), "en": lazy(r"(?i:film|livestream|live-stream)")}
# the verbs in English: base, "-s", past, "-ing"
_VERBS = {"film": ("film", "films", "filmed", "filming"),
          "live": ("livestream", "livestreams", "livestreamed", "livestreaming")}

# how often, said with a time after it ("thường … mỗi tối": usually; "hay … mỗi ngày", "thỉnh thoảng … mỗi ngày",
# "không bao giờ … mỗi tối" say against it: often, or every day?)
_SELDOM_TIMED = {"thường", "thường thường", "luôn", "luôn luôn"}
# when and how often, before the doing ("Tôi đang …", "Bạn có hay … không?", "Mẹ tôi không thích …")
_DAY0 = rf"(?:(?P<day0>(?i:{alternatives(DAYS)}))\s*,?\s+)?"
_HOW = (r"(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+(?!bao\s+giờ))?(?:(?P<aux>đang|đã|vừa\s+mới|vừa|mới|sẽ|chuyên)\s+)?"
        rf"(?:(?P<seldom>{alternatives(SELDOM)})\s+)?(?:(?P<like>(?:rất\s+)?thích)\s+)?")
_TAIL = (rf"(?:\s+(?P<every>{alternatives(EVERY)}))?(?:\s+(?P<day>(?i:{alternatives(DAYS)})))?"
         rf"(?:\s+(?P<asked>không|à))?{SOFTENED_END}")
_OWNERS = rf"(?i:{alternatives(OWNERS)})"
# filming ("Tôi đang quay video cho kênh YouTube của tôi.", "Anh ấy chuyên quay video đám cưới.")
_FILM = lazy(rf"{_DAY0}{WHO}\s+{_HOW}quay\s+(?P<noun>(?:một\s+)?(?:đoạn\s+)?video|clip|phim)"
             rf"(?:\s+(?P<event>{alternatives(EVENTS)})(?:\s+(?:của\s+)?{OWNER})?)?"
             rf"(?:\s+bằng\s+điện\s+thoại(?:\s+di\s+động)?(?:\s+(?:của\s+)?(?P<powner>{_OWNERS}))?(?P<phone>))?"
             rf"(?:\s+cho\s+kênh(?:\s+(?P<chan>(?i:youtube|tiktok)))?\s+(?:của\s+)?(?P<cowner>{_OWNERS}))?{_TAIL}")
# livestreaming ("Cô ấy đang livestream bán quần áo.", "Mẹ tôi đang phát trực tiếp trên Facebook.")
_P = rf"(?i:{alternatives(PLATFORMS)})"
_LIVE = lazy(rf"{_DAY0}{WHO}\s+{_HOW}(?:livestream|live\s*stream|live|phát\s+trực\s+tiếp)"
             rf"(?:\s+trên\s+(?P<p>{_P}))?(?:\s+bán\s+(?P<sell>{alternatives(GOODS)}))?(?:\s+trên\s+(?P<p2>{_P}))?"
             rf"{_TAIL}")
# "Đừng quay video tôi.", "Đừng quay tôi nữa.", "Đừng quay video nữa."
_DONT = lazy(r"(?:(?P<please>(?i:làm\s+ơn|xin))\s+)?(?i:đừng)\s+quay(?P<noun>\s+(?:video|phim|clip))?"
             r"(?:\s+(?P<whom>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?))??(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha))?"
             r"\s*(?P<end>[.!]*)")
# whom not to film (people spoken of, not "you", nor "anh", "em" …: the speaker, or not?)
_WHOM_OK = {"me", "us", "him", "her", "them"}

# ... in English: a question's first word, who, the verb's helper and an adverb
_OPEN_EN = r"(?:(?P<q>Are|Is|Am|Do|Does)\s+)?"
_AUX_EN = (r"(?P<aux>\s+(?:is|am|are|will|has|have)|['’](?:s|re|m|ll|ve)|\s+(?:does|do)(?:\s+not|n['’]t))?"
           rf"(?:\s+(?P<adv>just|really|{alternatives(SELDOM_VI)}))?")
_VERB_EN = r"(?:(?P<like>likes?|loves?)\s+)?"
_END_EN = (rf"(?:\s+(?P<every>{alternatives(EVERY_VI)}))?(?:\s+(?P<day>(?i:{alternatives(DAYS_VI)})))?"
           r"\s*(?P<end>[.!?]*)")
_EVENT_EN = alternatives(EVENTS_VI)
_FILM_EN = lazy(rf"{_OPEN_EN}{WHO_EN}{_AUX_EN}\s+{_VERB_EN}(?P<verb>films?|filmed|filming)"
                rf"(?:\s+(?P<video>a\s+video|videos)|\s+(?P<the>the\s+)?(?P<event>{_EVENT_EN})|"
                rf"\s+(?:(?P<eowner>(?i:{WHOSE_WORDS}))|(?P<esomeone>{SOMEONE_EN})['’]s)\s+(?P<owned>{_EVENT_EN}))?"
                rf"(?:\s+(?:with|on)\s+(?P<powner>(?i:{WHOSE_WORDS}))\s+phone)?"
                rf"(?:\s+for\s+(?P<cowner>(?i:{WHOSE_WORDS}))\s+(?:(?P<chan>YouTube|TikTok)\s+)?channel)?{_END_EN}")
_LIVE_EN = lazy(rf"{_OPEN_EN}{WHO_EN}{_AUX_EN}\s+{_VERB_EN}(?P<verb>(?i:live-?stream(?:s|ed|ing)?))"
                rf"(?:\s+on\s+(?P<p>{_P}))?(?:\s+to\s+sell\s+(?P<sell>{alternatives(GOODS_VI)}))?{_END_EN}")
_DONT_EN = lazy(r"(?:(?P<please>Please)\s+)?(?:(?P<dont>(?i:don['’]t|do\s+not))\s+film|"
                r"(?P<stop>(?i:stop))\s+filming)"
                r"(?:\s+(?P<whom>me|us|him|her|them|(?i:my|his|her|our|their)\s+\w+(?:\s+\w+)?))?"
                r"(?P<more>\s+any\s*more)?(?:,?\s+(?P<please2>please))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who films a video or livestreams, or likes to, or tells
    someone not to film; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):
            return None  # ("Cô ấy đang livestream vậy.": then, like that; asked, they only soften)
        return _film(text) or _live(text) or _dont(text)
    return _film_vi(text) or _live_vi(text) or _dont_vi(text)


def _aspect(m: re.Match) -> str | None:
    """What a match of _FILM or _LIVE says of time: "now", "now?", "past", "just", "will", "habit", "do?", "like",
    "like?", "not like"; None where its words do not go together ("có" with no "không", a "?" on a statement, a day
    against the tense, "chưa" …)."""
    asked, q = m["asked"] or "", "?" in m["end"]
    aux, seldom, day = keyed(m["aux"] or ""), m["seldom"], keyed(m["day0"] or m["day"] or "")
    way = NEAR_WAY.get(day, "")
    if bool(asked) != q or m["day0"] and m["day"] or bool(m["ask"]) != (asked == "không") or (
            asked == "à" and aux != "đang"):
        return None
    if m["like"]:
        if aux or seldom or m["every"] or day or keyed(m["like"]) != "thích" and (asked or m["not"]):
            return None
        return "like?" if asked else "not like" if m["not"] else "like"
    if m["not"] or seldom and m["every"] and keyed(seldom) not in _SELDOM_TIMED:
        return None
    if aux == "đang":
        return None if seldom or m["every"] or day else "now?" if asked else "now"
    if asked and (aux or day or not (seldom or m["every"]) or keyed(seldom or "") == "không bao giờ"):
        return None
    if aux in ("", "chuyên") and (seldom or m["every"]):
        return None if aux or day else "do?" if asked else "habit"
    if seldom or m["every"]:
        return None
    return {("đã", "behind"): "past", ("đã", "today"): "past", ("", "behind"): "past", ("vừa", ""): "just",
            ("mới", ""): "just", ("vừa mới", ""): "just", ("sẽ", ""): "will", ("sẽ", "ahead"): "will",
            ("sẽ", "today"): "will", ("đã", ""): "past", ("chuyên", ""): "habit"}.get((aux, way))


def _said(aspect: str, who_: str, one: bool, verb: str, rest: str, m: re.Match) -> str:
    """The English of who doing `verb` (of _VERBS) with `rest` after it, as `aspect` says, with how often and the
    day of a match of _FILM or _LIVE: "She's livestreaming to sell clothes.", "He often films with his phone."."""
    base, _, past, ing = _VERBS[verb]
    every = f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    day = keyed(m["day0"] or m["day"] or "")
    on = f" {DAYS[day]}" if day else ""
    seldom = f"{often_said(m['seldom'], bool(m['every']))} " if m["seldom"] else ""  # ("usually … every day")
    have = "has" if one else "have"
    end = stop(m["end"])
    said = {"now": lambda: capitalised(contracted(who_, f"{be(who_)} {ing}{rest}") + end),
            "now?": lambda: f"{be(who_).capitalize()} {who_} {ing}{rest}?",
            "past": lambda: capitalised(f"{who_} {past}{rest}{on}{end}"),
            "just": lambda: capitalised(contracted(who_, f"{have} just {past}{rest}") + end),
            "will": lambda: capitalised(contracted(who_, f"will {base}{rest}{on}") + end),
            "habit": lambda: present(who_, one, base, f"{rest}{every}".strip(), end=end, adverb=seldom),
            "do?": lambda: present(who_, one, base, f"{rest}{every}".strip(), asked=True, adverb=seldom),
            "like": lambda: present(who_, one, "like", f"{ing}{rest}", end=end,
                                    adverb="really " * ("rất" in m["like"])),
            "like?": lambda: present(who_, one, "like", f"{ing}{rest}", asked=True),
            "not like": lambda: present(who_, one, "like", f"{ing}{rest}", denied=True, end=end)}
    return said[aspect]()


def _who(m: re.Match, aspect: str) -> tuple[str, bool] | None:
    """Who of a match of _FILM or _LIVE in English, and whether one ("she films"); None for a pet, "I" asked, and "anh",
    "chị", "em" alone saying it (mt.hobbies.person_of), or "em" asking with "ạ" (the speaker)."""
    return None if em_speaking(m) else person_of(m, aspect.endswith("?"))


def _film(text: str) -> str | None:
    """"Tôi đang quay video cho kênh YouTube của tôi." as "I'm filming a video for my YouTube channel.", "Anh ấy
    thích quay video bằng điện thoại." as "He likes filming with his phone.", "Anh ấy chuyên quay video đám cưới." as
    "He films weddings.", "Tôi đã quay video đám cưới của chị tôi." as "I filmed my sister's wedding." (_FILM); None for
    anything else."""
    m = _FILM.fullmatch(text)
    aspect = m and _aspect(m)
    said = aspect and _who(m, aspect)
    if not said or m["chan"] and not m["cowner"] or m["phone"] is not None and m["cowner"]:
        return None
    who_, one = said
    many = aspect in ("habit", "do?", "like", "like?", "not like")
    one_off = aspect in ("past", "just", "will")
    noun = keyed(m["noun"])
    if noun == "phim" and (m["event"] or m["cowner"] or aspect not in ("now", "now?", "like", "like?", "not like")):
        return None  # ("quay phim" done or as a habit: a cameraman's work, or a film made?)
    if m["event"]:
        if noun.startswith("một"):
            return None
        event = EVENTS[keyed(m["event"])]
        whose = owner_of(m, "")
        if whose is None or aspect in ("now", "now?") and not whose or many and whose:
            return None  # (filming "đám cưới" now: the wedding, or a wedding?)
        what = f" {whose} {event[0]}" if whose else f" {event[1]}" if many else f" the {event[0]}"
        if keyed(m["aux"] or "") == "chuyên" and not (many and not whose):
            return None
    elif noun.startswith("một"):
        what = None if many else " a video"
    elif one_off and not m["cowner"]:
        return None  # ("Tôi đã quay video.": one or more?)
    else:
        what = "" if noun == "phim" or m["phone"] is not None and not m["cowner"] else " videos" if many else " a video"
    if what is None or keyed(m["aux"] or "") == "chuyên" and not m["event"]:
        return None
    phone = ""
    if m["phone"] is not None:
        whose = OWNERS[keyed(m["powner"])] if m["powner"] else whose_own(m, who_)
        if whose is None:
            return None
        phone = f" with {whose} phone"
    channel = ""
    if m["cowner"]:
        chan = f"{'YouTube' if keyed(m['chan']) == 'youtube' else 'TikTok'} " if m["chan"] else ""
        channel = f" for {OWNERS[keyed(m['cowner'])]} {chan}channel"
    return _said(aspect, who_, one, "film", f"{what}{phone}{channel}", m)


def _live(text: str) -> str | None:
    """"Cô ấy đang livestream bán quần áo." as "She's livestreaming to sell clothes.", "Chị ấy livestream mỗi
    tối." as "She livestreams every evening.", "Mẹ tôi đang phát trực tiếp trên Facebook." as "My mother is
    livestreaming on Facebook." (_LIVE); None for anything else."""
    m = _LIVE.fullmatch(text)
    aspect = m and not (m["p"] and m["p2"]) and _aspect(m)
    said = aspect and _who(m, aspect)
    if not said:
        return None
    if keyed(m["aux"] or "") == "chuyên" and not m["sell"]:
        return None
    platform = m["p"] or m["p2"]
    on = f" on {PLATFORMS[platform.lower()]}" if platform else ""
    sell = f" to sell {GOODS[keyed(m['sell'])]}" if m["sell"] else ""
    return _said(aspect, *said, "live", f"{on}{sell}", m)


def _dont(text: str) -> str | None:
    """"Đừng quay video tôi." as "Don't film me.", "Đừng quay tôi nữa." as "Stop filming me.", "Đừng quay video nữa."
    as "Stop filming." (_DONT); None for anything else, and "Đừng quay nữa." (turning?)."""
    m = _DONT.fullmatch(text)
    if not m or not (m["noun"] or m["whom"]):
        return None
    whom = ""
    if m["whom"]:
        whom = as_whom(m["whom"], "vi")
        if whom is None or whom not in _WHOM_OK and whom.split()[0] not in WHOSE_VI and not whom[:1].isupper():
            return None
        whom = f" {whom}"
    elif not m["more"]:
        return None  # ("Đừng quay video.": no filming here, or stop?)
    please = "Please " if m["please"] else ""
    said = f"stop filming{whom}" if m["more"] else f"don't film{whom}"
    return capitalised(f"{please}{said}{'!' if '!' in m['end'] else '.'}")


def _who_en(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of _FILM_EN or _LIVE_EN in Vietnamese, and whether English says it with "-s"; None for a pet and
    "I" asked."""
    return None if animal(m) else person_of(m, bool(m["q"]), "en")


def _aspect_en(m: re.Match, one: bool, who_vi: str) -> str | None:
    """What a match of _FILM_EN or _LIVE_EN says of time, as _aspect names it; None where the verb, its helper or the
    question's first word do not agree with who or with one another ("She film", "Are he filming", "I has just")."""
    q, verb, adv = (m["q"] or "").lower(), m["verb"].lower(), (m["adv"] or "").lower()
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    form = "ing" if verb.endswith("ing") else "past" if verb.endswith("ed") else "s" if verb.endswith("s") else ""
    asked, day = "?" in m["end"], (m["day"] or "").lower()
    way = NEAR_WAY[DAYS_VI[day]] if day else ""
    if bool(q) != asked or q and aux:
        return None
    seldom = adv if adv in SELDOM_VI else ""
    if m["like"]:
        like = m["like"].lower()
        if form != "ing" or m["every"] or day or seldom or adv == "just" or like.startswith("love") and (q or aux):
            return None
        if q in ("do", "does"):
            return "like?" if (q == "does") == one and not adv and like in ("like",) else None
        if aux in ("do not", "does not"):
            return "not like" if (aux == "does not") == one and like == "like" and not adv else None
        if aux or (like.endswith("s")) != one or adv == "really" and like.startswith("love"):
            return None
        return "love" if like.startswith("love") or adv == "really" else "like"  # ("really like": "rất thích")
    if adv == "really":
        return None
    if form == "ing":
        said = q or aux
        ok = said in ("is", "am", "are", "'s", "'m", "'re") and be_agrees(m, said)
        return ("now?" if q else "now") if ok and not (adv or m["every"] or day) else None
    if q in ("do", "does"):
        ok = form == "" and (q == "does") == one and (seldom in ("often", "usually") or m["every"]) and not day
        return "do?" if ok and not (seldom and m["every"]) else None
    if aux in ("will", "'ll"):
        return "will" if form == "" and not adv and way in ("", "ahead", "today") and not m["every"] else None
    if aux in ("has", "have", "'s", "'ve"):
        agrees = aux in ("'s", "'ve") or (aux == "has") == one
        return "just" if agrees and form == "past" and adv == "just" and not (day or m["every"]) else None
    if aux or adv == "just" or q:
        return None
    if form == "past":
        return "past" if way in ("", "behind", "today") and not (seldom or m["every"]) else None
    if form == ("s" if one else "") and not day:
        return "habit"
    return None


def _vi(aspect: str, who_: str, act: str, m: re.Match) -> str:
    """Who doing `act` (Vietnamese: "quay video đám cưới") as `aspect` says, with how often and the day of a match of
    _FILM_EN or _LIVE_EN: "Cô ấy đang livestream bán quần áo.", "Bạn có hay quay video không?"."""
    every = f" {EVERY_VI[m['every'].lower()]}" if m["every"] else ""
    day = DAYS_VI[m["day"].lower()] if m["day"] else ""
    seldom = f"{HABIT_VI[m['adv'].lower()]} " if (m["adv"] or "").lower() in HABIT_VI else ""
    said = {"now": f"{who_} đang {act}.", "now?": f"{who_} có đang {act} không?", "past": f"{who_} đã {act}.",
            "just": f"{who_} vừa {act}.", "will": f"{who_} sẽ {act}.", "habit": f"{who_} {seldom}{act}{every}.",
            "do?": f"{who_} có {seldom}{act}{every} không?", "like": f"{who_} thích {act}.",
            "love": f"{who_} rất thích {act}.", "like?": f"{who_} có thích {act} không?",
            "not like": f"{who_} không thích {act}."}[aspect]
    return capitalised(f"{day} {said}" if day else said)


def _own(m: re.Match, whose: str, who_vi: str) -> bool | None:
    """Whether `whose` ("my", "his" …, of a phone) of a match of WHO_EN is who's own ("I … my phone", "My mother …
    her phone"; "his" or "her" of a name alone taken as theirs); False for another's ("I … your phone"); None for a
    "his" or "her" that is neither."""
    whose = whose.lower()
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_vi) if m["kin"] else None
    if whose == own or own is None and m["given"] and whose in ("his", "her"):
        return True
    return None if whose in ("his", "her", "their") else False


def _maybe_own(m: re.Match, whose: str, who_vi: str) -> bool:
    """Whether `whose` (the first word of an event's owner: "her" of "her daughter's") may be who's own where who of a
    match of WHO_EN is kin or a name: "cô ấy", "anh ấy" would be another ("My mother filmed her daughter's graduation."
    is not "… của con gái cô ấy")."""
    whose = whose.lower()
    own = his_her(who_vi) if m["kin"] else None
    return not m["who"] and whose in ("his", "her") and own in (None, whose)


def _film_vi(text: str) -> str | None:
    """"I'm filming a video for my YouTube channel." as "Tôi đang quay video cho kênh YouTube của tôi.", "He likes
    filming with his phone." as "Anh ấy thích quay video bằng điện thoại.", "He films weddings." as "Anh ấy chuyên quay
    video đám cưới.", "I filmed my sister's wedding." as "Tôi đã quay video đám cưới của chị tôi." (_FILM_EN); None
    for anything else."""
    m = _FILM_EN.fullmatch(text)
    said = m and _who_en(m)
    aspect = said and _aspect_en(m, said[1], said[0])
    if not aspect:
        return None
    who_ = said[0]
    many = aspect in ("habit", "do?", "like", "love", "like?", "not like")
    video, event = (m["video"] or "").lower(), m["event"] or m["owned"]
    plural = bool(event) and event in _MANY_EVENTS
    if video and (video == "videos") != many or m["event"] and (bool(m["the"]) == plural or plural != many):
        return None  # ("filmed videos", "films the wedding", "filmed weddings")
    if m["owned"] and (plural or many):
        return None
    if aspect == "habit" and not (event or m["every"] or m["adv"] or m["cowner"]):
        return None  # ("He films videos.": with no time or what, left)
    if aspect in ("past", "just", "will") and not (event or video or m["cowner"]):
        return None  # ("I filmed.")
    act = "quay video"
    if event:
        act += f" {EVENTS_VI[event]}"
        if m["owned"]:
            owner = WHOSE_VI[m["eowner"].lower()] if m["eowner"] else someone(m["esomeone"], "en")
            if owner is None or _maybe_own(m, m["eowner"] or m["esomeone"].split()[0], who_):
                return None
            act += f" của {owner}"
    elif video == "a video" and not m["cowner"] and aspect != "now?":
        act = "quay một video"  # (asked, "có đang quay video không?": "một" is not said)
    if m["powner"]:
        own = _own(m, m["powner"], who_)
        if own is None:
            return None
        act += " bằng điện thoại" if own else f" bằng điện thoại của {WHOSE_VI[m['powner'].lower()]}"
    if m["cowner"]:
        act += f" cho kênh {m['chan'] + ' ' if m['chan'] else ''}của {WHOSE_VI[m['cowner'].lower()]}"
    if aspect == "habit" and event and not (m["every"] or m["adv"]):
        act = f"chuyên {act}"  # ("He films weddings.": for a living)
    return _vi(aspect, who_, act, m)


def _live_vi(text: str) -> str | None:
    """"She's livestreaming to sell clothes." as "Cô ấy đang livestream bán quần áo.", "She livestreams every
    evening." as "Cô ấy livestream mỗi tối.", "Do you often livestream?" as "Bạn có hay livestream không?"
    (_LIVE_EN); None for anything else."""
    m = _LIVE_EN.fullmatch(text)
    said = m and _who_en(m)
    aspect = said and _aspect_en(m, said[1], said[0])
    if not aspect or aspect == "habit" and not (m["every"] or m["adv"] or m["sell"]):
        return None
    on = f" trên {PLATFORMS[m['p'].lower()]}" if m["p"] else ""
    sell = f" bán {GOODS_VI[m['sell'].lower()]}" if m["sell"] else ""
    return _vi(aspect, said[0], f"livestream{sell}{on}", m)  # ("bán hàng trên Facebook")


def _dont_vi(text: str) -> str | None:
    """"Don't film me." as "Đừng quay video tôi.", "Stop filming me." as "Đừng quay video tôi nữa.", "Stop filming."
    as "Đừng quay video nữa." (_DONT_EN); None for anything else, and "Don't film." (no filming here?)."""
    m = _DONT_EN.fullmatch(text)
    if not m or m["dont"] and not m["whom"] or m["stop"] and m["more"] or m["please"] and m["please2"]:
        return None
    whom = ""
    if m["whom"]:
        whom = as_whom(m["whom"], "en")
        if whom is None or whom in ("bạn",):
            return None
        whom = f" {whom}"
    more = " nữa" if m["stop"] or m["more"] else ""
    please = "Làm ơn đừng" if m["please"] or m["please2"] else "Đừng"  # ("Don't film me, please.")
    return f"{please} quay video{whom}{more}{'!' if '!' in m['end'] else '.'}"
