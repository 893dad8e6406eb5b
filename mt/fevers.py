"""A fever and bringing it down, both ways, written whole by rule: fever medicine (thuốc hạ sốt, paracetamol) given to
a child or taken, the fever going down, gone, back or not coming down, how high it is, the temperature taken ("cặp
nhiệt độ", "đo nhiệt độ") and a cool compress ("chườm mát"). v8 (rules on) reads "hạ" as nothing or a fall, "cặp" as
a couple and "chườm mát" as cool: "Cho bé uống thuốc hạ sốt chưa?" → "Have your child take medicine fever?", "Tôi đã
cho bé uống thuốc hạ sốt rồi." → "I gave him a fever take medicine.", "Con tôi sốt mãi không hạ." → "My child had a
fever forever.", "Bé hạ sốt rồi." → "Your baby is fever.", "Con tôi hết sốt rồi." → "My child is all fever.", "Tôi
cặp nhiệt độ cho bé rồi." → "I couple the temperatures for your baby.", "Chườm mát cho bé đi." → "It's cool to get
your baby."; "Have you given the baby anything for the fever?" → "Bạn đã cho bé bất cứ thứ gì cho bé sốt chưa?", "The
baby's fever won't come down." → "Sốt của bé sẽ không bị sốt.", "Has the baby's fever gone down?" → "Bé có bị sốt
không?", "My fever has broken." → "Sốt của tôi bị vỡ.", "Put a cool compress on the baby." → "Đặt một miếng nén mát
cho bé.", "Did you give him paracetamol?" → "Bạn có thể cho ông ta uống thuốc ngừa thai không?".

Taken: who (mt.hobbies.WHO, WHO_EN; "bé", "em bé", "bé nhà tôi"; "the baby", "my baby") giving someone (mt.hobbies.WHOM,
WHOM_EN; "bé", "con" of "tôi" or "bạn", or of "Để mẹ") fever medicine or paracetamol, taking it, taking their
temperature or putting a cool, cold or warm compress on them: done ("rồi"), just ("vừa", "mới"), "đã" (past), "đang",
not yet ("chưa", "vẫn chưa"), asked ("… chưa?", "Did …?"; "you" where no one is said, but with "nhỉ"), told ("… đi",
"Give …") or offered ("Để tôi …", "Để mẹ … cho con": "Let me …"); whose fever has gone down or is gone (done, just,
asked, not yet), has come back ("sốt lại rồi"), won't come down ("sốt mãi không hạ"), or is so many degrees ("Con tôi
sốt 39 độ.", as v8 writes it). Left: a fever had, high or asked (mt/ailments.py, mt/conditions.py), a temperature high
or normal (mt/conditions.py), fever medicine given or taken with no tense (a habit, or then?) or with "có … không?"
(did, or does?), fever medicine had or needed ("Tôi cần thuốc hạ sốt.": v8 writes it well), "bé" taking it ("Bé uống
thuốc hạ sốt rồi."), "con", "mẹ" alone saying it but in "Để mẹ … cho con" (the speaker, or the child?: "Để mẹ … cho
bé", "… cho tôi"), "Để tôi … cho con" (whose child?), "con" of "chị", "em", "cô" or no one (a parent's own?), "anh",
"chị", "em" saying it, "em" asking with "ạ" (the speaker), "tôi" asking, "… chưa nhỉ?" with no one said, "something"
asked and "anything" said, one doing it to themselves ("Mẹ tôi … cho mẹ tôi") and one's own temperature ("He took his
temperature.", "Họ … cho họ"), "put" with no tense, "Take your temperature.", a pet giving or taking, "sốt" as sauce,
"The fever …" with no whose, and anything else.
mt.phrasebook.translate tries these after mt/online_classes.py.

    >>> translate("Bé hạ sốt rồi.", "vi", "en"), translate("Put a cool compress on the baby.", "en", "vi")
    ("The baby's fever has gone down.", 'Chườm mát cho bé đi.')
"""
from __future__ import annotations

import re

from .hobbies import SOMEONE_EN, WHO, WHO_EN, WHOM, animal, as_whom, em_speaking, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_WHOSE, alternatives, be, capitalised, contracted, keyed, progressive

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:sốt|nhiệt|chườm|paracetamol)"),
         "en": lazy(r"(?i:fever|temperature|compress|paracetamol)")}
_COOL = {"mát": "cool", "lạnh": "cold", "ấm": "warm"}
_COOL_VI = {en: vi for vi, en in _COOL.items()}
_OBJECT_WHOSE = {"me": "my", "you": "your", "him": "his", "her": "her", "us": "our", "them": "their"}
# who doing it to themselves ("Tôi … cho tôi"), or to one English cannot tell from them ("Họ … cho họ": their own?)
_SELF = {"I": "me", "you": "you", "we": "us", "he": "him", "she": "her", "they": "them"}
_PARENT = r"(?P<me>(?i:mẹ|bố|ba|má|tôi|mình))"  # (the one speaking after "Để": "Để mẹ …", "Để tôi …")

# a baby, with whose or not ("bé", "em bé", "bé nhà tôi")
_BABY = rf"(?P<baby>(?i:em\s+bé|bé))(?:\s+(?:nhà|của)\s+(?P<bwhose>(?i:{alternatives(OWNERS)})))?"
# whom it is done to: a baby, "con" alone (whose by who), or mt.hobbies.WHOM ("tôi", "con tôi", "Lan")
_CHILD = rf"(?:{_BABY}|(?P<con>(?i:con))|{WHOM})"
# who does it, told ("… đi") or asked with no one said, or offering ("Để mẹ …")
_BY = rf"(?:(?P<let>[Đđ]ể)\s+{_PARENT}\s+|{WHO}\s+)?(?:(?P<aux>đã|vừa\s+mới|vừa|mới|vẫn\s+chưa|chưa|đang)\s+)?"
_TAIL = r"(?:\s+(?P<tail>rồi|chưa|đi))?(?:\s+(?P<soft>vậy|thế|nhé|nhỉ|ạ))?\s*(?P<end>[.!?]*)"
_MED = r"(?P<med>(?i:thuốc\s+hạ\s+sốt|paracetamol))"
_DOING = [lazy(rf"{_BY}(?:[Cc]ho\s+{_CHILD}\s+)?(?:[Uu]ống)\s+{_MED}{_TAIL}"),
          lazy(rf"{_BY}(?P<temp>(?i:cặp\s+nhiệt(?:\s+độ)?|đo\s+nhiệt\s+độ))\s+cho\s+{_CHILD}{_TAIL}"),
          lazy(rf"{_BY}(?i:chườm)\s+(?P<cool>{alternatives(_COOL)})\s+cho\s+{_CHILD}{_TAIL}")]
# whose fever: gone down or gone, back, not coming down, or how high ("Bé hạ sốt rồi.", "Con tôi sốt 39 độ.")
_FEVERISH = rf"(?:{_BABY}|{WHO})"
_FEVER = lazy(rf"{_FEVERISH}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|mới|vẫn\s+chưa|chưa)\s+)?(?:(?P<down>hạ\s+sốt)|"
              r"(?P<gone>hết\s+sốt)|(?P<stuck>sốt\s+mãi\s+không\s+(?:hạ|giảm))|(?P<back>(?:bị\s+)?sốt\s+lại|lại\s+"
              r"(?:bị\s+)?sốt)|(?:bị\s+)?sốt\s+(?P<deg>3[6-9]|4[0-2])(?:[,.](?P<dec>\d))?\s+độ(?:\s+C)?)"
              rf"{_TAIL}")

# ... in English: whose (group poss, someone, or a baby's: bdet) and whom ("the baby", "him", "my son")
_WHOSE_EN = (rf"(?:(?P<poss>(?i:{WHOSE_WORDS}))|(?P<bdet>(?i:the|{WHOSE_WORDS}))\s+baby['’]s|"
             rf"(?P<someone>{SOMEONE_EN})['’]s)")
_WHOM_EN = (rf"(?:(?P<bdet2>(?i:the|{WHOSE_WORDS}))\s+baby|(?P<whom>(?i:me|you|him|her|us|them)|{SOMEONE_EN}))")
_MED_EN = (r"(?P<med>(?P<thing>something|anything)\s+for\s+(?:the|a)\s+fever|(?P<some>some\s+|any\s+)?"
           r"(?:(?P<fever>fever\s+medicine)|paracetamol)|a\s+fever\s+reducer)")
_DOING_EN = lazy(rf"(?:(?P<q>Have|Has|Did)\s+)?(?:(?P<let>Let\s+me)\s+|{WHO_EN}(?:\s+(?P<still>still))?"
                 r"(?P<aux>\s+(?:has|have)(?:\s+not|n['’]t)?|['’](?:ve|s|m|re)|\s+(?:is|am|are))?"
                 r"(?:\s+(?P<just>just))?\s+)?(?P<verb>(?i:give|gave|given|giving|take|took|taken|taking|put|putting))"
                 rf"\s+(?:(?:{_WHOM_EN}\s+)?{_MED_EN}|{_WHOSE_EN}\s+temperature|a\s+(?P<cool>cool|cold|warm)\s+"
                 rf"compress\s+on\s+{_WHOM_EN.replace('bdet2', 'bdet3').replace('whom>', 'whom2>')})"
                 r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_FEVER_EN = lazy(rf"(?:(?P<q>Has|Is)\s+)?{_WHOSE_EN}\s+fever(?P<rest>(?:['’]s)?(?:\s+[\w’']+){{1,4}}?)"
                 r"\s*(?P<end>[.!?]*)")
_DEGREES_EN = lazy(rf"{WHO_EN}\s+(?P<has>has|have)\s+a\s+(?P<deg>3[6-9]|4[0-2])(?:\.(?P<dec>\d))?[-\s]degree\s+fever"
                   r"\s*(?P<end>[.!]*)")
# what English says after "… fever", and Vietnamese for it (said; asked after "Has", "Is")
_SAID_EN = {"won't come down": "sốt mãi không hạ", "will not come down": "sốt mãi không hạ",
            "still won't come down": "sốt mãi không hạ", "won't go down": "sốt mãi không hạ",
            "has gone down": "hạ sốt rồi", "'s gone down": "hạ sốt rồi", "has come down": "hạ sốt rồi",
            "'s come down": "hạ sốt rồi", "has broken": "hạ sốt rồi", "has just gone down": "vừa hạ sốt",
            "'s just gone down": "vừa hạ sốt", "has just come down": "vừa hạ sốt", "has just broken": "vừa hạ sốt",
            "went down": "đã hạ sốt", "came down": "đã hạ sốt", "broke": "đã hạ sốt",
            "hasn't gone down yet": "chưa hạ sốt", "hasn't come down yet": "chưa hạ sốt",
            "has not gone down yet": "chưa hạ sốt", "hasn't gone down": "chưa hạ sốt",
            "still hasn't gone down": "vẫn chưa hạ sốt", "still hasn't come down": "vẫn chưa hạ sốt",
            "is gone": "hết sốt rồi", "'s gone": "hết sốt rồi", "has gone": "hết sốt rồi",
            "has come back": "sốt lại rồi", "'s come back": "sốt lại rồi", "came back": "sốt lại rồi",
            "is back": "sốt lại rồi", "'s back": "sốt lại rồi"}
_ASKED_EN = {("has", "gone down"): "đã hạ sốt chưa", ("has", "gone down yet"): "đã hạ sốt chưa",
             ("has", "come down"): "đã hạ sốt chưa", ("has", "come down yet"): "đã hạ sốt chưa",
             ("has", "broken"): "đã hạ sốt chưa", ("has", "broken yet"): "đã hạ sốt chưa",
             ("is", "gone"): "đã hết sốt chưa", ("has", "gone"): "đã hết sốt chưa",
             ("has", "come back"): "có bị sốt lại không"}
# the verbs of English, by what is done: base, past, past participle, -ing
_VERBS = {"give": ("give", "gave", "given", "giving"), "take": ("take", "took", "taken", "taking"),
          "put": ("put", "put", "put", "putting")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of fever medicine given or taken, a temperature taken, a cool compress, or a
    fever gone down, back, not coming down or so many degrees; None for any other."""
    if src == "vi":
        return _doing(text) or _fever(text)
    return _doing_vi(text) or _fever_vi(text) or _degrees_vi(text)


def _aux(m: re.Match) -> str:
    """The tense word of a Vietnamese match, one space apart ("vẫn chưa"), or ""."""
    return keyed(m["aux"] or "")


def _end(m: re.Match) -> tuple[bool, str] | None:
    """Whether a Vietnamese match asks ("… chưa?") and its tail ("rồi", "đi"); None where a "?" is not asked with
    "chưa", "chưa" is not asked, "vậy", "thế" end a statement (they say more: mt.text.STRESSED_SAID), or "nhé" ends
    any but an offer ("Để mẹ … nhé.": "Cho bé uống … nhé." may be I will, or you should)."""
    tail, soft, asked = keyed(m["tail"] or ""), keyed(m["soft"] or ""), "?" in m["end"]
    offer = m.groupdict().get("let") and not tail
    if asked != (tail == "chưa") or not asked and soft in ("vậy", "thế") or soft == "nhé" and (asked or not offer):
        return None
    return asked, tail


def _child(m: re.Match, who_: str | None) -> str | None:
    """Whom a match of _CHILD says, in English, for who doing it (`who_`, "me" offering): "the baby", "my baby",
    "him", "my son"; "con" as "my child" of "I", "your child" of "bạn", "you" offered by a parent; None for anyone
    else, and for who doing it to themselves ("Tôi … cho tôi", "Mẹ tôi … cho mẹ tôi")."""
    if m["baby"]:
        return f"{OWNERS[keyed(m['bwhose'])]} baby" if m["bwhose"] else "the baby"
    if m["con"]:  # (not of "chị", "cô" or no one: "Chị … cho con chưa?" may be a parent's own child, or the child)
        said_you = keyed(m.groupdict().get("who") or "") == "bạn"
        return {"I": "my child", "you": "your child" if said_you else None, "parent": "you"}.get(who_ or "")
    whom = as_whom(m["whom"], "vi")
    itself = whom == who_ or _SELF.get(who_ or "") == whom or who_ == "me" and whom == "me"
    return None if whom is None or itself else whom


def _doing(text: str) -> str | None:
    """"Cho bé uống thuốc hạ sốt chưa?" as "Have you given the baby anything for the fever?", "Tôi đã uống thuốc hạ
    sốt rồi." as "I've taken something for the fever.", "Để mẹ cặp nhiệt độ cho con." as "Let me take your
    temperature.", "Chườm mát cho bé đi." as "Put a cool compress on the baby." (_DOING); None for anything else."""
    m = next((m for p in _DOING if (m := p.fullmatch(text))), None)
    said = m and _end(m)
    if not said:
        return None
    (asked, tail), aux = said, _aux(m)
    if m["let"]:  # ("Để mẹ …": the parent speaking, "con" the child spoken to)
        if aux or tail or asked:
            return None
        parent = keyed(m["me"]) not in ("tôi", "mình")
        if parent and not m["con"]:  # ("Để mẹ … cho bé", "… cho tôi": Mom spoken of, "Let Mom …", may be meant)
            return None
        return _english(m, "me", False, "let", "parent" if parent else "me")
    if m["given"] or m["kin"] or m["who"] or m["title"]:
        if animal(m) or em_speaking(m) or (said := who(m, asked)) is None or asked and said[0] == "I":
            return None
        who_, one = said
    elif keyed(m["soft"] or "") == "nhỉ":  # (no one said: "… chưa nhỉ?" may be the speaker wondering)
        return None
    elif asked or tail == "đi" and not aux:
        who_, one = ("you", False) if asked else (None, False)
    else:
        return None
    way = {("", "chưa"): "asked", ("đã", "chưa"): "asked", ("", "rồi"): "done", ("đã", "rồi"): "done",
           ("vừa", ""): "just", ("mới", ""): "just", ("vừa mới", ""): "just", ("đã", ""): "past",
           ("chưa", ""): "not", ("vẫn chưa", ""): "still", ("đang", ""): "doing", ("", "đi"): "told"}.get((aux, tail))
    if way is None or way == "told" and who_ or way != "asked" and asked:
        return None  # (… and "Cho bạn …", told to do it to oneself: below, _english)
    return _english(m, who_, one, way, who_)


def _english(m: re.Match, who_: str | None, one: bool, way: str, by: str | None) -> str | None:
    """What a match of _DOING says, in English, done by who (`one`: "has") the `way` _doing read: "let", "told",
    "asked", "done", "just", "past", "not", "still", "doing"; None where whom is not read."""
    g = m.groupdict()
    verb = "put" if g.get("cool") else "take" if g.get("temp") or not (m["con"] or m["baby"] or m["whom"]) else "give"
    base, past, done, doing = _VERBS[verb]
    whom = _child(m, by) if verb != "take" or g.get("temp") else ""
    if whom is None or way == "told" and whom == "you":
        return None
    any_ = way in ("asked", "not", "still")
    if g.get("med"):
        what = "paracetamol" if keyed(m["med"]) == "paracetamol" else f"{'any' if any_ else 'some'}thing for the fever"
        what = f"any {what}" if any_ and what == "paracetamol" else what
        what = f"{whom} {what}" if whom else what
    elif g.get("temp"):
        what = f"{_OBJECT_WHOSE.get(whom) or whom + chr(39) + 's'} temperature"
    else:
        what = f"a {_COOL[keyed(m['cool'])]} compress on {whom}"
    has = "has" if one else "have"
    said = {"let": f"Let me {base} {what}.", "told": f"{base.capitalize()} {what}.",
            "asked": f"{has.capitalize()} {who_} {done} {what}?",
            "done": contracted(who_ or "", f"{has} {done} {what}."),
            "just": contracted(who_ or "", f"{has} just {done} {what}."), "past": f"{who_} {past} {what}.",
            "not": f"{who_} {has}n't {done} {what} yet.", "still": f"{who_} still {has}n't {done} {what}."}
    return capitalised(said[way]) if way in said else progressive(who_ or "", be(who_ or ""), f"{doing} {what}")


def _fever(text: str) -> str | None:
    """"Con tôi sốt mãi không hạ." as "My child's fever won't come down.", "Bé hạ sốt rồi." as "The baby's fever has
    gone down.", "Bé đã hạ sốt chưa?" as "Has the baby's fever gone down?", "Con tôi sốt lại rồi." as "My child's
    fever has come back.", "Con tôi sốt 39 độ." as "My child has a 39-degree fever." (_FEVER); None for anything
    else."""
    m = _FEVER.fullmatch(text)
    said = m and _end(m)
    if not said or said[1] == "đi":
        return None
    (asked, tail), aux = said, _aux(m)
    if m["baby"]:
        who_, one = (f"{OWNERS[keyed(m['bwhose'])]} baby" if m["bwhose"] else "the baby"), True
    elif em_speaking(m) or (found := who(m, asked)) is None or asked and found[0] == "I":
        return None
    else:
        who_, one = found
    whose = EN_WHOSE.get(who_) or f"{who_}'s"
    if m["stuck"] or m["deg"] or m["back"]:
        if aux or asked or tail != ("rồi" if m["back"] else ""):
            return None
        if m["deg"]:
            return capitalised(f"{who_} {'has' if one else 'have'} a {m['deg']}{'.' + m['dec'] if m['dec'] else ''}"
                               "-degree fever.")
        return capitalised(f"{whose} fever {'has come back' if m['back'] else 'won’t come down'}.".replace("’", "'"))
    down = "gone down" if m["down"] else "gone"
    if asked:
        return f"Has {whose} fever {down}?" if aux in ("", "đã") else None
    way = {("", "rồi"): f"has {down}", ("đã", "rồi"): f"has {down}", ("đã", ""): f"has {down}",
           ("vừa", ""): f"has just {down}", ("mới", ""): f"has just {down}", ("vừa mới", ""): f"has just {down}",
           ("chưa", ""): f"hasn't {down} yet", ("vẫn chưa", ""): f"still hasn't {down}"}.get((aux, tail))
    if way is None or m["gone"] and aux in ("chưa", "vẫn chưa"):  # (not gone: "still has a fever")
        return capitalised(f"{who_} still {'has' if one else 'have'} a fever.") if way and m["gone"] else None
    return capitalised(f"{whose} fever {way}.")


def _whose_vi(m: re.Match, poss: str = "poss", bdet: str = "bdet", other: str = "someone") -> str | None:
    """Whose of a match of _WHOSE_EN (or whom of _WHOM_EN, by the groups named) in Vietnamese: "my" as "tôi", "the
    baby's" as "bé", "my baby's" as "con tôi", "my son's" as "con trai tôi"; None where it is not read."""
    if m[poss]:
        return WHOSE_VI[m[poss].lower()] if poss == "poss" else as_whom(m[poss], "en")
    if m[bdet]:
        det = m[bdet].lower()
        return "bé" if det == "the" else f"con {WHOSE_VI[det]}"
    return someone(m[other], "en") if m[other] else None


def _agrees(aux: str, who_: str, one: bool) -> bool:
    """Whether English `aux` (small letters, "'" for "’") agrees with who in Vietnamese (`one`: he, she, a name)."""
    first = aux.split(" ")[0].replace("n't", "")
    if first in ("has", "'s", "is"):
        return one
    if first in ("am", "'m"):
        return who_ == "tôi"
    return not one and (first not in ("are", "'re") or who_ != "tôi")


def _form(verb: str, form: int) -> bool:
    """Whether English `verb` is of `form` (0 base, 1 past, 2 past participle, 3 -ing) of its kind."""
    return any(forms[form] == verb for forms in _VERBS.values())


def _doing_vi(text: str) -> str | None:
    """"Have you given the baby anything for the fever?" as "Bạn đã cho bé uống thuốc hạ sốt chưa?", "Let me take
    your temperature." as "Để tôi đo nhiệt độ cho bạn.", "Put a cool compress on the baby." as "Chườm mát cho bé
    đi.", "I've taken something for the fever." as "Tôi đã uống thuốc hạ sốt rồi." (_DOING_EN); None for anything
    else, where a verb does not agree, and one's own temperature ("He took his temperature.")."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]):
        return None
    verb, q = m["verb"].lower(), (m["q"] or "").lower()
    kind = next(k for k, forms in _VERBS.items() if verb in forms)
    whom_said = m["whom"] or m["bdet2"]
    if m["med"]:
        if (kind == "give") != bool(whom_said) or kind == "put":
            return None
        med = "paracetamol" if "paracetamol" in m["med"].lower() else "thuốc hạ sốt"
        whom = whom_said and _whose_vi(m, "whom", "bdet2", "whom")
        act = (whom and f"cho {whom} uống {med}") if whom_said else f"uống {med}"
    elif m["cool"]:
        whom = kind == "put" and _whose_vi(m, "whom2", "bdet3", "whom2")
        act = whom and f"chườm {_COOL_VI[m['cool']]} cho {whom}"
    else:
        whom = kind == "take" and _whose_vi(m)
        act = whom and f"đo nhiệt độ cho {whom}"
    if not act:
        return None
    said = m["who"] or m["kin"] or m["given"]
    who_, one = who_vi(m) if said else ("tôi" if m["let"] else "", False)
    if said and animal(m) or whom == who_ or m["poss"] and m["poss"].lower() in ("his", "her", "their") and (
            who_ not in ("tôi", "bạn", "chúng tôi")):
        return None  # (doing it to oneself, or one's own "his" temperature: his own, or another's?)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    neg = "n't" in aux or " not" in aux
    any_ = bool(re.match(r"any", m["thing"] or m["some"] or "", re.I))
    some = bool(re.match(r"some", m["thing"] or m["some"] or "", re.I))
    if q:
        ok = said and not (aux or m["still"] or m["just"]) and _form(verb, 0 if q == "did" else 2) and (
            q == "did" or _agrees(q, who_, one))
        return capitalised(f"{who_} đã {act} chưa?") if ok and not some else None
    if m["let"] or not said:
        ok = _form(verb, 0) and not (m["yet"] or aux or m["still"] or m["just"] or any_)
        told = (m["let"] or m["verb"][0].isupper()) and (m["let"] or whom != "bạn")  # (not "Take your …")
        return (f"Để tôi {act}." if m["let"] else f"{capitalised(act)} đi.") if ok and told else None
    if aux and not _agrees(aux, who_, one) or m["still"] and not neg or m["yet"] and not neg:
        return None
    if neg and _form(verb, 2) and not m["just"] and not some:
        return capitalised(f"{who_} {'vẫn chưa' if m['still'] else 'chưa'} {act}.")
    if any_ or neg:
        return None
    if aux in ("has", "have", "'ve", "'s") and _form(verb, 2) and not _form(verb, 3):
        return capitalised(f"{who_} vừa {act}." if m["just"] else f"{who_} đã {act} rồi.")
    if aux and _form(verb, 3) and aux not in ("has", "have", "'ve") and not m["just"]:
        return capitalised(f"{who_} đang {act}.")
    if not aux and _form(verb, 1) and not _form(verb, 0):  # ("I put …": now, or then?)
        return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {act}.")
    return None


def _fever_vi(text: str) -> str | None:
    """"My child's fever won't come down." as "Con tôi sốt mãi không hạ.", "The baby's fever has gone down." as "Bé
    hạ sốt rồi.", "Has your fever gone down?" as "Bạn đã hạ sốt chưa?", "Her fever has come back." as "Cô ấy sốt
    lại rồi." (_FEVER_EN, _SAID_EN, _ASKED_EN); None for anything else."""
    m = _FEVER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (whose := _whose_vi(m)) is None:
        return None
    rest = " ".join(m["rest"].lower().replace("’", "'").split())
    said = _ASKED_EN.get((m["q"].lower(), rest)) if m["q"] else _SAID_EN.get(rest)
    return said and capitalised(f"{whose} {said}{'?' if m['q'] else '.'}")


def _degrees_vi(text: str) -> str | None:
    """"My child has a 39-degree fever." as "Con tôi sốt 39 độ." (_DEGREES_EN); None for anything else, and where
    the verb does not agree."""
    m = _DEGREES_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    if (m["has"] == "has") != one:
        return None
    return capitalised(f"{who_} sốt {m['deg']}{',' + m['dec'] if m['dec'] else ''} độ.")
