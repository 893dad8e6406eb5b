"""Dates and times of day: found, written in the other language by rule, and passed through translation."""
import pytest

from mt.dates import clock, day_of_month, matches, whole
from mt.detailed import translate_detailed
from mt.finishing import join_words, unshield
from mt.glossary import HINT, Match, final_stop, shield
from mt.text import split_sentences
from mt.translate import Translator


@pytest.mark.parametrize("text, found", [
    ("Vào ngày 6 tháng 7, ông đến; ngày 17 tháng Chín năm 1939.",
     [("Vào ngày 6 tháng 7", "on July 6"), ("ngày 17 tháng Chín năm 1939", "September 17, 1939")]),
    # opening the sentence before a comma, the date says when: "On April 30, 1975, ..."
    ("Ngày 30/4/1975, hạn chót ngày 15/1, 30-4-1975, 16 tháng Chín, ngày 21 tháng Giêng",
     [("Ngày 30/4/1975", "on April 30, 1975"), ("ngày 15/1", "January 15"), ("30-4-1975", "April 30, 1975"),
      ("16 tháng Chín", "September 16"), ("ngày 21 tháng Giêng", "January 21")]),
    # "năm" before the year's digits is the year, not May
    ("ngày 5 tháng 5 năm 2021 và ngày 5 tháng Năm năm 2021", [("ngày 5 tháng 5 năm 2021", "May 5, 2021"),
                                                             ("ngày 5 tháng Năm năm 2021", "May 5, 2021")]),
    ("Ngày 30/4/1975 là ngày thống nhất.", [("Ngày 30/4/1975", "April 30, 1975")]),
    ("vào tháng 3 năm 2017 và tháng 7/2020",
     [("vào tháng 3 năm 2017", "in March 2017"), ("tháng 7/2020", "July 2020")]),
    ("lúc 14h30, 11:35 tối, 8 giờ 46 phút sáng, 7 giờ rưỡi tối, 12 giờ đêm, lúc 9h, 11h30 trưa",
     [("14h30", "14:30"), ("11:35 tối", "11:35 p.m."), ("8 giờ 46 phút sáng", "8:46 a.m."),
      ("7 giờ rưỡi tối", "7:30 p.m."), ("12 giờ đêm", "midnight"), ("9h", "9:00"), ("11h30 trưa", "11:30 a.m.")]),
    # durations and counts: 17 hours, 24 hours, four months; a fraction; days and months out of range
    ("Họ làm 17 giờ một ngày, 24h, chuột 4 tháng tuổi, 1/2 số người, ngày 32/1, 3,5/10 điểm, 12 giờ GMT", []),
    ("lúc 18 giờ 23 phút UTC (2: 23 giờ chiều)", [("18 giờ 23 phút", "18:23")]),  # not "23 giờ chiều"
    ("Tôi dậy lúc 08:00 hoặc lúc 6 giờ.", [("08:00", "08:00"), ("6 giờ", "6:00")]),
    # an hour alone at either end of "từ ... đến" (from ... to), with the part of the day written once for both
    ("Mở cửa từ 8h đến 17h, họp từ 9h-11h30, học từ 8h đến 10h sáng, từ 11h đến 1h chiều.",
     [("8h", "8:00"), ("17h", "17:00"), ("9h", "9:00"), ("11h30", "11:30"), ("8h", "8 a.m."), ("10h sáng", "10 a.m."),
      ("11h", "11:00"), ("1h chiều", "1 p.m.")]),
    ("Tôi làm việc 8h mỗi ngày, đến 5 giờ.", []),  # hours worked
    # a part of a day near today, with the time or alone; opening the sentence, with the comma English writes there
    ("Tối nay bạn rảnh không? Họp lúc 9 giờ sáng mai, gọi lúc 8h tối nay; tôi ngủ muộn đêm qua.",
     [("Tối nay", "tonight,"), ("9 giờ sáng mai", "9 a.m. tomorrow"), ("8h tối nay", "8 p.m. tonight"),
      ("đêm qua", "last night")]),
    ("Ánh sáng qua cửa sổ, giá trị chiều qua dòng.", []),  # light through the window; a dimension across a line
    # "20/12" in a range of dates, with a day after the 12th at one end ("từ 1/2 đến 2/3" may be fractions)
    ("Đặt phòng từ 20/12 đến 23/12, từ 28/2 - 3/3; giảm từ 1/2 đến 2/3.",
     [("20/12", "December 20"), ("23/12", "December 23"), ("28/2", "February 28"), ("3/3", "March 3")]),
    # days of one month, the month said once (v6: "from August 8 to February 14"), and a day of every month
    ("Nghỉ từ ngày 8 đến ngày 14 tháng 2, vào ngày 20-25/12 và ngày 2 tới ngày 5 tháng Ba năm 2025.",
     [("ngày 8 đến ngày 14 tháng 2", "February 8 to 14"), ("vào ngày 20-25/12", "from December 20–25"),
      ("ngày 2 tới ngày 5 tháng Ba năm 2025", "March 2 to 5, 2025")]),
    ("Trả trước ngày 15 hàng tháng, họp vào ngày 1 mỗi tháng, ngày 22 hằng tháng.",
     [("ngày 15 hàng tháng", "the 15th of every month"), ("vào ngày 1 mỗi tháng", "on the 1st of every month"),
      ("ngày 22 hằng tháng", "the 22nd of every month")]),
    # a range that goes backwards is not one; the date in it still is
    ("từ ngày 14 đến ngày 8 tháng 2, ngày 40 hàng tháng", [("ngày 8 tháng 2", "February 8")]),
    # an hour alone before a day is a time of it (v6: "17h December 15")
    ("Hạn chót 17h ngày 15/12, họp 9 giờ thứ Hai, gặp 8h mai.",
     [("17h", "17:00"), ("ngày 15/12", "December 15"), ("9 giờ", "9:00"), ("thứ Hai", "Monday"), ("8h", "8:00")]),
    ("Mất 24h, ngày mai xong; chạy 17 giờ ngày 3.", [("ngày mai", "tomorrow")]),  # hours taken; hours on day 3
    # the weekend near today (v6: "this week"), a time from now opening a sentence (v6: "10 minutes she called back")
    ("Cuối tuần này bạn rảnh không? Tôi về quê cuối tuần trước.",
     [("Cuối tuần này", "this weekend,"), ("cuối tuần trước", "last weekend")]),
    ("10 phút nữa em gọi lại.", [("10 phút nữa", "in 10 minutes,")]),
    # a little while from now, opening a sentence (v6: "Lát nữa tôi gọi lại cho bạn." → "Again, I call you back.")
    ("Lát nữa tôi gọi lại cho bạn.", [("Lát nữa", "later,")]), ("Một chút nữa tôi đến.", [("Một chút nữa", "later,")]),
    ("Tôi ăn thêm một chút nữa.", []),
    ("Mai đi cà phê không?", [("Mai", "tomorrow,")]),  # "mai" before "đi" (an invitation) too
    # the week, month or year near this one opening a sentence (v6: "Năm ngoái tôi làm việc ở Sài Gòn." → "I worked
    # in my Saigon."); not elsewhere, nor before a comma ("the year before"), nor "tháng nay" (these months)
    ("Năm ngoái tôi làm việc ở Sài Gòn.", [("Năm ngoái", "last year,")]),
    ("Tuần sau chúng tôi đi Đà Lạt.", [("Tuần sau", "next week,")]),
    ("Tôi về quê tuần trước.", []), ("Năm trước, công ty nhỏ.", []), ("Tháng nay tôi bận.", []),
    ("Một tiếng nữa tôi tới.", [("Một tiếng nữa", "in an hour,")]),
    ("Vài ngày nữa là Tết.", [("Vài ngày nữa", "in a few days,")]),
    ("Tôi ở thêm 2 ngày nữa.", []),  # two more days
    ("Năm phút nữa thôi!", [("Năm phút nữa thôi", "just five more minutes")]),  # v6: "It's another year!"
    ("Vài ngày nữa thôi.", [("Vài ngày nữa thôi", "just a few more days")]),
    # the days either side of yesterday and tomorrow (v6: "Hôm kia ..." → "... today", "Ngày kia ..." → "The other
    # day ..."); not "một ngày kia" (one day) or "ngày này qua ngày kia" (day after day); a day the sentence is about
    ("Hôm kia anh ấy không đi làm. Chúng tôi đi Huế ngày kia, về ngày mốt.",
     [("Hôm kia", "the day before yesterday,"), ("ngày kia", "the day after tomorrow"),
      ("ngày mốt", "the day after tomorrow")]),
    # ... and yesterday and tomorrow (v6: "Hôm qua chúng tôi ăn phở." → "Today we ate pho."); not today, which v6
    # gets right
    ("Hôm qua chúng tôi ăn phở, ngày hôm qua trời mưa; ngày mai tôi về, hôm nay tôi bận.",
     [("Hôm qua", "yesterday,"), ("ngày hôm qua", "yesterday"), ("ngày mai", "tomorrow")]),
    # "Mai" opening before who (v6: "Mai tôi phải dậy sớm." → "I have to wake up early."); not a name ("Mai Anh")
    ("Mai tôi phải dậy sớm.", [("Mai", "tomorrow,")]), ("Mai Anh là bạn tôi. Hoa mai nở.", []),
    ("Một ngày kia nó sẽ về. Ngày này qua ngày kia, một ngày kia.", []),
    ("Ngày kia là thứ Sáu. Tối nay là đêm giao thừa.", [("Ngày kia", "the day after tomorrow"), ("thứ Sáu", "Friday"),
                                                      ("Tối nay", "tonight")]),
    ("Tối hôm qua tôi ngủ sớm.", [("Tối hôm qua", "last night,")]),
    # with "vào" (v6: "on the yesterday afternoon"), and "sáng" or "chiều" yesterday's after "hôm"
    ("Cô ấy qua đời vào chiều ngày hôm qua. Sáng hôm qua, bom nổ. Tôi sẽ đón bạn vào ngày mai.",
     [("vào chiều ngày hôm qua", "yesterday afternoon"), ("Sáng hôm qua", "yesterday morning"),
      ("vào ngày mai", "tomorrow")]),
    # a span from now after "trong" (v6: "for another 10 minutes"), not after a verb of staying ("for 2 more days");
    # a span ago ending a clause (v6: "2 tháng trước" → "last February"), not before an event or a time of day
    ("Xe buýt sẽ đến trong 10 phút nữa. Tôi ở lại trong 2 ngày nữa. Họ chuyển đi 2 tháng trước, năm năm trước đây.",
     [("trong 10 phút nữa", "in 10 minutes"), ("2 tháng trước", "2 months ago"),
      ("năm năm trước đây", "five years ago")]),
    ("Hai ngày trước khi đi, ba ngày trước đó, tôi đến lúc 10 giờ trước.", [("10 giờ", "10:00")]),
    ("Gửi file trước thứ 6 nhé.", [("trước thứ 6", "before Friday")]),  # v6 dropped "trước"
    ("Anh ấy đứng trước thứ 2 trong lớp.", []),  # before the second in the class
    # "until" after a verb of waiting or lasting, and "cho đến" (v6: "Đợi đến 5 giờ chiều nhé." → "Wait for 5 p.m.")
    ("Đợi đến 5 giờ chiều nhé. Chờ tới lúc 7 giờ tối. Tôi ở lại cho đến thứ Hai.",
     [("đến 5 giờ chiều", "until 5 p.m."), ("tới lúc 7 giờ tối", "until 7 p.m."), ("cho đến thứ Hai", "until Monday")]),
    ("Anh ấy đến 5 giờ chiều, từ 8h đến 17h.",  # he comes at 5 p.m.; a range
     [("5 giờ chiều", "5 p.m."), ("8h", "8:00"), ("17h", "17:00")]),
    # every day, week … opening a sentence (v6: "Hằng ngày tôi đi làm …" → "One day I walked …"); not elsewhere
    ("Hằng ngày tôi đi làm.", [("Hằng ngày", "every day,")]), ("Hàng năm họ về quê.", [("Hàng năm", "every year,")]),
    ("Cuộc sống hằng ngày rất bận.", []),
    # any weekend ending a clause or opening before who (v6: "… at the end of week."), "cả cuối tuần" all weekend;
    # not before what says which ("cuối tuần đầu tiên"), nor opening before anything else
    ("Chúng tôi chơi quần vợt vào cuối tuần.", [("vào cuối tuần", "at the weekend")]),
    ("Cuối tuần bạn thường làm gì?", [("Cuối tuần", "at the weekend,")]),
    ("Tôi làm việc cả cuối tuần.", [("cả cuối tuần", "all weekend")]),
    ("Họ đến thăm bà mỗi cuối tuần.", [("mỗi cuối tuần", "every weekend")]),
    ("Vào cuối tuần đầu tiên ở đó, tôi đến.", []), ("Cuối tuần là lúc nghỉ ngơi.", []),
    # how long something has gone on, ending a clause (v6: "He works here two years ago."); not a span elsewhere
    ("Anh ấy làm ở đây được hai năm rồi.", [("được hai năm rồi", "for two years")]),
    ("Chị tôi lấy chồng đã được ba năm.", [("đã được ba năm", "for three years")]),
    ("Được ba năm thì anh ấy về.", []),
])
def test_vietnamese(text, found):
    dated = [m for m in matches(text, "vi", "en") if m.source != HINT]
    assert [(text[m.start:m.end], m.replacement) for m in dated] == found
    assert all(m.source == "date" for m in dated)


@pytest.mark.parametrize("text, at", [
    # "sẽ" after who, where a day ahead opens the sentence (v6, shown "Tomorrow,": "… he went to work.")
    ("Ngày mai anh ấy đi làm.", "Ngày mai anh ấy"), ("Mai bố mẹ tôi về quê.", "Mai bố mẹ tôi"),
    ("10 phút nữa em gọi lại.", "10 phút nữa em"), ("Ngày mai, chúng tôi không đi.", "Ngày mai, chúng tôi"),
    ("Tí nữa anh ấy về.", "Tí nữa anh ấy"), ("Cuối tuần này chúng tôi về quê.", "Cuối tuần này chúng tôi"),
    ("Ngày mai trời có mưa không?", "Ngày mai trời"), ("Ngày mai bạn có rảnh không?", None),
    # not with a word for when or a modal after who, nor after a day behind, nor where the day is what is spoken of
    ("Ngày mai tôi sẽ gọi.", None), ("Ngày mai tôi cũng đi.", None), ("Ngày mai tôi muốn đi.", None),
    ("Hôm qua tôi đi làm.", None), ("Ngày mai là thứ Hai.", None), ("Tôi đi làm ngày mai.", None),
])
def test_will_after_who_on_a_day_ahead(text, at):
    hints = [m for m in matches(text, "vi", "en") if m.source == HINT]
    assert [(text[: m.start], m.end - m.start, m.replacement) for m in hints] == ([(at, 0, " sẽ")] if at else [])


@pytest.mark.parametrize("text, hinted", [
    # "hay" after who, before a verb, is how often (v6: "Tôi hay chơi bóng đá." → "I or play the football.")
    ("Tôi hay chơi bóng đá.", True), ("Mẹ tôi hay nấu phở.", True), ("Bạn hay đi đâu?", True),
    # ... after a day or a part of one (v6: "Sunday I or go to shopping.")
    ("Chủ nhật tôi hay đi mua sắm.", True), ("Buổi tối, chúng tôi hay xem ti vi.", True),
    # not "or", nor "good"
    ("Tôi hay anh ấy sẽ đi.", False), ("Anh hay em?", False), ("Phim này hay lắm.", False),
    ("Anh ấy có đến hay không.", False),
])
def test_hay_before_a_verb_is_how_often(text, hinted):
    hints = [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en") if m.source == HINT]
    assert hints == ([("hay", "thường")] if hinted else [])


def test_the_bundled_model_writes_the_past_after_a_day_behind(bundled):
    t = Translator.load(bundled)
    text = "Hôm qua họ đi Đà Lạt."  # v6, shown "Yesterday,": "Yesterday, they go Da Lat."
    assert "they went" in t.translate(text, "vi", "en")[0]
    assert "they went" in translate_detailed(t, [text], "vi", "en")[0].text


def test_the_bundled_model_says_will_on_a_day_ahead(bundled):
    t = Translator.load(bundled)
    text = "Ngày mai anh ấy đi làm."  # shown "Tomorrow," alone, v6 wrote "Tomorrow, he went to work."
    assert t.translate(text, "vi", "en") == ["Tomorrow, he'll go to work."]
    words = translate_detailed(t, [text], "vi", "en")[0].words
    assert join_words(words) == "Tomorrow, he'll go to work."
    assert [w.text for w in words if w.fixed] == ["Tomorrow,"]  # the hint is not a word of the translation


@pytest.mark.parametrize("text, found", [
    ("The meeting starts at 2:30 pm on December 2, 2026.",
     [("at 2:30 pm", "lúc 2:30 chiều"), ("on December 2, 2026", "vào ngày 2 tháng 12 năm 2026")]),
    ("4th July 1776, the 13th of May, Sept. 2, Dec. 21, June 18th, in January 2017",
     [("4th July 1776", "ngày 4 tháng 7 năm 1776"), ("the 13th of May", "ngày 13 tháng 5"),
      ("Sept. 2", "ngày 2 tháng 9"), ("Dec. 21", "ngày 21 tháng 12"), ("June 18th", "ngày 18 tháng 6"),
      ("in January 2017", "vào tháng 1 năm 2017")]),
    ("10:00am, 11:35 pm, 9 o'clock, 12 am, 12:30 p.m. and 5 a.m.",
     [("10:00am", "10 giờ sáng"), ("11:35 pm", "11:35 tối"), ("9 o'clock", "9 giờ"), ("12 am", "12 giờ đêm"),
      ("12:30 p.m.", "12:30 trưa"), ("5 a.m", "5 giờ sáng")]),  # the sentence's full stop stays
    # "by" (a deadline) and "until" go with the time (v6: "bởi 5 giờ chiều")
    ("Send it by 5 pm, or until 10:30 a.m. tomorrow.", [("by 5 pm", "trước 5 giờ chiều"),
                                                        ("until 10:30 a.m. tomorrow", "đến 10:30 sáng mai")]),
    # "May" the verb, a month and year without a day, a bare clock time, hours out of range
    ("May I come? We may go in May. It took 4:41. At 13 pm.", []),
    # days of one month (v6: "từ ngày 8 tháng 2 đến 14"), and a day of every month
    ("Closed February 8 to 14, on May 3rd through the 5th, 20-25 December 2026 and Dec. 1-3.",
     [("February 8 to 14", "ngày 8 đến ngày 14 tháng 2"),
      ("on May 3rd through the 5th", "từ ngày 3 đến ngày 5 tháng 5"),
      ("20-25 December 2026", "ngày 20 đến ngày 25 tháng 12 năm 2026"), ("Dec. 1-3", "ngày 1 đến ngày 3 tháng 12")]),
    ("Pay before the 15th of each month, on the 1st of every month.",
     [("the 15th of each month", "ngày 15 hàng tháng"), ("on the 1st of every month", "vào ngày 1 hàng tháng")]),
    # the part of a day before the weekday (v6: "vào thứ Hai sáng"); noon and midnight (v6 kept "noon")
    # "by" (a deadline; v6: "bằng thứ Sáu") and "until" before a day; the weekend (v6: "vào tuần này", this week)
    ("Send it by Friday, stay until Sunday, free this weekend, rest on the weekend.",
     [("by Friday", "trước thứ Sáu"), ("until Sunday", "đến Chủ nhật"), ("this weekend", "cuối tuần này"),
      ("on the weekend", "vào cuối tuần")]),
    ("Open weekdays, closed at weekends and on weekdays after Tet.",  # v6: "on weekdays" → "vào tuần" (in the week)
     [("weekdays", "các ngày trong tuần"), ("at weekends", "vào cuối tuần"),
      ("on weekdays", "vào các ngày trong tuần")]),
    ("Arrive on Monday morning, leave Friday evening at noon, open until midnight, stay till noon.",
     [("on Monday morning", "vào sáng thứ Hai"), ("Friday evening", "tối thứ Sáu"), ("at noon", "lúc 12 giờ trưa"),
      ("until midnight", "đến nửa đêm"), ("till noon", "đến trưa")]),
    ("It was brighter than at noon-day.", []),
    # a range of weekdays (v6: "thứ Hai thông qua thứ Sáu", through as passing through)
    ("She works Monday through Friday, open from Monday to Saturday.",
     [("Monday through Friday", "từ thứ Hai đến thứ Sáu"), ("from Monday to Saturday", "từ thứ Hai đến thứ Bảy")]),
    # a part of a day near today (v6: "this afternoon" → "buổi chiều này", "last night" → "vào ban đêm"); not
    # a possessive
    ("Free this afternoon? Tonight we eat, last night we slept; yesterday evening, this morning's paper.",
     [("this afternoon", "chiều nay"), ("Tonight", "tối nay"), ("last night", "tối qua"),
      ("yesterday evening", "tối hôm qua")]),
    # yesterday and tomorrow (v6 now and then dropped them), and today as the day of someone's doings (v6: "I went
    # to the market today." → "... ngày nay", nowadays); not today in general, nor a possessive
    ("I went to the market today. She'll call me tomorrow.", [("today", "hôm nay"), ("tomorrow", "ngày mai")]),
    ("We met yesterday; he left the day before yesterday.",
     [("yesterday", "hôm qua"), ("the day before yesterday", "hôm kia")]),
    ("Today, many people use phones in the form that we use today. Yesterday's news, tomorrow's meeting.", []),
    # a span ago (v6: "4 days ago" → "4 ngày", the "ago" lost; "9 months ago" → "9 tháng tuổi", nine months old)
    ("I arrived 4 days ago. Two years ago, an hour ago, a few weeks ago, eleven days ago; long ago, about a year ago.",
     [("4 days ago", "cách đây 4 ngày"), ("Two years ago", "cách đây hai năm"), ("an hour ago", "cách đây một tiếng"),
      ("a few weeks ago", "cách đây vài tuần"), ("eleven days ago", "cách đây 11 ngày")]),
    ("Where were you last night?", []),  # shown "tối qua", v6 dropped "ở đâu": "Bạn tối qua?"
    ("He runs Hotel Tonight. Tonight, we eat.", [("Tonight", "tối nay")]),  # an app's name; a sentence's first word
    # an hour alone after "at" before such a part (v6: "lúc 6 sáng mai"), if the part has that hour
    ("Call me at six tomorrow morning, at 11:30 tonight, at 2 tonight.",
     [("at six tomorrow morning", "lúc 6 giờ sáng mai"), ("at 11:30 tonight", "lúc 11:30 tối nay"),
      ("tonight", "tối nay")]),
    # ... and after a time, which gives the part (v6: "lúc 8 giờ tối đêm nay"; "at 9 am tomorrow" lost the day)
    ("Be there at 8 pm tonight, at 9 am tomorrow, at 9 o'clock today, at 11 PM last night, at 9 pm this morning.",
     [("at 8 pm tonight", "lúc 8 giờ tối nay"), ("at 9 am tomorrow", "lúc 9 giờ sáng mai"),
      ("at 9 o'clock today", "lúc 9 giờ hôm nay"), ("at 11 PM last night", "lúc 11 giờ tối qua"),
      ("at 9 pm", "lúc 9 giờ tối"), ("this morning", "sáng nay")]),  # (not said so: left as two)
])
def test_english(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "en", "vi")] == found


@pytest.mark.parametrize("text, src, found", [
    ("Hẹn gặp vào thứ Hai; hôm thứ Tư, chiều thứ Tư, lúc 9h sáng thứ Bảy, Chủ Nhật.", "vi",
     [("vào thứ Hai", "on Monday"), ("hôm thứ Tư", "on Wednesday"), ("chiều thứ Tư", "Wednesday afternoon"),
      ("9h sáng", "9 a.m."), ("thứ Bảy", "Saturday"), ("Chủ Nhật", "Sunday")]),
    # "thứ hai" is also "second"; the Second World War
    ("lần thứ hai, Thế Chiến thứ Hai, Chiến tranh Thế giới thứ Hai", "vi", []),
    # with digits, a day only after "vào"/"hôm", a part of the day, or "hôm nay là" (today is)
    ("Hôm nay là thứ 2. Họp vào thứ 5 tuần sau. Sáng thứ 7, lúc 9h sáng thứ 3, hôm thứ 6.", "vi",
     [("thứ 2", "Monday"), ("vào thứ 5 tuần sau", "next Thursday"), ("Sáng thứ 7", "Saturday morning"),
      ("9h sáng", "9 a.m."),
      ("thứ 3", "Tuesday"), ("hôm thứ 6", "on Friday")]),
    ("Lần thứ 2, vị trí thứ 5, tuần thứ 4, xếp thứ 3; vào thứ 8, vào thứ 2/9.", "vi", []),  # second, fifth...
    # ... or in a range, or before "tuần sau" (next week) where it opens a clause
    ("Mở cửa từ thứ 2 đến thứ 6. Thứ 3 tuần trước, họ đến.", "vi",
     [("thứ 2", "Monday"), ("thứ 6", "Friday"), ("Thứ 3 tuần trước", "last Tuesday")]),
    ("Tuần thứ 4 này, vị trí thứ 4 tuần này, tuần thứ 2 đến thứ 4, xếp thứ 2 và thứ 3.", "vi", []),  # ordinals
    # "T2" ... "T7" and "CN" with those, and in a list of days
    ("Họp vào T2 tuần sau. Mở từ T2 đến T6; học T3, T5 và T7; sáng CN; CN này; làm T2 - CN.", "vi",
     [("vào T2 tuần sau", "next Monday"), ("T2", "Monday"), ("T6", "Friday"), ("T3", "Tuesday"), ("T5", "Thursday"),
      ("T7", "Saturday"), ("sáng CN", "Sunday morning"), ("CN", "Sunday"), ("T2", "Monday"), ("CN", "Sunday")]),
    ("Khoa CN thông tin, tầng T2, xe T3.", "vi", []),
    ("mở từ t2 đến t6, sáng cn", "vi", [("t2", "Monday"), ("t6", "Friday"), ("sáng cn", "Sunday morning")]),  # typed
    ("See you on Monday. Sundays are quiet; Friday is the last day.", "en",
     [("on Monday", "vào thứ Hai"), ("Sundays", "Chủ nhật"), ("Friday", "thứ Sáu")]),
    # the week of a day, both ways (v6: "thứ Sáu tuần này" → "Friday"; "next Monday" → "kế tiếp thứ Hai")
    ("Hạn chót là thứ Sáu tuần này. Sáng thứ 2 tuần sau, trước thứ 6 tuần tới.", "vi",
     [("thứ Sáu tuần này", "this Friday"), ("Sáng thứ 2", "Monday morning"),
      ("trước thứ 6 tuần tới", "before next Friday")]),
    ("See you next Monday; we met last Tuesday, on this Friday.", "en",
     [("next Monday", "thứ Hai tuần sau"), ("last Tuesday", "thứ Ba tuần trước"),
      ("on this Friday", "vào thứ Sáu tuần này")]),
])
def test_days_of_the_week(text, src, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, src, "en" if src == "vi" else "vi")] == found


def test_punctuation_the_model_set_apart_is_joined():
    source = 'I will be back on Monday," he said.'
    m = Match(source.index("on Monday"), source.index(","), "vào thứ Hai", "date")
    _, slots = shield(source, [m], 1)
    assert unshield('Tôi sẽ về [1] ," ông nói.', slots) == 'Tôi sẽ về vào thứ Hai," ông nói.'


def test_a_final_stop_lost_after_a_placeholder_comes_back():
    # v6: "Ngày mai là [1]." → "Tomorrow is [1]"
    assert final_stop("Ngày mai là thứ Năm.", "Tomorrow is Thursday") == "Tomorrow is Thursday."
    assert final_stop("Mai là thứ Năm?", "Is it Thursday?") == "Is it Thursday?"  # it has its own
    assert final_stop("thứ Năm", "Thursday") == "Thursday"  # the source has none


def test_other_pairs_have_none():
    assert matches("ngày 6 tháng 7", "vi", "fr") == [] and matches("July 6", "en", "de") == []


def test_a_dot_that_ends_the_time_ends_the_sentence():
    source = "Cô ấy gọi điện lúc 9h sáng."
    m = Match(source.index("9h"), source.index("."), "9 a.m.", "date")
    text, slots = shield(source, [m], 0)
    assert text == "Cô ấy gọi điện lúc 9 a.m."  # not "9 a.m.."
    assert unshield("She called at 9 a.m.", slots) == "She called at 9 a.m."
    text, slots = shield(source, [m], 1)
    assert unshield("She called at [1].", slots) == "She called at 9 a.m."


def test_sentences_do_not_end_inside_a_date_or_time():
    assert split_sentences("At 1:15 a.m. Saturday, the bus left. It was 5 p.m. Then he came.") == [
        "At 1:15 a.m. Saturday, the bus left.", "It was 5 p.m.", "Then he came."]
    assert split_sentences("The deadline is Jan. 15. It was Jan. Then Feb.") == [
        "The deadline is Jan. 15.", "It was Jan.", "Then Feb."]


@pytest.mark.parametrize("text, src, tgt, date", [
    # v6 alone: "... at 14h30 days 2/12/2026.", "On 30th/41975 ...", "She calls up at 9 a.m." (right already)
    ("Cuộc họp bắt đầu lúc 14h30 ngày 2/12/2026.", "vi", "en", "December 2, 2026"),
    ("Ngày 30/4/1975 là ngày thống nhất đất nước.", "vi", "en", "April 30, 1975"),
    ("Cô ấy gọi điện lúc 9h sáng.", "vi", "en", "9 a.m."),
    # v6 alone: "It's something 2." ("Hôm nay là thứ 2." alone is mt/days_asked.py's whole)
    ("Hôm nay là thứ 2 và tôi rất bận.", "vi", "en", "Monday"),
    ("Cửa hàng mở cửa từ T2 đến CN.", "vi", "en", "Sunday"),  # v6 alone: "from T2 to CN"
    ("Sáng mai tôi đi làm sớm.", "vi", "en", "Tomorrow morning,"),  # v6 alone: "I went to work early."
    ("Công ty nghỉ Tết từ ngày 8 đến ngày 14 tháng 2.", "vi", "en", "February 8 to 14"),  # v6 alone: "August 8"
    # v6 alone: "Thời hạn chót là Jan. 15." (split after "Jan."), "Cô ấy gọi ở 9 o'clock."
    ("The deadline is Jan. 15.", "en", "vi", "ngày 15 tháng 1"),
    ("She called at 9 o'clock.", "en", "vi", "lúc 9 giờ"),
])
def test_the_bundled_model_writes_dates_by_rule(bundled, text, src, tgt, date):
    t = Translator.load(bundled)
    out = t.translate(text, src, tgt)[0]
    assert out.count(date) == 1 and ".." not in out
    words = translate_detailed(t, [text], src, tgt)[0].words
    assert date in [w.text for w in words if w.fixed == "date"]
    assert ".." not in " ".join(w.text for w in words)


@pytest.mark.parametrize("text, found", [
    # an hour in words (v6: "at seven hours", "at 11 hours")
    ("Chúng ta gặp nhau lúc bảy giờ tối nhé.", [("bảy giờ tối", "7 p.m.")]),
    ("Tôi đi ngủ lúc mười một giờ.", [("mười một giờ", "11:00")]),
    ("Hai giờ chiều mai tôi rảnh.", [("Hai giờ chiều mai", "2 p.m. tomorrow")]),
    ("Tàu chạy lúc mười giờ rưỡi sáng.", [("mười giờ rưỡi sáng", "10:30 a.m.")]),
    # minutes in words, and "kém" (to); v6: "at each other 15", "It is eight o'clock 15."
    ("Gặp nhau lúc bảy giờ mười lăm nhé.", [("bảy giờ mười lăm", "7:15")]),
    ("Bây giờ là tám giờ kém mười lăm.", [("tám giờ kém mười lăm", "7:45")]),
    ("Tàu chạy lúc sáu giờ mười.", [("sáu giờ mười", "6:10")]),
    ("Phim bắt đầu lúc tám giờ bốn lăm tối.", [("tám giờ bốn lăm tối", "8:45 p.m.")]),
    ("Còn 9 giờ kém 20 phút sáng.", [("9 giờ kém 20 phút sáng", "8:40 a.m.")]),
    ("Bây giờ là ba giờ rưỡi.", [("ba giờ rưỡi", "3:30")]),
    ("Từ bảy giờ đến 10h sáng.", [("bảy giờ", "7 a.m."), ("10h sáng", "10 a.m.")]),
    ("Lúc 1 giờ kém 10.", [("1 giờ kém 10", "12:50")]),  # ten to one (v7: "By 1 hour was less than 10.")
    # not hours waited, nor a whole hour after "Bây giờ là" (v6 says "eight o'clock"), nor a year after "giờ"
    ("Tôi đợi hai giờ.", []), ("Tôi đợi hai giờ mười phút.", []), ("Bây giờ là tám giờ.", []),
    ("Lúc 7 giờ năm 2020 …", []),
])
def test_an_hour_in_words(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en")] == found


@pytest.mark.parametrize("text, found", [
    # a clock read in words (v6: "Đó là một quý đến tám.", "ở nửa mươi ba phút", "Hai mươi chín.")
    ("It's a quarter to eight.", [("It's a quarter to eight", "Bây giờ là 8 giờ kém 15")]),
    ("I think it's half past two.", [("it's half past two", "bây giờ là 2 giờ rưỡi")]),
    ("It is a quarter past ten now.", [("It is a quarter past ten now", "Bây giờ là 10:15")]),
    ("We have lunch at half past twelve.", [("at half past twelve", "lúc 12 giờ rưỡi")]),
    ("The train leaves at ten past six.", [("at ten past six", "lúc 6:10")]),
    ("It's twenty to nine.", [("It's twenty to nine", "Bây giờ là 9 giờ kém 20")]),
    ("Be here by 10 minutes to 6.", [("by 10 minutes to 6", "trước 6 giờ kém 10")]),
    ("It starts at a quarter past ten in the morning.", [("at a quarter past ten in the morning", "lúc 10:15 sáng")]),
    ("I'll be there at half past six now.", [("at half past six", "lúc 6 giờ rưỡi")]),
    # a time every day (v6 dropped "every morning")
    ("I get up at six every morning.", [("at six every morning", "lúc 6 giờ sáng mỗi ngày")]),
    ("We eat at 7 every evening.", [("at 7 every evening", "lúc 7 giờ tối mỗi ngày")]),
    # not minutes in numbers without "at", "by", "until" or "it's" (a range, a count), nor "half to"
    ("We are open from ten to five.", []), ("It takes five to ten people.", []), ("It's half to six.", []),
])
def test_a_clock_in_words(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "en", "vi")] == found


@pytest.mark.parametrize("text, found", [
    ("Tôi dậy lúc sáu giờ mỗi sáng.", [("sáu giờ mỗi sáng", "6 a.m. every day")]),
    ("Tôi uống thuốc lúc 8 giờ mỗi ngày.", [("8 giờ mỗi ngày", "8:00 every day")]),
    # not hours of doing something every day
    ("Tôi làm việc 8h mỗi ngày.", []), ("Tôi tập thể dục 1 giờ mỗi sáng.", []),
])
def test_a_time_every_day(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en")] == found


@pytest.mark.parametrize("said, src, tgt, read", [
    ("vào thứ Hai", "vi", "en", "on Monday"), ("on Mondays", "en", "vi", "vào thứ Hai"),
    ("5 giờ chiều", "vi", "en", "5 p.m."),
    # not: more than the day, nothing read, a weekday in small letters ("thứ hai" is also "second")
    ("vào thứ Hai tuần này và thứ Ba", "vi", "en", None), ("vào lúc nào", "vi", "en", None),
    ("vào thứ hai", "vi", "en", None),
])
def test_read_whole(said, src, tgt, read):
    assert whole(said, src, tgt) == read


@pytest.mark.parametrize("text, src, tgt, found", [
    # a clock without "am" or "pm" after "at", "by" or "until" (v6: "The meeting starts at 9:15." → "… từ năm 9:15",
    # from the year); not a score or a ratio, nor seconds
    ("The meeting starts at 9:15.", "en", "vi", [("at 9:15", "lúc 9:15")]),
    ("Be there by 7:30.", "en", "vi", [("by 7:30", "trước 7:30")]),
    ("It ended 3:15 at half time.", "en", "vi", []), ("at 7:30:15", "en", "vi", []), ("at 1:2", "en", "vi", []),
    # the half hour after the hour's digits without "giờ" ("Tôi dậy lúc 7 rưỡi." → "I got up at seven pandemics.")
    ("Tôi dậy lúc 7 rưỡi.", "vi", "en", [("7 rưỡi", "7:30")]),
    ("Hẹn gặp lúc 3 rưỡi chiều.", "vi", "en", [("3 rưỡi chiều", "3:30 p.m.")]),
    ("Tôi ăn 2 rưỡi bát.", "vi", "en", []), ("Nó dài 2 rưỡi.", "vi", "en", []),
])
def test_a_clock_said_short(text, src, tgt, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, src, tgt)] == found


@pytest.mark.parametrize("said, src, tgt, read", [
    ("ngày 5", "vi", "en", "the 5th"), ("ngày 21", "vi", "en", "the 21st"), ("ngày 12", "vi", "en", "the 12th"),
    ("ngày 32", "vi", "en", None), ("ngày 5 tháng 3", "vi", "en", None),
    ("the 22nd", "en", "vi", "ngày 22"), ("the 11th", "en", "vi", "ngày 11"),
    ("the 5st", "en", "vi", None), ("the 12nd", "en", "vi", None), ("the 5th of May", "en", "vi", None),
])
def test_a_day_of_the_month_alone(said, src, tgt, read):
    assert day_of_month(said, src, tgt) == read


@pytest.mark.parametrize("said, src, read", [
    # a time ending the sentence keeps its dot: "3 p.m." was None, "3 p.m" read (two writers stripped it themselves)
    ("3 p.m.", "en", "3 giờ chiều"), ("8 a.m.", "en", "8 giờ sáng"), ("3 p.m", "en", "3 giờ chiều"),
    ("3 pm.", "en", None), ("5 giờ chiều", "vi", "5 p.m."), ("six", "en", "6 giờ"),
])
def test_a_clock_time_read_alone(said, src, read):
    assert clock(said, src, "vi" if src == "en" else "en") == read
