"""Bubble tea ordered with toppings, sizes, sugar and ice, wanted or craved, a bubble tea shop always busy, and a new
one opening, both ways (mt/bubble_tea.py)."""
import pytest

from mt.bubble_tea import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Let me a cup of milk tea appreciate L, 50% of sugar, no ice, please.", "Let me two cups of milk tea jelly.",
    # "Give me a cup of milk tea size, less ice?", "I took a cup of milk tea not topping, 30% of the rock."
    ("Cho tôi một ly trà sữa trân châu size L, 50% đường, không đá.",
     "A large bubble tea with pearls, half sugar and no ice, please."),
    ("Cho tôi một ly trà sữa trân châu.", "A bubble tea with pearls, please."),
    ("Cho tôi hai ly trà sữa thạch.", "Two bubble teas with jelly, please."),
    ("Cho tôi xin một cốc trà sữa trân châu đường đen, không đường.",
     "A bubble tea with brown sugar pearls and no sugar, please."),
    ("Cho tôi một ly trà sữa cỡ vừa, ít đá được không?", "Can I have a medium bubble tea with less ice?"),
    ("Cho chúng tôi hai ly trà sữa trân châu và thạch dừa, 70% đường nhé.",
     "Two bubble teas with pearls, coconut jelly and 70% sugar, please."),
    ("Cho chúng tôi ba ly trà sữa size M được không?", "Can we have three medium bubble teas?"),
    ("Cho tôi một ly trà sữa 50% đường, ít đá ạ.", "A bubble tea with half sugar and less ice, please."),
    ("Cho tôi một ly trà sữa kem cheese size L.", "A large bubble tea with cheese foam, please."),
    ("Tôi lấy một ly trà sữa không topping, 30% đá.", "I'll have a bubble tea with no toppings and 30% ice."),
    # v8: "I want to drink milk tea Xinjiang.", "She wanted to drink milk tea jelly.", "I don't want to drink milk tea."
    ("Tôi muốn uống trà sữa trân châu.", "I'd like a bubble tea with pearls."),
    ("Tôi muốn uống trà sữa.", "I'd like a bubble tea."),
    ("Tôi muốn một ly trà sữa size L, ít đường.", "I'd like a large bubble tea with less sugar."),
    ("Cô ấy muốn uống trà sữa thạch.", "She wants a bubble tea with jelly."),
    ("Em gái tôi muốn uống trà sữa trân châu.", "My sister wants a bubble tea with pearls."),
    ("Lan muốn uống trà sữa.", "Lan wants a bubble tea."),
    ("Chúng tôi muốn uống trà sữa trân châu.", "We'd like some bubble tea with pearls."),
    ("Bạn có muốn uống trà sữa trân châu không?", "Would you like some bubble tea with pearls?"),
    ("Mẹ tôi có muốn uống trà sữa không?", "Would my mother like some bubble tea?"),
    ("Tôi không muốn uống trà sữa.", "I don't want any bubble tea."),
    ("Anh ấy không muốn uống trà sữa.", "He doesn't want any bubble tea."),
    # v8: "I'm getting milk tea too.", "Do you want milk tea?", "My mother was getting milk tea."
    ("Tôi thèm trà sữa quá.", "I'm really craving bubble tea."),
    ("Tôi đang thèm trà sữa.", "I'm craving bubble tea."),
    ("Bạn có thèm trà sữa không?", "Are you craving bubble tea?"),
    ("Mẹ tôi đang thèm trà sữa.", "My mother is craving bubble tea."),
    ("Cô ấy thèm uống trà sữa lắm.", "She's really craving bubble tea."),
    # v8: "Too much this milk tea is always large.", "Too milk tea near my house is always crowded.", "Too this milk
    # tea always ranks.", "Too much that milk tea is normal?", "Too this milk tea isn't always large."
    ("Quán trà sữa này lúc nào cũng đông.", "This bubble tea shop is always busy."),
    ("Quán trà sữa này lúc nào cũng đông khách.", "This bubble tea shop is always busy."),
    ("Quán trà sữa gần nhà tôi lúc nào cũng đông.", "The bubble tea shop near my house is always busy."),
    ("Quán trà sữa của cô ấy lúc nào cũng chật kín người.", "Her bubble tea shop is always packed."),
    ("Quán trà sữa đó thường đông lắm.", "That bubble tea shop is usually very busy."),
    ("Quán trà sữa này lúc nào cũng phải xếp hàng.", "There's always a queue at this bubble tea shop."),
    ("Quán trà sữa gần trường có phải lúc nào cũng đông không?", "Is the bubble tea shop near the school always busy?"),
    ("Quán trà sữa đó thường đông à?", "Is that bubble tea shop usually busy?"),
    ("Quán trà sữa này có thường đông không?", "Is this bubble tea shop usually busy?"),
    ("Quán trà sữa này không phải lúc nào cũng đông.", "This bubble tea shop isn't always busy."),
    # v8: "My home opened a bar milk tea.", "There is a bar milk tea opens near the field.", "Next week, near the field
    # will open a new milk tea field.", "Tomorrow, bar milk tea newly opened.", "Too late milk tea mining?"
    ("Gần nhà tôi mới mở một quán trà sữa.", "A new bubble tea shop has just opened near my house."),
    ("Gần nhà bạn vừa mở một quán trà sữa mới.", "A new bubble tea shop has just opened near your house."),
    ("Có một quán trà sữa mới mở gần trường.", "There's a new bubble tea shop near the school."),
    ("Gần công ty tôi có một quán trà sữa mới.", "There's a new bubble tea shop near my office."),
    ("Tuần sau gần trường sẽ mở một quán trà sữa mới.", "A new bubble tea shop is opening near the school next week."),
    ("Gần nhà tôi sắp mở một quán trà sữa.", "A new bubble tea shop is opening near my house soon."),
    ("Ngày mai quán trà sữa mới khai trương.", "The new bubble tea shop is opening tomorrow."),
    ("Quán trà sữa mới khai trương chưa?", "Has the new bubble tea shop opened yet?"),
    ("Quán trà sữa mới gần nhà tôi đã khai trương chưa?", "Has the new bubble tea shop near my house opened yet?"),
    ("Quán trà sữa mới chưa khai trương.", "The new bubble tea shop hasn't opened yet."),
    ("Quán trà sữa mới sắp khai trương.", "The new bubble tea shop is opening soon."),
    ("Quán trà sữa mới đã khai trương rồi.", "The new bubble tea shop has opened."),
    # not: what mt/drinks.py, mt/orders.py, mt/addiction.py, mt/food_delivery.py take; "em" ordering (the speaker, or
    # another?), a size or "no toppings" said twice, "thêm" (patterns'), flavours, "I" asked, "không thèm" (can't be
    # bothered?), "bạn" wanting said, a pet, a shop with no this or where, "gần đây" (nearby, or lately?), "mới khai
    # trương" bare (new, or just?), a day behind or ahead with "vừa", a "?" on a statement, liking, nonsense
    ("Cho tôi một ly trà sữa ít đường, ít đá.", None), ("Cho tôi một ly trà sữa.", None),
    ("Anh ấy nghiện trà sữa.", None), ("Tôi đặt trà sữa qua Grab.", None), ("Tôi thích trà sữa trân châu.", None),
    ("Cho em một ly trà sữa trân châu.", None), ("Cho tôi một ly trà sữa size L, size M.", None),
    ("Cho tôi một ly trà sữa không topping, trân châu.", None), ("Cho tôi một ly trà sữa thêm trân châu.", None),
    ("Cho tôi một ly trà sữa khoai môn.", None), ("Cho tôi một ly trà sữa trân châu?", None),
    ("Tôi có muốn uống trà sữa không?", None), ("Tôi không thèm trà sữa.", None), ("Bạn muốn uống trà sữa.", None),
    ("Con mèo của tôi muốn uống trà sữa.", None), ("Cô ấy muốn uống trà sữa size L.", None),
    ("Quán trà sữa lúc nào cũng đông.", None), ("Quán trà sữa này đông.", None),
    ("Quán trà sữa này lúc nào cũng đông?", None), ("Quán trà sữa này có lúc nào cũng đông không?", None),
    ("Quán trà sữa gần đây lúc nào cũng đông.", None), ("Quán trà sữa này lúc nào cũng rất đông lắm.", None),
    ("Quán trà sữa này thường không đông.", None), ("Quán trà sữa mới khai trương.", None),
    ("Ngày mai gần nhà tôi vừa mở một quán trà sữa.", None), ("Gần nhà tôi mới mở một quán trà sữa?", None),
    ("Ngày mai quán trà sữa mới đã khai trương.", None), ("Quán trà sữa mới khai trương rồi.", None),
    ("Tôi thèm trà sữa nhỉ.", None), ("Trà sữa trân châu.", None), ("I'd like a bubble tea with pearls.", None),
    # "em" asking with "ạ" (the speaker, mt.hobbies.em_speaking), a topping said twice, "we" asked (of ourselves?)
    ("Em có muốn uống trà sữa không ạ?", None), ("Em có thèm trà sữa không ạ?", None),
    ("Cho tôi một ly trà sữa trân châu, trân châu.", None), ("Cho tôi một ly trà sữa kem cheese, kem phô mai.", None),
    ("Chúng tôi có muốn uống trà sữa không?", None), ("Chúng ta có muốn uống trà sữa không?", None),
    ("Chúng tôi có thèm trà sữa không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi muốn uống trà quả bong bóng bằngearls.", "Một loại trà bong bóng lớn với gầm, nửa đường và không có
    # băng, vui lòng.", "Xin vui lòng hai loại trà bong bóng bằng thạch.", "Tôi sẽ có một chai sữa trung bình với thịt
    # lợn." (pork)
    ("I'd like a bubble tea with pearls.", "Cho tôi một ly trà sữa trân châu."),
    ("I'd like a pearl milk tea.", "Cho tôi một ly trà sữa trân châu."),
    ("A large bubble tea with pearls, half sugar and no ice, please.",
     "Cho tôi một ly trà sữa trân châu size L, 50% đường, không đá."),
    ("Two bubble teas with jelly, please.", "Cho tôi hai ly trà sữa thạch."),
    ("Can I have a medium bubble tea with no ice?", "Cho tôi một ly trà sữa size M, không đá được không?"),
    ("Could we get two large milk teas with black pearls and 70% sugar, please?",
     "Cho chúng tôi hai ly trà sữa trân châu đen size L, 70% đường được không?"),
    ("I'll have a medium milk tea with pearls.", "Cho tôi một ly trà sữa trân châu size M."),
    ("We'd like three bubble teas with no toppings, less ice.", "Cho chúng tôi ba ly trà sữa không topping, ít đá."),
    ("One bubble tea with tapioca pearls and pudding, please.", "Cho tôi một ly trà sữa trân châu và pudding."),
    ("A bubble tea with half sugar, please.", "Cho tôi một ly trà sữa 50% đường."),
    # v8: "Cô ấy muốn uống trà bọt với thạch.", "Chị của tôi không muốn uống trà bọt nào." (an older sister)
    ("She wants a bubble tea with jelly.", "Cô ấy muốn uống một ly trà sữa thạch."),
    ("She wants a bubble tea.", "Cô ấy muốn uống một ly trà sữa."),
    ("Do you want a bubble tea?", "Bạn có muốn uống một ly trà sữa không?"),
    ("My sister doesn't want any bubble tea.", "Em gái tôi không muốn uống trà sữa."),
    ("We want some bubble tea with pearls.", "Chúng tôi muốn uống trà sữa trân châu."),
    ("Does Lan want some bubble tea?", "Lan có muốn uống trà sữa không?"),
    # v8: "Tôi đang vặn trà bọt." (twisting), "Bạn có làm giảm trà bọt không?"
    ("I'm craving bubble tea.", "Tôi đang thèm trà sữa."),
    ("Are you craving bubble tea?", "Bạn có đang thèm trà sữa không?"),
    ("Lan is really craving bubble tea.", "Lan thèm trà sữa quá."),
    ("My mother is craving a bubble tea.", "Mẹ tôi đang thèm trà sữa."),
    # v8: "Cửa hàng trà bọt này luôn bận rộn.", "Cửa hàng trà bọt gần nhà tôi luôn được đóng gói." (wrapped), "Có
    # phải cửa hàng trà bong bóng gần trường không?", "Lúc nào cũng có hàng đợi tại cửa hàng bong bóng này."
    ("This bubble tea shop is always busy.", "Quán trà sữa này lúc nào cũng đông."),
    ("The bubble tea shop near my house is always packed.", "Quán trà sữa gần nhà tôi lúc nào cũng chật kín người."),
    ("Is the bubble tea shop near the school usually busy?", "Quán trà sữa gần trường có thường đông không?"),
    ("Is this bubble tea shop always crowded?", "Quán trà sữa này có phải lúc nào cũng đông không?"),
    ("That bubble tea shop isn't always busy.", "Quán trà sữa đó không phải lúc nào cũng đông."),
    ("Her bubble tea shop is always very busy.", "Quán trà sữa của cô ấy lúc nào cũng rất đông."),
    ("There's always a queue at this bubble tea shop.", "Quán trà sữa này lúc nào cũng phải xếp hàng."),
    ("You always have to queue at the bubble tea shop opposite my office.",
     "Quán trà sữa đối diện công ty tôi lúc nào cũng phải xếp hàng."),
    # v8: "Một cửa hàng trà bọt mới vừa mở gần nhà tôi.", "Một cửa hàng trà bong bóng mới đang mở gần ngôi nhà của tôi
    # vào tuần tới.", "Cửa hàng trà bọt mới mở ngày mai.", "Có cửa hàng trà bọt mới mở ra chưa?", "Cửa hàng trà bong
    # bóng mới vẫn chưa mở được."
    ("A new bubble tea shop has just opened near my house.", "Gần nhà tôi vừa mở một quán trà sữa mới."),
    ("A new bubble tea shop has opened near the school.", "Gần trường mới mở một quán trà sữa."),
    ("A new bubble tea shop is opening near my house next week.", "Tuần sau gần nhà tôi sẽ mở một quán trà sữa mới."),
    ("A new bubble tea shop is opening near the school soon.", "Gần trường sắp mở một quán trà sữa mới."),
    ("There's a new bubble tea shop near the school.", "Gần trường có một quán trà sữa mới."),
    ("The new bubble tea shop opens tomorrow.", "Ngày mai quán trà sữa mới khai trương."),
    ("The new bubble tea shop is opening soon.", "Quán trà sữa mới sắp khai trương."),
    ("Has the new bubble tea shop opened yet?", "Quán trà sữa mới đã khai trương chưa?"),
    ("The new bubble tea shop hasn't opened yet.", "Quán trà sữa mới chưa khai trương."),
    ("The new bubble tea shop near my office has opened.", "Quán trà sữa mới gần công ty tôi đã khai trương rồi."),
    # not: what mt/drinks.py and mt/patterns.py take, no "please", a count or verb not agreeing, a size wanted, "a"
    # denied, a pet, "I" asked, "the" shop with no where, "this" shop with one, "isn't usually", very packed, two
    # verbs, no always, "is opening" with no day (now?), "opened" (when?), no "yet", three toppings, liking, addiction
    ("A milk tea with less sugar and less ice, please.", None), ("I'd like a bubble tea.", None),
    ("A bubble tea with pearls.", None), ("An bubble tea with pearls, please.", None),
    ("Two bubble tea with pearls, please.", None), ("A bubble teas with pearls, please.", None),
    ("A bubble tea with pearls, please?", None), ("She want a bubble tea.", None),
    ("Does she wants a bubble tea?", None),
    ("I want a large bubble tea.", None), ("She doesn't want a bubble tea.", None),
    ("My cat is craving bubble tea.", None), ("Am I craving bubble tea?", None), ("She are craving bubble tea.", None),
    ("The bubble tea shop is always busy.", None), ("This bubble tea shop near my house is always busy.", None),
    ("This bubble tea shop isn't usually busy.", None), ("This bubble tea shop is always very packed.", None),
    ("Is this bubble tea shop is always busy?", None), ("This bubble tea shop is busy.", None),
    ("A new bubble tea shop is opening near my house.", None), ("A new bubble tea shop opened near my house.", None),
    ("A new bubble tea shop has just opened near my house tomorrow.", None), ("The new bubble tea shop opened.", None),
    ("Has the new bubble tea shop opened?", None), ("The new bubble tea shop has opened yet.", None),
    ("A bubble tea with pearls and jelly and pudding, please.", None),
    ("A bubble tea with no toppings and pearls, please.", None), ("I love bubble tea.", None),
    ("He's addicted to bubble tea.", None), ("Cho tôi một ly trà sữa trân châu.", None),
    # a topping said twice, a pearl milk tea craved (its pearls dropped), "we" asked ("chúng ta", or "chúng tôi"?)
    ("I'd like a bubble tea with pearls and tapioca pearls.", None), ("I'm craving pearl milk tea.", None),
    ("Is she craving pearl milk tea?", None), ("Do we want some bubble tea?", None),
    ("Are we craving bubble tea?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
