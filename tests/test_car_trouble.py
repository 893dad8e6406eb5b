"""Trouble with a car or a motorbike on the road: a flat tyre, a dead engine, not starting, breaking down or out of
petrol on the way, a petrol station or a mechanic, a repair, help to push, both ways (mt/car_trouble.py)."""
import pytest

from mt.car_trouble import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The car was tires.", "My motorcycle was banned.", "My bicycles have been squiring."
    ("Xe bị thủng lốp.", "We've got a flat tyre."),
    ("Xe máy tôi bị bể bánh.", "My motorbike has a flat tyre."),
    ("Xe tôi bị bể bánh rồi.", "I've got a flat tyre."),
    ("Xe đạp của tôi bị thủng săm.", "My bike has a flat tyre."),
    ("Xe tôi bị thủng lốp giữa đường.", "I got a flat tyre on the way."),
    # v8: "My motorcycle was killed.", "My car was killed.", "The car was killed in the midway."
    ("Xe máy của tôi bị chết máy.", "My motorbike has stalled."),
    ("Xe tôi bị chết máy.", "My engine has died."),
    ("Xe anh ấy bị chết máy rồi.", "His engine has died."),
    ("Xe bị chết máy giữa đường.", "The engine died on the way."),
    # v8: "The car doesn't explode.", "My car doesn't explode the machine.", "My car couldn't explode."
    ("Xe không nổ máy.", "The engine won't start."),
    ("Xe của tôi không nổ máy.", "My engine won't start."),
    ("Xe tôi không nổ máy được.", "My engine won't start."),
    ("Ô tô của tôi không khởi động được.", "My car won't start."),
    # v8: "My car is broken between the road.", "My car is all the road."
    ("Xe tôi bị hỏng giữa đường.", "I broke down on the way."),
    ("Xe của chúng tôi bị hỏng giữa đường.", "We broke down on the way."),
    ("Ô tô của tôi bị hỏng giữa đường.", "My car broke down on the way."),
    ("Xe tôi hết xăng giữa đường.", "I ran out of petrol on the way."),
    ("Chúng tôi bị hết xăng giữa đường.", "We ran out of petrol on the way."),
    ("Xe bị hết xăng.", "We've run out of petrol."),
    ("Xe máy của tôi bị hết xăng rồi.", "My motorbike has run out of petrol."),
    # v8: "Where is the most recent gas?", "Are there a gas tree recently?", "Is it a car editor recently?"
    ("Cây xăng gần nhất ở đâu?", "Where's the nearest petrol station?"),
    ("Gần đây có cây xăng không?", "Is there a petrol station near here?"),
    ("Ở đâu có cây xăng?", "Where is there a petrol station?"),
    ("Ở gần đây có tiệm sửa xe không?", "Is there a mechanic near here?"),
    ("Tiệm sửa xe gần nhất ở đâu?", "Where's the nearest mechanic?"),
    ("Tôi đang tìm cây xăng.", "I'm looking for a petrol station."),
    ("Mẹ tôi cần tìm cây xăng.", "My mother needs to find a petrol station."),
    # v8: "Where can I fix the car?", "I need to fix the car.", "Can you help me drive the car?"
    ("Tôi có thể sửa xe máy ở đâu?", "Where can I get my motorbike fixed?"),
    ("Tôi có thể sửa xe ở đâu?", "Where can I get it fixed?"),
    ("Tôi có thể vá xe ở đâu?", "Where can I get a puncture fixed?"),
    ("Tôi có thể đổ xăng ở đâu?", "Where can I get petrol?"),
    ("Tôi cần vá xe.", "I need to get a puncture fixed."),
    ("Anh ấy phải đi sửa xe máy.", "He has to get his motorbike fixed."),
    ("Bạn có thể giúp tôi đẩy xe không?", "Can you help me push it?"),
    ("Có ai giúp chúng tôi đẩy xe máy được không?", "Can someone help us push the motorbike?"),
    # not: "anh" alone saying it, someone else broken down (crying?) or their engine, broken down not on the way
    # (mt/broken.py's), "hết xăng" without "bị" (mt/supplies.py's), asked, not starting on the way, someone's
    # motorbike to fix ("sửa xe máy" of "mẹ tôi": hers?), help pushing asked of "tôi", other topics
    ("Tôi cần vá xe nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị thủng lốp.", None), ("Xe của mẹ tôi bị hỏng giữa đường.", None), ("Xe anh ấy bị hỏng giữa đường.", None),
    ("Xe của mẹ tôi bị chết máy.", None), ("Xe tôi bị hỏng.", None), ("Xe hết xăng.", None),
    ("Xe tôi bị thủng lốp à?", None), ("Xe không nổ máy giữa đường.", None), ("Mẹ tôi cần sửa xe máy.", None),
    ("Tôi có thể giúp bạn đẩy xe không?", None), ("Tôi bị chết máy.", None), ("Điện thoại của tôi bị hỏng.", None),
    ("Xe đạp không nổ máy.", None), ("Xe đạp của tôi bị hết xăng.", None),  # (a bicycle: no engine, no petrol)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con thú cưng gần nhất ở đâu?" (a pet), "Có một trạm thú cưng gần đó không?"
    ("Where's the nearest petrol station?", "Cây xăng gần nhất ở đâu?"),
    ("Where is the nearest gas station?", "Cây xăng gần nhất ở đâu?"),
    ("Is there a petrol station nearby?", "Gần đây có cây xăng không?"),
    ("Is there a gas station around here?", "Gần đây có cây xăng không?"),
    ("Is there a mechanic near here?", "Gần đây có thợ sửa xe không?"),
    ("I'm looking for a petrol station.", "Tôi đang tìm cây xăng."),
    ("We're looking for a mechanic's.", "Chúng tôi đang tìm tiệm sửa xe."),
    ("My mother needs to find a petrol station.", "Mẹ tôi cần tìm cây xăng."),
    # v8: "Công cụ sẽ không bắt đầu." (a tool), "Xe hơi của tôi bị vất vả.", "Công cụ của tôi đã chết."
    ("The engine won't start.", "Xe không nổ máy."),
    ("My engine won't start.", "Xe của tôi không nổ máy."),
    ("My car has stalled.", "Ô tô của tôi bị chết máy rồi."),
    ("The car's stalled.", "Ô tô bị chết máy rồi."),
    ("The engine died.", "Xe bị chết máy."),
    ("My engine has died.", "Xe của tôi bị chết máy rồi."),
    ("My car stalled on the way.", "Ô tô của tôi bị chết máy giữa đường."),
    # v8: "Xe hơi của tôi chạy xuống đường.", "Chúng tôi đi xuống đường.", "Tôi đã ngã xuống."
    ("My car broke down on the way.", "Ô tô của tôi bị hỏng giữa đường."),
    ("The car broke down on the way.", "Ô tô bị hỏng giữa đường."),
    ("We broke down on the way.", "Xe của chúng tôi bị hỏng giữa đường."),
    ("I've broken down.", "Xe của tôi bị hỏng rồi."),
    # v8: "Chúng tôi chạy ra khỏi cà phê trên đường."
    ("We ran out of petrol on the way.", "Xe của chúng tôi bị hết xăng giữa đường."),
    ("My motorbike ran out of gas on the way.", "Xe máy của tôi bị hết xăng giữa đường."),
    ("I got a flat tyre on the way.", "Xe của tôi bị thủng lốp giữa đường."),
    # v8: "Tôi có thể cố gắng lốp xe ở đâu?", "Tôi có thể cố gắng xe mình cố định ở đâu?", "… sửa đổi xe máy …"
    ("Where can I get my tyre fixed?", "Tôi có thể vá lốp ở đâu?"),
    ("Where can I get my car fixed?", "Tôi có thể sửa ô tô ở đâu?"),
    ("Where can I get my motorbike repaired?", "Tôi có thể sửa xe máy ở đâu?"),
    ("Where can I get a puncture fixed?", "Tôi có thể vá xe ở đâu?"),
    ("Where can we get petrol?", "Chúng tôi có thể đổ xăng ở đâu?"),
    # v8: "Bạn có thể giúp tôi đẩy xe của mình không?"
    ("Can you help me push my car?", "Bạn có thể giúp tôi đẩy xe không?"),
    ("Could someone help us push our motorbike?", "Có ai giúp chúng tôi đẩy xe máy được không?"),
    # not: verbs that do not agree, "broke down" or "stalled" of a person (crying, a slip), a car that died, another's
    # car to fix or push, "it" (what?), "garage" (a petrol station?), "has broken down on the way"
    ("She have run out of petrol.", None), ("He need to find a petrol station.", None),
    ("I are looking for a petrol station.", None), ("I broke down.", None), ("He stalled.", None),
    ("She broke down on the way.", None), ("My car died.", None), ("Where can I get your car fixed?", None),
    ("Can you help me push his car?", None), ("Can you help me push it?", None), ("Where can I get it fixed?", None),
    ("Where's the nearest garage?", None), ("My car has broken down on the way.", None),
    ("The engine broke down.", None), ("My phone won't start.", None),
    ("My bike won't start.", None), ("My bike ran out of petrol.", None),  # ("bike": a bicycle, or a motorbike?)
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
