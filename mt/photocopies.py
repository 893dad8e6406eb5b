"""Photocopying papers ("photo" in Vietnamese), both ways, written whole by rule: who has to, needs to, wants to or will
(go and) photocopy their documents or ID card, or make copies of them, has done it or not yet, asked; who needs N
photocopies of a paper; photocopying or a photocopier here or at a place; a photocopy shop near here, the nearest;
what a page or a copy costs; the photocopier jammed, broken, out of paper or toner, not working. v8 (the rules on)
reads "photo" as a photo or a camera, "đi photo" as going somewhere, and "photocopier" as pictures: "Tôi phải đi photo
giấy tờ." → "I must go to the paper.", "Tôi cần photo giấy tờ." → "I need a photo of paper.", "Anh ấy đi photo hộ
chiếu rồi." → "He went passport.", "Tôi cần photo ba bản căn cước." → "I need to photo three footnotes.", "Ở đây có
photo không?" → "Is there a photo here?", "Gần đây có tiệm photo không?" → "Are there a photo shop recently?", "Photo
một trang bao nhiêu tiền?" → "How much does it take a page?", "Máy photo bị kẹt giấy." → "The photo machine is
stuck.", "Máy photo hết mực." → "The camera is all ink."; "Is there a photocopier here?" → "Có hình ảnh ở đây
không?", "I have to go and photocopy some documents." → "Tôi phải đi và chụp một vài tài liệu.", "Where is the nearest
photocopy shop?" → "Cửa hàng chụp ảnh gần nhất ở đâu?", "How much is a photocopy?" → "Chụp ảnh bao nhiêu?", "The
photocopier is jammed." → "Bộ chụp ảnh được chọc vào.".

Taken: who (mt.hobbies.WHO, WHO_EN) photocopies ("photo", "phô-tô") a paper of mt.notarising.DOCS (but a contract:
whose?), who's own (said bare), another's ("của bạn"), "này" (this, these) or "một số" (some documents), or makes N
copies of it ("photo hai bản căn cước"): has to, needs to, wants to, will, "đi photo" (go and), is doing, has (just,
already) done, did ("đã"), has not yet, asked ("có cần … không?", "… chưa?"), need not; "đi photo … rồi" (has gone to,
said of another); who needs N photocopies of a paper ("cần hai bản photo căn cước"); "Ở đây có (máy) photo không?"
(photocopying, a photocopier here), a place or you having a photocopier, "Ở đây có photo được không?" (Can I make
photocopies here?); a photocopy shop ("tiệm", "cửa hàng", "quán", "hiệu photo") or a photocopier near here, the
nearest, where there is one; what photocopying a page, a copy or a paper costs (in colour, double-sided, here; per
page); the photocopier ("này", whose) jammed, broken, out of paper or toner (almost), not working, again, asked.
Left: what mt/printing.py takes first (asking you to photocopy, "photo hai bản", "photo" of its things), certified
copies ("photo công chứng": mt/notarising.py), "đi photo" with "đang", "vừa" or "đã" (on the way, or back?), "Tôi
photo giấy tờ." (now, or a habit?), "Tôi đi photo … rồi" (gone, or been?), a name alone with its own papers (his or
hers?), "we", "they" with one paper, or one paper "của chúng tôi", "của họ" (one each?), English "we", "us", "our"
anywhere (chúng tôi, or chúng ta?), "I" asked, "anh", "chị", "em" alone saying it, "thế"/"vậy" statements, "chỗ
photo", "copies" alone in English (certified?), "copy" and "copier" alone (a file, a person?), a shop's opening hours
(mt/opening_hours.py), a photo (mt/photos.py).
mt.phrasebook.translate tries these after mt/washing_in.py.

    >>> translate("Tôi phải đi photo giấy tờ.", "vi", "en"), translate("Is there a photocopier here?", "en", "vi")
    ('I have to go and photocopy my documents.', 'Ở đây có máy photo không?')
"""
from __future__ import annotations

import re

from . import nearby
from .articles import a_or_an
from .hobbies import WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, own_thing, person_of, who_vi, whose_own
from .lazy_re import lazy
from .names import named_his_her
from .notarising import DOCS, DOCS_VI
from .numbers import EN_TO_VI, VI_TO_EN
from .printing import HOW, HOW_VI
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, SOFTENER, STRESSED_SAID, WE_EN, alternatives, be, capitalised, contracted,
                   keyed, stop)

_KEYS = {"vi": lazy(r"(?i:photo|phô-tô|phô\s+tô)"), "en": lazy(r"(?i:photocop|copy\s+shop|cop(?:y|ies)\s+of)")}
# "we", "us", "our" in English ("our documents", "Our mother"): chúng tôi, or chúng ta? the one spoken to may be in it
# the papers (not "hợp đồng": the contract is no one's own), both ways; "documents" are several
_PAPERS = {vi: en for vi, en in DOCS.items() if en != "contract"}
_PAPERS_VI = {en: vi for en, vi in DOCS_VI.items() if en != "contract"}
_MANY = ("documents", "papers")
_OWNERS = {vi: en for vi, en in OWNERS.items() if vi != "mình"}  # ("của mình": the speaker's, or who's own?)
_KIND = {"màu": "colour", "đen trắng": "black-and-white", "hai mặt": "double-sided"}  # (a colour photocopy)
_KIND_VI = {"colour": "màu", "color": "màu", "black-and-white": "đen trắng", "double-sided": "hai mặt"}
_PLACES = {"khách sạn": "the hotel", "thư viện": "the library", "văn phòng": "the office"}
_PLACES_VI = {en: vi for vi, en in _PLACES.items()}
# what a photocopier is said to be, both ways ("lại" again; "sắp" almost, of running out)
_STATES = {"bị kẹt giấy": "jammed", "kẹt giấy": "jammed", "bị hỏng": "broken", "hỏng": "broken", "bị hư": "broken",
           "hư": "broken", "hết giấy": "out of paper", "hết mực": "out of toner", "không hoạt động": "not working",
           "không chạy": "not working", "hoạt động": "working"}
_STATES_VI = {"jammed": "bị kẹt giấy", "broken": "bị hỏng", "out of paper": "hết giấy", "out of toner": "hết mực",
              "not working": "không hoạt động", "working": "hoạt động"}

_PHOTO = r"(?i:photo|phô-tô|phô\s+tô)"
_N = rf"(?P<n>\d+|(?i:{alternatives(VI_TO_EN)}))"
_PAPER = (rf"(?:(?P<some>một\s+số|mấy)\s+)?(?P<doc>(?i:{alternatives(_PAPERS)}))(?:\s+(?:của\s+)?(?P<owner>(?i:"
          rf"{alternatives(_OWNERS)}))|\s+(?P<this>này))?")
# who photocopies a paper ("Tôi phải đi photo giấy tờ.", "Bạn đã photo hộ chiếu chưa?", "Tôi cần photo ba bản căn
# cước.")
_DO = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>chưa|không)\s+)?(?:(?P<aux>phải|cần|muốn|sẽ|đang|vừa|đã)\s+)?"
           rf"(?P<go>đi\s+)?{_PHOTO}\s+(?:{_N}\s+bản\s+)?{_PAPER}(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?"
           rf"{SOFTENED_END}")
_NEED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?cần\s+{_N}\s+bản\s+{_PHOTO}\s+{_PAPER}{ASKED_END}")
# photocopying here, a photocopier at a place ("Ở đây có photo không?", "Khách sạn có máy photo không?")
_THERE = lazy(rf"(?:(?P<here>[Ởở]\s+đây)|(?P<place>(?i:{alternatives(_PLACES)}))|(?P<you>[Bb]ạn))\s+có\s+"
              rf"(?P<machine>máy\s+)?{_PHOTO}(?P<can>\s+được)?\s+không{SOFTENED_END}")
_SHOP = rf"(?:(?P<shop>(?i:tiệm|cửa\s+hàng|quán|hiệu))|(?P<machine>(?i:máy)))\s+{_PHOTO}"
_WHERE = nearby.patterns(_SHOP)
# what it costs ("Photo một trang bao nhiêu tiền?", "Photo màu bao nhiêu tiền một trang?", "Photo căn cước …?")
_ONE = r"một\s+(?:trang|tờ|bản)"
_COST = lazy(rf"(?:(?P<here>[Ởở]\s+đây)\s+)?{_PHOTO}(?:\s+(?P<how>{alternatives(HOW)}))?(?:\s+(?P<one>{_ONE})|\s+"
             rf"(?P<doc>(?i:{alternatives(_PAPERS)}))(?:\s+(?P<this>này))?)?\s+(?:là\s+)?bao\s+nhiêu(?:\s+tiền)?"
             rf"(?:\s+(?P<per>{_ONE}))?{SOFTENER}\s*(?P<end>[.!?]*)")
# the photocopier's state ("Máy photo bị kẹt giấy.", "Máy photo này lại bị hỏng rồi.", "Máy photo có bị hỏng không?")
_STATE = lazy(rf"(?:(?i:cái|chiếc)\s+)?(?i:máy)\s+{_PHOTO}(?:\s+(?:của\s+)?(?P<owner>(?i:{alternatives(_OWNERS)}))|"
              rf"\s+(?P<this>này))?\s+(?:(?P<ask>có)\s+)?(?:(?P<again>lại)\s+|(?P<soon>sắp)\s+)?"
              rf"(?P<state>{alternatives(_STATES)})(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... in English
_NUM_EN = rf"(?P<n>an?|\d+|(?i:{alternatives(EN_TO_VI)}))"
_PAPER_EN = (rf"(?:{_NUM_EN}\s+(?P<copy>cop(?:y|ies)|photocop(?:y|ies))\s+of\s+)?(?P<owner>(?i:some|these|this|the|"
             rf"{WHOSE_WORDS}))\s+(?P<doc>(?i:{alternatives(_PAPERS_VI)}))")
_DO_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}(?P<aux>'ll|'ve|'s|'m|'re|\s+will|"
              r"\s+(?:have|has)(?:n't|\s+not)?|\s+(?:am|is|are)|\s+(?:has|have|needs?|wants?)\s+to|"
              r"\s+(?:do|does)(?:n't|\s+not)\s+(?:need|have)\s+to)?"
              r"(?:\s+(?P<adv>just|already))?\s+(?:(?P<go>go\s+and|gone\s+to)\s+)?(?P<verb>photocop(?:y|ied|ying)|make|"
              rf"made|making|needs?)\s+{_PAPER_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_THERE_EN = lazy(rf"(?:Is\s+there\s+a\s+photocopier\s+(?P<here>here)|(?:Does\s+"
                 rf"(?P<place>{alternatives(_PLACES_VI)})|Do\s+(?P<you>you))\s+have\s+a\s+photocopier|Do\s+you\s+do\s+"
                 r"photocop(?:ying|ies)\s+here|(?P<can>Can\s+I\s+(?:make|get)\s+photocopies\s+here))\s*\?+")
_SHOP_EN = r"(?:(?P<shop>photocopy\s+shop|copy\s+shop)|(?P<machine>photocopier))"
_WHERE_EN = nearby.patterns_en(_SHOP_EN)
_COST_EN = lazy(rf"How\s+much\s+(?:(?:is\s+it|does\s+it\s+cost)\s+to\s+photocopy\s+(?:(?P<page>an?|one)\s+page|"
                rf"(?P<owner>an?|this|these)\s+(?P<doc>(?i:{alternatives(_PAPERS_VI)})))(?:\s+(?P<how>"
                rf"{alternatives(HOW_VI)}))?|(?P<a>is|does)\s+(?P<one>an?)\s+(?:(?P<kind>{alternatives(_KIND_VI)})\s+)?"
                rf"photocopy(?P<cost>\s+cost)?|is\s+(?:(?P<kind2>{alternatives(_KIND_VI)})\s+)?photocopying\s+per\s+"
                r"page)(?P<here>\s+here)?\s*\?+")
_STATE_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?P<owner>(?i:the|this|{WHOSE_WORDS}))\s+"
                 r"(?:photocopier|photocopy\s+machine)(?:(?P<is>\s+is|'s)(?:\s+(?P<soon>almost))?|(?P<nt>\s+isn't))?"
                 rf"\s+(?P<state>{alternatives(_STATES_VI)})(?:\s+(?P<again>again))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of who photocopies papers, photocopying or a photocopier here, a photocopy shop
    near here, what a copy costs, or the photocopier's state; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _do(text) or _need(text) or _there(text) or _where(text) or _cost(text) or _state(text))
    text = text.replace("’", "'")
    if WE_EN.search(text):
        return None
    return _do_vi(text) or _there_vi(text) or _where_vi(text) or _cost_vi(text) or _state_vi(text)


def _paper(m: re.Match, who_: str) -> str | None:
    """The paper of a match of _PAPER in English: "these documents", "your passport", "some documents", or who's own
    ("my ID card"; `who_` as mt.hobbies.who gives it); None where whose is not known, or one paper that is "our" or
    "their" (one each?), said ("hộ chiếu của chúng tôi") or of "we", "they"."""
    en = _PAPERS[keyed(m["doc"])]
    many = en in _MANY
    if m["some"]:
        return f"some {en}" if many and not (m["owner"] or m["this"]) else None
    if m["this"]:
        return f"{'these' if many else 'this'} {en}"
    whose = _OWNERS[keyed(m["owner"])] if m["owner"] else whose_own(m, who_)
    return None if not whose or whose in ("our", "their") and not many else f"{whose} {en}"


def _copies(n: str, lang: str) -> str:
    """N copies in `lang` of a count in the other: "hai" as "two copies", "một" as "a copy"; "two" as "hai bản"."""
    if lang == "vi":
        return "một bản" if n.lower() in ("a", "one") else f"{EN_TO_VI.get(n.lower(), n)} bản"
    n = VI_TO_EN.get(keyed(n), n)
    return "a copy" if n in ("one", "1") else f"{n} copies"


# what Vietnamese says ("có", "chưa"/"không", before "photo", "rồi", asking) and how English says it after who
# ("{v}" photocopy, "{ved}" photocopied, "{ving}"; "{go}" where "đi" may come before "photo")
_DONE = {("", "", "phải", "", ""): "{have} to {go}{v}", ("", "không", "phải", "", ""): "{do}n't have to {v}",
         ("có", "", "phải", "", "không"): "{Do} {w} have to {go}{v}?", ("", "", "cần", "", ""): "need{s} to {go}{v}",
         ("", "không", "cần", "", ""): "{do}n't need to {v}", ("có", "", "cần", "", "không"):
         "{Do} {w} need to {go}{v}?", ("", "", "muốn", "", ""): "want{s} to {go}{v}", ("", "", "sẽ", "", ""):
         "will {go}{v}", ("", "", "đang", "", ""): "{be} {ving}", ("", "", "vừa", "", ""): "{have} just {ved}",
         ("", "", "", "rồi", ""): "{have} {ved}", ("", "", "đã", "rồi", ""): "{have} already {ved}",
         ("", "", "đã", "", ""): "{ved}", ("", "chưa", "", "", ""): "{have}n't {ved} yet",
         ("", "", "", "", "chưa"): "{Have} {w} {ved} yet?", ("", "", "đã", "", "chưa"): "{Have} {w} {ved} yet?"}


def _do(text: str) -> str | None:
    """"Tôi phải đi photo giấy tờ." as "I have to go and photocopy my documents.", "Anh ấy đi photo hộ chiếu rồi." as
    "He's gone to photocopy his passport.", "Tôi cần photo ba bản căn cước." as "I need to make three copies of my ID
    card." (_DO, _DONE); None for anything else, and "đi" where the shape takes none."""
    m = _DO.fullmatch(text)
    shape = m and _DONE.get(tuple(keyed(m[g] or "") for g in ("ask", "not", "aux", "done", "asked")))
    asked = bool(shape) and "?" in m["end"]
    if not shape or asked != shape.endswith("?") or em_speaking(m) or (said := person_of(m, asked)) is None:
        return None
    who_, one = said
    gone = m["go"] and shape == "{have} {ved}"  # ("đi photo … rồi": gone to, said of another; "Tôi …": been?)
    if m["go"] and "{go}" not in shape and not (gone and who_ not in ("I", "we", "you")) or (
            thing := _paper(m, who_)) is None:
        return None
    have, do = ("has", "does") if one else ("have", "do")
    copies = f" {_copies(m['n'], 'en')} of" if m["n"] else ""
    v, ved, ving = (f"{verb}{copies} {thing}" for verb in (
        ("make", "made", "making") if copies else ("photocopy", "photocopied", "photocopying")))
    if gone:
        shape, ved = "{have} gone to {v}", ""
    said = shape.format(have=have, do=do, be=be(who_), s="s" * one, go="go and " * bool(m["go"]), v=v, ved=ved,
                        ving=ving, w=who_, Have=have.capitalize(), Do=do.capitalize())
    return said if asked else capitalised(contracted(who_, said) + stop(m["end"]))


def _need(text: str) -> str | None:
    """"Tôi cần hai bản photo căn cước." as "I need two photocopies of my ID card.", asked "Bạn có cần … không?"
    (_NEED); None for anything else."""
    m = _NEED.fullmatch(text)
    if not m or (asked := asked_of(m)) is None or em_speaking(m) or (said := person_of(m, asked)) is None or (
            thing := _paper(m, said[0])) is None:
        return None
    copies = _copies(m["n"], "en").replace("cop", "photocop")
    if asked:
        return f"{'Does' if said[1] else 'Do'} {said[0]} need {copies} of {thing}?"
    return capitalised(f"{said[0]} need{'s' * said[1]} {copies} of {thing}{stop(m['end'])}")


def _there(text: str) -> str | None:
    """"Ở đây có photo không?" as "Do you do photocopying here?", "Ở đây có máy photo không?" as "Is there a
    photocopier here?", "Khách sạn có máy photo không?" as "Does the hotel have a photocopier?" (_THERE); None for
    anything else."""
    m = _THERE.fullmatch(text)
    if not m or "?" not in m["end"] or bool(m["machine"]) == bool(m["can"]) and not m["here"]:
        return None
    if m["can"]:  # ("Ở đây có photo được không?"; "Bạn có photo được không?" asks you to)
        return "Can I make photocopies here?" if m["here"] and not m["machine"] else None
    if not m["machine"]:
        return "Do you do photocopying here?"
    return "Is there a photocopier here?" if m["here"] else (
        f"Does {_PLACES[keyed(m['place'])]} have a photocopier?" if m["place"] else "Do you have a photocopier?")


def _where(text: str) -> str | None:
    """"Gần đây có tiệm photo không?" as "Is there a photocopy shop near here?", "Tiệm photo gần nhất ở đâu?" as
    "Where's the nearest photocopy shop?", "Máy photo ở đâu?" as "Where's the photocopier?" (_WHERE); None for anything
    else."""
    m = nearby.found(_WHERE, text)
    return m and nearby.said(m, "photocopy shop" if m["shop"] else "photocopier")


def _cost(text: str) -> str | None:
    """"Photo một trang bao nhiêu tiền?" as "How much does it cost to photocopy a page?", "Photo màu bao nhiêu tiền
    một trang?" as "How much is colour photocopying per page?", "Photo một bản bao nhiêu tiền?" as "How much is a
    photocopy?", "Photo căn cước bao nhiêu tiền?" as "How much does it cost to photocopy an ID card?" (_COST); None for
    anything else, and nothing said of what is copied."""
    m = _COST.fullmatch(text)
    what = m and (m["one"] or m["per"] or "")
    if not m or "?" not in m["end"] or (m["one"] or m["doc"]) and m["per"] or not (what or m["doc"]):
        return None
    here, how = " here" * bool(m["here"]), keyed(m["how"] or "")
    if what.endswith("bản"):
        return f"How much is {a_or_an(_KIND.get(how, 'photocopy'))} {_KIND[how] + ' ' if how else ''}photocopy{here}?"
    if m["per"]:
        return f"How much is {_KIND[how] + ' ' if how else ''}photocopying per page{here}?"
    thing = "a page"
    if m["doc"]:
        en = _PAPERS[keyed(m["doc"])]
        many = en in _MANY
        thing = f"{('these' if many else 'this') if m['this'] else '' if many else a_or_an(en)} {en}".lstrip()
    return f"How much does it cost to photocopy {thing}{' ' + HOW[how] if how else ''}{here}?"


def _state(text: str) -> str | None:
    """"Máy photo bị kẹt giấy." as "The photocopier is jammed.", "Máy photo lại hết giấy rồi." as "The photocopier is
    out of paper again.", "Máy photo sắp hết mực." as "The photocopier is almost out of toner.", "Máy photo có bị hỏng
    không?" as "Is the photocopier broken?" (_STATE); None for anything else."""
    m = _STATE.fullmatch(text)
    if not m or (asked := asked_of(m)) is None:
        return None
    state = _STATES[keyed(m["state"])]
    if m["soon"] and not state.startswith("out") or state == "working" and not asked or asked and (
            m["again"] or m["soon"] or m["done"] or "not" in state):
        return None
    whose = "this" if m["this"] else _OWNERS[keyed(m["owner"])] if m["owner"] else "the"
    if asked:
        return f"Is {whose} photocopier {state}?"
    state = "isn't working" if state == "not working" else f"is {'almost ' * bool(m['soon'])}{state}"
    return capitalised(f"{whose} photocopier {state}{' again' * bool(m['again'])}{stop(m['end'])}")


def _paper_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """The paper of a match of _PAPER_EN in Vietnamese: "giấy tờ này", "một số giấy tờ", "hộ chiếu của bạn", or bare
    where it is who's own (`who_`, `one` as who_vi gives them); None for "this", "these", "some" not agreeing, and
    whose not known ("I … his"; "John … her": mt.names.named_his_her)."""
    doc, det = keyed(m["doc"]), m["owner"].lower()
    vi, many = _PAPERS_VI[doc], doc in _MANY
    if det in ("some", "these", "this"):
        return f"{'một số ' * (det == 'some')}{vi}{' này' * (det != 'some')}" if many == (det != "this") else None
    own = own_thing(m, who_, one)
    if own is None or m["given"] and named_his_her(m["given"]) not in (None, det):
        return None
    return vi if own else f"{vi} của {WHOSE_VI[det]}"


# what English says (the question's first word, after who, the verb's form, the adverb) and how Vietnamese says it
# ("{go}": "đi " where "go and" came; "{v}": "photo …"; "{n}": "hai bản photo …")
_DONE_VI = {("", "have to", "base", ""): "phải {go}{v}", ("", "need to", "base", ""): "cần {go}{v}",
            ("", "want to", "base", ""): "muốn {go}{v}", ("", "will", "base", ""): "sẽ {go}{v}",
            ("", "do not need to", "base", ""): "không cần {v}", ("", "do not have to", "base", ""): "không phải {v}",
            ("do", "need to", "base", ""): "có cần {go}{v} không?", ("do", "have to", "base", ""):
            "có phải {go}{v} không?", ("", "be", "ing", ""): "đang {v}", ("", "have", "past", "just"): "vừa {v}",
            ("", "have", "past", "already"): "đã {v} rồi", ("", "have", "past", ""): "đã {v} rồi",
            ("", "", "past", ""): "đã {v}", ("", "have not", "past", ""): "chưa {v}", ("have", "", "past", ""):
            "đã {v} chưa?", ("", "have", "gone", ""): "đi {v} rồi", ("", "", "need", ""): "cần {n}",
            ("do", "", "need", ""): "có cần {n} không?"}
_AUX_EN = {"'ll": "will", "'ve": "have", "has": "have", "has not": "have not", "'m": "be", "'re": "be", "am": "be",
           "is": "be", "are": "be", "has to": "have to", "needs to": "need to", "wants to": "want to",
           "does not need to": "do not need to", "does not have to": "do not have to"}


def _do_vi(text: str) -> str | None:
    """"I have to go and photocopy some documents." as "Tôi phải đi photo một số giấy tờ.", "He's gone to photocopy
    his passport." as "Anh ấy đi photo hộ chiếu rồi.", "I need two photocopies of my ID card." as "Tôi cần hai bản
    photo căn cước." (_DO_EN, _DONE_VI); None for anything else, and where a word does not agree with who."""
    m = _DO_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    verb, raw, q = m["verb"].lower(), " ".join((m["aux"] or "").lower().replace("n't", " not").split()), (m["q"] or "")
    form = "need" if verb.startswith("need") else "ing" if verb.endswith("ing") else "past" if verb in (
        "photocopied", "made") else "base"
    if m["go"] and m["go"].startswith("gone"):
        form = "gone" if form == "base" else ""
    aux = _AUX_EN.get({"'s": "has" if form in ("past", "gone") else "is"}.get(raw, raw), raw)
    shape = _DONE_VI.get(({"has": "have", "does": "do"}.get(q.lower(), q.lower()), aux, form, (m["adv"] or "").lower()))
    first = (q or raw.split(" ")[0] if raw or q else verb if form == "need" else "").lower()
    first = {"needs": "has", "need": "have", "wants": "has", "want": "have"}.get(first, first)
    if not shape or q and (raw not in ("", "need to", "have to") or verb == "needs" or who_ == "tôi") or (
            m["go"] and "{go}" not in shape and form != "gone" or m["yet"] and "chưa" not in shape):
        return None
    copy = (m["copy"] or "").lower()
    n = m["n"] and m["n"].lower()
    if not first_agrees(first, who_, one) or bool(copy) != (verb[:2] in ("ma", "ne")) or form == "need" and (
            not copy.startswith("photo")) or copy and ((n in ("a", "one", "1")) != copy.endswith("y") or n == "an"):
        return None
    thing = _paper_vi(m, who_, one)
    if thing is None or copy and thing.startswith("một số"):
        return None
    said = shape.format(go="đi " * (m["go"] or "").startswith("go"), n=f"{_copies(n or '', 'vi')} photo {thing}",
                        v=f"photo {_copies(n, 'vi')} {thing}" if copy else f"photo {thing}")
    return capitalised(f"{who_} {said}") + ("" if said.endswith("?") else stop(m["end"]))


def _there_vi(text: str) -> str | None:
    """"Is there a photocopier here?" as "Ở đây có máy photo không?", "Does the hotel have a photocopier?" as
    "Khách sạn có máy photo không?", "Do you do photocopying here?" as "Ở đây có photo không?" (_THERE_EN); None for
    anything else."""
    m = _THERE_EN.fullmatch(text)
    if not m:
        return None
    if m["can"] or not (m["here"] or m["place"] or m["you"]):
        return f"Ở đây có photo{' được' * bool(m['can'])} không?"
    where = "Ở đây" if m["here"] else capitalised(_PLACES_VI[keyed(m["place"])]) if m["place"] else "Bạn"
    return f"{where} có máy photo không?"


def _where_vi(text: str) -> str | None:
    """"Is there a photocopy shop near here?" as "Gần đây có tiệm photo không?", "Where's the nearest photocopier?" as
    "Máy photo gần nhất ở đâu?" (_WHERE_EN); None for anything else."""
    m = nearby.found(_WHERE_EN, text)
    return m and nearby.said_vi(m, "tiệm photo" if m["shop"] else "máy photo")


def _cost_vi(text: str) -> str | None:
    """"How much does it cost to photocopy a page?" as "Photo một trang bao nhiêu tiền?", "How much is a colour
    photocopy here?" as "Ở đây photo màu một bản bao nhiêu tiền?", "How much is photocopying per page?" as "Photo bao
    nhiêu tiền một trang?" (_COST_EN); None for anything else, and "a" not agreeing."""
    m = _COST_EN.fullmatch(text)
    if not m:
        return None
    said = "Ở đây photo" if m["here"] else "Photo"
    kind = keyed(m["kind"] or m["kind2"] or "")
    if m["page"] or m["doc"]:
        how = f" {HOW_VI[keyed(m['how'])]}" if m["how"] else ""
        if m["page"]:
            return None if m["page"].lower() == "an" else f"{said}{how} một trang bao nhiêu tiền?"
        doc, det = keyed(m["doc"]), m["owner"].lower()
        if (det == "these") != (doc in _MANY) or det in ("a", "an") and det != a_or_an(doc):
            return None
        return f"{said}{how} {_PAPERS_VI[doc]}{' này' * det.startswith('th')} bao nhiêu tiền?"
    kind = f" {_KIND_VI[kind]}" if kind else ""
    if m["a"]:
        if (m["a"] == "does") != bool(m["cost"]) or m["one"] != a_or_an(m["kind"] or "photocopy"):
            return None
        return f"{said}{kind} một bản bao nhiêu tiền?"
    return f"{said}{kind} bao nhiêu tiền một trang?"


def _state_vi(text: str) -> str | None:
    """"The photocopier is jammed again." as "Máy photo lại bị kẹt giấy.", "Is the photocopier broken?" as "Máy photo
    có bị hỏng không?", "The photocopier isn't working." as "Máy photo không hoạt động." (_STATE_EN); None for anything
    else."""
    m = _STATE_EN.fullmatch(text)
    asked = bool(m) and bool(m["q"])
    if not m or asked != ("?" in m["end"]) or asked == bool(m["is"] or m["nt"]):
        return None
    state, det = keyed(m["state"]), m["owner"].lower()
    working = state == "working"  # ("isn't working", asked "Is … working?"; not "is working": again?)
    if m["soon"] and not state.startswith("out") or m["nt"] and not working or working and not (m["nt"] or asked) or (
            asked and (m["again"] or state == "not working")):
        return None
    machine = "Máy photo" + (" này" if det == "this" else "" if det == "the" else f" của {WHOSE_VI[det]}")
    if asked:
        return f"{machine} có {_STATES_VI[state]} không?"
    state = "không hoạt động" if m["nt"] else f"{'sắp ' * bool(m['soon'])}{_STATES_VI[state]}"
    return f"{machine} {'lại ' * bool(m['again'])}{state}{stop(m['end'])}"
