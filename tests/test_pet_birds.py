"""Keeping birds as pets: who keeps them or likes to, a bird singing or talking, the birdcage hung out, a bird fed,
and a bird out of its cage, both ways (mt/pet_birds.py)."""
import pytest

from mt.pet_birds import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm getting a squiring.", "I'm getting birds.", "Do you have a bird?", "He has no longer a bird.",
    # "My grandfather like birds.", "The two birds welcome."
    ("Tôi nuôi một con chim sáo.", "I keep a myna bird."),
    ("Tôi nuôi chim.", "I keep birds."),
    ("Ông tôi nuôi chim.", "My grandfather keeps birds."),
    ("Bạn có nuôi chim không?", "Do you keep birds?"),
    ("Bạn còn nuôi chim không?", "Do you still keep birds?"),
    ("Anh ấy không còn nuôi chim nữa.", "He doesn't keep birds any more."),
    ("Chúng tôi không nuôi chim.", "We don't keep birds."),
    ("Bố tôi vẫn nuôi chim.", "My father still keeps birds."),
    ("Lan nuôi hai con chim chào mào.", "Lan keeps two red-whiskered bulbuls."),
    ("Cô ấy nuôi một con chim hoàng yến.", "She keeps a canary."),
    ("Ông tôi thích nuôi chim.", "My grandfather likes keeping birds."),
    ("Bạn có thích nuôi chim không?", "Do you like keeping birds?"),
    ("Mẹ tôi không thích nuôi chim.", "My mother doesn't like keeping birds."),
    ("Tôi rất thích nuôi chim.", "I really like keeping birds."),
    ("Bố tôi mê nuôi chim chào mào.", "My father loves keeping red-whiskered bulbuls."),
    # v8: "My birds are very good.", "My bird greetings were very good.", "Are you bald?"
    ("Con chim của tôi hót rất hay.", "My bird sings beautifully."),
    ("Con chim chào mào của ông tôi hót hay lắm.", "My grandfather's red-whiskered bulbul sings beautifully."),
    ("Con chim sáo nhà tôi hót hay.", "My myna bird sings well."),
    ("Con chim của bạn có hót hay không?", "Does your bird sing well?"),
    ("Con chim hoàng yến này hót không hay.", "This canary doesn't sing well."),
    ("Con chim sáo của Lan biết hót.", "Lan's myna bird can sing."),
    # v8: "My son said.", "Do you know that you say?", "I snubbed my house.", "My skept didn't say."
    ("Con vẹt của tôi biết nói.", "My parrot can talk."),
    ("Con vẹt của bạn có biết nói không?", "Can your parrot talk?"),
    ("Con vẹt nhà tôi biết nói rồi.", "My parrot can talk now."),
    ("Con chim sáo của tôi không biết nói.", "My myna bird can't talk."),
    ("Con vẹt của anh ấy chưa biết nói.", "His parrot can't talk yet."),
    ("Con sáo của bạn biết nói chưa?", "Can your myna bird talk yet?"),
    # v8: "My grandfather hanged out the bird to launch each morning.", "I just hanged out the bird out."
    ("Ông tôi treo lồng chim ra ban công mỗi sáng.",
     "My grandfather hangs the birdcage out on the balcony every morning."),
    ("Tôi vừa treo lồng chim ra ngoài hiên.", "I have just hung the birdcage out on the porch."),
    ("Mẹ tôi đang treo lồng chim ra sân.", "My mother is hanging the birdcage out in the yard."),
    ("Chúng tôi treo lồng chim ra ngoài rồi.", "We have already hung the birdcage out."),
    ("Mỗi sáng bác Hùng treo lồng chim ra trước nhà.",
     "Uncle Hung hangs the birdcage out in front of the house every morning."),
    # v8: "My mother gave me a squiring coffee."
    ("Mẹ tôi cho chim sáo ăn cào cào.", "My mother feeds the myna bird grasshoppers."),
    ("Ông tôi cho con vẹt ăn hạt hướng dương mỗi sáng.",
     "My grandfather feeds the parrot sunflower seeds every morning."),
    ("Bạn đã cho chim sáo ăn chưa?", "Have you fed the myna bird yet?"),
    ("Tôi chưa cho chim chào mào ăn.", "I haven't fed the red-whiskered bulbul yet."),
    ("Tôi cho chim sáo ăn rồi.", "I have already fed the myna bird."),
    ("Anh ấy vừa cho con chim hoàng yến của tôi ăn.", "He has just fed my canary."),
    ("Chúng tôi không cho con vẹt ăn chuối.", "We don't feed the parrot bananas."),
    # v8: "The window is nested.", "Land's horror has been nested.", "My roads flew out of the nest.", "Yesterday, my
    # child was nested."
    ("Con chim sổ lồng rồi.", "The bird has got out of its cage."),
    ("Con chim hoàng yến của Lan vừa sổ lồng.", "Lan's canary has just got out of its cage."),
    ("Con chim sáo của tôi bay ra khỏi lồng rồi.", "My myna bird has flown out of its cage."),
    ("Hôm qua con vẹt của tôi sổ lồng.", "My parrot got out of its cage yesterday."),
    ("Con vẹt của ông tôi đã thoát khỏi lồng.", "My grandfather's parrot got out of its cage."),
    ("Con chim của bạn sổ lồng bay mất rồi.", "Your bird has got out of its cage and flown away."),
    # not: a kind kept uncounted (one or more?), "chim yến" (swiftlets), counted "con vẹt" kept (mt/family.py's),
    # "chim" or "vẹt" fed (mt/pets.py's), "chim" alone as a pet, no tense said, "?" on a statement, "I" asked, a pet
    # keeping birds, "anh" saying it, "như chim sổ lồng", the flute, "của mình" (whose?), English, nonsense
    ("Tôi nuôi chim sáo.", None), ("Tôi nuôi chim yến.", None), ("Chúng tôi nuôi hai con vẹt.", None),
    ("Tôi cho chim ăn rồi.", None), ("Tôi cho con vẹt ăn.", None), ("Chim của tôi hót rất hay.", None),
    ("Tôi treo lồng chim ra ban công.", None), ("Con chim sổ lồng.", None), ("Con chim hót rất hay?", None),
    ("Tôi có nuôi chim không?", None), ("Con chó của tôi nuôi chim.", None), ("Anh nuôi chim.", None),
    ("Tôi như chim sổ lồng.", None), ("Anh ấy thổi sáo rất hay.", None), ("Con vẹt của mình biết nói.", None),
    ("Bạn nuôi chim?", None), ("Chim hót.", None), ("Mấy con chim của tôi hót rất hay.", None),
    ("Tôi có nuôi chim.", None), ("My parrot can talk.", None), ("Chim chim chim.", None),
    ("Con vẹt biết nói không?", None), ("Tôi thích nuôi hai con vẹt.", None),
    ("Bạn có treo lồng chim ra ban công không?", None),
    ("Ngày mai con chim sổ lồng.", None),
    # not: "thế", "vậy" ending a statement (so well!, then: mt.text.STRESSED_SAID; asked, they only soften), "em" asking
    # with "ạ" (the speaker: mt.hobbies.em_speaking), how often said twice, "mỗi sáng" before "không" (never in the
    # mornings, not "not every morning"), one's own bird by a name (his or hers?)
    ("Con chim của tôi hót hay thế.", None), ("Con chim của bạn hót hay vậy.", None), ("Tôi nuôi chim vậy.", None),
    ("Tôi thích nuôi chim thế.", None), ("Con vẹt nhà tôi biết nói rồi vậy.", None),
    ("Tôi cho chim sáo ăn cào cào rồi thế.", None), ("Con chim sổ lồng rồi vậy.", None),
    ("Con vẹt của bạn có biết nói không thế?", "Can your parrot talk?"),
    ("Em có nuôi chim không ạ?", None), ("Em có thích nuôi chim không ạ?", None),
    ("Em đã cho chim sáo ăn chưa ạ?", None), ("Em treo lồng chim ra ban công chưa ạ?", None),
    ("Em có nuôi chim không?", "Do you keep birds?"),
    ("Mỗi sáng ông tôi treo lồng chim ra ban công mỗi tối.", None),
    ("Mỗi sáng tôi không cho chim sáo ăn.", None), ("Mỗi sáng ông tôi không treo lồng chim ra ban công.", None),
    ("Tôi không cho chim sáo ăn mỗi ngày.", "I don't feed the myna bird every day."),
    ("Mẹ tôi cho con chim của mẹ tôi ăn hạt kê.", "My mother feeds her bird millet."),
    ("Lan cho con vẹt của Lan ăn chuối.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi giữ một con chim.", "Chúng tôi giữ hai tờ có thể từ.", "Bạn có giữ con chim không?", "Ông tôi thích
    # giữ những con chim.", "Anh ấy không giữ con chim nữa."
    ("I keep a myna bird.", "Tôi nuôi một con chim sáo."),
    ("We keep two canaries.", "Chúng tôi nuôi hai con chim hoàng yến."),
    ("My grandfather keeps birds.", "Ông tôi nuôi chim."),
    ("Do you keep birds?", "Bạn có nuôi chim không?"),
    ("Does she still keep parrots?", "Cô ấy còn nuôi vẹt không?"),
    ("He doesn't keep birds any more.", "Anh ấy không còn nuôi chim nữa."),
    ("My father no longer keeps birds.", "Bố tôi không còn nuôi chim nữa."),
    ("Lan keeps mynas.", "Lan nuôi chim sáo."),
    ("My grandfather likes keeping birds.", "Ông tôi thích nuôi chim."),
    ("Do you like keeping birds?", "Bạn có thích nuôi chim không?"),
    ("We love keeping canaries.", "Chúng tôi rất thích nuôi chim hoàng yến."),
    ("My mother doesn't like keeping birds.", "Mẹ tôi không thích nuôi chim."),
    # v8: "Bọn bird đang hát đẹp.", "Lỗ bulbul của Lan rất tốt.", "Liệu sinh học của bạn có tốt không?"
    ("My bird sings beautifully.", "Con chim của tôi hót rất hay."),
    ("Lan's bulbul sings very well.", "Con chim chào mào của Lan hót rất hay."),
    ("Our canary sings well.", "Con chim hoàng yến của chúng tôi hót hay."),
    ("Does your bird sing well?", "Con chim của bạn có hót hay không?"),
    ("This myna bird doesn't sing well.", "Con chim sáo này hót không hay."),
    ("My grandfather's bulbul can sing.", "Con chim chào mào của ông tôi biết hót."),
    # v8: "Chó của tôi có thể nói chuyện.", "Bạn có thể nói chuyện parrot của mình không?", "Tôi vẫn chưa nói được."
    ("My parrot can talk.", "Con vẹt của tôi biết nói."),
    ("Can your parrot talk?", "Con vẹt của bạn có biết nói không?"),
    ("My parrot can't talk yet.", "Con vẹt của tôi chưa biết nói."),
    ("His myna can talk now.", "Con chim sáo của anh ấy biết nói rồi."),
    ("Does your parrot talk?", "Con vẹt của bạn có biết nói không?"),
    ("Can her parrot talk yet?", "Con vẹt của cô ấy biết nói chưa?"),
    # v8: "Ông tôi đã ca ngợi con chim sinh vật ra khỏi buổi sáng mỗi buổi sáng.", "Tôi vừa aggressive con chim xuống
    # băng chuyền."
    ("My grandfather hangs the birdcage out on the balcony every morning.",
     "Ông tôi treo lồng chim ra ban công mỗi sáng."),
    ("I've just hung the birdcage out on the porch.", "Tôi vừa treo lồng chim ra hiên."),
    ("She's hanging the bird cage outside.", "Cô ấy đang treo lồng chim ra ngoài."),
    ("We have already hung the birdcage out in the yard.", "Chúng tôi treo lồng chim ra sân rồi."),
    # v8: "Cô ấy cho con búa chim sinh học của tôi."
    ("She feeds her myna bird grasshoppers.", "Cô ấy cho con chim sáo ăn cào cào."),
    ("My mother feeds the parrot sunflower seeds every morning.",
     "Mẹ tôi cho con vẹt ăn hạt hướng dương mỗi sáng."),
    ("Have you fed the myna bird yet?", "Bạn đã cho con chim sáo ăn chưa?"),
    ("I haven't fed the canary yet.", "Tôi chưa cho con chim hoàng yến ăn."),
    ("He has just fed your bulbul.", "Anh ấy vừa cho con chim chào mào của bạn ăn."),
    ("We fed the parrot.", "Chúng tôi đã cho con vẹt ăn."),
    # v8: "Banrd đã thoát khỏi cái cage của nó.", "Chúng ta có thể thoát khỏi cái cage hôm qua của nó.", "Chó của tôi đã
    # chảy ra khỏi băng chuyền của nó."
    ("The bird has got out of its cage.", "Con chim sổ lồng rồi."),
    ("Our canary escaped from its cage yesterday.", "Hôm qua con chim hoàng yến của chúng tôi sổ lồng."),
    ("My parrot has flown out of its cage.", "Con vẹt của tôi bay ra khỏi lồng rồi."),
    ("My grandfather's myna bird has just escaped from its cage.", "Con chim sáo của ông tôi vừa sổ lồng."),
    ("The bird got out of its cage and flew away.", "Con chim đã sổ lồng bay mất."),
    ("Lan's parrot flew out of its cage.", "Con vẹt của Lan đã bay ra khỏi lồng."),
    # not: verbs that do not agree ("She keep", "My parrot sing", "has flew"), counts that do not ("two canary", "a
    # birds"), plural birds as subject, "Do I", "sings beautifully" asked, "her cage", the cage alone, "hang" with no
    # how often, "her" not hers, a "?" on a statement, Vietnamese, nonsense
    ("She keep birds.", None), ("My parrot sing well.", None), ("The bird has flew out of its cage.", None),
    ("We keep two canary.", None), ("I keep a birds.", None), ("My birds sing beautifully.", None),
    ("Do I keep birds?", None), ("Does your bird sing beautifully?", None), ("My parrot escaped from her cage.", None),
    ("I keep a bird cage.", None), ("My grandfather hangs the birdcage out on the balcony.", None),
    ("My parrot can talk?", None), ("Con vẹt của tôi biết nói.", None), ("Bird bird bird.", None),
    ("I keep an parrot.", None), ("My grandfather feeds her canary.", None), ("My parrot sings.", None),
    ("He has a bird's-eye view.", None), ("The bird got out of its cage tomorrow.", None),
    ("Do you love keeping birds?", None), ("I still keep two parrots.", None), ("Parrots can talk.", None),
    ("The early bird catches the worm.", None), ("Does my parrot talk well?", None),
    ("He have fed the canary.", None),
    # not: "no longer" asked (its "no longer" would be lost)
    ("Does he no longer keep birds?", None), ("Do you no longer keep birds?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
