"""Pay rises asked for: wanting to ask, meaning to, should, asked or not yet, asked but refused, not had one in a
while, promised or refused one by a boss, and deserving one, both ways (mt/pay_rises.py)."""
import pytest

from mt.pay_rises import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'd like to increase salaries.", "I'll ask your boss to increase wages.", "Do you want to ask for wage
    # rises?", "Should I have a salary increase?", "Do you have a job for wage increases?"
    ("Tôi muốn xin tăng lương.", "I want to ask for a pay rise."),
    ("Mẹ tôi muốn xin sếp tăng lương.", "My mother wants to ask her boss for a pay rise."),
    ("Lan không muốn xin tăng lương.", "Lan doesn't want to ask for a pay rise."),
    ("Bạn có muốn xin tăng lương không?", "Do you want to ask for a pay rise?"),
    ("Anh có muốn xin tăng lương không?", "Do you want to ask for a pay rise?"),
    ("Chúng tôi định xin tăng lương.", "We're planning to ask for a pay rise."),
    ("Anh ấy có định xin tăng lương không?", "Is he planning to ask for a pay rise?"),
    ("Tôi sẽ xin sếp tăng lương.", "I'm going to ask my boss for a pay rise."),
    ("Cô ấy sẽ không xin tăng lương.", "She's not going to ask for a pay rise."),
    ("Bạn nên xin tăng lương.", "You should ask for a pay rise."),
    ("Tôi có nên xin tăng lương không?", "Should I ask for a pay rise?"),
    ("Tôi có nên xin sếp tăng lương không ạ?", "Should I ask my boss for a pay rise?"),
    ("Tôi đã xin tăng lương.", "I asked for a pay rise."),
    ("Bố tôi vừa xin sếp tăng lương.", "My father has just asked his boss for a pay rise."),
    ("Tôi chưa xin tăng lương.", "I haven't asked for a pay rise yet."),
    ("Bạn đã xin tăng lương chưa?", "Have you asked for a pay rise yet?"),
    ("Chị ấy xin tăng lương chưa?", "Has she asked for a pay rise yet?"),
    ("Tôi đang xin tăng lương.", "I'm asking for a pay rise."),
    # v8: "She asked to increase wages but couldn't."
    ("Chị ấy xin tăng lương nhưng không được.", "She asked for a pay rise but didn't get it."),
    ("Tôi đã xin tăng lương nhưng bị từ chối.", "I asked for a pay rise but was turned down."),
    ("Chúng tôi xin tăng lương nhưng bị từ chối.", "We asked for a pay rise but were turned down."),
    # v8: "I have not been salaries for two years.", "I haven't been salaries."
    ("Tôi chưa được tăng lương hai năm rồi.", "I haven't had a pay rise in two years."),
    ("Mẹ tôi không được tăng lương ba năm nay.", "My mother hasn't had a pay rise in three years."),
    ("Hai năm rồi mẹ tôi chưa được tăng lương.", "My mother hasn't had a pay rise in two years."),
    ("Lâu rồi tôi chưa được tăng lương.", "I haven't had a pay rise in a long time."),
    ("Anh ấy chưa được tăng lương sáu tháng rồi.", "He hasn't had a pay rise in six months."),
    ("Chúng tôi chưa được tăng lương nhiều năm nay.", "We haven't had a pay rise in years."),
    ("Tôi chưa được tăng lương một năm rồi.", "I haven't had a pay rise in a year."),
    # v8: "I'm promised to increase wages.", "My mother was denied salaries."
    ("Tôi được hứa tăng lương.", "I was promised a pay rise."),
    ("Bạn có được hứa tăng lương không?", "Were you promised a pay rise?"),
    ("Mẹ tôi bị từ chối tăng lương.", "My mother was refused a pay rise."),
    # v8: "I deserved to increase salaries.", "He deserved not to increase wages."
    ("Tôi xứng đáng được tăng lương.", "I deserve a pay rise."),
    ("Anh ấy không xứng đáng được tăng lương.", "He doesn't deserve a pay rise."),
    ("Lan rất xứng đáng được tăng lương.", "Lan really deserves a pay rise."),
    ("Tôi có xứng đáng được tăng lương không?", "Do I deserve a pay rise?"),
    ("Chúng tôi xứng đáng được tăng lương!", "We deserve a pay rise!"),
    # v8: "Your boss promises to increase wages for me.", "Your boss declined to increase salaries for me."
    ("Sếp hứa tăng lương cho tôi.", "My boss promised me a pay rise."),
    ("Sếp tôi hứa sẽ tăng lương cho mẹ tôi.", "My boss promised to give my mother a pay rise."),
    ("Sếp hứa tăng lương cho mẹ tôi.", "My mother's boss promised her a pay rise."),
    ("Sếp có hứa tăng lương cho bạn không?", "Did your boss promise you a pay rise?"),
    ("Sếp từ chối tăng lương cho tôi.", "My boss refused to give me a pay rise."),
    ("Sếp không chịu tăng lương cho chúng tôi.", "Our boss won't give us a pay rise."),
    ("Công ty hứa tăng lương cho chúng tôi.", "The company promised us a pay rise."),
    # (the company's whom said in full, not "her"; "đã không chịu" past: wouldn't)
    ("Công ty hứa tăng lương cho mẹ tôi.", "The company promised my mother a pay rise."),
    ("Công ty có hứa tăng lương cho mẹ tôi không?", "Did the company promise my mother a pay rise?"),
    ("Công ty từ chối tăng lương cho Bác Hùng.", "The company refused to give Uncle Hung a pay rise."),
    ("Sếp đã không chịu tăng lương cho tôi.", "My boss wouldn't give me a pay rise."),
    # not: a pay rise got, not got or not yet (mt/careers.py), by a per cent (mt/bonuses.py), a bare "xin" (asked, or
    # asking now?), "anh", "em" saying it (the speaker?), a pet, "I" asked of wanting, "có" without "không", a "?"
    # on a statement, "mấy năm nay", a name's own boss (his or hers?), raising others' pay, a span past thirty
    ("Tôi được tăng lương.", None), ("Tôi chưa được tăng lương.", None), ("Tôi vừa được tăng lương.", None),
    ("Anh ấy được tăng lương 10%.", None), ("Tôi xin tăng lương.", None), ("Anh muốn xin tăng lương.", None),
    ("Em xứng đáng được tăng lương.", None), ("Con mèo của tôi muốn xin tăng lương.", None),
    ("Tôi có muốn xin tăng lương không?", None), ("Bạn có muốn xin tăng lương?", None),
    ("Tôi muốn xin tăng lương?", None), ("Tôi chưa được tăng lương mấy năm nay.", None),
    ("Lan muốn xin sếp tăng lương.", None), ("Sếp hứa tăng lương cho Lan.", None),
    ("Công ty tăng lương cho tôi.", None), ("Tôi muốn tăng lương cho nhân viên.", None),
    ("Tôi chưa được tăng lương bốn mươi năm rồi.", None), ("Tôi đã xin tăng lương hai năm rồi.", None),
    ("Tôi muốn xin tăng lương nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    # (a word of kinship alone that may be the speaker: asking "nên" or "xứng đáng" of themselves, "em" with "ạ")
    ("Em có nên xin tăng lương không ạ?", None), ("Anh có xứng đáng được tăng lương không?", None),
    ("Chị có nên xin sếp tăng lương không?", None), ("Em có muốn xin tăng lương không ạ?", None),
    ("I want to ask for a pay rise.", None),  # (the other way's language)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi muốn hỏi trả lương tăng.", "Tôi sẽ hỏi Sếp tăng lương.", "Tôi có nên hỏi tăng lên không?", "Bạn có
    # hỏi trả tiền chưa?", "Cô ấy yêu cầu trả lương tăng nhưng không nhận được nó."
    ("I want to ask for a pay rise.", "Tôi muốn xin tăng lương."),
    ("I'd like to ask for a raise.", "Tôi muốn xin tăng lương."),
    ("My mother wants to ask her boss for a pay rise.", "Mẹ tôi muốn xin sếp tăng lương."),
    ("He doesn't want to ask for a raise.", "Anh ấy không muốn xin tăng lương."),
    ("Do you want to ask for a pay rise?", "Bạn có muốn xin tăng lương không?"),
    ("We're planning to ask for a pay rise.", "Chúng tôi định xin tăng lương."),
    ("I'm going to ask my boss for a pay rise.", "Tôi sẽ xin sếp tăng lương."),
    ("She's going to ask her boss for a raise.", "Cô ấy sẽ xin sếp tăng lương."),
    ("I'll ask for a pay rise.", "Tôi sẽ xin tăng lương."),
    ("You should ask your boss for a pay raise.", "Bạn nên xin sếp tăng lương."),
    ("Should I ask for a raise?", "Tôi có nên xin tăng lương không?"),
    ("Lan asked for a pay rise.", "Lan đã xin tăng lương."),
    ("Lan's asked for a pay rise.", "Lan đã xin tăng lương."),
    ("I've just asked for a pay rise.", "Tôi vừa xin tăng lương."),
    ("Have you asked for a pay rise yet?", "Bạn đã xin tăng lương chưa?"),
    ("I haven't asked for a raise yet.", "Tôi chưa xin tăng lương."),
    ("She asked for a pay rise but didn't get it.", "Cô ấy xin tăng lương nhưng không được."),
    ("My father asked for a raise but was turned down.", "Bố tôi xin tăng lương nhưng bị từ chối."),
    # v8: "Tôi không có tiền lương tăng trong vòng hai năm.", "Mẹ tôi không có sự gia tăng trong ba năm."
    ("I haven't had a pay rise in two years.", "Tôi chưa được tăng lương hai năm rồi."),
    ("My mother hasn't had a raise in three years.", "Mẹ tôi chưa được tăng lương ba năm rồi."),
    ("We haven't had a pay rise for six months.", "Chúng tôi chưa được tăng lương sáu tháng rồi."),
    ("He hasn't had a pay rise in a year.", "Anh ấy chưa được tăng lương một năm rồi."),
    ("I haven't had a pay rise in a long time.", "Đã lâu rồi tôi chưa được tăng lương."),
    ("They haven't had a raise in years.", "Họ chưa được tăng lương nhiều năm nay."),
    # v8: "Tôi đã từ chối trả tiền." (I refused), "Chúng tôi đã hứa sẽ tăng lương." (we promised)
    ("I was refused a pay rise.", "Tôi bị từ chối tăng lương."),
    ("We were promised a pay rise.", "Chúng tôi được hứa tăng lương."),
    ("Were you promised a raise?", "Bạn có được hứa tăng lương không?"),
    # v8: "Tôi xứng đáng được trả tiền.", "Có phải cô ấy xứng đáng được tăng lương?"
    ("I deserve a pay rise.", "Tôi xứng đáng được tăng lương."),
    ("Does she deserve a pay rise?", "Cô ấy có xứng đáng được tăng lương không?"),
    ("Lan really deserves a raise.", "Lan rất xứng đáng được tăng lương."),
    ("My brother doesn't deserve a pay rise.", "Anh trai tôi không xứng đáng được tăng lương."),
    # v8: "Sếp tôi hứa tôi sẽ tăng lương.", "Sếp tôi từ chối cho tôi một sự trả lương."
    ("My boss promised me a pay rise.", "Sếp hứa tăng lương cho tôi."),
    ("Her boss promised her a pay rise.", "Sếp hứa tăng lương cho cô ấy."),
    ("My boss promised my mother a pay rise.", "Sếp tôi hứa tăng lương cho mẹ tôi."),
    ("My boss promised to give me a raise.", "Sếp hứa sẽ tăng lương cho tôi."),
    ("Did your boss promise you a raise?", "Sếp có hứa tăng lương cho bạn không?"),
    ("My boss refused to give me a pay rise.", "Sếp từ chối tăng lương cho tôi."),
    ("My boss won't give me a pay rise.", "Sếp không chịu tăng lương cho tôi."),
    ("The company promised us a pay rise.", "Công ty hứa tăng lương cho chúng tôi."),
    # not: a pay rise got (mt/careers.py), by a per cent (mt/bonuses.py), verbs not agreeing with who, "Did you
    # ask" (tense), "I" asked of wanting, a pet, "the boss" (whose?), a name's boss by "her", a span not agreeing,
    # "raise" and "rise" of other things, a "?" on a statement, the other way's language
    ("I got a raise.", None), ("I got a 10% pay rise.", None), ("She want to ask for a pay rise.", None),
    ("Does you deserve a pay rise?", None), ("I has asked for a pay rise.", None),
    ("Did you ask for a pay rise?", None), ("Do I want to ask for a pay rise?", None),
    ("My cat deserves a pay rise.", None), ("The boss promised me a pay rise.", None),
    ("Her boss promised Lan a pay rise.", None), ("I haven't had a pay rise in two year.", None),
    ("I raise chickens.", None), ("The sun will rise.", None), ("I want to ask for a pay rise?", None),
    ("Tôi muốn xin tăng lương.", None), ("Prices rise every year.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
