"""Talking about a book or a film: what it is about, how long, who is in it or made it, who read or saw it, what it is
based on, its ending, and a good book said or asked, both ways (mt/books_films.py)."""
import pytest

from mt.books_films import translate


@pytest.mark.parametrize("text, said", [
    # v8: "What's the book talk about?", "How long does that movie?", "Who closes in that movie?", "Who acts that
    # movie?"
    ("Cuốn sách đó nói về cái gì?", "What's that book about?"),
    ("Cuốn sách này nói về gì?", "What's this book about?"),
    ("Bộ phim nói về điều gì vậy?", "What's the film about?"),
    ("Bộ phim đó dài bao lâu?", "How long is that film?"),
    ("Phim này dài bao lâu?", "How long is this film?"),
    ("Ai đóng trong bộ phim đó?", "Who's in that film?"),
    ("Bộ phim này có những ai đóng?", "Who's in this film?"),
    ("Ai đóng vai chính trong bộ phim đó?", "Who stars in that film?"),
    ("Ai là tác giả của cuốn sách này?", "Who wrote this book?"),
    ("Ai đạo diễn bộ phim đó?", "Who directed that film?"),
    # v8: "Did you read that book?", "I didn't read that book.", "My mother had seen this movie.", "He read it twice."
    ("Bạn đã đọc cuốn sách đó chưa?", "Have you read that book?"),
    ("Bạn xem bộ phim đó chưa?", "Have you seen that film?"),
    ("Anh đã xem bộ phim này chưa?", "Have you seen this film?"),
    ("Bạn đã xem bộ phim đó mấy lần rồi?", "How many times have you seen that film?"),
    ("Tôi chưa đọc cuốn sách đó.", "I haven't read that book."),
    ("Mẹ tôi đã xem bộ phim này rồi.", "My mother has seen this film."),
    ("Anh ấy đã đọc nó hai lần.", "He's read it twice."),
    ("Tôi đã đọc hai lần rồi.", "I've read it twice."),
    ("Tôi đã xem bộ phim này ba lần rồi.", "I've seen this film three times."),
    ("Lan đã đọc cuốn tiểu thuyết đó năm ngoái.", "Lan read that novel last year."),
    # v8: "I read the book last night.", "I haven't read the book.", "I've done the movie."
    ("Tôi đọc xong cuốn sách tối qua.", "I finished the book last night."),
    ("Tối qua tôi đã đọc xong cuốn sách.", "I finished the book last night."),
    ("Tôi chưa đọc xong cuốn sách.", "I haven't finished the book yet."),
    ("Tôi đã xem xong bộ phim.", "I've finished watching the film."),
    ("Bạn đã đọc xong cuốn sách chưa?", "Have you finished the book?"),
    # v8: "The movie is converted from a novel.", "This movie is based on a real story."
    ("Bộ phim dựa trên một cuốn tiểu thuyết.", "The film is based on a novel."),
    ("Bộ phim được chuyển thể từ một cuốn tiểu thuyết.", "The film is based on a novel."),
    ("Bộ phim này dựa trên một câu chuyện có thật.", "This film is based on a true story."),
    ("Bộ phim đó có dựa trên một cuốn sách không?", "Is that film based on a book?"),
    ("Nó không dựa trên một câu chuyện có thật.", "It isn't based on a true story."),
    # v8: "The grief is too sad.", "The combination of the movie is very sad.", "The result was surprised."
    ("Cái kết buồn quá.", "The ending was so sad."),
    ("Cái kết của bộ phim rất buồn.", "The ending of the film was very sad."),
    ("Cái kết rất bất ngờ.", "The ending was very surprising."),
    ("Cái kết có buồn không?", "Is the ending sad?"),
    ("Cái kết có hậu không?", "Is the ending happy?"),
    ("Kết thúc thật bất ngờ!", "The ending was so surprising."),
    # v8: "It's a book or book.", "Is it a book?"
    ("Đó là một cuốn sách hay.", "That's a good book."),
    ("Đây là một bộ phim rất hay.", "This is a really good film."),
    ("Đó có phải là một cuốn sách hay không?", "Is that a good book?"),
    ("Nó là một bộ phim thú vị.", "It's an interesting film."),
    # not: "anh" saying it (the speaker?), do or did, "xem phim" (going to the films), "xem" of a book, reading now,
    # "bao giờ" (mt/ever.py), "nó" about (a talk?), a book's length, a day ahead, "xem" counted alone (checked?),
    # its ending, whether it is any good (mt/recommendations.py), how it was (mt/how_was.py), not asked right
    ("Cái kết buồn quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đã đọc cuốn sách đó rồi.", None), ("Tôi đọc cuốn sách đó.", None), ("Bạn có đọc cuốn sách đó không?", None),
    ("Tôi đã xem phim rồi.", None), ("Tôi đã xem cuốn sách đó.", None), ("Tôi đang đọc cuốn sách đó.", None),
    ("Bạn đã bao giờ đọc cuốn sách đó chưa?", None), ("Nó nói về gì?", None), ("Cuốn sách dài bao lâu?", None),
    ("Ngày mai tôi sẽ xem bộ phim đó.", None), ("Tôi đã xem hai lần rồi.", None), ("Cái kết của nó rất buồn.", None),
    ("Bộ phim này có hay không?", None), ("Bộ phim hay lắm.", None), ("Tôi chưa đọc cuốn sách đó chưa?", None),
    ("Cái kết rất buồn lắm.", None), ("Đó là một bộ phim có hậu.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cuốn sách về sao?", "Bộ phim thời gian là bao lâu?", "Ai là trong bộ phim?", "Ai trực tiếp phim?"
    ("What's the book about?", "Cuốn sách nói về gì?"),
    ("What is that film about?", "Bộ phim đó nói về gì?"),
    ("What was the movie about?", "Bộ phim nói về gì?"),
    ("How long is the film?", "Bộ phim dài bao lâu?"),
    ("Who's in the film?", "Bộ phim có những ai đóng?"),
    ("Who stars in this movie?", "Ai đóng vai chính trong bộ phim này?"),
    ("Who directed the film?", "Ai đạo diễn bộ phim?"),
    ("Who wrote it?", "Ai viết nó?"),
    # v8: "Bạn có đọc sách đó không?", "Bạn đã nhìn thấy phim chưa?", "Cô ấy nhìn thấy nó gấp ba lần."
    ("Have you read that book?", "Bạn đã đọc cuốn sách đó chưa?"),
    ("Have you seen the film yet?", "Bạn đã xem bộ phim chưa?"),
    ("Has your mother seen this film?", "Mẹ bạn đã xem bộ phim này chưa?"),
    ("Did you watch that movie?", "Bạn đã xem bộ phim đó chưa?"),
    ("Did he finish reading the book?", "Anh ấy đã đọc xong cuốn sách chưa?"),
    ("How many times have you read it?", "Bạn đã đọc nó mấy lần rồi?"),
    ("I've read that book.", "Tôi đã đọc cuốn sách đó rồi."),
    ("I've read it twice.", "Tôi đã đọc nó hai lần rồi."),
    ("She's seen it three times.", "Cô ấy đã xem nó ba lần rồi."),
    ("I haven't seen this film yet.", "Tôi chưa xem bộ phim này."),
    ("My father hasn't read the book.", "Bố tôi chưa đọc cuốn sách."),
    ("He read that novel last year.", "Năm ngoái anh ấy đã đọc cuốn tiểu thuyết đó."),
    ("We saw the film last weekend.", "Cuối tuần trước chúng tôi đã xem bộ phim."),
    # v8: "Tôi đã hoàn thành cuốn sách tối qua.", "Tôi đã hoàn thành xem phim."
    ("I finished the book last night.", "Tối qua tôi đã đọc xong cuốn sách."),
    ("I finished watching the film.", "Tôi đã xem xong bộ phim."),
    ("Have you finished the book?", "Bạn đã đọc xong cuốn sách chưa?"),
    ("I haven't finished the book yet.", "Tôi chưa đọc xong cuốn sách."),
    # v8: "Bộ phim này dựa trên câu chuyện đúng.", "Có phải phim dựa trên một cuốn sách không?"
    ("The film is based on a novel.", "Bộ phim dựa trên một cuốn tiểu thuyết."),
    ("This film is based on a true story.", "Bộ phim này dựa trên một câu chuyện có thật."),
    ("It's not based on a true story.", "Nó không dựa trên một câu chuyện có thật."),
    ("Is the film based on a book?", "Bộ phim có dựa trên một cuốn sách không?"),
    ("The film is based on the novel of the same name.", "Bộ phim dựa trên cuốn tiểu thuyết cùng tên."),
    # v8: "Việc kết thúc là buồn.", "Việc kết thúc phim rất buồn.", "Có phải kết thúc hạnh phúc không?"
    ("The ending was sad.", "Cái kết buồn."),
    ("The ending of the film was very sad.", "Cái kết của bộ phim rất buồn."),
    ("The ending was so surprising.", "Cái kết bất ngờ quá."),
    ("Was the ending happy?", "Cái kết có hậu không?"),
    ("Is the ending of the book sad?", "Cái kết của cuốn sách có buồn không?"),
    # v8: "Đó là một cuốn sách tốt.", "Có một cuốn sách tốt không?", "Bộ phim giỏi có phải không?"
    ("It's a good book.", "Đó là một cuốn sách hay."),
    ("That's a really good film.", "Đó là một bộ phim rất hay."),
    ("Is it a good book?", "Đó có phải là một cuốn sách hay không?"),
    ("This is an interesting novel.", "Đây là một cuốn tiểu thuyết thú vị."),
    # not: "have", "has" or the verb's form not agreeing, "seen" of a book, "read" (now or before?), "ever"
    # (mt/ever.py), reading now, "it" about, a book's length, "a" or "an" not fitting, "'sn't", liking it
    ("She have read that book.", None), ("Has you seen the film?", None), ("I has seen it.", None),
    ("Did you saw the film?", None), ("I've seen that book.", None), ("I read that book.", None),
    ("Have you ever seen that film?", None), ("I'm reading the book.", None), ("What's it about?", None),
    ("How long is the book?", None), ("It's a interesting film.", None), ("It'sn't based on a novel.", None),
    ("I've read it last year.", None), ("I finished it.", None), ("Did you like the book?", None),
    ("It's a happy book.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bộ phim đó dài bao lâu?", "en", "vi") is None
    assert translate("How long is the film?", "vi", "en") is None
    assert translate("How long is the film?", "en", "fr") is None
