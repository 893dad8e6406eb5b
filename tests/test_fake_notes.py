"""Counterfeit and torn banknotes: a fake note given, a note fake, real or torn, telling real notes from fake ones,
and torn notes a shop will not take, both ways (mt/fake_notes.py)."""
import pytest

from mt.fake_notes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm getting a fake money.", "My mother was paid back.", "Yesterday, he was earned by at the market.",
    # "Do you ever get a fake money?", "Lan was just received a fake money.", "We never get the pretended money."
    ("Tôi bị nhận tiền giả.", "I was given a fake note."),
    ("Tôi bị nhận phải tiền giả.", "I was given a fake note."),
    ("Mẹ tôi nhận phải tiền giả.", "My mother was given a fake note."),
    ("Mẹ tôi bị trả lại tiền giả.", "My mother was given a fake note in change."),
    ("Mẹ tôi bị thối tiền giả.", "My mother was given a fake note in change."),
    ("Lan bị nhận hai tờ tiền giả.", "Lan was given two fake notes."),
    ("Chúng tôi bị nhận một tờ 500 nghìn giả.", "We were given a fake 500,000-dong note."),
    ("Hôm qua anh ấy bị nhận tiền giả ở chợ.", "He was given a fake note at the market yesterday."),
    ("Sáng nay bố tôi bị nhận tiền giả ở cây xăng.",
     "My father was given a fake note at the petrol station this morning."),
    ("Tôi đã bị trả lại tiền giả ở siêu thị.", "I was given a fake note in change at the supermarket."),
    ("Anh ấy vừa bị nhận tiền giả.", "He's just been given a fake note."),
    ("Lan vừa bị nhận một tờ tiền giả.", "Lan has just been given a fake note."),
    ("Cô ấy bị nhận tiền giả rồi.", "She's been given a fake note."),
    ("Tôi từng bị nhận tiền giả.", "I've been given a fake note before."),
    ("Chúng tôi chưa bao giờ bị nhận tiền giả.", "We've never been given a fake note."),
    ("Bạn đã bao giờ bị nhận tiền giả chưa?", "Have you ever been given a fake note?"),
    ("Bạn có bao giờ bị nhận tiền giả không?", "Have you ever been given a fake note?"),
    ("Mẹ bạn đã bao giờ bị nhận tiền giả chưa?", "Has your mother ever been given a fake note?"),
    ("Hôm qua bạn có bị nhận tiền giả không?", "Were you given a fake note yesterday?"),
    # v8: "This money is counterfeit.", "The 500 thousand is the pretended money.", "Is this pretended money?", "Is it
    # true or fake?", "This is counterfeit."
    ("Tờ tiền này là tiền giả.", "This note is fake."),
    ("Tờ 500 nghìn này là tiền giả.", "This 500,000-dong note is fake."),
    ("Những tờ tiền này là tiền giả.", "These notes are fake."),
    ("Tờ tiền đó là giả.", "That note is fake."),
    ("Tờ tiền này giả.", "This note is fake."),
    ("Tờ này là tiền giả.", "This note is fake."),
    ("Tờ tiền này là tiền thật.", "This note is real."),
    ("Tờ tiền này không phải là tiền giả.", "This note isn't fake."),
    ("Tờ tiền này không phải tiền giả đâu.", "This note isn't fake."),
    ("Hình như tờ tiền này là tiền giả.", "This note seems to be fake."),
    ("Tờ tiền này có phải là tiền giả không?", "Is this note fake?"),
    ("Tờ 200.000 đồng này có phải tiền giả không?", "Is this 200,000-dong note fake?"),
    ("Tờ tiền này là thật hay giả?", "Is this note real or fake?"),
    ("Tờ 500k này là thật hay giả?", "Is this 500,000-dong note real or fake?"),
    ("Đây là tiền giả.", "This is counterfeit money."),
    ("Đây có phải là tiền giả không?", "Is this counterfeit money?"),
    ("Đó không phải là tiền giả.", "That isn't counterfeit money."),
    ("Đây là tiền thật.", "This is real money."),
    # v8: "How do you know money or fake?", "How do you get counterfeit money?"
    ("Làm sao biết tiền thật hay giả?", "How can you tell if a note is real or fake?"),
    ("Làm sao biết tờ tiền này là thật hay giả?", "How can you tell if this note is real or fake?"),
    ("Làm thế nào để phân biệt tiền thật và tiền giả?", "How can you tell real notes from fake ones?"),
    ("Làm sao để nhận biết tiền giả?", "How can you spot a fake note?"),
    ("Làm sao để phát hiện tiền giả?", "How can you spot a fake note?"),
    # v8: "The store doesn't take the trash.", "Does this store receive a tear money?", "Can't you spend the trash?"
    ("Cửa hàng không nhận tiền rách.", "The shop won't take torn notes."),
    ("Cửa hàng này có nhận tiền rách không?", "Does this shop take torn notes?"),
    ("Họ không nhận tiền rách.", "They won't take torn notes."),
    ("Nhiều cửa hàng không nhận tiền rách.", "Many shops won't take torn notes."),
    ("Người ta không nhận tiền rách.", "People won't take torn notes."),
    ("Bạn có nhận tiền rách không?", "Do you take torn notes?"),
    ("Ngân hàng có nhận tiền rách không?", "Does the bank take torn notes?"),
    ("Mẹ tôi không nhận tiền rách.", "My mother won't take torn notes."),
    ("Họ không nhận tờ tiền này vì nó bị rách.", "They won't take this note because it's torn."),
    ("Tiền rách có tiêu được không?", "Can you spend torn notes?"),
    ("Tiền rách có còn dùng được không?", "Can you still use torn notes?"),
    # v8: "The 500 thousand were spared.", "Is this money garbage?"
    ("Tờ 500 nghìn này bị rách.", "This 500,000-dong note is torn."),
    ("Tờ tiền này bị rách rồi.", "This note is torn."),
    ("Tờ tiền này rách rồi.", "This note is torn."),
    ("Tờ tiền này không bị rách.", "This note isn't torn."),
    ("Những tờ 10 nghìn này bị rách.", "These 10,000-dong notes are torn."),
    ("Tờ tiền này có bị rách không?", "Is this note torn?"),
    # not: accepting ("nhận tiền giả" with neither "bị" nor "phải"), paid with it or given it ("bị trả"), "có … không?"
    # with no day (were you, or do you get?), "à", "anh" saying it, a pet, a "?" on a statement, "I" asked, a day with
    # "vừa", a day ahead, "tờ này" torn or "tờ giấy" (paper), a sum that is no note, "tờ 500" bare, "tiền này", "tiền
    # cũ", clothes torn, a fake website (mt/scams.py), "nhỉ", "có phải" with no "không?", "Đây là giả." (what?)
    ("Tôi nhận tiền giả.", None), ("Tôi bị trả tiền giả.", None), ("Bạn có bị nhận tiền giả không?", None),
    ("Bạn bị nhận tiền giả à?", None), ("Anh bị nhận tiền giả.", None), ("Con chó của tôi bị nhận tiền giả.", None),
    ("Tôi bị nhận tiền giả?", None), ("Tờ tiền này là tiền giả?", None),
    ("Tôi đã bao giờ bị nhận tiền giả chưa?", None),
    ("Hôm qua tôi vừa bị nhận tiền giả.", None), ("Ngày mai tôi bị nhận tiền giả.", None), ("Tờ này bị rách.", None),
    ("Tờ giấy này là giả.", None), ("Tờ 300 nghìn này là tiền giả.", None), ("Tờ 500 này là tiền giả.", None),
    ("Tiền này là tiền giả.", None), ("Tờ tiền cũ này bị rách.", None), ("Cái áo này bị rách.", None),
    ("Trang web này là giả.", None), ("Tôi bị nhận tiền giả nhỉ.", None), ("Tờ tiền này có phải là tiền giả.", None),
    ("Đây là giả.", None), ("Tôi có nhận tiền rách không?", None), ("Con mèo không nhận tiền rách.", None),
    ("Anh không nhận tiền rách.", None), ("Cửa hàng có nhận tiền rách.", None),
    ("I was given a fake note.", None),
    # not: a note named, fake or torn, with neither "này" nor a verb ("Tờ tiền giả.": a fake note, not "The note is
    # fake."), "thế" or "vậy" ending a statement (so torn; just like that), "tờ tiền rách" taken or not (the torn note,
    # or any?)
    ("Tờ tiền giả.", None), ("Những tờ tiền giả.", None), ("Tờ 500 nghìn giả.", None), ("Tờ tiền rách.", None),
    ("Những tờ tiền rách.", None), ("Tờ tiền này rách thế.", None), ("Tôi bị nhận tiền giả vậy.", None),
    ("Cửa hàng không nhận tiền rách vậy.", None), ("Chúng tôi không nhận tờ tiền rách.", None),
    ("Tờ tiền bị rách.", "The note is torn."), ("Tờ tiền này có bị rách không vậy?", "Is this note torn?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã đưa một mẩu giấy giả.", "Mẹ tôi đã được tặng một mẩu giấy giả thay đổi.", "Bạn đã từng đưa một mẩu
    # giấy giả chưa?", "Chúng tôi chưa từng đưa một mẩu giấy giả."
    ("I was given a fake note.", "Tôi bị nhận tiền giả."),
    ("I was given one fake note.", "Tôi bị nhận một tờ tiền giả."),  # (the count said: not dropped)
    ("I was given 1 fake note.", "Tôi bị nhận một tờ tiền giả."),
    ("I got a fake note.", "Tôi bị nhận tiền giả."),
    ("I just got a fake note.", "Tôi vừa bị nhận tiền giả."),
    ("I got given a fake note in my change.", "Tôi bị trả lại tiền giả."),
    ("My mother was given a fake note in change.", "Mẹ tôi bị trả lại tiền giả."),
    ("She was given two fake notes.", "Cô ấy bị nhận hai tờ tiền giả."),
    ("My father was given a fake 500,000-dong note at the petrol station.",
     "Bố tôi bị nhận một tờ 500 nghìn giả ở cây xăng."),
    ("We were given a counterfeit note yesterday.", "Hôm qua chúng tôi bị nhận tiền giả."),
    ("He was given a fake note at the market yesterday.", "Hôm qua anh ấy bị nhận tiền giả ở chợ."),
    ("Lan was given fake money at the market.", "Lan bị nhận tiền giả ở chợ."),
    ("He's been given a fake note.", "Anh ấy bị nhận tiền giả rồi."),
    ("My mother has just been given a fake note in her change.", "Mẹ tôi vừa bị trả lại tiền giả."),
    ("I've never been given a fake note.", "Tôi chưa bao giờ bị nhận tiền giả."),
    ("Have you ever been given a fake note?", "Bạn đã bao giờ bị nhận tiền giả chưa?"),
    ("Has your mother ever been given a fake note?", "Mẹ bạn đã bao giờ bị nhận tiền giả chưa?"),
    ("Were you given a fake note yesterday?", "Hôm qua bạn có bị nhận tiền giả không?"),
    # v8: "Giấy nợ này là thuốc giả." (a debt paper is fake medicine), "Ghi chú này giả mạo.", "Ghi chú này có thật
    # hay giả không?", "Đây là một mẩu giấy giả."
    ("This note is counterfeit.", "Tờ tiền này là tiền giả."),
    ("This note is fake.", "Tờ tiền này là tiền giả."),
    ("This 500,000-dong note is fake.", "Tờ 500 nghìn này là tiền giả."),
    ("These notes are fake.", "Những tờ tiền này là tiền giả."),
    ("That note's counterfeit.", "Tờ tiền đó là tiền giả."),
    ("This 200,000-dong note is genuine.", "Tờ 200 nghìn này là tiền thật."),
    ("This note isn't fake.", "Tờ tiền này không phải là tiền giả."),
    ("This note seems to be fake.", "Hình như tờ tiền này là tiền giả."),
    ("These notes seem to be counterfeit.", "Hình như những tờ tiền này là tiền giả."),
    ("Is this note fake?", "Tờ tiền này có phải là tiền giả không?"),
    ("Is this note real?", "Tờ tiền này có phải là tiền thật không?"),
    ("Is this note real or fake?", "Tờ tiền này là thật hay giả?"),
    ("Is this VND500,000 note real or fake?", "Tờ 500 nghìn này là thật hay giả?"),
    ("Is this 500,000-dong bill fake?", "Tờ 500 nghìn này có phải là tiền giả không?"),
    ("This is a fake note.", "Đây là tiền giả."),
    ("Is this a fake note?", "Đây có phải là tiền giả không?"),
    ("That's counterfeit money.", "Đó là tiền giả."),
    ("This isn't a fake note.", "Đây không phải là tiền giả."),
    # v8: "Bạn có thể nói cho bạn biết một mẩu giấy thật hay giả không?", "Bạn có thể phát hiện một mẩu giấy giả mạo
    # như thế nào?"
    ("How can you tell if a note is real or fake?", "Làm sao biết tiền thật hay giả?"),
    ("How can I tell if this note is real or fake?", "Làm sao biết tờ tiền này là thật hay giả?"),
    ("How do you tell real notes from fake ones?", "Làm sao phân biệt tiền thật và tiền giả?"),
    ("How can you spot a fake note?", "Làm sao để nhận biết tiền giả?"),
    ("How do you spot counterfeit money?", "Làm sao để nhận biết tiền giả?"),
    # v8: "Cửa hàng sẽ không ghi chú.", "Có phải cửa hàng này ghi chú không?", "Bạn vẫn có thể sử dụng ghi chú không?"
    ("The shop won't take torn notes.", "Cửa hàng không nhận tiền rách."),
    ("This shop doesn't accept torn notes.", "Cửa hàng này không nhận tiền rách."),
    ("Does this shop take torn notes?", "Cửa hàng này có nhận tiền rách không?"),
    ("Does the shop take torn notes?", "Cửa hàng có nhận tiền rách không?"),
    ("Many shops won't take torn notes.", "Nhiều cửa hàng không nhận tiền rách."),
    ("Do you take torn notes?", "Bạn có nhận tiền rách không?"),
    ("My mother won't accept torn notes.", "Mẹ tôi không nhận tiền rách."),
    ("They won't take this note because it's torn.", "Họ không nhận tờ tiền này vì bị rách."),
    ("Can you spend torn notes?", "Tiền rách có tiêu được không?"),
    ("Can you still use torn notes?", "Tiền rách có còn dùng được không?"),
    # v8: "500.000 ghi chú này là rìu." (an axe), "Mẩu giấy này có phải không?"
    ("This 500,000-dong note is torn.", "Tờ 500 nghìn này bị rách."),
    ("This note isn't torn.", "Tờ tiền này không bị rách."),
    ("These 10,000-dong notes are torn.", "Những tờ 10 nghìn này bị rách."),
    ("This note's torn.", "Tờ tiền này bị rách."),
    ("Is this note torn?", "Tờ tiền này có bị rách không?"),
    ("Are these notes torn?", "Những tờ tiền này có bị rách không?"),
    # not: a count or a verb not agreeing ("a fake notes", "I were", "She have", "This notes", "These note is", "Do
    # the shop", "She doesn't takes"), whose change not theirs, "bill" without a denomination (an invoice?), a sum
    # that is no note, "500" bare, a "?" missing or said on a statement, "I" asked, a pet, "have been … yesterday",
    # the past ("This note was fake.": v8's), other fakes and torn things, "very fake"
    ("I was given a fake notes.", None), ("I were given a fake note.", None),
    ("She have been given a fake note.", None),
    ("My mother was given a fake note in his change.", None), ("I was given a fake note in your change.", None),
    ("This notes are fake.", None), ("These note is fake.", None), ("This bill is fake.", None),
    ("This 300,000-dong note is fake.", None), ("This 500 note is fake.", None), ("This note is real or fake.", None),
    ("Is this note fake.", None), ("Have I ever been given a fake note?", None), ("Is this note torn.", None),
    ("The shop don't take torn notes.", None), ("She doesn't takes torn notes.", None),
    ("This note is very fake.", None), ("My dog was given a fake note.", None),
    ("I have been given a fake note yesterday.", None), ("This fake note is torn.", None),
    ("The fake news is everywhere.", None), ("I was given a fake ID.", None), ("This note was fake.", None),
    ("My shirt is torn.", None), ("They won't take these notes because it's torn.", None),
    ("Tôi bị nhận tiền giả.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
