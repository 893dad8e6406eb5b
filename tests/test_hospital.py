"""Being in hospital: in it, taken or admitted, having to go in, out of it, when, and a visit there, both ways
(mt/hospital.py)."""
import pytest

from mt.hospital import translate


@pytest.mark.parametrize("text, said", [
    # in hospital (v8: "Bà tôi vẫn còn nằm viện." → "My grandmother was still in the hospital.")
    ("Bà tôi đang nằm viện.", "My grandmother is in hospital."),
    ("Bà tôi vẫn còn nằm viện.", "My grandmother is still in hospital."),
    ("Tôi đang nằm viện.", "I'm in hospital."),
    ("Minh đang nằm viện.", "Minh is in hospital."),
    ("Anh ấy có đang nằm viện không?", "Is he in hospital?"),
    ("Anh ấy vẫn còn nằm viện à?", "Is he still in hospital?"),
    ("Chị có đang nằm viện không?", "Are you in hospital?"),
    # v8: "My mother has been the hospital for three days.", "He lay the hospital a week."
    ("Mẹ tôi nằm viện được ba ngày rồi.", "My mother has been in hospital for three days."),
    ("Tuần trước bố tôi nằm viện.", "My father was in hospital last week."),
    ("Anh ấy đã nằm viện một tuần.", "He was in hospital for a week."),
    # v8: "Which hospital is she in the hospital?", "How long did she lay the hospital?"
    ("Bà ấy nằm ở bệnh viện nào?", "Which hospital is she in?"),
    ("Bà tôi đang nằm viện ở bệnh viện nào?", "Which hospital is my grandmother in?"),
    ("Bà ấy nằm viện bao lâu rồi?", "How long has she been in hospital?"),
    ("Bạn nằm viện bao lâu rồi?", "How long have you been in hospital?"),
    # taken, admitted, having to go in (v8: "I must enter the hospital.", "My father had to import the hospital.")
    ("Anh ấy được đưa vào bệnh viện.", "He was taken to hospital."),
    ("Hôm qua anh ấy đã được đưa đến bệnh viện.", "He was taken to hospital yesterday."),
    ("Chị ấy bị đưa đi cấp cứu.", "She was rushed to hospital."),
    ("Bố tôi đã phải nhập viện.", "My father had to go into hospital."),
    ("Bố tôi phải nhập viện tuần trước.", "My father had to go into hospital last week."),
    ("Bác Hùng sẽ phải nằm viện một tuần.", "Uncle Hung will have to stay in hospital for a week."),
    ("Bố tôi nhập viện hôm qua.", "My father was admitted to hospital yesterday."),
    ("Bố tôi đã nhập viện.", "My father was admitted to hospital."),
    ("Chồng tôi vừa nhập viện.", "My husband has just gone into hospital."),
    # out (v8: "When did he export the hospital?", "My grandfather came to the hospital.", "Does he export the
    # hospital?", "My grandfather went to the hospital yesterday.")
    ("Khi nào anh ấy được xuất viện?", "When will he be out of hospital?"),
    ("Bao giờ bà tôi được ra viện?", "When will my grandmother be out of hospital?"),
    ("Anh ấy xuất viện khi nào?", "When did he get out of hospital?"),
    ("Ông tôi xuất viện rồi.", "My grandfather is out of hospital."),
    ("Ông tôi ra viện rồi.", "My grandfather is out of hospital."),
    ("Ông tôi đã xuất viện.", "My grandfather has left hospital."),
    ("Ông tôi xuất viện hôm qua.", "My grandfather left hospital yesterday."),
    ("Ông tôi vừa mới ra viện.", "My grandfather has just left hospital."),
    ("Ngày mai ông tôi sẽ xuất viện.", "My grandfather will be out of hospital tomorrow."),
    ("Ông tôi sắp được xuất viện.", "My grandfather will be out of hospital soon."),
    ("Anh ấy đã ra viện chưa?", "Has he left hospital yet?"),
    ("Bạn xuất viện chưa?", "Have you left hospital yet?"),
    # a visit (v8: "I visit my grandmother in the hospital." for "Tôi đi thăm bà tôi ở bệnh viện.", left: below)
    ("Tôi sẽ đi thăm bà tôi ở bệnh viện.", "I'm going to visit my grandmother in hospital."),
    ("Ngày mai tôi sẽ vào viện thăm bà tôi.", "I'm going to visit my grandmother in hospital tomorrow."),
    ("Hôm qua mẹ tôi đi thăm bà ấy ở bệnh viện.", "My mother visited her in hospital yesterday."),
    ("Tôi vừa đi thăm bạn tôi ở bệnh viện.", "I've just visited my friend in hospital."),
    # not: a tense not said (has to, or had to? goes, or is going? is, or was?), "anh" alone saying it, "ở bệnh
    # viện" (a visitor, or one who works there), where ("ở đâu"), "có phải" (does, or did?), days that do not go with
    # the tense, "rồi" and a day ahead, asked without "?"
    ("Bố tôi phải nhập viện.", None), ("Tôi đi thăm bà tôi ở bệnh viện.", None), ("Bà tôi nằm viện.", None),
    ("Anh nằm viện.", None), ("Anh phải nhập viện.", None), ("Bà tôi đang ở bệnh viện.", None),
    ("Bà ấy đang nằm viện ở đâu?", None), ("Anh ấy có phải nhập viện không?", None),
    ("Ông tôi đã xuất viện ngày mai.", None), ("Ông tôi sẽ xuất viện hôm qua.", None),
    ("Ông tôi xuất viện ngày mai rồi.", None), ("Anh ấy đã ra viện chưa.", None),
    ("Mẹ tôi làm y tá ở bệnh viện.", None),
    ("Anh ấy được đưa vào bệnh viện hôm qua chưa?", None), ("Khi nào anh ấy đã xuất viện?", None),
    ("Tôi bị đau đầu.", None), ("Thư viện đóng cửa lúc mấy giờ?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # in hospital (v8: "Anh ta vẫn còn ở bệnh viện?", "Bố của bạn ở bệnh viện?": asked without "không")
    ("My grandmother is in hospital.", "Bà tôi đang nằm viện."),
    ("My grandmother is in the hospital.", "Bà tôi đang nằm viện."),
    ("She's still in hospital.", "Cô ấy vẫn còn nằm viện."),
    ("I'm in hospital.", "Tôi đang nằm viện."),
    ("Is he still in hospital?", "Anh ấy vẫn còn nằm viện à?"),
    ("Is your father in hospital?", "Bố bạn có đang nằm viện không?"),
    ("She has been in hospital for a week.", "Cô ấy đã nằm viện được một tuần rồi."),
    ("He was in hospital last week.", "Tuần trước anh ấy nằm viện."),
    ("Which hospital is she in?", "Cô ấy đang nằm ở bệnh viện nào?"),
    ("How long has she been in hospital?", "Cô ấy nằm viện bao lâu rồi?"),
    # taken, admitted (v8: "Anh ta vội vã đến bệnh viện." for rushed: hurried)
    ("He was taken to hospital.", "Anh ấy đã được đưa vào bệnh viện."),
    ("He was rushed to hospital yesterday.", "Hôm qua anh ấy được đưa đi cấp cứu."),
    ("They were taken to the hospital.", "Họ đã được đưa vào bệnh viện."),
    ("Was he taken to hospital?", "Anh ấy có được đưa vào bệnh viện không?"),
    ("She was admitted to hospital.", "Cô ấy đã nhập viện."),
    ("My father went into hospital yesterday.", "Hôm qua bố tôi nhập viện."),
    ("My father had to go into hospital.", "Bố tôi đã phải nhập viện."),
    ("My father has to go into hospital.", "Bố tôi phải nhập viện."),
    ("Did he have to go to hospital?", "Anh ấy có phải nhập viện không?"),
    # out (v8: "Anh ta sẽ xuất hiện khi nào?" (appear), "Anh ta bị xuất huyết hôm qua." (bled), "Anh ta được tiết ra."
    # (secreted), "Anh ta ra khỏi bệnh viện." for "He's out of hospital now.")
    ("When did he get out of hospital?", "Anh ấy xuất viện khi nào?"),
    ("When will he be discharged?", "Khi nào anh ấy được xuất viện?"),
    ("When can my grandmother leave hospital?", "Khi nào bà tôi được xuất viện?"),
    ("He's out of hospital now.", "Anh ấy đã xuất viện rồi."),
    ("He's been discharged.", "Anh ấy đã xuất viện rồi."),
    ("He was discharged yesterday.", "Hôm qua anh ấy xuất viện."),
    ("My grandfather got out of hospital last week.", "Tuần trước ông tôi xuất viện."),
    ("She's just left hospital.", "Cô ấy vừa xuất viện."),
    ("He'll be out of hospital tomorrow.", "Ngày mai anh ấy sẽ xuất viện."),
    ("Is he out of hospital yet?", "Anh ấy đã xuất viện chưa?"),
    ("Has your mother left hospital yet?", "Mẹ bạn đã xuất viện chưa?"),
    # a visit (v8: "Tôi đang viếng thăm bà của tôi ở bệnh viện ngày mai.")
    ("I'm going to visit my grandmother in hospital.", "Tôi sẽ đi thăm bà tôi ở bệnh viện."),
    ("I'm visiting my grandmother in hospital tomorrow.", "Ngày mai tôi sẽ đi thăm bà tôi ở bệnh viện."),
    ("I visited my grandmother in hospital.", "Tôi đã đi thăm bà tôi ở bệnh viện."),
    ("We went to see him in hospital yesterday.", "Hôm qua chúng tôi đi thăm anh ấy ở bệnh viện."),
    # not: the verb not agreeing with who, a day that does not go with the tense, "visiting" without a day ahead, two
    # kin (not in mt.hobbies.WHO_EN), "at the hospital" (a visit, or work), other topics
    ("She are in hospital.", None), ("He have been in hospital for a week.", None),
    ("I has to go into hospital.", None),
    ("Is I in hospital?", None), ("They was taken to hospital.", None), ("He has left hospital yesterday.", None),
    ("He'll be out of hospital yesterday.", None), ("I'm visiting my grandmother in hospital.", None),
    ("My grandparents are in hospital.", None), ("She is at the hospital.", None), ("He works at the hospital.", None),
    ("He is in hospital now still.", None), ("The battery is discharged.", None), ("Where is the hospital?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
