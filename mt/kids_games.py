"""Children's traditional and playground games, both ways, written whole by rule: hide and seek ("trốn tìm"), tag
("đuổi bắt"), skipping rope ("nhảy dây"), hopscotch ("nhảy lò cò"), marbles ("bắn bi"), blind man's buff ("bịt mắt
bắt dê"), ô ăn quan and tug of war ("kéo co"): who plays one, as a child, and "let's play". v8 (rules on) reads the
games' words one by one ("trốn" hiding, "dây" a wire, "lò" a stove, "bi" a bid) and "tag", "skipping", "marbles" as a
card, leaving out, drugs: "Bọn trẻ đang chơi trốn tìm." → "The children are playing away.", "Chúng ta chơi đuổi bắt
đi!" → "Let's play pursuit!", "Các bé gái đang nhảy dây ở sân trường." → "Girls are wiring at school.", "Con bé thích
nhảy dây." → "She likes to dance.", "Hồi nhỏ tôi hay chơi ô ăn quan." → "My little one or play a car.", "Chúng ta chơi
bịt mắt bắt dê đi." → "Let's play with eyelids.", "Lan đang chơi nhảy lò cò." → "Lan is playing stove."; "The
children are playing hide and seek." → "Những đứa trẻ đang chơi trốn và tìm kiếm.", "Let's play tag!" → "Chúng ta hãy
chơi thẻ!", "She loves skipping rope." → "Cô ấy yêu bỏ qua mái nhà.", "When I was little I played marbles." → "Khi
tôi chơi bóng ma túy.", "We will play tug of war tomorrow." → "Chúng tôi sẽ phát biểu cuộc chiến ngày mai.".

Taken: who (mt.hobbies.WHO, WHO_EN; "bọn trẻ", "lũ trẻ" … of mt.noise.GROUPS ↔ "the children"; "các bé gái", "các bé
trai" ↔ "the girls", "the boys"; "con bé", "thằng bé" as she, he; no pets) playing a game of GAMES ("chơi trốn tìm",
"chơi trò trốn tìm" ↔ "play hide and seek"; "nhảy dây" ↔ "skip rope"; "bắn bi", "bịt mắt bắt dê" with "chơi" or without)
now ("đang"), as a habit (mt.hobbies.SELDOM, HABIT_VI: "hay" ↔ "often"), liking it, wanting to, knowing how to ("biết
chơi"), in the past ("đã", a day behind: mt.dates near_days), ahead ("sẽ", a day ahead), denied and asked ("có …
không?"), at a place of _PLACES ("ở sân trường" ↔ "in the schoolyard"); who played one as a child
(mt.childhood.AS_A_CHILD opening or closing ↔ "As a child,", "When I was little,", "as children" for many): often,
liked, loved, didn't, asked ("Did you … as a child?"); "Chúng ta chơi đuổi bắt đi!", "Chơi trốn tìm nào!" ↔ "Let's play
tag!", "… không?" ↔ "Shall we …?". Left: a bare "Bọn trẻ chơi trốn tìm." and "Bạn có chơi trốn tìm không?" (now, or a
habit?), "không chơi" with no day, today's days (done, or ahead?), "đuổi bắt", "trốn tìm", "kéo co", "ô ăn quan" without
"chơi" ("Cảnh sát đuổi bắt …": a chase), a bare "nhảy lò cò" (hopping on one foot), "chơi bi" (billiards?), "The girls
are skipping." ("skipping" alone: a gait, or school?), "tag" of anything but "play", "Chơi trốn tìm đi!" (let's, or go
and play?), "Mình … nhé" (I or we?), a statement ending "thế", "vậy" (so? then?), "Let us play tag!" (asking leave?),
"Does she likes …", "anh", "chị", "em" alone saying it, "I" asked, a pet as who, with whom, who won, and anything
else; no module before this one (mt/games.py, mt/playgrounds.py, mt/toys.py, mt/childhood.py, mt/kites.py,
mt/free_time.py, mt/hobbies.py) reads these games.
mt.phrasebook.translate tries these after mt/card_games.py.

    >>> translate("Bọn trẻ đang chơi trốn tìm.", "vi", "en"), translate("Let's play tag!", "en", "vi")
    ('The children are playing hide and seek.', 'Chúng ta chơi đuổi bắt đi!')
"""
from __future__ import annotations

import re

from .childhood import AS_A_CHILD, AS_A_CHILD_EN, AS_CHILDREN_EN
from .dates import NEAR_WAY, near_days
from .hobbies import HABIT_VI, SELDOM, WHO, WHO_EN, animal, be_of, who, who_vi
from .lazy_re import lazy
from .noise import GROUPS, GROUPS_VI
from .rule_keys import key_checked
from .text import (ASKED_END, SOFTENED_END, STRESSED_SAID, alternatives, be_said, capitalised, contracted, keyed,
                   stop)

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:trốn\s+tìm|đuổi\s+bắt|nhảy\s+dây|lò\s+cò|bắn\s+bi|bịt\s+mắt|ô\s+ăn\s+quan|kéo\s+co)"),
         "en": lazy(r"(?i:hide|tag\b|rope|hopscotch|marbles|blind|tug|ô\s+ăn|o\s+an\s+quan)")}
# the games, and English's name after "play" (None: "nhảy dây" is English's verb, "skip rope")
GAMES = {"trốn tìm": "hide and seek", "đuổi bắt": "tag", "nhảy lò cò": "hopscotch", "lò cò": "hopscotch",
         "bắn bi": "marbles", "bịt mắt bắt dê": "blind man's buff", "ô ăn quan": "ô ăn quan", "kéo co": "tug of war",
         "nhảy dây": None}
# ... those said without "chơi" too ("Bọn trẻ đang bắn bi."; not "đuổi bắt", a chase, nor "nhảy lò cò", a hop)
_BARE = {"bắn bi", "bịt mắt bắt dê", "nhảy dây"}
GAMES_EN = {"hide and seek": "trốn tìm", "hide-and-seek": "trốn tìm", "hide and go seek": "trốn tìm",
            "tag": "đuổi bắt", "hopscotch": "nhảy lò cò",
            "marbles": "bắn bi", "blind man's buff": "bịt mắt bắt dê", "blind man's bluff": "bịt mắt bắt dê",
            "blindman's buff": "bịt mắt bắt dê", "tug of war": "kéo co", "tug-of-war": "kéo co",
            "ô ăn quan": "ô ăn quan", "o an quan": "ô ăn quan"}
# where they play (the first Vietnamese of each is written back)
_PLACES = {"ở sân trường": "in the schoolyard", "trong sân trường": "in the schoolyard",
           "ngoài sân trường": "in the schoolyard", "ngoài sân": "in the yard", "ở ngoài sân": "in the yard",
           "ở công viên": "in the park", "trong công viên": "in the park"}
_PLACES_VI = {en: vi for vi, en in reversed(_PLACES.items())} | {
    "in the school yard": "ở sân trường", "at the park": "ở công viên"}
# the days behind and ahead (not today's: "Hôm nay bọn trẻ chơi kéo co." is done, or ahead?)
_DAYS = near_days("hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                  "cuối tuần trước", "cuối tuần rồi", "ngày mai", "sáng mai", "chiều mai", "ngày kia", "tuần sau",
                  "tuần tới", "cuối tuần sau", "cuối tuần tới")
_DAYS_VI = {en: vi for vi, en in reversed(_DAYS.items())}
# children as who: mt.noise's kids (not "trẻ con" alone: children in general), girls and boys, and one child
_KIDS = alternatives(k for k, (en, _) in GROUPS.items() if en == "the kids" and k != "trẻ con")
_YOUNG = {"các bé gái": ("the girls", False), "mấy bé gái": ("the girls", False), "các cô bé": ("the girls", False),
          "các bé trai": ("the boys", False), "mấy bé trai": ("the boys", False), "các cậu bé": ("the boys", False),
          "con bé": ("she", True), "thằng bé": ("he", True)}
_YOUNG_VI = {"the girls": "các bé gái", "the boys": "các bé trai"}
_KIDS_EN = rf"(?P<kids>(?i:{alternatives(en for en, vi in GROUPS_VI.items() if vi == 'bọn trẻ')}))"

# how: now, a habit, liking, wanting, knowing how, done, ahead, not (English after `_how` reads it)
_AUX = {"đang": "now", "thích": "like", "rất thích": "love", "không thích": "dislike", "muốn": "want",
        "không muốn": "unwanted", "biết": "know", "không biết": "unknown", "đã": "past", "sẽ": "will",
        "sẽ không": "won't", "không": "not"} | {vi: en for vi, en in SELDOM.items() if en != "usually"}
_GAME = rf"(?P<play>(?i:chơi)\s+(?:trò\s+)?)?(?P<game>(?i:{alternatives(GAMES)}))"
_DAY = rf"(?i:{alternatives(_DAYS)})"
_PLACE = rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES)})))?"
# who plays, when, or as a child ("Bọn trẻ đang chơi trốn tìm.", "Hồi nhỏ tôi hay chơi ô ăn quan.")
_PLAY = lazy(rf"(?:(?:(?P<day>{_DAY})|(?P<child>{AS_A_CHILD}))\s*,?\s+)?(?:(?P<kids>(?i:{_KIDS}))|(?P<young>(?i:"
             rf"{alternatives(_YOUNG)}))|{WHO})\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>{alternatives(_AUX)})\s+)?{_GAME}"
             rf"{_PLACE}(?:\s*,?\s+(?:vào\s+)?(?:(?P<day2>{_DAY})|(?P<child2>{AS_A_CHILD})))?{ASKED_END}")
# let's ("Chúng ta chơi đuổi bắt đi!", "Chơi trốn tìm nào!", "Chúng mình chơi kéo co không?")
_LETS = lazy(r"(?:(?P<we>(?i:chúng\s+ta|chúng\s+mình|bọn\s+mình|tụi\s+mình|mình))\s+)?(?P<together>cùng\s+)?"
             rf"{_GAME}{_PLACE}(?:\s+(?P<tell>đi|nhé|nha|nào|thôi|không))?{SOFTENED_END}")

# ... and in English
_WHO_EN = rf"(?:{_KIDS_EN}|(?P<young>(?i:the\s+girls|the\s+boys))|{WHO_EN})"
_DOING_EN = (rf"(?:(?P<verb>play|plays|playing|played)\s+(?P<game>{alternatives(GAMES_EN)})|"
             r"(?P<rope>skip|skips|skipping|skipped|jump|jumps|jumping|jumped)\s+rope)")
_PLACE_EN = rf"(?:\s+(?P<place>(?i:{alternatives(_PLACES_VI)})))?"
_DAY_EN = rf"(?:\s+(?P<day>(?i:{alternatives(_DAYS_VI)})))?"
_PLAY_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Are|Is|Am|Will)\s+)?{_WHO_EN}(?P<aux>\s+(?:is|am|are|will|do|does|did)"
                r"(?:\s+not|n't)?|'(?:s|m|re|ll)|\s+won't)?"
                rf"(?:\s+(?P<often>{alternatives(HABIT_VI)}))?\s+(?:(?P<like>(?:like|love|enjoy|want)s?)\s+"
                r"(?:(?P<to>to)\s+)?|(?P<know>knows?)\s+how\s+to\s+)?"
                rf"{_DOING_EN}{_PLACE_EN}{_DAY_EN}\s*(?P<end>[.!?]*)")
_AUX_EN = {"is": "be", "am": "be", "are": "be", "'s": "be", "'m": "be", "'re": "be", "will": "will", "'ll": "will",
           "won't": "won't", "will not": "won't", "do not": "don't", "don't": "don't", "does not": "doesn't",
           "doesn't": "doesn't", "did not": "didn't", "didn't": "didn't"}
_LIKES_VI = {"like": "thích", "enjoy": "thích", "love": "rất thích", "want": "muốn"}
# as a child: "As a child,", "As children,", "When I was little," opening; "as a child" closing
_LITTLE_EN = (r"When\s+(?P<owho>I|he|she|we|they|you)\s+(?P<owas>was|were)\s+(?:little|small|(?P<oone>an?\s+(?:child|"
              r"kid))|(?P<okids>children|kids))")
_CHILD_EN = lazy(rf"(?:(?P<open>{AS_A_CHILD_EN}|(?P<kids0>{AS_CHILDREN_EN})|{_LITTLE_EN})\s*,?\s+)?"
                 rf"(?:(?P<q>[Dd]id)\s+)?{WHO_EN}\s+(?:(?P<often>often)\s+)?(?:(?P<liked>liked|loved|enjoyed|like)\s+|"
                 r"(?P<didnt>didn't|did\s+not)\s+(?:(?P<like2>like)\s+)?)?"
                 rf"{_DOING_EN}(?:\s*,?\s+(?P<close>{AS_A_CHILD_EN}|(?P<kids1>{AS_CHILDREN_EN})))?\s*(?P<end>[.!?]*)")
# (not "Let us play tag!": asking leave too, "Mum, let us play tag!")
_LETS_EN = lazy(r"(?:(?P<lets>Let's)|(?P<shall>Shall\s+we))\s+"
                rf"{_DOING_EN}(?P<together>\s+together)?{_PLACE_EN}\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who plays a children's game, who played one as a child, or
    "let's play" one; None for any other."""
    if src == "vi":
        # ("thế", "vậy" ending a statement say more than English would: "… chơi trốn tìm thế." so?, "… đi vậy." then)
        return None if STRESSED_SAID.search(text) else _lets(text) or _play(text)
    text = text.replace("’", "'")
    return _lets_vi(text) or _child_vi(text) or _play_vi(text)


def _game(m: re.Match) -> tuple[str, str, str, str] | None:
    """The game of a Vietnamese match in English, as the base, "-s", "-ing" and past ("play tag", "plays tag",
    "playing tag", "played tag"; "skip rope" …); None for a game that needs "chơi" said without it."""
    game = keyed(m["game"])
    if not m["play"] and game not in _BARE:
        return None
    en = GAMES[game]
    if en is None:
        return "skip rope", "skips rope", "skipping rope", "skipped rope"
    return f"play {en}", f"plays {en}", f"playing {en}", f"played {en}"


def _asked(m: re.Match) -> bool | None:
    """Whether a Vietnamese match asks ("có … không?"), False said; None for "có" or "không?" alone."""
    asked = bool(m["asked"])
    return asked if asked == ("?" in m["end"]) == bool(m["ask"]) else None


def _who(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of _PLAY in English, and whether English says it with "-s" ("the children", False; "con bé":
    "she", True); None for "anh", "chị", "em" alone saying it, a pet, and "I" asked (a slip)."""
    if m["kids"]:
        return "the children", False
    if m["young"]:
        return _YOUNG[keyed(m["young"])]
    said = None if animal(m) else who(m, asked)
    return None if said is None or asked and said[0] == "I" else said


def _be(who_: str, one: bool) -> str:
    """"is", "am" or "are" after who in English, `one` as _who gives it ("the girls are", "she is")."""
    return "is" if one else "am" if who_ == "I" else "are"


def _how(aux: str, way: str | None, asked: bool) -> str | None:
    """Which English a Vietnamese `aux` of _PLAY with a day's `way` ("behind", "ahead", None) says: one of _AUX's
    ("now", "often", "like" …), "didn't"; None for any other ("Tôi chơi trốn tìm.": now, or a habit?)."""
    how = _AUX.get(aux) if aux else None
    if way == "behind":
        how = {"": "past", "đã": "past", "không": None if asked else "didn't"}.get(aux)
    elif way == "ahead":
        how = {"": "will", "sẽ": "will", "không": None if asked else "won't", "sẽ không": None if asked else "won't"
               }.get(aux)
    elif how == "not":
        return None  # ("Tôi không chơi trốn tìm.": now, or ever?)
    return None if asked and how not in ("now", "often", "like", "want", "know", "past", "will") else how


def _play(text: str) -> str | None:
    """"Bọn trẻ đang chơi trốn tìm." as "The children are playing hide and seek.", "Con bé thích nhảy dây." as "She
    likes skipping rope.", "Hôm qua bọn trẻ chơi kéo co." as "The children played tug of war yesterday.", "Bạn có
    biết chơi ô ăn quan không?" as "Do you know how to play ô ăn quan?", "Hồi nhỏ tôi hay chơi ô ăn quan." as "As a
    child, I often played ô ăn quan." (_PLAY); None for anything else."""
    m = _PLAY.fullmatch(text)
    if not m or (asked := _asked(m)) is None or (said := _who(m, asked)) is None or (doing := _game(m)) is None:
        return None
    if [bool(m[g]) for g in ("day", "day2", "child", "child2")].count(True) > 1:
        return None
    if m["child"] or m["child2"]:
        return _as_child(m, said, asked, doing)
    day = m["day"] or m["day2"]
    how = _how(keyed(m["aux"] or ""), NEAR_WAY[keyed(day)] if day else None, asked)
    if how is None:
        return None
    who_, one = said
    base, s, ing, past = doing
    place, when = f" {_PLACES[keyed(m['place'])]}" if m["place"] else "", f" {_DAYS[keyed(day)]}" if day else ""
    do = "Does" if one else "Do"
    if asked:
        said_ = {"now": f"{_be(who_, one).capitalize()} {who_} {ing}", "often": f"{do} {who_} often {base}",
                 "like": f"{do} {who_} like {ing}", "want": f"{do} {who_} want to {base}",
                 "know": f"{do} {who_} know how to {base}", "past": f"Did {who_} {base}",
                 "will": f"Will {who_} {base}"}[how]
        return f"{said_}{place}{when}?"
    habit = f"{who_} {how} {s if one else base}"
    said_ = {"now": contracted(who_, f"{_be(who_, one)} {ing}"), "like": f"{who_} {'likes' if one else 'like'} {ing}",
             "love": f"{who_} {'loves' if one else 'love'} {ing}", "dislike": f"{who_} {do.lower()}n't like {ing}",
             "want": f"{who_} {'wants' if one else 'want'} to {base}",
             "unwanted": f"{who_} {do.lower()}n't want to {base}",
             "know": f"{who_} {'knows' if one else 'know'} how to {base}",
             "unknown": f"{who_} {do.lower()}n't know how to {base}", "past": f"{who_} {past}",
             "didn't": f"{who_} didn't {base}", "will": contracted(who_, f"will {base}"),
             "won't": f"{who_} won't {base}"}.get(how, habit)
    return capitalised(f"{said_}{place}{when}{stop(m['end'])}")


def _as_child(m: re.Match, said: tuple[str, bool], asked: bool, doing: tuple[str, ...]) -> str | None:
    """A match of _PLAY with "Hồi nhỏ", "Khi còn bé" … in English: "As a child, I often played ô ăn quan.", "As
    children, we loved playing tag.", "Did you play hopscotch as a child?"; None for the children or girls (grown
    up?), a place, and any other "how" (not "đang", "sẽ")."""
    who_, one = said
    if m["kids"] or m["young"] or m["place"]:
        return None
    base, _, ing, past = doing
    child = "as children" if not one and who_ not in ("I", "you") else "as a child"
    aux = keyed(m["aux"] or "")
    if asked:
        how = {"": base, "hay": f"often {base}", "thường": f"often {base}", "thích": f"like {ing}"}.get(aux)
        return how and f"Did {who_} {how} {child}?"
    how = {"": past, "hay": f"often {past}", "thường": f"often {past}", "thích": f"liked {ing}",
           "rất thích": f"loved {ing}", "không": f"didn't {base}", "không thích": f"didn't like {ing}"}.get(aux)
    return how and f"{capitalised(child)}, {who_} {how}{stop(m['end'])}"


def _lets(text: str) -> str | None:
    """"Chúng ta chơi đuổi bắt đi!" and "Chơi đuổi bắt nào!" as "Let's play tag!", "Chúng ta cùng chơi kéo co nhé."
    as "Let's play tug of war together.", "Chúng ta chơi trốn tìm không?" as "Shall we play hide and seek?" (_LETS);
    None for anything else, and for "Chơi trốn tìm đi!" (let's, or go and play?)."""
    m = _LETS.fullmatch(text)
    tell, asked = keyed(m["tell"] or "") if m else "", m and "?" in m["end"]
    if not m or not tell or (doing := _game(m)) is None:
        return None
    if not m["we"] and (tell not in ("nào", "thôi") or asked or m["together"]):
        return None
    if asked != (tell in ("không", "nhé", "nha")) and (asked or tell == "không"):
        return None
    if keyed(m["we"] or "") == "mình" and tell in ("nhé", "nha"):
        return None  # ("Mình chơi trốn tìm nhé!" may be "I" asking leave: "I'll play hide and seek, OK?")
    rest = f"{doing[0]}{' together' * bool(m['together'])}"
    rest += f" {_PLACES[keyed(m['place'])]}" if m["place"] else ""
    return f"Shall we {rest}?" if asked else f"Let's {rest}{stop(m['end'])}"


def _doing_vi(m: re.Match) -> str:
    """The game of an English match in Vietnamese ("chơi trốn tìm", "nhảy dây"), and its verb's form ("base", "s",
    "ing", "past") after a space: "chơi đuổi bắt ing"."""
    verb = (m["verb"] or m["rope"]).lower()
    form = "ing" if verb.endswith("ing") else "past" if verb.endswith("ed") else "s" if verb.endswith("s") else "base"
    said = "nhảy dây" if m["rope"] else f"chơi {GAMES_EN[keyed(m['game'])]}"
    return f"{said} {form}"


def _play_how(m: re.Match, who_: str, one: bool, form: str) -> str | None:
    """The Vietnamese before the game of a match of _PLAY_EN said by `who_` ("đang", "hay", "có thích", "không", ""
    for a day behind), the verbs agreeing with who; None for anything else ("I play tag.": now, or a habit?)."""
    q, aux_said = (m["q"] or "").lower(), " ".join((m["aux"] or "").lower().split())
    aux = _AUX_EN.get(aux_said, None if aux_said else "")
    head, do = (m["like"] or m["know"] or "").lower(), "does" if one else "do"
    liked = head.removesuffix("s")
    if aux is None or liked == "enjoy" and m["to"]:
        return None
    if head:  # (liking, wanting, knowing how: no day, no "often")
        wanted = "base" if m["to"] or m["know"] else "ing"
        if form != wanted or liked == "want" and not m["to"] or m["often"] or m["day"]:
            return None
        vi = "biết" if m["know"] else _LIKES_VI[liked]
        if q:
            return f"có {vi}" if q == do and not aux and head == liked != "love" else None  # (not "Does she likes")
        if aux:
            return f"không {vi}" if aux == f"{do}n't" and head == liked != "love" else None
        return vi if head.endswith("s") == one else None
    day = m["day"] and _DAYS_VI[keyed(m["day"])]
    way, often = day and NEAR_WAY[day], (m["often"] or "").lower()
    said = {("are", "", "ing", None): "có đang", ("did", "", "base", "behind"): "có",
            ("will", "", "base", "ahead"): "có", ("", "be", "ing", None): "đang", ("", "will", "base", None): "sẽ",
            ("", "will", "base", "ahead"): "sẽ", ("", "won't", "base", None): "sẽ không",
            ("", "won't", "base", "ahead"): "sẽ không", ("", "didn't", "base", "behind"): "không",
            ("", "", "past", None): "đã", ("", "", "past", "behind"): ""}
    q_ = "are" if q in ("is", "am", "are") else "do" if q in ("do", "does") else q
    if often:  # (a habit: "often" asked, any of HABIT_VI said, the verb agreeing)
        if aux or way or q and (q != do or often not in ("often", "usually")):
            return None
        if q:
            return f"có {HABIT_VI[often]}" if form == "base" else None
        return HABIT_VI[often] if form == ("s" if one else "base") else None
    how = said.get((q_, aux, form, way))
    if how is None or q_ == "are" and q != be_of(who_, one):
        return None
    return None if aux == "be" and be_said(aux_said) != be_of(who_, one) else how


def _we(who_: str, asked: bool) -> str:
    """Who in Vietnamese, "chúng tôi" asked as "chúng ta": the one asked is one of us ("Will we play tag tomorrow?")."""
    return "chúng ta" if asked and who_ == "chúng tôi" else who_


def _who_vi(m: re.Match) -> tuple[str, bool]:
    """Who of a match of _WHO_EN in Vietnamese, and whether English says it with "-s": "the children" as "bọn trẻ"
    (False), "the girls" as "các bé gái", or mt.hobbies.who_vi."""
    if m["kids"]:
        return "bọn trẻ", False
    return (_YOUNG_VI[keyed(m["young"])], False) if m["young"] else who_vi(m)


def _play_vi(text: str) -> str | None:
    """"The children are playing hide and seek." as "Bọn trẻ đang chơi trốn tìm.", "She loves skipping rope." as "Cô
    ấy rất thích nhảy dây.", "My son often plays marbles." as "Con trai tôi hay chơi bắn bi.", "We will play tug of
    war tomorrow." as "Ngày mai chúng tôi sẽ chơi kéo co.", "Do you know how to play hopscotch?" as "Bạn có biết chơi
    nhảy lò cò không?" (_PLAY_EN); None for anything else."""
    m = _PLAY_EN.fullmatch(text)
    if not m:
        return None
    who_, one = _who_vi(m)
    asked = "?" in m["end"]
    said, form = _doing_vi(m).rsplit(" ", 1)
    if bool(m["q"]) != asked or asked and who_ == "tôi" or animal(m) or (how := _play_how(m, who_, one, form)) is None:
        return None
    who_ = _we(who_, asked)
    day = _DAYS_VI[keyed(m["day"])] if m["day"] else ""
    place = f" {_PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    said = " ".join(w for w in (day, who_, how, said) if w)
    return capitalised(f"{said}{place}{' không?' if asked else stop(m['end'])}")


def _child_vi(text: str) -> str | None:
    """"As a child I often played ô ăn quan." as "Hồi nhỏ tôi hay chơi ô ăn quan.", "When I was little I played
    marbles." as "Hồi nhỏ tôi chơi bắn bi.", "Did you play hopscotch as a child?" as "Hồi nhỏ bạn có chơi nhảy lò cò
    không?" (_CHILD_EN); None for anything else, where "as children" is said of one or "as a child" of many, and
    where "When I was little" is not who plays ("When I was little, my mother played …")."""
    m = _CHILD_EN.fullmatch(text)
    if not m or bool(m["open"]) == bool(m["close"]) or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    many = not one and who_ not in ("tôi", "bạn")
    if m["owho"]:  # ("When we were little": many by who; "When we were kids", "When I was a child" as many or one)
        if m["okids"] and not many or m["oone"] and many:
            return None
    elif bool(m["kids0"] or m["kids1"]) != many:
        return None
    if m["q"] and who_ == "tôi":
        return None
    if m["owho"] and (m["owho"].lower() != (m["who"] or "").lower() or
                      (m["owas"] == "was") != (m["owho"].lower() in ("i", "he", "she"))):
        return None
    said, form = _doing_vi(m).rsplit(" ", 1)
    liked = (m["liked"] or "").lower()
    if m["q"] or m["didnt"]:
        wanted = "ing" if liked == "like" or m["like2"] else "base"
        if form != wanted or liked not in ("", "like") or m["often"] and (m["didnt"] or liked):  # (one lost)
            return None
        how = "thích " if liked or m["like2"] else "hay " if m["often"] else ""
        return capitalised(f"Hồi nhỏ {_we(who_, True)} có {how}{said} không?" if m["q"] else
                           f"Hồi nhỏ {who_} không {how}{said}{stop(m['end'])}")
    if form != ("ing" if liked else "past") or liked == "like" or liked and m["often"]:
        return None
    how = {"loved": "rất thích ", "liked": "thích ", "enjoyed": "thích "}.get(liked, "hay " if m["often"] else "")
    return capitalised(f"Hồi nhỏ {who_} {how}{said}{stop(m['end'])}")


def _lets_vi(text: str) -> str | None:
    """"Let's play tag!" as "Chúng ta chơi đuổi bắt đi!", "Let's play tug of war together." as "Chúng ta cùng chơi
    kéo co đi.", "Shall we play hide and seek?" as "Chúng ta chơi trốn tìm nhé?" (_LETS_EN); None for anything
    else."""
    m = _LETS_EN.fullmatch(text)
    if not m or bool(m["shall"]) != ("?" in m["end"]):
        return None
    said, form = _doing_vi(m).rsplit(" ", 1)
    if form != "base":
        return None
    place = f" {_PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    said = f"Chúng ta {'cùng ' * bool(m['together'])}{said}{place}"
    return f"{said} nhé?" if m["shall"] else f"{said} đi{stop(m['end'])}"
