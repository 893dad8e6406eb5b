"""Military service and the army: in the army, doing military service, joining or leaving it, a soldier, having to do
it, how long it is, both ways (mt/military_service.py)."""
import pytest

from mt.military_service import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He went on military cemetery.", "My brother is walking the team.", "My brother is going to be military
    # obligation.", "Minh is going to go to military obligations."
    ("Anh ấy đi nghĩa vụ quân sự.", "He's doing his military service."),
    ("Anh trai tôi đang đi bộ đội.", "My brother is in the army."),
    ("Anh tôi đang đi bộ đội.", "My brother is in the army."),
    ("Anh trai tôi đang đi nghĩa vụ quân sự.", "My brother is doing his military service."),
    ("Minh đang đi nghĩa vụ quân sự.", "Minh is doing military service."),
    ("Em trai tôi đang ở trong quân đội.", "My younger brother is in the army."),
    ("Con trai tôi vẫn đang đi bộ đội.", "My son is still in the army."),
    # v8: "She is in the army."
    ("Chị ấy ở trong hải quân.", "She's in the navy."),
    ("Anh ấy đang phục vụ trong không quân.", "He's in the air force."),
    # v8: "He has been cereal.", "He cerealed.", "He has fallen in the military.", "He appears the cereal last year."
    ("Anh ấy vừa xuất ngũ.", "He just left the army."),
    ("Anh ấy đã xuất ngũ.", "He left the army."),
    ("Anh ấy vừa ra quân.", "He just left the army."),
    ("Anh ấy xuất ngũ năm ngoái.", "He left the army last year."),
    ("Anh ấy xuất ngũ rồi.", "He's left the army."),
    ("Anh ấy sắp xuất ngũ.", "He's about to leave the army."),
    ("Anh ấy xuất ngũ năm sau.", "He's going to leave the army next year."),
    ("Anh ấy vừa hoàn thành nghĩa vụ quân sự.", "He just finished his military service."),
    # v8: "He entered last cereal.", "My younger brother has just been cereal.", "He walked the team last year.", "He's
    # going to walk the team.", "Next year, he will walk his team."
    ("Anh ấy nhập ngũ năm ngoái.", "He joined the army last year."),
    ("Em trai tôi vừa nhập ngũ.", "My younger brother just joined the army."),
    ("Anh ấy đi bộ đội năm ngoái.", "He joined the army last year."),
    ("Anh ấy sắp đi bộ đội.", "He's about to join the army."),
    ("Năm sau anh ấy sẽ đi bộ đội.", "He's going to join the army next year."),
    ("Con trai tôi sắp nhập ngũ.", "My son is about to join the army."),
    # v8: "I've been the team.", "My father had gone to the team.", "He is soldiers.", "I walked the two-year team."
    ("Bố tôi từng là bộ đội.", "My father was a soldier."),
    ("Bố tôi từng đi bộ đội.", "My father was in the army."),
    ("Anh ấy là lính.", "He's a soldier."),
    ("Họ là lính.", "They're soldiers."),
    ("Anh ấy có phải là lính không?", "Is he a soldier?"),
    ("Tôi từng đi bộ đội hai năm.", "I was in the army for two years."),
    ("Anh ấy đi bộ đội được một năm rồi.", "He's been in the army for a year."),
    ("Anh ấy đi bộ đội bao lâu rồi?", "How long has he been in the army?"),
    # v8: "Have you gone on military obligations yet?", "Do you have to go to military obligations?"
    ("Bạn đã đi nghĩa vụ quân sự chưa?", "Have you done your military service yet?"),
    ("Bạn có từng đi bộ đội không?", "Have you ever been in the army?"),
    ("Anh trai bạn có đang đi bộ đội không?", "Is your brother in the army?"),
    ("Anh ấy đã xuất ngũ chưa?", "Has he left the army yet?"),
    ("Bạn có phải đi nghĩa vụ quân sự không?", "Do you have to do military service?"),
    ("Tôi phải đi nghĩa vụ quân sự.", "I have to do military service."),
    # v8: "How long does the military in Vietnam last?", "The military task lasted two years."
    ("Nghĩa vụ quân sự ở Việt Nam kéo dài bao lâu?", "How long is military service in Vietnam?"),
    ("Đi nghĩa vụ quân sự mất bao lâu?", "How long is military service?"),
    ("Nghĩa vụ quân sự kéo dài hai năm.", "Military service lasts two years."),
    ("Nghĩa vụ quân sự ở Hàn Quốc kéo dài 18 tháng.", "Military service in Korea lasts 18 months."),
    # not: a word of kinship alone (the speaker or the listener), "đã đi bộ đội" and "có đi bộ đội không" (joined, or
    # did service?), "nhập ngũ" with no word of when, a span that may be over, a day with "vừa", a firefighter, weeks
    ("Họ là lính nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đang đi bộ đội.", None), ("Em vừa xuất ngũ.", None), ("Anh ấy đã đi bộ đội.", None),
    ("Bạn có đi bộ đội không?", None), ("Anh ấy nhập ngũ.", None), ("Tôi đã đi bộ đội hai năm.", None),
    ("Anh ấy vừa xuất ngũ năm ngoái.", None), ("Anh ấy là lính cứu hỏa.", None),
    ("Nghĩa vụ quân sự kéo dài hai tuần.", None), ("Anh ấy đi bộ đội rồi.", None),
    ("Anh ấy sẽ xuất ngũ năm ngoái.", None), ("Anh ấy là bác sĩ.", None), ("Bạn có đang đi bộ đội không.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta đang làm dịch vụ quân sự của anh ta." (service as a business), "Anh ấy chỉ hoàn thành dịch vụ quân
    # sự của anh ấy." (just as only), "Em tôi đang ở trong quân đội." (a younger brother)
    ("He's doing his military service.", "Anh ấy đang đi nghĩa vụ quân sự."),
    ("My son is doing his military service.", "Con trai tôi đang đi nghĩa vụ quân sự."),
    ("Lan is doing her military service.", "Lan đang đi nghĩa vụ quân sự."),
    ("He's doing national service.", "Anh ấy đang đi nghĩa vụ quân sự."),
    ("He just finished his military service.", "Anh ấy vừa hoàn thành nghĩa vụ quân sự."),
    ("My brother is about to finish his military service.", "Anh trai tôi sắp hoàn thành nghĩa vụ quân sự."),
    ("My brother is in the army.", "Anh trai tôi đang đi bộ đội."),
    ("He's in the military.", "Anh ấy đang đi bộ đội."),
    ("I'm in the army.", "Tôi đang đi bộ đội."),
    # v8: "Cô ấy đang lực không khí."
    ("She's in the air force.", "Cô ấy đang ở trong không quân."),
    ("She's in the navy.", "Cô ấy đang ở trong hải quân."),
    # v8: "Em tôi sẽ tham gia quân đội vào năm tới." (a younger brother)
    ("My brother joined the army last year.", "Năm ngoái anh trai tôi đã nhập ngũ."),
    ("My brother is going to join the army next year.", "Năm sau anh trai tôi sẽ nhập ngũ."),
    ("He's just joined the army.", "Anh ấy vừa nhập ngũ."),
    ("He left the army.", "Anh ấy đã xuất ngũ."),
    ("He has just left the army.", "Anh ấy vừa xuất ngũ."),
    ("He's left the army.", "Anh ấy đã xuất ngũ rồi."),
    # v8: "Cha tôi là một binh sĩ." (the past lost), "Ông tôi ở trong quân đội." (the past lost), "Anh ta ở quân đội
    # trong ba năm."
    ("My father was a soldier.", "Bố tôi từng là lính."),
    ("My grandfather was in the army.", "Ông tôi từng đi bộ đội."),
    ("He was in the army for three years.", "Anh ấy từng đi bộ đội ba năm."),
    ("He served in the army for two years.", "Anh ấy từng đi bộ đội hai năm."),
    ("He's been in the army for a year.", "Anh ấy đã đi bộ đội được một năm rồi."),
    ("They are soldiers.", "Họ là lính."),
    ("Is he a soldier?", "Anh ấy có phải là lính không?"),
    # v8: "Bạn có ở quân đội không?", "Bạn đã thực hiện dịch vụ quân sự của mình chưa?"
    ("Are you in the army?", "Bạn có đang đi bộ đội không?"),
    ("Is your brother in the army?", "Anh trai bạn có đang đi bộ đội không?"),
    ("Have you done your military service?", "Bạn đã đi nghĩa vụ quân sự chưa?"),
    ("Have you ever been in the army?", "Bạn đã từng đi bộ đội chưa?"),
    ("Has he left the army yet?", "Anh ấy đã xuất ngũ chưa?"),
    ("How long has he been in the army?", "Anh ấy đi bộ đội được bao lâu rồi?"),
    ("Do you have to do military service?", "Bạn có phải đi nghĩa vụ quân sự không?"),
    ("She has to do military service.", "Cô ấy phải đi nghĩa vụ quân sự."),
    # v8: "Dịch vụ quân sự ở Việt Nam bao lâu?"
    ("How long is military service in Vietnam?", "Nghĩa vụ quân sự ở Việt Nam kéo dài bao lâu?"),
    ("How long does military service last?", "Nghĩa vụ quân sự kéo dài bao lâu?"),
    ("Military service lasts two years.", "Nghĩa vụ quân sự kéo dài hai năm."),
    # not: the verb not agreeing with who, whose not agreeing ("My son … her"), "a soldier" of many, a span's number,
    # a day the tense does not take, who not known (mt.hobbies.WHO_EN: "my brothers"), and other topics
    ("He are a soldier.", None), ("I is in the army.", None), ("Does she has to do military service?", None),
    ("My son is doing her military service.", None), ("They are a soldier.", None),
    ("He was in the army for one years.", None), ("My brother is going to join the army last year.", None),
    ("My brothers are in the army.", None), ("Military service lasts one years.", None),
    ("He's in the kitchen.", None), ("She's a police officer.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Anh ấy vừa xuất ngũ.", "en", "vi") is None
    assert translate("He just left the army.", "vi", "en") is None
    assert translate("He just left the army.", "en", "fr") is None
