"""A family's size, brothers and sisters, children, both ways, and a death in the family (mt/family.py)."""
import pytest

from mt.family import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v6: "My house has four people.", "What do you have?", "I have three brothers.", "I don't have any brothers."
    ("Nhà tôi có bốn người.", "There are four people in my family."),
    ("Gia đình bạn có bao nhiêu người?", "How many people are there in your family?"),
    ("Nhà bạn có mấy người?", "How many people are there in your family?"),
    ("Bạn có mấy con?", "How many children do you have?"),
    ("Chị có mấy anh chị em?", "How many brothers and sisters do you have?"),
    ("Tôi có ba anh chị em.", "I have three brothers and sisters."),
    ("Anh ấy có hai đứa con.", "He has two children."),
    ("Tôi có một con.", "I have one child."),
    ("Tôi không có anh chị em nào.", "I don't have any brothers or sisters."),
    # the boys and girls (v6: "I have two children, one girl.")
    ("Tôi có hai con, một trai một gái.", "I have two children, a boy and a girl."),
    ("Tôi có 3 con, hai gái và một trai.", "I have 3 children, two girls and a boy."),
    ("Chị gái tôi có ba con, hai trai một gái.", "My sister has three children, two boys and a girl."),
    ("Tôi có hai con, một trai.", None), ("Tôi có hai con, một trai một trai.", None),
    ("Tôi có ba anh chị em, một trai một gái.", None),
    # not: asked without "?", "anh" as who in a statement, a count of one household, "có … không" (the model's)
    ("Nhà bạn có mấy người.", None), ("Anh có hai con.", None), ("Nhà tôi có một người.", None),
    ("Bạn có anh chị em không?", None), ("Tôi có con.", None), ("Tôi có bacon.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "I have lost for 10 years.", "My grandfather was lost.", "She lost by 2015."
    ("Ông tôi mất được 10 năm rồi.", "My grandfather died 10 years ago."),
    ("Ông tôi đã mất.", "My grandfather has passed away."), ("Bà tôi qua đời rồi.", "My grandmother has passed away."),
    ("Bà tôi mất năm 2015.", "My grandmother died in 2015."),
    ("Bố tôi mất cách đây ba năm.", "My father died three years ago."),
    ("Mẹ anh ấy mất hai năm trước.", "His mother died two years ago."), ("Con trai tôi mất.", "My son died."),
    # not: a span alone (the time something took), something lost, a pet (lost or dead)
    ("Ông tôi mất 10 năm.", None), ("Tôi mất chìa khóa rồi.", None), ("Con mèo của tôi mất rồi.", None),
])
def test_a_death_in_the_family(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Bạn có bao nhiêu người ở gia đình mình không?", "Bạn có bao nhiêu anh em và chị em gái không?"
    ("How many people are there in your family?", "Gia đình bạn có mấy người?"),
    ("There are four people in my family.", "Gia đình tôi có bốn người."),
    ("How many brothers and sisters do you have?", "Bạn có mấy anh chị em?"),
    ("How many siblings do you have?", "Bạn có mấy anh chị em?"),
    ("How many kids does she have?", "Cô ấy có mấy con?"),
    ("I have three brothers and sisters.", "Tôi có ba anh chị em."),
    ("I don't have any siblings.", "Tôi không có anh chị em nào."),
    ("She has two kids.", "Cô ấy có hai con."),
    ("I have two children, a boy and a girl.", "Tôi có hai con, một trai một gái."),
    ("She has three kids, one son and two daughters.", "Cô ấy có ba con, một trai hai gái."),
    ("My father has two children, a boy and a girl.", "Bố tôi có hai con, một trai một gái."),
    ("I have two children, a boy.", None),
    ("I have two cats.", None), ("How many people are there in the room?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_bundled_model_says_a_familys_size(bundled):
    t = Translator.load(bundled)
    assert t.translate(["Nhà tôi có bốn người.", "Bạn có mấy con?"], "vi", "en") == [
        "There are four people in my family.", "How many children do you have?"]


@pytest.mark.parametrize("text, said", [
    # v6: "I found my family.", "He was still poisonous.", "Are you a family?" ("Bạn lập gia đình chưa?")
    ("Tôi đã lập gia đình rồi.", "I'm married."), ("Anh ấy vẫn còn độc thân.", "He's still single."),
    ("Bạn lập gia đình chưa?", "Are you married?"), ("Anh ấy lấy vợ chưa?", "Is he married?"),
    ("Bạn có gia đình chưa", "Are you married?"), ("Chị còn độc thân không?", "Are you still single?"),
    ("Chị gái tôi đã kết hôn.", "My sister is married."), ("Anh ấy có vợ rồi.", "He's married."),
    ("Tôi chưa lập gia đình.", "I'm not married yet."), ("Em gái tôi chưa lấy chồng.", "My sister isn't married yet."),
    ("Họ đã kết hôn rồi.", "They're married."), ("Tôi độc thân.", "I'm single."),
    # not: a wedding that may be to come, "anh" as who in a statement, a statement with "?"
    ("Tôi kết hôn.", None), ("Anh còn độc thân.", None), ("Tôi độc thân?", None),
])
def test_married_or_single(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "I lived in Hanoi.", "My family lived in Hue.", "I lived alone."
    ("Tôi sống ở Hà Nội.", "I live in Hanoi."), ("Gia đình tôi sống ở Huế.", "My family lives in Hue."),
    ("Chị gái tôi sống ở Mỹ.", "My sister lives in America."), ("Tôi sống một mình.", "I live alone."),
    ("Anh ấy vẫn sống ở quê.", "He still lives in the countryside."), ("Chúng tôi sống gần đây.", "We live near here."),
    ("Họ sống tại Sài Gòn.", "They live in Saigon."), ("Tôi sống ở Anh.", "I live in the UK."),
    # not: a place said without its name (a hotel), one not known, "anh" as who in a statement, "đang" (the model's)
    ("Tôi sống ở khách sạn.", None), ("Tôi sống ở một thành phố nhỏ.", None), ("Anh sống ở Hà Nội.", None),
    ("Tôi đang sống ở Sài Gòn.", None),
])
def test_where_someone_lives(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "I'm a dog.", "My home has two cats."
    ("Tôi nuôi một con chó.", "I have a dog."), ("Nhà tôi nuôi hai con mèo.", "My family has two cats."),
    ("Nhà tôi nuôi hai con mèo và một con chó.", "My family has two cats and a dog."),
    ("Anh ấy nuôi 3 con cá vàng.", "He has 3 goldfish."), ("Chúng tôi có nuôi một con vẹt.", "We have a parrot."),
    ("Bà tôi nuôi mười con gà, hai con lợn và một con chó.", "My grandmother has ten chickens, two pigs and a dog."),
    # not: no count, an animal not of the list, "anh" as who in a statement
    ("Tôi nuôi chó.", None), ("Tôi nuôi một con ngựa.", None), ("Anh nuôi một con mèo.", None),
])
def test_pets_kept(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, src, tgt, said", [
    # the year of a wedding (v6: "Họ kết hôn năm 2010." → "They married 2010."), and married or single, English to
    # Vietnamese (v6: "Is she married?" → "Bà ta có kết hôn không?")
    ("Họ kết hôn năm 2010.", "vi", "en", "They got married in 2010."),
    ("Anh trai tôi cưới vợ năm 2020.", "vi", "en", None),  # (not one of the words read)
    ("Chúng tôi cưới nhau vào năm 1999.", "vi", "en", "We got married in 1999."),
    ("Is she married?", "en", "vi", "Cô ấy đã lập gia đình chưa?"),
    ("Is your brother married?", "en", "vi", "Anh trai bạn đã lập gia đình chưa?"),
    ("I'm not married yet.", "en", "vi", "Tôi chưa lập gia đình."),
    ("My sister is married.", "en", "vi", "Em gái tôi đã lập gia đình rồi."),
    ("He's still single.", "en", "vi", "Anh ấy vẫn còn độc thân."),
    ("Chị Hoa đã kết hôn.", "vi", "en", "Hoa is married."),  # (not "Hoa's", which reads as whose)
    # with children (v7: "I found my family and two children."; "Tôi đã kết hôn với hai con.", married to them)
    ("Tôi đã lập gia đình và có hai con.", "vi", "en", "I'm married with two children."),
    ("Anh ấy đã kết hôn, có một con.", "vi", "en", "He's married with a child."),
    ("Tôi chưa lập gia đình và có hai con.", "vi", "en", None),
    ("I'm married with two children.", "en", "vi", "Tôi đã lập gia đình và có hai con."),
    ("She is married with three kids.", "en", "vi", "Cô ấy đã lập gia đình và có ba con."),
    ("Are you married with two children?", "en", "vi", None),
    ("Peter is married.", "en", "vi", "Peter đã lập gia đình rồi."),
    ("Are you single?", "en", "vi", "Bạn còn độc thân không?"),
    # not: who and "is" not agreeing, "not" asked
    ("Are he married?", "en", "vi", None), ("Is I married?", "en", "vi", None),
    ("Is she not married?", "en", "vi", None),
])
def test_married(text, src, tgt, said):
    assert translate(text, src, tgt) == said


@pytest.mark.parametrize("text, src, tgt, said", [
    # how long people have known each other (v7: "We used ten years.")
    ("Chúng tôi đã quen nhau mười năm rồi.", "vi", "en", "We've known each other for ten years."),
    ("Họ quen nhau từ năm 2010.", "vi", "en", "They've known each other since 2010."),
    ("Các bạn quen nhau bao lâu rồi?", "vi", "en", "How long have you known each other?"),
    ("Chúng tôi quen nhau một năm rồi.", "vi", "en", "We've known each other for a year."),
    ("We've known each other for ten years.", "en", "vi", "Chúng tôi quen nhau được mười năm rồi."),
    ("They have known each other since 2010.", "en", "vi", "Họ quen nhau từ năm 2010."),
    ("How long have you known each other?", "en", "vi", "Các bạn quen nhau bao lâu rồi?"),
    ("We have known each other for a few months.", "en", "vi", "Chúng tôi quen nhau được vài tháng rồi."),
    # not: "we" asked, "you" said, asked without "?"
    ("Chúng tôi quen nhau bao lâu rồi?", "vi", "en", None), ("Các bạn quen nhau 5 năm rồi.", "vi", "en", None),
    ("Các bạn quen nhau bao lâu rồi.", "vi", "en", None),
])
def test_known_each_other(text, src, tgt, said):
    assert translate(text, src, tgt) == said
