"""Wishes: congratulations, good luck, get well soon and a nice weekend, day, holiday or trip, both ways
(mt/wishes.py)."""
import pytest

from mt.wishes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Hey you have a new job!", "He's good for you to park!", "He's good for you!", "He congratulated him in his
    # balance!", "Getting rid of your baby!", "He's glad you to get married!", "He congratulated you've been college!"
    ("Chúc mừng bạn có công việc mới!", "Congratulations on your new job!"),
    ("Chúc mừng bạn đã tìm được việc mới!", "Congratulations on your new job!"),
    ("Chúc mừng bạn thi đậu!", "Congratulations on passing your exam!"),
    ("Chúc mừng em đã thi đỗ nhé!", "Congratulations on passing your exam!"),
    ("Chúc mừng bạn đã tốt nghiệp!", "Congratulations on your graduation!"),
    ("Xin chúc mừng anh được thăng chức.", "Congratulations on your promotion."),
    ("Chúc mừng anh chị có em bé!", "Congratulations on the new baby!"),
    ("Chúc mừng chị sinh em bé!", "Congratulations on the new baby!"),
    ("Chúc mừng bạn đính hôn!", "Congratulations on your engagement!"),
    ("Chúc mừng đám cưới của hai bạn!", "Congratulations on your wedding!"),
    ("Chúc mừng em đã đỗ đại học!", "Congratulations on getting into university!"),
    ("Chúc mừng bạn mua được nhà mới!", "Congratulations on your new house!"),
    ("Chúc mừng con thi đậu bằng lái", "Congratulations on passing your driving test!"),
    # v8: "Have you interviewed!", "Have you luck!", "Have you lucky for the interview!", "Have you good!", "Have you
    # stayed soon!", "Have your mother healthy!", "Have people the end of the week fun!", "Have you a fun holiday!"
    ("Chúc bạn phỏng vấn thành công!", "Good luck with your interview!"),
    ("Chúc bạn may mắn!", "Good luck!"),
    ("Chúc bạn may mắn với buổi phỏng vấn!", "Good luck with your interview!"),
    ("Chúc bạn may mắn trong kỳ thi!", "Good luck with your exam!"),
    ("Chúc em thi tốt!", "Good luck with your exam!"),
    ("Chúc anh thành công với công việc mới!", "Good luck with your new job!"),
    ("Chúc chị thành công!", "Wishing you success!"),
    ("Chúc con học tốt nhé!", "Good luck with your studies!"),
    ("Chúc bạn sớm khỏe lại!", "Get well soon!"),
    ("Chúc bác mau bình phục ạ.", "Get well soon."),
    ("Chúc mẹ bạn mau khỏe!", "I hope your mother gets well soon!"),
    # (v8: "Have your mother healthy!", "Have a healthy parent!")
    ("Chúc mẹ em mau khỏe!", "I hope your mother gets well soon!"),
    ("Chúc bố của chị sớm bình phục.", "I hope your father gets well soon."),
    ("Chúc anh ấy sớm bình phục.", "I hope he gets well soon."),
    ("Chúc họ mau khỏe!", "I hope they get well soon!"),
    ("Chúc mọi người cuối tuần vui vẻ!", "Have a nice weekend, everyone!"),
    ("Chúc bạn có một ngày tốt lành!", "Have a nice day!"),
    ("Chúc bạn kỳ nghỉ vui vẻ!", "Have a nice holiday!"),
    ("Chúc anh chị có một chuyến đi vui vẻ!", "Have a nice trip!"),
    ("Chúc bạn đi du lịch vui vẻ!", "Have a nice trip!"),
    ("Chúc bạn buổi tối vui vẻ!", "Have a nice evening!"),
    ("Chúc anh thượng lộ bình an!", "Have a safe trip!"),
    ("Chúc em ngủ ngon.", "Good night."),
    # not: someone else's news ("anh ấy", "con tôi"), a name (spoken to or of?), everyone's own exam, a couple's own
    # promotion, a wish not in the tables, "anh ấy" wished luck, birthdays (the phrasebook's), a question
    ("Chúc mừng anh ấy đã tốt nghiệp!", None), ("Chúc mừng con tôi thi đậu!", None), ("Chúc Lan mau khỏe!", None),
    ("Chúc bác Hùng mau khỏe!", None), ("Chúc mọi người thi tốt!", None), ("Chúc mừng hai bạn được thăng chức!", None),
    ("Chúc bạn làm việc vui vẻ!", None), ("Chúc anh ấy may mắn!", None), ("Chúc bạn sinh nhật vui vẻ!", None),
    ("Chúc mừng bạn thi đậu?", None), ("Chúc mừng hai bạn!", None), ("Bạn thi đậu chưa?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hãy kết hợp công việc mới của bạn!", "Hãy kết hợp tốt nghiệp của bạn!", "Hãy tham khảo ý kiến thông qua cuộc
    # thi của bạn nhé!", "Những lời khuyên về việc tốt nghiệp!", "Tiếp tục nhận công việc!", "Tình trạng phù hợp với
    # bé!", "Cấu trúc về sự đính hôn của bạn!"
    ("Congratulations on your new job!", "Chúc mừng bạn có công việc mới!"),
    ("Congratulations on getting the job!", "Chúc mừng bạn có công việc mới!"),
    ("Congratulations on your graduation!", "Chúc mừng bạn tốt nghiệp!"),
    ("Congratulations on graduating.", "Chúc mừng bạn tốt nghiệp."),
    ("Congratulations on passing your exam!", "Chúc mừng bạn thi đậu!"),
    ("Congrats on passing the exams!", "Chúc mừng bạn thi đậu!"),
    ("Congratulations on your promotion!", "Chúc mừng bạn được thăng chức!"),
    ("Congratulations on the baby!", "Chúc mừng bạn có em bé!"),
    ("Congratulations on your engagement!", "Chúc mừng bạn đính hôn!"),
    ("Congratulations on getting married!", "Chúc mừng bạn kết hôn!"),
    ("Congratulations on the wedding!", "Chúc mừng đám cưới của bạn!"),
    ("Congratulations on your new home!", "Chúc mừng bạn có nhà mới!"),
    ("congratulations on getting into university", "Chúc mừng bạn đậu đại học!"),
    # v8: "Chúc mừng làm bài kiểm!", "Chúc mừng với cuộc phỏng vấn!", "Chúc mừng đến khám của bạn!", "Hãy may mắn với
    # công việc mới của bạn!", "Thật may mắn nhất!"
    ("Good luck with the exam!", "Chúc bạn thi tốt!"),
    ("Good luck with the interview!", "Chúc bạn phỏng vấn thành công!"),
    ("Good luck on your exam!", "Chúc bạn thi tốt!"),
    ("Good luck in your new job!", "Chúc bạn thành công với công việc mới!"),
    ("Good luck with your presentation!", "Chúc bạn thuyết trình thành công!"),
    ("Best of luck!", "Chúc bạn may mắn!"),
    ("Good luck, everyone!", "Chúc mọi người may mắn!"),
    # v8: "Hy vọng bạn càng sớm càng tốt.", "Bạn nên nhanh hơn!", "Hy vọng mẹ của bạn sớm có được."
    ("I hope you get well soon.", "Chúc bạn mau khỏe."),
    ("Hope you feel better soon!", "Chúc bạn mau khỏe!"),
    ("Feel better soon!", "Chúc bạn mau khỏe!"),
    ("I hope your mother gets well soon.", "Chúc mẹ bạn mau khỏe."),
    ("I hope she feels better soon.", "Chúc cô ấy mau khỏe."),
    # v8: "Có một tuần tốt đẹp!", "Chúc một ngày lễ đẹp!", "Có một ngày tốt!", "Chúc tối đẹp!", "Hãy vui mừng vào cuối
    # tuần của bạn!", "Chúc bạn cuối tuần vui vẻ, ai!"
    ("Have a good weekend!", "Chúc bạn cuối tuần vui vẻ!"),
    ("Have a nice holiday!", "Chúc bạn kỳ nghỉ vui vẻ!"),
    ("Have a great day!", "Chúc bạn một ngày tốt lành!"),
    ("Have a lovely evening.", "Chúc bạn buổi tối vui vẻ."),
    ("Enjoy your vacation!", "Chúc bạn kỳ nghỉ vui vẻ!"),
    ("Have a great trip!", "Chúc bạn một chuyến đi vui vẻ!"),
    ("Have a safe flight!", "Chúc bạn thượng lộ bình an!"),
    ("Have a nice weekend, everyone!", "Chúc mọi người cuối tuần vui vẻ!"),
    # not: congratulations to someone else, bad agreement ("she get", "my mother feel"), "I" hoping to get well,
    # everyone's own exam or recovery, a wish or an occasion not in the tables, a question, a statement of luck
    ("Congratulations to your sister!", None), ("I hope she get well soon.", None),
    ("I hope my mother feel better soon.", None), ("I hope I get well soon.", None),
    ("Good luck with your exam, everyone!", None), ("Get well soon, everyone!", None),
    ("Congratulations on your birthday!", None), ("Good luck tomorrow!", None), ("Have fun!", None),
    ("Did you have a nice weekend?", None), ("Have a nice weekend?", None), ("I had a good day.", None),
    ("We had good luck with the weather.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_and_words():
    assert translate("Chúc bạn may mắn!", "vi", "fr") is None
    assert translate("Tôi vừa cắt tóc.", "vi", "en") is None
