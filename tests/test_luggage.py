"""Luggage and packing: a bag too heavy, how many bags, hand luggage, packing, luggage lost, leaving bags here, help
carrying one, both ways (mt/luggage.py)."""
import pytest

from mt.luggage import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My Vali is too heavy.", "My liquor is too heavy." ("va li"), "This is too heavy.", "Do your bag weighs?"
    ("Vali của tôi nặng quá.", "My suitcase is too heavy."),
    ("Va li của tôi nặng quá.", "My suitcase is too heavy."),
    ("Vali của tôi rất nặng.", "My suitcase is very heavy."),
    ("Túi của mẹ tôi nặng quá.", "My mother's bag is too heavy."),
    ("Hành lý của tôi nặng lắm.", "My luggage is very heavy."),
    ("Vali này nặng quá.", "This suitcase is too heavy."),
    ("Túi này hơi nặng.", "This bag is a bit heavy."),
    ("Mấy cái túi này không nặng lắm.", "These bags aren't very heavy."),
    ("Vali của bạn có nặng không?", "Is your suitcase heavy?"),
    # v8: "Do you have luggage bags?", "How many luggage do you?", "How many bags are you?"
    ("Bạn có mấy túi hành lý?", "How many bags do you have?"),
    ("Bạn có bao nhiêu hành lý?", "How much luggage do you have?"),
    ("Mẹ bạn có mấy vali?", "How many suitcases does your mother have?"),
    ("Anh có mấy vali?", "How many suitcases do you have?"),
    # v8: "I have two bags." (suitcases), "I only have a laptop.", "I only have three logicals."
    ("Tôi có hai vali.", "I have two suitcases."),
    ("Tôi có hai túi hành lý.", "I have two bags."),
    ("Tôi chỉ có một túi xách tay.", "I only have one handbag."),
    ("Tôi chỉ có hành lý xách tay.", "I only have hand luggage."),
    ("Tôi chỉ có một ba lô thôi.", "I only have one backpack."),
    ("Anh ấy không có hành lý xách tay.", "He doesn't have any hand luggage."),
    # v8: "Do you sort the chart?", "Do you edit the chart?", "I haven't been packed.", "My mother was packing.",
    # "I'm going to have done.", "I'm going to be packed tonight."
    ("Bạn xếp đồ chưa?", "Have you packed yet?"),
    ("Bạn đã soạn đồ chưa?", "Have you packed yet?"),
    ("Bạn đã chuẩn bị hành lý chưa?", "Have you packed yet?"),
    ("Chị xếp đồ xong chưa?", "Have you finished packing?"),
    ("Tôi chưa xếp đồ.", "I haven't packed yet."),
    ("Tôi vẫn chưa xếp đồ.", "I still haven't packed."),
    ("Anh ấy chưa xếp đồ.", "He hasn't packed yet."),
    ("Tôi xếp đồ xong rồi.", "I've finished packing."),
    ("Tôi đã xếp đồ rồi.", "I've already packed."),
    ("Tôi vừa xếp đồ xong.", "I've just finished packing."),
    ("Mẹ tôi đang xếp đồ.", "My mother is packing."),
    ("Tôi sẽ xếp đồ tối nay.", "I'll pack tonight."),
    ("Chúng tôi phải xếp đồ.", "We have to pack."),
    # v8: "My Vali was lost."
    ("Vali của tôi bị thất lạc.", "My suitcase is lost."),
    ("Vali của tôi đã bị thất lạc.", "My suitcase has been lost."),
    ("Tôi gửi vali ở đây được không?", "Can I leave my suitcase here?"),
    ("Chúng tôi có thể để túi ở đây không?", "Can we leave our bag here?"),
    ("Tôi có thể gửi hành lý ở đâu?", "Where can I leave my luggage?"),
    # v8: "Could you help me confirm this bag?", "Help me confirm this bag with."
    ("Bạn giúp tôi xách cái túi này được không?", "Can you help me carry this bag?"),
    ("Giúp tôi xách cái túi này với.", "Help me carry this bag, please."),
    ("Anh giúp tôi xách vali được không?", "Can you help me carry my suitcase?"),
    # not: "anh" alone saying it (the speaker, or you?), a bag with no whose (which?), "xếp đồ" with no word of time
    # (packing, or tidying?), pockets, help offered (mt/offers.py), "soạn đồ xong" (mt/moving.py's), the phrasebook's
    ("Tôi có hai vali nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Vali của anh nặng quá.", None), ("Vali nặng quá.", None), ("Anh chưa xếp đồ.", None), ("Tôi xếp đồ.", None),
    ("Áo này có hai túi.", None), ("Tôi giúp bạn xách vali nhé?", None), ("Bạn soạn đồ xong chưa?", None),
    ("Hành lý của tôi bị thất lạc.", None), ("Tôi gửi hành lý ở đây được không?", None),
    ("Anh ấy giúp tôi xách vali.", None), ("Tôi có hành lý.", None), ("Vali của tôi có nặng quá?", None),
    ("Hãng hàng không làm thất lạc hành lý của tôi.", None), ("Tôi làm thất lạc vali của tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "V va-li của tôi quá nặng.", "Vắc-xin của tôi quá nặng." (a vaccine)
    ("My suitcase is too heavy.", "Vali của tôi nặng quá."),
    ("My bag is too heavy.", "Túi của tôi nặng quá."),
    ("Her suitcase is very heavy.", "Vali của cô ấy rất nặng."),
    ("This suitcase is too heavy.", "Cái vali này nặng quá."),
    ("These bags aren't very heavy.", "Mấy cái túi này không nặng lắm."),
    ("My mother's suitcase is quite heavy.", "Vali của mẹ tôi khá nặng."),
    ("Is this bag too heavy?", "Cái túi này có nặng quá không?"),
    # v8: "Bạn có bao nhiêu túi phải không?", "Bạn có bao nhiêu chiếc va-li đó không?"
    ("How many bags do you have?", "Bạn có mấy túi hành lý?"),
    ("How many suitcases do you have?", "Bạn có mấy vali?"),
    ("How much luggage do you have?", "Bạn có bao nhiêu hành lý?"),
    ("How many bags does your mother have?", "Mẹ bạn có mấy túi hành lý?"),
    # v8: "Tôi chỉ có hành lý tay.", "Tôi chỉ có một kẻ ủng hộ." (a supporter)
    ("I have two suitcases.", "Tôi có hai vali."),
    ("She has three suitcases.", "Cô ấy có ba vali."),
    ("I only have hand luggage.", "Tôi chỉ có hành lý xách tay."),
    ("I only have a backpack.", "Tôi chỉ có một ba lô."),
    ("I don't have any luggage.", "Tôi không có hành lý."),
    # v8: "Bạn vẫn chưa được xếp nhé?", "Bạn đã bao bì chưa?" (packaging), "Tôi chưa bao bì.", "Tôi cần đóng gói."
    ("Have you packed yet?", "Bạn đã xếp đồ chưa?"),
    ("Have you packed?", "Bạn đã xếp đồ chưa?"),
    ("Has she packed yet?", "Cô ấy đã xếp đồ chưa?"),
    ("I haven't packed yet.", "Tôi chưa xếp đồ."),
    ("I still haven't packed.", "Tôi vẫn chưa xếp đồ."),
    ("She hasn't packed yet.", "Cô ấy chưa xếp đồ."),
    ("I've already packed.", "Tôi đã xếp đồ rồi."),
    ("I need to pack.", "Tôi cần xếp đồ."),
    ("She needs to pack.", "Cô ấy cần xếp đồ."),
    ("I'll pack tonight.", "Tối nay tôi sẽ xếp đồ."),
    # v8: "Cái va-li của tôi bị mất.", "Tôi có thể rời chiếc va-li của tôi ở đây không?" (go away from)
    ("My suitcase is lost.", "Vali của tôi bị thất lạc."),
    ("My luggage has been lost.", "Hành lý của tôi đã bị thất lạc."),
    ("Can I leave my suitcase here?", "Tôi gửi vali ở đây được không?"),
    ("Can we leave our bags here?", "Chúng tôi gửi hành lý ở đây được không?"),
    ("Where can I leave my luggage?", "Tôi có thể gửi hành lý ở đâu?"),
    # not: bad agreement ("My suitcase are", "these bag", "does you", "I has", "Has you", "She need"), "packing"
    # (mt/moving.py's), another's bag left, a time not read, the phrasebook's, help to carry (v8 writes it well)
    ("My suitcase are too heavy.", None), ("These bag is heavy.", None), ("How many bags does you have?", None),
    ("I has two bags.", None), ("She has two bag.", None), ("Has you packed yet?", None), ("She need to pack.", None),
    ("I'm packing.", None), ("I've finished packing.", None), ("Can I leave your bag here?", None),
    ("I'll pack later.", None), ("My luggage is lost.", None), ("Can I leave my bags here?", None),
    ("Can you help me carry this bag?", None), ("The suitcase is heavy.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
