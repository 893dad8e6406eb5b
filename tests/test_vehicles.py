"""Buying and selling a motorbike, a car or a bike, planning to, and how much someone paid, both ways
(mt/vehicles.py)."""
import pytest

from mt.vehicles import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I just bought a new machine.", "He just bought a car." (right), "My father bought an old car.", "My mother
    # bought an electric bicycle.", "We bought a car.", "Uncle Hung bought a new car."
    ("Tôi vừa mua xe máy mới.", "I just bought a new motorbike."),
    ("Anh ấy mới mua ô tô.", "He just bought a car."),
    ("Bố tôi đã mua ô tô cũ.", "My father bought a second-hand car."),
    ("Mẹ tôi vừa mua xe đạp điện.", "My mother just bought an electric bike."),
    ("Chúng tôi mua ô tô rồi.", "We've bought a car."),
    ("Bác Hùng vừa mua xe hơi mới.", "Uncle Hung just bought a new car."),
    ("Lan đã mua một chiếc xe máy cũ.", "Lan bought a second-hand motorbike."),
    ("Cô ấy vừa mới mua xe tay ga.", "She just bought a scooter."),
    ("Bố tôi mua được ô tô rồi.", "My father has bought a car."),
    ("Tôi đã mua chiếc xe máy này.", "I bought this motorbike."),
    ("Con trai tôi vừa mua xe đạp mới!", "My son just bought a new bike!"),
    # v8: "Have you bought a car yet?" (right), "I don't buy a motorcycle."
    ("Bạn đã mua ô tô chưa?", "Have you bought a car yet?"),
    ("Anh đã mua xe máy mới chưa?", "Have you bought a new motorbike yet?"),
    ("Tôi chưa mua xe máy.", "I haven't bought a motorbike yet."),
    ("Mẹ tôi chưa mua ô tô.", "My mother hasn't bought a car yet."),
    # v8: "I sold old machines.", "He sold the car.", "Are you selling a motorcycle?", "I'm not selling a motorcycle."
    ("Tôi bán xe máy cũ rồi.", "I've sold my old motorbike."),
    ("Anh ấy vừa bán ô tô.", "He just sold his car."),
    ("Bạn bán xe máy chưa?", "Have you sold your motorbike yet?"),
    ("Tôi chưa bán được xe máy.", "I haven't sold my motorbike yet."),
    ("Bố tôi đã bán ô tô cũ.", "My father sold his old car."),
    ("Chúng tôi bán ô tô rồi.", "We've sold our car."),
    ("Cô ấy vừa bán chiếc xe máy này.", "She just sold this motorbike."),
    # v8: "I'm planning to buy a motorcycle.", "We're buying a car.", "I'm going to buy a car."
    ("Tôi đang định mua xe máy.", "I'm thinking of buying a motorbike."),
    ("Chúng tôi đang định mua ô tô.", "We're thinking of buying a car."),
    ("Mẹ tôi định mua xe đạp điện.", "My mother is thinking of buying an electric bike."),
    ("Tôi sắp mua ô tô.", "I'm going to buy a car soon."),
    ("Anh ấy dự định mua ô tô mới.", "He's planning to buy a new car."),
    ("Tôi không định mua ô tô.", "I'm not planning to buy a car."),
    ("Bạn có định bán xe máy không?", "Are you thinking of selling your motorbike?"),
    # v8: "Lan wants to buy a new machine.", "Do you want to buy a car?" (right), "He wanted to sell the car.", "I
    # don't want to sell the motorcycle."
    ("Lan muốn mua xe máy mới.", "Lan wants to buy a new motorbike."),
    ("Tôi muốn mua xe máy.", "I want to buy a motorbike."),
    ("Bạn có muốn mua ô tô không?", "Do you want to buy a car?"),
    ("Anh ấy muốn bán ô tô.", "He wants to sell his car."),
    ("Tôi không muốn bán xe máy.", "I don't want to sell my motorbike."),
    ("Bố bạn có muốn bán ô tô cũ không?", "Does your father want to sell his old car?"),
    # v8: "I want to change the new machine."
    ("Tôi muốn đổi xe máy mới.", "I want to get a new motorbike."),
    ("Chúng tôi đang định đổi ô tô mới.", "We're thinking of getting a new car."),
    ("Anh ấy vừa đổi ô tô mới.", "He just got a new car."),
    # v8: "How much do you buy the motorcycle?", "How much do I buy the new machine?", "How much money do you buy?"
    ("Bạn mua chiếc xe máy này bao nhiêu tiền?", "How much did you pay for this motorbike?"),
    ("Bố tôi mua xe máy mới hết bao nhiêu tiền?", "How much did my father pay for his new motorbike?"),
    ("Bạn mua ô tô mới hết bao nhiêu tiền?", "How much did you pay for your new car?"),
    ("Anh ấy đã mua chiếc ô tô đó bao nhiêu?", "How much did he pay for that car?"),
    ("Bạn mua xe máy cũ hết bao nhiêu tiền?", "How much did you pay for your second-hand motorbike?"),
    # not: "xe" alone (a car, or a motorbike?), a bare "mua" (when?), "có … không?" of buying (did, or do?), "cần"
    # (mt/supplies.py's way, v8 right), "đang bán" (for sale?), a name's own sold (his or hers?), our motorbikes
    # (one, or more?), "bán một" (a dealer's), "đổi" with no "mới", "anh" alone saying it, "I" asked, a "?" on a
    # statement, instalments, deposits and savings (mt/instalments.py, mt/deposits.py, mt/savings.py), renting and
    # riding (mt/rentals.py, mt/cycling.py), a pet as who, English, nonsense
    ("Tôi muốn đổi xe.", None), ("Bố tôi mua xe cũ.", None), ("Bạn mua xe này bao nhiêu tiền?", None),
    ("Tôi mua xe máy.", None), ("Bố tôi mua xe máy mới.", None), ("Bạn có mua ô tô không?", None),
    ("Tôi cần mua xe đạp.", None), ("Tôi đang bán xe máy.", None), ("Lan vừa bán ô tô.", None),
    ("Bạn tôi bán xe máy rồi.", None), ("Chúng tôi vừa mua xe máy.", None), ("Họ đã bán xe máy cũ.", None),
    ("Anh ấy vừa bán một chiếc ô tô.", None), ("Tôi muốn đổi xe máy.", None), ("Anh vừa mua ô tô.", None),
    ("Tôi đã mua ô tô chưa?", None), ("Tôi vừa mua xe máy mới?", None), ("Tôi mua xe máy trả góp.", None),
    ("Tôi đã đặt cọc mua ô tô.", None), ("Tôi đang tiết kiệm tiền để mua xe máy.", None),
    ("Tôi muốn thuê xe máy.", None), ("Tôi đi xe đạp đi làm.", None), ("Con mèo vừa mua ô tô.", None),
    ("Tôi định bán ô tô cũ để mua ô tô mới.", None), ("Bạn mua xe máy bao nhiêu tiền?", None),
    ("Tôi vừa bán xe máy đã qua sử dụng.", None), ("Tôi chưa muốn bán xe máy.", None),
    ("Tôi sắp mua ô tô không?", None), ("Bạn mua xe máy cũ bao nhiêu tiền?", None),
    ("I just bought a new motorbike.", None), ("Xe máy xe máy xe máy.", None),
    ("Họ nuôi gà nhỉ.", None), ("Anh ấy mua ô tô nhỉ.", None),
    # (review) a pet of whose as who ("My dog just bought a car."); "không" denied and "không?" asked both (doesn't
    # he want to?: the denial was dropped, "Does he want to buy a car?")
    ("Con chó của tôi vừa mua ô tô.", None), ("Con mèo của tôi muốn mua ô tô.", None),
    ("Con chó của bạn mua chiếc xe máy này bao nhiêu tiền?", None),
    ("Anh ấy không muốn mua ô tô không?", None), ("Bạn không định bán ô tô không?", None),
    ("Bạn không dự định đổi ô tô mới không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi vừa mua một chiếc xe máy mới." (right), "Anh ấy vừa mua xe.", "Cha tôi mua xe hơi thứ hai.", "Cô ấy
    # mua xe hơi dùng.", "Chúng tôi đã mua xe.", "Tôi mua xe."
    ("I just bought a new motorbike.", "Tôi vừa mua xe máy mới."),
    ("He just bought a car.", "Anh ấy vừa mua ô tô."),
    ("My father bought a second-hand car.", "Bố tôi đã mua ô tô cũ."),
    ("She bought a used car.", "Cô ấy đã mua ô tô cũ."),
    ("We've bought a car.", "Chúng tôi mua ô tô rồi."),
    ("I bought a car.", "Tôi đã mua ô tô."),
    ("My mother has just bought an electric bike.", "Mẹ tôi vừa mua xe đạp điện."),
    ("Lan has already bought a scooter.", "Lan mua xe tay ga rồi."),
    ("I just bought this motorcycle!", "Tôi vừa mua chiếc xe máy này!"),
    # v8: "Bạn đã mua xe chưa?", "Tôi chưa mua xe máy." (right), "Bạn đã bán xe của mình chưa?"
    ("Have you bought a car yet?", "Bạn đã mua ô tô chưa?"),
    ("Has your brother bought a new motorbike yet?", "Anh trai bạn đã mua xe máy mới chưa?"),
    ("I haven't bought a motorbike yet.", "Tôi chưa mua xe máy."),
    ("My father hasn't bought a car.", "Bố tôi chưa mua ô tô."),
    # v8: "Tôi đã bán chiếc xe cũ của tôi.", "Anh ấy vừa bán xe.", "Họ bán chiếc xe cũ của họ."
    ("I've sold my old motorbike.", "Tôi bán xe máy cũ rồi."),
    ("He just sold his car.", "Anh ấy vừa bán ô tô."),
    ("They sold their old motorbike.", "Họ đã bán xe máy cũ."),
    ("My mother has sold her car.", "Mẹ tôi bán ô tô rồi."),
    ("Have you sold your motorbike yet?", "Bạn đã bán xe máy chưa?"),
    ("We haven't sold our car yet.", "Chúng tôi chưa bán ô tô."),
    # v8: "Tôi đang nghĩ mua xe máy.", "Chúng tôi đang nghĩ mua xe.", "Chúng tôi đang lên kế hoạch mua xe mới.", "Bạn
    # có nghĩ việc bán xe của mình không?"
    ("I'm thinking of buying a motorbike.", "Tôi đang định mua xe máy."),
    ("We're thinking of buying a car.", "Chúng tôi đang định mua ô tô."),
    ("We're planning to buy a new car.", "Chúng tôi đang định mua ô tô mới."),
    ("My father is thinking of selling his motorbike.", "Bố tôi đang định bán xe máy."),
    ("Are you thinking of selling your motorbike?", "Bạn có định bán xe máy không?"),
    ("She isn't planning to buy a car.", "Cô ấy không định mua ô tô."),
    ("We're going to buy a car soon.", "Chúng tôi sắp mua ô tô."),
    # v8: "Lan muốn mua một chiếc xe máy mới.", "Anh ấy muốn bán xe của mình.", "Tôi không muốn bán xe máy của tôi.",
    # "Tôi muốn mua xe hơi mới."
    ("Lan wants to buy a new motorbike.", "Lan muốn mua xe máy mới."),
    ("Do you want to buy a car?", "Bạn có muốn mua ô tô không?"),
    ("He wants to sell his car.", "Anh ấy muốn bán ô tô."),
    ("I don't want to sell my motorbike.", "Tôi không muốn bán xe máy."),
    ("Does your mother want to sell her old car?", "Mẹ bạn có muốn bán ô tô cũ không?"),
    ("I want to get a new car.", "Tôi muốn đổi ô tô mới."),
    ("We're thinking of getting a new motorbike.", "Chúng tôi đang định đổi xe máy mới."),
    # v8: "Bạn trả xe này bao nhiêu tiền?", "Bố cậu trả tiền cho xe máy mới của mình bao nhiêu?"
    ("How much did you pay for this car?", "Bạn mua chiếc ô tô này bao nhiêu tiền?"),
    ("How much did your father pay for his new motorbike?", "Bố bạn mua xe máy mới hết bao nhiêu tiền?"),
    ("How much did she pay for her second-hand car?", "Cô ấy mua ô tô cũ hết bao nhiêu tiền?"),
    # not: "bike" (a bicycle, or a motorbike?), a verb not agreeing, whose not who's ("my father … my car"), a name's
    # own (his or hers?), "sold a car" (a dealer's), "bought my car", "get" without "new", "got" (had, or bought?),
    # "Did …?", "going to" with no "soon", "I" asked, a "?" on a statement, a plural, other things, Vietnamese
    ("I need to buy a bike.", None), ("I just bought a new bike.", None), ("She have bought a car.", None),
    ("He want to buy a car.", None), ("I are thinking of buying a car.", None), ("My father sold my car.", None),
    ("Lan sold her car.", None), ("He sold a car.", None), ("I bought my car.", None), ("I want to get a car.", None),
    ("I just got a new car.", None), ("Did you buy a new car?", None), ("I'm going to buy a car.", None),
    ("Do I want to buy a car?", None), ("How much did I pay for this car?", None), ("I bought a car?", None),
    ("I bought two cars.", None), ("I bought a old car.", None), ("He sold his second-hand car.", None),
    ("I bought a car in instalments.", None), ("I'm saving up for a car.", None), ("I want to rent a car.", None),
    ("Tôi vừa mua xe máy mới.", None), ("Car car car.", None), ("How much did you pay for a car?", None),
    # (review) a pet as who ("Con chó tôi đã mua ô tô.")
    ("My dog bought a car.", None), ("My dog wants to buy a car.", None), ("Is my cat thinking of buying a car?", None),
    ("How much did my dog pay for this car?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Tôi vừa mua xe máy mới.", "vi", "fr") is None
