"""Lunar New Year (Tet) customs: lucky money, banh chung, the ancestors, the graves, the fireworks, the house cleaned
for Tet and New Year visits, both ways (mt/new_year.py)."""
import pytest

from mt.new_year import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Kids like axe.", "How much money do you get?", "My grandparents gave me.", "I'm glad I am old."
    ("Trẻ con thích được lì xì.", "Kids like getting lucky money."),
    ("Bọn trẻ rất thích nhận tiền mừng tuổi.", "The kids love getting lucky money."),
    ("Bạn được bao nhiêu tiền lì xì?", "How much lucky money did you get?"),
    ("Bạn được lì xì bao nhiêu?", "How much lucky money did you get?"),
    ("Năm nay con trai bạn được bao nhiêu tiền lì xì?", "How much lucky money did your son get this year?"),
    ("Bà tôi lì xì cho tôi.", "My grandmother gave me lucky money."),
    ("Bà tôi mừng tuổi tôi.", "My grandmother gave me lucky money."),
    ("Ông bà tôi lì xì cho các cháu mỗi năm.", "My grandparents give the kids lucky money every year."),
    ("Bà bạn có lì xì cho bạn không?", "Did your grandmother give you any lucky money?"),
    ("Tôi được bà tôi lì xì.", "I got lucky money from my grandmother."),
    # v8: "This year, I was a lot of money.", "I'm not aunt."
    ("Năm nay tôi được nhiều tiền lì xì.", "I got a lot of lucky money this year."),
    ("Tôi không được lì xì.", "I didn't get any lucky money."),
    ("Bạn có được lì xì không?", "Did you get any lucky money?"),
    # kids in general get it (not "Kids got lucky money."); asked or denied of them, left
    ("Trẻ con được lì xì.", "Kids get lucky money."),
    ("Trẻ con được lì xì vào dịp Tết.", "Kids get lucky money at Tet."),
    ("Bọn trẻ được lì xì.", "The kids got lucky money."),
    ("Trẻ con không được lì xì.", None), ("Trẻ con có được lì xì không?", None),
    # v8: "We package banh chung.", "My mother packaged banh chung every year.", "This holiday we'll pack banh chung."
    ("Chúng tôi gói bánh chưng.", "We make banh chung."),
    ("Mẹ tôi gói bánh chưng mỗi năm.", "My mother makes banh chung every year."),
    ("Năm nào nhà tôi cũng gói bánh chưng.", "My family makes banh chung every year."),
    ("Năm nay nhà tôi không gói bánh chưng.", "My family isn't making banh chung this year."),
    ("Tết này chúng tôi sẽ gói bánh chưng.", "We'll make banh chung at Tet this year."),
    ("Bạn có gói bánh chưng không?", "Do you make banh chung?"),
    ("Chúng tôi thường gói bánh chưng vào dịp Tết.", "We usually make banh chung at Tet."),
    # v8: "My house is the first church.", "We bowed the first night of the leftover."
    ("Nhà tôi thờ cúng tổ tiên.", "My family worships our ancestors."),
    ("Chúng tôi cúng tổ tiên vào đêm giao thừa.", "We make offerings to our ancestors on New Year's Eve."),
    ("Anh có thờ cúng tổ tiên không?", "Do you worship your ancestors?"),
    ("Gia đình bạn có thờ cúng tổ tiên không?", "Does your family worship the ancestors?"),
    # v8: "We went to the fan.", "We visited her grandfather.", "My family went to the grab before Tet."
    ("Chúng tôi đi tảo mộ.", "We visit our family graves."),
    ("Chúng tôi đi thăm mộ ông bà.", "We visit our grandparents' graves."),
    ("Năm ngoái chúng tôi không đi tảo mộ.", "We didn't visit our family graves last year."),
    ("Ngày mai chúng tôi đi tảo mộ.", "We're visiting our family graves tomorrow."),
    # v8: "See the left night wreath.", "We've seen a break of flower at the night of the leftover."
    ("Xem pháo hoa đêm giao thừa.", "Watching the fireworks on New Year's Eve."),
    ("Chúng tôi đã xem pháo hoa vào đêm giao thừa.", "We watched the fireworks on New Year's Eve."),
    ("Tối qua chúng tôi xem pháo hoa.", "We watched the fireworks last night."),
    # v8: "We clean up the door before Tet.", "My mother was moving the house for Tet."
    ("Chúng tôi dọn dẹp nhà cửa trước Tết.", "We clean the house before Tet."),
    ("Mẹ tôi đang dọn nhà đón Tết.", "My mother is cleaning the house for Tet."),
    # v8: "We went to wish the Tet they were on.", "Tet us visit relatives."
    ("Chúng tôi đi chúc Tết họ hàng.", "We pay New Year visits to our relatives."),
    ("Tết chúng tôi đi thăm họ hàng.", "We visit our relatives at Tet."),
    # not: the shops (mt/opening_hours.py's), the house with no Tet (mt/chores.py's), the fireworks or going out
    # with no day nor tense, asked of a habit or of one night?, "Anh" saying (may be the speaker), "Lan" with
    # whose ancestors not known, a day ahead with "đã", an amount, "chưa", asked without "không"
    ("Các cửa hàng đóng cửa vào dịp Tết.", None), ("Chúng tôi dọn nhà.", None), ("Chúng tôi xem pháo hoa.", None),
    ("Chúng tôi đi chơi Tết.", None), ("Bạn có xem pháo hoa đêm giao thừa không?", None),
    ("Anh thờ cúng tổ tiên.", None), ("Lan thờ cúng tổ tiên.", None),
    ("Ngày mai chúng tôi đã gói bánh chưng.", None), ("Tôi được lì xì 500 nghìn.", None),
    ("Bạn đã gói bánh chưng chưa?", None), ("Bạn có gói bánh chưng?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Trẻ em rất thích có tiền may mắn.", "Bạn kiếm được số tiền may mắn bao nhiêu?", "Bà tôi tặng tôi tiền may
    # mắn.", "Tôi có tiền may mắn từ bà tôi."
    ("Children love getting lucky money.", "Trẻ em rất thích được lì xì."),
    ("The kids like getting lucky money.", "Bọn trẻ thích được lì xì."),
    ("How much lucky money did you get?", "Bạn được bao nhiêu tiền lì xì?"),
    ("How much lucky money did you get this year?", "Năm nay bạn được bao nhiêu tiền lì xì?"),
    ("My grandmother gave me lucky money.", "Bà tôi lì xì cho tôi."),
    ("My grandmother gave me some lucky money.", "Bà tôi lì xì cho tôi."),
    ("My grandparents give the grandchildren lucky money every year.", "Ông bà tôi lì xì cho các cháu mỗi năm."),
    ("Did your grandmother give you any lucky money?", "Bà bạn có lì xì cho bạn không?"),
    ("Will you give the kids lucky money?", None),  # ("Bạn có lì xì cho bọn trẻ không?" is "Did you …?")
    ("I got lucky money from my grandmother.", "Tôi được bà tôi lì xì."),
    ("I got a lot of lucky money this year.", "Năm nay tôi được nhiều tiền lì xì."),
    ("I didn't get any lucky money.", "Tôi không được lì xì."),
    ("Did you get any lucky money?", "Bạn có được lì xì không?"),
    # v8 writes banh chung right ("Chúng tôi làm bánh chưng."), but "làm" for "gói"
    ("We make banh chung.", "Chúng tôi gói bánh chưng."),
    ("My mother makes banh chung every year.", "Mẹ tôi gói bánh chưng mỗi năm."),
    ("Does your family make banh chung?", "Gia đình bạn có gói bánh chưng không?"),
    ("We didn't make banh chung this year.", "Năm nay chúng tôi không gói bánh chưng."),
    ("My mother didn't make banh chung.", "Mẹ tôi không gói bánh chưng."),
    ("We'll make banh chung tomorrow.", "Ngày mai chúng tôi sẽ gói bánh chưng."),
    # v8: "Chúng tôi đeo đuổi những người hướng dẫn của chúng tôi." (pursue our guides), "Bạn có làm cho bạn mặc quần
    # áo không?"
    ("We worship our ancestors.", "Chúng tôi thờ cúng tổ tiên."),
    ("My family worships our ancestors.", "Gia đình tôi thờ cúng tổ tiên."),
    ("Do you worship your ancestors?", "Bạn có thờ cúng tổ tiên không?"),
    ("We make offerings to our ancestors on New Year's Eve.", "Chúng tôi cúng tổ tiên vào đêm giao thừa."),
    # v8: "Chúng tôi đến thăm gia đình chúng tôi." (visit our family), "… gia đình chúng tôi graves trước Tết."
    ("We visit our family graves.", "Chúng tôi đi tảo mộ."),
    ("We visited our family graves before Tet.", "Chúng tôi đã đi tảo mộ trước Tết."),
    # v8: "Chúng tôi nhìn thấy những công việc hỏa hoạn vào đêm mới.", "Bạn có nhìn thấy bài tập hỏa không?"
    ("We watched the fireworks on New Year's Eve.", "Chúng tôi đã xem pháo hoa vào đêm giao thừa."),
    ("Did you watch the fireworks?", "Bạn có xem pháo hoa không?"),
    ("We clean the house before Tet.", "Chúng tôi dọn dẹp nhà cửa trước Tết."),
    ("My mother is cleaning the house for Tet.", "Mẹ tôi đang dọn nhà đón Tết."),
    # v8: "Chúng tôi đến thăm họ hàng Tết."
    ("We go to visit relatives at Tet.", "Chúng tôi đi thăm họ hàng vào dịp Tết."),
    ("At Tet, we visit our relatives.", "Chúng tôi đi thăm họ hàng vào dịp Tết."),
    ("We pay New Year visits to our relatives.", "Chúng tôi đi chúc Tết họ hàng."),
    # not: the verb not agreeing, another's ancestors, the house with no Tet (mt/chores.py's), the shops (mt/
    # opening_hours.py's), asked without "?", "any" said, "will" asked
    ("My mother make banh chung every year.", None), ("She worship her ancestors.", None),
    ("My son love getting lucky money.", None), ("My grandmother give me lucky money.", None),
    ("We worship your ancestors.", None), ("We clean the house.", None), ("The shops are closed at Tet.", None),
    ("Do you make banh chung.", None), ("I got any lucky money.", None), ("Will you make banh chung?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
