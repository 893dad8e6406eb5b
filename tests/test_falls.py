"""Falling over: tripping (over something), slipping, falling down the stairs or out of bed, almost falling, said or
asked, both ways (mt/falls.py)."""
import pytest

from mt.falls import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I was tripled.", "I'm stirred.", "I was just fell.", "Yesterday, I was tripled.", "Do you have a fall?"
    ("Tôi bị vấp ngã.", "I tripped."),
    ("Tôi bị vấp.", "I tripped."),
    ("Tôi vấp té.", "I tripped."),
    ("Tôi vừa bị vấp ngã.", "I just tripped."),
    ("Hôm qua tôi bị vấp ngã.", "I tripped yesterday."),
    ("Lan bị vấp ngã ở trường.", "Lan tripped at school."),
    ("Bạn có bị vấp ngã không?", "Did you trip?"),
    ("Anh có bị vấp ngã không?", "Did you trip?"),
    # v8: "She stirred to rock.", "She was getting a rock.", "I'm getting a chair.", "She stirred to stones and fell."
    ("Cô ấy vấp phải hòn đá.", "She tripped over a stone."),
    ("Cô ấy bị vấp phải một hòn đá.", "She tripped over a stone."),
    ("Tôi bị vấp cục đá.", "I tripped over a stone."),
    ("Tôi bị vấp phải cái ghế.", "I tripped over a chair."),
    ("Cô ấy vấp phải hòn đá và ngã.", "She tripped over a stone and fell."),
    # v8: "My grandfather fell the stairs.", "My grandmother was getting stairs.", "Yesterday, I fell stairs."
    ("Bà tôi bị ngã cầu thang.", "My grandmother fell down the stairs."),
    ("Bà tôi bị ngã xuống cầu thang.", "My grandmother fell down the stairs."),
    ("Tôi bị té cầu thang.", "I fell down the stairs."),
    ("Hôm qua bà tôi bị ngã cầu thang.", "My grandmother fell down the stairs yesterday."),
    ("Tôi bị ngã cầu thang tuần trước.", "I fell down the stairs last week."),
    ("Bà bạn có bị ngã cầu thang không?", "Did your grandmother fall down the stairs?"),
    # v8: "I was skied.", "I skied my feet.", "He was slippered on the wet floor.", "I was skied on the band."
    ("Tôi bị trượt chân ngã.", "I slipped and fell."),
    ("Tôi bị trượt ngã.", "I slipped and fell."),
    ("Tôi trượt chân.", "I slipped."),
    ("Anh ấy bị trượt chân trên sàn ướt.", "He slipped on the wet floor."),
    ("Tôi bị trượt chân trên băng.", "I slipped on the ice."),
    ("Mẹ tôi bị trượt chân ngã ở nhà tắm.", "My mother slipped and fell in the bathroom."),
    ("Anh ấy bị trượt chân ngã xuống cầu thang.", "He slipped and fell down the stairs."),
    ("Mẹ bạn có bị trượt chân không?", "Did your mother slip?"),
    # v8: "The little girl fell from bed.", "My child fell from bed down.", "My father was fell at the bathroom."
    ("Em bé bị ngã từ giường xuống.", "The baby fell out of bed."),
    ("Đứa bé bị ngã khỏi giường.", "The baby fell out of bed."),
    ("Con tôi bị ngã từ trên giường xuống.", "My child fell out of bed."),
    ("Em bé có bị ngã từ trên giường xuống không?", "Did the baby fall out of bed?"),
    ("Bố tôi bị ngã từ trên thang xuống.", "My father fell off a ladder."),
    ("Bố tôi bị ngã ở nhà tắm.", "My father fell in the bathroom."),
    ("Tối qua ông tôi bị ngã trong nhà tắm.", "My grandfather fell in the bathroom last night."),
    # v8: "I fell." (not almost)
    ("Tôi suýt ngã.", "I almost fell."),
    ("Tôi suýt bị ngã.", "I almost fell."),
    # not: "anh" saying it (may be the speaker), "bị ngã" alone and off a bike (mt/injuries.py's), a fall denied,
    # "trượt" alone (failing an exam), hardships tripped over, a day ahead, "vừa" with a day, almost asked, "rồi",
    # asked without "có", other words after the fall, a warning (mt/cautions.py's)
    ("Tôi bị vấp nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị vấp ngã.", None), ("Tôi bị ngã.", None), ("Con tôi bị té.", None), ("Tôi bị ngã xe đạp.", None),
    ("Tôi không bị vấp ngã.", None), ("Tôi bị trượt.", None), ("Tôi vấp phải nhiều khó khăn.", None),
    ("Ngày mai tôi bị ngã cầu thang.", None), ("Hôm qua tôi vừa bị vấp ngã.", None), ("Bạn có suýt ngã không?", None),
    ("Tôi bị vấp ngã rồi.", None), ("Bạn bị vấp ngã không?", None), ("Tôi bị ngã bệnh.", None),
    ("Tôi bị ngã cầu thang và gãy chân.", None), ("Cẩn thận kẻo ngã.", None), ("Bạn có bị ngã không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi chuyến đi." (a trip), "Tôi chuyến đi và ngã.", "Bạn có chuyến đi không?", "Tôi vừa chuyến đi."
    ("I tripped.", "Tôi bị vấp ngã."),
    ("I tripped over.", "Tôi bị vấp ngã."),
    ("I tripped and fell.", "Tôi bị vấp ngã."),
    ("Did you trip?", "Bạn có bị vấp ngã không?"),
    ("I've just tripped.", "Tôi vừa bị vấp ngã."),
    ("She has tripped.", "Cô ấy bị vấp ngã."),
    ("He tripped on the stairs.", "Anh ấy bị vấp ngã trên cầu thang."),
    # v8: "Cô ấy chuyến đi một viên sỏi.", "Anh ta chuyến đi trên một đám đá.", "Tôi đi qua ghế.", "Lan Lan đi qua …"
    ("She tripped over a stone.", "Cô ấy vấp phải hòn đá."),
    ("She tripped on a stone.", "Cô ấy vấp phải hòn đá."),
    ("He tripped over a rock.", "Anh ấy vấp phải hòn đá."),
    ("I tripped over a chair.", "Tôi vấp phải cái ghế."),
    ("I tripped over the rug.", "Tôi vấp phải tấm thảm."),
    ("Lan tripped over a stone.", "Lan vấp phải hòn đá."),
    ("She tripped over a stone and fell.", "Cô ấy vấp phải hòn đá và ngã."),
    ("Did she trip over a stone?", "Cô ấy có vấp phải hòn đá không?"),
    # v8: "Bà của bạn rơi xuống cầu thang?" (no "không"), "Cô ấy xuống cầu thang." (no fall)
    ("My grandmother fell down the stairs.", "Bà tôi bị ngã cầu thang."),
    ("My grandmother fell down the stairs yesterday.", "Hôm qua bà tôi bị ngã cầu thang."),
    ("I fell down the stairs last night.", "Tối qua tôi bị ngã cầu thang."),
    ("She's fallen down the stairs.", "Cô ấy bị ngã cầu thang."),
    ("Did your grandmother fall down the stairs?", "Bà bạn có bị ngã cầu thang không?"),
    ("I tripped and fell down the stairs.", "Tôi bị vấp ngã xuống cầu thang."),
    # v8: "Tôi trượt dốc.", "Anh ta trượt lên.", "Tôi trượt xuống và ngã.", "Có phải cô bé trượt không?", "Tôi trượt
    # băng lên băng." (acceptable: "Tôi trượt trên sàn ướt.")
    ("I slipped.", "Tôi bị trượt chân."),
    ("He slipped on the wet floor.", "Anh ấy bị trượt chân trên sàn ướt."),
    ("I slipped on the ice.", "Tôi bị trượt chân trên băng."),
    ("I slipped and fell.", "Tôi bị trượt chân ngã."),
    ("She slipped and fell in the bathroom.", "Cô ấy bị trượt chân ngã trong nhà tắm."),
    ("Did she slip?", "Cô ấy có bị trượt chân không?"),
    ("He's just slipped.", "Anh ấy vừa bị trượt chân."),
    # v8: "Bé nằm ra ngoài giường." (lay), "Bé nằm xuống giường.", "Cha tôi ngã xuống trong phòng tắm."
    ("The baby fell out of bed.", "Em bé bị ngã từ trên giường xuống."),
    ("The baby fell off the bed.", "Em bé bị ngã từ trên giường xuống."),
    ("My son fell out of bed.", "Con trai tôi bị ngã từ trên giường xuống."),
    ("Did the baby fall out of bed?", "Em bé có bị ngã từ trên giường xuống không?"),
    ("He fell out of a tree.", "Anh ấy bị ngã từ trên cây xuống."),
    ("My father fell in the bathroom.", "Bố tôi bị ngã trong nhà tắm."),
    # v8: "Tôi hầu như ngã.", "Tôi gần gấp ba lần." (three times)
    ("I almost fell.", "Tôi suýt ngã."),
    ("I nearly tripped.", "Tôi suýt vấp ngã."),
    ("I almost slipped.", "Tôi suýt trượt chân."),
    # v8: "Bạn có làm tổn thương chính mình không?" (hurt feelings)
    ("Did you hurt yourself?", "Bạn có bị thương không?"),
    ("My mother hurt herself yesterday.", "Hôm qua mẹ tôi bị thương."),
    # not: a fall with nowhere said and off a bike (mt/injuries.py's), bad agreement ("She have", "I has", "Did she
    # tripped", "My father … herself"), a trip taken, other falls (in love, asleep, prices), a day ahead, almost asked,
    # "have" with almost, things not in OBSTACLES, a warning (mt/cautions.py's)
    ("I fell over.", None), ("Did you fall?", None), ("I fell off my bike.", None), ("She have tripped.", None),
    ("I has tripped.", None), ("Did she tripped?", None), ("My father hurt herself.", None),
    ("Did he hurt herself?", None), ("Let's take a trip.", None), ("I trip a lot.", None), ("I fell in love.", None),
    ("I fell asleep.", None), ("Prices fell last week.", None), ("I tripped tomorrow.", None),
    ("Did you almost fall?", None), ("I've almost fallen.", None), ("He tripped over his shoelaces.", None),
    ("Be careful not to fall.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src, tgt", [("Tôi bị vấp ngã.", "vi", "fr"), ("I tripped.", "fr", "vi")])
def test_other_languages(text, src, tgt):
    assert translate(text, src, tgt) is None
