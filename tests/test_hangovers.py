"""Hangovers, being drunk, sober, beers had and drink-driving, both ways (mt/hangovers.py)."""
import pytest

from mt.hangovers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm sick.", "He drinks.", "She was alcoholed.", "My father was drinking.", "Last night, I drank."
    ("Tôi bị say rượu.", "I'm drunk."),
    ("Cô ấy bị say rượu.", "She's drunk."),
    ("Anh ấy uống say rồi.", "He's drunk."),
    ("Bố tôi uống say rồi.", "My father is drunk."),
    ("Bạn có bị say rượu không?", "Are you drunk?"),
    ("Anh ấy uống say rồi à?", "Is he drunk?"),
    ("Đêm qua tôi uống say.", "I got drunk last night."),
    ("Tối qua cô ấy uống say ở bữa tiệc.", "She got drunk at the party last night."),
    ("Cô ấy đã say rượu ở bữa tiệc.", "She got drunk at the party."),
    ("Tối qua bạn có uống say không?", "Did you get drunk last night?"),
    # v8: "He also said.", "He still said.", "Did you drunk?"
    ("Anh ấy còn say.", "He's still drunk."),
    ("Anh ấy vẫn còn say.", "He's still drunk."),
    ("Bạn còn say không?", "Are you still drunk?"),
    # v8: "He's too hard to drive the car.", "You're too driving."
    ("Anh ấy say quá không lái xe được.", "He's too drunk to drive."),
    ("Bạn say quá không lái xe được.", "You're too drunk to drive."),
    ("Tối qua tôi say quá không thể lái xe về nhà.", "I was too drunk to drive home last night."),
    # v8: "Alcohol drinking isn't driving.", "Drinking alcohol, don't drive a car."
    ("Đã uống rượu thì không lái xe.", "Don't drink and drive."),
    ("Đã uống rượu bia thì không lái xe.", "Don't drink and drive."),
    ("Không lái xe sau khi uống rượu bia.", "Don't drink and drive."),
    ("Đừng lái xe khi say rượu.", "Don't drive drunk."),
    ("Bạn không nên uống rượu rồi lái xe.", "You shouldn't drink and drive."),
    # v8: "This morning, I'm tired of drinking lots.", "He was tired of drinking a lot.", "I'm headache for drinking
    # alcohol.", "I'm sickening after drinking alcohol."
    ("Sáng nay tôi bị mệt vì uống nhiều.", "I have a hangover this morning."),
    ("Anh ấy bị mệt vì uống nhiều.", "He has a hangover."),
    ("Mẹ tôi bị mệt lắm vì say rượu.", "My mother has a bad hangover."),
    ("Tôi đang bị nôn nao sau khi uống rượu.", "I have a hangover."),
    ("Hôm qua tôi bị mệt vì say rượu.", "I had a hangover yesterday."),
    ("Bạn có bị mệt vì say rượu không?", "Do you have a hangover?"),
    ("Tôi bị nhức đầu vì uống rượu.", "I have a headache from drinking."),
    ("Tôi nhức đầu vì tối qua uống nhiều quá.", "I have a headache from drinking too much last night."),
    # v8: "I awoke to alcohol.", "Is he awoke of alcohol?", "I'm not awake.", "He awakened."
    ("Tôi tỉnh rượu rồi.", "I've sobered up."),
    ("Anh ấy đã tỉnh rượu.", "He's sobered up."),
    ("Anh ấy tỉnh rượu chưa?", "Is he sober yet?"),
    ("Anh ấy tỉnh rượu rồi à?", "Has he sobered up?"),
    ("Tôi chưa tỉnh rượu.", "I'm not sober yet."),
    # v8: "Do you drink a few glasses of beer?", "He drinks a few cans of beer?"
    ("Bạn đã uống mấy cốc bia rồi?", "How many beers have you had?"),
    ("Anh ấy uống mấy lon bia rồi?", "How many cans of beer has he had?"),
    ("Anh uống bao nhiêu chai bia rồi?", "How many bottles of beer have you had?"),
    ("Tối qua bạn uống mấy cốc bia?", "How many beers did you have last night?"),
    ("Tôi thấy trong người khó chịu quá sau tối qua.", "I feel awful after last night."),
    # not: mt/smoking.py's ("say rượu", "say rồi", "không say", "say" with a day), "anh" alone saying it (maybe the
    # speaker), "uống say" and "tỉnh rượu" with no tense, "tỉnh táo" (awake?), "say xe" (car sick), a habit of beers,
    # beers had said ("mới": just, or only?), "không lái xe" without "được" (not driving?), a day ahead, tired from work
    ("Anh ấy còn say nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi say rượu.", None), ("Anh ấy say rồi.", None), ("Tôi không say.", None), ("Hôm qua anh ấy say rượu.", None),
    ("Anh say rượu rồi.", None), ("Anh ấy uống say.", None), ("Anh ấy tỉnh rượu.", None), ("Tôi tỉnh táo.", None),
    ("Tôi bị say xe.", None), ("Tôi uống hai cốc bia.", None), ("Bạn uống mấy cốc bia?", None),
    ("Tôi mới uống hai cốc bia.", None), ("Anh ấy say quá, không lái xe.", None),
    ("Ngày mai tôi sẽ uống say.", None), ("Tôi mệt vì làm việc nhiều.", None), ("Bạn có bị say rượu à?", None),
    ("Tối qua tôi bị mệt vì uống nhiều.", None),  # (that night: not yet a hangover)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có đồ chơi." (a toy), "Anh ta có một ca sĩ khủng khiếp." (a singer), "Tôi đang aggressive."
    ("I have a hangover.", "Tôi bị mệt vì say rượu."),
    ("I've got a hangover.", "Tôi bị mệt vì say rượu."),
    ("He's got a terrible hangover.", "Anh ấy bị mệt lắm vì say rượu."),
    ("My father has a hangover.", "Bố tôi bị mệt vì say rượu."),
    ("Does she have a hangover?", "Cô ấy có bị mệt vì say rượu không?"),
    ("I had a hangover this morning.", "Sáng nay tôi bị mệt vì say rượu."),
    ("I'm hungover.", "Tôi bị mệt vì say rượu."),
    ("Are you hungover?", "Bạn có bị mệt vì say rượu không?"),
    ("I was hungover yesterday.", "Hôm qua tôi bị mệt vì say rượu."),
    # v8: "Anh ta quá say rượu để lái xe." (a calque)
    ("He's too drunk to drive.", "Anh ấy say quá không lái xe được."),
    ("I was too drunk to drive home last night.", "Tối qua tôi say quá không lái xe về nhà được."),
    # v8: "Đừng uống và lái xe.", "Đừng chạy ổ đĩa." (a disk drive)
    ("Don't drink and drive.", "Đã uống rượu thì đừng lái xe."),
    ("Never drink and drive.", "Đừng bao giờ uống rượu rồi lái xe."),
    ("Don't drive drunk.", "Đừng lái xe khi say rượu."),
    ("You shouldn't drink and drive.", "Bạn không nên uống rượu rồi lái xe."),
    ("She got drunk at the party.", "Cô ấy đã uống say ở bữa tiệc."),
    ("He got drunk last night.", "Tối qua anh ấy uống say."),
    ("Did you get drunk last night?", "Tối qua bạn có uống say không?"),
    ("He's still drunk.", "Anh ấy vẫn còn say."),
    ("Are you still drunk?", "Bạn còn say không?"),
    # v8: "Tôi rấtber.", "Anh ta vẫn chưa?", "Bạn có lo lắng không?", "Tôi hoàn toàn bị thương.", "Cô ấy quẹt lên."
    ("I'm sober.", "Tôi không say."),
    ("Is he sober yet?", "Anh ấy tỉnh rượu chưa?"),
    ("Are you sober?", "Bạn có tỉnh táo không?"),
    ("I'm not sober yet.", "Tôi chưa tỉnh rượu."),
    ("I'm completely sober.", "Tôi hoàn toàn tỉnh táo."),
    ("She's sobered up.", "Cô ấy tỉnh rượu rồi."),
    ("Has he sobered up yet?", "Anh ấy tỉnh rượu chưa?"),
    # v8: "Bạn có bao nhiêu bia?", "Bạn có bao nhiêu bia đã làm tối qua không?", "Anh ấy có bao nhiêu thức uống?"
    ("How many beers have you had?", "Bạn đã uống mấy cốc bia rồi?"),
    ("How many beers did you have last night?", "Tối qua bạn uống mấy cốc bia?"),
    ("How many drinks has he had?", "Anh ấy đã uống mấy ly rồi?"),
    ("How many cans of beer have they had?", "Họ đã uống mấy lon bia rồi?"),
    # v8: "Tôi cảm thấy buồn bã sau tối qua." (sad)
    ("I feel awful after last night.", "Tôi thấy trong người khó chịu quá sau tối qua."),
    ("She felt terrible after the party.", "Cô ấy thấy trong người khó chịu quá sau bữa tiệc."),
    # not: "has", "is", "does", "feels" not agreeing with who, "how many beer", a day ahead or with "have had",
    # mt/smoking.py's ("He's drunk.", "I'm a bit tipsy."), the model's ("I have a headache from drinking."), a habit
    ("I has a hangover.", None), ("He have a hangover.", None), ("Does you have a hangover?", None),
    ("He were too drunk to drive.", None), ("She feel awful after last night.", None),
    ("How many beer have you had?", None),
    ("How many beers did you drunk?", None), ("I'm hungover tomorrow.", None),
    ("How many beers have you had last night?", None),
    ("How many beers has you had?", None), ("He's drunk.", None), ("I'm a bit tipsy.", None),
    ("I have a headache from drinking.", None), ("He gets drunk.", None), ("Is he sober now yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi bị say rượu.", "en", "vi") is None
    assert translate("I have a hangover.", "vi", "en") is None
    assert translate("I have a hangover.", "en", "fr") is None
