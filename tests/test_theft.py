"""Theft and burglary: a house burgled, someone pickpocketed or robbed, a thing stolen, who stole it, anything stolen
asked, the police told or called, both ways (mt/theft.py)."""
import pytest

from mt.theft import translate


@pytest.mark.parametrize("text, said", [
    # v8: "His house was thipped.", "Their home was thief.", "My home was thipped last night."
    ("Nhà anh ấy bị trộm.", "His house was burgled."),
    ("Nhà họ bị trộm.", "Their house was burgled."),
    ("Nhà tôi bị trộm tối qua.", "My house was burgled last night."),
    ("Nhà của mẹ tôi bị trộm.", "My mother's house was burgled."),
    ("Nhà tôi vừa bị mất trộm.", "My house has just been burgled."),
    ("Nhà tôi bị trộm rồi.", "My house has been burgled."),
    ("Nhà bạn có bị trộm không?", "Was your house burgled?"),
    # v8: "There was a sudden person entered my house.", "The blisters entered his house."
    ("Có người đột nhập vào nhà tôi.", "Someone broke into my house."),
    ("Trộm đột nhập vào nhà anh ấy.", "Burglars broke into his house."),
    ("Có người đã đột nhập vào nhà họ tuần trước.", "Someone broke into their house last week."),
    # v8: "I was handled on the bus.", "He was getting a pocket handle.", "Do you have bags?"
    ("Tôi bị móc túi trên xe buýt.", "I was pickpocketed on the bus."),
    ("Mẹ tôi bị móc túi ở chợ.", "My mother was pickpocketed at the market."),
    ("Anh ấy vừa bị móc túi.", "He's just been pickpocketed."),
    ("Bạn có bị móc túi không?", "Were you pickpocketed?"),
    ("Bác Hùng bị móc túi ở nhà ga.", "Uncle Hung was pickpocketed at the station."),
    ("Anh có bị móc túi không?", "Were you pickpocketed?"),
    ("Cô ấy bị cướp ở bãi biển.", "She was robbed at the beach."),
    # v8: "My phone was robbered on the bus.", "His motorcycle was robbered.", "Wallet of Land was thief."
    ("Điện thoại của tôi bị trộm trên xe buýt.", "My phone was stolen on the bus."),
    ("Xe máy của anh ấy bị lấy trộm.", "His motorbike was stolen."),
    ("Ô tô của bố tôi bị trộm.", "My father's car was stolen."),
    ("Ví của Lan bị trộm.", "Lan's wallet was stolen."),
    ("Kính râm của tôi bị trộm.", "My sunglasses were stolen."),
    ("Máy tính xách tay của cô ấy bị trộm ở quán cà phê.", "Her laptop was stolen at the coffee shop."),
    ("Xe đạp của bạn có bị trộm không?", "Was your bicycle stolen?"),
    # v8: "I'm lost my motorcycle."
    ("Tôi bị mất trộm xe máy.", "My motorbike was stolen."),
    ("Bố tôi bị mất trộm ô tô tuần trước.", "My father's car was stolen last week."),
    ("Bạn có bị trộm xe máy không?", "Was your motorbike stolen?"),
    # v8: "Some robber had taken his wallet.", "A robber had taken her bag."
    ("Ai đó đã lấy trộm ví của anh ấy.", "Someone stole his wallet."),
    ("Có người vừa lấy trộm xe đạp của anh ấy.", "Someone has just stolen his bicycle."),
    ("Một tên trộm đã lấy túi xách của cô ấy.", "A thief took her handbag."),
    ("Tên trộm đã lấy mất điện thoại của tôi.", "The thief took my phone."),
    # v8: "What is robbery?", "What has been thifty?", "Nothing was robbery."
    ("Có gì bị lấy trộm không?", "Was anything stolen?"),
    ("Những gì đã bị lấy trộm?", "What was stolen?"),
    ("Không có gì bị lấy trộm.", "Nothing was stolen."),
    # v8: "Are you warning?", "Do you have police?", "I've warned it.", "We should warn.", "Call the police to go!"
    ("Bạn đã báo cảnh sát chưa?", "Have you reported it to the police?"),
    ("Bạn có báo cảnh sát không?", "Did you report it to the police?"),
    ("Tôi đã báo cảnh sát rồi.", "I've reported it to the police."),
    ("Tôi sẽ báo cảnh sát.", "I'll report it to the police."),
    ("Chúng ta nên báo cảnh sát.", "We should report it to the police."),
    ("Chúng ta phải báo cảnh sát.", "We have to report it to the police."),
    ("Mẹ tôi đã gọi cảnh sát rồi.", "My mother has called the police."),
    ("Chúng ta có nên báo cảnh sát không?", "Should we report it to the police?"),
    ("Gọi cảnh sát đi!", "Call the police!"),
    ("Gọi cảnh sát ngay!", "Call the police now!"),
    # not: "anh" alone saying it (the speaker or you), a day ahead, just on a day, a plain verb (done, doing or
    # offered?), "xe" (a car or a motorbike?), "kẻ trộm" alone (a thief or the thief?), someone taking a thing (by
    # mistake?), robbed on the way (no place read), asked without "không", robbed with nothing said
    ("Anh bị móc túi.", None), ("Nhà anh bị trộm.", None), ("Nhà tôi bị trộm ngày mai.", None),
    ("Nhà tôi vừa bị trộm tối qua.", None), ("Tôi báo cảnh sát.", None), ("Xe của tôi bị trộm.", None),
    ("Kẻ trộm đã lấy túi của cô ấy.", None), ("Có người lấy túi của cô ấy.", None),
    ("Anh ấy bị cướp trên đường về nhà.", None), ("Nhà bạn có bị trộm?", None), ("Tôi bị trộm.", None),
    ("Chúng tôi bị trộm.", None), ("Tôi làm mất ví.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Nhà anh ta bị hăm dọa.", "Nhà của họ bị hăm dọa." (threatened), "… bị vỡ thành tối qua." (broken into)
    ("His house was burgled.", "Nhà anh ấy bị trộm."),
    ("Their house was burgled.", "Nhà họ bị trộm."),
    ("Our house was broken into last night.", "Nhà chúng tôi bị trộm tối qua."),
    ("My house has been burgled.", "Nhà tôi bị trộm rồi."),
    ("Our house was robbed.", "Nhà chúng tôi bị trộm."),
    ("Was your house burgled?", "Nhà bạn có bị trộm không?"),
    # v8: "Chúng tôi bị hăm dọa.", "Mùa trước chúng tôi bị hăm-bơ-gơ."
    ("We were burgled.", "Nhà chúng tôi bị trộm."),
    ("We got burgled last week.", "Nhà chúng tôi bị trộm tuần trước."),
    ("My mother was burgled.", "Nhà mẹ tôi bị trộm."),
    # v8: "Ai đó đã rơi vào nhà của chúng tôi." (fell into)
    ("Someone broke into our house.", "Có người đột nhập vào nhà chúng tôi."),
    ("Burglars broke into our house last night.", "Trộm đột nhập vào nhà chúng tôi tối qua."),
    # v8: "Tôi đã được nhặt trên xe buýt." (picked up), "Tôi đã được chọn.", "Mẹ tôi bị tụt xuống ở chợ."
    ("I got pickpocketed on the bus.", "Tôi bị móc túi trên xe buýt."),
    ("I've been pickpocketed.", "Tôi bị móc túi rồi."),
    ("I've just been pickpocketed.", "Tôi vừa bị móc túi."),
    ("My mother was pickpocketed at the market.", "Mẹ tôi bị móc túi ở chợ."),
    ("Were you pickpocketed?", "Bạn có bị móc túi không?"),
    ("She was robbed at the station.", "Cô ấy bị cướp ở nhà ga."),
    # v8: "Bike của tôi bị đánh cắp.", "Ai đó ăn cắp bike của tôi.", "Tôi bị đánh cắp." (I was stolen)
    ("My bike was stolen.", "Tôi bị lấy trộm xe đạp."),
    ("Someone stole my bike.", "Có người lấy trộm xe đạp của tôi."),
    ("Someone stole my car.", "Có người lấy trộm ô tô của tôi."),
    ("Someone stole my mother's bag.", "Có người lấy trộm túi của mẹ tôi."),
    ("Someone has just stolen my bike.", "Có người vừa lấy trộm xe đạp của tôi."),
    ("My phone was stolen on the bus.", "Tôi bị lấy trộm điện thoại trên xe buýt."),
    ("My car was stolen.", "Tôi bị lấy trộm ô tô."),
    ("My sunglasses were stolen.", "Tôi bị lấy trộm kính râm."),
    ("Lan's laptop got stolen at the airport.", "Lan bị lấy trộm máy tính xách tay ở sân bay."),
    ("Was your bike stolen?", "Xe đạp của bạn có bị lấy trộm không?"),
    # v8: "Một kẻ trộm lấy túi của mình." (her own), "Một kẻ trộm cắp ví của tôi."
    ("A thief took her bag.", "Một tên trộm đã lấy mất túi của cô ấy."),
    ("A thief stole my wallet.", "Một tên trộm đã lấy trộm ví của tôi."),
    ("The thief took my phone.", "Tên trộm đã lấy mất điện thoại của tôi."),
    # v8: "Có phải cái gì bị đánh cắp không?", "Tò mò là gì?"
    ("Has anything been stolen?", "Có gì bị lấy trộm không?"),
    ("Was anything stolen?", "Có gì bị lấy trộm không?"),
    ("What was stolen?", "Những gì đã bị lấy trộm?"),
    # v8: "Bạn có báo cáo nó cho cảnh sát không?" (a written report), "Tôi đã báo cáo nó cho cảnh sát."
    ("Did you report it to the police?", "Bạn có báo cảnh sát không?"),
    ("Have you reported it to the police yet?", "Bạn đã báo cảnh sát chưa?"),
    ("I've reported it to the police.", "Tôi đã báo cảnh sát rồi."),
    ("I reported it to the police.", "Tôi đã báo cảnh sát."),
    ("You should report it to the police.", "Bạn nên báo cảnh sát."),
    ("He has to report it to the police.", "Anh ấy phải báo cảnh sát."),
    ("We should call the police.", "Chúng ta nên gọi cảnh sát."),
    ("She's called the police.", "Cô ấy đã gọi cảnh sát rồi."),
    ("Call the police!", "Gọi cảnh sát đi!"),
    # not: "was", "were", "has", "have" not agreeing, "has been" on a day, a day ahead, a verb not in its form,
    # someone taking a thing (by mistake?), things several, a car broken into, the wallet of mine stolen
    ("My bike were stolen.", None), ("My sunglasses was stolen.", None), ("We was burgled.", None),
    ("She were pickpocketed.", None), ("He have reported it to the police.", None),
    ("Has you called the police?", None), ("Someone have stolen my bike.", None),
    ("Burglars has broken into our house.", None), ("My bike has been stolen yesterday.", None),
    ("My phone was stolen tomorrow.", None), ("Did you reported it to the police?", None),
    ("I report it to the police.", None), ("Someone took my bag.", None), ("My bikes were stolen.", None),
    ("Someone broke into my car.", None), ("My bike will be stolen.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Nhà anh ấy bị trộm.", "en", "vi") is None
    assert translate("Their house was burgled.", "vi", "en") is None
    assert translate("Their house was burgled.", "en", "fr") is None
