"""Accounts, passwords and logging in, both ways, written whole by rule: a password forgotten or not remembered,
changed or reset, logging in or out (done, not yet, asked, can't), an account created, signed up for or opened,
locked or hacked, and a password wrong. v8 with every current rule: "Tôi quên mật khẩu rồi." → "I forgot my password
and.", "Mẹ tôi quên mật khẩu rồi." → "My mother forgot to password.", "Tôi không đăng nhập được." → "I can't log
out.", "Chị ấy không đăng nhập được." → "She couldn't register.", "Bạn đăng nhập chưa?" → "Do you log in?", "Bạn đã
đăng nhập chưa?" → "Won't you logged in?", "Tài khoản của tôi bị hack rồi." → "My account wasacked.", "Tài khoản của
bạn có bị khóa không?" → "Are your account locked?"; "I forgot my password." → "Tôi quên mật khẩu của tôi." (stiff),
"I've logged out." → "Tôi đã đăng nhập." (logged in), "Did you log in?" → "Bạn đã đăng nhập không?", "Are you logged
in?" → "Bạn đã đăng nhập không?", "My account was hacked." → "Tài khoản của tôi bị ghét." (hated).

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) and one of VERBS with what it takes (a
password or username, of a service of SERVICES or not; an account; "vào tài khoản" for logging in), with "đã", "rồi",
"vừa", "chưa", "muốn", "cần", "phải", "nên", "không thể", "không … được", "có … không", "à" (English: did, have done,
have just, haven't yet, want to, need to, can't, couldn't, Have …?, Did …?, Can …?); whose the password or account is
agrees with who ("She forgot her password."; another's is left). An account of whose locked or hacked, said or asked;
the password wrong or right, asked, or typed wrong. Left: the wifi password asked ("What's the wifi password?":
mt/patterns.py and the phrasebook), what a password is, money put in an account (mt/transfers.py, mt/post.py), who
has an account, "đăng ký" alone (for a course as often), a plain "Tôi đổi mật khẩu." (a habit?), "I forget …", how
to do it, anyone else's password, and anything else.
mt.phrasebook.translate tries these after mt/repeats.py.

    >>> translate("Tôi quên mật khẩu rồi.", "vi", "en"), translate("I forgot my password.", "en", "vi")
    ("I've forgotten my password.", 'Tôi quên mật khẩu rồi.')
"""
from __future__ import annotations

import re

from .articles import a_or_an
from .hobbies import SOMEONE_EN, WHO, WHO_EN, his_her_of, someone, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .terms import OWNERS, WHOSE_VI, WHOSE_WORDS, his_her
from .text import EN_WHOSE, SOFTENED_END, alternatives, capitalised, contracted, keyed

# what is done, in Vietnamese and English (the first Vietnamese of each is written back)
VERBS = {"quên": "forget", "quên mất": "forget", "nhớ": "remember", "đổi": "change", "thay đổi": "change",
         "đặt lại": "reset", "đăng nhập": "log in", "đăng xuất": "log out", "tạo": "create", "lập": "create",
         "đăng ký": "sign up for", "mở": "open"}
VERBS_VI = {en: vi for vi, en in reversed(VERBS.items())} | {
    "sign in": "đăng nhập", "sign out": "đăng xuất", "sign up": "đăng ký", "log into": "đăng nhập",
    "sign into": "đăng nhập"}
_IRREGULAR = {"forget": ("forgot", "forgotten"), "reset": ("reset", "reset")}
_SECRET, _MADE = {"forget", "remember", "change", "reset"}, {"create", "sign up for", "open"}  # (what each takes)
_LOGS = {"log in", "log out", "sign in", "sign out", "sign up"}  # (nothing after them)
_INTO = {"log into", "sign into"}  # (an account or a site after them)
SERVICES = {"email": "email", "facebook": "Facebook", "zalo": "Zalo", "gmail": "Gmail", "instagram": "Instagram",
            "ngân hàng": "bank", "wifi": "wifi"}
SERVICES_VI = {en.lower(): en for en in SERVICES.values()} | {"bank": "ngân hàng", "wi-fi": "wifi", "e-mail": "email"}
_SITES = r"(?i:facebook|zalo|gmail|instagram)"
# what is forgotten, changed …: a password, a username
_SECRETS = {"mật khẩu": "password", "tên đăng nhập": "username", "tên người dùng": "username"}
_SECRETS_VI = {en: vi for vi, en in reversed(_SECRETS.items())}
_SERVICE, _SERVICE_EN = rf"(?i:{alternatives(SERVICES)})", rf"(?i:{alternatives(SERVICES_VI)})"
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:mật\s+khẩu|đăng\s+(?:nhập|xuất|ký)|tài\s+khoản|tên\s+người\s+dùng)"),
         "en": lazy(r"(?i:password|log|sign|account|username)")}

# who does it, what is said before the verb and after it ("Tôi vừa tạo tài khoản.", "Bạn đã đăng nhập chưa?", "Tôi
# không đăng nhập được vào tài khoản.")
_OBJ = (rf"(?P<secret>{alternatives(_SECRETS)})(?:\s+(?P<s1>{_SERVICE}))?|(?P<into>vào\s+)?(?:(?P<one>một)\s+)?tài\s+"
        rf"khoản(?:\s+(?P<s2>{_SERVICE}))?(?:\s+(?P<new>mới))?|vào\s+(?P<site>{_SITES})")
_DOING = lazy(rf"{WHO}\s+(?:(?P<pre>đã|vừa(?:\s+mới)?|mới|muốn|cần|phải|nên|chưa|không(?:\s+thể)?|"
              rf"có(?:\s+(?:muốn|thể))?)\s+)?(?P<verb>{alternatives(VERBS)})(?:\s+(?P<can>được))?"
              rf"(?:\s+(?P<obj>{_OBJ}))?(?:\s+(?P<can2>được))?(?:\s+(?P<tail>rồi(?:\s+à)?|chưa|không|à))?"
              rf"{SOFTENED_END}")
# ... in English, by the words before the verb and after it ({v} the base, {past}, {pp}; {have} "have" or "has" …)
_SAID = {("", "rồi"): "{who} {have} {pp}{obj}.", ("đã", "rồi"): "{who} {have} {pp}{obj}.",
         ("đã", ""): "{who} {past}{obj}.", ("vừa", ""): "{who} {have} just {pp}{obj}.",
         ("muốn", ""): "{who} {want} to {v}{obj}.", ("cần", ""): "{who} {need} to {v}{obj}.",
         ("phải", ""): "{who} {must} to {v}{obj}.", ("nên", ""): "{who} should {v}{obj}.",
         ("chưa", ""): "{who} {have}n't {pp}{obj} yet.", ("không thể", ""): "{who} can't {v}{obj}.",
         ("không", "được"): "{who} can't {v}{obj}.", ("không thể", "được"): "{who} can't {v}{obj}.",
         ("", "chưa?"): "{Have} {who} {pp}{obj}?", ("đã", "chưa?"): "{Have} {who} {pp}{obj}?",
         ("có muốn", "không?"): "{Do} {who} want to {v}{obj}?", ("có thể", "không?"): "Can {who} {v}{obj}?",
         ("", "được không?"): "Can {who} {v}{obj}?"}
# ... of forgetting and remembering, which are done to one's mind, not on purpose
_SAID_KEPT = {"forget": {("", ""): "{who} forgot{obj}.", ("đã", ""): "{who} forgot{obj}.",
                         ("", "rồi"): "{who} {have} forgotten{obj}.", ("đã", "rồi"): "{who} {have} forgotten{obj}.",
                         ("", "à?"): "Did {who} forget{obj}?", ("", "rồi à?"): "{Have} {who} forgotten{obj}?"},
              "remember": {("không", ""): "{who} {do}n't remember{obj}.",
                           ("có", "không?"): "{Do} {who} remember{obj}?"}}
# ... the verbs that agree with who, by whether it is one ("has", "does")
_AGREED = {"want": ("want", "wants"), "need": ("need", "needs"), "have": ("have", "has"), "must": ("have", "has"),
           "do": ("do", "does"), "Have": ("Have", "Has"), "Do": ("Do", "Does")}

# ... and in English: who, the words before the verb, the verb in one of its forms, what it takes
_MID = (r"(?:\s+(?:have|has|do|does|can['’]t|can|could|cannot|not|just|already|am|is|are|want|wants|would|like|"
        r"need|needs|to|should|must)|n['’]t|['’](?:ve|s|d|m|re))*")
_OBJ_EN = (rf"(?P<owner>(?i:the|{WHOSE_WORDS}))\s+(?:(?P<s1>{_SERVICE_EN})\s+)?(?P<thing>password|username|account)|"
           rf"(?:(?P<for>for)\s+)?(?P<an>an?)\s+(?:(?P<new>new)\s+)?(?:(?P<s2>{_SERVICE_EN})\s+)?account|"
           rf"(?P<site>{_SITES})")
# ... the words before it, written out as the tables key them ("'ve" "have", "has" "have", "is" "be" …)
_WORDS = {"has": "have", "does": "do", "am": "be", "is": "be", "are": "be", "wants": "want", "needs": "need",
          "cannot": "can not", "can't": "can not", "'ve": "have", "'s": "have", "'d": "would", "'m": "be",
          "'re": "be", "n't": "not"}
# ... and which of them say he or she (True) or not
_ONE = {"has": True, "does": True, "is": True, "wants": True, "needs": True, "'s": True, "have": False, "do": False,
        "are": False, "want": False, "need": False, "'re": False, "am": False, "'m": False}
# ... in Vietnamese, by how it is asked, the words before the verb, and the verb's form ({v} the verb, {obj} what it
# takes)
_SAID_EN = {("", "", "past"): "{who} đã {v}{obj}.", ("", "just", "past"): "{who} vừa {v}{obj}.",
            ("", "already", "past"): "{who} đã {v}{obj} rồi.", ("", "have", "pp"): "{who} đã {v}{obj} rồi.",
            ("", "have just", "pp"): "{who} vừa {v}{obj}.", ("", "have already", "pp"): "{who} đã {v}{obj} rồi.",
            ("", "have not", "pp"): "{who} chưa {v}{obj}.", ("", "can not", "base"): "{who} không thể {v}{obj}.",
            ("", "could not", "base"): "{who} không {v} được{obj}.", ("", "want to", "base"): "{who} muốn {v}{obj}.",
            ("", "would like to", "base"): "{who} muốn {v}{obj}.", ("", "need to", "base"): "{who} cần {v}{obj}.",
            ("", "have to", "base"): "{who} phải {v}{obj}.", ("", "must", "base"): "{who} phải {v}{obj}.",
            ("", "should", "base"): "{who} nên {v}{obj}.", ("have", "", "pp"): "{who} đã {v}{obj} chưa?",
            ("did", "", "base"): "{who} đã {v}{obj} chưa?", ("do", "want to", "base"): "{who} có muốn {v}{obj} không?",
            ("can", "", "base"): "{who} có thể {v}{obj} không?", ("could", "", "base"): "{who} có thể {v}{obj} không?"}
_SAID_EN_KEPT = {"forget": {("", "", "past"): "{who} quên{obj} rồi.", ("", "have", "pp"): "{who} quên{obj} rồi.",
                            ("did", "", "base"): "{who} quên{obj} à?", ("have", "", "pp"): "{who} quên{obj} rồi à?"},
                 "remember": {("", "do not", "base"): "{who} không nhớ{obj}.",
                              ("do", "", "base"): "{who} có nhớ{obj} không?"}}
# ... logged in, as one is ("I'm logged in.", "Are you logged in?")
_SAID_EN_LOGGED = {("", "be", "pp"): "{who} đã {v}{obj} rồi.", ("be", "", "pp"): "{who} đã {v}{obj} chưa?"}

# an account of whose locked or hacked ("Tài khoản của tôi bị khóa rồi.", "Tôi bị khóa tài khoản.")
_HIT = {"khóa": "locked", "khoá": "locked", "hack": "hacked", "xâm nhập": "hacked"}
_HIT_VI = {"locked": "khóa", "blocked": "khóa", "hacked": "hack"}
_LOCKED = [lazy(rf"[Tt]ài\s+khoản(?:\s+(?P<service>{_SERVICE}))?(?:\s+(?:của\s+)?{WHO})?\s+(?:(?P<ask>có)\s+|"
                rf"(?P<pre>vừa|đã)\s+)?bị\s+(?P<hit>{alternatives(_HIT)})(?:\s+(?P<tail>rồi(?:\s+à)?|không|à))?"
                rf"{SOFTENED_END}"),
           lazy(rf"{WHO}\s+(?:(?P<pre>vừa|đã)\s+)?bị\s+(?P<hit>{alternatives(_HIT)})\s+tài\s+khoản"
                rf"(?:\s+(?P<service>{_SERVICE}))?(?:\s+(?P<tail>rồi))?{SOFTENED_END}")]
_LOCKED_EN = lazy(rf"(?:(?P<aux0>Is|Was|Has)\s+)?(?P<owner>(?i:the|{WHOSE_WORDS})|{SOMEONE_EN}['’]s)\s+"
                  rf"(?:(?P<service>{_SERVICE_EN})\s+)?account(?P<be>\s+is|\s+was|\s+got|\s+has|['’]s)?"
                  r"(?P<just>\s+just)?(?P<been>\s+been)?\s+(?P<hit>locked|blocked|hacked)\s*(?P<end>[.!?]*)")
# ... in Vietnamese, by "is", "was", "got", "has" (asked: "Is", "Was", "Has"), "just", "been"
_LOCKED_SAID = {("is", False, False): "bị {hit}", ("was", False, False): "đã bị {hit}",
                ("got", False, False): "bị {hit}", ("has", False, True): "bị {hit} rồi",
                ("has", True, True): "vừa bị {hit}"}
# the password wrong or right, asked, or typed wrong ("Mật khẩu sai rồi.", "Sai mật khẩu.", "Tôi nhập sai mật khẩu.")
_WRONG = lazy(rf"(?:[Mm]ật\s+khẩu(?:\s+(?P<service>{_SERVICE}))?(?:\s+(?:của\s+)?(?P<owner>"
              rf"{alternatives(OWNERS)}))?\s+(?:(?P<wrong>sai)|(?P<not>không\s+đúng)|(?P<right>đúng)|"
              rf"(?P<ask>có\s+đúng\s+không))|(?P<alone>[Ss]ai\s+mật\s+khẩu)|{WHO}\s+(?P<typed>nhập|gõ)\s+sai\s+"
              rf"mật\s+khẩu)(?:\s+(?P<done>rồi))?{SOFTENED_END}")
_WRONG_EN = lazy(rf"(?P<alone>Wrong\s+password)\s*(?P<end>[.!]*)|(?P<aux0>Is\s+)?(?P<owner>(?i:the|"
                 rf"{WHOSE_WORDS}))\s+(?:(?P<service>{_SERVICE_EN})\s+)?password(?P<be>\s+is|['’]s)?\s+"
                 r"(?:(?P<wrong>wrong)|(?P<not>incorrect|not\s+(?:right|correct))|(?P<right>right|correct))"
                 rf"\s*(?P<end2>[.!?]*)|{WHO_EN}(?P<have>['’]ve|\s+have|['’]s|\s+has)?\s+(?P<typed>entered|"
                 r"typed|put\s+in)\s+the\s+wrong\s+password\s*(?P<end3>[.!]*)")


def _forms(base: str) -> tuple[str, str]:
    """The past and the past participle of a verb of VERBS_VI: ("logged in", "logged in"), ("forgot", "forgotten"),
    ("signed up for", …)."""
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    verb, _, rest = base.partition(" ")
    past = f"{verb}{'ged' if verb == 'log' else 'd' if verb.endswith('e') else 'ed'} {rest}".strip()
    return past, past


# each form of each English verb, the verb and what the form may be ("reset": base, past and participle)
_FORMS_EN: dict[str, tuple[str, set[str]]] = {}
for _base in VERBS_VI:
    for _form, _kind in zip((_base, *_forms(_base)), ("base", "past", "pp")):
        _FORMS_EN.setdefault(_form, (_base, set()))[1].add(_kind)
_DOING_EN = lazy(rf"(?:(?P<aux0>Have|Has|Did|Do|Does|Can|Could|Are|Is|Am)\s+)?{WHO_EN}(?P<mid>{_MID})\s+"
                 rf"(?P<verb>{alternatives(_FORMS_EN)})(?:\s+(?P<obj>{_OBJ_EN}))?(?P<yet>\s+yet)?"
                 r"\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence about a password, logging in or out, or an account; None for any other."""
    if src == "vi":
        return _doing(text) or _locked(text) or _wrong(text)
    return _doing_vi(text) or _locked_vi(text) or _wrong_vi(text)


def _whose(m: re.Match, said: str) -> str | None:
    """Whose who of a match of WHO is, in English: "my" for "tôi", "her" for "mẹ tôi"; None for a name alone."""
    if m["kin"] or m["title"]:
        return his_her_of(m)
    return None if m["given"] else EN_WHOSE.get(said)


def _obj(m: re.Match, verb: str, whose: str | None) -> str | None:
    """What a match of _OBJ takes, in English, after the verb: " my Facebook password", " the wifi password", " a new
    account", " into my account", " into Zalo", "" for nothing; None where the verb does not take it."""
    service = SERVICES.get(keyed(m["s1"] or m["s2"] or ""), "")
    if m["secret"]:
        owner = "the" if service == "wifi" else whose
        said = " ".join(w for w in (owner, service, _SECRETS[keyed(m["secret"])]) if w)
        return f" {said}" if verb in _SECRET and owner else None
    if verb in _SECRET or service == "wifi":
        return None
    if not m["obj"]:
        return "" if verb in _LOGS else None
    if m["site"]:
        return f" into {SERVICES[keyed(m['site'])]}" if verb == "log in" else None
    if verb in _MADE and not m["into"]:
        said = " ".join(w for w in ("new" if m["new"] else "", service, "account") if w)
        return f" {a_or_an(said)} {said}"
    if verb == "log in" and not (m["one"] or m["new"]) and whose:
        return f" into {whose} {f'{service} ' * bool(service)}account"
    return None


def _doing(text: str) -> str | None:
    """"Tôi quên mật khẩu rồi." as "I've forgotten my password.", "Bạn đăng nhập chưa?" as "Have you logged in?",
    "Tôi không đăng nhập được." as "I can't log in.", "Tôi vừa tạo tài khoản." as "I've just created an account."
    (_DOING, _SAID, _SAID_KEPT); None for anything else."""
    m = _DOING.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    if not m or m["can"] and m["can2"]:
        return None
    pre = "vừa" if keyed(m["pre"] or "") in ("vừa", "vừa mới", "mới") else keyed(m["pre"] or "")
    tail = " ".join(w for w in ("được" if m["can"] or m["can2"] else "", keyed(m["tail"] or "")) if w) + "?" * asked
    verb, said = VERBS[keyed(m["verb"])], who(m, asked)
    template = _SAID_KEPT.get(verb, _SAID).get((pre, tail))
    obj = template and said and _obj(m, verb, _whose(m, said[0]))
    if obj is None:
        return None
    who_, one = said
    past, pp = _forms(verb)
    if obj.startswith(" into"):  # ("log into my account")
        verb, past, pp = (w.removesuffix(" in") for w in (verb, past, pp))
    agreed = {word: forms[one] for word, forms in _AGREED.items()}
    english = template.format(who=who_, v=verb, past=past, pp=pp, obj=obj, **agreed)
    if template.startswith("{who} {have} "):
        english = contracted(who_, english[len(who_) + 1:])
    return capitalised(english)


def _obj_vi(m: re.Match, verb: str, whose: set[str]) -> str | None:
    """What a match of _OBJ_EN takes, in Vietnamese, after the verb: " mật khẩu Facebook", " tài khoản mới", " vào
    tài khoản", " vào Zalo", "" for nothing; None where the verb does not take it, or the password is another's."""
    if not m["obj"]:
        return "" if verb in _LOGS else None
    service = SERVICES_VI.get((m["s1"] or m["s2"] or "").lower(), "")
    service = f" {service}" if service else ""
    if m["site"]:
        return f" vào {SERVICES[m['site'].lower()]}" if verb in _INTO else None
    if m["an"]:  # ("sign up for an account": "sign up" and "for" after it)
        made = verb in _MADE and not m["for"] or verb == "sign up" and m["for"]
        return f" tài khoản{service}{' mới' * bool(m['new'])}" if made and service != " wifi" and (
            m["an"] == a_or_an(f"{m['new'] or m['s2'] or 'account'}")) else None
    if m["owner"].lower() not in whose | {"the"}:
        return None
    if m["thing"] == "account":
        return f" vào tài khoản{service}" if verb in _INTO and m["owner"].lower() != "the" and service != " wifi" \
            else None
    return f" {_SECRETS_VI[m['thing']]}{service}" if verb in _SECRET else None


def _person(words: list[str], who_: str, one: bool) -> bool:
    """Whether the first of the words before the verb that tells agrees with who ("I have", "she has", "I am")."""
    said = next((w for w in words if w in _ONE), None)
    if said in ("am", "'m") or who_ == "tôi" and said in ("are", "'re"):
        return who_ == "tôi" and said in ("am", "'m")
    return said is None or _ONE[said] == one


def _doing_vi(text: str) -> str | None:
    """"I forgot my password." as "Tôi quên mật khẩu rồi.", "Have you logged in?" as "Bạn đã đăng nhập chưa?",
    "I can't log in." as "Tôi không thể đăng nhập.", "I've logged out." as "Tôi đã đăng xuất rồi." (_DOING_EN,
    _SAID_EN …); None for anything else, and where a word does not agree with who, or whose with who."""
    m = _DOING_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]):
        return None
    who_, one = who_vi(m)
    said = re.findall(r"can't|\w+(?=n't)|n't|'\w+|\w+", f"{m['aux0'] or ''} {m['mid']}".lower().replace("’", "'"))
    if not _person(said, who_, one):
        return None
    words = " ".join(_WORDS.get(w, w) for w in said).split()
    aux0 = words.pop(0) if m["aux0"] else ""
    verb, kinds = _FORMS_EN[keyed(m["verb"])]
    table = _SAID_EN_KEPT.get(verb, _SAID_EN | (_SAID_EN_LOGGED if verb in _LOGS else {}))
    template = next((table[k] for kind in ("base", "past", "pp") if (k := (aux0, " ".join(words), kind)) in table and
                     kind in kinds), None)
    if template is None or m["yet"] and "chưa" not in template:
        return None
    if m["who"]:
        whose = {EN_WHOSE["I" if m["who"] in ("I", "i") else m["who"].lower()]}
    else:
        whose = {"his", "her"} if m["given"] else {his_her(who_)}
    obj = _obj_vi(m, verb, whose)
    return None if obj is None else capitalised(template.format(who=who_, v=VERBS_VI[verb], obj=obj))


def _locked(text: str) -> str | None:
    """"Tài khoản của tôi bị khóa rồi." as "My account has been locked.", "Tài khoản Facebook của tôi bị hack." as
    "My Facebook account was hacked.", "Tài khoản của bạn có bị khóa không?" as "Is your account locked?" (_LOCKED);
    None for anything else."""
    m = next((m for p in _LOCKED if (m := p.fullmatch(text))), None)
    asked = bool(m and "?" in m["end"])
    tail = keyed(m["tail"] or "") if m else ""
    if not m or asked != (tail in ("không", "à", "rồi à")) or (tail == "không") != bool(m.groupdict().get("ask")) or \
            m["pre"] and (asked or m["pre"] == "vừa" and tail):
        return None
    owner = "the"
    if m["who"] or m["kin"] or m["given"] or m["title"]:
        said = who(m, asked)
        if said is None:
            return None
        owner = EN_WHOSE.get(said[0]) or f"{said[0]}'s"
    service = SERVICES.get(keyed(m["service"] or ""))
    if service == "wifi":
        return None
    account, hit = f"{owner} {f'{service} ' * bool(service)}account", _HIT[keyed(m["hit"])]
    if asked:
        return f"Has {account} been {hit}?" if tail == "rồi à" else \
            f"{'Is' if hit == 'locked' else 'Was'} {account} {hit}?"
    done = "has just been" if m["pre"] == "vừa" else "has been" if tail else "was" if hit == "hacked" or m["pre"] \
        else "is"
    return capitalised(f"{account} {done} {hit}.")


def _locked_vi(text: str) -> str | None:
    """"My account has been hacked." as "Tài khoản của tôi bị hack rồi.", "Is your account locked?" as "Tài khoản
    của bạn có bị khóa không?" (_LOCKED_EN); None for anything else, and "is hacked"."""
    m = _LOCKED_EN.fullmatch(text)
    if not m or bool(m["aux0"]) != ("?" in m["end"]):
        return None
    be = keyed(m["aux0"] or m["be"] or "").replace("’", "'")
    be = ("has" if m["been"] else "is") if be == "'s" else be
    if bool(m["aux0"]) == bool(m["be"]) or m["aux0"] and m["just"] or (be == "has") != bool(m["been"]) or \
            be == "is" and m["hit"] == "hacked":
        return None
    owner = m["owner"].lower()
    if owner in WHOSE_VI or owner == "the":
        owner = f" của {WHOSE_VI[owner]}" if owner != "the" else ""
    else:
        person = someone(m["owner"][:-2], "en")
        if person is None:
            return None
        owner = f" của {person}"
    service = f" {SERVICES_VI[m['service'].lower()]}" if m["service"] else ""
    said = _LOCKED_SAID.get((be, bool(m["just"]), bool(m["been"])))
    if service == " wifi" or said is None:
        return None
    hit = _HIT_VI[m["hit"]]
    if m["aux0"]:
        return f"Tài khoản{service}{owner} có bị {hit} không?"
    return f"Tài khoản{service}{owner} {said.format(hit=hit)}{m['end'] or '.'}"


def _wrong(text: str) -> str | None:
    """"Mật khẩu sai rồi." as "The password is wrong.", "Mật khẩu không đúng." as "The password is incorrect.", "Sai
    mật khẩu." as "Wrong password.", "Tôi nhập sai mật khẩu." as "I entered the wrong password." (_WRONG); None for
    anything else."""
    m = _WRONG.fullmatch(text)
    if not m or bool(m["ask"]) != ("?" in m["end"]) or m["ask"] and m["done"]:
        return None
    if m["alone"]:
        return f"Wrong password{m['end'] or '.'}"
    if m["typed"]:
        said = who(m, False)
        return capitalised(f"{said[0]} entered the wrong password.") if said else None
    service = SERVICES.get(keyed(m["service"] or ""), "")
    password = " ".join(w for w in (OWNERS[keyed(m["owner"])] if m["owner"] else "the", service, "password") if w)
    if m["ask"]:
        return f"Is {password} correct?"
    if m["right"] and not m["done"]:
        return None  # ("Mật khẩu đúng" alone: a heading as often)
    return capitalised(f"{password} is {'wrong' if m['wrong'] else 'incorrect' if m['not'] else 'correct'}.")


def _wrong_vi(text: str) -> str | None:
    """"The password is wrong." as "Mật khẩu sai rồi.", "Wrong password." as "Sai mật khẩu.", "I entered the wrong
    password." as "Tôi nhập sai mật khẩu." (_WRONG_EN); None for anything else."""
    m = _WRONG_EN.fullmatch(text)
    if not m:
        return None
    if m["alone"]:
        return f"Sai mật khẩu{m['end'] or '.'}"
    if m["typed"]:
        who_, one = who_vi(m)
        have = keyed(m["have"] or "").replace("’", "'")
        if have and (have in ("has", "'s")) != one:
            return None
        return capitalised(f"{who_} nhập sai mật khẩu{' rồi' * bool(have)}.")
    asked = bool(m["aux0"])
    if asked != ("?" in m["end2"]) or asked == bool(m["be"]) or asked and not m["right"]:
        return None
    owner = m["owner"].lower()
    owner = f" của {WHOSE_VI[owner]}" if owner != "the" else ""
    service = f" {SERVICES_VI[m['service'].lower()]}" if m["service"] else ""
    said = "có đúng không?" if asked else "sai rồi." if m["wrong"] else "không đúng." if m["not"] else "đúng rồi."
    return f"Mật khẩu{service}{owner} {said}"

