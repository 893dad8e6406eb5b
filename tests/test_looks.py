"""How someone looks now: tired, happy, worried, well, okay, said, asked, asked why or how, both ways
(mt/looks.py)."""
import pytest

from mt.looks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "You're tired.", "She's very happy.", "My mother was slightly tired.", "The Land is happy."
    ("Trông bạn mệt quá.", "You look so tired."),
    ("Trông bạn mệt mỏi quá.", "You look so tired."),
    ("Trông cô ấy rất vui.", "She looks very happy."),
    ("Trông mẹ tôi hơi mệt.", "My mother looks a bit tired."),
    ("Trông Lan rất hạnh phúc.", "Lan looks very happy."),
    ("Trông Bác Hùng hơi mệt.", "Uncle Hung looks a bit tired."),
    ("Trông bố tôi rất thất vọng.", "My father looks very disappointed."),
    ("Trông họ lo lắng.", "They look worried."),
    ("Trông họ có vẻ lo lắng.", "They look worried."),
    ("Trông bạn căng thẳng quá.", "You look so stressed."),
    ("Trông bạn buồn thế.", "You look so sad."),
    ("Trông bạn trẻ quá.", "You look so young."),
    ("Trông bạn tuyệt lắm.", "You look great."),
    ("Trông bạn khỏe đấy.", "You look well."),
    ("Trông anh ấy có vẻ bị ốm.", "He looks sick."),
    ("Bạn trông mệt quá.", "You look so tired."),
    ("Cô ấy trông rất vui.", "She looks very happy."),
    # v8: "Looking at you seem tired.", "Her look seemed sad."
    ("Nhìn bạn có vẻ mệt.", "You look tired."),
    ("Nhìn cô ấy có vẻ buồn.", "She looks sad."),
    # v8: "It looks so happy today."
    ("Hôm nay trông cô ấy rất vui.", "She looks very happy today."),
    ("Trông cô ấy rất vui hôm nay.", "She looks very happy today."),
    ("Hôm nay trông bạn mệt quá.", "You look so tired today."),
    # v8: "You're not healthy."
    ("Trông bạn không được khỏe.", "You don't look well."),
    ("Trông bạn có vẻ không khỏe.", "You don't look well."),
    ("Trông bạn không vui lắm.", "You don't look very happy."),
    # v8: "Are you tired?", "Why look so sad?"
    ("Trông tôi có ổn không?", "Do I look okay?"),
    ("Trông tôi có mệt lắm không?", "Do I look really tired?"),
    ("Trông anh có mệt không?", "Do you look tired?"),
    ("Sao trông bạn buồn thế?", "Why do you look so sad?"),
    ("Tại sao trông mẹ tôi lo lắng vậy?", "Why does my mother look so worried?"),
    ("Sao bạn trông mệt vậy?", "Why do you look so tired?"),
    ("Trông tôi thế nào?", "How do I look?"),
    ("Tôi trông như thế nào?", "How do I look?"),
    ("Bạn mặc cái đó trông đẹp lắm.", "You look great in that."),
    # not: "anh", "em" alone saying it (the speaker?), "Nhìn" without "có vẻ" (looking at), "ốm" alone (in the
    # south, thin), "đẹp" (handsome, of a man), free, past days, "very okay", "không rất", "có vẻ" asked, asked
    # without "không", feelings said plainly (mt/feelings.py), what someone is like (mt/traits.py), clothes that suit
    # (mt/outfits.py), "trông" as looking after
    ("Trông họ lo lắng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Trông anh mệt quá.", None), ("Trông em buồn quá.", None), ("Nhìn bạn mệt quá.", None),
    ("Trông anh ấy ốm.", None), ("Trông bạn đẹp lắm.", None), ("Trông bạn rảnh quá.", None),
    ("Hôm qua trông bạn mệt quá.", None), ("Trông bạn ổn lắm.", None), ("Trông bạn không rất vui.", None),
    ("Trông bạn có vẻ mệt không?", None), ("Trông bạn mệt quá?", None), ("Tôi mệt quá.", None),
    ("Cô ấy rất thân thiện.", None), ("Áo này hợp với bạn.", None), ("Tôi trông con.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy nhìn thấy hạnh phúc hôm nay." (sees happiness), "Họ nhìn thấy lo lắng.", "Anh ấy nhìn bệnh."
    ("She looks happy today.", "Hôm nay trông cô ấy có vẻ vui."),
    ("They look worried.", "Trông họ có vẻ lo lắng."),
    ("He looks ill.", "Trông anh ấy có vẻ bị ốm."),
    ("He looks sick.", "Trông anh ấy có vẻ bị ốm."),
    ("You look tired.", "Trông bạn có vẻ mệt."),
    ("You look so tired.", "Trông bạn mệt quá."),
    ("She looks very happy.", "Trông cô ấy rất vui."),
    ("They look very happy today.", "Hôm nay trông họ rất vui."),
    ("You look a bit tired.", "Trông bạn hơi mệt."),
    ("My mother looks tired.", "Trông mẹ tôi có vẻ mệt."),
    ("You look really stressed.", "Trông bạn rất căng thẳng."),
    ("You look nervous.", "Trông bạn có vẻ hồi hộp."),
    ("You look sad.", "Trông bạn có vẻ buồn."),
    ("You look hungry.", "Trông bạn có vẻ đói."),
    ("You look great.", "Trông bạn tuyệt lắm."),
    ("You look beautiful.", "Trông bạn đẹp lắm."),
    ("You look well.", "Trông bạn có vẻ khỏe."),
    # v8: "Có vẻ rất mệt mỏi." (Lan lost)
    ("Lan looks very tired.", "Trông Lan rất mệt."),
    # v8: "Bạn không nhìn được tốt.", "Cô ấy không nhìn thấy hạnh phúc."
    ("You don't look well.", "Trông bạn không được khỏe."),
    ("You look unwell.", "Trông bạn không được khỏe."),
    ("My father doesn't look well today.", "Hôm nay trông bố tôi không được khỏe."),
    ("She doesn't look happy.", "Trông cô ấy không vui."),
    ("She doesn't look very happy.", "Trông cô ấy không vui lắm."),
    # v8: "Nhìn tôi okay không?", "Nhìn tôi tất cả đều đúng không?", "Nhìn cô có khó chịu không?"
    ("Do I look okay?", "Trông tôi có ổn không?"),
    ("Do I look all right?", "Trông tôi có ổn không?"),
    ("Does she look tired?", "Trông cô ấy có mệt không?"),
    ("Does he look ill?", "Trông anh ấy có bị ốm không?"),
    # v8: "Tại sao bạn nhìn quá buồn?", "Nhìn tôi như thế nào?"
    ("Why do you look so sad?", "Sao trông bạn buồn thế?"),
    ("Why does she look worried today?", "Sao hôm nay trông cô ấy lo lắng thế?"),
    ("How do I look?", "Trông tôi thế nào?"),
    # v8: "Bạn trông thật tuyệt." ("in that" lost)
    ("You look great in that.", "Bạn mặc cái đó trông đẹp lắm."),
    ("She looks lovely in this.", "Cô ấy mặc cái này trông đẹp lắm."),
    # not: the verb not agreeing with who, "very great", "still", past days and "looked", "look like", "seem" (v8's
    # right), "look at", "How does I look?"
    ("She look tired.", None), ("He don't look well.", None), ("Does she looks tired?", None),
    ("I looks tired.", None), ("You look very great.", None), ("You look still tired.", None),
    ("You look tired yesterday.", None), ("You looked tired.", None), ("You look like your mother.", None),
    ("You seem tired.", None), ("Look at this.", None), ("How does I look?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Trông bạn mệt quá.", "en", "vi") is None
    assert translate("You look tired.", "vi", "en") is None
