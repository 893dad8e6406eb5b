"""The wrong one by mistake: a message sent to someone by mistake, someone's things put on or taken by mistake, the
wrong bus, number or way again, just or almost, both ways (mt/wrong_things.py)."""
import pytest

from mt.wrong_things import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I miss the message to your boss.", "I just sent my message to my mother.", "My mother sent wrong message
    # to me.", "Do you send a message wrong for Lan?", "He sends the wrong message to her?", "I send wrong message."
    ("Tôi gửi nhầm tin nhắn cho sếp.", "I sent a message to my boss by mistake."),
    ("Tôi vừa gửi nhầm tin nhắn cho mẹ tôi.", "I just sent a message to my mother by mistake."),
    ("Mẹ tôi gửi nhầm tin nhắn cho tôi.", "My mother sent a message to me by mistake."),
    ("Bạn có gửi nhầm tin nhắn cho Lan không?", "Did you send a message to Lan by mistake?"),
    ("Anh ấy gửi nhầm tin nhắn cho cô ấy à?", "Did he send a message to her by mistake?"),
    ("Bạn gửi nhầm tin nhắn cho sếp à?", "Did you send a message to your boss by mistake?"),
    ("Chúng tôi gửi nhầm tin nhắn cho sếp.", "We sent a message to our boss by mistake."),
    ("Lan lại nhắn tin nhầm cho tôi.", "Lan sent a message to me by mistake again."),
    ("Cô ấy suýt gửi nhầm tin nhắn cho sếp của cô ấy.", "She almost sent a message to her boss by mistake."),
    ("Tôi không gửi nhầm tin nhắn cho bạn.", "I didn't send a message to you by mistake."),
    ("Anh có gửi nhầm tin nhắn cho tôi không?", "Did you send a message to me by mistake?"),
    ("Tôi gửi tin nhắn nhầm người rồi.", "I sent a message to the wrong person."),
    ("Chúng tôi gửi nhầm tin nhắn cho người khác.", "We sent a message to the wrong person."),
    ("Bố tôi vừa nhắn tin nhầm người.", "My father just sent a message to the wrong person."),
    # v8: "I went wrong with your shoes.", "She went wrong shoes.", "He wore my jacket.", "My mother mistakeed my
    # father's hat."
    ("Tôi đi nhầm giày của bạn.", "I put on your shoes by mistake."),
    ("Cô ấy đi nhầm giày rồi.", "She put on the wrong shoes."),
    ("Anh ấy mặc nhầm áo khoác của tôi.", "He put on my jacket by mistake."),
    ("Mẹ tôi đội nhầm mũ của bố tôi.", "My mother put on my father's hat by mistake."),
    ("Tôi đeo nhầm kính của mẹ tôi.", "I put on my mother's glasses by mistake."),
    ("Bạn đi nhầm giày của tôi à?", "Did you put on my shoes by mistake?"),
    ("Lan lại đội nhầm mũ bảo hiểm của tôi.", "Lan put on my helmet by mistake again."),
    ("Tôi không mặc nhầm áo mưa của bạn.", "I didn't put on your raincoat by mistake."),
    ("Chúng tôi có đi nhầm giày của bạn không?", "Did we put on your shoes by mistake?"),
    # v8: "I took the umbrella by mistake." (Lan's lost), "I misleading your key lead.", "Did you misleading my bag?",
    # "I don't misleading your umbrella."
    ("Tôi vừa cầm nhầm ô của Lan.", "I just took Lan's umbrella by mistake."),
    ("Tôi lấy nhầm chìa khóa của bạn.", "I took your keys by mistake."),
    ("Bạn lấy nhầm túi của tôi à?", "Did you take my bag by mistake?"),
    ("Tôi không lấy nhầm ô của bạn.", "I didn't take your umbrella by mistake."),
    ("Bác Lan cầm nhầm chìa khóa của tôi.", "Aunt Lan took my keys by mistake."),
    ("Tôi lại lấy nhầm ô của bạn rồi.", "I took your umbrella by mistake again."),
    ("Chúng tôi lấy nhầm mũ bảo hiểm.", "We took the wrong helmet."),
    ("Anh ấy có lấy nhầm giày của bạn không?", "Did he take your shoes by mistake?"),
    # v8: "I'm mistaken on the bus.", "Do you misleading the bus?", "I've called mistakes.", "My mother called the
    # wrong number." (again lost), "We just went wrong.", "He went wrong to the street."
    ("Tôi lại lên nhầm xe buýt.", "I got on the wrong bus again."),
    ("Bạn lên nhầm xe buýt à?", "Did you get on the wrong bus?"),
    ("Bạn lại lên nhầm xe buýt à?", "Did you get on the wrong bus again?"),
    ("Tôi vừa gọi nhầm số.", "I just called the wrong number."),
    ("Mẹ tôi lại gọi nhầm số.", "My mother called the wrong number again."),
    ("Chúng tôi vừa đi nhầm đường.", "We just went the wrong way."),
    ("Lan lại đi nhầm đường.", "Lan went the wrong way again."),
    ("Cô ấy suýt đi nhầm đường.", "She almost went the wrong way."),
    ("Anh ấy suýt lên nhầm chuyến bay.", "He almost got on the wrong flight."),
    # (a ride with "rồi", and "vậy" asking, are still taken)
    ("Tôi lại lên nhầm xe buýt rồi.", "I got on the wrong bus again."),
    ("Bạn có lấy nhầm chìa khóa của tôi không vậy?", "Did you take my keys by mistake?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text", [
    # not: mt/mistakes.py's (said, "đã", "có … không?" of the number, a ride, the way or THINGS), a plain "gửi nhầm tin
    # nhắn" (the wrong message, or to the wrong person?), "sếp" alone of a third person (whose?), their own things or
    # "của mình", "his", "her" of a third person, a pet, "anh" saying it, "tàu" alone, "áo", "dép", negatives and
    # "à?" of the number or the way, "?" on a statement, "nhỉ", emails and money (mt/emails.py, wrong_transfers.py)
    "Anh ấy cầm nhầm ô của tôi.", "Tôi lên nhầm xe buýt.", "Tôi gọi nhầm số.", "Tôi đi nhầm đường.",
    "Tôi có lấy nhầm ô của bạn không?", "Tôi gửi nhầm tin nhắn.", "Tôi gửi nhầm tin nhắn rồi.",
    "Anh ấy gửi nhầm tin nhắn cho sếp.", "Tôi gửi nhầm tin nhắn cho tôi.", "Anh gửi nhầm tin nhắn cho tôi.",
    "Con chó của tôi lấy nhầm giày của bạn.", "Mẹ tôi lấy nhầm ô của cô ấy.", "Tôi lấy nhầm ô của tôi.",
    "Anh ấy lấy nhầm ô của mình.", "Cô ấy suýt lên nhầm tàu.", "Tôi mặc nhầm áo của anh ấy.",
    "Tôi đi nhầm dép của bạn.", "Tôi không gọi nhầm số.", "Tôi không đi nhầm đường.", "Bạn đi nhầm đường à?",
    "Bạn vừa gọi nhầm số à?",
    "Tôi gửi nhầm tin nhắn cho sếp?", "Tôi lên nhầm xe buýt?", "Bố tôi bắt nhầm xe buýt nhỉ.", "Tôi đội nhầm giày.",
    "Tôi gửi nhầm email cho sếp.", "Tôi chuyển nhầm tiền cho mẹ tôi.", "Tôi suýt lấy nhầm ô của bạn rồi.",
    "I sent a message to my boss by mistake.", "Nhầm nhầm nhầm.",
    # ... who sent it as whom ("My mother sent a message to my mother"), their own thing by name ("Lan took Lan's
    # keys"), the way with "rồi" (going the wrong way now), "thế", "vậy" ending a statement (mt.text.STRESSED_SAID)
    "Mẹ tôi gửi nhầm tin nhắn cho mẹ tôi.", "Bố tôi gửi nhầm tin nhắn cho bố của tôi.",
    "Bạn gửi nhầm tin nhắn cho bạn.", "Họ gửi nhầm tin nhắn cho họ.", "Lan gửi nhầm tin nhắn cho Lan.",
    "Lan lấy nhầm chìa khóa của Lan.", "Bác Hùng đội nhầm mũ của Bác Hùng.", "Mẹ tôi vừa lấy nhầm ô của mẹ tôi.",
    "Chúng ta lại đi nhầm đường rồi.", "Tôi lại đi nhầm đường rồi!", "Bạn lấy nhầm chìa khóa của tôi vậy.",
    "Tôi lại lên nhầm xe buýt thế.", "Tôi gửi nhầm tin nhắn cho sếp thế.",
    # ... "em" asking with "ạ": the speaker asking up, not "you" (mt.hobbies.em_speaking)
    "Em lại lên nhầm xe buýt à ạ?", "Em có gửi nhầm tin nhắn cho sếp không ạ?", "Em gửi tin nhắn nhầm người à ạ?",
])
def test_vi_left(text):
    assert translate(text, "vi", "en") is None


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã gửi thư cho Sếp bằng sai lầm." (a letter), "Tôi đã gởi thông điệp đến người sai.", "Cô ấy vừa gởi
    # thông điệp cho mẹ mình bằng sai lầm.", "Bạn có gửi thư đến Lan bằng sai lầm không?"
    ("I sent a message to my boss by mistake.", "Tôi gửi nhầm tin nhắn cho sếp."),
    ("I sent the message to the wrong person.", "Tôi gửi tin nhắn nhầm người."),
    ("She just sent a message to her mother by mistake.", "Cô ấy vừa gửi nhầm tin nhắn cho mẹ cô ấy."),
    ("Did you send a message to Lan by mistake?", "Bạn có gửi nhầm tin nhắn cho Lan không?"),
    ("He sent a message to my boss by mistake.", "Anh ấy gửi nhầm tin nhắn cho sếp tôi."),
    ("She sent the message to the wrong person again.", "Cô ấy lại gửi tin nhắn nhầm người."),
    ("Did you send the message to the wrong person?", "Bạn có gửi tin nhắn nhầm người không?"),
    ("I didn't send a message to my boss by mistake.", "Tôi không gửi nhầm tin nhắn cho sếp."),
    ("I've sent a message to my boss by mistake.", "Tôi gửi nhầm tin nhắn cho sếp rồi."),
    ("She has just sent a message to me by mistake.", "Cô ấy vừa gửi nhầm tin nhắn cho tôi."),
    ("My mother texted me by mistake.", "Mẹ tôi nhắn tin nhầm cho tôi."),
    ("He texted the wrong person.", "Anh ấy nhắn tin nhầm người."),
    # v8: "Tôi đặt đôi giày của bạn bằng sai lầm." (set down), "Cô bé đặt đôi giày sai.", "Anh ta đặt áo khoác của tôi
    # vào sai lầm."
    ("I put on your shoes by mistake.", "Tôi đi nhầm giày của bạn."),
    ("She put on the wrong shoes.", "Cô ấy đi nhầm giày."),
    ("He put on my jacket by mistake.", "Anh ấy mặc nhầm áo khoác của tôi."),
    ("He put on the wrong hat.", "Anh ấy đội nhầm mũ."),
    ("She put on my glasses by mistake.", "Cô ấy đeo nhầm kính của tôi."),
    ("Did you put on my shoes by mistake?", "Bạn có đi nhầm giày của tôi không?"),
    # v8: "Tôi cầm chìa khóa của bạn sai lầm.", "Tôi vừa lấy ô của bạn sai lầm.", "Tôi không cầm ô của bạn sai lầm."
    ("I took your keys by mistake.", "Tôi lấy nhầm chìa khóa của bạn."),
    ("I've just taken your umbrella by mistake.", "Tôi vừa lấy nhầm ô của bạn."),
    ("I didn't take your umbrella by mistake.", "Tôi không lấy nhầm ô của bạn."),
    ("I took the wrong keys.", "Tôi lấy nhầm chìa khóa."),
    ("Did you take my keys by mistake?", "Bạn có lấy nhầm chìa khóa của tôi không?"),
    ("I took the wrong umbrella again.", "Tôi lại lấy nhầm ô."),
    # v8: "Tôi đã lên xe buýt sai." (again lost), "Cô ấy gần như bị xe lửa sai.", "Mẹ tôi gọi con số sai.", "Chúng tôi
    # đã đi đường sai."
    ("I got on the wrong bus again.", "Tôi lại lên nhầm xe buýt."),
    ("She almost got on the wrong train.", "Cô ấy suýt lên nhầm tàu hỏa."),
    ("My mother called the wrong number again.", "Mẹ tôi lại gọi nhầm số."),
    ("We went the wrong way again.", "Chúng tôi lại đi nhầm đường."),
    ("He almost took the wrong bus.", "Anh ấy suýt đi nhầm xe buýt."),
    ("We nearly went the wrong way.", "Chúng tôi suýt đi nhầm đường."),
    ("I've just called the wrong number.", "Tôi vừa gọi nhầm số."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text", [
    # not: mt/mistakes.py's ("took … by mistake", "the wrong …" said, just or asked), a message with no one to whom,
    # "have" and "did" not agreeing, oneself as whom, a pet, one's own things ("her" of my mother: hers?), "wore the
    # wrong shoes" (wrong for the day?), keys put on, negatives and "again" asked of a ride, "?" on a statement
    "He took my umbrella by mistake.", "I got on the wrong bus.", "I called the wrong number.", "I went the wrong way.",
    "I just called the wrong number.", "I took the wrong umbrella.", "I sent a message by mistake.",
    "She have just sent a message to me by mistake.", "I has sent a message to my boss by mistake.",
    "Did she sent a message to me by mistake?", "I sent a message to me by mistake.",
    "My dog took your shoes by mistake.", "My mother took her umbrella by mistake.", "I took my umbrella by mistake.",
    "I didn't call the wrong number.", "She wore the wrong shoes.", "I put on the wrong keys.",
    "Did you get on the wrong bus again?", "I sent a message to my boss by mistake?",
    "Tôi gửi nhầm tin nhắn cho sếp.", "Something went wrong.",
    # ... "his", "her" of kin or a name as whose whom ("sếp cô ấy" after "Mẹ tôi" is another woman's boss: her own?)
    "My mother sent a message to her boss by mistake.", "My father sent a message to his boss by mistake.",
    "Lan texted her mother by mistake.", "My friend sent a message to his mother by mistake.",
])
def test_en_left(text):
    assert translate(text, "en", "vi") is None
