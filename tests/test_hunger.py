"""Hungry, thirsty, starving or full, of anyone, said or asked, both ways (mt/hunger.py)."""
import pytest

from mt.hunger import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Bố tôi đói rồi." → "I'm hungry.", "Con tôi chưa đói." → "I'm not hungry.", "Minh đói rồi." → "I'm hungry."
    ("Bố tôi đói rồi.", "My father is hungry."),
    ("Con tôi đói rồi.", "My child is hungry."),
    ("Minh đói rồi.", "Minh is hungry."),
    ("Chồng tôi đói bụng rồi.", "My husband is hungry."),  # v8: "My husband was hungry."
    ("Con chó của tôi đói rồi.", "My dog is hungry."),
    ("Lan đói bụng rồi ạ.", "Lan is hungry."),
    ("Con tôi chưa đói.", "My child isn't hungry yet."),
    ("Tôi chưa đói.", "I'm not hungry yet."),
    ("Bà tôi không đói.", "My grandmother isn't hungry."),  # v8: "My grandmother wasn't hungry."
    ("Bà tôi không đói lắm.", "My grandmother isn't very hungry."),
    ("Bố tôi rất đói.", "My father is very hungry."),  # v8: "I'm starving."
    ("Bố tôi hơi đói.", "My father is a bit hungry."),
    ("Bố tôi vẫn còn đói.", "My father is still hungry."),
    ("Tôi vẫn còn đói.", "I'm still hungry."),
    ("Em gái tôi khát nước quá.", "My sister is so thirsty."),
    ("Bác Hùng khát nước.", "Uncle Hung is thirsty."),
    ("Mọi người đói rồi.", "Everyone is hungry."),
    ("Mọi người đều khát nước.", "Everyone is thirsty."),
    # v8: "Tôi đói lả rồi." → "I'm hungry.", "Tôi sắp chết đói rồi." → "I'm going to die hungry.", "Tôi đói chết
    # mất." → "I was hungry dead.", "Tôi khát khô cổ." → "I'm pretty dry."
    ("Tôi đói meo rồi.", "I'm starving."),
    ("Chúng tôi đói meo rồi.", "We're starving."),
    ("Tôi đói lả rồi.", "I'm starving."),
    ("Tôi sắp chết đói rồi.", "I'm starving."),
    ("Tôi đói chết mất.", "I'm starving."),
    ("Tôi khát khô cổ.", "I'm parched."),
    # v8: "Tôi chưa no." → "I'm not yet.", "Tôi no bụng rồi." → "I'm not abdomen."
    ("Tôi chưa no.", "I'm not full yet."),
    ("Con tôi chưa no.", "My child isn't full yet."),
    ("Tôi no bụng rồi.", "I'm full."),
    ("Bạn no bụng chưa?", "Are you full?"),
    # v8: "Mẹ bạn có đói không?" → "Are you hungry?", "Con trai bạn đói chưa?" → "Are you hungry?", "Cô ấy có khát
    # không?" → "Is she quite pretty?", "Mọi người có khát không?" → "Do people get quite pretty?", "Cả nhà đói
    # chưa?" → "Isn't it hungry?", "Mọi người đói chưa?" → "Is people hungry?"
    ("Mẹ bạn có đói không?", "Is your mother hungry?"),
    ("Con trai bạn đói chưa?", "Is your son hungry?"),
    ("Cô ấy có khát không?", "Is she thirsty?"),
    ("Mọi người có khát không?", "Is everyone thirsty?"),
    ("Cả nhà đói chưa?", "Is everyone hungry?"),
    ("Mọi người đói chưa?", "Is everyone hungry?"),
    ("Các con đói chưa?", "Are you hungry, kids?"),
    ("Các con có đói không?", "Are you hungry, kids?"),
    ("Các bạn có khát không?", "Are you all thirsty?"),
    ("Bạn đói chưa vậy?", "Are you hungry?"),
    ("Anh đói chưa?", "Are you hungry?"),
    ("Em có khát không?", "Are you thirsty?"),
    ("Bạn còn đói không?", "Are you still hungry?"),
    ("Bạn không đói à?", "Aren't you hungry?"),
    ("Bạn có no không?", "Are you full?"),
    ("Ai đói không?", "Is anyone hungry?"),
    ("Có ai khát nước không?", "Is anyone thirsty?"),
    ("Có ai còn đói không?", "Is anyone still hungry?"),
    # not: a pronoun said (mt/feelings.py writes the clause), "anh" alone said (the speaker or the listener), "các
    # con" said (the kids, or you kids?), full of mt/mealtimes.py ("Bạn no chưa?", "Mẹ tôi no rồi.", "Tôi ăn no
    # rồi."), "không no", a day or "đã", "Am I …?", "có … chưa?", "không … rồi", "rất … rồi", another topic
    ("Tôi chưa no nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi đói quá.", None), ("Tôi đói rồi.", None), ("Tôi không đói.", None), ("Họ đói lắm.", None),
    ("Tôi khát nước.", None), ("Anh đói rồi.", None), ("Các con đói rồi.", None), ("Bạn no chưa?", None),
    ("Mẹ tôi no rồi.", None), ("Tôi ăn no rồi.", None), ("Tôi không no.", None), ("Hôm qua bố tôi đói.", None),
    ("Bố tôi đã đói.", None), ("Tôi có đói không?", None), ("Bạn có đói chưa?", None), ("Mẹ không đói à?", None),
    ("Bố tôi đều đói.", None), ("Mọi người không đói.", None),
    ("Bố tôi không đói rồi.", None), ("Bố tôi rất đói rồi.", None), ("Bố tôi khát khao thành công.", None),
    ("Bạn có muốn uống gì không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai của bạn đói bụng?", "Chúng tôi đang nhìn chằm chằm." (staring), "Con trai tôi đang nhìn chằm chằm."
    ("Is your son hungry?", "Con trai bạn có đói không?"),
    ("We're starving.", "Chúng tôi đói lắm rồi."),
    ("My son is starving.", "Con trai tôi đói lắm rồi."),
    ("Are you starving?", "Bạn có đói lắm không?"),
    ("I'm not hungry yet.", "Tôi chưa đói."),
    ("I'm hungry.", "Tôi đói rồi."),
    ("I'm thirsty.", "Tôi khát nước."),
    ("My father is hungry.", "Bố tôi đói rồi."),
    ("My mother's thirsty.", "Mẹ tôi khát nước."),  # v8: "Tôi khát nước của mẹ."
    ("She's hungry.", "Cô ấy đói rồi."),
    ("He isn't hungry.", "Anh ấy không đói."),
    ("They're thirsty.", "Họ khát nước."),
    ("Lan is hungry.", "Lan đói rồi."),
    ("We're hungry.", "Chúng tôi đói rồi."),
    ("I'm so hungry.", "Tôi đói quá."),
    ("I'm really thirsty.", "Tôi khát nước lắm."),
    ("I'm a bit hungry.", "Tôi hơi đói."),  # v8: "Tôi đói chút."
    ("I'm still hungry.", "Tôi vẫn còn đói."),
    ("I'm not very hungry.", "Tôi không đói lắm."),
    ("I'm parched.", "Tôi khát khô cả cổ."),  # v8: "Tôi ghét."
    # v8: "Bạn đói bụng?", "Anh ấy đói bụng?", "Có ai đói bụng không?" (anyone), "Đói của mọi người.", "Bạn đói
    # bụng, trẻ nhỏ không?"
    ("Are you hungry?", "Bạn có đói không?"),
    ("Are you thirsty?", "Bạn có khát nước không?"),
    ("Are you hungry yet?", "Bạn đói chưa?"),
    ("Is he hungry?", "Anh ấy có đói không?"),
    ("Are you still hungry?", "Bạn còn đói không?"),
    ("Aren't you hungry?", "Bạn không đói à?"),
    ("Isn't your mother thirsty?", "Mẹ bạn không khát nước à?"),
    ("Is everyone hungry?", "Mọi người có đói không?"),
    ("Everyone's hungry.", "Mọi người đều đói rồi."),
    ("Everybody is thirsty!", "Mọi người đều khát nước."),
    ("Are you hungry, kids?", "Các con có đói không?"),
    ("Aren't you hungry, kids?", "Các con không đói à?"),
    ("Is anyone hungry?", "Có ai đói không?"),
    ("Anyone still thirsty?", "Có ai còn khát nước không?"),
    # v8: "Tôi chưa đầy đủ." (complete)
    ("I'm not full yet.", "Tôi chưa no."),
    ("Are you full yet?", "Bạn no chưa?"),
    ("Is everyone full?", "Mọi người no chưa?"),
    ("Everyone's full.", "Mọi người đều no rồi."),
    ("I've eaten enough.", "Tôi ăn no rồi."),
    ("Have you eaten enough?", "Bạn ăn no chưa?"),
    ("My son has eaten enough.", "Con trai tôi ăn no rồi."),
    # not: "is" not agreeing, "Am I …?", "yet" said, "so starving", "not starving", a degree asked, full of
    # mt/mealtimes.py ("I'm full.", "My sister is full.") or of a restaurant ("We're full."), "Aren't you full?",
    # "the kids", "your kids" (said as one), hungry for something, another topic
    ("My father are hungry.", None), ("She are hungry.", None), ("Is you hungry?", None), ("Am I hungry?", None),
    ("My son have eaten enough.", None), ("He is hungry yet.", None), ("I'm so starving.", None),
    ("I'm not starving.", None), ("Are you so hungry?", None), ("I'm full.", None), ("My sister is full.", None),
    ("We're full.", None), ("We're not full yet.", None), ("Aren't you full?", None), ("The kids are hungry.", None),
    ("Are your kids hungry?", None), ("I'm hungry for success.", None), ("The bus is full.", None),
    ("Everyone isn't hungry.", None),
    ("Would you like something to drink?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
