"""Passports and ID cards got, replaced and renewed, and temporary residence registered, both ways, written whole by
rule: who has to, needs to, wants to, plans to or will get a new one, get one, renew theirs or go and collect it, is
doing it, has done it or not yet; whose passport or ID card is ready (or not yet), is about to expire or expired long
ago; who has lost an ID card, and lost one so must get a new one; how long it takes; when one can get one's passport.
v8 (the rules on) reads "căn cước" as a footnote, "gia hạn" as a limit and "tạm trú" as temporary: "Tôi phải đi làm
lại hộ chiếu." → "I have to go back to passport.", "Tôi phải đi làm lại căn cước." → "I have to leave the footnotes.",
"Mẹ tôi cần làm lại chứng minh thư." → "My mother needs to replicate the message.", "Tôi đã gia hạn hộ chiếu rồi." →
"I limited passport.", "Hộ chiếu của tôi có rồi." → "My passport There is already.", "Tôi đăng ký tạm trú rồi." → "I
register temporary.", "Bạn đã đăng ký tạm trú chưa?" → "Do you register the temporary?"; and back, "I have to get my
passport renewed." → "Tôi phải lấy hộ chiếu của tôi đổi mới.", "Have you renewed your passport yet?" → "Bạn có phải
đổi mới các cuộc chiếu hộ chiếu chưa?", "How long does it take to get an ID card?" → "Phải lấy một thẻ nhận dạng bao
lâu?", "I've registered my temporary residence." → "Tôi đã đăng ký tên miền tạm thời của tôi.".

Taken: who (mt.hobbies.WHO, WHO_EN; not "we", "they" but for residence, not a pet) getting a passport or an ID card
(hộ chiếu; căn cước, CCCD, chứng minh thư, CMND …): "làm" (get one), "làm lại", "làm mới", "đổi", "làm … mới" (get a
new one), "gia hạn" (renew), "đi lấy" (go and collect), "đăng ký tạm trú" (register one's temporary residence): with
"cần", "phải", "muốn", "định" (said, "không", asked "có … không?"), "sẽ", "đang"; renewed or registered done ("rồi",
"đã … rồi"), just ("vừa"), not yet ("chưa"), asked ("… chưa?"); whose paper ("của …") ready ("có rồi", "làm xong
rồi"), asked ("có chưa?"), not yet ("chưa có"), about to expire ("sắp hết hạn (rồi)"), expired ("hết hạn rồi"), long
ago ("hết hạn lâu rồi"); who has lost an ID card (CCCD too), and lost one "nên phải làm lại" (so has to get a new
one); how long (how many days) it takes; "Khi nào tôi lấy được hộ chiếu?" (when can I get it). Left: "làm", "làm
lại" done ("Tôi đã làm lại hộ chiếu rồi.": got it, or applied?), "đã" with no "rồi", "đi" with no modal nor "sẽ"
(went, or goes?), a plain "có" (had, or ready?), whose without "của" ready ("Hộ chiếu bạn có chưa?": have you got
one?), "nhỉ" on a statement (isn't it?), "cần phải", a name alone with whose own (his or hers?), "we" and "they"
with papers and "của chúng tôi" (one or several?), a passport lost alone (mt/mishaps.py), English "got" (had, or
got?); visas, and
what mt/papers.py (renewing with "cần", "phải", "muốn", expiring, an ID card lost) and mt/visas.py (a passport got
without "đi", how long it takes) take first, as written here; papers brought, left, stolen, notarised (their
modules), and anything else.
mt.phrasebook.translate tries these after mt/water_heaters.py.

    >>> translate("Tôi đăng ký tạm trú rồi.", "vi", "en"), translate("I need a new ID card.", "en", "vi")
    ("I've registered my temporary residence.", 'Tôi cần làm thẻ căn cước mới.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import SOMEONE, SOMEONE_EN, WHO, WHO_EN, animal, own_thing, someone, who, who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, SOFTENED_END, SOFTENED_QUESTION, alternatives, be, capitalised, contracted, keyed,
                   present, third_person)

# the papers (Vietnamese written back: "hộ chiếu", "thẻ căn cước", as mt/papers.py writes them)
_DOCS = {"hộ chiếu": "passport", "căn cước": "ID card", "thẻ căn cước": "ID card", "căn cước công dân": "ID card",
         "thẻ căn cước công dân": "ID card", "cccd": "ID card", "thẻ cccd": "ID card", "chứng minh thư": "ID card",
         "chứng minh nhân dân": "ID card", "giấy chứng minh nhân dân": "ID card", "cmnd": "ID card"}
_DOCS_VI = {"passport": "hộ chiếu", "id card": "thẻ căn cước", "identity card": "thẻ căn cước"}
# what is done (English: base, "-ing", done; None where not said so)
_NEW = ("get a new {doc}", "getting a new {doc}", None)
_ACTS = {"làm lại": _NEW, "làm mới": _NEW, "đổi": _NEW, "làm": ("get {a} {doc}", "getting {a} {doc}", None),
         "gia hạn": ("renew {whose} {doc}", "renewing {whose} {doc}", "renewed {whose} {doc}"),
         "lấy": ("collect {whose} {doc}", None, None),
         "đăng ký tạm trú": ("register {whose} temporary residence", "registering {whose} temporary residence",
                             "registered {whose} temporary residence")}
_MODS = {"cần": "need", "phải": "have", "muốn": "want", "định": "plan"}
_MODS_VI = {"need": "cần", "have": "phải", "has": "phải", "want": "muốn", "plan": "định"}
_PLURAL_WHO = ("we", "they")
_VERBS_EN = {"get": ("get", "base"), "getting": ("get", "ing"), "replace": ("replace", "base"),
             "replacing": ("replace", "ing"), "replaced": ("replace", "past"), "renew": ("renew", "base"),
             "renewing": ("renew", "ing"), "renewed": ("renew", "past"), "register": ("register", "base"),
             "registering": ("register", "ing"), "registered": ("register", "past"), "collect": ("collect", "base"),
             "pick up": ("collect", "base"), "go and collect": ("collect", "base"),
             "go and pick up": ("collect", "base"), "need": ("need", "base"), "needs": ("need", "s")}
_PAIRS = {"my": "I", "your": "you", "his": "he", "her": "she"}  # (whose lost, who gets a new one)
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:hộ\s+chiếu|căn\s+cước|chứng\s+minh|cccd|cmnd|tạm\s+trú)"),
         "en": lazy(r"(?i:passport|id\s+card|identity\s+card|temporary\s+residence)")}

_DOC = rf"(?P<doc>(?i:{alternatives(_DOCS)}))"
_SINGLE = r"(?i:tôi|mình|bạn|anh\s+ấy|cô\s+ấy)"  # (whose a paper is, one: "của chúng tôi" may be several)
_WHOSE = rf"(?:(?P<owner>{_SINGLE})|(?P<someone>{SOMEONE}))"
_WHOSE_DOC = rf"{_DOC}\s+(?:của\s+)?{_WHOSE}"
# done: "Tôi phải đi làm lại căn cước.", "Bạn đã gia hạn hộ chiếu chưa?", "Tôi đăng ký tạm trú rồi."
_DOING = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<not>không|chưa)\s+)?(?:(?P<aux>cần|phải|muốn|định|sẽ|đang|đã|"
              r"vừa\s+mới|vừa)\s+)?(?:(?P<go>đi)\s+)?(?:(?P<act>(?i:làm\s+lại|làm\s+mới|đổi|gia\s+hạn|làm|lấy))\s+"
              rf"{_DOC}(?P<new>\s+mới)?|(?P<reg>đăng\s+ký\s+tạm\s+trú))(?:\s+(?P<done>rồi|chưa))?{ASKED_END}")
# how long: "Làm lại căn cước mất bao lâu?", "Đăng ký tạm trú mất mấy ngày?"
_TAKES = lazy(rf"(?:(?P<act>(?i:làm\s+lại|làm\s+mới|đổi|gia\s+hạn|làm))\s+{_DOC}(?P<new>\s+mới)?|"
              r"(?P<reg>(?i:đăng\s+ký\s+tạm\s+trú)))\s+mất\s+(?P<how>bao\s+lâu|mấy\s+ngày|bao\s+nhiêu\s+ngày)"
              rf"{SOFTENED_QUESTION}")
# ready: "Hộ chiếu của tôi có rồi.", "Căn cước của bạn có chưa?", "Hộ chiếu của mẹ tôi chưa có."; "của" said:
# without it whose is who has one ("Hộ chiếu bạn có chưa?": have you got a passport yet?)
_READY = lazy(rf"{_DOC}\s+của\s+{_WHOSE}\s+(?:(?P<aux>đã|chưa)\s+)?(?:có|làm\s+xong)(?:\s+(?P<done>rồi|chưa))?"
               rf"{SOFTENED_END}")
# expiring: "Hộ chiếu của tôi sắp hết hạn rồi.", "CCCD của tôi hết hạn lâu rồi."
_EXPIRES = lazy(rf"{_WHOSE_DOC}\s+(?:(?P<aux>đã|sắp)\s+)?hết\s+hạn(?:\s+(?P<done>lâu\s+rồi|từ\s+lâu(?:\s+rồi)?|rồi))?"
                rf"{SOFTENED_END}")
# lost: "Tôi bị mất CCCD.", "Tôi bị mất hộ chiếu nên phải làm lại."
_LOST = lazy(rf"{WHO}\s+(?:đã\s+)?(?:bị|làm|đánh)\s+mất\s+{_DOC}(?:\s+rồi)?(?:\s*,?\s+nên\s+(?P<mod>phải|cần)\s+"
             r"(?:đi\s+)?làm\s+(?:lại|mới|cái\s+mới))?\s*(?P<end>[.!]*)")
# when: "Khi nào tôi lấy được hộ chiếu?", "Tôi có thể lấy được căn cước khi nào?"
_WHEN = lazy(rf"(?:(?P<when0>(?i:khi\s+nào|bao\s+giờ))\s+)?{WHO}\s+(?:có\s+thể\s+)?(?:đi\s+)?lấy\s+được\s+{_DOC}"
             rf"(?:\s+(?P<when>khi\s+nào))?{SOFTENED_QUESTION}")

# ... and in English
_DOC_EN = r"(?P<doc>passport|(?i:id|identity)\s+card)"
_WHOSE_EN = rf"(?P<owner>(?i:{WHOSE_WORDS}))"
_OBJ_EN = (rf"(?:(?P<a>an?)\s+(?P<new>new\s+)?{_DOC_EN}|{_WHOSE_EN}\s+(?:{_DOC_EN.replace('doc', 'doc2')}"
           r"(?:\s+(?P<got>renewed|replaced))?|(?P<res>temporary\s+residence))|for\s+(?P<res2>temporary\s+residence))")
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|have|has)\s+not|\s+(?:don|doesn|"
                 r"haven|hasn)['’]t|\s+will|['’]ll|\s+am|\s+is|\s+are|\s+have|\s+has|['’](?:m|re|s|ve))?"
                 r"(?:\s+(?P<adv>just|already))?(?:\s+(?P<mod>needs?|ha(?:ve|s)|wants?|plans?)\s+to)?\s+(?P<verb>"
                 r"get|getting|replace|replacing|replaced|renew|renewing|renewed|register|registering|registered|"
                 rf"(?:go\s+and\s+)?(?:collect|pick\s+up)|needs?)\s+{_OBJ_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_TAKES_EN = lazy(rf"How\s+(?P<how>long|many\s+days)\s+does\s+it\s+take\s+to\s+(?:get\s+(?P<a>an?)\s+(?P<new>new\s+)?"
                 rf"{_DOC_EN}|(?P<verb>replace|renew)\s+(?:(?P<a2>an?)|your)\s+{_DOC_EN.replace('doc', 'doc2')}|"
                 r"(?P<reg>register\s+(?:for\s+)?temporary\s+residence))\s*\?+")
_WHOSE_DOC_EN = rf"(?:(?P<owner>(?i:my|your|his|her))|(?P<someone>{SOMEONE_EN})['’]s)\s+{_DOC_EN}"
_READY_EN = lazy(rf"(?:(?P<q>Is)\s+)?{_WHOSE_DOC_EN}(?P<be>\s+is|['’]s)?(?P<not>\s+not|n['’]t)?\s+ready"
                 r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_EXPIRED_EN = lazy(rf"{_WHOSE_DOC_EN}\s+expired\s+(?:a\s+long\s+time|long)\s+ago\s*(?P<end>[.!]*)")
_LOST_EN = lazy(rf"{WHO_EN}(?P<have>['’]ve|['’]s|\s+have|\s+has)?\s+lost\s+{_WHOSE_EN}\s+{_DOC_EN},?\s+so\s+"
                r"(?P<who2>I|you|he|she)\s+(?P<mod>needs?|ha(?:ve|s))\s+to\s+get\s+a\s+new\s+one\s*(?P<end>[.!]*)")
_WHEN_EN = lazy(rf"When\s+can\s+{WHO_EN}\s+(?:get|collect|pick\s+up)\s+{_WHOSE_EN}\s+{_DOC_EN}\s*\?+")


@key_checked(_KEYS)  # ("Tôi phải đăng ký tạm trú nhỉ.": don't I?)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who gets, renews or collects a passport or an ID card or
    registers their temporary residence, whose is ready or expiring, who lost one, how long it takes or when one can
    get it; None for any other."""
    if src == "vi":
        return _doing(text) or _takes(text) or _ready(text) or _expires(text) or _lost(text) or _when(text)
    text = text.replace("’", "'")
    return _doing_vi(text) or _takes_vi(text) or _ready_vi(text) or _expired_vi(text) or _lost_vi(text) or \
        _when_vi(text)


def _doc(m: re.Match) -> str:
    """The paper of a match of _DOC in English: "passport", "ID card"."""
    return _DOCS[keyed(m["doc"])]


def _doc_vi(m: re.Match, group: str = "doc") -> str:
    """The paper of a match of _DOC_EN (its group `group`) in Vietnamese: "hộ chiếu", "thẻ căn cước"."""
    return _DOCS_VI[keyed(m[group])]


def _whose_doc(m: re.Match) -> str | None:
    """Whose paper of a match of _WHOSE_DOC or _READY in English ("my passport", "my mother's ID card"); None for
    someone not read."""
    whose = OWNERS[keyed(m["owner"])] if m["owner"] else (s := someone(m["someone"], "vi")) and f"{s}'s"
    return whose and f"{whose} {_doc(m)}"


def _said(m: re.Match, aux: str, done: str, asked: bool) -> str | None:
    """How a match of _DOING is said: "mod" (cần, phải … asked "có … không?" or denied "không"), "will", "ing",
    "done" ("rồi", "đã … rồi"), "just" ("vừa"), "not yet" ("chưa"), "yet?" ("… chưa?"); None for any other."""
    ask, no = bool(m["ask"]), keyed(m["not"] or "")
    if asked != bool(m["asked"] or done == "chưa") or ask and not m["asked"]:
        return None
    if aux in _MODS and not done and no in ("", "không") and not (no and asked) and asked == ask:
        return "mod"
    if m["asked"] or ask or m["go"] or no == "không":
        return None if m["asked"] or ask or no or aux != "sẽ" else "will"
    if aux in ("sẽ", "đang"):
        return None if no or done else "will" if aux == "sẽ" else "ing"
    if no == "chưa":
        return "not yet" if not (aux or done) else None
    if aux in ("vừa", "vừa mới"):
        return "just" if not done else None
    return {"rồi": "done", "chưa": "yet?"}.get(done) if aux in ("", "đã") else None


def _doing(text: str) -> str | None:
    """"Tôi phải đi làm lại căn cước." as "I have to get a new ID card.", "Bạn có cần làm căn cước không?" as "Do you
    need to get an ID card?", "Tôi đã gia hạn hộ chiếu rồi." as "I've renewed my passport.", "Bạn đã đăng ký tạm trú
    chưa?" as "Have you registered your temporary residence yet?", "Tôi phải đi lấy hộ chiếu." as "I have to collect my
    passport." (_DOING); None for anything else, a paper of "we" or "they", and who's own of a name alone."""
    m = _DOING.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or animal(m) or (said := who(m, asked)) is None:
        return None
    (who_, one), aux, done = said, keyed(m["aux"] or ""), keyed(m["done"] or "")
    act = "đăng ký tạm trú" if m["reg"] else keyed(m["act"])
    if m["new"] and act != "làm" or act == "lấy" and not m["go"] or m["reg"] is None and who_ in _PLURAL_WHO:
        return None
    how = _said(m, aux, done, asked)
    base, ing, past = _NEW if m["new"] else _ACTS[act]
    if how is None or how in ("done", "just", "not yet", "yet?") and not past or how == "ing" and not ing:
        return None
    doc = "" if m["reg"] else _doc(m)
    whose = whose_own(m, who_) if "{whose}" in base else ""
    if whose is None:
        return None
    words = {"whose": whose, "doc": doc, "a": a_or_an(doc) if doc else ""}
    base, ing, past = (s and s.format(**words) for s in (base, ing, past))
    if how == "mod":
        return present(who_, one, _MODS[aux], f"to {base}", asked, bool(m["not"]))
    if how == "will":
        return capitalised(contracted(who_, f"will {base}."))
    if how == "ing":
        return capitalised(contracted(who_, f"{be(who_)} {ing}."))
    have = "has" if one else "have"
    if how == "yet?":
        return f"{have.capitalize()} {who_} {past} yet?"
    if how == "not yet":
        return capitalised(f"{who_} {have}n't {past} yet.")
    return capitalised(contracted(who_, f"{have} {'just ' * (how == 'just')}{past}."))


def _takes(text: str) -> str | None:
    """"Làm căn cước mất bao lâu?" as "How long does it take to get an ID card?", "Đổi CCCD mất mấy ngày?" as "How
    many days does it take to get a new ID card?", "Đăng ký tạm trú mất bao lâu?" as "How long does it take to
    register for temporary residence?" (_TAKES); None for anything else."""
    m = _TAKES.fullmatch(text)
    if not m or m["new"] and keyed(m["act"]) != "làm":
        return None
    how = "long" if keyed(m["how"]) == "bao lâu" else "many days"
    if m["reg"]:
        return f"How {how} does it take to register for temporary residence?"
    act, doc = keyed(m["act"]), _doc(m)
    doing = f"renew {a_or_an(doc)}" if act == "gia hạn" else "get a new" if act != "làm" or m["new"] else \
        f"get {a_or_an(doc)}"
    return f"How {how} does it take to {doing} {doc}?"


def _ready(text: str) -> str | None:
    """"Hộ chiếu của tôi có rồi." as "My passport is ready.", "Căn cước của bạn có chưa?" as "Is your ID card ready
    yet?", "Hộ chiếu của mẹ tôi chưa có." as "My mother's passport isn't ready yet." (_READY); None for anything
    else, "có" with neither "rồi" nor "chưa" (had, or ready?), and whose without "của" (who has one?)."""
    m = _READY.fullmatch(text)
    if not m or (doc := _whose_doc(m)) is None:
        return None
    aux, done, asked = keyed(m["aux"] or ""), keyed(m["done"] or ""), "?" in m["end"]
    if aux in ("", "đã") and done == "rồi" and not asked:
        return capitalised(f"{doc} is ready.")
    if aux in ("", "đã") and done == "chưa" and asked:
        return f"Is {doc} ready yet?"
    return capitalised(f"{doc} isn't ready yet.") if aux == "chưa" and not (done or asked) else None


def _expires(text: str) -> str | None:
    """"Hộ chiếu của tôi sắp hết hạn rồi." as "My passport is about to expire.", "CCCD của tôi hết hạn rồi." as "My
    ID card has expired.", "Hộ chiếu của tôi hết hạn lâu rồi." as "My passport expired a long time ago." (_EXPIRES);
    None for anything else, and "hết hạn" alone (expires, or has?)."""
    m = _EXPIRES.fullmatch(text)
    if not m or "?" in m["end"] or (doc := _whose_doc(m)) is None:
        return None
    aux, done = keyed(m["aux"] or ""), keyed(m["done"] or "")
    if aux == "sắp":
        return capitalised(f"{doc} is about to expire.") if done in ("", "rồi") else None
    if done and done != "rồi":
        return capitalised(f"{doc} expired a long time ago.")
    return capitalised(f"{doc} has expired.") if aux or done else None


def _lost(text: str) -> str | None:
    """"Tôi bị mất CCCD." as "I've lost my ID card.", "Mẹ tôi bị mất hộ chiếu nên phải làm lại." as "My mother has
    lost her passport, so she has to get a new one." (_LOST); None for anything else, and a passport lost alone
    (mt/mishaps.py's)."""
    m = _LOST.fullmatch(text)
    if not m or animal(m) or (said := who(m, False)) is None or (whose := whose_own(m, said[0])) is None:
        return None
    (who_, one), doc = said, _doc(m)
    if who_ in _PLURAL_WHO or not m["mod"] and doc == "passport":
        return None
    lost = capitalised(contracted(who_, f"{'has' if one else 'have'} lost {whose} {doc}"))
    if not m["mod"]:
        return f"{lost}."
    mod = _MODS[keyed(m["mod"])]
    mod = third_person(mod) if _PAIRS[whose] in ("he", "she") else mod
    return f"{lost}, so {_PAIRS[whose]} {mod} to get a new one."


def _when(text: str) -> str | None:
    """"Khi nào tôi lấy được hộ chiếu?" as "When can I get my passport?" (_WHEN); None for anything else, and "khi
    nào" said twice or not."""
    m = _WHEN.fullmatch(text)
    if not m or bool(m["when0"]) == bool(m["when"]) or animal(m) or (said := who(m, True)) is None:
        return None
    whose = whose_own(m, said[0])
    return None if whose is None or said[0] in _PLURAL_WHO else f"When can {said[0]} get {whose} {_doc(m)}?"


def _done_vi(m: re.Match, stem: str) -> str | None:
    """What is done, of a match of _DOING_EN whose verb is `stem`, in Vietnamese: "làm thẻ căn cước mới", "làm hộ
    chiếu", "gia hạn hộ chiếu", "đi gia hạn hộ chiếu" ("get my passport renewed"), "đăng ký tạm trú", "đi lấy hộ
    chiếu"; None for "a" or "an" not as the word sounds, and a verb that does not go with what ("renew a passport")."""
    if m["res"] or m["res2"]:
        return "đăng ký tạm trú" if stem == "register" else None
    if m["a"]:
        if m["a"].lower() != a_or_an("new" if m["new"] else m["doc"]) or stem not in ("get", "need") or \
                stem == "need" and not m["new"]:  # ("I need an ID card.": mt/papers.py's words, had or got?)
            return None
        return f"làm {_doc_vi(m)}{' mới' * bool(m['new'])}"
    doc = _doc_vi(m, "doc2")
    if m["got"]:
        return None if stem != "get" else f"đi {'gia hạn' if m['got'] == 'renewed' else 'làm lại'} {doc}"
    return {"replace": f"làm lại {doc}", "renew": f"gia hạn {doc}", "collect": f"đi lấy {doc}"}.get(stem)


def _doing_vi(text: str) -> str | None:
    """"I have to get my passport renewed." as "Tôi phải đi gia hạn hộ chiếu.", "I need a new ID card." as "Tôi cần
    làm thẻ căn cước mới.", "She'll replace her ID card." as "Cô ấy sẽ làm lại thẻ căn cước.", "I've registered my
    temporary residence." as "Tôi đã đăng ký tạm trú rồi.", "Have you renewed your passport yet?" as "Bạn đã gia hạn
    hộ chiếu chưa?" (_DOING_EN); None for anything else, whose not the subject's own, and where a verb does not
    agree with who."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or m["q"] and m["aux"]:
        return None
    (who_, one), me = who_vi(m), (m["who"] or "").lower() == "i"
    stem, form = _VERBS_EN[" ".join(m["verb"].lower().split())]
    if m["owner"] and own_thing(m, who_, one) is not True or (done := _done_vi(m, stem)) is None:
        return None
    aux = " ".join((m["q"] or m["aux"] or "").lower().replace("n't", " not").split())
    no, aux = aux.endswith(" not"), aux.removesuffix(" not")
    aux = {"don": "do", "doesn": "does", "haven": "have", "hasn": "has"}.get(aux, aux)
    mod = (m["mod"] or (m["verb"].lower() if stem == "need" else "")).lower()
    if m["adv"] and (m["yet"] or no or m["q"] or form != "past") or m["yet"] and form != "past":
        return None
    if mod:  # ("She needs to …", "Do you have to …?", "He doesn't want to …", "I need a new ID card.")
        says_one = aux == "does" if aux else mod.endswith("s") or mod == "has"
        if form not in ("base", "s") or m["mod"] and stem == "need" or aux not in ("", "do", "does") or \
                says_one != one or aux and (mod.endswith("s") or mod == "has"):
            return None
        vi = f"{_MODS_VI[mod if mod == 'has' else mod.removesuffix('s')]} {done}"
        return capitalised(f"{who_} có {vi} không?" if m["q"] else f"{who_} {'không ' * no}{vi}.")
    if form == "base":
        return capitalised(f"{who_} sẽ {done}.") if aux in ("will", "'ll") and not no else None
    if form == "ing":
        be_ok = aux in (("am", "'m") if me else ("is", "'s") if one else ("are", "'re"))
        return capitalised(f"{who_} đang {done}.") if be_ok and not (no or done.startswith("đi ")) else None
    if form != "past" or done.startswith("đi "):
        return None
    if not aux:
        return capitalised(f"{who_} đã {done}.") if not (m["adv"] or m["yet"]) else None
    if aux not in (("has", "'s") if one else ("have", "'ve")) or m["yet"] and not (no or m["q"]):
        return None
    if m["q"] or no:
        return capitalised(f"{who_} đã {done} chưa?" if m["q"] else f"{who_} chưa {done}.")
    return capitalised(f"{who_} vừa {done}." if m["adv"] == "just" else f"{who_} đã {done} rồi.")


def _takes_vi(text: str) -> str | None:
    """"How long does it take to get an ID card?" as "Làm thẻ căn cước mất bao lâu?", "How long does it take to
    replace a passport?" as "Làm lại hộ chiếu mất bao lâu?", "How long does it take to register for temporary
    residence?" as "Đăng ký tạm trú mất bao lâu?" (_TAKES_EN); None for anything else, and "a" not as it sounds."""
    m = _TAKES_EN.fullmatch(text)
    if not m or m["a"] and m["a"] != a_or_an("new" if m["new"] else m["doc"]) or m["a2"] and m["a2"] != a_or_an(
            m["doc2"]):
        return None
    how = "bao lâu" if m["how"] == "long" else "mấy ngày"
    if m["reg"]:
        return f"Đăng ký tạm trú mất {how}?"
    if m["verb"]:
        return f"{'Làm lại' if m['verb'] == 'replace' else 'Gia hạn'} {_doc_vi(m, 'doc2')} mất {how}?"
    return f"Làm {_doc_vi(m)}{' mới' * bool(m['new'])} mất {how}?"


def _whose_doc_vi(m: re.Match) -> str | None:
    """Whose paper of a match of _WHOSE_DOC_EN in Vietnamese ("hộ chiếu của tôi", "thẻ căn cước của mẹ tôi"); None
    for someone not read."""
    whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else someone(m["someone"], "en")
    return whose and f"{_doc_vi(m)} của {whose}"


def _ready_vi(text: str) -> str | None:
    """"My passport is ready." as "Hộ chiếu của tôi có rồi.", "Is your ID card ready yet?" as "Thẻ căn cước của bạn
    có chưa?", "My passport isn't ready yet." as "Hộ chiếu của tôi chưa có." (_READY_EN); None for anything else."""
    m = _READY_EN.fullmatch(text)
    if not m or (doc := _whose_doc_vi(m)) is None or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(
            m["be"]):
        return None
    if m["q"]:
        return capitalised(f"{doc} có chưa?") if not m["not"] else None
    if m["not"]:
        return capitalised(f"{doc} chưa có.")
    return capitalised(f"{doc} có rồi.") if not m["yet"] else None


def _expired_vi(text: str) -> str | None:
    """"My passport expired a long time ago." as "Hộ chiếu của tôi hết hạn lâu rồi." (_EXPIRED_EN); None for
    anything else."""
    m = _EXPIRED_EN.fullmatch(text)
    doc = m and _whose_doc_vi(m)
    return doc and capitalised(f"{doc} hết hạn lâu rồi.")


def _lost_vi(text: str) -> str | None:
    """"I've lost my passport, so I need to get a new one." as "Tôi bị mất hộ chiếu nên cần làm lại.", "She lost her
    ID card, so she has to get a new one." as "Cô ấy bị mất thẻ căn cước nên phải làm lại." (_LOST_EN); None for
    anything else, whose another's, and who that is not who gets a new one ("I … so she")."""
    m = _LOST_EN.fullmatch(text)
    if not m or animal(m):
        return None
    (who_, one), have = who_vi(m), " ".join((m["have"] or "").split())
    whose, mod = m["owner"].lower(), m["mod"]
    if have and (have in ("'s", "has")) != one or own_thing(m, who_, one) is not True or \
            _PAIRS.get(whose) != m["who2"] or (mod in ("needs", "has")) != one:
        return None
    return capitalised(f"{who_} bị mất {_doc_vi(m)} nên {'cần' if mod.startswith('need') else 'phải'} làm lại.")


def _when_vi(text: str) -> str | None:
    """"When can I get my passport?" as "Khi nào tôi lấy được hộ chiếu?" (_WHEN_EN); None for anything else, and whose
    not the subject's own."""
    m = _WHEN_EN.fullmatch(text)
    if not m or animal(m) or own_thing(m, *(said := who_vi(m))) is not True or m["owner"].lower() in ("our", "their"):
        return None
    return f"Khi nào {said[0]} lấy được {_doc_vi(m)}?"
