"""Feeling cold or hot, how cold or warm it is in a room, cold hands and putting on a jumper, both ways
(mt/temperatures.py)."""
import pytest

from mt.temperatures import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm too cold.", "I saw cold.", "I'm glad.", "Do you have hot?", "Do you have enough warm?"
    ("Tôi lạnh quá.", "I'm so cold."),
    ("Tôi nóng quá.", "I'm so hot."),
    ("Tôi thấy lạnh.", "I feel cold."),
    ("Tôi thấy lạnh quá.", "I feel so cold."),
    ("Tôi hơi lạnh.", "I'm a bit cold."),
    ("Tôi rét quá.", "I'm so cold."),
    ("Tôi lạnh cóng.", "I'm freezing."),
    ("Tôi không thấy lạnh.", "I don't feel cold."),
    ("Tôi vẫn thấy lạnh.", "I still feel cold."),
    ("Chúng tôi lạnh quá.", "We're so cold."),
    ("Tôi đủ ấm rồi.", "I'm warm enough."),
    ("Bạn có lạnh không?", "Are you cold?"),
    ("Bạn có thấy lạnh không?", "Do you feel cold?"),
    ("Bạn có nóng không?", "Are you hot?"),
    ("Em có lạnh không?", "Are you cold?"),
    ("Bạn có đủ ấm không?", "Are you warm enough?"),
    ("Mẹ bạn có lạnh không?", "Is your mother cold?"),
    ("Mẹ tôi thấy lạnh.", "My mother feels cold."),
    ("Anh ấy thấy nóng.", "He feels hot."),
    # v8: "In the cold room.", "Let me get too hot.", "It is cold." (in here lost), "Is it cold?"
    ("Trong phòng nóng quá.", "It's so hot in the room."),
    ("Trong phòng lạnh quá.", "It's so cold in the room."),
    ("Trong này lạnh cóng.", "It's freezing in here."),
    ("Trong này bí quá.", "It's so stuffy in here."),
    ("Trong phòng tôi nóng quá.", "It's so hot in my room."),
    ("Trong phòng có lạnh không?", "Is it cold in the room?"),
    ("Trong này không lạnh.", "It's not cold in here."),
    ("Phòng tôi nóng quá.", "My room is so hot."),
    ("Phòng bạn có lạnh không?", "Is your room cold?"),
    ("Trong xe nóng quá.", "It's so hot in the car."),
    # v8: "My hand was too cold.", "My child is too cold." (the hands lost), "Are you cold?"
    ("Tay tôi lạnh quá.", "My hands are so cold."),
    ("Chân tôi lạnh cóng.", "My feet are freezing."),
    ("Tay con tôi lạnh quá.", "My child's hands are so cold."),
    ("Tay bạn có lạnh không?", "Are your hands cold?"),
    ("Tay mẹ tôi lạnh ngắt.", "My mother's hands are ice-cold."),
    ("Mũi tôi lạnh quá.", "My nose is so cold."),
    # v8: "The coat went on.", "She put it away.", "I'll wear more shirts."
    ("Mặc áo len vào đi.", "Put on a jumper."),
    ("Mặc thêm áo vào đi.", "Put on another layer."),
    ("Bạn mặc áo ấm vào đi.", "Put on some warm clothes."),
    ("Bạn nên mặc áo ấm vào.", "You should put on some warm clothes."),
    ("Tôi sẽ mặc áo khoác vào.", "I'll put on a coat."),
    # not: "cold" or "hot" said plainly of someone else (unfriendly, good-looking?), "anh" alone saying it (may be the
    # speaker), "bị lạnh" (a chill?), how much asked, "rồi" (now?), "có" not asked, the weather (mt/weather.py's),
    # "này" alone, a car (its engine?), put on said plainly (done, or a habit), a fever (mt/ailments.py's)
    ("Tôi rét quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Cô ấy lạnh quá.", None), ("Anh ấy có nóng không?", None), ("Anh lạnh quá.", None), ("Bạn lạnh quá.", None),
    ("Con tôi bị lạnh.", None), ("Bạn có lạnh lắm không?", None), ("Tôi lạnh rồi.", None), ("Tôi có lạnh.", None),
    ("Trời rét quá.", None), ("Ngoài trời lạnh quá.", None), ("Này lạnh quá.", None), ("Xe tôi nóng quá.", None),
    ("Tôi mặc áo len vào.", None), ("Con tôi bị sốt.", None), ("Hôm qua tôi lạnh quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang tự dozing.", "Bạn có cảm lạnh không?" (have a cold), "Bạn có nóng đủ không?"
    ("I'm cold.", "Tôi thấy lạnh."),
    ("I'm so cold.", "Tôi lạnh quá."),
    ("I'm freezing.", "Tôi lạnh cóng."),
    ("I'm hot.", "Tôi thấy nóng."),
    ("I'm a bit cold.", "Tôi hơi lạnh."),
    ("I'm not cold.", "Tôi không thấy lạnh."),
    ("I'm warm enough.", "Tôi đủ ấm rồi."),
    ("We're freezing.", "Chúng tôi lạnh cóng."),
    ("Are you cold?", "Bạn có lạnh không?"),
    ("Are you hot?", "Bạn có nóng không?"),
    ("Are you warm enough?", "Bạn có đủ ấm không?"),
    ("Is your mother cold?", "Mẹ bạn có lạnh không?"),
    ("She feels cold.", "Cô ấy thấy lạnh."),
    ("Does she feel cold?", "Cô ấy có thấy lạnh không?"),
    ("I don't feel cold.", "Tôi không thấy lạnh."),
    # v8: "Trời rét ở đây." (the sky), "Nó nóng ở đây.", "Cái đó lạnh ở đây?", "Căn phòng đang được tự do."
    ("It's freezing in here.", "Trong này lạnh cóng."),
    ("It's hot in here.", "Trong này nóng."),
    ("It's so hot in here.", "Trong này nóng quá."),
    ("It's a bit stuffy in here.", "Trong này hơi ngột ngạt."),
    ("Is it cold in here?", "Trong này có lạnh không?"),
    ("Is it hot in the room?", "Trong phòng có nóng không?"),
    ("It's cold in my room.", "Trong phòng tôi lạnh."),
    ("The room is freezing.", "Căn phòng lạnh cóng."),
    ("My room is so hot.", "Phòng tôi nóng quá."),
    ("Is this room cold?", "Phòng này có lạnh không?"),
    # v8: "Tay tôi đang tự do.", "Đôi bàn chân của tôi đang được tự dozing.", "Tay bạn cảm thấy lạnh."
    ("My hands are freezing.", "Tay tôi lạnh cóng."),
    ("My feet are freezing.", "Chân tôi lạnh cóng."),
    ("Your hands are so cold.", "Tay bạn lạnh quá."),
    ("Are your hands cold?", "Tay bạn có lạnh không?"),
    ("My son's hands are cold.", "Tay con trai tôi lạnh."),
    # v8: "Đặt vào một người nhảy." (one who jumps), "Đặt mồ hôi vào." (sweat), "Tôi sẽ để một người nhảy."
    ("Put on a jumper.", "Mặc áo len vào đi."),
    ("Put a sweater on.", "Mặc áo len vào đi."),
    ("Put your coat on.", "Mặc áo khoác vào đi."),
    ("Please put on something warm.", "Mặc áo ấm vào đi."),
    ("Put on another layer.", "Mặc thêm áo vào đi."),
    ("You should put on a jumper.", "Bạn nên mặc áo len vào."),
    ("I'll put my coat on.", "Tôi sẽ mặc áo khoác vào."),
    # not: "cold" or "hot" said plainly of someone else (unfriendly, good-looking?), the verb not agreeing with who,
    # how much asked, the weather or a thing ("It's cold.", mt/weather_said.py's), a car (its engine?), whose not
    # one's own, "a cold" (mt/ailments.py's)
    ("She's cold.", None), ("He's hot.", None), ("Is he hot?", None), ("My mother is cold.", None),
    ("I is cold.", None), ("She feel cold.", None), ("Do she feel cold?", None), ("My hands is cold.", None),
    ("Are you so cold?", None), ("It's cold.", None), ("The soup is hot.", None), ("The car is hot.", None),
    ("I'll put your coat on.", None), ("Put on my coat.", None), ("I have a cold.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
