"""Clothes and shoes mended, altered or made: torn, worn out, a button sewn back on, mended, shortened, taken in,
repaired, an ao dai or a suit made, where, both ways (mt/mending.py)."""
import pytest

from mt.mending import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My tears were spared.", "My shoes were teared.", "My shoes are tricked.", "My shoes were curious.",
    # "My child's Islands was spat.", "My Austrian was knocked out."
    ("Áo của tôi bị rách.", "My shirt is torn."),
    ("Áo tôi bị rách rồi.", "My shirt is torn."),
    ("Giày của tôi bị rách.", "My shoes are torn."),
    ("Giày của tôi bị thủng.", "My shoes have a hole in them."),
    ("Giày của tôi đã mòn rồi.", "My shoes are worn out."),
    ("Quần của con tôi bị rách.", "My child's trousers are torn."),
    ("Áo dài của Lan bị rách một lỗ.", "Lan's ao dai has a hole in it."),
    ("Áo của tôi bị đứt cúc.", "A button has come off my shirt."),
    ("Cái áo này bị thủng.", "This shirt has a hole in it."),
    # v8: "Can you stitch the puppy?", "I need to stitch back this puppy.", "Can you get back a shirt for me?"
    ("Bạn có thể khâu lại cái cúc này không?", "Can you sew this button back on?"),
    ("Bạn có thể đơm lại cúc áo cho tôi không?", "Can you sew the button back on for me?"),
    ("Tôi cần khâu lại cái cúc này.", "I need to sew this button back on."),
    ("Mẹ tôi đã khâu lại cái cúc cho tôi.", "My mother sewed the button back on for me."),
    # v8: "She dressed my jacket.", "She dressed me.", "I was dressed by my jean clothes.", "Can you fix this coat?"
    ("Cô ấy đã vá áo khoác của tôi.", "She mended my jacket."),
    ("Cô ấy đã vá áo khoác cho tôi.", "She mended my jacket for me."),
    ("Tôi vừa vá cái quần jean của tôi.", "I've just mended my jeans."),
    ("Bạn có thể vá cái áo này không?", "Can you mend this shirt?"),
    ("Bạn có thể sửa đôi giày này không?", "Can you repair these shoes?"),
    # v8: "I need to bend this clothes.", "I need to fix this clothes for short.", "Can you go up to this cloth?",
    # "I'd like to brew this dress.", "I had to wear shoes fixed."
    ("Tôi cần lên gấu cái quần này.", "I need to get these trousers shortened."),
    ("Tôi cần sửa cái quần này cho ngắn lại.", "I need to get these trousers shortened."),
    ("Bạn có thể lên gấu quần này không?", "Can you shorten these trousers?"),
    ("Tôi muốn bóp eo cái váy này.", "I'd like to get this dress taken in at the waist."),
    ("Tôi cần sửa giày.", "I need to get my shoes repaired."),
    ("Tôi phải mang giày đi sửa.", "I have to get my shoes repaired."),
    # v8: "I went to ao dai.", "I'll go lucky ao dai.", "I'm putting an ao dai.", "I want to be an estivator.",
    # "I want to be able to measure a nest."
    ("Tôi đi may áo dài.", "I'm having an ao dai made."),
    ("Tôi đang đặt may một chiếc áo dài.", "I'm having an ao dai made."),
    ("Tôi sẽ đi may áo dài.", "I'll have an ao dai made."),
    ("Tôi muốn may một bộ vest.", "I'd like to have a suit made."),
    ("Tôi muốn may đo một bộ vest.", "I'd like to have a suit made to measure."),
    ("Mẹ tôi đã đi may áo dài cho con gái tôi.", "My mother had an ao dai made for my daughter."),
    # v8: "The wife may be giving me an estivator.", "My mother had given me an ao dai."
    ("Thợ may đang may cho tôi một bộ vest.", "The tailor is making me a suit."),
    ("Mẹ tôi đã may cho tôi một chiếc áo dài.", "My mother made me an ao dai."),
    # review: "He made me a suit." ("mới" lost)
    ("Anh ấy đã may cho tôi một bộ vest mới.", "He made me a new suit."),
    ("Tôi muốn may một bộ vest mới.", "I'd like to have a new suit made."),
    # v8: "Where can I fix the shoes?", "Where do you fix the shoe?", "Are there a mechanic?"
    ("Tôi có thể sửa giày ở đâu?", "Where can I get my shoes repaired?"),
    ("Ở đâu sửa giày?", "Where can I get my shoes repaired?"),
    ("Tôi có thể may áo dài ở đâu?", "Where can I get an ao dai made?"),
    ("Gần đây có thợ may không?", "Is there a tailor near here?"),
    # "của mình" (one's own) after who mends is theirs; "my" after "tôi" or "bạn" (the speaker, as friends say
    # "mình"); not said after a name alone (his or hers?) or with "cho tôi" (mending hers for me?)
    ("Cô ấy đã vá áo khoác của mình.", "She mended her jacket."),
    ("Mẹ tôi đang vá quần của mình.", "My mother is mending her trousers."),
    ("Anh ấy vừa sửa giày của mình.", "He's just repaired his shoes."),
    ("Chúng tôi cần sửa giày của mình.", "We need to get our shoes repaired."),
    ("Tôi cần sửa giày của mình.", "I need to get my shoes repaired."),
    ("Bạn có thể vá áo khoác của mình không?", "Can you mend my jacket?"),
    ("Tôi cần sửa giày nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Lan đã vá áo khoác của mình.", None), ("Cô ấy đã vá áo khoác của mình cho tôi.", None),
    # not: a plain verb (now or a habit), "đang may" (sewing it, or having it made?), "I" sewing for someone, "anh"
    # alone (the speaker?), no whose, "sửa" of clothes alone (altered or mended?), shoes shortened, asked without
    # "không", someone else's thing not said, "Where is the tailor?", "có thể" said
    ("Tôi vá áo.", None), ("Tôi đang may áo dài.", None), ("Tôi đang may cho con tôi một cái váy.", None),
    ("Anh cần sửa giày.", None), ("Giày bị rách.", None), ("Tôi cần sửa cái áo này.", None),
    ("Tôi cần lên gấu đôi giày này.", None), ("Bạn có thể vá cái áo này?", None), ("Anh ấy đang vá quần.", None),
    ("Thợ may ở đâu?", None), ("Tôi có thể vá áo.", None), ("Tôi muốn đổi cái áo này.", None),
    # review: "I'm having my shoes repaired." ("đang": repairing them myself now?)
    ("Tôi đang sửa giày.", None), ("Tôi đang lên gấu cái quần này.", None), ("Tôi đang bóp eo cái váy này.", None),
    ("Tôi đang sửa cái quần này cho ngắn lại.", None), ("Bạn đang lên gấu quần.", None),
    # review: "We had a suit made for us." (whom who is: "for ourselves", as mt/tailoring.py says it); not for who
    # but "I" or "we" ("Anh ấy … cho anh ấy": himself, or another man?), "cho mình" but after "tôi" or "bạn" asking
    ("Chúng tôi đã đặt may một bộ vest cho chúng tôi.", "We had a suit made for ourselves."),
    ("Tôi đã đặt may một bộ vest cho tôi.", "I had a suit made for myself."),
    ("Tôi đi may áo dài cho mình.", "I'm having an ao dai made for myself."),
    ("Tôi muốn may một bộ vest cho tôi.", "I'd like to have a suit made for myself."),
    ("Chúng tôi sẽ đi may áo dài cho chúng tôi.", "We'll have an ao dai made for ourselves."),
    ("Tôi đã khâu lại cái cúc cho tôi.", "I sewed the button back on for myself."),
    ("Chúng tôi đi may áo dài cho tôi.", "We're having an ao dai made for me."),
    ("Bạn có thể khâu lại cái cúc cho mình không?", "Can you sew the button back on for me?"),
    ("Anh ấy đã đặt may một bộ vest cho anh ấy.", None), ("Cô ấy đi may áo dài cho cô ấy.", None),
    ("Mẹ tôi đã đi may áo dài cho mẹ tôi.", None), ("Bạn đi may áo dài cho bạn.", None),
    ("Lan đã đặt may áo dài cho Lan.", None), ("Cô ấy đi may áo dài cho mình.", None),
    ("Anh ấy đã đặt may một bộ vest cho mình.", None), ("Bạn đi may áo dài cho mình.", None),
    ("Chúng tôi đã đặt may một bộ vest cho mình.", None), ("Cô ấy đã khâu lại cái cúc cho cô ấy.", None),
    ("Cô ấy đã vá áo khoác cho mình.", None), ("Anh ấy đã lên gấu quần cho anh ấy.", None),
    ("Cô ấy đã may cho cô ấy một bộ vest.", None), ("Anh ấy đã may một bộ vest cho anh ấy.", None),
    ("Mẹ tôi đã may cho mình một chiếc áo dài.", None), ("Bạn đã may cho mình một chiếc áo dài.", None),
    ("Thợ may đang may cho tôi một bộ vest cho anh ấy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chiếc áo của tôi là áo phông.", "Đôi giày của tôi cũng dễ chịu.", "Mjeans của tôi là anh đào.", "Một cái
    # nút đã tắt áo sơ mi."
    ("My shirt is torn.", "Áo của tôi bị rách."),
    ("My shoes are torn.", "Giày của tôi bị rách."),
    ("My jeans are torn.", "Quần jean của tôi bị rách."),
    ("My mother's jacket is torn.", "Áo khoác của mẹ tôi bị rách."),
    ("My shoes are worn out.", "Giày của tôi bị mòn rồi."),
    ("My shoes have a hole in them.", "Giày của tôi bị thủng một lỗ."),
    ("My shirt has a hole in it.", "Áo của tôi bị thủng một lỗ."),
    ("A button has come off my shirt.", "Áo của tôi bị đứt cúc."),
    # v8: "Bạn có thể lấy cái nút này trở lại không?", "Tôi cần kêu gọi cái nút này trở lại."
    ("Can you sew this button back on?", "Bạn có thể khâu lại cái cúc này không?"),
    ("Could you sew the button back on for me?", "Bạn có thể khâu lại cái cúc cho tôi không?"),
    ("I need to sew this button back on.", "Tôi cần khâu lại cái cúc này."),
    # v8: "Cô ấy đành áo khoác của tôi.", "Mẹ tôi đang đàng hoàng cho những kẻ lừa dối của tôi.", "Bạn có thể đàn ông
    # chiếc áo này không?", "Tôi vừa đàn ông trang trang trang trang phục của mình."
    ("She mended my jacket.", "Cô ấy đã vá áo khoác của tôi."),
    ("She mended my jacket for me.", "Cô ấy đã vá áo khoác cho tôi."),
    ("My mother is mending my trousers.", "Mẹ tôi đang vá quần của tôi."),
    ("I've just mended my jeans.", "Tôi vừa vá quần jean."),
    ("Can you mend this shirt?", "Bạn có thể vá cái áo này không?"),
    ("Can you repair these shoes?", "Bạn có thể sửa đôi giày này không?"),
    ("He has just repaired my shoes.", "Anh ấy vừa sửa giày của tôi."),
    # review: "Mẹ tôi đã sửa quần cho ngắn lại cho tôi." (two "cho")
    ("My mother shortened my trousers for me.", "Mẹ tôi đã lên gấu quần cho tôi."),
    ("Can you shorten these trousers for me?", "Bạn có thể lên gấu cái quần này cho tôi không?"),
    # v8: "Tôi cần đến những kẻ lừa dối này.", "Tôi cần phải lấy những chiếc xe tải này.", "Bạn có thể làm ngắn những
    # chiếc xe tải này không?", "Tôi muốn ăn mặc này ở vòng eo.", "Tôi cần có đôi giày sửa chữa."
    ("I need to get these trousers shortened.", "Tôi cần sửa cái quần này cho ngắn lại."),
    ("I need to get these trousers taken in.", "Tôi cần sửa cái quần này cho nhỏ lại."),
    ("Can you shorten these trousers?", "Bạn có thể sửa cái quần này cho ngắn lại không?"),
    ("Can you take this dress in?", "Bạn có thể sửa cái váy này cho nhỏ lại không?"),
    ("I'd like to get this dress taken in at the waist.", "Tôi muốn bóp eo cái váy này."),
    ("I need to get my shoes repaired.", "Tôi cần sửa giày."),
    ("I need to get this shirt altered.", "Tôi cần sửa cái áo này."),
    # v8: "Tôi có áo dài làm.", "Tôi sẽ có áo dài làm.", "Tôi muốn có một chiếc va-li."
    ("I'm having an ao dai made.", "Tôi đang đặt may một chiếc áo dài."),
    ("I'm going to have an ao dai made.", "Tôi sẽ đặt may một chiếc áo dài."),
    ("I'd like to have a suit made.", "Tôi muốn đặt may một bộ vest."),
    ("I had an ao dai made.", "Tôi đã đặt may một chiếc áo dài."),
    # v8: "Earlor đang làm cho tôi một chiếc va-li.", "Mẹ tôi đã làm cho tôi một áo dài."
    ("The tailor is making me a suit.", "Thợ may đang may cho tôi một bộ vest."),
    ("My mother made me an ao dai.", "Mẹ tôi đã may cho tôi một chiếc áo dài."),
    ("Can you make me a suit?", "Bạn có thể may cho tôi một bộ vest không?"),
    # v8: "Tôi có thể lấy đôi giày của tôi sửa chữa ở đâu?", "Có một cửa hiệu ở gần đây không?"
    ("Where can I get my shoes repaired?", "Tôi có thể sửa giày ở đâu?"),
    ("Where can I get an ao dai made?", "Tôi có thể đặt may một chiếc áo dài ở đâu?"),
    ("Is there a tailor near here?", "Gần đây có thợ may không?"),
    # not: bad agreement ("My shoes is", "She have", "I are", "Can you mended", "a ao dai"), clothes repaired or
    # fixed, shoes shortened, "the" torn, a plain present, other topics
    ("My shoes is torn.", None), ("She have mended my jacket.", None), ("I are mending my jeans.", None),
    ("Can you mended this shirt?", None), ("I'm having a ao dai made.", None), ("Can you fix this shirt?", None),
    ("Can you shorten these shoes?", None), ("The shirt is torn.", None), ("She mends my jacket.", None),
    ("My shirt has a hole in them.", None), ("I'd like to return these shoes.", None), ("Take it.", None),
    # review: "sửa … cho … lại" for someone ("cho" twice), but trousers shortened: "lên gấu"
    ("She took my dress in for me.", None), ("She shortened my dress for me.", None),
    # review: "Tôi đang sửa bộ vest.", "Tôi đang lên gấu quần." (altering them myself, as mt/mending.py reads them
    # back); getting it done is said as doing it only by "I", "we", "you", not now nor asked ("Cô ấy đã sửa váy …":
    # she did it herself)
    ("I had my suit altered.", "Tôi đã sửa bộ vest."),
    ("I got my trousers shortened.", "Tôi đã sửa quần cho ngắn lại."),
    ("We had our shoes repaired.", "Chúng tôi đã sửa giày."), ("I'll get my suit altered.", "Tôi sẽ sửa bộ vest."),
    ("I'm going to have my trousers taken up.", "Tôi sẽ lên gấu quần."),
    ("You need to get your shoes repaired.", "Bạn cần sửa giày."),
    ("I'm getting my suit altered.", None), ("I'm getting my trousers taken up.", None),
    ("I am having my shoes repaired.", None), ("We're getting our shoes repaired.", None),
    ("You're getting your shoes repaired.", None), ("I'm having this dress taken in at the waist.", None),
    ("She's getting her dress taken in.", None), ("She is having her trousers shortened.", None),
    ("She had her dress taken in.", None), ("She got her trousers shortened.", None),
    ("My mother had my trousers taken up.", None), ("He has just had his shoes repaired.", None),
    ("They got their shoes fixed.", None), ("She needs to get her shoes repaired.", None),
    ("My mother needs to have her dress taken in.", None), ("Lan got her dress altered.", None),
    ("Can you get my trousers shortened?", None), ("Can you have this dress taken in?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
