"""Beaches: going to the beach and swimming in the sea, liking it, sandcastles, sunbathing and shells, and the sea
rough or calm, both ways (mt/beaches.py)."""
import pytest

from mt.beaches import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Yesterday, we went to the sea.", "We've been bathing.", "Yesterday, do you go to the sea?", "Next week, my
    # house went to the sea.", "Tomorrow, do you go to the sea?"
    ("Hôm qua chúng tôi đi tắm biển.", "We went swimming in the sea yesterday."),
    ("Hôm qua chúng tôi đi biển.", "We went to the beach yesterday."),
    ("Chúng tôi đi biển hôm qua.", "We went to the beach yesterday."),
    ("Chúng tôi đã đi tắm biển.", "We went swimming in the sea."),
    ("Hôm qua Lan đi tắm biển.", "Lan went swimming in the sea yesterday."),
    ("Năm ngoái bố mẹ tôi đi biển.", "My parents went to the beach last year."),
    ("Hôm qua bạn có đi biển không?", "Did you go to the beach yesterday?"),
    ("Hôm qua tôi không đi biển.", "I didn't go to the beach yesterday."),
    ("Tuần sau nhà tôi đi biển.", "My family is going to the beach next week."),
    ("Ngày mai chúng tôi sẽ đi biển.", "We're going to the beach tomorrow."),
    ("Ngày mai chúng tôi không đi biển.", "We're not going to the beach tomorrow."),
    ("Tuần sau các con tôi không đi biển.", "My children aren't going to the beach next week."),
    ("Ngày mai bạn có đi biển không?", "Are you going to the beach tomorrow?"),
    ("Ngày mai nhà bạn có đi biển không?", "Is your family going to the beach tomorrow?"),
    ("Chúng tôi sẽ đi biển.", "We'll go to the beach."),
    ("Chúng tôi sẽ không đi biển.", "We won't go to the beach."),
    # v8: "Every summer my house went to the sea.", "My house went to the sea every summer.", "We usually go to the
    # sea."
    ("Mùa hè nào nhà tôi cũng đi biển.", "My family goes to the beach every summer."),
    ("Năm nào chúng tôi cũng đi biển.", "We go to the beach every year."),
    ("Nhà tôi đi biển mỗi mùa hè.", "My family goes to the beach every summer."),
    ("Chúng tôi đi biển hằng năm.", "We go to the beach every year."),
    ("Chúng tôi hay đi tắm biển.", "We often go swimming in the sea."),
    ("Mẹ tôi thỉnh thoảng đi tắm biển.", "My mother sometimes goes swimming in the sea."),
    ("Bạn có hay đi tắm biển không?", "Do you often go swimming in the sea?"),
    ("Bố mẹ tôi thường đi biển vào mùa hè.", "My parents often go to the beach in summer."),
    # v8: "Today the sea was launched, not bathed.", "The sea.", "The sea was blew.", "The flakes are too.", "Today's
    # waves.", "Is the sea move today?", "The South China Sea is not very active.", "The sea was somewhat active."
    ("Hôm nay biển động, không tắm được.", "The sea is too rough to swim today."),
    ("Biển động quá nên không tắm được.", "The sea is too rough to swim."),
    ("Biển động.", "The sea is rough."),
    ("Hôm nay biển động.", "The sea is rough today."),
    ("Biển êm.", "The sea is calm."),
    ("Hôm nay biển rất êm.", "The sea is very calm today."),
    ("Biển hơi động.", "The sea is a bit rough."),
    ("Sóng to quá.", "The waves are really big."),
    ("Hôm nay sóng to.", "The waves are big today."),
    ("Sóng biển hôm nay lớn lắm.", "The waves are really big today."),
    ("Hôm qua biển động.", "The sea was rough yesterday."),
    ("Hôm nay biển có động không?", "Is the sea rough today?"),
    ("Biển không động lắm.", "The sea isn't very rough."),
    # v8: "I like to build sand castle.", "My mother likes sun show.", "I don't like tower.", "The children like to
    # pick up the shell very much."
    ("Con tôi thích xây lâu đài cát.", "My child likes building sandcastles."),
    ("Bạn có thích đi biển không?", "Do you like going to the beach?"),
    ("Mẹ tôi thích tắm nắng.", "My mother likes sunbathing."),
    ("Tôi không thích tắm biển.", "I don't like swimming in the sea."),
    ("Tôi không thích tắm biển lắm.", "I don't really like swimming in the sea."),
    ("Lan rất thích đi biển.", "Lan loves going to the beach."),
    ("Bọn trẻ thích nhặt vỏ sò lắm.", "The kids love collecting shells."),
    ("Anh có thích đi biển không?", "Do you like going to the beach?"),
    # v8: "The children are building sand for the castle.", "My mother was bathing sun on the beach.", "My children
    # were picking up the crush.", "I'm bathing.", "Yesterday, I bath.", "Yesterday, do you have a sea bath?"
    ("Bọn trẻ đang xây lâu đài cát.", "The kids are building sandcastles."),
    ("Mẹ tôi đang tắm nắng trên bãi biển.", "My mother is sunbathing on the beach."),
    ("Các con tôi đang nhặt vỏ sò.", "My children are collecting shells."),
    ("Tôi đang tắm biển.", "I'm swimming in the sea."),
    ("Hôm qua tôi tắm biển.", "I swam in the sea yesterday."),
    ("Hôm qua bạn có tắm biển không?", "Did you swim in the sea yesterday?"),
    ("Hôm qua chúng tôi xây lâu đài cát trên bãi biển.", "We built sandcastles on the beach yesterday."),
    ("Chúng tôi đã tắm nắng.", "We sunbathed."),
    ("Hôm qua anh ấy không tắm biển.", "He didn't swim in the sea yesterday."),
    # not: no day nor tense (now, a plan, or done?), "I" asked, today (going, or gone?), "đi biển" how often with no
    # summer (a fisherman goes to sea), a companion, "nhỉ", "?" on a statement, a pet, "anh" alone saying it,
    # children in general, a day ahead for the sea (a forecast), calm or big waves too much to swim in, signs
    ("Chúng tôi đi tắm biển.", None), ("Bố tôi đi biển.", None), ("Chúng tôi tắm nắng.", None),
    ("Hôm qua tôi có đi biển không?", None), ("Hôm nay chúng tôi đi biển.", None), ("Bố tôi thường đi biển.", None),
    ("Hôm qua Lan đi tắm biển với bạn.", None), ("Sóng to quá nhỉ?", None), ("Biển động?", None),
    ("Con chó của tôi thích tắm biển.", None), ("Anh thích đi biển.", None), ("Trẻ con thích xây lâu đài cát.", None),
    ("Ngày mai biển động.", None), ("Biển êm, không tắm được.", None), ("Sóng to quá, không tắm được.", None),
    ("Biển số xe của tôi.", None), ("Bạn đi biển chưa?", None), ("Ngày mai mình đi biển nhé.", None),
    ("Bạn có đi biển?", None), ("Biển động biển.", None), ("We went to the beach yesterday.", None),
    # (the review of mt/beaches.py: the sea "a bit calm" is not said either way)
    ("Biển hơi êm.", None), ("Biển hơi lặng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi đi bơi ở biển hôm qua.", "Chúng tôi đến bãi biển hôm qua.", "Bạn sẽ đến biển ngày mai không?",
    # "Tôi sẽ không đi biển ngày mai." (will not)
    ("We went swimming in the sea.", "Chúng tôi đã đi tắm biển."),
    ("We went swimming in the sea yesterday.", "Hôm qua chúng tôi đi tắm biển."),
    ("We went to the beach yesterday.", "Hôm qua chúng tôi đi biển."),
    ("We went to the seaside last weekend.", "Cuối tuần trước chúng tôi đi biển."),
    ("We're going to the beach tomorrow.", "Ngày mai chúng tôi đi biển."),
    ("My family is going to the beach next week.", "Tuần sau nhà tôi đi biển."),
    ("Are you going to the beach tomorrow?", "Ngày mai bạn có đi biển không?"),
    ("I'm not going to the beach tomorrow.", "Ngày mai tôi không đi biển."),
    ("My parents aren't going to the beach next week.", "Tuần sau bố mẹ tôi không đi biển."),
    ("We'll go to the beach next week.", "Tuần sau chúng tôi sẽ đi biển."),
    ("She won't go to the beach.", "Cô ấy sẽ không đi biển."),
    ("Did you go to the beach yesterday?", "Hôm qua bạn có đi biển không?"),
    ("I didn't go to the beach yesterday.", "Hôm qua tôi không đi biển."),
    ("I didn't go to the beach.", "Tôi đã không đi biển."),
    # v8: "Mùa hè gia đình tôi đi đến bãi biển.", "Chúng tôi đi đến bãi biển mỗi năm.", "Chúng ta thường đi bơi ở
    # biển." (we, the listener too)
    ("My family goes to the beach every summer.", "Mùa hè nào nhà tôi cũng đi biển."),
    ("We go to the beach every year.", "Năm nào chúng tôi cũng đi biển."),
    ("We often go swimming in the sea.", "Chúng tôi hay đi tắm biển."),
    ("She often goes swimming in the sea.", "Cô ấy hay đi tắm biển."),
    ("Do you often go to the beach?", "Bạn có hay đi biển không?"),
    ("Do you go to the beach every summer?", "Bạn có đi biển mỗi mùa hè không?"),
    ("My parents often go to the beach in summer.", "Bố mẹ tôi hay đi biển vào mùa hè."),
    # v8: "Hôm nay, biển quá ho để bơi lội.", "Bờ biển là ho." (a cough), "Bờ biển bình tĩnh.", "Hôm nay vẫy tay
    # lớn.", "Hôm nay có phải là gồ ghề không?", "Bờ biển bị ho hôm qua.", "Có bình tĩnh biển không?"
    ("The sea is too rough to swim today.", "Hôm nay biển động, không tắm được."),
    ("The sea is rough.", "Biển động."),
    ("The sea is rough today.", "Hôm nay biển động."),
    ("The sea is calm.", "Biển êm."),
    ("The sea's calm.", "Biển êm."),
    ("The sea is quite calm.", "Biển khá êm."),
    ("The sea is a bit rough.", "Biển hơi động."),
    ("The waves are really big.", "Sóng to quá."),
    ("The waves are big today.", "Hôm nay sóng to."),
    ("Is the sea rough today?", "Hôm nay biển có động không?"),
    ("Are the waves big?", "Sóng có to không?"),
    ("The sea was rough yesterday.", "Hôm qua biển động."),
    ("The sea isn't very rough.", "Biển không động lắm."),
    ("The sea is not rough today.", "Hôm nay biển không động."),
    # v8: "Con tôi yêu thích xây dựng những chiếc cát.", "Con tôi rất thích xây dựng những chiếc cát." (my child),
    # "Bạn có muốn đi biển không?" (want), "Mẹ tôi thích đám nắng.", "Lan yêu con đi biển."
    ("My child loves building sandcastles.", "Con tôi rất thích xây lâu đài cát."),
    ("My child likes building sandcastles.", "Con tôi thích xây lâu đài cát."),
    ("My kids love building sandcastles.", "Các con tôi rất thích xây lâu đài cát."),
    ("Do you like going to the beach?", "Bạn có thích đi biển không?"),
    ("Does your mother like sunbathing?", "Mẹ bạn có thích tắm nắng không?"),
    ("My mother likes sunbathing.", "Mẹ tôi thích tắm nắng."),
    ("I don't like swimming in the sea.", "Tôi không thích tắm biển."),
    ("I don't really like swimming in the sea.", "Tôi không thích tắm biển lắm."),
    ("Lan loves going to the beach.", "Lan rất thích đi biển."),
    ("He enjoys collecting shells.", "Anh ấy thích nhặt vỏ sò."),
    ("I like to go to the beach.", "Tôi thích đi biển."),
    # v8: "Trẻ đang xây dựng các dây cát.", "Mẹ tôi đang nắng lên bãi biển.", "Con tôi đang thu thập vỏ.", "Cô thề ở
    # biển hôm qua." (swore), "Chúng tôi xây dựng những chiếc cát trên bãi biển hôm qua."
    ("The kids are building sandcastles.", "Bọn trẻ đang xây lâu đài cát."),
    ("My mother is sunbathing on the beach.", "Mẹ tôi đang tắm nắng trên bãi biển."),
    ("My children are collecting shells.", "Các con tôi đang nhặt vỏ sò."),
    ("Everyone is sunbathing.", "Mọi người đang tắm nắng."),
    ("I am swimming in the sea.", "Tôi đang tắm biển."),
    ("She swam in the sea yesterday.", "Hôm qua cô ấy tắm biển."),
    ("We built sandcastles on the beach yesterday.", "Hôm qua chúng tôi xây lâu đài cát trên bãi biển."),
    ("We sunbathed.", "Chúng tôi đã tắm nắng."),
    ("Did you swim in the sea yesterday?", "Hôm qua bạn có tắm biển không?"),
    ("He didn't swim in the sea yesterday.", "Hôm qua anh ấy không tắm biển."),
    # not: the verb not agreeing ("My family go", "She like", "She are", "The waves is"), "going" with no day (now,
    # or a plan?), "did" asked with no day (the past lost), "We go to the beach." (when?), the past with no day,
    # "too rough" with nothing after it, love asked, a pet, "the sea" (went to sea?), the sea big, a day with "-ing"
    ("Did you go to the beach?", None), ("We did go to the beach.", None), ("We're going to the beach.", None),
    ("My family go to the beach every summer.", None), ("She often go swimming in the sea.", None),
    ("We go to the beach.", None), ("The sea was rough.", None), ("The waves is big.", None),
    ("The sea is too rough.", None), ("She like sunbathing.", None), ("Do you love sunbathing?", None),
    ("She are sunbathing.", None), ("My dog loves swimming in the sea.", None), ("We went to the sea yesterday.", None),
    ("The sea is big.", None), ("I am swimming in the sea tomorrow.", None), ("He enjoys to collect shells.", None),
    ("We went to the beach today.", None), ("The sea is rough tomorrow.", None),
    ("The waves are a bit big.", None), ("The shells are on the beach.", None),
    ("Hôm qua chúng tôi đi biển.", None),
    # (the review of mt/beaches.py: "a bit calm" not said, "too calm" and waves "too big" to swim (in?) as Vietnamese
    # leaves them, "I" asked as Vietnamese leaves it)
    ("The sea is a bit calm.", None), ("The sea was a bit calm yesterday.", None),
    ("The sea is too calm to swim.", None), ("The waves are too big to swim.", None),
    ("Did I go to the beach yesterday?", None), ("Am I going to the beach tomorrow?", None),
    ("Do I like going to the beach?", None), ("Do I often go to the beach?", None),
    ("Do I go to the beach every summer?", None),
    # ... still taken
    ("The sea is a bit choppy.", "Biển hơi động."),
    ("Did we go to the beach yesterday?", "Hôm qua chúng tôi có đi biển không?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
