"""Vietnamese food, dress, feasts and places, and travel, health, shopping and weather words, written as the other
language writes them: a glossary that ships (`resources/terms.vi-en.txt`, `terms.en-vi.txt`, in the format of a
user's glossary), and "giúp tôi" after what is asked, which is "for me" (`_FOR_ME`). v6 does not know most of these
words: "Tôi thích ăn phở bò và bún chả." → "I like to eat crawl and hamed.", "I love pho and banh mi." → "Tôi yêu
phẫn nộ và phẫn.", "Năm ngoái chúng tôi đã đến Vũng Tàu." → "… arrived in Xinjiang.", "Đừng quên mang áo mưa." →
"Don't forget to bring the rain.". A term goes through translation like a Vietnamese name (mt/names.py): first as the
target writes it, then as a placeholder. A user's glossary wins. A Vietnamese term is shown to the model in the
form its sentence needs (`_as_said_here`: "Tôi đã trả phòng." → "checked out", "áo mưa của tôi" → "my raincoat",
"hai phòng đôi" → "two double rooms"), an English one with whose it is ("his passport" → "hộ chiếu của anh ấy").

A term listed in small letters also matches with a capital first letter ("Phở" opening a sentence, "Vịnh Hạ
Long"); the rest, and a term listed with a capital, match only as listed ("Long An", a province, is not "long an"),
and not inside a longer name ("Bình Dương", a province, is not the one in "Thái Bình Dương", the Pacific).

    >>> [m.replacement for m in matches("Tôi thích ăn phở bò và bún chả.", "vi", "en")]
    ['beef pho', 'bun cha']
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import landforms, nations
from .dates import SPAN, VI_DAYS_BEHIND, span
from .glossary import Match, merge, parse_glossary
from .lazy_re import lazy
from .names import known, placed, titled, woman_named
from .numbers import EN_NUMBER_WORDS, VI_NUMBER_WORDS
from .restore import RESOURCES
from .tense import participle
from .text import EN_WHO_VI, SENTENCE_START, alternatives, keyed, regular_plural, strip_marks
from .untranslated import syllable_shaped
from .weather import EN_DEGREE


# a word at a term's edge that makes another word or phrase with its neighbour: "hiệu thuốc" (a pharmacy) is not in
# "thương hiệu thuốc" (a brand of medicine) or "hiệu thuốc lá" (a tobacco shop; the training data has "thương hiệu"
# 60 times, "nhãn hiệu" 38 and "thuốc lá" 128, "hiệu thuốc" 13); "in stock" (còn hàng) is not in "invest in stock"
# or "in stock prices" (EVBNews's one "in stock"), nor "have a cold" (bị cảm) in "have a cold drink"; "bạn có rảnh"
# (are you free) is not in "bạn có rảnh rỗi" (v6 wrote "Are you free rippling?"); "umbrella" (ô) not in "an umbrella
# term" or "under the umbrella of" (two FLORES dev lines became "một chiếc ô"); "can't make it" (không đến được) not
# in "can't make it work"; "hết hàng" (out of stock) not in "hàng trăm" (hundreds), "hàng xóm" (neighbours) …;
# "pharmacy" (hiệu thuốc) not in "pharmacy students" ("Hiệu thuốc học sinh học."); "đặt bàn" (book a table) not in
# "đặt bàn tay" (lay a hand) or "đặt bàn làm việc" (put a desk); "ví" (a wallet) not in "ví dụ" (an example), "ví
# điện tử" (an e-wallet: "Wallet electronics …"), "ví tiền" (which v6 knows), nor before whom it compares ("ví cô
# ấy như …"); "xe buýt số" (bus number) not before "mấy" (which number: "Did I reached bus number How many to
# Waikiki?", a Tatoeba test line)
_BOUND_BEFORE = {"hiệu": ("thương", "nhãn"), "in": ("invest", "invested", "investing", "investment", "trading")}
_BOUND_AFTER = {"thuốc": ("lá",), "rảnh": ("rỗi",),
                "số": ("mấy", "nào"),
                "ví": ("dụ", "như", "von", "thử", "điện", "tiền", "cô", "anh", "em", "nó", "họ", "mình", "tôi", "bạn"),
                "bàn": ("tay", "chân", "luận", "bạc", "giao", "thắng", "phím", "ghế", "cờ", "làm", "học", "thờ"),
                "hàng": ("trăm", "nghìn", "ngàn", "triệu", "chục", "xóm", "người", "loạt", "đầu", "ngày", "năm",
                         "tháng", "tuần", "giờ", "hóa", "hoá", "rào", "quán", "rong", "xách", "tươi", "mã", "ghế",
                         "dọc"),
                "stock": ("price", "prices", "market", "markets", "exchange", "exchanges", "options"),
                "cold": ("drink", "drinks", "beer", "water", "shower", "wind", "winter", "day", "night", "war", "wave",
                         "front", "weather", "one", "room", "virus", "feet", "hands"),
                "umbrella": ("term", "terms", "of", "organization", "organisation", "group", "body", "brand", "policy",
                             "insurance", "company", "fund"),
                "it": ("work", "works", "happen", "better", "easier", "right", "clear", "up", "out", "through"),
                "pharmacy": ("student", "students", "school", "degree", "technician", "technicians"),
                "entrance": ("exam", "exams", "examination", "examinations", "fee", "fees", "test", "tests")}


# whose a term is, in English: v6, shown the term, wrote "my" or "his" before it ("He forgot his passport." → "Anh ta
# quên anh ta hộ chiếu", "Our taxi is here." → "Chúng tôi taxi …", "I left my raincoat in the car." → "… xe áo mưa
# trong xe"); Vietnamese puts it after, with "của". Not "her", which is as often "to her" ("I gave her pho"), nor
# "your", which v6 mostly leaves out, and with it shown lost more ("Did you bring your raincoat?" → "Bạn mang áo mưa
# của bạn không?", without it "Bạn có mang áo mưa không?").
_WHOSE = {"my": "tôi", "his": "anh ấy", "our": "chúng tôi", "their": "họ"}
_THE_OPENING = lazy(r"\s*[Tt]he\s+")
_WHOSE_BEFORE = lazy(rf"(?<!\w)((?i:{'|'.join(_WHOSE)}))\s+$")
# before a brother or sister, "her" and "your" are whose too ("Her big brother lives in Canada." → "Cô ấy anh trai
# sống …" shown the term alone)
_KIN = {"chị gái", "anh trai", "em gái", "em trai"}
# "is" after a person before whose a term is: shown "anh trai của tôi" after "He's", v6 left "là" out ("Anh ta anh
# trai của tôi."), so it goes with the term (after "this", "that" or "it" v6 writes it: "Đây là hộ chiếu của tôi.")
_SOMEONE_IS = lazy(r"(?<!\w)(?i:he|she|they|who)(?P<be>['’]s|\s+is|\s+are|\s+was|\s+were)\s+$")
_WHOSE_KIN = {**_WHOSE, "her": "cô ấy", "your": "bạn"}
_WHOSE_KIN_BEFORE = lazy(rf"(?<!\w)((?i:{'|'.join(_WHOSE_KIN)}))\s+$")
# ... and "her" after a verb of a thing kept or lost, where it cannot be "to her" ("She forgot her charger.": v8,
# shown the term after "her", wrote "Cô ấy quên cô ấy cục sạc.")
_HER_KEPT_BEFORE = lazy(r"(?<!\w)(?i:forgot|forgotten|lost|left|found|brought|packed)\s+(?P<her>(?i:her))\s+$")


# "giúp tôi" after what is asked, at the end of a clause, is "for me" (v6: "Làm ơn đóng cửa giúp tôi." → "Please
# close the help door.", "Bạn có thể chụp ảnh giúp tôi không?" → "Can you screenshot help me?"); after a word that
# makes "giúp" the verb it is "help me", left to the model: a subject, a modal or a word of time ("Bạn có thể giúp
# tôi không?", "Hãy giúp tôi!", "Ai đó giúp tôi với!", "Anh ấy đã giúp tôi."). The training data has no "for me" so.
_FOR_ME = lazy(r"(?<=\w )giúp\s+(?P<me>tôi|mình|tớ|chúng tôi|chúng mình)(?=\s*(?:[,.!?…]|$|(?:được\s+)?không\b"
               r"|với\b|nhé\b|nha\b|nhá\b|ạ\b|một\s+(?:chút|lát)\b))")
_HELP_IS_THE_VERB = set("thể hãy ơn lòng xin cần muốn sẽ đã đang không chưa có ấy nó họ ta ai đó bạn anh chị em ông bà "
                        "cô chú bác mẹ bố ba má cậu mình tôi tớ con cháu người đến để luôn thường vẫn cũng còn nhờ thì "
                        "mà sẵn hay nên phải đừng chẳng".split())


# an ailment after "bị" (v6: "Tôi bị đau đầu." → "I'm painful.", "Tôi bị ho." → "I'm horror.", "Cô ấy bị đau họng."
# → "She was ached.", "Tôi bị sổ mũi." → "I have the nose."), with "have", or "has" after someone spoken of. Shown
# "bị a headache", v6 wrote "I was a headache.", so the verb goes with it. Left to v6: after a subject the rule cannot
# tell ("Anh bị sốt à?", you or he; "Em bé", whose "has" v6 wrote "is has") or v6 mistakes ("Bạn tôi", my friend,
# which it wrote "You has"), a question or a negation ("Bạn có bị sốt không?", "Tôi không bị ho"), where the
# ailment goes on as another word ("ho gà", whooping cough; "đau đầu gối", a sore knee), and before more than "rồi",
# "nên", "khi" or since when (_SINCE; "sau khi" became "After"). In a sentence about the past it is "had".
# "quá" or "lắm" after it makes it bad: "Tôi bị đau răng quá." → "I have a bad toothache." (shown without it, v6
# wrote "I have a toothache too.", and alone "I'm too teeth."); "gãy chân" is "a broken leg" (v6: "I'm broken legs.")
AILMENTS = {"đau đầu": "a headache", "đau răng": "a toothache", "đau lưng": "a backache", "đau bụng": "a stomachache",
             "đau họng": "a sore throat", "sổ mũi": "a runny nose", "sốt cao": "a high fever", "sốt": "a fever",
             "ho": "a cough", "cảm cúm": "the flu", "cúm": "the flu", "cảm lạnh": "a cold", "cảm": "a cold",
             "tiêu chảy": "diarrhea", "gãy chân": "a broken leg", "gãy tay": "a broken arm"}
_AILMENT = "|".join(sorted(AILMENTS, key=len, reverse=True))
_AILING = lazy(rf"(?<!\w)(?:(?:đã\s+)?bị\s+|(?=(?:đau|sốt)\s))"
               rf"(?P<ail>(?:{_AILMENT})(?:\s*(?:,|và)\s*(?:{_AILMENT}))*)(?:\s+(?P<bad>quá|lắm))?")
_AILING_END = lazy(r"\s*(?:[,.!?…;]|$|(?:rồi|nên|khi|mỗi\s+khi)(?!\w))")
# since when, or how long, one has had it: "have had" (v6: "Tôi bị đau bụng từ tối qua." → "I'm a stomachache from
# last night.", "Tôi đã bị sốt hai ngày rồi." → "I had a fever two days."); "từ sáng" alone is this morning (v6:
# "from breakfast")
_SINCE = lazy(r"\s+từ(?:\s+(?P<morning>sáng(?:\s+nay)?)(?!\w)|(?=\s+\w))", re.IGNORECASE)
_A_FEW = {"ngày": "a few days", "tuần": "a few weeks", "tháng": "a few months"}  # "mấy ngày nay"
_LASTED = lazy(rf"\s+(?:mấy\s+(?P<few>{'|'.join(_A_FEW)})|{SPAN})\s+(?:nay|rồi)(?=\s*(?:[,.!?…;]|$))",
                     re.IGNORECASE)
_HAVE = {"tôi", "mình", "tớ", "chúng tôi", "chúng ta", "chúng mình", "bạn", "các bạn", "họ", "cậu"}
_HAS = lazy(r"(?:anh|cô|ông|bà|chị|em|cậu)\s+ấy|nó|"
            r"(?:con|mẹ|bố|ba|má|vợ|chồng|anh|chị|em|ông|bà|cô|chú|bác)(?:\s+(?:trai|gái))?\s+(?:của\s+)?"
            r"(?:tôi|mình|bạn|anh ấy|cô ấy)")
# words before the subject and after it that leave it who it is: times ("hôm qua tôi"), adverbs ("tôi cũng")
_BEFORE_SUBJECT = lazy(r"^(?:(?:hôm|tối|đêm|sáng|chiều)\s+(?:qua|nay)|tuần\s+trước|năm\s+ngoái|dạo\s+này|"
                       r"(?:hằng|hàng)\s+(?:ngày|tuần|tháng|năm)|(?:vào\s+)?cuối\s+tuần)\s*,?\s*")
_AFTER_SUBJECT = lazy(r"(?:\s+(?:cũng|thường|hay|đang|đã|vẫn|lại|luôn|hơi))+$")
# English verbs that open a vi→en term, with their past and their form after he or she (_verb_said)
_VERBS = {"check": ("checked", "checks"), "order": ("ordered", "orders"), "turn": ("turned", "turns"),
          "book": ("booked", "books"), "pay": ("paid", "pays"), "miss": ("missed", "misses"),
          "bring": ("brought", "brings"), "pick": ("picked", "picks"), "go": ("went", "goes"), "see": ("saw", "sees"),
          "take": ("took", "takes")}
# whose a vi→en term is, after it ("áo mưa của tôi" → "my raincoat"; v6, shown the term, wrote "Raincoat of mine"
# and "I forgotgot raincoat of his."). Not "anh", "chị", "em" alone: you, or him, or her.
OWNERS = {"tôi": "my", "mình": "my", "bạn": "your", "anh ấy": "his", "cô ấy": "her", "chúng tôi": "our",
           "chúng ta": "our", "họ": "their"}
WHOSE_VI = {en: vi for vi, en in reversed(OWNERS.items())}  # "my" → "tôi" (reversed: the first wins)
WHOSE_WORDS = alternatives(WHOSE_VI)  # ("my|your|…" inside a pattern)
_OWNERS_LONGEST = sorted(OWNERS, key=len, reverse=True)
_OWNER = rf"(?P<who>{'|'.join(_OWNERS_LONGEST)})(?!\w)(?!\s+(?:ấy|ta)\b)"
_OWNER_AFTER = lazy(rf"\s+của\s+{_OWNER}", re.IGNORECASE)
# whose someone spoken of is, by the word for them (for "của mình" after them: _whose)
HIS_HER = {w: "his" for w in "anh ông chú bác bố ba chồng cậu thầy".split()} | {
    w: "her" for w in "cô bà chị mẹ má vợ dì thím mợ".split()}
# ... and by the word after one ("em gái", "con trai", "bác gái")
_SEXED = {"trai": "his", "gái": "her"}


def his_her(someone: str) -> str | None:
    """"his" or "her" for someone by a word of kinship, with whose or a name after it or not ("bố tôi", "Bác Hùng":
    HIS_HER; "Bác Lan", an aunt: mt.names.woman_named; "em gái tôi", "con trai", "bạn gái", "bác gái" by "trai" or
    "gái"); None for one whose English says neither ("bạn tôi", "con", a name alone). mt/mishaps.py and
    mt/workdays.py say whose with it."""
    words = keyed(someone).split()
    if len(words) > 1 and words[1] in _SEXED:  # ("bác gái": an aunt, though "bác" alone is read as "his")
        return _SEXED[words[1]]
    if words[:1] == ["bác"] and woman_named(" ".join(someone.split()[1:2])):
        return "her"
    return HIS_HER.get(words[0]) if words and words[0] in HIS_HER else next(
        (_SEXED[w] for w in words if w in _SEXED), None)
# a brother or sister is whose without "của" too ("em trai tôi", my younger brother; not "em trai bạn tôi", my
# friend's)
_KIN_OWNER_AFTER = lazy(rf"\s+(?:của\s+)?{_OWNER}(?!\s+(?:tôi|mình|của)\b)", re.IGNORECASE)
# who opens a clause, among the owners (for "của mình": _whose)
_OWNER_OPENING = lazy(rf"(?:{'|'.join(_OWNERS_LONGEST)})(?!\w)")
# verbs after which an English verb takes "to" (v6, shown "book a single room" after "muốn", wrote "I want book
# …", after "quên" "I forget check out")
_TO_BEFORE = lazy(r"(?<!\w)(?:muốn|cần|định|quên|nhớ|cố|cố gắng|quyết định)\s+$", re.IGNORECASE)
# "… (đã) <verb> chưa?" asks whether it is done yet ("Bạn đã gọi món chưa?"; v6, shown "ordered": "You don't have
# ordered?", alone "Are you order?"), for these subjects
_YET = lazy(r"\s+chưa(?=\s*\?)")
_ASKED = {"bạn": ("have", "you"), "anh": ("have", "you"), "chị": ("have", "you"), "em": ("have", "you"),
          "các bạn": ("have", "you"), "anh ấy": ("has", "he"), "cô ấy": ("has", "she"), "họ": ("have", "they"),
          "chúng ta": ("have", "we")}
# words that make the verb after them a thing done, which English says otherwise ("Việc đặt phòng trước …", booking in
# advance; "các đại lý đặt vé", ticket agencies; "trước khi đặt phòng", before booking): shown "book a room", v6
# wrote "Book a room before helping visitors …", "… at various book a ticket different ages"
_DOING_BEFORE = lazy(r"(?<!\w)(?:việc|sự|hoạt\s+động|dịch\s+vụ|đại\s+lý|trang|hệ\s+thống|thủ\s+tục|quy\s+trình|"
                     r"phí|khi|lúc|cho)\s+$", re.IGNORECASE)  # ("cho đặt phòng", lets one book)
# words between the subject and a verb: adverbs, "đã", "đang", "vừa" (just), and "không", "chưa" (not, not yet)
_VERB_MARKS = lazy(r"(?:\s+(?:cũng|thường|hay|đang|đã|vẫn|lại|luôn|hơi|vừa|mới|không|chưa|rất))+$")
# those of them that go into the verb's span, ending the marks ("đã không", "đã rất")
_GOES_WITH = lazy(r"(?<!\w)(?:không|chưa|đã|rất)(?:\s+(?:không|chưa|đã|rất))*$")
# "this" or "that" after a thing ("Ví này đẹp quá." → "This wallet …"; shown the term alone, v6 wrote "Wallet This
# is beautiful.")
_THIS = {"này": "this", "đó": "that", "kia": "that", "ấy": "that"}
_THIS_AFTER = lazy(r"\s+(này|đó|kia|ấy)(?!\w)", re.IGNORECASE)
# a word for the kind of thing before it, which English says with "the" (v6, shown "this wallet" after "cái", wrote
# "Where did you find the this wallet?": a Tatoeba test line)
_KIND_BEFORE = lazy(r"(?<!\w)(?:cái|chiếc|quyển|cuốn|tấm|con)\s+$", re.IGNORECASE)
# an ordinal after a thing ("ngã tư thứ hai", the second intersection; shown the term, v6 wrote "Monday's
# intersection", "thứ hai" being Monday too)
_ORDINALS = dict(zip("nhất hai ba tư năm sáu bảy tám chín mười".split(),
                     "first second third fourth fifth sixth seventh eighth ninth tenth".split()))
_ORDINAL_AFTER = lazy(rf"\s+thứ\s+({'|'.join(_ORDINALS)})(?!\w)", re.IGNORECASE)
# the list's things counted in English, after a count ("hai phòng đôi" → "two double rooms"); not "năm", as often
# "year" as five
_PLURALS = {w: regular_plural(w) for w in "room ticket passport raincoat card station stop ambulance hat conditioner "
            "intersection exit entrance desk market ATM elevator store brother sister light souvenir pharmacy "
            "pass".split()}
# a place one is at or goes to, after a word for where, is "the …", and "ở" before it "at" ("ở cửa hàng tiện lợi", at
# the convenience store): shown the term alone, v6 wrote "I bought water convenience store.", "We walked night
# market."; shown "the …" opening a sentence it lost the verb after ("The elevator corrupt.")
_PLACES = {"exit", "entrance", "reception desk", "night market", "ATM", "elevator", "bus station", "convenience store",
           "train station", "bus stop", "pharmacy", "check-in counter", "police station", "traffic light"}
_AT_A_PLACE = lazy(r"(?<!\w)(?:(?:ở\s+)?(?P<near>gần|cạnh|ngay\s+cạnh)|(?P<at>ở|tại)|(?P<to>đến|tới|đi|về)|"
                   r"vào|ra|từ|qua)\s+$", re.IGNORECASE)
_NEAR = {"gần": "near", "cạnh": "next to", "ngay cạnh": "right next to"}
# a place gone to, after "đi", "bay", "ra" … ("đi Đà Lạt", "bay ra Hà Nội"): "to …" (shown the place alone, v6 wrote
# "We'll go Da Lat.", "They have gone on the Nha Trang.", "I want to go to the Hoi An.", "I flew out of Hanoi."); not
# "bay" in "sân bay", "máy bay", "chuyến bay" (the airport, plane or flight of a place)
_GOING = lazy(r"(?<!\w)(?:đi|(?<!sân )(?<!máy )(?<!chuyến )bay|lái\s+xe|đạp\s+xe)"
              r"(?:\s+(?:du\s+lịch|chơi|công\s+tác))?(?:\s+(?P<dir>ra|vào|lên|xuống))?\s+$", re.IGNORECASE)
# ... and cities v6 knows, which are not terms, said so there alone (shown the rest: "We'll go to Saigo.", "They went
# on Da Nang.", "My family went on the summer." for "Gia đình tôi đi Huế vào mùa hè.")
GONE_ONLY = {"Hà Nội": "Hanoi", "Sài Gòn": "Saigon", "Nha Trang": "Nha Trang", "Đà Nẵng": "Da Nang", "Huế": "Hue"}
_GONE_ONLY_FOUND = lazy(rf"(?<!\w)(?:{'|'.join(GONE_ONLY)})(?!\w)")
# places v6 knows but writes without "the" or its preposition after a word for where, said so only there, not terms:
# "Tôi đang ở sân bay." → "I'm in airport.", "Tôi cần đi siêu thị." → "I need to go supermarket.", "Tôi đi bưu
# điện." → "I went to the post.", "ở phòng khám" → "in the room". Only before the end of a clause or a word of this
# list: not before a name ("sân bay Tân Sơn Nhất", "khách sạn Grand …"), "quốc tế", "này" or a word that says which
# ("phòng khám sản khoa", a maternity clinic; "ngân hàng duy nhất", the only bank)
WHERE_ONLY = {"sân bay": "airport", "siêu thị": "supermarket", "bưu điện": "post office", "công viên": "park",
              "trạm xăng": "gas station", "tiệm cà phê": "coffee shop", "quán cà phê": "coffee shop",
              "phòng khám": "clinic", "hiệu sách": "bookstore", "ngân hàng": "bank", "bảo tàng": "museum",
              "khách sạn": "hotel", "bãi biển": "beach", "chợ": "market"}
_WHERE_ONLY_FOUND = lazy(rf"(?<!\w)(?i:{'|'.join(WHERE_ONLY)})(?=\s*(?:[,.!?;:…]|$)|\s+(?:lúc|vào|từ|để|với|và|"
                         r"rồi|nhé|nha|không|chưa|à|ạ|hôm|ngày|sáng|trưa|chiều|tối|mỗi|cả|một|hai|ba|đi|mua|"
                         r"ăn|uống|gặp|chờ|đợi|làm|chơi|xem|gần|trước|sau|nữa|thôi|đấy|đây)(?!\w))")
_COUNT_BEFORE = lazy(rf"(?<!\w)(?:{'|'.join(w for w in VI_NUMBER_WORDS[2:] if w != 'năm')}|vài|mấy|nhiều|các|"
                     r"những|[2-9]|\d\d+)\s+$", re.IGNORECASE)
# a thing one carries lost or dropped, after who: v6 wrote "Tôi bị mất ví." → "I had lost a wallet.", "Anh ấy bị
# mất hộ chiếu." → "He was lost by passport.", "Tôi đánh rơi ví." → "I fell to the wallet."; shown "lost my", it
# writes the rest ("He lost his passport."). Only before such a thing: "bị mất ngủ" (cannot sleep) and "mất điện" (a
# power cut) lose nothing one carries
_CARRIED = ("ví|hộ chiếu|điện thoại|hành lý|chìa khóa|vé|thẻ|túi|tiền|máy ảnh|kính|đồng hồ|áo mưa|ô|dù|giấy tờ|"
            "va li|ba lô|máy tính|sạc|mật khẩu")
# ... and what English calls those not in the term list, written with the verb (v7, shown "lost my" or "left my"
# before them: "Tôi bị mất chìa khóa." → "I lost my Key I am key.", "Tôi để quên ô ở nhà." → "I left my cell at
# home."; alone: "Tôi không tìm thấy chìa khóa." → "I don't find key.")
CARRIED_EN = {"chìa khóa": "keys", "ô": "umbrella", "dù": "umbrella", "kính": "glasses", "đồng hồ": "watch",
               "ba lô": "backpack", "sạc": "charger", "va li": "suitcase", "túi": "bag", "giấy tờ": "papers",
               "máy ảnh": "camera", "điện thoại": "phone", "mật khẩu": "password"}
_THING_LOST = lazy(rf"\s+(?P<thing>{alternatives(CARRIED_EN)})(?:\s+của\s+(?P<owner>"
                   rf"{'|'.join(sorted(OWNERS, key=len, reverse=True))}))?(?!\w)", re.IGNORECASE)
# ... and forgotten or left behind ("quên", "để quên"; stop 41, v6: "Tôi quên mật khẩu." → "I forgot to password.",
# "Tôi quên ví ở nhà." → "I forgot to wallet at home.")
_LOST_WHO = rf"(?<!\w)(?P<who>{'|'.join(sorted(OWNERS, key=len, reverse=True))})\s+(?:(?P<did>đã|vừa|lại)\s+)?"
_LOST = lazy(rf"{_LOST_WHO}(?P<v>(?:bị|làm|đánh)\s+mất|(?:đánh|làm)\s+rơi|(?:để\s+)?quên)"
             rf"(?=\s+(?:{_CARRIED})(?!\w))", re.IGNORECASE)
# ... and not found (stop 50)
_NOT_FOUND = lazy(rf"{_LOST_WHO}(?P<v>không\s+tìm\s+thấy)(?=\s+(?:{_CARRIED})(?!\w))", re.IGNORECASE)
# by its last word ("để quên": left), else "lost"
_LOST_SAID = {"rơi": "dropped", "quên": "forgot", "thấy": "can't find"}
# "bị dị ứng (với)" after who and before what: "am allergic to" (v6: "Tôi bị dị ứng hải sản." → "I have an
# allergic seafood.", "Con tôi bị dị ứng đậu phộng." → "My child has an allergic reaction peanuts.")
_ALLERGIC = lazy(r"(?<!\w)(?:bị\s+)?dị\s+ứng(?:\s+với)?(?=\s+(?!(?:nặng|nhẹ|rồi|quá|lắm|với)(?!\w))[^\W\d])",
                       re.IGNORECASE)
# "đến từ" before a place, after who, is where one is from (v6: "Tôi đến từ Mỹ." → "I came from America.")
# (a place: a name, in capitals; not "Tôi đến từ sớm", early); and "học lớp 3" is "in grade 3" (v6: "Con tôi đang học
# lớp 3." → "My child is learning class.")
_FROM = lazy(r"(?<!\w)đến\s+từ(?=\s+[^\W\d_])", re.IGNORECASE)
_GRADE = lazy(r"(?<!\w)(?:đang\s+)?học\s+lớp(?=\s+\d{1,2}(?!\d))", re.IGNORECASE)
# (pattern, what follows "am", and whether a name, in capitals, must come after it)
_BEING = ((_ALLERGIC, "allergic to", False), (_FROM, "from", True), (_GRADE, "in grade", False))
_I = {"tôi", "mình", "tớ"}
# "nhớ" someone spoken to or of, ending the clause or before "lắm", "nhiều": "miss" (v6: "Tôi nhớ bạn nhiều lắm." →
# "I remember you much.", "Mẹ ơi, con nhớ mẹ lắm." → "Mom, my mother is very much."); a verb term (_verb_said)
_MISSED = {"bạn": "you", "em": "you", "anh": "you", "chị": "you", "cậu": "you", "các bạn": "you all",
           "mọi người": "everyone", "mẹ": "Mom", "má": "Mom", "bố": "Dad", "ba": "Dad"}
_MISS = lazy(rf"(?<!\w)nhớ\s+(?P<who>{'|'.join(sorted(_MISSED, key=len, reverse=True))})"
             r"(?P<much>\s+(?:(?:rất\s+)?nhiều(?:\s+lắm)?|lắm|quá|ghê))?(?=\s*(?:[,.!?…]|$))", re.IGNORECASE)
# "gọi" before a drink, a dish or a serving of one is "order" (v6: "Tôi muốn gọi một ly cà phê đen." → "I want to
# call a cup of black coffee.", "Chúng tôi gọi hai ly trà đá." → "We call two cups …"); a verb term (_verb_said)
_ORDER = lazy(r"(?<!\w)gọi(?=\s+(?:thêm\s+)?(?:(?:một|hai|ba|bốn|năm|sáu|vài|mấy|\d+)\s+)?(?:ly|cốc|tách|bát|"
              r"tô|đĩa|phần|suất|chai|lon|cà\s+phê|trà|bia|nước|đồ\s+uống|đồ\s+ăn|thức\s+ăn|phở|cơm|bún|mì)"
              r"(?!\w))", re.IGNORECASE)
# and "order" before food or drink, "gọi" (v6: "I'd like to order a bowl of pho." → "Tôi muốn ra lệnh …", command)
_EN_ORDER = lazy(r"(?<!\w)[Oo]rder(?:s|ed|ing)?(?=\s+(?:(?:a|an|one|two|three|some|another|more|the)\s+)?"
                 r"(?:[a-z]+\s+)?(?:bowls?|cups?|glass(?:es)?|plates?|bottles?|coffees?|teas?|beers?|pho|food|"
                 r"drinks?|dishes|pizzas?|rice|noodles|water|juice|dessert|breakfast|lunch|dinner|something)"
                 r"(?!\w))")
# ... and with nothing after it but "now" or "please", after "to", "can I" …: "gọi món ăn" (v6: "We'd like to order
# now." → "… muốn ra lệnh"; shown "gọi món", "gọi món quà", a gift); not "in order to"
_EN_ORDER_ALONE = lazy(r"(?:(?<!in )\bto|\b[Cc]an\s+(?:I|we)|\b[Cc]ould\s+(?:I|we)|\b[Ll]et['’]s|"
                       r"\b(?:I|[Ww]e)['’]ll)\s+(?P<order>order)(?=(?:\s+(?:now|please))?\s*(?:[.?!,]|$))")
# en→vi: a table for a number of people is "bàn cho … người", booked with it (v6: "Do you have a table for four?" →
# "Bạn có bảng cho bốn cái không?", a board for four things; "book a table" of the list lost the people)
_EN_TABLE_FOR = lazy(r"(?<!\w)(?:(?P<book>book|reserve)(?P<ed>e?d)?\s+(?:a\s+)?)?table\s+for\s+"
                     rf"(?P<n>{'|'.join(EN_NUMBER_WORDS[2:11])}|[2-9]|1\d)(?:\s+people)?(?![\w-])",
                     re.IGNORECASE)
# en→vi: who is "from" a place "đến từ" it, with who (v6: "I'm from Australia." → "Tôi từ Úc.", "They are from
# Hanoi." → "Họ ở Hà Nội."; shown "đến từ" alone, "Chúng tôi là đến từ Canada."); only before a name
_EN_FROM = lazy(r"(?<!\w)(?P<who>I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou)(?:['’]m|['’]s|['’]re|\s+am|\s+is|\s+are)\s+"
                r"from(?=\s+(?:the\s+)?[A-Z])")
# en→vi: what someone has never done, with who (v6: "I've never been to Hue." → "Tôi chưa từng là Huế." (be), "I have
# never flown." → "… chảy." (flowed), "He has never drunk beer." → "… say rượu." (drunk on wine); shown without who,
# "Tôi có chưa bao giờ …")
_EN_NEVER_DONE = {"been to": "đến", "flown": "đi máy bay", "drunk": "uống"}
_EN_NEVER = lazy(r"(?<!\w)(?P<who>I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|[Yy]ou)(?:['’]ve|['’]s|\s+have|\s+has)\s+never\s+"
                 r"(?P<done>been\s+to|flown|drunk)(?!\w)")
# en→vi: what someone used to do, "từng" and the verb (v6: "I used to live in Saigon." → "Tôi đã dùng để sống …"
# (used for living), "She used to be a teacher." → "… thường trở thành …" (often becomes), "I used to play football."
# → "… sử dụng bóng đá" (used a football)); "be" is "là" before a noun ("từng là giáo viên") and nothing before a
# degree or a word that says what one was like ("từng rất nhút nhát", v6 shown "là": "từng là shy"); "There used to
# be" is "từng có". Not "is used to" (is made use of, is accustomed to).
_EN_USED = {"live": "sống", "work": "làm việc", "be": "là", "play": "chơi", "teach": "dạy", "study": "học",
            "go": "đi", "smoke": "hút thuốc", "cook": "nấu", "drink": "uống", "eat": "ăn", "ride": "đi",
            "swim": "bơi", "run": "chạy", "sing": "hát", "write": "viết", "have": "có", "love": "yêu", "visit": "thăm",
            "walk": "đi bộ"}
_EN_USED_TO = lazy(rf"(?<!\w)(?P<there>[Tt]here\s+)?used\s+to\s+(?P<verb>{alternatives(_EN_USED)})(?!\w)"
                   rf"(?:(?P<degree>\s+(?:{alternatives(EN_DEGREE)}))(?!\w)|(?=\s+(?P<next>[\w'’]+)))?")
# "be" is "là" before a noun: after an article or whose, or a plural ("friends"; not "famous", "nervous")
_EN_NOUN_NEXT = lazy(r"(?i:a|an|the|my|your|his|her|our|their|this|that|[a-z]+(?<![ous])s)")
_EN_BEING = lazy(r"(?:(?<!\w)(?:is|are|was|were|am|be|been|being|get|gets|got|getting)|['’](?:s|re|m))\s+"
                 r"(?:(?:often|also|still|not|always|sometimes|mostly|even|\w+ly)\s+)?$", re.IGNORECASE)
# en→vi: the market one goes to or is at is "chợ", not "thị trường" (trade): v6 wrote "I go to the market every
# morning." → "Tôi đi đến thị trường …", "Let's go to the market." → "Chúng ta đến thị trường."; only after "to",
# "at", "from" and before the end of a clause or a small word (not "the market economy", "the market for laptops")
_EN_MARKET = lazy(r"(?:(?<=\bto )|(?<=\b[Aa]t )|(?<=\bfrom ))the\s+market(?=\s*(?:[,.!?;:]|$)|\s+(?:to|in|on|"
                  r"every|today|tomorrow|with|near|and|this|that|yesterday|again|early|once)\b)")
_IN_THE_PAST = lazy(rf"(?<!\w)(?:đã|{VI_DAYS_BEHIND})(?!\w)", re.IGNORECASE)


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """The terms in `text` (written in `src`), each with its `tgt` form; none for a pair without a list. A place
    takes the words around it that v6 gets wrong (mt.names.placed)."""
    pattern, targets, places = _table(src, tgt)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        if m.group()[0].isupper() and _in_longer_name(text, *m.span(), src) or _bound(text, *m.span()):
            continue
        term = _keyed(m.group())
        start, end, said = *m.span(), targets[term]
        if term in places:  # "in Hue" → "ở Huế", "sân bay Tân Sơn Nhất" → "Tan Son Nhat Airport"
            start, said = placed(text, *m.span(), said, src) or _gone_to(text, start, said, src) or (start, said)
        elif src == "en" and not text.startswith(("'s", "’s"), end) and (
                whose := (_WHOSE_KIN_BEFORE if said in _KIN else _WHOSE_BEFORE).search(text[:start])
                or _HER_KEPT_BEFORE.search(text[:start])):
            start, said = whose.start(1), f"{said} của {_WHOSE_KIN[whose.group(1).lower()]}"
            if be := _SOMEONE_IS.search(text[:start]):  # "He's my older brother." → "Anh ấy là anh trai của tôi."
                start, said = be.start("be"), f"là {said}"
        elif src == "vi":
            if (here := _as_said_here(text, start, end, said)) is None:
                continue
            start, end, said = here
        elif the := _THE_OPENING.fullmatch(text[:start]):  # Vietnamese has no "the": shown "The thang máy is …", v6
            start = the.start()                               # wrote "C thang máy bị vỡ."
        out.append(Match(start, end, said, "term"))
    if src == "vi":
        found = _for_me(text) + _ailing(text) + _being(text) + _missed(text) + _ordered(text) + _lost(text)
        found += _where_only(text) + _gone_only(text)
    else:
        found = [Match(*m.span(), "gọi", "term") for m in _EN_ORDER.finditer(text)]
        found += [Match(*m.span("order"), "gọi món ăn", "term") for m in _EN_ORDER_ALONE.finditer(text)]
        found += [Match(*m.span(), "chợ", "term") for m in _EN_MARKET.finditer(text)]
        found += [Match(*m.span(), f"{EN_WHO_VI[m['who'].lower()]} đến từ", "term") for m in _EN_FROM.finditer(text)]
        found += [_table_for(m) for m in _EN_TABLE_FOR.finditer(text)]
        found += [Match(*m.span(), f"{EN_WHO_VI[m['who'].lower()]} chưa bao giờ "
                                   f"{_EN_NEVER_DONE[' '.join(m['done'].split())]}", "term")
                  for m in _EN_NEVER.finditer(text)]
        found += [_used_to(m) for m in _EN_USED_TO.finditer(text) if not _EN_BEING.search(text[:m.start()])]
    found += nations.matches(text, src, tgt)
    ranked = titled(text, src) if out else []  # a rank and a name win over the rank alone ("Giáo hoàng Francis")
    out = [m for m in out if not any(t.start <= m.start and m.end <= t.end and t.end - t.start > m.end - m.start
                                     for t in ranked)]
    found += [replace(m, source="term") for m in landforms.matches(text, src, tgt)  # ("Biển Đen" is listed)
              if not any(m.start < t.end and t.start < m.end for t in out)]
    return merge(out + found)  # the longer of two that overlap: "book a table for 6" over the list's "book a table"


def _used_to(m: re.Match) -> Match:
    """"used to play" → "từng chơi", "There used to be" → "từng có", "used to be very" → "từng rất" (_EN_USED_TO)."""
    if m["verb"] == "be" and m["there"]:
        return Match(m.start(), m.end("verb"), "từng có", "term")
    start = m.end("there") if m["there"] else m.start()
    if m["verb"] == "be" and m["degree"]:
        before, after = EN_DEGREE[" ".join(m["degree"].split())]  # (mt.weather.EN_DEGREE)
        return Match(start, m.end(), f"từng {before or after}", "term")
    if m["verb"] == "be" and not (m["next"] and _EN_NOUN_NEXT.fullmatch(m["next"])):
        return Match(start, m.end("verb"), "từng", "term")  # "used to be shy": "từng nhút nhát"
    return Match(start, m.end("verb"), f"từng {_EN_USED[m['verb']]}", "term")


def _table_for(m: re.Match) -> Match:
    """"table for four" → "bàn cho bốn người", "booked a table for 6" → "đã đặt bàn cho 6 người" (_EN_TABLE_FOR)."""
    n = m["n"] if m["n"].isdigit() else VI_NUMBER_WORDS[EN_NUMBER_WORDS.index(m["n"].lower())]
    booked = ("đã đặt " if m["ed"] else "đặt ") if m["book"] else ""
    return Match(*m.span(), f"{booked}bàn cho {n} người", "term")


def borrowed(text: str, src: str, tgt: str) -> list[Match]:
    """English that writes a Vietnamese dish, drink or dress of the list with its marks, as one term: v6 read "ate cao
    lầu" as "ate high lầu", its "cao" unmarked (mt.names.written keeps the marked words alone, and wins over the
    list: mt.translate.sentence_job passes these before it). Not places: mt.names.written writes "in Hội An" as "ở Hội
    An"."""
    pattern = _borrowed_table(src, tgt)
    return [Match(*m.span(), m.group(), "term") for m in pattern.finditer(text)] if pattern else []


def _for_me(text: str) -> list[Match]:
    """"giúp tôi" as "for me" where it follows what is asked (_FOR_ME)."""
    return [Match(*m.span(), "for us" if m.group("me").startswith("chúng") else "for me", "term")
            for m in _FOR_ME.finditer(text) if text[: m.start()].split()[-1].lower() not in _HELP_IS_THE_VERB]


def _in_longer_name(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the term is part of a longer name: a capitalised syllable right after it, or right before it unless
    that word only opens the sentence ("Tỉnh Lâm Đồng …"). An opening word counts when the training data pairs it
    with the term often: "Bình Dương" (a province) in "Thái Bình Dương" (the Pacific)."""
    before = re.search(r"([^\W\d_]+) $", text[:start])
    after = re.match(r" ([^\W\d_]+)", text[end:])
    if after and _capitalised(after.group(1)):
        return True
    if not (before and _capitalised(before.group(1))) or lang == "en" and before.group(1) in ("The", "A", "An"):
        return False  # ("The Red Sea is …": not a name "The Red Sea")
    opening = SENTENCE_START.search(text[: before.start(1)]) is not None
    return not opening or known([before.group(1), text[start:end].split()[0]], lang)


def _bound(text: str, start: int, end: int) -> bool:
    """Whether the term's first or last syllable makes another word with its neighbour (_BOUND_BEFORE, _BOUND_AFTER)."""
    words = text[start:end].lower().split()
    before = re.search(r"([^\W\d_]+) $", text[:start])
    after = re.match(r" ([^\W\d_]+)", text[end:])
    return bool(before and before.group(1).lower() in _BOUND_BEFORE.get(words[0], ())
                or after and after.group(1).lower() in _BOUND_AFTER.get(words[-1], ()))


def _capitalised(word: str) -> bool:
    return word[0].isupper() and syllable_shaped(word)


@lru_cache(maxsize=None)
def _entries(src: str, tgt: str) -> tuple[list, set[str]]:
    """The list's entries, and the keys of those in its places section (after its "# places" comment), read once."""
    path = RESOURCES / f"terms.{src}-{tgt}.txt"
    if not path.is_file():
        return [], set()
    text = path.read_text(encoding="utf-8")
    _, found, rest = text.partition("\n# places")
    places = {_keyed(e.source) for e in parse_glossary(rest.split("\n", 1)[1], limit=None).entries} if found else set()
    return parse_glossary(text, limit=None).entries, places


@lru_cache(maxsize=None)
def _table(src: str, tgt: str) -> tuple[re.Pattern | None, dict[str, str], set[str]]:
    """The pattern finding the list's terms, longest first; each term's translation keyed by the term with a small
    first letter; and the keys of the terms in its places section."""
    entries, places = _entries(src, tgt)
    if not entries:
        return None, {}, set()
    return _pattern(e.source for e in entries), {_keyed(e.source): e.target for e in entries}, places


@lru_cache(maxsize=None)
def place_vi(said: str) -> str | None:
    """The Vietnamese of a place in English that v6 knows or the vi→en list holds (WHERE_ONLY, the cities of
    GONE_ONLY, the terms of _PLACES), the first listed; None for any other."""
    _, targets, _ = _table("vi", "en")
    places = [*WHERE_ONLY.items(), *GONE_ONLY.items(), *((vi, en) for vi, en in targets.items() if en in _PLACES)]
    return next((vi for vi, en in places if en == said), None)


@lru_cache(maxsize=None)
def _borrowed_table(src: str, tgt: str) -> re.Pattern | None:
    """The Vietnamese spellings of the en→vi list's terms that English writes without marks ("cao lau" for "cao
    lầu"), outside its places section, that have a syllable without marks (the rest mt.names.written keeps whole)."""
    entries, places = _entries(src, tgt) if (src, tgt) == ("en", "vi") else ([], set())
    spellings = [e.target for e in entries if _keyed(e.source) not in places
                 and strip_marks(e.target).lower() == e.source.lower() != e.target.lower()
                 and any(strip_marks(w) == w for w in e.target.split())]
    return _pattern(spellings) if spellings else None


def _pattern(terms) -> re.Pattern:
    """Whole-word alternatives, longest first, each spelt as `_spelling` allows."""
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(_spelling, sorted(terms, key=len, reverse=True)))})(?!\w)")


def _keyed(term: str) -> str:
    return term[:1].lower() + term[1:]


def _spelling(term: str) -> str:
    """A term listed in small letters may open a sentence ("Phở"); one listed with a capital is a name and matches
    only so ("Long An", the province; not "long an")."""
    first = re.escape(term[0])
    return (f"[{first}{re.escape(term[0].upper())}]" if term[0].islower() else first) + re.escape(term[1:])


def article(said: str) -> str:
    """"a" or "an" before a term for a thing that is counted (_PLURALS), else nothing ("pho", "chopsticks")."""
    if said.split()[-1] not in _PLURALS:
        return ""
    return "an" if said[0].lower() in "aeio" else "a"


def plural(said: str) -> str:
    """A term for a thing that is counted (_PLURALS) with its last word plural ("SIM cards"); any other as it is."""
    *words, last = said.split()
    return " ".join([*words, _PLURALS.get(last, last)])


def _as_said_here(text: str, start: int, end: int, said: str) -> tuple[int, int, str] | None:
    """A vi→en term in the form its sentence needs, with the words that make it so: a verb for its subject and time
    (_VERBS), a thing with whose it is after it (_OWNER_AFTER), "this" or "that" (_THIS_AFTER), "the second"
    (_ORDINAL_AFTER), several after a count (_PLURALS); None for a verb that is a thing done there
    (_DOING_BEFORE), and for a brother or sister in a question."""
    verb, _, rest = said.partition(" ")
    if verb in _VERBS:
        return _verb_said(text, start, end, verb, rest)
    *words, last = said.split()
    if last in ("brother", "sister") and text.rstrip().endswith("?"):
        return None  # shown one in a question, v6 kept the question's words in its order: "Your sister How old are?"
    if several := last in _PLURALS and _COUNT_BEFORE.search(text[:start]):  # "các em trai của tôi": my … brothers
        said = " ".join([*words, _PLURALS[last]])
    if owner := (_KIN_OWNER_AFTER if last in ("brother", "sister") else _OWNER_AFTER).match(text, end):
        return start, owner.end(), f"{_whose(text, start, keyed(owner.group('who')))} {said}"
    if this := _THIS_AFTER.match(text, end):
        kind = _KIND_BEFORE.search(text[:start])  # "cái ví này": this wallet, not "the this wallet"
        which = _THIS[this.group(1).lower()]
        which = {"this": "these", "that": "those"}[which] if several else which
        return kind.start() if kind else start, this.end(), f"{which} {said}"
    if ordinal := _ORDINAL_AFTER.match(text, end):
        return start, ordinal.end(), f"the {_ORDINALS[ordinal.group(1).lower()]} {said}"
    if said in _PLACES and (here := _at_a_place(text, start, end, said)):
        return here
    return start, end, said


def _at_a_place(text: str, start: int, end: int, said: str) -> tuple[int, int, str] | None:
    """A place after a word for where (_AT_A_PLACE) as "the …", with "at", "near" … for "ở", "gần" …; else None."""
    if not (at := _AT_A_PLACE.search(text[:start])):
        return None
    if at.group("at") or at.group("near"):
        near = _NEAR.get(keyed(at.group("near") or ""), "at")
        return at.start(), end, f"{near} the {said}"
    return start, end, f"{'to ' * bool(at.group('to'))}the {said}"


def _gone_to(text: str, start: int, said: str, src: str) -> tuple[int, str] | None:
    """A place gone to after "đi", "bay" … (_GOING) as "to …", with "ra", "vào" … (north, south) before it."""
    going = _GOING.search(text[:start]) if src == "vi" else None
    return (going.start("dir") if going.group("dir") else start, f"to {said}") if going else None


def _gone_only(text: str) -> list[Match]:
    """The cities of GONE_ONLY gone to (_gone_to), as "to …"."""
    found = ((m.end(), _gone_to(text, m.start(), GONE_ONLY[m.group()], "vi")) for m in _GONE_ONLY_FOUND.finditer(text))
    return [Match(gone[0], end, gone[1], "term") for end, gone in found if gone]


def _where_only(text: str) -> list[Match]:
    """The places of WHERE_ONLY after a word for where, as _at_a_place says them ("chợ đêm" is a term of its own:
    _WHERE_ONLY_FOUND does not take "chợ" before "đêm"); not after a word for where that opens the sentence (shown
    "Ra the beach đi lối nào?", v6 kept "Ra")."""
    found = (_at_a_place(text, *m.span(), WHERE_ONLY[m.group().lower()]) for m in _WHERE_ONLY_FOUND.finditer(text)
             if len(text[: m.start()].split()) > 1)
    return [Match(*here, "term") for here in found if here]


def _verb_said(text: str, start: int, end: int, verb: str, rest: str) -> tuple[int, int, str] | None:
    """A term that opens with a verb, where it is its clause's verb (only its subject, a time and adverbs before
    it): after "đã", or in a sentence about the past, its past ("đã trả phòng" → "checked out"; v6 wrote "I'd check
    out", "We've order"), which takes "đã" with it, and after "vừa" (just); after "đang" its "-ing"; after he, she
    or someone spoken of, its form with "-s" ("He check out at 10:00."); after "không" and "chưa", which go with it,
    "don't …", "didn't …", "haven't …" ("Tôi chưa trả phòng." → "I haven't checked out."; v6, shown the term: "I'm
    not check out."); asked with "chưa?", "have you … yet" (_YET). Elsewhere as listed,
    with "to" after a verb that wants it ("muốn đặt phòng", want to book a room: _TO_BEFORE), or opening the
    sentence ("Rẽ phải …", Turn right)."""
    clause = re.split(r"[,;:.!?]\s*", text[:start])[-1]
    if _DOING_BEFORE.search(clause):
        return None
    adverbs = _VERB_MARKS.search(clause.rstrip())
    subject = _BEFORE_SUBJECT.sub("", (clause[: adverbs.start()] if adverbs else clause).strip().lower())
    past, third = _VERBS[verb]
    if (yet := _YET.match(text, end)) and subject in _ASKED and clause.strip().lower().startswith(subject):
        have, who = _ASKED[subject]
        done = participle(verb) or past  # "have you taken" (the rule wrote "have you took")
        return start - len(clause.lstrip()), yet.end(), " ".join(w for w in (have, who, done, rest, "yet") if w)
    if not subject or subject not in _HAVE and not _HAS.fullmatch(subject):
        to = "to" if _TO_BEFORE.search(clause) else ""
        if verb == "go" and not to:  # "trẻ em độ tuổi đi học" (school-age children), "người đi làm" (working people)
            return None
        return start, end, " ".join(w for w in (to, verb, rest) if w)
    marks = adverbs.group().split() if adverbs else []
    sentence = re.split(r"[.!?]\s", text[:start])[-1] + re.split(r"[.!?](?:\s|$)", text[start:])[0]
    done = "đã" in marks or _IN_THE_PAST.search(sentence)
    if adverbs and (run := _GOES_WITH.search(adverbs.group())):  # these go with it: "Tôi checked out rồi."
        start = start - len(clause) + adverbs.start() + run.start()
    if marks and marks[-1] == "chưa":  # "Tôi chưa trả phòng." (v6, shown "check out": "I'm not check out.")
        form = ("haven't " if subject in _HAVE else "hasn't ") + (participle(verb) or past)
    elif marks and marks[-1] == "không":  # "Anh ấy đã không trả …" ("He had no pay by card.")
        form = ("didn't " if done else "don't " if subject in _HAVE else "doesn't ") + verb
    elif done or {"vừa", "mới"} & set(marks):  # "vừa gọi món": just ordered
        form = past
    elif "đang" in marks:
        form = verb + "ing"
    else:
        form = verb if subject in _HAVE else third
    really = "really" if marks and marks[-1] == "rất" else ""  # "Tôi rất nhớ nhà.": I really miss home
    return start, end, " ".join(w for w in (really, form, rest) if w)


def _lost(text: str) -> list[Match]:
    """"bị mất", "làm mất", "đánh rơi", "quên", "để quên", "không tìm thấy" after who opens the clause (after a time,
    if any) and before a thing one carries, as "lost my", "dropped his", "forgot my", "left my", "can't find my" …
    (_LOST, _NOT_FOUND), with the thing where the term list does not have it (_THING_LOST: "lost my keys")."""
    out = []
    for m in sorted([*_LOST.finditer(text), *_NOT_FOUND.finditer(text)], key=lambda m: m.start()):
        before = re.split(r"[,;:.!?]\s*", text[: m.start()])[-1].lower()
        if _BEFORE_SUBJECT.sub("", before).strip():
            continue
        v, did = m.group("v").lower(), (m.group("did") or "").lower()
        said = "left" if v.startswith("để") else _LOST_SAID.get(v.split()[-1], "lost")
        whose = OWNERS[keyed(m.group("who"))]
        if re.match(rf"\s+(?:{_CARRIED})\s+của\s", text[m.end("v"):], re.IGNORECASE):
            whose = ""  # "ví của mình": the term takes whose it is ("lost my my wallet")
        start, end = m.start("did") if did in ("đã", "vừa") else m.start("v"), m.end("v")  # "I've forgot", "I just"
        if thing := _THING_LOST.match(text, end):  # ("lost my keys")
            owner = thing.group("owner")
            whose, end = _whose(text, m.start("v"), keyed(owner)) if owner else whose, thing.end()
            said = f"{said} {whose} {CARRIED_EN[keyed(thing.group('thing'))]}"
            whose = ""
        out.append(Match(start, end, " ".join(w for w in ("just" * (did == "vừa"), said, whose) if w), "term"))
    return out


def _whose(text: str, start: int, who: str) -> str:
    """"my", "his" … for who after "của"; "mình" (oneself) is whose the clause's subject is ("Cô ấy quên hộ chiếu của
    mình." → "her passport"), and "my" where the subject is the speaker or not said."""
    if who != "mình":
        return OWNERS[who]
    clause = _subject(text, start)
    if owner := _OWNER_OPENING.match(clause):
        return OWNERS[owner.group()]
    return his_her(" ".join(clause.split()[:2])) or "my" if _HAS.match(clause) else "my"


def _subject(text: str, start: int, after: re.Pattern = _AFTER_SUBJECT) -> str:
    """Who opens the clause that reaches `start`, without a time before it or the words `after` it (adverbs; for a
    verb term also "không", "rất" …: _VERB_MARKS), in small letters."""
    clause = re.split(r"[,;:.!?]\s*", text[:start].strip())[-1].lower()
    return after.sub("", _BEFORE_SUBJECT.sub("", clause)).strip()


def _being(text: str) -> list[Match]:
    """"bị dị ứng với" as "am allergic to" (_ALLERGIC), "đến từ" before a place as "am from" (_FROM) and "học lớp" as
    "am in grade" (_GRADE), with "is", "are" for their subject; not in the past."""
    if _IN_THE_PAST.search(text):
        return []
    out = []
    for pattern, said, before_a_name in _BEING:
        for m in pattern.finditer(text):
            subject = _subject(text, m.start())
            if before_a_name and not text[m.end():].lstrip()[:1].isupper() or \
                    subject not in _HAVE and not _HAS.fullmatch(subject):
                continue
            be = "am" if subject in _I else "are" if subject in _HAVE else "is"
            out.append(Match(m.start(), m.end(), f"{be} {said}", "term"))
    return out


def _missed(text: str) -> list[Match]:
    """"nhớ bạn" as "miss you", in the form its sentence needs (_MISS, _verb_said)."""
    out = []
    for m in _MISS.finditer(text):
        subject = _subject(text, m.start(), _VERB_MARKS)
        # not after "anh", "em", "con" alone, who are "I" as often as "you" ("Anh sẽ nhớ em.")
        if (subject in _HAVE or _HAS.fullmatch(subject)) and (
                said := _verb_said(text, m.start(), m.end(), "miss",
                                   _MISSED[m.group("who").lower()] + (" so much" if m.group("much") else ""))):
            out.append(Match(*said, "term"))
    return out


def _ordered(text: str) -> list[Match]:
    """"gọi" as "order" before what one orders (_ORDER), in the form its sentence needs (_verb_said)."""
    found = (_verb_said(text, *m.span(), "order", "") for m in _ORDER.finditer(text))
    return [Match(*said, "term") for said in found if said]


def _ailing(text: str) -> list[Match]:
    """"bị đau đầu" as "have a headache", with the verb for its subject (_AILING); "đau đầu" after who, without
    "bị", too ("Tôi đau đầu quá.": v6 wrote "I'm painful to my head.")."""
    out = []
    for m in _AILING.finditer(text):
        subject = _subject(text, m.start())
        since, lasted = _SINCE.match(text, m.end()), _LASTED.match(text, m.end())
        ends = since or lasted or _AILING_END.match(text, m.end())
        if subject not in _HAVE and not _HAS.fullmatch(subject) or not ends:
            continue
        verb = "have" if subject in _HAVE else "has"
        said = " and ".join(AILMENTS[a] for a in re.split(r"\s*(?:,|và)\s*", m.group("ail")))
        if m.group("bad"):
            said = "a bad " + said.split(" ", 1)[1] if said.startswith(("a ", "the ")) else "bad " + said
        if since:
            said = f"{verb} had {said} since" + " this morning" * bool(since.group("morning"))
        elif lasted:
            how_long = _A_FEW[lasted.group("few").lower()] if lasted.group("few") else span(lasted)
            said = f"{verb} had {said} for {how_long}"
        else:
            said = f"had {said}" if _IN_THE_PAST.search(text) else f"{verb} {said}"
        out.append(Match(m.start(), (since or lasted or m).end(), said, "term"))
    return out
