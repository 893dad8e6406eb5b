"""How someone feels now: tired, sad, happy, worried, bored, stressed, sick …, said or asked, both ways
(mt/moods.py)."""
import pytest

from mt.moods import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm tired.", "I'm worried.", "It's too sad.", "My mother was happy.", "My father was tired."
    ("Bố tôi mệt lắm.", "My father is really tired."),
    ("Bố tôi đang lo lắng.", "My father is worried."),
    ("Lan buồn quá.", "Lan is so sad."),
    ("Mẹ tôi đang vui.", "My mother is happy."),
    ("Bố tôi mệt rồi.", "My father is tired."),
    ("Mẹ tôi buồn lắm.", "My mother is really sad."),
    # v8: "My mother was very sad." (not "a bit"), "Lan It's very sad.", "My grandmother is very alone."
    ("Mẹ tôi hơi buồn.", "My mother is a bit sad."),
    ("Chị Lan buồn lắm.", "Lan is really sad."),
    ("Bà tôi cô đơn lắm.", "My grandmother is really lonely."),
    ("Bố mẹ tôi mệt lắm.", "My parents are really tired."),
    ("Ông bà tôi rất vui.", "My grandparents are very happy."),
    ("Bác Hùng hơi mệt.", "Uncle Hung is a bit tired."),
    ("Anh trai tôi đang căng thẳng.", "My brother is stressed."),
    ("Bố tôi khá mệt.", "My father is quite tired."),
    ("Mẹ tôi rất hạnh phúc.", "My mother is very happy."),
    ("Bố tôi vẫn mệt.", "My father is still tired."),
    ("Bà tôi vẫn còn buồn.", "My grandmother is still sad."),
    ("Bố tôi bị ốm.", "My father is sick."),
    ("Mẹ tôi không vui.", "My mother isn't happy."),
    ("Mẹ tôi không vui lắm.", "My mother isn't very happy."),
    ("Bố mẹ tôi không vui.", "My parents aren't happy."),
    ("Bố tôi mệt lắm ạ.", "My father is really tired."),
    ("Mẹ tôi vui lắm!", "My mother is really happy."),
    # v8: "I'm tired." (for "chán rồi"), "My sister is boring.", "Lan is frightening."
    ("Con tôi chán rồi.", "My child is bored."),
    ("Em gái tôi đang chán.", "My sister is bored."),
    ("Lan đang sợ.", "Lan is scared."),
    # v8: "Are you tired?", "Do you worry?", "Did Lan be sad?", "Are you sick?"
    ("Mẹ bạn có mệt không?", "Is your mother tired?"),
    ("Mẹ bạn mệt không?", "Is your mother tired?"),
    ("Bố mẹ bạn có lo lắng không?", "Are your parents worried?"),
    ("Lan có buồn không?", "Is Lan sad?"),
    ("Mẹ bạn có bị ốm không?", "Is your mother sick?"),
    ("Lan có mệt lắm không?", "Is Lan very tired?"),
    ("Mẹ bạn còn buồn không?", "Is your mother still sad?"),
    # v8: "Why are you so sad?"
    ("Sao mẹ bạn buồn thế?", "Why is your mother so sad?"),
    ("Tại sao bố bạn lại giận?", "Why is your father angry?"),
    # not: pronouns (mt/feelings.py's, or v8's right), "anh" alone (the speaker?), busy (mt/busy.py), sleepy
    # (mt/sleep.py), well (mt/regards.py), "ốm" alone (thin?), a tense or a day, a reason, "chán" alone (boring?),
    # two words of how much, "thế" ending a statement, whom ("giận tôi"), "không rồi", "nhỉ"
    ("Tôi mệt quá.", None), ("Anh ấy buồn lắm.", None), ("Bạn có mệt không?", None), ("Anh mệt rồi.", None),
    ("Mẹ tôi đang bận.", None), ("Bố tôi buồn ngủ lắm.", None), ("Bố mẹ bạn có khỏe không?", None),
    ("Bà tôi ốm rồi.", None), ("Bố tôi đã mệt.", None), ("Hôm nay bố tôi mệt.", None),
    ("Mẹ tôi buồn lắm vì bạn.", None), ("Con trai tôi chán lắm.", None), ("Mẹ tôi rất vui lắm.", None),
    ("Mẹ tôi buồn thế.", None), ("Mẹ tôi giận tôi.", None), ("Bố tôi không mệt rồi.", None), ("Lan buồn nhỉ?", None),
    ("Mẹ tôi đang vui rồi.", None), ("Bố tôi bị ốm lắm.", None), ("Sao con bạn chán thế?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chú Hung là một chút mệt.", "Có lo lắng không?" (who lost), "Có phải buồn không?", "Bạn rất mệt mỏi."
    ("Uncle Hung is a bit tired.", "Chú Hung hơi mệt."),
    ("Is Lan worried?", "Lan có lo lắng không?"),
    ("Is Minh sad?", "Minh có buồn không?"),
    ("Lan's very tired.", "Lan rất mệt."),
    # v8: "Mệt mỏi của bố tôi.", "Cha mẹ tôi quá mệt." (too), "Con gái tôi là cô đơn.", "Họ chán nản?"
    ("My father's tired.", "Bố tôi mệt."),
    ("My parents are so tired.", "Bố mẹ tôi mệt quá."),
    ("My daughter is lonely.", "Con gái tôi cô đơn."),
    ("Are they bored?", "Họ có chán không?"),
    # v8: "Mẹ bạn mệt mỏi không?", "Mẹ tôi không hài lòng.", "Mẹ tôi lo lắng." (nervous), "Sếp tôi giận dữ."
    ("Is your mother tired?", "Mẹ bạn có mệt không?"),
    ("My mother isn't very happy.", "Mẹ tôi không vui lắm."),
    ("My mother is nervous.", "Mẹ tôi hồi hộp."),
    ("My boss is angry.", "Sếp tôi giận."),
    ("My mother is very happy.", "Mẹ tôi rất vui."),
    ("My parents are tired.", "Bố mẹ tôi mệt."),
    ("Are your parents tired?", "Bố mẹ bạn có mệt không?"),
    ("Are your grandparents worried?", "Ông bà bạn có lo lắng không?"),
    ("My grandparents are very happy.", "Ông bà tôi rất vui."),
    ("My father is a bit worried.", "Bố tôi hơi lo lắng."),
    ("My mother is really sad.", "Mẹ tôi buồn lắm."),
    ("My mother is quite tired.", "Mẹ tôi khá mệt."),
    ("My father is still tired.", "Bố tôi vẫn mệt."),
    ("My wife is sick.", "Vợ tôi bị ốm."),
    ("My grandmother is ill.", "Bà tôi bị ốm."),
    ("My sister is bored.", "Em gái tôi đang chán."),
    ("My son is scared.", "Con trai tôi đang sợ."),
    ("My parents aren't worried.", "Bố mẹ tôi không lo lắng."),
    ("Is your father very tired?", "Bố bạn có mệt lắm không?"),
    ("Is your father still angry?", "Bố bạn còn giận không?"),
    ("Aunt Lan is worried.", "Cô Lan lo lắng."),
    ("She's very tired.", "Cô ấy rất mệt."),
    ("He's a bit stressed.", "Anh ấy hơi căng thẳng."),
    ("Why is your mother so sad?", "Sao mẹ bạn buồn thế?"),
    ("Why is Lan angry?", "Sao Lan lại giận?"),
    # not: bad agreement ("My parents is", "My mother are", "Are Lan"), "I" asked, "isn't" asking, not with "so",
    # "so" asked, sick with how much, words not taken (exhausted, upset, sleepy: mt/sleep.py; hungry: mt/hunger.py),
    # a time, "not bored" (not boring?), no "is"
    ("My parents is tired.", None), ("My mother are tired.", None), ("Are Lan tired?", None),
    ("Am I tired?", None), ("Isn't your mother tired?", None), ("My mother isn't so happy.", None),
    ("Is your mother so tired?", None), ("My father is very sick.", None), ("My father is exhausted.", None),
    ("My mother is upset.", None), ("My father is sleepy.", None), ("My father is hungry.", None),
    ("My father is tired now.", None), ("My sister isn't bored.", None), ("My mother tired.", None),
    ("Why are your mother sad?", None), ("Is my mother tired", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
