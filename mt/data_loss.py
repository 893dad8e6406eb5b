"""Losing work on a computer, both ways, written whole by rule: a file not saved, all one's data lost, a file deleted
by mistake, a computer shutting down of a sudden ("sập nguồn"), backing up, and getting a file or one's data back.
v8 (every other rule on) reads "mất hết" as lost, "sập nguồn" as a source, "sao lưu" as saving or copying, and "back
up" as supporting: "Tôi bị mất hết dữ liệu." → "I'm lost all of the data.", "Máy tính của tôi bị sập nguồn." → "My
computer was getting a source.", "Bạn đã sao lưu dữ liệu chưa?" → "Do you save the data?", "Tôi lấy lại được file
rồi." → "I regained the file.", "Tôi chưa sao lưu dữ liệu." → "I haven't been copying the data.", "Anh ấy vừa xóa
nhầm thư mục." → "He miss the folder.", "Laptop của Lan tự nhiên bị sập nguồn." → "The Laptop of Land's naturally
collapsed."; "I've lost all my data." → "Tôi đã mất tất cả dữ liệu của tôi.", "My computer suddenly shut down." →
"Máy tính của tôi đột ngột đóng cửa." (closed its doors), "I got the file back." → "Tôi có lại tập tin.", "We've
backed up our data." → "Chúng tôi đã ủng hộ dữ liệu của chúng tôi." (supported), "He accidentally deleted the
folder." → "Anh ta đột ngột xóa thư mục." (suddenly), "Lan's laptop just shut down." → "… chỉ đóng cửa.".

Taken: who (mt.hobbies.WHO, WHO_EN; not a pet, not "I" asked) forgot to save or to back up a file, a document or
their data ("quên lưu file", asked "có … không?"); saved or backed one up ("đã … rồi", "vừa"), not yet ("chưa"),
asked "… chưa?"; lost all their data ("bị mất hết dữ liệu"), just, almost ("suýt"), not, asked (any data, all of
it); deleted a file, a document, a folder or data ("the data": whose is not said) by mistake ("xóa nhầm", "lỡ
xóa"), just, almost; got it back ("lấy lại được") or recovered it ("khôi phục được"), could not, not yet, asked "…
chưa?"; "Nhớ lưu file nhé." and "Đừng quên sao lưu dữ liệu nhé." (remember, don't forget); a computer, a laptop, a
phone or a tablet, whose or not, that suddenly shut down ("bị sập nguồn"), just, again, keeps doing it, asked. English
the same, its verbs agreeing with who and only one's own data. Left: "Tôi lưu file." and "Tôi bị mất dữ liệu." (when?
how much?), "Bạn có lấy lại được file không?" (could you, or did you?), "Bạn có sao lưu dữ liệu không?" (a habit, or
done?), a name alone losing or backing up data (his or hers?), "anh", "chị", "em" alone saying it, data lost from a
device ("Máy tính của tôi bị mất hết dữ liệu."), "bị sập" with no "nguồn", "Tôi phải làm lại từ đầu." (redoing
what?), data not lost "yet" ("I haven't lost any data yet.": "chưa"), a device asked without "suddenly" ("Did your
phone shut down?": on purpose?); a device that froze, turned itself off ("tự tắt") or keeps shutting down in English
(mt/tech_trouble.py), the power cut (mt/outages.py), storage and photos deleted to free it (mt/phone_storage.py),
mobile data run out ("hết dữ liệu": mt/phone_credit.py).
mt.phrasebook.translate tries these after mt/friend_requests.py.

    >>> translate("Tôi bị mất hết dữ liệu.", "vi", "en"), translate("My computer suddenly shut down.", "en", "vi")
    ("I've lost all my data.", 'Máy tính của tôi bị sập nguồn.')
"""
from __future__ import annotations

import re

from .hobbies import OWNER, SOMEONE_EN, WHO, WHO_EN, own_thing, owner_of, person_of, someone, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import WHOSE_VI, WHOSE_WORDS
from .text import ASKED_END, alternatives, capitalised, contracted, keyed

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:lưu|dữ\s+liệu|xóa|xoá|lấy\s+lại\s+được|khôi\s+phục|sập\s+nguồn|backup|back\s+up)"),
         "en": lazy(r"(?i:sav|back|data|delet|recover|shut)")}
# what is saved, lost or got back, in English ("data" with whose: "my data") and back in Vietnamese
_OBJ = {"file": "the file", "tệp": "the file", "tệp tin": "the file", "tập tin": "the file",
        "tài liệu": "the document", "thư mục": "the folder", "dữ liệu": "data"}
_OBJ_VI = {"file": "file", "document": "tài liệu", "folder": "thư mục", "data": "dữ liệu"}
# what each doing is said of (data only is lost: "Tôi bị mất hết file." is left)
_OF = {"save": {"file", "document", "data"}, "backup": set(_OBJ_VI), "lose": {"data"}, "delete": set(_OBJ_VI),
       "get": set(_OBJ_VI), "recover": set(_OBJ_VI)}
_DEVICES = {"máy tính": "computer", "máy vi tính": "computer", "laptop": "laptop", "máy tính xách tay": "laptop",
            "điện thoại": "phone", "máy tính bảng": "tablet"}
_DEVICES_VI = {"computer": "máy tính", "laptop": "laptop", "phone": "điện thoại", "tablet": "máy tính bảng"}

# who did what to which ("Tôi quên lưu file.", "Bạn đã sao lưu dữ liệu chưa?", "Tôi bị mất hết dữ liệu rồi.")
_DOING = (r"(?P<save>lưu(?:\s+lại)?)|(?P<backup>sao\s+lưu|backup|back\s+up)|(?P<lose>(?:bị\s+)?mất)|"
          r"(?P<delete>(?:lỡ\s+(?:tay\s+)?)?(?:xóa|xoá)\s+nhầm|lỡ\s+(?:tay\s+)?(?:xóa|xoá)(?:\s+mất)?)|"
          r"(?P<get>lấy\s+lại\s+được)|(?P<recover>khôi\s+phục(?:\s+lại)?\s+được)")
_ACT = lazy(rf"{WHO}\s+(?:(?P<aux>đã|vừa\s+mới|vừa|chưa|không|có|suýt(?:\s+nữa)?)\s+)?"
            rf"(?:(?P<forgot>quên)(?:\s+không)?\s+)?(?:{_DOING})\s+"
            r"(?:(?P<all>hết(?:\s+sạch|\s+toàn\s+bộ|\s+tất\s+cả)?|sạch|toàn\s+bộ|tất\s+cả)\s+)?"
            rf"(?P<obj>{alternatives(_OBJ)})(?:\s+(?P<done>rồi))?(?:\s+(?P<yet>chưa))?{ASKED_END}")
# remember to, don't forget to ("Nhớ lưu file nhé.", "Đừng quên sao lưu dữ liệu nhé.")
_REMIND = lazy(r"(?:(?P<you>[Bb]ạn)\s+)?(?P<how>(?i:nhớ|đừng\s+quên))\s+(?:(?P<save>lưu(?:\s+lại)?)|"
               rf"(?P<backup>sao\s+lưu|backup))\s+(?P<obj>{alternatives(_OBJ)})(?:\s+(?:nhé|nha|đấy))?"
               r"\s*(?P<end>[.!]*)")
# a device shutting down of a sudden ("Máy tính của tôi bị sập nguồn.", "Laptop của Lan tự nhiên bị sập nguồn.")
_POWER = lazy(rf"(?:(?i:cái|chiếc)\s+)?(?P<dev>(?i:{alternatives(_DEVICES)}))(?:\s+(?:của\s+)?{OWNER})?\s+"
              r"(?:(?P<how>tự\s+nhiên|đột\s+nhiên|bỗng\s+nhiên|bỗng\s+dưng|vừa\s+mới|vừa|lại|cứ|có)\s+)?"
              rf"bị\s+sập\s+nguồn(?:\s+(?P<done>rồi))?{ASKED_END}")

# ... and in English ("I forgot to save the file.", "Have you backed up your data?", "I got the file back.")
_AUX_EN = (r"(?P<aux>\s+(?:have|has|did|could)(?:\s+not|n['’]t)?|['’](?:ve|s))?(?:\s+(?P<adv>just|already|almost|"
           r"nearly|accidentally))?")
_VERB_EN = (r"(?P<verb>(?:forgot|forget)\s+to\s+(?:save|back\s+up)|saved|backed\s+up|lost|lose|deleted|"
            r"(?:(?:managed|manage|been\s+able)\s+to\s+)?(?:get|recover)|got|recovered)")
_OBJ_EN = (rf"(?:(?P<all>all|any)\s+(?:of\s+)?)?(?:(?P<det>the|(?P<owner>(?i:{WHOSE_WORDS})))\s+"
           r"(?P<wrong>wrong\s+)?(?P<obj>file|document|folder|data)|(?P<bare>data))")
_ACT_EN = lazy(rf"(?:(?P<q>Did|Have|Has)\s+)?{WHO_EN}{_AUX_EN}\s+{_VERB_EN}\s+{_OBJ_EN}(?P<back>\s+back)?"
               r"(?P<mistake>\s+by\s+mistake)?(?P<yet>\s+yet)?\s*(?P<end>[.!?]*)")
_REMIND_EN = lazy(r"(?P<how>Remember|Don['’]t\s+forget)\s+to\s+(?P<verb>save|back\s+up)\s+(?:the\s+(?P<obj>file|"
                  r"document)|your\s+(?P<data>data))\s*(?P<end>[.!]*)")
_POWER_EN = lazy(rf"(?:(?P<q>Did)\s+)?(?:(?P<det>(?i:the|{WHOSE_WORDS}))|(?P<named>{SOMEONE_EN})['’]s)\s+"
                 rf"(?P<dev>{alternatives(_DEVICES_VI)})(?:\s+(?P<adv>suddenly|just))?\s+shut\s+(?:down|off)"
                 r"(?:\s+(?P<adv2>suddenly|all\s+of\s+a\s+sudden))?\s*(?P<end>[.!?]*)")
# English words of each doing: the verb, its past participle, and how a sentence asks it ("Have you …?")
_EN = {"save": ("save", "saved"), "backup": ("back up", "backed up")}
_VI = {"save": "lưu", "backup": "sao lưu", "lose": "bị mất", "delete": "xóa nhầm", "get": "lấy lại được",
       "recover": "khôi phục được"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says a file was not saved, data lost, a file deleted by mistake, a device
    shutting down of a sudden, a backup done or not, or a file got back; None for any other."""
    if src == "vi":
        return _act(text) or _remind(text) or _power(text)
    return _act_vi(text) or _remind_vi(text) or _power_vi(text)


def _kind(m: re.Match) -> str:
    """Which doing a match of _ACT or _REMIND says: "save", "backup", "lose", "delete", "get", "recover"."""
    groups = m.groupdict()
    return next(k for k in ("save", "backup", "lose", "delete", "get", "recover") if groups.get(k))


def _form(m: re.Match) -> str | None:
    """How a match of _ACT says it: "forgot", "forgot?", "yet?" ("… chưa?"), "asked" ("có … không?"), "not yet"
    ("chưa"), "not", "just", "almost", "done" ("đã", "rồi") or "plain"; None for a "?" on a statement, "có" with no
    "không", or words that do not go together."""
    aux, asked, yet, done = keyed(m["aux"] or ""), bool(m["asked"]), bool(m["yet"]), bool(m["done"])
    if ("?" in m["end"]) != (asked or yet) or asked and yet or (aux == "có") != asked:
        return None
    if m["forgot"]:
        return None if yet or aux not in ("", "đã", "có") else "forgot?" if asked else "forgot"
    if yet:
        return "yet?" if aux in ("", "đã") and not done else None
    if asked:
        return "asked"
    if aux in ("chưa", "không", "suýt", "suýt nữa"):
        return None if done else "not yet" if aux == "chưa" else "not" if aux == "không" else "almost"
    return "just" if aux.startswith("vừa") else "done" if aux == "đã" or done else "plain"


# which forms each doing is taken in ("Tôi lưu file.": now, a habit, or done? "Bạn có lấy lại được file không?": could
# you, or did you?)
_FORMS = {"save": {"forgot", "forgot?", "yet?", "not yet", "just", "done"},
          "backup": {"forgot", "forgot?", "yet?", "not yet", "just", "done"},
          "lose": {"asked", "not", "just", "almost", "done", "plain"}, "delete": {"just", "almost", "done", "plain"},
          "get": {"not", "not yet", "yet?", "done", "plain"}, "recover": {"not", "not yet", "yet?", "done", "plain"}}


def _act(text: str) -> str | None:
    """"Tôi quên lưu file." as "I forgot to save the file.", "Tôi bị mất hết dữ liệu." as "I've lost all my data.",
    "Tôi xóa nhầm file rồi." as "I deleted the file by mistake.", "Bạn đã sao lưu dữ liệu chưa?" as "Have you backed up
    your data?", "Tôi lấy lại được file rồi." as "I got the file back." (_ACT); None for anything else."""
    m = _ACT.fullmatch(text)
    form = m and _form(m)
    if not form:
        return None
    kind, obj = _kind(m), _OBJ[keyed(m["obj"])]
    said = person_of(m, form.endswith("?") or form == "asked")
    if said is None or form not in _FORMS[kind] or obj.split()[-1] not in _OF[kind]:
        return None
    # all lost only ("Tôi bị mất dữ liệu.": some, or all?), but asked or denied; "hết" said of nothing else
    if (m["all"] if kind != "lose" else not m["all"] and form not in ("asked", "not")):
        return None
    who_, one = said
    if obj == "data":
        # (whose data was deleted by mistake is not said: another's as often as one's own)
        whose = "the" if kind == "delete" else whose_own(m, who_)
        if whose is None:
            return None  # (a name alone: his data, or hers?)
        obj = f"{whose} data"
    return capitalised(_said_en(kind, form, who_, one, obj, bool(m["all"])))


def _said_en(kind: str, form: str, who_: str, one: bool, obj: str, all_: bool) -> str:
    """The English of who doing `kind` to `obj` in the form `form` (as _form gives it)."""
    have, not_have = ("has", "hasn't") if one else ("have", "haven't")
    if kind in _EN:
        verb, done = _EN[kind]
        return {"forgot": f"{who_} forgot to {verb} {obj}.", "forgot?": f"Did {who_} forget to {verb} {obj}?",
                "yet?": f"{have.capitalize()} {who_} {done} {obj}?", "not yet": f"{who_} {not_have} {done} {obj} yet.",
                "just": contracted(who_, f"{have} just {done} {obj}."),
                "done": contracted(who_, f"{have} {done} {obj}.")}[form]
    if kind == "lose":
        data = f"all {obj}" if all_ else "any data"
        return {"asked": f"Did {who_} lose {data}?", "not": f"{who_} didn't lose {data}.",
                "just": contracted(who_, f"{have} just lost {data}."), "almost": f"{who_} almost lost {data}.",
                "done": contracted(who_, f"{have} lost {data}."),
                "plain": contracted(who_, f"{have} lost {data}.")}[form]
    if kind == "delete":
        how = {"just": "just deleted", "almost": "almost deleted"}.get(form, "deleted")
        return f"{who_} {how} {obj} by mistake."
    verb, done = ("get", f"{obj} back") if kind == "get" else ("recover", obj)
    return {"not": f"{who_} couldn't {verb} {done}.", "not yet": f"{who_} {not_have} been able to {verb} {done} yet.",
            "yet?": f"{have.capitalize()} {who_} managed to {verb} {done}?",
            "done": f"{who_} got {done}." if kind == "get" else f"{who_} managed to recover {done}.",
            "plain": f"{who_} got {done}." if kind == "get" else f"{who_} managed to recover {done}."}[form]


def _remind(text: str) -> str | None:
    """"Nhớ lưu file nhé." as "Remember to save the file.", "Đừng quên sao lưu dữ liệu nhé." as "Don't forget to back
    up your data." (_REMIND); None for anything else."""
    m = _REMIND.fullmatch(text)
    if not m:
        return None
    obj = _OBJ[keyed(m["obj"])]
    obj = "your data" if obj == "data" else obj
    if obj == "the folder":
        return None
    how = "Remember" if keyed(m["how"]) == "nhớ" else "Don't forget"
    return f"{how} to {_EN[_kind(m)][0]} {obj}{'!' if '!' in m['end'] else '.'}"


def _power(text: str) -> str | None:
    """"Máy tính của tôi bị sập nguồn." as "My computer suddenly shut down.", "Laptop của Lan vừa bị sập nguồn." as
    "Lan's laptop just shut down.", "Máy tính của bạn có bị sập nguồn không?" as "Did your computer shut down?"
    (_POWER); None for anything else."""
    m = _POWER.fullmatch(text)
    if not m:
        return None
    how, asked = keyed(m["how"] or ""), bool(m["asked"])
    if asked != ("?" in m["end"]) or (how == "có") != asked or m["done"] and how in ("cứ", "có"):
        return None
    if (whose := owner_of(m)) is None:
        return None
    dev = f"{whose} {_DEVICES[keyed(m['dev'])]}"
    if asked:
        return None if whose == "my" else f"Did {dev} shut down?"
    said = {"vừa": "just shut down", "vừa mới": "just shut down", "lại": "shut down again",
            "cứ": "keeps shutting down"}.get(how, "suddenly shut down")
    return capitalised(f"{dev} {said}.")


def _have_agrees(aux: str, one: bool) -> bool:
    """Whether "have" or "has" (contracted, denied) said after who agrees with it ("she has", "I've"); True for
    another verb ("did", "could")."""
    if aux.startswith(("has", "'s")):
        return one
    return not one if aux.startswith(("have", "'ve")) else True


def _en_form(m: re.Match) -> str | None:
    """How a match of _ACT_EN says it, as _form names the Vietnamese forms ("Did you lose …?": "asked", "I haven't
    saved …": "not yet"); None for words that do not go together ("Did you lost", "I've nearly lost")."""
    q = (m["q"] or "").lower()
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    aux = {"'ve": "have", "'s": "has"}.get(aux, aux)
    adv, verb = (m["adv"] or "").lower(), " ".join(m["verb"].split())
    if verb.startswith("forg"):
        if aux or adv:
            return None
        return "forgot?" if q == "did" and verb.startswith("forget") else \
            "forgot" if not q and verb.startswith("forgot") else None
    first = verb.split()[0]
    tense = "base" if first in ("lose", "get", "recover", "manage") else "able" if first == "been" else "done"
    if q:  # ("Did you lose …?", "Have you backed up …?", "Have you been able to get … back?")
        return "asked" if (q == "did") == (tense == "base") and not (aux or adv) else None
    if aux in ("did not", "could not"):
        return "not" if tense == "base" and first != "manage" and not adv else None
    if aux in ("have not", "has not"):
        return None if adv or tense == "base" else "not yet"
    if tense != "done" or aux not in ("", "have", "has"):
        return None
    if adv in ("almost", "nearly"):
        return None if aux else "almost"
    return "just" if adv == "just" else "done"


# which forms each doing is taken in, in English ("asked" is "yet?" but for data lost; "not yet" is "not" for it)
_FORMS_EN = {"save": {"forgot", "forgot?", "asked", "not yet", "just", "done"},
             "backup": {"forgot", "forgot?", "asked", "not yet", "just", "done"},
             "lose": {"asked", "not", "not yet", "just", "almost", "done"}, "delete": {"just", "almost", "done"},
             "get": {"not", "not yet", "asked", "done"}, "recover": {"not", "not yet", "asked", "done"}}


def _act_vi(text: str) -> str | None:
    """"I forgot to save the file." as "Tôi quên lưu file.", "I've lost all my data." as "Tôi bị mất hết dữ liệu.",
    "I deleted the file by mistake." as "Tôi xóa nhầm file rồi.", "Have you backed up your data?" as "Bạn đã sao lưu
    dữ liệu chưa?", "I got the file back." as "Tôi lấy lại được file rồi." (_ACT_EN); None for anything else, where
    the verb does not agree with who, and for another's data ("I lost all your data")."""
    m = _ACT_EN.fullmatch(text)
    if not m or ("?" in m["end"]) != bool(m["q"]):
        return None
    verb = " ".join(m["verb"].split())
    kind = next(k for k, words in (("save", ("save", "saved")), ("backup", ("back up", "backed up")),
                                   ("lose", ("lost", "lose")), ("delete", ("deleted",)), ("get", ("get", "got")),
                                   ("recover", ("recover", "recovered"))) if verb.endswith(words))
    form, said, obj = _en_form(m), person_of(m, bool(m["q"]), "en"), m["obj"] or m["bare"]
    heard = ((m["q"] or "") + (m["aux"] or "")).strip().lower().replace("’", "'")
    if form not in _FORMS_EN[kind] or said is None or obj not in _OF[kind] or not _have_agrees(heard, said[1]):
        return None
    who_, one = said
    if m["owner"] and (obj != "data" or not own_thing(m, who_, one)) or m["bare"] and m["all"] != "any":
        return None  # (another's data; "my file": which one?)
    if m["yet"] and form not in ("asked", "not yet") or bool(m["back"]) != (kind == "get"):
        return None
    if kind == "delete" and [bool(m["mistake"]), bool(m["wrong"]), m["adv"] == "accidentally"].count(True) != 1:
        return None  # (deleted on purpose, or said twice)
    if kind != "delete" and (m["wrong"] or m["mistake"] or m["adv"] == "accidentally"):
        return None
    if kind == "lose":  # ("I lost the data": some, or all? "any" asked or denied only; "yet" is "chưa", left)
        if not m["all"] or m["yet"] or (m["all"] == "any") != bool(m["bare"]) or m["bare"] and form not in (
                "asked", "not", "not yet"):
            return None
        form = "lose " + ("not" if form == "not yet" else form)
    elif m["all"]:
        return None
    elif form == "asked":
        form = "yet?"
    return capitalised(_said_vi(kind, form, who_, _OBJ_VI[obj], m["all"] == "all"))


def _said_vi(kind: str, form: str, who_: str, obj: str, all_: bool) -> str:
    """The Vietnamese of who doing `kind` to `obj` in the form `form` (as _en_form gives it)."""
    verb = _VI[kind]
    if kind == "lose":
        what = f"bị mất {'hết ' * all_}{obj}"
        return {"lose asked": f"{who_} có {what} không?", "lose not": f"{who_} không {what}.",
                "lose just": f"{who_} vừa {what}.", "lose almost": f"{who_} suýt {what}.",
                "lose done": f"{who_} {what}."}[form]
    return {"forgot": f"{who_} quên {verb} {obj}.", "forgot?": f"{who_} có quên {verb} {obj} không?",
            "yet?": f"{who_} đã {verb} {obj} chưa?", "not yet": f"{who_} chưa {verb} {obj}.",
            "not": f"{who_} không {verb} {obj}.", "just": f"{who_} vừa {verb} {obj}.",
            "almost": f"{who_} suýt {verb} {obj}.",
            "done": f"{who_} {verb} {obj} rồi." if kind in ("delete", "get") else f"{who_} đã {verb} {obj} rồi."}[form]


def _remind_vi(text: str) -> str | None:
    """"Remember to save the file." as "Nhớ lưu file nhé.", "Don't forget to back up your data." as "Đừng quên sao
    lưu dữ liệu nhé." (_REMIND_EN); None for anything else."""
    m = _REMIND_EN.fullmatch(text)
    if not m:
        return None
    how = "Nhớ" if m["how"] == "Remember" else "Đừng quên"
    verb = "lưu" if m["verb"] == "save" else "sao lưu"
    return f"{how} {verb} {'dữ liệu' if m['data'] else _OBJ_VI[m['obj']]} nhé{'!' if '!' in m['end'] else '.'}"


def _power_vi(text: str) -> str | None:
    """"My computer suddenly shut down." as "Máy tính của tôi bị sập nguồn.", "Lan's laptop just shut down." as
    "Laptop của Lan vừa bị sập nguồn.", "Did your phone suddenly shut down?" as "Điện thoại của bạn có bị sập nguồn
    không?" (_POWER_EN); None for anything else ("My computer shut down.", "Did your phone shut down?": shut down on
    purpose?)."""
    m = _POWER_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or m["adv"] and m["adv2"]:
        return None
    adv = m["adv"] or m["adv2"] or ""
    if m["named"]:
        named = someone(m["named"], "en")
        if named is None:
            return None
        whose = f" của {named}"
    else:
        det = m["det"].lower()
        whose = "" if det == "the" else f" của {WHOSE_VI[det]}"
    dev = f"{_DEVICES_VI[m['dev']]}{whose}"
    if m["q"]:  # ("Did your computer shut down?": shut down on purpose, as said without "suddenly")
        return None if adv in ("", "just") or whose == " của tôi" else capitalised(f"{dev} có bị sập nguồn không?")
    if not adv:
        return None
    return capitalised(f"{dev} {'vừa ' * (adv == 'just')}bị sập nguồn.")
