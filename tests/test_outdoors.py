"""Sun and insects outdoors: sunburn, bites, insects about, sunscreen and repellent had and put on, a hat in the sun,
both ways (mt/outdoors.py)."""
import pytest

from mt.outdoors import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My mother was sunlighted.", "Do you get sunlight?", "Lake me a sunlight.", "I'm sunlighted."
    ("Mẹ tôi bị cháy nắng.", "My mother got sunburnt."),
    ("Bạn có bị cháy nắng không?", "Did you get sunburnt?"),
    ("Tôi không bị cháy nắng.", "I didn't get sunburnt."),
    ("Con tôi bị cháy nắng khắp người.", "My child got sunburnt all over."),
    ("Lưng tôi bị cháy nắng.", "My back is sunburnt."),
    ("Vai tôi bị cháy nắng rồi.", "My shoulders are sunburnt."),
    ("Mặt bạn có bị cháy nắng không?", "Is your face sunburnt?"),
    ("Lưng mẹ tôi không bị cháy nắng.", "My mother's back isn't sunburnt."),
    # v8: "I'm mosquitoes all over.", "My child is bitten throughout the person."
    ("Tôi bị muỗi đốt khắp người.", "I've been bitten all over by mosquitoes."),
    ("Con tôi bị kiến cắn khắp người.", "My child has been bitten all over by ants."),
    # v8: "Too many mosquitoes here.", "Too much mosque here!", "Is there a mosquitoes here?", "In the room without
    # mosquitoes."
    ("Ở đây nhiều muỗi quá.", "There are so many mosquitoes here."),
    ("Ở đây có nhiều muỗi quá.", "There are so many mosquitoes here."),
    ("Ở đây muỗi nhiều quá!", "There are so many mosquitoes here!"),
    ("Trong phòng có muỗi.", "There are mosquitoes in the room."),
    ("Ở đây có muỗi không?", "Are there any mosquitoes here?"),
    ("Ở đây có nhiều muỗi không?", "Are there many mosquitoes here?"),
    ("Trong phòng không có muỗi.", "There aren't any mosquitoes in the room."),
    # v8: "Do you have anti-dandruff medications?", "My mother had sunscreen."
    ("Bạn có thuốc chống muỗi không?", "Do you have any mosquito repellent?"),
    ("Anh có kem chống nắng không?", "Do you have any sunscreen?"),
    ("Tôi không có kem chống nắng.", "I don't have any sunscreen."),
    ("Mẹ tôi có kem chống nắng.", "My mother has some sunscreen."),
    # v8: "Sunscreen.", "Let's get sunscreen.", "Don't forget anti-dandruff.", "Add sunshine cream."
    ("Bôi kem chống nắng nhé.", "Put on some sunscreen."),
    ("Nhớ bôi kem chống nắng nhé.", "Remember to put on sunscreen."),
    ("Đừng quên xịt thuốc chống muỗi.", "Don't forget to put on mosquito repellent."),
    ("Hãy bôi thêm kem chống nắng.", "Put on some more sunscreen."),
    ("Con nhớ bôi kem chống nắng nhé.", "Remember to put on sunscreen."),
    # v8: "Did you have a sunscreen?", "I'm getting a sunscreen.", "My child hasn't been slight cream.", "He needs an
    # ice cream."
    ("Bạn đã bôi kem chống nắng chưa?", "Have you put on sunscreen yet?"),
    ("Bạn có bôi kem chống nắng không?", "Did you put on sunscreen?"),
    ("Tôi đã bôi kem chống nắng rồi.", "I've already put on sunscreen."),
    ("Tôi vừa bôi kem chống nắng.", "I've just put on sunscreen."),
    ("Tôi quên bôi kem chống nắng.", "I forgot to put on sunscreen."),
    ("Con tôi chưa bôi kem chống nắng.", "My child hasn't put on sunscreen yet."),
    ("Bạn nên bôi kem chống nắng.", "You should put on sunscreen."),
    ("Anh ấy cần bôi kem chống muỗi.", "He needs to put on mosquito repellent."),
    # v8: "Circumstances when they are sunshine.", "You should have a hat on sun.", "Remember to wear a glass."
    ("Đội mũ khi ra nắng nhé.", "Wear a hat in the sun."),
    ("Nhớ đội mũ khi ra ngoài nắng nhé.", "Remember to wear a hat in the sun."),
    ("Bạn nên đội mũ khi ra nắng.", "You should wear a hat in the sun."),
    ("Nhớ đeo kính râm nhé.", "Remember to wear sunglasses."),
    # not: "anh" alone saying it (the speaker?), a bite without "all over" (mt/injuries.py's), "Muỗi quá." (many?),
    # "Có muỗi." (here? you have?), a hat without the sun (a helmet?), told without "nhé" or "hãy" (said or told?),
    # "bôi" with no time (did, does, will?), "Bạn nhớ …" with no "nhé" (recalls?), "đeo mũ", sold
    # (mt/patterns.py's), brought (mt/bring_along.py's), the weather, asked and denied at once
    ("Mẹ tôi bị cháy nắng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị cháy nắng.", None), ("Tôi bị muỗi đốt.", None), ("Muỗi quá.", None), ("Có muỗi.", None),
    ("Nhớ đội mũ nhé.", None), ("Bôi kem chống nắng.", None), ("Tôi bôi kem chống nắng.", None),
    ("Bạn nhớ bôi kem chống nắng.", None), ("Đeo mũ khi ra nắng.", None), ("Bạn có bán kem chống nắng không?", None),
    ("Nhớ mang kem chống nắng nhé.", None), ("Trời nắng quá.", None), ("Bạn không bị cháy nắng không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có bị ợ nóng không?" (heartburn), "Lưng tôi bị ợ nóng.", "Món của tôi là ánh nắng mặt trời."
    ("Did you get sunburnt?", "Bạn có bị cháy nắng không?"),
    ("Are you sunburnt?", "Bạn có bị cháy nắng không?"),
    ("Is your son sunburnt?", "Con trai bạn có bị cháy nắng không?"),
    ("I didn't get sunburnt.", "Tôi không bị cháy nắng."),
    ("My mother got sunburnt all over.", "Mẹ tôi bị cháy nắng khắp người."),
    ("My back is sunburnt.", "Lưng tôi bị cháy nắng."),
    ("My shoulders are sunburnt.", "Vai tôi bị cháy nắng."),
    ("Is your face sunburnt?", "Mặt bạn có bị cháy nắng không?"),
    ("My mother's back got sunburnt.", "Lưng mẹ tôi bị cháy nắng."),
    ("My back isn't sunburnt.", "Lưng tôi không bị cháy nắng."),
    # v8: "Tôi đã cắn tất cả bởi muỗi.", "Tôi đã bị động tác cắn tất cả."
    ("I've been bitten all over by mosquitoes.", "Tôi bị muỗi đốt khắp người."),
    ("She's been bitten by mosquitoes all over.", "Cô ấy bị muỗi đốt khắp người."),
    ("I've got mosquito bites all over.", "Tôi bị muỗi đốt khắp người."),
    # v8: "Không có mặt trăng nào ở đây." (no moon), "Có mặt trăng nào ở đây không?"
    ("There are so many mosquitoes here.", "Ở đây có nhiều muỗi quá."),
    ("There are a lot of mosquitoes in the room.", "Trong phòng có nhiều muỗi."),
    ("There are mosquitoes in here.", "Ở đây có muỗi."),
    ("There aren't any mosquitoes here.", "Ở đây không có muỗi."),
    ("There are no mosquitoes in the room.", "Trong phòng không có muỗi."),
    ("Are there any mosquitoes here?", "Ở đây có muỗi không?"),
    ("Are there many mosquitoes here?", "Ở đây có nhiều muỗi không?"),
    # v8: "Bạn có bất kỳ mặt trăng nào không?" (a moon), "Cô ấy có khoảng kem chống nắng."
    ("Do you have any mosquito repellent?", "Bạn có thuốc chống muỗi không?"),
    ("Does your mother have any sunscreen?", "Mẹ bạn có kem chống nắng không?"),
    ("I don't have any sunscreen.", "Tôi không có kem chống nắng."),
    ("She has some sunscreen.", "Cô ấy có kem chống nắng."),
    # v8: "Đặt vào một số kem chống nắng." (set down), "Đừng quên đặt trên mặt trăng chính tả."
    ("Put on some sunscreen.", "Bôi kem chống nắng nhé."),
    ("Put some sunscreen on.", "Bôi kem chống nắng nhé."),
    ("Remember to put on sunscreen.", "Nhớ bôi kem chống nắng nhé."),
    ("Don't forget to put on mosquito repellent.", "Đừng quên bôi thuốc chống muỗi nhé."),
    ("Please put on some more sunscreen.", "Bôi thêm kem chống nắng nhé."),
    # v8: "Bạn có đặt vào kem chống nắng chưa?", "Cô ấy chưa bắt đầu vào kem chống nắng.", "Anh ta cần phải tháo gỡ
    # lại chính tả."
    ("Have you put on sunscreen yet?", "Bạn đã bôi kem chống nắng chưa?"),
    ("Did you put on sunscreen?", "Bạn có bôi kem chống nắng không?"),
    ("Should I put on sunscreen?", "Tôi có nên bôi kem chống nắng không?"),
    ("Do I need to put on sunscreen?", "Tôi có cần bôi kem chống nắng không?"),
    ("I've already put on sunscreen.", "Tôi đã bôi kem chống nắng rồi."),
    ("I've just put on sunscreen.", "Tôi vừa bôi kem chống nắng."),
    ("I forgot to put on sunscreen.", "Tôi quên bôi kem chống nắng."),
    ("She hasn't put on sunscreen yet.", "Cô ấy chưa bôi kem chống nắng."),
    ("He needs to put on mosquito repellent.", "Anh ấy cần bôi thuốc chống muỗi."),
    # v8: "Đi tiêu một cái nón trong ánh nắng mặt trời.", "Chúc nón.", "Bạn nên mặc một cái nón …"
    ("Wear a hat in the sun.", "Đội mũ khi ra nắng nhé."),
    ("Wear a hat.", "Đội mũ nhé."),
    ("Remember to wear a hat.", "Nhớ đội mũ nhé."),
    ("You should wear a hat when you go out in the sun.", "Bạn nên đội mũ khi ra nắng."),
    ("Don't forget to wear sunglasses.", "Đừng quên đeo kính râm nhé."),
    # not: "I got sunburnt." (mt/ailments.py's), bad agreement ("Are she", "shoulders is", "She have", "Do she", "Have
    # she", "He need"), "any" said, "put" without "on", "I put on" (did or does?), bites without "all over"
    # (mt/injuries.py's), "There's" with many, sold (mt/patterns.py's), brought (mt/bring_along.py's), the weather
    ("I got sunburnt.", None), ("Are she sunburnt?", None), ("My shoulders is sunburnt.", None),
    ("She have been bitten all over by mosquitoes.", None), ("Do she have any sunscreen?", None),
    ("Have she put on sunscreen?", None), ("He need to put on sunscreen.", None), ("I have any sunscreen.", None),
    ("There are any mosquitoes here.", None), ("Put sunscreen.", None), ("I put on sunscreen.", None),
    ("I've been bitten by mosquitoes.", None), ("There's so many mosquitoes here.", None),
    ("Do you sell sunscreen?", None), ("Bring some sunscreen.", None), ("It's sunny today.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
