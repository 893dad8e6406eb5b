"""Locked in: a door stuck or that won't open, someone stuck or locked in a room or out on the balcony, locked in by
themselves, a door they can't open, a lock or a key stuck, someone called to open it, both ways (mt/locked_in.py)."""
import pytest

from mt.locked_in import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The store of toilet is stuck.", "The door was stuck.", "My room was trapped.", "The bathroom is stuck."
    ("Cửa nhà vệ sinh bị kẹt.", "The toilet door is stuck."),
    ("Cửa bị kẹt rồi.", "The door is stuck."),
    ("Cửa phòng tôi bị kẹt.", "The door to my room is stuck."),
    ("Cửa phòng tắm bị kẹt cứng.", "The bathroom door is jammed."),
    ("Cửa sổ bị kẹt.", "The window is stuck."),
    ("Cửa sau vẫn còn bị kẹt.", "The back door is still stuck."),
    ("Hôm qua cửa chính bị kẹt.", "The front door got stuck yesterday."),
    ("Cửa có bị kẹt không?", "Is the door stuck?"),
    # v8: "The door could not open.", "The toilet door is not closed."
    ("Cửa phòng tôi không mở được.", "The door to my room won't open."),
    ("Cửa không mở được.", "The door won't open."),
    ("Cửa nhà vệ sinh không đóng được.", "The toilet door won't close."),
    ("Cửa này mở không được.", "This door won't open."),
    ("Cửa phòng ngủ của mẹ tôi không mở được.", "My mother's bedroom door won't open."),
    # v8: "I was caught in the bathroom.", "I'm trapped in the bathroom.", "I was stuck in this.", "We're well in the
    # room.", "I'm snugged."
    ("Tôi bị kẹt trong nhà vệ sinh.", "I got stuck in the toilet."),
    ("Tôi đang bị kẹt trong nhà vệ sinh.", "I'm stuck in the toilet."),
    ("Tôi bị nhốt trong nhà vệ sinh rồi!", "I'm locked in the toilet!"),
    ("Tôi bị kẹt trong này.", "I'm stuck in here."),
    ("Hôm qua mẹ tôi bị kẹt trong nhà tắm.", "My mother got stuck in the bathroom yesterday."),
    ("Mẹ tôi vẫn đang bị kẹt trong phòng tắm.", "My mother is still stuck in the bathroom."),
    ("Lan vừa bị kẹt trong nhà vệ sinh.", "Lan just got stuck in the toilet."),
    ("Chúng tôi bị nhốt trong phòng.", "We got locked in the room."),
    ("Hôm qua tôi bị khóa trong phòng ngủ.", "I got locked in the bedroom yesterday."),
    ("Tôi bị nhốt ngoài ban công.", "I got locked out on the balcony."),
    ("Chúng tôi đang bị nhốt ngoài ban công.", "We're locked out on the balcony."),
    ("Bạn có đang bị kẹt trong đó không?", "Are you stuck in there?"),
    ("Con mèo của tôi bị nhốt trong nhà vệ sinh.", "My cat got locked in the toilet."),
    # v8: "I'm good at myself in the room.", "My son snugged himself in the room.", "She's good at herself in the
    # bathroom."
    ("Con tôi tự nhốt mình trong phòng.", "My child locked themselves in their room."),
    ("Con trai tôi tự nhốt mình trong phòng.", "My son locked himself in his room."),
    ("Cô ấy tự nhốt mình trong nhà vệ sinh.", "She locked herself in the toilet."),
    ("Con gái tôi vừa tự nhốt mình trong phòng.", "My daughter has just locked herself in her room."),
    ("Anh ấy tự khóa mình trong phòng tắm rồi.", "He's locked himself in the bathroom."),
    ("Chúng tôi tự nhốt mình trong phòng ngủ.", "We locked ourselves in the bedroom."),
    ("Hôm qua con trai tôi tự nhốt mình trong phòng.", "My son locked himself in his room yesterday."),
    # v8: "I can't open the door." (right), "I can't open the toilet door." (right)
    ("Tôi không mở được cửa.", "I can't open the door."),
    ("Tôi không mở được cửa nhà vệ sinh.", "I can't open the toilet door."),
    ("Mẹ tôi không mở cửa ra được.", "My mother can't open the door."),
    ("Hôm qua tôi không mở được cửa phòng.", "I couldn't open the door to the room yesterday."),
    ("Anh ấy vẫn không mở được cửa.", "He still can't open the door."),
    ("Tôi không đóng được cửa sổ.", "I can't close the window."),
    # v8: "The drive of the door is corrupt.", "Key drive is trapped.", "Key axe is stuck in the drive."
    ("Ổ khóa cửa bị hỏng rồi.", "The door lock is broken."),
    ("Ổ khóa cửa nhà vệ sinh bị hỏng.", "The lock on the toilet door is broken."),
    ("Ổ khóa cửa có bị hỏng không?", "Is the door lock broken?"),
    ("Ổ khóa bị kẹt.", "The lock is stuck."),
    ("Ổ khóa bị kẹt cứng rồi.", "The lock is jammed."),
    ("Chìa khóa bị kẹt trong ổ.", "The key is stuck in the lock."),
    ("Chìa khóa bị kẹt cứng trong ổ.", "The key is jammed in the lock."),
    ("Chìa khóa có bị kẹt cứng trong ổ không?", "Is the key jammed in the lock?"),
    # v8: "Call the person to open the door.", "I'll call the person to open the door."
    ("Gọi người đến mở cửa đi.", "Call someone to open the door."),
    ("Làm ơn gọi người đến mở cửa giúp tôi.", "Please call someone to open the door for me."),
    ("Gọi ai đó tới mở cửa với!", "Call someone to open the door!"),
    ("Tôi sẽ gọi người đến mở cửa.", "I'll call someone to open the door."),
    ("Mẹ tôi đã gọi người đến mở cửa.", "My mother called someone to open the door."),
    ("Tôi gọi người đến mở cửa rồi.", "I've called someone to open the door."),
    # not: a lock or "khóa cửa" broken with no door (mt/broken.py), locked out (mt/keys.py), a lift (mt/lifts.py), a
    # finger (mt/knocks.py), traffic or money, at home ("trong nhà": a lockdown?), "Cửa không mở." (won't or isn't?),
    # stuck asked without "đang" (now, or ever?), a name or a pet locking themselves in, a room's window, "anh",
    # "chị", "em" saying it, "phải" or no time for calling, a "?" on a statement, a heading, English
    ("Ổ khóa bị hỏng.", None), ("Khóa cửa bị hỏng.", None), ("Tôi bị khóa ở ngoài.", None),
    ("Tôi bị kẹt trong thang máy.", None), ("Tôi bị kẹt tay vào cửa.", None), ("Tôi bị kẹt xe.", None),
    ("Tôi bị kẹt tiền.", None), ("Tôi bị kẹt trong nhà.", None), ("Cửa không mở.", None),
    ("Bạn có bị kẹt trong nhà vệ sinh không?", None), ("Lan tự nhốt mình trong phòng.", None),
    ("Con mèo của tôi tự nhốt mình trong phòng.", None), ("Cửa sổ phòng tôi bị kẹt.", None),
    ("Em bị kẹt trong nhà vệ sinh.", None), ("Tôi phải gọi người đến mở cửa.", None),
    ("Tôi gọi người đến mở cửa.", None), ("Tôi bị kẹt trong nhà vệ sinh?", None), ("Cửa bị kẹt?", None),
    ("Cửa hàng bị kẹt.", None), ("Gọi người đến mở cửa", None), ("Chìa khóa bị kẹt.", None),
    ("Tôi không mở được cửa?", None), ("Cửa có đang bị kẹt không?", None), ("The door is stuck.", None),
    ("Kẹt kẹt kẹt.", None),
    # "mình" whose after anyone but "tôi" (their own, or the speaker's?), "anh ấy", "cô ấy", "họ" whose after anyone
    # else (another's, that "his", "her", "their" would read as their own)
    ("Anh ấy tự nhốt mình trong phòng mình.", None), ("Chúng tôi tự nhốt mình trong phòng mình.", None),
    ("Chúng tôi bị nhốt trong phòng mình.", None), ("Mẹ tôi bị nhốt trong phòng mình.", None),
    ("Anh ấy bị kẹt trong phòng ngủ của mình.", None), ("Cô ấy không mở được cửa phòng mình.", None),
    ("Con trai tôi bị nhốt trong phòng anh ấy.", None), ("Lan bị nhốt trong phòng cô ấy.", None),
    ("Con tôi bị nhốt trong phòng họ.", None), ("Con trai tôi tự nhốt mình trong phòng của anh ấy.", None),
    ("Con trai tôi không mở được cửa phòng anh ấy.", None), ("Chị ấy tự nhốt mình trong phòng của cô ấy.", None),
    ("Tôi tự nhốt mình trong phòng mình.", "I locked myself in my room."),
    ("Anh ấy bị nhốt trong phòng anh ấy.", "He got locked in his room."),
    ("Tôi bị nhốt trong phòng anh ấy.", "I got locked in his room."),
    ("Mẹ tôi bị nhốt trong phòng anh ấy.", "My mother got locked in his room."),
    ("Cô ấy tự nhốt mình trong phòng của anh ấy.", "She locked herself in his room."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cái cửa bị kẹt.", "Cửa nhà vệ sinh bị chọc vào." (poked), "Cánh cửa sẽ không mở.", "Cửa nhà vệ sinh không
    # đóng cửa."
    ("The toilet door is stuck.", "Cửa nhà vệ sinh bị kẹt."),
    ("The door's stuck.", "Cửa bị kẹt."),
    ("My bedroom door is stuck.", "Cửa phòng ngủ của tôi bị kẹt."),
    ("The bathroom door is jammed.", "Cửa phòng tắm bị kẹt cứng."),
    ("The door is jammed shut.", "Cửa bị kẹt cứng."),
    ("The door is still stuck.", "Cửa vẫn còn bị kẹt."),
    ("The front door got stuck yesterday.", "Hôm qua cửa chính bị kẹt."),
    ("Is the door stuck?", "Cửa có bị kẹt không?"),
    ("Is the door jammed?", "Cửa có bị kẹt cứng không?"),
    ("My bedroom door won't open.", "Cửa phòng ngủ của tôi không mở được."),
    ("The door won't open.", "Cửa không mở được."),
    ("The door to my room won't open.", "Cửa phòng tôi không mở được."),
    ("The bathroom door wouldn't close.", "Cửa phòng tắm không đóng được."),
    ("This door won't shut.", "Cửa này không đóng được."),
    # v8: "Tôi bị kẹt ở đây.", "Chúng tôi bị khóa trong phòng.", "Tôi bị khóa trên đống bánh." (a heap of cakes)
    ("I'm stuck in the toilet.", "Tôi đang bị kẹt trong nhà vệ sinh."),
    ("I got stuck in the toilet.", "Tôi bị kẹt trong nhà vệ sinh."),
    ("I'm stuck in here.", "Tôi đang bị kẹt trong này."),
    ("My mother got stuck in the bathroom yesterday.", "Hôm qua mẹ tôi bị kẹt trong phòng tắm."),
    ("We're locked in the room.", "Chúng tôi đang bị nhốt trong phòng."),
    ("I'm locked out on the balcony.", "Tôi đang bị nhốt ngoài ban công."),
    ("I'm stuck out on the balcony.", "Tôi đang bị kẹt ngoài ban công."),
    ("Are you stuck in there?", "Bạn có đang bị kẹt trong đó không?"),
    ("She's still stuck in the bathroom.", "Cô ấy vẫn đang bị kẹt trong phòng tắm."),
    ("We were locked in the bedroom last night.", "Tối qua chúng tôi bị nhốt trong phòng ngủ."),
    ("He just got stuck in the toilet.", "Anh ấy vừa bị kẹt trong nhà vệ sinh."),
    ("Lan was stuck in the loo yesterday.", "Hôm qua Lan bị kẹt trong nhà vệ sinh."),
    ("They're locked in my room.", "Họ đang bị nhốt trong phòng tôi."),
    ("I'm stuck in my bedroom.", "Tôi đang bị kẹt trong phòng ngủ của tôi."),
    ("She's locked in her room.", "Cô ấy đang bị nhốt trong phòng cô ấy."),
    ("My cat got locked in the bathroom.", "Con mèo tôi bị nhốt trong phòng tắm."),
    # v8: "Con trai tôi khóa mình trong phòng của anh ấy.", "Cô tự khóa trong nhà vệ sinh."
    ("My son has locked himself in his room.", "Con trai tôi tự nhốt mình trong phòng rồi."),
    ("She locked herself in the toilet.", "Cô ấy tự nhốt mình trong nhà vệ sinh."),
    ("My child has locked themselves in their room.", "Con tôi tự nhốt mình trong phòng rồi."),
    ("My daughter's just locked herself in the bathroom.", "Con gái tôi vừa tự nhốt mình trong phòng tắm."),
    ("Lan locked herself in her room.", "Lan tự nhốt mình trong phòng."),
    ("We locked ourselves in the bedroom yesterday.", "Hôm qua chúng tôi tự nhốt mình trong phòng ngủ."),
    ("I locked myself in your bedroom.", "Tôi tự nhốt mình trong phòng ngủ của bạn."),
    # v8: "Tôi không thể mở cửa.", "Tôi không thể mở cửa vệ sinh."
    ("I can't open the door.", "Tôi không mở được cửa."),
    ("I can't open the toilet door.", "Tôi không mở được cửa nhà vệ sinh."),
    ("I couldn't open the toilet door yesterday.", "Hôm qua tôi không mở được cửa nhà vệ sinh."),
    ("My mother still can't open the door.", "Mẹ tôi vẫn không mở được cửa."),
    ("He can't close the window.", "Anh ấy không đóng được cửa sổ."),
    # v8: "Khóa bị kẹt.", "Khóa này bị kẹt trong khóa."
    ("The lock is stuck.", "Ổ khóa bị kẹt."),
    ("The door lock is stuck.", "Ổ khóa cửa bị kẹt."),
    ("Is the lock stuck?", "Ổ khóa có bị kẹt không?"),
    ("The key is stuck in the lock.", "Chìa khóa bị kẹt trong ổ khóa."),
    ("The lock on the toilet door is broken.", "Ổ khóa cửa nhà vệ sinh bị hỏng."),
    # v8: "Hãy gọi một người nào đó mở cửa.", "Tôi sẽ gọi ai đó mở cửa."
    ("Call someone to open the door.", "Gọi người đến mở cửa đi."),
    ("Please call someone to open the door for me.", "Làm ơn gọi người đến mở cửa giúp tôi."),
    ("Call someone to open the door, please.", "Làm ơn gọi người đến mở cửa."),
    ("I'll call someone to open the door.", "Tôi sẽ gọi người đến mở cửa."),
    ("My mother called someone to open the door.", "Mẹ tôi đã gọi người đến mở cửa."),
    ("She's just called someone to open the door.", "Cô ấy vừa gọi người đến mở cửa."),
    ("I'm calling someone to open the door.", "Tôi đang gọi người đến mở cửa."),
    # not: a lock broken with no door, "the door lock" broken (mt/broken.py), locked out (mt/keys.py), a lift, traffic,
    # stuck on a problem or with a bill, "my door" (which?), the verb not agreeing with who, "himself" not who's, a
    # pet locking itself in, asked of "I", a "?" on a statement, doors locked (mt/doors.py), the other language
    ("The lock is broken.", None), ("The door lock is broken.", None), ("I'm locked out.", None),
    ("I got stuck in the lift.", None), ("I'm stuck in traffic.", None), ("I'm stuck on this problem.", None),
    ("I'm stuck with the bill.", None), ("My door is stuck.", None), ("She are stuck in the toilet.", None),
    ("My son locked herself in his room.", None), ("She have locked herself in the toilet.", None),
    ("My dog locked himself in the bathroom.", None), ("Am I stuck in here?", None), ("The door is stuck?", None),
    ("She have just called someone to open the door.", None), ("Lock the door.", None),
    ("The door is locked.", None), ("I stuck in the toilet.", None), ("The door won't open yesterday.", None),
    ("Cửa nhà vệ sinh bị kẹt.", None), ("The door won't open shut.", None), ("I will called someone.", None),
    ("Please Call someone to open the door.", None), ("Stuck stuck stuck.", None),
    ("The key is stuck.", None), ("Is the door got stuck?", None),
    # "his", "her", "their" after someone not a pronoun ("My son … his room": his own, or another's?, and "phòng anh
    # ấy" reads as another's), "you can't" (unable, or not allowed?)
    ("My son is locked in his room.", None), ("My son got locked in his room.", None),
    ("Lan is stuck in his room.", None), ("My mother can't open the door to her room.", None),
    ("Lan can't open the door to his room.", None), ("You can't open the door.", None),
    ("You couldn't open the window.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
