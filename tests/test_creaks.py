"""Wobbly, rickety and creaky furniture, doors and floors, and hinges needing oil, both ways (mt/creaks.py)."""
import pytest

from mt.creaks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The seat was shaken.", "This chair was over.", "My driver was shaken.", "This bed was rushing too."
    ("Cái ghế này bị lung lay.", "This chair is wobbly."),
    ("Cái ghế này lung lay quá.", "This chair is so wobbly."),
    ("Cái bàn này hơi lung lay.", "This table is a bit wobbly."),
    ("Ghế của tôi bị lung lay.", "My chair is wobbly."),
    ("Cái ghế của mẹ tôi bị lung lay.", "My mother's chair is wobbly."),
    ("Cái bàn này có bị lung lay không?", "Is this table wobbly?"),
    ("Cái bàn này bị cập kênh.", "This table is wobbly."),
    ("Cái giường này ọp ẹp quá.", "This bed is so rickety."),
    ("Cái ghế này vẫn còn lung lay.", "This chair is still wobbly."),
    ("Cái ghế này không còn lung lay nữa.", "This chair isn't wobbly any more."),
    ("Cái thang này lung lay lắm.", "This ladder is really wobbly."),
    # v8: "This chair was broken from the leg.", "The footwear was broken.", "The foot was shaken."
    ("Cái ghế này bị gãy chân.", "This chair has a broken leg."),
    ("Cái ghế này bị gãy rồi.", "This chair is broken."),
    ("Chân ghế bị gãy rồi.", "The chair leg is broken."),
    ("Chân bàn bị lung lay.", "The table leg is loose."),
    # v8: "The door urged to shine.", "This cabinet has a very criticis.", "The house has been urged."
    ("Cửa kêu cót két.", "The door creaks."),
    ("Cửa sổ kêu cót két.", "The window creaks."),
    ("Cổng kêu kẽo kẹt.", "The gate creaks."),
    ("Cái tủ này cót két lắm.", "This cupboard creaks a lot."),
    ("Cái cửa này kêu cót két quá.", "This door creaks a lot."),
    ("Sàn nhà kêu cót két.", "The floor creaks."),
    ("Sàn gỗ kêu cót két lắm.", "The floorboards creak a lot."),
    ("Cầu thang kêu cót két.", "The stairs creak."),
    ("Bản lề cửa kêu cót két.", "The door hinges creak."),
    ("Cái giường này cứ kêu cót két.", "This bed keeps creaking."),
    ("Cửa đang kêu cót két.", "The door is creaking."),
    ("Cửa vẫn kêu cót két.", "The door still creaks."),
    ("Cửa hơi kêu cót két.", "The door creaks a bit."),
    ("Ghế này hơi cót két.", "This chair creaks a bit."),
    ("Sàn nhà hơi kêu cót két.", "The floor creaks a bit."),
    ("Cửa khá cót két.", "The door creaks quite a lot."),
    ("Sàn nhà khá kêu cót két.", "The floor creaks quite a lot."),
    # v8: "Are the door appealing?", "The door doesn't appeal to shout."
    ("Cửa có kêu cót két không?", "Does the door creak?"),
    ("Cầu thang đó có kêu cót két không?", "Do those stairs creak?"),
    ("Cửa có hơi kêu cót két không?", "Does the door creak a bit?"),
    ("Cửa không kêu cót két nữa.", "The door doesn't creak any more."),
    ("Bản lề hết kêu cót két rồi.", "The hinges have stopped creaking."),
    # v8: "The margin of the store needs to be investigated.", "The store needs to be investigated."
    ("Bản lề cửa cần tra dầu.", "The door hinges need oiling."),
    ("Cửa cần tra dầu.", "The door needs oiling."),
    ("Cửa này có cần tra dầu không?", "Does this door need oiling?"),
    # v8: "I'll take oil on the side of my oil.", "I've given oil to the margin of the door.", "… check oil into …"
    ("Tôi sẽ tra dầu vào bản lề.", "I'll oil the hinges."),
    ("Bố tôi đã tra dầu vào bản lề cửa.", "My father oiled the door hinges."),
    ("Tôi vừa tra dầu cho bản lề.", "I've just oiled the hinges."),
    ("Tôi tra dầu vào bản lề rồi.", "I've oiled the hinges."),
    ("Mẹ tôi cần tra dầu cho cửa sổ.", "My mother needs to oil the window."),
    ("Bạn có thể tra dầu vào bản lề cửa không?", "Can you oil the door hinges?"),
    ("Bạn đã tra dầu cho cửa chưa?", "Have you oiled the door yet?"),
    # not: "anh" saying it (may be the speaker), oiling plainly (now or a habit?), a door wobbly, a door broken
    # (mt/broken.py's or the model's), "hơi bị" (slang: really), "rồi" after wobbly, "nhỉ?", "kẹt" (stuck), a fridge,
    # loose teeth, "này" with the door's hinges, "không còn" without "nữa", a door's room, "cánh" of a chair
    ("Cửa kêu cót két nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh sẽ tra dầu vào bản lề.", None), ("Tôi tra dầu vào bản lề.", None), ("Cửa bị lung lay.", None),
    ("Cửa bị hỏng.", None), ("Cái ghế này hơi bị lung lay.", None), ("Cái ghế này lung lay rồi.", None),
    ("Cửa kêu cót két nhỉ?", None), ("Cửa bị kẹt.", None), ("Tủ lạnh kêu cót két.", None),
    ("Răng tôi bị lung lay.", None), ("Bản lề cửa này cần tra dầu.", None), ("Cửa không còn kêu cót két.", None),
    ("Cửa phòng tôi kêu cót két.", None), ("Cái giường này cần tra dầu.", None),
    ("Cái ghế này rất lung lay lắm.", None), ("Cánh ghế này kêu cót két.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chủ trì này mặc quần áo.", "Bảng này mặc quần áo.", "Bảng này là một cái đeo bít.", "Bảng này có phải
    # không?", "Giọng giường này bị vòi."
    ("The chair is wobbly.", "Cái ghế bị lung lay."),
    ("This chair is wobbly.", "Cái ghế này bị lung lay."),
    ("The table is wobbly.", "Cái bàn bị lung lay."),
    ("This table is a bit wobbly.", "Cái bàn này hơi lung lay."),
    ("The chair is so wobbly!", "Cái ghế lung lay quá!"),
    ("My chair is wobbly.", "Ghế của tôi bị lung lay."),
    ("My mother's chair is wobbly.", "Ghế của mẹ tôi bị lung lay."),
    ("Is this table wobbly?", "Cái bàn này có bị lung lay không?"),
    ("This table isn't wobbly any more.", "Cái bàn này không còn lung lay nữa."),
    ("This bed is rickety.", "Cái giường này ọp ẹp."),
    ("The ladder is unsteady.", "Cái thang bị lung lay."),
    ("The table wobbles.", "Cái bàn bị lung lay."),
    ("The chair is broken.", "Cái ghế bị hỏng."),
    # v8: "Chủ tịch này có chân bị gãy.", "Cẳng chân ghế bị vỡ.", "Cẳng chân bàn nới lỏng."
    ("This chair has a broken leg.", "Cái ghế này bị gãy chân."),
    ("The chair leg is broken.", "Chân ghế bị gãy."),
    ("The table leg is loose.", "Chân bàn bị lung lay."),
    ("One of the chair legs is broken.", "Một chân ghế bị gãy."),
    # v8: "Cánh cửa.", "Cánh cửa đang lắc lư.", "Các tấm ván sàn nhà tạo ra.", "Cầu thang.", "Gateaks."
    ("The door squeaks.", "Cửa kêu cót két."),
    ("The door creaks.", "Cửa kêu cót két."),
    ("The floorboards creak.", "Sàn gỗ kêu cót két."),
    ("The stairs creak.", "Cầu thang kêu cót két."),
    ("The gate creaks.", "Cổng kêu cót két."),
    ("That wardrobe creaks.", "Cái tủ quần áo đó kêu cót két."),
    ("The door is squeaking.", "Cửa đang kêu cót két."),
    ("This bed creaks a lot.", "Cái giường này kêu cót két lắm."),
    ("The door is a bit squeaky.", "Cửa hơi kêu cót két."),
    ("The door keeps squeaking.", "Cửa cứ kêu cót két."),
    ("The hinges have stopped squeaking.", "Bản lề hết kêu cót két rồi."),
    # v8: "Có phải cái cửa?", "Cửa không còn chút nào nữa."
    ("Does the door creak?", "Cửa có kêu cót két không?"),
    ("Are the stairs creaky?", "Cầu thang có kêu cót két không?"),
    ("The door doesn't squeak any more.", "Cửa không còn kêu cót két nữa."),
    # v8: "Các hinges cần dầu.", "Cánh cửa cần đến dầu.", "Tôi sẽ dầu hỏa.", "Tôi vừa dầu cửa.", "Cha tôi dầu hỏa."
    ("The hinges need oiling.", "Bản lề cần tra dầu."),
    ("The door hinges need oiling.", "Bản lề cửa cần tra dầu."),
    ("The door needs oiling.", "Cửa cần tra dầu."),
    ("Do the hinges need oiling?", "Bản lề có cần tra dầu không?"),
    ("I'll oil the hinges.", "Tôi sẽ tra dầu vào bản lề."),
    ("My father oiled the hinges.", "Bố tôi đã tra dầu vào bản lề."),
    ("I've just oiled the door hinges.", "Tôi vừa tra dầu vào bản lề cửa."),
    ("She needs to oil this door.", "Cô ấy cần tra dầu cho cửa này."),
    ("Can you oil the hinges?", "Bạn có thể tra dầu vào bản lề không?"),
    ("Has she oiled the door yet?", "Cô ấy đã tra dầu cho cửa chưa?"),
    ("She hasn't oiled the hinges yet.", "Cô ấy chưa tra dầu vào bản lề."),
    # not: furniture many, "is", "are", "does", "needs", "has" not agreeing, a door wobbly or broken, a bed oiled, a
    # mouse or a person squeaking, a clause after, "very" with squeaky (not said "rất kêu cót két"),
    # "please" not asking
    ("These chairs are wobbly.", None), ("The stairs is creaky.", None), ("The door creak.", None),
    ("Does the doors creak?", None), ("The door doesn't creaks.", None), ("The hinges needs oiling.", None),
    ("She need to oil the door.", None), ("I has oiled the hinges.", None), ("This chair have a broken leg.", None),
    ("The door is wobbly.", None), ("The door is broken.", None), ("The bed needs oiling.", None),
    ("The mouse squeaks.", None), ("The door squeaks when I open it.", None), ("The door is very squeaky.", None),
    ("This floorboards creak.", None), ("I'll oil the hinges please.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Cửa kêu cót két.", "en", "vi") is None
    assert translate("The door squeaks.", "vi", "en") is None
    assert translate("The door squeaks.", "en", "fr") is None
