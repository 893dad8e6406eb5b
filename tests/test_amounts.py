"""Sums of đồng: found, written in the other language by rule, and passed through translation as placeholders."""
import pytest

from mt.amounts import matches, sum_said, words_in_digits, words_sum
from mt.detailed import translate_detailed
from mt.translate import Translator


@pytest.mark.parametrize("text, src, tgt, found", [
    ("Giá 1.500.000 đồng, lương 15 triệu đ.", "vi", "en",
     [("1.500.000 đồng", "VND1,500,000"), ("15 triệu đ", "VND15 million")]),
    ("Chi 26.000 tỷ đồng, lãi 2,5 nghìn tỷ đồng.", "vi", "en",
     [("26.000 tỷ đồng", "VND26,000 billion"), ("2,5 nghìn tỷ đồng", "VND2.5 trillion")]),
    ("giá 60.000-120.000 đồng, vé 50.000đ/người, 7800 VND", "vi", "en",
     [("60.000-120.000 đồng", "VND60,000-120,000"), ("50.000đ/người", "VND50,000 per person"),
      ("7800 VND", "VND7800")]),
    # a price per unit, under a thousand too (v6: "500 đồng/lít" → "500 perthreat")
    ("Xăng tăng 500 đồng/lít, phòng 2 triệu đồng / tháng.", "vi", "en",
     [("500 đồng/lít", "VND500 per litre"), ("2 triệu đồng / tháng", "VND2 million per month")]),
    # counts of other things: "đồng nghiệp" (colleagues), "đồng hồ" (clocks), and sums too small to be đồng
    ("5 đồng nghiệp, 2.000 đồng hồ, 3 đồng, 12 đồng", "vi", "en", []),
    ("It costs VND1.5 million or 2 million dong, 15,000,000 VND.", "en", "vi",
     [("VND1.5 million", "1,5 triệu đồng"), ("2 million dong", "2 triệu đồng"), ("15,000,000 VND", "15.000.000 đồng")]),
    ("priced from VND60,000-120,000", "en", "vi", [("VND60,000-120,000", "60.000-120.000 đồng")]),
    ("It costs $1,500 or 3 dongs.", "en", "vi", []),
    # quantities: the number in the target's format, the unit as written; "$3.5m" is millions
    ("He is 1.75 m tall, the box 30 cm, 120km, 38°C, 5 km/h, 3136 mm2; $3.5m.", "en", "vi",
     [("1.75 m", "1,75 m"), ("30 cm", "30 cm"), ("120km", "120km"), ("38°C", "38°C"), ("5 km/h", "5 km/h"),
      ("3136 mm2", "3136 mm2")]),
    ("Cao 1,75 m, nặng 60kg, giá 50.000 đồng.", "vi", "en",
     [("1,75 m", "1.75 m"), ("60kg", "60kg"), ("50.000 đồng", "VND50,000")]),
    # the Vietnamese way: "1m75", kilometres as "cây số" (v6: "trees"); not "nhiều cây số" (many km) or "1m750"
    ("Cao 1m75, cách 100 cây số, rộng 13 cây số vuông, đi nhiều cây số, 1m750", "vi", "en",
     [("1m75", "1.75 m"), ("100 cây số", "100 km"), ("13 cây số vuông", "13 km²")]),
    ("Cao 1 mét 7, 1m6, 1 mét 65; 2 mét 100, 1m7,5.", "vi", "en", [("1 mét 7", "1.7 m"), ("1m6", "1.6 m"),
                                                                  ("1 mét 65", "1.65 m")]),
    # units written out in English, in the Vietnamese way
    ("40 degrees Celsius, 1,600 kilometres, 70 kilos, 90 degrees, 10 miles, 69 centimeters; Five kilometres, one mile.",
     "en", "vi", [("40 degrees Celsius", "40 độ C"), ("1,600 kilometres", "1.600 km"), ("70 kilos", "70 kg"),
                  ("90 degrees", "90 độ"), ("10 miles", "10 dặm"), ("69 centimeters", "69 cm"),
                  ("Five kilometres", "5 km"), ("one mile", "1 dặm")]),
    # sums said without "đồng" after a word for a price; not a bit rate, a value, people or pounds
    # ("giá" after what has the price is "costs": v6, shown the sum alone, "This coat VND50 thousand.")
    ("Áo giá 150k, lương anh ấy 20tr một tháng, tiền nhà 3 triệu rưỡi, vé hết 2,5 triệu.", "vi", "en",
     [("giá 150k", "costs VND150 thousand"), ("20tr", "VND20 million"), ("3 triệu rưỡi", "VND3.5 million"),
      ("2,5 triệu", "VND2.5 million")]),
    # thousands that are not a sum are "thousand" (v6: "3 nghìn người" → "3 trillion people"); not "nghìn tỷ"
    ("Bit rate 128k, giá trị 192k, có 25 nghìn người, thưởng 750 ngàn bảng Anh, bán 4,3 triệu bản, 2 nghìn tỷ.", "vi",
     "en", [("25 nghìn", "25 thousand"), ("750 ngàn", "750 thousand")]),
    # numbers in two words, in digits (v6: "twenty-five years old" → "20 tuổi", "thirty-two" → "ba mươi chín")
    ("She is twenty-five, Thirty two; twenty years, thirty-five thousand, twenty-fifth.", "en", "vi",
     [("twenty-five", "25"), ("Thirty two", "32")]),
    ("hai mươi lăm tuổi, vị trí thứ mười một, thứ hai mươi hai, mười lăm; hai mươi năm, tháng Mười Hai, hai mươi lăm"
     " nghìn", "vi", "en", [("hai mươi lăm", "25"), ("thứ mười một", "11th"), ("thứ hai mươi hai", "22nd"),
                           ("mười lăm", "15")]),
    # a serving before what it holds (v6: "một bát phở bò" → "a octal beef pho"); "a cup of" coffee or tea; not a
    # flying saucer
    ("Cho tôi một bát phở, hai ly trà đá, ba cốc nước cam và 2 chai bia. Có một đĩa bay.", "vi", "en",
     [("một bát", "a bowl of"), ("hai ly", "two cups of"), ("ba cốc", "three glasses of"), ("2 chai", "2 bottles of")]),
    ("Hai hộp bánh.", "vi", "en", [("Hai hộp", "Two boxes of")]),  # a capital opening the sentence
    ("A bowl of pho and two bottles of beer; a piece of cake.", "en", "vi",
     [("A bowl of", "Một bát"), ("two bottles of", "hai chai")]),
    # versions, not grams, kept as written: "802.11a, 802.11b and 802.11g"
    ("802.11a, 802.11b and 802.11g; 1.5kg", "en", "vi", [("802.11g", "802.11g"), ("1.5kg", "1,5kg")]),
])
def test_matches(text, src, tgt, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, src, tgt)] == found
    assert all(m.source == "amount" for m in matches(text, src, tgt))


@pytest.mark.parametrize("said, src, written", [
    ("200.000 đồng", "vi", "VND200,000"), ("500 nghìn", "vi", "VND500 thousand"),
    ("200,000 dong", "en", "200.000 đồng"),
    ("50 nghìn người", "vi", None), ("50", "vi", None), ("200.000 đồng nữa", "vi", None),
])
def test_a_sum_said_alone(said, src, written):  # (mt/prices.py and mt/cash.py read prices and notes with it)
    assert sum_said(said, src) == written


@pytest.mark.parametrize("said, src, words, digits", [
    ("năm triệu", "vi", "five million dong", "5 triệu"),
    ("Mười triệu đồng", "vi", "ten million dong", "10 triệu đồng"),
    ("năm trăm nghìn", "vi", "five hundred thousand dong", "500 nghìn"),
    ("hai tỉ", "vi", "two billion dong", "2 tỉ"),
    ("five million dong", "en", "năm triệu đồng", "5 million dong"),
    ("Two hundred thousand dong", "en", "hai trăm nghìn đồng", "200 thousand dong"),
    ("ten billion dong", "en", "mười tỷ đồng", "10 billion dong"),
    # not words, or not a sum: digits (sum_said's), a count ("five million" alone), past ten, "nghìn tỷ"
    ("5 triệu", "vi", None, None), ("năm", "vi", None, None), ("mười lăm triệu", "vi", None, None),
    ("năm nghìn tỷ", "vi", None, None), ("five million", "en", None, None), ("5 million dong", "en", None, None),
    ("twenty million dong", "en", None, None),
])
def test_a_sum_said_in_words(said, src, words, digits):  # (mt/deposits.py, mt/tuition_fees.py)
    assert (words_sum(said, src), words_in_digits(said, src)) == (words, digits)
    if words:  # (sum_said reads digits only: the digits, not the words)
        assert sum_said(said, src) is None and sum_said(digits, src) is not None


@pytest.mark.parametrize("text, src, tgt, amount", [
    # v6 alone: "Price is 1,500,000.", "26,000 billion dollars", "It is a 15 million contraction."
    ("Giá là 1.500.000 đồng.", "vi", "en", "VND1,500,000"),
    ("Chính phủ chi 26.000 tỷ đồng cho dự án.", "vi", "en", "VND26,000 billion"),
    ("Lương tháng 15 triệu đồng.", "vi", "en", "VND15 million"),
    # v6 alone: "15 triệu đồng đồng" ("Her salary is 15 million VND a month." alone is mt/earnings.py's since stop 58)
    ("She says her salary is 15 million VND a month.", "en", "vi", "15 triệu đồng"),
    ("The door is 1.75 m tall.", "en", "vi", "1,75 m"),  # v6 alone: "1,75 triệu phú", a millionaire
    ("The box is 30 cm long.", "en", "vi", "30 cm"),  # v6 alone: "30 phút", minutes
    ("Quãng đường dài 5 cây số.", "vi", "en", "5 km"),  # v6 alone: "It was five trees long."
    ("The city is 50 kilometres away.", "en", "vi", "50 km"),  # v6 alone: "Thành phố 50 phút away."
    ("Ly cà phê giá 25 nghìn.", "vi", "en", "costs VND25 thousand"),  # v6 alone: "Coffee 25 trillion."
    ("She is twenty-five years old.", "en", "vi", "25"),  # v6 alone: "Cô ta 20 tuổi."
    ("The temperature reached 40 degrees Celsius.", "en", "vi", "40 độ C"),  # v6 alone: "đo ở độ Celsius"
    ("Tôi ăn hai bát cơm.", "vi", "en", "two bowls of"),  # v6 alone: "I eat two salaries of rice."
    # (an order, "Two bottles of beer, please.", is mt.patterns' whole: v6 alone wrote "Có hai chai sữa", milk)
    ("We drank two bottles of beer.", "en", "vi", "hai chai"),
])
def test_the_bundled_model_writes_amounts_by_rule(bundled, text, src, tgt, amount):
    t = Translator.load(bundled)
    out = t.translate(text, src, tgt)[0]
    assert out.count(amount) == 1 and not any(w in out for w in ("dollar", "đồng đồng", "triệu phú", "phút"))
    words = translate_detailed(t, [text], src, tgt)[0].words
    assert [(w.text, w.fixed) for w in words if w.fixed] == [(amount, "amount")]
