"""Bonsai as a hobby: who likes or grows it, whose hobby it is, who prunes, waters or looks after it, how old a bonsai
is and whether it is expensive, both ways (mt/bonsai.py)."""
import pytest

from mt.bonsai import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I like playing the scene.", "Do you like to play the scene?", "My mother didn't like to play the scene
    # tree.", "My grandfather was a scene.", "I love playing the scene.", "We like a scene of tree.", "She dropped the
    # scene.", "Uncle Hung plays the scene tree.", "Do you play the scene?"
    ("Bố tôi thích chơi cây cảnh.", "My father likes growing bonsai."),
    ("Bạn có thích chơi cây cảnh không?", "Do you like growing bonsai?"),
    ("Mẹ tôi không thích chơi cây cảnh.", "My mother doesn't like growing bonsai."),
    ("Ông tôi mê cây cảnh.", "My grandfather loves bonsai."),
    ("Bố tôi rất thích chơi cây cảnh.", "My father really likes growing bonsai."),
    ("Chúng tôi thích cây cảnh lắm.", "We really like bonsai."),
    ("Cô ấy ghét cây cảnh.", "She hates bonsai."),
    ("Bác Hùng chơi cây cảnh.", "Uncle Hung grows bonsai."),
    ("Bạn có chơi cây cảnh không?", "Do you grow bonsai?"),
    ("Anh có thích chơi cây cảnh không?", "Do you like growing bonsai?"),
    # v8: "My hobby is playing a scene tree.", "My hobby is playing bonsai."
    ("Sở thích của bố tôi là chơi cây cảnh.", "My father's hobby is growing bonsai."),
    ("Sở thích của tôi là chơi bonsai.", "My hobby is growing bonsai."),
    # v8: "He is insisting the scene.", "I'm putting on the scene.", "I'm taking care of the tree.", "Are you
    # undergoing the scene?", "Lan will fade the scene.", "Tomorrow, I'll put the scene."
    ("Ông ấy đang tỉa cây cảnh.", "He's pruning the plants."),
    ("Tôi đang tưới cây cảnh.", "I'm watering the plants."),
    ("Bố tôi đang chăm sóc cây cảnh.", "My father is looking after the plants."),
    ("Bạn có đang tưới cây cảnh không?", "Are you watering the plants?"),
    ("Lan sẽ tưới cây cảnh.", "Lan will water the plants."),
    ("Ngày mai tôi sẽ tưới cây cảnh.", "I'll water the plants tomorrow."),
    ("Cô ấy đang tưới cây cảnh của tôi.", "She's watering my plants."),
    ("Ông tôi phải cắt tỉa cây bonsai này.", "My grandfather has to prune this bonsai."),
    # v8: "We just billion the trees of scene.", "I drought the scene.", "My mother put off my scene.", "Did you
    # unfined the scene?", "I'm not invade the tree.", "Yesterday, I billion scenes.", "I forgot to invest in the
    # scene."
    ("Chúng tôi vừa tỉa cây cảnh.", "We've just pruned the plants."),
    ("Tôi tưới cây cảnh rồi.", "I've already watered the plants."),
    ("Mẹ tôi tưới cây cảnh của mình rồi.", "My mother has already watered her plants."),
    ("Bạn đã tưới cây cảnh chưa?", "Have you watered the plants yet?"),
    ("Tôi chưa tưới cây cảnh.", "I haven't watered the plants yet."),
    ("Hôm qua bố tôi tỉa cây cảnh.", "My father pruned the plants yesterday."),
    ("Tôi quên tưới cây cảnh.", "I forgot to water the plants."),
    # v8: "My mother gives the tree a scene every morning.", "Do you buy the tree every day?", "He spent hours to rate
    # the scene."
    ("Mẹ tôi tưới cây cảnh mỗi sáng.", "My mother waters the plants every morning."),
    ("Bạn có tưới cây cảnh mỗi ngày không?", "Do you water the plants every day?"),
    ("Ông ấy dành hàng giờ để tỉa cây cảnh.", "He spends hours pruning the plants."),
    # v8: "How old are this scene?", "How old are your scene?", "How many years old are the scene?", "This bonsai has
    # been twenty-year-old.", "My scene is more than one hundred years old.", "This scene is about 30 years old."
    ("Cây cảnh này bao nhiêu tuổi rồi?", "How old is this plant?"),
    ("Cây cảnh của bạn bao nhiêu tuổi rồi?", "How old is your plant?"),
    ("Cây cảnh của Lan mấy tuổi rồi?", "How old is Lan's plant?"),
    ("Cây bonsai này đã năm mươi tuổi.", "This bonsai is fifty years old."),
    ("Cây cảnh của ông tôi hơn một trăm tuổi rồi.", "My grandfather's plant is over a hundred years old."),
    ("Cây cảnh này khoảng 30 tuổi.", "This plant is about 30 years old."),
    # v8: "This scene is very expensive.", "Are it expensive?", "Are you expensive?", "This scene is not very
    # expensive."
    ("Cây cảnh này rất đắt.", "This plant is very expensive."),
    ("Cây cảnh này có đắt không?", "Is this plant expensive?"),
    ("Cây cảnh của bạn có đắt không?", "Is your plant expensive?"),
    ("Cây cảnh này không đắt lắm.", "This plant isn't very expensive."),
    # "cây cảnh" (ornamental plants) tended is "the plants", aged or priced "this plant"; "bonsai" said stays bonsai
    ("Ông tôi phải cắt tỉa cây cảnh này.", "My grandfather has to prune this plant."),
    ("Cây cảnh của Lan có đắt không?", "Is Lan's plant expensive?"),
    ("Cây cảnh của ông tôi đã hơn một trăm tuổi.", "My grandfather's plant is over a hundred years old."),
    ("Tôi đang tưới cây bonsai.", "I'm watering the bonsai."),
    ("Bác Hùng vừa tưới bonsai.", "Uncle Hung has just watered the bonsai."),
    ("Ông ấy đang tỉa cây bonsai.", "He's pruning the bonsai."),
    ("Mẹ tôi tỉa cây bonsai của mình mỗi sáng.", "My mother prunes her bonsai every morning."),
    ("Cây bonsai này bao nhiêu tuổi rồi?", "How old is this bonsai?"),
    ("Cây bonsai của ông tôi hơn một trăm tuổi rồi.", "My grandfather's bonsai is over a hundred years old."),
    ("Cây bonsai này rất đắt.", "This bonsai is very expensive."),
    ("Bonsai của bạn có đắt không?", "Is your bonsai expensive?"),
    # not: a plain verb (a habit, or done?), "có … không?" with no "đang" or "mỗi …" (do you, or did you?), "mới"
    # (just, or only?), "anh" saying it, a pet, "I" asked, a "?" on a statement, a bonsai with no "này" or whose (any
    # bonsai?), "đắt quá" (so, or too?), "chậu" (the pot: v8 has it right), "phong cảnh" (a landscape), a day behind
    # with "sẽ", "sáng nay" (done, or ahead?), "à?", "đã khoảng", "không … lắm", a name's "của mình" (his or hers?)
    ("Tôi tưới cây cảnh.", None), ("Bạn có tưới cây cảnh không?", None), ("Tôi mới tưới cây cảnh.", None),
    ("Anh tỉa cây cảnh rồi.", None), ("Con mèo của tôi thích cây cảnh.", None),
    ("Tôi có thích chơi cây cảnh không?", None), ("Bố tôi thích chơi cây cảnh?", None),
    ("Cây cảnh bao nhiêu tuổi?", None), ("Cây cảnh rất đắt.", None), ("Cây cảnh này đắt quá.", None),
    ("Ông ấy có một chậu bonsai rất đắt.", None), ("Tôi thích phong cảnh.", None),
    ("Hôm qua tôi sẽ tưới cây cảnh.", None), ("Sáng nay tôi tưới cây cảnh.", None),
    ("Bạn đang tưới cây cảnh à?", None), ("Cây cảnh này đã khoảng năm mươi tuổi.", None),
    ("Tôi không thích chơi cây cảnh lắm.", None), ("Lan tưới cây cảnh của mình rồi.", None),
    ("Tôi đã tưới cây cảnh chưa?", None), ("Tôi đang tưới cây cảnh mỗi ngày.", None),
    ("Tôi thích cây cảnh nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    # not: a statement ending "thế", "vậy" (so expensive, then: mt.text.STRESSED_SAID), which a question only softens
    ("Cây cảnh này đắt thế.", None), ("Cây cảnh này rất đắt vậy.", None), ("Ông ấy đang tỉa cây cảnh thế.", None),
    ("Tôi thích cây cảnh vậy.", None), ("Cây cảnh này năm mươi tuổi rồi vậy.", None),
    ("Bạn có thích chơi cây cảnh không thế?", "Do you like growing bonsai?"),
    # not: "em" asking with "ạ", the speaker (mt.hobbies.em_speaking), not "you"
    ("Em có thích chơi cây cảnh không ạ?", None), ("Em đã tưới cây cảnh chưa ạ?", None),
    ("Em có đang tưới cây cảnh không ạ?", None), ("Em có tưới cây cảnh mỗi ngày không ạ?", None),
    ("Em có thích chơi cây cảnh không?", "Do you like growing bonsai?"),
    ("I like bonsai.", None),  # (the other way's language)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cha tôi thích chán nản ngày càng lớn.", "Bố tôi đang vào bonsai.", "Bạn có thích bonsai không?", "Cô ấy
    # không thích chán nản đang phát triển.", "Ông tôi yêu những người chán nản.", "Tôi thực sự thích chán nản.", "Lan
    # phát triển bonsai.", "Bạn đang vào bonsai không?", "Anh ta không chán nản."
    ("My father likes growing bonsai.", "Bố tôi thích chơi cây cảnh."),
    ("My dad is into bonsai.", "Bố tôi thích chơi cây cảnh."),
    ("Do you like bonsai?", "Bạn có thích cây cảnh không?"),
    ("She doesn't like growing bonsai.", "Cô ấy không thích chơi cây cảnh."),
    ("My grandfather loves bonsai.", "Ông tôi mê cây cảnh."),
    ("I really like bonsai.", "Tôi rất thích cây cảnh."),
    ("Lan grows bonsai.", "Lan chơi cây cảnh."),
    ("Are you into bonsai?", "Bạn có thích chơi cây cảnh không?"),
    ("He's not into bonsai.", "Anh ấy không thích chơi cây cảnh."),
    # v8: "Tôi thích thú là người chán nản.", "Cough của Lan đang phát triển bonsai."
    ("My hobby is bonsai.", "Sở thích của tôi là chơi cây cảnh."),
    ("Lan's hobby is growing bonsai.", "Sở thích của Lan là chơi cây cảnh."),
    # v8: "Anh ta đang say rượu.", "Tôi đang nước hoa bonsai.", "Anh ấy đang say rượu?", "Ông tôi đang tìm kiếm sau
    # lời chán của ông.", "Cô ấy đang nước cho mẹ tôi chán nản của mẹ.", "Tôi sẽ nước chanh ngày mai."
    ("He's pruning the bonsai.", "Anh ấy đang tỉa cây cảnh."),
    ("I'm watering the bonsai.", "Tôi đang tưới cây cảnh."),
    ("Is he pruning the bonsai?", "Anh ấy có đang tỉa cây cảnh không?"),
    ("My grandfather is looking after his bonsai.", "Ông tôi đang chăm sóc cây cảnh của mình."),
    ("She's watering my mother's bonsai.", "Cô ấy đang tưới cây cảnh của mẹ tôi."),
    ("I'll water the bonsai tomorrow.", "Ngày mai tôi sẽ tưới cây cảnh."),
    ("We'll prune the bonsai next weekend.", "Cuối tuần sau chúng tôi sẽ tỉa cây cảnh."),
    # v8: "Chúng tôi vừa say rượu.", "Tôi đã nước ép bonsai.", "Bạn có nước uống bonsai chưa?", "Cô ấy vẫn chưa có nước
    # ép bonsai.", "Tôi đã nước cho cái bonsa hôm qua.", "Anh ta phải uống nước bonsai.", "Tôi quên nước bonsai."
    ("We've just pruned the bonsai.", "Chúng tôi vừa tỉa cây cảnh."),
    ("I've already watered the bonsai.", "Tôi tưới cây cảnh rồi."),
    ("Have you watered the bonsai yet?", "Bạn đã tưới cây cảnh chưa?"),
    ("She hasn't watered the bonsai yet.", "Cô ấy chưa tưới cây cảnh."),
    ("I watered the bonsai yesterday.", "Hôm qua tôi tưới cây cảnh."),
    ("He has to water the bonsai.", "Anh ấy phải tưới cây cảnh."),
    ("I forgot to water the bonsai.", "Tôi quên tưới cây cảnh."),
    # v8: "Mẹ tôi nước hoa bonsai mỗi buổi sáng.", "Bạn có nước bonsai mỗi ngày không?", "Anh ta dành nhiều giờ để
    # chùm chánh."
    ("My mother waters the bonsai every morning.", "Mẹ tôi tưới cây cảnh mỗi sáng."),
    ("Do you water the bonsai every day?", "Bạn có tưới cây cảnh mỗi ngày không?"),
    ("He spends hours trimming his bonsai.", "Anh ấy dành hàng giờ để tỉa cây cảnh của mình."),
    # v8: "Đâu xưa này là bao nhiêu?", "Cây bonsai này bao nhiêu?", "Bạn bao nhiêu tuổi?", "Món bonsai này là fifty
    # tuổi.", "Món hào của ông tôi là hơn một trăm tuổi."
    ("How old is this bonsai?", "Cây cảnh này bao nhiêu tuổi rồi?"),
    ("How old is this bonsai tree?", "Cây cảnh này bao nhiêu tuổi rồi?"),
    ("How old is your bonsai?", "Cây cảnh của bạn bao nhiêu tuổi rồi?"),
    ("This bonsai is fifty years old.", "Cây cảnh này đã năm mươi tuổi."),
    ("My grandfather's bonsai is over a hundred years old.", "Cây cảnh của ông tôi đã hơn một trăm tuổi."),
    # v8: "Món-ai này rất đắt tiền.", "Bạn có đắt tiền không?", "Món-ai này không đắt tiền."
    ("This bonsai is very expensive.", "Cây cảnh này rất đắt."),
    ("Is your bonsai expensive?", "Cây cảnh của bạn có đắt không?"),
    ("This bonsai isn't very expensive.", "Cây cảnh này không đắt lắm."),
    # not: the verb not agreeing ("She water", "I doesn't", "He have to", "He is pruned", "one years"), a plain
    # present (a habit, or now?), "I" asked, a pet, "the bonsai" aged or priced (which?), many with "this", "his" of
    # a name (Lan's own, or a man's?) or not who's own, a day ahead with a past, denied "-ing", "really" hated, a
    # bonsai pot (v8's "nồi": left to it), and a "?" on a statement
    ("She water the bonsai every day.", None), ("I doesn't like bonsai.", None), ("Does she likes bonsai?", None),
    ("He have to water the bonsai.", None), ("He is pruned the bonsai.", None),
    ("This bonsai is one years old.", None), ("He prunes the bonsai.", None), ("Do I like bonsai?", None),
    ("Have I watered the bonsai yet?", None), ("My cat likes bonsai.", None), ("My dog is watering the bonsai.", None),
    ("How old is the bonsai?", None), ("The bonsai is expensive.", None), ("How old are these bonsai trees?", None),
    ("Lan is watering his bonsai.", None), ("My mother is pruning his bonsai.", None),
    ("I watered the bonsai tomorrow.", None), ("We aren't watering the bonsai.", None), ("I really hate bonsai.", None),
    ("He has a very expensive bonsai pot.", None), ("I'm watering the bonsai?", None),
    ("Is this bonsai very expensive?", None),
    ("I'm watering the plants.", None), ("This plant is very expensive.", None),  # (no "bonsai": mt/plants.py's)
    ("Tôi thích chơi cây cảnh.", None),  # (the other way's language)
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
