"""Hands, legs or a voice shaking, and shivering with cold or shaking with fear, both ways, written whole by rule. v8
(the rules on) reads "run" as running, "run cầm cập" as holding, "lạnh run" as cold alone, and English "shake" as
"rung lắc", "shivering" as "nhúc nhích", "shaky" as ashamed: "Tay tôi bị run." → "My hand was run.", "Tay tôi cứ run
run." → "My hands kept running.", "Tay ông tôi bị run." → "My hand was run." (whose lost), "Chân tôi run." → "My foot
was run.", "Giọng tôi run." → "We're running.", "Tay tôi run vì sợ." → "My hand was frightened.", "Tôi lạnh run cả
người." → "I'm cold at all.", "Con tôi run cầm cập." → "I held it up.", "Tay bạn có bị run không?" → "Are you run?",
"Bà tôi bị run tay." → "My grandmother was handed."; "My grandfather's hands shake." → "Tay ông của tôi rung lắc.",
"My father's hands are shaking." → "Tay vợ tôi đang run rẩy." (a wife), "My legs are shaking." → "Chặn của tôi đang
run rẩy.", "I'm shivering." → "Tôi đang nhúc nhích.", "I'm shaking with fear." → "Tôi đang nhút nhát nỗi sợ hãi.",
"My hands keep shaking." → "Tay tôi giữ nhúc nhích.", "My hands are a bit shaky." → "Tay tôi hơi xấu hổ.".

Taken: hands, legs, knees, a voice or lips (PARTS) of whose (mt.hobbies.OWNER) shaking ("run"), trembling ("run run",
"run rẩy") or shaking badly ("run lẩy bẩy", "run bần bật"): now (bare, "đang", "bị"; "quá", "lắm": so much, a lot),
with cold, fear, nerves, emotion or anger ("vì lạnh"), a bit shaky ("hơi run"), kept ("cứ"), always ("lúc nào cũng"),
often or sometimes ("hay", "thường", "thỉnh thoảng"), not ("không"), when writing, holding a pen, chopsticks or a cup,
speaking (in public), giving a presentation or a speech, hungry, tired, nervous (WHEN: a habit, "My hands shake when
I write."), asked ("có … không?", "Sao tay bạn run thế?": why); who (mt.hobbies.WHO) shivering with cold ("lạnh run",
"rét run", all over: "cả người"), shivering ("run cầm cập"), shaking all over ("run lẩy bẩy", "run cả người"), like a
leaf ("run như cầy sấy"), with fear ("sợ run"), or shaking with a reason ("run vì sợ"), kept, or asked why; who has
shaky hands or legs ("bị run tay": "My hands shake."), often, when, or asked. And back, "My hands are shaking with
cold.", "My grandfather's hands shake.", "His hands shake when he writes.", "I'm shivering.", "I'm shaking like a
leaf.", "She keeps trembling with fear.". Left: who alone shaking with no reason ("Tôi run quá.", "Sao bạn run thế?":
nervous, as "run" is said of stage fright, or shaking?), "I'm shaking." (the same), the past ("đã", a day, "were
shaking": Vietnamese says it bare, and v8 writes "Tay tôi run rẩy." right), "run lên" of a part (began to shake?),
"tay chân" (arms, or hands and feet?), a name's own hands when writing ("Tay Lan run khi viết.": when he or she
writes?), "I" asked, "anh", "chị", "em" alone saying it, a pet's hands, voice, lips or knees (its legs are read),
"our" asked in English ("chúng tôi", or "chúng ta"?), English questions of who shivers, "Why are your hands shaking?"
(v8 writes it right), goosebumps and a shiver down the spine (mt/goosebumps.py), chills of a fever
(mt/ailments.py), hands numb or cold (mt/numbness.py, mt/cold_hands.py), who is cold (mt/temperatures.py) or afraid
(mt/fears.py), things that shake (mt/creaks.py, mt/disasters.py), and anything else.
mt.phrasebook.translate tries these after mt/sniffles.py.

    >>> translate("Tay ông tôi bị run.", "vi", "en"), translate("I'm shivering with cold.", "en", "vi")
    ("My grandfather's hands are shaking.", 'Tôi lạnh run.')
"""
from __future__ import annotations

import re

from .ever import PRONOUNS
from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, animal, be_agrees, em_speaking, his_her_of, owner_of, pet,
                      someone, who, who_vi)
from .lazy_re import lazy
from .names import named_his_her
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS, his_her
from .text import (ASKED_END, EN_WHOSE, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, contracted,
                   keyed, third_person)

_KEYS = {"vi": lazy(r"(?i:\brun\b)"), "en": lazy(r"(?i:shak|trembl|shiver)")}
# the parts that shake ("chân" shaking is the legs), and back (the first Vietnamese of each written back)
PARTS = {"tay": "hands", "hai tay": "hands", "bàn tay": "hands", "chân": "legs", "hai chân": "legs",
         "đầu gối": "knees", "giọng": "voice", "giọng nói": "voice", "môi": "lips"}
_PARTS_VI = {"hands": "tay", "hand": "tay", "legs": "chân", "leg": "chân", "knees": "đầu gối", "voice": "giọng",
             "lips": "môi"}
# how it shakes: the verb's base, and what English says after it
_VERBS = {"run": ("shake", ""), "run run": ("tremble", ""), "run rẩy": ("tremble", ""),
          "run lẩy bẩy": ("shake", " badly"), "run bần bật": ("shake", " badly")}
# what it shakes with ("vì lạnh", "do sợ"), and back
WHY = {"lạnh": "cold", "rét": "cold", "sợ": "fear", "hồi hộp": "nerves", "xúc động": "emotion", "tức giận": "anger",
       "giận": "anger"}
_WHY_VI = {"with cold": "lạnh", "from the cold": "lạnh", "with fear": "sợ", "with nerves": "hồi hộp",
           "with emotion": "xúc động", "with anger": "tức giận"}
# when it shakes ("khi viết": "when I write"; "{s}" as he or she says it, "{be}" agreeing)
WHEN = {"viết": "write{s}", "viết chữ": "write{s}", "cầm bút": "hold{s} a pen", "cầm đũa": "hold{s} chopsticks",
        "cầm cốc": "hold{s} a cup", "nói trước đám đông": "speak{s} in public", "nói": "speak{s}",
        "thuyết trình": "give{s} a presentation", "phát biểu": "give{s} a speech", "đói": "{be} hungry",
        "mệt": "{be} tired", "hồi hộp": "{be} nervous"}
_WHEN_VI = {en: vi for vi, en in reversed(WHEN.items())}
_OFTEN = {"hay": "often", "thường": "often", "thỉnh thoảng": "sometimes", "lúc nào cũng": "always",
          "luôn": "always"}
_OFTEN_VI = {"often": "hay", "sometimes": "thỉnh thoảng", "always": "lúc nào cũng"}
_MUCH = {"quá": " so much", "lắm": " a lot"}
_MUCH_VI = {"so much": "quá", "a lot": "lắm", "badly": "lẩy bẩy"}
# who shaking all over: English, what English says after it, and whether a reason may follow ("run cầm cập vì sợ")
_COLD = ("shivering", " with cold", False)
STATES = {"lạnh run": _COLD, "rét run": _COLD, "lạnh run cầm cập": _COLD, "rét run cầm cập": _COLD,
          "lạnh run cả người": _COLD, "rét run cả người": _COLD, "run cầm cập": ("shivering", "", True),
          "run lẩy bẩy": ("shaking", " all over", True), "run bần bật": ("shaking", " all over", True),
          "run cả người": ("shaking", " all over", True), "run như cầy sấy": ("shaking", " like a leaf", False),
          "sợ run": ("shaking", " with fear", False), "sợ run người": ("shaking", " with fear", False),
          "sợ run cả người": ("shaking", " with fear", False), "run": ("shaking", "", True),
          "run lên": ("shaking", "", True)}

_WHY_Q = r"(?:(?P<why_q>[Ss]ao|[Tt]ại\s+sao)\s+)?"
_BECAUSE = rf"(?:\s+(?:vì|do)\s+(?P<why>{alternatives(WHY)}))?"
_WHEN_AT = rf"(?:\s+(?P<each>mỗi\s+khi|khi)\s+(?P<when>{alternatives(WHEN)}))?"
# a part shaking ("Tay tôi bị run.", "Giọng cô ấy run run.", "Tay bạn có hay bị run không?", "Sao tay bạn run thế?")
_PART = lazy(rf"{_WHY_Q}(?P<part>(?i:{alternatives(PARTS)}))\s+(?:của\s+)?{OWNER}\s+(?:(?P<lai>lại)\s+)?"
             rf"(?:(?P<ask>có)\s+)?(?:(?P<pre>đang|cứ|không|{alternatives(_OFTEN)}|hơi)\s+)?(?:(?P<bi>bị)\s+)?"
             rf"(?P<verb>{alternatives(_VERBS)})(?:\s+(?P<much>quá|lắm))?{_BECAUSE}{_WHEN_AT}{ASKED_END}")
# who shivering or shaking all over ("Tôi lạnh run cả người.", "Con tôi run cầm cập.", "Tôi run vì sợ.")
_PERSON = lazy(rf"{_WHY_Q}{WHO}\s+(?:(?P<lai>lại)\s+)?(?:(?P<pre>đang|cứ)\s+)?(?:bị\s+)?"
               rf"(?P<state>{alternatives(STATES)}){_BECAUSE}{SOFTENED_END}")
# who has shaky hands ("Bà tôi bị run tay.", "Ông tôi hay bị run tay khi viết.")
_TREMOR = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<pre>{alternatives(_OFTEN)})\s+)?bị\s+run\s+"
               rf"(?P<part>tay|chân){_WHEN_AT}{ASKED_END}")

# ... in English: whose part ("my hands", "my father's voice")
_WHOSE_EN = rf"(?:(?P<whose>(?i:{WHOSE_WORDS}))|(?P<someone>{SOMEONE_EN})['’]s)\s+(?P<part>{alternatives(_PARTS_VI)})"
_WHY_EN = rf"(?:\s+(?P<why>{alternatives(_WHY_VI)}))?"
_SHAKING_EN = lazy(rf"(?:(?P<q>Are|Is)\s+)?{_WHOSE_EN}(?:\s+(?P<be>are|is)(?P<neg>\s+not|n['’]t)?)?"
                   r"(?:\s+(?P<always>always))?\s+(?:(?P<ing>shaking|trembling)(?:\s+(?P<how>so\s+much|a\s+lot|"
                   rf"badly))?{_WHY_EN}|(?P<shaky>a\s+(?:bit|little)\s+shaky))\s*(?P<end>[.!?]*)")
_SHAKE_EN = lazy(rf"(?:(?P<q>Do|Does)\s+)?{_WHOSE_EN}(?:\s+(?P<neg>don['’]t|doesn['’]t|do\s+not|does\s+not))?"
                 r"(?:\s+(?P<often>often|sometimes|always))?\s+(?P<verb>shakes|shake|trembles|tremble|"
                 r"(?P<keep>keeps|keep)\s+(?:shaking|trembling))(?:\s+(?P<each>when|whenever)\s+"
                 r"(?P<pron>I|you|he|she|we|they)(?P<rest>(?:['’][a-z]+)?(?:\s+[a-z]+){1,3}))?\s*(?P<end>[.!?]*)")
_PERSON_EN = lazy(rf"{WHO_EN}(?:(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)|\s+(?P<keep>keeps|keep))\s+"
                  rf"(?P<ing>shivering|shaking|trembling)(?P<how>\s+all\s+over|\s+like\s+a\s+leaf)?{_WHY_EN}"
                  r"\s*(?P<end>[.!]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of hands, legs or a voice shaking, or of who shivers or shakes with cold or fear;
    None for any other."""
    if src == "vi":  # ("… thế.", "… vậy." said: more than English says)
        return None if STRESSED_SAID.search(text) else _part(text) or _person(text) or _tremor(text)
    text = text.replace("’", "'")
    return _shaking_vi(text) or _shake_vi(text) or _person_vi(text)


def _ing(base: str) -> str:
    """"shaking" for "shake", "trembling" for "tremble"."""
    return f"{base[:-1]}ing"


def _when(m: re.Match, pron: str | None) -> str | None:
    """" when I write", " whenever she's hungry" of a match's groups each, when, said of `pron` ("I", "she"); "" for
    none; None where who it is said of is not known (a name alone)."""
    if not m["when"]:
        return ""
    if pron is None:
        return None
    one = pron in ("he", "she")
    said = WHEN[keyed(m["when"])].format(s="s" * one, be=be(pron))
    each = "whenever" if keyed(m["each"]).startswith("mỗi") and m["pre"] != "không" else "when"  # ("don't … when")
    return f" {each} {contracted(pron, said)}"


def _why(m: re.Match) -> str:
    """" with cold", " with fear" of a match's group why; "" for none."""
    return f" with {WHY[keyed(m['why'])]}" if m["why"] else ""


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?", or "Sao …?" without them); None where it is not said as one."""
    asked, why_q = bool(m["asked"]), bool(m["why_q"])
    if bool(m["ask"]) != asked or (asked or why_q) != ("?" in m["end"]) or asked and why_q or m["lai"] and not why_q:
        return None
    return asked or why_q


def _part(text: str) -> str | None:
    """"Tay ông tôi bị run." as "My grandfather's hands are shaking.", "Tay tôi run khi viết." as "My hands shake when
    I write.", "Tay bạn có bị run không?" as "Are your hands shaking?" (_PART); None for anything else."""
    m = _PART.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (whose := owner_of(m)) is None:
        return None
    part = PARTS[keyed(m["part"])]
    if part != "legs" and pet(m["someone"], "vi"):
        return None  # ("Tay con mèo của tôi run.": a pet's legs only)
    pron = PRONOUNS[keyed(m["owner"])] if m["owner"] else {"his": "he", "her": "she"}.get(
        his_her(m["someone"]) or "")
    if (when := _when(m, pron)) is None:
        return None
    said = f"{whose} {part}"
    if m["why_q"]:
        return _why_part(m, said, part)
    said = _said(m, said, part != "voice", when, asked)
    return said and capitalised(said)


def _why_part(m: re.Match, said: str, part: str) -> str | None:
    """"Why are your hands shaking?" of "Sao tay bạn run thế?"; None with anything but the verb said."""
    if m["pre"] not in (None, "đang") or m["bi"] or m["much"] or m["why"] or m["when"] or m["verb"] in (
            "run lẩy bẩy", "run bần bật"):
        return None
    base, _ = _VERBS[keyed(m["verb"])]
    return f"Why {'is' if part == 'voice' else 'are'} {said} {_ing(base)}?"


def _said(m: re.Match, said: str, many: bool, when: str, asked: bool) -> str | None:
    """A part shaking in English, as its match says it: now ("are shaking"), kept, always, often, not, a bit shaky,
    with a degree, a reason or when; None for what does not go together ("đang" with "khi", "hơi" with a degree)."""
    base, after = _VERBS[keyed(m["verb"])]
    pre, why = keyed(m["pre"] or ""), _why(m)
    much = _MUCH[keyed(m["much"])] if m["much"] else ""
    are, do = ("are", "do") if many else ("is", "does")
    verb = base if many else third_person(base)
    if much and (after or pre not in ("", "đang") or when or asked) or why and when or m["bi"] and pre in ("hơi", "cứ"):
        return None
    if asked:
        if pre in ("hay", "thường"):
            return f"{do.capitalize()} {said} often {base}{after}{why}{when}?"
        if pre:
            return None
        return f"{do.capitalize()} {said} {base}{after}{when}?" if when else \
            f"{are.capitalize()} {said} {_ing(base)}{after}{why}?"
    if pre == "hơi":
        return None if after or why or when or base != "shake" else f"{said} {are} a bit shaky."
    if pre == "cứ":
        return f"{said} {'keep' if many else 'keeps'} {_ing(base)}{after}{why}{when}."
    if pre == "không":
        return None if why else f"{said} {do}n't {base}{after}{when}." if when else \
            f"{said} {are}n't {_ing(base)}{after}."
    often = _OFTEN.get(pre)
    if often == "always" and not when:
        return f"{said} {are} always {_ing(base)}{after}{why}."
    if often:
        return f"{said} {often} {verb}{after}{why}{when}."
    if when:
        return None if pre == "đang" else f"{said} {verb}{after}{when}."
    return f"{said} {are} {_ing(base)}{after}{much}{why}."


def _person(text: str) -> str | None:
    """"Tôi lạnh run cả người." as "I'm shivering with cold.", "Con tôi run cầm cập." as "My child is shivering.",
    "Tôi run vì sợ." as "I'm shaking with fear." (_PERSON); None for anything else, and "run" alone with no reason
    ("Tôi run quá.": nervous, or shaking?)."""
    m = _PERSON.fullmatch(text)
    asked = m and ("?" in m["end"])
    if not m or bool(m["why_q"]) != asked or m["lai"] and not asked or em_speaking(m) or (
            said := who(m, asked)) is None or asked and said[0] == "I":
        return None
    ing, after, why_ok = STATES[keyed(m["state"])]
    why = m["why"] and WHY[keyed(m["why"])]
    if why and not why_ok or not why and not after and ing == "shaking":
        return None
    if why == "cold" and not after:
        ing = "shivering"
    doing = f"{ing}{after}{_why(m)}"
    who_ = said[0]
    if asked:
        return None if m["pre"] else f"Why {be(who_)} {who_} {doing}?"
    if m["pre"] == "cứ":
        return capitalised(f"{who_} {'keeps' if be(who_) == 'is' else 'keep'} {doing}.")
    return capitalised(contracted(who_, f"{be(who_)} {doing}."))


def _tremor(text: str) -> str | None:
    """"Bà tôi bị run tay." as "My grandmother's hands shake.", "Bạn có hay bị run tay không?" as "Do your hands often
    shake?" (_TREMOR); None for anything else."""
    m = _TREMOR.fullmatch(text)
    if not m or bool(m["ask"]) != bool(m["asked"]) or bool(m["asked"]) != ("?" in m["end"]) or em_speaking(m):
        return None
    asked = bool(m["asked"])
    if (said := who(m, asked)) is None or asked and said[0] == "I":
        return None
    who_ = said[0]
    pron = who_ if who_ in EN_WHOSE else {"his": "he", "her": "she"}.get(his_her_of(m) or "")
    whose = EN_WHOSE[who_] if who_ in EN_WHOSE else f"{who_}'s"
    part, when = PARTS[keyed(m["part"])], _when(m, pron)
    pre = _OFTEN.get(keyed(m["pre"] or ""), "")
    if when is None or asked and pre not in ("", "often") or part != "legs" and animal(m):
        return None
    if asked:
        return f"Do {whose} {part} {pre + ' ' if pre else ''}shake{when}?"
    return capitalised(f"{whose} {part} {pre + ' ' if pre else ''}shake{when}.")


def _owner_vi(m: re.Match) -> tuple[str, str | None] | None:
    """Whose part of an English match in Vietnamese ("tôi", "bố tôi", "Lan"), and who they are in English for "when"
    ("I", "he"; None where not known); None for someone not read, "our" asked, and a pet's part but its legs."""
    if m["q"] and (m["whose"] or m["someone"]).lower().startswith("our"):
        return None  # ("Are our hands shaking?": "chúng tôi", or "chúng ta" with the one asked?)
    if m["whose"]:
        whose = m["whose"].lower()
        return WHOSE_VI[whose], next(p for p, w in EN_WHOSE.items() if w == whose)
    if not m["part"].startswith("leg") and pet(m["someone"], "en"):
        return None  # ("My dog's hands are shaking.": a pet's legs only)
    named = someone(m["someone"], "en")
    hh = named and (his_her(named) or named_his_her(m["someone"]))
    return named and (named, {"his": "he", "her": "she"}.get(hh or ""))


def _shaking_vi(text: str) -> str | None:
    """"My hands are shaking with cold." as "Tay tôi đang run vì lạnh.", "Are your hands shaking?" as "Tay bạn có bị
    run không?", "My hands are a bit shaky." as "Tay tôi hơi run." (_SHAKING_EN); None for anything else, and where
    "is" or "are" does not agree with the part."""
    m = _SHAKING_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or bool(m["q"]) == bool(m["be"]) or (
            owner := _owner_vi(m)) is None:
        return None
    many, verb = m["part"].endswith("s"), "run rẩy" if m["ing"] == "trembling" else "run"
    if (m["q"] or m["be"]).lower() != ("are" if many else "is"):
        return None
    said = f"{_PARTS_VI[m['part']]} {owner[0]}"
    why = f" vì {_WHY_VI[' '.join(m['why'].split())]}" if m["why"] else ""
    how = " ".join((m["how"] or "").split())
    if m["q"]:
        return None if m["always"] or how or m["shaky"] else f"{capitalised(said)} có bị {verb}{why} không?"
    if m["neg"]:
        return None if m["always"] or how or why or m["shaky"] else capitalised(f"{said} không {verb}.")
    if m["shaky"]:
        return None if m["always"] else capitalised(f"{said} hơi run.")
    if how:
        return None if m["always"] or why or how == "badly" and verb != "run" else capitalised(
            f"{said} {verb} {_MUCH_VI[how]}.")
    return capitalised(f"{said} {'lúc nào cũng' if m['always'] else 'đang'} {verb}{why}.")


def _shake_vi(text: str) -> str | None:
    """"My grandfather's hands shake." as "Tay ông tôi bị run.", "His hands shake when he writes." as "Tay anh ấy run
    khi viết.", "Do your hands often shake?" as "Tay bạn có hay bị run không?" (_SHAKE_EN); None for anything else,
    where the verb does not agree with the part, and "when" said of another ("My hands shake when you write.")."""
    m = _SHAKE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (owner := _owner_vi(m)) is None:
        return None
    many, verb = m["part"].endswith("s"), " ".join(m["verb"].split())
    aux = (m["q"] or m["neg"] or "").lower().replace("n't", "").replace(" not", "")
    plain = not verb.startswith(("keeps", "shakes", "trembles"))
    if aux and (aux != ("do" if many else "does") or not plain) or not aux and plain != many:
        return None
    when = _when_vi(m, owner[1])
    often = m["often"] and _OFTEN_VI[m["often"]]
    if when is None or m["keep"] and (m["often"] or aux) or m["neg"] and often or m["q"] and m["often"] not in (
            None, "often"):
        return None
    said = f"{_PARTS_VI[m['part']]} {owner[0]}"
    bi = "" if when or m["keep"] else "bị "
    run = f"{'cứ ' if m['keep'] else ''}{bi}run{' rẩy' if 'trembl' in verb else ''}"
    if m["q"]:
        return f"{capitalised(said)} có {often + ' ' if often else ''}{run}{when} không?"
    return capitalised(f"{said} {'không ' if m['neg'] else ''}{often + ' ' if often else ''}{run}{when}.")


def _when_vi(m: re.Match, pron: str | None) -> str | None:
    """" khi viết" of an English match's "when I write" (groups each, pron, rest), said of `pron`, whose part it is;
    "" for none; None where said of another, or not read ("I'm hungry" and "I am hungry" both read)."""
    if not m["each"]:
        return ""
    said = m["pron"] if m["pron"] == "I" else m["pron"].lower()
    if said != pron:
        return None
    rest = " ".join(m["rest"].replace("'m", " am").replace("'s", " is").replace("'re", " are").split())
    for en, vi in _WHEN_VI.items():
        if en.format(s="s" * (said in ("he", "she")), be=be(said)) == rest:
            return f" {'mỗi khi' if m['each'] == 'whenever' else 'khi'} {vi}"
    return None


def _person_vi(text: str) -> str | None:
    """"I'm shivering with cold." as "Tôi lạnh run.", "I'm shaking like a leaf." as "Tôi run như cầy sấy.", "She keeps
    trembling with fear." as "Cô ấy cứ run rẩy vì sợ." (_PERSON_EN); None for anything else, "shaking" alone ("I'm
    shaking.": nervous, or shaking?), and where the verb does not agree with who."""
    m = _PERSON_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    how = " ".join((m["how"] or "").split())
    why = _WHY_VI[" ".join(m["why"].split())] if m["why"] else ""
    if m["be"] and not be_agrees(m, m["be"]) or m["keep"] and (m["keep"] == "keeps") != one or (
            how == "like a leaf" and why) or m["keep"] and m["ing"] == "shivering":
        return None  # ("He keeps shivering." left: "cứ lạnh run" is not said)
    if how == "like a leaf":
        said = "run như cầy sấy"
    elif m["ing"] == "shivering" and why in ("", "lạnh"):
        said = f"lạnh run{' cả người' * bool(how)}"
    elif why or how:
        said = f"run{' rẩy' * (m['ing'] == 'trembling')}{' cả người' * bool(how)}{' vì ' + why if why else ''}"
    else:
        return None
    return capitalised(f"{who_} {'cứ ' * bool(m['keep'])}{said}.")
