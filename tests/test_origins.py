"""Where someone was born and grew up, how long they have lived somewhere, and when they moved there, said or asked,
both ways (mt/origins.py)."""
import pytest

from mt import phrasebook
from mt.origins import place, translate, when


@pytest.mark.parametrize("text, said", [
    # v7: "Where do you deliver?", "Where do you grow up?", "He grew in Da Nang.", "I was born and grow in Hanoi."
    ("Bạn sinh ra ở đâu?", "Where were you born?"),
    ("Bạn lớn lên ở đâu?", "Where did you grow up?"),
    ("Anh ấy lớn lên ở Đà Nẵng.", "He grew up in Da Nang."),
    ("Mẹ tôi sinh ra ở Hải Phòng.", "My mother was born in Hai Phong."),
    ("Tôi sinh ra và lớn lên ở Hà Nội.", "I was born and raised in Hanoi."),
    ("Bạn sinh ra và lớn lên ở đâu?", "Where were you born and raised?"),
    ("Bố bạn sinh ra ở đâu?", "Where was your father born?"),
    ("Chị sinh ra ở đâu?", "Where were you born?"),  # ("chị" asking is "you")
    # v7: "I don't live in Vietnam.", "Do you live in Hanoi?", "Land was born in the Saigo."
    ("Tôi không sinh ra ở Việt Nam.", "I wasn't born in Vietnam."),
    ("Anh ấy không lớn lên ở Huế.", "He didn't grow up in Hue."),
    ("Bạn có sinh ra ở Hà Nội không?", "Were you born in Hanoi?"),
    ("Bạn sinh ra ở Hà Nội phải không?", "Were you born in Hanoi?"),
    ("Bạn lớn lên ở Huế à?", "Did you grow up in Hue?"),
    ("Lan sinh ra ở Sài Gòn.", "Lan was born in Saigon."),
    ("Chúng tôi lớn lên ở đây.", "We grew up here."),
    ("Tôi được sinh ra ở Úc.", "I was born in Australia."),
    ("Tôi sinh ra ở Hà Nội nhưng lớn lên ở Sài Gòn.", "I was born in Hanoi but grew up in Saigon."),
    ("Tôi sinh ra ở Hà Nội năm 1990.", "I was born in Hanoi in 1990."),
    ("Con gái tôi sinh ra ở đây ba tháng trước.", "My daughter was born here three months ago."),
    # lived, and for how long (v7: "I lived in France two years.", "I lived in Hanoi since 2015.")
    ("Tôi sống ở Hà Nội được ba năm rồi.", "I've lived in Hanoi for three years."),
    ("Anh ấy sống ở Đà Nẵng được mười năm.", "He's lived in Da Nang for ten years."),
    ("Mẹ tôi sống ở TP. Hồ Chí Minh được vài năm rồi.", "My mother has lived in Ho Chi Minh City for a few years."),
    ("Tôi đã sống ở Pháp hai năm.", "I lived in France for two years."),
    ("Tôi sống ở Hà Nội từ năm 2015.", "I've lived in Hanoi since 2015."),
    ("Bạn sống ở đây bao lâu rồi?", "How long have you lived here?"),
    ("Anh sống ở Việt Nam được bao lâu rồi?", "How long have you lived in Vietnam?"),
    ("Bạn đã sống ở Nhật Bản bao lâu?", "How long did you live in Japan?"),
    # moved, and when (v7: "When did you move to here?", "How do you move to Hanoi?", "The three I moved here in 2010.")
    ("Năm ngoái chúng tôi chuyển đến Đà Nẵng.", "We moved to Da Nang last year."),
    ("Chúng tôi chuyển đến đây năm ngoái.", "We moved here last year."),
    ("Chúng tôi mới chuyển đến đây.", "We just moved here."),
    ("Tôi chuyển đến Hà Nội năm 2019.", "I moved to Hanoi in 2019."),
    ("Tôi chuyển đến Sài Gòn hai năm trước.", "I moved to Saigon two years ago."),
    ("Ba tôi chuyển đến đây năm 2010.", "My father moved here in 2010."),
    ("Bạn chuyển đến đây khi nào?", "When did you move here?"),
    ("Bạn chuyển đến Hà Nội năm nào?", "What year did you move to Hanoi?"),
    ("Khi nào bạn chuyển đến Hà Nội?", "When will you move to Hanoi?"),  # (opening the question: ahead)
    # not: a place not known by its name, "anh" saying it (may be the speaker), "có" without "không", asked without
    # "?", a span without the tense, a span of hours, a time ahead, "mới" with a time, a move mt/visits.py takes,
    # what mt/people.py and mt/family.py take
    ("Tôi sinh ra ở Paris.", None), ("Tôi lớn lên ở quê.", None), ("Anh sinh ra ở Hà Nội.", None),
    ("Bạn có sinh ra ở Hà Nội?", None), ("Bạn sinh ra ở Hà Nội không?", None), ("Tôi sinh ra ở Hà Nội?", None),
    ("Tôi không sinh ra ở đâu?", None), ("Tôi sống ở Hà Nội hai năm.", None),
    ("Tôi sống ở Hà Nội được ba giờ rồi.", None), ("Năm sau chúng tôi chuyển đến đây.", None),
    ("Tôi mới chuyển đến đây năm ngoái.", None), ("Chúng tôi chuyển đến đây.", None),
    ("Tôi mới chuyển đến Hà Nội.", None), ("Bạn sinh năm bao nhiêu?", None), ("Tôi sống ở Hà Nội.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi tăng lên ở Sài Gòn." (rose), "Anh ta lớn lên ở Đà Nẵng.", "Tôi được sinh ra và nhấm ở Hà Nội."
    ("Where were you born?", "Bạn sinh ra ở đâu?"),
    ("Where did you grow up?", "Bạn lớn lên ở đâu?"),
    ("Where was your father born?", "Bố bạn sinh ra ở đâu?"),
    ("He grew up in Da Nang.", "Anh ấy lớn lên ở Đà Nẵng."),
    ("I grew up in Saigon.", "Tôi lớn lên ở Sài Gòn."),
    ("My mother was born in Hai Phong.", "Mẹ tôi sinh ra ở Hải Phòng."),
    ("I was born and raised in Hanoi.", "Tôi sinh ra và lớn lên ở Hà Nội."),
    ("I wasn't born in Vietnam.", "Tôi không sinh ra ở Việt Nam."),
    ("She didn't grow up in Hue.", "Cô ấy không lớn lên ở Huế."),
    ("Were you born in Hanoi?", "Bạn có sinh ra ở Hà Nội không?"),
    ("Did you grow up in Hue?", "Bạn có lớn lên ở Huế không?"),  # (v7: "… phát triển …", develop)
    ("Lan was born in Saigon.", "Lan sinh ra ở Sài Gòn."),
    ("I was born in Hanoi but grew up in Saigon.", "Tôi sinh ra ở Hà Nội nhưng lớn lên ở Sài Gòn."),
    ("I was born in Hanoi in 1990.", "Tôi sinh ra ở Hà Nội vào năm 1990."),
    # lived
    ("I've lived in Hanoi for three years.", "Tôi sống ở Hà Nội được ba năm rồi."),
    ("He has lived in Da Nang for ten years.", "Anh ấy sống ở Đà Nẵng được mười năm rồi."),
    ("Minh has been living here for six months.", "Minh sống ở đây được sáu tháng rồi."),
    ("I've lived here since 2015.", "Tôi sống ở đây từ năm 2015."),
    ("I lived in France for two years.", "Tôi đã sống ở Pháp hai năm."),
    ("How long have you lived here?", "Bạn sống ở đây bao lâu rồi?"),
    ("How long has your brother lived in Hue?", "Anh trai bạn sống ở Huế bao lâu rồi?"),
    ("How long did you live in France?", "Bạn đã sống ở Pháp bao lâu?"),
    # moved (v7: "Bạn đã di chuyển ở đây khi nào?", travelled about; "Tôi di chuyển đến Hà Nội vào năm 2019.")
    ("When did you move here?", "Bạn chuyển đến đây khi nào?"),
    ("What year did you move to Hanoi?", "Bạn chuyển đến Hà Nội năm nào?"),
    ("When are you moving to Hue?", "Khi nào bạn chuyển đến Huế?"),
    ("I moved to Hanoi in 2019.", "Tôi đã chuyển đến Hà Nội vào năm 2019."),
    ("I moved here two years ago.", "Tôi đã chuyển đến đây cách đây hai năm."),
    ("We moved here last year.", "Năm ngoái chúng tôi đã chuyển đến đây."),
    ("We've just moved here.", "Chúng tôi mới chuyển đến đây."),
    # not: "was" or "have" not agreeing with who, a place not known by its name, a span not read or of hours, a time
    # ahead, two times, a move mt/visits.py takes, what mt/people.py takes
    ("I were born in Hanoi.", None), ("Was you born here?", None), ("Where were your mother born?", None),
    ("He have lived here for two years.", None), ("When are he moving here?", None),
    ("I was born in Paris.", None), ("I grew up in the countryside.", None),
    ("I've lived here for a long time.", None), ("I've lived here for two hours.", None),
    ("We moved here next year.", None), ("I've moved here last year.", None),
    ("I just moved to Hanoi.", None), ("We moved to Da Nang last year.", None), ("Where are you from?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("said, src, read", [
    ("đây", "vi", "here"), ("here", "en", "đây"), ("TP. Hồ Chí Minh", "vi", "Ho Chi Minh City"),
    ("England", "en", "Anh"), ("Paris", "en", None), ("quê", "vi", None),
])
def test_place(said, src, read):
    assert place(said, src) == read


@pytest.mark.parametrize("said, src, read", [
    ("năm 2019", "vi", "in 2019"), ("Năm ngoái", "vi", "last year"), ("hai năm trước", "vi", "two years ago"),
    ("năm sau", "vi", None), ("in 2019", "en", "vào năm 2019"), ("last month", "en", "tháng trước"),
    ("two years ago", "en", "cách đây hai năm"), ("next year", "en", None), ("", "vi", ""),
])
def test_when(said, src, read):
    assert when(said, src) == read


def test_other_pairs_are_not_taken():
    assert translate("Tôi sinh ra ở Huế.", "en", "vi") is None  # (Vietnamese given as English)
    assert translate("I was born in Hue.", "vi", "en") is None


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Bạn sinh ra ở đâu?", "vi", "en") == "Where were you born?"
    assert phrasebook.translate("I grew up in Saigon.", "en", "vi") == "Tôi lớn lên ở Sài Gòn."
