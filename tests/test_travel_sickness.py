"""Travel sickness: who gets carsick, seasick, airsick, feels sick, a travel-sickness pill, and "open the window if you
feel sick", both ways (mt/travel_sickness.py)."""
import pytest

from mt.travel_sickness import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you get drunk?", "He was drunk.", "My mother was sick.", "Do you have carsick?", "She was seasick."
    ("Bạn có bị say máy bay không?", "Do you get airsick?"),
    ("Anh ấy bị say máy bay.", "He gets airsick."),
    ("Mẹ tôi bị say tàu.", "My mother gets travel sick."),
    ("Bạn có bị say xe không?", "Do you get carsick?"),
    ("Cô ấy bị say sóng.", "She gets seasick."),
    ("Anh có bị say xe không?", "Do you get carsick?"),
    ("Bạn có hay bị say xe không?", "Do you often get carsick?"),
    ("Bạn có dễ bị say sóng không?", "Do you get seasick easily?"),
    # v8: "She is often carsick when going to go long.", "I'm carsick sometimes." (my father), "He never had seasick."
    ("Cô ấy hay bị say xe khi đi đường dài.", "She often gets carsick on long trips."),
    ("Bố tôi thỉnh thoảng bị say xe.", "My father sometimes gets carsick."),
    ("Anh ấy không bao giờ bị say sóng.", "He never gets seasick."),
    ("Con tôi hay bị say xe.", "My child often gets carsick."),
    ("Tôi dễ bị say xe.", "I get carsick easily."),
    ("Lan bị say xe.", "Lan gets carsick."),
    ("Bác Hùng bị say sóng.", "Uncle Hung gets seasick."),
    # v8: "I'm carsick when I'm going to go to the bus.", "I'm seasick when I'm going to boat.", "I'm not drunk."
    ("Tôi bị say xe khi đi xe buýt.", "I get carsick on the bus."),
    ("Tôi bị say sóng khi đi thuyền.", "I get seasick on boats."),
    ("Tôi không bị say máy bay.", "I don't get airsick."),
    ("Tôi thấy hơi say xe.", "I feel a bit carsick."),
    ("Mẹ tôi bị say xe rồi.", "My mother is carsick."),
    ("Tôi đã bị say sóng.", "I got seasick."),
    ("Bạn đã bao giờ bị say sóng chưa?", "Have you ever been seasick?"),
    ("Tôi chưa bao giờ bị say máy bay.", "I've never been airsick."),
    # v8: "I feel nausea.", "I was sick.", "I'm a little nausea.", "Do you have nausea?"
    ("Tôi thấy buồn nôn.", "I feel sick."),
    ("Tôi buồn nôn.", "I feel sick."),
    ("Tôi hơi buồn nôn.", "I feel a bit sick."),
    ("Bạn có buồn nôn không?", "Do you feel sick?"),
    ("Cô ấy thấy buồn nôn quá.", "She feels really sick."),
    ("Tôi thấy buồn nôn khi đi xe buýt.", "I feel sick on the bus."),
    # v8: "I take medicine fight carsick.", "I need anti-inflammatory drugs carsick.", "Do you have anti- carsick?"
    ("Tôi uống thuốc chống say xe rồi.", "I've taken a travel-sickness pill."),
    ("Tôi đã uống thuốc chống say xe.", "I took a travel-sickness pill."),
    ("Tôi vừa uống thuốc say xe.", "I've just taken a travel-sickness pill."),
    ("Bạn đã uống thuốc chống say xe chưa?", "Have you taken a travel-sickness pill yet?"),
    ("Tôi chưa uống thuốc chống say xe.", "I haven't taken a travel-sickness pill yet."),
    ("Anh ấy nên uống thuốc chống say sóng.", "He should take a seasickness pill."),
    ("Tôi cần thuốc chống say xe.", "I need some travel-sickness pills."),
    ("Bạn có thuốc chống say xe không?", "Do you have any travel-sickness pills?"),
    ("Mẹ tôi có thuốc chống say xe.", "My mother has some travel-sickness pills."),
    ("Bạn có mang thuốc chống say xe không?", "Did you bring any travel-sickness pills?"),
    # v8: "If you feel nausea, open the window.", "Open the window if you have carsick."
    ("Nếu bạn thấy buồn nôn thì mở cửa sổ ra.", "Open the window if you feel sick."),
    ("Mở cửa sổ ra nếu bạn bị say xe.", "Open the window if you get carsick."),
    ("Nếu bạn bị say xe thì nói với tôi nhé.", "Tell me if you get carsick."),
    ("Nếu thấy buồn nôn thì bảo tôi nhé.", "Tell me if you feel sick."),
    # not: "anh" alone saying it (the speaker or "you"), drunk and sunstroke (mt/smoking.py's, the model's), "à"
    # asked, "đều" (all), a habit and "rồi" at once, a plain "uống" (a habit?), asked without "không", other topics
    ("Tôi buồn nôn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị say xe.", None), ("Anh ấy say rồi.", None), ("Tôi hơi say.", None), ("Tôi bị say nắng.", None),
    ("Em bị say xe à?", None), ("Chúng tôi đều bị say sóng.", None), ("Tôi hay bị say xe rồi.", None),
    ("Tôi uống thuốc chống say xe.", None), ("Bạn có bị say xe?", None), ("Tôi đã hay bị say xe.", None),
    ("Tôi uống thuốc rồi.", None), ("Tôi bị đau đầu.", None), ("Bạn có buồn không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy bị đánh dấu." (marked), "Anh ấy bị không khí." (air), "Bạn có bị biển không?" (sea)
    ("She gets seasick.", "Cô ấy bị say sóng."),
    ("He gets airsick.", "Anh ấy bị say máy bay."),
    ("Do you get seasick?", "Bạn có bị say sóng không?"),
    ("Do you get carsick?", "Bạn có bị say xe không?"),
    ("Does your daughter get carsick?", "Con gái bạn có bị say xe không?"),
    ("Do you often get airsick?", "Bạn có hay bị say máy bay không?"),
    ("My mother gets carsick.", "Mẹ tôi bị say xe."),
    # v8: "Anh ta không bao giờ bị đánh dấu.", "Tôi bị đánh dấu trên thuyền."
    ("He never gets seasick.", "Anh ấy không bao giờ bị say sóng."),
    ("She often gets carsick on long trips.", "Cô ấy hay bị say xe khi đi đường dài."),
    ("I get carsick easily.", "Tôi dễ bị say xe."),
    ("I don't get carsick.", "Tôi không bị say xe."),
    ("I sometimes get travel sick.", "Tôi thỉnh thoảng bị say tàu xe."),
    ("I got seasick.", "Tôi đã bị say sóng."),
    ("I feel carsick.", "Tôi thấy say xe."),
    ("She's seasick.", "Cô ấy bị say sóng."),
    ("Are you seasick?", "Bạn có bị say sóng không?"),
    ("Is she feeling carsick?", "Cô ấy có thấy say xe không?"),
    ("She doesn't feel carsick.", "Cô ấy không thấy say xe."),
    ("I'm not carsick.", "Tôi không bị say xe."),
    ("Have you ever been seasick?", "Bạn đã bao giờ bị say sóng chưa?"),
    ("She's never been airsick.", "Cô ấy chưa bao giờ bị say máy bay."),
    # v8: "Tôi cảm thấy ốm trên xe buýt." (ill), "Tôi cảm thấy buồn bã." (sad)
    ("I feel sick on the bus.", "Tôi thấy buồn nôn khi đi xe buýt."),
    ("I'm feeling a bit sick on the bus.", "Tôi thấy hơi buồn nôn khi đi xe buýt."),
    ("I feel nauseous.", "Tôi thấy buồn nôn."),
    ("She feels queasy.", "Cô ấy thấy buồn nôn."),
    # v8: "Tôi đã dùng một loại thuốc giảm đau du lịch." (a travel painkiller), "Tôi đã uống thuốc để đi du lịch bị ốm."
    ("I've taken a travel-sickness pill.", "Tôi uống thuốc chống say xe rồi."),
    ("I've taken a pill for travel sickness.", "Tôi uống thuốc chống say xe rồi."),
    ("I took a pill for motion sickness.", "Tôi đã uống thuốc chống say xe."),
    ("She has just taken a travel-sickness pill.", "Cô ấy vừa uống thuốc chống say xe."),
    ("Have you taken your travel-sickness pill yet?", "Bạn đã uống thuốc chống say xe chưa?"),
    ("I haven't taken a travel-sickness pill yet.", "Tôi chưa uống thuốc chống say xe."),
    ("She should take a seasickness pill.", "Cô ấy nên uống thuốc chống say sóng."),
    # v8: "Bạn có bất cứ thứ gì để đi du lịch không?" (anything to travel)
    ("Do you have anything for travel sickness?", "Bạn có thuốc chống say xe không?"),
    ("I need some travel-sickness pills.", "Tôi cần thuốc chống say xe."),
    ("Did you bring any travel-sickness pills?", "Bạn có mang thuốc chống say xe không?"),
    ("My father has some seasickness pills.", "Bố tôi có thuốc chống say sóng."),
    # v8: "Mở cửa sổ nếu bạn cảm thấy bị ốm." (ill), "Hãy nói cho tôi biết nếu bạn cảm thấy ốm."
    ("Open the window if you feel sick.", "Nếu bạn thấy buồn nôn thì mở cửa sổ ra nhé."),
    ("If you feel sick, open the window.", "Nếu bạn thấy buồn nôn thì mở cửa sổ ra nhé."),
    ("Tell me if you feel sick.", "Nếu bạn thấy buồn nôn thì nói với tôi nhé."),
    ("If you get carsick, let me know.", "Nếu bạn bị say xe thì cho tôi biết nhé."),
    # not: "feel sick" with no where (ill?), bad agreement, "got" after "do", "all", "just" asked, other topics
    ("I feel sick.", None), ("Are you feeling sick?", None), ("Do you feel sick?", None),
    ("I'm sick on the bus.", None),
    ("She get carsick.", None), ("He don't get seasick.", None), ("Does she gets carsick?", None),
    ("She have some seasickness pills.", None), ("I has taken a travel-sickness pill.", None),
    ("Do you got carsick?", None), ("We all got seasick.", None), ("Have you just taken a travel-sickness pill?", None),
    ("I'm sick of waiting.", None), ("He's drunk.", None), ("She's homesick.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
