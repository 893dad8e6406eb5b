"""Camping: a tent pitched or taken down, a campfire, sleeping in a tent, a tent or a sleeping bag brought, had,
leaking or wet, both ways (mt/camping.py)."""
import pytest

from mt.camping import translate


@pytest.mark.parametrize("text, said", [
    # v8: "We set tents across the shore.", "We have built tenties on the shore.", "I'm building tents." (my father),
    # "I have finished tents.", "Do you have built margins?", "We haven't built tents.", "Tomorrow, we'll get tents.",
    # "This morning, we had a tense.", "We're collecting margins.", "Yesterday, we build margins on hills."
    ("Chúng tôi dựng lều bên bờ hồ.", "We pitched our tent by the lake."),
    ("Chúng tôi đã dựng lều bên bờ hồ.", "We pitched our tent by the lake."),
    ("Chúng tôi dựng lều trong rừng.", "We pitched our tent in the woods."),
    ("Chúng tôi dựng lều trên bãi biển.", "We pitched our tent on the beach."),
    ("Hôm qua chúng tôi dựng lều trên đồi.", "We pitched our tent on the hill yesterday."),
    ("Bác Hùng đã dựng lều bên suối.", "Uncle Hung pitched the tent by the stream."),
    ("Bố tôi đang dựng lều.", "My father is pitching the tent."),
    ("Chúng tôi đang dựng lều bên suối.", "We're pitching our tent by the stream."),
    ("Tôi dựng lều xong rồi.", "I've pitched my tent."),
    ("Tôi vừa dựng lều xong.", "I've just pitched my tent."),
    ("Bạn đã dựng lều chưa?", "Have you pitched the tent yet?"),
    ("Anh đã dựng lều chưa?", "Have you pitched the tent yet?"),
    ("Chúng tôi chưa dựng lều.", "We haven't pitched our tent yet."),
    ("Ngày mai chúng tôi sẽ dỡ lều.", "We'll take down our tent tomorrow."),
    ("Sáng nay chúng tôi đã dỡ lều.", "We took down our tent this morning."),
    ("Chúng tôi đang thu lều.", "We're taking down our tent."),
    ("Tôi phải dỡ lều.", "I have to take down my tent."),
    # v8: "Do you know setting margins?", "I don't know how to build margins.", "He didn't know building tents.", "I
    # never built tents."
    ("Bạn có biết dựng lều không?", "Do you know how to pitch a tent?"),
    ("Tôi không biết dựng lều.", "I don't know how to pitch a tent."),
    ("Anh ấy không biết dựng lều.", "He doesn't know how to pitch a tent."),
    ("Tôi chưa bao giờ dựng lều.", "I've never pitched a tent."),
    # v8: "Let's build margins here.", "Let's stop.", "Where do we build margins?", "Where should we build margins?"
    ("Chúng ta dựng lều ở đây nhé.", "Let's pitch the tent here."),
    ("Chúng ta dựng lều bên suối nhé.", "Let's pitch the tent by the stream."),
    ("Chúng ta dỡ lều thôi.", "Let's take down the tent."),
    ("Dỡ lều thôi!", "Let's take down the tent!"),
    ("Chúng ta dựng lều ở đâu?", "Where shall we pitch the tent?"),
    ("Chúng ta nên dựng lều ở đâu?", "Where should we pitch the tent?"),
    # v8: "Tonight, is flames?", "Tonight, there was fired farming.", "Tonight, we burn farm train.", "Let's fire
    # out!", "We fired our farm.", "Last night, we burn the farm on the shore.", "Tonight, we fired farms.", "Do you
    # ever burn the train of the farm?"
    ("Tối nay có đốt lửa trại không?", "Is there a campfire tonight?"),
    ("Tối nay có lửa trại không?", "Is there a campfire tonight?"),
    ("Tối nay có đốt lửa trại.", "There's a campfire tonight."),
    ("Tối nay chúng ta đốt lửa trại nhé.", "Let's have a campfire tonight."),
    ("Chúng ta đốt lửa trại đi!", "Let's have a campfire!"),
    ("Chúng tôi đã đốt lửa trại.", "We had a campfire."),
    ("Tối qua chúng tôi đốt lửa trại bên bờ hồ.", "We had a campfire by the lake last night."),
    ("Tối nay chúng tôi đốt lửa trại.", "We're having a campfire tonight."),
    ("Bạn đã bao giờ đốt lửa trại chưa?", "Have you ever had a campfire?"),
    # v8: "Last night, we sat around the farm fire.", "We're sitting around the camp.", "He is grouping fire.", "Do you
    # know the train group?", "Remember to train the farm.", "Don't forget farms before going to bed."
    ("Tối qua chúng tôi ngồi quanh lửa trại.", "We sat around the campfire last night."),
    ("Chúng tôi đang ngồi quanh lửa trại.", "We're sitting around the campfire."),
    ("Anh ấy đang nhóm lửa trại.", "He's lighting the campfire."),
    ("Bạn có biết nhóm lửa trại không?", "Do you know how to light a campfire?"),
    ("Nhớ dập lửa trại nhé.", "Remember to put out the campfire."),
    ("Nhớ dập lửa trại trước khi đi ngủ.", "Remember to put out the campfire before going to bed."),
    ("Đừng quên dập lửa trại trước khi đi ngủ nhé.", "Don't forget to put out the campfire before going to bed."),
    ("Tôi quên dập lửa trại.", "I forgot to put out the campfire."),
    # v8: "Tonight, we sleep in tents.", "Tonight, I sleep in the tent.", "I've never sleeped in the tent.", "Are you
    # never sleep in the tent?"
    ("Tối nay chúng tôi ngủ trong lều.", "We're sleeping in a tent tonight."),
    ("Tối nay tôi ngủ trong lều.", "I'm sleeping in a tent tonight."),
    ("Tôi chưa bao giờ ngủ trong lều.", "I've never slept in a tent."),
    ("Bạn đã bao giờ ngủ trong lều chưa?", "Have you ever slept in a tent?"),
    # v8: "I forgot to bring sleep bags.", "Have you carried sleep bags yet?", "I've carried sleep bags.", "Remember
    # bringing sleep bags.", "Don't forget to carry tents.", "We forgot to carry tents."
    ("Tôi quên mang túi ngủ.", "I forgot to bring my sleeping bag."),
    ("Mẹ tôi quên mang túi ngủ.", "My mother forgot to bring her sleeping bag."),
    ("Bạn đã mang túi ngủ chưa?", "Have you brought your sleeping bag yet?"),
    ("Tôi đã mang túi ngủ rồi.", "I've brought my sleeping bag."),
    ("Nhớ mang theo túi ngủ nhé.", "Remember to bring your sleeping bag."),
    ("Đừng quên mang lều nhé.", "Don't forget to bring the tent."),
    ("Chúng tôi quên mang lều.", "We forgot to bring our tent."),
    # v8: "Do you have sleep bags?", "I don't have any sleep bag.", "Do you have tents?"
    ("Bạn có túi ngủ không?", "Do you have a sleeping bag?"),
    ("Tôi không có túi ngủ.", "I don't have a sleeping bag."),
    ("Bạn có lều không?", "Do you have a tent?"),
    ("Anh ấy có túi ngủ.", "He has a sleeping bag."),
    # v8: "Our margin is blisted.", "Margins are blisted.", "This margin is blisted.", "Is margins blisters?", "My
    # sleep was wet.", "Are your sleep wet?", "My margin was teared."
    ("Lều của chúng tôi bị dột.", "Our tent is leaking."),
    ("Lều bị dột.", "The tent is leaking."),
    ("Lều này bị dột.", "This tent is leaking."),
    ("Lều có bị dột không?", "Is the tent leaking?"),
    ("Túi ngủ của tôi bị ướt.", "My sleeping bag is wet."),
    ("Túi ngủ của bạn có bị ướt không?", "Is your sleeping bag wet?"),
    ("Lều của tôi bị rách.", "My tent is torn."),
    ("Lều của mẹ tôi bị ướt rồi.", "My mother's tent is wet."),
    # not: a bare verb with no day (did, does or will?), "chúng ta", "bạn", "anh" with a bare verb (a suggestion,
    # told?), "Hãy …" alone, "hôm nay" with a bare verb (done, or to do?), "em" with "ạ", "I" asked, a pet, "chúng tôi"
    # or a name bringing sleeping bags (several? his or hers?), "Bạn có mang lều không?" (did, or will?), a "?" on a
    # statement, "thế" said, "nhỉ", a sleeping bag leaking, "có" or "không" alone, a campfire with no day or a day
    # behind, a day told, a day and a tense not agreeing, "sẽ … vào ngày mai", renting, going camping, nonsense
    ("Bố tôi dựng lều.", None), ("Chúng tôi ngồi quanh lửa trại.", None), ("Chúng ta dựng lều bên bờ hồ.", None),
    ("Bạn dựng lều bên bờ hồ.", None), ("Anh dựng lều bên bờ hồ.", None),
    ("Hãy dựng lều trước khi trời tối.", None), ("Hôm nay chúng tôi dựng lều bên suối.", None),
    ("Em đã dựng lều chưa ạ?", None), ("Tôi đã dựng lều chưa?", None), ("Con chó của tôi ngủ trong lều.", None),
    ("Chúng tôi quên mang túi ngủ.", None), ("Lan quên mang túi ngủ.", None), ("Bạn có mang lều không?", None),
    ("Chúng tôi dựng lều bên bờ hồ?", None), ("Chúng tôi dựng lều bên bờ hồ thế.", None),
    ("Chúng tôi dựng lều bên bờ hồ nhỉ.", None), ("Túi ngủ bị dột.", None), ("Lều có bị dột.", None),
    ("Lều bị dột không?", None), ("Bạn không có lều không?", None), ("Con mèo có túi ngủ không?", None),
    ("Chúng tôi không có túi ngủ.", None),
    ("Lều của con chó tôi bị rách.", None), ("Có đốt lửa trại không?", None),
    ("Tối qua có đốt lửa trại không?", None), ("Tối qua nhớ dập lửa trại nhé.", None),
    ("Tối qua chúng tôi sẽ dựng lều.", None), ("Chúng ta mang túi ngủ nhé.", None), ("Dựng lều đi!", None),
    ("Tôi sẽ dựng lều bên bờ hồ vào ngày mai.", None), ("Chúng ta có thể thuê lều ở đâu?", None),
    ("Chúng tôi đi cắm trại cuối tuần này.", None), ("We pitched our tent by the lake.", None),
    ("Lều lều lều.", None),
    # review: a bare verb "ở đây" or before dark (pitching now, or a plan?), "chúng tôi", "họ" with their sleeping
    # bags wet (one each?); "đã" said is still read
    ("Chúng tôi dựng lều ở đây.", None), ("Tôi dựng lều ở đây.", None),
    ("Chúng tôi dựng lều bên bờ hồ trước khi trời tối.", None), ("Túi ngủ của chúng tôi bị ướt.", None),
    ("Túi ngủ của họ bị rách.", None), ("Chúng tôi đã dựng lều ở đây.", "We pitched our tent here."),
    ("Túi ngủ của Lan bị ướt.", "Lan's sleeping bag is wet."),
    # review: before dark or bed with the perfect or now ("… before going to bed yet?")
    ("Bạn đã dập lửa trại trước khi đi ngủ chưa?", None), ("Chúng tôi chưa dựng lều trước khi trời tối.", None),
    ("Chúng tôi đang dựng lều bên bờ hồ trước khi trời tối.", None),
    ("Tối qua chúng tôi dập lửa trại trước khi đi ngủ.", "We put out the campfire before going to bed last night."),
    # review: "đang mang" is carrying, "I'm bringing …" a plan
    ("Tôi đang mang theo túi ngủ.", None), ("Anh ấy đang mang lều.", None),
    ("Ngày mai tôi mang theo túi ngủ.", "I'm bringing my sleeping bag tomorrow."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi vội vã của chúng tôi bằng hồ.", "Chúng tôi sân cỏ tent trong rừng.", "Cha tôi đang sân cỏ tent.",
    # "Tôi đã sân cỏ tent.", "Bạn có sân bay chưa?" (an airport), "Chúng tôi vẫn chưa đủ sức căng thẳng.", "Chúng tôi
    # đã xuống lều sáng nay.", "Chúng tôi đặt lều xuống hồ.", "Tôi vừa sân cỏ tent."
    ("We pitched our tent by the lake.", "Chúng tôi đã dựng lều bên bờ hồ."),
    ("We pitched the tent in the woods.", "Chúng tôi đã dựng lều trong rừng."),
    ("We pitched our tent on the beach.", "Chúng tôi đã dựng lều trên bãi biển."),
    ("We pitched the tent on the hill yesterday.", "Hôm qua chúng tôi dựng lều trên đồi."),
    ("We put up the tent by the lake.", "Chúng tôi đã dựng lều bên bờ hồ."),
    ("My father is pitching the tent.", "Bố tôi đang dựng lều."),
    ("We're pitching the tent by the stream.", "Chúng tôi đang dựng lều bên suối."),
    ("She is putting up the tent.", "Cô ấy đang dựng lều."),
    ("I've pitched the tent.", "Tôi đã dựng lều rồi."),
    ("He's pitched the tent.", "Anh ấy đã dựng lều rồi."),
    ("I've just pitched the tent.", "Tôi vừa dựng lều."),
    ("Have you pitched the tent yet?", "Bạn đã dựng lều chưa?"),
    ("Has he pitched the tent yet?", "Anh ấy đã dựng lều chưa?"),
    ("We haven't pitched the tent yet.", "Chúng tôi chưa dựng lều."),
    ("We took down the tent this morning.", "Sáng nay chúng tôi đã dỡ lều."),
    ("We're taking down the tent.", "Chúng tôi đang dỡ lều."),
    ("We'll take down the tent tomorrow.", "Ngày mai chúng tôi sẽ dỡ lều."),
    ("She needs to take down the tent.", "Cô ấy cần dỡ lều."),
    ("I have to take down the tent.", "Tôi phải dỡ lều."),
    # v8: "Bạn có biết cách nào để cao độ một lều không?", "Tôi không biết phải nào để giành một lều.", "Anh ta không
    # biết cách nào để sân cỏ tent.", "Tôi chưa bao giờ sân tent.", "Bạn có biết cách nào để đèn một trại định cư
    # không?" (a lamp, a settlement)
    ("Do you know how to pitch a tent?", "Bạn có biết dựng lều không?"),
    ("I don't know how to pitch a tent.", "Tôi không biết dựng lều."),
    ("He doesn't know how to pitch a tent.", "Anh ấy không biết dựng lều."),
    ("I've never pitched a tent.", "Tôi chưa bao giờ dựng lều."),
    ("Do you know how to light a campfire?", "Bạn có biết nhóm lửa trại không?"),
    # v8: "Chúng ta hãy cỏi lều ở đây.", "Chúng ta hãy cao độ chục của chúng ta bằng luồng.", "Chúng ta hãy xuống
    # lều.", "Chúng ta nên cao độ 10 lần ở đâu?"
    ("Let's pitch the tent here.", "Chúng ta dựng lều ở đây nhé."),
    ("Let's pitch our tent by the stream.", "Chúng ta dựng lều bên suối nhé."),
    ("Let's take down the tent.", "Chúng ta dỡ lều nhé."),
    ("Where should we pitch the tent?", "Chúng ta nên dựng lều ở đâu?"),
    # v8: "Có cắm trại tối nay không?", "Có một cuộc cắm trại tối nay.", "Chúng ta có một cuộc cắm trại tối nay.",
    # "Chúng ta có một trại định cư.", "Chúng tôi có một cuộc cắm trại tối qua.", "Chúng tôi đang có một cuộc cắm trại
    # tối nay.", "Chúng tôi tạo ra một trại định cư theo hồ.", "Bạn chưa từng có cắm trại?"
    ("Is there a campfire tonight?", "Tối nay có đốt lửa trại không?"),
    ("There's a campfire tonight.", "Tối nay có đốt lửa trại."),
    ("Let's have a campfire tonight.", "Tối nay chúng ta đốt lửa trại nhé."),
    ("Let's have a campfire.", "Chúng ta đốt lửa trại nhé."),
    ("We had a campfire last night.", "Tối qua chúng tôi đốt lửa trại."),
    ("We're having a campfire tonight.", "Tối nay chúng tôi sẽ đốt lửa trại."),
    ("We made a campfire by the lake.", "Chúng tôi đã đốt lửa trại bên bờ hồ."),
    ("Have you ever had a campfire?", "Bạn đã bao giờ đốt lửa trại chưa?"),
    # v8: "Chúng tôi ngồi quanh trại định cư.", "Chúng tôi ngồi quanh trại định cư tối qua.", "Anh ta đang ánh sáng
    # trại định cư.", "Hãy nhớ phải đưa ra lời cắm trại.", "Đừng quên đưa ra trại định cư trước khi đi ngủ."
    ("We sat around the campfire.", "Chúng tôi đã ngồi quanh lửa trại."),
    ("We sat around the campfire last night.", "Tối qua chúng tôi ngồi quanh lửa trại."),
    ("We're sitting around the campfire.", "Chúng tôi đang ngồi quanh lửa trại."),
    ("He is lighting the campfire.", "Anh ấy đang nhóm lửa trại."),
    ("Remember to put out the campfire.", "Nhớ dập lửa trại nhé."),
    ("Don't forget to put out the campfire before going to bed.",
     "Đừng quên dập lửa trại trước khi đi ngủ nhé."),
    # v8: "Chúng tôi đang ngủ trong lều tối nay." (sleeping now), "Bạn từng ngủ trong lều chưa?"
    ("We're sleeping in a tent tonight.", "Tối nay chúng tôi sẽ ngủ trong lều."),
    ("Have you ever slept in a tent?", "Bạn đã bao giờ ngủ trong lều chưa?"),
    # v8: "Tôi mang túi ngủ của tôi.", "Hãy nhớ mang va-li ngủ của bạn.", "Tôi đã mang túi ngủ của tôi.", "Bạn đã mang
    # túi ngủ của mình chưa?"
    ("I brought my sleeping bag.", "Tôi đã mang theo túi ngủ."),
    ("I've brought my sleeping bag.", "Tôi đã mang theo túi ngủ rồi."),
    ("Have you brought your sleeping bag?", "Bạn đã mang theo túi ngủ chưa?"),
    ("Remember to bring your sleeping bag.", "Nhớ mang theo túi ngủ nhé."),
    ("I forgot to bring my sleeping bag.", "Tôi quên mang theo túi ngủ."),
    # v8: "Tent của chúng tôi đang rò rỉ.", "Tình trạng căng thẳng đang rò rỉ.", "Có rò rỉ căng thẳng không?", "Vắc-xin
    # ngủ của tôi là ướt.", "Vắc-xin ngủ của bạn có phải không?", "Tôi lều của tôi là rưỡi."
    ("Our tent is leaking.", "Lều của chúng tôi bị dột."),
    ("The tent is leaking.", "Lều bị dột."),
    ("Is the tent leaking?", "Lều có bị dột không?"),
    ("My sleeping bag is wet.", "Túi ngủ của tôi bị ướt."),
    ("Is your sleeping bag wet?", "Túi ngủ của bạn có bị ướt không?"),
    ("My tent is torn.", "Lều của tôi bị rách."),
    ("My mother's tent is wet.", "Lều của mẹ tôi bị ướt."),
    # a name's own, where the name tells his from hers (mt.names.named_his_her)
    ("Lan forgot to bring her sleeping bag.", "Lan quên mang theo túi ngủ."),
    # not: a verb, "to", "a" or "yet" not agreeing, a day and a tense not agreeing, another's thing, "I" asked, a pet,
    # the simple present (a habit), a thing not so done, "Did … ?", a sleeping bag leaking, "is" said twice or not at
    # all, a campfire with no day, renting, the other way's language, nonsense
    ("She need to take down the tent.", None), ("He have to take down the tent.", None),
    ("Does he knows how to pitch a tent?", None), ("Have he pitched the tent yet?", None),
    ("I've pitched an tent.", None), ("We pitched the tent yet.", None), ("We pitched the tent tomorrow.", None),
    ("We'll pitch the tent yesterday.", None), ("Let's have a campfire last night.", None),
    ("Lan forgot to bring his sleeping bag.", None), ("I forgot to bring your sleeping bag.", None),
    ("We pitched their tent.", None), ("Have I pitched the tent yet?", None),
    ("My dog sat around the campfire.", None), ("We pitch the tent.", None), ("We had a tent.", None),
    ("Did you bring a tent?", None), ("My sleeping bag is leaking.", None), ("Is the tent is leaking?", None),
    ("The tent leaking.", None), ("There's a campfire.", None), ("We pitched our tent by the lake?", None),
    ("Where can we rent a tent?", None), ("Chúng tôi dựng lều bên bờ hồ.", None), ("Tent tent tent.", None),
    # review: done today keeps "đã" ("Hôm nay chúng tôi dỡ lều." may be ahead); "we" asked, told "have to", "need to",
    # "our" asked ("chúng ta", the one told too, or "chúng tôi"?)
    ("We took down the tent today.", "Hôm nay chúng tôi đã dỡ lều."),
    ("I put out the campfire this afternoon.", "Chiều nay tôi đã dập lửa trại."),
    ("We had a campfire last night.", "Tối qua chúng tôi đốt lửa trại."),
    ("Have we pitched the tent yet?", None), ("Have we ever slept in a tent?", None),
    ("Do we know how to pitch a tent?", None), ("We have to take down the tent before dark.", None),
    ("We need to put out the campfire.", None), ("Is our tent leaking?", None), ("Is our sleeping bag wet?", None),
    ("We haven't put out the campfire yet.", "Chúng tôi chưa dập lửa trại."),
    ("Our tent is leaking.", "Lều của chúng tôi bị dột."),
    ("I'm bringing my sleeping bag.", None), ("We're bringing the tent.", None),
    ("I'm bringing my sleeping bag tomorrow.", "Ngày mai tôi sẽ mang theo túi ngủ."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
