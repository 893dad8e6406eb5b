"""A child's school day: taking the kids to school, when school starts and finishes, no school, off school sick and
the summer holiday, both ways (mt/school_days.py)."""
import pytest

from mt.school_days import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I take your child to study every morning.", "I carry him to study …", "My mother gave me school.", "Who
    # brings your child to school?", "I have to go to school." (the child lost)
    ("Tôi đưa con đi học mỗi sáng.", "I take my child to school every morning."),
    ("Tôi chở con đi học mỗi sáng.", "I take my child to school every morning."),
    ("Chồng tôi thường chở con đi học.", "My husband usually takes the kids to school."),
    ("Mẹ tôi đưa con tôi đi học.", "My mother takes my child to school."),
    ("Mẹ tôi đưa tôi đi học mỗi sáng.", "My mother takes me to school every morning."),
    ("Tôi đưa bọn trẻ đến trường mỗi ngày.", "I take the kids to school every day."),
    ("Chúng tôi đưa con đi học.", "We take our child to school."),
    ("Tôi đang đưa con đi học.", "I'm taking my child to school."),
    ("Hôm qua tôi đưa con đi học.", "I took my child to school yesterday."),
    ("Ngày mai tôi sẽ đưa con đi học.", "I'll take my child to school tomorrow."),
    ("Tôi phải đưa con đi học.", "I have to take my child to school."),
    ("Ai đưa con đi học?", "Who takes the kids to school?"),
    ("Ai sẽ đưa con đi học?", "Who will take the kids to school?"),
    ("Bạn có đưa con đi học không?", "Do you take your child to school?"),
    ("Hôm qua bạn có đưa con đi học không?", "Did you take your child to school yesterday?"),
    # v8: "Time of school?", "The time of school?", "Do you learn to learn?", "School at 7:00.", "School meltdown at 4
    # p.m.", "I was at school 7 a.m.", "Friday's school meditation early."
    ("Mấy giờ con tan học?", "What time do you finish school?"),
    ("Mấy giờ tan học?", "What time does school finish?"),
    ("Mấy giờ thì vào học vậy?", "What time does school start?"),
    ("Trường tan học lúc mấy giờ?", "What time does school finish?"),
    ("Mấy giờ bọn trẻ tan học?", "What time do the kids finish school?"),
    ("Trường vào học lúc 7 giờ.", "School starts at 7:00."),
    ("Trường tan học lúc 4 giờ chiều.", "School finishes at 4 p.m."),
    ("Trường tan lúc 4 rưỡi.", "School finishes at 4:30."),
    ("Con tôi vào học lúc 7 giờ sáng.", "My child starts school at 7 a.m."),
    ("Thứ Sáu trường tan sớm.", "School finishes early on Friday."),
    ("Trường tan học sớm vào các ngày thứ Sáu.", "School finishes early on Fridays."),
    ("Hôm qua trường tan sớm.", "School finished early yesterday."),
    # v8: "Today the school is idle.", "Today, school vacation.", "Tomorrow, idle field.", "I'm a vacation today."
    ("Hôm nay trường nghỉ.", "There's no school today."),
    ("Hôm nay được nghỉ học.", "There's no school today."),
    ("Hôm nay không phải đi học.", "There's no school today."),
    ("Ngày mai trường nghỉ.", "There's no school tomorrow."),
    ("Hôm qua trường nghỉ.", "There was no school yesterday."),
    ("Hôm nay có phải đi học không?", "Is there school today?"),
    ("Hôm nay tôi được nghỉ học.", "I don't have school today."),
    ("Ngày mai bạn có phải đi học không?", "Do you have school tomorrow?"),
    # v8: "My child has sickened and went to school.", "My son died of school because of sickness.", "Yesterday, my
    # son was a student.", "They're a summer break."
    ("Con tôi bị ốm nên nghỉ học.", "My child is off school sick."),
    ("Con trai tôi nghỉ học vì bị ốm.", "My son is off school sick."),
    ("Con gái tôi hôm nay nghỉ học vì ốm.", "My daughter is off school sick today."),
    ("Hôm qua Lan nghỉ học vì ốm.", "Lan was off school sick yesterday."),
    ("Hôm qua con trai tôi nghỉ học.", "My son was off school yesterday."),
    ("Bọn trẻ đang nghỉ hè.", "The kids are on summer holiday."),
    ("Tôi được nghỉ hè rồi.", "I'm on summer holiday."),
    # not: "Anh" saying (the speaker?), a part of today with no tense, "Con" alone saying, taking oneself, "tan" of no
    # school, no day ("Trường nghỉ.": for good?), "nghỉ học" with no day nor illness (quits?), "Trường" a name, asked
    # without "?", summer holiday with no "đang" or "rồi", the child spoken to picked up (mt/pickups.py), the
    # routine's (mt/routines.py), going to school, a lesson ("đi học bơi")
    ("Anh đưa con đi học mỗi sáng.", None), ("Sáng nay tôi đưa con đi học.", None),
    ("Thứ Sáu con tan học sớm.", None), ("Tôi đưa tôi đi học.", None), ("Mấy giờ tan?", None),
    ("Trường nghỉ.", None), ("Con tôi nghỉ học.", None), ("Con tôi nghỉ học rồi.", None),
    ("Hôm nay Trường nghỉ.", None), ("Ngày mai có phải đi học không", None), ("Bọn trẻ nghỉ hè.", None),
    ("Bố tôi đón con tan học.", None), ("Con bị ốm nên nghỉ học.", None), ("Tôi đưa con đi học bơi.", None),
    ("Hôm nay con tôi không đi học.", None), ("Tôi đưa con đi học rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đi học mỗi buổi sáng." (the kids lost), "Chồng tôi lái trẻ đến trường.", "Ai cần trẻ đến trường?",
    # "Ai đang đi học?", "Bạn có phải đi học không?", "Tôi lấy đứa trẻ đến trường sáng nay.", "Cô ấy phải đi học …"
    ("I take the kids to school every morning.", "Tôi đưa con đi học mỗi sáng."),
    ("I take my son to school every day.", "Tôi đưa con trai đi học mỗi ngày."),
    ("My husband drives the kids to school.", "Chồng tôi chở bọn trẻ đi học."),
    ("She takes her son to school every morning.", "Cô ấy đưa con trai đi học mỗi sáng."),
    ("We drive our kids to school.", "Chúng tôi chở con đi học."),
    ("I take your kids to school.", "Tôi đưa con bạn đi học."),
    ("Who takes the kids to school?", "Ai đưa bọn trẻ đi học?"),
    ("Who's taking the kids to school?", "Ai sẽ đưa bọn trẻ đi học?"),
    ("Do you take the kids to school?", "Bạn có đưa bọn trẻ đi học không?"),
    ("Did you take the kids to school?", "Bạn đã đưa bọn trẻ đi học chưa?"),
    ("I'm taking the kids to school.", "Tôi đang đưa con đi học."),
    ("I took the kids to school this morning.", "Sáng nay tôi đã đưa con đi học."),
    ("I'll take the kids to school tomorrow.", "Ngày mai tôi sẽ đưa con đi học."),
    ("She has to take the kids to school every day.", "Cô ấy phải đưa bọn trẻ đi học mỗi ngày."),
    # v8: "Chuyện giờ học xong là gì?", "Thời gian bắt đầu trường là gì?", "Trường bắt đầu ở 7 tuổi." (at age 7),
    # "Trường đã hoàn thành sớm hôm qua.", "Trẻ hoàn thành trường lúc 4 giờ chiều."
    ("What time does school finish?", "Mấy giờ tan học?"),
    ("What time does school start?", "Mấy giờ vào học?"),
    ("What time does school get out?", "Mấy giờ tan học?"),
    ("What time do the kids start school?", "Bọn trẻ vào học lúc mấy giờ?"),
    ("School starts at 7.", "Trường vào học lúc 7 giờ."),
    ("School starts at 7:30 a.m.", "Trường vào học lúc 7:30 sáng."),
    ("School finishes at 4 pm.", "Trường tan học lúc 4 giờ chiều."),
    ("School finishes early on Fridays.", "Các ngày thứ Sáu trường tan học sớm."),
    ("School finished early yesterday.", "Hôm qua trường tan học sớm."),
    ("The kids finish school at 4 pm.", "Bọn trẻ tan học lúc 4 giờ chiều."),
    # v8: "Hôm nay chẳng có trường nào cả." (no school exists), "Có ở trường ngày mai không?", "Tôi không có trường
    # ngày hôm nay.", "Bạn có ở trường ngày mai không?"
    ("There's no school today.", "Hôm nay được nghỉ học."),
    ("There's no school tomorrow.", "Ngày mai được nghỉ học."),
    ("There was no school yesterday.", "Hôm qua được nghỉ học."),
    ("There's no school on Saturdays.", "Các ngày thứ Bảy được nghỉ học."),
    ("Is there school tomorrow?", "Ngày mai có phải đi học không?"),
    ("I don't have school today.", "Hôm nay tôi được nghỉ học."),
    ("She doesn't have school tomorrow.", "Ngày mai cô ấy được nghỉ học."),
    ("Do you have school tomorrow?", "Ngày mai bạn có phải đi học không?"),
    ("Does your son have school today?", "Hôm nay con trai bạn có phải đi học không?"),
    # v8: "Con trai tôi bị ốm từ trường." (sick from the school), "Trẻ ở trường." (at school), "Những đứa trẻ này vào
    # ngày lễ mùa hè." (a public holiday)
    ("The kids are off school today.", "Hôm nay bọn trẻ nghỉ học."),
    ("My son is off school because he's sick.", "Con trai tôi nghỉ học vì bị ốm."),
    ("My daughter is off school today because she's ill.", "Hôm nay con gái tôi nghỉ học vì bị ốm."),
    ("My child is off school because they're sick.", "Con tôi nghỉ học vì bị ốm."),
    ("My son is off sick from school.", "Con trai tôi nghỉ học vì bị ốm."),
    ("She was off school yesterday because she was sick.", "Hôm qua cô ấy nghỉ học vì bị ốm."),
    ("The kids are on summer holiday.", "Bọn trẻ đang nghỉ hè."),
    ("The kids are on their summer holidays.", "Bọn trẻ đang nghỉ hè."),
    ("The kids are on school holidays.", "Bọn trẻ đang được nghỉ học."),
    # not: the verb not agreeing with who or the day, whose not who's own or not told, "because she's" of a son, off
    # school with no day nor illness, "When does school start?" (which day?), the routine's "What time does your son
    # finish school?" is taken first (left alone here too), the school closed (mt/opening_hours.py)
    ("I takes the kids to school.", None), ("He take the kids to school.", None),
    ("Do she take the kids to school?", None), ("I'll take the kids to school yesterday.", None),
    ("She have to take the kids to school.", None), ("She are taking the kids to school.", None),
    ("My mother takes their kids to school.", None), ("School start at 8.", None),
    ("School finishes early yesterday.", None), ("My son starts school early.", None),
    ("What time does the kids start school?", None), ("There was no school tomorrow.", None),
    ("There is no school.", None), ("She don't have school tomorrow.", None), ("I has no school today.", None),
    ("My son were off school yesterday.", None), ("My son is off school.", None),
    ("My son is off school because she's sick.", None), ("I'm off school because I was sick.", None),
    ("I'm on your summer holidays.", None), ("She are on her summer vacation.", None),
    ("When does school start?", None), ("The school is closed today.", None),
    ("My son starts school at five.", None), ("The kids start school at six.", None),  # (at five years old?)
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi đưa con đi học mỗi sáng.", "en", "vi") is None
    assert translate("There's no school today.", "vi", "en") is None
    assert translate("There's no school today.", "en", "fr") is None
