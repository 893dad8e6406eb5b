"""News, of people and on TV or in the paper, said or asked, both ways, written whole by rule: whether someone has
heard the news, any news (about someone, from someone), no news yet, good or bad news someone has, news called good
or great, something seen on the news or read in the paper, and something that was in the paper. v8 reads "tin" as
believe and "thời sự" as time: "Có tin gì mới không?" → "Are there a new news?", "Có tin gì về anh ấy không?" → "What
about him?", "Có tin gì từ anh trai bạn không?" → "What do you believe from your brother?", "Vẫn chưa có tin gì." →
"There's no believe.", "Tôi xem trên tin tức." → "I watched on news.", "Tôi thấy trên thời sự." → "I saw it over
time.", "Nó đã lên tin tức." → "It was convinced.", "Chuyện đó lên báo rồi." → "That's going to report.", "Tin vui
quá!" → "The good news is too!", "Mẹ bạn đã nghe tin chưa?" → "Did you hear you trust?"; "Any news?" → "Bất kỳ tin
nào?", "Have you heard the news?" → "Bạn có nghe tin tức không?", "I just heard the news." → "Tôi chỉ nghe tin tức."
(only), "I saw it on the news." → "Tôi nhìn thấy nó trên tin tức.", "I read it in the paper." → "Tôi đọc nó trong
giấy." (paper), "I've got bad news." → "Tôi đã có tin xấu.", "Great news!" → "Tin tức lớn!", "It was on the news." →
"Đó là tin tức.".

Taken: who (mt.hobbies.WHO, WHO_EN; "anh", "chị", "em" alone only asking) has heard the news or any news, about
someone (mt.hobbies.WHOM), or not yet, has just heard it, heard it; any news (new, about or from someone, yet),
asked with no one or of who has it; no news (yet, still, about or from someone), or who has had none; who has (some)
good, bad, sad or great news (for someone); news called so ("Đó là tin vui.", "Tin tuyệt vời quá!", "What great
news!"); who saw, heard or read it on the news, on TV, on the radio, in the paper or online (just, or asked "Did
…?"), where the verb goes with it; that it ("chuyện đó", "tin đó", not "nó": him too) was on the news, on TV or in
the paper. Left: "nó" (it or him), news with a time ("tối qua"), "tin tốt đây" (v8 has it), news of a death
(mt/condolences.py), watching the news or reading the paper now (mt/doing_now.py), messages, texts and emails
(mt/messages.py), "I got good news" (received), "No news is good news.", and anything else.
mt.phrasebook.translate tries these after mt/crying.py.

    >>> translate("Có tin gì về anh ấy không?", "vi", "en"), translate("I saw it on the news.", "en", "vi")
    ('Any news about him?', 'Tôi đã xem trên tin tức.')
"""
from __future__ import annotations

import re

from .hobbies import WHO, WHO_EN, WHOM, WHOM_EN, as_whom, who, who_vi
from .lazy_re import lazy
from .rule_keys import key_checked
from .text import SOFTENED_END, SOFTENER, alternatives, capitalised, contracted, keyed

# what news is called (the first of each English is written back; "tin vui" is a person's good news, "tin tốt" too)
KINDS = {"vui": "good", "tốt": "good", "mừng": "good", "xấu": "bad", "buồn": "sad", "tuyệt vời": "great"}
KINDS_VI = {en: vi for vi, en in reversed(KINDS.items())} | {"wonderful": "tuyệt vời", "fantastic": "tuyệt vời",
                                                              "amazing": "tuyệt vời"}
# where it was seen, heard or read ("trên tin tức": on the news), and which of these each verb goes with
MEDIA = {"tin tức": "on the news", "thời sự": "on the news", "bản tin": "on the news", "tivi": "on TV",
         "ti vi": "on TV", "tv": "on TV", "truyền hình": "on TV", "đài": "on the radio", "radio": "on the radio",
         "báo": "in the paper", "mạng": "online", "facebook": "on Facebook"}
MEDIA_VI = {en.lower(): vi for vi, en in reversed(MEDIA.items())} | {
    "in the news": "báo", "in the papers": "báo", "in the newspaper": "báo", "in the newspapers": "báo",
    "on television": "tivi", "on the internet": "mạng", "on facebook": "Facebook"}
_SEEN_IN = {"saw": {"on the news", "on TV", "in the paper", "online", "on Facebook"},
            "heard": {"on the news", "on the radio"}, "read": {"in the paper", "online", "on Facebook"}}
_WAS_IN = {"on the news", "on TV", "in the paper"}  # ("It was online" says little; "lên đài" is rare)
_SEEN = {"xem": "saw", "thấy": "saw", "nghe": "heard", "đọc": "read"}
_SEEN_VI = {"saw": "xem", "heard": "nghe", "read": "đọc"}
_BASE = {"saw": "see", "heard": "hear", "read": "read", "see": "see", "hear": "hear"}
_ABOUT = {"về": "about", "từ": "from", "của": "from"}
_ABOUT_VI = {"about": "về", "on": "về", "of": "về", "from": "từ"}
# a cheap look before the regexes: each sentence of every text comes here
_KEYS = {"vi": lazy(r"(?i:\btin\b|\bbáo\b|trên|lên)"),
         "en": lazy(r"(?i:\bnews\b|\bhear|\bpapers?\b|newspaper|\bradio\b|\btv\b|television|online|internet|"
                    r"facebook)")}

_NEWS = r"tin(?:\s+tức)?"
_OF = rf"(?:\s+(?P<rel>về|từ|của)\s+{WHOM})?"
_MEDIUM = rf"(?P<media>(?i:{alternatives(MEDIA)}))"
# who heard the news ("Bạn nghe tin chưa?", "Tôi vừa nghe tin.", "Tôi chưa nghe tin gì về anh ấy.")
_HEARD = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|chưa|có)\s+)?nghe\s+(?:được\s+)?{_NEWS}"
              rf"(?:\s+(?P<any>gì))?(?:\s+về\s+{WHOM})?(?:\s+(?P<tail>chưa|rồi|không))?{SOFTENED_END}")
# any news, of no one or of who has it ("Có tin gì mới không?", "Bạn có tin gì về anh ấy không?")
_ANY = lazy(rf"(?:(?P<did>(?i:đã))\s+)?(?:{WHO}\s+)?(?i:có)\s+{_NEWS}\s+gì(?:\s+(?P<new>mới))?{_OF}"
            rf"\s+(?P<tail>không|chưa){SOFTENER}\s*\?+")
# no news ("Vẫn chưa có tin gì.", "Tôi chưa có tin gì từ anh ấy.")
_NONE = lazy(rf"(?:{WHO}\s+)?(?P<still>(?i:vẫn)\s+)?(?P<not>(?i:chưa|không))\s+có\s+{_NEWS}\s+gì"
             rf"(?:\s+mới)?{_OF}(?:\s+(?:cả|hết))?{SOFTENED_END}")
# who has good or bad news ("Tôi có tin vui cho bạn.")
_GOT = lazy(rf"{WHO}\s+có\s+(?P<one>một\s+)?tin\s+(?P<kind>{alternatives(KINDS)})(?:\s+cho\s+{WHOM})?"
            rf"{SOFTENED_END}")
# news called so ("Đó là tin vui.", "Tin tuyệt vời quá!", "Thật là tin tuyệt vời!")
_CALLED = lazy(rf"(?:(?P<that>(?i:đó|đấy|thật|đúng))\s+là\s+(?:một\s+)?)?(?i:tin)\s+"
               rf"(?P<kind>{alternatives(KINDS)})(?:\s+(?P<so>quá|thật))?{SOFTENED_END}")
# who saw it on the news ("Tôi xem trên tin tức.", "Bạn có đọc trên báo không?"; "nó" left: him too)
_SAW = lazy(rf"{WHO}\s+(?:(?P<tense>đã|vừa\s+mới|vừa|mới|có)\s+)?(?P<verb>{alternatives(_SEEN)})"
            r"(?:\s+được)?(?:\s+(?:tin|chuyện)\s+(?:đó|này))?\s+trên\s+"
            rf"{_MEDIUM}(?:\s+(?P<tail>rồi|không))?{SOFTENED_END}")
# it was in the paper ("Chuyện đó lên báo rồi.", "Tin đó có lên tivi không?")
_WAS = lazy(r"(?i:chuyện|tin|việc|vụ(?:\s+việc)?)\s+(?:đó|này)\s+(?:(?P<tense>đã|có)\s+)?(?:lên|có\s+trên)\s+"
            rf"{_MEDIUM}(?:\s+(?P<tail>rồi|không))?{SOFTENED_END}")

# ... and in English
_WHOM_EN = rf"(?:\s+(?P<rel>about|from|of|on)\s+{WHOM_EN})?"
_HEARD_EN = lazy(rf"(?:(?P<do>Have|Has|Did)\s+)?{WHO_EN}(?P<aux>['’]ve|\s+have|['’]s|\s+has|\s+(?:have|has)"
                 r"(?:n['’]t|\s+not)|\s+didn['’]t|\s+did\s+not)?(?:\s+(?P<just>just|already))?\s+"
                 r"(?P<verb>heard|hear)\s+(?:(?P<the>the\s+news)|(?P<any>any\s+news|anything))"
                 rf"(?:\s+about\s+{WHOM_EN})?(?:\s+(?P<yet>yet))?\s*(?P<end>[.!?]*)")
_ANY_EN = lazy(rf"(?:Is\s+there\s+(?P<is>any)|(?P<do>Do|Does)\s+{WHO_EN}\s+have\s+any|Any)\s+"
               rf"(?:(?:more|new)\s+)?news{_WHOM_EN}(?:\s+(?P<yet>yet))?\s*\?+")
_NONE_EN = lazy(rf"(?:There['’]s\s+|There\s+is\s+)?(?P<still>(?i:still)\s+)?(?i:no)\s+news{_WHOM_EN}"
                r"(?:\s+(?P<yet>yet))?\s*(?P<end>[.!]*)")
_HAS_EN = lazy(rf"{WHO_EN}(?P<have>\s+have|\s+has|['’]ve\s+got|['’]s\s+got|\s+(?:have|has)\s+got)\s+"
               rf"(?P<some>some\s+)?(?P<kind>{alternatives(KINDS_VI)})\s+news(?:\s+for\s+{WHOM_EN})?"
               r"\s*(?P<end>[.!]*)")
_CALLED_EN = lazy(r"(?:(?P<that>That['’]s|That\s+is|It['’]s|It\s+is)\s+(?P<such>such\s+)?|(?P<what>What)\s+)?"
                  rf"(?P<kind>(?i:{alternatives(KINDS_VI)}))\s+news\s*(?P<end>[.!]*)")
_SAW_EN = lazy(rf"(?:(?P<did>Did)\s+)?{WHO_EN}(?:\s+(?P<just>just))?\s+(?P<verb>saw|see|heard|hear|read)\s+"
               rf"(?:it|that|(?P<about>about\s+(?:it|that)))\s+(?P<media>(?i:{alternatives(MEDIA_VI)}))"
               r"\s*(?P<end>[.!?]*)")
_WAS_EN = lazy(rf"(?:(?P<was0>Was)\s+)?(?i:it|that)(?P<was>\s+was|['’]s\s+been)?\s+"
               rf"(?P<media>(?i:{alternatives(MEDIA_VI)}))\s*(?P<end>[.!?]*)")


@key_checked(_KEYS)
def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence that says or asks who heard the news, any news, good or bad news, or where
    something was seen or read; None for any other."""
    if src == "vi":
        return _heard(text) or _any(text) or _none(text) or _got(text) or _called(text) or _saw(text) or _was(text)
    return (_heard_vi(text) or _any_vi(text) or _none_vi(text) or _has_vi(text) or _called_vi(text) or
            _saw_vi(text) or _was_vi(text))


def _of(m: re.Match, lang: str) -> str | None:
    """Whom the news is about or from, in the other language: " about him", " from your brother" (`lang` "vi"), " về
    anh ấy" ("en"); "" for no one said, None for one not read."""
    if not m["whom"]:
        return ""
    whom = as_whom(m["whom"], lang)
    rel = m.groupdict().get("rel")
    said = (_ABOUT if lang == "vi" else _ABOUT_VI)[rel] if rel else "about" if lang == "vi" else "về"
    return f" {said} {whom}" if whom else None


def _who(m: re.Match, asked: bool) -> tuple[str, str] | None:
    """Who of a match of WHO, and "has" or "have" after them; None as mt.hobbies.who gives it."""
    said = who(m, asked)
    return None if said is None else (said[0], "has" if said[1] else "have")


def _heard(text: str) -> str | None:
    """"Bạn nghe tin chưa?" as "Have you heard the news?", "Bạn có nghe tin về Lan không?" as "Did you hear the news
    about Lan?", "Tôi vừa nghe tin." as "I just heard the news.", "Tôi chưa nghe tin gì." as "I haven't heard any
    news." (_HEARD); None for anything else, and "Tôi nghe tin." (when?)."""
    m = _HEARD.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    said = m and _who(m, asked)
    about = said and _of(m, "vi")
    if not said or about is None:
        return None
    who_, have = said
    tense, tail, news = m["tense"], m["tail"], "any news" if m["any"] else "the news"
    if asked and tail == "chưa" and tense in (None, "đã"):
        return f"{have.capitalize()} {who_} heard {news}{about}?"
    if asked and tail == "không" and tense == "có":
        return f"Did {who_} hear {news}{about}?"
    if asked or m["any"] and tense != "chưa":
        return None
    if tail == "rồi" and tense in (None, "đã"):
        return capitalised(contracted(who_, f"{have} heard the news{about}."))
    if tail is None and tense in ("đã", "chưa") or tense and tense.startswith(("vừa", "mới")):
        done = {"đã": "heard", "chưa": f"{have}n't heard"}.get(tense, "just heard")
        return capitalised(f"{who_} {done} {news}{about}.") if tail is None else None
    return None


def _any(text: str) -> str | None:
    """"Có tin gì mới không?" as "Any news?", "Có tin gì từ anh trai bạn không?" as "Any news from your brother?",
    "Đã có tin gì chưa?" as "Any news yet?", "Bạn có tin gì về anh ấy không?" as "Do you have any news about him?"
    (_ANY); None for anything else, and "Bạn có tin gì không?" (believe?)."""
    m = _ANY.fullmatch(text)
    about = m and _of(m, "vi")
    if not m or about is None or m["did"] and m["tail"] != "chưa":
        return None
    yet = " yet" if m["tail"] == "chưa" else ""
    if not (m["who"] or m["kin"] or m["title"] or m["given"]):
        return f"Any news{about}{yet}?"
    said = _who(m, True)
    if said is None or m["did"] or yet or not (m["new"] or about):
        return None
    return f"{'Does' if said[1] == 'has' else 'Do'} {said[0]} have any news{about}?"


def _none(text: str) -> str | None:
    """"Vẫn chưa có tin gì." as "Still no news.", "Chưa có tin gì." as "No news yet.", "Không có tin gì về anh ấy."
    as "There's no news about him.", "Tôi chưa có tin gì từ anh ấy." as "I haven't had any news from him." (_NONE);
    None for anything else."""
    m = _NONE.fullmatch(text)
    if not m or "?" in m["end"] or (about := _of(m, "vi")) is None:
        return None
    end, yet = m["end"] or ".", keyed(m["not"]) == "chưa"
    if m["who"] or m["kin"] or m["title"] or m["given"]:
        said = _who(m, False)
        if said is None:
            return None
        who_, have = said
        if not yet:
            return capitalised(f"{who_} {'doesn' if have == 'has' else 'don'}'t have any news{about}{end}")
        return capitalised(f"{who_} {'still ' * bool(m['still'])}{have}n't had any news{about}{end}")
    if not yet:
        return None if m["still"] else f"There's no news{about}{end}"
    return f"Still no news{about}{end}" if m["still"] else f"No news{about} yet{end}"


def _got(text: str) -> str | None:
    """"Tôi có tin vui cho bạn." as "I have good news for you.", "Mẹ tôi có một tin buồn." as "My mother has some sad
    news." (_GOT); None for anything else, and asked ("Bạn có tin vui không?": any?)."""
    m = _GOT.fullmatch(text)
    said = m and "?" not in m["end"] and _who(m, False)
    whom = said and (as_whom(m["whom"], "vi") if m["whom"] else "")
    if not said or whom is None:
        return None
    some, kind, whom = "some " * bool(m["one"]), KINDS[keyed(m["kind"])], f" for {whom}" if whom else ""
    return capitalised(f"{said[0]} {said[1]} {some}{kind} news{whom}{m['end'] or '.'}")


def _called(text: str) -> str | None:
    """"Đó là tin vui." as "That's good news.", "Tin tuyệt vời!" as "Great news!", "Tin vui quá!" as "That's great
    news!", "Tin buồn quá." as "That's such sad news." (_CALLED); None for anything else."""
    m = _CALLED.fullmatch(text)
    if not m or "?" in m["end"]:
        return None
    kind, end = KINDS[keyed(m["kind"])], m["end"] or "."
    if m["so"]:
        return f"That's {'great' if kind in ('good', 'great') else f'such {kind}'} news{end}"
    return f"That's {kind} news{end}" if m["that"] else f"{kind.capitalize()} news{end}"


def _saw(text: str) -> str | None:
    """"Tôi xem trên tin tức." as "I saw it on the news.", "Tôi vừa đọc trên báo." as "I just read it in the
    paper.", "Bạn có thấy trên tivi không?" as "Did you see it on TV?" (_SAW); None for anything else, and where the
    verb does not go with where ("đọc trên đài"), and "xem", "nghe" with no "đã" but on the news."""
    m = _SAW.fullmatch(text)
    asked = bool(m and "?" in m["end"])
    said = m and who(m, asked)
    verb, media = (_SEEN[keyed(m["verb"])], MEDIA[keyed(m["media"])]) if said else ("", "")
    if not said or media not in _SEEN_IN[verb]:
        return None
    tense, tail = m["tense"] or "", m["tail"]
    if tense in ("", "có") and keyed(m["verb"]) in ("xem", "nghe") and media != "on the news":
        return None  # ("Tôi xem trên tivi.": a habit too, "I watch it on TV")
    if asked:
        return f"Did {said[0]} {_BASE[verb]} it {media}?" if tense == "có" and tail == "không" else None
    just = tense.startswith(("vừa", "mới"))
    if tense == "có" or tail == "không" or just and tail:
        return None
    return capitalised(f"{said[0]} {'just ' * just}{verb} it {media}{m['end'] or '.'}")


def _was(text: str) -> str | None:
    """"Chuyện đó đã lên báo." as "It was in the paper.", "Tin đó có lên tivi không?" as "Was it on TV?" (_WAS);
    None for anything else, and "lên báo" with no "đã" or "rồi" (when?)."""
    m = _WAS.fullmatch(text)
    media = m and MEDIA[keyed(m["media"])]
    if not m or media not in _WAS_IN:
        return None
    if "?" in m["end"]:
        return f"Was it {media}?" if m["tense"] == "có" and m["tail"] == "không" else None
    done = m["tense"] == "đã" and m["tail"] in (None, "rồi") or m["tense"] is None and m["tail"] == "rồi"
    return f"It was {media}{m['end'] or '.'}" if done else None


def _whose(m: re.Match) -> tuple[str, bool, str] | None:
    """Who of a match of WHO_EN in Vietnamese, whether English said it with "-s", and whom the news is about or from
    in Vietnamese (" về anh ấy"); None for whom not read."""
    about = _of(m, "en")
    return None if about is None else (*who_vi(m), about)


def _heard_vi(text: str) -> str | None:
    """"Have you heard the news?" as "Bạn nghe tin chưa?", "I've just heard the news." as "Tôi vừa nghe tin.", "She
    hasn't heard any news about him." as "Cô ấy chưa nghe tin gì về anh ấy." (_HEARD_EN); None for anything else,
    and where "has", "have" does not agree with who."""
    m = _HEARD_EN.fullmatch(text)
    said = m and _whose(m)
    if not said or bool(m["do"]) != ("?" in m["end"]):
        return None
    who_, one, about = said
    aux = " ".join((m["aux"] or "").lower().replace("’", "'").split())
    has = (m["do"] or "").lower() == "has" or aux.startswith(("'s", "has"))
    any_, did = " gì" if m["any"] else "", m["do"] == "Did" or aux.startswith("did")
    if (m["verb"] == "hear") != did or aux and has != one or m["do"] and m["do"] != "Did" and has != one:
        return None
    if m["do"]:
        return None if aux or m["just"] or m["yet"] and did else capitalised(f"{who_} nghe tin{any_}{about} chưa?")
    if "n't" in aux or "not" in aux:
        return None if did or m["just"] else capitalised(f"{who_} chưa nghe tin{any_}{about}.")
    if any_ or m["yet"]:
        return None
    if m["just"] == "just":
        return capitalised(f"{who_} vừa nghe tin{about}.")
    return capitalised(f"{who_} đã nghe tin{about}{' rồi' * bool(aux or m['just'])}.")


def _any_vi(text: str) -> str | None:
    """"Any news?" as "Có tin gì mới không?", "Is there any news about him?" as "Có tin gì về anh ấy không?", "Any
    news yet?" as "Đã có tin gì chưa?", "Does she have any news from Lan?" as "Cô ấy có tin gì từ Lan không?"
    (_ANY_EN); None for anything else, and "Do she have …"."""
    m = _ANY_EN.fullmatch(text)
    if not m or (about := _of(m, "en")) is None:
        return None
    news = f"tin gì{about or ' mới'}"
    if m["do"]:
        who_, one = who_vi(m)
        return None if (m["do"] == "Does") != one or m["yet"] else capitalised(f"{who_} có {news} không?")
    return f"Đã có tin gì{about} chưa?" if m["yet"] else f"Có {news} không?"


def _none_vi(text: str) -> str | None:
    """"No news yet." as "Chưa có tin gì.", "There's still no news." as "Vẫn chưa có tin gì.", "There's no news about
    him." as "Không có tin gì về anh ấy." (_NONE_EN); None for anything else."""
    m = _NONE_EN.fullmatch(text)
    if not m or (about := _of(m, "en")) is None:
        return None
    said = "Vẫn chưa" if m["still"] else "Chưa" if m["yet"] else "Không"
    return f"{said} có tin gì{about}{'.' if not m['end'] or '.' in m['end'] else m['end']}"


def _has_vi(text: str) -> str | None:
    """"I've got some bad news." as "Tôi có một tin xấu.", "She has good news for you." as "Cô ấy có tin vui cho
    bạn." (_HAS_EN); None for anything else, and where "has", "have" does not agree with who."""
    m = _HAS_EN.fullmatch(text)
    if not m:
        return None
    who_, one = who_vi(m)
    has = " ".join(m["have"].lower().replace("’", "'").split()).startswith(("has", "'s"))
    whom = as_whom(m["whom"], "en") if m["whom"] else ""
    if has != one or whom is None:
        return None
    whom = f" cho {whom}" if whom else ""
    return capitalised(f"{who_} có {'một ' * bool(m['some'])}tin {KINDS_VI[m['kind'].lower()]}{whom}{m['end'] or '.'}")


def _called_vi(text: str) -> str | None:
    """"That's good news." as "Đó là tin vui.", "Great news!" as "Tin tuyệt vời!", "What great news!" as "Tin tuyệt
    vời quá!" (_CALLED_EN); None for anything else."""
    m = _CALLED_EN.fullmatch(text)
    if not m or not m["that"] and not m["what"] and not m["kind"][0].isupper():
        return None
    kind = KINDS_VI[m["kind"].lower()]
    if m["such"] or m["what"]:
        return f"Tin {kind} quá{m['end'] or '!'}"
    return f"Đó là tin {kind}{m['end'] or '.'}" if m["that"] else f"Tin {kind}{m['end'] or '!'}"


def _saw_vi(text: str) -> str | None:
    """"I saw it on the news." as "Tôi đã xem trên tin tức.", "I read it in the paper." as "Tôi đã đọc trên báo.",
    "Did you hear it on the radio?" as "Bạn có nghe trên đài không?" (_SAW_EN); None for anything else, and where the
    verb does not go with where ("heard it in the paper")."""
    m = _SAW_EN.fullmatch(text)
    if not m or bool(m["did"]) != ("?" in m["end"]):
        return None
    media_vi = MEDIA_VI[keyed(m["media"])]
    verb = m["verb"].lower()
    if (verb in ("see", "hear")) != bool(m["did"]) and verb != "read":
        return None
    past = {"see": "saw", "hear": "heard"}.get(verb, verb)
    if MEDIA[keyed(media_vi)] not in _SEEN_IN[past] or m["about"] and past == "saw" or m["did"] and m["just"]:
        return None
    who_, _ = who_vi(m)
    if m["did"]:  # ("Bạn có nghe trên đài không?" asks "Do you listen …?" too)
        return None if past == "heard" else capitalised(
            f"{who_} có {'thấy' if past == 'saw' else 'đọc'} trên {media_vi} không?")
    return capitalised(f"{who_} {'vừa' if m['just'] else 'đã'} {_SEEN_VI[past]} trên {media_vi}{m['end'] or '.'}")


def _was_vi(text: str) -> str | None:
    """"It was on the news." as "Chuyện đó đã lên tin tức.", "It was in the paper." as "Chuyện đó đã lên báo.", "Was
    it on TV?" as "Chuyện đó có lên tivi không?" (_WAS_EN); None for anything else."""
    m = _WAS_EN.fullmatch(text)
    if not m or bool(m["was0"]) == bool(m["was"]) or bool(m["was0"]) != ("?" in m["end"]):
        return None
    media_vi = MEDIA_VI[keyed(m["media"])]
    if MEDIA[keyed(media_vi)] not in _WAS_IN:
        return None
    return f"Chuyện đó có lên {media_vi} không?" if m["was0"] else f"Chuyện đó đã lên {media_vi}{m['end'] or '.'}"
