"""Periods and menopause: on her period, a first period, period pains, a period late, periods irregular, and
menopause, both ways (mt/periods.py)."""
import pytest

from mt.periods import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm coming months.", "Are you coming to month?", "My wife is having a business.", "I'm next month."
    ("Tôi đang đến tháng.", "I'm on my period."),
    ("Tôi đến tháng.", "I'm on my period."),
    ("Vợ tôi đang có kinh.", "My wife is on her period."),
    ("Tôi đang hành kinh.", "I'm on my period."),
    ("Vợ tôi đang trong kỳ kinh nguyệt.", "My wife is on her period."),
    ("Lan đang đến tháng.", "Lan is on her period."),
    ("Bạn có đang đến tháng không?", "Are you on your period?"),
    ("Chị có đang đến tháng không?", "Are you on your period?"),
    ("Cô ấy đang đến tháng à?", "Is she on her period?"),
    ("Tôi đến tháng rồi.", "I've got my period."),
    ("Cô ấy đến tháng rồi.", "She's got her period."),
    # v8: "My daughter had the first experience."
    ("Con gái tôi vừa có kinh lần đầu.", "My daughter has just had her first period."),
    ("Con gái tôi đã có kinh lần đầu.", "My daughter has had her first period."),
    ("Con gái bạn đã có kinh lần đầu chưa?", "Has your daughter had her first period yet?"),
    # v8: "I have a stomachache.", "Do you have a stomachache?", "She's usually experienced pain.", "I'm suffering
    # from a stomachache."
    ("Tôi bị đau bụng kinh.", "I have period pains."),
    ("Bạn có bị đau bụng kinh không?", "Do you have period pains?"),
    ("Chị tôi hay bị đau bụng kinh.", "My sister often gets period pains."),
    ("Vợ tôi thường bị đau bụng kinh.", "My wife often gets period pains."),
    ("Bạn có hay bị đau bụng kinh không?", "Do you often get period pains?"),
    ("Tôi đang bị đau bụng kinh.", "I'm having period pains."),
    ("Bạn có đang bị đau bụng kinh không?", "Are you having period pains?"),
    ("Mẹ tôi không bị đau bụng kinh.", "My mother doesn't have period pains."),
    ("Tôi bị đau bụng kinh nặng lắm.", "I have really bad period pains."),
    # v8: "I'm slowing for a week.", "Do you have a slow menstrual slow?", "I'm late for three days."
    ("Tôi bị chậm kinh một tuần.", "My period is a week late."),
    ("Tôi bị chậm kinh.", "My period is late."),
    ("Tôi bị trễ kinh ba ngày rồi.", "My period is three days late."),
    ("Vợ tôi bị chậm kinh hai tuần.", "My wife's period is two weeks late."),
    ("Bạn có bị chậm kinh không?", "Is your period late?"),
    ("Tôi không bị chậm kinh.", "My period isn't late."),
    # v8: "My menstrual period is not all.", "Are your menstrual periods?"
    ("Kinh nguyệt của tôi không đều.", "My periods are irregular."),
    ("Kinh nguyệt tôi không đều đặn.", "My periods are irregular."),
    ("Kinh nguyệt của bạn có đều không?", "Are your periods regular?"),
    ("Kinh nguyệt của mẹ tôi đều.", "My mother's periods are regular."),
    ("Chu kỳ kinh nguyệt của tôi không đều.", "My menstrual cycle is irregular."),
    ("Tôi bị kinh nguyệt không đều.", "I have irregular periods."),
    ("Bạn có bị kinh nguyệt không đều không?", "Do you have irregular periods?"),
    # v8: "My mother is during menopause.", "My grandmother is menopause.", "My mother is going to menopause.", "She
    # is during the perimenopause.", "Are you menopause?", "My mother hadn't menopause.", "My mother was menopause at
    # age 48."
    ("Mẹ tôi đang trong thời kỳ mãn kinh.", "My mother is going through menopause."),
    ("Cô ấy đang mãn kinh.", "She's going through menopause."),
    ("Bạn có đang trong thời kỳ mãn kinh không?", "Are you going through menopause?"),
    ("Cô ấy đang trong thời kỳ tiền mãn kinh.", "She's going through perimenopause."),
    ("Bà tôi mãn kinh rồi.", "My grandmother has gone through menopause."),
    ("Mẹ tôi đã mãn kinh.", "My mother has gone through menopause."),
    ("Tôi mãn kinh rồi.", "I've gone through menopause."),
    ("Mẹ tôi sắp mãn kinh.", "My mother is approaching menopause."),
    ("Mẹ tôi chưa mãn kinh.", "My mother hasn't gone through menopause yet."),
    ("Bạn đã mãn kinh chưa?", "Have you gone through menopause yet?"),
    ("Mẹ bạn mãn kinh chưa?", "Has your mother gone through menopause yet?"),
    ("Mẹ tôi mãn kinh lúc 48 tuổi.", "My mother went through menopause at 48."),
    ("Mẹ tôi mãn kinh năm năm mươi tuổi.", "My mother went through menopause at fifty."),
    ("Mẹ tôi mãn kinh ở tuổi 52.", "My mother went through menopause at 52."),
    # not: a man, "anh" asked, a name not a woman's, "bạn tôi" (her?), a pet, "we"; "có kinh" without "đang" (her
    # first?), "có … không?" without "đang", "chưa?" and "không" with "đến tháng" (late, or not yet begun?), "I"
    # asked, a bare first period or "mãn kinh" (when?), "ở tuổi mãn kinh", early menopause, "rối loạn", a stomach ache
    ("Anh ấy đang đến tháng.", None), ("Anh có đang đến tháng không?", None), ("Minh đang đến tháng.", None),
    ("Bạn tôi đang đến tháng.", None), ("Con mèo của tôi đang đến tháng.", None), ("Chúng tôi đang đến tháng.", None),
    ("Con gái tôi có kinh rồi.", None), ("Tôi có kinh.", None), ("Bạn có đến tháng không?", None),
    ("Bạn đến tháng chưa?", None), ("Tôi không đến tháng.", None), ("Tôi có đang đến tháng không?", None),
    ("Con gái tôi có kinh lần đầu.", None), ("Con trai tôi vừa có kinh lần đầu.", None), ("Mẹ tôi mãn kinh.", None),
    ("Mẹ tôi đang ở tuổi mãn kinh.", None), ("Bố tôi mãn kinh rồi.", None), ("Mẹ tôi bị mãn kinh sớm.", None),
    ("Tôi bị rối loạn kinh nguyệt.", None), ("Tôi bị đau bụng.", None), ("Kinh nguyệt của anh ấy không đều.", None),
    ("Mẹ tôi có mãn kinh không?", None), ("Mẹ tôi mãn kinh năm 2010.", None), ("Bà tôi mãn kinh khi 5 tuổi.", None),
    # ("?" on a statement; "lắm" without "nặng" (how much?); "không hay"; how late asked; a count past a few weeks)
    ("Tôi đang đến tháng?", None), ("Tôi bị đau bụng kinh lắm.", None), ("Tôi không hay bị đau bụng kinh.", None),
    ("Bạn có bị chậm kinh một tuần không?", None), ("Tôi bị chậm kinh mười hai tuần.", None),
    # (other meanings of the key words, "nhé", "nhỉ", the other way's language)
    ("Tôi đang kinh doanh.", None), ("Kinh doanh của tôi không đều.", None), ("Tôi đến tháng nhé.", None),
    ("Tôi đang đến tháng nhỉ.", None), ("I'm on my period.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi trong thời gian của tôi.", "Bạn có trong thời gian của mình không?", "Vợ tôi đang ở trong thời gian cô
    # ấy.", "Tôi có thời gian của tôi."
    ("I'm on my period.", "Tôi đang đến tháng."),
    ("She's on her period.", "Cô ấy đang đến tháng."),
    ("My wife is on her period.", "Vợ tôi đang đến tháng."),
    ("My wife is on her period!", "Vợ tôi đang đến tháng!"),
    ("Lan is on her period.", "Lan đang đến tháng."),
    ("Are you on your period?", "Bạn có đang đến tháng không?"),
    ("Is she on her period?", "Cô ấy có đang đến tháng không?"),
    ("I have my period.", "Tôi đang đến tháng."),
    ("I've got my period.", "Tôi đang đến tháng."),
    ("I got my period.", "Tôi đến tháng rồi."),
    # v8: "Con gái tôi chỉ có thời kỳ đầu tiên của cô ấy.", "Con gái của bạn chưa có thời kỳ đầu tiên của mình?"
    ("My daughter has just had her first period.", "Con gái tôi vừa có kinh lần đầu."),
    ("My daughter got her first period.", "Con gái tôi đã có kinh lần đầu."),
    ("Has your daughter had her first period yet?", "Con gái bạn đã có kinh lần đầu chưa?"),
    # v8: "Tôi bị đau thời kỳ.", "Bạn có bị đau kinh nguyệt không?", "Chị của tôi thường bị đau kinh nguyệt."
    ("I have period pains.", "Tôi bị đau bụng kinh."),
    ("She has period pains.", "Cô ấy bị đau bụng kinh."),
    ("Do you get period pains?", "Bạn có bị đau bụng kinh không?"),
    ("Does she get period pains?", "Cô ấy có bị đau bụng kinh không?"),
    ("My sister often gets period pains.", "Em gái tôi hay bị đau bụng kinh."),
    ("I usually get period pains.", "Tôi thường bị đau bụng kinh."),
    ("I'm having period pains.", "Tôi đang bị đau bụng kinh."),
    ("Are you having period pains?", "Bạn có đang bị đau bụng kinh không?"),
    ("My mother doesn't get period pains.", "Mẹ tôi không bị đau bụng kinh."),
    ("I don't get period pains.", "Tôi không bị đau bụng kinh."),
    ("I have really bad period cramps.", "Tôi bị đau bụng kinh rất nặng."),
    ("I have menstrual cramps.", "Tôi bị đau bụng kinh."),
    # v8: "Kỳ của tôi là một tuần cuối.", "Chu kỳ cuối của bạn có phải không?", "Chu kỳ của cô ấy là hai tuần cuối."
    ("My period is a week late.", "Tôi bị chậm kinh một tuần."),
    ("Her period is two weeks late.", "Cô ấy bị chậm kinh hai tuần."),
    ("My wife's period is late.", "Vợ tôi bị chậm kinh."),
    ("Is your period late?", "Bạn có bị chậm kinh không?"),
    ("My period isn't late.", "Tôi không bị chậm kinh."),
    ("My period isn’t late.", "Tôi không bị chậm kinh."), ("Lan’s period isn’t late.", "Lan không bị chậm kinh."),
    # v8: "Chu kỳ của tôi không đều đặn.", "Tôi có chu kỳ kinh nguyệt không đều đặn.", "Cô ấy có chu kỳ kinh nguyệt
    # không đều đặn."
    ("My periods are irregular.", "Kinh nguyệt của tôi không đều."),
    ("My period is irregular.", "Kinh nguyệt của tôi không đều."),
    ("My periods aren't regular.", "Kinh nguyệt của tôi không đều."),
    ("Are your periods regular?", "Kinh nguyệt của bạn có đều không?"),
    ("Are your periods irregular?", "Bạn có bị kinh nguyệt không đều không?"),
    ("My menstrual cycle is irregular.", "Chu kỳ kinh nguyệt của tôi không đều."),
    ("I have irregular periods.", "Tôi bị kinh nguyệt không đều."),
    ("She has irregular periods.", "Cô ấy bị kinh nguyệt không đều."),
    ("Do you have irregular periods?", "Bạn có bị kinh nguyệt không đều không?"),
    # v8: "Mẹ tôi đang trải qua mãn kinh.", "Bà tôi trải qua mãn kinh.", "Mẹ tôi đang đến mãn kinh.", "Cô ấy tiền mãn
    # kinh.", "Mẹ tôi mãn kinh vào năm mươi."
    ("My mother is going through menopause.", "Mẹ tôi đang trong thời kỳ mãn kinh."),
    ("My mother is going through the menopause.", "Mẹ tôi đang trong thời kỳ mãn kinh."),
    ("Is your mother going through menopause?", "Mẹ bạn có đang trong thời kỳ mãn kinh không?"),
    ("She is going through perimenopause.", "Cô ấy đang trong thời kỳ tiền mãn kinh."),
    ("She is menopausal.", "Cô ấy đang trong thời kỳ mãn kinh."),
    ("She's perimenopausal.", "Cô ấy đang trong thời kỳ tiền mãn kinh."),
    ("My grandmother has gone through menopause.", "Bà tôi mãn kinh rồi."),
    ("She's been through menopause.", "Cô ấy mãn kinh rồi."),
    ("My mother is post-menopausal.", "Mẹ tôi mãn kinh rồi."),
    ("Have you gone through menopause yet?", "Bạn đã mãn kinh chưa?"),
    ("Has she reached menopause yet?", "Cô ấy đã mãn kinh chưa?"),
    ("My mother hasn't gone through menopause yet.", "Mẹ tôi chưa mãn kinh."),
    ("My mother is approaching menopause.", "Mẹ tôi sắp mãn kinh."),
    ("My grandmother went through menopause.", "Bà tôi đã mãn kinh."),
    ("My grandmother went through menopause at 50.", "Bà tôi mãn kinh ở tuổi 50."),
    ("My mother went through menopause at fifty.", "Mẹ tôi mãn kinh ở tuổi năm mươi."),
    ("She reached menopause at forty-eight.", "Cô ấy mãn kinh ở tuổi bốn mươi tám."),
    # not: "he", a man's, a name not known as a woman's ("Mary"), "I" asked, whose period not who's own, the verb not
    # agreeing ("She have", "Do she", "My periods is", "two week"), "not irregular", denied "on my period" and
    # irregular periods, cramps alone (a leg's?), another period (a class's, history's), "approaching" asked
    ("He's on his period.", None), ("He has period pains.", None), ("My father is going through menopause.", None),
    ("His period is late.", None), ("My son has just had his first period.", None), ("Mary is on her period.", None),
    ("Am I on my period?", None), ("Is my period late?", None), ("I'm on her period.", None),
    ("She's on my period.", None), ("She have period pains.", None), ("Do she get period pains?", None),
    ("My periods is irregular.", None), ("My period is two week late.", None), ("My period is a days late.", None),
    ("My periods aren't irregular.", None), ("I'm not on my period.", None), ("I don't have irregular periods.", None),
    ("I have cramps.", None), ("The period is late.", None), ("The class period is late.", None),
    ("The history period is long.", None), ("Is she approaching menopause?", None),
    ("My mother has gone through perimenopause.", None), ("My daughter had her first period yet.", None),
    ("She is her period.", None), ("My grandmother went through menopause at 5.", None),
    ("She is on her period of leave.", None), ("Tôi đang đến tháng.", None),
    # (a contracted "not" not agreeing: "I doesn't", "She don't", "She haven't", "I hasn't")
    ("I doesn't get period pains.", None), ("She don’t get period pains.", None),
    ("You doesn't get period pains.", None), ("She haven't gone through menopause.", None),
    ("I hasn't gone through menopause yet.", None), ("My mother haven’t gone through menopause yet.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
