"""Work in the garden and the yard, both ways, written whole by rule: mowing the lawn, weeding, sweeping or raking the
leaves, pruning the trees, trimming the hedge, digging a hole to plant a tree, and the grass grown too long. v8 (rules
on) reads "cỏ" as grant or laws, "nhổ cỏ" as graduating, "tỉa" as billions, "lawn" as "luật" (law): "Bố tôi đang cắt
cỏ." → "My father was cutting grant.", "Tôi phải nhổ cỏ trong vườn." → "I had to grab my graduate in the garden.",
"Ông tôi đang tỉa cây." → "My grandfather was billioning the tree.", "Cỏ cao quá rồi." → "The fire is too high.",
"Bạn đã cắt cỏ chưa?" → "Have you cut laws?"; "My father is mowing the lawn." → "Cha tôi đang hối hả luật.", "I have to
weed the garden." → "Tôi phải làm vườn." (gardening), "I'll rake the leaves this afternoon." → "Tôi sẽ trượt lá chiều
nay.", "My grandfather is pruning the trees." → "Ông tôi đang say xỉn cây." (drunk), "We're digging a hole to plant a
tree." → "Chúng tôi đang lặn một lỗ để trồng một cây.", "The grass is too long." → "C gras quá dài.".

Taken: who (mt.hobbies.WHO, WHO_EN; people only) doing a job of JOBS (in the yard or the garden where it has a place):
doing it now ("đang"), will ("sẽ", a day ahead), has to ("phải"), a day ahead alone (arranged: "I'm mowing the lawn
tomorrow."), every day or week (mt.hobbies.EVERY), on a day behind or "đã" (past), "rồi" (already), "vừa" (just),
"chưa" (not yet, and asked "… chưa?"); denied, and asked with "có … không?", "à?"; asked to do it for one ("Bạn cắt cỏ
giúp tôi được không?", "Bạn giúp tôi cào lá được không?"); "Cỏ cao quá rồi." (the grass too long). Left: a plain "Tôi
cắt cỏ." (a habit, or done?), "sáng nay", "chiều nay" alone (ahead, or done?), "cắt cỏ cho bò" (grass for the cattle)
and "cắt cỏ" with a place, sweeping the house or the floor ("quét nhà": mt/chores.py), watering (mt/chores.py,
mt/plants.py), planting ("trồng một cái cây": mt/plants.py), gardening liked (mt/hobbies.py), a pet digging, "anh",
"chị", "em" alone saying it, a request with no "được" or "có thể", "Will you …?", and anything else.
mt.phrasebook.translate tries these after mt/livestock.py.

    >>> translate("Bố tôi đang cắt cỏ.", "vi", "en"), translate("I have to weed the garden.", "en", "vi")
    ('My father is mowing the lawn.', 'Tôi phải nhổ cỏ trong vườn.')
"""
from __future__ import annotations

import re

from .dates import NEAR_WAY, near_days
from .hobbies import EVERY, EVERY_VI, WHO, WHO_EN, animal, aux_agrees, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import ASKED_END, alternatives, be, capitalised, contracted, keyed, stop

# the jobs, and how English says them (the first Vietnamese of each is written back)
JOBS = {"cắt cỏ": "mow the lawn", "nhổ cỏ": "pull the weeds", "làm cỏ": "pull the weeds", "quét lá": "sweep the leaves",
        "quét sân": "sweep the yard", "cào lá": "rake the leaves", "tỉa cây": "prune the trees",
        "cắt tỉa cây": "prune the trees", "tỉa hàng rào": "trim the hedge", "cắt tỉa hàng rào": "trim the hedge",
        "đào hố để trồng cây": "dig a hole to plant a tree", "đào hố trồng cây": "dig a hole to plant a tree",
        "đào một cái hố để trồng cây": "dig a hole to plant a tree",
        "đào một cái hố trồng cây": "dig a hole to plant a tree"}
# where, after the jobs that have one (not "cắt cỏ ngoài vườn": the lawn is the place)
PLACES = {"ngoài sân": "in the yard", "trong sân": "in the yard", "ở sân": "in the yard",
          "trong vườn": "in the garden", "ngoài vườn": "in the garden", "ở vườn": "in the garden"}
_PLACED = {"nhổ cỏ", "làm cỏ", "quét lá", "cào lá", "tỉa cây", "cắt tỉa cây"}
PLACES_VI = {en: vi for vi, en in reversed(PLACES.items())}
JOBS_VI = {en: vi for vi, en in reversed(JOBS.items())} | {
    "mow the grass": "cắt cỏ", "cut the grass": "cắt cỏ", "weed the garden": "nhổ cỏ trong vườn",
    "pull weeds": "nhổ cỏ", "pull up the weeds": "nhổ cỏ", "do the weeding": "nhổ cỏ", "sweep up the leaves": "quét lá",
    "rake up the leaves": "cào lá", "rake leaves": "cào lá", "trim the trees": "tỉa cây",
    "trim the hedges": "tỉa hàng rào", "cut the hedge": "tỉa hàng rào"}
# the verbs' forms: "-s", past, participle, "-ing"
_VERBS = {"mow": ("mows", "mowed", "mowed", "mowing"), "cut": ("cuts", "cut", "cut", "cutting"),
          "pull": ("pulls", "pulled", "pulled", "pulling"), "do": ("does", "did", "done", "doing"),
          "sweep": ("sweeps", "swept", "swept", "sweeping"), "rake": ("rakes", "raked", "raked", "raking"),
          "prune": ("prunes", "pruned", "pruned", "pruning"), "trim": ("trims", "trimmed", "trimmed", "trimming"),
          "dig": ("digs", "dug", "dug", "digging"), "weed": ("weeds", "weeded", "weeded", "weeding")}
_KINDS = ("base", "s", "past", "part", "ing")


def forms(job: str) -> dict[str, str]:
    """The forms of an English job of JOBS_VI by kind (_KINDS): "mow the lawn" → "mows the lawn", "mowed the lawn"…"""
    verb, _, rest = job.partition(" ")
    return {kind: f"{form} {rest}" for kind, form in zip(_KINDS, (verb, *_VERBS[verb]))}


# each form said, to the job and the kinds it may be ("cut the grass": base, past, participle)
_FORMS_EN: dict[str, tuple[str, set[str]]] = {}
for _job in JOBS_VI:
    for _kind, _said in forms(_job).items():
        _FORMS_EN.setdefault(_said, (_job, set()))[1].add(_kind)

# days ahead, days of today (ahead or done, by the verb) and days behind, both ways (mt.dates.NEAR_DAYS)
DAYS = near_days("ngày mai", "sáng mai", "chiều mai", "tuần sau", "tuần tới", "cuối tuần sau", "cuối tuần tới",
                 "hôm nay", "sáng nay", "chiều nay", "cuối tuần này",
                 "hôm qua", "sáng hôm qua", "sáng qua", "chiều hôm qua", "chiều qua", "hôm kia", "tuần trước",
                 "cuối tuần trước", "cuối tuần rồi")
DAYS_VI = {en: vi for vi, en in reversed(DAYS.items())}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:cỏ|quét\s+lá|quét\s+sân|cào\s+lá|tỉa|đào\s+hố|đào\s+một\s+cái\s+hố)"),
         "en": lazy(r"(?i:mow|lawn|grass|weed|leaves|yard|hedge|prun|trim|hole)")}

_JOB = rf"(?P<job>(?i:{alternatives(JOBS)}))(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?"
_DAY = rf"(?i:{alternatives(DAYS)})"
_AUX = r"đang|có\s+đang|sẽ\s+không|sẽ|phải|không\s+phải|có\s+phải|đã|vừa\s+mới|vừa|chưa|không|có"
# who does a job, and when ("Bố tôi đang cắt cỏ.", "Chiều nay tôi sẽ quét lá ngoài sân.", "Bạn đã cắt cỏ chưa?")
_DOING = lazy(rf"(?:(?P<day0>{_DAY})\s*,?\s+)?{WHO}\s+(?:(?P<aux>{_AUX})\s+)?{_JOB}"
              rf"(?:\s+(?P<every>(?i:{alternatives(EVERY)})))?(?:\s+(?:vào\s+)?(?P<day>{_DAY}))?"
              rf"(?:\s+(?P<tail>rồi|chưa|à))?{ASKED_END}")
# asked for one ("Bạn cắt cỏ giúp tôi được không?", "Bạn có thể giúp tôi cào lá không?")
_ME = r"tôi|mình|em|anh|chị"
_FAVOUR = lazy(rf"(?P<you>(?i:bạn|anh|chị|em|cậu))\s+(?P<can>có\s+thể\s+)?(?:giúp\s+(?P<me0>{_ME})\s+)?{_JOB}"
               rf"(?:\s+(?:giúp|hộ|cho)\s+(?P<me>{_ME}))?(?:\s+(?P<able>được))?\s+không(?:\s+(?:ạ|vậy))?\s*\?+")
# the grass grown ("Cỏ cao quá rồi.", "Cỏ ngoài sân mọc cao quá rồi.")
_GRASS = lazy(rf"(?i:cỏ)(?:\s+(?P<place>(?i:{alternatives(PLACES)})))?(?:\s+mọc)?\s+cao\s+quá\s+rồi\s*(?P<end>[.!]*)")

# ... in English ("My father is mowing the lawn.", "Have you mowed the lawn yet?", "I'll rake the leaves tomorrow.")
_JOB_EN = (rf"(?P<job>(?i:{alternatives(_FORMS_EN)}))(?:\s+(?P<place>(?i:{alternatives(PLACES_VI)})))?")
_AUX_EN = (r"(?P<aux>(?:['’](?:s|re|m|ll|ve)|\s+(?:is|am|are|will|wo|has|have|did|does|do)(?:n['’]t|\s+not)?)"
           r"(?:\s+(?:going|have|has)\s+to)?|\s+(?:has|have)\s+to)")
_DOING_EN = lazy(rf"(?:(?P<q>Do|Does|Did|Is|Are|Am|Have|Has)\s+)?{WHO_EN}{_AUX_EN}?(?:\s+(?P<adv>just|already))?"
                 rf"\s+{_JOB_EN}(?:\s+(?P<every>{alternatives(EVERY_VI)}))?(?:\s+(?P<day>{alternatives(DAYS_VI)}))?"
                 r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_FAVOUR_EN = lazy(rf"(?P<can>Can|Could)\s+you\s+(?:please\s+)?(?P<help>help\s+me\s+)?{_JOB_EN}(?P<for>\s+for\s+me)?"
                  r"(?:,?\s+please)?\s*\?+")
_GRASS_EN = lazy(rf"The\s+grass(?:\s+(?P<place>{alternatives(PLACES_VI)}))?\s+is\s+(?:getting\s+)?too\s+(?:long|tall)"
                 r"\s*(?P<end>[.!]*)")
# the auxiliaries as said, to how the job is done (contracted, "n't" written out; "'s" is "is" or "has" by the verb)
_HOW_EN = {"": "plain", "is": "be", "am": "be", "are": "be", "'s": "be", "'re": "be", "'m": "be", "will": "will",
           "'ll": "will", "will not": "won't", "wo not": "won't", "has to": "must", "have to": "must",
           "does not have to": "needn't", "do not have to": "needn't", "has": "has", "have": "has", "'ve": "has",
           "has not": "not yet", "have not": "not yet", "did not": "didn't"}
_HOW_EN |= {f"{be_} going to": "will" for be_ in ("is", "am", "are", "'s", "'re", "'m")}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says who mows the lawn, weeds, sweeps or rakes the leaves, prunes the trees,
    trims the hedge or digs a hole to plant a tree, asks for it, or says the grass is too long; None for any other."""
    if src == "vi":
        return _doing(text) or _favour(text) or _grass(text)
    return _doing_vi(text) or _favour_vi(text) or _grass_vi(text)


def _job(m: re.Match) -> dict[str, str] | None:
    """The forms of the job of a Vietnamese match in English (a place after it: "sweep the leaves in the yard",
    "nhổ cỏ trong vườn" as "weed the garden"); None for a place after a job that has none."""
    job, place = keyed(m["job"]), keyed(m["place"] or "")
    if place and job not in _PLACED:
        return None
    said = JOBS[job]
    if said == "pull the weeds" and PLACES.get(place) == "in the garden":
        return forms("weed the garden")
    return {kind: f"{form} {PLACES.get(place, '')}".strip() for kind, form in forms(said).items()}


def _when(m: re.Match) -> tuple[str, str] | None:
    """The day of a _DOING match in English with a space before it (" tomorrow"), and its kind ("ahead", "today",
    "behind"; "" for none); None where a day is said twice or with every day."""
    if m["day0"] and m["day"] or (m["day0"] or m["day"]) and m["every"]:
        return None
    day = keyed(m["day0"] or m["day"] or "")
    kind = NEAR_WAY[day] if day else ""
    return (f" {DAYS[day]}" if day else "", kind)


def _doing(text: str) -> str | None:
    """"Bố tôi đang cắt cỏ." as "My father is mowing the lawn.", "Chiều nay tôi sẽ quét lá ngoài sân." as "I'll sweep
    the leaves in the yard this afternoon.", "Tôi phải nhổ cỏ trong vườn." as "I have to weed the garden.", "Bạn đã cắt
    cỏ chưa?" as "Have you mowed the lawn yet?" (_DOING); None for anything else, for a pet, and where the tense is
    not read for sure ("Tôi cắt cỏ.")."""
    m = _DOING.fullmatch(text)
    if not m or animal(m) or (job := _job(m)) is None or (day := _when(m)) is None:
        return None
    aux, tail, on, kind = keyed(m["aux"] or ""), m["tail"] or "", *day
    asked = bool(m["asked"]) or tail in ("chưa", "à")
    if asked != ("?" in m["end"]) or m["asked"] and tail or (said := who(m, asked)) is None:
        return None
    who_, one = said
    has, every = "has" if one else "have", f" {EVERY[keyed(m['every'])]}" if m["every"] else ""
    if m["asked"]:  # "có … không?"
        if who_ == "I" and aux != "có phải":
            return None  # (asked of oneself whether one did it: only "Do I have to …?" is asked)
        if aux == "có phải" and kind != "behind":  # (a day and "mỗi …" never both: _when)
            return f"{'Does' if one else 'Do'} {who_} have to {job['base']}{on}{every}?"
        if (aux == "có đang" and not kind or aux == "có" and kind == "ahead") and not every:  # (a habit is no "-ing")
            return f"{be(who_).capitalize()} {who_} {job['ing']}{on}?"
        if aux == "có" and every:
            return f"{'Does' if one else 'Do'} {who_} {job['base']}{every}?"
        return f"Did {who_} {job['base']}{on}?" if aux == "có" and kind == "behind" else None
    if tail == "à":  # ("Bạn đang cắt cỏ à?"; "đang … mỗi ngày à?" a habit, not now)
        ok = aux == "đang" and not kind and not every and who_ != "I"
        return f"{be(who_).capitalize()} {who_} {job['ing']}?" if ok else None
    if tail == "chưa":
        ok = aux in ("", "đã") and not kind and not m["every"] and who_ != "I"
        return f"{has.capitalize()} {who_} {job['part']} yet?" if ok else None
    if m["every"]:
        return capitalised(f"{who_} {job['s' if one else 'base']} {EVERY[keyed(m['every'])]}.") if not (
            aux or tail) else None
    said = _said(aux, tail, kind, who_, one, job)
    return said and capitalised(f"{said}{on}{stop(m['end'])}")


def _said(aux: str, tail: str, kind: str, who_: str, one: bool, job: dict[str, str]) -> str | None:
    """Who does a job in English, said (no day, no end), by the Vietnamese word of tense `aux`, "rồi" (`tail`) and
    the day's kind; None where they do not go together or do not tell the tense."""
    if tail:  # "rồi": done already, today or with no day
        return contracted(who_, f"{'has' if one else 'have'} already {job['part']}") if aux in ("", "đã") and \
            not kind else f"{who_} {job['past']}" if aux == "đã" and kind == "today" else None
    if kind == "behind" or kind == "today" and aux == "đã":
        said = {"": job["past"], "đã": job["past"], "không": f"didn't {job['base']}"}.get(aux)
        return f"{who_} {said}" if said else None
    if aux in ("sẽ", "sẽ không"):
        return contracted(who_, f"will {job['base']}") if aux == "sẽ" else f"{who_} won't {job['base']}"
    if aux in ("phải", "không phải"):
        return f"{who_} {'has' if one else 'have'} to {job['base']}" if aux == "phải" else \
            f"{who_} {'doesn' if one else 'don'}'t have to {job['base']}"
    if aux == "đang" and not kind or aux == "" and kind == "ahead":
        return contracted(who_, f"{be(who_)} {job['ing']}")
    if kind:
        return None
    said = {"đã": job["past"], "vừa": f"{'has' if one else 'have'} just {job['part']}",
            "vừa mới": f"{'has' if one else 'have'} just {job['part']}",
            "chưa": f"{'hasn' if one else 'haven'}'t {job['part']} yet"}.get(aux)
    return said and contracted(who_, said)


def _favour(text: str) -> str | None:
    """"Bạn cắt cỏ giúp tôi được không?" as "Can you mow the lawn for me?", "Bạn có thể giúp tôi cào lá không?" as
    "Can you help me rake the leaves?" (_FAVOUR); None for anything else, for one asking oneself ("Anh … giúp anh"),
    and with neither "có thể" nor "được" (will you?)."""
    m = _FAVOUR.fullmatch(text)
    if not m or bool(m["me0"]) == bool(m["me"]) or not (m["can"] or m["able"]) or (job := _job(m)) is None:
        return None
    if keyed(m["you"]) == keyed(m["me0"] or m["me"]):
        return None
    return f"Can you help me {job['base']}?" if m["me0"] else f"Can you {job['base']} for me?"


def _grass(text: str) -> str | None:
    """"Cỏ cao quá rồi." as "The grass is too long.", "Cỏ ngoài sân cao quá rồi." as "The grass in the yard is too
    long." (_GRASS); None for anything else."""
    m = _GRASS.fullmatch(text)
    if not m:
        return None
    place = f" {PLACES[keyed(m['place'])]}" if m["place"] else ""
    return f"The grass{place} is too long{stop(m['end'])}"


def _job_vi(m: re.Match) -> tuple[str, set[str]] | None:
    """The job of an English match in Vietnamese, with the kinds its verb may be ("cut": base, past, participle);
    None for a place after a job that has none ("mow the lawn in the yard")."""
    job, kinds = _FORMS_EN[keyed(m["job"])]
    said = JOBS_VI[job]
    if m["place"]:
        if said not in _PLACED:
            return None
        said = f"{said} {PLACES_VI[keyed(m['place'])]}"
    return said, kinds


def _day_vi(m: re.Match) -> tuple[str, str]:
    """The day of an English match in Vietnamese ("ngày mai "), with a space after it, and its kind ("ahead",
    "today", "behind"; "" for none)."""
    if not m["day"]:
        return "", ""
    vi = DAYS_VI[keyed(m["day"])]
    return f"{vi} ", NEAR_WAY[vi]


def _doing_vi(text: str) -> str | None:
    """"My father is mowing the lawn." as "Bố tôi đang cắt cỏ.", "I'll sweep the leaves in the yard this afternoon."
    as "Chiều nay tôi sẽ quét lá ngoài sân.", "Have you mowed the lawn yet?" as "Bạn đã cắt cỏ chưa?", "He mowed the
    lawn yesterday." as "Hôm qua anh ấy cắt cỏ." (_DOING_EN); None for anything else, where a verb does not agree
    with who, for a pet, and where the tense is not read for sure ("I mow the lawn.")."""
    m = _DOING_EN.fullmatch(text)
    if not m or animal(m) or bool(m["q"]) != ("?" in m["end"]) or (job := _job_vi(m)) is None:
        return None
    (said, kinds), (day, kind) = job, _day_vi(m)
    who_, one = who_vi(m)
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    how, adv, every, yet = _HOW_EN.get(aux), m["adv"], m["every"], bool(m["yet"])
    if aux == "'s" and "ing" not in kinds:
        how = "has"  # ("She's mowed the lawn."; "She's mowing …" is "is")
    if how is None or not aux_agrees(m, aux, how, one) or every and (kind or adv or yet) or yet and (kind or adv):
        return None
    if m["q"]:
        return _asked_vi(m, how, said, kinds, day, kind, who_, one)
    head, end, bare = capitalised(f"{day}{who_}"), stop(m["end"]), not (adv or every or yet)
    if how == "be" and "ing" in kinds and kind != "behind" and bare:
        return f"{head} {'sẽ' if kind else 'đang'} {said}{end}"  # ("I'm mowing the lawn tomorrow.": arranged)
    if how in ("will", "won't", "must", "needn't") and "base" in kinds and kind != "behind" and bare:
        word = {"will": "sẽ", "won't": "sẽ không", "must": "phải", "needn't": "không phải"}[how]
        return f"{head} {word} {said}{end}"
    if how == "plain" and every and ("s" in kinds) == one and ({"s", "base"} & kinds):
        return f"{head} {said} {EVERY_VI[keyed(every)]}{end}"
    if how == "plain" and "past" in kinds and ("base" not in kinds or kind == "behind") and kind != "ahead" and bare:
        return f"{head} {'' if kind == 'behind' else 'đã '}{said}{end}"  # ("I cut the grass.": a habit, or done?)
    if how == "didn't" and "base" in kinds and kind in ("behind", "today") and bare:
        return f"{head} {'không' if kind == 'behind' else 'đã không'} {said}{end}"  # ("Chiều nay tôi không …": a plan)
    if how in ("has", "not yet") and "part" in kinds and not (kind or every):
        if how == "not yet":
            return f"{head} chưa {said}{end}" if not adv else None
        return None if yet else f"{head} vừa {said}{end}" if adv == "just" else f"{head} đã {said} rồi{end}"
    return None



def _asked_vi(m: re.Match, how: str, said: str, kinds: set[str], day: str, kind: str, who_: str,
              one: bool) -> str | None:
    """A question of _DOING_EN in Vietnamese: "Do you have to mow the lawn?" as "Bạn có phải cắt cỏ không?", "Are
    you mowing the lawn?" as "Bạn có đang cắt cỏ không?", "Did you mow the lawn yesterday?" as "Hôm qua bạn có cắt
    cỏ không?", "Has he mowed the lawn yet?" as "Anh ấy đã cắt cỏ chưa?", "Does she weed the garden every week?" as
    "Cô ấy có nhổ cỏ trong vườn mỗi tuần không?"; None for anything else, and asked of oneself but "Do I have to"."""
    q, head = m["q"].lower(), capitalised(f"{day}{who_}")
    if m["adv"] or who_ == "tôi" and how != "must" or how not in ("plain", "must") or how == "must" and " ".join(
            m["aux"].split()).lower() != "have to":  # ("Does she has to …?")
        return None
    if m["yet"] and q not in ("have", "has"):
        return None  # ("Are you mowing the lawn yet?": started yet?, not "có đang … không?")
    every = f" {EVERY_VI[keyed(m['every'])]}" if m["every"] else ""
    if q in ("do", "does") and how == "must" and "base" in kinds and kind != "behind":
        return f"{head} có phải {said}{every} không?"
    if how == "must":
        return None
    if q in ("do", "does") and every and "base" in kinds:
        return f"{head} có {said}{every} không?"
    if q in ("is", "am", "are") and "ing" in kinds and kind != "behind" and not m["every"]:
        return f"{head} có {'' if kind else 'đang '}{said} không?"
    if q == "did" and "base" in kinds and kind in ("behind", "today"):
        return f"{head} có {said} không?"
    if q in ("have", "has") and "part" in kinds and not (kind or m["every"]):
        return f"{head} đã {said} chưa?"
    return None


def _favour_vi(text: str) -> str | None:
    """"Can you mow the lawn for me?" as "Bạn cắt cỏ giúp tôi được không?", "Could you help me rake the leaves?" as
    "Bạn giúp tôi cào lá được không?" (_FAVOUR_EN); None for anything else, and for both "help me" and "for me"."""
    m = _FAVOUR_EN.fullmatch(text)
    if not m or bool(m["help"]) == bool(m["for"]) or (job := _job_vi(m)) is None or "base" not in job[1]:
        return None
    return f"Bạn giúp tôi {job[0]} được không?" if m["help"] else f"Bạn {job[0]} giúp tôi được không?"


def _grass_vi(text: str) -> str | None:
    """"The grass is too long." as "Cỏ cao quá rồi.", "The grass in the yard is getting too long." as "Cỏ ngoài sân
    cao quá rồi." (_GRASS_EN); None for anything else."""
    m = _GRASS_EN.fullmatch(text)
    if not m:
        return None
    place = f" {PLACES_VI[keyed(m['place'])]}" if m["place"] else ""
    return f"Cỏ{place} cao quá rồi{stop(m['end'])}"
