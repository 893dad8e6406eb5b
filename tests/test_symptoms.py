"""Everyday symptoms: itching, a rash, a blocked nose, dizziness, a lost voice, a sore throat, constipation,
diarrhoea, red or itchy eyes, both ways (mt/symptoms.py)."""
import pytest

from mt import ailments, phrasebook
from mt.symptoms import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I was itchy.", "I'm too itchy.", "Do you get itchy?"
    ("Tôi bị ngứa.", "I'm itchy."),
    ("Tôi ngứa quá.", "I'm so itchy."),
    ("Tôi không bị ngứa.", "I'm not itchy."),
    ("Bạn có bị ngứa không?", "Are you itchy?"),
    ("Tôi hơi ngứa.", "I'm a bit itchy."),
    # v8: "I was caught.", "I'm famous.", "My child was issued.", "She was caught in her hand."
    ("Tôi bị phát ban.", "I have a rash."),
    ("Tôi bị nổi mẩn.", "I have a rash."),
    ("Con tôi bị phát ban.", "My child has a rash."),
    ("Cô ấy bị phát ban ở tay.", "She has a rash on her arm."),
    ("Con trai tôi bị nổi mẩn đỏ khắp người.", "My son has a rash all over his body."),
    # v8: "I have apnea.", "I'm suffocated.", "Do you have apnea?", "I have apnea from yesterday."
    ("Tôi bị nghẹt mũi.", "I have a blocked nose."),
    ("Tôi bị ngạt mũi.", "I have a blocked nose."),
    ("Bạn có bị nghẹt mũi không?", "Do you have a blocked nose?"),
    ("Tôi bị nghẹt mũi từ hôm qua.", "I've had a blocked nose since yesterday."),
    # v8: "I was dizzzy.", "Dizziness?", "My mother was dizzzy.", "I'm a little dizzzy."
    ("Tôi bị chóng mặt.", "I feel dizzy."),
    ("Bạn có bị chóng mặt không?", "Do you feel dizzy?"),
    ("Mẹ tôi bị chóng mặt.", "My mother feels dizzy."),
    ("Tôi hơi chóng mặt.", "I feel a bit dizzy."),
    ("Tôi không bị chóng mặt.", "I don't feel dizzy."),
    ("Bố tôi bị chóng mặt từ sáng nay.", "My father has been feeling dizzy since this morning."),
    # v8: "I'm lost my voice."
    ("Tôi bị mất giọng.", "I've lost my voice."),
    ("Anh ấy bị mất giọng rồi.", "He's lost his voice."),
    ("Bạn có bị mất giọng không?", "Have you lost your voice?"),
    # v8: "I'm inflammatory.", "Lan was inflammatory."
    ("Tôi bị viêm họng.", "I have a sore throat."),
    ("Lan bị viêm họng.", "Lan has a sore throat."),
    ("Con tôi bị viêm họng từ tuần trước.", "My child has had a sore throat since last week."),
    # v8: "I'm constipation."
    ("Tôi bị táo bón.", "I'm constipated."),
    ("Bà tôi bị táo bón.", "My grandmother is constipated."),
    ("Bạn có bị táo bón không?", "Are you constipated?"),
    # v8: "My eyes were red and itchy.", "My skin was itchy."
    ("Mắt tôi bị đỏ và ngứa.", "My eyes are red and itchy."),
    ("Mắt bạn có bị đỏ không?", "Are your eyes red?"),
    ("Mắt con tôi bị sưng từ hôm qua.", "My child's eyes have been swollen since yesterday."),
    ("Da tôi ngứa quá.", "My skin is so itchy."),
    ("Mũi tôi bị nghẹt.", "My nose is blocked."),
    ("Mắt của mẹ tôi bị đỏ.", "My mother's eyes are red."),
    # not: "anh" saying it (the speaker or "you"), his or her not known (a name), "we" (voices, arms), a day ahead,
    # a lost voice since, "rồi" after itching, "ngứa mắt" (annoying to see), ailments' (sore throat, diarrhoea), the
    # phrasebook's "Tôi thấy chóng mặt." is left to it, asked without "không", a state the nose does not take, a day
    # told before who
    ("Tôi bị ngứa nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị chóng mặt.", None), ("Lan bị phát ban ở tay.", None), ("Chúng tôi bị mất giọng.", None),
    ("Tôi bị chóng mặt từ ngày mai.", None), ("Tôi bị mất giọng từ hôm qua.", None), ("Tôi bị ngứa rồi.", None),
    ("Tôi bị ngứa mắt.", None), ("Tôi bị đau họng.", None), ("Tôi bị tiêu chảy.", None),
    ("Bạn có bị ngứa?", None), ("Mũi tôi bị đỏ.", None), ("Hôm qua tôi bị chóng mặt.", None),
    ("Tôi bị phát ban quá.", None), ("Bạn có bị ngứa từ hôm qua không?", None),
    # whose where mt.terms.his_her gives neither his nor her (was "Lan has lost their voice.", "Lan has a rash on
    # their arm.": not "their" for one person)
    ("Bạn Lan bị mất giọng.", None), ("Em Lan bị phát ban ở tay.", None), ("Con tôi bị mất giọng.", None),
    ("Bạn tôi bị phát ban khắp người.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    ("I'm itchy.", "Tôi bị ngứa."),
    ("I'm so itchy.", "Tôi ngứa quá."),
    ("Are you itchy?", "Bạn có bị ngứa không?"),
    ("She isn't itchy.", "Cô ấy không bị ngứa."),
    # v8: "Tôi bị hăm tã." (nappy rash), "Cô ấy bị hăm tã trên cánh tay."
    ("I've got a rash.", "Tôi bị phát ban."),
    ("I have a rash.", "Tôi bị phát ban."),
    ("She has a rash on her arm.", "Cô ấy bị phát ban ở tay."),
    ("My son has a rash on his face.", "Con trai tôi bị phát ban ở mặt."),
    ("Do you have a rash?", "Bạn có bị phát ban không?"),
    ("I haven't got a rash.", "Tôi không bị phát ban."),
    ("My mother has had a rash since last week.", "Mẹ tôi bị phát ban từ tuần trước."),
    # v8: "Tôi có mũi bị nghẽn.", "Có phải cô bé bị nghẽn không?", "Mũi của tôi bị chặn."
    ("I have a blocked nose.", "Tôi bị nghẹt mũi."),
    ("I have a stuffy nose.", "Tôi bị nghẹt mũi."),
    ("Does she have a blocked nose?", "Cô ấy có bị nghẹt mũi không?"),
    ("I've had a blocked nose since yesterday.", "Tôi bị nghẹt mũi từ hôm qua."),
    ("My nose is blocked.", "Mũi tôi bị nghẹt."),
    # v8: "Tôi điên rồ." (mad)
    ("I'm dizzy.", "Tôi bị chóng mặt."),
    ("I feel dizzy.", "Tôi bị chóng mặt."),
    ("I feel a bit dizzy.", "Tôi hơi chóng mặt."),
    ("I'm feeling dizzy.", "Tôi bị chóng mặt."),
    ("Does your father feel dizzy?", "Bố bạn có bị chóng mặt không?"),
    ("He doesn't feel dizzy.", "Anh ấy không bị chóng mặt."),
    ("I've been feeling dizzy since this morning.", "Tôi bị chóng mặt từ sáng nay."),
    # v8: "Tôi đã mất giọng nói.", "Anh ta đã mất giọng nói."
    ("I've lost my voice.", "Tôi bị mất giọng."),
    ("He's lost his voice.", "Anh ấy bị mất giọng."),
    ("Has she lost her voice?", "Cô ấy có bị mất giọng không?"),
    ("I haven't lost my voice.", "Tôi không bị mất giọng."),
    # v8: "Tôi có bị đau họng từ hôm qua." (asked)
    ("I've got a sore throat.", "Tôi bị đau họng."),
    ("I've had a sore throat since yesterday.", "Tôi bị đau họng từ hôm qua."),
    ("I have a throat infection.", "Tôi bị viêm họng."),
    ("I'm constipated.", "Tôi bị táo bón."),
    ("My mother is constipated.", "Mẹ tôi bị táo bón."),
    # v8: "Tôi có diarrhoea."
    ("I've got diarrhoea.", "Tôi bị tiêu chảy."),
    ("My son has got diarrhoea.", "Con trai tôi bị tiêu chảy."),
    ("Have you got diarrhoea?", "Bạn có bị tiêu chảy không?"),
    ("I've had diarrhoea since last week.", "Tôi bị tiêu chảy từ tuần trước."),
    # v8: "Mắt tôi đỏ và ngứa." (right), "Da của tôi bị ngứa."
    ("My eyes are red and itchy.", "Mắt tôi bị đỏ và ngứa."),
    ("My skin is itchy.", "Da tôi bị ngứa."),
    ("Are your eyes red?", "Mắt bạn có bị đỏ không?"),
    ("My mother's eyes are red.", "Mắt mẹ tôi bị đỏ."),
    ("My eyes have been red since yesterday.", "Mắt tôi bị đỏ từ hôm qua."),
    # not: bad agreement ("She feel", "Does he has", "He have", "My eyes is", "She's lost my voice"), one eye, "we"
    # and one voice, since without the perfect, a day ahead, the past ("I had a rash."), a stuffy room
    ("She feel itchy.", None), ("Does he has a rash?", None), ("He have a rash.", None), ("My eyes is red.", None),
    ("She's lost my voice.", None), ("My eye is red.", None), ("We've lost our voice.", None),
    ("I'm dizzy since yesterday.", None), ("I've had a rash since tomorrow.", None), ("I had a rash.", None),
    ("The room is stuffy.", None),
    ("She has a rash on his arm.", None), ("Does your father feels dizzy?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [("I have a sore throat.", "Tôi bị đau họng."),
                                        ("I have diarrhoea.", "Tôi bị tiêu chảy.")])
def test_earlier_rules_take_theirs(text, said):
    # mt/ailments.py, tried first, takes these (this module would say the same)
    assert ailments.translate(text, "en", "vi") == said == phrasebook.translate(text, "en", "vi")
