"""Tattoos and piercings: who has them, wants one, got one, what one means, who likes them, whether it hurts, both
ways (mt/tattoos.py)."""
import pytest

from mt.tattoos import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Are you any tattoo?", "He had a tattoo.", "He has a tattoo shape at his arm."
    ("Bạn có hình xăm nào không?", "Do you have any tattoos?"),
    ("Bạn có hình xăm không?", "Do you have a tattoo?"),
    ("Anh ấy có hình xăm.", "He has a tattoo."),
    ("Anh ấy có hai hình xăm.", "He has two tattoos."),
    ("Họ có nhiều hình xăm.", "They have lots of tattoos."),
    ("Cô ấy không có hình xăm nào.", "She doesn't have any tattoos."),
    ("Anh ấy có hình xăm trên cả hai cánh tay.", "He has tattoos on both arms."),
    ("Anh ấy có hình xăm ở cánh tay.", "He has a tattoo on his arm."),
    ("Tôi có hình xăm trên lưng.", "I have a tattoo on my back."),
    ("Bác Hùng có hình xăm trên vai.", "Uncle Hung has a tattoo on his shoulder."),
    ("Lan có hình xăm trên cả hai chân.", "Lan has tattoos on both legs."),
    ("Bạn có hình xăm trên lưng không?", "Do you have a tattoo on your back?"),
    # v8: "He wore advice.", "He has advised the nose.", "Do you recommend?"
    ("Anh ấy đeo khuyên mũi.", "He wears a nose ring."),
    ("Anh ấy có khuyên mũi.", "He has a nose ring."),
    ("Anh ấy đeo khuyên tai.", "He wears an earring."),
    ("Anh ấy có đeo khuyên mũi không?", "Does he wear a nose ring?"),
    ("Cô ấy không đeo khuyên tai.", "She doesn't wear an earring."),
    ("Bạn có xỏ khuyên không?", "Do you have any piercings?"),
    ("Bạn có bấm lỗ tai không?", "Do you have pierced ears?"),
    # v8: "She wanted to go.", "She wanted to tattoo.", "My sister wants the nose to advise."
    ("Cô ấy muốn đi xăm.", "She wants to get a tattoo."),
    ("Cô ấy muốn xăm hình.", "She wants to get a tattoo."),
    ("Bạn có muốn đi xăm không?", "Do you want to get a tattoo?"),
    ("Tôi không muốn xăm hình.", "I don't want to get a tattoo."),
    ("Tôi muốn xăm thêm một hình xăm.", "I want to get another tattoo."),
    ("Em gái tôi muốn xăm hình trên vai.", "My sister wants to get a tattoo on her shoulder."),
    ("Em gái tôi muốn xỏ khuyên mũi.", "My sister wants to get her nose pierced."),
    ("Bạn có muốn bấm lỗ tai không?", "Do you want to get your ears pierced?"),
    # v8: "She advised the ear.", "She pressed the ear.", "I was getting a ham.", "I was getting a tattoo."
    ("Cô ấy xỏ khuyên tai.", "She got her ears pierced."),
    ("Cô ấy đã bấm lỗ tai.", "She got her ears pierced."),
    ("Cô ấy vừa bấm lỗ tai.", "She just got her ears pierced."),
    ("Tôi vừa đi xăm.", "I just got a tattoo."),
    ("Tôi mới xăm hình.", "I just got a tattoo."),
    ("Anh ấy vừa xăm một hình xăm mới.", "He just got a new tattoo."),
    ("Tôi đã xăm hình trên tay.", "I got a tattoo on my arm."),
    # v8: "What does this mean?", "What means your tattoo?", "What means the tattoo?"
    ("Hình xăm này có ý nghĩa gì?", "What does this tattoo mean?"),
    ("Hình xăm của bạn có ý nghĩa gì?", "What does your tattoo mean?"),
    ("Hình xăm đó có nghĩa là gì?", "What does that tattoo mean?"),
    ("Hình xăm của mẹ tôi có nghĩa là gì?", "What does my mother's tattoo mean?"),
    # v8: "My mother didn't like tattoo.", "My mother hate the tattoo.", "Do you like tattoo?"
    ("Mẹ tôi không thích hình xăm.", "My mother doesn't like tattoos."),
    ("Mẹ tôi ghét hình xăm.", "My mother hates tattoos."),
    ("Bạn có thích hình xăm không?", "Do you like tattoos?"),
    ("Tôi không thích xỏ khuyên.", "I don't like piercings."),
    # v8: "Is it a tat?"
    ("Xăm có đau không?", "Does getting a tattoo hurt?"),
    ("Bấm lỗ tai có đau lắm không?", "Does getting your ears pierced hurt a lot?"),
    # not: "anh" saying it (may be the speaker), a name's part (his or her?), a friend's ("bạn tôi": his or her?),
    # a back said twice, "nào" said, "xăm" plain (a tattooist's work?), "đã có" (already has?), where one got it,
    # its looks, a tattoo of a name, asked "chưa", another topic
    ("Cô ấy muốn đi xăm nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh có hình xăm.", None), ("Lan có hình xăm trên lưng.", None), ("Bạn tôi có hình xăm trên vai.", None),
    ("Lan vừa bấm lỗ tai.", None), ("Anh ấy có hình xăm trên hai lưng.", None), ("Anh ấy có hình xăm nào.", None),
    ("Anh ấy xăm hình.", None), ("Tôi đã có hình xăm.", None), ("Bạn xăm hình này ở đâu?", None),
    ("Hình xăm của anh ấy rất đẹp.", None), ("Tôi đã xăm tên mẹ tôi.", None), ("Bạn đã đi xăm chưa?", None),
    ("Cô ấy có xỏ khuyên.", None), ("Tôi vừa cắt tóc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có bị xăm nào không?", "Anh ta có một chiếc máy xăm." (a tattoo machine), "Anh ta có hai cánh tay."
    ("Do you have any tattoos?", "Bạn có hình xăm nào không?"),
    ("Do you have a tattoo?", "Bạn có hình xăm không?"),
    ("He has a tattoo.", "Anh ấy có hình xăm."),
    ("He's got a tattoo.", "Anh ấy có hình xăm."),
    ("I have three tattoos.", "Tôi có ba hình xăm."),
    ("I've got lots of tattoos.", "Tôi có nhiều hình xăm."),
    ("She doesn't have any tattoos.", "Cô ấy không có hình xăm nào."),
    ("He has tattoos on both arms.", "Anh ấy có hình xăm trên cả hai cánh tay."),
    ("She has a tattoo on her back.", "Cô ấy có hình xăm trên lưng."),
    ("My mother has a tattoo on her wrist.", "Mẹ tôi có hình xăm trên cổ tay."),
    ("Lan has a tattoo on her ankle.", "Lan có hình xăm trên mắt cá chân."),
    # v8: "Anh ta có chiếc nhẫn mũi.", "Anh ta bị tai.", "Anh ta mặc một chiếc dây tai.", "… con cú …" (an owl)
    ("He has a nose ring.", "Anh ấy có khuyên mũi."),
    ("He has an earring.", "Anh ấy có khuyên tai."),
    ("He wears an earring.", "Anh ấy đeo khuyên tai."),
    ("He doesn't wear an earring.", "Anh ấy không đeo khuyên tai."),
    ("Does he wear a nose ring?", "Anh ấy có đeo khuyên mũi không?"),
    ("Do you have any piercings?", "Bạn có xỏ khuyên không?"),
    ("She has pierced ears.", "Cô ấy có bấm lỗ tai."),
    # v8: "Cô ấy muốn lấy một chiếc máy xăm.", "Tôi muốn đi mũi của tôi bị hói." (bald)
    ("She wants to get a tattoo.", "Cô ấy muốn đi xăm."),
    ("Would you like to get a tattoo?", "Bạn có muốn đi xăm không?"),
    ("I don't want to get a tattoo.", "Tôi không muốn đi xăm."),
    ("I'd like to get a tattoo on my arm.", "Tôi muốn xăm hình trên cánh tay."),
    ("I'd like to get another tattoo.", "Tôi muốn xăm thêm một hình xăm."),
    ("I want to get my nose pierced.", "Tôi muốn xỏ khuyên mũi."),
    ("She wants to get her ears pierced.", "Cô ấy muốn bấm lỗ tai."),
    # v8: "Cô ấy bị hói tai." (bald ears), "Tôi chỉ có một chiếc máy xăm.", "Tôi có một chiếc máy mới."
    ("She got her ears pierced.", "Cô ấy đã bấm lỗ tai."),
    ("She's just got her ears pierced.", "Cô ấy vừa bấm lỗ tai."),
    ("My mother got her ears pierced.", "Mẹ tôi đã bấm lỗ tai."),
    ("I just got a tattoo.", "Tôi vừa đi xăm."),
    ("I got a new tattoo.", "Tôi đã xăm một hình xăm mới."),
    ("I got a tattoo on my arm.", "Tôi đã xăm hình trên cánh tay."),
    # v8: "Có nghĩa là gì?", "Có nghĩa là tattoo của bạn là gì?"
    ("What does this tattoo mean?", "Hình xăm này có ý nghĩa gì?"),
    ("What does your tattoo mean?", "Hình xăm của bạn có ý nghĩa gì?"),
    ("What does Lan's tattoo mean?", "Hình xăm của Lan có ý nghĩa gì?"),
    # v8: "Tôi ghét mẹ của tôi." (I hate my mother), "Mẹ tôi không thích xăm mình."
    ("My mother hates tattoos.", "Mẹ tôi ghét hình xăm."),
    ("My mother doesn't like tattoos.", "Mẹ tôi không thích hình xăm."),
    ("Does your mother like tattoos?", "Mẹ bạn có thích hình xăm không?"),
    # v8: "Có phải bị tổn thương không?"
    ("Does getting a tattoo hurt?", "Xăm hình có đau không?"),
    ("Does it hurt to get your ears pierced?", "Bấm lỗ tai có đau không?"),
    # not: the verb not agreeing ("She have", "Does she has", "He want", "She like"), "an tattoo", "tattoo" alone,
    # another's part ("on his back" of hers), one part as two, "any" said, "Do you like to get" (not "want"),
    # "I've got a tattoo" read as got (it is had: _have_vi's), "had" a tattoo, someone else's ears, matching tattoos,
    # where one got it, "Did it hurt?"
    ("She have a tattoo.", None), ("Does she has a tattoo?", None), ("He want to get a tattoo.", None),
    ("She like tattoos.", None), ("He has an tattoo.", None), ("He has tattoo.", None),
    ("She has a tattoo on his back.", None), ("She has a tattoo on her arms.", None),
    ("He has tattoos on both back.", None), ("She has any tattoos.", None), ("Do you like to get a tattoo?", None),
    ("I had a tattoo.", None), ("She got his ears pierced.", None), ("We have matching tattoos.", None),
    ("Where did you get your tattoo?", None), ("Did it hurt?", None), ("My dad won't let me get a tattoo.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
