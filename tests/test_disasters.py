"""Natural disasters: earthquakes, tsunamis, landslides, droughts, saltwater intrusion and volcanoes, both ways
(mt/disasters.py)."""
import pytest

from mt.disasters import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Yesterday, there was earthquake.", "Last year, has tsunami.",
    # "Yesterday, there were landfall in the central."
    ("Hôm qua có động đất.", "There was an earthquake yesterday."),
    ("Năm ngoái có sóng thần.", "There was a tsunami last year."),
    ("Có động đất tối qua.", "There was an earthquake last night."),
    ("Sáng nay có một trận động đất mạnh.", "There was a strong earthquake this morning."),
    ("Hôm qua có sạt lở đất ở miền Trung.", "There was a landslide in central Vietnam yesterday."),
    ("Tuần trước có động đất nhẹ ở Đà Nẵng.", "There was a minor earthquake in Da Nang last week."),
    ("Hôm qua ở Nhật Bản có động đất.", "There was an earthquake in Japan yesterday."),
    ("Đêm qua ở đây có động đất.", "There was an earthquake here last night."),
    ("Vừa có động đất mạnh ở Nhật Bản.", "There has just been a strong earthquake in Japan."),
    ("Indonesia vừa có sóng thần.", "There has just been a tsunami in Indonesia."),
    ("Hôm qua có động đất không?", "Was there an earthquake yesterday?"),
    ("Hôm qua có động đất ạ.", "There was an earthquake yesterday."),
    ("Năm ngoái có hạn hán.", "There was a drought last year."),
    # v8: "This year, heavy groin."
    ("Năm nay hạn hán nặng.", "There's a bad drought this year."),
    ("Năm nay hạn hán nặng quá.", "There's a really bad drought this year."),
    ("Năm nay có hạn hán nặng.", "There's a bad drought this year."),
    ("Năm ngoái hạn mặn rất nghiêm trọng.", "There was very severe saltwater intrusion last year."),
    ("Năm nay ở miền Tây có hạn mặn không?", "Is there saltwater intrusion in the Mekong Delta this year?"),
    # v8: "Are there an earthquake here?", "Is it possible or earthquake here?", "Japan or earthquakes.",
    # "In Vietnam, there is little earthquake in Vietnam."
    ("Ở đây hay có động đất không?", "Are there often earthquakes here?"),
    ("Ở đây có hay bị động đất không?", "Are there often earthquakes here?"),
    ("Ở đây thường có sạt lở đất.", "There are often landslides here."),
    ("Nhật Bản hay có động đất.", "Japan often has earthquakes."),
    ("Nhật Bản có hay bị động đất không?", "Does Japan often have earthquakes?"),
    ("Ở Nhật Bản hay có động đất không?", "Are there often earthquakes in Japan?"),
    ("Ở Việt Nam ít khi có động đất.", "There are rarely earthquakes in Vietnam."),
    ("Miền Trung hay bị sạt lở đất.", "Central Vietnam often has landslides."),
    ("Miền Tây thường bị hạn mặn.", "The Mekong Delta often has saltwater intrusion."),
    # v8: "The West is in limited.", "The Chinese obligation is being drought.", "Japan has been hit by earthquake."
    ("Miền Tây đang bị hạn mặn.", "The Mekong Delta is suffering from saltwater intrusion."),
    ("Miền Trung đang bị hạn hán.", "Central Vietnam is suffering from a drought."),
    ("Tây Nguyên đang bị hạn hán nặng.", "The Central Highlands are suffering from a bad drought."),
    ("Nhật Bản vừa bị động đất.", "Japan has just been hit by an earthquake."),
    ("Đà Nẵng vừa bị sạt lở đất.", "Da Nang has just been hit by a landslide."),
    ("Hôm qua Huế bị sạt lở đất.", "Hue was hit by a landslide yesterday."),
    ("Năm ngoái miền Tây bị hạn mặn nghiêm trọng.",
     "The Mekong Delta was hit by severe saltwater intrusion last year."),
    # v8: "The fire is spraying.", "Are this fire is also active?"
    ("Núi lửa đang phun trào.", "The volcano is erupting."),
    ("Núi lửa vừa phun trào.", "The volcano has just erupted."),
    ("Núi lửa đã phun trào.", "The volcano has erupted."),
    ("Núi lửa phun trào rồi.", "The volcano has erupted."),
    ("Ngọn núi lửa này sắp phun trào.", "This volcano is about to erupt."),
    ("Núi lửa đã phun trào hôm qua.", "The volcano erupted yesterday."),
    ("Hôm qua núi lửa phun trào.", "The volcano erupted yesterday."),
    ("Núi lửa ở Indonesia vừa phun trào.", "A volcano in Indonesia has just erupted."),
    ("Ngọn núi lửa này còn hoạt động không?", "Is this volcano still active?"),
    ("Núi lửa đó có còn hoạt động không?", "Is that volcano still active?"),
    ("Núi lửa này vẫn còn hoạt động.", "This volcano is still active."),
    # v8: "Last night, I felt the earthquake.", "Do you feel the earthquake last night?"
    ("Tối qua tôi cảm thấy động đất.", "I felt an earthquake last night."),
    ("Bạn có cảm thấy động đất tối qua không?", "Did you feel the earthquake last night?"),
    ("Bạn có cảm thấy động đất hôm qua không ạ?", "Did you feel the earthquake yesterday?"),
    ("Tôi vừa cảm thấy động đất.", "I just felt an earthquake."),
    ("Mẹ tôi không cảm thấy động đất đêm qua.", "My mother didn't feel the earthquake last night."),
    ("Tối qua anh có cảm thấy động đất không?", "Did you feel the earthquake last night?"),
    ("Sáng nay Lan đã cảm thấy động đất.", "Lan felt an earthquake this morning."),
    ("Chúng tôi đã cảm thấy trận động đất.", "We felt an earthquake."),
    # not: no tense said, shaking felt (what shook?), a day ahead, an earthquake "năm nay" (one, or some?), a drought
    # on a day, "Anh" (the UK, or you?), a place asked whether hit, "rarely" asked, a "?" on a statement, "có" without
    # "không", "I" asked, a place not known, a volcano today, "có" left out of a strike, floods (mt/floods.py)
    ("Núi lửa phun trào.", None), ("Có sạt lở đất ở miền Trung.", None), ("Có động đất.", None),
    ("Bạn có cảm thấy động đất không?", None), ("Tôi cảm thấy rung lúc nửa đêm.", None),
    ("Ngày mai có động đất.", None), ("Năm nay có động đất.", None), ("Hôm qua có hạn hán.", None),
    ("Anh hay có động đất.", None), ("Nhật Bản có bị động đất không?", None), ("Ở đây ít khi có động đất không?", None),
    ("Hôm qua có động đất?", None), ("Ở đây có hay có động đất.", None),
    ("Tối qua tôi có cảm thấy động đất không?", None),
    ("Ở Narnia hay có động đất.", None), ("Hôm nay núi lửa phun trào.", None), ("Hôm qua động đất mạnh.", None),
    ("Nhật Bản đang bị động đất.", None), ("Miền Tây vừa bị hạn mặn.", None), ("Hôm qua có bão.", None),
    ("Hôm qua có hạn hán mạnh.", None), ("Con chó cảm thấy động đất tối qua.", None),
    ("Hôm qua có động đất hôm kia.", None), ("There was an earthquake yesterday.", None),
    ("Động đất động đất động đất.", None), ("Năm nay hạn hán nặng nhỉ.", None), ("Hôm qua có động đất ở Anh.", None),
    ("Núi lửa ở đây vừa phun trào.", None),
    # (review) the Central Highlands are many; a drought just begun, or just ended?; "chiều nay" may lie ahead, and
    # a tsunami today may be a warning; "sạt lở" in the Mekong Delta is its rivers' banks giving way, no landslide
    ("Tây Nguyên vừa bị động đất.", "The Central Highlands have just been hit by an earthquake."),
    ("Năm ngoái Tây Nguyên bị hạn hán.", "The Central Highlands were hit by a drought last year."),
    ("Vừa có hạn hán.", None), ("Chiều nay có sóng thần không?", None), ("Chiều nay có động đất.", None),
    ("Hôm nay có sóng thần không?", None), ("Miền Tây hay bị sạt lở.", None),
    ("Năm ngoái miền Tây bị sạt lở đất.", None), ("Ở miền Tây hay có sạt lở đất không?", None),
    ("Vừa có sạt lở ở miền Tây.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Có trận động đất hôm qua." (fine), "Năm ngoái có sóng thần." (fine), "Ở miền trung Việt Nam hôm qua."
    ("There was an earthquake yesterday.", "Hôm qua có động đất."),
    ("There was a tsunami last year.", "Năm ngoái có sóng thần."),
    ("There was a landslide in central Vietnam yesterday.", "Hôm qua có sạt lở đất ở miền Trung."),
    ("Last night, there was a strong earthquake in Japan.", "Tối qua có động đất mạnh ở Nhật Bản."),
    ("There was an earthquake here this morning.", "Sáng nay có động đất ở đây."),
    ("There has just been an earthquake in Indonesia.", "Vừa có động đất ở Indonesia."),
    ("There's just been a landslide.", "Vừa có sạt lở đất."),
    ("Was there an earthquake last night?", "Tối qua có động đất không?"),
    ("There was a small earthquake in Taiwan yesterday.", "Hôm qua có động đất nhẹ ở Đài Loan."),
    ("There was an earthquake in England last week.", "Tuần trước có động đất ở Anh."),
    # v8: "Năm nay có một điều tồi tệ."
    ("There's a bad drought this year.", "Năm nay hạn hán nặng."),
    ("There was a drought last year.", "Năm ngoái có hạn hán."),
    ("There is severe saltwater intrusion in the Mekong Delta this year.", "Năm nay hạn mặn nghiêm trọng ở miền Tây."),
    ("Is there a drought this year?", "Năm nay có hạn hán không?"),
    # v8: "Có thường xảy ra ở đây không?", "Nhật Bản thường có động đất.", "Hiếm khi xảy ra động đất ở Việt Nam."
    ("Are there often earthquakes here?", "Ở đây hay có động đất không?"),
    ("There are often landslides in central Vietnam.", "Ở miền Trung hay có sạt lở đất."),
    ("There are rarely earthquakes in Vietnam.", "Ở Việt Nam ít khi có động đất."),
    ("Japan often has earthquakes.", "Nhật Bản hay có động đất."),
    ("Does Japan often have earthquakes?", "Nhật Bản hay có động đất không?"),
    ("Are earthquakes common here?", "Ở đây hay có động đất không?"),
    ("Earthquakes are common in Japan.", "Ở Nhật Bản hay có động đất."),
    ("Is there often saltwater intrusion in the Mekong Delta?", "Ở miền Tây hay có hạn mặn không?"),
    # v8: "Người ta đồng bằng sông Cửu Long đang phải chịu sự xâm nhập muối.", "Nhật Bản bị động đất hôm qua.",
    # "Trung ương Việt Nam đang phải chịu một cuộc khủng hoảng."
    ("The Mekong Delta is suffering from saltwater intrusion.", "Miền Tây đang bị hạn mặn."),
    ("Central Vietnam is suffering from a drought.", "Miền Trung đang bị hạn hán."),
    ("The Central Highlands are suffering from a bad drought.", "Tây Nguyên đang bị hạn hán nặng."),
    ("Japan was hit by an earthquake yesterday.", "Hôm qua Nhật Bản bị động đất."),
    ("Japan has just been hit by a strong earthquake.", "Nhật Bản vừa bị động đất mạnh."),
    ("Hue was hit by a landslide last week.", "Tuần trước Huế bị sạt lở đất."),
    # v8: "Tiếng volcano đã lên.", "Tiếng volcano đang bùng nổ.", "Cơn núi lửa này có hoạt động không?"
    ("The volcano erupted.", "Núi lửa đã phun trào."),
    ("The volcano is erupting.", "Núi lửa đang phun trào."),
    ("The volcano has just erupted.", "Núi lửa vừa phun trào."),
    ("This volcano is about to erupt.", "Ngọn núi lửa này sắp phun trào."),
    ("The volcano erupted last year.", "Năm ngoái núi lửa phun trào."),
    ("A volcano in Indonesia has just erupted.", "Một ngọn núi lửa ở Indonesia vừa phun trào."),
    ("Is this volcano still active?", "Ngọn núi lửa này còn hoạt động không?"),
    ("The volcano is still active.", "Núi lửa vẫn còn hoạt động."),
    # v8: "Bạn có cảm giác trận động đất tối qua không?", "Tôi cảm thấy động đất tối qua."
    ("Did you feel the earthquake last night?", "Tối qua bạn có cảm thấy động đất không?"),
    ("I felt the earthquake last night.", "Tối qua tôi cảm thấy động đất."),
    ("I just felt an earthquake.", "Tôi vừa cảm thấy động đất."),
    ("My mother didn't feel the earthquake.", "Mẹ tôi không cảm thấy động đất."),
    ("Did she feel the earthquake?", "Cô ấy có cảm thấy động đất không?"),
    ("We felt the earthquake.", "Chúng tôi đã cảm thấy động đất."),
    ("My mother felt the earthquake this morning.", "Sáng nay mẹ tôi cảm thấy động đất."),
    # not: a day ahead, "a" wrong, "an" on saltwater, verbs not agreeing, "rarely" asked, an earthquake "this
    # year", a drought "yesterday", no day, a place not known, another meaning (a landslide victory), the other way
    ("There will be an earthquake tomorrow.", None), ("There was a earthquake yesterday.", None),
    ("There was a saltwater intrusion last year.", None), ("Japan often have earthquakes.", None),
    ("Are there rarely earthquakes here?", None), ("There was an earthquake this year.", None),
    ("There was a drought yesterday.", None), ("There was an earthquake.", None),
    ("There are often earthquakes in Narnia.", None), ("He won by a landslide.", None),
    ("Hôm qua có động đất.", None), ("Does Japan often has earthquakes?", None),
    ("The volcano erupted yesterday?", None), ("Did you felt the earthquake?", None),
    ("Is there earthquakes here?", None), ("There was an earthquake yesterday?", None),
    ("Japan is suffering from an earthquake.", None), ("England often has earthquakes.", None),
    ("Central Vietnam are suffering from a drought.", None), ("Did I feel the earthquake?", None),
    ("The Central Highlands is suffering from a drought.", None), ("I was hit by a landslide yesterday.", None),
    ("I just felt an earthquake yesterday.", None),
    # (review) the Central Highlands are many; a drought just begun, or just ended?; "There's often …"
    ("The Central Highlands were hit by a drought last year.", "Năm ngoái Tây Nguyên bị hạn hán."),
    ("The Central Highlands was hit by a drought last year.", None),
    ("The Central Highlands have just been hit by a landslide.", "Tây Nguyên vừa bị sạt lở đất."),
    ("The Central Highlands has just been hit by a landslide.", None),
    ("The Central Highlands often have droughts.", "Tây Nguyên hay có hạn hán."),
    ("The Central Highlands often has droughts.", None),
    ("Do the Central Highlands often have droughts?", "Tây Nguyên hay có hạn hán không?"),
    ("Do Japan often have earthquakes?", None),
    ("There has just been a drought.", None),
    ("There's often saltwater intrusion here.", "Ở đây hay có hạn mặn."), ("There's often earthquakes here.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Hôm qua có động đất.", "vi", "vi") is None
    assert translate("There was an earthquake yesterday.", "en", "en") is None
