"""Rotating savings clubs (hụi): who is in one or runs one, pays in, takes the pot, the club collapsing and its
organiser running off, both ways (mt/savings_clubs.py)."""
import pytest

from mt.savings_clubs import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My mother was playing a crazy.", "Do you play fire?", "I don't play fire anymore.", "My grandparents had
    # been playing crazy.", "Do you play a squiring?", "My mother was still playing fire."
    ("Mẹ tôi chơi hụi.", "My mother is in a savings club."),
    ("Bạn có chơi hụi không?", "Are you in a savings club?"),
    ("Tôi không chơi hụi nữa.", "I'm not in a savings club any more."),
    ("Tôi không chơi hụi.", "I'm not in a savings club."),
    ("Bà tôi từng chơi hụi.", "My grandmother used to be in a savings club."),
    ("Bạn có từng chơi hụi không?", "Have you ever been in a savings club?"),
    ("Mẹ tôi vẫn chơi hụi.", "My mother is still in a savings club."),
    ("Bạn còn chơi hụi không?", "Are you still in a savings club?"),
    ("Chúng tôi chơi hụi.", "We're in a savings club."),
    ("Họ chơi hụi họ.", "They're in a savings club."),
    ("Lan chơi hụi.", "Lan is in a savings club."),
    ("Cô tôi không còn chơi hụi nữa.", "My aunt is not in a savings club any more."),
    # v8: "Aunt Lan makes a mastery.", "Hoa is a master.", "Does he have a master?", "She is not a master."
    ("Bác Lan làm chủ hụi.", "Aunt Lan runs a savings club."),
    ("Anh ấy có làm chủ hụi không?", "Does he run a savings club?"),
    ("Mẹ tôi không làm chủ hụi nữa.", "My mother doesn't run a savings club any more."),
    ("Bà ấy từng là chủ hụi.", "She used to be a savings club organiser."),
    ("Bà ấy có phải là chủ hụi không?", "Is she a savings club organiser?"),
    ("Bà ấy không phải là chủ hụi.", "She's not a savings club organiser."),
    # v8: "My mother has a 5 million a month.", "Every month I close the two millions.", "How much do you close every
    # month?"
    ("Mỗi tháng tôi đóng hụi hai triệu.", "I pay two million dong into the savings club every month."),
    ("Mẹ tôi góp hụi 5 triệu mỗi tháng.", "My mother pays VND5 million into the savings club every month."),
    ("Tôi đóng hụi 2 triệu một tháng.", "I pay VND2 million a month into the savings club."),
    ("Hằng tháng mẹ tôi đóng hụi.", "My mother pays into the savings club every month."),
    ("Mỗi tháng bạn đóng hụi bao nhiêu?", "How much do you pay into the savings club every month?"),
    # v8: "This month, I'm not closed.", "This month, I closed it.", "Have you closed it yet?"
    ("Tháng này tôi chưa đóng hụi.", "I haven't paid into the savings club this month."),
    ("Tháng này tôi đóng hụi rồi.", "I've paid into the savings club this month."),
    ("Bạn đóng hụi chưa?", "Have you paid into the savings club yet?"),
    ("Mẹ tôi chưa đóng hụi.", "My mother hasn't paid into the savings club yet."),
    # v8: "This month, I fired.", "Last month, my mother was slighted.", "Are you battered?", "I'm slighted.", "I'm not
    # bald.", "Next month, I'll fire."
    ("Tháng này tôi hốt hụi.", "I take the pot this month."),
    ("Tôi hốt hụi tháng này.", "I take the pot this month."),
    ("Tháng trước mẹ tôi hốt hụi.", "My mother took the pot last month."),
    ("Bạn hốt hụi chưa?", "Have you taken the pot yet?"),
    ("Tôi hốt hụi rồi.", "I've taken the pot."),
    ("Chị ấy vừa hốt hụi.", "She's just taken the pot."),
    ("Tôi chưa hốt hụi.", "I haven't taken the pot yet."),
    ("Tháng sau tôi sẽ hốt hụi.", "I'll take the pot next month."),
    ("Tháng sau bạn có hốt hụi không?", "Do you take the pot next month?"),
    ("Tháng trước bạn có hốt hụi không?", "Did you take the pot last month?"),
    # v8: "The Budha was broken.", "Let's fire.", "My mother was broken up.", "My mother was just broken.", "Last
    # year, Cashed."
    ("Hụi bị vỡ rồi.", "The savings club has collapsed."),
    ("Bể hụi rồi.", "The savings club has collapsed."),
    ("Hụi của mẹ tôi vừa bị vỡ.", "My mother's savings club has just collapsed."),
    ("Mẹ tôi bị vỡ hụi rồi.", "My mother's savings club has collapsed."),
    ("Năm ngoái hụi bị vỡ.", "The savings club collapsed last year."),
    ("Hụi của tôi đã bị vỡ.", "My savings club collapsed."),
    # v8: "The owner hugged away.", "The Budha was left away."
    ("Chủ hụi ôm tiền bỏ trốn.", "The savings club organiser ran off with the money."),
    ("Chủ hụi ôm hết tiền bỏ trốn rồi.", "The savings club organiser has run off with all the money."),
    ("Chủ hụi vừa bỏ trốn.", "The savings club organiser has just run off."),
    ("Chủ hụi đã ôm tiền bỏ trốn!", "The savings club organiser ran off with the money!"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi đang ở trong câu lạc bộ tiết kiệm.", "Bạn có ở một câu lạc bộ tiết kiệm không?", "Tôi không còn ở
    # trong câu lạc bộ tiết kiệm nữa.", "Bạn có đùa không?" (joking), "Cô ấy không chơi ôm."
    ("My mother is in a savings club.", "Mẹ tôi chơi hụi."),
    ("My mother plays hui.", "Mẹ tôi chơi hụi."),
    ("Are you in a savings club?", "Bạn có chơi hụi không?"),
    ("Do you play hui?", "Bạn có chơi hụi không?"),
    ("I'm not in a savings club any more.", "Tôi không còn chơi hụi nữa."),
    ("She doesn't play hui.", "Cô ấy không chơi hụi."),
    ("My grandmother used to be in a savings club.", "Bà tôi từng chơi hụi."),
    ("Have you ever been in a savings club?", "Bạn có từng chơi hụi không?"),
    ("We're still in a rotating savings club.", "Chúng tôi vẫn chơi hụi."),
    ("Is she still in a savings club?", "Cô ấy còn chơi hụi không?"),
    # v8: "Tôi không chạy một câu lạc bộ tiết kiệm.", "Cô ấy là một người tổ chức tiết kiệm câu lạc bộ."
    ("My aunt runs a savings club.", "Dì tôi làm chủ hụi."),
    ("Does your mother run a savings club?", "Mẹ bạn có làm chủ hụi không?"),
    ("She used to run a savings club.", "Cô ấy từng làm chủ hụi."),
    ("She is a savings club organiser.", "Cô ấy là chủ hụi."),
    ("Is she a savings club organiser?", "Cô ấy có phải là chủ hụi không?"),
    # v8: "Tôi trả 2 triệu câu lạc bộ tiết kiệm mỗi tháng.", "Bạn trả tiền cho câu lạc bộ tiết kiệm mỗi tháng?", "Bạn
    # đã trả tiền câu lạc bộ tiết kiệm chưa?"
    ("I pay two million dong into the savings club each month.", "Mỗi tháng tôi đóng hụi hai triệu đồng."),
    ("My mother pays 2 million dong into the savings club every month.", "Mỗi tháng mẹ tôi đóng hụi 2 triệu đồng."),
    ("How much do you pay into the savings club every month?", "Mỗi tháng bạn đóng hụi bao nhiêu?"),
    ("I've paid into the savings club this month.", "Tháng này tôi đóng hụi rồi."),
    ("Have you paid into the savings club yet?", "Bạn đóng hụi chưa?"),
    ("She hasn't paid into the savings club yet.", "Cô ấy chưa đóng hụi."),
    # v8: "Tôi lấy chậu vào tháng này." (a basin), "Mẹ tôi lấy chậu vào tháng trước.", "Tháng tới tôi sẽ lấy chậu."
    ("I take the pot this month.", "Tháng này tôi hốt hụi."),
    ("My mother took the pot last month.", "Tháng trước mẹ tôi hốt hụi."),
    ("I'll take the pot next month.", "Tháng sau tôi sẽ hốt hụi."),
    ("I've taken the savings club pot.", "Tôi hốt hụi rồi."),
    ("She's taking the pot next month.", "Tháng sau cô ấy hốt hụi."),
    ("Did you take the pot last month?", "Tháng trước bạn có hốt hụi không?"),
    ("Lan has just taken the pot this month.", "Tháng này Lan vừa hốt hụi."),
    # v8: "Câu lạc bộ tiết kiệm đã sụp đổ.", "Trời vừa sụp đổ." (the sky), "Câu lạc bộ tiết kiệm của tôi đi xe buýt."
    ("The savings club has collapsed.", "Hụi bị vỡ rồi."),
    ("My mother's savings club collapsed last year.", "Năm ngoái hụi của mẹ tôi bị vỡ."),
    ("The hui has just collapsed.", "Hụi vừa bị vỡ."),
    ("My savings club went bust.", "Hụi của tôi đã bị vỡ."),
    # v8: "Câu lạc bộ tiết kiệm ra tiền bạc.", "Người tổ chức tài trợ cho câu lạc bộ tiết kiệm đã chạy khỏi tất cả
    # tiền."
    ("The savings club organiser ran off with the money.", "Chủ hụi ôm tiền bỏ trốn."),
    ("The savings club organiser has run off with all the money.", "Chủ hụi ôm hết tiền bỏ trốn rồi."),
    ("The savings club organizer has just run off.", "Chủ hụi vừa bỏ trốn."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src", [
    # not: "họ" and "phường" as the club (they, a family name, a ward), a tense Vietnamese does not tell, "còn" said
    # (still, or also?), "mới" with a month (not until), "anh" saying it (the speaker?), "I" asked, a pet as who,
    # "nhỉ", a "?" on a statement, "có" with no "không", a sum not read as đồng, organiser stealing ("giật hụi")
    ("Mẹ tôi chơi họ.", "vi"), ("Mỗi tháng tôi đóng họ hai triệu.", "vi"), ("Tôi hốt họ.", "vi"),
    ("Bà tôi chơi phường.", "vi"), ("Tôi hốt hụi.", "vi"), ("Hụi bị vỡ.", "vi"), ("Tôi đóng hụi.", "vi"),
    ("Mẹ tôi còn chơi hụi.", "vi"), ("Tháng sau tôi mới hốt hụi.", "vi"), ("Anh chơi hụi.", "vi"),
    ("Tôi có chơi hụi không?", "vi"), ("Con chó của tôi chơi hụi.", "vi"), ("Mẹ tôi chơi hụi nhỉ.", "vi"),
    ("Mẹ tôi chơi hụi?", "vi"), ("Bạn có chơi hụi?", "vi"), ("Mỗi tháng tôi đóng hụi 200.", "vi"),
    ("Chủ hụi giật hụi rồi.", "vi"), ("Tháng trước tôi hốt hụi rồi.", "vi"), ("Chủ hụi ôm tiền bỏ trốn à?", "vi"),
    ("Mẹ tôi là chủ hụi không?", "vi"), ("Hụi hụi hụi.", "vi"),
    # "chưa" both denying and asking; "sẽ" with "rồi" (will, not has)
    ("Bạn chưa đóng hụi chưa?", "vi"), ("Tháng này bạn chưa đóng hụi chưa?", "vi"), ("Tôi sẽ hốt hụi rồi.", "vi"),
    ("Mẹ tôi sẽ hốt hụi rồi.", "vi"), ("Tháng này tôi sẽ hốt hụi rồi.", "vi"),
    # the other way's language
    ("My mother is in a savings club.", "vi"), ("Mẹ tôi chơi hụi.", "en"),
    # not: the pot with no club or month (poker?), a verb that does not agree, "any more" not denied, a pet as who,
    # a sum with no currency, a day ahead on a collapse, a savings account
    ("I take the pot.", "en"), ("Have you taken the pot yet?", "en"), ("He are in a savings club.", "en"),
    ("She play hui.", "en"), ("She plays hui any more.", "en"), ("My dog is in a savings club.", "en"),
    ("I pay 2 million into the savings club every month.", "en"), ("The savings club collapsed next month.", "en"),
    ("I have a savings account.", "en"), ("Am I in a savings club?", "en"), ("The savings club is open.", "en"),
    # paid into "a" savings club (ever, not this month's share), "will" with a verb that does not agree
    ("I've paid into a savings club.", "en"), ("She has paid into a savings club.", "en"),
    ("Have you paid into a savings club?", "en"), ("She hasn't paid into a savings club yet.", "en"),
    ("He will takes the pot next month.", "en"),
])
def test_left(text, src):
    assert translate(text, src, "en" if src == "vi" else "vi") is None
