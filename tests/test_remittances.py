"""Remittances: who sends money home, to whom, what for, how much and how often, both ways (mt/remittances.py)."""
import pytest

from mt.remittances import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm sending money to my parents every month.", "My mother sends money to the country every month.", "She
    # sends five millions each month.", "He sends five millions of home each month."
    ("Tháng nào tôi cũng gửi tiền về cho bố mẹ.", "I send money home to my parents every month."),
    ("Tháng nào mẹ tôi cũng gửi tiền về quê.", "My mother sends money home every month."),
    ("Mẹ tôi gửi tiền về quê mỗi tháng.", "My mother sends money home every month."),
    ("Mỗi tháng chị ấy gửi về năm triệu.", "She sends five million dong home every month."),
    ("Mỗi tháng anh ấy gửi về cho bố mẹ 5 triệu.", "He sends 5,000,000 dong home to his parents every month."),
    ("Anh ấy gửi năm triệu về quê mỗi tháng.", "He sends five million dong home every month."),
    ("Tôi gửi tiền về nhà hằng tháng.", "I send money home every month."),
    ("Chúng tôi gửi tiền về cho bố mẹ hàng tháng.", "We send money home to our parents every month."),
    ("Tuần nào Lan cũng gửi tiền về nhà.", "Lan sends money home every week."),
    ("Năm nào họ cũng gửi tiền về quê.", "They send money home every year."),
    ("Tôi gửi tiền về cho bố mẹ anh ấy mỗi tháng.", "I send money home to his parents every month."),
    # v8: "He sends money to his country to school.", "My sister send money to your home country younger brother
    # school.", "We send money to our parents country."
    ("Anh ấy gửi tiền về quê nuôi em đi học.", "He sends money home to pay for his younger sibling's schooling."),
    ("Chị tôi gửi tiền về quê nuôi em trai đi học.",
     "My sister sends money home to pay for her younger brother's schooling."),
    ("Anh trai tôi gửi tiền về nhà để nuôi các em ăn học.",
     "My brother sends money home to pay for his younger siblings' schooling."),
    ("Tôi gửi tiền về nhà nuôi em gái đi học.", "I send money home to pay for my younger sister's schooling."),
    ("Chúng tôi gửi tiền về quê nuôi bố mẹ.", "We send money home to support our parents."),
    # v8: "Lan usually sends money to the family."
    ("Cô ấy thường gửi tiền về cho gia đình.", "She often sends money home to her family."),
    ("Anh ấy luôn gửi tiền về cho vợ con.", "He always sends money home to his wife and children."),
    ("Bác Hùng thỉnh thoảng gửi tiền về quê.", "Uncle Hung sometimes sends money home."),
    ("Bố tôi vẫn gửi tiền về quê.", "My father still sends money home."),
    ("Anh ấy không bao giờ gửi tiền về nhà.", "He never sends money home."),
    # v8: "Do you deposit home?"
    ("Bạn có gửi tiền về nhà không?", "Do you send money home?"),
    ("Anh ấy có gửi tiền về cho bố mẹ không?", "Does he send money home to his parents?"),
    ("Bạn có gửi tiền về nhà mỗi tháng không?", "Do you send money home every month?"),
    ("Chị có gửi tiền về quê không?", "Do you send money home?"),
    ("Bạn còn gửi tiền về nhà không?", "Do you still send money home?"),
    # v8: "He has no longer sent money to the country."
    ("Anh ấy không còn gửi tiền về quê nữa.", "He doesn't send money home any more."),
    # v8: "Yesterday, I sent money to my parents.", "I've sent home money.", "I just sent money to my mother."
    ("Hôm qua tôi đã gửi tiền về cho bố mẹ.", "I sent money home to my parents yesterday."),
    ("Tuần trước chồng tôi gửi tiền về quê.", "My husband sent money home last week."),
    ("Tôi đã gửi tiền về nhà rồi.", "I've already sent money home."),
    ("Cô ấy gửi tiền về cho mẹ rồi.", "She's already sent money home to her mother."),
    ("Tôi vừa gửi tiền về cho mẹ.", "I've just sent money home to my mother."),
    ("Lan đã gửi 3 triệu về quê.", "Lan sent 3,000,000 dong home."),
    # v8: "Have you sent home money yet?", "I'm not sending money to my parents."
    ("Bạn gửi tiền về nhà chưa?", "Have you sent money home yet?"),
    ("Anh ấy đã gửi tiền về cho bố mẹ chưa?", "Has he sent money home to his parents yet?"),
    ("Tôi chưa gửi tiền về cho bố mẹ.", "I haven't sent money home to my parents yet."),
    # v8: "Tomorrow, I'll send home money."
    ("Ngày mai tôi sẽ gửi tiền về nhà.", "I'll send money home tomorrow."),
    ("Tháng sau chúng tôi gửi tiền về quê.", "We'll send money home next month."),
    ("Tôi sẽ gửi tiền về cho bố mẹ tôi.", "I'll send money home to my parents."),
    # (v8 right: "How much money do you send home every month?")
    ("Mỗi tháng bạn gửi về nhà bao nhiêu tiền?", "How much money do you send home every month?"),
    ("Mỗi tháng cô ấy gửi về cho bố mẹ bao nhiêu?", "How much does she send home to her parents every month?"),
    # not: no tense or habit (sends or sent?), "không" alone (doesn't or didn't?), "đang", bare "bố mẹ" after kin
    # (his parents, or mine?), "em" of a name or a parent (whose younger sibling?), "anh" saying it, "I" asked, a pet,
    # "cũng" alone (also), "còn" said (still, or also?), a "?" on a statement, "có" without "không", money not sent
    # home (mt/transfers.py, a bank), a day against the tense, a letter, "nhỉ", how much sent once
    ("Tôi gửi tiền về cho bố mẹ.", None), ("Anh ấy gửi tiền về quê.", None), ("Tôi không gửi tiền về nhà.", None),
    ("Tôi đang gửi tiền về nhà.", None), ("Chồng tôi gửi tiền về cho bố mẹ mỗi tháng.", None),
    ("Bố tôi vẫn gửi tiền về quê cho ông bà.", None), ("Lan gửi tiền về quê nuôi em đi học.", None),
    ("Bố tôi gửi tiền về nuôi em đi học.", None), ("Anh gửi tiền về nhà mỗi tháng.", None),
    ("Tôi có gửi tiền về nhà không?", None), ("Con mèo của tôi gửi tiền về nhà mỗi tháng.", None),
    ("Mẹ tôi cũng gửi tiền về quê.", None), ("Anh ấy còn gửi tiền về cho bố mẹ.", None),
    ("Bạn gửi tiền về nhà mỗi tháng?", None), ("Bạn có gửi tiền về nhà?", None),
    ("Tôi gửi tiền cho bố mẹ mỗi tháng.", None), ("Tôi gửi tiền vào ngân hàng mỗi tháng.", None),
    ("Tôi gửi tiền về tài khoản của mẹ.", None), ("Hôm nay tôi gửi tiền về nhà.", None),
    ("Ngày mai tôi đã gửi tiền về nhà.", None), ("Hôm qua tôi sẽ gửi tiền về nhà.", None),
    ("Tháng nào tôi cũng gửi thư về nhà.", None), ("Tháng nào tôi cũng gửi tiền về nhà nhỉ.", None),
    ("Mỗi tháng bạn đã gửi về bao nhiêu?", None), ("Em gửi tiền về cho bố mẹ hàng tháng.", None),
    ("I send money home to my parents every month.", None), ("Gửi về đâu?", None),
    # "em" asking with "ạ" is the speaker (mt.hobbies.em_speaking), not "you"
    ("Em có gửi tiền về cho bố mẹ không ạ?", None), ("Mỗi tháng em gửi về bao nhiêu ạ?", None),
    ("Em gửi tiền về nhà chưa ạ?", None),
    # "mình" after who is who's own ("our" after "chúng tôi"), not "my"; after "bạn", kin or a name it may be the
    # speaker ("bạn" … "mình" talking): left
    ("Chúng tôi gửi tiền về cho bố mẹ mình mỗi tháng.", "We send money home to our parents every month."),
    ("Tôi gửi tiền về cho bố mẹ của mình mỗi tháng.", "I send money home to my parents every month."),
    ("Anh ấy gửi tiền về cho bố mẹ mình mỗi tháng.", None), ("Bạn gửi tiền về cho bố mẹ mình chưa?", None),
    ("Mẹ tôi gửi tiền về cho bố mẹ mình mỗi tháng.", None), ("Lan gửi tiền về cho bố mẹ mình mỗi tháng.", None),
    # another's "his", "her" after who that English would read as who's own ("My father … his mother": his own?)
    ("Bố tôi gửi tiền về cho mẹ anh ấy mỗi tháng.", None), ("Mẹ tôi gửi tiền về cho mẹ cô ấy mỗi tháng.", None),
    ("Chị ấy gửi tiền về cho mẹ cô ấy mỗi tháng.", None), ("Lan gửi tiền về cho mẹ cô ấy mỗi tháng.", None),
    ("Bố tôi gửi tiền về cho mẹ cô ấy mỗi tháng.", "My father sends money home to her mother every month."),
    ("Họ gửi tiền về cho bố mẹ anh ấy mỗi tháng.", "They send money home to his parents every month."),
    ("Cô ấy gửi tiền về cho mẹ cô ấy mỗi tháng.", "She sends money home to her mother every month."),
    # how often with every month: "thường" is "usually" (not "often … every month"), "luôn" "always"; "sometimes",
    # "never", "rarely" every month say nothing English would
    ("Mẹ tôi thường gửi tiền về quê hằng tháng.", "My mother usually sends money home every month."),
    ("Tôi thường gửi tiền về cho ông bà mỗi tháng.", "I usually send money home to my grandparents every month."),
    ("Anh ấy luôn gửi tiền về nhà mỗi tháng.", "He always sends money home every month."),
    ("Tôi thỉnh thoảng gửi tiền về nhà mỗi tháng.", None), ("Anh ấy không bao giờ gửi tiền về nhà mỗi tháng.", None),
    ("Anh ấy hiếm khi gửi tiền về nhà mỗi tháng.", None),
    # how much, asked with how often or "vẫn" (neither was written)
    ("Mỗi tháng bạn thường gửi về bao nhiêu?", None), ("Mỗi tháng bạn vẫn gửi về bao nhiêu?", None),
    ("Mỗi tháng bạn không bao giờ gửi về bao nhiêu?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi gửi tiền cho bố mẹ tôi mỗi tháng." (no "về"), "Mẹ tôi gửi nhà tiền mỗi tháng.", "Cô ấy gửi 5 triệu ngôi
    # nhà mỗi tháng." (houses)
    ("I send money home to my parents every month.", "Tháng nào tôi cũng gửi tiền về cho bố mẹ."),
    ("My mother sends money home every month.", "Tháng nào mẹ tôi cũng gửi tiền về nhà."),
    ("She sends five million dong home every month.", "Mỗi tháng cô ấy gửi về năm triệu đồng."),
    ("He sends 5,000,000 dong home to his parents every month.", "Mỗi tháng anh ấy gửi về cho bố mẹ 5.000.000 đồng."),
    ("We send money home to our parents every week.", "Tuần nào chúng tôi cũng gửi tiền về cho bố mẹ."),
    ("Lan sends money home every year.", "Năm nào Lan cũng gửi tiền về nhà."),
    ("I send money home.", "Tôi gửi tiền về nhà."),
    ("My sister sends money home to my parents.", "Em gái tôi gửi tiền về cho bố mẹ tôi."),
    # v8: "Anh ấy gởi tiền đến nhà học của anh ấy.", "Chúng tôi gửi tiền để hỗ trợ bố mẹ mình." (no "về")
    ("He sends money home to pay for his younger brother's schooling.", "Anh ấy gửi tiền về nhà nuôi em trai đi học."),
    ("I send money home to pay for my little sister's education.", "Tôi gửi tiền về nhà nuôi em gái đi học."),
    ("My older sister sends money home to pay for her younger siblings' schooling.",
     "Chị gái tôi gửi tiền về nhà nuôi các em đi học."),
    ("We send money home to support our parents.", "Chúng tôi gửi tiền về nhà nuôi bố mẹ."),
    # v8: "Lan thường gởi tiền về nhà cho gia đình mình."
    ("She often sends money home to her family.", "Cô ấy hay gửi tiền về cho gia đình."),
    ("He always sends money home to his wife and children.", "Anh ấy luôn gửi tiền về cho vợ con."),
    ("My father still sends money back home.", "Bố tôi vẫn gửi tiền về nhà."),
    ("He never sends money home.", "Anh ấy không bao giờ gửi tiền về nhà."),
    # v8: "Bạn có gửi nhà tiền không?"
    ("Do you send money home?", "Bạn có gửi tiền về nhà không?"),
    ("Does he send money home to his parents?", "Anh ấy có gửi tiền về cho bố mẹ không?"),
    ("Do you send money home every month?", "Bạn có gửi tiền về nhà mỗi tháng không?"),
    ("Do you still send money home?", "Bạn còn gửi tiền về nhà không?"),
    ("I don't send money home.", "Tôi không gửi tiền về nhà."),
    # v8: "Anh ta không còn gửi tiền về nhà."
    ("He no longer sends money home.", "Anh ấy không còn gửi tiền về nhà nữa."),
    ("She doesn't send money home any more.", "Cô ấy không còn gửi tiền về nhà nữa."),
    ("She doesn’t send money home any more.", "Cô ấy không còn gửi tiền về nhà nữa."),
    # v8: "Tôi đã gửi tiền cho bố mẹ mình hôm qua." (no "về")
    ("I sent money home to my parents yesterday.", "Hôm qua tôi đã gửi tiền về cho bố mẹ."),
    ("My husband sent money home last week.", "Tuần trước chồng tôi đã gửi tiền về nhà."),
    ("I've already sent money home.", "Tôi đã gửi tiền về nhà rồi."),
    ("She's just sent money home to her mother.", "Cô ấy vừa gửi tiền về cho mẹ."),
    ("I just sent money home.", "Tôi vừa gửi tiền về nhà."),
    ("Lan has sent five million dong home.", "Lan đã gửi về năm triệu đồng rồi."),
    # v8: "Tôi chưa gửi tiền về nhà cho bố mẹ tôi."
    ("Have you sent money home yet?", "Bạn đã gửi tiền về nhà chưa?"),
    ("Have you sent money home?", "Bạn đã gửi tiền về nhà chưa?"),
    ("Has he sent money home to his parents yet?", "Anh ấy đã gửi tiền về cho bố mẹ chưa?"),
    ("I haven't sent money home to my parents yet.", "Tôi chưa gửi tiền về cho bố mẹ."),
    # v8: "Tôi sẽ gửi tiền cho nhà ngày mai."
    ("I'll send money home tomorrow.", "Ngày mai tôi sẽ gửi tiền về nhà."),
    ("We will send money home next month.", "Tháng sau chúng tôi sẽ gửi tiền về nhà."),
    # v8: "Bạn gửi nhà mỗi tháng bao nhiêu tiền?"
    ("How much money do you send home every month?", "Mỗi tháng bạn gửi về nhà bao nhiêu tiền?"),
    ("How much does she send home to her parents?", "Cô ấy gửi về cho bố mẹ bao nhiêu tiền?"),
    # not: "his brother" (older or younger?), "her parents" of kin or a name (hers, or ours?), a verb that does not
    # agree, a "?" on a statement, "I" asked, a pet, money not sent home, a day against the tense, "yet" said, a
    # habit in the past, a young one of a parent or a name, "her" not his, going home, the other language, "Did"
    ("He sends money home to pay for his brother's schooling.", None),
    ("My mother sends money home to her parents.", None), ("Lan sends money home to her family.", None),
    ("She send money home every month.", None), ("He sends money home every month?", None),
    ("Does she sends money home?", None), ("Do I send money home?", None),
    ("My dog sends money home every month.", None), ("I send money to my parents every month.", None),
    ("I sent money home tomorrow.", None), ("I'll send money home yesterday.", None),
    ("He has sent money home yet.", None), ("I sent money home every month.", None),
    ("My father sends money home to pay for his younger brother's schooling.", None),
    ("Lan sends money home to pay for her younger brother's schooling.", None),
    ("He sends money home to pay for her younger brother's schooling.", None),
    ("I went home every month.", None), ("Tôi gửi tiền về nhà mỗi tháng.", None),
    ("Did you send money home?", None), ("How much do your parents send home?", None),
    # a sum with a purpose: the purpose after the sum, with "để" ("gửi về nuôi bố mẹ năm triệu đồng" reads as what
    # the parents cost)
    ("She sends five million dong home to support her parents.", "Cô ấy gửi về năm triệu đồng để nuôi bố mẹ."),
    ("I send 2,000,000 dong home to my parents to pay for my younger brother's schooling every month.",
     "Mỗi tháng tôi gửi về cho bố mẹ 2.000.000 đồng để nuôi em trai đi học."),
    # ... and how much with a purpose
    ("How much money does she send home to support her parents?", "Cô ấy gửi về nhà bao nhiêu tiền để nuôi bố mẹ?"),
    ("How much do you send home to pay for your younger brother's schooling every month?",
     "Mỗi tháng bạn gửi về nhà bao nhiêu tiền để nuôi em trai đi học?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Tháng nào tôi cũng gửi tiền về cho bố mẹ.", "vi", "fr") is None
