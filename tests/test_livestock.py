"""Farm animals kept, hens laying eggs and animals giving birth, both ways (mt/livestock.py)."""
import pytest

from mt.livestock import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My house is a chicken.", "My grandparents feeding.", "My parents cowed.", "Do you have a brew?"
    ("Nhà tôi nuôi gà.", "My family keeps chickens."),
    ("Ông bà tôi nuôi lợn.", "My grandparents keep pigs."),
    ("Bố mẹ tôi nuôi bò.", "My parents keep cows."),
    ("Nhà tôi nuôi gà và vịt.", "My family keeps chickens and ducks."),
    ("Ông tôi nuôi trâu.", "My grandfather keeps buffaloes."),
    ("Họ nuôi dê.", "They keep goats."),
    ("Tôi nuôi ong.", "I keep bees."),
    ("Bác Hùng nuôi vịt.", "Uncle Hung keeps ducks."),
    ("Bạn có nuôi gà không?", "Do you keep chickens?"),
    ("Nhà bạn có nuôi lợn không?", "Does your family keep pigs?"),
    ("Nhà tôi không nuôi gà.", "My family doesn't keep chickens."),
    ("Ông bà tôi nuôi gà và lợn ở quê.", "My grandparents keep chickens and pigs in the countryside."),
    ("Ông bà tôi vẫn nuôi lợn.", "My grandparents still keep pigs."),
    ("Bạn còn nuôi gà không?", "Do you still keep chickens?"),
    ("Nhà tôi không còn nuôi vịt nữa.", "My family doesn't keep ducks any more."),
    ("Mẹ tôi nuôi nhiều gà.", "My mother keeps a lot of chickens."),
    ("Ông bà tôi nuôi hai con bò.", "My grandparents keep two cows."),
    # v8: "Are you a lot of ducklings?", "What's your home?"
    ("Nhà bạn nuôi mấy con vịt?", "How many ducks does your family keep?"),
    ("Ông bà bạn nuôi bao nhiêu con gà?", "How many chickens do your grandparents keep?"),
    ("Nhà bạn nuôi con gì?", "What animals does your family keep?"),
    # v8: "The egg lays.", "The chicken was just lay eggs.", "It's a lot of eggs."
    ("Gà đẻ trứng rồi.", "The hens have laid eggs."),
    ("Con gà mái vừa đẻ trứng.", "The hen has just laid an egg."),
    ("Gà nhà tôi đẻ nhiều trứng lắm.", "My hens lay a lot of eggs."),
    ("Gà nhà tôi đẻ trứng mỗi ngày.", "My hens lay eggs every day."),
    ("Gà nhà bạn có đẻ trứng không?", "Do your hens lay eggs?"),
    ("Gà nhà tôi không đẻ trứng nữa.", "My hens don't lay eggs any more."),
    ("Hôm nay gà đẻ năm quả trứng.", "The hens laid five eggs today."),
    ("Gà đang đẻ trứng.", "The hens are laying eggs."),
    ("Gà mái chưa đẻ trứng.", "The hens haven't laid any eggs yet."),
    ("Con vịt này đẻ trứng chưa?", "Has this duck laid any eggs yet?"),
    # v8: "She was just laying her.", "The doll cow lay.", "The heart was just laying ten children."
    ("Con bò vừa đẻ con.", "The cow has just had a calf."),
    ("Con bò đẻ một con bê.", "The cow had a calf."),
    ("Con lợn nái vừa đẻ mười con.", "The sow has just had ten piglets."),
    ("Con chó nhà tôi vừa đẻ năm con.", "My dog has just had five puppies."),
    ("Con mèo đẻ con rồi.", "The cat has had kittens."),
    ("Con bò sắp đẻ.", "The cow is about to give birth."),
    ("Con bò nhà bạn đẻ chưa?", "Has your cow given birth yet?"),
    ("Hôm qua con trâu đẻ.", "The buffalo gave birth yesterday."),
    # not: "anh" saying it (the speaker?), hens in general, feeding (mt/pets.py's), kept and counted by who
    # (mt/family.py's), dogs kept uncounted (one or many?), a young not its own, asked without "không", a day ahead
    ("Họ nuôi dê nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh nuôi gà.", None), ("Gà đẻ trứng.", None), ("Gà có đẻ trứng không?", None), ("Tôi cho gà ăn.", None),
    ("Nhà tôi nuôi hai con bò.", None), ("Nhà tôi nuôi chó.", None), ("Con trâu đẻ một con bê.", None),
    ("Bạn có nuôi gà?", None), ("Ngày mai con bò đẻ.", None), ("Con bò đẻ.", None), ("Tôi có nuôi gà.", None),
    # review: asked of oneself ("Do I keep chickens?")
    ("Tôi nuôi mấy con gà?", None), ("Tôi có nuôi gà không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi giữ con gà.", "Ông bà tôi nâng cao nếp.", "Chúng tôi không giữ pigs.", "Cha tôi nâng cao bò."
    ("We keep chickens.", "Chúng tôi nuôi gà."),
    ("My grandparents raise pigs.", "Ông bà tôi nuôi lợn."),
    ("My grandparents keep pigs.", "Ông bà tôi nuôi lợn."),
    ("My father raises cows.", "Bố tôi nuôi bò."),
    ("They keep bees.", "Họ nuôi ong."),
    ("We keep ducks and chickens.", "Chúng tôi nuôi vịt và gà."),
    ("My family keeps chickens.", "Nhà tôi nuôi gà."),
    ("Do you keep chickens?", "Bạn có nuôi gà không?"),
    ("Does your grandfather raise pigs?", "Ông bạn có nuôi lợn không?"),
    ("We don't keep pigs.", "Chúng tôi không nuôi lợn."),
    ("Do you still keep cows?", "Bạn còn nuôi bò không?"),
    ("We no longer keep pigs.", "Chúng tôi không còn nuôi lợn nữa."),
    ("We don't keep ducks any more.", "Chúng tôi không còn nuôi vịt nữa."),
    ("My grandparents keep goats in the countryside.", "Ông bà tôi nuôi dê ở quê."),
    ("We keep two cows.", "Chúng tôi nuôi hai con bò."),
    ("She keeps a goat.", "Cô ấy nuôi một con dê."),
    # v8: "Bạn có bao nhiêu ducks?", "Gia đình bạn giữ bao nhiêu con gà?"
    ("How many ducks do you have?", "Bạn có bao nhiêu con vịt?"),
    ("How many chickens does your family keep?", "Nhà bạn nuôi bao nhiêu con gà?"),
    ("What animals do your grandparents keep?", "Ông bà bạn nuôi con gì?"),
    # v8: "Món trứng đã đặt ra.", "Nó đặt một quả trứng.", "Món của chúng tôi đẻ rất nhiều trứng."
    ("The hens laid eggs.", "Gà mái đã đẻ trứng."),
    ("The hens have laid eggs.", "Gà mái đẻ trứng rồi."),
    ("The hen has just laid an egg.", "Con gà mái vừa đẻ trứng."),
    ("Our hens lay a lot of eggs.", "Gà mái nhà chúng tôi đẻ nhiều trứng."),
    ("Do your hens lay eggs?", "Gà mái nhà bạn có đẻ trứng không?"),
    ("Have the hens laid any eggs yet?", "Gà mái đã đẻ trứng chưa?"),
    ("The hens haven't laid any eggs yet.", "Gà mái chưa đẻ trứng."),
    ("The hens laid five eggs today.", "Hôm nay gà mái đẻ năm quả trứng."),
    ("Our hens lay eggs every day.", "Gà mái nhà chúng tôi đẻ trứng mỗi ngày."),
    ("Our hens don't lay eggs any more.", "Gà mái nhà chúng tôi không đẻ trứng nữa."),
    ("The chickens are laying eggs.", "Gà đang đẻ trứng."),
    # v8: "Cây kêu meo có một bữa ăn.", "Cây bò chỉ có một con bò.", "Món xíu có 10piglets."
    ("The cow had a calf.", "Con bò đã đẻ một con bê."),
    ("The cow just had a calf.", "Con bò vừa đẻ một con bê."),
    ("The cow's just had a calf.", "Con bò vừa đẻ một con bê."),
    ("The sow had ten piglets.", "Con lợn nái đã đẻ mười con."),
    ("My sow has had ten piglets.", "Con lợn nái nhà tôi đẻ mười con rồi."),
    ("Our dog had five puppies.", "Con chó nhà chúng tôi đã đẻ năm con."),
    ("The cat had kittens.", "Con mèo đã đẻ con."),
    ("The cow is about to give birth.", "Con bò sắp đẻ."),
    ("Has the cow given birth yet?", "Con bò đẻ chưa?"),
    ("The cow hasn't given birth yet.", "Con bò chưa đẻ."),
    ("The cow gave birth yesterday.", "Hôm qua con bò đẻ."),
    # not: verbs or counts that do not agree, a young not its own, feeding (mt/pets.py's), keeping in the past
    ("She keep chickens.", None), ("He keep pigs.", None), ("Does they keep pigs?", None), ("The hen lay eggs.", None),
    ("The cow had a puppy.", None), ("We keep two cow.", None), ("The hens has laid eggs.", None),
    ("I feed the chickens every morning.", None), ("We kept chickens.", None), ("The cow had.", None),
    ("The hen has laid an eggs.", None), ("This hens lay eggs.", None),
    # review: a day with a habit ("lay", "lays") was dropped; "a egg"; "any more" and "an egg" were lost
    ("The hens lay eggs today.", None), ("The hens lay eggs this morning.", None),
    ("The hen lays eggs yesterday.", None), ("The hens lay eggs yesterday.", None),
    ("My hens lay five eggs yesterday.", None), ("The hens lay a lot of eggs today.", None),
    ("The hens lay eggs every day yesterday.", None),
    ("Do your hens lay eggs any more?", "Gà mái nhà bạn còn đẻ trứng không?"),
    ("The hen laid a egg.", None), ("The hen lays a egg.", None), ("The hen has laid a egg.", None),
    ("Does the hen doesn't lay eggs?", None), ("Do the hens do lay eggs?", None),  # (two auxiliaries)
    ("My hen lays an egg every day.", "Con gà mái nhà tôi đẻ một quả trứng mỗi ngày."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
