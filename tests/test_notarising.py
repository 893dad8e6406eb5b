"""Getting papers notarised or certified, a certified copy, a birth certificate or a land-use certificate got, and the
notary's office, both ways (mt/notarising.py)."""
import pytest

from mt.notarising import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I must go to paperwork.", "I need to witness the footnote base.", "Do you have certificateed the paper?",
    # "We've proved the same deal.", "Do you need passport authentication?", "He has not yet been evidence of college."
    ("Tôi phải đi công chứng giấy tờ.", "I have to get my documents notarised."),
    ("Tôi cần công chứng bản sao căn cước.", "I need to get a copy of my ID card certified."),
    ("Bạn đã công chứng giấy tờ chưa?", "Have you had your documents notarised yet?"),
    ("Bạn công chứng giấy tờ rồi chưa?", "Have you had your documents notarised yet?"),
    ("Chúng tôi đã công chứng hợp đồng rồi.", "We've had the contract notarised."),
    ("Chúng tôi đã công chứng hợp đồng.", "We got the contract notarised."),
    ("Bạn có cần công chứng hộ chiếu không?", "Do you need to get your passport notarised?"),
    ("Tôi có cần công chứng bằng đại học không?", "Do I need to get my university degree notarised?"),
    ("Bạn có phải công chứng giấy tờ không?", "Do you have to get your documents notarised?"),
    ("Anh ấy chưa công chứng bằng đại học.", "He hasn't had his university degree notarised yet."),
    ("Bố tôi phải đi công chứng giấy tờ.", "My father has to get his documents notarised."),
    ("Mẹ tôi muốn công chứng bảng điểm.", "My mother wants to get her transcript notarised."),
    ("Chị Lan vừa chứng thực bằng tốt nghiệp.", "Lan has just had her diploma certified."),
    ("Lan phải công chứng hợp đồng.", "Lan has to get the contract notarised."),
    ("Tôi đang đi công chứng giấy tờ ở phường.", "I'm getting my documents notarised at the ward office."),
    ("Chúng tôi sẽ công chứng hợp đồng ở phòng công chứng.",
     "We'll get the contract notarised at the notary's office."),
    ("Tôi không cần công chứng bằng lái xe.", "I don't need to get my driving licence notarised."),
    ("Cô ấy cần chứng thực bản sao giấy khai sinh.", "She needs to get a copy of her birth certificate certified."),
    ("Tôi phải công chứng bản sao giấy tờ ạ.", "I have to get copies of my documents certified."),
    # v8: "My mother needs to copy the public nurse."
    ("Mẹ tôi cần sao y giấy khai sinh.", "My mother needs to get a certified copy of her birth certificate."),
    ("Cô ấy đã photo công chứng căn cước.", "She got a certified copy of her ID card."),
    # v8: "I brought college to work."
    ("Tôi đã mang bằng đại học đi công chứng.", "I took my university degree to be notarised."),
    ("Bố tôi sẽ mang sổ hộ khẩu đi công chứng.",
     "My father will take his household registration book to be notarised."),
    ("Bạn đã mang hộ chiếu đi công chứng chưa?", "Have you taken your passport to be notarised yet?"),
    # v8: "My father was made a red book."
    ("Bố tôi mới làm sổ đỏ.", "My father has just got a land-use certificate (red book)."),
    ("Ông tôi đang làm sổ đỏ.", "My grandfather is getting a land-use certificate (red book)."),
    ("Chúng tôi cần làm sổ đỏ.", "We need to get a land-use certificate (red book)."),
    # v8: "I went to paper for my baby.", "I must have to copy the paper to the birth."
    ("Tôi phải đi xin giấy khai sinh cho con.", "I have to get a birth certificate for my child."),
    # (a wife's or husband's child, whose not said, is the couple's; a parent's may be the speaker's, or the speaker)
    ("Vợ tôi cần xin giấy khai sinh cho con gái.", "My wife needs to get a birth certificate for our daughter."),
    ("Chồng tôi sẽ xin giấy khai sinh cho bé.", "My husband will get a birth certificate for our baby."),
    ("Chị gái tôi phải xin giấy khai sinh cho con.", "My sister has to get a birth certificate for her child."),
    ("Bố tôi cần xin giấy khai sinh cho con.", None), ("Mẹ tôi cần xin giấy khai sinh cho con.", None),
    ("Tôi phải xin bản sao giấy khai sinh.", "I have to get a copy of my birth certificate."),
    # v8: "What hour hour does the public room open?", "Where is the proof?", "Are there any public room recently?"
    ("Phòng công chứng mở cửa lúc mấy giờ?", "What time does the notary's office open?"),
    ("Mấy giờ phòng công chứng đóng cửa?", "What time does the notary's office close?"),
    ("Phòng công chứng ở đâu?", "Where is the notary's office?"),
    ("Phòng công chứng gần nhất ở đâu?", "Where is the nearest notary's office?"),
    ("Gần đây có phòng công chứng nào không?", "Is there a notary's office near here?"),
    # not: no tense word (did it, does it, or is going?), "anh" saying it (the speaker?), a name alone with whose papers
    # (his or hers?), a pet, a "?" with no asking word, "có" with no "không", "không" asking a past, a certificate
    # asked for in the past ("đã xin": got?), "xin" with no copy or child, "I" asked whether done, "nhỉ", other papers
    # or a notary at work, the other language
    ("Tôi mang bằng đại học đi công chứng.", None), ("Tôi đi xin giấy khai sinh cho con.", None),
    ("Tôi công chứng giấy tờ.", None), ("Anh phải đi công chứng giấy tờ.", None),
    ("Lan phải công chứng giấy tờ.", None), ("Con mèo của tôi phải công chứng giấy tờ.", None),
    ("Tôi phải đi công chứng giấy tờ?", None), ("Bạn có công chứng giấy tờ không?", None),
    ("Bạn đã công chứng giấy tờ không?", None), ("Tôi đã xin giấy khai sinh cho con.", None),
    ("Tôi cần xin giấy khai sinh.", None), ("Tôi đã công chứng giấy tờ chưa?", None),
    ("Tôi phải đi công chứng giấy tờ nhỉ.", None), ("Tôi cần công chứng hợp đồng thuê nhà.", None),
    ("Chị tôi làm việc ở phòng công chứng.", None), ("Sổ đỏ của bố tôi bị mất.", None),
    ("Tôi vừa công chứng giấy tờ rồi.", None), ("Tôi phải đi làm sổ đỏ cho mảnh đất.", None),
    ("I have to get my documents notarised.", None), ("Phòng công chứng đóng cửa.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải lấy tài liệu của tôi.", "Tôi cần lấy một bản sao của thẻ ghi ID.", "Bạn vẫn chưa biết tài liệu của
    # mình?", "Chúng tôi đã có hợp đồng không được thừa nhận.", "Cô ấy chưa biết được mức độ của cô ấy."
    ("I have to get my documents notarised.", "Tôi phải đi công chứng giấy tờ."),
    ("I need to get a copy of my ID card certified.", "Tôi cần công chứng bản sao căn cước."),
    ("Have you had your documents notarised yet?", "Bạn đã công chứng giấy tờ chưa?"),
    ("We've had the contract notarised.", "Chúng tôi đã công chứng hợp đồng rồi."),
    ("I have already had my documents notarised.", "Tôi đã công chứng giấy tờ rồi."),
    ("She hasn't had her degree certified yet.", "Cô ấy chưa chứng thực bằng đại học."),
    ("She needs to get her passport notarized.", "Cô ấy cần công chứng hộ chiếu."),
    ("He's getting his documents notarised at the ward office.", "Anh ấy đang đi công chứng giấy tờ ở phường."),
    ("My mother got her ID card certified.", "Mẹ tôi đã chứng thực căn cước."),
    ("Does Lan have to get her degree notarised?", "Lan có phải công chứng bằng đại học không?"),
    ("Do I need to get my passport notarised?", "Tôi có cần công chứng hộ chiếu không?"),
    ("I don't need to get my documents notarised.", "Tôi không cần công chứng giấy tờ."),
    ("My father has to get his papers notarised at the notary's.",
     "Bố tôi phải đi công chứng giấy tờ ở phòng công chứng."),
    ("We will get the contract notarised.", "Chúng tôi sẽ đi công chứng hợp đồng."),
    ("Has your father had his diploma notarised yet?", "Bố bạn đã công chứng bằng tốt nghiệp chưa?"),
    # v8: "Tôi lấy mức độ không được nhận ra."
    ("I took my university degree to be notarised.", "Tôi đã mang bằng đại học đi công chứng."),
    ("I'll take the contract to be notarised.", "Tôi sẽ mang hợp đồng đi công chứng."),
    ("My sister has just taken her transcript to be certified.", "Em gái tôi vừa mang bảng điểm đi chứng thực."),
    # v8: "Tôi cần một bản sao của chứng nhận sinh nở."
    ("I need to get a certified copy of my birth certificate.", "Tôi cần sao y giấy khai sinh."),
    ("She got a certified copy of her ID card.", "Cô ấy đã sao y căn cước."),
    ("I have to get a copy of my birth certificate.", "Tôi phải đi xin bản sao giấy khai sinh."),
    # v8: "Cha tôi vừa mới có một chứng chỉ bảo vệ đất (đại sách).", "Tôi cần phải nhận chứng nhận sinh nở cho con."
    ("My father has just got a land-use certificate (red book).", "Bố tôi vừa làm sổ đỏ."),
    ("My father's just got a land-use certificate.", "Bố tôi vừa làm sổ đỏ."),
    ("We need to get a land use certificate.", "Chúng tôi cần làm sổ đỏ."),
    ("I need to get a birth certificate for my child.", "Tôi cần xin giấy khai sinh cho con."),
    ("My wife has to get a birth certificate for our son.",
     "Vợ tôi phải đi xin giấy khai sinh cho con trai chúng tôi."),
    # (a baby of another's: "con chúng tôi", not "bé chúng tôi")
    ("I need to get a birth certificate for our baby.", "Tôi cần xin giấy khai sinh cho con chúng tôi."),
    ("He needs to get a birth certificate for their baby.", "Anh ấy cần xin giấy khai sinh cho con họ."),
    # v8: "Mở văn phòng của thanh quản vào thời gian nào?", "Văn phòng của thanh quản ở đâu?"
    ("What time does the notary's office open?", "Phòng công chứng mở cửa lúc mấy giờ?"),
    ("What time does the notary office close?", "Phòng công chứng đóng cửa lúc mấy giờ?"),
    ("Where is the notary's office?", "Phòng công chứng ở đâu?"),
    ("Where's the nearest notary's office?", "Phòng công chứng gần nhất ở đâu?"),
    ("Is there a notary's office near here?", "Gần đây có phòng công chứng nào không?"),
    ("Minh has to get his degree notarised.", None),  # (a name alone: his own, or another man's?)
    ("Have I had my degree certified yet?", "Tôi đã chứng thực bằng đại học chưa?"),
    # not: the verb not agreeing ("She need", "Does you"), a bare present (a habit?), papers not who's own ("your"
    # after "I", "the documents"), papers got, not done ("get my passport": a new one?), a copy got in the past
    # (asked for, or got?), a red book (a book?), "yet" not asked, "just" with the past, a "?" with no asking word,
    # a pet, a certified copy certified, the other language
    ("She need to get her passport notarised.", None), ("Does you need to get your passport notarised?", None),
    ("I get my documents notarised.", None), ("I have to get your documents notarised.", None),
    ("I have to get the documents notarised.", None), ("I need to get my passport.", None),
    ("I got a copy of my birth certificate.", None), ("My father has just got a red book.", None),
    ("I have had my documents notarised yet.", None), ("I just got my documents notarised.", None),
    ("I need to get my documents notarised?", None), ("My dog has to get its documents notarised.", None),
    ("I need a certified copy of my birth certificate.", None),
    ("I need to get a certified copy of my ID card notarised.", None), ("He is a notary.", None),
    ("Tôi phải đi công chứng giấy tờ.", None), ("I took my degree to be notarised tomorrow.", None),
    ("Have I had my documents notarised the contract?", None), ("She's got a land-use certificate.", None),
    # not: a land-use certificate "got" asked with no "yet" (has one?), a name alone with whose not theirs ("Lan …
    # his": Lan is a woman), a wife's or husband's own child (not the couple's?)
    ("Have you got a land-use certificate?", None), ("Has he got a land-use certificate?", None),
    ("Lan has to get his degree notarised.", None), ("John has to get her degree notarised.", None),
    ("My wife needs to get a birth certificate for her son.", None),
    ("My husband needs to get a birth certificate for his baby.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
