"""Physiotherapy, acupuncture and acupressure had, herbal medicine taken, and whether they help, both ways
(mt/therapies.py)."""
import pytest

from mt.therapies import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm going to go physically.", "Are you moving a physical therapy?"
    ("Tôi đang đi vật lý trị liệu.", "I'm having physiotherapy."),
    ("Mẹ tôi đang tập vật lý trị liệu.", "My mother is doing physiotherapy."),
    ("Chúng tôi đang đi bấm huyệt.", "We're having acupressure."),
    ("Bạn có đang đi châm cứu không?", "Are you having acupuncture?"),
    ("Tôi vẫn đang đi vật lý trị liệu.", "I'm still having physiotherapy."),
    ("Ông tôi đang uống thuốc bắc.", "My grandfather is taking Chinese herbal medicine."),
    ("Bạn có đang uống thuốc bắc không?", "Are you taking Chinese herbal medicine?"),
    # v8: "She is acupuncture every week.", "Lands a daily physical file.", "My mother occasionally pressed the
    # points."
    ("Bà tôi đi châm cứu mỗi tuần.", "My grandmother has acupuncture every week."),
    ("Bà tôi đi châm cứu mỗi tuần ạ.", "My grandmother has acupuncture every week."),
    ("Lan tập vật lý trị liệu hằng ngày.", "Lan does physiotherapy every day."),
    ("Bố tôi đi vật lý trị liệu mỗi tuần hai lần.", "My father has physiotherapy twice a week."),
    ("Ông tôi đi châm cứu hai lần một tuần.", "My grandfather has acupuncture twice a week."),
    ("Bà tôi đi châm cứu một tuần ba lần.", "My grandmother has acupuncture three times a week."),
    ("Mẹ tôi thỉnh thoảng đi bấm huyệt.", "My mother sometimes has acupressure."),
    ("Mẹ tôi thường đi bấm huyệt.", "My mother often has acupressure."),
    ("Anh ấy không bao giờ đi châm cứu.", "He never has acupuncture."),
    ("Bạn có hay đi châm cứu không?", "Do you often have acupuncture?"),
    ("Bà tôi vẫn đi châm cứu.", "My grandmother still has acupuncture."),
    ("Bạn vẫn đi vật lý trị liệu không?", "Do you still have physiotherapy?"),
    ("Bạn đi châm cứu bao lâu một lần?", "How often do you have acupuncture?"),
    ("Bà bạn đi vật lý trị liệu mấy lần một tuần?", "How many times a week does your grandmother have physiotherapy?"),
    # v8: "My father must be physically trained after cesarean section."
    # ("phải" with no tense is taken where the sentence without it is: a habit, a medicine, a day ahead)
    ("Bố tôi phải tập vật lý trị liệu mỗi ngày sau khi mổ.",
     "My father has to do physiotherapy every day after his operation."),
    ("Tôi phải đi vật lý trị liệu hai lần một tuần sau ca mổ.",
     "I have to have physiotherapy twice a week after my operation."),
    ("Bác Lan phải đi vật lý trị liệu mỗi tuần sau khi mổ.",
     "Aunt Lan has to have physiotherapy every week after her operation."),
    ("Mẹ tôi phải đi vật lý trị liệu mỗi ngày.", "My mother has to have physiotherapy every day."),
    ("Ông tôi phải uống thuốc nam.", "My grandfather has to take Vietnamese herbal medicine."),
    ("Tuần sau tôi phải đi vật lý trị liệu.", "I have to have physiotherapy next week."),
    # v8: "Yesterday, I went acupuncture.", "He walked the material to the material.", "Tomorrow, I'll go
    # acupuncture."
    ("Hôm qua bà tôi đi châm cứu.", "My grandmother had acupuncture yesterday."),
    ("Tuần trước chúng tôi đi bấm huyệt.", "We had acupressure last week."),
    ("Tôi đã đi châm cứu.", "I had acupuncture."),
    ("Anh ấy vừa đi vật lý trị liệu về.", "He's just had physiotherapy."),
    ("Ngày mai tôi sẽ đi châm cứu.", "I'll have acupuncture tomorrow."),
    ("Tuần sau mẹ tôi đi châm cứu.", "My mother is having acupuncture next week."),
    ("Ngày mai tôi đi châm cứu.", "I'm having acupuncture tomorrow."),
    ("Chiều mai bà tôi đi châm cứu.", "My grandmother is having acupuncture tomorrow afternoon."),
    ("Bố tôi đi tập vật lý trị liệu mỗi ngày.", "My father does physiotherapy every day."),
    # v8: "I don't go acupuncture anymore.", "We never walked the point.", "Are you never going to go to
    # acupuncture?"
    ("Tôi không đi châm cứu nữa.", "I don't have acupuncture any more."),
    ("Bà tôi không còn đi bấm huyệt nữa.", "My grandmother doesn't have acupressure any more."),
    ("Chúng tôi chưa bao giờ đi bấm huyệt.", "We've never had acupressure."),
    ("Tôi chưa bao giờ đi châm cứu.", "I've never had acupuncture."),
    ("Bạn đã bao giờ đi châm cứu chưa?", "Have you ever had acupuncture?"),
    ("Bạn đã đi châm cứu bao giờ chưa?", "Have you ever had acupuncture?"),
    # v8: "I take medicine crowded.", "Do you have take medicine men?"
    ("Tôi uống thuốc đông y.", "I take herbal medicine."),
    ("Minh uống thuốc bắc mỗi ngày.", "Minh takes Chinese herbal medicine every day."),
    ("Mẹ tôi không uống thuốc nam.", "My mother doesn't take Vietnamese herbal medicine."),
    ("Bạn có uống thuốc nam không?", "Do you take Vietnamese herbal medicine?"),
    ("Tôi không uống thuốc bắc nữa.", "I don't take Chinese herbal medicine any more."),
    ("Ông tôi vẫn uống thuốc nam.", "My grandfather still takes Vietnamese herbal medicine."),
    # v8: "Urgent rescue?", "Do you save pain?", "Is the therapy work?", "Is it effective?", "The rescue was not
    # painful."
    ("Châm cứu có đỡ không?", "Does acupuncture help?"),
    ("Châm cứu có đau không?", "Does acupuncture hurt?"),
    ("Vật lý trị liệu có tác dụng không?", "Does physiotherapy work?"),
    ("Thuốc đông y có hiệu quả không?", "Is herbal medicine effective?"),
    ("Thuốc bắc có tác dụng không?", "Does Chinese herbal medicine work?"),
    ("Châm cứu không đau.", "Acupuncture doesn't hurt."),
    ("Thuốc nam không có tác dụng.", "Vietnamese herbal medicine doesn't work."),
    ("Châm cứu rất hiệu quả.", "Acupuncture is very effective."),
    # not: no tense said (goes, went, or is going?), denied without "nữa" (this time?), "có … không?" with no habit
    # (a habit, or today?), "đã … chưa?" (today's session?), "thấy đỡ", "anh", "chị" alone saying it, "I" asked, a
    # pet, a "?" on a statement, "có" with no "không", the wrong verb ("uống châm cứu", "tập châm cứu"), a medicine
    # that hurts, studying physiotherapy, a day and a tense at odds, "có bao giờ … không?" (ever, or a habit?)
    ("Bà tôi đi châm cứu.", None), ("Tôi không đi châm cứu.", None), ("Bạn có đi châm cứu không?", None),
    ("Bạn đã đi châm cứu chưa?", None), ("Tôi đi bấm huyệt thấy đỡ đau lưng.", None),
    ("Anh đi châm cứu mỗi tuần.", None), ("Chị đi châm cứu mỗi tuần.", None), ("Tôi có đi châm cứu không?", None),
    ("Con chó của tôi đi châm cứu mỗi tuần.", None), ("Bà tôi đi châm cứu mỗi tuần?", None),
    ("Bạn có đi châm cứu mỗi tuần?", None), ("Tôi uống châm cứu.", None), ("Tôi tập châm cứu.", None),
    ("Thuốc bắc có đau không?", None), ("Tôi đang học vật lý trị liệu.", None), ("Lan đi châm cứu về.", None),
    ("Hôm qua tôi sẽ đi châm cứu.", None), ("Ngày mai tôi đã đi châm cứu.", None), ("Châm cứu không đỡ.", None),
    ("Tôi luôn đi châm cứu.", None), ("Tôi mua thuốc bắc.", None), ("Bác sĩ châm cứu cho tôi.", None),
    ("Tôi thường đi châm cứu mỗi tuần.", None), ("Hôm nay tôi đi châm cứu.", None),
    ("Lan phải tập vật lý trị liệu sau khi mổ.", None), ("Bạn có bao giờ đi bấm huyệt không?", None),
    ("Lan đã đi châm cứu mỗi tuần.", None), ("I'm having physiotherapy.", None),
    ("Tôi đi châm cứu nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    # "phải" with no tense, no habit and no day ahead: has to, or had to? (as mt/surgery.py leaves "Tôi phải nằm viện
    # ba ngày.")
    ("Bố tôi phải tập vật lý trị liệu sau khi mổ.", None), ("Tôi phải đi vật lý trị liệu sau ca mổ.", None),
    ("Bác Lan phải đi vật lý trị liệu sau khi mổ.", None), ("Tôi phải đi châm cứu.", None),
    ("Cô ấy phải đi bấm huyệt.", None), ("Tôi phải tập vật lý trị liệu.", None),
    ("Tôi phải đi tập vật lý trị liệu sau khi mổ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang có vật lý.", "Cô ấy đang dùng thuốc thảo dược Trung Quốc."
    ("I'm having physiotherapy.", "Tôi đang đi vật lý trị liệu."),
    ("My mother is having acupuncture.", "Mẹ tôi đang đi châm cứu."),
    ("Are you having physiotherapy?", "Bạn có đang đi vật lý trị liệu không?"),
    ("I'm still having physiotherapy.", "Tôi vẫn đang đi vật lý trị liệu."),
    ("She's taking Chinese herbal medicine.", "Cô ấy đang uống thuốc bắc."),
    ("Are you taking traditional Chinese medicine?", "Bạn có đang uống thuốc bắc không?"),
    # v8: "Bà tôi đã châm cứu mỗi tuần." (past), "Mẹ tôi đôi khi cũng có cảm giác trầm cảm." (depression), "Bố của
    # bạn có phải vật lý mỗi ngày không?", "Lan làm sinh lý mỗi buổi sáng."
    ("My grandmother has acupuncture every week.", "Bà tôi đi châm cứu mỗi tuần."),
    ("My father has physiotherapy twice a week.", "Bố tôi đi vật lý trị liệu mỗi tuần hai lần."),
    ("She has acupuncture three times a week.", "Cô ấy đi châm cứu mỗi tuần ba lần."),
    ("My mother sometimes has acupressure.", "Mẹ tôi thỉnh thoảng đi bấm huyệt."),
    ("He never has acupuncture.", "Anh ấy không bao giờ đi châm cứu."),
    ("My grandmother still has acupuncture.", "Bà tôi vẫn đi châm cứu."),
    ("Do you often have acupuncture?", "Bạn có hay đi châm cứu không?"),
    ("Do you still have physiotherapy?", "Bạn vẫn đi vật lý trị liệu không?"),
    ("Does your father have physiotherapy every day?", "Bố bạn có đi vật lý trị liệu mỗi ngày không?"),
    ("Do you ever have acupuncture?", "Bạn có bao giờ đi châm cứu không?"),
    ("Lan does physiotherapy every morning.", "Lan tập vật lý trị liệu mỗi sáng."),
    ("I have physiotherapy.", "Tôi đi vật lý trị liệu."),
    ("How often do you have acupuncture?", "Bạn đi châm cứu bao lâu một lần?"),
    ("How many times a week does your grandmother have physiotherapy?",
     "Bà bạn đi vật lý trị liệu mấy lần một tuần?"),
    # v8: "Cha tôi phải làm sinh lý sau khi anh ấy hoạt động." (when he works)
    ("My father has to do physiotherapy after his operation.", "Bố tôi phải tập vật lý trị liệu sau khi mổ."),
    ("I have to have physiotherapy after my operation.", "Tôi phải đi vật lý trị liệu sau khi mổ."),
    ("My brother has to have physiotherapy after surgery.", "Anh trai tôi phải đi vật lý trị liệu sau khi mổ."),
    ("She has to have physiotherapy every day.", "Cô ấy phải đi vật lý trị liệu mỗi ngày."),
    # v8: "Tôi đã châm cứu hôm qua.", "Bạn chưa từng châm cứu?", "Anh ta chưa bao giờ châm cứu.", "Tôi không châm
    # cứu thêm nữa."
    ("I had acupuncture yesterday.", "Hôm qua tôi đi châm cứu."),
    ("We had acupressure last week.", "Tuần trước chúng tôi đi bấm huyệt."),
    # ("afternoon" is no operation: "Chiều hôm qua chúng tôi đi châm cứu sau khi mổ.")
    ("We had acupuncture yesterday afternoon.", "Chiều hôm qua chúng tôi đi châm cứu."),
    ("I had physiotherapy yesterday afternoon.", "Chiều hôm qua tôi đi vật lý trị liệu."),
    ("She's having acupuncture tomorrow afternoon.", "Chiều mai cô ấy đi châm cứu."),
    ("My grandmother had acupuncture.", "Bà tôi đã đi châm cứu."),
    ("He's just had acupuncture.", "Anh ấy vừa đi châm cứu."),
    ("I just had acupuncture.", "Tôi vừa đi châm cứu."),
    ("I'll have acupuncture tomorrow.", "Ngày mai tôi sẽ đi châm cứu."),
    ("I'm having acupuncture tomorrow.", "Ngày mai tôi đi châm cứu."),
    ("I don't have acupuncture any more.", "Tôi không đi châm cứu nữa."),
    ("My grandmother doesn't have acupressure anymore.", "Bà tôi không đi bấm huyệt nữa."),
    ("She's not having physiotherapy any more.", "Cô ấy không đi vật lý trị liệu nữa."),
    ("I've never had acupuncture.", "Tôi chưa bao giờ đi châm cứu."),
    ("He has never had acupuncture.", "Anh ấy chưa bao giờ đi châm cứu."),
    ("Have you ever had acupuncture?", "Bạn đã bao giờ đi châm cứu chưa?"),
    ("Has your mother ever had acupressure?", "Mẹ bạn đã bao giờ đi bấm huyệt chưa?"),
    # v8: "Tôi sử dụng thuốc thảo dược.", "Chúng tôi không dùng thuốc truyền thống."
    ("I take herbal medicine.", "Tôi uống thuốc đông y."),
    ("My grandmother takes Chinese herbal medicine every day.", "Bà tôi uống thuốc bắc mỗi ngày."),
    ("We don't take traditional medicine.", "Chúng tôi không uống thuốc đông y."),
    ("Do you take herbal medicine?", "Bạn có uống thuốc đông y không?"),
    ("I'm not taking herbal medicine any more.", "Tôi không uống thuốc đông y nữa."),
    ("My grandfather still takes herbal medicine.", "Ông tôi vẫn uống thuốc đông y."),
    # v8: "Có giúp châm cứu không?", "Liệu châm cứu có làm tổn thương không?", "Công việc sinh lý có phải không?",
    # "Thuật châm cứu không gây đau đớn gì."
    ("Does acupuncture help?", "Châm cứu có đỡ không?"),
    ("Does acupressure work?", "Bấm huyệt có tác dụng không?"),
    ("Is physiotherapy effective?", "Vật lý trị liệu có hiệu quả không?"),
    ("Does Chinese herbal medicine work?", "Thuốc bắc có tác dụng không?"),
    ("Does acupuncture hurt?", "Châm cứu có đau không?"),
    ("Acupuncture doesn't hurt.", "Châm cứu không đau."),
    ("Herbal medicine doesn't work.", "Thuốc đông y không có tác dụng."),
    ("Acupuncture is very effective.", "Châm cứu rất hiệu quả."),
    ("Physio works.", "Vật lý trị liệu có tác dụng."),
    # not: the verb not agreeing with who, "does physiotherapy" or "is doing it" (a physiotherapist's work, or a
    # course?), "does acupuncture" (an acupuncturist), the wrong verb, a pet, "I" asked, a "?" on a statement, a
    # medicine that hurts, the past asked, whose operation not who's own, a day and a tense at odds, a habit in the
    # past, "have had" with no adverb, "helps" said, studying it, "any more" not denied, Vietnamese, nonsense
    ("She have acupuncture every week.", None), ("He have to do physiotherapy.", None),
    ("Does you have acupuncture every week?", None), ("I has never had acupuncture.", None),
    ("She does physiotherapy.", None), ("She's doing physiotherapy.", None), ("She does acupuncture.", None),
    ("I take acupuncture.", None), ("I have herbal medicine.", None), ("My dog has acupuncture every week.", None),
    ("Do I have acupuncture every week?", None), ("My grandmother has acupuncture every week?", None),
    ("Does herbal medicine hurt?", None), ("Did acupuncture help?", None),
    ("My father has to do physiotherapy after her operation.", None), ("I had acupuncture tomorrow.", None),
    ("I'll have acupuncture yesterday.", None), ("I had acupuncture every week.", None),
    ("I have had acupuncture.", None), ("Acupuncture helps.", None), ("I'm studying physiotherapy.", None),
    ("She's a physiotherapist.", None), ("I don't have acupuncture every week.", None),
    ("Do you never have acupuncture?", None), ("I have acupuncture any more.", None),
    ("My parents has acupuncture every week.", None), ("Tôi đang đi vật lý trị liệu.", None),
    ("Acupuncture acupuncture.", None),
    # "do physiotherapy" with no how often, day or operation said, denied or ahead (her work, or a course?)
    ("She doesn't do physiotherapy.", None), ("They don't do physiotherapy any more.", None),
    ("I don't do physiotherapy any more.", None), ("I will do physiotherapy.", None),
    ("She's not doing physiotherapy any more.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
