"""Seats: taken or free, sitting down, moving over, swapping seats, saving one, whose it is, both ways (mt/seats.py)."""
import pytest

from mt.seats import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Has anyone who sits?", "Is this seat?", "Is it blank?", "This is the person who sits."
    ("Chỗ này có ai ngồi chưa?", "Is this seat taken?"),
    ("Chỗ này có người ngồi chưa?", "Is this seat taken?"),
    ("Chỗ kia có ai ngồi không?", "Is that seat taken?"),
    ("Chỗ này có ai ngồi chưa ạ?", "Is this seat taken?"),
    ("Chỗ này còn trống không?", "Is this seat free?"),
    ("Ghế đó còn trống không?", "Is that seat free?"),
    ("Chỗ này có người ngồi rồi.", "This seat is taken."),
    ("Chỗ này chưa có ai ngồi.", "This seat isn't taken."),
    ("Ghế này vẫn còn trống.", "This seat is still free."),
    # v8: "Can I sit here?" (for my mother); right for "Tôi", and written as it writes it
    ("Mẹ tôi ngồi đây được không?", "Can my mother sit here?"),
    ("Tôi ngồi đây được không?", "Can I sit here?"),
    ("Lan có thể ngồi cạnh mẹ tôi không?", "Can Lan sit next to my mother?"),
    ("Bác Hùng ngồi đây được không?", "Can Uncle Hung sit here?"),
    # v8: "Inviting the seat.", "Invite you sit down.", "You're sitting here.", "You sat down."
    ("Mời ngồi.", "Please have a seat."),
    ("Mời anh ngồi ạ.", "Please have a seat."),
    ("Mời bạn ngồi xuống.", "Please sit down."),
    ("Mời chị ngồi đây.", "Please sit here."),
    ("Bạn ngồi đây đi.", "Sit here."),
    ("Bạn ngồi xuống đi.", "Sit down."),
    # v8: "Can you sit for a little?", "You translate somewhere."
    ("Bạn ngồi dịch vào một chút được không?", "Could you move over a little?"),
    ("Bạn có thể ngồi xích vào một chút không?", "Could you move over a little?"),
    ("Bạn dịch vào một chút đi.", "Move over a little."),
    # v8: "Can you change the place with me?", "Do you want to change the space?", "Let's change."
    ("Bạn đổi chỗ với tôi được không?", "Can you swap seats with me?"),
    ("Bạn có thể đổi chỗ với mẹ tôi không?", "Can you swap seats with my mother?"),
    ("Bạn có muốn đổi chỗ không?", "Do you want to change seats?"),
    ("Chúng ta đổi chỗ nhé.", "Let's swap seats."),
    ("Chúng ta đổi chỗ nhé?", "Shall we swap seats?"),
    ("Tôi muốn đổi chỗ.", "I'd like to change seats."),
    ("Mẹ tôi muốn đổi chỗ.", "My mother wants to change seats."),
    # v8: "Keep me where.", "Could you keep my room for me?", "I'll keep you in place."
    ("Giữ chỗ cho tôi nhé.", "Save me a seat, please."),
    ("Bạn giữ chỗ cho tôi được không?", "Could you save me a seat?"),
    ("Tôi sẽ giữ chỗ cho bạn.", "I'll save you a seat."),
    ("Tôi sẽ giữ chỗ cho mẹ tôi.", "I'll save a seat for my mother."),
    # v8: "Is this a seat?", "Where do my seat?", "You're sitting in my place."
    ("Đây có phải ghế của bạn không?", "Is this your seat?"),
    ("Chỗ ngồi của tôi ở đâu?", "Where's my seat?"),
    ("Bạn đang ngồi chỗ của tôi.", "You're sitting in my seat."),
    ("Anh ấy đang ngồi chỗ của mẹ tôi.", "He's sitting in my mother's seat."),
    ("Hình như bạn ngồi nhầm chỗ của tôi rồi.", "I think you're sitting in my seat."),
    # "chỗ của mình": the speaker's after "bạn" (friends' "mình") and sat in by mistake ("nhầm": not one's own);
    # else after a third person either (mine, or his own?), so not said
    ("Bạn đang ngồi chỗ của mình.", "You're sitting in my seat."),
    ("Anh ấy đang ngồi nhầm chỗ của mình.", "He's sitting in my seat."),
    ("Tôi muốn đổi chỗ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ấy đang ngồi chỗ của mình.", None), ("Mẹ tôi đang ngồi chỗ của mình rồi.", None),
    # not: "anh", "em" alone asking leave or told (the speaker, or you), "dịch" alone (translate), a seat saved
    # plainly or in the past (booked?), "chỗ" alone as whose (my place?), "ghế" asked where (a chair?), room left,
    # sitting said plainly (sit there?), "đổi chỗ làm" (another job), asked without "không", oneself as whom
    ("Em ngồi đây được không?", None), ("Anh ngồi đi.", None), ("Anh muốn đổi chỗ.", None),
    ("Em đổi chỗ được không?", None), ("Bạn dịch một chút được không?", None), ("Tôi đã giữ chỗ cho bạn.", None),
    ("Bạn giữ chỗ cho tôi.", None), ("Đây là chỗ của tôi.", None), ("Ghế của tôi ở đâu?", None),
    ("Còn chỗ trống không?", None), ("Bạn ngồi chỗ của tôi.", None), ("Tôi muốn đổi chỗ làm.", None),
    ("Bạn muốn đổi chỗ không?", None), ("Chỗ này trống không.", None), ("Tôi ngồi cạnh tôi được không?", None),
    ("Anh đang ngồi chỗ của tôi.", None), ("Mời anh ấy ngồi.", None), ("Ngồi xuống.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cái ghế này có trống không?", "Ghế này được lấy." (is fetched), "Ghế này được tự do." (is at liberty)
    ("Is this seat free?", "Chỗ này còn trống không?"),
    ("Is this seat available?", "Chỗ này còn trống không?"),
    ("Is this seat still free?", "Chỗ này vẫn còn trống không?"),
    ("Is that seat taken?", "Chỗ đó có ai ngồi chưa?"),
    ("This seat is taken.", "Chỗ này có người ngồi rồi."),
    ("This seat isn't taken.", "Chỗ này chưa có ai ngồi."),
    ("This seat is free.", "Chỗ này còn trống."),
    # v8: "Bạn có nhớ nếu tôi ngồi ở đây không?" (remember), "Tâm trí nếu tôi ngồi ở đây?" (the mind)
    ("Do you mind if I sit here?", "Bạn có phiền nếu tôi ngồi đây không?"),
    ("Mind if I sit next to you?", "Bạn có phiền nếu tôi ngồi cạnh bạn không?"),
    # v8: "Làm ơn có ghế." (there is a chair), "Lấy ghế." (fetch a chair), "Làm ơn, xin vui lòng."
    ("Please have a seat.", "Mời bạn ngồi."),
    ("Take a seat.", "Mời bạn ngồi."),
    ("Please sit down.", "Mời bạn ngồi xuống."),
    ("Sit here, please.", "Mời bạn ngồi đây."),
    # v8: "Bạn di chuyển một chút được không?", "Bạn có thể scot qua một chút không?"
    ("Could you move over a little?", "Bạn ngồi dịch vào một chút được không?"),
    ("Can you scoot over a bit?", "Bạn ngồi dịch vào một chút được không?"),
    ("Would you mind moving over a little?", "Bạn ngồi dịch vào một chút được không?"),
    ("Move over a little, please.", "Bạn ngồi dịch vào một chút nhé."),
    # v8: "Chúng ta có thể trao đổi ghế không?" (trade), "Mua sắm chúng tôi trao đổi ghế?" (shopping)
    ("Can we swap seats?", "Chúng ta đổi chỗ được không?"),
    ("Shall we swap seats?", "Chúng ta đổi chỗ nhé?"),
    ("Let's swap seats.", "Chúng ta đổi chỗ nhé."),
    ("Would you like to swap seats?", "Bạn có muốn đổi chỗ không?"),
    ("Does he want to swap seats with me?", "Anh ấy có muốn đổi chỗ với tôi không?"),
    ("Could you swap seats with my mother?", "Bạn đổi chỗ với mẹ tôi được không?"),
    ("Would you mind swapping seats with me?", "Bạn đổi chỗ với tôi được không?"),
    ("Can I change seats?", "Tôi đổi chỗ được không?"),
    ("I'd like to change seats.", "Tôi muốn đổi chỗ."),
    ("She wants to switch seats.", "Cô ấy muốn đổi chỗ."),
    # v8: "Lưu ghế của tôi." (store), "Tôi đã lưu ghế cho bạn."
    ("Save me a seat.", "Giữ chỗ cho tôi nhé."),
    ("Could you save me a seat?", "Bạn giữ chỗ cho tôi được không?"),
    ("Can you save a seat for my mother?", "Bạn giữ chỗ cho mẹ tôi được không?"),
    ("I'll save you a seat.", "Tôi sẽ giữ chỗ cho bạn."),
    # v8: "Cái ghế của bạn có phải không?", "Bạn đang ngồi trong ghế của mình." (your own), "Có ghế nào trái …"
    ("Is this your seat?", "Đây có phải chỗ của bạn không?"),
    ("Is that seat yours?", "Đó có phải chỗ của bạn không?"),
    ("You're sitting in my seat.", "Bạn đang ngồi chỗ của tôi."),
    ("You're in my mother's seat.", "Bạn đang ngồi chỗ của mẹ tôi."),
    ("I think you're in my seat.", "Hình như bạn đang ngồi chỗ của tôi."),
    ("He's sitting in my seat.", "Anh ấy đang ngồi chỗ của tôi."),
    ("Are there any seats left?", "Còn chỗ trống không?"),
    ("There are no seats left.", "Hết chỗ rồi."),
    # not: what v8 gets right ("Can I sit here?", "Sit down.", "This is my seat.", "Where's my seat?"), "move up"
    # (in a queue?), "move over" alone (a car?), a seat saved in the past, "is", "want", "does" not agreeing with who,
    # oneself as whom, "Shall I", "Are there any seats?" (where?)
    ("Can I sit here?", None), ("Sit down.", None), ("This is my seat.", None), ("Where's my seat?", None),
    ("Is anyone sitting here?", None), ("Can you move up a little?", None), ("Could you move over?", None),
    ("I saved you a seat.", None), ("He are sitting in my seat.", None), ("Does you want to swap seats?", None),
    ("My mother want to swap seats.", None), ("I'll save me a seat.", None), ("Shall I swap seats?", None),
    ("Are there any seats?", None), ("You're in your seat.", None), ("Move over a little?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Chỗ này có ai ngồi chưa?", "en", "vi") is None
    assert translate("Is this seat free?", "vi", "en") is None
    assert translate("Is this seat free?", "en", "fr") is None
