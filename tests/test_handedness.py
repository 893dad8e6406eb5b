"""Left- and right-handedness, and which hand someone writes with, said or asked, both ways (mt/handedness.py)."""
import pytest

from mt.handedness import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He got the left hand.", "I am right hand.", "Do you convenient left hand?", "He got both hands."
    ("Anh ấy thuận tay trái.", "He's left-handed."),
    ("Tôi thuận tay phải.", "I'm right-handed."),
    ("Bạn có thuận tay trái không?", "Are you left-handed?"),
    ("Bạn thuận tay trái không?", "Are you left-handed?"),
    ("Anh ấy có thuận tay trái không?", "Is he left-handed?"),
    ("Anh có thuận tay trái không?", "Are you left-handed?"),
    ("Anh ấy thuận cả hai tay.", "He's ambidextrous."),
    ("Tôi không thuận tay trái.", "I'm not left-handed."),
    # v8: "My mother got the left hand.", "The left hand was.", "Uncle Hung left hand.", "My child got left hand."
    ("Mẹ tôi thuận tay trái.", "My mother is left-handed."),
    ("Lan thuận tay trái.", "Lan is left-handed."),
    ("Bác Hùng thuận tay trái.", "Uncle Hung is left-handed."),
    ("Con tôi thuận tay trái.", "My child is left-handed."),
    ("Em trai tôi thuận tay trái.", "My younger brother is left-handed."),
    ("Họ thuận tay phải.", "They're right-handed."),
    # v8: "I am the left hand.", "She is the right handful."
    ("Tôi là người thuận tay trái.", "I'm left-handed."),
    ("Cô ấy là người thuận tay phải.", "She's right-handed."),
    ("Tôi không phải là người thuận tay trái.", "I'm not left-handed."),
    # v8: "Are you a right hand or left hand?", "Is he convenient or right hand?", "Which hand do you deal?"
    ("Bạn thuận tay phải hay tay trái?", "Are you right- or left-handed?"),
    ("Anh ấy thuận tay trái hay tay phải?", "Is he left- or right-handed?"),
    ("Con bạn thuận tay trái hay phải?", "Is your child left- or right-handed?"),
    ("Bạn thuận tay nào vậy?", "Are you left- or right-handed?"),
    # v8: "Both my children were left hand."
    ("Cả hai đứa con tôi đều thuận tay trái.", "Both my children are left-handed."),
    ("Cả hai con gái tôi đều thuận tay phải.", "Both my daughters are right-handed."),
    ("Bố mẹ tôi đều thuận tay phải.", "My parents are both right-handed."),
    ("Cả hai chúng tôi đều thuận tay trái.", "We're both left-handed."),
    ("Bố mẹ bạn có thuận tay trái không?", "Are your parents left-handed?"),
    # v8: "He wrote the left hand.", "She wrote the left hand.", "I wrote my right hand.", "I ate left hand."
    ("Anh ấy viết tay trái.", "He writes with his left hand."),
    ("Cô ấy viết bằng tay trái.", "She writes with her left hand."),
    ("Tôi viết tay phải.", "I write with my right hand."),
    ("Tôi ăn bằng tay trái.", "I eat with my left hand."),
    ("Mẹ tôi viết bằng tay trái.", "My mother writes with her left hand."),
    ("Chúng tôi viết bằng tay phải.", "We write with our right hands."),
    ("Lan viết bằng tay trái.", "Lan writes left-handed."),
    ("Tôi không viết bằng tay trái.", "I don't write with my left hand."),
    ("Bạn có viết bằng tay trái không?", "Do you write with your left hand?"),
    ("Bạn viết bằng tay nào?", "Which hand do you write with?"),
    ("Cô ấy vẽ bằng tay nào?", "Which hand does she draw with?"),
    # v8: "He can write both hands."
    ("Anh ấy có thể viết bằng cả hai tay.", "He can write with both hands."),
    ("Bạn có thể viết bằng cả hai tay không?", "Can you write with both hands?"),
    ("Tôi không thể viết bằng tay trái.", "I can't write with my left hand."),
    # not: "anh", "em" alone saying it (the speaker or "you"), "đều" of more than two or of one, "đều" without "cả
    # hai", "hay" with "có … không", the same side twice, "ăn tay trái" (not said so), both hands without "can", a
    # time said, other topics ("viết tay": handwritten)
    ("Họ thuận tay phải nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh thuận tay trái.", None), ("Em viết bằng tay trái.", None), ("Họ đều thuận tay trái.", None),
    ("Anh ấy đều thuận tay trái.", None), ("Cả hai đứa con tôi thuận tay trái.", None),
    ("Bạn có thuận tay trái hay tay phải không?", None), ("Bạn thuận tay trái hay tay trái?", None),
    ("Tôi ăn tay trái.", None), ("Tôi viết bằng cả hai tay.", None), ("Hồi nhỏ tôi thuận tay trái.", None),
    ("Tôi viết tay.", None), ("Tôi bị đau tay trái.", None), ("Anh ấy thuận tay trái?", None),
    ("Bạn có thuận tay trái.", None), ("Bạn không thuận tay trái hay tay phải?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta đã tay trái.", "Tôi đã tay phải.", "Bạn có phải tay trái không?", "Anh ấy có tay trái không?"
    ("He's left-handed.", "Anh ấy thuận tay trái."),
    ("I'm right-handed.", "Tôi thuận tay phải."),
    ("Are you left-handed?", "Bạn có thuận tay trái không?"),
    ("Is he left-handed?", "Anh ấy có thuận tay trái không?"),
    ("I am right handed.", "Tôi thuận tay phải."),
    # v8: "Mẹ tôi đang tay trái.", "Con trai tôi đã tay trái.", "Đứa con gái của bạn có tay trái không?", "Lan đã bị
    # bỏ qua." (was ignored), "Chúng tôi được tay phải.", "Anh ta không tay trái."
    ("My mother is left-handed.", "Mẹ tôi thuận tay trái."),
    ("My son is left-handed.", "Con trai tôi thuận tay trái."),
    ("Is your daughter left-handed?", "Con gái bạn có thuận tay trái không?"),
    ("Lan is left-handed.", "Lan thuận tay trái."),
    ("We are right-handed.", "Chúng tôi thuận tay phải."),
    ("He isn't left-handed.", "Anh ấy không thuận tay trái."),
    ("I'm not left-handed.", "Tôi không thuận tay trái."),
    # v8: "Anh ta là người tay trái.", "Cô ấy rất tham vọng." (ambitious)
    ("He is a left-hander.", "Anh ấy là người thuận tay trái."),
    ("Are you a left-hander?", "Bạn có phải là người thuận tay trái không?"),
    ("She's ambidextrous.", "Cô ấy thuận cả hai tay."),
    # v8: "Anh ấy có tay trái hay phải không?", "Bạn có phải hay tay trái không?"
    ("Is he left- or right-handed?", "Anh ấy thuận tay trái hay tay phải?"),
    ("Are you right- or left-handed?", "Bạn thuận tay phải hay tay trái?"),
    ("Are you left or right handed?", "Bạn thuận tay trái hay tay phải?"),
    ("Is she left-handed or right-handed?", "Cô ấy thuận tay trái hay tay phải?"),
    # v8: "Cả hai con tôi đều tay trái.", "Họ vừa tay trái." (just)
    ("Both my children are left-handed.", "Cả hai đứa con tôi đều thuận tay trái."),
    ("Both of my sons are right-handed.", "Cả hai đứa con trai tôi đều thuận tay phải."),
    ("My children are both left-handed.", "Cả hai đứa con tôi đều thuận tay trái."),
    ("They're both left-handed.", "Cả hai người họ đều thuận tay trái."),
    ("We're both right-handed.", "Cả hai chúng tôi đều thuận tay phải."),
    ("My parents are both left-handed.", "Bố mẹ tôi đều thuận tay trái."),
    ("Are your parents left-handed?", "Bố mẹ bạn có thuận tay trái không?"),
    # v8: "Cô ấy viết tay trái." (handwritten), "Anh ta có thể viết bằng cả hai tay." (right: kept as it)
    ("She writes with her left hand.", "Cô ấy viết bằng tay trái."),
    ("My father writes with his left hand.", "Bố tôi viết bằng tay trái."),
    ("We write with our left hands.", "Chúng tôi viết bằng tay trái."),
    ("She writes left-handed.", "Cô ấy viết bằng tay trái."),
    ("I don't write with my left hand.", "Tôi không viết bằng tay trái."),
    ("Does he write with his left hand?", "Anh ấy có viết bằng tay trái không?"),
    ("Which hand does she write with?", "Cô ấy viết bằng tay nào?"),
    ("He can write with both hands.", "Anh ấy có thể viết bằng cả hai tay."),
    ("Can you write with both hands?", "Bạn có thể viết bằng cả hai tay không?"),
    ("I can't write with my left hand.", "Tôi không thể viết bằng tay trái."),
    # not: "is" or the verb not agreeing with who, whose hand another's, "hands" of one, "both" of one, "a
    # left-hander" of many, my children without "both" (all or two?), the same side twice, "lefty", other topics
    ("He are left-handed.", None), ("I is right-handed.", None), ("My parents is left-handed.", None),
    ("She write with her left hand.", None), ("He writes with her left hand.", None),
    ("I write with your left hand.", None), ("I write with my left hands.", None),
    ("Does she writes with her left hand?", None), ("Do he write with his left hand?", None),
    ("He's both left-handed.", None), ("We're a left-hander.", None), ("My children are left-handed.", None),
    ("Are you left- or left-handed?", None), ("I'm a lefty.", None), ("Can you give me a hand?", None),
    ("I write with both hands.", None), ("He was left-handed.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
