"""Sprained, twisted and dislocated joints, how it happened, and the joint swelling up after, both ways
(mt/sprains.py)."""
import pytest

from mt.sprains import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm spraining my neck.", "Do you have sprains?", "Yesterday, she was sprains when she plays badminton."
    ("Tôi bị bong gân cổ tay.", "I've sprained my wrist."),
    ("Tôi bị bong gân cổ tay rồi.", "I've sprained my wrist."),
    ("Bố tôi bị bong gân đầu gối.", "My father has sprained his knee."),
    ("Chị Lan bị bong gân ngón tay cái.", "Lan has sprained her thumb."),
    ("Con gái tôi bị bong gân cổ tay khi chơi bóng chuyền.", "My daughter sprained her wrist playing volleyball."),
    ("Tôi bị bong gân cổ chân khi chạy bộ.", "I sprained my ankle while running."),
    ("Hôm qua cô ấy bị bong gân đầu gối khi chơi cầu lông.", "She sprained her knee playing badminton yesterday."),
    ("Tôi bị bong gân cổ tay hôm qua!", "I sprained my wrist yesterday!"),
    ("Bạn có bị bong gân cổ tay không?", "Have you sprained your wrist?"),
    ("Mẹ tôi có bị bong gân cổ tay không ạ?", "Has my mother sprained her wrist?"),
    ("Hôm qua bạn có bị bong gân cổ tay không?", "Did you sprain your wrist yesterday?"),
    ("Anh ấy không bị bong gân đầu gối.", "He hasn't sprained his knee."),
    ("Con tôi bị bong gân ngón tay.", "My child has sprained their finger."),
    # v8: "He was ordered to play the shoulder when he plays the ball.", "My mother was ordered to match the shoulder."
    ("Anh ấy bị trật khớp vai khi chơi bóng.", "He dislocated his shoulder playing football."),
    ("Mẹ tôi bị trật khớp vai.", "My mother has dislocated her shoulder."),
    ("Bác Lan bị trật khớp vai.", "Aunt Lan has dislocated her shoulder."),
    ("Cô ấy bị trật khớp khuỷu tay khi tập gym.", "She dislocated her elbow while working out."),
    ("Bố tôi vừa bị trật khớp háng.", "My father has just dislocated his hip."),
    ("Hôm qua em trai tôi bị trật khớp ngón tay khi chơi bóng rổ.",
     "My younger brother dislocated his finger playing basketball yesterday."),
    ("Tôi đã bị trật khớp vai.", "I dislocated my shoulder."),
    ("Anh ấy có bị trật khớp vai không?", "Has he dislocated his shoulder?"),
    # v8: "I'm snugging when I'm running.", "I've been squiring.", "My mother is usually snugged."
    ("Tôi bị trẹo chân khi chạy.", "I twisted my ankle while running."),
    ("Bà tôi bị trẹo chân khi xuống cầu thang.", "My grandmother twisted her ankle while going down the stairs."),
    ("Cô ấy đã bị trật chân khi đang chạy.", "She twisted her ankle while running."),
    ("Tôi vừa bị trật chân.", "I've just twisted my ankle."),
    ("Tối qua tôi bị trặc cổ tay.", "I twisted my wrist last night."),
    ("Tôi không bị trẹo chân.", "I haven't twisted my ankle."),
    ("Mẹ tôi hay bị trẹo chân.", "My mother often twists her ankle."),
    ("Bạn có hay bị trẹo chân không?", "Do you often twist your ankle?"),
    ("Anh ấy hay bị bong gân cổ chân khi đá bóng.", "He often sprains his ankle playing football."),
    # v8: "My legs were swollen after being suffocated.", "My legs were swollen.", "He was ordered to match."
    ("Cổ chân tôi sưng lên sau khi bị trẹo.", "My ankle swelled up after I twisted it."),
    ("Cổ tay mẹ tôi sưng lên sau khi bị bong gân.", "My mother's wrist swelled up after she sprained it."),
    ("Đầu gối con tôi sưng lên sau khi bị ngã.", "My child's knee swelled up after they fell."),
    ("Vai anh ấy sưng lên sau khi bị trật khớp.", "His shoulder swelled up after he dislocated it."),
    ("Cổ tay tôi bị bong gân.", "My wrist is sprained."),
    ("Vai anh ấy bị trật khớp.", "His shoulder is dislocated."),
    ("Cổ tay bạn có bị bong gân không?", "Is your wrist sprained?"),
    ("Cổ chân tôi bị sưng.", "My ankle is swollen."),
    ("Cổ chân của Lan đang bị sưng.", "Lan's ankle is swollen."),
    ("Cổ chân bạn có bị sưng không?", "Is your ankle swollen?"),
    ("Đầu gối tôi không bị sưng.", "My knee isn't swollen."),
    ("Cổ chân tôi sưng lên rồi.", "My ankle has swollen up."),
    # not: mt/injuries.py's ankles with no how (said, asked, on a day), no joint said, a name alone (his or her?),
    # "we" (one ankle or each?), "anh" saying it, a pet, "trẹo tay" (hand or wrist?), "trẹo cổ" (mt/posture.py),
    # "chân" swollen (leg or foot?), how asked (then, or whenever?), a "?" on a statement, "không?" without "có",
    # "em" asking with "ạ" (the speaker), "sưng lên" alone (did, or has?), swelling asked after, "trật tự" (order)
    ("Tôi bị trẹo chân.", None), ("Bạn có bị trẹo chân không?", None), ("Hôm qua tôi bị bong gân cổ chân.", None),
    ("Tôi bị bong gân.", None), ("Tôi bị trật khớp.", None), ("Lan bị trật khớp vai.", None),
    ("Chúng tôi bị trẹo chân khi chạy.", None), ("Anh bị bong gân cổ tay.", None),
    ("Con chó của tôi bị trật khớp háng.", None), ("Tôi bị trẹo tay.", None), ("Tôi bị trẹo cổ.", None),
    ("Chân tôi bị sưng.", None), ("Bạn có bị trẹo chân khi chạy không?", None), ("Tôi bị bong gân cổ tay?", None),
    ("Tôi bị bong gân cổ tay không?", None), ("Em có bị bong gân cổ tay không ạ?", None),
    ("Cổ chân tôi sưng lên.", None), ("Cổ chân tôi có sưng lên sau khi bị trẹo không?", None), ("Trật tự!", None),
    # ... "không hay", "vừa" with a day, "nhỉ", a day ahead, "trật cổ tay" (dislocated or twisted?), the joint
    # twisted said first, a name's ankle after (he or she?), nonsense, English
    ("Tôi không hay bị trẹo chân.", None), ("Tôi vừa bị trật khớp vai hôm qua.", None),
    ("Tôi bị bong gân cổ tay nhỉ.", None), ("Ngày mai tôi bị bong gân cổ tay.", None), ("Tôi bị trật cổ tay.", None),
    ("Cổ tay tôi bị trẹo.", None), ("Cổ chân của Lan sưng lên sau khi bị trẹo.", None),
    ("Sưng sưng trẹo trẹo.", None), ("I sprained my wrist.", None),
    # ... "thế", "vậy" ending a statement (so much? then?: mt.text.STRESSED_SAID), not a question's
    ("Tôi bị bong gân cổ tay thế.", None), ("Tôi bị trẹo chân khi chạy vậy.", None), ("Cổ tay tôi bị sưng thế.", None),
    ("Cổ chân tôi sưng lên sau khi bị trẹo thế.", None),
    ("Bạn có bị bong gân cổ tay không thế?", "Have you sprained your wrist?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã mưa to tay vợt.", "Tôi đã vỗ tay vợ tôi.", "Bạn có làm cho người vợ của mình không?", "Cô ấy vỗ
    # knee chơi xấuminton hôm qua."
    ("I sprained my wrist.", "Tôi bị bong gân cổ tay."),
    ("I've sprained my wrist.", "Tôi bị bong gân cổ tay."),
    ("My father has sprained his knee.", "Bố tôi bị bong gân đầu gối."),
    ("Lan sprained her thumb.", "Lan bị bong gân ngón tay cái."),
    ("She sprained her ankle playing tennis.", "Cô ấy bị bong gân cổ chân khi chơi tennis."),
    ("She sprained her knee playing badminton yesterday.", "Hôm qua cô ấy bị bong gân đầu gối khi chơi cầu lông."),
    ("Did you sprain your wrist?", "Bạn có bị bong gân cổ tay không?"),
    ("Have you sprained your wrist?", "Bạn có bị bong gân cổ tay không?"),
    ("I haven't sprained my wrist.", "Tôi không bị bong gân cổ tay."),
    ("He didn't sprain his knee.", "Anh ấy không bị bong gân đầu gối."),
    # v8: "Anh ấy đã giải tán bóng đá của anh ấy." (disbanded), "Vai ông được giải tán."
    ("He dislocated his shoulder playing football.", "Anh ấy bị trật khớp vai khi chơi bóng."),
    ("My mother has dislocated her shoulder.", "Mẹ tôi bị trật khớp vai."),
    ("She's just dislocated her elbow.", "Cô ấy vừa bị trật khớp khuỷu tay."),
    ("My brother dislocated his finger playing basketball yesterday.",
     "Hôm qua anh trai tôi bị trật khớp ngón tay khi chơi bóng rổ."),
    ("Did he dislocate his shoulder while playing football?", "Anh ấy có bị trật khớp vai khi chơi bóng không?"),
    # v8: "Tôi vặn quẹt cái bàn chân của tôi trong khi chạy.", "Chúng tôi vặn những con cá chân của chúng tôi …"
    ("I twisted my ankle while running.", "Tôi bị trẹo chân khi chạy."),
    ("My grandmother twisted her ankle going down the stairs.", "Bà tôi bị trẹo chân khi xuống cầu thang."),
    ("We twisted our ankles while running.", "Chúng tôi bị trẹo chân khi chạy."),
    ("They sprained their ankles playing football.", "Họ bị bong gân cổ chân khi chơi bóng."),
    ("She often twists her ankle.", "Cô ấy hay bị trẹo chân."),
    ("I often sprain my wrist playing volleyball.", "Tôi hay bị bong gân cổ tay khi chơi bóng chuyền."),
    ("My son twisted his wrist last night.", "Tối qua con trai tôi bị trẹo cổ tay."),
    # v8: "Mẹ tôi có một cái bàn chân bị vẹo."
    ("My mother has a sprained ankle.", "Mẹ tôi bị bong gân cổ chân."),
    ("Do you have a dislocated shoulder?", "Bạn có bị trật khớp vai không?"),
    ("He's got a sprained wrist.", "Anh ấy bị bong gân cổ tay."),
    # v8: "Món cổ của tôi bị mưa." (rained), "Bạn có bị sưng không?", "Món mắt của tôi tràn ra sau khi tôi vặn nó."
    ("My wrist is sprained.", "Cổ tay tôi bị bong gân."),
    ("His shoulder is dislocated.", "Vai anh ấy bị trật khớp."),
    ("My knee is dislocated.", "Đầu gối tôi bị trật khớp."),
    ("Is your wrist sprained?", "Cổ tay bạn có bị bong gân không?"),
    ("My ankle is swollen.", "Cổ chân tôi bị sưng."),
    ("Is your ankle swollen?", "Cổ chân bạn có bị sưng không?"),
    ("My mother's knee isn't swollen.", "Đầu gối mẹ tôi không bị sưng."),
    ("My ankle has swollen up.", "Cổ chân tôi sưng lên rồi."),
    ("My ankle swelled up after I twisted it.", "Cổ chân tôi sưng lên sau khi bị trẹo."),
    ("Her wrist swelled up after she sprained it.", "Cổ tay cô ấy sưng lên sau khi bị bong gân."),
    ("My father's shoulder swelled up after he dislocated it.", "Vai bố tôi sưng lên sau khi bị trật khớp."),
    ("My knee swelled up after I fell.", "Đầu gối tôi sưng lên sau khi bị ngã."),
    # not: mt/injuries.py's ankles with no how, whose not who's ("She … his"), verbs that do not agree, one ankle of
    # "we", "you" with ankles, "swelled up" alone (still?), who swelled it not whose, other meanings of "twist" and
    # "swell", a "?" on a statement, a pet, Vietnamese, nonsense, a knee twisted (not read for sure in Vietnamese)
    ("I twisted my ankle.", None), ("Did you sprain your ankle?", None), ("She sprained his wrist.", None),
    ("She sprain her wrist.", None), ("I has sprained my wrist.", None), ("Did you sprained your wrist?", None),
    ("We twisted our ankle.", None), ("You twisted your ankles.", None), ("My ankle swelled up.", None),
    ("My ankle swelled up after she twisted it.", None), ("He twisted the story.", None),
    ("The river swelled after the rain.", None), ("My wrist is sprained?", None), ("My dog dislocated his hip.", None),
    ("My dog's hip is dislocated.", None), ("Tôi bị bong gân cổ tay.", None), ("My twisted ankle hurts.", None),
    ("Twist and shout!", None), ("Does you have a sprained ankle?", None), ("I twisted my knee.", None),
    ("I sprained my wrist while.", None),
    # ... "we" or "they" with one joint (whose?), a hip swollen ("háng" is the groin: only joints of _SWOLLEN swell)
    ("We have a sprained ankle.", None), ("Do they have a twisted ankle?", None), ("My hip is swollen.", None),
    ("Is his hip swollen?", None),
    # "'s swollen up" contracted
    ("My knee’s swollen up.", "Đầu gối tôi sưng lên rồi."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
