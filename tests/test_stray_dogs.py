"""Dogs met outside: chased by a dog, stray dogs about, afraid of strange dogs, a dog rushing at or following someone,
keeping away from one, a dog off its lead, both ways (mt/stray_dogs.py)."""
import pytest

from mt.stray_dogs import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I was chased.", "Yesterday, my child was chased.", "My mother was confused.", "Lan was just chased."
    ("Tôi bị chó đuổi.", "I was chased by a dog."),
    ("Hôm qua con tôi bị chó đuổi.", "My child was chased by a dog yesterday."),
    ("Mẹ tôi bị chó hoang đuổi.", "My mother was chased by a stray dog."),
    ("Anh ấy bị một con chó lạ đuổi.", "He was chased by a strange dog."),
    ("Cô ấy bị con chó đó đuổi.", "She was chased by that dog."),
    ("Lan bị chó nhà hàng xóm đuổi.", "Lan was chased by the neighbours' dog."),
    ("Chúng tôi bị hai con chó đuổi.", "We were chased by two dogs."),
    ("Tối qua bố tôi bị cả đàn chó hoang đuổi.", "My father was chased by a pack of stray dogs last night."),
    ("Con trai tôi bị chó rượt hôm qua.", "My son was chased by a dog yesterday."),
    ("Bác Hùng đã bị chó đuổi theo.", "Uncle Hung was chased by a dog."),
    ("Lan vừa bị chó đuổi.", "Lan has just been chased by a dog."),
    ("Tôi từng bị chó đuổi.", "I was once chased by a dog."),
    ("Tôi chưa bao giờ bị chó đuổi.", "I've never been chased by a dog."),
    # v8: "Do you get chased?", "I'm often chased."
    ("Bạn đã bao giờ bị chó đuổi chưa?", "Have you ever been chased by a dog?"),
    ("Bạn bị chó đuổi bao giờ chưa?", "Have you ever been chased by a dog?"),
    ("Bạn bị chó đuổi à?", "Were you chased by a dog?"),
    ("Hôm qua bạn có bị chó đuổi không?", "Were you chased by a dog yesterday?"),
    ("Tôi hay bị chó đuổi.", "I often get chased by dogs."),
    ("Mẹ tôi thỉnh thoảng bị chó hoang đuổi.", "My mother sometimes gets chased by stray dogs."),
    ("Bạn có hay bị chó đuổi không?", "Do you often get chased by dogs?"),
    # (review: "đã … bao giờ chưa?" asks ever, not "Were you …?"; "không?" without "có" asks with a day only)
    ("Bạn đã bị chó đuổi bao giờ chưa?", "Have you ever been chased by a dog?"),
    ("Hôm qua bạn bị chó đuổi không?", "Were you chased by a dog yesterday?"),
    # v8: "The dog went into me.", "A dog came into my son.", "Have your dog follow me.", "That dog kept me.",
    # "There's a dog followed me home."
    ("Con chó lao vào tôi.", "The dog rushed at me."),
    ("Một con chó lao vào con trai tôi.", "A dog rushed at my son."),
    ("Hôm qua con chó đó xông vào mẹ tôi.", "That dog rushed at my mother yesterday."),
    ("Con chó vừa lao vào Lan.", "The dog just rushed at Lan."),
    ("Có con chó cứ đi theo tôi.", "A dog keeps following me."),
    ("Con chó đó cứ đi theo tôi.", "That dog keeps following me."),
    ("Có một con chó đi theo tôi về nhà.", "A dog followed me home."),
    ("Có hai con chó hoang cứ đuổi theo chúng tôi.", "Two stray dogs keep chasing us."),
    ("Con chó nhà hàng xóm đang đuổi theo con tôi.", "The neighbours' dog is chasing my child."),
    # v8: "There are many confusions.", "Is there a lot of wild dogs here?", "There's no confusion here.", "There's a
    # foolish dog."
    ("Trong ngõ có nhiều chó hoang.", "There are a lot of stray dogs in the alley."),
    ("Ở đây có nhiều chó hoang không?", "Are there a lot of stray dogs here?"),
    ("Khu này có nhiều chó hoang quá.", "There are so many stray dogs in this area."),
    ("Ở đây không có chó hoang.", "There are no stray dogs here."),
    ("Ở đây có chó hoang.", "There are stray dogs here."),
    ("Có một con chó lạc trong ngõ.", "There's a stray dog in the alley."),
    ("Quanh đây có chó hoang không?", "Are there any stray dogs around here?"),
    ("Công viên có vài con chó hoang.", "There are a few stray dogs in the park."),
    ("Ngõ nhà tôi không có nhiều chó hoang.", "There aren't many stray dogs in our alley."),
    # v8: "I'm afraid of a strange dog.", "I'm afraid of a dog.", "My daughter was very scared."
    ("Tôi sợ chó lạ.", "I'm afraid of strange dogs."),
    ("Con gái tôi rất sợ chó lạ.", "My daughter is very afraid of strange dogs."),
    ("Bạn có sợ chó lạ không?", "Are you afraid of strange dogs?"),
    ("Mẹ tôi không sợ chó hoang.", "My mother isn't afraid of stray dogs."),
    ("Chúng tôi hơi sợ chó hoang.", "We're a bit afraid of stray dogs."),
    ("Lan sợ chó lạ lắm.", "Lan is so afraid of strange dogs."),
    # v8: "Don't go back to that dog.", "Avoid far from the dog.", "Don't stay near the dog."
    ("Đừng lại gần con chó đó.", "Don't go near that dog."),
    ("Đừng lại gần chó lạ nhé.", "Don't go near strange dogs."),
    ("Tránh xa chó hoang ra.", "Keep away from stray dogs."),
    ("Tránh xa mấy con chó đó ra.", "Keep away from those dogs."),
    ("Đừng đến gần con chó kia.", "Don't go near that dog."),
    # v8: "That dog doesn't have a chain.", "Why don't that dog?"
    ("Con chó đó không có dây xích.", "That dog isn't on a lead."),
    ("Sao con chó đó không có dây xích?", "Why isn't that dog on a lead?"),
    ("Con chó nhà hàng xóm không đeo dây xích.", "The neighbours' dog isn't on a lead."),
    # not: a habit or the past ("Tôi không bị chó đuổi.", "Bạn có bị chó đuổi không?" with no day), now or the past
    # ("Con chó đuổi theo tôi."), a "?" on a statement, "anh" saying it, a pet as who, bites, barking, "sợ chó",
    # feeding (mt/bites.py, animal_noises.py, fears.py, pets.py), wild dogs in a forest, "chó" alone told or as who,
    # "không được xích" (not chained, or must not be?), a lost pet, "mấy con chó" (some, or the few?), asked of
    # oneself, ahead, "nhỉ", "thế" said, a day with a habit, "ra" after "đừng lại gần"
    ("Tôi không bị chó đuổi.", None), ("Bạn có bị chó đuổi không?", None), ("Con chó đuổi theo tôi.", None),
    ("Có con chó đuổi theo tôi.", None), ("Tôi bị chó đuổi?", None), ("Anh bị chó đuổi.", None),
    ("Con mèo của tôi bị chó đuổi.", None), ("Con chó của tôi sợ chó lạ.", None), ("Tôi bị chó cắn.", None),
    ("Con chó cứ sủa.", None), ("Tôi sợ chó.", None), ("Trong rừng có nhiều chó hoang.", None),
    ("Đừng lại gần chó.", None), ("Con chó không được xích.", None), ("Con chó nhà tôi bị lạc.", None),
    ("Mấy con chó cứ đi theo tôi.", None), ("Tôi có bị chó đuổi không?", None), ("Ngày mai tôi sẽ bị chó đuổi.", None),
    ("Tôi bị chó đuổi nhỉ.", None), ("Khu này có nhiều chó hoang thế.", None), ("Tôi sợ chó lạ không?", None),
    ("Tránh xa một con chó ra.", None), ("Đừng lại gần con chó đó ra.", None), ("Con chó đó có dây xích.", None),
    ("Con chó đuổi theo tôi về nhà.", None), ("Hôm qua tôi hay bị chó đuổi.", None), ("Tôi cho chó ăn rồi.", None),
    ("I was chased by a dog.", None),
    # (review) "không?" without "có" and with no day (a habit, or the past?), "chưa?" with no "bao giờ" (ever, or yet?),
    # "đuổi" twice
    ("Bạn bị chó đuổi không?", None), ("Lan bị chó đuổi không?", None), ("Bạn bị chó đuổi chưa?", None),
    ("Mẹ bạn đã bị chó đuổi chưa?", None), ("Tôi bị chó đuổi đuổi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi bị chó săng.", "Con tôi bị chó cắn bởi chó hôm qua.", "Mẹ tôi bị chó săng bởi chó cầu nguyện.", "Bạn
    # có bị chó săn lươn không?", "Tôi thường bị chó săn."
    ("I was chased by a dog.", "Tôi bị chó đuổi."),
    ("My child was chased by a dog yesterday.", "Hôm qua con tôi bị chó đuổi."),
    ("My mother got chased by a stray dog.", "Mẹ tôi bị chó hoang đuổi."),
    ("He was chased by that dog.", "Anh ấy bị con chó đó đuổi."),
    ("Lan was chased by the neighbours' dog.", "Lan bị chó nhà hàng xóm đuổi."),
    ("We were chased by two dogs.", "Chúng tôi bị hai con chó đuổi."),
    ("My father was chased by a pack of stray dogs last night.", "Tối qua bố tôi bị một đàn chó hoang đuổi."),
    ("Were you chased by a dog?", "Bạn có bị chó đuổi không?"),
    ("Was she chased by a dog yesterday?", "Hôm qua cô ấy có bị chó đuổi không?"),
    ("My son has just been chased by a dog.", "Con trai tôi vừa bị chó đuổi."),
    ("I've never been chased by a dog.", "Tôi chưa bao giờ bị chó đuổi."),
    ("She's just been chased by a strange dog.", "Cô ấy vừa bị chó lạ đuổi."),
    ("Have you ever been chased by a dog?", "Bạn đã bao giờ bị chó đuổi chưa?"),
    ("Has your mother ever been chased by a dog?", "Mẹ bạn đã bao giờ bị chó đuổi chưa?"),
    ("I often get chased by dogs.", "Tôi hay bị chó đuổi."),
    ("My mother sometimes gets chased by stray dogs.", "Mẹ tôi thỉnh thoảng bị chó hoang đuổi."),
    ("Do you often get chased by dogs?", "Bạn có hay bị chó đuổi không?"),
    # v8: "Một chú chó đã đuổi tôi.", "Con chó vội vã ở tôi.", "Một con chó chạy ở con trai tôi.", "Một chú chó giữ
    # theo tôi.", "Con chó đó giữ theo tôi."
    ("A dog chased me.", "Có một con chó đã đuổi theo tôi."),
    ("The dog rushed at me.", "Con chó lao vào tôi."),
    ("A dog ran at my son.", "Có một con chó lao vào con trai tôi."),
    ("That dog lunged at my mother yesterday.", "Hôm qua con chó đó lao vào mẹ tôi."),
    ("The dog just rushed at Lan.", "Con chó vừa lao vào Lan."),
    ("A dog keeps following me.", "Có một con chó cứ đi theo tôi."),
    ("That dog keeps following me.", "Con chó đó cứ đi theo tôi."),
    ("A dog followed me home.", "Có một con chó đi theo tôi về nhà."),
    ("Two stray dogs keep chasing us.", "Có hai con chó hoang cứ đuổi theo chúng tôi."),
    ("The neighbour's dog is chasing my child.", "Con chó nhà hàng xóm đang đuổi theo con tôi."),
    # v8: "Có rất nhiều chú chó cầu nguyện trong tủy.", "Có nhiều cún cưng ở đây không?", "Không có chó cầu nguyện ở
    # đây.", "Có một chú chó cầu nguyện trong tủy."
    ("There are a lot of stray dogs in the alley.", "Trong ngõ có nhiều chó hoang."),
    ("Are there many stray dogs here?", "Ở đây có nhiều chó hoang không?"),
    ("There are no stray dogs around here.", "Quanh đây không có chó hoang."),
    ("There's a stray dog in the alley.", "Trong ngõ có một con chó hoang."),
    ("There are so many stray dogs in this area.", "Khu này có nhiều chó hoang quá."),
    ("There aren't many stray dogs in the park.", "Trong công viên không có nhiều chó hoang."),
    ("Are there any stray dogs around here?", "Quanh đây có chó hoang không?"),
    ("There are a few stray dogs in the park.", "Trong công viên có vài con chó hoang."),
    # v8: "Tôi e là chó lạ.", "Tôi sợ chó cầu nguyện.", "Đứa con gái tôi thật sự sợ chó lạ."
    ("I'm afraid of strange dogs.", "Tôi sợ chó lạ."),
    ("I'm scared of stray dogs.", "Tôi sợ chó hoang."),
    ("My daughter is very afraid of strange dogs.", "Con gái tôi rất sợ chó lạ."),
    ("Are you afraid of strange dogs?", "Bạn có sợ chó lạ không?"),
    ("My mother isn't afraid of stray dogs.", "Mẹ tôi không sợ chó hoang."),
    ("Lan is a bit scared of strange dogs.", "Lan hơi sợ chó lạ."),
    # v8: "Đừng đến gần chó đó.", "Hãy để các chú chó đi khỏi cầu nguyện.", "Hãy đi khỏi chó đó."
    ("Don't go near that dog.", "Đừng lại gần con chó đó."),
    ("Keep away from stray dogs.", "Tránh xa chó hoang ra."),
    ("Stay away from that dog.", "Tránh xa con chó đó ra."),
    ("Don't go near those dogs.", "Đừng lại gần mấy con chó đó."),
    # v8: "Con chó đó không phải là con dẫn đầu.", "Tại sao không phải là chó trên một cái leash?"
    ("That dog isn't on a lead.", "Con chó đó không có dây xích."),
    ("Why isn't that dog on a leash?", "Sao con chó đó không có dây xích?"),
    ("The neighbours' dog is off its lead.", "Con chó nhà hàng xóm không có dây xích."),
    # not: verbs or counts that do not agree with who or the dog, "afraid of dogs", bites, barking, feeding
    # (mt/fears.py, bites.py, animal_noises.py, pets.py), "dogs" alone told or doing it, a pet as who, asked of
    # oneself, "a lead" asked (owned?), a forest (wild dogs?), a "." on a question, the other way's language
    ("She were chased by a dog.", None), ("I were chased by a dog.", None),
    ("He have just been chased by a dog.", None),
    ("She often get chased by dogs.", None), ("The dog keep following me.", None),
    ("There is a lot of stray dogs here.", None), ("There are a stray dog here.", None), ("I'm afraid of dogs.", None),
    ("A dog bit me.", None), ("The dog keeps barking.", None), ("I feed the dog every morning.", None),
    ("Don't go near dogs.", None), ("A dogs chased me.", None), ("Two dog followed me home.", None),
    ("Is your dog on a lead?", None), ("My dog was chased by a dog.", None), ("I often get chased by that dog.", None),
    ("Was I chased by a dog?", None), ("Have I ever been chased by a dog?", None),
    ("Am I afraid of strange dogs?", None), ("The dogs keep following me.", None), ("Stay away from a dog.", None),
    ("Are you afraid of strange dogs.", None), ("Tôi bị chó đuổi.", None),
    ("There are stray dogs in the forest.", None), ("Dogs chase me.", None),
    ("My mother are afraid of stray dogs.", None), ("The dog ate my homework.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
