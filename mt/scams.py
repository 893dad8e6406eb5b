"""Scams and hacked accounts, both ways, written whole by rule: who got scammed or tricked (out of a sum, out of their
money), something a scam or fake, a scammer, "don't click on that link", a Facebook, an email or a phone hacked,
someone hacking it, someone tricked into sending money. v8 (rules on) reads "lừa" as foolish and "scam" as a word it
keeps or scoops: "Tôi bị lừa mất 2 triệu." → "I'm foolished VND2 million.", "Mẹ tôi bị lừa mất 5 triệu đồng." → "My
mother was denounced VND5 million.", "Anh ấy bị lừa hết tiền." → "He was foolished.", "Tôi bị lừa." → "I'm tricky.",
"Đây là lừa đảo." → "This is the foolish.", "Đây là trò lừa đảo." → "It's a foolish.", "Cẩn thận, có thể là lừa
đảo." → "Be careful, it may be foolish.", "Anh ấy là kẻ lừa đảo." → "He is the foolish.", "Email của tôi bị hack." →
"My email was bat.", "Facebook của mẹ tôi bị hack rồi." → "My mother's Facebook has been battered.", "Ai đó đã hack
email của tôi." → "Everyone has hacked my email.", "Họ lừa bà tôi chuyển tiền." → "They tricked my grandmother to
make money."; "I got scammed out of 2 million dong." → "Tôi đã múc ra khỏi 2 triệu đồng." (scooped), "I got
scammed." → "Tôi bị scammed.", "This is a scam." → "Đây là một scam.", "He was cheated out of his money." → "Anh ta
bị che giấu tiền." (hidden), "Someone hacked my email." → "Một số người đã phân phối email của tôi." (handed out),
"My email got hacked." → "Thư điện tử của tôi bị ghét." (hated), "It's a fake link." → "Đó là một mối liên hệ giả
mạo." (a contact). ("Đừng bấm vào đường link đó." and "Don't click on that link." v8 writes nearly right; taken.)

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) scammed ("bị lừa đảo"), tricked ("bị lừa"),
out of a sum (mt.amounts.sum_said), out of their money ("mất tiền"; "hết tiền", all of it), got, was, has been, just,
almost ("suýt"), asked with "à", how much asked; this, that, it a scam, a scam call, message …, a fake website, link
… (MEDIA), said, might be, isn't, asked; who a scammer; don't click on that, this link, suspicious links; a service
of mt.accounts.SERVICES, a platform of mt.social_media.PLATFORMS or a device of mt.wifi.DEVICES of whose
(mt.hobbies.OWNER, SOMEONE_EN) hacked; someone, they hacked it (its account); they, someone,
scammers tricked whom (mt.hobbies.WHOM, WHOM_EN) into sending money or a sum (to them), or who was tricked into it;
each of these said after "Cẩn thận, " ("Be careful, ") or "Tôi nghĩ" ("I think").
Left: an account hacked or locked, "Tôi bị hack tài khoản" (mt/accounts.py), lying, fooling and joking ("Tôi lừa
bạn đấy": mt/lies.py, mt/jokes.py), a thing stolen (mt/theft.py), money sent (mt/transfers.py), "Bạn có bị lừa
không?" (were you, or do you get?), "bị lừa dối" (deceived by someone), "cheated" without "out of" (cheated on?),
"ripped off", "Trang web này là giả." and "This website is fake." (v8 writes them nearly right), "Cẩn thận kẻo bị
lừa." (tricked, scammed or cheated?), a sum not read as đồng, and anything else.
mt.phrasebook.translate tries these after mt/freelance.py.

    >>> translate("Tôi bị lừa mất 2 triệu.", "vi", "en"), translate("This is a scam.", "en", "vi")
    ('I got scammed out of VND2 million.', 'Đây là lừa đảo.')
"""
from __future__ import annotations

import re

from . import amounts
from .accounts import SERVICES
from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, his_her_of, own_thing, someone, who, who_vi
from .lazy_re import lazy
from .names import GIVEN
from .rule_keys import key_checked
from .social_media import PLATFORMS
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHO_VI, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed
from .wifi import DEVICES

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lừa|hack|giả|link|liên\s+kết)"), "en": lazy(r"(?i:scam|cheat|trick|conned|hack|fake|link)")}
# what is hacked: a service or a platform (not its "tài khoản": mt/accounts.py's), a device
HACKED = {vi: en for vi, en in SERVICES.items() if en not in ("bank", "wifi")} | PLATFORMS | {
    vi: en for vi, en in DEVICES.items() if en != "TV"}
HACKED_VI = {en.lower(): en if en[0].isupper() else vi for vi, en in reversed(HACKED.items())} | {"e-mail": "email"}
# what is a scam or fake ("cuộc gọi lừa đảo", a scam call; "trang web giả", a fake website)
MEDIA = {"cuộc gọi": "call", "tin nhắn": "message", "email": "email", "trang web": "website", "website": "website",
         "đường link": "link", "link": "link", "ứng dụng": "app", "tài khoản": "account"}
MEDIA_VI = {en: vi for vi, en in reversed(MEDIA.items())} | {"text": "tin nhắn", "site": "trang web",
                                                              "phone call": "cuộc gọi"}
_THIS = {"đây": "this", "cái này": "this", "chuyện này": "this", "đó": "that", "đấy": "that", "cái đó": "that",
         "chuyện đó": "that", "nó": "it"}
_THIS_VI = {"this": "Đây", "that": "Đó", "it": "Đó"}
_IS_SAID = {"this": "This is", "that": "That's", "it": "It's"}
_DONT = "Don't"
_NUM = r"\d+(?:[.,]\d+)*"  # (as mt.amounts reads a number: a full stop after it ends the sentence)
_SUM = rf"(?P<sum>{_NUM}(?:\s*[^\W\d_]+){{0,3}}?)"  # (mt.amounts says whether it is a sum of đồng)
_SUM_EN = rf"(?P<sum>(?:VND\s?)?{_NUM}(?:\s+(?:thousand|million|billion))?(?:\s+(?:dong|VND))?)"

# who got scammed or tricked, of what ("Tôi bị lừa mất 2 triệu.", "Anh ấy bị lừa hết tiền.", "Bạn bị lừa à?")
_SCAMMED = lazy(rf"{WHO}\s+(?:(?P<pre>đã|vừa|suýt(?:\s+nữa)?(?:\s+thì)?)\s+)?bị\s+lừa(?P<dao>\s+đảo)?(?:\s+(?:"
                rf"(?P<lost>mất|hết)\s+)?(?:(?P<money>tiền)|(?P<how>bao\s+nhiêu)(?:\s+tiền)?|{_SUM}))?"
                rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<tail>à|hả))?{SOFTENED_END}")
# something a scam or fake ("Đây là lừa đảo.", "Có thể là lừa đảo đấy.", "Đây có phải là trang web giả không?")
_WHAT = (rf"(?:một\s+)?(?:(?:trò|vụ)\s+)?(?:(?P<scam>lừa\s+đảo)|(?P<media>(?i:{alternatives(MEDIA)}))\s+(?:"
         r"(?P<scam2>lừa\s+đảo)|(?P<fake>giả(?:\s+mạo)?)))")
_IS = lazy(rf"(?:(?P<this>(?i:{alternatives(_THIS)}))\s+)?(?:(?P<may>(?i:có)\s+thể)\s+|(?P<ask>có\s+phải)\s+|"
           rf"(?P<not>không\s+phải)\s+)?(?P<la>là\s+)?{_WHAT}"
           rf"(?:\s+(?P<tail>không|à|hả|đấy|đó|đâu))?{SOFTENED_END}")
_SCAMMER = lazy(rf"{WHO}\s+là\s+(?:một\s+|(?P<many>những|bọn)\s+)?(?:kẻ|tên)\s+lừa\s+đảo(?:\s+(?:đấy|đó))?"
                rf"{SOFTENED_END}")
_CLICK = lazy(r"(?:[Bb]ạn\s+)?(?:[Đđ]ừng|[Kk]hông\s+được)\s+(?P<ever>bao\s+giờ\s+)?(?:bấm|nhấp|nhấn|click|ấn)"
              r"(?:\s+chuột)?\s+vào\s+(?:(?P<many>các|những)\s+)?(?:đường\s+)?(?:link|liên\s+kết)"
              r"(?:\s+(?P<which>đó|này|kia|lạ))?(?:\s+(?:nhé|nha|nhá))?\s*(?P<end>[.!]*)")
_THING = rf"(?P<thing>(?i:{alternatives(HACKED)}))"
_HACKED = lazy(rf"{_THING}\s+(?:của\s+)?{OWNER}\s+(?:(?P<pre>đã|vừa)\s+)?bị\s+(?:hack|xâm\s+nhập)"
               rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<tail>à|hả))?{SOFTENED_END}")
_HACKERS = {"có người": "someone", "có kẻ": "someone", "ai đó": "someone", "họ": "they"}
_HACKER = lazy(rf"(?P<by>(?i:{alternatives(_HACKERS)}))\s+(?:(?P<pre>đã|vừa)\s+)?hack\s+(?:vào\s+)?"
               rf"(?P<acct>tài\s+khoản\s+)?{_THING}\s+(?:của\s+)?{OWNER}{SOFTENED_END}")
# someone tricked into sending money ("Họ lừa bà tôi chuyển tiền.", "Mẹ tôi bị lừa chuyển 5 triệu cho họ.")
_SCAMMERS = {"họ": "they", "bọn họ": "they", "bọn chúng": "they", "có người": "someone", "ai đó": "someone",
             "kẻ lừa đảo": "a scammer", "bọn lừa đảo": "scammers", "những kẻ lừa đảo": "scammers"}
_TO_THEM = {"họ": "them", "bọn họ": "them", "bọn chúng": "them", "chúng": "them", "hắn": "him"}
_SEND = (rf"(?:chuyển|gửi)\s+(?:(?P<money>tiền)|{_SUM})(?:\s+cho\s+(?P<them>{alternatives(_TO_THEM)}))?"
         rf"{SOFTENED_END}")
_INTO = [lazy(rf"(?P<by>(?i:{alternatives(_SCAMMERS)}))\s+(?:(?P<pre>đã|vừa)\s+)?lừa\s+{WHOM}\s+{_SEND}"),
         lazy(rf"{WHO}\s+(?:(?P<pre>đã|vừa)\s+)?bị\s+lừa(?:\s+đảo)?\s+{_SEND}")]
_CAREFUL = lazy(r"(?:[Cc]ẩn\s+thận|[Cc]oi\s+chừng)(?:\s+(?:nhé|nha|đấy))?\s*,\s*(?P<rest>.+)")
_THINK = lazy(rf"{WHO}\s+nghĩ\s+(?:rằng\s+|là\s+)?(?P<rest>.+)")

# ... and in English
_HOW_SCAMMED = r"(?P<v>scammed|tricked|conned|cheated)"
_OUT_OF = (rf"(?:\s+out\s+of\s+(?:(?P<all>all\s+)?(?:(?P<owner>(?i:the|{WHOSE_WORDS}))\s+)?(?P<money>money)|"
           rf"{_SUM_EN}))?")
_SCAMMED_EN = lazy(rf"{WHO_EN}(?P<aux>\s+got|\s+was|\s+were|['’]ve\s+been|\s+have\s+been|['’]s\s+been|\s+has\s+been|"
                   rf"\s+just\s+got|\s+(?:almost|nearly)\s+got)\s+{_HOW_SCAMMED}{_OUT_OF}\s*(?P<end>[.!]*)")
_SCAMMED_ASKED = lazy(rf"(?:(?P<did>Did)|(?P<was>Was|Were))\s+{WHO_EN}\s+(?(did)get\s+){_HOW_SCAMMED}{_OUT_OF}"
                      r"\s*\?+|How\s+much\s+(?:money\s+)?did\s+(?P<how>(?i:you|he|she|they|I|we))\s+get\s+"
                      r"(?:scammed|cheated)\s+out\s+of\s*\?+")
_MEDIA_EN = rf"(?P<media>(?i:{alternatives(MEDIA_VI)}))"
_IS_EN = lazy(rf"(?:(?P<ask>Is)\s+(?P<this0>this|that|it)|(?P<this>(?i:this|that|it))(?:(?P<is>['’]s|\s+is)"
              r"(?P<not>\s+not|n['’]t)?|(?P<isnt>\s+isn['’]t)|\s+(?P<may>might|could|may)\s+be))\s+an?\s+"
              rf"(?:(?P<fake>fake)\s+{_MEDIA_EN}|scam(?:\s+(?P<m2>(?i:{alternatives(MEDIA_VI)})))?)\s*(?P<end>[.!?]*)")
_SCAMMER_EN = lazy(rf"{WHO_EN}(?P<be>\s+is|\s+are|\s+am|['’]s|['’]re|['’]m)\s+(?:(?P<one>an?\s+)scammer|scammers)"
                   r"\s*(?P<end>[.!]*)")
_CLICK_EN = lazy(r"(?:Please\s+)?(?:Don['’]t|Do\s+not|(?P<never>Never))\s+click(?:\s+on)?\s+(?:(?P<det>that|this|the|"
                 r"those|these)\s+(?P<link>links?)|(?:suspicious|strange|unknown)\s+links)\s*(?P<end>[.!]*)")
_OWNER_EN = rf"(?P<owner>(?i:{WHOSE_WORDS})|{SOMEONE_EN}['’]s)"
_THING_EN = rf"(?P<thing>(?i:{alternatives(HACKED_VI)}))"
_HACKED_EN = lazy(rf"(?:(?P<q>Did|Has|Was)\s+)?{_OWNER_EN}\s+{_THING_EN}(?P<aux>\s+got|\s+get|\s+was|\s+has\s+been|"
                  r"['’]s\s+been|\s+been|\s+just\s+got|\s+has\s+just\s+been|['’]s\s+just\s+been)?\s+hacked"
                  r"\s*(?P<end>[.!?]*)")
_HACKED_SAID = {(None, "got"): "bị hack", (None, "was"): "đã bị hack", (None, "has been"): "bị hack rồi",
                (None, "just got"): "vừa bị hack", (None, "has just been"): "vừa bị hack",
                **dict.fromkeys([("did", "get"), ("was", None), ("has", "been")], "có bị hack không")}
_HACKER_EN = lazy(rf"(?P<by>Someone|Somebody|They)\s+(?P<aux>has\s+|have\s+|just\s+|has\s+just\s+|have\s+just\s+)?"
                  rf"hacked\s+(?:into\s+)?{_OWNER_EN}\s+{_THING_EN}(?P<acct>\s+account)?\s*(?P<end>[.!]*)")
_SCAMMERS_EN = {"they": "Họ", "someone": "Có người", "somebody": "Có người", "scammers": "Bọn lừa đảo",
                "the scammers": "Bọn lừa đảo", "a scammer": "Kẻ lừa đảo", "the scammer": "Kẻ lừa đảo"}
_SEND_EN = (rf"into\s+(?:sending|transferring)\s+(?:(?P<them>them|him)\s+)?(?:(?P<money>money)|{_SUM_EN})"
            r"(?:\s+to\s+(?P<them2>them|him))?\s*(?P<end>[.!]*)")
_INTO_EN = [lazy(rf"(?P<by>(?i:{alternatives(_SCAMMERS_EN)}))\s+(?P<just>just\s+)?(?:tricked|conned|scammed)\s+"
                 rf"{WHOM_EN}\s+{_SEND_EN}"),
            lazy(rf"{WHO_EN}(?P<aux>\s+got|\s+was|\s+were)\s+(?:tricked|conned|scammed)\s+{_SEND_EN}")]
_CAREFUL_EN = lazy(r"(?:Be\s+careful|Careful|Watch\s+out)\s*[,:;]\s*(?P<rest>.+)")
_THINK_EN = lazy(rf"{WHO_EN}\s+(?P<think>thinks?)\s+(?:that\s+)?(?P<rest>.+)")
# the first words of a sentence said after "Be careful," or "I think" that English writes in small letters there
_SMALL_EN = {"This", "That", "It", "Don", "My", "Your", "His", "Her", "Our", "Their", "Someone", "They", "A",
             "Scammers", "You", "He", "She", "We"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of scams and hacking that the rules above take; None for any other."""
    if src == "vi":
        return _careful(text) or _think(text) or _said(text)
    return _careful_vi(text) or _think_vi(text) or _said_vi(text)


def _said(text: str) -> str | None:
    """A sentence of one of the rules in English (none opened by "Cẩn thận," or "Tôi nghĩ")."""
    return _scammed(text) or _is(text) or _scammer(text) or _click(text) or _hacked(text) or \
        _hacker(text) or _into(text)


def _said_vi(text: str) -> str | None:
    """A sentence of one of the rules in Vietnamese (none opened by "Be careful," or "I think")."""
    return _scammed_vi(text) or _is_vi(text) or _scammer_vi(text) or _click_vi(text) or _hacked_vi(text) or \
        _hacker_vi(text) or _into_vi(text)


def _careful(text: str) -> str | None:
    """"Cẩn thận, …" as "Be careful, …" (a statement of _said after it); None for anything else."""
    m = _CAREFUL.fullmatch(text)
    said = m and _said(capitalised(m["rest"]))
    return f"Be careful, {_small(said)}" if said and not said.endswith("?") else None


def _think(text: str) -> str | None:
    """"Tôi nghĩ đây là lừa đảo." as "I think this is a scam."; None for anything but a statement after it."""
    m = _THINK.fullmatch(text)
    said = m and who(m, False)
    rest = said and _said(capitalised(m["rest"]))
    if not rest or rest.endswith("?") or rest.startswith(("Don't", "Be ")):
        return None
    return capitalised(f"{said[0]} {'thinks' if said[1] else 'think'} {_small(rest)}")


def _small(said: str) -> str:
    """An English sentence after a comma or "think": its first letter small where its first word is in _SMALL_EN."""
    return said[0].lower() + said[1:] if re.match(r"[^\W\d_]+", said)[0] in _SMALL_EN else said


def _owner(m: re.Match, who_: str) -> str | None:
    """Whose money it is in English for who (`m` of _SCAMMED): "my", "her"; None for a name, "bạn tôi"."""
    return EN_WHOSE.get(who_) if m["who"] else his_her_of(m)


def _scammed(text: str) -> str | None:
    """"Tôi bị lừa mất 2 triệu." as "I got scammed out of VND2 million." (_SCAMMED); None for anything else."""
    m = _SCAMMED.fullmatch(text)
    asked = bool(m and (m["how"] or m["tail"]))
    if not m or asked != ("?" in m["end"]) or (said := who(m, asked)) is None or m["lost"] and not (
            m["money"] or m["sum"] or m["how"]) or m["pre"] and (m["done"] and m["pre"] != "đã" or asked):
        return None
    who_, one = said
    if asked and who_ in ("I", "we"):  # (one does not ask it of oneself)
        return None
    if m["how"]:
        return None if m["done"] else f"How much did {who_} get scammed out of?"
    if m["money"]:
        if (whose := _owner(m, who_)) is None:
            return None
        how = f"cheated out of {'all ' * (m['lost'] == 'hết')}{whose} money"
    elif m["sum"]:
        if (sum_ := amounts.sum_said(m["sum"], "vi")) is None or m["lost"] == "hết":
            return None
        how = f"scammed out of {sum_}"
    else:
        how = "scammed" if m["dao"] else "tricked"
    if asked:
        return f"{'Has' if one else 'Have'} {who_} been {how}?" if m["done"] else f"Did {who_} get {how}?"
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} been {how}."))
    pre = {"vừa": "just ", None: "", "đã": ""}.get(m["pre"], "almost ")
    return capitalised(f"{who_} {pre}got {how}.")


def _what(m: re.Match) -> str:
    """What a match of _WHAT is in English: "a scam", "a scam call", "a fake website"."""
    media = m["media"] and MEDIA[keyed(m["media"])]
    return f"a fake {media}" if m["fake"] else f"a scam {media}" if media else "a scam"


def _is(text: str) -> str | None:
    """"Đây có phải là trang web giả không?" as "Is this a fake website?" (_IS); None for anything else."""
    m = _IS.fullmatch(text)
    tail = m and (m["tail"] or "")
    asked = bool(m and (m["ask"] and tail == "không" or tail in ("à", "hả")))
    if not m or asked != ("?" in m["end"]) or (tail == "không") != bool(m["ask"]) or (tail == "đâu") != bool(
            m["not"]) or tail in ("à", "hả") and (m["may"] or m["not"] or not m["la"]) or not (m["la"] or m["ask"] or
            m["not"]) or not (m["this"] or m["may"]) or tail in ("đấy", "đó") and asked:
        return None
    this, what = _THIS[keyed(m["this"])] if m["this"] else "it", _what(m)
    if asked:
        return f"Is {this} {what}?"
    said = f"{this.capitalize()} might be" if m["may"] else f"{this.capitalize()} isn't" if m["not"] else _IS_SAID[this]
    return f"{said} {what}."


def _scammer(text: str) -> str | None:
    """"Họ là những kẻ lừa đảo." as "They're scammers." (_SCAMMER); None for anything else."""
    m = _SCAMMER.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    who_ = said[0]
    many = be(who_) == "are" and who_ != "you"
    if m["many"] and not many:
        return None
    return capitalised(contracted(who_, f"{be(who_)} {'scammers' if many else 'a scammer'}."))


def _click(text: str) -> str | None:
    """"Đừng bấm vào đường link đó." as "Don't click on that link." (_CLICK); None for anything else."""
    m = _CLICK.fullmatch(text)
    if not m or (m["many"] and not m["which"]):
        return None
    which, many = m["which"] or "", bool(m["many"])
    link = {"lạ": "suspicious links", "này": "these links" if many else "this link", "": "the link"}.get(
        which, "those links" if many else "that link")
    return f"{'Never' if m['ever'] else _DONT} click on {link}."


def _owned(m: re.Match) -> str | None:
    """Whose it is (the groups of mt.hobbies.OWNER) in English: "my", "my mother's"; None for anyone else."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    said = someone(m["someone"], "vi")
    return said and f"{said}'s"


def _hacked(text: str) -> str | None:
    """"Facebook của tôi bị hack." as "My Facebook got hacked." (_HACKED); None for anything else."""
    m = _HACKED.fullmatch(text)
    asked = bool(m and m["tail"])
    if not m or asked != ("?" in m["end"]) or m["pre"] and (m["done"] or asked) or (whose := _owned(m)) is None:
        return None
    thing = f"{whose} {HACKED[keyed(m['thing'])]}"
    if asked:
        return f"Has {thing} been hacked?" if m["done"] else f"Did {thing} get hacked?"
    done = "has been" if m["done"] else "just got" if m["pre"] == "vừa" else "was" if m["pre"] else "got"
    return capitalised(f"{thing} {done} hacked.")


def _hacker(text: str) -> str | None:
    """"Có người hack email của tôi." as "Someone hacked my email." (_HACKER); None for anything else."""
    m = _HACKER.fullmatch(text)
    if not m or "?" in m["end"] or (whose := _owned(m)) is None:
        return None
    thing = f"{HACKED[keyed(m['thing'])]}{' account' * bool(m['acct'])}"
    by = _HACKERS[keyed(m["by"])]
    return capitalised(f"{by} {'just ' * (m['pre'] == 'vừa')}hacked {whose} {thing}.")


def _sent(m: re.Match) -> str | None:
    """What was sent (`m` of _SEND) in English: "money", "them VND2 million"; None for a sum not read as đồng."""
    what = "money" if m["money"] else amounts.sum_said(m["sum"], "vi")
    return what and f"{_TO_THEM[keyed(m['them'])] + ' ' if m['them'] else ''}{what}"


def _into(text: str) -> str | None:
    """"Họ lừa bà tôi chuyển tiền." as "They tricked my grandmother into sending money." (_INTO); None for others."""
    m = next((m for p in _INTO if (m := p.fullmatch(text))), None)
    if not m or "?" in m["end"] or (sent := _sent(m)) is None:
        return None
    just = "just " * (m["pre"] == "vừa")
    if m.re == _INTO[1]:
        said = who(m, False)
        return said and capitalised(f"{said[0]} {just}got tricked into sending {sent}.")
    whom = as_whom(m["whom"], "vi")
    return whom and capitalised(f"{_SCAMMERS[keyed(m['by'])]} {just}tricked {whom} into sending {sent}.")


def _careful_vi(text: str) -> str | None:
    """"Be careful, …" as "Cẩn thận, …" (a statement of _said_vi after it); None for anything else."""
    m = _CAREFUL_EN.fullmatch(text)
    said = m and _said_vi(capitalised(m["rest"]))
    return f"Cẩn thận, {_small_vi(said)}" if said and not said.endswith("?") else None


def _small_vi(said: str) -> str:
    """A Vietnamese sentence after a comma or "nghĩ": its first letter small, but for a name ("Lan", "Facebook")."""
    first = said.split()[0]
    return said if first in GIVEN or first in HACKED.values() else said[0].lower() + said[1:]


def _think_vi(text: str) -> str | None:
    """"I think it's a scam." as "Tôi nghĩ đó là lừa đảo."; None for anything else, and "think" not agreeing."""
    m = _THINK_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    rest = _said_vi(capitalised(m["rest"]))
    if not rest or rest.endswith("?") or rest.startswith("Đừng") or (m["think"] == "thinks") != one:
        return None
    return capitalised(f"{who_} nghĩ {_small_vi(rest)}")


def _scammed_vi(text: str) -> str | None:
    """"I've been scammed." as "Tôi bị lừa rồi." (_SCAMMED_EN, _SCAMMED_ASKED); None for others, "cheated" alone, and
    where "was", "has" or whose money does not agree with who."""
    m = _SCAMMED_EN.fullmatch(text) or _SCAMMED_ASKED.fullmatch(text)
    if m and m.groupdict().get("how"):
        return f"{capitalised(EN_WHO_VI[m['how'].lower()])} bị lừa mất bao nhiêu tiền?"
    if not m or m["v"] == "cheated" and not (m["money"] or m["sum"]):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m.groupdict().get("aux") or m["was"] or "").lower().replace("’", "'").split())
    if aux in ("was", "were") and (aux == "was") != (one or who_ == "tôi") or aux.startswith(("has", "'s")) and not \
            one or aux.startswith(("have", "'ve")) and one or m["money"] and m["owner"] and not own_thing(m, who_, one):
        return None
    lost = f" {'hết' if m['all'] else 'mất'} tiền" if m["money"] else ""
    if m["sum"]:
        if (sum_ := amounts.sum_said(m["sum"], "en")) is None:
            return None
        lost = f" mất {sum_}"
    if m.re == _SCAMMED_ASKED:
        return capitalised(f"{who_} có bị lừa{lost} không?")
    pre = "vừa " if "just" in aux else "suýt " if "most" in aux or "nearly" in aux else ""
    return capitalised(f"{who_} {pre}bị lừa{lost}{' rồi' * ('been' in aux)}.")


def _is_vi(text: str) -> str | None:
    """"It might be a scam." as "Có thể là lừa đảo đấy." (_IS_EN); None for anything else."""
    m = _IS_EN.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]):
        return None
    this = _THIS_VI[(m["this0"] or m["this"]).lower()]
    media = m["media"] or m["m2"]
    what = f"{MEDIA_VI[keyed(media)]} {'giả' if m['fake'] else 'lừa đảo'}" if media else "lừa đảo"
    if m["ask"]:
        return f"{this} có phải là {what} không?"
    if m["may"] and m["this"].lower() == "it":  # ("Có thể là lừa đảo đấy.", not "Đó có thể …")
        return f"Có thể là {what} đấy."
    return f"{this} {'có thể ' if m['may'] else 'không phải ' if m['not'] or m['isnt'] else ''}là {what}."


def _scammer_vi(text: str) -> str | None:
    """"He's a scammer." as "Anh ấy là kẻ lừa đảo." (_SCAMMER_EN); None for anything else, "is" or "a" not agreeing."""
    m = _SCAMMER_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    be_ = {"'s": "is", "'re": "are", "'m": "am"}.get(m["be"].strip().replace("’", "'"), m["be"].strip())
    many = not one and who_ not in ("tôi", "bạn")
    if be_ != ("is" if one else "am" if who_ == "tôi" else "are") or bool(m["one"]) == many and who_ != "bạn":
        return None
    return capitalised(f"{who_} là {'những ' * (many and not m['one'])}kẻ lừa đảo.")


def _click_vi(text: str) -> str | None:
    """"Don't click on that link." as "Đừng bấm vào đường link đó." (_CLICK_EN); None for others, "this links"."""
    m = _CLICK_EN.fullmatch(text)
    if not m:
        return None
    det, many = (m["det"] or "").lower(), bool(m["link"]) and m["link"] == "links"
    if det and det != "the" and (det in ("those", "these")) != many:
        return None
    which = {"that": " đó", "those": " đó", "this": " này", "these": " này", "the": ""}.get(det, " lạ")
    return f"Đừng {'bao giờ ' * bool(m['never'])}bấm vào {'các ' * (many or not det)}đường link{which}."


def _owned_vi(m: re.Match) -> str | None:
    """Whose it is (group owner: "my", "my mother's") in Vietnamese: "tôi", "mẹ tôi"; None for anyone else."""
    owner = m["owner"]
    return WHOSE_VI.get(owner.lower()) or someone(owner[:-2], "en")


def _hacked_vi(text: str) -> str | None:
    """"My email has been hacked." as "Email của tôi bị hack rồi." (_HACKED_EN, _HACKED_SAID); None for others."""
    m = _HACKED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (whose := _owned_vi(m)) is None:
        return None
    aux = " ".join((m["aux"] or "").replace("’", "'").replace("'s", " has").split()) or None
    said = _HACKED_SAID.get(((m["q"] or "").lower() or None, aux))
    return said and f"{capitalised(HACKED_VI[m['thing'].lower()])} của {whose} {said}{'?' if m['q'] else '.'}"


def _hacker_vi(text: str) -> str | None:
    """"Someone hacked my email." as "Có người đã hack email của tôi." (_HACKER_EN); None for others, "They has"."""
    m = _HACKER_EN.fullmatch(text)
    if not m or (whose := _owned_vi(m)) is None:
        return None
    aux, they = " ".join((m["aux"] or "").split()), m["by"] == "They"
    if aux.startswith("has") and they or aux.startswith("have") and not they:
        return None
    by = "Họ" if they else "Có người"
    thing = f"{'tài khoản ' * bool(m['acct'])}{HACKED_VI[m['thing'].lower()]}"
    return f"{by} {'vừa' if 'just' in aux else 'đã'} hack {thing} của {whose}."


def _into_vi(text: str) -> str | None:
    """"They tricked her into sending money." as "Họ đã lừa cô ấy chuyển tiền." (_INTO_EN); None for others, and
    "was" not agreeing with who."""
    m = next((m for p in _INTO_EN if (m := p.fullmatch(text))), None)
    if not m or m["them"] and m["them2"]:
        return None
    what = "tiền" if m["money"] else amounts.sum_said(m["sum"], "en")
    them = m["them"] or m["them2"]
    if (sent := what and f"chuyển {what}{' cho ' + ('hắn' if them == 'him' else 'họ') if them else ''}.") is None:
        return None
    if m.re == _INTO_EN[1]:
        who_, one = who_vi(m)
        aux = m["aux"].strip()
        if aux != "got" and (aux == "was") != (one or who_ == "tôi"):
            return None
        return capitalised(f"{who_} bị lừa {sent}")
    whom = as_whom(m["whom"], "en")
    by = _SCAMMERS_EN[keyed(m["by"])]
    return whom and f"{by} {'vừa' if m['just'] else 'đã'} lừa {whom} {sent}"
