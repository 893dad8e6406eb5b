"""Being busy: now, with what, all day, lately, too busy to do something, and what with, asked, both ways
(mt/busy.py)."""
import pytest

from mt.busy import translate


@pytest.mark.parametrize("text, said", [
    # v8: "At this time he's busy."
    ("Lúc này anh ấy đang bận.", "He's busy at the moment."),
    ("Bây giờ tôi đang bận.", "I'm busy right now."),
    ("Hiện giờ mẹ tôi đang bận.", "My mother is busy at the moment."),
    ("Tôi đang bận lúc này.", "I'm busy at the moment."),
    ("Tôi đang bận.", "I'm busy."),
    ("Tôi đang rất bận.", "I'm very busy."),
    ("Tôi đang hơi bận.", "I'm a bit busy."),
    ("Lan đang bận.", "Lan is busy."),
    ("Anh có đang bận không?", "Are you busy?"),
    # v8: "She is too busy." ("không đến được" lost), "It's too busy to help.", "I'm so busy should not be called."
    ("Cô ấy bận quá không đến được.", "She's too busy to come."),
    ("Lan bận quá không giúp được.", "Lan is too busy to help."),
    ("Tôi bận quá nên không gọi được.", "I'm too busy to call."),
    ("Tôi bận quá, không ăn trưa được.", "I'm too busy to have lunch."),
    ("Mẹ tôi bận quá không nấu ăn được.", "My mother is too busy to cook."),
    ("Hôm qua tôi bận quá không đến được.", "I was too busy to come yesterday."),
    # v8: "Do you busy?", "Tomorrow, I'll be busy." ("việc" lost), "She's busy talking about the phone."
    ("Bạn có bận việc không?", "Are you busy with work?"),
    ("Anh ấy bận việc.", "He's busy with work."),
    ("Tôi bận công việc.", "I'm busy with work."),
    ("Tuần này tôi bận công việc.", "I'm busy with work this week."),
    ("Ngày mai tôi bận việc.", "I'll be busy with work tomorrow."),
    ("Hôm qua tôi bận việc quá.", "I was so busy with work yesterday."),
    ("Bố tôi đang bận làm việc.", "My father is busy working."),
    ("Chị ấy đang bận học.", "She's busy studying."),
    ("Anh ấy đang bận họp.", "He's busy in a meeting."),
    ("Chị ấy đang bận nghe điện thoại.", "She's busy on the phone."),
    ("Cô ấy có đang bận học không?", "Is she busy studying?"),
    # v8: "She's all day busy.", "I'm busy every week.", "I'm busy today." ("cả ngày" lost)
    ("Cô ấy bận cả ngày.", "She's busy all day."),
    ("Tôi bận cả tuần.", "I'm busy all week."),
    ("Hôm nay tôi bận cả ngày.", "I'm busy all day today."),
    ("Ngày mai tôi bận cả ngày.", "I'll be busy all day tomorrow."),
    ("Bạn có bận cả ngày không?", "Are you busy all day?"),
    # v8: "This rice is my mother is too busy.", "This rice is busy."
    ("Dạo này mẹ tôi bận quá.", "My mother has been so busy lately."),
    ("Dạo này tôi bận công việc.", "I've been busy with work lately."),
    ("Dạo này bạn có bận không?", "Have you been busy lately?"),
    # v8: "What's he busy?", "What are you busy?"
    ("Anh ấy đang bận gì?", "What's he busy with?"),
    ("Bạn bận gì vậy?", "What are you busy with?"),
    ("Mẹ bạn đang bận gì thế?", "What's your mother busy with?"),
    # not: busy plain or on a day, not busy (mt/free_time.py's), a pronoun busy lately (mt/feelings.py's), "anh" or
    # "em" saying it (the speaker or the listener), "đang" with a day not now or with lately, a meeting tomorrow,
    # "I" asked, "rất" asked, "Mai" alone (a day mt.free_time.when does not read), asked too busy, other topics
    ("Tôi đang bận nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi bận.", None), ("Tối nay tôi bận.", None), ("Bạn có bận không?", None), ("Tôi không bận.", None),
    ("Dạo này tôi bận quá.", None), ("Anh đang bận.", None), ("Em đang bận.", None), ("Tối nay tôi đang bận.", None),
    ("Dạo này tôi đang bận.", None), ("Ngày mai anh ấy bận họp.", None), ("Tôi đang bận việc không?", None),
    ("Bạn có rất bận không?", None), ("Mai tôi bận quá không đi được.", None),
    ("Bạn bận quá không đến được?", None), ("Máy bận.", None), ("Tôi đang bận học tiếng Anh.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy bận rộn vào lúc này.", "Tôi đang bận rộn ngay bây giờ.", "Bạn có bận rộn ngay bây giờ không?"
    ("He's busy at the moment.", "Lúc này anh ấy đang bận."),
    ("I'm busy right now.", "Bây giờ tôi đang bận."),
    ("I'm not busy right now.", "Bây giờ tôi không bận."),
    ("Are you busy right now?", "Bây giờ bạn có bận không?"),
    ("Is he busy at the moment?", "Lúc này anh ấy có bận không?"),
    ("I'm very busy right now.", "Bây giờ tôi đang rất bận."),
    # v8: "Tôi đang bận rộn." ("a bit" lost)
    ("I'm a bit busy.", "Tôi hơi bận."),
    ("I'm quite busy at the moment.", "Lúc này tôi đang khá bận."),
    # v8: "Cô ấy quá bận rộn để đến.", "Tôi quá bận rộn đến ngày mai.", "Họ quá bận để giúp đỡ."
    ("She's too busy to come.", "Cô ấy bận quá không đến được."),
    ("I'm too busy to come tomorrow.", "Ngày mai tôi bận quá không đến được."),
    ("They're too busy to help.", "Họ bận quá không giúp được."),
    ("My mother is too busy to cook.", "Mẹ tôi bận quá không nấu ăn được."),
    ("I was too busy to call yesterday.", "Hôm qua tôi bận quá không gọi được."),
    ("I was too busy to call.", "Tôi bận quá không gọi được."),
    ("I'm too busy to talk right now.", "Bây giờ tôi bận quá không nói chuyện được."),
    # v8: "Cô ấy bận rộn với công việc.", "Tôi đang bận rộn khi học.", "Anh ta bận rộn trong cuộc họp."
    ("She's busy with work.", "Cô ấy đang bận công việc."),
    ("I'm busy with work this week.", "Tuần này tôi bận công việc."),
    ("I was busy with work yesterday.", "Hôm qua tôi bận công việc."),
    ("Are you busy with work?", "Bạn có bận công việc không?"),
    ("Is your father busy with work?", "Bố bạn có bận công việc không?"),
    ("I'm busy studying.", "Tôi đang bận học."),
    ("He's busy in a meeting.", "Anh ấy đang bận họp."),
    ("I'm busy cooking.", "Tôi đang bận nấu ăn."),
    ("Lan is busy with housework.", "Lan đang bận việc nhà."),
    # v8: "Tôi bận rộn suốt cả ngày."
    ("I'm busy all day.", "Tôi bận cả ngày."),
    ("She's busy all week.", "Cô ấy bận cả tuần."),
    ("I'm busy all day today.", "Hôm nay tôi bận cả ngày."),
    ("I'll be busy all day tomorrow.", "Ngày mai tôi sẽ bận cả ngày."),
    # v8: "Tôi thật sự bận rộn về cuối.", "Anh ta bận rộn với công việc cuối cùng."
    ("I've been really busy lately.", "Dạo này tôi rất bận."),
    ("She's been busy with work lately.", "Dạo này cô ấy bận công việc."),
    ("Have you been busy lately?", "Dạo này bạn có bận không?"),
    ("Has your mother been busy with work lately?", "Dạo này mẹ bạn có bận công việc không?"),
    # v8: "Bạn đang bận rộn với gì?"
    ("What are you busy with?", "Bạn đang bận gì vậy?"),
    ("What's he busy with?", "Anh ấy đang bận gì vậy?"),
    # not: busy plain or on a day (mt/free_time.py's), the verb not agreeing with who, the past with no day behind,
    # "not" with what, a meeting tomorrow, until a time, "very" asked, other topics
    ("I'm busy tonight.", None), ("Are you busy?", None), ("He is busy.", None), ("I'm busy now.", None),
    ("She are busy with work.", None), ("I is busy right now.", None), ("He are too busy to come.", None),
    ("He have been busy lately.", None), ("What is you busy with?", None), ("I was busy with work.", None),
    ("I'm busy with work yesterday.", None), ("I'm not busy with work.", None),
    ("He'll be busy in a meeting tomorrow.", None), ("I'm busy until five.", None),
    ("Are you very busy with work?", None), ("The line is busy.", None), ("The roads are busy today.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
