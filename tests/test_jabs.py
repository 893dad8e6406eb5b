"""Vaccinations, jabs, giving blood and blood tests, both ways (mt/jabs.py)."""
import pytest

from mt.jabs import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I must get the room.", "I've given the second shot.", "My child has given the room done."
    ("Con tôi phải tiêm phòng.", "My child has to get vaccinated."),
    ("Con trai tôi phải đi tiêm phòng.", "My son has to get vaccinated."),
    ("Tôi đã tiêm mũi thứ hai.", "I've had my second jab."),
    ("Tôi vừa tiêm mũi 2.", "I've just had my second jab."),
    ("Con tôi vừa tiêm phòng xong.", "My child has just been vaccinated."),
    ("Tôi đã tiêm mũi nhắc lại.", "I've had my booster."),
    ("Ông tôi đã tiêm mũi thứ hai.", "My grandfather has had his second jab."),
    ("Chồng tôi đã tiêm đủ hai mũi.", "My husband has had both jabs."),
    ("Tuần sau bà tôi sẽ tiêm mũi thứ ba.", "My grandmother is going to have her third jab next week."),
    ("Bạn đã tiêm vắc-xin chưa?", "Have you been vaccinated?"),
    ("Anh đã tiêm phòng chưa?", "Have you been vaccinated?"),
    ("Tôi đã tiêm vắc-xin rồi.", "I've been vaccinated."),
    ("Họ đã được tiêm vắc-xin.", "They've been vaccinated."),
    ("Mẹ tôi chưa tiêm vắc-xin.", "My mother hasn't been vaccinated yet."),
    ("Ngày mai tôi sẽ đi tiêm vắc-xin.", "I'm going to get vaccinated tomorrow."),
    ("Bạn vừa tiêm phòng à?", "Have you just been vaccinated?"),
    ("Bạn có phải tiêm phòng không?", "Do you have to get vaccinated?"),
    # v8: "She receives the flu every year."
    ("Cô ấy đã tiêm phòng cúm tuần trước.", "She had a flu jab last week."),
    ("Chị ấy tiêm phòng cúm mỗi năm.", "She has a flu jab every year."),
    ("Hôm nay tôi đã tiêm phòng uốn ván.", "I had a tetanus jab today."),
    ("Lan đã tiêm vắc-xin COVID.", "Lan has had a COVID jab."),
    ("Con gái tôi cần tiêm phòng sởi.", "My daughter needs to have a measles jab."),
    # v8: "I walked blood donor.", "Yesterday, I went to blood donor.", "Do you or go don't you?", "Never don't you
    # donate blood?"
    ("Tôi đi hiến máu.", "I'm going to give blood."),
    ("Tối nay tôi đi hiến máu.", "I'm going to give blood tonight."),
    ("Hôm qua tôi đi hiến máu.", "I gave blood yesterday."),
    ("Tôi đã hiến máu hôm qua.", "I gave blood yesterday."),
    ("Anh ấy hiến máu ba tháng một lần.", "He gives blood every three months."),
    ("Anh ấy thường hiến máu sáu tháng một lần.", "He usually gives blood every six months."),
    ("Chúng tôi hiến máu mỗi năm hai lần.", "We give blood twice a year."),
    ("Tôi thường hiến máu.", "I often give blood."),
    ("Bạn có hay đi hiến máu không?", "Do you often give blood?"),
    ("Bạn có hiến máu không?", "Do you give blood?"),
    ("Bạn đã bao giờ hiến máu chưa?", "Have you ever given blood?"),
    ("Tôi chưa bao giờ hiến máu.", "I've never given blood."),
    ("Tôi đã từng hiến máu.", "I've given blood before."),
    ("Bạn hiến máu bao lâu một lần?", "How often do you give blood?"),
    ("Hôm qua bạn có đi hiến máu không?", "Did you give blood yesterday?"),
    ("Tôi muốn hiến máu.", "I'd like to give blood."),
    ("Bạn có muốn hiến máu không?", "Would you like to give blood?"),
    # v8: "This morning, I go to blood tests.", "I took blood tests."
    ("Sáng nay tôi đã xét nghiệm máu.", "I had a blood test this morning."),
    ("Tôi vừa lấy máu xét nghiệm.", "I've just had a blood test."),
    ("Bố tôi phải xét nghiệm máu.", "My father has to have a blood test."),
    ("Bạn có cần xét nghiệm máu không?", "Do you need to have a blood test?"),
    # v8: "Is it pain?"
    ("Tiêm có đau không?", "Does the jab hurt?"),
    ("Lúc tiêm có đau không?", "Did the jab hurt?"),
    ("Hiến máu có đau không?", "Does giving blood hurt?"),
    # not: "anh" saying it (the speaker or "you"), a name's own jab (his or her not known), "tiêm" alone (an injection
    # of anything), no tense, day or habit, "không" said, "ba tháng" without "một lần" (for three months), a day ahead
    # with "đã", "sáng nay … đi" (going or gone), the speaker asked what he would like, fears (the phrasebook's),
    # "Có đau không?" (of anything), another topic
    ("Tôi đi hiến máu nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh đã tiêm phòng.", None), ("Lan đã tiêm mũi thứ hai.", None), ("Tôi vừa tiêm.", None),
    ("Tôi có được hiến máu không?", None),  # (may I? It gave "Do I give blood?")
    ("Tôi hiến máu.", None), ("Tôi đi hiến máu rồi.", None), ("Tôi không hiến máu.", None),
    ("Tôi hiến máu ba tháng.", None),
    ("Tôi đã tiêm mũi thứ hai ngày mai.", None), ("Sáng nay tôi đi xét nghiệm máu.", None),
    ("Tôi có muốn hiến máu không?", None), ("Tôi sợ tiêm.", None), ("Có đau không?", None),
    ("Bác sĩ tiêm cho tôi.", None), ("Tôi bị đau tay sau khi tiêm.", None), ("Bạn đã tiêm mấy mũi rồi?", None),
    ("Hôm nay tôi đã tiêm phòng hôm qua.", None),  # (two days)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã mắc kẹt thứ hai của tôi." (stuck), "Anh ta vừa bị kẹt.", "Bạn có bị kẹt không?", "Tôi sẽ trở thành
    # người thúc đẩy của tôi ngày mai." (a promoter)
    ("I've had my second jab.", "Tôi đã tiêm mũi thứ hai."),
    ("I've just had my second jab.", "Tôi vừa tiêm mũi thứ hai."),
    ("He's had both jabs.", "Anh ấy đã tiêm đủ hai mũi."),
    ("Have you had your jab?", "Bạn đã tiêm vắc-xin chưa?"),
    ("She's had her booster.", "Cô ấy đã tiêm mũi nhắc lại."),
    ("I haven't had my booster yet.", "Tôi chưa tiêm mũi nhắc lại."),
    ("I'm going to get my booster tomorrow.", "Ngày mai tôi sẽ đi tiêm mũi nhắc lại."),
    ("I'm getting my booster tomorrow.", "Ngày mai tôi sẽ đi tiêm mũi nhắc lại."),
    ("I got my first dose yesterday.", "Hôm qua tôi đã tiêm mũi đầu tiên."),
    ("She is going to have her third jab next week.", "Tuần sau cô ấy sẽ đi tiêm mũi thứ ba."),
    ("Has your father had his second jab?", "Bố bạn đã tiêm mũi thứ hai chưa?"),
    ("Has she had her booster yet?", "Cô ấy đã tiêm mũi nhắc lại chưa?"),
    ("Did she have her second jab?", "Cô ấy đã tiêm mũi thứ hai chưa?"),
    ("Lan has had her second jab.", "Lan đã tiêm mũi thứ hai."),
    # v8: "Cô ấy bị cúm vào tuần trước." (had the flu), "Bạn có bị cúm không?"
    ("She had a flu jab last week.", "Tuần trước cô ấy đã tiêm phòng cúm."),
    ("Have you had your flu jab?", "Bạn đã tiêm phòng cúm chưa?"),
    ("I've had my flu shot.", "Tôi đã tiêm phòng cúm."),
    ("She has a flu jab every year.", "Cô ấy tiêm phòng cúm mỗi năm."),
    ("Have you had the COVID vaccine?", "Bạn đã tiêm vắc-xin COVID chưa?"),
    ("Have you been vaccinated?", "Bạn đã tiêm vắc-xin chưa?"),
    ("Did you get vaccinated?", "Bạn đã tiêm vắc-xin chưa?"),
    ("We've been vaccinated.", "Chúng tôi đã tiêm vắc-xin."),
    ("I've already had the vaccine.", "Tôi đã tiêm vắc-xin rồi."),
    ("My mother hasn't been vaccinated yet.", "Mẹ tôi chưa tiêm vắc-xin."),
    ("They were vaccinated last month.", "Tháng trước họ đã tiêm vắc-xin."),
    ("My son has to get his vaccinations.", "Con trai tôi phải tiêm phòng."),
    ("My daughter had her vaccinations today.", "Hôm nay con gái tôi đã tiêm phòng."),
    ("Does he have to get vaccinated?", "Anh ấy có phải tiêm vắc-xin không?"),
    ("Are you going to get vaccinated?", "Bạn có định đi tiêm vắc-xin không?"),
    # v8: "Tôi đưa máu hôm qua." (handed), "Anh ấy cho máu mỗi ba tháng.", "Bạn có mang máu không?", "Bạn đã từng sử
    # dụng máu chưa?" (used)
    ("I gave blood yesterday.", "Hôm qua tôi đã hiến máu."),
    ("He gives blood every three months.", "Anh ấy hiến máu ba tháng một lần."),
    ("We give blood twice a year.", "Chúng tôi hiến máu mỗi năm hai lần."),
    ("Do you give blood?", "Bạn có hiến máu không?"),
    ("Do you often give blood?", "Bạn có hay hiến máu không?"),
    ("Have you ever given blood?", "Bạn đã bao giờ hiến máu chưa?"),
    ("I've never given blood.", "Tôi chưa bao giờ hiến máu."),
    ("I have given blood before.", "Tôi đã từng hiến máu."),
    ("I'm going to give blood.", "Tôi sẽ đi hiến máu."),
    ("How often do you give blood?", "Bạn hiến máu bao lâu một lần?"),
    ("Did you give blood yesterday?", "Hôm qua bạn có hiến máu không?"),
    ("Would you like to give blood?", "Bạn có muốn hiến máu không?"),
    ("I'd like to give blood.", "Tôi muốn hiến máu."),
    # v8: "Tôi có một xét nghiệm máu sáng nay."
    ("I had a blood test this morning.", "Sáng nay tôi đã xét nghiệm máu."),
    ("I need to have a blood test.", "Tôi cần xét nghiệm máu."),
    ("He must have a blood test.", "Anh ấy phải xét nghiệm máu."),
    ("My wife is having a blood test tomorrow.", "Ngày mai vợ tôi sẽ đi xét nghiệm máu."),
    ("Is he going to have a blood test tomorrow?", "Ngày mai anh ấy có định đi xét nghiệm máu không?"),
    ("Does the jab hurt?", "Tiêm có đau không?"),
    ("Did the jab hurt?", "Lúc tiêm có đau không?"),
    ("Does giving blood hurt?", "Hiến máu có đau không?"),
    # not: bad agreement ("I has", "She have", "He give", "Does she gives", "I is"), someone else's jab, a past verb
    # with a day ahead, "a jab" (of anything), "my shot" (may be a turn), "yet" said, a shot of something else, "Did
    # it hurt?" (of anything), fears (the phrasebook's), blood pressure (mt/conditions.py's)
    ("I has had my second jab.", None), ("She have had her booster.", None),
    ("He give blood every three months.", None), ("Does she gives blood?", None), ("I is going to give blood.", None),
    ("She's had my booster.", None),
    ("I gave blood tomorrow.", None), ("I've had a jab.", None), ("I've had my shot.", None),
    ("I've had both jabs yet.", None), ("I had a shot of whisky.", None), ("Did it hurt?", None),
    ("Have he been vaccinated?", None), ("Does you give blood?", None), ("Did you give blood tomorrow?", None),
    ("I'm scared of needles.", None), ("My blood pressure is high.", None), ("The nurse took a blood sample.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
