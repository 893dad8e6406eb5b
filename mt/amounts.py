"""Amounts of Vietnamese đồng and quantities with a unit ("1.75 m", "30 cm"), written by rule. The bundled model
drops the currency or gets it wrong ("Giá là 1.500.000 đồng." → "Price is 1,500,000.", "26.000 tỷ đồng" → "26,000
billion dollars", "15 triệu đồng" → "15 million contraction"; "15 million VND" → "15 triệu đồng đồng"), and misreads
units ("1.75 m tall" → "1,75 triệu phú", a millionaire; "30 cm" → "30 phút", minutes). A sum is written as English
news writes it ("VND1,500,000", "VND26,000 billion") or as Vietnamese does ("1,5 triệu đồng"); a quantity keeps its
unit and gets the target's number format ("1.75 m" is "1,75 m" in Vietnamese; "1m75" and "70 cây số" are "1.75 m"
and "70 km" in English). Each goes through translation in that form first, then as a placeholder, as addresses do
(mt/verbatim.py; mt.glossary.shield).

    >>> [m.replacement for m in matches("Giá 1.500.000 đồng, lương 15 triệu đ.", "vi", "en")]
    ['VND1,500,000', 'VND15 million']
"""
from __future__ import annotations

import re

from .glossary import Match, merge
from .lazy_re import lazy
from .numbers import EN_NUMBER_WORDS, EN_TENS, EN_TO_VI, VI_NUMBER_WORDS, VI_TO_EN, restyled
from .text import alternatives

_NUM = r"\d+(?:[.,]\d+)*(?:\s?[-–]\s?\d+(?:[.,]\d+)*)?"  # a number or a range ("60.000-120.000")
_VI_SCALES = {"nghìn tỷ": "trillion", "nghìn tỉ": "trillion", "nghìn": "thousand", "ngàn": "thousand",
              "triệu": "million", "tỷ": "billion", "tỉ": "billion"}
_EN_SCALES = {"thousand": "nghìn", "million": "triệu", "billion": "tỷ", "trillion": "nghìn tỷ"}
# words that make "đồng" something other than the currency: "5 đồng nghiệp" (colleagues), "2 đồng hồ" (clocks)
_NOT_MONEY = r"(?!\s+(?:hồ|nghiệp|ý|bằng|đội|chí|bào|minh|thời|hương|xu|phục|ruộng|lúa|cỏ|tiền|loại|dạng|hành)(?!\w))"
# a price per unit ("500 đồng/lít": v6 wrote "500 perthreat"), under a thousand đồng too
_PER = {"lít": "litre", "kg": "kg", "km": "km", "m2": "m²", "m²": "m²", "tháng": "month", "năm": "year", "ngày": "day",
        "đêm": "night", "giờ": "hour", "người": "person", "khách": "guest", "cái": "piece", "chiếc": "piece",
        "vé": "ticket", "suất": "serving", "ly": "glass", "cốc": "cup", "chai": "bottle", "hộp": "box", "gói": "pack"}
_VI = lazy(rf"(?<![\w.,])(?P<n>{_NUM})(?:\s*(?P<s>{'|'.join(_VI_SCALES)}))?\s*(?:đồng{_NOT_MONEY}|VNĐ|VND|đ)"
           rf"(?:\s?/\s?(?P<per>{'|'.join(_PER)}))?(?!\w)")
# a sum said without "đồng" after a word for a price ("giá 150k" or "150K", "lương 20tr", "hết 25 nghìn", "3 triệu
# rưỡi"):
# v6 wrote "150k", "20tr", "25 trillion", "3 million". Not elsewhere: "128k" is a bit rate, "25 nghìn người" people
# (and at the end of a clause or before "một"/"mỗi" (a, per): "750 ngàn bảng Anh" is pounds, "4,3 triệu bản" copies)
_VI_SAID = lazy(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)(?:(?P<k>[kK])|\s?(?P<tr>tr)|\s+(?P<s>nghìn|ngàn|triệu|tỷ|tỉ)"
                r"(?P<half>\s+rưỡi)?)(?!\w)(?=\s*(?:[.,;:!?)]|$)|\s+(?:một|mỗi)(?!\w))")
# ... and a number of thousands anywhere else, "thousand" (v6: "Có 3 nghìn người đến." → "There are 3 trillion people
# coming.", "Cái này 50 nghìn." → "This is 50 trillion."; "ngàn" it mostly gets right); not "nghìn tỷ" (trillions)
_VI_THOUSANDS = lazy(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)\s+(?:nghìn|ngàn)(?!\s+t[ỷỉ](?!\w))(?!\w)", re.IGNORECASE)
_PRICE = lazy(r"(?<!\w)(?:[Gg]iá(?! trị)|[Hh]ết|[Mm]ất|[Tt]ốn|[Tt]rả|[Bb]án|[Mm]ua|[Ll]ương|[Pp]hí|[Tt]iền)"
              r"(?:\s+[^\s\d]+){0,3}\s+$")  # ("giá trị", value, is not a price)
_COSTS = lazy(r"[^\W\d_]\s+(giá)\s+$")  # "giá" after a word, right before the sum
# a number and a unit of measure ("1.75 m", "30 cm", "120km"), which v6 reads wrong: "1.75 m tall" → "1,75 triệu phú"
# (a millionaire), "30 cm" → "30 phút" (minutes), "300 m" → "300 mm". Not after a currency sign: "$3.5m" is millions
# longest first where one unit starts another ("mm2" before "mm" before "m")
_UNITS = "km/h|m/s|mm²|cm²|m²|km²|mm2|cm2|m2|km2|mm|cm|km|mg|kg|ml|g|l|m|ha|°C"
_UNIT = lazy(rf"(?<![\w.,$€£¥])(?P<n>{_NUM})(?P<gap> ?)(?P<u>{_UNITS})(?![\w/²])")
# heights and distances the way Vietnamese writes them: "1m75" (1.75 m), "70 cây số" (70 km; v6: "seventy trees")
# (and "1 mét 7", v6: "1 met with 7")
_VI_MEASURE = lazy(rf"(?<![\w.,])(?:(?P<m>\d)(?:m|\s?mét\s?)(?P<cm>\d{{1,2}})(?!\w|[.,]\d)"
                   rf"|(?P<n>{_NUM})\s*cây số(?P<sq>\s+vuông)?)(?!\w)")
# units written out in English, which v6 reads wrong: "50 kilometres" → "50 phút" (minutes), "40 degrees Celsius" →
# "độ Celsius" (the number dropped), "30 degrees" → "30 độ độ"
_EN_UNIT_WORDS = {r"kilomet(?:er|re)s?": "km", r"kilo(?:gram)?s?": "kg", r"centimet(?:er|re)s?": "cm",
                  r"millimet(?:er|re)s?": "mm", r"degrees? (?:Celsius|centigrade|C)": "độ C",
                  r"degrees? (?:Fahrenheit|F)": "độ F", r"degrees?": "độ", r"miles?": "dặm"}
# (the number in digits or a word, "five kilometres": "5 km", as Vietnamese writes a measure)
_EN_UNIT_WORD = lazy(rf"(?<![\w.,$€£¥])(?P<n>{_NUM}|(?i:{'|'.join(EN_NUMBER_WORDS[1:])})) "
                     rf"(?P<u>{'|'.join(f'(?:{u})' for u in _EN_UNIT_WORDS)})(?!\w)")
# numbers written as two words, which v6 gets wrong both ways: "twenty-five years old" → "20 tuổi", "thirty-two" →
# "ba mươi chín" (39), "ba mươi hai người" → "thirty-four people". Written in digits. In Vietnamese, "năm" after
# "mươi"/"mười" is a year ("hai mươi năm", twenty years; 25 is "hai mươi lăm"), and "tháng Mười Hai" is December
# (not before a scale: "thirty-five thousand eight hundred" came out "35 ngàn ngàn")
_EN_COMPOUND = lazy(rf"(?<![\w-])(?P<t>{'|'.join(EN_TENS)})[- ](?P<u>{'|'.join(EN_NUMBER_WORDS[1:10])})(?![\w-])"
                    r"(?! (?:hundred|thousand|million|billion)\b)", re.IGNORECASE)
_VI_TENS = VI_NUMBER_WORDS[2:10]
# the units after a ten, with the forms they take there ("hai mươi mốt", "hai mươi tư", "hai mươi lăm"; not "năm")
_VI_UNITS = {**{w: i for i, w in enumerate(VI_NUMBER_WORDS[1:10], 1) if w != "năm"}, "mốt": 1, "tư": 4, "lăm": 5}
# ("thứ mười một" is the 11th: v6 then wrote "11 th")
_VI_COMPOUND = lazy(r"(?<![\w-])(?<!tháng )(?<!Tháng )(?P<nth>thứ )?"
                    rf"(?:(?P<t>{'|'.join(_VI_TENS)}) mươi|(?P<ten>mười))"
                    rf" (?P<u>{'|'.join(_VI_UNITS)})(?!\w)"
                    r"(?! (?:trăm|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))", re.IGNORECASE)
# a sum said in words, one to ten (hundred) thousand, million or billion: "năm triệu", "năm trăm nghìn đồng", "five
# million dong" ("five million" alone in English may count anything). `matches` and `sum_said` leave these (the ~100
# modules that ask them take digits only); a module that takes them puts SUM_WORDS or SUM_WORDS_EN (no groups) into
# its pattern and reads what it matched with words_sum or words_in_digits
_SUM_WORDS = {
    "vi": rf"(?P<n>(?i:{alternatives(VI_TO_EN)}))(?P<hundred>\s+trăm)?"
          rf"\s+(?P<scale>{alternatives(w for w in _VI_SCALES if ' ' not in w)})(?:\s+đồng)?",
    "en": rf"(?P<n>(?i:{alternatives(EN_TO_VI)}))(?P<hundred>\s+hundred)?"
          rf"\s+(?P<scale>{alternatives(s for s in _EN_SCALES if s != 'trillion')})\s+dong"}
SUM_WORDS, SUM_WORDS_EN = (re.sub(r"\(\?P<\w+>", "(?:", _SUM_WORDS[lang]) for lang in ("vi", "en"))
_WORDS = {lang: lazy(pattern) for lang, pattern in _SUM_WORDS.items()}
_EN = lazy("|".join([
    rf"(?<![\w.,])(?:VND|VNĐ)\s?(?P<n>{_NUM})(?:\s(?P<s>{'|'.join(_EN_SCALES)}))?(?!\w)",
    rf"(?<![\w.,])(?P<n2>{_NUM})(?:\s(?P<s2>{'|'.join(_EN_SCALES)}))?\s?(?:dong|VND|VNĐ)(?!\w)",
]))


# a serving, a number and a word for what holds it, before what it holds ("một bát phở", "two bottles of beer"): v6
# wrote "Cho tôi một bát phở bò." → "Give me a octal beef pho." ("bát" is eight too), "Tôi ăn hai bát cơm." → "I eat
# two salaries of rice", "một cốc nước cam" → "a complication", "two bottles of beer" → "hai chai sữa" (milk), "A cup
# of coffee, please." → "Xin vui lòng."; shown the serving, it writes what it holds. Not "đĩa bay" (a flying saucer),
# "đĩa CD" and the like, nor "a piece of" (advice, news).
_SERVINGS = {"bát": "bowl", "tô": "bowl", "chén": "bowl", "ly": "glass", "cốc": "glass", "tách": "cup",
             "chai": "bottle", "lon": "can", "đĩa": "plate", "hộp": "box", "gói": "pack", "suất": "portion"}
# what follows that is not what it holds: "đĩa bay", "ly hôn" …; a word between ("một hộp chứa thuốc", a box that
# holds medicine; "vài ly để thư giãn", a few drinks to relax; "làm một ly đi", let's have a drink: FLORES devtest and
# Tatoeba lines became "a box of containing medications", "a few glasses of to relax", "a glass of walking")
_NOT_HELD = ("bay|CD|DVD|cứng|mềm|nhạc|hát|than|từ|quang|hình|giác|hôn|thân|dị|tâm|chứa|đựng|đầy|rỗng|lớn|nhỏ|to|"
             "để|và|thì|rồi|nữa|đi|với|cho|của|mà|không|nhé|nha|thôi|là|này|đó|được|ra|vào|lên|xuống")
_HELD_HOT = ("cà phê", "trà", "chè", "ca cao", "sô cô la nóng")  # "a cup of", in a glass in Vietnamese
_VI_COUNTS = {w: EN_NUMBER_WORDS[i] for i, w in enumerate(VI_NUMBER_WORDS[1:11], 1)} | {"vài": "a few", "mấy": "a few"}
_VI_SERVING = lazy(rf"(?<!\w)(?P<n>(?:một\s+)?vài|{'|'.join(_VI_COUNTS)}|[1-9]\d?)\s+(?P<m>{'|'.join(_SERVINGS)})"
                   rf"(?=\s+(?!(?:{_NOT_HELD})(?!\w))[^\W\d_])", re.IGNORECASE)
_EN_SERVINGS = {"bowl": "bát", "cup": "tách", "glass": "ly", "bottle": "chai", "can": "lon", "plate": "đĩa",
                "box": "hộp", "pack": "gói", "packet": "gói", "portion": "suất", "serving": "suất"}
_EN_COUNTS = {"a": "một", "an": "một", "one": "một"} | {w: VI_NUMBER_WORDS[i]
                                                        for i, w in enumerate(EN_NUMBER_WORDS[2:11], 2)}
_EN_SERVING = lazy(rf"(?<![\w-])(?P<n>(?i:{'|'.join(_EN_COUNTS)})|[1-9]\d?)\s+(?P<m>{'|'.join(_EN_SERVINGS)})"
                   r"(?:e?s)?\s+of(?=\s+[^\W\d_])")


def sum_said(said: str, src: str) -> str | None:
    """A sum of đồng said alone, in the other language, as `matches` writes it: "200.000 đồng" "VND200,000", "500
    nghìn" "VND500 thousand" (Vietnamese read as a price, after "giá"), "200,000 dong" "200.000 đồng"; None unless the
    whole of it is read as đồng ("50 nghìn người", "50")."""
    shown = f"giá {said}" if src == "vi" else said
    found = matches(shown, src, "en" if src == "vi" else "vi")
    start = len(shown) - len(said)
    if len(found) != 1 or (found[0].start, found[0].end) != (start, len(shown)):
        return None
    return found[0].replacement if src == "en" or found[0].replacement.startswith("VND") else None


def words_sum(said: str, src: str) -> str | None:
    """A sum said in words (SUM_WORDS, SUM_WORDS_EN), in the other language's words: "năm triệu" "five million
    dong", "năm trăm nghìn đồng" "five hundred thousand dong", "five million dong" "năm triệu đồng"; None for any
    other ("5 triệu", "five million").

    >>> words_sum("Mười triệu", "vi"), words_sum("two hundred thousand dong", "en"), words_sum("5 triệu", "vi")
    ('ten million dong', 'hai trăm nghìn đồng', None)
    """
    m = _WORDS[src].fullmatch(said)
    if not m:
        return None
    if src == "vi":
        return f"{VI_TO_EN[m['n'].lower()]}{' hundred' * bool(m['hundred'])} {_VI_SCALES[m['scale']]} dong"
    return f"{EN_TO_VI[m['n'].lower()]}{' trăm' * bool(m['hundred'])} {_EN_SCALES[m['scale']]} đồng"


def words_in_digits(said: str, src: str) -> str | None:
    """A sum said in words (SUM_WORDS, SUM_WORDS_EN) in digits, as `sum_said` reads it: "mười triệu" "10 triệu",
    "năm trăm ngàn đồng" "500 ngàn đồng", "five million dong" "5 million dong"; None for any other.

    >>> words_in_digits("mười triệu", "vi"), sum_said(words_in_digits("mười triệu", "vi"), "vi")
    ('10 triệu', 'VND10 million')
    """
    m = _WORDS[src].fullmatch(said)
    if not m:
        return None
    n = (VI_NUMBER_WORDS if src == "vi" else EN_NUMBER_WORDS).index(m["n"].lower()) * (100 if m["hundred"] else 1)
    return " ".join([str(n), m["scale"], *said[m.end("scale"):].split()])  # ("đồng", "dong" after it)


def matches(text: str, src: str, tgt: str) -> list[Match]:
    """The amounts of đồng and the quantities in `text` (written in `src`), each with its `tgt` form; none for other
    pairs."""
    if (src, tgt) == ("vi", "en"):
        money = [Match(*m.span(), _english(m.group("n"), m.group("s")) + (f" per {_PER[m['per']]}" if m["per"] else ""),
                       "amount") for m in _VI.finditer(text) if m["s"] or m["per"] or _at_least_a_thousand(m["n"])]
        money += [Match(*m.span(), _said(m), "amount") for m in _VI_SAID.finditer(text)
                  if _PRICE.search(text[: m.start()])]
        money = [_costs(m, text) for m in money]
    elif (src, tgt) == ("en", "vi"):
        money = [Match(*m.span(), _vietnamese(m.group("n") or m.group("n2"), m.group("s") or m.group("s2")), "amount")
                 for m in _EN.finditer(text)]
    else:
        return []
    # (a version is kept as written: the model turned "802.11g" into "802.11b")
    units = [Match(*m.span(), m.group() if _a_version(m, text) else _restyled(m.group("n"), tgt) + m.group("gap")
                   + m.group("u"), "amount") for m in _UNIT.finditer(text)]
    if src == "vi":
        units += [Match(*m.span(), _measure(m), "amount") for m in _VI_MEASURE.finditer(text)]
        units += [Match(*m.span(), _vi_compound(m), "amount") for m in _VI_COMPOUND.finditer(text)]
        units += [Match(*m.span(), _opening(_vi_serving(m, text), m), "amount") for m in _VI_SERVING.finditer(text)]
        units += [Match(*m.span(), f"{_restyled(m.group('n'), 'en')} thousand", "amount")
                  for m in _VI_THOUSANDS.finditer(text)]
    else:
        units += [Match(*m.span(), str(10 * (EN_TENS.index(m.group("t").lower()) + 2)
                                       + EN_NUMBER_WORDS.index(m.group("u").lower())), "amount")
                  for m in _EN_COMPOUND.finditer(text)]
        units += [Match(*m.span(), f"{_digits(m.group('n'))} {_unit_word(m.group('u'))}", "amount")
                  for m in _EN_UNIT_WORD.finditer(text)]
        units += [Match(*m.span(), _opening(f"{_EN_COUNTS.get(m['n'].lower(), m['n'])} {_EN_SERVINGS[m['m']]}", m),
                        "amount") for m in _EN_SERVING.finditer(text)]
    return merge(money, units)


def _costs(m: Match, text: str) -> Match:
    """A sum right after "giá" that follows what has the price ("Cái áo này giá 50 nghìn.") takes "giá" with it as
    "costs": shown the sum alone, v6 left the verb out ("This coat VND50 thousand.")."""
    price = _COSTS.search(text[: m.start])
    return Match(price.start(1), m.end, f"costs {m.replacement}", m.source) if price else m


def _opening(said: str, m: re.Match) -> str:
    """A serving that opens the sentence with a capital ("Hai bát phở", "Two bowls of pho")."""
    return said[0].upper() + said[1:] if m.start() == 0 else said


def _vi_serving(m: re.Match, text: str) -> str:
    """"một bát" → "a bowl of", "hai ly" → "two glasses of" ("a cup of" before coffee or tea)."""
    held = text[m.end():].lstrip().lower()
    said = "cup" if m["m"].lower() in ("ly", "cốc") and held.startswith(_HELD_HOT) else _SERVINGS[m["m"].lower()]
    count = _VI_COUNTS.get(" ".join(m["n"].lower().split()[-1:]), m["n"])  # "một vài" is "vài", a few
    if count == "one":
        return f"a {said} of"
    return f"{count} {said}{'es' if said.endswith(('x', 's')) else 's'} of"


def _vi_compound(m: re.Match) -> str:
    """"hai mươi lăm" is 25, "thứ mười một" 11th."""
    tens = 1 if m.group("ten") else _VI_TENS.index(m.group("t").lower()) + 2
    n = 10 * tens + _VI_UNITS[m.group("u").lower()]
    if not m.group("nth"):
        return str(n)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _a_version(m: re.Match, text: str) -> bool:
    """Whether a number with a letter glued to it is one of a list of versions, not a quantity: "802.11a, 802.11b and
    802.11g" (v6 with the rule: "802,11g")."""
    listed = rf"(?<![\w.,]){re.escape(m.group('n'))}(?!{re.escape(m.group('u'))})[a-z]\b"
    return not m.group("gap") and re.search(listed, text) is not None


def _digits(number: str) -> str:
    """A number in Vietnamese digits: "1,600" is "1.600", "five" is "5"."""
    word = number.lower()
    return str(EN_NUMBER_WORDS.index(word)) if word in EN_NUMBER_WORDS else _restyled(number, "vi")


def _unit_word(written: str) -> str:
    return next(unit for pattern, unit in _EN_UNIT_WORDS.items() if re.fullmatch(pattern, written))


def _measure(m: re.Match) -> str:
    if m.group("m"):
        return f"{m.group('m')}.{m.group('cm')} m"  # "1m75", "1 mét 7"
    return _restyled(m.group("n"), "en") + (" km²" if m.group("sq") else " km")


def _at_least_a_thousand(number: str) -> bool:
    """Amounts of đồng are thousands at least; "5 đồng" is more often a count of something else."""
    first = re.match(r"\d+(?:[.,]\d+)*", number).group()
    return len(re.sub(r"[.,]\d{1,2}$", "", first).replace(".", "").replace(",", "")) >= 4


def _said(m: re.Match) -> str:
    """A sum said the short way, in English: "150k" is VND150 thousand, "20tr" VND20 million, "3 triệu rưỡi" VND3.5
    million."""
    number = m.group("n")
    if m.group("half"):  # "rưỡi": and a half
        number = f"{number},5" if number.isdigit() else number
    return _english(number, "nghìn" if m.group("k") else "triệu" if m.group("tr") else m.group("s"))


def _english(number: str, scale: str | None) -> str:
    return f"VND{_restyled(number, 'en')}" + (f" {_VI_SCALES[scale]}" if scale else "")


def _vietnamese(number: str, scale: str | None) -> str:
    return _restyled(number, "vi") + (f" {_EN_SCALES[scale]}" if scale else "") + " đồng"


def _restyled(number: str, lang: str) -> str:
    """A number or each end of a range in `lang`'s format."""
    return re.sub(r"\d+(?:[.,]\d+)*", lambda m: restyled(m.group(), lang), number)
