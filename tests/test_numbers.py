import pytest

from mt.numbers import en_nth, en_ordinal, en_word, number_edits, repair_numbers, value_of, vi_word


@pytest.mark.parametrize("source, translation, src, tgt, expected", [
    # the source's format copied: separators swap
    ("a tank of 55,000 barrels (2.3 million gallons)", "một bể 55,000 thùng (2.3 triệu galông)", "en", "vi",
     "một bể 55.000 thùng (2,3 triệu galông)"),
    ("vận tốc 12,8 km, 1.500 người", "a speed of 12,8 km, 1.500 people", "vi", "en",
     "a speed of 12.8 km, 1,500 people"),
    ("1,234.5 m", "1,234.5 m", "en", "vi", "1.234,5 m"),
    # already right, including a Vietnamese source written the English way
    ("hơn 4,000 người theo dõi", "more than 4,000 followers", "vi", "en", "more than 4,000 followers"),
    ("In 2016, 3 of 45 won.", "Năm 2016, 3 trong số 45 người thắng.", "en", "vi",
     "Năm 2016, 3 trong số 45 người thắng."),
    # a wrong number, as many wrong as missing: the source's, in order, in the target's format
    ("một trang mạng có 5.000.000 độc giả", "a website of 3,000 readers", "vi", "en", "a website of 5,000,000 readers"),
    ("năm 1444 (1418 - 1450)", "in 14444 (14, 1450)", "vi", "en", "in 1444 (1418, 1450)"),
    # more wrong numbers than missing ones, or the other way round: nothing to go by
    ("from $11,000 to $22,500", "từ 2,500 đô-la", "en", "vi", "từ 2,500 đô-la"),
    ("5 and 6", "5, 7 và 8", "en", "vi", "5, 7 và 8"),
    # a number word rendered as digits pairs with the word and is not "repaired" into a missing number
    ("almost four times a 35 mm negative (3136 mm2)", "gần gấp 4 lần một âm bản 35 mm", "en", "vi",
     "gần gấp 4 lần một âm bản 35 mm"),
    ("Anh ấy có hai bàn thắng", "He had 2 goals", "vi", "en", "He had 2 goals"),
    # months: "tháng 9" is September, and only a month replaces a month
    ("born on September 17, 2007, 17 pounds 1 ounce", "sinh ngày 17 tháng 9 năm 2007, 17 pao", "en", "vi",
     "sinh ngày 17 tháng 9 năm 2007, 17 pao"),
    ("ngày 21 tháng 7 năm 356", "on July 21, March 21, 356", "vi", "en", "on July 21, March 21, 356"),
    ("vào tháng 9", "vào tháng 8", "en", "vi", "vào tháng 8"),
    # decades, labels, and tokens that are no one number
    ("thập niên 80", "the 1980s", "vi", "en", "the 1980s"),
    ("see Figure 1.1", "xem Hình 1.1", "en", "vi", "xem Hình 1.1"),
    ("802.11n at 2.4Ghz, at 12.00 GMT, Web 2.0", "802.11n ở 2.4Ghz, lúc 12.00 GMT, Web 2.0", "en", "vi",
     "802.11n ở 2,4Ghz, lúc 12.00 GMT, Web 2.0"),
    ("version 1.2.3 at 192.168.1.1", "phiên bản 1.2.3 tại 192.168.1.1", "en", "vi", "phiên bản 1.2.3 tại 192.168.1.1"),
    # digits inside words are not numbers
    ("the A1GP car at 160km/h", "xe A1GP ở 160km/h", "en", "vi", "xe A1GP ở 160km/h"),
    ("no digits here", "không có số 7", "en", "vi", "không có số 7"),
])
def test_repair_numbers(source, translation, src, tgt, expected):
    assert repair_numbers(source, translation, src, tgt) == expected
    assert repair_numbers(source, expected, src, tgt) == expected  # a repaired translation stays as it is


def test_number_edits_are_spans_of_the_translation():
    translation = "giữ 5.000 thùng (2.3 triệu)"
    edits = number_edits("holds 55,000 barrels (2.3 million)", translation, "en", "vi")
    assert edits == [(4, 9, "55.000"), (17, 20, "2,3")]
    assert [translation[a:b] for a, b, _ in edits] == ["5.000", "2.3"]


@pytest.mark.parametrize("token, value", [("50.000", 50000), ("50,000", 50000), ("1,5", 1.5), ("2.3", 2.3), ("7", 7)])
def test_value_of_either_format(token, value):
    assert value_of(token) == value


@pytest.mark.parametrize("n, vi, en", [
    (0, "không", "zero"), (3, "ba", "three"), (10, "mười", "ten"), (11, "mười một", "eleven"),
    (15, "mười lăm", "fifteen"), (20, "hai mươi", "twenty"), (21, "hai mươi mốt", "twenty-one"),
    (24, "hai mươi bốn", "twenty-four"), (45, "bốn mươi lăm", "forty-five"), (80, "tám mươi", "eighty"),
    (99, "chín mươi chín", "ninety-nine"), (100, "một trăm", "a hundred"),
])
def test_numbers_in_words_up_to_a_hundred(n, vi, en):
    # "mốt" and "lăm" are the forms one and five take after a ten ("mười một" keeps "một")
    assert (vi_word(n), en_word(n)) == (vi, en)


@pytest.mark.parametrize("n, nth, figures", [
    (1, "first", "1st"), (2, "second", "2nd"), (3, "third", "3rd"), (4, "fourth", "4th"), (9, "ninth", "9th"),
    (11, "eleventh", "11th"), (12, "twelfth", "12th"), (13, "thirteenth", "13th"), (20, "twentieth", "20th"),
    (21, "twenty-first", "21st"), (22, "twenty-second", "22nd"), (80, "eightieth", "80th"),
    (95, "ninety-fifth", "95th"),
])
def test_english_ordinals_in_words_and_figures(n, nth, figures):
    # 11th-13th end in "th" though they end in 1-3
    assert (en_nth(n), en_ordinal(n)) == (nth, figures)
