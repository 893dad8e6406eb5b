"""Cooking gone wrong: a food burnt or spoilt, who burnt it, milk boiling over, too much salt, a cake not risen,
something burning, the stove left on, both ways (mt/kitchen_mishaps.py)."""
import pytest

from mt.kitchen_mishaps import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The muscles are slighted.", "The muscles are burned.", "Spots are pots.", "The muscles are living."
    ("Cơm bị khê rồi.", "The rice is burnt."),
    ("Cơm bị cháy rồi.", "The rice is burnt."),
    ("Nồi cơm bị khê.", "The rice is burnt."),
    ("Cơm bị nhão.", "The rice is mushy."),
    ("Mì bị nhão rồi.", "The noodles are soggy."),
    ("Cơm bị sống.", "The rice is undercooked."),
    ("Cơm vẫn còn sống.", "The rice is still undercooked."),
    ("Cơm có bị khê không?", "Is the rice burnt?"),
    # v8: "The fish was ninety.", "The market is ninety-four.", "The egg was fired.", "… not yet rigid."
    ("Cá bị chín quá.", "The fish is overcooked."),
    ("Thịt bị chín quá rồi.", "The meat is overcooked."),
    ("Trứng bị cháy rồi.", "The eggs are burnt."),
    ("Thịt vẫn chưa chín.", "The meat still isn't cooked."),
    ("Trứng có bị cháy không?", "Are the eggs burnt?"),
    # v8: "I fired the rice.", "My mother cooked the muscles.", "I'm burning.", "I cooked my muscles live."
    ("Tôi làm cháy cơm rồi.", "I've burnt the rice."),
    ("Mẹ tôi nấu cơm bị khê.", "My mother burnt the rice."),
    ("Anh ấy làm cháy cá.", "He burnt the fish."),
    ("Tôi vừa rán cá bị cháy.", "I've just burnt the fish."),
    ("Tôi lại nấu cơm bị khê rồi.", "I've burnt the rice again."),
    ("Tôi nấu cơm bị sống.", "I undercooked the rice."),
    ("Chị ấy nấu thịt bò bị chín quá.", "She overcooked the beef."),
    # v8: "I let milk get hot.", "Buddha was refluxed.", "You're moving!", "The pot is refluxed out."
    ("Tôi để sữa bị trào.", "I let the milk boil over."),
    ("Sữa bị trào rồi.", "The milk has boiled over."),
    ("Sữa bị trào.", "The milk boiled over."),
    ("Sữa đang trào kìa!", "The milk is boiling over!"),
    ("Nồi canh bị trào ra ngoài rồi.", "The soup has boiled over."),
    # v8: "I'm too much salt.", "I miss too much salt in my watch.", "Land for many lines too."
    ("Tôi cho nhiều muối quá.", "I added too much salt."),
    ("Tôi lỡ cho quá nhiều muối vào canh.", "I accidentally put too much salt in the soup."),
    ("Bố tôi cho nhiều nước mắm vào canh quá.", "My father put too much fish sauce in the soup."),
    ("Lan cho nhiều đường quá rồi.", "Lan has added too much sugar."),
    ("Tôi cho quá nhiều đường vào cà phê.", "I put too much sugar in the coffee."),
    # v8: "That's not hatching.", "Wheat can't hatch.", "The ministry has not been hatched.", "That's snugging."
    ("Bánh không nở.", "The cake didn't rise."),
    ("Bánh mì không nở được.", "The bread didn't rise."),
    ("Bột vẫn chưa nở.", "The dough still hasn't risen."),
    ("Bánh bị xẹp rồi.", "The cake has sunk."),
    # v8: "What's going to fire!", "What's going to fire?", "What's the fire?"
    ("Có gì đang cháy kìa!", "Something's burning!"),
    ("Hình như có gì đang cháy thì phải.", "I think something's burning."),
    ("Có cái gì đó đang cháy thì phải.", "I think something's burning."),
    ("Có gì đang cháy à?", "Is something burning?"),
    ("Cái gì đang cháy thế?", "What's burning?"),
    # v8: "I forgot to turn off the kitchen.", "… turn off the station.", "I forgot to plug the rice."
    ("Tôi quên tắt bếp.", "I forgot to turn off the stove."),
    ("Mẹ tôi lại quên tắt bếp ga.", "My mother forgot to turn off the stove again."),
    ("Bạn có quên tắt bếp không?", "Did you forget to turn off the stove?"),
    ("Bạn quên tắt lò nướng à?", "Did you forget to turn off the oven?"),
    ("Tôi quên cắm cơm rồi.", "I forgot to turn on the rice cooker."),
    ("Đừng quên tắt bếp nhé.", "Don't forget to turn off the stove."),
    ("Nhớ tắt lò nướng nhé.", "Remember to turn off the oven."),
    # not: "anh", "em" alone (the speaker?), "cơm cháy" (a dish), alive, "chưa chín" (mt/cooking.py's, the phrase
    # list's), too salty (mt/tastes.py's), a lot (no "quá"), too much twice, "nhão" or "khê" of what is neither,
    # "Sữa trào." and "Sữa bị trào kìa!" (when?), a command (mt/cooking.py's), a hand burnt, a house on fire, asked
    # without "không", "cơm" not cooked (dinner not ready?), fruit not ripe, "vào món", a cake overcooked
    ("Cơm bị nhão nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh quên tắt bếp.", None), ("Em làm cháy cơm rồi.", None), ("Cơm cháy.", None), ("Cá còn sống.", None),
    ("Gà vẫn còn sống.", None), ("Thịt chưa chín.", None), ("Cá chưa chín.", None), ("Canh mặn quá.", None),
    ("Tôi cho nhiều muối vào canh.", None), ("Tôi cho quá nhiều muối vào canh quá.", None), ("Rau bị nhão.", None),
    ("Cá bị khê.", None), ("Sữa trào.", None), ("Tắt bếp đi.", None), ("Tôi làm cháy tay.", None),
    ("Nhà bị cháy rồi.", None), ("Cơm có bị khê.", None), ("Sữa bị trào kìa!", None), ("Cơm vẫn chưa chín.", None),
    ("Chuối vẫn chưa chín.", None), ("Tôi cho quá nhiều muối vào món.", None), ("Bánh bị chín quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Gạo bị phỏng." (raw rice, scalded), "Tháp bị phỏng." (the tower), "Gạo có phải không?"
    ("The rice is burnt.", "Cơm bị khê rồi."),
    ("The rice is burned!", "Cơm bị khê rồi!"),
    ("The eggs are burnt.", "Trứng bị cháy rồi."),
    ("The toast is burnt.", "Bánh mì nướng bị cháy rồi."),
    ("Is the rice burnt?", "Cơm có bị khê không?"),
    # v8: "Con cá bị nấu chín." (cooked), "Gạo được nấu chín." (cooked), "Gạo này là chất nhầy." (slime)
    ("The fish is overcooked.", "Cá bị chín quá."),
    ("The vegetables are overcooked.", "Rau bị chín quá."),
    ("The rice is undercooked.", "Cơm bị sống."),
    ("The rice is still undercooked.", "Cơm vẫn còn sống."),
    ("The fish is undercooked.", "Cá chưa chín."),
    ("The rice is mushy.", "Cơm bị nhão."),
    ("The noodles are soggy.", "Mì bị nhão."),
    ("The chicken still isn't cooked.", "Thịt gà vẫn chưa chín."),
    # v8: "Tôi đốt gạo." (set fire to raw rice), "Mẹ tôi phỏng gạo.", "Tôi tai nạn phỏng phỏng lưỡi."
    ("I burnt the rice.", "Tôi nấu cơm bị khê."),
    ("I've burnt the rice.", "Tôi nấu cơm bị khê rồi."),
    ("My mother burnt the rice.", "Mẹ tôi nấu cơm bị khê."),
    ("She's just burnt the fish.", "Cô ấy vừa làm cháy cá."),
    ("I accidentally burnt the toast.", "Tôi lỡ làm cháy bánh mì nướng."),
    ("We burnt the rice again.", "Chúng tôi lại nấu cơm bị khê."),
    ("He overcooked the beef.", "Anh ấy nấu thịt bò bị chín quá."),
    ("They've burnt the toast.", "Họ làm cháy bánh mì nướng rồi."),
    # v8: "Tôi để sữa sôi.", "Sữa sôi lên." (boiled), "Sữa đang sôi!", "Trời sôi quá!"
    ("I let the milk boil over.", "Tôi để sữa bị trào."),
    ("The milk boiled over.", "Sữa bị trào rồi."),
    ("The milk has boiled over.", "Sữa bị trào rồi."),
    ("The milk is boiling over!", "Sữa đang trào kìa!"),
    ("The soup's boiling over!", "Canh đang trào kìa!"),
    # v8: "Tôi đặt muối quá nhiều vào cà phê." (placed, in the coffee), "… nước mắm vào phòng tắm." (the bathroom)
    ("I put too much salt in the soup.", "Tôi cho quá nhiều muối vào canh."),
    ("I added too much salt.", "Tôi cho nhiều muối quá."),
    ("My father added too much fish sauce to the soup.", "Bố tôi cho quá nhiều nước mắm vào canh."),
    ("I've put too much sugar in the coffee.", "Tôi cho quá nhiều đường vào cà phê rồi."),
    # v8: "Hồ không tăng lên." (the lake), "Bệnh ho vẫn chưa tăng lên." (the cough), "Cái bánh cát." (sand)
    ("The cake didn't rise.", "Bánh không nở."),
    ("The bread hasn't risen.", "Bánh mì chưa nở."),
    ("The dough hasn't risen yet.", "Bột chưa nở."),
    ("The cake sank.", "Bánh bị xẹp."),
    ("The cake has collapsed.", "Bánh bị xẹp rồi."),
    # v8: "Đang cháy cái gì đó!", "Tôi nghĩ cái gì đó đang nóng rát." (stinging), "Đau rát là gì?"
    ("Something's burning!", "Có gì đang cháy kìa!"),
    ("Something is burning in the kitchen.", "Có gì đang cháy trong bếp."),
    ("I think something's burning.", "Hình như có gì đang cháy."),
    ("Is something burning?", "Có gì đang cháy à?"),
    ("What's burning?", "Cái gì đang cháy thế?"),
    # v8: "Tôi quên tắt lò sưởi." (the heater), "Cô ấy quên tắt cái oải.", "Tôi quên bật bánh cơm."
    ("I forgot to turn off the stove.", "Tôi quên tắt bếp."),
    ("She forgot to turn the oven off.", "Cô ấy quên tắt lò nướng."),
    ("Did you forget to turn off the stove?", "Bạn có quên tắt bếp không?"),
    ("I forgot to turn on the rice cooker.", "Tôi quên bật nồi cơm."),
    ("Don't forget to turn off the stove.", "Đừng quên tắt bếp nhé."),
    ("Remember to switch off the oven.", "Nhớ tắt lò nướng nhé."),
    # not: "is", "are", "has", "have" not agreeing, "Did … forgot", "I forget" (a habit), who burnt it asked, the
    # phrase list's and mt/cooking.py's, what is not in FOODS, a hand burnt (mt/injuries.py), "added … in", too salty
    # (mt/tastes.py), a command, a cake overcooked, "undercooked" asked of what is not rice, the stove left on, "Lan's"
    # (is or has?), "I've let" (allowed?), lights (mt/switches.py), "the dish"
    ("The eggs is burnt.", None), ("The rice are burnt.", None), ("I has burnt the rice.", None),
    ("She have burnt the rice.", None), ("Did you forgot to turn off the stove?", None),
    ("I forget to turn off the stove.", None), ("Did you burn the rice?", None), ("The meat isn't cooked yet.", None),
    ("The pasta is overcooked.", None), ("The house is burning.", None), ("I burnt my hand.", None),
    ("I added too much salt in.", None), ("This soup is too salty.", None), ("Turn off the stove.", None),
    ("The cake is overcooked.", None), ("Is the fish undercooked?", None), ("I left the stove on.", None),
    ("The eggs still isn't cooked.", None), ("Lan's burnt the rice.", None), ("I've let the milk boil over.", None),
    ("I forgot to turn off the lights.", None), ("I put too much salt in the dish.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Cơm bị khê rồi.", "vi", "fr") is None


@pytest.mark.parametrize("text, said", [
    # v8: "I'm getting off my hands when I move out.", "My child was knocked out when the apple was conscious.", "Do
    # you get cut your hands when the attitude is meat?", "I walked out to the hand." (đứt read as knocked out)
    ("Tôi bị đứt tay khi thái rau.", "I cut my hand while chopping vegetables."),
    ("Tôi thái rau bị đứt tay.", "I cut my hand while chopping vegetables."),
    ("Con tôi bị đứt tay khi gọt táo.", "My child cut their hand while peeling an apple."),
    ("Mẹ tôi bị đứt tay lúc thái thịt.", "My mother cut her hand while chopping meat."),
    ("Cô ấy bị đứt tay khi đang thái rau.", "She cut her hand while chopping vegetables."),
    ("Anh ấy bị đứt ngón tay khi băm tỏi.", "He cut his finger while mincing garlic."),
    ("Bạn có bị đứt tay khi thái thịt không?", "Did you cut your hand while chopping meat?"),
    ("Chúng tôi bị đứt tay khi thái rau.", "We cut our hands while chopping vegetables."),
    ("Họ bị đứt ngón tay khi thái khoai tây.", "They cut their fingers while chopping potatoes."),
    ("Tôi vừa bị đứt tay khi thái rau.", "I just cut my hand while chopping vegetables."),
    ("Chị Lan bị đứt tay khi gọt xoài.", "Lan cut her hand while peeling a mango."),
    ("Bác Hùng bị đứt tay khi cắt bánh mì.", "Uncle Hung cut his hand while cutting bread."),
    ("Em gái tôi gọt táo bị đứt tay.", "My sister cut her hand while peeling an apple."),
    ("Con trai tôi đã bị đứt tay khi cắt cà chua.", "My son cut his hand while cutting tomatoes."),
    ("Tôi bị đứt tay khi thái hành tây!", "I cut my hand while chopping onions!"),
    ("Bạn tôi bị đứt tay khi xắt thịt bò.", "My friend cut their hand while chopping beef."),
    ("Mình bị đứt tay khi thái rau ạ.", "I cut my hand while chopping vegetables."),
    # v8: "My mother was knife into her hand.", "I was knife into my finger."
    ("Mẹ tôi bị dao cứa vào tay.", "My mother cut her hand on a knife."),
    ("Tôi bị dao cứa vào ngón tay.", "I cut my finger on a knife."),
    ("Bố tôi có bị dao cứa vào tay không?", "Did my father cut his hand on a knife?"),
    # not: a plain cut (mt/injuries.py's), "hành" (which onion?), a name alone (his or her?), a day, "dao cắt vào
    # tay", washing a knife, peeling vegetables, "?" on a statement, "không" without "có", "anh" alone (the speaker?),
    # a pet, "rồi", asked with "vừa", denied, "nhỉ", a rope snapped, English
    ("Tôi bị đứt tay.", None), ("Anh ấy bị đứt tay khi cắt hành.", None),
    ("Lan bị đứt ngón tay khi gọt khoai tây.", None), ("Hôm qua tôi bị đứt tay khi thái rau.", None),
    ("Tôi bị dao cắt vào tay.", None), ("Tôi bị đứt tay khi rửa dao.", None), ("Tôi bị đứt tay khi gọt rau.", None),
    ("Tôi bị đứt tay khi thái rau?", None), ("Bạn bị đứt tay khi thái rau không?", None),
    ("Anh bị đứt tay khi thái rau.", None), ("Con mèo của tôi bị đứt tay khi thái rau.", None),
    ("Tôi bị đứt tay khi thái rau rồi.", None), ("Bạn có vừa bị đứt tay khi thái rau không?", None),
    ("Tôi không bị đứt tay khi thái rau.", None), ("Tôi bị đứt tay khi thái rau nhỉ.", None),
    ("Dây bị đứt rồi.", None), ("I cut my finger while chopping vegetables.", None),
    # not: "we" or "they" on a knife (one knife for all?)
    ("Chúng tôi bị dao cứa vào tay.", None), ("Họ bị dao cứa vào tay.", None),
    ("Chúng tôi bị dao cứa vào ngón tay.", None),
])
def test_cut_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cắt ngón tay trong khi đâm rau." (stabbing), "Con trai tôi cắt ngón tay trong khi ngậm một quả táo."
    # (sucking), "Tôi vừa cắt ngón tay trong khi rau.", "Mẹ tôi cắt ngón tay của mình trong khi thịt trượt."
    ("I cut my finger while chopping vegetables.", "Tôi bị đứt tay khi thái rau."),
    ("My son cut his finger while peeling an apple.", "Con trai tôi bị đứt tay khi gọt táo."),
    ("I cut my hand while chopping onions.", "Tôi bị đứt tay khi thái hành tây."),
    ("Did you cut your finger while cutting the meat?", "Bạn có bị đứt tay khi cắt thịt không?"),
    ("Lan cut her finger while peeling potatoes.", "Lan bị đứt tay khi gọt khoai tây."),
    ("We cut our fingers while chopping vegetables.", "Chúng tôi bị đứt tay khi thái rau."),
    ("I've just cut my finger while chopping vegetables.", "Tôi vừa bị đứt tay khi thái rau."),
    ("My mother cut her finger while slicing meat.", "Mẹ tôi bị đứt tay khi thái thịt."),
    ("She's just cut her finger while slicing bread.", "Cô ấy vừa bị đứt tay khi cắt bánh mì."),
    ("My sister cut her finger when mincing garlic!", "Em gái tôi bị đứt tay khi băm tỏi!"),
    ("They cut their hands while peeling mangoes.", "Họ bị đứt tay khi gọt xoài."),
    ("He cut his finger while cutting an apple.", "Anh ấy bị đứt tay khi cắt táo."),
    # v8: "Mẹ tôi cắt tay vào con dao.", "Cô ấy cắt ngón tay vào một con dao.", "Anh ấy cắt tay bằng con dao."
    ("My mother cut her hand on a knife.", "Mẹ tôi bị dao cứa vào tay."),
    ("She cut her finger on a knife.", "Cô ấy bị dao cứa vào tay."),
    ("He cut his hand with a knife.", "Anh ấy bị dao cứa vào tay."),
    ("Did your father cut his hand on a knife?", "Bố bạn có bị dao cứa vào tay không?"),
    ("He has just cut his hand on a knife.", "Anh ấy vừa bị dao cứa vào tay."),
    # not: a plain cut (mt/injuries.py's), "cut myself" (where?), chopping fruit, peeling vegetables, whose not who's,
    # "their" after kin, one finger of "we", fingers of "I", "I've cut" (when?), "Lan's" (is or has?), "has" with
    # "I", "?" on a statement, "Did" without "?", a cake or hair cut, a command, Vietnamese
    ("I cut my finger.", None), ("I cut myself while chopping vegetables.", None),
    ("I cut my finger while chopping an apple.", None), ("I cut my finger while peeling vegetables.", None),
    ("I cut her finger while chopping vegetables.", None), ("She cut his hand on a knife.", None),
    ("My son cut their finger while peeling an apple.", None), ("We cut our finger while chopping vegetables.", None),
    ("I cut my fingers while chopping vegetables.", None), ("I've cut my finger while chopping vegetables.", None),
    ("Lan's just cut her finger on a knife.", None), ("I has just cut my finger on a knife.", None),
    ("I cut my finger while chopping vegetables?", None), ("Did you cut your finger while chopping vegetables.", None),
    ("I cut the cake.", None), ("I cut my hair.", None), ("Cut the vegetables.", None),
    ("Tôi bị đứt tay khi thái rau.", None),
    # not: a pet, "we" or "they" on a knife (one knife for all? "with": a pact?), an article before "a" or "an"
    ("My dog cut his hand on a knife.", None), ("My cat cut his finger on a knife.", None),
    ("My dog cut his finger while chopping vegetables.", None), ("We cut our fingers on a knife.", None),
    ("We cut our hands with a knife.", None), ("They cut their hands on a knife.", None),
    ("They cut their fingers with a knife.", None), ("I cut my finger while cutting the an apple.", None),
    ("I cut my finger while peeling some a mango.", None),
])
def test_cut_en_vi(text, said):
    assert translate(text, "en", "vi") == said
