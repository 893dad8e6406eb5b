"""Crying and a baby's troubles, said, asked or told, both ways, written whole by rule: someone crying (still), why,
crying a lot or often, crying all night, not stopping, made to cry, stopped, bursting into tears, a baby teething,
and "don't cry", "stop crying". v8 (rules on) loses the baby to "your", reads "hay" (often) as "or" and "mọc răng"
(teething) as growing teeth, and loses "won't stop": "Sao em bé khóc vậy?" → "Why are your baby cry?", "Tại sao em bé
lại khóc?" → "Why do your baby cry?", "Sao cô ấy lại khóc?" → "Why were she cry?", "Con tôi đang mọc răng." → "My baby
is growing teeth.", "Bạn có hay khóc không?" → "Are you crying?", "Con bạn có hay khóc không?" → "Do you have or
cry?", "Con trai tôi hay khóc." → "My son cries.", "Em bé khóc suốt đêm." → "The baby crys during the night.", "Em bé
không chịu nín." → "The little baby is unpleasant.", "Em bé cứ khóc mãi." → "She cried forever.", "Em bé đã nín
rồi." → "Your baby has been slighted.", "Nín đi." → "You're gone.", "Cô ấy bật khóc." → "She cried out."; "The baby is
crying." → "Bé khóc.", "He made me cry." → "Anh ta khóc.", "The baby won't stop crying." → "Bé sẽ không ngừng khóc.",
"The baby keeps crying." → "Bé giữ khóc.", "She burst into tears." → "Cô ấy vỡ nước mắt.", "Is the baby teething?" →
"Bé có răng không?", "Do you cry often?" → "Bạn có khóc thường không?".
("Em bé đang khóc.", "Cô ấy khóc cả đêm.", "She cried all night." v8 writes well; they are taken with the rest.)

Taken: who as in mt/hobbies.py (a pronoun, kin and whose, someone by name; "anh", "chị", "em" alone only asking) or the
baby ("em bé", "bé", "em bé của tôi", "bé nhà tôi"; "the baby", "my baby" as "con tôi"): crying now or still, said or
asked; why ("Sao … (lại) khóc?", "… cứ khóc mãi?"); crying a lot, often, rarely, sometimes, never, said or asked; crying
all night, day, morning, evening; crying ("đã khóc", "cried"; "didn't cry", "isn't crying"); not stopping ("không chịu
nín", "won't stop crying") and crying on ("cứ khóc mãi", "keeps crying"); made someone cry, and who did; stopped crying
("nín rồi", "has stopped crying"), said or asked ("nín chưa?"); bursting into tears; teething, said or asked (or
starting to: "bắt đầu mọc răng"); "Đừng khóc (nữa).", "Nín đi.", "Đừng làm em bé khóc." and back. Left to the model:
"khóc" alone without "đang", "đã" or a time ("Em bé khóc.": crying now or cried?), "khóc nhiều" (a lot now, or then?), a
reason ("khóc vì đói"), about to or almost crying, a film or a thing that made someone cry, "please
don't cry", sadness (mt/feelings.py), babies born, due or sleeping (mt/babies.py, mt/sleep.py) and anything else.
mt.phrasebook.translate tries these after mt/mistakes.py.

    >>> translate("Sao em bé khóc vậy?", "vi", "en"), translate("The baby won't stop crying.", "en", "vi")
    ('Why is the baby crying?', 'Em bé cứ khóc mãi không nín.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import (
    BE_EN,
    SOFTENED_END,
    SOFTENER,
    alternatives,
    be,
    be_said,
    capitalised,
    contracted,
    keyed,
    progressive,
)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:khóc|nín|mọc\s+răng)"), "en": lazy(r"(?i:cry|cries|cried|tears|teething)")}

# who cries: the baby first ("Em bé" is not "Em", you), or who as mt/hobbies.py reads them
_BABY = rf"(?P<baby>(?i:em\s+bé|bé))(?:\s+(?:của|nhà)\s+(?P<owner>(?i:{alternatives(OWNERS)})))?"
_SUBJ = rf"(?:{_BABY}|{WHO})"
_WHOM = rf"(?:(?P<babyw>(?i:em\s+bé|bé))|{WHOM})"  # ("làm em bé khóc", "làm tôi khóc")
# how often, and English for it said (with "-s" where one cries) and asked; "không hay" is "doesn't cry much"
_OFTEN = {"hay": "cries a lot", "thường": "often cries", "thường xuyên": "often cries", "hiếm khi": "rarely cries",
          "ít khi": "rarely cries", "thỉnh thoảng": "sometimes cries", "đôi khi": "sometimes cries",
          "không bao giờ": "never cries", "lúc nào cũng": "always cries"}
_ASKED_OFTEN = {"hay", "thường", "thường xuyên"}  # ("Bạn có hay khóc không?": do you cry often?)
_SPANS = {"đêm": "night", "ngày": "day", "buổi sáng": "morning", "buổi chiều": "afternoon", "buổi tối": "evening"}
_SPANS_VI = {en: vi for vi, en in reversed(_SPANS.items())}
# what is said of who; "có … không", "à", "hả", "phải không", "chưa" asking ("rồi": done)
_PRED = "|".join([
    r"(?P<now>(?:(?P<still>vẫn(?:\s+còn)?)\s+)?(?P<ing>đang\s+)?khóc)",
    rf"(?P<often>(?P<very>rất\s+)?(?P<seldom>{alternatives(_OFTEN)}|không\s+hay)\s+khóc)",
    r"(?P<teeth>(?P<started>(?:đã\s+)?bắt\s+đầu\s+)?(?P<ing2>đang\s+)?mọc\s+răng)",
    rf"(?P<span>(?P<did>đã\s+)?khóc(?:\s+(?:cả|suốt(?:\s+cả)?)\s+(?P<unit>{alternatives(_SPANS)}))?)",
    r"(?P<wont>(?:cứ\s+)?khóc\s+(?:mãi|hoài)\s+không\s+(?:chịu\s+)?nín|không\s+chịu\s+nín(?:\s+khóc)?)",
    r"(?P<keeps>cứ\s+khóc\s+(?:mãi|hoài))",
    rf"(?P<made>(?:đã\s+)?làm\s+{_WHOM}\s+khóc)",
    r"(?P<stopped>(?P<did2>đã\s+)?(?:nín(?:\s+khóc)?|(?:thôi|ngừng)\s+khóc))",
    r"(?P<burst>(?:đã\s+)?(?:bật|òa|oà)\s+khóc)"])
_SAID = lazy(rf"{_SUBJ}\s+(?:(?P<ask>có)\s+)?(?:{_PRED})(?:\s+(?P<done>rồi))?"
             rf"(?:\s+(?P<tag>không|chưa|à|hả|phải\s+không))?{SOFTENED_END}")
_WHY = [lazy(rf"(?i:tại\s+sao|vì\s+sao|sao)\s+{_SUBJ}\s+(?:lại\s+)?(?:(?:đang\s+)?khóc|"
             rf"(?P<keeps>cứ\s+khóc\s+(?:mãi|hoài)))(?:\s+(?:vậy|thế))?\s*\?+"),
        lazy(rf"{_SUBJ}\s+(?:đang\s+)?khóc\s+(?:vì|tại)\s+sao{SOFTENER}\s*\?+")]
_WHO_MADE = lazy(rf"(?i:ai)\s+(?:đã\s+)?làm\s+{_WHOM}\s+khóc{SOFTENER}\s*\?+")
# told: "Đừng khóc (nữa).", "Con đừng khóc nhé.", "Đừng làm em bé khóc.", "Nín đi con."
_DONT = lazy(rf"(?:(?i:bạn|anh|chị|em|con|cháu)\s+)?(?i:đừng)\s+(?:(?P<make>làm\s+{_WHOM}\s+)?khóc)"
             r"(?:\s+(?P<more>nữa))?(?:\s+(?:nhé|nha|mà))?\s*[.!]*")
_HUSH = lazy(r"(?:(?i:con|em|bé|cháu)\s+)?(?i:nín)(?:\s+khóc)?\s+(?:đi|nào)(?:\s+(?:con|em|bé|cháu|nào))?"
             r"\s*[.!]*")

# ... and in English: the baby first ("the baby", "my baby"), or who as mt/hobbies.py reads them
_SUBJ_EN = rf"(?:(?P<baby>(?i:the)\s+baby|(?P<owner>(?i:{WHOSE_WORDS}))\s+baby)|{WHO_EN})"
_WHOM_EN = rf"(?:(?P<babyw>(?i:the\s+baby))|{WHOM_EN})"
_NOW_EN = lazy(rf"(?:(?P<be0>Is|Am|Are)\s+)?{_SUBJ_EN}{BE_EN}?(?P<not>\s+not|n['’]t)?(?:\s+(?P<still>still))?"
               r"\s+(?P<doing>crying|teething)\s*(?P<end>[.!?]*)")
_HABIT_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{_SUBJ_EN}(?P<dont>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                 r"(?:\s+(?P<adv>often|never|rarely|seldom|sometimes|always))?\s+(?P<cry>cry|cries)"
                 r"(?:\s+(?P<much>a\s+lot|often|much))?\s*(?P<end>[.!?]*)")
_HABIT_VI = {"often": "hay", "never": "không bao giờ", "rarely": "ít khi", "seldom": "ít khi",
             "sometimes": "thỉnh thoảng", "always": "lúc nào cũng"}
_PAST_EN = lazy(rf"(?:(?P<did>Did)\s+)?{_SUBJ_EN}(?P<didnt>\s+did\s+not|\s+didn['’]t)?\s+(?P<cry>cried|cry)"
                rf"(?:\s+all\s+(?P<unit>{alternatives(_SPANS_VI)})(?:\s+long)?)?\s*(?P<end>[.!?]*)")
_STOP_EN = lazy(rf"(?:(?P<aux0>Has|Have)\s+)?{_SUBJ_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve)?"
                r"(?:\s+(?P<wont>won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+stop|"
                r"\s+(?P<keep>keeps|keep|kept)|\s+(?P<stop>stopped))\s+crying\s*(?P<end>[.!?]*)")
_MADE_EN = lazy(rf"(?:(?P<asker>Who)|{_SUBJ_EN})\s+made\s+{_WHOM_EN}\s+cry\s*(?P<end>[.!?]*)")
_BURST_EN = lazy(rf"{_SUBJ_EN}\s+burst\s+(?:into\s+tears|out\s+crying)\s*[.!]*")
_WHY_EN = [lazy(rf"Why\s+(?P<be>is|am|are)\s+{_SUBJ_EN}(?:\s+(?P<still>still))?\s+crying\s*\?+"),
           lazy(rf"Why\s+(?P<do>does|do)\s+{_SUBJ_EN}\s+keep\s+crying\s*\?+"),
           lazy(rf"Why\s+did\s+{_SUBJ_EN}\s+cry\s*\?+")]
_DONT_EN = lazy(rf"(?:(?P<dont>Don['’]t|Do\s+not)\s+(?:(?P<make>make)\s+{_WHOM_EN}\s+)?cry"
                r"(?P<more>\s+any\s*more)?|(?P<stop>Stop)\s+crying)\s*[.!]*")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who cries, why, how often, how long, that they won't stop or
    have stopped, who made them cry, that a baby is teething, or tells someone not to cry; None for any other."""
    if src == "vi":
        return _told(text) or _why(text) or _said(text)
    return _told_vi(text) or _why_vi(text) or _said_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _SUBJ in English, and whether it takes "-s": "the baby", "my baby" ("em bé của tôi"), or as
    mt.hobbies.who says ("my son", "she"; None for "anh" said)."""
    if m["baby"]:
        return (f"{OWNERS[keyed(m['owner'])]} baby" if m["owner"] else "the baby"), True
    return who(m, asked)


def _whom(m: re.Match, lang: str) -> str | None:
    """Whom of a match of _WHOM (`lang` "vi") in English, or of _WHOM_EN in Vietnamese: "em bé" as "the baby", "tôi"
    as "me", "her" as "cô ấy"; None for anything else."""
    if m["babyw"]:
        return "the baby" if lang == "vi" else "em bé"
    return as_whom(m["whom"], lang)


def _told(text: str) -> str | None:
    """"Đừng khóc." as "Don't cry.", "Đừng khóc nữa." and "Nín đi." as "Stop crying.", "Đừng làm em bé khóc." as
    "Don't make the baby cry.", "Ai làm em bé khóc?" as "Who made the baby cry?"; None for anything else."""
    if _HUSH.fullmatch(text):
        return "Stop crying."
    if m := _WHO_MADE.fullmatch(text):
        whom = _whom(m, "vi")
        return whom and f"Who made {whom} cry?"
    if not (m := _DONT.fullmatch(text)):
        return None
    if m["make"]:
        whom = _whom(m, "vi")
        return None if m["more"] or not whom else f"Don't make {whom} cry."
    return "Stop crying." if m["more"] else "Don't cry."


def _why(text: str) -> str | None:
    """"Sao em bé khóc vậy?" as "Why is the baby crying?", "Sao anh lại khóc?" as "Why are you crying?", "Tại sao
    con tôi cứ khóc mãi?" as "Why does my child keep crying?"; None for anything else."""
    m = next((m for p in _WHY if (m := p.fullmatch(text))), None)
    said = m and _who(m, True)
    if not said:
        return None
    who_, one = said
    if m.groupdict().get("keeps"):
        return f"Why {'does' if one else 'do'} {who_} keep crying?"
    return f"Why {be(who_)} {who_} crying?"


def _asked(m: re.Match) -> bool | None:
    """Whether a match of _SAID asks ("có … không?", "… à?", "… chưa?"), or None where its words and its end do not
    agree ("Em bé có khóc.", "Em bé đang khóc không.")."""
    asked = "?" in m["end"]
    tag = " ".join((m["tag"] or "").split())
    if not asked:
        return None if m["ask"] or tag else False
    if m["ask"] and tag == "không" or not m["ask"] and tag in ("à", "hả", "phải không") or tag == "chưa" and \
            m["stopped"] and not m["ask"]:
        return True
    return None


def _said(text: str) -> str | None:
    """"Em bé đang khóc." as "The baby is crying.", "Bạn có hay khóc không?" as "Do you cry often?", "Con tôi đang mọc
    răng." as "My child is teething.", "Em bé cứ khóc mãi." as "The baby keeps crying.", "Tôi làm cô ấy khóc." as "I
    made her cry." (_SAID); None for anything else, and for "khóc" alone (now, or then?)."""
    m = _SAID.fullmatch(text)
    asked = m and _asked(m)
    said = m and asked is not None and _who(m, asked)
    if not said or m["done"] and not (m["stopped"] or m["started"]) or asked and m["tag"] == "chưa" and m["done"]:
        return None
    who_, one = said
    if m["now"]:
        if not (m["still"] or m["ing"]) or asked and m["ask"] and m["still"]:
            return None
        return progressive(who_, be(who_), f"{'still ' * bool(m['still'])}crying", asked)
    if m["often"]:
        return _often(m, who_, one, asked)
    if m["teeth"]:
        if bool(m["started"]) == bool(m["ing2"]) or asked and m["started"]:
            return None
        return f"{be(who_).capitalize()} {who_} teething?" if asked else capitalised(contracted(
            who_, f"{'has' if one else 'have'} started teething." if m["started"] else f"{be(who_)} teething."))
    if m["span"]:
        if not (m["unit"] or m["did"]) or asked and (m["ask"] and m["did"] or not m["unit"] and not m["did"]):
            return None
        span = f" all {_SPANS[keyed(m['unit'])]}" if m["unit"] else ""
        return f"Did {who_} cry{span}?" if asked else capitalised(f"{who_} cried{span}.")
    if asked and not m["stopped"]:
        return None  # ("Em bé cứ khóc mãi à?", "Em bé có bật khóc không?")
    if m["stopped"]:
        if not (m["done"] or m["did2"] or asked):
            return None
        return f"{'Has' if one else 'Have'} {who_} stopped crying?" if asked else \
            capitalised(contracted(who_, f"{'has' if one else 'have'} stopped crying."))
    if m["made"]:
        whom = _whom(m, "vi")
        return whom and capitalised(f"{who_} made {whom} cry.")
    if m["wont"] or m["keeps"]:
        keeps = "keeps" if one else "keep"
        return capitalised(f"{who_} won't stop crying." if m["wont"] else f"{who_} {keeps} crying.")
    return capitalised(f"{who_} burst into tears.")


def _often(m: re.Match, who_: str, one: bool, asked: bool) -> str | None:
    """How often who cries (_SAID's "often"): "hay khóc" as "cries a lot" (asked, "cry often"), "ít khi khóc" as
    "rarely cries", "không hay khóc" as "doesn't cry much"; "-s" dropped where who is not one."""
    seldom = keyed(m["seldom"])
    if m["very"] and seldom != "hay" or asked and (seldom not in _ASKED_OFTEN or not m["ask"] and m["very"]):
        return None
    if asked:
        return f"{'Does' if one else 'Do'} {who_} cry often?"
    if seldom == "không hay":
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t cry much.")
    said = _OFTEN[seldom]
    return capitalised(f"{who_} {said if one else said.replace('cries', 'cry')}.")


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _SUBJ_EN in Vietnamese, and whether English said it with "-s": "the baby" as "em bé", "my
    baby" as "con tôi", or as mt.hobbies.who_vi says ("my son" as "con trai tôi")."""
    if m["baby"]:
        return (f"con {WHOSE_VI[m['owner'].lower()]}" if m["owner"] else "em bé"), True
    return who_vi(m)


def _told_vi(text: str) -> str | None:
    """"Don't cry." as "Đừng khóc.", "Stop crying." as "Đừng khóc nữa.", "Don't make the baby cry." as "Đừng làm em
    bé khóc.", "Who made her cry?" as "Ai đã làm cô ấy khóc?"; None for anything else."""
    if (m := _MADE_EN.fullmatch(text)) and m["asker"]:
        whom = _whom(m, "en")
        return whom and "?" in m["end"] and f"Ai đã làm {whom} khóc?" or None
    if not (m := _DONT_EN.fullmatch(text)):
        return None
    if m["make"]:
        whom = _whom(m, "en")
        return None if m["more"] or not whom else f"Đừng làm {whom} khóc."
    return "Đừng khóc nữa." if m["more"] or m["stop"] else "Đừng khóc."


def _why_vi(text: str) -> str | None:
    """"Why is the baby crying?" as "Sao em bé lại khóc?", "Why does my son keep crying?" as "Sao con trai tôi cứ
    khóc mãi vậy?"; None for anything else, and where "is", "does" does not agree with who."""
    m = next((m for p in _WHY_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    who_, one = _who_vi(m)
    said = m.groupdict()
    if said.get("be") and said["be"] != be_of(who_, one) or said.get("do") and (said["do"] == "does") != one:
        return None
    if said.get("do"):
        return capitalised(f"Sao {who_} cứ khóc mãi vậy?")
    return capitalised(f"Sao {who_} {'vẫn còn' if said.get('still') else 'lại'} khóc?")


def _said_vi(text: str) -> str | None:
    """The Vietnamese of a sentence of _NOW_EN, _HABIT_EN, _PAST_EN, _STOP_EN, _MADE_EN or _BURST_EN; None for any
    other."""
    for rule, pattern in ((_now_vi, _NOW_EN), (_habit_vi, _HABIT_EN), (_past_vi, _PAST_EN), (_stop_vi, _STOP_EN),
                          (_made_vi, _MADE_EN), (_made_vi, _BURST_EN)):
        if (m := pattern.fullmatch(text)) and not m.groupdict().get("asker"):
            said = rule(m, *_who_vi(m))
            return said and capitalised(said)
    return None


def _now_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """"The baby is crying." as "em bé đang khóc.", "Is she still crying?" as "cô ấy vẫn đang khóc à?", "My son is
    teething." as "con trai tôi đang mọc răng."; None where "is" does not agree with who."""
    asked = "?" in m["end"]
    said = be_said(m["be0"] or m["be"] or "")
    if bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != asked or said != be_of(who_, one):
        return None
    if m["doing"] == "teething":
        return None if m["not"] or m["still"] else f"{who_} có đang mọc răng không?" if asked else \
            f"{who_} đang mọc răng."
    if m["not"]:
        return None if m["still"] or asked else f"{who_} không khóc."
    if asked:
        return f"{who_} vẫn đang khóc à?" if m["still"] else f"{who_} có đang khóc không?"
    return f"{who_} {'vẫn ' * bool(m['still'])}đang khóc."


def _habit_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """"He cries a lot." as "anh ấy hay khóc.", "She never cries." as "cô ấy không bao giờ khóc.", "Does the baby cry
    often?" as "em bé có hay khóc không?", "I don't cry much." as "tôi không hay khóc."; None where the verb does not
    agree with who ("He cry a lot.")."""
    asked, aux = "?" in m["end"], (m["do"] or m["dont"] or "").lower()
    adv, much = m["adv"], " ".join((m["much"] or "").split())
    agrees = ("does" in aux or "doesn" in aux) == one and m["cry"] == "cry" if aux else (m["cry"] == "cries") == one
    if bool(m["do"]) != asked or m["do"] and m["dont"] or bool(adv) == bool(much) or not agrees:
        return None
    if asked:
        return None if adv and adv != "often" or m["dont"] else f"{who_} có hay khóc không?"
    if m["dont"]:
        return None if adv else f"{who_} không hay khóc."
    return None if much == "much" else f"{who_} {_HABIT_VI[adv] if adv else 'hay'} khóc."


def _past_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """"She cried all night." as "cô ấy khóc cả đêm.", "My mother cried." as "mẹ tôi đã khóc.", "Did the baby cry all
    night?" as "em bé có khóc cả đêm không?"; None for "cry" without "did", or "cried" with it."""
    asked = "?" in m["end"]
    if bool(m["did"]) != asked or bool(m["did"] or m["didnt"]) != (m["cry"] == "cry") or m["did"] and m["didnt"]:
        return None
    span = f" cả {_SPANS_VI[m['unit'].lower()]}" if m["unit"] else ""
    if asked:
        return f"{who_} có khóc{span} không?"
    if m["didnt"]:
        return None if span else f"{who_} không khóc."
    return f"{who_} khóc{span}." if span else f"{who_} đã khóc."


def _stop_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """"The baby won't stop crying." as "em bé cứ khóc mãi không nín.", "He keeps crying." as "anh ấy cứ khóc mãi.",
    "The baby has stopped crying." as "em bé nín khóc rồi.", "Has she stopped crying?" as "cô ấy nín khóc chưa?";
    None where "has", "keeps" does not agree with who."""
    asked = "?" in m["end"]
    aux = be_said(m["aux0"] or m["aux"] or "").replace("'ve", "have")
    if m["aux0"] and m["aux"] or bool(m["aux0"]) != asked or (m["aux0"] or m["aux"]) and not m["stop"]:
        return None
    if m["stop"]:
        if aux and aux != ("has" if one else "have") and not (aux == "is" and one):  # ("she's stopped")
            return None
        return f"{who_} nín khóc chưa?" if asked else f"{who_} nín khóc rồi."
    if m["keep"] and m["keep"] != "kept" and (m["keep"] == "keeps") != one:
        return None
    return f"{who_} cứ khóc mãi không nín." if m["wont"] else f"{who_} cứ khóc mãi."


def _made_vi(m: re.Match, who_: str, one: bool) -> str | None:
    """"He made me cry." as "anh ấy đã làm tôi khóc.", "She burst into tears." as "cô ấy bật khóc." (_MADE_EN,
    _BURST_EN); None for anything else."""
    if "babyw" not in m.groupdict():
        return f"{who_} bật khóc."
    whom = _whom(m, "en")
    return None if not whom or "?" in m["end"] else f"{who_} đã làm {whom} khóc."
