"""Plants and the garden: watering forgotten or reminded, plants dead or wilting, flowers in bloom, who grows what, a
tree planted and what plants need, both ways (mt/plants.py)."""
import pytest

from mt.plants import translate


@pytest.mark.parametrize("text, said", [
    # watering forgotten, reminded (v8: "I forgot to put trees.", "Don't forget trees.", "Remember to put the tree.")
    ("Tôi quên tưới cây.", "I forgot to water the plants."),
    ("Tôi quên tưới cây rồi.", "I forgot to water the plants."),
    ("Mẹ tôi quên tưới hoa rồi.", "My mother forgot to water the flowers."),
    ("Lan quên tưới nước cho cây.", "Lan forgot to water the plants."),
    ("Anh ấy đã quên tưới vườn.", "He forgot to water the garden."),
    ("Nhớ tưới cây nhé.", "Remember to water the plants."),
    ("Đừng quên tưới cây nhé.", "Don't forget to water the plants."),
    ("Bạn nhớ tưới cây nhé.", "Remember to water the plants."),
    ("Hãy nhớ tưới hoa.", "Remember to water the flowers."),
    # plants dead, dying, wilting (v8: "My tree was dead.", "My United States is getting out.", "My pink is balding.")
    ("Cây của tôi chết rồi.", "My plants have died."),
    ("Cây của tôi bị chết rồi.", "My plants have died."),
    ("Cây của tôi chết hết rồi.", "My plants have all died."),
    ("Cây của mẹ tôi chết rồi.", "My mother's plants have died."),
    ("Cây của tôi đã chết.", "My plants died."),
    ("Chậu cây của tôi chết rồi.", "My plant has died."),
    ("Cây này sắp chết rồi.", "This plant is dying."),
    ("Cây của tôi đang chết dần.", "My plants are dying."),
    ("Hoa của tôi héo hết rồi.", "My flowers have all wilted."),
    ("Hoa héo rồi.", "The flowers have wilted."),
    ("Hoa hồng của tôi đang héo.", "My roses are wilting."),
    # flowers in bloom (v8: "The pink is hatching.", "The United States in the garden is hatching.")
    ("Hoa đang nở.", "The flowers are blooming."),
    ("Hoa hồng đang nở.", "The roses are blooming."),
    ("Hoa trong vườn đang nở.", "The flowers in the garden are blooming."),
    ("Hoa trong vườn nhà tôi nở rộ rồi.", "The flowers in our garden are in full bloom."),
    ("Hoa đào đã nở chưa?", "Have the peach blossoms bloomed yet?"),
    ("Hoa của bạn đã nở rồi.", "Your flowers have bloomed."),
    # who grows what (v8: "She planted sour.", "He planted sour and chills.", "I plant poem at the public.")
    ("Cô ấy trồng cà chua.", "She grows tomatoes."),
    ("Mẹ tôi trồng rau trong vườn.", "My mother grows vegetables in the garden."),
    ("Bố tôi trồng hoa hồng.", "My father grows roses."),
    ("Anh ấy trồng cà chua và ớt.", "He grows tomatoes and chillies."),
    ("Chị ấy trồng dưa chuột, cà rốt và xà lách.", "She grows cucumbers, carrots and lettuce."),
    ("Bạn có trồng rau không?", "Do you grow vegetables?"),
    ("Bạn trồng gì trong vườn?", "What do you grow in the garden?"),
    ("Tôi trồng rau thơm ở ban công.", "I grow herbs on the balcony."),
    ("Chúng tôi không trồng rau.", "We don't grow vegetables."),
    # a tree planted (v8: "We plant a tree.", "I plant a tree." for "Bố tôi vừa …")
    ("Chúng tôi trồng một cái cây.", "We planted a tree."),
    ("Chúng tôi đã trồng một cái cây trong vườn.", "We planted a tree in the garden."),
    ("Bố tôi vừa trồng một cái cây.", "My father has just planted a tree."),
    ("Lan muốn trồng một cái cây.", "Lan wants to plant a tree."),
    ("Mẹ tôi sẽ trồng một cây trong vườn.", "My mother will plant a tree in the garden."),
    # what plants need (v8: "It needs water.", "This tree needs many sunlights.", "It doesn't need many countries.")
    ("Cây cần nước.", "The plants need water."),
    ("Cây cần được tưới.", "The plants need watering."),
    ("Cây này cần nhiều ánh nắng.", "This plant needs a lot of sun."),
    ("Cây này có cần nhiều nước không?", "Does this plant need much water?"),
    ("Cây này không cần nhiều nước.", "This plant doesn't need much water."),
    ("Hoa hồng của tôi cần nhiều nắng.", "My roses need a lot of sun."),
    # not: "anh" alone (the speaker?), asked "à", reminded or recalling, "cây" with no whose (a tree?), "Hoa" (a
    # name?), wilted or wilts, a habit, "cây" a classifier, a day said, a chore (mt/chores.py's), liking flowers
    # (mt/hobbies.py's), a garden praised (mt/compliments.py's), "trồng cây" (plants or trees?), "Con" (who?)
    ("Hoa héo rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh quên tưới cây.", None), ("Bạn quên tưới cây à?", None), ("Bạn nhớ tưới cây.", None),
    ("Cây chết rồi.", None), ("Hoa chết rồi.", None), ("Hoa cần nước.", None), ("Cây của tôi héo.", None),
    ("Hoa nở.", None), ("Cây bút này hết mực rồi.", None), ("Cây ATM này cần tiền.", None),
    ("Hôm qua tôi quên tưới cây.", None), ("Bạn đã tưới cây chưa?", None), ("Tôi tưới cây mỗi ngày.", None),
    ("Tôi thích hoa.", None), ("Khu vườn đẹp quá!", None), ("Tôi trồng cây.", None), ("Con nhớ tưới cây nhé.", None),
    ("Cây của bạn chết rồi à?", None), ("Anh trồng cà chua.", None), ("Hoa đang nở rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # watering forgotten, reminded (v8: "Tôi quên nước cho nhà máy.", "Đừng quên nước cho các nhà máy.": factories)
    ("I forgot to water the plants.", "Tôi quên tưới cây."),
    ("Lan forgot to water the flowers.", "Lan quên tưới hoa."),
    ("My mother forgot to water the garden.", "Mẹ tôi quên tưới vườn."),
    ("I forgot to water my plants.", "Tôi quên tưới cây."),
    ("She forgot to water her plants.", "Cô ấy quên tưới cây."),
    ("Don't forget to water the plants.", "Đừng quên tưới cây nhé."),
    ("Don’t forget to water the flowers!", "Đừng quên tưới hoa nhé!"),
    ("Remember to water the plants, please.", "Nhớ tưới cây nhé."),
    # plants dead, dying, wilting (v8: "Nhà máy của tôi đã chết.", "Các nhà máy đang dần dần dần.")
    ("My plants died.", "Cây của tôi chết rồi."),
    ("My plants have died.", "Cây của tôi chết rồi."),
    ("My plants are dead.", "Cây của tôi chết rồi."),
    ("My plant is dead.", "Cây của tôi chết rồi."),
    ("My plants have all died.", "Cây của tôi chết hết rồi."),
    ("My mother's plants died.", "Cây của mẹ tôi chết rồi."),
    ("Lan's roses have wilted.", "Hoa hồng của Lan héo rồi."),
    ("The flowers have wilted.", "Hoa héo rồi."),
    ("These flowers have wilted.", "Những bông hoa này héo rồi."),
    ("The plants are wilting.", "Cây đang héo."),
    ("My plant is dying.", "Cây của tôi đang chết dần."),
    ("This plant is dying.", "Cây này đang chết dần."),
    # flowers in bloom (v8: "Những bông hồng đang ở trong buổi sáng.", "Tôi hoa hồng đầy đủ.", "Có hoa chưa?")
    ("The flowers are blooming.", "Hoa đang nở."),
    ("The roses are in bloom.", "Hoa hồng đang nở."),
    ("My roses are in full bloom.", "Hoa hồng của tôi đang nở rộ."),
    ("My mother’s roses are blooming.", "Hoa hồng của mẹ tôi đang nở."),
    ("The flowers in our garden are blooming.", "Hoa trong vườn nhà chúng tôi đang nở."),
    ("Have the flowers bloomed yet?", "Hoa đã nở chưa?"),
    # who grows what (v8: "Cô ấy lớn lên cà chua.", "Cha tôi phát triển hoa hồng.", "… như thế nào?")
    ("She grows tomatoes.", "Cô ấy trồng cà chua."),
    ("My father grows roses.", "Bố tôi trồng hoa hồng."),
    ("He grows tomatoes and chillies.", "Anh ấy trồng cà chua và ớt."),
    ("My mother grows vegetables in the garden.", "Mẹ tôi trồng rau trong vườn."),
    ("Does she grow tomatoes?", "Cô ấy có trồng cà chua không?"),
    ("What do you grow in your garden?", "Bạn trồng gì trong vườn?"),
    ("What does your mother grow?", "Mẹ bạn trồng gì?"),
    ("I grow herbs on my balcony.", "Tôi trồng rau thơm ở ban công."),
    ("We don't grow vegetables.", "Chúng tôi không trồng rau."),
    ("He doesn't grow flowers.", "Anh ấy không trồng hoa."),
    # what plants need (v8: "Các nhà máy cần nước.", "Nhà máy này cần rất nhiều mặt trời.", "Các kế hoạch cần nước.")
    ("The plants need water.", "Cây cần nước."),
    ("Plants need water.", "Cây cần nước."),
    ("This plant needs a lot of sun.", "Cây này cần nhiều ánh nắng."),
    ("Does this plant need much water?", "Cây này có cần nhiều nước không?"),
    ("This plant doesn't need much water.", "Cây này không cần nhiều nước."),
    ("My plants need more light.", "Cây của tôi cần thêm ánh sáng."),
    ("The plant needs watering.", "Cây cần được tưới."),
    ("The plants in the garden need water.", "Cây trong vườn cần nước."),
    # not: someone else's plants, whose but the listener's, verbs that do not agree, a factory, "Flowers" with no
    # "the", a chore (mt/chores.py's), a tree planted (v8 writes it well), "yet" not asked, a tree's height
    ("I forgot to water your plants.", None), ("Don't forget to water my plants.", None),
    ("My plants is dead.", None), ("This plants is dying.", None), ("The plants needs water.", None),
    ("This plant need water.", None), ("She grow tomatoes.", None), ("Does she grows tomatoes?", None),
    ("I grow tomatoes in your garden.", None), ("The power plant needs water.", None),
    ("The plant is closing.", None), ("The plant needs a new manager.", None), ("Flowers are blooming.", None),
    ("The plants are blooming.", None), ("Lan is watering the plants.", None), ("Do you grow?", None),
    ("We planted a tree.", None), ("The roses are blooming yet.", None), ("The tree in our garden is very tall.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
