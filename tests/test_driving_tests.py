"""The driving test, driving lessons and a licence run out, both ways (mt/driving_tests.py)."""
import pytest

from mt.driving_tests import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have done a driver's license next week.", "Next week, I'll be driving.", "I'll take a driver on Saturday."
    ("Tôi thi bằng lái xe tuần sau.", "I'm taking my driving test next week."),
    ("Tuần sau tôi thi bằng lái.", "I'm taking my driving test next week."),
    ("Tôi sẽ thi lái xe vào thứ bảy.", "I'm taking my driving test on Saturday."),
    ("Ngày mai anh ấy thi bằng lái xe.", "He's taking his driving test tomorrow."),
    ("Tôi thi bằng lái xe máy vào thứ hai.", "I'm taking my motorbike test on Monday."),
    ("Bác Hùng thi bằng lái tuần sau.", "Uncle Hung is taking his driving test next week."),
    ("Chúng tôi thi bằng lái tuần sau.", "We're taking our driving tests next week."),
    ("Tôi sắp thi bằng lái.", "I'm taking my driving test soon."),
    # v8: "Next week, do you have a driver?", "Yesterday, I operate with drivers.", "Now do you get a driver?"
    ("Tuần sau bạn có thi bằng lái không?", "Are you taking your driving test next week?"),
    ("Anh có thi bằng lái tuần sau không?", "Are you taking your driving test next week?"),
    ("Hôm qua tôi thi bằng lái.", "I took my driving test yesterday."),
    ("Tôi đã thi bằng lái hôm qua.", "I took my driving test yesterday."),
    ("Bao giờ bạn thi bằng lái?", "When are you taking your driving test?"),
    ("Khi nào mẹ bạn thi bằng lái xe?", "When is your mother taking her driving test?"),
    # v8: "Are you driverd?", "I'm not underway.", "I've done a driver."
    ("Bạn đã thi bằng lái chưa?", "Have you taken your driving test yet?"),
    ("Tôi chưa thi bằng lái.", "I haven't taken my driving test yet."),
    ("Tôi đã thi bằng lái rồi.", "I've already taken my driving test."),
    # v8: "I'm skiing two times.", "She took a driver at the first time.", "I took the driver at the third time."
    ("Tôi thi trượt bằng lái hai lần.", "I failed my driving test twice."),
    ("Tôi trượt bằng lái hai lần rồi.", "I've failed my driving test twice."),
    ("Mẹ tôi thi trượt bằng lái ba lần.", "My mother failed her driving test three times."),
    ("Cô ấy lại trượt bằng lái.", "She failed her driving test again."),
    ("Cô ấy thi đỗ bằng lái ngay lần đầu.", "She passed her driving test first time."),
    ("Bố tôi thi đỗ bằng lái ngay từ lần đầu tiên.", "My father passed his driving test first time."),
    ("Tôi thi đỗ bằng lái ở lần thứ ba.", "I passed my driving test on my third attempt."),
    ("Cô ấy thi đỗ bằng lái xe máy.", "She passed her motorbike test."),
    # v8: "How many ages do you study?", "I've learned ten years of driving."
    ("Bạn đã học lái xe bao nhiêu buổi?", "How many driving lessons did you have?"),
    ("Bạn đã học bao nhiêu buổi rồi?", "How many lessons have you had?"),
    ("Tôi đã học lái xe được mười buổi.", "I've had ten driving lessons."),
    ("Anh ấy học lái xe được 12 buổi rồi.", "He's had 12 driving lessons."),
    # v8: "A motorbike licence of my expired."
    ("Bằng lái xe máy của tôi hết hạn rồi.", "My motorbike licence has expired."),
    ("Bằng lái xe máy của mẹ tôi sắp hết hạn.", "My mother's motorbike licence is about to expire."),
    # not: a plain pass or fail (mt/exams.py), no day (now, or planned?), "anh" or a name alone, "khi nào" after,
    # "now", passed twice, failed first time, "học" with no tense, one lesson, "hết hạn" alone, a driving licence
    # (mt/papers.py), learning (mt/skills.py), a licence had (mt/driving.py)
    ("Tôi sắp thi bằng lái nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi thi trượt bằng lái xe.", None), ("Tôi thi bằng lái.", None), ("Anh thi bằng lái tuần sau.", None),
    ("Lan thi bằng lái tuần sau.", None), ("Bạn thi bằng lái khi nào?", None), ("Bây giờ tôi thi bằng lái.", None),
    ("Tôi thi đỗ bằng lái hai lần.", None), ("Tôi thi trượt bằng lái lần đầu.", None),
    ("Bạn học bao nhiêu buổi?", None), ("Tôi đã học lái xe được một buổi.", None),
    ("Bằng lái xe máy của tôi hết hạn.", None), ("Bằng lái của tôi hết hạn rồi.", None),
    ("Anh ấy đang học lái xe.", None), ("Bạn có bằng lái xe máy không?", None), ("Tôi sẽ thi bằng lái hôm qua.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang làm bài kiểm tra lái xe vào tuần tới.", "Xét nghiệm lái xe của tôi là ngày mai." (a medical test)
    ("I'm taking my driving test next week.", "Tuần sau tôi thi bằng lái xe."),
    ("She's taking her driving test tomorrow.", "Ngày mai cô ấy thi bằng lái xe."),
    ("My son is taking his driving test on Saturday.", "Con trai tôi thi bằng lái xe vào thứ Bảy."),
    ("Are you taking your driving test next week?", "Tuần sau bạn có thi bằng lái xe không?"),
    ("I have my driving test tomorrow.", "Ngày mai tôi thi bằng lái xe."),
    ("My driving test is tomorrow.", "Ngày mai tôi thi bằng lái xe."),
    ("I took my driving test last week.", "Tuần trước tôi thi bằng lái xe."),
    ("I'm taking my motorbike test soon.", "Tôi sắp thi bằng lái xe máy."),
    ("When's your driving test?", "Khi nào bạn thi bằng lái xe?"),
    # v8: "Bạn có thực hiện xét nghiệm lái xe của mình chưa?", "Bé đã đi qua bài kiểm tra lái xe của mình chưa?"
    ("Have you taken your driving test yet?", "Bạn đã thi bằng lái xe chưa?"),
    ("Has she passed her driving test yet?", "Cô ấy đã thi đỗ bằng lái xe chưa?"),
    ("I haven't taken my driving test yet.", "Tôi chưa thi bằng lái xe."),
    ("I've already taken my driving test.", "Tôi đã thi bằng lái xe rồi."),
    # v8: "Tôi đã thất bại kiểm tra lái xe của tôi hai lần.", "Cô ấy đã qua đời thử nghiệm lái xe lần đầu tiên." (died)
    ("I failed my driving test twice.", "Tôi đã thi trượt bằng lái xe hai lần."),
    ("She has failed her driving test three times.", "Cô ấy đã thi trượt bằng lái xe ba lần."),
    ("I failed my driving test again.", "Tôi lại thi trượt bằng lái xe."),
    ("She passed her driving test first time.", "Cô ấy thi đỗ bằng lái xe ngay lần đầu."),
    ("My brother passed his driving test on the first try.", "Anh trai tôi thi đỗ bằng lái xe ngay lần đầu."),
    ("I passed my driving test on my second attempt.", "Tôi thi đỗ bằng lái xe ở lần thứ hai."),
    ("He passed his motorbike test.", "Anh ấy đã thi đỗ bằng lái xe máy."),
    # v8: "Bạn có bao nhiêu bài học đã không?", "Tôi đã 10 bài học lái xe."
    ("How many lessons did you have?", "Bạn đã học bao nhiêu buổi?"),
    ("How many driving lessons has she had?", "Cô ấy đã học lái xe bao nhiêu buổi rồi?"),
    ("I've had ten driving lessons.", "Tôi đã học lái xe được mười buổi rồi."),
    ("She had five driving lessons.", "Cô ấy đã học lái xe được năm buổi."),
    # v8: "Mẹ tôi đang học để lái xe.", "Bạn đang học lái xe?", "Tôi muốn học cách lái xe."
    ("My mother is learning to drive.", "Mẹ tôi đang học lái xe."),
    ("Are you learning to drive?", "Bạn có đang học lái xe không?"),
    ("She wants to learn to drive a car.", "Cô ấy muốn học lái ô tô."),
    # v8: "Sự licence của tôi đã hết hạn."
    ("My licence has expired.", "Bằng lái của tôi hết hạn rồi."),
    ("My motorbike licence is about to expire.", "Bằng lái xe máy của tôi sắp hết hạn."),
    # not: a plain pass or fail (mt/exams.py), a driving licence (mt/papers.py), "is", "has", "have", "want" not
    # agreeing, another's test, no day, "now", a day that does not go with the tense, passed twice, failed first time
    ("I failed my driving test.", None), ("My driving licence has expired.", None),
    ("She are taking her driving test tomorrow.", None), ("He is taking her driving test tomorrow.", None),
    ("I has failed my driving test twice.", None), ("She have passed her driving test first time.", None),
    ("Are you taking your driving test?", None), ("I'm taking my driving test now.", None),
    ("I took my driving test next week.", None), ("He passed his driving test twice.", None),
    ("She failed her driving test first time.", None), ("How many lessons have she had?", None),
    ("She want to learn to drive.", None), ("Have she taken her driving test yet?", None),
    ("My licence expires next month.", None),
    # not: a name, or kin of no known sex, with "his" or "her" (their own test, or someone else's?)
    ("Lan is taking his driving test next week.", None), ("Lan is taking her driving test next week.", None),
    ("Lan failed her driving test twice.", None), ("Has Lan taken her driving test yet?", None),
    ("My friend is taking her driving test tomorrow.", None),
    ("Your friend passed his driving test first time.", None),
    ("My brother failed his driving test twice.", "Anh trai tôi đã thi trượt bằng lái xe hai lần."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi thi bằng lái xe tuần sau.", "en", "vi") is None
    assert translate("I failed my driving test twice.", "vi", "en") is None
    assert translate("I failed my driving test twice.", "en", "fr") is None
