"""Making the bed in the morning: folding the blanket, making the bed, changing the sheets, airing the pillows, a child
told or asked, both ways (mt/bed_making.py)."""
import pytest

from mt.bed_making import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Getting rid of your baby.", "The bed went to her.", "Remember to clean up the bed."
    ("Gấp chăn đi con.", "Fold your blanket."),
    ("Dọn giường đi con.", "Make your bed."),
    ("Con dọn giường đi.", "Make your bed."),
    ("Các con gấp chăn đi.", "Fold your blankets."),
    ("Dọn giường đi.", "Make the bed."),
    ("Thay ga giường đi.", "Change the sheets."),
    ("Đi dọn giường đi.", "Go and make the bed."),
    ("Nhớ dọn giường nhé con.", "Remember to make your bed."),
    ("Đừng quên gấp chăn nhé.", "Don't forget to fold the blanket."),
    # v8: "Have you moved the bed yet?", "Why don't you be folded?", "I'm folding and slighted."
    ("Con đã dọn giường chưa?", "Have you made your bed yet?"),
    ("Con gấp chăn chưa?", "Have you folded your blanket yet?"),
    ("Sao con chưa gấp chăn?", "Why haven't you folded your blanket yet?"),
    ("Con gấp chăn rồi ạ.", "I've folded my blanket."),
    ("Con chưa dọn giường ạ.", "I haven't made my bed yet."),
    ("Con đang gấp chăn ạ.", "I'm folding my blanket."),
    ("Con vừa dọn giường xong ạ.", "I've just made my bed."),
    # v8: "I'm folding blankets every morning.", "My mother takes the bed every week."
    ("Tôi gấp chăn mỗi sáng.", "I fold my blanket every morning."),
    ("Mẹ tôi thay ga giường mỗi tuần.", "My mother changes the sheets every week."),
    ("Bác Lan thay ga giường mỗi tuần.", "Aunt Lan changes the sheets every week."),
    ("Họ gấp chăn mỗi sáng.", "They fold their blankets every morning."),
    ("Chúng tôi phơi chăn gối mỗi cuối tuần.", "We air the bedding every weekend."),
    ("Anh ấy không bao giờ gấp chăn.", "He never folds his blanket."),
    ("Bạn có gấp chăn mỗi sáng không?", "Do you fold your blanket every morning?"),
    ("Bạn có thường gấp chăn không?", "Do you often fold your blanket?"),
    ("Tôi không gấp chăn mỗi sáng.", "I don't fold my blanket every morning."),
    # "thường" with every week: "usually" (mt.hobbies.often_said), not "often … every week"
    ("Chúng tôi thường phơi gối mỗi cuối tuần.", "We usually air the pillows every weekend."),
    ("Mẹ tôi thường thay ga giường mỗi tuần.", "My mother usually changes the sheets every week."),
    ("Bạn có thường gấp chăn mỗi sáng không?", "Do you usually fold your blanket every morning?"),
    # v8: "Have you been folded yet?", "He has not been folded.", "I just took the bed.", "We're playing knees."
    ("Bạn đã gấp chăn chưa?", "Have you folded your blanket yet?"),
    ("Mẹ bạn đã thay ga giường chưa?", "Has your mother changed the sheets yet?"),
    ("Anh ấy chưa gấp chăn.", "He hasn't folded his blanket yet."),
    ("Cô ấy vẫn chưa gấp chăn.", "She still hasn't folded her blanket."),
    ("Tôi vừa thay ga giường.", "I've just changed the sheets."),
    ("Chúng tôi đang phơi gối.", "We're airing the pillows."),
    ("Mẹ tôi đang gấp chăn.", "My mother is folding her blanket."),
    ("Tôi đã gấp chăn rồi.", "I've already folded my blanket."),
    ("Tôi gấp chăn rồi.", "I've folded my blanket."),
    ("Tôi đã gấp chăn.", "I folded my blanket."),
    # v8: "Yesterday, I replaced the bed.", "Tomorrow, I'll replace bed stations."
    ("Hôm qua tôi thay ga giường.", "I changed the sheets yesterday."),
    ("Tôi đã thay ga giường hôm qua.", "I changed the sheets yesterday."),
    ("Sáng nay tôi đã gấp chăn.", "I folded my blanket this morning."),
    ("Hôm qua tôi không thay ga giường.", "I didn't change the sheets yesterday."),
    ("Ngày mai tôi sẽ thay ga giường.", "I'll change the sheets tomorrow."),
    ("Mẹ tôi sẽ thay ga giường.", "My mother will change the sheets."),
    # not: who making the bed (mt/chores.py's), "con" saying it without "ạ" (the child, or the child told?), "con"
    # asking with "ạ", a name's or a child's own blanket (whose?), a plain verb (now, done, a habit?), a today with no
    # "đã" (done or a plan?), "I" asked, "có" without "không", "?" on a statement, "anh" saying it, a pet, "thay ga"
    # (a gas bottle), "phơi chăn" (washed?), "Con dọn giường nhé." (the child may be offering), other things folded
    ("Tôi dọn giường mỗi sáng.", None), ("Bạn dọn giường chưa?", None), ("Con chưa gấp chăn.", None),
    ("Con gấp chăn rồi.", None), ("Con gấp chăn chưa ạ?", None), ("Lan gấp chăn mỗi sáng.", None),
    ("Con tôi gấp chăn mỗi sáng.", None), ("Tôi gấp chăn.", None), ("Sáng nay tôi gấp chăn.", None),
    ("Tôi đã gấp chăn chưa?", None), ("Bạn có gấp chăn.", None), ("Tôi gấp chăn mỗi sáng?", None),
    ("Anh gấp chăn mỗi sáng.", None), ("Con chó của tôi gấp chăn mỗi sáng.", None), ("Thay ga đi.", None),
    ("Mẹ tôi phơi chăn.", None), ("Con dọn giường nhé.", None), ("Tôi gấp quần áo mỗi sáng.", None),
    ("Bạn gấp chăn không?", None), ("Ngày mai tôi thay ga giường.", None), ("Gấp chăn đi con?", None),
    ("Tôi gấp chăn mỗi sáng nhỉ.", None), ("Make your bed.", None), ("Chăn giường gấp đi ga.", None),
    # not: "em" asking with "ạ" (the speaker), "never", "rarely", "sometimes", "often" with every week (never
    # weekly?), "never" or "rarely" asked ("Do you never …?"), "có" without "không" (stressed: "did")
    ("Em có gấp chăn mỗi sáng không ạ?", None), ("Em đã gấp chăn chưa ạ?", None),
    ("Họ không bao giờ thay ga giường mỗi tuần.", None), ("Tôi thỉnh thoảng gấp chăn mỗi sáng.", None),
    ("Bạn có không bao giờ gấp chăn không?", None), ("Bạn có hiếm khi gấp chăn không?", None),
    ("Hôm qua tôi có thay ga giường.", None), ("Mẹ tôi có thay ga giường hôm qua.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hãy làm giường của bạn.", "Đậm mền của bạn.", "Hãy đi ngủ nhé.", "Đừng quên ngủ đi."
    ("Make your bed.", "Dọn giường đi."),
    ("Make the bed.", "Dọn giường đi."),
    ("Fold your blanket.", "Gấp chăn đi."),
    ("Go and make your bed.", "Đi dọn giường đi."),
    ("Remember to make your bed.", "Nhớ dọn giường nhé."),
    ("Don't forget to make your bed.", "Đừng quên dọn giường nhé."),
    ("Change the sheets, please.", "Thay ga giường đi."),
    # v8: "Tôi ngủ mỗi buổi sáng.", "Cô ấy làm giường của mình mỗi buổi sáng.", "Anh ta không bao giờ làm giường.",
    # "Mẹ tôi thay đổi bảng tính mỗi tuần." (spreadsheets), "Bạn có gấp mền không?"
    ("I make my bed every morning.", "Tôi dọn giường mỗi sáng."),
    ("She makes her bed every morning.", "Cô ấy dọn giường mỗi sáng."),
    ("He never makes his bed.", "Anh ấy không bao giờ dọn giường."),
    ("My mother changes the sheets every week.", "Mẹ tôi thay ga giường mỗi tuần."),
    ("My father makes his bed every day.", "Bố tôi dọn giường mỗi ngày."),
    ("They fold their blankets every morning.", "Họ gấp chăn mỗi sáng."),
    ("We air the bedding every weekend.", "Chúng tôi phơi chăn gối mỗi cuối tuần."),
    ("Do you make your bed every morning?", "Bạn có dọn giường mỗi sáng không?"),
    ("Does she fold her blanket?", "Cô ấy có gấp chăn không?"),
    ("Do you always make your bed?", "Bạn có luôn dọn giường không?"),
    ("I don't make my bed.", "Tôi không dọn giường."),
    ("She doesn't change the sheets every week.", "Cô ấy không thay ga giường mỗi tuần."),
    ("I usually make my bed every morning.", "Tôi thường dọn giường mỗi sáng."),
    ("Does he always fold his blanket every morning?", "Anh ấy có luôn gấp chăn mỗi sáng không?"),
    # v8: "Bạn đã làm cho giường của mình chưa?", "Tôi chưa gấp đôi chăn của tôi.", "Tôi vừa thay đổi bảng."
    ("Have you made your bed yet?", "Bạn đã dọn giường chưa?"),
    ("Has he folded his blanket yet?", "Anh ấy đã gấp chăn chưa?"),
    ("I haven't folded my blanket yet.", "Tôi chưa gấp chăn."),
    ("She hasn't made her bed.", "Cô ấy chưa dọn giường."),
    ("I've just changed the sheets.", "Tôi vừa thay ga giường."),
    ("I've already made my bed.", "Tôi đã dọn giường rồi."),
    ("We've folded our blankets already.", "Chúng tôi đã gấp chăn rồi."),
    ("She has made her bed already.", "Cô ấy đã dọn giường rồi."),
    ("I just made my bed.", "Tôi vừa dọn giường."),
    # v8: "Tôi đã thay đổi bảng hôm qua.", "Chúng tôi không khí gối."
    ("I made my bed.", "Tôi đã dọn giường."),
    ("I changed the sheets yesterday.", "Hôm qua tôi thay ga giường."),
    ("I folded my blanket this morning.", "Sáng nay tôi đã gấp chăn."),
    ("Did you make your bed?", "Bạn đã dọn giường chưa?"),
    ("Did you change the sheets yesterday?", "Hôm qua bạn có thay ga giường không?"),
    ("I didn't make my bed yesterday.", "Hôm qua tôi không dọn giường."),
    ("We're airing the pillows.", "Chúng tôi đang phơi gối."),
    ("Lan is making her bed.", "Lan đang dọn giường."),
    ("My mother is making her bed.", "Mẹ tôi đang dọn giường."),
    ("Are you making your bed?", "Bạn có đang dọn giường không?"),
    ("I'll change the sheets tomorrow.", "Ngày mai tôi sẽ thay ga giường."),
    ("I won't change the sheets tomorrow.", "Ngày mai tôi sẽ không thay ga giường."),
    # not: "make the bed" (mt/chores.py's), another's bed ("your", "her" of "he"), a verb not agreeing, a plain "I make
    # my bed." (a habit, said alone?), "I" asked, a verb and a thing that do not go together, "Will you …?" (a favour),
    # "Do you never …?", a day and "have", a statement with "?", another's bed told, the other way's language
    ("I make the bed every morning.", None), ("I make your bed every morning.", None),
    ("She make her bed every morning.", None), ("Do she make her bed?", None),
    ("He makes her bed every morning.", None),
    ("I make my bed.", None), ("Have I made my bed yet?", None), ("Fold the sheets.", None),
    ("Will you make your bed?", None), ("Do you never make your bed?", None), ("I've made my bed yesterday.", None),
    ("I make my bed every morning?", None), ("Make his bed.", None), ("Gấp chăn đi con.", None),
    ("She have made her bed.", None), ("I am make my bed.", None), ("I made my bed tomorrow.", None),
    # not: a pet, "yet" on a statement, "do" stressed ("I do make my bed": Vietnamese would say so), "never" or
    # "often" with every morning
    ("My dog makes his bed every morning.", None), ("My cat has made her bed.", None),
    ("Does your dog make his bed?", None), ("He has folded his blanket yet.", None),
    ("They've folded their blankets yet.", None), ("I do make my bed every morning.", None),
    ("She does make her bed every morning.", None), ("I never make my bed every morning.", None),
    ("I often make my bed every morning.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
