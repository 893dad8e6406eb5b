"""Blushing and being embarrassed: who blushes, is blushing or has gone red, who is, was or gets embarrassed, feels
awkward or is ashamed of themselves, and "Don't be embarrassed!", both ways (mt/blushing.py)."""
import pytest

from mt.blushing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He or red face.", "My son or red face when talking to her daughter.", "Are you red or red?", "When I was
    # red."
    ("Anh ấy hay đỏ mặt.", "He blushes easily."),
    ("Cô ấy dễ đỏ mặt.", "She blushes easily."),
    ("Con trai tôi rất hay đỏ mặt.", "My son blushes very easily."),
    ("Lan thường đỏ mặt.", "Lan often blushes."),
    ("Con trai tôi hay đỏ mặt khi nói chuyện với con gái.", "My son often blushes when he talks to girls."),
    ("Em gái tôi dễ đỏ mặt khi được khen.", "My sister blushes easily when praised."),
    ("Tôi hay đỏ mặt khi nói trước đám đông.", "I often blush when I speak in public."),
    ("Lan hay đỏ mặt khi nói chuyện với con trai.", "Lan often blushes when talking to boys."),
    ("Bạn có hay đỏ mặt không?", "Do you blush easily?"),
    ("Tôi không hay đỏ mặt.", "I don't blush easily."),
    ("Hồi nhỏ tôi hay đỏ mặt.", "As a child, I blushed easily."),
    ("Hồi nhỏ bạn có hay đỏ mặt không?", "Did you blush easily as a child?"),
    # v8: "Are you red?", "She is red.", "She was red.", "Why are you red?"
    ("Bạn đang đỏ mặt à?", "Are you blushing?"),
    ("Cô ấy đang đỏ mặt.", "She's blushing."),
    ("Cô ấy đỏ mặt rồi.", "She's gone red."),
    ("Họ đỏ mặt rồi.", "They've gone red."),
    ("Anh ấy đã đỏ mặt khi được khen.", "He went red when praised."),
    ("Sao bạn đỏ mặt thế?", "Why are you blushing?"),
    ("Sao anh ấy lại đỏ mặt vậy?", "Why is he blushing?"),
    # v8: "I'm shame.", "I'm very shame.", "I'm a little concess.", "Are you shame?", "I don't shame.", "Yesterday, I
    # was shame.", "That time I was so shame."
    ("Tôi xấu hổ quá.", "I'm so embarrassed."),
    ("Tôi rất xấu hổ.", "I'm very embarrassed."),
    ("Tôi thấy hơi ngượng.", "I feel a bit embarrassed."),
    ("Chúng tôi xấu hổ lắm.", "We're really embarrassed."),
    ("Bạn có xấu hổ không?", "Are you embarrassed?"),
    ("Bạn xấu hổ à?", "Are you embarrassed?"),
    ("Tôi không xấu hổ.", "I'm not embarrassed."),
    ("Tôi đã rất xấu hổ.", "I was very embarrassed."),
    ("Mẹ tôi đã xấu hổ quá.", "My mother was so embarrassed."),
    ("Hôm qua tôi xấu hổ lắm.", "I was really embarrassed yesterday."),
    ("Lúc đó tôi xấu hổ quá.", "I was so embarrassed at the time."),
    ("Hôm qua bạn có xấu hổ không?", "Were you embarrassed yesterday?"),
    # v8: "She is very shame.", "My daughter or embarrassed.", "My little one is shame."
    ("Cô ấy rất hay xấu hổ.", "She gets embarrassed very easily."),
    ("Họ dễ xấu hổ.", "They get embarrassed easily."),
    ("Bạn có hay xấu hổ không?", "Do you get embarrassed easily?"),
    ("Anh ấy không hay xấu hổ.", "He doesn't get embarrassed easily."),
    ("Hồi nhỏ tôi rất hay xấu hổ.", "As a child, I got embarrassed very easily."),
    ("Tôi hay xấu hổ khi được khen.", "I often get embarrassed when praised."),
    # v8: "I'm glanced.", "I feel embarrased.", "I found shy."
    ("Tôi thấy ngại quá.", "I feel so awkward."),
    ("Tôi cảm thấy ngượng ngùng.", "I feel awkward."),
    ("Tôi thấy rất xấu hổ.", "I feel very embarrassed."),
    ("Bạn có thấy ngại không?", "Do you feel awkward?"),
    ("Tôi không thấy ngại.", "I don't feel awkward."),
    ("Hôm qua tôi thấy ngại lắm.", "I felt really awkward yesterday."),
    ("Tôi hay thấy ngại khi nói chuyện với con gái.", "I often feel awkward when I talk to girls."),
    ("Tôi hay thấy ngại.", "I often feel awkward."),
    # v8: "I shame about myself.", "He's very shame about himself."
    ("Tôi xấu hổ về bản thân.", "I'm ashamed of myself."),
    ("Anh ấy rất xấu hổ về bản thân mình.", "He's very ashamed of himself."),
    ("Mẹ tôi xấu hổ về bản thân mình.", "My mother is ashamed of herself."),
    ("Bạn nên xấu hổ về bản thân mình!", "You should be ashamed of yourself!"),
    # v8: "Don't shame!", "Nothing to be shame."
    ("Đừng xấu hổ!", "Don't be embarrassed!"),
    ("Bạn đừng ngượng nhé.", "Don't be embarrassed."),
    ("Đừng đỏ mặt.", "Don't blush."),
    ("Không có gì phải xấu hổ cả.", "There's nothing to be embarrassed about."),
    # not: a bare "đỏ mặt" (now, or then?) and "đỏ mặt khi …" without a habit word, a red face (heat, drink: "Mặt anh
    # ấy đỏ."), "làm … xấu hổ", ashamed of another, "ngại" without "thấy" (reluctant?), "Đừng ngại." (mt/fears.py), a
    # "?" on a statement, "có" without "không", asked of oneself, "anh" saying it, a pet, "nhỉ", a name's "himself",
    # "không" with how much, "rất" and "quá" both, "rồi" on a habit, English
    ("Anh ấy đỏ mặt.", None), ("Tôi đỏ mặt khi nói chuyện với con gái.", None), ("Mặt anh ấy đỏ.", None),
    ("Anh ấy đỏ mặt vì rượu.", None), ("Cô ấy làm tôi xấu hổ.", None), ("Tôi xấu hổ về con trai tôi.", None),
    ("Anh ấy rất ngượng.", None), ("Lan ngượng quá.", None), ("Cô ấy có ngượng không?", None),
    ("Con gái tôi hay ngượng.", None),  # (shy or embarrassed? Tatoeba: "Anh ấy rất ngượng." ↔ "He's very shy.")
    ("Tôi ngại quá.", None), ("Đừng ngại!", None), ("Tôi xấu hổ quá?", None), ("Bạn có xấu hổ.", None),
    ("Tôi có xấu hổ không?", None), ("Anh xấu hổ quá.", None), ("Con chó của tôi hay xấu hổ.", None),
    ("Cô ấy hay xấu hổ nhỉ?", None), ("Lan xấu hổ về bản thân.", None), ("Tôi không rất xấu hổ.", None),
    ("Tôi rất xấu hổ quá.", None), ("Cô ấy hay đỏ mặt rồi.", None), ("Bạn có đỏ mặt không?", None),
    ("Sao bạn đỏ mặt?", None), ("Bạn không xấu hổ à?", None), ("Tôi đã không xấu hổ.", None),
    ("I'm so embarrassed.", None), ("Tôi dễ thấy ngại.", None), ("Con tôi xấu hổ về bản thân mình.", None),
    ("Mẹ tôi đang đỏ mặt kìa.", None), ("Tôi rất hay đỏ mặt khi được khen.", None),
    # "lắm" asked is "very" ("Are you really embarrassed?" doubts it), "quá" asked (too? so?) is left
    ("Bạn có xấu hổ lắm không?", "Are you very embarrassed?"), ("Bạn thấy ngại lắm à?", "Do you feel very awkward?"),
    ("Hôm qua bạn có xấu hổ lắm không?", "Were you very embarrassed yesterday?"),
    ("Bạn có xấu hổ về bản thân lắm không?", "Are you very ashamed of yourself?"),
    ("Bạn có xấu hổ quá không?", None), ("Bạn xấu hổ quá à?", None), ("Bạn có thấy ngại quá không?", None),
    ("Hôm qua bạn có thấy xấu hổ quá không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy cúi dễ dàng." (bows), "Bạn có bẹp dễ dàng không?", "Tôi không làm cho nó dễ dàng.", "Con trai tôi
    # bực dọc khi anh ấy nói chuyện với cô gái.", "Cô ấy cúi khi khen ngợi.", "Khi một đứa trẻ, tôi cúi một cách dễ
    # dàng."
    ("He blushes easily.", "Anh ấy hay đỏ mặt."),
    ("He often blushes.", "Anh ấy hay đỏ mặt."),
    ("My son blushes very easily.", "Con trai tôi rất hay đỏ mặt."),
    ("My son blushes when he talks to girls.", "Con trai tôi đỏ mặt khi nói chuyện với con gái."),
    ("She blushes when praised.", "Cô ấy đỏ mặt khi được khen."),
    ("Lan blushes when talking to boys.", "Lan đỏ mặt khi nói chuyện với con trai."),
    ("Do you blush easily?", "Bạn có hay đỏ mặt không?"),
    ("I don't blush easily.", "Tôi không hay đỏ mặt."),
    ("As a child, I blushed easily.", "Hồi nhỏ tôi hay đỏ mặt."),
    ("Did you blush easily as a child?", "Hồi nhỏ bạn có hay đỏ mặt không?"),
    # v8: "Cô ấy đi đỏ.", "Bạn đang la hét không?" (shouting), "Anh ấy đang la hét.", "Tại sao bạn lại la hét?"
    ("He blushed.", "Anh ấy đã đỏ mặt."),
    ("She blushed when she talked to boys.", "Cô ấy đã đỏ mặt khi nói chuyện với con trai."),
    ("She went red.", "Cô ấy đã đỏ mặt."),
    ("My daughter turned red.", "Con gái tôi đã đỏ mặt."),
    ("She's gone red.", "Cô ấy đỏ mặt rồi."),
    ("They've gone red.", "Họ đỏ mặt rồi."),
    ("He's blushing.", "Anh ấy đang đỏ mặt."),
    ("My mother is blushing.", "Mẹ tôi đang đỏ mặt."),
    ("Are you blushing?", "Bạn đang đỏ mặt à?"),
    ("Is she blushing?", "Cô ấy đang đỏ mặt à?"),
    ("Why are you blushing?", "Sao bạn lại đỏ mặt thế?"),
    ("Why is he blushing?", "Sao anh ấy lại đỏ mặt thế?"),
    # v8: "Tôi rất bối rối." (confused), "Tôi hơi bối rối.", "Bạn có bối rối không?", "Tôi không bối rối."
    ("I'm so embarrassed.", "Tôi xấu hổ quá."),
    ("I'm very embarrassed.", "Tôi rất xấu hổ."),
    ("I'm a bit embarrassed.", "Tôi hơi xấu hổ."),
    ("We're really embarrassed.", "Chúng tôi xấu hổ lắm."),
    ("I'm embarrassed.", "Tôi xấu hổ."),
    ("Are you embarrassed?", "Bạn có xấu hổ không?"),
    ("Is your sister embarrassed?", "Em gái bạn có xấu hổ không?"),
    ("I'm not embarrassed.", "Tôi không xấu hổ."),
    ("I was so embarrassed.", "Tôi đã rất xấu hổ."),
    ("My father was very embarrassed.", "Bố tôi đã rất xấu hổ."),
    ("I was embarrassed yesterday.", "Hôm qua tôi xấu hổ."),
    ("Were you embarrassed yesterday?", "Hôm qua bạn có xấu hổ không?"),
    # v8: "Cô ấy bị bối rối rất dễ.", "Con gái của tôi bị bối rối dễ dàng.", "Chị của tôi dễ bối rối."
    ("She gets embarrassed very easily.", "Cô ấy rất hay xấu hổ."),
    ("My daughter gets embarrassed easily.", "Con gái tôi hay xấu hổ."),
    ("Do you get embarrassed easily?", "Bạn có hay xấu hổ không?"),
    ("He doesn't get embarrassed easily.", "Anh ấy không hay xấu hổ."),
    ("My sister is easily embarrassed.", "Em gái tôi hay xấu hổ."),
    ("Is he easily embarrassed?", "Anh ấy có hay xấu hổ không?"),
    ("As a child, I was very easily embarrassed.", "Hồi nhỏ tôi rất hay xấu hổ."),
    # v8: "Tôi cảm thấy nghẹn." (choked), "Tôi cảm thấy nhẹ nhõm." (relieved), "Bạn có cảm giác bối rối không?"
    ("I feel awkward.", "Tôi thấy ngại."),
    ("I feel so awkward.", "Tôi thấy ngại quá."),
    ("Do you feel embarrassed?", "Bạn có thấy xấu hổ không?"),
    ("She doesn't feel awkward.", "Cô ấy không thấy ngại."),
    ("I felt so awkward.", "Tôi đã thấy rất ngại."),
    ("I felt awkward at the time.", "Lúc đó tôi thấy ngại."),
    ("I often feel awkward when I talk to girls.", "Tôi hay thấy ngại khi nói chuyện với con gái."),
    # v8: "Tôi rất xấu hổ.", "Anh ta rất xấu hổ về chính mình.", "Bạn nên tự làm mình xấu đi!"
    ("I'm ashamed of myself.", "Tôi xấu hổ về bản thân mình."),
    ("He's very ashamed of himself.", "Anh ấy rất xấu hổ về bản thân mình."),
    ("Lan is ashamed of herself.", "Lan xấu hổ về bản thân mình."),
    ("You should be ashamed of yourself!", "Bạn nên xấu hổ về bản thân mình!"),
    # v8: "Đừng ngượng!", "Không có gì để bối rối gì cả."
    ("Don't be embarrassed!", "Đừng xấu hổ!"),
    ("Don't be ashamed.", "Đừng xấu hổ."),
    ("Don't blush!", "Đừng đỏ mặt!"),
    ("There's nothing to be embarrassed about.", "Không có gì phải xấu hổ cả."),
    ("There is nothing to be ashamed of.", "Không có gì phải xấu hổ cả."),
    # not: the verb not agreeing with who ("He blush", "Do she", "She are", "She have"), "when" of another ("My son …
    # when she talks"), or in another tense, a bare "He blushes." or "I don't blush.", an unplaced past habit ("He
    # blushed easily."), "often" and "easily" both, a thing embarrassing, a red face or light, bare "ashamed",
    # ashamed of another, a reflexive not who's, a pet, asked of oneself, a "?" on a statement, "not very",
    # "Were you …?" with no day (when?), a past "not" with no day, Vietnamese
    ("He blush easily.", None), ("Do she blush easily?", None), ("She are blushing.", None),
    ("She have gone red.", None), ("My son blushes when she talks to girls.", None),
    ("He blushed when he talks to girls.", None), ("He blushes.", None), ("I don't blush.", None),
    ("He blushed easily.", None), ("He often blushes easily.", None), ("This is embarrassing.", None),
    ("How embarrassing!", None), ("My face is red.", None), ("The light went red.", None), ("I'm ashamed.", None),
    ("I'm ashamed of you.", None), ("She's ashamed of himself.", None), ("My friend is ashamed of himself.", None),
    ("My dog is embarrassed.", None), ("My dog blushes easily.", None), ("Am I embarrassed?", None),
    ("Am I blushing?", None), ("I'm embarrassed?", None), ("I'm not very embarrassed.", None),
    ("Were you embarrassed?", None), ("I wasn't embarrassed.", None), ("Why are you blushing.", None),
    ("She was easily embarrassed.", None), ("As a child, I blushed.", None), ("Tôi xấu hổ quá.", None),
    # "often" asked kept, "quá" and "lắm" after "về bản thân mình", "so" asked (that much?) and "we" asked (chúng ta,
    # or chúng tôi?) left
    ("Do you often feel awkward?", "Bạn có hay thấy ngại không?"),
    ("Does he often feel awkward?", "Anh ấy có hay thấy ngại không?"),
    ("I'm so ashamed of myself.", "Tôi xấu hổ về bản thân mình quá."),
    ("We're really ashamed of ourselves.", "Chúng tôi xấu hổ về bản thân mình lắm."),
    ("Do you feel so awkward?", None), ("Are we embarrassed?", None), ("Are we blushing?", None),
    ("Why are we blushing?", None), ("Do we blush easily?", None), ("Do we feel awkward?", None),
    ("Are we easily embarrassed?", None), ("Were we embarrassed yesterday?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
