"""Road trips and backpacking ("đi phượt", "dân phượt"), both ways (mt/road_trips.py)."""
import pytest

from mt.road_trips import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This weekend, we missed Ha Giang.", "Last month, he skirted North-west.", "I'm snugging Sa Pa.",
    # "Last year, we missed Moc Chau by motorbike.", "Lan is chasing in Da Lat.", "Next week, do you move phob?"
    ("Cuối tuần này bọn tôi đi phượt Hà Giang.", "We're going on a road trip to Ha Giang this weekend."),
    ("Chúng tôi đi phượt Hà Giang cuối tuần này.", "We're going on a road trip to Ha Giang this weekend."),
    ("Tháng trước anh ấy đi phượt Tây Bắc.", "He went on a road trip to the Northwest last month."),
    ("Tôi sẽ đi phượt Sa Pa.", "I'm going on a road trip to Sa Pa."),
    ("Năm ngoái chúng tôi đi phượt Mộc Châu bằng xe máy.", "We went on a motorbike trip to Moc Chau last year."),
    ("Lan đang đi phượt ở Đà Lạt.", "Lan is on a road trip in Da Lat."),
    ("Hôm qua Lan đi phượt Ninh Bình với bạn bè.", "Lan went on a road trip to Ninh Binh with friends yesterday."),
    ("Mẹ tôi đã đi phượt Cao Bằng.", "My mother went on a road trip to Cao Bang."),
    ("Tuần sau bạn có đi phượt không?", "Are you going on a road trip next week?"),
    ("Tuần trước bạn có đi phượt không?", "Did you go on a road trip last week?"),
    ("Tháng sau chúng tôi không đi phượt.", "We're not going on a road trip next month."),
    ("Năm ngoái bố tôi không đi phượt.", "My father didn't go on a road trip last year."),
    ("Chúng tôi định đi phượt vòng quanh Việt Nam.", "We're planning to go on a road trip around Vietnam."),
    ("Bạn có định đi phượt Tây Nguyên không?", "Are you planning to go on a road trip to the Central Highlands?"),
    ("Em gái tôi sắp đi phượt Lào.", "My sister is about to go on a road trip to Laos."),
    ("Ngày mai tụi mình đi phượt Tam Đảo với anh ấy.", "We're going on a road trip to Tam Dao with him tomorrow."),
    ("Bạn có đang đi phượt không?", "Are you on a road trip?"),
    # v8: "We'll be slighted by motorbike."
    ("Chúng tôi sẽ đi phượt bằng xe máy.", "We're going on a motorbike trip."),
    ("Minh sẽ không đi phượt bằng xe máy.", "Minh is not going on a motorbike trip."),
    # v8: "I'm snugging Ha Giang."
    ("Tôi vừa đi phượt Hà Giang về.", "I've just got back from a road trip to Ha Giang."),
    ("Anh ấy mới đi phượt về.", "He's just got back from a road trip."),
    # v8: "I like snugging.", "My mother doesn't like snugging.", "Do you like to snake?", "I'm slighting."
    ("Tôi thích đi phượt.", "I like going on road trips."),
    ("Mẹ tôi không thích đi phượt.", "My mother doesn't like going on road trips."),
    ("Bạn có thích đi phượt không?", "Do you like going on road trips?"),
    ("Tôi rất mê đi phượt.", "I really love going on road trips."),
    ("Anh ấy thích đi phượt lắm.", "He really likes going on road trips."),
    ("Họ mê đi phượt bằng xe máy.", "They love going on motorbike trips."),
    ("Chị tôi ghét đi phượt.", "My sister hates going on road trips."),
    # v8: "Do you want to ski with us?", "I want to snugg Vietnam."
    ("Bạn có muốn đi phượt với bọn tôi không?", "Do you want to go on a road trip with us?"),
    ("Tôi muốn đi phượt xuyên Việt.", "I want to go on a road trip across Vietnam."),
    ("Lan muốn đi phượt Đà Lạt cuối tuần sau.", "Lan wants to go on a road trip to Da Lat next weekend."),
    ("Chồng tôi không muốn đi phượt.", "My husband doesn't want to go on a road trip."),
    # v8: "You've never been chased?", "I never skied."
    ("Bạn đã bao giờ đi phượt chưa?", "Have you ever been on a road trip?"),
    ("Bạn đã đi phượt bao giờ chưa?", "Have you ever been on a road trip?"),
    ("Anh ấy đã bao giờ đi phượt Hà Giang chưa?", "Has he ever been on a road trip to Ha Giang?"),
    ("Tôi chưa bao giờ đi phượt.", "I've never been on a road trip."),
    ("Bố tôi chưa đi phượt bao giờ.", "My father has never been on a road trip."),
    ("Cô ấy đã từng đi phượt Sa Pa.", "She's been on a road trip to Sa Pa before."),
    # v8: "He is snugg.", "Are you snugging?", "They are snuggers."
    ("Anh ấy là dân phượt.", "He's a backpacker."),
    ("Tôi là dân phượt.", "I'm a backpacker."),
    ("Họ là dân phượt.", "They're backpackers."),
    ("Bạn có phải là dân phượt không?", "Are you a backpacker?"),
    ("Bố tôi không phải dân phượt.", "My father is not a backpacker."),
    # the review: "với bạn tôi" is a friend, "mình" alone likes as "I", "ạ" and a particle asking are let be
    ("Tôi sẽ đi phượt với bạn tôi.", "I'm going on a road trip with my friend."),
    ("Mình thích đi phượt.", "I like going on road trips."), ("Tôi là dân phượt ạ.", "I'm a backpacker."),
    ("Bạn có thích đi phượt không nhỉ?", "Do you like going on road trips?"),
    # with one "của mình" after a third person (the speaker's, or theirs? mt.hobbies.as_whom reads "my")
    ("Cô ấy sẽ đi phượt với con chó của mình.", None), ("Anh ấy sẽ đi phượt với bố của mình.", None),
    # not: no word nor day of tense (a habit, a plan, the past?), "có" without a day, a day and a tense not agreeing,
    # a place not known, whom not read, "một mình", an animal, "anh" alone saying it, "I" asked, "?" on a statement,
    # "không" without "có", yet (not ever), "mê" denied, a place liked, "phượt thủ", English, nonsense
    ("Tôi đi phượt Hà Giang.", None), ("Bạn có đi phượt không?", None), ("Chúng tôi đi phượt bằng xe máy.", None),
    ("Tôi không đi phượt.", None), ("Hôm qua tôi sẽ đi phượt.", None), ("Tuần sau tôi đã đi phượt Sa Pa.", None),
    ("Tuần sau tôi đang đi phượt.", None), ("Tôi sẽ đi phượt Mù Cang Chải.", None),
    ("Tôi sẽ đi phượt với người yêu.", None), ("Tôi sẽ đi phượt Hà Giang một mình.", None),
    ("Con chó của tôi thích đi phượt.", None), ("Anh thích đi phượt.", None), ("Tôi có thích đi phượt không?", None),
    ("Tôi là dân phượt?", None), ("Bạn thích đi phượt không?", None), ("Bạn đã đi phượt Hà Giang chưa?", None),
    ("Tôi không mê đi phượt.", None), ("Tôi thích đi phượt Hà Giang.", None), ("Anh ấy là phượt thủ.", None),
    ("Hôm qua tôi muốn đi phượt.", None), ("Tôi chưa đi phượt.", None), ("Dân phượt rất thích Hà Giang.", None),
    ("Phượt là gì?", None), ("Tuần sau tôi vừa đi phượt về.", None), ("Tôi sắp đi phượt tuần sau.", None),
    ("I like road trips.", None),
    # the review: "với bạn" (you, or a friend?), "với mình" (me, or us?), "nhỉ", "thế", "vậy" ending a statement (a
    # tag, a stress, a "then"), "mình" alone going (I, or we?), who going with themself
    ("Bạn có muốn đi phượt với bạn không?", None), ("Lan sẽ đi phượt với bạn.", None),
    ("Anh ấy đã đi phượt Hà Giang với bạn.", None), ("Tôi sẽ đi phượt với bạn.", None),
    ("Tuần sau tôi đi phượt với bạn.", None), ("Bạn có muốn đi phượt với mình không?", None),
    ("Bạn thích đi phượt nhỉ.", None), ("Cuối tuần này chúng ta đi phượt Hà Giang nhỉ.", None),
    ("Anh ấy là dân phượt nhỉ.", None), ("Tôi muốn đi phượt nhỉ.", None), ("Tôi thích đi phượt thế.", None),
    ("Cuối tuần này chúng ta đi phượt Hà Giang thế.", None), ("Cuối tuần này chúng ta đi phượt Hà Giang vậy.", None),
    ("Cuối tuần này mình đi phượt Hà Giang.", None), ("Mình muốn đi phượt Hà Giang.", None),
    ("Mình vừa đi phượt về.", None), ("Tôi sẽ đi phượt với tôi.", None),
    ("Chúng tôi sẽ đi phượt với chúng tôi.", None), ("Chúng tôi sẽ đi phượt với bọn tôi.", None),
    ("Tôi sẽ đi phượt với chúng ta.", None), ("Tôi sẽ đi phượt với tụi mình.", None),
    ("Anh ấy sẽ đi phượt với anh ấy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi đang đi trên một chuyến đi đường đến Hà Giang cuối tuần này.", "Anh ấy đi trên một chuyến đi đến
    # miền Bắc vào tháng trước.", "Chúng tôi quay lạipacking ở Sa Pa năm ngoái.", "Tôi đang trên một chuyến đi con
    # đường ở Đà Lạt.", "Bạn có đi trên một chuyến đi đường cuối tuần trước không?"
    ("We're going on a road trip to Ha Giang this weekend.", "Cuối tuần này chúng tôi đi phượt Hà Giang."),
    ("He went on a road trip to the Northwest last month.", "Tháng trước anh ấy đi phượt Tây Bắc."),
    ("We went backpacking in Sa Pa last year.", "Năm ngoái chúng tôi đi phượt ở Sa Pa."),
    ("I'm on a road trip in Da Lat.", "Tôi đang đi phượt ở Đà Lạt."),
    ("She's backpacking in Laos.", "Cô ấy đang đi phượt ở Lào."),
    ("Are you going on a road trip next week?", "Tuần sau bạn có đi phượt không?"),
    ("Did you go on a road trip last weekend?", "Cuối tuần trước bạn có đi phượt không?"),
    ("My father went on a road trip.", "Bố tôi đã đi phượt."),
    ("I'm not going on a road trip this weekend.", "Cuối tuần này tôi không đi phượt."),
    ("Lan isn't going on a road trip.", "Lan sẽ không đi phượt."),
    ("We didn't go on a road trip yesterday.", "Hôm qua chúng tôi không đi phượt."),
    ("Are you planning to go on a road trip?", "Bạn có định đi phượt không?"),
    ("They're planning to go on a road trip around Vietnam.", "Họ định đi phượt vòng quanh Việt Nam."),
    ("We're going backpacking in the Central Highlands next month.", "Tháng sau chúng tôi đi phượt ở Tây Nguyên."),
    ("My brother is going on a road trip to Ha Giang with his friends.", None),
    ("My brother is going on a road trip to Ha Giang with friends.", "Anh trai tôi sẽ đi phượt Hà Giang với bạn bè."),
    # v8: "Chúng tôi đang đi trên chuyến đi xe máy."
    ("We're going on a motorbike trip.", "Chúng tôi sẽ đi phượt bằng xe máy."),
    ("He's going on a road trip to Moc Chau by motorbike.", "Anh ấy sẽ đi phượt Mộc Châu bằng xe máy."),
    # v8: "Tôi yêu con đường.", "Tôi thích đi trên chuyến đi đường.", "Em trai của bạn có thích chuyến đi đường không?"
    ("I love road trips.", "Tôi rất thích đi phượt."),
    ("I like going on road trips.", "Tôi thích đi phượt."),
    ("Does your brother like road trips?", "Anh trai bạn có thích đi phượt không?"),
    ("My mother doesn't like road trips.", "Mẹ tôi không thích đi phượt."),
    ("She enjoys backpacking.", "Cô ấy thích đi phượt."),
    ("We really love motorbike trips.", "Chúng tôi rất mê đi phượt bằng xe máy."),
    ("He hates road trips.", "Anh ấy ghét đi phượt."),
    # v8: "Bạn có muốn đi trên một chuyến đi con đường với chúng ta không?", "Cô muốn đi trên một chuyến đi đường
    # khắp Việt Nam."
    ("Do you want to go on a road trip with us?", "Bạn có muốn đi phượt với chúng tôi không?"),
    ("She wants to go on a road trip across Vietnam.", "Cô ấy muốn đi phượt xuyên Việt."),
    ("Would you like to go on a road trip with us?", "Bạn có muốn đi phượt với chúng tôi không?"),
    ("I'd like to go on a road trip to Sa Pa.", "Tôi muốn đi phượt Sa Pa."),
    ("He doesn't want to go on a road trip.", "Anh ấy không muốn đi phượt."),
    # v8: "Bạn đã từng ở trên một chuyến đi đường chưa?", "Tôi chưa từng có chuyến đi trên đường."
    ("Have you ever been on a road trip?", "Bạn đã bao giờ đi phượt chưa?"),
    ("Has she ever been on a road trip to Ha Giang?", "Cô ấy đã bao giờ đi phượt Hà Giang chưa?"),
    ("I've never been on a road trip.", "Tôi chưa bao giờ đi phượt."),
    ("My father has never been on a motorbike trip.", "Bố tôi chưa bao giờ đi phượt bằng xe máy."),
    ("She's been on a road trip to Sa Pa before.", "Cô ấy đã từng đi phượt Sa Pa."),
    # v8: "Tôi vừa quay lại từ một chuyến đi đường đến Hà Giang."
    ("I've just got back from a road trip to Ha Giang.", "Tôi vừa đi phượt Hà Giang về."),
    ("He just got back from a road trip.", "Anh ấy vừa đi phượt về."),
    ("He has just come back from a road trip.", "Anh ấy vừa đi phượt về."),
    # v8: "Anh ta là một người ủng hộ.", "Họ đang quay lại."
    ("He's a backpacker.", "Anh ấy là dân phượt."),
    ("They're backpackers.", "Họ là dân phượt."),
    ("Are you a backpacker?", "Bạn có phải là dân phượt không?"),
    ("We aren't backpackers.", "Chúng tôi không phải là dân phượt."),
    ("My sister is a backpacker.", "Em gái tôi là dân phượt."),
    # the review: "we" asking takes in the one asked ("chúng ta"), "you" backpackers are many ("các bạn"), a pet's
    # whose with "của"
    ("Are we going on a road trip next week?", "Tuần sau chúng ta có đi phượt không?"),
    ("Did we go on a road trip last year?", "Năm ngoái chúng ta có đi phượt không?"),
    ("Have we ever been on a road trip?", "Chúng ta đã bao giờ đi phượt chưa?"),
    ("Do we want to go on a road trip?", "Chúng ta có muốn đi phượt không?"),
    ("Do we like road trips?", "Chúng ta có thích đi phượt không?"),
    ("Are we on a road trip?", "Chúng ta có đang đi phượt không?"),
    ("Are we backpackers?", "Chúng ta có phải là dân phượt không?"),
    ("You're backpackers.", "Các bạn là dân phượt."), ("Are you backpackers?", "Các bạn có phải là dân phượt không?"),
    ("You aren't backpackers.", "Các bạn không phải là dân phượt."), ("You're a backpacker.", "Bạn là dân phượt."),
    ("I'm going on a road trip with my dog.", "Tôi sẽ đi phượt với con chó của tôi."),
    # not: "Are you going …?" without a day (a plan, or now?), a day and a tense not agreeing, "Did" without a day, a
    # verb or "a" not agreeing, a place not known, whose friends, a day with "ever", "don't love", "been" without
    # "never" or "before" (just now, or ever?), a road trip that is no one's going, a backpack, Vietnamese, nonsense
    ("Are you going on a road trip?", None), ("We went on a road trip next week.", None),
    ("Did you go on a road trip?", None), ("She like road trips.", None), ("He are a backpacker.", None),
    ("I are a backpacker.", None), ("He is backpackers.", None), ("We're a backpacker.", None),
    ("Does he wants to go on a road trip?", None), ("He went on a road trip to Mordor.", None),
    ("I've been on a road trip.", None), ("I don't love road trips.", None),
    ("Have you ever been on a road trip last year?", None), ("The road trip was fun.", None),
    ("How was your road trip?", None), ("My backpack is heavy.", None), ("Did he went on a road trip?", None),
    ("I'm going on a road trip yesterday.", None), ("He just come back from a road trip.", None),
    ("Tôi thích đi phượt.", None), ("Road trip road trip.", None),
    ("My dog is a backpacker.", None),
    # the review: "really" denied, who going with themself, "our" after "we" asking ("chúng ta" … "chúng tôi")
    ("I don't really want to go on a road trip.", None), ("I'm going on a road trip with me.", None),
    ("I'm going on a road trip with us.", None), ("We're going on a road trip with me.", None),
    ("Do you want to go on a road trip with you?", None), ("He's going on a road trip with him.", None),
    ("Did we go on a road trip with our mother last year?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
