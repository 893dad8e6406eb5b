"""A job interview failed, passed, called for, nervous about, had in a later round or online, gone badly, the job
got after it, and which company it is with, both ways (mt/interviews.py)."""
import pytest

from mt.interviews import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I skied an interview.", "I'm going through the interview.", "My mother was skied an interview.", "Do you
    # interview?", "We cannot pass an interview.", "She went through the second interview."
    ("Tôi trượt phỏng vấn rồi.", "I failed the interview."),
    ("Tôi qua vòng phỏng vấn rồi.", "I got through the interview."),
    ("Tôi đỗ phỏng vấn rồi.", "I passed the interview."),
    ("Mẹ tôi bị trượt phỏng vấn.", "My mother failed the interview."),
    ("Bạn có đỗ phỏng vấn không?", "Did you pass the interview?"),
    ("Bạn có qua được vòng phỏng vấn không?", "Did you get through the interview?"),
    ("Chúng tôi không qua được vòng phỏng vấn.", "We didn't get through the interview."),
    ("Cô ấy qua vòng phỏng vấn thứ hai rồi.", "She got through the second interview."),
    ("Anh ấy vừa trượt phỏng vấn xin việc.", "He just failed the job interview."),
    ("Lan đậu phỏng vấn vòng cuối rồi.", "Lan passed the final interview."),
    ("Hôm qua tôi rớt phỏng vấn.", "I failed the interview yesterday."),
    ("Bố tôi đã vượt qua vòng phỏng vấn.", "My father got through the interview."),
    # v8: "They called me to go to the interview.", "I'm called to go to the interview.", "Lan was invited to
    # interview.", "I'm not called to go to the interview."
    ("Họ gọi tôi đi phỏng vấn.", "They called me for an interview."),
    ("Tôi được gọi đi phỏng vấn.", "I was called for an interview."),
    ("Lan được mời phỏng vấn.", "Lan was invited for an interview."),
    ("Tôi không được gọi đi phỏng vấn.", "I wasn't called for an interview."),
    ("Công ty vừa gọi anh ấy đi phỏng vấn.", "The company just called him for an interview."),
    ("Họ chưa gọi tôi đi phỏng vấn.", "They haven't called me for an interview yet."),
    ("Họ có gọi bạn đi phỏng vấn không?", "Did they call you for an interview?"),
    ("Bạn có được gọi đi phỏng vấn không?", "Were you called for an interview?"),
    ("Mẹ tôi chưa được gọi đi phỏng vấn.", "My mother hasn't been called for an interview yet."),
    ("Chúng tôi vừa được mời đi phỏng vấn xin việc.", "We've just been invited for a job interview."),
    ("Tuần trước họ mời mẹ tôi đi phỏng vấn.", "They invited my mother for an interview last week."),
    # v8: "I'm getting the box before the interview.", "He's very worried about the interview.", "Do you revoke the
    # interview?"
    ("Tôi hồi hộp trước buổi phỏng vấn.", "I'm nervous about the interview."),
    ("Anh ấy rất lo lắng về buổi phỏng vấn.", "He's really worried about the interview."),
    ("Bạn có hồi hộp trước buổi phỏng vấn không?", "Are you nervous about the interview?"),
    ("Tôi không hồi hộp trước buổi phỏng vấn.", "I'm not nervous about the interview."),
    ("Mẹ tôi hơi căng thẳng trước buổi phỏng vấn ngày mai.", "My mother is a bit stressed about the interview "
                                                              "tomorrow."),
    ("Chúng tôi hồi hộp quá trước buổi phỏng vấn.", "We're so nervous about the interview."),
    # v8: "Next week, I have a second interview.", "Tomorrow, I have an online interview."
    ("Tuần sau tôi có buổi phỏng vấn vòng hai.", "I have a second interview next week."),
    ("Ngày mai tôi có buổi phỏng vấn trực tuyến.", "I have an online interview tomorrow."),
    ("Bạn có buổi phỏng vấn vòng hai không?", "Do you have a second interview?"),
    ("Hôm qua mẹ tôi có buổi phỏng vấn vòng cuối.", "My mother had a final interview yesterday."),
    ("Anh ấy sẽ có buổi phỏng vấn vòng ba vào tuần sau.", "He'll have a third interview next week."),
    # v8: "The interview took place very bad."
    ("Buổi phỏng vấn diễn ra rất tệ.", "The interview went really badly."),
    ("Buổi phỏng vấn của tôi diễn ra tồi tệ.", "My interview went terribly."),
    # v8: "I was received in the following interview."
    ("Tôi được nhận vào làm sau buổi phỏng vấn.", "I got the job after the interview."),
    ("Sau buổi phỏng vấn, anh ấy không được nhận.", "After the interview, he didn't get the job."),
    ("Bạn có được nhận vào làm sau buổi phỏng vấn không?", "Did you get the job after the interview?"),
    # v8: "What do you interview in the company?"
    ("Bạn phỏng vấn ở công ty nào?", "Which company is your interview with?"),
    ("Chị gái tôi đi phỏng vấn ở công ty nào vậy?", "Which company is my sister's interview with?"),
    # not: a "?" on a statement, "có" or "không?" alone, "anh", "em" saying it, "I" asked, the tense said twice,
    # "qua" without "vòng" or "được" (came over?), "bị" with a pass, one round said twice
    ("Tôi trượt phỏng vấn rồi?", None), ("Bạn đỗ phỏng vấn không?", None), ("Bạn có đỗ phỏng vấn.", None),
    ("Anh trượt phỏng vấn rồi.", None), ("Em được gọi đi phỏng vấn.", None), ("Tôi có đỗ phỏng vấn không?", None),
    ("Tôi vừa trượt phỏng vấn rồi.", None), ("Tôi qua phỏng vấn.", None), ("Tôi bị đỗ phỏng vấn.", None),
    ("Tôi trượt được phỏng vấn.", None), ("Tôi qua vòng phỏng vấn vòng hai.", None),
    ("Hôm qua tôi vừa trượt phỏng vấn.", None), ("Tôi hồi hộp trước buổi phỏng vấn nhỉ.", None),
    # not: an interview had on a day (mt/careers.py), how it went (mt/how_was.py), a journalist's interview, what
    # to wear, good luck (mt/outfits.py, mt/wishes.py), a pet as who, nerves asked of oneself, an exam failed
    ("Tôi có buổi phỏng vấn xin việc vào ngày mai.", None), ("Buổi phỏng vấn diễn ra suôn sẻ.", None),
    ("Buổi phỏng vấn thế nào?", None), ("Tôi phỏng vấn anh ấy.", None), ("Chúc bạn phỏng vấn thành công!", None),
    ("Con chó của tôi hồi hộp trước buổi phỏng vấn.", None), ("Tôi có hồi hộp trước buổi phỏng vấn không?", None),
    ("Tôi trượt kỳ thi rồi.", None), ("Tôi phỏng vấn ở công ty nào?", None), ("Buổi phỏng vấn diễn ra rất tệ?", None),
    ("Tôi được nhận vào làm.", None), ("I failed the interview.", None), ("Phỏng vấn phỏng vấn phỏng vấn.", None),
    # not (review): "thứ hai", "thứ ba" without "vòng" (a second interview, or one on Monday, Tuesday?), a job
    # interview's round had (English "a second job interview" reads as another one)
    ("Tôi có buổi phỏng vấn thứ ba vào tuần sau.", None), ("Tôi có buổi phỏng vấn thứ hai tuần sau.", None),
    ("Hôm qua tôi có buổi phỏng vấn thứ hai.", None), ("Tôi trượt phỏng vấn thứ hai.", None),
    ("Tôi đỗ phỏng vấn thứ ba rồi.", None), ("Tôi có buổi phỏng vấn xin việc vòng hai.", None),
    ("Tôi có buổi phỏng vấn vòng thứ hai.", "I have a second interview."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã thất bại cuộc phỏng vấn.", "Tôi đã qua cuộc phỏng vấn.", "Cô ấy đã thông qua cuộc phỏng vấn công
    # việc của mình.", "Bạn đã qua cuộc phỏng vấn không?", "Chúng tôi không vượt qua cuộc phỏng vấn."
    ("I failed the interview.", "Tôi trượt phỏng vấn rồi."),
    ("I got through the interview.", "Tôi qua vòng phỏng vấn rồi."),
    ("She passed her job interview.", "Cô ấy đỗ phỏng vấn xin việc rồi."),
    ("Did you pass the interview?", "Bạn có đỗ phỏng vấn không?"),
    ("We didn't get through the interview.", "Chúng tôi không qua được vòng phỏng vấn."),
    ("My brother just failed his interview.", "Anh trai tôi vừa trượt phỏng vấn."),
    ("Lan passed the final interview.", "Lan đỗ vòng phỏng vấn cuối rồi."),
    ("He got through the second interview yesterday.", "Hôm qua anh ấy qua vòng phỏng vấn thứ hai."),
    # v8: "Họ kêu gọi tôi phỏng vấn.", "Tôi được yêu cầu phỏng vấn.", "Tôi chưa kêu gọi phỏng vấn."
    ("They called me for an interview.", "Họ gọi tôi đi phỏng vấn."),
    ("The company invited my mother for an interview.", "Công ty mời mẹ tôi đi phỏng vấn."),
    ("Did they call you for an interview?", "Họ có gọi bạn đi phỏng vấn không?"),
    ("They haven't called me for an interview yet.", "Họ chưa gọi tôi đi phỏng vấn."),
    ("Have they called you for an interview yet?", "Họ đã gọi bạn đi phỏng vấn chưa?"),
    ("They just called him in for an interview.", "Họ vừa gọi anh ấy đi phỏng vấn."),
    ("I was called for an interview.", "Tôi được gọi đi phỏng vấn."),
    ("My mother was invited to an interview.", "Mẹ tôi được mời đi phỏng vấn."),
    ("I haven't been called for an interview yet.", "Tôi chưa được gọi đi phỏng vấn."),
    ("She's just been invited for a job interview.", "Cô ấy vừa được mời đi phỏng vấn xin việc."),
    ("Were you called for an interview?", "Bạn có được gọi đi phỏng vấn không?"),
    ("We weren't invited for an interview.", "Chúng tôi không được mời đi phỏng vấn."),
    ("I got called for an interview.", "Tôi được gọi đi phỏng vấn."),
    # v8: "Tôi lo lắng về cuộc phỏng vấn." (worried), "Bạn có lo lắng về cuộc phỏng vấn không?"
    ("I'm nervous about the interview.", "Tôi hồi hộp trước buổi phỏng vấn."),
    ("Are you nervous about the interview?", "Bạn có hồi hộp trước buổi phỏng vấn không?"),
    ("She's really worried about her interview.", "Cô ấy rất lo lắng về buổi phỏng vấn."),
    ("My father isn't nervous about the interview.", "Bố tôi không hồi hộp trước buổi phỏng vấn."),
    ("We're a bit stressed about the interview tomorrow.", "Chúng tôi hơi căng thẳng trước buổi phỏng vấn ngày mai."),
    # v8: "Tôi có cuộc phỏng vấn thứ hai vào tuần tới.", "Tôi có cuộc phỏng vấn trực tuyến ngày mai."
    ("I have a second interview next week.", "Tuần sau tôi có buổi phỏng vấn vòng hai."),
    ("I have an online interview tomorrow.", "Ngày mai tôi có buổi phỏng vấn trực tuyến."),
    ("Does she have a final interview today?", "Hôm nay cô ấy có buổi phỏng vấn vòng cuối không?"),
    ("He had a second-round interview yesterday.", "Hôm qua anh ấy có buổi phỏng vấn vòng hai."),
    ("I'll have a third interview next week.", "Tuần sau tôi sẽ có buổi phỏng vấn vòng ba."),
    # v8: "Cuộc phỏng vấn đã xảy ra một cách xấu."
    ("The interview went badly.", "Buổi phỏng vấn diễn ra tệ."),
    ("My interview went really badly.", "Buổi phỏng vấn của tôi diễn ra rất tệ."),
    # v8: "Tôi có công việc sau cuộc phỏng vấn."
    ("I got the job after the interview.", "Tôi được nhận vào làm sau buổi phỏng vấn."),
    ("After the interview, she didn't get the job.", "Sau buổi phỏng vấn, cô ấy không được nhận vào làm."),
    ("Did your mother get the job after the interview?", "Mẹ bạn có được nhận vào làm sau buổi phỏng vấn không?"),
    # v8: "Công ty nào của bạn đang phỏng vấn với?", "Bạn đang phỏng vấn với công ty nào?"
    ("Which company is your interview with?", "Bạn phỏng vấn ở công ty nào?"),
    ("Which company are you interviewing with?", "Bạn phỏng vấn ở công ty nào?"),
    ("Which company is your mother's interview with?", "Mẹ bạn phỏng vấn ở công ty nào?"),
    # not: a verb not agreeing with who ("She have", "Does you", "He were", "a online"), another's interview, "I"
    # asked, a tense the day does not take, an interview had on a day (mt/careers.py), how it went (mt/how_was.py),
    # good luck (mt/wishes.py), interviewing someone (a journalist), "my" asked which company
    ("She have a second interview tomorrow.", None), ("Does you have a second interview?", None),
    ("He were called for an interview.", None), ("I have a online interview.", None),
    ("I failed her interview.", None), ("Did I pass the interview?", None), ("I did passed the interview.", None),
    ("I just failed the interview yesterday.", None), ("I have a second interview yesterday.", None),
    ("I have a job interview tomorrow.", None), ("The interview went well.", None),
    ("Good luck with the interview!", None), ("I interviewed the minister.", None),
    ("Which company is my interview with?", None), ("They called me for an interview?", None),
    ("Is she nervous about his interview?", None), ("Has they called you for an interview yet?", None),
    ("Tôi trượt phỏng vấn rồi.", None), ("I failed the exam.", None),
    # not (review): an article not agreeing ("a interview", "an job interview"), "a second job interview" (another
    # one, or a second round?)
    ("They called me for a interview.", None), ("I was invited for an job interview.", None),
    ("They invited me to an job interview.", None), ("I was called for a interview.", None),
    ("I have a second job interview next week.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
