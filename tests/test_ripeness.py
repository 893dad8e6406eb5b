"""Whether fruit is ripe and food is fresh, both ways (mt/ripeness.py)."""
import pytest

from mt.ripeness import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you have nine?", "Are you nine?", "This mangrich is nine.", "This pump is not nine."
    ("Quả xoài này chín chưa?", "Is this mango ripe yet?"),
    ("Xoài này chín chưa?", "Are these mangoes ripe yet?"),
    ("Xoài này chín chưa ạ?", "Are these mangoes ripe yet?"),
    ("Quả xoài này có chín không?", "Is this mango ripe?"),
    ("Đu đủ này đã chín chưa?", "Is this papaya ripe yet?"),
    ("Dưa hấu này chín chưa?", "Is this watermelon ripe yet?"),
    ("Cà chua này chín chưa?", "Are these tomatoes ripe yet?"),
    ("Quả này chín chưa?", "Is this one ripe yet?"),
    ("Mấy quả xoài này chín chưa?", "Are these mangoes ripe yet?"),
    ("Quả xoài này chín rồi.", "This mango is ripe."),
    ("Chuối chín rồi.", "The bananas are ripe."),
    ("Những quả chuối này chín rồi.", "These bananas are ripe."),
    ("Xoài này chín lắm.", "These mangoes are very ripe."),
    ("Quả bơ này chưa chín.", "This avocado isn't ripe yet."),
    ("Táo này chưa chín.", "These apples aren't ripe yet."),
    ("Chuối vẫn chưa chín.", "The bananas still aren't ripe."),
    # v8: "This is ninety-fourth.", "It's ninety-four."
    ("Chuối này chín quá rồi.", "These bananas are overripe."),
    ("Bơ này chín quá rồi.", "This avocado is overripe."),
    ("Quả bơ này bị chín quá.", "This avocado is overripe."),
    ("Chuối này chín nẫu rồi.", "These bananas are overripe."),
    # v8: "The darkness is also green.", "It was also green."
    ("Chuối còn xanh.", "The bananas are still green."),
    ("Chuối này vẫn còn xanh.", "These bananas are still green."),
    ("Xoài này còn xanh lắm.", "These mangoes are still very green."),
    ("Đu đủ còn xanh không?", "Is the papaya still green?"),
    # v8: "Is it fresh?", "It's very good.", "It's very well.", "This market looks fresh."
    ("Cá này có tươi không?", "Is this fish fresh?"),
    ("Cá có tươi không?", "Is the fish fresh?"),
    ("Rau này tươi không?", "Are these vegetables fresh?"),
    ("Tôm này có tươi không?", "Are these prawns fresh?"),
    ("Cá này còn tươi không?", "Is this fish still fresh?"),
    ("Con cá này trông có tươi không?", "Does this fish look fresh?"),
    ("Rau này tươi lắm.", "These vegetables are very fresh."),
    ("Cá này rất tươi.", "This fish is very fresh."),
    ("Rau ở đây tươi lắm.", "The vegetables here are very fresh."),
    ("Hoa quả ở đây tươi lắm.", "The fruit here is very fresh."),
    ("Thịt này không tươi.", "This meat isn't fresh."),
    ("Thịt bò này không được tươi lắm.", "This beef isn't very fresh."),
    ("Thịt này trông không tươi.", "This meat doesn't look fresh."),
    ("Tôm này trông tươi lắm.", "These prawns look very fresh."),
    ("Cá vẫn còn tươi.", "The fish is still fresh."),
    # not: "chín" of what is cooked (mt/cooking.py's, the phrase list's), "Nó chín chưa?" and bare tomatoes (cooked?),
    # "chín quá" alone (so ripe!), "xanh" without "còn" (green apples), butter fresh, a classifier that does not go
    # with the food, "quá" after "còn xanh", "tươi" asked with "chưa", fresh "rồi", asked without "?"
    ("Gà chín chưa?", None), ("Thịt chưa chín.", None), ("Nó chín chưa?", None), ("Cà chua chín chưa?", None),
    ("Quả bơ này chín quá.", None), ("Táo này xanh.", None), ("Bơ này có tươi không?", None),
    ("Con xoài này chín chưa?", None), ("Quả rau này tươi không?", None), ("Xoài này còn xanh quá.", None),
    ("Cá này tươi chưa?", None), ("Cá tươi rồi.", None), ("Quả xoài này chín chưa.", None),
    ("Bánh mì bị mốc rồi.", None), ("Sữa bị chua rồi.", None), ("Chín giờ rồi.", None),
    ("Những quả xoài chín rồi.", None), ("Cá này chín chưa?", None),
    # "nhỉ" ending a sentence said is a tag English asks back ("…, aren't they?"), not a softener to drop
    ("Chuối chín rồi nhỉ.", None), ("Cá này tươi lắm nhỉ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Điều này có phải là nguyên nhân không?", "Bạn có phải là món ăn không?", "Điều này vẫn chưa?"
    ("Is this mango ripe?", "Quả xoài này chín chưa?"),
    ("Is this mango ripe yet?", "Quả xoài này chín chưa?"),
    ("Is the mango ripe?", "Quả xoài chín chưa?"),
    ("Are these bananas ripe?", "Chuối này chín chưa?"),
    ("Is this watermelon ripe?", "Quả dưa hấu này chín chưa?"),
    ("Is it ripe?", "Nó chín chưa?"),
    ("Is this one ripe?", "Quả này chín chưa?"),
    ("Are these ripe?", "Mấy quả này chín chưa?"),
    # v8: "Các sợi dây làripe.", "Mụn này cũng là chất ợ.", "Nhà tư vấn này vẫn chưa được kiểm tra."
    ("The mangoes are ripe.", "Xoài chín rồi."),
    ("This mango's ripe.", "Quả xoài này chín rồi."),
    ("The mangoes are very ripe.", "Xoài chín lắm rồi."),
    ("This avocado isn't ripe yet.", "Quả bơ này chưa chín."),
    ("This papaya isn't ripe.", "Quả đu đủ này chưa chín."),
    ("These tomatoes aren't ripe yet.", "Cà chua này chưa chín."),
    ("The bananas still aren't ripe.", "Chuối vẫn chưa chín."),
    ("It's not ripe yet.", "Nó chưa chín."),
    ("The mango is unripe.", "Quả xoài chưa chín."),
    # v8: "Tiếng A-vo-ca-do bị đè nặng.", "Ban cấm quá nóng."
    ("The avocado is overripe.", "Quả bơ chín quá rồi."),
    ("The bananas are overripe.", "Chuối chín quá rồi."),
    # v8: "Chứng cấm vẫn có màu xanh.", "Chứng cấm này vẫn có màu xanh."
    ("The bananas are still green.", "Chuối còn xanh."),
    ("These bananas are still green.", "Chuối này còn xanh."),
    ("Are the bananas still green?", "Chuối còn xanh không?"),
    # v8: "Con cá mới có không?", "Con cá này có phải không?", "Có phải những con bò này mới không?"
    ("Is the fish fresh?", "Cá có tươi không?"),
    ("Is this fish fresh?", "Cá này có tươi không?"),
    ("Are these prawns fresh?", "Tôm này có tươi không?"),
    ("Are the eggs fresh?", "Trứng có tươi không?"),
    ("Is the fish still fresh?", "Cá còn tươi không?"),
    ("Does this fish look fresh?", "Cá này trông có tươi không?"),
    ("Do these prawns look fresh?", "Tôm này trông có tươi không?"),
    ("These vegetables are very fresh.", "Rau này tươi lắm."),
    ("The vegetables here are really fresh.", "Rau ở đây tươi lắm."),
    ("These vegetables are fresh.", "Rau này tươi."),
    ("The fish isn't fresh.", "Cá không tươi."),
    ("The fish isn't very fresh.", "Cá không tươi lắm."),
    ("This crab is fresh.", "Con cua này tươi."),
    # v8: "Các loại thịt không nhìn thấy tươi.", "Loại thịt này không nhìn tươi."
    ("The meat doesn't look fresh.", "Thịt trông không tươi."),
    ("This meat doesn't look fresh.", "Thịt này trông không tươi."),
    ("These vegetables look very fresh.", "Rau này trông rất tươi."),
    # not: "is", "are", "this", "these", "does", "do" not agreeing; "it" green (a traffic light?) or fresh (news?);
    # "these" fresh; green without "still" (a kind); a vegetable, "those", butter fresh; cooking's and mt/supplies.py's
    ("This mango are ripe.", None), ("These mango is ripe.", None), ("Is these bananas ripe?", None),
    ("The meat don't look fresh.", None), ("Does these prawns look fresh?", None), ("It's still green.", None),
    ("It's fresh.", None), ("Are these fresh?", None), ("These apples are green.", None),
    ("This vegetable is fresh.", None), ("Those mangoes are ripe.", None), ("Is the butter fresh?", None),
    ("Is the chicken cooked yet?", None), ("The milk has gone off.", None), ("Is the avocado fresh?", None),
    ("The time is ripe.", None),
    # "not … still" is no longer (not "vẫn chưa"); "the" food just fresh reads as a label ("Con tôm tươi."); "it"
    # asked still green (a traffic light?)
    ("The mango isn't still ripe.", None), ("The mango's not still ripe.", None), ("The prawn is fresh.", None),
    ("The crab is fresh.", None), ("The egg is fresh.", None), ("The fish is fresh.", None),
    ("The meat is fresh.", None), ("Is it still green?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text", ["Quả xoài này chín chưa?", "Is this mango ripe?"])
def test_other_pairs_left(text):
    assert translate(text, "vi", "ja") is None and translate(text, "en", "en") is None
