"""Collisions on the road: who was hit, knocked down or off a bike, in an accident, vehicles that crashed into each
other, and the driver who drove off, both ways (mt/collisions.py)."""
import pytest

from mt.collisions import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm carving.", "Yesterday, he was stabbing.", "I was stabilised.", "My dog is carved."
    ("Tôi bị xe máy tông.", "I got hit by a motorbike."),
    ("Hôm qua anh ấy bị ô tô đâm.", "He got hit by a car yesterday."),
    ("Anh ấy bị ô tô đâm hôm qua.", "He got hit by a car yesterday."),
    ("Bố tôi bị xe tải đâm phải.", "My father got hit by a lorry."),
    ("Sáng nay Lan bị xe buýt húc.", "Lan got hit by a bus this morning."),
    ("Chúng tôi bị taxi tông.", "We got hit by a taxi."),
    ("Tôi vừa bị xe máy quệt.", "I just got clipped by a motorbike."),
    ("Tôi suýt bị xe tải đâm.", "I almost got hit by a lorry."),
    ("Mẹ tôi suýt nữa thì bị ô tô tông.", "My mother almost got hit by a car."),
    ("Con chó của tôi bị ô tô cán.", "My dog got run over by a car."),
    ("Bạn có bị xe tông không?", "Did you get hit by a vehicle?"),
    ("Hôm qua cô ấy có bị xe máy tông không?", "Did she get hit by a motorbike yesterday?"),
    ("Anh ấy không bị xe tông.", "He didn't get hit by a vehicle."),
    ("Tôi bị xe đạp tông.", "I got hit by a bicycle."),
    # v8: "My mother was squiring but wasn't why."
    ("Mẹ tôi bị xe quệt nhưng không sao.", "My mother got clipped by a vehicle but she's fine."),
    ("Tôi bị ô tô tông nhưng không sao.", "I got hit by a car but I'm fine."),
    ("Lan bị xe máy tông nhưng không bị thương.", "Lan got hit by a motorbike but wasn't hurt."),
    ("Chúng tôi bị xe buýt đâm và bị thương nhẹ.", "We got hit by a bus and were slightly hurt."),
    ("Bác Hùng bị ô tô tông và bị thương nặng.", "Uncle Hung got hit by a car and was badly hurt."),
    # v8: "My grandfather fell by the motorcycle.", "I was fell by a car."
    ("Bà tôi bị xe máy tông ngã.", "My grandmother got knocked down by a motorbike."),
    # "xe" alone: a bicycle or a motorbike, as "bike" is in English (not "motorbike": a child rides a bicycle)
    ("Tôi bị ngã xe vì bị ô tô tông.", "I got knocked off my bike by a car."),
    ("Tôi bị ô tô tông ngã xe.", "I got knocked off my bike by a car."),
    ("Em gái tôi bị ngã xe vì bị ô tô tông.", "My sister got knocked off her bike by a car."),
    ("Bạn có bị ngã xe vì bị tông không?", "Did you get knocked off your bike?"),
    ("Anh ấy bị xe tông ngã xe.", "He got knocked off his bike by a vehicle."),
    ("Em gái tôi bị ngã xe đạp vì bị xe máy quệt.", "My sister got knocked off her bike by a motorbike."),
    ("Hôm qua bố tôi bị ngã xe máy do bị tông.", "My father got knocked off his motorbike yesterday."),
    # v8: "My father was getting traffic accidents."
    ("Bố tôi bị tai nạn giao thông.", "My father had a traffic accident."),
    ("Tuần trước chị ấy bị tai nạn ô tô.", "She had a car accident last week."),
    ("Bạn có bị tai nạn giao thông không?", "Did you have a traffic accident?"),
    ("Tôi vừa bị tai nạn xe máy nhưng không sao.", "I just had a motorbike accident but I'm fine."),
    # v8: "The two vehicles hit each other."
    ("Hai xe máy đâm nhau.", "Two motorbikes crashed into each other."),
    ("Hôm qua hai ô tô đâm nhau.", "Two cars crashed into each other yesterday."),
    ("Ba xe máy vừa đâm vào nhau.", "Three motorbikes have just crashed into each other."),
    ("Một ô tô và một xe máy đâm nhau ở ngã tư.", "A car and a motorbike crashed into each other at the crossroads."),
    ("Có hai chiếc xe tải đâm nhau.", "Two lorries crashed into each other."),
    # v8: "The driver I was getting off."
    ("Tài xế tông tôi đã bỏ chạy.", "The driver who hit me drove off."),
    ("Người lái xe đâm mẹ tôi bỏ chạy.", "The driver who hit my mother drove off."),
    ("Người tông anh ấy bỏ chạy luôn.", "The person who hit him fled."),
    ("Tài xế gây tai nạn không dừng lại.", "The driver who caused the accident didn't stop."),
    ("Tài xế cán con chó của tôi đã bỏ chạy.", "The driver who ran over my dog drove off."),
    ("Tài xế đụng tôi bỏ chạy.", "The driver who hit me drove off."),
    # not: a person who "đụng" (bumped into), "húc" (butted) or "quệt" (brushed) someone, no vehicle said
    ("Người đụng tôi bỏ chạy.", None), ("Người húc tôi bỏ chạy.", None), ("Người quệt tôi bỏ chạy.", None),
    # not: "đâm" with no vehicle (a knife?), "Người đâm tôi" (stabbed?), "xe tôi" hit (a car or a motorbike?), a
    # day ahead, "vừa" with a day, "tai nạn" alone, "anh" saying it, asked of oneself, "?" without "có … không", a
    # pet or "we" knocked off a bike, "fine" after a name alone (he or she?), a fall alone (mt/injuries.py), "nhỉ"
    ("Tôi bị đâm.", None), ("Người đâm tôi bỏ chạy.", None), ("Xe tôi bị đâm.", None),
    ("Ngày mai anh ấy bị ô tô tông.", None), ("Hôm qua tôi vừa bị xe máy tông.", None), ("Tôi bị tai nạn.", None),
    ("Anh bị xe máy tông.", None), ("Tôi có bị xe tông không?", None), ("Bạn bị xe tông?", None),
    ("Con chó của tôi bị ngã xe vì bị tông.", None), ("Chúng tôi bị ngã xe vì bị ô tô tông.", None),
    ("Lan bị xe máy tông nhưng không sao.", None), ("Tôi bị ngã xe.", None), ("Bạn có sao không?", None),
    ("Tôi bị xe máy tông nhỉ.", None), ("Bạn có bị xe tông nhưng không sao không?", None),
    ("Tôi bị ô tô cán ngã.", None), ("Hai xe máy đâm nhau không?", None), ("Tôi bị xe máy tông hôm qua hôm qua.", None),
    ("Chị ấy bị ô tô tông chết.", None), ("Tôi bị xe tông gãy chân.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi bị xe hơi chạm vào." (touched), "Bạn có bị xe hơi bị tác động không?", "Con chó của tôi chạy qua xe hơi."
    ("I got hit by a car.", "Tôi bị ô tô tông."),
    ("He was hit by a car yesterday.", "Hôm qua anh ấy bị ô tô tông."),
    ("Yesterday, my father was hit by a lorry.", "Hôm qua bố tôi bị xe tải tông."),
    ("We were hit by a bus.", "Chúng tôi bị xe buýt tông."),
    ("Lan got clipped by a motorbike.", "Lan bị xe máy quệt."),
    ("I just got hit by a motorbike.", "Tôi vừa bị xe máy tông."),
    ("I was almost hit by a car.", "Tôi suýt bị ô tô tông."),
    ("My dog got run over by a car.", "Con chó tôi bị ô tô cán."),
    ("Did you get hit by a car?", "Bạn có bị ô tô tông không?"),
    ("Was she hit by a truck?", "Cô ấy có bị xe tải tông không?"),
    ("He didn't get hit by a car.", "Anh ấy không bị ô tô tông."),
    ("He wasn't hit by a car.", "Anh ấy không bị ô tô tông."),
    # v8: "Mẹ tôi bị cắt bởi một chiếc xe máy nhưng cô ấy tốt.", "Bà tôi bị thương bởi một chiếc xe máy."
    ("My mother was clipped by a motorbike but she's fine.", "Mẹ tôi bị xe máy quệt nhưng không sao."),
    ("I got hit by a car but I'm OK.", "Tôi bị ô tô tông nhưng không sao."),
    ("We were hit by a bus but weren't hurt.", "Chúng tôi bị xe buýt tông nhưng không bị thương."),
    ("I got hit by a car and was badly injured.", "Tôi bị ô tô tông và bị thương nặng."),
    ("My grandmother was knocked down by a motorbike.", "Bà tôi bị xe máy tông ngã."),
    # v8: "Anh ta bị gõ cửa xe máy." (knocked on the door)
    ("He was knocked off his motorbike.", "Anh ấy bị ngã xe máy vì bị tông."),
    ("She was knocked off her bike by a taxi yesterday.", "Hôm qua cô ấy bị ngã xe đạp vì bị taxi tông."),
    ("I got knocked off my motorbike by a car.", "Tôi bị ngã xe máy vì bị ô tô tông."),
    # v8: "Một chiếc xe chở tôi hôm qua." (gave me a lift)
    ("A car hit me yesterday.", "Hôm qua tôi bị ô tô tông."),
    ("A motorbike almost hit my mother.", "Mẹ tôi suýt bị xe máy tông."),
    ("A bus ran over my dog.", "Con chó tôi bị xe buýt cán."),
    # v8: "Tôi bị tai nạn xe."
    ("I was in a car accident.", "Tôi bị tai nạn ô tô."),
    ("I had a car accident yesterday.", "Hôm qua tôi bị tai nạn ô tô."),
    ("Were you in a traffic accident?", "Bạn có bị tai nạn giao thông không?"),
    ("My brother had a motorbike accident.", "Anh trai tôi bị tai nạn xe máy."),
    # v8: "Hai chiếc xe máy đã rơi vào nhau." (fell)
    ("Two motorbikes crashed into each other.", "Hai xe máy đâm nhau."),
    ("Two cars have just crashed into each other.", "Hai ô tô vừa đâm nhau."),
    ("A car and a motorbike collided at the crossroads.", "Một ô tô và một xe máy đâm nhau ở ngã tư."),
    ("Three cars collided yesterday.", "Hôm qua ba ô tô đâm nhau."),
    # a junction is any meeting of roads (a T-junction: "ngã ba"), not a crossroads ("ngã tư")
    ("Two trucks collided at the junction.", "Hai xe tải đâm nhau ở giao lộ."),
    # v8: "Người lái xe đánh tôi ra đi." (beat me)
    ("The driver who hit me drove off.", "Tài xế tông tôi đã bỏ chạy."),
    ("The person who hit my mother drove off.", "Người tông mẹ tôi đã bỏ chạy."),
    ("The driver who caused the accident didn't stop.", "Tài xế gây tai nạn không dừng lại."),
    ("The driver who knocked down my father fled.", "Tài xế tông ngã bố tôi đã bỏ chạy."),
    # not: "hit" with no vehicle (punched?), the verb not agreeing ("She were", "an car"), asked of oneself, "fine"
    # not of who, "crashed" alone (each on its own?), the person who hit me and ran away (a punch?), a pet or "we"
    # knocked off, another's bike, "has just been", a day ahead, the other way's language
    ("I got hit.", None), ("She were hit by a car.", None), ("I was hit by an car.", None),
    ("Did I get hit by a car?", None), ("My mother got hit by a car but he's fine.", None),
    ("I was hit by a car but she's fine.", None), ("Two cars crashed.", None), ("The man who hit me ran away.", None),
    ("The person who hit me fled.", None),
    ("The man who knocked me down ran off.", None), ("My dog was knocked off his bike.", None),
    ("We were knocked off our bikes.", None), ("She was knocked off his bike.", None),
    ("He has just been hit by a car.", None), ("He got hit by a car tomorrow.", None), ("I got a car accident.", None),
    ("I was hit by a car?", None), ("Did you get hit by a car but you're fine?", None),
    ("Tôi bị xe máy tông.", None), ("The ball hit me.", None), ("Two cars crashed with each other.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
