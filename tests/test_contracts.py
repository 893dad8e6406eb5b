"""The terms of a job: probation, contracts signed, expiring or renewed, notice handed in, and a company laying
people off, both ways (mt/contracts.py)."""
import pytest

from mt.contracts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm trying to work.", "He's been working for the time.", "Are you trying to work?"
    ("Tôi đang thử việc.", "I'm on probation."),
    ("Anh ấy đang trong thời gian thử việc.", "He's on probation."),
    ("Bạn có đang thử việc không?", "Are you on probation?"),
    ("Mẹ tôi vẫn đang thử việc.", "My mother is still on probation."),
    ("Tôi không còn thử việc nữa.", "I'm not on probation any more."),
    ("Chúng tôi đang thử việc.", "We're on probation."),
    # v8: "I'm all time of trying."
    ("Tôi hết thời gian thử việc rồi.", "My probation period is over."),
    ("Lan sắp hết thời gian thử việc.", "Lan's probation period is about to end."),
    ("Bạn hết thời gian thử việc chưa?", "Has your probation period ended yet?"),
    ("Tháng sau cô ấy hết thời gian thử việc.", "Her probation period ends next month."),
    ("Anh ấy vừa hết thử việc.", "His probation period has just ended."),
    # v8: "My job time is two months."
    ("Thời gian thử việc của tôi là hai tháng.", "My probation period is two months."),
    ("Thời gian thử việc là ba tháng.", "The probation period is three months."),
    # v8: "I signed two years.", "Yesterday, my mother signed up for a year.", "Did you signed together?"
    ("Tôi ký hợp đồng hai năm.", "I signed a two-year contract."),
    ("Hôm qua mẹ tôi đã ký hợp đồng một năm.", "My mother signed a one-year contract yesterday."),
    ("Bạn đã ký hợp đồng chưa?", "Have you signed the contract yet?"),
    ("Chúng tôi vừa ký hợp đồng 18 tháng.", "We've just signed an 18-month contract."),
    ("Tuần sau anh ấy sẽ ký hợp đồng lao động.", "He'll sign the employment contract next week."),
    ("Tôi chưa ký hợp đồng.", "I haven't signed the contract yet."),
    ("Lan sắp ký hợp đồng ba năm.", "Lan is about to sign a three-year contract."),
    # v8: "My contract is going to be expired.", "His contract expired.", "When is your contract?"
    ("Hợp đồng của tôi sắp hết hạn.", "My contract is about to expire."),
    ("Hợp đồng của anh ấy hết hạn rồi.", "His contract has expired."),
    ("Tháng sau hợp đồng của mẹ tôi hết hạn.", "My mother's contract expires next month."),
    ("Tháng trước hợp đồng của tôi hết hạn.", "My contract expired last month."),
    ("Hợp đồng của tôi chưa hết hạn.", "My contract hasn't expired yet."),
    ("Hợp đồng của bạn hết hạn chưa?", "Has your contract expired yet?"),
    ("Hợp đồng sắp hết hạn.", "The contract is about to expire."),
    ("Hợp đồng của bạn khi nào hết hạn?", "When does your contract expire?"),
    ("Khi nào hợp đồng lao động của bạn hết hạn?", "When does your employment contract expire?"),
    # v8: "The company limited to me.", "I'm getting a limited limit."
    ("Công ty gia hạn hợp đồng cho tôi rồi.", "The company has renewed my contract."),
    ("Công ty tôi sẽ không gia hạn hợp đồng cho cô ấy.", "My company won't renew her contract."),
    ("Hôm qua công ty gia hạn hợp đồng cho mẹ tôi.", "The company renewed my mother's contract yesterday."),
    ("Tôi được gia hạn hợp đồng rồi.", "My contract has been renewed."),
    ("Hợp đồng của tôi đã được gia hạn.", "My contract has been renewed."),
    ("Bạn được gia hạn hợp đồng chưa?", "Has your contract been renewed yet?"),
    # v8: "I file a vacation.", "My mother had filed a vacation.", "I file resignation."
    ("Tôi nộp đơn nghỉ việc rồi.", "I've handed in my notice."),
    ("Mẹ tôi vừa nộp đơn nghỉ việc.", "My mother has just handed in her notice."),
    ("Tôi nộp đơn từ chức rồi.", "I've handed in my resignation."),
    ("Hôm qua cô ấy đã nộp đơn xin nghỉ việc.", "She handed in her notice yesterday."),
    ("Bạn nộp đơn nghỉ việc chưa?", "Have you handed in your notice yet?"),
    ("Tôi định nộp đơn nghỉ việc.", "I'm planning to hand in my notice."),
    ("Tuần sau anh ấy sẽ nộp đơn nghỉ việc.", "He'll hand in his notice next week."),
    # v8: "My company is cutting humanity."
    ("Công ty tôi đang cắt giảm nhân sự.", "My company is laying people off."),
    ("Công ty bạn có đang cắt giảm nhân sự không?", "Is your company laying people off?"),
    ("Nhà máy của bố tôi sắp cắt giảm nhân viên.", "My father's factory is about to lay people off."),
    ("Năm ngoái công ty đã cắt giảm nhân sự.", "The company laid people off last year."),
    ("Công ty của Hoa vừa cắt giảm nhân sự.", "Hoa's company has just laid people off."),
    # not: fired or laid off (mt/careers.py), quitting (mt/workdays.py), a lease (mt/tenancy.py), insurance
    # (mt/insurance.py), a plain verb with no span, tense or day ("Tôi ký hợp đồng.": signed, or signs?), "không"
    # with a plain verb (didn't, or won't?), "có … không?" of signing (did, or will?), "mới" after a company or a
    # contract (new, or just?), a company by name, who renewing (a lease?), a name's or a friend's notice (his or
    # hers?), "anh" alone saying it, "I" asked, a pet, "nhỉ", a "?" on a statement, "thử việc này" (trying this task)
    ("Anh ấy bị sa thải rồi.", None), ("Tôi bị đuổi việc.", None), ("Tôi nghỉ việc rồi.", None),
    ("Hợp đồng thuê nhà của tôi sắp hết hạn.", None), ("Bảo hiểm của tôi sắp hết hạn.", None),
    ("Tôi ký hợp đồng.", None), ("Tôi không ký hợp đồng.", None), ("Bạn có ký hợp đồng không?", None),
    ("Tuần sau tôi ký hợp đồng.", None), ("Hợp đồng mới hết hạn.", None), ("Công ty mới cắt giảm nhân sự.", None),
    ("Hợp đồng của tôi hết hạn.", None), ("Công ty Hoa đang cắt giảm nhân sự.", None),
    ("Công ty không gia hạn hợp đồng cho tôi.", None), ("Tôi gia hạn hợp đồng rồi.", None),
    ("Lan vừa nộp đơn nghỉ việc.", None), ("Bạn tôi nộp đơn nghỉ việc rồi.", None), ("Anh đang thử việc.", None),
    ("Tôi có đang thử việc không?", None), ("Con mèo của tôi đang thử việc.", None),
    ("Tôi nộp đơn nghỉ việc rồi nhỉ.", None), ("Tôi nộp đơn nghỉ việc rồi?", None), ("Tôi đang thử việc này.", None),
    ("Tôi thử việc.", None), ("Tôi hết thời gian thử việc.", None), ("Công ty đang cắt giảm chi phí.", None),
    ("Tôi nộp đơn xin việc rồi.", None), ("Tôi vừa ký hợp đồng hai năm với công ty.", None),
    ("Thời gian thử việc của tôi là một năm.", None), ("My contract is about to expire.", None),
    # found in review: a span and "rồi" (a two-year contract, or signed two years ago?), "bạn" or "chúng ta" with a
    # plain verb (telling one to, proposing?), "họ", "chúng tôi" signing with a plain verb (a firm's habit?), pets
    ("Hôm qua chúng tôi ký hợp đồng hai năm.", "We signed a two-year contract yesterday."),
    ("Họ nộp đơn nghỉ việc.", "They handed in their notice."),
    ("Tôi đã ký hợp đồng hai năm rồi.", None), ("Tôi ký hợp đồng hai tháng rồi.", None),
    ("Anh ấy ký hợp đồng một năm rồi.", None), ("Họ ký hợp đồng ba năm.", None),
    ("Chúng tôi ký hợp đồng sáu tháng.", None), ("Chúng ta ký hợp đồng hai năm.", None),
    ("Chúng ta nộp đơn nghỉ việc.", None), ("Bạn ký hợp đồng hai năm.", None), ("Bạn nộp đơn nghỉ việc.", None),
    ("Công ty của con chó tôi đang cắt giảm nhân sự.", None),
    ("Công ty gia hạn hợp đồng cho con chó của tôi rồi.", None),
    ("Hợp đồng của con chó tôi hết hạn rồi.", None), ("Thời gian thử việc của con mèo tôi là hai tháng.", None),
    ("Khi nào hợp đồng của con chó tôi hết hạn?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang chuẩn bị cho công việc.", "Thời kỳ phát triển của tôi là 2 tháng."
    ("I'm in my probation period.", "Tôi đang trong thời gian thử việc."),
    ("I'm on probation at my new job.", "Tôi đang thử việc ở chỗ làm mới."),
    ("She's still on probation at her new job.", "Cô ấy vẫn đang thử việc ở chỗ làm mới."),
    ("Are you in your probation period?", "Bạn có đang trong thời gian thử việc không?"),
    ("I'm not in my probation period any more.", "Tôi không còn trong thời gian thử việc nữa."),
    ("My probation period is over.", "Tôi hết thời gian thử việc rồi."),
    ("Her probation period ends next month.", "Tháng sau cô ấy hết thời gian thử việc."),
    ("My probation period is two months.", "Thời gian thử việc của tôi là hai tháng."),
    ("The probation period is one month.", "Thời gian thử việc là một tháng."),
    # v8 (right already, and kept): "Tôi đã ký hợp đồng hai năm.", "Bạn đã ký hợp đồng chưa?"
    ("I signed a two-year contract.", "Tôi đã ký hợp đồng hai năm."),
    ("I've just signed a two-year contract.", "Tôi vừa ký hợp đồng hai năm."),
    ("Have you signed the contract yet?", "Bạn đã ký hợp đồng chưa?"),
    ("She's going to sign an employment contract next week.", "Tuần sau cô ấy sẽ ký hợp đồng lao động."),
    ("I haven't signed the contract yet.", "Tôi chưa ký hợp đồng."),
    ("My mother signed a 6-month contract yesterday.", "Hôm qua mẹ tôi đã ký hợp đồng 6 tháng."),
    # v8: "Hợp đồng của tôi sắp bùng nổ.", "Hợp đồng của tôi bùng nổ vào tháng tới."
    ("My contract is about to expire.", "Hợp đồng của tôi sắp hết hạn."),
    ("My contract expires next month.", "Tháng sau hợp đồng của tôi hết hạn."),
    ("My mother's contract has expired.", "Hợp đồng của mẹ tôi hết hạn rồi."),
    ("Has your contract expired yet?", "Hợp đồng của bạn đã hết hạn chưa?"),
    ("My contract ended last month.", "Tháng trước hợp đồng của tôi đã hết hạn."),
    ("When does your contract expire?", "Khi nào hợp đồng của bạn hết hạn?"),
    # v8: "Công ty này đã đổi mới hợp đồng của tôi.", "Hợp đồng của tôi đã được đổi mới.", "Công ty sẽ không đổi
    # mới hợp đồng của tôi."
    ("The company has renewed my contract.", "Công ty gia hạn hợp đồng cho tôi rồi."),
    ("My contract has been renewed.", "Hợp đồng của tôi được gia hạn rồi."),
    ("The company won't renew my contract.", "Công ty sẽ không gia hạn hợp đồng cho tôi."),
    ("The company renewed Lan's contract last month.", "Tháng trước công ty đã gia hạn hợp đồng cho Lan."),
    ("My contract hasn't been renewed yet.", "Hợp đồng của tôi chưa được gia hạn."),
    # v8: "Tôi đã tay trong thông báo của tôi.", "Cô ấy đưa tay vào lời từ chức hôm qua.", "Tôi sẽ tay trong thông
    # báo vào tuần tới."
    ("I've handed in my notice.", "Tôi nộp đơn nghỉ việc rồi."),
    ("She handed in her resignation yesterday.", "Hôm qua cô ấy đã nộp đơn nghỉ việc."),
    ("Have you handed in your notice yet?", "Bạn đã nộp đơn nghỉ việc chưa?"),
    ("I'm going to hand in my notice next week.", "Tuần sau tôi sẽ nộp đơn nghỉ việc."),
    ("My mother's handed in her notice.", "Mẹ tôi nộp đơn nghỉ việc rồi."),
    ("Lan handed in her notice yesterday.", "Hôm qua Lan đã nộp đơn nghỉ việc."),
    ("He's planning to hand in his notice.", "Anh ấy định nộp đơn nghỉ việc."),
    # v8: "Công ty của tôi đang đặt mọi người ra khỏi.", "Công ty của bạn có đặt mọi người ra khỏi không?"
    ("My company is laying people off.", "Công ty tôi đang cắt giảm nhân sự."),
    ("Is your company laying people off?", "Công ty bạn có đang cắt giảm nhân sự không?"),
    ("The factory has laid off staff.", "Nhà máy cắt giảm nhân sự rồi."),
    ("My company will lay people off next month.", "Tháng sau công ty tôi sẽ cắt giảm nhân sự."),
    ("Lan's company is laying people off.", "Công ty của Lan đang cắt giảm nhân sự."),
    # not: "on probation" alone and "my probation" (a court's too), laid off or fired (mt/careers.py), whose notice
    # not who's own, the verb not agreeing, a day the tense can't have, "I" asked, a plain present, "the" probation
    # period over (whose?), a "?" on a statement, the other way's language, nonsense
    ("I'm on probation.", None), ("My probation is over.", None), ("He's been laid off.", None),
    ("I got fired.", None), ("He handed in her notice.", None), ("She have signed the contract.", None),
    ("I signed the contract tomorrow.", None), ("Am I in my probation period?", None), ("I sign a contract.", None),
    ("My contract expires.", None), ("The probation period is over.", None), ("My contract has expired?", None),
    ("Hợp đồng của tôi sắp hết hạn.", None), ("Contract contract notice.", None), ("My contract is ending.", None),
    ("I read the contract.", None), ("The company is cutting costs.", None),
    # found in review: a span signed, written with "đã" ("… hai năm rồi" may be two years ago), and pets
    ("Lan has signed an 18-month contract.", "Lan đã ký hợp đồng 18 tháng."),
    ("We've signed a one-year contract.", "Chúng tôi đã ký hợp đồng một năm."),
    ("My dog's contract has expired.", None), ("My cat's contract is about to expire.", None),
    ("The company renewed my dog's contract.", None), ("My dog's company is laying people off.", None),
    ("My dog's probation period is over.", None), ("My cat's probation period is two months.", None),
    ("When does my dog's contract expire?", None), ("My dog is on probation at his new job.", None),
    ("My cat has handed in her notice.", None), ("My dog wants to sign a contract.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
