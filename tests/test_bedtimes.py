"""Children's bedtimes: when the kids go to bed, past bedtime, asleep or in bed, not going to sleep, a bedtime story,
putting them to bed, both ways (mt/bedtimes.py)."""
import pytest

from mt.bedtimes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "How many hours of your homes go to bed?", "Do you go to bed?", "The children went to bed at 9:00."
    ("Bọn trẻ nhà bạn đi ngủ lúc mấy giờ?", "What time do your kids go to bed?"),
    ("Mấy giờ bọn trẻ đi ngủ?", "What time do the kids go to bed?"),
    ("Giờ đi ngủ của em bé là mấy giờ?", "What time does the baby go to bed?"),
    ("Bọn trẻ đi ngủ lúc 9 giờ.", "The kids go to bed at 9:00."),
    ("Bọn trẻ nhà tôi thường đi ngủ sớm.", "My kids usually go to bed early."),
    ("Thằng bé đi ngủ lúc 8 giờ tối.", "The boy goes to bed at 8 p.m."),
    # v8: "It's time for bed." (past bedtime), "It's time to bed."
    ("Quá giờ đi ngủ rồi.", "It's past bedtime."),
    ("Quá giờ đi ngủ của con rồi.", "It's past your bedtime."),
    ("Đã quá giờ đi ngủ của bọn trẻ rồi.", "It's past the kids' bedtime."),
    ("Đến giờ đi ngủ rồi.", "It's time for bed."),
    ("Đến giờ đi ngủ rồi!", "It's time for bed!"),
    # v8: "The children had sleeped.", "Have you slept yet?", "Are the children in bed?"
    ("Bọn trẻ đã ngủ rồi.", "The kids are already asleep."),
    ("Anh ấy đi ngủ rồi.", "He's already gone to bed."),
    ("Bọn trẻ lên giường rồi.", "The kids are already in bed."),
    ("Em bé ngủ chưa?", "Is the baby asleep yet?"),
    ("Bọn trẻ đã lên giường chưa?", "Are the kids in bed yet?"),
    ("Bọn trẻ đi ngủ chưa?", "Have the kids gone to bed yet?"),
    # v8: "The baby doesn't sleep.", "The boy doesn't stand to bed."
    ("Con bé không chịu ngủ.", "The girl won't go to sleep."),
    ("Thằng bé không chịu đi ngủ.", "The boy won't go to bed."),
    ("Tối qua em bé không chịu ngủ.", "The baby wouldn't go to sleep last night."),
    ("Con tôi vẫn không chịu ngủ.", "My child still won't go to sleep."),
    # v8: "I always told my child before sleeping.", "The boy needs to hear stories before sleeping."
    ("Tối nào tôi cũng kể chuyện cho con trước khi ngủ.", "I tell the kids a bedtime story every night."),
    ("Mẹ tôi đọc truyện cho bọn trẻ trước khi ngủ.", "My mother reads the kids a bedtime story."),
    ("Thằng bé cần nghe kể chuyện trước khi ngủ.", "The boy needs a bedtime story."),
    ("Bạn có muốn nghe kể chuyện trước khi ngủ không?", "Do you want a bedtime story?"),
    # v8: "I let children go to bed at 8:00.", "I went to bed at 8:00.", "I'm tempting to sleep."
    ("Tôi cho bọn trẻ đi ngủ lúc 8 giờ.", "I put the kids to bed at 8:00."),
    ("Tôi cho con đi ngủ lúc 8 giờ.", "I put the kids to bed at 8:00."),
    ("Vợ tôi đang cho em bé đi ngủ.", "My wife is putting the baby to bed."),
    ("Tôi đang dỗ con ngủ.", "I'm getting the kids to sleep."),
    ("Chồng tôi thường cho bọn trẻ đi ngủ lúc 9 giờ.", "My husband usually puts the kids to bed at 9:00."),
    ("Tôi sẽ cho bọn trẻ đi ngủ sớm.", "I'll put the kids to bed early."),
    # not: I or you asleep or refusing, "anh" alone, "cho … ngủ" (let sleep), "con" alone as subject (the kids, or
    # you?), kin's bedtimes (mt/routines.py's), a time of one day, "dỗ" not now, a son not said whose, asked without "?"
    ("Anh ấy đi ngủ rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi ngủ rồi.", None), ("Bạn ngủ chưa?", None), ("Anh không chịu ngủ.", None), ("Tôi cho con ngủ.", None),
    ("Con đi ngủ lúc mấy giờ?", None), ("Con bạn đi ngủ lúc mấy giờ?", None),
    ("Bọn trẻ đi ngủ lúc 9 giờ tối nay.", None), ("Tôi dỗ con ngủ.", None), ("Tôi đang cho con trai đi ngủ.", None),
    ("Em bé ngủ chưa.", None), ("Bọn trẻ đã ngủ rồi?", None), ("Tối qua em bé vẫn không chịu ngủ.", None),
    ("Tôi muốn được đọc truyện trước khi ngủ.", None), ("Tôi cho con đi ngủ muộn.", None),  # (reads; lets stay up)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con bạn đi ngủ là gì?", "Trẻ ngủ là gì?", "Trẻ đi ngủ lúc 9 tuổi." (aged 9)
    ("What time do your kids go to bed?", "Con bạn đi ngủ lúc mấy giờ?"),
    ("What time does the baby go to bed?", "Em bé đi ngủ lúc mấy giờ?"),
    ("What's the kids' bedtime?", "Bọn trẻ đi ngủ lúc mấy giờ?"),
    ("What time is the baby's bedtime?", "Em bé đi ngủ lúc mấy giờ?"),
    ("The kids go to bed at 9.", "Bọn trẻ đi ngủ lúc 9 giờ."),
    ("My kids usually go to bed early.", "Con tôi thường đi ngủ sớm."),
    ("The baby goes to bed at half past seven.", "Em bé đi ngủ lúc 7 giờ rưỡi."),
    # v8: "Đã qua giờ ngủ của bạn.", "Thời gian ngủ!", "Đó là giờ ngủ."
    ("It's past your bedtime.", "Quá giờ đi ngủ của con rồi."),
    ("It's past bedtime.", "Quá giờ đi ngủ rồi."),
    ("It's already past the kids' bedtime.", "Đã quá giờ đi ngủ của bọn trẻ rồi."),
    ("Time for bed!", "Đến giờ đi ngủ rồi!"),
    ("It's time for bed.", "Đến giờ đi ngủ rồi."),
    ("It's bedtime.", "Đến giờ đi ngủ rồi."),
    # v8: "Trẻ đã nằm trên giường.", "Trẻ em vẫn chưa ngủ được?"
    ("The kids are already in bed.", "Bọn trẻ đã lên giường rồi."),
    ("The kids are already asleep.", "Bọn trẻ đã ngủ rồi."),
    ("She's already asleep.", "Cô ấy đã ngủ rồi."),
    ("He's already gone to bed.", "Anh ấy đã đi ngủ rồi."),
    ("Are the kids in bed yet?", "Bọn trẻ đã lên giường chưa?"),
    ("Is the baby asleep yet?", "Em bé ngủ chưa?"),
    ("Have the kids gone to bed yet?", "Bọn trẻ đã đi ngủ chưa?"),
    # v8: "Cô ấy sẽ không đi ngủ.", "Bé sẽ không đi ngủ."
    ("She won't go to sleep.", "Cô ấy không chịu ngủ."),
    ("The baby won't go to bed.", "Em bé không chịu đi ngủ."),
    ("The baby wouldn't go to sleep last night.", "Tối qua em bé không chịu ngủ."),
    ("He refuses to go to bed.", "Anh ấy không chịu đi ngủ."),
    # v8: "Anh ấy cần một câu chuyện về giờ ngủ." (a story about bedtime), "Tôi đọc câu chuyện về giờ ngủ mỗi đêm."
    ("He needs a bedtime story.", "Anh ấy cần nghe kể chuyện trước khi ngủ."),
    ("Does the baby want a bedtime story?", "Em bé có muốn nghe kể chuyện trước khi ngủ không?"),
    ("I read the kids a bedtime story every night.", "Tối nào tôi cũng đọc truyện cho bọn trẻ trước khi ngủ."),
    ("My mother tells the kids a bedtime story.", "Mẹ tôi kể chuyện cho bọn trẻ trước khi ngủ."),
    ("Every night, I tell my kids a bedtime story.", "Tối nào tôi cũng kể chuyện cho con trước khi ngủ."),
    # v8: "Tôi đặt trẻ ngủ vào lúc 8 giờ." (placed), "Tôi đang đặt bé lên giường.", "Vợ tôi đang đặt con đi ngủ."
    ("I put the kids to bed at 8.", "Tôi cho bọn trẻ đi ngủ lúc 8 giờ."),
    ("He put the kids to bed at 8.", "Anh ấy đã cho bọn trẻ đi ngủ lúc 8 giờ."),
    ("My wife is putting the kids to bed.", "Vợ tôi đang cho bọn trẻ đi ngủ."),
    ("I'm getting the baby to sleep.", "Tôi đang dỗ em bé ngủ."),
    ("I'll put the kids to bed early.", "Tôi sẽ cho bọn trẻ đi ngủ sớm."),
    ("She usually puts the kids to bed at 8.", "Cô ấy thường cho bọn trẻ đi ngủ lúc 8 giờ."),
    # not: "'s", "do", "goes", "is", "refuse", "need", "tell", "puts" not agreeing, I asleep, "wouldn't" without last
    # night (may be "if"), "putting … to sleep" (may be a pet's end), "asleep" without "already" (an earlier rule's)
    ("What's the kids's bedtime?", None), ("What time do the baby go to bed?", None),
    ("The kids goes to bed at 9.", None), ("The kids is already asleep.", None), ("Is the kids asleep yet?", None),
    ("I'm already asleep.", None), ("He refuse to go to bed.", None), ("She wouldn't go to sleep.", None),
    ("He need a bedtime story.", None), ("My mother tell the kids a bedtime story.", None),
    ("They puts the kids to bed.", None), ("I'm putting the baby to sleep.", None), ("The kids are asleep.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Quá giờ đi ngủ rồi.", "en", "vi") is None
    assert translate("It's past your bedtime.", "vi", "en") is None
    assert translate("It's past your bedtime.", "en", "fr") is None
