"""Missing someone, home or one's family, will miss, missed, asked, and homesick, both ways (mt/missing.py)."""
import pytest

from mt.missing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My parents are very remembering you.", "My parents remember you very.", "We'll remember you very.", "I'll
    # remember you."
    ("Bố mẹ tôi rất nhớ bạn.", "My parents really miss you."),
    ("Bố mẹ tôi nhớ bạn lắm.", "My parents miss you so much."),
    ("Ông bà tôi rất nhớ bạn.", "My grandparents really miss you."),
    ("Chúng tôi sẽ nhớ bạn lắm.", "We'll miss you so much."),
    ("Chúng tôi sẽ rất nhớ bạn.", "We'll really miss you."),
    ("Tôi sẽ nhớ bạn.", "I'll miss you."),
    ("Tôi sẽ rất nhớ các bạn.", "I'll really miss you all."),
    ("Tôi sẽ nhớ mọi người lắm.", "I'll miss everyone so much."),
    ("Tôi nhớ bạn lắm.", "I miss you so much."),
    ("Tôi nhớ bạn nhiều lắm.", "I miss you so much."),
    ("Tôi nhớ bạn nhiều.", "I miss you a lot."),
    ("Tôi rất nhớ bạn.", "I really miss you."),
    ("Tôi cũng nhớ bạn lắm.", "I miss you so much too."),
    ("Tôi vẫn rất nhớ bạn.", "I still really miss you."),
    ("Tôi đã nhớ bạn lắm.", "I missed you so much."),
    # v8: "She remembers the family very much.", "He remembers his wife.", "Lan is very miss you.", "She was very miss
    # him.", "People remember you.", "I remember my mother."
    ("Cô ấy nhớ gia đình lắm.", "She misses her family so much."),
    ("Cô ấy nhớ gia đình.", "She misses her family."),
    ("Mẹ tôi rất nhớ gia đình.", "My mother really misses her family."),
    ("Bác Hùng rất nhớ gia đình.", "Uncle Hung really misses his family."),
    ("Anh ấy rất nhớ vợ.", "He really misses his wife."),
    ("Lan rất nhớ bạn.", "Lan really misses you."),
    ("Cô ấy rất nhớ anh ấy.", "She really misses him."),
    ("Mọi người rất nhớ bạn.", "Everyone really misses you."),
    ("Chúng tôi đều rất nhớ bạn.", "We all really miss you."),
    ("Tôi rất nhớ mẹ tôi.", "I really miss my mother."),
    ("Tôi nhớ bố mẹ lắm.", "I miss my parents so much."),
    ("Tôi nhớ Việt Nam lắm.", "I miss Vietnam so much."),
    # home: v8 "I really miss home flavor." ("quê hương"); "Bạn có nhớ nhà không?" → "Do you have miss home?"
    ("Tôi rất nhớ quê hương.", "I really miss home."),
    ("Chị ấy nhớ nhà lắm.", "She misses home so much."),
    ("Mẹ tôi nhớ nhà.", "My mother misses home."),
    ("Bạn nhớ nhà không?", "Do you miss home?"),
    ("Bạn có nhớ nhà không?", "Do you miss home?"),  # (mt/patterns.py no longer takes "nhớ nhà" for a thing)
    ("Bạn có nhớ gia đình không?", "Do you miss your family?"),
    ("Bạn có nhớ tôi nhiều không?", "Do you miss me a lot?"),
    ("Tôi nhớ bạn lắm ạ.", "I miss you so much."),
    # not: "nhớ" with nothing that says miss (remember?), "anh", "em", "con" alone (the speaker or "you"?), whose
    # family a name's is, whose "bố" after kin, "đều" without "lắm", "không nhớ", "còn nhớ" (mt/remembering.py's),
    # "rất" asked, oneself missed
    ("Tôi nhớ bạn.", None), ("Bạn có nhớ tôi không?", None), ("Mẹ tôi vẫn nhớ bạn.", None),
    ("Tôi đã nhớ bạn.", None), ("Tôi cũng nhớ bạn.", None), ("Tôi nhớ Việt Nam.", None),
    ("Con nhớ mẹ lắm.", None), ("Em nhớ anh lắm.", None), ("Anh nhớ nhà lắm.", None),
    ("Lan nhớ gia đình lắm.", None), ("Mẹ tôi rất nhớ bố.", None), ("Mọi người đều nhớ bạn.", None),
    ("Tôi không nhớ bạn.", None), ("Tôi còn nhớ bạn.", None), ("Bạn có rất nhớ nhà không?", None),
    ("Tôi rất nhớ tôi.", None), ("Bạn có nhớ mẹ không?", None), ("Tôi rất nhớ tên bạn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi nhớ bạn quá nhiều." (too much), "Mẹ tôi nhớ bạn quá nhiều."
    ("I miss you so much.", "Tôi nhớ bạn nhiều lắm."),
    ("I miss you a lot.", "Tôi nhớ bạn nhiều."),
    ("I miss you very much.", "Tôi nhớ bạn rất nhiều."),
    ("I really miss you.", "Tôi rất nhớ bạn."),
    ("My mother misses you so much.", "Mẹ tôi nhớ bạn nhiều lắm."),
    ("My parents miss you.", "Bố mẹ tôi nhớ bạn."),
    ("My grandparents miss you.", "Ông bà tôi nhớ bạn."),
    # v8: "Chúng tôi sẽ bỏ lỡ bạn." (miss a chance), "Tôi đã bỏ lỡ bạn.", "Mọi người đều bỏ lỡ bạn.", "Hãy bỏ lỡ bạn."
    ("We'll miss you.", "Chúng tôi sẽ nhớ bạn."),
    ("We'll miss you so much.", "Chúng tôi sẽ nhớ bạn nhiều lắm."),
    ("We'll really miss you.", "Chúng tôi sẽ rất nhớ bạn."),
    ("We're going to miss you.", "Chúng tôi sẽ nhớ bạn."),
    ("She's going to miss you.", "Cô ấy sẽ nhớ bạn."),
    ("I'll miss you all.", "Tôi sẽ nhớ các bạn."),
    ("I missed you.", "Tôi đã rất nhớ bạn."),
    ("I missed you so much.", "Tôi đã nhớ bạn rất nhiều."),
    ("Everyone misses you.", "Mọi người đều nhớ bạn."),
    ("Lan misses you.", "Lan nhớ bạn."),
    ("We all miss you.", "Chúng tôi đều nhớ bạn."),
    ("I miss you, too.", "Tôi cũng nhớ bạn."),
    ("I still miss you.", "Tôi vẫn nhớ bạn."),
    # v8: "Bé có nhớ gia đình mình không?" (a baby), "Mẹ bạn có nhớ là không?", "Cô ấy nhớ gia đình cô ấy."
    ("Does she miss her family?", "Cô ấy có nhớ gia đình không?"),
    ("Does your mother miss you?", "Mẹ bạn có nhớ bạn không?"),
    ("Do you miss home?", "Bạn có nhớ nhà không?"),
    ("Did you miss me?", "Bạn có nhớ tôi không?"),
    ("Will you miss me?", "Bạn sẽ nhớ tôi chứ?"),
    ("She misses her family.", "Cô ấy nhớ gia đình."),
    ("He misses his wife.", "Anh ấy nhớ vợ."),
    ("I miss my mother.", "Tôi nhớ mẹ."),
    ("I miss your mother.", "Tôi nhớ mẹ bạn."),
    ("She really misses her parents.", "Cô ấy rất nhớ bố mẹ."),
    ("I miss my hometown.", "Tôi nhớ quê."),
    ("I miss Vietnam.", "Tôi nhớ Việt Nam."),
    # v8: "Bạn có say xỉn không?" (drunk), "Cô ấy say xỉn."
    ("Are you homesick?", "Bạn có nhớ nhà không?"),
    ("She's homesick.", "Cô ấy nhớ nhà."),
    ("She's very homesick.", "Cô ấy rất nhớ nhà."),
    ("I'm a bit homesick.", "Tôi hơi nhớ nhà."),
    ("Is he homesick?", "Anh ấy có nhớ nhà không?"),
    # not: bad agreement, whose family a name's is, a bus or a chance missed, "don't miss", "really" or "still" asked,
    # oneself missed
    ("My parents misses you.", None), ("My mother miss you.", None), ("She miss her family.", None),
    ("Do she miss her family?", None), ("Does she misses her family?", None), ("We is going to miss you.", None),
    ("Are he homesick?", None), ("Lan misses her family.", None), ("I missed the bus.", None),
    ("Don't miss it.", None), ("I don't miss you.", None), ("Do you really miss me?", None), ("I miss me.", None),
    ("I remember you.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_reads_home_missed_as_missed():
    """mt/patterns.py took "nhớ nhà" for a thing one has ("Do you have miss home?") before this module was reached."""
    from mt import phrasebook
    assert phrasebook.translate("Bạn có nhớ nhà không?", "vi", "en") == "Do you miss home?"
