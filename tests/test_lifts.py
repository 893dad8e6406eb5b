"""Lifts, stairs and the floors of a building, both ways (mt/lifts.py)."""
import pytest

from mt.lifts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Where do you change?", "Is elevator?", "Is this home elevator?"
    ("Cầu thang ở đâu?", "Where are the stairs?"),
    ("Thang bộ ở đâu?", "Where are the stairs?"),
    ("Có thang máy không?", "Is there a lift?"),
    ("Tòa nhà này có thang máy không?", "Does this building have a lift?"),
    # v8: "Let's go to the elevator.", "Let's walk.", "Do we go to the elevator?"
    ("Chúng ta đi thang máy nhé.", "Let's take the lift."),
    ("Chúng ta đi thang bộ đi.", "Let's take the stairs."),
    ("Chúng ta hãy đi thang bộ.", "Let's take the stairs."),
    ("Chúng ta đi thang máy lên tầng năm nhé.", "Let's take the lift up to the fifth floor."),
    ("Chúng ta đi thang máy nhé?", "Shall we take the lift?"),
    # v8: "I walked the stairs.", "I'll walk up.", "He won't go to the elevator."
    ("Tôi đi thang bộ.", "I'll take the stairs."),
    ("Tôi sẽ đi thang bộ.", "I'll take the stairs."),
    ("Anh ấy sẽ không đi thang máy.", "He won't take the lift."),
    # v8: "My mother had gone to the elevator to the tenth floor.", "We went to the elevator to the stagnant.", "He
    # walked into the fifth grade.", "I escalated the stairs for five years."
    ("Mẹ tôi đã đi thang máy lên tầng mười.", "My mother took the lift up to the tenth floor."),
    ("Chúng tôi đã đi thang máy xuống tầng trệt.", "We took the lift down to the ground floor."),
    ("Anh ấy đã đi bộ lên tầng năm.", "He walked up to the fifth floor."),
    ("Tôi đã đi bộ lên cầu thang.", "I walked up the stairs."),
    ("Tôi đã leo cầu thang lên tầng năm.", "I climbed the stairs to the fifth floor."),
    ("Bà tôi không leo được cầu thang.", "My grandmother can't climb the stairs."),
    # v8: "Do you want to go to the elevator?", "I want to walk my ladder.", "We have to walk our ladder."
    ("Bạn có muốn đi thang máy không?", "Do you want to take the lift?"),
    ("Bố tôi muốn đi thang bộ.", "My father wants to take the stairs."),
    ("Tôi không muốn đi thang máy.", "I don't want to take the lift."),
    ("Chúng tôi phải đi thang bộ.", "We have to take the stairs."),
    ("Lan luôn đi thang bộ.", "Lan always takes the stairs."),
    ("Tôi không bao giờ đi thang máy.", "I never take the lift."),
    # v8: "The office in the fifth grade.", "What's the hygiene?", "The root is in the diversion.", "The typhoon was
    # in the basement."
    ("Văn phòng ở tầng năm.", "The office is on the fifth floor."),
    ("Văn phòng của tôi ở tầng ba.", "My office is on the third floor."),
    ("Nhà vệ sinh ở tầng mấy?", "Which floor is the toilet on?"),
    ("Phòng của bạn ở tầng nào?", "Which floor is your room on?"),
    ("Lễ tân ở tầng trệt.", "Reception is on the ground floor."),
    ("Bãi đỗ xe ở tầng hầm.", "The car park is in the basement."),
    ("Nhà hàng nằm ở tầng 12.", "The restaurant is on the 12th floor."),
    # v8: "Click the third button.", "Could you press me for five years?", "How much do you go to the layer?"
    ("Bấm nút tầng ba.", "Press the button for the third floor."),
    ("Bạn bấm giúp tôi tầng năm được không?", "Could you press five for me?"),
    ("Bạn có thể bấm tầng năm không?", "Could you press five?"),
    ("Bấm giúp tôi tầng tư nhé.", "Please press four for me."),
    ("Bạn đi tầng mấy?", "Which floor are you going to?"),
    ("Chị lên tầng mấy ạ?", "Which floor are you going up to?"),
    ("Tôi đi tầng năm.", "I'm going to the fifth floor."),
    ("Tầng mấy?", "Which floor?"),
    # v8: "Elevator rising.", "This elevator Do you move up?"
    ("Thang máy đang đi lên.", "The lift is going up."),
    ("Thang máy này có đi xuống không?", "Is this lift going down?"),
    # not: the lift asked where or broken (mt/patterns.py's, mt/broken.py's), where someone lives (mt/residence.py),
    # done or to do ("đi thang máy lên tầng năm" with no word for when), now or as a habit, "anh", "em" alone (the
    # speaker?), "chúng ta" with no "nhé", a lift climbed, "đi bộ lên" with no stairs or floor, "tầng một" (ground or
    # first?), a floor said asked, "Thang máy lên." (done, or to come?), stairs slippery (mt/cautions.py)
    ("Tôi đi thang bộ nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Thang máy ở đâu?", None), ("Thang máy bị hỏng.", None), ("Tôi sống ở tầng năm.", None),
    ("Tôi đi thang máy lên tầng năm.", None), ("Bạn có đi thang máy không?", None), ("Anh đi thang bộ.", None),
    ("Em đi thang bộ nhé.", None), ("Chúng ta đi thang máy.", None), ("Tôi leo thang máy.", None),
    ("Cô ấy đi bộ lên.", None), ("Phòng họp ở tầng một.", None), ("Văn phòng ở tầng năm?", None),
    ("Thang máy lên.", None), ("Cầu thang trơn lắm.", None), ("Anh ấy đi thang máy.", None),
    ("Bạn bấm tầng năm không?", None), ("Tôi lên tầng năm.", None), ("Bấm nút tầng này.", None),
    ("Tôi leo cầu thang.", None),  # (not "I'll climb the stairs.": only "đi" is a choice made)
    # v8: "I was caught elevator.", "I was caught in elevator half an hour.", "I'm trapped in elevator.", "My mother
    # was stuck in elevator an hour.", "Yesterday, I was trapped in elevator.", "We were caught in elevator half an
    # hour.", "Lan trapped elevator."
    ("Tôi bị kẹt thang máy.", "I got stuck in the lift."),
    ("Tôi bị kẹt trong thang máy.", "I got stuck in the lift."),
    ("Tôi bị kẹt trong thang máy nửa tiếng.", "I was stuck in the lift for half an hour."),
    ("Mẹ tôi bị kẹt trong thang máy một tiếng.", "My mother was stuck in the lift for an hour."),
    ("Chúng tôi bị kẹt trong thang máy khoảng một tiếng.", "We were stuck in the lift for about an hour."),
    ("Tôi đang bị kẹt trong thang máy.", "I'm stuck in the lift."),
    ("Mẹ tôi đang bị kẹt trong thang máy.", "My mother is stuck in the lift."),
    ("Chúng tôi bị kẹt trong thang máy nửa tiếng rồi.", "We've been stuck in the lift for half an hour."),
    ("Cô ấy bị kẹt trong thang máy mười phút rồi.", "She's been stuck in the lift for ten minutes."),
    ("Hôm qua tôi bị kẹt trong thang máy.", "I got stuck in the lift yesterday."),
    ("Tối qua, chị tôi bị kẹt trong thang máy hai tiếng.", "My sister was stuck in the lift for two hours last night."),
    ("Lan đã bị kẹt thang máy.", "Lan got stuck in the lift."),
    ("Anh ấy bị kẹt trong thang máy ạ.", "He got stuck in the lift."),
    ("Bác Hùng bị kẹt trong thang máy.", "Uncle Hung got stuck in the lift."),
    ("Tôi bị kẹt trong thang máy giữa hai tầng nửa tiếng.",
     "I was stuck in the lift between two floors for half an hour."),
    # v8: "Elevator trapped between two layers.", "Elevator is trapped.", "Elevator trapped."
    ("Thang máy bị kẹt giữa hai tầng.", "The lift got stuck between two floors."),
    ("Thang máy đang bị kẹt.", "The lift is stuck."),
    ("Thang máy này đang bị kẹt giữa hai tầng.", "This lift is stuck between two floors."),
    ("Hôm qua thang máy bị kẹt giữa hai tầng.", "The lift got stuck between two floors yesterday."),
    ("Thang máy bị kẹt nửa tiếng.", "The lift was stuck for half an hour."),
    # v8: "I'm afraid to go to the elevator.", "I'm afraid elevator.", "Do you fear to the elevator?", "My mother was
    # frightened to elevator.", "He was not afraid to go to the elevator."
    ("Tôi sợ đi thang máy.", "I'm afraid of taking the lift."),
    ("Tôi sợ thang máy.", "I'm afraid of lifts."),
    ("Bạn có sợ đi thang máy không?", "Are you afraid of taking the lift?"),
    ("Mẹ tôi rất sợ thang máy.", "My mother is very afraid of lifts."),
    ("Anh ấy không sợ đi thang máy.", "He's not afraid of taking the lift."),
    ("Lan có sợ đi thang máy không?", "Is Lan afraid of taking the lift?"),
    ("Chị có sợ thang máy không?", "Are you afraid of lifts?"),
    ("Chúng tôi sợ thang máy lắm.", "We're very afraid of lifts."),
    # not: a pet, a hand caught, stuck asked (now, or ever?), "rồi" with no span (we're stuck, or have been?), "đang"
    # with a span, a day after, "anh", "chị" alone saying it, "nhỉ", a person stuck between floors with no lift, afraid
    # in the past or of the lift getting stuck, a "?" on a statement, "I" asked, "rất" and "lắm" both, English
    ("Con mèo của tôi bị kẹt trong thang máy.", None), ("Tôi bị kẹt tay trong thang máy.", None),
    ("Bạn có bị kẹt trong thang máy không?", None), ("Chúng ta bị kẹt trong thang máy rồi.", None),
    ("Tôi đang bị kẹt trong thang máy nửa tiếng.", None), ("Tôi bị kẹt trong thang máy hôm qua.", None),
    ("Anh bị kẹt trong thang máy.", None), ("Tôi bị kẹt trong thang máy nhỉ.", None),
    ("Tôi bị kẹt giữa hai tầng.", None), ("Hồi nhỏ tôi sợ thang máy.", None), ("Tôi sợ thang máy bị kẹt.", None),
    ("Tôi sợ thang máy?", None), ("Tôi bị kẹt trong thang máy?", None), ("Tôi có sợ thang máy không?", None),
    ("Tôi rất sợ thang máy lắm.", None), ("Con chó của tôi sợ thang máy.", None), ("Chị sợ thang máy.", None),
    ("I'm stuck in the lift.", None),
    # not: "thế", "vậy" ending a statement (so afraid, then: more than English says); asked, a softener
    ("Anh ấy sợ thang máy thế.", None), ("Tôi đi thang bộ vậy.", None), ("Thang máy đang bị kẹt vậy!", None),
    ("Tôi bị kẹt trong thang máy nửa tiếng rồi vậy.", None),
    ("Bạn có sợ thang máy không vậy?", "Are you afraid of lifts?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cơn đuốc này ở đâu?" (the torch), "Các cơn nghiện ở đâu?" (the addictions), "Có gỡ bỏ không?" (remove)
    ("Where is the lift?", "Thang máy ở đâu?"),
    ("Where are the stairs?", "Cầu thang ở đâu?"),
    ("Where are the lifts?", "Thang máy ở đâu?"),
    ("Where's the nearest lift?", "Thang máy gần nhất ở đâu?"),
    ("Is there a lift?", "Có thang máy không?"),
    ("Is there a lift here?", "Ở đây có thang máy không?"),
    ("Is there a lift in this building?", "Tòa nhà này có thang máy không?"),
    # v8: "Chúng ta hãy lấy cái lift.", "Chúng ta hãy lấy cầu thang." (take hold of), "Chúng ta lấy cầu thang không?"
    ("Let's take the lift.", "Chúng ta đi thang máy nhé."),
    ("Let's take the stairs.", "Chúng ta đi thang bộ nhé."),
    ("Let's take the lift to the basement.", "Chúng ta đi thang máy xuống tầng hầm nhé."),
    ("Shall we take the stairs?", "Chúng ta đi thang bộ nhé?"),
    # v8: "Cô ấy sẽ không đưa ra được.", "Chúng tôi đưa cái dậy lên sàn thứ năm.", "Anh ấy bước lên cầu thang xuống
    # sàn thứ năm.", "Bà tôi không leo thang thang."
    ("I'll take the stairs.", "Tôi sẽ đi thang bộ."),
    ("She won't take the lift.", "Cô ấy sẽ không đi thang máy."),
    ("I took the lift.", "Tôi đã đi thang máy."),
    ("We took the lift to the fifth floor.", "Chúng tôi đã đi thang máy lên tầng năm."),
    ("We took the lift down to the ground floor.", "Chúng tôi đã đi thang máy xuống tầng trệt."),
    ("I walked up the stairs.", "Tôi đã đi bộ lên cầu thang."),
    ("He walked up the stairs to the fifth floor.", "Anh ấy đã đi cầu thang bộ lên tầng năm."),
    ("I climbed the stairs to the 5th floor.", "Tôi đã leo cầu thang lên tầng 5."),
    ("My grandmother can't climb the stairs.", "Bà tôi không leo cầu thang được."),
    # v8: "Bạn có muốn tháo gỡ không?" (dismantle), "Cha tôi muốn cầu thang.", "Cô luôn cầu thang."
    ("Do you want to take the lift?", "Bạn có muốn đi thang máy không?"),
    ("Does she want to take the stairs?", "Cô ấy có muốn đi thang bộ không?"),
    ("My father wants to take the stairs.", "Bố tôi muốn đi thang bộ."),
    ("I don't want to take the lift.", "Tôi không muốn đi thang máy."),
    ("He has to walk up to the tenth floor.", "Anh ấy phải đi bộ lên tầng mười."),
    ("She always takes the stairs.", "Cô ấy luôn đi thang bộ."),
    ("I never take the lift.", "Tôi không bao giờ đi thang máy."),
    # v8: "Văn phòng nằm trên sàn thứ năm." (a floor one stands on), "Cái sàn nhà nào đang đi vệ sinh?", "Nhận thức
    # ở trên sàn đất." (awareness), "Công viên xe hơi nằm trong tầng hầm." (a park)
    ("The office is on the fifth floor.", "Văn phòng ở tầng năm."),
    ("My office is on the third floor.", "Văn phòng của tôi ở tầng ba."),
    ("Which floor is the toilet on?", "Nhà vệ sinh ở tầng mấy?"),
    ("What floor's the meeting room on?", "Phòng họp ở tầng mấy?"),
    ("On which floor is the gym?", "Phòng tập ở tầng mấy?"),
    ("The toilets are on the ground floor.", "Nhà vệ sinh ở tầng trệt."),
    ("Reception is on the ground floor.", "Lễ tân ở tầng trệt."),
    ("The car park is in the basement.", "Bãi đỗ xe ở tầng hầm."),
    ("The car  park is on the fifth floor.", "Bãi đỗ xe ở tầng năm."),  # two spaces raised a KeyError (stop 77)
    ("The restaurant is on the 12th floor.", "Nhà hàng ở tầng 12."),
    # v8: "Nhấn nút để sàn ba.", "Bạn có thể bấm năm cho tôi được không?", "Bạn sẽ đến sàn nào?", "Sàn nhà là gì?"
    ("Press the button for floor three.", "Bấm nút tầng ba."),
    ("Could you press five for me?", "Bạn bấm giúp tôi tầng năm được không?"),
    ("Can you press the ground floor, please?", "Bạn bấm giúp tôi tầng trệt được không?"),
    ("Which floor are you going to?", "Bạn đi tầng mấy?"),
    ("Could you press 7, please?", "Bạn bấm giúp tôi tầng 7 được không?"),
    ("What floor?", "Tầng mấy?"),
    ("I'm going up to the tenth floor.", "Tôi lên tầng mười."),
    # v8: "Cuộc tập luyện diễn ra." (the workout), "Điều này có làm giảm đi không?"
    ("The lift is going up.", "Thang máy đang đi lên."),
    ("Is this lift going down?", "Thang máy này có đi xuống không?"),
    ("The lift's going down.", "Thang máy đang đi xuống."),
    # not: "is" with many, the verb not agreeing with who, a habit or a choice ("I take the stairs."), "Let's" with
    # a past, a number's ending wrong, the first floor (ground or first?), "Press five." (a phone's keys?), a lift
    # broken (mt/broken.py's), where someone lives (mt/residence.py), a floor wet (mt/cautions.py), "toilet" with
    # no "the"
    ("Where is the stairs?", None), ("Do she want to take the stairs?", None),
    ("My father want to take the stairs.", None), ("She always take the stairs.", None),
    ("I take the stairs.", None), ("Let's took the stairs.", None), ("The toilets is on the ground floor.", None),
    ("The restaurant is on the 12nd floor.", None), ("The restaurant is on the first floor.", None),
    ("Press five.", None), ("The lift is out of order.", None), ("I live on the fifth floor.", None),
    ("The floor is wet.", None), ("Which floor is toilet on?", None), ("He takes the stairs.", None),
    ("Is the lift is going up?", None), ("We're going to the fifth floor.", None), ("Take the stairs.", None),
    # v8: "Tôi bị kẹt trong cái lift.", "Tôi bị kẹt trong một tiếng đồng hồ." (the lift dropped), "Chúng tôi đã bị
    # kẹt trong lift trong vòng một nửa tiếng đồng hồ.", "Lan bị kẹt trong phiên bản hôm qua." (a version)
    ("I got stuck in the lift.", "Tôi bị kẹt trong thang máy."),
    ("I was stuck in the lift for an hour.", "Tôi bị kẹt trong thang máy một tiếng."),
    ("I was stuck in the lift.", "Tôi đã bị kẹt trong thang máy."),
    ("I'm stuck in the lift.", "Tôi đang bị kẹt trong thang máy."),
    ("My mother got stuck in the elevator.", "Mẹ tôi bị kẹt trong thang máy."),
    ("Lan is stuck in the lift.", "Lan đang bị kẹt trong thang máy."),
    ("We've been stuck in the lift for half an hour.", "Chúng tôi bị kẹt trong thang máy nửa tiếng rồi."),
    ("She's been stuck in the lift for ten minutes.", "Cô ấy bị kẹt trong thang máy mười phút rồi."),
    ("We were stuck in the lift for about an hour.", "Chúng tôi bị kẹt trong thang máy khoảng một tiếng."),
    ("Lan got stuck in the lift yesterday.", "Hôm qua Lan bị kẹt trong thang máy."),
    ("He got stuck in a lift last night.", "Tối qua anh ấy bị kẹt trong thang máy."),
    ("You got stuck in the lift.", "Bạn bị kẹt trong thang máy."),
    # v8: "Món dậy bị kẹt giữa hai sàn nhà.", "Tình trạng dậy bị kẹt.", "Tình trạng căng thẳng bị kẹt giữa các sàn
    # nhà."
    ("The lift got stuck between two floors.", "Thang máy bị kẹt giữa hai tầng."),
    ("The lift is stuck.", "Thang máy đang bị kẹt."),
    ("The lift is stuck between floors.", "Thang máy đang bị kẹt giữa hai tầng."),
    ("The lift was stuck between floors.", "Thang máy đã bị kẹt giữa hai tầng."),
    ("This elevator is stuck between two floors.", "Thang máy này đang bị kẹt giữa hai tầng."),
    # v8: "Tôi sợ nhấc lên." (lifting), "Tôi e là lấy cái lift.", "Bạn có sợ nâng cấp không?" (upgrading), "Cô ấy sợ
    # hãi của các thượng nghị sĩ." (senators), "Cha tôi không sợ nhấc lên."
    ("I'm scared of lifts.", "Tôi sợ thang máy."),
    ("I'm afraid of taking the lift.", "Tôi sợ đi thang máy."),
    ("Are you afraid of lifts?", "Bạn có sợ thang máy không?"),
    ("She's scared of elevators.", "Cô ấy sợ thang máy."),
    ("My father isn't afraid of lifts.", "Bố tôi không sợ thang máy."),
    ("Is she afraid of taking the lift?", "Cô ấy có sợ đi thang máy không?"),
    ("My mother is terrified of lifts.", "Mẹ tôi rất sợ thang máy."),
    ("We're afraid of using the lift.", "Chúng tôi sợ đi thang máy."),
    ("Lan is really scared of elevators.", "Lan rất sợ thang máy."),
    # not: the verb not agreeing with who, stuck with no lift, a pet, "I've been stuck" with no span (ever, or now?),
    # now with a span, stuck asked, a day ahead, "very terrified", afraid in the past or of one lift, "I'm afraid"
    # (sorry, but), "I" asked, a "?" on a statement, Vietnamese
    ("She were stuck in the lift.", None), ("We was stuck in the lift.", None), ("I got stuck.", None),
    ("My dog got stuck in the lift.", None), ("She've been stuck in the lift for ten minutes.", None),
    ("I've been stuck in the lift.", None), ("I'm stuck in the lift for an hour.", None),
    ("Is the lift stuck?", None), ("I got stuck in the lift tomorrow.", None), ("He is very terrified of lifts.", None),
    ("She are afraid of lifts.", None), ("Am I afraid of lifts?", None), ("I was afraid of lifts.", None),
    ("I'm afraid of the lift.", None), ("I'm afraid the lift is broken.", None), ("My dog is scared of lifts.", None),
    ("He isn't afraid of taking the lift?", None), ("Tôi sợ thang máy.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
