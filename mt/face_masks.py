"""Face masks ("khẩu trang"), both ways, written whole by rule: who has one (spare) or needs one, asked; asking for one
or to borrow one; masks bought (a box of them); running out of them; wearing one when going out, or having to wear one
in a place (on the bus, in here); where someone's mask is. v8 (the rules on) reads "khẩu trang" as a page, a jewel or a
cemetery, and "mask" as "mặt nạ" (a disguise, a beauty mask): "Bạn có khẩu trang không?" → "Do you export a page?",
"Tôi có khẩu trang." → "I have a cemetery.", "Cho tôi xin một cái khẩu trang." → "Let me get a jewelry.", "Tôi đã mua
năm mươi cái khẩu trang." → "I bought twenty pages.", "Tôi hết khẩu trang rồi." → "I'm all jewelry.", "Ra ngoài nhớ
đeo khẩu trang." → "Out of page wearing memory.", "Trên xe buýt phải đeo khẩu trang." → "On the bus must wear pages.",
"Khẩu trang của bạn đâu?" → "Where do you export your page?"; "Do you have a face mask?" → "Bạn có mặt nạ đối mặt
không?", "Can I borrow a mask?" → "Có thể mượn mặt nạ không?", "I bought a box of masks." → "Tôi mua mặt nạ một hộp.",
"Don't forget to wear a mask when you go out." → "Đừng quên đeo mặt nạ khi bạn ra ngoài.", "You have to wear a mask in
here." → "Bạn phải mặc áo mặt nạ ở đây.", "Why aren't you wearing a mask?" → "Tại sao bạn không đeo mặt nạ?".

Taken: who (mt.hobbies.WHO, WHO_EN; people only), or anyone ("có ai", "ai"), has or needs a mask, a spare one ("thừa",
"dư", "dự phòng"), not, asked, already ("rồi"), asked "… chưa?"; the speaker asking for one ("Cho tôi xin …": "Could I
have …"), or to borrow one, or you asked to give or lend one, a count or a box of them, another ("thêm"); who bought
masks (a count, a box, "hộp", a pack, "gói", some more: "thêm"), just, already, not yet, asked "… chưa?", needs to, has
to, wants to, will, is going to; who has run out of masks ("hết … rồi") or is running out ("sắp hết"); told to wear one
when going out ("Ra ngoài nhớ đeo khẩu trang.", "Đừng quên đeo khẩu trang khi ra ngoài."); who has to, needs to or
should wear one in a place of _PLACES (or you, the place said first: "Trên xe buýt phải đeo khẩu trang."), not, asked;
why someone isn't wearing one (English only); where someone's mask is. Left: "Anh ấy không đeo khẩu trang." and "Sao
bạn không đeo khẩu trang?" (now, as a rule, or then?), "we", "our" in English (chúng tôi or chúng ta?), "we", "they"
having one, "we" asking for one (one each, or one?), a bare "Tôi mua khẩu trang." (bought, or will?), "Chúng ta mua …",
"Bạn mua …" (let's?, told?), a bare "hết" (when?), "Why don't I …?" (why not), "anh", "chị", "em" alone saying it, "em"
with "ạ", "I" asked, a pet, "thế"/"vậy" statements, a beauty mask ("đắp mặt nạ", "face mask" put on), and what
mt/safety_gear.py (put on, take off, forgot, wear here, always, never) and mt/air_pollution.py (worn when going out, for
the dust: "Nhớ đeo khẩu trang khi ra ngoài.") write.
mt.phrasebook.translate tries these after mt/thunder.py.

    >>> translate("Ra ngoài nhớ đeo khẩu trang.", "vi", "en"), translate("Can I borrow a mask?", "en", "vi")
    ('Remember to wear a mask when you go out.', 'Cho tôi mượn một cái khẩu trang được không?')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, first_agrees, owner_of, pet, someone, who,
                      who_vi)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_VI
from .text import (ASKED_END, EXPANDED, SOFTENED_END, SOFTENER, STRESSED_SAID, alternatives, be, capitalised,
                   contracted, keyed, present, stop)

_KEYS = {"vi": lazy(r"(?i:khẩu\s+trang)"), "en": lazy(r"(?i:masks?\b)")}
# counts in words (1 to 100, mt.numbers), and the boxes masks come in
_N_VI = {vi_word(n): n for n in range(1, 101)}
_N_EN = {en_word(n): n for n in range(2, 101)}
_BOXES = {"hộp": ("box", "boxes"), "gói": ("pack", "packs")}
_BOXES_VI = {"box": "hộp", "boxes": "hộp", "pack": "gói", "packs": "gói"}
_SPARE = r"(?P<spare>thừa|dư|dự\s+phòng)"
# where one has to wear one (not "ở đây": mt/safety_gear.py writes it), and back
_PLACES = {"trong này": "in here", "ở trong này": "in here", "trên xe buýt": "on the bus", "trên tàu": "on the train",
           "trên máy bay": "on the plane", "trong bệnh viện": "in the hospital", "trong siêu thị": "in the supermarket",
           "ở sân bay": "at the airport", "trong lớp": "in class", "ở trường": "at school"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())}
_MUST = {"phải": "have to", "cần": "need to", "nên": "should"}
_MUST_VI = {"have to": "phải", "must": "phải", "need to": "cần", "should": "nên"}

# masks counted: "khẩu trang", "cái khẩu trang", "năm mươi cái khẩu trang", "hai hộp khẩu trang"
_COUNTED = (rf"(?:(?P<n>\d{{1,3}}|(?i:{alternatives(_N_VI)}))\s+(?P<cls>cái|chiếc|hộp|gói)\s+|(?P<cls0>cái|chiếc)\s+)?"
            r"(?i:khẩu\s+trang)")
# who has or needs one ("Bạn có khẩu trang thừa không?", "Có ai có khẩu trang không?", "Tôi cần một cái khẩu trang.")
_HAVE = lazy(rf"(?:(?P<anyone>(?i:(?:có\s+)?ai))|{WHO})\s+(?:(?P<not>không)\s+|(?P<ask>có)\s+(?=cần))?"
             rf"(?P<verb>có|cần)\s+(?:(?:một\s+)?(?:cái|chiếc)\s+)?(?i:khẩu\s+trang)"
             rf"(?:\s+{_SPARE})?(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# asking for one ("Cho tôi xin một cái khẩu trang.", "Bạn cho tôi mượn khẩu trang được không?")
_ASK = lazy(rf"(?:(?P<you>(?i:bạn|cậu))\s+(?:(?P<can>có\s+thể)\s+)?)?(?i:cho)\s+(?P<me>tôi|mình|tớ|chúng\s+tôi)\s+"
            rf"(?:(?P<verb>xin|mượn)\s+)?(?:(?P<more>thêm)\s+)?{_COUNTED}(?:\s+(?P<again>nữa))?"
            r"(?:\s+(?P<tail>được\s+không|không|với|nhé|nha|đi))?(?:\s+ạ)?\s*(?P<end>[.!?]*)")
# masks bought ("Tôi vừa mua một hộp khẩu trang.", "Bạn đã mua khẩu trang chưa?", "Tôi cần mua thêm khẩu trang.")
_BUY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+)?(?:(?P<aux>vừa\s+mới|vừa|mới|đã|cần|phải|muốn|sẽ|"
            rf"đang\s+định|định)\s+)?mua\s+(?:(?P<more>thêm)\s+)?{_COUNTED}(?:\s+(?P<done>rồi))?"
            rf"(?:\s+(?P<asked>không|chưa))?{SOFTENED_END}")
# run out ("Tôi hết khẩu trang rồi.", "Mẹ tôi sắp hết khẩu trang.")
_OUT = lazy(rf"{WHO}\s+(?:(?P<aux>đã|sắp)\s+)?(?:dùng\s+)?hết\s+(?i:khẩu\s+trang)(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# told to wear one going out ("Ra ngoài nhớ đeo khẩu trang.", "Đừng quên đeo khẩu trang khi ra ngoài nhé.")
_GOING = r"(?:đi\s+)?ra\s+(?:ngoài(?:\s+đường)?|đường)"
_TELL = r"(?P<tell>(?i:nhớ|đừng\s+quên|phải|nên|cần|hãy))"
_TOLD = lazy(rf"(?:(?:(?P<when>(?i:khi|mỗi\s+khi|lúc))\s+)?(?i:{_GOING})(?:\s+(?:thì|là))?\s*,?\s+{_TELL}\s+"
             rf"(?i:đeo)\s+khẩu\s+trang(?:\s+vào)?|(?P<forget>(?i:đừng\s+quên))\s+đeo\s+khẩu\s+trang\s+"
             rf"(?P<when2>khi|mỗi\s+khi)\s+{_GOING})(?:\s+(?:nhé|nha|đấy))?\s*(?P<end>[.!]*)")
# has to wear one in a place ("Bạn phải đeo khẩu trang trên xe buýt.", "Trên máy bay có cần đeo khẩu trang không?")
_PLACE = alternatives(_PLACES)
_WHERE_WORN = lazy(rf"(?:(?P<place0>(?i:{_PLACE}))\s*,?\s+)?(?:{WHO}\s+)?(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?"
                   rf"(?P<must>phải|cần|nên)\s+đeo\s+khẩu\s+trang(?:\s+(?P<place>{_PLACE}))?{ASKED_END}")
# where one's mask is ("Khẩu trang của bạn đâu?", "Khẩu trang của mẹ tôi đâu rồi?")
_WHERE = lazy(rf"[Kk]hẩu\s+trang\s+(?:của\s+)?{OWNER}\s+(?:ở\s+)?đâu(?:\s+rồi)?{SOFTENER}\s*\?+")

# ... in English: masks counted ("a mask", "two face masks", "a box of masks", "some masks")
_COUNTED_EN = (rf"(?:(?P<a>an?|one|another)\s+(?:(?P<box>box|pack)\s+of\s+)?|(?P<n>\d{{1,3}}|(?i:"
               rf"{alternatives(_N_EN)}))\s+(?:(?P<boxes>boxes|packs)\s+of\s+)?|(?P<det>some|any|more)\s+)?"
               r"(?:face\s+)?(?P<masks>masks?)")
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?(?:(?P<anyone>[Aa]ny(?:one|body))|{WHO_EN})(?P<aux>\s+(?:do|does)"
                r"\s+not|\s+(?:don|doesn)'t|'ve|'s|\s+have|\s+has)?\s+(?P<verb>have|has|need|needs|got)\s+"
                r"(?P<det>a|any)\s+(?P<spare>spare\s+)?(?:face\s+)?(?P<masks>masks?)\s*(?P<end>[.!?]*)")
_ASK_EN = lazy(r"(?:(?i:can|could|may)\s+(?P<me>I|we)\s+(?P<verb>have|get|borrow)|(?i:can|could|would)\s+you\s+"
               rf"(?P<verb2>give|lend)\s+(?P<me2>me|us))\s+{_COUNTED_EN}(?:,?\s+please)?\s*\?")
_BUY_EN = lazy(rf"(?:(?P<q>Have|Has|Do|Does)\s+)?{WHO_EN}(?P<mid>(?:\s+(?:have|has|do|does|will|not|just|already|"
               r"need|needs|want|wants|to)|'ve|'s|'ll|n't)*)\s+(?P<verb>bought|buy)\s+"
               rf"{_COUNTED_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_OUT_EN = lazy(rf"{WHO_EN}(?:(?P<have>'ve|'s|\s+have|\s+has)(?P<just>\s+just)?\s+run|(?P<be>'m|'s|'re|\s+am|\s+is|"
               r"\s+are)\s+running)\s+out\s+of\s+(?:face\s+)?masks\s*(?P<end>[.!]*)")
_TOLD_EN = lazy(r"(?P<tell>(?i:don't|do\s+not))\s+forget\s+to\s+wear\s+(?:a\s+(?:face\s+)?mask|your\s+(?:face\s+)?mask)"
                r"\s+(?P<when>when|whenever)\s+(?:you\s+go\s+out(?:side)?|going\s+out(?:side)?)\s*(?P<end>[.!]*)")
_WHERE_WORN_EN = lazy(rf"(?:(?P<q>Do|Does|Should)\s+)?{WHO_EN}\s+(?:(?P<not>(?:do|does)(?:\s+not|n't)|should(?:\s+not|"
                      r"n't))\s+)?(?:(?P<must>must|should|ha(?:ve|s)\s+to|needs?\s+to)\s+)?wear\s+"
                      rf"(?P<mask>a\s+(?:face\s+)?mask|(?:face\s+)?masks)\s+(?P<place>{alternatives(_PLACES_VI)})"
                      r"\s*(?P<end>[.!?]*)")
_WHY_EN = lazy(rf"Why\s+(?P<first>aren't|isn't|are|is|don't|doesn't|do|does)\s+{WHO_EN}(?P<not>\s+not)?\s+"
               r"(?P<verb>wearing|wear)\s+a\s+(?:face\s+)?mask\s*\?+")
_WHERE_EN = lazy(rf"Where(?:'s|\s+is)\s+(?:(?P<owner>my|your|his|her)|(?P<someone>{SOMEONE_EN})'s)\s+(?:face\s+)?"
                 r"mask\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a face mask had, needed, asked for, borrowed, bought, run out of, worn going
    out or in a place, or looked for; None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else (
            _have(text) or _ask(text) or _buy(text) or _out(text) or _told(text) or _worn(text) or _where(text))
    text = text.replace("’", "'")
    return (_have_vi(text) or _ask_vi(text) or _buy_vi(text) or _out_vi(text) or _told_vi(text) or _worn_vi(text)
            or _why_vi(text) or _where_vi(text))


def _person(m: re.Match, asked: bool, me_asked: bool = False) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one; None for a pet, "em" with "ạ" (the speaker), "anh" saying,
    and "I" asked unless `me_asked` (a duty: "Do I have to …?")."""
    said = None if animal(m) or em_speaking(m) else who(m, asked)
    return None if not said or asked and said[0] == "I" and not me_asked else said


def _masks(m: re.Match, bare: str, more: bool = False) -> str | None:
    """The masks of a match of _COUNTED in English: "a mask", "fifty masks", "a box of masks", `bare` where not
    counted; "another mask", "two more masks", "any more masks" (`bare` "any masks") where `more`; None for none."""
    if not m["n"]:
        if m["cls0"]:
            return "another mask" if more else "a mask"
        return ("any more masks" if bare == "any masks" else "more masks") if more else bare
    n = int(m["n"]) if m["n"].isdigit() else _N_VI[keyed(m["n"])]
    if n == 0:
        return None
    count = m["n"] if m["n"].isdigit() else en_word(n)
    box = _BOXES.get(keyed(m["cls"]))
    if n == 1:
        return f"another {box[0] if box else 'mask'}{' of masks' * bool(box)}" if more else \
            f"a {box[0]} of masks" if box else "a mask"
    return f"{count} {'more ' * more}{box[1] + ' of masks' if box else 'masks'}"


def _have(text: str) -> str | None:
    """"Bạn có khẩu trang không?" as "Do you have a mask?", "Có ai có khẩu trang thừa không?" as "Does anyone have a
    spare mask?", "Tôi cần một cái khẩu trang." as "I need a mask." (_HAVE); None for anything else, and "we",
    "they" (one each, or one?)."""
    m = _HAVE.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["ask"] and not asked or asked and (m["not"] or m["done"]) or \
            m["done"] and (m["not"] or m["verb"] == "cần") or m["asked"] == "chưa" and m["verb"] == "cần":
        return None
    said = (("anyone", True) if asked else None) if m["anyone"] else _person(m, asked)
    if said is None or said[0] in ("we", "they"):
        return None
    rest = f"a {'spare ' * bool(m['spare'])}mask{' yet' * (m['asked'] == 'chưa')}"
    return present(*said, "need" if m["verb"] == "cần" else "have", rest, asked, bool(m["not"]), m["end"],
                   "already " * bool(m["done"]))


def _ask(text: str) -> str | None:
    """"Cho tôi xin một cái khẩu trang." as "Could I have a mask, please?", "Cho tôi mượn khẩu trang được không?" as
    "Can I borrow a mask?", "Bạn cho tôi mượn khẩu trang được không?" as "Can you lend me a mask?" (_ASK); None for
    anything else, and "Bạn cho tôi mượn khẩu trang." (asks, or says you did?)."""
    m = _ASK.fullmatch(text)
    tail = m and keyed(m["tail"] or "")
    if not m or (tail in ("được không", "không")) != ("?" in m["end"]) or tail == "không" and not m["can"] or \
            m["can"] and not tail.endswith("không") or m["you"] and not tail.endswith("không"):
        return None
    what = _masks(m, "a mask", bool(m["more"] or m["again"]))
    borrow, we = m["verb"] == "mượn", keyed(m["me"]) == "chúng tôi"
    if what is None or borrow and keyed(m["cls"] or "") in _BOXES or \
            we and what == "a mask" and not (m["n"] or m["cls0"]):
        return None  # (a box or a pack borrowed; "Cho chúng tôi xin khẩu trang.": one, or one each?)
    if m["you"]:
        return f"Can you {'lend' if borrow else 'give'} {'us' if we else 'me'} {what}?"
    if borrow:
        return f"Can {'we' if we else 'I'} borrow {what}?"
    return f"Could {'we' if we else 'I'} have {what}{', please' * bool(m['verb'] or tail in ('với', 'nhé', 'nha'))}?"


# what Vietnamese says of buying ("có", "không"/"chưa", the word before "mua", "rồi", asking) and how English says it
# after who ("{have}", "{do}", "{be}", "{s}" agreeing with who; a question says who, "{w}", itself)
_BOUGHT = {("", "", "", "", ""): "bought {t}", ("", "", "đã", "", ""): "bought {t}", ("", "", "vừa", "", ""):
           "just bought {t}", ("", "", "", "rồi", ""): "{have} bought {t}", ("", "", "đã", "rồi", ""):
           "{have} already bought {t}", ("", "chưa", "", "", ""): "{have}n't bought {t} yet", ("", "", "", "", "chưa"):
           "{Have} {w} bought {t} yet?", ("", "", "đã", "", "chưa"): "{Have} {w} bought {t} yet?",
           ("", "", "cần", "", ""): "need{s} to buy {t}", ("", "không", "cần", "", ""): "{do}n't need to buy {t}",
           ("có", "", "cần", "", "không"): "{Do} {w} need to buy {t}?", ("", "", "phải", "", ""): "{have} to buy {t}",
           ("", "", "muốn", "", ""): "want{s} to buy {t}", ("", "", "sẽ", "", ""): "will buy {t}",
           ("", "", "định", "", ""): "{be} going to buy {t}"}
_SAME = {"mới": "vừa", "vừa mới": "vừa", "đang định": "định"}  # (said alike)


def _buy(text: str) -> str | None:
    """"Tôi vừa mua một hộp khẩu trang." as "I just bought a box of masks.", "Bạn đã mua khẩu trang chưa?" as "Have
    you bought any masks yet?" (_BUY, _BOUGHT); None for anything else, and a bare "mua khẩu trang" (bought, or
    will?)."""
    m = _BUY.fullmatch(text)
    said = m and tuple(_SAME.get(w, w) for w in (keyed(m[g] or "") for g in ("ask", "not", "aux", "done", "asked")))
    shape = said and _BOUGHT.get(said)
    asked = bool(m and m["asked"])
    if not shape or asked != ("?" in m["end"]) or not any(said) and (not m["n"] or keyed(m["who"] or "") in (
            "chúng ta", "bạn")) or (person := _person(m, asked)) is None:
        return None  # (a bare "mua": bought, or will?; "Chúng ta mua …": let's?; "Bạn mua …": told?)
    who_, one = person
    what = _masks(m, "any masks" if asked or m["not"] else "some masks", bool(m["more"]))
    fill = {"have": "has" if one else "have", "do": "does" if one else "do", "be": be(who_), "s": "s" * one}
    if what is None:
        return None
    if asked:
        return shape.format(**fill, t=what, w=who_, Have=fill["have"].capitalize(), Do=fill["do"].capitalize())
    return capitalised(contracted(who_, shape.format(**fill, t=what)) + stop(m["end"]))


def _out(text: str) -> str | None:
    """"Tôi hết khẩu trang rồi." as "I've run out of masks.", "Mẹ tôi sắp hết khẩu trang." as "My mother is running
    out of masks." (_OUT); None for anything else, and a bare "hết" (when?)."""
    m = _OUT.fullmatch(text)
    if not m or "?" in m["end"] or (m["aux"] == "sắp") == bool(m["done"]) or not (m["aux"] or m["done"]) or \
            (said := _person(m, False)) is None:
        return None
    who_, one = said
    doing = f"{be(who_)} running" if m["aux"] == "sắp" else f"{'has' if one else 'have'} run"
    return capitalised(contracted(who_, f"{doing} out of masks") + stop(m["end"]))


_TELLS = {"nhớ": "Remember to wear", "đừng quên": "Don't forget to wear", "phải": "You have to wear",
          "nên": "You should wear", "cần": "You need to wear", "hãy": "Wear"}


def _told(text: str) -> str | None:
    """"Ra ngoài nhớ đeo khẩu trang." as "Remember to wear a mask when you go out.", "Đừng quên đeo khẩu trang khi ra
    ngoài." as "Don't forget to wear a mask when you go out." (_TOLD); None for anything else."""
    m = _TOLD.fullmatch(text)
    if not m:
        return None
    when = "whenever" if keyed(m["when"] or m["when2"] or "").startswith("mỗi") else "when"
    return f"{_TELLS[keyed(m['tell'] or m['forget'])]} a mask {when} you go out{stop(m['end'])}"


def _worn(text: str) -> str | None:
    """"Bạn phải đeo khẩu trang trên xe buýt." as "You have to wear a mask on the bus.", "Trên máy bay có cần đeo
    khẩu trang không?" as "Do you need to wear a mask on the plane?" (_WHERE_WORN); None for anything else, and a
    place said twice or not at all."""
    m = _WHERE_WORN.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["not"] and asked or \
            bool(m["place0"]) == bool(m["place"]):
        return None
    subject = m["who"] or m["kin"] or m["title"] or m["given"]
    said = _person(m, asked, True) if subject else ("you", False)  # ("Trên xe buýt phải …": anyone, you)
    if said is None:
        return None
    (who_, one), must = said, _MUST[m["must"]]
    many = be(who_) == "are" and who_ != "you"  # (one each: "We have to wear masks")
    wear = f"wear {'masks' if many else 'a mask'} {_PLACES[keyed(m['place0'] or m['place'])]}"
    if asked:
        return f"Should {who_} {wear}?" if must == "should" else f"{'Does' if one else 'Do'} {who_} {must} {wear}?"
    if m["not"]:
        must = "shouldn't" if must == "should" else f"{'doesn' if one else 'don'}'t {must}"
    elif must != "should" and one:
        must = "has to" if must == "have to" else "needs to"
    return capitalised(f"{who_} {must} {wear}{stop(m['end'])}")


def _where(text: str) -> str | None:
    """"Khẩu trang của bạn đâu?" as "Where's your mask?" (_WHERE); None for anything else, and a pet's."""
    m = _WHERE.fullmatch(text)
    if not m or pet(m["someone"], "vi") or keyed(m["owner"] or "") in ("chúng tôi", "chúng ta", "họ"):
        return None  # (a pet's; ours, theirs: one mask, or several?)
    whose = owner_of(m, "")
    return whose and f"Where's {whose} mask?"


def _who_en(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese and whether one; None for a pet, "we", "our son" (chúng tôi or chúng
    ta?) and "I" asked."""
    said = None if animal(m) else who_vi(m)
    return None if not said or said[0].endswith("chúng tôi") or asked and said[0] == "tôi" else said


def _masks_vi(m: re.Match, asked: bool) -> str | None:
    """The masks of a match of _COUNTED_EN in Vietnamese: "một cái khẩu trang", "hai hộp khẩu trang", "thêm khẩu
    trang"; None for a count not agreeing ("a masks", "two mask"), and "any" said, or "some", where it is not."""
    det, many, n = (m["det"] or "").lower(), m["masks"] == "masks", m["n"]
    if (bool(m["a"]) and not m["box"]) == many or det == "any" and not asked or \
            det == "some" and asked or m["a"] and m["a"].lower() == "an" or (n or m["boxes"]) and not many or \
            n and n.isdigit() and int(n) < 2:
        return None
    if n:
        n = n if n.isdigit() else vi_word(_N_EN[n.lower()])
        return f"{n} {_BOXES_VI[m['boxes']] if m['boxes'] else 'cái'} khẩu trang"
    if m["a"]:
        box = f"một {_BOXES_VI[m['box']]}" if m["box"] else "một cái"
        return f"thêm {box} khẩu trang" if m["a"].lower() == "another" else f"{box} khẩu trang"
    return "thêm khẩu trang" if det == "more" else "khẩu trang"


def _have_vi(text: str) -> str | None:
    """"Do you have a spare mask?" as "Bạn có khẩu trang thừa không?", "I don't have a mask." as "Tôi không có khẩu
    trang.", "Does anyone need a mask?" as "Có ai cần khẩu trang không?" (_HAVE_EN); None for anything else, and
    where a verb does not agree with who."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["det"] == "any") != (m["masks"] == "masks"):
        return None
    q, aux, verb = (m["q"] or "").lower(), " ".join((m["aux"] or "").split()).lower(), m["verb"]
    not_ = "not" in aux or "n't" in aux
    said = (("ai", True) if q else None) if m["anyone"] else _who_en(m, bool(q))
    if said is None or m["det"] == "any" and not (q or not_) or q and aux:
        return None
    who_, one = said
    got = verb == "got"
    if got != (q in ("have", "has") or aux in ("'ve", "'s", "have", "has")) or got and not_:
        return None
    first = q or aux.split(" ")[0].replace("n't", "") or ("has" if verb in ("has", "needs") else "have")
    if (first in ("does", "has", "'s")) != one or (q or not_) and verb in ("has", "needs"):
        return None
    need = verb.startswith("need")
    thing = f"khẩu trang{(' dự phòng' if need else ' thừa') * bool(m['spare'])}"  # ("thừa": left over)
    if q:
        return f"Có ai {'cần' if need else 'có'} {thing} không?" if m["anyone"] else capitalised(
            f"{who_} có {'cần ' * need}{thing} không?")
    if not_:
        return capitalised(f"{who_} không {'cần' if need else 'có'} {thing}{stop(m['end'])}")
    one_ = f"một cái {thing}" if need or m["spare"] else thing
    return capitalised(f"{who_} {'cần' if need else 'có'} {one_}{stop(m['end'])}")


def _ask_vi(text: str) -> str | None:
    """"Can I borrow a mask?" as "Cho tôi mượn một cái khẩu trang được không?", "Could I have two masks, please?" as
    "Cho tôi xin hai cái khẩu trang được không?", "Can you lend me a mask?" as "Bạn cho tôi mượn một cái khẩu trang
    được không?" (_ASK_EN); None for anything else, "some" masks, and a box borrowed."""
    m = _ASK_EN.fullmatch(text)
    what = m and not m["det"] and _masks_vi(m, False)
    if not what:
        return None
    borrow = m["verb"] == "borrow" or m["verb2"] == "lend"
    if borrow and ("hộp" in what or "gói" in what):
        return None  # (a box borrowed)
    me = "chúng tôi" if (m["me"] or m["me2"]).lower() in ("we", "us") else "tôi"
    return f"{'Bạn cho' if m['me2'] else 'Cho'} {me} {'mượn' if borrow else 'xin'} {what} được không?"


# what English says of buying (the question's first word, the words between who and the verb, as said of several),
# and how Vietnamese says it
_BOUGHT_VI = {("", "", "bought"): "đã mua {t}", ("", "just", "bought"): "vừa mua {t}",
              ("", "have", "bought"): "mua {t} rồi", ("", "have just", "bought"): "vừa mua {t}",
              ("", "have already", "bought"): "đã mua {t} rồi", ("", "already", "bought"): "đã mua {t} rồi",
              ("", "have not", "bought"): "chưa mua {t}", ("have", "", "bought"): "đã mua {t} chưa?",
              ("", "need to", "buy"): "cần mua {t}", ("", "do not need to", "buy"): "không cần mua {t}",
              ("do", "need to", "buy"): "có cần mua {t} không?", ("", "have to", "buy"): "phải mua {t}",
              ("", "want to", "buy"): "muốn mua {t}", ("", "will", "buy"): "sẽ mua {t}"}
_ONE_FORMS = {"has": "have", "does": "do", "needs": "need", "wants": "want"}  # (said of one: he, my mother, Lan)


def _buy_vi(text: str) -> str | None:
    """"I just bought a box of masks." as "Tôi vừa mua một hộp khẩu trang.", "Have you bought any masks yet?" as "Bạn
    đã mua khẩu trang chưa?" (_BUY_EN, _BOUGHT_VI); None for anything else, and a verb not agreeing with who."""
    m = _BUY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_en(m, bool(m["q"]))) is None:
        return None
    mid = m["mid"].lower().replace("'s", " has")
    for short, full in EXPANDED.items():
        mid = mid.replace(short, full)
    words, q = mid.split(), (m["q"] or "").lower()
    finite = q or next((w for w in words if w not in ("just", "already")), "")
    shape = _BOUGHT_VI.get((_ONE_FORMS.get(q, q), " ".join(_ONE_FORMS.get(w, w) for w in words), m["verb"]))
    if shape is None or m["yet"] and "chưa" not in shape or finite in _ONE_FORMS and not said[1] or \
            not first_agrees(finite, *said) or finite in ("need", "want") and said[1]:
        return None
    what = _masks_vi(m, bool(q) or "not" in words)
    if what is None:
        return None
    return capitalised(f"{said[0]} {shape.format(t=what)}") + ("" if shape.endswith("?") else stop(m["end"]))


def _out_vi(text: str) -> str | None:
    """"I've run out of masks." as "Tôi hết khẩu trang rồi.", "My mother is running out of masks." as "Mẹ tôi sắp hết
    khẩu trang." (_OUT_EN); None for anything else, and a verb not agreeing with who."""
    m = _OUT_EN.fullmatch(text)
    if not m or (said := _who_en(m, False)) is None or not first_agrees((m["have"] or m["be"]).strip(), *said):
        return None
    done = "vừa hết khẩu trang" if m["just"] else "hết khẩu trang rồi" if m["have"] else "sắp hết khẩu trang"
    return capitalised(f"{said[0]} {done}{stop(m['end'])}")


def _told_vi(text: str) -> str | None:
    """"Don't forget to wear a mask when you go out." as "Đừng quên đeo khẩu trang khi ra ngoài." (_TOLD_EN); None
    for anything else."""
    m = _TOLD_EN.fullmatch(text)
    return m and f"Đừng quên đeo khẩu trang {'mỗi khi' if m['when'] == 'whenever' else 'khi'} ra ngoài{stop(m['end'])}"


def _worn_vi(text: str) -> str | None:
    """"You have to wear a mask on the bus." as "Bạn phải đeo khẩu trang trên xe buýt.", "Do I need to wear a mask
    in here?" as "Tôi có cần đeo khẩu trang trong này không?" (_WHERE_WORN_EN); None for anything else, a verb not
    agreeing with who, and "masks" for one."""
    m = _WHERE_WORN_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _who_en(m, False)) is None:
        return None
    (who_, one), must = said, " ".join((m["must"] or "").split())
    lead = (m["q"] or m["not"] or "").lower().split(" ")[0].replace("n't", "")  # ("do", "does", "should")
    if lead == "should":
        fits = not must
    elif lead:
        fits = must in ("have to", "need to") and (lead == "does") == one
    else:
        fits = must in ("must", "should") or bool(must) and (must.split(" ")[0] in ("has", "needs")) == one
    if not fits or m["mask"].endswith("s") and (one or who_ in ("tôi", "bạn")):
        return None
    vi = "nên" if lead == "should" else _MUST_VI[must.replace("has", "have").replace("needs", "need")]
    place = _PLACES_VI[keyed(m["place"])]
    if m["q"]:
        return capitalised(f"{who_} có {vi} đeo khẩu trang {place} không?")
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{vi} đeo khẩu trang {place}{stop(m['end'])}")


def _why_vi(text: str) -> str | None:
    """"Why aren't you wearing a mask?" as "Sao bạn không đeo khẩu trang?" (_WHY_EN); None for anything else, a verb
    not agreeing with who, and "not" said twice or not at all."""
    m = _WHY_EN.fullmatch(text)
    if not m or (said := _who_en(m, True)) is None:
        return None  # (and "Why don't I …?": why not)
    first = m["first"].lower()
    if ("n't" in first) == bool(m["not"]) or not first_agrees(first.replace("n't", ""), *said) or \
            (m["verb"] == "wear") != first.startswith("do"):
        return None
    return capitalised(f"Sao {said[0]} không đeo khẩu trang?")


def _where_vi(text: str) -> str | None:
    """"Where's your mask?" as "Khẩu trang của bạn đâu?" (_WHERE_EN); None for anything else, and a pet's."""
    m = _WHERE_EN.fullmatch(text)
    if not m:
        return None
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else None if pet(m["someone"], "en") else someone(
        m["someone"], "en")
    return None if not whose or whose.endswith("chúng tôi") else f"Khẩu trang của {whose} đâu?"  # (ours: or chúng ta?)
