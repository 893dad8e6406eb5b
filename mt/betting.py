"""Betting and gambling, both ways, written whole by rule: who bets on football (or horse racing, boxing …) or
gambles, how often, still, never, no longer; who won or lost a bet, or money betting or gambling; who is addicted to
betting; who has given up betting, wants, needs or tries to. v8 (rules on) reads "cá độ" as sand or a level, "thua
cược" as squiring, and "bet" as lying on or being: "Anh ấy cá độ bóng đá." → "He sand the football level.", "Anh tôi
thua cá độ mất nhiều tiền." → "I lost a lot of money.", "Tôi không bao giờ cá độ." → "I never sand.", "Bạn có cá độ
không?" → "Are you a sand?", "Anh ấy nghiện cá độ bóng đá." → "He adds the football level.", "Bố tôi đã bỏ cá độ rồi."
→ "I've left the sand.", "Tôi thua cược rồi." → "I lost my squiring."; and back, "He bets on football." → "Anh ấy nằm
trên bóng đá." (lies on), "My brother lost a lot of money betting." → "Anh tôi mất nhiều tiền.", "Do you bet?" → "Bạn
có phải không?", "He won a bet." → "Anh ta sẽ không thành công.", "He's addicted to betting." → "Anh ta nghiện rượu."
(drink), "My father has given up betting." → "Cha tôi đã từ bỏ việc chăm sóc.", "I lost a bet." → "Tôi đã mất một con
bò." (a cow), "I'll never bet again." → "Tôi sẽ không bao giờ trở lại.".

Taken: who (mt.hobbies.WHO, WHO_EN; no pets, not "I" asked) bets ("cá độ", "cá cược"; on one of _ON, online) or
gambles ("đánh bạc"): said, denied, asked, how often (mt.hobbies.SELDOM), still ("vẫn"; "còn" only asked), used to,
has never, ever (asked), not any more, no longer, will never again; who won or lost a bet ("thắng cược", "thua cá độ
bóng đá": "lost a bet on football") or money betting or gambling ("thua cá độ mất nhiều tiền", "thắng bạc được năm
triệu", "mất hết tiền": all one's own), just, or done ("rồi"), on a day behind (mt.dates.near_days); who is addicted
to betting ("nghiện cá độ", "nghiện đánh bạc"), said, denied, asked, used to be; who has given up betting ("đã bỏ cá
độ", "… rồi", asked "chưa?"), wants, needs, should or tries to. Left: "nghiện cờ bạc", "bỏ cờ bạc", "addicted to
gambling", "given up gambling" (mt/addiction.py's), the lottery (mt/lottery.py), matches won (mt/matches.py), games
(mt/games.py), luck (mt/luck.py), "I bet …" and "Tôi cá với bạn là …" (a whole clause bet), a plain "bet" of I, you,
we, they ("We bet on football.": now or past?), "quit betting" and "Tôi bỏ cá độ." (now, or done?), "đã cá độ" (once
or often?), "có bao giờ … không?" (ever, or ever now?), "còn" alone saying it ("Anh ấy còn cá độ.": still, or also?),
a bare win or loss done ("Tôi thua cược rồi.": which bet?), "anh", "chị", "em" alone saying it, a name's money ("Lan …
hết tiền": his or hers?), and anything else.
mt.phrasebook.translate tries these after mt/mouth_sores.py.

    >>> translate("Anh tôi thua cá độ mất nhiều tiền.", "vi", "en"), translate("He bets on football.", "en", "vi")
    ('My brother lost a lot of money betting.', 'Anh ấy cá độ bóng đá.')
"""
from __future__ import annotations

import re

from .dates import near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, be_agrees, own_thing, person_of, whose_own
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_TO_EN
from .rule_keys import key_checked
from .text import BE_EN, SOFTENED_END, alternatives, be, capitalised, contracted, keyed, present, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cá\s+độ|cược|đánh\s+bạc|thua\s+bạc|thắng\s+bạc)"), "en": lazy(r"(?i:\bbet|gambl)")}

# what is bet on (the first Vietnamese of each is written back)
_ON = {"bóng đá": "football", "đá bóng": "football", "đua ngựa": "horse racing", "quyền anh": "boxing",
       "bóng rổ": "basketball", "đá gà": "cockfights"}
_ON_VI = {en: vi for vi, en in reversed(_ON.items())} | {"football matches": "bóng đá", "soccer": "bóng đá",
                                                        "horses": "đua ngựa", "the horses": "đua ngựa",
                                                        "cockfighting": "đá gà"}
# the verbs, Vietnamese to English base (a thing bet on goes only with "bet"); English forms to Vietnamese
_BETS = {"cá độ": "bet", "cá cược": "bet", "đánh bạc": "gamble"}
_BETS_VI = {"bet": "cá độ", "bets": "cá độ", "gamble": "đánh bạc", "gambles": "đánh bạc", "gambled": "đánh bạc"}
_DONE = {"bet": "bet", "gamble": "gambled"}  # (past participles)
# near days behind, for a win or a loss ("Hôm qua anh ấy thua cá độ.")
_DAYS = near_days("hôm qua", "tối qua", "tối hôm qua", "đêm qua", "tuần trước", "tháng trước", "năm ngoái")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
_MONEY = {"nhiều tiền": "a lot of money", "rất nhiều tiền": "a lot of money"}
_ALL = {"hết tiền", "hết sạch tiền", "sạch tiền"}  # (all one's own money)
_UNITS = {"triệu": "million", "tỷ": "billion", "tỉ": "billion"}
_UNITS_VI = {"million": "triệu", "billion": "tỷ"}

_VERB = rf"(?P<verb>(?i:{alternatives(_BETS)}))(?:\s+(?P<on>(?i:{alternatives(_ON)})))?"
_ONLINE = r"(?P<online>\s+(?:qua\s+mạng|trên\s+mạng|online))?"
_HOW = rf"(?P<how>{alternatives(SELDOM)}|chưa\s+bao\s+giờ|chưa\s+từng|đã\s+bao\s+giờ|bao\s+giờ|(?:đã\s+)?từng|" \
       r"vẫn\s+còn|vẫn|còn|có|không\s+còn|không|sẽ\s+không\s+bao\s+giờ|sẽ\s+không)"
# who bets ("Anh ấy cá độ bóng đá.", "Bạn có cá độ không?", "Tôi sẽ không bao giờ cá độ nữa.")
_HABIT = lazy(rf"{WHO}\s+(?:{_HOW}\s+)?{_VERB}{_ONLINE}(?:\s+(?P<more>nữa))?(?:\s+(?P<asked>không|chưa))?"
              rf"{SOFTENED_END}")
# who won or lost a bet or money ("Anh tôi thua cá độ mất nhiều tiền.", "Hôm qua tôi thắng cược.")
_AMOUNT = rf"(?P<n>\d{{1,4}}|(?i:{alternatives(VI_TO_EN)}))\s+(?P<unit>{alternatives(_UNITS)})(?:\s+đồng)?"
_RESULT = lazy(rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s+)?{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?"
               rf"(?P<res>thắng|thua)\s+(?P<what>cá\s+độ|cá\s+cược|cược|bạc)(?:\s+(?P<on>{alternatives(_ON)}))?"
               rf"(?:\s+(?P<link>mất|được)\s+(?P<money>{alternatives(_MONEY)}|(?P<all>{alternatives(_ALL)})|"
               rf"{_AMOUNT}))?(?:\s+(?P<day1>{alternatives(_DAYS)}))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# who is addicted ("Anh ấy nghiện cá độ bóng đá.", "Bạn có nghiện cá độ không?")
_HOOKED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+|(?P<used>(?:đã\s+)?từng)\s+)?(?:bị\s+)?nghiện\s+"
               rf"{_VERB}{_ONLINE}(?:\s+(?P<asked>không))?{SOFTENED_END}")
# who gave it up ("Bố tôi đã bỏ cá độ rồi.", "Anh ấy muốn bỏ cá độ.", "Bạn đã bỏ cá độ chưa?")
_MEANS = {"muốn": "want", "cần": "need", "nên": "should", "cố": "try", "cố gắng": "try", "đang cố": "try",
          "đang cố gắng": "try"}
_QUIT = lazy(rf"{WHO}\s+(?:(?P<tense>đã)\s+)?(?:(?P<means>{alternatives(_MEANS)})\s+)?(?:bỏ|cai)\s+{_VERB}"
             rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa))?{SOFTENED_END}")

# ... and in English ("’" is read as "'")
_ON_EN = rf"(?:\s+on\s+(?P<on>(?i:{alternatives(_ON_VI)})))?"
_HABIT_EN = lazy(rf"(?:(?P<q>Do|Does|Have|Has)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|will)\s+not|\s+(?:don|doesn|won)'t|"
                 r"\s+(?:has|have)\s+never|'(?:s|ve|ll)\s+never|\s+will\s+never|\s+used\s+to|\s+no\s+longer|"
                 rf"\s+(?:{alternatives(HABIT_VI)}|still|ever))?\s+(?P<verb>bets|bet|gambles|gambled|gamble)"
                 rf"{_ON_EN}(?P<online>\s+online)?(?P<more>\s+any\s*more|\s+again)?\s*(?P<end>[.!?]*)")
_RESULT_EN = lazy(rf"{WHO_EN}(?P<aux>\s+(?:has|have)(?:\s+just)?|'(?:s|ve)(?:\s+just)?|\s+just)?\s+(?P<res>lost|won)"
                  r"\s+(?:(?P<bet>a\s+bet)|(?P<money>a\s+lot\s+of\s+money|lots\s+of\s+money|all\s+(?P<owner>my|your|"
                  rf"his|her|our|their)\s+money|(?P<n>\d{{1,4}}|(?i:{alternatives(EN_TO_VI)}))\s+(?P<unit>million|"
                  rf"billion)\s+dong)\s+(?P<how>betting|gambling)){_ON_EN}(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?"
                  r"\s*(?P<end>[.!]*)")
_HOOKED_EN = lazy(rf"(?:(?P<q>Is|Are|Am)\s+)?{WHO_EN}(?:{BE_EN}(?P<not>\s+not|n't)?|\s+(?P<used>used\s+to\s+be))?"
                  rf"\s+(?:addicted\s+to|hooked\s+on)\s+betting{_ON_EN}(?P<online>\s+online)?\s*(?P<end>[.!?]*)")
_QUIT_EN = lazy(rf"(?:(?P<q>Has|Have)\s+)?{WHO_EN}(?:(?P<has>\s+has|\s+have|'s|'ve)|{BE_EN}\s+(?P<trying>trying\s+to)|"
                r"\s+(?P<means>wants|want|needs|need)\s+to|\s+(?P<should>should))?(?:\s+(?P<just>just))?\s+"
                r"(?P<verb>quit|give\s+up|gave\s+up|given\s+up|stop|stopped)\s+betting"
                rf"{_ON_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who bets or gambles, won or lost a bet or money betting, is
    addicted to betting, or has given it up; None for any other."""
    if src == "vi":
        return _habit(text) or _result(text) or _hooked(text) or _quit(text)
    text = text.replace("’", "'")
    return _habit_vi(text) or _result_vi(text) or _hooked_vi(text) or _quit_vi(text)


def _betting(m: re.Match, lang: str = "vi") -> tuple[str, str]:
    """The verb of a match of _VERB in English, base and what is bet on ("bet", " on football"); of an English match
    (`lang` "en") the Vietnamese ("cá độ", " bóng đá"); an online said after either."""
    online = " online" if m.groupdict().get("online") else ""
    if lang == "en":
        return "cá độ", (f" {_ON_VI[keyed(m['on'])]}" if m["on"] else "") + online.replace("online", "qua mạng")
    base = _BETS[keyed(m["verb"])]
    return base, (f" on {_ON[keyed(m['on'])]}" if m["on"] else "") + online


def _habit(text: str) -> str | None:
    """"Anh ấy cá độ bóng đá." as "He bets on football.", "Bạn có cá độ không?" as "Do you bet?", "Tôi không bao giờ
    cá độ." as "I never bet.", "Anh ấy không cá độ nữa." as "He doesn't bet any more.", "Bạn đã bao giờ cá độ chưa?"
    as "Have you ever bet?" (_HABIT); None for anything else, and a thing bet on by "đánh bạc"."""
    m = _HABIT.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or m["on"] and keyed(m["verb"]) == "đánh bạc":
        return None
    how, q, more = keyed(m["how"] or ""), keyed(m["asked"] or ""), bool(m["more"])
    said = person_of(m, bool(q))
    if said is None:
        return None
    who_, one = said
    base, rest = _betting(m)
    done = f"{_DONE[base]}{rest}"
    if q == "chưa":  # (ever asked: "đã bao giờ … chưa?")
        ok = how in ("đã bao giờ", "bao giờ", "từng", "đã từng") and not more
        return f"{'Has' if one else 'Have'} {who_} ever {done}?" if ok else None
    if q:
        ok = how in ("có", "còn", "vẫn còn", "vẫn") and not more
        return present(who_, one, base, rest.strip(), asked=True, adverb="still " * (how != "có")) if ok else None
    if more != (how == "sẽ không") and how not in ("không", "không còn", "sẽ không bao giờ"):
        return None  # ("nữa" only after "không": not any more)
    end = stop(m["end"])
    if how in ("", "không"):
        return present(who_, one, base, (rest + " any more" * more).strip(), denied=bool(how), end=m["end"])
    if how in SELDOM or how in ("vẫn", "vẫn còn"):  # ("còn" alone saying it: still, or also? "… còn cá độ nữa")
        adverb = SELDOM.get(how, "still")
        return capitalised(f"{who_} {adverb} {base + 's' if one else base}{rest}{end}")
    if how in ("chưa bao giờ", "chưa từng"):
        return capitalised(f"{who_} {'has' if one else 'have'} never {done}{end}")
    if how in ("từng", "đã từng"):
        return capitalised(f"{who_} used to {base}{rest}{end}")
    if how == "không còn":
        return capitalised(f"{who_} no longer {base + 's' if one else base}{rest}{end}")
    if how == "sẽ không bao giờ":
        return capitalised(contracted(who_, f"will never {base}{rest}{' again' * more}") + end)
    return capitalised(f"{who_} won't {base}{rest} any more{end}") if how == "sẽ không" else None


def _result(text: str) -> str | None:
    """"Anh tôi thua cá độ mất nhiều tiền." as "My brother lost a lot of money betting.", "Anh ấy thắng cá độ." as "He
    won a bet.", "Tôi vừa thua cá độ bóng đá." as "I've just lost a bet on football.", "Hôm qua chú tôi thắng bạc được
    năm triệu." as "My uncle won five million dong gambling yesterday." (_RESULT); None for anything else, "mất" with a
    win or "được" with a loss, a bare win or loss done ("rồi"), and all the money of a name (his or hers?)."""
    m = _RESULT.fullmatch(text)
    if not m or "?" in m["end"] or (said := person_of(m, False)) is None:
        return None
    who_, one = said
    lost, what, tense, day = m["res"] == "thua", keyed(m["what"]), keyed(m["tense"] or ""), m["day0"] or m["day1"]
    if m["link"] and (m["link"] == "mất") != lost or m["day0"] and m["day1"] or day and (tense or m["done"]):
        return None
    if m["on"] and what in ("cược", "bạc") or tense and tense != "đã" and m["done"]:
        return None
    on = f" on {_ON[keyed(m['on'])]}" if m["on"] else ""
    if m["money"]:
        if m["all"]:
            whose = whose_own(m, who_)
            if whose is None or not lost:
                return None
            money = f"all {whose} money"
        elif m["unit"]:
            money = f"{VI_TO_EN.get(keyed(m['n']), m['n'])} {_UNITS[keyed(m['unit'])]} dong"
        else:
            money = _MONEY[keyed(m["money"])]
        said_ = f"{money} {'gambling' if what == 'bạc' else 'betting'}{on}"
    elif what == "bạc" or m["done"]:
        return None
    else:
        said_ = f"a bet{on}"
    verb = "lost" if lost else "won"
    when = f" {_DAYS[keyed(day)]}" if day else ""
    if tense in ("vừa", "mới", "vừa mới") or m["done"]:
        just = "just " if tense and tense != "đã" else ""  # ("đã … rồi" is done, not just done)
        return capitalised(contracted(who_, f"{'has' if one else 'have'} {just}{verb} {said_}") + stop(m["end"]))
    return capitalised(f"{who_} {verb} {said_}{when}{stop(m['end'])}")


def _hooked(text: str) -> str | None:
    """"Anh ấy nghiện cá độ bóng đá." as "He's addicted to betting on football.", "Bạn có nghiện cá độ không?" as
    "Are you addicted to betting?", "Chồng cô ấy từng nghiện đánh bạc." as "Her husband used to be addicted to
    gambling." (_HOOKED); None for anything else."""
    m = _HOOKED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or m["on"] and keyed(m["verb"]) == "đánh bạc":
        return None
    said = person_of(m, asked)
    if said is None or asked and (m["not"] or m["used"]):
        return None
    who_, base, rest = said[0], *_betting(m)
    what = f"addicted to {'betting' if base == 'bet' else 'gambling'}{rest}"
    if asked:
        return f"{be(who_).capitalize()} {who_} {what}?"
    if m["used"]:
        return capitalised(f"{who_} used to be {what}{stop(m['end'])}")
    return capitalised(contracted(who_, f"{be(who_)}{' not' * bool(m['not'])} {what}") + stop(m["end"]))


def _quit(text: str) -> str | None:
    """"Bố tôi đã bỏ cá độ rồi." as "My father's given up betting.", "Bạn đã bỏ cá độ chưa?" as "Have you given up
    betting yet?", "Anh ấy muốn bỏ cá độ." as "He wants to give up betting.", "Tôi đang cố bỏ cá độ." as "I'm trying
    to give up betting." (_QUIT); None for anything else, and a plain "Tôi bỏ cá độ." (now, or done?)."""
    m = _QUIT.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or m["on"] and keyed(m["verb"]) == "đánh bạc":
        return None
    said = person_of(m, asked)
    if said is None:
        return None
    who_, one = said
    base, rest = _betting(m)
    what = f"{'betting' if base == 'bet' else 'gambling'}{rest}"
    means = _MEANS.get(keyed(m["means"] or ""))
    if means:
        if m["tense"] or m["done"] or asked:
            return None
        if means == "try":
            return capitalised(contracted(who_, f"{be(who_)} trying to give up {what}") + stop(m["end"]))
        if means == "should":
            return capitalised(f"{who_} should give up {what}{stop(m['end'])}")
        return present(who_, one, means, f"to give up {what}", end=m["end"])
    if asked:
        return f"{'Has' if one else 'Have'} {who_} given up {what} yet?" if not m["done"] else None
    if not (m["tense"] or m["done"]):
        return None
    return capitalised(contracted(who_, f"{'has' if one else 'have'} given up {what}") + stop(m["end"]))


def _agrees(first: str, one: bool) -> bool:
    """Whether an English verb or auxiliary said first after who (or asking) agrees with who (`one`: he, a name)."""
    if first in ("does", "has", "'s", "bets", "gambles", "wants", "needs"):
        return one
    return not one if first in ("do", "have", "'ve", "bet", "gamble", "want", "need") else True


def _habit_vi(text: str) -> str | None:
    """"He bets on football." as "Anh ấy cá độ bóng đá.", "Do you bet?" as "Bạn có cá độ không?", "I never bet." as
    "Tôi không bao giờ cá độ.", "She doesn't gamble any more." as "Cô ấy không đánh bạc nữa.", "I'll never bet
    again." as "Tôi sẽ không bao giờ cá độ nữa." (_HABIT_EN); None for anything else, where the verb does not agree
    with who, and a plain "bet" of I, you, we or they ("We bet on football.": now, or past?)."""
    m = _HABIT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["on"] and m["verb"].startswith("gambl"):
        return None
    said = person_of(m, bool(m["q"]), "en")
    if said is None:
        return None
    who_, one = said
    q, verb, more = (m["q"] or "").lower(), m["verb"], " ".join((m["more"] or "").split())
    aux = " ".join((m["aux"] or "").lower().replace("won't", "will not").replace("n't", " not").split())
    aux = {"'s never": "has never", "'ve never": "have never", "'ll never": "will never"}.get(aux, aux)
    _, rest = _betting(m, "en")
    vi = _BETS_VI[verb]
    plain = verb in ("bet", "gamble")  # (base, or "bet" done)
    said_s = verb.endswith("s")
    if q in ("have", "has"):
        ok = aux == "ever" and verb in ("bet", "gambled") and _agrees(q, one) and not more
        return capitalised(f"{who_} đã bao giờ {vi}{rest} chưa?") if ok else None
    if q:
        ok = plain and aux in ("", "still") and _agrees(q, one) and not more
        return capitalised(f"{who_} {'còn' if aux else 'có'} {vi}{rest} không?") if ok else None
    if more and aux not in ("do not", "does not", "will not", "will never") or more == "again" and aux != "will never":
        return None
    if aux in ("do not", "does not"):
        ok = plain and _agrees(aux.split()[0], one)
        return capitalised(f"{who_} không {vi}{rest}{' nữa' * bool(more)}{stop(m['end'])}") if ok else None
    if aux in ("has never", "have never"):
        ok = verb in ("bet", "gambled") and _agrees(aux.split()[0], one)
        return capitalised(f"{who_} chưa bao giờ {vi}{rest}{stop(m['end'])}") if ok else None
    if aux in ("will never", "will not"):
        how = "sẽ không bao giờ" if aux == "will never" else "sẽ không"
        ok = plain and verb != "gambled" and (more or aux == "will never")
        return capitalised(f"{who_} {how} {vi}{rest}{' nữa' * bool(more)}{stop(m['end'])}") if ok else None
    if aux == "used to":
        return capitalised(f"{who_} từng {vi}{rest}{stop(m['end'])}") if plain else None
    if verb == "gambled" or said_s != one or aux == "ever":
        return None
    if not aux and verb == "bet":
        return None  # (now, or past?)
    how = {"": "", "still": "vẫn ", "no longer": "không còn "}.get(aux, f"{HABIT_VI.get(aux, '')} ")
    return capitalised(f"{who_} {how}{vi}{rest}{' nữa' * (aux == 'no longer')}{stop(m['end'])}")


def _result_vi(text: str) -> str | None:
    """"My brother lost a lot of money betting." as "Anh tôi thua cá độ mất nhiều tiền.", "He won a bet." as "Anh ấy
    thắng cược.", "I lost a bet on football." as "Tôi thua cá độ bóng đá.", "She has just lost all her money betting."
    as "Cô ấy vừa thua cá độ mất hết tiền." (_RESULT_EN); None for anything else, where "has" does not agree, and
    another's money ("He lost all her money betting.")."""
    m = _RESULT_EN.fullmatch(text)
    if not m or (said := person_of(m, False, "en")) is None:
        return None
    who_, one = said
    aux = " ".join((m["aux"] or "").split())
    first, just = aux.split(" ")[0] if aux else "", "just" in aux
    if first and first != "just" and not _agrees(first, one) or m["day"] and aux or m["bet"] and first and not just:
        return None  # (a bare bet done, "has lost a bet": which bet?)
    on = f" {_ON_VI[keyed(m['on'])]}" if m["on"] else ""
    res = "thua" if m["res"] == "lost" else "thắng"
    if m["bet"]:
        said_ = f"{res} cá độ{on}" if on else f"{res} cược"
    else:
        if m["owner"] and (m["res"] == "won" or not own_thing(m, who_, one)):
            return None
        money = "hết tiền" if m["owner"] else f"{EN_TO_VI.get(m['n'].lower(), m['n'])} " \
            f"{_UNITS_VI[m['unit']]} đồng" if m["n"] else "nhiều tiền"
        how = "cá độ" if m["how"] == "betting" else "bạc"
        if how == "bạc" and on:
            return None
        said_ = f"{res} {how}{on} {'mất' if m['res'] == 'lost' else 'được'} {money}"
    if m["day"]:
        return f"{capitalised(_DAYS_VI[m['day'].lower()])} {who_} {said_}{stop(m['end'])}"
    if just:
        return capitalised(f"{who_} vừa {said_}{stop(m['end'])}")
    return capitalised(f"{who_} {said_}{' rồi' * bool(first)}{stop(m['end'])}")


def _hooked_vi(text: str) -> str | None:
    """"He's addicted to betting." as "Anh ấy nghiện cá độ.", "Is she addicted to betting on football?" as "Cô ấy có
    nghiện cá độ bóng đá không?", "I'm not hooked on betting." as "Tôi không nghiện cá độ." (_HOOKED_EN); None for
    anything else, and where "is", "am" or "are" does not agree with who."""
    m = _HOOKED_EN.fullmatch(text)
    asked = bool(m and m["q"])
    if not m or asked != ("?" in m["end"]) or asked and (m["be"] or m["used"]) or not (asked or m["be"] or m["used"]):
        return None
    said = person_of(m, asked, "en")
    if said is None or not m["used"] and not be_agrees(m, m["q"] or m["be"]):
        return None
    who_, rest = said[0], _betting(m, "en")[1]
    if asked:
        return capitalised(f"{who_} có nghiện cá độ{rest} không?")
    how = "từng " if m["used"] else "không " if m["not"] else ""
    return capitalised(f"{who_} {how}nghiện cá độ{rest}{stop(m['end'])}")


def _quit_vi(text: str) -> str | None:
    """"My father has given up betting." as "Bố tôi đã bỏ cá độ rồi.", "Has he given up betting yet?" as "Anh ấy đã
    bỏ cá độ chưa?", "She wants to quit betting." as "Cô ấy muốn bỏ cá độ.", "I'm trying to stop betting." as "Tôi
    đang cố bỏ cá độ." (_QUIT_EN); None for anything else, where a verb does not agree, and a plain "quit betting"
    (now, or past?)."""
    m = _QUIT_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := person_of(m, bool(m["q"]), "en")) is None:
        return None
    who_, one = said
    end = stop(m["end"])
    verb, rest = " ".join(m["verb"].split()), _betting(m, "en")[1]
    done, base = verb in ("quit", "given up", "stopped"), verb in ("quit", "give up", "stop")
    has = (m["q"] or m["has"] or "").strip().lower()
    if m["yet"] and not m["q"] or m["q"] and (m["has"] or m["trying"] or m["means"] or m["should"] or m["just"]):
        return None
    if has:
        if not done or not _agrees(has, one):
            return None
        if m["q"]:
            return capitalised(f"{who_} đã bỏ cá độ{rest} chưa?")
        done_ = "vừa bỏ cá độ{}" if m["just"] else "đã bỏ cá độ{} rồi"
        return capitalised(f"{who_} {done_.format(rest)}{end}")
    if m["just"]:
        return None
    if m["trying"]:
        ok = base and be_agrees(m, m["be"])
        return capitalised(f"{who_} đang cố bỏ cá độ{rest}{end}") if ok else None
    if m["means"] or m["should"]:
        ok = base and (m["should"] or _agrees(m["means"], one))
        means = "nên" if m["should"] else "muốn" if m["means"].startswith("want") else "cần"
        return capitalised(f"{who_} {means} bỏ cá độ{rest}{end}") if ok else None
    return capitalised(f"{who_} đã bỏ cá độ{rest}{end}") if verb in ("gave up", "stopped") else None
