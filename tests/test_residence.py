"""Where someone lives now, said or asked, both ways (mt/residence.py)."""
import pytest

from mt import family, phrasebook
from mt.residence import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My parents lived in Hanoi.", "Where did you live?", "Where do you live?" (the sister lost)
    ("Bố mẹ tôi sống ở Hà Nội.", "My parents live in Hanoi."),
    ("Ông bà tôi sống ở quê.", "My grandparents live in the countryside."),
    ("Bạn sống ở đâu?", "Where do you live?"),
    ("Anh sống ở đâu vậy?", "Where do you live?"),
    ("Chị gái bạn sống ở đâu?", "Where does your sister live?"),
    ("Lan sống ở đâu?", "Where does Lan live?"),
    ("Bố mẹ bạn sống ở đâu?", "Where do your parents live?"),
    ("Bây giờ bạn sống ở đâu?", "Where do you live now?"),
    # v8: "Do you live recently?", "She lives with her.", "We live in apart.", "They live here."
    ("Bạn có sống gần đây không?", "Do you live near here?"),
    ("Anh ấy sống với bố mẹ.", "He lives with his parents."),
    ("Anh ấy sống với bố mẹ anh ấy.", "He lives with his parents."),
    ("Cô ấy sống với ông bà.", "She lives with her grandparents."),
    ("Bác Hùng sống với con trai.", "Uncle Hung lives with his son."),
    ("Mẹ tôi sống với chúng tôi.", "My mother lives with us."),
    ("Tôi sống với bạn cùng phòng.", "I live with my roommate."),
    ("Tôi sống cùng bố mẹ ở Hà Nội.", "I live with my parents in Hanoi."),
    ("Tôi sống ở Hà Nội với bố mẹ.", "I live in Hanoi with my parents."),
    ("Chúng tôi sống trong một căn hộ.", "We live in an apartment."),
    ("Chúng tôi sống ở tầng ba.", "We live on the third floor."),
    ("Chúng tôi sống ở tầng 12.", "We live on the 12th floor."),
    ("Họ sống ở nhà bên cạnh.", "They live next door."),
    ("Họ sống ngay cạnh nhà tôi.", "They live next door to me."),
    ("Họ sống xa đây.", "They live far from here."),
    ("Bố mẹ tôi sống ở xa.", "My parents live far away."),
    ("Bố mẹ tôi sống gần Đà Nẵng.", "My parents live near Da Nang."),
    ("Bố mẹ tôi sống một mình.", "My parents live alone."),
    ("Chúng tôi sống cùng nhau ở Hà Nội.", "We live together in Hanoi."),
    ("Tôi sống ở đây.", "I live here."),
    ("Tôi không sống ở Hà Nội.", "I don't live in Hanoi."),
    ("Mẹ tôi không còn sống ở Huế nữa.", "My mother no longer lives in Hue."),
    # v8: "Does he live in Da Nang?" (still lost), "How much do you live in the layer?", "Who's you live with?"
    ("Anh ấy vẫn sống ở Đà Nẵng à?", "Does he still live in Da Nang?"),
    ("Anh ấy có còn sống ở Đà Nẵng không?", "Does he still live in Da Nang?"),
    ("Bạn sống ở Hà Nội à?", "Do you live in Hanoi?"),
    ("Bạn vẫn sống với bố mẹ à?", "Do you still live with your parents?"),
    ("Bạn sống ở tầng mấy?", "What floor do you live on?"),
    ("Bạn sống với ai?", "Who do you live with?"),
    # not: mt/family.py's ("Tôi sống ở Hà Nội.", "Chị tôi sống một mình."), "anh", "em" alone saying it (the speaker
    # or "you"), kin alone whose sex is not known, "với bạn" (you or a friend), still alive, a time lived or to come
    # (mt/origins.py's with a span), "có" asked without "không", "còn" said, "nữa" not denied, "you" together,
    # a place not known, the first floor
    ("Họ sống xa đây nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh sống ở Hà Nội.", None),
    ("Em sống với bố mẹ.", None), ("Lan sống với mẹ.", None), ("Tôi sống với bạn.", None),
    ("Ông tôi còn sống.", None), ("Tôi đã sống ở Hà Nội.", None), ("Tôi sẽ sống ở Hà Nội.", None),
    ("Tôi sống ở Hà Nội được ba năm rồi.", None), ("Bạn có sống ở Hà Nội à?", None),
    ("Tôi còn sống ở Hà Nội.", None), ("Tôi sống ở Hà Nội nữa.", None), ("Bạn sống cùng nhau à?", None),
    ("Tôi sống ở Hà Nội năm 2010.", None), ("Chúng tôi sống ở tầng một.", None), ("Họ sống rất hạnh phúc.", None),
    ("Bạn sống ở đâu à?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bé gái của bạn sống ở đâu?" (a little girl), "Cuộc sống ở đâu?" (life)
    ("Where does your sister live?", "Em gái bạn sống ở đâu?"),
    ("Where do you live?", "Bạn sống ở đâu?"),
    ("Where does Lan live?", "Lan sống ở đâu?"),
    ("Where do your parents live?", "Bố mẹ bạn sống ở đâu?"),
    ("Where do you live now?", "Bây giờ bạn sống ở đâu?"),
    ("My parents live in Hanoi.", "Bố mẹ tôi sống ở Hà Nội."),
    ("I live in Hanoi.", "Tôi sống ở Hà Nội."),
    ("My mother lives in Hue.", "Mẹ tôi sống ở Huế."),
    # v8: "Cô sống với ông bà." (Cô: Miss, or you), "… trong một cái phẳng." (a flat thing), "… trên sàn thứ ba."
    # (the floor underfoot), "Họ sống cửa tiếp theo." (the next door), "Họ sống xa ở đây."
    ("She lives with her grandparents.", "Cô ấy sống với ông bà."),
    ("He lives with his parents.", "Anh ấy sống với bố mẹ."),
    ("She lives with my parents.", "Cô ấy sống với bố mẹ tôi."),
    ("Lan lives with her mother.", "Lan sống với mẹ."),
    ("My sister lives with her boyfriend.", "Em gái tôi sống với bạn trai."),
    ("I live with my friend.", "Tôi sống với bạn tôi."),
    ("I live with my parents in Hanoi.", "Tôi sống với bố mẹ ở Hà Nội."),
    ("We live in a flat.", "Chúng tôi sống trong một căn hộ."),
    ("We live in an apartment.", "Chúng tôi sống trong một căn hộ."),
    ("We live on the third floor.", "Chúng tôi sống ở tầng ba."),
    ("We live on the 12th floor.", "Chúng tôi sống ở tầng 12."),
    ("They live next door.", "Họ sống ở nhà bên cạnh."),
    ("They live next door to us.", "Họ sống cạnh nhà chúng tôi."),
    ("They live nearby.", "Họ sống gần đây."),
    ("They live far from here.", "Họ sống xa đây."),
    ("My grandparents live in the countryside.", "Ông bà tôi sống ở quê."),
    ("My parents live together.", "Bố mẹ tôi sống cùng nhau."),
    ("I live alone.", "Tôi sống một mình."),
    ("I don't live in Hanoi.", "Tôi không sống ở Hà Nội."),
    ("She doesn't live here any more.", "Cô ấy không còn sống ở đây nữa."),
    ("She no longer lives here.", "Cô ấy không còn sống ở đây nữa."),
    ("She still lives with her parents.", "Cô ấy vẫn sống với bố mẹ."),
    # v8: "Ông vẫn còn sống ở Đà Nẵng không?" (Ông: grandfather, or you), "Bạn sống trên sàn nhà là gì?", "Cậu sống
    # với ai?"
    ("Does he still live in Da Nang?", "Anh ấy có còn sống ở Đà Nẵng không?"),
    ("Do you live near here?", "Bạn có sống gần đây không?"),
    ("Do you live with your parents?", "Bạn có sống với bố mẹ không?"),
    ("Do your parents still live in Hue?", "Bố mẹ bạn có còn sống ở Huế không?"),
    ("Who do you live with?", "Bạn sống với ai?"),
    ("Who does she live with?", "Cô ấy sống với ai?"),
    ("What floor do you live on?", "Bạn sống ở tầng mấy?"),
    # not: the verb not agreeing with who, a place the tables do not know, a time lived (mt/origins.py's), the past,
    # "you" together, "with her" after "she", the first floor, "where" with "with", "still" with "where"
    ("He live in Hanoi.", None), ("My parents lives in Hanoi.", None), ("Does you live here?", None),
    ("Where does you live?", None), ("She don't live here.", None), ("I lives here.", None),
    ("I live in London.", None), ("I've lived here for ten years.", None), ("I lived in Hanoi.", None),
    ("Do you live together?", None), ("She lives with her.", None), ("We live on the first floor.", None),
    ("Where do you live with?", None), ("Where does he still live?", None), ("Long live the king!", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


# sentences mt/family.py takes: mt.phrasebook tries it first, so its translation is the one given
@pytest.mark.parametrize("text, src, tgt, module", [
    ("Tôi sống ở Hà Nội.", "vi", "en", family), ("Chị tôi sống một mình.", "vi", "en", family),
])
def test_earlier_rules_take_theirs(text, src, tgt, module):
    said = module.translate(text, src, tgt)
    assert said is not None and phrasebook.translate(text, src, tgt) == said
