"""Wrapping presents and packing things in a shop or at home, both ways, written whole by rule. v8 (with every other
rule) reads "gói" as a package and "bọc" as covering, and "wrap" as winding or "quà" as giving: "Bạn gói quà giúp tôi
được không?" → "Can you package a gift for me?", "Bạn gói lại giúp tôi nhé." → "Packages for me.", "Tôi vẫn phải
gói quà." → "I still have a present.", "Tôi đang gói quà." → "I'm packing.", "Bạn đã gói quà chưa?" → "Are you
packaged?", "Bạn có giấy gói quà không?" → "Do you have a paper paper?", "Bạn có thể cho vào hộp giúp tôi không?" →
"Can you give in the box for me?", "Bạn có thể bọc quà giúp tôi không?" → "Can you cover the gift for me?"; "Can you
gift-wrap it?" → "Bạn có thể tặng quà cho mình không?" (give a present), "Could you wrap it as a present?" → "Bạn có
thể quấn nó như một món quà không?" (wind it), "Wrap it up for me, please." → "Làm ơn, hãy cuộn nó cho tôi." (roll
it), "She wrapped the presents last night." → "Cô ấy quấn các món quà tối qua.", "Do you have wrapping paper?" →
"Bạn có giấy cuộn không?", "Is gift wrapping free?" → "Có gói gói gói gói tự do không?".

Taken: a request to "you" (mt.hobbies.WHO asked, or none said) to gift-wrap it or this ("gói quà", "bọc quà"), wrap
it as a present ("gói thành quà"), wrap it up ("gói lại"), put it in a box ("cho vào hộp"), wrap them separately
("gói riêng từng cái"), asked ("(có thể) … (được) không?": "Can you", "Could you") or with "nhé", "làm ơn" ("Please
…"), for me ("giúp tôi") or not; "Can I have it gift-wrapped?", "I'd like it wrapped.", "Would you like it
gift-wrapped?" (English only); who (mt.hobbies.WHO, WHO_EN) wrapping the presents ("gói quà", "the presents", the
Christmas ones): still has to, needs to, is wrapping, will, wrapped (with "đã" or a day behind: mt.free_time.when),
has already or just wrapped, has finished wrapping ("xong"), hasn't yet, asked "… chưa?" ("Have you … yet?");
wrapping paper had, sold, left, not had, needed, run out of ("we" asking: "chúng ta", the listener with them); gift
wrapping offered, free, charged for, its price.
Left: "gói" alone said ("Bạn gói quà giúp tôi." may be done already), "anh", "chị", "em" alone saying it
(mt.hobbies.who), "giúp anh" … not asked (an offer?), a plain verb with no day ("Tôi gói quà.": a habit?), "Bạn có
muốn gói quà không?", "Ở đây có gói quà không?" and "Gói quà bao nhiêu tiền?" ("gói quà" is also a gift pack), "Can
you wrap it up?" without "for me" or "this" (finish it?), "Could you wrap it for me?" and "gói lại giúp tôi" (the
phrasebook's), a present for someone, food to take away ("gói mang về": the phrasebook's), a packet ("một gói
thuốc"), "gói bánh chưng" (mt/new_year.py), a bag (mt/shopping.py), buying presents (mt/gifts.py), parcels
(mt/post.py).
mt.phrasebook.translate tries these after mt/cycling.py.

    >>> translate("Bạn gói quà giúp tôi được không?", "vi", "en"), translate("Can you gift-wrap it?", "en", "vi")
    ('Can you gift-wrap it for me?', 'Bạn có thể gói quà giúp tôi không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_SPANS
from .free_time import OPENS, placed, when
from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .text import SOFTENED_END, SOFTENER, be, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:gói|bọc|hộp)"), "en": lazy(r"(?i:wrap|\bbox\b)")}
# what is wrapped at home (the first Vietnamese of each is written back)
_GIFTS = {"quà": "the presents", "quà Giáng sinh": "the Christmas presents", "quà Noel": "the Christmas presents"}
_GIFTS_VI = {"presents": "quà", "gifts": "quà", "christmas presents": "quà Giáng sinh",
             "christmas gifts": "quà Giáng sinh"}

# asked of "you" ("Bạn có thể gói quà giúp tôi không?", "Gói giúp tôi cái này nhé.", "Làm ơn cho vào hộp giúp tôi.")
_THIS = r"cái\s+này|món\s+này|chiếc\s+này|nó"
_ME = r"tôi|mình|tớ|em|anh|chị"  # (the speaker, asking "anh", "chị", "em": "Em gói giúp chị nhé.")
_ASKED = lazy(rf"(?:(?P<please>(?i:làm\s+ơn|vui\s+lòng))\s+)?(?:{WHO}\s+)?(?:(?P<can>(?i:có\s+thể))\s+)?"
              r"(?P<verb>(?i:gói\s+quà|bọc\s+quà|gói|cho|bỏ))(?:\s+(?P<this>(?i:" + _THIS + r")))?"
              r"(?P<how>\s+(?:thành|làm)\s+quà|\s+lại|\s+vào\s+hộp|\s+riêng(?:\s+từng\s+cái)?)?"
              rf"(?:\s+(?:giúp|giùm|hộ|cho)\s+(?P<me>{_ME}))?(?:\s+(?P<this2>{_THIS}))?(?:\s+(?P<ok>được))?"
              rf"(?:\s+(?P<asked>không))?(?:\s+(?P<nhe>nhé|nha))?{SOFTENER}\s*(?P<end>[.!?]*)")
_ASKED_EN = lazy(r"(?:(?P<can>Can|Could|Would|Will)\s+you\s+(?:please\s+)?|(?P<please0>Please)\s+)?"
                 r"(?P<verb>(?i:gift[- ]?wrap|wrap|put))\s+(?P<this>it|this(?:\s+one)?|them)"
                 r"(?P<how>\s+up|\s+as\s+an?\s+(?:present|gift)|\s+in\s+a\s+box|\s+separately)?"
                 r"(?P<me>\s+for\s+me)?(?P<please>,?\s+please)?\s*(?P<end>[.!?]*)")
# ... or had wrapped ("Can I have it gift-wrapped?"), and offered by the shop ("Would you like it gift-wrapped?")
_HAD_EN = lazy(r"(?:(?P<can>Can|Could)\s+I\s+(?:have|get)|(?P<like>I['’]d\s+like)|(?P<offer>Would\s+you\s+like))\s+"
               r"(?P<this>it|this(?:\s+one)?)\s+(?P<gift>gift[- ]?)?wrapped(?:,?\s+please)?\s*(?P<end>[.!?]*)")

# who wraps the presents ("Tôi vẫn phải gói quà.", "Cô ấy đã gói quà tối qua.", "Bạn gói quà chưa?")
_DAY0 = rf"(?:(?P<day0>{OPENS}[^,.!?]*?)\s*,?\s+)?"
_DAY = rf"(?:\s+(?P<day>{OPENS}[^,.!?]*?))?"
_WRAPPING = lazy(rf"{_DAY0}{WHO}\s+(?:(?P<still>vẫn\s+còn|vẫn|còn)\s+)?(?:(?P<aux>đã|đang|sẽ|chưa|vừa|phải|cần)\s+)?"
                 r"gói\s+(?:(?P<fin0>xong)\s+)?(?P<gifts>quà(?:\s+(?:Giáng\s+sinh|Noel))?)(?:\s+(?P<fin>xong))?"
                 rf"{_DAY}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")
_WRAPPING_EN = lazy(rf"(?:(?:Have|Has)\s+)?(?P<subject>{WHO_EN})(?:\s+[\w'’]+|['’]\w+)*?\s+(?:finished\s+)?"
                    r"wrap(?:s|ped|ping)?\s+(?P<gifts>(?:the\s+)?(?i:(?:Christmas\s+)?(?:presents|gifts)))"
                    r"(?:\s+yet)?(?:\s+(?P<day>[^,.!?]+?))?\s*(?P<end>[.!?]*)")
# (what is said of the presents: "must" "phải", "need" "cần", "doing" "đang", "will" "sẽ", "past" "đã", "done" "đã …
# rồi", "just" "vừa", "yet" asked "… chưa?", "not yet" "chưa")
# (English said either way, as _compared writes it)
_COMPARED = (("n't", " not"), ("'m ", " am "), ("'re ", " are "), ("'ve ", " have "), ("'ll ", " will "),
             ("'s ", " is "), (" has ", " is "), (" any ", " "), (" some ", " "), (" already ", " "), (" yet ", " "))
_ASPECTS = ("must", "need", "doing", "will", "past", "done", "just", "yet", "not yet")
_STILL = {"must", "need", "doing", "not yet"}
_FINISHED = {"past", "done", "just", "yet", "not yet"}

# wrapping paper ("Bạn có giấy gói quà không?", "Chúng tôi hết giấy gói quà rồi.")
_PAPER = lazy(rf"{WHO}\s+(?P<verb>có\s+bán|có|còn|không\s+có|cần\s+mua|cần|(?:đã\s+)?hết)\s+giấy\s+gói(?:\s+quà)?"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không))?{SOFTENED_END}")
_PAPER_EN = lazy(rf"(?:(?:Do|Does)\s+)?(?P<subject>{WHO_EN})(?:\s+[\w'’]+|['’]\w+)*?\s+wrapping\s+paper"
                 r"(?:\s+left)?\s*(?P<end>[.!?]*)")
# ... said, and asked (with "không"; "có bán": sell, "còn": left)
_PAPER_SAID = {"không có": "{do}n't have any", "cần": "{needs} some", "cần mua": "{needs} to buy some",
               "hết": "{has} run out of", "đã hết": "{has} run out of"}
_PAPER_ASKED = {"có": "have any", "có bán": "sell", "còn": "have any"}

# gift wrapping in a shop, asked (Vietnamese, English, and what each writes)
_SERVICE = [(r"(?:(?:Ở\s+đây|Cửa\s+hàng|Bên\s+(?:bạn|em|anh|chị))\s+)?có\s+dịch\s+vụ\s+gói\s+quà\s+không",
             r"Do\s+you\s+(?:do|offer)\s+gift[- ]?wrapping(?:\s+here)?", "Ở đây có dịch vụ gói quà không?",
             "Do you do gift wrapping?"),
            (r"Gói\s+quà\s+có\s+(?:mất|tính)\s+(?:phí|tiền)\s+không",
             r"Is\s+there\s+a\s+charge\s+for\s+gift[- ]?wrapping|Do\s+you\s+charge\s+for\s+gift[- ]?wrapping",
             "Gói quà có mất phí không?", "Is there a charge for gift wrapping?"),
            (r"Gói\s+quà\s+có\s+miễn\s+phí\s+không", r"Is\s+(?:the\s+)?gift[- ]?wrapping\s+free",
             "Gói quà có miễn phí không?", "Is gift wrapping free?"),
            (r"Gói\s+quà\s+(?:mất|hết)\s+bao\s+nhiêu(?:\s+tiền)?",
             r"How\s+much\s+(?:is|does)\s+(?:the\s+)?gift[- ]?wrapping(?:\s+cost)?", "Gói quà mất bao nhiêu tiền?",
             "How much is gift wrapping?")]
_SERVICE_VI = [lazy(rf"(?i:{vi}){SOFTENER}\s*\?+") for vi, _, _, _ in _SERVICE]
_SERVICE_EN = [lazy(rf"(?i:{en})\s*\?+") for _, en, _, _ in _SERVICE]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that asks for something to be wrapped or boxed, says or asks who wraps the
    presents, has wrapping paper, or asks about gift wrapping in a shop; None for any other."""
    if src == "vi":
        return _asked(text) or _wrapping(text) or _paper(text) or _service(text, "vi")
    return _asked_vi(text) or _had_vi(text) or _wrapping_vi(text) or _paper_vi(text) or _service(text, "en")


def _act(verb: str, how: str, this: str | None) -> str | None:
    """What is asked of a match of _ASKED, in English: "gói quà" as "gift-wrap it", "gói cái này thành quà" as "wrap
    this as a present", "gói lại" as "wrap it up", "cho vào hộp" as "put it in a box", "gói riêng" as "wrap them
    separately", "gói" alone as "wrap it"; None for words that do not go together ("cho lại")."""
    it = "this" if this and keyed(this) != "nó" else "it"
    verb, how = keyed(verb), keyed(how)
    if verb in ("gói quà", "bọc quà"):
        return None if how else f"gift-wrap {it}"
    if verb in ("cho", "bỏ"):
        return f"put {it} in a box" if how == "vào hộp" else None
    if how.startswith("riêng"):
        return None if this else "wrap them separately"
    return {"": f"wrap {it}", "lại": f"wrap {it} up", "thành quà": f"wrap {it} as a present",
            "làm quà": f"wrap {it} as a present", "vào hộp": f"put {it} in a box"}[how]


def _asked(text: str) -> str | None:
    """"Bạn gói quà giúp tôi được không?" as "Can you gift-wrap it for me?", "Bạn có thể gói cái này thành quà
    không?" as "Could you wrap this as a present?", "Gói lại giúp tôi nhé." as "Please wrap it up for me.", "Cho vào
    hộp giúp tôi nhé." as "Please put it in a box for me." (_ASKED); None for anything else, for "gói" alone with
    nothing wrapped nor for whom, and for a request that may be a statement ("Bạn gói quà giúp tôi.")."""
    m = _ASKED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["this"] and m["this2"] or (m["can"] or m["ok"]) and not asked:
        return None
    named = m["who"] or m["kin"] or m["given"] or m["title"]
    if asked and (m["nhe"] or not (m["can"] or m["ok"])) or not asked and not (m["nhe"] or m["please"] or m["me"]):
        return None  # ("Gói quà không?": offered)
    if named and ((who(m, True) or ("",))[0] != "you" or not asked and keyed(m["who"] or "") != "bạn"):
        return None  # ("Anh gói quà giúp em nhé.": may be the speaker's offer)
    if not asked and (named and not m["nhe"] or keyed(m["me"] or "") in ("anh", "chị", "em")):
        return None  # ("Bạn gói quà giúp tôi.": may be done already; "Gói quà giúp anh nhé.": may be an offer)
    if m["who"] and m["me"] and keyed(m["who"]) == keyed(m["me"]):
        return None  # ("Em gói giúp em": who asks whom?)
    this = m["this"] or m["this2"]
    act = _act(m["verb"], m["how"] or "", this)
    if act is None or keyed(m["verb"]) == "gói" and not (m["how"] or this or m["me"]):
        return None
    me = " for me" if m["me"] else ""
    if asked:
        return f"{'Could' if m['can'] else 'Can'} you {act}{me}{', please' * bool(m['please'])}?"
    return f"Please {act}{me}."


def _act_vi(m: re.Match) -> str | None:
    """What is asked of a match of _ASKED_EN or _HAD_EN, in Vietnamese: "gift-wrap it" and "wrap it as a present" as
    "gói quà", "wrap this as a present" as "gói cái này thành quà", "wrap it up" as "gói lại", "put it in a box" as
    "cho vào hộp"; None for words that do not go together ("gift-wrap them", "put it separately")."""
    verb, how, this = keyed(m["verb"]).replace("-", " "), keyed(m["how"] or ""), keyed(m["this"])
    one = " cái này" if this.startswith("this") else ""
    if this == "them" and not (how == "separately" or verb == "put"):
        return None
    if verb.startswith("gift") and how:
        return None
    if verb.startswith("gift") or how.startswith("as "):
        return f"gói{one} thành quà" if one else "gói quà"  # ("gói thành quà" alone is not said)
    if verb == "put":
        return f"cho{one} vào hộp" if how == "in a box" else None
    return {"": f"gói{one} lại", "up": f"gói{one} lại", "separately": "gói riêng từng cái"}.get(how)


def _asked_vi(text: str) -> str | None:
    """"Can you gift-wrap it?" as "Bạn có thể gói quà giúp tôi không?", "Wrap it up for me, please." as "Làm ơn gói
    lại giúp tôi.", "Can you put it in a box?" as "Bạn có thể cho vào hộp giúp tôi không?" (_ASKED_EN); None for
    anything else, and for "wrap it (up)" with neither "this" nor "for me" ("Can you wrap it up?": finish it?)."""
    m = _ASKED_EN.fullmatch(text)
    if not m or bool(m["can"]) != ("?" in m["end"]) or (act := _act_vi(m)) is None:
        return None
    if keyed(m["verb"]) == "wrap" and keyed(m["how"] or "") in ("", "up") and not (m["me"] or "this" in m["this"]):
        return None
    if m["can"]:
        return f"Bạn có thể {act} giúp tôi không?"
    if m["please0"] or m["please"]:
        return f"Làm ơn {act} giúp tôi."
    return f"{capitalised(act)} giúp tôi nhé." if m["me"] else None


def _had_vi(text: str) -> str | None:
    """"Can I have it gift-wrapped?" as "Bạn có thể gói quà giúp tôi không?", "I'd like it wrapped, please." as "Bạn
    gói lại giúp tôi nhé.", "Would you like it gift-wrapped?" as "Bạn có muốn gói quà không?" (_HAD_EN); None for
    anything else."""
    m = _HAD_EN.fullmatch(text)
    if not m or bool(m["like"]) == ("?" in m["end"]):
        return None
    one = " cái này" if m["this"].startswith("this") else ""
    act = (f"gói{one} thành quà" if one else "gói quà") if m["gift"] else f"gói{one} lại"
    if m["offer"]:
        return f"Bạn có muốn {act} không?"
    return f"Bạn có thể {act} giúp tôi không?" if m["can"] else f"Bạn {act} giúp tôi nhé."


def _english(who_: str, one: bool, aspect: str, gifts: str, day: str, still: bool, finished: bool) -> str:
    """Who wraps `gifts` in English, by `aspect` (of _ASPECTS), `day` (English, or ""), `still` and `finished`
    ("xong"): "I still have to wrap the presents.", "She wrapped the presents last night.", "Have you finished
    wrapping the presents yet?"."""
    have, s, day = "has" if one else "have", "still " * still, f" {day}" if day else ""
    wrapped = "finished wrapping" if finished else "wrapped"
    said = {"must": f"{who_} {s}{have} to wrap {gifts}{day}.",
            "need": f"{who_} {s}{'needs' if one else 'need'} to wrap {gifts}{day}.",
            "doing": contracted(who_, f"{be(who_)} {s}wrapping {gifts}{day}."),
            "will": contracted(who_, f"will wrap {gifts}{day}."), "past": f"{who_} {wrapped} {gifts}{day}.",
            "done": contracted(who_, f"{have} {'' if finished else 'already '}{wrapped} {gifts}."),
            "just": contracted(who_, f"{have} just {wrapped} {gifts}."),
            "yet": f"{have.capitalize()} {who_} {wrapped} {gifts} yet?",
            "not yet": f"{who_} still {have}n't {wrapped} {gifts}." if still else
            f"{who_} {have}n't {wrapped} {gifts} yet."}[aspect]
    return capitalised(said)


def _aspect(m: re.Match, behind: bool) -> str | None:
    """What a match of _WRAPPING says of the presents (one of _ASPECTS), by its words and whether its day is
    `behind` today; None where they do not go together ("sẽ … tối qua", "vẫn đã", "đang … xong")."""
    aux, day, done = keyed(m["aux"] or ""), m["day0"] or m["day"], m["done"]
    finished = bool(m["fin"] or m["fin0"])
    if m["asked"]:
        aspect = "yet" if aux in ("", "đã") and not (day or done) else None
    elif aux == "chưa":
        aspect = "not yet" if not (day or done) else None
    elif aux in ("phải", "cần", "đang", "sẽ"):
        aspect = {"phải": "must", "cần": "need", "đang": "doing", "sẽ": "will"}[aux]
        aspect = None if behind or done or finished else aspect
    elif aux == "vừa":
        aspect = "just" if not (day or done) else None
    elif day:
        aspect = None if done or not behind and (aux or finished) else "past" if behind else "doing"
    else:
        aspect = "done" if done or finished else "past" if aux else None
    if aspect is None or m["still"] and aspect not in _STILL or finished and aspect not in _FINISHED:
        return None
    return aspect


def _wrapping(text: str) -> str | None:
    """"Tôi vẫn phải gói quà." as "I still have to wrap the presents.", "Cô ấy đã gói quà tối qua." as "She wrapped
    the presents last night.", "Tôi gói quà xong rồi." as "I've finished wrapping the presents.", "Bạn gói quà chưa?"
    as "Have you wrapped the presents yet?" (_WRAPPING); None for anything else, and for a plain verb with no day."""
    m = _WRAPPING.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["day0"] and m["day"] or m["fin"] and m["fin0"]:
        return None
    said, day = who(m, asked), when(m["day0"] or m["day"], "vi", NEAR_SPANS)
    if said is None or day is None or (aspect := _aspect(m, bool(BEHIND.match(day)))) is None:
        return None
    gifts = _GIFTS[next(k for k in _GIFTS if keyed(k) == keyed(m["gifts"]))]
    return _english(*said, aspect, gifts, day, bool(m["still"]), bool(m["fin"] or m["fin0"]))


def _compared(said: str) -> str:
    """English as _wrapping_vi and _paper_vi compare it: small letters, contractions written out, "is", "has" and
    "'s" alike (which it is, the verb after tells), "any", "some", "already", "yet" and the end left out."""
    said = f" {keyed(said.replace('’', chr(39))).rstrip('.!?')} "
    for short, full in _COMPARED:
        said = said.replace(short, full)
    return " ".join(said.split())


def _wrapping_vi(text: str) -> str | None:
    """"I still have to wrap the presents." as "Tôi vẫn phải gói quà.", "She wrapped the presents last night." as
    "Tối qua cô ấy đã gói quà.", "Have you wrapped the presents yet?" as "Bạn đã gói quà chưa?" (_WRAPPING_EN: the
    English is read by writing each of _ASPECTS for its who and day, as _wrapping does, and comparing); None for
    anything else, where the verb does not agree with who ("She have to …"), and for a day that does not go with
    the tense, as _aspect reads the Vietnamese ("I wrapped the presents tomorrow.", "I'm wrapping them yesterday.")."""
    m = _WRAPPING_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    (who_, one), subject = who_vi(m), m["subject"] if m["subject"] == "I" else m["subject"].lower()
    heard, gifts = _compared(text), _GIFTS_VI[keyed(m["gifts"]).removeprefix("the ")]
    behind, who_ = bool(m["day"] and BEHIND.match(m["day"])), _we(m, who_, "?" in m["end"])
    for aspect in _ASPECTS:
        if m["day"] and behind != (aspect == "past"):
            continue  # ("I wrapped the presents tomorrow.", "I will wrap them yesterday.": as _aspect leaves them)
        for still in (False, True) if aspect in _STILL else (False,):
            for finished in (False, True) if aspect in _FINISHED else (False,):
                said = _english(subject, one, aspect, m["gifts"], m["day"] or "", still, finished)
                if _compared(said) == heard and said.endswith("?") == ("?" in m["end"]):
                    return _vietnamese(who_, aspect, gifts, day, still, finished)
    return None


def _we(m: re.Match, who_: str, asked: bool) -> str:
    """Who of a match of WHO_EN in Vietnamese, as who_vi gives it (`who_`), but "we" asking as "chúng ta": asked at
    home, "we" takes in the listener ("Have we wrapped the presents yet?" as "Chúng ta đã gói quà chưa?")."""
    return "chúng ta" if asked and (m["who"] or "").lower() == "we" else who_


def _vietnamese(who_: str, aspect: str, gifts: str, day: str, still: bool, finished: bool) -> str:
    """Who wraps `gifts` in Vietnamese, by `aspect` (of _ASPECTS), `day` (Vietnamese, or ""), `still` and `finished`:
    "Tôi vẫn phải gói quà.", "Tối qua cô ấy đã gói quà.", "Bạn đã gói quà xong chưa?"."""
    verb, s = f"gói {gifts}{' xong' * finished}", "vẫn " * still
    said = {"must": f"{s}phải {verb}", "need": f"{s}cần {verb}", "doing": f"{s}{'' if day else 'đang '}{verb}",
            "will": f"sẽ {verb}", "past": f"đã {verb}", "done": f"đã {verb} rồi", "just": f"vừa {verb}",
            "yet": f"đã {verb}", "not yet": f"{s}chưa {verb}"}[aspect]
    return placed(f"{who_} {said}", day, " chưa?" if aspect == "yet" else ".")


def _paper(text: str) -> str | None:
    """"Bạn có giấy gói quà không?" as "Do you have any wrapping paper?", "Tôi cần giấy gói quà." as "I need some
    wrapping paper.", "Chúng tôi hết giấy gói quà rồi." as "We've run out of wrapping paper." (_PAPER); None for
    anything else."""
    m = _PAPER.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None:
        return None
    return _paper_en(*said, keyed(m["verb"]), asked, bool(m["done"]))


def _paper_en(who_: str, one: bool, verb: str, asked: bool, done: bool) -> str | None:
    """Wrapping paper had, sold, left, not had, needed or run out of (`verb`, Vietnamese) by who, in English; None
    for "không có" asked, "rồi" but after "hết", and the like."""
    if done and "hết" not in verb or asked != (verb in _PAPER_ASKED):
        return None
    if asked:
        left = " left" * (verb == "còn")
        return f"{'Does' if one else 'Do'} {who_} {_PAPER_ASKED[verb]} wrapping paper{left}?"
    doing = _PAPER_SAID[verb].format(do="does" if one else "do", needs="needs" if one else "need",
                                     has="has" if one else "have")
    return capitalised(contracted(who_, f"{doing} wrapping paper."))


def _paper_vi(text: str) -> str | None:
    """"Do you have any wrapping paper?" as "Bạn có giấy gói quà không?", "I need some wrapping paper." as "Tôi cần
    giấy gói quà.", "We're out of wrapping paper." as "Chúng tôi hết giấy gói quà rồi." (_PAPER_EN, compared as in
    _wrapping_vi); None for anything else, and where the verb does not agree with who."""
    m = _PAPER_EN.fullmatch(text)
    if not m:
        return None
    (who_, one), subject = who_vi(m), m["subject"] if m["subject"] == "I" else m["subject"].lower()
    heard, asked = _compared(text), "?" in m["end"]
    who_ = _we(m, who_, asked)
    for verb in (*_PAPER_ASKED, "không có", "cần", "cần mua", "hết"):
        said = _paper_en(subject, one, verb, asked, verb == "hết")
        out = said and verb == "hết" and capitalised(contracted(subject, f"{be(subject)} out of wrapping paper."))
        if said and heard in (_compared(said), out and _compared(out)):
            return capitalised(f"{who_} {verb} giấy gói quà{' rồi' * (verb == 'hết')}{' không?' if asked else '.'}")
    return None


def _service(text: str, src: str) -> str | None:
    """Gift wrapping in a shop, asked: "Ở đây có dịch vụ gói quà không?" as "Do you do gift wrapping?", "Is gift
    wrapping free?" as "Gói quà có miễn phí không?" (_SERVICE); None for anything else."""
    for asked, (_, _, vi, en) in zip(_SERVICE_VI if src == "vi" else _SERVICE_EN, _SERVICE):
        if asked.fullmatch(text):
            return en if src == "vi" else vi
    return None
