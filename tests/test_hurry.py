"""Hurrying and being late: hurry up, going to be late, no rush, slow down, time left, in a hurry, both ways
(mt/hurry.py)."""
import pytest

from mt.hurry import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Nhanh lên," → "Nhanh up,", "Mau lên!" → "Bring!", "Mau lên nào!" → "How to Mau!", "Khẩn trương lên!" →
    # "Shop up!"
    ("Nhanh lên!", "Hurry up!"),
    ("Mau lên!", "Hurry up!"),
    ("Mau lên nào!", "Hurry up!"),
    ("Nhanh lên đi!", "Hurry up!"),
    ("Nhanh lên,", "Hurry up,"),
    ("Mau lên,", "Hurry up,"),
    ("Khẩn trương lên!", "Hurry up!"),
    ("Làm ơn nhanh lên.", "Please hurry up."),
    # v8: "Mẹ tôi sắp muộn rồi." → "My mother was late.", "Chúng ta đang bị muộn." → "We're going to be late.",
    # "Chúng ta sắp trễ rồi." → "We're going to delay."
    ("Chúng ta sắp muộn rồi!", "We're going to be late!"),
    ("Mẹ tôi sắp muộn rồi.", "My mother is going to be late."),
    ("Chúng ta sắp trễ rồi.", "We're going to be late."),
    ("Chúng ta đang bị muộn.", "We're running late."),
    ("Chúng ta sắp lỡ xe buýt rồi.", "We're going to miss the bus."),
    ("Chúng ta sẽ lỡ phim mất.", "We'll miss the film."),
    # v8: "Cứ từ từ." → "Every word.", "Không vội đâu." → "No one was rushed.", "Cứ thong thả." → "It's OK to go
    # away.", "Đừng vội vàng." → "Don't rush on gold."
    ("Không cần vội đâu.", "There's no rush."),
    ("Không vội đâu.", "There's no rush."),
    ("Không có gì phải vội.", "There's no rush."),
    ("Bạn không cần phải vội.", "You don't need to rush."),
    ("Cứ từ từ.", "Take your time."),
    ("Cứ thong thả.", "Take your time."),
    ("Cứ từ từ,", "Take your time,"),
    ("Đừng vội vàng.", "Don't rush."),
    # v8: "Chậm lại đi." → "Even walking.", "Lái chậm lại!" → "Slow!", "Làm ơn chậm lại." → "Please slow."
    ("Chậm lại đi.", "Slow down."),
    ("Lái chậm lại!", "Slow down!"),
    ("Làm ơn chạy chậm lại một chút.", "Please slow down a bit."),
    ("Chậm lại đi,", "Slow down,"),
    # v8: "Vẫn còn nhiều thời gian." → "There are still a lot of time.", "Không còn nhiều thời gian nữa." → "There are
    # no longer time.", "Chúng ta còn bao nhiêu thời gian?" → "How many times do we have?", "Sắp hết giờ rồi." → "It's
    # all time."
    ("Chúng ta còn nhiều thời gian.", "We have plenty of time."),
    ("Vẫn còn nhiều thời gian.", "There's still plenty of time."),
    ("Chúng ta không còn nhiều thời gian nữa.", "We don't have much time left."),
    ("Mẹ tôi không có nhiều thời gian.", "My mother doesn't have much time."),
    ("Không còn nhiều thời gian nữa.", "There isn't much time left."),
    ("Chúng ta còn bao nhiêu thời gian?", "How much time do we have left?"),
    ("Cô ấy còn bao nhiêu thời gian?", "How much time does she have left?"),
    ("Còn bao nhiêu thời gian nữa?", "How much time is left?"),
    ("Hết giờ rồi!", "Time's up!"),
    ("Sắp hết giờ rồi.", "Time's almost up."),
    # v8: "Tôi đang vội." → "I'm rushing.", "Tôi đang rất vội." → "I'm very rushing.", "Bạn có vội không?" → "Are you
    # rushed?", "Mẹ tôi không vội." → "My mother wasn't rushed."
    ("Tôi đang vội.", "I'm in a hurry."),
    ("Tôi đang rất vội.", "I'm in a big hurry."),
    ("Mẹ tôi đang vội.", "My mother is in a hurry."),
    ("Bạn có vội không?", "Are you in a hurry?"),
    ("Anh đang vội à?", "Are you in a hurry?"),
    ("Tôi không vội.", "I'm not in a hurry."),
    ("Mẹ tôi không vội đâu.", "My mother isn't in a hurry."),
    # not: "anh" alone saying it (the speaker or "you"), "bạn … không vội đâu" (not in a hurry, or needn't be), late
    # with "sẽ" or "rồi" (mt/mishaps.py's), how long left (or until), speaking slowly (the phrasebook's), whose time
    # not said, asked without a question mark, other topics
    ("Tôi đang vội nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đang vội.", None), ("Anh sắp muộn rồi.", None), ("Bạn không vội đâu.", None), ("Mẹ tôi vội đâu.", None),
    ("Chúng ta sẽ bị muộn.", None), ("Chúng ta còn bao lâu?", None), ("Nói chậm lại.", None),
    ("Có nhiều thời gian.", None), ("Bạn có vội không.", None), ("Tôi đang đợi xe buýt.", None),
    ("Tôi vừa cắt tóc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hurry up, please." → "Nhanh lên, vui lòng.", "Please hurry." → "Vui lòng ôm ấp." (cuddle)
    ("Hurry up!", "Nhanh lên!"),
    ("Hurry up,", "Nhanh lên,"),
    ("Hurry!", "Nhanh lên!"),
    ("Quick!", "Nhanh lên!"),
    ("Please hurry.", "Làm ơn nhanh lên."),
    ("Hurry up, please.", "Làm ơn nhanh lên."),
    # v8: "We're going to be late." → "Chúng tôi sẽ muộn.", "She's going to be late." → "Nó sẽ muộn." (it), "We're
    # running late." → "Chúng tôi đang chạy trễ."
    ("We're going to be late!", "Chúng ta sắp muộn rồi!"),
    ("She's going to be late.", "Cô ấy sắp muộn rồi."),
    ("My mother is going to be late.", "Mẹ tôi sắp muộn rồi."),
    ("Are we going to be late?", "Chúng ta có bị muộn không?"),
    ("We're running late.", "Chúng ta đang bị muộn."),
    ("We're going to miss the film.", "Chúng ta sẽ lỡ mất bộ phim."),
    ("We'll miss the movie.", "Chúng ta sẽ lỡ mất bộ phim."),
    # v8: "There's no hurry." → "Không có chuyện ôm ấp.", "No hurry." → "Không ôm ấp.", "You don't need to hurry." →
    # "Bạn không cần phải ôm ấp."
    ("There's no rush.", "Không cần vội đâu."),
    ("There's no hurry.", "Không cần vội đâu."),
    ("No hurry!", "Không cần vội đâu!"),
    ("There's no need to hurry.", "Không cần vội đâu."),
    ("Don't rush.", "Đừng vội."),
    ("You don't have to rush.", "Bạn không cần phải vội đâu."),
    ("She doesn't need to hurry.", "Cô ấy không cần phải vội đâu."),
    # v8: "Slow down a bit." → "Giảm một chút."
    ("Slow down a bit.", "Chậm lại một chút."),
    ("Please slow down.", "Làm ơn chậm lại."),
    # v8: "How much time do we have left?" → "Chúng tôi đã rời khỏi bao nhiêu thời gian?" (left a place), "There isn't
    # much time left." → "Không có thời gian còn lại.", "Time's up!" → "Thời gian lên!"
    ("We have plenty of time.", "Chúng ta còn nhiều thời gian."),
    ("We've got plenty of time.", "Chúng ta còn nhiều thời gian."),
    ("We still have plenty of time.", "Chúng ta vẫn còn nhiều thời gian."),
    ("She has plenty of time.", "Cô ấy còn nhiều thời gian."),
    ("There's still plenty of time.", "Vẫn còn nhiều thời gian."),
    ("We don't have much time.", "Chúng ta không có nhiều thời gian."),
    ("We don't have much time left.", "Chúng ta không còn nhiều thời gian nữa."),
    ("We haven't got much time.", "Chúng ta không có nhiều thời gian."),
    ("There isn't much time left.", "Không còn nhiều thời gian nữa."),
    ("How much time do we have left?", "Chúng ta còn bao nhiêu thời gian?"),
    ("How much time have we got?", "Chúng ta còn bao nhiêu thời gian?"),
    ("How much time does she have left?", "Cô ấy còn bao nhiêu thời gian?"),
    ("How much time is left?", "Còn bao nhiêu thời gian nữa?"),
    ("Time's up!", "Hết giờ rồi!"),
    ("Time's almost up.", "Sắp hết giờ rồi."),
    # v8: "She's in a hurry." → "Cô ấy rất ôm ấp.", "Are you in a hurry?" → "Bạn đang ôm ấp à?", "I'm in a big hurry."
    # → "Tôi đang ôm ấp lớn."
    ("She's in a hurry.", "Cô ấy đang vội."),
    ("We're in a hurry.", "Chúng tôi đang vội."),
    ("Are you in a hurry?", "Bạn có đang vội không?"),
    ("Is she in a hurry?", "Cô ấy có đang vội không?"),
    ("I'm not in a hurry.", "Tôi không vội."),
    ("I'm in a big hurry.", "Tôi đang rất vội."),
    ("My mother is in a hurry.", "Mẹ tôi đang vội."),
    # not: bad agreement ("She are", "She don't", "She have", "do she", "My mother are"), a ride missed
    # (mt/mishaps.py's), "is" asked without a question mark, "have … have", other topics
    ("She are going to be late.", None), ("She don't need to hurry.", None), ("She have plenty of time.", None),
    ("How much time do she have left?", None), ("My mother are in a hurry.", None),
    ("We're going to miss the bus.", None), ("Are you in a hurry.", None), ("How much time have we have?", None),
    ("I'd like to return these shoes.", None), ("What time is it?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
