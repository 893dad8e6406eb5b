"""Dandruff and an itchy scalp, both ways, written whole by rule: who has dandruff (a lot of it, often, used to, again),
whose hair has it, whose dandruff has come back or gone, a shampoo that treats it, anti-dandruff shampoo used, needed
or bought, and an itchy scalp. v8 (rules on) reads "bị gàu nhiều" as being too much, "hết gàu" as all dandruff and
"à?" as being: "Tôi bị gàu nhiều quá." → "I'm too much dandruff.", "Tóc anh ấy có nhiều gàu." → "His hair has
dandruff.", "Dầu gội này có trị gàu không?" → "Do this shampoo treats dandruff?", "Dầu gội này trị gàu rất tốt." →
"This shampoo is very good.", "Tôi bị ngứa da đầu." → "I was itchy scalp.", "Tôi hết gàu rồi." → "I'm all
dandruff.", "Bạn bị gàu à?" → "Are you dandruff?", "Tôi lại bị gàu rồi." → "I'm getting dandruff."; "My dandruff has
come back." → "Chứng gàu của tôi trở lại.", "I have an itchy scalp." → "Tôi có da đầu ngứa.", "You should use an
anti-dandruff shampoo." → "Bạn nên sử dụng dầu gội trị gàu chống gàu.", "I have dandruff again." → "Tôi có một lần
nữa bị gàu.", "My dandruff has gone." → "Chứng gàu của tôi đã mất đi.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) has dandruff ("bị gàu", "gầu"; "đang"), a lot of it ("nhiều",
"nhiều quá"), often ("hay", "thường"; in winter), used to ("từng"; "có từng … không?" as "Have you ever had …?"),
again ("lại"), said, denied, asked ("có … không?", "à?"); whose hair or head has dandruff, a lot of it ("Tóc anh ấy
có nhiều gàu."); whose dandruff has come back ("bị gàu trở lại") or gone ("hết gàu rồi", "chưa hết gàu", "hết gàu
chưa?"); this or that shampoo (or kind of shampoo) treats dandruff, very well, or not, asked; who uses, is using,
should, has to, needs to or would like to use or buy anti-dandruff shampoo ("dầu gội trị gàu", "chống gàu"), asked,
denied; who has an itchy scalp ("bị ngứa da đầu"), often, so itchy ("quá", "lắm"). Left: "Da đầu tôi ngứa lắm.", "My
scalp is very itchy." and whose scalp is itchy (mt/symptoms.py), pets (dandruff in fur, "lông"), "anh", "chị", "em"
alone saying it (mt.hobbies.who), "em" asking with "ạ" (the speaker), "mình" asked (I, or we?), "thế", "vậy" ending
a statement (so much? then?), an itchy scalp of "we" or "they" (scalps), "rồi" on dandruff had (now, or already?),
"không hay" (seldom?), "đã bị" (had, or has had?), "trị được" (can?), "chống gàu" as a verb, a plain "mua" (bought,
or buys?), a bare "hết gàu" and "không bị gàu trở lại" (when?), "I get dandruff." (now, or a habit?), "Has your
dandruff come back yet?", an English verb or auxiliary not agreeing ("He have to use", "She is use"), "gàu" as a
bucket ("gàu tát nước"), and anything else; hair loss, grey hair, dyeing, salons and showers are
mt/hair_loss.py's, grey_hairs.py's, hair_dyeing.py's, salons.py's and showers.py's (none of their shapes says "gàu"
or dandruff).
mt.phrasebook.translate tries these after mt/zips.py.

    >>> translate("Tôi bị gàu nhiều quá.", "vi", "en"), translate("Does this shampoo treat dandruff?", "en", "vi")
    ('I have a lot of dandruff.', 'Dầu gội này có trị gàu không?')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE_EN, WHO, WHO_EN, animal, em_speaking, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, SOFTENED_END, STRESSED_SAID, be, capitalised, keyed, present, progressive, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:gàu|gầu|ngứa\s+da\s+đầu)"), "en": lazy(r"(?i:dandruff|itchy\s+scalp)")}
_G = r"(?:gàu|gầu)"  # (both spellings of dandruff)
# asked with "không" (after "có"), "à" (without), "chưa" (whether yet); or said
_END = rf"(?:\s+(?P<asked>không|à|chưa))?{SOFTENED_END}"
_ASK = r"(?:(?P<ask>có)\s+|(?P<not>không)\s+)?"
_SHAMPOO = r"dầu\s+gội\s+(?:trị|chống)\s+" + _G

# who has it ("Tôi bị gàu nhiều quá.", "Bạn có hay bị gàu không?", "Tôi bị gàu trở lại.", "Bạn lại bị gàu à?")
_HAVE = lazy(rf"{WHO}\s+{_ASK}(?:(?P<how>hay|thường|từng|đang|lại)\s+)?bị\s+{_G}(?:\s+(?P<lots>nhiều)(?:\s+"
             r"(?P<much>quá|lắm))?)?(?:\s+(?P<back>trở\s+lại|quay\s+lại))?(?:\s+(?P<winter>vào\s+mùa\s+đông))?"
             rf"(?:\s+(?P<done>rồi))?{_END}")
# whose hair or head has it ("Tóc anh ấy có nhiều gàu.", "Tóc bạn có gàu không?", "Đầu tôi nhiều gàu quá.")
_HAIR = lazy(rf"(?i:tóc|đầu)\s+(?:của\s+)?{WHO}\s+(?:(?P<has>có)\s+|(?P<not>không\s+có)\s+)?"
             rf"(?:(?P<lots>nhiều|rất\s+nhiều)\s+)?{_G}(?:\s+(?P<much>quá|lắm))?{_END}")
# whose dandruff gone ("Tôi hết gàu rồi.", "Bạn hết gàu chưa?", "Tôi chưa hết gàu.")
_GONE = lazy(rf"{WHO}\s+(?:(?P<did>đã)\s+|(?P<yet>chưa)\s+)?hết\s+(?:bị\s+)?{_G}(?:\s+(?P<done>rồi))?{_END}")
# a shampoo treating it ("Dầu gội này có trị gàu không?", "Loại dầu gội này trị gàu rất tốt.")
_WELL = {"rất tốt": "very well", "tốt lắm": "very well", "rất hiệu quả": "very effectively"}
_TREAT = lazy(rf"(?P<kind>(?i:loại)\s+)?(?i:dầu)\s+gội\s+(?P<this>này|đó)\s+{_ASK}(?:trị|chữa)\s+{_G}"
              rf"(?:\s+(?P<well>rất\s+tốt|tốt\s+lắm|rất\s+hiệu\s+quả))?{_END}")
# anti-dandruff shampoo used or bought ("Tôi dùng dầu gội trị gàu.", "Bạn nên dùng dầu gội trị gàu.")
_USE = lazy(rf"{WHO}\s+{_ASK}(?:(?P<aux>đang|nên|phải|cần|muốn)\s+)?(?P<verb>dùng|sử\s+dụng|mua)\s+{_SHAMPOO}{_END}")
# an itchy scalp ("Tôi bị ngứa da đầu.", "Bạn có hay bị ngứa da đầu không?", "Tôi ngứa da đầu quá.")
_ITCHY = lazy(rf"{WHO}\s+{_ASK}(?:(?P<how>hay|thường)\s+)?(?:bị\s+)?ngứa\s+da\s+đầu(?:\s+(?P<much>quá|lắm))?{_END}")
_SHAMPOO_EN, _SHAMPOO_VI = "anti-dandruff shampoo", "dầu gội trị gàu"

# ... and in English: who has it, or an itchy scalp (the verb after who, or "Do", agreeing with who)
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<not>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                r"(?:\s+(?P<often>often))?(?P<verb>\s+(?:have|has|get|gets)|['’](?:ve|s)\s+got|\s+(?:have|has)\s+got)"
                r"\s+(?:(?P<lots>a\s+lot\s+of|lots\s+of|so\s+much)\s+)?(?P<what>dandruff|an\s+itchy\s+scalp)"
                r"(?:\s+(?P<again>again))?(?:\s+(?P<winter>in\s+(?:the\s+)?winter))?\s*(?P<end>[.!?]*)")
_HAD_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}\s+(?:(?P<used>used\s+to\s+have)|ever\s+had)\s+dandruff"
               r"\s*(?P<end>[.!?]*)")
# whose dandruff has come back or gone ("My dandruff has come back.", "Has your dandruff gone?")
_WHOSE_EN = rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)"
_BACK_EN = lazy(rf"(?:(?P<q>Has|Is)\s+)?{_WHOSE_EN}\s+dandruff(?P<aux>\s+has|['’]s|\s+is|\s+hasn['’]t|\s+has\s+not)?"
                r"\s+(?P<what>come\s+back|back|gone|cleared\s+up)(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_TREAT_EN = lazy(r"(?:(?P<q>Does)\s+)?(?P<this>(?i:this|that))(?P<kind>\s+kind\s+of)?\s+shampoo"
                 r"(?P<not>\s+doesn['’]t|\s+does\s+not)?\s+(?P<verb>treats|treat)\s+dandruff"
                 r"(?:\s+(?P<well>very\s+well|really\s+well|very\s+effectively))?\s*(?P<end>[.!?]*)")
_USE_EN = lazy(rf"(?:(?P<q>Do|Does|Are|Is|Am|Should|Would)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|should)\s+not|"
               r"\s+(?:don|doesn|shouldn)['’]t|\s+(?:should|have\s+to|has\s+to|needs?\s+to|would\s+like\s+to|"
               r"like\s+to|is|am|are)|['’](?:s|m|re|d\s+like\s+to))?\s+(?P<verb>use|uses|using|buy)\s+(?:an\s+)?"
               r"(?:anti-?dandruff|dandruff)\s+shampoo\s*(?P<end>[.!?]*)")
# each English auxiliary (or a question's first word) before "use", as Vietnamese says it (_agrees checks who)
_AUX_VI = {"": "", "do": "có", "does": "có", "don't": "không", "doesn't": "không", "do not": "không",
           "does not": "không", "should": "nên", "shouldn't": "không nên", "should not": "không nên", "have to": "phải",
           "has to": "phải", "need to": "cần", "needs to": "cần", "would like to": "muốn", "is": "đang", "'s": "đang",
           "are": "đang", "'re": "đang", "am": "đang", "'m": "đang"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who has dandruff or an itchy scalp, whose dandruff came back
    or went, whether a shampoo treats it, or who uses anti-dandruff shampoo; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("Tôi bị gàu nhiều thế.": so much?; "Tôi bị gàu vậy.": then?)
            return None
        return _have(text) or _hair(text) or _gone(text) or _treat(text) or _use(text) or _itchy(text)
    return _have_vi(text) or _had_vi(text) or _back_vi(text) or _treat_vi(text) or _use_vi(text)


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks: "có … không?" (the group "ask" said, where the pattern has it), or "à?"
    (without it); False said ("không" denying); None for a "?" on a statement, "có" or "không?" alone, "chưa?", or
    denied and asked."""
    asked, groups = keyed(m["asked"] or ""), m.groupdict()
    if bool(asked) != ("?" in m["end"]) or asked == "chưa" or "ask" in groups and bool(m["ask"]) != (
            asked == "không"):
        return None
    return None if asked and groups.get("not") else bool(asked)


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one ("she has"), as mt.hobbies.who gives them; None for a pet
    (dandruff in fur), for "anh", "chị", "em" alone saying it, "em" asking with "ạ" (the speaker: "Em có bị gàu
    không ạ?" is "Do I …?") and "mình" asked (I, or we?)."""
    if animal(m) or em_speaking(m) or asked and keyed(m["who"] or "") == "mình":
        return None
    return who(m, asked)


def _whose(who_: str) -> str:
    """Whose, in English, of who: "my", "your", "my mother's", "Lan's"."""
    return EN_WHOSE.get(who_) or f"{who_}'s"


def _have(text: str) -> str | None:
    """"Tôi bị gàu nhiều quá." as "I have a lot of dandruff.", "Bạn có hay bị gàu không?" as "Do you often get
    dandruff?", "Tôi từng bị gàu." as "I used to have dandruff.", "Tôi lại bị gàu rồi." as "I have dandruff again.",
    "Mẹ tôi bị gàu trở lại." as "My mother's dandruff has come back." (_HAVE); None for anything else."""
    m = _HAVE.fullmatch(text)
    asked = m and _asked(m)
    said = None if asked is None else _person(m, asked)
    if said is None:
        return None
    who_, one = said
    how, lots, by_a = keyed(m["how"] or ""), m["lots"] or m["much"], keyed(m["asked"] or "") == "à"
    if lots and (how not in ("", "đang") or m["back"] or m["not"] or m["much"] and asked) or \
            m["winter"] and how not in ("hay", "thường") or m["done"] and not (how == "lại" or m["back"]) or \
            m["not"] and how or how == "lại" and m["ask"] or how == "từng" and by_a:
        return None  # ("không hay": seldom?; "bị gàu rồi": now, or already?; "có lại bị gàu không?")
    if m["back"]:
        if how not in ("", "lại") or m["not"]:  # ("không bị gàu trở lại": hasn't, didn't, doesn't?)
            return None
        dandruff = f"{_whose(who_)} dandruff"
        return f"Has {dandruff} come back?" if asked else capitalised(f"{dandruff} has come back{stop(m['end'])}")
    if how in ("hay", "thường"):
        winter = " in winter" if m["winter"] else ""
        return present(who_, one, "get", f"dandruff{winter}", asked, False, m["end"], "often ")
    if how == "từng":
        return f"{'Has' if one else 'Have'} {who_} ever had dandruff?" if asked else \
            capitalised(f"{who_} used to have dandruff{stop(m['end'])}")
    what = "a lot of dandruff" if lots else "dandruff"
    return present(who_, one, "have", f"{what}{' again' * (how == 'lại')}", asked, bool(m["not"]), m["end"])


def _hair(text: str) -> str | None:
    """"Tóc anh ấy có nhiều gàu." as "He has a lot of dandruff.", "Tóc bạn có gàu không?" as "Do you have
    dandruff?", "Tóc tôi không có gàu." as "I don't have dandruff." (_HAIR); None for anything else."""
    m = _HAIR.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or not (m["has"] or m["lots"] or m["not"]) or m["not"] and m["lots"] or \
            asked and not (m["has"] and m["asked"] == "không") or \
            m["much"] and (asked or not m["lots"]) or (said := _person(m, asked)) is None:
        return None  # ("Tóc tôi gàu." says no "có"; "nhiều gàu quá không?")
    return present(*said, "have", "a lot of dandruff" if m["lots"] else "dandruff", asked, bool(m["not"]), m["end"])


def _gone(text: str) -> str | None:
    """"Tôi hết gàu rồi." as "My dandruff has gone.", "Bạn hết gàu chưa?" as "Has your dandruff gone yet?", "Tôi
    chưa hết gàu." as "My dandruff hasn't gone yet." (_GONE); None for anything else, and a bare "Tôi hết gàu."."""
    m = _GONE.fullmatch(text)
    if not m or ("?" in m["end"]) != (keyed(m["asked"] or "") in ("chưa", "à")) or m["asked"] == "không":
        return None
    asked, yet = "?" in m["end"], m["yet"]
    if yet and (asked or m["done"] or m["did"]) or not (asked or yet or m["done"] or m["did"]) or \
            m["asked"] == "chưa" and m["done"] or (said := _person(m, asked)) is None:
        return None
    dandruff = f"{_whose(said[0])} dandruff"
    if asked:
        return f"Has {dandruff} gone{' yet' * (m['asked'] == 'chưa')}?"
    return capitalised(f"{dandruff} {'hasn' + chr(39) + 't gone yet' if yet else 'has gone'}{stop(m['end'])}")


def _treat(text: str) -> str | None:
    """"Dầu gội này có trị gàu không?" as "Does this shampoo treat dandruff?", "Dầu gội này trị gàu rất tốt." as
    "This shampoo treats dandruff very well.", "Dầu gội đó không trị gàu." as "That shampoo doesn't treat
    dandruff." (_TREAT); None for anything else."""
    m = _TREAT.fullmatch(text)
    asked = m and _asked(m)
    if asked is None or m["well"] and (asked or m["not"]) or m["ask"] and keyed(m["asked"] or "") == "à":
        return None
    shampoo = f"{'this' if m['this'] == 'này' else 'that'}{' kind of' * bool(m['kind'])} shampoo"
    well = f" {_WELL[keyed(m['well'])]}" if m["well"] else ""
    return present(shampoo, True, "treat", f"dandruff{well}", asked, bool(m["not"]), m["end"])


def _use(text: str) -> str | None:
    """"Tôi dùng dầu gội trị gàu." as "I use anti-dandruff shampoo.", "Bạn nên dùng dầu gội trị gàu." as "You should
    use anti-dandruff shampoo.", "Bạn có đang dùng dầu gội trị gàu không?" as "Are you using anti-dandruff
    shampoo?", "Tôi cần mua dầu gội trị gàu." as "I need to buy anti-dandruff shampoo." (_USE); None for anything
    else, "mua" alone (bought, or buys?), "có phải" (is it that …?) and "không đang"."""
    m = _USE.fullmatch(text)
    asked = m and _asked(m)
    aux = keyed(m["aux"] or "") if m else ""
    if asked is None or m["verb"] == "mua" and aux in ("", "đang") or aux in ("phải", "đang") and m["not"] or \
            aux == "phải" and asked or keyed(m["asked"] or "") == "à" or (said := _person(m, asked)) is None:
        return None
    (who_, one), verb, end = said, "buy" if m["verb"] == "mua" else "use", m["end"]
    if aux in ("", "cần", "phải"):  # ("Do you need to …", "She doesn't use …", "He has to use …")
        verb = {"cần": "need to ", "phải": "have to "}.get(aux, "") + verb
        return present(who_, one, verb, _SHAMPOO_EN, asked, bool(m["not"]), end)
    if aux == "đang":
        return progressive(who_, be(who_), f"using {_SHAMPOO_EN}", asked, end)
    if aux == "nên":
        return f"Should {who_} {verb} {_SHAMPOO_EN}?" if asked else \
            capitalised(f"{who_} {'shouldn' + chr(39) + 't' if m['not'] else 'should'} {verb} {_SHAMPOO_EN}{stop(end)}")
    if asked:  # (muốn: would like to, or not want to)
        return f"Would {who_} like to {verb} {_SHAMPOO_EN}?"
    if m["not"]:
        return present(who_, one, f"want to {verb}", _SHAMPOO_EN, False, True, end)
    would = f"{who_}'d" if who_ in EN_WHOSE else f"{who_} would"
    return capitalised(f"{would} like to {verb} {_SHAMPOO_EN}{stop(end)}")


def _itchy(text: str) -> str | None:
    """"Tôi bị ngứa da đầu." as "I have an itchy scalp.", "Bạn có hay bị ngứa da đầu không?" as "Do you often get an
    itchy scalp?", "Mẹ tôi bị ngứa da đầu quá." as "My mother's scalp is so itchy." (_ITCHY); None for anything else,
    and for "we" or "they" (scalps)."""
    m = _ITCHY.fullmatch(text)
    asked = m and _asked(m)
    said = None if asked is None or keyed(m["asked"] or "") == "à" else _person(m, asked)
    if said is None or said[0] in ("we", "they") or m["much"] and (asked or m["not"] or m["how"]) or \
            m["not"] and m["how"]:
        return None
    who_, one = said
    if m["much"]:
        return capitalised(f"{_whose(who_)} scalp is so itchy{stop(m['end'])}")
    if m["how"]:
        return present(who_, one, "get", "an itchy scalp", asked, False, m["end"], "often ")
    return present(who_, one, "have", "an itchy scalp", asked, bool(m["not"]), m["end"])


def _agrees(word: str, one: bool) -> bool:
    """Whether an English verb or auxiliary (in small letters, "’" as "'") agrees with who said of one (he, she, a
    name) or not: "has", "does", "gets" with one, "have", "do", "get" with others; True for any that does not tell."""
    word = word.replace("’", "'")
    if word in ("has", "does", "gets", "doesn't", "does not", "'s got", "has got", "needs to", "has to", "is", "'s"):
        return one
    return not one if word in ("have", "do", "get", "don't", "do not", "'ve got", "have got", "need to", "have to",
                               "are", "'re", "am", "'m") else True


def _have_vi(text: str) -> str | None:
    """"I have a lot of dandruff." as "Tôi bị gàu nhiều quá.", "Do you have dandruff?" as "Bạn có bị gàu không?",
    "I often get dandruff in winter." as "Tôi hay bị gàu vào mùa đông.", "I have dandruff again." as "Tôi lại bị
    gàu.", "She has an itchy scalp." as "Cô ấy bị ngứa da đầu." (_HAVE_EN); None for anything else, a verb that does
    not agree with who, "get" without "often" (now, or a habit?), and "a lot of" or "often" denied."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["not"] or animal(m):
        return None
    who_, one = who_vi(m)
    verb = " ".join(m["verb"].lower().split()).replace("’", "'")
    first = (m["q"] or "").lower() or " ".join((m["not"] or "").lower().split()) or verb
    scalp = m["what"] != "dandruff"
    if not _agrees(first, one) or (m["q"] or m["not"]) and verb not in ("have", "get") or \
            verb in ("get", "gets") and not m["often"] or m["often"] and (m["not"] or verb.endswith("got")) or \
            m["lots"] and (scalp or m["often"] or m["not"] or m["again"]) or m["winter"] and not m["often"] or \
            m["again"] and (m["not"] or m["often"] or scalp) or scalp and who_ in ("chúng tôi", "họ"):
        return None  # ("We have an itchy scalp.": one scalp for us all?)
    what = "ngứa da đầu" if scalp else "gàu nhiều" if m["lots"] else "gàu"
    how, winter = "hay " * bool(m["often"]), " vào mùa đông" * bool(m["winter"])
    if m["again"]:  # ("Bạn lại bị gàu à?": again, asked as a surprise)
        return capitalised(f"{who_} lại bị gàu{' à?' if m['q'] else stop(m['end'])}")
    if m["q"]:
        return capitalised(f"{who_} có {how}bị {what}{winter} không?")
    much = " quá" * bool(m["lots"])  # ("nhiều quá", as one says it: a lot of it)
    return capitalised(f"{who_} {'không ' * bool(m['not'])}{how}bị {what}{much}{winter}{stop(m['end'])}")


def _had_vi(text: str) -> str | None:
    """"I used to have dandruff." as "Tôi từng bị gàu.", "Have you ever had dandruff?" as "Bạn có từng bị gàu
    không?" (_HAD_EN); None for anything else, and "Has" or "Have" not agreeing with who."""
    m = _HAD_EN.fullmatch(text)
    if not m or bool(m["q"]) != bool(not m["used"]) or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    if m["q"] and not _agrees(m["q"].lower(), one):
        return None
    return capitalised(f"{who_} có từng bị gàu không?" if m["q"] else f"{who_} từng bị gàu{stop(m['end'])}")


def _back_vi(text: str) -> str | None:
    """"My dandruff has come back." as "Tôi bị gàu trở lại.", "My mother's dandruff is back." as "Mẹ tôi bị gàu trở
    lại.", "My dandruff has gone." as "Tôi hết gàu rồi.", "Has your dandruff gone yet?" as "Bạn hết gàu chưa?", "My
    dandruff hasn't gone yet." as "Tôi chưa hết gàu." (_BACK_EN); None for anything else, and "yet" on come back
    ("Has your dandruff come back yet?": chưa, which the rule does not write)."""
    m = _BACK_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["q"] and m["aux"]:
        return None
    aux = " ".join((m["aux"] or "").lower().split()).replace("’", "'")
    q, what, not_ = (m["q"] or "").lower(), " ".join(m["what"].split()), aux in ("hasn't", "has not")
    be_ = q == "is" or aux == "is" or aux == "'s" and what in ("back", "gone")
    if not (q or aux) or what == "back" and not be_ or what in ("come back", "cleared up") and be_ or \
            what != "gone" and not_ or m["yet"] and (not (not_ or q) or "back" in what):
        return None  # ("My dandruff is come back.", "hasn't come back": not yet, or not at all?; "back yet?")
    who_ = WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")
    if who_ is None or m["someone"] and re.fullmatch(r"(?i:\w+\s+(?:dog|cat))", m["someone"]):
        return None
    if what in ("come back", "back"):
        return capitalised(f"{who_} có bị gàu trở lại không?" if q else f"{who_} bị gàu trở lại{stop(m['end'])}")
    if q:
        return capitalised(f"{who_} hết gàu chưa?")
    return capitalised(f"{who_} chưa hết gàu{stop(m['end'])}" if not_ else f"{who_} hết gàu rồi{stop(m['end'])}")


def _treat_vi(text: str) -> str | None:
    """"Does this shampoo treat dandruff?" as "Dầu gội này có trị gàu không?", "This shampoo treats dandruff very
    well." as "Dầu gội này trị gàu rất tốt.", "That shampoo doesn't treat dandruff." as "Dầu gội đó không trị gàu."
    (_TREAT_EN); None for anything else, and a verb that does not agree ("This shampoo treat …")."""
    m = _TREAT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "treat") != bool(m["q"] or m["not"]) or \
            m["well"] and (m["q"] or m["not"]) or m["q"] and m["not"]:
        return None
    shampoo = f"{'Loại dầu' if m['kind'] else 'Dầu'} gội {'này' if m['this'].lower() == 'this' else 'đó'}"
    if m["q"]:
        return f"{shampoo} có trị gàu không?"
    well = {"very well": " rất tốt", "really well": " rất tốt", "very effectively": " rất hiệu quả"}.get(
        " ".join((m["well"] or "").split()), "")
    return f"{shampoo} {'không ' * bool(m['not'])}trị gàu{well}{stop(m['end'])}"


def _use_vi(text: str) -> str | None:
    """"I use anti-dandruff shampoo." as "Tôi dùng dầu gội trị gàu.", "You should use an anti-dandruff shampoo." as
    "Bạn nên dùng dầu gội trị gàu.", "Do you use dandruff shampoo?" as "Bạn có dùng dầu gội trị gàu không?", "I need
    to buy anti-dandruff shampoo." as "Tôi cần mua dầu gội trị gàu." (_USE_EN); None for anything else, and a verb or
    an auxiliary that does not agree with who or with the other ("He have to use", "She is use", "Do you using")."""
    m = _USE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().split()).replace("’", "'").replace("'d like", "would like")
    q, verb = (m["q"] or "").lower(), m["verb"]
    key = ("would like to" if aux == "like to" else None) if q == "would" else None if q and aux or aux == "like to" \
        else q or aux  # ("Would you like to buy …?"; "I like to use …": a habit, left)
    said = _AUX_VI.get(key) if key is not None else None
    being = key in ("is", "am", "are", "'s", "'m", "'re")
    if said is None or (verb == "using") != being or not _agrees(key, one) or key in ("am", "'m") and who_ != "tôi" or \
            verb == "buy" and key in ("", "is", "am", "are", "'s", "'m", "'re") or \
            (verb != ("uses" if one else "use") if not key else verb == "uses"):
        # ("I buy …": now, or a habit?; "She use …", "Does she uses …"; the last check in brackets, or the "if … else"
        # took in all the checks before it, which then held only with no auxiliary: "He have to use …" was taken)
        return None
    word, goods = said.removeprefix("có").strip(), f"{'mua' if verb == 'buy' else 'dùng'} {_SHAMPOO_VI}"
    word += " " * bool(word)
    return capitalised(f"{who_} có {word}{goods} không?" if q else f"{who_} {word}{goods}{stop(m['end'])}")
