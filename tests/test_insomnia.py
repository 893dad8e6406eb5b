"""Sleeping badly for a while: nights or weeks without sleep, waking in the night, a night lain awake, sleeping pills
and what keeps one awake, both ways (mt/insomnia.py)."""
import pytest

from mt import phrasebook
from mt.insomnia import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have a few sleeps tonight.", "The stenn tonight I can't sleep.", "I'm insomnia a week."
    ("Tôi bị mất ngủ mấy đêm nay.", "I haven't been able to sleep for the past few nights."),
    ("Mấy đêm nay tôi không ngủ được.", "I haven't been able to sleep for the past few nights."),
    ("Tôi bị mất ngủ một tuần rồi.", "I've had insomnia for a week."),
    ("Tôi bị mất ngủ cả tuần.", "I've had insomnia all week."),
    ("Mẹ tôi đã bị mất ngủ hai tuần nay.", "My mother has had insomnia for the past two weeks."),
    ("Bố tôi không ngủ được ba đêm liền.", "My father hasn't been able to sleep for three nights in a row."),
    ("Tôi mất ngủ 3 tuần nay rồi.", "I've had insomnia for the past 3 weeks."),
    ("Tôi cả tuần không ngủ được.", "I haven't been able to sleep all week."),
    ("Tôi ngủ không ngon mấy đêm nay.", "I haven't slept well for the past few nights."),
    ("Mấy tuần nay cô ấy ngủ không ngon.", "She hasn't slept well for the past few weeks."),
    # v8: "I kept up at 3 a.m.", "The night I got up at 3 a.m."
    ("Tôi cứ thức dậy lúc 3 giờ sáng.", "I keep waking up at 3 a.m."),
    ("Tôi cứ tỉnh dậy lúc ba giờ sáng.", "I keep waking up at 3 a.m."),
    ("Tôi cứ thức giấc giữa đêm rồi không ngủ lại được.",
     "I keep waking up in the middle of the night and can't get back to sleep."),
    ("Đêm nào tôi cũng thức dậy lúc 3 giờ sáng.", "I wake up at 3 a.m. every night."),
    ("Anh ấy hay thức giấc giữa đêm.", "He often wakes up in the middle of the night."),
    # v8: "I can't sleep again."
    ("Tôi không ngủ lại được.", "I can't get back to sleep."),
    ("Đêm qua tôi không ngủ lại được.", "I couldn't get back to sleep last night."),
    # v8: "I got white at night.", "I'm getting a whole night.", "All night I didn't get the eyes."
    ("Tôi thức trắng cả đêm.", "I was awake all night."),
    ("Anh ấy thức trắng đêm.", "He was awake all night."),
    ("Tôi nằm thao thức cả đêm.", "I lay awake all night."),
    ("Tôi trằn trọc cả đêm.", "I tossed and turned all night."),
    ("Cả đêm tôi không chợp mắt được.", "I didn't sleep a wink all night."),
    ("Đêm qua tôi không chợp mắt chút nào.", "I didn't sleep a wink last night."),
    # v8: "She takes medicine sleep.", "Are you take medicine sleep?"
    ("Cô ấy uống thuốc ngủ.", "She takes sleeping pills."),
    ("Bạn có uống thuốc ngủ không?", "Do you take sleeping pills?"),
    ("Bà tôi không uống thuốc ngủ.", "My grandmother doesn't take sleeping pills."),
    ("Mẹ tôi thỉnh thoảng uống thuốc ngủ.", "My mother sometimes takes sleeping pills."),
    ("Tôi phải uống thuốc ngủ mới ngủ được.", "I have to take sleeping pills to get to sleep."),
    ("Tôi không ngủ được nếu không uống thuốc ngủ.", "I can't sleep without sleeping pills."),
    # v8: "I can't sleep because hot."
    ("Tôi không ngủ được vì nóng quá.", "I can't sleep because it's so hot."),
    ("Chúng tôi không ngủ được vì lạnh quá.", "We can't sleep because it's so cold."),
    ("Đêm qua tôi không ngủ được vì nóng quá.", "I couldn't sleep last night because it was so hot."),
    ("Tôi không ngủ được cả đêm vì muỗi.", "I couldn't sleep all night because of the mosquitoes."),
    ("Mấy đêm nay tôi không ngủ được vì nóng.",
     "I haven't been able to sleep for the past few nights because of the heat."),
    # not: "anh" alone (may be the speaker), one night counted, two times, "thức trắng" with no night, "sẽ", "không
    # ngủ lại" (won't), "hay" with a time (a habit: mt/routines.py), "phải" alone (mt/medicine.py's), a reason unknown,
    # a past span, and mt/sleep.py's ("Tôi bị mất ngủ.", "Tôi không ngủ được.")
    ("Tôi trằn trọc cả đêm nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh không ngủ được vì nóng quá.", None), ("Tôi bị mất ngủ một đêm nay.", None),
    ("Đêm qua tôi trằn trọc cả đêm.", None), ("Tôi thức trắng.", None), ("Tôi sẽ thức trắng cả đêm.", None),
    ("Tôi không ngủ lại.", None), ("Tôi hay thức dậy lúc 3 giờ sáng.", None), ("Tôi phải uống thuốc ngủ.", None),
    ("Tôi không ngủ được vì lo.", None), ("Tuần trước tôi bị mất ngủ cả tuần.", None), ("Tôi bị mất ngủ.", None),
    ("Tôi không ngủ được.", None), ("Bạn có uống thuốc ngủ.", None), ("Tôi bị mất ngủ cả đêm.", None),
    ("Tôi cứ thức dậy lúc sáu giờ.", None), ("Tôi sẽ thức trắng đêm nay.", None),
    # not: "cứ" after "chúng ta" or "bạn" (the go-ahead: let's just get up at 6, just get up at 5), a time from 5 a.m.
    # on (an ordinary morning), "bạn" taking pills in a statement (an instruction, or one past event?)
    ("Chúng ta cứ thức dậy lúc 6 giờ sáng.", None), ("Bạn cứ thức dậy lúc 5 giờ sáng.", None),
    ("Bạn cứ thức dậy lúc 3 giờ sáng.", None), ("Chúng ta cứ thức giấc giữa đêm.", None),
    ("Tôi cứ thức dậy lúc 5 giờ sáng.", None), ("Đêm nào tôi cũng thức dậy lúc 6 giờ sáng.", None),
    ("Bạn uống thuốc ngủ.", None), ("Bạn thỉnh thoảng uống thuốc ngủ.", None), ("Chúng ta uống thuốc ngủ.", None),
    ("Chúng tôi cứ thức dậy lúc 3 giờ sáng.", "We keep waking up at 3 a.m."),
    ("Tôi cứ thức dậy lúc 4 giờ rưỡi sáng.", "I keep waking up at 4:30 a.m."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã bị mất ngủ được một tuần rồi.", "Tôi không ngủ ngon trong nhiều ngày." (in many days)
    ("I haven't been able to sleep for the past few nights.", "Mấy đêm nay tôi không ngủ được."),
    ("She hasn't been able to sleep for three nights in a row.", "Ba đêm liền cô ấy không ngủ được."),
    ("I haven't slept for two nights.", "Hai đêm nay tôi không ngủ được."),
    ("I've had insomnia for a week.", "Tôi bị mất ngủ một tuần nay."),
    ("My mother has had insomnia for two weeks.", "Mẹ tôi bị mất ngủ hai tuần nay."),
    ("She's had insomnia all week.", "Cô ấy bị mất ngủ cả tuần nay."),
    ("I have had insomnia for months.", "Tôi bị mất ngủ mấy tháng nay."),
    ("I haven't slept well for days.", "Mấy hôm nay tôi ngủ không ngon."),
    ("I've been sleeping badly for weeks.", "Mấy tuần nay tôi ngủ không ngon."),
    # v8: "Tôi thức dậy lúc 3 giờ sáng." (keep lost), "Anh ấy giữ thức dậy giữa đêm." (holds)
    ("I keep waking up at 3 a.m.", "Tôi cứ thức dậy lúc 3 giờ sáng."),
    ("He keeps waking up in the middle of the night.", "Anh ấy cứ thức dậy giữa đêm."),
    ("She keeps waking up at 4 a.m. and can't get back to sleep.",
     "Cô ấy cứ thức dậy lúc 4 giờ sáng rồi không ngủ lại được."),
    ("I wake up at 3 a.m. every night.", "Đêm nào tôi cũng thức dậy lúc 3 giờ sáng."),
    ("I keep waking up at 3 a.m. every night.", "Đêm nào tôi cũng thức dậy lúc 3 giờ sáng."),
    ("My mother often wakes up in the middle of the night.", "Mẹ tôi hay thức dậy giữa đêm."),
    # v8: "Tôi không thể quay lại giấc ngủ." (return to the sleep)
    ("I couldn't get back to sleep.", "Tôi không ngủ lại được."),
    ("I couldn't get back to sleep last night.", "Đêm qua tôi không ngủ lại được."),
    # v8: "Tôi thức giấc suốt đêm.", "Tôi đi chơi và quay lại suốt đêm." (went out and came back), "Tôi không ngủ được
    # một thắng lợi tối qua." (a victory), "Tôi ở lại cả đêm." (stayed)
    ("I lay awake all night.", "Tôi nằm thao thức cả đêm."),
    ("I was awake all night.", "Tôi thức trắng cả đêm."),
    ("We were up all night.", "Chúng tôi thức trắng cả đêm."),
    ("I stayed up all night.", "Tôi thức trắng cả đêm."),
    ("I tossed and turned all night.", "Tôi trằn trọc cả đêm."),
    ("I didn't sleep a wink last night.", "Đêm qua tôi không chợp mắt chút nào."),
    ("I couldn't sleep all night.", "Tôi không ngủ được cả đêm."),
    # "cả đêm" first ("Tôi không ngủ lại được cả đêm.", "Tôi cả đêm không chợp mắt." read badly)
    ("I couldn't get back to sleep all night.", "Cả đêm tôi không ngủ lại được."),
    ("I didn't sleep a wink all night.", "Cả đêm tôi không chợp mắt."),
    ("My mother didn't sleep a wink all night.", "Cả đêm mẹ tôi không chợp mắt."),
    # v8: "Bé có uống thuốc ngủ không?" (the baby)
    ("She takes sleeping pills.", "Cô ấy uống thuốc ngủ."),
    ("Does she take sleeping pills?", "Cô ấy có uống thuốc ngủ không?"),
    ("My father doesn't take sleeping pills.", "Bố tôi không uống thuốc ngủ."),
    ("I sometimes take sleeping pills.", "Tôi thỉnh thoảng uống thuốc ngủ."),
    ("I have to take sleeping pills to get to sleep.", "Tôi phải uống thuốc ngủ mới ngủ được."),
    ("I can't sleep without sleeping pills.", "Tôi không ngủ được nếu không uống thuốc ngủ."),
    # v8: "Tôi không ngủ được vì nhiệt độ." (the temperature), "… vì nóng được."
    ("I can't sleep because of the heat.", "Tôi không ngủ được vì trời nóng."),
    ("I couldn't sleep because of the heat.", "Tôi không ngủ được vì trời nóng."),
    ("I can't sleep because it's so hot.", "Tôi không ngủ được vì nóng quá."),
    ("I couldn't sleep last night because it was too hot.", "Đêm qua tôi không ngủ được vì nóng quá."),
    # not: who and the verb not agreeing, "it was" of now, a night counted in the plural, a span with "last night",
    # "lay awake" with no night, mt/sleep.py's ("I can't sleep.", "… lately", "I have insomnia."), mt/medicine.py's
    ("She have had insomnia for a week.", None), ("He keep waking up at 3 a.m.", None),
    ("She take sleeping pills.", None), ("Does she takes sleeping pills?", None), ("We was awake all night.", None),
    ("I can't sleep because it was hot.", None), ("I haven't been able to sleep for a nights.", None),
    ("I haven't been able to sleep last night.", None), ("I lay awake.", None), ("I can't sleep.", None),
    ("I've been sleeping badly lately.", None), ("I have insomnia.", None), ("She has to take sleeping pills.", None),
    ("I haven't been able to sleep for nights.", None), ("I often wake up at 6.", None),
    ("I often wake up at 3 a.m.", None), ("I stayed up all night studying.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi thức trắng cả đêm.", "en", "vi") is None
    assert translate("I lay awake all night.", "vi", "en") is None
    assert translate("I lay awake all night.", "en", "fr") is None


@pytest.mark.parametrize("text, src, tgt", [("Tôi không ngủ được vì nóng quá?", "vi", "en"),
                                            ("Tôi cứ tỉnh dậy lúc ba giờ sáng?", "vi", "en"),
                                            ("She was awake all night?", "en", "vi")])
def test_a_statement_asked_is_left(text, src, tgt):
    assert phrasebook.translate(text, src, tgt) is None  # (Vietnamese: mt.phrasebook passes it over; English: here)
