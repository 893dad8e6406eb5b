"""Taking photos, both ways, written whole by rule: asking someone to take one of us, offering to, whether photos are
allowed here, a selfie or photos taken, who took this one, sending or showing the photos, and a lovely photo. v8 (with
every other rule): "Bạn chụp giúp chúng tôi một tấm ảnh được không?" → "Do you take pictures to help us a photo?",
"Chụp ảnh cho tôi nhé." → "Take pictures to me.", "Ở đây có được chụp ảnh không?" → "Is it captured here?", "Tôi chụp
một tấm ảnh hoàng hôn." → "I took a sunset.", "Tôi sẽ gửi ảnh cho bạn." → "I'll send your image to you.", "Cho tôi
xem ảnh với." → "Let me see the image with.", "Ảnh đẹp quá!" → "The beautiful image!"; "Take a picture of me!" →
"Uống một bức tranh của tôi!" (drink a painting), "She took a selfie." → "Cô ấy tự mình lấy một cáiie.", "Let's take
a photo together." → "Chúng ta hãy lấy một tấm ảnh cùng nhau." (get), "I'll send you the photos later." → "… về sau."
(in the future), "Show me the photos." → "Hiển thị tôi ảnh.", "What a lovely photo!" → "Ảnh một cách đáng yêu!".

Taken: who (mt.hobbies.WHO, WHO_EN) asked or told to take a photo of whom (mt.ever.OBJECTS, or someone), or offering
to ("Để tôi chụp cho bạn.", "Shall I …?"); photos allowed here or not (in Vietnamese); a selfie, a photo, a few or a
lot, together or of one of SIGHTS, taken ("đã", "vừa", "rồi") or suggested ("Chúng ta chụp chung một tấm nhé."); who
took this photo; the photos sent to whom (asked, told, will, did, not yet) or shown ("Cho tôi xem ảnh với."); a lovely
photo. Left: "Chúng ta chụp ảnh nhé." and "Let's take a picture." (mt/suggestions.py's), the phrasebook's own,
photography as a hobby (mt/hobbies.py's), a camera broken (mt/broken.py's), photos allowed in English ("Can I take
pictures here?") and "Đừng chụp ảnh." (v8 is right), photos taken with no word of when ("Tôi chụp nhiều ảnh lắm.": a
habit?), how many ("Bạn đã chụp bao nhiêu ảnh?"), who takes good ones ("Bạn chụp ảnh đẹp quá!": takes, or took).
mt.phrasebook.translate tries these after mt/medicine.py.

    >>> translate("Ảnh đẹp quá!", "vi", "en"), translate("Take a picture of me!", "en", "vi")
    ('What a lovely photo!', 'Chụp cho tôi một tấm ảnh nhé!')
"""
from __future__ import annotations

import re

from .free_time import placed, when
from .hobbies import WHO, WHOM, WHOM_EN, WHO_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import TENSE_VI
from .text import SOFTENED_END, alternatives, capitalised, contracted, keyed

# what a photo is of (the first Vietnamese of each is written back)
SIGHTS = {"hoàng hôn": "the sunset", "cảnh hoàng hôn": "the sunset", "bình minh": "the sunrise", "biển": "the sea",
          "bãi biển": "the beach", "thành phố": "the city", "pháo hoa": "the fireworks", "em bé": "the baby",
          "ruộng bậc thang": "the rice terraces", "cây cầu": "the bridge"}
SIGHTS_VI = {en: vi for vi, en in reversed(SIGHTS.items())}
_SELF = {("you", "you"), ("I", "me"), ("we", "us"), ("bạn", "bạn"), ("tôi", "tôi"), ("chúng tôi", "chúng tôi")}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:chụp|\bảnh|hình)"), "en": lazy(r"(?i:photo|picture|selfie|\bpics?\b)")}

_PIC = r"(?:ảnh|hình)"
_ONE = rf"(?:một|1)\s+(?:tấm|bức|kiểu)(?:\s+{_PIC})?"  # ("một tấm", "một tấm ảnh")
_PHOTOS = rf"(?:(?:những|các|mấy)\s+)?(?:(?:tấm|bức)\s+)?{_PIC}"  # the photos sent or shown
_SOFT = r"(?:\s+(?P<soft>nhé|nha|với|đi))?"
_ASKED = r"(?:\s+(?P<ok>được))?(?:\s+(?P<asked>không|chưa))?"
# one of whom, asked, told or offered ("Bạn chụp giúp chúng tôi một tấm ảnh được không?", "Để tôi chụp cho bạn.")
_FOR = lazy(rf"(?:(?P<let>[Đđ]ể)\s+)?(?:{WHO}\s+)?(?:(?P<can>có\s+thể)\s+)?[Cc]hụp(?:\s+{_PIC})?\s+"
            rf"(?P<prep>giúp|cho|hộ|giùm)\s+{WHOM}(?:\s+{_ONE})?{_ASKED}{_SOFT}{SOFTENED_END}")
# a selfie, one, a few or a lot, taken or suggested ("Tôi đã chụp rất nhiều ảnh biển.", "Chụp chung một tấm nhé.")
_WHAT = (rf"(?:(?P<selfie>(?:{_ONE}\s+|{_PIC}\s+)?(?:selfie|tự\s+sướng))|"
         rf"(?P<many>(?:rất\s+)?nhiều\s+(?:tấm\s+)?{_PIC})|(?P<few>(?:vài|mấy)\s+(?:tấm\s+|bức\s+)?{_PIC})|"
         rf"(?P<one>{_ONE})|(?P<bare>{_PIC}))")
_TOOK = lazy(rf"(?:{WHO}\s+)?{TENSE_VI}[Cc]hụp(?:\s+(?P<chung>chung))?\s+{_WHAT}(?:\s+(?P<chung2>chung))?"
             rf"(?:\s+(?P<sight>(?i:{alternatives(SIGHTS)})))?(?:\s+(?P<much>lắm))?(?:\s+(?P<done>rồi))?{_SOFT}"
             rf"{SOFTENED_END}")
# who took this one ("Ảnh này ai chụp vậy?", "Ai chụp bức ảnh này?", "Bức ảnh này do mẹ tôi chụp.")
_THIS = r"(?P<this>này|đó|kia)"
_WHOSE = [lazy(rf"(?:(?i:bức|tấm)\s+)?(?i:ảnh|hình)\s+{_THIS}\s+(?:(?P<ai>ai)|do\s+{WHO})\s+chụp{SOFTENED_END}"),
          lazy(rf"(?P<ai>[Aa]i)\s+(?:đã\s+)?chụp\s+(?:(?:bức|tấm)\s+)?{_PIC}\s+{_THIS}{SOFTENED_END}"),
          lazy(rf"{WHO}\s+đã\s+chụp\s+(?:bức|tấm)\s+{_PIC}\s+{_THIS}{SOFTENED_END}")]
# photos allowed here ("Tôi có thể chụp ảnh ở đây không?", "Ở đây có được chụp ảnh không?", "Không được chụp ảnh.")
_HERE = lazy(rf"(?:{WHO}\s+(?:(?P<can>có\s+thể|có\s+được|được)\s+)?|(?P<here0>(?i:ở\s+đây))\s+(?P<no0>không\s+)?"
             r"(?:có\s+)?(?:được|cho)\s+|(?P<no>[Kk]hông)\s+được\s+|(?i:có)\s+được\s+)chụp\s+(?:ảnh|hình)"
             rf"(?P<here>\s+ở\s+đây)?{_ASKED}{SOFTENED_END}")
# the photos sent ("Gửi ảnh cho tôi nhé.", "Tôi sẽ gửi ảnh cho bạn sau."), or shown ("Cho tôi xem ảnh với.")
_SEND = [lazy(rf"(?:{WHO}\s+)?{TENSE_VI}(?:(?P<can>có\s+thể)\s+)?[Gg]ửi\s+{mid}"
              rf"(?:\s+(?P<later>sau|lát\s+nữa|ngay))?(?:\s+(?P<done>rồi))?{_ASKED}{_SOFT}{SOFTENED_END}")
         for mid in (rf"{_PHOTOS}\s+cho\s+{WHOM}", rf"cho\s+{WHOM}\s+{_PHOTOS}")]
_LATER = {"sau": " later", "lát nữa": " later", "ngay": " right away"}
_SHOW = lazy(rf"(?:(?P<you>[Bb]ạn)\s+)?(?:(?P<can>có\s+thể)\s+)?[Cc]ho\s+(?P<me>tôi|mình|chúng\s+tôi)\s+xem\s+"
             rf"{_PHOTOS}{_ASKED}{_SOFT}{SOFTENED_END}")
# a lovely photo ("Ảnh đẹp quá!", "Bức ảnh này đẹp thật.")
_SO = r"(?:\s+(?P<so>quá|thế|thật|ghê|lắm))?"
_NICE = lazy(rf"(?:(?i:bức|tấm)\s+)?(?i:ảnh|hình)(?:\s+{_THIS})?\s+(?:(?P<very>rất)\s+)?đẹp{_SO}{SOFTENED_END}")

# ... and in English
_PHOTOS_EN = r"(?:the\s+)?(?:photos|pictures|pics|photo|picture)"
_FOR_EN = lazy(rf"(?:(?P<modal>Could|Can|Would|Will|Shall|May)\s+{WHO_EN}\s+(?:please\s+)?|"
               r"(?P<mind>Would\s+you\s+mind)\s+|(?P<let>Let\s+me|Let\s+us|Let['’]s)\s+|(?:[Pp]lease\s+)?)"
               rf"(?P<take>[Tt]ake|taking)\s+(?:a|one)\s+(?:photo|picture|pic)\s+(?:of|for)\s+{WHOM_EN}"
               r"(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_WHAT_EN = (r"(?:(?P<selfie>a\s+selfie)|(?P<many>(?:a\s+lot\s+of|lots\s+of|so\s+many|many)\s+(?:photos|pictures))|"
            r"(?P<few>(?:a\s+few|some)\s+(?:photos|pictures))|(?P<one>a\s+(?:photo|picture)))")
_TOOK_EN = lazy(rf"(?:(?P<lets>Let['’]s)|(?P<letme>Let\s+me)|{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has)?"
                rf"(?P<just>\s+just)?)\s+(?P<verb>take|took|taken)\s+{_WHAT_EN}(?P<chung>\s+together)?"
                rf"(?:\s+of\s+(?P<sight>(?i:{alternatives(SIGHTS_VI)})))?\s*(?P<end>[.!]*)")
_WHOSE_EN = lazy(rf"(?:(?P<ai>Who)|{WHO_EN})\s+took\s+(?P<this>this|that)\s+(?:photo|picture)\s*(?P<end>[.!?]*)")
_SEND_EN = rf"\s+(?:{WHOM_EN}\s+{_PHOTOS_EN}|{_PHOTOS_EN}\s+to\s+{WHOM_EN.replace('whom', 'to')})"
_SEND_ASKED_EN = [lazy(rf"(?P<modal>Can|Could|Will|Would)\s+{WHO_EN}\s+(?:please\s+)?send{_SEND_EN}"
                       r"(?:,?\s+please)?\s*\?+"),
                  lazy(rf"(?P<have>Have|Has)\s+{WHO_EN}\s+sent{_SEND_EN}(?:\s+yet)?\s*\?+")]
_SEND_SAID_EN = lazy(rf"(?:(?P<told>[Pp]lease\s+s|S)|{WHO_EN}(?P<aux>['’]ll|\s+will|['’]ve|\s+have|['’]s|"
                     rf"\s+has)?(?P<just>\s+just)?\s+s)(?P<verb>end|ent){_SEND_EN}(?:\s+(?P<later>[^,.!?]+?))?"
                     r"(?:,?\s+please)?\s*(?P<end>[.!]*)")
_SHOW_EN = [(lazy(r"Let\s+(?P<me>me|us)\s+see\s+the\s+(?:photos|pictures)\s*[.!]*"), "Cho {me} xem ảnh với."),
            (lazy(r"(?:Can|Could|May)\s+(?P<me>I|we)\s+see\s+the\s+(?:photos|pictures)\s*\?+"),
             "Cho {me} xem ảnh được không?"),
            (lazy(r"(?:Can|Could|Will|Would)\s+you\s+(?:please\s+)?show\s+(?P<me>me|us)\s+the\s+(?:photos|"
                  r"pictures)(?:,?\s+please)?\s*\?+"), "Bạn cho {me} xem ảnh được không?"),
            (lazy(r"(?:[Pp]lease\s+)?[Ss]how\s+(?P<me>me|us)\s+the\s+(?:photos|pictures)(?:,?\s+please)?"
                  r"\s*[.!]*"), "Cho {me} xem ảnh nhé.")]
_LOVELY = r"(?i:lovely|beautiful|nice|great|gorgeous|wonderful|amazing|good)"
_NICE_EN = [lazy(rf"(?:What\s+a\s+)?{_LOVELY}\s+(?:photo|picture)\s*!*"),
            lazy(rf"(?P<this>This|That)\s+(?:photo|picture)\s+is\s+(?P<so>(?:so|really|very)\s+)?{_LOVELY}"
                 r"\s*(?P<end>[.!]*)")]


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about taking photos, sending or showing them, or a lovely one; None for any
    other."""
    rules = (_for, _took, _whose, _here, _send, _show, _nice) if src == "vi" else (
        _for_vi, _took_vi, _whose_vi, _send_vi, _show_vi, _nice_vi)
    return next((said for rule in rules if (said := rule(text))), None)


def _has(m: re.Match) -> bool:
    """Whether a match of WHO said who."""
    return bool(m["who"] or m["kin"] or m["titled"] or m["given"])


def _said(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, as mt.hobbies.who gives it; None where none is said, or it may be the
    speaker ("Anh …")."""
    return who(m, asked) if _has(m) else None


def _end(m: re.Match, told: str = ".") -> str:
    """The sentence's end as said: "!" kept, else `told`."""
    return "!" if "!" in m["end"] else told


def _for(text: str) -> str | None:
    """"Bạn chụp giúp chúng tôi một tấm ảnh được không?" as "Could you take a photo for us?", "Chụp cho tôi một tấm
    nhé." as "Please take a photo of me.", "Để tôi chụp cho bạn." as "Let me take a photo of you.", "Tôi chụp cho bạn
    một tấm nhé?" as "Shall I take a photo of you?" (_FOR); None for anything else, and for who said of himself."""
    m = _FOR.fullmatch(text)
    if not m or (whom := as_whom(m["whom"], "vi")) is None or m["asked"] == "chưa":
        return None
    of = "of" if keyed(m["prep"]) == "cho" else "for"  # ("chụp giúp tôi": for me, as mt.phrasebook says "giúp tôi")
    q, said = "?" in m["end"], _said(m, True)
    if m["asked"] and q and (m["ok"] or m["can"]) and not m["let"] and not m["soft"]:
        who_ = said[0] if said else None if _has(m) else "you"  # (none said: "Chụp giúp tôi … được không?")
        if who_ is None or (who_, whom) in _SELF:
            return None
        return f"{'Can' if who_ in ('I', 'we') else 'Could'} {who_} take a photo {of} {whom}?"
    if m["asked"] or m["ok"] or m["can"] or q and m["soft"] != "nhé":
        return None
    said = _said(m, False)
    if m["let"] or said and said[0] == "I" and m["soft"] == "nhé":  # (an offer: "Tôi chụp cho bạn một tấm nhé.")
        if not said or said[0] not in ("I", "we") or whom in ("me", "us"):
            return None
        let = f"Let {'me' if said[0] == 'I' else 'us'}"
        return f"Shall {said[0]} take a photo {of} {whom}?" if q else f"{let} take a photo {of} {whom}."
    if whom == "you" or said and (said[0] != "you" or not m["soft"]) or _has(m) and not said:
        return None
    return f"Please take a photo {of} {whom}." if m["soft"] else f"Take a photo {of} {whom}{_end(m)}"


def _took(text: str) -> str | None:
    """"Tôi đã chụp rất nhiều ảnh." as "I took a lot of photos.", "Cô ấy vừa chụp ảnh selfie." as "She just took a
    selfie.", "Chúng ta chụp chung một tấm nhé." as "Let's take a photo together." (_TOOK); None for anything else,
    and for a plain verb ("Tôi chụp nhiều ảnh lắm.": a habit, or just now)."""
    m = _TOOK.fullmatch(text)
    chung = bool(m and (m["chung"] or m["chung2"]))
    if not m or "?" in m["end"] or m["bare"] and not chung or m["much"] and not m["many"] or m["selfie"] and (
            m["sight"]) or m["chung"] and m["chung2"] or m["tense"] not in (None, "đã", "vừa", "mới"):
        return None
    what = ("a selfie" if m["selfie"] else "a lot of photos" if m["many"] else "a few photos" if m["few"] else
            "a photo") + " together" * chung + (f" of {SIGHTS[keyed(m['sight'])]}" if m["sight"] else "")
    if m["soft"]:  # (suggested: "Chúng ta …", "Mình chụp chung …", "Chụp chung …"; "Tôi …": let me)
        said = keyed(m["who"] or "")
        we = said in ("chúng ta", "chúng mình") or chung and (said == "mình" or not _has(m))
        if m["tense"] or m["done"] or not (we or said in ("tôi", "mình")) or m["kin"] or m["titled"] or m["given"]:
            return None
        return f"Let's take {what}{_end(m)}" if we else f"Let me take {what}{_end(m)}"
    if not (said := _said(m, False)) or not (m["tense"] or m["done"]):
        return None
    who_, one = said
    if m["tense"] in ("vừa", "mới"):
        return capitalised(f"{who_} just took {what}{_end(m)}")
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} taken {what}{_end(m)}"))
    return capitalised(f"{who_} took {what}{_end(m)}")


def _whose(text: str) -> str | None:
    """"Ảnh này ai chụp vậy?" and "Ai chụp ảnh này?" as "Who took this photo?", "Bức ảnh này do mẹ tôi chụp." as "My
    mother took this photo." (_WHOSE); None for anything else."""
    m = next((m for p in _WHOSE if (m := p.fullmatch(text))), None)
    ai = m and m.groupdict().get("ai")
    if not m or bool(ai) != ("?" in m["end"]) or not ai and not (said := _said(m, False)):
        return None
    photo = f"{'this' if m['this'] == 'này' else 'that'} photo"
    return f"Who took {photo}?" if ai else capitalised(f"{said[0]} took {photo}{_end(m)}")


def _here(text: str) -> str | None:
    """"Tôi có thể chụp ảnh ở đây không?" as "Can I take photos here?", "Ở đây có được chụp ảnh không?" as "Is
    photography allowed here?", "Không được chụp ảnh." as "Photography is not allowed." (_HERE); None for anything
    else."""
    m = _HERE.fullmatch(text)
    if not m or bool(m["asked"] == "không") != ("?" in m["end"]) or m["asked"] == "chưa" or m["here0"] and m["here"]:
        return None
    here = " here" if m["here0"] or m["here"] else ""
    if m["no"] or m["no0"]:
        return None if m["asked"] or m["ok"] else f"Photography is not allowed{here}{_end(m)}"
    if not m["asked"] or m["here0"] or not _has(m):
        return None if not m["asked"] or m["ok"] else f"Is photography allowed{here}?"
    said = _said(m, True)
    return f"Can {said[0]} take photos{here}?" if said and here and (m["can"] or m["ok"]) else None


def _send(text: str) -> str | None:
    """"Gửi ảnh cho tôi nhé." as "Please send me the photos.", "Bạn gửi ảnh cho tôi được không?" as "Can you send me
    the photos?", "Tôi sẽ gửi ảnh cho bạn sau." as "I'll send you the photos later.", "Tôi đã gửi ảnh cho bạn rồi."
    as "I've sent you the photos.", "Bạn đã gửi ảnh cho tôi chưa?" as "Have you sent me the photos yet?" (_SEND);
    None for anything else."""
    m = next((m for p in _SEND if (m := p.fullmatch(text))), None)
    if not m or (whom := as_whom(m["whom"], "vi")) is None or bool(m["asked"]) != ("?" in m["end"]):
        return None
    tense, later, done, can = m["tense"], m["later"], m["done"], m["ok"] or m["can"]
    said = _said(m, bool(m["asked"])) if _has(m) else ("you", False)  # (none said: "Gửi ảnh cho tôi nhé.")
    if said is None or (said[0], whom) in _SELF or not _has(m) and (tense or done):
        return None
    (who_, one), photos = said, f"send {whom} the photos"
    if m["asked"] == "không" and can and not (tense or later or done or m["soft"]):
        return f"Can {who_} {photos}?"
    if m["asked"] == "chưa" and tense in (None, "đã") and not (can or later or done):
        return f"{'Has' if one else 'Have'} {who_} sent {whom} the photos yet?"
    if m["asked"] or can:
        return None
    later = _LATER[keyed(later)] if later else ""
    if tense == "sẽ" or who_ in ("I", "we") and m["soft"] == "nhé" and not tense:  # ("Tôi gửi … nhé.": I'll)
        return None if done else capitalised(contracted(who_, f"will {photos}{later}{_end(m)}"))
    if m["soft"] or later:
        return None if tense or done or who_ != "you" else f"Please {photos}{_end(m)}"
    if tense in ("vừa", "mới"):
        return capitalised(f"{who_} just sent {whom} the photos{_end(m)}")
    if done or tense == "đã":
        verb = f"{'has' if one else 'have'} sent" if done else "sent"
        return capitalised(contracted(who_, f"{verb} {whom} the photos{_end(m)}"))
    return None if _has(m) or tense else f"{photos.capitalize()}{_end(m)}"


def _show(text: str) -> str | None:
    """"Cho tôi xem ảnh với." as "Let me see the photos.", "Cho tôi xem ảnh được không?" as "Can I see the photos?",
    "Bạn cho tôi xem ảnh được không?" as "Could you show me the photos?" (_SHOW); None for anything else."""
    m = _SHOW.fullmatch(text)
    if not m or bool(m["asked"] == "không") != ("?" in m["end"]) or m["asked"] == "chưa":
        return None
    me = "us" if keyed(m["me"]) == "chúng tôi" else "me"
    if not m["asked"]:
        return None if m["ok"] or m["can"] else f"Let {me} see the photos{_end(m)}"
    if not (m["ok"] or m["can"]) or m["soft"]:
        return None
    return f"Could you show {me} the photos?" if m["you"] else f"Can {'we' if me == 'us' else 'I'} see the photos?"


def _nice(text: str) -> str | None:
    """"Ảnh đẹp quá!" as "What a lovely photo!", "Ảnh này đẹp thật." as "This photo is really beautiful." (_NICE);
    None for anything else, and for "Ảnh đẹp." (the photo, or the photos: said, not exclaimed)."""
    m = _NICE.fullmatch(text)
    if not m or "?" in m["end"] or m["very"] and m["so"]:
        return None
    so = keyed(m["so"] or "")
    if not m["this"]:
        return "What a lovely photo!" if so in ("quá", "thế", "ghê", "thật") else None
    how = "really " if so == "thật" else "very " if m["very"] or so == "lắm" else "so " if so else ""
    return f"{'This' if m['this'] == 'này' else 'That'} photo is {how}beautiful{_end(m)}"


def _for_vi(text: str) -> str | None:
    """"Could you take a photo of us?" as "Bạn chụp giúp chúng tôi một tấm ảnh được không?", "Take a picture of me!"
    as "Chụp cho tôi một tấm ảnh nhé!", "Let me take a photo of you." as "Để tôi chụp cho bạn một tấm ảnh.", "Shall I
    take a photo of you?" as "Tôi chụp cho bạn một tấm ảnh nhé?" (_FOR_EN); None for anything else."""
    m = _FOR_EN.fullmatch(text)
    if not m or (m["take"] == "taking") != bool(m["mind"]) or m["take"] == "Take" and (m["modal"] or m["let"]):
        return None
    whom = as_whom(m["whom"], "en")
    q, who_ = "?" in m["end"], who_vi(m)[0] if m["modal"] else "bạn" if m["mind"] else None
    if not whom or q != bool(m["modal"] or m["mind"]) or (who_, whom) in _SELF:
        return None
    if who_ in ("tôi", "chúng tôi"):
        ask = {"Shall": "nhé", "Can": "được không", "May": "được không"}.get(m["modal"])
        return ask and capitalised(f"{who_} chụp cho {whom} một tấm ảnh {ask}?")
    if who_:
        asked = f"{who_} chụp giúp {whom} một tấm ảnh được không?"
        return None if m["modal"] in ("Shall", "May") else capitalised(asked)
    let = (m["let"] or "").lower().replace("’", "'")
    if let and (whom in ("tôi", "chúng tôi") or let == "let us") or whom == "bạn" and not let:
        return None
    if let:
        return f"Để tôi chụp cho {whom} một tấm ảnh." if let == "let me" else f"Chúng ta chụp cho {whom} một tấm nhé."
    return f"Chụp cho {whom} một tấm ảnh nhé{_end(m)}"


def _took_vi(text: str) -> str | None:
    """"I took a lot of photos." as "Tôi đã chụp rất nhiều ảnh.", "She just took a selfie." as "Cô ấy vừa chụp một
    tấm ảnh selfie.", "Let's take a photo together." as "Chúng ta chụp chung một tấm ảnh nhé." (_TOOK_EN); None for
    anything else, where "has" does not agree with who, and for "Let's take a photo." (mt/suggestions.py's)."""
    m = _TOOK_EN.fullmatch(text)
    if not m:
        return None
    what = ("một tấm ảnh selfie" if m["selfie"] else "rất nhiều ảnh" if m["many"] else "vài tấm ảnh" if m["few"] else
            "một tấm ảnh") + (f" {SIGHTS_VI[m['sight'].lower()]}" if m["sight"] else "")
    took = f"chụp{' chung' * bool(m['chung'])} {what}"
    if m["lets"] or m["letme"]:
        if m["verb"] != "take" or m["lets"] and not (m["chung"] or m["sight"] or m["selfie"] or m["many"]):
            return None
        return f"Chúng ta {took} nhé{_end(m)}" if m["lets"] else f"Để tôi {took}{_end(m)}"
    (who_, one), aux = who_vi(m), (m["aux"] or "").strip().replace("’", "'")
    if m["verb"] != ("taken" if aux else "took") or aux and (aux in ("has", "'s")) != one:
        return None
    if m["just"]:
        return capitalised(f"{who_} vừa {took}{_end(m)}")
    return capitalised(f"{who_} đã {took}{' rồi' * bool(aux)}{_end(m)}")


def _whose_vi(text: str) -> str | None:
    """"Who took this photo?" as "Ai chụp bức ảnh này?", "My mother took that photo." as "Bức ảnh đó do mẹ tôi
    chụp." (_WHOSE_EN); None for anything else."""
    m = _WHOSE_EN.fullmatch(text)
    if not m or bool(m["ai"]) != ("?" in m["end"]):
        return None
    this = "này" if m["this"] == "this" else "đó"
    return f"Ai chụp bức ảnh {this}?" if m["ai"] else f"Bức ảnh {this} do {who_vi(m)[0]} chụp{_end(m)}"


def _send_vi(text: str) -> str | None:
    """"Can you send me the photos?" as "Bạn gửi ảnh cho tôi được không?", "Send me the photos." as "Gửi ảnh cho tôi
    nhé.", "I'll send you the photos later." as "Tôi sẽ gửi ảnh cho bạn sau.", "I've sent you the photos." as "Tôi đã
    gửi ảnh cho bạn rồi.", "Have you sent me the photos yet?" as "Bạn đã gửi ảnh cho tôi chưa?" (_SEND_ASKED_EN,
    _SEND_SAID_EN); None for anything else, and where "has" does not agree with who."""
    m = next((m for p in _SEND_ASKED_EN if (m := p.fullmatch(text))), None) or _SEND_SAID_EN.fullmatch(text)
    if not m:
        return None
    found, said = m.groupdict(), m["whom"] or m["to"]
    whom, told = as_whom(said, "en"), found.get("told")
    (who_, one), aux = ("", False) if told else who_vi(m), (found.get("aux") or found.get("have") or "").strip()
    aux = aux.lower().replace("’", "'")
    if not whom or (who_, whom) in _SELF or aux in ("have", "has", "'ve", "'s") and (aux in ("has", "'s")) != one:
        return None
    photos, later, end = f"gửi ảnh cho {whom}", found.get("later"), "!" if "!" in found.get("end", "") else "."
    if found.get("modal") or found.get("have"):
        return capitalised(f"{who_} {photos} được không?" if found.get("modal") else f"{who_} đã {photos} chưa?")
    if told:
        return None if m["verb"] != "end" or later or whom == "bạn" else f"Gửi ảnh cho {whom} nhé{end}"
    if aux in ("'ll", "will"):
        if m["verb"] != "end" or m["just"]:
            return None
        if keyed(later or "") in ("later", "right away"):
            return capitalised(f"{who_} sẽ {photos} {'sau' if keyed(later) == 'later' else 'ngay'}{end}")
        return None if (day := when(later, "en")) is None else placed(f"{who_} sẽ {photos}", day, end)
    if m["verb"] != "ent" or later or m["just"] and aux:
        return None
    return capitalised(f"{who_} vừa {photos}{end}" if m["just"] else f"{who_} đã {photos}{' rồi' * bool(aux)}{end}")


def _show_vi(text: str) -> str | None:
    """"Let me see the photos." as "Cho tôi xem ảnh với.", "Can I see the photos?" as "Cho tôi xem ảnh được không?",
    "Show me the photos." as "Cho tôi xem ảnh nhé." (_SHOW_EN); None for anything else."""
    m, said = next(((m, said) for p, said in _SHOW_EN if (m := p.fullmatch(text))), (None, ""))
    return m and said.format(me="chúng tôi" if m["me"] in ("us", "we") else "tôi")


def _nice_vi(text: str) -> str | None:
    """"What a lovely photo!" and "Nice picture!" as "Ảnh đẹp quá!", "This photo is beautiful." as "Bức ảnh này
    đẹp.", "That photo is so beautiful!" as "Bức ảnh đó đẹp quá!" (_NICE_EN); None for anything else."""
    m = next((m for p in _NICE_EN if (m := p.fullmatch(text))), None)
    if not m or m.re == _NICE_EN[0]:
        return m and "Ảnh đẹp quá!"
    so = keyed(m["so"] or "")
    nice = "rất đẹp" if so == "very" else "đẹp" + {"so": " quá", "really": " thật"}.get(so, "")
    return f"Bức ảnh {'này' if m['this'] == 'This' else 'đó'} {nice}{_end(m)}"
