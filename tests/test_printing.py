"""Printing, photocopying and scanning: asking for it, who does it, how many copies, the printer not printing, where
to print, both ways (mt/printing.py)."""
import pytest

from mt.printing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Print to help me.", "Do you help me?", "Can you save this document?", "Two sides.", "You're two sides."
    ("Bạn in giúp tôi cái này nhé.", "Can you print this for me?"),
    ("Bạn in giúp tôi cái này được không?", "Can you print this for me?"),
    ("Bạn có thể in cái này cho tôi không?", "Can you print this for me?"),
    ("Bạn photo giúp tôi tài liệu này được không?", "Can you photocopy this document for me?"),
    ("Bạn photo giúp tôi cái này nhé.", "Can you photocopy this for me?"),
    ("Bạn in giúp tôi cái này nhé?", "Can you print this for me?"),
    ("Bạn quét cái này giúp tôi được không?", "Can you scan this for me?"),
    ("Bạn in giúp tôi hai bản nhé.", "Can you print two copies for me?"),
    ("Bạn in cái này hai mặt được không?", "Can you print this double-sided?"),
    ("Bạn có thể photo hộ chiếu của tôi không?", "Can you photocopy my passport?"),
    ("Chị photo giúp em cái này được không?", "Can you photocopy this for me?"),
    ("Bạn in hai mặt nhé.", "Can you print it double-sided?"),
    ("In hai mặt nhé.", "Please print it double-sided."),
    ("Làm ơn in hai bản.", "Please print two copies."),
    ("In đen trắng.", "Print it in black and white."),
    # v8: "I need two copies.", "I'll have a photo.", "I'll chew it.", "My mother wanted the passport photo."
    ("Tôi cần in hai bản.", "I need to print two copies."),
    ("Tôi sẽ photo nó.", "I'll photocopy it."),
    ("Tôi sẽ phô-tô cái này.", "I'll photocopy this."),
    ("Tôi cần photo hộ chiếu.", "I need to photocopy my passport."),
    ("Mẹ tôi muốn photo hộ chiếu.", "My mother would like to photocopy her passport."),
    ("Tôi muốn in tài liệu này.", "I'd like to print this document."),
    ("Tôi muốn photo hai bản.", "I'd like to make two copies."),
    ("Bố tôi phải in hợp đồng này.", "My father has to print this contract."),
    # v8: "He is in this document.", "I've been printing it.", "Do you have finished?"
    ("Anh ấy đang in tài liệu này.", "He's printing this document."),
    ("Tôi đã in nó rồi.", "I've printed it."),
    ("Lan vừa scan hợp đồng của tôi.", "Lan has just scanned my contract."),
    ("Bạn đã in chưa?", "Have you printed it yet?"),
    ("Tôi in cái này được không?", "Can I print this?"),
    ("Tôi không in được.", "I can't print."),
    ("Bạn có cần in cái này không?", "Do you need to print this?"),
    ("Bạn cần in bao nhiêu bản?", "How many copies do you need?"),
    ("Mẹ tôi cần bao nhiêu bản?", "How many copies does my mother need?"),
    # v8: "Printer could not be printed.", "Printer is not printed anymore."
    ("Máy in không in được.", "The printer isn't printing."),
    ("Máy in của tôi không in được nữa.", "My printer isn't printing any more."),
    ("Máy in lại không in được.", "The printer isn't printing again."),
    # v8: "Where can I be printed?", "Where do I get the photo?"
    ("Tôi có thể in ở đâu?", "Where can I print something?"),
    ("Tôi có thể photo hộ chiếu ở đâu?", "Where can I photocopy my passport?"),
    # "của mình" (one's own) after who prints it is theirs; "my" after "tôi" or "bạn" (the speaker, as friends say
    # "mình"); not said after a name alone (his or hers?), "we" or "they" (one passport or each's?), or for someone
    ("Anh ấy vừa scan hợp đồng của mình.", "He's just scanned his contract."),
    ("Mẹ tôi cần in vé máy bay của mình.", "My mother needs to print her plane ticket."),
    ("Tôi cần photo hộ chiếu của mình.", "I need to photocopy my passport."),
    ("Chúng tôi có thể photo hộ chiếu của mình ở đâu?", "Where can we photocopy our passport?"),
    ("Bạn đã scan hợp đồng của mình chưa?", "Have you scanned my contract yet?"),
    ("In đen trắng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Lan vừa scan hợp đồng của mình.", None), ("Chúng tôi cần photo hộ chiếu của mình.", None),
    ("Cô ấy sẽ in vé máy bay của mình cho tôi.", None),
    # not: "anh" asking without "giúp tôi" (may I, or you?), "anh" saying it, a bare ticket (one or more?), "Bạn …"
    # said (not asked), "không" without "có thể", the printer out of ink (mt/mishaps.py's) or jammed, asked prices,
    # "in xong" (finished), whose "our" with a bare passport (one or more?), scanned copies
    ("Anh in cái này được không?", None), ("Anh sẽ in cái này.", None), ("Tôi cần in vé.", None),
    ("Bạn in cái này.", None), ("Bạn in cái này không?", None), ("Máy in hết mực rồi.", None),
    ("Máy in bị kẹt giấy.", None), ("Photo một trang bao nhiêu tiền?", None), ("Tôi in xong rồi.", None),
    ("Chúng tôi cần photo hộ chiếu.", None), ("Tôi muốn scan hai bản.", None), ("Tôi sẽ in.", None),
    ("Bạn in màu hay đen trắng?", None), ("Gần đây có chỗ photo không?", None),
    # "phải" of more than one is "have to", never "'ve to"; a passport is copied or scanned, not printed
    ("Tôi phải in báo cáo này.", "I have to print this report."), ("Chúng tôi phải in nó.", "We have to print it."),
    ("In hộ chiếu giúp tôi.", None), ("Tôi đã in hộ chiếu rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể chụp ảnh này cho tôi không?" (a photo), "… quét lớp này …", "… quét bê điều này …"
    ("Can you print this for me?", "Bạn in giúp tôi cái này được không?"),
    ("Could you print this out for me?", "Bạn in giúp tôi cái này được không?"),
    ("Can you photocopy this for me?", "Bạn photo giúp tôi cái này được không?"),
    ("Can you photocopy this document for me?", "Bạn photo giúp tôi tài liệu này được không?"),
    ("Can you scan this?", "Bạn scan cái này được không?"),
    ("Can you print it double-sided?", "Bạn in hai mặt được không?"),
    ("Can you photocopy my passport?", "Bạn photo hộ chiếu của tôi được không?"),
    ("Can you print a copy for me?", "Bạn in giúp tôi một bản được không?"),
    # v8: "In ra nó hai bên.", "Vui lòng in nó hai bên.", "In nó bằng màu đen và trắng."
    ("Print it double-sided.", "In hai mặt nhé."),
    ("Please print it double-sided.", "Làm ơn in hai mặt."),
    ("Print it in black and white.", "In đen trắng nhé."),
    ("Please print this for me.", "Làm ơn in giúp tôi cái này."),
    ("Print two copies, please.", "Làm ơn in hai bản."),
    # v8: "Tôi sẽcopy tấm ảnh này.", "Có thể in cái này không?" (who lost), "… sao chép hộ chiếu của tôi."
    ("I'll photocopy it.", "Tôi sẽ photo nó."),
    ("I'll photocopy this.", "Tôi sẽ photo cái này."),
    ("I need to print two copies.", "Tôi cần in hai bản."),
    ("I need to photocopy my passport.", "Tôi cần photo hộ chiếu."),
    ("She needs to photocopy her passport.", "Cô ấy cần photo hộ chiếu."),
    ("I'd like to print two copies.", "Tôi muốn in hai bản."),
    ("My mother wants to print this.", "Mẹ tôi muốn in cái này."),
    ("She's printing the tickets.", "Cô ấy đang in vé."),
    ("They're scanning the contract.", "Họ đang scan hợp đồng."),
    ("I've printed it.", "Tôi đã in nó rồi."),
    ("I've just scanned it.", "Tôi vừa scan nó."),
    ("I've already scanned the photos.", "Tôi đã scan ảnh rồi."),
    ("I printed two copies.", "Tôi đã in hai bản."),
    ("Have you printed it yet?", "Bạn đã in nó chưa?"),
    ("Does she need to print this?", "Cô ấy có cần in cái này không?"),
    ("Can I print this?", "Tôi in cái này được không?"),
    ("I can't print.", "Tôi không in được."),
    ("I'll print it for you.", "Tôi sẽ in giúp bạn."),
    ("How many copies do you need?", "Bạn cần bao nhiêu bản?"),
    ("How many copies does she need?", "Cô ấy cần bao nhiêu bản?"),
    # v8: "Máy in không in." (not quite), "Máy in sẽ không in." (will not)
    ("The printer isn't printing.", "Máy in không in được."),
    ("The printer won't print.", "Máy in không in được."),
    ("My printer isn't printing any more.", "Máy in của tôi không in được nữa."),
    # v8: "Tôi có thể in cái gì đó ở đâu?"
    ("Where can I print something?", "Tôi có thể in ở đâu?"),
    ("Where can I print this?", "Tôi có thể in cái này ở đâu?"),
    ("Where can I photocopy my passport?", "Tôi có thể photo hộ chiếu ở đâu?"),
    # not: bad agreement ("She need", "He are", "My mother want", "does you", "a copies"), "this tickets", the
    # printer out of ink or not working (mt/mishaps.py's, mt/broken.py's), a time said, "make copies", "copy",
    # "In" as English, "for you" asking you
    ("She need to photocopy her passport.", None), ("He are printing this document.", None),
    ("My mother want to print this.", None), ("How many copies does you need?", None),
    ("Can you print a copies for me?", None), ("I need to print this tickets.", None),
    ("The printer is out of ink.", None), ("The printer isn't working.", None), ("I'll print it later.", None),
    ("Can you make two copies of this?", None), ("Can you copy this?", None), ("In the morning I print it.", None),
    ("Can you print this for you?", None),
    # a bare thing before "giúp"; "want" is "muốn", not "cần"; a passport is not printed
    ("Print the tickets for us.", "In vé giúp chúng tôi nhé."),
    ("Print it double-sided for me.", "In hai mặt giúp tôi nhé."),
    ("How many copies does she want?", "Cô ấy muốn in bao nhiêu bản?"), ("Can you print your passport?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
