"""E-mail at work: an email sent to the wrong person, replied to, received, sent, checked or gone to spam, and a file
not attached, both ways (mt/emails.py)."""
import pytest

from mt.emails import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I miss my email.", "I send wrong email.", "I was just wrong to send my email.", "Did you miss the email?"
    ("Tôi gửi nhầm email rồi.", "I sent the email to the wrong person."),
    ("Tôi gửi email nhầm người rồi.", "I sent the email to the wrong person."),
    ("Tôi đã gửi nhầm email.", "I sent the email to the wrong person."),
    ("Tôi vừa gửi nhầm email.", "I just sent the email to the wrong person."),
    ("Lan gửi nhầm email rồi.", "Lan sent the email to the wrong person."),
    ("Chúng tôi gửi nhầm email rồi.", "We sent the email to the wrong person."),
    ("Anh ấy không gửi nhầm email.", "He didn't send the email to the wrong person."),
    ("Bạn gửi nhầm email à?", "Did you send the email to the wrong person?"),
    ("Bạn có gửi nhầm email không?", "Did you send the email to the wrong person?"),
    # v8: "I don't answer customer email.", "My mother answered the customer email."
    ("Tôi chưa trả lời email của khách hàng.", "I haven't replied to the client's email yet."),
    ("Mẹ tôi đã trả lời email của khách hàng.", "My mother replied to the client's email."),
    ("Tôi trả lời email của khách hàng rồi.", "I've replied to the client's email."),
    ("Lan không trả lời email của khách hàng.", "Lan didn't reply to the client's email."),
    ("Tôi vẫn chưa trả lời email của sếp.", "I still haven't replied to my boss's email."),
    ("Chúng tôi phải trả lời email của sếp.", "We have to reply to our boss's email."),
    ("Tôi sẽ trả lời email của khách hàng.", "I'll reply to the client's email."),
    ("Tôi đang trả lời email của khách hàng.", "I'm replying to the client's email."),
    ("Tôi quên trả lời email của mẹ tôi rồi.", "I forgot to reply to my mother's email."),
    ("Bác Hùng chưa trả lời email của khách hàng.", "Uncle Hung hasn't replied to the client's email yet."),
    ("Bạn trả lời email của khách hàng chưa?", "Have you replied to the client's email yet?"),
    ("Bạn đã trả lời email của tôi chưa?", "Have you replied to my email yet?"),
    ("Bạn có trả lời email của khách hàng không?", "Did you reply to the client's email?"),
    # v8: "I'm not receiving your email.", "I get your email."
    ("Tôi chưa nhận được email của bạn.", "I haven't received your email yet."),
    ("Tôi nhận được email của bạn rồi.", "I've received your email."),
    ("Tôi vừa nhận được email của khách hàng.", "I just received the client's email."),
    ("Tôi vẫn chưa nhận được email của sếp.", "I still haven't received my boss's email."),
    ("Mẹ tôi không nhận được email của tôi.", "My mother didn't receive my email."),
    ("Tôi nhận được email của Lan rồi.", "I've received Lan's email."),
    ("Bạn nhận được email của khách hàng chưa?", "Have you received the client's email yet?"),
    ("Anh ấy có nhận được email của khách hàng không?", "Did he receive the client's email?"),
    # v8: "I must send email to my boss.", "I need to send email to customers.", "I'm not sending email to customers."
    ("Tôi phải gửi email cho sếp.", "I have to email my boss."),
    ("Tôi cần gửi email cho khách hàng.", "I need to email the client."),
    ("Mẹ tôi phải gửi email cho tôi.", "My mother has to email me."),
    ("Tôi quên gửi email cho sếp.", "I forgot to email my boss."),
    ("Tôi chưa gửi email cho khách hàng.", "I haven't emailed the client yet."),
    ("Tôi đã gửi email cho khách hàng rồi.", "I've emailed the client."),
    ("Tôi đã gửi email cho khách hàng.", "I emailed the client."),
    ("Tôi đã gửi email cho anh ấy rồi.", "I've emailed him."),
    ("Bạn gửi email cho khách hàng chưa?", "Have you emailed the client yet?"),
    # v8: "I always check my email.", "Every day my mom checks my mail." (whose), "You check your email."
    ("Sáng nào tôi cũng kiểm tra email.", "I check my email every morning."),
    ("Ngày nào mẹ tôi cũng check mail.", "My mother checks her email every day."),
    ("Tôi kiểm tra email mỗi sáng.", "I check my email every morning."),
    ("Anh ấy đang kiểm tra email.", "He's checking his email."),
    ("Tôi kiểm tra email rồi.", "I've checked my email."),
    ("Tôi chưa kiểm tra email.", "I haven't checked my email yet."),
    ("Tôi sẽ kiểm tra email.", "I'll check my email."),
    ("Bạn đã kiểm tra email chưa?", "Have you checked your email yet?"),
    ("Bạn kiểm tra thư rác chưa?", "Have you checked your spam folder yet?"),
    ("Bạn kiểm tra email đi.", "Check your email."),
    ("Bạn thử kiểm tra thư rác xem.", "Try checking your spam folder."),
    # v8: "I forgot to attachment.", "My mother forgets the attachment.", "Did you forget to snap the file?"
    ("Tôi quên đính kèm file.", "I forgot to attach the file."),
    ("Mẹ tôi quên đính kèm file rồi.", "My mother forgot to attach the file."),
    ("Mẹ tôi lại quên đính kèm file vào email.", "My mother forgot to attach the file to the email again."),
    ("Tôi quên gửi kèm tài liệu.", "I forgot to attach the document."),
    ("Tôi không quên đính kèm file.", "I didn't forget to attach the file."),
    ("Bạn quên đính kèm file à?", "Did you forget to attach the file?"),
    ("Bạn có quên đính kèm file không?", "Did you forget to attach the file?"),
    ("Đừng quên đính kèm file nhé.", "Don't forget to attach the file."),
    ("Nhớ đính kèm file vào email nhé.", "Remember to attach the file to the email."),
    # v8: "Your email was in the spam.", "This email is crashed in the spam."
    ("Email của bạn bị vào thư rác.", "Your email went to spam."),
    ("Email này bị rơi vào thư rác rồi.", "This email went to spam."),
    ("Email bị vào thư rác.", "The email went to spam."),
    ("Email của khách hàng bị vào thư rác.", "The client's email went to spam."),
    ("Email của mẹ tôi vào thư rác rồi.", "My mother's email went to spam."),
    ("Email của tôi có bị vào thư rác không?", "Did my email go to spam?"),
    ("Email của bạn bị vào thư rác à?", "Did your email go to spam?"),
    # not: mt/messages.py's ("Tôi chưa trả lời email của cô ấy.", "Bạn nhận được email của tôi chưa?", "Tôi đã gửi
    # email cho anh ấy."), a bare verb (done, or a habit?), "gửi nhầm email cho …" (the wrong person, or the wrong
    # email?), "email khách hàng" (clients' emails?), "sếp" alone said by another (whose boss?), a name's own email
    # (his or hers?), "mình" after a third person, asked of oneself, "anh" saying it, a pet, a "?" on a statement,
    # "có" with no "không", an email hacked (mt/scams.py)
    ("Tôi chưa trả lời email của cô ấy.", None), ("Bạn nhận được email của tôi chưa?", None),
    ("Tôi đã gửi email cho anh ấy.", None), ("Tôi gửi nhầm email.", None), ("Tôi kiểm tra email.", None),
    ("Tôi gửi nhầm email cho sếp.", None), ("Tôi chưa trả lời email khách hàng.", None),
    ("Anh ấy vẫn chưa trả lời email của sếp.", None), ("Lan quên gửi email cho sếp.", None),
    ("Email của sếp bị vào thư rác.", None), ("Ngày nào Lan cũng kiểm tra email.", None),
    ("Anh ấy đã trả lời email của mình chưa?", None), ("Tôi có trả lời email của khách hàng không?", None),
    ("Anh gửi nhầm email rồi.", None), ("Con chó của tôi gửi nhầm email rồi.", None),
    ("Tôi gửi nhầm email rồi?", None), ("Email của bạn bị vào thư rác?", None),
    ("Bạn có quên đính kèm file.", None), ("Tôi chưa trả lời email của tôi.", None),
    ("Tôi sẽ nhận được email của bạn.", None), ("Email của tôi bị hack.", None),
    ("Tôi quên mật khẩu email rồi.", None), ("I forgot to attach the file.", None),
    ("Tôi không gửi email cho khách hàng.", None),  # (didn't, or a habit?)
    # ... asked with "có … không?" of checking or emailing (did, or a habit?: "Do you check your email?")
    ("Bạn có kiểm tra email không?", None), ("Anh ấy có kiểm tra thư rác không?", None),
    ("Bạn có gửi email cho khách hàng không?", None), ("Mẹ tôi có gửi email cho bạn không?", None),
    # ... someone (not a pronoun) replying to their own email, or emailing themself
    ("Mẹ tôi chưa trả lời email của mẹ tôi.", None), ("Bác Hùng đã trả lời email của Bác Hùng.", None),
    ("Lan phải gửi email cho Lan.", None), ("Mẹ tôi phải gửi email cho mẹ tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi gởi thư cho người sai.", "Bạn có gửi thư cho người sai không?", "Cô ấy vừa gởi thư cho người không đúng."
    ("I sent the email to the wrong person.", "Tôi gửi nhầm email rồi."),
    ("She just sent the email to the wrong person.", "Cô ấy vừa gửi nhầm email."),
    ("He sent an email to the wrong person.", "Anh ấy gửi nhầm email rồi."),
    ("She didn't send the email to the wrong person.", "Cô ấy không gửi nhầm email."),
    ("Did you send the email to the wrong person?", "Bạn có gửi nhầm email không?"),
    # v8: "Tôi chưa trả lời cho email của khách hàng.", "Bạn đã trả lời thư điện tử của khách hàng chưa?"
    ("I haven't replied to the client's email yet.", "Tôi chưa trả lời email của khách hàng."),
    ("My mother replied to the client's email.", "Mẹ tôi đã trả lời email của khách hàng."),
    ("I've replied to the client's email.", "Tôi trả lời email của khách hàng rồi."),
    ("Lan didn't reply to the client's email.", "Lan không trả lời email của khách hàng."),
    ("I still haven't replied to my boss's email.", "Tôi vẫn chưa trả lời email của sếp."),
    ("He still hasn't replied to my boss's email.", "Anh ấy vẫn chưa trả lời email của sếp tôi."),
    ("She has to reply to the client's email.", "Cô ấy phải trả lời email của khách hàng."),
    ("I'll reply to her email.", "Tôi sẽ trả lời email của cô ấy."),
    ("I'm replying to the client's email.", "Tôi đang trả lời email của khách hàng."),
    ("Have you replied to the client's email yet?", "Bạn đã trả lời email của khách hàng chưa?"),
    ("Has he replied to the client's email?", "Anh ấy đã trả lời email của khách hàng chưa?"),
    # v8: "Tôi nhận được email của bạn.", "Bạn đã nhận thư của tôi chưa?"
    ("I haven't received your email yet.", "Tôi chưa nhận được email của bạn."),
    ("I got your email.", "Tôi đã nhận được email của bạn."),
    ("I just got the client's email.", "Tôi vừa nhận được email của khách hàng."),
    ("My mother didn't get my email.", "Mẹ tôi không nhận được email của tôi."),
    ("Did you get the client's email?", "Bạn có nhận được email của khách hàng không?"),
    ("Have you received my email yet?", "Bạn đã nhận được email của tôi chưa?"),
    ("Has your mother received my email?", "Mẹ bạn đã nhận được email của tôi chưa?"),
    # v8: "Tôi phải gởi cho Sếp.", "Tôi cần email cho khách hàng.", "Tôi chưa gửi thư cho khách hàng."
    ("I have to email my boss.", "Tôi phải gửi email cho sếp."),
    ("She has to email my boss.", "Cô ấy phải gửi email cho sếp tôi."),
    ("I need to email the client.", "Tôi cần gửi email cho khách hàng."),
    ("He needs to email the client.", "Anh ấy cần gửi email cho khách hàng."),
    ("I forgot to email my mother.", "Tôi quên gửi email cho mẹ tôi."),
    ("I haven't emailed the client yet.", "Tôi chưa gửi email cho khách hàng."),
    ("I've emailed the client.", "Tôi gửi email cho khách hàng rồi."),
    ("I'll email the client.", "Tôi sẽ gửi email cho khách hàng."),
    ("Have you emailed the client yet?", "Bạn đã gửi email cho khách hàng chưa?"),
    # v8: "Tôi kiểm tra email mỗi buổi sáng.", "Tôi đang kiểm tra email của tôi.", "Hãy kiểm tra email của bạn."
    ("I check my email every morning.", "Sáng nào tôi cũng kiểm tra email."),
    ("She checks her email every day.", "Ngày nào cô ấy cũng kiểm tra email."),
    ("My mother checks her email every evening.", "Tối nào mẹ tôi cũng kiểm tra email."),
    ("I'm checking my email.", "Tôi đang kiểm tra email."),
    ("He's checking his email.", "Anh ấy đang kiểm tra email."),
    ("I've checked my email.", "Tôi kiểm tra email rồi."),
    ("I haven't checked my email yet.", "Tôi chưa kiểm tra email."),
    ("Have you checked your email?", "Bạn đã kiểm tra email chưa?"),
    ("Have you checked your spam folder?", "Bạn đã kiểm tra thư rác chưa?"),
    ("Check your email.", "Bạn kiểm tra email đi."),
    ("Try checking your spam folder.", "Bạn thử kiểm tra thư rác xem."),
    # v8: "Tôi quên gắn tập tin.", "Cô ấy quên gắn tập tin này.", "Đừng quên gắn tập tin này." (fasten)
    ("I forgot to attach the file.", "Tôi quên đính kèm file."),
    ("She forgot to attach the file.", "Cô ấy quên đính kèm file."),
    ("She forgot to attach the file to the email again.", "Cô ấy lại quên đính kèm file vào email."),
    ("He forgot to attach the document.", "Anh ấy quên đính kèm tài liệu."),
    ("Did you forget to attach the file?", "Bạn có quên đính kèm file không?"),
    ("Don't forget to attach the file.", "Đừng quên đính kèm file nhé."),
    ("Remember to attach the file to the email.", "Nhớ đính kèm file vào email nhé."),
    # v8: "Thư điện tử của bạn đi spam.", "Thư điện tử đã đi spam."
    ("Your email went to spam.", "Email của bạn bị vào thư rác."),
    ("The email has gone to spam.", "Email bị vào thư rác rồi."),
    ("This email went to spam.", "Email này bị vào thư rác."),
    ("The client's email went to spam.", "Email của khách hàng bị vào thư rác."),
    ("My mother's email went into the spam folder.", "Email của mẹ tôi bị vào thư rác."),
    ("Did my email go to spam?", "Email của tôi có bị vào thư rác không?"),
    # not: mt/messages.py's ("Did you get my email?", "He didn't reply to my email.", "I emailed him.", "I'll email
    # him."), verbs not agreeing with who ("She have to", "He need to", "She check", "He haven't"), "sent" or "went"
    # not going with the question, another's email checked, a plain habit with no "every", "I've got your email"
    # (received, or has the address?), asked of oneself, one's own email replied to, a pet, a hacked email
    ("Did you get my email?", None), ("He didn't reply to my email.", None), ("I emailed him.", None),
    ("I'll email him.", None), ("She have to reply to the client's email.", None),
    ("He need to email the client.", None), ("She check her email every day.", None),
    ("He haven't replied to the client's email yet.", None), ("I send the email to the wrong person.", None),
    ("Did your email went to spam?", None), ("Your email go to spam.", None), ("She checks my email every day.", None),
    ("I'm checking your email.", None), ("I check my email.", None), ("I've got your email.", None),
    ("Did I send the email to the wrong person?", None), ("I replied to my email.", None),
    ("I have to email me.", None), ("My dog sent the email to the wrong person.", None),
    ("My email got hacked.", None), ("I forget to attach the file.", None), ("Did you get the email?", None),
    ("Tôi quên đính kèm file.", None),
    # a habit said in the past ("Ngày nào tôi cũng …" is now), or with no verb agreeing
    ("I checked my email every day.", None), ("She checked her email every morning.", None),
    ("They checked their spam folder every week.", None), ("I checking my email every day.", None),
    ("He checking his email every evening.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
