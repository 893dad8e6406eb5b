"""A driving licence replaced, exchanged, renewed or converted, and the new one ready, both ways (mt/licences.py)."""
import pytest

from mt.licences import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to go back to the driver.", "I need to leave a driver's license.", "My mother had to do it again.",
    # "Do you do it?", "We must do a driver back."
    ("Tôi phải đi làm lại bằng lái.", "I have to get my driving licence replaced."),
    ("Tôi cần làm lại bằng lái xe.", "I need to get my driving licence replaced."),
    ("Mẹ tôi phải làm lại bằng lái.", "My mother has to get her driving licence replaced."),
    ("Bạn có phải làm lại bằng lái không?", "Do you have to get your driving licence replaced?"),
    ("Anh ấy không cần làm lại bằng lái.", "He doesn't need to get his driving licence replaced."),
    ("Chúng tôi phải làm lại bằng lái.", "We have to get our driving licences replaced."),
    ("Bác Lan muốn làm lại bằng lái xe máy.", "Aunt Lan wants to get her motorbike licence replaced."),
    ("Tôi đang làm lại bằng lái.", "I'm getting my driving licence replaced."),
    ("Tôi có cần làm lại giấy phép lái xe không?", "Do I need to get my driving licence replaced?"),
    # v8: "I have to change the driver.", "Have you changed by driving yet?", "I'm going to be by driving.", "I'm not
    # going to change the driver."
    ("Tôi phải đổi bằng lái.", "I have to exchange my driving licence."),
    ("Cô ấy cần đổi bằng lái xe.", "She needs to exchange her driving licence."),
    ("Bạn đã đổi bằng lái chưa?", "Have you exchanged your driving licence yet?"),
    ("Tôi đổi bằng lái rồi.", "I've exchanged my driving licence."),
    ("Bố tôi chưa đổi bằng lái.", "My father hasn't exchanged his driving licence yet."),
    ("Tuần sau tôi phải đi đổi bằng lái.", "I have to exchange my driving licence next week."),
    ("Họ vừa đổi bằng lái.", "They've just exchanged their driving licences."),
    # v8: "I've been limited to driving.", "My mother had a limit of driver.", "He hasn't been limited to steering.",
    # "Are you a driver limit?", "In the last year, I was limited to drivers.", "I'm going to limit driving."
    ("Tôi cần gia hạn bằng lái xe.", "I need to renew my driving licence."),  # (as mt/papers.py writes it)
    ("Tôi đã gia hạn bằng lái rồi.", "I've renewed my driving licence."),
    ("Mẹ tôi vừa gia hạn bằng lái.", "My mother has just renewed her driving licence."),
    ("Anh ấy chưa gia hạn bằng lái.", "He hasn't renewed his driving licence yet."),
    ("Bạn đã gia hạn bằng lái chưa?", "Have you renewed your driving licence yet?"),
    ("Năm ngoái tôi đã gia hạn bằng lái.", "I renewed my driving licence last year."),
    ("Tôi gia hạn bằng lái tháng trước.", "I renewed my driving licence last month."),
    ("Tôi đang gia hạn bằng lái.", "I'm renewing my driving licence."),
    ("Tôi phải gia hạn bằng lái của mẹ tôi.", "I have to renew my mother's driving licence."),
    # v8: "I changed by international driver to Vietnam.", "He has to change foreign drivers to Vietnam."
    ("Tôi đổi bằng lái quốc tế sang bằng Việt Nam rồi.",
     "I've converted my international licence to a Vietnamese one."),
    ("Tôi muốn đổi bằng lái quốc tế sang bằng lái Việt Nam.",
     "I want to convert my international licence to a Vietnamese one."),
    ("Anh ấy phải đổi bằng lái nước ngoài sang bằng lái Việt Nam.",
     "He has to convert his foreign licence to a Vietnamese one."),
    ("Bạn đã đổi bằng lái quốc tế sang bằng Việt Nam chưa?",
     "Have you converted your international licence to a Vietnamese one yet?"),
    ("Chúng tôi đã đổi bằng lái quốc tế sang bằng lái Việt Nam rồi.",
     "We've converted our international licences to Vietnamese ones."),
    # v8: "I have to be a driver again.", "Lan has been a driver's license."
    ("Tôi phải xin cấp lại bằng lái.", "I have to apply for a replacement driving licence."),
    ("Lan đã xin cấp lại bằng lái rồi.", "Lan has applied for a replacement driving licence."),
    ("Bạn đã xin cấp lại bằng lái chưa?", "Have you applied for a replacement driving licence yet?"),
    # v8: "Is it a new driver now?", "Now I have a new driver?", "Isn't my new driver?", "My new parent hasn't been
    # there."
    ("Bao giờ có bằng lái mới?", "When will the new driving licence be ready?"),
    ("Khi nào có bằng lái mới?", "When will the new driving licence be ready?"),
    ("Bao giờ tôi có bằng lái mới?", "When will I get my new driving licence?"),
    ("Bằng lái mới của tôi có chưa?", "Is my new driving licence ready yet?"),
    ("Bằng lái mới của bạn có rồi.", "Your new driving licence is ready."),
    ("Bằng lái mới của mẹ tôi chưa có.", "My mother's new driving licence isn't ready yet."),
    # not: "làm lại" done (got it, or applied?), a plain verb or "đi" alone (does, or did?), "có … không?" with no
    # modal, "đổi bằng lái quốc tế" with no "sang" (an international permit got?), a name alone with whose own,
    # "anh" saying it, a pet, a "?" on a statement, "I" asking what they did, a day not going with the tense,
    # "không" alone, a licence had, expiring (mt/papers.py), a business licence
    ("Tôi đã làm lại bằng lái rồi.", None), ("Tôi đổi bằng lái.", None), ("Tôi đi gia hạn bằng lái.", None),
    ("Bạn có gia hạn bằng lái không?", None), ("Tôi muốn đổi bằng lái quốc tế.", None),
    ("Lan phải đổi bằng lái.", None), ("Anh phải đổi bằng lái.", None), ("Con chó của tôi phải đổi bằng lái.", None),
    ("Tôi phải đổi bằng lái?", None), ("Tôi đã gia hạn bằng lái chưa?", None),
    ("Tôi gia hạn bằng lái tuần sau.", None), ("Tôi phải gia hạn bằng lái tuần trước.", None),
    ("Tôi không gia hạn bằng lái.", None), ("Tôi có bằng lái mới.", None), ("Bằng lái của tôi sắp hết hạn.", None),
    ("Tôi phải gia hạn giấy phép kinh doanh.", None), ("Tôi phải làm lại bằng lái không?", None),
    ("Bạn không cần làm lại bằng lái không?", None), ("Tôi phải đổi bằng lái sang bằng Việt Nam.", None),
    ("Tôi đã làm lại bằng lái tuần trước.", None), ("Bao giờ Lan có bằng lái mới?", None),
    ("Tôi phải đổi bằng lái nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bằng lái mới của tôi có.", None), ("I have to renew my driving licence.", None),
    # whose after it: "của mình" after anyone but "tôi" (their own, or the speaker's, "mình" saying "I"?), who named
    # again (their own: "her", not "my mother's"), one licence of another's for "we" and "they" (not "my mother's
    # driving licences"), and ours or theirs for anyone else (one licence, or several?)
    ("Bạn phải đổi bằng lái của mình.", None), ("Anh ấy phải gia hạn bằng lái của mình.", None),
    ("Mẹ tôi cần gia hạn bằng lái của mình.", None), ("Bạn đã gia hạn bằng lái của mình chưa?", None),
    ("Tôi đã đổi bằng lái của mình rồi.", "I've exchanged my driving licence."),
    ("Mẹ tôi phải gia hạn bằng lái của mẹ tôi.", "My mother has to renew her driving licence."),
    ("Bác Hùng đã đổi bằng lái của bác Hùng rồi.", "Uncle Hung has exchanged his driving licence."),
    ("Lan phải gia hạn bằng lái của Lan.", None),
    ("Chúng tôi phải đổi bằng lái của mẹ tôi.", "We have to exchange my mother's driving licence."),
    ("Họ phải gia hạn bằng lái của tôi.", "They have to renew my driving licence."),
    ("Chúng tôi phải đổi bằng lái của bạn.", "We have to exchange your driving licence."),
    ("Chúng tôi phải đổi bằng lái quốc tế của bạn sang bằng Việt Nam.",
     "We have to convert your international licence to a Vietnamese one."),
    ("Chúng tôi phải đổi bằng lái của chúng ta.", "We have to exchange our driving licences."),
    ("Họ phải đổi bằng lái của chúng tôi.", None), ("Tôi phải đổi bằng lái của chúng tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải lái xe của tôi thay thế.", "Mẹ tôi cần được thay thế bằng cách lái xe.", "Bạn có phải lấy cái lái
    # xe của mình thay thế không?", "Tôi đã lái xe bằng cách thay thế."
    ("I have to get my driving licence replaced.", "Tôi phải làm lại bằng lái xe."),
    ("My mother needs to get her driving licence replaced.", "Mẹ tôi cần làm lại bằng lái xe."),
    ("I need to replace my driving licence.", "Tôi cần làm lại bằng lái xe."),
    ("Do you have to get your driving licence replaced?", "Bạn có phải làm lại bằng lái xe không?"),
    ("He doesn't need to replace his motorbike licence.", "Anh ấy không cần làm lại bằng lái xe máy."),
    ("I've had my driving licence replaced.", "Tôi đã làm lại bằng lái xe rồi."),
    # v8: "Tôi phải trao đổi sự lái xe của tôi.", "Chúng tôi đã trao đổi sự luyến lái xe của chúng tôi.", "Bố của bạn
    # đã trao đổi sự kiện lái xe của mình chưa?"
    ("I have to exchange my driving licence.", "Tôi phải đổi bằng lái xe."),
    ("She wants to exchange her driver's license.", "Cô ấy muốn đổi bằng lái xe."),
    ("We've exchanged our driving licences.", "Chúng tôi đã đổi bằng lái xe rồi."),
    ("Has your father exchanged his driving licence yet?", "Bố bạn đã đổi bằng lái xe chưa?"),
    # v8: "Tôi đã đổi mới việc lái xe của tôi.", "Tôi vừa mới đổi mới hướng lái xe của tôi.", "Tôi chưa đổi mới lái
    # xe của tôi.", "Cô ấy đổi mới việc lái xe vào năm ngoái.", "Tôi đang đổi mới việc lái xe của tôi."
    ("I need to renew my driving licence.", "Tôi cần gia hạn bằng lái xe."),  # (as mt/papers.py writes it)
    ("I've renewed my driving licence.", "Tôi đã gia hạn bằng lái xe rồi."),
    ("I've just renewed my driving licence.", "Tôi vừa gia hạn bằng lái xe."),
    ("I haven't renewed my driving licence yet.", "Tôi chưa gia hạn bằng lái xe."),
    ("Have you renewed your driving licence yet?", "Bạn đã gia hạn bằng lái xe chưa?"),
    ("She renewed her driving licence last year.", "Năm ngoái cô ấy đã gia hạn bằng lái xe."),
    ("I'm renewing my driving licence.", "Tôi đang gia hạn bằng lái xe."),
    ("Lan has renewed her driving licence.", "Lan đã gia hạn bằng lái xe rồi."),
    ("I have to renew my driving licence next month.", "Tháng sau tôi phải gia hạn bằng lái xe."),
    # v8: "Tôi đã chuyển đổi ý kiến quốc tế của tôi sang một người Việt.", "Tôi cần chuyển đổi sự kiện lái xe của nước
    # ngoài sang một người Việt."
    ("I've converted my international licence to a Vietnamese one.",
     "Tôi đã đổi bằng lái quốc tế sang bằng lái Việt Nam rồi."),
    ("I need to convert my foreign driving licence into a Vietnamese one.",
     "Tôi cần đổi bằng lái nước ngoài sang bằng lái Việt Nam."),
    ("Have you converted your international licence to a Vietnamese one yet?",
     "Bạn đã đổi bằng lái quốc tế sang bằng lái Việt Nam chưa?"),
    # v8: "Tôi phải áp dụng cho việc lái xe thay thế."
    ("I have to apply for a replacement driving licence.", "Tôi phải xin cấp lại bằng lái xe."),
    ("My mother has applied for a replacement driving licence.", "Mẹ tôi đã xin cấp lại bằng lái xe rồi."),
    # v8: "Khi nào Việc lái xe mới sẽ sẵn sàng không?", "Tôi sẽ lái xe mới của tôi khi nào?", "Có phải việc lái xe
    # mới của bạn chưa?", "Việc lái xe mới của tôi vẫn chưa sẵn sàng."
    ("When will the new driving licence be ready?", "Bao giờ có bằng lái xe mới?"),
    ("When will I get my new driving licence?", "Bao giờ tôi có bằng lái xe mới?"),
    ("Is your new driving licence ready yet?", "Bằng lái xe mới của bạn có chưa?"),
    ("My new driving licence is ready.", "Bằng lái xe mới của tôi có rồi."),
    ("My new driving licence isn't ready yet.", "Bằng lái xe mới của tôi chưa có."),
    # not: the verb not agreeing ("She have", "I has", "Does she needs"), "licence" alone (a TV or business licence?),
    # whose neither own nor another's ("My mother … his"), a pet, a day not going with the tense, "Did …?", "?" on a
    # statement, converted to nothing said (an international permit?), one licence of "a … licences", "I" asking
    # what they did, "renew … replaced"
    ("She have to exchange her driving licence.", None), ("I has renewed my driving licence.", None),
    ("Does she needs to renew her driving licence?", None), ("When will the new licence be ready?", None),
    ("I need to renew my licence.", None), ("My mother has to get his driving licence replaced.", None),
    ("My cat has to renew her driving licence.", None), ("I've renewed my driving licence yesterday.", None),
    ("I renewed my driving licence next week.", None), ("Did you renew your driving licence?", None),
    ("I have to renew my driving licence?", None), ("I've converted my international licence.", None),
    ("We have applied for a replacement driving licences.", None), ("Have I renewed my driving licence yet?", None),
    ("I need to renew my driving licence replaced.", None), ("I'm renewed my driving licence.", None),
    ("Tôi phải đổi bằng lái.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
