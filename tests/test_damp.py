"""Damp and humid air at home: "trời nồm", walls damp, mouldy or sweating, mould, clothes that won't dry and the
dehumidifier, both ways (mt/damp.py)."""
import pytest

from mt.damp import translate


@pytest.mark.parametrize("text, said", [
    # v8: "It's too hard.", "This rice is too massive.", "It's so hard today."
    ("Trời nồm quá.", "It's so humid."),
    ("Hôm nay trời nồm quá.", "It's so humid today."),
    ("Dạo này trời nồm quá.", "It's been so humid lately."),
    ("Mấy hôm nay trời nồm lắm.", "It's been really humid these past few days."),
    ("Trời lại nồm rồi.", "It's humid again."),
    ("Trời hơi nồm.", "It's a bit humid."),
    ("Nồm quá!", "It's so humid."),
    # v8: "The North is in the massive season."
    ("Miền Bắc đang vào mùa nồm.", "It's the humid season in the north."),
    ("Mùa nồm lại đến rồi.", "The humid season is here again."),
    # v8: "My home was rushed.", "Are you snugged?", "Humidifier.", "It seems milestone.", "It seems to sweat."
    ("Nhà tôi bị nồm quá.", "My house is so damp."),
    ("Nhà bạn có bị nồm không?", "Is your house damp?"),
    ("Nhà tôi không bị nồm.", "My house isn't damp."),
    ("Tường bị ẩm.", "The walls are damp."),
    ("Tường nhà tôi bị ẩm.", "The walls in my house are damp."),
    ("Phòng này hơi bị ẩm.", "This room is a bit damp."),
    ("Tường có bị ẩm không?", "Are the walls damp?"),
    ("Tường bị mốc.", "The walls are mouldy."),
    ("Tường bị mốc rồi.", "The walls have gone mouldy."),
    ("Trần nhà tắm bị mốc.", "The ceiling in the bathroom is mouldy."),
    ("Tủ quần áo bị mốc.", "The wardrobe is mouldy."),
    ("Tường đổ mồ hôi.", "The walls are sweating."),
    ("Sàn nhà đổ mồ hôi.", "The floor is sweating."),
    # v8: "The home was wet.", "The wet and smooth home."
    ("Sàn nhà bị ướt.", "The floor is wet."),
    ("Sàn nhà ướt và trơn.", "The floor is wet and slippery."),
    ("Tường bị ướt vì trời nồm.", "The walls are wet because of the humidity."),
    # v8: "There is a milestone on the wall.", "There's a milestroom on the ceiling."
    ("Trên tường có mốc.", "There's mould on the walls."),
    ("Trên trần nhà có nấm mốc không?", "Is there mould on the ceiling?"),
    ("Trong phòng tắm có nấm mốc.", "There's mould in the bathroom."),
    # v8: "Players forever."
    ("Quần áo phơi mãi không khô.", "The clothes won't dry."),
    ("Quần áo không khô được.", "The clothes won't dry."),
    ("Trời nồm quá nên quần áo không khô được.", "It's so humid that the clothes won't dry."),
    ("Trời nồm nên tường bị ẩm.", "It's humid, so the walls are damp."),
    # v8: "Enables the humidifier.", "I humidifier."
    ("Bật máy hút ẩm lên đi.", "Turn on the dehumidifier."),
    ("Tắt máy hút ẩm đi.", "Turn off the dehumidifier."),
    ("Bạn bật máy hút ẩm giúp tôi được không?", "Could you turn on the dehumidifier for me?"),
    ("Tôi vừa bật máy hút ẩm.", "I've just turned on the dehumidifier."),
    ("Mẹ tôi đã tắt máy hút ẩm rồi.", "My mother has turned off the dehumidifier."),
    ("Bạn đã bật máy hút ẩm chưa?", "Have you turned on the dehumidifier yet?"),
    # not: the weather's "ẩm" (mt/weather.py), the floor wet without "bị" (mt/cautions.py), food gone mouldy
    # (mt/supplies.py), a smell (mt/smells.py), clothes not dry (or won't dry?), "trần" alone (also bare), a house
    # wet, "anh" saying it (the speaker, or you?), a plain verb (habit or done), "rồi" with "quá", asked without
    # "không", "tắt … lên"
    ("Trời ẩm quá.", None), ("Sàn nhà ướt quá.", None), ("Bánh mì bị mốc rồi.", None),
    ("Phòng này có mùi ẩm mốc.", None), ("Quần áo không khô.", None), ("Trần bị mốc.", None),
    ("Nhà tôi bị ướt.", None), ("Anh vừa bật máy hút ẩm.", None), ("Tôi bật máy hút ẩm.", None),
    ("Tường bị ẩm quá rồi.", None), ("Tường có bị ẩm?", None), ("Tắt máy hút ẩm lên.", None),
    ("Anh bật máy hút ẩm được không?", None), ("Quần áo khô chưa?", None),
    # review: "không" with a degree before is not Vietnamese ("The walls aren't a bit damp."); "không … lắm" is
    ("Tường không hơi ẩm.", None), ("Nhà tôi không hơi nồm.", None), ("Tường không rất ẩm.", None),
    ("Tường không khá ẩm.", None), ("Tường không ẩm lắm.", "The walls aren't really damp."),
    # review: a question's degree dropped ("Are the walls damp?")
    ("Tường có bị ẩm quá không?", None), ("Tường có rất ẩm không?", None),
    # review: a denial with "vì" (not damp, or not because of it?)
    ("Tường không bị ẩm vì trời nồm.", None),
    # review: the tag "nhỉ" lost ("It's humid."); left where only "trời nồm" does not say it
    ("Trời nồm nhỉ.", "It's humid, isn't it?"), ("Dạo này trời nồm quá nhỉ.", "It's been so humid lately, hasn't it?"),
    ("Tường bị ẩm nhỉ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Các bức tường đang đập." (a dam), "Bức tường là đập.", "Các bức tường đang ẩm ướt vì ẩm."
    ("The walls are damp.", "Tường bị ẩm."),
    ("The wall is damp.", "Bức tường bị ẩm."),
    ("The walls are still damp.", "Tường vẫn bị ẩm."),
    ("The walls in my house are damp.", "Tường nhà tôi bị ẩm."),
    ("The walls are wet because of the humidity.", "Tường bị ướt vì trời nồm."),
    ("Are the walls damp?", "Tường có bị ẩm không?"),
    ("Is your house damp?", "Nhà bạn có bị ẩm không?"),
    ("My house is so damp.", "Nhà tôi bị ẩm quá."),
    ("This room is a bit damp.", "Phòng này hơi bị ẩm."),
    ("The house isn't damp.", "Nhà không bị ẩm."),
    ("The clothes are damp.", "Quần áo bị ẩm."),
    # v8: "Các bức tường là mạnh.", "Trần nhà là khu trung tâm."
    ("The bathroom ceiling is mouldy.", "Trần phòng tắm bị mốc."),
    ("The ceiling in the bathroom is moldy.", "Trần phòng tắm bị mốc."),
    ("The walls have gone mouldy.", "Tường bị mốc rồi."),
    ("The walls are sweating.", "Tường đổ mồ hôi."),
    # v8: "Cơn sàn là ướt và trượt dốc."
    ("The floor is wet and slippery.", "Sàn nhà ướt và trơn."),
    # v8: "Sẽ trên tường.", "Có một ngườiold trên trần nhà.", "Có những bức tường mạnh."
    ("There's mould on the wall.", "Trên tường có nấm mốc."),
    ("There's mold on the ceiling.", "Trên trần nhà có nấm mốc."),
    ("There is mould on the walls.", "Trên tường có nấm mốc."),
    ("Is there mould in the bathroom?", "Trong phòng tắm có nấm mốc không?"),
    # v8: "Những chiếc áo này không khô.", "Người ta vẫn không khô."
    ("The clothes won't dry.", "Quần áo phơi mãi không khô."),
    ("The laundry won't dry.", "Quần áo phơi mãi không khô."),
    ("The washing isn't drying.", "Quần áo phơi mãi không khô."),
    ("It's so humid that the clothes won't dry.", "Trời nồm quá nên quần áo phơi mãi không khô."),
    # v8: "Đó là sự dai dẳng ở đây.", "Đó là mùa ẩm ướt ở miền bắc."
    ("It's so damp today.", "Hôm nay trời ẩm quá."),
    ("It's been so damp lately.", "Dạo này trời ẩm quá."),
    ("It's damp in here.", "Trong này bị ẩm."),
    ("It's the humid season in the north.", "Miền Bắc đang vào mùa nồm."),
    # v8: "Bật tùy theo bộ phận.", "Bạn có thể bật người tham gia không?", "Tôi đã quay về người tham gia."
    ("Turn on the dehumidifier.", "Bật máy hút ẩm lên."),
    ("Turn the dehumidifier off.", "Tắt máy hút ẩm đi."),
    ("Please turn on the dehumidifier.", "Làm ơn bật máy hút ẩm lên."),
    ("Can you turn on the dehumidifier?", "Bạn có thể bật máy hút ẩm không?"),
    ("Could you turn off the dehumidifier for me?", "Bạn tắt máy hút ẩm giúp tôi được không?"),
    ("I've just turned on the dehumidifier.", "Tôi vừa bật máy hút ẩm."),
    ("I've turned on the dehumidifier.", "Tôi đã bật máy hút ẩm rồi."),
    ("My mother turned off the dehumidifier.", "Mẹ tôi đã tắt máy hút ẩm."),
    ("Have you turned on the dehumidifier yet?", "Bạn đã bật máy hút ẩm chưa?"),
    # not: "humid" alone (mt/weather_said.py), the floor wet or slippery (mt/cautions.py), food (mt/supplies.py), bad
    # agreement ("The walls is", "The clothes isn't", "She have"), "our walls" (mine or ours?), mould "in" a wall,
    # "been" without "lately", "yet" said, "Has she just …?"
    ("It's so humid today.", None), ("The floor is wet.", None), ("The floor is slippery.", None),
    ("The bread is mouldy.", None), ("The walls is damp.", None), ("The clothes isn't drying.", None),
    ("She have turned on the dehumidifier.", None), ("Our walls are damp.", None),
    ("There's mould in the wall.", None), ("It's been damp today.", None),
    ("I turned on the dehumidifier yet.", None), ("Has she just turned on the dehumidifier?", None),
    ("Are the walls sweating a lot?", None),
    # review: "not" with a degree ("Nhà không rất ẩm.": not Vietnamese)
    ("The house isn't really damp.", None), ("The walls aren't very damp.", None),
    ("The walls aren't quite damp.", None), ("The walls aren't extremely damp.", None),
    ("The walls aren't still damp.", None), ("The walls aren't a bit damp.", None),
    # review: a question's degree dropped ("Tường có bị ẩm không?")
    ("Is your house still damp?", None), ("Are the walls still damp?", None), ("Is the room very damp?", None),
    ("Is the house a bit damp?", None), ("Are the walls too damp?", None), ("Is the bathroom really mouldy?", None),
    # review: "it" often a thing (a towel, the clothes), not the weather ("Trời vẫn ẩm."); with a day it stays
    ("It's still damp.", None), ("It's a bit damp.", None), ("It's damp.", None),
    ("It's damp today.", "Hôm nay trời ẩm."),
    # review: a denial with "because" (not mouldy, or not because of it?)
    ("The walls aren't mouldy because of the humidity.", None),
    # review: "too … that" is not English
    ("It's too humid that the clothes won't dry.", None),
    # review: "put" after I, you, we, they may be a habit; "he put" and "have put" are done
    ("I put the dehumidifier on.", None), ("I put on the dehumidifier.", None),
    ("He put on the dehumidifier.", "Anh ấy đã bật máy hút ẩm."),
    ("I've put on the dehumidifier.", "Tôi đã bật máy hút ẩm rồi."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
