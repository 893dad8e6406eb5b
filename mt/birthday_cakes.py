"""Birthday cakes and candles, both ways, written whole by rule: a birthday cake ordered, bought, made or baked (for
someone, by oneself), the candles lit, put on the cake and blown out, a wish made before blowing them out, the cake
cut, and how many candles are on it. v8 (the rules on) reads "đặt" as giving, "bánh sinh nhật" as a birthday, "thổi
nến" as anything, "cắt bánh" as cutting "our birthday", and "order" as "ra lệnh": "Mẹ tôi đặt bánh sinh nhật cho
tôi." → "My mother gave me a birthday to me.", "Thổi nến đi!" → "Turkey!", "Chúng tôi cắt bánh sinh nhật." → "We cut
our birthday.", "Tôi tự làm bánh sinh nhật cho con." → "I made my birthday.", "Cắt bánh thôi!" → "Circumcision!",
"Thắp nến lên đi." → "The candle went.", "Mẹ tôi cắm nến lên bánh." → "My mother pluged up the cookie."; "My mother
ordered a birthday cake for me." → "Mẹ tôi ra lệnh bánh sinh nhật cho tôi.", "Blow out the candles!" → "Hãy nhìn ngọn
nến!", "Light the candles." → "Ánh sáng ngọn nến.", "There are twenty candles on the cake." → "Có hai mươi nến trên
bánh chưng.", "I will order a birthday cake for my daughter." → "Tôi sẽ yêu một chiếc bánh sinh nhật …".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet) ordering, buying, making or baking ("tự": oneself) a birthday cake
("bánh sinh nhật", "bánh kem sinh nhật"; "một cái bánh kem", a cake) for someone (mt.hobbies.WHOM; "con", "mẹ" … alone
after "tôi", "chúng tôi"): a plain verb with whom or a day behind (mt.dates.near_days) and "đã" (the past), "rồi"
(already), "vừa" (just), "sẽ" (with a day ahead), "đang", "chưa" (not yet), asked "… chưa?"; who blowing out the
candles, cutting the birthday cake, lighting the candles on the cake, putting them on it, making a wish before blowing
them out: the past, "vừa", "sắp", "đang", "sẽ", "chưa", "rồi", asked "… chưa?"; the same asked for, with "đi", "thôi",
"nào" (let's), "hãy", and "con", "bạn" … before it ("Thổi nến đi!", "Cắt bánh thôi!", "Nhắm mắt lại và ước đi!");
"Con ước điều gì trước khi thổi nến?" (what did you wish for); how many candles the cake has, or are on it (a number
of mt.numbers, or asked). English: the same, the verb agreeing with who. Left: a plain verb alone ("Mẹ tôi làm bánh
sinh nhật.": she made one, or makes them for a living?), "có … không?" (did, or will?), "bánh kem" uncounted (a cake,
or cakes?), whose cake ("bánh sinh nhật của con"), who lit candles with no cake said ("Tôi thắp nến.": a power
cut? mt/outages.py), "Ước gì?" with neither "đã" nor the candles (what do you wish, or did?), a birthday itself
(mt/birthdays.py), wishes (mt/wishes.py), a party (mt/parties.py), presents (mt/gifts.py), a burnt cake
(mt/kitchen_mishaps.py), "anh", "chị", "em" alone saying it, "bạn" with a plain verb ("Bạn thổi nến.": you did, or
do it?), "chúng ta" (we did, or let's?), "mình" (I, or we?), "em", "con", "cháu" with "ạ" (the speaker), "nhé" after
any but "bạn" ("Con thổi nến nhé!": let me?), whose "anh ấy", "cô ấy" after kin ("Bố tôi … cho vợ anh ấy": another
man's wife; "My father … for his wife" likewise), a pet, "I" asked, and anything else.
mt.phrasebook.translate tries these after mt/spelling.py.

    >>> translate("Mẹ tôi đặt bánh sinh nhật cho tôi.", "vi", "en"), translate("Blow out the candles!", "en", "vi")
    ('My mother ordered a birthday cake for me.', 'Thổi nến đi!')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import (POLITE, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, em_speaking, his_her_of,
                      who, who_vi)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .people import NAMED_WHO
from .rule_keys import key_checked
from .terms import his_her
from .text import EN_OBJECT, EN_SELF, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, keyed

_KEYS = {"vi": lazy(r"(?i:nến|\bước|bánh\s+sinh\s+nhật|bánh\s+kem|bánh\s+ga|cắt\s+bánh)"),
         "en": lazy(r"(?i:candle|cake|wish)")}
# a cake (the first Vietnamese of each is written back)
_CAKES = {"bánh sinh nhật": "birthday cake", "bánh kem sinh nhật": "birthday cake",
          "bánh gato sinh nhật": "birthday cake", "bánh ga tô sinh nhật": "birthday cake", "bánh kem": "cake",
          "bánh gato": "cake", "bánh ga tô": "cake"}
# a cake got: base, past, participle, "-ing"
_GOT = {"đặt": ("order", "ordered", "ordered", "ordering"), "mua": ("buy", "bought", "bought", "buying"),
        "làm": ("make", "made", "made", "making"), "nướng": ("bake", "baked", "baked", "baking")}
_VERBS = {"thổi": ("blow", "blew", "blown", "blowing"), "cắt": ("cut", "cut", "cut", "cutting"),
          "thắp": ("light", "lit", "lit", "lighting"), "cắm": ("put", "put", "put", "putting"),
          "ước": ("make", "made", "made", "making")}
# what someone did at the cake, after the verb, in English (the verb is the first Vietnamese word; the first
# Vietnamese of each English is written back)
_DID = {"thổi nến": "out the candles", "thổi tắt nến": "out the candles", "thổi hết nến": "out all the candles",
        "thổi tắt hết nến": "out all the candles", "cắt bánh": "the cake", "cắt bánh sinh nhật": "the birthday cake",
        "cắt bánh kem": "the cake", "thắp nến trên bánh": "the candles on the cake",
        "thắp nến trên bánh sinh nhật": "the candles on the birthday cake",
        "cắm nến lên bánh": "the candles on the cake",
        "cắm nến vào bánh": "the candles on the cake",
        "ước một điều trước khi thổi nến": "a wish before blowing out the candles",
        "ước trước khi thổi nến": "a wish before blowing out the candles"}
_DID_VI = {(vi.split()[0], en): vi for vi, en in reversed(_DID.items())}
# ... and asked for ("Thổi nến đi!")
_DO = {"thổi nến": "blow out the candles", "thổi tắt nến": "blow out the candles",
       "thổi hết nến": "blow out all the candles", "thổi tắt hết nến": "blow out all the candles",
       "cắt bánh": "cut the cake", "cắt bánh kem": "cut the cake", "cắt bánh sinh nhật": "cut the birthday cake",
       "thắp nến lên": "light the candles", "thắp nến": "light the candles",
       "cắm nến lên bánh": "put the candles on the cake", "ước một điều": "make a wish", "ước": "make a wish",
       "nhắm mắt lại và ước một điều": "close your eyes and make a wish",
       "nhắm mắt lại và ước": "close your eyes and make a wish",
       "ước một điều trước khi thổi nến": "make a wish before you blow out the candles",
       "ước một điều rồi thổi nến": "make a wish and blow out the candles"}
_LETS = {vi for vi in _DO if vi.split()[0] in ("thổi", "cắt", "thắp")}  # (said with "thôi", "nào": "Let's …")
_DO_VI = {en: vi for vi, en in reversed(_DO.items())}
# days said with a cake got: behind, today and ahead (the first Vietnamese of each is written back)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều qua", "tối qua", "tối hôm qua", "hôm kia", "tuần trước",
                  "hôm nay", "sáng nay", "chiều nay", "tối nay", "ngày mai", "sáng mai", "tối mai", "ngày kia",
                  "tuần sau", "cuối tuần này")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# the Vietnamese tenses a cake got goes with on a day of each way ("Hôm qua mẹ tôi mua …", "Ngày mai tôi sẽ đặt …";
# "Hôm nay mẹ tôi làm …" plainly may be a plan)
_WAYS = {"behind": ("", "đã"), "today": ("đã", "sẽ"), "ahead": ("sẽ",)}
_NUMBERS = {vi_word(n): n for n in range(1, 101)}
_NUMBERS_EN = {en_word(n): n for n in range(1, 101)} | {"a": 1}
# "ạ" (POLITE) is said up to the one spoken to: "em", "con", "cháu" with it are the speaker ("Con thổi nến đi ạ.")
_SPEAKERS = ("em", "con", "cháu")

# who gets a cake ("Mẹ tôi đặt bánh sinh nhật cho tôi.", "Bạn đã đặt bánh sinh nhật chưa?")
_FOR = r"(?:\s+cho\s+(?:(?P<bare>(?i:con\s+trai|con\s+gái|con|mẹ|bố))|" + WHOM + "))?"
_TENSE = r"(?:(?P<tense>(?i:đã|sẽ|đang|vừa\s+mới|vừa|mới|chưa|sắp))\s+)?"
_DONE = r"(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?"
_GET = lazy(rf"(?:(?P<day0>(?i:{alternatives(_DAYS)}))\s*,?\s+)?{WHO}\s+{_TENSE}(?P<self>tự\s+)?"
            rf"(?P<verb>{alternatives(_GOT)})\s+(?P<one>(?i:một\s+(?:cái|chiếc))\s+)?"
            rf"(?P<cake>(?i:{alternatives(_CAKES)}))"
            rf"{_FOR}(?:\s+(?P<day>(?i:{alternatives(_DAYS)})))?{_DONE}{SOFTENED_END}")
# who did something at the cake ("Chúng tôi cắt bánh sinh nhật.", "Con trai tôi vừa thổi nến.")
_DID_RE = lazy(rf"{WHO}\s+{_TENSE}(?P<act>(?i:{alternatives(_DID)})){_DONE}{SOFTENED_END}")
# ... asked for ("Thổi nến đi!", "Con thổi nến đi!", "Cắt bánh thôi!", "Hãy thắp nến lên.")
_DO_RE = lazy(rf"(?:(?P<you>(?i:con|cháu|bạn|em|anh|chị))\s+)?(?:(?P<hay>(?i:hãy))\s+)?"
              rf"(?P<act>(?i:{alternatives(_DO)}))"
              rf"(?:\s+(?P<go>đi|thôi|nào|nhé))?{SOFTENED_END}")
# what was wished for ("Con ước điều gì trước khi thổi nến?")
_WHAT = lazy(rf"(?:(?P<you>(?i:con|cháu))|{WHO})\s+(?:(?P<did>đã)\s+)?ước\s+(?:điều\s+)?gì"
             rf"(?P<before>\s+trước\s+khi\s+thổi\s+(?:tắt\s+)?nến)?{SOFTENED_END}")
# how many candles ("Bánh có mười cây nến.", "Trên bánh sinh nhật có bao nhiêu cây nến?")
_COUNT = lazy(rf"(?:(?P<on>(?i:trên))\s+)?(?:(?i:cái|chiếc)\s+)?(?P<cake>(?i:bánh(?:\s+sinh\s+nhật|\s+kem)?))\s+có\s+"
              rf"(?:(?P<n>\d{{1,3}}|{alternatives(_NUMBERS)})|(?P<how>bao\s+nhiêu|mấy))\s+(?:cây|ngọn|cái)\s+nến"
              rf"{SOFTENED_END}")

# ... and in English
_AUX_EN = (r"(?P<aux>\s+(?:will|is|am|are|has|have|did)(?:\s+not|n['’]t)?|\s+won['’]t|['’](?:ll|s|m|re|ve))?"
           r"(?:\s+(?P<adv>just|already))?")
_FORMS_EN = alternatives({form for forms in _GOT.values() for form in forms})
_GET_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>{_FORMS_EN})\s+(?P<art>a|the)\s+"
               rf"(?P<cake>birthday\s+cake)(?:\s+for\s+{WHOM_EN})?(?:\s+(?P<self>{alternatives(EN_SELF.values())}))?"
               rf"(?:\s+(?P<day>{alternatives(_DAYS_VI)}))?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DID_FORMS = alternatives({form for forms in _VERBS.values() for form in (*forms, f"about to {forms[0]}")})
_DID_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}{_AUX_EN}\s+(?P<verb>{_DID_FORMS})\s+"
               rf"(?P<rest>{alternatives(set(_DID.values()))})(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_DO_EN = lazy(rf"(?P<lets>Let['’]s\s+)?(?P<act>(?i:{alternatives(_DO_VI)}))\s*(?P<end>[.!?]*)")
_WHAT_EN = lazy(rf"What\s+did\s+{WHO_EN}\s+wish\s+for(?P<before>\s+before\s+blowing\s+out\s+the\s+candles)?\s*\?+")
_N_EN = rf"(?P<n>\d{{1,3}}|(?i:{alternatives(_NUMBERS_EN)}))\s+(?P<candles>candles?)"
_CAKE_EN = r"the\s+(?P<cake>(?:birthday\s+)?cake)"
_COUNT_EN = (lazy(rf"The\s+(?P<cake>(?:birthday\s+)?cake)\s+has\s+{_N_EN}\s*(?P<end>[.!]*)"),
             lazy(rf"There\s+(?P<be>is|are)\s+{_N_EN}\s+on\s+{_CAKE_EN}\s*(?P<end>[.!]*)"))
_HOW_MANY_EN = lazy(rf"How\s+many\s+candles\s+(?:are(?:\s+there)?\s+on|(?P<does>does))\s+{_CAKE_EN}(?P<have>\s+have)?"
                    r"\s*\?+")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a birthday cake got, its candles lit, blown out or counted, a wish made, or
    the cake cut; None for any other."""
    if src == "vi":
        if STRESSED_SAID.search(text):  # ("thế", "vậy" ending a statement say more)
            return None
        return _get(text) or _did(text) or _do(text) or _what(text) or _count(text)
    text = text.replace("’", "'")
    return _get_vi(text) or _did_vi(text) or _do_vi(text) or _what_vi(text) or _count_vi(text)


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English, and whether one ("has", "is"); None for a pet, "anh" saying it, "chúng ta",
    "mình", "em" with "ạ" (the speaker), or "I" asked."""
    said = None if animal(m) or keyed(m["who"] or "") in ("chúng ta", "mình") or em_speaking(m) else who(m, asked)
    if said is None or asked and said[0] == "I":
        return None  # ("Chúng ta cắt bánh sinh nhật.": let's, as often as we did; "mình": I, or we?)
    return said[0], be(said[0]) == "is"


def _said(m: re.Match, forms: tuple[str, str, str, str], rest: str, who_: str, one: bool) -> str | None:
    """The English of a match of _GET or _DID_RE (its tense, "rồi", "chưa?"): who (`one` or not) and a verb of
    `forms` with `rest` after it, or None where they do not go together."""
    tense, done, yet, asked = keyed(m["tense"] or ""), m["done"], m["yet"], "?" in m["end"]
    has = "has" if one else "have"
    if asked:
        ok = yet and not done and tense in ("", "đã")
        return f"{has.capitalize()} {who_} {forms[2]} {rest} yet?" if ok else None
    if yet or done and tense not in ("", "đã"):
        return None
    if done:
        said = f"{who_} {has} already {forms[2]} {rest}"
    elif tense == "chưa":
        said = f"{who_} {has}n't {forms[2]} {rest} yet"
    elif tense in ("vừa", "mới", "vừa mới"):
        said = f"{who_} {has} just {forms[2]} {rest}"
    elif tense in ("đang", "sắp"):
        said = f"{who_} {be(who_)} {'about to ' + forms[0] if tense == 'sắp' else forms[3]} {rest}"
    elif tense == "sẽ":
        said = f"{who_} will {forms[0]} {rest}"
    else:
        said = f"{who_} {forms[1]} {rest}"
    return capitalised(f"{said}{'!' if '!' in m['end'] else '.'}")


def _get(text: str) -> str | None:
    """"Mẹ tôi đặt bánh sinh nhật cho tôi." as "My mother ordered a birthday cake for me.", "Tôi tự làm bánh sinh nhật
    cho con." as "I made a birthday cake for my child myself.", "Bạn đã đặt bánh sinh nhật chưa?" as "Have you
    ordered the birthday cake yet?" (_GET); None for anything else, and a plain verb with neither whom nor a day."""
    m = _GET.fullmatch(text)
    if not m or m["day0"] and m["day"] or (said := _who(m, "?" in m["end"])) is None:
        return None
    who_, one = said
    tense, day = keyed(m["tense"] or ""), keyed(m["day0"] or m["day"] or "")
    way, cake = NEAR_WAY.get(day), _CAKES[keyed(m["cake"])]
    if tense == "sắp" or (cake == "cake") != bool(m["one"]) or m["self"] and keyed(m["verb"]) not in ("làm", "nướng"):
        return None  # ("bánh kem" uncounted: one or many?)
    if day and (m["done"] or m["yet"] or tense not in _WAYS[way]) or not (
            tense or day or m["done"] or m["yet"] or m["whom"] and who_ != "you" or m["bare"]):
        return None  # (a plain "Mẹ tôi làm bánh sinh nhật.": made one, or makes them?; "Bạn mua … cho tôi.": do it?)
    whom = ""
    if m["whom"]:
        whom = as_whom(m["whom"], "vi")
        if whom is None or whom == EN_OBJECT.get(who_) or (m["kin"] or m["titled"]) and whom.startswith(
                ("his ", "her ")):
            return None  # ("Mẹ tôi … cho em gái cô ấy": another woman's sister, not her own)
    elif m["bare"]:  # ("Tôi … cho con": my child)
        whose = {"I": "my", "we": "our"}.get(who_)
        if whose is None:
            return None
        whom = f"{whose} {NAMED_WHO[keyed(m['bare'])]}"
    self = ""
    if m["self"]:
        self = EN_SELF.get(who_) or {"his": "himself", "her": "herself"}.get(his_her_of(m) or "")
        if not self:
            return None
    rest = f"a {cake}{f' for {whom}' if whom else ''}{f' {self}' if self else ''}{f' {_DAYS[day]}' if day else ''}"
    if m["done"] or m["yet"] or tense == "chưa":  # (the cake looked for: "Have you ordered the birthday cake yet?")
        rest = "" if m["one"] else rest.replace("a ", "the ", 1)
    return _said(m, _GOT[keyed(m["verb"])], rest, who_, one) if rest else None


def _did(text: str) -> str | None:
    """"Chúng tôi cắt bánh sinh nhật." as "We cut the birthday cake.", "Con trai tôi vừa thổi nến." as "My son has
    just blown out the candles.", "Bạn thổi nến chưa?" as "Have you blown out the candles yet?" (_DID_RE); None for
    anything else, and a wish but in the past."""
    m = _DID_RE.fullmatch(text)
    if not m or (said := _who(m, "?" in m["end"])) is None:
        return None
    act = keyed(m["act"])
    if act.startswith("ước") and (m["tense"] and keyed(m["tense"]) != "đã" or m["done"] or m["yet"]):
        return None
    if said[0] == "you" and not (m["tense"] or m["done"] or m["yet"]):
        return None  # ("Bạn thổi nến.": you did, or do it?)
    return _said(m, _VERBS[act.split()[0]], _DID[act], *said)


def _do(text: str) -> str | None:
    """"Thổi nến đi!" as "Blow out the candles!", "Cắt bánh thôi!" as "Let's cut the cake!", "Thắp nến lên đi." as
    "Light the candles.", "Nhắm mắt lại và ước đi!" as "Close your eyes and make a wish!" (_DO_RE); None for anything
    else, and with neither "hãy" nor "đi", "thôi", "nào" ("nhé" only after "bạn")."""
    m = _DO_RE.fullmatch(text)
    you = keyed(m["you"] or "") if m else ""
    if not m or "?" in m["end"] or not (m["hay"] or m["go"]) or m["go"] == "nhé" and you != "bạn" or \
            you in _SPEAKERS and POLITE.search(text):
        return None  # ("Em thổi nến đi ạ.": "em" is the speaker; "Con thổi nến nhé!": may be "let me")
    act = keyed(m["act"])
    lets = m["go"] in ("thôi", "nào") and not (m["you"] or m["hay"])
    if lets and act not in _LETS or m["go"] == "thôi" and not lets:
        return None
    said = _DO[act]
    return f"Let's {said}{m['end'] or '.'}" if lets else f"{capitalised(said)}{m['end'] or '.'}"


def _what(text: str) -> str | None:
    """"Con ước điều gì trước khi thổi nến?" as "What did you wish for before blowing out the candles?", "Bạn đã ước
    gì?" as "What did you wish for?" (_WHAT); None for anything else, and with neither "đã" nor the candles (what do
    you wish for, or did you?)."""
    m = _WHAT.fullmatch(text)
    if not m or "?" not in m["end"] or not (m["did"] or m["before"]) or m["you"] and POLITE.search(text):
        return None  # ("Con đã ước gì ạ?": "con" is the speaker)
    said = ("you", False) if m["you"] else _who(m, True)
    before = " before blowing out the candles" if m["before"] else ""
    return said and f"What did {said[0]} wish for{before}?"


def _number(said: str, table: dict[str, int]) -> int:
    """A count of candles, in figures or in words of `table`."""
    return int(said) if said.isdigit() else table[keyed(said)]


def _count(text: str) -> str | None:
    """"Bánh có mười cây nến." as "The cake has ten candles.", "Trên bánh có hai mươi cây nến." as "There are twenty
    candles on the cake.", "Bánh sinh nhật có bao nhiêu cây nến?" as "How many candles does the birthday cake have?"
    (_COUNT); None for anything else."""
    m = _COUNT.fullmatch(text)
    if not m or bool(m["how"]) != ("?" in m["end"]):
        return None
    cake = _CAKES.get(keyed(m["cake"]), "cake")
    if m["how"]:
        return f"How many candles are there on the {cake}?" if m["on"] else f"How many candles does the {cake} have?"
    n = _number(m["n"], _NUMBERS)
    if not 0 < n <= 100:
        return None
    count = f"{m['n'] if m['n'].isdigit() else en_word(n)} candle{'s' if n > 1 else ''}"
    end = "!" if "!" in m["end"] else "."
    if m["on"]:
        return f"There {'are' if n > 1 else 'is'} {count} on the {cake}{end}"
    return f"The {cake} has {count}{end}"


def _tense_vi(m: re.Match, one: bool, verb: str, forms: tuple[str, str, str, str]) -> tuple[str, bool] | None:
    """The Vietnamese tense word of an English match of _GET_EN or _DID_EN with the verb `verb` of `forms`, and
    whether it asks "… chưa?" ("" for the past, "sẽ", "đang", "vừa", "đã … rồi" as "rồi", "chưa"); None where the
    verb does not agree with who or its auxiliary ("She have", "He cut" read as the past, "She cut" not "cuts")."""
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    q, adv, yet, asked = (m["q"] or "").lower(), m["adv"], bool(m["yet"]), "?" in m["end"]
    if bool(q) != asked or q and aux or adv and yet:
        return None
    base, past, pp, ing = forms
    if q in ("have", "has"):
        ok = (q == "has") == one and verb == pp and yet and not adv
        return ("", True) if ok else None
    if q == "did":
        return None  # ("Did you order …?": "có … không?" asks it, did or will)
    if aux in ("has", "have", "'ve") or aux == "'s" and verb == pp != ing:
        if aux in ("has", "have") and (aux == "has") != one or aux == "'ve" and one or verb != pp or yet:
            return None
        return ("vừa" if adv == "just" else "rồi"), False
    if aux in ("has not", "have not"):
        return ("chưa", False) if (aux == "has not") == one and verb == pp and yet and not adv else None
    if aux in ("will", "'ll", "will not"):
        return ("sẽ không" if "not" in aux else "sẽ", False) if verb == base and not (adv or yet) else None
    if aux in ("is", "am", "are", "'s", "'m", "'re"):
        ok = be_agrees(m, aux) and not (adv or yet)
        return ("đang", False) if ok and verb == ing else ("sắp", False) if ok and verb == f"about to {base}" else None
    if aux or yet or verb != past or adv == "already":
        return None
    if adv == "just":
        return "vừa", False
    return "", False


def _who_en(m: re.Match) -> tuple[str, bool] | None:
    """Who of a match of WHO_EN in Vietnamese, and whether one ("has"); None for a pet."""
    return None if animal(m) else who_vi(m)


def _get_vi(text: str) -> str | None:
    """"My mother ordered a birthday cake for me." as "Mẹ tôi đặt bánh sinh nhật cho tôi.", "I made the birthday cake
    myself." as "Tôi đã tự làm bánh sinh nhật.", "Have you ordered the birthday cake yet?" as "Bạn đã đặt bánh sinh
    nhật chưa?" (_GET_EN); None for anything else, and where who and the verb, "myself" or the day do not agree."""
    m = _GET_EN.fullmatch(text)
    if not m or (said := _who_en(m)) is None:
        return None
    who_, one = said
    verb = m["verb"].lower()
    vi, forms = next(((vi, forms) for vi, forms in _GOT.items() if verb in forms), (None, None))
    tense = vi and _tense_vi(m, one, verb, forms)
    if not tense or tense[1] and who_ == "tôi":
        return None
    tense, asked = tense
    day = m["day"] and keyed(m["day"])
    way = NEAR_WAY.get(_DAYS_VI.get(day, ""))
    if day and tense not in {"behind": ("",), "today": ("", "sẽ"), "ahead": ("sẽ",)}[way]:  # ("bought … today")
        return None
    whom = ""
    if m["whom"]:
        whom = as_whom(m["whom"], "en")
        if whom is None or whom == who_ or m["kin"] and m["whom"].lower().startswith(("his ", "her ")):
            return None  # ("My father … for his wife": "vợ anh ấy" is another man's)
    if m["self"]:
        pronoun = (m["who"] or "").lower()
        own = EN_SELF.get("I" if pronoun == "i" else pronoun) or {"his": "himself", "her": "herself"}.get(
            his_her(who_) or "", "")
        if m["self"].lower() != own.lower() or vi not in ("làm", "nướng"):
            return None
    if not tense and not (whom and who_ != "bạn" or way == "behind"):
        tense = "đã"  # ("Tôi làm bánh sinh nhật." alone, or "hôm nay": made one, or makes them?; "Bạn mua …": do it?)
    words = [_DAYS_VI[day] if day else "", who_, tense if tense != "rồi" else "đã",
             "tự" if m["self"] else "", vi, "bánh sinh nhật", f"cho {whom}" if whom else "",
             "rồi" if tense == "rồi" else "", "chưa?" if asked else ""]
    said_vi = " ".join(w for w in words if w)
    return capitalised(said_vi if asked else f"{said_vi}{'!' if '!' in m['end'] else '.'}")


def _did_vi(text: str) -> str | None:
    """"We cut the birthday cake." as "Chúng tôi cắt bánh sinh nhật.", "He blew out the candles." as "Anh ấy đã thổi
    nến.", "Have you blown out the candles yet?" as "Bạn đã thổi nến chưa?" (_DID_EN); None for anything else."""
    m = _DID_EN.fullmatch(text)
    if not m or (said := _who_en(m)) is None:
        return None
    who_, one = said
    verb, rest = " ".join(m["verb"].lower().split()), " ".join(m["rest"].split())
    vi_verb = next((vi for vi, forms in _VERBS.items() if (verb in forms or verb == f"about to {forms[0]}")
                    and (vi, rest) in _DID_VI), None)
    act = vi_verb and _DID_VI.get((vi_verb, rest))
    tense = act and _tense_vi(m, one, verb, _VERBS[vi_verb])
    if not tense or tense[1] and who_ == "tôi" or act.startswith("ước") and tense[0]:
        return None
    tense, asked = tense
    if not tense and not (verb in ("cut", "put") and not one):
        tense = "đã"  # ("We cut …", "I put …": the present or the past, as Vietnamese says them plainly)
    words = [who_, "đã" if tense == "rồi" or asked else tense, act, "rồi" if tense == "rồi" else "",
             "chưa?" if asked else ""]
    said_vi = " ".join(w for w in words if w)
    return capitalised(said_vi if asked else f"{said_vi}{'!' if '!' in m['end'] else '.'}")


def _do_vi(text: str) -> str | None:
    """"Blow out the candles!" as "Thổi nến đi!", "Let's cut the cake!" as "Cắt bánh thôi!", "Make a wish!" as "Ước
    một điều đi!" (_DO_EN); None for anything else."""
    m = _DO_EN.fullmatch(text)
    if not m or "?" in m["end"] or m["lets"] and m["act"][0].isupper() or not (m["lets"] or m["act"][0].isupper()):
        return None
    vi = _DO_VI[keyed(m["act"])]
    if m["lets"] and vi not in _LETS:
        return None
    return capitalised(f"{vi} {'thôi' if m['lets'] else 'đi'}{m['end'] or '.'}")


def _what_vi(text: str) -> str | None:
    """"What did you wish for before blowing out the candles?" as "Bạn đã ước điều gì trước khi thổi nến?"
    (_WHAT_EN); None for anything else, and "I" asking."""
    m = _WHAT_EN.fullmatch(text)
    said = m and _who_en(m)
    if not said or said[0] == "tôi":
        return None
    return capitalised(f"{said[0]} đã ước điều gì{' trước khi thổi nến' if m['before'] else ''}?")


def _count_vi(text: str) -> str | None:
    """"The cake has ten candles." as "Bánh có mười cây nến.", "There are 20 candles on the birthday cake." as "Trên
    bánh sinh nhật có 20 cây nến.", "How many candles are on the cake?" as "Trên bánh có bao nhiêu cây nến?"
    (_COUNT_EN, _HOW_MANY_EN); None for anything else, and where "is", "are" or "candles" does not agree with the
    count."""
    if (m := _HOW_MANY_EN.fullmatch(text)) and bool(m["does"]) == bool(m["have"]):
        cake = "bánh sinh nhật" if "birthday" in m["cake"] else "bánh"
        return f"{cake.capitalize()} có bao nhiêu cây nến?" if m["does"] else f"Trên {cake} có bao nhiêu cây nến?"
    m = next((m for p in _COUNT_EN if (m := p.fullmatch(text))), None)
    if not m:
        return None
    cake = "bánh sinh nhật" if "birthday" in m["cake"] else "bánh"
    n = _number(m["n"], _NUMBERS_EN)
    be_ = m.groupdict().get("be")
    if not 0 < n <= 100 or m["candles"] != ("candles" if n > 1 else "candle") or be_ and (
            (be_ == "are") != (n > 1) or m["n"].lower() == "a"):
        return None
    count = f"{m['n'] if m['n'].isdigit() else vi_word(n)} cây nến"
    end = "!" if "!" in m["end"] else "."
    return f"Trên {cake} có {count}{end}" if be_ else f"{cake.capitalize()} có {count}{end}"
