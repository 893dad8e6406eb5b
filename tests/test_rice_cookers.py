"""Cooking rice in the rice cooker: the cooker broken, rice cooked in it, switched on, the rice washed, asked to, and
the rice as it came out, both ways (mt/rice_cookers.py)."""
import pytest

from mt.rice_cookers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My home pot is broken.", "My pot is broken.", "Power pot is broken.", "Will the pot be damaged?", "My
    # mother's electrical pot is broken.", "Power pots are not active."
    ("Nồi cơm điện nhà tôi bị hỏng.", "Our rice cooker is broken."),
    ("Nồi cơm điện của tôi bị hỏng rồi.", "My rice cooker is broken."),
    ("Nồi cơm điện bị hỏng.", "The rice cooker is broken."),
    ("Nồi cơm điện có bị hỏng không?", "Is the rice cooker broken?"),
    ("Nồi cơm điện nhà bạn có hỏng không?", "Is your rice cooker broken?"),
    ("Nồi cơm điện của mẹ tôi bị hỏng.", "My mother's rice cooker is broken."),
    ("Nồi cơm điện của Lan hỏng rồi.", "Lan's rice cooker is broken."),
    ("Nồi cơm điện này không bị hỏng.", "This rice cooker isn't broken."),
    ("Nồi cơm điện không hoạt động.", "The rice cooker isn't working."),
    # v8: "My mother was cooking the muscles with electrical pots.", "I cook the rice with electrical pots.", "Do you
    # cook the muscles with electrical pots?"
    ("Mẹ tôi đang nấu cơm bằng nồi cơm điện.", "My mother is cooking rice in the rice cooker."),
    ("Tôi đang nấu cơm bằng nồi cơm điện.", "I'm cooking rice in the rice cooker."),
    ("Tôi nấu cơm bằng nồi cơm điện.", "I cook rice in a rice cooker."),
    ("Bà tôi không nấu cơm bằng nồi cơm điện.", "My grandmother doesn't cook rice in a rice cooker."),
    ("Bạn có nấu cơm bằng nồi cơm điện không?", "Do you cook rice in a rice cooker?"),
    ("Chúng tôi nấu cơm bằng nồi cơm điện.", "We cook rice in a rice cooker."),
    # v8: "I'm plugged out the rice.", "Are you plugged out?", "I'm not plugged.", "My mother was getting a pot.",
    # "I click the pot.", "I forgot to press the pot."
    ("Tôi cắm cơm rồi.", "I've turned on the rice cooker."),
    ("Tôi đã cắm nồi cơm rồi.", "I've turned on the rice cooker."),
    ("Bạn cắm cơm chưa?", "Have you turned on the rice cooker yet?"),
    ("Anh ấy đã bật nồi cơm điện chưa?", "Has he turned on the rice cooker yet?"),
    ("Tôi chưa cắm cơm.", "I haven't turned on the rice cooker yet."),
    ("Mẹ tôi vừa cắm nồi cơm.", "My mother has just turned on the rice cooker."),
    ("Tôi bấm nút nồi cơm rồi.", "I've pressed the button on the rice cooker."),
    ("Tôi quên bấm nút nồi cơm.", "I forgot to press the button on the rice cooker."),
    # v8: "I've splashed the rice.", "My mother is voting the rice.", "Do you vomit rice?", "Lan is stooping rice.",
    # "I'm not getting rice."
    ("Tôi đã vo gạo rồi.", "I've washed the rice."),
    ("Mẹ tôi đang vo gạo.", "My mother is washing the rice."),
    ("Bạn vo gạo chưa?", "Have you washed the rice yet?"),
    ("Lan đang vo gạo.", "Lan is washing the rice."),
    ("Chúng tôi đang vo gạo.", "We're washing the rice."),
    ("Tôi chưa vo gạo.", "I haven't washed the rice yet."),
    ("Cô ấy vừa vo gạo xong rồi.", None),  # ("xong": done, not read)
    # v8: "I vomit your mom's rice.", "She vowed the rice.", "A plug-in helps your mother.", "It's OK to get rice.",
    # "He or she's walking."
    ("Vo gạo giúp mẹ nhé.", "Please wash the rice for me."),
    ("Con vo gạo giúp mẹ đi.", "Wash the rice for me."),
    ("Con vo gạo đi.", "Wash the rice."),
    ("Vo gạo đi.", "Wash the rice."),
    ("Con cắm cơm giúp mẹ đi nhé.", "Please turn on the rice cooker for me."),
    ("Anh vo gạo giúp em đi.", "Wash the rice for me."),
    ("Bạn bấm nút nồi cơm giúp tôi nhé.", "Please press the button on the rice cooker for me."),
    ("Cắm cơm đi.", "Turn on the rice cooker."),
    ("Bạn cắm cơm giúp tôi được không?", "Can you turn on the rice cooker for me?"),
    # v8: "The muscles are overwhelmed.", "The muscles are too much.", "It's dry.", "The muscles are steamed.", "It's
    # a little dry.", "It is dry.", "The muscles are burned at the bottom of the pot.", "The muscles are not rigid."
    ("Cơm bị nhão quá.", "The rice is too mushy."),
    ("Cơm nhão quá.", "The rice is too mushy."),
    ("Cơm khô quá.", "The rice is too dry."),
    ("Cơm hơi nhão.", "The rice is a bit mushy."),
    ("Cơm hơi khô.", "The rice is a bit dry."),
    ("Cơm bị khô.", "The rice is dry."),
    ("Cơm hôm nay cứng quá.", "The rice is too hard today."),
    ("Cơm này nhão lắm.", "This rice is very mushy."),
    ("Cơm có bị khô không?", "Is the rice dry?"),
    ("Cơm bị cháy ở đáy nồi.", "The rice is burnt at the bottom."),
    ("Cơm chưa chín.", "The rice isn't cooked yet."),
    ("Nồi cơm chưa chín.", "The rice isn't cooked yet."),
    # not: "nồi cơm" alone broken (the rice gone off?), "Cơm khô." (a dish?), "đã" alone or a plain verb (when?),
    # "anh" saying it, "Vo gạo nhé." (an offer?), the one asked helped, "được không" with no one helped (may I?),
    # a pet, "I" asked, a "?" on a statement, "hơi … quá", "lắm" asked, the rice burnt or forgotten
    # (mt/kitchen_mishaps.py's), "Cơm chín chưa?" (mt/mealtimes.py's), nonsense, English
    ("Nồi cơm bị hỏng.", None), ("Cơm khô.", None), ("Tôi đã vo gạo.", None), ("Mẹ tôi vo gạo.", None),
    ("Anh cắm cơm rồi.", None), ("Vo gạo nhé.", None), ("Em vo gạo giúp em nhé.", None),
    ("Con vo gạo được không?", None), ("Con chó của tôi đang vo gạo.", None), ("Tôi cắm cơm chưa?", None),
    ("Tôi cắm cơm rồi?", None), ("Cơm hơi nhão quá.", None), ("Cơm có nhão lắm không?", None),
    ("Nồi cơm điện bị hỏng?", None), ("Cơm bị khê rồi.", None), ("Tôi quên cắm cơm.", None),
    ("Cơm chín chưa?", None), ("Bạn có cơm không?", None), ("Gạo gạo cơm.", None),
    ("Nồi cơm điện hỏng.", None), ("Mẹ tôi đang cắm cơm.", None), ("Tôi nấu cơm bằng nồi cơm điện?", None),
    ("The rice cooker is broken.", None),
    # review: "thế", "vậy" ending a statement (so broken? then?), "em" with "ạ" asking (the speaker: mt.hobbies
    # .em_speaking), "con", "anh", "chị", "em" with "nhé" or "được không" (the speaker offering: "I'll wash the rice
    # for you, Mum"), the one helped not the speaker ("Con … giúp em": a sibling; "bạn … giúp mẹ"; "bà", "ông")
    ("Nồi cơm điện bị hỏng thế.", None), ("Nồi cơm điện bị hỏng vậy.", None), ("Cơm nhão quá vậy.", None),
    ("Cơm nhão quá thế.", None), ("Tôi vo gạo rồi thế.", None),
    ("Em có nấu cơm bằng nồi cơm điện không ạ?", None), ("Em vo gạo chưa ạ?", None),
    ("Con vo gạo giúp mẹ nhé.", None), ("Con cắm cơm giúp mẹ nhé.", None), ("Anh vo gạo giúp em nhé.", None),
    ("Em vo gạo giúp anh được không?", None), ("Con vo gạo giúp em nhé.", None), ("Con vo gạo giúp chị đi.", None),
    ("Anh vo gạo giúp chị đi.", None), ("Bạn vo gạo giúp mẹ nhé.", None), ("Bạn vo gạo giúp anh nhé.", None),
    ("Em cắm cơm giúp mẹ đi.", None), ("Con vo gạo giúp bà đi.", None), ("Vo gạo giúp bà nhé.", None),
    ("Con vo gạo giúp ông đi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cơm nấu ăn của chúng tôi bị vỡ.", "Người nấu cơm của tôi bị vỡ.", "Cơm nấu chín có làm vỡ không?", "Người
    # nấu cơm không làm việc."
    ("Our rice cooker is broken.", "Nồi cơm điện nhà tôi bị hỏng."),
    ("My rice cooker is broken.", "Nồi cơm điện của tôi bị hỏng."),
    ("The rice cooker's broken.", "Nồi cơm điện bị hỏng."),
    ("Is your rice cooker broken?", "Nồi cơm điện của bạn có bị hỏng không?"),
    ("My mother's rice cooker has broken down.", "Nồi cơm điện của mẹ tôi bị hỏng rồi."),
    ("The rice cooker isn't working.", "Nồi cơm điện không hoạt động."),
    # v8: "Mẹ tôi đang nấu cơm trong nấu cơm.", "Tôi nấu cơm trong nấu cơm.", "Bạn có nấu cơm trong nấu cơm không?"
    ("My mother is cooking rice in the rice cooker.", "Mẹ tôi đang nấu cơm bằng nồi cơm điện."),
    ("I cook rice in a rice cooker.", "Tôi nấu cơm bằng nồi cơm điện."),
    ("Do you cook rice in a rice cooker?", "Bạn có nấu cơm bằng nồi cơm điện không?"),
    ("She doesn't cook rice in a rice cooker.", "Cô ấy không nấu cơm bằng nồi cơm điện."),
    ("Lan cooks rice in a rice cooker.", "Lan nấu cơm bằng nồi cơm điện."),
    # v8: "Tôi đã ngâm gạo trên bếp trưởng." (soaked), "Hiện tại bạn đã chuyển sang nấu cơm chưa?", "Tôi chưa quay
    # trên nấu cơm.", "Tôi đã chuyển bộ nấu cơm lên.", "Cô ấy chỉ ngoăn trên nấu cơm."
    ("I've turned on the rice cooker.", "Tôi cắm nồi cơm rồi."),
    ("I've switched the rice cooker on.", "Tôi cắm nồi cơm rồi."),
    ("Have you turned on the rice cooker yet?", "Bạn cắm nồi cơm chưa?"),
    ("I haven't turned on the rice cooker yet.", "Tôi chưa cắm nồi cơm."),
    ("She's just turned on the rice cooker.", "Cô ấy vừa cắm nồi cơm."),
    ("I forgot to press the button on the rice cooker.", "Tôi quên bấm nút nồi cơm."),
    # v8: "Tôi đã rửa sạch gạo.", "Mẹ tôi đang rửa gạo.", "Bạn đã rửa sạch gạo chưa?", "Tôi chưa rửa sạch gạo."
    ("I've washed the rice.", "Tôi vo gạo rồi."),
    ("My mother is washing the rice.", "Mẹ tôi đang vo gạo."),
    ("Have you washed the rice yet?", "Bạn vo gạo chưa?"),
    ("Has your mother washed the rice yet?", "Mẹ bạn vo gạo chưa?"),
    ("I haven't washed the rice yet.", "Tôi chưa vo gạo."),
    ("We've just washed the rice.", "Chúng tôi vừa vo gạo."),
    # v8: "Làm ơn giặt gạo cho tôi." (laundered), "Hãy ngặt trên bánh nướng."
    ("Wash the rice for me, please.", "Vo gạo giúp tôi nhé."),
    ("Please wash the rice.", "Vo gạo đi nhé."),
    ("Turn on the rice cooker.", "Cắm nồi cơm đi."),
    ("Can you turn the rice cooker on for me?", "Bạn cắm nồi cơm giúp tôi được không?"),
    # v8: "Gạo quá muỗi." (mosquitoes), "Gạo quá khô.", "Gạo này là một chút khô.", "Gạo này bị phỏng ở đáy.", "Gạo
    # quá ẩm."
    ("The rice is too mushy.", "Cơm bị nhão quá."),
    ("The rice is too dry.", "Cơm bị khô quá."),
    ("The rice is a bit dry.", "Cơm hơi khô."),
    ("The rice is too wet.", "Cơm bị nhão quá."),
    ("This rice is very hard.", "Cơm này bị cứng lắm."),
    ("Is the rice too mushy?", "Cơm có bị nhão quá không?"),
    ("The rice is burnt at the bottom.", "Cơm bị cháy ở đáy nồi."),
    # not: the verb not agreeing ("She have", "He cook", "Do she"), "Lan's washed" (whose?), "I" asked, a pet,
    # "wash the rice cooker", "turn on the rice", "on" twice, "the rice is wet" plain (washed rice?), "mushy" plain,
    # burnt, forgot to turn on and not cooked yet (mt/kitchen_mishaps.py's, mt/cooking.py's), "very" asked, a
    # question without "?", "is working" said, Vietnamese
    ("She have washed the rice.", None), ("He cook rice in a rice cooker.", None),
    ("Do she cook rice in a rice cooker?", None), ("Lan's washed the rice.", None),
    ("Have I washed the rice yet?", None), ("My dog is washing the rice.", None),
    ("Wash the rice cooker.", None), ("Turn on the rice.", None), ("Turn on the rice cooker on.", None),
    ("The rice is wet.", None), ("The rice is mushy.", None), ("The rice is burnt.", None),
    ("I forgot to turn on the rice cooker.", None), ("The rice isn't cooked yet.", None),
    ("Is the rice very dry?", None), ("Is the rice cooker broken.", None), ("The rice cooker is working.", None),
    ("I'm turning on the rice cooker.", None), ("I washed the rice.", None), ("I wash the rice.", None),
    ("Nồi cơm điện bị hỏng.", None), ("Rice rice cooker.", None),
    # review: "I" and "we" asked ("Do I …?": should I?; "we" asked: "chúng ta" or "chúng tôi"?)
    ("Do I cook rice in a rice cooker?", None), ("Do we cook rice in a rice cooker?", None),
    ("Have we washed the rice yet?", None), ("Have we turned on the rice cooker?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
