"""Operations: needed, had, to be had, a stay in hospital, how it went and recovering, both ways (mt/surgery.py)."""
import pytest

from mt.surgery import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The doctor told me to be cesarean section.", "Doctors told Land had a heart cesarean section.", "The doctor
    # says my father must be hospitaled a week."
    ("Bác sĩ bảo tôi phải mổ.", "The doctor says I need an operation."),
    ("Bác sĩ nói mẹ tôi cần phẫu thuật.", "The doctor says my mother needs an operation."),
    ("Bác sĩ bảo Lan phải mổ tim.", "The doctor says Lan needs heart surgery."),
    ("Bác sĩ nói là bố tôi phải nằm viện một tuần.", "The doctor says my father has to stay in hospital for a week."),
    ("Bác sĩ bảo tôi không cần mổ.", "The doctor says I don't need an operation."),
    # v8: "I need cesarean.", "Does he need a cesarean?", "I must lie in the hospital three days.", "I'm not in the
    # hospital."
    ("Tôi cần mổ.", "I need an operation."),
    ("Anh ấy có cần mổ không?", "Does he need an operation?"),
    ("Mẹ tôi cần mổ ruột thừa.", "My mother needs to have her appendix out."),
    ("Anh ấy đã phải mổ.", "He had to have an operation."),
    ("Tôi cần nằm viện ba ngày.", "I need to stay in hospital for three days."),
    ("Bác sĩ bảo tôi phải nằm viện ba ngày sau mổ.",
     "The doctor says I have to stay in hospital for three days after the operation."),
    ("Chúng tôi sẽ phải nằm viện ba ngày.", "We will have to stay in hospital for three days."),
    ("Bạn có cần nằm viện không?", "Do you need to stay in hospital?"),
    ("Tôi không cần nằm viện.", "I don't need to stay in hospital."),
    ("Anh ấy đã phải nằm viện một tuần.", "He had to stay in hospital for a week."),
    # v8: "My mother was leftover cesarean.", "My father was cesarean section last year.", "I was just a cesarean
    # section.", "He has a cesarean section of the kidney stone.", "I'm just cesarean."
    ("Mẹ tôi mới mổ ruột thừa.", "My mother has just had her appendix out."),
    ("Bố tôi mổ tim năm ngoái.", "My father had heart surgery last year."),
    ("Năm ngoái bố tôi mổ tim.", "My father had heart surgery last year."),
    ("Lan mổ mắt tuần trước.", "Lan had eye surgery last week."),
    ("Anh ấy vừa mổ sỏi thận.", "He's just had kidney stone surgery."),
    ("Con tôi vừa mổ amidan.", "My child has just had their tonsils out."),
    ("Tôi vừa mổ.", "I've just had an operation."),
    ("Mẹ tôi đã được mổ.", "My mother has had an operation."),
    ("Tôi mổ rồi.", "I've had the operation."),
    # v8: "Never cesarean section?", "I'm never cesarean section.", "Are you cesarean?"
    ("Bạn đã bao giờ mổ chưa?", "Have you ever had an operation?"),
    ("Tôi chưa bao giờ mổ.", "I've never had an operation."),
    ("Mẹ bạn đã mổ chưa?", "Has your mother had the operation yet?"),
    # v8: "Next week, she'll cesarean section.", "My mother was going to cesarean.", "Tomorrow, I'll be cesarean."
    ("Tuần sau bà tôi sẽ mổ mắt.", "My grandmother is having eye surgery next week."),
    ("Bà tôi sẽ mổ mắt tuần sau.", "My grandmother is having eye surgery next week."),
    ("Ngày mai tôi mổ.", "I'm having an operation tomorrow."),
    ("Mẹ tôi sắp mổ.", "My mother is going to have an operation soon."),
    # v8: "Cesarean section cesarean section success.", "Is the cesarean success?", "My cesarean is very successful.",
    # "Cesarean section takes place all the cesareans.", "The cesarean section lasts three hours."
    ("Ca mổ thành công.", "The operation was a success."),
    ("Ca mổ có thành công không?", "Was the operation a success?"),
    ("Ca mổ của mẹ tôi rất thành công.", "My mother's operation was very successful."),
    ("Ca mổ của Lan thành công.", "Lan's operation was a success."),
    ("Ca mổ diễn ra suôn sẻ.", "The operation went well."),
    ("Ca mổ kéo dài ba tiếng.", "The operation took three hours."),
    # v8: "Do you recover from the cesarean section?", "My mother was recovering after the cesarean section.", "I have
    # not recovered from my cesarean section.", "He recovered from the cesarean section."
    ("Bạn đã hồi phục sau mổ chưa?", "Have you recovered from the operation yet?"),
    ("Mẹ tôi đang hồi phục sau ca mổ.", "My mother is recovering from the operation."),
    ("Cô ấy đang hồi phục tốt sau mổ.", "She's recovering well from the operation."),
    ("Tôi vẫn chưa hồi phục sau mổ.", "I still haven't recovered from the operation."),
    ("Anh ấy đã hồi phục hoàn toàn sau ca mổ.", "He's fully recovered from the operation."),
    # not: a tense not said, today (done or ahead?), many (surgeons?), a name's appendix (his or hers?), "em" saying it,
    # a pet in hospital, other meanings of "mổ" (a fish gutted, a pig slaughtered, a matter dissected), a caesarean
    # (births), "vừa" with a day, a "?" on a statement, "không?" without "có", the doctor asking, asked of oneself,
    # English, nonsense
    ("Mẹ tôi mổ ruột thừa.", None), ("Hôm nay tôi mổ.", None), ("Chúng tôi vừa mổ.", None),
    ("Lan vừa mổ ruột thừa.", None), ("Em vừa mổ ruột thừa.", None), ("Con chó của tôi phải nằm viện ba ngày.", None),
    ("Mẹ tôi đang mổ cá.", None), ("Bố tôi vừa mổ lợn.", None), ("Chúng ta cần mổ xẻ vấn đề này.", None),
    ("Tôi cần mổ?", None), ("Ca mổ thành công?", None), ("Bạn cần mổ không?", None),
    ("Bác sĩ bảo tôi có phải mổ không?", None), ("Tôi đã mổ chưa?", None), ("Mẹ tôi hồi phục sau mổ.", None),
    ("Mẹ tôi vừa mổ hôm qua.", None), ("Vợ tôi vừa mổ đẻ.", None), ("The operation was a success.", None),
    ("Mổ mổ mổ.", None),
    # review: "phải" with no tense, has to or had to (as mt/hospital.py leaves "Bố tôi phải nhập viện."; the doctor
    # saying it is ahead); "mổ xong" (a surgeon done operating?); "nhỉ" asking to be agreed with; "tốt" (well) lost
    ("Tôi phải nằm viện ba ngày.", None), ("Mẹ tôi phải nằm viện.", None), ("Tôi phải mổ.", None),
    ("Tôi phải nằm viện ba ngày sau mổ.", None), ("Chúng tôi phải nằm viện ba ngày.", None),
    ("Bạn có phải nằm viện không?", None), ("Tôi không phải nằm viện.", None), ("Mẹ tôi phải mổ ruột thừa.", None),
    ("Em có phải mổ không ạ?", None), ("Anh ấy không phải mổ.", None),
    ("Tôi vừa mổ xong.", None), ("Anh ấy vừa mổ xong.", None), ("Tôi mổ xong rồi.", None),
    ("Mẹ tôi đã mổ xong.", None),
    ("Tôi cần mổ nhỉ.", None), ("Mẹ tôi vừa mổ mắt nhỉ.", None), ("Ca mổ thành công nhỉ.", None),
    ("Mẹ tôi đang hồi phục sau mổ nhỉ.", None), ("Bác sĩ bảo tôi phải mổ nhỉ.", None),
    ("Bạn có cần mổ không nhỉ?", "Do you need an operation?"),
    ("Bạn hồi phục tốt sau mổ chưa?", None), ("Bạn đã hồi phục tốt sau mổ chưa?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bác sĩ nói tôi cần một hoạt động.", "Bác sĩ nói với tôi rằng tôi cần một hoạt động."
    ("The doctor says I need an operation.", "Bác sĩ bảo tôi phải mổ."),
    ("The doctor told me I need an operation.", "Bác sĩ bảo tôi phải mổ."),
    ("The doctor said I needed an operation.", "Bác sĩ bảo tôi phải mổ."),
    ("The doctor says my mother needs heart surgery.", "Bác sĩ bảo mẹ tôi phải mổ tim."),
    ("The doctor says Lan has to stay in hospital for a week.", "Bác sĩ bảo Lan phải nằm viện một tuần."),
    # v8: "Tôi cần phải có ruột thừa ra.", "Tôi không cần thao tác.", "Tôi phải có một thao tác.", "Tôi phải ở lại
    # bệnh viện được ba ngày rồi.", "Chúng ta phải ở lại bệnh viện được hai ngày rồi."
    ("I need to have my appendix out.", "Tôi cần phải mổ ruột thừa."),
    ("Does she need surgery?", "Cô ấy có cần phải mổ không?"),
    ("I don't need an operation.", "Tôi không cần phải mổ."),
    ("I had to have an operation.", "Tôi đã phải mổ."),
    ("I have to stay in hospital for three days.", "Tôi phải nằm viện ba ngày."),
    ("We have to stay in hospital for two days.", "Chúng tôi phải nằm viện hai ngày."),
    ("Do you have to stay in hospital?", "Bạn có phải nằm viện không?"),
    ("She doesn't have to stay in hospital.", "Cô ấy không phải nằm viện."),
    ("He had to stay in hospital for a week.", "Anh ấy đã phải nằm viện một tuần."),
    ("He'll have to stay in hospital for a week.", "Anh ấy sẽ phải nằm viện một tuần."),
    # v8: "Mẹ tôi vừa mới có ruột thừa.", "Cha tôi đã phẫu thuật tim vào năm ngoái.", "Anh ta vừa phẫu thuật sỏi thận."
    ("My mother has just had her appendix out.", "Mẹ tôi vừa mổ ruột thừa."),
    ("My father had heart surgery last year.", "Năm ngoái bố tôi mổ tim."),
    ("He has just had kidney stone surgery.", "Anh ấy vừa mổ sỏi thận."),
    ("Lan had eye surgery last week.", "Tuần trước Lan mổ mắt."),
    ("I had an operation.", "Tôi đã mổ."),
    # v8: "Bạn chưa từng có thao tác?", "Tôi chưa từng có thao tác.", "Mẹ bạn vẫn chưa hoạt động?"
    ("Have you ever had an operation?", "Bạn đã bao giờ mổ chưa?"),
    ("I've never had an operation.", "Tôi chưa bao giờ mổ."),
    ("Has your mother had the operation yet?", "Mẹ bạn đã mổ chưa?"),
    # v8: "Bà tôi đang phẫu thuật mắt vào tuần tới.", "Cha tôi sẽ có một cuộc phẫu thuật vào tháng tới.", "Anh ta sẽ
    # có cuộc phẫu thuật." (the knee lost)
    ("My grandmother is having eye surgery next week.", "Tuần sau bà tôi sẽ mổ mắt."),
    ("My father will have an operation next month.", "Tháng sau bố tôi sẽ mổ."),
    ("He's going to have knee surgery.", "Anh ấy sẽ mổ đầu gối."),
    # v8: "Thao tác là thành công.", "Có phải thao tác thành công không?", "Thao tác của mẹ tôi đi tốt.", "Thao tác của
    # Lan Lan đã thành công.", "Thao tác mất 3 tiếng đồng hồ.", "Thao tác đi tốt không?"
    ("The operation was a success.", "Ca mổ thành công."),
    ("Was the operation a success?", "Ca mổ có thành công không?"),
    ("My mother's operation went well.", "Ca mổ của mẹ tôi diễn ra tốt đẹp."),
    ("Lan's operation was successful.", "Ca mổ của Lan thành công."),
    ("The operation took three hours.", "Ca mổ kéo dài ba tiếng."),
    ("Did the operation go well?", "Ca mổ có diễn ra tốt đẹp không?"),
    # v8: "Bạn có phục hồi từ thao tác này chưa?", "Cô ấy đang hồi phục từ hoạt động.", "Tôi vẫn chưa khôi phục được
    # từ thao tác này.", "Anh ta đã khôi phục hoàn toàn khỏi hoạt động.", "Anh ấy có phục hồi từ hoạt động không?"
    ("Have you recovered from the operation yet?", "Bạn đã hồi phục sau mổ chưa?"),
    ("She is recovering from the operation.", "Cô ấy đang hồi phục sau mổ."),
    ("She's recovering well from her operation.", "Cô ấy đang hồi phục tốt sau mổ."),
    ("I still haven't recovered from the operation.", "Tôi vẫn chưa hồi phục sau mổ."),
    ("I haven't recovered from the operation yet.", "Tôi chưa hồi phục sau mổ."),
    ("He has fully recovered from the operation.", "Anh ấy đã hồi phục hoàn toàn sau mổ."),
    ("Is he recovering from the operation?", "Anh ấy có đang hồi phục sau mổ không?"),
    # not: a verb that does not agree, another's appendix, "told me" of another, many, a pet, "is having" with no day
    # (now?), "had" with a day ahead, other meanings of "operation", a "?" on a statement, Vietnamese, nonsense
    ("She need surgery.", None), ("Does you need an operation?", None),
    ("My mother has just had his appendix out.", None),
    ("The doctor told me my mother needs heart surgery.", None), ("We need heart surgery.", None),
    ("My dog had surgery last week.", None), ("My mother is having surgery.", None),
    ("My father had heart surgery next week.", None), ("The operation of the machine is simple.", None),
    ("The military operation was a success.", None), ("I need an operation?", None),
    ("I recovered from the operation.", None),
    ("Ca mổ thành công.", None), ("Surgery surgery surgery.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
