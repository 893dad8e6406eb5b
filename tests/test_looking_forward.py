"""Looking forward to something, can't wait, excited, both ways (mt/looking_forward.py)."""
import pytest

from mt.looking_forward import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm too hot.", "It's too!", "The charges are too!", "I'm very expected.", "Do you expect the trip?"
    ("Tôi nóng lòng quá.", "I can't wait."),
    ("Nóng lòng quá!", "I can't wait!"),
    ("Háo hức quá!", "I'm so excited!"),
    ("Tôi rất mong chờ.", "I'm really looking forward to it."),
    ("Tôi cũng rất mong chờ.", "I'm really looking forward to it too."),
    ("Tôi rất mong chờ chuyến đi.", "I'm really looking forward to the trip."),
    ("Tôi đang rất mong chờ kỳ nghỉ.", "I'm really looking forward to the holiday."),
    ("Chúng tôi mong chờ kỳ nghỉ lắm.", "We're really looking forward to the holiday."),
    ("Bạn có mong chờ chuyến đi không?", "Are you looking forward to the trip?"),
    ("Bạn có mong chờ không?", "Are you looking forward to it?"),
    ("Mẹ tôi rất mong chờ đám cưới.", "My mother is really looking forward to the wedding."),
    ("Lan rất mong chờ bữa tiệc tối nay.", "Lan is really looking forward to the party tonight."),
    ("Tôi mong chờ cuối tuần này lắm.", "I'm really looking forward to this weekend."),
    ("Tôi rất mong đợi chuyến đi này.", "I'm really looking forward to this trip."),
    ("Tôi không mong chờ trận đấu.", "I'm not looking forward to the match."),
    ("Bác Hùng rất mong chờ Tết.", "Uncle Hung is really looking forward to Tet."),
    # v8: "I'm very expected to meet you.", "The children are expected to arrive on Tet."
    ("Tôi rất mong được gặp bạn.", "I'm really looking forward to seeing you."),
    ("Tôi rất mong gặp lại bạn.", "I'm really looking forward to seeing you again."),
    ("Bọn trẻ mong đến Tết lắm.", "The kids can't wait for Tet."),
    ("Tôi mong đến cuối tuần lắm.", "I can't wait for the weekend."),
    ("Họ nóng lòng chờ đến Giáng sinh.", "They can't wait for Christmas."),
    ("Tôi nóng lòng chờ bữa tiệc.", "I can't wait for the party."),
    # v8: "I'm warming to meet you.", "He heartburn wants to go home."
    ("Tôi nóng lòng muốn gặp bạn.", "I can't wait to see you."),
    ("Anh ấy nóng lòng muốn về nhà.", "He can't wait to go home."),
    ("Minh nóng lòng muốn gặp mẹ tôi.", "Minh can't wait to see my mother."),
    # v8: "We're very eager.", "The children eagerly.", "Do you eager?", "She eagerly."
    ("Chúng tôi rất háo hức.", "We're really excited."),
    ("Chúng tôi rất háo hức về kỳ nghỉ.", "We're really excited about the holiday."),
    ("Bọn trẻ háo hức lắm.", "The kids are really excited."),
    ("Bạn có háo hức không?", "Are you excited?"),
    ("Cô ấy háo hức quá.", "She's so excited."),
    ("Tôi háo hức quá!", "I'm so excited!"),
    ("Bọn trẻ có háo hức về chuyến đi không?", "Are the kids excited about the trip?"),
    ("Mọi người rất háo hức.", "Everyone is really excited."),
    # not: "anh", "chị", "em" alone saying it, "you" too eager (impatient?), "mong" alone (hope), "mong đợi" not or
    # asked (expect), "mong đến" an event (hope to come to), the past, a day not read, waiting (mt/waiting.py's),
    # going home for Tet (mt/holidays.py's), "Tết này", "nóng lòng" alone, a thing not known, asked without "không"
    ("Tôi rất mong chờ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh nóng lòng quá.", None), ("Chị háo hức quá.", None), ("Bạn nóng lòng quá.", None),
    ("Tôi mong bạn khỏe.", None), ("Tôi mong gặp lại bạn.", None), ("Tôi không mong đợi gì.", None),
    ("Bạn có mong đợi chuyến đi không?", None), ("Tôi mong đến bữa tiệc lắm.", None),
    ("Tôi đã rất mong chờ chuyến đi.", None), ("Tôi rất mong chờ chuyến đi tháng sau.", None),
    ("Tôi không thể đợi được nữa.", None), ("Tôi về quê ăn Tết.", None), ("Tôi rất mong chờ Tết này.", None),
    ("Tôi nóng lòng.", None), ("Tôi rất mong chờ kỳ thi.", None), ("Bạn có háo hức?", None),
    ("Tôi không mong chờ chuyến đi lắm.", None), ("Háo hức không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi không thể đợi!", "Tôi không thể chờ gặp bạn.", "Trẻ không thể chờ Tết."
    ("I can't wait!", "Tôi nóng lòng quá!"),
    ("She can't wait!", "Cô ấy nóng lòng quá!"),
    ("I can hardly wait.", "Tôi nóng lòng quá."),
    ("I can't wait to see you.", "Tôi nóng lòng muốn gặp bạn."),
    ("My mother can't wait to see you again.", "Mẹ tôi nóng lòng muốn gặp lại bạn."),
    ("He can't wait to go home.", "Anh ấy nóng lòng muốn về nhà."),
    ("I can't wait to go on a vacation.", "Tôi nóng lòng muốn đi nghỉ."),
    ("The kids can't wait for Tet.", "Bọn trẻ mong đến Tết lắm."),
    # v8: "Chúng tôi không thể đợi vào cuối tuần.", "Lan không thể đợi Giáng sinh."
    ("We can't wait for the weekend.", "Chúng tôi mong đến cuối tuần lắm."),
    ("Lan can't wait for Christmas.", "Lan mong đến Giáng sinh lắm."),
    ("I cannot wait for my birthday.", "Tôi mong đến sinh nhật lắm."),
    ("I can't wait for the party.", "Tôi nóng lòng chờ bữa tiệc."),
    # v8: "Tôi đang mong tới chuyến đi.", "Bạn đang chờ nó không?", "Cô ấy thật sự đang nhìn về phía cưới.",
    # "Mẹ tôi đang tìm cách nhìn bạn.", "Tôi mong đảng.", "Tôi không tìm thấy phía trước trận đấu."
    ("I'm looking forward to it.", "Tôi rất mong chờ."),
    ("I'm looking forward to it too.", "Tôi cũng rất mong chờ."),
    ("I'm looking forward to the trip.", "Tôi rất mong chờ chuyến đi."),
    ("Are you looking forward to it?", "Bạn có mong chờ không?"),
    ("Are you looking forward to the trip?", "Bạn có mong chờ chuyến đi không?"),
    ("She's really looking forward to the wedding.", "Cô ấy rất mong chờ đám cưới."),
    ("My mother is looking forward to seeing you.", "Mẹ tôi rất mong được gặp bạn."),
    ("I'm looking forward to seeing you again.", "Tôi rất mong được gặp lại bạn."),
    ("I look forward to the party.", "Tôi rất mong chờ bữa tiệc."),
    ("She looks forward to the weekend.", "Cô ấy rất mong chờ cuối tuần."),
    ("I'm not looking forward to the match.", "Tôi không mong chờ trận đấu."),
    ("I'm really looking forward to this weekend.", "Tôi rất mong chờ cuối tuần này."),
    ("I'm looking forward to the party on Saturday.", "Tôi rất mong chờ bữa tiệc vào thứ Bảy."),
    ("Tom is looking forward to the summer holidays.", "Tom rất mong chờ kỳ nghỉ hè."),
    ("I'm looking forward to this summer.", "Tôi rất mong chờ mùa hè này."),
    # v8: "Chúng tôi rất phấn khích về ngày lễ." (a public holiday)
    ("We're excited about the holiday.", "Chúng tôi rất háo hức về kỳ nghỉ."),
    ("They're excited about the trip.", "Họ rất háo hức về chuyến đi."),
    ("I'm so excited!", "Tôi háo hức quá!"),
    ("The kids are so excited!", "Bọn trẻ háo hức quá!"),
    ("Are you excited?", "Bạn có háo hức không?"),
    ("Is she excited about the concert?", "Cô ấy có háo hức về buổi hòa nhạc không?"),
    ("Everyone is excited.", "Mọi người rất háo hức."),
    # not: the verb not agreeing with who, "you" who can't wait (impatient?), waiting (mt/waiting.py's), for a person,
    # a thing not known or without "the", "the Tet", "this Christmas", a day not read, not looking forward to it,
    # asked doubting ("really"), the phrasebook's, "Do you look forward …?"
    ("She are looking forward to the trip.", None), ("He look forward to the party.", None),
    ("I looks forward to the party.", None), ("Are she excited?", None), ("Everyone are excited.", None),
    ("You can't wait!", None), ("I can't wait any longer.", None), ("I can't wait for you.", None),
    ("I'm looking forward to the exam.", None), ("I'm looking forward to trip.", None),
    ("I'm looking forward to the Tet.", None), ("I'm looking forward to this Christmas.", None),
    ("I'm looking forward to the party next month.", None), ("I'm not looking forward to it.", None),
    ("Are you really looking forward to it?", None), ("I look forward to hearing from you.", None),
    ("Do you look forward to the weekend?", None), ("I'm excited about it.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
