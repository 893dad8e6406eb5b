"""Skipping meals: breakfast, lunch or dinner skipped as a habit or on a day, why, told not to, nothing eaten all day,
and intermittent fasting tried or started, both ways (mt/skipped_meals.py)."""
import pytest

from mt.skipped_meals import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm left meals.", "My son never left the breakfast.", "Do you give either breakfast?", "Do you ever give me
    # a breakfast?", "My mother or binary breakfast.", "We never left the breakfast."
    ("Tôi hay bỏ bữa sáng.", "I often skip breakfast."),
    ("Con trai tôi không bao giờ bỏ bữa sáng.", "My son never skips breakfast."),
    ("Con tôi không bao giờ bỏ bữa sáng.", "My child never skips breakfast."),
    ("Anh ấy thường bỏ bữa tối.", "He often skips dinner."),
    ("Mẹ tôi hay nhịn ăn sáng.", "My mother often skips breakfast."),
    ("Lan hay bỏ bữa.", "Lan often skips meals."),
    ("Tôi thỉnh thoảng bỏ bữa trưa.", "I sometimes skip lunch."),
    ("Cô ấy ít khi bỏ ăn trưa.", "She rarely skips lunch."),
    ("Tôi không bao giờ bỏ bữa.", "I never skip meals."),
    ("Tôi bỏ bữa sáng mỗi ngày.", "I skip breakfast every day."),
    ("Tôi không hay bỏ bữa sáng.", "I don't often skip breakfast."),
    ("Bạn có hay bỏ bữa sáng không?", "Do you often skip breakfast?"),
    ("Bạn có bao giờ bỏ bữa sáng không?", "Do you ever skip breakfast?"),
    ("Bố bạn có thường xuyên bỏ bữa trưa không?", "Does your father often skip lunch?"),
    ("Chúng tôi chưa bao giờ bỏ bữa sáng.", "We've never skipped breakfast."),
    ("Mẹ tôi chưa bao giờ bỏ bữa tối.", "My mother has never skipped dinner."),
    ("Bạn không nên bỏ bữa sáng.", "You shouldn't skip breakfast."),
    # v8: "This morning, I left breakfast.", "Yesterday, I left lunch because busy."
    ("Sáng nay tôi bỏ bữa sáng.", "I skipped breakfast this morning."),
    ("Sáng nay tôi nhịn ăn sáng.", "I skipped breakfast this morning."),
    ("Hôm qua tôi bỏ bữa trưa.", "I skipped lunch yesterday."),
    ("Hôm qua tôi đã bỏ bữa trưa.", "I skipped lunch yesterday."),
    ("Tối qua anh ấy bỏ bữa tối.", "He skipped dinner last night."),
    ("Mẹ tôi bỏ bữa tối hôm qua.", "My mother skipped dinner yesterday."),
    ("Hôm nay tôi đã bỏ bữa trưa.", "I skipped lunch today."),
    ("Hôm nay tôi bỏ bữa trưa rồi.", "I skipped lunch today."),
    ("Hôm qua tôi không bỏ bữa trưa.", "I didn't skip lunch yesterday."),
    ("Hôm qua bạn có bỏ bữa trưa không?", "Did you skip lunch yesterday?"),
    ("Sáng nay bạn có bỏ bữa sáng không?", "Did you skip breakfast this morning?"),
    # v8: "I'm left meals because I don't have time.", "Yesterday, I left lunch because busy."
    ("Tôi hay bỏ bữa sáng vì không có thời gian.", "I often skip breakfast because I don't have time."),
    ("Tôi hay bỏ bữa sáng vì tôi bận.", "I often skip breakfast because I'm busy."),
    ("Cô ấy hay bỏ bữa tối vì đang ăn kiêng.", "She often skips dinner because she's on a diet."),
    ("Chúng tôi hay bỏ bữa sáng vì dậy muộn.", "We often skip breakfast because we get up late."),
    ("Hôm qua tôi bỏ bữa trưa vì bận.", "I skipped lunch yesterday because I was busy."),
    ("Mẹ tôi bỏ bữa tối hôm qua vì không đói.", "My mother skipped dinner yesterday because she wasn't hungry."),
    ("Sáng nay anh ấy bỏ bữa sáng vì không có thời gian.",
     "He skipped breakfast this morning because he didn't have time."),
    # v8: "Don't give me a meal.", "Don't give me me a meal!"
    ("Đừng bỏ bữa nhé.", "Don't skip meals."),
    ("Đừng bỏ bữa sáng!", "Don't skip breakfast!"),
    ("Con đừng bỏ bữa sáng nhé.", "Don't skip breakfast."),
    ("Đừng bao giờ bỏ bữa sáng!", "Never skip breakfast!"),
    ("Đừng bỏ bữa nữa!", "Stop skipping meals!"),
    # v8: "My doctor cannot give me a meal."
    ("Bác sĩ dặn tôi không được bỏ bữa.", "The doctor told me not to skip meals."),
    ("Bác sĩ bảo tôi không được bỏ bữa sáng.", "The doctor told me not to skip breakfast."),
    ("Mẹ tôi khuyên tôi không nên bỏ bữa sáng.", "My mother advised me not to skip breakfast."),
    ("Tôi bảo con tôi đừng bỏ bữa.", "I told my child not to skip meals."),
    # v8: "I haven't eaten today.", "All day my mother hadn't eat anything.", "What do you have eaten today?"
    ("Hôm nay tôi chưa ăn gì.", "I haven't eaten anything today."),
    ("Cả ngày nay mẹ tôi chưa ăn gì.", "My mother hasn't eaten anything all day."),
    ("Từ sáng đến giờ tôi chưa ăn gì cả.", "I haven't eaten anything since this morning."),
    ("Hôm nay bạn đã ăn gì chưa?", "Have you eaten anything today?"),
    # v8: "I'm getting rid of food."
    ("Tôi đang tập nhịn ăn gián đoạn.", "I'm trying intermittent fasting."),
    ("Anh ấy đang tập nhịn ăn gián đoạn.", "He's trying intermittent fasting."),
    ("Mẹ tôi đã bắt đầu nhịn ăn gián đoạn.", "My mother has started intermittent fasting."),
    ("Tôi bắt đầu nhịn ăn gián đoạn rồi.", "I've started intermittent fasting."),
    ("Bạn có muốn thử nhịn ăn gián đoạn không?", "Do you want to try intermittent fasting?"),
    # not: a bare skip or one with a reason alone (a habit, or today?), "đã" with no day, today without "đã" or
    # "rồi" (done, or planned?), "bỏ bữa" on a day (one meal, or all?), a morning day with dinner, "nhịn ăn" or "bỏ
    # ăn" alone, "bỏ bữa tiệc" (a party left), a name or a child with a reason (he or she?), "?" on a statement,
    # "anh" saying it, asked of oneself, a pet, never with a reason, "bắt đầu" with no "rồi", and English
    ("Tôi bỏ bữa sáng.", None), ("Tôi bỏ bữa sáng vì không có thời gian.", None), ("Tôi đã bỏ bữa sáng.", None),
    ("Hôm nay tôi bỏ bữa trưa.", None), ("Hôm nay bạn có bỏ bữa trưa không?", None), ("Hôm qua tôi bỏ bữa.", None),
    ("Tối qua anh ấy bỏ bữa sáng.", None), ("Tôi đang nhịn ăn.", None), ("Tôi hay bỏ ăn.", None),
    ("Tôi bỏ bữa tiệc.", None), ("Lan hay bỏ bữa vì bận.", None), ("Con tôi hay bỏ bữa sáng vì dậy muộn.", None),
    ("Tôi hay bỏ bữa sáng?", None), ("Anh hay bỏ bữa sáng.", None), ("Tôi có hay bỏ bữa sáng không?", None),
    ("Con mèo của tôi hay bỏ bữa.", None), ("Tôi không bao giờ bỏ bữa sáng vì bận.", None),
    ("Tôi bắt đầu nhịn ăn gián đoạn.", None), ("Bạn hay bỏ bữa sáng không?", None),
    ("Anh ấy bị đau dạ dày vì bỏ bữa sáng.", None), ("I often skip breakfast.", None),
    ("Tối nay tôi bỏ bữa tối.", None), ("Tôi hay bỏ bữa sáng mỗi ngày.", None), ("Bỏ bữa sáng.", None),
    # review: "vẫn" kept ("still"); not: who telling themself ("I told me"; "He told him" reads as another), "không
    # … rồi" (not after all, or decided), "rồi" after a reason ("vì bận rồi": already busy), a denial with a reason
    # (not because, or because?)
    ("Hôm nay tôi vẫn chưa ăn gì.", "I still haven't eaten anything today."),
    ("Tôi dặn tôi không được bỏ bữa.", None), ("Anh ấy dặn anh ấy không được bỏ bữa.", None),
    ("Mẹ tôi dặn mẹ tôi không được bỏ bữa.", None), ("Hôm nay tôi không bỏ bữa trưa rồi.", None),
    ("Hôm qua tôi không bỏ bữa trưa rồi.", None), ("Hôm nay tôi bỏ bữa trưa vì bận rồi.", None),
    ("Hôm qua tôi không bỏ bữa trưa vì bận.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thường bỏ bữa sáng." (right), "Con trai tôi không bao giờ bỏ bữa sáng." (right), "Bạn có thường bỏ bữa
    # sáng không?" (right), "Bạn đã bao giờ bỏ bữa sáng chưa?" (right)
    ("I often skip breakfast.", "Tôi hay bỏ bữa sáng."),
    ("My son never skips breakfast.", "Con trai tôi không bao giờ bỏ bữa sáng."),
    ("He usually skips dinner.", "Anh ấy thường bỏ bữa tối."),
    ("We never skip breakfast.", "Chúng tôi không bao giờ bỏ bữa sáng."),
    ("Lan often skips meals.", "Lan hay bỏ bữa."),
    ("I skip breakfast every day.", "Tôi bỏ bữa sáng mỗi ngày."),
    ("I don't skip breakfast.", "Tôi không bỏ bữa sáng."),
    ("I don't often skip breakfast.", "Tôi không hay bỏ bữa sáng."),
    ("Do you often skip breakfast?", "Bạn có hay bỏ bữa sáng không?"),
    ("Does he ever skip lunch?", "Anh ấy có bao giờ bỏ bữa trưa không?"),
    ("Have you ever skipped breakfast?", "Bạn đã bao giờ bỏ bữa sáng chưa?"),
    ("I've never skipped breakfast.", "Tôi chưa bao giờ bỏ bữa sáng."),
    ("She has never skipped breakfast.", "Cô ấy chưa bao giờ bỏ bữa sáng."),
    ("You shouldn't skip breakfast.", "Bạn không nên bỏ bữa sáng."),
    # v8: "Tôi bỏ qua bữa sáng sáng nay.", "Bạn có bỏ qua bữa sáng sáng nay không?" (passing over)
    ("I skipped breakfast this morning.", "Sáng nay tôi bỏ bữa sáng."),
    ("I skipped lunch today.", "Hôm nay tôi đã bỏ bữa trưa."),
    ("I skipped lunch.", "Tôi đã bỏ bữa trưa."),
    ("My mother skipped lunch yesterday.", "Hôm qua mẹ tôi bỏ bữa trưa."),
    ("I skipped dinner last night.", "Tối qua tôi bỏ bữa tối."),
    ("I skipped a meal yesterday.", "Hôm qua tôi bỏ một bữa."),
    ("Did you skip breakfast this morning?", "Sáng nay bạn có bỏ bữa sáng không?"),
    ("I didn't skip lunch yesterday.", "Hôm qua tôi không bỏ bữa trưa."),
    # v8: "Tôi bỏ qua bữa sáng vì tôi không có thời gian.", "Cô ấy thường bỏ qua bữa trưa vì bận rộn."
    ("I skip breakfast because I don't have time.", "Tôi bỏ bữa sáng vì không có thời gian."),
    ("She often skips lunch because she's busy.", "Cô ấy hay bỏ bữa trưa vì bận."),
    ("My mother skipped dinner yesterday because she wasn't hungry.", "Hôm qua mẹ tôi bỏ bữa tối vì không đói."),
    ("Lan skipped dinner yesterday because she wasn't hungry.", "Hôm qua Lan bỏ bữa tối vì không đói."),
    ("I skipped breakfast because I got up late.", "Tôi đã bỏ bữa sáng vì dậy muộn."),
    ("We skip lunch because we're on a diet.", "Chúng tôi bỏ bữa trưa vì đang ăn kiêng."),
    # v8: "Đừng bỏ qua bữa ăn.", "Đừng bỏ qua bữa ăn!"
    ("Don't skip meals.", "Đừng bỏ bữa nhé."),
    ("Don't skip breakfast!", "Đừng bỏ bữa sáng!"),
    ("Never skip lunch.", "Đừng bao giờ bỏ bữa trưa nhé."),
    ("Stop skipping meals!", "Đừng bỏ bữa nữa!"),
    # v8: "Bác sĩ bảo tôi không bỏ qua bữa ăn."
    ("The doctor told me not to skip meals.", "Bác sĩ dặn tôi không được bỏ bữa."),
    ("The doctor told my son not to skip lunch.", "Bác sĩ dặn con trai tôi không được bỏ bữa trưa."),
    ("My mother advised me not to skip breakfast.", "Mẹ tôi khuyên tôi không nên bỏ bữa sáng."),
    # v8: "Hôm nay tôi không ăn gì cả.", "Cô ấy không ăn cả ngày."
    ("I haven't eaten anything today.", "Hôm nay tôi chưa ăn gì."),
    ("She hasn't eaten all day.", "Cả ngày nay cô ấy chưa ăn gì."),
    ("I haven't eaten anything since this morning.", "Từ sáng đến giờ tôi chưa ăn gì."),
    ("Have you eaten anything today?", "Hôm nay bạn đã ăn gì chưa?"),
    # v8: "Tôi đã bắt đầu cam kết nhanh chóng.", "Tôi muốn cố buộc nhanh chóng."
    ("I've started intermittent fasting.", "Tôi đã bắt đầu nhịn ăn gián đoạn."),
    ("She's started intermittent fasting.", "Cô ấy đã bắt đầu nhịn ăn gián đoạn."),
    ("I want to try intermittent fasting.", "Tôi muốn thử nhịn ăn gián đoạn."),
    ("My mother wants to try intermittent fasting.", "Mẹ tôi muốn thử nhịn ăn gián đoạn."),
    ("Does she want to try intermittent fasting?", "Cô ấy có muốn thử nhịn ăn gián đoạn không?"),
    # not: verbs not agreeing with who, a reason in another tense or of another, "Did" with no day, meals on a day,
    # a morning day with lunch, other things skipped, "I" asked, a pet, "?" on a statement, "my mother's started"
    # (whose?), "I'm trying …" (mt/cutting_down.py's), a reason not read, and Vietnamese
    ("My son never skip breakfast.", None), ("He haven't eaten anything today.", None),
    ("She often skips lunch because she was busy.", None), ("My mother skipped dinner because he was busy.", None),
    ("Did you skip lunch?", None), ("I skipped meals yesterday.", None), ("I skipped lunch last night.", None),
    ("He skips class.", None), ("I skipped school yesterday.", None), ("Do I skip breakfast?", None),
    ("My dog skips breakfast.", None), ("I skip breakfast?", None), ("My mother's started intermittent fasting.", None),
    ("I'm trying intermittent fasting.", None), ("I skipped breakfast because I was late.", None),
    ("Does you skip breakfast?", None), ("I started intermittent fasting.", None), ("I never skipped meals.", None),
    ("I haven't eaten anything.", None), ("Tôi hay bỏ bữa sáng.", None),
    ("I rarely skip breakfast because I'm busy.", None), ("Did you ever skip breakfast?", None),
    # review: "a meal" ever or never as "bữa" ("bỏ một bữa" is one meal), "don't usually" as "thường không"; not: who
    # telling themself, "I" asked, "today" asked or denied in the past ("Hôm nay tôi không bỏ …" reads as a plan)
    ("Have you ever skipped a meal?", "Bạn đã bao giờ bỏ bữa chưa?"),
    ("I've never skipped a meal.", "Tôi chưa bao giờ bỏ bữa."),
    ("I don't usually skip breakfast.", "Tôi thường không bỏ bữa sáng."),
    ("I told me not to skip meals.", None), ("He told him not to skip lunch.", None),
    ("She told her not to skip breakfast.", None), ("Do I want to try intermittent fasting?", None),
    ("Do we want to try intermittent fasting?", None), ("Did you skip breakfast today?", None),
    ("I didn't skip lunch today.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
