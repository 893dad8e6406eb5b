"""An appointment someone has, with whom and when, both ways (mt/appointments.py)."""
import pytest

from mt import phrasebook
from mt.appointments import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v7: "I'm an appointment with your doctor at 3:00.", "Tomorrow is an appointment with the dentist."
    ("Tôi có hẹn với bác sĩ lúc 3 giờ.", "I have an appointment with the doctor at 3:00."),
    ("Tôi có hẹn với bác sĩ lúc 3 giờ chiều.", "I have an appointment with the doctor at 3 p.m."),
    ("Ngày mai mẹ tôi có hẹn với nha sĩ.", "My mother has an appointment with the dentist tomorrow."),
    ("Chiều nay tôi có hẹn.", "I have an appointment this afternoon."),
    ("Anh ấy sẽ có cuộc hẹn với khách hàng lúc 10 giờ sáng mai.",
     "He will have an appointment with a client at 10:00 tomorrow morning."),
    # someone by name or kin, or a pronoun: a meeting
    ("Tôi có hẹn với Lan vào thứ Bảy.", "I'm meeting Lan on Saturday."),
    ("Tôi có hẹn với nha sĩ thứ Hai.", "I have an appointment with the dentist on Monday."),  # (without "vào")
    ("Tôi có hẹn với bạn tôi tối nay.", "I'm meeting my friend tonight."),
    ("Mẹ tôi có hẹn với anh ấy.", "My mother is meeting him."),
    # not: whom, a time or a day not read whole, two days, "anh" saying it
    ("Tôi có hẹn với người yêu.", None), ("Tôi có hẹn lúc sớm.", None), ("Ngày mai tôi có hẹn hôm nay.", None),
    ("Anh có hẹn với bác sĩ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    ("I have an appointment with the doctor at 3 pm.", "Tôi có hẹn với bác sĩ lúc 3 giờ chiều."),
    ("She has an appointment with the dentist tomorrow.", "Cô ấy có hẹn với nha sĩ ngày mai."),
    ("I've got an appointment at 10 am.", "Tôi có hẹn lúc 10 giờ sáng."),
    ("My mother has an appointment with my doctor on Monday.", "Mẹ tôi có hẹn với bác sĩ vào thứ Hai."),
    ("I have an appointment with Lan this afternoon.", "Tôi có hẹn với Lan chiều nay."),
    ("I have an appointment with him tomorrow.", "Tôi có hẹn với anh ấy ngày mai."),
    # not: "have" not agreeing with who, whom not read whole
    ("He have an appointment.", None), ("I have an appointment with destiny.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Tôi có hẹn với bác sĩ lúc 3 giờ.", "vi", "en") == (
        "I have an appointment with the doctor at 3:00.")


def test_the_bundled_model_says_an_appointment(bundled):
    t = Translator.load(bundled)  # v7 alone: "I'm an appointment with your doctor at 3:00."
    assert t.translate("Tôi có hẹn với bác sĩ lúc 3 giờ.", "vi", "en") == [
        "I have an appointment with the doctor at 3:00."]
