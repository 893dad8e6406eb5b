"""Procrastination: who puts things off, what, leaving things to the last minute, and "Stop putting it off!", both
ways (mt/procrastination.py)."""
import pytest

from mt.procrastination import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He or delayed.", "I delay school.", "Are you delayed?", "My son delayed homework.", "My father or delayed
    # the doctor.", "Lan is always delayed home.", "I never delayed."
    ("Anh ấy hay trì hoãn.", "He often procrastinates."),
    ("Em trai tôi hay trì hoãn.", "My younger brother often procrastinates."),
    ("Cô ấy thường trì hoãn.", "She often procrastinates."),
    ("Chúng tôi thỉnh thoảng trì hoãn.", "We sometimes procrastinate."),
    ("Anh ấy hiếm khi trì hoãn.", "He rarely procrastinates."),
    ("Tôi không bao giờ trì hoãn.", "I never procrastinate."),
    ("Tôi hay trì hoãn việc học.", "I often put off studying."),
    ("Con trai tôi hay trì hoãn bài tập về nhà.", "My son often puts off his homework."),
    ("Con trai tôi hay trì hoãn làm bài tập.", "My son often puts off doing his homework."),
    ("Bố tôi hay trì hoãn việc đi khám bác sĩ.", "My father often puts off going to the doctor."),
    ("Lan luôn trì hoãn việc nhà.", "Lan always puts off the housework."),
    ("Bác Lan hay trì hoãn việc nhà.", "Aunt Lan often puts off the housework."),
    ("Họ thường trì hoãn công việc.", "They often put off their work."),
    ("Tôi thường trì hoãn việc ôn thi.", "I often put off studying for my exams."),
    ("Em trai tôi không hay trì hoãn.", "My younger brother doesn't often procrastinate."),
    ("Bạn có hay trì hoãn không?", "Do you often procrastinate?"),
    ("Bạn có thường trì hoãn không?", "Do you often procrastinate?"),
    ("Anh có hay trì hoãn không?", "Do you often procrastinate?"),
    ("Mẹ bạn có hay trì hoãn việc nhà không?", "Does your mother often put off the housework?"),
    ("Lan có bao giờ trì hoãn không?", "Does Lan ever procrastinate?"),
    # v8: "I'm delaying.", "He delayed forever.", "I won't delay."
    ("Tôi đang trì hoãn.", "I'm procrastinating."),
    ("Chúng tôi đang trì hoãn.", "We're procrastinating."),
    ("Em trai tôi đang trì hoãn bài tập.", "My younger brother is putting off his homework."),
    ("Họ đang trì hoãn việc dọn dẹp.", "They're putting off tidying up."),
    ("Anh ấy có đang trì hoãn không?", "Is he procrastinating?"),
    ("Bạn có đang trì hoãn không?", "Are you procrastinating?"),
    ("Anh ấy cứ trì hoãn mãi.", "He keeps putting it off."),
    ("Con trai tôi cứ trì hoãn bài tập mãi.", "My son keeps putting off his homework."),
    ("Tôi sẽ không trì hoãn nữa.", "I won't procrastinate any more."),
    ("Bố tôi sẽ không trì hoãn việc đi khám bác sĩ nữa.", "My father won't put off going to the doctor any more."),
    # v8: "I delayed the exercise week.", "We delayed all week."
    ("Tôi đã trì hoãn bài tập cả tuần.", "I put off my homework all week."),
    ("Chúng tôi đã trì hoãn cả tuần.", "We procrastinated all week."),
    ("Cô ấy đã trì hoãn cả ngày.", "She procrastinated all day."),
    ("Lan đã trì hoãn việc học suốt cả tuần.", "Lan put off studying all week."),
    # v8: "He always lets the last minute to do.", "My younger brother always let water go to the new leg jumps.",
    # "I'm going to do it until the last minute."
    ("Anh ấy luôn để đến phút cuối mới làm.", "He always leaves things to the last minute."),
    ("Em trai tôi luôn để nước đến chân mới nhảy.", "My younger brother always leaves things to the last minute."),
    ("Họ hay để nước đến chân mới nhảy.", "They often leave things to the last minute."),
    ("Chị ấy luôn để mọi việc đến phút cuối.", "She always leaves things to the last minute."),
    ("Tôi hay để bài tập đến phút cuối mới làm.", "I often leave my homework to the last minute."),
    ("Con trai tôi luôn để bài tập đến phút chót mới làm.", "My son always leaves his homework to the last minute."),
    ("Tôi thường để việc học đến phút cuối mới làm.", "I often leave studying to the last minute."),
    ("Tôi không bao giờ để đến phút cuối mới làm.", "I never leave things to the last minute."),
    ("Lan có hay để đến phút cuối mới làm không?", "Does Lan often leave things to the last minute?"),
    # v8: "Don't delay!", "Don't let until the last minute!"
    ("Đừng trì hoãn nữa!", "Stop putting it off!"),
    ("Anh đừng trì hoãn nữa!", "Stop putting it off!"),
    ("Đừng trì hoãn nữa nhé.", "Stop putting it off."),
    ("Đừng trì hoãn!", "Don't put it off!"),
    ("Con đừng trì hoãn bài tập nữa!", "Stop putting off your homework!"),
    ("Đừng trì hoãn việc học!", "Don't put off studying!"),
    ("Đừng để đến phút cuối mới làm!", "Don't leave things to the last minute!"),
    ("Đừng để nước đến chân mới nhảy!", "Don't leave things to the last minute!"),
    ("Đừng để bài tập đến phút cuối mới làm!", "Don't leave your homework to the last minute!"),
    # not: a bare "trì hoãn" (a habit, or once?), "đã" without a span, a span without "đã", "anh" alone saying it, a
    # "?" on a statement, "không?" without "có", "có" without "không?", a pet, events postponed (mt/meetings.py,
    # mt/delays.py), "hoãn" alone, a reason or a second clause, "Lan"'s homework (his or hers?), a span now, "sẽ
    # không" without "nữa", "cứ" without "mãi", asked of oneself, English
    ("Tôi đang trì hoãn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi trì hoãn việc học.", None), ("Anh ấy đã trì hoãn bài tập.", None), ("Anh ấy trì hoãn cả tuần.", None),
    ("Anh hay trì hoãn.", None), ("Anh ấy hay trì hoãn?", None), ("Bạn hay trì hoãn không?", None),
    ("Bạn có hay trì hoãn.", None), ("Con chó của tôi hay trì hoãn.", None), ("Cuộc họp bị trì hoãn.", None),
    ("Cuộc họp đã bị trì hoãn cả tuần.", None), ("Họ hay trì hoãn đám cưới.", None), ("Chuyến bay bị hoãn.", None),
    ("Anh ấy hay hoãn việc học.", None), ("Anh ấy hay trì hoãn vì lười.", None),
    ("Tôi hay trì hoãn việc học nhưng vẫn đỗ.", None), ("Tôi để đến phút cuối mới làm.", None),
    ("Đừng trì hoãn nữa?", None), ("Lan hay để bài tập đến phút cuối mới làm.", None),
    ("Anh ấy đang trì hoãn cả tuần.", None), ("Tôi sẽ không trì hoãn.", None), ("Anh ấy cứ trì hoãn.", None),
    ("Tôi có đang trì hoãn không?", None), ("Tôi có hay trì hoãn không?", None), ("He often procrastinates.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy thường bắt chước." (imitates), "Tôi thường bỏ học." (drop out), "Tôi không bao giờ lưỡng lự.",
    # "Con trai tôi thường bỏ bài tập ở nhà.", "Cha tôi luôn cho bác sĩ biết.", "Bạn có nên chủng ngừa thường không?"
    ("He often procrastinates.", "Anh ấy hay trì hoãn."),
    ("My younger brother often procrastinates.", "Em trai tôi hay trì hoãn."),
    ("We always procrastinate.", "Chúng tôi luôn trì hoãn."),
    ("Lan rarely procrastinates.", "Lan hiếm khi trì hoãn."),
    ("I never procrastinate.", "Tôi không bao giờ trì hoãn."),
    ("She often puts things off.", "Cô ấy hay trì hoãn."),
    ("I often put off studying.", "Tôi hay trì hoãn việc học."),
    ("They sometimes put off their work.", "Họ thỉnh thoảng trì hoãn công việc."),
    ("My son often puts off his homework.", "Con trai tôi hay trì hoãn bài tập."),
    ("My son always puts off doing his homework.", "Con trai tôi luôn trì hoãn làm bài tập."),
    ("My father always puts off going to the doctor.", "Bố tôi luôn trì hoãn việc đi khám bác sĩ."),
    ("My mother never puts off going to the doctor.", "Mẹ tôi không bao giờ trì hoãn việc đi khám bác sĩ."),
    ("I usually put off the housework.", "Tôi thường trì hoãn việc nhà."),
    ("I don't often procrastinate.", "Tôi không hay trì hoãn."),
    ("She doesn't often put off her homework.", "Cô ấy không hay trì hoãn bài tập."),
    ("My father doesn't put off going to the doctor.", "Bố tôi không trì hoãn việc đi khám bác sĩ."),
    ("Do you often procrastinate?", "Bạn có hay trì hoãn không?"),
    ("Does your son often procrastinate?", "Con trai bạn có hay trì hoãn không?"),
    ("Do they always put off their homework?", "Họ có luôn trì hoãn bài tập không?"),
    ("Does Lan ever put off studying?", "Lan có bao giờ trì hoãn việc học không?"),
    ("Do you ever procrastinate?", "Bạn có bao giờ trì hoãn không?"),
    # v8: "Tôi đang procrastinating.", "Bạn đang lưỡng lự không?", "Anh ấy giữ nó ra khỏi.", "Tôi sẽ không cho phép
    # thêm bất cứ điều gì nữa."
    ("I'm procrastinating.", "Tôi đang trì hoãn."),
    ("We're procrastinating.", "Chúng tôi đang trì hoãn."),
    ("He's putting off his homework.", "Anh ấy đang trì hoãn bài tập."),
    ("My mother is putting off seeing a doctor.", "Mẹ tôi đang trì hoãn việc đi khám bác sĩ."),
    ("Are you procrastinating?", "Bạn có đang trì hoãn không?"),
    ("Is she procrastinating?", "Cô ấy có đang trì hoãn không?"),
    ("Are they putting off tidying up?", "Họ có đang trì hoãn việc dọn dẹp không?"),
    ("He keeps putting it off.", "Anh ấy cứ trì hoãn mãi."),
    ("They keep procrastinating.", "Họ cứ trì hoãn mãi."),
    ("My son keeps putting off his homework.", "Con trai tôi cứ trì hoãn bài tập mãi."),
    ("I won't procrastinate any more.", "Tôi sẽ không trì hoãn nữa."),
    ("We won't put it off any more.", "Chúng tôi sẽ không trì hoãn nữa."),
    ("She won't put off exercising anymore.", "Cô ấy sẽ không trì hoãn việc tập thể dục nữa."),
    # v8: "Tôi bỏ bài tập ở nhà mỗi tuần.", "Mùa này chúng tôi chần chừ tất cả."
    ("I put off my homework all week.", "Tôi đã trì hoãn bài tập cả tuần."),
    ("We procrastinated all week.", "Chúng tôi đã trì hoãn cả tuần."),
    ("He procrastinated all day.", "Anh ấy đã trì hoãn cả ngày."),
    ("She put off studying for her exams all week.", "Cô ấy đã trì hoãn việc ôn thi cả tuần."),
    ("We've been putting off the chores all week.", "Chúng tôi đã trì hoãn việc nhà cả tuần."),
    ("My son has been procrastinating all morning.", "Con trai tôi đã trì hoãn cả buổi sáng."),
    # v8: "Anh ta luôn để mọi thứ đến phút cuối.", "Tôi thường để làm bài tập về nhà vào phút cuối."
    ("He always leaves things to the last minute.", "Anh ấy luôn để đến phút cuối mới làm."),
    ("We often leave everything to the last minute.", "Chúng tôi hay để đến phút cuối mới làm."),
    ("She never leaves it to the last minute.", "Cô ấy không bao giờ để đến phút cuối mới làm."),
    ("I often leave my homework to the last minute.", "Tôi hay để bài tập đến phút cuối mới làm."),
    ("My son always leaves his homework until the last minute.", "Con trai tôi luôn để bài tập đến phút cuối mới làm."),
    ("Lan often leaves studying to the last minute.", "Lan hay để việc học đến phút cuối mới làm."),
    ("I don't often leave things to the last minute.", "Tôi không hay để đến phút cuối mới làm."),
    ("Do you ever leave things to the last minute?", "Bạn có bao giờ để đến phút cuối mới làm không?"),
    ("Does she often leave things to the last minute?", "Cô ấy có hay để đến phút cuối mới làm không?"),
    # v8: "Dừng phát âm!" (pronouncing), "Hãy dừng lại!", "Đừng để mọi thứ đến phút cuối!"
    ("Stop procrastinating!", "Đừng trì hoãn nữa!"),
    ("Stop putting it off!", "Đừng trì hoãn nữa!"),
    ("Stop putting things off.", "Đừng trì hoãn nữa."),
    ("Stop putting off your homework!", "Đừng trì hoãn bài tập nữa!"),
    ("Don't procrastinate!", "Đừng trì hoãn!"),
    ("Don't put it off any more!", "Đừng trì hoãn nữa!"),
    ("Do not put off going to the doctor.", "Đừng trì hoãn việc đi khám bác sĩ."),
    ("Don't leave things to the last minute!", "Đừng để đến phút cuối mới làm!"),
    ("Don't leave your homework to the last minute!", "Đừng để bài tập đến phút cuối mới làm!"),
    # not: a bare present or past (a habit, or once?), "puts" with a span, "put it off" as a habit or asked, a "?" on
    # a statement and a "." on a question, asked of oneself or "we" (chúng tôi or chúng ta?), a verb not agreeing,
    # "won't" without "any more", another's homework, a friend's "their", events postponed, "put off" as disgust, a
    # reason, a pet, Vietnamese
    ("I procrastinate.", None), ("He procrastinates.", None), ("I put off my homework.", None),
    ("He puts off his homework all week.", None), ("She often puts it off.", None), ("Are you putting it off?", None),
    ("Do you often procrastinate.", None), ("He often procrastinates?", None), ("Am I procrastinating?", None),
    ("Do we often put things off?", None), ("She always put off her homework.", None),
    ("They keeps procrastinating.", None), ("He often leave things to the last minute.", None),
    ("We won't procrastinate.", None), ("I never put off her homework.", None),
    ("My friend always puts off their homework.", None), ("Stop putting off my homework!", None),
    ("He put off the wedding.", None), ("The meeting was put off.", None), ("I was put off by the smell.", None),
    ("The smell put me off.", None), ("She puts off her homework because she's tired.", None),
    ("Stop procrastinating?", None), ("My cat always procrastinates.", None), ("I have been procrastinating.", None),
    ("I procrastinated yesterday.", None), ("Anh ấy hay trì hoãn.", None),
    # not: a question with "don't" too (the "not" would be dropped)
    ("Do you don't often leave things to the last minute?", None),
    ("Does she doesn't often leave her homework to the last minute?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
