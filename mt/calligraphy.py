"""Calligraphy (thư pháp), both ways, written whole by rule: who is learning it or wants to, who does it (beautifully,
or can), who is a calligrapher ("ông đồ"), who goes to ask for a calligraphy word at Tet ("đi xin chữ", at the
Temple of Literature), and a calligraphy scroll hung. v8 (rules on) reads "thư pháp" as a letter, mail or cancer, "xin
chữ" as going a letter, "ông đồ" as a rumour or a hill, and "calligraphy" as calls or electronics: "Tôi đang học thư
pháp." → "I'm studying a letter.", "Ông tôi viết thư pháp rất đẹp." → "My grandfather wrote a very nice message.",
"Ông tôi là ông đồ." → "My grandfather is rumor.", "Ông tôi đi xin chữ ở Văn Miếu." → "My grandfather went a letter
at Temple of Literature.", "Tết nào bố tôi cũng đi xin chữ." → "Tet my father also went to be a letter."; "I'm
learning calligraphy." → "Tôi đang học trò điện tử.", "My grandfather does beautiful calligraphy." → "Ông tôi có thể
gọi điện cho tôi là đẹp.", "Can you do calligraphy?" → "Bạn có thể gọi điện không?", "My grandfather hung a
calligraphy scroll in the living room." → "Ông tôi aggressive một cuộn điện thoại trong phòng khách.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pet) is learning calligraphy ("đang học (viết) thư pháp"), wants to, has (just)
started, asked or denied as each allows; does calligraphy, beautifully ("viết thư pháp rất đẹp", "My grandfather's
calligraphy is beautiful."), can ("biết viết"), is writing it now; is, is not, or used to be a calligrapher ("ông đồ" of
a man only, "nhà thư pháp", "người viết thư pháp"; "họ", "chúng tôi" are calligraphers, English "they", "we" said to be
"a calligrapher" left); goes to ask for a calligraphy word ("đi xin chữ", plain English kept one way: "to ask for a
calligraphy word"), at the Temple of Literature or not: went (plain, "đã", a day behind), has gone ("rồi"), will ("sẽ",
a day ahead), wants to, every Tet or every year ("Tết nào … cũng", "mỗi dịp Tết"), asked on a day behind ("Hôm qua bạn
có đi xin chữ không?"); hung, has just hung, will hang or is hanging a calligraphy scroll or calligraphy (in the living
room, on the wall), and every Tet ("treo chữ").
Left: "học thư pháp" plain or "từng học" (when?), "xin chữ" from the calligrapher, of a word named ("chữ Phúc") or at
any other place, "đã đi xin chữ chưa?" and "Bạn có đi xin chữ không?" (did, do, or will you?), "treo chữ" but every Tet,
"treo bức thư pháp" (which one?), "đều" of many (all, or both?), "ông đồ" of a woman, "anh", "chị", "em" alone saying
it, "I" asked, handwriting (mt/handwriting.py's), Tet customs and the pagoda (mt/tet_holiday.py, mt/new_year.py),
lessons (mt/lessons.py), sights worth a visit (mt/sights.py), and anything else, to the model.
mt.phrasebook.translate tries these after mt/work_reports.py.

    >>> translate("Tôi đang học thư pháp.", "vi", "en"), translate("Can you do calligraphy?", "en", "vi")
    ("I'm learning calligraphy.", 'Bạn có biết viết thư pháp không?')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (SOMEONE_EN, WHO, WHO_EN, animal, asked_of, em_speaking, first_agrees, his_her_of, person_of,
                      pet, someone, who_vi)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, progressive, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thư\s+pháp|xin\s+chữ|ông\s+đồ|treo\s+chữ|bức\s+chữ)"), "en": lazy(r"(?i:calligraph)")}
# the days a visit to ask for a word is said on (the first Vietnamese of each English is written back)
_DAYS = near_days("hôm qua", "hôm kia", "tuần trước", "năm ngoái", "ngày mai", "ngày kia", "tuần sau", "năm sau")
_DAYS_EN = {en: vi for vi, en in reversed(_DAYS.items())}
_EVERY = {"tết": "every Tet", "năm": "every year"}
_EVERY_VI = {"every tet": "Tết", "every year": "Năm"}
# what is hung ("chữ" alone only every Tet: mt/handwriting.py's otherwise), and where
_HUNG = {"một bức thư pháp": "a calligraphy scroll", "một bức chữ": "a calligraphy scroll",
         "một bức chữ thư pháp": "a calligraphy scroll", "một bức tranh thư pháp": "a calligraphy scroll",
         "thư pháp": "calligraphy", "chữ thư pháp": "calligraphy", "chữ": "calligraphy"}
_HUNG_VI = {en: vi for vi, en in reversed(_HUNG.items())} | {"calligraphy": "thư pháp"}
_WHERE = {"trong phòng khách": "in the living room", "ở phòng khách": "in the living room", "lên tường": "on the wall",
          "trên tường": "on the wall"}
_WHERE_VI = {en: vi for vi, en in reversed(_WHERE.items())}

_LEARN = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?P<how>đang|muốn|(?:đã|vừa\s+mới|vừa|mới)\s+bắt"
              rf"\s+đầu|bắt\s+đầu)\s+học\s+(?:viết\s+)?thư\s+pháp(?:\s+(?P<done>rồi))?{ASKED_END}")
_WRITE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?(?:(?P<how>biết|đang)\s+)?viết\s+thư\s+pháp"
              rf"(?:\s+(?P<fine>rất\s+đẹp|đẹp\s+lắm|đẹp\s+quá|đẹp))?{ASKED_END}")
_CALLER = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+phải\s+|(?P<not>không)\s+phải\s+|(?P<past>(?:đã\s+)?từng)\s+)?là\s+"
               rf"(?:một\s+)?(?P<what>ông\s+đồ|nhà\s+thư\s+pháp|người\s+viết\s+thư\s+pháp){ASKED_END}")
_AT = r"(?:\s+(?:ở|tại)\s+(?P<place>(?i:văn\s+miếu(?:\s*[-–]?\s*quốc\s+tử\s+giám)?)))?"
_ASKING = lazy(rf"(?:(?P<day>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không)\s+)?"
               rf"(?:(?P<aux>đã|sẽ|muốn)\s+)?đi\s+xin\s+chữ{_AT}(?:\s+(?P<done>rồi))?{ASKED_END}")
# every Tet ("Tết nào bố tôi cũng đi xin chữ.", "Bố tôi đi xin chữ mỗi dịp Tết.")
_EVERY_ASKING = [lazy(rf"(?P<every>(?i:tết|năm))\s+nào\s+{WHO}\s+cũng\s+(?:(?P<go>đi)\s+)?xin\s+chữ{_AT}"
                      rf"{SOFTENED_END}"),
                 lazy(rf"{WHO}\s+(?:(?P<all>đều)\s+)?(?:(?P<go>đi)\s+)?xin\s+chữ{_AT}\s+(?:vào\s+)?mỗi\s+(?:dịp\s+)?"
                      rf"(?P<every>(?i:tết|năm)){SOFTENED_END}")]
_HANG = lazy(rf"(?:(?P<every>(?i:tết|năm))\s+nào\s+)?{WHO}\s+(?:(?P<also>cũng)\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|sẽ|"
             rf"đang)\s+)?treo\s+(?P<what>{alternatives(_HUNG)})(?:\s+(?P<where>{alternatives(_WHERE)}))?"
             rf"(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English (’ read as '): the auxiliary after who, the question's first word in group q
_AUX_EN = (r"(?P<aux>\s+(?:is|am|are|has|have|do|does|will|can)(?:\s+not|n't)?|\s+can't|\s+cannot|\s+won't|"
           r"'(?:s|m|re|ve|ll)(?:\s+not)?)?")
_LEARN_EN = lazy(rf"(?:(?P<q>Are|Is|Do|Does)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>learning|"
                 r"studying|wants?\s+to\s+learn|started\s+learning)\s+calligraphy\s*(?P<end>[.!?]*)")
_WRITE_EN = lazy(rf"(?:(?P<q>Do|Does|Can|Is|Are)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>does|do|writes|write|doing|writing)"
                 r"\s+(?P<fine>beautiful\s+)?calligraphy\s*(?P<end>[.!?]*)")
_FINE_EN = lazy(rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})'s)\s+calligraphy\s+is\s+"
                r"(?:(?:very|really|so)\s+)?beautiful\s*(?P<end>[.!]*)")
_CALLER_EN = lazy(rf"(?:(?P<q>Is|Are)\s+)?{WHO_EN}(?:{_AUX_EN}|(?P<used>\s+used\s+to\s+be))\s+a\s+calligrapher"
                  r"\s*(?P<end>[.!?]*)")
_ASKING_EN = lazy(rf"(?:(?P<q>Did|Do|Does)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>went|goes|go|gone|wants?\s+to\s+go)\s+"
                  r"(?:to\s+(?P<place>the\s+Temple\s+of\s+Literature)\s+)?to\s+ask\s+for\s+a\s+calligraphy\s+word"
                  rf"(?:\s+(?:(?P<every>every\s+(?:Tet|year))|(?P<day>{alternatives(_DAYS_EN)})))?\s*(?P<end>[.!?]*)")
_HANG_EN = lazy(rf"{WHO_EN}{_AUX_EN}(?:\s+(?P<just>just))?\s+(?P<verb>hung|hangs|hang|hanging)(?:\s+up)?\s+"
                rf"(?P<what>a\s+calligraphy\s+scroll|calligraphy)(?:\s+(?P<where>{alternatives(_WHERE_VI)}))?"
                r"(?:\s+(?P<every>every\s+(?:Tet|year)))?\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of learning or doing calligraphy, a calligrapher, going to ask for a
    calligraphy word or a calligraphy scroll hung; None for any other."""
    if src == "vi":
        return _learn(text) or _write(text) or _caller(text) or _asking(text) or _every(text) or _hang(text)
    text = text.replace("’", "'")
    return (_learn_vi(text) or _write_vi(text) or _fine_vi(text) or _caller_vi(text) or _asking_vi(text) or
            _hang_vi(text))


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one (mt.hobbies.person_of); None for a pet, "I" asked, "anh"
    saying it, and "em" with "ạ" (the speaker)."""
    return None if em_speaking(m) else person_of(m, asked)


def _said(pattern, text: str) -> tuple[re.Match, bool, str, bool] | None:
    """A match of `pattern` (over WHO, with groups ask, not, asked and end), whether it asks, who in English and
    whether one; None where it does not match, is asked without "có … không?", or who is not read."""
    m = pattern.fullmatch(text)
    asked = None if m is None else asked_of(m)
    said = None if asked is None else _person(m, asked)
    return said and (m, asked, *said)


def _has(who_: str, one: bool, done: str) -> str:
    """Who has done it, contracted where English contracts it: "I've started", "She's gone", "My mother has hung"."""
    return capitalised(contracted(who_, f"{'has' if one else 'have'} {done}"))


def _learn(text: str) -> str | None:
    """"Tôi đang học thư pháp." as "I'm learning calligraphy.", "Bạn có muốn học thư pháp không?" as "Do you want to
    learn calligraphy?", "Mẹ tôi vừa bắt đầu học thư pháp." as "My mother has just started learning calligraphy."
    (_LEARN); None for anything else, and "bắt đầu" with neither "đã" nor "rồi" (started, or starting?)."""
    said = _said(_LEARN, text)
    if said is None:
        return None
    m, asked, who_, one = said
    how, end = keyed(m["how"]), m["end"]
    if how == "muốn":
        return None if m["done"] else present(who_, one, "want to learn", "calligraphy", asked, bool(m["not"]), end)
    if m["not"] or asked and how != "đang":
        return None
    if how == "đang":
        return None if m["done"] else progressive(who_, be(who_), "learning calligraphy", asked, end)
    if how == "bắt đầu" and not m["done"]:
        return None
    just = "just " if how.startswith(("vừa", "mới")) else ""
    return _has(who_, one, f"{just}started learning calligraphy") + stop(end)


def _write(text: str) -> str | None:
    """"Ông tôi viết thư pháp rất đẹp." as "My grandfather does beautiful calligraphy.", "Bạn có biết viết thư pháp
    không?" as "Can you do calligraphy?", "Ông tôi đang viết thư pháp." as "My grandfather is writing calligraphy.",
    "Bạn có viết thư pháp không?" as "Do you do calligraphy?" (_WRITE); None for anything else."""
    said = _said(_WRITE, text)
    if said is None:
        return None
    m, asked, who_, one = said
    how, not_, end = keyed(m["how"] or ""), bool(m["not"]), m["end"]
    if m["fine"]:
        return None if how or not_ or asked else present(who_, one, "do", "beautiful calligraphy", end=end)
    if how == "biết":
        if asked:
            return f"Can {who_} do calligraphy?"
        can = "can't" if not_ else "can"
        return capitalised(f"{who_} {can} do calligraphy{stop(end)}")
    if how == "đang":
        return None if not_ else progressive(who_, be(who_), "writing calligraphy", asked, end)
    return present(who_, one, "do", "calligraphy", asked, not_, end)


def _caller(text: str) -> str | None:
    """"Ông tôi là ông đồ." as "My grandfather is a calligrapher.", "Ông tôi từng là một ông đồ." as "My grandfather
    used to be a calligrapher.", "Bạn có phải là nhà thư pháp không?" as "Are you a calligrapher?" (_CALLER); None
    for anything else, and "ông đồ" (an old man) said of a woman or of one English cannot tell. Many are
    "calligraphers" ("Họ là nhà thư pháp." as "They're calligraphers.")."""
    said = _said(_CALLER, text)
    if said is None:
        return None
    m, asked, who_, _ = said
    if keyed(m["what"]) == "ông đồ" and not (who_ == "he" or his_her_of(m) == "his"):
        return None
    what = "calligraphers" if who_ in ("we", "they") else "a calligrapher"
    if asked:
        return f"{be(who_).capitalize()} {who_} {what}?"
    if m["past"]:
        return capitalised(f"{who_} used to be {what}{stop(m['end'])}")
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {what}") + stop(m["end"]))


def _asking(text: str) -> str | None:
    """"Ông tôi đi xin chữ ở Văn Miếu." as "My grandfather went to the Temple of Literature to ask for a calligraphy
    word.", "Ngày mai tôi sẽ đi xin chữ." as "I'll go to ask for a calligraphy word tomorrow.", "Bố tôi đi xin chữ
    rồi." as "My father has gone to ask for a calligraphy word.", "Hôm qua bạn có đi xin chữ không?" as "Did you go
    to ask for a calligraphy word yesterday?" (_ASKING); None for anything else, a day behind with "sẽ" or ahead
    with "đã", and "không" but with "muốn"."""
    said = _said(_ASKING, text)
    if said is None:
        return None
    m, asked, who_, one = said
    aux, way, end = keyed(m["aux"] or ""), NEAR_WAY.get(keyed(m["day"] or "")), m["end"]
    day = f" {_DAYS[keyed(m['day'])]}" if m["day"] else ""
    rest = f"{'to the Temple of Literature ' if m['place'] else ''}to ask for a calligraphy word{day}"
    if aux == "muốn":
        if m["done"] or way == "behind":
            return None
        return present(who_, one, "want to go", rest, asked, bool(m["not"]), end)
    if m["not"]:
        return None
    if asked:
        return f"Did {who_} go {rest}?" if way == "behind" and not (aux or m["done"]) else None
    if m["done"]:
        return _has(who_, one, f"gone {rest}") + stop(end) if aux in ("", "đã") and not day else None
    if aux == "sẽ" or aux == "" and way == "ahead":
        return capitalised(contracted(who_, f"will go {rest}")) + stop(end) if way != "behind" else None
    return capitalised(f"{who_} went {rest}{stop(end)}") if way != "ahead" else None


def _every(text: str) -> str | None:
    """"Tết nào bố tôi cũng đi xin chữ." as "My father goes to ask for a calligraphy word every Tet.", "Năm nào chúng
    tôi cũng xin chữ ở Văn Miếu." as "We ask for a calligraphy word at the Temple of Literature every year."
    (_EVERY_ASKING); None for anything else, asked, and "đều" of many (all of them, or both?)."""
    m = next((m for p in _EVERY_ASKING if (m := p.fullmatch(text))), None)
    said = m and "?" not in m["end"] and _person(m, False)
    if not said or m.groupdict().get("all") and said[0] in ("we", "they"):
        return None
    every = _EVERY[keyed(m["every"])]
    if m["go"]:
        place = "to the Temple of Literature " if m["place"] else ""
        return present(*said, "go", f"{place}to ask for a calligraphy word {every}", end=m["end"])
    place = " at the Temple of Literature" if m["place"] else ""
    return present(*said, "ask", f"for a calligraphy word{place} {every}", end=m["end"])


def _hang(text: str) -> str | None:
    """"Ông tôi đã treo một bức thư pháp trong phòng khách." as "My grandfather hung a calligraphy scroll in the
    living room.", "Chúng tôi vừa treo một bức thư pháp lên tường." as "We've just hung a calligraphy scroll on the
    wall.", "Tết nào ông tôi cũng treo chữ." as "My grandfather hangs calligraphy every Tet." (_HANG); None for
    anything else, asked, and "treo" with no word of when (hangs, or hung?)."""
    m = _HANG.fullmatch(text)
    said = m and "?" not in m["end"] and _person(m, False)
    if not said or bool(m["every"]) != bool(m["also"]) or keyed(m["what"]) == "chữ" and not m["every"]:
        return None
    who_, one = said
    aux, end = keyed(m["aux"] or ""), m["end"]
    rest = f"{_HUNG[keyed(m['what'])]}{' ' + _WHERE[keyed(m['where'])] if m['where'] else ''}"
    if m["every"]:
        return None if aux or m["done"] else present(who_, one, "hang", f"{rest} {_EVERY[keyed(m['every'])]}",
                                                     end=end)
    if aux in ("sẽ", "đang"):
        if m["done"]:
            return None
        return capitalised(contracted(who_, f"will hang {rest}") if aux == "sẽ" else
                           contracted(who_, f"{be(who_)} hanging {rest}")) + stop(end)
    if aux in ("vừa", "mới", "vừa mới") or m["done"]:
        return _has(who_, one, f"{'just ' * bool(aux and aux != 'đã')}hung {rest}") + stop(end)
    return capitalised(f"{who_} hung {rest}{stop(end)}") if aux == "đã" else None


def _en_said(m: re.Match) -> tuple[str, bool, str, bool, bool] | None:
    """Who of a match over WHO_EN in Vietnamese and whether one (mt.hobbies.who_vi), the first auxiliary written out
    in small letters (the question's, or who's: "does", "'s", "can", ""), whether denied, and whether asked; None
    for a pet, "I" asked, both a question's word and an auxiliary, and a "?" on a statement or none on a question."""
    if animal(m) or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    who_, one = who_vi(m)
    aux = (m["q"] or m["aux"] or "").lower().replace("can't", "can not").replace("cannot", "can not")
    words = aux.replace("won't", "will not").replace("n't", " not").replace("'", " '").split()
    if m["q"] and who_ == "tôi":
        return None
    return who_, one, (words or [""])[0], "not" in words, bool(m["q"])


def _vi(who_: str, said: str, asked: bool = False) -> str:
    """A Vietnamese sentence of who and what is said of them: "Mẹ tôi đang học thư pháp.", asked "Bạn có … không?"."""
    return capitalised(f"{who_} có {said} không?" if asked else f"{who_} {said}.")


def _learn_vi(text: str) -> str | None:
    """"I'm learning calligraphy." as "Tôi đang học thư pháp.", "Do you want to learn calligraphy?" as "Bạn có muốn học
    thư pháp không?", "She has just started learning calligraphy." as "Cô ấy vừa bắt đầu học thư pháp." (_LEARN_EN);
    None for anything else, and where the verb does not agree with who ("She are", "He want")."""
    m = _LEARN_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said:
        return None
    who_, one, first, not_, asked = said
    verb = keyed(m["verb"])
    if not first_agrees(first, who_, one):
        return None
    if verb in ("learning", "studying"):
        if first not in ("is", "am", "are", "'s", "'m", "'re") or not_ or m["just"]:
            return None
        return _vi(who_, "đang học thư pháp", asked)
    if verb.startswith("want"):
        if m["just"] or first not in ("", "do", "does") or verb.startswith("wants") != (one and not first):
            return None
        return _vi(who_, f"{'không ' * not_}muốn học thư pháp", asked)
    if first not in ("", "has", "have", "'s", "'ve") or not_ or asked:
        return None
    return _vi(who_, f"{'vừa' if m['just'] else 'đã'} bắt đầu học thư pháp")


def _write_vi(text: str) -> str | None:
    """"My grandfather does beautiful calligraphy." as "Ông tôi viết thư pháp rất đẹp.", "Can you do calligraphy?" as
    "Bạn có biết viết thư pháp không?", "Does your grandfather do calligraphy?" as "Ông bạn có viết thư pháp không?",
    "He's writing calligraphy." as "Anh ấy đang viết thư pháp." (_WRITE_EN); None for anything else, and where the
    verb does not agree with who."""
    m = _WRITE_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said or not first_agrees(said[2], *said[:2]):
        return None
    who_, one, first, not_, asked = said
    verb, fine = m["verb"], bool(m["fine"])
    if verb in ("doing", "writing"):
        ok = first in ("is", "am", "are", "'s", "'m", "'re") and not (not_ or fine)
        return _vi(who_, "đang viết thư pháp", asked) if ok else None
    if first == "can":
        ok = verb in ("do", "write") and not fine
        return _vi(who_, f"{'không ' * not_}biết viết thư pháp", asked) if ok else None
    if first in ("do", "does"):
        ok = verb in ("do", "write") and (asked or not_) and not fine
        return _vi(who_, f"{'không ' * not_}viết thư pháp", asked) if ok else None
    if first or verb.endswith("s") != one:
        return None
    return _vi(who_, f"viết thư pháp{' rất đẹp' * fine}")


def _fine_vi(text: str) -> str | None:
    """"My grandfather's calligraphy is beautiful." as "Ông tôi viết thư pháp rất đẹp.", "Her calligraphy is
    beautiful." as "Cô ấy viết thư pháp rất đẹp." (_FINE_EN); None for anything else, and a pet's."""
    m = _FINE_EN.fullmatch(text)
    if not m or m["someone"] and pet(m["someone"], "en"):
        return None
    who_ = WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")
    return who_ and _vi(who_, "viết thư pháp rất đẹp")


def _caller_vi(text: str) -> str | None:
    """"My grandfather is a calligrapher." as "Ông tôi là một nhà thư pháp.", "Is he a calligrapher?" as "Anh ấy có
    phải là nhà thư pháp không?", "She used to be a calligrapher." as "Cô ấy từng là một nhà thư pháp." (_CALLER_EN);
    None for anything else, where "is" does not agree with who, and many said to be "a calligrapher" ("They're a
    calligrapher.")."""
    m = _CALLER_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said or said[0] in ("họ", "chúng tôi"):
        return None
    who_, one, first, not_, asked = said
    if m["used"]:
        return None if asked else _vi(who_, "từng là một nhà thư pháp")
    if first not in ("is", "am", "are", "'s", "'m", "'re") or not first_agrees(first, who_, one):
        return None
    if asked:
        return _vi(who_, "phải là nhà thư pháp", True)
    return _vi(who_, "không phải là nhà thư pháp" if not_ else "là một nhà thư pháp")


def _asking_vi(text: str) -> str | None:
    """"My grandfather went to the Temple of Literature to ask for a calligraphy word." as "Ông tôi đã đi xin chữ ở
    Văn Miếu.", "My father goes to ask for a calligraphy word every Tet." as "Tết nào bố tôi cũng đi xin chữ.", "I'll
    go to ask for a calligraphy word tomorrow." as "Ngày mai tôi sẽ đi xin chữ.", "Do you want to go to ask for a
    calligraphy word?" as "Bạn có muốn đi xin chữ không?" (_ASKING_EN); None for anything else, a day against the
    tense, and where a verb does not agree with who."""
    m = _ASKING_EN.fullmatch(text)
    said = m and _en_said(m)
    if not said or not first_agrees(said[2], *said[:2]):
        return None
    who_, one, first, not_, asked = said
    verb, every, at = keyed(m["verb"]), m["every"], " ở Văn Miếu" if m["place"] else ""
    day = _DAYS_EN[m["day"].lower()] if m["day"] else ""
    way, go = NEAR_WAY.get(day), f"đi xin chữ{at}"
    on = f"{day} " if day else ""
    if verb.startswith("want"):
        if day or every or first not in ("", "do", "does") or verb.startswith("wants") != (one and not first):
            return None
        return _vi(who_, f"{'không ' * not_}muốn {go}", asked)
    if every:  # (a habit: "goes", "go")
        ok = verb in ("go", "goes") and not first and verb.endswith("s") == one
        return f"{_EVERY_VI[every.lower()]} nào {who_} cũng {go}." if ok else None
    if not_ or way == ("behind" if first in ("will", "'ll") else "ahead"):
        return None
    if verb == "went" and not first:
        return capitalised(f"{on}{who_} {go}." if day else f"{who_} đã {go}.")
    if verb == "gone" and first in ("has", "have", "'s", "'ve"):
        return None if day else _vi(who_, f"{go} rồi")
    if verb == "go" and first == "did":
        return capitalised(f"{on}{who_} có {go} không?")
    if verb == "go" and first in ("will", "'ll"):
        return capitalised(f"{on}{who_} sẽ {go}.")
    return None


def _hang_vi(text: str) -> str | None:
    """"My grandfather hung a calligraphy scroll in the living room." as "Ông tôi đã treo một bức thư pháp trong phòng
    khách.", "We've just hung a calligraphy scroll on the wall." as "Chúng tôi vừa treo một bức thư pháp lên tường.",
    "My grandfather hangs calligraphy every Tet." as "Tết nào ông tôi cũng treo thư pháp." (_HANG_EN); None for
    anything else, and where a verb does not agree with who."""
    m = _HANG_EN.fullmatch(text)
    if not m or animal(m) or "?" in m["end"]:
        return None
    who_, one = who_vi(m)
    aux = (m["aux"] or "").lower().replace("'", " '").split()
    first, verb, every = (aux or [""])[0], m["verb"], m["every"]
    hung = f"treo {_HUNG_VI[keyed(m['what'])]}{' ' + _WHERE_VI[keyed(m['where'])] if m['where'] else ''}"
    if "not" in aux or "n't" in (m["aux"] or "") or not first_agrees(first, who_, one) or \
            every and (first or m["just"]):
        return None
    if every:
        ok = verb in ("hang", "hangs") and verb.endswith("s") == one
        return f"{_EVERY_VI[every.lower()]} nào {who_} cũng {hung}." if ok else None
    if verb == "hung" and first in ("", "has", "have", "'s", "'ve"):
        tense = "vừa" if m["just"] else "đã"
        return _vi(who_, f"{tense} {hung}{' rồi' * bool(first and not m['just'])}")
    if m["just"]:
        return None
    if verb == "hang" and first in ("will", "'ll"):
        return _vi(who_, f"sẽ {hung}")
    if verb == "hanging" and first in ("is", "am", "are", "'s", "'m", "'re"):
        return _vi(who_, f"đang {hung}")
    return None
