"""Goosebumps and shivers: who has goosebumps, and what gives someone goosebumps, the chills or a shiver down the spine,
both ways (mt/goosebumps.py)."""
import pytest

from mt.goosebumps import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have a chicken's skin.", "I'm getting all chicken.", "My mother was famous for chicken.", "You're famous
    # for chickens!", "I'm getting chicken's skin cold.", "I'm getting chicken's skin."
    ("Tôi nổi da gà.", "I've got goosebumps."),
    ("Tôi nổi hết da gà rồi.", "I've got goosebumps all over."),
    ("Mẹ tôi bị nổi da gà.", "My mother has goosebumps."),
    ("Lan nổi hết cả da gà.", "Lan has goosebumps all over."),
    ("Chúng tôi nổi da gà.", "We've got goosebumps."),
    ("Cô ấy nổi da gà.", "She's got goosebumps."),
    ("Bạn nổi da gà kìa!", "You've got goosebumps!"),
    ("Tôi nổi da gà vì lạnh.", "I've got goosebumps from the cold."),
    ("Bác Hùng nổi da gà vì lạnh.", "Uncle Hung has goosebumps from the cold."),
    ("Anh ấy đã nổi da gà.", "He got goosebumps."),
    ("Tôi đang nổi da gà.", "I'm getting goosebumps."),
    ("Cô ấy đang nổi da gà.", "She's getting goosebumps."),
    ("Bạn nổi da gà à?", "Have you got goosebumps?"),
    ("Mẹ bạn nổi da gà à?", "Has your mother got goosebumps?"),
    # v8: "It's so cold, I get chicken skin."
    ("Trời lạnh quá, tôi nổi da gà.", "It's so cold I've got goosebumps."),
    ("Lạnh quá, tôi nổi hết da gà.", "It's so cold I've got goosebumps all over."),
    ("Trời lạnh quá, chúng tôi nổi da gà.", "It's so cold we've got goosebumps."),
    # v8: "This song makes me floating in chicken.", "It's sounding to let me get all chickens.", "Her song made me a
    # chicken of chicken.", "Is this song that causes you to get chicken's skin?"
    ("Bài hát này làm tôi nổi da gà.", "This song gives me goosebumps."),
    ("Nghe chuyện ma làm tôi nổi hết da gà.", "Listening to ghost stories gives me goosebumps all over."),
    ("Giọng hát của cô ấy làm tôi nổi da gà.", "Her voice gives me goosebumps."),
    ("Giọng hát của Lan làm tôi nổi da gà.", "Lan's voice gives me goosebumps."),
    ("Bài hát này có làm bạn nổi da gà không?", "Does this song give you goosebumps?"),
    ("Bài hát này đã làm tôi nổi da gà.", "This song gave me goosebumps."),
    ("Bài hát này vừa làm tôi nổi da gà.", "This song just gave me goosebumps."),
    ("Bài hát này không làm tôi nổi da gà.", "This song doesn't give me goosebumps."),
    ("Nghe bài hát này làm tôi nổi da gà.", "Listening to this song gives me goosebumps."),
    ("Câu chuyện của bà tôi làm tôi nổi da gà.", "My grandmother's story gives me goosebumps."),
    ("Chuyện ma làm tôi nổi da gà.", "Ghost stories give me goosebumps."),
    ("Bộ phim làm chúng tôi nổi da gà.", "The film gives us goosebumps."),
    ("Câu chuyện này khiến tôi nổi da gà.", "This story gives me goosebumps."),
    # v8: "That movie stared me.", "This story made me cold with my back.", "Allergic video makes me cold."
    ("Bộ phim đó làm tôi rùng mình.", "That film makes me shudder."),
    ("Bộ phim này làm mẹ tôi rùng mình.", "This film makes my mother shudder."),
    ("Xem phim kinh dị làm tôi rùng mình.", "Watching horror films makes me shudder."),
    ("Điều đó làm tôi rùng mình.", "That makes me shudder."),
    ("Câu chuyện này làm tôi lạnh sống lưng.", "This story sends a shiver down my spine."),
    ("Cảnh đó làm tôi ớn lạnh sống lưng.", "That scene sends a shiver down my spine."),
    ("Phim kinh dị làm tôi ớn lạnh.", "Horror films give me the chills."),
    ("Phim ma có làm bạn ớn lạnh không?", "Do ghost films give you the chills?"),
    # not: asked with "có … không?" or denied of who (now, or ever?), "rùng mình" and "ớn lạnh" of who alone (a
    # fever's chills?), "anh" alone saying it or as whom, a pet, "da gà" eaten, a "?" on a statement, "nó" (a person?),
    # a thing bare with no classifier, a thing taken in a way it is not, "quá" after, "nhỉ", the spine of "us"
    ("Bạn có nổi da gà không?", None), ("Tôi không nổi da gà.", None), ("Tôi ớn lạnh.", None),
    ("Tôi rùng mình.", None), ("Anh nổi da gà.", None), ("Con mèo của tôi nổi da gà.", None),
    ("Tôi không thích ăn da gà.", None), ("Da gà rất béo.", None), ("Tôi nổi da gà?", None),
    ("Tôi nổi da gà à?", None), ("Nó làm tôi nổi da gà.", None), ("Phim làm tôi nổi da gà.", None),
    ("Xem bài hát này làm tôi nổi da gà.", None), ("Bài hát này làm anh nổi da gà.", None),
    ("Bài hát này có làm bạn nổi da gà?", None), ("Bài hát này làm bạn nổi da gà không?", None),
    ("Bài hát này làm tôi nổi da gà quá.", None), ("Tôi nổi da gà nhỉ.", None),
    ("Cảnh đó làm chúng tôi lạnh sống lưng.", None), ("Chuyện ma làm con mèo của tôi nổi da gà.", None),
    ("Trời lạnh quá, tôi đang nổi da gà.", None), ("Bài hát này có làm tôi nổi da gà không?", None),
    ("I've got goosebumps.", None),
    # not (review): "em" asking with "ạ" (the speaker), "thế" or "vậy" ending a statement (so: stressed), a kind in
    # general in the past ("Phim kinh dị vừa …": the one just watched, not all), a noun with no classifier bare
    ("Em nổi da gà à ạ?", None), ("Tôi nổi da gà thế.", None), ("Mẹ tôi nổi da gà vậy.", None),
    ("Bài hát này làm tôi nổi da gà thế!", None), ("Phim kinh dị vừa làm tôi ớn lạnh.", None),
    ("Chuyện ma đã làm tôi nổi da gà.", None), ("Phim ma vừa làm chúng tôi rùng mình.", None),
    ("Nghe chuyện ma đã làm tôi nổi da gà.", None), ("Ca khúc làm tôi nổi da gà.", None),
    ("Ca khúc này làm tôi nổi da gà.", "This song gives me goosebumps."),
    ("Chuyện ma không làm tôi nổi da gà.", "Ghost stories don't give me goosebumps."),
    ("Nghe bài hát này đã làm tôi nổi da gà.", "Listening to this song gave me goosebumps."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi điosebumps.", "Tôi đã điosebumps.", "Mẹ tôi đã điosebumps.", "Tôi đã điosebumps tất cả."
    ("I got goosebumps.", "Tôi nổi da gà."),
    ("I've got goosebumps.", "Tôi nổi da gà."),
    ("My mother has goosebumps.", "Mẹ tôi nổi da gà."),
    ("My mother has got goosebumps.", "Mẹ tôi nổi da gà."),
    ("She's got goosebumps.", "Cô ấy nổi da gà."),
    ("We have goosebumps.", "Chúng tôi nổi da gà."),
    ("Lan's got goosebumps.", "Lan nổi da gà."),
    ("I've got goosebumps all over.", "Tôi nổi hết da gà."),
    ("I've got goosebumps from the cold.", "Tôi nổi da gà vì lạnh."),
    ("I have goose pimples.", "Tôi nổi da gà."),
    ("Have you got goosebumps?", "Bạn có nổi da gà không?"),
    ("Do you have goosebumps?", "Bạn có nổi da gà không?"),
    ("Does she have goosebumps?", "Cô ấy có nổi da gà không?"),
    ("Did you get goosebumps?", "Bạn có nổi da gà không?"),
    ("I don't have goosebumps.", "Tôi không nổi da gà."),
    ("She doesn't have goosebumps.", "Cô ấy không nổi da gà."),
    ("I didn't get goosebumps.", "Tôi không nổi da gà."),
    ("I'm getting goosebumps.", "Tôi đang nổi da gà."),
    ("He's getting goose bumps.", "Anh ấy đang nổi da gà."),
    # v8: "Trời lạnh đến nỗi tôi đã bị gầy xước." (scratched)
    ("It's so cold I've got goosebumps.", "Trời lạnh quá, tôi nổi da gà."),
    ("It was so cold I got goosebumps.", "Trời lạnh quá, tôi nổi da gà."),
    ("It's so cold that we've got goosebumps.", "Trời lạnh quá, chúng tôi nổi da gà."),
    # v8: "Parallel này cho tôiosebumps.", "Câu chuyện ma túy đã cho tôiosebumps." (drugs), "Nó mang cho
    # tôiosebumps.", "Giọng nói của cô ấy cho tôi biết giọng nói của tôi.", "Có bài hát này cho bạnosebumps không?",
    # "Nghe những câu chuyện ma túy mang lại cho tôi điosebumps."
    ("This song gives me goosebumps.", "Bài hát này làm tôi nổi da gà."),
    ("The ghost story gave me goosebumps.", "Câu chuyện ma làm tôi nổi da gà."),
    ("It gave me goosebumps.", "Nó làm tôi nổi da gà."),
    ("Her voice gives me goosebumps.", "Giọng của cô ấy làm tôi nổi da gà."),
    ("Her voice gave my mother goosebumps.", "Giọng của cô ấy làm mẹ tôi nổi da gà."),
    ("Lan's voice gives me goosebumps.", "Giọng của Lan làm tôi nổi da gà."),
    ("Does this song give you goosebumps?", "Bài hát này có làm bạn nổi da gà không?"),
    ("Did the story give you goosebumps?", "Câu chuyện có làm bạn nổi da gà không?"),
    ("Do ghost stories give you goosebumps?", "Chuyện ma có làm bạn nổi da gà không?"),
    ("Listening to ghost stories gives me goosebumps.", "Nghe chuyện ma làm tôi nổi da gà."),
    ("Ghost stories give me goosebumps.", "Chuyện ma làm tôi nổi da gà."),
    ("This song doesn't give me goosebumps.", "Bài hát này không làm tôi nổi da gà."),
    ("The film didn't give me goosebumps.", "Bộ phim không làm tôi nổi da gà."),
    ("This song just gave me goosebumps.", "Bài hát này vừa làm tôi nổi da gà."),
    ("It gives him goosebumps all over.", "Nó làm anh ấy nổi hết da gà."),
    # v8: "Cảnh đó làm cho cột sống trở nên nhút nhích.", "Bộ phim kinh dị mang lại cho tôi những con búp bê." (dolls),
    # "Bộ phim làm tôi nhúc nhát."
    ("That scene sent a shiver down my spine.", "Cảnh đó làm tôi ớn lạnh sống lưng."),
    ("That story sends shivers down our spines.", "Câu chuyện đó làm chúng tôi ớn lạnh sống lưng."),
    ("Horror films give me the chills.", "Phim kinh dị làm tôi ớn lạnh."),
    ("Watching horror movies gives me the chills.", "Xem phim kinh dị làm tôi ớn lạnh."),
    ("That gives me chills.", "Điều đó làm tôi ớn lạnh."),
    ("The film made me shudder.", "Bộ phim làm tôi rùng mình."),
    ("Does that film make you shudder?", "Bộ phim đó có làm bạn rùng mình không?"),
    # not: "I get goosebumps" (when?), a verb that does not agree with who or the thing, asked of oneself, a pet, a
    # thing bare, "the voice" (whose?), a thing taken in a way it is not, "makes me goosebumps", "our spine", a "?" on
    # a statement, a cold past with "I've got", a cold, "had goosebumps", the other language
    ("I get goosebumps.", None), ("She have goosebumps.", None), ("He don't have goosebumps.", None),
    ("Do I have goosebumps?", None), ("My dog has goosebumps.", None), ("This song gives my dog goosebumps.", None),
    ("Song gives me goosebumps.", None), ("This song give me goosebumps.", None),
    ("Ghost stories gives me goosebumps.", None), ("Watching this song gives me goosebumps.", None),
    ("This song makes me goosebumps.", None), ("That story sends shivers down our spine.", None),
    ("I got goosebumps?", None), ("It was so cold I've got goosebumps.", None), ("Is it cold?", None),
    ("The voice gives me goosebumps.", None), ("I had goosebumps.", None), ("Tôi nổi da gà.", None),
    ("Chill out.", None),
    # the "!" kept after the cold
    ("It's so cold I've got goosebumps!", "Trời lạnh quá, tôi nổi da gà!"),
    # not (review): a kind in general in the past (Vietnamese without a time word reads it as a habit), asked of
    # oneself or of "we", "us" (chúng ta or chúng tôi?)
    ("Ghost stories gave me goosebumps.", None), ("Horror films didn't make me shudder.", None),
    ("Did ghost stories give you goosebumps?", None), ("Watching horror movies gave me the chills.", None),
    ("Have we got goosebumps?", None), ("Does this song give us goosebumps?", None),
    ("Does this song give me goosebumps?", None), ("Did that scene send shivers down our spines?", None),
    ("Ghost stories just gave me goosebumps.", "Chuyện ma vừa làm tôi nổi da gà."),
    ("Listening to this song gave me goosebumps.", "Nghe bài hát này làm tôi nổi da gà."),
    ("Did this song give you goosebumps?", "Bài hát này có làm bạn nổi da gà không?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
