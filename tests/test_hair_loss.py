"""Hair going, greying or shaved off: going bald, going grey, a lot of grey hair, hair falling out, a head shaved, a
grey hair found, both ways (mt/hair_loss.py)."""
import pytest

from mt.hair_loss import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I started balding.", "I'm balding.", "He was balded.", "My grandfather was first bald."
    ("Bố tôi bắt đầu hói.", "My father is going bald."),
    ("Bố tôi đang bị hói.", "My father is going bald."),
    ("Anh ấy bắt đầu hói đầu.", "He's going bald."),
    ("Bác Hùng bắt đầu hói.", "Uncle Hung is going bald."),
    ("Bố tôi bắt đầu hói rồi.", "My father has started to go bald."),
    ("Bạn có đang bị hói không?", "Are you going bald?"),
    ("Anh có bắt đầu hói không?", "Are you going bald?"),
    ("Ông tôi hói đầu rồi.", "My grandfather has gone bald."),
    ("Anh ấy bị hói đầu.", "He's bald."),
    # v8: "My hair began to silver.", "My mother began to silver.", "Her hair was much silver.", "My mother was much
    # silver.", "She has many silver hairs."
    ("Tóc tôi bắt đầu bạc.", "My hair is going grey."),
    ("Tóc mẹ tôi bắt đầu bạc.", "My mother's hair is going grey."),
    ("Tóc của bạn có bắt đầu bạc không?", "Is your hair going grey?"),
    ("Tóc tôi bắt đầu bạc rồi.", "My hair has started to go grey."),
    ("Tóc cô ấy bạc nhiều rồi.", "Her hair has gone very grey."),
    ("Cô ấy có nhiều tóc bạc.", "She has a lot of grey hair."),
    ("Mẹ tôi tóc bạc nhiều.", "My mother has a lot of grey hair."),
    ("Bạn có nhiều tóc bạc không?", "Do you have a lot of grey hair?"),
    ("Tôi bắt đầu có tóc bạc.", "I'm starting to get grey hairs."),
    # v8: "My hair is thin.", "My hair is too much thin.", "Are you ovulation?", "This rice is a lot of hair loss."
    ("Tóc tôi bị rụng.", "My hair is falling out."),
    ("Tôi bị rụng tóc.", "My hair is falling out."),
    ("Tóc tôi rụng nhiều quá.", "My hair is falling out a lot."),
    ("Lan bị rụng tóc.", "Lan's hair is falling out."),
    ("Tóc bạn có bị rụng không?", "Is your hair falling out?"),
    ("Bạn có bị rụng tóc không?", "Is your hair falling out?"),
    ("Dạo này tôi bị rụng tóc nhiều.", "My hair has been falling out a lot lately."),
    ("Tại sao tóc tôi rụng nhiều thế?", "Why is my hair falling out so much?"),
    ("Tóc mẹ tôi bắt đầu rụng.", "My mother's hair is starting to fall out."),
    # v8: "He shameed his head.", "He was insisted.", "He lets it go to the corn.", "I have a criticis."
    ("Anh ấy cạo trọc đầu.", "He shaved his head."),
    ("Anh ấy vừa cạo trọc đầu.", "He just shaved his head."),
    ("Bố tôi cạo đầu rồi.", "My father has shaved his head."),
    ("Cô ấy sẽ cạo trọc đầu.", "She's going to shave her head."),
    ("Tôi muốn cạo trọc đầu.", "I want to shave my head."),
    ("Họ cạo trọc đầu.", "They shaved their heads."),
    ("Anh ấy để đầu trọc.", "He has a shaved head."),
    ("Bố tôi có cái đầu trọc.", "My father has a shaved head."),
    # v8: "She found a silver hair.", "I've seen a silver hair."
    ("Cô ấy tìm thấy một sợi tóc bạc.", "She found a grey hair."),
    ("Tôi vừa thấy một sợi tóc bạc.", "I just found a grey hair."),
    ("Tôi vừa tìm thấy sợi tóc bạc đầu tiên.", "I just found my first grey hair."),
    # not: bald or grey plain (mt/features.py's), "anh" alone saying it (the speaker?), a name alone with his or her
    # head, "cạo đầu" with no word of tense (a habit?), "thấy" without "vừa" (saw?), a pet's fur, "Sao" said, "có"
    # without "không", a beard (mt/makeup.py's), a haircut (mt/haircuts.py's), money and leaves ("bạc", "rụng")
    ("Tóc tôi bị rụng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ấy bị hói.", None), ("Anh ấy hói đầu.", None), ("Tóc tôi bạc rồi.", None), ("Anh bắt đầu hói.", None),
    ("Tóc anh bị rụng.", None), ("Lan cạo trọc đầu.", None), ("Anh ấy cạo đầu.", None),
    ("Tôi thấy một sợi tóc bạc.", None), ("Tôi đã thấy một sợi tóc bạc.", None),
    ("Con chó của tôi bị rụng tóc.", None), ("Sao tóc tôi rụng nhiều.", None),
    ("Tóc tôi có rụng.", None), ("Bố tôi vừa cạo râu.", None), ("Tôi vừa cắt tóc.", None),
    ("Tóc tôi bắt đầu rụng nhiều.", None), ("Lan tìm thấy sợi tóc bạc đầu tiên.", None),
    ("Tôi có nhiều tiền bạc.", None), ("Lá cây rụng nhiều quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cha tôi đang đi hói.", "Anh ta đang đi hói." (walking bald), "Anh ấy có hói không?"
    ("My father is going bald.", "Bố tôi bắt đầu hói."),
    ("He's going bald.", "Anh ấy bắt đầu hói."),
    ("He's balding.", "Anh ấy bắt đầu hói."),
    ("Is he going bald?", "Anh ấy có đang bị hói không?"),
    ("My grandfather has gone bald.", "Ông tôi bị hói rồi."),
    ("He has a bald head.", "Anh ấy bị hói đầu."),
    # v8: "Tóc của tôi đang rụng tóc." (falling out), "Tóc của tôi đang mọc lông tơ.", "Tóc của tôi đi xám.", "Mẹ tôi
    # đang tỏ ra vui vẻ.", "Tôi sẽ grey.", "Cô ấy có nhiều mái tóc." (grey lost)
    ("My hair is going grey.", "Tóc tôi bắt đầu bạc."),
    ("My hair is turning grey.", "Tóc tôi bắt đầu bạc."),
    ("My hair is going gray.", "Tóc tôi bắt đầu bạc."),
    ("My mother is going grey.", "Tóc mẹ tôi bắt đầu bạc."),
    ("I'm going grey.", "Tóc tôi bắt đầu bạc."),
    ("Is your hair going grey?", "Tóc bạn có bắt đầu bạc không?"),
    ("My hair has gone very grey.", "Tóc tôi bạc nhiều rồi."),
    ("She has a lot of grey hair.", "Cô ấy có nhiều tóc bạc."),
    ("She's got lots of gray hair.", "Cô ấy có nhiều tóc bạc."),
    ("Does he have lots of grey hair?", "Anh ấy có nhiều tóc bạc không?"),
    ("I'm starting to get grey hairs.", "Tôi bắt đầu có tóc bạc."),
    # v8: "Tóc của tôi rụng tóc.", "Tóc tóc rụng." (whose lost)
    ("My hair is falling out.", "Tóc tôi bị rụng."),
    ("Her hair is falling out.", "Tóc cô ấy bị rụng."),
    ("Lan's hair is falling out a lot.", "Tóc Lan rụng nhiều."),
    ("Is your hair falling out?", "Tóc bạn có bị rụng không?"),
    ("Why is my hair falling out so much?", "Sao tóc tôi rụng nhiều thế?"),
    ("My hair has been falling out a lot lately.", "Dạo này tóc tôi rụng nhiều."),
    ("My hair is starting to fall out.", "Tóc tôi bắt đầu rụng."),
    ("He's losing his hair.", "Anh ấy bị rụng tóc."),
    ("My father is losing his hair.", "Bố tôi bị rụng tóc."),
    # v8: "Anh ấy rót đầu." (poured), "Anh ấy đã rót đầu.", "Họ rót đầu mình.", "Anh ta vừa lén đầu."
    ("He shaved his head.", "Anh ấy cạo trọc đầu."),
    ("He's shaved his head.", "Anh ấy đã cạo trọc đầu."),
    ("She's just shaved her head.", "Cô ấy vừa cạo trọc đầu."),
    ("He's going to shave his head.", "Anh ấy sẽ cạo trọc đầu."),
    ("I want to shave my head.", "Tôi muốn cạo trọc đầu."),
    ("They shaved their heads.", "Họ cạo trọc đầu."),
    ("He has a shaved head.", "Anh ấy để đầu trọc."),
    # v8: "Cô ấy tìm thấy một mái tóc." (grey lost), "Tôi tìm thấy một sợi lông tơ."
    ("She found a grey hair.", "Cô ấy tìm thấy một sợi tóc bạc."),
    ("I've found a grey hair.", "Tôi đã tìm thấy một sợi tóc bạc."),
    ("I just found my first grey hair.", "Tôi vừa tìm thấy sợi tóc bạc đầu tiên."),
    # not: the verb not agreeing with who, another's hair or head, "heads" of one, bald or grey plain
    # (mt/features.py's), a pet, a beard shaved (mt/makeup.py's), a haircut (mt/haircuts.py's), "lately" with "is"
    ("He are going bald.", None), ("She have a lot of grey hair.", None), ("I has gone bald.", None),
    ("He want to shave his head.", None), ("He shaved her head.", None), ("He shaved his heads.", None),
    ("He's losing my hair.", None), ("She found my first grey hair.", None), ("He's bald.", None),
    ("My hair is grey.", None), ("He has grey hair.", None), ("My dog's hair is falling out.", None),
    ("He shaved.", None), ("I just got a haircut.", None), ("My hair is falling out lately.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
