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
    # "so much" asked reads as "that much" (surprised): "very much"
    ("Bạn có nhớ nhà lắm không?", "Do you miss home very much?"),
    ("Bạn có nhớ tôi nhiều lắm không?", "Do you miss me very much?"),
    ("Mẹ bạn có nhớ bạn lắm không?", "Does your mother miss you very much?"),
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


@pytest.mark.parametrize("text, said", [
    # v8: "I was miss home.", "He was in miss home.", "My mother was miss home.", "Are you miss home?", "I don't have
    # miss home.", "I'm slightly miss home.", "Lan is too miss home.", "We'll be miss home.", "I've been miss home."
    ("Tôi bị nhớ nhà.", "I'm homesick."),
    ("Anh ấy bị nhớ nhà.", "He's homesick."),
    ("Mẹ tôi bị nhớ nhà.", "My mother is homesick."),
    ("Bố mẹ tôi bị nhớ nhà.", "My parents are homesick."),
    ("Chúng ta bị nhớ nhà.", "We're homesick."),
    ("Bác Lan bị nhớ nhà.", "Aunt Lan is homesick."),
    ("Lan bị nhớ nhà quá.", "Lan is so homesick."),
    ("Tôi bị nhớ nhà lắm.", "I'm so homesick."),
    ("Tôi bị nhớ nhà ạ.", "I'm homesick."),
    ("Tôi hơi nhớ nhà.", "I'm a bit homesick."),
    ("Tôi không bị nhớ nhà.", "I'm not homesick."),
    ("Mẹ tôi không bị nhớ nhà.", "My mother isn't homesick."),
    ("Bố mẹ tôi không bị nhớ nhà.", "My parents aren't homesick."),
    ("Tôi đã bị nhớ nhà.", "I was homesick."),
    ("Họ đã không bị nhớ nhà.", "They weren't homesick."),
    ("Chúng tôi sẽ bị nhớ nhà.", "We'll be homesick."),
    ("Chúng tôi sẽ không bị nhớ nhà.", "We won't be homesick."),
    ("Tôi sẽ hơi nhớ nhà.", "I'll be a bit homesick."),
    ("Bạn có bị nhớ nhà không?", "Are you homesick?"),
    ("Bạn bị nhớ nhà không?", "Are you homesick?"),
    ("Anh có bị nhớ nhà không?", "Are you homesick?"),
    ("Mọi người có bị nhớ nhà không?", "Is everyone homesick?"),
    # v8: "I saw miss home too."
    ("Tôi thấy nhớ nhà quá.", "I feel so homesick."),
    ("Tôi cảm thấy hơi nhớ nhà.", "I feel a bit homesick."),
    ("Tôi thấy rất nhớ nhà.", "I feel very homesick."),
    ("Anh ấy không thấy nhớ nhà.", "He doesn't feel homesick."),
    ("Tôi đã thấy nhớ nhà.", "I felt homesick."),
    ("Bạn có thấy nhớ nhà không?", "Do you feel homesick?"),
    # v8: "She was cut by miss home.", "I'm usually miss home.", "My son miss home.", "Do you ever miss home?"
    ("Cô ấy dễ bị nhớ nhà.", "She gets homesick easily."),
    ("Tôi hay bị nhớ nhà.", "I often get homesick."),
    ("Con trai tôi thỉnh thoảng nhớ nhà.", "My son sometimes gets homesick."),
    ("Tôi thỉnh thoảng thấy nhớ nhà.", "I sometimes feel homesick."),
    ("Tôi ít khi nhớ nhà.", "I rarely get homesick."),
    ("Tôi không bao giờ nhớ nhà.", "I never get homesick."),
    ("Cô ấy không bao giờ bị nhớ nhà.", "She never gets homesick."),
    ("Bạn có bao giờ nhớ nhà không?", "Do you ever get homesick?"),
    ("Bạn có bao giờ bị nhớ nhà không?", "Do you ever get homesick?"),
    ("Bạn có bao giờ thấy nhớ nhà không?", "Do you ever feel homesick?"),
    ("Cô ấy có dễ bị nhớ nhà không?", "Does she get homesick easily?"),
    ("Bạn có hay nhớ nhà không?", "Do you often get homesick?"),
    # still "miss home" (_miss): no "bị", "hơi", "thấy"
    ("Tôi nhớ nhà.", "I miss home."),
    ("Tôi nhớ nhà lắm.", "I miss home so much."),
    # not: a clause of time ("khi …", "Lúc mới …", "Hồi …"), "hơi bị" (slang: quite), "dễ nhớ" without "bị" (easy to
    # remember?), "không hay", "không … lắm", "đã" with how often, "có" said, "?" said, "nhỉ", a pet, "anh" alone
    # saying it, "bao giờ" without "có" or "không", "quê", "có không", "rất bị", "Tôi đã nhớ nhà." (_miss leaves it)
    ("Con tôi bị nhớ nhà khi đi trại hè.", None), ("Lúc mới sang Mỹ tôi rất nhớ nhà.", None),
    ("Hồi mới đi du học tôi hay nhớ nhà.", None), ("Tôi hơi bị nhớ nhà.", None), ("Cô ấy dễ nhớ nhà.", None),
    ("Tôi không hay nhớ nhà.", None), ("Tôi không thấy nhớ nhà lắm.", None), ("Tôi đã hay nhớ nhà.", None),
    ("Tôi có bị nhớ nhà.", None), ("Tôi bị nhớ nhà?", None), ("Tôi bị nhớ nhà nhỉ.", None),
    ("Con chó của tôi bị nhớ nhà.", None), ("Anh bị nhớ nhà.", None), ("Tôi bao giờ nhớ nhà.", None),
    ("Tôi bị nhớ quê.", None), ("Bạn có không bị nhớ nhà không?", None), ("Tôi rất bị nhớ nhà.", None),
    ("Bạn có bị nhớ nhà lắm không?", None), ("Tôi thấy bị nhớ nhà.", None), ("Tôi đã nhớ nhà.", None),
    ("Bạn đã có bị nhớ nhà không?", None), ("I'm homesick.", None),
])
def test_homesick_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi không về nhà." (go home), "Tôi bị say xỉn." (drunk), "Chúng tôi rất về nhà.", "Họ không về nhà.",
    # "Anh ấy không phải là kẻ đánh nhà."
    ("I'm not homesick.", "Tôi không nhớ nhà."),
    ("He isn't homesick.", "Anh ấy không nhớ nhà."),
    ("She's not homesick.", "Cô ấy không nhớ nhà."),
    ("They aren't homesick.", "Họ không nhớ nhà."),
    ("My son is not homesick.", "Con trai tôi không nhớ nhà."),
    ("I was homesick.", "Tôi đã nhớ nhà."),
    ("We were so homesick.", "Chúng tôi đã rất nhớ nhà."),
    ("I was a bit homesick.", "Tôi đã hơi nhớ nhà."),
    ("He wasn't homesick.", "Anh ấy đã không nhớ nhà."),
    ("He is homesick.", "Anh ấy nhớ nhà."),
    ("Lan's homesick.", "Lan nhớ nhà."),
    ("My son is homesick.", "Con trai tôi nhớ nhà."),
    ("We're so homesick.", "Chúng tôi nhớ nhà quá."),
    ("I'm not feeling homesick.", "Tôi không nhớ nhà."),
    # v8: "Tôi cảm thấy say xe." (carsick), "Tôi cảm thấy say xe một chút.", "Bạn có cảm giác say xe không?"
    ("I feel homesick.", "Tôi thấy nhớ nhà."),
    ("I feel a bit homesick.", "Tôi thấy hơi nhớ nhà."),
    ("I feel so homesick.", "Tôi thấy nhớ nhà quá."),
    ("She feels very homesick.", "Cô ấy thấy rất nhớ nhà."),
    ("We feel homesick.", "Chúng tôi thấy nhớ nhà."),
    ("I don't feel homesick.", "Tôi không thấy nhớ nhà."),
    ("My mother doesn't feel homesick.", "Mẹ tôi không thấy nhớ nhà."),
    ("Do you feel homesick?", "Bạn có thấy nhớ nhà không?"),
    # v8: "Cô ấy trở về nhà dễ dàng." (goes home), "Bạn có bao giờ bị say xe không?", "Con trai của tôi thường bị say
    # xe.", "Không bao giờ bị say xe.", "Có phải anh ấy dễ dàng về nhà?", "Tôi đôi khi cũng bị say xe."
    # ("dễ nhớ" alone is easy to remember, "dễ thấy" easy to see: "dễ bị nhớ nhà")
    ("She gets homesick easily.", "Cô ấy dễ bị nhớ nhà."),
    ("Do you ever get homesick?", "Bạn có bao giờ nhớ nhà không?"),
    ("Do you ever feel homesick?", "Bạn có bao giờ thấy nhớ nhà không?"),
    ("Does your mother ever get homesick?", "Mẹ bạn có bao giờ nhớ nhà không?"),
    ("Does he get homesick easily?", "Anh ấy có dễ bị nhớ nhà không?"),
    ("I feel homesick easily.", "Tôi dễ bị nhớ nhà."),
    ("Do you feel homesick easily?", "Bạn có dễ bị nhớ nhà không?"),
    ("I often feel a bit homesick.", "Tôi hay thấy hơi nhớ nhà."),
    ("Do they often get homesick?", "Họ có hay nhớ nhà không?"),
    ("My son often gets homesick.", "Con trai tôi hay nhớ nhà."),
    ("Lan never gets homesick.", "Lan không bao giờ nhớ nhà."),
    ("I sometimes get homesick.", "Tôi thỉnh thoảng nhớ nhà."),
    ("They rarely get homesick.", "Họ hiếm khi nhớ nhà."),
    ("I get homesick a lot.", "Tôi hay nhớ nhà."),
    # not: "get homesick" with no how often, bad agreement, "ever" said, "never" asked, "not" with how much, "amn't",
    # past asked, "Aren't …?", a pet, "don't get", "homesick for …", "my parents" (kin read as one), "?" said, "."
    # asked, Vietnamese
    ("I get homesick.", None), ("Do you get homesick?", None), ("She get homesick easily.", None),
    ("Does she gets homesick easily?", None), ("I ever get homesick.", None), ("Do you never get homesick?", None),
    ("I'm not very homesick.", None), ("I amn't homesick.", None), ("I'mn't homesick.", None),
    ("Were you homesick?", None), ("I were homesick.", None), ("He were homesick.", None),
    ("Aren't you homesick?", None), ("My dog is homesick.", None), ("My dog gets homesick easily.", None),
    ("I don't get homesick.", None), ("She don't feel homesick.", None), ("I'm homesick for Vietnam.", None),
    ("My parents are homesick.", None), ("I'm homesick?", None), ("Is she homesick.", None),
    ("Do you often get homesick easily?", None), ("Tôi bị nhớ nhà.", None),
    # how much after "never", "rarely" (as after "not": "không bao giờ … lắm")
    ("I never feel so homesick.", None), ("I never feel very homesick.", None),
    ("I never feel a bit homesick.", None), ("I rarely feel very homesick.", None),
])
def test_homesick_en_vi(text, said):
    assert translate(text, "en", "vi") == said
