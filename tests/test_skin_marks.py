"""Marks on the skin that are not an illness: freckles, moles, wrinkles, birthmarks, dark spots, had, got and
removed, both ways (mt/skin_marks.py)."""
import pytest

from mt.skin_marks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My hand has many devastation.", "She has a pot on the cheek.", "Are you devastating chewing?", "My mother
    # had a lot of brown spots on the face.", "The baby has a trace to her back."
    ("Mặt tôi có nhiều tàn nhang.", "I have a lot of freckles on my face."),
    ("Cô ấy có một nốt ruồi trên má.", "She has a mole on her cheek."),
    ("Anh ấy có nốt ruồi ở cằm.", "He has a mole on his chin."),
    ("Bạn có tàn nhang không?", "Do you have freckles?"),
    ("Bạn có nốt ruồi không?", "Do you have any moles?"),
    ("Bạn có vết bớt không?", "Do you have a birthmark?"),
    ("Mẹ tôi có nhiều đốm nâu trên mặt.", "My mother has a lot of dark spots on her face."),
    ("Em bé có vết bớt ở lưng.", "The baby has a birthmark on its back."),
    ("Em bé nhà tôi có vết bớt ở vai.", "My baby has a birthmark on its shoulder."),
    ("Con tôi có vết bớt ở lưng.", "My child has a birthmark on their back."),
    ("Bác Lan có tàn nhang trên má.", "Aunt Lan has freckles on her cheeks."),
    ("Chúng tôi có tàn nhang.", "We have freckles."),
    ("Mặt tôi có nhiều tàn nhang quá.", "I have so many freckles on my face."),
    ("Tôi có hai nốt ruồi trên lưng.", "I have two moles on my back."),
    ("Tôi có một đốm đồi mồi trên trán.", "I have an age spot on my forehead."),
    ("Tôi bị tàn nhang.", "I have freckles."),
    # v8: "My grandmother has many wrinkles around the eyes.", "My mother had not wrinkled."
    ("Bà tôi có nhiều nếp nhăn quanh mắt.", "My grandmother has a lot of wrinkles around her eyes."),
    ("Bố tôi có nếp nhăn ở khóe mắt.", "My father has wrinkles at the corners of his eyes."),
    ("Mẹ tôi chưa có nếp nhăn.", "My mother doesn't have any wrinkles yet."),
    ("Mẹ bạn có nếp nhăn chưa?", "Does your mother have any wrinkles yet?"),
    ("Mẹ tôi có nếp nhăn rồi.", "My mother already has wrinkles."),
    ("Cô ấy không có tàn nhang.", "She doesn't have any freckles."),
    ("Cô ấy không có nốt ruồi trên má.", "She doesn't have any moles on her cheeks."),
    ("Em bé có vết bớt ở lưng không?", "Does the baby have a birthmark on its back?"),
    # v8: "I have a lot of chewing."
    ("Hồi nhỏ tôi có nhiều tàn nhang.", "I had a lot of freckles as a child."),
    ("Hồi nhỏ bạn có tàn nhang không?", "Did you have freckles as a child?"),
    ("Hồi nhỏ cô ấy không có tàn nhang.", "She didn't have any freckles as a child."),
    # v8: "My mother began wrinking.", "The more my face is chewing."
    ("Mẹ tôi bắt đầu có nếp nhăn.", "My mother is starting to get wrinkles."),
    ("Mẹ tôi đã bắt đầu có nếp nhăn.", "My mother has started to get wrinkles."),
    ("Chúng tôi bắt đầu có nếp nhăn.", "We're starting to get wrinkles."),
    ("Tôi bắt đầu có nếp nhăn quanh mắt rồi.", "I've started to get wrinkles around my eyes."),
    ("Mặt tôi ngày càng nhiều tàn nhang.", "I'm getting more and more freckles on my face."),
    ("Bà tôi ngày càng có nhiều đốm đồi mồi.", "My grandmother is getting more and more age spots."),
    # v8: "I want to remove this pot.", "She had just boycotted the flies in the chin."
    ("Tôi muốn tẩy nốt ruồi này.", "I want to have this mole removed."),
    ("Cô ấy vừa đi tẩy nốt ruồi ở cằm.", "She's just had the mole on her chin removed."),
    ("Bạn có muốn tẩy tàn nhang không?", "Do you want to have your freckles removed?"),
    ("Mẹ tôi định xóa đốm nâu trên mặt.", "My mother is planning to have the dark spots on her face removed."),
    ("Tôi không muốn tẩy vết bớt.", "I don't want to have my birthmark removed."),
    ("Anh ấy đã tẩy một nốt ruồi.", "He had a mole removed."),
    ("Mẹ tôi muốn tẩy vết bớt ở cổ.", "My mother wants to have the birthmark on her neck removed."),
    # not: a mole bare with no place (one or more?), a name alone with a part (his or her?), two moles on a cheek
    # (one cheek, or both?), removing with no word of time, wrinkles removed, a pet, "bị" asked with no "có", a "?"
    # on a statement, "I" asked, "em" alone saying it, a part after "we", "nhỉ", creased clothes, melasma
    ("Cô ấy có nốt ruồi.", None), ("Lan có tàn nhang trên má.", None), ("Tôi có hai nốt ruồi trên má.", None),
    ("Tôi tẩy nốt ruồi.", None), ("Tôi muốn xóa nếp nhăn.", None), ("Con chó của tôi có nốt ruồi ở lưng.", None),
    ("Bạn bị tàn nhang không?", None), ("Tôi có tàn nhang?", None), ("Tôi có tàn nhang không?", None),
    ("Em có tàn nhang.", None), ("Mặt chúng tôi có tàn nhang.", None), ("Cô ấy có tàn nhang nhỉ.", None),
    ("Áo tôi có nhiều nếp nhăn.", None), ("Mặt cô ấy bị nám.", None), ("Tôi có một tàn nhang.", None),
    ("Tôi muốn tẩy nốt ruồi.", None), ("Em bé bắt đầu có vết bớt.", None), ("I have freckles.", None),
    ("Cô ấy có tàn nhang lắm.", None), ("Chúng tôi có hai nốt ruồi.", None), ("Tôi muốn tẩy tàn nhang này.", None),
    # review: "we" and "they" as children, not "as a child"; "thế", "vậy" ending a statement say more (so many?
    # then?); "em" asking with "ạ" is the speaker; a baby "as a child"; "Má" said first is a cheek, or in the South a
    # mother ("Má tôi": my mum)
    ("Hồi nhỏ chúng tôi có tàn nhang.", "We had freckles as children."),
    ("Hồi nhỏ họ có tàn nhang không?", "Did they have freckles as children?"),
    ("Cô ấy có tàn nhang thế.", None), ("Cô ấy có tàn nhang vậy.", None), ("Em có nốt ruồi ở cằm không ạ?", None),
    ("Em có muốn tẩy nốt ruồi này không ạ?", None), ("Hồi nhỏ em bé có vết bớt.", None),
    ("Má tôi có nhiều nếp nhăn.", None), ("Má cô ấy có tàn nhang.", None), ("Má tôi bắt đầu có nếp nhăn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có rất nhiều flesh trên mặt tôi.", "Tôi có rất nhiều con bú.", "Cô ấy có một cái bàn tay lên má.",
    # "Bạn có freckles không?", "Bé có dấu hiệu chào đời ở sau."
    ("I have a lot of freckles on my face.", "Mặt tôi có nhiều tàn nhang."),
    ("I have a lot of freckles.", "Tôi có nhiều tàn nhang."),
    ("She has a mole on her cheek.", "Cô ấy có một nốt ruồi trên má."),
    ("Do you have freckles?", "Bạn có tàn nhang không?"),
    ("The baby has a birthmark on its back.", "Em bé có vết bớt ở lưng."),
    ("My baby has a birthmark on its arm.", "Em bé nhà tôi có vết bớt ở cánh tay."),
    ("My child has a birthmark on their back.", "Con tôi có vết bớt ở lưng."),
    ("My son has a birthmark on his neck.", "Con trai tôi có vết bớt ở cổ."),
    ("Lan has freckles on her nose.", "Lan có tàn nhang trên mũi."),
    ("We have freckles.", "Chúng tôi có tàn nhang."),
    ("She has so many freckles.", "Cô ấy có nhiều tàn nhang quá."),
    ("He has an age spot on his forehead.", "Anh ấy có một đốm đồi mồi trên trán."),
    ("I've got freckles on my cheeks.", "Tôi có tàn nhang trên má."),
    ("My father has two moles on his back.", "Bố tôi có hai nốt ruồi ở lưng."),
    # v8: "Bà tôi có rất nhiều nhăn nheo quanh mắt.", "Cô ấy không có nếp nhăn nào."
    ("My grandmother has a lot of wrinkles around her eyes.", "Bà tôi có nhiều nếp nhăn quanh mắt."),
    ("She doesn't have any wrinkles.", "Cô ấy không có nếp nhăn."),
    ("She doesn't have any wrinkles yet.", "Cô ấy chưa có nếp nhăn."),
    ("Does your mother have any wrinkles yet?", "Mẹ bạn có nếp nhăn chưa?"),
    ("My mother already has wrinkles.", "Mẹ tôi có nếp nhăn rồi."),
    ("Does he have a mole on his chin?", "Anh ấy có một nốt ruồi trên cằm không?"),
    # v8: "Tôi đã tham gia như một đứa trẻ."
    ("I had freckles as a child.", "Hồi nhỏ tôi có tàn nhang."),
    ("Did you have freckles as a child?", "Hồi nhỏ bạn có tàn nhang không?"),
    ("My sister didn't have any freckles as a kid.", "Hồi nhỏ em gái tôi không có tàn nhang."),
    # v8: "Mẹ tôi đang bắt đầu nhăn nheo.", "Tôi lấy nhiều đốm tối hơn trên mặt tôi."
    ("My mother is starting to get wrinkles.", "Mẹ tôi bắt đầu có nếp nhăn."),
    ("She has started to get wrinkles.", "Cô ấy đã bắt đầu có nếp nhăn."),
    ("She's started to get wrinkles.", "Cô ấy đã bắt đầu có nếp nhăn."),
    ("We're starting to get wrinkles.", "Chúng tôi bắt đầu có nếp nhăn."),
    ("I'm getting more and more dark spots on my face.", "Mặt tôi ngày càng nhiều đốm nâu."),
    ("My grandfather is getting more age spots.", "Ông tôi ngày càng có nhiều đốm đồi mồi."),
    # v8: "Tôi muốn có muỗi này bị gỡ bỏ.", "Cô ấy vừa mới có một muỗi."
    ("I want to have this mole removed.", "Tôi muốn tẩy nốt ruồi này."),
    ("She has just had a mole removed.", "Cô ấy vừa tẩy một nốt ruồi."),
    ("He had the mole on his chin removed.", "Anh ấy đã tẩy nốt ruồi trên cằm."),
    ("Do you want to get your freckles removed?", "Bạn có muốn tẩy tàn nhang không?"),
    ("I'm planning to have this mole removed.", "Tôi định tẩy nốt ruồi này."),
    ("My sister wants to have her birthmark removed.", "Em gái tôi muốn tẩy vết bớt."),
    ("She wants to get the freckles on her face removed.", "Cô ấy muốn tẩy tàn nhang trên mặt."),
    ("My mother doesn't want to have her age spots removed.", "Mẹ tôi không muốn tẩy đốm đồi mồi."),
    # not: a verb or "a" not agreeing, "had" with no childhood (when?), whose part not who's own, "I" asked, a pet,
    # wrinkles removed, "the mole" with no place, "this freckles", a birthmark got, creased clothes, "any" said, the
    # animal, the other way's language, nonsense
    ("She have a mole.", None), ("She has a moles.", None), ("He has a age spot.", None),
    ("I are planning to have this mole removed.", None), ("I had freckles.", None),
    ("She has a mole on my cheek.", None), ("Do I have freckles?", None), ("My dog has a mole on its back.", None),
    ("I want to have my wrinkles removed.", None), ("I want to have the mole removed.", None),
    ("I want to have this freckles removed.", None), ("The baby is starting to get birthmarks.", None),
    ("My shirt has wrinkles.", None), ("She has any freckles.", None), ("There is a mole in the garden.", None),
    ("Tôi có nhiều tàn nhang.", None), ("Freckles mole wrinkle.", None), ("She has a mole on her cheeks.", None),
    ("Does she has freckles?", None), ("She has freckles?", None),
    # review: a name whose his or her is not the name's ("John … her cheek": another's; mt.names.named_his_her); a
    # freckle counted ("một tàn nhang": "một nốt tàn nhang"); "a" denied is none ("không có nốt ruồi", not "không có
    # một …"); a baby "as a child"; moles of "we", "they" (a garden's, a spy?) and one mark of them (one, shared?)
    ("John has a mole on his cheek.", "John có một nốt ruồi trên má."),
    ("John has a mole on her cheek.", None), ("Lan has a mole on his chin.", None),
    ("Lan is starting to get wrinkles on his forehead.", None), ("John wants to have her mole removed.", None),
    ("Lan wants to have his freckles removed.", None), ("I have a freckle.", None),
    ("I have two freckles on my nose.", None), ("I have a few freckles.", None),
    ("I want to have a freckle removed.", None), ("I want to have this freckle removed.", None),
    ("She doesn't have a mole.", "Cô ấy không có nốt ruồi."),
    ("She doesn't have a mole on her cheek.", "Cô ấy không có nốt ruồi trên má."),
    ("She didn't have a mole as a child.", "Hồi nhỏ cô ấy không có nốt ruồi."),
    ("Did the baby have a birthmark as a child?", None), ("We have a mole.", None), ("They have moles.", None),
    ("We have a birthmark.", None), ("They have an age spot.", None), ("We're starting to get moles.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
