"""Children's toys, both ways, written whole by rule: a toy broken, too many toys, a new toy bought for someone,
playing with toys all day, a toy for children over an age, sharing toys, and a favourite toy. v8 (rules on) reads
"làm hỏng" as rubbing, "đồ chơi" as a play, "yêu thích" as gain, and "break" as breaking up: "Con tôi làm hỏng đồ chơi
rồi." → "I rubbed my toy.", "Con tôi có quá nhiều đồ chơi." → "I have too many toys.", "Con trai tôi chơi đồ chơi cả
ngày." → "My son plays toys all day.", "Đồ chơi này dành cho trẻ em trên ba tuổi." → "This play is for children over
three years old.", "Bố tôi vừa mua đồ chơi mới cho tôi." → "I bought my new toy.", "Đồ chơi yêu thích của con tôi là
gấu bông." → "My favorite toy is glad."; "My son broke his toy." → "Con trai tôi chia tay đồ chơi của anh ấy.", "My
daughter often breaks her toys." → "… thường chia tay đồ chơi của mình.", "This toy is for children over three." →
"… dành cho trẻ em hơn ba tuổi.", "My daughter's favourite toy is a doll." → "Tôi có lợi cho con gái tôi là con búp
bê.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) broke a toy ("làm hỏng", "làm vỡ"; their own: "của mình"; whose: "của
tôi"), has broken, has just broken one, or often breaks toys (mt.hobbies.SELDOM); who has a lot of, lots of or too many
toys, said, denied or asked; who bought (has bought, has just bought, will buy) a toy or a new toy for their child ("cho
con" after a pronoun), for someone (mt.hobbies.WHOM), asked "… chưa?"; who plays with toys all day, often, is playing
with them, asked (their own toys: a pronoun's or a child's, not a grown-up's); this toy is (not) for children over or
under an age (mt.numbers), or aged N and over, asked; who won't, doesn't want to, often or never shares their toys (with
friends: "bạn bè"), asked; a favourite toy: "This is …", "What is …?", or a toy of _TOYS. Left: putting toys away
(mt/tidying.py), pocket money spent on toys (mt/pocket_money.py), toys donated (mt/volunteering.py), tripping over a toy
(mt/falls.py); "Mẹ", "Bố", "con" alone (the speaker, or the one spoken to: "Mẹ mua đồ chơi mới cho con."), "anh", "chị",
"em" saying it, "cho con" after kin or a name, a pet as who, a toy broken asked or denied (did, or does?), plain "chơi
đồ chơi" and "chia sẻ đồ chơi" (now, a habit, or done?), sharing "với bạn" (a friend, or you?), "cho bạn mượn" (lent to
a friend, or to you?), "nhiều đồ chơi quá" (so many), a favourite of "mình" asked (you, we or I?), kin of "his", "her"
or "their" after kin or a name ("My father bought a toy for his daughter.": "con gái anh ấy" is another man's), and
anything else.
mt.phrasebook.translate tries these after mt/drinking_water.py.

    >>> translate("Con tôi làm hỏng đồ chơi rồi.", "vi", "en"), translate("My son broke his toy.", "en", "vi")
    ('My child has broken a toy.', 'Con trai tôi làm hỏng đồ chơi của mình.')
"""
from __future__ import annotations

import re

from .hobbies import (HABIT_VI, OWNER, SELDOM, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, as_whom, asked_of, be_agrees,
                      em_speaking, owner_of, person_of, pet, someone, whose_own)
from .lazy_re import lazy
from .numbers import en_word, vi_word
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, BE_EN, EN_OBJECT, EN_OBJECT_VI, EN_WHOSE, SOFTENED_END, STRESSED_SAID, WHOSE_OF,
                   alternatives, be, capitalised, keyed, present, progressive)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:đồ\s+chơi)"), "en": lazy(r"(?i:toy)")}
# ages of children a toy is for, in words (mt.numbers) or digits, written back as the source wrote them
_AGES = {vi_word(n): n for n in range(1, 19)}
_AGES_EN = {en_word(n): n for n in range(1, 19)}
# favourite toys (the first Vietnamese of each is written back)
_TOYS = {"gấu bông": "a teddy bear", "con gấu bông": "a teddy bear", "búp bê": "a doll", "con búp bê": "a doll",
         "ô tô đồ chơi": "a toy car", "xe ô tô đồ chơi": "a toy car", "tàu hỏa đồ chơi": "a toy train",
         "người máy": "a robot", "rô-bốt": "a robot", "con diều": "a kite", "diều": "a kite", "quả bóng": "a ball"}
_TOYS_VI = {en: vi for vi, en in reversed(_TOYS.items())}
_NAMED = {"con": "child", "con trai": "son", "con gái": "daughter"}  # (a child bought for, after "cho")
# kin whose toys played with are their own (a grown-up's are likely the child's: "Bố tôi đang chơi đồ chơi.")
_YOUNG = {"con", "con trai", "con gái", "em", "em trai", "em gái"}
_OFTEN = rf"(?P<often>(?i:{alternatives(SELDOM)}))"
_OFTEN_EN = rf"(?P<often>(?i:{alternatives(HABIT_VI)}))"
_POSS = rf"(?P<poss>(?i:{WHOSE_WORDS}))"
# someone's "his", "her" or "their" before kin ("his daughter", not "her" alone: whom)
_THIRD_KIN = lazy(r"(?i:his|her|their)\s")

# a toy broken ("Con tôi làm hỏng đồ chơi rồi.", "Con trai tôi làm vỡ đồ chơi của mình.")
_BROKE = lazy(rf"{WHO}\s+(?:{_OFTEN}\s+|(?P<tense>đã|vừa\s+mới|vừa|mới)\s+)?làm\s+(?:hỏng|vỡ)\s+đồ\s+chơi"
              rf"(?:\s+của\s+(?:(?P<mine>mình)|{OWNER}))?(?:\s+(?P<done>rồi))?{SOFTENED_END}")
# too many toys ("Con tôi có quá nhiều đồ chơi.", "Bạn có nhiều đồ chơi không?": "có" is "have" here)
_MANY = lazy(rf"{WHO}\s+(?:(?P<not>không)\s+)?có\s+(?P<many>quá\s+nhiều|rất\s+nhiều|nhiều)\s+đồ\s+chơi{ASKED_END}")
# a toy bought for someone ("Tôi mua đồ chơi mới cho con.", "Bố tôi vừa mua đồ chơi mới cho tôi.")
_BOUGHT = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|sẽ)\s+)?mua\s+(?:(?:một|1)\s+(?:món\s+|cái\s+)?)?"
               rf"đồ\s+chơi(?P<new>\s+mới)?\s+cho\s+(?:(?P<child>(?i:con(?:\s+trai|\s+gái)?))|{WHOM})"
               rf"(?:\s+(?P<done>rồi)|\s+(?P<yet>chưa))?{SOFTENED_END}")
# playing with toys ("Con trai tôi chơi đồ chơi cả ngày.", "Con gái tôi đang chơi đồ chơi.")
_PLAY = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<ing>đang)\s+|{_OFTEN}\s+)?chơi\s+(?:với\s+)?đồ\s+chơi"
             rf"(?:\s+(?P<all>cả\s+ngày|suốt\s+(?:cả\s+)?ngày))?{ASKED_END}")
# the ages a toy is for ("Đồ chơi này dành cho trẻ em trên ba tuổi.", "… từ 3 tuổi trở lên.")
_N = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(_AGES)}))"
_AGE = lazy(rf"(?i:(?:món\s+|cái\s+)?đồ\s+chơi\s+này)\s+(?:(?P<ask>có)\s+|(?P<not>không)\s+)?(?:dành\s+)?cho\s+"
            rf"(?i:trẻ\s+em|trẻ|các\s+bé)\s+(?:(?P<side>trên|dưới)\s+{_N}\s+tuổi|(?P<up>từ)\s+"
            rf"{_N.replace('<n>', '<n2>')}\s+tuổi\s+trở\s+lên){ASKED_END}")
# sharing toys ("Con tôi không chịu chia sẻ đồ chơi với bạn bè.": "với bạn" may be "with you")
_SHARE = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<wont>không\s+chịu)\s+|(?P<want>không\s+muốn)\s+|{_OFTEN}\s+)?"
              rf"chia\s+sẻ\s+đồ\s+chơi(?P<friends>\s+với\s+bạn\s+bè)?{ASKED_END}")
# a favourite toy ("Đây là đồ chơi yêu thích của con tôi.", "Đồ chơi yêu thích của bạn là gì?")
_FAVOURITE = lazy(rf"(?:(?P<this>(?i:đây|đó))\s+là\s+)?(?i:(?:món\s+)?đồ\s+chơi\s+(?:yêu\s+thích|ưa\s+thích|"
                  rf"thích\s+nhất))\s+(?:của\s+)?{OWNER}"
                  rf"(?:\s+là\s+(?:(?P<what>gì)|(?P<toy>(?i:{alternatives(_TOYS)}))))?{SOFTENED_END}")

# ... and in English
_END_EN = r"\s*(?P<end>[.!?]*)"  # (the sentence's end, said or asked)
_BROKE_EN = lazy(rf"{WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve)?(?:\s+(?P<just>just)|\s+{_OFTEN_EN})?\s+"
                 rf"(?P<verb>broke|broken|breaks|break)\s+(?:(?P<a>a)|{_POSS}|(?P<someone>{SOMEONE_EN})['’]s)\s+"
                 r"(?P<toy>toys?)\s*(?P<end>[.!]*)")
_MANY_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{WHO_EN}\s+(?P<aux>has|have|(?:doesn|don)['’]t\s+have|(?:does|do)\s+not\s+"
                rf"have)\s+(?P<many>too\s+many|a\s+lot\s+of|lots\s+of|many)\s+toys{_END_EN}")
_TOY_EN = r"(?P<toy>a(?P<new>\s+new)?\s+toy)"
_BOUGHT_EN = lazy(rf"(?:(?P<q>Have|Has)\s+)?{WHO_EN}(?P<aux>\s+has|\s+have|['’]s|['’]ve|\s+will|['’]ll)?"
                  r"(?:\s+(?P<just>just|already))?\s+(?P<verb>bought|buy)\s+(?:(?P<whom2>(?i:"
                  rf"{alternatives(EN_OBJECT_VI)})|{SOMEONE_EN})\s+{_TOY_EN}|{_TOY_EN.replace('<', '<t')}\s+for\s+"
                  rf"{WHOM_EN})(?:\s+(?P<yet>yet))?{_END_EN}")
_PLAY_EN = lazy(rf"(?:(?P<q>Does|Do)\s+)?{WHO_EN}{BE_EN}?(?:\s+{_OFTEN_EN})?\s+(?P<verb>plays|play|playing)\s+with\s+"
                rf"(?:{_POSS}\s+)?toys(?:\s+(?P<all>all\s+day(?P<long>\s+long)?))?{_END_EN}")
_N_EN = rf"(?P<n>\d{{1,2}}|(?i:{alternatives(_AGES_EN)}))"
_AGE_EN = lazy(rf"(?:(?P<q>Is)\s+)?(?i:this)\s+toy(?P<be>\s+is(?:\s+not|n['’]t)?|['’]s)?\s+for\s+(?:children|kids)\s+"
               rf"(?:(?P<side>over|under)\s+{_N_EN}(?P<old>\s+years?\s+old)?|aged\s+{_N_EN.replace('<n>', '<n2>')}\s+"
               rf"and\s+(?P<up>over|up)){_END_EN}")
_SHARE_EN = lazy(rf"(?:(?P<q>Does|Do)\s+)?{WHO_EN}(?:\s+(?P<aux>won['’]t|will\s+not|refuses\s+to|refuse\s+to|"
                 rf"(?:doesn|don)['’]t\s+want\s+to|(?:does|do)\s+not\s+want\s+to)|\s+{_OFTEN_EN})?\s+"
                 rf"(?P<verb>shares|share)\s+(?:{_POSS}\s+)?toys(?P<friends>\s+with\s+friends)?{_END_EN}")
_FAVOURITE_EN = lazy(rf"(?:(?P<this>This|That)\s+is\s+|(?P<what>What)(?:\s+is|['’]s)\s+)?(?:{_POSS}|(?P<someone>"
                     rf"{SOMEONE_EN})['’]s)\s+favou?rite\s+toy(?:\s+is\s+(?P<toy>{alternatives(_TOYS_VI)}))?{_END_EN}")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a toy broken, too many toys, a toy bought, playing with toys, a toy's ages,
    sharing toys or a favourite toy; None for any other."""
    if src == "vi":
        if "?" not in text and STRESSED_SAID.search(text):
            return None  # ("Con tôi có nhiều đồ chơi thế.": so many)
        return _broke(text) or _many(text) or _bought(text) or _play(text) or _age(text) or _share(text) or \
            _favourite(text)
    text = text.replace("’", "'")
    return _broke_vi(text) or _many_vi(text) or _bought_vi(text) or _play_vi(text) or _age_vi(text) or \
        _share_vi(text) or _favourite_vi(text)


def _said(pattern, text: str) -> tuple[re.Match, bool, str, bool] | None:
    """A match of `pattern` (of WHO, ASKED_END), whether it asks ("… có … không?", "ask" its "có"), who in English
    and whether one ("she has"); None where it does not match, for a "?" on a statement, "có" or "không?" alone,
    "không" asked, and where who is a pet, "I" asked or "anh" saying it (mt.hobbies.person_of)."""
    m = pattern.fullmatch(text)
    if not m:
        return None
    groups = m.groupdict()
    asked = bool(groups.get("asked"))
    if asked != ("?" in m["end"]) or "ask" in groups and bool(groups["ask"]) != asked or asked and groups.get("not"):
        return None
    said = None if em_speaking(m) else person_of(m, asked)  # ("Em … ạ": the speaker)
    return said and (m, asked, *said)


def _own(m: re.Match, who_: str) -> str | None:
    """Whose, in English, who's own toys are, of a match of WHO (`who_` in English): "my", "her" (mẹ tôi), "their"
    (con tôi, bạn tôi: kin English says neither of); None for a name alone."""
    return whose_own(m, who_) or ("their" if m["kin"] else None)


def _toys(whose: str | None) -> str:
    """Toys of whose in English: "his toys", "toys" where whose is not known."""
    return f"{whose} toys" if whose else "toys"


def _broke(text: str) -> str | None:
    """"Con tôi làm hỏng đồ chơi rồi." as "My child has broken a toy.", "Em trai tôi hay làm hỏng đồ chơi." as "My
    younger brother often breaks toys." (_BROKE); None for anything else."""
    said = _said(_BROKE, text)
    if said is None or said[0]["often"] and (said[0]["done"] or said[0]["tense"]):
        return None
    m, _, who_, one = said
    whose = _own(m, who_) if m["mine"] else owner_of(m, "") if m["owner"] or m["someone"] else ""
    if whose is None:
        return None
    if m["often"]:
        return capitalised(f"{who_} {SELDOM[keyed(m['often'])]} {'breaks' if one else 'break'} {_toys(whose)}.")
    toy, tense = f"{whose or 'a'} toy", keyed(m["tense"] or "")
    if tense in ("vừa", "mới", "vừa mới"):
        return None if m["done"] else capitalised(f"{who_} {'has' if one else 'have'} just broken {toy}.")
    return capitalised(f"{who_} {'has' if one else 'have'} broken {toy}." if m["done"] else f"{who_} broke {toy}.")


def _many(text: str) -> str | None:
    """"Con tôi có quá nhiều đồ chơi." as "My child has too many toys.", "Tôi không có nhiều đồ chơi." as "I don't
    have many toys." (_MANY); None for anything else."""
    said = _said(_MANY, text)
    if said is None:
        return None
    m, asked, who_, one = said
    many = keyed(m["many"])
    many = "too many" if many == "quá nhiều" else "lots of" if many == "rất nhiều" and not m["not"] else \
        "many" if m["not"] else "a lot of"
    return present(who_, one, "have", f"{many} toys", asked, bool(m["not"]))


def _bought(text: str) -> str | None:
    """"Tôi mua đồ chơi mới cho con." as "I bought a new toy for my child.", "Bố tôi vừa mua đồ chơi mới cho tôi."
    as "My father has just bought a new toy for me.", "Bạn đã mua đồ chơi cho con chưa?" as "Have you bought a toy
    for your child yet?" (_BOUGHT); None for anything else, "cho con" after kin or a name (whose child, or the
    speaker?), and whom who is ("Tôi mua đồ chơi cho tôi.")."""
    m = _BOUGHT.fullmatch(text)
    asked = bool(m and m["yet"])
    said = m and asked == ("?" in m["end"]) and not em_speaking(m) and person_of(m, asked)
    if not said:
        return None
    who_, one = said
    if m["child"]:
        whom = f"{EN_WHOSE[who_]} {_NAMED[keyed(m['child'])]}" if m["who"] else None
    else:
        whom = as_whom(m["whom"], "vi")
    tense, has = keyed(m["tense"] or ""), "has" if one else "have"
    if whom is None or whom == EN_OBJECT.get(who_) or (m["done"] or asked) and tense not in ("", "đã"):
        return None
    toy = f"{'a new' if m['new'] else 'a'} toy for {whom}"
    if asked:
        return f"{has.capitalize()} {who_} bought {toy} yet?"
    verb = "will buy" if tense == "sẽ" else f"{has} just bought" if tense in ("vừa", "mới", "vừa mới") else \
        f"{has} bought" if m["done"] else "bought"
    return capitalised(f"{who_} {verb} {toy}.")


def _play(text: str) -> str | None:
    """"Con trai tôi chơi đồ chơi cả ngày." as "My son plays with his toys all day.", "Con gái tôi đang chơi đồ
    chơi." as "My daughter is playing with her toys.", "Bạn có chơi đồ chơi cả ngày không?" as "Do you play with
    your toys all day?", "Bố tôi đang chơi đồ chơi." as "My father is playing with toys." (_PLAY); None for anything
    else, and "chơi đồ chơi" alone (now, or as a habit?)."""
    said = _said(_PLAY, text)
    if said is None:
        return None
    m, asked, who_, one = said
    if not (m["ing"] or m["all"] or m["often"]) or m["ing"] and m["all"] or asked and m["often"]:
        return None
    young = m["who"] or keyed(m["kin"] or "") in _YOUNG  # (a name, a title and a name: neither said)
    toys = f"with {_toys(_own(m, who_) if young else None)}"
    if m["ing"]:
        return progressive(who_, be(who_), f"playing {toys}", end=m["end"])
    every = f" {'all day long' if keyed(m['all']).startswith('suốt') else 'all day'}" if m["all"] else ""
    often = f"{SELDOM[keyed(m['often'])]} " if m["often"] else ""
    return present(who_, one, "play", f"{toys}{every}", asked, adverb=often)


def _age(text: str) -> str | None:
    """"Đồ chơi này dành cho trẻ em trên ba tuổi." as "This toy is for children over three.", "Đồ chơi này dành cho
    trẻ từ ba tuổi trở lên." as "This toy is for children aged three and over." (_AGE); None for anything else."""
    m = _AGE.fullmatch(text)
    if not m or (asked := asked_of(m)) is None:
        return None
    n = m["n"] or m["n2"]
    age = str(int(n)) if n.isdigit() else en_word(_AGES[keyed(n)])  # ("03" as "3")
    if n.isdigit() and not 0 < int(n) < 19:
        return None
    ages = f"aged {age} and over" if m["up"] else f"{'over' if keyed(m['side']) == 'trên' else 'under'} {age}"
    if asked:
        return f"Is this toy for children {ages}?"
    return f"This toy is {'not ' if m['not'] else ''}for children {ages}."


def _share(text: str) -> str | None:
    """"Con tôi không chịu chia sẻ đồ chơi với bạn bè." as "My child won't share their toys with friends.", "Lan không
    bao giờ chia sẻ đồ chơi." as "Lan never shares toys." (_SHARE); None for anything else, and a plain "chia sẻ"."""
    said = _said(_SHARE, text)
    if said is None or not (m := said[0])["ask"] and not (m["wont"] or m["want"] or m["often"]):
        return None
    _, asked, who_, one = said
    toys = f"{_toys(_own(m, who_))}{' with friends' if m['friends'] else ''}"
    if m["wont"]:
        return capitalised(f"{who_} won't share {toys}.")
    if m["want"]:
        return capitalised(f"{who_} {'doesn' if one else 'don'}'t want to share {toys}.")
    return present(who_, one, "share", toys, asked, adverb=f"{SELDOM[keyed(m['often'])]} " if m["often"] else "")


def _favourite(text: str) -> str | None:
    """"Đây là đồ chơi yêu thích của con tôi." as "This is my child's favourite toy.", "Đồ chơi yêu thích của bạn là
    gì?" as "What is your favourite toy?" (_FAVOURITE); None for anything else, and "mình" asked (you, we or I?)."""
    m = _FAVOURITE.fullmatch(text)
    if not m or [bool(m["this"]), bool(m["what"]), bool(m["toy"])].count(True) != 1 or bool(m["what"]) != (
            "?" in m["end"]) or (whose := owner_of(m)) is None or pet(m["someone"], "vi") or (
                m["what"] and keyed(m["owner"] or "") == "mình"):
        return None  # (a pet's favourite toy is a pet's: "its", not "his"; "mình" asked may be you, we or I)
    if m["this"]:
        return f"{'This' if keyed(m['this']) == 'đây' else 'That'} is {whose} favourite toy."
    if m["what"]:
        return f"What is {whose} favourite toy?"
    return capitalised(f"{whose} favourite toy is {_TOYS[keyed(m['toy'])]}.")


# ... in Vietnamese

def _agrees(verb: str, one: bool) -> bool:
    """Whether an English verb (or its auxiliary: "has", "does", "breaks", "doesn't …") agrees with who, `one` said
    of he, she, a name or kin ("My son breaks", "I break")."""
    first = verb.lower().split()[0]
    if first in ("has", "does", "doesn't", "refuses", "is"):
        return one
    if first in ("have", "do", "don't", "refuse", "are", "am"):
        return not one
    return first.endswith("s") == one if first in ("breaks", "break", "plays", "play", "shares", "share") else True


def _own_poss(m: re.Match, who_: str, poss: str | None) -> bool:
    """Whether `poss` ("his", "my", …) of a match of WHO_EN (`who_` in Vietnamese) is who's own ("My son … his",
    "I … my"; "his", "her" or "their" for a name or kin whose English says neither); True where none is said."""
    if not poss:
        return True
    poss, own = poss.lower(), WHOSE_OF.get((m["who"] or "").lower()) or his_her(who_)
    return poss == own if own else poss in ("his", "her", "their")


def _theirs(m: re.Match, who_: str, said: str | None) -> bool:
    """Whether someone `said` in English ("his daughter", whom or whose) is kin of "his", "her" or "their" that may be
    who's own, where who of a match of WHO_EN (`who_` in Vietnamese) is kin or a name: Vietnamese writes it "con gái
    anh ấy", another man's ("My father bought a toy for his daughter." is not "Bố tôi … cho con gái anh ấy"); "her
    son" after "my father" is another's, and taken."""
    third = said and not m["who"] and _THIRD_KIN.match(said)
    return bool(third) and _own_poss(m, who_, said.split()[0])


def _broke_vi(text: str) -> str | None:
    """"My son broke his toy." as "Con trai tôi làm hỏng đồ chơi của mình.", "My child has broken a toy." as "Con
    tôi làm hỏng đồ chơi rồi.", "My daughter often breaks her toys." as "Con gái tôi hay làm hỏng đồ chơi của
    mình." (_BROKE_EN); None for anything else, where the verb does not agree, and "his sister's" after kin or a name
    (_theirs)."""
    m = _BROKE_EN.fullmatch(text)
    said = m and person_of(m, False, "en")
    if not said or _theirs(m, said[0], m["someone"]):
        return None
    who_, one = said
    verb, aux, many = m["verb"], m["aux"] or "", m["toy"] == "toys"
    habit = verb in ("breaks", "break")  # (only "often breaks": "My son often broke …" is a past habit)
    if m["a"] and many or bool(m["often"]) != many or bool(m["often"]) != habit or habit and not _agrees(verb, one):
        return None
    if aux and not _agrees(aux.replace("'s", "has").replace("'ve", "have"), one) or (verb == "broken") != bool(aux):
        return None
    whose = "" if m["a"] else someone(m["someone"], "en") if m["someone"] else \
        "mình" if _own_poss(m, who_, m["poss"]) else WHOSE_VI[m["poss"].lower()]
    if whose is None:
        return None
    toy = f"đồ chơi của {whose}" if whose else "đồ chơi"
    how = f"{HABIT_VI[m['often'].lower()]} " if m["often"] else "vừa " if m["just"] else ""
    return capitalised(f"{who_} {how}làm hỏng {toy}{' rồi' if aux and not m['just'] else ''}.")


def _many_vi(text: str) -> str | None:
    """"My child has too many toys." as "Con tôi có quá nhiều đồ chơi.", "Do you have a lot of toys?" as "Bạn có
    nhiều đồ chơi không?" (_MANY_EN); None for anything else, and where the verb does not agree."""
    m = _MANY_EN.fullmatch(text)
    said = m and person_of(m, False, "en")
    if not said or bool(m["q"]) != ("?" in m["end"]) or m["q"] and (m["aux"] != "have" or not _agrees(m["q"], said[1])):
        return None
    who_, one = said
    aux, many = m["aux"], " ".join(m["many"].lower().split())
    not_ = "not" in aux or "'t" in aux
    if not m["q"] and not _agrees(aux, one) or many == "many" and not (not_ or m["q"]):
        return None
    # ("rất nhiều" only said: "Bạn có rất nhiều đồ chơi không?" is not how it is asked)
    many = {"too many": "quá nhiều", "lots of": "nhiều" if m["q"] else "rất nhiều"}.get(many, "nhiều")
    if m["q"]:
        return capitalised(f"{who_} có {many} đồ chơi không?")
    return capitalised(f"{who_} {'không ' if not_ else ''}có {many} đồ chơi.")


def _bought_vi(text: str) -> str | None:
    """"I bought a new toy for my son." as "Tôi đã mua đồ chơi mới cho con trai tôi.", "My father has just bought me
    a new toy." as "Bố tôi vừa mua đồ chơi mới cho tôi.", "Have you bought a toy for your child yet?" as "Bạn đã mua
    đồ chơi cho con chưa?" (_BOUGHT_EN); None for anything else, where the verb does not agree, and "his daughter"
    after kin or a name (_theirs)."""
    m = _BOUGHT_EN.fullmatch(text)
    said = m and person_of(m, False, "en")
    if not said or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) != bool(m["yet"]):
        return None
    who_, one = said
    whom = as_whom(m["whom2"] or m["whom"], "en")
    aux = (m["aux"] or "").strip().replace("'s", "has").replace("'ve", "have").replace("'ll", "will")
    if whom is None or whom == who_ or _theirs(m, who_, m["whom2"] or m["whom"]) or m["q"] and (
            aux or m["just"] or not _agrees(m["q"], one)):
        return None
    if aux and aux != "will" and not _agrees(aux, one) or (m["verb"] == "buy") != (aux == "will"):
        return None
    toy = f"đồ chơi{' mới' if m['new'] or m['tnew'] else ''} cho {whom}"
    if m["q"]:
        return capitalised(f"{who_} đã mua {toy} chưa?")
    if m["just"] and aux == "will" or m["just"] == "already" and not aux:
        return None  # ("will just buy"; "already bought" alone)
    how = "sẽ" if aux == "will" else "vừa" if m["just"] == "just" else "đã"
    return capitalised(f"{who_} {how} mua {toy}{' rồi' if how == 'đã' and aux else ''}.")


def _play_vi(text: str) -> str | None:
    """"My son plays with his toys all day." as "Con trai tôi chơi đồ chơi cả ngày.", "My daughter is playing with
    her toys." as "Con gái tôi đang chơi đồ chơi.", "Does he play with his toys all day?" as "Anh ấy có chơi đồ chơi
    cả ngày không?" (_PLAY_EN); None for anything else, and toys not who's own ("My son plays with my toys.")."""
    m = _PLAY_EN.fullmatch(text)
    said = m and person_of(m, False, "en")
    if not said or bool(m["q"]) != ("?" in m["end"]) or not _own_poss(m, said[0], m["poss"]):
        return None
    who_, one = said
    if m["verb"] == "playing":
        ok = be_agrees(m, m["be"]) and not (m["q"] or m["often"] or m["all"])
        return capitalised(f"{who_} đang chơi đồ chơi.") if ok else None
    if m["be"] or not (m["all"] or m["often"]) or m["q"] and (m["verb"] != "play" or m["often"] or not _agrees(
            m["q"], one)) or not m["q"] and not _agrees(m["verb"], one):
        return None
    every = (" suốt ngày" if m["long"] else " cả ngày") if m["all"] else ""
    if m["q"]:
        return capitalised(f"{who_} có chơi đồ chơi{every} không?")
    often = f"{HABIT_VI[m['often'].lower()]} " if m["often"] else ""
    return capitalised(f"{who_} {often}chơi đồ chơi{every}.")


def _age_vi(text: str) -> str | None:
    """"This toy is for children over three." as "Đồ chơi này dành cho trẻ em trên ba tuổi.", "This toy isn't for
    children under 3." as "Đồ chơi này không dành cho trẻ em dưới 3 tuổi." (_AGE_EN); None for anything else."""
    m = _AGE_EN.fullmatch(text)
    if not m or bool(m["q"]) == bool(m["be"]) or bool(m["q"]) != ("?" in m["end"]):
        return None
    n = m["n"] or m["n2"]
    age = int(n) if n.isdigit() else _AGES_EN[n.lower()]
    if not 0 < age < 19 or m["old"] and ("years" in m["old"]) != (age != 1):
        return None
    said = str(age) if n.isdigit() else vi_word(age)  # ("03" as "3")
    ages = f"từ {said} tuổi trở lên" if m["up"] else f"{'trên' if m['side'] == 'over' else 'dưới'} {said} tuổi"
    if m["q"]:
        return f"Đồ chơi này có dành cho trẻ em {ages} không?"
    not_ = "not" in m["be"] or "n't" in m["be"]
    return f"Đồ chơi này {'không ' if not_ else ''}dành cho trẻ em {ages}."


def _share_vi(text: str) -> str | None:
    """"My son won't share his toys with friends." as "Con trai tôi không chịu chia sẻ đồ chơi với bạn bè.", "Does
    your daughter share her toys?" as "Con gái bạn có chia sẻ đồ chơi không?" (_SHARE_EN); None for anything else."""
    m = _SHARE_EN.fullmatch(text)
    said = m and person_of(m, False, "en")
    if not said or bool(m["q"]) != ("?" in m["end"]) or not _own_poss(m, said[0], m["poss"]):
        return None
    who_, one = said
    aux, verb, friends = " ".join((m["aux"] or "").lower().split()), m["verb"], " với bạn bè" * bool(m["friends"])
    if m["q"]:
        ok = verb == "share" and not (aux or m["often"]) and _agrees(m["q"], one)
        return capitalised(f"{who_} có chia sẻ đồ chơi{friends} không?") if ok else None
    if aux and (verb != "share" or not _agrees(aux, one)) or not aux and not (m["often"] and _agrees(verb, one)):
        return None  # (a plain "shares" is left: "chia sẻ" alone reads as done, now or a habit)
    how = "không chịu" if aux in ("won't", "will not") or aux.startswith("refuse") else \
        "không muốn" if "want" in aux else HABIT_VI[m["often"].lower()]
    return capitalised(f"{who_} {how} chia sẻ đồ chơi{friends}.")


def _favourite_vi(text: str) -> str | None:
    """"This is my son's favourite toy." as "Đây là đồ chơi yêu thích của con trai tôi.", "What is your favourite
    toy?" as "Đồ chơi yêu thích của bạn là gì?" (_FAVOURITE_EN); None for anything else."""
    m = _FAVOURITE_EN.fullmatch(text)
    if not m or [bool(m["this"]), bool(m["what"]), bool(m["toy"])].count(True) != 1 or bool(m["what"]) != (
            "?" in m["end"]):
        return None
    whose = WHOSE_VI[m["poss"].lower()] if m["poss"] else someone(m["someone"], "en")
    if whose is None or pet(m["someone"], "en"):
        return None
    if m["this"]:
        return f"{'Đây' if m['this'] == 'This' else 'Đó'} là đồ chơi yêu thích của {whose}."
    said = "gì?" if m["what"] else f"{_TOYS_VI[m['toy']]}."
    return f"Đồ chơi yêu thích của {whose} là {said}"
