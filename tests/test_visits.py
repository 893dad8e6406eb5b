"""How often someone has been somewhere, and a first time there, both ways (mt/visits.py)."""
import pytest

from mt import phrasebook
from mt.visits import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I reached Vietnam three times.", "You come to Vietnam?"
    ("Tôi đã đến Việt Nam ba lần.", "I've been to Vietnam three times."),
    ("Tôi đã đi Đà Nẵng hai lần rồi.", "I've been to Da Nang twice."),
    ("Lan đã đến Huế một lần.", "Lan has been to Hue once."),
    ("Bạn đã đến Hà Nội mấy lần rồi?", "How many times have you been to Hanoi?"),
    ("Bạn đến Việt Nam lần đầu à?", "Is this your first time in Vietnam?"),
    ("Đây là lần đầu tiên bạn đến Việt Nam phải không?", "Is this your first time in Vietnam?"),
    ("Đây là lần đầu tiên tôi đến Hà Nội.", "This is my first time in Hanoi."),
    # where someone is (v7: "Where did he be?", "Where are you moving?", "Lan Where?")
    ("Anh ấy đang ở đâu?", "Where is he?"), ("Bạn đang ở đâu?", "Where are you?"),
    ("Chị Lan đâu rồi?", "Where is Lan?"),
    # v8: "Where did he?" ("anh ta", "cô ta" are he and she: mt.ever.PRONOUNS, stop 55)
    ("Anh ta ở đâu?", "Where is he?"), ("Cô ta đâu rồi?", "Where is she?"),
    # someone moved or moving to a place (v7: "He just turned to Hanoi.")
    ("Anh ấy mới chuyển đến Hà Nội.", "He just moved to Hanoi."),
    ("Chúng tôi đã chuyển đến Đà Nẵng năm ngoái.", "We moved to Da Nang last year."),
    ("Lan vừa chuyển nhà đến Sài Gòn.", "Lan just moved to Saigon."), ("Tôi sắp chuyển về Huế.", "I'm moving to Hue."),
    # ... and when ahead (v8: "He's moving to London next year." → "… đang di chuyển đến London năm tới.")
    ("Chúng tôi sắp chuyển đến Đà Nẵng tháng sau.", "We're moving to Da Nang next month."),
    ("Anh ấy sẽ chuyển đến Huế vào năm sau.", "He'll move to Hue next year."),
    ("Anh ấy đã chuyển đến Huế năm sau.", None),
    # not: a place without a name ("the market", "another company"), "anh" saying it, asked without "?"
    ("Anh ấy chuyển đến công ty khác.", None),
    ("Tôi đã đến chợ ba lần.", None), ("Anh đã đến Huế hai lần.", None), ("Bạn đến Việt Nam lần đầu à.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Đây có lần đầu tiên của bạn ở Việt Nam không?"
    ("Is this your first time in Vietnam?", "Đây có phải là lần đầu tiên bạn đến Việt Nam không?"),
    ("This is my first time in Da Nang.", "Đây là lần đầu tiên tôi đến Đà Nẵng."),
    ("I've been to Vietnam three times.", "Tôi đã đến Việt Nam ba lần rồi."),
    ("She has been to Japan twice.", "Cô ấy đã đến Nhật Bản hai lần rồi."),
    ("How many times have you been to Hue?", "Bạn đã đến Huế mấy lần rồi?"),
    ("Where is Minh?", "Minh đang ở đâu?"), ("Where are you?", "Bạn đang ở đâu?"),  # (v7: "Có Minh ở đâu?")
    ("He just moved to Hanoi.", "Anh ấy mới chuyển đến Hà Nội."),
    ("We moved to Da Nang last year.", "Chúng tôi đã chuyển đến Đà Nẵng năm ngoái."),
    ("We're moving to Hue.", "Chúng tôi sắp chuyển đến Huế."),
    ("He's moving to Hue next year.", "Năm sau anh ấy sẽ chuyển đến Huế."),
    ("She will move to Da Nang next week.", "Tuần sau cô ấy sẽ chuyển đến Đà Nẵng."),
    ("He moved to Hue next year.", None),
    # not: "have" or "is" not agreeing with who, a place without a name
    ("Where are he?", None), ("He moved to a new office.", None),
    ("He have been to Hue twice.", None), ("I've been to the market twice.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Bạn đến Việt Nam lần đầu à?", "vi", "en") == "Is this your first time in Vietnam?"
