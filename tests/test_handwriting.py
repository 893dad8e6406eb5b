"""Handwriting: whose is nice or bad, who has nice handwriting, who can't read whose, "write more carefully", whose
handwriting this is, both ways (mt/handwriting.py)."""
import pytest

from mt.handwriting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The text you're beautiful.", "His letter was too bad.", "Her signature was very nice.", "His text was blaze."
    ("Chữ bạn đẹp quá.", "Your handwriting is so beautiful."),
    ("Chữ viết của bạn đẹp quá.", "Your handwriting is so beautiful."),
    ("Chữ anh ấy xấu quá.", "His handwriting is so bad."),
    ("Chữ của cô ấy rất đẹp.", "Her handwriting is very beautiful."),
    ("Chữ anh ấy như gà bới.", "His handwriting is terrible."),
    ("Chữ viết của mẹ tôi rất đẹp.", "My mother's handwriting is very beautiful."),
    ("Chữ bạn tôi xấu lắm.", "My friend's handwriting is really bad."),
    ("Chữ của Lan đẹp quá.", "Lan's handwriting is so beautiful."),
    ("Chữ bạn ngay ngắn quá.", "Your handwriting is so neat."),
    ("Chữ bạn đẹp thế!", "Your handwriting is so beautiful!"),
    ("Chữ bạn có đẹp không?", "Is your handwriting beautiful?"),
    # v8: "I'm very bad."
    ("Chữ tôi xấu lắm.", "My handwriting is really bad."),
    # v8: "She wrote the good letter.", "He wrote a bad letter.", "You write a beautiful text too."
    ("Cô ấy viết chữ đẹp.", "She has beautiful handwriting."),
    ("Anh ấy viết chữ xấu lắm.", "He has really bad handwriting."),
    ("Bạn viết chữ đẹp quá.", "You have such beautiful handwriting."),
    ("Bác Hùng viết chữ đẹp lắm.", "Uncle Hung has really beautiful handwriting."),
    ("Mẹ tôi viết chữ rất ngay ngắn.", "My mother has very neat handwriting."),
    ("Anh ấy viết chữ khó đọc lắm.", "His handwriting is really hard to read."),
    ("Lan có chữ viết đẹp lắm.", "Lan has really beautiful handwriting."),
    # v8: "Do you write a good letter?"
    ("Bạn có viết chữ đẹp không?", "Do you have beautiful handwriting?"),
    ("Anh có viết chữ đẹp không?", "Do you have beautiful handwriting?"),
    # v8: "I can't read your text."
    ("Tôi không đọc được chữ của bạn.", "I can't read your handwriting."),
    ("Tôi không thể đọc chữ của bạn.", "I can't read your handwriting."),
    ("Tôi không đọc được chữ viết tay của bạn.", "I can't read your handwriting."),
    ("Bạn có đọc được chữ tôi không?", "Can you read my handwriting?"),
    # v8: "Take more carefully.", "You write carefully.", "Write it on.", "It's better to write."
    ("Viết cẩn thận hơn đi.", "Write more carefully."),
    ("Bạn viết cẩn thận hơn nhé.", "Please write more carefully."),
    ("Viết nắn nót vào.", "Write neatly."),
    ("Viết rõ hơn đi.", "Write more clearly."),
    ("Con viết chữ đẹp hơn đi.", "Write more neatly."),
    ("Bạn có thể viết rõ hơn không?", "Could you write more clearly?"),
    ("Làm ơn viết rõ ràng hơn.", "Please write more clearly."),
    # v8: "Whose letters are this?", "Who is this text?"
    ("Chữ của ai đây?", "Whose handwriting is this?"),
    ("Đây là chữ của ai?", "Whose handwriting is this?"),
    ("Đây có phải chữ của bạn không?", "Is this your handwriting?"),
    ("Đây không phải chữ của tôi.", "This isn't my handwriting."),
    # v8: "His letter was too bad, I can't read."
    ("Chữ anh ấy xấu quá, tôi không đọc được.", "His handwriting is so bad, I can't read it."),
    ("Chữ anh ấy xấu quá nên tôi không đọc được.", "His handwriting is so bad that I can't read it."),
    ("Chữ anh ấy như gà bới nên tôi không đọc được.", "His handwriting is terrible, so I can't read it."),
    ("Chữ bạn khó đọc quá, bạn viết cẩn thận hơn nhé.",
     "Your handwriting is so hard to read, please write more carefully."),
    # not: "chữ" without whose or with "này" (a word, a font: mt/repeats.py), "chữ Hoa" (Chinese script), "anh" or
    # "mình" alone (who?), two degrees, "không đọc" without "được", "viết cẩn thận" said of "bạn" (a statement),
    # not nice said, beautiful yet unreadable, "chữ của ai vậy"
    ("Chữ bạn đẹp quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Chữ này đẹp quá.", None), ("Chữ này nghĩa là gì?", None), ("Chữ Hoa đẹp quá.", None),
    ("Chữ Hán khó đọc lắm.", None), ("Chữ anh đẹp quá.", None), ("Anh viết chữ đẹp quá.", None),
    ("Chữ mình xấu lắm.", None), ("Chữ bạn rất đẹp quá.", None), ("Tôi không đọc chữ của bạn.", None),
    ("Tôi không đọc được chữ này.", None), ("Tôi không đọc được chữ Hoa.", None), ("Bạn viết cẩn thận.", None),
    ("Chữ tôi không đẹp.", None), ("Chữ bạn đẹp quá, tôi không đọc được.", None), ("Chữ của ai vậy?", None),
    ("Tôi vừa cắt tóc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Những chữ viết tay của bạn đẹp.", "Bài viết tay của bạn thật sự cần thiết." (necessary), "Những chữ viết tay
    # của anh ấy thật khủng khiếp.", "Ghi đè tay của tôi là tôisy."
    ("Your handwriting is beautiful.", "Chữ bạn đẹp quá."),
    ("Your handwriting is really neat.", "Chữ bạn ngay ngắn quá."),
    ("His handwriting is terrible.", "Chữ anh ấy xấu kinh khủng."),
    ("My handwriting is messy.", "Chữ tôi nguệch ngoạc."),
    ("Her handwriting is so neat.", "Chữ cô ấy ngay ngắn quá."),
    ("My mother's handwriting is very neat.", "Chữ của mẹ tôi rất ngay ngắn."),
    ("Your handwriting's beautiful.", "Chữ bạn đẹp quá."),
    ("Your handwriting is quite messy.", "Chữ bạn khá nguệch ngoạc."),
    ("Lan's handwriting is hard to read.", "Chữ của Lan khó đọc."),
    ("Is your handwriting neat?", "Chữ bạn có ngay ngắn không?"),
    # v8: "Cô ấy viết tay giỏi.", "Bé có chữ viết tay đẹp không?" (the little one)
    ("She has nice handwriting.", "Cô ấy viết chữ đẹp."),
    ("She has such beautiful handwriting.", "Cô ấy viết chữ đẹp quá."),
    ("He's got terrible handwriting.", "Anh ấy viết chữ xấu kinh khủng."),
    ("My father has very neat handwriting.", "Bố tôi viết chữ rất ngay ngắn."),
    ("Does she have nice handwriting?", "Cô ấy có viết chữ đẹp không?"),
    ("Do you have neat handwriting?", "Bạn có viết chữ ngay ngắn không?"),
    # v8: "Tôi không thể đọc chữ viết tay." (whose lost)
    ("I can't read your handwriting.", "Tôi không đọc được chữ của bạn."),
    ("I cannot read his handwriting!", "Tôi không đọc được chữ của anh ấy!"),
    ("My mother can't read my handwriting.", "Mẹ tôi không đọc được chữ của tôi."),
    ("Can you read my handwriting?", "Bạn có đọc được chữ của tôi không?"),
    # v8: "Ghi thêm một cách cần thiết.", "Bạn có thể viết thêm một cách cần thiết không?"
    ("Write more neatly.", "Viết nắn nót hơn đi."),
    ("Write more clearly!", "Viết rõ ràng hơn đi!"),
    ("Write neatly.", "Viết nắn nót vào."),
    ("Please write more carefully.", "Làm ơn viết cẩn thận hơn."),
    ("Write more carefully, please.", "Làm ơn viết cẩn thận hơn."),
    ("Can you write more neatly?", "Bạn viết nắn nót hơn được không?"),
    ("Could you please write more legibly?", "Bạn viết rõ ràng hơn được không?"),
    # v8: "Bất kỳ ai viết tay là điều này?", "Cái này có viết tay của bạn không?"
    ("Whose handwriting is this?", "Chữ của ai đây?"),
    ("Is this your handwriting?", "Đây có phải chữ của bạn không?"),
    ("This isn't my handwriting.", "Đây không phải chữ của tôi."),
    ("This is my mother's handwriting.", "Đây là chữ của mẹ tôi."),
    # v8: "Những chữ viết tay của anh ấy thật khủng khiếp, tôi không thể đọc nó."
    ("His handwriting is terrible, I can't read it.", "Chữ anh ấy xấu kinh khủng, tôi không đọc được."),
    ("His handwriting is so bad that I can't read it.", "Chữ anh ấy xấu quá nên tôi không đọc được."),
    ("Her handwriting is awful, so I can't read it.", "Chữ cô ấy xấu kinh khủng nên tôi không đọc được."),
    ("Your handwriting is messy, please write more neatly.", "Chữ bạn nguệch ngoạc, làm ơn viết nắn nót hơn."),
    # not: bad agreement ("handwriting are", "He have", "Does he has", "Do he", "I's got"), a word missing, "very
    # terrible", "so" before a noun, "a handwriting", asked with "." or said with "?", "I can read", beautiful yet
    # unreadable, another thing written carefully, a statement of who writes, "love" (mt/compliments.py's?)
    ("Your handwriting are beautiful.", None), ("Your handwriting beautiful.", None),
    ("He have nice handwriting.", None), ("Does he has neat handwriting?", None),
    ("Do he have neat handwriting?", None), ("I's got nice handwriting.", None),
    ("Your handwriting is very terrible.", None), ("She has so beautiful handwriting.", None),
    ("She has such a beautiful handwriting.", None), ("Can you read my handwriting.", None),
    ("Whose handwriting is this.", None), ("I can read your handwriting.", None),
    ("Your handwriting is beautiful, I can't read it.", None), ("Write the letter more carefully.", None),
    ("You write more carefully.", None), ("I love your handwriting.", None),
    ("He has hard to read handwriting.", None), ("I can't read it.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
