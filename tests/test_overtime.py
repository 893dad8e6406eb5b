"""Working late and overtime: how often, when, until when, some evenings, paid for it, a boss making one, both ways
(mt/overtime.py)."""
import pytest

from mt.overtime import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He or have to do an hour.", "My mother regularly has to increase hangs."
    ("Anh ấy hay phải làm thêm giờ.", "He often has to work overtime."),
    ("Mẹ tôi thường xuyên phải tăng ca.", "My mother often has to work overtime."),
    ("Bạn có hay phải làm thêm giờ không?", "Do you often have to work overtime?"),
    # v8: "This week, I had to make three evenings.", "This week, every day I have to be late."
    ("Tuần này tôi phải làm thêm ba buổi tối.", "I have to work overtime three evenings this week."),
    ('Tuần này tôi đã làm thêm giờ ba buổi tối.', "I've worked overtime three evenings this week."),
    ("Tuần trước tôi làm thêm giờ ba buổi tối.", "I worked overtime three evenings last week."),
    ("Tuần này ngày nào tôi cũng phải làm muộn.", "I have to work late every day this week."),
    ("Ngày nào anh ấy cũng làm muộn.", "He works late every day."),
    ("Chúng tôi phải làm thêm giờ mỗi tối.", "We have to work overtime every evening."),
    ("Lan hay làm ngoài giờ.", "Lan often works overtime."),
    # v8: "Tonight, I have to be late.", "Tonight, he did so late.", "She never did it.", "My dad is usually late."
    ("Tối nay tôi phải làm muộn.", "I have to work late tonight."),
    ("Tôi phải làm muộn tối nay.", "I have to work late tonight."),
    ("Tối nay bạn có phải làm muộn không?", "Do you have to work late tonight?"),
    ('Tối nay tôi không phải làm muộn.', "I don't have to work late tonight."),
    ('Tối nay anh ấy làm muộn.', "He's working late tonight."),
    ("Tối nay bạn có làm muộn không?", "Are you working late tonight?"),
    ('Ngày mai tôi sẽ làm muộn.', "I'll work late tomorrow."),
    ("Cô ấy không bao giờ làm muộn.", "She never works late."),
    ("Bố tôi hay làm muộn.", "My father often works late."),
    ("Anh có hay làm muộn không?", "Do you often work late?"),
    ("Tối qua tôi làm muộn.", "I worked late last night."),
    ('Tối qua tôi không làm muộn.', "I didn't work late last night."),
    ("Hôm qua bạn có làm muộn không?", "Did you work late yesterday?"),
    ("Tối qua bạn có phải làm muộn không?", "Did you have to work late last night?"),
    # v8: "Yesterday, I did until 10 p.m.", "I usually do it until 9 p.m."
    ("Hôm qua tôi làm đến 10 giờ tối.", "I worked until 10 p.m. yesterday."),
    ("Hôm qua anh ấy làm việc đến nửa đêm.", "He worked until midnight yesterday."),
    ("Hôm nay tôi phải làm đến 9 giờ tối.", "I have to work until 9 p.m. today."),
    ("Tôi thường làm đến 9 giờ tối.", "I usually work until 9 p.m."),
    # v8: "Can you pay for extra time?", "I'm not paying for more time.", "Do you now pay extra time?"
    ("Bạn có được trả tiền làm thêm giờ không?", "Do you get paid for overtime?"),
    ("Cô ấy có được trả tiền làm thêm không?", "Does she get paid for overtime?"),
    ('Tôi không được trả tiền làm thêm giờ.', "I don't get paid for overtime."),
    ("Làm thêm giờ có được trả tiền không?", "Is overtime paid?"),
    # v8: "Our boss started us to get late.", "Our boss or arrest us later."
    ("Sếp tôi bắt chúng tôi làm muộn.", "My boss makes us work late."),
    ("Sếp tôi hay bắt chúng tôi làm muộn.", "My boss often makes us work late."),
    ("Hôm qua sếp tôi bắt tôi làm thêm giờ.", "My boss made me work overtime yesterday."),
    # not: plain (a habit or a time?), "đã làm muộn" alone (did it late?), "làm thêm" alone (a job on the side?),
    # "anh" alone saying it, some evenings this week (done or to do?), "đã" with a day ahead, "not" with how often, a
    # boss's order to come, asked without "không", being late for work (mt/lateness.py), other topics
    ("Bố tôi hay làm muộn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi làm muộn.", None), ("Tôi đã làm muộn.", None), ("Tôi làm thêm mỗi ngày.", None),
    ("Anh thường làm muộn.", None), ("Tuần này tôi làm thêm giờ ba buổi tối.", None),
    ("Ngày mai tôi đã làm muộn.", None), ("Tôi không hay làm muộn.", None),
    ("Ngày mai sếp tôi bắt tôi làm muộn.", None),
    ("Bạn có được trả tiền làm thêm giờ?", None), ("Hôm nay tôi đi làm muộn.", None), ("Tôi muốn làm muộn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta thường phải làm việc suốt quá trình.", "Tôi làm việc suốt ba buổi tối vào tuần này."
    ("He often has to work overtime.", "Anh ấy thường phải làm thêm giờ."),
    ("Do you often have to work overtime?", "Bạn có hay phải làm thêm giờ không?"),
    ("I worked overtime three evenings this week.", "Tuần này tôi đã làm thêm giờ ba buổi tối."),
    ("She's worked late three evenings this week.", 'Tuần này cô ấy đã làm muộn ba buổi tối.'),
    # v8: "Tôi phải làm việc cuối tuần này." (the weekend), "Cô ấy hoạt động suốt cả ngày."
    ("I have to work late every day this week.", "Tuần này ngày nào tôi cũng phải làm muộn."),
    ("She works overtime every day.", "Ngày nào cô ấy cũng làm thêm giờ."),
    ("We work overtime every weekend.", "Chúng tôi làm thêm giờ mỗi cuối tuần."),
    # v8 is right in sense here ("Tôi phải làm việc trễ tối nay."): taken to say it as the rest do
    ("I have to work late tonight.", "Tối nay tôi phải làm muộn."),
    ("Do you have to work late tonight?", "Tối nay bạn có phải làm muộn không?"),
    ("I don't have to work late tonight.", 'Tối nay tôi không phải làm muộn.'),
    ("Lan has to work late tonight.", "Tối nay Lan phải làm muộn."),
    ("I'm working late tonight.", 'Tối nay tôi làm muộn.'),
    ("Is he working late tonight?", "Tối nay anh ấy có làm muộn không?"),
    ("I'm not working late tonight.", 'Tối nay tôi không làm muộn.'),
    ("I'll work late tomorrow.", 'Ngày mai tôi sẽ làm muộn.'),
    ("I won't work late tomorrow.", 'Ngày mai tôi sẽ không làm muộn.'),
    ("She never works late.", "Cô ấy không bao giờ làm muộn."),
    ("My father often works late.", "Bố tôi thường làm muộn."),
    ("Do you often work late?", "Bạn có hay làm muộn không?"),
    ("I rarely work late.", "Tôi hiếm khi làm muộn."),
    ("I worked late last night.", "Tối qua tôi làm muộn."),
    ("I worked late on Saturday.", "Tôi đã làm muộn vào thứ Bảy."),
    ("Did you work late yesterday?", "Hôm qua bạn có làm muộn không?"),
    ("I had to work late yesterday.", "Hôm qua tôi phải làm muộn."),
    ("I worked until 10 p.m. yesterday.", "Hôm qua tôi làm đến 10 giờ tối."),
    ("We had to work until midnight yesterday.", "Hôm qua chúng tôi phải làm đến nửa đêm."),
    ("He usually works until 9 p.m.", "Anh ấy thường làm đến 9 giờ tối."),
    # v8: "Bạn có được trả tiền suốt thời gian không?", "Họ không trả hết thời gian.", "Thời gian đã trả tiền?"
    ("Do you get paid for overtime?", "Bạn có được trả tiền làm thêm giờ không?"),
    ("Does she get paid overtime?", "Cô ấy có được trả tiền làm thêm giờ không?"),
    ("They don't get paid for overtime.", 'Họ không được trả tiền làm thêm giờ.'),
    ("Is overtime paid?", "Làm thêm giờ có được trả tiền không?"),
    # v8: "Sếp tôi làm việc trễ." (the boss works late), "Sếp tôi làm việc suốt hôm qua."
    ("My boss makes us work late.", "Sếp tôi bắt chúng tôi làm muộn."),
    ("My boss always makes us work late.", "Sếp tôi luôn bắt chúng tôi làm muộn."),
    ("My boss made me work overtime yesterday.", "Hôm qua sếp tôi bắt tôi làm thêm giờ."),
    # not: "is", "have", "does", "has", "gets" not agreeing with who, a past tense with a day ahead, "makes" with a day
    # behind, "made" with one ahead, "not" with some evenings, being late for work (mt/lateness.py)
    ("She are working late tonight.", None), ("He work late every day.", None), ("He have to work late.", None),
    ("Does he works late?", None), ("She have worked late three evenings this week.", None),
    ("He doesn't gets paid for overtime.", None), ("She get paid for overtime.", None),
    ("I worked late tomorrow.", None), ("My boss makes us work late yesterday.", None),
    ("My boss made us work late tomorrow.", None), ("I don't work late three evenings this week.", None),
    ("I'm late for work.", None),
    # "had to": "đã phải", never "phải đã"; every day: no "đã" after "cũng"
    ("I had to work overtime.", "Tôi đã phải làm thêm giờ."), ("She had to work late.", "Cô ấy đã phải làm muộn."),
    ("I had to work late every day this week.", "Tuần này ngày nào tôi cũng phải làm muộn."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tối nay tôi phải làm muộn.", "en", "vi") is None
    assert translate("I have to work late tonight.", "vi", "en") is None
    assert translate("I have to work late tonight.", "en", "fr") is None
