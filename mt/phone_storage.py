"""A phone's or a computer's storage, both ways, written whole by rule: storage full or almost full, how much is left,
photos or apps deleted to free up space, more cloud storage bought, and a memory card needed, had, bought or full.
v8 (every other rule on) reads "dung lượng" as content or capacitance, "nhẹ máy" as light, "thẻ nhớ" as a card, and
"full" as "đầy đủ" (complete), "left" as leaving: "Điện thoại tôi hết dung lượng rồi." → "My phone is all the
content.", "Tôi đã xoá bớt ảnh cho nhẹ máy." → "I've deleted the image for light.", "Điện thoại bạn còn bao nhiêu
dung lượng?" → "How many capacitances do you have?", "Tôi mua thêm dung lượng iCloud rồi." → "I bought more iCloud
content.", "Tôi cần mua thẻ nhớ." → "I need to buy my card.", "Máy tính của anh ấy sắp hết dung lượng." → "His
computer is about to count out."; "My phone's storage is full." → "Bộ lưu trữ điện thoại của tôi đầy đủ.", "My
laptop is almost out of storage." → "Máy tính xách tay của tôi gần như đang lưu trữ.", "Lan's phone is out of
storage." → "Chiếc điện thoại của Lan nằm ngoài kho lưu.", "My memory card is full." → "Thẻ nhớ của tôi đầy đủ.", "My
phone only has 2 GB left." → "… chỉ có 2 GB rời khỏi.".

Taken: a device of DEVICES with whose after it (mt.terms.OWNERS but "chúng tôi", "họ"; mt.hobbies.SOMEONE) out of
storage ("hết dung lượng", "đầy bộ nhớ"), its storage ("Bộ nhớ điện thoại của mẹ tôi") or a memory card (of a device
or not) full: now, almost ("sắp"), not yet, asked ("có … không?", "… chưa?"); how much storage is left on it, whether
any, or so many GB free; who (mt.hobbies.WHO, WHO_EN; not a pet) deletes some of THINGS ("xoá bớt ảnh", "một số"), from
their own device or not, to free up space ("cho nhẹ máy") or not, buys more storage (of a cloud of CLOUDS, or "lưu
trữ") or a memory card (new, for their own device): "đã", "rồi", "vừa", "đang", "phải", "cần", "nên", "muốn", "sẽ",
"chưa", asked "có nên/cần/muốn … không?" and "… chưa?"; who needs or has a memory card, not, asked. English the
same, its verbs agreeing with who, and only "some" said ("any" denied or asked). Left: "xoá" with no "bớt" or "một
số" ("Tôi xoá ảnh rồi.": which photos?), "xoá bớt" or "mua thêm" with no word of tense ("Tôi xoá bớt ảnh cho nhẹ
máy.": done, about to, or a habit?), "mua thêm dung lượng" with no cloud or "lưu trữ" (mobile data too:
mt/phone_credit.py's "dung lượng 4G"), "Tôi hết dung lượng rồi." (data?), "bộ nhớ" with no device (a memory?), "máy"
alone, devices of "chúng tôi", "họ", and of "our", "their" but deleted from or bought for ("We deleted some photos
from our phone.": Vietnamese says no number), and "chúng tôi", "họ" needing or buying a memory card (one, or one
each?), "I" asked whether they did it or have one, a name or kin of no sex ("bạn tôi", "my friend") deleting from or
buying for their device (his or hers?), a device not one's own, "Did …?" asked, "My phone is full.", "I'm out of
storage.", photos taken or sent (mt/photos.py), apps downloaded (mt/social_media.py), the battery (mt/batteries.py),
chargers (mt/chargers.py), credit and data (mt/phone_credit.py), a device frozen or slow (mt/tech_trouble.py,
mt/broken.py), accounts (mt/accounts.py).
mt.phrasebook.translate tries these after mt/drunkenness.py.

    >>> translate("Điện thoại tôi hết dung lượng rồi.", "vi", "en"), translate("I need a memory card.", "en", "vi")
    ("My phone's storage is full.", 'Tôi cần thẻ nhớ.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, his_her
from .text import ASKED_END, alternatives, be, capitalised, contracted, keyed

# devices with storage (the first Vietnamese of each is written back)
DEVICES = {"điện thoại": "phone", "điện thoại di động": "phone", "máy tính": "computer", "máy vi tính": "computer",
           "máy tính xách tay": "laptop", "laptop": "laptop", "máy tính bảng": "tablet", "máy ảnh": "camera",
           "iphone": "iPhone", "ipad": "iPad"}
DEVICES_VI = {en.lower(): en if vi in ("iphone", "ipad") else vi for vi, en in reversed(DEVICES.items())} | {
    "mobile phone": "điện thoại", "cell phone": "điện thoại"}
# what is deleted to free up space (the first Vietnamese of each is written back)
THINGS = {"ảnh": "photos", "hình": "photos", "hình ảnh": "photos", "video": "videos", "ứng dụng": "apps",
          "app": "apps", "tin nhắn": "messages", "tệp": "files", "file": "files", "bài hát": "songs", "nhạc": "music"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"pictures": "ảnh"}
CLOUDS = {"icloud": "iCloud", "google drive": "Google Drive", "google one": "Google One", "đám mây": "cloud"}
CLOUDS_VI = {en.lower(): vi if vi == "đám mây" else en for vi, en in CLOUDS.items()}
_OWNERS = {"my", "your", "his", "her"}  # (a device of "chúng tôi", "họ": one, or one each?)
_KEYS = {"vi": lazy(r"(?i:dung\s+lượng|bộ\s+nhớ|thẻ\s+nhớ|xoá|xóa|gb\s+trống|mb\s+trống|tb\s+trống)"),
         "en": lazy(r"(?i:storage|memory|space|delet)")}

_DEV = rf"(?i:{alternatives(DEVICES)})"
_DEVICE = rf"(?:(?i:cái|chiếc)\s+)?(?P<device>{_DEV})\s+(?:của\s+)?{OWNER}"
_ASK_AUX = r"(?:(?P<ask>có)\s+)?(?:(?P<aux>sắp|đã|vẫn\s+chưa|chưa)\s+)?(?:bị\s+)?"
_TAIL = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}"
# a device out of storage, its storage or a memory card full ("Điện thoại tôi hết dung lượng rồi.", "Bộ nhớ điện
# thoại của mẹ tôi đầy rồi.", "Thẻ nhớ của tôi sắp đầy.")
_OUT = lazy(rf"{_DEVICE}\s+{_ASK_AUX}(?:hết\s+dung\s+lượng(?:\s+lưu\s+trữ)?|đầy\s+bộ\s+nhớ){_TAIL}")
_FULL = lazy(rf"(?P<store>(?i:bộ\s+nhớ|thẻ\s+nhớ))(?:\s+(?:của\s+)?(?P<device>{_DEV}))?\s+(?:của\s+)?{OWNER}\s+"
             rf"{_ASK_AUX}đầy{_TAIL}")
# how much is left ("Điện thoại bạn còn bao nhiêu dung lượng?", "Máy tính tôi chỉ còn 5GB trống.")
_LEFT = lazy(rf"{_DEVICE}\s+(?:(?P<only>chỉ)\s+)?còn\s+(?:(?P<how>bao\s+nhiêu)\s+dung\s+lượng(?:\s+trống)?|"
             r"(?P<n>\d{1,4}(?:[.,]\d{1,2})?)\s*(?P<unit>(?i:gb|mb|tb))(?:\s+dung\s+lượng)?\s+trống|"
             rf"(?P<any>dung\s+lượng(?:\s+trống)?)){ASKED_END}")
_THING = rf"(?i:{alternatives(THINGS)})"
_AUX = r"(?:(?P<ask>có)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|đang|phải|cần|nên|muốn|sẽ|chưa)\s+)?"
# who deletes some photos, buys more storage or a memory card ("Tôi phải xoá bớt ảnh.", "Tôi đã xoá bớt ảnh cho nhẹ
# máy.", "Tôi mua thêm dung lượng iCloud rồi.", "Tôi cần mua thẻ nhớ.")
_DO = lazy(rf"{WHO}\s+{_AUX}(?:(?P<delete>x(?:oá|óa))\s+(?:bớt|một\s+số)\s+"
           rf"(?P<things>{_THING}(?:\s*(?:,|và)\s*{_THING})?)|mua\s+thêm\s+dung\s+lượng(?P<store>\s+lưu\s+trữ)?"
           rf"(?:\s+(?:trên\s+)?(?P<cloud>(?i:{alternatives(CLOUDS)})))?"
           r"|mua\s+(?:(?:một\s+)?(?:cái|chiếc)\s+)?(?P<card>thẻ\s+nhớ)(?P<new>\s+mới)?)"
           rf"(?:\s+(?P<prep>trong|trên|khỏi|cho)\s+(?P<device>{_DEV}))?(?:\s+(?P<why>cho\s+nhẹ\s+máy|cho\s+máy\s+nhẹ|"
           rf"để\s+giải\s+phóng\s+(?:dung\s+lượng|bộ\s+nhớ)))?{_TAIL}")
# who needs or has a memory card ("Bạn có thẻ nhớ không?", "Tôi cần thẻ nhớ.")
_CARD = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?P<verb>cần|có)\s+(?:(?:một\s+)?(?:cái|chiếc)\s+)?"
             rf"thẻ\s+nhớ(?P<new>\s+mới)?{ASKED_END}")

# ... and in English (’ read as ')
_DEV_EN = rf"(?i:{alternatives(DEVICES_VI)})"
_OWN_EN = rf"(?:(?P<poss>(?i:my|your|his|her))|(?P<someone>{SOMEONE_EN})'s)"
_FULL_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_OWN_EN}\s+(?:(?P<device>{_DEV_EN})(?:'s)?\s+)?"
                r"(?P<store>storage|memory(?:\s+card)?)"
                r"(?P<be>\s+is|'s)?(?P<not>\s+not|n't)?(?:\s+(?P<almost>almost|nearly))?\s+full(?P<yet>\s+yet)?"
                r"\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_OWN_EN}\s+(?P<device>{_DEV_EN})(?:(?P<be>\s+is|'s)?(?:\s+(?P<almost>almost|"
               r"nearly))?\s+out|(?P<run>\s+has\s+run|'s\s+run)\s+out)\s+of\s+(?:storage|space)\s*(?P<end>[.!?]*)")
_LEFT_EN = (lazy(rf"How\s+much\s+(?:free\s+)?(?:storage|space)\s+is\s+(?:there\s+)?left\s+on\s+{_OWN_EN}\s+"
                 rf"(?P<device>{_DEV_EN})\s*\?+"),
            lazy(rf"How\s+much\s+(?:free\s+)?(?:storage|space)\s+(?P<does>does)\s+{_OWN_EN}\s+(?P<device>{_DEV_EN})"
                 r"\s+have\s+left\s*\?+"),
            lazy(rf"(?P<any>Does)\s+{_OWN_EN}\s+(?P<device>{_DEV_EN})\s+have\s+any\s+(?:free\s+)?(?:storage|space)\s+"
                 r"left\s*\?+"),
            lazy(rf"(?P<any>Is)\s+there\s+any\s+(?:free\s+)?(?:storage|space)\s+left\s+on\s+{_OWN_EN}\s+"
                 rf"(?P<device>{_DEV_EN})\s*\?+"),
            lazy(rf"{_OWN_EN}\s+(?P<device>{_DEV_EN})(?:\s+(?P<only>only))?\s+has\s+(?P<n>\d{{1,4}}(?:\.\d{{1,2}})?)\s*"
                 r"(?P<unit>GB|MB|TB)\s+(?:of\s+)?(?:free\s+)?(?:storage|space)\s+left\s*(?P<end>[.!]*)"))
_THING_EN = rf"(?:{alternatives(THINGS_VI)})"
_DO_EN = lazy(rf"(?:(?P<q>Should|Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:has|have)\s+to|\s+must|\s+needs?\s+to|"
              r"\s+should|\s+wants?\s+to|\s+will|'ll|\s+(?:has|have)(?:\s+not)?|'ve|'s|\s+(?:hasn|haven)'t|\s+am|"
              r"\s+is|\s+are|'m|'re)?(?:\s+(?P<just>just))?\s+(?P<verb>delete|deleted|deleting|buy|bought|buying)\s+"
              rf"(?:(?P<some>some|any)\s+(?P<things>{_THING_EN}(?:,?\s+and\s+{_THING_EN})?)|more\s+(?:(?P<cloud>"
              rf"(?i:{alternatives(CLOUDS_VI)}))\s+)?(?P<store>storage)|(?P<card>an?\s+(?P<new>new\s+)?memory\s+card))"
              rf"(?:\s+(?P<prep>from|on|off|for)\s+(?P<owner>(?i:my|your|his|her|our|their|the))\s+"
              rf"(?P<device>{_DEV_EN}))?"
              r"(?:\s+(?P<why>to\s+(?:free\s+up|make)\s+(?:some\s+)?(?:space|storage|room)))?(?P<yet>\s+yet)?"
              r"\s*(?P<end>[.!?]*)")
_CARD_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:don't|doesn't|do\s+not|does\s+not))?\s+"
                r"(?P<verb>need|needs|have|has)\s+an?\s+(?P<new>new\s+)?memory\s+card\s*(?P<end>[.!?]*)")

# English words said only of one (he, she, my mother), of others, and of "I" alone
_ONE = {"has", "is", "'s", "needs", "wants", "hasn't", "has to", "has not", "does", "needs to", "wants to"}
_OTHERS = {"have", "are", "'re", "'ve", "need", "want", "haven't", "have to", "have not", "do", "need to", "want to"}
_FORMS = {"delete": ("delete", "base"), "deleted": ("delete", "past"), "deleting": ("delete", "ing"),
          "buy": ("buy", "base"), "bought": ("buy", "past"), "buying": ("buy", "ing")}
_VERBS = {"delete": ("delete", "deleted", "deleting", "xoá"), "buy": ("buy", "bought", "buying", "mua")}
# a tense of _DO in Vietnamese words, and back (the tenses of _said)
_TENSES_VI = {"past": "đã {}", "perfect": "{} rồi", "just": "vừa {}", "ing": "đang {}", "must": "phải {}",
              "need": "cần {}", "should": "nên {}", "want": "muốn {}", "will": "sẽ {}", "not yet": "chưa {}",
              "ask should": "có nên {} không?", "ask need": "có cần {} không?", "ask want": "có muốn {} không?",
              "ask yet": "đã {} chưa?"}
_AUX_TENSE = {"phải": "must", "cần": "need", "nên": "should", "muốn": "want", "sẽ": "will", "đang": "ing",
              "vừa": "just", "vừa mới": "just", "mới": "just", "chưa": "not yet"}
_EN_TENSE = {("", "past"): "past", ("have", "past"): "perfect", ("has", "past"): "perfect", ("'ve", "past"): "perfect",
             ("'s", "past"): "perfect", ("am", "ing"): "ing", ("is", "ing"): "ing", ("are", "ing"): "ing",
             ("'m", "ing"): "ing", ("'s", "ing"): "ing", ("'re", "ing"): "ing", ("have to", "base"): "must",
             ("has to", "base"): "must", ("must", "base"): "must", ("need to", "base"): "need",
             ("needs to", "base"): "need", ("should", "base"): "should", ("want to", "base"): "want",
             ("wants to", "base"): "want", ("will", "base"): "will", ("'ll", "base"): "will",
             ("haven't", "past"): "not yet", ("hasn't", "past"): "not yet", ("have not", "past"): "not yet",
             ("has not", "past"): "not yet"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a device's storage full or left, things deleted to free it, more storage or
    a memory card bought, needed or had; None for any other."""
    if src == "vi":
        return _full(text) or _left(text) or _do(text) or _card(text)
    text = text.replace("’", "'")
    return _full_vi(text) or _left_vi(text) or _do_vi(text) or _card_vi(text)


def _owner(m: re.Match) -> str | None:
    """Whose of a match of OWNER in English ("my", "my mother's", "Lan's"); None for "chúng tôi", "họ"."""
    if m["owner"]:
        whose = OWNERS[keyed(m["owner"])]
        return whose if whose in _OWNERS else None
    return f"{someone(m['someone'], 'vi')}'s"


def _state(m: re.Match) -> str | None:
    """How full a match of _OUT or _FULL says it is: "full", "almost", "not yet", "still not", "asked", "asked yet";
    None where its words do not go together ("sắp … chưa?", "có … " with no "không?")."""
    aux, asked, yet, done = keyed(m["aux"] or ""), bool(m["asked"]), bool(m["yet"]), bool(m["done"])
    if (asked or yet) != ("?" in m["end"]) or bool(m["ask"]) != asked or asked and yet:
        return None
    if asked or yet:
        return None if aux or done else "asked yet" if yet else "asked"
    if aux.endswith("chưa"):
        return None if done else "still not" if aux != "chưa" else "not yet"
    return "almost" if aux == "sắp" else "full"


def _full(text: str) -> str | None:
    """"Điện thoại tôi hết dung lượng rồi." as "My phone's storage is full.", "Bộ nhớ điện thoại của mẹ tôi đầy rồi."
    as "My mother's phone storage is full.", "Thẻ nhớ của tôi sắp đầy." as "My memory card is almost full.", "Điện
    thoại bạn có bị đầy bộ nhớ không?" as "Is your phone's storage full?" (_OUT, _FULL); None for anything else."""
    m = _OUT.fullmatch(text) or _FULL.fullmatch(text)
    if not m or (state := _state(m)) is None or (whose := _owner(m)) is None:
        return None
    store, device = keyed(m.groupdict().get("store") or ""), DEVICES[keyed(m["device"])] if m["device"] else ""
    if store == "thẻ nhớ":
        said = f"the memory card in {whose} {device}" if device else f"{whose} memory card"
    elif not device:
        return None  # ("Bộ nhớ của tôi": a memory?)
    else:  # ("my phone's storage", but "my mother's phone storage", not "my mother's phone's")
        own = "'s" if m["owner"] and not store else ""
        said = f"{whose} {device}{own} storage"
    said = {"full": f"{said} is full.", "almost": f"{said} is almost full.", "not yet": f"{said} isn't full yet.",
            "still not": f"{said} still isn't full.", "asked": f"Is {said} full?", "asked yet": f"Is {said} full yet?"}
    return capitalised(said[state])


def _left(text: str) -> str | None:
    """"Điện thoại bạn còn bao nhiêu dung lượng?" as "How much storage is left on your phone?", "Điện thoại bạn còn
    dung lượng không?" as "Is there any storage left on your phone?", "Máy tính tôi chỉ còn 5GB trống." as "My computer
    only has 5 GB of free space left." (_LEFT); None for anything else."""
    m = _LEFT.fullmatch(text)
    if not m or (whose := _owner(m)) is None:
        return None
    asked, device = "?" in m["end"], DEVICES[keyed(m["device"])]
    if m["how"]:
        return None if m["asked"] or m["only"] or not asked else f"How much storage is left on {whose} {device}?"
    if m["any"]:
        ok = m["asked"] and asked and not m["only"]
        return f"Is there any storage left on {whose} {device}?" if ok else None
    if asked or m["asked"]:
        return None
    n, only = m["n"].replace(",", "."), " only" if m["only"] else ""
    return capitalised(f"{whose} {device}{only} has {n} {m['unit'].upper()} of free space left.")


def _tense(m: re.Match, i: bool) -> str | None:
    """The tense of a match of _DO, as _TENSES_VI keys it ("past", "ask should" …), `i` where who is "I"; None where
    its words do not go together, no word of tense is said ("Tôi xoá bớt ảnh.": done, or about to?), or "I" asks
    what only they would know ("Tôi đã xoá bớt ảnh chưa?")."""
    aux, asked, yet, done = keyed(m["aux"] or ""), bool(m["asked"]), bool(m["yet"]), bool(m["done"])
    if (asked or yet) != ("?" in m["end"]) or asked and yet or m["ask"] and not asked:
        return None
    if asked:
        tense = f"ask {_AUX_TENSE.get(aux)}" if m["ask"] and aux in ("nên", "cần", "muốn") and not done else None
        return None if tense is None or i and tense == "ask want" else tense
    if yet:
        return None if i or done or aux not in ("", "đã") else "ask yet"
    if aux in ("", "đã"):
        return "perfect" if done else "past" if aux else None
    return None if done and aux not in ("vừa", "vừa mới", "mới") else _AUX_TENSE[aux]


def _said(who_: str, one: bool, tense: str, verb: str, what: str, rest: str) -> str:
    """Who does `verb` ("delete", "buy") to `what` in `tense` (of _TENSES_VI), and `rest`, in English: "I have to
    delete some photos.", "She's just bought more iCloud storage.", "Should I delete some apps?"."""
    base, past, ing = _VERBS[verb][:3]
    has, do = ("has", "Does") if one else ("have", "Do")
    done, s = f"{what.replace('some ', 'any ', 1)}{rest}", f"{what}{rest}"  # ("haven't deleted any photos yet")
    needs, wants = ("needs", "wants") if one else ("need", "want")
    asked = {"ask should": ("Should", f"{base} {s}"), "ask need": (do, f"need to {base} {s}"),
             "ask want": (do, f"want to {base} {s}"), "ask yet": (has.capitalize(), f"{past} {done} yet")}
    if tense in asked:
        return f"{asked[tense][0]} {who_} {asked[tense][1]}?"
    said = {"past": f"{past} {s}", "perfect": f"{has} {past} {s}", "just": f"{has} just {past} {s}",
            "ing": f"{be(who_)} {ing} {s}", "must": f"{has} to {base} {s}", "should": f"should {base} {s}",
            "need": f"{needs} to {base} {s}", "want": f"{wants} to {base} {s}", "will": f"will {base} {s}",
            "not yet": f"{has}n't {past} {done} yet"}
    return capitalised(contracted(who_, said[tense])) + "."


def _things(said: str, table: dict[str, str]) -> str | None:
    """The things of a list of _THING or _THING_EN in the other language by `table` ("ảnh và video": "photos and
    videos"); None where one is said twice ("ảnh và hình")."""
    parts = [table[keyed(p)] for p in re.split(r"\s*,\s*(?:and\s+)?|\s+(?:và|and)\s+", said.strip())]
    return None if len(set(parts)) < len(parts) else f" {'và' if table is THINGS_VI else 'and'} ".join(parts)


def _do(text: str) -> str | None:
    """"Tôi phải xoá bớt ảnh." as "I have to delete some photos.", "Tôi đã xoá bớt ảnh cho nhẹ máy." as "I deleted
    some photos to free up space.", "Tôi mua thêm dung lượng iCloud rồi." as "I've bought more iCloud storage.", "Tôi
    cần mua thẻ nhớ." as "I need to buy a memory card.", "Tôi có nên xoá bớt ứng dụng không?" as "Should I delete some
    apps?" (_DO); None for anything else, a pet doing it, and more storage of no cloud nor "lưu trữ" (data?)."""
    m = _DO.fullmatch(text)
    said = m and not animal(m) and who(m, bool(m["asked"] or m["yet"]))
    if not said or (tense := _tense(m, said[0] == "I")) is None:
        return None
    who_, one = said
    if m["delete"]:
        things = _things(m["things"], THINGS)
        verb, what = "delete", things and f"some {things}"
    elif m["card"]:
        verb, what = "buy", f"a {'new ' * bool(m['new'])}memory card"
    else:
        cloud = CLOUDS[keyed(m["cloud"])] if m["cloud"] else ""
        verb, what = "buy", (m["store"] or cloud) and f"more {cloud} storage".replace("  ", " ")
    prep, why = keyed(m["prep"] or ""), " to free up space" if m["why"] else ""
    if m["card"] and who_ in ("we", "they"):
        return None  # ("Chúng tôi cần mua thẻ nhớ.": one card, or one each?)
    if not what or why and (not m["delete"] or tense in ("not yet", "ask yet")) or prep and (
            (prep == "cho") != bool(m["card"]) or not m["delete"] and not m["card"]):
        return None
    rest = ""
    if prep:
        whose = whose_own(m, who_) if who_ not in ("we", "they") else None
        if whose is None:
            return None  # (a name alone: his phone or hers?)
        rest = f" {'for' if prep == 'cho' else 'from'} {whose} {DEVICES[keyed(m['device'])]}"
    return _said(who_, one, tense, verb, what, rest + why)


def _card(text: str) -> str | None:
    """"Bạn có thẻ nhớ không?" as "Do you have a memory card?", "Tôi cần thẻ nhớ." as "I need a memory card.", "Tôi
    không có thẻ nhớ." as "I don't have a memory card.", "Bạn có cần thẻ nhớ mới không?" as "Do you need a new memory
    card?" (_CARD); None for anything else, and "I" asked whether they have one."""
    m = _CARD.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked and m["not"] or (m["verb"] == "cần") != bool(m["ask"]) and asked:
        return None
    if m["ask"] and not asked or animal(m) or (said := who(m, asked)) is None or said[0] in ("we", "they") or \
            asked and m["verb"] == "có" and said[0] == "I":
        return None  # (and "Chúng tôi cần thẻ nhớ.": one card, or one each?)
    who_, one = said
    verb = "need" if m["verb"] == "cần" else "have"
    what = f"a {'new ' * bool(m['new'])}memory card"
    if asked:
        return f"{'Does' if one else 'Do'} {who_} {verb} {what}?"
    if m["not"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb} {what}.")
    return capitalised(f"{who_} {('has' if verb == 'have' else 'needs') if one else verb} {what}.")


def _owner_vi(m: re.Match) -> str | None:
    """Whose of a match of _OWN_EN in Vietnamese ("tôi", "mẹ tôi", "Lan"); None for someone not read."""
    return WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")


def _full_vi(text: str) -> str | None:
    """"My phone's storage is full." as "Bộ nhớ điện thoại của tôi đầy rồi.", "My memory card is almost full." as "Thẻ
    nhớ của tôi sắp đầy.", "Is your phone's memory full?" as "Bộ nhớ điện thoại của bạn có bị đầy không?", "My laptop
    is almost out of storage." as "Máy tính xách tay của tôi sắp hết dung lượng." (_FULL_EN, _OUT_EN); None for
    anything else, and "is not full" but "yet" (not full, or not filled?)."""
    m = _FULL_EN.fullmatch(text) or _OUT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"] or m.groupdict().get("run")):
        return None
    whose, device = _owner_vi(m), DEVICES_VI[m["device"].lower()] if m["device"] else ""
    store, (q, almost) = m.groupdict().get("store"), (m["q"], m["almost"])
    if whose is None or store in ("storage", "memory") and not device:
        return None
    if store is None:  # (the device out of storage)
        said, verb = f"{device} của {whose}", "hết dung lượng"
        if q and almost:
            return None
        return capitalised(f"{said} có bị {verb} không?" if q else f"{said} sắp {verb}." if almost else
                           f"{said} {verb} rồi.")
    said = f"{'Thẻ nhớ' if store == 'memory card' else 'Bộ nhớ'}{f' {device}' if device else ''} của {whose}"
    not_, yet = bool(m["not"]), bool(m["yet"])
    if not_ and (not yet or almost) or q and (not_ or almost) or yet and not (q or not_):
        return None
    if q:
        return f"{said} đầy chưa?" if yet else f"{said} có bị đầy không?"
    return f"{said} chưa đầy." if not_ else f"{said} sắp đầy." if almost else f"{said} đầy rồi."


def _left_vi(text: str) -> str | None:
    """"How much storage is left on your phone?" and "How much space does your phone have left?" as "Điện thoại của
    bạn còn bao nhiêu dung lượng?", "Is there any storage left on your phone?" as "Điện thoại của bạn còn dung lượng
    không?", "My phone only has 2 GB of free space left." as "Điện thoại của tôi chỉ còn 2GB dung lượng trống."
    (_LEFT_EN); None for anything else."""
    m = next((m for p in _LEFT_EN if (m := p.fullmatch(text))), None)
    if not m or (whose := _owner_vi(m)) is None:
        return None
    said, groups = f"{DEVICES_VI[m['device'].lower()]} của {whose}", m.groupdict()
    if groups.get("n"):
        n, only = m["n"].replace(".", ","), "chỉ " if m["only"] else ""
        return capitalised(f"{said} {only}còn {n}{m['unit']} dung lượng trống.")
    if groups.get("any"):
        return capitalised(f"{said} còn dung lượng không?")
    return capitalised(f"{said} còn bao nhiêu dung lượng?")


def _en_tense(m: re.Match, one: bool, i: bool) -> str | None:
    """The tense of a match of _DO_EN, as _TENSES_VI keys it, its verbs agreeing with who (`one`: he, she, a name;
    `i`: "I"); None for anything else, and "I" asked what only they would know ("Have I deleted …?")."""
    q, aux = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    form, just, yet = _FORMS[m["verb"].lower()][1], bool(m["just"]), bool(m["yet"])
    if bool(q) != ("?" in m["end"]):
        return None
    for word in (q,) if q else (aux,):  # (after "Do", "Does": "need to")
        if word in _ONE and not one or word in _OTHERS and one or word in ("am", "'m") and not i or \
                word in ("are", "'re") and i:
            return None
    if q:
        if just or q == "should" and (aux or form != "base" or yet):
            return None
        tense = {("should", ""): "ask should", ("do", "need to"): "ask need", ("does", "need to"): "ask need",
                 ("do", "want to"): "ask want", ("does", "want to"): "ask want", ("have", ""): "ask yet",
                 ("has", ""): "ask yet"}.get((q, aux.replace("needs", "need").replace("wants", "want")))
        if tense in ("ask need", "ask want") and (aux.startswith(("needs", "wants")) or form != "base" or yet):
            return None
        if tense == "ask yet" and (form != "past" or not yet or i):
            return None
        return None if tense == "ask want" and i else tense
    tense = _EN_TENSE.get((aux, form))
    if tense == "not yet" and (not yet or just) or tense != "not yet" and yet:
        return None
    if just:
        return "just" if tense in ("past", "perfect") else None
    return tense


def _own_device(m: re.Match, who_: str, one: bool) -> bool:
    """Whether the device of a match of _DO_EN is who's own (`who_`, `one` as who_vi gives them), as Vietnamese
    dropping whose says it: own_thing, but "his" or "her" after a name or kin English gives no sex is left ("Lan
    deleted some photos from his phone.": Lan's own, or a man's?)."""
    if m["owner"].lower() in ("his", "her") and not m["who"] and his_her(who_) is None:
        return False
    return bool(own_thing(m, who_, one))


def _do_vi(text: str) -> str | None:
    """"I have to delete some photos." as "Tôi phải xoá bớt ảnh.", "I deleted some photos to free up space." as "Tôi
    đã xoá bớt ảnh cho nhẹ máy.", "I've bought more iCloud storage." as "Tôi mua thêm dung lượng iCloud rồi.", "I need
    to buy a memory card." as "Tôi cần mua thẻ nhớ.", "Should I delete some apps?" as "Tôi có nên xoá bớt ứng dụng
    không?" (_DO_EN); None for anything else, a pet, a device not one's own, and "any" but asked or denied."""
    m = _DO_EN.fullmatch(text)
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if (tense := _en_tense(m, one, who_ == "tôi")) is None:
        return None
    verb = _FORMS[m["verb"].lower()][0]
    if m["things"]:
        things = _things(m["things"], THINGS_VI)
        what = things and f"bớt {things}"
        if verb != "delete" or (m["some"] == "any") != (tense in ("not yet", "ask yet")):
            return None
    elif verb != "buy":
        return None
    elif m["card"]:
        what = f"thẻ nhớ{' mới' * bool(m['new'])}"
    else:
        what = f"thêm dung lượng {CLOUDS_VI[m['cloud'].lower()] if m['cloud'] else 'lưu trữ'}"
        what = what.replace("đám mây", "lưu trữ đám mây")
    prep, why = (m["prep"] or "").lower(), m["why"]
    if not what or why and (verb != "delete" or tense in ("not yet", "ask yet")) or prep and (
            (prep == "for") != bool(m["card"]) or verb == "buy" and not m["card"] or not _own_device(m, who_, one)):
        return None
    rest = f" {'cho' if prep == 'for' else 'trong'} {DEVICES_VI[m['device'].lower()]}" if prep else ""
    rest += " cho nhẹ máy" if why else ""
    return capitalised(f"{who_} {_TENSES_VI[tense].format(f'{_VERBS[verb][3]} {what}{rest}')}"
                       f"{'' if tense.startswith('ask') else '.'}")


def _card_vi(text: str) -> str | None:
    """"Do you have a memory card?" as "Bạn có thẻ nhớ không?", "I need a memory card." as "Tôi cần thẻ nhớ.", "I
    don't have a memory card." as "Tôi không có thẻ nhớ." (_CARD_EN); None for anything else, and where the verb does
    not agree with who."""
    m = _CARD_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or animal(m):
        return None
    who_, one = who_vi(m)
    said = (m["q"] or (m["not"] or "").split()[0] if m["q"] or m["not"] else m["verb"]).lower()
    if said.startswith(("does", "has", "needs")) != one or (m["q"] or m["not"]) and m["verb"] not in ("need", "have"):
        return None
    if m["q"] and m["verb"] == "have" and who_ == "tôi":
        return None  # ("Do I have a memory card?": asked of oneself)
    verb, card = "cần" if m["verb"].startswith("need") else "có", f"thẻ nhớ{' mới' * bool(m['new'])}"
    if m["q"]:
        return capitalised(f"{who_} có {'cần ' if verb == 'cần' else ''}{card} không?")
    return capitalised(f"{who_} {'không ' if m['not'] else ''}{verb} {card}.")
