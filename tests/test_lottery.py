"""Lotteries and prizes: who won the lottery or a prize, who buys lottery tickets, what one would do if one won, both
ways (mt/lottery.py)."""
import pytest

from mt.lottery import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I took a shock.", "I took the number!", "He hit the most.", "She took three.", "I took it."
    ("Tôi trúng xổ số.", "I won the lottery."),
    ("Tôi trúng số.", "I won the lottery."),
    ("Tôi trúng số rồi!", "I've won the lottery!"),
    ("Chúng tôi trúng số!", "We won the lottery!"),
    ("Anh ấy trúng giải nhất.", "He won first prize."),
    ("Cô ấy trúng giải nhì.", "She won second prize."),
    ("Cô ấy được giải ba.", "She won third prize."),
    ("Cô ấy đoạt giải nhất.", "She won first prize."),
    ("Tôi trúng thưởng.", "I won a prize."),
    ("Mẹ tôi được giải.", "My mother won a prize."),
    ("Chú tôi trúng độc đắc.", "My uncle won the jackpot."),  # (left before stop 66: "chú" was no kin)
    ("Anh ấy trúng giải độc đắc.", "He won the jackpot."),
    ("Bố tôi trúng độc đắc.", "My father won the jackpot."),
    ("Cô ấy trúng thưởng trong đợt bốc thăm may mắn.", "She won a prize in the raffle."),
    # v8: "He took the number of last year.", "Yesterday, Dad I took the number.", "I am hit by the number."
    ("Anh ấy trúng xổ số năm ngoái.", "He won the lottery last year."),
    ("Hôm qua bố tôi trúng số.", "My father won the lottery yesterday."),
    ("Tôi vừa trúng số.", "I've just won the lottery."),
    ("Bác Hùng vừa trúng xổ số.", "Uncle Hung has just won the lottery."),
    # v8: "What do you have?", "Do you have a shock?", "I don't hit anything."
    ("Bạn có trúng gì không?", "Did you win anything?"),
    ("Bạn có trúng số không?", "Did you win the lottery?"),
    ("Anh có trúng số không?", "Did you win the lottery?"),
    ("Tôi không trúng gì cả.", "I didn't win anything."),
    ("Tôi không trúng số.", "I didn't win the lottery."),
    # v8: "You've never hit the number?", "I never hit anything.", "I've never hit."
    ("Bạn đã bao giờ trúng số chưa?", "Have you ever won the lottery?"),
    ("Anh ấy đã bao giờ trúng xổ số chưa?", "Has he ever won the lottery?"),
    ("Tôi chẳng bao giờ trúng cái gì.", "I never win anything."),
    ("Tôi không bao giờ trúng cái gì cả.", "I never win anything."),
    ("Mẹ tôi chẳng bao giờ trúng cái gì.", "My mother never wins anything."),
    ("Tôi chưa bao giờ trúng số.", "I've never won the lottery."),
    # v8: "I bought some tickets.", "My father buys a ticket every week.", "They usually buy digital tickets."
    ("Tôi mua một tờ vé số.", "I bought a lottery ticket."),
    ("Bố tôi mua vé số mỗi tuần.", "My father buys a lottery ticket every week."),
    ("Mẹ tôi mua vé số mỗi ngày.", "My mother buys a lottery ticket every day."),
    ("Họ thường mua vé số.", "They often buy lottery tickets."),
    ("Ông tôi không bao giờ mua vé số.", "My grandfather never buys lottery tickets."),
    ("Bạn có hay mua vé số không?", "Do you often buy lottery tickets?"),
    ("Bạn có mua vé số mỗi tuần không?", "Do you buy a lottery ticket every week?"),
    ("Bác Hùng vừa mua hai tờ vé số.", "Uncle Hung has just bought two lottery tickets."),
    ("Hôm qua tôi mua ba tờ vé số.", "I bought three lottery tickets yesterday."),
    # v8: "I want to buy a digital ticket.", "Tomorrow, I'll buy tickets."
    ("Tôi muốn mua một tờ vé số.", "I want to buy a lottery ticket."),
    ("Họ sẽ mua vé số.", "They'll buy lottery tickets."),
    ("Họ mua vé số mỗi tháng.", "They buy lottery tickets every month."),
    ("Tôi đã trúng số rồi.", "I've won the lottery."),
    ("Ngày mai tôi sẽ mua vé số.", "I'll buy a lottery ticket tomorrow."),
    # v8: "What if you hit a basket, what would you do?"
    ("Nếu trúng xổ số, bạn sẽ làm gì?", "What would you do if you won the lottery?"),
    ("Bạn sẽ làm gì nếu trúng số?", "What would you do if you won the lottery?"),
    ("Nếu bạn trúng số, bạn sẽ làm gì?", "What would you do if you won the lottery?"),
    # not: "anh" alone saying it (the speaker or the listener), tickets of no number said (bought or buys) or asked
    # so, "anything" said, a win ahead, a thing won, a contest named, "đoạt" of the lottery, another who in the "if",
    # "Chú tôi" (mt.hobbies.WHO leaves it), a match won (mt/matches.py), travel tickets (mt/tickets.py)
    ("Tôi trúng số nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh trúng số rồi.", None), ("Tôi mua vé số.", None), ("Bạn có mua vé số không?", None),
    ("Tôi trúng gì.", None), ("Tôi trúng số ngày mai.", None), ("Tôi trúng một chiếc xe máy.", None),
    ("Lan đoạt giải nhất cuộc thi hát.", None), ("Tôi đoạt xổ số.", None),
    ("Nếu anh ấy trúng số, bạn sẽ làm gì?", None),
    ("Bố tôi thỉnh thoảng mua vé số mỗi tuần.", None), ("Tôi vừa trúng số hôm qua.", None),
    ("Chúng tôi thắng rồi.", None), ("Tôi mua vé tàu.", None), ("Bạn có trúng số không.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thắng cuộc rất nhiều.", "Chúng tôi thắng cuộc rất nhiều!" (won a lot)
    ("I won the lottery.", "Tôi trúng xổ số."),
    ("We won the lottery!", "Chúng tôi trúng xổ số!"),
    # v8: "Anh ta giành giải thưởng đầu tiên." (the first prize given), "Cô ta giành giải thưởng thứ hai."
    ("He won first prize.", "Anh ấy đoạt giải nhất."),
    ("She won second prize.", "Cô ấy đoạt giải nhì."),
    ("I won third prize.", "Tôi đoạt giải ba."),
    ("My mother won a prize.", "Mẹ tôi đoạt giải."),
    ("My uncle won the lottery last year.", "Năm ngoái chú tôi trúng xổ số."),
    ("They won the jackpot.", "Họ trúng độc đắc."),
    # v8: "Cô ta giành giải thưởng trong cuộc chạy đua." (in the race)
    ("She won a prize in the raffle.", "Cô ấy trúng thưởng trong đợt bốc thăm may mắn."),
    # v8: "Tôi đã giành được món ăn nhiều hơn vào năm ngoái." (a dish, more)
    ("My father won the lottery last year.", "Năm ngoái bố tôi trúng xổ số."),
    ("I've just won the lottery!", "Tôi vừa trúng xổ số!"),
    ("I just won the lottery!", "Tôi vừa trúng xổ số!"),
    ("My father has won the lottery.", "Bố tôi trúng xổ số rồi."),
    # v8: "Bạn có thắng bất cứ thứ gì không?", "Có phải cô giành được nhiều thứ không?"
    ("Did you win anything?", "Bạn có trúng gì không?"),
    ("Did she win the lottery?", "Cô ấy có trúng xổ số không?"),
    ("Did you win a prize?", "Bạn có đoạt giải không?"),
    ("I didn't win anything.", "Tôi không trúng gì cả."),
    # v8: "Bạn từng giành chiến thắng nhiều à chưa?", "Tôi chưa bao giờ thắng nhiều."
    ("Have you ever won the lottery?", "Bạn đã bao giờ trúng xổ số chưa?"),
    ("Has she ever won the lottery?", "Cô ấy đã bao giờ trúng xổ số chưa?"),
    ("I've never won the lottery.", "Tôi chưa bao giờ trúng xổ số."),
    ("I never win anything.", "Tôi chẳng bao giờ trúng cái gì."),
    ("He never wins anything.", "Anh ấy chẳng bao giờ trúng cái gì."),
    # v8: "Tôi mua vé nhiều hơn." (more tickets), "Cha tôi mua vé nhiều hơn mỗi tuần.", "… hai tấm vé lớn." (big)
    ("I bought a lottery ticket.", "Tôi mua một tờ vé số."),
    ("I bought two lottery tickets.", "Tôi mua hai tờ vé số."),
    ("My father buys a lottery ticket every week.", "Bố tôi mua một tờ vé số mỗi tuần."),
    ("She buys lottery tickets every day.", "Cô ấy mua vé số mỗi ngày."),
    ("He sometimes buys lottery tickets.", "Anh ấy thỉnh thoảng mua vé số."),
    ("I don't buy lottery tickets.", "Tôi không mua vé số."),
    ("She doesn't buy lottery tickets.", "Cô ấy không mua vé số."),
    # v8: "Bạn có mua vé nhiềutery không?", "Tôi muốn mua vé nhiều hơn.", "Tôi sẽ mua vé nhiều hơn ngày mai."
    ("Do you buy lottery tickets?", "Bạn có mua vé số không?"),
    ("Does he buy lottery tickets?", "Anh ấy có mua vé số không?"),
    ("Did you buy a lottery ticket yesterday?", "Hôm qua bạn có mua một tờ vé số không?"),
    ("I'd like to buy a lottery ticket.", "Tôi muốn mua một tờ vé số."),
    ("He wants to buy a lottery ticket.", "Anh ấy muốn mua một tờ vé số."),
    ("I'll buy a lottery ticket tomorrow.", "Ngày mai tôi sẽ mua một tờ vé số."),
    ("I just bought a lottery ticket.", "Tôi vừa mua một tờ vé số."),
    # v8: "Bạn sẽ làm gì nếu bạn thắng nhiều hơn?" (won more)
    ("What would you do if you won the lottery?", "Bạn sẽ làm gì nếu trúng xổ số?"),
    # not: a verb that does not agree, tickets and their number that do not, a win ahead, "anything" said, a thing
    # won, a contest named, another who in the "if", "uncle" (chú, bác or cậu), a match won (mt/matches.py)
    ("He never win anything.", None), ("Have she ever won the lottery?", None), ("Does he buys lottery tickets?", None),
    ("My father have won the lottery.", None), ("She buy lottery tickets every day.", None),
    ("He want to buy a lottery ticket.", None), ("Did he wins the lottery?", None),
    ("I bought two lottery ticket.", None), ("I won the lottery tomorrow.", None), ("I won anything.", None),
    ("I won a car.", None), ("She won first prize in the singing contest.", None),
    ("What would you do if he won the lottery?", None),
    ("We won the match.", None), ("I bought a train ticket.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
