"""Bites and stings from animals: what bit or stung whom, who was bitten or stung, whether an animal bites, a snake
bite asked, what bit someone, bites itching or swollen, covered in mosquito bites, both ways (mt/bites.py)."""
import pytest

from mt.bites import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I burned me.", "Dog bite me.", "My neighbor bites my son.", "He bites him."
    ("Ong đốt tôi.", "A bee stung me."),
    ("Chó cắn tôi.", "A dog bit me."),
    ("Một con chó cắn tôi.", "A dog bit me."),
    ("Con ong đốt tôi.", "A bee stung me."),
    ("Con chó cắn tôi.", "The dog bit me."),
    ("Con chó đó cắn tôi.", "That dog bit me."),
    ("Chó nhà hàng xóm cắn con trai tôi.", "The neighbours' dog bit my son."),
    ("Con chó của hàng xóm cắn con trai tôi.", "The neighbours' dog bit my son."),
    ("Rắn cắn anh ấy.", "A snake bit him."),
    ("Ong vò vẽ vừa đốt em gái tôi.", "A wasp just stung my sister."),
    ("Tuần trước chó cắn tôi.", "A dog bit me last week."),
    ("Chó cắn Lan.", "A dog bit Lan."),
    # v8: "I was burned.", "I was slighted.", "My mother was snaked.", "I'm getting a bite."
    ("Tôi bị sứa đốt.", "I've been stung by a jellyfish."),
    ("Cô ấy bị sứa đốt.", "She's been stung by a jellyfish."),
    ("Tôi bị ong vò vẽ đốt.", "I've been stung by a wasp."),
    ("Tôi bị ong bắp cày đốt.", "I've been stung by a hornet."),
    ("Mẹ tôi bị rắn cắn.", "My mother has been bitten by a snake."),
    ("Tôi bị nhện cắn.", "I've been bitten by a spider."),
    ("Tôi bị bọ cạp đốt.", "I've been stung by a scorpion."),
    ("Hôm qua mẹ tôi bị rắn cắn.", "My mother got bitten by a snake yesterday."),
    ("Con tôi bị chó nhà hàng xóm cắn.", "My child has been bitten by the neighbours' dog."),
    # v8: "Are you burned?", "Do you bite?"
    ("Bạn có bị ong đốt không?", "Were you stung by a bee?"),
    ("Bạn có bị chó cắn không?", "Were you bitten by a dog?"),
    ("Anh có bị rắn cắn không?", "Were you bitten by a snake?"),
    # v8: "Do you bite?", "Do your dog bites?", "Is this dog bite?", "My home didn't bite."
    ("Con chó có cắn không?", "Does the dog bite?"),
    ("Chó của bạn có cắn không?", "Does your dog bite?"),
    ("Con chó nhà bạn có cắn không?", "Does your dog bite?"),
    ("Con chó này có cắn không?", "Does this dog bite?"),
    ("Con chó không cắn đâu.", "The dog doesn't bite."),
    ("Chó nhà tôi không cắn.", "My dog doesn't bite."),
    ("Con chó nhà tôi không cắn người đâu.", "My dog doesn't bite people."),
    # v8: "Is snugging?", "Is snake bites?", "What do you bite?"
    ("Có phải rắn cắn không?", "Was it a snake bite?"),
    ("Có phải bị rắn cắn không?", "Was it a snake bite?"),
    ("Đây có phải vết ong đốt không?", "Is this a bee sting?"),
    ("Con gì cắn bạn vậy?", "What bit you?"),
    ("Bạn bị con gì cắn?", "What bit you?"),
    ("Mẹ tôi bị con gì đốt?", "What stung my mother?"),
    # not: mt/injuries.py's ("Tôi bị chó cắn.", "Tôi bị ong đốt.", mosquitoes), allergic (mt/allergies.py), "anh"
    # alone saying it, dogs in general, a dog that stings, a day ahead, a bee asked whether it stings (bees?), "chưa"
    ("Tôi bị chó cắn.", None), ("Tôi bị ong đốt.", None), ("Hôm qua tôi bị chó cắn.", None),
    ("Tôi vừa bị ong đốt.", None), ("Tôi bị muỗi đốt.", None), ("Muỗi đốt tôi.", None),
    ("Anh ấy bị dị ứng với ong đốt.", None), ("Anh bị rắn cắn.", None), ("Chó cắn anh.", None),
    ("Chó có cắn không?", None), ("Chó đốt tôi.", None), ("Ngày mai chó cắn tôi.", None),
    ("Con ong có đốt không?", None), ("Bạn đã bị rắn cắn chưa?", None), ("Tôi có bị rắn cắn không?", None),
    # v8: "The mosquitoes are too itchy.", "My mosquitoes itchy.", "Can itchy mosquitoes?", "The burn is swollen.",
    # "A lot of itchy bites.", "Are snugging a bite?", "The bite of swelling dog is too much."
    ("Vết muỗi đốt ngứa quá.", "The mosquito bites are so itchy."),
    ("Vết muỗi đốt của tôi ngứa quá.", "My mosquito bites are so itchy."),
    ("Vết muỗi đốt có ngứa không?", "Are the mosquito bites itchy?"),
    ("Vết ong đốt sưng lên.", "The bee sting is swollen."),
    ("Vết kiến cắn ngứa lắm.", "The ant bites are really itchy."),
    ("Vết ong đốt của anh ấy bị sưng.", "His bee sting is swollen."),
    ("Vết rắn cắn có sưng không?", "Is the snake bite swollen?"),
    ("Mấy vết ong đốt rất ngứa.", "The bee stings are very itchy."),
    ("Vết cắn không ngứa.", "The bite isn't itchy."),
    ("Vết muỗi đốt của bạn không sưng.", "Your mosquito bites aren't swollen."),
    ("Vết chó cắn sưng to quá.", "The dog bite is so swollen."),
    # v8: "My foot was burnt up.", "My child was squiring so itchy.", "The sun is swollen.", "He has a very itchy
    # bite.", "My mother foot was full of burns."
    ("Chân tôi bị muỗi đốt sưng lên.", "My legs are swollen from mosquito bites."),
    ("Tay con tôi bị muỗi đốt ngứa quá.", "My child's arms are so itchy from mosquito bites."),
    ("Mặt Lan bị muỗi đốt sưng lên.", "Lan's face is swollen from mosquito bites."),
    ("Lưng anh ấy bị kiến cắn rất ngứa.", "His back is very itchy from ant bites."),
    ("Chân tôi bị muỗi đốt đầy.", "My legs are covered in mosquito bites."),
    ("Chân mẹ tôi đầy vết muỗi đốt.", "My mother's legs are covered in mosquito bites."),
    # v8: "My child was burnt full of feet.", "I'm mosquitoes full of people.", "He has been bitten throughout his
    # leg.", "Lan was squiring full of burns."
    ("Con tôi bị muỗi đốt đầy chân.", "My child's legs are covered in mosquito bites."),
    ("Tôi bị muỗi đốt đầy người.", "I'm covered in mosquito bites."),
    ("Chúng tôi bị muỗi đốt đầy người.", "We're covered in mosquito bites."),
    ("Mẹ tôi bị muỗi đốt đầy người.", "My mother is covered in mosquito bites."),
    ("Anh ấy bị kiến cắn khắp chân.", "His legs are covered in ant bites."),
    ("Lan bị muỗi đốt đầy tay.", "Lan's arms are covered in mosquito bites."),
    # v8: "Do you get burning?", "Is he a bite?", "Do you get mosquitoes?"
    ("Bạn có bị muỗi đốt không?", "Did you get bitten by mosquitoes?"),
    ("Anh ấy có bị kiến cắn không?", "Did he get bitten by ants?"),
    ("Con trai bạn có bị muỗi đốt không?", "Did your son get bitten by mosquitoes?"),
    ("Chị có bị muỗi đốt không?", "Did you get bitten by mosquitoes?"),
    # not: a "?" on a statement, "vết đốt" alone (a bite or a sting?), a dog's sting, "nhỉ", how much asked, "Tôi có
    # bị …" (did I?), "anh" alone saying it, "khắp người" (mt/outdoors.py's), a part by one bee (one arm or both?),
    # "vết … tôi" without "của", "à?", scratching (left for room), the other way's language, nonsense
    ("Vết muỗi đốt ngứa quá?", None), ("Vết đốt ngứa quá.", None), ("Vết chó đốt sưng lên.", None),
    ("Vết muỗi đốt ngứa quá nhỉ.", None), ("Vết muỗi đốt có ngứa quá không?", None),
    ("Tôi có bị muỗi đốt không?", None),
    ("Anh bị muỗi đốt đầy chân.", None), ("Tôi bị muỗi đốt khắp người.", None), ("Chân tôi bị ong đốt sưng lên.", None),
    ("Vết muỗi đốt tôi ngứa quá.", None), ("Con tôi bị muỗi đốt đầy chân à?", None), ("Đừng gãi.", None),
    ("Con tôi bị muỗi đốt đầy chân?", None), ("The mosquito bites are so itchy.", None), ("Đốt cắn đốt cắn.", None),
    # "nhỉ" on a statement asks to be agreed with (didn't it?), in every shape; asking with it ("… không nhỉ?") is asked
    ("Chó cắn tôi nhỉ.", None), ("Con chó cắn tôi nhỉ.", None), ("Tôi bị sứa đốt nhỉ.", None),
    ("Mẹ tôi bị rắn cắn nhỉ.", None), ("Con chó không cắn đâu nhỉ.", None), ("Con chó không cắn nhỉ.", None),
    ("Con chó có cắn không nhỉ?", "Does the dog bite?"),
    ("Vết muỗi đốt có ngứa không nhỉ?", "Are the mosquito bites itchy?"),
    ("Bạn có bị muỗi đốt không nhỉ?", "Did you get bitten by mosquitoes?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Một con bò đã vung cho tôi." (a cow swung), "Một chút bố tôi.", "Hãy cắn tôi.", "Một tiếng sỉ nhục tôi."
    ("A bee stung me.", "Tôi bị ong đốt."),
    ("A dog bit me.", "Tôi bị chó cắn."),
    ("A snake bit my father.", "Bố tôi bị rắn cắn."),
    ("A wasp stung my daughter.", "Con gái tôi bị ong vò vẽ đốt."),
    ("A spider bit me.", "Tôi bị nhện cắn."),
    ("A jellyfish stung me.", "Tôi bị sứa đốt."),
    ("A bee stung me yesterday.", "Hôm qua tôi bị ong đốt."),
    ("The neighbour's dog bit my son.", "Con chó nhà hàng xóm cắn con trai tôi."),
    ("The dog just bit me.", "Con chó vừa cắn tôi."),
    # v8: "Tôi đã vung bằng một con tàu." (swung by a ship), "Cô ấy bị tò mò bởi một trò đùa." (a joke), "Tôi bị cắn
    # bởi một con rắn."
    ("I was stung by a wasp.", "Tôi bị ong vò vẽ đốt."),
    ("I got stung by a wasp.", "Tôi bị ong vò vẽ đốt."),
    ("I've been stung by a wasp.", "Tôi bị ong vò vẽ đốt."),
    ("She was stung by a jellyfish.", "Cô ấy bị sứa đốt."),
    ("She has just been stung by a jellyfish.", "Cô ấy vừa bị sứa đốt."),
    ("My mother got stung by a jellyfish.", "Mẹ tôi bị sứa đốt."),
    ("I was bitten by a snake.", "Tôi bị rắn cắn."),
    ("He was bitten by a snake yesterday.", "Hôm qua anh ấy bị rắn cắn."),
    ("They were bitten by a snake.", "Họ bị rắn cắn."),
    ("My son was bitten by our neighbour's dog.", "Con trai tôi bị con chó nhà hàng xóm cắn."),
    # v8: "Bạn có phải là con trai của mình không?", "Bạn có phải là một cái bia hỏa không?"
    ("Were you stung by a bee?", "Bạn có bị ong đốt không?"),
    ("Were you bitten by a dog?", "Bạn có bị chó cắn không?"),
    ("Was he bitten by the neighbours' dog?", "Anh ấy có bị con chó nhà hàng xóm cắn không?"),
    ("Did a bee sting you?", "Bạn có bị ong đốt không?"),
    ("Did the dog bite you?", "Con chó có cắn bạn không?"),
    # v8: "Có chó cắn không?" (is there a dog)
    ("Does the dog bite?", "Con chó có cắn không?"),
    ("Does your dog bite?", "Con chó của bạn có cắn không?"),
    ("Does your cat bite?", "Con mèo của bạn có cắn không?"),
    ("The dog doesn't bite.", "Con chó không cắn đâu."),
    ("My dog doesn't bite.", "Con chó của tôi không cắn đâu."),
    # v8: "Có phải nó cắn không?", "Cái đó có phải là một cái rền không?", "Bạn làm gì?", "Bạn nói gì?"
    ("Was it a snake bite?", "Có phải bị rắn cắn không?"),
    ("Was it a bee sting?", "Có phải bị ong đốt không?"),
    ("Is this a snake bite?", "Đây có phải vết rắn cắn không?"),
    ("What bit you?", "Con gì cắn bạn vậy?"),
    ("What stung you?", "Con gì đốt bạn vậy?"),
    ("What bit your son?", "Con gì cắn con trai bạn vậy?"),
    # not: mt/injuries.py's ("stung by a bee", "bitten by a dog" said), allergic (mt/allergies.py), "was" or "has"
    # not agreeing, a dog that stings, a snake's sting, mosquitoes, dogs in general, a place on the body, a day ahead
    ("I was stung by a bee.", None), ("I got bitten by a dog.", None), ("My son was bitten by a dog.", None),
    ("He's allergic to bee stings.", None), ("She were stung by a wasp.", None),
    ("He have been bitten by a snake.", None), ("They was bitten by a snake.", None), ("A dog stung me.", None),
    ("Was it a dog sting?", None), ("A mosquito bit me.", None), ("Does a dog bite?", None),
    ("A bee stung me on the arm.", None), ("A dog bit me tomorrow.", None),
    # v8: "Những vết cắn do ẩm quá nhiều.", "Món cắn muỗi của tôi đang đau đớn.", "Món cắn này sưng lên.", "Bức cầu bị
    # sưng lên.", "Có phải vết cắn?", "Chiếc sting của cô ấy rất phồng to.", "Con chó cắn thật sự phồng to."
    ("The mosquito bites are so itchy.", "Vết muỗi đốt ngứa quá."),
    ("My mosquito bites are itching.", "Vết muỗi đốt của tôi ngứa."),
    ("The bite is swollen.", "Vết cắn bị sưng."),
    ("The bee sting is swollen.", "Vết ong đốt bị sưng."),
    ("Is the bite itchy?", "Vết cắn có ngứa không?"),
    ("Are the mosquito bites itchy?", "Vết muỗi đốt có ngứa không?"),
    ("The ant bites aren't itchy.", "Vết kiến cắn không ngứa."),
    ("Her wasp sting is very swollen.", "Vết ong vò vẽ đốt của cô ấy rất sưng."),
    ("The mosquito bite is itchy.", "Vết muỗi đốt ngứa."),
    ("Is your snake bite swollen?", "Vết rắn cắn của bạn có bị sưng không?"),
    ("The dog bite's really swollen.", "Vết chó cắn sưng lắm."),
    # v8: "Chặn của tôi được phủ kín trong vết cắn ẩm.", "Chặn của tôi bị sưng lên do vết cắn ẩm.", "Đôi tay của cô
    # ấy rất dễ thương do cắn mặt trăng." (so cute, from a moon bite)
    ("My legs are covered in mosquito bites.", "Chân tôi đầy vết muỗi đốt."),
    ("My son's legs are covered in mosquito bites.", "Chân con trai tôi đầy vết muỗi đốt."),
    ("My legs are swollen from mosquito bites.", "Chân tôi bị muỗi đốt sưng lên."),
    ("Her arms are so itchy from mosquito bites.", "Tay cô ấy bị muỗi đốt ngứa quá."),
    ("His face is swollen from ant bites.", "Mặt anh ấy bị kiến cắn sưng lên."),
    # v8: "Tôi bị vẹo trong vết cắn ẩm.", "Cô ấy bị cắn.", "Mẹ tôi được che bằng vết cắn ẩm.", "Con trai của tôi bị
    # cắn bởi muỗi tất cả trên chân của ông.", "Lan bị bít kín bởi những con búa trên chân của cô ấy."
    ("I'm covered in mosquito bites.", "Tôi bị muỗi đốt khắp người."),
    ("She's covered in ant bites.", "Cô ấy bị kiến cắn khắp người."),
    ("My mother is covered in mosquito bites.", "Mẹ tôi bị muỗi đốt khắp người."),
    ("We're covered with mosquito bites.", "Chúng tôi bị muỗi đốt khắp người."),
    ("My son got bitten by mosquitoes all over his legs.", "Con trai tôi bị muỗi đốt đầy chân."),
    ("I was bitten by mosquitoes all over my arms.", "Tôi bị muỗi đốt đầy tay."),
    ("Lan got bitten by ants all over her legs.", "Lan bị kiến cắn đầy chân."),
    # v8: "Bạn đang cắn răng bằng muỗi?", "Bạn bị cắn bởi muỗi không?", "Con trai của bạn có bị cắn không?"
    ("Were you bitten by mosquitoes?", "Bạn có bị muỗi đốt không?"),
    ("Did you get bitten by mosquitoes?", "Bạn có bị muỗi đốt không?"),
    ("Was your son bitten by ants?", "Con trai bạn có bị kiến cắn không?"),
    ("Did they get bitten by mosquitoes?", "Họ có bị muỗi đốt không?"),
    # not: a bee's bite, a mosquito's sting, "is" or "was" not agreeing, a "?" on a statement, how much asked, "his"
    # not who's own, "Was I …?", bitten without where (mt/injuries.py's), "has been … all over" (left for room),
    # "Don't scratch it." (the bite or the car?), another meaning of "bite", the other way's language, nonsense
    ("The bee bite is swollen.", None), ("The mosquito sting is itchy.", None), ("The bites is itchy.", None),
    ("The mosquito bites are itchy?", None), ("Are the bites so itchy?", None),
    ("I are covered in mosquito bites.", None), ("My legs is swollen from mosquito bites.", None),
    ("My son got bitten by mosquitoes all over her legs.", None), ("Was you bitten by mosquitoes?", None),
    ("Did you bitten by mosquitoes?", None), ("Was I bitten by mosquitoes?", None),
    ("I got bitten by mosquitoes.", None), ("She has been bitten by mosquitoes all over her back.", None),
    ("Don't scratch it.", None), ("This cheese has a bite to it.", None), ("Vết muỗi đốt ngứa quá.", None),
    ("Bites bites bites.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
