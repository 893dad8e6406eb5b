"""Goosebumps and shivers, both ways, written whole by rule: who has goosebumps ("nổi da gà", all over: "nổi hết da
gà"), from the cold or because it is so cold, and a song, a story, a film, a scene or a voice that gives someone
goosebumps, the chills, a shiver down the spine or makes them shudder ("làm tôi nổi da gà", "ớn lạnh", "lạnh sống
lưng", "rùng mình"). v8 (rules on) reads "nổi" as famous or floating, "da gà" as a chicken and "goosebumps" not at all:
"Tôi nổi da gà." → "I have a chicken's skin.", "Mẹ tôi bị nổi da gà." → "My mother was famous for chicken.", "Trời lạnh
quá, tôi nổi da gà." → "It's so cold, I get chicken skin.", "Bài hát này làm tôi nổi da gà." → "This song makes me
floating in chicken.", "Nghe chuyện ma làm tôi nổi hết da gà." → "It's sounding to let me get all chickens.", "Bộ phim
đó làm tôi rùng mình." → "That movie stared me.", "Câu chuyện này làm tôi lạnh sống lưng." → "This story made me cold
with my back."; and back, "I got goosebumps." → "Tôi điosebumps.", "This song gives me goosebumps." → "Parallel này cho
tôiosebumps.", "It gave me goosebumps." → "Nó mang cho tôiosebumps.", "That scene sent a shiver down my spine." →
"Cảnh đó làm cho cột sống trở nên nhút nhích.", "Horror films give me the chills." → "… những con búp bê." (dolls).

Taken: who (mt.hobbies.WHO, WHO_EN; no pet) has goosebumps, all over, from the cold, now ("đang": is getting them),
in the past ("đã": got them), "kìa" (look), asked with "à?" (have you got …?); "Trời lạnh quá, tôi nổi da gà." ("It's
so cold I've got goosebumps."); a thing of _THINGS with "này", "đó", whose, or "the" where it has its classifier
("Bộ phim"), a kind in general ("Chuyện ma": ghost stories; not in the past), or "Điều đó", listened to, watched or
read ("Nghe …": "Listening to …") or not, that gives whom (mt.hobbies.WHOM, WHOM_EN) goosebumps, the chills, a shiver
down the spine or makes them shudder: in the present with no time word (a thing that does so: "Bài hát này làm tôi nổi
da gà." is "This song gives me goosebumps."), "đã" (gave), "vừa" (just gave), denied, asked ("có … không?"); English
"got goosebumps" is written as Vietnamese says either time ("Tôi nổi da gà."). Left: who asked with "có … không?" or
denied in Vietnamese ("Bạn có nổi da gà không?": now, or ever?), "rùng mình" and "ớn lạnh" of who alone ("Tôi ớn lạnh.":
a fever's chills, mt/ailments.py), "Nó làm …" ("nó" may be a person), a person who gives them, "anh", "chị", "em" alone
saying it or as whom, "em" asking with "ạ" (the speaker), a pet, things bare with no classifier ("Phim làm tôi …", "Ca
khúc làm …"), a kind in general in the past ("Phim kinh dị vừa làm tôi …": the one just watched; "Ghost stories gave me
…" reads as a habit said without a time word), "thế" or "vậy" ending a statement (so: stressed), "quá" or "lắm" after, a
day, "I get goosebumps" (when?), English asked of oneself or of "we", "us" (chúng ta or chúng tôi?), English whose verb
does not agree, "da gà" eaten (chicken skin), the cold (mt/temperatures.py), fear (mt/fears.py), ghosts (mt/ghosts.py),
and anything else.
mt.phrasebook.translate tries these after mt/stray_dogs.py.

    >>> translate("Bài hát này làm tôi nổi da gà.", "vi", "en"), translate("I got goosebumps.", "en", "vi")
    ('This song gives me goosebumps.', 'Tôi nổi da gà.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_of, em_speaking, owner_of, \
    pet, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT, SOFTENED_END, STRESSED_SAID, alternatives, be, capitalised, keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:da\s+gà|rùng\s+mình|ớn\s+lạnh|lạnh\s+sống\s+lưng|lạnh\s+cả\s+sống\s+lưng)"),
         "en": lazy(r"(?i:goose|shudder|shiver|chill)")}
# what gives goosebumps: English one, many in general (or None), whether "the" is said bare (with its classifier:
# "Bộ phim"), and how one takes it in ("Nghe …": listening to)
_THINGS = {"bài hát": ("song", None, True, "nghe"), "ca khúc": ("song", None, False, "nghe"),
           "câu chuyện": ("story", None, True, "nghe đọc"), "câu chuyện ma": ("ghost story", None, True, "nghe đọc"),
           "chuyện ma": ("ghost story", "ghost stories", False, "nghe đọc"),
           "truyện ma": ("ghost story", "ghost stories", False, "nghe đọc"), "bộ phim": ("film", None, True, "xem"),
           "bộ phim ma": ("ghost film", None, True, "xem"), "bộ phim kinh dị": ("horror film", None, True, "xem"),
           "phim": ("film", None, False, "xem"), "phim ma": ("ghost film", "ghost films", False, "xem"),
           "phim kinh dị": ("horror film", "horror films", False, "xem"), "cảnh": ("scene", None, False, "xem"),
           "cảnh phim": ("scene", None, False, "xem"), "giọng hát": ("voice", None, False, "nghe"),
           "giọng": ("voice", None, False, "nghe"), "tiếng hát": ("singing", None, False, "nghe"),
           "bản nhạc": ("piece of music", None, False, "nghe"), "nhạc": ("music", None, False, "nghe")}
# ... and back (the Vietnamese of "this song"; of "the song", its classifier said: None where it has none)
_THINGS_VI = {"song": ("bài hát", "bài hát"), "story": ("câu chuyện", "câu chuyện"),
              "ghost story": ("câu chuyện ma", "câu chuyện ma"), "film": ("bộ phim", "bộ phim"),
              "movie": ("bộ phim", "bộ phim"), "ghost film": ("bộ phim ma", "bộ phim ma"),
              "ghost movie": ("bộ phim ma", "bộ phim ma"), "horror film": ("bộ phim kinh dị", "bộ phim kinh dị"),
              "horror movie": ("bộ phim kinh dị", "bộ phim kinh dị"), "scene": ("cảnh", None),
              "voice": ("giọng", None), "singing": ("tiếng hát", None), "piece of music": ("bản nhạc", None),
              "music": ("nhạc", None)}
_KINDS_VI = {"ghost stories": "chuyện ma", "ghost films": "phim ma", "ghost movies": "phim ma",
             "horror films": "phim kinh dị", "horror movies": "phim kinh dị"}
_TAKING = {"nghe": "listening to", "xem": "watching", "đọc": "reading"}
_TAKING_VI = {en: vi for vi, en in _TAKING.items()}
_TAKEN = {"listening to": {"song", "story", "ghost story", "voice", "singing", "piece of music", "music",
                           "ghost stories"},
          "watching": {"film", "movie", "ghost film", "ghost movie", "horror film", "horror movie", "scene",
                       "ghost films", "ghost movies", "horror films", "horror movies"},
          "reading": {"story", "ghost story", "ghost stories"}}
_DET = {"này": "this", "đó": "that", "ấy": "that", "kia": "that"}
_WHOSE_OBJ = {"me": "my", "you": "your", "him": "his", "her": "her"}  # (whose spine, for one: "us" is left)

# goosebumps, all over ("nổi hết da gà", "nổi da gà hết")
_GOOSE = r"nổi\s+(?P<all>hết\s+cả\s+|hết\s+|cả\s+)?da\s+gà(?P<all2>\s+hết)?"
# who has them ("Tôi nổi da gà.", "Trời lạnh quá, tôi nổi hết da gà.", "Mẹ tôi bị nổi da gà vì lạnh.")
_STATE = lazy(rf"(?P<cold>(?i:trời\s+)?(?i:lạnh)\s+quá\s*,\s*)?{WHO}\s+(?:(?P<aux>đã|đang)\s+)?(?:bị\s+)?{_GOOSE}"
              rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<why>vì\s+(?:trời\s+)?lạnh))?(?:\s+(?P<tag>kìa|à))?{SOFTENED_END}")
# what gives them ("Bài hát này làm tôi nổi da gà.", "Nghe chuyện ma làm tôi nổi hết da gà.")
_CAUSE = lazy(rf"(?:(?P<verb>(?i:{alternatives(_TAKING)}))\s+)?(?:(?P<that>(?i:điều))\s+(?P<that_det>này|đó)|"
              rf"(?P<thing>(?i:{alternatives(_THINGS)}))(?:\s+(?P<det>{alternatives(_DET)})|\s+(?:của\s+)?{OWNER})?)"
              r"\s+(?:(?P<aux>đã|vừa|không|có)\s+)?(?:làm|khiến)(?:\s+cho)?\s+" + WHOM + r"\s+(?:bị\s+)?"
              rf"(?:(?P<goose>{_GOOSE})|(?P<shudder>rùng\s+mình)|(?P<spine>(?:ớn\s+)?lạnh\s+(?:cả\s+)?sống\s+lưng)|"
              rf"(?P<chills>ớn\s+lạnh))(?:\s+(?P<asked>không))?{SOFTENED_END}")

# ... in English ("I've got goosebumps.", "It's so cold I've got goosebumps.", "Did you get goosebumps?")
_GOOSE_EN = r"(?:goose\s*bumps|goose\s+pimples|gooseflesh)"
_STATE_EN = lazy(rf"(?:(?P<cold>(?i:it)(?:['’]s|\s+is|\s+was))\s+so\s+cold(?:\s+that)?\s+|"
                 rf"(?P<q>Have|Has|Do|Does|Did)\s+)?{WHO_EN}(?P<aux>(?:\s+(?:have|has|do|does|did|am|is|are)|"
                 r"['’](?:ve|s|m|re))?(?:\s+not|n['’]t)?(?:\s+(?:got|get|have|has|getting)))\s+"
                 rf"{_GOOSE_EN}(?P<all>\s+all\s+over)?(?P<why>\s+from\s+the\s+cold)?\s*(?P<end>[.!?]*)")
_THING_EN = alternatives(list(_THINGS_VI) + list(_KINDS_VI))
_CAUSE_EN = lazy(rf"(?:(?P<q>Does|Do|Did)\s+)?(?:(?P<verb>(?i:{alternatives(_TAKING_VI)}))\s+)?"
                 rf"(?:(?P<it>(?i:it|that|this))|(?:(?P<det>(?i:this|that|the|{WHOSE_WORDS}))\s+|"
                 rf"(?P<someone>{SOMEONE_EN})['’]s\s+)?(?P<thing>(?i:{_THING_EN})))"
                 r"(?P<aux>\s+(?:does|do|did)\s+not|\s+(?:doesn|don|didn)['’]t|\s+just)?\s+"
                 r"(?P<give>give|gives|gave|make|makes|made|send|sends|sent)\s+"
                 rf"(?:{WHOM_EN}\s+(?:(?P<goose>{_GOOSE_EN})(?P<all>\s+all\s+over)?|(?P<chills>(?:the\s+)?chills)|"
                 rf"(?P<shudder>shudder))|(?:a\s+shiver|shivers|a\s+chill|chills)\s+(?:up\s+and\s+)?down\s+"
                 rf"(?:(?P<spine_whose>(?i:{WHOSE_WORDS}))|(?P<spine_one>{SOMEONE_EN})['’]s)\s+(?P<spine>spines?))"
                 r"\s*(?P<end>[.!?]*)")
# the English verb of each effect: base, with "-s", past
_VERBS = {"goose": ("give", "gives", "gave"), "chills": ("give", "gives", "gave"),
          "shudder": ("make", "makes", "made"), "spine": ("send", "sends", "sent")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who has goosebumps, or what gives someone goosebumps, the chills, a
    shiver down the spine or makes them shudder; None for any other."""
    if src == "vi":  # ("thế", "vậy" ending a statement say more: "làm tôi nổi da gà thế!", such goosebumps)
        return None if STRESSED_SAID.search(text) else _state(text) or _cause(text)
    text = text.replace("’", "'")
    return _state_vi(text) or _cause_vi(text)


def _all(m: re.Match) -> str:
    """" all over" where a match of _GOOSE says "hết" or "cả" ("nổi hết da gà"); "" where not."""
    return " all over" if m["all"] or m["all2"] else ""


def _has_got(who_: str, one: bool) -> str:
    """Who has goosebumps and the verb, in English: "I've got", "she's got", "my mother has", "my parents have"."""
    if who_ in ("I", "you", "we", "they"):
        return f"{who_}'ve got"
    if who_ in ("he", "she"):
        return f"{who_}'s got"
    return f"{who_} {'has' if one else 'have'}"


def _state(text: str) -> str | None:
    """"Tôi nổi da gà." as "I've got goosebumps.", "Trời lạnh quá, tôi nổi da gà." as "It's so cold I've got
    goosebumps.", "Mẹ tôi bị nổi hết da gà vì lạnh." as "My mother has goosebumps all over from the cold.", "Tôi
    đã nổi da gà." as "I got goosebumps.", "Bạn nổi da gà à?" as "Have you got goosebumps?" (_STATE); None for
    anything else, a pet, asked of oneself, and "em" asking with "ạ" (the speaker)."""
    m = _STATE.fullmatch(text)
    tag, aux = m and m["tag"], m and m["aux"]
    if not m or (tag == "à") != ("?" in m["end"]) or aux and (m["done"] or m["cold"] or tag) or \
            m["cold"] and (m["why"] or tag) or m["done"] and m["why"] or animal(m) or em_speaking(m):
        return None  # (… and "Em … à ạ?": the speaker)
    said = who(m, tag == "à")
    if said is None or said[0] in ("I", "we") and tag:  # (asked of oneself; "kìa", look, at oneself)
        return None
    who_, one = said
    one = one and be(who_) == "is"
    rest = f"goosebumps{_all(m)}{' from the cold' if m['why'] else ''}"
    if tag == "à":
        return f"{'Has' if one else 'Have'} {who_} got {rest}?"
    if aux == "đã":
        return capitalised(f"{who_} got {rest}{stop(m['end'])}")
    if aux == "đang":
        be_ = {"I": "I'm", "you": "you're", "we": "we're", "they": "they're", "he": "he's", "she": "she's"}
        return capitalised(f"{be_.get(who_) or f'{who_} {be(who_)}'} getting {rest}{stop(m['end'])}")
    if m["cold"]:  # (no comma: "It's so cold I've got goosebumps.")
        return f"It's so cold {_has_got(who_, one)} {rest}{stop(m['end'])}"
    return capitalised(f"{_has_got(who_, one)} {rest}{stop(m['end'])}")


def _giver(m: re.Match) -> tuple[str, bool] | None:
    """What gives goosebumps in a match of _CAUSE, in English, and whether it is one ("this song", "my mother's
    voice", "ghost stories" many, "listening to ghost stories" one); None for a kind in general with "đã" or "vừa"
    (the one just watched?), a thing bare that needs its classifier ("phim"), whose not read, or one taken in a way
    it is not ("xem bài hát")."""
    if m["that"]:
        return ("this" if m["that_det"] == "này" else "that"), True
    one_, many, bare, ways = _THINGS[keyed(m["thing"])]
    if m["det"]:
        said, one = f"{_DET[m['det']]} {one_}", True
    elif m["owner"] or m["someone"]:
        owner = owner_of(m)
        if owner is None or pet(m["someone"], "vi"):
            return None
        said, one = f"{owner} {one_}", True
    elif many:  # (not in the past: "Phim kinh dị vừa làm tôi ớn lạnh." is the one just watched)
        if m["aux"] in ("đã", "vừa"):
            return None
        said, one = many, False
    elif bare:
        said, one = f"the {one_}", True
    else:
        return None
    if m["verb"]:
        verb = keyed(m["verb"])
        return (f"{_TAKING[verb]} {said}", True) if verb in ways.split() else None
    return said, one


def _cause(text: str) -> str | None:
    """"Bài hát này làm tôi nổi da gà." as "This song gives me goosebumps.", "Nghe chuyện ma làm tôi nổi hết da gà."
    as "Listening to ghost stories gives me goosebumps all over.", "Bộ phim đó đã làm tôi rùng mình." as "That film
    made me shudder.", "Câu chuyện này làm tôi lạnh sống lưng." as "This story sends a shiver down my spine.", "Bài
    hát này có làm bạn nổi da gà không?" as "Does this song give you goosebumps?" (_CAUSE); None for anything
    else, whom not read ("anh" alone) or a pet, and a kind in general in the past (_giver)."""
    m = _CAUSE.fullmatch(text)
    aux = m and m["aux"]
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or asked != (aux == "có") or m["that"] and m["verb"] or \
            pet(m["whom"], "vi") or (said := _giver(m)) is None or (whom := as_whom(m["whom"], "vi")) is None or \
            asked and whom in ("me", "us"):
        return None  # (… and asked of oneself: "Does this song give me goosebumps?")
    giver, one = said
    effect = "goose" if m["goose"] else "shudder" if m["shudder"] else "spine" if m["spine"] else "chills"
    if effect == "spine":
        whose = _WHOSE_OBJ.get(whom) if whom in EN_OBJECT.values() else f"{whom}'s"
        if whose is None:
            return None
        rest = f"a shiver down {whose} spine"
    else:
        rest = {"goose": f"{whom} goosebumps{_all(m)}", "chills": f"{whom} the chills",
                "shudder": f"{whom} shudder"}[effect]
    base, s_form, past = _VERBS[effect]
    if asked:
        return f"{'Does' if one else 'Do'} {giver} {base} {rest}?"
    verb = {"đã": past, "vừa": f"just {past}", "không": f"{'doesn' if one else 'don'}'t {base}"}.get(
        aux, s_form if one else base)
    return capitalised(f"{giver} {verb} {rest}{stop(m['end'])}")


def _state_vi(text: str) -> str | None:
    """"I've got goosebumps." and "I got goosebumps." as "Tôi nổi da gà.", "It's so cold I've got goosebumps." as
    "Trời lạnh quá, tôi nổi da gà.", "My mother has goosebumps all over." as "Mẹ tôi nổi hết da gà.", "Do you have
    goosebumps?" as "Bạn có nổi da gà không?", "I don't have goosebumps." as "Tôi không nổi da gà.", "I'm getting
    goosebumps." as "Tôi đang nổi da gà." (_STATE_EN); None for anything else, "I get goosebumps." (when?), asked of
    oneself or of "we" (chúng ta or chúng tôi?), a pet, and a verb that does not agree with who."""
    m = _STATE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    said = " ".join(m["aux"].lower().replace("n't", " not").split())
    said = {"'ve got": "have got", "'s got": "has got", "'m getting": "am getting", "'re getting": "are getting",
            "'s getting": "is getting"}.get(said, said)
    asked = f"{m['q'].lower()} {said}" if m["q"] else ""
    how = _ASKED_VI.get(asked) if asked else _SAID_VI.get(said)
    first = (asked or said).split()[0]
    if how is None or not _agrees(first, who_, one) or asked and who_ in ("tôi", "chúng tôi"):
        return None  # (… and asked of oneself, or of "we": chúng ta or chúng tôi?)
    goose = f"nổi {'hết ' * bool(m['all'])}da gà{' vì lạnh' * bool(m['why'])}"
    if asked:
        return capitalised(f"{who_} có {goose} không?")
    if m["cold"]:
        past = m["cold"].lower().endswith("was")
        if how or m["why"] or past and said != "got":
            return None  # ("It was so cold I've got …"; a cold denied or "from the cold" said twice)
        return f"Trời lạnh quá, {who_} {goose}{stop(m['end'])}"
    return capitalised(f"{who_} {how}{goose}{stop(m['end'])}")


# how English says who has goosebumps (contractions written out), as Vietnamese says it
_SAID_VI = {"have": "", "has": "", "have got": "", "has got": "", "got": "", "do not have": "không ",
            "does not have": "không ", "did not get": "không ", "have not got": "không ", "has not got": "không ",
            "am getting": "đang ", "is getting": "đang ", "are getting": "đang "}
_ASKED_VI = {"have got": "có", "has got": "có", "do have": "có", "does have": "có", "did get": "có"}


def _agrees(first: str, who_: str, one: bool) -> bool:
    """Whether the first verb said after or before who (`who_`, `one` as who_vi gives them) agrees with who: "has",
    "does", "is" for one, "am" for "I", "have", "do", "are" for others; "got", "did" for anyone."""
    if first in ("got", "did"):
        return True
    if first in ("am", "is", "are"):
        return first == be_of(who_, one)
    return (first in ("has", "does")) == one


def _cause_vi(text: str) -> str | None:
    """"This song gives me goosebumps." as "Bài hát này làm tôi nổi da gà.", "The ghost story gave me goosebumps."
    as "Câu chuyện ma làm tôi nổi da gà.", "It gave me goosebumps." as "Nó làm tôi nổi da gà.", "That scene sent a
    shiver down my spine." as "Cảnh đó làm tôi ớn lạnh sống lưng.", "Horror films give me the chills." as "Phim kinh
    dị làm tôi ớn lạnh.", "Does this song give you goosebumps?" as "Bài hát này có làm bạn nổi da gà không?"
    (_CAUSE_EN); None for anything else, a thing bare ("Song gives me …"), a verb that does not agree or does not go
    with the effect ("makes me goosebumps"), a pet, a kind in general in the past ("Ghost stories gave me …"), and
    asked of oneself or of "us" ("Does this song give us goosebumps?": chúng ta or chúng tôi?)."""
    m = _CAUSE_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (said := _giver_vi(m)) is None:
        return None
    giver, one = said
    effect = "goose" if m["goose"] else "chills" if m["chills"] else "shudder" if m["shudder"] else "spine"
    base, s_form, past = _VERBS[effect]
    give, q = m["give"], (m["q"] or "").lower()
    aux = " ".join((m["aux"] or "").lower().replace("n't", " not").split())
    aux = {"don not": "do not", "doesn not": "does not", "didn not": "did not"}.get(aux, aux)
    how = ("có " if (q == "did" or (q == "does") == one) and give == base and not aux else None) if q else \
        "không " if aux in ("does not", "do not") and (aux == "does not") == one and give == base else \
        "không " if aux == "did not" and give == base else "vừa " if aux == "just" and give == past else \
        "" if not aux and (give == past or give == (s_form if one else base)) else None
    whom = _whom_vi(m, effect)
    kind = bool(m["thing"]) and " ".join(m["thing"].lower().split()) in _KINDS_VI
    # a kind in general in the past: Vietnamese with no time word reads it as a habit ("Chuyện ma làm tôi …": give)
    if how is None or whom is None or kind and (q == "did" or aux == "did not" or not aux and give == past) or \
            q and whom in ("tôi", "chúng tôi"):
        return None
    goose = {"goose": f"nổi {'hết ' * bool(m['all'])}da gà", "chills": "ớn lạnh", "shudder": "rùng mình",
             "spine": "ớn lạnh sống lưng"}[effect]
    if q:
        return capitalised(f"{giver} có làm {whom} {goose} không?")
    return capitalised(f"{giver} {how}làm {whom} {goose}{stop(m['end'])}")


def _giver_vi(m: re.Match) -> tuple[str, bool] | None:
    """What gives goosebumps in a match of _CAUSE_EN, in Vietnamese, and whether English says it with "-s": "this
    song" as "bài hát này", "her voice" as "giọng của cô ấy", "the film" as "bộ phim", "ghost stories" as "chuyện ma"
    (many), "listening to ghost stories" as "nghe chuyện ma" (one), "it" as "nó"; None for a thing bare, "the" of a
    thing Vietnamese says no classifier for ("the voice": whose?), and a thing taken in a way it is not."""
    if m["it"]:
        return None if m["verb"] else ({"it": "nó", "that": "điều đó", "this": "điều này"}[m["it"].lower()], True)
    thing, det = " ".join(m["thing"].lower().split()), (m["det"] or "").lower()
    if thing in _KINDS_VI:
        if det or m["someone"]:
            return None
        said, one = _KINDS_VI[thing], False
    else:
        this_vi, the_vi = _THINGS_VI[thing]
        named = m["someone"] and not pet(m["someone"], "en") and someone(m["someone"], "en")
        said = f"{this_vi} {'này' if det == 'this' else 'đó'}" if det in ("this", "that") else the_vi if \
            det == "the" else f"{this_vi} của {WHOSE_VI[det]}" if det else named and f"{this_vi} của {named}"
        one = True
    if not said:
        return None
    if m["verb"]:
        taking = " ".join(m["verb"].lower().split())
        return (f"{_TAKING_VI[taking]} {said}", True) if thing in _TAKEN[taking] else None
    return said, one


def _whom_vi(m: re.Match, effect: str) -> str | None:
    """Whom it gives goosebumps in a match of _CAUSE_EN, in Vietnamese: "me" as "tôi", "my mother" as "mẹ tôi", or
    whose spine ("down my spine", "down our spines"); None for a pet, and "spine" and "spines" not agreeing with
    whose ("down our spine")."""
    if effect != "spine":
        return None if pet(m["whom"], "en") else as_whom(m["whom"], "en")
    whose = (m["spine_whose"] or "").lower()
    if (m["spine"] == "spines") != (whose in ("our", "their")) or whose == "your" and m["spine"] == "spines":
        return None
    if whose:
        return WHOSE_VI[whose]
    return None if pet(m["spine_one"], "en") else someone(m["spine_one"], "en")
