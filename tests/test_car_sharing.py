"""Lifts in someone's car: got, given, asked for, needed, offered, and carpooling, both ways (mt/car_sharing.py)."""
import pytest

from mt.car_sharing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Yesterday, I went to the co-workers.", "I usually get rid of your car to work.", "My mother usually goes
    # through the neighbor the market."
    ("Hôm qua tôi đi nhờ xe đồng nghiệp.", "I got a lift with a colleague yesterday."),
    ("Tôi đã đi nhờ xe đồng nghiệp.", "I got a lift with a colleague."),
    ("Hôm qua tôi quá giang xe đồng nghiệp về nhà.", "I got a lift home with a colleague yesterday."),
    ("Tôi hay đi nhờ xe bạn tôi đi làm.", "I often get a lift to work with my friend."),
    ("Mẹ tôi đi nhờ xe hàng xóm đi làm mỗi ngày.", "My mother gets a lift to work with a neighbour every day."),
    ("Tôi thỉnh thoảng đi nhờ xe bố tôi đến trường.", "I sometimes get a lift to school with my father."),
    ("Bạn có hay đi nhờ xe đồng nghiệp không?", "Do you often get a lift with a colleague?"),
    ("Hôm qua bạn có đi nhờ xe anh ấy không?", "Did you get a lift with him yesterday?"),
    ("Hôm qua tôi không đi nhờ xe đồng nghiệp.", "I didn't get a lift with a colleague yesterday."),
    ("Tôi không hay đi nhờ xe hàng xóm.", "I don't often get a lift with a neighbour."),
    # v8: "Tomorrow, I'll get rid of my brother."
    ("Ngày mai tôi sẽ đi nhờ xe anh trai tôi.", "I'll get a lift with my brother tomorrow."),
    ("Ngày mai bạn có đi nhờ xe Lan không?", "Will you get a lift with Lan tomorrow?"),
    # v8: "Yesterday, he gave me home.", "I usually carry me to do.", "Yesterday, land for me to get the car out of
    # the station."
    ("Hôm qua anh ấy chở tôi về nhà.", "He gave me a lift home yesterday."),
    ("Bố tôi thường chở tôi đi làm.", "My father often gives me a lift to work."),
    ("Chú Hùng hay chở tôi đi làm.", "Uncle Hung often gives me a lift to work."),
    ("Hôm qua Lan cho tôi đi nhờ xe ra ga.", "Lan gave me a lift to the station yesterday."),
    ("Tôi đã cho cô ấy đi nhờ xe về nhà.", "I gave her a lift home."),
    ("Hôm qua chúng tôi cho họ đi nhờ xe.", "We gave them a lift yesterday."),
    ("Tuần trước bố tôi chở mẹ tôi ra sân bay.", "My father gave my mother a lift to the airport last week."),
    ("Ngày mai anh trai tôi sẽ chở tôi ra ga.", "My brother will give me a lift to the station tomorrow."),
    # v8: "Can I get thanks?", "Will you give me a go through the station?", "Can I get rid of your car?"
    ("Cho tôi đi nhờ được không?", "Can I get a lift?"),
    ("Cho chúng tôi đi nhờ xe ra sân bay được không?", "Can we get a lift to the airport?"),
    ("Bạn cho tôi đi nhờ đến ga được không?", "Can you give me a lift to the station?"),
    ("Bạn có thể cho tôi đi nhờ về nhà không?", "Can you give me a lift home?"),
    ("Anh cho em đi nhờ được không?", "Can you give me a lift?"),
    ("Tôi đi nhờ xe bạn được không?", "Can I get a lift with you?"),
    ("Tôi đi nhờ xe anh được không?", "Can I get a lift with you?"),
    # v8: "Do you need to go through?", "Do you want to go home?", "I need to get the car out of the airport."
    ("Bạn có cần đi nhờ không?", "Do you need a lift?"),
    ("Bạn có muốn đi nhờ xe về nhà không?", "Would you like a lift home?"),
    ("Mẹ bạn có muốn đi nhờ xe không?", "Would your mother like a lift?"),
    ("Tôi cần đi nhờ xe ra sân bay.", "I need a lift to the airport."),
    ("Tôi không cần đi nhờ xe.", "I don't need a lift."),
    # v8: "Let me get rid of you.", "Let's get you back."
    ("Để tôi cho bạn đi nhờ.", "Let me give you a lift."),
    ("Để tôi chở bạn về nhà.", "Let me give you a lift home."),
    ("Để anh chở em về.", "Let me give you a lift back."),
    ("Để chúng tôi cho bạn đi nhờ xe ra ga.", "Let us give you a lift to the station."),
    ("Tôi chở bạn về nhà nhé?", "Shall I give you a lift home?"),
    ("Tôi có thể cho bạn đi nhờ không?", "Can I give you a lift?"),
    ("Bác Lan hay chở tôi đi làm.", "Aunt Lan often gives me a lift to work."),
    # v8: "We're going to go to work."
    ("Chúng tôi đi chung xe đi làm.", "We carpool to work."),
    ("Anh ấy đi chung xe với đồng nghiệp tôi đi làm.", "He carpools to work with my colleague."),
    ("Chúng tôi thường đi chung xe với hàng xóm tôi.", "We often carpool with my neighbour."),
    ("Hôm qua chúng tôi đi chung xe ra sân bay.", "We carpooled to the airport yesterday."),
    # not: no word of when ("Tôi đi nhờ xe đồng nghiệp.": once, or a habit?), "rồi", "bạn" and "mình" as whom said
    # ("xe bạn": your car, or a friend's?), "anh" saying it, "mình", "chúng ta" saying it (I, we, let's?), a pet,
    # who themself, "có" or "không" alone asking, a day with the wrong tense, "chở" asked (mt/journeys.py's) or to
    # school (mt/school_days.py's), a bus, "đi nhờ" someone (no car), "với đồng nghiệp" (one, or many?), no place
    ("Tôi đi nhờ xe đồng nghiệp.", None), ("Anh ấy chở tôi về nhà.", None), ("Tôi cho anh ấy đi nhờ xe.", None),
    ("Tôi đi chung xe với bạn.", None), ("Tôi đi nhờ xe đồng nghiệp rồi.", None), ("Hôm qua tôi đi nhờ xe bạn.", None),
    ("Tôi hay đi nhờ xe bạn đi làm.", None), ("Hôm qua anh đi nhờ xe đồng nghiệp.", None),
    ("Mình đi chung xe đi làm.", None), ("Chúng ta đi chung xe đi làm.", None),
    ("Con chó của tôi hay đi nhờ xe hàng xóm.", None), ("Hôm qua tôi cho con chó của tôi đi nhờ xe.", None),
    ("Hôm qua tôi đi nhờ xe tôi.", None), ("Bạn đi nhờ xe đồng nghiệp không?", None),
    ("Bạn có đi nhờ xe đồng nghiệp?", None), ("Tôi đi nhờ xe đồng nghiệp?", None),
    ("Hôm qua tôi sẽ đi nhờ xe anh ấy.", None), ("Anh chở tôi ra ga được không?", None),
    ("Bố tôi chở tôi đi học mỗi ngày.", None), ("Tôi đi nhờ xe buýt.", None), ("Hôm qua tôi đi nhờ anh ấy.", None),
    ("Chúng tôi thường đi chung xe với đồng nghiệp.", None), ("Tôi cần đi nhờ xe.", None),
    ("Tôi chở bạn về nhà.", None), ("Để anh chở anh về.", None), ("Hôm qua tôi chở anh ấy.", None),
    ("Tôi không luôn đi nhờ xe anh trai tôi.", None), ("Tôi nhờ đồng nghiệp chở về nhà.", None),
    ("Hôm qua tôi đi nhờ xe đồng nghiệp nhỉ.", None), ("I got a lift with a colleague.", None),
    # who and whom one person, or one among the other ("Lan gave Lan a lift", "I gave us a lift", "We got a lift with
    # me"); "em", "anh", "chị" getting a lift asked ("Em đi nhờ xe anh được không?": I, asking you, or you, asked?);
    # how often with every day ("often … every day"); needing or wanting a lift with whom ("Would you like a lift
    # with me?"); "đồng nghiệp", "hàng xóm" given a lift (one, or many?); "muốn" asked of I ("Would I like …?")
    ("Hôm qua Lan chở Lan về nhà.", None), ("Minh hay chở Minh đi làm.", None),
    ("Hôm qua bố tôi chở bố tôi ra ga.", None), ("Hôm qua mẹ tôi đi nhờ xe mẹ tôi.", None),
    ("Hôm qua tôi cho chúng tôi đi nhờ xe.", None), ("Hôm qua chúng tôi chở tôi về nhà.", None),
    ("Hôm qua chúng tôi đi nhờ xe tôi.", None), ("Hôm qua tôi đi nhờ xe chúng tôi.", None),
    ("Hôm qua tôi đi chung xe với chúng tôi.", None), ("Chúng tôi hay đi chung xe với tôi.", None),
    ("Hôm qua họ cho chúng tôi đi nhờ xe về nhà.", "They gave us a lift home yesterday."),
    ("Em đi nhờ xe anh được không?", None), ("Chị đi nhờ xe em được không?", None),
    ("Anh có thể đi nhờ xe em không?", None), ("Em cho anh đi nhờ được không?", "Can you give me a lift?"),
    ("Bạn đi nhờ xe tôi được không?", "Can you get a lift with me?"),
    ("Bố tôi hay chở tôi đi làm mỗi ngày.", None), ("Bố tôi không bao giờ chở tôi đi làm mỗi ngày.", None),
    ("Tôi thường đi nhờ xe đồng nghiệp mỗi sáng.", None), ("Bạn có hay đi nhờ xe đồng nghiệp mỗi ngày không?", None),
    ("Bố tôi chở tôi đi làm hằng ngày.", "My father gives me a lift to work every day."),
    ("Bạn có muốn đi nhờ xe tôi không?", None), ("Bạn có cần đi nhờ xe tôi không?", None),
    ("Tôi cần đi nhờ xe anh ấy ra ga.", None), ("Tôi không muốn đi nhờ xe anh ấy.", None),
    ("Hôm qua tôi chở đồng nghiệp về nhà.", None), ("Tôi hay chở đồng nghiệp đi làm.", None),
    ("Hôm qua tôi cho hàng xóm đi nhờ xe.", None), ("Để tôi chở đồng nghiệp về nhà.", None),
    ("Hôm qua tôi chở một người bạn ra ga.", "I gave a friend a lift to the station yesterday."),
    ("Để tôi chở một người hàng xóm về nhà.", "Let me give a neighbour a lift home."),
    ("Tôi có muốn đi nhờ không?", None), ("Tôi có cần đi nhờ xe không?", "Do I need a lift?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có một chiếc va-li với một chiếc va-li." (a suitcase), "… với một cộng tác hôm qua.", "Tôi thường đỗ để
    # làm việc với một người bạn.", "Tôi sẽ đi bộ với anh trai mình ngày mai." (walk)
    ("I got a lift with a colleague.", "Tôi đã đi nhờ xe một đồng nghiệp."),
    ("I got a lift with a colleague yesterday.", "Hôm qua tôi đi nhờ xe một đồng nghiệp."),
    ("I got a lift home from my neighbour last night.", "Tối qua tôi đi nhờ xe hàng xóm tôi về nhà."),
    ("I often get a lift to work with a friend.", "Tôi hay đi nhờ xe một người bạn đi làm."),
    ("She gets a lift to work every day.", "Cô ấy đi nhờ xe đi làm mỗi ngày."),
    ("Does your mother often get a lift with a neighbour?", "Mẹ bạn có hay đi nhờ xe một người hàng xóm không?"),
    ("Did you get a lift with him yesterday?", "Hôm qua bạn có đi nhờ xe anh ấy không?"),
    ("I didn't get a lift home yesterday.", "Hôm qua tôi không đi nhờ xe về nhà."),
    ("I don't often get a lift with my brother.", "Tôi không hay đi nhờ xe anh trai tôi."),
    ("I'll get a lift with my brother tomorrow.", "Ngày mai tôi sẽ đi nhờ xe anh trai tôi."),
    ("I won't get a lift with him tomorrow.", "Ngày mai tôi sẽ không đi nhờ xe anh ấy."),
    # v8: "Tôi đưa anh ấy một chiếc ghế." (a chair), "Anh ta rèn tôi về nhà." (forged), "Cha tôi thường cho tôi cái gì
    # đó làm.", "Lan cho tôi một chiếc xe tải về trạm tàu hôm qua." (a lorry)
    ("I gave him a lift.", "Tôi đã cho anh ấy đi nhờ xe."),
    ("He gave me a lift home.", "Anh ấy đã chở tôi về nhà."),
    ("He drove me home.", "Anh ấy đã chở tôi về nhà."),
    ("He drove me home yesterday.", "Hôm qua anh ấy chở tôi về nhà."),
    ("My father often gives me a lift to work.", "Bố tôi hay chở tôi đi làm."),
    ("Lan gave me a lift to the station yesterday.", "Hôm qua Lan chở tôi ra ga."),
    ("My brother gave me a lift to school.", "Anh trai tôi đã chở tôi đi học."),
    ("I'll give you a lift to the airport tomorrow.", "Ngày mai tôi sẽ chở bạn ra sân bay."),
    # v8: "Tôi có thể đi bộ được không?" (walk), "Bạn có thể cho tôi đỗ xe lên ga được không?" (park), "Có thể tôi về
    # nhà với bạn được không?"
    ("Can I get a lift?", "Cho tôi đi nhờ xe được không?"),
    ("Can you give me a lift to the station?", "Bạn cho tôi đi nhờ xe ra ga được không?"),
    ("Could you give me a ride home?", "Bạn cho tôi đi nhờ xe về nhà được không?"),
    ("Can I get a ride home with you?", "Tôi đi nhờ xe bạn về nhà được không?"),
    ("Can my mother get a lift with you?", "Mẹ tôi đi nhờ xe bạn được không?"),
    # v8: "Bạn có cần phải tập thể dục không?" (a workout), "Bạn có muốn một nhà tập thể dục không?", "Có phải mẹ bạn
    # cần phải tập luyện không?", "Tôi cần phải tập cho sân bay."
    ("Do you need a lift?", "Bạn có cần đi nhờ xe không?"),
    ("Would you like a lift home?", "Bạn có muốn đi nhờ xe về nhà không?"),
    ("Does your mother need a lift?", "Mẹ bạn có cần đi nhờ xe không?"),
    ("Do you want a lift to the station?", "Bạn có muốn đi nhờ xe ra ga không?"),
    ("I need a lift to the airport.", "Tôi cần đi nhờ xe ra sân bay."),
    ("She needs a lift to the airport.", "Cô ấy cần đi nhờ xe ra sân bay."),
    ("I don't need a lift.", "Tôi không cần đi nhờ xe."),
    # v8: "Để tôi cho bạn một cái tập thể dục.", "Nhìn tôi cho bạn một chiếc xe tải nào đó?"
    ("Let me give you a lift.", "Để tôi cho bạn đi nhờ xe."),
    ("Let me drive you home.", "Để tôi chở bạn về nhà."),
    ("Let us give you a lift to the station.", "Để chúng tôi chở bạn ra ga."),
    ("Shall I give you a lift?", "Tôi cho bạn đi nhờ xe nhé?"),
    ("Shall I give you a lift home?", "Tôi chở bạn về nhà nhé?"),
    ("Let me give your mother a lift home.", "Để tôi chở mẹ bạn về nhà."),
    # v8: "Tôi ô tô với một người bạn.", "Chúng tôi ô tô để làm việc."
    ("I carpool with a friend.", "Tôi đi chung xe với một người bạn."),
    ("We carpool to work.", "Chúng tôi đi chung xe đi làm."),
    ("Do you carpool to work?", "Bạn có đi chung xe đi làm không?"),
    ("He carpools to work with his neighbour.", "Anh ấy đi chung xe đi làm với hàng xóm anh ấy."),
    ("We carpooled to the airport yesterday.", "Hôm qua chúng tôi đi chung xe ra sân bay."),
    # not: a lift as an elevator (mt/lifts.py), "drove me" anywhere but a place, a verb not agreeing with who or its
    # tense, "Did" or "Will" with no day, "I need a lift." (a ride, or cheering up?), a pet, who themself, a request
    # with no asking, "Let me drive you." with no place
    ("I took the lift.", None), ("I got stuck in the lift.", None), ("He drove me crazy.", None),
    ("He drives me home.", None), ("She get a lift to work every day.", None), ("Does you need a lift?", None),
    ("Do she need a lift?", None), ("I got a lift home tomorrow.", None), ("I'll get a lift yesterday.", None),
    ("Will you get a lift with Lan?", None), ("Did you get a lift home?", None), ("I need a lift.", None),
    ("My dog got a lift with my neighbour.", None), ("I gave my dog a lift.", None), ("I gave me a lift.", None),
    ("Let me give me a lift.", None), ("I often got a lift with him.", None), ("Give me a lift.", None),
    ("Let me drive you.", None), ("Would you like a lift with me?", None), ("Can we carpool?", None),
    ("Shall we give your mother a lift?", None), ("Tôi đi nhờ xe đồng nghiệp.", None),
    # who and whom one among the other ("Tôi cho chúng tôi đi nhờ xe."), "never", "rarely" asked ("Bạn có không bao
    # giờ … không?" is no Vietnamese)
    ("I got a lift with us yesterday.", None), ("We got a lift with me yesterday.", None),
    ("I carpool with us.", None), ("We gave me a lift yesterday.", None), ("We drove me home.", None),
    ("Can I give us a lift?", None), ("Can we get a lift with me?", None),
    ("He carpools with us to work.", "Anh ấy đi chung xe đi làm với chúng tôi."),
    ("Do you never get a lift to work?", None), ("Does she rarely get a lift home?", None),
    ("Does he never give you a lift?", None),
    ("Do you sometimes get a lift to work?", "Bạn có thỉnh thoảng đi nhờ xe đi làm không?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
