"""Someone dying and what is said to the bereaved: who passed away, when and of what, sorry for your loss,
condolences, may he rest in peace, the funeral's day and place, both ways (mt/condolences.py)."""
import pytest

from mt import family, phrasebook
from mt.condolences import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Her grandfather died." (vừa lost), "He died.", "His father lost last week.", "My grandparents had lost last
    # night."
    ("Ông của cô ấy vừa mất.", "Her grandfather just passed away."),
    ("Ông cô ấy vừa qua đời.", "Her grandfather just passed away."),
    ("Ông tôi vừa qua đời.", "My grandfather just passed away."),
    ("Bố anh ấy mất tuần trước.", "His father passed away last week."),
    ("Bà tôi đã qua đời tuần trước.", "My grandmother passed away last week."),
    ("Mẹ cô ấy qua đời hôm qua.", "Her mother passed away yesterday."),
    ("Bà tôi vừa mất tối qua.", "My grandmother passed away just last night."),
    ("Tuần trước, bà tôi mất.", "My grandmother passed away last week."),
    ("Chồng tôi mất năm ngoái.", "My husband passed away last year."),
    ("Ông ấy mất năm 2015.", "He passed away in 2015."),
    ("Ông ấy đã mất rồi.", "He has passed away."),
    ("Bác Hùng vừa qua đời.", "Uncle Hung just passed away."),
    ("Bà tôi vừa mất sáng nay!", "My grandmother passed away just this morning."),
    # v8: "My grandparents died of cancer.", "He lost in a traffic accident."
    ("Ông tôi qua đời vì ung thư.", "My grandfather died of cancer."),
    ("Ông ấy mất vì ung thư.", "He died of cancer."),
    ("Bà ấy qua đời vì một cơn đau tim.", "She died of a heart attack."),
    ("Chồng tôi mất trong một vụ tai nạn giao thông.", "My husband died in a traffic accident."),
    # v8: "When did he lose?"
    ("Ông ấy mất khi nào?", "When did he pass away?"),
    ("Ông ấy mất vì bệnh gì?", "What did he die of?"),
    ("Bà ấy mất như thế nào?", "How did she die?"),
    # v8: "I'm sorry about your loss.", "I'm sorry to hear you're lost."
    ("Tôi rất tiếc về sự mất mát của bạn.", "I'm sorry for your loss."),
    ("Rất tiếc về sự mất mát của anh.", "I'm sorry for your loss."),
    ("Tôi vô cùng tiếc về sự mất mát của cô ấy.", "I'm so sorry for her loss."),
    ("Tôi rất tiếc khi nghe về sự mất mát của bạn.", "I'm sorry to hear about your loss."),
    ("Tôi rất tiếc khi nghe tin ông bạn mất.", "I'm sorry to hear that your grandfather passed away."),
    ("Tôi rất tiếc khi nghe tin ông của bạn vừa qua đời.", "I'm sorry to hear that your grandfather just passed away."),
    ("Tôi rất tiếc khi nghe về ông của bạn.", "I'm sorry to hear about your grandfather."),
    ("Tôi rất tiếc khi nghe điều đó.", "I'm sorry to hear that."),
    # v8: "Let's be sad at you.", "Let's be sad at the same family.", "I'm sorry to share you."
    ("Xin chia buồn cùng bạn.", "You have my condolences."),
    ("Tôi xin chia buồn cùng bạn.", "You have my condolences."),
    ("Xin chia buồn cùng gia đình bạn.", "My condolences to your family."),
    ("Tôi xin chia buồn cùng anh và gia đình.", "My condolences to you and your family."),
    ("Chúng tôi xin gửi lời chia buồn sâu sắc tới gia đình anh ấy.", "Our deepest condolences to his family."),
    ("Xin thành thật chia buồn.", "My sincere condolences."),
    # v8: "The bridge expects him to rest.", "Her look forward was rested."
    ("Cầu mong ông ấy yên nghỉ.", "May he rest in peace."),
    ("Cầu mong bà của bạn được yên nghỉ.", "May your grandmother rest in peace."),
    ("Xin hãy yên nghỉ.", "Rest in peace."),
    ("Yên nghỉ nhé.", "Rest in peace."),
    # v8: "The holidays will be held on Saturday.", "His funeral was tomorrow.", "When's a funeral?"
    ("Tang lễ sẽ được tổ chức vào thứ Bảy.", "The funeral will be held on Saturday."),
    ("Đám tang của ông ấy là vào ngày mai.", "His funeral is tomorrow."),
    ("Đám tang là vào ngày mai.", "The funeral is tomorrow."),
    ("Đám tang của ông tôi là vào Chủ nhật tuần sau.", "My grandfather's funeral is next Sunday."),
    ("Khi nào là đám tang?", "When is the funeral?"),
    ("Đám tang là khi nào?", "When is the funeral?"),
    ("Đám tang của bà ấy ở đâu?", "Where is her funeral?"),
    # not: how long ago, as mt/family.py says it ("… mất được 10 năm rồi"; more below), "mất" lost ("Tôi mất ví.", "mất
    # việc"), a pet, "anh" alone (the speaker or "you"), the speaker dying, a death ahead, "vừa" on a weekday, a day
    # not read, a funeral behind, "ông" alone (whom?), "yên nghỉ" bare, going to the funeral (v8's is right)
    ("Ông ấy đã mất rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Ông tôi mất được 10 năm rồi.", None),
    ("Tôi mất ví.", None), ("Anh ấy vừa mất việc.", None), ("Con chó của tôi vừa mất.", None),
    ("Anh vừa mất.", None), ("Tôi vừa mất.", None), ("Ông ấy mất ngày mai.", None),
    ("Ông tôi vừa mất vào thứ Bảy.", None), ("Anh ấy mất cả ngày.", None), ("Đám tang là hôm qua.", None),
    ("Mong ông yên nghỉ.", None), ("Yên nghỉ.", None), ("Tôi sẽ đi dự đám tang của ông ấy.", None),
    ("Xin lỗi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Ông ta đi ngang qua." (passed by), "Tôi đã đi vắng hôm qua." (was away)
    ("Her grandfather just passed away.", "Ông của cô ấy vừa qua đời."),
    ("Her grandfather passed away last week.", "Ông của cô ấy đã qua đời vào tuần trước."),
    ("My grandmother died last month.", "Bà tôi đã qua đời vào tháng trước."),
    ("My grandfather passed away on Saturday.", "Ông tôi đã qua đời vào thứ Bảy."),
    ("He has passed away.", "Anh ấy đã qua đời."),
    ("She's passed away.", "Cô ấy đã qua đời."),
    ("Lan just passed away.", "Lan vừa qua đời."),
    ("My father died two years ago.", "Bố tôi đã qua đời cách đây hai năm."),
    ("She passed away yesterday.", "Cô ấy đã qua đời hôm qua."),
    # v8: "Cha ông ta chết vì bị ung thư.", "Anh ta chết vì đau tim."
    ("His father died of cancer.", "Bố của anh ấy đã qua đời vì ung thư."),
    ("He died of a heart attack.", "Anh ấy đã qua đời vì đau tim."),
    ("My husband died in a car accident.", "Chồng tôi đã qua đời trong một vụ tai nạn xe hơi."),
    # v8: "Khi nào bà ta đi vắng?", "Nó chết như thế nào?", "Anh ta chết vì gì?"
    ("When did her grandmother pass away?", "Bà của cô ấy qua đời khi nào?"),
    ("How did she die?", "Cô ấy qua đời như thế nào?"),
    ("What did he die of?", "Anh ấy qua đời vì bệnh gì?"),
    # v8: "Tôi xin lỗi mất mát của bạn." (apologises), "Tôi xin lỗi nghe về ông cháu của bạn."
    ("I'm sorry for your loss.", "Tôi rất tiếc về sự mất mát của bạn."),
    ("I am sorry for your loss.", "Tôi rất tiếc về sự mất mát của bạn."),
    ("I'm so sorry for your loss.", "Tôi thật sự rất tiếc về sự mất mát của bạn."),
    ("So sorry for your loss!", "Tôi thật sự rất tiếc về sự mất mát của bạn."),
    ("I'm sorry to hear about your loss.", "Tôi rất tiếc khi nghe về sự mất mát của bạn."),
    ("I'm sorry to hear about your grandfather.", "Tôi rất tiếc khi nghe tin về ông của bạn."),
    ("I'm sorry to hear that your grandfather passed away.", "Tôi rất tiếc khi nghe tin ông của bạn qua đời."),
    ("I'm sorry to hear your grandmother died.", "Tôi rất tiếc khi nghe tin bà của bạn qua đời."),
    # v8: "Sự đồng thuận sâu sắc nhất của tôi." (consensus), "Xin vui lòng chấp nhận sự đồng thuận của tôi."
    ("My deepest condolences.", "Xin gửi lời chia buồn sâu sắc nhất."),
    ("Please accept my condolences.", "Xin hãy nhận lời chia buồn của tôi."),
    ("Please accept our deepest condolences.", "Xin hãy nhận lời chia buồn sâu sắc nhất của chúng tôi."),
    ("You have my condolences.", "Xin chia buồn cùng bạn."),
    ("My condolences to your family.", "Xin chia buồn cùng gia đình bạn."),
    ("My sincere condolences to you and your family.", "Xin gửi lời chia buồn chân thành tới bạn và gia đình."),
    # v8: "May anh ấy nghỉ ngơi trong hòa bình.", "Những người sống sót trong hòa bình." (survivors)
    ("May he rest in peace.", "Cầu mong anh ấy được yên nghỉ."),
    ("May your grandmother rest in peace.", "Cầu mong bà của bạn được yên nghỉ."),
    ("Rest in peace.", "Xin hãy yên nghỉ."),
    # v8: "Đám tang là ngày mai." (right), "Đám tang của anh ấy là tuần tới."
    ("The funeral is tomorrow.", "Đám tang sẽ diễn ra vào ngày mai."),
    ("The funeral will be held on Saturday.", "Đám tang sẽ được tổ chức vào thứ Bảy."),
    ("His funeral is next week.", "Đám tang của anh ấy sẽ diễn ra vào tuần sau."),
    ("My grandfather's funeral is tomorrow.", "Đám tang của ông tôi sẽ diễn ra vào ngày mai."),
    ("When is the funeral?", "Đám tang diễn ra khi nào?"),
    ("Where's the funeral?", "Đám tang diễn ra ở đâu?"),
    # not: "has" with a day or not agreeing, a pet, I or you, a phone dying, a death ahead, a day not read, the
    # phrasebook's ("My condolences.", "I'm sorry to hear that." are listed), a funeral behind, going to it
    ("My grandfather has passed away yesterday.", None), ("They has passed away.", None), ("My dog died.", None),
    ("I died.", None), ("May you rest in peace.", None), ("My phone died.", None), ("He died tomorrow.", None),
    ("He died laughing.", None), ("She passed away peacefully.", None), ("I'm sorry to hear that.", None),
    ("I'm sorry to hear about your dog.", None), ("The funeral was yesterday.", None),
    ("I'm going to the funeral.", None), ("When did he pass away.", None), ("How did he pass away?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text", ["Ông tôi mất năm 2015.", "Ông tôi đã mất."])
def test_what_family_takes_it_says_first(text):
    # (mt/family.py comes before this module in mt.phrasebook._RULES: its translation is the one given)
    assert phrasebook.translate(text, "vi", "en") == family.translate(text, "vi", "en") is not None
