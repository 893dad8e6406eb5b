"""What someone is doing right now at home, said or asked, and what they are watching, reading, listening to or
playing, both ways (mt/doing_now.py)."""
import pytest

from mt.doing_now import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The children are looking at the animation.", "I'm reading a newspaper." (my father lost), "I'm watching
    # the time.", "I'm talking about the phone.", "He's playing electronics.", "They're playing a song."
    ("Tôi đang xem tivi.", "I'm watching TV."),
    ("Tôi đang xem TV!", "I'm watching TV!"),
    ("Bọn trẻ đang xem hoạt hình.", "The kids are watching cartoons."),
    ("Lũ trẻ đang xem phim hoạt hình.", "The kids are watching cartoons."),
    ("Cô ấy đang đọc sách.", "She's reading a book."),
    ("Tôi đang nghe nhạc.", "I'm listening to music."),
    ("Anh ấy đang chơi game.", "He's playing games."),
    ("Anh ấy đang chơi điện tử.", "He's playing video games."),
    ("Mẹ tôi đang xem phim.", "My mother is watching a film."),
    ("Bố tôi đang đọc báo.", "My father is reading the newspaper."),
    ("Bố tôi đang xem thời sự.", "My father is watching the news."),
    ("Bà tôi đang nghe đài.", "My grandmother is listening to the radio."),
    ("Chúng tôi đang xem một bộ phim.", "We're watching a film."),
    ("Họ đang xem bóng đá.", "They're watching football."),
    ("Họ đang chơi bài.", "They're playing cards."),
    ("Minh đang đọc truyện tranh.", "Minh is reading comics."),
    ("Bác Hùng đang đọc báo.", "Uncle Hung is reading the newspaper."),
    ("Tôi đang nói chuyện điện thoại.", "I'm on the phone."),
    ("Cô ấy đang nghe điện thoại.", "She's on the phone."),
    ("Mẹ tôi đang lướt điện thoại.", "My mother is on her phone."),
    ("Bọn trẻ đang chơi điện thoại.", "The kids are on their phones."),
    ("Bọn trẻ vẫn đang xem tivi.", "The kids are still watching TV."),
    ("Bạn có đang xem tivi không?", "Are you watching TV?"),
    ("Bạn đang xem tivi à?", "Are you watching TV?"),
    ("Anh ấy đang nghe nhạc phải không?", "Is he listening to music?"),
    ("Bọn trẻ vẫn đang xem tivi à?", "Are the kids still watching TV?"),
    # v8: "What's you look at?", "What's you hear?", "What do you look at the movie?"
    ("Bạn đang xem gì vậy?", "What are you watching?"),
    ("Anh đang xem gì thế?", "What are you watching?"),
    ("Bạn đang nghe gì vậy?", "What are you listening to?"),
    ("Bạn đang đọc gì?", "What are you reading?"),
    ("Bọn trẻ đang chơi gì vậy?", "What are the kids playing?"),
    ("Bạn đang xem phim gì?", "What film are you watching?"),
    ("Anh ấy đang đọc sách gì?", "What book is he reading?"),
    ("Bạn đang nghe bài gì?", "What song are you listening to?"),
    ("Bạn đang xem kênh gì?", "What channel are you watching?"),
    # not: "anh", "chị" alone said (the speaker or "you"), "I" asked about, without "đang" (a habit), denied, asked
    # without a particle, "có … à", a name's phone (his or her), a kind that does not go with the verb, "đang làm gì"
    # (v8 is right), a call to someone (mt/calls.py), something else being done
    ("Anh đang xem tivi.", None), ("Tôi có đang xem tivi không?", None), ("Tôi đang xem gì?", None),
    ("Tôi xem tivi.", None), ("Tôi không xem tivi.", None), ("Bạn đang xem tivi?", None),
    ("Bạn có đang xem tivi à?", None), ("Minh đang dùng điện thoại.", None), ("Bạn đang nghe phim gì?", None),
    ("Bạn đang làm gì vậy?", None), ("Tôi đang gọi điện cho mẹ.", None), ("Tôi đang nấu ăn.", None),
    ("Tôi đang xem tivi ở phòng khách.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang theo dõi tivi." (monitor), "Trẻ đang theo dõi xem phim hoạt hình.", "Cô ấy đọc sách." and "Tôi
    # nghe nhạc." ("đang" lost), "Tôi đang trên điện thoại.", "Họ đang chơi các bếp trưởng." (chess: chefs)
    ("I'm watching TV.", "Tôi đang xem tivi."),
    ("I am watching TV right now.", "Tôi đang xem tivi."),
    ("The kids are watching cartoons.", "Bọn trẻ đang xem phim hoạt hình."),
    ("The children are watching cartoons.", "Bọn trẻ đang xem phim hoạt hình."),
    ("She's reading a book.", "Cô ấy đang đọc sách."),
    ("I'm listening to music.", "Tôi đang nghe nhạc."),
    ("He's playing games.", "Anh ấy đang chơi game."),
    ("He's playing video games.", "Anh ấy đang chơi điện tử."),
    ("My mother is watching a film.", "Mẹ tôi đang xem phim."),
    ("My dad is reading the newspaper.", "Bố tôi đang đọc báo."),
    ("My father is watching the news.", "Bố tôi đang xem thời sự."),
    ("We're watching a movie.", "Chúng tôi đang xem phim."),
    ("They're watching football.", "Họ đang xem bóng đá."),
    ("They are playing chess.", "Họ đang chơi cờ."),
    ("My son is watching cartoons.", "Con trai tôi đang xem phim hoạt hình."),
    ("Minh is reading comics.", "Minh đang đọc truyện tranh."),
    ("I'm watching YouTube.", "Tôi đang xem YouTube."),
    ("She is listening to the radio.", "Cô ấy đang nghe đài."),
    ("Everyone is watching TV.", "Mọi người đang xem tivi."),
    ("I'm on the phone.", "Tôi đang nói chuyện điện thoại."),
    ("He is talking on the phone.", "Anh ấy đang nói chuyện điện thoại."),
    ("I'm on my phone.", "Tôi đang dùng điện thoại."),
    ("My mother is on her phone.", "Mẹ tôi đang dùng điện thoại."),
    ("The kids are on their phones.", "Bọn trẻ đang dùng điện thoại."),
    ("The kids are still watching TV.", "Bọn trẻ vẫn đang xem tivi."),
    # v8: "Bạn đang xem ti-vi không?", "Bé có đọc không?", "Anh có chơi game không?" (he asked as "you")
    ("Are you watching TV?", "Bạn có đang xem tivi không?"),
    ("Is she reading a book?", "Cô ấy có đang đọc sách không?"),
    ("Is he playing games?", "Anh ấy có đang chơi game không?"),
    ("Are you on the phone?", "Bạn có đang nói chuyện điện thoại không?"),
    ("Are the kids still watching TV?", "Bọn trẻ vẫn đang xem tivi à?"),
    # v8: "Bạn đang quan sát gì?" (observe), "Bạn đọc sách là gì?", "Bạn nghe gì?" ("đang" lost)
    ("What are you watching?", "Bạn đang xem gì?"),
    ("What are you reading?", "Bạn đang đọc gì?"),
    ("What are you listening to?", "Bạn đang nghe gì?"),
    ("What's he watching?", "Anh ấy đang xem gì?"),
    ("What are the kids playing?", "Bọn trẻ đang chơi gì?"),
    ("What book is she reading?", "Cô ấy đang đọc sách gì?"),
    ("What film are you watching?", "Bạn đang xem phim gì?"),
    # not: "is" that does not agree ("He are", "I is"), "I" asked about, someone else's phone, "phones" of one, a kind
    # that does not go with the verb, a plan (tonight), a habit, denied, reading with nothing read, "doing" (v8 is
    # right), a question without "?" or a statement with one
    ("He are watching TV.", None), ("I is watching TV.", None), ("What is you watching?", None),
    ("Am I watching TV?", None), ("What am I watching?", None), ("I'm on his phone.", None),
    ("My mother is on his phone.", None), ("I'm on my phones.", None), ("What song are you reading?", None),
    ("I'm watching TV tonight.", None), ("I watch TV.", None), ("I'm not watching TV.", None),
    ("I'm reading.", None), ("What are you doing?", None), ("Are you watching TV.", None),
    ("You're watching TV?", None), ("She watching TV.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_left():
    assert translate("Tôi đang xem tivi.", "vi", "vi") is None
