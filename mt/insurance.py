"""Insurance, both ways, written whole by rule: health, travel, car, motorbike or life insurance had or not yet, bought,
renewed, expired, a company paying for it, and the insurance paying a hospital bill, a repair or someone. v8 (rules
on) reads "gia hạn" as limiting or insisting, "hết hạn" as out of time, and "viện phí" as nothing: "Bảo hiểm hết hạn
rồi." → "Insurance out of time.", "Tôi phải gia hạn bảo hiểm." → "I have to limit my insurance.", "Bạn gia hạn bảo
hiểm chưa?" → "Are you insistent?", "Bảo hiểm đã trả tiền viện phí cho tôi." → "The insurance paid for me.", "Bảo
hiểm đã trả tiền sửa xe." → "Insurance paid the car edition.", "Bảo hiểm xe máy của tôi sắp hết hạn." → "My motor
insurance is going to be limited."; and back, "I have to renew my insurance." → "Tôi phải đổi mới bảo hiểm.", "My car
insurance is about to expire." → "Món bảo hiểm ô tô của tôi sắp nổ." (explode), "Have you renewed your insurance
yet?" → "Bạn có phục hồi bảo hiểm của mình chưa?", "My mother has life insurance." → "Mẹ tôi có bảo hiểm cuộc sống.".

Taken: who (mt.hobbies.WHO, WHO_EN) has insurance (of _KINDS), said, denied, not yet, already, asked, asked yet; who
bought, has bought, has just bought, has not yet, didn't, will, has to, needs to, wants to, forgot to buy it (for
someone, or for myself, ourselves, yourself), asked yet; renewing the same ways, their own insurance; the insurance
(card; whose) has expired, has just, is about to, not yet, asked yet; a company paying for whose insurance, said,
denied, asked; the insurance (company) paying a hospital bill, the repairs, or someone: paid, has, has just, hasn't
yet, didn't, will, won't, asked yet.
Left: a helmet ("mũ bảo hiểm": mt/safety_gear.py, mt/fines.py), a price including insurance (mt/patterns.py), "mua",
"gia hạn", "hết hạn", "trả" bare (now, a habit or done?), "Bảo hiểm không trả …" (doesn't, didn't or won't?), "có …
không?" of buying or of paying (did, does or will?), "xe" alone as a kind or repaired (car or motorbike?), renewing
for another or a name's own (his or hers?), buying for whom who may be ("Anh ấy … cho anh ấy", "cho mình" after
another: himself or another?), "anh", "chị", "em" saying it, pets as who (both ways) or paid, and anything else.
mt.phrasebook.translate tries these after mt/disasters.py.

    >>> translate("Bảo hiểm của tôi hết hạn rồi.", "vi", "en"), translate("I have to renew my insurance.", "en", "vi")
    ('My insurance has expired.', 'Tôi phải gia hạn bảo hiểm.')
"""
from __future__ import annotations

import re

from .ever import OBJECTS, PRONOUNS
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, pet, someone, who, who_vi,
                      whose_own)
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_OBJECT, EN_SELF, EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed,
                   present, stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:bảo\s+hiểm)"), "en": lazy(r"(?i:insurance)")}
# the kinds of insurance (the first Vietnamese of each is written back); "xe" alone is a car or a motorbike: left
_KINDS = {"y tế": "health", "sức khỏe": "health", "sức khoẻ": "health", "du lịch": "travel", "ô tô": "car",
          "xe ô tô": "car", "xe hơi": "car", "xe máy": "motorbike", "nhân thọ": "life"}
_KINDS_VI = {en: vi for vi, en in reversed(_KINDS.items())} | {"medical": "y tế", "motorcycle": "xe máy"}
_KIND = rf"(?:\s+(?P<kind>(?i:{alternatives(_KINDS)})))?"
_KIND_EN = rf"(?:(?P<kind>(?i:{alternatives(_KINDS_VI)}))\s+)?"
# the repairs paid for, of what ("sửa xe" alone: a car's or a motorbike's? left; "sửa chữa", the repairs)
_VEHICLES = {"xe máy": "motorbike", "xe ô tô": "car", "ô tô": "car", "xe hơi": "car", "chữa": ""}
_VEHICLES_VI = {"car": "ô tô", "motorbike": "xe máy", "": "chữa"}
_DONE_VI = r"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?"  # ("… rồi.", "… chưa?")

# who has insurance ("Bạn có bảo hiểm xe máy không?", "Tôi chưa có bảo hiểm du lịch.", "Mẹ tôi có bảo hiểm nhân thọ.")
_HAVE = lazy(rf"{WHO}\s+(?:(?P<aux>không|vẫn\s+chưa|chưa|đã)\s+)?có\s+bảo\s+hiểm{_KIND}{_DONE_VI}{ASKED_END}")
# who buys or renews it ("Tôi mua bảo hiểm y tế rồi.", "Tôi phải gia hạn bảo hiểm.", "Bạn đã mua bảo hiểm chưa?")
_AUX = {"": "", "đã": "did", "vừa": "just", "mới": "just", "vừa mới": "just", "chưa": "not yet",
        "vẫn chưa": "still not", "phải": "have to", "không phải": "not have to", "có phải": "have to?",
        "cần": "need to", "không cần": "not need to", "có cần": "need to?", "sẽ": "will", "quên": "forgot to",
        "muốn": "want to", "có muốn": "want to?"}
_DOING = lazy(rf"{WHO}\s+(?:(?P<aux>{alternatives(k for k in _AUX if k)})\s+)?(?P<verb>mua|gia\s+hạn)\s+bảo\s+hiểm"
              rf"{_KIND}(?:\s+cho\s+{WHOM})?{_DONE_VI}{ASKED_END}")
# the insurance (its card; whose) expired ("Bảo hiểm của tôi hết hạn rồi.", "Bảo hiểm xe máy của tôi sắp hết hạn.")
_EXPIRED = lazy(rf"(?:(?P<card>[Tt]hẻ)\s+bảo|[Bb]ảo)\s+hiểm{_KIND}(?:\s+(?:của\s+)?{OWNER})?\s+(?:(?P<aux>đã|vừa\s+mới|"
                rf"vừa|mới|sắp|chưa)\s+)?hết\s+hạn{_DONE_VI}{SOFTENED_END}")
# a company paying for it ("Công ty trả bảo hiểm cho tôi.", "Công ty có đóng bảo hiểm y tế cho bạn không?")
_COMPANY = lazy(rf"[Cc]ông\s+ty(?:\s+(?:của\s+)?(?P<cowner>(?i:{alternatives(OWNERS)})))?\s+(?:(?P<aux>có|không)\s+)?"
                rf"(?:trả|đóng|chi\s+trả)\s+(?:tiền\s+)?bảo\s+hiểm{_KIND}\s+cho\s+{WHOM}{ASKED_END}")
# the insurance paying ("Bảo hiểm đã trả tiền viện phí cho tôi.", "Bảo hiểm chưa trả tiền cho tôi.")
_PAYS = lazy(rf"(?:(?P<co>[Cc]ông\s+ty|[Bb]ên)\s+bảo|[Bb]ảo)\s+hiểm{_KIND}\s+(?:(?P<aux>đã\s+không|sẽ\s+không|"
             r"vừa\s+mới|đã|vừa|mới|sẽ|chưa|không)\s+)?(?:trả|chi\s+trả|thanh\s+toán)\s+(?:(?P<bill>(?:tiền\s+)?"
             rf"viện\s+phí|(?:hóa|hoá)\s+đơn\s+viện\s+phí)|(?P<repair>(?:tiền|chi\s+phí)\s+sửa\s+"
             rf"(?P<vehicle>{alternatives(_VEHICLES)}))|(?P<money>tiền))(?:\s+cho\s+{WHOM})?{_DONE_VI}{ASKED_END}")

# ... in English: who has it, buys or renews it; whose it is and whose expired; a company or the insurance paying
_HAVE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does)\s+not|\s+(?:don|doesn)['’]t)?"
                rf"(?:\s+(?P<adv>already))?\s+(?P<verb>have|has)\s+{_KIND_EN}insurance(?:\s+(?P<yet>yet))?"
                r"\s*(?P<end>[.!?]*)")
_DOING_EN = lazy(rf"(?:(?P<q>Have|Has|Did|Do|Does)\s+)?{WHO_EN}(?P<aux>(?:\s+(?:have|has|did|do|does|will|not|to|need|"
                 r"needs|want|wants|forgot|already|just)|\s+(?:haven|hasn|didn|don|doesn)['’]t|['’](?:ve|s|ll))*)\s+"
                 rf"(?P<verb>bought|buy|renewed|renew)\s+(?:(?P<own>(?i:the|{WHOSE_WORDS}))\s+)?{_KIND_EN}insurance"
                 rf"(?:\s+for\s+{WHOM_EN})?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_WHOSE_EN = rf"(?:(?i:the|{WHOSE_WORDS})|{SOMEONE_EN}['’]s)"
_EXPIRED_EN = lazy(rf"(?:(?P<q>Has)\s+)?(?P<own>{_WHOSE_EN})\s+{_KIND_EN}insurance(?P<card>\s+card)?(?P<aux>\s+has"
                   r"(?:\s+not|n['’]t)?|['’]s|\s+is\s+about\s+to|['’]s\s+about\s+to|\s+will)?(?:\s+(?P<adv>just|"
                   r"already))?\s+(?P<verb>expired|expires|expire)(?:\s+(?P<yet>yet|soon))?\s*(?P<end>[.!?]*)")
_COMPANY_EN = lazy(rf"(?:(?P<q>Does)\s+)?(?P<cown>{_WHOSE_EN})\s+(?:company|employer)(?P<aux>\s+does\s+not|"
                   rf"\s+doesn['’]t)?\s+(?P<verb>pays|pay)\s+(?:for\s+)?(?P<iown>(?i:{WHOSE_WORDS}))\s+{_KIND_EN}"
                   r"insurance\s*(?P<end>[.!?]*)")
_PAYS_EN = lazy(rf"(?:(?P<q>Has|Did)\s+)?(?i:the)\s+{_KIND_EN}insurance(?P<co>\s+company)?(?P<aux>\s+has(?:\s+not|"
                r"n['’]t)?|\s+did\s+not|\s+didn['’]t|\s+will(?:\s+not)?|\s+won['’]t)?(?:\s+(?P<adv>just|already))?"
                rf"\s+(?P<verb>paid|pay)\s+(?:(?P<bill>(?:for\s+)?(?P<bown>{_WHOSE_EN})\s+hospital\s+bills?)|"
                rf"(?P<repair>for\s+(?P<rown>{_WHOSE_EN})\s+(?:(?P<vehicle>car|motorbike)\s+)?repairs?)|{WHOM_EN})"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
# the verbs said of one (he, she, my mother) and of others
_THIRD, _OTHER = {"has", "does", "needs", "wants"}, {"have", "do", "need", "want"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of insurance had, bought, renewed or expired, a company paying for it, or the
    insurance paying a hospital bill, repairs or someone; None for any other."""
    if src == "vi":
        return _have(text) or _doing(text) or _expired(text) or _company(text) or _pays(text)
    text = text.replace("’", "'")
    return _have_vi(text) or _doing_vi(text) or _expired_vi(text) or _company_vi(text) or _pays_vi(text)


def _kind(m: re.Match, word: str = "insurance") -> str:
    """The insurance of a Vietnamese match in English: "insurance", "health insurance" (`word` after it)."""
    return f"{_KINDS[keyed(m['kind'])]} {word}" if m["kind"] else word


def _whom(said: str) -> tuple[str, str, str | None] | None:
    """Whom of WHOM in English, whose, and whose own things are: "tôi" as ("me", "my", "my"), "mẹ tôi" as ("my
    mother", "my mother's", "her"), "Lan" as ("Lan", "Lan's", None); None for anything else."""
    if (k := keyed(said)) in OBJECTS:
        whose = EN_WHOSE[PRONOUNS[k]]
        return OBJECTS[k], whose, whose
    one = someone(said, "vi")
    return one and (one, f"{one}'s", his_her(said))


def _said(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet ("Con chó của tôi")."""
    return None if animal(m) else who(m, asked)


def _have(text: str) -> str | None:
    """"Bạn có bảo hiểm xe máy không?" as "Do you have motorbike insurance?", "Tôi chưa có bảo hiểm du lịch." as "I
    don't have travel insurance yet.", "Tôi có bảo hiểm y tế rồi." as "I already have health insurance." (_HAVE);
    None for anything else, and "đã có" said (has, or had?)."""
    m = _HAVE.fullmatch(text)
    if not m:
        return None
    aux, asked = keyed(m["aux"] or ""), bool(m["asked"] or m["yet"])
    if asked != ("?" in m["end"]) or m["asked"] and (aux or m["yet"]) or m["yet"] and aux not in ("", "đã") or \
            m["done"] and (aux or asked) or aux == "đã" and not m["yet"]:
        return None
    said = _said(m, asked)
    if said is None:
        return None
    who_, one, what = *said, _kind(m)
    if m["yet"]:
        return f"{'Does' if one else 'Do'} {who_} have {what} yet?"
    if aux == "vẫn chưa":
        return capitalised(f"{who_} still {'doesn' if one else 'don'}'t have {what}{stop(m['end'])}")
    what += " yet" * (aux == "chưa")
    return present(who_, one, "have", what, asked, aux in ("không", "chưa"), m["end"], "already " * bool(m["done"]))


def _doing(text: str) -> str | None:
    """"Tôi mua bảo hiểm y tế rồi." as "I've bought health insurance.", "Tôi phải gia hạn bảo hiểm." as "I have to
    renew my insurance.", "Bạn đã mua bảo hiểm du lịch chưa?" as "Have you bought travel insurance yet?", "Tôi mua
    bảo hiểm nhân thọ cho mẹ tôi rồi." as "I've bought life insurance for my mother." (_DOING); None for anything
    else, bare "mua" (now, a habit, or done?), and renewing for someone or a name's own (his or hers?)."""
    m = _DOING.fullmatch(text)
    if not m:
        return None
    aux = _AUX[keyed(m["aux"] or "")]
    asked, q = bool(m["asked"] or m["yet"]), "?" in m["end"]
    if asked != q or bool(m["asked"]) != aux.endswith("?") or (m["yet"] or m["done"]) and aux not in ("", "did") or \
            m["yet"] and m["done"] or not (aux or m["done"] or m["yet"]):
        return None
    said = _said(m, asked)
    if said is None or m["yet"] and said[0] == "I":
        return None  # ("Tôi đã mua bảo hiểm chưa?": asked of oneself)
    who_, one = said
    renew = m["verb"] != "mua"
    if renew:
        whose = whose_own(m, who_)
        if whose is None or m["whom"]:
            return None
        what = f"{whose} {_kind(m)}"
    else:
        whom = _for_whom(m, who_)
        if whom is None:
            return None
        what = _kind(m) + f" for {whom}" * bool(whom)
    base, done = ("renew", "renewed") if renew else ("buy", "bought")
    has = "has" if one else "have"
    if m["yet"]:
        return f"{capitalised(has)} {who_} {done} {what} yet?"
    if aux.endswith("?"):
        return f"{'Does' if one else 'Do'} {who_} {aux[:-1]} {base} {what}?"
    end = stop(m["end"])
    if m["done"]:
        return capitalised(contracted(who_, f"{has} {done} {what}")) + end
    do_not = f"{'doesn' if one else 'don'}'t"
    said_as = {"did": f"{done} {what}", "just": f"{has} just {done} {what}",
               "not yet": f"{has}n't {done} {what} yet", "still not": f"still {has}n't {done} {what}",
               "have to": f"{has} to {base} {what}", "not have to": f"{do_not} have to {base} {what}",
               "need to": f"{'needs' if one else 'need'} to {base} {what}", "will": f"will {base} {what}",
               "not need to": f"{do_not} need to {base} {what}", "forgot to": f"forgot to {base} {what}",
               "want to": f"{'wants' if one else 'want'} to {base} {what}"}[aux]
    return capitalised(contracted(who_, said_as) if aux == "just" else f"{who_} {said_as}") + end


def _for_whom(m: re.Match, who_: str) -> str | None:
    """Whom of a match of _DOING bought for in English, who said `who_`: "my mother", "myself" ("Tôi … cho tôi",
    "cho mình"), "" for none; None where whom may be who or another ("Anh ấy … cho anh ấy", "Họ … cho họ": himself,
    or another man? "cho mình" after another: herself, or me?) or is not known."""
    if not m["whom"]:
        return ""
    whom, said = _whom(m["whom"]), keyed(m["whom"])
    if whom is None:
        return None
    if whom[0] == EN_OBJECT.get(who_, who_) or said == "mình":  # (who themselves, or maybe so)
        own = who_ in ("I", "we", "you") and (said == keyed(m["who"] or "") or said == "mình" and who_ == "I")
        return EN_SELF[who_] if own else None  # ("chúng ta" after "chúng tôi": with you, or not?)
    return whom[0]


def _owned(m: re.Match) -> str:
    """Whose of a match of mt.hobbies.OWNER in English ("my", "my mother's"), or "the" where none is said."""
    if m["owner"]:
        return OWNERS[keyed(m["owner"])]
    return f"{someone(m['someone'], 'vi')}'s" if m["someone"] else "the"


def _expired(text: str) -> str | None:
    """"Bảo hiểm hết hạn rồi." as "The insurance has expired.", "Bảo hiểm xe máy của tôi sắp hết hạn." as "My
    motorbike insurance is about to expire.", "Bảo hiểm của bạn hết hạn chưa?" as "Has your insurance expired yet?"
    (_EXPIRED); None for anything else, and a bare "hết hạn" (expires, or has expired?)."""
    m = _EXPIRED.fullmatch(text)
    aux = keyed(m["aux"] or "") if m else ""
    if not m or bool(m["yet"]) != ("?" in m["end"]) or (m["yet"] or m["done"]) and aux not in ("", "đã") or \
            m["yet"] and m["done"] or not (aux or m["done"] or m["yet"]):
        return None
    if m["someone"] and someone(m["someone"], "vi") is None:
        return None
    it = f"{_owned(m)} {_kind(m, 'insurance card' if m['card'] else 'insurance')}"
    if m["yet"]:
        return f"Has {it} expired yet?"
    said = {"": "has expired", "đã": "has expired", "vừa": "has just expired", "mới": "has just expired",
            "vừa mới": "has just expired", "sắp": "is about to expire", "chưa": "hasn't expired yet"}[aux]
    return capitalised(f"{it} {said}") + stop(m["end"])


def _company(text: str) -> str | None:
    """"Công ty trả bảo hiểm cho tôi." as "My company pays for my insurance.", "Công ty có trả bảo hiểm y tế cho mẹ
    bạn không?" as "Does your mother's company pay for her health insurance?" (_COMPANY); None for anything else, a
    name (his or hers?), and "công ty tôi" paying for another."""
    m = _COMPANY.fullmatch(text)
    if not m or bool(m["asked"]) != ("?" in m["end"]) or bool(m["asked"]) != (m["aux"] == "có"):
        return None
    whom = _whom(m["whom"])
    if whom is None or whom[2] is None or m["cowner"] and OWNERS[keyed(m["cowner"])] != whom[1]:
        return None
    return present(f"{whom[1]} company", True, "pay", f"for {whom[2]} {_kind(m)}", bool(m["asked"]),
                   m["aux"] == "không", m["end"])


def _pays(text: str) -> str | None:
    """"Bảo hiểm đã trả tiền viện phí cho tôi." as "The insurance paid my hospital bill.", "Bảo hiểm chưa trả tiền cho
    tôi." as "The insurance hasn't paid me yet.", "Công ty bảo hiểm đã trả tiền sửa chữa." as "The insurance company
    paid for the repairs." (_PAYS); None for anything else, bare "trả" or "không trả" (does, did or will?), asked
    with "không", and "sửa chữa" for someone ("paid for my repairs": of what?)."""
    m = _PAYS.fullmatch(text)
    aux = keyed(m["aux"] or "") if m else ""
    if not m or m["asked"] or bool(m["yet"]) != ("?" in m["end"]) or (m["yet"] or m["done"]) and aux not in ("", "đã") \
            or m["yet"] and m["done"] or not (aux or m["done"] or m["yet"]) or aux == "không" or m["co"] and m["kind"]:
        return None
    whom = _whom(m["whom"]) if m["whom"] else None
    if m["whom"] and (whom is None or pet(m["whom"], "vi")) or m["money"] and not whom:
        return None  # (a pet paid, or its hospital bill: "my dog's hospital bill" is a vet's)
    if m["bill"]:
        what = f"{whom[1] if whom else 'the'} hospital bill"
    elif m["repair"]:
        vehicle = _VEHICLES[keyed(m["vehicle"])]
        if whom and not vehicle:
            return None
        what = f"for {whom[1] if whom else 'the'} {vehicle + ' ' if vehicle else ''}repairs"
    else:
        what = whom[0]
    payer = "the insurance company" if m["co"] else f"the {_kind(m)}"
    if m["yet"]:
        return f"Has {payer} paid {what} yet?"
    said = {"": "has paid", "đã": "paid", "vừa": "has just paid", "mới": "has just paid", "vừa mới": "has just paid",
            "sẽ": "will pay", "sẽ không": "won't pay", "đã không": "didn't pay", "chưa": "hasn't paid"}[aux]
    return capitalised(f"{payer} {said} {what}{' yet' * (aux == 'chưa')}") + stop(m["end"])


def _agrees(word: str, one: bool) -> bool:
    """Whether an English verb (lower case) agrees with who: "has", "does" … of one, "have", "do" … of others."""
    return not (word in _THIRD and not one or word in _OTHER and one)


def _ins_vi(m: re.Match, card: bool = False) -> str:
    """The insurance of an English match in Vietnamese: "bảo hiểm", "bảo hiểm y tế", "thẻ bảo hiểm y tế"."""
    kind = f" {_KINDS_VI[m['kind'].lower()]}" if m["kind"] else ""
    return f"{'thẻ ' * card}bảo hiểm{kind}"


def _have_vi(text: str) -> str | None:
    """"I have health insurance." as "Tôi có bảo hiểm y tế.", "Do you have motorbike insurance?" as "Bạn có bảo hiểm
    xe máy không?", "I don't have travel insurance yet." as "Tôi chưa có bảo hiểm du lịch." (_HAVE_EN); None for
    anything else, and where the verb does not agree with who ("She have", "Does he has")."""
    m = _HAVE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["adv"] and (m["q"] or m["aux"] or m["yet"]) or animal(m):
        return None  # (a pet as who is left, as Vietnamese leaves it)
    who_, one = who_vi(m)
    first = (m["q"] or m["aux"] or m["verb"]).split()[0].lower().replace("n't", "")
    first = {"doesn": "does", "don": "do"}.get(first, first)
    if not _agrees(first, one) or (m["q"] or m["aux"]) and m["verb"] != "have":
        return None
    if m["yet"] and not (m["q"] or m["aux"]):
        return None
    ins, who_ = _ins_vi(m), capitalised(who_)
    if m["q"]:
        return f"{who_} đã có {ins} chưa?" if m["yet"] else f"{who_} có {ins} không?"
    if m["aux"]:
        return f"{who_} {'chưa' if m['yet'] else 'không'} có {ins}."
    return f"{who_} có {ins}{' rồi' * bool(m['adv'])}."


# English buying or renewing (the auxiliaries and the verb's form) as Vietnamese says it; whether "yet" may follow
_DOING_VI = {
    ("", "", "past"): ("{w} đã {v} {x}.", False), ("", "have", "past"): ("{w} {v} {x} rồi.", False),
    ("", "have already", "past"): ("{w} đã {v} {x} rồi.", False),
    ("", "already", "past"): ("{w} đã {v} {x} rồi.", False),
    ("", "have just", "past"): ("{w} vừa {v} {x}.", False), ("", "just", "past"): ("{w} vừa {v} {x}.", False),
    ("", "have not", "past"): ("{w} chưa {v} {x}.", True), ("", "did not", "base"): ("{w} không {v} {x}.", False),
    ("have", "", "past"): ("{w} đã {v} {x} chưa?", True), ("did", "", "base"): ("{w} có {v} {x} không?", False),
    ("", "have to", "base"): ("{w} phải {v} {x}.", False), ("", "need to", "base"): ("{w} cần {v} {x}.", False),
    ("", "do not have to", "base"): ("{w} không phải {v} {x}.", False),
    ("do", "have to", "base"): ("{w} có phải {v} {x} không?", False),
    ("", "do not need to", "base"): ("{w} không cần {v} {x}.", False),
    ("do", "need to", "base"): ("{w} có cần {v} {x} không?", False), ("", "will", "base"): ("{w} sẽ {v} {x}.", False),
    ("", "forgot to", "base"): ("{w} quên {v} {x}.", False), ("", "want to", "base"): ("{w} muốn {v} {x}.", False)}
_BASE = {"has": "have", "does": "do", "needs": "need", "wants": "want"}


def _doing_vi(text: str) -> str | None:
    """"I've bought health insurance." as "Tôi mua bảo hiểm y tế rồi.", "I have to renew my insurance." as "Tôi phải
    gia hạn bảo hiểm.", "Have you bought travel insurance yet?" as "Bạn đã mua bảo hiểm du lịch chưa?", "I bought
    life insurance for my mother." as "Tôi đã mua bảo hiểm nhân thọ cho mẹ tôi." (_DOING_EN); None for anything
    else, a verb not agreeing with who, buying "my insurance", and renewing another's ("I renewed your insurance")."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    aux = m["aux"].strip().lower()
    if "'s" in aux and (not aux.startswith("'s") or "to" in aux.split()):  # ("She's to buy …": is to)
        return None
    said = f"{m['q'] or ''} {aux}".lower().replace("n't", " not").replace("'ve", " have").replace("'ll", " will")
    words = said.replace("'s", " has").split()
    who_, one = who_vi(m)
    if words and not _agrees(words[0], one) or m["whom"] and as_whom(m["whom"], "en") == who_:
        return None  # (and "I bought it for me", "He … for him": for oneself, or another man?)
    q = _BASE.get(words[0], words[0]) if m["q"] else ""
    aux = " ".join(_BASE.get(w, w) for w in words[1 if q else 0:])
    form = "past" if m["verb"] in ("bought", "renewed") else "base"
    shape = _DOING_VI.get((q, aux, form))
    if shape is None or m["yet"] and not shape[1]:
        return None
    renew = m["verb"].startswith("renew")
    if renew:
        own = (m["own"] or "").lower()
        mine = EN_WHOSE.get({"i": "I"}.get(m["who"].lower(), m["who"].lower())) if m["who"] else \
            his_her(who_) if m["kin"] else own if own in ("his", "her") else None
        if m["whom"] or own not in ("the", mine):
            return None
    elif m["own"]:
        return None  # ("I bought the insurance", "my insurance": which?)
    what = _ins_vi(m) + (f" cho {as_whom(m['whom'], 'en')}" if m["whom"] else "")
    return capitalised(shape[0].format(w=who_, v="gia hạn" if renew else "mua", x=what))


def _whose_vi(said: str) -> str:
    """Whose of _WHOSE_EN in Vietnamese, after "của" ("tôi", "mẹ tôi", "Lan"), or "" for "the"."""
    if said.lower() in ("the", *WHOSE_VI):
        return WHOSE_VI.get(said.lower(), "")
    return someone(said.removesuffix("'s"), "en") or ""


def _expired_vi(text: str) -> str | None:
    """"My insurance has expired." as "Bảo hiểm của tôi hết hạn rồi.", "My car insurance is about to expire." as
    "Bảo hiểm ô tô của tôi sắp hết hạn.", "Has your insurance expired yet?" as "Bảo hiểm của bạn hết hạn chưa?"
    (_EXPIRED_EN); None for anything else."""
    m = _EXPIRED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    aux, adv, verb, yet = " ".join((m["aux"] or "").replace("n't", " not").split()), m["adv"] or "", m["verb"], m["yet"]
    aux = {"'s": "has", "'s about to": "is about to"}.get(aux, aux)
    whose = _whose_vi(m["own"])
    it = capitalised(_ins_vi(m, bool(m["card"])) + (f" của {whose}" if whose else ""))
    if m["q"]:
        ok = not (aux or adv) and verb == "expired" and yet != "soon"
        return f"{it} hết hạn chưa?" if ok else None
    said = {("has", "", "expired", None): "hết hạn rồi", ("has", "already", "expired", None): "hết hạn rồi",
            ("has", "just", "expired", None): "vừa hết hạn", ("", "just", "expired", None): "vừa hết hạn",
            ("", "", "expired", None): "đã hết hạn", ("has not", "", "expired", None): "chưa hết hạn",
            ("has not", "", "expired", "yet"): "chưa hết hạn", ("is about to", "", "expire", None): "sắp hết hạn",
            ("will", "", "expire", "soon"): "sắp hết hạn", ("", "", "expires", "soon"): "sắp hết hạn"}.get(
        (aux, adv, verb, yet))
    return f"{it} {said}." if said else None


def _company_vi(text: str) -> str | None:
    """"My company pays for my insurance." as "Công ty trả bảo hiểm cho tôi.", "Does your company pay for your
    health insurance?" as "Công ty có trả bảo hiểm y tế cho bạn không?" (_COMPANY_EN); None for anything else, and
    one company paying for another's ("My company pays for your insurance")."""
    m = _COMPANY_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "pay") != bool(m["q"] or m["aux"]):
        return None
    cown, iown = m["cown"], m["iown"].lower()
    if cown.lower() == "the":
        return None
    if cown.lower() in WHOSE_VI:
        if iown != cown.lower():
            return None
    elif iown not in ("his", "her") or his_her(_whose_vi(cown)) not in (None, iown):
        return None
    how = "có trả" if m["q"] else "không trả" if m["aux"] else "trả"
    return f"Công ty {how} {_ins_vi(m)} cho {_whose_vi(cown)}{' không?' if m['q'] else '.'}"


def _pays_vi(text: str) -> str | None:
    """"The insurance paid my hospital bill." as "Bảo hiểm đã trả tiền viện phí cho tôi.", "The insurance didn't pay
    me." as "Bảo hiểm không trả tiền cho tôi.", "Has the insurance paid the repairs yet?" … (_PAYS_EN); None for
    anything else, and "my repairs" (of what?)."""
    m = _PAYS_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["co"] and m["kind"]:
        return None
    aux = " ".join((m["aux"] or "").replace("won't", "will not").replace("n't", " not").split())
    key = ((m["q"] or "").lower(), aux, m["adv"] or "", m["verb"])
    said = {("", "", "", "paid"): "{p} đã trả {o}.", ("", "has", "", "paid"): "{p} trả {o} rồi.",
            ("", "has", "already", "paid"): "{p} đã trả {o} rồi.", ("", "", "already", "paid"): "{p} đã trả {o} rồi.",
            ("", "has", "just", "paid"): "{p} vừa trả {o}.", ("", "", "just", "paid"): "{p} vừa trả {o}.",
            ("", "has not", "", "paid"): "{p} chưa trả {o}.", ("", "did not", "", "pay"): "{p} không trả {o}.",
            ("", "will", "", "pay"): "{p} sẽ trả {o}.", ("", "will not", "", "pay"): "{p} sẽ không trả {o}.",
            ("has", "", "", "paid"): "{p} đã trả {o} chưa?", ("did", "", "", "pay"): "{p} có trả {o} không?"}.get(key)
    if said is None or m["yet"] and key[:2] not in (("", "has not"), ("has", "")):
        return None
    owner = m["bown"] or m["rown"]
    whose = _whose_vi(owner) if owner else ""
    if owner and owner.lower() != "the" and not whose or m["whom"] and not as_whom(m["whom"], "en"):
        return None
    if any(said and pet(said.removesuffix("'s"), "en") for said in (owner, m["whom"])):
        return None  # (a pet paid, or its hospital bill)
    to = f" cho {whose}" if whose else ""
    if m["bill"]:
        what = f"tiền viện phí{to}"
    elif m["repair"]:
        if whose and not m["vehicle"]:
            return None
        what = f"tiền sửa {_VEHICLES_VI[(m['vehicle'] or '').lower()]}{to}"
    else:
        what = f"tiền cho {as_whom(m['whom'], 'en')}"
    payer = "Công ty bảo hiểm" if m["co"] else capitalised(_ins_vi(m))
    return said.format(p=payer, o=what)
