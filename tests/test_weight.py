"""Weight put on or lost, a diet, weight to lose or gain, and how much someone weighs, both ways (mt/weight.py)."""

import pytest

from mt import phrasebook
from mt.weight import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I'm gaining weight.", "This rice is weight gain.", "I've lost five balances.", "My mother has risen two
    # signs.", "How many weights do you have been lost?"
    ("Tôi tăng cân.", "I've put on weight."),
    ("Tôi bị tăng cân rồi.", "I've put on weight."),
    ("Dạo này anh ấy tăng cân.", "He's been putting on weight lately."),
    ("Mẹ tôi dạo này tăng cân.", "My mother has been putting on weight lately."),
    ("Tôi đã giảm được 5 cân.", "I've lost 5 kilos."),
    ("Tôi đã giảm được 5 cân!", "I've lost 5 kilos!"),
    ("Mẹ tôi đã tăng 2 ký.", "My mother has put on 2 kilos."),
    ("Anh ấy đã giảm được năm cân.", "He's lost five kilos."),
    ("Tôi giảm 2kg.", "I've lost 2 kg."),
    ("Tôi đã giảm được 1,5 kg.", "I've lost 1.5 kg."),
    ("Tôi vừa giảm được nửa cân.", "I've just lost half a kilo."),
    ("Tôi đã giảm được một cân rưỡi.", "I've lost a kilo and a half."),
    ("Tôi đã giảm được hai cân rưỡi.", "I've lost two and a half kilos."),
    ("Tôi giảm được 5 ki-lô.", "I've lost 5 kilos."),
    ("Bác Hùng sụt 5 cân.", "Uncle Hung has lost 5 kilos."),
    ("Tôi xuống 2 ký.", "I've lost 2 kilos."),
    ("Tôi tăng cân nhiều quá!", "I've put on a lot of weight!"),
    ("Lan đang giảm cân.", "Lan is losing weight."),
    ("Tháng này tôi đã giảm được 2 cân.", "I've lost 2 kilos this month."),
    ("Tuần này tôi giảm được 1 cân.", "I've lost a kilo this week."),
    ("Gần đây tôi giảm được 3 cân.", "I've lost 3 kilos lately."),
    ("Tôi chưa giảm được cân nào.", "I haven't lost any weight."),
    ("Tôi không tăng cân nhiều.", "I haven't put on much weight."),
    ("Tôi không giảm được cân.", "I can't lose weight."),
    ("Tuần này tôi không giảm được cân.", "I haven't lost weight this week."),
    ("Bạn có tăng cân không?", "Have you put on weight?"),
    ("Dạo này bạn có giảm cân không?", "Have you been losing weight lately?"),
    ("Bạn có đang giảm cân không?", "Are you losing weight?"),
    ("Bạn đã giảm được bao nhiêu cân?", "How much weight have you lost?"),
    ("Bạn giảm được mấy cân rồi?", "How many kilos have you lost?"),
    ("Anh có giảm cân không?", "Have you lost weight?"),  # ("anh" asking: you)
    # thinner or fatter (v7: "You're gone.", "He got a lot of foolish.", "I'm fated.")
    ("Bạn gầy đi đấy.", "You've lost weight."),
    ("Anh ấy gầy đi nhiều.", "He's lost a lot of weight."),
    ("Tôi béo lên rồi.", "I've put on weight."),
    ("Tôi có béo lên không?", "Have I put on weight?"),
    ("Trông bạn gầy đi.", "You look thinner."),
    ("Trông anh ấy gầy đi nhiều.", "He looks a lot thinner."),
    ("Trông tôi có gầy đi không?", "Do I look thinner?"),
    # a diet (v7: "I'm eating patient.", "Are you eating patient?", "I don't eat persist.")
    ("Tôi đang ăn kiêng.", "I'm on a diet."),
    ("Bạn có đang ăn kiêng không?", "Are you on a diet?"),
    ("Tôi không ăn kiêng.", "I'm not on a diet."),
    ("Chúng tôi đang ăn kiêng.", "We're on a diet."),
    ("Tôi đang theo chế độ ăn kiêng.", "I'm on a diet."),
    ("Mẹ tôi đang ăn kiêng để giảm cân.", "My mother is on a diet to lose weight."),
    ("Dạo này tôi ăn kiêng.", "I've been on a diet lately."),
    ("Dạo này mẹ tôi không ăn kiêng.", "My mother hasn't been on a diet lately."),
    ("Dạo này bạn có ăn kiêng không?", "Have you been on a diet lately?"),
    # trying, wanting, needing, having to (v7: "I'm trying to balance.", "I'd like to reduce three balances.")
    ("Tôi đang cố giảm cân.", "I'm trying to lose weight."),
    ("Tôi đang cố gắng giảm cân.", "I'm trying to lose weight."),
    ("Tôi muốn giảm 3 cân.", "I want to lose 3 kilos."),
    ("Lan muốn giảm 2 ký.", "Lan wants to lose 2 kilos."),
    ("Tôi muốn tăng cân.", "I want to gain weight."),
    ("Tôi không muốn tăng cân.", "I don't want to gain weight."),
    ("Tôi cần giảm cân.", "I need to lose weight."),
    ("Bố tôi phải giảm cân.", "My father has to lose weight."),
    ("Tôi không cố giảm cân.", "I'm not trying to lose weight."),
    ("Bạn có muốn giảm cân không?", "Do you want to lose weight?"),
    ("Bạn có cần giảm cân không?", "Do you need to lose weight?"),
    ("Bạn muốn giảm bao nhiêu cân?", "How much weight do you want to lose?"),
    # how much someone named weighs (v7: "It is 50 weight.", "How much is the severity?")
    ("Lan nặng 50 cân.", "Lan weighs 50 kg."),
    ("Lan nặng khoảng 50 cân.", "Lan weighs about 50 kg."),
    ("Bác Hùng nặng 70 ký.", "Uncle Hung weighs 70 kg."),
    ("Lan nặng bao nhiêu?", "How much does Lan weigh?"),
    # not: mt.people's ("I weigh 60 kg."); asked without "có", "có" without asking; "nào" said; kilos going on, asked
    # or denied; a day mt.free_time.when does not read, or said twice; fatter looked; "anh" saying it (may be the
    # speaker); an aim with "đang"; a unit off the list
    ("Tôi nặng 60 cân.", None), ("Mẹ tôi nặng 50 cân.", None), ("Anh ấy tăng cân không?", None),
    ("Tôi có tăng cân.", None), ("Tôi giảm cân nào.", None), ("Chị ấy đang giảm 3 cân.", None),
    ("Bạn có tăng 3 cân không?", None), ("Tôi không tăng 3 cân.", None), ("Tháng trước tôi giảm được 2 cân.", None),
    ("Dạo này tôi tăng cân dạo này.", None), ("Trông bạn béo lên.", None), ("Anh giảm cân.", None),
    ("Tôi đang muốn giảm cân.", None), ("Tôi đã giảm được 5 tấn.", None), ("Tôi đã giảm được 1,5 cân rưỡi.", None),
    ("Lan nặng khoảng bao nhiêu?", None), ("Dạo này tôi ăn kiêng để giảm cân.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi đã cân nặng.", "Ông ta đang tập trung vào trọng lượng cuối cùng.", "Tôi đã mất 5 ki-lô.", "Bạn đã mất
    # cân.", "Mẹ tôi đã giành được 2 kg."
    ("I've put on weight.", "Tôi đã tăng cân."),
    ("I put on weight.", "Tôi đã tăng cân."),
    ("He's been putting on weight lately.", "Dạo này anh ấy tăng cân."),
    ("I've been losing weight.", "Dạo này tôi giảm cân."),
    ("I've lost 5 kilos.", "Tôi đã giảm được 5 cân."),
    ("I’ve lost 5 kilos.", "Tôi đã giảm được 5 cân."),
    ("You've lost weight.", "Bạn đã giảm cân."),
    ("She's lost weight.", "Cô ấy đã giảm cân."),
    ("My mother has gained 2 kg.", "Mẹ tôi đã tăng 2 kg."),
    ("My father has lost 10 kilos.", "Bố tôi đã giảm được 10 cân."),
    ("I've put on two kilos.", "Tôi đã tăng hai cân."),
    ("I've lost half a kilo.", "Tôi đã giảm được nửa cân."),
    ("I've lost a kilo and a half.", "Tôi đã giảm được một cân rưỡi."),
    ("I've lost two and a half kilos.", "Tôi đã giảm được hai cân rưỡi."),
    ("I've lost 1.5 kg.", "Tôi đã giảm được 1,5 kg."),
    ("I've lost 3 kilograms.", "Tôi đã giảm được 3 cân."),
    ("I've just lost 3 kilos.", "Tôi vừa giảm được 3 cân."),
    ("I've lost a lot of weight.", "Tôi đã giảm được nhiều cân."),
    ("Lan has put on a lot of weight.", "Lan đã tăng nhiều cân."),
    ("I lost 2 kilos this month.", "Tháng này tôi đã giảm được 2 cân."),
    ("I've lost weight recently.", "Gần đây tôi đã giảm cân."),
    ("I'm losing weight.", "Tôi đang giảm cân."),
    ("I haven't lost any weight.", "Tôi chưa giảm được cân nào."),
    ("I haven't put on much weight.", "Tôi không tăng cân nhiều."),
    ("I can't lose weight.", "Tôi không giảm được cân."),
    ("Have you lost weight?", "Bạn có giảm cân không?"),
    ("Have you lost any weight this month?", "Tháng này bạn có giảm được cân nào không?"),
    ("Have you been putting on weight lately?", "Dạo này bạn có tăng cân không?"),
    ("Is she putting on weight?", "Cô ấy có đang tăng cân không?"),
    ("How much weight have you lost?", "Bạn đã giảm được bao nhiêu cân?"),
    ("How many kilos has he lost?", "Anh ấy đã giảm được mấy cân?"),
    ("How much weight has your mother put on?", "Mẹ bạn đã tăng bao nhiêu cân?"),
    # a diet (v7: "Tôi đang ở chế độ ăn uống.", "Bạn có chế độ ăn uống không?")
    ("I'm on a diet.", "Tôi đang ăn kiêng."),
    ("Are you on a diet?", "Bạn có đang ăn kiêng không?"),
    ("I'm not on a diet.", "Tôi không ăn kiêng."),
    ("She isn't on a diet.", "Cô ấy không ăn kiêng."),
    ("Lan is on a diet.", "Lan đang ăn kiêng."),
    ("I'm dieting.", "Tôi đang ăn kiêng."),
    ("They're on a diet to lose weight.", "Họ đang ăn kiêng để giảm cân."),
    ("I've been on a diet lately.", "Dạo này tôi ăn kiêng."),
    ("Have you been on a diet lately?", "Dạo này bạn có ăn kiêng không?"),
    # trying, wanting, needing, having to (v7: "Tôi đang cố mất cân.", "Tôi muốn mất 3 kg.")
    ("I'm trying to lose weight.", "Tôi đang cố giảm cân."),
    ("She's trying to gain weight.", "Cô ấy đang cố tăng cân."),
    ("I want to lose 3 kilos.", "Tôi muốn giảm 3 cân."),
    ("He wants to lose 5 kg.", "Anh ấy muốn giảm 5 kg."),
    ("I need to lose weight.", "Tôi cần giảm cân."),
    ("You have to lose weight.", "Bạn phải giảm cân."),
    ("My father doesn't want to put on weight.", "Bố tôi không muốn tăng cân."),
    ("Do you want to lose weight?", "Bạn có muốn giảm cân không?"),
    ("Does she need to lose weight?", "Cô ấy có cần giảm cân không?"),
    ("Are you trying to lose weight?", "Bạn có đang cố giảm cân không?"),
    ("How much weight do you want to lose?", "Bạn muốn giảm bao nhiêu cân?"),
    # thinner, and how much someone weighs (v7: "Độ cân của bạn là gì?")
    ("You look thinner.", "Trông bạn gầy đi."),
    ("Do I look thinner?", "Trông tôi có gầy đi không?"),
    ("How much do you weigh?", "Bạn nặng bao nhiêu cân?"),
    ("What's your weight?", "Bạn nặng bao nhiêu cân?"),
    ("How much does your son weigh?", "Con trai bạn nặng bao nhiêu cân?"),
    # not: who and the verb not agreeing; kilos not agreeing with the number, or past ten in words; "much" said,
    # "a lot of" denied; kilos going on, lately or aimed at as "a lot"; a base form alone; "been dieting"
    ("He have lost weight.", None), ("I has lost weight.", None), ("I's trying to lose weight.", None),
    ("I is on a diet.", None), ("Do he want to lose weight?", None), ("How much does you weigh?", None),
    ("She look thinner.", None), ("I've lost five kilo.", None), ("I've lost one kilos.", None),
    ("I've lost seventy kilos.", None), ("I've lost much weight.", None), ("I haven't lost a lot of weight.", None),
    ("I'm putting on 3 kilos.", None), ("I've been losing 3 kilos.", None), ("I'm losing weight lately.", None),
    ("I want to lose a lot of weight.", None), ("I lose weight.", None), ("I've been dieting.", None),
    ("I have on a diet.", None), ("I weigh 60 kg.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_left():
    assert translate("Tôi tăng cân.", "en", "vi") is None  # (Vietnamese given as English)
    assert translate("I've put on weight.", "vi", "en") is None
    assert translate("Tôi tăng cân.", "vi", "fr") is None


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi đã giảm được 5 cân.", "vi", "en") == "I've lost 5 kilos."
    assert phrasebook.translate("I'm on a diet.", "en", "vi") == "Tôi đang ăn kiêng."
