"""Work in the garden and the yard: mowing the lawn, weeding, sweeping or raking the leaves, pruning the trees,
trimming the hedge, digging a hole to plant a tree, and the grass too long, both ways (mt/yard_work.py)."""
import pytest

from mt.yard_work import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My father was cutting grant.", "Yesterday, he cut laws.", "My father cut the law every week.", "Have you
    # cut laws?", "Are you cut laws?"
    ("Bố tôi đang cắt cỏ.", "My father is mowing the lawn."),
    ("Tôi đang cắt cỏ.", "I'm mowing the lawn."),
    ("Hôm qua anh ấy cắt cỏ.", "He mowed the lawn yesterday."),
    ("Bố tôi cắt cỏ mỗi tuần.", "My father mows the lawn every week."),
    ("Bạn đã cắt cỏ chưa?", "Have you mowed the lawn yet?"),
    ("Bạn có phải cắt cỏ không?", "Do you have to mow the lawn?"),
    ("Tôi cắt cỏ rồi.", "I've already mowed the lawn."),
    ("Mẹ tôi đã cắt cỏ rồi.", "My mother has already mowed the lawn."),
    ("Chồng tôi chưa cắt cỏ.", "My husband hasn't mowed the lawn yet."),
    ("Ngày mai Lan sẽ cắt cỏ.", "Lan will mow the lawn tomorrow."),
    ("Ngày mai chúng tôi cắt cỏ.", "We're mowing the lawn tomorrow."),
    ("Hôm qua bạn có cắt cỏ không?", "Did you mow the lawn yesterday?"),
    ("Hôm qua tôi không cắt cỏ.", "I didn't mow the lawn yesterday."),
    ("Anh đang cắt cỏ à?", "Are you mowing the lawn?"),
    ("Bố bạn có đang cắt cỏ không?", "Is your father mowing the lawn?"),
    ("Anh ấy sẽ không cắt cỏ.", "He won't mow the lawn."),
    ("Bạn có cắt cỏ mỗi tuần không?", "Do you mow the lawn every week?"),
    ("Bạn có phải cắt cỏ mỗi tuần không?", "Do you have to mow the lawn every week?"),
    ("Tôi có phải cắt cỏ mỗi tuần không?", "Do I have to mow the lawn every week?"),
    ("Bạn có phải cắt cỏ mỗi ngày không?", "Do you have to mow the lawn every day?"),
    # v8: "I had to grab my graduate in the garden.", "Lan will graduate graduation tomorrow."
    ("Tôi phải nhổ cỏ trong vườn.", "I have to weed the garden."),
    ("Mẹ tôi đang nhổ cỏ.", "My mother is pulling the weeds."),
    ("Lan sẽ nhổ cỏ vào ngày mai.", "Lan will pull the weeds tomorrow."),
    ("Bà tôi đang làm cỏ ngoài vườn.", "My grandmother is weeding the garden."),
    ("Chúng tôi không phải nhổ cỏ.", "We don't have to pull the weeds."),
    ("Chị ấy vừa nhổ cỏ ngoài sân.", "She's just pulled the weeds in the yard."),
    # v8: "This afternoon, I'll sweep the leaves of the yard.", "My mother was getting a leaf.", "I scand the yard."
    ("Chiều nay tôi sẽ quét lá ngoài sân.", "I'll sweep the leaves in the yard this afternoon."),
    ("Mẹ tôi đang cào lá.", "My mother is raking the leaves."),
    ("Tôi vừa quét sân.", "I've just swept the yard."),
    ("Con trai tôi quét lá mỗi sáng.", "My son sweeps the leaves every morning."),
    ("Cuối tuần này họ sẽ cào lá trong vườn.", "They'll rake the leaves in the garden this weekend."),
    ("Sáng nay tôi đã quét sân.", "I swept the yard this morning."),
    ("Tôi phải quét sân!", "I have to sweep the yard!"),
    # v8: "My grandfather was billioning the tree.", "This weekend, I'll have to billions of barriers."
    ("Ông tôi đang tỉa cây.", "My grandfather is pruning the trees."),
    ("Cuối tuần này tôi phải tỉa hàng rào.", "I have to trim the hedge this weekend."),
    ("Bố tôi đang cắt tỉa hàng rào.", "My father is trimming the hedge."),
    ("Chú Hùng tỉa cây rồi.", "Uncle Hung has already pruned the trees."),
    # v8: "We are cherrying planting trees."
    ("Chúng tôi đang đào hố trồng cây.", "We're digging a hole to plant a tree."),
    ("Anh trai tôi đang đào một cái hố để trồng cây.", "My brother is digging a hole to plant a tree."),
    # v8: "Can you cut laws for me?"
    ("Bạn cắt cỏ giúp tôi được không?", "Can you mow the lawn for me?"),
    ("Em có thể quét sân giúp anh không?", "Can you sweep the yard for me?"),
    ("Bạn giúp tôi cào lá được không?", "Can you help me rake the leaves?"),
    # v8: "The fire is too high."
    ("Cỏ cao quá rồi.", "The grass is too long."),
    ("Cỏ ngoài sân mọc cao quá rồi!", "The grass in the yard is too long!"),
    # not: a plain verb (a habit, or done?), "sáng nay" or "chiều nay" alone (ahead, or done?), grass for the cattle,
    # "cắt cỏ" with a place, sweeping the house (mt/chores.py), watering and planting (mt/plants.py, mt/chores.py), a
    # pet digging, "anh" alone saying it, a "?" on a statement, "có" with no "không", asked of oneself, a request with
    # neither "được" nor "có thể", one asking oneself, a day behind with "sẽ", English
    ("Tôi cắt cỏ rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi cắt cỏ.", None), ("Chiều nay tôi cắt cỏ.", None), ("Bố tôi cắt cỏ cho bò.", None),
    ("Tôi đang cắt cỏ ngoài vườn.", None), ("Tôi đang quét nhà.", None), ("Mẹ tôi đang tưới cây.", None),
    ("Tôi đang trồng cây.", None), ("Con chó của tôi đang đào hố.", None),
    ("Con chó của tôi đang đào hố trồng cây.", None),
    ("Anh đang cắt cỏ.", None), ("Bố tôi đang cắt cỏ?", None), ("Tôi có cắt cỏ.", None), ("Tôi cắt cỏ chưa?", None),
    ("Bạn cắt cỏ giúp tôi không?", None), ("Anh cắt cỏ giúp anh được không?", None), ("Hôm qua tôi sẽ cắt cỏ.", None),
    ("Bạn có cắt cỏ không?", None), ("Tôi đang cắt cỏ vào ngày mai.", None), ("My father is mowing the lawn.", None),
    ("Cỏ cao quá.", None), ("Tôi không cắt cỏ.", None), ("Bạn đang cắt cỏ không?", None),
    ("Tôi đang tỉa cây cảnh.", None), ("Cây cỏ xanh tươi.", None), ("Tôi thích làm vườn.", None),
    # not: a habit asked as now ("có đang … mỗi tuần không?", "đang … mỗi ngày à?")
    ("Bạn có đang cắt cỏ mỗi tuần không?", None), ("Mẹ bạn có đang nhổ cỏ mỗi sáng không?", None),
    ("Bạn đang cắt cỏ mỗi ngày à?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cha tôi đang hối hả luật." (hurrying the law), "Anh ta đã nộp đơn luật hôm qua." (filed a law), "Bố của
    # bạn đã nộp đơn luật mỗi tuần?", "Bạn đã nộp đơn luật này chưa?"
    ("My father is mowing the lawn.", "Bố tôi đang cắt cỏ."),
    ("My dad is mowing the lawn.", "Bố tôi đang cắt cỏ."),
    ("He mowed the lawn yesterday.", "Hôm qua anh ấy cắt cỏ."),
    ("I cut the grass yesterday.", "Hôm qua tôi cắt cỏ."),
    ("Does your father mow the lawn every week?", "Bố bạn có cắt cỏ mỗi tuần không?"),
    ("She mows the lawn every weekend.", "Cô ấy cắt cỏ mỗi cuối tuần."),
    ("Have you mowed the lawn yet?", "Bạn đã cắt cỏ chưa?"),
    ("He's mowed the lawn.", "Anh ấy đã cắt cỏ rồi."),
    ("I haven't mowed the lawn yet.", "Tôi chưa cắt cỏ."),
    ("Is your brother mowing the lawn?", "Anh trai bạn có đang cắt cỏ không?"),
    ("I'm going to mow the lawn tomorrow.", "Ngày mai tôi sẽ cắt cỏ."),
    ("Lan won't mow the lawn.", "Lan sẽ không cắt cỏ."),
    ("Did you mow the lawn yesterday?", "Hôm qua bạn có cắt cỏ không?"),
    ("We didn't mow the lawn last weekend.", "Cuối tuần trước chúng tôi không cắt cỏ."),
    ("Do I have to mow the lawn?", "Tôi có phải cắt cỏ không?"),
    ("Does she have to mow the lawn every week?", "Cô ấy có phải cắt cỏ mỗi tuần không?"),
    ("Do you have to mow the lawn every week?", "Bạn có phải cắt cỏ mỗi tuần không?"),
    ("Do you have to weed the garden every day?", "Bạn có phải nhổ cỏ trong vườn mỗi ngày không?"),
    ("Do we have to rake the leaves every weekend?", "Chúng tôi có phải cào lá mỗi cuối tuần không?"),
    # "didn't" on a day of today: "đã" keeps the past (a bare "không" reads as a plan)
    ("I didn't mow the lawn this afternoon.", "Chiều nay tôi đã không cắt cỏ."),
    ("I didn't rake the leaves this morning.", "Sáng nay tôi đã không cào lá."),
    ("She didn't sweep the yard this weekend.", "Cuối tuần này cô ấy đã không quét sân."),
    ("I didn't mow the lawn today.", "Hôm nay tôi đã không cắt cỏ."),
    # v8: "Tôi phải làm vườn." (garden in general), "Mẹ tôi đang kéo những con chúng tôi."
    ("I have to weed the garden.", "Tôi phải nhổ cỏ trong vườn."),
    ("My mother is pulling the weeds.", "Mẹ tôi đang nhổ cỏ."),
    ("She doesn't have to weed the garden.", "Cô ấy không phải nhổ cỏ trong vườn."),
    ("My grandmother is weeding the garden this afternoon.", "Chiều nay bà tôi sẽ nhổ cỏ trong vườn."),
    # v8: "Tôi sẽ quét các lá trong sân Y chiều nay.", "Tôi sẽ trượt lá chiều nay.", "Tôi đã thề sân." (swore)
    ("I'll sweep the leaves in the yard this afternoon.", "Chiều nay tôi sẽ quét lá ngoài sân."),
    ("I'll rake the leaves this afternoon.", "Chiều nay tôi sẽ cào lá."),
    ("I've already swept the yard.", "Tôi đã quét sân rồi."),
    ("My son has just raked the leaves.", "Con trai tôi vừa cào lá."),
    ("They are raking the leaves in the garden.", "Họ đang cào lá trong vườn."),
    # v8: "Ông tôi đang say xỉn cây." (drunk), "Cô ấy phải trim chúc mừng cuối tuần này."
    ("My grandfather is pruning the trees.", "Ông tôi đang tỉa cây."),
    ("She has to trim the hedge this weekend.", "Cuối tuần này cô ấy phải tỉa hàng rào."),
    ("We trimmed the hedge yesterday.", "Hôm qua chúng tôi tỉa hàng rào."),
    # v8: "Chúng tôi đang lặn một lỗ để trồng một cây." (diving a hole)
    ("We're digging a hole to plant a tree.", "Chúng tôi đang đào hố để trồng cây."),
    # v8: "Bạn có thể kêu gọi luật cho tôi không?", "Bạn có thể giúp tôi đánh lá không?"
    ("Can you mow the lawn for me?", "Bạn cắt cỏ giúp tôi được không?"),
    ("Could you sweep the yard for me, please?", "Bạn quét sân giúp tôi được không?"),
    ("Can you help me rake the leaves?", "Bạn giúp tôi cào lá được không?"),
    # v8: "C gras quá dài."
    ("The grass is too long.", "Cỏ cao quá rồi."),
    ("The grass in the yard is getting too long!", "Cỏ ngoài sân cao quá rồi!"),
    # not: the verb not agreeing ("She mow", "He have to", "We mows", "I has"), a plain verb (a habit, or done?), a
    # pet digging, a day behind with "will", "yet" said, "Will you …?" (a favour?), asked of oneself, "not" with
    # "-ing", a place after the lawn, both "help me" and "for me", watering (mt/chores.py), Vietnamese
    ("She mow the lawn every week.", None), ("He have to mow the lawn.", None), ("We mows the lawn every week.", None),
    ("I has mowed the lawn.", None), ("I mow the lawn.", None), ("I cut the grass.", None),
    ("My dog is digging a hole to plant a tree.", None), ("I will mow the lawn yesterday.", None),
    ("I have mowed the lawn yet.", None), ("Will you mow the lawn?", None), ("Am I mowing the lawn?", None),
    ("Will your father trim the hedges tomorrow?", None), ("Does she has to mow the lawn?", None),
    ("She isn't mowing the lawn.", None), ("I'm mowing the lawn in the yard.", None),
    ("Can you help me mow the lawn for me?", None), ("Lan is watering the plants.", None),
    ("Bố tôi đang cắt cỏ.", None), ("My father is mowing the lawn?", None), ("Is she mow the lawn?", None),
    ("The grass is green.", None), ("I smoke weed.", None), ("The leaves are falling.", None),
    # not: "yet" asked with "-ing" or "have to" (started yet?)
    ("Are you mowing the lawn yet?", None), ("Is she mowing the lawn yet?", None),
    ("Are they raking the leaves yet?", None), ("Is your father weeding the garden yet?", None),
    ("Do I have to mow the lawn yet?", None), ("Does he have to prune the trees yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
