"""Meditation: who meditates, how often or long, now, learning, started, liked or tried, and meditation helping, both
ways (mt/meditation.py)."""
import pytest

from mt.meditation import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm getting every morning.", "My mother has a meditation every night.", "I'm putting me every day.",
    # "I'm almost 20 minutes a day.", "Do you have a meditation?", "Lan or meditation.", "I don't concentrate anymore."
    ("Tôi thiền mỗi sáng.", "I meditate every morning."),
    ("Mẹ tôi thiền mỗi tối.", "My mother meditates every evening."),
    ("Tôi tập thiền mỗi ngày.", "I meditate every day."),
    ("Mỗi sáng, bố tôi thiền 15 phút.", "My father meditates for 15 minutes every morning."),
    ("Tôi thiền 20 phút mỗi ngày.", "I meditate for 20 minutes a day."),
    ("Chúng tôi thiền nửa tiếng mỗi tối.", "We meditate for half an hour every evening."),
    ("Tôi tập thiền.", "I meditate."),
    ("Lan hay thiền.", "Lan often meditates."),
    ("Anh ấy thỉnh thoảng thiền.", "He sometimes meditates."),
    ("Mẹ tôi vẫn thiền mỗi sáng.", "My mother still meditates every morning."),
    ("Bạn có tập thiền không?", "Do you meditate?"),
    ("Bạn có thiền mỗi ngày không?", "Do you meditate every day?"),
    ("Mẹ bạn có hay thiền không?", "Does your mother often meditate?"),
    ("Bạn còn tập thiền không?", "Do you still meditate?"),
    ("Cô ấy không tập thiền.", "She doesn't meditate."),
    ("Tôi không tập thiền nữa.", "I don't meditate any more."),
    ("Mẹ tôi tập yoga và thiền mỗi sáng.", "My mother does yoga and meditation every morning."),
    ("Chúng tôi tập thiền và yoga.", "We do meditation and yoga."),
    ("Tôi thiền định mỗi tối.", "I meditate every evening."),
    # v8: "He's suffering from me.", "I'm putting meditation.", "I'm studying meditation."
    ("Anh ấy đang thiền.", "He's meditating."),
    ("Mẹ tôi đang thiền.", "My mother is meditating."),
    ("Bạn đang thiền à?", "Are you meditating?"),
    ("Bố bạn có đang thiền không?", "Is your father meditating?"),
    ("Tôi đang tập thiền.", "I'm practising meditation."),
    ("Tôi đang học thiền.", "I'm learning to meditate."),
    ("Chúng tôi đang học thiền.", "We're learning to meditate."),
    # v8: "I just started meditation." (odd)
    ("Tôi mới bắt đầu tập thiền.", "I've just started meditating."),
    ("Mẹ tôi vừa bắt đầu học thiền.", "My mother has just started learning to meditate."),
    ("Anh ấy đã bắt đầu thiền.", "He's started meditating."),
    ("Bạn đã bắt đầu tập thiền chưa?", "Have you started meditating yet?"),
    # v8: "How long have you been having a meditation?", "I have had a meditation for two years."
    ("Bạn thiền bao lâu rồi?", "How long have you been meditating?"),
    ("Mẹ bạn tập thiền được bao lâu rồi?", "How long has your mother been meditating?"),
    ("Tôi thiền được hai năm rồi.", "I've been meditating for two years."),
    ("Lan đã thiền được một năm.", "Lan has been meditating for a year."),
    ("Chúng tôi tập thiền được vài tháng rồi.", "We've been meditating for a few months."),
    # v8: "I like meditation." (said right), "I have never tried to meditate."
    ("Tôi thích thiền.", "I like meditating."),
    ("Mẹ tôi rất thích thiền.", "My mother really likes meditating."),
    ("Bạn có thích thiền không?", "Do you like meditating?"),
    ("Anh ấy ghét thiền.", "He hates meditating."),
    ("Tôi không thích thiền.", "I don't like meditating."),
    ("Tôi chưa thử thiền bao giờ.", "I've never tried meditation."),
    ("Bố tôi chưa bao giờ thử thiền.", "My father has never tried meditation."),
    ("Bạn đã bao giờ thử thiền chưa?", "Have you ever tried meditation?"),
    ("Bạn đã thử thiền chưa?", "Have you tried meditation?"),
    ("Tôi đã thử thiền rồi.", "I've tried meditation."),
    ("Bạn nên thử thiền.", "You should try meditation."),
    ("Tôi có nên thử thiền không?", "Should I try meditation?"),
    # v8: "Meditation helps me less stress."; right: "Meditation helps me relax.", "… sleep better."
    ("Thiền giúp tôi bớt căng thẳng.", "Meditation helps me feel less stressed."),
    ("Thiền giúp tôi thư giãn.", "Meditation helps me relax."),
    ("Thiền giúp mẹ tôi ngủ ngon hơn.", "Meditation helps my mother sleep better."),
    ("Thiền giúp giảm căng thẳng.", "Meditation helps reduce stress."),
    ("Yoga và thiền giúp tôi thư giãn.", "Yoga and meditation help me relax."),
    ("Thiền có giúp bạn ngủ ngon hơn không?", "Does meditation help you sleep better?"),
    ("Thiền không giúp anh ấy bình tĩnh hơn.", "Meditation doesn't help him feel calmer."),
    ("Thiền đã giúp tôi rất nhiều.", "Meditation has helped me a lot."),
    ("Tôi thiền được 20 phút rồi.", "I've been meditating for 20 minutes."),
    ("Tôi thiền 20 phút mỗi tuần.", "I meditate for 20 minutes a week."),
    ("Chúng ta có nên thử thiền không?", "Should we try meditation?"),
    # not: a plain "Tôi thiền." (now, or a habit?), "anh", "em" alone saying it, asked of oneself, a pet, "?" on a
    # statement, "có" with no "không", Zen (a Zen master, a monastery, the school), "đi thiền" (a retreat?), today
    # not done (planned?), a day ahead, a span with no "every", how often with every, whom left out, started with no
    # word of when, "bao lâu" with no "rồi", English, nonsense
    ("Tôi thiền.", None), ("Anh thiền mỗi sáng.", None), ("Em đang học thiền.", None),
    ("Tôi có tập thiền không?", None), ("Con mèo của tôi đang thiền.", None), ("Tôi thiền mỗi sáng?", None),
    ("Bạn có tập thiền?", None), ("Ông ấy là một thiền sư.", None), ("Chùa này là một thiền viện.", None),
    ("Tôi theo thiền tông.", None), ("Tôi đi thiền.", None), ("Hôm nay tôi không thiền.", None),
    ("Ngày mai tôi thiền.", None), ("Tôi thiền 20 phút.", None), ("Tôi hay thiền mỗi sáng.", None),
    ("Thiền giúp thư giãn.", None), ("Tôi bắt đầu tập thiền.", None), ("Bạn thiền bao lâu?", None),
    ("I meditate every morning.", None), ("Thiền thiền thiền.", None), ("Tôi tập yoga mỗi sáng.", None),
    ("Bạn thiền mỗi sáng à.", None), ("Tôi chưa thử thiền.", None), ("Bạn nên thử thiền không?", None),
    # (a day said, wanting, and how long each day are left to the model: "Hôm qua tôi không thiền." → "Yesterday, I
    # didn't meditate.", right)
    ("Hôm qua tôi không thiền.", None), ("Tôi muốn học thiền.", None), ("Mỗi ngày bạn thiền bao lâu?", None),
    # (review) "nhỉ" on a statement asks to be agreed with (isn't he?); days a week are not "for three days a week"; a
    # short span with "được" and no "rồi" may be what one can do ("I can meditate for 20 minutes"); never with "rồi"
    ("Tôi thiền mỗi sáng nhỉ.", None), ("Anh ấy đang thiền nhỉ.", None), ("Bạn thích thiền nhỉ.", None),
    ("Thiền giúp tôi thư giãn nhỉ.", None), ("Tôi thiền được hai năm rồi nhỉ.", None),
    ("Bạn nên thử thiền nhỉ.", None), ("Tôi đã bắt đầu tập thiền rồi nhỉ.", None),
    ("Tôi thiền ba ngày mỗi tuần.", None), ("Mỗi tuần tôi thiền 2 ngày.", None),
    ("Tôi thiền được 20 phút.", None), ("Tôi thiền được hai tuần.", None), ("Lan thiền được ba ngày.", None),
    ("Tôi chưa bao giờ thử thiền rồi.", None), ("Tôi chưa thử thiền bao giờ rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi ghét mỗi buổi sáng." (hate), "Mẹ tôi ghét mỗi buổi tối.", "Bạn có sẵn không?", "Tôi ghé qua 20 phút
    # một ngày.", "Tôi làm yoga và meditation.", "Tôi không ăn thêm bất cứ thứ gì nữa."
    ("I meditate every morning.", "Tôi thiền mỗi sáng."),
    ("My mother meditates every evening.", "Mẹ tôi thiền mỗi tối."),
    ("I meditate every day.", "Tôi thiền mỗi ngày."),
    ("I meditate for 20 minutes a day.", "Tôi thiền 20 phút mỗi ngày."),
    ("Lan meditates for half an hour every morning.", "Lan thiền nửa tiếng mỗi sáng."),
    ("I meditate.", "Tôi tập thiền."),
    ("He often meditates.", "Anh ấy hay thiền."),
    ("We never meditate.", "Chúng tôi không bao giờ thiền."),
    ("She still meditates every day.", "Cô ấy vẫn thiền mỗi ngày."),
    ("Do you meditate?", "Bạn có tập thiền không?"),
    ("Does your father meditate every day?", "Bố bạn có thiền mỗi ngày không?"),
    ("Do you still meditate?", "Bạn còn tập thiền không?"),
    ("She doesn't meditate.", "Cô ấy không tập thiền."),
    ("I don't meditate any more.", "Tôi không tập thiền nữa."),
    ("I practise meditation.", "Tôi tập thiền."),
    ("I do yoga and meditation.", "Tôi tập yoga và thiền."),
    ("My mother does yoga and meditation every morning.", "Mẹ tôi tập yoga và thiền mỗi sáng."),
    # v8: "Anh ấy đang chuẩn bị.", "Tôi đang học để chuẩn bị."
    ("He's meditating.", "Anh ấy đang thiền."),
    ("My mother is meditating.", "Mẹ tôi đang thiền."),
    ("Is she meditating?", "Cô ấy có đang thiền không?"),
    ("I'm learning to meditate.", "Tôi đang học thiền."),
    ("We're practising meditation.", "Chúng tôi đang tập thiền."),
    # v8: "Tôi vừa bắt đầu ăn xong." (finished eating)
    ("I've just started meditating.", "Tôi mới bắt đầu tập thiền."),
    ("My father has started learning to meditate.", "Bố tôi đã bắt đầu học thiền."),
    ("She just started meditating.", "Cô ấy mới bắt đầu tập thiền."),
    # v8: "Bạn chuẩn bị bữa tối bao lâu rồi?", "Tôi đã lưỡng lự được hai năm rồi." (dithered)
    ("How long have you been meditating?", "Bạn thiền bao lâu rồi?"),
    ("How long has your mother been meditating?", "Mẹ bạn thiền bao lâu rồi?"),
    ("I've been meditating for two years.", "Tôi thiền được hai năm rồi."),
    ("She's been meditating for a month.", "Cô ấy thiền được một tháng rồi."),
    # v8: "Tôi thích lưỡng lự."
    ("I like meditating.", "Tôi thích thiền."),
    ("My mother loves meditation.", "Mẹ tôi rất thích thiền."),
    ("Do you enjoy meditating?", "Bạn có thích thiền không?"),
    ("He doesn't like to meditate.", "Anh ấy không thích thiền."),
    # v8: "Bạn nên thử bữa."; right: "Tôi chưa từng thử thiền.", "Bạn đã từng thử thiền chưa?"
    ("I've never tried meditation.", "Tôi chưa thử thiền bao giờ."),
    ("My father has never tried meditating.", "Bố tôi chưa thử thiền bao giờ."),
    ("Have you ever tried meditation?", "Bạn đã bao giờ thử thiền chưa?"),
    ("You should try meditation.", "Bạn nên thử thiền."),
    ("Should I try meditation?", "Tôi có nên thử thiền không?"),
    # v8: "Có phải sự kiện giúp bạn ngủ ngon hơn không?", "Thiền định giúp bạn căng thẳng."; right: "Thiền định giúp
    # tôi thư giãn."
    ("Meditation helps me feel less stressed.", "Thiền giúp tôi bớt căng thẳng."),
    ("Meditation helps me relax.", "Thiền giúp tôi thư giãn."),
    ("Meditation helps my mother sleep better.", "Thiền giúp mẹ tôi ngủ ngon hơn."),
    ("Meditation helps with stress.", "Thiền giúp giảm căng thẳng."),
    ("Does meditation help you sleep better?", "Thiền có giúp bạn ngủ ngon hơn không?"),
    ("Yoga and meditation help me relax.", "Yoga và thiền giúp tôi thư giãn."),
    ("Meditation has helped me a lot.", "Thiền đã giúp tôi rất nhiều."),
    ("We've just started meditating.", "Chúng tôi mới bắt đầu tập thiền."),
    ("Meditation doesn't help him relax.", "Thiền không giúp anh ấy thư giãn."),
    # (review: "không giúp tôi rất nhiều" is not said)
    ("Meditation doesn't help me a lot.", "Thiền không giúp tôi nhiều."),
    ("Does meditation help you a lot?", "Thiền có giúp bạn nhiều không?"),
    # not: the verb not agreeing ("She meditate", "I meditates", "He have", "Do she"), "two year", a pet, "?" on a
    # statement, a day ahead, "help" without whom, "often" with "every", loving asked, Zen, Vietnamese, nonsense
    ("She meditate every morning.", None), ("I meditates.", None), ("He have been meditating for a year.", None),
    ("Do she meditate?", None), ("I've been meditating for two year.", None), ("My dog meditates every day.", None),
    ("I meditate every morning?", None), ("I will meditate tomorrow.", None), ("Meditation helps relax.", None),
    ("I often meditate every morning.", None), ("Do you love meditating?", None), ("He studies Zen meditation.", None),
    ("Tôi thiền mỗi sáng.", None), ("Meditate meditate.", None), ("Meditation helps me with stress.", None),
    ("Is she meditating.", None), ("Does meditation helps you relax?", None), ("I started meditating?", None),
    ("Do I meditate?", None), ("Am I meditating?", None), ("Meditation helps my dog relax.", None),
    ("I didn't meditate yesterday.", None), ("I want to learn to meditate.", None),
    ("Should I have tried meditation?", None),
    # (review) "we" asked or advised, and "us" helped: "chúng ta" (you too) or "chúng tôi"?
    ("Should we try meditation?", None), ("We should try meditation.", None), ("Are we meditating?", None),
    ("Do we meditate every day?", None), ("How long have we been meditating?", None),
    ("Meditation helps us relax.", None), ("Meditation has helped us a lot.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
