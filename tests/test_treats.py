"""Treating others: who treats whom to what and why, whose treat a round is, "it's my treat, don't pay", and treats
owed, both ways (mt/treats.py)."""
import pytest

from mt.treats import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Let me copy all groups.", "The boss snugged his room for healing.", "He just softened us to drink coffee.",
    # "We'llao all class milk tea.", "Landao all ice cream because of the test.", "Let me include the group to eat."
    ("Để tôi khao cả nhóm.", "Let me treat the whole group."),
    ("Để mình bao cả nhóm đi ăn nhé.", "Let me treat the whole group to a meal."),
    ("Để tôi đãi mọi người một bữa.", "Let me treat everyone to a meal."),
    ("Để chúng tôi khao bạn đi ăn tối.", "Let us treat you to dinner."),
    ("Hôm nay để tôi khao cả phòng trà sữa.", "Let me treat the whole office to bubble tea today."),
    ("Sếp khao cả phòng đi ăn vì được thăng chức.",
     "The boss treated the whole office to a meal to celebrate getting promoted."),
    ("Lan khao cả lớp ăn kem vì thi đỗ.", "Lan treated the whole class to ice cream to celebrate passing the exam."),
    ("Lan khao cả lớp nhân dịp sinh nhật cô ấy.", "Lan treated the whole class for her birthday."),
    ("Mẹ tôi đã khao cả nhà đi ăn lẩu.", "My mother treated the whole family to hotpot."),
    ("Hôm qua bố tôi khao cả nhà đi ăn.", "My father treated the whole family to a meal yesterday."),
    ("Hôm qua chúng tôi đã khao cả lớp trà sữa.", "We treated the whole class to bubble tea yesterday."),
    ("Anh ấy vừa khao chúng tôi đi uống cà phê.", "He has just treated us to coffee."),
    ("Chúng tôi sẽ khao cả lớp trà sữa.", "We'll treat the whole class to bubble tea."),
    ("Sếp tôi sẽ khao cả phòng vì được tăng lương.",
     "My boss will treat the whole office to celebrate getting a pay rise."),
    ("Ngày mai mẹ tôi sẽ đãi cả nhà đi ăn lẩu.", "My mother will treat the whole family to hotpot tomorrow."),
    ("Anh ấy sắp khao cả công ty vì được thăng chức.",
     "He's going to treat the whole company to celebrate getting promoted."),
    ("Chị ấy định khao cả đội đi ăn lẩu.", "She's planning to treat the whole team to hotpot."),
    ("Tôi muốn khao mẹ tôi đi ăn.", "I want to treat my mother to a meal."),
    ("Bạn phải khao cả nhóm đấy!", "You have to treat the whole group!"),
    # v8: "Next time you invited.", "He is extremelyao today.", "How much he was.", "The next time he was wise.",
    # "We invited today.", "For the past time we've been snugging."
    ("Lần sau bạn mời nhé.", "You can treat next time."),
    ("Bạn mời lần sau nhé.", "You can treat next time."),
    ("Hôm nay anh ấy khao.", "He's treating today."),
    ("Lần này anh ấy bao.", "He's treating this time."),
    ("Hôm nay chúng tôi mời.", "We're treating today."),
    ("Hôm nay mẹ tôi mời.", "My mother is treating today."),
    ("Lần sau anh ấy khao.", "He'll treat next time."),
    ("Lần trước Lan khao rồi.", "Lan treated last time."),
    ("Lần trước chúng tôi khao rồi.", "We treated last time."),
    # v8: "Who surveyed today?", "Who is the next time?", "It's in turn, softened.", "Who invited in turn?"
    ("Hôm nay ai khao?", "Who's treating today?"),
    ("Lần sau ai khao?", "Who's treating next time?"),
    ("Lần trước ai khao?", "Who treated last time?"),
    ("Đến lượt bạn khao.", "It's your turn to treat."),
    ("Đến lượt sếp khao.", "It's the boss's turn to treat."),
    ("Lần sau đến lượt Lan khao.", "It's Lan's turn to treat next time."),
    ("Đến lượt ai mời?", "Whose turn is it to treat?"),
    # v8 (the rules on): "It's on me today, you don't pay.", "It's on me, people don't need to pay."
    ("Hôm nay tôi mời, bạn đừng trả tiền.", "It's my treat today, don't pay."),
    ("Tôi mời, mọi người không cần trả tiền.", "It's my treat, you don't need to pay."),
    ("Lần này tôi bao, các bạn khỏi trả tiền nhé.", "It's my treat this time, you don't need to pay."),
    # v8: "You're debtd for me.", "I debt you a meal.", "Your boss has still debted the room.", "My mother debted me
    # a dinner."
    ("Bạn còn nợ tôi một chầu.", "You still owe me a treat."),
    ("Tôi nợ bạn một bữa.", "I owe you a meal."),
    ("Sếp vẫn còn nợ cả phòng một chầu đấy.", "The boss still owes the whole office a treat."),
    ("Mẹ tôi nợ tôi một bữa tối.", "My mother owes me dinner."),
    # not: "mời" with whom (invited: mt/parties.py) or last time (treated, or invited?), the speaker's round today or
    # next time (mt/bills.py's), no tense and no reason (did, does or will?), today with no tense, asked, denied,
    # "rồi" but last time, "anh" alone, a pet, "mình" or who as whom, "bao" someone alone (keeps?), a birthday whose is
    # not said, a day not the tense's, a "?" on a statement, "ai" said, "khao khát" (longs for), money owed
    ("Anh ấy mời tôi đi ăn tối.", None), ("Tôi mời bạn.", None), ("Để tôi mời cả nhóm.", None),
    ("Lần trước Lan mời rồi.", None), ("Hôm nay tôi bao.", None), ("Lần sau mình mời nhé.", None),
    ("Sếp khao cả phòng.", None), ("Hôm nay sếp khao cả phòng đi ăn.", None), ("Bạn có khao cả nhóm không?", None),
    ("Sếp không khao cả phòng.", None), ("Lan khao cả lớp rồi.", None), ("Anh khao cả nhóm.", None),
    ("Con chó của tôi khao cả nhóm đi ăn.", None), ("Anh ấy khao mình đi ăn.", None), ("Tôi khao tôi đi ăn.", None),
    ("Anh ấy đã bao tôi.", None), ("Lan khao cả lớp nhân dịp sinh nhật.", None),
    ("Hôm qua sếp sẽ khao cả phòng đi ăn.", None), ("Ngày mai sếp đã khao cả phòng đi ăn.", None),
    ("Sếp khao cả phòng đi ăn vì được thăng chức?", None), ("Hôm nay anh ấy mời?", None),
    ("Hôm nay ai khao.", None), ("Hôm nay tôi mời, bạn đừng trả tiền?", None), ("Lần sau bạn mời đi.", None),
    ("Để sếp khao cả phòng.", None), ("Để tôi khao cả nhóm đấy.", None), ("Tôi khao khát được đi du lịch.", None),
    ("Tôi nợ bạn.", None), ("Bạn nợ tôi một chầu không?", None), ("Tôi nợ ngân hàng một bữa.", None),
    ("Let me treat everyone.", None),
    ("Sếp tôi sẽ khao cả phòng đi ăn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    # reviewed: "sẽ" with "nhé" keeps its will; "Để" mid-sentence in small letters
    ("Lần sau Lan sẽ mời nhé.", "Lan will treat next time."), ("Hôm nay bạn sẽ mời nhé.", "You'll treat today."),
    ("Lần sau mẹ tôi sẽ khao nhé.", "My mother will treat next time."),
    ("Lần sau bạn sẽ mời nhé.", "You'll treat next time."),
    # reviewed, left: whom as who by name, kin or group ("We treated us"), a pet treated (a pet's treat is a snack),
    # "sinh nhật mình" but not the speaker's treat (his own, or mine?), "anh ấy"/"cô ấy" after kin (another's
    # birthday, that English would read as who's own), "bao cả phòng" alone (booked the whole room?), "sếp" with
    # "nhé"/"nha" (said to the boss: you?)
    ("Lan đã khao Lan đi ăn.", None), ("Mẹ tôi đã khao mẹ tôi đi ăn.", None), ("Lan nợ Lan một bữa.", None),
    ("Chúng tôi đã khao bọn mình đi ăn.", None), ("Chúng tôi đã khao bọn tôi đi ăn.", None),
    ("Chúng tôi nợ bọn mình một chầu.", None), ("Để tôi khao con chó của tôi.", None),
    ("Tôi đã khao con mèo của tôi đi ăn kem.", None), ("Tôi nợ con chó của tôi một bữa.", None),
    ("Sếp khao cả phòng đi ăn nhân dịp sinh nhật mình.", None),
    ("Bố tôi khao cả nhà đi ăn nhân dịp sinh nhật mình.", None),
    ("Mẹ tôi khao cả nhà nhân dịp sinh nhật cô ấy.", None),
    ("Bố tôi khao cả nhà đi ăn nhân dịp sinh nhật anh ấy.", None),
    ("Để tôi bao cả phòng.", None), ("Anh ấy đã bao cả phòng.", None), ("Hôm qua anh ấy bao cả phòng.", None),
    ("Lần này sếp bao nhé.", None), ("Sếp phải khao cả phòng nhé.", None), ("Sếp sẽ khao cả phòng nhé.", None),
    ("Đến lượt sếp khao nhé.", None), ("Lần sau sếp mời nha.", None),
    # reviewed, still taken: "mình" of the speaker's own, a pronoun's own birthday, "bao" with what to
    ("Tôi khao cả nhà đi ăn nhân dịp sinh nhật mình.", "I treated the whole family to a meal for my birthday."),
    ("Sếp đã bao cả phòng đi ăn.", "The boss treated the whole office to a meal."),
    ("Tôi đã khao bọn mình đi ăn.", "I treated us to a meal."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Để tôi điều trị mọi người.", "Sếp điều trị toàn bộ văn phòng cho chương trình khuyến khích của mình.",
    # "Mẹ tôi điều trị toàn bộ gia đình vào chậu nóng.", "Cô ấy vừa điều trị chúng tôi ăn trưa.", "Chúng ta hãy điều
    # trị cho bạn ăn tối.", "Cha tôi điều trị chúng tôi cho bữa tối hôm qua.", "Lan sẽ điều trị cho mọi người pizza."
    ("Let me treat everyone.", "Để tôi khao mọi người."),
    ("Let me treat you.", "Để tôi khao bạn."),
    ("Let me treat you to coffee.", "Để tôi khao bạn cà phê."),
    ("Let us treat you to dinner.", "Để chúng tôi khao bạn đi ăn tối."),
    ("The boss treated the whole office to a meal for his promotion.",
     "Sếp đã khao cả phòng đi ăn vì được thăng chức."),
    ("My boss treated the whole office to dinner to celebrate her promotion.",
     "Sếp tôi đã khao cả phòng đi ăn tối vì được thăng chức."),
    ("Lan treated the whole class to ice cream because she passed the exam.", "Lan đã khao cả lớp kem vì thi đỗ."),
    ("We treated the whole team to beer because we got a pay rise.",
     "Chúng tôi đã khao cả đội bia vì được tăng lương."),
    ("He treated the whole class to ice cream for his birthday.",
     "Anh ấy đã khao cả lớp kem nhân dịp sinh nhật anh ấy."),
    ("My mother treated the whole family to hotpot.", "Mẹ tôi đã khao cả nhà đi ăn lẩu."),
    ("My father treated us to dinner yesterday.", "Hôm qua bố tôi khao chúng tôi đi ăn tối."),
    ("He just treated us to coffee.", "Anh ấy vừa khao chúng tôi cà phê."),
    ("She's just treated us to lunch.", "Cô ấy vừa khao chúng tôi đi ăn trưa."),
    ("We'll treat the whole class to bubble tea.", "Chúng tôi sẽ khao cả lớp trà sữa."),
    ("We'll treat the whole class to bubble tea tomorrow.", "Ngày mai chúng tôi sẽ khao cả lớp trà sữa."),
    ("I'm going to treat my mother to lunch tomorrow.", "Ngày mai tôi sẽ khao mẹ tôi đi ăn trưa."),
    ("Lan is going to treat everyone to pizza.", "Lan sẽ khao mọi người pizza."),
    ("My boss wants to treat the whole team to dinner.", "Sếp tôi muốn khao cả đội đi ăn tối."),
    ("She has to treat everyone to a meal.", "Cô ấy phải khao mọi người đi ăn."),
    # v8: "Bạn có thể điều trị lần kế tiếp.", "Hôm nay cô ấy đang điều trị.", "Lan đang điều trị thời gian này.",
    # "Thời gian điều trị cuối cùng.", "Hôm nay ai đang điều trị?", "Tôi sẽ đối xử lần kế tiếp."
    ("You can treat next time.", "Lần sau bạn mời nhé."),
    ("She's treating today.", "Hôm nay cô ấy mời."),
    ("Lan is treating this time.", "Lần này Lan mời."),
    ("They are treating next time.", "Lần sau họ mời."),
    ("I'll treat next time.", "Lần sau tôi sẽ mời."),
    ("Lan treated last time.", "Lần trước Lan mời rồi."),
    ("Who's treating today?", "Hôm nay ai mời?"),
    ("Who treated last time?", "Lần trước ai mời?"),
    ("Who'll treat next time?", "Lần sau ai sẽ mời?"),
    # v8: "Đó là lần lượt bạn đối xử.", "Đến lần sau thì Lan Lan sẽ trở thành điều trị.", "Đó là điều trị của mẹ tôi
    # hôm nay.", "Ai có thể chữa trị được không?"
    ("It's your turn to treat.", "Đến lượt bạn mời."),
    ("It's Lan's turn to treat next time.", "Lần sau đến lượt Lan mời."),
    ("It's my mother's treat today.", "Hôm nay mẹ tôi mời."),
    ("It's the boss's treat today.", "Hôm nay sếp mời."),
    ("Whose turn is it to treat?", "Đến lượt ai mời?"),
    ("Whose turn is it to treat next time?", "Lần sau đến lượt ai mời?"),
    # v8: "Đó là điều trị của tôi hôm nay, không trả tiền."
    ("It's my treat today, don't pay.", "Hôm nay tôi mời, bạn đừng trả tiền."),
    ("It is my treat this time, please don't pay.", "Lần này tôi mời, bạn đừng trả tiền nhé."),
    ("It's my treat, you don't need to pay.", "Tôi mời, bạn không cần trả tiền."),
    # v8: "Bạn cũng hãy cho tôi một điều trị.", "Tôi owe bạn ăn bữa.", "Cô ấy vẫn kêu meo meo một điều trị.", "Tôi
    # owe bạn một cà phê."
    ("You owe me a treat.", "Bạn nợ tôi một chầu."),
    ("I owe you a meal.", "Tôi nợ bạn một bữa."),
    ("She still owes me a treat.", "Cô ấy vẫn còn nợ tôi một chầu."),
    ("I still owe you a meal.", "Tôi vẫn còn nợ bạn một bữa."),
    ("The boss owes the whole office a meal.", "Sếp nợ cả phòng một bữa."),
    ("I owe you a coffee.", "Tôi nợ bạn một ly cà phê."),
    # not: invited (mt/parties.py), treated with nothing to or for (a doctor, or how?), a pet, verbs not agreeing, a
    # reason not who's own, a habit ("treat", "treats"), a day not the tense's, whom as who, a "?" on a statement,
    # "treat" as a sweet or as care, the other way's language
    ("He invited me to dinner.", None), ("She treated me.", None), ("The doctor treated my mother.", None),
    ("She treated him badly.", None), ("My dog treated us to dinner.", None), ("She treat us to dinner.", None),
    ("He have just treated us to coffee.", None), ("He want to treat us to dinner.", None),
    ("My mother treated the whole family to dinner for his promotion.", None),
    ("I treated everyone for her promotion.", None),
    ("He treated the whole office to dinner because she got promoted.", None), ("You treat next time.", None),
    ("Lan treated today.", None), ("Who treats today?", None), ("It's my dog's treat.", None),
    ("You owes me a treat.", None), ("My parents treat us to dinner every week.", None),
    ("Let me treat your illness.", None), ("We'll treat the whole class to bubble tea yesterday.", None),
    ("She treated us to dinner tomorrow.", None), ("Dogs love a treat.", None), ("I treated me to dinner.", None),
    ("It's my treat today, don't pay?", None), ("You can treat last time.", None), ("Để tôi khao cả nhóm.", None),
    # reviewed: who's own birthday after kin or the boss said as who ("sinh nhật cô ấy" is not one's mother's), "để"
    # mid-sentence in small letters
    ("My mother treated us to lunch for her birthday.",
     "Mẹ tôi đã khao chúng tôi đi ăn trưa nhân dịp sinh nhật mẹ tôi."),
    ("My father treated us to dinner for his birthday.",
     "Bố tôi đã khao chúng tôi đi ăn tối nhân dịp sinh nhật bố tôi."),
    ("My younger brother treated us to ice cream for his birthday.",
     "Em trai tôi đã khao chúng tôi kem nhân dịp sinh nhật em trai tôi."),
    ("The boss treated us to lunch for his birthday.", "Sếp đã khao chúng tôi đi ăn trưa nhân dịp sinh nhật sếp."),
    ("My father treated us to lunch for her birthday.",
     "Bố tôi đã khao chúng tôi đi ăn trưa nhân dịp sinh nhật cô ấy."),
    ("Let me treat you today.", "Hôm nay để tôi khao bạn."),
    ("Let me treat you to coffee tonight.", "Tối nay để tôi khao bạn cà phê."),
    # reviewed, left: a pet treated (a pet's treat is a snack), "Let me" but you or a group with nothing to or for
    # ("Let me treat him.": a doctor?), "I" treating "us" (chúng tôi, or chúng ta?)
    ("I owe my dog a treat.", None), ("Lan owes her dog a treat.", None), ("Let me treat my cat.", None),
    ("I treated my dog to ice cream.", None), ("Let me treat him.", None), ("Let me treat her.", None),
    ("Let me treat them.", None), ("Let me treat my mother.", None), ("Let me treat Lan.", None),
    ("Let me treat us.", None), ("I treated us to dinner.", None), ("Let me treat us to dinner.", None),
    # reviewed, still taken: "Let me" with whom to what
    ("Let me treat her to dinner.", "Để tôi khao cô ấy đi ăn tối."),
    ("Let me treat the whole team.", "Để tôi khao cả đội."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
