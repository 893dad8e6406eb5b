"""Being late: why, late for work, school or class, again, by how long, on a day, because of what, "don't be late",
not wanting to be late, both ways (mt/lateness.py)."""
import pytest

from mt.lateness import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Why are you coming later?", "Why are you coming lately?", "Why are he coming later?"
    ("Sao bạn đến muộn vậy?", "Why are you late?"),
    ("Tại sao bạn đến muộn?", "Why are you late?"),
    ("Sao anh ấy đến muộn?", "Why is he late?"),
    ("Sao cô ấy lại đến trễ vậy?", "Why is she late?"),
    ("Tại sao bạn lại muộn?", "Why are you late?"),
    ("Sao anh đến muộn?", "Why are you late?"),
    ("Sao hôm nay bạn đi làm muộn vậy?", "Why are you late for work today?"),
    ("Sao hôm qua anh ấy đi học muộn?", "Why was he late for school yesterday?"),
    ("Sao bạn lúc nào cũng đến muộn vậy?", "Why are you always late?"),
    ("Sao bạn lại đến muộn nữa vậy?", "Why are you late again?"),
    # v8: "Yesterday, I went to school late.", "I'm late to do.", "I'm late to learn."
    ("Hôm qua tôi đi học muộn.", "I was late for school yesterday."),
    ("Sáng nay tôi đi làm muộn.", "I was late for work this morning."),
    ("Tôi đã đi làm muộn.", "I was late for work."),
    ("Hôm qua cô ấy đến lớp muộn.", "She was late for class yesterday."),
    ("Tôi bị muộn giờ làm.", "I'm late for work."),
    ("Tôi bị muộn học.", "I'm late for school."),
    ("Hôm qua chúng tôi đến họp muộn mười phút.", "We were ten minutes late for the meeting yesterday."),
    ("Thứ hai tôi đã đi làm muộn.", "I was late for work on Monday."),
    ("Hôm qua Minh đến muộn.", "Minh was late yesterday."),
    # v8: "You're later.", "He came later.", "She was goes to work late."
    ("Bạn lại muộn rồi.", "You're late again."),
    ("Anh ấy lại đến muộn rồi.", "He's late again."),
    ("Cô ấy lại đi làm muộn.", "She's late for work again."),
    ("Hôm nay bạn lại đến muộn rồi.", "You're late again today."),
    # v8: "I'm late forgot to sleep.", "I'm late because traffic jam."
    ("Tôi đến muộn vì ngủ quên.", "I'm late because I overslept."),
    ("Tôi đến muộn vì kẹt xe.", "I'm late because of the traffic."),
    ("Hôm qua tôi đi làm muộn vì kẹt xe.", "I was late for work yesterday because of the traffic."),
    ("Mẹ tôi đến muộn vì ngủ quên.", "My mother is late because she overslept."),
    ("Họ đến muộn vì lỡ xe buýt.", "They're late because they missed the bus."),
    # v8: "My mother will go back to late.", "Tonight, I'll get late."
    ("Mẹ tôi sẽ về muộn.", "My mother will be home late."),
    ("Tối nay tôi sẽ về muộn.", "I'll be home late tonight."),
    ("Bác Hùng sẽ đến lớp muộn.", "Uncle Hung will be late for class."),
    # v8: "Don't go to school later.", "Don't come later."
    ("Đừng đến muộn nhé.", "Don't be late."),
    ("Đừng đến trễ nhé!", "Don't be late!"),
    ("Đừng đi học muộn nhé.", "Don't be late for school."),
    ("Lần sau đừng đến muộn nữa.", "Don't be late again next time."),
    ("Ngày mai đừng đến muộn nhé.", "Don't be late tomorrow."),
    ("Con đừng đi học muộn nhé!", "Don't be late for school!"),
    ("Làm ơn đừng đến muộn.", "Please don't be late."),
    # v8: "I don't want to go later.", "I hate to late."
    ("Tôi không muốn đến muộn.", "I don't want to be late."),
    ("Tôi ghét đến muộn.", "I hate being late."),
    ("Cô ấy không muốn đi làm muộn.", "She doesn't want to be late for work."),
    # v8: "I'm late to do today.", "Yesterday, he was late to do.", "I'm late to do it.", "I'm late to do.", "My mother
    # was late to do.", "Yesterday, Minh lately.", "I'm late to make ten minutes.", "Yesterday, I was late for ten
    # minutes.", "Yesterday, Dad later half an hour.", "I'm late to do it for traffic jam.", "I was late to do my
    # forgot.", "I was delayed.", "They're late for 15 minutes."
    ("Tôi bị muộn làm hôm nay.", "I'm late for work today."),
    ("Hôm nay tôi muộn làm.", "I'm late for work today."),
    ("Hôm nay tôi bị muộn làm.", "I'm late for work today."),
    ("Hôm qua anh ấy bị muộn làm.", "He was late for work yesterday."),
    ("Tôi lại muộn làm rồi.", "I'm late for work again."),
    ("Tôi muộn làm.", "I'm late for work."),
    ("Tôi bị trễ làm.", "I'm late for work."),
    ("Mẹ tôi bị muộn làm.", "My mother is late for work."),
    ("Bác Lan bị muộn làm.", "Aunt Lan is late for work."),
    ("Hôm qua Minh muộn làm.", "Minh was late for work yesterday."),
    ("Chúng tôi muộn làm rồi.", "We're late for work."),
    ("Bạn lại muộn làm rồi.", "You're late for work again."),
    ("Tôi bị muộn làm mười phút.", "I'm ten minutes late for work."),
    ("Họ muộn làm mười lăm phút.", "They're fifteen minutes late for work."),
    ("Hôm qua tôi muộn làm mười phút.", "I was ten minutes late for work yesterday."),
    ("Hôm qua bố tôi muộn làm nửa tiếng.", "My father was half an hour late for work yesterday."),
    ("Tôi muộn làm vì kẹt xe.", "I'm late for work because of the traffic."),
    ("Tôi bị muộn làm vì ngủ quên.", "I'm late for work because I overslept."),
    ("Ngày mai tôi sẽ muộn làm.", "I'll be late for work tomorrow."),
    ("Tôi muộn học.", "I'm late for school."),
    ("Hôm qua tôi muộn học.", "I was late for school yesterday."),
    ("Cô ấy bị muộn học hôm qua.", "She was late for school yesterday."),
    # v8: "Why are you late to do?", "Why do yesterday you get late?", "Don't be late to do.", "I don't want to be
    # late to do.", "I hate to do it later."
    ("Sao bạn muộn làm?", "Why are you late for work?"),
    ("Sao hôm qua bạn bị muộn làm vậy?", "Why were you late for work yesterday?"),
    ("Đừng muộn làm nhé.", "Don't be late for work."),
    ("Tôi không muốn muộn làm.", "I don't want to be late for work."),
    ("Tôi ghét muộn làm.", "I hate being late for work."),
    # v8: "I'm went to work The morning.", "He went to work late.", "My mother was late to do.", "We're went to
    # school late.", "Her afternoon came to the late class.", "The Land was late for traffic jam."
    ("Sáng qua tôi đi làm muộn.", "I was late for work yesterday morning."),
    ("Chiều qua anh ấy đi làm muộn.", "He was late for work yesterday afternoon."),
    ("Sáng qua mẹ tôi bị muộn làm.", "My mother was late for work yesterday morning."),
    ("Sáng qua chúng tôi đi học muộn.", "We were late for school yesterday morning."),
    ("Chiều qua cô ấy đến lớp muộn.", "She was late for class yesterday afternoon."),
    ("Sáng qua Lan muộn làm vì kẹt xe.", "Lan was late for work yesterday morning because of the traffic."),
    # taken already (v8 with every rule on writes them right), kept so
    ("Sáng nay tôi đi làm muộn mười phút.", "I was ten minutes late for work this morning."),
    ("Sáng nay mẹ tôi đi làm muộn.", "My mother was late for work this morning."),
    ("Tôi đi làm muộn hôm qua.", "I was late for work yesterday."),
    # left: "làm muộn" (working late), asked, "muộn làm" with more after it, an animal, "anh" alone, "về" with
    # "làm", a day to come without "sẽ", a day that does not agree, "đã … rồi", "nữa" without "lại", "đi làm muộn"
    # with only "hôm nay" or a weekday (a habit, or a plan), almost, not or never late, a name whose "she" is unsaid
    ("Tôi làm muộn.", None),
    ("Hôm nay tôi làm muộn.", None),
    ("Hôm qua tôi phải làm muộn.", None),
    ("Bạn muộn làm à?", None),
    ("Bạn có muộn làm không?", None),
    ("Tôi muộn làm hôm qua?", None),
    ("Tôi muộn làm bài tập.", None),
    ("Tôi muộn làm việc.", None),
    ("Muộn làm gì nữa.", None),
    ("Sáng qua con chó muộn làm.", None),
    ("Con mèo bị muộn học.", None),
    ("Anh muộn làm rồi.", None),
    ("Tôi về muộn làm.", None),
    ("Ngày mai tôi muộn làm.", None),
    ("Sáng qua tôi sẽ đi làm muộn.", None),
    ("Tôi đã muộn làm rồi.", None),
    ("Tôi muộn làm nữa.", None),
    ("Tôi đi làm muộn hôm nay.", None),
    ("Hôm nay tôi đi làm muộn mười phút.", None),
    ("Tôi đi làm muộn mười phút.", None),
    ("Thứ hai tôi đi làm muộn.", None),
    ("Tôi suýt muộn làm.", None),
    ("Tôi không muộn làm.", None),
    ("Tôi chưa bao giờ muộn làm.", None),
    ("Sáng qua Lan muộn làm vì ngủ quên.", None),
    ("Hôm qua tôi muộn làm, may mà sếp không biết.", None),
    # left: the speaker or the listener ("anh", "em" alone), "tôi" asking why, nothing that says when (a habit or a
    # plan), a day that does not agree, a name whose "he" or "she" English cannot say, asked in Vietnamese
    ("Anh lại đến muộn rồi.", None),
    ("Em không muốn đến muộn.", None),
    ("Tại sao tôi đến muộn?", None),
    ("Hôm nay tôi đi làm muộn.", None),
    ("Tôi đến lớp muộn.", None),
    ("Ngày mai tôi đi làm muộn.", None),
    ("Hôm qua tôi sẽ đến muộn.", None),
    ("Ngày mai tôi đã đi làm muộn.", None),
    ("Sao ngày mai bạn đến muộn?", None),
    ("Hôm qua đừng đến muộn.", None),
    ("Lan đến muộn vì ngủ quên.", None),
    ("Bạn có đến muộn không?", None),
    ("Đừng về muộn nhé.", None),
    ("Tôi ngủ quên nên đến muộn.", None),
    # left to mt/mishaps.py, mt/arrivals.py and the phrasebook, which take them first
    ("Xe buýt đến muộn.", None),
    ("Cô ấy luôn đến muộn.", None),
    ("Tôi xin lỗi vì đến muộn.", None),
    ("Tôi cắt tóc hôm qua.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tại sao bạn lại muộn?", "Tại sao lại muộn?" (she lost), "Sao cậu về làm việc?"
    ("Why are you late?", "Sao bạn đến muộn vậy?"),
    ("Why is she late?", "Sao cô ấy đến muộn vậy?"),
    ("Why was he late yesterday?", "Sao hôm qua anh ấy đến muộn vậy?"),
    ("Why were you late for work?", "Sao bạn đi làm muộn vậy?"),
    ("Why are you late again?", "Sao bạn lại đến muộn nữa vậy?"),
    ("Why is he always late?", "Sao anh ấy lúc nào cũng đến muộn vậy?"),
    ("Why is Lan always late for class?", "Sao Lan lúc nào cũng đến lớp muộn vậy?"),
    # v8: "Tôi ở cuối trường hôm qua." (at the end of the school), "Tôi về lớp.", "Chúng tôi đã về cuối cuộc họp."
    ("I was late for work.", "Tôi đã đi làm muộn."),
    ("I was late for school yesterday.", "Hôm qua tôi đi học muộn."),
    ("Yesterday, I was late for work.", "Hôm qua tôi đi làm muộn."),
    ("She was late for class this morning.", "Sáng nay cô ấy đã đến lớp muộn."),
    ("We were late for the meeting.", "Chúng tôi đã đến họp muộn."),
    ("I'm late for work.", "Tôi bị muộn giờ làm rồi."),
    ("I'm late for class.", "Tôi bị muộn giờ học rồi."),
    ("He's late for school today.", "Hôm nay anh ấy bị muộn học rồi."),
    ("My brother was late for school again.", "Anh trai tôi lại đi học muộn."),
    ("She'll be late for work tomorrow.", "Ngày mai cô ấy sẽ đi làm muộn."),
    ("My mother will be home late.", "Mẹ tôi sẽ về muộn."),
    # v8: "Bạn đã về muộn.", "Ông ta đã về cuối."
    ("You're late again.", "Bạn lại đến muộn rồi."),
    ("She's late again.", "Cô ấy lại đến muộn rồi."),
    ("He was late again.", "Anh ấy lại đến muộn."),
    # v8: "Tôi mất 10 phút để làm việc.", "Anh ta late 20 phút."
    ("I was ten minutes late for work.", "Tôi đã đi làm muộn mười phút."),
    ("She was late by ten minutes.", "Cô ấy đã đến muộn mười phút."),
    ("He's late by twenty minutes.", "Anh ấy đến muộn hai mươi phút."),
    ("We were late by half an hour.", "Chúng tôi đã đến muộn nửa tiếng."),
    # v8: "Tôi đã muộn vì tôi ngủ quá."
    ("I'm late because of the traffic.", "Tôi đến muộn vì kẹt xe."),
    ("I was late because I overslept.", "Tôi đã đến muộn vì ngủ quên."),
    ("My mother was late because she overslept.", "Mẹ tôi đã đến muộn vì ngủ quên."),
    ("I was late for work yesterday because of the traffic.", "Hôm qua tôi đi làm muộn vì kẹt xe."),
    # v8: "Tôi late không?", "Cuối cùng thì cô ấy có phải không?"
    ("Am I late?", "Tôi có đến muộn không?"),
    ("Is she late?", "Cô ấy có đến muộn không?"),
    ("Were you late for work yesterday?", "Hôm qua bạn có đi làm muộn không?"),
    ("Are you late for class?", "Bạn có bị muộn giờ học không?"),
    # v8: "Đừng muộn gì để học.", "Đừng muộn gì nữa."
    ("Don't be late.", "Đừng đến muộn nhé."),
    ("Don't be late!", "Đừng đến muộn nhé!"),
    ("Don't be late for school.", "Đừng đi học muộn nhé."),
    ("Don't be late again.", "Đừng đến muộn nữa nhé."),
    ("Don't be late next time.", "Lần sau đừng đến muộn nhé."),
    ("Don't be late tomorrow!", "Ngày mai đừng đến muộn nhé!"),
    ("Please don't be late.", "Làm ơn đừng đến muộn."),
    # v8: "Tôi ghét trễ.", "Tôi không muốn muộn."
    ("I hate being late.", "Tôi ghét đến muộn."),
    ("I don't want to be late.", "Tôi không muốn đến muộn."),
    ("She doesn't want to be late.", "Cô ấy không muốn đến muộn."),
    ("My father hates being late for work.", "Bố tôi ghét đi làm muộn."),
    # taken before "muộn làm" and "sáng qua" were read, and kept so: written back with "đi làm muộn", "bị muộn giờ
    # làm" and "sáng hôm qua", never "muộn làm" or "sáng qua"
    ("I was late for work today.", "Hôm nay tôi đã đi làm muộn."),
    ("He was late for work again.", "Anh ấy lại đi làm muộn."),
    ("I was late for class this morning.", "Sáng nay tôi đã đến lớp muộn."),
    ("I'm late for work today.", "Hôm nay tôi bị muộn giờ làm rồi."),
    ("You're late for work.", "Bạn bị muộn giờ làm rồi."),
    ("I'm late for work again.", "Tôi lại đi làm muộn rồi."),
    ("Lan was ten minutes late for work yesterday.", "Hôm qua Lan đi làm muộn mười phút."),
    ("She was late for class yesterday morning.", "Sáng hôm qua cô ấy đến lớp muộn."),
    ("My mother was late for work yesterday afternoon.", "Chiều hôm qua mẹ tôi đi làm muộn."),
    ("We were late for school this morning.", "Sáng nay chúng tôi đã đi học muộn."),
    ("Why was he late for work yesterday morning?", "Sao sáng hôm qua anh ấy đi làm muộn vậy?"),
    ("Were you late for work yesterday morning?", "Sáng hôm qua bạn có đi làm muộn không?"),
    # left: almost, not late, bad agreement, a day that does not agree
    ("I was almost late for work.", None),
    ("I wasn't late for work.", None),
    ("He were late for work again.", None),
    ("I was late for work tomorrow.", None),
    ("Tôi bị muộn làm.", None),
    # left: bad agreement, a day that does not agree, whose "because" is someone else's, "I'll be late tonight"
    # (home late, or there?), asking oneself why
    ("She were late for work.", None),
    ("He are late again.", None),
    ("Why is you late?", None),
    ("She don't want to be late.", None),
    ("He hate being late.", None),
    ("I'm late for work yesterday.", None),
    ("She'll be late for work yesterday.", None),
    ("Don't be late yesterday.", None),
    ("Was she late tomorrow?", None),
    ("My mother was late because he overslept.", None),
    ("I was late because she overslept.", None),
    ("I'll be late tonight.", None),
    ("Why am I late?", None),
    # left to mt/mishaps.py, mt/arrivals.py, mt/hurry.py and the phrasebook
    ("I'm late.", None),
    ("She'll be ten minutes late.", None),
    ("She's always late.", None),
    ("We're going to be late.", None),
    ("Sorry I'm late.", None),
    ("The bus is late.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
