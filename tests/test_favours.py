"""Asking and owing favours, and the trouble given: a favour asked, needed or owed, sorry for the trouble, no trouble
at all, who bothers whom, both ways (mt/favours.py)."""
import pytest

from mt.favours import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Please help me.", "Can you help me?", "Can you help me a job?", "Can I get a job?"
    ("Bạn làm ơn giúp tôi một việc nhé.", "Could you do me a favour?"),
    ("Bạn giúp tôi một việc được không?", "Can you do me a favour?"),
    ("Bạn có thể giúp tôi một việc không?", "Can you do me a favour?"),
    ("Bạn giúp tôi một việc nhỏ được không?", "Can you do me a small favour?"),
    ("Anh giúp em một việc được không?", "Can you do me a favour?"),
    ("Bạn giúp chúng tôi một việc được không ạ?", "Can you do us a favour?"),
    ("Giúp tôi một việc được không?", "Can you do me a favour?"),
    ("Làm ơn giúp tôi một việc.", "Please do me a favour."),
    # v8: "Can I ask you a job?", "Can I get you a job?", "I'm going to ask you.", "I want to ask you a job."
    ("Tôi có thể nhờ bạn một việc không?", "Can I ask you a favour?"),
    ("Tôi nhờ bạn một việc được không?", "Can I ask you a favour?"),
    ("Em nhờ anh một việc được không ạ?", "Can I ask you a favour?"),
    ("Tôi có việc muốn nhờ bạn.", "I have a favour to ask you."),
    ("Tôi cần nhờ bạn một việc.", "I need to ask you a favour."),
    ("Tôi muốn nhờ bạn một việc.", "I'd like to ask you a favour."),
    ("Mẹ tôi muốn nhờ bạn một việc.", "My mother would like to ask you a favour."),
    ("Anh ấy cần nhờ bạn một việc.", "He needs to ask you a favour."),
    # v8: "I debt you once.", "I debt you a hunch.", "Thank you, I debt once.", "He debted me once."
    ("Tôi nợ bạn một lần.", "I owe you one."),
    ("Tôi nợ bạn một ân huệ.", "I owe you a favour."),
    ("Cảm ơn, tôi nợ bạn một lần.", "Thanks, I owe you one."),
    ("Cảm ơn bạn nhiều, tôi nợ bạn một lần nhé.", "Thanks a lot, I owe you one."),
    ("Anh ấy nợ tôi một lần.", "He owes me one."),
    ("Bạn nợ tôi một lần.", "You owe me one."),
    ("Em nợ anh một lần.", "I owe you one."),
    ("Mẹ tôi nợ bác Hùng một lần.", "My mother owes Uncle Hung one."),
    # v8: "Please say it's complicated.", "Please blame this complexity.", "I'm sorry for this media."
    ("Xin lỗi vì đã gây phiền phức.", "Sorry for the trouble."),
    ("Xin lỗi vì sự phiền phức này.", "Sorry for the trouble."),
    ("Xin lỗi vì đã làm phiền bạn nhiều.", "Sorry for all the trouble."),
    ("Tôi rất xin lỗi vì đã gây nhiều rắc rối.", "I'm very sorry for all the trouble."),
    ("Tôi xin lỗi vì sự bất tiện này.", "I'm sorry for the inconvenience."),
    ("Xin lỗi vì đã gây bất tiện cho bạn.", "Sorry for the inconvenience."),
    # v8: "There's nothing wrong.", "None of them.", "It's not frustrating.", "There's something wrong."
    ("Không phiền gì cả.", "It's no trouble at all."),
    ("Không có gì phiền cả.", "It's no trouble at all."),
    ("Không phiền gì đâu.", "It's no trouble."),
    ("Có phiền gì đâu.", "It's no trouble at all."),
    # v8: "Did I complain you?", "I don't want to complain you.", "You don't complain me."
    ("Tôi có làm phiền bạn không?", "Am I bothering you?"),
    ("Anh ấy có làm phiền bạn không?", "Is he bothering you?"),
    ("Tôi không muốn làm phiền bạn.", "I don't want to bother you."),
    ("Mẹ tôi không muốn làm phiền bạn.", "My mother doesn't want to bother you."),
    ("Bạn không làm phiền tôi đâu.", "You're not bothering me."),
    ("Bạn không làm phiền tôi chút nào.", "You're not bothering me at all."),
    # not: helped, or asked? no "được không"; the phrasebook's (sorry to bother you, the inconvenience); "anh", "em"
    # alone saying or owing (the speaker, or you?); "em" after him (may be the speaker); a bare "I owe you" (money?);
    # owing oneself; "Không phiền." alone; "anh" asking whether he bothers "em"; "Tôi … đâu" (not now, or won't?)
    ("Em nợ anh một lần nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn giúp tôi một việc.", None), ("Xin lỗi vì đã làm phiền bạn.", None), ("Xin lỗi vì sự bất tiện này.", None),
    ("Anh muốn nhờ em một việc.", None), ("Anh ấy muốn nhờ em một việc.", None), ("Anh nợ em một lần.", None),
    ("Tôi nợ bạn.", None), ("Tôi nợ tôi một lần.", None), ("Không phiền.", None), ("Anh có làm phiền em không?", None),
    ("Tôi không làm phiền bạn đâu.", None), ("Em giúp em một việc được không?", None),
    ("Tôi nhờ bạn một việc không?", None), ("Bạn muốn nhờ tôi một việc.", None), ("Tôi nợ bạn một lần?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể làm tôi một lợi ích được không?" (a benefit), "Bạn có thể thích tôi không?" (like me)
    ("Can you do me a favour?", "Bạn giúp tôi một việc được không?"),
    ("Could you do me a favour?", "Bạn có thể giúp tôi một việc được không?"),
    ("Can you do me a favor?", "Bạn giúp tôi một việc được không?"),
    ("Could you do me a small favour?", "Bạn có thể giúp tôi một việc nhỏ được không?"),
    ("Could you please do me a favour?", "Bạn làm ơn giúp tôi một việc được không?"),
    ("Can you do us a favour?", "Bạn giúp chúng tôi một việc được không?"),
    ("Please do me a favour.", "Làm ơn giúp tôi một việc."),
    # v8: "Tôi có thể hỏi bạn một lợi ích được không?", "Tôi cần một lợi ích.", "Tôi có lợi để hỏi." (to profit)
    ("Can I ask you a favour?", "Tôi nhờ bạn một việc được không?"),
    ("Can I ask a favour of you?", "Tôi nhờ bạn một việc được không?"),
    ("Could I ask you a favour?", "Tôi có thể nhờ bạn một việc được không?"),
    ("I need a favour.", "Tôi cần nhờ bạn một việc."),
    ("She needs a favour.", "Cô ấy cần nhờ bạn một việc."),
    ("I'd like to ask you a favour.", "Tôi muốn nhờ bạn một việc."),
    ("My mother wants to ask you a favour.", "Mẹ tôi muốn nhờ bạn một việc."),
    ("I have a favour to ask.", "Tôi có một việc muốn nhờ bạn."),
    ("He has a favour to ask you.", "Anh ấy có một việc muốn nhờ bạn."),
    # v8: "Tôi owe bạn một.", "Cô ấy kêu me một." (calls), "Mẹ tôi kêu gọi bạn một lợi ích."
    ("I owe you one.", "Tôi nợ bạn một lần."),
    ("I owe you a favour.", "Tôi nợ bạn một lần."),
    ("Thanks, I owe you one.", "Cảm ơn, tôi nợ bạn một lần."),
    ("Thanks a lot, I owe you.", "Cảm ơn nhiều, tôi nợ bạn một lần."),
    ("She owes me one.", "Cô ấy nợ tôi một lần."),
    ("My mother owes you a favour.", "Mẹ tôi nợ bạn một lần."),
    # v8: "Rất tiếc khi gặp lỗi." (an error), "Rất tiếc khi bạn gặp khó khăn." (you have difficulties), "… phát minh"
    ("Sorry for the trouble.", "Xin lỗi vì đã gây phiền phức."),
    ("Sorry for all the trouble.", "Xin lỗi vì đã gây nhiều phiền phức."),
    ("I'm so sorry for all the trouble.", "Tôi rất xin lỗi vì đã gây nhiều phiền phức."),
    ("Sorry to trouble you.", "Xin lỗi đã làm phiền bạn."),
    ("Sorry to trouble you again.", "Xin lỗi lại làm phiền bạn."),
    ("Sorry for bothering you.", "Xin lỗi đã làm phiền bạn."),
    ("I'm sorry to trouble you.", "Tôi xin lỗi vì đã làm phiền bạn."),
    ("Sorry for any inconvenience.", "Xin lỗi vì sự bất tiện này."),
    ("We're sorry for the inconvenience.", "Chúng tôi xin lỗi vì sự bất tiện này."),
    # v8: "Không có vấn đề gì cả." (no problem), "Đừng đề cập đến nó." (don't refer to it)
    ("It's no trouble at all.", "Không phiền gì cả."),
    ("It's no trouble.", "Không phiền gì đâu."),
    ("No trouble at all.", "Không phiền gì cả."),
    ("Don't mention it.", "Không có gì đâu."),
    # v8: "Tôi làm bạn say xỉn?" (make you drunk), "Tôi không muốn cả hai người." (both), "… phiền muộn" (sorrow)
    ("Am I bothering you?", "Tôi có đang làm phiền bạn không?"),
    ("Is he bothering you?", "Anh ấy có đang làm phiền bạn không?"),
    ("I don't want to bother you.", "Tôi không muốn làm phiền bạn."),
    ("She doesn't want to bother you.", "Cô ấy không muốn làm phiền bạn."),
    ("You're not bothering me.", "Bạn không làm phiền tôi đâu."),
    ("You aren't bothering me at all.", "Bạn không làm phiền tôi chút nào."),
    # not: the phrasebook's; "Do me a favour." (often sharp); a bare "I owe you." (money?); "need", "has", "owe", "is",
    # "don't" not agreeing; "you" asking you; owing or bothering oneself; "Not at all." (not what?)
    ("Sorry to bother you.", None), ("Sorry for the inconvenience.", None), ("Thank you for your help.", None),
    ("Do me a favour.", None), ("I owe you.", None), ("She need a favour.", None), ("He have a favour to ask.", None),
    ("She owe me one.", None), ("Are he bothering you?", None), ("She don't want to bother you.", None),
    ("You need a favour.", None), ("I owe me one.", None), ("Am I bothering me?", None), ("Not at all.", None),
    ("My mother want to ask you a favour.", None), ("Can I ask you a favour of you?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi nợ bạn một lần.", "en", "vi") is None
    assert translate("I owe you one.", "vi", "en") is None
    assert translate("I owe you one.", "en", "fr") is None
