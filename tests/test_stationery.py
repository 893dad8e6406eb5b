"""Pens, pencils, erasers, rulers: ink run out, borrowing, having, forgetting, losing, a pencil's lead broken, blunt or
sharpened, both ways (mt/stationery.py)."""
import pytest

from mt.stationery import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My brush is all ink.", "Pend me all ink.", "My mother's Pencil was all ink.", "His pencil is all ink.",
    # "Land's Pencil is to be ink.", "Pen is all ink.", "Do you have a bar?", "My brush hasn't been ink."
    ("Bút của tôi hết mực rồi.", "My pen has run out of ink."),
    ("Bút tôi hết mực rồi.", "My pen has run out of ink."),
    ("Bút bi của mẹ tôi hết mực rồi.", "My mother's ballpoint pen has run out of ink."),
    ("Cây bút máy của anh ấy hết mực rồi.", "His fountain pen has run out of ink."),
    ("Bút dạ của Lan sắp hết mực.", "Lan's marker is running out of ink."),
    ("Bút hết mực rồi.", "The pen has run out of ink."),
    ("Bút của bạn có hết mực không?", "Is your pen out of ink?"),
    ("Bút của tôi chưa hết mực.", "My pen hasn't run out of ink."),
    # v8: "Could I borrow the pencil?", "Could I borrow the pencil glad?", "Could you give me a boyfriend?", "Can you
    # give me borrowing the ruler?", "Can't you borrow boyfriend?", "Let me borrow your penis."
    ("Cho tôi mượn cái bút chì được không?", "Can I borrow a pencil?"),
    ("Cho em mượn cái gọt bút chì nhé?", "Can I borrow a sharpener?"),
    ("Cho chúng tôi mượn thước kẻ được không?", "Can we borrow a ruler?"),
    ("Bạn cho tôi mượn cục tẩy được không?", "Can you lend me an eraser?"),
    ("Bạn có thể cho tôi mượn thước kẻ không?", "Can you lend me a ruler?"),
    ("Tôi mượn bút chì của bạn được không?", "Can I borrow your pencil?"),
    ("Con mượn cục tẩy được không ạ?", "Can I borrow an eraser?"),
    ("Anh cho em mượn cái bút dạ quang của anh nhé.", "Can you lend me your highlighter?"),
    # v8: "Has anyone with pencil?", "He has no ruler.", "My mother had no ball.", "We don't have the penet box."
    ("Bạn có cục tẩy không?", "Do you have an eraser?"),
    ("Bạn có bút chì không?", "Do you have a pencil?"),
    ("Có ai có bút chì không?", "Does anyone have a pencil?"),
    ("Tôi không có bút.", "I don't have a pen."),
    ("Anh ấy không có thước kẻ.", "He doesn't have a ruler."),
    ("Mẹ tôi không có bút bi.", "My mother doesn't have a ballpoint pen."),
    ("Chúng tôi không có hộp bút.", "We don't have a pencil case."),
    ("Tôi có một cái bút chì.", "I have a pencil."),
    # v8: "I forgot to carry the ruler.", "She forgot to carry the pencil.", "I forgot to carry my pen." (my father),
    # "Do you forget to carry erases?"
    ("Tôi quên mang thước kẻ.", "I forgot to bring my ruler."),
    ("Em quên mang thước kẻ ạ.", "I forgot to bring my ruler."),
    ("Cô ấy quên mang bút chì rồi.", "She forgot to bring her pencil."),
    ("Bố tôi quên mang bút.", "My father forgot to bring his pen."),
    ("Bạn có quên mang cục tẩy không?", "Did you forget to bring your eraser?"),
    # v8: "I lost my pen.", "I'm lost my pencil.", "My mother had lost the bunch.", "He lost the pen."
    ("Tôi làm mất bút rồi.", "I've lost my pen."),
    ("Tôi bị mất bút chì.", "I lost my pencil."),
    ("Mẹ tôi vừa làm mất cục tẩy.", "My mother has just lost her eraser."),
    ("Anh ấy đánh mất bút máy rồi.", "He's lost his fountain pen."),
    # v8: "The penis breaks down.", "My brush was broken.", "My pencil is broken.", "My brush was squiring.", "Your
    # penis needs to be squiring.", "I'm glading my pencil.", "I need the pencil.", "My mother had to gate my pencil."
    ("Bút chì gãy ngòi rồi.", "The pencil lead has broken."),
    ("Bút chì của tôi bị gãy ngòi rồi.", "My pencil lead has broken."),
    ("Ngòi bút chì của tôi bị gãy.", "My pencil lead has broken."),
    ("Bút chì của tôi bị cùn rồi.", "My pencil is blunt."),
    ("Bút chì của bạn cần gọt rồi.", "Your pencil needs sharpening."),
    ("Tôi đang gọt bút chì.", "I'm sharpening my pencil."),
    ("Tôi cần gọt bút chì.", "I need to sharpen my pencil."),
    ("Mẹ tôi phải gọt bút chì.", "My mother has to sharpen her pencil."),
    # not: "em", "anh" alone saying it (the speaker, or a teacher's "you"?), pens borrowed (mt/loans.py), asking to
    # borrow with no "được không", "nhé" after "có thể", a bare "tẩy" or "thước", "gãy" alone (the lead or the
    # pencil?), a pencil's ink, "có" or "không" alone asking, a name alone or "we" forgetting (his or hers? one each?),
    # "I" asked, "có" said without "một" (one or more?), a pet, a habit or asked sharpening, "?" on a statement,
    # "nhỉ", "anh" as whose after "bạn", a printer's ink, English, nonsense
    ("Em quên mang thước kẻ.", None), ("Anh quên mang thước kẻ.", None), ("Cho tôi mượn cái bút được không?", None),
    ("Cho tôi mượn cái bút chì.", None), ("Bạn có thể cho tôi mượn thước kẻ nhé?", None),
    ("Bạn có tẩy không?", None), ("Bạn có thước không?", None), ("Bút chì gãy rồi.", None),
    ("Bút chì hết mực rồi.", None), ("Bút của bạn hết mực không?", None), ("Bút của tôi có hết mực.", None),
    ("Lan quên mang bút chì.", None), ("Chúng tôi quên mang thước kẻ.", None),
    ("Tôi có quên mang bút chì không?", None), ("Tôi có bút chì.", None), ("Con chó của tôi có bút chì không?", None),
    ("Con mèo của tôi làm mất cục tẩy rồi.", None), ("Tôi gọt bút chì.", None),
    ("Bạn có cần gọt bút chì không?", None), ("Tôi làm mất bút chì?", None), ("Tôi không có bút chì?", None),
    ("Bút chì của tôi bị cùn không?", None), ("Bút tôi hết mực rồi nhỉ.", None), ("Có ai có bút chì.", None),
    ("Bạn cho tôi mượn thước kẻ của anh nhé.", None), ("Máy in hết mực rồi.", None),
    ("My pen has run out of ink.", None), ("Bút bút bút.", None),
    # not: "thế", "vậy" ending a statement (so? then?: mt.text.STRESSED_SAID), "em" with "ạ" asking (the speaker: "Do
    # I have …?"), "em" both lending or borrowing and whose (whose is it?)
    ("Bút của tôi hết mực rồi vậy.", None), ("Bút của tôi hết mực thế.", None), ("Tôi làm mất bút rồi vậy.", None),
    ("Tôi đang gọt bút chì thế.", None), ("Em có cục tẩy không ạ?", None),
    ("Em có quên mang thước kẻ không ạ?", None), ("Cho em mượn cục tẩy của em được không?", None),
    ("Em cho em mượn cục tẩy được không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chó của tôi chạy ra khỏi mực." (my dog), "Bán đảo của tôi chạy ra khỏi mực.", "Bán bút của tôi ra khỏi
    # mực.", "Dấu hiệu của anh ấy chạy ra khỏi mực.", "Pen đã chạy ra khỏi mực.", "Peni của bạn ra khỏi mực không?",
    # "Anh của tôi không chạy ra khỏi mực."
    ("My pen has run out of ink.", "Bút của tôi hết mực rồi."),
    ("My pen's run out of ink.", "Bút của tôi hết mực rồi."),
    ("My pen is out of ink.", "Bút của tôi hết mực rồi."),
    ("My mother's pen has run out of ink.", "Bút của mẹ tôi hết mực rồi."),
    ("His marker ran out of ink.", "Bút dạ của anh ấy hết mực rồi."),
    ("The pen has run out of ink.", "Bút hết mực rồi."),
    ("My pen is running out of ink.", "Bút của tôi sắp hết mực."),
    ("Is your pen out of ink?", "Bút của bạn có hết mực không?"),
    ("My pen hasn't run out of ink.", "Bút của tôi chưa hết mực."),
    # v8: "Có thể mượn bút chì không?" (who lost), "Tôi có thể mượn thước đo được không?", "Có thể mượn sắc của bạn
    # được không?", "Bạn có thể cho tôi một kẻ tẩy?", "… một người tô sáng không?", "Tôi có thể mượn bút bóng không?"
    ("Can I borrow a pencil?", "Cho tôi mượn cái bút chì được không?"),
    ("Could I borrow your ruler?", "Cho tôi mượn cái thước kẻ của bạn được không?"),
    ("Can I borrow your sharpener?", "Cho tôi mượn cái gọt bút chì của bạn được không?"),
    ("Can we borrow an eraser?", "Cho chúng tôi mượn cục tẩy được không?"),
    ("Can you lend me an eraser?", "Bạn cho tôi mượn cục tẩy được không?"),
    ("Could you lend us a highlighter?", "Bạn cho chúng tôi mượn cái bút dạ quang được không?"),
    ("May I borrow a ballpoint pen?", "Cho tôi mượn cái bút bi được không?"),
    # v8: "Bạn có kẻ tẩy?", "Bạn có thước đo không?", "Bé có một bút chì không?", "Anh ta không có thước đo.",
    # "Chúng tôi không có một vụ pencil."
    ("Do you have an eraser?", "Bạn có cục tẩy không?"),
    ("Do you have a pencil?", "Bạn có bút chì không?"),
    ("Have you got a ruler?", "Bạn có thước kẻ không?"),
    ("Does she have a pencil sharpener?", "Cô ấy có cái gọt bút chì không?"),
    ("Does anyone have a pencil?", "Có ai có bút chì không?"),
    ("I don't have a pen.", "Tôi không có bút."),
    ("He doesn't have a ruler.", "Anh ấy không có thước kẻ."),
    ("We don't have a pencil case.", "Chúng tôi không có hộp bút."),
    ("I've got a pencil.", "Tôi có một cái bút chì."),
    # v8: "Tôi quên mang thước đo.", "Cô ấy quên mang cây bút chì của mình.", "Cha tôi quên bút chì." (a pencil)
    ("I forgot to bring my ruler.", "Tôi quên mang thước kẻ."),
    ("She forgot to bring her pencil case.", "Cô ấy quên mang hộp bút."),
    ("I forgot my pencil.", "Tôi quên mang bút chì."),
    ("My father forgot his pen.", "Bố tôi quên mang bút."),
    ("Did you forget to bring your ruler?", "Bạn có quên mang thước kẻ không?"),
    # v8: "Tôi đã mất bút.", "Lan đã đánh mất nhà tẩy của mình.", "Cô ấy vừa mất bút chì của mình." (a pencil)
    ("I've lost my pen.", "Tôi làm mất bút rồi."),
    ("I lost my pencil.", "Tôi làm mất bút chì rồi."),
    ("Lan has lost her eraser.", "Lan làm mất cục tẩy rồi."),
    ("She's just lost her fountain pen.", "Cô ấy vừa làm mất bút máy."),
    # v8: "Nguyên nhân dẫn đầu bị vỡ.", "Vấn đề chì của tôi đã phá vỡ.", "Chìa trong bút chì của tôi bị dính.", "Vấn đề
    # của tôi là bừa bãi.", "Pencil của bạn cần sắc bén.", "Tôi đang sắc bút chì của tôi.", "Mẹ tôi phải sắc bút chì"
    ("The pencil lead has broken.", "Bút chì gãy ngòi rồi."),
    ("My pencil lead broke.", "Bút chì của tôi gãy ngòi rồi."),
    ("The lead in my pencil snapped.", "Bút chì của tôi gãy ngòi rồi."),
    ("My pencil is blunt.", "Bút chì của tôi bị cùn."),
    ("Your pencil needs sharpening.", "Bút chì của bạn cần gọt."),
    ("I'm sharpening my pencil.", "Tôi đang gọt bút chì."),
    ("I need to sharpen my pencil.", "Tôi cần gọt bút chì."),
    ("My mother has to sharpen her pencil.", "Mẹ tôi phải gọt bút chì."),
    # not: "Has … run out?" (yet?), pens borrowed (mt/loans.py), "please", "rubber" (a condom in America), "May you",
    # "a" for "an", the verb not agreeing, another's thing, "we" forgetting, a pencil "broke" (the lead?), a habit,
    # many pens, a printer's ink, "any", "?" on a statement, Vietnamese
    ("Has your pen run out of ink?", None), ("Can I borrow your pen?", None), ("Can I borrow a pencil, please?", None),
    ("Have you got a rubber?", None), ("May you lend me a pencil?", None), ("Can I borrow a eraser?", None),
    ("She have a pencil.", None), ("Do he have a ruler?", None), ("Does you have an eraser?", None),
    ("I forgot her pencil.", None), ("We forgot to bring our rulers.", None), ("I lost your pen.", None),
    ("He have lost his pen.", None), ("My pencil broke.", None), ("My pencil needs sharpening?", None),
    ("I sharpen my pencil.", None), ("She are sharpening her pencil.", None), ("My pens have run out of ink.", None),
    ("The printer has run out of ink.", None), ("Do you have any pencils?", None), ("My pen ran out of ink?", None),
    ("My pencil lead has broke.", None), ("Is your pen run out of ink?", None), ("I don't have a pen?", None),
    ("Tôi không có bút.", None),
    # not: a pet (as Vietnamese is left: mt.hobbies.animal)
    ("My dog has a pencil.", None), ("Does your dog have a pencil?", None), ("My cat doesn't have a pen.", None),
    ("My dog forgot his pen.", None), ("My dog lost his pen.", None), ("My dog is sharpening his pencil.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
