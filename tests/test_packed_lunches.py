"""Bringing lunch from home to work or school: who brings it, packs it, forgot it, eats out instead, or heats it up in
the microwave, both ways (mt/packed_lunches.py)."""
import pytest

from mt.packed_lunches import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I bring lunchs to work.", "I usually bring the muscles to work.", "My mother carried the chance to go to
    # work.", "Do you bring muscles to work?", "My child carried noon to go to school.", "We bring the box to work.",
    # "Land brings lunches every day.", "I don't bring the muscles to work.", "He never brings the muscles to work."
    ("Tôi mang cơm trưa đi làm.", "I bring my lunch to work."),
    ("Tôi thường mang cơm đi làm.", "I often bring my lunch to work."),
    ("Mẹ tôi mang cơm đi làm.", "My mother brings her lunch to work."),
    ("Bạn có mang cơm đi làm không?", "Do you bring lunch to work?"),
    ("Bạn có thường mang cơm đi làm không?", "Do you often bring lunch to work?"),
    ("Con tôi mang cơm trưa đi học.", "My child brings lunch to school."),
    ("Chúng tôi mang cơm hộp đi làm.", "We bring lunch to work."),
    ("Lan mang cơm trưa đi làm mỗi ngày.", "Lan brings lunch to work every day."),
    ("Tôi không mang cơm đi làm.", "I don't bring lunch to work."),
    ("Anh ấy không bao giờ mang cơm đi làm.", "He never brings lunch to work."),
    ("Con trai tôi đem cơm đi học.", "My son brings his lunch to school."),
    # v8: "Tomorrow, I'll bring the muscles to work.", "Yesterday, he carried the muscles to work.", "Yesterday, she
    # didn't carry the chance to go to work.", "Yesterday, do you bring muscles to work?", "I've brought my muscles to
    # work today."
    ("Ngày mai tôi sẽ mang cơm đi làm.", "I'll bring my lunch to work tomorrow."),
    ("Hôm qua anh ấy mang cơm đi làm.", "He brought his lunch to work yesterday."),
    ("Hôm qua cô ấy không mang cơm đi làm.", "She didn't bring lunch to work yesterday."),
    ("Hôm qua bạn có mang cơm đi làm không?", "Did you bring lunch to work yesterday?"),
    ("Hôm nay tôi đã mang cơm đi làm.", "I brought my lunch to work today."),
    # v8: "My mother was ready to get the box for me.", "My mother usually prepares the box for me.", "We'll prepare
    # our muscles.", "Who prepares the box for you?", "Who's prepared for you?", "Do your mother prepares the muscles
    # for you?", "My wife prepares the box for me every morning.", "I'm ready to get the box.", "My mother did the
    # body."
    ("Mẹ tôi chuẩn bị cơm hộp cho tôi.", "My mother packs my lunch."),
    ("Mẹ tôi thường chuẩn bị cơm hộp cho tôi.", "My mother often packs my lunch."),
    ("Mẹ tôi đã chuẩn bị cơm hộp cho tôi.", "My mother packed my lunch."),
    ("Bố tôi sẽ chuẩn bị cơm hộp cho chúng tôi.", "My father will pack our lunches."),
    ("Ai chuẩn bị cơm hộp cho bạn?", "Who packs your lunch?"),
    ("Ai đã chuẩn bị cơm hộp cho bạn?", "Who packed your lunch?"),
    ("Mẹ bạn có chuẩn bị cơm hộp cho bạn không?", "Does your mother pack your lunch?"),
    ("Vợ tôi chuẩn bị cơm hộp cho con tôi mỗi sáng.", "My wife packs my child's lunch every morning."),
    ("Tôi tự chuẩn bị cơm hộp.", "I pack my own lunch."),
    ("Mẹ tôi tự làm cơm hộp.", "My mother packs her own lunch."),
    # v8: "I forgot to carry my rice today.", "I forgot to carry lunch.", "I forgot to bring my muscles to work.",
    # "Did you forgot to carry a rice?", "I usually forget to carry a rice.", "Lan forgot to carry the rice.",
    # "Yesterday, I forgot to carry a box of rice."
    ("Hôm nay tôi quên mang cơm.", "I forgot my lunch today."),
    ("Tôi quên mang cơm trưa rồi.", "I forgot my lunch."),
    ("Bố tôi lại quên mang cơm đi làm rồi.", "My father forgot to bring his lunch to work again."),
    ("Bạn có quên mang cơm không?", "Did you forget your lunch?"),
    ("Tôi hay quên mang cơm.", "I often forget my lunch."),
    ("Lan quên mang cơm.", "Lan forgot to bring lunch."),
    ("Hôm qua tôi quên mang hộp cơm.", "I forgot my lunchbox yesterday."),
    # v8: "I usually eat noon outside.", "He usually eats out.", "Do you normally eat noon outside?", "We occasionally
    # eat lunch.", "My mother never eaten."
    ("Tôi thường ăn trưa ở ngoài.", "I often eat out at lunchtime."),
    ("Anh ấy hay ăn ngoài.", "He often eats out."),
    ("Bạn có thường ăn trưa ở ngoài không?", "Do you often eat out at lunchtime?"),
    ("Chúng tôi thỉnh thoảng ăn trưa ở ngoài.", "We sometimes eat out at lunchtime."),
    ("Mẹ tôi không bao giờ ăn ngoài.", "My mother never eats out."),
    # v8: "I aheated lunch in the microwave.", "She tends to warm up the box with the microwave.", "Do you warm up the
    # nasal lunch with a microwave?", "I warm up the box with a microwave in the company."
    ("Tôi hâm nóng cơm trưa trong lò vi sóng.", "I heat up my lunch in the microwave."),
    ("Cô ấy thường hâm nóng cơm hộp bằng lò vi sóng.", "She often heats up her lunch in the microwave."),
    ("Bạn có hâm nóng cơm trưa bằng lò vi sóng không?", "Do you heat up your lunch in the microwave?"),
    ("Tôi hâm nóng cơm hộp bằng lò vi sóng ở công ty.", "I heat up my lunch in the microwave at work."),
    # not: today with neither "đã" nor "sẽ" (bringing or brought?), "mang cơm" with nowhere to (food for someone?),
    # "cơm trưa" prepared (cooked at home?), "cơm" alone heated (rice: mt/fridge.py), eating out with no habit said,
    # saving by it (mt/savings.py), "anh" saying it, "I" asked, a "?" on a statement, a pet as who or whom, packing
    # denied (doesn't, or didn't?), packed for no one said, for oneself as another, "cô ấy" (her own?), a name's own
    # (his or hers?), a day ahead forgotten, a habit on a day, "Ai" not asked, "nhé", "nhỉ", other meanings of "cơm"
    ("Hôm nay tôi mang cơm đi làm.", None), ("Tôi mang cơm cho mẹ tôi.", None),
    ("Mẹ tôi chuẩn bị cơm trưa cho tôi.", None), ("Tôi hâm nóng cơm trong lò vi sóng.", None),
    ("Tôi ăn trưa ở ngoài.", None), ("Tôi tiết kiệm tiền bằng cách mang cơm đi làm.", None),
    ("Anh mang cơm đi làm.", None), ("Tôi có mang cơm đi làm không?", None), ("Tôi mang cơm đi làm?", None),
    ("Con mèo của tôi mang cơm đi làm.", None), ("Mẹ tôi chuẩn bị cơm hộp cho con mèo của tôi.", None),
    ("Anh ấy không chuẩn bị cơm hộp cho tôi.", None), ("Mẹ tôi chuẩn bị cơm hộp.", None),
    ("Tôi chuẩn bị cơm hộp cho tôi.", None), ("Mẹ tôi chuẩn bị cơm hộp cho cô ấy.", None),
    ("Lan tự chuẩn bị cơm hộp.", None), ("Ngày mai tôi quên mang cơm.", None), ("Lan quên mang hộp cơm.", None),
    ("Hôm qua tôi thường mang cơm đi làm.", None), ("Ai chuẩn bị cơm hộp cho bạn.", None),
    ("Tôi mang cơm trưa đi làm nhé.", None), ("Bạn mang cơm đi làm nhỉ?", None), ("Tôi thích ăn cơm.", None),
    ("Cơm chín rồi.", None), ("I bring my lunch to work.", None), ("Cơm cơm cơm ngoài.", None),
    # review: "thường" is "often" (mt.hobbies.SELDOM), "usually" where a time follows (mt.hobbies.often_said)
    ("Tôi thường quên mang cơm.", "I often forget my lunch."),
    ("Tôi thường mang cơm đi làm mỗi ngày.", "I usually bring my lunch to work every day."),
    ("Tôi luôn mang cơm đi làm mỗi ngày.", "I always bring my lunch to work every day."),
    ("Họ quên mang hộp cơm.", "They forgot their lunchboxes."),  # (one box each)
    ("Tôi mang cơm đến trường.", "I bring my lunch to school."),
    # review, not: how often that "every" says otherwise ("I often bring my lunch to work every day."), lunch brought
    # "đến" or "lên" somewhere by another (for a child? a husband?), oneself said as another, lunch packed by "I" for
    # "you", or by "you" for "I", with neither a habit nor a tense (I've packed it, or I'll pack it? pack it for me?)
    ("Tôi hay mang cơm đi làm mỗi ngày.", None), ("Tôi thỉnh thoảng mang cơm đi làm mỗi ngày.", None),
    ("Tôi không bao giờ mang cơm đi làm mỗi ngày.", None), ("Chúng tôi hay ăn ngoài mỗi ngày.", None),
    ("Mẹ tôi thỉnh thoảng chuẩn bị cơm hộp cho tôi mỗi ngày.", None),
    ("Mẹ tôi mang cơm đến trường.", None), ("Vợ tôi mang cơm lên công ty.", None),
    ("Con gái tôi đem cơm đến trường.", None), ("Chúng tôi mang cơm đến trường.", None),
    ("Lan chuẩn bị cơm hộp cho Lan.", None), ("Mẹ tôi chuẩn bị cơm hộp cho mẹ tôi.", None),
    ("Tôi chuẩn bị cơm hộp cho bạn.", None), ("Mình làm cơm hộp cho bạn.", None),
    ("Bạn chuẩn bị cơm hộp cho tôi.", None), ("Tôi chuẩn bị cơm hộp cho bạn mỗi ngày.", "I pack your lunch every day."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi mang bữa trưa của tôi để làm việc.", "Tôi thường ăn trưa để làm việc.", "Bạn mang bữa trưa để làm
    # việc?", "Bé có thường ăn trưa để làm việc không?", "Mẹ tôi ăn trưa đóng gói để làm việc.", "Chúng tôi không mang
    # bữa trưa để làm việc.", "Lan mang đến bữa trưa của mình để làm việc mỗi ngày."
    ("I bring my lunch to work.", "Tôi mang cơm trưa đi làm."),
    ("I usually bring my lunch to work.", "Tôi thường mang cơm trưa đi làm."),
    ("Do you bring lunch to work?", "Bạn có mang cơm trưa đi làm không?"),
    ("Does she usually bring her lunch to work?", "Cô ấy có thường mang cơm trưa đi làm không?"),
    ("My mother takes a packed lunch to work.", "Mẹ tôi mang cơm hộp đi làm."),
    ("She brings her lunch to school.", "Cô ấy mang cơm trưa đi học."),
    ("We don't bring lunch to work.", "Chúng tôi không mang cơm trưa đi làm."),
    ("Lan brings her lunch to work every day.", "Lan mang cơm trưa đi làm mỗi ngày."),
    # v8: "Tôi sẽ mang bữa trưa của tôi để làm việc ngày mai.", "Tôi mang bữa trưa của tôi để làm việc hôm nay.",
    # "Anh ấy mang bữa trưa của mình để làm việc hôm qua.", "Bạn có mang bữa trưa để làm việc hôm qua không?"
    ("I'll bring my lunch to work tomorrow.", "Ngày mai tôi sẽ mang cơm trưa đi làm."),
    ("I brought my lunch to work today.", "Hôm nay tôi đã mang cơm trưa đi làm."),
    ("He brought his lunch to work yesterday.", "Hôm qua anh ấy mang cơm trưa đi làm."),
    ("Did you bring lunch to work yesterday?", "Hôm qua bạn có mang cơm trưa đi làm không?"),
    ("I didn't bring lunch to work.", "Tôi đã không mang cơm trưa đi làm."),
    # v8: "Mẹ tôi đóng gói bữa trưa của tôi.", "Ai đóng gói bữa trưa của bạn?", "Ai ăn trưa của bạn đóng gói?", "Tôi
    # đóng gói bữa trưa riêng.", "Vợ tôi xếp bữa trưa của tôi.", "Mẹ bạn có bao bì bữa trưa của bạn không?"
    ("My mother packs my lunch.", "Mẹ tôi chuẩn bị cơm hộp cho tôi."),
    ("Who packs your lunch?", "Ai chuẩn bị cơm hộp cho bạn?"),
    ("Who packed your lunch?", "Ai đã chuẩn bị cơm hộp cho bạn?"),
    ("I pack my own lunch.", "Tôi tự chuẩn bị cơm hộp."),
    ("My wife packed my lunch.", "Vợ tôi đã chuẩn bị cơm hộp cho tôi."),
    ("My mother packs my son's lunch.", "Mẹ tôi chuẩn bị cơm hộp cho con trai tôi."),
    ("She packs her own lunch.", "Cô ấy tự chuẩn bị cơm hộp."),
    ("Does your mother pack your lunch?", "Mẹ bạn có chuẩn bị cơm hộp cho bạn không?"),
    ("My mother packs our lunches every morning.", "Mẹ tôi chuẩn bị cơm hộp cho chúng tôi mỗi sáng."),
    ("I'll pack your lunch.", "Tôi sẽ chuẩn bị cơm hộp cho bạn."),
    ("My mother doesn't pack my lunch.", "Mẹ tôi không chuẩn bị cơm hộp cho tôi."),
    # v8: "Tôi quên bữa trưa của tôi hôm nay.", "Anh ấy quên ăn trưa.", "Anh ấy quên ăn trưa để làm việc.", "Bạn có
    # quên bữa trưa của mình không?", "Tôi thường quên bữa trưa của tôi.", "Tôi quên hộp ăn trưa lần nữa."
    ("I forgot my lunch today.", "Hôm nay tôi quên mang cơm."),
    ("He forgot to bring his lunch.", "Anh ấy quên mang cơm."),
    ("He forgot to bring lunch to work.", "Anh ấy quên mang cơm đi làm."),
    ("Did you forget your lunch?", "Bạn có quên mang cơm không?"),
    ("I often forget my lunch.", "Tôi hay quên mang cơm."),
    ("I forgot my lunchbox again.", "Tôi lại quên mang hộp cơm."),
    # v8: "Tôi thường ăn vào bữa trưa.", "Bạn có ăn trưa không?", "Cô ấy thường ăn trưa.", "Chúng tôi không ăn tối vào
    # giờ ăn trưa.", "Cha tôi không bao giờ ăn."
    ("I usually eat out at lunchtime.", "Tôi thường ăn trưa ở ngoài."),
    ("Do you eat out for lunch?", "Bạn có ăn trưa ở ngoài không?"),
    ("She often eats lunch out.", "Cô ấy hay ăn trưa ở ngoài."),
    ("We don't eat out at lunchtime.", "Chúng tôi không ăn trưa ở ngoài."),
    ("My father never eats out.", "Bố tôi không bao giờ ăn ngoài."),
    # v8: "Tôi nóng bữa trưa của tôi trong lò vi sóng.", "Cô ấy nóng bữa trưa của mình trong lò vi sóng.", "Anh ấy có
    # nóng bữa trưa của anh ấy trong lò vi sóng làm việc không?"
    ("I heat up my lunch in the microwave.", "Tôi hâm nóng cơm trưa bằng lò vi sóng."),
    ("She heats her lunch in the microwave.", "Cô ấy hâm nóng cơm trưa bằng lò vi sóng."),
    ("Does he heat his lunch up in the microwave at work?",
     "Anh ấy có hâm nóng cơm trưa bằng lò vi sóng ở công ty không?"),
    # not: "her", "his", "their" lunch packed without "own" (her own, or a daughter's?), another's lunch brought,
    # forgotten or heated, the verb not agreeing ("She bring", "Who pack"), "I" asked, a habit with no how often
    # ("I forget my lunch."), "makes my lunch" (cooks?), "a lunch", eating out done or to come (where?), a day that
    # does not go with the tense, how often with a past, a "?" missing, meals ready (mt/mealtimes.py), the other way's
    # language
    ("My mother packs her lunch.", None), ("He packs their lunch.", None), ("I bring your lunch to work.", None),
    ("She bring her lunch to work.", None), ("Who pack your lunch?", None), ("Do I bring lunch to work?", None),
    ("I forget my lunch.", None), ("She forgot my lunch.", None), ("I heat your lunch in the microwave.", None),
    ("My mother makes my lunch.", None), ("I bring a lunch to work.", None), ("I ate out at lunchtime.", None),
    ("I'll eat out tomorrow.", None), ("I brought my lunch to work tomorrow.", None),
    ("I usually brought my lunch to work.", None), ("Do you bring lunch to work.", None),
    ("Lunch is ready.", None), ("Let's eat out.", None), ("Tôi mang cơm trưa đi làm.", None),
    ("I bring my lunch.", None),
    # review, not: a pet as who or whose, "Did …?" with no day ("… có … không?" asks of a habit), how often that
    # "every" says otherwise, oneself said as another
    ("My dog brings his lunch to work.", None), ("Does my dog bring lunch to work?", None),
    ("My dog packs my lunch.", None), ("My cat packs her own lunch.", None), ("My mother packs my dog's lunch.", None),
    ("My dog forgot his lunch.", None), ("My dog often eats out.", None),
    ("My cat heats up her lunch in the microwave.", None),
    ("Did you bring lunch to work?", None), ("Did your mother pack your lunch?", None),
    ("Did you pack your own lunch?", None),
    ("I often eat out at lunchtime every day.", None), ("I sometimes bring my lunch to work every day.", None),
    ("I never bring my lunch to work every day.", None),
    ("My mother packs my mother's lunch.", None), ("Lan packs Lan's lunch.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
