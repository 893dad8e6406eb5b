"""U-turns allowed, banned or told, fines for one or for going against the traffic, one-way streets, and going the
wrong way down one, both ways (mt/u_turns.py)."""
import pytest

from mt.u_turns import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The car is not turned here.", "There was banned to turn the head.", "Burping the car head."
    ("Ở đây không được quay đầu xe.", "You can't do a U-turn here."),
    ("Không được quay đầu xe ở đây.", "You can't do a U-turn here."),
    ("Ở đây cấm quay đầu.", "You can't do a U-turn here."),
    ("Chỗ này không được quay đầu xe đâu.", "You can't do a U-turn here."),
    ("Ở ngã tư này không được quay đầu xe.", "You can't do a U-turn at this intersection."),
    ("Trên cầu không được quay đầu.", "You can't do a U-turn on the bridge."),
    ("Không được quay đầu xe.", "You can't do a U-turn."),
    ("Cấm quay đầu.", "No U-turns."),
    ("Cấm quay đầu xe.", "No U-turns."),
    ("Cấm quay đầu!", "No U-turns!"),
    # v8: "Is it turned to start a car?"
    ("Ở đây có được quay đầu xe không?", "Are U-turns allowed here?"),
    ("Ở đây quay đầu xe được không?", "Are U-turns allowed here?"),
    ("Ở ngã tư kia có được quay đầu không?", "Are U-turns allowed at that intersection?"),
    ("Ở đây được quay đầu xe.", "U-turns are allowed here."),
    # v8: "Rotates at that intersection.", "Rotate the start of the car here.", "Don't turn to the start of the car
    # here.", "Where can I turn the car head?"
    ("Quay đầu ở ngã tư kia.", "Make a U-turn at that intersection."),
    ("Quay đầu xe ở đây.", "Make a U-turn here."),
    ("Hãy quay đầu xe ở ngã tư tiếp theo.", "Make a U-turn at the next intersection."),
    ("Quay đầu ở vòng xuyến nhé.", "Make a U-turn at the roundabout."),
    ("Đừng quay đầu xe ở đây.", "Don't make a U-turn here."),
    ("Đừng quay đầu ở ngã tư này.", "Don't make a U-turn at this intersection."),
    ("Tôi có thể quay đầu xe ở đâu?", "Where can I make a U-turn?"),
    ("Chúng ta có thể quay đầu ở đâu?", "Where can we make a U-turn?"),
    # v8: "I was punished for turning wrong.", "He was punished for the wrong car turn.", "Do you punish the wrong
    # head?", "Yesterday, my father was punished for going back."
    ("Tôi bị phạt vì quay đầu sai chỗ.", "I was fined for making an illegal U-turn."),
    ("Anh ấy bị phạt vì quay đầu xe sai quy định.", "He was fined for making an illegal U-turn."),
    ("Bố tôi bị phạt vì quay đầu xe trái phép.", "My father was fined for making an illegal U-turn."),
    ("Lan bị phạt tiền vì quay đầu ở chỗ cấm.", "Lan was fined for making an illegal U-turn."),
    ("Chúng tôi bị phạt vì quay đầu ở đây.", "We were fined for making a U-turn here."),
    ("Bạn có bị phạt vì quay đầu sai chỗ không?", "Did you get fined for making an illegal U-turn?"),
    ("Hôm qua bố tôi bị phạt vì đi ngược chiều.", "My father was fined for going against the traffic yesterday."),
    ("Cô ấy vừa bị phạt vì đi ngược chiều trên đường một chiều.",
     "She's just been fined for going the wrong way down a one-way street."),
    ("Tôi đã bị phạt vì lái xe ngược chiều tuần trước.", "I was fined for driving against the traffic last week."),
    ("Mẹ tôi có bị phạt vì đi ngược chiều không?", "Did my mother get fined for going against the traffic?"),
    # v8: "This line is a dimension line.", "This is a dimension line.", "Is this line a dimension line?"
    ("Đường này là đường một chiều.", "This is a one-way street."),
    ("Đây là đường một chiều.", "This is a one-way street."),
    ("Đó là đường một chiều.", "That's a one-way street."),
    ("Phố này là phố một chiều.", "This is a one-way street."),
    ("Đường này một chiều.", "This street is one-way."),
    ("Đường này đi một chiều.", "This street is one-way."),
    ("Đường này có phải là đường một chiều không?", "Is this a one-way street?"),
    ("Đây có phải đường một chiều không?", "Is this a one-way street?"),
    ("Đường này là đường một chiều à?", "Is this a one-way street?"),
    ("Đường này một chiều à?", "Is this street one-way?"),
    ("Đường này không phải là đường một chiều.", "This isn't a one-way street."),
    ("Đường trước nhà tôi là đường một chiều.", "The street in front of my house is one-way."),
    ("Đường trước nhà bạn có phải là đường một chiều không?", "Is the street in front of your house one-way?"),
    # v8: "He's going on the opposite direction.", "Lan turned up one-way street."
    ("Anh ấy đang đi ngược chiều.", "He's going against the traffic."),
    ("Bạn đang đi ngược chiều đấy!", "You're going against the traffic!"),
    ("Bố tôi đang lái xe ngược chiều.", "My father is driving against the traffic."),
    ("Bạn có đang đi ngược chiều không?", "Are you going against the traffic?"),
    ("Chúng tôi đang đạp xe ngược chiều.", "We're cycling against the traffic."),
    ("Lan đã đi ngược chiều trên đường một chiều.", "Lan went the wrong way down a one-way street."),
    ("Hôm qua anh ấy đi ngược chiều vào đường một chiều.",
     "He went the wrong way down a one-way street yesterday."),
    # v8: "Cannot go back."
    ("Đừng đi ngược chiều.", "Don't go against the traffic."),
    ("Đừng lái xe ngược chiều trên đường một chiều nhé.", "Don't drive the wrong way down a one-way street."),
    # not: "quay đầu" with no car and no road place (don't look back, turn your head), "quay đầu xe lại" and a command
    # with no place (turned the car round?), going the wrong way with no word of tense (is going, or went?), opposite
    # ways ("ngược chiều nhau", "với"), anticlockwise, "Tôi có bị phạt …?" (was I, or will I be?), fines for other
    # reasons (mt/fines.py), "anh" alone saying it, a pet, a one-way ticket, "?" on a statement, no "có" asking
    ("Không được quay đầu.", None), ("Đừng quay đầu.", None), ("Đừng quay đầu ở đây.", None),
    ("Quay đầu xe lại.", None), ("Quay đầu xe đi.", None), ("Anh ấy quay đầu xe.", None),
    ("Anh ấy đi ngược chiều.", None), ("Lan đi ngược chiều trên đường một chiều.", None),
    ("Hai xe đi ngược chiều nhau.", None), ("Tôi đi ngược chiều với anh ấy.", None),
    ("Quay ngược chiều kim đồng hồ.", None), ("Tôi có bị phạt vì quay đầu sai chỗ không?", None),
    ("Tôi bị phạt vì chạy quá tốc độ.", None), ("Anh bị phạt vì quay đầu sai chỗ.", None),
    ("Con chó đang đi ngược chiều.", None), ("Tôi mua vé một chiều.", None),
    ("Ở đây không được quay đầu xe?", None), ("Đường này là đường một chiều?", None),
    ("Bạn bị phạt vì quay đầu sai chỗ không?", None), ("Đây một chiều.", None),
    ("Ở đây không được quay đầu xe không?", None), ("Anh ấy đang đi ngược chiều hôm qua.", None),
    # ("nhỉ": asks to be agreed with)
    ("Đường này là đường một chiều nhỉ.", None),
    ("This is a one-way street.", None), ("Quay đầu đầu quay một chiều.", None),
    # (no car, no place, said to someone: "no turning round!" in a game, too)
    ("Cấm quay đầu nhé.", None), ("Cấm quay đầu đấy.", None), ("Cấm quay đầu xe đấy.", "No U-turns."),
    # (the verb first, asked: a request to the driver, "Could you turn round here?", as "Can you make a U-turn here?")
    ("Quay đầu xe được không?", None), ("Quay đầu xe ở đây được không?", None),
    ("Quay đầu ở ngã tư kia được không?", None),
    # (today is not all behind: is going, went, or will go?)
    ("Hôm nay tôi đi ngược chiều.", None), ("Sáng nay tôi đi ngược chiều.", None),
    ("Sáng nay tôi đã đi ngược chiều.", "I went against the traffic this morning."),
    # ("thế", "vậy" ending a statement say more: so, then; mt.text.STRESSED_SAID)
    ("Anh ấy đang đi ngược chiều vậy.", None), ("Tôi bị phạt vì đi ngược chiều thế.", None),
    ("Đường này là đường một chiều vậy.", None), ("Cấm quay đầu thế.", None),
    ("Bạn có đang đi ngược chiều không vậy?", "Are you going against the traffic?"),
    # (we asking, as I: were we, or will we be?)
    ("Chúng ta có bị phạt vì quay đầu ở đây không?", None), ("Chúng tôi có bị phạt vì đi ngược chiều không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn không thể đảo ngược ở đây.", "Không đảo ngược.", "Không cho phép đảo ngược chiều ở đây.", "Tôi có thể
    # quay ở đây không?"
    ("You can't do a U-turn here.", "Ở đây không được quay đầu xe."),
    ("You can't make a U-turn at this intersection.", "Ở ngã tư này không được quay đầu xe."),
    ("You cannot do a U-turn on this road.", "Trên đường này không được quay đầu xe."),
    ("You're not allowed to make a U-turn here.", "Ở đây không được quay đầu xe."),
    ("You aren't allowed to make a U-turn on the bridge.", "Trên cầu không được quay đầu xe."),
    ("You mustn't make a U-turn here.", "Ở đây không được quay đầu xe."),
    ("You can't do a U-turn.", "Không được quay đầu xe."),
    ("You can do a U-turn here.", "Ở đây được quay đầu xe."),
    ("U-turns are not allowed here.", "Ở đây không được quay đầu xe."),
    ("U-turns aren't allowed at this intersection.", "Ở ngã tư này không được quay đầu xe."),
    ("U-turns are allowed here.", "Ở đây được quay đầu xe."),
    ("Are U-turns allowed here?", "Ở đây có được quay đầu xe không?"),
    ("No U-turns.", "Cấm quay đầu xe."),
    ("No U-turns here.", "Ở đây cấm quay đầu xe."),
    ("Can I make a U-turn here?", "Ở đây có được quay đầu xe không?"),
    ("Can we do a U-turn at the next intersection?", "Ở ngã tư tiếp theo có được quay đầu xe không?"),
    # v8: "Làm đường dẫn U-turn ở giao điểm đó.", "Để quay ở đây.", "Đừng đảo ngược ở đây.", "Tôi có thể dẫn đường
    # U-turn ở đâu?"
    ("Make a U-turn at that intersection.", "Quay đầu xe ở ngã tư kia."),
    ("Make a U-turn here.", "Quay đầu xe ở đây."),
    ("Do a U-turn at the roundabout.", "Quay đầu xe ở vòng xuyến."),
    ("Make a U-turn.", "Quay đầu xe."),
    ("Don't make a U-turn here.", "Đừng quay đầu xe ở đây."),
    ("Do not make a U-turn at this intersection.", "Đừng quay đầu xe ở ngã tư này."),
    ("Where can I make a U-turn?", "Tôi có thể quay đầu xe ở đâu?"),
    # v8: "Tôi đã tốt để tạo ra một đường U-turn bất hợp pháp.", "Cha tôi tốt đẹp khi đi xuống đường một chiều.",
    # "Bạn tốt hơn để tạo ra một đường U-turn bất hợp pháp?"
    ("I was fined for making an illegal U-turn.", "Tôi bị phạt vì quay đầu sai chỗ."),
    ("He was fined for doing an illegal U-turn.", "Anh ấy bị phạt vì quay đầu sai chỗ."),
    ("Lan was fined for an illegal U-turn.", "Lan bị phạt vì quay đầu sai chỗ."),
    ("My father got fined for going the wrong way down a one-way street.",
     "Bố tôi bị phạt vì đi ngược chiều trên đường một chiều."),
    ("We were fined for making a U-turn here.", "Chúng tôi bị phạt vì quay đầu xe ở đây."),
    ("She's just been fined for going against the traffic.", "Cô ấy vừa bị phạt vì đi ngược chiều."),
    ("My mother just got fined for driving the wrong way.", "Mẹ tôi vừa bị phạt vì lái xe ngược chiều."),
    ("I was fined for driving against the traffic yesterday.", "Hôm qua tôi bị phạt vì lái xe ngược chiều."),
    ("Were you fined for making an illegal U-turn?", "Bạn có bị phạt vì quay đầu sai chỗ không?"),
    ("Did your father get fined for going against the traffic?", "Bố bạn có bị phạt vì đi ngược chiều không?"),
    # v8: "Đây có đường một chiều không?", "Đường phố này là một đường."
    ("This is a one-way street.", "Đây là đường một chiều."),
    ("That's a one-way street.", "Đó là đường một chiều."),
    ("It's a one-way street.", "Đó là đường một chiều."),
    ("This street is one-way.", "Đường này là đường một chiều."),
    ("Is this a one-way street?", "Đây có phải là đường một chiều không?"),
    ("Is this street one-way?", "Đường này có phải là đường một chiều không?"),
    ("This isn't a one-way street.", "Đây không phải là đường một chiều."),
    ("This street is not one-way.", "Đường này không phải là đường một chiều."),
    ("The street in front of my house is one-way.", "Đường trước nhà tôi là đường một chiều."),
    ("Is the street in front of your house a one-way street?",
     "Đường trước nhà bạn có phải là đường một chiều không?"),
    # v8: "Anh ta đi đường xuống đường một chiều.", "Cô ấy đang lái xe chống nạn buôn người." (human trafficking)
    ("He's going against the traffic.", "Anh ấy đang đi ngược chiều."),
    ("She's driving against the traffic.", "Cô ấy đang lái xe ngược chiều."),
    ("You're going the wrong way down a one-way street!", "Bạn đang đi ngược chiều trên đường một chiều!"),
    ("He was going the wrong way down a one-way street.", "Anh ấy đã đi ngược chiều trên đường một chiều."),
    ("Lan went the wrong way down a one-way street.", "Lan đã đi ngược chiều trên đường một chiều."),
    ("My father drove the wrong way up a one-way street yesterday.",
     "Hôm qua bố tôi đã lái xe ngược chiều trên đường một chiều."),
    ("Are you driving against the traffic?", "Bạn có đang lái xe ngược chiều không?"),
    ("We were cycling against the traffic.", "Chúng tôi đã đạp xe ngược chiều."),
    ("Don't go against the traffic.", "Đừng đi ngược chiều."),
    ("Don't drive the wrong way down a one-way street.", "Đừng lái xe ngược chiều trên đường một chiều."),
    # not: "going the wrong way" alone (lost: mt/mistakes.py), the verb not agreeing ("He were", "She are going",
    # "He go"), "I" asked, "You can make a U-turn." with no place, "we" asking where (chúng tôi, or chúng ta?), a
    # one-way ticket, life as a one-way street, "this is" uncapitalised, a pet, other fines, "?" on a statement
    ("We're going the wrong way.", None), ("He were fined for making an illegal U-turn.", None),
    ("She are going against the traffic.", None), ("He go against the traffic.", None),
    ("Did I get fined for making an illegal U-turn?", None), ("You can make a U-turn.", None),
    ("Where can we make a U-turn?", None), ("I bought a one-way ticket.", None),
    # (a request to the driver, or asking whether it is allowed?)
    ("Can you make a U-turn here?", None),
    ("Love is a one-way street.", None), ("this is a one-way street.", None),
    ("My dog is going against the traffic.", None), ("I was fined for speeding.", None),
    ("This is a one-way street?", None), ("Make a U-turn here?", None),
    ("He's going against the traffic yesterday.", None), ("This is one-way.", None),
    ("U-turns allowed here.", None), ("Are U-turns are allowed here?", None),
    ("He went against the traffic yesterday?", None),
    ("Ở đây không được quay đầu xe.", None), ("U-turn one-way wrong way.", None),
    # ("we" asked: chúng tôi, or chúng ta?)
    ("Did we get fined for making an illegal U-turn?", None), ("Were we fined for going against the traffic?", None),
    ("Are we going against the traffic?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
