"""Tidying and mess: telling someone to tidy up or put things away, a place dirty, messy or clean, and who tidied a
room, both ways (mt/tidying.py)."""
import pytest

from mt.tidying import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Those rooms!", "The kitchen went!", "Eversity of walking.", "Shop of toy!", "Don't pants on the floor."
    ("Dọn phòng đi!", "Tidy your room!"),
    ("Con dọn phòng của con đi nhé.", "Tidy your room."),
    ("Hãy dọn phòng đi.", "Tidy your room."),
    ("Dọn bếp đi!", "Clean the kitchen!"),
    ("Dọn dẹp phòng khách đi.", "Tidy the living room."),
    ("Cất đồ đi.", "Put your things away."),
    ("Cất đồ chơi đi!", "Put your toys away!"),
    ("Em cất giày dép đi nhé.", "Put your shoes away."),
    ("Đừng vứt quần áo trên sàn.", "Don't leave your clothes on the floor."),
    ("Không được để đồ lung tung.", "Don't leave your things lying around."),
    # v8: "It's too dirty." (the room lost), "Your room is too coconut.", "Let me be too much.", "Then.", "The
    # coconut!", "Do you clean?", "Why are the coconut room?"
    ("Phòng bẩn quá.", "The room is so dirty."),
    ("Phòng của bạn bừa bộn quá.", "Your room is so messy."),
    ("Phòng tôi bừa quá.", "My room is so messy."),
    ("Phòng ngủ của tôi hơi bừa.", "My bedroom is a bit messy."),
    ("Phòng này bẩn quá!", "This room is so dirty!"),
    ("Phòng mẹ tôi sạch sẽ lắm.", "My mother's room is really clean."),
    ("Phòng của anh ấy lúc nào cũng bừa bộn.", "His room is always messy."),
    ("Nhà tôi không bẩn lắm.", "My house isn't very dirty."),
    ("Phòng sạch rồi.", "The room is clean now."),
    ("Phòng bạn có sạch không?", "Is your room clean?"),
    ("Sao phòng bừa bộn thế?", "Why is the room so messy?"),
    ("Sạch rồi.", "It's clean now."),
    ("Bừa bộn quá!", "What a mess!"),
    ("Bẩn quá!", "It's so dirty!"),
    # v8: "My mother was moving the kitchen.", "Have you moved the room yet?", "He must move the room.", "I'll move
    # the room later."
    ("Mẹ tôi đang dọn bếp.", "My mother is cleaning the kitchen."),
    ("Bạn đã dọn phòng chưa?", "Have you tidied the room yet?"),
    ("Anh ấy phải dọn phòng.", "He has to tidy the room."),
    ("Tôi sẽ dọn phòng sau.", "I'll tidy the room later."),
    ("Tôi đã dọn phòng rồi.", "I've tidied the room."),
    ("Tôi chưa dọn phòng.", "I haven't tidied the room yet."),
    ("Lan vừa dọn phòng.", "Lan has just tidied the room."),
    ("Mẹ tôi đã dọn phòng của tôi rồi.", "My mother has tidied my room."),
    ("Ai đã dọn phòng?", "Who tidied the room?"),
    ("Ai đang dọn bếp?", "Who is cleaning the kitchen?"),
    # not: "dọn nhà", "dọn đồ" (cleaning or moving; packing: mt/chores.py, mt/moving.py), "dọn bàn" (the table),
    # money put away, litter, a plain verb (a habit, or now), "Ai dọn phòng?" (did or does), "anh" alone saying it
    # (the speaker or "you"), "phòng của con" (yours or mine), "bếp" alone (the stove?), a room got dirty, "lộn
    # xộn" alone (of anything), a comparison, a faulty shirt (mt/returns.py's)
    ("Lan vừa dọn phòng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Dọn nhà đi!", None), ("Dọn đồ đi!", None), ("Dọn bàn đi!", None), ("Cất tiền đi.", None),
    ("Đừng vứt rác bừa bãi.", None), ("Tôi dọn phòng.", None), ("Ai dọn phòng?", None),
    ("Anh đã dọn phòng rồi.", None), ("Phòng của con bẩn quá.", None), ("Bếp bẩn quá.", None),
    ("Phòng bẩn rồi.", None), ("Lộn xộn quá.", None), ("Nhà bẩn hơn phòng.", None), ("Cái áo này bị bẩn.", None),
    ("Tôi đang dọn đồ.", None), ("Phòng bạn có sạch quá không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn hãy choàng phòng nhé!", "Hãy gắn phòng của bạn.", "Đặt những thứ của bạn đi vắng." (go absent),
    # "Hãy mặc quần áo của bạn." (wear), "Đừng để mặc quần áo trên sàn nhà."
    ("Tidy your room!", "Dọn phòng đi!"),
    ("Clean your room!", "Dọn phòng đi!"),
    ("Please tidy your room.", "Hãy dọn phòng đi."),
    ("Tidy up your room!", "Dọn dẹp phòng đi!"),
    ("Clean the kitchen!", "Dọn bếp đi!"),
    ("Put your things away.", "Cất đồ đi."),
    ("Put your toys away!", "Cất đồ chơi đi!"),
    ("Put away your clothes.", "Cất quần áo đi."),
    ("Don't leave your clothes on the floor.", "Đừng để quần áo dưới sàn nhà."),
    ("Don't leave your things lying around.", "Đừng vứt đồ bừa bãi."),
    # v8: "Phòng của bạn là một bữa." (a meal), "Phòng của bạn là messy.", "Nhà là một bữa ăn.", "Căn phòng của anh
    # ta luôn là tôi.", "Tại sao căn phòng của bạn quá mê?", "Phòng của bạn có rửa sạch không?" (washed)
    ("Your room is a mess.", "Phòng của bạn bừa bộn quá."),
    ("Your room is messy.", "Phòng của bạn bừa bộn."),
    ("The house is a mess.", "Nhà bừa bộn quá."),
    ("My room is a bit messy.", "Phòng của tôi hơi bừa bộn."),
    ("The kitchen is so dirty.", "Nhà bếp bẩn quá."),
    ("This room is really dirty!", "Phòng này rất bẩn!"),
    ("His room is always messy.", "Phòng của anh ấy lúc nào cũng bừa bộn."),
    ("My mother's room is always clean.", "Phòng của mẹ tôi lúc nào cũng sạch."),
    ("My room isn't very messy.", "Phòng của tôi không bừa bộn lắm."),
    ("The room is clean now.", "Phòng sạch rồi."),
    ("It's clean now.", "Sạch rồi."),
    ("Is your room clean?", "Phòng của bạn có sạch không?"),
    ("Why is your room so messy?", "Sao phòng của bạn bừa bộn thế?"),
    ("Why is the kitchen such a mess?", "Sao nhà bếp bừa bộn thế?"),
    # v8: "Tôi đã gắn phòng của tôi." (attached), "Ai ăn dọn dẹp bếp?", "Bạn có gắn phòng của mình chưa?", "Anh ta
    # phải gắn phòng."
    ("I've tidied my room.", "Tôi đã dọn phòng rồi."),
    ("I tidied my room.", "Tôi đã dọn phòng."),
    ("Who cleaned the kitchen?", "Ai đã dọn bếp?"),
    ("Who's cleaning the bathroom?", "Ai đang dọn phòng tắm?"),
    ("Have you tidied your room yet?", "Bạn đã dọn phòng chưa?"),
    ("Has she cleaned the kitchen yet?", "Cô ấy đã dọn bếp chưa?"),
    ("He has to tidy his room.", "Anh ấy phải dọn phòng."),
    ("I haven't tidied my room yet.", "Tôi chưa dọn phòng."),
    ("Lan has just tidied the living room.", "Lan vừa dọn phòng khách."),
    ("They are cleaning the kitchen.", "Họ đang dọn bếp."),
    ("We'll tidy the living room later.", "Chúng tôi sẽ dọn phòng khách sau."),
    ("My brother has tidied my room.", "Anh trai tôi đã dọn phòng của tôi rồi."),
    # not: bad agreement ("He have", "She are", "The room are", "Have he"), rooms in the plural, "his room" after
    # someone not a pronoun (his, or another's), a habit, "It's a mess." and "What a mess!" (of anything), "the house"
    # cleaned (mt/chores.py's), someone else's room or "the toys" told, a room got dirty
    ("He have tidied his room.", None), ("She are cleaning the kitchen.", None), ("The room are dirty.", None),
    ("Have he tidied his room?", None), ("She have to clean the bathroom.", None), ("The rooms are dirty.", None),
    ("My brother has tidied his room.", None), ("I tidy my room every day.", None), ("She tidies her room.", None),
    ("It's a mess.", None), ("What a mess!", None), ("Clean the house!", None), ("Tidy his room!", None),
    ("Put the toys away.", None), ("The kitchen is dirty now.", None), ("Is the kitchen a mess?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
