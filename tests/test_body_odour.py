"""Body odour and sweating: bad breath, body odour, smelly feet, sweaty hands and feet, and sweating a lot, both ways
(mt/body_odour.py)."""
import pytest

from mt.body_odour import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He has a bad breath.", "Lan has bad oral smell.", "His mouth was bad.", "Do you get bad mouth?", "My
    # husband is often sweated.", "My younger brother doesn't get bad mouth."
    ("Anh ấy bị hôi miệng.", "He has bad breath."),
    ("Lan bị hôi miệng.", "Lan has bad breath."),
    ("Miệng anh ấy bị hôi.", "He has bad breath."),
    ("Bạn có bị hôi miệng không?", "Do you have bad breath?"),
    ("Chồng tôi hay bị hôi miệng.", "My husband often has bad breath."),
    ("Em trai tôi không bị hôi miệng.", "My younger brother doesn't have bad breath."),
    ("Tôi có bị hôi miệng không?", "Do I have bad breath?"),
    ("Anh có bị hôi miệng không ạ?", "Do you have bad breath?"),
    # v8: "I get a bad smell.", "My mother wasn't sweated.", "I had a bad smell.", "Is she a bad smell?", "I'm bad."
    ("Tôi bị hôi nách.", "I have body odour."),
    ("Mẹ tôi không bị hôi nách.", "My mother doesn't have body odour."),
    ("Tôi từng bị hôi nách.", "I used to have body odour."),
    ("Cô ấy có bị hôi nách không?", "Does she have body odour?"),
    ("Nách tôi bị hôi.", "My armpits smell."),
    # v8: "He was bad.", "His foot was bad.", "My son badly.", "Do you get bad?", "My younger brother is usually bad."
    ("Anh ấy bị hôi chân.", "He has smelly feet."),
    ("Chân anh ấy bị hôi.", "His feet smell."),
    ("Chân con trai tôi hôi.", "My son's feet smell."),
    ("Chân bạn có bị hôi không?", "Do your feet smell?"),
    ("Chân tôi không bị hôi.", "My feet don't smell."),
    ("Em trai tôi hay bị hôi chân.", "My younger brother often has smelly feet."),
    # v8: "I was sweated out my hands.", "My son was sweated.", "My hand was sweated.", "Do you get sweated?"
    ("Tôi bị ra mồ hôi tay.", "I have sweaty hands."),
    ("Tôi bị mồ hôi tay.", "I have sweaty hands."),
    ("Con trai tôi bị ra mồ hôi chân.", "My son has sweaty feet."),
    ("Tôi bị ra mồ hôi tay chân.", "I have sweaty hands and feet."),
    ("Tay tôi bị ra mồ hôi.", "I have sweaty hands."),
    ("Bạn có bị ra mồ hôi tay không?", "Do you have sweaty hands?"),
    ("Tôi từng bị ra mồ hôi tay.", "I used to have sweaty hands."),
    # v8: "My hand or sweat.", "My hands or sweat sweat.", "I usually sweat my hands.", "I sweat out my sweat in the
    # box.", "My mother's hands or sweat when they're worried.", "His foot was easy to sweat."
    ("Tay tôi hay đổ mồ hôi.", "My hands sweat a lot."),
    ("Lòng bàn tay tôi hay đổ mồ hôi.", "My palms sweat a lot."),
    ("Tôi hay ra mồ hôi tay.", "My hands sweat a lot."),
    ("Tôi ra mồ hôi tay khi hồi hộp.", "My hands sweat when I'm nervous."),
    ("Tay mẹ tôi hay đổ mồ hôi khi lo lắng.", "My mother's hands sweat a lot when she's worried."),
    ("Chân anh ấy dễ đổ mồ hôi.", "His feet sweat easily."),
    ("Tay bạn có hay đổ mồ hôi không?", "Do your hands sweat a lot?"),
    ("Chân tôi hay đổ mồ hôi ạ.", "My feet sweat a lot."),
    # v8: "He sweats much.", "I sweat out many sweats.", "I'm easy to sweat.", "Do you have or sweating?", "He
    # doesn't sweat or sweat it.", "She isn't easy to sweat.", "Aunt Lan sweats when tensions."
    ("Anh ấy ra mồ hôi nhiều lắm.", "He sweats a lot."),
    ("Tôi ra nhiều mồ hôi.", "I sweat a lot."),
    ("Tôi dễ đổ mồ hôi.", "I sweat easily."),
    ("Anh ấy đổ mồ hôi nhiều khi trời nóng.", "He sweats a lot when it's hot."),
    ("Chồng tôi ra mồ hôi rất nhiều.", "My husband sweats a lot."),
    ("Bạn có hay đổ mồ hôi không?", "Do you sweat a lot?"),
    ("Anh ấy không hay đổ mồ hôi.", "He doesn't sweat much."),
    ("Cô ấy không dễ đổ mồ hôi.", "She doesn't sweat easily."),
    ("Bác Lan đổ mồ hôi khi căng thẳng.", "Aunt Lan sweats when she's stressed."),
    ("Chúng tôi ra mồ hôi nhiều khi trời nóng.", "We sweat a lot when it's hot."),
    # v8: "I'm sweating.", "My mother was sweating.", "Are you sweating?"
    ("Tôi đang toát mồ hôi.", "I'm sweating."),
    ("Mẹ tôi đang đổ mồ hôi.", "My mother is sweating."),
    ("Bạn có đang đổ mồ hôi không?", "Are you sweating?"),
    # (hands, feet, palms are many: "are", not "His hands is sweating.")
    ("Tay anh ấy đang đổ mồ hôi.", "His hands are sweating."),
    ("Tay anh ấy có đang đổ mồ hôi không?", "Are his hands sweating?"),
    ("Tôi đang ra mồ hôi tay.", "My hands are sweating."),
    ("Lòng bàn tay tôi đang đổ mồ hôi.", "My palms are sweating."),
    ("Tay tôi đang toát mồ hôi.", "My hands are sweating."),
    # ("nhỉ" softening a question, not asking agreement)
    ("Bạn có bị hôi miệng không nhỉ?", "Do you have bad breath?"),
    # not: "anh" saying it (the speaker?), a "?" on a statement, "có" without "không", a pet, sweating now or a habit
    # ("Tôi ra mồ hôi.", "Tay tôi đổ mồ hôi.", "nhiều quá"), "toát" but now (a fright?), night sweats, sweat on
    # clothes (mt/clothes_care.py), walls sweating (mt/damp.py), a room that smells (mt/smells.py), hands smelling,
    # "mùi cơ thể", nervous with a name alone (he or she?), habits denied or said of smells, other meanings of the key
    # words, the other language
    ("Anh bị hôi miệng.", None), ("Tôi bị hôi miệng?", None), ("Tôi có bị hôi miệng.", None),
    ("Tôi bị hôi miệng không?", None), ("Con chó của tôi bị hôi miệng.", None),
    ("Con mèo của tôi hay đổ mồ hôi.", None),
    ("Tay tôi đổ mồ hôi.", None), ("Tôi ra mồ hôi.", None), ("Tôi đổ mồ hôi nhiều quá.", None),
    ("Tôi toát mồ hôi.", None), ("Tôi hay toát mồ hôi.", None), ("Tôi hay đổ mồ hôi trộm.", None),
    ("Áo tôi dính mồ hôi.", None), ("Tường nhà đổ mồ hôi.", None), ("Phòng này hôi quá.", None),
    ("Tay tôi bị hôi.", None), ("Anh ấy có mùi cơ thể.", None), ("Tay Lan hay đổ mồ hôi khi lo lắng.", None),
    ("Tôi không hay bị hôi chân.", None), ("Tôi dễ bị hôi chân.", None), ("Tôi đang bị hôi miệng.", None),
    ("Bạn có từng bị hôi miệng không?", None), ("Tôi bị hôi miệng khi trời nóng.", None),
    ("Chân tôi bị đau.", None), ("Tôi hỏi chân anh ấy.", None), ("Anh ấy không đổ mồ hôi.", None),
    ("Tôi bị toát mồ hôi tay.", None), ("He has bad breath.", None), ("Mồ hôi mồ hôi hôi miệng.", None),
    # "nhỉ", "thế", "vậy" ending a statement: isn't he?, so (bad)!
    ("Anh ấy bị hôi miệng nhỉ.", None), ("Tôi bị hôi miệng thế.", None), ("Tôi bị hôi miệng vậy.", None),
    ("Tôi hay đổ mồ hôi nhỉ.", None), ("Chân anh ấy hôi thế.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy hơi thở xấu.", "Bạn có hơi thở xấu không?", "Món thở của cô ấy.", "Món thở của bạn có mùi hôi
    # không?", "Mùi thở của tôi.", "Bé có thường thở xấu không?"
    ("He has bad breath.", "Anh ấy bị hôi miệng."),
    ("Do you have bad breath?", "Bạn có bị hôi miệng không?"),
    ("My younger brother has bad breath.", "Em trai tôi bị hôi miệng."),
    ("Her breath smells.", "Cô ấy bị hôi miệng."),
    ("Does your breath smell?", "Bạn có bị hôi miệng không?"),
    ("My breath stinks.", "Tôi bị hôi miệng."),
    ("Does she often have bad breath?", "Cô ấy có hay bị hôi miệng không?"),
    # v8: "Tôi bị béo phì cơ thể." (obese), "Mẹ tôi không có đủ can đảm.", "Món móng tay của tôi." (nails)
    ("I have body odour.", "Tôi bị hôi nách."),
    ("Lan has body odor.", "Lan bị hôi nách."),
    ("My mother doesn't have body odour.", "Mẹ tôi không bị hôi nách."),
    ("I used to have body odour.", "Tôi từng bị hôi nách."),
    ("My armpits smell.", "Nách tôi bị hôi."),
    # v8: "Anh ấy có bàn chân mùi.", "Món chân của anh ấy.", "Món chân của tôi xấu.", "Đôi bàn chân của tôi không
    # mùi."
    ("He has smelly feet.", "Anh ấy bị hôi chân."),
    ("My husband has smelly feet.", "Chồng tôi bị hôi chân."),
    ("He's got smelly feet.", "Anh ấy bị hôi chân."),
    ("His feet smell.", "Chân anh ấy bị hôi."),
    ("My feet smell bad.", "Chân tôi bị hôi."),
    ("Her feet often smell.", "Chân cô ấy hay bị hôi."),
    ("My feet don't smell.", "Chân tôi không bị hôi."),
    # v8: "Tôi có tay mồ hôi.", "Con trai tôi bị mồ hôi.", "Anh có tay mồ hôi không?", "Bạn có đổ mồ hôi nhiều
    # không?" (whose hands lost), "Tay mẹ tôi đổ mồ hôi khi cô bé lo lắng." (a little girl)
    ("I have sweaty hands.", "Tôi bị ra mồ hôi tay."),
    ("I have sweaty palms.", "Tôi bị ra mồ hôi tay."),
    ("My son has sweaty feet.", "Con trai tôi bị ra mồ hôi chân."),
    ("Does he have sweaty hands?", "Anh ấy có bị ra mồ hôi tay không?"),
    ("My hands sweat a lot.", "Tay tôi đổ mồ hôi nhiều."),
    ("Do your hands sweat a lot?", "Tay bạn có đổ mồ hôi nhiều không?"),
    ("My hands sweat when I'm nervous.", "Tay tôi đổ mồ hôi khi hồi hộp."),
    ("My mother's hands sweat when she's nervous.", "Tay mẹ tôi đổ mồ hôi khi hồi hộp."),
    ("My palms are sweating.", "Lòng bàn tay tôi đang đổ mồ hôi."),
    # v8: "Bé có đổ mồ hôi nhiều không?" (a baby), "Anh ấy đổ mồ hôi nhiều khi nóng.", "Mồ hôi khi cô sợ hãi."
    ("He sweats a lot.", "Anh ấy đổ mồ hôi nhiều."),
    ("Does she sweat a lot?", "Cô ấy có đổ mồ hôi nhiều không?"),
    ("I sweat easily.", "Tôi dễ đổ mồ hôi."),
    ("I don't sweat much.", "Tôi không đổ mồ hôi nhiều."),
    ("He sweats a lot when it's hot.", "Anh ấy đổ mồ hôi nhiều khi trời nóng."),
    ("We sweat a lot when it's hot.", "Chúng tôi đổ mồ hôi nhiều khi trời nóng."),
    ("Lan sweats when she's scared.", "Lan đổ mồ hôi khi sợ."),
    ("I sweat a lot when I am worried.", "Tôi đổ mồ hôi nhiều khi lo lắng."),
    ("My husband often sweats.", "Chồng tôi hay đổ mồ hôi."),
    # v8: "Tôi đang đổ mồ hôi.", "Bạn đang đổ mồ hôi không?"
    ("I'm sweating.", "Tôi đang đổ mồ hôi."),
    ("My mother is sweating.", "Mẹ tôi đang đổ mồ hôi."),
    ("Are you sweating?", "Bạn có đang đổ mồ hôi không?"),
    # not: the verb not agreeing ("She have", "He sweat", "Do your breath"), sweating now or a habit ("My hands
    # sweat."), a pet, things and people that smell (mt/smells.py), sweat on clothes, hands smelling, a "?" on a
    # statement, the one nervous not who, bad breath when nervous, "a lot" now, the past, night sweats, walls
    # sweating (mt/damp.py), the other language
    ("She have bad breath.", None), ("Does he has bad breath?", None), ("He sweat a lot.", None),
    ("Do your breath smell?", None), ("He sweats.", None), ("My hands sweat.", None), ("I don't sweat.", None),
    ("He sweats much.", None), ("My dog has bad breath.", None), ("My dog's breath smells.", None),
    ("The room smells.", None), ("He smells bad.", None), ("My shirt smells of sweat.", None),
    ("My hands smell.", None), ("My breath sweats.", None), ("My feet smell bad?", None),
    ("My hands sweat when she's nervous.", None), ("My mother's hands sweat when he's nervous.", None),
    ("I have bad breath when I'm nervous.", None), ("He's sweating a lot.", None), ("I was sweating.", None),
    ("He has really bad breath.", None), ("I have night sweats.", None), ("The walls are sweating.", None),
    ("My friend sweats when she's nervous.", None), ("Anh ấy bị hôi miệng.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
