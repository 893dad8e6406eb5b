"""Casts, crutches, stitches, slings, bandages and grazes after an injury, both ways (mt/casts.py)."""
import pytest

from mt.casts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "She must brew.", "He must brew his hands.", "Her hands were packed.", "His foot was battered."
    ("Cô ấy phải bó bột.", "She has to wear a cast."),
    ("Anh ấy phải bó bột tay.", "He has to have his arm in a cast."),
    ("Con tôi phải bó bột chân.", "My child has to have their leg in a cast."),
    ("Anh ấy đang bó bột tay.", "He has his arm in a cast."),
    ("Tôi đang bó bột.", "I'm in a cast."),
    ("Tay cô ấy bị bó bột.", "Her arm is in a cast."),
    ("Chân mẹ tôi vẫn còn bó bột.", "My mother's leg is still in a cast."),
    ("Bạn có phải bó bột không?", "Do you have to wear a cast?"),
    ("Tôi phải bó bột sáu tuần.", "I have to wear a cast for six weeks."),
    ("Tôi sẽ phải bó bột trong sáu tuần.", "I will have to wear a cast for six weeks."),
    # v8: "I must fight crutches.", "I'm rushing.", "I have to slight.", "My father had to mask."
    ("Tôi phải chống nạng.", "I have to use crutches."),
    ("Tôi đang chống nạng.", "I'm on crutches."),
    ("Tôi phải đi nạng.", "I have to use crutches."),
    ("Bố tôi vẫn phải chống nạng.", "My father still has to use crutches."),
    ("Tôi đã phải chống nạng ba tuần.", "I had to use crutches for three weeks."),
    ("Bạn có đang chống nạng không?", "Are you on crutches?"),
    ("Bạn còn phải chống nạng không?", "Do you still have to use crutches?"),
    ("Bạn vẫn còn chống nạng không?", "Are you still on crutches?"),
    # v8: "I was five stitches.", "He must stitch.", "I'm stitched for three shots.", "Are you stitched?"
    ("Tôi bị khâu năm mũi.", "I had five stitches."),
    ("Tôi được khâu ba mũi.", "I had three stitches."),
    ("Tôi vừa được khâu một mũi.", "I've just had one stitch."),
    ("Tôi đã phải khâu năm mũi.", "I needed five stitches."),
    ("Anh ấy phải khâu.", "He needs stitches."),
    ("Anh ấy cần phải khâu.", "He needs stitches."),
    ("Bạn có phải khâu không?", "Do you need stitches?"),
    # v8: "I must wear an iceberg."
    ("Tôi phải đeo băng treo tay.", "I have to wear a sling."),
    ("Cô ấy đang đeo băng treo tay.", "She has her arm in a sling."),
    # v8: "He resolved it.", "He was unsolved.", "When did you get off?", "Next week, I'll be solved."
    ("Anh ấy đã tháo bột rồi.", "He's had his cast taken off."),
    ("Anh ấy đã được tháo bột.", "He's had his cast taken off."),
    ("Bố tôi vừa được tháo bột.", "My father has just had his cast taken off."),
    ("Hôm qua cô ấy đã được tháo bột.", "She had her cast taken off yesterday."),
    ("Tuần sau tôi được tháo bột.", "I'm getting my cast off next week."),
    ("Tôi sắp được tháo bột.", "I'm getting my cast off soon."),
    ("Khi nào bạn được tháo bột?", "When is your cast coming off?"),
    ("Anh ấy đã được tháo bột chưa?", "Has he had his cast taken off yet?"),
    # v8: "When did you cut it?", "I was just cut."
    ("Khi nào bạn được cắt chỉ?", "When are your stitches coming out?"),
    ("Tôi vừa được cắt chỉ.", "I've just had my stitches out."),
    # v8: "Your doctor bandaged me.", "The doctor iceberged me."
    ("Bác sĩ đã băng bó cho tôi.", "The doctor bandaged me up."),
    ("Bác sĩ đã băng vết thương cho tôi.", "The doctor dressed my wound."),
    ("Y tá vừa băng đầu gối cho mẹ tôi.", "The nurse just bandaged my mother's knee."),
    ("Bác sĩ đã băng nó lại.", "The doctor put a bandage on it."),
    # v8: "I'm knees.", "My child was knees.", "I have scratched."
    ("Tôi bị trầy đầu gối.", "I grazed my knee."),
    ("Con tôi bị trầy đầu gối.", "My child grazed their knee."),
    ("Hôm qua con gái tôi bị trầy khuỷu tay.", "My daughter grazed her elbow yesterday."),
    # "bị xước" a graze, not an itch rubbed ("I scratched my face.")
    ("Tôi bị xước mặt.", "I got a scratch on my face."),
    ("Cô ấy bị xước trán.", "She got a scratch on her forehead."),
    ("Tôi bị trầy xước.", "I got a few scratches."),
    ("Tôi chỉ bị trầy xước thôi.", "I only got a few scratches."),
    # not: "anh", "em", "chị" alone saying it (the speaker or the listener), sewing ("khâu áo"), "phải khâu năm mũi"
    # (needs or needed?), a cast put on, whose not known (a name, a pet), "we" in casts, "tay" or "chân" grazed
    # (the hand or the arm?), a day ahead grazed, "vừa" with a day, a span of months, "cắt chỉ" without "được"
    # (cutting a thread), bandaging without a tense, the injury itself (mt/injuries.py), "có" not asked
    ("Tôi đang bó bột nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh phải bó bột.", None), ("Em đang chống nạng.", None), ("Mẹ tôi đang khâu áo.", None),
    ("Tôi đang khâu.", None), ("Tôi phải khâu năm mũi.", None), ("Tôi được bó bột.", None),
    ("Lan đang bó bột tay.", None), ("Lan đã được tháo bột.", None), ("Con chó của tôi phải bó bột chân.", None),
    ("Chúng tôi phải bó bột.", None), ("Họ đang đeo băng treo tay.", None), ("Tôi bị trầy tay.", None),
    ("Ngày mai tôi bị trầy đầu gối.", None), ("Hôm qua tôi vừa được tháo bột.", None),
    ("Anh ấy phải bó bột ba tháng.", None), ("Tôi cắt chỉ rồi.", None), ("Bác sĩ băng bó cho tôi.", None),
    ("Tôi bị gãy tay.", None), ("Bạn có phải bó bột.", None), ("Tôi sẽ được tháo bột.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy có cánh tay của cô ấy trong một buổi dự báo." (a forecast), "… đang ở trong một khung hình." (a frame)
    ("She has her arm in a cast.", "Cô ấy đang bó bột tay."),
    ("My mother has her leg in a cast.", "Mẹ tôi đang bó bột chân."),
    ("My friend has his arm in a cast.", "Bạn tôi đang bó bột tay."),
    ("Her arm is in a cast.", "Tay cô ấy đang bó bột."),
    ("My leg is in a cast.", "Chân tôi đang bó bột."),
    ("I'm in a cast.", "Tôi đang bó bột."),
    ("She's wearing a cast.", "Cô ấy đang bó bột."),  # v8: "… một chiếc dây chuyền." (a necklace)
    ("He has to wear a cast.", "Anh ấy phải bó bột."),  # v8: "Anh ta phải đeo một dự báo."
    ("I had to wear a cast for six weeks.", "Tôi đã phải bó bột trong sáu tuần."),
    ("Is your mother in a cast?", "Mẹ bạn có đang bó bột không?"),
    ("Does she have to wear a cast?", "Cô ấy có phải bó bột không?"),
    # v8: "Tôi đang ở trên nạng.", "Cô ấy đang ở trên những mảnh vụn." (on the shards)
    ("I'm on crutches.", "Tôi đang chống nạng."),
    ("She's on crutches.", "Cô ấy đang chống nạng."),
    ("My father is on crutches.", "Bố tôi đang chống nạng."),
    ("Are you still on crutches?", "Bạn vẫn còn chống nạng không?"),
    ("I have to use crutches for six weeks.", "Tôi phải chống nạng trong sáu tuần."),
    ("Do you still have to use crutches?", "Bạn vẫn còn phải chống nạng không?"),
    # v8: "Tôi có năm mũi khâu.", "Tôi đã có mũi khâu của tôi."
    ("I had five stitches.", "Tôi bị khâu năm mũi."),
    ("She had 12 stitches.", "Cô ấy bị khâu 12 mũi."),
    ("He's just had five stitches.", "Anh ấy vừa được khâu năm mũi."),
    ("He needs stitches.", "Anh ấy cần phải khâu."),
    ("She needed stitches.", "Cô ấy đã phải khâu."),
    ("I had to have five stitches.", "Tôi đã phải khâu năm mũi."),
    ("Does he need stitches?", "Anh ấy có cần khâu không?"),
    # v8: "Cánh tay của tôi đang ở trong một trượt." (a slide), "… một trượt dốc."
    ("My arm is in a sling.", "Tôi đang đeo băng treo tay."),
    ("She has her arm in a sling.", "Cô ấy đang đeo băng treo tay."),
    ("My mother's arm is in a sling.", "Mẹ tôi đang đeo băng treo tay."),
    # v8: "Anh ta đã bỏ phiếu." (voted), "Khi nào bạn cũng ra đi?"
    ("He's had his cast taken off.", "Anh ấy đã được tháo bột rồi."),
    ("He had his cast taken off yesterday.", "Hôm qua anh ấy đã được tháo bột."),
    ("Has she had her stitches out yet?", "Cô ấy đã được cắt chỉ chưa?"),
    ("I've had my stitches out.", "Tôi đã được cắt chỉ rồi."),
    ("When is your cast coming off?", "Khi nào bạn được tháo bột?"),
    ("When are your stitches coming out?", "Khi nào bạn được cắt chỉ?"),
    ("I'm getting my cast off next week.", "Tuần sau tôi được tháo bột."),
    ("I'm getting my stitches out soon.", "Tôi sắp được cắt chỉ."),
    # v8: "Bác sĩ đưa băng dính vào đó." (sticky tape), "Bác sĩ băng qua tay của tôi." (crossed)
    ("The doctor put a bandage on it.", "Bác sĩ đã băng nó lại."),
    ("The doctor bandaged me up.", "Bác sĩ đã băng bó cho tôi."),
    ("The nurse dressed my wound.", "Y tá đã băng vết thương cho tôi."),
    ("The nurse bandaged my mother's arm.", "Y tá đã băng cánh tay cho mẹ tôi."),
    # v8: "Tôi lấy gối của tôi." (took my pillow), "Cô ấy chộp khuỷu tay.", "Tôi đã bỏ gối của tôi."
    ("I grazed my knee.", "Tôi bị trầy đầu gối."),
    ("She grazed her elbow.", "Cô ấy bị trầy khuỷu tay."),
    ("I scraped my knee yesterday.", "Hôm qua tôi bị trầy đầu gối."),
    ("I've just grazed my knee.", "Tôi vừa bị trầy đầu gối."),
    ("Lan grazed her knee.", "Lan bị trầy đầu gối."),
    ("I only got a few scratches.", "Tôi chỉ bị trầy xước thôi."),
    # not: "scratched" a part (mostly an itch rubbed or a gesture, not a graze)
    ("He scratched his chin.", None), ("I scratched my arm.", None), ("He scratched his face.", None),
    ("She scratched her forehead.", None),
    # not: the verb not agreeing ("She have", "Does she has", "I has", "She are"), whose not who's ("She has my arm",
    # "My mother grazed his knee"), "we" or "they" in casts, a day the tense does not take, "is" with "stitches",
    # a sling on a leg, "cast" of a vote or a film, questions Vietnamese asks otherwise ("Did you have to …?")
    ("She have her arm in a cast.", None), ("She has my arm in a cast.", None),
    ("Does she has to wear a cast?", None), ("Do she have to wear a cast?", None), ("I needs stitches.", None),
    ("She need five stitches.", None), ("I has had my cast taken off.", None),
    ("Have he had his cast taken off yet?", None), ("She are getting her cast off next week.", None),
    ("My mother grazed his knee.", None), ("She have grazed her knee.", None),
    ("They have their arms in casts.", None), ("We have to wear a cast.", None),
    ("He's had his cast taken off yesterday.", None), ("I grazed my knee tomorrow.", None),
    ("When is your stitches coming out?", None), ("My mother's leg is in a sling.", None), ("I cast my vote.", None),
    ("The cast of the film.", None), ("Did you have to wear a cast?", None), ("I'm getting my cast off.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi phải chống nạng.", "en", "vi") is None
    assert translate("I'm on crutches.", "vi", "en") is None
    assert translate("I'm on crutches.", "en", "fr") is None
