"""Friends online, both ways, written whole by rule: a friend request sent or accepted (or not yet), being unfriended,
blocked or unblocked on a platform, and being bullied online. v8 (every other rule on) reads "hủy kết bạn" as
cancelling, "lời mời kết bạn" as an answer or an invitation, "bắt nạt" as bullying someone, "friend request" as a
friend asked for, "unfriend" as neglecting: "Anh ấy hủy kết bạn với tôi." → "He canceled you with me.", "Lan vừa xóa
kết bạn với tôi." → "Lan just deleted you with me.", "Tôi gửi lời mời kết bạn cho cô ấy rồi." → "I send your answer to
her.", "Cô ấy chưa chấp nhận lời mời kết bạn của tôi." → "She did not accept my invitation.", "Anh ấy bỏ chặn tôi
rồi." → "He left me.", "Tôi bị cô ấy chặn trên Facebook." → "I'm blocked on Facebook.", "Con tôi bị bắt nạt trên
mạng." → "My child was bullying on the network."; "He unfriended me." → "Anh ấy bỏ bê tôi." (neglected), "I've sent
her a friend request." → "Tôi đã gửi cho cô ấy một yêu cầu bạn.", "She hasn't accepted my friend request yet." → "Cô
ấy chưa chấp nhận được bạn tôi.", "He has unblocked me." → "Anh ta đã bỏ lỡ tôi." (missed), "Was she bullied
online?" → "Có phải cô ấy bắt nạt trực tuyến không?".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking; no pets) unfriending ("hủy kết bạn với",
"xóa kết bạn với"), blocking ("chặn": only on a platform of mt.social_media.PLATFORMS, both ways) or unblocking ("bỏ
chặn") whom (mt.hobbies.WHOM, WHOM_EN), sending a friend request (to whom or not: "gửi lời mời kết bạn cho", "gửi cho
… lời mời kết bạn") or accepting one (whose, or none: "the friend request"), on a platform or not: done (plain or
"đã": "He unfriended me."), done by now ("rồi": "I've sent …"), just ("vừa", "mới"), not yet ("chưa"), asked ("… chưa?",
"Have you … yet?"), ahead ("sẽ", "will"), told ("… nhé", "… đi", "Hãy …"; "bạn" or no one) or told not to ("Đừng
…", "Don't …"); who unfriended or blocked ("bị chặn trên Zalo": "has been blocked on Zalo"), by someone or not; who
bullied online ("bị bắt nạt trên mạng", "qua mạng", "trên mạng xã hội", on a platform): now, before ("đã"), ever
("từng"), often ("hay", "thường"), asked now or ever. Left: adding someone, following and being on a platform
(mt/social_media.py), bullying at school and plain "bị bắt nạt" (mt/school_trouble.py), accounts locked or hacked
(mt/accounts.py), "chặn" of numbers, calls and cards, or with no platform ("Anh ấy chặn tôi.": stopped me?, and "She
blocked me.", in the way?), plain "không" and "có … không?" of the acts ("Bạn có chặn anh ấy không?": did you, or
will you?), "Did …?", "didn't", a habit ("She blocks me"), asked of oneself, whose request his or hers not told
("Lan accepted her friend request."), one's own request ("Lan accepted Lan's …", "Accept your friend request."),
who unfriending themselves, each other ("nhau"), days, and anything else.
mt.phrasebook.translate tries these after mt/emails.py.

    >>> translate("Anh ấy hủy kết bạn với tôi.", "vi", "en"), translate("I've sent her a friend request.", "en", "vi")
    ('He unfriended me.', 'Tôi gửi lời mời kết bạn cho cô ấy rồi.')
"""
from __future__ import annotations

import re

from .hobbies import (OWNER, SOMEONE_EN, WHO, WHO_EN, WHOM, WHOM_EN, animal, as_whom, be_agrees, pet, someone, who,
                      who_vi)
from .lazy_re import lazy
from .rule_keys import key_checked
from .social_media import PLATFORMS
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, EN_OBJECT, EN_WHOSE, SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, \
    keyed, stop

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:kết\s+bạn|chặn|bắt\s+nạt)"), "en": lazy(r"(?i:unfriend|friend\s+request|block|bullied)")}

_P = rf"(?P<p>(?i:{alternatives(PLATFORMS)}))"
_ON = rf"(?:\s+trên\s+{_P})?"
_ON_EN = rf"(?:\s+on\s+{_P})?"
_REQUEST = r"(?i:lời\s+mời\s+kết\s+bạn)"
# what is done to whom (or whose request), in Vietnamese; "send" said two ways
_ACTS_VI = (("unfriend", rf"(?i:hủy|huỷ|xóa|xoá)\s+kết\s+bạn\s+với\s+{WHOM}"), ("block", rf"(?i:chặn)\s+{WHOM}"),
            ("unblock", rf"(?i:bỏ\s+chặn)\s+{WHOM}"), ("send", rf"(?i:gửi)\s+{_REQUEST}(?:\s+cho\s+{WHOM})?"),
            ("send", rf"(?i:gửi)\s+cho\s+{WHOM}\s+(?:một\s+)?{_REQUEST}"),
            ("accept", rf"(?i:chấp\s+nhận|đồng\s+ý)\s+{_REQUEST}(?:\s+của\s+{OWNER})?"))
_SAID = [(act, lazy(rf"(?:{WHO}\s+)?(?:(?P<aux>(?i:đã|vừa\s+mới|vừa|mới|sẽ|chưa|hãy|đừng))\s+)?{said}{_ON}"
                    rf"(?:\s+(?P<tail>rồi|chưa|nhé|đi))?{SOFTENER}\s*(?P<end>[.!?]*)")) for act, said in _ACTS_VI]
# what "aux" and "tail" of _SAID say together ("không" and "có … không?" are left: did, or will?)
_ASPECTS = {("", ""): "past", ("đã", ""): "past", ("", "rồi"): "done", ("đã", "rồi"): "done", ("vừa", ""): "just",
            ("mới", ""): "just", ("vừa mới", ""): "just", ("chưa", ""): "not yet", ("", "chưa"): "yet?",
            ("đã", "chưa"): "yet?", ("sẽ", ""): "will", ("", "nhé"): "tell", ("", "đi"): "tell", ("hãy", ""): "tell",
            ("hãy", "nhé"): "tell", ("hãy", "đi"): "tell", ("đừng", ""): "don't", ("đừng", "nhé"): "don't"}
# who unfriended or blocked, by someone (group agent) or not ("Tôi bị chặn trên Zalo.", "Tôi bị cô ấy chặn …")
_AGENT = WHOM.replace("(?P<whom>", "(?P<agent>", 1)
_DONE_TO = lazy(rf"{WHO}\s+(?:(?P<aux>(?i:đã|vừa\s+mới|vừa|mới))\s+)?bị\s+(?:{_AGENT}\s+)?(?P<act>(?i:chặn|"
                rf"(?:hủy|huỷ|xóa|xoá)\s+kết\s+bạn)){_ON}(?:\s+(?P<tail>rồi))?{SOFTENED_END}")
# who bullied online ("Con tôi bị bắt nạt trên mạng.", "Bạn có từng bị bắt nạt qua mạng không?")
_WHERE = {"trên mạng xã hội": " on social media", "trên mạng": " online", "qua mạng": " online"}
_BULLIED = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+)?(?:(?P<aux>(?i:đang|đã\s+từng|đã|từng|hay|thường))\s+)?bị\s+bắt\s+nạt"
                rf"\s+(?:(?P<where>{alternatives(_WHERE)})|trên\s+{_P}){ASKED_END}")

# ... in English
_ACTS_EN = (("unfriend", rf"(?P<verb>(?i:unfriend|unfriends|unfriended))\s+{WHOM_EN}"),
            ("block", rf"(?P<verb>(?i:block|blocks|blocked))\s+{WHOM_EN}"),
            ("unblock", rf"(?P<verb>(?i:unblock|unblocks|unblocked))\s+{WHOM_EN}"),
            ("send", rf"(?P<verb>(?i:send|sends|sent))\s+{WHOM_EN}\s+a\s+friend\s+request"),
            ("send", rf"(?P<verb>(?i:send|sends|sent))\s+a\s+friend\s+request(?:\s+to\s+{WHOM_EN})?"),
            ("accept", rf"(?P<verb>(?i:accept|accepts|accepted))\s+(?:(?P<owner>(?i:{WHOSE_WORDS}))|"
                       rf"(?P<someone>{SOMEONE_EN})['’]s|(?P<the>the))\s+friend\s+request"))
_SAID_EN = [(act, lazy(rf"(?:(?P<please>Please)\s+|(?P<dont>Don['’]t|Do\s+not)\s+|(?:(?P<aux0>Have|Has)\s+)?{WHO_EN}"
                       r"(?P<aux>\s+(?:will|have|has)|['’](?:ll|ve|s))?(?P<not>\s+not|n['’]t)?(?:\s+(?P<adv>already|"
                       rf"just))?\s+)?{said}{_ON_EN}(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")) for act, said in _ACTS_EN]
_DONE_TO_EN = lazy(rf"{WHO_EN}(?:(?P<have>\s+have|\s+has|['’]ve|['’]s)(?:\s+(?P<just>just))?\s+been|(?P<was>\s+was|"
                   rf"\s+were|\s+got))\s+(?P<act>blocked|unfriended)(?:\s+by\s+{WHOM_EN})?{_ON_EN}\s*(?P<end>[.!]*)")
_WHERE_EN = {"online": " trên mạng", "on social media": " trên mạng xã hội"}
_BULLIED_EN = lazy(rf"(?:(?P<q>Is|Are|Am|Has|Have)\s+)?{WHO_EN}(?P<aux>\s+is|\s+are|\s+am|\s+was|\s+were|\s+has|"
                   r"\s+have|['’]s|['’]re|['’]m|['’]ve)?(?:\s+(?P<adv>often|ever))?(?:\s+(?P<verb>being|been|gets|"
                   rf"get))?\s+bullied\s+(?:(?P<where>{alternatives(_WHERE_EN)})|on\s+{_P})\s*(?P<end>[.!?]*)")

# the English verb's forms (base, after he or she, past and participle), and what follows it ({whom}, {whose}, {on})
_FORMS = {"unfriend": ("unfriend", "unfriends", "unfriended"), "block": ("block", "blocks", "blocked"),
          "unblock": ("unblock", "unblocks", "unblocked"), "send": ("send", "sends", "sent"),
          "accept": ("accept", "accepts", "accepted")}
_REST = {"unfriend": "{whom}", "block": "{whom}", "unblock": "{whom}", "send": "{whom} a friend request",
         "accept": "{whose} friend request"}
_VI = {"unfriend": "hủy kết bạn với {whom}", "block": "chặn {whom}", "unblock": "bỏ chặn {whom}",
       "send": "gửi lời mời kết bạn cho {whom}", "accept": "chấp nhận lời mời kết bạn của {whose}"}
# each aspect in English ({past} also the participle: these verbs' are one) and in Vietnamese
_ENGLISH = {"past": "{who} {past}", "done": "{who} {have} {past}", "just": "{who} {have} just {past}",
            "not yet": "{who} {have}n't {past} yet", "yet?": "{Have} {who} {past} yet?", "will": "{who} will {base}",
            "tell": "{base}", "don't": "Don't {base}"}
_VIETNAMESE = {"past": "{who} {act}", "done": "{who} {act} rồi", "just": "{who} vừa {act}",
               "not yet": "{who} chưa {act}", "yet?": "{who} đã {act} chưa?", "will": "{who} sẽ {act}",
               "tell": "{act} nhé", "don't": "Đừng {act}"}
# what the words of _BULLIED_EN say, by (asking, after who, adverb, verb), in Vietnamese ("?": asked)
_BULLIED_HOW = {("", "be", "", "being"): "đang", ("", "was", "", ""): "đã", ("", "has", "", "been"): "từng",
                ("", "", "often", "get"): "hay", ("be", "", "", "being"): "có?",
                ("has", "", "ever", "been"): "có từng?"}
_SUBJECT = {obj: who_ for who_, obj in EN_OBJECT.items()}  # ("him" → "he": an agent said as whom)


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a friend request sent or accepted, someone unfriended, blocked or unblocked,
    or someone bullied online; None for any other."""
    if src == "vi":
        said = next((said for act, p in _SAID if (m := p.fullmatch(text)) and (said := _said(m, act))), None)
        return said or _done_to(text) or _bullied(text)
    said = next((said for act, p in _SAID_EN if (m := p.fullmatch(text)) and (said := _said_vi(m, act))), None)
    return said or _done_to_vi(text) or _bullied_vi(text)


def _one(who_: str) -> bool:
    """Whether who in English takes "has", "-s" ("she", "my mother", "Lan"; not "I", "you", "we", "they")."""
    return who_ not in ("I", "you", "we", "they")


def _clear(who_: str, whose: str) -> bool:
    """Whether whose request (English "his", "her", "their", "my" …) is read for sure beside who accepts it: not one's
    own ("I … my"), nor "his" or "her" after anyone but a pronoun of the other sex ("She accepted his …": his; "Lan
    accepted her …": hers, or another's?)."""
    if whose == EN_WHOSE.get(who_) or whose == "their":
        return False
    return whose not in ("his", "her") or who_ in ("", "I", "you", "we", "they", "he", "she")


def _aspect(m: re.Match) -> str | None:
    """What a match of _SAID says by its "aux" and "tail" (_ASPECTS); None where they do not go together, where a
    "?" is not asked by them, or where told is said of anyone but "bạn"."""
    aspect = _ASPECTS.get((keyed(m["aux"] or ""), keyed(m["tail"] or "")))
    if aspect is None or ("?" in m["end"]) != aspect.endswith("?"):
        return None
    subject = keyed(m["who"] or "") if not (m["kin"] or m["title"] or m["given"]) else "someone"
    if aspect in ("tell", "don't"):
        return aspect if subject in ("", "bạn") else None
    return aspect if subject else None


def _said(m: re.Match, act: str) -> str | None:
    """"Anh ấy hủy kết bạn với tôi." as "He unfriended me.", "Tôi gửi lời mời kết bạn cho cô ấy rồi." as "I've sent
    her a friend request.", "Cô ấy chưa chấp nhận lời mời kết bạn của tôi." as "She hasn't accepted my friend request
    yet.", "Gửi lời mời kết bạn cho tôi nhé." as "Send me a friend request." (_SAID); None for anything else, for
    blocking with no platform, and for whom or whose not read."""
    aspect = _aspect(m)
    if aspect is None or act == "block" and not m["p"]:
        return None
    told = aspect in ("tell", "don't")
    said = ("", False) if told else (None if animal(m) else who(m, aspect.endswith("?")))
    if said is None or said[0] == "I" and aspect.endswith("?"):
        return None
    who_, one = said
    groups = m.groupdict()
    whom = as_whom(m["whom"], "vi") if groups.get("whom") else ""
    whose = _whose(m, who_) if act == "accept" else ""
    if whom is None or whose is None or whom and (pet(m["whom"], "vi") or told and whom == "you") or \
            who_ and whom == EN_OBJECT.get(who_, who_):
        return None
    rest = _REST[act].format(whom=whom, whose=whose or "the").replace("  ", " ").strip()
    on = f" on {PLATFORMS[keyed(m['p'])]}" if m["p"] else ""
    base, s, past = (f"{form} {rest}{on}" for form in _FORMS[act])
    out = _ENGLISH[aspect].format(who=who_, past=past, base=base, have="has" if one else "have",
                                  Have="Has" if one else "Have")
    if aspect in ("done", "just", "will"):
        out = contracted(who_, out.removeprefix(f"{who_} "))
    return capitalised(out if out.endswith("?") else f"{out}{stop(m['end'])}")


def _whose(m: re.Match, who_: str) -> str | None:
    """Whose request, in English, of a match of _SAID's OWNER ("của tôi": "my", "của Lan": "Lan's"), "" for none;
    None where it is not read for sure beside who (`_clear`, who told being "you": "Chấp nhận … của bạn nhé." is
    your own, or a friend's?; "của mình" of anyone but "I"), and for who's own ("Lan … của Lan")."""
    if m["owner"]:
        whose = OWNERS[keyed(m["owner"])]
        return whose if _clear(who_ or "you", whose) and (keyed(m["owner"]) != "mình" or who_ == "I") else None
    if m["someone"]:
        said = someone(m["someone"], "vi")
        return (said and f"{said}'s") if said != who_ else None
    return ""


def _done_to(text: str) -> str | None:
    """"Tôi bị chặn trên Zalo." as "I've been blocked on Zalo.", "Tôi bị cô ấy chặn trên Facebook." as "She blocked me
    on Facebook.", "Anh ấy vừa bị hủy kết bạn." as "He's just been unfriended." (_DONE_TO); None for anything else,
    and for blocking with no platform."""
    m = _DONE_TO.fullmatch(text)
    aspect = m and _ASPECTS.get((keyed(m["aux"] or ""), keyed(m["tail"] or "")))
    if aspect not in ("past", "done", "just") or "?" in m["end"] or animal(m) or not (said := who(m, False)):
        return None
    act = "block" if keyed(m["act"]) == "chặn" else "unfriend"
    if act == "block" and not m["p"]:
        return None
    who_, one = said
    on, past = f" on {PLATFORMS[keyed(m['p'])]}" if m["p"] else "", _FORMS[act][2]
    if m["agent"]:  # (said as done by the agent: "She blocked me on Facebook.")
        agent = as_whom(m["agent"], "vi")
        agent = agent and _SUBJECT.get(agent, agent)
        whom = EN_OBJECT.get(who_, who_)
        if not agent or pet(m["agent"], "vi") or agent == who_:
            return None
        have = "has" if _one(agent) else "have"
        said = {"past": f"{agent} {past}", "done": f"{have} {past}", "just": f"{have} just {past}"}[aspect]
        out = said if aspect == "past" else contracted(agent, said)
        return capitalised(f"{out} {whom}{on}{stop(m['end'])}")
    if keyed(m["aux"] or "") == "đã" and not m["tail"]:  # ("Tôi đã bị chặn …": "I was blocked …")
        return capitalised(f"{who_} {'was' if one or who_ == 'I' else 'were'} {past}{on}{stop(m['end'])}")
    been = f"{'has' if one else 'have'} {'just ' * (aspect == 'just')}been"
    return capitalised(f"{contracted(who_, been)} {past}{on}{stop(m['end'])}")


def _bullied(text: str) -> str | None:
    """"Con tôi bị bắt nạt trên mạng." as "My child is being bullied online.", "Cô ấy đã bị bắt nạt trên mạng xã hội."
    as "She was bullied on social media.", "Bạn có từng bị bắt nạt qua mạng không?" as "Have you ever been bullied
    online?" (_BULLIED); None for anything else, for a pet, and for "I" asked."""
    m = _BULLIED.fullmatch(text)
    asked = bool(m and m["asked"])
    if not m or asked != ("?" in m["end"]) or bool(m["ask"]) != asked or animal(m) or not (said := who(m, asked)):
        return None
    who_, one = said
    aux = keyed(m["aux"] or "").replace("đã từng", "từng")
    if asked and (who_ == "I" or aux not in ("", "đang", "từng")):
        return None
    where = _WHERE[keyed(m["where"])] if m["where"] else f" on {PLATFORMS[keyed(m['p'])]}"
    be, have = "is" if one else "am" if who_ == "I" else "are", "has" if one else "have"
    if asked:  # ("có đang … không?" asks now, as "có … không?" does; "có từng … không?" asks ever)
        return f"{have.capitalize()} {who_} ever been bullied{where}?" if aux == "từng" else \
            f"{be.capitalize()} {who_} being bullied{where}?"
    said = {"": f"{be} being", "đang": f"{be} being", "đã": "was" if one or who_ == "I" else "were",
            "từng": f"{have} been", "hay": f"often {'gets' if one else 'get'}"}[aux.replace("thường", "hay")]
    return capitalised(f"{contracted(who_, said) if aux != 'đã' else f'{who_} {said}'} bullied{where}{stop(m['end'])}")


def _aspect_en(m: re.Match, act: str, one: bool) -> str | None:
    """What a match of _SAID_EN says by the words before the verb and the verb's form, as `_aspect`; None where they
    do not agree with who (`one`: he, she, a name) or do not go together ("She have sent", "I sends", "Did …?")."""
    base, s, _ = _FORMS[act]
    verb = m["verb"].lower()
    form = "base" if verb == base else "s" if verb == s else "past"
    aux0, aux = (m["aux0"] or "").lower(), {"'ll": "will", "'ve": "have", "'s": "has"}.get(
        keyed((m["aux"] or "").replace("’", "'")), keyed(m["aux"] or ""))
    have = "has" if one else "have"
    if m["please"] or m["dont"] or not (m["who"] or m["kin"] or m["given"]):
        return ("don't" if m["dont"] else "tell") if form == "base" and not m["yet"] else None
    if aux0:
        return "yet?" if aux0 == have and not (aux or m["not"] or m["adv"]) and form == "past" else None
    if m["yet"] and not (aux == have and m["not"]):
        return None
    if not aux:
        return None if m["not"] or form != "past" else {"": "past", "just": "just", "already": "done"}[m["adv"] or ""]
    if aux in ("have", "has"):
        if aux != have or form != "past" or m["not"] and m["adv"]:
            return None
        return "not yet" if m["not"] else "just" if m["adv"] == "just" else "done"
    return "will" if aux == "will" and form == "base" and not (m["not"] or m["adv"]) else None


def _said_vi(m: re.Match, act: str) -> str | None:
    """"He unfriended me." as "Anh ấy hủy kết bạn với tôi.", "I've sent her a friend request." as "Tôi gửi lời mời kết
    bạn cho cô ấy rồi.", "Have you accepted his friend request yet?" as "Bạn đã chấp nhận lời mời kết bạn của anh
    ấy chưa?", "Don't block me on Facebook." as "Đừng chặn tôi trên Facebook." (_SAID_EN); None for anything else."""
    subject = m["who"] or m["kin"] or m["given"]
    who_, one = who_vi(m) if subject else ("", False)
    aspect = _aspect_en(m, act, one)
    if aspect is None or aspect.endswith("?") != ("?" in m["end"]) or act == "block" and not m["p"] or \
            subject and (animal(m) or who_ == "tôi" and aspect == "yet?"):
        return None
    whom = as_whom(m["whom"], "en") if m.groupdict().get("whom") else ""
    whose = _whose_vi(m, who_) if act == "accept" else ""
    if whom is None or whose is None or whom and (pet(m["whom"], "en") or whom == (who_ or "bạn")):
        return None  # (no one unfriends themselves; "Send you a friend request.")
    said = _VI[act].format(whom=whom, whose=whose)
    if not whom and act == "send" or not whose and act == "accept":
        said = said.removesuffix(" cho ").removesuffix(" của ")  # (no one named: "gửi lời mời kết bạn")
    said += f" trên {PLATFORMS[keyed(m['p'])]}" if m["p"] else ""
    out = _VIETNAMESE[aspect].format(who=who_, act=said)
    return capitalised(out if out.endswith("?") else f"{out}{stop(m['end'])}")


def _whose_vi(m: re.Match, who_vi_: str) -> str | None:
    """Whose request, in Vietnamese, of a match of _SAID_EN ("my": "tôi", "Lan's": "Lan"), "" for "the"; None where it
    is not read for sure beside who (`_clear`, who told being "you": "Accept your friend request."), and for who's
    own ("Lan accepted Lan's …")."""
    if m["the"]:
        return ""
    if m["someone"]:
        said = someone(m["someone"], "en")
        return said if said != who_vi_ else None
    whose = m["owner"].lower()
    who_en = m["who"] and ("I" if m["who"].lower() == "i" else m["who"].lower())
    return WHOSE_VI[whose] if _clear(who_en or who_vi_ or "you", whose) else None


def _done_to_vi(text: str) -> str | None:
    """"I've been blocked on Zalo." as "Tôi bị chặn trên Zalo.", "She was blocked by him on Facebook." as "Cô ấy đã bị
    anh ấy chặn trên Facebook.", "He's just been unfriended." as "Anh ấy vừa bị hủy kết bạn." (_DONE_TO_EN); None
    for anything else, for blocking with no platform, and where the verb does not agree with who."""
    m = _DONE_TO_EN.fullmatch(text)
    if not m or m["act"] == "blocked" and not m["p"] or animal(m):
        return None
    who_, one = who_vi(m)
    have = keyed((m["have"] or "").replace("’", "'"))
    if have and have not in (("has", "'s") if one else ("have", "'ve")) or m["was"] and not (
            keyed(m["was"]) == "got" or be_agrees(m, m["was"], past=True)):
        return None
    agent = as_whom(m["whom"], "en") if m["whom"] else ""
    if agent is None or agent == who_ or m["whom"] and pet(m["whom"], "en"):
        return None
    tense = "đã " if keyed(m["was"] or "") in ("was", "were") else "vừa " if m["just"] else ""
    act = "chặn" if m["act"] == "blocked" else "hủy kết bạn"
    on = f" trên {PLATFORMS[keyed(m['p'])]}" if m["p"] else ""
    return capitalised(f"{who_} {tense}bị {f'{agent} ' if agent else ''}{act}{on}{stop(m['end'])}")


def _bullied_vi(text: str) -> str | None:
    """"My child is being bullied online." as "Con tôi đang bị bắt nạt trên mạng.", "She was bullied on social
    media." as "Cô ấy đã bị bắt nạt trên mạng xã hội.", "Is your son being bullied online?" as "Con trai bạn có bị bắt
    nạt trên mạng không?" (_BULLIED_EN); None for anything else, "I" asked, and where the verbs do not agree with
    who."""
    m = _BULLIED_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m):
        return None
    who_, one = who_vi(m)
    verb, said = (m["verb"] or "").replace("gets", "get"), keyed((m["q"] or m["aux"] or "").replace("’", "'"))
    if said == "'s":  # ("She's been": has; "She's being": is)
        said = "has" if verb == "been" else "is"
    kind = "be" if said in ("is", "are", "am", "'re", "'m") else "was" if said in ("was", "were") else said and "has"
    how = _BULLIED_HOW.get((kind if m["q"] else "", "" if m["q"] else kind, m["adv"] or "", verb))
    agrees = be_agrees(m, said, kind == "was") if kind in ("be", "was") else said in (
        ("has",) if one else ("have", "'ve")) if kind else (m["verb"] == "gets") == one
    if how is None or not agrees or how.endswith("?") and who_ == "tôi":
        return None
    where = _WHERE_EN[keyed(m["where"])] if m["where"] else f" trên {PLATFORMS[keyed(m['p'])]}"
    if how.endswith("?"):
        return capitalised(f"{who_} {how[:-1]} bị bắt nạt{where} không?")
    return capitalised(f"{who_} {how} bị bắt nạt{where}{stop(m['end'])}")
