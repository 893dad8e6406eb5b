"""Digestion: feeling bloated, indigestion, heartburn, acid reflux, a stomach ache from a cause, and food poisoning,
both ways (mt/digestion.py)."""
import pytest

from mt.digestion import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm a full stomach after eating.", "Eat I was quite gas.", "Last night, I got a full stomach."
    ("Tôi bị đầy bụng sau khi ăn.", "I feel bloated after eating."),
    ("Ăn xong tôi bị đầy hơi.", "I feel bloated after eating."),
    ("Tôi thấy đầy bụng.", "I feel bloated."),
    ("Mẹ tôi bị chướng bụng.", "My mother feels bloated."),
    ("Bác Lan bị đầy hơi sau bữa trưa.", "Aunt Lan feels bloated after lunch."),
    ("Mẹ bạn có hay bị đầy bụng không?", "Does your mother often feel bloated?"),
    ("Tôi không hay bị đầy bụng.", "I don't often feel bloated."),
    ("Tối qua tôi bị đầy bụng.", "I felt bloated last night."),
    ("Hôm qua bạn có bị đầy bụng không?", "Did you feel bloated yesterday?"),
    ("Ăn xong bạn có bị đầy bụng không?", "Do you feel bloated after eating?"),
    ("Bạn có bị khó tiêu không nhỉ?", "Do you have indigestion?"),
    # v8: "I'm hard to spend.", "My mother was hard after drinking coffee.", "Did you have trouble spending?"
    ("Tôi bị khó tiêu.", "I have indigestion."),
    ("Tôi bị khó tiêu ạ.", "I have indigestion."),
    ("Mẹ tôi bị khó tiêu sau khi uống cà phê.", "My mother has indigestion after drinking coffee."),
    ("Bạn có bị khó tiêu không?", "Do you have indigestion?"),
    ("Chúng tôi bị khó tiêu vì ăn quá no.", "We have indigestion from eating too much."),
    ("Cô ấy hay bị khó tiêu.", "She often gets indigestion."),
    ("Tôi không bao giờ bị khó tiêu.", "I never get indigestion."),
    ("Tối qua tôi bị khó tiêu.", "I had indigestion last night."),
    ("Tôi đã bị khó tiêu.", "I had indigestion."),
    # v8: "I'm usually heartburn.", "Do you have a heartburn?", "I'm usually heartburn after dinner.", "I have GERD."
    ("Tôi hay bị ợ chua.", "I often get heartburn."),
    ("Bạn có hay bị ợ chua không?", "Do you often get heartburn?"),
    ("Bố tôi thường bị ợ nóng sau bữa tối.", "My father often gets heartburn after dinner."),
    ("Minh bị ợ nóng sau khi uống cà phê.", "Minh has heartburn after drinking coffee."),
    ("Tôi hiếm khi bị ợ chua.", "I rarely get heartburn."),
    ("Ăn xong tôi bị ợ chua.", "I have heartburn after eating."),
    ("Tôi bị trào ngược dạ dày.", "I have acid reflux."),
    ("Bạn có bị trào ngược dạ dày không?", "Do you have acid reflux?"),
    ("Bố tôi không bị trào ngược dạ dày.", "My father doesn't have acid reflux."),
    ("Anh ấy thỉnh thoảng bị trào ngược dạ dày.", "He sometimes gets acid reflux."),
    # v8: "He has a stomachache for leaving breakfast.", "I have a stomachache by eating cay."
    ("Anh ấy bị đau dạ dày vì bỏ bữa sáng.", "He has a stomach ache from skipping breakfast."),
    ("Tôi bị đau bụng vì ăn cay.", "I have a stomach ache from eating spicy food."),
    ("Con tôi bị đau bụng vì ăn quá nhiều.", "My child has a stomach ache from eating too much."),
    ("Chị ấy hay bị đau bao tử do bỏ bữa.", "She often gets a stomach ache from skipping meals."),
    # v8: "My whole home was food poisoning after dinner.", "He was poisoned for eating seafood.", "Lan doesn't get
    # food poisoning.", "We have food poisoning because food must eat food.", "Yesterday, all my home was food
    # poisoning."
    ("Cả nhà tôi bị ngộ độc thực phẩm sau bữa tối.", "My whole family got food poisoning after dinner."),
    ("Cả nhà tôi bị ngộ độc sau bữa tối.", "My whole family got food poisoning after dinner."),
    ("Anh ấy bị ngộ độc vì ăn hải sản.", "He got food poisoning from eating seafood."),
    ("Lan không bị ngộ độc thực phẩm.", "Lan didn't get food poisoning."),
    ("Chúng tôi bị ngộ độc thực phẩm vì ăn phải đồ ăn ôi thiu.", "We got food poisoning from eating spoiled food."),
    ("Hôm qua cả nhà tôi bị ngộ độc thực phẩm.", "My whole family got food poisoning yesterday."),
    ("Cả gia đình tôi đều bị ngộ độc thực phẩm sau bữa tối.", "My whole family got food poisoning after dinner."),
    ("Chúng tôi đều bị ngộ độc vì ăn hàu.", "We all got food poisoning from eating oysters."),
    ("Bạn có bị ngộ độc thực phẩm không?", "Did you get food poisoning?"),
    ("Tuần trước bố tôi bị ngộ độc do ăn cua.", "My father got food poisoning from eating crab last week."),
    ("Cả nhà bị ngộ độc thực phẩm.", "The whole family got food poisoning."),
    ("Họ đã bị ngộ độc thực phẩm sau khi ăn tôm.", "They got food poisoning after eating shrimp."),
    # not: a plain stomach ache (mt/ailments.py's), "?" on a statement, "anh" saying it (the speaker?), asked of
    # oneself, a pet, a day today or ahead, two troubles joined, food poisoning as a habit, "ngộ độc" with no food
    # (alcohol poisoning, any poisoning), "cả nhà" asked (everyone there), "khó tiêu" of a dish, "thấy ợ chua",
    # "không?" with no "có", "có" with no "không?", "thỉnh thoảng" asked, a habit on a day, "đều" of one, a cause
    # twice, a day twice, "nhé"
    ("Tôi bị đau bụng.", None), ("Tôi bị khó tiêu?", None), ("Anh bị khó tiêu.", None),
    ("Tôi có bị khó tiêu không?", None), ("Con chó của tôi bị đầy bụng.", None), ("Sáng nay tôi bị ợ chua.", None),
    ("Ngày mai tôi bị khó tiêu.", None), ("Tôi bị đầy bụng, khó tiêu.", None), ("Tôi hay bị ngộ độc thực phẩm.", None),
    ("Tôi bị ngộ độc rượu.", None), ("Tôi bị ngộ độc.", None), ("Tôi bị ngộ độc sau khi ăn.", None),
    ("Anh ấy bị ngộ độc vì bỏ bữa sáng.", None), ("Anh ấy bị ngộ độc vì uống cà phê.", None),
    ("Cả nhà có bị ngộ độc thực phẩm không?", None), ("Món này khó tiêu.", None), ("Tôi thấy ợ chua.", None),
    ("Bạn bị khó tiêu không?", None), ("Tôi có bị đầy bụng.", None), ("Bạn có thỉnh thoảng bị ợ chua không?", None),
    ("Tôi hay bị đầy bụng hôm qua.", None), ("Tôi đều bị khó tiêu.", None),
    ("Ăn xong tôi bị đầy bụng sau bữa tối.", None), ("Tối qua tôi bị khó tiêu hôm qua.", None),
    ("Tôi bị khó tiêu nhé.", None), ("I have indigestion.", None), ("Bụng bụng khó tiêu ợ.", None),
    # not: all denied ("đều không", "cả nhà … không": none of them; English "We all didn't", "My whole family
    # didn't" may read as not all), "nhỉ" on a statement (isn't it?)
    ("Chúng tôi đều không bị ngộ độc thực phẩm.", None), ("Chúng tôi đều không bị khó tiêu.", None),
    ("Hôm qua họ đều không bị khó tiêu.", None), ("Cả nhà tôi không bị ngộ độc thực phẩm.", None),
    ("Cả nhà không bị ngộ độc thực phẩm.", None), ("Cả nhà tôi không hay bị khó tiêu.", None),
    ("Tôi bị khó tiêu nhỉ.", None), ("Bạn bị khó tiêu nhỉ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cảm thấy bị bẹo sau khi ăn.", "Tôi bị bẹo sau khi ăn.", "Tôi cảm thấy bực dọc." (annoyed), "Cha tôi
    # thường cảm thấy bực dọc sau bữa tối."
    ("I feel bloated after eating.", "Tôi bị đầy bụng sau khi ăn."),
    ("I get bloated after I eat.", "Tôi bị đầy bụng sau khi ăn."),
    ("I feel bloated.", "Tôi bị đầy bụng."),
    ("I'm bloated.", "Tôi bị đầy bụng."),
    ("My mother is bloated.", "Mẹ tôi bị đầy bụng."),
    ("She feels bloated after dinner.", "Cô ấy bị đầy bụng sau bữa tối."),
    ("Do you feel bloated?", "Bạn có bị đầy bụng không?"),
    ("I don't feel bloated.", "Tôi không bị đầy bụng."),
    ("My father often feels bloated after dinner.", "Bố tôi hay bị đầy bụng sau bữa tối."),
    ("I felt bloated yesterday.", "Hôm qua tôi bị đầy bụng."),
    ("Did you feel bloated last night?", "Tối qua bạn có bị đầy bụng không?"),
    ("We were bloated last night.", "Tối qua chúng tôi bị đầy bụng."),
    # v8: "Tôi bị tham gia." (join), "Bé có bị nhiễm trùng không?", "Tôi có sự phân biệt tối qua."
    ("I have indigestion.", "Tôi bị khó tiêu."),
    ("I've got indigestion.", "Tôi bị khó tiêu."),
    ("Does she have indigestion?", "Cô ấy có bị khó tiêu không?"),
    ("Lan sometimes gets indigestion.", "Lan thỉnh thoảng bị khó tiêu."),
    ("I don't often get indigestion.", "Tôi không hay bị khó tiêu."),
    ("I had indigestion last night.", "Tối qua tôi bị khó tiêu."),
    ("She didn't have indigestion yesterday.", "Hôm qua cô ấy không bị khó tiêu."),
    ("We all have indigestion.", "Chúng tôi đều bị khó tiêu."),
    # v8 right or near ("Tôi thường bị ợ nóng.", "Bạn có thường bị ợ nóng không?", "Tôi bị trào ngược a-xít.")
    ("I often get heartburn.", "Tôi hay bị ợ nóng."),
    ("Do you often get heartburn?", "Bạn có hay bị ợ nóng không?"),
    ("My father has heartburn.", "Bố tôi bị ợ nóng."),
    ("She's got heartburn.", "Cô ấy bị ợ nóng."),
    ("He never gets heartburn.", "Anh ấy không bao giờ bị ợ nóng."),
    ("My mother gets heartburn after drinking coffee.", "Mẹ tôi bị ợ nóng sau khi uống cà phê."),
    ("My grandmother often gets heartburn after eating spicy food.", "Bà tôi hay bị ợ nóng sau khi ăn cay."),
    ("I had heartburn last night.", "Tối qua tôi bị ợ nóng."),
    ("I have acid reflux.", "Tôi bị trào ngược dạ dày."),
    ("Does your father have acid reflux?", "Bố bạn có bị trào ngược dạ dày không?"),
    ("My mother has reflux.", "Mẹ tôi bị trào ngược dạ dày."),
    # v8: "Anh ấy bị đau bụng vì bỏ qua bữa sáng.", "Tôi bị đau bụng do ăn thức ăn cay."
    ("He has a stomach ache from skipping breakfast.", "Anh ấy bị đau bụng vì bỏ bữa sáng."),
    ("My son has a stomachache from eating too much.", "Con trai tôi bị đau bụng vì ăn quá no."),
    ("I have a tummy ache from drinking milk.", "Tôi bị đau bụng vì uống sữa."),
    ("I get a stomach ache from eating spicy food.", "Tôi bị đau bụng vì ăn cay."),
    # v8: "Anh ta bị ngộ độc thực phẩm từ ăn hải sản.", "Tất cả chúng ta đều bị ngộ độc thực phẩm từ hải sản."; right:
    # "Tôi bị ngộ độc thực phẩm.", "Cả gia đình tôi đều bị ngộ độc thực phẩm sau bữa tối."
    ("My whole family got food poisoning after dinner.", "Cả nhà tôi bị ngộ độc thực phẩm sau bữa tối."),
    ("He got food poisoning from eating seafood.", "Anh ấy bị ngộ độc thực phẩm vì ăn hải sản."),
    ("I got food poisoning.", "Tôi bị ngộ độc thực phẩm."),
    ("We all got food poisoning from the seafood.", "Chúng tôi đều bị ngộ độc thực phẩm vì ăn hải sản."),
    ("Lan didn't get food poisoning.", "Lan không bị ngộ độc thực phẩm."),
    ("The whole family got food poisoning.", "Cả nhà bị ngộ độc thực phẩm."),
    ("Our whole family got food poisoning from eating street food.",
     "Cả nhà chúng tôi bị ngộ độc thực phẩm vì ăn đồ ăn đường phố."),
    ("Did you get food poisoning?", "Bạn có bị ngộ độc thực phẩm không?"),
    ("She has food poisoning.", "Cô ấy bị ngộ độc thực phẩm."),
    ("They got food poisoning after eating oysters last week.", "Tuần trước họ bị ngộ độc thực phẩm sau khi ăn hàu."),
    # not: a plain stomach ache (mt/ailments.py's), "get" with no cause nor how often (when?), a past with no day
    # (read as now in Vietnamese), a day with the present, food poisoning as a habit or from what is not eaten, the
    # verb not agreeing, asked of oneself, a pet, other meanings of "bloated", two auxiliaries, "have bloated", "feel
    # indigestion", "often" in the past, "the whole family" asked (everyone there?), "?" on a statement, who eats
    # not who, "sometimes" asked, "all" of one, the other way's language
    ("He has a stomach ache.", None), ("I get heartburn.", None), ("Do you get heartburn?", None),
    ("I had indigestion after dinner.", None), ("I have indigestion yesterday.", None), ("I get food poisoning.", None),
    ("I have food poisoning from skipping breakfast.", None), ("She have heartburn.", None),
    ("He feel bloated.", None), ("I is bloated.", None), ("Do she have indigestion?", None),
    ("Do I have indigestion?", None), ("My dog is bloated.", None), ("The budget is bloated.", None),
    ("I feel bloated with pride.", None), ("Do you don't have heartburn?", None), ("I have bloated.", None),
    ("I feel indigestion.", None), ("I often got heartburn.", None), ("Did the whole family get food poisoning?", None),
    ("I have heartburn?", None), ("I get bloated after she eats.", None), ("He gets bloated after he eat.", None),
    ("I'm often bloated.", None), ("Does she often get food poisoning?", None), ("I all got food poisoning.", None),
    ("Do you sometimes get heartburn?", None), ("I'm indigestion.", None), ("She is heartburn.", None),
    ("Tôi bị khó tiêu.", None),
    # not: all denied ("We all didn't …": none of us, or not all?)
    ("We all didn't get food poisoning.", None), ("They all didn't feel bloated last night.", None),
    ("My whole family didn't get food poisoning.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
