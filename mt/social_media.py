"""Social media and apps, both ways, written whole by rule: adding or following someone on a platform, posting a
photo or a video there, using it or being on it, downloading or installing an app, video calling, and sending or
messaging something to someone on one. v8 (every other rule on) reads "kết bạn" as telling, "theo dõi" as watching,
"đăng" as registering, "tải" as loading, and "follow" as obeying: "Kết bạn với tôi trên Facebook nhé." → "Just tell me
on Facebook.", "Bạn kết bạn với tôi trên Zalo nhé." → "Give you to me on Zalo.", "Bạn có theo dõi tôi trên TikTok
không?" → "Do you watch me on TikTok?", "Cô ấy vừa đăng ảnh lên Facebook." → "She just registered on Facebook.", "Bạn
có tải ứng dụng này chưa?" → "Do you load this application?", "Mẹ bạn có dùng Zalo không?" → "Do you use Zalo?", "Tôi
dùng Zalo." → "I used Zalo.", "Bạn có Facebook không?" → "Are you Facebook?", "Gọi video cho tôi nhé." → "Call me.",
"Tối nay chúng ta gọi video nhé." → "Tonight, we call video.", "Gửi cho tôi qua Zalo nhé." → "Send me to Zalo.";
"Follow me on Instagram." → "Làm theo tôi trên Instagram.", "Are you on Facebook?" → "Bạn có trên Facebook không?",
"Add me on Facebook." → "Thêm tôi vào Facebook.", "I added her on Facebook." → "Tôi nói thêm cô ấy vào Facebook.",
"She posted a photo on Facebook." → "Cô ấy đăng lên tấm ảnh trên Facebook.", "Video call me." → "Video gọi tôi.",
"Message me on WhatsApp." → "Thông điệp tôi về những gìsAppp.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking), or no one (told: "… nhé", "… đi", "Hãy …";
"Chúng ta … nhé" and "Let's …" suggested), and one of ACTS: adding (kết bạn với) or following (theo dõi) someone
(mt.hobbies.WHOM, WHOM_EN) on one of PLATFORMS, posting one of POSTS on it, using it (or, in English, being on it),
downloading (tải) or installing (cài) an app ("ứng dụng này", "ứng dụng Zalo", "Zalo", "nó"), video calling (whom, on
which), sending it (gửi cho) or messaging (nhắn tin cho) someone on (qua) a platform; done ("đã", a day behind), done
already ("rồi"), not yet ("chưa"), asked ("… chưa?", "có … không?", "có thể … không?", "… được không?"), just done
("vừa"), to be done ("sẽ"), should ("nên"); a plain verb (a habit), "không" and "có … không?" only of following and
using. A day (mt.free_time.when) only with "sẽ", told, suggested (not a day behind) or "đã" (a day behind). Left:
calling and texting with no platform (mt/calls.py, mt/messages.py), photos sent or shown (mt/photos.py), passwords,
accounts and logging in (mt/accounts.py), an app that crashes (mt/tech_trouble.py), something seen on Facebook
(mt/news.py) or on another platform ("Tôi thấy nó trên TikTok.": v8 is right), "kết bạn" with no platform (making
friends), posting and adding as a habit or denied, "Will you …?" (a favour?), and anything else.
mt.phrasebook.translate tries these after mt/scores.py.

    >>> translate("Kết bạn với tôi trên Facebook nhé.", "vi", "en"), translate("Follow me on Instagram.", "en", "vi")
    ('Add me on Facebook.', 'Theo dõi tôi trên Instagram nhé.')
"""
from __future__ import annotations

import re

from .dates import AHEAD
from .free_time import DAY_AFTER, DAY_AFTER_EN, DAY_OPENING, placed, when
from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, be_agrees, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .tense import BEHIND
from .text import SOFTENER, alternatives, be, capitalised, contracted, keyed, stop

# the platforms, as they are written in both languages
PLATFORMS = {"facebook": "Facebook", "instagram": "Instagram", "zalo": "Zalo", "tiktok": "TikTok",
             "youtube": "YouTube", "whatsapp": "WhatsApp"}
# what is posted (a bare "ảnh" is mostly one photo just posted)
POSTS = {"một tấm ảnh": "a photo", "một bức ảnh": "a photo", "một tấm hình": "a photo", "một bức hình": "a photo",
         "ảnh": "a photo", "một video": "a video", "một đoạn video": "a video", "video": "a video"}
POSTS_VI = {"a photo": "một tấm ảnh", "a picture": "một tấm ảnh", "photos": "ảnh", "pictures": "ảnh",
            "a video": "một video", "videos": "video"}
# what is done, in Vietnamese and after the verb in English ({whom}, {p}: a platform; {app}; {thing} posted; {to},
# {on}: whom or the platform of a video call, or nothing), and the English verb: base, "-s", past (and participle)
ACTS = {"add": ("kết bạn với {whom} trên {p}", "{whom} on {p}"),
        "follow": ("theo dõi {whom} trên {p}", "{whom} on {p}"), "post": ("đăng {thing} lên {p}", "{thing} on {p}"),
        "use": ("dùng {p}", "{p}"), "download": ("tải {app}", "{app}"), "install": ("cài {app}", "{app}"),
        "call": ("gọi video{to}{on}", "{to}{on}"), "send": ("gửi cho {whom} qua {p}", "it to {whom} on {p}"),
        "message": ("nhắn tin cho {whom} qua {p}", "{whom} on {p}")}
_FORMS = {act: (act, f"{act}s", f"{act}{'d' if act.endswith('e') else 'ed'}") for act in ACTS} | {
    "call": ("video call", "video calls", "video called"), "send": ("send", "sends", "sent"),
    "message": ("message", "messages", "messaged")}
_STATES = {"follow", "use"}  # (said plainly, a habit; the others, plain, may be now or done)
_USED = {"habit", "not", "do?", "should", "tell"}  # (using Facebook "already", "yet", "just" says little)
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(rf"(?i:{'|'.join(PLATFORMS)}|ứng\s+dụng|\bapp\b|video|\btải\b|\bcài\b)"),
         "en": lazy(rf"(?i:{'|'.join(PLATFORMS)}|\bapps?\b|video|download|install)")}

_P = rf"(?P<p>(?i:{alternatives(PLATFORMS)}))"
_APP = (rf"(?P<app>(?i:ứng\s+dụng|app)(?:\s+(?P<app_p>(?i:{alternatives(PLATFORMS)}))|\s+(?P<this>này|đó))?|"
        rf"(?P<it>nó)|(?P<named>(?i:{alternatives(PLATFORMS)})))")
_VI = {"add": rf"(?i:kết\s+bạn\s+với)\s+{WHOM}\s+trên\s+{_P}", "follow": rf"(?i:theo\s+dõi)\s+{WHOM}\s+trên\s+{_P}",
       "post": rf"(?i:đăng)\s+(?P<thing>{alternatives(POSTS)})\s+(?:lên|trên)\s+{_P}",
       "use": rf"(?:(?P<uses>(?i:dùng|sử\s+dụng|xài))\s+)?{_P}",
       "download": rf"(?i:tải)(?:\s+về)?\s+{_APP}(?:\s+về)?", "install": rf"(?i:cài)(?:\s+đặt)?\s+{_APP}",
       "call": rf"(?i:gọi\s+video)(?:\s+cho\s+{WHOM})?(?:\s+(?:qua|trên|bằng)\s+{_P})?",
       "send": rf"(?i:gửi)(?:\s+(?:nó|cái\s+đó))?\s+cho\s+{WHOM}\s+qua\s+{_P}",
       "message": rf"(?i:nhắn\s+tin)\s+cho\s+{WHOM}\s+qua\s+{_P}"}
_SAID = {act: lazy(rf"{DAY_OPENING}(?:{WHO}\s+)?(?:(?P<aux>(?i:đã|vừa\s+mới|vừa|mới|sẽ|chưa|không|có\s+thể|có|"
                   rf"nên|hãy))\s+)?{said}{DAY_AFTER}(?:\s+(?P<tail>rồi|chưa|không|được\s+không|nhé|đi))?"
                   rf"{SOFTENER}\s*(?P<end>[.!?]*)") for act, said in _VI.items()}
# what "aux" and "tail" of _SAID say, together
_ASPECTS = {("", ""): "habit", ("không", ""): "not", ("có", "không"): "do?", ("đã", ""): "past", ("đã", "rồi"): "done",
            ("", "rồi"): "done", ("chưa", ""): "not yet", ("", "chưa"): "yet?", ("đã", "chưa"): "yet?",
            ("có", "chưa"): "yet?", ("vừa", ""): "just", ("mới", ""): "just", ("vừa mới", ""): "just",
            ("sẽ", ""): "will", ("có thể", "không"): "can?", ("", "được không"): "can?", ("nên", ""): "should",
            ("", "nhé"): "tell", ("", "đi"): "tell", ("hãy", ""): "tell", ("hãy", "nhé"): "tell", ("hãy", "đi"): "tell"}

# ... in English
_P_EN = rf"(?P<p>(?i:{alternatives(PLATFORMS)}))"
_APP_EN = (rf"(?:(?P<det>this|that|the)\s+(?:(?P<app_p>(?i:{alternatives(PLATFORMS)}))\s+)?app|(?P<it>it)|"
           rf"(?P<named>(?i:{alternatives(PLATFORMS)})))")
_EN = {"add": rf"(?P<verb>(?i:add|adds|added))\s+{WHOM_EN}\s+on\s+{_P_EN}",
       "follow": rf"(?P<verb>(?i:follow|follows|followed))\s+{WHOM_EN}\s+on\s+{_P_EN}",
       "post": rf"(?P<verb>(?i:post|posts|posted))\s+(?P<thing>{alternatives(POSTS_VI)})\s+(?:on|to)\s+{_P_EN}",
       "use": rf"(?P<verb>(?i:use|uses|used))\s+{_P_EN}",
       "download": rf"(?P<verb>(?i:download|downloads|downloaded))\s+{_APP_EN}",
       "install": rf"(?P<verb>(?i:install|installs|installed))\s+{_APP_EN}",
       "call": rf"(?P<verb>(?i:video\s+call|video\s+calls|video\s+called))(?:\s+{WHOM_EN})?(?:\s+on\s+{_P_EN})?",
       "send": rf"(?P<verb>(?i:send|sends|sent))\s+it\s+to\s+{WHOM_EN}\s+on\s+{_P_EN}",
       "message": rf"(?P<verb>(?i:message|messages|messaged))\s+{WHOM_EN}\s+on\s+{_P_EN}"}
_SAID_EN = {act: lazy(rf"(?:(?P<lets>Let['’]s)\s+|(?P<please>Please)\s+|(?:(?P<aux0>Do|Does|Did|Have|Has|Can|"
                      rf"Could)\s+)?{WHO_EN}(?P<aux>\s+(?:do|does|did|will|have|has|should)|['’](?:ll|ve|s))?"
                      r"(?P<not>\s+not|n['’]t)?(?:\s+(?P<adv>already|just))?\s+)?"
                      rf"{said}(?:\s+(?P<yet>yet))?{DAY_AFTER_EN}(?:,?\s+please)?\s*(?P<end>[.!?]*)")
            for act, said in _EN.items()}
# being on a platform ("Are you on Facebook?", "I'm not on Zalo.")
_ON_EN = lazy(rf"(?:(?P<be0>Are|Is|Am)\s+)?{WHO_EN}(?P<be>\s+is|\s+am|\s+are|['’]s|['’]m|['’]re)?"
              rf"(?P<not>\s+not|n['’]t)?\s+on\s+{_P_EN}\s*(?P<end>[.!?]*)")

# each aspect said in English (the verb with what follows it in {base}, {s}, {past}) and in Vietnamese ({act})
_ENGLISH = {"habit": "{who} {verb}", "not": "{who} {do}n't {base}", "do?": "{Do} {who} {base}?", "past": "{who} {past}",
            "done": "{who} {have} already {past}", "not yet": "{who} {have}n't {past} yet",
            "yet?": "{Have} {who} {past} yet?", "just": "{who} {have} just {past}", "will": "{who} will {base}",
            "can?": "Can {who} {base}?", "should": "{who} should {base}", "tell": "{base}", "lets": "Let's {base}"}
_VIETNAMESE = {"habit": "{who} {act}", "not": "{who} không {act}", "do?": "{who} có {act} không?",
               "past": "{who} đã {act}", "done": "{who} đã {act} rồi", "not yet": "{who} chưa {act}",
               "yet?": "{who} đã {act} chưa?", "just": "{who} vừa {act}", "will": "{who} sẽ {act}",
               "can?": "{who} có thể {act} không?", "should": "{who} nên {act}", "tell": "{act} nhé",
               "lets": "chúng ta {act} nhé"}


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says, asks or tells who adds, follows, posts, uses, downloads, video calls,
    sends or messages on a platform or an app; None for any other."""
    if src == "vi":
        return next((said for act, p in _SAID.items() if (m := p.fullmatch(text)) and (said := _said(m, act))), None)
    said = next((said for act, p in _SAID_EN.items() if (m := p.fullmatch(text)) and (said := _said_vi(m, act))), None)
    return said or _on_vi(text)


def _slots(m: re.Match, lang: str) -> dict[str, str] | None:
    """What fills the slots of ACTS in the other language, of a match of _SAID (`lang` "vi") or _SAID_EN ("en"):
    {"whom": "me", "p": "Facebook"}, {"app": "this app"}, {"to": " cho tôi", "on": " qua Zalo"}; None for whom not
    read, or an app that is not one ("this Zalo app")."""
    groups = m.groupdict()
    p = PLATFORMS[keyed(m["p"])] if groups.get("p") else ""
    whom = groups.get("whom") and as_whom(groups["whom"], lang)
    app = _app(m, lang) if "it" in groups else ""
    if groups.get("whom") and not whom or app is None:
        return None
    thing = (POSTS if lang == "vi" else POSTS_VI)[keyed(m["thing"])] if groups.get("thing") else ""
    return {"p": p, "whom": whom or "", "app": app, "thing": thing,
            "to": f" {'' if lang == 'vi' else 'cho '}{whom}" if whom else "",
            "on": f" {'on' if lang == 'vi' else 'qua'} {p}" if p else ""}


def _app(m: re.Match, lang: str) -> str | None:
    """The app of a match of _APP (`lang` "vi") or _APP_EN ("en") in the other language: "ứng dụng này" as "this
    app", "ứng dụng Zalo" as "the Zalo app", "the app" as "ứng dụng", "nó" as "it"; None for "these app" and for "this
    Zalo app"."""
    named = PLATFORMS[keyed(m["named"] or m["app_p"])] if m["named"] or m["app_p"] else ""
    if m["it"]:
        return "it" if lang == "vi" else "nó"
    if lang == "vi":
        if m["named"]:
            return named
        return f"the {named} app" if named else f"{'this' if keyed(m['this'] or '') == 'này' else 'that'} app" \
            if m["this"] else "the app"
    det = m["det"] and m["det"].lower()
    if m["named"]:
        return named
    if named and det != "the":
        return None
    return f"ứng dụng {named}" if named else {"this": "ứng dụng này", "that": "ứng dụng đó", "the": "ứng dụng"}[det]


def _aspect(m: re.Match, act: str) -> str | None:
    """What a match of _SAID says by its "aux", its "tail" and who says it: "past", "yet?", "tell", "lets" …; None
    where they do not go together, or a plain verb is not of a state (_STATES)."""
    aspect = _ASPECTS.get((keyed(m["aux"] or ""), keyed(m["tail"] or "")))
    subject = keyed(m["who"] or "")
    if aspect is None or ("?" in m["end"]) != aspect.endswith("?") or act == "use" and not m["uses"] and (
            aspect != "do?" or m["aux"] is None):
        return None
    if aspect in ("habit", "not", "do?") and act not in _STATES or act == "use" and aspect not in _USED:
        return None
    if aspect == "tell":
        if subject == "chúng ta":
            return "lets"
        if subject not in ("", "bạn") or m["kin"] or m["title"] or m["given"]:
            return None
        return "lets" if act == "call" and not m["whom"] else aspect
    return aspect if subject or m["kin"] or m["title"] or m["given"] else None


def _day(said: str, aspect: str, lang: str) -> str | None:
    """The day said (English in `lang` "vi", Vietnamese in "en"), "" for none; None for a day that does not go with
    the aspect ("đã" with a day behind; "sẽ", told or suggested with any other)."""
    day = when(said, lang)
    if not said or day is None:
        return day
    behind = bool(BEHIND.match(day if lang == "vi" else said))
    ahead = bool(AHEAD.match(day if lang == "vi" else said)) or keyed(said) in ("tối nay", "tonight", "today",
                                                                               "hôm nay")
    return day if aspect == "past" and behind or aspect in ("will", "tell", "lets") and ahead else None


def _said(m: re.Match, act: str) -> str | None:
    """"Kết bạn với tôi trên Facebook nhé." as "Add me on Facebook.", "Bạn có tải ứng dụng này chưa?" as "Have you
    downloaded this app yet?", "Cô ấy vừa đăng ảnh lên Facebook." as "She's just posted a photo on Facebook.", "Bạn có
    Facebook không?" as "Are you on Facebook?" (_SAID); None for anything else."""
    aspect = _aspect(m, act)
    said = aspect and (("", False) if aspect in ("tell", "lets") else who(m, aspect.endswith("?")))
    slots = said and _slots(m, "vi")
    if not slots or m["day0"] and m["day"] or (day := _day(m["day0"] or m["day"], aspect, "vi")) is None:
        return None
    who_, one = said
    if who_ in ("I", "we") and slots["whom"] in ("me", "us"):
        return None
    if act == "use" and not m["uses"]:  # ("Bạn có Facebook không?")
        return f"{be(who_).capitalize()} {who_} on {slots['p']}?"
    rest = ACTS[act][1].format(**slots).strip()
    base, s, past = (f"{form} {rest}".strip() for form in _FORMS[act])
    out = _ENGLISH[aspect].format(who=who_, verb=s if one else base, base=base, past=past, do="does" if one else "do",
                                  Do="Does" if one else "Do", have="has" if one else "have",
                                  Have="Has" if one else "Have")
    if aspect in ("done", "just", "will"):
        out = contracted(who_, out.removeprefix(f"{who_} "))
    day = f" {day}" if day else ""
    return capitalised(f"{out[:-1]}{day}?" if out.endswith("?") else f"{out}{day}{stop(m['end'])}")


def _aspect_en(m: re.Match, act: str, one: bool) -> str | None:
    """What a match of _SAID_EN says by its words before the verb and the verb's form, as `_aspect`; None where they
    do not agree with who (`one`: he, she, a name …) or do not go together ("She have posted", "I adds")."""
    base, s, _ = _FORMS[act]
    verb = keyed(m["verb"])
    form = "base" if verb == base else "s" if verb == s else "past"
    aux0 = (m["aux0"] or "").lower()
    aux = {"'ll": "will", "'ve": "have", "'s": "has"}.get(keyed((m["aux"] or "").replace("’", "'")),
                                                           keyed(m["aux"] or ""))
    do, have, adv = "does" if one else "do", "has" if one else "have", m["adv"] or ""
    subject = m["who"] or m["kin"] or m["given"]
    if m["lets"] or m["please"] or not subject:
        ok = form == "base" and not (m["yet"] or m["lets"] and m["please"])
        return ("lets" if m["lets"] else "tell") if ok else None
    if aux0 and (aux or m["not"] or adv) or m["yet"] and aux0 not in ("have", "has", "did") and not (
            aux == have and m["not"]):
        return None
    if aux0:
        asked = {"do": "do?", "does": "do?", "did": "yet?", "have": "yet?", "has": "yet?", "can": "can?",
                 "could": "can?"}[aux0]
        agrees = aux0 not in ("do", "does", "have", "has") or aux0 in (do, have)
        return asked if agrees and form == ("past" if aux0 in ("have", "has") else "base") else None
    if not aux:
        if m["not"] or form == "base" and one or form == "s" and not one:
            return None
        return {"": "past", "just": "just", "already": "done"}[adv] if form == "past" else "habit" if not adv else None
    if aux in ("do", "does"):
        return "not" if aux == do and m["not"] and form == "base" and not adv else None
    if aux in ("have", "has"):
        if aux != have or form != "past" or m["not"] and adv:
            return None
        return "not yet" if m["not"] else "just" if adv == "just" else "done"
    return {"will": "will", "should": "should"}.get(aux) if form == "base" and not (m["not"] or adv) else None


def _said_vi(m: re.Match, act: str) -> str | None:
    """"Add me on Facebook." as "Kết bạn với tôi trên Facebook nhé.", "She posted a photo on Facebook." as "Cô ấy đã
    đăng một tấm ảnh lên Facebook.", "Have you downloaded this app?" as "Bạn đã tải ứng dụng này chưa?", "Let's video
    call tonight." as "Tối nay chúng ta gọi video nhé." (_SAID_EN); None for anything else, and where the words do
    not agree with who."""
    subject = m["who"] or m["kin"] or m["given"]
    who_, one = who_vi(m) if subject else ("", False)
    aspect = _aspect_en(m, act, one)
    if aspect is None or aspect.endswith("?") != ("?" in m["end"]) or aspect in ("habit", "not", "do?") and (
            act not in _STATES) or act == "use" and aspect not in _USED or (slots := _slots(m, "en")) is None:
        return None
    if (day := _day(m["day"], aspect, "en")) is None or who_ in ("tôi", "chúng tôi") and slots["whom"] == who_:
        return None
    said = _VIETNAMESE[aspect].format(who=who_, act=ACTS[act][0].format(**slots))
    end = "?" if said.endswith("?") else stop(m["end"])
    body = said.rstrip("?")
    if end == "?":
        body, tail = body.rsplit(" ", 1)
        return placed(body, day, f" {tail}?")
    return placed(body, day, end)


def _on_vi(text: str) -> str | None:
    """"Are you on Facebook?" as "Bạn có dùng Facebook không?", "I'm not on Zalo." as "Tôi không dùng Zalo.", "My
    mother is on Zalo." as "Mẹ tôi dùng Zalo." (_ON_EN); None for anything else, and where "is" does not agree."""
    m = _ON_EN.fullmatch(text)
    if not m or bool(m["be0"]) == bool(m["be"]) or bool(m["be0"]) != ("?" in m["end"]):
        return None
    if not be_agrees(m, m["be0"] or m["be"]) or m["be0"] and m["not"]:
        return None
    who_, p = who_vi(m)[0], PLATFORMS[keyed(m["p"])]
    if m["be0"]:
        return capitalised(f"{who_} có dùng {p} không?")
    return capitalised(f"{who_} {'không ' if m['not'] else ''}dùng {p}{stop(m['end'])}")
