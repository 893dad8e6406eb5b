"""Late nights and late mornings: staying up late, sleeping in, and staying up all night doing something, both ways
(mt/late_nights.py)."""
import pytest

from mt.late_nights import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm typically awakened.", "Do you have or a tendency official?", "My mother never awakened.", "I don't
    # wake up.", "My son often awakened to play games.", "Lan or insistence to watch the movie."
    ("Tôi hay thức khuya.", "I often stay up late."),
    ("Bạn có hay thức khuya không?", "Do you often stay up late?"),
    ("Mẹ tôi không bao giờ thức khuya.", "My mother never stays up late."),
    ("Tôi không hay thức khuya.", "I don't often stay up late."),
    ("Chúng tôi thường thức khuya.", "We often stay up late."),
    ("Anh ấy luôn thức khuya.", "He always stays up late."),
    ("Con trai tôi hay thức khuya chơi game.", "My son often stays up late playing games."),
    ("Lan hay thức khuya xem phim.", "Lan often stays up late watching films."),
    ("Tối nào tôi cũng thức khuya.", "I stay up late every night."),
    ("Cô ấy có hay thức khuya không?", "Does she often stay up late?"),
    # v8: "At the weekend, I normally sleep baked.", "He tends to sleep baked on Sunday.", "My father is baked."
    ("Cuối tuần tôi hay ngủ nướng.", "I often sleep in at the weekend."),
    ("Anh ấy thường ngủ nướng vào Chủ nhật.", "He usually sleeps in on Sundays."),
    ("Bố tôi hay ngủ nướng.", "My father often sleeps in."),
    ("Cuối tuần nào chúng tôi cũng ngủ nướng.", "We sleep in every weekend."),
    ("Bạn có hay ngủ nướng vào cuối tuần không?", "Do you often sleep in at the weekend?"),
    # v8: "Last night, I got up late.", "Yesterday, I got up late.", "Last night, do you have a khuyaception?"
    ("Tối qua tôi thức khuya.", "I stayed up late last night."),
    ("Hôm qua tôi thức khuya.", "I stayed up late yesterday."),
    ("Tối qua bạn có thức khuya không?", "Did you stay up late last night?"),
    ("Đêm qua con gái tôi thức khuya xem phim.", "My daughter stayed up late watching films last night."),
    ("Tối qua chúng tôi thức khuya nói chuyện.", "We stayed up late talking last night."),
    ("Tối qua anh ấy không thức khuya.", "He didn't stay up late last night."),
    ("Tôi đã thức khuya.", "I stayed up late."),
    ("Tôi thức khuya tối qua.", "I stayed up late last night."),
    # v8: "This morning, I sleep baked.", "Tomorrow morning, I'll sleep bak."
    ("Sáng nay tôi ngủ nướng.", "I slept in this morning."),
    ("Sáng nay mẹ tôi ngủ nướng.", "My mother slept in this morning."),
    ("Sáng nay bạn có ngủ nướng không?", "Did you sleep in this morning?"),
    ("Cuối tuần trước chúng tôi ngủ nướng.", "We slept in last weekend."),
    ("Sáng mai tôi sẽ ngủ nướng.", "I'll sleep in tomorrow morning."),
    ("Cuối tuần này Lan sẽ ngủ nướng.", "Lan will sleep in this weekend."),
    # v8: "Tonight, I'll wake up."
    ("Tối nay tôi sẽ thức khuya.", "I'll stay up late tonight."),
    ("Tối nay tôi phải thức khuya làm việc.", "I have to stay up late working tonight."),
    ("Tối qua bố tôi phải thức khuya.", "My father had to stay up late last night."),
    ("Bạn không nên thức khuya.", "You shouldn't stay up late."),
    # v8: "I awakened the night to hugged the test.", "Yesterday, he awakened the night of the work."
    ("Tôi thức trắng đêm để ôn thi.", "I stayed up all night studying for my exams."),
    ("Con trai tôi thức trắng đêm để ôn thi.", "My son stayed up all night studying for his exams."),
    ("Hôm qua anh ấy thức trắng đêm làm việc.", "He stayed up all night working yesterday."),
    ("Đêm qua chúng tôi thức trắng để ôn bài.", "We stayed up all night revising last night."),
    # v8: "I like to sleep baked at the weekend.", "I don't like khuya.", "Do you like to baked sleep?", "I like to
    # wake up."
    ("Tôi thích ngủ nướng vào cuối tuần.", "I like to sleep in at the weekend."),
    ("Tôi không thích thức khuya.", "I don't like to stay up late."),
    ("Bạn có thích ngủ nướng không?", "Do you like to sleep in?"),
    ("Em gái tôi rất thích ngủ nướng.", "My sister really likes to sleep in."),
    ("Mẹ tôi ghét thức khuya.", "My mother hates staying up late."),
    # v8: "Don't wake up.", "Don't sleep baked."
    ("Đừng thức khuya nữa.", "Stop staying up late."),
    ("Đừng thức khuya quá nhé.", "Don't stay up too late."),
    ("Đừng ngủ nướng nữa!", "Stop sleeping in!"),
    ("Đừng thức khuya.", "Don't stay up late."),
    # not: no day and no habit ("Tôi thức khuya.": a habit, last night, or tonight?), "thức trắng đêm" with nothing
    # done (mt/insomnia.py), up late revising (mt/revising.py), "dậy muộn" (mt/routines.py, mt/waking.py), asking
    # leave (mt/permission.py), told off (mt/told_off.py), "anh" saying it, "I" asked, a pet, "có" without "không",
    # a "?" on a statement, a day of the wrong way, a night slept in, bidden by name, English
    ("Tôi thức khuya.", None), ("Tôi không thức khuya.", None), ("Bạn có thức khuya không?", None),
    ("Tôi đã thức trắng đêm.", None), ("Đêm qua tôi thức trắng.", None), ("Tối qua tôi thức khuya ôn bài.", None),
    ("Tôi hay thức khuya ôn thi.", None), ("Tôi hay dậy muộn vào cuối tuần.", None),
    ("Con thức khuya được không?", None), ("Tôi bị mẹ mắng vì thức khuya.", None), ("Anh hay thức khuya.", None),
    ("Tôi có hay thức khuya không?", None), ("Con mèo của tôi hay thức khuya.", None),
    ("Bạn có hay thức khuya?", None), ("Tôi hay thức khuya?", None), ("Tối qua tôi sẽ thức khuya.", None),
    ("Tối nay tôi thức khuya.", None), ("Tối nào tôi cũng ngủ nướng.", None), ("Con đừng thức khuya nữa.", None),
    ("Tôi hay ngủ nướng xem phim.", None), ("Hôm nay tôi ngủ nướng.", None), ("I often stay up late.", None),
    ("Tôi thích ăn thịt nướng.", None), ("Tôi ngủ nướng.", None), ("Đừng ngủ nướng quá.", None),
    ("Tối qua tôi đã thức khuya không?", None), ("Tối qua tôi phải thức khuya không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thường ở lại cuối.", "Bạn có thường ở lại cuối không?", "Con trai tôi thường ở lại chơi game cuối.",
    # "Chúng ta luôn ở lại cuối.", "Tôi thường không ở lại cuối."
    ("I often stay up late.", "Tôi hay thức khuya."),
    ("Do you often stay up late?", "Bạn có hay thức khuya không?"),
    ("My son often stays up late playing games.", "Con trai tôi hay thức khuya chơi game."),
    ("My mother never stays up late.", "Mẹ tôi không bao giờ thức khuya."),
    ("We always stay up late.", "Chúng tôi luôn thức khuya."),
    ("I don't often stay up late.", "Tôi không hay thức khuya."),
    ("She stays up late every night.", "Tối nào cô ấy cũng thức khuya."),
    ("Does Lan often stay up late?", "Lan có hay thức khuya không?"),
    # v8: "Anh ấy thường ngủ ở vào Chủ nhật.", "Cha tôi thường ngủ vào."
    ("He usually sleeps in on Sundays.", "Anh ấy thường ngủ nướng vào Chủ nhật."),
    ("My father often sleeps in.", "Bố tôi hay ngủ nướng."),
    ("I sleep in at weekends.", "Tôi ngủ nướng vào cuối tuần."),
    ("Do you usually sleep in on weekends?", "Bạn có thường ngủ nướng vào cuối tuần không?"),
    # v8: "Tôi ở lại cuối tối qua.", "Bạn có ở lại cuối tối qua không?", "Đến cuối hôm qua.", "Chúng tôi vẫn tiếp
    # tục nói chuyện trễ."
    ("I stayed up late last night.", "Tối qua tôi thức khuya."),
    ("Did you stay up late last night?", "Tối qua bạn có thức khuya không?"),
    ("Lan stayed up late yesterday.", "Hôm qua Lan thức khuya."),
    ("We stayed up late talking.", "Chúng tôi đã thức khuya nói chuyện."),
    ("My brother stayed up late watching TV last night.", "Tối qua anh trai tôi thức khuya xem ti vi."),
    # (in small letters: was a KeyError)
    ("My brother stayed up late watching tv last night.", "Tối qua anh trai tôi thức khuya xem ti vi."),
    ("She didn't stay up late last night.", "Tối qua cô ấy không thức khuya."),
    # v8: "Tôi ngủ trong sáng nay.", "Tôi sẽ ngủ trong ngày mai."
    ("I slept in this morning.", "Sáng nay tôi ngủ nướng."),
    ("My husband slept in yesterday.", "Hôm qua chồng tôi ngủ nướng."),
    ("Did you sleep in this morning?", "Sáng nay bạn có ngủ nướng không?"),
    ("I'm going to sleep in tomorrow.", "Ngày mai tôi sẽ ngủ nướng."),
    ("We'll sleep in this weekend.", "Cuối tuần này chúng tôi sẽ ngủ nướng."),
    ("I'll stay up late tonight.", "Tối nay tôi sẽ thức khuya."),
    ("He has to stay up late tonight.", "Tối nay anh ấy phải thức khuya."),
    ("I had to stay up late working last night.", "Tối qua tôi phải thức khuya làm việc."),
    ("You shouldn't stay up late.", "Bạn không nên thức khuya."),
    # v8: "Tôi đã học tất cả đêm để làm bài kiểm.", "Tôi kéo một cái nhìn tất cả."
    ("I stayed up all night studying for the exam.", "Tôi đã thức trắng đêm để ôn thi."),
    ("My daughter stayed up all night studying for her exams.", "Con gái tôi đã thức trắng đêm để ôn thi."),
    ("He stayed up all night working last night.", "Tối qua anh ấy thức trắng để làm việc."),
    ("I pulled an all-nighter.", "Tôi đã thức trắng đêm."),
    ("We pulled an all-nighter revising.", "Chúng tôi đã thức trắng đêm để ôn bài."),
    # v8: "Tôi thích ngủ vào cuối tuần.", "Cô ấy thích ngủ vào cuối tuần.", "Tôi thích ngủ.", "Bạn có muốn ngủ
    # không?", "Tôi không thích ở lại cuối."
    ("I like to sleep in at the weekend.", "Tôi thích ngủ nướng vào cuối tuần."),
    ("She likes to sleep in at the weekend.", "Cô ấy thích ngủ nướng vào cuối tuần."),
    ("I love sleeping in.", "Tôi rất thích ngủ nướng."),
    ("Do you like to sleep in?", "Bạn có thích ngủ nướng không?"),
    ("I don't like staying up late.", "Tôi không thích thức khuya."),
    ("My father hates staying up late.", "Bố tôi ghét thức khuya."),
    # v8: "Đừng ở lại cuối.", "Đừng ở lại quá muộn."
    ("Stop staying up late.", "Đừng thức khuya nữa."),
    ("Don't stay up too late.", "Đừng thức khuya quá."),
    ("Don't stay up late.", "Đừng thức khuya."),
    ("Stop sleeping in!", "Đừng ngủ nướng nữa!"),
    # not: the verb not agreeing ("She stay", "Does he stays", "I has to"), a plain "I stay up late." (a habit
    # unsaid), up late revising (mt/revising.py), all night with nothing done (mt/insomnia.py), a day of the wrong
    # way or with a habit, "Did you …?" with no day, a night slept in, another's exams, a pet, a "?" on a statement,
    # love asked, "oversleep" (mt/waking.py), staying in, Vietnamese
    ("She stay up late.", None), ("Does he stays up late?", None), ("I has to stay up late tonight.", None),
    ("I stay up late.", None), ("I stayed up late revising.", None), ("I stayed up all night.", None),
    ("I slept in last night.", None), ("I'll stay up late last night.", None), ("I often stay up late tonight.", None),
    ("Did you stay up late?", None), ("I sleep in every night.", None), ("My cat often stays up late.", None),
    ("I stayed up all night studying for his exams.", None), ("I often stay up late?", None),
    ("Do you love sleeping in?", None), ("I overslept this morning.", None), ("I stayed in last night.", None),
    ("Tôi hay thức khuya.", None), ("He often stay up late.", None), ("Stop staying up too late any more.", None),
    ("I stay up late last night.", None), ("She's going to stay up late yesterday.", None),
    ("We is going to sleep in tomorrow.", None), ("I didn't stay up late.", None),
    # not: asked or denied with no habit and no time of the week, as "I stay up late." ("Bạn có thức khuya không?",
    # "Tôi không thức khuya.": a habit, last night, or tonight?), "I" asked (as "Tôi có hay thức khuya không?")
    ("Do you stay up late?", None), ("Does she sleep in?", None), ("Do you stay up all night working?", None),
    ("I don't stay up late.", None), ("She doesn't stay up late.", None), ("Did I stay up late last night?", None),
    ("Do I often stay up late?", None), ("Do I like to sleep in?", None), ("Did I sleep in this morning?", None),
    # ... but with a time of the week, a habit
    ("Do you sleep in at the weekend?", "Bạn có ngủ nướng vào cuối tuần không?"),
    ("She doesn't sleep in at weekends.", "Cô ấy không ngủ nướng vào cuối tuần."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
