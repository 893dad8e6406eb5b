"""Dandruff and an itchy scalp: who has dandruff, whose hair has it, whose came back or went, a shampoo treating it,
anti-dandruff shampoo used or bought, and an itchy scalp, both ways (mt/dandruff.py)."""
import pytest

from mt.dandruff import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm too much dandruff.", "My mother didn't get dandruff.", "Are you dandruff?"
    ("Tôi bị gàu nhiều quá.", "I have a lot of dandruff."),
    ("Tôi bị gàu.", "I have dandruff."),
    ("Tôi bị gầu.", "I have dandruff."),
    ("Anh ấy bị gàu nhiều lắm.", "He has a lot of dandruff."),
    ("Bạn có bị gàu không?", "Do you have dandruff?"),
    ("Bạn bị gàu à?", "Do you have dandruff?"),
    ("Mẹ tôi không bị gàu.", "My mother doesn't have dandruff."),
    ("Lan bị gàu.", "Lan has dandruff."),
    ("Chúng tôi bị gàu.", "We have dandruff."),
    ("Con tôi bị gàu.", "My child has dandruff."),
    ("Bạn có bị gàu nhiều không?", "Do you have a lot of dandruff?"),
    ("Anh có bị gàu không?", "Do you have dandruff?"),
    # v8: "I usually get dandruff in winter.", "I've ever had dandruff."
    ("Tôi hay bị gàu vào mùa đông.", "I often get dandruff in winter."),
    ("Bạn có hay bị gàu không?", "Do you often get dandruff?"),
    ("Cô ấy thường bị gàu.", "She often gets dandruff."),
    ("Tôi từng bị gàu.", "I used to have dandruff."),
    ("Bạn có từng bị gàu không?", "Have you ever had dandruff?"),
    ("Mẹ bạn có từng bị gàu không?", "Has your mother ever had dandruff?"),
    # v8: "I get dandruff back.", "I'm getting dandruff."
    ("Tôi bị gàu trở lại.", "My dandruff has come back."),
    ("Mẹ tôi bị gàu trở lại rồi.", "My mother's dandruff has come back."),
    ("Bác Lan bị gàu trở lại.", "Aunt Lan's dandruff has come back."),
    ("Bạn có bị gàu trở lại không?", "Has your dandruff come back?"),
    ("Tôi lại bị gàu rồi.", "I have dandruff again."),
    ("Bạn lại bị gàu à?", "Do you have dandruff again?"),
    # v8: "His hair has dandruff.", "My hair has dandruff."
    ("Tóc anh ấy có nhiều gàu.", "He has a lot of dandruff."),
    ("Tóc tôi có gàu.", "I have dandruff."),
    ("Tóc bạn có gàu không?", "Do you have dandruff?"),
    ("Tóc tôi không có gàu.", "I don't have dandruff."),
    ("Đầu tôi nhiều gàu quá.", "I have a lot of dandruff."),
    ("Tóc của mẹ tôi có rất nhiều gàu.", "My mother has a lot of dandruff."),
    # v8: "I'm all dandruff."
    ("Tôi hết gàu rồi.", "My dandruff has gone."),
    ("Mẹ tôi đã hết gàu rồi.", "My mother's dandruff has gone."),
    ("Bạn hết gàu chưa?", "Has your dandruff gone yet?"),
    ("Tôi chưa hết gàu.", "My dandruff hasn't gone yet."),
    # v8: "Do this shampoo treats dandruff?", "This shampoo is very good."
    ("Dầu gội này có trị gàu không?", "Does this shampoo treat dandruff?"),
    ("Dầu gội này trị gàu rất tốt.", "This shampoo treats dandruff very well."),
    ("Dầu gội đó không trị gàu.", "That shampoo doesn't treat dandruff."),
    ("Loại dầu gội này có trị gàu không?", "Does this kind of shampoo treat dandruff?"),
    ("Dầu gội này trị gàu à?", "Does this shampoo treat dandruff?"),
    # v8: "I use dandruff shampoos.", "Use dandruff shampoos."
    ("Tôi dùng dầu gội trị gàu.", "I use anti-dandruff shampoo."),
    ("Bạn nên dùng dầu gội trị gàu.", "You should use anti-dandruff shampoo."),
    ("Bạn có dùng dầu gội trị gàu không?", "Do you use anti-dandruff shampoo?"),
    ("Lan không dùng dầu gội trị gàu.", "Lan doesn't use anti-dandruff shampoo."),
    ("Cô ấy đang dùng dầu gội trị gàu.", "She's using anti-dandruff shampoo."),
    ("Bạn có đang dùng dầu gội trị gàu không?", "Are you using anti-dandruff shampoo?"),
    ("Tôi cần mua dầu gội trị gàu.", "I need to buy anti-dandruff shampoo."),
    ("Mẹ tôi muốn mua dầu gội chống gàu.", "My mother would like to buy anti-dandruff shampoo."),
    ("Anh ấy phải dùng dầu gội trị gàu.", "He has to use anti-dandruff shampoo."),
    ("Tôi có nên dùng dầu gội trị gàu không?", "Should I use anti-dandruff shampoo?"),
    ("Bạn có muốn mua dầu gội trị gàu không?", "Would you like to buy anti-dandruff shampoo?"),
    ("Bạn không nên dùng dầu gội trị gàu.", "You shouldn't use anti-dandruff shampoo."),
    # v8: "I was itchy scalp."
    ("Tôi bị ngứa da đầu.", "I have an itchy scalp."),
    ("Bạn có bị ngứa da đầu không?", "Do you have an itchy scalp?"),
    ("Tôi hay bị ngứa da đầu.", "I often get an itchy scalp."),
    ("Cô ấy không bị ngứa da đầu.", "She doesn't have an itchy scalp."),
    ("Mẹ tôi bị ngứa da đầu quá.", "My mother's scalp is so itchy."),
    # not: whose scalp is itchy (mt/symptoms.py's), a pet (dandruff in fur), "anh" saying it (the speaker?), a "?"
    # on a statement, "có" with no "không", "bị gàu rồi" (now, or already?), "không hay" (seldom?), "không bị gàu
    # trở lại" (hasn't, didn't, doesn't?), "đã bị" (had, or has had?), "mua" alone (bought, or buys?), "trị được"
    # (can?), "chống gàu" as a verb, "có phải" (is it that …?), an itchy scalp of "we" (scalps), a bucket ("gàu")
    ("Da đầu tôi ngứa lắm.", None), ("Da đầu tôi bị ngứa.", None), ("Con chó của tôi bị gàu.", None),
    ("Anh bị gàu.", None), ("Tôi bị gàu?", None), ("Tôi có bị gàu.", None), ("Tôi bị gàu không?", None),
    ("Tôi bị gàu rồi.", None), ("Tôi không hay bị gàu.", None), ("Tôi không bị gàu trở lại.", None),
    ("Tôi đã bị gàu.", None), ("Tôi mua dầu gội trị gàu.", None), ("Dầu gội này có trị được gàu không?", None),
    ("Dầu gội này chống gàu.", None), ("Bạn có phải dùng dầu gội trị gàu không?", None),
    ("Chúng tôi bị ngứa da đầu.", None), ("Anh ấy dùng gàu tát nước.", None), ("Cái gàu này bị thủng.", None),
    ("Tôi không bị gàu nhiều.", None), ("Tôi hết gàu.", None), ("Tóc tôi gàu.", None),
    ("Bạn có bị gàu nhiều quá không?", None), ("Tôi bị gàu nhỉ.", None), ("I have dandruff.", None),
    # not: "em" asking with "ạ" (the speaker: do I?), "mình" asked (I, or we?), "thế", "vậy" ending a statement (so
    # much? then?)
    ("Em có bị gàu không ạ?", None), ("Tóc em có gàu không ạ?", None), ("Em hết gàu chưa ạ?", None),
    ("Em có hay bị ngứa da đầu không ạ?", None), ("Em có nên dùng dầu gội trị gàu không ạ?", None),
    ("Mình có bị gàu không?", None), ("Tôi bị gàu vậy.", None), ("Tôi bị gàu nhiều thế.", None),
    ("Tôi ngứa da đầu quá vậy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có rất nhiều gàu.", "Anh ấy có rất nhiều gàu." (had, not suffered), "Chúng ta bị gàu." (we, you too)
    ("I have a lot of dandruff.", "Tôi bị gàu nhiều quá."),
    ("He has a lot of dandruff.", "Anh ấy bị gàu nhiều quá."),
    ("I have dandruff.", "Tôi bị gàu."),
    ("Do you have dandruff?", "Bạn có bị gàu không?"),
    ("My mother doesn't have dandruff.", "Mẹ tôi không bị gàu."),
    ("Lan has dandruff.", "Lan bị gàu."),
    ("We have dandruff.", "Chúng tôi bị gàu."),
    ("She's got dandruff.", "Cô ấy bị gàu."),
    ("I've got dandruff.", "Tôi bị gàu."),
    # v8: "Tôi có một lần nữa bị gàu.", "Tôi từng có gàu."
    ("I have dandruff again.", "Tôi lại bị gàu."),
    ("Do you have dandruff again?", "Bạn lại bị gàu à?"),
    ("I often get dandruff in winter.", "Tôi hay bị gàu vào mùa đông."),
    ("Does he often get dandruff?", "Anh ấy có hay bị gàu không?"),
    ("I used to have dandruff.", "Tôi từng bị gàu."),
    ("Have you ever had dandruff?", "Bạn có từng bị gàu không?"),
    ("Has your mother ever had dandruff?", "Mẹ bạn có từng bị gàu không?"),
    # v8: "Tôi có da đầu ngứa."
    ("I have an itchy scalp.", "Tôi bị ngứa da đầu."),
    ("Does your mother have an itchy scalp?", "Mẹ bạn có bị ngứa da đầu không?"),
    ("She often gets an itchy scalp.", "Cô ấy hay bị ngứa da đầu."),
    # v8: "Chứng gàu của tôi trở lại.", "Chứng gàu của tôi đã mất đi."
    ("My dandruff has come back.", "Tôi bị gàu trở lại."),
    ("My mother's dandruff is back.", "Mẹ tôi bị gàu trở lại."),
    ("Lan's dandruff has come back.", "Lan bị gàu trở lại."),
    ("Has your dandruff come back?", "Bạn có bị gàu trở lại không?"),
    ("My dandruff has gone.", "Tôi hết gàu rồi."),
    ("My dandruff is gone.", "Tôi hết gàu rồi."),
    ("My dandruff has cleared up.", "Tôi hết gàu rồi."),
    ("Has your dandruff gone yet?", "Bạn hết gàu chưa?"),
    ("My dandruff hasn't gone yet.", "Tôi chưa hết gàu."),
    # v8: "Dầu gội này có điều trị gàu không?", "Dầu gội này điều trị gàu."
    ("Does this shampoo treat dandruff?", "Dầu gội này có trị gàu không?"),
    ("This shampoo treats dandruff.", "Dầu gội này trị gàu."),
    ("That shampoo doesn't treat dandruff.", "Dầu gội đó không trị gàu."),
    ("This kind of shampoo treats dandruff very well.", "Loại dầu gội này trị gàu rất tốt."),
    # v8: "Tôi sử dụng dầu gội trị gàu.", "Bạn nên sử dụng dầu gội trị gàu chống gàu." (twice)
    ("I use anti-dandruff shampoo.", "Tôi dùng dầu gội trị gàu."),
    ("You should use an anti-dandruff shampoo.", "Bạn nên dùng dầu gội trị gàu."),
    ("Do you use dandruff shampoo?", "Bạn có dùng dầu gội trị gàu không?"),
    ("She uses anti-dandruff shampoo.", "Cô ấy dùng dầu gội trị gàu."),
    ("I don't use anti-dandruff shampoo.", "Tôi không dùng dầu gội trị gàu."),
    ("I'm using anti-dandruff shampoo.", "Tôi đang dùng dầu gội trị gàu."),
    ("Are you using anti-dandruff shampoo?", "Bạn có đang dùng dầu gội trị gàu không?"),
    ("My mother is using an anti-dandruff shampoo.", "Mẹ tôi đang dùng dầu gội trị gàu."),
    ("I need to buy anti-dandruff shampoo.", "Tôi cần mua dầu gội trị gàu."),
    ("He has to use anti-dandruff shampoo.", "Anh ấy phải dùng dầu gội trị gàu."),
    ("Should I use anti-dandruff shampoo?", "Tôi có nên dùng dầu gội trị gàu không?"),
    ("Would you like to buy anti-dandruff shampoo?", "Bạn có muốn mua dầu gội trị gàu không?"),
    ("I'd like to buy anti-dandruff shampoo.", "Tôi muốn mua dầu gội trị gàu."),
    # not: whose scalp is itchy (mt/symptoms.py's), the verb not agreeing ("She have", "He get", "Has you", "This
    # shampoo treat", "She use"), "get" without "often" (now, or a habit?), "a lot of" denied, a pet, a "?" on a
    # statement, "I buy …" (now, or a habit?), "I like to use …", an itchy scalp of "we" (scalps), "hasn't come
    # back" (not yet, or not at all?), "is come back", dandruff in general
    ("My scalp is very itchy.", None), ("My scalp is itchy.", None), ("She have dandruff.", None),
    ("He get dandruff.", None), ("I get dandruff.", None), ("I don't have a lot of dandruff.", None),
    ("My dog has dandruff.", None), ("My dog's dandruff has come back.", None), ("I have dandruff?", None),
    ("Do you have dandruff.", None), ("Has you ever had dandruff?", None), ("This shampoo treat dandruff.", None),
    ("She use anti-dandruff shampoo.", None), ("I buy anti-dandruff shampoo.", None),
    ("I like to use anti-dandruff shampoo.", None), ("We have an itchy scalp.", None),
    ("My dandruff hasn't come back.", None), ("My dandruff is come back.", None), ("Dandruff is common.", None),
    ("Tôi bị gàu.", None),
    # not: an auxiliary or a verb that does not agree with who, or with "using" ("He have to", "She is use", "Do you
    # using"), "yet" on come back (not yet, dropped)
    ("She need to buy anti-dandruff shampoo.", None), ("I has to use anti-dandruff shampoo.", None),
    ("He have to use anti-dandruff shampoo.", None), ("She is use anti-dandruff shampoo.", None),
    ("They is using anti-dandruff shampoo.", None), ("You am using anti-dandruff shampoo.", None),
    ("I doesn't use anti-dandruff shampoo.", None), ("She don't use anti-dandruff shampoo.", None),
    ("Do she use anti-dandruff shampoo?", None), ("Are you use anti-dandruff shampoo?", None),
    ("Do you using anti-dandruff shampoo?", None), ("You should using anti-dandruff shampoo.", None),
    ("I am buy anti-dandruff shampoo.", None), ("Has your dandruff come back yet?", None),
    ("Is your dandruff back yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
