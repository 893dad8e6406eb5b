"""Borrowing, lending, owing and paying back, said or asked, both ways (mt/loans.py)."""
import pytest

from mt import phrasebook
from mt.loans import THINGS, THINGS_VI, translate


@pytest.mark.parametrize("text, said", [
    # asked to be lent, or to borrow (v7: "Can you borrow me?", "Did you borrow me?")
    ("Bạn có thể cho tôi mượn tiền không?", "Can you lend me some money?"),
    ("Bạn có thể cho tôi mượn 100 nghìn không?", "Can you lend me 100,000 dong?"),
    ("Bạn cho tôi mượn cái ô được không?", "Can you lend me your umbrella?"),
    ("Anh có thể cho tôi mượn bút không?", "Can you lend me your pen?"),
    ("Cho tôi mượn cái bút được không?", "Can I borrow your pen?"),
    ("Cho tôi vay 2 triệu được không?", "Can I borrow 2,000,000 dong?"),
    ("Tôi có thể mượn điện thoại của bạn không?", "Can I borrow your phone?"),
    ("Tôi mượn sạc của bạn một chút được không?", "Can I borrow your charger for a minute?"),
    ("Bạn có thể trả lại tiền cho tôi vào thứ Sáu không?", "Can you pay me back on Friday?"),
    # borrowed and lent (v7: "I gave him borrowing a motorcycle.", "I borrowed Land's book.")
    ("Anh ấy mượn xe máy của tôi.", "He borrowed my motorbike."),
    ("Tôi đã mượn sách của Lan.", "I borrowed Lan's book."),
    ("Tôi mượn tiền của bố tôi.", "I borrowed some money from my father."),
    ("Tôi mượn anh ấy 200 nghìn.", "I borrowed 200,000 dong from him."),
    ("Hôm qua tôi mượn máy tính của bố tôi.", "I borrowed my father's laptop yesterday."),
    ("Tôi sẽ mượn xe đạp của em trai tôi vào cuối tuần.", "I'll borrow my younger brother's bicycle at the weekend."),
    ("Tôi không mượn xe máy của anh ấy.", "I didn't borrow his motorbike."),
    ("Anh ấy đã mượn cái máy ảnh của Minh rồi.", "He's already borrowed Minh's camera."),
    ("Tôi cho anh ấy mượn xe máy.", "I lent him my motorbike."),
    ("Mẹ tôi cho tôi vay 2 triệu đồng.", "My mother lent me 2,000,000 dong."),
    ("Bác Hùng cho tôi mượn ô tô.", "Uncle Hung lent me his car."),
    ("Chúng tôi cho họ mượn 1,5 triệu.", "We lent them 1,500,000 dong."),
    ("Tôi sẽ không cho anh ấy mượn ô tô.", "I won't lend him my car."),
    # owed (v7: "I debt you 100 thousand.", "What do I debt?")
    ("Tôi nợ bạn 100 nghìn.", "I owe you 100,000 dong."),
    ("Anh ấy nợ tôi 2 triệu đồng.", "He owes me 2,000,000 dong."),
    ("Tôi còn nợ bạn 50 nghìn.", "I still owe you 50,000 dong."),
    ("Tôi nợ bạn bao nhiêu?", "How much do I owe you?"),
    ("Tôi có nợ bạn gì không?", "Do I owe you anything?"),
    ("Anh ấy có nợ bạn tiền không?", "Does he owe you any money?"),
    ("Tôi không nợ ai cả.", "I don't owe anyone anything."),
    ("Tôi không nợ bạn gì cả.", "I don't owe you anything."),
    # paid and given back (v7: "I'm going to return you on Friday.", "When did you pay for me?")
    ("Tôi sẽ trả lại bạn vào thứ Sáu.", "I'll pay you back on Friday."),
    ("Tôi đã trả lại tiền cho anh ấy.", "I paid him back."),
    ("Tôi đã trả lại tiền cho anh ấy rồi.", "I've already paid him back."),
    ("Tôi vừa trả lại tiền cho anh ấy.", "I've just paid him back."),
    ("Ngày mai tôi sẽ trả lại tiền cho bạn.", "I'll pay you back tomorrow."),
    ("Anh ấy chưa trả lại tiền cho tôi.", "He hasn't paid me back yet."),
    ("Bạn đã trả lại tiền cho anh ấy chưa?", "Have you paid him back yet?"),
    ("Khi nào bạn trả lại tiền cho tôi?", "When will you pay me back?"),
    ("Khi nào anh trả lại tiền cho tôi?", "When will you pay me back?"),
    ("Tôi đã trả lại sách cho cô ấy.", "I gave the book back to her."),
    ("Tôi sẽ trả lại xe máy cho bạn ngày mai.", "I'll give the motorbike back to you tomorrow."),
    # not: "anh" saying it (may be the speaker), a thing of no one said, lent by a name alone (his or hers), "xe"
    # alone, whom "anh", no sum ("100"), nothing owed said, the tense not told, "sẽ" with a day behind, "vay" of a
    # thing, a request without "có thể" or "được", lent to someone else asked without who, "ai" not denied
    # a statement closed by "nhé" with no tense said asks ("Bạn cho tôi mượn ô nhé." gave "You lent me your
    # umbrella.")
    ("Bạn cho tôi mượn ô nhé.", None), ("Tôi mượn bút của bạn nhé.", None), ("Cho tôi mượn tiền nhé!", None),
    ("Anh cho tôi mượn xe máy.", None), ("Tôi mượn sách.", None), ("Lan cho tôi mượn xe máy.", None),
    ("Tôi mượn xe của bạn được không?", None), ("Tôi nợ anh 100 nghìn.", None), ("Tôi nợ bạn 100.", None),
    ("Tôi nợ bạn.", None), ("Tôi trả lại bạn vào thứ Sáu.", None), ("Tôi sẽ trả lại bạn hôm qua.", None),
    ("Tôi đã trả lại bạn ngày mai.", None), ("Tôi vay sách của bạn.", None), ("Cho tôi mượn cái bút.", None),
    ("Cho anh ấy mượn cái bút được không?", None), ("Tôi nợ ai cả.", None), ("Tôi có nợ ai không?", None),
    ("Tôi mượn tiền của ngân hàng.", None), ("Tôi chưa trả lại sách cho thư viện.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # asked (v7: "Bạn có thể cho tôi một số tiền không?", the lending lost; "Khi nào bạn sẽ trả cho tôi trở lại?")
    ("Can you lend me some money?", "Bạn có thể cho tôi mượn tiền không?"),
    ("Can you lend me 100,000 dong?", "Bạn có thể cho tôi mượn 100.000 đồng không?"),
    ("Could you lend me 2 million dong?", "Bạn có thể cho tôi mượn 2.000.000 đồng không?"),
    ("Could you lend me your pen?", "Bạn có thể cho tôi mượn bút không?"),
    ("Can I borrow your pen?", "Tôi có thể mượn bút của bạn không?"),
    ("Can I borrow your phone for a minute?", "Tôi có thể mượn điện thoại của bạn một chút không?"),
    ("May I borrow your charger, please?", "Tôi có thể mượn sạc của bạn không?"),
    ("Can we borrow your car tomorrow?", "Ngày mai chúng tôi có thể mượn ô tô của bạn không?"),
    ("Can you pay me back on Friday?", "Bạn có thể trả lại tiền cho tôi vào thứ Sáu không?"),
    ("When will you pay me back?", "Khi nào bạn trả lại tiền cho tôi?"),
    ("Have you paid him back yet?", "Bạn đã trả lại tiền cho anh ấy chưa?"),
    ("Has he given your umbrella back yet?", "Anh ấy đã trả lại ô của bạn chưa?"),
    # said (v7: "Tôi cho con biết xe của tôi.", "Tôi owe bạn 100.000 đồng.")
    ("He borrowed my motorbike.", "Anh ấy đã mượn xe máy của tôi."),
    ("I borrowed Lan's book.", "Tôi đã mượn sách của Lan."),
    ("I borrowed some money from my father.", "Tôi đã mượn tiền của bố tôi."),
    ("I borrowed an umbrella from Lan.", "Tôi đã mượn ô của Lan."),
    ("I didn't borrow his laptop.", "Tôi không mượn máy tính xách tay của anh ấy."),
    ("I lent him my car.", "Tôi đã cho anh ấy mượn ô tô."),
    ("My mother lent me 2,000,000 dong.", "Mẹ tôi đã cho tôi mượn 2.000.000 đồng."),
    ("I won't lend him my motorbike.", "Tôi sẽ không cho anh ấy mượn xe máy."),
    ("I owe you 100,000 dong.", "Tôi nợ bạn 100.000 đồng."),
    ("He owes me 50,000 dong.", "Anh ấy nợ tôi 50.000 đồng."),
    ("I still owe you 50,000 dong.", "Tôi còn nợ bạn 50.000 đồng."),
    ("How much do I owe you?", "Tôi nợ bạn bao nhiêu tiền?"),
    ("Do I owe you anything?", "Tôi có nợ bạn gì không?"),
    ("He doesn't owe me any money.", "Anh ấy không nợ tôi tiền."),
    ("I don't owe anyone anything.", "Tôi không nợ ai cả."),
    ("I don't owe you anything.", "Tôi không nợ bạn gì cả."),
    ("I'll pay you back on Friday.", "Tôi sẽ trả lại tiền cho bạn vào thứ Sáu."),
    ("I'll pay you back 100,000 dong tomorrow.", "Ngày mai tôi sẽ trả lại bạn 100.000 đồng."),
    ("I paid him back.", "Tôi đã trả lại tiền cho anh ấy."),
    ("He has already paid me back.", "Anh ấy đã trả lại tiền cho tôi rồi."),
    ("I've just paid him back.", "Tôi vừa trả lại tiền cho anh ấy."),
    ("He hasn't paid me back yet.", "Anh ấy chưa trả lại tiền cho tôi."),
    ("I gave the book back to her.", "Tôi đã trả lại sách cho cô ấy."),
    ("I'll give your umbrella back tomorrow.", "Ngày mai tôi sẽ trả lại ô của bạn."),
    # not: the verb not agreeing with who or its tense, "a" before a vowel, whose said twice, "her" taken for whose,
    # a day against the tense, "anyone" or "anything" said, not denied, a thing not known
    ("He owe me 50,000 dong.", None), ("I owes you 50,000 dong.", None), ("Does I owe you anything?", None),
    ("He don't owe me any money.", None), ("How much do he owe you?", None), ("He borrow my motorbike.", None),
    ("He will borrowed my motorbike.", None), ("He haven't paid me back yet.", None), ("I has paid him back.", None),
    ("Have he paid you back?", None), ("I borrowed a umbrella.", None), ("I borrowed Lan's book from him.", None),
    ("I lent her pen.", None), ("I paid him back tomorrow.", None), ("I'll pay you back yesterday.", None),
    ("I've paid him back yesterday.", None), ("I owe anyone anything.", None), ("I owe you anything.", None),
    ("Can you lend me your house?", None), ("I owe you.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_things_lent_both_ways():
    # every thing's English reads back to a Vietnamese word for the same thing
    assert all(THINGS[THINGS_VI[en]] == en for en in THINGS.values())
    assert THINGS["máy tính"] == "laptop" and THINGS["ô"] == "umbrella" and "xe" not in THINGS


def test_other_pairs_are_not_taken():
    assert translate("Tôi nợ bạn 100 nghìn.", "en", "vi") is None  # (Vietnamese given as English)
    assert translate("I owe you 100,000 dong.", "vi", "en") is None
    assert translate("Tôi nợ bạn 100 nghìn.", "vi", "fr") is None


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi nợ bạn 100 nghìn.", "vi", "en") == "I owe you 100,000 dong."
    assert phrasebook.translate("Can you lend me some money?", "en", "vi") == "Bạn có thể cho tôi mượn tiền không?"
