"""Photocopying papers: who photocopies documents or makes copies of them, photocopying or a photocopier here, a
photocopy shop near here, what a copy costs, and the photocopier jammed or broken, both ways (mt/photocopies.py)."""
import pytest

from mt.photocopies import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I must go to the paper.", "I need a photo of paper.", "My mother wanted to photo the paper.", "Do you have
    # photoed the paper?", "I've photoed the paper.", "I have to go the footnotes.", "He went passport."
    ("Tôi phải đi photo giấy tờ.", "I have to go and photocopy my documents."),
    ("Tôi cần photo giấy tờ.", "I need to photocopy my documents."),
    ("Mẹ tôi muốn photo giấy tờ.", "My mother wants to photocopy her documents."),
    ("Bạn đã photo giấy tờ chưa?", "Have you photocopied your documents yet?"),
    ("Tôi đã photo giấy tờ rồi.", "I've already photocopied my documents."),
    ("Tôi đã photo giấy tờ.", "I photocopied my documents."),
    ("Tôi phải đi photo căn cước.", "I have to go and photocopy my ID card."),
    ("Tôi phải đi photo hộ chiếu.", "I have to go and photocopy my passport."),
    ("Anh ấy đi photo hộ chiếu rồi.", "He's gone to photocopy his passport."),
    ("Anh ấy đi photo giấy tờ rồi.", "He's gone to photocopy his documents."),
    ("Bác Hùng đi photo giấy tờ rồi.", "Uncle Hung has gone to photocopy his documents."),
    ("Mẹ tôi đi photo giấy khai sinh rồi.", "My mother has gone to photocopy her birth certificate."),
    ("Chúng tôi phải đi photo giấy tờ.", "We have to go and photocopy our documents."),
    ("Tôi sẽ đi photo giấy tờ.", "I'll go and photocopy my documents."),
    ("Tôi sẽ photo giấy tờ.", "I'll photocopy my documents."),
    ("Tôi cần đi photo giấy tờ.", "I need to go and photocopy my documents."),
    ("Bố tôi cần đi photo hộ chiếu.", "My father needs to go and photocopy his passport."),
    ("Tôi muốn đi photo bảng điểm.", "I want to go and photocopy my transcript."),
    # v8: "Do you need a paper photo?", "My mother had to photo the paper of the birth.", "I just had a paper.", "I
    # haven't photo of the paper.", "She is in a paper.", "I'm not a photo of paper."
    ("Bạn có cần photo giấy tờ không?", "Do you need to photocopy your documents?"),
    ("Bạn có phải đi photo giấy tờ không?", "Do you have to go and photocopy your documents?"),
    ("Mẹ tôi phải photo giấy khai sinh.", "My mother has to photocopy her birth certificate."),
    ("Tôi cần photo giấy khai sinh.", "I need to photocopy my birth certificate."),
    ("Tôi vừa photo giấy tờ.", "I've just photocopied my documents."),
    ("Tôi chưa photo giấy tờ.", "I haven't photocopied my documents yet."),
    ("Tôi không cần photo giấy tờ.", "I don't need to photocopy my documents."),
    ("Tôi không phải photo giấy tờ.", "I don't have to photocopy my documents."),
    ("Cô ấy đang photo giấy tờ.", "She's photocopying her documents."),
    ("Tôi muốn photo giấy tờ này.", "I want to photocopy these documents."),
    ("Tôi cần photo một số giấy tờ.", "I need to photocopy some documents."),
    ("Tôi phải photo bằng đại học.", "I have to photocopy my university degree."),
    ("Tôi cần photo sổ hộ khẩu.", "I need to photocopy my household registration book."),
    ("Tôi cần photo bằng tốt nghiệp.", "I need to photocopy my diploma."),
    ("Chúng tôi phải photo giấy tờ.", "We have to photocopy our documents."),
    ("Họ phải photo giấy tờ.", "They have to photocopy their documents."),
    # v8: "I need to photo three footnotes.", "I need photo two copies passport.", "He needs a photo of the public
    # year.", "I need two footnotes.", "I need a passport photo.", "My father needs three public documents."
    ("Tôi cần photo ba bản căn cước.", "I need to make three copies of my ID card."),
    ("Tôi cần photo hai bản hộ chiếu.", "I need to make two copies of my passport."),
    ("Anh ấy cần photo năm bản giấy khai sinh.", "He needs to make five copies of his birth certificate."),
    ("Tôi phải photo hai bản bằng đại học.", "I have to make two copies of my university degree."),
    ("Tôi cần hai bản photo căn cước.", "I need two photocopies of my ID card."),
    ("Tôi cần một bản photo hộ chiếu.", "I need a photocopy of my passport."),
    ("Bạn có cần hai bản photo hộ chiếu không?", "Do you need two photocopies of your passport?"),
    ("Bố tôi cần ba bản photo giấy khai sinh.", "My father needs three photocopies of his birth certificate."),
    # v8: "Is there a photo here?", "Are there a photo machine here?", "Is the Hotel?", "Could the library have a
    # photo?", "Do you have a photo machine?"
    ("Ở đây có photo không?", "Do you do photocopying here?"),
    ("Ở đây có máy photo không?", "Is there a photocopier here?"),
    ("Ở đây có photo được không?", "Can I make photocopies here?"),
    ("Khách sạn có máy photo không?", "Does the hotel have a photocopier?"),
    ("Thư viện có máy photo không?", "Does the library have a photocopier?"),
    ("Bạn có máy photo không?", "Do you have a photocopier?"),
    # v8: "Are there a photo shop recently?", "Are there a photo shop?", "Do you have a photo store recently?", "Where
    # is the closest photo?", "Where do the photo?", "Where do you shop?", "Where do the camera?"
    ("Gần đây có tiệm photo không?", "Is there a photocopy shop near here?"),
    ("Gần đây có tiệm photo nào không?", "Is there a photocopy shop near here?"),
    ("Quanh đây có tiệm photo không?", "Is there a photocopy shop around here?"),
    ("Gần đây có cửa hàng photo không?", "Is there a photocopy shop near here?"),
    ("Gần đây có máy photo không?", "Is there a photocopier near here?"),
    ("Tiệm photo gần nhất ở đâu?", "Where's the nearest photocopy shop?"),
    ("Quán photo gần nhất ở đâu vậy?", "Where's the nearest photocopy shop?"),
    ("Tiệm photo ở đâu?", "Where's the photocopy shop?"),
    ("Ở đâu có tiệm photo?", "Where is there a photocopy shop?"),
    ("Máy photo ở đâu?", "Where's the photocopier?"),
    # v8: "How much does it take a page?", "How much does the color page?", "How much money do a page?", "How much
    # money do it take?", "How much do the footnote?", "How much do you have a page?", "How much money do this paper?"
    ("Photo một trang bao nhiêu tiền?", "How much does it cost to photocopy a page?"),
    ("Photo màu một trang bao nhiêu tiền?", "How much does it cost to photocopy a page in colour?"),
    ("Photo hai mặt một trang bao nhiêu tiền?", "How much does it cost to photocopy a page double-sided?"),
    ("Ở đây photo một trang bao nhiêu tiền?", "How much does it cost to photocopy a page here?"),
    ("Photo màu bao nhiêu tiền một trang?", "How much is colour photocopying per page?"),
    ("Photo bao nhiêu tiền một trang?", "How much is photocopying per page?"),
    ("Photo một bản bao nhiêu tiền?", "How much is a photocopy?"),
    ("Photo màu một bản bao nhiêu tiền?", "How much is a colour photocopy?"),
    ("Photo căn cước bao nhiêu tiền?", "How much does it cost to photocopy an ID card?"),
    ("Photo hộ chiếu bao nhiêu tiền?", "How much does it cost to photocopy a passport?"),
    ("Photo giấy tờ này bao nhiêu tiền?", "How much does it cost to photocopy these documents?"),
    # v8: "The photo machine is stuck.", "The camera is corrupt.", "The camera is all ink.", "The camera is all
    # paper.", "The camera does not work.", "The camera was stuck in the paper.", "Could the camera be damaged?"
    ("Máy photo bị kẹt giấy.", "The photocopier is jammed."),
    ("Máy photo bị kẹt giấy rồi.", "The photocopier is jammed."),
    ("Máy photo lại bị kẹt giấy.", "The photocopier is jammed again."),
    ("Máy photo bị hỏng.", "The photocopier is broken."),
    ("Máy photo hỏng rồi.", "The photocopier is broken."),
    ("Máy photo này bị hỏng.", "This photocopier is broken."),
    ("Máy photo của chúng tôi bị hỏng.", "Our photocopier is broken."),
    ("Máy photo hết mực.", "The photocopier is out of toner."),
    ("Máy photo hết giấy.", "The photocopier is out of paper."),
    ("Máy photo lại hết giấy rồi.", "The photocopier is out of paper again."),
    ("Máy photo sắp hết mực.", "The photocopier is almost out of toner."),
    ("Máy photo sắp hết giấy.", "The photocopier is almost out of paper."),
    ("Máy photo không hoạt động.", "The photocopier isn't working."),
    ("Máy photo lại không chạy.", "The photocopier isn't working again."),
    ("Máy photo có bị hỏng không?", "Is the photocopier broken?"),
    ("Máy photo có hết giấy không?", "Is the photocopier out of paper?"),
    ("Máy photo có hoạt động không?", "Is the photocopier working?"),
    # not: going with no tense word or on the way, a name's own papers (his or hers?), one paper of "we" (one each?),
    # "I" asked, "anh", "em" saying it, "I" gone, a contract, certified copies, "của mình", "some" of one paper, a
    # "?" on a statement, "thế", "nhỉ", "là gì" … nothing copied, "chỗ photo", a pet, the other language, nonsense
    ("Tôi đi photo giấy tờ.", None), ("Tôi đang đi photo giấy tờ.", None), ("Lan phải đi photo giấy tờ.", None),
    ("Chúng tôi phải photo hộ chiếu.", None), ("Tôi đã photo giấy tờ chưa?", None),
    ("Anh phải đi photo giấy tờ.", None), ("Em có cần photo giấy tờ không ạ?", None),
    ("Tôi đi photo giấy tờ rồi.", None), ("Tôi phải photo hợp đồng.", None),
    ("Tôi cần photo công chứng căn cước.", None), ("Tôi cần photo giấy tờ của mình.", None),
    ("Tôi phải photo một số hộ chiếu.", None), ("Máy photo bị kẹt giấy?", None),
    ("Tôi phải đi photo giấy tờ thế.", None), ("Máy photo bị kẹt giấy nhỉ.", None), ("Photo bao nhiêu tiền?", None),
    ("Gần đây có chỗ photo không?", None), ("Ở đây có photo.", None), ("Máy photo hoạt động.", None),
    ("Máy photo có không hoạt động không?", None), ("Con chó của tôi phải photo giấy tờ.", None),
    ("Photo một trang bao nhiêu tiền một trang?", None), ("Khách sạn có photo không?", None),
    ("Bạn có photo được không?", None), ("Bạn đi photo giấy tờ rồi.", None),
    ("Is there a photocopier here?", None), ("Photo photo photo.", None),
    # one paper of "chúng tôi", "chúng ta", "họ" said as its owner (one each?), as of who (review)
    ("Chúng tôi cần photo hộ chiếu của chúng tôi.", None), ("Tôi cần photo căn cước của chúng ta.", None),
    ("Họ cần photo hộ chiếu của họ.", None), ("Tôi cần hai bản photo hộ chiếu của họ.", None),
    ("Tôi cần photo hai bản hộ chiếu của chúng tôi.", None),
    ("Chúng tôi cần photo giấy tờ của chúng tôi.", "We need to photocopy our documents."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cần sao chép một số tài liệu.", "Tôi phải đi và chụp một vài tài liệu.", "Tôi sẽ đi và chụp tài liệu
    # của mình.", "Anh ta đi chụp ảnh hộ chiếu của anh ấy.", "Mẹ tôi đã đi tấm ảnh chứng nhận sinh nở."
    ("I need to photocopy some documents.", "Tôi cần photo một số giấy tờ."),
    ("I have to go and photocopy some documents.", "Tôi phải đi photo một số giấy tờ."),
    ("I have to go and photocopy my documents.", "Tôi phải đi photo giấy tờ."),
    ("I'll go and photocopy my documents.", "Tôi sẽ đi photo giấy tờ."),
    ("Do you have to go and photocopy your documents?", "Bạn có phải đi photo giấy tờ không?"),
    ("He's gone to photocopy his passport.", "Anh ấy đi photo hộ chiếu rồi."),
    ("My mother has gone to photocopy her birth certificate.", "Mẹ tôi đi photo giấy khai sinh rồi."),
    ("My father needs to go and photocopy his passport.", "Bố tôi cần đi photo hộ chiếu."),
    # v8: "Mẹ tôi cần sao chép chứng nhận sinh nở của mình.", "Tôi chưa chụp được tài liệu của tôi.", "Tôi cần sao
    # chép mức độ của tôi." (a level), "Tôi cần sao chép lớp học của tôi." (a class), "Tôi cần sao chép bản thảo của
    # tôi." (a draft), "Tôi không phải chụp tài liệu của tôi."
    ("My mother needs to photocopy her birth certificate.", "Mẹ tôi cần photo giấy khai sinh."),
    ("Lan needs to photocopy her birth certificate.", "Lan cần photo giấy khai sinh."),
    ("I haven't photocopied my documents yet.", "Tôi chưa photo giấy tờ."),
    ("She hasn't photocopied her documents yet.", "Cô ấy chưa photo giấy tờ."),
    ("Have you photocopied your birth certificate yet?", "Bạn đã photo giấy khai sinh chưa?"),
    ("I need to photocopy my degree.", "Tôi cần photo bằng đại học."),
    ("I need to photocopy my university degree.", "Tôi cần photo bằng đại học."),
    ("I need to photocopy my transcript.", "Tôi cần photo bảng điểm."),
    ("I need to photocopy your birth certificate.", "Tôi cần photo giấy khai sinh của bạn."),
    ("I want to photocopy these documents.", "Tôi muốn photo giấy tờ này."),
    ("I'll photocopy these documents.", "Tôi sẽ photo giấy tờ này."),
    ("I don't have to photocopy my documents.", "Tôi không phải photo giấy tờ."),
    ("I don't need to photocopy my documents.", "Tôi không cần photo giấy tờ."),
    # v8: "Tôi cần phải làm ba bản sao của thẻ ID.", "Ông cần phải làm 5 bản sao chứng nhận sinh nở của mình.", "Tôi
    # cần hai tấm ảnh của hộ chiếu của tôi." (photos), "Cha tôi cần ba tấm hình của chứng nhận sinh nở."
    ("I need to make three copies of my ID card.", "Tôi cần photo ba bản căn cước."),
    ("He needs to make five copies of his birth certificate.", "Anh ấy cần photo năm bản giấy khai sinh."),
    ("I have to make two copies of my university degree.", "Tôi phải photo hai bản bằng đại học."),
    ("I need two photocopies of my passport.", "Tôi cần hai bản photo hộ chiếu."),
    ("I need a photocopy of my passport.", "Tôi cần một bản photo hộ chiếu."),
    ("Do you need two photocopies of your passport?", "Bạn có cần hai bản photo hộ chiếu không?"),
    ("My father needs three photocopies of his birth certificate.", "Bố tôi cần ba bản photo giấy khai sinh."),
    # v8: "Có hình ảnh ở đây không?" (pictures), "Có phải khách sạn có hình ảnh không?", "Bạn có hình ảnh không?",
    # "Bạn có sao chép ảnh ở đây không?", "Tôi có thể chụp ảnh ở đây không?" (take photos)
    ("Is there a photocopier here?", "Ở đây có máy photo không?"),
    ("Does the hotel have a photocopier?", "Khách sạn có máy photo không?"),
    ("Does the library have a photocopier?", "Thư viện có máy photo không?"),
    ("Do you have a photocopier?", "Bạn có máy photo không?"),
    ("Do you do photocopying here?", "Ở đây có photo không?"),
    ("Do you do photocopies here?", "Ở đây có photo không?"),
    ("Can I make photocopies here?", "Ở đây có photo được không?"),
    ("Can I get photocopies here?", "Ở đây có photo được không?"),
    # v8: "Có cửa hàng sao chép ảnh gần đây không?", "Có hình ảnh gần đây không?", "Cửa hàng chụp ảnh gần nhất ở
    # đâu?", "Ảnh chụp ở đâu?", "Có cửa hàng sao chép ở đâu?"
    ("Is there a photocopy shop near here?", "Gần đây có tiệm photo không?"),
    ("Is there a copy shop nearby?", "Gần đây có tiệm photo không?"),
    ("Is there a photocopy shop around here?", "Quanh đây có tiệm photo không?"),
    ("Is there a photocopier near here?", "Gần đây có máy photo không?"),
    ("Where is the nearest photocopy shop?", "Tiệm photo gần nhất ở đâu?"),
    ("Where's the nearest copy shop?", "Tiệm photo gần nhất ở đâu?"),
    ("Where is the photocopier?", "Máy photo ở đâu?"),
    ("Where's the photocopy shop?", "Tiệm photo ở đâu?"),
    ("Where is there a photocopy shop?", "Ở đâu có tiệm photo?"),
    # v8: "Chụp ảnh bao nhiêu?", "Chi phí chụp ảnh bao nhiêu?", "Chụp ảnh màu sắc bao nhiêu?", "Nó tốn bao nhiêu tiền
    # để chụp một trang?", "Sao chép ảnh trên mỗi trang bao nhiêu?", "Nó tốn bao nhiêu để chụp một thẻ nhận dạng?"
    ("How much is a photocopy?", "Photo một bản bao nhiêu tiền?"),
    ("How much does a photocopy cost?", "Photo một bản bao nhiêu tiền?"),
    ("How much is a colour photocopy?", "Photo màu một bản bao nhiêu tiền?"),
    ("How much is a black-and-white photocopy?", "Photo đen trắng một bản bao nhiêu tiền?"),
    ("How much is a photocopy here?", "Ở đây photo một bản bao nhiêu tiền?"),
    ("How much does it cost to photocopy a page?", "Photo một trang bao nhiêu tiền?"),
    ("How much does it cost to photocopy one page?", "Photo một trang bao nhiêu tiền?"),
    ("How much is it to photocopy a page in colour?", "Photo màu một trang bao nhiêu tiền?"),
    ("How much does it cost to photocopy a page double-sided?", "Photo hai mặt một trang bao nhiêu tiền?"),
    ("How much does it cost to photocopy a page here?", "Ở đây photo một trang bao nhiêu tiền?"),
    ("How much is photocopying per page?", "Photo bao nhiêu tiền một trang?"),
    ("How much is colour photocopying per page?", "Photo màu bao nhiêu tiền một trang?"),
    ("How much does it cost to photocopy an ID card?", "Photo căn cước bao nhiêu tiền?"),
    ("How much does it cost to photocopy these documents?", "Photo giấy tờ này bao nhiêu tiền?"),
    # v8: "Bộ chụp ảnh được chọc vào." (poked), "Máy chụp ảnh được chọc vào lần nữa.", "Hình ảnh nằm ngoài giấy.",
    # "Bộ chụp ảnh nằm ngoài lớp vỏ.", "Bộ chụp ảnh gần như ngoài lưỡi.", "Ảnh bị hỏng không?", "Có phải bộ chụp ảnh
    # không?"
    ("The photocopier is jammed.", "Máy photo bị kẹt giấy."),
    ("The photocopier is jammed again.", "Máy photo lại bị kẹt giấy."),
    ("The photocopier is broken.", "Máy photo bị hỏng."),
    ("This photocopier is broken.", "Máy photo này bị hỏng."),
    ("My photocopier is broken.", "Máy photo của tôi bị hỏng."),
    ("The photocopier is out of paper.", "Máy photo hết giấy."),
    ("The photocopier is out of paper again.", "Máy photo lại hết giấy."),
    ("The photocopier is out of toner.", "Máy photo hết mực."),
    ("The photocopier is almost out of toner.", "Máy photo sắp hết mực."),
    ("The photocopier is almost out of paper.", "Máy photo sắp hết giấy."),
    ("The photocopier isn't working.", "Máy photo không hoạt động."),
    ("The photocopier is not working.", "Máy photo không hoạt động."),
    ("The photocopier isn't working again.", "Máy photo lại không hoạt động."),
    ("Is the photocopier broken?", "Máy photo có bị hỏng không?"),
    ("Is the photocopier working?", "Máy photo có hoạt động không?"),
    ("Is the photocopier out of paper?", "Máy photo có hết giấy không?"),
    ("Is the photocopier jammed?", "Máy photo có bị kẹt giấy không?"),
    # not: a verb or "a" not agreeing, "I" asked, whose not known ("I … his", "John … her"), a pet, "copies" alone
    # (certified?), "some" or "this" not agreeing, a habit, a "?" on a statement, "is working" (again?), the other
    # way's language, nonsense
    ("She need to photocopy her passport.", None), ("Does she needs to photocopy her documents?", None),
    ("I has photocopied my documents.", None), ("Have I photocopied my documents yet?", None),
    ("I need to photocopy his passport.", None), ("John needs to photocopy her passport.", None),
    ("My dog has to photocopy my documents.", None), ("I need two copies of my ID card.", None),
    ("I need to make a copies of my ID card.", None), ("I need to make an copy of my ID card.", None),
    ("I want to photocopy this documents.", None), ("I need to photocopy some passport.", None),
    ("I photocopy my documents.", None), ("She photocopies her documents.", None),
    ("The photocopier is jammed?", None), ("The photocopier is working.", None),
    ("Is the photocopier not working?", None), ("How much is an photocopy?", None),
    ("How much does it cost to photocopy a ID card?", None), ("How much does a photocopy?", None),
    ("Where can I get some photocopies made?", None), ("I've gone to photocopied my documents.", None),
    ("I'll go and photocopied my documents.", None), ("Máy photo bị kẹt giấy.", None),
    ("We have to go and photocopy our documents.", None), ("Our photocopier is broken.", None),
    ("Photocopy photocopy photocopy.", None),
    # "our" anywhere: chúng tôi, or chúng ta? (review)
    ("I need to photocopy our documents.", None), ("She needs to photocopy our documents.", None),
    ("Our father needs to photocopy his passport.", None), ("Our mother has gone to photocopy her passport.", None),
    ("Is our photocopier broken?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
