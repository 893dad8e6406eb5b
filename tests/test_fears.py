"""Being afraid of something: who is afraid of what, or not, what someone is afraid of, "don't be afraid" and
"there's nothing to be afraid of", both ways (mt/fears.py)."""
import pytest

from mt.fears import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm afraid of a dog.", "My younger brother fear of height.", "My daughter was afraid of dark."
    ("Tôi sợ chó.", "I'm afraid of dogs."),
    ("Em trai tôi sợ độ cao.", "My younger brother is afraid of heights."),
    ("Con gái tôi sợ bóng tối.", "My daughter is afraid of the dark."),
    # v8: "She was frightened.", "He was afraid to go to plane.", "I'm afraid of mad.", "I'm afraid of prices."
    ("Cô ấy sợ nhện.", "She's afraid of spiders."),
    ("Anh ấy sợ đi máy bay.", "He's afraid of flying."),
    ("Tôi sợ ma.", "I'm afraid of ghosts."),
    ("Bố tôi sợ gián.", "My father is afraid of cockroaches."),
    ("Tôi sợ nước.", "I'm afraid of water."),
    ("Tôi rất sợ rắn.", "I'm very afraid of snakes."),
    ("Tôi sợ mèo lắm.", "I'm so afraid of cats."),
    ("Tôi sợ rắn và nhện.", "I'm afraid of snakes and spiders."),
    ("Bác Hùng sợ kim tiêm.", "Uncle Hung is afraid of needles."),
    ("Con chó của tôi sợ sấm.", "My dog is afraid of thunder."),
    ("Lan vẫn sợ bóng tối.", "Lan is still afraid of the dark."),
    ("Tôi sợ nhện nhất.", "I'm most afraid of spiders."),
    # v8: "I don't fear the dog.", "We don't fear the dark.", "She wasn't afraid of anything."
    ("Tôi không sợ chó.", "I'm not afraid of dogs."),
    ("Chúng tôi không sợ bóng tối.", "We're not afraid of the dark."),
    ("Mẹ tôi không sợ chuột.", "My mother isn't afraid of mice."),
    ("Cô ấy không sợ gì cả.", "She's not afraid of anything."),
    ("Tôi không còn sợ bóng tối nữa.", "I'm not afraid of the dark anymore."),
    # v8: "Do you fear the dog?", "Is he afraid of height?", "What are you scared?", "What's you scared?"
    ("Bạn có sợ chó không?", "Are you afraid of dogs?"),
    ("Anh ấy có sợ độ cao không?", "Is he afraid of heights?"),
    ("Anh có sợ chó không?", "Are you afraid of dogs?"),
    ("Bạn có sợ gì không?", "Are you afraid of anything?"),
    ("Bạn sợ gì?", "What are you afraid of?"),
    ("Bạn sợ gì vậy?", "What are you afraid of?"),
    ("Em gái bạn sợ gì?", "What is your sister afraid of?"),
    ("Bạn sợ nhất là gì?", "What are you most afraid of?"),
    ("Bạn sợ gì nhất?", "What are you most afraid of?"),
    # v8: "Don't fear!" (and "Đừng sợ." → "Don't be afraid.", "… → "There's nothing to fear.", both right)
    ("Đừng sợ.", "Don't be afraid."),
    ("Đừng sợ!", "Don't be afraid!"),
    ("Con đừng sợ chó nhé.", "Don't be afraid of dogs."),
    ("Không có gì phải sợ cả.", "There's nothing to be afraid of."),
    ("Có gì đâu mà sợ.", "There's nothing to be afraid of."),
    # not: how one feels, no object (mt/feelings.py's), "anh" saying it (the speaker?), a thing not known, "sợ là"
    # (I'm afraid that), the speaker asking, "not" with "so", "very" asking, asked without "?", "hết" after a thing
    ("Tôi sợ ma nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi sợ quá.", None), ("Anh sợ chó.", None), ("Tôi sợ con chó đó.", None), ("Tôi sợ là không kịp.", None),
    ("Tôi sợ muộn.", None), ("Tôi sợ gì?", None), ("Tôi không sợ chó lắm.", None), ("Bạn có rất sợ chó không?", None),
    ("Bạn có sợ chó không.", None), ("Tôi sợ chó hết.", None), ("Tôi không còn sợ chó.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi e là chó." (I fear that), "Tôi e là ma cà rồng.", "… sợ hãi những người khai thác.", "Em tôi sợ chiều
    # cao.", "Lan sợ bánh chưng."
    ("I'm afraid of dogs.", "Tôi sợ chó."),
    ("I'm afraid of ghosts.", "Tôi sợ ma."),
    ("She's scared of spiders.", "Cô ấy sợ nhện."),
    ("My brother is afraid of heights.", "Anh trai tôi sợ độ cao."),
    ("Lan is afraid of snakes.", "Lan sợ rắn."),
    ("He's afraid of flying.", "Anh ấy sợ đi máy bay."),
    ("They're afraid of water.", "Họ sợ nước."),
    ("My mother is frightened of mice.", "Mẹ tôi sợ chuột."),
    ("I'm afraid of the dark!", "Tôi sợ bóng tối!"),
    # v8: "Con trai của tôi bị thâm tím kim.", "Tôi thật sự sợ hãi người khai thác."
    ("My son is terrified of needles.", "Con trai tôi rất sợ kim tiêm."),
    ("I'm really scared of spiders and snakes.", "Tôi rất sợ nhện và rắn."),
    ("She's still afraid of the dark.", "Cô ấy vẫn sợ bóng tối."),
    ("I'm most afraid of heights.", "Tôi sợ độ cao nhất."),
    # v8: "Chúng tôi không sợ tối.", "Cô ấy không sợ bất cứ thứ gì."
    ("I'm not afraid of dogs.", "Tôi không sợ chó."),
    ("We aren't scared of the dark.", "Chúng tôi không sợ bóng tối."),
    ("She's not afraid of anything.", "Cô ấy không sợ gì cả."),
    ("He isn't afraid of anything.", "Anh ấy không sợ gì cả."),
    ("I'm no longer afraid of the dark.", "Tôi không còn sợ bóng tối nữa."),
    ("I'm not afraid of the dark anymore.", "Tôi không còn sợ bóng tối nữa."),
    # v8: "Bé có sợ chiều cao không?", "Bạn có sợ chiều cao không?"
    ("Are you afraid of dogs?", "Bạn có sợ chó không?"),
    ("Is she afraid of heights?", "Cô ấy có sợ độ cao không?"),
    ("Are you scared of heights?", "Bạn có sợ độ cao không?"),
    ("Is he afraid of anything?", "Anh ấy có sợ gì không?"),
    # v8: "Bạn sợ hãi là gì?"
    ("What are you afraid of?", "Bạn sợ gì?"),
    ("What are you scared of?", "Bạn sợ gì?"),
    ("What's she scared of?", "Cô ấy sợ gì?"),
    ("What is your brother most afraid of?", "Anh trai bạn sợ gì nhất?"),
    # v8: "Đừng ngại." (don't be shy), "Không có gì sợ cả."
    ("Don't be afraid.", "Đừng sợ."),
    ("Don't be scared.", "Đừng sợ."),
    ("Don't be scared of the dark!", "Đừng sợ bóng tối!"),
    ("There's nothing to be afraid of.", "Không có gì phải sợ cả."),
    ("Nothing to be afraid of.", "Không có gì phải sợ cả."),
    # not: "I'm afraid (that) …" and "I'm afraid so" (sorry, but: mt/agreeing.py's), "be" not agreeing, "anything"
    # said, the speaker asking, a thing not known, the past, "very terrified", "anymore" without "not"
    ("I'm afraid that I can't come.", None), ("I'm afraid I can't.", None), ("I'm afraid so.", None),
    ("She are afraid of dogs.", None), ("My mother are afraid of mice.", None), ("I'm afraid of anything.", None),
    ("Am I afraid of dogs?", None), ("I'm afraid of the dog next door.", None), ("I was afraid of the dark.", None),
    ("I'm very terrified of spiders.", None), ("I'm afraid of the dark anymore.", None),
    ("Are you afraid of dogs.", None), ("Is you afraid of dogs?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
