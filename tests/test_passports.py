"""Passports and ID cards got, replaced, renewed, collected, ready, expiring and lost, and temporary residence
registered, both ways (mt/passports.py)."""
import pytest

from mt.passports import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to go back to passport.", "I have to leave the footnotes.", "My mother needs to replicate the
    # message.", "He wanted to do a new passport.", "She must change CCCD.", "Do you do the footnotes?"
    ("Tôi phải đi làm lại hộ chiếu.", "I have to get a new passport."),
    ("Tôi phải đi làm lại căn cước.", "I have to get a new ID card."),
    ("Mẹ tôi cần làm lại chứng minh thư.", "My mother needs to get a new ID card."),
    ("Anh ấy muốn làm mới hộ chiếu.", "He wants to get a new passport."),
    ("Chị tôi phải đi đổi CCCD.", "My sister has to get a new ID card."),
    ("Bạn có phải làm lại căn cước không?", "Do you have to get a new ID card?"),
    # v8: "I don't need to do the footnotes.", "Do you define footnotes?", "Lan will go back to the footnote.", "I'm
    # doing the footnote.", "My child must go to the footnote.", "I need to do a footnote."
    ("Tôi không cần làm lại căn cước.", "I don't need to get a new ID card."),
    ("Bạn có định làm lại căn cước không?", "Do you plan to get a new ID card?"),
    ("Lan sẽ đi làm lại căn cước.", "Lan will get a new ID card."),
    ("Tôi đang làm lại căn cước.", "I'm getting a new ID card."),
    ("Con tôi phải đi làm căn cước.", "My child has to get an ID card."),
    ("Tôi cần làm căn cước.", "I need to get an ID card."),
    ("Bố tôi sẽ làm hộ chiếu mới.", "My father will get a new passport."),
    # v8: "I limited passport.", "Are you limited passport?", "I haven't been limited to passport.", "My mother had
    # limited passport.", "He's going to limit passport.", "She will limit passport."
    ("Tôi đã gia hạn hộ chiếu rồi.", "I've renewed my passport."),
    ("Bạn đã gia hạn hộ chiếu chưa?", "Have you renewed your passport yet?"),
    ("Tôi chưa gia hạn hộ chiếu.", "I haven't renewed my passport yet."),
    ("Mẹ tôi vừa gia hạn hộ chiếu.", "My mother has just renewed her passport."),
    ("Anh ấy đang gia hạn hộ chiếu.", "He's renewing his passport."),
    ("Cô ấy sẽ gia hạn hộ chiếu.", "She'll renew her passport."),
    # v8: "I must get passport.", "Aunt Lan requires a footnote base."
    ("Tôi phải đi lấy hộ chiếu.", "I have to collect my passport."),
    ("Bác Lan cần đi lấy căn cước.", "Aunt Lan needs to collect her ID card."),
    # v8: "I register temporary.", "Do you register the temporary?", "I don't register temporary.", "We must go to
    # register the temporary.", "My mother had just registered temporary.", "They have registered temporarys."
    ("Tôi đăng ký tạm trú rồi.", "I've registered my temporary residence."),
    ("Bạn đã đăng ký tạm trú chưa?", "Have you registered your temporary residence yet?"),
    ("Tôi chưa đăng ký tạm trú.", "I haven't registered my temporary residence yet."),
    ("Chúng tôi phải đi đăng ký tạm trú.", "We have to register our temporary residence."),
    ("Mẹ tôi vừa đăng ký tạm trú.", "My mother has just registered her temporary residence."),
    ("Tôi sẽ đăng ký tạm trú.", "I'll register my temporary residence."),
    ("Họ đã đăng ký tạm trú rồi.", "They've registered their temporary residence."),
    ("Anh có phải đăng ký tạm trú không?", "Do you have to register your temporary residence?"),
    # v8: "My passport There is already.", "Your passport Isn't?", "My footnote has not yet been present.", "My
    # mother's passport was done."
    ("Hộ chiếu của tôi có rồi.", "My passport is ready."),
    ("Hộ chiếu của bạn có chưa?", "Is your passport ready yet?"),
    ("Căn cước của tôi chưa có.", "My ID card isn't ready yet."),
    ("Hộ chiếu của mẹ tôi làm xong rồi.", "My mother's passport is ready."),
    # v8: "My passport is about to expire." (right), "My passport terminates.", "My mother's footnote is going to be
    # limited.", "My CCCD is expired.", "My passport Long term.", "His passport long term expired."
    ("Hộ chiếu của tôi sắp hết hạn.", "My passport is about to expire."),
    ("Hộ chiếu của tôi sắp hết hạn rồi.", "My passport is about to expire."),
    ("Căn cước của mẹ tôi sắp hết hạn rồi.", "My mother's ID card is about to expire."),
    ("CCCD của tôi hết hạn rồi.", "My ID card has expired."),
    ("Hộ chiếu của tôi hết hạn lâu rồi.", "My passport expired a long time ago."),
    ("Hộ chiếu của anh ấy đã hết hạn từ lâu.", "His passport expired a long time ago."),
    # v8: "I've lost my ID card." (right), "I'm lost by CCCD.", "My mother has lost her ID card." (right), "I lost
    # my passport should have to leave.", "My mother was lost a footnote, which would need to do again."
    ("Tôi bị mất căn cước.", "I've lost my ID card."),
    ("Tôi bị mất CCCD.", "I've lost my ID card."),
    ("Mẹ tôi làm mất chứng minh thư rồi.", "My mother has lost her ID card."),
    ("Tôi bị mất hộ chiếu nên phải làm lại.", "I've lost my passport, so I have to get a new one."),
    ("Mẹ tôi bị mất căn cước nên cần làm lại.", "My mother has lost her ID card, so she needs to get a new one."),
    # v8: "How long does the footnote?", "Change CCCD for days?", "How long does the temporary register?", "How long
    # does the passport lose?"
    ("Làm căn cước mất bao lâu?", "How long does it take to get an ID card?"),
    ("Làm lại căn cước mất bao lâu?", "How long does it take to get a new ID card?"),
    ("Đổi CCCD mất mấy ngày?", "How many days does it take to get a new ID card?"),
    ("Đăng ký tạm trú mất bao lâu?", "How long does it take to register for temporary residence?"),
    ("Làm mới hộ chiếu mất bao lâu?", "How long does it take to get a new passport?"),
    # v8: "When did I get passport?", "When will my mother get passport?", "How do I get a footnote?"
    ("Khi nào tôi lấy được hộ chiếu?", "When can I get my passport?"),
    ("Bao giờ mẹ tôi lấy được hộ chiếu?", "When can my mother get her passport?"),
    ("Tôi có thể lấy được căn cước khi nào?", "When can I get my ID card?"),
    # not: "làm lại" or "làm" done (got it, or applied?), "đã" with no "rồi", "đi" with no modal (went, or goes?),
    # a plain "có" (had, or ready?), "hết hạn" alone (expires, or has?), "we" or "our" with papers (one or several?),
    # whose own of a name alone (his or hers?), "anh" saying it, a passport lost alone (mt/mishaps.py's), a pet, a
    # "?" on a statement, "không?" with no "có", "cần phải", "bao giờ" after (when did?), other meanings of "làm",
    # "đổi", "mất", and the other way's language
    ("Tôi đã làm lại hộ chiếu rồi.", None), ("Bạn làm căn cước chưa?", None), ("Tôi đã đăng ký tạm trú.", None),
    ("Tôi đi đăng ký tạm trú rồi.", None), ("Tôi đăng ký tạm trú.", None), ("Hộ chiếu của tôi có.", None),
    ("Hộ chiếu của tôi hết hạn.", None), ("Chúng tôi phải làm lại hộ chiếu.", None),
    ("Hộ chiếu của chúng tôi có rồi.", None), ("Lan đã đăng ký tạm trú rồi.", None),
    ("Lan bị mất CCCD nên phải làm lại.", None), ("Anh phải làm lại hộ chiếu.", None), ("Tôi bị mất hộ chiếu.", None),
    ("Con chó của tôi phải làm lại hộ chiếu.", None), ("Tôi phải làm lại hộ chiếu?", None),
    ("Hộ chiếu của tôi có rồi?", None), ("Tôi cần làm lại căn cước không?", None),
    ("Tôi đăng ký tạm trú rồi không?", None), ("Tôi cần phải làm lại căn cước.", None),
    ("Lan lấy được hộ chiếu bao giờ?", None), ("Tôi lấy hộ chiếu.", None), ("Tôi phải đi lấy hộ chiếu rồi.", None),
    ("Tôi muốn đổi tiền.", None), ("Làm lại hộ chiếu mất bao nhiêu tiền?", None), ("Hộ chiếu mất bao lâu?", None),
    ("Tôi làm mất hộ chiếu của bạn.", None), ("I have to get a new ID card.", None), ("Căn cước lâu rồi.", None),
    # review: "an ID card" renewed; "nhỉ" on a statement (isn't it?) left; whose without "của" before "có" is who has
    # one ("Hộ chiếu bạn có chưa?": have you got a passport yet?), left
    ("Gia hạn căn cước mất bao lâu?", "How long does it take to renew an ID card?"),
    ("Tôi phải đăng ký tạm trú nhỉ.", None), ("Tôi gia hạn hộ chiếu rồi nhỉ.", None),
    ("Tôi chưa gia hạn hộ chiếu nhỉ.", None), ("Hộ chiếu của tôi sắp hết hạn nhỉ.", None),
    ("Hộ chiếu của tôi có chưa nhỉ?", "Is my passport ready yet?"),
    ("Hộ chiếu bạn có chưa?", None), ("Hộ chiếu tôi chưa có.", None), ("Căn cước mẹ tôi có rồi.", None),
    ("Hộ chiếu tôi làm xong rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải lấy hộ chiếu của tôi đổi mới.", "Tôi phải lấy một thẻ ID mới.", "Tôi cần một thẻ ID mới.", "Mẹ
    # tôi cần thay thế thẻ ID của mình.", "Lan sẽ được chiếu lại hộ chiếu.", "Tôi đang lấy một thẻ ID mới."
    ("I have to get my passport renewed.", "Tôi phải đi gia hạn hộ chiếu."),
    ("I have to get a new ID card.", "Tôi phải làm thẻ căn cước mới."),
    ("I need a new ID card.", "Tôi cần làm thẻ căn cước mới."),
    ("Do you need a new passport?", "Bạn có cần làm hộ chiếu mới không?"),
    ("My mother needs to replace her ID card.", "Mẹ tôi cần làm lại thẻ căn cước."),
    ("She doesn't want to replace her passport.", "Cô ấy không muốn làm lại hộ chiếu."),
    ("Does he have to renew his ID card?", "Anh ấy có phải gia hạn thẻ căn cước không?"),
    ("Lan will get her passport renewed.", "Lan sẽ đi gia hạn hộ chiếu."),
    ("I'm getting a new ID card.", "Tôi đang làm thẻ căn cước mới."),
    # v8: "Con trai tôi phải nhận thẻ nhận dạng.", "Tôi phải đi và thu thập hộ chiếu của tôi.", "Cô ấy cần chọn thẻ
    # nhận dạng của mình."
    ("My son has to get an ID card.", "Con trai tôi phải làm thẻ căn cước."),
    ("I have to go and collect my passport.", "Tôi phải đi lấy hộ chiếu."),
    ("She needs to pick up her ID card.", "Cô ấy cần đi lấy thẻ căn cước."),
    # v8: "Tôi đã đổi mới hộ chiếu của tôi.", "Bạn có phải đổi mới các cuộc chiếu hộ chiếu chưa?", "Anh ấy vừa mới
    # đổi mới hộ chiếu của anh ấy.", "Cha tôi đổi mới hộ chiếu của anh ấy."
    ("I've renewed my passport.", "Tôi đã gia hạn hộ chiếu rồi."),
    ("Have you renewed your passport yet?", "Bạn đã gia hạn hộ chiếu chưa?"),
    ("I haven't renewed my passport yet.", "Tôi chưa gia hạn hộ chiếu."),
    ("He has just renewed his passport.", "Anh ấy vừa gia hạn hộ chiếu."),
    ("My father renewed his passport.", "Bố tôi đã gia hạn hộ chiếu."),
    # v8: "Tôi đã đăng ký tên miền tạm thời của tôi.", "Bạn đã đăng ký tên bên tạm thời của mình chưa?", "Chúng ta
    # phải đăng ký tên miền tạm thời của chúng ta.", "Bạn có phải đăng ký lại tạm thời không?"
    ("I've registered my temporary residence.", "Tôi đã đăng ký tạm trú rồi."),
    ("Have you registered your temporary residence yet?", "Bạn đã đăng ký tạm trú chưa?"),
    ("I haven't registered my temporary residence yet.", "Tôi chưa đăng ký tạm trú."),
    ("We have to register our temporary residence.", "Chúng tôi phải đăng ký tạm trú."),
    ("She's just registered her temporary residence.", "Cô ấy vừa đăng ký tạm trú."),
    ("I'll register my temporary residence.", "Tôi sẽ đăng ký tạm trú."),
    ("Do you have to register for temporary residence?", "Bạn có phải đăng ký tạm trú không?"),
    ("They're registering their temporary residence.", "Họ đang đăng ký tạm trú."),
    # v8: "Hộ chiếu của tôi đã sẵn sàng.", "Bạn có sẵn hộ chiếu chưa?", "Mẹ tôi có sẵn hộ chiếu chưa?", "Hộ chiếu
    # của tôi đã hết hạn một thời gian dài."
    ("My passport is ready.", "Hộ chiếu của tôi có rồi."),
    ("Is your passport ready yet?", "Hộ chiếu của bạn có chưa?"),
    ("My ID card isn't ready yet.", "Thẻ căn cước của tôi chưa có."),
    ("Is my mother's passport ready?", "Hộ chiếu của mẹ tôi có chưa?"),
    ("My passport expired a long time ago.", "Hộ chiếu của tôi hết hạn lâu rồi."),
    # v8: "Tôi đã mất thẻ nhận dạng của tôi, vì vậy tôi phải có một cái mới.", "Mẹ tôi đã mất đi hộ chiếu của cô ấy,
    # vì vậy cô cần đến một người mới."
    ("I lost my ID card, so I have to get a new one.", "Tôi bị mất thẻ căn cước nên phải làm lại."),
    ("My mother has lost her passport, so she needs to get a new one.", "Mẹ tôi bị mất hộ chiếu nên cần làm lại."),
    # v8: "Phải lấy một thẻ nhận dạng bao lâu?", "Phải thay thế khoảng thời gian hộ chiếu?", "Phải đăng ký lại thời
    # gian bao lâu?", "Khi nào có thể thu thập thẻ ID của mình?"
    ("How long does it take to get an ID card?", "Làm thẻ căn cước mất bao lâu?"),
    ("How long does it take to get a new ID card?", "Làm thẻ căn cước mới mất bao lâu?"),
    ("How long does it take to replace a passport?", "Làm lại hộ chiếu mất bao lâu?"),
    ("How many days does it take to get a new ID card?", "Làm thẻ căn cước mới mất mấy ngày?"),
    ("How long does it take to register for temporary residence?", "Đăng ký tạm trú mất bao lâu?"),
    ("When can I get my passport?", "Khi nào tôi lấy được hộ chiếu?"),
    ("When can she collect her ID card?", "Khi nào cô ấy lấy được thẻ căn cước?"),
    # not: the verb not agreeing ("She have", "I needs", "Does she needs"), whose another's ("He … her", "I … your"),
    # "a" or "an" not as the word sounds, "I need an ID card" (had, or got?), "got" (had, or got?), getting it
    # renewed in progress, a pet, plural papers, a "?" on a statement and a statement asked, "yet" said, "lost …, so
    # she", and the other way's language
    ("She have to renew her passport.", None), ("I needs a new ID card.", None),
    ("Does she needs to replace her ID card?", None), ("He needs to renew her passport.", None),
    ("I have to renew your passport.", None), ("I have to get a ID card.", None),
    ("I have to get an new passport.", None), ("I need an ID card.", None), ("I've got a new passport.", None),
    ("I'm getting my passport renewed.", None), ("My dog needs a new passport.", None),
    ("Our passports are ready.", None), ("Is your passport ready.", None), ("My passport is ready?", None),
    ("My passport is ready yet.", None), ("She has registered her temporary residence yet.", None),
    ("I have just renewed my passport yet.", None), ("How long does it take to renew a ID card?", None),
    ("I lost my ID card, so she has to get a new one.", None), ("When can I get your passport?", None),
    ("I renew my passport.", None), ("Are you getting a new passport?", None),
    ("The passport office is closed.", None), ("I already registered my temporary residence.", None),
    ("Tôi phải đi làm lại hộ chiếu.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
