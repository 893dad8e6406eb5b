"""Asking leave to do something, and the answer, both ways (mt/permission.py)."""
import pytest

from mt.permission import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Can you out of play?", "Can I enter?", "Can I get back early today?", "Can't you out of play?"
    ("Con ra ngoài chơi được không?", "Can I go out to play?"),
    ("Con ra ngoài chơi được không ạ?", "Can I go out to play?"),
    ("Con đi chơi được không?", "Can I go out to play?"),
    ("Tối nay con đi chơi được không?", "Can I go out to play tonight?"),
    ("Cho con đi chơi được không?", "Can I go out to play?"),
    ("Tôi vào được không?", "Can I come in?"),
    ("Tôi có thể vào được không?", "Can I come in?"),
    ("Hôm nay tôi về sớm được không?", "Can I leave early today?"),
    ("Tôi có thể về sớm hôm nay không?", "Can I leave early today?"),
    ("Thứ Sáu tôi về sớm được không?", "Can I leave early on Friday?"),
    ("Tôi xin phép về sớm được không?", "May I leave early?"),
    ("Em đi vệ sinh được không ạ?", "Can I go to the toilet?"),
    ("Cho em đi vệ sinh được không ạ?", "Can I go to the toilet?"),
    ("Cháu vào được không ạ?", "Can I come in?"),
    ("Con xem ti vi được không?", "Can I watch TV?"),
    # v8: "Have I gone yet?", "Have I got back yet?", "Can I get the same one?", "Tomorrow, can I get a break?"
    ("Tôi đi được chưa?", "Can I go now?"),
    ("Tôi về được chưa?", "Can I go home now?"),
    ("Tôi đi cùng được không?", "Can I come along?"),
    ("Tôi đi cùng bạn được không?", "Can I come with you?"),
    ("Ngày mai tôi nghỉ được không?", "Can I take tomorrow off?"),
    ("Tôi nghỉ một ngày được không?", "Can I take a day off?"),
    ("Tôi hỏi bạn một câu được không?", "Can I ask you a question?"),
    ("Chúng tôi vào được không?", "Can we come in?"),
    # v8: "Can I enter my mother?", "Can't he come?", "Can't Lan go to play?"
    ("Mẹ tôi vào được không?", "Can my mother come in?"),
    ("Anh ấy vào được không?", "Can he come in?"),
    ("Lan đi chơi được không?", "Can Lan go out?"),
    ("Bạn có phiền nếu tôi về sớm không?", "Do you mind if I leave early?"),
    ("Bạn có phiền nếu mẹ tôi vào không?", "Do you mind if my mother comes in?"),
    # v8: "You can enter.", "You cannot enter.", "You are not allowed here."
    ("Bạn có thể vào.", "You can come in."),
    ("Bạn không được vào.", "You can't come in."),
    ("Bạn không được phép vào đây.", "You're not allowed to come in here."),
    ("Mẹ tôi được phép về sớm.", "My mother is allowed to leave early."),
    ("Ngày mai bạn không được ra ngoài.", "You can't go out tomorrow."),
    # v8: "That's true.", "It's natural to be.", "None, you can't.", "Invite in.", "Go."
    ("Được chứ.", "Sure."),
    ("Tất nhiên là được.", "Of course."),
    ("Không, bạn không được.", "No, you can't."),
    ("Mời vào.", "Come in."),
    ("Vào đi.", "Come in."),
    # not: "anh", "em", "cháu" alone asking (the speaker, or you?), "bạn" asking, "mình" (I or we), "con" saying (I
    # or you?), a bare "không được", a day behind, "nghỉ" with no day (a break?), "được chưa" with a day, "được" alone
    # said, sitting (mt/seats.py's), a window (mt/doors.py's), "nhé?", what is not asked leave for
    ("Bạn có thể vào nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh vào được không?", None), ("Em vào được không?", None), ("Cháu vào được không?", None),
    ("Bạn vào được không?", None), ("Mình đi được không?", None), ("Con không được ra ngoài.", None),
    ("Không được.", None), ("Hôm qua tôi về sớm được không?", None), ("Tôi nghỉ được không?", None),
    ("Hôm nay tôi đi được chưa?", None), ("Bạn được vào.", None), ("Tôi ngồi đây được không?", None),
    ("Tôi mở cửa sổ được không?", None), ("Tôi vào nhé?", None), ("Tôi xin phép về sớm không?", None),
    ("Tôi vào được không.", None), ("Tôi đi chơi với bạn bè được không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có thể rời khỏi sớm hôm nay không?", "Nếu tôi ngồi đây không?", "Tôi có thể đi ra và chơi không?"
    ("May I leave early today?", "Hôm nay tôi về sớm được không?"),
    ("Can I leave early?", "Tôi về sớm được không?"),
    ("Can I leave early today, please?", "Hôm nay tôi về sớm được không?"),
    ("Can I leave early on Friday?", "Tôi về sớm vào thứ Sáu được không?"),
    ("Can I go out to play?", "Tôi ra ngoài chơi được không?"),
    ("Can I go out and play?", "Tôi ra ngoài chơi được không?"),
    ("Is it okay if I sit here?", "Tôi ngồi đây được không?"),
    ("Is it OK if I come in?", "Tôi vào được không?"),
    ("Is it all right if I leave early today?", "Hôm nay tôi về sớm được không?"),
    ("Is it okay if she leaves early?", "Cô ấy về sớm được không?"),
    # v8: "Tôi có thể sử dụng phòng tắm không?" (the bath), "Tôi đi vệ sinh không?", "Chúng ta có thể đến được không?"
    ("Can I use the bathroom?", "Tôi đi vệ sinh được không?"),
    ("May I go to the toilet?", "Tôi đi vệ sinh được không?"),
    ("Can we come in?", "Chúng tôi vào được không?"),
    ("May we come in?", "Chúng tôi vào được không?"),
    ("Can my sister come in?", "Em gái tôi vào được không?"),
    ("Can he go out to play?", "Anh ấy ra ngoài chơi được không?"),
    # v8: "Giờ đây tôi có thể đi không?", "Có thể xem ti-vi không?", "Tôi có thể mất ngày mai không?" (lose)
    ("Can I go now?", "Bây giờ tôi đi được không?"),
    ("Can I go home now?", "Bây giờ tôi về được không?"),
    ("Can I watch TV?", "Tôi xem ti vi được không?"),
    ("Can I stay up late?", "Tôi thức khuya được không?"),
    ("Could I come with you?", "Tôi đi cùng bạn được không?"),
    ("Can I take tomorrow off?", "Ngày mai tôi nghỉ được không?"),
    ("Can I have the day off tomorrow?", "Ngày mai tôi nghỉ được không?"),
    ("May I take a day off?", "Tôi nghỉ một ngày được không?"),
    # v8: "Bạn có nhớ nếu tôi rời khỏi sớm không?" (remember)
    ("Do you mind if I leave early?", "Bạn có phiền nếu tôi về sớm không?"),
    ("Do you mind if my mother comes in?", "Bạn có phiền nếu mẹ tôi vào không?"),
    # v8: "Bạn có thể đến.", "Bạn không được phép đi ra."
    ("You can come in.", "Bạn có thể vào."),
    ("You can't come in.", "Bạn không được vào."),
    ("You may go now.", "Bây giờ bạn có thể đi."),
    ("You're not allowed to go out.", "Bạn không được phép ra ngoài."),
    ("My sister is allowed to stay up late.", "Em gái tôi được phép thức khuya."),
    ("She isn't allowed to go out tonight.", "Tối nay cô ấy không được phép ra ngoài."),
    # v8: "Tất nhiên là bạn có thể.", "Không, bạn có thể không.", "Đương nhiên, đi phía trước.", "Thôi nào."
    ("Of course you can.", "Tất nhiên là được."),
    ("Yes, you can.", "Được chứ."),
    ("No, you may not.", "Không, không được."),
    ("No, you can't.", "Không, không được."),
    ("Sure, go ahead.", "Được, cứ tự nhiên."),
    ("Come in.", "Mời vào."),
    ("Please come in.", "Mời vào."),
    # not: "you" asking (a favour, not leave), the verb not agreeing, "can" of anyone but you (able?), a day behind, a
    # day off with no day, "Do you mind if I sit here?" (mt/seats.py's), "Can I sit here?" (v8 is right), what is not
    # one of the acts, "Of course."
    ("Can you come in?", None), ("Is it okay if she leave early?", None), ("Is it okay if I leaves early?", None),
    ("Can she comes in?", None), ("I can't go out.", None), ("She are allowed to go out.", None),
    ("Can I leave early yesterday?", None), ("Can I have the day off?", None), ("Do you mind if I sit here?", None),
    ("Can I sit here?", None), ("Can I open the window?", None), ("Can I go out with my friends?", None),
    ("Of course.", None), ("Can he takes tomorrow off?", None), ("You can take tomorrow off.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
