"""How someone feels, with "thấy" or "cảm thấy" and a word for how, said or asked, both ways (mt/feel.py)."""
import pytest

from mt.feel import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I saw lonely.", "I saw boring.", "I saw hungry.", "My mother saw no health.", "I see better."
    ("Tôi thấy cô đơn.", "I feel lonely."),
    ("Tôi thấy chán.", "I feel bored."),
    ("Tôi thấy đói.", "I feel hungry."),
    ("Mẹ tôi thấy không khỏe.", "My mother doesn't feel well."),
    ("Tôi thấy khỏe hơn rồi.", "I feel better now."),
    ("Giờ tôi thấy khỏe hơn rồi.", "I feel better now."),
    ("Tôi thấy khỏe hơn nhiều rồi.", "I feel much better now."),
    # "rồi" after a feeling not lost ("I feel hungry."): now, as of better
    ("Tôi thấy đói rồi.", "I feel hungry now."),
    ("Tôi thấy mệt rồi.", "I feel tired now."),
    ("Tôi thấy chán rồi.", "I feel bored now."),
    # v8: "I see stress.", "I saw test anxiety.", "I saw a little dizzzy.", "I saw her alone.", "Lan saw lonely."
    ("Tôi thấy căng thẳng.", "I feel stressed."),
    ("Tôi thấy hồi hộp.", "I feel nervous."),
    ("Tôi thấy hơi chóng mặt.", "I feel a bit dizzy."),
    ("Bà tôi thấy cô đơn lắm.", "My grandmother feels really lonely."),
    ("Lan thấy cô đơn.", "Lan feels lonely."),
    ("Họ thấy chán.", "They feel bored."),
    ("Tôi cảm thấy rất mệt.", "I feel very tired."),
    ("Tôi cảm thấy trong người mệt mỏi.", "I feel tired."),
    # v8: "Are you tired?" (whose lost), "Do you see better?", "I don't see tired."
    ("Bạn có thấy mệt không?", "Do you feel tired?"),
    ("Mẹ bạn có thấy mệt không?", "Does your mother feel tired?"),
    ("Bạn có thấy khỏe hơn không?", "Do you feel better?"),
    ("Anh có thấy chóng mặt không?", "Do you feel dizzy?"),
    ("Bạn còn thấy mệt không?", "Do you still feel tired?"),
    ("Bạn thấy đỡ hơn chưa?", "Are you feeling better?"),
    ("Tôi không thấy mệt.", "I don't feel tired."),
    ("Tôi không thấy mệt lắm.", "I don't feel very tired."),
    ("Tôi không thấy đỡ hơn chút nào.", "I don't feel any better."),
    ("Tôi thấy không được khỏe lắm.", "I don't feel very well."),
    # v8: "Yesterday, I was tired.", "This rice I'm tired.", "Last night, I felt dizziness."
    ("Hôm qua tôi thấy mệt.", "I felt tired yesterday."),
    ("Hôm qua bạn có thấy mệt không?", "Did you feel tired yesterday?"),
    ("Tuần trước mẹ tôi thấy không khỏe.", "My mother didn't feel well last week."),
    ("Tối qua tôi thấy chóng mặt quá.", "I felt so dizzy last night."),
    ("Hôm nay tôi thấy mệt quá.", "I feel so tired today."),
    ("Dạo này tôi thấy mệt.", "I've been feeling tired lately."),
    ("Dạo này mẹ tôi không thấy khỏe.", "My mother hasn't been feeling well lately."),
    ("Tôi vẫn thấy mệt.", "I still feel tired."),
    ("Mẹ tôi đang thấy mệt.", "My mother is feeling tired."),
    ("Ngày mai tôi sẽ thấy khỏe hơn.", "I'll feel better tomorrow."),
    # v8: "How do you see?"
    ("Bạn thấy trong người thế nào?", "How are you feeling?"),
    ("Mẹ bạn thấy trong người sao rồi?", "How is your mother feeling now?"),
    # not: see or find ("Tôi thấy anh ấy.", "Tôi thấy nó hay."), "anh" said (the speaker or the listener?), "Bạn thấy
    # thế nào?" (or what do you think?), a day of no tense, a day ahead without "sẽ", a day after (than yesterday?),
    # how much that does not go with the word, "I" asked, asked without "không", cold (mt/temperatures.py's), sleepy
    # (mt/sleep.py's), nauseous (mt/travel_sickness.py's), "ốm" (ill, or thin?), "cũng"
    ("Tôi thấy đói nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi thấy anh ấy.", None), ("Tôi thấy nó hay.", None), ("Anh thấy mệt.", None), ("Bạn thấy thế nào?", None),
    ("Sáng nay tôi thấy mệt.", None), ("Ngày mai tôi thấy mệt.", None), ("Tôi thấy khỏe hơn hôm qua.", None),
    ("Tôi thấy rất khỏe hơn.", None), ("Tôi thấy mệt nhiều.", None), ("Tôi có thấy mệt không?", None),
    ("Bạn có thấy mệt.", None), ("Tôi thấy lạnh.", None), ("Tôi thấy buồn ngủ.", None), ("Tôi thấy buồn nôn.", None),
    ("Tôi thấy ốm.", None), ("Tôi cũng thấy mệt.", None), ("Tôi thấy buồn cười.", None),
    ("Tôi thấy đỡ hơn chút nào.", None), ("Hôm qua tôi đang thấy mệt.", None),
    # not: "rồi" where "now" would not say it (a day, still)
    ("Hôm qua tôi thấy mệt rồi.", None), ("Tôi vẫn thấy mệt rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cảm thấy khỏe hơn bây giờ." (the order), "Anh ấy không cảm thấy khỏe mạnh.", "Người ta cảm thấy buồn."
    ("I feel better now.", "Bây giờ tôi thấy khỏe hơn rồi."),
    ("I feel much better now.", "Bây giờ tôi thấy khỏe hơn nhiều rồi."),
    ("I feel better.", "Tôi thấy khỏe hơn rồi."),
    ("He doesn't feel well.", "Anh ấy thấy không khỏe."),
    ("He doesn't feel very well.", "Anh ấy thấy không khỏe lắm."),
    ("Lan feels sad.", "Lan thấy buồn."),
    ("I feel lonely.", "Tôi thấy cô đơn."),
    ("She feels tired.", "Cô ấy thấy mệt."),
    ("My mother feels tired.", "Mẹ tôi thấy mệt."),
    ("I feel a bit dizzy.", "Tôi thấy hơi chóng mặt."),
    ("I feel so tired.", "Tôi thấy mệt quá."),
    ("I feel very lonely.", "Tôi thấy rất cô đơn."),
    ("I still feel tired.", "Tôi vẫn thấy mệt."),
    ("I feel unwell.", "Tôi thấy không khỏe."),
    ("I feel worse.", "Tôi thấy tệ hơn."),
    ("I feel angry.", "Tôi thấy tức giận."),
    # v8: "Bé có cảm thấy cô đơn không?" (a baby), "Bạn có cảm giác khỏe hơn không?", "Chúng ta …" (the listener too)
    ("Does she feel lonely?", "Cô ấy có thấy cô đơn không?"),
    ("Does your mother feel tired?", "Mẹ bạn có thấy mệt không?"),
    ("Do you feel better?", "Bạn có thấy khỏe hơn không?"),
    ("Do you feel any better?", "Bạn có thấy khỏe hơn chút nào không?"),
    ("Do you still feel tired?", "Bạn còn thấy mệt không?"),
    ("Do you feel very tired?", "Bạn có thấy mệt lắm không?"),
    ("We feel tired.", "Chúng tôi thấy mệt."),
    ("I don't feel tired.", "Tôi không thấy mệt."),
    ("I don't feel any better.", "Tôi không thấy khỏe hơn chút nào."),
    # v8: "Tôi cảm thấy mệt hôm qua." (the day last), "Cha tôi cảm thấy ốm hôm qua."
    ("I felt tired yesterday.", "Hôm qua tôi thấy mệt."),
    ("Did she feel lonely yesterday?", "Hôm qua cô ấy có thấy cô đơn không?"),
    ("I didn't feel well last night.", "Tối qua tôi thấy không khỏe."),
    ("I feel really tired today.", "Hôm nay tôi thấy rất mệt."),
    ("I've been feeling tired lately.", "Dạo này tôi thấy mệt."),
    ("She's been feeling lonely recently.", "Dạo này cô ấy thấy cô đơn."),
    ("Have you been feeling tired lately?", "Dạo này bạn có thấy mệt không?"),
    ("My father hasn't been feeling well.", "Dạo này bố tôi thấy không khỏe."),
    ("She is feeling lonely.", "Cô ấy thấy cô đơn."),
    ("Is your mother feeling tired?", "Mẹ bạn có thấy mệt không?"),
    ("How are you feeling?", "Bạn thấy trong người thế nào?"),
    ("How is your mother feeling now?", "Mẹ bạn thấy trong người thế nào rồi?"),
    # not: a verb that does not agree ("She feel", "Does she feels", "She are", "She have", "How are your mother"),
    # "felt" without a day, the present with a day behind, a day of no tense, "sick" (ill or nauseous?), cold
    # (mt/temperatures.py's), "I'm feeling better." (the phrase list's), "feel like", "tired of", how much that does
    # not go with the word, "I" asked, "unwell" asked
    ("She feel tired.", None), ("My mother feel tired.", None), ("Does she feels tired?", None),
    ("She are feeling lonely.", None), ("She have been feeling lonely.", None), ("How are your mother feeling?", None),
    ("I felt tired.", None), ("I feel tired yesterday.", None), ("I feel tired this morning.", None),
    ("I feel sick.", None), ("I feel cold.", None), ("I'm feeling better.", None), ("I feel like a walk.", None),
    ("I feel tired of my job.", None), ("I feel very better.", None), ("I feel much tired.", None),
    ("I feel any better.", None), ("Do I feel tired?", None), ("Do you feel unwell?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi thấy cô đơn.", "en", "vi") is None
    assert translate("I feel lonely.", "vi", "en") is None
    assert translate("I feel lonely.", "en", "fr") is None
