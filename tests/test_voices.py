"""How someone speaks and their voice: talking loudly, quietly, fast or slowly, a voice deep, high or loud, and a
voice hoarse or lost, both ways (mt/voices.py)."""
import pytest

from mt.voices import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He talked very big.", "She's too small.", "She's very small.", "He's very quick.", "He said fast.", "My
    # mother talked very much.", "My grandfather said very slow.", "Lan says slightly fast.", "We talked very much."
    ("Anh ấy nói chuyện rất to.", "He talks very loudly."),
    ("Cô ấy nói nhỏ quá.", "She talks too quietly."),
    ("Cô ấy nói nhỏ lắm.", "She talks very quietly."),
    ("Anh ấy nói nhanh lắm.", "He talks very fast."),
    ("Anh ấy nói nhanh quá.", "He talks too fast."),
    ("Mẹ tôi nói chuyện to lắm.", "My mother talks very loudly."),
    ("Ông tôi nói rất chậm.", "My grandfather talks very slowly."),
    ("Lan nói hơi nhanh.", "Lan talks a bit fast."),
    ("Chúng tôi nói chuyện to lắm.", "We talk very loudly."),
    ("Bố tôi nói khá chậm.", "My father talks quite slowly."),
    ("Cô ấy nói khẽ lắm.", "She talks very quietly."),
    ("Tôi nói rất nhanh.", "I talk very fast."),
    # v8: "He usually speaks."
    ("Anh ấy hay nói to.", "He often talks loudly."),
    ("Mẹ tôi luôn nói rất nhỏ nhẹ.", "My mother always talks very softly."),
    ("Ông tôi không bao giờ nói to.", "My grandfather never talks loudly."),
    # v8: "He says it's not very much."
    ("Anh ấy nói không to lắm.", "He doesn't talk very loudly."),
    ("Cô ấy không nói nhanh lắm.", "She doesn't talk very fast."),
    # v8: "Did he speak fast?", "Did you speak?"
    ("Anh ấy có nói nhanh không?", "Does he talk fast?"),
    ("Mẹ bạn có nói to không?", "Does your mother talk loudly?"),
    ("Tôi có nói nhanh quá không?", "Do I talk too fast?"),
    ("Anh có nói chậm lắm không?", "Do you talk very slowly?"),
    # v8: "How fast do I say?", "Did I say too?", "He's talking fast.", "You're too fast.", "You're slower."
    ("Tôi nói nhanh quá à?", "Am I talking too fast?"),
    ("Tôi nói to quá à?", "Am I talking too loudly?"),
    ("Anh ấy đang nói nhanh quá.", "He's talking too fast."),
    ("Mẹ tôi đang nói rất nhỏ.", "My mother is talking very quietly."),
    ("Bạn nói nhanh quá.", "You're talking too fast."),
    ("Bạn nói chậm quá!", "You're talking too slowly!"),
    # v8: "His voice is really deep." (mt/singing.py's), "We're a lot of time.", "My grandfather has a very voice.",
    # "Her voice was soft.", "Her voice was too high.", "Will his voice be depressed?", "His voice wasn't very much."
    ("Giọng anh ấy rất trầm.", "His voice is very deep."),
    ("Giọng bố tôi to lắm.", "My father's voice is very loud."),
    ("Giọng của mẹ tôi rất ấm.", "My mother's voice is very warm."),
    ("Giọng cô ấy cao quá.", "Her voice is so high."),
    ("Giọng cô ấy khàn khàn.", "Her voice is husky."),
    ("Giọng nói của Lan rất trong trẻo.", "Lan's voice is very clear."),
    ("Giọng anh ấy có trầm không?", "Is his voice deep?"),
    ("Giọng anh ấy không to lắm.", "His voice isn't very loud."),
    # ("lovely" only said: not "Is her voice lovely?", "His voice isn't lovely.")
    ("Giọng cô ấy có hay không?", "Is her voice nice?"),
    ("Giọng anh ấy không hay lắm.", "His voice isn't very nice."),
    ("Giọng anh ấy không hay.", "His voice isn't nice."),
    # v8: "She has a high voice." (right), "He has a deep voice." (mt/singing.py's)
    ("Cô ấy có giọng cao.", "She has a high voice."),
    ("Anh ấy có giọng trầm.", "He has a deep voice."),
    ("Ông tôi có giọng rất to.", "My grandfather has a very loud voice."),
    ("Mẹ tôi có giọng nói nhỏ nhẹ.", "My mother has a soft voice."),
    ("Bà tôi có giọng the thé.", "My grandmother has a shrill voice."),
    ("Anh ấy có giọng trầm quá!", "He has such a deep voice!"),
    # v8: "I was capable of speaking.", "Do you have a soft voice?", "My mother was lost.", "She has not been
    # slighted."; "My voice is hoarse." (right)
    ("Tôi bị khàn giọng.", "My voice is hoarse."),
    ("Tôi bị khản tiếng.", "My voice is hoarse."),
    ("Mẹ tôi bị khàn giọng rồi.", "My mother's voice is hoarse."),
    ("Bạn có bị khàn giọng không?", "Is your voice hoarse?"),
    ("Cô ấy không bị khàn giọng.", "Her voice isn't hoarse."),
    ("Mẹ tôi bị mất tiếng.", "My mother has lost her voice."),
    ("Tôi bị mất giọng rồi.", "I've lost my voice."),
    ("Bạn có bị mất giọng không?", "Have you lost your voice?"),
    ("Ông tôi không bị mất giọng.", "My grandfather hasn't lost his voice."),
    ("Tôi sắp mất giọng rồi.", "I'm losing my voice."),
    # not: "nói" with no degree nor habit (said it, once?), "không nói to" without "lắm", "Tôi nói nhanh quá." (now or
    # always?), "à?" of others or without a degree, a "?" on a statement, "có" without "không", "không?" without
    # "có", "thế" (a degree not read), "nhỉ", two degrees, "anh" saying it (the speaker?), pets, requests (mt/noise.py,
    # mt/repeats.py), a language spoken, "nói" as said, "nói nhiều" (mt/traits.py), reasons, an accent, our voices, a
    # name losing a voice (his or hers?), asked of oneself, "khàn" without "bị" or "rồi", nonsense
    ("Anh ấy nói to.", None), ("Anh ấy không nói to.", None), ("Tôi nói nhanh quá.", None),
    ("Anh ấy nói nhanh quá à?", None), ("Tôi nói nhanh à?", None), ("Anh ấy nói nhanh lắm?", None),
    ("Anh ấy có nói nhanh.", None), ("Anh ấy nói nhanh không?", None), ("Anh ấy nói nhanh thế.", None),
    ("Anh ấy nói nhanh quá nhỉ?", None), ("Anh ấy nói rất nhanh lắm.", None), ("Anh nói nhanh quá.", None),
    ("Con chó của tôi nói to lắm.", None), ("Nói to lên!", None), ("Bạn nói nhỏ thôi được không?", None),
    ("Anh ấy nói tiếng Anh nhanh lắm.", None), ("Anh ấy nói rằng anh ấy bận.", None), ("Anh ấy nói nhiều lắm.", None),
    ("Tôi bị khàn giọng vì hát nhiều.", None), ("Giọng Nam cao quá.", None), ("Giọng chúng tôi to lắm.", None),
    ("Lan bị mất giọng.", None), ("Tôi có bị khàn giọng không?", None), ("Tôi khàn giọng.", None),
    ("Giọng tôi có trầm không?", None), ("Họ có giọng cao.", None), ("Nói nói nói.", None),
    ("He talks very loudly.", None),
    # a pet's voice (a bark, a meow), "nói chậm" of a child (slow to start talking?)
    ("Giọng con chó của tôi to lắm.", None), ("Giọng con mèo của tôi the thé quá.", None),
    ("Con tôi nói chậm lắm.", None), ("Con trai tôi nói chậm quá.", None), ("Con gái tôi có nói chậm không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy đàm phán rất lớn.", "Cô ấy nói quá mềm.", "Cô ấy đàm phán rất yên tĩnh.", "Anh ta đàm phán quá
    # nhanh.", "Mẹ tôi nói rất lớn.", "Lan nói nhanh một chút.", "Chúng tôi nói rất lớn."
    ("He talks very loudly.", "Anh ấy nói chuyện rất to."),
    ("She speaks too softly.", "Cô ấy nói chuyện nhỏ quá."),
    ("She talks very quietly.", "Cô ấy nói chuyện rất nhỏ."),
    ("He talks too fast.", "Anh ấy nói nhanh quá."),
    ("My mother talks very loudly.", "Mẹ tôi nói chuyện rất to."),
    ("My grandfather speaks very slowly.", "Ông tôi nói rất chậm."),
    ("Lan speaks a bit fast.", "Lan nói hơi nhanh."),
    ("We talk very loudly.", "Chúng tôi nói chuyện rất to."),
    ("She speaks softly.", "Cô ấy nói chuyện nhỏ nhẹ."),
    ("You talk too fast.", "Bạn nói nhanh quá."),
    # v8: "Anh ta thường đàm phán một cách mạnh mẽ." (strongly)
    ("He often talks loudly.", "Anh ấy hay nói chuyện to."),
    ("My father always speaks slowly.", "Bố tôi luôn nói chậm."),
    # v8: "Cô ấy không nói nổi." (can't speak)
    ("She doesn't speak very loudly.", "Cô ấy nói chuyện không to lắm."),
    # v8: "Anh có nói nhanh không?", "Tôi có nói quá nhanh không?", "Tôi nói quá nhanh không?", "Tôi nói quá yên tĩnh?"
    ("Does he talk fast?", "Anh ấy có nói nhanh không?"),
    ("Do I talk too fast?", "Tôi có nói nhanh quá không?"),
    ("Am I talking too fast?", "Tôi nói nhanh quá à?"),
    ("Am I speaking too quietly?", "Tôi nói nhỏ quá à?"),
    # v8: "Bạn đang nói quá nhanh."
    ("You're talking too fast.", "Bạn nói nhanh quá."),
    ("He's talking very quietly.", "Anh ấy đang nói chuyện rất nhỏ."),
    # v8: "Giọng ông rất sâu." (a deep hole), "Giọng của mẹ rất ấm.", "Giọng của cô ấy cao chút.", "Giọng ông có nói sâu
    # không?", "Tiếng nói của anh ấy không hề lớn."
    ("His voice is very deep.", "Giọng anh ấy rất trầm."),
    ("My mother's voice is very warm.", "Giọng mẹ tôi rất ấm."),
    ("Her voice is a bit high.", "Giọng cô ấy hơi cao."),
    ("Her voice is so high!", "Giọng cô ấy cao quá!"),
    ("Is his voice deep?", "Giọng anh ấy có trầm không?"),
    ("His voice isn't very loud.", "Giọng anh ấy không to lắm."),
    # v8: "Cô ấy có giọng nói cao.", "Cha tôi có tiếng nói lớn.", "Cô ấy có giọng dịu dàng."
    ("She has a high voice.", "Cô ấy có giọng cao."),
    ("My father has a loud voice.", "Bố tôi có giọng to."),
    ("She has a soft voice.", "Cô ấy có giọng nhỏ nhẹ."),
    ("My grandfather has a very deep voice.", "Ông tôi có giọng rất trầm."),
    ("He's got such a deep voice!", "Anh ấy có giọng trầm quá!"),
    # v8: "Tôi có giọng hoan nghênh.", "Tiếng nói của bạn có hoa hồng không?" (a rose), "Tôi đã mất giọng nói của
    # tôi."; "Tôi bị khản giọng." (mt/singing.py's)
    ("I have a hoarse voice.", "Tôi bị khàn giọng."),
    ("Is your voice hoarse?", "Bạn có bị khàn giọng không?"),
    ("My voice is hoarse.", "Tôi bị khàn giọng."),
    ("My mother's voice isn't hoarse.", "Mẹ tôi không bị khàn giọng."),
    ("I'm losing my voice.", "Tôi sắp mất giọng rồi."),
    ("My mother is losing her voice.", "Mẹ tôi sắp mất giọng rồi."),
    # not: the verb not agreeing ("He talk", "She have", "I is"), a "?" on a statement, "Are we/you talking …?",
    # "not" without "very", now without a degree, speaking a language, requests (mt/repeats.py), pets, our voices,
    # asked of oneself, another's voice being lost, a name losing "her" voice (his or hers?), "an" before a consonant
    ("He talk very loudly.", None), ("She have a high voice.", None), ("I is talking too fast.", None),
    ("He talks very loudly?", None), ("Are we talking too loudly?", None), ("He doesn't talk loudly.", None),
    ("He's talking loudly.", None), ("He speaks English very fast.", None), ("Speak louder, please.", None),
    ("My dog talks very loudly.", None), ("Our voices are very loud.", None), ("Is my voice deep?", None),
    ("I'm losing your voice.", None), ("Lan is losing her voice.", None), ("She has an high voice.", None),
    ("Does he talk a bit fast?", None), ("Anh ấy nói chuyện rất to.", None),
    # "does" with "talks", a pet's voice, "clear" (easy to make out, or pure?)
    ("Does he talks fast?", None), ("Do you talks fast?", None), ("He doesn't talks very loudly.", None),
    ("My dog's voice is very loud.", None),
    ("My dog has a loud voice.", None), ("My cat has a shrill voice.", None), ("Is my dog's voice hoarse?", None),
    ("Your voice is clear.", None), ("Your voice isn't very clear.", None), ("She has a clear voice.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
