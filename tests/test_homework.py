"""Homework: doing it, done it or not yet, how much there is, helping with it, forgetting it and when it is due, both
ways (mt/homework.py)."""
import pytest

from mt.homework import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm doing a song.", "Have you done the song yet?", "I finished my song.", "I'm not doing a song.", "My
    # younger brother has not been done.", "I'll do the next song.", "I do thework every night.", "I'm doing homework."
    ("Tôi đang làm bài tập.", "I'm doing my homework."),
    ("Tôi đang làm bài tập về nhà.", "I'm doing my homework."),
    ("Anh ấy đang làm bài tập toán.", "He's doing his maths homework."),
    ("Bác Hùng đang làm bài tập.", "Uncle Hung is doing his homework."),
    ("Con làm bài tập về nhà chưa?", "Have you done your homework yet?"),  # (v8: "Have you done homework yet?")
    ("Bạn đã làm bài tập chưa?", "Have you done your homework yet?"),
    ("Anh làm bài tập chưa?", "Have you done your homework yet?"),
    ("Bạn làm bài tập xong chưa?", "Have you finished your homework yet?"),
    ("Tôi làm xong bài tập rồi.", "I've finished my homework."),
    ("Tôi đã làm bài tập rồi.", "I've already done my homework."),
    ("Con gái tôi đã làm xong bài tập về nhà.", "My daughter has finished her homework."),
    ("Tôi chưa làm bài tập.", "I haven't done my homework yet."),
    ("Em trai tôi chưa làm bài tập.", "My younger brother hasn't done his homework yet."),
    ("Tôi vừa làm xong bài tập.", "I've just finished my homework."),
    ("Hôm qua tôi đã làm xong bài tập.", "I finished my homework yesterday."),
    ("Tôi sẽ làm bài tập sau.", "I'll do my homework later."),
    ("Chúng tôi phải làm bài tập tiếng Anh.", "We have to do our English homework."),
    ("Tôi phải làm bài tập về nhà tối nay.", "I have to do my homework tonight."),
    ("Hôm nay bạn có phải làm bài tập không?", "Do you have to do your homework today?"),
    ("Tôi làm bài tập mỗi tối.", "I do my homework every evening."),
    ("Tôi quên làm bài tập.", "I forgot to do my homework."),
    # v8: "I must file tomorrow.", "When do you file a song?", "The assignment must be filed tomorrow."
    ("Tôi phải nộp bài tập vào ngày mai.", "I have to hand in my homework tomorrow."),
    ("Bạn nộp bài tập chưa?", "Have you handed in your homework yet?"),
    ("Bài tập phải nộp vào ngày mai.", "The homework is due tomorrow."),
    ("Hạn nộp bài tập của tôi là thứ Sáu.", "My homework is due on Friday."),
    ("Khi nào phải nộp bài tập?", "When is the homework due?"),
    ("Bài tập khi nào phải nộp?", "When is the homework due?"),
    # v8: "I do the song!", "I have too many exercises.", "Do you have multiple exercises?", "Many exercises are too!"
    ("Con làm bài tập đi!", "Do your homework!"),
    ("Làm bài tập về nhà đi!", "Do your homework!"),
    ("Tôi có nhiều bài tập quá.", "I have so much homework."),
    ("Hôm nay tôi có nhiều bài tập về nhà.", "I have a lot of homework today."),
    ("Bạn có nhiều bài tập không?", "Do you have a lot of homework?"),
    ("Bạn có bài tập về nhà không?", "Do you have any homework?"),
    ("Hôm nay con có bài tập về nhà không?", "Do you have any homework today?"),
    ("Hôm nay tôi không có bài tập về nhà.", "I don't have any homework today."),
    ("Tôi không có nhiều bài tập.", "I don't have much homework."),
    ("Nhiều bài tập quá!", "So much homework!"),
    # v8: "I'm helping my son to do my exercise.", "Can you help me do the exercise?", "I usually help me do my
    # homework.", "I forgot to do my homework." (for "để quên … ở nhà")
    ("Tôi đang giúp con trai tôi làm bài tập.", "I'm helping my son with his homework."),
    ("Bạn có thể giúp tôi làm bài tập không?", "Can you help me with my homework?"),
    ("Bạn giúp tôi làm bài tập được không?", "Can you help me with my homework?"),
    ("Bố tôi thường giúp tôi làm bài tập về nhà.", "My father usually helps me with my homework."),
    ("Mẹ tôi đang giúp em trai tôi làm bài tập toán.",
     "My mother is helping my younger brother with his maths homework."),
    ("Tôi quên mang bài tập.", "I forgot to bring my homework."),
    ("Tôi để quên bài tập ở nhà.", "I left my homework at home."),
    # not: "anh", "con" alone saying it (the speaker or "you"), whose "his" or "her" not known ("Lan", "em tôi"), a
    # plain verb (a habit, or now?), "làm bài" alone (an exam?), exercises, how hard, a day behind with "sẽ" or due,
    # "đã … mỗi ngày", "quá" asked, "quên bài tập" alone, "em" as whom, "có làm … không?" (does or did?)
    ("Tôi đang làm bài tập nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đang làm bài tập.", None), ("Con đang làm bài tập.", None), ("Con có nhiều bài tập.", None),
    ("Lan đang làm bài tập về nhà.", None),
    ("Em tôi đang làm bài tập.", None), ("Tôi làm bài tập.", None), ("Hôm qua tôi làm bài tập.", None),
    ("Con làm bài xong chưa?", None), ("Tôi đang làm bài tập thể dục.", None), ("Bài tập này khó quá.", None),
    ("Tôi sẽ làm bài tập hôm qua.", None), ("Bài tập phải nộp hôm qua.", None), ("Tôi đã làm bài tập mỗi ngày.", None),
    ("Bạn có nhiều bài tập quá không?", None), ("Tôi quên bài tập.", None), ("Mẹ tôi giúp tôi làm bài tập.", None),
    ("Anh có thể giúp em làm bài tập không?", None), ("Bạn có làm bài tập không?", None),
    ("Tôi đang làm xong bài tập.", None), ("Tôi rửa bát rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang làm bài tập ở nhà.", "Bạn đã làm việc nhà của mình chưa?" (housework), "Tôi chưa làm được bài tập
    # về nhà.", "Anh ta đang làm bài toán của mình." (a maths problem), "Tôi sẽ làm bài về sau."
    ("I'm doing my homework.", "Tôi đang làm bài tập về nhà."),
    ("My son is doing his homework.", "Con trai tôi đang làm bài tập về nhà."),
    ("Lan is doing her homework.", "Lan đang làm bài tập về nhà."),
    ("He's doing his maths homework.", "Anh ấy đang làm bài tập toán."),
    ("Have you done your homework?", "Bạn đã làm bài tập về nhà chưa?"),
    ("Have you done your homework yet?", "Bạn đã làm bài tập về nhà chưa?"),
    ("Have you finished your homework?", "Bạn đã làm xong bài tập về nhà chưa?"),
    ("Did you do your homework?", "Bạn đã làm bài tập về nhà chưa?"),
    ("Has he done his homework?", "Anh ấy đã làm bài tập về nhà chưa?"),
    ("I've done my homework.", "Tôi đã làm bài tập về nhà rồi."),
    ("She's finished her homework.", "Cô ấy đã làm xong bài tập về nhà rồi."),
    ("I've just finished my homework.", "Tôi vừa làm xong bài tập về nhà."),
    ("I haven't done my homework yet.", "Tôi chưa làm bài tập về nhà."),
    ("She hasn't finished her homework yet.", "Cô ấy chưa làm xong bài tập về nhà."),
    ("I did my homework yesterday.", "Hôm qua tôi đã làm bài tập về nhà."),
    ("I'll do my homework later.", "Tôi sẽ làm bài tập về nhà sau."),
    ("I'll do my homework tomorrow.", "Ngày mai tôi sẽ làm bài tập về nhà."),
    ("I have to do my homework.", "Tôi phải làm bài tập về nhà."),
    ("Do you have to do your homework tonight?", "Tối nay bạn có phải làm bài tập về nhà không?"),
    ("She does her homework every evening.", "Cô ấy làm bài tập về nhà mỗi tối."),
    ("I forgot to do my homework.", "Tôi quên làm bài tập về nhà."),  # (v8: "Tôi quên làm việc nhà.")
    ("Have you handed in your homework?", "Bạn đã nộp bài tập về nhà chưa?"),
    ("Do your homework!", "Làm bài tập về nhà đi!"),
    # v8: "Tôi có rất nhiều công việc nhà.", "… công việc nhà hôm nay."
    ("I have a lot of homework.", "Tôi có nhiều bài tập về nhà."),
    ("I have so much homework today.", "Hôm nay tôi có nhiều bài tập về nhà quá."),
    ("I've got a lot of homework.", "Tôi có nhiều bài tập về nhà."),
    ("He has a lot of homework.", "Anh ấy có nhiều bài tập về nhà."),
    ("I don't have any homework.", "Tôi không có bài tập về nhà."),
    ("We don't have any homework this week.", "Tuần này chúng tôi không có bài tập về nhà."),
    ("Do you have any homework?", "Bạn có bài tập về nhà không?"),
    ("Do you have a lot of homework?", "Bạn có nhiều bài tập về nhà không?"),
    ("So much homework!", "Nhiều bài tập quá!"),
    # v8: "Bạn có thể giúp tôi với bài tập ở nhà được không?", "Tôi đang giúp con trai tôi làm việc tại nhà."
    ("Can you help me with my homework?", "Bạn có thể giúp tôi làm bài tập về nhà không?"),
    ("I'm helping my son with his homework.", "Tôi đang giúp con trai tôi làm bài tập về nhà."),
    ("My mother helps me with my homework.", "Mẹ tôi giúp tôi làm bài tập về nhà."),
    ("My father always helps me with my homework.", "Bố tôi luôn giúp tôi làm bài tập về nhà."),
    ("I'll help you with your homework.", "Tôi sẽ giúp bạn làm bài tập về nhà."),
    # v8: "Tôi quên làm việc nhà.", "Tôi đã rời khỏi bài tập ở nhà." (went away from)
    ("I forgot my homework.", "Tôi quên mang bài tập về nhà."),
    ("I left my homework at home.", "Tôi để quên bài tập ở nhà."),
    # v8: "Công việc nhà là do ngày mai.", "Công việc nhà của tôi dự định vào thứ Hai.", "Khi nào ở nhà?"
    ("The homework is due tomorrow.", "Hạn nộp bài tập về nhà là ngày mai."),
    ("My homework is due on Monday.", "Hạn nộp bài tập về nhà của tôi là thứ Hai."),
    ("When is the homework due?", "Khi nào phải nộp bài tập về nhà?"),
    # not: "has", "is", "does" not agreeing with who, whose not who's ("I'm doing your homework", "my daughter …
    # his"), "Did … yesterday?", a plain "I do", "much" said, "due by" (before), "left" without where, a day behind
    ("I has done my homework.", None), ("He have done his homework.", None), ("She is doing his homework.", None),
    ("I'm doing your homework.", None), ("Does you have any homework?", None), ("He have a lot of homework.", None),
    ("She do her homework every evening.", None), ("My son is doing her homework.", None),
    ("Can you help me with your homework?", None), ("I'm helping my daughter with his homework.", None),
    ("Did you do your homework yesterday?", None), ("I do my homework.", None), ("I have much homework.", None),
    ("The homework is due by Friday.", None), ("The homework was due yesterday.", None),
    ("He left his homework.", None),
    ("I'm doing my homework now.", None), ("I'll do my homework yesterday.", None), ("I'm doing the dishes.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
