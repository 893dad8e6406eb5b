"""Getting papers certified, both ways, written whole by rule: documents, a degree, a copy of an ID card notarised or
certified, a certified copy made, papers taken to be notarised, a land-use certificate ("sổ đỏ", the red book) got, a
birth certificate got for a child, and the notary's office (where, what time it opens). v8 (the rules on) reads
"công chứng" as work or the public, "sổ đỏ" as a red book and "notarised" as not recognised: "Tôi phải đi công chứng
giấy tờ." → "I must go to paperwork.", "Tôi mang bằng đại học đi công chứng." → "I brought college to work.", "Tôi
cần công chứng bản sao căn cước." → "I need to witness the footnote base.", "Bố tôi mới làm sổ đỏ." → "My father was
made a red book.", "Bạn đã công chứng giấy tờ chưa?" → "Do you have certificateed the paper?", "Phòng công chứng ở
đâu?" → "Where is the proof?"; "I have to get my documents notarised." → "Tôi phải lấy tài liệu của tôi.", "I took my
university degree to be notarised." → "Tôi lấy mức độ không được nhận ra.", "Have you had your documents notarised
yet?" → "Bạn vẫn chưa biết tài liệu của mình?", "We've had the contract notarised." → "Chúng tôi đã có hợp đồng không
được thừa nhận.", "Where is the notary's office?" → "Văn phòng của thanh quản ở đâu?".

Taken: who (mt.hobbies.WHO, WHO_EN) gets a paper of DOCS (or a copy of it) notarised ("công chứng") or certified
("chứng thực"), a certified copy made ("sao y", "photo công chứng"), takes it to be notarised ("mang … đi công
chứng"), at the notary's office or the ward office, gets a copy of a paper or a birth certificate for a child ("xin"),
gets a land-use certificate ("làm sổ đỏ"): has to, needs to, wants to, will, is doing it, did, has done, has just
done, has not yet, asked ("có cần … không?", "… chưa?"), need not; where the notary's office is, what time it opens or
closes, whether there is one near here. Left: anything said with no tense word ("Tôi mang bằng đại học đi công
chứng.", "Tôi đi xin giấy khai sinh cho con.": did it, does it, or is going?), a certificate got or a copy asked for
in the past ("đã xin": got, or only asked?), "anh", "chị", "em" alone saying it, a name alone with whose papers
(his or hers?; "Lan … his": another's), "Tôi" asked whether done, a birth certificate for a child whose is not said
got by a parent, a grandparent or one courting (his, or the speaker's?), or for a wife's or husband's own child
("her son": not the couple's), a land-use certificate "got" asked with no "yet" (has one?), "sổ hồng", a red book
(English) that may be a book, papers had, lost or brought (mt/papers.py, mt/bring_along.py), counted copies, and
anything else.
mt.phrasebook.translate tries these after mt/deposits.py.

    >>> translate("Bố tôi mới làm sổ đỏ.", "vi", "en"), translate("I took my degree to be notarised.", "en", "vi")
    ('My father has just got a land-use certificate (red book).', 'Tôi đã mang bằng đại học đi công chứng.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, animal, be_agrees, who, who_vi, whose_own
from .lazy_re import lazy
from .names import woman_named
from .people import NAMED_WHO
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, SOFTENED_QUESTION, WHOSE_OF, agreement_asked, alternatives, capitalised, contracted,
                   keyed, stop)

_KEYS = {"vi": lazy(r"(?i:công\s+chứng|chứng\s+thực|sao\s+y|sổ\s+đỏ|khai\s+sinh)"),
         "en": lazy(r"(?i:notar|certif|land-use|land\s+use)")}
# the papers (the first Vietnamese of each is written back); "documents" are many, "the contract" no one's own
DOCS = {"giấy tờ": "documents", "bằng đại học": "university degree", "bằng tốt nghiệp": "diploma",
        "bảng điểm": "transcript", "căn cước": "ID card", "thẻ căn cước": "ID card", "căn cước công dân": "ID card",
        "chứng minh nhân dân": "ID card", "chứng minh thư": "ID card", "hộ chiếu": "passport",
        "giấy khai sinh": "birth certificate", "sổ hộ khẩu": "household registration book",
        "bằng lái xe": "driving licence", "hợp đồng": "contract"}
DOCS_VI = {en.lower(): vi for vi, en in reversed(DOCS.items())} | {"papers": "giấy tờ", "degree": "bằng đại học",
                                                                   "identity card": "thẻ căn cước"}
_PLACES = {"ở phòng công chứng": "at the notary's office", "ở văn phòng công chứng": "at the notary's office",
           "ở phường": "at the ward office", "ở ủy ban phường": "at the ward office",
           "ở uỷ ban phường": "at the ward office", "ở ubnd phường": "at the ward office"}
_PLACES_VI = {"at the notary's": "ở phòng công chứng", "at the notary's office": "ở phòng công chứng",
              "at the ward office": "ở phường"}
_CHILDREN = {"con": "child", "con trai": "son", "con gái": "daughter", "bé": "baby"}
_CHILDREN_VI = {en: vi for vi, en in _CHILDREN.items()}
# whose a child is, whose not said, by who gets the certificate (_child_of): a wife's or husband's is the couple's
# ("my wife" → "our"), a parent's or one courting's not known (the speaker's own, a grandchild, or theirs?)
_COUPLED, _COUPLES = {"wife", "husband"}, {"my": "our", "our": "our", "your": "your", "his": "their", "her": "their",
                                          "their": "their"}
_UNSURE_OF_CHILD = {"father", "mother", "grandfather", "grandmother", "boyfriend", "girlfriend"}
# the forms of the English verb (base, -ing, past, with "have"): "get … notarised", "have had … notarised"
_GET, _HAD = ("get", "getting", "got", "got"), ("get", "getting", "got", "had")
_TAKE = ("take", "taking", "took", "taken")

# who does what ("Tôi phải đi công chứng giấy tờ.", "Bạn đã công chứng giấy tờ chưa?", "Bố tôi mới làm sổ đỏ.")
_AUX = r"(?P<aux>(?i:phải|cần|muốn|sẽ|đã|vừa\s+mới|vừa|mới|đang|chưa|không\s+cần|không\s+phải))"
_DOC = rf"(?P<copy>bản\s+sao\s+)?(?P<doc>(?i:{alternatives(DOCS)}))"
_FOR = rf"\s+cho\s+(?P<child>{alternatives(_CHILDREN)})(?:\s+(?:của\s+)?(?P<cwhose>{alternatives(OWNERS)}))?"
_DOES = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:{_AUX}\s+)?(?:(?P<go>đi)\s+)?"
             rf"(?:(?P<verb>công\s+chứng|chứng\s+thực|sao\s+y|photo\s+công\s+chứng|xin)\s+{_DOC}(?:{_FOR})?|"
             r"(?P<take>mang|đem)\s+(?P<copy2>bản\s+sao\s+)?(?P<doc2>(?i:" + alternatives(DOCS) + r"))\s+đi\s+"
             r"(?P<verb2>công\s+chứng|chứng\s+thực)|(?P<red>làm\s+sổ\s+đỏ))"
             rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES)})))?(?:\s+(?P<done>rồi))?"
             r"(?:\s+(?P<chua>chưa)(?=\s*\?))?" + ASKED_END)
# the notary's office: where, when open, near here
_OFFICE = r"(?:[Pp]hòng|[Vv]ăn\s+phòng)\s+công\s+chứng"
_OFFICE_MID = r"(?:phòng|văn\s+phòng)\s+công\s+chứng"  # (within the sentence)
_HOURS = lazy(rf"(?:{_OFFICE}\s+(?P<verb>mở|đóng)\s+cửa\s+(?:vào\s+)?lúc\s+mấy\s+giờ|(?i:mấy\s+giờ)\s+(?:thì\s+)?"
              rf"{_OFFICE_MID}\s+(?P<verb2>mở|đóng)\s+cửa){SOFTENED_QUESTION}")
_WHERE = lazy(rf"{_OFFICE}(?P<near>\s+gần\s+nhất)?\s+ở\s+đâu{SOFTENED_QUESTION}|(?P<here>(?i:gần\s+đây)\s+có\s+"
              rf"{_OFFICE_MID}\s+nào\s+không){SOFTENED_QUESTION}")

# ... and in English
_THING_EN = (rf"(?:(?P<copy>a\s+copy|copies)\s+of\s+|(?P<ccopy>a\s+certified\s+copy|certified\s+copies)\s+of\s+)?"
             rf"(?P<owner>(?i:{WHOSE_WORDS}|the))\s+(?P<doc>(?i:{alternatives(DOCS_VI)}))")
_AUX_EN = (r"(?P<aux>\s+(?:do|does)\s+not\s+(?:need|have)\s+to|\s+(?:don|doesn)['’]t\s+(?:need|have)\s+to|"
           r"\s+(?:have|has|need|needs|want|wants)\s+to|\s+will|['’]ll|\s+(?:have|has)(?:\s+not|n['’]t)?|"
           r"['’](?:ve|s|m|re)|\s+(?:am|is|are))?")
_DOES_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}{_AUX_EN}(?:\s+(?P<adv>just|already))?\s+"
                r"(?P<verb>get|got|getting|had|take|took|taking|taken)\s+"
                rf"(?:{_THING_EN}(?:\s+(?P<to>to\s+be\s+)?(?P<done>notari[sz]ed|certified))?|a\s+birth\s+certificate"
                rf"\s+for\s+(?P<cwhose>(?i:{WHOSE_WORDS}))\s+(?P<child>child|son|daughter|baby)|"
                r"(?P<red>a\s+land[-\s]use\s+(?:right\s+)?certificate(?:\s+\(red\s+book\))?))"
                r"(?:\s+(?P<place>at\s+the\s+notary['’]s(?:\s+office)?|at\s+the\s+ward\s+office))?"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_OFFICE_EN = r"notary(?:['’]s)?\s+office|notary['’]s"
_HOURS_EN = lazy(rf"What\s+time\s+does\s+the\s+(?:{_OFFICE_EN})\s+(?P<verb>open|close)\s*\?+")
_WHERE_EN = lazy(rf"(?:Where\s+is|Where['’]s)\s+the\s+(?P<near>nearest\s+)?(?:{_OFFICE_EN})\s*\?+|"
                 rf"(?P<here>Is\s+there\s+an?\s+(?:{_OFFICE_EN})\s+(?:near\s+here|nearby|around\s+here))\s*\?+")


@key_checked(_KEYS, agreement=None)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who gets papers notarised or certified, a copy, a birth
    certificate or a land-use certificate, or where the notary's office is and when it opens; None for any other."""
    if src == "vi":  # ("… nhỉ.": asks to be agreed with, not said)
        return None if agreement_asked(text) else _does(text) or _office(text)
    return _does_vi(text) or _office_vi(text)


def _asked(m: re.Match) -> str | None:
    """How a match of _DOES asks: "" said, "không" ("có cần … không?"), "chưa" ("… chưa?"); None where the "?" and
    the asking words do not go together, or "có" asks what only "cần", "phải", "muốn" ask with."""
    asked = keyed(m["asked"] or m["chua"] or "")
    aux = keyed(m["aux"] or "")
    if bool(asked) != ("?" in m["end"]) or m["ask"] and (asked != "không" or aux not in ("cần", "phải", "muốn")):
        return None
    if asked == "không" and aux not in ("cần", "phải", "muốn") or asked == "chưa" and aux not in ("", "đã"):
        return None  # ("Bạn đã công chứng giấy tờ không?": did, or have?)
    return asked


def _thing(m: re.Match, who_: str) -> tuple[str, tuple[str, str, str, str]] | None:
    """What a match of _DOES gets done in English after the verb, and the verb's forms: ("my documents notarised",
    _HAD), ("a copy of my ID card certified", _HAD), ("a certified copy of her passport", _GET), ("my degree to be
    notarised", _TAKE), ("a birth certificate for my child", _GET), ("a land-use certificate (red book)", _GET);
    None where whose is not known (a name alone) or the shape is not one English says."""
    if m["red"]:
        return "a land-use certificate (red book)", _GET
    whose = whose_own(m, who_)
    doc = DOCS[keyed(m["doc"] or m["doc2"])]
    if whose is None and doc != "contract" or m["go"] and m["take"]:
        return None
    paper = f"the {doc}" if doc == "contract" else f"{whose} {doc}"
    if m["copy"] or m["copy2"]:
        paper = f"{'copies' if doc == 'documents' else 'a copy'} of {paper}"
    verb = keyed(m["verb"] or m["verb2"])
    done = "notarised" if verb == "công chứng" and not m["copy"] and not m["copy2"] else "certified"
    if m["take"]:
        return f"{paper} to be {done}", _TAKE
    if verb != "xin" and m["child"] or verb == "xin" and not (m["copy"] or m["child"] and doc == "birth certificate"):
        return None  # ("xin giấy khai sinh": a new one or a copy?)
    if m["child"]:
        owner = OWNERS[keyed(m["cwhose"])] if m["cwhose"] else _child_of(m, whose)
        if m["copy"] or owner is None:
            return None
        return f"a birth certificate for {owner} {_CHILDREN[keyed(m['child'])]}", _GET
    if verb == "xin":
        return paper, _GET
    if verb in ("sao y", "photo công chứng"):
        many = doc == "documents"
        return None if m["copy"] else (f"{'certified copies' if many else 'a certified copy'} of {paper}", _GET)
    return f"{paper} {done}", _HAD


def _child_of(m: re.Match, whose: str) -> str | None:
    """Whose a child ("cho con", whose not said) of a match of _DOES is, who's own `whose` said: the couple's for a
    wife or husband ("Vợ tôi … cho con gái": our daughter, not hers alone); None for a parent, a grandparent or one
    courting ("Bố tôi … cho con": his, or the speaker's own, his grandchild?)."""
    kin = NAMED_WHO.get(keyed(m["kin"] or ""))
    if kin in _COUPLED:
        return _COUPLES[OWNERS[keyed(m["whose"])]]
    return None if kin in _UNSURE_OF_CHILD else whose


def _does(text: str) -> str | None:
    """"Tôi phải đi công chứng giấy tờ." as "I have to get my documents notarised.", "Tôi cần công chứng bản sao căn
    cước." as "I need to get a copy of my ID card certified.", "Bạn đã công chứng giấy tờ chưa?" as "Have you had your
    documents notarised yet?", "Tôi đã mang bằng đại học đi công chứng." as "I took my university degree to be
    notarised.", "Bố tôi mới làm sổ đỏ." as "My father has just got a land-use certificate (red book)." (_DOES); None
    for anything else, and for a sentence with no tense word ("Tôi mang bằng đại học đi công chứng.")."""
    m = _DOES.fullmatch(text)
    if not m or animal(m) or (asked := _asked(m)) is None:
        return None
    said = who(m, bool(asked))
    thing = said and _thing(m, said[0])
    if not thing or asked == "chưa" and said[0] == "I":
        return None  # (asked of oneself whether done)
    (who_, one), (rest, (base, ing, past, perf)) = said, thing
    rest += f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    aux, done = keyed(m["aux"] or ""), bool(m["done"])
    verb = keyed(m["verb"] or "")
    if verb in ("xin", "sao y", "photo công chứng") and aux not in ("phải", "cần", "muốn", "sẽ", "không cần", "đã"):
        return None  # (a copy or a certificate asked for: "đã xin" may be asked, not got; "có … không" below)
    if verb == "xin" and aux == "đã" or done and aux not in ("", "đã") or not (aux or done or asked):
        return None
    do, have, be = ("does", "has", "is") if one else ("do", "have", "am" if who_ == "I" else "are")
    if asked == "không":
        need = {"cần": "need", "phải": "have", "muốn": "want"}[aux]
        return f"{do.capitalize()} {who_} {need} to {base} {rest}?"
    if asked == "chưa":
        return f"{have.capitalize()} {who_} {perf} {rest} yet?"
    end = stop(m["end"])
    said_ = {"phải": f"{have} to {base}", "cần": f"need{'s' * one} to {base}", "muốn": f"want{'s' * one} to {base}",
             "không cần": f"{do}n't need to {base}", "không phải": f"{do}n't have to {base}", "sẽ": f"will {base}",
             "đang": f"{be} {ing}", "vừa": f"{have} just {perf}", "mới": f"{have} just {perf}",
             "vừa mới": f"{have} just {perf}", "chưa": f"{have}n't {perf}", "đã": f"{have} {perf}" if done else past,
             "": f"{have} {perf}"}[aux]
    yet = " yet" if aux == "chưa" else ""
    return capitalised(f"{contracted(who_, f'{said_} {rest}')}{yet}{end}")


def _office(text: str) -> str | None:
    """"Phòng công chứng mở cửa lúc mấy giờ?" as "What time does the notary's office open?", "Phòng công chứng gần
    nhất ở đâu?" as "Where is the nearest notary's office?", "Gần đây có phòng công chứng nào không?" as "Is there a
    notary's office near here?" (_HOURS, _WHERE); None for anything else."""
    if m := _HOURS.fullmatch(text):
        return f"What time does the notary's office {'open' if (m['verb'] or m['verb2']) == 'mở' else 'close'}?"
    if m := _WHERE.fullmatch(text):
        return "Is there a notary's office near here?" if m["here"] else \
            f"Where is the {'nearest ' * bool(m['near'])}notary's office?"
    return None


# English as said before the verb (q, aux written out, the verb's form) → Vietnamese before the verb, and how asked
_SAID_VI = {("", "have to", 0): ("phải đi", ""), ("", "need to", 0): ("cần", ""), ("", "want to", 0): ("muốn", ""),
            ("", "not need to", 0): ("không cần", ""), ("", "not have to", 0): ("không phải", ""),
            ("do", "need to", 0): ("có cần", " không"), ("do", "have to", 0): ("có phải", " không"),
            ("do", "want to", 0): ("có muốn", " không"), ("", "will", 0): ("sẽ đi", ""), ("", "be", 1): ("đang đi", ""),
            ("", "", 2): ("đã", ""), ("", "have", 3): ("đã", " rồi"), ("", "have not", 3): ("chưa", ""),
            ("have", "", 3): ("đã", " chưa")}
_THIRD = {"does", "has", "needs", "wants"}  # (said of one: he, she, my mother, a name)
_CANON = {"does": "do", "has": "have", "needs": "need", "wants": "want", "am": "be", "is": "be", "are": "be"}
_FORWARD = {"phải đi", "cần", "muốn", "sẽ đi", "không cần", "có cần", "có phải", "có muốn"}


def _does_vi(text: str) -> str | None:
    """"I have to get my documents notarised." as "Tôi phải đi công chứng giấy tờ.", "I need to get a copy of my ID
    card certified." as "Tôi cần công chứng bản sao căn cước.", "Have you had your documents notarised yet?" as "Bạn đã
    công chứng giấy tờ chưa?", "I took my university degree to be notarised." as "Tôi đã mang bằng đại học đi công
    chứng.", "My father has just got a land-use certificate (red book)." as "Bố tôi vừa làm sổ đỏ." (_DOES_EN); None
    for anything else, where the verb does not agree with who, and whose papers are not who's own."""
    m = _DOES_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    verb = m["verb"]
    forms = _TAKE if verb.startswith(("take", "took")) else _HAD if m["done"] and not m["to"] else _GET
    if verb not in forms or bool(m["to"]) != (forms == _TAKE) or (m["ccopy"] or m["child"] or m["red"]) and m["done"]:
        return None
    if m["owner"] and not m["done"] and not (m["copy"] or m["ccopy"]) or m["copy"] and m["ccopy"]:
        return None  # ("get my passport": had, or got a new one?)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    aux = {"'ve": "have", "'ll": "will", "'m": "am", "'re": "are", "'s": "has" if verb == forms[3] else "is"}.get(
        aux, aux)
    q, first = (m["q"] or "").lower(), (m["q"] or aux or "-").lower().split()[0]
    words = [_CANON.get(w, w) for w in f"{q} {aux}".split()]
    having = words[:1] == ["have"]  # ("has got": the form with "have", not the past)
    if words[:2] == ["do", "not"]:
        words = words[1:]
    form = 3 if verb == forms[3] and having else forms.index(verb)
    said = _SAID_VI.get((q and words[0], " ".join(words[1:] if q else words), form))
    agrees = be_agrees(m, first) if first in ("am", "is", "are") else first == "will" or (first in _THIRD) == one
    if said is None or aux and not agrees or q and not agrees:
        return None
    if m["adv"] and (said[0] != "đã" or q or form != 3) or m["yet"] and said[1] == " rồi" or m["yet"] and form != 3:
        return None
    if m["red"] and form == 3 and not (q and m["yet"] or m["adv"]):
        return None  # ("She's got a land-use certificate.", "Have you got …?": has one)
    if not (m["done"] or m["red"]) and said[0] not in _FORWARD and not (m["ccopy"] and said[0] == "đã" and form == 2):
        return None  # (a copy or a certificate got: asked for, or got?)
    if m["owner"] and (m["owner"].lower() != "the" and not _own(m, m["owner"], who_, one) or
                       keyed(m["owner"]) == "the" and DOCS_VI[m["doc"].lower()] != "hợp đồng"):
        return None
    if m["child"] and (m["kin"] or "").lower() in _COUPLED and _own(m, m["cwhose"], who_, one):
        return None  # ("My wife … her son": hers alone, where "Vợ tôi … cho con trai" is the couple's)
    does, tail = said
    if m["adv"] == "just":
        does, tail = "vừa", ""
    if forms == _TAKE or m["red"]:
        does = does.removesuffix(" đi")  # ("phải mang …", "sẽ làm sổ đỏ")
    place = f" {_PLACES_VI[keyed(m['place'].replace('’', chr(39)))]}" if m["place"] else ""
    return capitalised(f"{who_} {does} {_doing_vi(m, who_, one)}{place}{tail}{'?' if q else stop(m['end'])}")


def _own(m: re.Match, whose: str, who_: str, one: bool) -> bool:
    """Whether `whose` ("my", "her") is who's own of a match of WHO_EN (`who_`, `one` as who_vi gives them): "I … my",
    "My mother … her", "Lan … her" (a woman's name: mt.names.woman_named) and no other name alone (English names
    are not told apart, as mt/ironing.py leaves them; "Minh … his" may be another man's)."""
    own = WHOSE_OF[m["who"].lower()] if m["who"] else his_her(who_) if m["kin"] else None
    if m["given"]:  # ("Lan … his", "John … her": another's)
        return whose.lower() == "her" and woman_named(m["given"])
    return whose.lower() == own or own is None and one and whose.lower() in ("his", "her")


def _doing_vi(m: re.Match, who_: str, one: bool) -> str:
    """What a match of _DOES_EN gets done, in Vietnamese: "công chứng giấy tờ", "chứng thực bằng đại học", "công
    chứng bản sao căn cước", "sao y hộ chiếu", "mang bằng đại học đi công chứng", "xin giấy khai sinh cho con",
    "xin bản sao giấy khai sinh", "làm sổ đỏ"."""
    if m["red"]:
        return "làm sổ đỏ"
    if m["child"]:
        whose = m["cwhose"].lower()
        owner = "" if _own(m, whose, who_, one) else f" {WHOSE_VI[whose]}"
        child = "con" if owner and m["child"] == "baby" else _CHILDREN_VI[m["child"]]  # (not "bé chúng tôi")
        return f"xin giấy khai sinh cho {child}{owner}"
    doc = DOCS_VI[keyed(m["doc"])]
    if m["ccopy"]:
        return f"sao y {doc}"
    if not m["done"]:
        return f"xin bản sao {doc}"
    copy = "bản sao " if m["copy"] else ""
    verb = "công chứng" if m["done"].startswith("notar") or copy else "chứng thực"
    return f"mang {copy}{doc} đi {verb}" if m["to"] else f"{verb} {copy}{doc}"


def _office_vi(text: str) -> str | None:
    """"What time does the notary's office open?" as "Phòng công chứng mở cửa lúc mấy giờ?", "Where is the nearest
    notary's office?" as "Phòng công chứng gần nhất ở đâu?", "Is there a notary's office near here?" as "Gần đây có
    phòng công chứng nào không?" (_HOURS_EN, _WHERE_EN); None for anything else."""
    if m := _HOURS_EN.fullmatch(text):
        return f"Phòng công chứng {'mở' if m['verb'] == 'open' else 'đóng'} cửa lúc mấy giờ?"
    if m := _WHERE_EN.fullmatch(text):
        return "Gần đây có phòng công chứng nào không?" if m["here"] else \
            f"Phòng công chứng{' gần nhất' * bool(m['near'])} ở đâu?"
    return None
