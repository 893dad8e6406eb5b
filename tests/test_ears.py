"""Ears that ring, feel blocked or hold a lot of earwax, both ways (mt/ears.py)."""
import pytest

from mt.ears import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I was squiring.", "I was squiring.", "My mother was squiring.", "Lan was squiring.", "We were squiring.",
    # "His ear was jagged.", "I don't have a squiring."
    ("Tôi bị ù tai.", "My ears are ringing."),
    ("Tai tôi bị ù.", "My ears are ringing."),
    ("Mẹ tôi bị ù tai.", "My mother's ears are ringing."),
    ("Lan bị ù tai.", "Lan's ears are ringing."),
    ("Chúng tôi bị ù tai.", "Our ears are ringing."),
    ("Tai anh ấy bị ù.", "His ears are ringing."),
    ("Bác Lan bị ù tai.", "Aunt Lan's ears are ringing."),
    ("Tai tôi đang bị ù.", "My ears are ringing."),
    ("Tôi không bị ù tai.", "My ears aren't ringing."),
    ("Tôi bị ù tai trái.", "My left ear is ringing."),
    # v8: "I'm squiring.", "My ears remain behind the concert."
    ("Tai tôi cứ ù ù.", "My ears keep ringing."),
    ("Tai anh ấy cứ bị ù.", "His ears keep ringing."),
    ("Tai tôi vẫn còn ù sau buổi hòa nhạc.", "My ears are still ringing after the concert."),
    ("Tai tôi vẫn bị ù.", "My ears are still ringing."),
    ("Tai mẹ tôi vẫn còn ù sau đám cưới.", "My mother's ears are still ringing after the wedding."),
    # v8: "Do you have a squiring?", "Do you have a squiring ears?"
    ("Tai bạn có bị ù không?", "Are your ears ringing?"),
    ("Bạn có bị ù tai không?", "Are your ears ringing?"),
    ("Anh có bị ù tai không?", "Are your ears ringing?"),
    ("Tai bạn còn ù không?", "Are your ears still ringing?"),
    ("Tai trái của bạn có bị ù không?", "Is your left ear ringing?"),
    ("Hôm qua tai bạn có bị ù không?", "Were your ears ringing yesterday?"),
    # v8: "I'm snugging for two days.", "I was squiring from yesterday.", "Yesterday, I was squiring."
    ("Tai tôi bị ù hai ngày rồi.", "My ears have been ringing for two days."),
    ("Tôi bị ù tai hai ngày rồi.", "My ears have been ringing for two days."),
    ("Tai tôi bị ù mấy ngày nay.", "My ears have been ringing for a few days."),
    ("Tai mẹ tôi bị ù được một tuần rồi.", "My mother's ears have been ringing for a week."),
    ("Tai tôi bị ù từ hôm qua.", "My ears have been ringing since yesterday."),
    ("Tai tôi bị ù từ sau buổi hòa nhạc.", "My ears have been ringing since the concert."),
    ("Hôm qua tôi bị ù tai.", "My ears were ringing yesterday."),
    ("Tối qua tai tôi vẫn còn ù.", "My ears were still ringing last night."),
    # v8: "My ear is stuffed.", "I'm ruled.", "I'm suffocated."
    ("Tai tôi bị nghẹt.", "My ears feel blocked."),
    ("Tai tôi bị tắc.", "My ears feel blocked."),
    ("Tôi bị nghẹt tai.", "My ears feel blocked."),
    ("Tai Lan vẫn còn nghẹt.", "Lan's ears still feel blocked."),
    ("Tai tôi không bị nghẹt.", "My ears don't feel blocked."),
    ("Tai trái của mẹ tôi bị nghẹt.", "My mother's left ear feels blocked."),
    ("Tai phải của bạn có bị nghẹt không?", "Does your right ear feel blocked?"),
    ("Tai tôi vẫn còn bị nghẹt sau chuyến bay.", "My ears still feel blocked after the flight."),
    ("Tai tôi bị nghẹt từ sau chuyến bay.", "My ears have felt blocked since the flight."),
    ("Tôi bị nghẹt tai phải hai ngày rồi.", "My right ear has felt blocked for two days."),
    # v8: "I'm getting an ear burning." ("Tôi bị ráy tai.")
    ("Tôi có nhiều ráy tai.", "I have a lot of earwax."),
    ("Tai con tôi có nhiều ráy tai.", "My child has a lot of earwax."),
    ("Con bạn có nhiều ráy tai không?", "Does your child have a lot of earwax?"),
    ("Mẹ tôi không có nhiều ráy tai.", "My mother doesn't have a lot of earwax."),
    ("Tai tôi bị tích tụ ráy tai.", "I have a build-up of earwax."),
    ("Tôi bị tắc ráy tai.", "My ears are blocked with earwax."),
    # not: "ù" without "tai" (a win at cards), "ù ù" not kept, ringing after a concert without "vẫn" (now, or that
    # night?), "ù" on a plane or after a flight (blocked, not ringing; once or each time?), deafness, earache and ear
    # infections (mt/aches.py), a reason, a pet's ears, "anh" saying it, asked of oneself, a "?" on a statement, "còn"
    # alone said, "nhỉ", "Tôi bị ráy tai." (earwax, had by all), "tai nạn" (an accident)
    ("Tôi bị ù.", None), ("Ù rồi!", None), ("Tai tôi ù ù.", None), ("Tai tôi bị ù sau buổi hòa nhạc.", None),
    ("Tai tôi bị ù khi máy bay hạ cánh.", None), ("Tai tôi bị ù sau chuyến bay.", None),
    ("Tai tôi bị điếc đặc.", None), ("Tai tôi bị ù đặc.", None), ("Tôi bị đau tai.", None),
    ("Tôi bị viêm tai.", None), ("Tai tôi bị tắc vì nước.", None), ("Tai con chó của tôi bị ù.", None),
    ("Anh bị ù tai.", None), ("Tai tôi có bị ù không?", None), ("Tôi có bị ù tai không?", None),
    ("Tai tôi bị ù?", None), ("Tai tôi còn ù.", None), ("Tôi bị ù tai nhỉ.", None), ("Tôi bị ráy tai.", None),
    ("Tôi bị tai nạn.", None), ("Tai tôi bị ù hai ngày rồi không?", None), ("Tai tôi cứ ù ù không?", None),
    ("Hôm qua tai tôi bị ù hai ngày rồi.", None), ("Tai tôi kêu ù ù.", None), ("My ears are ringing.", None),
    ("Tai bạn có bị ù từ hôm qua không?", None), ("Tai tai tai.", None), ("Tai vách mạch rừng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tai tôi đang vang lên.", "Tai cô đang vang lên.", "Tai của Lan đang vang lên.", "Tai tôi không vang lên."
    ("My ears are ringing.", "Tai tôi bị ù."),
    ("Her ears are ringing.", "Tai cô ấy bị ù."),
    ("Lan's ears are ringing.", "Tai Lan bị ù."),
    ("Our ears are ringing.", "Tai chúng tôi bị ù."),
    ("My ear is ringing.", "Tai tôi bị ù."),
    ("My left ear is ringing.", "Tai trái của tôi bị ù."),
    ("My ears aren't ringing.", "Tai tôi không bị ù."),
    ("My ears keep ringing.", "Tai tôi cứ bị ù."),
    # v8: "Tai tôi vẫn đang vang lên sau buổi hòa nhạc.", "Tai tôi đang vang lên sau buổi hòa nhạc."
    ("My ears are still ringing after the concert.", "Tai tôi vẫn còn bị ù sau buổi hòa nhạc."),
    ("My ears are ringing after the concert.", "Tai tôi bị ù sau buổi hòa nhạc."),
    ("My ears are still ringing.", "Tai tôi vẫn còn bị ù."),
    # v8: "Tai bạn có đang vang lên không?"
    ("Are your ears ringing?", "Tai bạn có bị ù không?"),
    ("Is his ear still ringing?", "Tai anh ấy còn bị ù không?"),
    # v8: "Tai tôi đang vòng được hai ngày rồi.", "Tai tôi đang vang lên hôm qua."
    ("My ears have been ringing for two days.", "Tai tôi bị ù hai ngày rồi."),
    ("My ears have been ringing for an hour.", "Tai tôi bị ù một tiếng rồi."),
    ("My ears have been ringing since yesterday.", "Tai tôi bị ù từ hôm qua."),
    ("My ears have been ringing since the concert.", "Tai tôi bị ù từ sau buổi hòa nhạc."),
    ("My ears were ringing yesterday.", "Hôm qua tai tôi bị ù."),
    ("Our ears were still ringing last night.", "Tối qua tai chúng tôi vẫn còn bị ù."),
    # v8: "Tôi đang nhẫn lên tai.", "Mẹ tôi đang nhẫn vào tai của mình.", "Bạn có đang vang lên tai mình không?"
    ("I have ringing in my ears.", "Tôi bị ù tai."),
    ("My mother has ringing in her ears.", "Mẹ tôi bị ù tai."),
    ("Do you have ringing in your ears?", "Bạn có bị ù tai không?"),
    ("I've got ringing in my ears.", "Tôi bị ù tai."),
    ("Does Lan have ringing in her ears?", "Lan có bị ù tai không?"),
    ("I don't have ringing in my ears.", "Tôi không bị ù tai."),
    # v8: "Tai tôi cảm thấy bị nghẽn." (fine), "Tai tôi cảm thấy bị bít kín."
    ("My ears feel blocked.", "Tai tôi bị nghẹt."),
    ("My ears feel clogged.", "Tai tôi bị nghẹt."),
    ("My ears are blocked.", "Tai tôi bị nghẹt."),
    ("My mother's ears feel stuffed up.", "Tai mẹ tôi bị nghẹt."),
    ("Do your ears still feel blocked?", "Tai bạn còn bị nghẹt không?"),
    ("Are your ears still blocked?", "Tai bạn còn bị nghẹt không?"),
    ("My ears were blocked yesterday.", "Hôm qua tai tôi bị nghẹt."),
    ("Does your ear feel blocked?", "Tai bạn có bị nghẹt không?"),
    ("My left ear still feels blocked.", "Tai trái của tôi vẫn còn bị nghẹt."),
    ("My ears still feel blocked after the flight.", "Tai tôi vẫn còn bị nghẹt sau chuyến bay."),
    ("Did your ears feel blocked yesterday?", "Hôm qua tai bạn có bị nghẹt không?"),
    ("My ears have felt blocked for a few days.", "Tai tôi bị nghẹt vài ngày rồi."),
    # v8: "Tôi có sóng tai tăng lên."
    ("I have earwax build-up.", "Tai tôi bị tích tụ ráy tai."),
    ("I have a lot of earwax.", "Tôi có nhiều ráy tai."),
    ("Does your son have a lot of earwax?", "Con trai bạn có nhiều ráy tai không?"),
    ("My ears are blocked with earwax.", "Tôi bị tắc ráy tai."),
    # a pet's earwax: "của" between the pet and whose ("Con chó tôi" reads clipped)
    ("My dog has a lot of earwax.", "Con chó của tôi có nhiều ráy tai."),
    ("Does your cat have a lot of earwax?", "Con mèo của bạn có nhiều ráy tai không?"),
    ("My dog has a build-up of earwax.", "Tai con chó của tôi bị tích tụ ráy tai."),
    # not: ears popping (their clearing: no sure Vietnamese), the verb not agreeing with the ears or who, another's
    # ears, asked of oneself, a "?" on a statement, a tense without its time ("were ringing", "have been ringing"),
    # a day with the present, ringing after a flight (blocked), a pet's ears, other meanings of "ears", earache and
    # infections, the other way's language
    ("My ears popped on the plane.", None), ("My ears popped when the plane landed.", None),
    ("My ears is ringing.", None), ("Is your ears ringing?", None), ("Do your ear feel blocked?", None),
    ("She have ringing in her ears.", None), ("I have ringing in your ears.", None), ("He have a lot of earwax.", None),
    ("Are my ears ringing?", None), ("Do I have a lot of earwax?", None), ("My ears are ringing?", None),
    ("My ears were ringing.", None), ("My ears have been ringing.", None), ("My ears are ringing yesterday.", None),
    ("My ears have been ringing for two day.", None), ("My ears have been ringing since the flight.", None),
    ("My dog's ears are ringing.", None), ("I'm all ears.", None), ("My ears are burning.", None),
    ("The walls have ears.", None), ("Her ears are pierced.", None), ("My ears hurt.", None),
    ("I have an ear infection.", None), ("The bells are ringing.", None), ("Tai tôi bị ù.", None),
    ("Ears ears ears.", None), ("My ears were ringing after the concert.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
