"""Cold hands and feet: hands, feet, fingers or toes always cold or like ice, poor circulation, socks or gloves put on
and hands rubbed warm, both ways (mt/cold_hands.py)."""
import pytest

from mt.cold_hands import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My leg was always cold.", "His hand was always cold.", "My mother's leg was always cold.", "The Land is
    # always cold.", "My leg is always cold.", "My foot was never cold."
    ("Tay chân tôi lúc nào cũng lạnh.", "My hands and feet are always cold."),
    ("Bàn tay anh ấy lúc nào cũng lạnh.", "His hands are always cold."),
    ("Tay chân mẹ tôi lúc nào cũng lạnh ngắt.", "My mother's hands and feet are always ice-cold."),
    ("Tay Lan lúc nào cũng lạnh.", "Lan's hands are always cold."),
    ("Tay chân tôi luôn lạnh.", "My hands and feet are always cold."),
    ("Tay chân của chúng tôi lúc nào cũng lạnh.", "Our hands and feet are always cold."),
    ("Chân tôi không bao giờ lạnh.", "My feet are never cold."),
    ("Chân cô ấy thỉnh thoảng bị lạnh.", "Her feet sometimes get cold."),
    # v8: "My hands were always cold, including the summer.", "My legs were always cold."
    ("Tay chân tôi lúc nào cũng lạnh, kể cả vào mùa hè.", "My hands and feet are always cold, even in summer."),
    ("Chân cô ấy lúc nào cũng lạnh ngay cả vào mùa hè.", "Her feet are always cold, even in summer."),
    ("Mùa đông tay chân tôi lúc nào cũng lạnh.", "My hands and feet are always cold in winter."),
    ("Tay chân mẹ tôi hay bị lạnh vào mùa đông.", "My mother's hands and feet often get cold in winter."),
    ("Hồi nhỏ tay chân tôi lúc nào cũng lạnh.", "As a child, my hands and feet were always cold."),
    # v8: "The baby's foot is cold as kicking.", "My hands were cold as rocks.", "My fingers are cold.", "My feet
    # are cold." (toes)
    ("Chân con bé lạnh như đá.", "Her feet are like ice."),
    ("Chân thằng bé lạnh ngắt.", "His feet are ice-cold."),
    ("Tay tôi lạnh như đá.", "My hands are like ice."),
    ("Các ngón tay tôi lạnh cóng.", "My fingers are freezing."),
    ("Ngón chân tôi lạnh cóng.", "My toes are freezing."),
    ("Các ngón chân của con tôi lạnh cóng.", "My child's toes are freezing."),
    # v8: "My leg was cold.", "Are you cold or cold?", "My leg was cold because of the poor blood flow."
    ("Tay chân tôi dễ bị lạnh.", "My hands and feet get cold easily."),
    ("Tay chân bạn có hay bị lạnh không?", "Do your hands and feet often get cold?"),
    ("Có phải tay bạn lúc nào cũng lạnh không?", "Are your hands always cold?"),
    ("Ngón tay bạn có lạnh không?", "Are your fingers cold?"),
    ("Tay chân tôi lạnh vì máu lưu thông kém.", "My hands and feet are cold because of poor circulation."),
    ("Tay tôi lúc nào cũng lạnh do tuần hoàn máu kém.", "My hands are always cold because of poor circulation."),
    # v8: "I'm getting cold with my feet.", "My mother is cold.", "I'm cold with my feet."
    ("Tôi hay bị lạnh tay chân.", "My hands and feet often get cold."),
    ("Mẹ tôi hay bị lạnh chân.", "My mother's feet often get cold."),
    ("Tôi bị lạnh tay chân.", "My hands and feet are cold."),
    ("Anh có hay bị lạnh tay không?", "Do your hands often get cold?"),
    ("Lan thường bị lạnh tay.", "Lan's hands often get cold."),
    ("Hồi nhỏ, tôi hay bị lạnh tay chân.", "As a child, my hands and feet often got cold."),
    # v8: "I have a poor blood circulation.", "My mother was poor blood flowing.", "Do you have a complete week?"
    ("Tôi bị tuần hoàn máu kém.", "I have poor circulation."),
    ("Mẹ tôi bị máu kém lưu thông.", "My mother has poor circulation."),
    ("Bạn có bị tuần hoàn kém không?", "Do you have poor circulation?"),
    ("Bố tôi không bị tuần hoàn máu kém.", "My father doesn't have poor circulation."),
    ("Chúng tôi bị máu lưu thông kém.", "We have poor circulation."),
    # v8: "Go all to cold legs.", "Go all into warm feet.", "Gloving your hands to warm up.", "You should get all warm
    # feet."
    ("Đi tất vào cho đỡ lạnh chân.", "Put some socks on to keep your feet warm."),
    ("Đi tất vào cho ấm chân.", "Put some socks on to keep your feet warm."),
    ("Con đi tất vào cho ấm chân nhé.", "Put some socks on to keep your feet warm."),
    ("Đeo găng tay vào cho ấm tay.", "Put your gloves on to keep your hands warm."),
    ("Mang găng tay vào cho ấm tay.", "Put your gloves on to keep your hands warm."),
    ("Bạn nên đi tất cho ấm chân.", "You should wear socks to keep your feet warm."),
    ("Đi tất vào đi, chân con lạnh như đá rồi.", "Put some socks on, your feet are like ice."),
    # v8: "Apply hands to warm.", "Wash your hands warm.", "He's massage for warm."
    ("Xoa hai tay vào nhau cho ấm.", "Rub your hands together to warm them up."),
    ("Xoa tay cho ấm.", "Rub your hands to warm them up."),
    ("Anh ấy đang xoa tay cho ấm.", "He's rubbing his hands to warm them up."),
    ("Mẹ tôi đang xoa hai tay vào nhau cho ấm.", "My mother is rubbing her hands together to warm them up."),
    ("Họ đang xoa tay cho ấm.", "They're rubbing their hands to warm them up."),
    # not: hands plainly cold or numb (mt/temperatures.py, mt/numbness.py), "anh" or "em" saying it (the speaker?),
    # asked of oneself, a "?" on a statement, a pet's paws, a name rubbing (his hands or hers?), socks for the hands,
    # "đeo" socks, "không" with a like, who feeling cold, the weather, and nonsense
    ("Tay tôi lạnh quá.", None), ("Tay tôi lạnh ngắt.", None), ("Chân chúng tôi lạnh cóng.", None),
    ("Tay tôi tê cóng vì lạnh.", None), ("Anh bị lạnh tay.", None), ("Em hay bị lạnh chân.", None),
    ("Tôi có bị tuần hoàn kém không?", None), ("Tay tôi có hay bị lạnh không?", None),
    ("Tay chân tôi lúc nào cũng lạnh?", None), ("Tay con mèo của tôi lúc nào cũng lạnh.", None),
    ("Lan đang xoa tay cho ấm.", None), ("Đi tất vào cho ấm tay.", None), ("Đeo tất vào cho ấm chân.", None),
    ("Tay tôi không lạnh như đá.", None), ("Tôi bị lạnh.", None), ("Trời lạnh quá.", None),
    ("Tay chân tôi lúc nào cũng lạnh nhỉ.", None), ("Đi tất cho ấm chân.", None),
    ("Chân tôi không bao giờ lạnh, kể cả vào mùa hè.", None), ("Tay bạn có lúc nào cũng lạnh không?", None),
    ("Xoa hai chân vào nhau cho ấm.", None), ("Cô hay bị lạnh tay.", None), ("Bạn có bị tuần hoàn kém?", None),
    ("My hands are always cold.", None), ("Lạnh lạnh tay tay.", None),
    # review: "em" asking with "ạ" is the speaker (a patient to a doctor), not "you"; "cả mùa hè" alone may be all
    # summer long, not even in summer ("kể cả", "ngay cả", "cả vào" say even)
    ("Em có bị tuần hoàn kém không ạ?", None), ("Em có hay bị lạnh tay không ạ?", None),
    ("Tay chân tôi lúc nào cũng lạnh cả mùa hè.", None), ("Tay tôi hay bị lạnh, cả mùa hè.", None),
    ("Tay chân tôi lúc nào cũng lạnh kể cả mùa hè.", "My hands and feet are always cold, even in summer."),
    ("Tay tôi hay bị lạnh, ngay cả về mùa hè.", "My hands often get cold, even in summer."),
    ("Em có bị tuần hoàn kém không?", "Do you have poor circulation?"),
    # review: the "!" kept
    ("Đi tất vào đi, chân con lạnh như đá rồi!", "Put some socks on, your feet are like ice!"),
    ("Bạn nên đi tất cho ấm chân!", "You should wear socks to keep your feet warm!"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đôi bàn tay và bàn chân luôn lạnh.", "Tay ông luôn lạnh.", "Đôi tay của Lan luôn lạnh.", "Đôi bàn chân
    # của tôi không bao giờ cảm thấy lạnh."
    ("My hands and feet are always cold.", "Tay chân tôi lúc nào cũng lạnh."),
    ("His hands are always cold.", "Tay anh ấy lúc nào cũng lạnh."),
    ("Lan's hands are always cold.", "Tay Lan lúc nào cũng lạnh."),
    ("My feet are never cold.", "Chân tôi không bao giờ lạnh."),
    ("My mother's hands are always ice-cold.", "Tay mẹ tôi lúc nào cũng lạnh ngắt."),
    ("Our hands are often cold.", "Tay chúng tôi hay bị lạnh."),
    # v8: "Đôi bàn chân của cô luôn lạnh, thậm chí vào mùa hè." (no "của cô ấy"), "Tay và bàn chân của tôi luôn
    # lạnh vào mùa đông.", "Tay tôi luôn lạnh vì tuần hoàn kém."
    ("Her feet are always cold, even in summer.", "Chân cô ấy lúc nào cũng lạnh, kể cả vào mùa hè."),
    ("My hands and feet are always cold in winter.", "Vào mùa đông, tay chân tôi lúc nào cũng lạnh."),
    ("My hands are always cold because of poor circulation.", "Tay tôi lúc nào cũng lạnh vì máu lưu thông kém."),
    ("As a child, my hands were always cold.", "Hồi nhỏ, tay tôi lúc nào cũng lạnh."),
    ("My hands were always cold as a child.", "Hồi nhỏ, tay tôi lúc nào cũng lạnh."),
    # v8: "Đôi bàn chân của cô ấy giống như băng.", "Tay tôi lạnh như băng.", "Những ngón tay của tôi đang tự
    # dozing.", "Tôi đang tự dozing." (toes)
    ("Her feet are like ice.", "Chân cô ấy lạnh như đá."),
    ("My hands are as cold as ice.", "Tay tôi lạnh như đá."),
    ("My fingers are freezing.", "Các ngón tay tôi lạnh cóng."),
    ("My toes are freezing.", "Các ngón chân tôi lạnh cóng."),
    # v8: "Tay tôi bị cảm lạnh dễ dàng.", "Có phải bàn tay và bàn chân của bạn thường bị cảm không?", "Tay bạn luôn
    # lạnh không?"
    ("My hands get cold easily.", "Tay tôi dễ bị lạnh."),
    ("My hands always get cold.", "Tay tôi lúc nào cũng bị lạnh."),
    ("Do your hands and feet often get cold?", "Tay chân bạn có hay bị lạnh không?"),
    ("Do your feet get cold easily?", "Chân bạn có dễ bị lạnh không?"),
    ("Are your hands always cold?", "Có phải tay bạn lúc nào cũng lạnh không?"),
    # v8: "Tôi có bàn tay lạnh và bàn chân.", "Tôi thường bị lạnh."
    ("I have cold hands and feet.", "Tôi bị lạnh tay chân."),
    ("I often get cold hands.", "Tôi hay bị lạnh tay."),
    ("She often gets cold hands.", "Cô ấy hay bị lạnh tay."),
    ("I always have cold hands.", "Tôi lúc nào cũng bị lạnh tay."),
    ("Do you often get cold hands?", "Bạn có hay bị lạnh tay không?"),
    ("Does she have cold hands and feet?", "Cô ấy có bị lạnh tay chân không?"),
    # v8: "Tôi có tuần hoàn kém.", "Mẹ tôi có tuần hoàn kém.", "Sự tuần hoàn của tôi nghèo."
    ("I have poor circulation.", "Tôi bị tuần hoàn máu kém."),
    ("My mother has poor circulation.", "Mẹ tôi bị tuần hoàn máu kém."),
    ("Do you have poor circulation?", "Bạn có bị tuần hoàn máu kém không?"),
    ("My father doesn't have poor circulation.", "Bố tôi không bị tuần hoàn máu kém."),
    ("I've got poor circulation.", "Tôi bị tuần hoàn máu kém."),
    ("My circulation is poor.", "Tôi bị tuần hoàn máu kém."),
    # v8: "Đặt một vài cái ghế để giữ cho bàn chân ấm áp.", "Đặt một số vết bớt, bàn chân của bạn giống như băng.",
    # "Đặt những cái găng tay để giữ ấm áp.", "Bạn nên mặc quần áo để giữ ấm bàn chân."
    ("Put some socks on to keep your feet warm.", "Đi tất vào cho ấm chân."),
    ("Put on some socks to keep your feet warm.", "Đi tất vào cho ấm chân."),
    ("Put some socks on, your feet are like ice.", "Đi tất vào đi, chân bạn lạnh như đá rồi."),
    ("Put your gloves on to keep your hands warm.", "Đeo găng tay vào cho ấm tay."),
    ("You should wear socks to keep your feet warm.", "Bạn nên đi tất cho ấm chân."),
    # v8: "Hãy lau tay với nhau để sưởi ấm lên.", "Anh ấy đang chà tay với nhau để sưởi ấm chúng lên."
    ("Rub your hands together to warm them up.", "Xoa hai tay vào nhau cho ấm."),
    ("Rub your feet to warm them up.", "Xoa chân cho ấm."),
    ("He's rubbing his hands together to warm them up.", "Anh ấy đang xoa hai tay vào nhau cho ấm."),
    ("I'm rubbing my hands to keep them warm.", "Tôi đang xoa tay cho ấm."),
    # not: hands plainly cold (mt/temperatures.py), "cold feet" of who (lost nerve), the verb not agreeing, asked of
    # oneself, a pet's, "get cold" with no how often, "on" twice, socks for the hands, another's hands rubbed,
    # "often" with a like, "never … even in summer", a "?" on a statement, the other way's language
    ("My hands are freezing.", None), ("My hands are cold.", None), ("He got cold feet.", None),
    ("My mother has cold feet.", None), ("I have cold feet.", None), ("She have cold hands.", None),
    ("He gets cold hands.", None), ("Her hands is always cold.", None), ("Do I have poor circulation?", None),
    ("Do my hands often get cold?", None), ("She have poor circulation.", None),
    ("My dog's feet are always cold.", None),
    ("My hands get cold.", None), ("Put on some socks on to keep your feet warm.", None),
    ("Put some socks on to keep your hands warm.", None), ("She's rubbing his hands together to warm them up.", None),
    ("My hands are often like ice.", None), ("My feet are never cold, even in summer.", None),
    ("My hands are always cold?", None), ("Rub your feet together to warm them up.", None),
    ("The soup is always cold.", None), ("Tay chân tôi lúc nào cũng lạnh.", None),
    ("My hands were always cold.", None), ("Are my hands always cold?", None),
    # review: the "!" kept
    ("You should wear socks to keep your feet warm!", "Bạn nên đi tất cho ấm chân!"),
    ("Put on some socks, your feet are like ice!", "Đi tất vào đi, chân bạn lạnh như đá rồi!"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
