"""Washing oneself: a shower or a bath, hands, face or hair washed, teeth brushed; just done, already, now, asked,
wanted, going to, a habit, and told, both ways (mt/washing.py)."""
import pytest

from mt.washing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I've been bathing.", "I'm bathing.", "I just washed my face." (right)
    ("Tôi vừa tắm xong.", "I just had a shower."),
    ("Tôi mới tắm xong.", "I just had a shower."),
    ("Mẹ tôi vừa tắm.", "My mother just had a shower."),
    ("Lan vừa tắm xong.", "Lan just had a shower."),
    ("Anh ấy vừa rửa tay.", "He just washed his hands."),
    ("Bác Hùng vừa đánh răng xong.", "Uncle Hung just brushed his teeth."),
    # v8: "I brushed my teeth." (already lost), "I've bathed."
    ("Tôi đã đánh răng rồi.", "I've already brushed my teeth."),
    ("Cô ấy tắm rồi.", "She's already had a shower."),
    ("Chúng tôi đã rửa tay rồi.", "We've already washed our hands."),
    # v8: "She is bathing.", "I'm washing.", "My father is shampooing.", "She's brushing."
    ("Cô ấy đang tắm.", "She's having a shower."),
    ("Mẹ tôi đang tắm.", "My mother is having a shower."),
    ("Tôi đang rửa mặt.", "I'm washing my face."),
    ("Họ đang đánh răng.", "They're brushing their teeth."),
    ("Họ đang rửa mặt.", "They're washing their faces."),
    ("Bố tôi đang gội đầu.", "My father is washing his hair."),
    ("Cô ấy có đang tắm không?", "Is she having a shower?"),
    # v8: "Are you bathed?", "Have you brushed?", "Are you bath?", "Did you wash your hands?" (right, without "yet")
    ("Bạn đã tắm chưa?", "Have you had a shower yet?"),
    ("Bạn tắm chưa?", "Have you had a shower yet?"),
    ("Bạn đã đánh răng chưa?", "Have you brushed your teeth yet?"),
    ("Bạn đã rửa tay chưa?", "Have you washed your hands yet?"),
    ("Con đã tắm chưa?", "Have you had a bath yet?"),
    ("Con đã rửa tay chưa?", "Have you washed your hands yet?"),
    ("Anh ấy đã gội đầu chưa?", "Has he washed his hair yet?"),
    # v8: "I'd like to bath.", "I need to bath.", "I'd like to show up."
    ("Tôi muốn tắm.", "I'd like to have a shower."),
    ("Tôi muốn rửa tay.", "I'd like to wash my hands."),
    ("Tôi muốn đi tắm.", "I'd like to have a shower."),
    ("Tôi cần tắm.", "I need a shower."),
    ("Bạn có muốn tắm không?", "Would you like to have a shower?"),
    ("Anh ấy cần rửa tay.", "He needs to wash his hands."),
    # v8: "I'm going to show.", "I'll go to bath."
    ("Tôi đi tắm.", "I'm going to have a shower."),
    ("Tôi sẽ đi tắm.", "I'll have a shower."),
    ("Tôi đi tắm nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi tắm bồn.", None),
    # v8: "I bath every morning.", "I brush twice a day."
    ("Tôi tắm mỗi sáng.", "I have a shower every morning."),
    ("Tôi đánh răng hai lần một ngày.", "I brush my teeth twice a day."),
    ("Anh ấy thường đánh răng trước khi đi ngủ.", "He usually brushes his teeth before bed."),
    ("Bạn có đánh răng mỗi ngày không?", "Do you brush your teeth every day?"),
    # v8: "She went to bath.", "Go to teeth.", "She brushed her teeth.", "Wash your hands away.", "Remember brushing."
    ("Con đi tắm đi.", "Go and have a bath."),
    ("Đi tắm đi con.", "Go and have a bath."),
    ("Đi tắm đi.", "Go and have a shower."),
    ("Đi đánh răng đi.", "Go and brush your teeth."),
    ("Con đi đánh răng đi.", "Go and brush your teeth."),
    ("Rửa tay đi.", "Wash your hands."),
    ("Con rửa tay đi.", "Wash your hands."),
    ("Nhớ đánh răng nhé.", "Remember to brush your teeth."),
    ("Con nhớ rửa tay trước khi ăn nhé.", "Remember to wash your hands before eating."),
    # not: "anh", "em" alone saying it (the speaker or "you"), "con" saying it ("nhé": may be the child), a plain verb,
    # "đã" alone, gone or going ("Cô ấy đi tắm."), a name's hands (his or her?), about to and "đây" (mt/about_to.py's),
    # the sea and the sun ("tắm biển", "tắm nắng"), bathing someone else, asked without "không"
    ("Anh đang tắm.", None), ("Em vừa tắm xong.", None), ("Con đi tắm nhé.", None), ("Tôi tắm.", None),
    ("Tôi đã tắm.", None), ("Cô ấy đi tắm.", None), ("Lan vừa rửa tay.", None), ("Tôi sắp đi tắm.", None),
    ("Tôi đi tắm đây.", None), ("Chúng tôi đi tắm biển.", None), ("Tôi muốn tắm nắng.", None),
    ("Cô ấy đang tắm cho em bé.", None), ("Bạn có tắm?", None), ("Tôi đang rửa bát.", None),
    ("Chúng tôi vừa tắm xong.", None), ("Các con đi tắm đi.", None), ("Các con đã tắm chưa?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi chỉ có một người tắm." (a person), "Tôi vừa có một người tắm."
    ("I just had a shower.", "Tôi vừa tắm xong."),
    ("I've just had a shower.", "Tôi vừa tắm xong."),
    ("She's just brushed her teeth.", "Cô ấy vừa đánh răng xong."),
    ("My mother just washed her hands.", "Mẹ tôi vừa rửa tay xong."),
    ("I have already had a shower.", "Tôi đã tắm rồi."),
    ("He's had a bath already.", "Anh ấy đã tắm rồi."),
    # v8: "Cô ấy ở trong bộ phim." (a film), "Mẹ tôi đang ở trong vòi sen.", "Anh ấy có trong bộ phim không?"
    ("She's in the shower.", "Cô ấy đang tắm."),
    ("My mother is in the shower.", "Mẹ tôi đang tắm."),
    ("Is he in the shower?", "Anh ấy có đang tắm không?"),
    ("I'm having a shower.", "Tôi đang tắm."),
    ("She's having a bath.", "Cô ấy đang tắm."),
    ("I'm washing my face.", "Tôi đang rửa mặt."),
    ("They're brushing their teeth.", "Họ đang đánh răng."),
    # v8: "Bạn đã đánh răng bằng răng chưa?", "Bạn có đánh răng răng không?"
    ("Have you brushed your teeth?", "Bạn đã đánh răng chưa?"),
    ("Did you brush your teeth?", "Bạn đã đánh răng chưa?"),
    ("Have you washed your hands yet?", "Bạn đã rửa tay chưa?"),
    ("Has she had a shower yet?", "Cô ấy đã tắm chưa?"),
    ("Did you have a shower?", "Bạn đã tắm chưa?"),
    ("Are you in the bath?", "Bạn có đang tắm không?"),
    # v8: "Hãy đánh răng răng.", "Hãy đi tắm bằng nước.", "Bạn nên tắm bằng nước.", "Rửa tay của bạn."
    ("Go brush your teeth.", "Đi đánh răng đi."),
    ("Go and brush your teeth.", "Đi đánh răng đi."),
    ("Go and have a bath.", "Đi tắm đi."),
    ("Go have a bath.", "Đi tắm đi."),
    ("Go and wash your hands, please.", "Đi rửa tay đi."),
    ("Wash your hands.", "Rửa tay đi."),
    ("Wash your hands before eating.", "Rửa tay trước khi ăn nhé."),
    ("Remember to brush your teeth.", "Nhớ đánh răng nhé."),
    ("Don't forget to brush your teeth before bed.", "Nhớ đánh răng trước khi đi ngủ nhé."),
    # v8: "Tôi cần một người tắm.", "Tôi muốn có một người tắm."
    ("I need a shower.", "Tôi cần tắm."),
    ("She needs a shower.", "Cô ấy cần tắm."),
    ("I'd like to have a shower.", "Tôi muốn tắm."),
    ("Would you like to have a shower?", "Bạn có muốn tắm không?"),
    ("Do you want to take a bath?", "Bạn có muốn tắm không?"),
    # v8: "Tôi sẽ đi tắm." (right), "Tôi sẽ có một người tắm."
    ("I'm going to take a shower.", "Tôi sẽ đi tắm."),
    ("I'll have a shower.", "Tôi sẽ tắm."),
    ("I'll wash my hands.", "Tôi sẽ rửa tay."),
    # v8: "Tôi tắm mỗi buổi sáng." (right)
    ("I take a shower every morning.", "Tôi tắm mỗi sáng."),
    ("He has a shower every evening.", "Anh ấy tắm mỗi tối."),
    ("She usually brushes her teeth before bed.", "Cô ấy thường đánh răng trước khi đi ngủ."),
    ("Do you brush your teeth every day?", "Bạn có đánh răng mỗi ngày không?"),
    # not: the verb not agreeing ("She have", "He take", "She need", "Have she"), another's hands or teeth ("She's
    # washing my hair", "his" of my mother), a past without "just" (when?), hair washed (mt/haircuts.py's), dinner,
    # the car
    ("She have just had a shower.", None), ("He take a shower every morning.", None), ("She need a shower.", None),
    ("Have she had a shower yet?", None), ("She are in the shower.", None), ("She's washing my hair.", None),
    ("My mother just washed his hands.", None), ("I took a shower.", None), ("I brushed my teeth.", None),
    ("I washed my hair.", None), ("Wash your hands before dinner.", None), ("Wash the car.", None),
    ("Go brush my teeth.", None), ("I had a shower already.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
