"""Medical scans: had, to be had, needed or sent for, their results, waiting for them, and a stay in hospital for
observation, both ways (mt/scans.py)."""
import pytest

from mt.scans import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to take X-rays.", "I have to walk the stomach.", "Do you have X-rays?", "My mother needs a CT scan."
    ("Tôi phải chụp X-quang.", "I have to have an X-ray."),
    ("Tôi phải đi nội soi dạ dày.", "I have to have an endoscopy."),
    ("Mẹ tôi phải chụp CT.", "My mother has to have a CT scan."),
    ("Bố tôi đã phải chụp X-quang phổi.", "My father had to have a chest X-ray."),
    ("Bác Hùng sẽ phải chụp cộng hưởng từ.", "Uncle Hung will have to have an MRI."),
    ("Bạn có phải chụp X-quang không?", "Do you have to have an X-ray?"),
    ("Tôi có phải chụp X-quang không?", "Do I have to have an X-ray?"),
    ("Cô ấy không phải nội soi.", "She doesn't have to have an endoscopy."),
    ("Mẹ tôi cần chụp CT.", "My mother needs a CT scan."),
    ("Chúng tôi không cần chụp X-quang.", "We don't need an X-ray."),
    ("Anh ấy có cần chụp MRI không?", "Does he need an MRI?"),
    ("Con chó của tôi phải chụp X-quang.", "My dog has to have an X-ray."),
    # v8: "I took the MRIs.", "Have you taken X-ray yet?", "I'm not MRI.", "Lan took X-rays."
    ("Tôi vừa chụp cộng hưởng từ.", "I just had an MRI."),
    ("Mẹ tôi mới siêu âm bụng.", "My mother just had an abdominal ultrasound."),
    ("Tôi chụp X-quang rồi.", "I've had an X-ray."),
    ("Lan đã chụp X-quang rồi.", "Lan has already had an X-ray."),
    ("Bố tôi đã nội soi đại tràng.", "My father has had a colonoscopy."),
    ("Bạn đã chụp X-quang chưa?", "Have you had an X-ray yet?"),
    ("Mẹ bạn đã đi siêu âm chưa?", "Has your mother had an ultrasound yet?"),
    ("Bạn đã bao giờ chụp cộng hưởng từ chưa?", "Have you ever had an MRI?"),
    ("Tôi chưa chụp MRI.", "I haven't had an MRI yet."),
    ("Tôi chưa bao giờ nội soi dạ dày.", "I've never had an endoscopy."),
    # v8: "I went to a prayer.", "I walked ultrasound.", "Yesterday, I went to X-ray.", "Tomorrow, I'll walk stomach.",
    # "We'll go ultrasounds."
    ("Tôi đi chụp phim phổi.", "I'm going for a chest X-ray."),
    ("Tôi đi siêu âm.", "I'm going for an ultrasound."),
    ("Hôm qua bố tôi đi chụp X-quang.", "My father went for an X-ray yesterday."),
    ("Tuần trước mẹ tôi chụp cắt lớp.", "My mother had a CT scan last week."),
    ("Ngày mai tôi đi nội soi dạ dày.", "I'm going for an endoscopy tomorrow."),
    ("Sáng mai chị ấy chụp cộng hưởng từ.", "She's having an MRI tomorrow morning."),
    ("Chúng tôi sẽ đi siêu âm.", "We're going to have an ultrasound."),
    ("Anh ấy sắp chụp CT.", "He's about to have a CT scan."),
    # v8: "The doctor told me to go to the X-ray.", "The doctor told my mother had to take CT scans."
    ("Bác sĩ bảo tôi đi chụp X-quang.", "The doctor sent me for an X-ray."),
    ("Bác sĩ cho mẹ tôi đi siêu âm.", "The doctor sent my mother for an ultrasound."),
    ("Bác sĩ chỉ định tôi chụp CT.", "The doctor sent me for a CT scan."),
    ("Bác sĩ bảo mẹ tôi phải chụp CT.", "The doctor says my mother has to have a CT scan."),
    ("Bác sĩ nói là tôi cần nội soi dạ dày.", "The doctor says I need an endoscopy."),
    ("Bác sĩ bảo bố tôi phải nằm viện theo dõi.", "The doctor says my father has to stay in hospital for observation."),
    # v8: "Normal ultrasound results.", "My mother's CT scan is not normal."
    ("Kết quả siêu âm bình thường.", "The ultrasound was normal."),
    ("Kết quả chụp X-quang của tôi bình thường.", "My X-ray was normal."),
    ("Kết quả chụp CT của mẹ tôi không bình thường.", "My mother's CT scan wasn't normal."),
    ("Kết quả X-quang của bạn có bình thường không?", "Was your X-ray normal?"),
    ("Kết quả nội soi của Lan bình thường.", "Lan's endoscopy was normal."),
    # v8: "I'm waiting for the results of immunity."
    ("Tôi đang chờ kết quả chụp cộng hưởng từ.", "I'm waiting for my MRI results."),
    ("Mẹ tôi vẫn đang đợi kết quả siêu âm.", "My mother is still waiting for her ultrasound results."),
    ("Lan đang chờ kết quả chụp CT.", "Lan is waiting for the CT scan results."),
    ("Bố tôi đang chờ chụp X-quang.", "My father is waiting to have an X-ray."),
    # v8: "I have to sit in the hospital.", "I'm lying to watch the hospital."
    ("Tôi phải nằm viện theo dõi.", "I have to stay in hospital for observation."),
    ("Bố tôi đang nằm viện theo dõi.", "My father is in hospital for observation."),
    ("Bà tôi vẫn đang nằm viện theo dõi.", "My grandmother is still in hospital for observation."),
    ("Anh ấy đã phải ở lại bệnh viện để theo dõi.", "He had to stay in hospital for observation."),
    ("Con tôi cần nằm viện theo dõi.", "My child needs to stay in hospital for observation."),
    ("Bạn có phải nằm viện theo dõi không?", "Do you have to stay in hospital for observation?"),
    ("Mẹ bạn có đang nằm viện theo dõi không?", "Is your mother in hospital for observation?"),
    # not: no tense ("chụp": does, did, will?), "đi … rồi" and "vừa đi" (gone, or back?), today (done or ahead?), the
    # past asked of oneself, "anh" saying it, a pregnancy scan (mt/pregnancy.py), photos, "theo dõi" of anything else,
    # a "?" on a statement, "có" with no "không", a pet in hospital, a stay with no tense, a test's results
    # (mt/check_ups.py), a blood test (mt/jabs.py), a day against the tense, "bảo" without "đi", results "good",
    # waiting asked or with no "đang", the other language
    ("Tôi chụp X-quang.", None), ("Tôi đi chụp X-quang rồi.", None), ("Tôi vừa đi chụp X-quang.", None),
    ("Hôm nay tôi đi chụp CT.", None), ("Tôi đã chụp X-quang chưa?", None), ("Anh phải chụp X-quang.", None),
    ("Vợ tôi đi siêu âm thai.", None), ("Tôi chụp ảnh.", None), ("Tôi đang theo dõi tin tức.", None),
    ("Tôi phải chụp X-quang?", None), ("Bạn có chụp X-quang không?", None), ("Tôi có phải chụp X-quang.", None),
    ("Con chó của tôi phải nằm viện theo dõi.", None), ("Bà tôi nằm viện theo dõi.", None),
    ("Kết quả xét nghiệm bình thường.", None), ("Tôi phải xét nghiệm máu.", None), ("Hôm qua tôi sẽ chụp CT.", None),
    ("Ngày mai tôi đã chụp CT.", None), ("Bác sĩ bảo tôi chụp CT.", None), ("Kết quả siêu âm tốt.", None),
    ("Bạn đang chờ kết quả chụp CT à?", None), ("Tôi chờ kết quả chụp CT.", None), ("Máy chụp X-quang bị hỏng.", None),
    ("I have to have an X-ray.", None),
    ("Tôi phải chụp X-quang nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    # "chúng ta", "mình" going for one, or having it on a day ahead, with no tense: let's, or said?
    ("Chúng ta đi siêu âm.", None), ("Chúng ta chụp X-quang ngày mai.", None), ("Ngày mai mình đi siêu âm.", None),
    ("Mình đi siêu âm.", None),
    # ... said with a tense, or of a day behind, they are taken
    ("Chúng ta sẽ đi siêu âm.", "We're going to have an ultrasound."),
    ("Hôm qua chúng ta đi siêu âm.", "We went for an ultrasound yesterday."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi phải chụp X-quang." (right), "Tôi phải có một nội soi.", "Mẹ tôi cần chụp cắt lớp CT."
    ("I have to have an X-ray.", "Tôi phải chụp X-quang."),
    ("I have to have an endoscopy.", "Tôi phải nội soi dạ dày."),
    ("My mother has to have a CT scan.", "Mẹ tôi phải chụp CT."),
    ("He had to have a chest X-ray.", "Anh ấy đã phải chụp phim phổi."),
    ("She'll have to have an MRI.", "Cô ấy sẽ phải chụp cộng hưởng từ."),
    ("We don't have to have an ultrasound.", "Chúng tôi không phải siêu âm."),
    ("Do you have to have an X-ray?", "Bạn có phải chụp X-quang không?"),
    ("My mother needs a CT scan.", "Mẹ tôi cần chụp CT."),
    ("Does he need an MRI?", "Anh ấy có cần chụp cộng hưởng từ không?"),
    ("She doesn't need an X-ray.", "Cô ấy không cần chụp X-quang."),
    # v8: "Tôi chỉ có MRI.", "Tôi có tia X ngực.", "Cha tôi có MRI hôm qua.", "Tôi chưa từng có MRI."
    ("I just had an MRI.", "Tôi vừa chụp cộng hưởng từ."),
    ("I've just had an ultrasound.", "Tôi vừa siêu âm."),
    ("I had a chest X-ray.", "Tôi đã chụp phim phổi."),
    ("My father had an MRI yesterday.", "Hôm qua bố tôi đã chụp cộng hưởng từ."),
    ("Lan went for an X-ray last week.", "Tuần trước Lan đi chụp X-quang."),
    ("I've had an X-ray.", "Tôi chụp X-quang rồi."),
    ("She's already had a colonoscopy.", "Cô ấy đã nội soi đại tràng rồi."),
    ("I haven't had an MRI yet.", "Tôi chưa chụp cộng hưởng từ."),
    ("I've never had an MRI.", "Tôi chưa bao giờ chụp cộng hưởng từ."),
    ("Have you had an X-ray yet?", "Bạn đã chụp X-quang chưa?"),
    ("Has your father had a CT scan?", "Bố bạn đã chụp CT chưa?"),
    ("Have you ever had an MRI?", "Bạn đã bao giờ chụp cộng hưởng từ chưa?"),
    # v8: "Tôi sẽ chụp X-quang ngực.", "Tôi có nội soi ngày mai."
    ("I'm going for a chest X-ray.", "Tôi đi chụp phim phổi."),
    ("I'm having an endoscopy tomorrow.", "Ngày mai tôi đi nội soi dạ dày."),
    ("My mother is going to have an ultrasound next week.", "Tuần sau mẹ tôi sẽ siêu âm."),
    ("He's about to have a CT scan.", "Anh ấy sắp chụp CT."),
    # v8: "Vị bác sĩ đã gởi tôi cho chụp X-quang.", "Bác sĩ nói mẹ tôi phải chụp cắt lớp CT."
    ("The doctor sent me for an X-ray.", "Bác sĩ bảo tôi đi chụp X-quang."),
    ("The doctor told my mother to have an MRI.", "Bác sĩ bảo mẹ tôi đi chụp cộng hưởng từ."),
    ("The doctor says my mother has to have a CT scan.", "Bác sĩ bảo mẹ tôi phải chụp CT."),
    ("The doctor says I need an endoscopy.", "Bác sĩ bảo tôi cần nội soi dạ dày."),
    # v8: "Siêu âm bình thường.", "Chụp X-quang của tôi là bình thường.", "Bạn có phải là MRI bình thường không?"
    ("The ultrasound was normal.", "Kết quả siêu âm bình thường."),
    ("My X-ray was normal.", "Kết quả chụp X-quang của tôi bình thường."),
    ("My mother's CT scan results were normal.", "Kết quả chụp CT của mẹ tôi bình thường."),
    ("Her MRI wasn't normal.", "Kết quả chụp cộng hưởng từ của cô ấy không bình thường."),
    ("Was your MRI normal?", "Kết quả chụp cộng hưởng từ của bạn có bình thường không?"),
    ("The X-ray came back normal.", "Kết quả chụp X-quang bình thường."),
    # v8: "Tôi đang đợi kết quả quét CT."
    ("I'm waiting for my CT scan results.", "Tôi đang chờ kết quả chụp CT."),
    ("She's still waiting for her MRI results.", "Cô ấy vẫn đang chờ kết quả chụp cộng hưởng từ."),
    ("My father is waiting to have an X-ray.", "Bố tôi đang chờ chụp X-quang."),
    # v8: "Tôi phải ở lại bệnh viện để quan sát.", "Cô ấy ở bệnh viện để quan sát.", "Anh ta bị bệnh viện để quan sát."
    ("I have to stay in hospital for observation.", "Tôi phải nằm viện theo dõi."),
    ("She's in hospital for observation.", "Cô ấy đang nằm viện theo dõi."),
    ("My grandfather is still in hospital for observation.", "Ông tôi vẫn đang nằm viện theo dõi."),
    ("He was kept in hospital for observation.", "Anh ấy đã phải nằm viện theo dõi."),
    ("Does she have to stay in hospital for observation?", "Cô ấy có phải nằm viện theo dõi không?"),
    ("Is your mother in hospital for observation?", "Mẹ bạn có đang nằm viện theo dõi không?"),
    ("The doctor says I need to stay in hospital for observation.", "Bác sĩ bảo tôi cần nằm viện theo dõi."),
    # not: a verb not agreeing ("She have", "Do she", "I has", "The X-ray were"), "a X-ray", the past asked of oneself,
    # "having" with no day (now, or ahead?), a day against the tense, another's results waited for, a pet in
    # hospital, a pregnancy scan (mt/pregnancy.py), scanning a code, "said … had to" (had, or has?), "Did you have
    # …?" and "I have an X-ray." (the tense in Vietnamese?), test results (mt/check_ups.py), the other language
    ("She have to have an X-ray.", None), ("Do she need an MRI?", None), ("I has had an X-ray.", None),
    ("I have to have a X-ray.", None), ("Have I had an X-ray yet?", None), ("I'm having an MRI.", None),
    ("I had an MRI tomorrow.", None), ("I'm going for an X-ray yesterday.", None), ("The X-ray were normal.", None),
    ("She's waiting for my MRI results.", None), ("My dog is in hospital for observation.", None),
    ("I'm having a pregnancy scan.", None), ("I scanned the QR code.", None),
    ("The doctor said I had to have an X-ray.", None), ("Did you have an X-ray?", None), ("I have an X-ray.", None),
    ("My test results are normal.", None), ("Tôi phải chụp X-quang.", None),
    ("The doctor sent the patient for an X-ray.", None), ("Does she needs an MRI?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
