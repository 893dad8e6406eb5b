"""Love life: a boyfriend or a girlfriend had or not, dating, breaking up, getting back together and being in love,
both ways (mt/dating.py)."""
import pytest

from mt.dating import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do she have a boy?", "Do you have a girl?", "Is he a girl?", "She has a boy.", "I have no loved one."
    ("Chị ấy có bạn trai chưa?", "Does she have a boyfriend yet?"),
    ("Bạn có bạn gái chưa?", "Do you have a girlfriend yet?"),
    ("Anh ấy có bạn gái chưa?", "Does he have a girlfriend yet?"),
    ("Bạn có bạn trai không?", "Do you have a boyfriend?"),
    ("Anh có bạn gái chưa ạ?", "Do you have a girlfriend yet?"),
    ("Cô ấy có bạn trai.", "She has a boyfriend."),
    ("Chị ấy có bạn trai rồi.", "She already has a boyfriend."),
    ("Em gái tôi có bạn trai rồi.", "My sister already has a boyfriend."),
    ("Tôi không có bạn gái.", "I don't have a girlfriend."),
    ("Tôi chưa có bạn gái.", "I don't have a girlfriend yet."),
    ("Tôi chưa có người yêu.", "I'm not seeing anyone yet."),
    ("Anh ấy có người yêu rồi.", "He's already seeing someone."),
    ("Lan có người yêu chưa?", "Is Lan seeing anyone?"),
    # v8: "He is dating with a Japanese girl.", "Who are you appointments with?"
    ("Anh ấy đang hẹn hò với một cô gái Nhật.", "He's dating a Japanese girl."),
    ("Anh ấy đang hẹn hò với em gái tôi.", "He's dating my sister."),
    ("Chị ấy đang hẹn hò với Minh.", "She's dating Minh."),
    ("Họ đang hẹn hò.", "They're dating."),
    ("Họ có đang hẹn hò không?", "Are they dating?"),
    ("Bạn có đang hẹn hò với ai không?", "Are you seeing anyone?"),
    ("Tôi không hẹn hò với ai cả.", "I'm not seeing anyone."),
    # v8: "They break up.", "He split his girlfriend's hands.", "They broke last month.", "They come back together."
    ("Họ chia tay rồi.", "They've broken up."),
    ("Họ đã chia tay.", "They broke up."),
    ("Họ chia tay tháng trước.", "They broke up last month."),
    ("Năm ngoái họ chia tay.", "They broke up last year."),
    ("Anh ấy vừa chia tay bạn gái.", "He just broke up with his girlfriend."),
    ("Chị tôi vừa chia tay bạn trai.", "My sister just broke up with her boyfriend."),
    ("Cô ấy chia tay bạn trai rồi.", "She's broken up with her boyfriend."),
    ("Bạn trai tôi đã chia tay tôi.", "My boyfriend broke up with me."),
    ("Họ chia tay rồi à?", "Have they broken up?"),
    ("Họ quay lại với nhau rồi.", "They're back together."),
    ("Họ đã quay lại với nhau.", "They got back together."),
    ("Họ vừa quay lại với nhau.", "They just got back together."),
    # v8: "I'm loveing.", "They are loveing each other.", "I've been pleased."
    ("Tôi đang yêu.", "I'm in love."),
    ("Họ đang yêu nhau.", "They're in love."),
    ("Anh ấy đang yêu Lan.", "He's in love with Lan."),
    ("Bạn có đang yêu không?", "Are you in love?"),
    ("Tôi đã phải lòng cô ấy.", "I fell in love with her."),
    ("Cô ấy phải lòng anh ấy rồi.", "She's fallen in love with him."),
    # not: "anh" saying it (the speaker?), two with one boyfriend, dating without "đang" (a date?), one dating alone,
    # one broken up alone (with whom?), a name's girlfriend (his or hers?), a goodbye to kin, no tense, a day ahead,
    # "người yêu" as whom, love alone (v8 writes it well), asked without "không", the phrasebook's
    ("Tôi đang yêu nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh có bạn gái rồi.", None), ("Họ có bạn trai chưa?", None), ("Họ hẹn hò.", None),
    ("Tôi đang hẹn hò.", None), ("Anh ấy chia tay rồi.", None), ("Lan vừa chia tay bạn trai.", None),
    ("Tôi vừa chia tay mẹ tôi.", None), ("Họ chia tay.", None), ("Họ chia tay tuần sau.", None),
    ("Tôi đã chia tay người yêu.", None), ("Họ yêu nhau.", None), ("Bạn có bạn gái?", None),
    ("Họ quay lại với mẹ tôi.", None), ("Anh ấy độc thân.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy có một cậu bé.", "Bé có một cậu bé nào đó không?", "Chị của tôi có cậu bé."
    ("She has a boyfriend.", "Cô ấy có bạn trai."),
    ("Does she have a boyfriend?", "Cô ấy có bạn trai không?"),
    ("Does he have a girlfriend yet?", "Anh ấy có bạn gái chưa?"),
    ("Do you have a girlfriend?", "Bạn có bạn gái không?"),
    ("I have a boyfriend.", "Tôi có bạn trai."),
    ("My sister has a boyfriend.", "Em gái tôi có bạn trai."),
    ("She doesn't have a boyfriend.", "Cô ấy không có bạn trai."),
    ("She doesn't have a boyfriend yet.", "Cô ấy chưa có bạn trai."),
    ("He's got a girlfriend.", "Anh ấy có bạn gái."),
    ("Have you got a girlfriend?", "Bạn có bạn gái không?"),
    ("He already has a girlfriend.", "Anh ấy có bạn gái rồi."),
    # v8: "Cô ấy đang nhìn một người nào đó.", "Anh có nhìn thấy bất kỳ ai không?", "Họ đang ăn không?"
    ("He's dating a Japanese girl.", "Anh ấy đang hẹn hò với một cô gái Nhật."),
    ("He's dating an American girl.", "Anh ấy đang hẹn hò với một cô gái Mỹ."),
    ("She is dating my brother.", "Cô ấy đang hẹn hò với anh trai tôi."),
    ("She's seeing someone.", "Cô ấy đang hẹn hò với một người."),
    ("Is he seeing anyone?", "Anh ấy có đang hẹn hò với ai không?"),
    ("He isn't dating anyone.", "Anh ấy không hẹn hò với ai cả."),
    ("Are they dating?", "Họ có đang hẹn hò không?"),
    ("They're dating.", "Họ đang hẹn hò."),
    # v8: "Họ đã bùng nổ vào tháng trước.", "Họ bùng nổ.", "Họ đã bị vỡ.", "Cô ấy chia tay với cậu bé."
    ("They broke up last month.", "Tháng trước họ chia tay."),
    ("They broke up.", "Họ đã chia tay."),
    ("They’ve broken up.", "Họ chia tay rồi."),
    ("They split up.", "Họ đã chia tay."),
    ("She broke up with her boyfriend.", "Cô ấy đã chia tay bạn trai."),
    ("He just broke up with his girlfriend.", "Anh ấy vừa chia tay bạn gái."),
    ("She broke up with my brother.", "Cô ấy đã chia tay với anh trai tôi."),
    ("Has he broken up with his girlfriend?", "Anh ấy đã chia tay bạn gái chưa?"),
    ("Did they break up?", "Họ đã chia tay chưa?"),
    ("They got back together.", "Họ đã quay lại với nhau."),
    ("He got back together with his girlfriend.", "Anh ấy đã quay lại với bạn gái."),
    # v8: "Tôi yêu.", "Chúng rất yêu."
    ("I'm in love.", "Tôi đang yêu."),
    ("They're in love.", "Họ đang yêu nhau."),
    ("He's in love with her.", "Anh ấy đang yêu cô ấy."),
    ("Is she in love with him?", "Cô ấy có yêu anh ấy không?"),
    ("She fell in love with him.", "Cô ấy đã phải lòng anh ấy."),
    ("She's fallen in love with him.", "Cô ấy phải lòng anh ấy rồi."),
    ("They fell in love.", "Họ đã yêu nhau."),
    # not: bad agreement ("She have", "Does she has", "He have broken", "I is"), "an" before a consonant, "seeing"
    # someone by name (a visit?), one broken up or dating alone, a day ahead, "got" alone (got one, or has one?),
    # "They're back together." (v8 writes it well), the phrasebook's and others' ("single", "my boyfriend")
    ("She have a boyfriend.", None), ("Does she has a boyfriend?", None), ("He have broken up with her.", None),
    ("I is dating Lan.", None), ("He's dating an Japanese girl.", None), ("I'm seeing my mother tomorrow.", None),
    ("He broke up.", None), ("She's dating.", None), ("They broke up next week.", None),
    ("He got a girlfriend.", None), ("They're back together.", None), ("He's single.", None),
    ("He's my boyfriend.", None), ("I fell in love.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_and_topics():
    assert translate("Họ chia tay rồi.", "vi", "fr") is None
    assert translate("Tôi thích đọc sách.", "vi", "en") is None
    assert translate("I like reading.", "en", "vi") is None
