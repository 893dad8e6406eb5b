"""Money transferred to the wrong account or person, getting it back and the bank refunding it, both ways
(mt/wrong_transfers.py)."""
import pytest

from mt.wrong_transfers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I transfer the account wrong.", "My mother turned five million wrong.", "He just turned 2 million wrong.",
    # "Do you miss the account?", "Yesterday, I transferred mistakes."
    ("Tôi chuyển tiền nhầm tài khoản.", "I transferred money to the wrong account."),
    ("Tôi chuyển khoản nhầm tài khoản.", "I transferred money to the wrong account."),
    ("Tôi chuyển nhầm số tài khoản.", "I transferred money to the wrong account."),
    ("Mẹ tôi chuyển nhầm năm triệu.", "My mother transferred five million dong to the wrong account."),
    ("Anh ấy vừa chuyển nhầm 2 triệu.", "He has just transferred 2,000,000 dong to the wrong account."),
    ("Lan chuyển 500 nghìn nhầm tài khoản.", "Lan transferred 500,000 dong to the wrong account."),
    ("Chúng tôi đã chuyển tiền vào nhầm tài khoản.", "We transferred money to the wrong account."),
    ("Tôi chuyển nhầm tiền sang tài khoản khác rồi.", "I have transferred money to the wrong account."),
    ("Tôi lỡ chuyển tiền nhầm tài khoản.", "I accidentally transferred money to the wrong account."),
    ("Hôm qua tôi chuyển nhầm tiền.", "I transferred money to the wrong account yesterday."),
    ("Bố tôi chuyển tiền nhầm tài khoản sáng nay.", "My father transferred money to the wrong account this morning."),
    ("Bạn có chuyển nhầm tài khoản không?", "Did you transfer money to the wrong account?"),
    ("Bạn chuyển nhầm tiền à?", "Did you transfer money to the wrong account?"),
    ("Mẹ bạn có chuyển tiền nhầm tài khoản không?", "Did your mother transfer money to the wrong account?"),
    ("Chúng tôi không chuyển nhầm tài khoản.", "We didn't transfer money to the wrong account."),
    ("Cô ấy không chuyển tiền nhầm tài khoản!", "She didn't transfer money to the wrong account!"),
    # v8: "I took the money to others."
    ("Tôi chuyển nhầm tiền cho người khác.", "I sent money to the wrong person."),
    ("Tôi chuyển tiền nhầm người.", "I sent money to the wrong person."),
    ("Tôi chuyển tiền cho nhầm người.", "I sent money to the wrong person."),
    ("Tôi chuyển tiền nhầm cho người khác.", "I sent money to the wrong person."),
    ("Chị tôi vừa chuyển nhầm 300 nghìn cho người khác.", "My sister has just sent 300,000 dong to the wrong person."),
    ("Tôi lỡ chuyển nhầm tiền cho người khác rồi.", "I have accidentally sent money to the wrong person."),
    ("Bạn có chuyển nhầm tiền cho người khác không?", "Did you send money to the wrong person?"),
    # v8: "I made money wrong."
    ("Tôi chuyển sai số tiền.", "I transferred the wrong amount."),
    ("Anh ấy có chuyển sai số tiền không?", "Did he transfer the wrong amount?"),
    # v8: "There was a person who took the money into my account."
    ("Có người chuyển nhầm tiền vào tài khoản của tôi.", "Someone transferred money to my account by mistake."),
    ("Ai đó vừa chuyển nhầm 5 triệu vào tài khoản tôi.",
     "Someone has just transferred 5,000,000 dong to my account by mistake."),
    ("Tôi chuyển nhầm tiền vào tài khoản của bạn.", "I transferred money to your account by mistake."),
    ("Bác Hùng chuyển nhầm tiền vào tài khoản của mẹ tôi.",
     "Uncle Hung transferred money to my mother's account by mistake."),
    ("Bố tôi chuyển nhầm tiền vào tài khoản của cô ấy.", "My father transferred money to her account by mistake."),
    # v8: "How do you get confused money?", "Can I get confused money?"
    ("Làm sao để lấy lại tiền chuyển nhầm?", "How can I get back money transferred by mistake?"),
    ("Làm thế nào để đòi lại tiền chuyển nhầm tài khoản?",
     "How can I get back money transferred to the wrong account?"),
    ("Tôi có lấy lại được tiền chuyển nhầm không?", "Can I get back the money transferred by mistake?"),
    ("Mẹ tôi có thể lấy lại tiền chuyển nhầm được không?",
     "Can my mother get back the money transferred by mistake?"),
    ("Bạn có thể lấy lại tiền chuyển nhầm được không?", "Can you get back the money transferred by mistake?"),
    ("Chúng tôi có lấy lại được tiền chuyển nhầm không?", "Can we get back the money transferred by mistake?"),
    ("Mẹ tôi muốn đòi lại tiền chuyển nhầm.", "My mother wants to get back the money transferred by mistake."),
    ("Chúng tôi cần lấy lại số tiền đã chuyển nhầm.", "We need to get back the money transferred by mistake."),
    # v8: "Can you repay the wrong amount of money I made?"
    ("Bạn có thể trả lại số tiền tôi chuyển nhầm được không?", "Could you return the money I transferred by mistake?"),
    ("Anh trả lại tiền tôi chuyển nhầm được không?", "Could you return the money I transferred by mistake?"),
    # v8: "The bank has completed my money.", "The bank hasn't been totaled for me."
    ("Ngân hàng đã hoàn lại tiền cho tôi.", "The bank has refunded my money."),
    ("Ngân hàng hoàn tiền cho tôi rồi.", "The bank has refunded my money."),
    ("Ngân hàng vừa hoàn tiền cho bố tôi.", "The bank has just refunded my father's money."),
    ("Hôm qua ngân hàng đã hoàn tiền cho tôi.", "The bank refunded my money yesterday."),
    ("Ngân hàng chưa hoàn tiền cho tôi.", "The bank hasn't refunded my money yet."),
    ("Ngân hàng sẽ hoàn tiền cho mẹ tôi.", "The bank will refund my mother's money."),
    ("Ngân hàng đã hoàn tiền cho bạn chưa?", "Has the bank refunded your money yet?"),
    # not: money alone got back or paid back (what money? mt/loans.py's), "chuyển nhầm số tiền" (the wrong sum, or
    # the sum sent wrong?), the bank with no tense or "có … không?" (did or will?), "anh" saying it (the speaker?),
    # "I" asked, a pet, a "?" on a statement, "không?" without "có", "nhỉ", a message or a call sent wrong, a day
    # with "vừa", someone else asked to return it, one's own account, English
    ("Tôi có lấy lại được tiền không?", None), ("Bạn trả lại tiền cho tôi được không?", None),
    ("Tôi chuyển nhầm số tiền.", None), ("Ngân hàng hoàn tiền cho tôi.", None),
    ("Ngân hàng có hoàn tiền cho tôi không?", None), ("Anh chuyển nhầm tài khoản rồi.", None),
    ("Tôi có chuyển nhầm tài khoản không?", None), ("Con chó của tôi chuyển nhầm tiền.", None),
    ("Tôi chuyển tiền nhầm tài khoản?", None), ("Bạn chuyển nhầm tài khoản không?", None),
    ("Bạn chuyển nhầm tiền nhỉ.", None), ("Tôi chuyển nhầm cho người khác.", None),
    ("Tôi gửi nhầm tin nhắn.", None), ("Hôm qua tôi vừa chuyển nhầm tiền.", None),
    ("Mẹ tôi trả lại tiền tôi chuyển nhầm được không?", None), ("Tôi chuyển nhầm tiền vào tài khoản của tôi.", None),
    ("Tôi chuyển nhầm tiền điện.", None), ("I transferred money to the wrong account.", None),
    ("Có người có chuyển nhầm tiền vào tài khoản của tôi không?", None), ("Nhầm rồi.", None),
    # not: "his", "her", "their" that English may read as who's own ("Mẹ tôi … của cô ấy": "her" reads as hers, not
    # another woman's); "có lấy lại … không?" without "được" or "thể" (did you take it back?) and "có lấy lại được …
    # không?" of another than "tôi", "chúng tôi" (can you, or did you manage to?)
    ("Mẹ tôi chuyển nhầm tiền vào tài khoản của cô ấy.", None),
    ("Bố tôi chuyển nhầm tiền vào tài khoản của anh ấy.", None),
    ("Lan chuyển nhầm tiền vào tài khoản của anh ấy.", None),
    ("Bạn tôi chuyển nhầm tiền vào tài khoản của anh ấy.", None),
    ("Có người chuyển nhầm tiền vào tài khoản của họ.", None),
    ("Bạn có lấy lại tiền chuyển nhầm không?", None), ("Tôi có lấy lại tiền chuyển nhầm không?", None),
    ("Bạn có lấy lại được tiền chuyển nhầm không?", None), ("Mẹ bạn có lấy lại được tiền chuyển nhầm không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi chuyển tiền đến tài khoản sai.", "Anh ấy vừa chuyển 2 triệu đồng sang tài khoản sai.", "Chúng tôi không
    # chuyển tiền sang tài khoản sai."
    ("I transferred money to the wrong account.", "Tôi chuyển tiền nhầm tài khoản."),
    ("My mother transferred five million dong to the wrong account.", "Mẹ tôi chuyển năm triệu đồng nhầm tài khoản."),
    ("He has just transferred 2 million dong to the wrong account.",
     "Anh ấy vừa chuyển 2.000.000 đồng nhầm tài khoản."),
    ("I've transferred money to the wrong account.", "Tôi đã chuyển tiền nhầm tài khoản rồi."),
    ("My father transferred money to the wrong account yesterday.", "Hôm qua bố tôi chuyển tiền nhầm tài khoản."),
    ("We didn't transfer money to the wrong account.", "Chúng tôi không chuyển tiền nhầm tài khoản."),
    ("Did your mother transfer the money to the wrong bank account?",
     "Mẹ bạn có chuyển tiền nhầm tài khoản không?"),
    ("Lan accidentally transferred money to the wrong account.", "Lan lỡ chuyển tiền nhầm tài khoản."),
    ("I transferred to the wrong account.", "Tôi chuyển nhầm tài khoản."),
    # v8: "Tôi gửi tiền cho người sai.", "Bạn có gửi tiền cho người sai không?"
    ("I sent money to the wrong person.", "Tôi chuyển nhầm tiền cho người khác."),
    ("Did you send money to the wrong person?", "Bạn có chuyển nhầm tiền cho người khác không?"),
    ("She just sent 500,000 dong to the wrong person.", "Cô ấy vừa chuyển nhầm 500.000 đồng cho người khác."),
    # v8: "Tôi đã chuyển số tiền sai."
    ("I transferred the wrong amount.", "Tôi chuyển sai số tiền."),
    ("My brother has transferred the wrong amount.", "Anh trai tôi đã chuyển sai số tiền rồi."),
    # v8: "Một số người chuyển tiền sang tài khoản của tôi bằng sai lầm."
    ("Someone transferred money to my account by mistake.", "Có người chuyển nhầm tiền vào tài khoản của tôi."),
    ("Someone has just sent money into my account by mistake.", "Có người vừa chuyển nhầm tiền vào tài khoản của tôi."),
    ("I transferred money to Lan's account by mistake.", "Tôi chuyển nhầm tiền vào tài khoản của Lan."),
    ("My father transferred money to her account by mistake.", "Bố tôi chuyển nhầm tiền vào tài khoản của cô ấy."),
    # v8: "Làm thế nào tôi có thể lấy tiền quay lại bằng sai lầm?"
    ("How can I get back money transferred by mistake?", "Làm sao để lấy lại tiền chuyển nhầm?"),
    ("How do I get back the money sent to the wrong account?", "Làm sao để lấy lại tiền chuyển nhầm tài khoản?"),
    ("Can I get back the money transferred by mistake?", "Tôi có lấy lại được tiền chuyển nhầm không?"),
    # ("Bạn có lấy lại được … không?" may ask whether you did)
    ("Can you get back the money transferred by mistake?", "Bạn có thể lấy lại tiền chuyển nhầm được không?"),
    ("Could my mother get back the money transferred by mistake?",
     "Mẹ tôi có thể lấy lại tiền chuyển nhầm được không?"),
    ("She wants to get back the money transferred by mistake.", "Cô ấy muốn lấy lại tiền chuyển nhầm."),
    ("We need to get back the money sent to the wrong account.", "Chúng tôi cần lấy lại tiền chuyển nhầm tài khoản."),
    # v8: "Bạn có thể trả tiền mà tôi chuyển giao bằng sai lầm không?"
    ("Could you return the money I transferred by mistake?",
     "Bạn có thể trả lại số tiền tôi chuyển nhầm được không?"),
    ("Can you please send back the money I sent to you by mistake?",
     "Bạn có thể trả lại số tiền tôi chuyển nhầm được không?"),
    # v8: "Ngân hàng đã trả tiền.", "Ngân hàng đã trả tiền cho bạn chưa?"
    ("The bank has refunded my money.", "Ngân hàng đã hoàn lại tiền cho tôi."),
    ("The bank has just refunded my mother's money.", "Ngân hàng vừa hoàn lại tiền cho mẹ tôi."),
    ("The bank refunded my money yesterday.", "Hôm qua ngân hàng đã hoàn lại tiền cho tôi."),
    ("The bank has already refunded the money.", "Ngân hàng đã hoàn lại tiền rồi."),
    ("The bank will refund my money.", "Ngân hàng sẽ hoàn tiền cho tôi."),
    ("The bank hasn't refunded our money yet.", "Ngân hàng chưa hoàn tiền cho chúng tôi."),
    ("Has the bank refunded your money yet?", "Ngân hàng đã hoàn tiền cho bạn chưa?"),
    # not: "Can I get the money back?" alone (what money?), "five million" with no currency, a verb that does not
    # agree ("She have", "He don't"), "I" asked, someone asked or denied, one's own account, a message sent to the
    # wrong person, a "?" on a statement, "will" with "refunded", a shop's refund, Vietnamese
    ("Can I get the money back?", None), ("My mother transferred five million to the wrong account.", None),
    ("She have transferred money to the wrong account.", None), ("Did I transfer money to the wrong account?", None),
    ("Did someone transfer money to my account by mistake?", None), ("I sent a message to the wrong person.", None),
    ("I transferred money to my account by mistake.", None), ("I transferred money to the wrong account?", None),
    ("The bank will refunded my money.", None), ("I'd like a refund.", None), ("I sent to the wrong person.", None),
    ("Tôi chuyển tiền nhầm tài khoản.", None), ("She wants to get back the money transferred by mistake?", None),
    ("He want to get back the money transferred by mistake.", None), ("The wrong way.", None),
    # not: "his", "her", "their" that may be who's own (Vietnamese says another's: "của cô ấy"), a pet
    ("My mother transferred money to her account by mistake.", None),
    ("Lan transferred money to her account by mistake.", None),
    ("My father transferred money to his account by mistake.", None),
    ("Someone transferred money to their account by mistake.", None),
    ("Someone transferred money to his account by mistake.", None),
    ("My dog transferred money to the wrong account.", None), ("Did my dog send money to the wrong person?", None),
    ("Can my dog get back the money transferred by mistake?", None),
    ("My cat wants to get back the money sent by mistake.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
