"""Smoking and drinking, both ways, written whole by rule. v8 (every rule on) puts a habit in the past, reads "say"
as said, "bỏ thuốc" as leaving a drug, "quá chén" as a bowl and "tipsy" as a secret: "Anh ấy hút thuốc nhiều lắm." →
"He smoked a lot.", "Anh ấy không uống rượu." → "He didn't drink alcohol.", "Bố bạn có hút thuốc không?" → "Do you
smoke?", "Ông tôi bỏ thuốc lá năm ngoái." → "My grandparents quite smoking last year.", "Tôi đã bỏ thuốc lá." → "I
left the tobacco.", "Bố tôi cai thuốc lá được hai năm rồi." → "My father hanged tobacco for two years.", "Bố tôi bỏ
rượu rồi." → "I'm getting off of alcohol.", "Cấm hút thuốc." → "Smoking.", "Anh ấy say rồi." → "He's said.", "Tôi chưa
say." → "I'm not afraid.", "Tôi quá chén rồi." → "I'm too bowl."; "He doesn't drink." → "Anh ấy không uống gì.", "My
father gave up drinking." → "Cha tôi uống rượu." (drinks), "I'm a bit tipsy." → "Tôi là một chút bí quyết.", "I had
too much to drink last night." → "Tôi đã uống quá nhiều để uống tối qua.", "He had too much to drink." → "Anh ta phải
uống quá nhiều." (had to).

Taken: who (mt.hobbies.WHO, WHO_EN) smokes or drinks ("hút thuốc (lá)", "uống rượu", "uống bia"): a lot, too much,
not, not any more, still, used to, now, shouldn't, asked ("có … không?", "… à?"); who quits ("bỏ", "cai" "thuốc (lá)",
"hút thuốc", "rượu"): "rồi", "đã", "vừa", a day behind, "được" a span (quit that long ago), "sẽ" or a day ahead,
wants, tries, should or needs to, asked when ("… khi nào?") or whether ("… chưa?", "… rồi à?"); "Cấm hút thuốc.",
"Ở đây không được hút thuốc."; who is drunk ("say", "say rồi"), a bit tipsy ("hơi
say"), very drunk, not (yet), asked, on a day behind; who had too much to drink ("uống quá nhiều", "quá chén") with
"rồi", "đã" or a day behind. Days by mt.free_time.when, with mt.dates.NEAR_SPANS. Left: "anh", "chị", "em" alone
saying it (mt.hobbies.who), a plain "Tôi bỏ thuốc lá." (quitting now, or done), "uống quá nhiều" with no tense (a
habit, or tonight), "say" of anything but drink ("say xe", "say nắng"), "thuốc" put somewhere or taken (medicine), a
habit with a day, asking leave to smoke and "Đừng hút thuốc." (the model gets them right; mt/permission.py leaves
them), "Cheers!", "Một, hai, ba, dô!" and "Is smoking allowed here?" (the phrasebook's).
mt.phrasebook.translate tries these after mt/washing.py.

    >>> translate("Anh ấy hút thuốc nhiều lắm.", "vi", "en"), translate("I'm a bit tipsy.", "en", "vi")
    ('He smokes a lot.', 'Tôi hơi say.')
"""
from __future__ import annotations

import re

from .dates import AHEAD, NEAR_SPANS, SPAN, span
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, be_of, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .text import SOFTENED_END, be, be_said, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:thuốc|rượu|bia|\bsay|chén|\buống)"), "en": lazy(r"(?i:smok|drink|drunk|drank|tipsy)")}

# what is smoked or drunk, and the verb English has for it (the first Vietnamese of each is written back)
_HABITS = {"hút thuốc": "smoke", "hút thuốc lá": "smoke", "uống rượu": "drink", "uống rượu bia": "drink",
           "uống bia": "drink beer"}
_HABITS_VI = {"smoke": "hút thuốc", "smoke cigarettes": "hút thuốc lá", "drink": "uống rượu",
              "drink alcohol": "uống rượu", "drink beer": "uống bia"}
_MUCH = {"nhiều": "a lot", "nhiều lắm": "a lot", "rất nhiều": "a lot", "nhiều quá": "too much", "quá nhiều": "too much"}
_ING = {"smoke": "smoking", "drink": "drinking", "drink beer": "drinking beer"}
_MUCH_VI = {"a lot": "rất nhiều", "heavily": "nhiều", "too much": "quá nhiều", "much": "nhiều", "so much": "nhiều"}
# what is quit, in English, and back
_QUIT = {"thuốc": "smoking", "thuốc lá": "smoking", "hút thuốc": "smoking", "hút thuốc lá": "smoking",
         "rượu": "drinking", "rượu bia": "drinking", "uống rượu": "drinking", "uống rượu bia": "drinking"}
_QUIT_VI = {"smoking": "thuốc lá", "cigarettes": "thuốc lá", "drinking": "rượu", "alcohol": "rượu"}
# what someone means to do about it ("muốn bỏ": wants to quit; "đang cố bỏ": is trying to)
_MEANS = {"muốn": "want", "cố": "try", "cố gắng": "try", "đang cố": "try", "đang cố gắng": "try", "nên": "should",
          "cần": "need", "phải": "need"}
_MEANS_VI = {"want to": "muốn", "wants to": "muốn", "need to": "cần", "needs to": "cần", "should": "nên",
             "trying to": "đang cố", "going to": "sẽ", "will": "sẽ", "'ll": "sẽ"}

_HABIT = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không(?:\s+còn)?)\s+|(?P<used>(?:đã\s+)?từng)\s+|"
              r"(?P<still>vẫn(?:\s+còn)?)\s+|(?P<should>không\s+nên)\s+|(?P<now>đang)\s+)?"
              r"(?P<act>hút\s+thuốc(?:\s+lá)?|uống\s+(?:rượu\s+bia|rượu|bia))(?:\s+(?P<much>nhiều\s+lắm|"
              r"nhiều\s+quá|rất\s+nhiều|quá\s+nhiều|nhiều))?(?:\s+(?P<more>nữa))?(?:\s+(?P<q>không|à|hả))?"
              rf"{SOFTENED_END}")
_QUITS = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ)\s+)?(?:(?P<ask>có)\s+)?"
              rf"(?:(?P<means>muốn|đang\s+cố(?:\s+gắng)?|cố(?:\s+gắng)?|nên|cần|phải)\s+)?(?:bỏ|cai)\s+"
              r"(?P<what>(?:hút\s+)?thuốc(?:\s+lá)?|(?:uống\s+)?rượu(?:\s+bia)?)"
              rf"{DAY_AFTER}(?:\s+được\s+{SPAN})?(?:\s+(?P<done>rồi))?(?:\s+(?P<q>không|chưa|à|khi\s+nào|"
              rf"lúc\s+nào))?{SOFTENED_END}")
_NO_SMOKING = lazy(r"(?P<here0>[Ởở]\s+đây\s+)?(?:(?P<ban>[Cc]ấm)|[Kk]hông\s+được)\s+hút\s+thuốc(?:\s+lá)?"
                   r"(?P<here>\s+(?:ở|tại)\s+đây)?\s*[.!]*")
_DRUNK = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không|chưa)\s+|(?P<bit>hơi)\s+|"
              r"(?P<very>rất)\s+)?say(?:\s+(?:rượu|xỉn))?(?:\s+(?P<much>quá|lắm))?(?:\s+(?P<done>rồi))?"
              rf"(?:\s+(?P<q>không|à|hả))?{SOFTENED_END}")
_TOO_MUCH = lazy(rf"{DAY_OPENING}{WHO}\s+(?:(?P<tense>đã)\s+)?(?:uống\s+(?:(?P<bit>hơi\s+nhiều|hơi\s+quá)|"
                 r"quá\s+nhiều|nhiều\s+quá)|(?:uống\s+)?quá\s+chén)(?:\s+(?P<done>rồi))?"
                 rf"{SOFTENED_END}")

# ... and in English
_HABIT_EN = lazy(rf"(?:(?P<do>Do|Does)\s+)?{WHO_EN}(?:\s+(?P<not>don't|doesn't|do\s+not|does\s+not)|"
                 r"\s+(?P<still>still)|\s+(?P<used>used\s+to)|\s+(?P<should>shouldn't|should\s+not)|"
                 r"\s+(?P<never>never))?\s+(?P<verb>smokes?|drinks?)(?:\s+(?P<obj>cigarettes|alcohol|beer))?"
                 r"(?:\s+(?P<much>a\s+lot|too\s+much|so\s+much|much|heavily))?(?:\s+(?P<more>any\s*more))?"
                 r"\s*(?P<end>[.!?]*)")
_QUITS_EN = lazy(rf"{WHO_EN}(?P<aux>'ve|'s|'ll|'m|'re|\s+have|\s+has|\s+will|\s+am|\s+is|"
                 r"\s+are|\s+should|\s+wants?\s+to|\s+needs?\s+to)?(?:\s+(?P<just>just|already))?(?:\s+"
                 r"(?P<trying>trying\s+to|going\s+to))?\s+(?P<verb>quit|give\s+up|gave\s+up|given\s+up|stop|"
                 r"stopped)\s+(?P<what>smoking|drinking|cigarettes|alcohol)"
                 rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")
_QUITS_ASKED = lazy(rf"(?:(?P<when>When)\s+)?(?P<aux>(?i:did|have|has|do|does))\s+{WHO_EN}"
                    r"(?P<want>\s+want\s+to)?\s+(?P<verb>quit|give\s+up|given\s+up|stop|stopped)\s+"
                    r"(?P<what>smoking|drinking)(?P<yet>\s+yet)?\s*\?+")
_NO_SMOKING_EN = lazy(r"(?:(?P<no>No\s+smoking)|Smoking\s+is(?:\s+not|n't)\s+allowed)(?P<here>\s+(?:in\s+)?here)?"
                      r"\s*[.!]*")
_DRUNK_EN = lazy(rf"(?:(?P<be0>Is|Are|Am|Was|Were)\s+)?{WHO_EN}(?:(?P<be>\s+is|\s+am|\s+are|\s+was|\s+were|"
                 r"'s|'m|'re)(?P<not>\s+not|n't)?)?\s+(?:(?P<bit>a\s+(?:little|bit)(?:\s+bit)?)\s+|"
                 r"(?P<very>very|really|so)\s+)?(?P<state>drunk|tipsy)(?P<yet>\s+yet)?"
                 rf"{DAY_AFTER_EN}\s*(?P<end>[.!?]*)")
_TOO_MUCH_EN = lazy(rf"{WHO_EN}(?P<have>'ve|'s|\s+have|\s+has)?\s+(?P<verb>had|drank)\s+(?:(?P<bit>a\s+"
                    r"(?:little|bit)(?:\s+bit)?)\s+)?too\s+much(?P<drink>\s+to\s+drink)?"
                    rf"{DAY_AFTER_EN}\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who smokes or drinks, quits, is drunk or had too much, or
    that smoking is not allowed; None for any other."""
    if src == "vi":
        return _habit(text) or _quits(text) or _no_smoking(text) or _drunk(text) or _too_much(text)
    text = text.replace("’", "'")
    return (_habit_vi(text) or _quits_vi(text) or _quits_asked_vi(text) or _no_smoking_vi(text) or
            _drunk_vi(text) or _too_much_vi(text))


def _asked(m: re.Match, asking: tuple[str, ...] = ("không", "à", "hả")) -> bool | None:
    """Whether a Vietnamese match asks ("?" and one of `asking` at the end; "có" only with "không"); None where
    the two do not agree ("Bạn có hút thuốc à?", "Bạn hút thuốc không.")."""
    asked, q = "?" in m["end"], keyed(m["q"] or "")
    if asked != bool(q) or q and q not in asking or m.groupdict().get("ask") and q != "không":
        return None
    return asked


def _does(verb: str, one: bool) -> str:
    """A verb of one word or more said after who: "smoke" or "smokes", "drink beer" or "drinks beer"."""
    first, _, rest = verb.partition(" ")
    return f"{first}{'s' * one} {rest}".rstrip()


def _habit(text: str) -> str | None:
    """"Anh ấy hút thuốc nhiều lắm." as "He smokes a lot.", "Bố bạn có hút thuốc không?" as "Does your father
    smoke?", "Tôi không uống rượu nữa." as "I don't drink any more.", "Bạn không nên hút thuốc." as "You shouldn't
    smoke." (_HABIT); None for anything else."""
    m = _HABIT.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (said := who(m, asked)) is None:
        return None
    who_, one = said
    verb, much = _HABITS[keyed(m["act"])], keyed(m["much"] or "")
    if asked:
        if m["not"] or m["used"] or m["still"] or m["should"] or m["now"] or m["more"]:
            return None
        return f"{'Does' if one else 'Do'} {who_} {verb}{' ' * bool(much)}{_MUCH.get(much, '')}?"
    if m["ask"] or m["more"] and not m["not"] or m["now"] and (much or m["more"]):
        return None
    if m["not"]:
        much = "much" if much == "nhiều" else None if much else ""
        more = " any more" if m["more"] else ""
        return None if much is None else capitalised(f"{who_} {'doesn' if one else 'don'}'t {verb}"
                                                     f"{' ' * bool(much)}{much}{more}.")
    much = f" {'so much' if m['should'] and much == 'nhiều' else _MUCH[much]}" if much else ""
    if m["should"]:
        return capitalised(f"{who_} shouldn't {verb}{much}.")
    if m["now"]:
        return capitalised(contracted(who_, f"{be(who_)} {_ING[verb]}."))
    if m["used"]:
        return capitalised(f"{who_} used to {verb}{much}.")
    return capitalised(f"{who_} {'still ' * bool(m['still'])}{_does(verb, one)}{much}.")


def _quits(text: str) -> str | None:
    """"Ông tôi bỏ thuốc lá năm ngoái." as "My grandfather quit smoking last year.", "Tôi bỏ thuốc lá rồi." as
    "I've quit smoking.", "Bố tôi cai thuốc được hai năm rồi." as "My father quit smoking two years ago.", "Tôi muốn
    bỏ thuốc lá." as "I want to quit smoking.", "Bạn bỏ thuốc lá khi nào?" as "When did you quit smoking?" (_QUITS);
    None for anything else, and for a plain "Tôi bỏ thuốc lá." (quitting now, or done)."""
    m = _QUITS.fullmatch(text)
    asked = m and _asked(m, ("không", "chưa", "à", "khi nào", "lúc nào"))
    if not m or asked is None or m["day0"] and m["day"] or (said := who(m, asked)) is None:
        return None
    who_, one = said
    what, tense, means = _QUIT[keyed(m["what"])], keyed(m["tense"] or ""), _MEANS.get(keyed(m["means"] or ""))
    if (day := when(m["day0"] or m["day"], "vi", NEAR_SPANS)) is None:
        return None
    behind, ahead = bool(BEHIND.match(day)), bool(AHEAD.match(day) or day == "tonight")
    if m["n"]:  # ("được hai năm rồi": two years since)
        return None if day or means or asked or tense not in ("", "đã") else \
            capitalised(f"{who_} quit {what} {span(m)} ago.")
    if asked:
        return _quits_asked(m, who_, one, what, tense, means) if not day else None
    if means:
        return None if tense or day or m["done"] else _means(who_, one, means, what)
    day = f" {day}" if day else ""
    if tense in ("vừa", "mới", "vừa mới"):
        return None if ahead else capitalised(f"{who_} just quit {what}{day}.")
    if tense == "sẽ" or ahead:
        will = None if behind or m["done"] or tense == "đã" else contracted(who_, f"will quit {what}{day}.")
        return will and capitalised(will)
    if day and (behind or tense):
        return capitalised(f"{who_} quit {what}{day}.")
    if not day and (tense or m["done"]):
        return capitalised(contracted(who_, f"{'has' if one else 'have'} quit {what}."))
    return None


def _quits_asked(m: re.Match, who_: str, one: bool, what: str, tense: str, means: str | None) -> str | None:
    """A question of _QUITS in English: "When did you quit smoking?" ("… khi nào?"), "Have you quit smoking yet?"
    ("… chưa?"), "Has he quit smoking?" ("… rồi à?"), "Do you want to quit smoking?" ("có muốn … không?")."""
    q, has = keyed(m["q"]), "Has" if one else "Have"
    if q == "không":
        return f"{'Does' if one else 'Do'} {who_} want to quit {what}?" if means == "want" and m["ask"] else None
    if means or tense not in ("", "đã", "sẽ") or tense == "sẽ" and q in ("chưa", "à"):
        return None
    if q in ("khi nào", "lúc nào"):
        return None if m["done"] else f"When {'will' if tense == 'sẽ' else 'did'} {who_} quit {what}?"
    if q == "chưa":
        return None if m["done"] else f"{has} {who_} quit {what} yet?"
    return f"{has} {who_} quit {what}?" if m["done"] else None


def _means(who_: str, one: bool, means: str, what: str) -> str:
    """Who wants, tries, should or needs to quit, in English: "I want to quit smoking.", "He's trying to quit
    drinking.", "You should quit smoking.", "She needs to quit smoking."."""
    if means == "try":
        return capitalised(contracted(who_, f"{be(who_)} trying to quit {what}."))
    if means == "should":
        return capitalised(f"{who_} should quit {what}.")
    return capitalised(f"{who_} {means}{'s' * one} to quit {what}.")


def _no_smoking(text: str) -> str | None:
    """"Cấm hút thuốc." as "No smoking.", "Ở đây không được hút thuốc." as "Smoking isn't allowed here."
    (_NO_SMOKING); None for anything else, "Đừng hút thuốc." and the like (the model's) and "Ở đây có được hút thuốc
    không?" (the phrasebook's)."""
    m = _NO_SMOKING.fullmatch(text)
    if not m or m["here0"] and m["here"]:
        return None
    here = " here" if m["here0"] or m["here"] else ""
    return f"No smoking{here}." if m["ban"] or not here else f"Smoking isn't allowed{here}."


def _drunk(text: str) -> str | None:
    """"Anh ấy say rồi." as "He's drunk.", "Tôi hơi say." as "I'm a bit tipsy.", "Tối qua anh ấy say quá." as "He
    was very drunk last night.", "Bạn say rồi à?" as "Are you drunk?", "Tôi chưa say." as "I'm not drunk yet."
    (_DRUNK); None for anything else, and for a day ahead."""
    m = _DRUNK.fullmatch(text)
    asked = m and _asked(m)
    if not m or asked is None or (said := who(m, asked)) is None:
        return None
    if (day := when(m["day0"], "vi", NEAR_SPANS)) is None:
        return None
    who_ = said[0]
    past = bool(BEHIND.match(day))
    much, yet = m["very"] or m["much"], keyed(m["not"] or "") == "chưa"
    if day and not past or past and m["done"] or m["bit"] and much or m["not"] and (much or m["done"] or yet and past):
        return None
    be_ = ("was" if be(who_) in ("am", "is") else "were") if past else be(who_)
    day = f" {day}" if day else ""
    if asked:
        return None if m["not"] or m["bit"] or much else f"{be_.capitalize()} {who_} drunk{day}?"
    if m["ask"]:
        return None
    state = "not drunk yet" if yet else "not drunk" if m["not"] else "a bit tipsy" if m["bit"] else \
        "very drunk" if much else "drunk"
    return capitalised(contracted(who_, f"{be_} {state}{day}."))


def _too_much(text: str) -> str | None:
    """"Tối qua tôi uống nhiều quá." as "I had too much to drink last night.", "Anh ấy uống quá nhiều rồi." as "He's
    had too much to drink.", "Tôi quá chén rồi." as "I've had too much to drink." (_TOO_MUCH); None for anything
    else, and for "uống quá nhiều" with no tense (a habit, or tonight)."""
    m = _TOO_MUCH.fullmatch(text)
    if not m or "?" in m["end"] or (said := who(m, False)) is None:
        return None
    if (day := when(m["day0"], "vi", NEAR_SPANS)) is None:
        return None
    who_, one = said
    much = "a bit too much" if m["bit"] else "too much"
    if day:
        return capitalised(f"{who_} had {much} to drink {day}.") if BEHIND.match(day) and not m["done"] else None
    if m["done"]:
        return capitalised(contracted(who_, f"{'has' if one else 'have'} had {much} to drink."))
    return capitalised(f"{who_} had {much} to drink.") if m["tense"] else None


def _habit_vi(text: str) -> str | None:
    """"He smokes a lot." as "Anh ấy hút thuốc rất nhiều.", "Do you drink?" as "Bạn có uống rượu không?", "He
    doesn't drink." as "Anh ấy không uống rượu.", "I don't smoke any more." as "Tôi không hút thuốc nữa."
    (_HABIT_EN); None for anything else, and where the verb does not agree with who."""
    m = _HABIT_EN.fullmatch(text)
    if not m or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    verb, aux = m["verb"].lower(), keyed(m["do"] or m["not"] or "")
    base = verb.removesuffix("s")
    act = _HABITS_VI.get(f"{base} {m['obj'].lower()}" if m["obj"] else base)
    said_of_one = aux.startswith("does") if aux else verb.endswith("s")
    if act is None or said_of_one != one and not (m["used"] or m["should"]) or (
            aux or m["used"] or m["should"]) and verb != base:
        return None
    much = keyed(m["much"] or "")
    if much == "much" and not (m["do"] or m["not"]) or much == "so much" and not m["should"] or m["more"] and not \
            m["not"] or m["never"] and much or m["not"] and much not in ("", "much"):
        return None
    much = f" {_MUCH_VI[much]}" if much else ""
    if m["do"]:
        return capitalised(f"{who_} có {act}{' quá nhiều' if much == ' quá nhiều' else ' nhiều' * bool(much)} không?")
    if m["should"]:
        return capitalised(f"{who_} không nên {act}{' nhiều như vậy' if m['much'] == 'so much' else much}.")
    word = "không " if m["not"] else "không bao giờ " if m["never"] else "vẫn " if m["still"] else \
        "từng " if m["used"] else ""
    return capitalised(f"{who_} {word}{act}{much}{' nữa' * bool(m['more'])}.")


_BASE, _PAST, _DONE = {"quit", "give up", "stop"}, {"quit", "gave up", "stopped"}, {"quit", "given up", "stopped"}


def _quits_vi(text: str) -> str | None:
    """"My grandfather quit smoking last year." as "Năm ngoái ông tôi đã bỏ thuốc lá.", "I've quit smoking." as
    "Tôi đã bỏ thuốc lá rồi.", "I'm trying to quit smoking." as "Tôi đang cố bỏ thuốc lá.", "I'll quit smoking next
    week." as "Tuần sau tôi sẽ bỏ thuốc lá." (_QUITS_EN); None for anything else, and where the verb does not agree
    with who or with the day."""
    m = _QUITS_EN.fullmatch(text)
    if not m or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    aux, verb, what = keyed(m["aux"] or ""), keyed(m["verb"]), _QUIT_VI[m["what"].lower()]
    behind, ahead = bool(BEHIND.match(m["day"] or "")), bool(AHEAD.match(m["day"] or "") or day == "tối nay")
    trying = keyed(m["trying"] or "")
    if trying or aux in ("am", "is", "are", "'m", "'re"):
        if not trying or be_said(aux) != be_of(who_, one) or verb not in _BASE or m["just"] or \
                day and (trying == "trying to" or behind):
            return None
        return placed(f"{who_} {_MEANS_VI[trying]} bỏ {what}", day, ".")
    if aux in ("will", "'ll"):
        return None if verb not in _BASE or m["just"] or behind else placed(f"{who_} sẽ bỏ {what}", day, ".")
    if aux in _MEANS_VI:
        if verb not in _BASE or m["just"] or day or aux.endswith("s to") != one and aux != "should":
            return None
        return capitalised(f"{who_} {_MEANS_VI[aux]} bỏ {what}.")
    if aux:  # ("have", "has", "'ve", "'s")
        if verb not in _DONE or day or (aux in ("has", "'s")) != one:
            return None
        return capitalised(f"{who_} vừa bỏ {what}." if m["just"] == "just" else f"{who_} đã bỏ {what} rồi.")
    if verb not in _PAST or ahead:
        return None
    if m["just"] == "just":
        return placed(f"{who_} vừa bỏ {what}", day, ".")
    return placed(f"{who_} đã bỏ {what}{' rồi' * bool(m['just'] and not day)}", day, ".")


def _quits_asked_vi(text: str) -> str | None:
    """"When did you quit smoking?" as "Bạn bỏ thuốc lá khi nào?", "Have you quit smoking yet?" as "Bạn đã bỏ thuốc
    lá chưa?", "Do you want to quit smoking?" as "Bạn có muốn bỏ thuốc lá không?" (_QUITS_ASKED); None for anything
    else, and where "has" or "does" does not agree with who."""
    m = _QUITS_ASKED.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    aux, verb, what = m["aux"].lower(), keyed(m["verb"]), _QUIT_VI[m["what"]]
    if (aux in ("has", "does")) != one and aux != "did" or \
            (aux in ("do", "does")) != bool(m["want"]) or m["yet"] and aux in ("do", "does") or m["when"] and \
            (aux != "did" or m["yet"]) or verb not in (_DONE if aux in ("have", "has") else _BASE):
        return None
    if m["when"]:
        return capitalised(f"{who_} bỏ {what} khi nào?")
    return capitalised(f"{who_} có muốn bỏ {what} không?" if m["want"] else f"{who_} đã bỏ {what} chưa?")


def _no_smoking_vi(text: str) -> str | None:
    """"No smoking." as "Cấm hút thuốc.", "Smoking isn't allowed here." as "Ở đây không được hút thuốc."
    (_NO_SMOKING_EN); None for anything else, "Please don't smoke here." and the like (the model's) and "Is smoking
    allowed here?" (the phrasebook's)."""
    m = _NO_SMOKING_EN.fullmatch(text)
    if not m:
        return None
    here = " ở đây" if m["here"] else ""
    return f"Cấm hút thuốc{here}." if m["no"] else f"{'Ở đây không' if here else 'Không'} được hút thuốc."


def _drunk_vi(text: str) -> str | None:
    """"He's drunk." as "Anh ấy say rồi.", "I'm a bit tipsy." as "Tôi hơi say.", "Are you drunk?" as "Bạn say rồi
    à?", "I was very drunk last night." as "Tối qua tôi say lắm." (_DRUNK_EN); None for anything else, where "is"
    does not agree with who, and for the past with no day."""
    m = _DRUNK_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    said = be_said(m["be0"] or m["be"])
    past = said in ("was", "were")
    if said != be_of(who_, one, past) or (day := when(m["day"], "en", NEAR_SPANS)) is None or past != bool(day) or \
            past and not BEHIND.match(m["day"]):
        return None
    bit = bool(m["bit"]) or m["state"] == "tipsy"
    if m["very"] and bit or m["yet"] and not m["not"] or m["not"] and (bit or m["very"] or m["be0"]):
        return None
    if m["be0"]:
        return None if bit or m["very"] else placed(f"{who_} có say không", day, "?") if past else \
            capitalised(f"{who_} say rồi à?")
    if m["not"]:
        return None if m["yet"] and past else placed(f"{who_} {'chưa' if m['yet'] else 'không'} say", day, ".")
    state = "hơi say" if bit else "say lắm" if m["very"] else "say"
    return placed(f"{who_} {state}{' rồi' * (not past and not bit)}", day, ".")


def _too_much_vi(text: str) -> str | None:
    """"I had too much to drink last night." as "Tối qua tôi uống quá nhiều.", "He's had too much to drink." as "Anh
    ấy uống quá nhiều rồi.", "I drank too much." as "Tôi đã uống quá nhiều." (_TOO_MUCH_EN); None for anything
    else, "had too much" without "to drink" (eaten, maybe), and where "has" does not agree with who."""
    m = _TOO_MUCH_EN.fullmatch(text)
    if not m or (m["verb"] == "had") != bool(m["drink"]) or (day := when(m["day"], "en", NEAR_SPANS)) is None:
        return None
    who_, one = who_vi(m)
    much = "hơi nhiều" if m["bit"] else "quá nhiều"
    if m["have"]:
        if m["verb"] != "had" or day or (keyed(m["have"]) in ("has", "'s")) != one:
            return None
        return capitalised(f"{who_} uống {much} rồi.")
    if day:
        return placed(f"{who_} uống {much}", day, ".") if BEHIND.match(m["day"]) else None
    return capitalised(f"{who_} đã uống {much}.")
