"""Hotpot: who had it, is having, will have, makes, has never had or often has it, likes or wants it, suggesting it,
and it being the best in cold weather, both ways (mt/hotpot.py)."""
import pytest

from mt.hotpot import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Today my home ate.", "Last night, we ate.", "Last weekend, my home was eating seafood.", "Tomorrow, we're
    # going to eat a shaking.", "Last night, do you have a food?"
    ("Hôm nay nhà tôi ăn lẩu.", "My family is having hotpot today."),
    ("Tối qua chúng tôi ăn lẩu.", "We had hotpot last night."),
    ("Chúng tôi ăn lẩu tối qua.", "We had hotpot last night."),
    ("Hôm qua, mẹ tôi đã ăn lẩu.", "My mother had hotpot yesterday."),
    ("Cuối tuần trước nhà tôi đi ăn lẩu hải sản.", "My family went out for seafood hotpot last weekend."),
    ("Ngày mai chúng tôi đi ăn lẩu.", "We're going out for hotpot tomorrow."),
    ("Tối nay Lan đi ăn lẩu Thái.", "Lan is going out for Thai hotpot tonight."),
    ("Hôm qua tôi không ăn lẩu.", "I didn't have hotpot yesterday."),
    ("Tối nay chúng tôi không ăn lẩu.", "We're not having hotpot tonight."),
    ("Tối qua bạn có ăn lẩu không?", "Did you have hotpot last night?"),
    ("Tối nay bố mẹ tôi có đi ăn lẩu không?", "Are my parents going out for hotpot tonight?"),
    ("Ngày mai nhà tôi sẽ ăn lẩu.", "My family will have hotpot tomorrow."),
    ("Anh ấy sẽ không đi ăn lẩu.", "He won't go out for hotpot."),
    # v8: "We're eating a shook.", "My mother was cooking crawl."
    ("Chúng tôi đang ăn lẩu.", "We're having hotpot."),
    ("Mẹ tôi đang nấu lẩu bò.", "My mother is making beef hotpot."),
    ("Tối nay mẹ tôi nấu lẩu gà.", "My mother is making chicken hotpot tonight."),
    ("Hôm qua bố tôi nấu lẩu cá.", "My father made fish hotpot yesterday."),
    ("Bác Hùng vừa nấu lẩu dê.", "Uncle Hung has just made goat hotpot."),
    ("Tôi ăn lẩu rồi.", "I've already had hotpot."),
    # v8: "I've never eaten.", "Have you ever eaten a shook?", "My house or snugging at the weekend."
    ("Tôi chưa bao giờ ăn lẩu.", "I've never had hotpot."),
    ("Bà tôi chưa từng ăn lẩu Thái.", "My grandmother has never had Thai hotpot."),
    ("Bạn đã bao giờ ăn lẩu chưa?", "Have you ever had hotpot?"),
    ("Anh ấy đã từng ăn lẩu nấm chưa?", "Has he ever had mushroom hotpot?"),
    ("Nhà tôi hay ăn lẩu vào mùa đông.", "My family often has hotpot in winter."),
    ("Mẹ tôi thường nấu lẩu vào cuối tuần.", "My mother usually makes hotpot at the weekend."),
    ("Chúng tôi thỉnh thoảng đi ăn lẩu.", "We sometimes go out for hotpot."),
    ("Bạn có hay ăn lẩu không?", "Do you often have hotpot?"),
    # v8: "Do you like shaking?", "I'm like shaking.", "He doesn't like shaking.", "Lan likes shaking fungus.", "I want
    # to eat shaking.", "Do you want to go to eat a shook?"
    ("Bạn có thích ăn lẩu không?", "Do you like hotpot?"),
    ("Bạn thích ăn lẩu không?", "Do you like hotpot?"),
    ("Tôi rất thích ăn lẩu.", "I really like hotpot."),
    ("Mẹ tôi thích ăn lẩu lắm.", "My mother really likes hotpot."),
    ("Anh ấy không thích lẩu Thái.", "He doesn't like Thai hotpot."),
    ("Lan thích lẩu nấm.", "Lan likes mushroom hotpot."),
    ("Bố mẹ tôi thích lẩu gà.", "My parents like chicken hotpot."),
    ("Chúng tôi mê lẩu hải sản.", "We love seafood hotpot."),
    ("Cô ấy ghét lẩu cá.", "She hates fish hotpot."),
    ("Tôi muốn ăn lẩu.", "I want to have hotpot."),
    ("Tối nay tôi muốn đi ăn lẩu.", "I want to go out for hotpot tonight."),
    ("Bạn có muốn đi ăn lẩu không?", "Do you want to go out for hotpot?"),
    ("Con tôi không muốn ăn lẩu.", "My child doesn't want to have hotpot."),
    # v8: "Tonight, we eat a shaking."
    ("Tối nay chúng ta ăn lẩu Thái nhé.", "Let's have Thai hotpot tonight."),
    ("Mình ăn lẩu đi!", "Let's have hotpot!"),
    ("Chúng mình đi ăn lẩu bò nhé.", "Let's go out for beef hotpot."),
    ("Chúng ta ăn lẩu hải sản nhé?", "Shall we have seafood hotpot?"),
    ("Cuối tuần này chúng ta nấu lẩu nhé.", "Let's make hotpot this weekend."),
    # v8: "The coldest food is the most.", "Most precise seasons are the most."
    ("Trời lạnh ăn lẩu là nhất.", "Hotpot is the best in cold weather."),
    ("Mùa đông ăn lẩu là nhất.", "Hotpot is the best in winter."),
    ("Trời mưa mà được ăn lẩu thì tuyệt nhất.", "Hotpot is the best when it rains."),
    ("Trời lạnh ăn lẩu bò là nhất!", "Beef hotpot is the best in cold weather!"),
    # not: no day nor tense (now, a habit or a plan?), "mình" said or asked (I or we?), "nhà mình", "anh" saying it,
    # "I" asked, a pet, two days, a habit on a day, a day behind with "sẽ" or a suggestion, "đang đi ăn" (there, or
    # on the way?), a "?" on a statement, "có" without "không", "thích lẩu nhất" (mt/favourites.py), other words
    ("Mẹ tôi nấu lẩu bò.", None), ("Chúng tôi ăn lẩu.", None), ("Tối qua mình ăn lẩu.", None),
    ("Hôm nay nhà mình ăn lẩu.", None), ("Anh ăn lẩu rồi.", None), ("Tối qua tôi có ăn lẩu không?", None),
    ("Con mèo của tôi thích ăn lẩu.", None), ("Tối qua chúng tôi ăn lẩu hôm qua.", None),
    ("Nhà tôi hay ăn lẩu tối nay.", None), ("Tối qua chúng tôi sẽ ăn lẩu.", None), ("Tối qua mình ăn lẩu nhé.", None),
    ("Chúng tôi đang đi ăn lẩu.", None), ("Tối qua chúng tôi ăn lẩu?", None), ("Tối qua bạn có ăn lẩu.", None),
    ("Tôi thích lẩu nhất.", None), ("Mình đi ăn lẩu nhé?", None), ("Bạn ăn lẩu chưa?", None),
    ("Tôi đi ăn lẩu rồi.", None), ("Hôm qua tôi thích ăn lẩu.", None), ("Nồi lẩu này to quá.", None),
    ("Tôi đã ăn lẩu.", None), ("Mẹ tôi ăn lẩu cua đồng.", None), ("Trời lạnh ăn lẩu là nhất?", None),
    ("Tôi không ăn lẩu.", None), ("We had hotpot last night.", None),
    # not: "mình" alone before "nhé", "nha" (v8: "Tonight, I'm going to eat a shaking."; "I'm going out for hotpot
    # tonight, OK?" as much as "Let's …", as mt/suggestions.py leaves it); "chiều nay" with no word of tense (said in
    # the evening, the afternoon is done: had, or having?)
    ("Tối nay mình đi ăn lẩu nhé.", None), ("Mình đi ăn lẩu nhé.", None), ("Mình ăn lẩu nha.", None),
    ("Ngày mai mình ăn lẩu nhé.", None), ("Chiều nay tôi ăn lẩu.", None), ("Chiều nay tôi đi ăn lẩu.", None),
    ("Chiều nay tôi không ăn lẩu.", None), ("Chiều nay bạn có ăn lẩu không?", None),
    ("Mình cùng ăn lẩu nhé.", "Let's have hotpot."), ("Tối nay mình ăn lẩu đi.", "Let's have hotpot tonight."),
    ("Chiều nay tôi sẽ ăn lẩu.", "I'll have hotpot this afternoon."),
    ("Chiều nay tôi muốn đi ăn lẩu.", "I want to go out for hotpot this afternoon."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hôm nay gia đình tôi đang có nồi nóng.", "Chúng tôi có khoai tây nóng tối qua." (hot potatoes), "Gia đình
    # tôi đi ra khỏi hải sản nóng cuối tuần trước.", "Bạn có chậu nóng tối qua không?"
    ("My family is having hotpot today.", "Hôm nay nhà tôi ăn lẩu."),
    ("We had hotpot last night.", "Tối qua chúng tôi ăn lẩu."),
    ("Last night, we had hotpot.", "Tối qua chúng tôi ăn lẩu."),
    ("My family went out for seafood hotpot last weekend.", "Cuối tuần trước nhà tôi đi ăn lẩu hải sản."),
    ("Lan went for hot pot yesterday.", "Hôm qua Lan đi ăn lẩu."),
    ("We're going out for hotpot tomorrow.", "Ngày mai chúng tôi đi ăn lẩu."),
    ("We didn't have hotpot yesterday.", "Hôm qua chúng tôi không ăn lẩu."),
    ("My parents aren't having hotpot tonight.", "Tối nay bố mẹ tôi không ăn lẩu."),
    ("Did you have hotpot last night?", "Tối qua bạn có ăn lẩu không?"),
    ("Is she having Thai hotpot tonight?", "Tối nay cô ấy có ăn lẩu Thái không?"),
    ("We'll have hotpot tomorrow.", "Ngày mai chúng tôi sẽ ăn lẩu."),
    ("He won't go out for hotpot this weekend.", "Cuối tuần này anh ấy sẽ không đi ăn lẩu."),
    ("We had hotpot.", "Chúng tôi đã ăn lẩu."),
    # v8: "Mẹ tôi đang làm khoai tây nóng.", "Mẹ tôi làm khoai tây gà nóng hôm qua."
    ("My mother is making beef hotpot.", "Mẹ tôi đang nấu lẩu bò."),
    ("My mother made chicken hotpot yesterday.", "Hôm qua mẹ tôi nấu lẩu gà."),
    ("My father is cooking fish hotpot tonight.", "Tối nay bố tôi nấu lẩu cá."),
    ("My mother has just made fish hotpot.", "Mẹ tôi vừa nấu lẩu cá."),
    ("I've already had hotpot.", "Tôi ăn lẩu rồi."),
    # v8: "Tôi chưa bao giờ có nồi nóng.", "Bạn có bao giờ bị nóng không?"
    ("I've never had hotpot.", "Tôi chưa bao giờ ăn lẩu."),
    ("My grandmother has never had Thai hotpot.", "Bà tôi chưa bao giờ ăn lẩu Thái."),
    ("Have you ever had hotpot?", "Bạn đã bao giờ ăn lẩu chưa?"),
    ("Has he ever eaten mushroom hotpot?", "Anh ấy đã bao giờ ăn lẩu nấm chưa?"),
    ("He often has hotpot in winter.", "Anh ấy hay ăn lẩu vào mùa đông."),
    ("I usually have hotpot at weekends.", "Tôi thường ăn lẩu vào cuối tuần."),
    ("Does your family often have hotpot?", "Nhà bạn có hay ăn lẩu không?"),
    # v8: "Bạn có muốn nồi nóng không?", "Tôi thực sự thích khoai tây nóng.", "Anh ấy không thích khoai tây nóng.",
    # "Lan thích khoai tây nóng.", "Tôi muốn có nồi nóng.", "Bạn có muốn đi ra khỏi chậu nóng không?"
    ("Do you like hotpot?", "Bạn có thích ăn lẩu không?"),
    ("I really like hotpot.", "Tôi rất thích ăn lẩu."),
    ("I like eating hot pot.", "Tôi thích ăn lẩu."),
    ("He doesn't like Thai hotpot.", "Anh ấy không thích ăn lẩu Thái."),
    ("Lan likes mushroom hotpot.", "Lan thích ăn lẩu nấm."),
    ("She loves seafood hotpot.", "Cô ấy rất thích ăn lẩu hải sản."),
    ("My son hates fish hotpot.", "Con trai tôi ghét ăn lẩu cá."),
    ("Does your mother like beef hotpot?", "Mẹ bạn có thích ăn lẩu bò không?"),
    ("I want to have hotpot.", "Tôi muốn ăn lẩu."),
    ("I want to go out for hotpot tonight.", "Tối nay tôi muốn đi ăn lẩu."),
    ("Do you want to go out for hotpot?", "Bạn có muốn đi ăn lẩu không?"),
    # v8: "Chúng ta hãy ra ngoài chậu nóng tối nay.", "Chúng ta có chậu nóng Thái tối nay."
    ("Let's go out for hotpot tonight.", "Tối nay chúng ta đi ăn lẩu nhé."),
    ("Let's have Thai hotpot tonight.", "Tối nay chúng ta ăn lẩu Thái nhé."),
    ("Let's make hotpot this weekend!", "Cuối tuần này chúng ta nấu lẩu nhé!"),
    ("Shall we go out for mushroom hotpot tomorrow?", "Ngày mai chúng ta đi ăn lẩu nấm nhé?"),
    # v8: "Hoồi là nồi tốt nhất khi trời lạnh."
    ("Hotpot is the best when it's cold.", "Trời lạnh ăn lẩu là nhất."),
    ("Hotpot is best in winter.", "Mùa đông ăn lẩu là nhất."),
    ("Nothing beats beef hotpot in cold weather.", "Trời lạnh ăn lẩu bò là nhất."),
    # not: verbs not agreeing with who, a day not of the tense, "I'll have hotpot" (ordering), "We're having hotpot"
    # (now, or for dinner?), "She has hotpot" (now, or a habit?), "love" asked, "I" asked, a pet, a hot pot as a
    # pot, "Let's" on a day behind, a "?" on a statement, the other language
    ("My parents is having hotpot tonight.", None), ("He often have hotpot.", None), ("I has never had hotpot.", None),
    ("Does you like hotpot?", None), ("She like hotpot.", None), ("We had hotpot tomorrow.", None),
    ("We're having hotpot yesterday.", None), ("I'll have hotpot.", None), ("We're having hotpot.", None),
    ("She has hotpot.", None), ("Do you love hotpot?", None), ("Did I have hotpot last night?", None),
    ("My dog likes hotpot.", None), ("Put the hot pot on the table.", None), ("Let's have hotpot yesterday.", None),
    ("We had hotpot last night?", None), ("Shall we have hotpot tonight.", None), ("Tối qua chúng tôi ăn lẩu.", None),
    ("We went out for hotpot tonight.", None), ("I really love hotpot.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
