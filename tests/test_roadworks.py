"""Roadworks: a road repaired, dug up, closed, dusty or muddy from the works, how long they go on, when they end, and
a detour taken, both ways (mt/roadworks.py)."""
import pytest

from mt.roadworks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The road before my house is fixing.", "This path is being edited.", "This line is still editing.", "Are
    # you editing that line?", "The line to the field is being corrected."
    ("Đường trước nhà tôi đang sửa.", "The road in front of my house is being repaired."),
    ("Con đường này đang được sửa.", "This road is being repaired."),
    ("Đường này vẫn đang sửa.", "This road is still being repaired."),
    ("Đường đó có đang sửa không?", "Is that road being repaired?"),
    ("Đường trước nhà bạn có đang sửa không?", "Is the road in front of your house being repaired?"),
    ("Đường đến trường đang được sửa chữa.", "The road to school is being repaired."),
    ("Đường này đang bị đào lên.", "This road is being dug up."),
    # v8: "The road to the market is under construction.", "Are this way to execute?"
    ("Đường ra chợ đang thi công.", "There are roadworks on the road to the market."),
    ("Đường này có đang thi công không?", "Are there roadworks on this road?"),
    ("Đường vào làng vẫn đang thi công.", "There are still roadworks on the road into the village."),
    ("Đường này đang được thi công.", "There are roadworks on this road."),
    # v8: "This line is finished.", "Edit this line?", "This line has not been modified."
    ("Đường này sửa xong rồi.", "They've finished repairing this road."),
    ("Đường này sửa xong chưa?", "Have they finished repairing this road yet?"),
    ("Đường này chưa sửa xong.", "They haven't finished repairing this road yet."),
    ("Đường ra chợ vẫn chưa sửa xong.", "They still haven't finished repairing the road to the market."),
    # v8: "The road was brought up.", "The road was just trained."
    ("Đường lại bị đào lên rồi.", "The road has been dug up again."),
    ("Đường này vừa bị đào lên.", "This road has just been dug up."),
    ("Đường trước nhà chúng tôi bị đào tung lên rồi.", "The road in front of our house has been dug up."),
    # v8: "They are training.", "People are fixing the way out of the market.", "They were cherry again.", "Are they
    # fixing this way?"
    ("Họ đang đào đường.", "They're digging up the road."),
    ("Người ta đang sửa đường ra chợ.", "They're repairing the road to the market."),
    ("Họ lại đào đường rồi.", "They've dug up the road again."),
    ("Họ có đang sửa đường này không?", "Are they repairing this road?"),
    ("Người ta lại đang đào đường trước nhà tôi.", "They're digging up the road in front of my house again."),
    # v8: "This line is banned because of the public.", "This line is blocked for editing.", "Lines are masked."
    ("Đường này bị cấm vì đang thi công.", "This road is closed for roadworks."),
    ("Đường này bị chặn vì đang sửa.", "This road is closed for repairs."),
    ("Đường đến trường bị cấm vì sửa đường.", "The road to school is closed for roadworks."),
    ("Đường ra chợ đã bị phong tỏa để thi công.", "The road to the market has been closed for roadworks."),
    ("Đường bị chắn rồi.", "The road is blocked."),
    # v8: "In addition to dust roads.", "Rosses are now editing.", "This road is very dust.", "Is this dust?"
    ("Ngoài đường bụi quá.", "It's so dusty out on the road."),
    ("Ngoài đường lầy lội quá.", "It's so muddy out on the road."),
    ("Đường lầy lội vì đang sửa.", "The road is muddy because of the roadworks."),
    ("Đường này bụi lắm.", "This road is very dusty."),
    ("Đường trước nhà tôi rất bụi vì đang thi công.",
     "The road in front of my house is very dusty because of the roadworks."),
    ("Đường này có bụi không?", "Is this road dusty?"),
    # v8: "This line repairs several months.", "The market line was out of two weeks.", "How long does this line fix?"
    ("Đường này sửa mấy tháng rồi.", "This road has been under repair for months."),
    ("Đường ra chợ sửa hai tuần rồi.", "The road to the market has been under repair for two weeks."),
    ("Đường này sửa suốt một năm nay.", "This road has been under repair for a year."),
    ("Đường này sửa bao lâu rồi?", "How long has this road been under repair?"),
    # v8: "Never fix the finished line?", "When did this line finish?", "Do you ever fix the market line?"
    ("Bao giờ sửa đường xong?", "When will the roadworks be finished?"),
    ("Khi nào đường này mới sửa xong?", "When will the roadworks on this road be finished?"),
    ("Đường ra chợ bao giờ sửa xong?", "When will the roadworks on the road to the market be finished?"),
    ("Bao giờ họ sửa xong đường này?", "When will the roadworks on this road be finished?"),
    # v8: "I have to go round.", "We must go round.", "Yesterday, my mother had to go round.", "He had to go round.",
    # "Are you going to go a circle?", "I have to go round because I'm fixing."
    ("Tôi phải đi đường vòng.", "I have to take a detour."),
    ("Chúng ta phải đi đường vòng.", "We have to take a detour."),
    ("Hôm qua mẹ tôi phải đi đường vòng.", "My mother had to take a detour yesterday."),
    ("Anh ấy đã phải đi đường vòng.", "He had to take a detour."),
    ("Chúng ta sẽ phải đi đường vòng.", "We'll have to take a detour."),
    ("Ngày mai Lan sẽ phải đi đường vòng.", "Lan will have to take a detour tomorrow."),
    ("Bạn có phải đi đường vòng không?", "Do you have to take a detour?"),
    ("Tôi không phải đi đường vòng.", "I don't have to take a detour."),
    ("Tôi phải đi đường vòng vì đường đang sửa.", "I have to take a detour because of the roadworks."),
    ("Tuần trước, bố tôi phải đi đường vòng vì thi công.",
     "My father had to take a detour last week because of the roadworks."),
    ("Ngày mai chúng ta có phải đi đường vòng không?", "Will we have to take a detour tomorrow?"),
    # not: no word of tense ("Đường bị đào lên.", "Họ sửa đường.", "Họ đã đào đường."), no reason for "cấm" (no
    # entry?), "đi vòng" (round what?), today with "phải" (had or have?), a pet, "anh" alone, "?" on a statement or
    # "có" with no "không", "Đường bụi." (a dusty road?), sugar ("ngọt", "cho thêm đường"), a well dug, a street name,
    # a power line, an accident (mt/traffic.py), a day and a tense at odds, asked how many months, when it was done,
    # "được"/"đã" before a span (under repair for a year, or repaired a year ago?), "để" (in order to) of a detour
    ("Đường bị đào lên.", None), ("Họ sửa đường.", None), ("Họ đã đào đường.", None), ("Đường này bị cấm.", None),
    ("Tôi phải đi vòng.", None), ("Hôm nay tôi phải đi đường vòng.", None),
    ("Con chó của tôi phải đi đường vòng.", None), ("Anh phải đi đường vòng.", None), ("Đường này đang sửa?", None),
    ("Bạn có phải đi đường vòng?", None), ("Đường bụi.", None), ("Đường này ngọt quá.", None),
    ("Cho thêm đường vào.", None), ("Tôi đang sửa xe.", None), ("Họ đang đào giếng.", None),
    ("Phố Huế đang sửa.", None), ("Đường dây điện đang sửa.", None), ("Có tai nạn nên đường bị chặn.", None),
    ("Đường bị chặn.", None), ("Hôm qua tôi sẽ phải đi đường vòng.", None), ("Đường này sửa mấy tháng rồi?", None),
    ("Đường lại vừa bị đào lên.", None), ("Bao giờ sửa xong?", None), ("Đường này sửa xong bao giờ?", None),
    ("Tôi có bụi không?", None), ("Đường này rất bụi quá.", None), ("This road is being repaired.", None),
    ("Đường này sửa được một năm rồi.", None), ("Đường này đã sửa hai tháng rồi.", None),
    ("Tôi phải đi đường vòng để sửa đường.", None), ("Đường này bụi quá để thi công.", None),
    # not: "nhỉ" on a statement (isn't it?), a span of none, "lại sửa … rồi" (at it again, or done again?)
    ("Đường này đang sửa nhỉ.", None), ("Đường này sửa xong rồi nhỉ.", None), ("Ngoài đường bụi quá nhỉ.", None),
    ("Tôi phải đi đường vòng nhỉ.", None), ("Đường này sửa mấy tháng rồi nhỉ.", None),
    ("Đường này đang thi công nhỉ.", None), ("Đường này bị chặn rồi nhỉ.", None), ("Họ đang đào đường nhỉ.", None),
    ("Ngoài đường lầy lội quá nhỉ!", None), ("Đường này sửa 0 ngày rồi.", None), ("Đường này sửa 00 ngày rồi.", None),
    ("Người ta lại sửa đường rồi.", None), ("Họ lại sửa đường này rồi.", None),
    # ... but "nhỉ" asking, and "sửa … lại" done
    ("Đường này sửa xong chưa nhỉ?", "Have they finished repairing this road yet?"),
    ("Họ đã sửa đường lại rồi.", "They've repaired the road again."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con đường phía trước ngôi nhà tôi đang được sửa chữa.", "Có phải con đường được sửa chữa không?", "Con
    # đường này đang được duỗi." (stretched)
    ("The road in front of my house is being repaired.", "Đường trước nhà tôi đang được sửa."),
    ("This road is being repaired.", "Đường này đang được sửa."),
    ("Is that road being repaired?", "Đường đó có đang được sửa không?"),
    ("The road to school is still under repair.", "Đường đến trường vẫn đang được sửa."),
    ("The road's being fixed.", "Đường đang được sửa."),
    ("This road is being dug up.", "Đường này đang bị đào lên."),
    # v8: "Có những công việc con đường trên đường đến chợ.", "Có những công việc đường sá trên đường này không?"
    ("There are roadworks on the road to the market.", "Đường ra chợ đang thi công."),
    ("Are there roadworks on this road?", "Đường này có đang thi công không?"),
    ("There are still roadworks on the road into the village.", "Đường vào làng vẫn đang thi công."),
    # v8: "Con đường này đã được duỗi trở lại.", "Con đường này chỉ được duỗi."
    ("The road has been dug up again.", "Đường lại bị đào lên rồi."),
    ("This road has just been dug up.", "Đường này vừa bị đào lên."),
    ("The road in front of her house has been dug up.", "Đường trước nhà cô ấy bị đào lên rồi."),
    # v8: "Họ đang lén lén lén lên đường.", "Họ có sửa chữa con đường này không?", "Họ đã duỗi đường trở lại.", "Họ
    # chưa hoàn thành sửa chữa con đường này?" (not asked)
    ("They're digging up the road.", "Họ đang đào đường."),
    ("They are repairing the road to the market.", "Họ đang sửa đường ra chợ."),
    ("Are they repairing this road?", "Họ có đang sửa đường này không?"),
    ("They’re digging up the road in front of my house again.", "Họ lại đang đào đường trước nhà tôi."),
    ("They've dug up the road again.", "Họ lại đào đường rồi."),
    ("They've finished repairing this road.", "Họ đã sửa xong đường này rồi."),
    ("Have they finished repairing this road yet?", "Họ đã sửa xong đường này chưa?"),
    ("They haven't finished repairing this road yet.", "Họ chưa sửa xong đường này."),
    ("They still haven't finished repairing the road to school.", "Họ vẫn chưa sửa xong đường đến trường."),
    # v8: "Con đường bị đóng cửa vì công việc đường sá.", "Con đường đã đóng cửa để sửa chữa.", "Con đường bị chặn."
    ("This road is closed for roadworks.", "Đường này bị cấm vì đang thi công."),
    ("The road is closed for repairs.", "Đường bị cấm vì đang sửa."),
    ("The road to school is closed because of the roadworks.", "Đường đến trường bị cấm vì đang thi công."),
    ("The road is blocked off for roadworks.", "Đường bị chặn vì đang thi công."),
    ("The road is blocked.", "Đường bị chặn rồi."),
    # v8: "Thật là bụi trên đường.", "Con đường này bùn nổ vì những công việc đường sá.", "Con đường này có đột biến
    # không?" (mutation), "Có phải bụi trên đường không?"
    ("It's so dusty out on the road.", "Ngoài đường bụi quá."),
    ("The road is muddy because of the roadworks.", "Đường lầy lội vì đang sửa."),
    ("This road is very dusty.", "Đường này rất bụi."),
    ("The road in front of my house is really dusty.", "Đường trước nhà tôi bụi lắm."),
    ("This road is dusty.", "Đường này bụi bặm."),
    ("Is this road muddy?", "Đường này có lầy lội không?"),
    ("Is it dusty out on the road?", "Ngoài đường có bụi không?"),
    # v8: "Con đường này đang được sửa chữa trong nhiều tháng.", "Con đường đến thị trường đã được sửa chữa được hai
    # tuần rồi." (the stock market)
    ("This road has been under repair for months.", "Đường này sửa mấy tháng rồi."),
    ("The road to the market has been under repair for two weeks.", "Đường ra chợ sửa hai tuần rồi."),
    ("This road has been under repair for a year now.", "Đường này sửa một năm rồi."),
    ("How long has this road been under repair?", "Đường này sửa bao lâu rồi?"),
    # v8: "Khi nào sẽ hoàn thành công việc của con đường?", "Khi nào sẽ hoàn thành công việc trên đường này?"
    ("When will the roadworks be finished?", "Bao giờ sửa đường xong?"),
    ("When will the roadworks on this road be finished?", "Bao giờ đường này mới sửa xong?"),
    # v8: "Tôi phải đi xin lỗi." (apologise), "Cô ấy phải xin lỗi.", "Bạn có phải đổ vỡ không?", "Tôi không phải đổ
    # vỡ.", "Tôi phải mất mát vì các công việc đường sá.", "Mẹ tôi phải nghỉ ngơi hôm qua."
    ("I had to take a detour.", "Tôi đã phải đi đường vòng."),
    ("We have to take a detour.", "Chúng tôi phải đi đường vòng."),
    ("My mother had to take a detour yesterday.", "Hôm qua mẹ tôi phải đi đường vòng."),
    ("She has to take a detour.", "Cô ấy phải đi đường vòng."),
    ("Do you have to take a detour?", "Bạn có phải đi đường vòng không?"),
    ("Does he have to take a detour?", "Anh ấy có phải đi đường vòng không?"),
    ("We'll have to take a detour.", "Chúng tôi sẽ phải đi đường vòng."),
    ("Lan will have to take a detour tomorrow.", "Ngày mai Lan sẽ phải đi đường vòng."),
    ("I didn't have to take a detour.", "Tôi đã không phải đi đường vòng."),
    ("She does not have to take a detour.", "Cô ấy không phải đi đường vòng."),
    ("I had to take a detour because of the roadworks.", "Tôi đã phải đi đường vòng vì đường đang sửa."),
    ("Did you have to take a detour yesterday?", "Hôm qua bạn có phải đi đường vòng không?"),
    # not: "closed" with no reason (no entry?), the verb not going with who ("She have", "He don't", "They're dug"),
    # "Did"/"Will" asked with no day, a day at odds with the tense, a pet, "?" on a statement or "." on a question,
    # roads many, a car repaired, "a" or "two" not agreeing, "again" with "still", "it's dusty" (where?), a road in
    # the past, a meeting closed, the other way's language, "yet" said
    ("The road is closed.", None), ("She have to take a detour.", None), ("He don't have to take a detour.", None),
    ("Did you have to take a detour?", None), ("Will you have to take a detour?", None),
    ("I had to take a detour tomorrow.", None), ("My dog had to take a detour.", None),
    ("Is the road being repaired.", None), ("The road is being repaired?", None), ("They're dug up the road.", None),
    ("They've digging up the road.", None), ("The roads are being repaired.", None),
    ("My car is being repaired.", None), ("This road has been under repair for two week.", None),
    ("This road has been under repair for a months.", None), ("Are they still repairing the road again?", None),
    ("It's dusty.", None), ("I'm so muddy.", None), ("The road was closed for roadworks.", None),
    ("He took a detour.", None), ("The meeting is closed.", None), ("Tôi phải đi đường vòng.", None),
    ("Is it so dusty out on the road?", None), ("They have finished repairing this road yet.", None),
    ("They haven't still finished repairing the road.", None), ("Are they still digging up the road?", None),
    # "lại sửa … rồi" reads as at it again: the repairs done again are "sửa … lại rồi"
    ("They've repaired the road again.", "Họ đã sửa đường lại rồi."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
