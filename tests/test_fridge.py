"""Keeping food: out of date, put in or kept in the fridge or the freezer, heated up, leftovers and how long it
keeps, both ways (mt/fridge.py)."""
import pytest

from mt.fridge import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The Vuo is limited.", "This sour is too limited to use.", "Is it limited?", "Does this be limited?"
    ("Sữa này hết hạn rồi.", "This milk is out of date."),
    ("Sữa hết hạn rồi.", "The milk is out of date."),
    ("Sữa chua này quá hạn sử dụng rồi.", "This yoghurt is out of date."),
    ("Trứng này hết hạn rồi.", "These eggs are out of date."),
    ("Sữa này hết hạn chưa?", "Is this milk out of date?"),
    ("Sữa này có hết hạn không?", "Is this milk out of date?"),
    ("Sữa chưa hết hạn.", "The milk isn't out of date yet."),
    ("Nó hết hạn rồi.", "It's expired."),
    ("Cái này hết hạn sử dụng rồi.", "This is out of date."),
    # v8: "It's all in the refrigerator.", "Breast milk into the refrigerator.", "Tow meat in the rock."
    ("Cất cái này vào tủ lạnh đi.", "Put this in the fridge."),
    ("Cho sữa vào tủ lạnh đi.", "Put the milk in the fridge."),
    ("Để thịt trong ngăn đá.", "Keep the meat in the freezer."),
    ("Đừng để sữa trong ngăn đá.", "Don't keep the milk in the freezer."),
    ("Nhớ cất sữa vào tủ lạnh nhé.", "Remember to put the milk in the fridge."),
    ("Bạn cất sữa vào tủ lạnh chưa?", "Have you put the milk in the fridge yet?"),
    ("Tôi đã cất sữa vào tủ lạnh rồi.", "I've put the milk in the fridge."),
    ("Mẹ tôi vừa cất thịt vào ngăn đá.", "My mother has just put the meat in the freezer."),
    # v8: "Keep it hot in the microwave.", "Let's get hot.", "Can you bounce this?", "I'll warm up."
    ("Hâm nóng nó trong lò vi sóng.", "Heat it up in the microwave."),
    ("Hâm nóng cái này đi.", "Heat this up."),
    ("Hâm nóng canh bằng lò vi sóng hai phút.", "Heat up the soup in the microwave for two minutes."),
    ("Cho nó vào lò vi sóng quay hai phút.", "Microwave it for two minutes."),
    ("Bạn có thể hâm nóng cái này không?", "Can you heat this up?"),
    ("Tôi sẽ hâm nóng cơm.", "I'll heat up the rice."),
    ("Để tôi hâm nóng nó.", "Let me heat it up."),
    # v8: "Is leftover food?", "Will you have leftovers?", "Eat the leftovers." (right)
    ("Còn thức ăn thừa không?", "Is there any food left over?"),
    ("Có còn đồ ăn thừa không?", "Is there any food left over?"),
    ("Không còn cơm thừa.", "There's no rice left over."),
    ("Chúng ta ăn đồ ăn thừa đi.", "Let's eat the leftovers."),
    ("Chúng tôi ăn hết đồ ăn thừa rồi.", "We've finished the leftovers."),
    # v8: "How long does it get?", "It lets for three days.", "It lets the refrigerator for three days."
    ("Nó để được bao lâu?", "How long does it keep?"),
    ("Sữa để được bao lâu trong tủ lạnh?", "How long does milk keep in the fridge?"),
    ("Nó để được ba ngày.", "It'll keep for three days."),
    ("Nó để trong tủ lạnh được ba ngày.", "It'll keep for three days in the fridge."),
    ("Đồ ăn thừa để được khoảng hai ngày.", "Leftovers keep for about two days."),
    # not: "nó" overdue ("quá hạn") or expiring some day, a visa (mt/papers.py), food gone off (mt/supplies.py),
    # "anh" saying it (may be the speaker), a plain verb (now, or done?), "ăn cơm" (a meal), "quay" alone, "cho …
    # trong", asked without "có", still in date, food in the fridge
    ("Nó quá hạn rồi.", None), ("Nó hết hạn.", None), ("Hộ chiếu của tôi hết hạn rồi.", None),
    ("Sữa bị hỏng rồi.", None), ("Anh cất sữa vào tủ lạnh rồi.", None), ("Tôi cất sữa vào tủ lạnh.", None),
    ("Chúng ta ăn cơm đi.", None), ("Quay nó.", None), ("Bỏ nó trong tủ lạnh.", None),
    ("Sữa này hết hạn không?", None), ("Sữa này vẫn còn hạn.", None), ("Sữa ở trong tủ lạnh.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tiếng yoghurt này nằm ngoài ngày tháng.", "Máy bay này đã hết hạn.", "Sữa này có phải không?"
    ("This yoghurt is out of date.", "Sữa chua này hết hạn rồi."),
    ("This yoghurt has expired.", "Sữa chua này hết hạn rồi."),
    ("These eggs are out of date.", "Trứng này hết hạn rồi."),
    ("The milk's out of date.", "Sữa hết hạn rồi."),
    ("Is this milk out of date?", "Sữa này hết hạn chưa?"),
    ("Has the milk expired yet?", "Sữa hết hạn chưa?"),
    ("The milk hasn't expired.", "Sữa chưa hết hạn."),
    ("It's past its use-by date.", "Nó hết hạn rồi."),
    # v8: "Đặt sữa vào tủy." (marrow), "Giữ nó trong tủ lạnh." (the freezer lost), "Bạn có đặt sữa vào tủy không?"
    ("Put the milk in the fridge.", "Cất sữa vào tủ lạnh đi."),
    ("Put this in the fridge, please.", "Làm ơn cất cái này vào tủ lạnh."),
    ("Keep it in the freezer.", "Để nó trong ngăn đá đi."),
    ("Put the meat in the freezer.", "Cất thịt vào ngăn đá đi."),
    ("Don't forget to put the milk in the fridge.", "Nhớ cất sữa vào tủ lạnh nhé."),
    ("Did you put the milk in the fridge?", "Bạn đã cất sữa vào tủ lạnh chưa?"),
    ("Have you put the milk in the fridge yet?", "Bạn đã cất sữa vào tủ lạnh chưa?"),
    ("I've put the milk in the fridge.", "Tôi đã cất sữa vào tủ lạnh rồi."),
    ("She put the leftovers in the fridge.", "Cô ấy đã cất đồ ăn thừa vào tủ lạnh."),
    # v8: "Hắn nó lên trong lò vi sóng.", "Ăn nó lên.", "Bạn có thể nóng lên được không?", "Tôi sẽ nóng gạo."
    ("Heat it up in the microwave.", "Hâm nóng nó bằng lò vi sóng đi."),
    ("Heat it up.", "Hâm nóng nó đi."),
    ("Reheat the soup.", "Hâm nóng lại canh đi."),
    ("Microwave it for two minutes.", "Cho nó vào lò vi sóng quay hai phút đi."),
    ("Can you heat this up?", "Bạn có thể hâm nóng cái này không?"),
    ("I'll heat up the rice.", "Tôi sẽ hâm nóng cơm."),
    ("Let me heat it up.", "Để tôi hâm nóng nó."),
    ("I just heated it up.", "Tôi vừa hâm nóng nó."),
    # v8: "Có thức ăn nào còn lại không?" (right), "Có đồ thừa nào không?"
    ("Is there any food left over?", "Còn đồ ăn thừa không?"),
    ("Are there any leftovers?", "Còn đồ ăn thừa không?"),
    ("There are no leftovers.", "Không còn đồ ăn thừa."),
    ("Let's eat the leftovers.", "Chúng ta ăn đồ ăn thừa đi."),
    # v8: "Sẽ mất trong ba ngày.", "Nó giữ cho một tuần trong tủ lạnh.", "Sữa giữ trong tủ lạnh bao lâu?"
    ("How long does it keep?", "Nó để được bao lâu?"),
    ("How long does milk keep in the fridge?", "Sữa để trong tủ lạnh được bao lâu?"),
    ("It'll keep for three days.", "Nó để được ba ngày."),
    ("It keeps for a week in the fridge.", "Nó để trong tủ lạnh được một tuần."),
    # not: "is", "has", "does" or "keeps" that does not agree, "It's out of date." (old-fashioned?), "heat up it",
    # keep it in the microwave, "I put …" (now, or done?), eating food that is not left over, food gone off
    ("These eggs is out of date.", None), ("He have put the milk in the fridge.", None),
    ("How long does eggs keep?", None), ("It keep for a week in the fridge.", None), ("It's out of date.", None),
    ("Heat up it.", None), ("Keep it in the microwave.", None), ("I put the milk in the fridge.", None),
    ("Let's eat the milk.", None), ("Is there any leftovers?", None), ("The milk has gone off.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
