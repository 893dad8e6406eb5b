"""Buying on instalments: bought in instalments, paying in instalments, instalments offered, months left, a sum a
month and the instalments paid off, both ways (mt/instalments.py)."""
import pytest

from mt.instalments import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I bought my motorcycle contributed.", "My mother bought the refrigerator.", "He just bought a car for his
    # contribution."
    ("Tôi mua xe máy trả góp.", "I bought a motorbike in instalments."),
    ("Mẹ tôi mua tủ lạnh trả góp.", "My mother bought a fridge in instalments."),
    ("Anh ấy vừa mua ô tô trả góp.", "He's just bought a car in instalments."),
    ("Chúng tôi đã mua nhà trả góp.", "We bought a house in instalments."),
    ("Chúng ta đã mua nhà trả góp.", "We bought a house in instalments."),
    ("Lan mua laptop trả góp.", "Lan bought a laptop in instalments."),
    ("Tôi mua xe máy trả góp rồi.", "I've bought a motorbike in instalments."),
    ("Chị ấy đang mua ti vi trả góp.", "She's buying a TV in instalments."),
    ("Bố tôi đã mua trả góp căn hộ này.", "My father bought this flat in instalments."),
    ("Tôi mua trả góp chiếc điện thoại này rồi.", "I've bought this phone in instalments."),
    ("Bạn đã mua chiếc điện thoại này trả góp à?", "Did you buy this phone in instalments?"),
    ("Tôi mới mua điện thoại trả góp.", "I've just bought a phone in instalments."),
    ("Bố bạn mua xe máy trả góp à?", "Did your father buy a motorbike in instalments?"),
    # v8: "Can I get a contribution?"
    ("Có trả góp được không?", "Can I pay in instalments?"),
    ("Tôi có thể trả góp không?", "Can I pay in instalments?"),
    ("Chúng tôi trả góp được không?", "Can we pay in instalments?"),
    ("Ở đây có trả góp được không?", "Can I pay in instalments here?"),
    ("Tôi có thể mua trả góp chiếc xe máy này không?", "Can I buy this motorbike in instalments?"),
    # v8: "Is it a contribution here?", "Do you support answers?", "Paying 0% interest rate."
    ("Ở đây có cho trả góp không?", "Do you offer instalments here?"),
    ("Ở đây có trả góp không?", "Do you offer instalments here?"),
    ("Bên anh có hỗ trợ trả góp 0% không?", "Do you offer 0% interest instalments?"),
    ("Bên em có cho trả góp không?", "Do you offer instalments?"),
    ("Cửa hàng này có cho trả góp không?", "Does this shop offer instalments?"),
    ("Bên em có hỗ trợ trả góp.", "We offer instalments."),
    ("Chúng tôi không hỗ trợ trả góp.", "We don't offer instalments."),
    ("Chúng tôi có cho trả góp.", "We offer instalments."),
    ("Bên chúng tôi không trả góp.", "We don't offer instalments."),
    ("Ở đây không cho trả góp.", "Instalments aren't available here."),
    ("Trả góp 0% lãi suất.", "0% interest instalments."),
    ("Trả góp lãi suất 0%.", "0% interest instalments."),
    # v8: "I have to pay six months.", "How many months do you have to contribute?", "I don't have to pay more."
    ("Tôi còn phải trả góp sáu tháng nữa.", "I still have six months of instalments to pay."),
    ("Mẹ tôi còn phải trả góp 18 tháng nữa.", "My mother still has 18 months of instalments to pay."),
    ("Anh ấy còn trả góp một năm nữa.", "He still has one year of instalments to pay."),
    ("Bạn còn phải trả góp mấy tháng nữa?", "How many months of instalments do you still have to pay?"),
    ("Tôi không còn phải trả góp nữa.", "I don't have to pay instalments any more."),
    ("Chị Mai không còn trả góp nữa.", "Mai doesn't pay instalments any more."),
    # v8: "Every month I contributed VND2 million.", "How much do you take every month?"
    ("Mỗi tháng tôi trả góp 2 triệu.", "I pay VND2 million a month in instalments."),
    ("Mẹ tôi phải trả góp 3 triệu mỗi tháng.", "My mother has to pay VND3 million a month in instalments."),
    ("Chúng tôi trả góp 1,5 triệu đồng một tháng.", "We pay VND1.5 million a month in instalments."),
    ("Mỗi tháng tôi trả góp 500k.", "I pay VND500 thousand a month in instalments."),
    ("Mỗi tháng tôi trả góp 2,5 nghìn.", "I pay VND2.5 thousand a month in instalments."),
    ("Mỗi tháng bạn trả góp bao nhiêu?", "How much do you pay a month in instalments?"),
    # v8: "I'm paying all the contribution.", "I've done it.", "Do you have finished?"
    ("Tôi trả hết góp rồi.", "I've paid off the instalments."),
    ("Tôi đã trả góp xong.", "I've paid off the instalments."),
    ("Mẹ tôi vừa trả góp xong.", "My mother has just paid off the instalments."),
    ("Tôi chưa trả góp xong.", "I haven't paid off the instalments yet."),
    ("Bạn đã trả góp xong chưa?", "Have you paid off the instalments yet?"),
    # not: buying asked with "có … không?" or denied (now, or then?), "I" asked, a "?" on a statement, "anh" saying
    # it, a pet as who, "góp" alone (chipping in, a suggestion), "tiền góp", a thing not known ("xe": which?), other
    # interest rates, "trả góp" alone, "bên anh" saying it, "chúng tôi" asking, both "ở đây" said twice; this thing
    # bought with no "đã" or "rồi" (at the counter: "I'll buy this phone …"), "chúng ta" with a bare verb (a plan:
    # "Let's buy …"), "chúng tôi", "chúng em" with no "cho", "hỗ trợ", "nhận" or "bên" (the buyers: "We aren't paying
    # in instalments")
    ("Trả góp 0% lãi suất nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn có mua xe máy trả góp không?", None), ("Tôi không mua xe máy trả góp.", None),
    ("Tôi mua xe máy trả góp à?", None), ("Tôi mua xe máy trả góp?", None), ("Anh trả góp xong rồi.", None),
    ("Con mèo của tôi mua xe máy trả góp.", None), ("Tôi góp tiền mua quà.", None), ("Tôi góp ý.", None),
    ("Tôi trả hết tiền góp rồi.", None), ("Tôi mua xe trả góp.", None), ("Trả góp lãi suất 1%.", None),
    ("Tôi trả góp.", None), ("Bên anh có hỗ trợ trả góp.", None), ("Chúng tôi có cho trả góp không?", None),
    ("Tôi trả góp xong chưa?", None), ("Tôi trả góp không?", None), ("Mỗi tháng tôi trả góp mỗi tháng 2 triệu.", None),
    ("Mỗi tháng tôi trả góp 2 triệu?", None), ("Anh đang trả góp xe máy.", None),
    ("Tôi mua trả góp chiếc điện thoại này.", None), ("Tôi mua xe máy này trả góp.", None),
    ("Tôi mua tivi này trả góp.", None), ("Tôi mua trả góp căn nhà này.", None),
    ("Bạn mua chiếc điện thoại này trả góp à?", None), ("Chúng ta mua nhà trả góp.", None),
    ("Chúng ta mua nhà trả góp à?", None), ("Chúng tôi không trả góp.", None), ("Chúng em không trả góp.", None),
    ("Chúng tôi có trả góp.", None),
    ("I bought a motorbike in instalments.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã mua xe máy của tôi ở ngay tức khắc.", "Mẹ tôi mua một cái tủ lạnh.", "Anh ấy vừa mua xe hơi ngay tức
    # khắc."
    ("I bought my motorbike in instalments.", "Tôi mua xe máy trả góp."),
    ("My mother bought a fridge in instalments.", "Mẹ tôi mua tủ lạnh trả góp."),
    ("He has just bought a car in instalments.", "Anh ấy vừa mua ô tô trả góp."),
    ("He's just bought a car on installments.", "Anh ấy vừa mua ô tô trả góp."),
    ("She's buying a TV in instalments.", "Cô ấy đang mua ti vi trả góp."),
    ("Did you buy your phone in instalments?", "Bạn mua điện thoại trả góp à?"),
    ("I didn't buy my car in instalments.", "Tôi không mua ô tô trả góp."),
    ("We bought this flat in instalments.", "Chúng tôi đã mua căn hộ này trả góp."),
    ("Did you buy this phone in instalments?", "Bạn đã mua chiếc điện thoại này trả góp à?"),
    ("Lan bought a laptop in instalments.", "Lan mua laptop trả góp."),
    ("He's bought a car in instalments.", "Anh ấy đã mua ô tô trả góp rồi."),
    # v8: "Có thể tôi trả tiền ngay không?", "Tôi có thể mua điện thoại này ngay tức khắc không?"
    ("Can I pay in instalments?", "Tôi có thể trả góp được không?"),
    ("Can we pay in instalments here?", "Chúng tôi có thể trả góp ở đây được không?"),
    ("Can I buy this phone in instalments?", "Tôi có thể mua trả góp chiếc điện thoại này được không?"),
    ("Can I buy it in instalments?", "Tôi có thể mua trả góp được không?"),
    ("Is it possible to pay in instalments?", "Có thể trả góp được không?"),
    # v8: "Bạn có đưa ra những lời khuyên ở đây không?" (advice), "Chúng tôi đưa ra những công việc tốt nhất.", "0% lợi
    # ích thứ nhất."
    ("Do you offer instalments here?", "Ở đây có cho trả góp không?"),
    ("Do you offer 0% interest instalments?", "Bên bạn có cho trả góp 0% lãi suất không?"),
    ("Does this shop offer instalments?", "Cửa hàng này có cho trả góp không?"),
    ("We offer instalments.", "Chúng tôi có hỗ trợ trả góp."),
    ("Do they offer instalments?", "Họ có cho trả góp không?"),
    ("We don't offer instalments.", "Chúng tôi không hỗ trợ trả góp."),
    ("This shop doesn't offer instalments.", "Cửa hàng này không cho trả góp."),
    ("Instalments are available here.", "Ở đây có cho trả góp."),
    ("0% interest instalments.", "Trả góp 0% lãi suất."),
    # v8: "Tôi vẫn còn 6 tháng để trả tiền.", "Bạn vẫn phải trả bao nhiêu tháng?", "Tôi không cần phải trả tiền bất kỳ
    # khoản nào nữa."
    ("I still have six months of instalments to pay.", "Tôi còn phải trả góp sáu tháng nữa."),
    ("My mother has 18 more months of instalments to pay.", "Mẹ tôi còn phải trả góp 18 tháng nữa."),
    ("I've got two years of instalments left.", "Tôi còn phải trả góp hai năm nữa."),
    ("How many months of instalments do you still have to pay?", "Bạn còn phải trả góp mấy tháng nữa?"),
    ("I don't have to pay instalments any more.", "Tôi không còn phải trả góp nữa."),
    ("She no longer has to pay instalments.", "Cô ấy không còn phải trả góp nữa."),
    # v8: "Tôi trả tiền 2 triệu đồng một tháng những lần.", "Bạn trả bao nhiêu tiền một tháng?"
    ("I pay VND2 million a month in instalments.", "Mỗi tháng tôi trả góp 2 triệu đồng."),
    ("My mother has to pay 3 million dong a month in instalments.", "Mỗi tháng mẹ tôi phải trả góp 3 triệu đồng."),
    ("How much do you pay a month in instalments?", "Mỗi tháng bạn trả góp bao nhiêu?"),
    # v8: "Tôi đã trả hết những món hàng.", "Bạn chưa trả tiền cho những điều kiện ngay tức khắc?"
    ("I've paid off the instalments.", "Tôi đã trả góp xong."),
    ("She has just paid off her instalments.", "Cô ấy vừa trả góp xong."),
    ("I haven't paid off the instalments yet.", "Tôi chưa trả góp xong."),
    ("Have you paid off the instalments yet?", "Bạn đã trả góp xong chưa?"),
    ("My father has already paid off the instalments.", "Bố tôi đã trả góp xong rồi."),
    # not: a verb not agreeing with who ("He have", "He pay", "Does you"), another's thing, "a" before a vowel, a
    # count not agreeing ("one months"), a pet as who, "you" offering said, "available" with no place, a "?" on a
    # statement, "instalments" of a story or a series, the other way's language, a name with "his" or "her" (own, or
    # another's? "Lan" is a woman)
    ("He have bought a car in instalments.", None), ("I bought your phone in instalments.", None),
    ("I bought a air conditioner in instalments.", None), ("She have paid off the instalments.", None),
    ("He pay VND2 million a month in instalments.", None), ("I still have one months of instalments to pay.", None),
    ("Does you offer instalments?", None), ("My dog bought a phone in instalments.", None),
    ("You offer instalments.", None), ("Instalments are available.", None),
    ("I bought my motorbike in instalments?", None), ("The story came out in instalments.", None),
    ("I read the novel in weekly instalments.", None), ("Tôi mua xe máy trả góp.", None),
    ("I pay 2 million a month in instalments.", None), ("He has buying a car in instalments.", None),
    ("I have paid off his instalments.", None), ("Do we offer instalments?", None),
    ("Lan has paid off his instalments.", None), ("Lan bought his car in instalments.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
