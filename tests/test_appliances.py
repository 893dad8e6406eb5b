"""Home appliances not working right: the fridge not cold, the freezer not freezing, no hot water from the water
heater, the washing machine that won't spin or is noisy, the microwave not heating up, the kettle that keeps switching
off, the oven slow to heat up, both ways (mt/appliances.py)."""
import pytest

from mt.appliances import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The cold is not cold.", "My cold was not cold.", "Cold brew is not enough cold.", "Is it cold?"
    ("Tủ lạnh không lạnh.", "The fridge isn't cold."),
    ("Tủ lạnh của tôi không lạnh.", "My fridge isn't cold."),
    ("Tủ lạnh không đủ lạnh.", "The fridge isn't cold enough."),
    ("Tủ lạnh vẫn không lạnh.", "The fridge still isn't cold."),
    ("Tủ lạnh này không làm lạnh được.", "This fridge isn't cooling."),
    ("Tủ lạnh có lạnh không?", "Is the fridge cold?"),
    ("Tủ lạnh của bạn có đủ lạnh không ạ?", "Is your fridge cold enough?"),
    ("Tủ lạnh quá lạnh.", "The fridge is too cold."),
    # v8: "Preventing rocks from crowds.", "The rock could not be rocked."
    ("Ngăn đá không đông.", "The freezer isn't freezing."),
    ("Ngăn đá không làm đá được.", "The freezer isn't freezing."),
    # v8: "Cold heat doesn't have hot water.", "Cold hotness doesn't work."
    ("Bình nóng lạnh không có nước nóng.", "The water heater isn't giving any hot water."),
    ("Bình nóng lạnh không hoạt động.", "The water heater isn't working."),
    ("Bình nóng lạnh của chúng tôi vẫn không nóng.", "Our water heater still isn't heating up."),
    # v8: "The washcloth doesn't.", "The machine urged too.", "The machine has an unknown speaker."
    ("Máy giặt không vắt.", "The washing machine won't spin."),
    ("Máy giặt không vắt được ạ.", "The washing machine won't spin."),
    ("Máy giặt kêu to.", "The washing machine is making a loud noise."),
    ("Máy giặt kêu to quá.", "The washing machine is really noisy."),
    ("Máy giặt của mẹ tôi có tiếng kêu lạ.", "My mother's washing machine is making a strange noise."),
    ("Máy giặt phát ra tiếng lạ.", "The washing machine is making a strange noise."),
    ("Máy giặt không thoát nước.", "The washing machine won't drain."),
    # v8: "The wave is not hot.", "The wave does not get hot.", "Do you get hot waves?"
    ("Lò vi sóng không nóng.", "The microwave isn't heating up."),
    ("Lò vi sóng không làm nóng được.", "The microwave isn't heating up."),
    ("Bàn là quá nóng.", "The iron is too hot."),
    ("Bàn ủi không nóng.", "The iron isn't heating up."),
    # v8: "The ultra-speed supercomputer is disabled.", "The water modules are broken automatically."
    ("Ấm siêu tốc cứ tự tắt.", "The kettle keeps switching off."),
    ("Cái ấm đun nước này cứ tự ngắt.", "This kettle keeps switching off."),
    ("Ấm siêu tốc lâu sôi quá.", "The kettle takes ages to boil."),
    # v8: "The baked baked baked long.", "The baked baked long is too hot."
    ("Lò nướng lâu nóng quá.", "The oven takes ages to heat up."),
    ("Lò nướng lâu nóng.", "The oven takes a long time to heat up."),
    ("Lò nướng nóng chưa?", "Is the oven hot yet?"),
    ("Máy rửa bát rửa không sạch.", "The dishwasher isn't cleaning properly."),
    ("Máy sấy quần áo không sấy khô được.", "The tumble dryer isn't drying."),
    ("Tủ lạnh của Lan kêu to lắm!", "Lan's fridge is really noisy!"),
    # not: broken or the fridge not working (mt/broken.py), "nóng quá" (mt/cautions.py), a fault of another thing,
    # "anh" (the speaker, or "you"), "vẫn" before what is not said with "không", "nhỉ", asked without "?", "máy sấy"
    # alone (a hair dryer too), "nhà tôi" (mine or ours?), "nữa", no hot water at all (the phrasebook's), food
    ("Tủ lạnh bị hỏng.", None), ("Tủ lạnh không hoạt động.", None), ("Bàn là nóng quá.", None),
    ("Lò nướng không vắt.", None), ("Ấm siêu tốc không lạnh.", None), ("Tủ lạnh của anh không lạnh.", None),
    ("Máy giặt vẫn kêu to.", None), ("Tủ lạnh không lạnh nhỉ.", None), ("Tủ lạnh có lạnh không.", None),
    ("Máy sấy không sấy khô.", None), ("Tủ lạnh nhà tôi không lạnh.", None), ("Tủ lạnh không lạnh nữa.", None),
    ("Không có nước nóng.", None), ("Để thịt trong ngăn đá.", None), ("Lò vi sóng có lạnh không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Lá lạnh không phải là lạnh.", "Bridge của tôi không lạnh.", "Lá lạnh quá lạnh.", "Có lạnh không?"
    ("The fridge isn't cold.", "Tủ lạnh không lạnh."),
    ("My fridge isn't cold.", "Tủ lạnh của tôi không lạnh."),
    ("The refrigerator isn't cold enough.", "Tủ lạnh không đủ lạnh."),
    ("The fridge still isn't cold.", "Tủ lạnh vẫn không lạnh."),
    ("The fridge's not cooling.", "Tủ lạnh không làm lạnh."),
    ("The fridge is too cold.", "Tủ lạnh quá lạnh."),
    ("Is the fridge cold?", "Tủ lạnh có lạnh không?"),
    ("Is your fridge cold enough?", "Tủ lạnh của bạn có đủ lạnh không?"),
    # v8: "Bộ tự do không được tự do hóa.", "Người tự do không có gì hết hết."
    ("The freezer isn't freezing.", "Ngăn đá không đông đá."),
    ("The freezer won't freeze.", "Ngăn đá không đông đá."),
    # v8: "Người ta không làm việc nhiệt độ nước.", "Người nhiệt nước không nóng."
    ("The water heater isn't working.", "Bình nóng lạnh không hoạt động."),
    ("The water heater isn't giving any hot water.", "Bình nóng lạnh không có nước nóng."),
    ("Our water heater isn't heating up.", "Bình nóng lạnh của chúng tôi không nóng."),
    # v8: "Máy rửa tay sẽ không quay được.", "Máy rửa tay đang làm cho âm thanh lạ.", "Máy rửa tay rất lớn."
    ("The washing machine won't spin.", "Máy giặt không vắt."),
    ("The washing machine isn't spinning.", "Máy giặt không vắt."),
    ("The washing machine is making a strange noise.", "Máy giặt có tiếng kêu lạ."),
    ("My mother's washing machine is making a weird noise.", "Máy giặt của mẹ tôi có tiếng kêu lạ."),
    ("The washing machine is very loud.", "Máy giặt kêu to quá."),
    ("The washing machine won't drain.", "Máy giặt không thoát nước."),
    # v8: "Máy vi sóng không nóng.", "Sắt quá nóng.", "Sắt không nóng."
    ("The microwave isn't heating up.", "Lò vi sóng không nóng."),
    ("Lan's microwave doesn't heat.", "Lò vi sóng của Lan không nóng."),
    ("The iron is too hot.", "Bàn là quá nóng."),
    ("The iron doesn't get hot.", "Bàn là không nóng."),
    # v8: "Tòa kettle giữ phím tắt.", "Tòa quầy giữ."
    ("The kettle keeps switching off.", "Ấm siêu tốc cứ tự tắt."),
    ("This kettle keeps turning itself off.", "Ấm siêu tốc này cứ tự tắt."),
    ("The kettle takes forever to boil.", "Ấm siêu tốc lâu sôi quá."),
    # v8: "Trời cần phải nóng lên.", "Trời mất một thời gian dài để nóng lên.", "Trời nóng chưa?"
    ("The oven takes ages to heat up.", "Lò nướng lâu nóng quá."),
    ("The oven takes a long time to heat up.", "Lò nướng lâu nóng."),
    ("Is the oven hot yet?", "Lò nướng nóng chưa?"),
    # v8: "Món tắm không sạch đúng cách.", "Khô hơn không khô."
    ("The dishwasher doesn't clean properly.", "Máy rửa bát không rửa sạch."),
    ("The dryer isn't drying.", "Máy sấy quần áo không sấy khô."),
    ("The fridge is making a strange noise!", "Tủ lạnh có tiếng kêu lạ!"),
    # not: the verb not agreeing with the thing, the fridge not working or broken (mt/broken.py), a fault of another
    # thing, "still" before what is not said with "not", no whose or "the", many things, "hot water" alone, asked
    # of another thing, "There's no hot water." (the phrasebook's), food (mt/fridge.py)
    ("The fridge aren't cold.", None), ("The washing machine don't spin.", None),
    ("The fridge isn't working.", None), ("The fridge is broken.", None), ("The oven won't spin.", None),
    ("The washing machine still is making a strange noise.", None), ("Fridge isn't cold.", None),
    ("The fridges aren't cold.", None), ("Is the kettle cold?", None), ("There's no hot water.", None),
    ("Put the milk in the fridge.", None), ("The fridge isn't cold?", None), ("My hair dryer isn't drying.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
