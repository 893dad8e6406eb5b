"""Leaving and parting words, both ways, written whole by rule: who has to go (home) now, had better or should be going,
whether someone has to go (already, so soon), drive safely, get home safely, call me or let me know when you get home
or there, stay a little longer. v8 with every other rule: "Tôi phải đi đây." → "I have to go here." (đây: now, said
leaving), "Tôi phải về đây." → "I have to leave here.", "Bạn phải đi rồi à?" → "You have to go and then?", "Bạn phải
về rồi à?" → "Are you coming back?", "Lái xe cẩn thận nhé." → "Drive is carefully.", "Về nhà cẩn thận nhé." → "Be
careful.", "Về đến nhà thì gọi cho tôi nhé." → "I'm going to call me.", "Đến nơi thì nhắn tin cho tôi nhé." → "To
where, the message gives me.", "Ở lại thêm chút nữa đi." → "There's little more to go."; "I'd better be going." →
"Tôi tốt hơn sẽ đi.", "I'd better go." → "Tớ tốt hơn rồi.", "I have to leave now." → "Tôi phải rời khỏi bây giờ.",
"Do you have to go already?" → "Bạn có phải đã đi không?", "Drive safely." → "Drive một cách an toàn.", "Text me when
you get there." → "Văn bản tôi khi bạn ở đó.", "Let me know when you get home." → "Để tôi biết khi bạn về nhà.", "Stay
a little longer." → "Hãy lâu hơn một chút.".

Taken: who (mt.hobbies.WHO, WHO_EN) has to ("phải", "have to", "must", "need to", "'ve got to") go, leave or go home
("đi", "về", "về nhà"), now ("đây", "rồi", "thôi": said by the speaker, "I" or "we", only), right now or right away;
"I'd better", "I should" be going (the speaker only); asked ("Bạn phải đi rồi à?", "Bạn có phải đi bây giờ không?",
"Do you have to leave so soon?"); drive safely ("Lái xe cẩn thận nhé."); get home safely ("Về nhà cẩn thận nhé.",
"Chúc bạn về nhà an toàn." as "Have a safe trip home."); call me, text me, let me know when you get home or there;
stay a little longer. Left: "rồi", "thôi" after anyone else ("Anh ấy phải đi rồi.": he has to go now, or he had to
go), "Anh phải đi rồi." and the like (the speaker or "you": mt.hobbies.who), "I'm off.", "Tôi đi đây.", "Tôi về
đây.", "Tôi đi ngủ đây.", "Tôi xin phép về trước.", "Take care.", "See you soon.", "Bye.", "Đi đường cẩn thận nhé.",
"Text me when you get home." and "Về đến nhà thì nhắn tin cho tôi nhé." (the phrasebook's), "Đi cẩn thận nhé." (walk
carefully, or take care on the way?), "I should go." of anyone else, "đi trước" (leave first, or go ahead?),
hurrying (mt/hurry.py), cautions (mt/cautions.py), going somewhere by name.
mt.phrasebook.translate tries these after mt/offers.py.

    >>> translate("Tôi phải đi đây.", "vi", "en"), translate("Drive safely.", "en", "vi")
    ('I have to go now.', 'Lái xe cẩn thận nhé.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import alternatives

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:phải|cẩn\s+thận|an\s+toàn|bình\s+an|đến\s+nhà|tới\s+nhà|nơi|ở\s+lại)"),
         "en": lazy(r"(?i:\bgo|leave|safe|drive|when\s+you|stay)")}
_NHE = r"(?:\s+(?:nhé|nha|nhá|ạ))?"  # (a particle English does not say)

# who has to go, or go home, and when ("Tôi phải đi đây.", "Bạn phải đi rồi à?", "Bạn có phải đi bây giờ không?")
_GOING = {"đi": "go", "về": "go home", "về nhà": "go home"}
_WHEN = {"đây": " now", "rồi": " now", "thôi": " now", "bây giờ": " now", "ngay": " right away",
         "ngay bây giờ": " right now"}
_FIRST = {"đây", "rồi", "thôi"}  # (said by the speaker only: "Anh ấy phải đi rồi." may be "He had to go.")
_ASKED_WHEN = {"": "", "rồi": " already", "bây giờ": " now", "ngay": " right away", "ngay bây giờ": " right now",
               "sớm thế": " so soon", "sớm vậy": " so soon"}
_LEAVE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?phải\s+(?P<going>đi|về(?:\s+nhà)?)(?:\s+(?P<when>đây|rồi|thôi|"
              r"bây\s+giờ|ngay(?:\s+bây\s+giờ)?|sớm\s+(?:thế|vậy)))?(?:\s+(?P<q>không|à|hả|sao))?"
              rf"{_NHE}\s*(?P<end>[.!?]*)")
# drive safely, get home safely ("Lái xe cẩn thận nhé.", "Về nhà cẩn thận nhé.", "Chúc bạn về nhà an toàn.")
_SAFE = lazy(r"(?:(?P<you>bạn|các\s+bạn)\s+)?(?:nhớ\s+)?(?:(?P<drive>lái\s+xe)|(?:đi\s+)?về(?P<home>\s+nhà)?)"
             rf"\s+(?:(?P<careful>cẩn\s+thận)|(?P<safe>an\s+toàn)){_NHE}\s*(?P<end>[.!]*)", re.IGNORECASE)
_TRIP = lazy(rf"chúc\s+(?:bạn|các\s+bạn|anh|chị|em)\s+về\s+(?:nhà\s+)?(?:an\s+toàn|bình\s+an){_NHE}"
             r"\s*(?P<end>[.!]*)", re.IGNORECASE)
# call me, text me, let me know when you get home or there, either way round ("Về đến nhà thì gọi cho tôi nhé.",
# "Gọi cho tôi khi bạn về đến nhà nhé.")
_TOLD = {"gọi": "Call", "gọi điện": "Call", "nhắn tin": "Text", "nhắn": "Text", "báo": "Let"}
_ME = {"tôi": "me", "mình": "me", "tớ": "me", "chúng tôi": "us"}
_ARRIVED = r"(?:(?P<home>về\s+(?:đến|tới)\s+nhà)|(?:đến|tới)\s+nơi)"
_TELL = r"(?P<told>gọi(?:\s+điện)?|nhắn(?:\s+tin)?|báo)\s+(?:cho\s+)?(?P<me>tôi|mình|tớ|chúng\s+tôi)(?:\s+biết)?"
_WHEN_THERE = [lazy(rf"(?:khi\s+nào\s+)?(?:bạn\s+)?{_ARRIVED}\s+thì\s+(?:nhớ\s+)?{_TELL}{_NHE}\s*(?P<end>[.!]*)",
                          re.IGNORECASE),
               lazy(rf"(?:nhớ\s+)?{_TELL}\s+khi\s+(?:bạn\s+)?{_ARRIVED}{_NHE}\s*(?P<end>[.!]*)", re.IGNORECASE)]
# (the phrasebook's: "Về đến nhà thì nhắn tin cho tôi nhé.", "Nhắn tin cho tôi khi bạn về đến nhà nhé.")
_LISTED_VI = lazy(r"(?i:về\s+đến\s+nhà\s+thì\s+nhắn\s+tin\s+cho\s+tôi\s+nhé|"
                  r"nhắn\s+tin\s+cho\s+tôi\s+khi\s+bạn\s+về\s+đến\s+nhà\s+nhé)[.!]*")
# stay a little longer ("Ở lại thêm chút nữa đi.")
_STAY = lazy(r"(?:(?:bạn|các\s+bạn)\s+)?ở\s+lại\s+(?:thêm\s+)?(?:một\s+)?(?:chút|lát|tí|chốc)(?:\s+nữa)?"
             r"(?:\s+(?:đi|nhé|nha|đã))+\s*(?P<end>[.!]*)", re.IGNORECASE)

# ... and in English ("I have to go now.", "We must go.", "I'd better be going.", "Do you have to leave so soon?")
_MODALS = {"have to": "phải", "need to": "phải", "'ve got to": "phải", "have got to": "phải", "must": "phải",
           "'d better": "phải", "had better": "phải", "should": "nên"}
_ONE = {"has to": "have to", "needs to": "need to", "'s got to": "'ve got to", "has got to": "have got to"}
_BETTER = {"'d better", "had better", "should"}  # (the speaker only, and "thôi": "Tôi phải đi thôi.")
_GOING_EN = {"go": "đi", "leave": "đi", "get going": "đi", "be going": "đi", "be off": "đi", "go home": "về nhà",
             "head home": "về nhà", "get home": "về nhà", "be getting home": "về nhà"}
_NOW_VI = {"": "", "now": " bây giờ", "right now": " ngay bây giờ", "right away": " ngay"}
_MODAL_EN = (r"(?P<modal>\s+(?:have|has|need|needs)\s+to|['’](?:ve|s|d)\s+(?:got\s+to|better)|"
             r"\s+(?:have|has)\s+got\s+to|\s+must|\s+had\s+better|\s+should)")
_LEAVE_EN = lazy(rf"{WHO_EN}{_MODAL_EN}\s+(?P<going>(?i:{alternatives(_GOING_EN)}))"
                 r"(?:\s+(?P<when>now|right\s+now|right\s+away))?\s*(?P<end>[.!]*)")
_ASKED_EN = lazy(rf"(?P<do>Do|Does)\s+{WHO_EN}\s+(?:have|need)\s+to\s+(?P<going>go(?:\s+home)?|leave)"
                 r"(?:\s+(?P<when>now|already|so\s+soon|right\s+now))?\s*\?+")
_SAFE_EN = lazy(r"(?:(?P<drive>Drive)|Get\s+home)\s+(?:safely|safe|carefully)(?:,?\s+please)?\s*(?P<end>[.!]*)",
                      re.IGNORECASE)
_TRIP_EN = lazy(r"Have\s+a\s+safe\s+(?:trip|journey)\s+home\s*(?P<end>[.!]*)", re.IGNORECASE)
_WHEN_THERE_EN = lazy(r"(?:Please\s+)?(?:(?P<told>Call|Ring|Phone|Text|Message)\s+(?P<me>me|us)|Give\s+(?P<me2>"
                      r"me|us)\s+a\s+(?:call|ring)|(?P<let>Let)\s+(?P<me3>me|us)\s+know)\s+when\s+you"
                      r"(?:\s+get|\s+are|['’]re)\s+(?P<where>home|there)\s*(?P<end>[.!]*)", re.IGNORECASE)
_STAY_EN = lazy(r"(?:Please\s+)?Stay\s+(?:a\s+(?:little|bit|while)|a\s+little\s+while)\s+longer(?:,?\s+please)?"
                r"\s*(?P<end>[.!]*)", re.IGNORECASE)


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says someone has to go, asks whether they have to, wishes a safe drive or
    trip home, asks for word when someone gets home, or asks someone to stay; None for any other."""
    if src == "vi":
        return _leave(text) or _safe(text) or _when_there(text) or _stay(text)
    return _leave_vi(text) or _asked_vi(text) or _safe_vi(text) or _when_there_vi(text) or _stay_vi(text)


def _leave(text: str) -> str | None:
    """"Tôi phải đi đây." as "I have to go now.", "Chúng tôi phải về rồi." as "We have to go home now.", "Bạn phải
    đi rồi à?" as "Do you have to go already?", "Bạn có phải đi bây giờ không?" as "Do you have to go now?" (_LEAVE);
    None for anything else, and for "đây", "rồi", "thôi" after anyone but "I" or "we"."""
    m = _LEAVE.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or asked != bool(m["q"]) or bool(m["ask"]) != (m["q"] == "không") or (said := who(m, asked)) is None:
        return None
    who_, one = said
    going = _GOING[" ".join(m["going"].lower().split())]
    when = " ".join((m["when"] or "").lower().split())
    if asked:
        if when not in _ASKED_WHEN or m["ask"] and when in ("rồi", "sớm thế", "sớm vậy"):
            return None
        return f"{'Does' if one else 'Do'} {who_} have to {going}{_ASKED_WHEN[when]}?"
    if when in _FIRST and who_ not in ("I", "we") or when.startswith("sớm"):
        return None
    said = f"{who_} {'has' if one else 'have'} to {going}{_WHEN.get(when, '')}"
    return f"{said[0].upper()}{said[1:]}{m['end'] or '.'}"


def _safe(text: str) -> str | None:
    """"Lái xe cẩn thận nhé." as "Drive safely.", "Về nhà cẩn thận nhé." as "Get home safely.", "Chúc bạn về nhà an
    toàn." as "Have a safe trip home." (_SAFE, _TRIP); None for anything else, and for "Về nhà an toàn." and "Bạn
    lái xe cẩn thận." without "nhé" or "nhớ" (also "got home safely", "you drive carefully")."""
    if m := _TRIP.fullmatch(text):
        return f"Have a safe trip home{m['end'] or '.'}"
    m = _SAFE.fullmatch(text)
    asked = re.search(r"\s(?:nhé|nha|nhá)\s*[.!]*$", text) or re.match(r"(?i:(?:các\s+)?(?:bạn\s+)?nhớ)\s", text)
    if not m or m["drive"] and m["safe"] or (m["safe"] or m["you"]) and not asked:
        return None  # ("Bạn lái xe cẩn thận.": you drive carefully)
    return f"{'Drive' if m['drive'] else 'Get home'} safely{m['end'] or '.'}"


def _when_there(text: str) -> str | None:
    """"Về đến nhà thì gọi cho tôi nhé." as "Call me when you get home.", "Đến nơi thì báo cho mình biết nhé." as
    "Let me know when you get there." (_WHEN_THERE); None for anything else, and for the phrasebook's."""
    m = next((m for p in _WHEN_THERE if (m := p.fullmatch(text))), None)
    if not m or _LISTED_VI.fullmatch(text):
        return None
    told, me = _TOLD[" ".join(m["told"].lower().split())], _ME[" ".join(m["me"].lower().split())]
    asked = f"Let {me} know" if told == "Let" else f"{told} {me}"
    return f"{asked} when you get {'home' if m['home'] else 'there'}{m['end'] or '.'}"


def _stay(text: str) -> str | None:
    """"Ở lại thêm chút nữa đi." as "Stay a little longer." (_STAY); None for anything else."""
    m = _STAY.fullmatch(text)
    return f"Stay a little longer{m['end'] or '.'}" if m else None


def _leave_vi(text: str) -> str | None:
    """"I have to go now." as "Tôi phải đi đây.", "We must go." as "Chúng tôi phải đi rồi.", "I'd better be going."
    as "Tôi phải đi thôi.", "She has to leave now." as "Cô ấy phải đi bây giờ." (_LEAVE_EN); None for anything else,
    where the verb does not agree with who, and for "had better", "should" of anyone but "I" or "we"."""
    m = _LEAVE_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    modal = " ".join(m["modal"].lower().replace("’", "'").split())
    if modal in _ONE and not one or modal not in _ONE and modal not in _MODALS or modal in _ONE.values() and one:
        return None  # ("He have to go.", "I has to go.", "I've better go.")
    modal = _ONE.get(modal, modal)
    first, when = who_ in ("tôi", "chúng tôi"), " ".join((m["when"] or "").lower().split())
    if modal in _BETTER and (not first or when not in ("", "now")):
        return None
    going = _GOING_EN[" ".join(m["going"].lower().split())]
    if modal in _BETTER:
        rest = " thôi"
    else:
        rest = {"": " rồi", "now": " đây"}.get(when, _NOW_VI[when]) if first else _NOW_VI[when]
    said = f"{who_} {_MODALS[modal]} {going}{rest}"
    return f"{said[0].upper()}{said[1:]}{m['end'] or '.'}"


def _asked_vi(text: str) -> str | None:
    """"Do you have to go already?" as "Bạn phải đi rồi à?", "Do you have to leave so soon?" as "Bạn phải đi sớm thế
    à?", "Does he have to go now?" as "Anh ấy có phải đi bây giờ không?" (_ASKED_EN); None for anything else, and
    where "do" does not agree with who."""
    m = _ASKED_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if (m["do"] == "Does") != one:
        return None
    going = "về nhà" if "home" in m["going"] else "đi"
    when = " ".join((m["when"] or "").split())
    said = {"already": f"{who_} phải {going} rồi à?", "so soon": f"{who_} phải {going} sớm thế à?"}.get(when) or \
        f"{who_} có phải {going}{_NOW_VI[when]} không?"
    return f"{said[0].upper()}{said[1:]}"


def _safe_vi(text: str) -> str | None:
    """"Drive safely." as "Lái xe cẩn thận nhé.", "Get home safe." as "Về nhà an toàn nhé.", "Have a safe trip
    home." as "Chúc bạn về nhà an toàn." (_SAFE_EN, _TRIP_EN); None for anything else."""
    if m := _TRIP_EN.fullmatch(text):
        return f"Chúc bạn về nhà an toàn{m['end'] or '.'}"
    m = _SAFE_EN.fullmatch(text)
    if not m:
        return None
    return f"{'Lái xe cẩn thận' if m['drive'] else 'Về nhà an toàn'} nhé{m['end'] or '.'}"


def _when_there_vi(text: str) -> str | None:
    """"Call me when you get home." as "Về đến nhà thì gọi cho tôi nhé.", "Let me know when you get there." as "Đến
    nơi thì báo cho tôi biết nhé." (_WHEN_THERE_EN); None for anything else, and for "Text me when you get home."
    (the phrasebook's)."""
    m = _WHEN_THERE_EN.fullmatch(text)
    if not m:
        return None
    me = "chúng tôi" if (m["me"] or m["me2"] or m["me3"]).lower() == "us" else "tôi"
    home = m["where"].lower() == "home"
    told = (m["told"] or "call").lower()
    if told == "text" and me == "tôi" and home and m.group(0).lower().startswith("text me when you get"):
        return None
    tell = f"báo cho {me} biết" if m["let"] else f"{'gọi' if told in ('call', 'ring', 'phone') else 'nhắn tin'} " \
        f"cho {me}"
    return f"{'Về đến nhà' if home else 'Đến nơi'} thì {tell} nhé{m['end'] or '.'}"


def _stay_vi(text: str) -> str | None:
    """"Stay a little longer." as "Ở lại thêm chút nữa đi." (_STAY_EN); None for anything else."""
    m = _STAY_EN.fullmatch(text)
    return f"Ở lại thêm chút nữa đi{m['end'] or '.'}" if m else None
