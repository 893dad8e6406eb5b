"""Practising a musical instrument at home: now, every day and for how long, yet, having to, and on a day behind,
both ways (mt/practising.py)."""
import pytest

from mt.practising import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm getting piano.", "I'm getting guitar.", "He's training for men.", "We're learning to men.", "Are you
    # learning to men?", "Lan is practitioner for the performance."
    ("Con tôi đang tập đàn piano.", "My child is practising the piano."),
    ("Tôi đang tập đàn ghi-ta.", "I'm practising the guitar."),
    ("Anh ấy đang luyện đàn.", "He's practising."),
    ("Chúng tôi đang tập đàn.", "We're practising."),
    ("Con trai tôi đang tập đàn ghi-ta.", "My son is practising the guitar."),
    ("Mẹ tôi đang tập đàn piano.", "My mother is practising the piano."),
    ("Bác Lan đang tập đàn violin.", "Aunt Lan is practising the violin."),
    ("Cô ấy đang luyện đàn piano ạ.", "She's practising the piano."),
    ("Bạn có đang tập đàn không?", "Are you practising?"),
    ("Anh ấy có đang tập trống không?", "Is he practising the drums?"),
    ("Con có đang tập đàn không?", "Are you practising?"),
    ("Lan đang tập đàn cho buổi biểu diễn.", "Lan is practising for the performance."),
    ("Con gái tôi đang tập đàn cho buổi biểu diễn.", "My daughter is practising for her performance."),
    ("Chúng tôi đang tập đàn cho buổi biểu diễn sắp tới.", "We're practising for our upcoming performance."),
    # v8: "Every night I filed the man.", "My daughter filed violin every day.", "Do you have a file every day?", "My
    # son didn't practice every day.", "My mother practiced thirty minutes per morning.", "I am half an hour per
    # night.", "How long does you exercise every day?"
    ("Mỗi tối tôi tập đàn một tiếng.", "I practise for an hour every evening."),
    ("Con gái tôi tập đàn violin mỗi ngày.", "My daughter practises the violin every day."),
    ("Anh ấy tập đàn ghi-ta mỗi tối.", "He practises the guitar every evening."),
    ("Chúng tôi tập đàn mỗi cuối tuần.", "We practise every weekend."),
    ("Mẹ tôi tập piano ba mươi phút mỗi sáng.", "My mother practises the piano for thirty minutes every morning."),
    ("Tôi tập đàn nửa tiếng mỗi tối.", "I practise for half an hour every evening."),
    ("Lan tập đàn một tiếng rưỡi mỗi ngày.", "Lan practises for an hour and a half every day."),
    ("Tôi tập đàn mỗi ngày 45 phút.", "I practise for 45 minutes every day."),
    ("Mỗi ngày con gái tôi tập đàn piano hai tiếng.", "My daughter practises the piano for two hours every day."),
    ("Mỗi tối, tôi tập đàn piano một tiếng đồng hồ.", "I practise the piano for an hour every evening."),
    ("Bạn có tập đàn mỗi ngày không?", "Do you practise every day?"),
    ("Bạn có tập đàn một tiếng mỗi ngày không?", "Do you practise for an hour every day?"),
    ("Con có tập đàn mỗi ngày không?", "Do you practise every day?"),
    ("Con trai tôi không tập đàn mỗi ngày.", "My son doesn't practise every day."),
    ("Mẹ tôi không tập đàn mỗi ngày.", "My mother doesn't practise every day."),
    ("Mỗi ngày bạn tập đàn bao lâu?", "How long do you practise every day?"),
    ("Bạn tập đàn bao lâu mỗi ngày?", "How long do you practise every day?"),
    ("Mỗi tối con trai bạn tập đàn bao lâu?", "How long does your son practise every evening?"),
    # v8: "Have you filed?", "I'm not set up for men.", "I'm getting the man."
    ("Con đã tập đàn chưa?", "Have you practised yet?"),
    ("Con đã tập đàn piano chưa?", "Have you practised the piano yet?"),
    ("Bạn tập đàn chưa?", "Have you practised yet?"),
    ("Anh ấy đã tập đàn chưa?", "Has he practised yet?"),
    ("Hôm nay con tập đàn chưa?", "Have you practised today?"),
    ("Tôi chưa tập đàn.", "I haven't practised yet."),
    ("Con trai tôi chưa tập đàn.", "My son hasn't practised yet."),
    ("Hôm nay tôi chưa tập đàn.", "I haven't practised today."),
    ("Tôi tập đàn rồi.", "I've already practised."),
    ("Cô ấy đã tập đàn rồi.", "She's already practised."),
    ("Hôm nay tôi tập đàn rồi.", "I've already practised today."),
    # v8: "You must have more engagement.", "She needs to train more.", "I have to practice a man before my school."
    ("Bạn phải tập đàn nhiều hơn.", "You need to practise more."),
    ("Cô ấy cần luyện đàn nhiều hơn.", "She needs to practise more."),
    ("Con gái tôi cần tập đàn nhiều hơn.", "My daughter needs to practise more."),
    ("Tôi phải tập đàn thêm.", "I need to practise more."),
    ("Bạn phải tập đàn mỗi ngày.", "You have to practise every day."),
    ("Bạn phải tập đàn một tiếng mỗi ngày.", "You have to practise for an hour every day."),
    ("Bạn không cần tập đàn mỗi ngày.", "You don't need to practise every day."),
    ("Tôi có phải tập đàn không?", "Do I have to practise?"),
    ("Con có phải tập đàn mỗi ngày không?", "Do you have to practise every day?"),
    ("Tôi phải tập đàn trước buổi học.", "I have to practise before my lesson."),
    ("Chúng tôi phải tập đàn trước buổi học.", "We have to practise before our lesson."),
    ("Tôi phải tập đàn trước buổi học đàn.", "I have to practise before my music lesson."),
    ("Con trai tôi phải tập đàn trước buổi học đàn piano.", "My son has to practise before his piano lesson."),
    ("Cô ấy phải tập đàn cho buổi hòa nhạc.", "She has to practise for her concert."),
    # v8: "Yesterday, I file two hours."
    ("Hôm qua tôi tập đàn hai tiếng.", "I practised for two hours yesterday."),
    ("Tối qua tôi tập đàn ba tiếng.", "I practised for three hours last night."),
    ("Hôm qua Lan đã tập đàn ghi-ta hai tiếng.", "Lan practised the guitar for two hours yesterday."),
    ("Hôm kia chúng tôi tập đàn.", "We practised the day before yesterday."),
    ("Hôm qua bạn có tập đàn không?", "Did you practise yesterday?"),
    ("Hôm qua con có tập đàn không?", "Did you practise yesterday?"),
    ("Hôm qua con trai tôi không tập đàn.", "My son didn't practise yesterday."),
    ("Hôm nay tôi đã tập đàn một tiếng.", "I've practised for an hour today."),
    # not: "tập" as exercise, singing, learning to play, driving, concentrating; lessons (mt/lessons.py's); "tập đàn"
    # plain or with "đã" (now, a habit, or done?); "anh", "em", "Con" saying it (the speaker?); a pet; a "?" on a
    # statement; asked without "có", or of oneself; "đàn organ" (or a keyboard?), "đàn bầu"; "giờ" (or o'clock?); how
    # long with no habit (so far?); "hôm nay" plain or asked, a day ahead; how long denied or now; "more" denied
    ("Tôi đang tập thể dục.", None), ("Tôi đang tập hát.", None), ("Con tôi đang tập chơi đàn piano.", None),
    ("Tôi đang tập lái xe.", None), ("Tôi đang tập trung.", None), ("Con tôi học đàn piano.", None),
    ("Tôi tập đàn.", None), ("Tôi đã tập đàn.", None), ("Anh tập đàn mỗi ngày.", None), ("Em đang tập đàn ạ.", None),
    ("Con tập đàn rồi.", None), ("Con phải tập đàn nhiều hơn.", None), ("Con chó của tôi đang tập đàn.", None),
    ("Tôi đang tập đàn?", None), ("Bạn tập đàn mỗi ngày không?", None), ("Tôi có tập đàn mỗi ngày không?", None),
    ("Tôi đã tập đàn chưa?", None), ("Tôi đang tập đàn organ.", None), ("Tôi đang tập đàn bầu.", None),
    ("Tôi tập đàn hai giờ mỗi ngày.", None), ("Bạn tập đàn bao lâu?", None), ("Bạn tập đàn bao lâu rồi?", None),
    ("Hôm nay tôi tập đàn.", None), ("Hôm nay bạn có tập đàn không?", None), ("Ngày mai tôi tập đàn.", None),
    ("Tôi không tập đàn một tiếng mỗi ngày.", None), ("Con tôi đang tập đàn một tiếng.", None),
    ("Tôi không phải tập đàn nhiều hơn.", None), ("Tôi tập đàn nhỉ.", None), ("Tôi làm bài tập.", None),
    ("My son is practising the piano.", None),
    # "em", "con" asking with "ạ" are the speaker, said up to the one spoken to (Do I …?); "thế", "vậy" ending a
    # statement say more than English would; "không" after a habit put first (never, or not every day?)
    ("Em có đang tập đàn không ạ?", None), ("Em có phải tập đàn mỗi ngày không ạ?", None),
    ("Con có phải tập đàn mỗi ngày không ạ?", None), ("Con đã tập đàn chưa ạ?", None),
    ("Hôm nay con tập đàn chưa ạ?", None), ("Hôm qua em có tập đàn không ạ?", None),
    ("Mỗi tối em tập đàn bao lâu ạ?", None), ("Anh có đang tập đàn không ạ?", "Are you practising?"),
    ("Tôi đang tập đàn thế.", None), ("Tôi đang tập đàn vậy.", None), ("Tôi tập đàn mỗi tối thế.", None),
    ("Tôi phải tập đàn nhiều hơn vậy.", None), ("Mỗi ngày tôi tập đàn một tiếng vậy.", None),
    ("Bạn tập đàn bao lâu mỗi ngày vậy?", "How long do you practise every day?"),
    ("Mỗi ngày tôi không tập đàn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi đang hát đàn dương cầm." (singing), "Chúng tôi đang hát đàn ghita.", "Đứa con gái của tôi đang
    # chuẩn bị cho người tái thiết của mình.", "Bạn có đang chuẩn bị không?"
    ("My son is practising the piano.", "Con trai tôi đang tập đàn piano."),
    ("We're practising the guitar.", "Chúng tôi đang tập đàn ghi-ta."),
    ("My mother is practising the violin.", "Mẹ tôi đang tập đàn violin."),
    ("Lan is practising the guitar.", "Lan đang tập đàn ghi-ta."),
    ("I am practising the drums.", "Tôi đang tập trống."),
    ("Are you practising the piano?", "Bạn có đang tập đàn piano không?"),
    ("Are you practising?", "Bạn có đang luyện tập không?"),
    ("My daughter is practising for her recital.", "Con gái tôi đang luyện tập cho buổi biểu diễn."),
    ("We're practising for our concert.", "Chúng tôi đang luyện tập cho buổi hòa nhạc."),
    ("She's practising for her upcoming recital.", "Cô ấy đang luyện tập cho buổi biểu diễn sắp tới."),
    # v8: "Tôi chúc nóguitar một tiếng đồng hồ mỗi tối.", "Cô ấy hát vi-lin mỗi ngày.", "Có phải anh ấy tập thể dục
    # mỗi ngày không?" (exercise), "Cậu tập thể dục mỗi ngày bao lâu?", "Lan tập thể dục ba mươi phút mỗi buổi
    # sáng.", "Mẹ tôi không hẹn hò mỗi ngày." (dating)
    ("I practise the guitar for an hour every evening.", "Mỗi tối tôi tập đàn ghi-ta một tiếng."),
    ("I practise for an hour every evening.", "Mỗi tối tôi luyện tập một tiếng."),
    ("She practises the violin every day.", "Cô ấy tập đàn violin mỗi ngày."),
    ("My daughter practises the piano every day.", "Con gái tôi tập đàn piano mỗi ngày."),
    ("We practise every weekend.", "Chúng tôi luyện tập mỗi cuối tuần."),
    ("Lan practises piano for thirty minutes every morning.", "Mỗi sáng Lan tập đàn piano ba mươi phút."),
    ("I practice piano for 45 minutes every day.", "Mỗi ngày tôi tập đàn piano 45 phút."),
    ("They practise the violin for half an hour every morning.", "Mỗi sáng họ tập đàn violin nửa tiếng."),
    ("I practise for an hour and a half every evening.", "Mỗi tối tôi luyện tập một tiếng rưỡi."),
    ("I practise every day for two hours.", "Mỗi ngày tôi luyện tập hai tiếng."),
    ("Does he practise every day?", "Anh ấy có luyện tập mỗi ngày không?"),
    ("Do you practise the guitar every evening?", "Bạn có tập đàn ghi-ta mỗi tối không?"),
    ("Does your son practise every day?", "Con trai bạn có luyện tập mỗi ngày không?"),
    ("My mother doesn't practise every day.", "Mẹ tôi không luyện tập mỗi ngày."),
    ("How long do you practise every day?", "Mỗi ngày bạn luyện tập bao lâu?"),
    ("How long do you practise the piano every evening?", "Mỗi tối bạn tập đàn piano bao lâu?"),
    ("How long does your daughter practise every day?", "Mỗi ngày con gái bạn luyện tập bao lâu?"),
    # v8: "Bạn chưa được chú chót ra sao?", "Tôi chưa được giải quyết.", "Tôi đã bị điên rồ." (gone mad)
    ("Have you practised the piano yet?", "Bạn đã tập đàn piano chưa?"),
    ("Has she practised yet?", "Cô ấy đã luyện tập chưa?"),
    ("Have you practised today?", "Hôm nay bạn đã luyện tập chưa?"),
    ("I haven't practised yet.", "Tôi chưa luyện tập."),
    ("My son hasn't practised the piano yet.", "Con trai tôi chưa tập đàn piano."),
    ("I haven't practised today.", "Hôm nay tôi chưa luyện tập."),
    ("I've already practised.", "Tôi luyện tập rồi."),
    ("She's already practised.", "Cô ấy luyện tập rồi."),
    ("I've practised the guitar already.", "Tôi tập đàn ghi-ta rồi."),
    ("We have already practised today.", "Hôm nay chúng tôi luyện tập rồi."),
    # v8: "Bạn cần phải tập thể dục nhiều hơn." (exercise), "Tôi phải tập luyện trước bài học."
    ("You need to practise more.", "Bạn cần luyện tập nhiều hơn."),
    ("She needs to practise more.", "Cô ấy cần luyện tập nhiều hơn."),
    ("You have to practise every day.", "Bạn phải luyện tập mỗi ngày."),
    ("Do I have to practise?", "Tôi có phải luyện tập không?"),
    ("Does he need to practise more?", "Anh ấy có cần luyện tập nhiều hơn không?"),
    ("I have to practise before my lesson.", "Tôi phải luyện tập trước buổi học."),
    ("My son has to practise before his lesson.", "Con trai tôi phải luyện tập trước buổi học."),
    ("I have to practise the piano before my piano lesson.", "Tôi phải tập đàn piano trước buổi học đàn piano."),
    ("She has to practise for her recital.", "Cô ấy phải luyện tập cho buổi biểu diễn."),
    # v8: "Tôi đã đùa trong vòng hai tiếng đồng hồ hôm qua." (joked)
    ("I practised for two hours yesterday.", "Hôm qua tôi luyện tập hai tiếng."),
    ("Yesterday I practised for two hours.", "Hôm qua tôi luyện tập hai tiếng."),
    ("Did you practise the piano last night?", "Tối qua bạn có tập đàn piano không?"),
    ("She didn't practise yesterday.", "Hôm qua cô ấy không luyện tập."),
    ("My mother practised the violin for an hour yesterday.", "Hôm qua mẹ tôi tập đàn violin một tiếng."),
    # not: a verb or a count not agreeing ("She practise", "Do she", "Does he practises", "He have to", "Is you",
    # "one hours", "two hour"); practising law, yoga or driving (mt/driving_lessons.py); "practise" alone, or done
    # with no when; a pet; another's recital or lesson; a past verb form not fitting; "Have I …?"; practice as a
    # noun; a "?" missing or on a statement; two habits; "today" with "have to" (today's, or a plan?)
    ("She practise the piano every day.", None), ("Do she practise every day?", None),
    ("Does he practises every day?", None), ("He have to practise more.", None), ("Is you practising?", None),
    ("I practised for one hours yesterday.", None), ("I practise for two hour every day.", None),
    ("She don't practise every day.", None), ("He practises law.", None), ("I practise yoga every day.", None),
    ("I'm practising driving.", None), ("I practise.", None), ("I've practised.", None), ("Has she practised?", None),
    ("I practised the piano.", None), ("My dog is practising the piano.", None),
    ("She's practising for your recital.", None), ("I have to practise before your lesson.", None),
    ("I practise yesterday.", None), ("Have I practised yet?", None), ("Practice makes perfect.", None),
    ("We have football practice every day.", None), ("Are you practising.", None), ("You practise every day?", None),
    ("My son has practised yet.", None), ("I practise the piano every day every evening.", None),
    ("You don't have to practise today.", None), ("I don't need to practise more.", None),
    ("Con tôi đang tập đàn piano.", None),
    # "already" and "yet" both on a statement
    ("I have already practised yet.", None), ("I've already practised yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
