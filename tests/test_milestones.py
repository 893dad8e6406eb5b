"""A baby's firsts: crawling, walking, talking, sitting up, rolling over and standing, the first steps, word and tooth,
and teeth yet, both ways (mt/milestones.py)."""
import pytest

from mt.milestones import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I know that cow.", "Have you known about it yet?", "My daughter knew.", "My son knows even though."
    ("Con tôi biết bò rồi.", "My child can crawl now."),
    ("Em bé biết đi chưa?", "Can the baby walk yet?"),
    ("Con gái tôi biết đi rồi.", "My daughter can walk now."),
    ("Con trai tôi biết lẫy rồi.", "My son can roll over now."),
    ("Em bé biết ngồi chưa?", "Can the baby sit up yet?"),
    ("Con trai bạn biết nói chưa?", "Can your son talk yet?"),
    ("Con bạn có biết bò không?", "Can your child crawl?"),
    ("Con gái tôi chưa biết đi.", "My daughter can't walk yet."),
    ("Con tôi mới biết ngồi.", "My child has just learned to sit up."),
    ("Em bé nhà tôi đã biết đứng rồi.", "My baby can stand now."),
    ("Thằng bé biết bò rồi.", "The boy can crawl now."),
    ("Cô ấy biết lẫy rồi.", "She can roll over now."),
    ("Con tôi biết đi rồi!", "My child can walk now!"),
    ("Em trai tôi biết nói rồi ạ.", "My younger brother can talk now."),
    # v8: "My son began to crawl.", "My daughter began to know.", "I started walking.", "My child is walking."
    ("Con trai tôi bắt đầu bò.", "My son has started crawling."),
    ("Con gái tôi bắt đầu biết nói.", "My daughter is starting to talk."),
    ("Con tôi đã bắt đầu tập đi.", "My child has started learning to walk."),
    ("Con tôi vừa bắt đầu bò.", "My child has just started crawling."),
    ("Em bé bắt đầu bò chưa?", "Has the baby started crawling yet?"),
    ("Con tôi đang tập đi.", "My child is learning to walk."),
    ("Con tôi đang chập chững tập đi.", "My child is just learning to walk."),
    # v8: "Yesterday, I walked the first steps.", "I was speaking first.", "My son grows the first teeth."
    ("Hôm qua con tôi đi được những bước đầu tiên.", "My child took their first steps yesterday."),
    ("Tuần trước con gái tôi đi được những bước đầu tiên.", "My daughter took her first steps last week."),
    ("Con trai tôi đã bước những bước đi đầu tiên.", "My son has taken his first steps."),
    ("Hôm qua anh ấy đi được những bước đầu tiên.", "He took his first steps yesterday."),
    ("Con tôi đã nói được tiếng đầu tiên.", "My child has said their first word."),
    ("Con gái tôi vừa nói từ đầu tiên.", "My daughter has just said her first word."),
    ("Con trai tôi nói được những từ đầu tiên vào tháng trước.", "My son said his first words last month."),
    ("Con trai tôi mọc chiếc răng đầu tiên rồi.", "My son has got his first tooth."),
    ("Em bé đã mọc chiếc răng đầu tiên chưa?", "Has the baby got their first tooth yet?"),
    # v8: "Are you growing teeth?", "My child has not teeth growing."
    ("Con bạn mọc răng chưa?", "Has your child got any teeth yet?"),
    ("Con tôi chưa mọc răng.", "My child hasn't got any teeth yet."),
    # not: "cháu" alone (the child, or the one asked?), he or she walking (a grown-up?), elders, I, "anh" alone, pets,
    # skills (mt/skills.py), teething (mt/crying.py), a name (his or her?), "rồi" and "chưa" both, "có" without
    # "không", "tập" without "đang", "vừa" with a day, how many teeth
    ("Cô ấy biết lẫy rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Cháu đã biết nói chưa?", None), ("Cô ấy biết đi rồi.", None), ("Mẹ tôi biết đi rồi.", None),
    ("Tôi biết bò rồi.", None), ("Anh biết nói chưa?", None), ("Con chó tôi biết ngồi rồi.", None),
    ("Con tôi biết bơi rồi.", None), ("Con tôi biết nói tiếng Anh.", None), ("Con tôi đang mọc răng.", None),
    ("Minh đi được những bước đầu tiên.", None), ("Con tôi biết bò rồi chưa?", None), ("Con tôi có biết bò.", None),
    ("Con tôi tập đi.", None), ("Hôm qua con tôi vừa đi được những bước đầu tiên.", None),
    ("Em bé mọc mấy cái răng rồi?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi có thể bò ngay bây giờ.", "Con trai của bạn có thể đi bộ được không?" (yet lost), "Bé vẫn chưa được
    # bò?", "Con trai tôi có thể cuộn qua bây giờ." (roll up), "Anh ta có thể cuộn qua được không?"
    ("My child can crawl now.", "Con tôi biết bò rồi."),
    ("Can the baby sit up yet?", "Em bé biết ngồi chưa?"),
    ("Can your son walk yet?", "Con trai bạn biết đi chưa?"),
    ("Can your daughter walk?", "Con gái bạn có biết đi không?"),
    ("My son can't walk yet.", "Con trai tôi chưa biết đi."),
    ("Is the baby crawling yet?", "Em bé đã biết bò chưa?"),
    ("Is your daughter talking yet?", "Con gái bạn đã biết nói chưa?"),
    ("The baby can sit up now.", "Em bé biết ngồi rồi."),
    ("My son can roll over now.", "Con trai tôi biết lẫy rồi."),
    ("Can he roll over yet?", "Anh ấy biết lẫy chưa?"),
    ("The boy can crawl now.", "Cậu bé biết bò rồi."),
    ("My little sister can talk now.", "Em gái tôi biết nói rồi."),
    # v8: "Con gái tôi đang bắt đầu nói chuyện." (chatting), "Con trai tôi đang học đi dạo." (a stroll)
    ("My son has started crawling.", "Con trai tôi đã bắt đầu bò."),
    ("The baby has started crawling.", "Em bé đã bắt đầu bò."),
    ("She's just started rolling over.", "Cô ấy vừa bắt đầu lẫy."),
    ("Has your baby started walking yet?", "Con bạn đã bắt đầu biết đi chưa?"),
    ("My son has started to talk.", "Con trai tôi đã bắt đầu biết nói."),
    ("My daughter is starting to talk.", "Con gái tôi bắt đầu biết nói rồi."),
    ("My son is learning to walk.", "Con trai tôi đang tập đi."),
    ("She's learning to walk.", "Cô ấy đang tập đi."),
    # v8: "Anh ta bước đầu tiên hôm qua.", "Con trai tôi nói từ đầu của anh ấy hôm qua.", "Anh ta bị răng đầu tiên.",
    # "Con trai tôi đã trở thành con trai đầu tiên của mình." (become the first son)
    ("He took his first steps yesterday.", "Hôm qua anh ấy đi được những bước đầu tiên."),
    ("My daughter took her first steps last week.", "Tuần trước con gái tôi đi được những bước đầu tiên."),
    ("My baby took her first steps yesterday.", "Hôm qua con tôi đi được những bước đầu tiên."),
    ("My son has taken his first steps.", "Con trai tôi đã đi được những bước đầu tiên."),
    ("She said her first word.", "Cô ấy đã nói được từ đầu tiên."),
    ("My son said his first word yesterday.", "Hôm qua con trai tôi nói được từ đầu tiên."),
    ("Has he said his first word yet?", "Anh ấy đã nói được từ đầu tiên chưa?"),
    ("My daughter has just said her first words.", "Con gái tôi vừa nói được những từ đầu tiên."),
    ("He's got his first tooth.", "Anh ấy đã mọc chiếc răng đầu tiên."),
    ("My son has got his first tooth.", "Con trai tôi đã mọc chiếc răng đầu tiên."),
    ("The baby cut her first tooth last week.", "Tuần trước em bé mọc chiếc răng đầu tiên."),
    ("Has your baby got any teeth yet?", "Con bạn mọc răng chưa?"),
    ("My son hasn't got any teeth yet.", "Con trai tôi chưa mọc răng."),
    # not: he or she walking or talking (a grown-up? v8's "Giờ đây cô ấy có thể đi bộ." is right of one), "can't"
    # without "yet", whose, "has", "are" or the verb not agreeing, "has" with a day, I, you, they, elders, teething
    # (mt/crying.py), crawling now, "Did …?"
    ("She can walk now.", None), ("She's starting to talk.", None), ("Is he walking yet?", None),
    ("He can't walk.", None), ("My son took her first steps.", None), ("My son have started crawling.", None),
    ("My daughter are learning to walk.", None), ("Has he took his first steps?", None),
    ("My son has took his first steps.", None), ("My son has taken his first steps yesterday.", None),
    ("I can crawl now.", None), ("Can you walk yet?", None), ("They took their first steps.", None),
    ("My mother can walk now.", None), ("Is the baby teething?", None), ("The baby is crawling.", None),
    ("Did he take his first steps yesterday?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Con tôi biết bò rồi.", "en", "vi") is None
    assert translate("My child can crawl now.", "vi", "en") is None
    assert translate("My child can crawl now.", "en", "fr") is None
