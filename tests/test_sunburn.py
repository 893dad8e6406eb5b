"""Sun on the skin: a tan, sunburn on a day or at the beach, burning easily, a sunburn that hurts, a hat or sunscreen
in the sun as a habit, both ways (mt/sunburn.py)."""
import pytest

from mt.sunburn import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My skin was sunshine.", "I was sunshine.", "Do you get sunshine?", "I'm not sunshine."
    ("Da tôi bị rám nắng.", "My skin is tanned."),
    ("Tôi bị rám nắng.", "I got a tan."),
    ("Mẹ tôi bị rám nắng.", "My mother got a tan."),
    ("Bạn có bị rám nắng không?", "Did you get a tan?"),
    ("Anh có bị rám nắng không?", "Did you get a tan?"),
    ("Tôi không bị rám nắng.", "I didn't get a tan."),
    ("Da bạn có bị rám nắng không?", "Is your skin tanned?"),
    ("Da tôi không bị rám nắng.", "My skin isn't tanned."),
    ("Vai tôi bị rám nắng.", "My shoulders are tanned."),
    # v8: "Yesterday, I was sunlight.", "I was sunlighted in the sea.", "Do you get sunlight yesterday?"
    ("Hôm qua tôi bị cháy nắng.", "I got sunburnt yesterday."),
    ("Tôi bị cháy nắng hôm qua.", "I got sunburnt yesterday."),
    ("Tôi bị cháy nắng ở biển.", "I got sunburnt at the beach."),
    ("Bạn có bị cháy nắng hôm qua không?", "Did you get sunburnt yesterday?"),
    ("Cuối tuần trước chúng tôi bị rám nắng ở biển.", "We got a tan at the beach last weekend."),
    # v8: "You're too sunshine.", "Her sunshine.", "You're blacking too much.", "She was black."
    ("Bạn rám nắng quá.", "You're so tanned."),
    ("Bạn rám nắng quá!", "You're so tanned!"),
    ("Cô ấy rám nắng.", "She's tanned."),
    ("Cô ấy rất rám nắng.", "She's very tanned."),
    ("Trông bạn rám nắng quá.", "You look so tanned."),
    ("Trông cô ấy rám nắng.", "She looks tanned."),
    ("Da bạn rám nắng quá.", "Your skin is so tanned."),
    ("Tay tôi rám nắng quá!", "My arms are so tanned!"),
    ("Bạn đen đi nhiều quá.", "You got so tanned."),
    ("Bạn đen đi nhiều.", "You got really tanned."),
    ("Cô ấy đen đi.", "She got a tan."),
    # v8: "She has sunshine.", "She has a beautiful sunshine."
    ("Cô ấy có làn da rám nắng.", "She has tanned skin."),
    ("Cô ấy có làn da rám nắng rất đẹp.", "She has a really nice tan."),
    # v8: "I'm easy to get sunlight.", "My skin is easy to get sunlight.", "Do you get sunlight?"
    ("Tôi dễ bị cháy nắng.", "I get sunburnt easily."),
    ("Da tôi dễ bị cháy nắng.", "My skin burns easily."),
    ("Bạn có dễ bị cháy nắng không?", "Do you get sunburnt easily?"),
    ("Cô ấy rất dễ bị rám nắng.", "She tans very easily."),
    ("Tôi không dễ bị cháy nắng.", "I don't get sunburnt easily."),
    # v8: "I don't want to get sunlight.", "I don't want to be black.", "She wants to have sunshine.", "You'll get
    # sunlight."
    ("Tôi không muốn bị cháy nắng.", "I don't want to get sunburnt."),
    ("Tôi không muốn bị đen.", "I don't want to get a tan."),
    ("Cô ấy muốn có làn da rám nắng.", "She wants a tan."),
    ("Bạn sẽ bị cháy nắng đấy.", "You'll get sunburnt."),
    # v8: "My sunlight is too painful.", "My mother's sunlight is very painful."
    ("Vết cháy nắng của tôi đau rát quá.", "My sunburn really hurts."),
    ("Chỗ cháy nắng của mẹ tôi rất đau.", "My mother's sunburn really hurts."),
    ("Vết cháy nắng của tôi đau.", "My sunburn hurts."),
    # v8: "I always took my hat on sun.", "She never had a sunscreen ice cream.", "I usually wore my glasses when I
    # came out the sun."
    ("Tôi luôn đội mũ khi ra nắng.", "I always wear a hat in the sun."),
    ("Mẹ tôi lúc nào cũng bôi kem chống nắng.", "My mother always puts on sunscreen."),
    ("Cô ấy không bao giờ bôi kem chống nắng.", "She never puts on sunscreen."),
    ("Tôi thường đeo kính râm khi ra nắng.", "I usually wear sunglasses in the sun."),
    ("Chúng tôi luôn bôi thuốc chống muỗi.", "We always put on mosquito repellent."),
    # not: sunburn with no day (the phrasebook's, mt/outdoors.py's), a day ahead or of its own, "anh" alone saying it
    # (the speaker?), "đen đi" looked or with "rất", "đen" alone (unlucky too), wanting sunburn, a hat with no sun (a
    # helmet?), sunscreen told (mt/outdoors.py), the weather, asked without "không"
    ("Tôi bị rám nắng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi bị cháy nắng.", None), ("Mẹ tôi bị cháy nắng.", None), ("Lưng tôi bị cháy nắng.", None),
    ("Ngày mai tôi bị cháy nắng.", None), ("Tối nay tôi bị cháy nắng.", None), ("Anh bị rám nắng.", None),
    ("Anh đen đi nhiều quá.", None), ("Trông bạn đen đi nhiều.", None), ("Bạn rất đen đi.", None),
    ("Bạn đen quá.", None), ("Tôi muốn bị cháy nắng.", None), ("Tôi luôn đội mũ.", None),
    ("Bôi kem chống nắng đi.", None), ("Trời nắng quá.", None), ("Bạn bị rám nắng à?", None),
    ("Bạn có bị rám nắng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy có một chiếc xe hơi." (a car), "Bạn có mua xe hơi không?", "Bạn đã đến nỗi!"
    ("She got a tan.", "Cô ấy bị rám nắng."),
    ("Did you get a tan?", "Bạn có bị rám nắng không?"),
    ("I didn't get a tan.", "Tôi không bị rám nắng."),
    ("You got so tanned!", "Bạn đen đi nhiều quá!"),
    ("You got really tanned.", "Bạn đen đi nhiều lắm."),
    # v8: "Tôi bị ợ nóng hôm qua." (heartburn), "Tôi bị ợ nóng ở bãi biển."
    ("I got sunburnt yesterday.", "Hôm qua tôi bị cháy nắng."),
    ("I got sunburnt at the beach.", "Tôi bị cháy nắng ở biển."),
    ("Did you get sunburnt yesterday?", "Hôm qua bạn có bị cháy nắng không?"),
    ("We got a tan at the beach last weekend.", "Cuối tuần trước chúng tôi bị rám nắng ở biển."),
    # v8: "Bạn đã tan vỡ quá." (broken), "Bạn trông có vẻ tan vỡ.", "Da của tôi bị tan vỡ."
    ("You're so tanned.", "Bạn rám nắng quá."),
    ("You're so tan.", "Bạn rám nắng quá."),
    ("You're very tanned.", "Bạn rất rám nắng."),
    ("She's tanned.", "Cô ấy bị rám nắng."),
    ("You look tanned.", "Trông bạn rám nắng."),
    ("She looks so tanned.", "Trông cô ấy rám nắng quá."),
    ("My skin is tanned.", "Da tôi bị rám nắng."),
    ("My arms are tanned.", "Tay tôi bị rám nắng."),
    ("My mother's face is tanned.", "Mặt mẹ tôi bị rám nắng."),
    ("Are you tanned?", "Bạn có bị rám nắng không?"),
    ("I'm not tanned.", "Tôi không bị rám nắng."),
    # v8: "Tôi đã có một chiếc xe hơi.", "Anh ấy có một chiếc xe hơi đẹp.", "Cô ấy đã tan vỡ da."
    ("I've got a tan.", "Tôi bị rám nắng."),
    ("She has a tan.", "Cô ấy bị rám nắng."),
    ("He has a nice tan.", "Anh ấy có làn da rám nắng đẹp."),
    ("You've got a really nice tan.", "Bạn có làn da rám nắng rất đẹp."),
    ("She has tanned skin.", "Cô ấy có làn da rám nắng."),
    # v8: "Tôi bị ợ nóng dễ dàng.", "Tôi đốt dễ dàng.", "Bạn có chế độ tan vỡ dễ dàng không?", "Da tôi phỏng dễ dàng."
    ("I get sunburnt easily.", "Tôi dễ bị cháy nắng."),
    ("I burn easily.", "Tôi dễ bị cháy nắng."),
    ("She burns easily.", "Cô ấy dễ bị cháy nắng."),
    ("Do you tan easily?", "Bạn có dễ bị rám nắng không?"),
    ("Does she get sunburnt easily?", "Cô ấy có dễ bị cháy nắng không?"),
    ("My skin burns easily.", "Da tôi dễ bị cháy nắng."),
    ("I don't burn easily.", "Tôi không dễ bị cháy nắng."),
    # v8: "Tôi không muốn bị ợ nóng.", "Cô ấy muốn mua xe hơi.", "Bạn sẽ bị ợ nóng."
    ("I don't want to get sunburnt.", "Tôi không muốn bị cháy nắng."),
    ("She doesn't want to get a tan.", "Cô ấy không muốn bị rám nắng."),
    ("She wants to get a tan.", "Cô ấy muốn có làn da rám nắng."),
    ("You'll get sunburnt.", "Bạn sẽ bị cháy nắng đấy."),
    ("You're going to get sunburnt.", "Bạn sẽ bị cháy nắng đấy."),
    # v8: "Mặt trời của tôi bị ợ nóng.", "Ánh nắng mặt trời của mẹ tôi làm tổn thương nhiều."
    ("My sunburn hurts.", "Vết cháy nắng của tôi đau rát."),
    ("My mother's sunburn hurts a lot.", "Vết cháy nắng của mẹ tôi đau rát quá."),
    # v8: "Tôi luôn mặc một cái nón trong mặt trời.", "Tôi luôn đặt vào kem chống nắng.", "… mặc kem chống nắng."
    ("I always wear a hat in the sun.", "Tôi luôn đội mũ khi ra nắng."),
    ("She always wears a hat in the sun.", "Cô ấy luôn đội mũ khi ra nắng."),
    ("I always put on sunscreen.", "Tôi luôn bôi kem chống nắng."),
    ("He never wears sunscreen.", "Anh ấy không bao giờ bôi kem chống nắng."),
    ("We always put on mosquito repellent.", "Chúng tôi luôn bôi thuốc chống muỗi."),
    # not: sunburn with no day (mt/ailments.py's, mt/outdoors.py's), a day ahead, not behind or unread, the verb not
    # agreeing ("She are", "She look", "My arms is", "She have", "She burn", "She always wear"), "too tanned"
    # (blaming), "Did … got", wanting sunburn, a hat with no sun, sunscreen told (mt/outdoors.py), the weather
    ("I got sunburnt.", None), ("My back is sunburnt.", None), ("I got sunburnt tomorrow.", None),
    ("I got a tan tonight.", None), ("I got a tan in Da Nang.", None), ("She are tanned.", None),
    ("She look tanned.", None), ("My arms is tanned.", None), ("She have a tan.", None), ("She burn easily.", None),
    ("She always wear a hat in the sun.", None), ("You're too tanned.", None), ("Did you got a tan?", None),
    ("I want to get sunburnt.", None), ("I always wear a hat.", None), ("Put on some sunscreen.", None),
    ("It's too sunny to go out.", None), ("My shoes are tan.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
