"""Puzzles as a pastime: jigsaws, crosswords, sudoku, the Rubik's cube and riddles liked, done, finished, solved,
hard or easy, and pieces missing, both ways (mt/puzzles.py)."""
import pytest

from mt.puzzles import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you like to explain the text cell?", "My mother likes playing sudoku."
    ("Tôi thích ghép hình.", "I like jigsaw puzzles."),
    ("Tôi rất thích ghép hình.", "I really like jigsaw puzzles."),
    ("Bạn có thích giải ô chữ không?", "Do you like crosswords?"),
    ("Mẹ tôi thích chơi sudoku.", "My mother likes sudoku."),
    ("Lan không thích câu đố.", "Lan doesn't like puzzles."),
    ("Chị ấy ghét câu đố.", "She hates puzzles."),
    # v8: "I'm getting a pack of 1000 pieces.", "I'm getting a text cell.", "My grandfather leans every morning.",
    # "I usually play sudoku."
    ("Tôi đang ghép một bộ xếp hình 1000 mảnh.", "I'm doing a 1000-piece jigsaw puzzle."),
    ("Tôi đang giải ô chữ.", "I'm doing a crossword."),
    ("Họ đang giải câu đố này.", "They're solving this puzzle."),
    ("Ông tôi giải ô chữ mỗi sáng.", "My grandfather does the crossword every morning."),
    ("Bố tôi hay chơi sudoku.", "My father often does sudoku."),
    ("Tôi thỉnh thoảng ghép hình.", "I sometimes do jigsaw puzzles."),
    # v8: "I transplant shaped one thousand pieces.", "Have you finished the text cell yet?"
    ("Tôi ghép xong bộ xếp hình một nghìn mảnh.", "I finished a 1000-piece jigsaw puzzle."),
    ("Tôi vừa ghép xong bộ xếp hình một nghìn mảnh.", "I've just finished a 1000-piece jigsaw puzzle."),
    ("Tôi đã hoàn thành bộ xếp hình 500 mảnh.", "I finished a 500-piece jigsaw puzzle."),
    ("Bạn đã giải xong ô chữ chưa?", "Have you finished the crossword yet?"),
    ("Tôi đã giải xong ô chữ rồi.", "I've finished the crossword."),
    ("Em trai tôi vừa giải được khối Rubik.", "My younger brother has just solved the Rubik's cube."),
    ("Tôi đã giải xong khối Rubik.", "I solved the Rubik's cube."),
    ("Cô ấy đang chơi Rubik.", "She's playing with a Rubik's cube."),
    ("Cô ấy đang chơi khối Rubik.", "She's playing with a Rubik's cube."),
    # v8: "Do you know the Rubik block?", "My younger brother solves the Rubik block for a minute.", "I never explain
    # the Rubik block."
    ("Bạn có biết giải khối Rubik không?", "Do you know how to solve a Rubik's cube?"),
    ("Bạn có biết giải sudoku không?", "Do you know how to do sudoku?"),
    ("Bạn có biết giải ô chữ không?", "Do you know how to do crosswords?"),
    ("Tôi biết giải sudoku.", "I know how to do sudoku."),
    ("Anh ấy không biết giải ô chữ.", "He doesn't know how to do crosswords."),
    ("Bạn có thể giải khối Rubik trong một phút không?", "Can you solve a Rubik's cube in one minute?"),
    ("Tôi có thể giải khối Rubik trong 1 phút.", "I can solve a Rubik's cube in 1 minute."),
    ("Em trai tôi có thể giải khối Rubik trong một phút.",
     "My younger brother can solve a Rubik's cube in one minute."),
    ("Tôi không giải được câu đố này.", "I can't solve this puzzle."),
    ("Bạn có giải được câu đố này không?", "Can you solve this puzzle?"),
    ("Tôi chưa bao giờ giải được khối Rubik.", "I've never solved a Rubik's cube."),
    ("Tôi chưa bao giờ giải được sudoku.", "I've never solved a sudoku."),
    ("Anh ấy chưa bao giờ giải được ô chữ.", "He's never solved a crossword."),
    # v8: "The spot was too difficult.", "The spot is too easy."
    ("Câu đố này khó quá.", "This puzzle is so hard."),
    ("Câu đố này khó quá nhỉ.", "This puzzle is so hard, isn't it?"),
    ("Câu đố đó rất dễ nhỉ.", "That puzzle is very easy, isn't it?"),
    ("Câu đố đó rất dễ.", "That puzzle is very easy."),
    ("Ô chữ hôm nay có khó không?", "Is today's crossword hard?"),
    ("Bài sudoku này không khó lắm.", "This sudoku isn't very hard."),
    # v8: "The packer is missing a piece.", "There's a piece of piece.", "The last image was lost."
    ("Bộ xếp hình thiếu một mảnh.", "The jigsaw puzzle is missing a piece."),
    ("Bộ xếp hình này bị thiếu hai mảnh.", "This jigsaw puzzle is missing two pieces."),
    ("Thiếu một mảnh rồi.", "A piece is missing."),
    ("Thiếu một mảnh.", "A piece is missing."),
    ("Thiếu 3 mảnh rồi.", "3 pieces are missing."),
    ("Thiếu 2 mảnh.", "2 pieces are missing."),
    ("Mảnh cuối cùng bị mất rồi.", "The last piece is missing."),
    ("Tôi không tìm thấy mảnh cuối cùng.", "I can't find the last piece."),
    # not: "anh" alone (the speaker or "you"), Tetris and building blocks, a plain verb (a habit, or done?), "giải
    # được" alone (can, or did?), "vừa … rồi", the puzzle unsaid, a puzzle hard with no "this", pieces of a crossword,
    # a statement asked, other topics (mt/games.py's chess)
    ("Anh thích xếp hình.", None), ("Tôi thích trò xếp hình.", None), ("Tôi thích chơi xếp hình.", None),
    ("Tôi đang xếp hình.", None), ("Tôi giải ô chữ.", None), ("Tôi giải được câu đố này.", None),
    ("Em trai tôi giải được khối Rubik trong 30 giây.", None), ("Tôi vừa ghép xong bộ xếp hình rồi.", None),
    ("Bạn đã ghép xong chưa?", None), ("Câu đố khó quá.", None), ("Ô chữ 100 mảnh thiếu một mảnh.", None),
    ("Tôi thích xếp hình?", None), ("Tôi thích chơi cờ vua.", None), ("Màn hình bị vỡ.", None),
    # ... "xếp hình" alone (slang for sex, building blocks, Tetris), "tranh ghép" alone (a collage? a mosaic?),
    # "không … không?" (not Vietnamese)
    ("Tôi thích xếp hình.", None), ("Họ thích tranh ghép.", None),
    ("Bạn chưa bao giờ giải được khối Rubik không?", None), ("Bạn không thích câu đố không?", None),
    ("Bạn không giải được câu đố này không?", None), ("Câu đố này không khó không?", None),
    # ... "nhỉ" asking to be agreed with in any shape but a puzzle hard or easy (a tag): read plainly it would lose
    # the asking ("Tôi thích ghép hình nhỉ.": "I like jigsaw puzzles, don't I?")
    ("Tôi thích ghép hình nhỉ.", None), ("Chị ấy ghét câu đố nhỉ.", None), ("Lan không thích câu đố nhỉ.", None),
    ("Tôi đang giải ô chữ nhỉ.", None), ("Ông tôi giải ô chữ mỗi sáng nhỉ.", None),
    ("Bố tôi hay chơi sudoku nhỉ!", None),
    ("Tôi ghép xong bộ xếp hình một nghìn mảnh nhỉ.", None), ("Tôi đã giải xong ô chữ rồi nhỉ.", None),
    ("Em trai tôi vừa giải được khối Rubik nhỉ.", None), ("Tôi biết giải sudoku nhỉ.", None),
    ("Tôi không giải được câu đố này nhỉ.", None), ("Anh ấy chưa bao giờ giải được ô chữ nhỉ.", None),
    ("Tôi có thể giải khối Rubik trong 1 phút nhỉ", None), ("Bài sudoku này không khó lắm nhỉ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thích câu đố jigsaw.", "Bạn có thích gươm chéo không?", "Bạn có muốn những chiếc xe chở không?"
    ("I like jigsaw puzzles.", "Tôi thích ghép hình."),
    ("I love doing jigsaw puzzles.", "Tôi rất thích ghép hình."),
    ("Do you like crosswords?", "Bạn có thích giải ô chữ không?"),
    ("Do you like riddles?", "Bạn có thích giải câu đố không?"),
    ("My mother likes sudoku.", "Mẹ tôi thích chơi sudoku."),
    ("I don't like crosswords.", "Tôi không thích giải ô chữ."),
    # v8: "Tôi đang làm một câu đố jigsaw.", "Tôi đang làm từ gươm.", "Ông tôi làm từ gword mỗi buổi sáng."
    ("I'm doing a jigsaw puzzle.", "Tôi đang ghép một bộ xếp hình."),
    ("I'm doing the crossword.", "Tôi đang giải ô chữ."),
    ("We're doing a 2,000-piece jigsaw puzzle.", "Chúng tôi đang ghép một bộ xếp hình 2000 mảnh."),
    ("She's solving a Rubik's cube.", "Cô ấy đang giải khối Rubik."),
    ("My grandfather does the crossword every morning.", "Ông tôi giải ô chữ mỗi sáng."),
    ("He often does crosswords.", "Anh ấy hay giải ô chữ."),
    ("My dad often plays sudoku.", "Bố tôi hay chơi sudoku."),
    # v8: "Tôi đã hoàn thành một trò chơi jigsaw.", "Tôi đã hoàn thành một trò đùa 1000 giờ.", "Bạn đã hoàn thành từ
    # chéo chưa?"
    ("I finished a 1000-piece jigsaw puzzle.", "Tôi đã ghép xong bộ xếp hình 1000 mảnh."),
    ("I've just finished a 1000-piece jigsaw.", "Tôi vừa ghép xong bộ xếp hình 1000 mảnh."),
    ("Have you finished the crossword yet?", "Bạn đã giải xong ô chữ chưa?"),
    ("She’s just finished today's crossword.", "Cô ấy vừa giải xong ô chữ hôm nay."),
    ("Has she solved the Rubik's cube?", "Cô ấy đã giải được khối Rubik chưa?"),
    ("Have you solved a Rubik's cube?", "Bạn đã bao giờ giải được khối Rubik chưa?"),
    # v8: "Bạn có thể giải quyết cái cube của Rubik?", "… một bài hát của Rubik …", "… khám phá một chiếc xe của Rubik."
    ("Can you solve a Rubik's cube?", "Bạn có giải được khối Rubik không?"),
    ("My brother can solve a Rubik's cube in one minute.", "Anh trai tôi có thể giải khối Rubik trong một phút."),
    ("I can't solve this puzzle.", "Tôi không giải được câu đố này."),
    ("I've never solved a Rubik's cube.", "Tôi chưa bao giờ giải được khối Rubik."),
    # v8: "Những chiếc xe này rất dễ." (these cars)
    ("This riddle is very easy.", "Câu đố này rất dễ."),
    ("This puzzle is too hard.", "Câu đố này quá khó."),
    ("Is today's crossword hard?", "Ô chữ hôm nay có khó không?"),
    ("This crossword isn't very hard.", "Ô chữ này không khó lắm."),
    ("This jigsaw puzzle is missing a piece.", "Bộ xếp hình này thiếu một mảnh."),
    # not: bad agreement ("He like", "Does you", "She have", "I done", "A pieces is"), "Can I …?" (may be leave),
    # "finished the puzzle" and "doing a puzzle" (a jigsaw?), a habit with no how often, "the" puzzle hard, "playing
    # crosswords", a crossword's pieces, other topics
    ("He like jigsaw puzzles.", None), ("Does you like crosswords?", None),
    ("She have finished the crossword.", None), ("I done the crossword.", None), ("A pieces is missing.", None),
    ("Can I solve this puzzle?", None), ("I finished the puzzle.", None), ("I'm doing a puzzle.", None),
    ("My grandfather does crosswords.", None), ("The puzzle is hard.", None), ("This puzzle hard.", None),
    ("He enjoys playing crosswords.", None), ("I finished a 500-piece crossword.", None),
    ("Do you play chess?", None), ("I like reading.", None),
    # ... a unit that does not agree with its number, pieces missing from no jigsaw or puzzle named (a chess piece,
    # "quân cờ"? a part, "chi tiết"?)
    ("I can solve this riddle in one seconds.", None), ("I can solve a Rubik's cube in 1 minutes.", None),
    ("A piece is missing.", None), ("One piece is missing.", None), ("There are two pieces missing.", None),
    ("The last piece is missing.", None), ("I can't find the last piece.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
