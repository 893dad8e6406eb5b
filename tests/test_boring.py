"""Whether a thing is boring or interesting, said or asked, and someone finding it so, both ways (mt/boring.py)."""
import pytest

from mt import how_was, phrasebook, recommendations
from mt.boring import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This movie is bored.", "This movie is very bored.", "This Phi is tired.", "This game is bored."
    ("Bộ phim này chán quá.", "This film is so boring."),
    ("Bộ phim này chán.", "This film is boring."),
    ("Bộ phim này rất chán.", "This film is very boring."),
    ("Bộ phim này nhàm chán.", "This film is boring."),
    ("Phim này chán quá.", "This film is so boring."),
    ("Trò chơi này chán quá.", "This game is so boring."),
    ("Bài học này chán quá.", "This lesson is so boring."),
    ("Lớp học này chán lắm.", "This class is really boring."),
    ("Cuộc họp này tẻ nhạt quá.", "This meeting is so dull."),
    ("Bữa tiệc này chán quá!", "This party is so boring!"),
    ("Cuốn sách chán lắm.", "The book is really boring."),
    # v8: "His job was bored.", "My job is bored."
    ("Công việc của anh ấy chán lắm.", "His job is really boring."),
    ("Công việc của tôi chán lắm.", "My job is really boring."),
    ("Công việc của mẹ tôi chán lắm.", "My mother's job is really boring."),
    ("Công việc của Lan thú vị lắm.", "Lan's job is really interesting."),
    # v8: "This work isn't very interesting.", "That movie isn't boring."
    ("Công việc này không thú vị lắm.", "This job isn't very interesting."),
    ("Bộ phim đó không chán chút nào.", "That film isn't boring at all."),
    ("Bộ phim này không chán lắm.", "This film isn't very boring."),
    ("Cuốn sách ấy chẳng thú vị gì cả.", "That book isn't interesting at all."),
    # v8: "Is this boring?"
    ("Cuốn sách này có chán không?", "Is this book boring?"),
    ("Công việc của bạn có thú vị không?", "Is your job interesting?"),
    ("Trò chơi này có thú vị không?", "Is this game interesting?"),
    # v8: "The game last night boring."; a day behind says "was"
    ("Trận đấu tối qua chán lắm.", "The match last night was really boring."),
    ("Bài học hôm qua chán lắm.", "The lesson yesterday was really boring."),
    ("Trận đấu lúc nãy chán quá.", "The match earlier was so boring."),
    ("Trận đấu tối qua có chán không?", "Was the match last night boring?"),
    # v8: "I saw the game bored.", "I saw this movie slightly bored.", "Do you see this book interesting?"
    ("Tôi thấy trận đấu chán.", "I find the match boring."),
    ("Tôi thấy bộ phim này hơi chán.", "I find this film a bit boring."),
    ("Mẹ tôi thấy cuốn sách này rất thú vị.", "My mother finds this book very interesting."),
    ("Bạn có thấy cuốn sách này thú vị không?", "Do you find this book interesting?"),
    ("Bạn có thấy trận đấu tối qua chán không?", "Did you find the match last night boring?"),
    # not: a person (bored: mt/moods.py), "nó" (it, or him?), "Chán quá!" alone (I'm bored?), an event bare (the
    # past: mt/how_was.py's), a book or film interesting with "này" (mt/recommendations.py's), "của anh" (mine or
    # yours?), "anh" finding (the speaker?), a bare thing plain (a title?), "phim" bare, "hôm nay", "thế", "nhỉ"
    # ending a statement, two degrees, a degree asked, "a bit interesting", "có" without "không", a finder denied
    ("Bạn có chán không?", None), ("Mẹ tôi chán lắm.", None), ("Nó không thú vị chút nào.", None),
    ("Chán quá!", None), ("Bữa tiệc hơi chán.", None), ("Buổi học chán quá.", None), ("Cuộc họp chán quá.", None),
    ("Công việc của anh chán lắm.", None), ("Anh thấy bộ phim này chán.", None), ("Cuốn sách chán.", None),
    ("Phim chán lắm.", None), ("Bài giảng hôm nay chán quá.", None), ("Bộ phim ấy chán thế.", None),
    ("Bộ phim này chán nhỉ?", None), ("Công việc của anh ấy thật sự rất chán.", None),
    ("Bộ phim này có chán lắm không?", None), ("Bộ phim này hơi thú vị.", None), ("Bộ phim này có chán.", None),
    ("Tôi thấy trận đấu không chán.", None), ("Cuốn sách này thú vị hơn tôi nghĩ.", None),
    ("Bộ phim này hay lắm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bộ phim này đang chán nản." (is getting depressed), "… thật sự chán nản.", "Công việc của tôi đang chán nản."
    ("This film is boring.", "Bộ phim này chán."),
    ("This film is really boring.", "Bộ phim này rất chán."),
    ("This movie is so boring.", "Bộ phim này chán quá."),
    ("This film's really boring.", "Bộ phim này rất chán."),
    ("This film is a little boring.", "Bộ phim này hơi chán."),
    ("His job is really boring.", "Công việc của anh ấy rất chán."),
    ("My job is boring.", "Công việc của tôi chán."),
    ("Her job is so boring.", "Công việc của cô ấy chán quá."),
    ("My mother's job is really interesting.", "Công việc của mẹ tôi rất thú vị."),
    ("This meeting is boring.", "Cuộc họp này chán."),
    ("This class is boring.", "Lớp học này chán."),
    ("This lesson is boring.", "Bài học này chán."),
    ("The book is boring.", "Cuốn sách rất chán."),
    ("This meeting was boring.", "Cuộc họp này chán."),
    # v8: "Quyển sách này không thú vị.", "Bộ phim không chán nản."
    ("This book isn't interesting.", "Cuốn sách này không thú vị."),
    ("This film isn't very interesting.", "Bộ phim này không thú vị lắm."),
    ("The film isn't boring at all.", "Bộ phim không chán chút nào."),
    # v8: "Có thú vị sách không?", "Quyển sách có phải không?", "Công việc của ông có chán nản không?"
    ("Is the book interesting?", "Cuốn sách có thú vị không?"),
    ("Is the book boring?", "Cuốn sách có chán không?"),
    ("Is his job boring?", "Công việc của anh ấy có chán không?"),
    ("Is that film boring?", "Bộ phim đó có chán không?"),
    # v8: "Trận đấu tối qua là chán nản."
    ("The match last night was boring.", "Trận đấu tối qua rất chán."),
    ("Was the match last night boring?", "Trận đấu tối qua có chán không?"),
    # v8: "Tất cả đều không thú vị.", "Không chán tất cả.", "Đang chán nản như thế nào!", "Thật chán nản!"
    ("It's not interesting at all.", "Không thú vị chút nào."),
    ("It isn't interesting at all.", "Không thú vị chút nào."),
    ("It's not boring at all.", "Không chán chút nào."),
    ("It's really boring.", "Chán lắm."),
    ("It's a bit boring.", "Hơi chán."),
    ("Is it interesting?", "Có thú vị không?"),
    ("How boring!", "Chán quá!"),
    ("How interesting!", "Thú vị quá!"),
    ("That's so boring!", "Chán quá!"),
    # v8: "Tôi tìm thấy cái bánh que diêm." (a matchstick cake), "Cô ấy tìm thấy quyển sách chán nản." (found it)
    ("I found the match boring.", "Tôi thấy trận đấu chán."),
    ("I found the film really boring.", "Tôi thấy bộ phim rất chán."),
    ("She found the book boring.", "Cô ấy thấy cuốn sách chán."),
    ("She finds the book boring.", "Cô ấy thấy cuốn sách chán."),
    ("Did you find the book interesting?", "Bạn có thấy cuốn sách thú vị không?"),
    ("Does she find this book interesting?", "Cô ấy có thấy cuốn sách này thú vị không?"),
    # not: a person, an event with "the" and "was" (mt/how_was.py's), "this book" interesting
    # (mt/recommendations.py's), plurals, "game" (a match?), "work", bad agreement ("This film are", "She find",
    # "Did she found"), "is" with a day behind, a day with "this", "It's interesting." (a reply), "a bit
    # interesting", "too boring", "not so boring", asked with a degree, "Is" without "?"
    ("Are you boring?", None), ("Are you bored?", None),
    ("These books are boring.", None), ("This game is boring.", None),
    ("My work is boring.", None), ("This film are boring.", None), ("She find the book boring.", None),
    ("Did she found the book boring?", None), ("The match last night is boring.", None),
    ("This match last night was boring.", None), ("It's interesting.", None), ("It's a bit interesting.", None),
    ("This film is too boring.", None), ("This film isn't so boring.", None), ("Is this film very boring?", None),
    ("Is the book boring.", None), ("The lesson was boring yesterday.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


# sentences mt/how_was.py (an event, past) and mt/recommendations.py (a book or film good) take: mt.phrasebook tries
# them first, so theirs is the translation given
@pytest.mark.parametrize("text, src, tgt, module", [
    ("Bộ phim này thú vị lắm.", "vi", "en", recommendations),
    ("Cuốn sách này có thú vị không?", "vi", "en", recommendations),
    ("The film was boring.", "en", "vi", how_was), ("The party was a bit boring.", "en", "vi", how_was),
    ("It was boring.", "en", "vi", how_was), ("Is this book interesting?", "en", "vi", recommendations),
    ("This book is interesting.", "en", "vi", recommendations),
])
def test_earlier_rules_take_theirs(text, src, tgt, module):
    said = module.translate(text, src, tgt)
    assert said is not None and phrasebook.translate(text, src, tgt) == said
