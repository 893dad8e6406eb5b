"""Saving money and spending it all, said or asked, both ways, written whole by rule. v8 (with the other rules on)
reads "save" as saving a file or a life and "saving up for" as hoarding the thing: "I'm saving up for a car." → "Tôi
đang dành dụm xe.", "They're saving up for a house." → "Họ đang tiết kiệm một căn nhà.", "How much have you saved?" →
"Bạn đã lưu được bao nhiêu?", "I can't save anything." → "Tôi không thể lưu bất cứ thứ gì.", "I've saved ten million
dong." → "Tôi đã cứu 10 triệu con bú.", "Save money by cooking at home." → "Lưu tiền bằng cách nấu ăn tại nhà.", "He
spends all his money." → "Anh ta chi tất cả tiền."; "Tôi không tiết kiệm được đồng nào." → "I can't save all the
same.", "Bạn đã tiết kiệm được bao nhiêu?" → "How much do you save?", "Họ đang để dành tiền mua nhà." → "They're
putting money on buying home.", "Mẹ tôi đang tiết kiệm tiền để mua điện thoại mới." → "My mother was saving money to
buy new phones.", "Anh ấy tiêu hết tiền rồi." → "He spends all money.".

Who as in mt/hobbies.py (a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone only asking). Taken: who
is saving (up) money, for a thing of THINGS (new or not) or a trip, or by a way of WAYS, needs, wants, has to, should
or is trying to, said or asked, and what for; "Save money by …"; how much who has saved, or saves a month (a year
…), and a sum saved (as mt.amounts reads it, in digits or a number word before a scale: "mười triệu", "ten million
dong"); who cannot or has not yet saved anything (a single dong, any money); who has spent, or always or usually
spends, all their money or salary. Left: "xe" alone (a car or a motorbike), "tiết kiệm" without money or what for
(time, power; "thrifty"), a tense Vietnamese does not tell ("Anh ấy tiêu hết tiền.": spends or spent; "Tôi tiết
kiệm được 10 triệu.": saved or saves), whose money for someone by name alone (his or hers), earnings
(mt/earnings.py), prices (mt/prices.py), cash and change (mt/cash.py), lending (mt/loans.py), bank accounts.
mt.phrasebook.translate tries these after mt/hospital.py.

    >>> translate("Tôi không tiết kiệm được đồng nào.", "vi", "en"), translate("I'm saving up for a car.", "en", "vi")
    ("I can't save a single dong.", 'Tôi đang tiết kiệm tiền để mua ô tô.')
"""
from __future__ import annotations

import re

from . import amounts, broken
from .articles import a_or_an
from .earnings import PER, PER_VI
from .hobbies import WHO, WHO_EN, be_agrees, his_her_of, own_thing, who, who_vi
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (ASKED_END, BE_EN, EN_WHOSE, SOFTENED_END, alternatives, be, capitalised, contracted, keyed,
                   progressive)

# what one saves up to buy: of mt.broken's things those one saves for, and a home (the first Vietnamese of each is
# written back; not "xe" alone: a car or a motorbike)
_SAVED_FOR = {"car", "motorbike", "bicycle", "laptop", "phone", "computer", "camera"}
THINGS = {vi: en for vi, en in broken.THINGS.items() if en in _SAVED_FOR} | {
    "nhà": "house", "căn nhà": "house", "ngôi nhà": "house", "căn hộ": "flat"}
THINGS_VI = {en: vi for vi, en in reversed(THINGS.items())} | {"motorcycle": "xe máy", "scooter": "xe máy",
                                                                "apartment": "căn hộ", "mobile phone": "điện thoại"}
# ways of saving ("bằng cách nấu ăn ở nhà": "by cooking at home")
WAYS = {"nấu ăn ở nhà": "cooking at home", "nấu ăn tại nhà": "cooking at home", "nấu cơm ở nhà": "cooking at home",
        "ăn ở nhà": "eating at home", "không ăn ngoài": "not eating out", "không đi ăn ngoài": "not eating out",
        "ít ăn ngoài": "eating out less", "đi xe buýt": "taking the bus", "đi bộ": "walking",
        "đi xe đạp": "cycling", "mang cơm đi làm": "taking lunch to work"}
WAYS_VI = {en: vi for vi, en in reversed(WAYS.items())} | {
    "eating in": "ăn ở nhà", "cooking for myself": "nấu ăn ở nhà", "going by bus": "đi xe buýt",
    "bringing lunch to work": "mang cơm đi làm"}
# what cannot be saved ("đồng nào": "a single dong")
_NOTHING = {"đồng nào": "a single dong", "gì": "anything", "gì cả": "anything", "tiền": "any money"}
_NOTHING_VI = {"anything": "gì", "any money": "tiền", "a dong": "đồng nào", "a single dong": "đồng nào",
               "a penny": "đồng nào", "a single penny": "đồng nào", "a cent": "đồng nào"}
# needing, wanting … to save, in English (said of one, of many), and asked
_MODALS = {"cần": ("needs to", "need to"), "muốn": ("wants to", "want to"), "phải": ("has to", "have to"),
           "nên": ("should", "should")}
_MODALS_VI = {"need": "cần", "needs": "cần", "want": "muốn", "wants": "muốn", "have": "phải", "has": "phải",
              "must": "phải", "should": "nên"}
_OFTEN = {"luôn": "always", "lúc nào cũng": "always", "thường": "usually", "hay": "often"}
_OFTEN_VI = {"always": "lúc nào cũng", "usually": "thường", "often": "hay"}
_KEYS = {"vi": lazy(r"(?i:tiết\s+kiệm|để\s+dành|dành\s+dụm|tiêu\s+(?:hết|sạch))"),
         "en": lazy(r"(?i:\bsav(?:e|es|ed|ing)\b|\bspen[dt])")}

_SAVE = r"(?i:tiết\s+kiệm|để\s+dành|dành\s+dụm)"
_NUMBER_WORD = rf"(?:{alternatives(VI_NUMBER_WORDS[1:])})(?=\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))"
_SUM = rf"(?P<sum>(?:\d[\d.,]*|{_NUMBER_WORD})(?:\s*[^\W\d_]+){{0,3}}?)"  # (mt.amounts says whether it is a sum)
_PER = rf"(?:\s+(?:một|mỗi)\s+(?P<per>{alternatives(PER)}))?"
# what for or how ("để mua ô tô", "mua nhà", "để đi du lịch", "để làm gì", "bằng cách nấu ăn ở nhà")
_FOR = (rf"(?:\s+(?:để\s+)?mua\s+(?:(?:một\s+)?(?:chiếc|cái|căn|ngôi)\s+)?(?P<thing>(?i:{alternatives(THINGS)}))"
        rf"(?P<new>\s+mới)?|\s+(?P<trip>(?:để\s+)?đi\s+du\s+lịch|cho\s+chuyến\s+(?:du\s+lịch|đi))|"
        rf"\s+(?P<what>để\s+làm\s+gì)|\s+bằng\s+cách\s+(?P<way>(?i:{alternatives(WAYS)})))?")
# who saves, is saving, needs to …, asked ("Tôi đang tiết kiệm tiền để mua xe máy.", "Bạn có tiết kiệm tiền không?")
_SAVING = lazy(rf"(?:{WHO}\s+|(?P<do>[Hh]ãy)\s+)?(?:(?P<ask>có)\s+)?(?:(?P<now>đang)\s+)?(?:(?P<modal>"
               rf"{alternatives([*_MODALS, 'cố gắng', 'cố'])})\s+)?{_SAVE}(?P<money>\s+tiền)?{_FOR}{ASKED_END}")
# how much ("Bạn đã tiết kiệm được bao nhiêu?"), a sum ("Tôi đã tiết kiệm được 10 triệu đồng.")
_HOW_MUCH = lazy(rf"{WHO}\s+(?:(?P<did>đã|vừa)\s+)?{_SAVE}\s+được\s+(?:(?P<how>bao\s+nhiêu)(?P<money>\s+tiền)?|"
                 rf"{_SUM})(?:\s+(?P<done>rồi))?{_PER}{SOFTENED_END}")
# nothing saved ("Tôi không tiết kiệm được đồng nào.", "Tôi chưa tiết kiệm được gì.")
_NONE = lazy(rf"{WHO}\s+(?P<neg>không|chưa)\s+(?:thể\s+)?{_SAVE}\s+được\s+(?P<what>đồng\s+nào|gì|tiền)"
             rf"(?:\s+(?:cả|hết))?{SOFTENED_END}")
# all of it spent ("Anh ấy tiêu hết tiền rồi.", "Cô ấy lúc nào cũng tiêu hết lương.")
_SPENT = lazy(rf"{WHO}\s+(?:(?P<often>{alternatives(_OFTEN)})\s+|(?P<did>đã|vừa)\s+)?tiêu\s+"
              rf"(?:hết\s+sạch|hết|sạch)\s+(?:(?P<salary>(?:tiền\s+)?lương)|tiền)(?:\s+(?:của\s+)?"
              rf"(?P<owner>(?i:{alternatives(OWNERS)})))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")

# ... and in English
_END = r"\s*(?P<end>[.!?]*)"
_FOR_EN = (rf"(?:\s+(?:for|to\s+buy)\s+(?P<a>an?)\s+(?P<new>new\s+)?(?P<thing>(?i:{alternatives(THINGS_VI)}))|"
           r"\s+(?P<trip>for\s+a\s+(?:trip|holiday)|to\s+travel|to\s+go\s+travell?ing)|"
           rf"\s+by\s+(?P<way>(?i:{alternatives(WAYS_VI)})))?")
_TAIL_EN = rf"(?:\s+(?P<up>up)|\s+(?P<money>money))?{_FOR_EN}{_END}"
_SAVING_EN = [lazy(p + _TAIL_EN) for p in (
    rf"(?P<be0>Am|Is|Are)\s+{WHO_EN}\s+(?P<ing>saving|trying\s+to\s+save)",
    rf"(?P<do>Do|Does)\s+{WHO_EN}\s+(?:(?P<need>need|want)\s+to\s+)?save",
    rf"(?P<should0>Should)\s+{WHO_EN}\s+save",
    (rf"{WHO_EN}(?:{BE_EN}\s+(?P<ing>saving|trying\s+to\s+save)|\s+(?P<need>needs?|wants?|ha(?:s|ve))\s+to\s+save|"
     r"\s+(?P<should>should|must)\s+save|\s+(?P<saves>saves?))"),
    r"(?P<bare>Save)")]
_WHAT_FOR_EN = lazy(rf"What\s+(?P<be0>am|is|are)\s+{WHO_EN}\s+saving(?:\s+up|\s+money)?\s+for\s*\?+")
_NUMBER_WORD_EN = rf"(?i:{alternatives(EN_NUMBER_WORDS[1:])})(?=\s+(?:thousand|million|billion))"
_SUM_EN = (rf"(?P<sum>(?:VND\s?)?(?:\d[\d.,]*|{_NUMBER_WORD_EN})(?:\s+(?:thousand|million|billion))?"
           r"(?:\s+(?:dong|VND))?)")
_PER_EN = rf"(?:\s+(?:a|an|per|each|every)\s+(?P<per>{alternatives(PER_VI)}))?"
_HAVE = r"(?P<have>['’]ve|['’]s|\s+have|\s+has)"
_HOW_MUCH_EN = [lazy(rf"How\s+much(?P<money>\s+money)?\s+(?P<aux>have|has)\s+{WHO_EN}\s+saved(?:\s+up)?"
                     r"(?:\s+so\s+far)?\s*\?+"),
                lazy(rf"How\s+much(?P<money>\s+money)?\s+(?P<aux>do|does)\s+{WHO_EN}\s+save{_PER_EN}\s*\?+")]
_SAVED_EN = [lazy(rf"{WHO_EN}{_HAVE}(?:\s+(?P<just>just|already))?\s+saved(?:\s+up)?\s+{_SUM_EN}"
                  rf"(?:\s+so\s+far)?{_END}"),
             lazy(rf"{WHO_EN}\s+(?P<saves>saves?)\s+{_SUM_EN}{_PER_EN}{_END}")]
_NONE_EN = lazy(rf"{WHO_EN}\s+(?:(?P<cant>can['’]t|cannot|can\s+not|couldn['’]t)\s+save|(?P<aux>haven['’]t|"
                r"hasn['’]t|have\s+not|has\s+not)\s+(?:(?P<able>been\s+able\s+to\s+save)|saved))\s+"
                rf"(?P<what>{alternatives(_NOTHING_VI)})(?P<yet>\s+yet)?{_END}")
_SPENT_EN = lazy(rf"{WHO_EN}(?:\s+(?:(?P<often>always|usually|often)\s+)?(?P<spends>spends?)|{_HAVE}(?:\s+"
                 rf"(?P<just>just|already))?\s+spent|\s+(?P<spent>spent))\s+all\s+(?:of\s+)?(?P<owner>(?i:"
                 rf"{WHOSE_WORDS}))\s+(?P<what>money|salary|wages|pay){_END}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who is saving money, what for or how, how much, that nothing
    is saved, or all of it spent; None for any other."""
    if src == "vi":
        return _saving(text) or _how_much(text) or _none(text) or _spent(text)
    return _saving_vi(text) or _how_much_vi(text) or _none_vi(text) or _spent_vi(text)


def _in_digits(said: str, lang: str) -> str:
    """A sum with a number word before its scale in digits, as mt.amounts reads it: "mười triệu" "10 triệu", "ten
    million dong" "10 million dong"; any other as it is."""
    words = VI_NUMBER_WORDS if lang == "vi" else EN_NUMBER_WORDS
    first, _, rest = said.partition(" ")
    return f"{words.index(first.lower())} {rest}" if first.lower() in words[1:] else said


def _for_en(m: re.Match) -> str:
    """What for or how (_FOR) after "save" in English: " up for a new phone", " up for a trip", " money by cooking at
    home", " money" for nothing said."""
    if m["thing"]:
        said = f"{'new ' * bool(m['new'])}{THINGS[keyed(m['thing'])]}"
        return f" up for {a_or_an(said)} {said}"
    if m["trip"]:
        return " up for a trip"
    return f" money by {WAYS[keyed(m['way'])]}" if m["way"] else " money"


def _saving(text: str) -> str | None:
    """"Tôi đang tiết kiệm tiền để mua xe máy." as "I'm saving up for a motorbike.", "Chúng tôi cần tiết kiệm tiền."
    as "We need to save money.", "Bạn có đang tiết kiệm tiền không?" as "Are you saving money?", "Bạn đang tiết kiệm
    tiền để làm gì?" as "What are you saving up for?", "Tiết kiệm tiền bằng cách nấu ăn ở nhà." as "Save money by
    cooking at home." (_SAVING); None for anything else, and without money or what for ("tiết kiệm điện")."""
    m = _SAVING.fullmatch(text)
    asked = bool(m and (m["asked"] or m["what"]))
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != bool(m["asked"]) or not (
            m["money"] or m["thing"] or m["trip"] or m["what"]):
        return None
    modal, purpose = keyed(m["modal"] or ""), m["thing"] or m["trip"]
    trying = modal in ("cố gắng", "cố")
    if not (m["who"] or m["kin"] or m["titled"] or m["given"]):
        return None if m["ask"] or m["now"] or modal or not (m["way"] or m["do"]) else f"Save{_for_en(m)}."
    if (said := who(m, asked)) is None or m["now"] and modal and not trying or m["what"] and (modal or m["ask"]):
        return None
    who_, one = said
    rest, be_ = _for_en(m), be(who_)
    if m["what"]:
        return f"What {be_} {who_} saving up for?"
    if trying or not modal and (m["now"] or purpose):
        doing = f"trying to save{rest}" if trying else f"saving{rest}"
        return progressive(who_, be_, doing, asked)
    if not modal:
        if not (asked or m["way"]):
            return None
        return f"{'Does' if one else 'Do'} {who_} save{rest}?" if asked else capitalised(
            f"{who_} save{'s' * one}{rest}.")
    if asked:
        return None if modal == "phải" else f"Should {who_} save{rest}?" if modal == "nên" else (
            f"{'Does' if one else 'Do'} {who_} {_MODALS[modal][1]} save{rest}?")
    return capitalised(f"{who_} {_MODALS[modal][0 if one else 1]} save{rest}.")


def _how_much(text: str) -> str | None:
    """"Bạn đã tiết kiệm được bao nhiêu?" as "How much have you saved?", "Cô ấy tiết kiệm được bao nhiêu tiền một
    tháng?" as "How much money does she save a month?", "Tôi đã tiết kiệm được 10 triệu đồng." as "I've saved VND10
    million." (_HOW_MUCH: the sum as mt.amounts writes it); None for anything else, and where it does not tell saved
    ("đã", "rồi") from saves (a month)."""
    m = _HOW_MUCH.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]) or bool(m["did"] or m["done"]) == bool(m["per"]):
        return None
    said = who(m, bool(m["how"]))
    saved = m["sum"] and amounts.sum_said(_in_digits(m["sum"], "vi"), "vi")
    if not said or not (m["how"] or saved):
        return None
    who_, one = said
    per = m["per"] and PER[keyed(m["per"])]
    if m["how"]:
        money = " money" * bool(m["money"])
        if per:
            return f"How much{money} {'does' if one else 'do'} {who_} save {a_or_an(per)} {per}?"
        return f"How much{money} {'has' if one else 'have'} {who_} saved?"
    if per:
        return capitalised(f"{who_} save{'s' * one} {saved} {a_or_an(per)} {per}.")
    just = " just" * (keyed(m["did"] or "") == "vừa")
    return capitalised(contracted(who_, f"{'has' if one else 'have'}{just} saved {saved}."))


def _none(text: str) -> str | None:
    """"Tôi không tiết kiệm được đồng nào." as "I can't save a single dong.", "Cô ấy chưa tiết kiệm được gì." as
    "She hasn't saved anything yet." (_NONE); None for anything else."""
    m = _NONE.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    who_, one = said
    what = _NOTHING[keyed(m["what"])]
    if keyed(m["neg"]) == "không":
        return capitalised(f"{who_} can't save {what}.")
    return capitalised(f"{who_} {'hasn' if one else 'haven'}'t saved {what} yet.")


def _own(m: re.Match, who_: str) -> str | None:
    """Whose money of a match of WHO who spends it, in English: "his" for "anh ấy", "her" for "mẹ tôi" (or "của
    mình"), "my" for "của tôi"; None for one whose English does not tell ("Lan": his or hers)."""
    owner = keyed(m["owner"] or "mình")
    if owner != "mình":
        return OWNERS[owner]
    if m["who"]:
        return EN_WHOSE.get(who_)
    return his_her_of(m) if not m["given"] else None


def _spent(text: str) -> str | None:
    """"Anh ấy tiêu hết tiền rồi." as "He's spent all his money.", "Mẹ tôi lúc nào cũng tiêu hết lương." as "My
    mother always spends all her salary." (_SPENT); None for anything else, and without a word that tells spent from
    spends ("Anh ấy tiêu hết tiền.")."""
    m = _SPENT.fullmatch(text)
    if not m or "?" in m["end"] or bool(m["often"]) == bool(m["did"] or m["done"]) or (said := who(m, False)) is None:
        return None
    who_, one = said
    whose = _own(m, who_)
    if whose is None:
        return None
    what = f"all {whose} {'salary' if m['salary'] else 'money'}."
    if m["often"]:
        return capitalised(f"{who_} {_OFTEN[keyed(m['often'])]} spend{'s' * one} {what}")
    just = " just" * (keyed(m["did"] or "") == "vừa")
    return capitalised(contracted(who_, f"{'has' if one else 'have'}{just} spent {what}"))


def _for_vi(m: re.Match) -> str:
    """What for or how (_FOR_EN) in Vietnamese, after "tiết kiệm tiền": " để mua điện thoại mới", " để đi du lịch",
    " bằng cách nấu ăn ở nhà"; "" for nothing said."""
    if m["thing"]:
        return f" để mua {THINGS_VI[keyed(m['thing'])]}{' mới' * bool(m['new'])}"
    if m["trip"]:
        return " để đi du lịch"
    return f" bằng cách {WAYS_VI[keyed(m['way'])]}" if m["way"] else ""


def _agrees(m: re.Match, g: dict[str, str], one: bool) -> bool:
    """Whether the word of a match of _SAVING_EN (`g`, its groups in small letters) that tells who agrees with who
    (`one`, as mt.hobbies.who_vi gives it): "She's", "Does he", "He needs", "She saves", "I have"; "should" with
    any."""
    if g.get("be0") or g.get("be"):
        return be_agrees(m, g.get("be0") or g.get("be"))
    said = g.get("do") or g.get("saves") or g.get("need") or ""
    return not said or said.endswith("s") == one


def _saving_vi(text: str) -> str | None:
    """"I'm saving up for a car." as "Tôi đang tiết kiệm tiền để mua ô tô.", "We need to save money." as "Chúng tôi
    cần tiết kiệm tiền.", "Do you save money?" as "Bạn có tiết kiệm tiền không?", "What are you saving for?" as "Bạn
    đang tiết kiệm tiền để làm gì?" (_SAVING_EN, _WHAT_FOR_EN); None for anything else, where "is", "needs" … does
    not agree with who, "a" with the thing ("an car"), and "I'm saving." (a file?)."""
    if m := _WHAT_FOR_EN.fullmatch(text):
        return capitalised(f"{who_vi(m)[0]} đang tiết kiệm tiền để làm gì?") if be_agrees(m, m["be0"]) else None
    m = next((m for p in _SAVING_EN if (m := p.fullmatch(text))), None)
    if not m or m["thing"] and m["a"].lower() != a_or_an(f"{m['new'] or ''}{m['thing']}"):
        return None
    g = {k: (v or "").lower() for k, v in m.groupdict().items()}
    asked, rest = bool(g.get("be0") or g.get("do") or g.get("should0")), _for_vi(m)
    if g.get("bare"):
        return f"Tiết kiệm tiền{rest}." if m["money"] and m["way"] and "?" not in m["end"] else None
    who_, one = who_vi(m)
    need = g.get("need") or g.get("should")
    if asked != ("?" in m["end"]) or not (m["up"] or m["money"] or rest) or m["up"] and m["way"] or (
            g.get("saves") or g.get("do")) and not (m["money"] or rest) or not _agrees(m, g, one):
        return None
    aux = ("đang cố gắng " if "trying" in g["ing"] else "đang ") if g.get("ing") else (
        f"{_MODALS_VI[need]} " if need else "nên " if g.get("should0") else "")
    if who_ == "chúng tôi" and aux in ("cần ", "phải ", "nên "):
        who_ = "chúng ta"  # (advice: the listener too)
    return capitalised(f"{who_} có {aux}tiết kiệm tiền{rest} không?" if asked else f"{who_} {aux}tiết kiệm tiền{rest}.")


def _how_much_vi(text: str) -> str | None:
    """"How much have you saved?" as "Bạn tiết kiệm được bao nhiêu rồi?", "How much money does she save a month?" as
    "Cô ấy tiết kiệm được bao nhiêu tiền một tháng?" (_HOW_MUCH_EN), "I've saved ten million dong." as "Tôi đã tiết
    kiệm được 10 triệu đồng." (_SAVED_EN: the sum as mt.amounts writes it); None for anything else, a sum it does not
    read ("$500"), and where "has", "does" … does not agree with who."""
    if m := next((m for p in _HOW_MUCH_EN if (m := p.fullmatch(text))), None):
        who_, one = who_vi(m)
        if (m["aux"].lower() in ("has", "does")) != one:
            return None
        per = f" một {PER_VI[m['per'].lower()]}" if m.groupdict().get("per") else ""
        done = "" if m["aux"].lower() in ("do", "does") else " rồi"
        return capitalised(f"{who_} tiết kiệm được bao nhiêu{' tiền' * bool(m['money'])}{per}{done}?")
    m = next((m for p in _SAVED_EN if (m := p.fullmatch(text))), None)
    if not m or "?" in m["end"]:
        return None
    who_, one = who_vi(m)
    g = m.groupdict()
    have = (g.get("have") or g.get("saves") or "").strip().replace("’", "'").lower()
    saved = amounts.sum_said(_in_digits(m["sum"], "en"), "en")
    if not saved or (have in ("has", "'s", "saves")) != one or g.get("saves") and not m["per"]:
        return None
    if g.get("saves"):
        return capitalised(f"{who_} tiết kiệm được {saved} một {PER_VI[m['per'].lower()]}.")
    just = (g.get("just") or "").lower()
    return capitalised(f"{who_} {'vừa' if just == 'just' else 'đã'} tiết kiệm được {saved}"
                       f"{' rồi' * (just == 'already')}.")


def _none_vi(text: str) -> str | None:
    """"I can't save anything." as "Tôi không tiết kiệm được gì cả.", "I haven't saved any money yet." as "Tôi chưa
    tiết kiệm được tiền." (_NONE_EN); None for anything else, "yet" after "can't", and "has" … not agreeing."""
    m = _NONE_EN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    who_, one = who_vi(m)
    if m["cant"] and m["yet"] or m["aux"] and m["aux"].lower().startswith("has") != one:
        return None
    what = _NOTHING_VI[keyed(m["what"])]
    if m["cant"]:
        return capitalised(f"{who_} không tiết kiệm được {what}{' cả' * (what == 'gì')}.")
    return capitalised(f"{who_} chưa tiết kiệm được {what}.")


def _spent_vi(text: str) -> str | None:
    """"He spends all his money." as "Anh ấy tiêu hết tiền.", "She's spent all her salary." as "Cô ấy tiêu hết lương
    rồi.", "He spent all my money." as "Anh ấy đã tiêu hết tiền của tôi." (_SPENT_EN); None for anything else, and
    where "spends", "has" does not agree with who, or whose is neither theirs nor the speaker's ("He … her money")."""
    m = _SPENT_EN.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    who_, one = who_vi(m)
    own = own_thing(m, who_, one)
    have = (m["have"] or "").strip().replace("’", "'").lower()
    if own is None or m["spends"] and (m["spends"] == "spends") != one or have and (have in ("has", "'s")) != one:
        return None
    whose = "" if own else f" của {WHOSE_VI[m['owner'].lower()]}"
    what = f"tiêu hết {'tiền' if m['what'] == 'money' else 'lương'}{whose}"
    if m["spends"]:
        return capitalised(f"{who_} {_OFTEN_VI[m['often'].lower()] + ' ' if m['often'] else ''}{what}.")
    if m["spent"]:
        return capitalised(f"{who_} đã {what}.")
    return capitalised(f"{who_} vừa {what}." if (m["just"] or "").lower() == "just" else f"{who_} {what} rồi.")
