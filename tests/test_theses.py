"""A thesis or dissertation: writing it, what it is on, finished or not, defending it, and the supervisor, both ways
(mt/theses.py)."""
import pytest

from mt.theses import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He's writing the text.", "I'm writing the text.", "Are you writing a text editor?", "She's writing the
    # doctor's project.", "My sister is doing a graduate project."
    ("Anh ấy đang viết luận văn.", "He's writing his thesis."),
    ("Tôi đang viết luận văn.", "I'm writing my thesis."),
    ("Bạn có đang viết luận văn không?", "Are you writing your thesis?"),
    ("Anh có đang viết luận văn không?", "Are you writing your thesis?"),
    ("Chị tôi đang viết luận án tiến sĩ.", "My sister is writing her PhD thesis."),
    ("Mẹ tôi đang viết luận văn thạc sĩ.", "My mother is writing her master's thesis."),
    ("Bác Lan đang viết luận văn.", "Aunt Lan is writing her thesis."),
    ("Chúng tôi đang làm khóa luận tốt nghiệp.", "We're working on our graduation thesis."),
    ("Em gái tôi đang làm đồ án tốt nghiệp.", "My sister is working on her graduation project."),
    ("Anh ấy vẫn đang viết luận văn.", "He's still writing his thesis."),
    ("Tôi đang viết luận văn của mình.", "I'm writing my thesis."),
    # v8: "I wrote the text that was finished.", "I have not yet written the text.", "I finished the text.", "I
    # started writing the text."
    ("Tôi viết xong luận văn rồi.", "I've finished writing my thesis."),
    ("Tôi viết luận văn xong rồi.", "I've finished writing my thesis."),
    ("Tôi chưa viết xong luận văn.", "I haven't finished writing my thesis yet."),
    ("Tôi vẫn chưa viết xong luận văn.", "I still haven't finished writing my thesis."),
    ("Cô ấy vừa viết xong luận văn.", "She's just finished writing her thesis."),
    ("Tôi sắp viết xong luận văn rồi.", "I've almost finished writing my thesis."),
    ("Bạn viết xong luận văn chưa?", "Have you finished writing your thesis yet?"),
    ("Tôi hoàn thành luận văn rồi.", "I've finished my thesis."),
    ("Tôi bắt đầu viết luận văn rồi.", "I've started writing my thesis."),
    ("Bạn đã bắt đầu viết luận văn chưa?", "Have you started writing your thesis yet?"),
    ("Tôi chưa bắt đầu viết luận văn.", "I haven't started writing my thesis yet."),
    # v8: "What do you write text comment?", "What are your text about?"
    ("Bạn viết luận văn về gì?", "What are you writing your thesis on?"),
    ("Anh ấy viết luận văn về gì?", "What is he writing his thesis on?"),
    ("Cô ấy đang làm luận án về đề tài gì?", "What is she doing her dissertation on?"),
    ("Luận văn của bạn về gì?", "What is your thesis on?"),
    ("Luận văn của mẹ tôi viết về gì?", "What is my mother's thesis on?"),
    ("Đề tài luận văn của bạn là gì?", "What is your thesis topic?"),
    # v8: "My office has not been completed.", "Isn't your text finished?", "My office is finished."
    ("Luận văn của tôi chưa xong.", "My thesis isn't finished yet."),
    ("Luận văn của bạn xong chưa?", "Is your thesis finished yet?"),
    ("Luận văn của tôi xong rồi.", "My thesis is finished."),
    ("Luận văn của Minh chưa xong.", "Minh's thesis isn't finished yet."),
    ("Luận án của anh ấy vẫn chưa xong.", "His dissertation still isn't finished."),
    ("Luận văn của tôi sắp xong rồi.", "My thesis is almost finished."),
    ("Luận văn của tôi đã hoàn thành.", "My thesis is finished."),
    # v8: "I told the office yesterday.", "I protect last week's office.", "Yesterday, he protects the text.", "Did you
    # protect the text?", "I've been protecting the text.", "When do you protect text?"
    ("Tôi bảo vệ luận văn hôm qua.", "I defended my thesis yesterday."),
    ("Tôi bảo vệ luận văn tuần sau.", "I'm defending my thesis next week."),
    ("Hôm qua anh ấy bảo vệ luận văn.", "He defended his thesis yesterday."),
    ("Bác Hùng bảo vệ luận án tiến sĩ năm ngoái.", "Uncle Hung defended his PhD thesis last year."),
    ("Em gái tôi sẽ bảo vệ luận văn vào tuần tới.", "My sister will defend her thesis next week."),
    ("Chúng tôi bảo vệ khoá luận ngày mai.", "We're defending our thesis tomorrow."),
    ("Tôi sẽ bảo vệ luận văn chiều nay.", "I'll defend my thesis this afternoon."),
    ("Bạn có bảo vệ luận văn hôm qua không?", "Did you defend your thesis yesterday?"),
    ("Bạn có bảo vệ luận văn tuần sau không?", "Are you defending your thesis next week?"),
    ("Bạn đã bảo vệ luận văn chưa?", "Have you defended your thesis yet?"),
    ("Tôi vừa bảo vệ luận văn xong.", "I've just defended my thesis."),
    ("Tôi bảo vệ luận văn rồi.", "I've defended my thesis."),
    ("Anh ấy vẫn chưa bảo vệ luận văn.", "He still hasn't defended his thesis."),
    ("Tôi sắp bảo vệ luận văn.", "I'm about to defend my thesis."),
    ("Khi nào bạn bảo vệ luận văn?", "When are you defending your thesis?"),
    ("Bao giờ anh ấy sẽ bảo vệ luận văn?", "When will he defend his thesis?"),
    ("Bạn đã bảo vệ luận văn khi nào?", "When did you defend your thesis?"),
    # v8: "My guide was very difficult to calculate.", "She is very kind of guide.", "You have trouble calculating
    # your instructions?"
    ("Thầy hướng dẫn của tôi rất khó tính.", "My supervisor is very strict."),
    ("Cô hướng dẫn của tôi rất tốt bụng.", "My supervisor is very kind."),
    ("Giáo viên hướng dẫn của tôi rất bận.", "My supervisor is very busy."),
    ("Thầy hướng dẫn của bạn có khó tính không?", "Is your supervisor strict?"),
    ("Cô hướng dẫn của chị tôi rất nghiêm khắc.", "My sister's supervisor is very strict."),
    ("Thầy hướng dẫn của tôi hơi khó tính.", "My supervisor is a bit strict."),
    ("Thầy hướng dẫn của tôi không khó tính lắm.", "My supervisor isn't very strict."),
    ("Giảng viên hướng dẫn luận văn của tôi rất tận tâm.", "My thesis supervisor is very dedicated."),
    # not: handing in (mt/deadlines.py's), a name alone (his or her thesis?), "anh" saying it, asked of oneself, a
    # pet, a plain "viết" or "bảo vệ" (now, done or ahead?), "mới", a weekday, "hôm nay" alone, "khi nào" last with
    # no "đã" (when did, or will?), "đang" with a day ahead, "?" with no asking word, a supervisor without whose,
    # "cô hướng dẫn tôi" (she guides me), "hơi" of kindness, "nhỉ", one's own thesis's topic asked, "bảo vệ" as
    # protecting
    ("Tôi phải nộp luận văn trước thứ sáu.", None), ("Tôi nộp luận văn rồi.", None),
    ("Lan đang viết luận văn.", None), ("Anh đang viết luận văn.", None), ("Tôi có đang viết luận văn không?", None),
    ("Con mèo của tôi đang viết luận văn.", None), ("Tôi viết luận văn.", None), ("Tôi bảo vệ luận văn.", None),
    ("Tôi mới bảo vệ luận văn.", None), ("Tôi bảo vệ luận văn vào thứ sáu.", None),
    ("Tôi bảo vệ luận văn hôm nay.", None), ("Bạn bảo vệ luận văn khi nào?", None),
    ("Tôi đang bảo vệ luận văn tuần sau.", None), ("Tôi bảo vệ luận văn hôm qua?", None),
    ("Luận văn của tôi chưa xong?", None), ("Luận văn của tôi xong.", None), ("Thầy hướng dẫn rất khó tính.", None),
    ("Cô hướng dẫn tôi rất tận tình.", None), ("Thầy hướng dẫn của tôi hơi tốt bụng.", None),
    ("Thầy hướng dẫn của tôi khó tính không?", None), ("Tôi đang viết luận văn nhỉ?", None),
    ("Luận văn của tôi về gì?", None), ("Luận văn của tôi về biến đổi khí hậu.", None),
    ("Tôi bảo vệ quan điểm trong luận văn.", None), ("Cô ấy hướng dẫn tôi làm luận văn.", None),
    ("Thầy hướng dẫn của tôi là giáo sư.", None), ("Bạn đang viết luận văn không?", None),
    ("Con tôi đang viết luận văn.", None), ("Tôi đang viết thư.", None),
    # a pet as whose, as a pet as who
    ("Luận văn của con mèo của tôi chưa xong.", None), ("Đề tài luận văn của con mèo tôi là gì?", None),
    ("Thầy hướng dẫn của con chó tôi rất nghiêm khắc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta đang viết những lời nói của anh ấy.", "Tôi đang viết cái sis.", "Bạn có đang viết đồ đạc không?",
    # "Chị của tôi đang viết PhD cho cô ấy.", "Chị của tôi đang làm việc trên dự án tốt nghiệp của mình."
    ("He's writing his thesis.", "Anh ấy đang viết luận văn."),
    ("I'm writing my thesis.", "Tôi đang viết luận văn."),
    ("Are you writing your thesis?", "Bạn có đang viết luận văn không?"),
    ("My mother is writing her master's thesis.", "Mẹ tôi đang viết luận văn thạc sĩ."),
    ("Lan is writing her thesis.", "Lan đang viết luận văn."),
    ("We're working on our graduation project.", "Chúng tôi đang làm đồ án tốt nghiệp."),
    ("My brother is still writing his dissertation.", "Anh trai tôi vẫn đang viết luận văn."),
    # v8: "Tôi đã hoàn thành viết cái sis.", "Tôi chưa hoàn thành viết bài hát của tôi.", "Tôi đã bắt đầu viết món ăn
    # của mình."
    ("I've finished writing my thesis.", "Tôi viết xong luận văn rồi."),
    ("She has finished writing her thesis.", "Cô ấy viết xong luận văn rồi."),
    ("He's just finished writing his thesis.", "Anh ấy vừa viết xong luận văn."),
    ("I've almost finished writing my thesis.", "Tôi sắp viết xong luận văn."),
    ("I haven't finished writing my thesis yet.", "Tôi chưa viết xong luận văn."),
    ("I still haven't finished writing my thesis.", "Tôi vẫn chưa viết xong luận văn."),
    ("Has she finished writing her thesis yet?", "Cô ấy viết xong luận văn chưa?"),
    ("I've started writing my dissertation.", "Tôi bắt đầu viết luận văn rồi."),
    ("Have you started writing your thesis yet?", "Bạn bắt đầu viết luận văn chưa?"),
    ("I've finished my thesis.", "Tôi làm xong luận văn rồi."),
    # v8: "Bạn đang viết đồ đạc của mình là gì?", "Cái gì của bạn là gì?"
    ("What are you writing your thesis on?", "Bạn viết luận văn về gì?"),
    ("What is she writing her thesis on?", "Cô ấy viết luận văn về gì?"),
    ("What are you doing your PhD thesis on?", "Bạn làm luận án tiến sĩ về gì?"),
    ("What is your thesis about?", "Luận văn của bạn về gì?"),
    ("What is Lan's thesis about?", "Luận văn của Lan về gì?"),
    ("What's your thesis topic?", "Đề tài luận văn của bạn là gì?"),
    # v8: "Món cô vẫn chưa hoàn thành.", "Bạn có hoàn thành bài hát của bạn không?", "Đã hoàn thành bài hát của tôi."
    ("My thesis isn't finished yet.", "Luận văn của tôi chưa xong."),
    ("Is your thesis finished yet?", "Luận văn của bạn xong chưa?"),
    ("My thesis is finished.", "Luận văn của tôi xong rồi."),
    ("My mother's thesis is finished.", "Luận văn của mẹ tôi xong rồi."),
    ("His thesis still isn't finished.", "Luận văn của anh ấy vẫn chưa xong."),
    ("My thesis is almost done.", "Luận văn của tôi sắp xong rồi."),
    ("Is her thesis done?", "Luận văn của cô ấy xong chưa?"),
    # v8: "Tôi bảo vệ cái chết của tôi hôm qua.", "Tôi đang bảo vệ cái chết của tôi vào tuần tới.", "Tôi bảo vệ người
    # nàyis vào tuần tới.", "Bạn vẫn chưa bảo vệ được lời khuyên của mình?", "Khi nào bạn đang bảo vệ niềm vui của
    # mình?"
    ("I defended my thesis yesterday.", "Tôi bảo vệ luận văn hôm qua."),
    ("I'm defending my thesis next week.", "Tôi bảo vệ luận văn tuần sau."),
    ("I defend my thesis next week.", "Tôi bảo vệ luận văn tuần sau."),
    ("She defends her thesis next week.", "Cô ấy bảo vệ luận văn tuần sau."),
    ("My sister will defend her thesis next week.", "Em gái tôi sẽ bảo vệ luận văn tuần sau."),
    ("We're defending our thesis tomorrow.", "Chúng tôi bảo vệ luận văn ngày mai."),
    ("I'm defending my thesis this afternoon.", "Tôi sẽ bảo vệ luận văn chiều nay."),
    ("I defended my thesis today.", "Tôi đã bảo vệ luận văn hôm nay."),
    ("Did you defend your thesis yesterday?", "Bạn có bảo vệ luận văn hôm qua không?"),
    ("Are you defending your thesis next week?", "Bạn có bảo vệ luận văn tuần sau không?"),
    ("Have you defended your thesis yet?", "Bạn đã bảo vệ luận văn chưa?"),
    ("Has he already defended his thesis?", "Anh ấy đã bảo vệ luận văn chưa?"),
    ("I've defended my thesis.", "Tôi đã bảo vệ luận văn rồi."),
    ("I've just defended my thesis.", "Tôi vừa bảo vệ luận văn."),
    ("He still hasn't defended his thesis.", "Anh ấy vẫn chưa bảo vệ luận văn."),
    ("She hasn't defended her thesis yet.", "Cô ấy chưa bảo vệ luận văn."),
    ("I'm about to defend my thesis.", "Tôi sắp bảo vệ luận văn."),
    ("When are you defending your thesis?", "Khi nào bạn bảo vệ luận văn?"),
    ("When will he defend his thesis?", "Khi nào anh ấy sẽ bảo vệ luận văn?"),
    ("When did you defend your thesis?", "Bạn đã bảo vệ luận văn khi nào?"),
    # v8: "Siêu máy giám sát của tôi rất tốt." (super machine)
    ("My thesis supervisor is very strict.", "Giáo viên hướng dẫn luận văn của tôi rất nghiêm khắc."),
    ("My thesis supervisor is very kind.", "Giáo viên hướng dẫn luận văn của tôi rất tốt bụng."),
    ("My sister's thesis supervisor is quite strict.", "Giáo viên hướng dẫn luận văn của em gái tôi khá nghiêm khắc."),
    ("Her PhD supervisor is a bit busy.", "Giáo viên hướng dẫn luận án của cô ấy hơi bận."),
    ("My thesis supervisor isn't very strict.", "Giáo viên hướng dẫn luận văn của tôi không nghiêm khắc lắm."),
    ("Is your thesis supervisor strict?", "Giáo viên hướng dẫn luận văn của bạn có nghiêm khắc không?"),
    # not: handing in (mt/deadlines.py's), asked of oneself, another's thesis, the verb not agreeing with who, "I'm not
    # writing", a plain "I defend my thesis." (when?), the day not agreeing with the tense, a plain "supervisor" (a
    # boss at work too, v8: "Người giám sát của tôi rất nghiêm khắc."), "a bit kind", "?" on a statement, other
    # uses of "thesis", the other way's language
    ("I have to hand in my thesis by Friday.", None), ("I've handed in my thesis.", None),
    ("Am I writing my thesis?", None), ("What am I writing my thesis on?", None), ("What is my thesis about?", None),
    ("I'm writing her thesis.", None), ("She is writing his thesis.", None),
    ("I defended your thesis yesterday.", None), ("My thesis is on climate change.", None),
    ("He are writing his thesis.", None), ("She've finished writing her thesis.", None),
    ("She defend her thesis next week.", None), ("I'm not writing my thesis.", None), ("I defend my thesis.", None),
    ("I defended my thesis next week.", None), ("I'm defending my thesis yesterday.", None),
    ("My supervisor is very strict.", None), ("Is your supervisor strict?", None),
    ("My thesis supervisor is a bit kind.", None), ("My thesis is finished?", None),
    ("The thesis was written by my sister.", None), ("Thesis statements are hard.", None),
    ("I'm defending my thesis.", None), ("My dog is writing his thesis.", None), ("Tôi đang viết luận văn.", None),
    # an adviser said otherwise, and what is not one (an advisee is the student)
    ("My thesis adviser is very kind.", "Giáo viên hướng dẫn luận văn của tôi rất tốt bụng."),
    ("My PhD advisor is very busy.", "Giáo viên hướng dẫn luận án của tôi rất bận."),
    ("My PhD advisee is very busy.", None), ("My thesis advising is strict.", None),
    ("My dissertation advisory is strict.", None), ("My thesis advisers is strict.", None),
    # a pet as whose, as a pet as who
    ("My dog's thesis supervisor is strict.", None), ("What is my dog's thesis about?", None),
    ("My cat's thesis isn't finished yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
