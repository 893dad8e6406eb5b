"""Asking at a food stall or a restaurant for a dish made a way or for a thing, both ways (mt/food_requests.py)."""
import pytest

from mt.food_requests import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Đừng cho hành nhé." → "Don't give it up.", "Đừng cho hành lá." → "Don't give up.", "Đừng cho hành tây nhé." →
    # "Don't give the potato.", "Không cho rau mùi nhé." → "Don't give the smell."
    ('Đừng cho hành nhé.', 'No spring onions, please.'),
    ('Đừng cho hành lá.', 'No spring onions, please.'),
    ('Đừng cho hành tây nhé.', 'No onions, please.'),
    ('Không cho rau mùi nhé.', 'No coriander, please.'),
    ('Không cho ớt nha.', 'No chili, please.'),
    ('Không rau mùi nhé.', 'No coriander, please.'),
    ('Đừng cho hành và ớt nhé.', 'No spring onions or chili, please.'),
    ('Không hành, không ớt nhé.', 'No spring onions or chili, please.'),
    ('Đừng cho mì chính, hành và tỏi nhé.', 'No MSG, spring onions or garlic, please.'),
    ('Đừng cho giá nhé!', 'No bean sprouts, please!'),
    # v8: "Không cay được không?" → "Not spicy Can't?", "Không cay nhé." → "Not spicy.", "Cho tôi không cay nhé." →
    # "Give me not spicy.", "Ít cay được không?" → "Can't be low?"
    ('Không cay được không?', 'Can you make it not spicy?'),
    ('Không cay nhé.', 'Not spicy, please.'),
    ('Cho tôi không cay nhé.', 'Not spicy, please.'),
    ('Ít cay được không?', 'Can you make it less spicy?'),
    ('Ít mặn thôi nhé.', 'Not too salty, please.'),
    ('Cho tôi ít mặn thôi.', 'Not too salty, please.'),
    ('Ít ngọt thôi nhé.', 'Not too sweet, please.'),
    ('Ít muối nhé.', 'Less salt, please.'),
    ('Cho tôi ít ớt thôi.', 'Just a little chili, please.'),
    ('Cho tôi ít cơm thôi.', 'Just a little rice, please.'),
    # v8: "Cho tôi xin cái bát." → "Let me be a bowl.", "Cho tôi thêm đôi đũa." → "Let me add chopsticks.", "Cho tôi xin
    # đôi đũa." → "Give me chopsticks.", "Cho tôi xin cái thìa nhé." → "Let me get the one."
    ('Cho tôi xin cái bát.', 'Could I have a bowl, please?'),
    ('Cho tôi thêm đôi đũa.', 'Could I have another pair of chopsticks?'),
    ('Cho tôi xin đôi đũa.', 'Could I have a pair of chopsticks, please?'),
    ('Cho tôi xin cái thìa nhé.', 'Could I have a spoon, please?'),
    ('Cho tôi cái bát được không?', 'Could I have a bowl?'),
    ('Cho tôi xin thêm cái bát nữa.', 'Could I have another bowl, please?'),
    ('Cho chúng tôi xin hai cái bát.', 'Could we have two bowls, please?'),
    ('Cho tôi xin ít giấy ăn.', 'Could I have some napkins, please?'),
    ('Cho tôi xin thêm chanh.', 'Could I have some more lime, please?'),
    ('Cho tôi xin tăm.', 'Could I have some toothpicks, please?'),
    ('Cho chúng tôi xin thêm tương ớt.', 'Could we have some more chili sauce, please?'),
    ('Làm ơn cho tôi cái nĩa.', 'Could I have a fork, please?'),
    # review: still taken, a taste with "nhé" or "cho tôi", ice with "xin" or "thêm"
    ('Ít cay nhé.', 'Not too spicy, please.'),
    ('Cho tôi ít cay thôi.', 'Not too spicy, please.'),
    ('Cho tôi xin đá.', 'Could I have some ice, please?'),
    ('Cho tôi thêm đá.', 'Could I have some more ice?'),
    # v8: "Có món chay không?" → "Is it a lemon?", "Có món chay không ạ?" → "Is it a lemon?", "Quán mình có món chay
    # không?" → "Do you have a lemon?", "Có đồ chay không?" → "Is there a lemon?"
    ('Có món chay không?', 'Are there any vegetarian dishes?'),
    ('Có món chay không ạ?', 'Are there any vegetarian dishes?'),
    ('Quán mình có món chay không?', 'Do you have any vegetarian dishes?'),
    ('Có đồ chay không?', 'Is there any vegetarian food?'),
    ('Có món gì chay không?', 'Is there anything vegetarian?'),
    ('Món này có phải món chay không?', 'Is this dish vegetarian?'),
    # v8: "Món này hết rồi ạ." → "This boy is all.", "Xin lỗi, món này hết rồi." → "Sorry, this boy is all.", "Hôm nay
    # hết món này rồi." → "Today all of these items.", "Món này hôm nay hết rồi à?" → "Are you all this day?"
    ('Món này hết rồi ạ.', 'This dish is sold out.'),
    ('Xin lỗi, món này hết rồi.', 'Sorry, this dish is sold out.'),
    ('Hôm nay hết món này rồi.', 'This dish is sold out today.'),
    # v8: "Xin lỗi, món đó hết rồi ạ." → "Sorry, that boy is all."
    ('Xin lỗi, món đó hết rồi ạ.', 'Sorry, that dish is sold out.'),
    ('Món này hôm nay hết rồi à?', 'Is this dish sold out today?'),
    # v8: "Tôi gọi món lâu rồi mà chưa thấy." → "I'm order long and I'm not seen.", "Chúng tôi gọi món lâu rồi mà vẫn
    # chưa thấy." → "We've been order long, but we're not seen.", "Mẹ tôi gọi món nửa tiếng rồi mà chưa thấy." → "My
    # mother orders half an hour was not seen.", "Lan gọi món 20 phút rồi mà chưa có." → "Lan order 20 minutes without."
    ('Tôi gọi món lâu rồi mà chưa thấy.', "I ordered a long time ago and it still hasn't come."),
    ('Chúng tôi gọi món lâu rồi mà vẫn chưa thấy.', "We ordered a long time ago and it still hasn't come."),
    ('Mẹ tôi gọi món nửa tiếng rồi mà chưa thấy.', "My mother ordered half an hour ago and it still hasn't come."),
    ('Lan gọi món 20 phút rồi mà chưa có.', "Lan ordered 20 minutes ago and it still hasn't come."),
    ('Anh ấy gọi đồ ăn hơn một tiếng rồi mà vẫn chưa thấy mang ra.',
     "He ordered more than an hour ago and it still hasn't come."),
    ('Bạn gọi món mười phút rồi mà chưa thấy đâu.', "You ordered ten minutes ago and it still hasn't come."),
    # not: "bỏ" (put in, or leave?), "Không cho …" without "nhé" (an answer: we don't), a "?" on a statement, one thing
    # said twice, "Cho tôi ít muối nhé" (some, or less?), a bare "Ít cay.", "không mặn", "một bát" (a bowlful),
    # chopsticks without "đôi", a dish named or "này" bare sold out or left (or eaten up?), "chén" (a cup?), "mình" (I,
    # or we?), "anh" alone saying it, a dog as who, asked with "à", other meanings of "cho", "hết", "xin", a taste asked
    # (mt/tastes.py), English, nonsense
    ('Đừng bỏ rau nhé.', None), ('Không cho ớt ạ.', None), ('Không cho hành.', None), ('Không hành, không ớt.', None),
    ('Đừng cho hành?', None), ('Không hành, không hành lá nhé.', None), ('Cho tôi ít muối nhé.', None),
    ('Ít cay.', None), ('Không mặn nhé.', None), ('Cho tôi một bát.', None), ('Cho tôi xin bát.', None),
    ('Cho tôi xin hai đũa.', None), ('Cho tôi xin cái bát?', None), ('Món này hết rồi?', None),
    ('Phở bò hết rồi.', None), ('Món này hết rồi.', None), ('Còn món này không?', None), ('Có món chay.', None),
    ('Mình gọi món lâu rồi mà chưa thấy.', None), ('Anh gọi món lâu rồi mà chưa thấy.', None),
    ('Con chó của tôi gọi món lâu rồi mà chưa thấy.', None), ('Bạn gọi món lâu rồi mà chưa thấy à?', None),
    ('Tôi gọi món rồi.', None), ('Đừng cho anh ấy lái xe.', None), ('Cho tôi xin lỗi.', None),
    ('Tôi hết tiền rồi.', None), ('Món này có cay không?', None), ('No onions, please.', None),
    ('Cho tôi xin cái.', None), ('Cho tôi xin cái chén.', None), ('Cho tôi ít hành thôi.', None),
    ('Món này hết rồi à?', None),
    # review: a taste with "ít" and neither "nhé", "cho tôi" nor "được không" may be an answer ("Có cay không?" "Ít cay
    # thôi." — it is only a little spicy); a count of 0; "dĩa" (a fork in the North, a plate in the South); "Cho tôi
    # đá" (let me kick, play?); 0 minutes
    ('Ít cay thôi.', None), ('Ít ngọt thôi ạ.', None), ('Ít mặn ạ.', None), ('Ít cay ạ.', None),
    ('Cho tôi xin 0 cái bát.', None), ('Cho tôi xin 0 đôi đũa.', None), ('Làm ơn cho tôi cái dĩa.', None),
    ('Cho tôi xin cái dĩa.', None), ('Cho tôi đá.', None), ('Cho tôi đá được không?', None),
    ('Tôi gọi món 0 phút rồi mà chưa thấy.', None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "No spring onions, please." → "Xin vui lòng không có gì xảy ra.", "No green onions, please." → "Xin vui lòng
    # không có món quà xanh nào cả.", "No onions, please." → "Xin vui lòng không có gì xảy ra.", "No chilli, please." →
    # "Xin đừng chilli, vui lòng."
    ('No spring onions, please.', 'Đừng cho hành nhé.'),
    ('No green onions, please.', 'Đừng cho hành nhé.'),
    ('No onions, please.', 'Đừng cho hành tây nhé.'),
    ('No chilli, please.', 'Đừng cho ớt nhé.'),
    ('No coriander or chili, please.', 'Đừng cho rau mùi và ớt nhé.'),
    ('No coriander and no chilli, please.', 'Đừng cho rau mùi và ớt nhé.'),
    ('Without MSG, please.', 'Đừng cho mì chính nhé.'),
    ('No bean sprouts, peanuts or lime, please.', 'Đừng cho giá, lạc và chanh nhé.'),
    # v8: "Not spicy, please." → "Không phải cay, vui lòng.", "Not too salty, please." → "Xin đừng quá muối, vui lòng.",
    # "Not too sweet, please." → "Xin đừng quá ngọt, vui lòng.", "Less salt, please." → "Làm ơn ít muối."
    ('Not spicy, please.', 'Không cay nhé.'),
    ('Not too salty, please.', 'Ít mặn thôi nhé.'),
    ('Not too sweet, please.', 'Ít ngọt thôi nhé.'),
    ('Less salt, please.', 'Ít muối nhé.'),
    ('Just a little rice, please.', 'Cho tôi ít cơm thôi.'),
    # v8: "Could I have a bowl, please?" → "Làm ơn tôi có tô được không?", "Can I have a spoon?" → "Cho tôi một cái thìa
    # được không?", "Could I have another pair of chopsticks?" → "Cho tôi thêm một đôi đũa được không?", "Could we have
    # two more pairs of chopsticks?" → "Liệu chúng ta có thêm hai cặp đũa không?"
    ('Could I have a bowl, please?', 'Cho tôi xin một cái bát.'),
    ('Can I have a spoon?', 'Cho tôi xin một cái thìa.'),
    ('Could I have another pair of chopsticks?', 'Cho tôi xin thêm một đôi đũa.'),
    ('Could we have two more pairs of chopsticks?', 'Cho chúng tôi xin thêm hai đôi đũa.'),
    ('Could we have two bowls, please?', 'Cho chúng tôi xin hai cái bát.'),
    ('Can I get a straw?', 'Cho tôi xin một cái ống hút.'),
    ('May I have some napkins?', 'Cho tôi xin ít giấy ăn.'),
    ('Could I have some more chilli, please?', 'Cho tôi xin thêm ít ớt.'),
    ('May I have a fork?', 'Cho tôi xin một cái nĩa.'),
    ('A knife, please.', 'Cho tôi xin một cái dao.'),
    ('Another spoon, please.', 'Cho tôi xin thêm một cái thìa.'),
    ('Can I have a plate?', 'Cho tôi xin một cái đĩa.'),
    # v8: "Do you have any vegetarian dishes?" → "Bạn có bất kỳ món ăn nào không?", "Are there any vegetarian dishes?" →
    # "Có món ăn chay nào không?", "Is there any vegetarian food?" → "Có món chay không?", "Do you have anything
    # vegetarian?" → "Bạn có bất cứ thứ gì ăn chay không?"
    ('Do you have any vegetarian dishes?', 'Quán mình có món chay không?'),
    ('Are there any vegetarian dishes?', 'Có món chay không?'),
    ('Is there any vegetarian food?', 'Có đồ chay không?'),
    ('Do you have anything vegetarian?', 'Quán mình có món gì chay không?'),
    ('Is this dish vegetarian?', 'Món này có phải món chay không?'),
    # v8: "This dish is sold out." → "Sự phân biệt này được bán ra.", "Sorry, this dish is sold out." → "Rất tiếc, món
    # ăn này được bán ra.", "Sorry, we've run out of this dish." → "Rất tiếc, chúng tôi đã chạy khỏi món ăn này.", "Is
    # that dish sold out today?" → "Đó có phải là món ăn bán ra hôm nay không?"
    ('This dish is sold out.', 'Món này hết rồi.'),
    ('Sorry, this dish is sold out.', 'Xin lỗi, món này hết rồi.'),
    ("Sorry, we've run out of this dish.", 'Xin lỗi, món này hết rồi.'),
    ('Is that dish sold out today?', 'Món đó hôm nay hết rồi à?'),
    ('Do you still have this dish?', 'Món này còn không?'),
    # v8: "I ordered a long time ago and it still hasn't come." → "Tôi ra lệnh cách đây một thời gian dài và nó vẫn chưa
    # đến.", "We ordered half an hour ago and it hasn't come yet." → "Chúng tôi ra lệnh nửa cách đây một tiếng và chưa
    # đến.", "My mother ordered 20 minutes ago, but it still hasn't arrived." → "Mẹ tôi ra lệnh cách đây 20 phút nhưng
    # nó vẫn chưa đến.", "She ordered over an hour ago and the food still has not come." → "Cô ấy yêu cầu cách đây một
    # tiếng đồng hồ và thức ăn vẫn chưa đến."
    ("I ordered a long time ago and it still hasn't come.", 'Tôi gọi món lâu rồi mà vẫn chưa thấy.'),
    ("We ordered half an hour ago and it hasn't come yet.", 'Chúng tôi gọi món nửa tiếng rồi mà chưa thấy.'),
    ("My mother ordered 20 minutes ago, but it still hasn't arrived.", 'Mẹ tôi gọi món 20 phút rồi mà vẫn chưa thấy.'),
    ('She ordered over an hour ago and the food still has not come.',
     'Cô ấy gọi món hơn một tiếng rồi mà vẫn chưa thấy.'),
    ("Lan ordered ten minutes ago and it still hasn't come.", 'Lan gọi món mười phút rồi mà vẫn chưa thấy.'),
    # not: no "please", a "?" on a statement, other ways of leaving out ("Please don't put …", "leave out"), "not salty"
    # (as it comes?), "less spicy" (mt/tastes.py's shapes), a count not agreeing, chopsticks counted without "pair",
    # "a glass" (of wine?), "this one" (a dish?), vegetarian food without "any" (mt/patterns.py's), a dog as who,
    # one minute, an order with no waiting, a napkin and some chopsticks (counted otherwise in Vietnamese), Vietnamese,
    # nonsense
    ('No onions.', None), ('No spring onions, please?', None), ("Please don't put any chilli in it.", None),
    ('Can you leave out the coriander?', None), ('Not salty, please.', None), ('Less spicy, please.', None),
    ('Could I have a bowls?', None), ('Could I have two bowl?', None), ('Could I have an bowl?', None),
    ('Could I have two chopsticks?', None), ('A bowl.', None), ('Could I have a bowl.', None),
    ('Another glass, please.', None), ('Can I have a glass?', None), ('Could I have a napkin?', None),
    ("We've run out of this one.", None),
    ('Is this dish sold out.', None), ('Do you have vegetarian food?', None),
    ("My dog ordered a long time ago and it still hasn't come.", None), ('I ordered a long time ago.', None),
    ("He ordered one minute ago and it still hasn't come.", None), ('I ordered a pizza.', None),
    ('No way, please.', None), ('Can I have some chopsticks?', None), ('Đừng cho hành nhé.', None),
    ('Spring onions no chilli please yes.', None),
    # review: a bowl or a plate said bare, another or more of them, a small bowl (servings: "Two bowls, please." after
    # "Phở bò.", a small bowl of pho)
    ('A small bowl, please.', None), ('A bowl, please.', None), ('Two bowls, please.', None),
    ('Another bowl, please.', None), ('Another plate, please.', None), ('Could I have another bowl?', None),
    ('Could we have two more bowls?', None), ('Could I have a small bowl?', None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
