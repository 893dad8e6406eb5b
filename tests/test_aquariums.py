"""Keeping fish at home: pet fish kept, the fish tank dirty or clean, its water changed or the tank cleaned, and a pet
fish that died, both ways (mt/aquariums.py)."""
import pytest

from mt.aquariums import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have a cranky.", "I have a goldfish fish.", "My father had a koi fish.", "Do you get a scene of fish?",
    # "My mother had a seven-colored fish.", "We don't own fish anymore."
    ("Tôi nuôi cá cảnh.", "I keep pet fish."),
    ("Tôi nuôi cá vàng.", "I keep goldfish."),
    ("Bố tôi nuôi cá koi.", "My father keeps koi."),
    ("Mẹ tôi nuôi cá bảy màu.", "My mother keeps guppies."),
    ("Ông tôi nuôi cá chọi.", "My grandfather keeps betta fish."),
    ("Lan nuôi cá vàng.", "Lan keeps goldfish."),
    ("Anh ấy nuôi cá chép koi.", "He keeps koi."),
    ("Nhà tôi nuôi cá cảnh.", "My family keeps pet fish."),
    ("Bạn có nuôi cá cảnh không?", "Do you keep pet fish?"),
    ("Cô ấy có nuôi cá vàng không?", "Does she keep goldfish?"),
    ("Bạn còn nuôi cá koi không?", "Do you still keep koi?"),
    ("Bố tôi vẫn nuôi cá vàng.", "My father still keeps goldfish."),
    ("Mẹ tôi không nuôi cá cảnh.", "My mother doesn't keep pet fish."),
    ("Chúng tôi không nuôi cá cảnh nữa.", "We don't keep pet fish any more."),
    ("Tôi không còn nuôi cá vàng nữa.", "I don't keep goldfish any more."),
    # v8: "Let my fish be dirty.", "The fish is too dirty.", "Is the dirty fish?", "Let the fish be cleaned.",
    # "The water in the fish is opacityd."
    ("Bể cá nhà tôi bẩn rồi.", "Our fish tank is dirty."),
    ("Bể cá của tôi bẩn rồi.", "My fish tank is dirty."),
    ("Bể cá bẩn quá.", "The fish tank is so dirty."),
    ("Bể cá của bạn bẩn lắm.", "Your fish tank is very dirty."),
    ("Bể cá của mẹ tôi bị bẩn.", "My mother's fish tank is dirty."),
    ("Bể cá có bẩn không?", "Is the fish tank dirty?"),
    ("Bể cá không bẩn.", "The fish tank isn't dirty."),
    ("Bể cá sạch rồi.", "The fish tank is clean now."),
    ("Bể cá sạch chưa?", "Is the fish tank clean yet?"),
    ("Bể cá chưa sạch.", "The fish tank isn't clean yet."),
    ("Nước trong bể cá bị đục.", "The water in the fish tank is cloudy."),
    ("Nước bể cá nhà tôi bẩn rồi.", "The water in our fish tank is dirty."),
    # v8: "I have to replace my water.", "I need washing fish.", "Have you changed the water to fish yet?", "I
    # washed fish.", "He's changing the water.", "Do you have to replace your water?", "My mother washed fish."
    ("Tôi phải thay nước bể cá.", "I have to change the water in the fish tank."),
    ("Tôi cần rửa bể cá.", "I need to clean the fish tank."),
    ("Bạn đã thay nước bể cá chưa?", "Have you changed the water in the fish tank yet?"),
    ("Anh ấy rửa bể cá chưa?", "Has he cleaned the fish tank yet?"),
    ("Tôi vừa rửa bể cá.", "I've just cleaned the fish tank."),
    ("Anh ấy đang thay nước bể cá.", "He's changing the water in the fish tank."),
    ("Mẹ tôi đang vệ sinh bể cá.", "My mother is cleaning the fish tank."),
    ("Mẹ tôi đã rửa bể cá.", "My mother cleaned the fish tank."),
    ("Tôi thay nước bể cá rồi.", "I've already changed the water in the fish tank."),
    ("Chúng tôi chưa rửa bể cá.", "We haven't cleaned the fish tank yet."),
    ("Bạn có phải thay nước bể cá không?", "Do you have to change the water in the fish tank?"),
    ("Bạn có cần rửa bể cá không?", "Do you need to clean the fish tank?"),
    ("Chị có cần rửa bể cá không?", "Do you need to clean the fish tank?"),
    ("Bạn không cần rửa bể cá.", "You don't need to clean the fish tank."),
    ("Bố tôi sẽ rửa bể cá.", "My father will clean the fish tank."),
    ("Lan muốn cọ bể cá.", "Lan wants to scrub the fish tank."),
    ("Mẹ tôi thay nước bể cá mỗi tuần.", "My mother changes the water in the fish tank every week."),
    ("Tôi phải rửa bể cá mỗi tháng.", "I have to clean the fish tank every month."),
    ("Bạn nên thay nước cho bể cá.", "You should change the water in the fish tank."),
    # v8: "My goldfish fish died.", "My goldfish fish was dead.", "Do you die?", "My gold is dead."
    ("Con cá vàng của tôi chết rồi.", "My goldfish has died."),
    ("Con cá vàng của tôi vừa chết.", "My goldfish has just died."),
    ("Con cá của bạn chết rồi à?", "Has your fish died?"),
    ("Cá vàng của tôi chết hết rồi.", "All my goldfish have died."),
    ("Mấy con cá bảy màu nhà tôi chết rồi.", "Our guppies have died."),
    ("Cá cảnh của tôi đã chết.", "My pet fish died."),
    ("Con cá koi của bố tôi đã chết.", "My father's koi died."),
    ("Con cá vàng chết rồi.", "The goldfish has died."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi giữ thú nuôi.", "Tôi giữ vàng.", "Cha tôi giữ koi.", "Bạn có giữ cá không?", "Cô ấy giữ cho những người
    # tham lam." (the greedy), "Bé có giữ koi không?", "Ông tôi vẫn giữ cá.", "Chúng ta không còn cá nữa."
    ("I keep pet fish.", "Tôi nuôi cá cảnh."),
    ("I keep goldfish.", "Tôi nuôi cá vàng."),
    ("My father keeps koi.", "Bố tôi nuôi cá koi."),
    ("She keeps guppies.", "Cô ấy nuôi cá bảy màu."),
    ("My grandfather keeps betta fish.", "Ông tôi nuôi cá chọi."),
    ("We keep aquarium fish.", "Chúng tôi nuôi cá cảnh."),
    ("Do you keep fish?", "Bạn có nuôi cá không?"),
    ("Does she keep koi?", "Cô ấy có nuôi cá koi không?"),
    ("Do you still keep goldfish?", "Bạn còn nuôi cá vàng không?"),
    ("My mother doesn't keep fish.", "Mẹ tôi không nuôi cá."),
    ("We don't keep fish any more.", "Chúng tôi không còn nuôi cá nữa."),
    ("Lan no longer keeps goldfish.", "Lan không còn nuôi cá vàng nữa."),
    ("My uncle still keeps koi.", "Chú tôi vẫn nuôi cá koi."),
    # v8: "Con cá của chúng tôi là bẩn.", "Mèo cá dơ bẩn." (cat), "Con cá của bạn có làm bẩn không?"
    ("Our fish tank is dirty.", "Bể cá nhà tôi bẩn rồi."),
    ("The fish tank is dirty.", "Bể cá bẩn rồi."),
    ("My fish tank is really dirty.", "Bể cá của tôi bẩn quá."),
    ("Is your fish tank dirty?", "Bể cá của bạn có bẩn không?"),
    ("The aquarium isn't dirty.", "Bể cá không bẩn."),
    ("The fish tank is clean now.", "Bể cá sạch rồi."),
    ("Is the fish tank clean yet?", "Bể cá sạch chưa?"),
    ("The fish tank isn't clean yet.", "Bể cá chưa sạch."),
    ("The water in the fish tank is cloudy.", "Nước trong bể cá bị đục."),
    ("My grandmother's fish tank is very dirty.", "Bể cá của bà tôi rất bẩn."),
    # v8: "Tôi phải thay đổi nước trong cá tank.", "Tôi cần dọn cá ngoào.", "Bạn có rửa sạch cá chưa?", "Anh ta
    # đang dọn cá xuống.", "Tôi vừa thay đổi nước trong xe cá." (a fish car)
    ("I have to change the water in the fish tank.", "Tôi phải thay nước bể cá."),
    ("I need to clean the fish tank.", "Tôi cần rửa bể cá."),
    ("Have you cleaned the fish tank yet?", "Bạn đã rửa bể cá chưa?"),
    ("He is cleaning the fish tank.", "Anh ấy đang rửa bể cá."),
    ("She's changing the fish tank water.", "Cô ấy đang thay nước bể cá."),
    ("I've just changed the water in the fish tank.", "Tôi vừa thay nước bể cá."),
    ("My mother has already cleaned the aquarium.", "Mẹ tôi rửa bể cá rồi."),
    ("We cleaned the fish tank.", "Chúng tôi đã rửa bể cá."),
    ("She cleaned her fish tank.", "Cô ấy đã rửa bể cá."),
    ("I haven't cleaned my fish tank yet.", "Tôi chưa rửa bể cá."),
    ("Does he have to clean the fish tank?", "Anh ấy có phải rửa bể cá không?"),
    ("You don't need to change the water in the fish tank.", "Bạn không cần thay nước bể cá."),
    ("My father will clean the fish tank.", "Bố tôi sẽ rửa bể cá."),
    ("Lan wants to scrub the fish tank.", "Lan muốn cọ bể cá."),
    ("My mother changes the water in the fish tank every week.", "Mẹ tôi thay nước bể cá mỗi tuần."),
    ("You should clean your fish tank.", "Bạn nên rửa bể cá."),
    ("They won't clean the fish tank.", "Họ sẽ không rửa bể cá."),
    # v8: "Cá vàng của tôi đã chết." (said well), "Con cá của tôi đã chết.", "Tất cả số vàng của tôi đã chết." (gold)
    ("My goldfish has died.", "Con cá vàng của tôi chết rồi."),
    ("My goldfish died.", "Cá vàng của tôi đã chết."),
    ("My goldfish has just died.", "Con cá vàng của tôi vừa chết."),
    ("My fish have died.", "Mấy con cá của tôi chết rồi."),
    ("All my goldfish have died.", "Cá vàng của tôi chết hết rồi."),
    ("Has your fish died?", "Con cá của bạn chết rồi à?"),
    ("Our guppy died.", "Con cá bảy màu nhà tôi đã chết."),
    ("My father's goldfish has died.", "Con cá vàng của bố tôi chết rồi."),
    # "just" with all kept (not "Cá vàng của tôi chết hết rồi.")
    ("All my goldfish have just died.", "Cá vàng của tôi vừa chết hết."),
    ("All our fish have just died.", "Cá nhà tôi vừa chết hết."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text", [
    # feeding (mt/pets.py), fish counted (mt/family.py), bare "nuôi cá" (a fish farm?), "hồ cá" (a pond?)
    "Bạn cho cá ăn chưa?", "Tôi nuôi hai con cá vàng.", "Bố tôi nuôi cá.", "Hồ cá nhà tôi bẩn rồi.",
    # a plain verb (done, or a habit?), "có … không?" alone (did, or will?), "I" asking of oneself, "anh" saying it
    "Tôi rửa bể cá.", "Bạn có rửa bể cá không?", "Tôi có nuôi cá cảnh không?", "Anh nuôi cá vàng.",
    # a "?" on a statement, "không?" without "có", "có" without "không"
    "Bể cá bẩn rồi?", "Tôi nuôi cá vàng?", "Bạn nuôi cá cảnh không?", "Bạn có nuôi cá vàng.",
    # fish of unknown number that have or has died, a bare "cá", a pet as who, "rồi" on "chưa"
    "Cá của tôi chết rồi.", "Cá chết rồi.", "Con mèo của tôi nuôi cá vàng.", "Tôi đã rửa bể cá rồi chưa?",
    # fish as food or caught (mt/meals.py, mt/fishing.py), a tank "bị sạch", "nhỉ" (asks to be agreed with)
    "Tôi thích ăn cá.", "Bố tôi câu được một con cá to.", "Bể cá bị sạch.", "Bể cá bẩn rồi nhỉ.",
    # one fish that all died, "vừa" asked, nonsense
    "Con cá vàng của tôi chết hết rồi.", "Con cá vàng của bạn vừa chết à?", "Bể cá cá bể.",
    # "còn" said (still, or also?), a day said, "có sạch chưa?"
    "Tôi còn nuôi cá vàng.", "Tôi sẽ rửa bể cá vào cuối tuần.", "Bể cá có sạch chưa?", "Chị đang rửa bể cá.",
])
def test_vi_left(text):
    assert translate(text, "vi", "en") is None


@pytest.mark.parametrize("text", [
    # feeding (mt/pets.py), a tank had, the verb not agreeing, "Do I …?"
    "Have you fed the fish yet?", "I have a fish tank.", "She keep goldfish.", "My father keep koi.",
    "Does you keep fish?", "Do I keep goldfish?", "He clean the fish tank every week.",
    "She are cleaning the fish tank.",
    # another's tank ("his" of she, "her" of my mother: her own?), "Did …?", "didn't", a plain present without how often
    "She cleaned his fish tank.", "My mother cleaned her fish tank.", "Did you clean the fish tank?",
    "I didn't clean the fish tank.", "I clean the fish tank.",
    # "has" with many, "the fish died" (a pet?), "guppies has", a statement asked, a cat as who
    "All my goldfish has died.", "The fish died.", "My guppies has died.", "My goldfish has died?",
    "My cat keeps goldfish.", "The fish tank is dirty now.", "Is the fish tank dirty yet?",
    # fish as food (mt/meals.py), fishing (mt/fishing.py), the other way's language, nonsense
    "I like eating fish.", "He caught a big fish.", "Tôi nuôi cá vàng.", "Fish tank fish tank.",
    "I have to change the water.", "I keep guppy.", "I should clean the fish tank yet.",
    # "just" asked (not "Con cá vàng của bạn chết rồi à?", the "just" dropped; "vừa … à?" is left the other way too)
    "Has your goldfish just died?", "Have your goldfish just died?",
])
def test_en_left(text):
    assert translate(text, "en", "vi") is None
