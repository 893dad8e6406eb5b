"""Being broke or short of money: now, on a day, at the end of the month, and waiting until payday, both ways
(mt/broke.py)."""
import pytest

from mt.broke import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I fired my bag.", "I'm fireing my bag.", "I'm all money cleaning.", "We're inflammation of the bag.",
    # "Land the bag shut.", "This month, I fired the bag."
    ("Tôi cháy túi rồi.", "I'm broke."),
    ("Tôi đang cháy túi.", "I'm broke."),
    ("Tôi cháy túi rồi!", "I'm broke!"),
    ("Tôi hết sạch tiền rồi.", "I'm completely broke."),
    ("Chúng tôi đang viêm màng túi.", "We're broke."),
    ("Họ đang cháy túi.", "They're broke."),
    ("Lan lại cháy túi rồi.", "Lan is broke again."),
    ("Tháng này tôi cháy túi rồi.", "I'm broke this month."),
    ("Tôi không cháy túi.", "I'm not broke."),
    # v8: "Do you fire the bag and then?"
    ("Bạn cháy túi rồi à?", "Are you broke?"),
    ("Bạn lại cháy túi rồi à?", "Are you broke again?"),
    ("Bạn hết sạch tiền rồi à?", "Are you completely broke?"),
    # v8: "This rice is trapped money.", "I a little trapped money.", "He's putting money.", "My mother is lacking
    # money.", "Are you trapped money?", "I don't trapped money.", "I'm still trapped money."
    ("Dạo này tôi đang kẹt tiền.", "I'm short of money these days."),
    ("Tôi hơi kẹt tiền.", "I'm a bit short of money."),
    ("Anh ấy đang túng tiền.", "He's short of money."),
    ("Mẹ tôi đang thiếu tiền.", "My mother is short of money."),
    ("Bác Lan đang kẹt tiền.", "Aunt Lan is short of money."),
    ("Chúng tôi hơi túng tiền.", "We're a bit short of money."),
    ("Tuần này chúng tôi hơi kẹt tiền.", "We're a bit short of money this week."),
    ("Hiện giờ tôi đang túng tiền.", "I'm short of money at the moment."),
    ("Tôi kẹt tiền ạ.", "I'm short of money."),
    ("Tôi không kẹt tiền.", "I'm not short of money."),
    ("Tôi vẫn đang kẹt tiền.", "I'm still short of money."),
    ("Bạn có đang kẹt tiền không?", "Are you short of money?"),
    ("Bạn có còn kẹt tiền không?", "Are you still short of money?"),
    ("Bạn vẫn kẹt tiền à?", "Are you still short of money?"),
    ("Anh có đang kẹt tiền không?", "Are you short of money?"),
    # v8: "Last month, I was trapped money.", "I trapped money until the salary day."
    ("Tháng trước tôi bị kẹt tiền.", "I was short of money last month."),
    ("Tháng trước bạn có bị kẹt tiền không?", "Were you short of money last month?"),
    ("Tôi kẹt tiền cho đến ngày lĩnh lương.", "I'm short of money until payday."),
    # v8: "I'm always all the money.", "At the end of the month I fired my bag.", "End of month my brother or trapped
    # money.", "Do you have or all the money?"
    ("Cuối tháng tôi lúc nào cũng hết tiền.", "I'm always broke at the end of the month."),
    ("Cuối tháng nào tôi cũng cháy túi.", "I'm always broke at the end of the month."),
    ("Cuối tháng nào anh ấy cũng hết tiền.", "He's always broke at the end of the month."),
    ("Tôi luôn hết tiền vào cuối tháng.", "I'm always broke at the end of the month."),
    ("Cuối tháng anh trai tôi hay bị kẹt tiền.", "My brother is often short of money at the end of the month."),
    ("Cuối tháng, mẹ tôi thường hết tiền.", "My mother is usually broke at the end of the month."),
    ("Cuối tháng bạn có hay hết tiền không?", "Are you often broke at the end of the month?"),
    # v8: "I had to wait for the salary day.", "Are you waiting for the school day?"
    ("Tôi phải đợi đến ngày lĩnh lương.", "I have to wait until payday."),
    ("Bố tôi phải chờ tới ngày nhận lương.", "My father has to wait until payday."),
    ("Tôi không phải đợi đến ngày lĩnh lương.", "I don't have to wait until payday."),
    ("Bạn có phải đợi đến ngày lĩnh lương không?", "Do you have to wait until payday?"),
    # not: broke said bare (went broke, or is?), "hết sạch tiền" without "rồi", the end of the month with no word of
    # habit (this month, or every month?), "Tôi hết tiền rồi." (mt/mishaps.py), money spent (mt/savings.py), phone
    # credit (mt/phone_credit.py), "kẹt" stuck in traffic, asked of oneself, "có" or "không" alone, a "?" on a
    # statement, "anh" alone saying it, a pet, "nhỉ", a day not read, short of money for something, "còn" said (still,
    # or also?), "đã" (went broke?), "always" asked
    ("Tôi cháy túi.", None), ("Tôi bị cháy túi.", None), ("Tôi hết sạch tiền.", None),
    ("Cuối tháng tôi hết sạch tiền.", None), ("Cuối tháng tôi hết tiền.", None), ("Tôi hết tiền rồi.", None),
    ("Tôi tiêu hết tiền rồi.", None), ("Tôi hết tiền điện thoại rồi.", None), ("Tôi bị kẹt xe.", None),
    ("Tôi có kẹt tiền không?", None), ("Bạn kẹt tiền không?", None), ("Bạn có kẹt tiền.", None),
    ("Tôi đang kẹt tiền?", None), ("Anh kẹt tiền rồi.", None), ("Con chó của tôi cháy túi rồi.", None),
    ("Tôi kẹt tiền nhỉ.", None), ("Hôm qua tôi kẹt tiền.", None), ("Tháng trước tôi đang kẹt tiền.", None),
    ("Tôi thiếu tiền mua nhà.", None), ("Tôi còn kẹt tiền.", None), ("Tôi đã cháy túi rồi.", None),
    ("Cuối tháng bạn có lúc nào cũng hết tiền không?", None), ("Bạn có hay kẹt tiền không?", None),
    ("Tôi hơi cháy túi.", None), ("Tôi hết sạch tiền rồi à?", None), ("Tôi cháy túi rồi không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã chia tay." (broke up), "Tôi hoàn toàn phá vỡ.", "Tôi phẳng bẹt.", "Bạn có bị chia tay không?", "Tôi
    # không da.", "Em tôi lại bị phá vỡ.", "Tôi đã bị chia tay vào tháng trước.", "Anh ấy vẫn còn phá vỡ không?", "Tôi
    # không phá vỡ."
    ("I'm broke.", "Tôi cháy túi rồi."),
    ("I'm completely broke.", "Tôi hết sạch tiền rồi."),
    ("I'm flat broke.", "Tôi hết sạch tiền rồi."),
    ("Are you broke?", "Bạn có đang cháy túi không?"),
    ("I'm skint.", "Tôi cháy túi rồi."),
    ("We're skint.", "Chúng tôi cháy túi rồi."),
    ("My brother is broke again.", "Anh trai tôi lại cháy túi rồi."),
    ("My sister's broke!", "Em gái tôi cháy túi rồi!"),
    ("I was broke last month.", "Tháng trước tôi bị cháy túi."),
    ("Were you broke last week?", "Tuần trước bạn có bị cháy túi không?"),
    ("Is he still broke?", "Anh ấy có còn cháy túi không?"),
    ("I'm not broke.", "Tôi không cháy túi."),
    ("She isn't broke.", "Cô ấy không cháy túi."),
    ("I'm a bit broke.", "Tôi hơi kẹt tiền."),
    ("I'm broke until payday.", "Tôi cháy túi cho đến ngày lĩnh lương."),
    # v8: "Tôi thiếu tiền này.", "Tôi thiếu chút tiền.", "Tôi không ngắn tiền.", "Chúng tôi đã vỗ tiền.", "Cô ấy rất
    # khó.", "Lan rất chặt chẽ về tiền cho đến ngày trả.", "Anh ta thiếu tiền vào tháng này."
    ("I'm short of money these days.", "Dạo này tôi đang kẹt tiền."),
    ("I'm a bit short of money.", "Tôi hơi kẹt tiền."),
    ("Are you short of money?", "Bạn có đang kẹt tiền không?"),
    ("Are you short of money these days?", "Dạo này bạn có kẹt tiền không?"),
    ("I'm not short of money.", "Tôi không kẹt tiền."),
    ("My mother isn't short of money.", "Mẹ tôi không kẹt tiền."),
    ("We're strapped for cash.", "Chúng tôi đang kẹt tiền."),
    ("She's hard up.", "Cô ấy đang kẹt tiền."),
    ("Lan is tight on money until payday.", "Lan kẹt tiền cho đến ngày lĩnh lương."),
    ("He's short of cash this month.", "Tháng này anh ấy đang kẹt tiền."),
    ("He's still short of money.", "Anh ấy vẫn kẹt tiền."),
    ("I'm really short of money.", "Tôi rất kẹt tiền."),
    ("I'm low on cash at the moment.", "Hiện giờ tôi đang kẹt tiền."),
    ("I wasn't short of money last month.", "Tháng trước tôi không bị kẹt tiền."),
    # v8: "Tôi luôn phá vỡ vào cuối tháng.", "Tôi luôn chạy khỏi số tiền vào cuối tháng.", "Bạn có thường chạy tiền vào
    # cuối tháng không?"
    ("I'm always broke at the end of the month.", "Cuối tháng tôi lúc nào cũng hết tiền."),
    ("I always run out of money at the end of the month.", "Cuối tháng tôi lúc nào cũng hết tiền."),
    ("Do you often run out of money at the end of the month?", "Cuối tháng bạn có hay hết tiền không?"),
    ("She usually runs out of money at the end of the month.", "Cuối tháng cô ấy thường hết tiền."),
    ("Is your brother often short of money at the end of the month?",
     "Cuối tháng anh trai bạn có hay kẹt tiền không?"),
    ("We're always flat broke by the end of the month.", "Cuối tháng chúng tôi lúc nào cũng hết sạch tiền."),
    ("My father never runs out of money at the end of the month.", "Cuối tháng bố tôi không bao giờ hết tiền."),
    # v8: "Tôi phải chờ đến ngày trả tiền."
    ("I have to wait until payday.", "Tôi phải đợi đến ngày lĩnh lương."),
    ("He has to wait until payday.", "Anh ấy phải đợi đến ngày lĩnh lương."),
    ("Does she have to wait until payday?", "Cô ấy có phải đợi đến ngày lĩnh lương không?"),
    ("Lan doesn't have to wait till payday.", "Lan không phải đợi đến ngày lĩnh lương."),
    # not: something broke, broke up or down (mt/accidents.py, mt/dating.py, mt/car_trouble.py), "went broke"
    # (bankrupt?), "broken", the verb not agreeing, a "?" on a statement or none on a question, "was" without a day
    # behind, asked of oneself, a pet, short of time, "completely" or "always" asked, "not still", money run out or
    # spent (mt/mishaps.py, mt/savings.py), "again" with a day or asked, the other way's language, nonsense
    ("I broke the vase.", None), ("I broke my arm.", None), ("He broke up with her.", None),
    ("My car broke down.", None), ("He went broke.", None), ("I'm broken.", None), ("She are broke.", None),
    ("I is short of money.", None), ("I'm broke?", None), ("Are you broke.", None), ("I was broke.", None),
    ("I'm broke last month.", None), ("Am I broke?", None), ("My dog is broke.", None), ("I'm short of time.", None),
    ("Are you completely broke?", None), ("Are you always broke at the end of the month?", None),
    ("He always run out of money at the end of the month.", None),
    ("Does he often runs out of money at the end of the month?", None),
    ("Do I often run out of money at the end of the month?", None), ("I have to wait until Friday.", None),
    ("She have to wait until payday.", None), ("I'm not still broke.", None), ("I've run out of money.", None),
    ("I've spent all my money.", None), ("He is broke again this month.", None), ("Are you broke again?", None),
    ("Tôi cháy túi rồi.", None), ("Broke broke broke.", None),
    # not: asked with "not" (was "Bạn có đang cháy túi không?", the "not" dropped), "not" with payday (was "Tôi không
    # cháy túi.", the payday dropped), "still" in the past said (was "Tháng trước tôi bị cháy túi.", the still dropped)
    ("Are you not broke?", None), ("Is he not short of money?", None), ("Was she not broke last week?", None),
    ("I'm not broke until payday.", None), ("I'm not short of money until payday.", None),
    ("I was still broke last month.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
