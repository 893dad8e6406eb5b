"""Knowing people: who knows whom (well), how and since when, where they met, and whether they have met, both ways
(mt/acquaintances.py)."""
import pytest

from mt.acquaintances import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you know that he is?", "I don't know if she.", "I know he's very clear.", "Do they know?"
    ("Bạn có biết anh ấy không?", "Do you know him?"),
    ("Bạn có quen Lan không?", "Do you know Lan?"),
    ("Anh có quen chị ấy không?", "Do you know her?"),
    ("Tôi không biết cô ấy.", "I don't know her."),
    ("Tôi không quen cô ấy.", "I don't know her."),
    ("Tôi không quen cô ấy lắm.", "I don't know her very well."),
    ("Tôi không biết rõ cô ấy lắm.", "I don't know her very well."),
    ("Tôi biết anh ấy.", "I know him."),
    ("Tôi biết anh ấy rất rõ.", "I know him very well."),
    ("Tôi biết rõ anh ấy.", "I know him well."),
    ("Mẹ tôi quen bố bạn.", "My mother knows your father."),
    ("Họ có quen nhau không?", "Do they know each other?"),
    ("Bạn có biết rõ cô ấy không?", "Do you know her well?"),
    # v8: "How are you familiar?", "Why are you familiar with him?", "How long have you been knowing she?"
    ("Các bạn quen nhau thế nào?", "How do you know each other?"),
    ("Sao bạn quen anh ấy?", "How do you know him?"),
    ("Làm sao bạn quen anh ấy?", "How do you know him?"),
    ("Hai người quen nhau ở đâu?", "Where did you meet?"),
    ("Bạn quen anh ấy ở đâu?", "Where did you meet him?"),
    ("Bạn quen cô ấy bao lâu rồi?", "How long have you known her?"),
    # v8: "We know each other at college.", "My parents are familiar at college.", "I know her in the workplace."
    ("Chúng tôi quen nhau ở trường đại học.", "We met at university."),
    ("Bố mẹ tôi quen nhau ở trường đại học.", "My parents met at university."),
    ("Tôi quen cô ấy ở chỗ làm.", "I met her at work."),
    ("Chúng tôi quen nhau ở một bữa tiệc.", "We met at a party."),
    ("Chúng tôi quen nhau qua mạng.", "We met online."),
    ("Tôi quen cô ấy qua công việc.", "I met her through work."),
    # v8: "They know each other from the little one.", "We know each other from the universities.", "We're familiar
    # for a long time.", "I'm familiar with him five years."
    ("Họ biết nhau từ nhỏ.", "They've known each other since they were kids."),
    ("Chúng tôi quen nhau từ hồi đại học.", "We've known each other since university."),
    ("Chúng tôi quen nhau lâu rồi.", "We've known each other for a long time."),
    ("Tôi quen anh ấy năm năm rồi.", "I've known him for five years."),
    ("Bác Hùng quen bố tôi từ nhỏ.", "Uncle Hung has known my father since childhood."),
    # v8: "I'm not met her parents.", "Have we met yet?", "Have we met before yet?", "I met her."
    ("Bạn đã gặp vợ tôi chưa?", "Have you met my wife?"),
    ("Bạn đã gặp bố mẹ tôi chưa ạ?", "Have you met my parents?"),
    ("Tôi chưa gặp bố mẹ cô ấy.", "I haven't met her parents yet."),
    ("Chúng ta đã gặp nhau trước đây chưa?", "Have we met before?"),
    ("Tôi đã gặp cô ấy rồi.", "I've already met her."),
    ("Mẹ tôi đã gặp bạn trai tôi rồi.", "My mother has already met my boyfriend."),
    # not: "biết" before a fact or a skill, "anh" alone said (the speaker?) and as whom, "you" or "I" knowing each
    # other, where he is, "gặp" someone at a place or asked with "không" (met or saw?), "đã gặp" with neither "chưa"
    # nor "rồi", each other for a span (mt/family.py's), "quen" alone or "quen với" (used to), "rõ" after "quen"
    ("Tôi biết anh ấy sẽ đến.", None), ("Bạn có biết nấu ăn không?", None), ("Anh quen cô ấy.", None),
    ("Bạn có biết anh không?", None), ("Bạn quen nhau.", None), ("Tôi quen nhau ở trường.", None),
    ("Bạn biết anh ấy ở đâu không?", None), ("Tôi gặp anh ấy ở trường.", None), ("Bạn có gặp anh ấy không?", None),
    ("Tôi đã gặp cô ấy.", None), ("Chúng tôi quen nhau mười năm rồi.", None), ("Tôi quen rồi.", None),
    ("Tôi quen với việc này.", None), ("Tôi quen rõ anh ấy.", None), ("Bạn có biết Hà Nội không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có biết anh ta không?", "Tôi không biết cô ấy rất tốt.", "Tôi không biết anh ấy tốt."
    ("Do you know him?", "Bạn có quen anh ấy không?"),
    ("Do you know Lan?", "Bạn có quen Lan không?"),
    ("Does she know my mother?", "Cô ấy có quen mẹ tôi không?"),
    ("Do you know each other?", "Các bạn có quen nhau không?"),
    ("I don't know her.", "Tôi không quen cô ấy."),
    ("I don't know her very well.", "Tôi không quen cô ấy lắm."),
    ("He doesn't know my wife very well.", "Anh ấy không quen vợ tôi lắm."),
    ("I don't know him well.", "Tôi không biết rõ anh ấy."),
    ("I know her very well.", "Tôi biết cô ấy rất rõ."),
    ("My mother knows Lan.", "Mẹ tôi quen Lan."),
    # v8: "Bạn biết anh ta như thế nào?", "Bạn biết nhau như thế nào?"
    ("How do you know him?", "Sao bạn quen anh ấy?"),
    ("How do you know each other?", "Sao các bạn quen nhau?"),
    ("How did you meet?", "Các bạn quen nhau như thế nào?"),
    ("Where did you meet him?", "Bạn quen anh ấy ở đâu?"),
    ("How long have you known her?", "Bạn quen cô ấy bao lâu rồi?"),
    # v8: "Cha mẹ tôi gặp nhau trường đại học.", "Tôi đã gặp cô ấy làm việc.", "Chúng tôi đã gặp trực tuyến."
    ("We met at university.", "Chúng tôi quen nhau ở trường đại học."),
    ("My parents met at university.", "Bố mẹ tôi quen nhau ở trường đại học."),
    ("I met her at work.", "Tôi quen cô ấy ở chỗ làm."),
    ("We met online.", "Chúng tôi quen nhau qua mạng."),
    ("I know her from work.", "Tôi quen cô ấy ở chỗ làm."),
    ("I know her from the gym.", "Tôi quen cô ấy ở phòng tập."),
    # v8: "Họ đã biết nhau kể từ khi còn trẻ.", "Tôi đã biết anh ấy trong năm."
    ("They've known each other since they were kids.", "Họ quen nhau từ nhỏ."),
    ("We've known each other since we were children.", "Chúng tôi quen nhau từ nhỏ."),
    ("My parents have known each other since high school.", "Bố mẹ tôi quen nhau từ hồi cấp ba."),
    ("We've known each other for a long time.", "Chúng tôi quen nhau lâu rồi."),
    ("I've known him for five years.", "Tôi quen anh ấy được năm năm rồi."),
    ("He's known her for years.", "Anh ấy quen cô ấy nhiều năm rồi."),
    # v8: "Bạn đã gặp bố mẹ mình chưa?", "Tôi không gặp bố mẹ.", "Tôi chưa từng gặp cô.", "Tôi đã gặp anh ấy."
    ("Have you met my wife?", "Bạn đã gặp vợ tôi chưa?"),
    ("Have you met my parents?", "Bạn đã gặp bố mẹ tôi chưa?"),
    ("Has your mother met my husband?", "Mẹ bạn đã gặp chồng tôi chưa?"),
    ("Have we met before?", "Chúng ta đã gặp nhau trước đây chưa?"),
    ("I haven't met her parents.", "Tôi chưa gặp bố mẹ cô ấy."),
    ("She hasn't met my parents yet.", "Cô ấy chưa gặp bố mẹ tôi."),
    ("I've never met her.", "Tôi chưa bao giờ gặp cô ấy."),
    ("I've already met him.", "Tôi đã gặp anh ấy rồi."),
    # not: bad agreement ("She know", "Does she knows", "He don't", "Has you", "She've"), knowing how or that, "I"
    # meeting alone, "know" with no one, "ever" (mt/ever.py's), each other for a span (mt/family.py's), "since she
    # was a kid" (whose childhood?), "they" and "we", a thing known, the past ("knew", "Did you know")
    ("She know him.", None), ("Does she knows him?", None), ("He don't know her.", None),
    ("Has you met my wife?", None), ("She've known him for years.", None), ("Do you know how to swim?", None),
    ("I know that he is here.", None), ("I met at university.", None), ("How do you know?", None),
    ("Have you ever met him?", None), ("We've known each other for ten years.", None),
    ("I've known her since she was a kid.", None), ("They've known each other since we were kids.", None),
    ("I know it.", None), ("I knew him.", None), ("Did you know him?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
