"""Glasses: new or stronger glasses, an eye test had, a prescription gone up, glasses broken, how long worn, both ways
(mt/glasses.py); contact lenses one cannot wear left."""
import pytest

from mt.glasses import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I must go to new glasses.", "I need a new glass.", "I need to cut my glasses.", "I just cut my glasses.",
    # "My mother wanted to do a new glass.", "Do you need a new glass?", "Do you cut new glasses?"
    ("Tôi phải đi cắt kính mới.", "I have to get new glasses."),
    ("Tôi cần kính mới.", "I need new glasses."),
    ("Tôi cần cắt kính mới.", "I need to get new glasses."),
    ("Tôi vừa cắt kính mới.", "I've just got new glasses."),
    ("Mẹ tôi muốn làm kính mới.", "My mother wants to get new glasses."),
    ("Bạn có cần kính mới không?", "Do you need new glasses?"),
    ("Mẹ tôi không cần kính mới.", "My mother doesn't need new glasses."),
    ("Bạn cắt kính mới chưa?", "Have you got new glasses yet?"),
    ("Tôi chưa cắt kính mới.", "I haven't got new glasses yet."),
    ("Tôi có nên cắt kính mới không?", "Should I get new glasses?"),
    ("Lan phải thay kính mới.", "Lan has to get new glasses."),
    ("Chúng tôi đã cắt kính mới rồi.", "We've got new glasses."),
    # v8: "Next week, I'll go to new glasses."
    ("Tuần sau tôi sẽ đi cắt kính mới.", "I'm going to get new glasses next week."),
    ("Tuần sau bố tôi đi cắt kính mới.", "My father is getting new glasses next week."),
    ("Hôm qua anh ấy đi cắt kính mới.", "He got new glasses yesterday."),
    # v8: "Yesterday, I took my eyes.", "I go to the eyes of yesterday.", "I'm just going to see my eyes.",
    # "Have you examined your eyes?", "Last week, my mother went to measure her eyes."
    ("Hôm qua tôi đi đo mắt.", "I had my eyes tested yesterday."),
    ("Tôi đi khám mắt hôm qua.", "I had my eyes tested yesterday."),
    ("Tôi vừa đi khám mắt.", "I've just had my eyes tested."),
    ("Bạn đã đi khám mắt chưa?", "Have you had your eyes tested yet?"),
    ("Tuần trước mẹ tôi đi đo mắt.", "My mother had her eyes tested last week."),
    ("Lan đi đo mắt hôm qua.", "Lan had an eye test yesterday."),
    ("Tôi chưa đi khám mắt.", "I haven't had my eyes tested yet."),
    ("Tôi đã đi khám mắt rồi.", "I've had my eyes tested."),
    ("Hôm qua bạn có đi khám mắt không?", "Did you have your eyes tested yesterday?"),
    ("Ngày mai tôi đi khám mắt.", "I'm having my eyes tested tomorrow."),
    # v8: "My eye increases.", "My eye gains.", "Do you increase your eyes?"
    ("Mắt tôi tăng độ rồi.", "My prescription has gone up."),
    ("Mắt tôi lại tăng độ.", "My prescription has gone up again."),
    ("Mắt mẹ tôi vừa tăng độ.", "My mother's prescription has just gone up."),
    ("Mắt bạn có tăng độ không?", "Has your prescription gone up?"),
    # v8: "I have to increase my glasses."
    ("Tôi cần tăng độ kính.", "I need stronger glasses."),
    ("Mẹ tôi phải tăng độ kính.", "My mother has to get stronger glasses."),
    # v8: "I broke my glasses." (right), "My son broke up my glasses.", "My glass is broken.", "My glasses were
    # mimic.", "My Glas was broken."
    ("Tôi làm gãy kính rồi.", "I've broken my glasses."),
    ("Tôi làm gãy kính.", "I broke my glasses."),
    ("Con trai tôi làm gãy kính của tôi.", "My son broke my glasses."),
    ("Hôm qua mẹ tôi làm gãy kính.", "My mother broke her glasses yesterday."),
    ("Tôi lại làm gãy kính rồi.", "I've broken my glasses again."),
    ("Tôi lỡ làm xước kính của mẹ tôi.", "I accidentally scratched my mother's glasses."),
    ("Kính của tôi bị gãy rồi.", "My glasses are broken."),
    ("Kính của tôi bị xước.", "My glasses are scratched."),
    ("Kính tôi bị vỡ.", "My glasses are broken."),
    ("Kính của bạn có bị xước không?", "Are your glasses scratched?"),
    # v8: "How long do you wear a glass?", "I wore glass for ten years."
    ("Bạn đeo kính bao lâu rồi?", "How long have you worn glasses?"),
    ("Tôi đeo kính được mười năm rồi.", "I've worn glasses for ten years."),
    ("Mẹ tôi đeo kính được hai mươi năm rồi.", "My mother has worn glasses for twenty years."),
    # not: lost, sunglasses, worn (mt/eyesight.py, mt/features.py), "anh" saying it, a pet, "kính" shattered with no
    # owner or ours (a window pane?), a name's glasses with no whose, "đi khám mắt" with no tense (going, a habit?),
    # "đi … rồi" without "đã", a "?" on a statement, asked of oneself, tenses against their days, a habit
    ("Tôi bị mất kính.", None), ("Tôi cần kính râm mới.", None), ("Tôi đeo kính áp tròng.", None),
    ("Anh cần kính mới.", None), ("Con chó của tôi cần kính mới.", None), ("Tôi làm vỡ kính.", None),
    ("Kính của chúng tôi bị vỡ.", None), ("Lan làm gãy kính.", None), ("Tôi đi khám mắt.", None),
    ("Tôi đi khám mắt rồi.", None), ("Tôi cần kính mới?", None), ("Tôi đã đi khám mắt chưa?", None),
    ("Hôm qua tôi sẽ cắt kính mới.", None), ("Ngày mai tôi đã cắt kính mới.", None), ("Mắt tôi tăng độ.", None),
    ("Tôi đeo kính hai năm.", None), ("Bạn đeo kính bao lâu?", None), ("Cửa sổ cần kính mới.", None),
    ("Tôi cắt kính mới.", None), ("Bạn có đi khám mắt không?", None), ("Hôm nay tôi đi khám mắt.", None),
    ("Tôi làm vỡ kính cửa sổ.", None), ("Nhiệt độ tăng độ rồi.", None), ("I need new glasses.", None),
    # (contact lenses and glasses not strong enough: not read here; v8: "I can't wear s pressure.")
    ("Tôi không đeo được kính áp tròng.", None), ("Kính của tôi không còn đủ độ nữa.", None),
    # (review: "tăng độ" with no "mắt" (a setting turned up?), ours or theirs more than one prescription, ours or
    # theirs broken with no owner (whose?), who's own said again ("của mẹ tôi" after "Mẹ tôi"))
    ("Tôi tăng độ rồi.", None), ("Tôi lại tăng độ.", None), ("Bạn có tăng độ không?", None),
    ("Bạn có tăng độ không vậy?", None),
    ("Mắt chúng tôi tăng độ rồi.", "Our prescriptions have gone up."),
    ("Mắt họ có tăng độ không?", "Have their prescriptions gone up?"),
    ("Chúng tôi làm gãy kính.", None), ("Họ làm gãy kính rồi.", None),
    ("Mẹ tôi làm gãy kính của mẹ tôi.", "My mother broke her glasses."), ("Lan làm gãy kính của Lan.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cần cái ly mới." (drinking glasses), "Bạn có cần một ly mới không?", "Tôi vừa mới có một ly mới.",
    # "Bạn vẫn chưa có ly mới không?", "Tôi phải lấy kính mới."
    ("I need new glasses.", "Tôi cần kính mới."),
    ("I have to get new glasses.", "Tôi phải đi cắt kính mới."),
    ("I need to get new glasses.", "Tôi cần cắt kính mới."),
    ("I've just got new glasses.", "Tôi vừa cắt kính mới."),
    ("My mother wants to get new glasses.", "Mẹ tôi muốn cắt kính mới."),
    ("Do you need new glasses?", "Bạn có cần kính mới không?"),
    ("Does your mother need new glasses?", "Mẹ bạn có cần kính mới không?"),
    ("Have you got new glasses yet?", "Bạn đã cắt kính mới chưa?"),
    ("I haven't got new glasses yet.", "Tôi chưa cắt kính mới."),
    ("Should I get new glasses?", "Tôi có nên cắt kính mới không?"),
    ("She needs a new pair of glasses.", "Cô ấy cần kính mới."),
    # v8: "Tôi sẽ lấy kính mới vào tuần tới."
    ("I'm going to get new glasses next week.", "Tuần sau tôi sẽ đi cắt kính mới."),
    ("She's going to get new glasses tomorrow.", "Ngày mai cô ấy sẽ đi cắt kính mới."),
    ("I'm getting new glasses tomorrow.", "Ngày mai tôi đi cắt kính mới."),
    ("He got new glasses yesterday.", "Hôm qua anh ấy đi cắt kính mới."),
    # v8: "Tôi có mắt tôi thử hôm qua.", "Tôi đã thử nghiệm mắt hôm qua.", "Bạn vẫn chưa thử nghiệm mắt mình?"
    ("I had my eyes tested yesterday.", "Hôm qua tôi đi đo mắt."),
    ("I got my eyes tested yesterday.", "Hôm qua tôi đi đo mắt."),
    ("I had an eye test yesterday.", "Hôm qua tôi đi đo mắt."),
    ("I've just had my eyes tested.", "Tôi vừa đi đo mắt."),
    ("She's just had an eye exam.", "Cô ấy vừa đi khám mắt."),
    ("Have you had your eyes tested yet?", "Bạn đã đi đo mắt chưa?"),
    ("I haven't had my eyes tested yet.", "Tôi chưa đi đo mắt."),
    ("My mother had her eyes tested last week.", "Tuần trước mẹ tôi đi đo mắt."),
    ("Did you have your eyes tested yesterday?", "Hôm qua bạn có đi đo mắt không?"),
    ("I'm having my eyes tested tomorrow.", "Ngày mai tôi đi đo mắt."),
    # v8: "Thuốc theo toa của tôi đã tăng lên." (a medicine), "Có theo toa của bạn mất đi chưa?"
    ("My prescription has gone up.", "Mắt tôi tăng độ rồi."),
    ("Has your prescription gone up?", "Mắt bạn có tăng độ không?"),
    ("My mother's prescription has gone up again.", "Mắt mẹ tôi lại tăng độ rồi."),
    # v8: "Tôi cần ly mạnh hơn."
    ("I need stronger glasses.", "Tôi cần tăng độ kính."),
    ("She has to get stronger glasses.", "Cô ấy phải tăng độ kính."),
    ("Does she need stronger lenses?", "Cô ấy có cần tăng độ kính không?"),
    # v8: "Tôi đã làm vỡ kính.", "Con trai tôi phá vỡ kính.", "Món của tôi bị vỡ.", "Món của tôi bị trầy xước."
    ("I've broken my glasses.", "Tôi làm gãy kính rồi."),
    ("I broke my glasses.", "Tôi đã làm gãy kính."),
    ("I broke my glasses yesterday.", "Hôm qua tôi làm gãy kính."),
    ("My son broke my glasses.", "Con trai tôi đã làm gãy kính của tôi."),
    ("Lan broke her glasses.", "Lan đã làm gãy kính."),
    ("She's scratched her glasses again.", "Cô ấy lại làm xước kính rồi."),
    ("My glasses are broken.", "Kính của tôi bị gãy rồi."),
    ("My glasses are scratched.", "Kính của tôi bị xước."),
    ("Are your glasses scratched?", "Kính của bạn có bị xước không?"),
    ("My glasses aren't broken.", "Kính của tôi không bị gãy."),
    # v8: "Bạn đã đeo kính đã đeo bao lâu rồi?"
    ("How long have you worn glasses?", "Bạn đeo kính bao lâu rồi?"),
    ("How long has she been wearing glasses?", "Cô ấy đeo kính bao lâu rồi?"),
    ("I've worn glasses for ten years.", "Tôi đeo kính được mười năm rồi."),
    ("I've worn glasses for a year.", "Tôi đeo kính được một năm rồi."),
    # not: the verb or the count not agreeing, "we" needing new glasses (drinking glasses?), a "?" on a statement,
    # "I've got new glasses" (had, or just got?), tenses against their days, another's eyes tested, a pet, worn
    # (mt/eyesight.py), lost (mt.terms), "When did you start wearing glasses?" (v8's right)
    ("She need new glasses.", None), ("We need new glasses.", None), ("Do she need new glasses?", None),
    ("I need new glasses?", None), ("I've got new glasses.", None), ("I got new glasses tomorrow.", None),
    ("My dog needs new glasses.", None), ("I had your eyes tested yesterday.", None),
    ("He has broke his glasses.", None), ("She broken her glasses.", None), ("I've worn glasses for two year.", None),
    ("How long have she worn glasses?", None), ("My prescription has gone up?", None),
    ("I will get new glasses.", None), ("I'm getting new glasses.", None), ("I wear contact lenses.", None),
    ("I lost my glasses.", None), ("When did you start wearing glasses?", None), ("Tôi cần kính mới.", None),
    ("Did I have my eyes tested yesterday?", None), ("Have I got new glasses yet?", None),
    ("I can't wear contact lenses.", None), ("My glasses aren't strong enough any more.", None),
    ("I accidentally broke my mother's glasses.", None), ("I've got new glasses yet.", None),
    # (review: we or they getting new glasses, ours or theirs broken (drinking glasses?); a pet's prescription (a
    # medicine's dose))
    ("We are going to get new glasses.", None), ("They're getting new glasses next month.", None),
    ("Should we get new glasses?", None), ("Have they got new glasses yet?", None),
    ("We have just got new glasses.", None), ("They have to get new glasses.", None),
    ("Did they get new glasses yesterday?", None), ("We got new glasses.", None),
    ("We broke our glasses.", None), ("They have broken their glasses.", None), ("Our glasses are broken.", None),
    ("Their glasses are scratched.", None), ("My dog's prescription has gone up.", None),
    ("Has my dog's prescription gone up?", None),
    # (review: "do" said, or "not" asked, of stronger glasses: "Tôi có cần tăng độ kính.", "… không cần … không?")
    ("I do need stronger glasses.", None), ("Do you not need stronger glasses?", None),
    ("Does she not need stronger glasses?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
