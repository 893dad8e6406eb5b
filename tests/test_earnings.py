"""What someone earns and how they are paid: a lot or not much, how much a month, a sum, a salary, well or poorly
paid, got paid, payday, both ways (mt/earnings.py)."""
import pytest

from mt.earnings import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My mother earned a lot of money.", "He makes much.", "Can you make a lot of money?"
    ("Anh ấy kiếm được nhiều tiền.", "He earns a lot of money."),
    ("Mẹ tôi kiếm được khá nhiều tiền.", "My mother earns quite a lot of money."),
    ("Bạn có kiếm được nhiều tiền không?", "Do you earn a lot of money?"),
    ("Anh kiếm được nhiều tiền không?", "Do you earn a lot of money?"),
    ("Anh ấy không kiếm được nhiều tiền.", "He doesn't earn much money."),
    ("Anh ấy kiếm không nhiều.", "He doesn't earn much."),
    ("Họ kiếm được ít tiền.", "They don't earn much money."),
    # v8: "How many months are she earned?", "How many months do you make?" (Lan)
    ("Cô ấy kiếm được bao nhiêu một tháng?", "How much does she earn a month?"),
    ("Lan kiếm được bao nhiêu một tháng?", "How much does Lan earn a month?"),
    ("Bạn kiếm được bao nhiêu tiền một tháng vậy?", "How much do you earn a month?"),
    ("Mỗi tháng anh ấy kiếm được bao nhiêu?", "How much does he earn a month?"),
    ("Tôi kiếm được 10 triệu một tháng.", "I earn VND10 million a month."),
    ("Bố tôi kiếm được 500 nghìn một ngày.", "My father earns VND500 thousand a day."),
    ("Mỗi tháng tôi kiếm được 15 triệu.", "I earn VND15 million a month."),
    ("Tôi kiếm được 50 nghìn một giờ.", "I earn VND50 thousand an hour."),
    # v8: "My bones are low.", "His bones are tall.", "How much are your bones?", "How much do you?"
    ("Lương của tôi thấp.", "My salary is low."),
    ("Lương tôi thấp quá.", "My salary is so low."),
    ("Lương của anh ấy rất cao.", "His salary is very high."),
    ("Lương của bạn có cao không?", "Is your salary high?"),
    ("Lương tôi không cao lắm.", "My salary isn't very high."),
    ("Lương của mẹ tôi khá cao.", "My mother's salary is quite high."),
    ("Lương của bạn là bao nhiêu?", "What's your salary?"),
    ("Lương bạn bao nhiêu?", "What's your salary?"),
    ("Lương của bạn là bao nhiêu một tháng?", "What's your monthly salary?"),
    ("Lương của tôi là 10 triệu một tháng.", "My salary is VND10 million a month."),
    # v8: "She was paid high.", "I'm paid low.", "I'm paid for an hour."
    ("Cô ấy được trả lương cao.", "She's well paid."),
    ("Cô ấy được trả lương rất cao.", "She's very well paid."),
    ("Tôi được trả lương thấp.", "I'm poorly paid."),
    ("Bạn có được trả lương cao không?", "Are you well paid?"),
    ("Anh ấy không được trả lương cao.", "He isn't well paid."),
    ("Tôi được trả lương theo giờ.", "I get paid by the hour."),
    ("Chúng tôi được trả lương hàng tháng.", "We get paid monthly."),
    ("Bạn có được trả lương theo giờ không?", "Do you get paid by the hour?"),
    # v8: "I've got a salary.", "I have not been paid.", "When did you get the salary?"
    ("Tôi vừa nhận lương.", "I just got paid."),
    ("Bác Hùng vừa nhận lương.", "Uncle Hung just got paid."),
    ("Hôm nay tôi đã nhận lương.", "I got paid today."),
    ("Hôm nay tôi nhận lương rồi.", "I got paid today."),
    ("Hôm qua anh ấy nhận lương.", "He got paid yesterday."),
    ("Mẹ tôi chưa được trả lương.", "My mother hasn't been paid yet."),
    ("Bạn đã nhận lương chưa?", "Have you been paid yet?"),
    ("Tôi nhận lương rồi.", "I've already been paid."),
    ("Khi nào bạn nhận lương?", "When do you get paid?"),
    # v8: "Today is the salary day.", "When is the day of wage?"
    ("Hôm nay là ngày lĩnh lương.", "Today is payday."),
    ("Hôm nay là ngày nhận lương!", "Today is payday!"),
    ("Mai là ngày lĩnh lương.", "Tomorrow is payday."),
    ("Hôm nay có phải là ngày lĩnh lương không?", "Is today payday?"),
    ("Khi nào là ngày lĩnh lương?", "When is payday?"),
    ("Ngày lĩnh lương là ngày nào?", "When is payday?"),
    # not: "anh", "chị", "em" alone saying (may be the speaker), how much with no month (from one sale?), a sum with
    # no month, a sum in words (mt.amounts writes none), "hôm nay" with no tense (gets or got?), "vừa" with a day,
    # more (a comparison), a pay rise (mt/careers.py), asked without "?", a salary by the week asked
    ("Lương của tôi thấp nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh kiếm được nhiều tiền.", None), ("Chị được trả lương cao.", None), ("Em vừa nhận lương.", None),
    ("Bạn kiếm được bao nhiêu?", None), ("Anh ấy kiếm được 10 triệu.", None),
    ("Tôi kiếm được mười triệu một tháng.", None), ("Hôm nay tôi nhận lương.", None),
    ("Hôm nay tôi vừa nhận lương.", None), ("Tôi kiếm được nhiều tiền hơn.", None),
    ("Lương của tôi thấp hơn.", None), ("Tôi vừa được tăng lương.", None),
    ("Cô ấy kiếm được bao nhiêu một tháng.", None), ("Lương của bạn là bao nhiêu một tuần?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta không kiếm tiền." (he doesn't make money)
    ("He earns a lot of money.", "Anh ấy kiếm được nhiều tiền."),
    ("He earns a lot.", "Anh ấy kiếm được nhiều tiền."),
    ("She makes a lot of money.", "Cô ấy kiếm được nhiều tiền."),
    ("She earns quite a lot.", "Cô ấy kiếm được khá nhiều tiền."),
    ("Do you earn a lot?", "Bạn có kiếm được nhiều tiền không?"),
    ("Does he earn much?", "Anh ấy có kiếm được nhiều tiền không?"),
    ("He doesn't earn much.", "Anh ấy không kiếm được nhiều tiền."),
    ("He doesn't make much money.", "Anh ấy không kiếm được nhiều tiền."),
    # v8: "Bé kiếm được bao nhiêu tiền trong một tháng?" (a baby), "Tôi được trả bằng tiếng đồng hồ."
    ("How much does she earn a month?", "Cô ấy kiếm được bao nhiêu tiền một tháng?"),
    ("How much do you make?", "Bạn kiếm được bao nhiêu tiền?"),
    ("How much do you get paid an hour?", "Bạn được trả bao nhiêu tiền một giờ?"),
    ("I earn 10 million dong a month.", "Tôi kiếm được 10 triệu đồng một tháng."),
    ("My father earns 500,000 dong a day.", "Bố tôi kiếm được 500.000 đồng một ngày."),
    # v8: "Thanh quản của tôi thấp." (the larynx), "Bạn là gì?"
    ("My salary is low.", "Lương của tôi thấp."),
    ("My salary is very low.", "Lương của tôi rất thấp."),
    ("Is your salary high?", "Lương của bạn có cao không?"),
    ("My salary isn't very high.", "Lương của tôi không cao lắm."),
    ("My mother's salary is quite high.", "Lương của mẹ tôi khá cao."),
    ("What's your salary?", "Lương của bạn là bao nhiêu?"),
    ("What's your monthly salary?", "Lương hàng tháng của bạn là bao nhiêu?"),
    ("My salary is 10 million dong a month.", "Lương của tôi là 10 triệu đồng một tháng."),
    # v8: "Cô ấy trả tiền tốt." (she pays), "Tôi đã trả tiền một cách xấu.", "Họ đã trả tiền kém."
    ("She's well paid.", "Cô ấy được trả lương cao."),
    ("She is very well paid.", "Cô ấy được trả lương rất cao."),
    ("I'm badly paid.", "Tôi được trả lương thấp."),
    ("They're poorly paid.", "Họ được trả lương thấp."),
    ("Are you well paid?", "Bạn có được trả lương cao không?"),
    ("He isn't well paid.", "Anh ấy không được trả lương cao."),
    ("I get paid by the hour.", "Tôi được trả lương theo giờ."),
    ("We get paid monthly.", "Chúng tôi được trả lương hàng tháng."),
    ("Do you get paid weekly?", "Bạn có được trả lương hàng tuần không?"),
    # v8: "Tôi đã trả tiền hôm nay." (I paid), "Tôi vừa mới có được trả.", "Tôi chưa trả tiền." (haven't paid)
    ("I got paid today.", "Hôm nay tôi đã nhận lương."),
    ("I just got paid.", "Tôi vừa nhận lương."),
    ("I haven't been paid yet.", "Tôi chưa được trả lương."),
    ("Have you been paid yet?", "Bạn đã được trả lương chưa?"),
    ("I've already been paid.", "Tôi đã được trả lương rồi."),
    ("When does she get paid?", "Khi nào cô ấy nhận lương?"),
    # v8: "Ngày nay là ngày thanh toán.", "Đó là ngày trả tiền.", "Ngày nào trả tiền?"
    ("Today is payday.", "Hôm nay là ngày nhận lương."),
    ("It's payday!", "Hôm nay là ngày nhận lương!"),
    ("Is it payday today?", "Hôm nay có phải là ngày nhận lương không?"),
    ("When is payday?", "Ngày nhận lương là ngày nào?"),
    # not: the verb not agreeing ("He earn", "Does he earns", "She are", "She get", "Has you"), "makes a lot" (of
    # what?), "earns much", a sum in words or in dollars (mt.amounts writes neither), a pay rise (mt/careers.py),
    # asked without "?" or said with it, "Did you get paid?" (tense left to the model), payday on a day
    ("He earn a lot of money.", None), ("Does he earns a lot?", None), ("She are well paid.", None),
    ("She get paid by the hour.", None), ("Has you been paid?", None), ("He makes a lot.", None),
    ("She makes much money.", None), ("I earn ten million a month.", None), ("I earn $500 a month.", None),
    ("I got a raise.", None), ("Is he well paid.", None), ("He earns a lot of money?", None),
    ("Did you get paid?", None), ("Payday is Friday.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
