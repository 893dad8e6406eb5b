"""Warnings: watch out, be careful, mind your head or the step, don't touch, don't run, wet or slippery floors, hot
and sharp things, alone or joined by commas, both ways (mt/cautions.py)."""
import pytest

from mt.cautions import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Sàn nhà ướt, cẩn thận trơn." → "The wet house, be careful.", "Sàn nhà ướt." → "Wet.", "Cẩn thận, sàn nhà
    # ướt." → "Be careful, wet."
    ("Sàn nhà ướt, cẩn thận trơn.", "The floor is wet, be careful not to slip."),
    ("Sàn nhà ướt.", "The floor is wet."),
    ("Sàn ướt đấy.", "The floor is wet."),
    ("Sàn nhà ướt rồi.", "The floor is wet."),
    ("Cẩn thận, sàn nhà ướt.", "Be careful, the floor is wet."),
    ("Sàn nhà ướt,", "The floor is wet,"),
    ("Cẩn thận trơn,", "Be careful not to slip,"),
    ("Sàn nhà trơn lắm.", "The floor is very slippery."),
    ("Cầu thang trơn quá.", "The stairs are so slippery."),
    # v8: "Trơn lắm." → "It's a lot.", "Trơn đấy." → "That's a bat.", "Cẩn thận kẻo ngã." → "Be careful falls.",
    # "Cẩn thận kẻo bỏng." → "Kidney stones are rushed.", "Cẩn thận ngã!" → "Kidney fell!"
    ("Trơn lắm.", "It's very slippery."),
    ("Trơn đấy.", "It's slippery."),
    ("Cẩn thận kẻo ngã.", "Be careful not to fall."),
    ("Cẩn thận ngã!", "Be careful not to fall!"),
    ("Cẩn thận kẻo trượt.", "Be careful not to slip."),
    ("Cẩn thận kẻo bỏng.", "Be careful not to burn yourself."),
    ("Cẩn thận kẻo đứt tay.", "Be careful not to cut yourself."),
    # v8: "Đừng chạm vào, nóng đấy!" → "Don't touch it, hot!", "Nóng đấy!" → "It's fine!", "Đừng động vào." →
    # "Don't move in."
    ("Đừng chạm vào, nóng đấy!", "Don't touch it, it's hot!"),
    ("Đừng chạm vào cái đó, nóng đấy!", "Don't touch that, it's hot!"),
    ("Nóng đấy!", "It's hot!"),
    ("Nóng lắm đấy.", "It's very hot."),
    ("Đừng động vào.", "Don't touch it."),
    ("Đừng sờ vào cái này nhé.", "Don't touch this."),
    ("Đừng chạm vào bếp, nóng lắm.", "Don't touch the stove, it's very hot."),
    ("Cẩn thận, nồi nóng đấy.", "Be careful, the pot is hot."),
    # v8: "Cẩn thận đầu!" → "Be careful!", "Coi chừng đầu!" → "Watch out for me!", "Cẩn thận bậc thang." → "Being
    # stairs.", "Coi chừng bậc thềm." → "Watch out for the level of swear."
    ("Cẩn thận đầu!", "Mind your head!"),
    ("Coi chừng đụng đầu!", "Mind your head!"),
    ("Cẩn thận bậc thang.", "Mind the steps."),
    ("Coi chừng bậc thềm.", "Mind the step."),
    ("Chú ý bước chân.", "Watch your step."),
    # v8: "Cẩn thận với con dao." → "Be careful with knife.", "Dao sắc đấy." → "It's fine.", "Cẩn thận xe!" → "Car
    # carefully!", "Bạn cẩn thận nhé." → "You're careful."
    ("Cẩn thận với con dao.", "Be careful with the knife."),
    ("Cẩn thận dao nhé.", "Be careful with the knife."),
    ("Dao sắc đấy.", "The knife is sharp."),
    ("Cái kéo sắc lắm.", "The scissors are very sharp."),
    ("Cẩn thận với cái chảo này, nóng lắm.", "Be careful with this pan, it's very hot."),
    ("Cẩn thận xe!", "Watch out for cars!"),
    ("Bạn cẩn thận nhé.", "Be careful."),
    ("Đừng chạy!", "Don't run!"),
    ("Đừng chạy trong nhà.", "Don't run inside."),
    ("Sàn nhà ướt, đừng chạy!", "The floor is wet, don't run!"),
    # not: "Cẩn thận!" alone (the phrasebook's), "Coi chừng!" and "Hãy cẩn thận." alone (v8 right), "Chú ý!"
    # (attention), "Nóng lắm." and "Nóng quá!" alone (the weather, or feeling hot), "Bếp nóng đấy." (the stove, or
    # the kitchen?), a floor hot or a knife hot, "ướt" of nothing, "Anh cẩn thận nhé." and "Bạn cẩn thận." (who is
    # careful: may be a trait), touching someone, a question, a clause of another topic, more than three clauses
    ("Cẩn thận!", None), ("Coi chừng!", None), ("Hãy cẩn thận.", None), ("Chú ý!", None), ("Nóng lắm.", None),
    ("Nóng quá!", None), ("Bếp nóng đấy.", None), ("Sàn nhà nóng.", None), ("Con dao nóng đấy.", None),
    ("Ướt rồi.", None), ("Anh cẩn thận nhé.", None), ("Bạn cẩn thận.", None), ("Đừng động vào tôi.", None),
    ("Sàn nhà có ướt không?", None), ("Trời nóng, cẩn thận nhé.", None), ("Đường ướt, lái xe cẩn thận.", None),
    ("Cẩn thận, cẩn thận, cẩn thận, cẩn thận.", None), ("Đừng chạy nhanh quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Watch out!" → "Hãy quan sát nhé!", "Look out!" → "Nhìn ra!", "Careful!" → "Thật thú vị!", "Watch out for
    # cars!" → "Hãy quan sát xem xe nhé!"
    ("Watch out!", "Coi chừng!"),
    ("Look out!", "Coi chừng!"),
    ("Careful!", "Cẩn thận!"),
    ("Watch out for cars!", "Coi chừng xe!"),
    ("Watch out for the motorbikes.", "Coi chừng xe máy."),
    ("Watch out,", "Coi chừng,"),
    # v8: "Be careful, the floor is wet." → "Hãy cẩn thận, sàn nhà là ướt.", "The floor's wet." → "Mặt sàn nhà.",
    # "It's slippery." → "Nó trượt dốc.", "Careful, it's slippery." → "Thật đáng ngạc nhiên, đó là sự trượt dốc."
    ("Be careful, the floor is wet.", "Cẩn thận, sàn nhà ướt."),
    ("Careful, the floor is wet!", "Cẩn thận, sàn nhà ướt!"),
    ("The floor is wet.", "Sàn nhà ướt."),
    ("The floor's wet.", "Sàn nhà ướt."),
    ("The floor is wet,", "Sàn nhà ướt,"),
    ("The floor is slippery.", "Sàn nhà trơn."),
    ("The road is very slippery.", "Đường trơn lắm."),
    ("The stairs are slippery.", "Cầu thang trơn."),
    ("It's slippery.", "Trơn đấy."),
    ("It's very slippery.", "Trơn lắm đấy."),
    ("Careful, it's slippery.", "Cẩn thận, trơn đấy."),
    ("Be careful not to slip.", "Cẩn thận kẻo trượt."),
    ("Be careful not to fall.", "Cẩn thận kẻo ngã."),
    # v8: "Don't touch that, it's hot!" → "Đừng chạm vào điều đó. trời nóng!" (the weather), "Careful, it's hot." →
    # "Chăm sóc, trời nóng.", "Don't touch the stove." → "Đừng chạm vào lò sưởi." (the heater)
    ("Don't touch that, it's hot!", "Đừng chạm vào cái đó, nóng đấy!"),
    ("Don't touch that!", "Đừng chạm vào cái đó!"),
    ("Don't touch it.", "Đừng chạm vào nó."),
    ("Careful, it's hot.", "Cẩn thận, nóng đấy."),
    ("Watch out, it's very hot.", "Coi chừng, nóng lắm đấy."),
    ("It's hot, don't touch it.", "Nóng đấy, đừng chạm vào nó."),
    ("Don't touch the stove.", "Đừng chạm vào bếp."),
    ("Careful, the pot is very hot!", "Cẩn thận, cái nồi nóng lắm!"),
    ("The iron is hot.", "Cái bàn là nóng."),
    # v8: "Mind your head!" → "Hãy tham khảo nhé!", "Watch your step." → "Hãy quan sát bước của bạn.", "Mind the
    # steps." → "Làm tối thiểu các bước."
    ("Mind your head!", "Cẩn thận đụng đầu!"),
    ("Watch your head.", "Cẩn thận đụng đầu."),
    ("Mind the step!", "Cẩn thận bậc thềm!"),
    ("Mind the steps.", "Cẩn thận bậc thang."),
    ("Watch your step.", "Cẩn thận bước chân."),
    # v8: "Careful with the knife!" → "Chăm sóc con dao!", "The knife is sharp." → "Cuộc sống sắc tộc."
    ("Careful with the knife!", "Cẩn thận với con dao!"),
    ("Be careful with that knife.", "Cẩn thận với con dao đó."),
    ("The knife is sharp.", "Con dao sắc."),
    ("The scissors are really sharp.", "Cái kéo sắc lắm."),
    # v8: "No running!" → "Không chạy!"
    ("No running!", "Không được chạy!"),
    ("Don't run inside.", "Đừng chạy trong nhà."),
    ("Don't run on the stairs!", "Đừng chạy trên cầu thang!"),
    # not: "Be careful!" alone (v8 right), "It's hot." alone (the weather: mt/weather_said.py's), "is" or "are" that
    # does not agree, a state that does not go with the thing, "your" thing, touching a face, "it" wet, a question,
    # another topic, "Mind the gap." and "Be careful on the stairs." (not listed)
    ("Be careful!", None), ("Be careful.", None), ("It's hot.", None), ("It's very hot!", None),
    ("The floor are wet.", None), ("The scissors is sharp.", None), ("The stairs is slippery.", None),
    ("The pot is sharp.", None), ("The floor is hot.", None), ("Careful with your knife.", None),
    ("Don't touch your face.", None), ("It's wet.", None), ("Is the floor wet?", None), ("Don't run away.", None),
    ("It's hot, I'm tired.", None), ("Mind the gap.", None), ("Be careful on the stairs.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
