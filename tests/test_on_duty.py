"""Being on duty or on call, whose turn it is, swapping duty or shifts, and working nights liked or hated, both ways
(mt/on_duty.py)."""
import pytest

from mt.on_duty import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm right tonight.", "My mother was in the hospital.", "Tonight, I have to go directly.", "Tonight, do you
    # have a direct?", "Yesterday, he was at night.", "Tomorrow, land is not directly.", "My mother was directly."
    ("Hôm nay tôi trực đêm.", "I'm on night duty tonight."),
    ("Mẹ tôi trực ở bệnh viện.", "My mother is on duty at the hospital."),
    ("Tối nay tôi phải đi trực.", "I have to be on duty tonight."),
    ("Tôi trực.", "I'm on duty."),
    ("Mẹ tôi đang trực.", "My mother is on duty."),
    ("Bạn có đang trực không?", "Are you on duty?"),
    ("Tối nay bạn có trực không?", "Are you on duty tonight?"),
    ("Anh ấy không trực.", "He's not on duty."),
    ("Hôm qua anh ấy trực đêm.", "He was on night duty yesterday."),
    ("Hôm qua tôi không trực.", "I wasn't on duty yesterday."),
    ("Hôm qua bạn có trực không?", "Were you on duty yesterday?"),
    ("Tối qua mẹ tôi trực ở bệnh viện.", "My mother was on duty at the hospital last night."),
    ("Hôm qua tôi phải đi trực.", "I had to be on duty yesterday."),
    ("Ngày mai Lan không phải trực.", "Lan doesn't have to be on duty tomorrow."),
    ("Ngày mai tôi sẽ không trực.", "I won't be on duty tomorrow."),
    ("Cô ấy sẽ trực vào cuối tuần này.", "She'll be on duty this weekend."),
    ("Cô ấy trực đêm ở bệnh viện tối nay.", "She's on night duty at the hospital tonight."),
    ("Bác Hùng trực ở cơ quan.", "Uncle Hung is on duty at work."),
    ("Chúng tôi trực.", "We're on duty."),
    ("Họ trực đêm.", "They're on night duty."),
    # v8: "This holiday I had to be directly.", "We have to be in the Tet."
    ("Tết này tôi phải trực.", "I have to be on duty over Tet this year."),
    ("Chúng tôi phải trực Tết.", "We have to be on duty over Tet."),
    ("Năm nay tôi phải trực Tết.", "I have to be on duty over Tet this year."),
    ("Năm ngoái Lan phải trực Tết.", "Lan had to be on duty over Tet last year."),
    ("Bạn có phải trực Tết không?", "Do you have to be on duty over Tet?"),
    # v8: "Tomorrow, who is online?", "Last night, who is online?", "Who's right for Tet?"
    ("Ngày mai ai trực?", "Who's on duty tomorrow?"),
    ("Đêm qua ai trực?", "Who was on duty last night?"),
    ("Ai đang trực?", "Who's on duty?"),
    ("Ai phải trực Tết?", "Who has to be on duty over Tet?"),
    ("Ai sẽ trực tối mai?", "Who will be on duty tomorrow evening?"),
    # v8: "Today, in turn, I am in turn.", "Tomorrow, who is in turn?", "Yesterday, came in turn of Land."
    ("Hôm nay đến lượt tôi trực.", "It's my turn to be on duty today."),
    ("Ngày mai đến lượt ai trực?", "Whose turn is it to be on duty tomorrow?"),
    ("Hôm qua đến lượt Lan trực.", "It was Lan's turn to be on duty yesterday."),
    ("Tối nay đến lượt mẹ tôi trực đêm.", "It's my mother's turn to be on night duty tonight."),
    # v8: "I changed the co-workers.", "I have changed the singer with Lan.", "Can you change the singer directly with
    # me?"
    ("Tôi đổi ca trực với đồng nghiệp.", "I swapped duty with a colleague."),
    ("Tôi vừa đổi ca với Lan.", "I've just swapped shifts with Lan."),
    ("Tôi đã đổi ca trực với đồng nghiệp rồi.", "I've already swapped duty with a colleague."),
    ("Bạn đổi ca trực với tôi được không?", "Can you swap duty with me?"),
    ("Bạn có muốn đổi ca với tôi không?", "Do you want to swap shifts with me?"),
    ("Tôi muốn đổi ca trực với anh ấy.", "I want to swap duty with him."),
    ("Cô ấy sẽ đổi ca trực với một đồng nghiệp.", "She'll swap duty with a colleague."),
    ("Mẹ tôi cần đổi ca với đồng nghiệp.", "My mother needs to swap shifts with a colleague."),
    # v8: "I hate to snugg night.", "I hate at night.", "Are you afraid to make nightmares?", "I'm familiar at
    # night.", "I am very hate at night.", "Do you know online night?"
    ("Tôi ghét làm ca đêm.", "I hate working nights."),
    ("Tôi ghét trực đêm.", "I hate being on night duty."),
    ("Tôi rất ghét trực đêm.", "I really hate being on night duty."),
    ("Mẹ tôi ghét phải trực đêm.", "My mother hates having to be on night duty."),
    ("Anh ấy thích làm ca đêm lắm.", "He really likes working nights."),
    ("Bạn có ngại làm ca đêm không?", "Do you mind working nights?"),
    ("Tôi không ngại làm ca đêm.", "I don't mind working nights."),
    ("Tôi quen trực đêm rồi.", "I'm used to being on night duty."),
    ("Tôi đã quen với việc làm ca đêm.", "I'm used to working nights."),
    ("Tôi không quen làm ca đêm.", "I'm not used to working nights."),
    ("Bạn có quen trực đêm không?", "Are you used to being on night duty?"),
    # not: "trực" in other words (direct, online, helicopter, class duty, standing), "anh", "em" alone saying it, a
    # "?" on a statement, "không?" without "có", a pet, "đã trực" or "đi trực" with no day, a tense against its day,
    # a year without Tet, Tet with a day, "nhỉ", who not asked, swapping with oneself, "ngại" said plainly, "làm ca
    # đêm" said plainly (mt/workdays.py), the other way's language, nonsense
    ("Tôi trực tiếp.", None), ("Tôi trực tuyến.", None), ("Tôi đi trực thăng.", None), ("Tôi trực nhật.", None),
    ("Tôi thường trực.", None), ("Anh trực đêm.", None), ("Em trực đêm.", None), ("Tôi trực đêm?", None),
    ("Bạn trực không?", None), ("Con chó của tôi trực đêm.", None), ("Tôi đã trực.", None), ("Mẹ tôi đi trực.", None),
    ("Ngày mai tôi đã trực.", None), ("Hôm qua tôi sẽ trực.", None), ("Hôm qua tôi đang trực.", None),
    ("Tôi không đang trực.", None), ("Năm nay tôi trực.", None), ("Tôi trực Tết ngày mai.", None),
    ("Tôi trực đêm nhỉ.", None), ("Ai không trực?", None), ("Ai trực.", None), ("Đến lượt anh trực.", None),
    ("Tôi đổi ca trực với tôi.", None), ("Bạn có đổi ca với Lan không?", None), ("Tôi ngại làm ca đêm.", None),
    ("Tôi ghét trực đêm rồi.", None), ("Tôi làm ca đêm.", None), ("I'm on duty tonight.", None),
    ("Trực trực trực.", None),
    # night duty of a morning or an afternoon (not said so), but duty of one is
    ("Sáng nay tôi trực đêm.", None), ("Chiều nay tôi trực đêm.", None), ("Tôi trực đêm sáng mai.", None),
    ("Sáng mai đến lượt tôi trực đêm.", None), ("Sáng nay tôi trực.", "I'm on duty this morning."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi vào ban đêm tối nay.", "Mẹ tôi ở bệnh viện.", "Tôi phải ở trên du mươi tối nay.", "Tôi đang gọi tối
    # nay.", "Cô ấy ở bệnh viện tối nay." (on duty lost), "Bạn có đang gọi cuối tuần này không?", "Anh ấy ở trên bốn
    # mươi bảy tối qua.", "Lan sẽ có bốn mươi một ngày mai.", "Chúng tôi không phải đang gọi ngày mai."
    ("I'm on night duty tonight.", "Tối nay tôi trực đêm."),
    ("My mother is on duty at the hospital.", "Mẹ tôi đang trực ở bệnh viện."),
    ("I have to be on duty tonight.", "Tối nay tôi phải trực."),
    ("I'm on call tonight.", "Tối nay tôi trực."),
    ("She's on duty at the hospital tonight.", "Tối nay cô ấy trực ở bệnh viện."),
    ("I'm on duty.", "Tôi đang trực."),
    ("Are you on call this weekend?", "Cuối tuần này bạn có trực không?"),
    ("Is your mother on duty tonight?", "Tối nay mẹ bạn có trực không?"),
    ("He was on duty last night.", "Đêm qua anh ấy trực."),
    ("Was Lan on call last night?", "Đêm qua Lan có trực không?"),
    ("We were on duty at the hospital yesterday.", "Hôm qua chúng tôi trực ở bệnh viện."),
    ("Lan will be on duty tomorrow.", "Ngày mai Lan sẽ trực."),
    ("He'll be on night duty next week.", "Tuần sau anh ấy sẽ trực đêm."),
    ("I won't be on duty this weekend.", "Cuối tuần này tôi sẽ không trực."),
    ("We're not on call tomorrow.", "Ngày mai chúng tôi không trực."),
    ("She isn't on call tonight.", "Tối nay cô ấy không trực."),
    ("Do I have to be on duty tomorrow?", "Ngày mai tôi có phải trực không?"),
    ("Does she have to be on call this weekend?", "Cuối tuần này cô ấy có phải trực không?"),
    ("I had to be on duty last night.", "Đêm qua tôi phải trực."),
    ("I didn't have to be on duty yesterday.", "Hôm qua tôi không phải trực."),
    ("They're on call at work today.", "Hôm nay họ trực ở cơ quan."),
    # v8: "Bạn có phải vào dịp Tết không?", "Mẹ tôi phải chịu trách nhiệm về ngày Tết."
    ("Do you have to be on duty over Tet?", "Bạn có phải trực Tết không?"),
    ("My mother has to be on duty over Tet.", "Mẹ tôi phải trực Tết."),
    ("Did you have to be on duty over Tet last year?", "Năm ngoái bạn có phải trực Tết không?"),
    # v8: "Ai là ai có bốn mươi một ngày mai?", "Ai đang gọi tối qua?"
    ("Who's on duty tomorrow?", "Ngày mai ai trực?"),
    ("Who was on call last night?", "Đêm qua ai trực?"),
    ("Who is on night duty tonight?", "Tối nay ai trực đêm?"),
    ("Who will be on call tomorrow?", "Ngày mai ai sẽ trực?"),
    ("Who has to be on duty over Tet?", "Ai phải trực Tết?"),
    ("Who's on duty?", "Ai đang trực?"),
    # v8: "Hôm nay tôi cố gắng trở thành một mươi tên.", "Đó là lần lượt tôi đang gọi hôm qua.", "Bia biến đó là ai có
    # thể vào ngày mai?"
    ("It's my turn to be on duty today.", "Hôm nay đến lượt tôi trực."),
    ("It was my turn to be on call yesterday.", "Hôm qua đến lượt tôi trực."),
    ("It's my mother's turn to be on night duty today.", "Hôm nay đến lượt mẹ tôi trực đêm."),
    ("Whose turn is it to be on duty tomorrow?", "Ngày mai đến lượt ai trực?"),
    # v8: "Tôi trao đổi đôi vợ chồng với một đồng nghiệp.", "Bạn có thể trao đổi bụi với tôi không?", "Tôi vừa trao
    # đổi những dịch chuyển với Lan."
    ("I swapped duty with a colleague.", "Tôi đã đổi ca trực với một đồng nghiệp."),
    ("Can you swap duty with me?", "Bạn đổi ca trực với tôi được không?"),
    ("I've just swapped shifts with Lan.", "Tôi vừa đổi ca với Lan."),
    ("She has already swapped duty with my father.", "Cô ấy đã đổi ca trực với bố tôi rồi."),
    ("I'd like to swap shifts with you.", "Tôi muốn đổi ca với bạn."),
    ("Do you want to swap duty with me?", "Bạn có muốn đổi ca trực với tôi không?"),
    ("I'll swap duty with her.", "Tôi sẽ đổi ca trực với cô ấy."),
    ("He needs to swap duty with a co-worker.", "Anh ấy cần đổi ca trực với một đồng nghiệp."),
    # v8: "Tôi ghét đêm làm việc.", "Tôi không nhớ làm việc đêm.", "Bạn có nhớ là đêm làm việc không?", "Tôi đã dùng
    # để làm đêm.", "Chúng tôi không được sử dụng để làm đêm."
    ("I hate working nights.", "Tôi ghét làm ca đêm."),
    ("I don't mind working nights.", "Tôi không ngại làm ca đêm."),
    ("Do you mind working nights?", "Bạn có ngại làm ca đêm không?"),
    ("I'm used to working nights.", "Tôi đã quen làm ca đêm."),
    ("We're not used to working nights.", "Chúng tôi không quen làm ca đêm."),
    ("My father hates working night shifts.", "Bố tôi ghét làm ca đêm."),
    ("I really like being on night duty.", "Tôi rất thích trực đêm."),
    ("She doesn't mind night shifts.", "Cô ấy không ngại làm ca đêm."),
    ("I hate having to work nights.", "Tôi ghét phải làm ca đêm."),
    ("Lan hates being on call.", "Lan ghét trực."),
    # not: the verb not agreeing with who, a tense against its day ("on duty yesterday", "was … tomorrow"), "was on
    # duty" with no day, "night call", a "?" on a statement or none on a question, a pet, "I mind", working nights
    # once ("used to work"), "off duty", a year without Tet, swapping with oneself, "work nights" and the night shift
    # said plainly (mt/workdays.py, mt/work_patterns.py), a lifeguard (mt/pools.py), seats (mt/seats.py), "work over
    # Tet" (not said to be duty), the other way's language
    ("She are on duty tonight.", None), ("He have to be on duty tomorrow.", None), ("Do she have to be on duty?", None),
    ("I'm on duty yesterday.", None), ("I was on duty.", None), ("I was on duty tomorrow.", None),
    ("I'm on night call.", None), ("Are you on duty tonight.", None), ("I'm on duty tonight?", None),
    ("My dog is on duty tonight.", None), ("He hate working nights.", None), ("I mind working nights.", None),
    ("I used to work nights.", None), ("I hate working night.", None), ("I'm on duty over Tet tomorrow.", None),
    ("I'm on duty this year.", None), ("I'm off duty tonight.", None), ("It's my turn to be on duty yesterday.", None),
    ("She have swapped duty with Lan.", None), ("Who isn't on duty tomorrow?", None), ("Who's on duty tomorrow.", None),
    ("I swapped duty with me.", None), ("I work nights.", None), ("He works night shifts.", None),
    ("The lifeguard is on duty.", None), ("Can I swap seats with you?", None),
    ("I have to work over Tet this year.", None), ("Hôm nay tôi trực đêm.", None),
    # over Tet is not now ("đang"); night duty over Tet is not "trực đêm Tết" (on Tet's eve), nor of a morning; a pet's
    # turn
    ("I'm on duty over Tet.", "Tôi trực Tết."), ("Who's on duty over Tet?", "Ai trực Tết?"),
    ("Is she on duty over Tet?", "Cô ấy có trực Tết không?"),
    ("My mother is on duty at the hospital over Tet.", "Mẹ tôi trực Tết ở bệnh viện."),
    ("I'm on night duty over Tet.", None), ("I'm on night duty this morning.", None),
    ("It's my turn to be on night duty tomorrow morning.", None),
    ("Whose turn is it to be on night duty this afternoon?", None),
    ("It's my dog's turn to be on duty tonight.", None), ("It's my cat's turn to be on call.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
