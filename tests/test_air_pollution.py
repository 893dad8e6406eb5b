"""Air pollution: the air polluted, the air quality, the PM2.5 level and the AQI, a city's air pollution, masks worn
against it, and smog, both ways (mt/air_pollution.py)."""
import pytest

from mt.air_pollution import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The air of infectious air today.", "This rice is not very contagious.", "The air in Hanoi is so infected.",
    # "The air here is very pollution.", "Yesterday, serious air.", "Isn't the air pollution today?"
    ("Hôm nay không khí ô nhiễm quá.", "The air is really polluted today."),
    ("Không khí hôm nay ô nhiễm quá.", "The air is really polluted today."),
    ("Dạo này không khí ô nhiễm lắm.", "The air has been very polluted lately."),
    ("Không khí ở Hà Nội ô nhiễm quá.", "The air in Hanoi is really polluted."),
    ("Không khí ở đây rất ô nhiễm.", "The air here is very polluted."),
    ("Hôm qua không khí ô nhiễm nặng.", "The air was heavily polluted yesterday."),
    ("Hôm nay không khí có ô nhiễm không?", "Is the air polluted today?"),
    ("Ngày mai không khí có ô nhiễm không?", "Will the air be polluted tomorrow?"),
    ("Không khí hôm nay không ô nhiễm lắm.", "The air isn't very polluted today."),
    ("Không khí ở đây rất trong lành.", "The air here is very fresh."),
    # v8: "Hanoi weighs air pollution.", "Do Hanoi have a pollution?", "It's too infectious."
    ("Hà Nội ô nhiễm không khí nặng.", "Hanoi has bad air pollution."),
    ("Hà Nội bị ô nhiễm không khí rất nặng.", "Hanoi has very bad air pollution."),
    ("Dạo này Hà Nội bị ô nhiễm không khí rất nặng.", "Hanoi has had very bad air pollution lately."),
    ("Hà Nội có bị ô nhiễm không khí không?", "Does Hanoi have air pollution?"),
    ("Sài Gòn ô nhiễm quá.", "Saigon is really polluted."),
    ("Hà Nội có ô nhiễm không?", "Is Hanoi polluted?"),
    # v8: "The air quality today is bad.", "The air quality today.", "How today's air quality?"
    ("Chất lượng không khí hôm nay rất tệ.", "The air quality is very bad today."),
    ("Hôm nay chất lượng không khí tốt.", "The air quality is good today."),
    ("Chất lượng không khí ở Hà Nội rất kém.", "The air quality in Hanoi is very poor."),
    ("Chất lượng không khí hôm nay thế nào?", "What's the air quality like today?"),
    ("Chất lượng không khí hôm nay có tốt không?", "Is the air quality good today?"),
    ("Ngày mai chất lượng không khí sẽ rất tệ.", "The air quality will be very bad tomorrow."),
    ("Ô nhiễm không khí ở Hà Nội rất nghiêm trọng.", "The air pollution in Hanoi is very serious."),
    # v8: "The dirt index today is very high.", "The AQI index today is 180.", "How much is the AQI index today?"
    ("Chỉ số bụi mịn hôm nay rất cao.", "The PM2.5 level is very high today."),
    ("Chỉ số bụi mịn ở Hà Nội hôm nay rất cao.", "The PM2.5 level in Hanoi is very high today."),
    ("Chỉ số AQI hôm nay là 180.", "The AQI is 180 today."),
    ("Chỉ số AQI hôm nay là bao nhiêu?", "What's the AQI today?"),
    ("Chỉ số AQI hôm qua là bao nhiêu?", "What was the AQI yesterday?"),
    # v8: "You should wear pages when you out.", "I always wear clothes when I go to the street.", "My mother had
    # always worn out the page.", "Do you wear pages when you out of?", "We should wear clothes because dust smoke."
    ("Bạn nên đeo khẩu trang khi ra ngoài.", "You should wear a mask when you go out."),
    ("Tôi luôn đeo khẩu trang khi ra đường.", "I always wear a mask when I go out."),
    ("Mẹ tôi luôn đeo khẩu trang khi ra ngoài.", "My mother always wears a mask when she goes out."),
    ("Bạn có đeo khẩu trang khi ra ngoài không?", "Do you wear a mask when you go out?"),
    ("Chúng ta nên đeo khẩu trang vì khói bụi.", "We should wear masks because of the dust and smoke."),
    ("Nhớ đeo khẩu trang khi ra ngoài nhé.", "Remember to wear a mask when you go out."),
    ("Tôi có nên đeo khẩu trang khi ra ngoài không?", "Should I wear a mask when I go out?"),
    ("Anh ấy không bao giờ đeo khẩu trang khi ra ngoài.", "He never wears a mask when he goes out."),
    ("Bác Lan luôn đeo khẩu trang khi ra ngoài.", "Aunt Lan always wears a mask when she goes out."),
    ("Bạn không cần đeo khẩu trang khi ra ngoài.", "You don't need to wear a mask when you go out."),
    ("Tôi đang đeo khẩu trang vì bụi mịn.", "I'm wearing a mask because of the fine dust."),
    ("Hôm nay bạn nên đeo khẩu trang khi ra ngoài.", "You should wear a mask when you go out today."),
    ("Mẹ tôi phải đeo khẩu trang khi ra ngoài.", "My mother has to wear a mask when she goes out."),
    ("Anh ấy nên đeo khẩu trang vì bụi.", "He should wear a mask because of the dust."),
    ("Bạn hãy đeo khẩu trang vì khói bụi.", "Wear a mask because of the dust and smoke."),
    # v8: "It was dust smoke.", "Today, dust smoke."
    ("Trời mù mịt khói bụi.", "It's smoggy."),
    ("Hôm nay trời mù mịt khói bụi quá.", "It's really smoggy today."),
    ("Hôm qua trời có mù mịt khói bụi không?", "Was it smoggy yesterday?"),
    ("Ngày mai trời sẽ mù mịt khói bụi.", "It'll be smoggy tomorrow."),
    # not: a cough, from the dust too (mt/symptoms.py), a mask with no why (mt/safety_gear.py), fog (mt/weather.py),
    # "không khí" as a mood ("Không khí hôm nay thế nào?", a party's), "quá ô nhiễm" (too?), "nhỉ", a "?" on a
    # statement, "có" with no "không", a word not said of its kind, a name alone going out (he or she?), a pet, asked
    # of oneself, "anh" saying it, a day behind with "sẽ" or "nên", a number on the quality, a mask worn for the dust
    # with no how often (now, or as a rule?), smog very or where, the other way's language, nonsense
    ("Tôi bị ho.", None), ("Bạn nên đeo khẩu trang.", None), ("Trời có sương mù.", None),
    ("Không khí hôm nay thế nào?", None), ("Không khí buổi tiệc rất vui.", None), ("Không khí quá ô nhiễm.", None),
    ("Không khí ô nhiễm quá nhỉ?", None), ("Không khí ô nhiễm quá?", None), ("Hôm nay không khí có ô nhiễm.", None),
    ("Hà Nội rất tệ.", None), ("Lan luôn đeo khẩu trang khi ra ngoài.", None),
    ("Con chó của tôi bị ho vì khói bụi.", None), ("Con mèo của tôi luôn đeo khẩu trang khi ra ngoài.", None),
    ("Tôi có đeo khẩu trang khi ra ngoài không?", None), ("Anh bị ho vì khói bụi.", None),
    ("Hôm qua không khí sẽ ô nhiễm.", None), ("Hôm qua bạn nên đeo khẩu trang khi ra ngoài.", None),
    ("Chất lượng không khí hôm nay là 180.", None), ("Chỉ số AQI hôm nay thế nào?", None),
    ("Chỉ số AQI hôm nay là bao nhiêu.", None), ("The air is really polluted today.", None),
    ("Không khí khí khí ô nhiễm.", None), ("Tôi đeo khẩu trang vì bụi.", None), ("Tôi bị ho vì khói bụi.", None),
    ("Trời rất mù mịt khói bụi.", None), ("Ở Hà Nội trời mù mịt khói bụi.", None),
    # "terrible" said very is "really terrible" (not "very terrible"), and not fairly, extremely or denied very;
    # "ổn" (okay) said how much is not "very okay"; smog very with "lắm" as with "rất"
    ("Chất lượng không khí hôm nay rất kinh khủng.", "The air quality is really terrible today."),
    ("Ô nhiễm không khí khủng khiếp lắm.", "The air pollution is really terrible."),
    ("Chất lượng không khí kinh khủng quá.", "The air quality is really terrible."),
    ("Chất lượng không khí khá kinh khủng.", None), ("Chất lượng không khí cực kỳ kinh khủng.", None),
    ("Chất lượng không khí không kinh khủng lắm.", None), ("Ô nhiễm không khí có kinh khủng lắm không?", None),
    ("Chất lượng không khí rất ổn.", None), ("Chất lượng không khí ổn lắm.", None),
    ("Chất lượng không khí không ổn lắm.", None), ("Chất lượng không khí ổn quá.", None),
    ("Chất lượng không khí không ổn.", "The air quality isn't okay."), ("Trời mù mịt khói bụi lắm.", None),
    # a mask worn on a day is worn on that day, not "today" for each
    ("Tối nay bạn nên đeo khẩu trang khi ra ngoài.", "You should wear a mask when you go out tonight."),
    ("Chiều nay tôi cần đeo khẩu trang khi ra ngoài.", "I need to wear a mask when I go out this afternoon."),
    ("Sáng nay nhớ đeo khẩu trang vì bụi nhé.", "Remember to wear a mask because of the dust this morning."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hôm nay không khí thật sự được thăm dò." (probed), "Không khí rất được thăm dò gần đây.", "Không khí ở Hà
    # Nội thực sự được thăm dò.", "Hôm nay không khí được thăm dò?", "Không khí rất được thăm dò hôm qua."
    ("The air is really polluted today.", "Hôm nay không khí ô nhiễm quá."),
    ("The air has been very polluted lately.", "Dạo này không khí rất ô nhiễm."),
    ("The air in Hanoi is really polluted.", "Không khí ở Hà Nội ô nhiễm quá."),
    ("The air is very polluted these days.", "Dạo này không khí rất ô nhiễm."),
    ("The air was very polluted yesterday.", "Hôm qua không khí rất ô nhiễm."),
    ("Is the air polluted today?", "Hôm nay không khí có ô nhiễm không?"),
    ("Will the air be polluted tomorrow?", "Ngày mai không khí có ô nhiễm không?"),
    ("The air isn't very polluted today.", "Hôm nay không khí không ô nhiễm lắm."),
    ("The air in Hanoi is heavily polluted.", "Không khí ở Hà Nội ô nhiễm nặng."),
    # v8: "Hiện nay ô nhiễm không khí khủng khiếp." (now), "Hà Nội có ô nhiễm không khí xấu.", "Hà Nội rất phấn khích."
    ("The air pollution is terrible today.", "Hôm nay ô nhiễm không khí kinh khủng."),
    ("Hanoi has bad air pollution.", "Hà Nội ô nhiễm không khí nặng."),
    ("Does Hanoi have air pollution?", "Hà Nội có bị ô nhiễm không khí không?"),
    ("Beijing had serious air pollution yesterday.", "Hôm qua Bắc Kinh ô nhiễm không khí nghiêm trọng."),
    ("Hanoi is very polluted.", "Hà Nội rất ô nhiễm."),
    # v8: "Chất lượng không khí thực sự xấu hôm nay.", "Chất lượng không khí như ngày nay là gì?", "Hôm nay chất
    # lượng không khí là bao nhiêu?" (how much)
    ("The air quality is really bad today.", "Hôm nay chất lượng không khí tệ quá."),
    ("The air quality is good today.", "Hôm nay chất lượng không khí tốt."),
    ("The air quality in Hanoi today is very bad.", "Hôm nay chất lượng không khí ở Hà Nội rất tệ."),
    ("What's the air quality like today?", "Chất lượng không khí hôm nay thế nào?"),
    ("How is the air quality today?", "Chất lượng không khí hôm nay thế nào?"),
    ("Is the air quality good today?", "Hôm nay chất lượng không khí có tốt không?"),
    ("The air quality will be very bad tomorrow.", "Ngày mai chất lượng không khí sẽ rất tệ."),
    # v8: "Mức PM2.5 là hôm nay rất cao.", "Hôm nay, AQI là 180.", "Hôm nay, AQI là gì?"
    ("The PM2.5 level is very high today.", "Hôm nay chỉ số bụi mịn rất cao."),
    ("PM2.5 levels are very high today.", "Hôm nay chỉ số bụi mịn rất cao."),
    ("The AQI is 180 today.", "Hôm nay chỉ số AQI là 180."),
    ("What's the AQI in Hanoi today?", "Chỉ số AQI ở Hà Nội hôm nay là bao nhiêu?"),
    # v8: "Bạn nên mặc một mặt nạ khi bạn ra ngoài." (a costume mask), "Mẹ tôi luôn mặc một mặt nạ khi cô bé ra
    # ngoài.", "Bạn có đeo mặt nạ khi ra ngoài không?"
    ("You should wear a mask when you go out.", "Bạn nên đeo khẩu trang khi ra ngoài."),
    ("I always wear a mask when I go out.", "Tôi luôn đeo khẩu trang khi ra ngoài."),
    ("My mother always wears a mask when she goes out.", "Mẹ tôi luôn đeo khẩu trang khi ra ngoài."),
    ("Do you wear a mask when you go out?", "Bạn có đeo khẩu trang khi ra ngoài không?"),
    ("Wear a mask when you go out.", "Hãy đeo khẩu trang khi ra ngoài."),
    ("Remember to wear a mask when you go out.", "Nhớ đeo khẩu trang khi ra ngoài nhé."),
    ("Should I wear a mask when I go out?", "Tôi có nên đeo khẩu trang khi ra ngoài không?"),
    ("We should wear masks because of the pollution.", "Chúng tôi nên đeo khẩu trang vì ô nhiễm."),
    ("I'm wearing a mask because of the dust.", "Tôi đang đeo khẩu trang vì bụi."),
    ("He doesn't need to wear a mask when he goes out.", "Anh ấy không cần đeo khẩu trang khi ra ngoài."),
    ("Lan always wears a mask when she goes out.", "Lan luôn đeo khẩu trang khi ra ngoài."),
    ("Does your mother wear a mask when she goes out?", "Mẹ bạn có đeo khẩu trang khi ra ngoài không?"),
    # v8: "Thật tuyệt vời." (great), "Hôm nay thật sự là sương mù quáng."
    ("It's smoggy.", "Trời mù mịt khói bụi."),
    ("It's really smoggy today.", "Hôm nay trời mù mịt khói bụi quá."),
    ("Was it smoggy yesterday?", "Hôm qua trời có mù mịt khói bụi không?"),
    ("It'll be smoggy tomorrow.", "Ngày mai trời sẽ mù mịt khói bụi."),
    # not: a tense its day does not say ("was" with no day, "is … yesterday"), the verb not agreeing, who going out
    # not who wears it, "masks" for one, a pet, haze (mt/weather.py), a mask with no why (mt/safety_gear.py), a
    # cough (mt/symptoms.py), a word not said of its kind, "really" asked, asked of oneself, a "?" on a statement,
    # smog very, denied or where, the other way's language, nonsense
    ("The air was polluted.", None), ("The air is polluted yesterday.", None),
    ("PM2.5 levels is very high today.", None), ("She never wears a mask when he goes out.", None),
    ("My son always wears a mask when she goes out.", None), ("She have a cough because of the smog.", None),
    ("Wear masks when you go out.", None), ("My dog always wears a mask when he goes out.", None),
    ("It's hazy today.", None), ("Air pollution is a big problem.", None), ("You should wear a mask.", None),
    ("I have a cough.", None), ("The air quality is high today.", None), ("The AQI is bad today.", None),
    ("Is the air really polluted today?", None), ("Do I wear a mask when I go out?", None),
    ("The air is really polluted today?", None), ("What's the air like today?", None),
    ("The air quality has been good tomorrow.", None), ("Hôm nay không khí ô nhiễm quá.", None),
    ("The air is heavily fresh.", None), ("I've got a cough from the dust and smoke.", None),
    ("It's very smoggy.", None), ("It's really smoggy in Hanoi today.", None), ("It isn't smoggy.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
