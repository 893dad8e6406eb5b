"""Laundry: clothes dry or wet, washed, ironed, folded, put in the washing machine, the washing brought in or hung
out, both ways (mt/laundry.py)."""
import pytest

from mt.laundry import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Is it dry?", "Wash the shirt dry.", "The shirt is not dry.", "Has my clothes dry?", "My skin is still wet."
    ("Quần áo khô chưa?", "Are the clothes dry yet?"),
    ("Quần áo đã khô chưa?", "Are the clothes dry yet?"),
    ("Quần áo khô rồi.", "The clothes are dry now."),
    ("Quần áo vẫn còn ướt.", "The clothes are still wet."),
    ("Quần áo vẫn chưa khô.", "The clothes still aren't dry."),
    ("Quần áo chưa khô.", "The clothes aren't dry yet."),
    ("Quần áo có khô không?", "Are the clothes dry?"),
    ("Quần áo của tôi khô chưa?", "Are my clothes dry yet?"),
    ("Áo sơ mi của tôi vẫn còn ướt.", "My shirt is still wet."),
    ("Quần bò của mẹ tôi khô rồi.", "My mother's jeans are dry now."),
    # v8: "Can you store clothes?", "Can you get clothes for me?", "I drew clothes.", "Take clothes to go."
    ("Bạn cất quần áo vào được không?", "Can you bring the washing in?"),
    ("Bạn rút quần áo vào giúp tôi được không?", "Can you bring the washing in for me?"),
    ("Bạn có thể rút quần áo vào không?", "Can you bring the washing in?"),
    ("Tôi đã rút quần áo vào rồi.", "I've already brought the washing in."),
    ("Mẹ tôi đang rút quần áo vào.", "My mother is bringing the washing in."),
    ("Rút quần áo vào đi.", "Bring the washing in."),
    # v8: "Give it to the washcloth.", "Remove clothing into the washcloth.", "I gave clothes to the washcloth."
    ("Cho nó vào máy giặt.", "Put it in the washing machine."),
    ("Bỏ quần áo vào máy giặt đi.", "Put the clothes in the washing machine."),
    ("Tôi cho quần áo vào máy giặt rồi.", "I've already put the clothes in the washing machine."),
    ("Bạn có thể cho nó vào máy giặt không?", "Can you put it in the washing machine?"),
    # v8: "I'm shirting.", "I'm getting my shirt.", "Would you wash my beef?", "Will you wash myjean clothes?"
    ("Tôi đang là áo sơ mi.", "I'm ironing my shirt."),
    ("Tôi đang ủi áo sơ mi của tôi.", "I'm ironing my shirt."),
    ("Mẹ tôi đang là váy.", "My mother is ironing her dress."),
    ("Bạn đã giặt quần bò của tôi chưa?", "Have you washed my jeans yet?"),
    ("Bạn giặt quần jean của tôi chưa?", "Have you washed my jeans yet?"),
    ("Anh ấy đã giặt áo của bạn rồi.", "He's already washed your shirt."),
    ("Tôi đã giặt áo của bạn.", "I washed your shirt."),
    ("Tôi vừa giặt quần bò.", "I've just washed my jeans."),
    ("Tôi chưa ủi áo sơ mi.", "I haven't ironed my shirt yet."),
    ("Tôi sẽ giặt cái váy này.", "I'll wash this dress."),
    ("Bạn giặt áo giúp tôi được không?", "Can you wash my shirt for me?"),
    ("Hãy ủi áo sơ mi đi.", "Iron the shirt."),
    # v8: "I'm folding clothes." (for "rồi", done), "I need to wash my clothes."
    ("Tôi gấp quần áo rồi.", "I've already folded the clothes."),
    ("Bạn gấp quần áo giúp tôi được không?", "Can you fold the clothes for me?"),
    ("Tôi cần giặt quần áo.", "I need to do the laundry."),
    ("Bạn có cần ủi quần áo không?", "Do you need to do the ironing?"),
    # "của mình" (one's own) after who washes or irons is theirs; "my" after "tôi" or "bạn" (the speaker, as friends
    # say "mình"); not said after a name alone (his or hers?)
    ("Anh ấy đã giặt áo của mình rồi.", "He's already washed his shirt."),
    ("Cô ấy đang ủi váy của mình.", "She's ironing her dress."),
    ("Cô ấy đã giặt quần jean của mình chưa?", "Has she washed her jeans yet?"),
    ("Mẹ tôi vừa gấp quần áo của mình.", "My mother has just folded her clothes."),
    ("Họ đang giặt quần áo của mình.", "They're washing their clothes."),
    ("Tôi đang ủi áo sơ mi của mình.", "I'm ironing my shirt."),
    ("Bạn đã giặt quần bò của mình chưa?", "Have you washed my jeans yet?"),
    ("Quần áo khô rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Lan đang ủi váy của mình.", None),
    # not: mt/chores.py's ("phơi quần áo", "phải giặt quần áo"), mt/broken.py's, a plain verb (a habit or now),
    # "anh" alone saying it, "là" as "to be" ("Nó đã là áo của tôi.": it was my shirt; "Là áo sơ mi.": it's a shirt),
    # "nó" dry (paint? hair?), "ướt quá" and "ướt rồi", a name and a thing of their own (his or hers?), asked with "à"
    ("Tôi phơi quần áo rồi.", None), ("Tôi phải giặt quần áo.", None), ("Anh ấy đang giặt quần áo.", None),
    ("Máy giặt bị hỏng.", None), ("Tôi giặt áo.", None), ("Anh đang là áo sơ mi.", None),
    ("Nó đã là áo của tôi.", None), ("Là áo sơ mi.", None), ("Nó khô chưa?", None), ("Quần áo ướt quá.", None),
    ("Quần áo ướt rồi.", None), ("Lan đang là váy.", None), ("Anh đang ủi áo sơ mi à?", None),
    ("Tôi đang rút tiền.", None), ("Cho tôi xem cái áo này.", None), ("Giày của tôi vẫn còn ướt.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Có phải quần áo khô chưa?", "Trang phục khô.", "Việc rửa tay vẫn còn ướt." (washing hands), "Bạn có nên
    # rửa sạch da khô chưa?"
    ("Are the clothes dry yet?", "Quần áo khô chưa?"),
    ("Are the clothes dry?", "Quần áo có khô không?"),
    ("The clothes are dry now.", "Quần áo khô rồi."),
    ("The clothes are still wet.", "Quần áo vẫn còn ướt."),
    ("The clothes aren't dry yet.", "Quần áo chưa khô."),
    ("The clothes still aren't dry.", "Quần áo vẫn chưa khô."),
    ("The washing is still wet.", "Quần áo vẫn còn ướt."),
    ("Is the washing dry yet?", "Quần áo khô chưa?"),
    ("Is my shirt dry yet?", "Áo của tôi khô chưa?"),
    ("My jeans are still wet.", "Quần jean của tôi vẫn còn ướt."),
    # v8: "Tôi aggressive giằng tay.", "Bạn có thể mang khăn mặt không?" (a face towel), "Tôi mang khăn mặt."
    ("I hung the washing out.", "Tôi đã phơi quần áo."),
    ("I've hung the washing out.", "Tôi đã phơi quần áo rồi."),
    ("She's hanging the washing out.", "Cô ấy đang phơi quần áo."),
    ("Can you bring the washing in?", "Bạn có thể rút quần áo vào được không?"),
    ("Could you bring the washing in for me?", "Bạn rút quần áo vào giúp tôi được không?"),
    ("Can you bring in the washing?", "Bạn có thể rút quần áo vào được không?"),
    ("I brought the washing in.", "Tôi đã rút quần áo vào."),
    ("I've already brought the washing in.", "Tôi đã rút quần áo vào rồi."),
    ("Bring the washing in, please.", "Rút quần áo vào đi."),
    # v8: "Tôi cần phải làm laundry.", "Đặt nó vào máy rửa tay." (a hand-washing machine)
    ("I need to do the laundry.", "Tôi cần giặt quần áo."),
    ("She needs to do the ironing.", "Cô ấy cần ủi quần áo."),
    ("Do you need to do the laundry?", "Bạn có cần giặt quần áo không?"),
    ("Put it in the washing machine.", "Cho nó vào máy giặt đi."),
    ("Put the clothes in the washing machine.", "Cho quần áo vào máy giặt đi."),
    ("Have you put the clothes in the washing machine?", "Bạn đã cho quần áo vào máy giặt chưa?"),
    ("He put it in the washing machine.", "Anh ấy đã cho nó vào máy giặt."),
    # v8: "Tôi đang sắt áo." (iron, the metal), "Tôi lấy áo sơ mi của mình.", "Bạn đã rửa quần áo của mình chưa?"
    ("I'm ironing my shirt.", "Tôi đang ủi áo."),
    ("He is ironing his shirt.", "Anh ấy đang ủi áo."),  # (his own: Vietnamese leaves whose out)
    ("He has washed her dress.", "Anh ấy đã giặt váy của cô ấy rồi."),
    ("I ironed my shirt.", "Tôi đã ủi áo."),
    ("She is ironing my dress.", "Cô ấy đang ủi váy của tôi."),
    ("Have you washed my jeans?", "Bạn đã giặt quần jean của tôi chưa?"),
    ("Have you washed my jeans yet?", "Bạn đã giặt quần jean của tôi chưa?"),
    ("Did you wash my jeans?", "Bạn đã giặt quần jean của tôi chưa?"),
    ("Has she washed my jeans?", "Cô ấy đã giặt quần jean của tôi chưa?"),
    ("He's washed my jeans.", "Anh ấy đã giặt quần jean của tôi rồi."),
    ("I haven't ironed my shirt yet.", "Tôi chưa ủi áo."),
    ("I'll wash these jeans.", "Tôi sẽ giặt quần jean này."),
    ("I've just folded the clothes.", "Tôi vừa gấp quần áo."),
    ("Can you iron my shirt for me?", "Bạn ủi áo giúp tôi được không?"),
    ("My mother is washing my father's shirt.", "Mẹ tôi đang giặt áo của bố tôi."),
    # not: "is", "has", "need" or "this" not agreeing, a plain present (a habit), "it" dry, mt/chores.py's ("hang
    # out the washing", "have to do the laundry", "washing the clothes"), mt/broken.py's, "her" of a mother (hers,
    # "bà ấy", or another's?), "I put" (now or then?)
    ("My jeans is still wet.", None), ("The clothes is dry.", None), ("Have she washed my jeans?", None),
    ("She need to do the laundry.", None), ("I'll wash this jeans.", None), ("He's wash my jeans.", None),
    ("I iron my shirt.", None), ("Is it dry yet?", None), ("I hung out the washing.", None),
    ("I have to do the laundry.", None), ("I'm washing the clothes.", None), ("The washing machine is broken.", None),
    ("My mother is ironing her dress.", None), ("Put your shoes in the cupboard.", None),
    ("I put it in the washing machine.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Quần áo khô chưa?", "en", "vi") is None
    assert translate("Are the clothes dry yet?", "vi", "en") is None
    assert translate("Are the clothes dry yet?", "en", "fr") is None
