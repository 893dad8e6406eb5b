"""Check-ups, fasting before a test, blood pressure taken, what the doctor told someone to do and the results, both
ways (mt/check_ups.py)."""
import pytest

from mt.check_ups import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I go to a routine health clinic.", "Tomorrow, I'll go to health clinic.", "Yesterday, I visited my health.",
    # "I've got a health exam.", "Have you visited your health?", "My father went to examine the general."
    ("Tôi đi khám sức khỏe định kỳ.", "I'm going for a routine check-up."),
    ("Ngày mai tôi đi khám sức khỏe.", "I'm going for a check-up tomorrow."),
    ("Tuần sau mẹ tôi sẽ đi khám sức khỏe định kỳ.", "My mother is going for a routine check-up next week."),
    ("Bác Hùng sẽ đi khám sức khỏe tuần sau.", "Uncle Hung is going for a check-up next week."),
    ("Tôi sẽ đi khám sức khỏe.", "I'll go for a check-up."),
    ("Hôm qua tôi đã đi khám sức khỏe.", "I had a check-up yesterday."),
    ("Tôi đã đi khám sức khỏe rồi.", "I've had a check-up."),
    ("Tôi vừa đi khám sức khỏe về.", "I've just had a check-up."),
    ("Mẹ tôi mới đi khám sức khỏe.", "My mother has just had a check-up."),
    ("Tôi chưa đi khám sức khỏe.", "I haven't had a check-up yet."),
    ("Bạn đã đi khám sức khỏe chưa?", "Have you had a check-up yet?"),
    ("Chị đã đi khám sức khỏe chưa?", "Have you had a check-up yet?"),
    ("Bạn có đi khám sức khỏe định kỳ không?", "Do you have regular check-ups?"),
    ("Tôi đi khám sức khỏe định kỳ mỗi năm.", "I have a routine check-up every year."),
    ("Chúng tôi đi khám sức khỏe tổng quát mỗi năm một lần.", "We have a general check-up once a year."),
    ("Bố tôi đi khám tổng quát.", "My father is going for a general check-up."),
    ("Tôi cần đi khám tổng quát.", "I need to go for a general check-up."),
    ("Bạn nên đi khám sức khỏe định kỳ.", "You should go for a routine check-up."),
    ("Tôi phải đi khám sức khỏe vào thứ Hai.", "I have to go for a check-up on Monday."),
    ("Bạn có cần đi khám sức khỏe không?", "Do you need to go for a check-up?"),
    # v8: "I have to binary before my test.", "Are you binary before the test?"
    ("Tôi phải nhịn ăn trước khi xét nghiệm.", "I have to fast before the test."),
    ("Tôi phải nhịn ăn trước khi xét nghiệm máu.", "I have to fast before the blood test."),
    ("Bạn có phải nhịn ăn trước khi xét nghiệm không?", "Do you have to fast before the test?"),
    ("Mẹ tôi có phải nhịn ăn trước khi khám sức khỏe không?", "Does my mother have to fast before the check-up?"),
    ("Bạn không cần nhịn ăn trước khi xét nghiệm.", "You don't need to fast before the test."),
    ("Tôi sẽ phải nhịn ăn trước khi xét nghiệm máu.", "I'll have to fast before the blood test."),
    # v8: "Resistance measures me.", "The nurse gave me a blood pressure."
    ("Y tá đo huyết áp cho tôi.", "The nurse took my blood pressure."),
    ("Cô y tá đã đo huyết áp cho tôi.", "The nurse took my blood pressure."),
    ("Bác sĩ đo huyết áp cho mẹ tôi.", "The doctor took my mother's blood pressure."),
    ("Y tá vừa đo huyết áp cho anh ấy.", "The nurse has just taken his blood pressure."),
    ("Y tá sẽ đo huyết áp cho bạn.", "The nurse will take your blood pressure."),
    # v8: "The doctor told me to be weight loss.", "The doctor told me my father had to give up.", "The doctor told
    # him he had to drink more water."
    ("Bác sĩ bảo tôi phải giảm cân.", "The doctor told me to lose weight."),
    ("Bác sĩ bảo tôi nên ăn bớt muối.", "The doctor told me to cut down on salt."),
    ("Bác sĩ bảo bố tôi phải bỏ thuốc lá.", "The doctor told my father to stop smoking."),
    ("Bác sĩ bảo anh ấy phải uống nhiều nước hơn.", "The doctor told him to drink more water."),
    ("Bác sĩ khuyên tôi nên tập thể dục nhiều hơn.", "The doctor advised me to exercise more."),
    ("Bác sĩ bảo tôi phải giảm cân và ăn bớt muối.", "The doctor told me to lose weight and cut down on salt."),
    ("Bác sĩ của tôi khuyên tôi nên bỏ thuốc lá.", "My doctor advised me to stop smoking."),
    ("Bác sĩ vừa bảo mẹ tôi phải ăn ít muối.", "The doctor has just told my mother to eat less salt."),
    # v8: "The normal test results.", "The result is normal.", "My mother was waiting for the results of blood tests."
    ("Kết quả xét nghiệm bình thường.", "The test results are normal."),
    ("Kết quả xét nghiệm của tôi bình thường.", "My test results are normal."),
    ("Kết quả đều bình thường.", "The results are all normal."),
    ("Kết quả xét nghiệm của bạn có bình thường không?", "Are your test results normal?"),
    ("Kết quả xét nghiệm máu của mẹ tôi không bình thường.", "My mother's blood test results aren't normal."),
    ("Tôi đang chờ kết quả xét nghiệm.", "I'm waiting for my test results."),
    ("Mẹ tôi đang đợi kết quả xét nghiệm máu.", "My mother is waiting for her blood test results."),
    ("Bố tôi vẫn còn đợi kết quả.", "My father is still waiting for his results."),
    # review: "còn" (still) dropped before ("I'm waiting for my test results.")
    ("Tôi còn đợi kết quả xét nghiệm.", "I'm still waiting for my test results."),
    ("Tôi còn đợi kết quả.", "I'm still waiting for my results."),
    ("Cô ấy còn chờ kết quả.", "She's still waiting for her results."),
    # not: a check-up with no "đi", "đang" (there, or on the way), a day neither ahead nor behind with no tense,
    # "anh", "chị", "em" alone saying it (the speaker or "you"), "không" with no "có", fasting since when, someone
    # taking blood pressure who is not a nurse or a doctor, "nói" (said: had to, or has to), results of anything
    # but a test that are good, waiting asked or with no "đang", what an earlier rule takes (mt/conditions.py,
    # mt/jabs.py)
    ("Tôi còn đợi kết quả nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi khám sức khỏe.", None), ("Tôi đang đi khám sức khỏe.", None), ("Hôm nay tôi đi khám sức khỏe.", None),
    ("Thứ bảy tôi đi khám sức khỏe.", None), ("Chị đã đi khám sức khỏe.", None), ("Anh đi khám sức khỏe.", None),
    ("Bạn đi khám sức khỏe không?", None), ("Bạn đi khám sức khỏe khi nào?", None),
    ("Công ty tôi tổ chức khám sức khỏe định kỳ.", None), ("Mẹ tôi phải nhịn ăn từ nửa đêm.", None),
    ("Tôi có phải nhịn ăn trước khi xét nghiệm.", None), ("Anh phải nhịn ăn trước khi xét nghiệm.", None),
    ("Tôi đo huyết áp cho mẹ tôi.", None), ("Y tá đo huyết áp cho anh.", None),
    ("Bác sĩ nói tôi phải giảm cân.", None), ("Bác sĩ bảo em phải nghỉ ngơi.", None),
    ("Bác sĩ bảo tôi không được ăn mặn.", None), ("Kết quả tốt.", None), ("Kết quả kỳ thi của tôi tốt.", None),
    ("Kết quả có bình thường không.", None), ("Bạn đang chờ kết quả xét nghiệm à?", None),
    ("Tôi chờ kết quả.", None), ("Em đang chờ kết quả xét nghiệm.", None), ("Mỡ máu của tôi cao.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi sẽ kiểm tra.", "Tôi sẽ kiểm tra hằng ngày mai.", "Tôi có một tấm kiểm tra hôm qua.", "Tôi vừa kiểm
    # tra.", "Bạn vẫn chưa kiểm tra?", "Tôi cần kiểm tra."
    ("I'm going for a check-up.", "Tôi đi khám sức khỏe."),
    ("I'm going for a routine check-up tomorrow.", "Ngày mai tôi đi khám sức khỏe định kỳ."),
    ("My mother is going for a check-up next week.", "Tuần sau mẹ tôi đi khám sức khỏe."),
    ("He's going for a check-up on Monday.", "Anh ấy đi khám sức khỏe vào thứ Hai."),
    ("She has a check-up tomorrow.", "Ngày mai cô ấy đi khám sức khỏe."),
    ("I'll have a check-up next week.", "Tuần sau tôi sẽ đi khám sức khỏe."),
    ("I had a check-up yesterday.", "Hôm qua tôi đã đi khám sức khỏe."),
    ("I went for a check-up last week.", "Tuần trước tôi đã đi khám sức khỏe."),
    ("I've just had a check-up.", "Tôi vừa đi khám sức khỏe."),
    ("My father has just had a routine check-up.", "Bố tôi vừa đi khám sức khỏe định kỳ."),
    ("He's had a check-up.", "Anh ấy đã đi khám sức khỏe rồi."),
    ("He hasn't had a check-up yet.", "Anh ấy chưa đi khám sức khỏe."),
    ("Have you had a check-up yet?", "Bạn đã đi khám sức khỏe chưa?"),
    ("Has your mother had a check-up yet?", "Mẹ bạn đã đi khám sức khỏe chưa?"),
    ("I have a check-up every year.", "Tôi đi khám sức khỏe mỗi năm."),
    ("Do you have regular check-ups?", "Bạn có đi khám sức khỏe định kỳ không?"),
    ("You should go for a check-up.", "Bạn nên đi khám sức khỏe."),
    ("I need a check-up.", "Tôi cần đi khám sức khỏe."),
    ("She needs to go for a check-up.", "Cô ấy cần đi khám sức khỏe."),
    ("Does your father need a check-up?", "Bố bạn có cần đi khám sức khỏe không?"),
    ("My father needs to have a general check-up next month.", "Tháng sau bố tôi cần đi khám sức khỏe tổng quát."),
    # v8: "Tôi phải nhanh trước khi thử nghiệm." (quick), "Tôi có phải nhanh trước kỳ thi không?" (an exam)
    ("I have to fast before the test.", "Tôi phải nhịn ăn trước khi xét nghiệm."),
    ("She has to fast before her blood test.", "Cô ấy phải nhịn ăn trước khi xét nghiệm máu."),
    ("Do I have to fast before the test?", "Tôi có phải nhịn ăn trước khi xét nghiệm không?"),
    ("Does she need to fast before the blood test?", "Cô ấy có cần nhịn ăn trước khi xét nghiệm máu không?"),
    ("You don't need to fast before the test.", "Bạn không cần nhịn ăn trước khi xét nghiệm."),
    ("I'll have to fast before the blood test.", "Tôi sẽ phải nhịn ăn trước khi xét nghiệm máu."),
    # v8: "Bác sĩ đo huyết áp." (whose lost), "Cô y tá kiểm tra huyết áp."
    ("The nurse took my blood pressure.", "Y tá đã đo huyết áp cho tôi."),
    ("The doctor took my blood pressure.", "Bác sĩ đã đo huyết áp cho tôi."),
    ("The nurse has just taken my mother's blood pressure.", "Y tá vừa đo huyết áp cho mẹ tôi."),
    ("The nurse will take your blood pressure.", "Y tá sẽ đo huyết áp cho bạn."),
    # v8: "Bác sĩ bảo tôi mất cân." (lose as a wallet), "Vị bác sĩ nói với bố tôi để ngưng hút thuốc.", "Bác sĩ cho
    # biết tôi cần phải mất cân."
    ("The doctor told me to lose weight.", "Bác sĩ bảo tôi phải giảm cân."),
    ("The doctor told me to cut down on salt.", "Bác sĩ bảo tôi phải ăn bớt muối."),
    ("The doctor told my father to stop smoking.", "Bác sĩ bảo bố tôi phải bỏ thuốc lá."),
    ("The doctor told him to quit smoking.", "Bác sĩ bảo anh ấy phải bỏ thuốc lá."),
    ("The doctor advised me to eat less sugar.", "Bác sĩ khuyên tôi nên ăn ít đường."),
    ("My doctor advised me to cut down on sugar.", "Bác sĩ của tôi khuyên tôi nên ăn bớt đường."),
    ("The doctor told me to lose weight and cut down on salt.", "Bác sĩ bảo tôi phải giảm cân và ăn bớt muối."),
    ("The doctor said I need to lose weight.", "Bác sĩ nói tôi cần giảm cân."),
    ("The doctor said she has to stop smoking.", "Bác sĩ nói cô ấy phải bỏ thuốc lá."),
    # v8: "Kết quả trở lại bình thường." (went back to normal), "Cô ấy đang chờ làm xét nghiệm máu của mình."
    ("The results came back normal.", "Kết quả bình thường."),
    ("My test results came back normal.", "Kết quả xét nghiệm của tôi bình thường."),
    ("The test results were normal.", "Kết quả xét nghiệm bình thường."),
    ("My mother's test results are normal.", "Kết quả xét nghiệm của mẹ tôi bình thường."),
    ("The results are all normal.", "Kết quả đều bình thường."),
    ("The results weren't normal.", "Kết quả không bình thường."),
    ("Are the results normal?", "Kết quả có bình thường không?"),
    ("I'm waiting for my test results.", "Tôi đang chờ kết quả xét nghiệm."),
    ("She's waiting for her blood test results.", "Cô ấy đang chờ kết quả xét nghiệm máu."),
    ("They are still waiting for their results.", "Họ vẫn đang chờ kết quả."),
    # not: a verb that does not agree with who, with its word before or with the day, whose another's, "an annual
    # check-up every year", check-ups had as a habit said, a blood pressure taken on a day, the exam's results, what
    # the doctor said to do not of ADVICE, what an earlier rule takes (mt/conditions.py)
    ("I is going for a check-up.", None), ("She are going for a check-up.", None),
    ("I'm going for a check-up yesterday.", None), ("I had a check-up tomorrow.", None),
    ("She have a check-up tomorrow.", None), ("I have a check-up.", None), ("Have he had a check-up?", None),
    ("Does she has to go for a check-up?", None), ("I'm going for her check-up.", None),
    ("We have an annual check-up every year.", None), ("I have regular check-ups.", None),
    ("She have to fast before the test.", None), ("Does she has to fast before the test?", None),
    ("You have to fast before my test.", None), ("The nurse has took my blood pressure.", None),
    ("The nurse took my blood pressure yesterday.", None), ("The doctor said she have to stop smoking.", None),
    ("The doctor told me to go home.", None), ("The results is normal.", None), ("The result are normal.", None),
    ("Were your results all normal?", None), ("The exam results are good.", None),
    ("She's waiting for my test results.", None), ("He am waiting for the results.", None),
    ("My cholesterol is high.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
