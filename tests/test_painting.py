"""Painting walls and rooms: who paints or repaints a place, what colour, the paint wet or dry, another coat, the smell
of paint and the painters, both ways (mt/painting.py)."""
import pytest

from mt import colours, phrasebook
from mt.painting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The wet was wet.", "Son was still wet.", "Son hasn't dry.", "Has Son dry?", "My Son dry.", "Son was flakeed."
    ("Sơn còn ướt.", "The paint is still wet."),
    ("Sơn vẫn còn ướt.", "The paint is still wet."),
    ("Sơn chưa khô.", "The paint isn't dry yet."),
    ("Sơn đã khô chưa?", "Is the paint dry yet?"),
    ("Sơn khô rồi.", "The paint is dry now."),
    ("Sơn còn ướt không?", "Is the paint still wet?"),
    ("Sơn bị bong tróc.", "The paint is peeling."),
    ("Sơn tường bị bong tróc.", "The paint on the walls is peeling."),
    ("Sơn ướt.", "Wet paint."),
    # v8: "Be careful, the wet was wet."
    ("Cẩn thận, sơn còn ướt.", "Be careful, the paint is still wet."),
    ("Đừng sờ vào tường, sơn còn ướt.", "Don't touch the wall, the paint is still wet."),
    ("Đừng chạm vào tường.", "Don't touch the wall."),
    # v8: "We're painting back home.", "We painted back home.", "I painted the bedroom." (the re- lost)
    ("Chúng tôi đang sơn lại nhà.", "We're repainting the house."),
    ("Chúng tôi đã sơn lại nhà.", "We repainted the house."),
    ("Chúng tôi vừa sơn lại nhà.", "We've just repainted the house."),
    ("Tôi đã sơn lại phòng ngủ.", "I repainted the bedroom."),
    ("Chúng tôi đang sơn phòng khách.", "We're painting the living room."),
    ("Bố tôi đang sơn tường.", "My father is painting the walls."),
    ("Bố tôi đang quét sơn.", "My father is painting."),
    ("Mẹ tôi muốn sơn lại bếp.", "My mother wants to repaint the kitchen."),
    ("Họ đang sơn lại văn phòng.", "They're repainting the office."),
    ("Tuần sau chúng tôi sẽ sơn nhà.", "We'll paint the house next week."),
    # v8: "We'll paint back homes at the weekend."
    ("Chúng tôi sẽ sơn lại nhà vào cuối tuần.", "We'll repaint the house at the weekend."),
    ("Hôm qua chúng tôi đã sơn lại phòng khách.", "We repainted the living room yesterday."),
    ("Thợ sơn đang sơn nhà tôi.", "The painters are painting my house."),
    ("Chúng tôi đang sơn phòng khách màu vàng.", "We're painting the living room yellow."),
    # v8: "I paint it white."
    ("Tôi đã sơn nó màu trắng.", "I painted it white."),
    # v8: "What color do you paint the bedroom?"
    ("Bạn định sơn phòng ngủ màu gì?", "What colour are you going to paint the bedroom?"),
    ("Anh đang sơn phòng ngủ màu gì?", "What colour are you painting the bedroom?"),
    # v8: "It seems to paint again.", "The house needs to paint again.", "More than one layer is to paint.", "It
    # needs a more paint layer.", "The second paint layer is required."
    ("Tường cần sơn lại.", "The walls need repainting."),
    ("Nhà cần sơn lại.", "The house needs repainting."),
    ("Cần sơn thêm một lớp nữa.", "It needs another coat."),
    ("Nó cần thêm một lớp sơn nữa.", "It needs another coat of paint."),
    ("Cần thêm lớp sơn thứ hai.", "It needs a second coat of paint."),
    # v8: "The painting is too heavy.", "I hate the painting."
    ("Mùi sơn nặng quá.", "The smell of paint is so strong."),
    ("Tôi ghét mùi sơn.", "I hate the smell of paint."),
    ("Mẹ tôi không chịu được mùi sơn.", "My mother can't stand the smell of paint."),
    # v8: "The painting will come tomorrow.", "The painting is then."
    ("Thợ sơn sẽ đến vào ngày mai.", "The painters are coming tomorrow."),
    ("Thợ sơn đến rồi.", "The painters are here."),
    # not: "anh" alone saying it (the speaker or "you"), no word of tense, no place (a picture?), did or will?,
    # mt/smells.py's, mt/colours.py's, nails, needed of nothing said, a day that does not fit, "Anh Sơn" a man
    ("Sơn ướt nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đang sơn nhà.", None), ("Tôi sơn nhà.", None), ("Bố tôi đang sơn.", None),
    ("Bạn sơn phòng ngủ màu gì?", None), ("Có mùi sơn.", None),
    ("Tôi đang sơn móng tay.", None), ("Cần sơn lại.", None), ("Chúng tôi đã sơn nhà vào tuần sau.", None),
    ("Anh Sơn còn ướt.", None), ("Sơn tường ướt.", None), ("Tôi sơn nó màu trắng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    ("Wet paint.", "Sơn ướt."),
    ("The paint is still wet.", "Sơn vẫn còn ướt."),
    ("The paint's still wet.", "Sơn vẫn còn ướt."),
    # v8: "Sơn vẫn chưa?", "Sơn đang vặn." (twisting), "Sơn đang vặn tường."
    ("Is the paint dry yet?", "Sơn đã khô chưa?"),
    ("The paint isn't dry yet.", "Sơn chưa khô."),
    ("The paint is dry now.", "Sơn đã khô rồi."),
    ("The paint is peeling.", "Sơn bị bong tróc."),
    ("The paint is peeling off the walls.", "Sơn tường bị bong tróc."),
    # v8: "Cẩn thận, bức tranh vẫn còn ướt." (the picture), "Đừng chạm vào bức tường, bức tranh vẫn còn ướt."
    ("Be careful, the paint is still wet.", "Cẩn thận, sơn vẫn còn ướt."),
    ("Don't touch the walls, the paint is still wet.", "Đừng chạm vào tường, sơn vẫn còn ướt."),
    ("Don't touch the wall.", "Đừng chạm vào tường."),
    # v8: "Chúng tôi đang lưỡng lự ngôi nhà." (hesitating), "Chúng tôi khẳng định ngôi nhà." (affirmed), "Tôi ngượng
    # lại phòng ngủ của mình." (embarrassed), "Mẹ tôi muốn hồi phục nhà bếp." (restore)
    ("We're repainting the house.", "Chúng tôi đang sơn lại nhà."),
    ("We repainted the house.", "Chúng tôi đã sơn lại nhà."),
    ("We've just repainted the house.", "Chúng tôi vừa sơn lại nhà."),
    ("I repainted my bedroom.", "Tôi đã sơn lại phòng ngủ."),
    ("My mother wants to repaint the kitchen.", "Mẹ tôi muốn sơn lại nhà bếp."),
    ("We're painting the living room.", "Chúng tôi đang sơn phòng khách."),
    ("My dad is painting the walls.", "Bố tôi đang sơn tường."),
    ("We're going to paint the house next week.", "Tuần sau chúng tôi sẽ sơn nhà."),
    # v8: "Chúng tôi sơn nhà bếp cuối tuần này." (tense lost)
    ("We're painting the kitchen this weekend.", "Cuối tuần này chúng tôi sẽ sơn nhà bếp."),
    ("We painted the house yesterday.", "Hôm qua chúng tôi đã sơn nhà."),
    ("The painters are painting my house.", "Thợ sơn đang sơn nhà của tôi."),
    # v8: "Tôi sơn nó trắng.", "Cô ấy sơn màu xanh phòng ngủ của mình."
    ("I painted it white.", "Tôi đã sơn nó màu trắng."),
    ("She painted her bedroom blue.", "Cô ấy đã sơn phòng ngủ màu xanh dương."),
    # v8: "Bạn sơn màu sắc nào trong phòng ngủ?"
    ("What colour are you painting the bedroom?", "Bạn định sơn phòng ngủ màu gì?"),
    ("What colour did you paint it?", "Bạn đã sơn nó màu gì?"),
    # v8: "Nó cần một chiếc áo thứ hai." (a shirt), "Nó cần một cái áo sơn khác.", "Các bức tường cần được tái thiết."
    ("It needs a second coat.", "Nó cần sơn thêm lớp thứ hai."),
    ("It needs another coat of paint.", "Nó cần thêm một lớp sơn nữa."),
    ("The walls need repainting.", "Tường cần sơn lại."),
    ("The house needs a fresh coat of paint.", "Nhà cần sơn lại."),
    # v8: "Mùi sơn thật sự mạnh mẽ." (mighty)
    ("The smell of paint is really strong.", "Mùi sơn nồng quá."),
    ("She can't stand the smell of paint.", "Cô ấy không chịu được mùi sơn."),
    # v8: "Người sơn sắp tới ngày mai.", "Sơn ở đây." (the paint is here)
    ("The painters are coming tomorrow.", "Ngày mai thợ sơn sẽ đến."),
    ("The painter is here.", "Thợ sơn đến rồi."),
    ("The painter's here.", "Thợ sơn đến rồi."),
    # review: "'s" before "going to" read as "has" (was None)
    ("She's going to repaint her bedroom next week.", "Tuần sau cô ấy sẽ sơn lại phòng ngủ."),
    # not: bad agreement in the English given, no word of tense, no place, mt/colours.py's, nails, a day that does
    # not fit, whose unclear, pictures
    ("The walls needs repainting.", None), ("She hate the smell of paint.", None),
    ("My dad are painting the walls.", None), ("The painter are here.", None), ("I paint the house.", None),
    ("He's painting.", None), ("She's painting her nails.", None),
    ("We're painting the kitchen yesterday.", None), ("My father painted her room.", None),
    ("She's painting a picture.", None), ("What colour is you painting the bedroom?", None),
    # review: coming on a day behind (was "Hôm qua thợ sơn sẽ đến.")
    ("The painters are coming yesterday.", None), ("The painters are coming last week.", None),
    ("The painters are coming last Monday.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


# sentences mt/colours.py takes: mt.phrasebook tries it first, so its translation is the one given
@pytest.mark.parametrize("text, src, tgt, module", [
    ("Bố tôi vừa sơn nhà màu vàng.", "vi", "en", colours), ("We painted the house white.", "en", "vi", colours),
])
def test_earlier_rules_take_theirs(text, src, tgt, module):
    said = module.translate(text, src, tgt)
    assert said is not None and phrasebook.translate(text, src, tgt) == said
