"""Small creatures in the house: a cockroach, a gecko, a spider, a caterpillar, a centipede or ants seen, found,
killed, fallen or crawled onto something, and feared, both ways (mt/critters.py)."""
import pytest

from mt.critters import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I saw a thrive.", "I've seen a shy.", "My father killed a constipation.", "I damed dead a squiring.", "I saw
    # a jelly jelly.", "I saw a deep child.", "My mother saw a shy in the kitchen."
    ("Tôi thấy một con gián to.", "I saw a big cockroach."),
    ("Tôi thấy một con gián rất to.", "I saw a huge cockroach."),
    ("Tôi vừa thấy một con nhện to.", "I just saw a big spider."),
    ("Mẹ tôi thấy một con gián to trong bếp.", "My mother saw a big cockroach in the kitchen."),
    ("Lan thấy một con kiến to.", "Lan saw a big ant."),
    ("Tôi thấy một con sâu.", "I saw a caterpillar."),
    ("Tôi thấy một con thạch sùng.", "I saw a gecko."),
    ("Tôi nhìn thấy một con rết.", "I saw a centipede."),
    ("Mẹ tôi thấy một con rết trong bếp.", "My mother saw a centipede in the kitchen."),
    ("Tôi thấy một con rết trong phòng tắm.", "I saw a centipede in the bathroom."),
    ("Anh ấy vừa thấy một con thạch sùng trong phòng ngủ.", "He just saw a gecko in the bedroom."),
    ("Tôi tìm thấy một con gián trong tủ bếp.", "I found a cockroach in the kitchen cupboard."),
    ("Chị tôi tìm thấy một con nhện trong tủ quần áo.", "My sister found a spider in the wardrobe."),
    ("Tôi đập chết một con gián.", "I killed a cockroach."),
    ("Bố tôi đã giết một con rết.", "My father killed a centipede."),
    ("Tôi vừa giết một con nhện.", "I just killed a spider."),
    ("Mẹ tôi vừa giết một con rết trong phòng tắm.", "My mother just killed a centipede in the bathroom."),
    ("Cô ấy đập chết một con gián to!", "She killed a big cockroach!"),
    ("Chúng tôi tìm thấy một con sâu trong nhà vệ sinh.", "We found a caterpillar in the toilet."),
    ("Họ giết một con thạch sùng.", "They killed a gecko."),
    # v8: "The jelly fell to the table.", "A jelly fell to the table.", "The cowed to my feet!", "A crawl on my
    # feet.", "I beef into my coat.", "She ran through the kitchen.", "The candle in the street box."
    ("Con thạch sùng rơi xuống bàn.", "The gecko fell on the table."),
    ("Một con thạch sùng rơi xuống bàn.", "A gecko fell on the table."),
    ("Một con thạch sùng rơi xuống giường.", "A gecko fell on the bed."),
    ("Con thạch sùng rơi vào đầu tôi.", "The gecko fell on my head."),
    ("Một con nhện to rơi vào đầu tôi.", "A big spider fell on my head."),
    ("Con nhện rơi xuống sàn nhà.", "The spider fell on the floor."),
    ("Con gián bò lên chân tôi!", "The cockroach crawled onto my leg!"),
    ("Một con gián bò lên chân tôi.", "A cockroach crawled onto my leg."),
    ("Con sâu bò lên áo tôi.", "The caterpillar crawled onto my shirt."),
    ("Một con nhện bò lên mặt anh ấy.", "A spider crawled onto his face."),
    ("Con rết bò lên giường.", "The centipede crawled onto the bed."),
    ("Một con gián bò lên lưng cô ấy.", "A cockroach crawled onto her back."),
    ("Con gián chạy qua bếp.", "The cockroach ran across the kitchen."),
    ("Một con gián to chạy qua sàn nhà.", "A big cockroach ran across the floor."),
    ("Một con rết chạy qua phòng.", "A centipede ran across the room."),
    ("Kiến bò vào hộp đường.", "Ants got into the sugar jar."),
    ("Kiến bò vào đồ ăn.", "Ants got into the food."),
    ("Kiến bò vào nồi cơm!", "Ants got into the rice pot!"),
    ("Con kiến bò vào lọ đường.", "The ant got into the sugar jar."),
    # v8: "I'm afraid of deep.", "My sister is deeply scared.", "I'm scared.", "Are you afraid of deep?"
    ("Tôi sợ sâu.", "I'm afraid of caterpillars."),
    ("Em gái tôi rất sợ sâu.", "My sister is very afraid of caterpillars."),
    ("Tôi sợ rết.", "I'm afraid of centipedes."),
    ("Bạn có sợ sâu không?", "Are you afraid of caterpillars?"),
    ("Bạn có sợ rết không?", "Are you afraid of centipedes?"),
    ("Cô ấy sợ kiến lắm.", "She's very afraid of ants."),
    ("Mẹ tôi sợ thạch sùng.", "My mother is afraid of geckos."),
    ("Anh ấy không sợ thạch sùng.", "He's not afraid of geckos."),
    ("Chúng tôi không sợ sâu.", "We're not afraid of caterpillars."),
    ("Lan có sợ sâu không?", "Is Lan afraid of caterpillars?"),
    ("Con gái tôi rất sợ rết.", "My daughter is very afraid of centipedes."),
    # not: left to mt/pests.py and mt/fears.py, a "?" on a statement, "thế", now or habit, ants but into food, "tay",
    # a mouse, a run across someone, a pet or "em" speaking as who, asked and denied, the other way's language
    ("Tôi thấy một con gián.", None), ("Tôi sợ gián.", None), ("Tôi sợ nhện.", None), ("Tôi sợ sâu?", None),
    ("Tôi thấy một con gián to?", None), ("Tôi sợ sâu thế.", None), ("Con gián đang bò trên tường.", None),
    ("Kiến hay bò vào hộp đường.", None), ("Kiến bò lên bàn.", None), ("Con nhện bò lên tay tôi.", None),
    ("Một con chuột chạy qua bếp.", None), ("Con gián chạy qua chân tôi.", None), ("Kiến bò vào chân tôi.", None),
    ("Sâu răng.", None), ("Tôi không sợ sâu không?", None), ("Con mèo thấy một con gián to.", None),
    ("Em thấy một con gián to ạ.", None), ("I saw a big cockroach.", None), ("Gián gián thạch sùng.", None),
    # review: "not … lắm" is "not very"; a body part of many ("our face"); "chân" fallen on (a leg or a foot?)
    ("Tôi không sợ sâu lắm.", "I'm not very afraid of caterpillars."),
    ("Con thạch sùng rơi vào mặt chúng tôi.", None), ("Con thạch sùng rơi vào đầu chúng ta.", None),
    ("Con thạch sùng rơi vào đầu họ.", None), ("Con thạch sùng rơi xuống chân tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi nhìn thấy một chiếc xe lửa lớn.", "Tôi nhìn thấy một chiếc lá lớn.", "Tôi giết một ổ cắm cáp.", "Cha tôi
    # giết chết một xu xu.", "Tôi nhìn thấy một con mèoerpillar.", "Tôi vừa giết chết một chiếc lá."
    ("I saw a huge cockroach.", "Tôi thấy một con gián rất to."),
    ("I saw a big spider.", "Tôi thấy một con nhện to."),
    ("My mother saw a big cockroach in the kitchen.", "Mẹ tôi thấy một con gián to trong bếp."),
    ("I saw a caterpillar.", "Tôi thấy một con sâu."),
    ("I saw a gecko.", "Tôi thấy một con thạch sùng."),
    ("I saw a centipede in the bathroom.", "Tôi thấy một con rết trong phòng tắm."),
    ("He just saw a large spider.", "Anh ấy vừa thấy một con nhện to."),
    ("I killed a cockroach.", "Tôi giết một con gián."),
    ("My father killed a centipede.", "Bố tôi giết một con rết."),
    ("I just killed a spider.", "Tôi vừa giết một con nhện."),
    ("She killed a huge cockroach!", "Cô ấy giết một con gián rất to!"),
    ("I found a cockroach in the kitchen cupboard.", "Tôi tìm thấy một con gián trong tủ bếp."),
    ("I found an ant in the bedroom.", "Tôi tìm thấy một con kiến trong phòng ngủ."),
    ("We found a gecko in the wardrobe.", "Chúng tôi tìm thấy một con thạch sùng trong tủ quần áo."),
    ("Lan found a caterpillar.", "Lan tìm thấy một con sâu."),
    ("They killed a gecko.", "Họ giết một con thạch sùng."),
    # v8: "Một chú chó rơi trên bàn.", "Gecko rơi xuống bàn.", "Một chiếc vẹo trên bàn chân tôi!", "Một chiếc bánh
    # cockroach chạy khắp bếp.", "Một chú mèoerpillar bò lên áo của tôi.", "Một chú chó rơi xuống đầu tôi."
    ("A gecko fell on the table.", "Một con thạch sùng rơi xuống bàn."),
    ("The gecko fell on the table.", "Con thạch sùng rơi xuống bàn."),
    ("A gecko fell onto the bed.", "Một con thạch sùng rơi xuống giường."),
    ("A gecko fell on my head.", "Một con thạch sùng rơi xuống đầu tôi."),
    ("A big spider fell on my head.", "Một con nhện to rơi xuống đầu tôi."),
    ("The spider fell on the floor.", "Con nhện rơi xuống sàn nhà."),
    ("A cockroach crawled onto my foot!", "Một con gián bò lên chân tôi!"),
    ("A cockroach crawled up my leg.", "Một con gián bò lên chân tôi."),
    ("A caterpillar crawled onto my shirt.", "Một con sâu bò lên áo tôi."),
    ("A spider crawled onto his face.", "Một con nhện bò lên mặt anh ấy."),
    ("The centipede crawled onto the bed.", "Con rết bò lên giường."),
    ("A cockroach ran across the kitchen.", "Một con gián chạy qua bếp."),
    ("A big cockroach ran across the floor.", "Một con gián to chạy qua sàn nhà."),
    ("The centipede ran across the room.", "Con rết chạy qua phòng."),
    ("Ants got into the sugar jar.", "Kiến bò vào hộp đường."),
    ("The ants got into the food.", "Kiến bò vào đồ ăn."),
    ("Ants got into the rice pot!", "Kiến bò vào nồi cơm!"),
    ("An ant crawled onto my neck.", "Một con kiến bò lên cổ tôi."),
    # v8: "Tôi sợ mèoerpillars.", "Tôi sợ những xu."
    ("I'm scared of caterpillars.", "Tôi sợ sâu."),
    ("I'm afraid of centipedes.", "Tôi sợ rết."),
    ("Are you afraid of centipedes?", "Bạn có sợ rết không?"),
    ("He isn't scared of geckos.", "Anh ấy không sợ thạch sùng."),
    ("My mother is very afraid of ants.", "Mẹ tôi rất sợ kiến."),
    ("Is Lan afraid of caterpillars?", "Lan có sợ sâu không?"),
    ("We're not afraid of caterpillars.", "Chúng tôi không sợ sâu."),
    ("She's really scared of geckos.", "Cô ấy rất sợ thạch sùng."),
    ("Are they frightened of ants?", "Họ có sợ kiến không?"),
    # v8: "Chúng tôi có những đứa trẻ trong nhà.", "Chúng tôi có quần áo trong nhà bếp."
    ("We have ants in the house.", "Nhà tôi bị kiến."),
    ("We have ants in the kitchen.", "Bếp nhà tôi bị kiến."),
    ("We have cockroaches in the kitchen.", "Bếp nhà tôi bị gián."),
    ("We have ants in our bathroom.", "Phòng tắm nhà tôi bị kiến."),
    ("We have cockroaches in the bedroom.", "Phòng ngủ nhà tôi bị gián."),
    # not: left to mt/pests.py and mt/fears.py, "a" or "be" not agreeing, a statement asked, "I" asked, "ants" moving
    # but into food, a hand, a pet as who, the other way's language, nonsense
    ("I saw a cockroach.", None), ("She's scared of cockroaches.", None), ("I saw a ant.", None),
    ("An cockroach fell on the table.", None), ("He are afraid of ants.", None), ("I'm afraid of geckos?", None),
    ("Am I afraid of ants?", None), ("Ants crawled onto the table.", None), ("A spider crawled onto my hand.", None),
    ("A gecko got into my head.", None), ("My dog killed a cockroach.", None), ("Are you not afraid of ants?", None),
    ("Tôi sợ sâu.", None), ("Cockroach cockroach gecko.", None),
    # review: "we" asked (chúng ta or chúng tôi?), "not very", "very" or "really" asked or denied, a body part of many
    ("Are we afraid of ants?", None), ("I'm not very afraid of geckos.", "Tôi không sợ thạch sùng lắm."),
    ("I'm not really afraid of geckos.", None), ("Are you very afraid of ants?", None),
    ("Is he really afraid of ants?", None), ("A spider fell on their head.", None),
    ("A gecko fell on our heads.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
