"""Debts: the bank or a credit card owed, being in debt or deep in it, out of it, paying debts off, being chased for a
debt and debt collectors, both ways (mt/debts.py)."""
import pytest

from mt.debts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm getting a bank debt.", "I debt my bank.", "Do you have a bank debt?", "I debt 200 million."
    ("Tôi đang nợ ngân hàng.", "I owe the bank money."),
    ("Tôi nợ ngân hàng.", "I owe the bank money."),
    ("Bạn có nợ ngân hàng không?", "Do you owe the bank money?"),
    ("Bạn còn nợ ngân hàng không?", "Do you still owe the bank money?"),
    ("Mẹ tôi không nợ ngân hàng.", "My mother doesn't owe the bank any money."),
    ("Tôi vẫn còn nợ ngân hàng.", "I still owe the bank money."),
    ("Tôi không còn nợ ngân hàng nữa.", "I no longer owe the bank anything."),
    ("Tôi nợ ngân hàng 200 triệu.", "I owe the bank VND200 million."),
    ("Chúng tôi còn nợ ngân hàng 50 triệu.", "We still owe the bank VND50 million."),
    ("Anh ấy nợ ngân hàng năm trăm triệu đồng.", "He owes the bank five hundred million dong."),
    ("Anh ấy nợ ngân hàng nhiều lắm.", "He owes the bank a lot of money."),
    ("Bạn nợ ngân hàng bao nhiêu?", "How much do you owe the bank?"),
    ("Chú tôi còn nợ ngân hàng bao nhiêu tiền?", "How much does my uncle still owe the bank?"),
    # v8: "She debts the credit card."
    ("Chị ấy nợ thẻ tín dụng.", "She has credit card debt."),
    ("Bạn có nợ thẻ tín dụng không?", "Do you have credit card debt?"),
    ("Tôi không nợ thẻ tín dụng.", "I don't have any credit card debt."),
    ("Mẹ tôi vẫn còn nợ thẻ tín dụng.", "My mother still has credit card debt."),
    ("Lan nợ thẻ tín dụng nhiều lắm.", "Lan has a lot of credit card debt."),
    # v8: "I'm experiencing debt.", "Are you carrying debt?", "We're debting."
    ("Tôi đang mắc nợ.", "I'm in debt."),
    ("Chúng tôi đang nợ nần.", "We're in debt."),
    ("Bạn có đang mắc nợ không?", "Are you in debt?"),
    ("Bạn có còn mắc nợ không?", "Are you still in debt?"),
    ("Chú tôi vẫn còn mắc nợ.", "My uncle is still in debt."),
    ("Tôi không mắc nợ.", "I'm not in debt."),
    ("Tôi không còn mắc nợ nữa.", "I'm no longer in debt."),
    # v8: "He debts a lot.", "I debt my husband.", "Land obstacles."
    ("Anh ấy nợ nần nhiều lắm.", "He's deep in debt."),
    ("Chú tôi nợ nần chồng chất.", "My uncle is deep in debt."),
    ("Lan nợ ngập đầu.", "Lan is deep in debt."),
    ("Họ nợ như chúa chổm.", "They're deep in debt."),
    # v8: "He has a lot of debt."
    ("Anh ấy nợ nhiều lắm.", "He owes a lot of money."),
    ("Bố tôi nợ rất nhiều tiền.", "My father owes a lot of money."),
    # v8: "I'm all debt."
    ("Tôi hết nợ rồi.", "I'm out of debt now."),
    ("Cuối cùng tôi cũng hết nợ rồi.", "I'm finally out of debt."),
    ("Chúng tôi chưa hết nợ.", "We're not out of debt yet."),
    ("Bạn hết nợ chưa?", "Are you out of debt yet?"),
    # v8: "I don't want to have debt."
    ("Tôi không muốn mắc nợ.", "I don't want to get into debt."),
    ("Mẹ tôi không muốn nợ nần.", "My mother doesn't want to get into debt."),
    ("Anh ấy sợ mắc nợ.", "He's afraid of getting into debt."),
    ("Tôi rất sợ mắc nợ.", "I'm very afraid of getting into debt."),
    ("Anh ấy rất sợ nợ nần.", "He's very afraid of getting into debt."),
    # v8: "I pay all my debts.", "My mother had paid off the debt.", "I'm not paying off my debt."
    ("Tôi trả hết nợ rồi.", "I've paid off all my debts."),
    ("Tôi đã trả hết nợ rồi!", "I've paid off all my debts!"),
    ("Mẹ tôi vừa trả hết nợ.", "My mother has just paid off all her debts."),
    ("Bác Hùng trả hết nợ rồi.", "Uncle Hung has paid off all his debts."),
    ("Chúng tôi trả hết nợ ngân hàng rồi.", "We've paid off all our debt to the bank."),
    ("Năm ngoái tôi đã trả hết nợ.", "I paid off all my debts last year."),
    ("Bạn trả hết nợ chưa?", "Have you paid off your debts yet?"),
    ("Anh ấy đã trả hết nợ chưa?", "Has he paid off his debts yet?"),
    ("Tôi chưa trả hết nợ.", "I haven't paid off my debts yet."),
    ("Bố tôi vẫn chưa trả hết nợ.", "My father still hasn't paid off his debts."),
    ("Bao giờ bạn trả hết nợ?", "When will you pay off your debts?"),
    ("Khi nào anh ấy trả hết nợ?", "When will he pay off his debts?"),
    ("Tôi sẽ trả hết nợ vào năm sau.", "I'll pay off my debts next year."),
    ("Tháng sau chúng tôi trả hết nợ.", "We'll pay off our debts next month."),
    ("Tôi phải trả hết nợ.", "I have to pay off my debts."),
    ("Tôi đang trả nợ.", "I'm paying off my debts."),
    ("Tôi đang trả nợ ngân hàng.", "I'm paying off my debt to the bank."),
    ("Cô ấy phải trả nợ.", "She has to pay her debts."),
    # v8: "I'm getting debt.", "He is insisting debt."
    ("Chú tôi bị đòi nợ.", "My uncle is being chased for a debt."),
    ("Anh ấy đang bị đòi nợ.", "He's being chased for a debt."),
    ("Bạn có đang bị đòi nợ không?", "Are you being chased for a debt?"),
    # v8: "He has a job of hiring debt."
    ("Anh ấy làm nghề đòi nợ thuê.", "He works as a debt collector."),
    ("Chú tôi là dân đòi nợ thuê.", "My uncle is a debt collector."),
    ("Anh ấy có làm nghề đòi nợ thuê không?", "Does he work as a debt collector?"),
    # not: owing whom, owing no one, a favour or an apology owed, wages owed, a debit card, pawning to pay debts
    # (mt/loans.py, favours.py, forgiving.py, unpaid_wages.py, card_trouble.py, pawnshops.py); "nợ" with nothing
    # owed, "mắc nợ ai" (money or a favour?), deep in debt asked or denied, chased denied or done, "trả nợ" done or
    # ahead, paying off with no word of time, when done ("… bao giờ?"), a name alone paying off (his or hers?), "I"
    # asked, "anh" alone saying it, a pet as who, "?" on a statement, "nhỉ", a day with "vừa", and the other way's
    ("Tôi nợ bạn 100 nghìn.", None), ("Tôi không nợ ai cả.", None), ("Tôi nợ bạn một lần.", None),
    ("Tôi nợ bạn một lời xin lỗi.", None), ("Công ty nợ lương tôi.", None),
    ("Thẻ ghi nợ của tôi sắp hết hạn rồi.", None), ("Anh trai tôi cầm cố xe máy để trả nợ.", None),
    ("Tôi nợ.", None), ("Tôi đang nợ.", None),
    ("Tôi nợ bạn nhiều lắm.", None), ("Tôi không muốn mắc nợ ai.", None), ("Anh ấy không nợ nần chồng chất.", None),
    ("Bạn có nợ nần nhiều không?", None), ("Tôi không bị đòi nợ.", None), ("Tôi vừa bị đòi nợ.", None),
    ("Tôi đã trả nợ.", None), ("Tôi sẽ trả nợ.", None), ("Tôi trả hết nợ.", None), ("Bạn trả hết nợ bao giờ?", None),
    ("Lan trả hết nợ rồi.", None), ("Bao giờ tôi trả hết nợ?", None), ("Anh nợ ngân hàng.", None),
    ("Con chó của tôi nợ ngân hàng.", None), ("Con mèo của tôi bị đòi nợ.", None), ("Tôi nợ ngân hàng không?", None),
    ("Bạn có nợ ngân hàng?", None), ("Tôi bị đòi nợ?", None), ("Tôi đang mắc nợ nhỉ.", None), ("Tôi hết nợ.", None),
    ("Anh ấy là người đòi nợ.", None), ("Anh ấy đi đòi nợ.", None), ("Hôm qua tôi vừa trả hết nợ.", None),
    ("Tôi sẽ trả hết nợ vào năm ngoái.", None), ("Tôi mắc nợ nhiều lắm.", None),
    # "bị nợ" (owed, or in debt?), "Bao giờ" with a perfect (when did?), "à" or "phải không" asking, "chúng ta"
    # quits with each other (even, or out of debt?)
    ("Tôi bị nợ nhiều lắm.", None), ("Tôi bị nợ nhiều quá.", None), ("Bao giờ anh ấy đã trả hết nợ?", None),
    ("Bao giờ anh ấy trả hết nợ rồi?", None), ("Anh ấy làm nghề đòi nợ thuê à.", None),
    ("Anh ấy làm nghề đòi nợ thuê phải không.", None), ("Anh ấy là dân đòi nợ thuê à.", None),
    ("Chúng ta hết nợ rồi.", None), ("Chúng ta không còn nợ nần nữa.", None), ("I owe the bank money.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi owe tiền ngân hàng.", "Tôi nợ đến ngân hàng.", "Bạn có phải tiền ngân hàng không?"
    ("I owe the bank money.", "Tôi đang nợ ngân hàng."),
    ("I'm in debt to the bank.", "Tôi đang nợ ngân hàng."),
    ("Do you owe the bank money?", "Bạn có nợ ngân hàng không?"),
    ("Does he still owe the bank money?", "Anh ấy có còn nợ ngân hàng không?"),
    ("She still owes the bank money.", "Cô ấy vẫn còn nợ ngân hàng."),
    ("I don't owe the bank anything.", "Tôi không nợ ngân hàng."),
    ("I owe the bank VND200 million.", "Tôi nợ ngân hàng 200 triệu đồng."),
    ("My mother owes the bank a lot of money.", "Mẹ tôi nợ ngân hàng rất nhiều tiền."),
    ("How much do you owe the bank?", "Bạn nợ ngân hàng bao nhiêu tiền?"),
    # v8: "Anh ấy kêu gọi rất nhiều tiền." (calls)
    ("He owes a lot of money.", "Anh ấy nợ rất nhiều tiền."),
    # v8: "Cô ấy có nợ thẻ tín dụng."
    ("She has credit card debt.", "Cô ấy nợ thẻ tín dụng."),
    ("Do you have credit card debt?", "Bạn có nợ thẻ tín dụng không?"),
    ("I don't have any credit card debt.", "Tôi không nợ thẻ tín dụng."),
    ("She has a lot of credit card debt.", "Cô ấy nợ thẻ tín dụng rất nhiều."),
    # v8: "Tôi nợ.", "Bạn có nợ không?", "Chúng ta không nợ.", "Anh ta đang nợ nần."
    ("I'm in debt.", "Tôi đang mắc nợ."),
    ("Are you in debt?", "Bạn có đang mắc nợ không?"),
    ("We're not in debt.", "Chúng tôi không mắc nợ."),
    ("He isn't in debt.", "Anh ấy không mắc nợ."),
    ("My uncle is still in debt.", "Chú tôi vẫn còn mắc nợ."),
    ("I'm no longer in debt.", "Tôi không còn mắc nợ nữa."),
    ("He's deep in debt.", "Anh ấy nợ nần chồng chất."),
    ("Lan is heavily in debt.", "Lan nợ nần chồng chất."),
    # v8: "Tôi đang nợ nần." (in debt)
    ("I'm out of debt now.", "Tôi hết nợ rồi."),
    ("I'm finally out of debt.", "Cuối cùng tôi cũng hết nợ rồi."),
    ("Are you out of debt yet?", "Bạn hết nợ chưa?"),
    ("We're debt-free now.", "Chúng tôi hết nợ rồi."),
    # v8: "Tôi không muốn vay nợ." (borrow)
    ("I don't want to get into debt.", "Tôi không muốn mắc nợ."),
    ("She's afraid of getting into debt.", "Cô ấy sợ mắc nợ."),
    # v8: "Tôi đã trả hết mọi khoản nợ của mình.", "Bạn sẽ trả hết những khoản nợ của mình khi nào?"
    ("I've paid off all my debts.", "Tôi đã trả hết nợ rồi."),
    ("My mother has just paid off her debts.", "Mẹ tôi vừa trả hết nợ."),
    ("I paid off all my debts last year.", "Năm ngoái tôi đã trả hết nợ."),
    ("When will you pay off your debts?", "Bao giờ bạn trả hết nợ?"),
    ("Have you paid off your debts yet?", "Bạn đã trả hết nợ chưa?"),
    ("I haven't paid off my debts yet.", "Tôi chưa trả hết nợ."),
    ("She still hasn't paid off her debts.", "Cô ấy vẫn chưa trả hết nợ."),
    ("I'll pay off my debts next month.", "Tôi sẽ trả hết nợ vào tháng sau."),
    ("He has to pay off his debts.", "Anh ấy phải trả hết nợ."),
    ("I have to pay my debts.", "Tôi phải trả nợ."),
    ("We're paying off our debt to the bank.", "Chúng tôi đang trả nợ ngân hàng."),
    ("He's paying off his debts.", "Anh ấy đang trả nợ."),
    # v8: "Tôi đang bị đuổi vì nợ." (run after), "Anh ta là một nhà sưu tập nợ." (a collector of debts)
    ("My uncle is being chased for a debt.", "Chú tôi đang bị đòi nợ."),
    ("Are you being chased for a debt?", "Bạn có đang bị đòi nợ không?"),
    ("He's a debt collector.", "Anh ấy làm nghề đòi nợ thuê."),
    ("She works as a debt collector.", "Cô ấy làm nghề đòi nợ thuê."),
    # not: the verb not agreeing ("He owe", "She have", "He aren't", "She don't"), owing whom or money to no one
    # (mt/loans.py), a favour or an apology owed (mt/favours.py, mt/forgiving.py), a debit card, deep in debt asked,
    # "debt-free" alone (never in debt?), another's debts paid off, a day with the wrong tense, "I" asked, a pet
    ("He owe the bank money.", None), ("Does he owes the bank money?", None), ("She have credit card debt.", None),
    ("He aren't in debt.", None), ("She don't want to get into debt.", None), ("I want to get into debt.", None),
    ("He owes money.", None), ("He owes me money.", None), ("I owe you one.", None), ("I owe you an apology.", None),
    ("My debit card is about to expire.", None), ("Is she deep in debt?", None), ("I'm debt-free.", None),
    ("I paid off his debts.", None), ("I paid off my debts next month.", None), ("Am I in debt?", None),
    ("When will I pay off my debts?", None), ("My dog is in debt.", None), ("He have paid off his debts.", None),
    ("I pay off my debts.", None), ("He's a debt collector?", None), ("Tôi đang nợ ngân hàng.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Tôi đang nợ ngân hàng.", "vi", "fr") is None
    assert translate("I'm in debt.", "en", "fr") is None
