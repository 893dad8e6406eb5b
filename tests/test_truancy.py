"""Truancy: who skips school or a class, why, when and how often, who got caught doing it, and "Don't skip school!",
both ways (mt/truancy.py)."""
import pytest

from mt.truancy import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Yesterday, I escaped from school.", "I bowed to math."
    ("Hôm qua tôi trốn học.", "I skipped school yesterday."),
    ("Tôi trốn học hôm qua.", "I skipped school yesterday."),
    ("Tôi cúp tiết toán.", "I skipped the maths class."),
    ("Tôi đã trốn học.", "I skipped school."),
    ("Hôm kia Lan cúp học.", "Lan skipped class the day before yesterday."),
    ("Tuần trước chúng tôi trốn học đi xem phim.", "We skipped school to go to the cinema last week."),
    ("Con bé trốn tiết tiếng Anh để đi xem phim.", "She skipped the English class to go to the cinema."),
    ("Chiều qua con trai tôi bỏ tiết thể dục.", "My son skipped the PE class yesterday afternoon."),
    ("Hôm qua chúng tôi không trốn học.", "We didn't skip school yesterday."),
    # v8: "It or flees to school to play games.", "He or she went to play with friends."
    ("Thằng bé hay trốn học đi chơi game.", "He often skips school to play games."),
    ("Con gái tôi thỉnh thoảng cúp học đi chơi với bạn bè.",
     "My daughter sometimes skips class to go out with friends."),
    ("Con trai tôi không bao giờ trốn học.", "My son never skips school."),
    ("Anh ấy hiếm khi cúp tiết toán.", "He rarely skips maths classes."),
    ("Tôi không trốn học nữa.", "I don't skip school any more."),
    ("Mẹ tôi không cúp học nữa.", "My mother doesn't skip class any more."),
    # v8: "I never hide from school."
    ("Tôi chưa bao giờ trốn học.", "I've never skipped school."),
    ("Con tôi chưa từng trốn học.", "My child has never skipped school."),
    ("Mẹ tôi đã từng trốn học.", "My mother has skipped school before."),
    # v8: "I won't go to school anymore."
    ("Tôi sẽ không trốn học nữa.", "I won't skip school again."),
    ("Ngày mai tôi sẽ trốn học.", "I'll skip school tomorrow."),
    ("Ngày mai Minh sẽ không trốn học.", "Minh won't skip school tomorrow."),
    # v8: "Do you ever hide from school?", "Do you have or hide from school?", "Yesterday, do you hide school?"
    ("Bạn có bao giờ trốn học không?", "Have you ever skipped school?"),
    ("Bạn đã bao giờ cúp tiết thể dục chưa?", "Have you ever skipped PE classes?"),
    ("Anh ấy đã từng trốn học chưa?", "Has he ever skipped school?"),
    ("Bạn có hay trốn học không?", "Do you often skip school?"),
    ("Con bạn có thường cúp học không?", "Does your child often skip class?"),
    ("Hôm qua Lan có trốn học không?", "Did Lan skip school yesterday?"),
    ("Anh có trốn học hôm qua không?", "Did you skip school yesterday?"),
    # v8: "My child was arrested for a fleet.", "My younger brother is arrested for a fleet."
    ("Con tôi bị bắt vì trốn học.", "My child got caught skipping school."),
    ("Em trai tôi bị bắt quả tang trốn học.", "My younger brother got caught skipping school."),
    ("Hôm qua cô ấy bị phát hiện cúp tiết toán.", "She got caught skipping the maths class yesterday."),
    ("Bạn có bị bắt vì trốn học không?", "Did you get caught skipping school?"),
    ("Tôi chưa bao giờ bị phát hiện trốn học.", "I've never been caught skipping school."),
    # v8: "Don't hide school anymore."
    ("Đừng trốn học nữa.", "Stop skipping school."),
    ("Đừng trốn học đi chơi game nữa!", "Stop skipping school to play games!"),
    ("Con đừng cúp học nhé!", "Don't skip class!"),
    ("Đừng cúp tiết toán.", "Don't skip the maths class."),
    # not: "nó" (he or she?), dropping out, extra classes, a bare "có … không?" or "không" (done, or a habit?), today
    # (done, or planned?), "đang", "lại", "rồi", "à?", "nhỉ", "có" with no "không", a "?" on a statement, a habit or
    # never on a day, the past ahead, two days, asked of oneself, "anh" alone saying it, a pet, punished for it
    ("Nó hay trốn học đi chơi game.", None), ("Tôi bỏ học.", None), ("Con tôi trốn học thêm.", None),
    ("Bạn có trốn học không?", None), ("Tôi không trốn học.", None), ("Hôm nay tôi trốn học.", None),
    ("Nó đang trốn học.", None), ("Tôi lại trốn học rồi.", None), ("Bạn trốn học à?", None),
    ("Tôi trốn học nhỉ.", None), ("Bạn có trốn học hôm qua.", None), ("Tôi trốn học hôm qua?", None),
    ("Tôi hay trốn học hôm qua.", None), ("Tôi trốn học ngày mai.", None), ("Hôm qua tôi trốn học hôm kia.", None),
    ("Tôi có hay trốn học không?", None), ("Anh trốn học.", None), ("Con mèo của tôi trốn học.", None),
    ("Con tôi bị phạt vì trốn học.", None), ("Tôi chưa bao giờ trốn học hôm qua.", None),
    ("Bạn trốn học chưa?", None), ("Tôi trốn khỏi nhà.", None), ("He often skips school.", None),
    ("Tôi cúp tiết.", None), ("Tôi bị bắt vì trốn học ngày mai.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi bỏ qua trường hôm qua.", "Tôi bỏ qua lớp toán.", "Tôi bỏ qua lớp hôm qua." ("bỏ qua": ignore)
    ("I skipped school yesterday.", "Hôm qua tôi trốn học."),
    ("I skipped the maths class.", "Tôi đã cúp tiết toán."),
    ("I skipped class yesterday.", "Hôm qua tôi cúp học."),
    ("My son skipped school to play video games.", "Con trai tôi đã trốn học đi chơi điện tử."),
    ("I didn't skip school.", "Tôi không trốn học."),
    # v8: "Chúng tôi chơi động đất vào tuần trước." (an earthquake)
    ("We played truant last week.", "Tuần trước chúng tôi trốn học."),
    # v8: "Anh ta thường bỏ qua trường chơi game."
    ("He often skips school to play games.", "Anh ấy hay trốn học đi chơi game."),
    ("He never skips school.", "Anh ấy không bao giờ trốn học."),
    ("My sister sometimes skips class.", "Em gái tôi thỉnh thoảng cúp học."),
    ("She doesn't skip school any more.", "Cô ấy không trốn học nữa."),
    # v8: "Tôi chưa bao giờ bỏ qua trường.", "Tôi sẽ không bỏ qua trường nữa."
    ("I've never skipped school.", "Tôi chưa bao giờ trốn học."),
    ("She's never skipped the maths class.", "Cô ấy chưa bao giờ cúp tiết toán."),
    ("He has skipped school before.", "Anh ấy đã từng trốn học."),
    ("I won't skip school again.", "Tôi sẽ không trốn học nữa."),
    ("I'll skip school tomorrow.", "Ngày mai tôi sẽ trốn học."),
    ("I won't skip school tomorrow.", "Ngày mai tôi sẽ không trốn học."),
    ("He won't skip school next week.", "Tuần sau anh ấy sẽ không trốn học."),
    ("They will not skip class tomorrow.", "Ngày mai họ sẽ không cúp học."),
    # v8: "Bạn đã từng bỏ qua trường chưa?", "Bé có thường bỏ qua lớp không?"
    ("Have you ever skipped school?", "Bạn đã bao giờ trốn học chưa?"),
    ("Has Lan ever played truant?", "Lan đã bao giờ trốn học chưa?"),
    ("Does she often skip class?", "Cô ấy có hay cúp học không?"),
    ("Do you ever skip school?", "Bạn có bao giờ trốn học không?"),
    ("Did you skip school yesterday?", "Hôm qua bạn có trốn học không?"),
    ("Did my son skip the maths lesson yesterday?", "Hôm qua con trai tôi có cúp tiết toán không?"),
    # v8: "Con trai tôi bị bắt gặp bỏ học." (dropping out), "Anh trai tôi bị bắt gặp chơi đùa."
    ("My son got caught skipping school.", "Con trai tôi bị bắt quả tang trốn học."),
    ("My brother was caught playing truant.", "Anh trai tôi bị bắt quả tang trốn học."),
    ("They were caught skipping school yesterday.", "Hôm qua họ bị bắt quả tang trốn học."),
    ("Did Lan get caught skipping school?", "Lan có bị bắt quả tang trốn học không?"),
    ("My mother has never been caught skipping school.", "Mẹ tôi chưa bao giờ bị bắt quả tang trốn học."),
    ("I've never been caught skipping school.", "Tôi chưa bao giờ bị bắt quả tang trốn học."),
    ("He’s never been caught skipping school.", "Anh ấy chưa bao giờ bị bắt quả tang trốn học."),
    ("Lan's never been caught skipping school.", "Lan chưa bao giờ bị bắt quả tang trốn học."),
    ("We’ve never been caught skipping class.", "Chúng tôi chưa bao giờ bị bắt quả tang cúp học."),
    # v8: "Hãy dừng đi học." (stop going to school)
    ("Stop skipping school.", "Đừng trốn học nữa."),
    ("Stop playing truant to play video games!", "Đừng trốn học đi chơi điện tử nữa!"),
    ("Don't skip class!", "Đừng cúp học!"),
    ("Don't play truant again!", "Đừng trốn học nữa!"),
    # not: the plain present (a habit, or a story told?), the verb not agreeing ("He skip", "She have", "We was"),
    # "is skipping", asked of oneself, a pet, other skipping, the past ahead, a habit in the past, "ever" or "never"
    # on a day, "won't … again" on a day (as "sẽ không … nữa" is left on one), "Stop skip", a bare order, the other
    # way's language
    ("I skip school.", None), ("He skip school.", None), ("She have never skipped school.", None),
    ("We was caught skipping school.", None), ("He is skipping school.", None), ("Is he skipping school?", None),
    ("Did I skip school?", None), ("My dog skipped school.", None), ("I skipped breakfast.", None),
    ("She skipped rope.", None), ("I skipped maths.", None), ("I skipped school tomorrow.", None),
    ("He was caught skipping school tomorrow.", None), ("He often skipped school.", None),
    ("Have you ever skipped school yesterday?", None), ("Stop skip school.", None), ("Skip school.", None),
    ("Don't skipping school.", None), ("I skipped school yesterday?", None), ("Hôm qua tôi trốn học.", None),
    ("Let's skip this step.", None), ("He skips the queue.", None), ("He won't skip school next week again.", None),
    ("I's never been caught skipping school.", None), ("He've never been caught skipping school.", None),
    ("I've never been caught skipping school yesterday.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
