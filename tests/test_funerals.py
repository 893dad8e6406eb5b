"""Going to funerals and death anniversaries (giỗ): who goes, wearing black, whose anniversary is when, the meal and
the family gathered on it, both ways (mt/funerals.py)."""
import pytest

from mt.funerals import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to go to my funeral.", "Yesterday, we went a funeral.", "Do you have a funeral?", "I have to go
    # marry.", "I can't go funerals.", "My mother went to a funeral Ms. Lan."
    ("Tôi phải đi dự đám tang ông của bạn tôi.", "I have to go to my friend's grandfather's funeral."),
    ("Hôm qua chúng tôi đi đám tang.", "We went to a funeral yesterday."),
    ("Hôm qua chúng tôi đã đi dự đám tang.", "We went to a funeral yesterday."),
    ("Bạn có đi dự đám tang không?", "Are you going to the funeral?"),
    ("Anh có đi đám tang không?", "Are you going to the funeral?"),
    ("Ngày mai tôi đi đám ma.", "I'm going to a funeral tomorrow."),
    ("Tôi phải đi đám ma.", "I have to go to a funeral."),
    ("Mẹ tôi đi viếng đám tang bà Lan.", "My mother is going to Ms. Lan's funeral."),
    ("Tôi sẽ đi dự đám tang của ông ấy.", "I'm going to his funeral."),
    ("Tôi không đi dự đám tang được.", "I can't go to the funeral."),
    ("Tôi đi đám tang bà tôi hôm qua.", "I went to my grandmother's funeral yesterday."),
    ("Hôm qua tôi không đi đám tang.", "I didn't go to the funeral yesterday."),
    ("Tôi sẽ không đi đám tang của Lan.", "I'm not going to Lan's funeral."),
    ("Bạn có đến dự đám tang không?", "Are you coming to the funeral?"),
    ("Hôm qua bạn có đi đám tang không?", "Did you go to the funeral yesterday?"),
    ("Bạn có đi đám tang được không?", "Can you go to the funeral?"),
    ("Mẹ tôi phải đi đám tang hôm qua.", "My mother had to go to a funeral yesterday."),
    # v8: "You should wear black hills when you go to funerals.", "A black hill to the funeral."
    ("Bạn nên mặc đồ đen khi đi dự đám tang.", "You should wear black to a funeral."),
    ("Mặc đồ đen đến đám tang.", "Wear black to the funeral."),
    ("Tôi sẽ mặc đồ đen đi đám tang.", "I'll wear black to the funeral."),
    ("Tôi có cần mặc đồ đen đi đám tang không?", "Do I need to wear black to the funeral?"),
    ("Mẹ tôi phải mặc đồ đen đến đám tang.", "My mother has to wear black to the funeral."),
    ("Nhớ mặc đồ đen đi đám tang nhé.", "Remember to wear black to the funeral."),
    # v8: "Today is the day of my grandfather.", "Today is my grandmother.", "My boy was next week.", "When's your
    # burping?"
    ("Hôm nay là ngày giỗ ông tôi.", "Today is my grandfather's death anniversary."),
    ("Hôm nay là giỗ bà tôi.", "Today is my grandmother's death anniversary."),
    ("Ngày mai là đám giỗ ông nội tôi.", "Tomorrow is my grandfather's death anniversary."),
    ("Hôm qua là ngày giỗ bà tôi.", "Yesterday was my grandmother's death anniversary."),
    ("Giỗ ông tôi là vào tuần sau.", "My grandfather's death anniversary is next week."),
    ("Khi nào là giỗ ông của bạn?", "When is your grandfather's death anniversary?"),
    ("Ngày giỗ bà của bạn là khi nào?", "When is your grandmother's death anniversary?"),
    # v8: "We ate at our home.", "I'm going to eat blaze today.", "My house works me.", "This weekend, my house works."
    ("Chúng tôi ăn giỗ ở nhà chú tôi.", "We're having the death anniversary meal at my uncle's house."),
    ("Hôm nay tôi đi ăn giỗ.", "I'm going to a death anniversary meal today."),
    ("Bạn có đi ăn giỗ không?", "Are you going to the death anniversary meal?"),
    ("Hôm qua chúng tôi ăn giỗ ở nhà bà tôi.",
     "We had the death anniversary meal at my grandmother's house yesterday."),
    ("Nhà tôi làm giỗ ông tôi.", "My family is holding my grandfather's death anniversary."),
    ("Cuối tuần này nhà tôi làm giỗ.", "My family is holding a death anniversary this weekend."),
    ("Nhà tôi làm giỗ ở nhà chú Nam.", "My family is holding a death anniversary at Uncle Nam's house."),
    # v8: "The family gathered on the day of the blaze.", "The whole house was clothes on the day of me."
    ("Cả gia đình tụ họp vào ngày giỗ.", "The whole family gathers on the death anniversary."),
    ("Cả nhà quây quần vào ngày giỗ ông tôi.", "The whole family gathers on my grandfather's death anniversary."),
    ("Cả gia đình tôi đã quây quần vào ngày giỗ bà tôi.",
     "My whole family gathered on my grandmother's death anniversary."),
    # not: "anh", "chị", "em" alone saying it (the speaker?), one's own funeral, "ông bạn tôi" (an old pal?), a day
    # and a tense that disagree, wearing black with no tense or no funeral, whose anniversary not said with a day
    # opening it, the Hung Kings' day, the funeral's day and deaths (mt/condolences.py's), "nhà" alone, asked with no
    # "có"
    ("Anh phải đi đám tang.", None), ("Tôi đi đám tang của tôi.", None), ("Anh ấy đi đám tang của anh ấy.", None),
    ("Tôi phải đi đám tang ông bạn tôi.", None), ("Tôi đã đi đám tang ngày mai.", None),
    ("Tôi sẽ đi đám tang hôm qua.", None), ("Tôi mặc đồ đen đi đám tang.", None), ("Bạn nên mặc đồ đen.", None),
    ("Hôm nay là ngày giỗ.", None), ("Giỗ Tổ Hùng Vương là vào ngày 10 tháng 3 âm lịch.", None),
    ("Đám tang của ông ấy là vào ngày mai.", None), ("Ông tôi mất năm 2015.", None), ("Nhà làm giỗ.", None),
    ("Bạn đi đám tang không?", None), ("Chúng tôi đi viếng.", None), ("Tôi phải về quê ăn giỗ.", None),
    # reviewed: "last Saturday" (thứ bảy tuần trước) and "hôm thứ bảy" are behind today, as "hôm qua" is
    ("Thứ bảy tuần trước tôi đi đám tang.", "I went to a funeral last Saturday."),
    ("Thứ bảy tuần trước tôi không đi đám tang.", "I didn't go to the funeral last Saturday."),
    ("Thứ bảy tuần trước tôi phải đi đám tang.", "I had to go to a funeral last Saturday."),
    ("Thứ bảy tuần trước bạn có đi đám tang không?", "Did you go to the funeral last Saturday?"),
    ("Thứ bảy tuần trước chúng tôi ăn giỗ ở nhà bà tôi.",
     "We had the death anniversary meal at my grandmother's house last Saturday."),
    ("Giỗ ông tôi là vào thứ bảy tuần trước.", "My grandfather's death anniversary was last Saturday."),
    ("Hôm thứ bảy tôi đi đám tang.", "I went to a funeral on Saturday."),
    ("Tôi đi đám tang hôm thứ bảy.", "I went to a funeral on Saturday."),
    ("Tôi sẽ đi đám tang thứ bảy tuần trước.", None),
    # reviewed: one person does not gather; one's own funeral or anniversary; coming to "a funeral"; "a funeral"
    # only as advice ("nên")
    ("Tôi quây quần vào ngày giỗ.", None), ("Mẹ tôi quây quần vào ngày giỗ.", None),
    ("Anh ấy tụ họp vào ngày giỗ.", None), ("Chúng tôi quây quần vào ngày giỗ.", "We gather on the death anniversary."),
    ("Họ đã mặc đồ đen đi đám tang của họ.", None), ("Cô ấy đã mặc đồ đen đi đám tang cô ấy.", None),
    ("Anh ấy nên mặc đồ đen đi đám tang của anh ấy.", None), ("Anh ấy làm giỗ anh ấy.", None),
    ("Anh ấy làm giỗ của anh ấy.", None), ("Họ làm giỗ họ.", None), ("Lan đi đám tang Lan.", None),
    ("Mẹ tôi đi đám tang mẹ tôi.", None), ("Tôi đến dự đám tang.", None),
    ("Tôi sẽ mặc đồ đen khi đi đám tang.", "I'll wear black to the funeral."),
    ("Nhớ mặc đồ đen khi đi đám tang nhé.", "Remember to wear black to the funeral."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải đi đến đám tang của ông bạn tôi.", "Chúng tôi đến đám tang hôm qua.", "Bạn sẽ đến tang lễ?", "Tôi
    # sẽ đám tang.", "Anh ấy sẽ đám tang không?"
    ("I have to go to my friend's grandfather's funeral.", "Tôi phải đi dự đám tang ông của bạn tôi."),
    ("We went to the funeral yesterday.", "Hôm qua chúng tôi đã đi dự đám tang."),
    ("Are you going to the funeral?", "Bạn có đi dự đám tang không?"),
    ("I have to go to a funeral tomorrow.", "Ngày mai tôi phải đi dự đám tang."),
    ("I'm going to his funeral.", "Tôi sẽ đi dự đám tang của anh ấy."),
    ("I can't go to the funeral.", "Tôi không đi dự đám tang được."),
    ("She went to her grandmother's funeral last week.", "Tuần trước cô ấy đã đi dự đám tang bà của cô ấy."),
    ("Is he going to the funeral?", "Anh ấy có đi dự đám tang không?"),
    ("I'm not going to Lan's funeral.", "Tôi sẽ không đi dự đám tang của Lan."),
    ("I didn't go to the funeral yesterday.", "Hôm qua tôi không đi dự đám tang."),
    ("Did you go to the funeral yesterday?", "Hôm qua bạn có đi dự đám tang không?"),
    ("Can you come to the funeral?", "Bạn có đến dự đám tang được không?"),
    ("Does she have to go to the funeral?", "Cô ấy có phải đi dự đám tang không?"),
    ("My mother has to go to my grandfather's funeral.", "Mẹ tôi phải đi dự đám tang ông tôi."),
    # v8: "Bạn nên mặc áo đen vào đám tang.", "Đắt đen vào đám tang."
    ("You should wear black to the funeral.", "Bạn nên mặc đồ đen đi dự đám tang."),
    ("Wear black to the funeral.", "Hãy mặc đồ đen đi dự đám tang."),
    ("Should I wear black to a funeral?", "Tôi có nên mặc đồ đen khi đi dự đám tang không?"),
    ("Do I need to wear black to the funeral?", "Tôi có cần mặc đồ đen đi dự đám tang không?"),
    ("She has to wear black to the funeral.", "Cô ấy phải mặc đồ đen đi dự đám tang."),
    ("I wore black to the funeral.", "Tôi đã mặc đồ đen đi dự đám tang."),
    # v8: "Hôm nay là lễ kỷ niệm tử vong của ông tôi.", "Khi nào lễ kỷ niệm cái chết của ông?"
    ("Today is my grandfather's death anniversary.", "Hôm nay là ngày giỗ ông tôi."),
    ("It's my grandmother's death anniversary today.", "Hôm nay là ngày giỗ bà tôi."),
    ("When is your grandfather's death anniversary?", "Ngày giỗ ông của bạn là khi nào?"),
    ("My grandfather's death anniversary is next week.", "Ngày giỗ ông tôi là vào tuần sau."),
    ("Tomorrow is his death anniversary.", "Ngày mai là ngày giỗ của anh ấy."),
    # v8: "Chúng tôi đang có bữa ăn kỷ niệm chết vào ngôi nhà của tôi.", "Gia đình tôi đang tổ chức lễ kỷ niệm chết
    # của ông cuối tuần này."
    ("We're having the death anniversary meal at my uncle's house.", "Chúng tôi ăn giỗ ở nhà chú tôi."),
    ("My family is holding my grandfather's death anniversary this weekend.",
     "Cuối tuần này gia đình tôi làm giỗ ông tôi."),
    ("Are you going to the death anniversary meal?", "Bạn có đi ăn giỗ không?"),
    ("We had the death anniversary meal at my grandmother's house yesterday.",
     "Hôm qua chúng tôi đã ăn giỗ ở nhà bà tôi."),
    # v8: "Cả gia đình đều tập trung vào lễ kỷ niệm chết.", "Cả gia đình cùng nhau vào lễ kỷ niệm chết của ông tôi."
    ("The whole family gathers on the death anniversary.", "Cả gia đình quây quần vào ngày giỗ."),
    ("The whole family gets together on my grandfather's death anniversary.",
     "Cả gia đình quây quần vào ngày giỗ ông tôi."),
    ("My whole family gathered on my grandmother's death anniversary.",
     "Cả gia đình tôi đã quây quần vào ngày giỗ bà tôi."),
    # not: bad agreement, "goes" (a habit), "Did …?" with no day, a day and a tense that disagree, "attended", "my
    # funeral", "the anniversary meal" (a wedding's?), wearing black as a habit, parents (not read), the funeral's
    # day (mt/condolences.py's), whose anniversary not said with a day opening it
    ("She are going to the funeral.", None), ("He have to go to the funeral.", None),
    ("Does she has to go to the funeral?", None), ("I goes to the funeral.", None), ("He goes to the funeral.", None),
    ("Did you go to the funeral?", None), ("I went to the funeral tomorrow.", None),
    ("We attended the funeral yesterday.", None), ("I'm going to my funeral.", None),
    ("We're having the anniversary meal at my uncle's house.", None), ("I wear black to the funeral.", None),
    ("My parents are going to Lan's funeral.", None), ("The funeral is tomorrow.", None),
    ("Today is the death anniversary.", None), ("The whole family gather on the death anniversary.", None),
    ("Should I have to wear black to the funeral?", None),
    ("We usually gathers on the death anniversary.", None), ("We will gathers on the death anniversary.", None),
    # reviewed: "last Saturday" is behind today; one person does not gather; "làm giỗ Lan", not "làm giỗ của Lan"
    ("I'm going to the funeral last Saturday.", None), ("My grandfather's death anniversary is last Saturday.", None),
    ("My grandfather's death anniversary was last Saturday.", "Ngày giỗ ông tôi là vào thứ Bảy tuần trước."),
    ("I went to the funeral last Saturday.", "Tôi đã đi dự đám tang vào thứ Bảy tuần trước."),
    ("I gather on my grandfather's death anniversary.", None), ("She gathers on the death anniversary.", None),
    ("We gather on the death anniversary.", "Chúng tôi quây quần vào ngày giỗ."),
    ("We're holding Lan's death anniversary.", "Chúng tôi làm giỗ Lan."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
