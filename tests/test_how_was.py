"""How something went, asked, and how it was, said: a trip, the weekend, a party, a film, an interview …, both ways
(mt/how_was.py)."""
import pytest

from mt.how_was import translate


@pytest.mark.parametrize("text, said", [
    # v8: "How today's your friends?", "How is the trip?", "How does your week end?", "How do your period breaks?"
    ("Hôm nay của bạn thế nào?", "How was your day?"),
    ("Ngày hôm nay của anh ấy thế nào?", "How was his day?"),
    ("Chuyến đi thế nào?", "How was the trip?"),
    ("Chuyến đi của anh thế nào?", "How was your trip?"),
    ("Cuối tuần của bạn thế nào?", "How was your weekend?"),
    ("Cuối tuần vừa rồi thế nào?", "How was last weekend?"),
    ("Kỳ nghỉ của bạn thế nào?", "How was your holiday?"),
    # v8: "How is the party last night?", "How does the movie?", "What's the interview?", "How is the appointment?"
    ("Bữa tiệc tối qua thế nào?", "How was the party last night?"),
    ("Bộ phim thế nào vậy?", "How was the film?"),
    ("Buổi phỏng vấn của bạn ra sao?", "How was your interview?"),
    ("Buổi phỏng vấn diễn ra thế nào?", "How did the interview go?"),
    ("Buổi hẹn hò của bạn thế nào?", "How was your date?"),
    ("Ngày đầu tiên đi làm của bạn thế nào?", "How was your first day at work?"),
    # v8: "How do you go to Da Lat?", "How do your Japanese trip?"
    ("Chuyến đi Đà Lạt thế nào?", "How was the trip to Da Lat?"),
    ("Chuyến đi Nhật Bản của bạn thế nào?", "How was your trip to Japan?"),
    ("Chuyến đi của mẹ tôi thế nào?", "How was my mother's trip?"),
    # v8: "You're very good.", "It's very good to movies.", "It's great to go.", "The trip was tired."
    ("Vui lắm.", "It was really fun."),
    ("Vui lắm!", "It was really fun!"),
    ("Cũng không tệ.", "Not bad."),
    ("Không tệ lắm.", "Not too bad."),
    ("Bữa tiệc rất vui.", "The party was really fun."),
    ("Chuyến đi tuyệt lắm.", "The trip was really great."),
    ("Chuyến đi mệt lắm.", "The trip was really tiring."),
    ("Chuyến đi hơi mệt.", "The trip was a bit tiring."),
    ("Chuyến đi cũng ổn.", "The trip was OK."),
    ("Bộ phim hay lắm.", "The film was really good."),
    ("Bộ phim không hay lắm.", "The film wasn't very good."),
    ("Bữa tiệc không vui lắm.", "The party wasn't much fun."),
    ("Chuyến đi không tệ.", "The trip wasn't bad."),
    # v8: "My week was happy.", "My vacation period is great.", "My days are very tired."
    ("Cuối tuần của tôi rất vui.", "My weekend was really fun."),
    ("Kỳ nghỉ của chúng tôi thật tuyệt vời.", "Our holiday was really great."),
    ("Hôm nay của tôi rất mệt.", "My day was really tiring."),
    ("Buổi phỏng vấn rất căng thẳng.", "The interview was really stressful."),
    ("Chuyến bay dài quá.", "The flight was really long."),
    # v8: "Is it fun to the party?", "The interview took place well."
    ("Bữa tiệc có vui không?", "Was the party fun?"),
    ("Cuối tuần của bạn có vui không?", "Was your weekend fun?"),
    ("Buổi phỏng vấn diễn ra suôn sẻ.", "The interview went well."),
    ("Buổi phỏng vấn của tôi diễn ra không được suôn sẻ lắm.", "My interview didn't go very well."),
    # not: "day" without whose (today?), "thế nào rồi" (how is it going), a day ahead, "Rất vui." (nice to meet you?),
    # "Chán lắm.", "Mệt lắm." alone (I'm bored? tired?), "của anh" said (the speaker?), "hơi vui", "cũng vui" (also?),
    # "rất ổn", a word alone after the event (v8: "Kỳ nghỉ tuyệt vời." → "The great holiday period.": a heading?), a
    # film asked (seen?), "sẽ", an exam said (mt/exams.py's), a match, a feeling, a place not by its name
    ("Hôm nay thế nào?", None), ("Chuyến đi thế nào rồi?", None), ("Bữa tiệc tối mai thế nào?", None),
    ("Rất vui.", None), ("Chán lắm.", None), ("Mệt lắm.", None), ("Cuối tuần của anh rất vui.", None),
    ("Chuyến đi hơi vui.", None), ("Chuyến đi cũng vui.", None), ("Chuyến đi rất ổn.", None),
    ("Bộ phim có hay không?", None), ("Bữa tiệc sẽ rất vui.", None), ("Bài thi rất tốt.", None),
    ("Trận đấu thế nào?", None), ("Hôm nay tôi mệt lắm.", None), ("Chuyến đi biển thế nào?", None),
    ("Bộ phim diễn ra thế nào?", None), ("Vui lắm?", None), ("Kỳ nghỉ tuyệt vời.", None), ("Phim hay", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chuyến đi này là bao nhiêu?" (how much), "Cuối tuần của bạn là gì?" (what), "Món cưới là bao nhiêu?"
    ("How was the trip?", "Chuyến đi thế nào?"),
    ("How was your weekend?", "Cuối tuần của bạn thế nào?"),
    ("How was the wedding?", "Đám cưới thế nào?"),
    ("How was last weekend?", "Cuối tuần vừa rồi thế nào?"),
    # v8: "Sự biến chứng của bạn như thế nào?" (a complication), "Bạn đã phỏng vấn như thế nào?"
    ("How was your vacation?", "Kỳ nghỉ của bạn thế nào?"),
    ("How was your interview yesterday?", "Buổi phỏng vấn hôm qua của bạn thế nào?"),
    ("How was his day?", "Hôm nay của anh ấy thế nào?"),
    ("How was the party last night?", "Bữa tiệc tối qua thế nào?"),
    ("How was the movie?", "Bộ phim thế nào?"),
    ("How was your trip to Japan?", "Chuyến đi Nhật Bản của bạn thế nào?"),
    ("How was Lan's weekend?", "Cuối tuần của Lan thế nào?"),
    # v8: "Làm thế nào để kiểm tra xem của bạn?", "Nó đã làm thế nào?"
    ("How did your exam go?", "Bài thi của bạn thế nào?"),
    ("How did the interview go?", "Buổi phỏng vấn diễn ra thế nào?"),
    ("How did your day go?", "Hôm nay của bạn thế nào?"),
    ("How did it go?", "Mọi việc diễn ra thế nào?"),
    # v8: "Nó gắn bó.", "Đó là một chút lốp xe." (a tyre), "Đảng này rất tuyệt." (the political party)
    ("It was great.", "Tuyệt lắm."),
    ("It was really fun.", "Vui lắm."),
    ("It was so much fun!", "Vui lắm!"),
    ("It was tiring.", "Mệt lắm."),
    ("It was a bit tiring.", "Hơi mệt."),
    ("It wasn't bad.", "Không tệ."),
    ("It wasn't too bad.", "Không tệ lắm."),
    ("It was OK.", "Cũng ổn."),
    ("It was terrible.", "Tệ lắm."),
    ("Not bad.", "Không tệ."),
    ("The party was great.", "Bữa tiệc rất tuyệt."),
    ("The trip was really fun.", "Chuyến đi rất vui."),
    ("The film was so boring.", "Bộ phim chán quá."),
    ("The film wasn't very good.", "Bộ phim không hay lắm."),
    ("My weekend was great.", "Cuối tuần của tôi rất tuyệt."),
    ("My day was tiring.", "Ngày hôm nay của tôi rất mệt."),
    ("The interview was good.", "Buổi phỏng vấn rất tốt."),
    # v8: "Có phải buổi tiệc vui vẻ không?", "Bạn có vào cuối tuần tốt không?"
    ("Was the party fun?", "Bữa tiệc có vui không?"),
    ("Was your weekend OK?", "Cuối tuần của bạn có ổn không?"),
    ("Did you have a good weekend?", "Cuối tuần của bạn có vui không?"),
    ("Did my mother have a nice trip?", "Chuyến đi của mẹ tôi có vui không?"),
    # v8: "Nó đã đi tốt." (walked well), "Cuộc phỏng vấn đã xảy ra tốt."
    ("It went well.", "Mọi việc đều suôn sẻ."),
    ("It didn't go very well.", "Mọi việc không suôn sẻ lắm."),
    ("The interview went really well.", "Buổi phỏng vấn diễn ra rất suôn sẻ."),
    # not: "the day", a day ahead, "How was it?", the film "going", "a bit fun", "very OK", "good" of a trip or alone,
    # "were" or "is" (agreement, tense), a film asked good (seen?), an exam said (mt/exams.py's), a good time
    ("How was the day?", None), ("How was the party tomorrow?", None), ("How was it?", None),
    ("How did the movie go?", None), ("It was a bit fun.", None), ("It was very OK.", None),
    ("The trip was good.", None), ("It was good.", None), ("The party were great.", None),
    ("The party is great.", None), ("Was the film good?", None), ("The exam was easy.", None),
    ("Did you have a good time?", None), ("How was your day today?", None), ("It's great.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
