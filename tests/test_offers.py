"""Offering help, and accepting or declining it, both ways (mt/offers.py)."""
import pytest

from mt.offers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Let me bring you help.", "Let me make sure you can.", "Let me help you confirm the bag."
    ("Để tôi giúp bạn.", "Let me help you."),
    ("Để tôi mang giúp bạn.", "Let me carry it for you."),
    ("Để tôi xách giúp bạn.", "Let me carry it for you."),
    ("Để tôi giúp bạn mang cái đó.", "Let me help you carry that."),
    ("Để tôi giúp bạn xách túi.", "Let me help you carry your bag."),
    ("Để tôi mang vali giúp bạn.", "Let me carry your suitcase."),
    ("Để tôi xách cái túi này giúp bạn.", "Let me carry this bag for you."),
    ("Để tôi xách đồ này giúp bạn.", "Let me carry these things for you."),
    ("Để tôi cầm giúp bạn.", "Let me hold it for you."),
    ("Để tôi lấy cái túi này giúp mẹ bạn.", "Let me get this bag for your mother."),
    ("Để tôi giúp anh.", "Let me help you."),
    ("Để tôi giúp mẹ bạn.", "Let me help your mother."),
    ("Để chúng tôi giúp bạn.", "Let us help you."),
    ("Để anh ấy giúp bạn.", "Let him help you."),
    ("Để Minh giúp bạn.", "Let Minh help you."),
    # v8: "Let me help you a hand.", "I helped you a hand.", "Could I help you bring?", "Should I help you?"
    ("Để tôi giúp bạn một tay.", "Let me give you a hand."),
    ("Tôi giúp bạn một tay nhé.", "Let me give you a hand."),
    ("Tôi giúp bạn nhé?", "Shall I help you?"),
    ("Để tôi giúp bạn nhé?", "Shall I help you?"),
    ("Tôi giúp bạn mang nhé?", "Shall I help you carry it?"),
    ("Tôi mang giúp bạn nhé?", "Shall I carry it for you?"),
    ("Chúng tôi giúp bạn nhé?", "Shall we help you?"),
    # v8: "Can I help you bring that?"
    ("Tôi có thể giúp bạn mang cái đó không?", "Can I help you carry that?"),
    # v8: "Do you need to help a hand?", "Do you need me help?", "Do you need help?" (the mother lost), "What do I
    # need me to help?"
    ("Bạn có cần giúp một tay không?", "Do you need a hand?"),
    ("Bạn có cần tôi giúp không?", "Do you need my help?"),
    ("Mẹ bạn có cần giúp không?", "Does your mother need help?"),
    ("Anh có cần giúp không?", "Do you need help?"),
    ("Bạn có cần giúp mang cái này không?", "Do you need help carrying this?"),
    ("Có cần tôi giúp gì không?", "Is there anything I can help with?"),
    # v8: "Let me make it.", "Let me worry.", "Let's leave me.", "That's going to do."
    ("Để tôi làm cho.", "Let me do it."),
    ("Để tôi làm cho bạn.", "Let me do it for you."),
    ("Cứ để tôi lo.", "Leave it to me."),
    ("Cứ để đó cho tôi.", "Leave it to me."),
    ("Để tôi lo.", "I'll take care of it."),
    ("Để đó tôi làm.", "Leave it, I'll do it."),
    # v8: "Thank you, you don't need.", "I managed to get myself.", "No problem, I bring myself.", "Thank you, it's
    # too good."
    ("Cảm ơn, không cần đâu.", "Thanks, but there's no need."),
    ("Không cần đâu, cảm ơn.", "No need, thanks."),
    ("Tôi tự xoay xở được.", "I can manage."),
    ("Cảm ơn bạn nhiều, tôi tự xoay xở được.", "Thank you very much, but I can manage."),
    ("Không sao, tôi tự mang được.", "It's OK, I can carry it myself."),
    ("Cảm ơn, nhưng tôi tự làm được.", "Thanks, but I can do it myself."),
    ("Cảm ơn, thế thì tốt quá.", "Thanks, that would be great."),
    # not: who is who ("anh", "em" alone), "you" helping, helping oneself, a habit ("Tôi giúp bạn."), "không" with
    # no "có thể", "mang … cho" (bring it to), asking for help (the phrasebook's), paying (mt/bills.py), a door
    # (mt/doors.py), thanks alone, "Tôi tự làm được." alone (the phrasebook's), thanks and no thanks at once
    ("Để tôi lo nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Để anh giúp em.", None), ("Anh giúp em nhé?", None), ("Để bạn giúp tôi.", None), ("Để tôi giúp tôi.", None),
    ("Tôi giúp bạn.", None), ("Tôi giúp bạn không?", None), ("Để tôi mang cái này cho bạn.", None),
    ("Bạn giúp tôi được không?", None), ("Để tôi trả.", None), ("Để tôi mở cửa cho bạn.", None),
    ("Cảm ơn.", None), ("Không sao.", None), ("Tôi tự làm được.", None), ("Cảm ơn, không cần, thế thì tốt quá.", None),
    ("Tôi có cần giúp không?", None), ("Để tôi làm cho?", None), ("Để tôi lấy túi cho bạn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Để tôi giúp bạn cái đó.", "Để tôi lấy túi của bạn." (take it away), "Để tôi mang va-li của bạn."
    ("Let me help you.", "Để tôi giúp bạn."),
    ("Let me help.", "Để tôi giúp."),
    ("Let me help you with that.", "Để tôi giúp bạn một tay."),
    ("Let me carry that for you.", "Để tôi mang cái đó giúp bạn."),
    ("Let me carry it for you.", "Để tôi mang giúp bạn."),
    ("Let me carry your bag.", "Để tôi mang túi giúp bạn."),
    ("Let me carry these bags for you.", "Để tôi mang mấy cái túi này giúp bạn."),
    ("Let me take your bag.", "Để tôi cầm túi giúp bạn."),
    ("Let me get your bag for you.", "Để tôi lấy túi giúp bạn."),
    ("Let me help you with your bags.", "Để tôi giúp bạn mang túi."),
    ("Let me help your mother carry that.", "Để tôi giúp mẹ bạn mang cái đó."),
    ("Let us help you.", "Để chúng tôi giúp bạn."),
    ("Let my brother help you.", "Để anh trai tôi giúp bạn."),
    # v8: "Để tôi cho bạn một tay." (give you an arm), "Tôi có thể cho bạn một tay được không?", "Tôi giúp bạn không?",
    # "Tôi mang cái đó cho bạn?"
    ("Let me give you a hand.", "Để tôi giúp bạn một tay."),
    ("Let me lend a hand.", "Để tôi giúp một tay."),
    ("Can I give you a hand?", "Tôi có thể giúp bạn một tay không?"),
    ("Shall I help you?", "Tôi giúp bạn nhé?"),
    ("Shall I carry that for you?", "Tôi mang cái đó giúp bạn nhé?"),
    ("Can I help you carry that?", "Tôi có thể giúp bạn mang cái đó không?"),
    ("Would you like me to help?", "Bạn có muốn tôi giúp không?"),
    ("Would you like me to carry your bag?", "Bạn có muốn tôi mang túi giúp không?"),
    # v8: "Bạn có cần một tay không?", "Bạn có cần giúp điều đó không?", "Bạn có muốn giúp không?" (want to help)
    ("Do you need a hand?", "Bạn có cần giúp một tay không?"),
    ("Do you need help with that?", "Bạn có cần giúp một tay không?"),
    ("Does your mother need a hand?", "Mẹ bạn có cần giúp một tay không?"),
    ("Does your mother need help?", "Mẹ bạn có cần giúp không?"),
    ("Do you need help carrying your bags?", "Bạn có cần giúp mang túi không?"),
    ("Do you need my help?", "Bạn có cần tôi giúp không?"),
    ("Would you like some help?", "Bạn có cần giúp không?"),
    # v8: "Tôi sẽ làm điều đó.", "Để nó cho tôi.", "Tôi sẽ chăm sóc nó." (look after), "Tôi sẽ mang nó."
    ("I'll do it.", "Để tôi làm."),
    ("Let me do it.", "Để tôi làm cho."),
    ("Leave it to me.", "Cứ để tôi lo."),
    ("I'll take care of it.", "Để tôi lo."),
    ("I'll carry it.", "Để tôi mang giúp."),
    # v8: "Cám ơn, tôi có thể quản lý được." (run a business), "Không cần gì, cảm ơn.", "Cám ơn, điều đó sẽ rất tuyệt."
    ("Thanks, I can manage.", "Cảm ơn, tôi tự làm được."),
    ("I can manage.", "Tôi tự làm được."),
    ("Thanks, but I can manage.", "Cảm ơn, nhưng tôi tự làm được."),
    ("No need, thanks.", "Không cần đâu, cảm ơn."),
    ("No, thanks, I can carry it myself.", "Không cần đâu, cảm ơn, tôi tự mang được."),
    ("Thanks, that would be great.", "Cảm ơn, thế thì tốt quá."),
    ("That's very kind of you, but I can manage.", "Bạn tốt quá, nhưng tôi tự làm được."),
    # not: "Can I help (you)?" (a shop's), "Let me get that." (paying), "Let me take it." (buying), "I'll get it." (the
    # phone, the door), a door (mt/doors.py), "do" not agreeing, "these" with one bag, "Do you like me to", thanks
    # alone, "I can do it myself." alone (the phrasebook's), asking for help
    ("Can I help?", None), ("Can I help you?", None), ("Let me get that.", None), ("Let me get that for you.", None),
    ("Let me take it.", None), ("I'll get it.", None), ("Let me get the door.", None),
    ("Do your mother need help?", None), ("Does you need a hand?", None), ("Let me carry these bag for you.", None),
    ("Do you like me to help?", None), ("Thanks.", None), ("No, thanks.", None), ("I can do it myself.", None),
    ("Can you help me?", None), ("Let me help me.", None), ("Let me help you?", None), ("Let me take this bag.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
