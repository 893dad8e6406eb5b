"""E-mail at work, both ways, written whole by rule: an email sent to the wrong person, a client's (a boss's, a
colleague's) email replied to or not yet, an email received or not yet, the file not attached, an email gone to spam,
checking one's email or spam folder, and emailing the client or the boss (have to, need to, forgot to, not yet).
v8 (rules on) reads "gửi nhầm" as missing, "khách hàng" as customers in general and "đính kèm" as an attachment:
"Tôi gửi nhầm email rồi." → "I miss my email.", "Tôi gửi email nhầm người rồi." → "I send wrong email.", "Tôi chưa trả
lời email của khách hàng." → "I don't answer customer email.", "Tôi quên đính kèm file." → "I forgot to attachment.",
"Mẹ tôi quên đính kèm file rồi." → "My mother forgets the attachment.", "Tôi phải gửi email cho sếp." → "I must send
email to my boss.", "Tôi chưa nhận được email của bạn." → "I'm not receiving your email."; "I sent the email to the
wrong person." → "Tôi gởi thư cho người sai.", "I forgot to attach the file." → "Tôi quên gắn tập tin.", "Your email
went to spam." → "Thư điện tử của bạn đi spam.", "I have to email my boss." → "Tôi phải gởi cho Sếp.", "I need to
email the client." → "Tôi cần email cho khách hàng.", "She forgot to attach the file." → "Cô ấy quên gắn tập tin này.".

Taken: who (mt.hobbies.WHO, WHO_EN; people, not pets) sent the email to the wrong person ("gửi nhầm email", "gửi email
nhầm người"): done, just, denied, asked ("à?", "có … không?"); replied to an email of whose (the client, "sếp" said by
"tôi" or "chúng tôi", someone of mt.hobbies.SOMEONE; a pronoun's only where mt/messages.py leaves it), received one,
emailed the client or someone, checked their email or spam folder: with "đã", "rồi", "chưa", "vẫn chưa", "vừa", "không"
(not of checking or emailing: didn't, or a habit?), "sẽ", "phải", "cần", "quên", "đang" as each takes them, asked "…
chưa?" or "có … không?" (not of checking or emailing: did, or a habit?); who checks their email every morning ("Sáng nào
tôi cũng kiểm tra email.", "I check my email every day.": now, not "checked"), "Bạn kiểm tra email đi." (check your
email); who forgot to attach the file (again, to the email), asked, and "Đừng quên đính kèm file nhé."; an email (of
whose, "này", "đó") gone to spam, said or asked. Left: what mt/messages.py takes (texting, e-mailing and calling someone
with "sẽ", "đã", "vừa" or a day, "Tôi chưa trả lời email của cô ấy.", "Bạn nhận được email của tôi chưa?", "Did you get
my email?"), an email hacked (mt/scams.py), accounts and passwords (mt/accounts.py), a plain "Tôi gửi nhầm email." or
"Tôi kiểm tra email." (done, or a habit?), "gửi nhầm email cho …" (to the wrong person, or the wrong email?), "email"
with no whose, or "email khách hàng" with no "của", replied to or received (one, or many?), "sếp" alone said by another
(whose boss?), a name's own email checked (his or hers?), someone replying to their own email or emailing themself ("Lan
phải gửi email cho Lan."), asked of oneself, "anh", "chị", "em" alone saying it, and anything else.
mt.phrasebook.translate tries these after mt/food_requests.py.

    >>> translate("Tôi gửi nhầm email rồi.", "vi", "en"), translate("I have to email my boss.", "en", "vi")
    ('I sent the email to the wrong person.', 'Tôi phải gửi email cho sếp.')
"""
from __future__ import annotations

import re

from .hobbies import EVERY, OWNER, SOMEONE_EN, WHO, WHOM, WHOM_EN, WHO_EN, animal, as_whom, own_thing, pet, who, \
    who_vi, whose_own
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS
from .text import EN_OBJECT, EN_WHOSE, SOFTENED_END, capitalised, contracted, keyed, present

# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mail|đính\s+kèm|gửi\s+kèm|thư\s+rác)"), "en": lazy(r"(?i:mail|attach|spam)")}
_EMAIL = r"(?i:email|e-mail|mail)"
_CHECK = r"(?i:kiểm\s+tra|check)"
_CLIENT = r"(?i:khách\s+hàng)"
# whose (of the email) and whom (emailed): the client, "sếp" alone, a pronoun or someone (mt.hobbies)
_OWNER = rf"(?P<cua>của\s+)?(?P<of>{_CLIENT}|(?i:sếp)|{OWNER})"  # ("email khách hàng" alone: clients' emails?)
_PARTY = rf"(?P<of>{_CLIENT}|(?i:sếp)|{WHOM})"
_AUX = (r"(?:(?P<ask>có)\s+|(?P<aux>vẫn\s+chưa|chưa|đã|vừa\s+mới|vừa|mới|không|sẽ|phải|cần|quên(?:\s+mất)?|đang)"
        r"\s+)?")
_TAIL = rf"(?:\s+(?P<done>rồi))?(?:\s+(?P<asked>chưa|không))?{SOFTENED_END}"
_REPLY = lazy(rf"{WHO}\s+{_AUX}trả\s+lời\s+{_EMAIL}\s+{_OWNER}{_TAIL}")
_GOT = lazy(rf"{WHO}\s+{_AUX}nhận\s+được\s+{_EMAIL}\s+{_OWNER}{_TAIL}")
_SEND = lazy(rf"{WHO}\s+{_AUX}gửi\s+{_EMAIL}\s+cho\s+{_PARTY}{_TAIL}")
_WHAT = rf"(?P<what>{_EMAIL}|(?i:(?:hộp\s+|mục\s+)?thư\s+rác))"
_CHECKED = lazy(rf"{WHO}\s+{_AUX}{_CHECK}\s+{_WHAT}(?:\s+(?P<every>(?i:{'|'.join(EVERY)})))?{_TAIL}")
_DAILY = {"sáng": "every morning", "ngày": "every day", "tối": "every evening", "tuần": "every week"}
_DAILY_VI = {en: vi for vi, en in _DAILY.items()}
_HABIT = lazy(rf"(?P<day>(?i:sáng|ngày|tối|tuần))\s+nào\s+{WHO}\s+cũng\s+{_CHECK}\s+{_WHAT}{SOFTENED_END}")
_GO = lazy(rf"(?:[Bb]ạn\s+)?(?:(?P<try>[Tt]hử)\s+)?{_CHECK}\s+{_WHAT}\s+(?P<go>đi|xem)(?:\s+nhé)?\s*(?P<end>[.!]*)")
_ASKING = r"(?:\s+(?P<asked>không|à|hả))?"
_WRONG = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<aux>đã|vừa\s+mới|vừa|mới|không)\s+)?gửi\s+(?:nhầm\s+{_EMAIL}|"
              rf"{_EMAIL}\s+nhầm\s+người)(?:\s+(?P<done>rồi))?{_ASKING}{SOFTENED_END}")
_FILE = r"(?P<file>(?i:file|tệp|tập\s+tin|tài\s+liệu))(?P<into>\s+(?:vào|trong)\s+email)?"
_ATTACH = lazy(rf"{WHO}\s+(?:(?P<ask>có)\s+|(?P<aux>đã|lại|không)\s+)?quên\s+(?:mất\s+)?(?:đính|gửi)\s+kèm\s+"
               rf"{_FILE}(?:\s+(?P<done>rồi))?{_ASKING}{SOFTENED_END}")
_REMIND = lazy(rf"(?P<dont>(?i:đừng\s+quên|nhớ))\s+(?:đính|gửi)\s+kèm\s+{_FILE}(?:\s+(?:nhé|nha))?\s*(?P<end>[.!]*)")
_SPAM = lazy(rf"{_EMAIL}(?:\s+{_OWNER}|\s+(?P<this>này|đó))?\s+(?:(?P<ask>có)\s+|(?P<aux>đã)\s+)?(?:bị\s+)?"
             rf"(?:rơi\s+)?vào\s+(?:hộp\s+|mục\s+|thư\s+mục\s+)?thư\s+rác(?:\s+(?P<done>rồi))?{_ASKING}{SOFTENED_END}")

# ... in English: who, and what is said after who ("haven't", "'ll", "needs to"), read by _tense_vi
_WHO_AUX_EN = (rf"(?:(?P<q>Have|Has|Did)\s+)?{WHO_EN}(?P<aux>\s+still\s+(?:haven['’]t|hasn['’]t)|\s+(?:haven['’]t|"
               r"hasn['’]t|have\s+not|has\s+not|didn['’]t|did\s+not|will|have\s+to|has\s+to|needs?\s+to|forgot\s+to|"
               r"have|has|just|am|is|are)|['’](?:ve|s|ll|m|re))?")
_OWNER_EN = rf"(?:(?P<owner>(?i:{WHOSE_WORDS}))|(?P<party>{SOMEONE_EN}|(?i:the\s+(?:client|customer)))['’]s)"
_END_EN = r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)"
_REPLY_EN = lazy(rf"{_WHO_AUX_EN}\s+(?P<verb>reply|replied|replying)\s+to\s+{_OWNER_EN}\s+e-?mail{_END_EN}")
_GOT_EN = lazy(rf"{_WHO_AUX_EN}\s+(?P<verb>receive|received|get|got|gotten)\s+{_OWNER_EN}\s+e-?mail{_END_EN}")
_SEND_EN = lazy(rf"{_WHO_AUX_EN}\s+(?P<verb>email|emailed|emailing)\s+(?P<party>{WHOM_EN}|(?i:the\s+(?:client|"
                rf"customer))){_END_EN}")
_CHECKED_EN = lazy(rf"{_WHO_AUX_EN}\s+(?P<verb>check|checks|checked|checking)\s+(?P<owner>(?i:{WHOSE_WORDS}))\s+"
                   rf"(?P<what>e-?mail|spam\s+folder)(?:\s+(?P<every>{'|'.join(_DAILY_VI)}))?{_END_EN}")
_GO_EN = lazy(r"(?:(?P<try>Try)\s+checking|Check)\s+your\s+(?P<what>e-?mail|spam\s+folder)\s*(?P<end>[.!]*)")
_WRONG_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?:\s+(?P<just>just)|\s+(?P<not>didn['’]t|did\s+not))?\s+"
                 r"(?P<verb>sent|send)\s+(?:the|an)\s+e-?mail\s+to\s+the\s+wrong\s+person\s*(?P<end>[.!?]*)")
_FILE_EN = r"the\s+(?P<file>file|document)(?P<into>\s+to\s+the\s+e-?mail)?"
_ATTACH_EN = lazy(rf"(?:(?P<q>Did)\s+)?{WHO_EN}(?:\s+(?P<not>didn['’]t|did\s+not))?\s+(?P<verb>forgot|forget)\s+"
                  rf"to\s+attach\s+{_FILE_EN}(?:\s+(?P<again>again))?\s*(?P<end>[.!?]*)")
_REMIND_EN = lazy(rf"(?:(?P<dont>Don['’]t\s+forget)|Remember)\s+to\s+attach\s+{_FILE_EN}\s*(?P<end>[.!]*)")
_SPAM_EN = lazy(rf"(?:(?P<q>Did)\s+)?(?:(?P<det>(?i:the|this|that))|{_OWNER_EN})\s+e-?mail\s+(?:(?P<verb>went|go)|"
                r"(?P<has>has|['’]s)\s+gone)\s+(?:in)?to\s+(?:the\s+)?spam(?:\s+folder)?\s*(?P<end>[.!?]*)")

# Vietnamese before the verb, as English says it: (the form of the verb, what goes before it); "…" is the rest
_SAID = {"đã": ("past", ""), "chưa": ("part", "{hasn't} … yet"), "vẫn chưa": ("part", "still {hasn't} …"),
         "vừa": ("past", "just …"), "mới": ("past", "just …"), "vừa mới": ("past", "just …"),
         "không": ("base", "didn't …"), "sẽ": ("base", "will …"), "phải": ("base", "{has} to …"),
         "cần": ("base", "{needs} to …"), "quên": ("base", "forgot to …"), "quên mất": ("base", "forgot to …"),
         "đang": ("ing", "{is} …")}
# ... and back: (the question's word, what is said after who, the verb's form) → what Vietnamese says, and its end
_SAID_VI = {("", "", "past"): ("đã ", "."), ("", "have", "part"): ("", " rồi."), ("", "just", "past"): ("vừa ", "."),
            ("", "have not", "part"): ("chưa ", "."), ("", "still have not", "part"): ("vẫn chưa ", "."),
            ("", "did not", "base"): ("không ", "."), ("", "will", "base"): ("sẽ ", "."),
            ("", "have to", "base"): ("phải ", "."), ("", "need to", "base"): ("cần ", "."),
            ("", "forgot to", "base"): ("quên ", "."), ("", "be", "ing"): ("đang ", "."),
            ("have", "", "part"): ("đã ", " chưa?"), ("did", "", "base"): ("có ", " không?")}
_FORMS = {"reply": {"base"}, "replied": {"past", "part"}, "replying": {"ing"}, "receive": {"base"},
          "received": {"past", "part"}, "get": {"base"}, "got": {"past"}, "gotten": {"part"},
          "email": {"base"}, "emailed": {"past", "part"}, "emailing": {"ing"}, "check": {"base"},
          "checked": {"past", "part"}, "checking": {"ing"}}
_VERBS = {"reply": ("reply to", "replied to", "replying to"), "get": ("receive", "received", "receiving"),
          "send": ("email", "emailed", "emailing"), "check": ("check", "checked", "checking")}
_FILES = {"file": "file", "tệp": "file", "tập tin": "file", "tài liệu": "document"}
_FILES_VI = {"file": "file", "document": "tài liệu"}
# what is said of an email received ("I've got your email": received, or has the address?, is left)
_GOT_SAID = {("", "", "past"), ("", "have", "part"), ("", "just", "past"), ("", "have not", "part"),
             ("", "still have not", "part"), ("", "did not", "base"), ("have", "", "part"), ("did", "", "base")}
# the shapes mt/messages.py takes with a pronoun's email, or someone emailed: left to it
_MESSAGES = {"reply": {"", "đã", "chưa", "không"}, "get": {"asked"}, "send": {"đã", "vừa", "mới", "vừa mới", "sẽ"}}
_MESSAGES_EN = {"reply": {("", "", "past"), ("", "have not", "part"), ("", "did not", "base")},
                "get": {("did", "", "base")}, "send": {("", "", "past"), ("", "just", "past"), ("", "will", "base")}}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of an email sent to the wrong person, replied to, received, sent, checked or
    gone to spam, or a file not attached; None for any other."""
    if src == "vi":
        return (_acted(text) or _habit(text) or _go(text) or _wrong(text) or _attach(text) or _remind(text)
                or _spam(text))
    return (_acted_vi(text) or _go_vi(text) or _wrong_vi(text) or _attach_vi(text) or _remind_vi(text)
            or _spam_vi(text))


def _person(m: re.Match, asked: bool) -> tuple[str, bool] | None:
    """Who of a match of WHO in English and whether one (mt.hobbies.who); None for a pet and "I" asked."""
    said = None if animal(m) else who(m, asked)
    return None if not said or asked and said[0] in ("I", "we") else said


def _party(said: str, who_: str, owned: bool = False) -> str | None:
    """Someone of _PARTY or _OWNER in English, whom ("the client", "my boss", "me") or, `owned`, whose ("the
    client's", "my"); None for a pet, "sếp" alone said by any but "I" or "we", who themself (a pronoun, or "mẹ tôi"
    of "mẹ tôi": "My mother has to email my mother."), and "mình" said by another (theirs, or the speaker's?)."""
    k = keyed(said)
    own = OWNERS.get(k) if owned else as_whom(said, "vi")
    themself = own and own in (EN_WHOSE.get(who_), EN_OBJECT.get(who_)) or as_whom(said, "vi") == who_
    if pet(said, "vi") or k == "mình" and who_ not in ("I", "you") or themself:
        return None
    if owned and k in OWNERS:
        return OWNERS[k]
    party = "the client" if k == "khách hàng" else {"I": "my boss", "we": "our boss"}.get(who_) if k == "sếp" else \
        as_whom(said, "vi")
    return party and (f"{party}'s" if owned else party)


def _english(m: re.Match, said: tuple[str, bool], verb: str, rest: str) -> str | None:
    """The English of a match of _REPLY, _GOT, _SEND or _CHECKED (`verb` a key of _VERBS) of who `said`, `rest`
    after the verb: "I haven't replied to the client's email yet.", "Have you emailed the client yet?", "Did you
    receive the client's email?"; None for a bare verb (now, done, or a habit?) and what does not go together."""
    aux, done, asked = keyed(m["aux"] or ""), bool(m["done"]), keyed(m["asked"] or "")
    (who_, one), (base, past, ing) = said, _VERBS[verb]
    has = "has" if one else "have"
    if asked == "chưa":  # ("Bạn đã trả lời … chưa?": have you … yet?)
        return None if m["ask"] or done or aux not in ("", "đã") else f"{has.capitalize()} {who_} {past} {rest} yet?"
    if asked:
        return None if not m["ask"] or done else f"Did {who_} {base} {rest}?"
    if m["ask"] or aux == "" and not done or done and aux not in ("", "đã", "quên", "quên mất"):
        return None
    if aux in ("", "đã") and done:
        return capitalised(contracted(who_, f"{has} {past} {rest}") + ".")
    form, shape = _SAID[aux]
    be = "am" if who_ == "I" else "is" if one else "are"
    for word, said_ in (("{hasn't}", f"{has}n't"), ("{has}", has), ("{needs}", "needs" if one else "need"),
                        ("{is}", be)):
        shape = shape.replace(word, said_)
    verb_said = {"base": base, "past": past, "part": past, "ing": ing}[form]
    return capitalised(contracted(who_, shape.replace("…", f"{verb_said} {rest}") if shape else f"{past} {rest}") + ".")


def _acted(text: str) -> str | None:
    """"Tôi chưa trả lời email của khách hàng." as "I haven't replied to the client's email yet.", "Tôi chưa nhận
    được email của bạn." as "I haven't received your email yet.", "Tôi phải gửi email cho sếp." as "I have to email
    my boss.", "Bạn kiểm tra email chưa?" as "Have you checked your email yet?", "Tôi kiểm tra email mỗi sáng." as
    "I check my email every morning." (_REPLY, _GOT, _SEND, _CHECKED); None for anything else, and mt/messages.py's."""
    m, verb = next(((m, v) for p, v in ((_REPLY, "reply"), (_GOT, "get"), (_SEND, "send"), (_CHECKED, "check"))
                    if (m := p.fullmatch(text))), (None, ""))
    if not m or bool(m["asked"]) != ("?" in m["end"]) or not (said := _person(m, bool(m["asked"]))):
        return None
    aux, who_ = keyed(m["aux"] or ""), said[0]
    # ("Tôi không gửi email cho …", "Bạn có kiểm tra email không?": didn't or did, or a habit?)
    if verb == "get" and aux in ("sẽ", "phải", "cần", "quên", "quên mất", "đang") or \
            verb in ("check", "send") and (aux == "không" or m["ask"]):
        return None
    if verb == "check":
        whose = whose_own(m, who_)
        what = "spam folder" if "rác" in keyed(m["what"]) else "email"
        if whose is None or m["every"] and (aux or m["ask"] or m["done"] or m["asked"]):
            return None
        if m["every"]:
            return present(who_, said[1], "check", f"{whose} {what} {EVERY[keyed(m['every'])]}", end=m["end"])
        return _english(m, said, verb, f"{whose} {what}")
    of = keyed(m["of"])
    theirs = of in OWNERS if verb != "send" else of not in ("khách hàng", "sếp")
    if theirs and ("asked" if m["asked"] else aux) in _MESSAGES[verb] and not (verb == "send" and m["done"]):
        return None  # (mt/messages.py's: "Tôi chưa trả lời email của cô ấy.", "Tôi đã gửi email cho anh ấy.")
    owned = verb != "send"
    party = None if of == "khách hàng" and owned and not m["cua"] else _party(m["of"], who_, owned)
    return party and _english(m, said, verb, f"{party} email" if owned else party)


def _habit(text: str) -> str | None:
    """"Sáng nào tôi cũng kiểm tra email." as "I check my email every morning.", "Ngày nào mẹ tôi cũng check mail."
    as "My mother checks her email every day." (_HABIT); None for anything else, and a name's (his or her email?)."""
    m = _HABIT.fullmatch(text)
    said = m and "?" not in m["end"] and _person(m, False)
    whose = said and whose_own(m, said[0])
    if not whose:
        return None
    what = "spam folder" if "rác" in keyed(m["what"]) else "email"
    return present(*said, "check", f"{whose} {what} {_DAILY[keyed(m['day'])]}", end=m["end"])


def _go(text: str) -> str | None:
    """"Bạn kiểm tra email đi." as "Check your email.", "Bạn thử kiểm tra thư rác xem." as "Try checking your spam
    folder." (_GO); None for anything else."""
    if not (m := _GO.fullmatch(text)):
        return None
    what = "spam folder" if "rác" in keyed(m["what"]) else "email"
    return f"Try checking your {what}." if m["try"] else f"Check your {what}{'!' if '!' in m['end'] else '.'}"


def _wrong(text: str) -> str | None:
    """"Tôi gửi nhầm email rồi." as "I sent the email to the wrong person.", "Tôi vừa gửi email nhầm người." as "I
    just sent the email to the wrong person.", "Bạn gửi nhầm email à?" as "Did you send the email to the wrong
    person?" (_WRONG); None for anything else, and a bare "Tôi gửi nhầm email." (done, or a habit?)."""
    m = _WRONG.fullmatch(text)
    said = m and _asked(m) is not None and _person(m, bool(m["asked"]))
    if not said:
        return None
    aux, who_, what = keyed(m["aux"] or ""), said[0], "the email to the wrong person"
    if m["asked"]:
        return f"Did {who_} send {what}?" if aux in ("", "đã") and not (m["ask"] and m["done"]) else None
    if aux in ("", "đã") and (aux or m["done"]):
        return capitalised(f"{who_} sent {what}.")
    if m["done"] or not aux:
        return None
    return capitalised(f"{who_} just sent {what}." if aux != "không" else f"{who_} didn't send {what}.")


def _asked(m: re.Match) -> bool | None:
    """Whether a match of _WRONG, _ATTACH or _SPAM asks ("có … không?", "… à?"), False said; None for a "?" on a
    statement, asking words with none, "có" without "không", and "không" without "có"."""
    asked = keyed(m["asked"] or "")
    if bool(asked) != ("?" in m["end"]) or bool(m["ask"]) != (asked == "không"):
        return None
    return bool(asked)


def _attach(text: str) -> str | None:
    """"Tôi quên đính kèm file." as "I forgot to attach the file.", "Mẹ tôi lại quên đính kèm file vào email." as "My
    mother forgot to attach the file to the email again.", "Bạn quên đính kèm file à?" as "Did you forget to attach
    the file?" (_ATTACH); None for anything else."""
    m = _ATTACH.fullmatch(text)
    said = m and (asked := _asked(m)) is not None and _person(m, asked)
    if not said:
        return None
    aux, who_ = keyed(m["aux"] or ""), said[0]
    what = f"to attach the {_FILES[keyed(m['file'])]}{' to the email' if m['into'] else ''}"
    if asked:
        return f"Did {who_} forget {what}?" if aux == "" else None
    if aux == "không":
        return None if m["done"] else capitalised(f"{who_} didn't forget {what}.")
    return capitalised(f"{who_} forgot {what}{' again' if aux == 'lại' else ''}.")


def _remind(text: str) -> str | None:
    """"Đừng quên đính kèm file nhé." as "Don't forget to attach the file.", "Nhớ đính kèm file vào email nhé." as
    "Remember to attach the file to the email." (_REMIND); None for anything else."""
    if not (m := _REMIND.fullmatch(text)):
        return None
    said = "Don't forget" if keyed(m["dont"]).startswith("đừng") else "Remember"
    into = " to the email" if m["into"] else ""
    return f"{said} to attach the {_FILES[keyed(m['file'])]}{into}{'!' if '!' in m['end'] else '.'}"


def _spam(text: str) -> str | None:
    """"Email của bạn bị vào thư rác." as "Your email went to spam.", "Email này bị rơi vào thư rác rồi." as "This
    email went to spam.", "Email của tôi có bị vào thư rác không?" as "Did my email go to spam?" (_SPAM); None for
    anything else, and "sếp" alone (whose boss?)."""
    m = _SPAM.fullmatch(text)
    if not m or (asked := _asked(m)) is None or keyed(m["of"] or "") == "khách hàng" and not m["cua"]:
        return None
    of = keyed(m["of"] or "")
    whose = OWNERS.get(of) or _party(m["of"], "", True) if of else {"này": "this", "đó": "that"}.get(
        keyed(m["this"] or ""), "the")
    if not whose:
        return None
    return f"Did {whose} email go to spam?" if asked else capitalised(f"{whose} email went to spam.")


def _agrees(first: str, who_: str, one: bool) -> bool:
    """Whether the word `first` said after who in English, or asking before it, agrees with who ("she has", "I am",
    "have you"); True for one that does not tell ("will", "did")."""
    if first in ("has", "is", "needs", "checks"):
        return one
    if first in ("have", "are", "need", "check"):
        return not one and (first != "are" or who_ != "tôi")
    return who_ == "tôi" if first == "am" else True


def _tense_vi(m: re.Match) -> tuple[tuple[str, str, str], str, str] | None:
    """What a match of a pattern over _WHO_AUX_EN says, its key of _SAID_VI, and the Vietnamese before the verb and
    the end: (("", "have not", "part"), "chưa ", ".") for "I haven't replied …"; None where it does not agree with
    who, or a "?" or "yet" does not go with it."""
    q = (m["q"] or "").lower().replace("has", "have")
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").replace("n't", " not").split())
    forms = _FORMS[m["verb"].lower()]
    short = {"'ve": "have", "'ll": "will", "'m": "am", "'re": "are", "'s": "is" if "ing" in forms else "has"}
    aux = short.get(aux, aux)
    who_, one = who_vi(m)
    first = (m["q"] or aux.removeprefix("still ")).lower().split(" ")[0]
    if q and (aux or who_ in ("tôi", "chúng tôi")) or bool(q) != ("?" in m["end"]) or not _agrees(first, who_, one):
        return None
    aux = " ".join({"has": "have", "needs": "need", "is": "be", "am": "be", "are": "be"}.get(w, w) for w in aux.split())
    key = next(((q, aux, f) for f in forms if (q, aux, f) in _SAID_VI), None)
    if key is None or m["yet"] and key not in (("", "have not", "part"), ("have", "", "part")):
        return None
    return (key, *_SAID_VI[key])


def _party_vi(said: str, who_: str) -> str | None:
    """Someone of WHOM_EN, SOMEONE_EN or "the client" in Vietnamese: "the client" as "khách hàng", "my boss" said by
    "I" as "sếp", "him" as "anh ấy", "my mother" as "mẹ tôi"; None for a pet, and who themself."""
    low = keyed(said)
    if pet(said, "en"):
        return None
    if low in ("the client", "the customer"):
        return "khách hàng"
    vi = "sếp" if (low, who_) in (("my boss", "tôi"), ("our boss", "chúng tôi")) else as_whom(said, "en")
    return None if vi == who_ else vi


def _acted_vi(text: str) -> str | None:
    """"I haven't replied to the client's email yet." as "Tôi chưa trả lời email của khách hàng.", "Have you received
    my email?" as "Bạn đã nhận được email của tôi chưa?", "I have to email my boss." as "Tôi phải gửi email cho
    sếp.", "I'm checking my email." as "Tôi đang kiểm tra email.", "I check my email every morning." as "Sáng nào tôi
    cũng kiểm tra email." (_REPLY_EN, _GOT_EN, _SEND_EN, _CHECKED_EN); None for anything else, mt/messages.py's, and
    where a verb does not agree with who or the email is not theirs ("She checks my email.")."""
    m, verb = next(((m, v) for p, v in ((_REPLY_EN, "reply"), (_GOT_EN, "get"), (_SEND_EN, "send"),
                                        (_CHECKED_EN, "check")) if (m := p.fullmatch(text))), (None, ""))
    if not m or animal(m):
        return None
    who_, one = who_vi(m)
    if verb == "check":
        what = "thư rác" if "spam" in m["what"] else "email"
        if not own_thing(m, who_, one):
            return None
        if m["every"] or m["verb"] == "checks":  # (a habit: every morning, said alone)
            # (the present only: "I checked my email every day." is not "Ngày nào tôi cũng …", said now)
            if m["q"] or m["aux"] or m["yet"] or not m["every"] or "?" in m["end"] or \
                    m["verb"] not in ("check", "checks") or not _agrees(m["verb"], who_, one):
                return None
            day = _DAILY_VI[" ".join(m["every"].split())]
            return f"{day.capitalize()} nào {who_} cũng kiểm tra {what}."
        said = _tense_vi(m)
        return said and capitalised(f"{who_} {said[1]}kiểm tra {what}{said[2]}")
    said = _tense_vi(m)
    if not said or verb == "get" and said[0] not in _GOT_SAID:
        return None
    theirs = bool(m["owner"]) if verb != "send" else keyed(m["party"] or "") not in ("the client", "the customer")
    if theirs and said[0] in _MESSAGES_EN[verb]:
        return None  # (mt/messages.py's: "He didn't reply to my message.", "I emailed him yesterday.")
    if verb == "send":
        party = _party_vi(m["party"], who_)
        return party and capitalised(f"{who_} {said[1]}gửi email cho {party}{said[2]}")
    owner = WHOSE_VI[m["owner"].lower()] if m["owner"] else _party_vi(m["party"], who_)
    if not owner or owner == who_:
        return None
    did = "trả lời" if verb == "reply" else "nhận được"
    return capitalised(f"{who_} {said[1]}{did} email của {owner}{said[2]}")


def _go_vi(text: str) -> str | None:
    """"Check your email." as "Bạn kiểm tra email đi.", "Try checking your spam folder." as "Bạn thử kiểm tra thư
    rác xem." (_GO_EN); None for anything else."""
    if not (m := _GO_EN.fullmatch(text)):
        return None
    what = "thư rác" if "spam" in m["what"] else "email"
    return f"Bạn thử kiểm tra {what} xem." if m["try"] else f"Bạn kiểm tra {what} đi{'!' if '!' in m['end'] else '.'}"


def _wrong_vi(text: str) -> str | None:
    """"I sent the email to the wrong person." as "Tôi gửi nhầm email rồi.", "She just sent the email to the wrong
    person." as "Cô ấy vừa gửi nhầm email.", "Did you send the email to the wrong person?" as "Bạn có gửi nhầm email
    không?" (_WRONG_EN); None for anything else, and where "sent" or "send" does not go with what is before it."""
    m = _WRONG_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or (m["verb"] == "send") != bool(m["q"] or m["not"]) \
            or m["q"] and (m["not"] or m["just"]):
        return None
    who_ = who_vi(m)[0]
    if m["q"]:
        return None if who_ in ("tôi", "chúng tôi") else capitalised(f"{who_} có gửi nhầm email không?")
    said = "không gửi nhầm email" if m["not"] else "vừa gửi nhầm email" if m["just"] else "gửi nhầm email rồi"
    return capitalised(f"{who_} {said}.")


def _attach_vi(text: str) -> str | None:
    """"I forgot to attach the file." as "Tôi quên đính kèm file.", "She forgot to attach the file to the email
    again." as "Cô ấy lại quên đính kèm file vào email.", "Did you forget to attach the file?" as "Bạn có quên đính
    kèm file không?" (_ATTACH_EN); None for anything else."""
    m = _ATTACH_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or animal(m) or (m["verb"] == "forget") != bool(m["q"] or m["not"]) \
            or m["q"] and m["not"] or m["again"] and (m["q"] or m["not"]):
        return None
    who_ = who_vi(m)[0]
    what = f"đính kèm {_FILES_VI[m['file']]}{' vào email' if m['into'] else ''}"
    if m["q"]:
        return None if who_ in ("tôi", "chúng tôi") else capitalised(f"{who_} có quên {what} không?")
    return capitalised(f"{who_} {'không quên' if m['not'] else 'lại quên' if m['again'] else 'quên'} {what}.")


def _remind_vi(text: str) -> str | None:
    """"Don't forget to attach the file." as "Đừng quên đính kèm file nhé.", "Remember to attach the file to the
    email." as "Nhớ đính kèm file vào email nhé." (_REMIND_EN); None for anything else."""
    if not (m := _REMIND_EN.fullmatch(text)):
        return None
    into = " vào email" if m["into"] else ""
    return f"{'Đừng quên' if m['dont'] else 'Nhớ'} đính kèm {_FILES_VI[m['file']]}{into} nhé."


def _spam_vi(text: str) -> str | None:
    """"Your email went to spam." as "Email của bạn bị vào thư rác.", "The email has gone to spam." as "Email bị vào
    thư rác rồi.", "Did my email go to spam?" as "Email của tôi có bị vào thư rác không?" (_SPAM_EN); None for
    anything else, and where "went" or "go" does not go with the question."""
    m = _SPAM_EN.fullmatch(text)
    if not m or bool(m["q"]) != ("?" in m["end"]) or (m["verb"] == "go") != bool(m["q"]) or m["q"] and m["has"]:
        return None
    if m["owner"] or m["party"]:
        whose = WHOSE_VI[m["owner"].lower()] if m["owner"] else _party_vi(m["party"], "")
        email = whose and f"Email của {whose}"
    else:
        email = {"the": "Email", "this": "Email này", "that": "Email đó"}[(m["det"] or "").lower()]
    if not email:
        return None
    return f"{email} có bị vào thư rác không?" if m["q"] else f"{email} bị vào thư rác{' rồi' if m['has'] else ''}."
