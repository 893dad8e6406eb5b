"""How someone sleeps or slept, said or asked, both ways (mt/sleep.py)."""
import pytest

from mt import phrasebook
from mt.sleep import translate


@pytest.mark.parametrize("text, said", [
    # v7: "This rice I didn't sleep well."
    ("Dạo này tôi ngủ không ngon.", "I haven't been sleeping well lately."),
    ("Dạo này mẹ tôi ngủ không ngon.", "My mother hasn't been sleeping well lately."),
    ("Mấy hôm nay tôi ngủ không ngon giấc.", "I haven't been sleeping well lately."),
    ("Gần đây anh ấy không ngủ được.", "He hasn't been able to sleep lately."),
    ("Mẹ tôi dạo này ngủ rất ngon.", "My mother has been sleeping very well lately."),
    # v7: "Last night I was a good sleep."
    ("Tối qua tôi ngủ rất ngon.", "I slept very well last night."),
    ("Tối qua, tôi ngủ ngon lắm!", "I slept really well last night!"),
    ("Tối qua tôi không ngủ được.", "I couldn't sleep last night."),
    ("Đêm qua tôi không ngủ được chút nào.", "I couldn't sleep at all last night."),
    ("Tối qua tôi ngủ không ngon lắm.", "I didn't sleep very well last night."),
    ("Tôi ngủ không ngon tối hôm qua.", "I didn't sleep well last night."),
    ("Tối qua Lan ngủ rất say.", "Lan slept very soundly last night."),
    ("Tôi đã ngủ rất ngon.", "I slept very well."),
    ("Tôi không ngủ được.", "I can't sleep."),
    ("Bố tôi ngủ không ngon.", "My father doesn't sleep well."),
    ("Con tôi ngủ rất ngon.", "My child sleeps very well."),
    # asked (v7: "Are you good sleep?")
    ("Bạn ngủ có ngon không?", "Did you sleep well?"),
    ("Tối qua bạn ngủ có ngon không?", "Did you sleep well last night?"),
    ("Đêm qua anh ngủ ngon không?", "Did you sleep well last night?"),
    ("Dạo này bạn có ngủ ngon không?", "Have you been sleeping well lately?"),
    ("Dạo này mẹ bạn ngủ có ngon không?", "Has your mother been sleeping well lately?"),
    # insomnia (v7: "I'm insomnia.")
    ("Tôi bị mất ngủ.", "I have insomnia."),
    ("Mẹ tôi bị mất ngủ.", "My mother has insomnia."),
    ("Bạn có bị mất ngủ không?", "Do you have insomnia?"),
    ("Anh ấy không bị mất ngủ.", "He doesn't have insomnia."),
    ("Tôi hay bị mất ngủ.", "I often have insomnia."),
    ("Dạo này tôi bị mất ngủ.", "I've had insomnia lately."),
    ("Dạo này tôi hay bị mất ngủ.", "I've often had insomnia lately."),
    ("Dạo này bạn có bị mất ngủ không?", "Have you had insomnia lately?"),
    ("Tối qua tôi bị mất ngủ.", "I couldn't sleep last night."),
    # sleepy
    ("Tôi buồn ngủ quá.", "I'm so sleepy."),
    ("Tôi buồn ngủ.", "I'm sleepy."),
    ("Con tôi hơi buồn ngủ.", "My child is a bit sleepy."),
    ("Tôi không buồn ngủ lắm.", "I'm not very sleepy."),
    ("Bạn có buồn ngủ không?", "Are you sleepy?"),
    # hours (v7: "How often do you sleep for a night?")
    ("Bạn thường ngủ mấy tiếng một đêm?", "How many hours do you usually sleep a night?"),
    ("Bạn ngủ bao nhiêu tiếng mỗi đêm?", "How many hours do you sleep a night?"),
    ("Tối qua bạn ngủ được mấy tiếng?", "How many hours did you sleep last night?"),
    ("Tôi thường ngủ tám tiếng một đêm.", "I usually sleep eight hours a night."),
    ("Tôi ngủ 7 tiếng mỗi đêm.", "I sleep 7 hours a night."),
    ("Mỗi đêm con tôi ngủ mười tiếng.", "My child sleeps ten hours a night."),
    ("Tôi thường ngủ bảy tiếng rưỡi một đêm.", "I usually sleep seven and a half hours a night."),
    ("Tôi ngủ khoảng một tiếng mỗi ngày.", "I sleep about an hour a day."),
    ("Tối qua tôi chỉ ngủ được năm tiếng.", "I only slept five hours last night."),
    ("Dạo này tôi chỉ ngủ được bốn tiếng mỗi đêm.", "I've only been sleeping four hours a night lately."),
    # not: "anh" saying it (may be the speaker), "Bạn ngủ ngon." (a wish), when said twice, hours with neither a
    # night nor when, "8 giờ" alone (at 8), a number not known, bed times (mt/routines.py), asked without "có",
    # "không" asked without "?", "có" said, unknown words
    ("Anh ngủ không ngon.", None), ("Bạn ngủ ngon.", None), ("Bạn ngủ ngon nhé.", None),
    ("Tối qua tôi ngủ ngon tối qua.", None), ("Tôi ngủ tám tiếng.", None), ("Tôi ngủ 8 giờ.", None),
    ("Tôi ngủ mười hai tiếng mỗi đêm.", None), ("Tôi đi ngủ lúc 11 giờ.", None), ("Bạn bị mất ngủ không?", None),
    ("Bạn ngủ có ngon không.", None), ("Tôi có buồn ngủ.", None), ("Tôi ngủ rất ngon quá.", None),
    ("Dạo này tôi đã ngủ ngon.", None), ("Tôi ngủ trên ghế.", None), ("Chúc bạn ngủ ngon.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi đã không ngủ ngon." (lately lost)
    ("I haven't been sleeping well lately.", "Dạo này tôi ngủ không ngon."),
    ("My mother hasn't been sleeping well lately.", "Dạo này mẹ tôi ngủ không ngon."),
    ("I haven't been able to sleep lately.", "Dạo này tôi không ngủ được."),
    ("He's been sleeping very well lately.", "Dạo này anh ấy ngủ rất ngon."),
    ("They haven't been sleeping well recently.", "Gần đây họ ngủ không ngon."),
    ("I didn't sleep well last night.", "Tối qua tôi ngủ không ngon."),
    ("I slept very well last night.", "Tối qua tôi ngủ rất ngon."),
    ("We slept really well last night!", "Tối qua chúng tôi ngủ ngon lắm!"),
    ("Last night I couldn't sleep at all.", "Tối qua tôi không ngủ được chút nào."),
    ("I slept badly last night.", "Tối qua tôi ngủ không ngon."),
    ("Lan doesn't sleep well.", "Lan ngủ không ngon."),
    ("My son sleeps very well.", "Con trai tôi ngủ rất ngon."),
    ("He can't sleep.", "Anh ấy không ngủ được."),
    # asked
    ("Did you sleep well?", "Bạn ngủ có ngon không?"),
    ("Did you sleep well last night?", "Tối qua bạn ngủ có ngon không?"),
    ("Have you been sleeping well?", "Dạo này bạn ngủ có ngon không?"),
    ("Has your father been sleeping well lately?", "Dạo này bố bạn ngủ có ngon không?"),
    ("Does Lan sleep well?", "Lan ngủ có ngon không?"),
    # insomnia
    ("I have insomnia.", "Tôi bị mất ngủ."),
    ("My father has insomnia.", "Bố tôi bị mất ngủ."),
    ("She doesn't have insomnia.", "Cô ấy không bị mất ngủ."),
    ("My mother often has insomnia.", "Mẹ tôi thường bị mất ngủ."),
    ("I suffer from insomnia.", "Tôi bị mất ngủ."),
    ("I've had insomnia lately.", "Dạo này tôi bị mất ngủ."),
    ("Do you have insomnia?", "Bạn có bị mất ngủ không?"),
    ("Have you had insomnia lately?", "Dạo này bạn có bị mất ngủ không?"),
    # sleepy (v7: "Tôi ngủ quá.")
    ("I'm so sleepy.", "Tôi buồn ngủ quá."),
    ("I'm sleepy.", "Tôi buồn ngủ."),
    ("She's very sleepy.", "Cô ấy rất buồn ngủ."),
    ("He isn't very sleepy.", "Anh ấy không buồn ngủ lắm."),
    ("I feel a bit sleepy.", "Tôi cảm thấy hơi buồn ngủ."),
    ("Are you sleepy?", "Bạn có buồn ngủ không?"),
    # hours (v7: "Bạn thường ngủ bao nhiêu tiếng đồng hồ?", a night lost)
    ("How many hours do you usually sleep a night?", "Bạn thường ngủ mấy tiếng một đêm?"),
    ("How many hours does your son sleep a day?", "Con trai bạn ngủ mấy tiếng một ngày?"),
    ("How many hours did you sleep last night?", "Tối qua bạn ngủ được mấy tiếng?"),
    ("I usually sleep eight hours a night.", "Tôi thường ngủ tám tiếng mỗi đêm."),
    ("My son sleeps 10 hours a night.", "Con trai tôi ngủ 10 tiếng mỗi đêm."),
    ("I sleep about an hour and a half a day.", "Tôi ngủ khoảng một tiếng rưỡi mỗi ngày."),
    ("I only slept five hours last night.", "Tối qua tôi chỉ ngủ được năm tiếng."),
    ("I've only been sleeping four hours a night lately.", "Dạo này tôi chỉ ngủ được bốn tiếng mỗi đêm."),
    # not: a verb not agreeing with who, a past with no time (the model's), a time not going with the verb, one
    # "hour" for eight, "hours" for one, hours with neither a night nor how often, bed times, unknown words
    ("He sleep well.", None), ("I sleeps eight hours a night.", None), ("Does you have insomnia?", None),
    ("I is sleepy.", None), ("She feel sleepy.", None), ("I slept well.", None), ("I sleep well last night.", None),
    ("I've had insomnia last night.", None), ("I sleep eight hour a night.", None), ("I sleep one hours a day.", None),
    ("I sleep eight hours.", None), ("I go to bed at 11.", None), ("I slept on the sofa.", None),
    ("Did you sleep well lately?", None), ("Have you been sleeping well last night?", None),
    ("Are you very sleepy?", None), ("I couldn't sleep well last night.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi bị mất ngủ.", "en", "vi") is None  # (Vietnamese given as English)
    assert translate("I have insomnia.", "vi", "en") is None
    assert translate("I have insomnia.", "en", "fr") is None


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Dạo này tôi ngủ không ngon.", "vi", "en") == "I haven't been sleeping well lately."
