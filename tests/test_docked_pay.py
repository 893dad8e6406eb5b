"""Pay docked or cut at work and why, days' pay docked, a fine for lateness, waiting for pay or payday, the pay come
in, and payday near, both ways (mt/docked_pay.py)."""
import pytest

from mt.docked_pay import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm salaries for late.", "My mother was salaries.", "Do you have cracked wages?", "I'm salaries."
    ("Tôi bị trừ lương vì đi muộn.", "My pay was docked for being late."),
    ("Mẹ tôi bị trừ lương.", "My mother's pay was docked."),
    ("Bạn có bị trừ lương không?", "Was your pay docked?"),
    ("Tôi bị cắt lương.", "My pay was cut."),
    ("Chúng tôi vừa bị cắt giảm lương.", "Our pay has just been cut."),
    ("Tôi lại bị trừ lương vì đi trễ.", "My pay was docked again for being late."),
    ("Anh ấy sẽ bị trừ lương.", "His pay will be docked."),
    ("Tôi không bị trừ lương.", "My pay wasn't docked."),
    ("Lan đã bị trừ lương vì nghỉ không phép.", "Lan's pay was docked for taking leave without permission."),
    ("Cô ấy bị trừ lương do quên chấm công.", "Her pay was docked for forgetting to clock in."),
    ("Tôi bị sếp trừ lương.", "My boss docked my pay."),
    ("Mẹ tôi bị sếp trừ lương vì nghỉ làm.", "My mother's boss docked her pay for missing work."),
    ("Lan bị sếp trừ lương.", "The boss docked Lan's pay."),
    ("Bạn có bị sếp trừ lương không?", "Did your boss dock your pay?"),
    ("Chúng tôi bị công ty cắt lương.", "The company cut our pay."),
    # v8: "He was cracked for two days.", "Do you have been punished for days?"
    ("Anh ấy bị trừ hai ngày lương.", "He had two days' pay docked."),
    ("Cô ấy bị trừ một ngày lương vì về sớm.", "She had a day's pay docked for leaving early."),
    ("Tôi bị trừ nửa ngày lương.", "I had half a day's pay docked."),
    ("Chúng tôi vừa bị trừ ba ngày lương.", "We have just had three days' pay docked."),
    ("Bố tôi bị trừ 2 ngày lương vì đi làm muộn.", "My father had two days' pay docked for being late for work."),
    ("Bạn bị trừ mấy ngày lương?", "How many days' pay did you have docked?"),
    # v8: "Lan was punished for going to work late."
    ("Lan bị phạt tiền vì đi làm muộn.", "Lan was fined for being late for work."),
    ("Bạn có bị phạt tiền vì đi muộn không?", "Were you fined for being late?"),
    # v8: "His boss except for me.", "The company except our salaries for a late work."
    ("Sếp trừ lương tôi.", "My boss docked my pay."),
    ("Công ty trừ lương chúng tôi vì đi làm muộn.", "The company docked our pay for being late for work."),
    ("Sếp có trừ lương bạn không?", "Did the boss dock your pay?"),
    ("Sếp tôi trừ lương mẹ tôi.", "My boss docked my mother's pay."),
    ("Công ty tôi cắt lương chúng tôi.", "My company cut our pay."),
    ("Sếp sẽ trừ lương anh ấy.", "The boss will dock his pay."),
    # v8: "I'm waiting for my salaries."
    ("Tôi đang chờ lương về.", "I'm waiting for my pay to come in."),
    ("Mẹ tôi vẫn đang đợi lương.", "My mother is still waiting for her pay."),
    ("Chúng tôi đang chờ đến ngày lĩnh lương.", "We're waiting for payday."),
    ("Lan đang chờ đến ngày lĩnh lương.", "Lan is waiting for payday."),
    # v8: "Isn't it?", "The bones are not coming."
    ("Lương về chưa?", "Has the pay come in yet?"),
    ("Lương đã về chưa?", "Has the pay come in yet?"),
    ("Lương chưa về.", "The pay hasn't come in yet."),
    ("Lương vẫn chưa về.", "The pay still hasn't come in."),
    ("Lương về rồi.", "The pay has come in."),
    # v8: "There is salary today.", "Next week, new salaries."
    ("Hôm nay có lương.", "It's payday today."),
    ("Hôm nay có lương rồi.", "It's payday today."),
    ("Tuần sau mới có lương.", "Payday isn't until next week."),
    ("Ngày mai có lương không?", "Is it payday tomorrow?"),
    ("Bao giờ có lương?", "When's payday?"),
    # not: a pet, "anh" saying it, "I" asked, a "?" on a statement, a fine with no reason (punished? traffic?), "đang"
    # unsaid (waiting, or will wait?), a name's own pay (his or hers?), a bare "Lương về." (Luong comes home?), "rồi"
    # on a day ahead, a reason with who again, sums, a month's pay (mt/unpaid_wages.py), got paid (mt/earnings.py),
    # "không" on days docked (fewer, or none?), "sẽ … không?", the name "Lương" waited for
    ("Con chó của tôi bị trừ lương.", None), ("Anh bị trừ lương.", None), ("Tôi có bị trừ lương không?", None),
    ("Tôi bị trừ lương?", None), ("Tôi bị phạt tiền.", None), ("Tôi bị phạt vì đi muộn.", None),
    ("Tôi chờ lương về.", None), ("Lan đang chờ lương về.", None), ("Lương về.", None),
    ("Ngày mai có lương rồi.", None),
    ("Tôi bị trừ lương vì tôi đi muộn.", None), ("Tôi bị trừ 500 nghìn tiền lương.", None),
    ("Lương tháng này về chưa?", None), ("Tôi vừa nhận lương.", None), ("Tôi không bị trừ hai ngày lương.", None),
    ("Bạn sẽ bị trừ lương không?", None), ("Tôi đang chờ Lương về.", None), ("Bạn có bị trừ lương?", None),
    ("Tôi bị trừ lương nhỉ.", None), ("Tôi bị trừ tiền hai lần.", None), ("Lương của tôi thấp.", None),
    ("My pay was docked.", None),
    # review: "I" asked of a payer (will the boss dock my pay?), as "Tôi có bị trừ lương không?" is left
    ("Sếp có trừ lương tôi không?", None), ("Công ty có cắt lương mình không?", None),
    ("Sếp có trừ lương họ không?", "Did the boss dock their pay?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tiền trả của tôi bị cắt giảm vì đã muộn.", "Bạn có phải tiền trả của mình không?"
    ("My pay was docked for being late.", "Tôi bị trừ lương vì đi muộn."),
    ("Was your pay docked?", "Bạn có bị trừ lương không?"),
    ("My mother's salary has just been cut.", "Mẹ tôi vừa bị cắt lương."),
    ("My wages were docked again.", "Tôi lại bị trừ lương."),
    ("Lan's pay will be docked.", "Lan sẽ bị trừ lương."),
    ("Our pay wasn't docked.", "Chúng tôi không bị trừ lương."),
    ("His pay got docked for leaving early.", "Anh ấy bị trừ lương vì về sớm."),
    # v8: "Tiền trả của tôi bị cắt giảm.", "Tôi có được số tiền của tôi bị mất tích."
    ("My pay was cut.", "Tôi bị cắt lương."),
    ("I got my pay docked for missing work.", "Tôi bị trừ lương vì nghỉ làm."),
    ("Did you get your pay docked?", "Bạn có bị trừ lương không?"),
    ("She had her salary cut.", "Cô ấy bị cắt lương."),
    ("My father didn't get his pay docked.", "Bố tôi không bị trừ lương."),
    # v8: "Sếp tôi chi trả cho ông."
    ("My boss docked my pay.", "Tôi bị sếp trừ lương."),
    ("The boss will dock Lan's pay.", "Lan sẽ bị sếp trừ lương."),
    ("Did the company cut your pay?", "Bạn có bị công ty cắt lương không?"),
    ("Her boss docked her pay for coming in late.", "Cô ấy bị sếp trừ lương vì đi làm muộn."),
    ("Our boss has just cut our pay.", "Chúng tôi vừa bị sếp cắt lương."),
    # v8: "Anh ta có hai ngày trả tiền."
    ("He had two days' pay docked.", "Anh ấy bị trừ hai ngày lương."),
    ("She had a day's pay docked.", "Cô ấy bị trừ một ngày lương."),
    ("Did you have half a day's pay docked?", "Bạn có bị trừ nửa ngày lương không?"),
    ("My mother had three days' pay docked for missing work.", "Mẹ tôi bị trừ ba ngày lương vì nghỉ làm."),
    ("How many days' pay did you have docked?", "Bạn bị trừ mấy ngày lương?"),
    # v8: "Cô ấy rất tốt để làm việc trễ."
    ("She was fined for being late to work.", "Cô ấy bị phạt tiền vì đi làm muộn."),
    ("Were you fined for being late?", "Bạn có bị phạt tiền vì đi muộn không?"),
    ("He wasn't fined for leaving early.", "Anh ấy không bị phạt tiền vì về sớm."),
    # v8: "Tôi đang đợi tôi phải trả tiền.", "Tôi đang đợi trả tiền."
    ("I'm waiting for my pay to come in.", "Tôi đang chờ lương về."),
    ("I'm waiting for payday.", "Tôi đang chờ đến ngày lĩnh lương."),
    ("She's still waiting for her salary.", "Cô ấy vẫn đang chờ lương."),
    ("We're waiting for payday.", "Chúng tôi đang chờ đến ngày lĩnh lương."),
    ("My mother is waiting for her pay to come in.", "Mẹ tôi đang chờ lương về."),
    # v8: "Có tiền trả đến chưa?", "Tiền trả vẫn chưa đến."
    ("Has the pay come in yet?", "Lương về chưa?"),
    ("The pay hasn't come in yet.", "Lương chưa về."),
    ("The pay still hasn't come in.", "Lương vẫn chưa về."),
    ("The pay has come in.", "Lương về rồi."),
    # v8: "Ngày Payday là tuần tới."
    ("Payday is next week.", "Tuần sau có lương."),
    ("Payday isn't until next week.", "Tuần sau mới có lương."),
    ("Is payday tomorrow?", "Ngày mai có lương không?"),
    # not: verbs not agreeing ("My wages was", "She have", "I is", "Did … got"), a boss docking another's pay, another's
    # pay waited for, a pet, a headline, "again" with "not" (not this time, or never again?), "got docked" alone
    # (marks?), another reason, payday today (mt/earnings.py), whose pay come in (mt/unpaid_wages.py), a "?" on a
    # statement, the other language
    ("My wages was docked.", None), ("She have her pay docked.", None), ("I is waiting for payday.", None),
    ("Did you got your pay docked?", None), ("My boss docked his pay.", None), ("I'm waiting for your pay.", None),
    ("My dog's pay was docked.", None), ("My pay docked.", None), ("My pay wasn't docked again.", None),
    ("I got docked for being late.", None), ("My pay was docked for being rude.", None),
    ("It's payday today.", None), ("My pay has come in.", None), ("My pay was docked?", None),
    ("Payday isn't until today.", None), ("The ship docked.", None), ("Tôi bị trừ lương vì đi muộn.", None),
    # review: "again" with "not" on a fine (not this time, or never again?), the boss cutting "his" pay (his own?)
    ("I wasn't fined again for being late.", None), ("The boss cut his pay.", None),
    ("Did the boss cut her pay?", None), ("The boss docked his pay.", "Anh ấy bị sếp trừ lương."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
