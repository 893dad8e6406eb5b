"""Mistakes and fault: whose fault it is, a mistake made, the wrong number, bus, stop, room or day, a thing taken by
mistake, someone taken for someone else, both ways (mt/mistakes.py)."""
import pytest

from mt.mistakes import translate

VI_EN = [
    # v8: "My error.", "That's my error.", "Not your error.", "That's not your error.", "Who's Error?", "Who's the
    # fault?", "That's the fault of Land.", "All is my error.", "It's all at me.", "It's not at you."
    ("Lỗi của tôi.", "My fault."),
    ("Đó là lỗi của tôi.", "It's my fault."),
    ("Là lỗi của tôi.", "It's my fault."),
    ("Không phải lỗi của bạn.", "It's not your fault."),
    ("Đó không phải lỗi của bạn.", "It's not your fault."),
    ("Không phải lỗi của bạn đâu.", "It's not your fault."),
    ("Không phải tại bạn.", "It's not your fault."),
    ("Lỗi của ai?", "Whose fault is it?"),
    ("Đó là lỗi của ai?", "Whose fault is it?"),
    ("Lỗi tại ai vậy?", "Whose fault is it?"),
    ("Đó là lỗi của anh ấy.", "It's his fault."),
    ("Đó là lỗi của mẹ tôi.", "It's my mother's fault."),
    ("Đó là lỗi của Lan.", "It's Lan's fault."),
    ("Tất cả là lỗi của tôi.", "It's all my fault."),
    ("Tất cả là tại tôi.", "It's all my fault."),
    ("Không phải lỗi của ai cả.", "It's nobody's fault."),
    # v8: "I have a mistake.", "I got mistakes.", "I have a big mistake.", "There's always a mistake."
    ("Tôi mắc lỗi.", "I made a mistake."),
    ("Anh ấy đã mắc sai lầm.", "He made a mistake."),
    ("Tôi mắc sai lầm rồi.", "I've made a mistake."),
    ("Tôi mắc một sai lầm lớn.", "I made a big mistake."),
    ("Mẹ tôi vừa mắc một sai lầm nghiêm trọng.", "My mother has just made a serious mistake."),
    ("Ai cũng có lúc mắc sai lầm.", "Everyone makes mistakes."),
    # v8: "I mistaken called the wrong number.", "She misleading.", "Near the number."
    ("Tôi gọi nhầm số.", "I called the wrong number."),
    ("Cô ấy gọi nhầm số.", "She called the wrong number."),
    ("Bạn gọi nhầm số.", "You've got the wrong number."),
    ("Anh có gọi nhầm số không?", "Did you call the wrong number?"),
    ("Nhầm số rồi.", "Wrong number."),
    # v8: "I miss the bus.", "I went wrong to the bus.", "He confused the boat.", "Do you misleading the bus?", "We went
    # down to the station.", "We go wrong to the street.", "I came to mistake the address."
    ("Tôi lên nhầm xe buýt.", "I got on the wrong bus."),
    ("Tôi đi nhầm xe buýt.", "I took the wrong bus."),
    ("Anh ấy lên nhầm tàu.", "He got on the wrong train."),
    ("Bạn có lên nhầm xe buýt không?", "Did you get on the wrong bus?"),
    ("Chúng tôi xuống nhầm ga.", "We got off at the wrong station."),
    ("Tôi xuống nhầm bến.", "I got off at the wrong stop."),
    ("Mẹ tôi đi nhầm đường.", "My mother went the wrong way."),
    ("Chúng ta đi nhầm đường rồi.", "We're going the wrong way."),
    ("Chúng ta có đi nhầm đường không?", "Are we going the wrong way?"),
    ("Tôi vào nhầm phòng.", "I went into the wrong room."),
    ("Tôi đến nhầm địa chỉ.", "I went to the wrong address."),
    # v8: "I misleading the day.", "I'm wrong now.", "I miss the room."
    ("Tôi nhầm ngày.", "I got the wrong day."),
    ("Tôi nhớ nhầm ngày.", "I got the wrong day."),
    ("Tôi nhầm giờ.", "I got the wrong time."),
    ("Tôi nhầm phòng.", "I got the wrong room."),
    # v8: "I took your umbrella.", "I misleading your bag.", "He took my ticket wrong.", "I took the jacket."
    ("Tôi cầm nhầm ô của bạn.", "I took your umbrella by mistake."),
    ("Anh ấy lấy nhầm vé của tôi.", "He took my ticket by mistake."),
    ("Tôi đã lấy nhầm áo khoác.", "I took the wrong jacket."),
    # v8: "I misleading you with others."
    ("Tôi nhầm bạn với người khác.", "I mistook you for someone else."),
    # v8: "Sorry, I'm mistaken.", "Sorry, my error.", "Sorry, I mistaken called the wrong number.", "Sorry, near the
    # number."
    ("Xin lỗi, tôi nhầm.", "Sorry, my mistake."),
    ("Xin lỗi, lỗi của tôi.", "Sorry, my fault."),
    ("Tôi xin lỗi, đó là lỗi của tôi.", "I'm sorry, it's my fault."),
    ("Xin lỗi, tôi gọi nhầm số.", "Sorry, I called the wrong number."),
    ("Xin lỗi, nhầm số rồi.", "Sorry, wrong number."),
    ("Xin lỗi, tôi nhầm bạn với người khác.", "Sorry, I mistook you for someone else."),
    # not: who mistaken or wrong (mt/agreeing.py's), "Tại tôi." alone (because of me?), "anh" or "em" saying it (the
    # speaker, or you?), a fault asked of one ("Lỗi của tôi?"), "ai" said, a message sent or deleted (the wrong one?),
    # "nhầm số" said of oneself without a verb, one's own bag, a mistake asked ("Bạn có mắc lỗi không?"), "tàu" with
    # "xuống" (a stop), a wrong seat (mt/seats.py), "xin lỗi" with nothing of this module after it
    ("Lỗi của tôi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi nhầm.", None), ("Tôi sai rồi.", None), ("Bạn nói đúng.", None), ("Tại tôi.", None),
    ("Anh gọi nhầm số.", None), ("Em mắc lỗi rồi.", None), ("Lỗi của tôi?", None), ("Lỗi của ai.", None),
    ("Tôi gửi nhầm tin nhắn.", None), ("Tôi xóa nhầm tin nhắn.", None), ("Tôi nhầm số.", None),
    ("Tôi lấy nhầm túi của tôi.", None), ("Bạn có mắc lỗi không?", None), ("Tôi xuống nhầm tàu.", None),
    ("Bạn đang ngồi nhầm chỗ của tôi.", None), ("Xin lỗi, nhà ga ở đâu?", None), ("Máy tính bị lỗi.", None),
    ("Tất cả không phải lỗi của tôi.", None), ("Lỗi của tôi cả.", None),
]

EN_VI = [
    # v8: "Sai lầm của tôi.", "Rất tiếc, sai lầm của tôi.", "Tôi xin lỗi, sai lầm của tôi."
    ("My mistake.", "Tôi nhầm."),
    ("Sorry, my mistake.", "Xin lỗi, tôi nhầm."),
    ("I'm sorry, my mistake.", "Tôi xin lỗi, tôi nhầm."),
    ("My fault.", "Lỗi của tôi."),
    ("Sorry, my fault.", "Xin lỗi, lỗi của tôi."),
    ("It's my fault.", "Đó là lỗi của tôi."),
    ("It was my mistake.", "Đó là lỗi của tôi."),
    # v8: "Nó không phải là lỗi của bạn." (it, of a thing), "Đó là lỗi nào?" (which), "Có lỗi nào?", "Đó là lỗi của
    # tôi." (all lost), "Lỗi của Lan." (it lost), "Đó không phải là lỗi của ai." (is it anyone's?)
    ("It's not your fault.", "Đó không phải là lỗi của bạn."),
    ("It wasn't your fault.", "Đó không phải là lỗi của bạn."),
    ("That’s not your fault.", "Đó không phải là lỗi của bạn."),
    ("Whose fault is it?", "Đó là lỗi của ai?"),
    ("Whose fault?", "Đó là lỗi của ai?"),
    ("It's all my fault.", "Tất cả là lỗi của tôi."),
    ("It's his fault.", "Đó là lỗi của anh ấy."),
    ("It's my mother's fault.", "Đó là lỗi của mẹ tôi."),
    ("It's Lan's fault.", "Đó là lỗi của Lan."),
    ("It's nobody's fault.", "Không phải lỗi của ai cả."),
    # v8: "Cô ta mắc sai lầm lớn." (ta: scornful), "Tôi có lỗi không?" (am I at fault?), "Chúng ta đều mắc những sai
    # lầm."
    ("I made a mistake.", "Tôi đã mắc lỗi."),
    ("I've made a mistake.", "Tôi mắc lỗi rồi."),
    ("He's made a mistake.", "Anh ấy mắc lỗi rồi."),
    ("She made a big mistake.", "Cô ấy đã mắc một sai lầm lớn."),
    ("I just made a serious mistake.", "Tôi vừa mắc một sai lầm nghiêm trọng."),
    ("Did I make a mistake?", "Tôi có mắc lỗi không?"),
    ("Everyone makes mistakes.", "Ai cũng mắc sai lầm."),
    ("We all make mistakes.", "Ai cũng mắc sai lầm."),
    # v8: "Tôi gọi con số sai.", "Tôi ăn số sai." (ate), "Tôi có xe buýt sai.", "Anh ta chuyến tàu sai.", "Bạn có
    # phải xe buýt sai không?", "Chúng tôi rời khỏi trạm không đúng.", "Tôi có được ngày sai.", "Chúng tôi sẽ sai lầm."
    ("I called the wrong number.", "Tôi gọi nhầm số."),
    ("I dialled the wrong number.", "Tôi gọi nhầm số."),
    ("I got the wrong bus.", "Tôi đi nhầm xe buýt."),
    ("He took the wrong train.", "Anh ấy đi nhầm tàu."),
    ("My mother took the wrong bus.", "Mẹ tôi đi nhầm xe buýt."),
    ("Did you get on the wrong bus?", "Bạn có lên nhầm xe buýt không?"),
    ("We got off at the wrong stop.", "Chúng tôi xuống nhầm trạm."),
    ("I got the wrong day.", "Tôi nhầm ngày."),
    ("I went into the wrong room.", "Tôi vào nhầm phòng."),
    ("I went to the wrong address.", "Tôi đến nhầm địa chỉ."),
    ("I went the wrong way.", "Tôi đi nhầm đường."),
    ("We're going the wrong way.", "Chúng ta đi nhầm đường rồi."),
    ("Are we going the wrong way?", "Chúng ta có đi nhầm đường không?"),
    # v8: "Tôi cầm túi sai.", "Cô cầm lấy ô của tôi bằng sai lầm." (by an error)
    ("I took the wrong bag.", "Tôi lấy nhầm túi."),
    ("She took my umbrella by mistake.", "Cô ấy lấy nhầm ô của tôi."),
    # v8: "Tôi nhớ bạn vì người khác." (I miss you), "Rất tiếc, tôi nhớ bạn vì người khác."
    ("I mistook you for someone else.", "Tôi nhầm bạn với người khác."),
    ("Sorry, I mistook you for someone else.", "Xin lỗi, tôi nhầm bạn với người khác."),
    ("I confused you with someone else.", "Tôi nhầm bạn với người khác."),
    ("I'm sorry, it's my fault.", "Tôi xin lỗi, đó là lỗi của tôi."),
    # not: the verb not agreeing ("He've made", "I's", "Did … made", "Everyone make", "Did you took", "He are going"),
    # "not nobody's", "not all", "mistook … with", one's own umbrella, "His mistake." alone, who wrong or right
    # (mt/agreeing.py), "Sorry, wrong number." and "You have the wrong number." (the phrasebook's), plural mistakes of
    # one, a message sent wrongly, a question of "fault" asked of one
    ("He've made a mistake.", None), ("I's made a mistake.", None), ("Did I made a mistake?", None),
    ("Everyone make mistakes.", None), ("Did you took the wrong bus?", None), ("He are going the wrong way.", None),
    ("It's not nobody's fault.", None), ("It isn't all my fault.", None), ("I mistook you with someone else.", None),
    ("I took my umbrella by mistake.", None), ("His mistake.", None), ("I was wrong.", None),
    ("You're right.", None), ("Sorry, wrong number.", None), ("You have the wrong number.", None),
    ("I made mistakes.", None), ("I sent the message to the wrong person.", None), ("Is it my fault?", None),
    ("I got on the wrong day.", None),
]


@pytest.mark.parametrize("text, said", VI_EN)
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", EN_VI)
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
