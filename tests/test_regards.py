"""Asking after someone's family and sending regards: how someone is, that they are fine, not well or better, and
regards or a hello passed on or sent, both ways (mt/regards.py)."""
import pytest

from mt.regards import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Are you healthy?" (whose parents lost), "Uncle Hung Is healthy?", "How did you get this stomach?"
    ("Bố mẹ bạn có khỏe không?", "How are your parents?"),
    ("Mẹ bạn có khỏe không?", "How is your mother?"),
    ("Mẹ bạn khỏe không?", "How is your mother?"),
    ("Dạo này bố mẹ bạn có khỏe không?", "How are your parents these days?"),
    ("Bố bạn dạo này thế nào?", "How is your father these days?"),
    ("Ông bà bạn có khỏe không ạ?", "How are your grandparents?"),
    ("Anh ấy có khỏe không?", "How is he?"),
    ("Bác Hùng có khỏe không?", "How is Uncle Hung?"),
    ("Mọi người ở nhà có khỏe không?", "How is everyone at home?"),
    ("Bố mẹ bạn vẫn khỏe chứ?", "Are your parents well?"),
    ("Mẹ bạn đã đỡ hơn chưa?", "Is your mother feeling better?"),
    ("Dạo này bạn có khỏe không?", "How are you these days?"),
    # v8: "My mother was still healthy.", "My whole house is healthy.", "This rice isn't healthy." (dạo này), "I'm
    # getting up."
    ("Bố mẹ tôi vẫn khỏe.", "My parents are fine."),
    ("Bố mẹ tôi đều khỏe.", "My parents are both fine."),
    ("Mẹ tôi vẫn khỏe.", "My mother is fine."),
    ("Ông bà tôi vẫn khỏe mạnh.", "My grandparents are in good health."),
    ("Cả nhà tôi đều khỏe.", "My whole family is fine."),
    ("Mẹ tôi không được khỏe lắm.", "My mother isn't very well."),
    ("Dạo này bố tôi không khỏe.", "My father hasn't been well lately."),
    ("Mẹ tôi đỡ hơn nhiều rồi.", "My mother is much better now."),
    ("Bà tôi đã khỏe lại rồi.", "My grandmother is well again."),
    ("Bố tôi đang khỏe dần lên.", "My father is getting better."),
    ("Tôi đỡ hơn rồi.", "I'm better now."),
    # v8: "Send an ask for your parents.", "Let me send a word to your wife.", "Remember to ask your mother to help
    # me.", "My mother sends your visit.", "Land sends you a welcome."
    ("Gửi lời hỏi thăm bố mẹ bạn nhé.", "Give my regards to your parents."),
    ("Cho tôi gửi lời hỏi thăm vợ bạn.", "Give my regards to your wife."),
    ("Cho mình gửi lời chào bố mẹ bạn nhé.", "Say hello to your parents for me."),
    ("Nhớ gửi lời hỏi thăm mẹ bạn giúp tôi nhé.", "Remember to give my regards to your mother."),
    ("Cho chúng tôi gửi lời hỏi thăm anh ấy.", "Give our regards to him."),
    ("Mẹ tôi gửi lời hỏi thăm bạn.", "My mother sends her regards."),
    ("Bố mẹ tôi gửi lời hỏi thăm bố mẹ bạn.", "My parents send their regards to your parents."),
    ("Lan gửi lời chào bạn.", "Lan says hello."),
    ("Bố tôi nhờ tôi gửi lời hỏi thăm bạn.", "My father sends his regards."),
    ("Bạn trai tôi gửi lời hỏi thăm bạn.", "My boyfriend sends his regards."),
    # not: "you" asked how (the phrasebook's), "anh" alone (the speaker or "you"), "khỏe" alone or "rất khỏe" (also
    # strong), "đều" of "họ" (both or all), "thế nào" without "dạo này" (what they are like), regards of someone whose
    # gender is not known, regards to "you" or to "mọi người" (greeting those there), an ailment (mt/ailments.py's),
    # "I" asked, no question mark, "đỡ hơn" without "rồi"
    ("Bạn có khỏe không?", None), ("Anh vẫn khỏe.", None), ("Anh ấy rất khỏe.", None), ("Mẹ tôi khỏe.", None),
    ("Họ đều khỏe.", None), ("Bố mẹ bạn thế nào?", None), ("Lan gửi lời hỏi thăm bạn.", None),
    ("Cho tôi gửi lời hỏi thăm bạn.", None), ("Cho tôi gửi lời chào mọi người.", None), ("Mẹ tôi bị cảm.", None),
    ("Tôi có khỏe không?", None), ("Mẹ bạn có khỏe không.", None), ("Bạn vẫn khỏe.", None), ("Mẹ tôi đỡ hơn.", None),
    ("Tôi gửi lời chào bạn.", None), ("Công việc của bạn dạo này thế nào?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bố mẹ bạn như thế nào?" (what they are like), "Bố mẹ đang làm như thế nào?", "Bạn bao nhiêu ngày này?"
    ("How are your parents?", "Bố mẹ bạn có khỏe không?"),
    ("How's your mother?", "Mẹ bạn có khỏe không?"),
    ("How is your family?", "Gia đình bạn có khỏe không?"),
    ("How are your parents doing?", "Bố mẹ bạn có khỏe không?"),
    ("How's your wife doing these days?", "Dạo này vợ bạn có khỏe không?"),
    ("How have your parents been?", "Dạo này bố mẹ bạn có khỏe không?"),
    ("How has your grandmother been lately?", "Dạo này bà bạn có khỏe không?"),
    ("Is your mother well?", "Mẹ bạn có khỏe không?"),
    ("Are your grandparents well?", "Ông bà bạn có khỏe không?"),
    ("Is your father feeling better?", "Bố bạn đã đỡ hơn chưa?"),
    ("How is he?", "Anh ấy có khỏe không?"),
    ("How is your friend?", "Bạn của bạn có khỏe không?"),
    ("How's everyone at home?", "Mọi người trong nhà có khỏe không?"),
    ("How are you these days?", "Dạo này bạn có khỏe không?"),
    # v8: "Cha mẹ tôi tốt." (good), "Mẹ tôi không rất tốt.", "Anh ta tốt hơn bây giờ.", "Con trai tôi tốt hơn."
    ("My parents are fine.", "Bố mẹ tôi vẫn khỏe."),
    ("My parents are both fine.", "Bố mẹ tôi đều khỏe."),
    ("My mother is well.", "Mẹ tôi vẫn khỏe."),
    ("My grandparents are in good health.", "Ông bà tôi vẫn khỏe mạnh."),
    ("She's well.", "Cô ấy vẫn khỏe."),
    ("My mother isn't very well.", "Mẹ tôi không được khỏe lắm."),
    ("He's not well.", "Anh ấy không được khỏe."),
    ("My father hasn't been well lately.", "Dạo này bố tôi không được khỏe."),
    ("She's much better now.", "Cô ấy đã đỡ hơn nhiều rồi."),
    ("My grandmother is feeling better.", "Bà tôi đã đỡ hơn rồi."),
    ("My son is getting better.", "Con trai tôi đang đỡ dần."),
    ("My father is well again.", "Bố tôi đã khỏe lại rồi."),
    # v8: "Bạn hãy nhớ bố mẹ cho mình.", "Đưa tôi về vợ của bạn.", "Mẹ tôi nói anh ấyllo.", "Mẹ tôi gởi cô ấy bất kể."
    ("Say hi to your parents for me.", "Cho tôi gửi lời chào bố mẹ bạn nhé."),
    ("Give my regards to your wife.", "Cho tôi gửi lời hỏi thăm vợ bạn nhé."),
    ("Please give my regards to your parents.", "Cho tôi gửi lời hỏi thăm bố mẹ bạn nhé."),
    ("Give your mother our regards.", "Cho chúng tôi gửi lời hỏi thăm mẹ bạn nhé."),
    ("Tell your mother I said hello.", "Cho tôi gửi lời chào mẹ bạn nhé."),
    ("Say hello to everyone for me.", "Cho tôi gửi lời chào mọi người nhé."),
    ("Say hi to Lan for me.", "Cho tôi gửi lời chào Lan nhé."),
    ("My mother says hello.", "Mẹ tôi gửi lời chào bạn."),
    ("My mother sends her regards.", "Mẹ tôi gửi lời hỏi thăm bạn."),
    ("My parents send their regards.", "Bố mẹ tôi gửi lời hỏi thăm bạn."),
    ("He says hello to your parents.", "Anh ấy gửi lời chào bố mẹ bạn."),
    # not: the phrasebook's ("How are you?", "How have you been?"), the verb or whose not agreeing with who, "fine"
    # said of a pronoun (not hurt, of a thing, or "no, thanks"), "better" of "they" (things), "I" getting better (at
    # something), "I" saying hello, not "well" ("OK"), things, an ailment (mt/ailments.py's)
    ("How are you?", None), ("How have you been?", None), ("How are your mother?", None), ("How's your parents?", None),
    ("My mother are fine.", None), ("My parents is fine.", None), ("She's fine.", None), ("They're fine.", None),
    ("They're both fine.", None), ("They're better now.", None), ("I'm fine.", None), ("I'm getting better.", None),
    ("My mother sends his regards.", None), ("My mother say hello.", None), ("Say hi to me.", None),
    ("I say hello.", None), ("How is your new job?", None), ("Is your mother OK?", None), ("She's very well.", None),
    ("My mother has a cold.", None), ("How was your trip?", None), ("My English is getting better.", None),
    ("Is it better now?", None), ("The food is fine.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
