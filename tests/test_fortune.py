"""Fortune tellers, believing in fortune telling and feng shui, superstition, the Chinese zodiac, star signs and
omens, both ways (mt/fortune.py)."""
import pytest

from mt.fortune import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I went to watch me.", "My mother usually travels to a massage.", "You've never gone to see a massage?"
    ("Tôi đi xem bói.", "I went to a fortune teller."),
    ("Chúng tôi đã đi xem bói.", "We went to a fortune teller."),
    ("Tôi đã đi xem bói rồi.", "I've already been to a fortune teller."),
    ("Mẹ tôi hay đi xem bói.", "My mother often goes to a fortune teller."),
    ("Bà tôi thỉnh thoảng đi xem bói.", "My grandmother sometimes goes to a fortune teller."),
    ("Bạn đã bao giờ đi xem bói chưa?", "Have you ever been to a fortune teller?"),
    ("Cô ấy đã từng đi xem bói chưa?", "Has she ever been to a fortune teller?"),
    ("Bạn có hay đi xem bói không?", "Do you often go to a fortune teller?"),
    ("Bạn có bao giờ đi xem bói không?", "Do you ever go to a fortune teller?"),
    ("Anh ấy chưa bao giờ đi xem bói.", "He's never been to a fortune teller."),
    ("Tôi vừa đi xem bói.", "I've just been to a fortune teller."),
    ("Tôi muốn đi xem bói.", "I want to go to a fortune teller."),
    ("Chị có muốn đi xem bói không?", "Do you want to go to a fortune teller?"),
    # v8: "The massage told me I'll get my husband late.", "The bureau told me I'm going to be rich."
    ("Thầy bói bảo tôi sẽ lấy chồng muộn.", "The fortune teller said I'd marry late."),
    ("Thầy bói nói anh ấy sẽ lấy vợ sớm.", "The fortune teller said he'd marry young."),
    ("Thầy bói bảo mẹ tôi sẽ sống lâu.", "The fortune teller said my mother would live a long life."),
    ("Bà thầy bói nói rằng tôi sẽ giàu.", "The fortune teller said I'd be rich."),
    ("Thầy bói nói gì?", "What did the fortune teller say?"),
    ("Thầy bói nói gì với bạn?", "What did the fortune teller tell you?"),
    # v8: "Do you believe in the bundle of accounting?", "I believe in the glasses.", "My mother was very believed."
    ("Bạn có tin vào bói toán không?", "Do you believe in fortune telling?"),
    ("Tôi không tin vào bói toán.", "I don't believe in fortune telling."),
    ("Tôi tin vào phong thủy.", "I believe in feng shui."),
    ("Mẹ tôi rất tin phong thủy.", "My mother really believes in feng shui."),
    ("Bạn có tin vào tử vi không?", "Do you believe in horoscopes?"),
    # v8: "I'm very passing.", "He is very passive.", "Do you have a passion?", "I don't pass it."
    ("Tôi mê tín lắm.", "I'm very superstitious."),
    ("Anh ấy rất mê tín.", "He's very superstitious."),
    ("Bà tôi hơi mê tín.", "My grandmother is a bit superstitious."),
    ("Bạn có mê tín không?", "Are you superstitious?"),
    ("Tôi không mê tín.", "I'm not superstitious."),
    ("Họ không mê tín lắm.", "They're not very superstitious."),
    # v8: "What's your age?", "I'm old.", "I took my puppy.", "My mother was tiger.", "He is five years old."
    ("Bạn tuổi con gì?", "What's your Chinese zodiac animal?"),
    ("Mẹ bạn tuổi gì?", "What's your mother's Chinese zodiac animal?"),
    ("Anh tuổi con gì?", "What's your Chinese zodiac animal?"),
    ("Tôi tuổi Tuất.", "I was born in the year of the dog."),
    ("Tôi cầm tinh con chó.", "I was born in the year of the dog."),
    ("Mẹ tôi tuổi Dần.", "My mother was born in the year of the tiger."),
    ("Anh ấy tuổi con rồng.", "He was born in the year of the dragon."),
    ("Chúng tôi sinh năm Mão.", "We were born in the year of the cat."),
    # v8: "What do you provide?", "What is your horror?", "I am in the lab."
    ("Bạn cung gì?", "What's your star sign?"),
    ("Cung hoàng đạo của bạn là gì?", "What's your star sign?"),
    ("Tôi thuộc cung Sư Tử.", "I'm a Leo."),
    ("Cô ấy cung Bạch Dương.", "She's an Aries."),
    # v8: "Scan the house in the blind Tet is trendy.", "The stagnosis of the house in the blind Tet.", "Don't plug
    # chopsticks straight up into a bowl of rice."
    ("Quét nhà vào mùng một Tết là xui.", "It's bad luck to sweep the house on the first day of Tet."),
    ("Kiêng quét nhà vào mùng một Tết.", "People avoid sweeping the house on the first day of Tet."),
    ("Đừng cắm đũa thẳng đứng vào bát cơm.", "Don't stick your chopsticks upright in your rice."),
    ("Cắm đũa vào bát cơm là xui lắm.", "It's very bad luck to stick your chopsticks upright in your rice."),
    ("Người ta kiêng cắt móng tay vào ban đêm.", "People avoid cutting their nails at night."),
    ("Làm vỡ gương sẽ gặp xui.", "It's bad luck to break a mirror."),
    ("Quét nhà vào mùng một Tết là xui lắm.", "It's very bad luck to sweep the house on the first day of Tet."),
    # not: did, or do?; "anh" saying it (the speaker?); said without "không" asking; ghosts and astrology
    # (mt/lies.py's); luck (mt/luck.py's); an age; a year by number; an omen not listed; asked omens
    ("Tôi tuổi Tuất nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn có đi xem bói không?", None), ("Anh đi xem bói.", None), ("Anh rất mê tín.", None),
    ("Bạn có mê tín?", None), ("Bạn tin vào bói toán không.", None), ("Tôi rất mê tín lắm.", None),
    ("Bạn có tin vào ma không?", None), ("Tôi xui quá.", None), ("Tôi ba mươi tuổi.", None),
    ("Tôi sinh năm 1994.", None), ("Thầy bói bảo tôi.", None), ("Thầy bói bảo anh sẽ giàu.", None),
    ("Quét nhà là xui.", None),
    ("Quét nhà vào mùng một Tết có xui không?", None), ("Tôi cung cấp gì?", None),
    # (review) not: a star sign of "we" or "they" ("They're a Gemini."); "chúng ta" with a bare verb (let's go); a
    # mirror without an omen word (an ordinary warning); a man taking a husband, a woman a wife; not Vietnamese
    ("Họ cung Song Tử.", None), ("Chúng tôi cung Song Ngư.", None), ("Chúng ta đi xem bói.", None),
    ("Đừng làm vỡ gương.", None), ("Thầy bói bảo anh ấy sẽ lấy chồng muộn.", None),
    ("Thầy bói bảo cô ấy sẽ lấy vợ sớm.", None), ("Bạn có không bao giờ đi xem bói không?", None),
    ("Cung hoàng đạo của bạn là nào?", None), ("Tôi tin xem bói.", None), ("Tôi rất tin vào phong thủy lắm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy đến một người bảo tài sản.", "Mẹ tôi thường đi đến một người bảo tài sản."
    ("I went to a fortune teller.", "Tôi đã đi xem bói."),
    ("She went to see a fortune teller.", "Cô ấy đã đi xem bói."),
    ("My mother often goes to a fortune teller.", "Mẹ tôi thường đi xem bói."),
    ("Do you ever go to fortune tellers?", "Bạn có bao giờ đi xem bói không?"),
    ("Have you ever been to a fortune teller?", "Bạn đã bao giờ đi xem bói chưa?"),
    ("I've been to a fortune teller.", "Tôi đã từng đi xem bói."),
    ("I've just been to a fortune teller.", "Tôi vừa đi xem bói về."),
    ("He's never been to a fortune teller.", "Anh ấy chưa bao giờ đi xem bói."),
    ("Would you like to go to a fortune teller?", "Bạn có muốn đi xem bói không?"),
    ("I'd like to go to a fortune teller.", "Tôi muốn đi xem bói."),
    # v8: "Người bảo vận may nói tôi muộn.", "… tôi sẽ kết hôn vào cuối."
    ("The fortune teller said I'd marry late.", "Thầy bói bảo tôi sẽ kết hôn muộn."),
    ("The fortune teller told me I would get married late.", "Thầy bói bảo tôi sẽ kết hôn muộn."),
    ("The fortune teller said my mother would live a long life.", "Thầy bói bảo mẹ tôi sẽ sống lâu."),
    ("What did the fortune teller say?", "Thầy bói nói gì?"),
    # v8: "Bạn có tin vào vận may nói không?", "Cô ấy tin vào tôm của bào thai.", "… tin vào tiếng ho không?"
    ("Do you believe in fortune telling?", "Bạn có tin vào bói toán không?"),
    ("I don't believe in fortune telling.", "Tôi không tin vào bói toán."),
    ("She believes in feng shui.", "Cô ấy tin vào phong thủy."),
    ("My father really believes in feng shui.", "Bố tôi rất tin vào phong thủy."),
    ("Does he believe in horoscopes?", "Anh ấy có tin vào tử vi không?"),
    # v8: "Anh ấy rất tuyệt vọng." (desperate), "Tôi không phải là người giám sát.", "Bạn có phải giám sát không?"
    ("He's very superstitious.", "Anh ấy rất mê tín."),
    ("I'm not superstitious.", "Tôi không mê tín."),
    ("Are you superstitious?", "Bạn có mê tín không?"),
    ("My grandmother is so superstitious.", "Bà tôi mê tín quá."),
    ("She's a bit superstitious.", "Cô ấy hơi mê tín."),
    # v8: "Ngôi sao của bạn là gì?", "Động vật tâm lý Trung Quốc của bạn là gì?", "Tôi là một Leo."
    ("What's your star sign?", "Bạn thuộc cung hoàng đạo nào?"),
    ("What is her zodiac sign?", "Cô ấy thuộc cung hoàng đạo nào?"),
    ("What's your Chinese zodiac animal?", "Bạn tuổi con gì?"),
    ("I'm a Leo.", "Tôi thuộc cung Sư Tử."),
    ("My father is an Aquarius.", "Bố tôi thuộc cung Bảo Bình."),
    # v8: "Tôi được sinh ra trong năm của chó."
    ("I was born in the year of the dog.", "Tôi tuổi Tuất."),
    ("She was born in the year of the rabbit.", "Cô ấy tuổi Mão."),
    ("We were born in the year of the dragon.", "Chúng tôi tuổi Thìn."),
    # v8: "Thật may mắn khi quét vào ngày đầu Tết." (the opposite), "Đừng để đũa gạo lênright."
    ("It's bad luck to sweep on the first day of Tết.", "Quét nhà vào mùng một Tết là xui."),
    ("It's bad luck to sweep the floor on the first day of Tet.", "Quét nhà vào mùng một Tết là xui."),
    ("Don't put chopsticks upright in rice.", "Đừng cắm đũa thẳng đứng vào bát cơm."),
    ("Don't stick your chopsticks upright in your rice.", "Đừng cắm đũa thẳng đứng vào bát cơm."),
    ("It's unlucky to cut your nails at night.", "Cắt móng tay vào ban đêm là xui."),
    # not: a verb or "is", "has", "was" that does not agree; "a" before a vowel; a habit with no how often; "I'm a
    # dog." (oneself?); astrology and ghosts (mt/lies.py's); the star sign asked of "Chinese"; told someone else
    ("She go to a fortune teller.", None), ("He have never been to a fortune teller.", None),
    ("She believe in feng shui.", None), ("Does she believes in feng shui?", None), ("He are superstitious.", None),
    ("Is you superstitious?", None), ("She were born in the year of the dog.", None), ("I'm a Aries.", None),
    ("I go to a fortune teller.", None), ("I'm a dog.", None), ("Do you believe in astrology?", None),
    ("Do you believe in ghosts?", None), ("The fortune teller told my mother I'd be rich.", None),
    ("Do you like to go to a fortune teller?", None), ("It's bad luck to sweep.", None),
    # (review) not: a star sign of "we" or "they" (not English); a bare "like to go" (liking, not wanting); "Does …
    # wants"
    ("They're a Gemini.", None), ("We're a Leo.", None), ("I like to go to a fortune teller.", None),
    ("They like to go to a fortune teller.", None), ("Does he wants to go to a fortune teller?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi đi xem bói.", "en", "vi") is None
    assert translate("I went to a fortune teller.", "vi", "en") is None
    assert translate("I went to a fortune teller.", "en", "fr") is None
