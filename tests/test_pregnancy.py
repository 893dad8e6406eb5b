"""Pregnancy: morning sickness, cravings, a caesarean or a natural birth, a pregnancy scan or check-up, and the due
date, both ways (mt/pregnancy.py)."""
import pytest

from mt.pregnancy import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My heart is sick.", "Are you sick?", "She was seriously ill.", "My mother wasn't sick."
    ("Vợ tôi bị ốm nghén.", "My wife has morning sickness."),
    ("Bạn có bị ốm nghén không?", "Do you have morning sickness?"),
    ("Chị tôi bị ốm nghén nặng.", "My sister has bad morning sickness."),
    ("Chị tôi bị ốm nghén nặng lắm.", "My sister has really bad morning sickness."),
    ("Cô ấy vẫn còn bị ốm nghén.", "She still has morning sickness."),
    ("Bạn còn bị ốm nghén không?", "Do you still have morning sickness?"),
    ("Mẹ tôi không bị ốm nghén.", "My mother doesn't have morning sickness."),
    ("Lan bị nghén.", "Lan has morning sickness."),
    ("Tôi đang bị ốm nghén.", "I have morning sickness."),
    # v8: "She is all morning sickness."
    ("Cô ấy hết ốm nghén rồi.", "Her morning sickness is over."),
    ("Vợ tôi hết ốm nghén rồi.", "My wife's morning sickness is over."),
    ("Bạn hết ốm nghén chưa?", "Is your morning sickness over yet?"),
    # v8: "She tried to eat sour.", "My wife or snugg.", "I'm getting a hill.", "Do you want to eat sour?"
    ("Cô ấy thèm ăn chua.", "She craves sour food."),
    ("Vợ tôi hay thèm đồ ngọt.", "My wife often craves sweet things."),
    ("Tôi đang thèm đồ ngọt.", "I'm craving sweet things."),
    ("Bạn có thèm ăn chua không?", "Do you crave sour food?"),
    ("Chị có hay thèm đồ cay không?", "Do you often crave spicy food?"),
    ("Chúng tôi rất thèm đồ mặn.", "We really crave salty food."),
    # v8: "My wife was born cesarean.", "She'll be cesarean.", "She was just born.", "I'd like to be born normally."
    ("Vợ tôi sinh mổ.", "My wife had a caesarean."),
    ("Vợ tôi đã sinh mổ.", "My wife had a caesarean."),
    ("Hôm qua vợ tôi sinh mổ.", "My wife had a caesarean yesterday."),
    ("Vợ tôi sinh thường hôm qua.", "My wife had a natural birth yesterday."),
    ("Chị tôi sẽ sinh mổ.", "My sister is going to have a caesarean."),
    ("Chị tôi sẽ sinh mổ vào tuần sau.", "My sister is going to have a caesarean next week."),
    ("Chị tôi sắp sinh mổ.", "My sister is going to have a caesarean soon."),
    ("Chị tôi vừa sinh thường.", "My sister has just had a natural birth."),
    ("Tôi muốn sinh thường.", "I want to have a natural birth."),
    ("Lan định đẻ mổ.", "Lan is planning to have a caesarean."),
    # v8: "Do you usually have a cesarean section?"
    ("Bạn sinh thường hay sinh mổ?", "Did you have a natural birth or a caesarean?"),
    ("Chị sẽ sinh thường hay sinh mổ?", "Are you going to have a natural birth or a caesarean?"),
    ("Bạn muốn sinh thường hay sinh mổ?", "Do you want to have a natural birth or a caesarean?"),
    # v8: "My wife went ultrasound of pregnancy yesterday.", "Have you had an ultrasound of pregnancy?", "Tomorrow,
    # I'll go to my pregnancy.", "She just went to an ultrasound of pregnancy.", "My wife has not been ultrasoundd."
    ("Vợ tôi đi siêu âm thai hôm qua.", "My wife went for a pregnancy scan yesterday."),
    ("Bạn đã đi siêu âm thai chưa?", "Have you had a pregnancy scan yet?"),
    ("Ngày mai tôi đi khám thai.", "I'm going for an antenatal check-up tomorrow."),
    ("Chị tôi vừa đi siêu âm thai về.", "My sister has just had a pregnancy scan."),
    ("Vợ tôi đã đi siêu âm thai rồi.", "My wife has had a pregnancy scan."),
    ("Vợ tôi chưa đi siêu âm thai.", "My wife hasn't had a pregnancy scan yet."),
    ("Chúng tôi đi siêu âm thai hôm qua.", "We went for a pregnancy scan yesterday."),
    ("Bạn có đi siêu âm thai hôm qua không?", "Did you go for a pregnancy scan yesterday?"),
    ("Vợ tôi sẽ đi khám thai.", "My wife is going for an antenatal check-up."),
    # v8: "Her due date was the next month.", "Land's due date is May."
    ("Ngày dự sinh của cô ấy là tháng sau.", "Her due date is next month."),
    ("Ngày dự sinh của bạn là khi nào?", "When is your due date?"),
    ("Ngày dự sinh của vợ tôi là ngày 5 tháng 3.", "My wife's due date is March 5."),
    ("Ngày dự sinh của Lan là tháng Năm.", "Lan's due date is in May."),
    ("Ngày dự sinh của chị tôi là hôm qua.", "My sister's due date was yesterday."),
    # not: a man, a pet, "we" giving birth, "anh" alone saying it, asked of oneself; "không thèm" (can't be bothered),
    # "thèm ăn" alone (appetite), a craving "quá"; a scan or a birth without a tense read, "siêu âm" alone (any scan),
    # "phải" (has to, had to?), "đã bị ốm nghén" (when?), a day the tense denies; being pregnant and due soon
    # (mt/babies.py); "?" on a statement; the other way's language, nonsense
    ("Anh ấy bị ốm nghén.", None), ("Chồng tôi sinh mổ.", None), ("Con chó của tôi sinh mổ.", None),
    ("Chúng tôi sinh mổ.", None), ("Anh bị ốm nghén.", None), ("Tôi có bị ốm nghén không?", None),
    ("Tôi không thèm ăn chua.", None), ("Tôi không thèm ăn.", None), ("Tôi thèm ăn chua quá.", None),
    ("Con mèo của tôi thèm đồ ngọt.", None), ("Vợ tôi đi siêu âm thai.", None), ("Vợ tôi đi siêu âm.", None),
    ("Bạn có sinh mổ không?", None), ("Vợ tôi phải sinh mổ.", None), ("Vợ tôi đã bị ốm nghén.", None),
    ("Vợ tôi bị ốm nghén?", None), ("Vợ tôi bị ốm nghén không?", None), ("Cô ấy thèm ăn chua không?", None),
    ("Chị tôi sẽ sinh mổ hôm qua.", None), ("Chị tôi đã sinh mổ vào tuần sau.", None),
    ("Vợ tôi sinh mổ hôm nay.", None), ("Chị tôi vừa đi siêu âm thai về hôm qua.", None),
    ("Ngày dự sinh của anh ấy là tháng sau.", None), ("Ngày dự sinh của chồng tôi là tháng sau.", None),
    ("Ngày dự sinh của cô ấy là tháng 13.", None), ("Ngày dự sinh của cô ấy là tháng sau?", None),
    ("Bạn sinh mổ hay sinh mổ?", None), ("Vợ tôi có bầu được năm tháng rồi.", None), ("Chị tôi sắp sinh rồi.", None),
    ("Họ đi siêu âm thai hôm qua.", None), ("Tôi đã đi siêu âm thai chưa?", None),
    ("My wife has morning sickness.", None), ("Nghén nghén thèm thèm.", None),
    # the review's: "nhé" on a birth read as past; a child ("con") or a name not a woman's may be the one born by it
    # ("Con tôi sinh mổ.": my child was born by caesarean); a man addressed ("anh", "chú"); "vừa đi", "đi …
    # rồi" of another (just gone, has gone: still there?); a date no month has
    ("Vợ tôi sinh mổ nhé.", None), ("Chị tôi sẽ sinh mổ nhé.", "My sister is going to have a caesarean."),
    ("Con tôi sinh mổ.", None), ("Con gái tôi sinh mổ.", None), ("Con tôi sẽ sinh mổ.", None),
    ("Con gái tôi sắp sinh mổ.", None), ("Con bạn sinh thường hay sinh mổ?", None),
    ("Con gái bạn sinh thường hay sinh mổ?", None), ("Hùng sinh mổ.", None), ("Minh sinh thường.", None),
    ("Lan sinh mổ tuần trước.", "Lan had a caesarean last week."),
    ("Anh sinh thường hay sinh mổ?", None), ("Anh muốn sinh thường hay sinh mổ?", None),
    ("Anh có bị ốm nghén không?", None), ("Chú có bị ốm nghén không?", None),
    ("Cậu có bị ốm nghén không?", "Do you have morning sickness?"),
    ("Anh đã đi siêu âm thai chưa?", None), ("Anh có đi siêu âm thai hôm qua không?", None),
    ("Em sinh thường hay sinh mổ?", "Did you have a natural birth or a caesarean?"),
    ("Vợ tôi vừa đi khám thai.", None), ("Vợ tôi mới đi khám thai.", None), ("Vợ tôi đi khám thai rồi.", None),
    ("Vợ tôi vừa siêu âm thai.", "My wife has just had a pregnancy scan."),
    ("Vợ tôi khám thai rồi.", "My wife has had an antenatal check-up."),
    ("Tôi vừa đi khám thai.", "I have just had an antenatal check-up."),
    ("Tôi đi khám thai rồi.", "I have had an antenatal check-up."),
    ("Ngày dự sinh của cô ấy là ngày 30 tháng 2.", None), ("Ngày dự sinh của tôi là ngày 31 tháng 4.", None),
    ("Ngày dự sinh của tôi là ngày 29 tháng 2.", "My due date is February 29."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chứng ốm nghén của cô ấy quá nhiều." (too much); "My wife has morning sickness." it writes well
    ("My wife has morning sickness.", "Vợ tôi bị ốm nghén."),
    ("Do you have morning sickness?", "Bạn có bị ốm nghén không?"),
    ("She has bad morning sickness.", "Cô ấy bị ốm nghén nặng."),
    ("She has really bad morning sickness.", "Cô ấy bị ốm nghén rất nặng."),
    ("She still has morning sickness.", "Cô ấy vẫn còn bị ốm nghén."),
    ("Does she still have morning sickness?", "Cô ấy còn bị ốm nghén không?"),
    ("I've got morning sickness.", "Tôi bị ốm nghén."),
    ("She doesn't have morning sickness.", "Cô ấy không bị ốm nghén."),
    ("Her morning sickness is over.", "Cô ấy hết ốm nghén rồi."),
    ("My wife's morning sickness is over.", "Vợ tôi hết ốm nghén rồi."),
    ("Is your morning sickness over yet?", "Bạn hết ốm nghén chưa?"),
    # v8: "Cô ấy rưỡi thức ăn chua.", "Vợ tôi thường vóc những thứ ngọt ngào.", "Tôi đang vơ ngọt ngào.", "Bạn có nạng
    # thức ăn ngon không?"
    ("She craves sour food.", "Cô ấy thèm ăn chua."),
    ("My wife often craves sweet things.", "Vợ tôi hay thèm đồ ngọt."),
    ("I'm craving sweets.", "Tôi đang thèm đồ ngọt."),
    ("Do you crave sour food?", "Bạn có thèm ăn chua không?"),
    ("Does she often crave spicy food?", "Cô ấy có hay thèm đồ cay không?"),
    # v8: "Vợ tôi có một caesarean.", "Chị của tôi sẽ có một ca mổ.", "Cô ấy có caesarean vào tuần tới.", "Cô ấy chỉ
    # có một caesarean." (only has), "Bạn có phải sinh con tự nhiên hoặc caesarean không?"
    ("My wife had a caesarean.", "Vợ tôi đã sinh mổ."),
    ("My wife had a C-section yesterday.", "Vợ tôi đã sinh mổ hôm qua."),
    ("My sister is going to have a caesarean.", "Em gái tôi sẽ sinh mổ."),
    ("She's having a caesarean next week.", "Cô ấy sẽ sinh mổ tuần sau."),
    ("She has just had a natural birth.", "Cô ấy vừa sinh thường."),
    ("She just had a caesarean.", "Cô ấy vừa sinh mổ."),
    ("She's had a caesarean.", "Cô ấy đã sinh mổ."),
    ("I want to have a natural birth.", "Tôi muốn sinh thường."),
    ("She wants to have a natural birth.", "Cô ấy muốn sinh thường."),
    ("Did you have a natural birth or a caesarean?", "Bạn sinh thường hay sinh mổ?"),
    ("Did you have a caesarean?", "Bạn có sinh mổ không?"),
    ("Do you want to have a natural birth or a caesarean?", "Bạn muốn sinh thường hay sinh mổ?"),
    ("Are you going to have a natural birth or a caesarean?", "Bạn sẽ sinh thường hay sinh mổ?"),
    ("Are you planning to have a caesarean?", "Bạn có định sinh mổ không?"),
    # v8: "Vợ tôi đã quét thai hôm qua." (swept), "Bạn có quét thai chưa?", "Tôi có kiểm tra đặc biệt ngày mai.", "Cô
    # ấy chưa chụp cắt lớp thai." (a CT scan), "Cô ấy sẽ quét thai ngày mai."
    ("My wife went for a pregnancy scan yesterday.", "Vợ tôi đi siêu âm thai hôm qua."),
    ("Have you had a pregnancy scan yet?", "Bạn đã đi siêu âm thai chưa?"),
    ("I have an antenatal check-up tomorrow.", "Tôi sẽ đi khám thai ngày mai."),
    ("She hasn't had a pregnancy scan yet.", "Cô ấy chưa đi siêu âm thai."),
    ("She has just had a pregnancy scan.", "Cô ấy vừa đi siêu âm thai về."),
    ("She's going for a pregnancy scan tomorrow.", "Cô ấy sẽ đi siêu âm thai ngày mai."),
    ("We went for a pregnancy scan yesterday.", "Chúng tôi đi siêu âm thai hôm qua."),
    ("Did you go for a pregnancy scan yesterday?", "Bạn có đi siêu âm thai hôm qua không?"),
    ("She's been for a pregnancy scan.", "Cô ấy đã đi siêu âm thai rồi."),
    ("She went for a pregnancy scan.", "Cô ấy đã đi siêu âm thai."),
    # v8: "Ngày dự sinh của cô ấy là tháng tới.", "Ngày dự sinh của bạn khi nào?", "… là vào tháng 5." (well enough)
    ("Her due date is next month.", "Ngày dự sinh của cô ấy là tháng sau."),
    ("When is your due date?", "Ngày dự sinh của bạn là khi nào?"),
    ("My wife's due date is March 5.", "Ngày dự sinh của vợ tôi là ngày 5 tháng 3."),
    ("Her due date is in May.", "Ngày dự sinh của cô ấy là tháng 5."),
    ("Her due date was yesterday.", "Ngày dự sinh của cô ấy là hôm qua."),
    ("My due date is on the 5th of March.", "Ngày dự sinh của tôi là ngày 5 tháng 3."),
    # not: a man, a pet, "they", the verb not agreeing, "is having" without a day (now?), a day the tense denies,
    # "Are you going to have a caesarean?" ("sẽ … à?"), a scan or an ultrasound alone, morning sickness had (past),
    # asked of oneself, "his" or "their" due date or sickness, a date that is none; the other way's language
    ("He has morning sickness.", None), ("My husband had a caesarean.", None), ("My dog had a caesarean.", None),
    ("My cat craves sweets.", None), ("They went for a pregnancy scan yesterday.", None),
    ("She have morning sickness.", None), ("Does she has morning sickness?", None), ("She crave sour food.", None),
    ("She is craves sour food.", None), ("Do you has morning sickness?", None), ("Did you had a caesarean?", None),
    ("She's having a caesarean.", None), ("She had a caesarean tomorrow.", None),
    ("She is going to have a caesarean yesterday.", None), ("She has had a caesarean yesterday.", None),
    ("Are you going to have a caesarean?", None), ("She's going to have a caesarean or a natural birth.", None),
    ("She went for a scan.", None), ("I had an ultrasound.", None), ("She has a pregnancy scan.", None),
    ("I had morning sickness.", None), ("Have I had a pregnancy scan yet?", None),
    ("She doesn't have bad morning sickness.", None), ("Her morning sickness is over?", None),
    ("Is her morning sickness over yet.", None), ("Their morning sickness is over.", None),
    ("His due date is next month.", None), ("Her due date is last week.", None), ("Her due date was next month.", None),
    ("My wife's due date is March 45.", None), ("She craves pizza.", None), ("Vợ tôi bị ốm nghén.", None),
    # the review's: "really" asked (doubting) dropped; a child's caesarean ("Con tôi đã sinh mổ." reads as born by
    # it); a scan today without "đã" (going today?); "the due date" (a bill's, an essay's); a date no month has
    ("Do you really crave sweets?", None), ("My child had a caesarean.", None),
    ("My daughter had a caesarean.", None), ("Did your daughter have a caesarean?", None),
    ("My wife went for a pregnancy scan today.", "Vợ tôi đã đi siêu âm thai hôm nay."),
    ("I had a pregnancy scan this morning.", "Tôi đã đi siêu âm thai sáng nay."),
    ("The due date is next month.", None), ("When is the due date?", None),
    ("My due date is February 30.", None), ("My due date is April 31.", None),
    ("My due date is February 29.", "Ngày dự sinh của tôi là ngày 29 tháng 2."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
