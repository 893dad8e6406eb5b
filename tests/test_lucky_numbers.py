"""Lucky phone numbers, SIMs and number plates bought, had or paid for, numbers held lucky or unlucky, someone's lucky
number, and numbers avoided, both ways (mt/lucky_numbers.py)."""
import pytest

from mt.lucky_numbers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He bought a beautiful squiring.", "I want to buy a beautiful squiring.", "My mother bought a beautiful
    # squiring.", "We bought a beautiful squiring.", "Aunt Lan To get a beautiful sea.", "Lan will buy some nice
    # phones.", "My mother didn't want to buy a beautiful number.", "Do you have a beautiful number?"
    ("Anh ấy mua được sim số đẹp.", "He got a SIM with a lucky number."),
    ("Tôi muốn mua một sim số đẹp.", "I want to buy a SIM with a lucky number."),
    ("Mẹ tôi vừa mua một sim số đẹp.", "My mother has just bought a SIM with a lucky number."),
    ("Chúng tôi đã mua một sim số đẹp.", "We bought a SIM with a lucky number."),
    ("Bác Lan mới mua được biển số đẹp.", "Aunt Lan has just got a lucky number plate."),
    ("Lan sẽ mua một số điện thoại đẹp.", "Lan will buy a lucky phone number."),
    ("Lan muốn mua biển số đẹp.", "Lan wants to buy a lucky number plate."),
    ("Bạn có muốn mua sim số đẹp không?", "Do you want to buy a SIM with a lucky number?"),
    ("Mẹ tôi không muốn mua sim số đẹp.", "My mother doesn't want to buy a SIM with a lucky number."),
    ("Tôi có một sim số đẹp.", "I have a SIM with a lucky number."),
    ("Bạn có sim số đẹp không?", "Do you have a SIM with a lucky number?"),
    ("Cô ấy muốn có một số điện thoại đẹp.", "She wants a lucky phone number."),
    ("Bố tôi không có biển số đẹp.", "My father doesn't have a lucky number plate."),
    ("Tôi muốn mua một SIM số đẹp!", "I want to buy a SIM with a lucky number!"),
    # v8: "His phone number is beautiful.", "My father's number is beautiful.", "My phone number isn't the nice
    # number.", "Are your phone number a nice number?"
    ("Số điện thoại của anh ấy là số đẹp.", "His phone number is a lucky number."),
    ("Số điện thoại của mẹ tôi là số đẹp.", "My mother's phone number is a lucky number."),
    ("Biển số xe của bố tôi là số đẹp.", "My father's number plate is a lucky one."),
    ("Số điện thoại này là số đẹp.", "This phone number is a lucky number."),
    ("Số điện thoại của tôi không phải là số đẹp.", "My phone number isn't a lucky number."),
    ("Số điện thoại của bạn có phải là số đẹp không?", "Is your phone number a lucky number?"),
    # v8: "The car was beautiful.", "My father's car has a beautiful sea.", "Do your car has a beautiful sea of sea?"
    ("Chiếc xe này biển số đẹp.", "This car has a lucky number plate."),
    ("Chiếc xe này có biển số đẹp.", "This car has a lucky number plate."),
    ("Xe của bố tôi có biển số đẹp.", "My father's car has a lucky number plate."),
    ("Xe máy của bạn có biển số đẹp không?", "Does your motorbike have a lucky number plate?"),
    ("Xe ô tô của tôi không có biển số đẹp.", "My car doesn't have a lucky number plate."),
    # v8: "He spent a lot of money to buy beautiful seas.", "She has suffered a tens of millions to buy nice phone
    # numbers.", "I've left VND50 million to buy beautiful seas.", "We paid ten million for a beautiful number."
    ("Anh ấy đã chi rất nhiều tiền để mua biển số đẹp.", "He spent a lot of money on a lucky number plate."),
    ("Chị ấy đã chịu chi cả chục triệu để mua số điện thoại đẹp.",
     "She splashed out as much as ten million dong on a lucky phone number."),
    ("Bố tôi vừa bỏ ra 50 triệu đồng để mua biển số đẹp.",
     "My father has just spent 50 million dong on a lucky number plate."),
    ("Chúng tôi đã trả mười triệu cho một sim số đẹp.", "We paid ten million dong for a SIM with a lucky number."),
    ("Tôi sẵn sàng chi hàng chục triệu để mua sim số đẹp.",
     "I'm willing to spend tens of millions of dong on a SIM with a lucky number."),
    # v8: "The 8th is considered lucky.", "The 8 is lucky.", "Number 4 is the number of cents.", "The 13th is
    # considered unfortunate luck in Vietnam.", "8 is lucky?", "The number 4 is considered to be split."
    ("Số 8 được coi là may mắn.", "The number 8 is considered lucky."),
    ("Số 8 là số may mắn.", "The number 8 is a lucky number."),
    ("Số 4 là số xui.", "The number 4 is an unlucky number."),
    ("Số 4 bị coi là xui xẻo.", "The number 4 is considered unlucky."),
    ("Số 13 được coi là không may mắn ở Việt Nam.", "The number 13 is considered unlucky in Vietnam."),
    ("Con số 9 được xem là may mắn.", "The number 9 is seen as lucky."),
    ("Số 8 có phải là số may mắn không?", "Is the number 8 a lucky number?"),
    ("Số tám là số may mắn.", "The number eight is a lucky number."),
    # v8: "My luck is the number 7.", "What are your lucky numbers?", "Land's luck is the number of 9."
    ("Số may mắn của tôi là số 7.", "My lucky number is 7."),
    ("Số may mắn của bạn là số mấy?", "What's your lucky number?"),
    ("Số may mắn của Lan là số 9.", "Lan's lucky number is 9."),
    ("Số may mắn của mẹ bạn là gì?", "What's your mother's lucky number?"),
    # v8: "The number 4 is patient because it hears the same text.", "Many people persist the number 13.", "Do you
    # persist the number 4?", "My mother didn't persist the number 4.", "My grandmother avoided 13."
    ("Người ta kiêng số 4 vì nó nghe giống chữ tử.",
     "People avoid the number 4 because it sounds like the word for death."),
    ("Nhiều người kiêng số 13.", "Many people avoid the number 13."),
    ("Bạn có kiêng số 4 không?", "Do you avoid the number 4?"),
    ("Mẹ tôi không kiêng số 4.", "My mother doesn't avoid the number 4."),
    ("Người Việt kiêng số 4.", "Vietnamese people avoid the number 4."),
    ("Bà tôi tránh số 13.", "My grandmother avoids the number 13."),
    # not: "số đẹp" with no phone, SIM or plate said, plain "mua" (bought, or buys?), plain "chịu chi" (was, or is
    # willing?), "anh" or "em … ạ" saying it (the speaker?), "I" asked, a pet, "?" on a statement, "không?" with no
    # "có", "bị coi là" lucky, a number's luck denied, a lucky number not whose, the reason said of 13 or asked,
    # "xe" with no whose, a sum paid asked or with no tense, luck of people (mt/luck.py), "kiêng" of food
    ("Tôi mua số đẹp.", None), ("Anh ấy mua số đẹp.", None), ("Tôi mua một sim số đẹp.", None),
    ("Chị ấy chịu chi cả chục triệu để mua số điện thoại đẹp.", None), ("Anh muốn mua sim số đẹp.", None),
    ("Em có muốn mua sim số đẹp không ạ?", None), ("Tôi có muốn mua sim số đẹp không?", None),
    ("Con chó của tôi kiêng số 4.", None), ("Con mèo của tôi có biển số đẹp.", None),
    ("Tôi muốn mua một sim số đẹp?", None), ("Chiếc xe này có biển số đẹp?", None),
    ("Bạn muốn mua sim số đẹp không?", None), ("Số 8 là số may mắn không?", None), ("Số 8 bị coi là may mắn.", None),
    ("Số 4 không phải là số xui.", None), ("Số 8 là số may mắn của tôi.", None),
    ("Số may mắn của tôi là số 7?", None), ("Số may mắn của bạn là số mấy.", None),
    ("Người ta kiêng số 13 vì nó nghe giống chữ tử.", None),
    ("Bạn có kiêng số 4 vì nó nghe giống chữ tử không?", None), ("Xe có biển số đẹp.", None),
    ("Biển số xe này là số đẹp.", None), ("Anh ấy chi rất nhiều tiền để mua biển số đẹp.", None),
    ("Anh ấy đã chi rất nhiều tiền để mua biển số đẹp không?", None), ("Số điện thoại của anh ấy đẹp.", None),
    ("Hôm nay tôi may mắn quá.", None), ("Tôi kiêng ăn thịt.", None), ("Số 0 là số may mắn.", None),
    ("He paid a lot for a lucky number plate.", None),
    # a statement ending in "thế" or "vậy" says more than English would ("đẹp thế": so lucky; "vậy": so, then)
    ("Anh ấy mua được sim số đẹp thế.", None), ("Số điện thoại của anh ấy là số đẹp vậy.", None),
    ("Số 8 là số may mắn thế.", None), ("Người ta kiêng số 4 vậy.", None), ("Xe máy này biển số đẹp thế.", None),
    ("Số may mắn của tôi là số 7 vậy.", None), ("Số may mắn của bạn là số mấy thế?", "What's your lucky number?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta có SIM với một con số may mắn.", "Tôi muốn một thẻ SIM với một số tuyệt vời.", "Tôi chỉ có một đĩa
    # số may mắn." (a dish), "Bố của bạn có muốn một đĩa số may mắn không?", "Chúng tôi không muốn mua một SIM với
    # một số may mắn."
    ("He got a SIM with a lucky number.", "Anh ấy mua được một sim số đẹp."),
    ("I want to buy a SIM with a lucky number.", "Tôi muốn mua một sim số đẹp."),
    ("I want a SIM card with a nice number.", "Tôi muốn có một sim số đẹp."),
    ("My mother wants to buy a lucky phone number.", "Mẹ tôi muốn mua một số điện thoại đẹp."),
    ("Lan wants a lucky number plate.", "Lan muốn có một biển số đẹp."),
    ("Do you want to buy a SIM with a lucky number?", "Bạn có muốn mua sim số đẹp không?"),
    ("Does your father want a lucky number plate?", "Bố bạn có muốn có biển số đẹp không?"),
    ("We don't want to buy a SIM with a lucky number.", "Chúng tôi không muốn mua sim số đẹp."),
    ("She doesn't have a lucky phone number.", "Cô ấy không có số điện thoại đẹp."),
    ("Do you have a SIM with a lucky number?", "Bạn có sim số đẹp không?"),
    ("My mother has just bought a SIM with a lucky number.", "Mẹ tôi vừa mua một sim số đẹp."),
    ("I've just got a lucky number plate.", "Tôi vừa mua được một biển số đẹp."),
    ("We bought a lucky phone number.", "Chúng tôi đã mua một số điện thoại đẹp."),
    ("He'll buy a SIM card with a lucky number.", "Anh ấy sẽ mua một sim số đẹp."),
    ("He has a lucky number plate.", "Anh ấy có một biển số đẹp."),
    # v8: "Chiếc điện thoại của anh ấy là con số may mắn.", "Xương số của tôi là một may mắn." (a bone), "Điện thoại
    # của bạn có số lượng may mắn không?"
    ("His phone number is a lucky number.", "Số điện thoại của anh ấy là số đẹp."),
    ("My mother's phone number is a lucky number.", "Số điện thoại của mẹ tôi là số đẹp."),
    ("Is your phone number a lucky number?", "Số điện thoại của bạn có phải là số đẹp không?"),
    ("My phone number isn't a lucky number.", "Số điện thoại của tôi không phải là số đẹp."),
    ("This phone number is a lucky one.", "Số điện thoại này là số đẹp."),
    ("My number plate is a lucky one.", "Biển số xe của tôi là số đẹp."),
    # v8: "Xe hơi này có một đĩa số may mắn.", "Liệu xe máy của bạn có một đĩa số may mắn không?"
    ("This car has a lucky number plate.", "Chiếc xe ô tô này có biển số đẹp."),
    ("My father's car has a lucky number plate.", "Xe ô tô của bố tôi có biển số đẹp."),
    ("Does your motorbike have a lucky number plate?", "Xe máy của bạn có biển số đẹp không?"),
    ("My car doesn't have a lucky number plate.", "Xe ô tô của tôi không có biển số đẹp."),
    # v8: "Anh ấy trả rất nhiều cho một đĩa số may mắn.", "Cô ấy dành hàng chục triệu người quảng cáo trên một số
    # điện thoại may mắn.", "Cha tôi vừa dùng 50 triệu đồng trên một đĩa số may mắn."
    ("He paid a lot for a lucky number plate.", "Anh ấy đã bỏ ra rất nhiều tiền để mua một biển số đẹp."),
    ("She spent tens of millions of dong on a lucky phone number.",
     "Cô ấy đã bỏ ra hàng chục triệu đồng để mua một số điện thoại đẹp."),
    ("My father has just spent 50 million dong on a lucky number plate.",
     "Bố tôi vừa bỏ ra 50 triệu đồng để mua một biển số đẹp."),
    ("I'm willing to spend ten million dong on a SIM with a lucky number.",
     "Tôi sẵn sàng chi mười triệu đồng để mua một sim số đẹp."),
    ("We paid a lot of money to buy a lucky phone number.",
     "Chúng tôi đã bỏ ra rất nhiều tiền để mua một số điện thoại đẹp."),
    # v8 (right, kept): "Số 8 được coi là may mắn."; v8: "Có số 8 được coi là may mắn không?", "Số 4 là một con số
    # không đáng kể ở Trung Quốc." (insignificant)
    ("The number 8 is considered lucky.", "Số 8 được coi là may mắn."),
    ("8 is a lucky number.", "Số 8 là số may mắn."),
    ("The number 13 is considered unlucky.", "Số 13 được coi là không may mắn."),
    ("The number 4 is an unlucky number in China.", "Số 4 là số không may mắn ở Trung Quốc."),
    ("Is 8 a lucky number?", "Số 8 có phải là số may mắn không?"),
    ("Is the number 8 considered lucky?", "Số 8 có được coi là may mắn không?"),
    ("Eight is lucky.", "Số tám là số may mắn."),
    # v8: "Con số may mắn của bạn là gì?", "Số may mắn của Lan là chín."
    ("My lucky number is 7.", "Số may mắn của tôi là số 7."),
    ("What's your lucky number?", "Số may mắn của bạn là số mấy?"),
    ("What is Lan's lucky number?", "Số may mắn của Lan là số mấy?"),
    ("Lan's lucky number is nine.", "Số may mắn của Lan là số chín."),
    # v8: "Người ta tránh con số 4 vì nó có vẻ như từ cho cái chết.", "Bà tôi tránh số 13 tuổi." (13 years old)
    ("People avoid the number 4 because it sounds like the word for death.",
     "Người ta kiêng số 4 vì nó nghe giống chữ tử."),
    ("Many people avoid the number 13.", "Nhiều người kiêng số 13."),
    ("Do you avoid the number 4?", "Bạn có kiêng số 4 không?"),
    ("My grandmother avoids the number 13.", "Bà tôi kiêng số 13."),
    ("Vietnamese people avoid the number 4.", "Người Việt kiêng số 4."),
    ("We don't avoid the number 13.", "Chúng tôi không kiêng số 13."),
    ("Does your mother avoid the number 4?", "Mẹ bạn có kiêng số 4 không?"),
    # not: the verb not agreeing ("She have", "Does she wants", "He want", "We avoids", "This car have"), "I" asked, a
    # pet, plain "buys", "?" on a statement and "." on a question, "paid … on", "spent … for", a number's luck
    # denied, "a unlucky", the reason said of 13 or asked, "a nice number" with no SIM, phone or plate, luck of people
    ("He buys a lucky number plate.", None), ("She have a lucky phone number.", None),
    ("Does she wants a lucky phone number?", None), ("Do I want a SIM with a lucky number?", None),
    ("My dog avoids the number 4.", None), ("His phone number is a lucky number?", None),
    ("Is his phone number a lucky number.", None), ("He paid a lot on a lucky number plate.", None),
    ("He spent a lot for a lucky number plate.", None), ("8 isn't a lucky number.", None),
    ("The number 8 is a unlucky number.", None), ("My lucky number is 7?", None), ("What's your lucky number.", None),
    ("He want to buy a SIM with a lucky number.", None), ("We avoids the number 4.", None),
    ("People avoid the number 13 because it sounds like the word for death.", None),
    ("Do people avoid the number 4 because it sounds like the word for death?", None),
    ("This car have a lucky number plate.", None), ("He bought a nice number.", None), ("He is lucky.", None),
    ("Lucky you!", None), ("I need a SIM card.", None), ("Tôi muốn mua một sim số đẹp.", None),
    # "one" alone may be someone ("One is lucky.": one of them), not the number; "this number plate" is "biển số
    # này" ("biển số xe này" reads as this car's plate)
    ("One is lucky.", None), ("Is one lucky?", None), ("One is considered lucky.", None),
    ("One is a lucky number.", "Số một là số may mắn."), ("The number one is lucky.", "Số một là số may mắn."),
    ("This number plate is a lucky one.", "Biển số này là số đẹp."),
    ("Is this licence plate a lucky one?", "Biển số này có phải là số đẹp không?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
