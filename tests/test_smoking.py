"""Smoking and drinking: who smokes or drinks, quitting, shouldn't, no smoking here, drunk, tipsy and too much to
drink, both ways (mt/smoking.py)."""
import pytest

from mt.smoking import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Bố bạn có hút thuốc không?" → "Do you smoke?", "Anh ấy hút thuốc nhiều lắm." → "He smoked a lot.", "Cô ấy
    # hút thuốc." → "She smoked.", "Bố tôi hút thuốc nhiều quá." → "I smoke too much.", "Anh ấy không uống rượu." →
    # "He didn't drink alcohol."
    ("Bạn có hút thuốc không?", "Do you smoke?"),
    ("Bố bạn có hút thuốc không?", "Does your father smoke?"),
    ("Lan có hút thuốc không?", "Does Lan smoke?"),
    ("Bạn hút thuốc à?", "Do you smoke?"),
    ("Bạn có hút thuốc nhiều không?", "Do you smoke a lot?"),
    ("Anh ấy hút thuốc nhiều lắm.", "He smokes a lot."),
    ("Bố tôi hút thuốc nhiều quá.", "My father smokes too much."),
    ("Cô ấy hút thuốc.", "She smokes."),
    ("Bố tôi vẫn hút thuốc.", "My father still smokes."),
    ("Tôi không hút thuốc.", "I don't smoke."),
    ("Tôi không còn hút thuốc nữa.", "I don't smoke any more."),
    ("Tôi từng hút thuốc.", "I used to smoke."),
    ("Anh ấy đang hút thuốc.", "He's smoking."),
    ("Bạn không nên hút thuốc.", "You shouldn't smoke."),
    ("Bạn không nên hút thuốc nhiều.", "You shouldn't smoke so much."),
    ("Tôi không uống rượu.", "I don't drink."),
    ("Anh ấy không uống rượu.", "He doesn't drink."),
    ("Tôi không uống rượu nhiều.", "I don't drink much."),
    ("Bạn có uống rượu không?", "Do you drink?"),
    ("Anh ấy uống rượu nhiều lắm.", "He drinks a lot."),
    ("Tôi không uống bia.", "I don't drink beer."),
    # v8: "Ông tôi bỏ thuốc lá năm ngoái." → "My grandparents quite smoking last year.", "Tôi đã bỏ thuốc lá." → "I
    # left the tobacco.", "Bố tôi cai thuốc lá được hai năm rồi." → "My father hanged tobacco for two years.", "Mẹ tôi
    # bỏ thuốc năm ngoái." → "My mother left the drug last year.", "Bố tôi bỏ rượu rồi." → "I'm getting off of
    # alcohol.", "Tôi đã cai rượu." → "I've caused alcohol.", "Bố tôi cần bỏ rượu." → "I need to stop alcohol."
    ("Ông tôi bỏ thuốc lá năm ngoái.", "My grandfather quit smoking last year."),
    ("Năm ngoái mẹ tôi đã bỏ thuốc lá.", "My mother quit smoking last year."),
    ("Tôi đã bỏ thuốc lá.", "I've quit smoking."),
    ("Tôi bỏ thuốc lá rồi.", "I've quit smoking."),
    ("Bố tôi cai thuốc lá được hai năm rồi.", "My father quit smoking two years ago."),
    ("Bố tôi bỏ rượu rồi.", "My father has quit drinking."),
    ("Tôi đã cai rượu.", "I've quit drinking."),
    ("Tôi vừa bỏ thuốc lá.", "I just quit smoking."),
    ("Tuần sau tôi sẽ bỏ thuốc lá.", "I'll quit smoking next week."),
    ("Tôi đang cố bỏ thuốc.", "I'm trying to quit smoking."),
    ("Tôi muốn bỏ thuốc lá.", "I want to quit smoking."),
    ("Bạn nên bỏ thuốc lá.", "You should quit smoking."),
    ("Bố tôi cần bỏ rượu.", "My father needs to quit drinking."),
    ("Bạn bỏ thuốc lá khi nào?", "When did you quit smoking?"),
    ("Bạn đã bỏ thuốc lá chưa?", "Have you quit smoking yet?"),
    ("Bạn bỏ thuốc rồi à?", "Have you quit smoking?"),
    ("Bạn có muốn bỏ thuốc lá không?", "Do you want to quit smoking?"),
    # v8: "Cấm hút thuốc." → "Smoking.", "Không được hút thuốc ở đây." → "It's not smoking here."
    ("Cấm hút thuốc.", "No smoking."),
    ("Ở đây cấm hút thuốc.", "No smoking here."),
    ("Không được hút thuốc ở đây.", "Smoking isn't allowed here."),
    # v8: "Anh ấy say rồi." → "He's said.", "Bố tôi say rồi." → "My father said.", "Cô ấy hơi say." → "She was a
    # little drunk.", "Tôi chưa say." → "I'm not afraid.", "Bạn có say không?" → "Do you drunk?", "Tối qua anh ấy say
    # quá." → "Last night, he was too sick."
    ("Anh ấy say rồi.", "He's drunk."),
    ("Bố tôi say rồi.", "My father is drunk."),
    ("Bác Hùng say rồi.", "Uncle Hung is drunk."),
    ("Tôi hơi say.", "I'm a bit tipsy."),
    ("Cô ấy hơi say.", "She's a bit tipsy."),
    ("Tôi không say.", "I'm not drunk."),
    ("Tôi chưa say.", "I'm not drunk yet."),
    ("Bạn có say không?", "Are you drunk?"),
    ("Bạn say rồi à?", "Are you drunk?"),
    ("Hôm qua tôi say.", "I was drunk yesterday."),
    ("Tối qua anh ấy say quá.", "He was very drunk last night."),
    ("Tối qua bạn có say không?", "Were you drunk last night?"),
    # v8: "Tôi quá chén rồi." → "I'm too bowl.", "Anh ấy uống quá nhiều rồi." → "He drinks too much.", "Tôi uống hơi
    # nhiều rồi." → "I drink a lot of it."
    ("Tối qua tôi uống nhiều quá.", "I had too much to drink last night."),
    ("Anh ấy uống quá nhiều rồi.", "He's had too much to drink."),
    ("Tôi uống hơi nhiều rồi.", "I've had a bit too much to drink."),
    ("Tôi quá chén rồi.", "I've had too much to drink."),
    ("Anh ấy đã uống quá nhiều.", "He had too much to drink."),
    # not: "anh", "em" alone saying it (the speaker, or you?), quitting now or done, "uống quá nhiều" with no tense (a
    # habit, or tonight), carsick, sunstroke, medicine put somewhere or taken, asking leave and "đừng" (the model's),
    # "có" with "à", asked without "?", drunk tomorrow, "sẽ" with a day behind, coffee, the phrasebook's toast and
    # "Is smoking allowed here?"
    ("Tôi hơi say nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh say rồi.", None), ("Em không uống rượu.", None), ("Tôi bỏ thuốc lá.", None),
    ("Anh ấy uống quá nhiều.", None), ("Tôi say xe.", None), ("Anh ấy say nắng.", None),
    ("Tôi bỏ thuốc vào túi.", None), ("Tôi uống thuốc rồi.", None), ("Tôi có thể hút thuốc ở đây không?", None),
    ("Đừng hút thuốc ở đây.", None),
    ("Bạn có hút thuốc à?", None), ("Bạn hút thuốc không.", None), ("Ngày mai tôi say.", None),
    ("Tuần trước tôi sẽ bỏ thuốc lá.", None), ("Tôi uống quá nhiều cà phê.", None), ("Một, hai, ba, dô!", None),
    ("Ở đây có được hút thuốc không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "He doesn't drink." → "Anh ấy không uống gì." (anything), "Do you drink?" → "Bạn có uống không?", "My father
    # still smokes." → "Cha tôi vẫn còn khói thuốc." (smoke, the noun), "I never drink." → "Tôi không bao giờ uống."
    ("Do you smoke?", "Bạn có hút thuốc không?"),
    ("Does your father smoke?", "Bố bạn có hút thuốc không?"),
    ("Do you smoke much?", "Bạn có hút thuốc nhiều không?"),
    ("She doesn't smoke.", "Cô ấy không hút thuốc."),
    ("Lan doesn't smoke.", "Lan không hút thuốc."),
    ("He smokes a lot.", "Anh ấy hút thuốc rất nhiều."),
    ("My father smokes too much.", "Bố tôi hút thuốc quá nhiều."),
    ("My father still smokes.", "Bố tôi vẫn hút thuốc."),
    ("I used to smoke.", "Tôi từng hút thuốc."),
    ("I don't smoke any more.", "Tôi không hút thuốc nữa."),
    ("I don't smoke anymore.", "Tôi không hút thuốc nữa."),
    ("You shouldn't smoke.", "Bạn không nên hút thuốc."),
    ("You shouldn't smoke so much.", "Bạn không nên hút thuốc nhiều như vậy."),
    ("I don't drink.", "Tôi không uống rượu."),
    ("He doesn't drink.", "Anh ấy không uống rượu."),
    ("Do you drink?", "Bạn có uống rượu không?"),
    ("I never drink.", "Tôi không bao giờ uống rượu."),
    ("Does she drink beer?", "Cô ấy có uống bia không?"),
    # v8: "My father gave up drinking." → "Cha tôi uống rượu." (drinks), "I've just quit smoking." → "Tôi chỉ bỏ hút
    # thuốc." (only), "I've quit smoking." → "Tôi bỏ thuốc lá."
    ("I quit smoking.", "Tôi đã bỏ thuốc lá."),
    ("I've quit smoking.", "Tôi đã bỏ thuốc lá rồi."),
    ("He has quit smoking.", "Anh ấy đã bỏ thuốc lá rồi."),
    ("I've just quit smoking.", "Tôi vừa bỏ thuốc lá."),
    ("I gave up smoking last year.", "Năm ngoái tôi đã bỏ thuốc lá."),
    ("My grandfather quit smoking last year.", "Năm ngoái ông tôi đã bỏ thuốc lá."),
    ("My father stopped smoking two years ago.", "Bố tôi đã bỏ thuốc lá cách đây hai năm."),
    ("My father gave up drinking.", "Bố tôi đã bỏ rượu."),
    ("I've stopped drinking.", "Tôi đã bỏ rượu rồi."),
    ("I'm trying to quit smoking.", "Tôi đang cố bỏ thuốc lá."),
    ("He’s trying to quit drinking.", "Anh ấy đang cố bỏ rượu."),
    ("She wants to quit smoking.", "Cô ấy muốn bỏ thuốc lá."),
    ("You should quit smoking.", "Bạn nên bỏ thuốc lá."),
    ("I'll quit smoking next week.", "Tuần sau tôi sẽ bỏ thuốc lá."),
    ("I'm going to quit smoking next month.", "Tháng sau tôi sẽ bỏ thuốc lá."),
    ("When did you quit smoking?", "Bạn bỏ thuốc lá khi nào?"),
    ("Have you quit smoking yet?", "Bạn đã bỏ thuốc lá chưa?"),
    ("Has your father given up smoking?", "Bố bạn đã bỏ thuốc lá chưa?"),
    ("Do you want to quit smoking?", "Bạn có muốn bỏ thuốc lá không?"),
    # v8: "No smoking." → "Không hút thuốc."
    ("No smoking.", "Cấm hút thuốc."),
    ("No smoking here.", "Cấm hút thuốc ở đây."),
    ("Smoking isn't allowed here.", "Ở đây không được hút thuốc."),
    # v8: "I'm a bit tipsy." → "Tôi là một chút bí quyết." (a secret), "I'm a little drunk." → "Tôi say xỉn.", "Were
    # you drunk last night?" → "Bạn đang say rượu tối qua?"
    ("He's drunk.", "Anh ấy say rồi."),
    ("My father is drunk.", "Bố tôi say rồi."),
    ("I'm a bit tipsy.", "Tôi hơi say."),
    ("I'm a little drunk.", "Tôi hơi say."),
    ("She's a bit tipsy.", "Cô ấy hơi say."),
    ("He's very drunk.", "Anh ấy say lắm rồi."),
    ("I'm not drunk.", "Tôi không say."),
    ("I'm not drunk yet.", "Tôi chưa say."),
    ("Are you drunk?", "Bạn say rồi à?"),
    ("I was drunk yesterday.", "Hôm qua tôi say."),
    ("I was very drunk last night.", "Tối qua tôi say lắm."),
    ("Were you drunk last night?", "Tối qua bạn có say không?"),
    # v8: "I had too much to drink last night." → "Tôi đã uống quá nhiều để uống tối qua.", "He had too much to
    # drink." → "Anh ta phải uống quá nhiều." (had to), "I've had a bit too much to drink." → "Tôi đã uống quá nhiều."
    ("I had too much to drink last night.", "Tối qua tôi uống quá nhiều."),
    ("He had too much to drink.", "Anh ấy đã uống quá nhiều."),
    ("He's had too much to drink.", "Anh ấy uống quá nhiều rồi."),
    ("I've had a bit too much to drink.", "Tôi uống hơi nhiều rồi."),
    ("I drank too much.", "Tôi đã uống quá nhiều."),
    # not: the verb not agreeing with who ("He don't", "She smoke", "She want", "He have", "Does he smokes", "He are"),
    # "was" with no day, "had too much" (eaten, maybe), the phrasebook's toast and "Is smoking allowed here?", asking
    # leave and "don't" (the model's), coffee, "have" or "will" with the wrong day, drunk on love, "have drank"
    ("He don't smoke.", None), ("She smoke.", None), ("She want to quit smoking.", None),
    ("He have quit smoking.", None), ("Does he smokes?", None), ("He are drunk.", None), ("He was drunk.", None),
    ("I had too much.", None), ("Cheers!", None), ("Is smoking allowed here?", None), ("Can I smoke here?", None),
    ("Please don't smoke here.", None), ("I drink coffee.", None),
    ("I've quit smoking last year.", None), ("I'll quit smoking yesterday.", None), ("I'm drunk on love.", None),
    ("I have drank too much.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
