"""Animals making their noises, and cats scratching, both ways (mt/animal_noises.py)."""
import pytest

from mt import neighbours, phrasebook
from mt.animal_noises import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The dog kept comforting.", "Why do the dog brew?", "The cat bowed me." ("Con mèo kêu meo meo.")
    ("Con chó cứ sủa.", "The dog keeps barking."),
    ("Con chó cứ sủa mãi.", "The dog keeps barking."),
    ("Mấy con chó cứ sủa mãi.", "The dogs keep barking."),
    ("Con chó nhà hàng xóm cứ sủa.", "The neighbours' dog keeps barking."),
    ("Con mèo cứ kêu meo meo.", "The cat keeps meowing."),
    ("Mèo nhà tôi cứ kêu suốt.", "My cat keeps meowing."),
    ("Con mèo cứ kêu cả đêm.", "The cat kept meowing all night."),
    ("Con chó đang sủa.", "The dog is barking."),
    ("Con chó của tôi sủa suốt đêm.", "My dog barked all night."),
    ("Ếch kêu suốt đêm.", "The frogs croaked all night."),
    ("Sao con chó sủa thế?", "Why is the dog barking?"),
    ("Tại sao con mèo kêu vậy?", "Why is the cat meowing?"),
    ("Sao con chó cứ sủa mãi thế?", "Why does the dog keep barking?"),
    # v8: "Dandruff at 5 a.m. every day.", "The cough was also flew at 5:00.", "It's very soon." ("Chim hót sớm.")
    ("Gà gáy lúc 5 giờ sáng mỗi ngày.", "The rooster crows at 5 a.m. every day."),
    ("Sáng nào gà cũng gáy lúc 5 giờ.", "The rooster crows at 5 a.m. every morning."),
    ("Con gà trống nhà hàng xóm gáy mỗi sáng.", "The neighbours' rooster crows every morning."),
    ("Chim hót sớm.", "The birds sing early."),
    ("Chim hót từ sáng sớm.", "The birds sing early in the morning."),
    ("Đêm nào ếch cũng kêu.", "The frogs croak every night."),
    # v8: "My home didn't pour strangers.", "Do you have a home?" ("Chó nhà bạn có sủa không?")
    ("Chó nhà tôi không sủa người lạ.", "My dog doesn't bark at strangers."),
    ("Con chó của chúng tôi không sủa người lạ.", "Our dog doesn't bark at strangers."),
    ("Chó nhà bạn có sủa không?", "Does your dog bark?"),
    ("Con chó có sủa người lạ không?", "Does the dog bark at strangers?"),
    ("Con chó không bao giờ sủa.", "The dog never barks."),
    ("Chó nhà tôi sủa nhiều lắm.", "My dog barks a lot."),
    ("Mèo của bạn có cào không?", "Does your cat scratch?"),
    # v8: "Teaching urgent to over the night.", "The night's frog urged too.", "The dog breed too."
    ("Ếch kêu to quá vào ban đêm.", "The frogs are so loud at night."),
    ("Ban đêm ếch kêu to quá.", "The frogs are so loud at night."),
    ("Con chó sủa rất to.", "The dog is very loud."),
    # v8: "The cat brought me.", "The cat just hanged me.", "Cats to scratch my son."
    ("Con mèo cào tôi.", "The cat scratched me."),
    ("Con mèo vừa cào tôi.", "The cat just scratched me."),
    ("Mèo cào con trai tôi.", "A cat scratched my son."),
    ("Tôi bị mèo cào.", "I got scratched by a cat."),
    ("Hôm qua mẹ tôi bị mèo cào.", "My mother got scratched by a cat yesterday."),
    # not: the neighbours' dog all night or now (mt/neighbours.py's), "chó" alone (a dog or dogs?), a habit with
    # nothing after the verb (now or always?), a noise not the animal's, "to" alone (big), "anh" alone (the speaker
    # or "you"), a day ahead, a bird scratching, a sofa scratched, bites (mt/bites.py's)
    ("Chim hót sớm nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Chó sủa cả đêm.", None), ("Sao chó sủa thế?", None),
    ("Con chó sủa.", None), ("Con mèo kêu meo meo.", None), ("Con chó kêu.", None), ("Con mèo sủa cả đêm.", None),
    ("Con chó to quá.", None), ("Anh bị mèo cào.", None), ("Con chó cào tôi ngày mai.", None),
    ("Chim cào tôi.", None), ("Con mèo cào ghế sofa.", None), ("Con chó cắn tôi.", None),
    ("Con chó có sủa.", None), ("Con mèo kêu người lạ.", None),
    # not: an animal alone asked why (the general question: why do birds sing?), "không" with nothing after the verb
    # (now, or always?), a clock time without "mỗi", "hằng", "… nào … cũng" (one past night as likely)
    ("Vì sao chim hót?", None), ("Tại sao ếch kêu?", None), ("Vì sao gà gáy?", None), ("Sao chim hót thế?", None),
    ("Con chó không sủa.", None), ("Con mèo không kêu.", None), ("Chim không hót.", None),
    ("Con chó sủa lúc 3 giờ sáng.", None), ("Con chó không sủa lúc 3 giờ sáng.", None),
    ("Vì sao con chim hót?", "Why is the bird singing?"),
    ("Con chó không sủa vào ban đêm.", "The dog doesn't bark at night."),
    ("Con chó sủa lúc 3 giờ sáng mỗi đêm.", "The dog barks at 3 a.m. every night."),
    ("Đêm nào con chó cũng sủa lúc 3 giờ sáng.", "The dog barks at 3 a.m. every night."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con chó vẫn còn barking.", "Tại sao chó đang barking?", "Con mèo vẫn giữ con bò." (keeps a cow)
    ("The dog keeps barking.", "Con chó cứ sủa mãi."),
    ("The dogs keep barking.", "Mấy con chó cứ sủa mãi."),
    ("The cat keeps meowing.", "Con mèo cứ kêu mãi."),
    ("The dog won't stop barking.", "Con chó cứ sủa mãi không thôi."),
    ("The cat kept meowing all night.", "Con mèo cứ kêu suốt đêm."),
    ("The neighbours' dog keeps barking.", "Con chó nhà hàng xóm cứ sủa mãi."),
    ("The dog is barking.", "Con chó đang sủa."),
    ("The birds are singing.", "Chim đang hót."),
    ("Why is the dog barking?", "Sao con chó sủa vậy?"),
    ("Why is the cat meowing?", "Sao con mèo kêu vậy?"),
    ("Why does the dog keep barking?", "Sao con chó cứ sủa mãi vậy?"),
    # v8: "Con chó này thùng cả đêm." (a bin), "Chàng trai lúc 5 giờ sáng mỗi buổi sáng." (a young man)
    ("The dog barked all night.", "Con chó sủa suốt đêm."),
    ("The cat meows all night.", "Con mèo kêu suốt đêm."),
    ("The rooster crows at 5 a.m. every morning.", "Con gà trống gáy lúc 5 giờ sáng mỗi sáng."),
    ("The roosters crow every morning.", "Gà gáy mỗi sáng."),
    ("The birds sing early.", "Chim hót sớm."),
    ("The birds sing early in the morning.", "Chim hót từ sáng sớm."),
    ("Frogs croak at night.", "Ếch kêu vào ban đêm."),
    # v8: "… không thanh thảy ở người lạ.", "Con chó của tôi barks ở người lạ.", "… có bark không?"
    ("Our dog doesn't bark at strangers.", "Con chó của chúng tôi không sủa người lạ."),
    ("My dog barks at strangers.", "Con chó của tôi sủa người lạ."),
    ("Does your dog bark?", "Con chó của bạn có sủa không?"),
    ("Do the birds sing?", "Chim có hót không?"),
    ("The dog never barks.", "Con chó không bao giờ sủa."),
    ("That dog barks a lot.", "Con chó đó sủa nhiều."),
    # v8: "Món ếch quá lớn vào ban đêm." (the frog dish too big)
    ("The frogs are so loud at night.", "Ếch kêu to quá vào ban đêm."),
    ("The dog's so loud.", "Con chó sủa to quá."),
    ("The frogs are very noisy.", "Ếch kêu rất to."),
    # v8: "Con mèo trầy xước tôi.", "Con mèo vừa trầy xước tôi.", "Con mèo của tôi trầy xước con trai tôi." (mine)
    ("The cat scratched me.", "Con mèo cào tôi."),
    ("The cat just scratched me.", "Con mèo vừa cào tôi."),
    ("The cat scratched my son.", "Con mèo cào con trai tôi."),
    ("A cat scratched my son yesterday.", "Hôm qua con trai tôi bị mèo cào."),
    ("I was scratched by a cat.", "Tôi bị mèo cào."),
    ("She got scratched by the neighbours' cat.", "Cô ấy bị con mèo nhà hàng xóm cào."),
    ("Does your cat scratch?", "Con mèo của bạn có cào không?"),
    # not: the verb not agreeing ("The dog keep", "The birds sings", "Does the dog barks?", "The dog are", "I were"),
    # a noise not the animal's, "a dog" but scratching, a habit with nothing after the verb, the neighbours' dog
    # barking all night or now (mt/neighbours.py's), "just" with a day, a day ahead, a sofa scratched
    ("The dog keep barking.", None), ("The dogs keeps barking.", None), ("The birds sings early.", None),
    ("Does the dog barks?", None), ("Do the dog bark?", None), ("The dog are barking.", None),
    ("Why are the dog barking?", None), ("The frogs is loud.", None), ("I were scratched by a cat.", None),
    ("The dog never bark.", None), ("The cat is barking.", None), ("The cat doesn't bark.", None),
    ("A dog barks all night.", None), ("The dog barked.", None), ("The dog bark every night.", None),
    ("The cat just scratched me yesterday.", None), ("The dog scratched me tomorrow.", None),
    ("The bird scratched me.", None), ("My cat scratches the sofa.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src, tgt", [
    ("Chó nhà hàng xóm sủa suốt đêm.", "vi", "en"), ("Chó nhà hàng xóm đang sủa.", "vi", "en"),
    ("Chó nhà hàng xóm sủa mỗi đêm.", "vi", "en"), ("The neighbours' dog barks all night.", "en", "vi"),
    ("The neighbours' dog is barking.", "en", "vi")])
def test_earlier_rules_take_theirs(text, src, tgt):
    # the neighbours' dog barking: mt/neighbours.py, tried first
    said = neighbours.translate(text, src, tgt)
    assert said is not None and phrasebook.translate(text, src, tgt) == said
