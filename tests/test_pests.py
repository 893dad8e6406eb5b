"""Pests in the house: cockroaches, mice, ants … in a room or a house, one seen or caught, pest control called, pests
got rid of or sprayed for, food put away before they get it, both ways (mt/pests.py)."""
import pytest

from mt.pests import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My home has many prices.", "There's a priced kitchen.", "Your boss has a price.", "My house has cramps."
    ("Nhà tôi có nhiều gián.", "There are a lot of cockroaches in my house."),
    ("Trong bếp có gián.", "There are cockroaches in the kitchen."),
    ("Bếp có gián.", "There are cockroaches in the kitchen."),
    ("Nhà tôi có chuột.", "There are mice in my house."),
    ("Nhà chúng tôi có chuột.", "There are mice in our house."),
    ("Bếp nhà tôi có gián.", "There are cockroaches in my kitchen."),
    ("Phòng ngủ của mẹ tôi có kiến.", "There are ants in my mother's bedroom."),
    # v8: "There are many opinions in the kitchen.", "My home has no price.", "Is it priced in the kitchen?"
    ("Trong bếp có nhiều kiến quá.", "There are so many ants in the kitchen."),
    ("Nhà tôi không có gián.", "There aren't any cockroaches in my house."),
    ("Nhà tôi không có gián nào cả.", "There aren't any cockroaches in my house."),
    ("Có gián trong bếp không?", "Are there any cockroaches in the kitchen?"),
    ("Nhà bạn có chuột không?", "Are there any mice in your house?"),
    # v8: "My home has a connection.", "My home was linked."
    ("Nhà tôi có mối.", "There are termites in my house."),
    ("Nhà tôi bị mối.", "There are termites in my house."),
    # v8: "There's a supervision in the bathroom."
    ("Có một con gián trong phòng tắm.", "There's a cockroach in the bathroom."),
    ("Trong phòng tắm có một con nhện.", "There's a spider in the bathroom."),
    # v8: "Show around the kitchen.", "Show around.", "The house is full of mud."
    ("Kiến bò khắp bếp.", "There are ants all over the kitchen."),
    ("Kiến bò khắp nơi.", "There are ants everywhere."),
    ("Nhà đầy muỗi.", "The house is full of mosquitoes."),
    # v8: "My mother had just seen a price." ("Tôi vừa thấy một con chuột." it got right: "I just saw a mouse.")
    ("Tôi vừa thấy một con chuột.", "I've just seen a mouse."),
    ("Mẹ tôi vừa thấy một con gián.", "My mother has just seen a cockroach."),
    ("Tôi thấy một con chuột trong bếp.", "I saw a mouse in the kitchen."),
    # v8: "The cat captures a mouse.", "Cats I catch a mouse."
    ("Con mèo bắt được một con chuột.", "The cat caught a mouse."),
    ("Mèo nhà tôi vừa bắt được một con chuột.", "My cat has just caught a mouse."),
    ("Con mèo của tôi bắt được một con chuột rồi.", "My cat has already caught a mouse."),
    # v8: "We need to call the killer service.", "We must call the killer of her."
    ("Chúng ta cần gọi dịch vụ diệt côn trùng.", "We need to call pest control."),
    ("Chúng ta phải gọi người diệt côn trùng thôi.", "We have to call pest control."),
    ("Chúng ta gọi dịch vụ diệt côn trùng đi.", "Let's call pest control."),
    ("Bạn đã gọi dịch vụ diệt côn trùng chưa?", "Have you called pest control yet?"),
    ("Tôi gọi dịch vụ diệt côn trùng rồi.", "I've already called pest control."),
    ("Tôi sẽ gọi dịch vụ diệt côn trùng.", "I'll call pest control."),
    # v8: "We need to kill the price.", "I sprayed sperm.", "My father is spraying mosquitoes."
    ("Chúng ta cần diệt gián.", "We need to get rid of the cockroaches."),
    ("Tôi đã phun thuốc diệt côn trùng.", "I sprayed insecticide."),
    ("Bố tôi đang phun thuốc diệt muỗi.", "My father is spraying for mosquitoes."),
    # v8: "Every food goes to the beef."
    ("Cất đồ ăn đi kẻo kiến bò vào.", "Put the food away or the ants will get it."),
    ("Đậy đồ ăn lại kẻo ruồi bâu vào.", "Cover the food or the flies will get it."),
    # left: a computer's mouse, what does not crawl, "quá" without "nhiều", a plain verb (did, does or will?),
    # "anh" alone (the speaker or "you"), "chuột" without "một con" seen, the cat that only sees one, afraid of them
    ("Bếp có gián nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Chuột của tôi bị hỏng.", None),
    ("Muỗi bò khắp nơi.", None),
    ("Nhà tôi có gián quá.", None),
    ("Tôi gọi dịch vụ diệt côn trùng.", None),
    ("Anh vừa thấy một con chuột.", None),
    ("Tôi thấy con chuột.", None),
    ("Con mèo thấy một con chuột.", None),
    ("Chúng ta cần phun thuốc diệt chuột.", None),
    ("Tôi sợ gián.", None),
    ("Trong bếp không có nhiều gián không?", None),
    ("Nhà tôi có một con gián không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Có những ổ cắm trong nhà bếp." (sockets), "Có những ổ cắm trong bếp không?"
    ("There are cockroaches in the kitchen.", "Trong bếp có gián."),
    ("There are lots of cockroaches in my house.", "Nhà tôi có nhiều gián."),
    ("There are so many ants in the kitchen.", "Trong bếp có nhiều kiến quá."),
    ("There aren't any mice in my house.", "Nhà tôi không có chuột."),
    ("There are no termites in the house.", "Trong nhà không có mối."),
    ("Are there any cockroaches in the kitchen?", "Trong bếp có gián không?"),
    ("There are ants in my mother's bedroom.", "Trong phòng ngủ của mẹ tôi có kiến."),
    # v8: "Có một chiếc dây chuyền trong phòng tắm." (a necklace)
    ("There's a cockroach in the bathroom.", "Có một con gián trong phòng tắm."),
    ("There's a mouse in the kitchen.", "Có một con chuột trong bếp."),
    ("Is there a mouse in the bathroom?", "Có một con chuột trong phòng tắm không?"),
    ("There is an ant in this room.", "Có một con kiến trong phòng này."),
    # v8: "Có những người nông dân khắp nơi." (farmers), "Nhà bếp đầy đủ." (ants lost)
    ("There are ants everywhere.", "Kiến bò khắp nơi."),
    ("There are ants all over the kitchen.", "Kiến bò khắp bếp."),
    ("The kitchen is full of ants.", "Bếp đầy kiến."),
    ("The house is full of mosquitoes.", "Nhà đầy muỗi."),
    # v8: "Chúng tôi có những người hâm mộ." (fans), "Chúng tôi có những ngườiite thuật."
    ("We have mice.", "Nhà chúng tôi có chuột."),
    ("We've got cockroaches.", "Nhà chúng tôi có gián."),
    ("We have termites.", "Nhà chúng tôi có mối."),
    ("We don't have any cockroaches.", "Nhà chúng tôi không có gián."),
    ("Do you have cockroaches?", "Nhà bạn có gián không?"),
    # v8: "Tôi chỉ thấy một con chuột." (only), "Mẹ tôi nhìn thấy một chiếc ổi." (a guava)
    ("I saw a rat.", "Tôi thấy một con chuột cống."),
    ("I just saw a mouse.", "Tôi vừa thấy một con chuột."),
    ("I've just seen a mouse.", "Tôi vừa thấy một con chuột."),
    ("My mother saw a cockroach in the kitchen.", "Mẹ tôi thấy một con gián trong bếp."),
    # v8: "Con mèo bắt gặp một con chuột." (came across)
    ("The cat caught a mouse.", "Con mèo bắt được một con chuột."),
    ("My cat caught a mouse.", "Con mèo nhà tôi bắt được một con chuột."),
    ("The cat has just caught a mouse.", "Con mèo vừa bắt được một con chuột."),
    # v8: "Chúng ta cần gọi sự kiểm soát tốt nhất." (the best control)
    ("We need to call pest control.", "Chúng ta cần gọi dịch vụ diệt côn trùng."),
    ("She needs to call pest control.", "Cô ấy cần gọi dịch vụ diệt côn trùng."),
    ("I called pest control.", "Tôi đã gọi dịch vụ diệt côn trùng."),
    ("I've called pest control.", "Tôi đã gọi dịch vụ diệt côn trùng rồi."),
    ("I'll call pest control.", "Tôi sẽ gọi dịch vụ diệt côn trùng."),
    ("Have you called pest control yet?", "Bạn đã gọi dịch vụ diệt côn trùng chưa?"),
    ("Let's call pest control.", "Chúng ta gọi dịch vụ diệt côn trùng đi."),
    # v8: "Chúng ta cần phải bỏ những ổ cắm cáp.", "Tôi phun nước bí."
    ("We need to get rid of the cockroaches.", "Chúng ta cần diệt gián."),
    ("My father is spraying for mosquitoes.", "Bố tôi đang phun thuốc diệt muỗi."),
    ("I sprayed insecticide.", "Tôi đã phun thuốc diệt côn trùng."),
    # v8: "Đặt thực phẩm đi vắng hoặc những người nuôi dưỡng sẽ nhận được nó."
    ("Put the food away or the ants will get it.", "Cất đồ ăn đi kẻo kiến bò vào."),
    ("Put the food away, or the mice will get it.", "Cất đồ ăn đi kẻo chuột ăn mất."),
    # left: bad agreement ("a ant", "There are a mouse", "She need", "She have", "There's mice"), what does not crawl
    # everywhere, mice asked of or had by others (a computer shop? pets?), software bugs, afraid of them, the cat seen
    ("There is a ant in my room.", None),
    ("There are a mouse in the kitchen.", None),
    ("There's mice in the kitchen.", None),
    ("She need to call pest control.", None),
    ("She have just seen a cockroach.", None),
    ("There are mosquitoes everywhere.", None),
    ("Do you have mice?", None),
    ("They have mice.", None),
    ("We need to get rid of the bugs.", None),
    ("We need to spray for mice.", None),
    ("I'm scared of cockroaches.", None),
    ("The cat saw a mouse.", None),
    ("I've seen a mouse.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Nhà tôi có chuột.", "en", "vi") is None
    assert translate("We have mice.", "vi", "en") is None
    assert translate("We have mice.", "en", "fr") is None
