"""Traditional herbal medicine brewed, bitter, taken for how long, got made up, believed in or liked, and a
herbalist, both ways (mt/herbal_medicine.py)."""
import pytest

from mt.herbal_medicine import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My mother was northern.", "My mother was sharply her medicine.", "Are you sharpening?", "I'm starving."
    ("Mẹ tôi đang sắc thuốc bắc.", "My mother is brewing Chinese herbal medicine."),
    ("Mẹ tôi đang sắc thuốc cho bà tôi.", "My mother is brewing herbal medicine for my grandmother."),
    ("Bạn có đang sắc thuốc không?", "Are you brewing herbal medicine?"),
    ("Bà tôi sắc thuốc nam mỗi ngày.", "My grandmother brews Vietnamese herbal medicine every day."),
    ("Chúng tôi hay sắc thuốc bắc.", "We often brew Chinese herbal medicine."),
    ("Mẹ bạn có sắc thuốc mỗi ngày không?", "Does your mother brew herbal medicine every day?"),
    ("Tôi sắc thuốc rồi.", "I've already brewed the herbal medicine."),
    ("Bạn đã sắc thuốc chưa?", "Have you brewed the herbal medicine yet?"),
    ("Bạn sắc thuốc xong chưa?", "Have you finished brewing the herbal medicine?"),
    ("Mẹ tôi vừa sắc thuốc xong.", "My mother has just finished brewing the herbal medicine."),
    ("Chị Lan chưa sắc thuốc.", "Lan hasn't brewed the herbal medicine yet."),
    ("Bố tôi vẫn đang nấu thuốc bắc.", "My father is still brewing Chinese herbal medicine."),
    ("Hôm qua bà tôi sắc thuốc cho ông tôi.", "My grandmother brewed herbal medicine for my grandfather yesterday."),
    ("Ngày mai tôi sẽ sắc thuốc.", "I'll brew herbal medicine tomorrow."),
    ("Cô ấy phải sắc thuốc hằng ngày.", "She has to brew herbal medicine every day."),
    # v8: "The northern medicine is very bitter.", "Is it bitter?", "The medicines are not very bitter."
    ("Thuốc bắc đắng lắm.", "Chinese herbal medicine is very bitter."),
    ("Thuốc nam có đắng không?", "Is Vietnamese herbal medicine bitter?"),
    ("Thuốc đông y không đắng lắm.", "Herbal medicine isn't very bitter."),
    ("Thuốc bắc hơi đắng.", "Chinese herbal medicine is a bit bitter."),
    ("Bát thuốc này đắng quá.", "This bowl of medicine is so bitter."),
    ("Thuốc bắc này rất đắng.", "This Chinese herbal medicine is very bitter."),
    ("Thuốc bắc có đắng lắm không?", "Is Chinese herbal medicine very bitter?"),
    # v8: "My grandfather takes medicine south of this year.", "I have taken medicine north for three months.",
    # "How long have you been taking medicine?"
    ("Ông tôi uống thuốc nam mấy năm nay.",
     "My grandfather has been taking Vietnamese herbal medicine for a few years."),
    ("Tôi uống thuốc bắc được ba tháng rồi.", "I've been taking Chinese herbal medicine for three months."),
    ("Mấy tháng nay mẹ tôi uống thuốc đông y.", "My mother has been taking herbal medicine for a few months."),
    ("Chúng tôi uống thuốc bắc được một năm rồi.", "We've been taking Chinese herbal medicine for a year."),
    ("Bà tôi uống thuốc nam lâu nay.", "My grandmother has been taking Vietnamese herbal medicine for a long time."),
    ("Bạn uống thuốc bắc bao lâu rồi?", "How long have you been taking Chinese herbal medicine?"),
    ("Lan uống thuốc bắc hai tuần nay.", "Lan has been taking Chinese herbal medicine for two weeks."),
    # v8: "Yesterday, my parents went to medications.", "Tomorrow, I'll go to Dad.", "My mother was walking a pill."
    ("Hôm qua mẹ tôi đi bốc thuốc.", "My mother went to get some herbal medicine yesterday."),
    ("Mẹ tôi đang đi bốc thuốc.", "My mother is out getting some herbal medicine."),
    ("Ngày mai tôi sẽ đi bốc thuốc bắc.", "I'll go and get some Chinese herbal medicine tomorrow."),
    ("Tuần sau bố tôi đi bốc thuốc.", "My father is going to get some herbal medicine next week."),
    ("Tôi vừa đi bốc thuốc về.", "I've just been to get some herbal medicine."),
    ("Bạn đã đi bốc thuốc chưa?", "Have you been to get the herbal medicine yet?"),
    ("Anh ấy đã đi bốc thuốc nam cho mẹ anh ấy.", "He went to get some Vietnamese herbal medicine for his mother."),
    # v8: "Do you believe crowds?", "My mother was very convinced.", "I don't believe male medicine."
    ("Bạn có tin đông y không?", "Do you believe in traditional medicine?"),
    ("Mẹ tôi rất tin đông y.", "My mother really believes in traditional medicine."),
    ("Tôi không tin thuốc nam.", "I don't believe in Vietnamese herbal medicine."),
    ("Ông tôi tin vào y học cổ truyền.", "My grandfather believes in traditional medicine."),
    ("Tôi không thích uống thuốc bắc.", "I don't like taking Chinese herbal medicine."),
    ("Con tôi ghét uống thuốc bắc.", "My child hates taking Chinese herbal medicine."),
    # not: taken now, as a habit, or whether it works (mt/therapies.py's), medicine in general (mt/medicine.py), a bare
    # "sắc thuốc" or "đi bốc thuốc" (now, a habit, or done?), "bốc thuốc" without "đi" (the herbalist's), "lâu rồi" (for
    # long, or long ago?), "phải" alone (has or had to?), "?" on a statement, "có" or "không" alone, "nhỉ", "anh" saying
    # it, a pet as who, "I" asked, "thuốc" alone bitter (any medicine), "nấu thuốc" (any medicine), "ông lang"
    ("Tôi uống thuốc bắc.", None), ("Thuốc bắc có tác dụng không?", None), ("Tôi đã uống thuốc rồi.", None),
    ("Mẹ tôi sắc thuốc.", None), ("Tôi đi bốc thuốc bắc.", None), ("Ông lang bốc thuốc cho tôi.", None),
    ("Ông tôi uống thuốc nam lâu rồi.", None), ("Tôi phải đi bốc thuốc.", None), ("Mẹ tôi đang sắc thuốc?", None),
    ("Bạn sắc thuốc không?", None), ("Thuốc bắc đắng lắm nhỉ.", None), ("Anh đang sắc thuốc.", None),
    ("Con mèo của tôi tin đông y.", None), ("Tôi có tin đông y không?", None), ("Thuốc đắng quá.", None),
    ("Mẹ tôi đang nấu thuốc.", None), ("Ông tôi là thầy lang.", None), ("Tôi không sắc thuốc.", None),
    ("Mẹ tôi đi bốc thuốc rồi.", None), ("Cà phê này đắng quá.", None), ("Ông tôi là ông lang.", None),
    ("Hôm qua tôi sẽ sắc thuốc.", None), ("Ngày mai mẹ tôi đã đi bốc thuốc.", None),
    # whom who again ("for him": himself, or another?), as "Tôi sắc thuốc cho tôi." is left
    ("Họ sắc thuốc cho họ mỗi ngày.", None), ("Anh ấy đã đi bốc thuốc cho anh ấy.", None),
    ("Cô ấy đang sắc thuốc cho cô ấy.", None), ("Chúng tôi đang sắc thuốc cho chúng tôi.", None),
    # how often with "every …": "thường" is usually, the others not said with it ("often … every evening")
    ("Bố tôi thường sắc thuốc mỗi ngày.", "My father usually brews herbal medicine every day."),
    ("Bạn có thường sắc thuốc mỗi ngày không?", "Do you usually brew herbal medicine every day?"),
    ("Bố tôi hay sắc thuốc mỗi tối.", None), ("Bố tôi thỉnh thoảng sắc thuốc mỗi ngày.", None),
    ("Bạn có hay sắc thuốc mỗi ngày không?", None),
    # "đã lâu" as "lâu rồi": for long, or long ago?
    ("Ông tôi uống thuốc bắc đã lâu.", None), ("Mẹ tôi đã uống thuốc nam đã lâu.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi đang ủ thuốc thảo dược." (fermenting), "Mẹ bạn có phải uống thuốc thảo dược không?", "Bà tôi hâm mộ
    # thuốc thảo dược Trung Quốc mỗi ngày." (admires)
    ("My mother is brewing herbal medicine.", "Mẹ tôi đang sắc thuốc."),
    ("Is your mother brewing herbal medicine?", "Mẹ bạn có đang sắc thuốc không?"),
    ("My grandmother brews Chinese herbal medicine every day.", "Bà tôi sắc thuốc bắc mỗi ngày."),
    ("Do you often brew herbal medicine?", "Bạn có hay sắc thuốc không?"),
    ("She's still brewing herbal medicine.", "Cô ấy vẫn đang sắc thuốc."),
    ("Has she brewed the herbal medicine yet?", "Cô ấy đã sắc thuốc chưa?"),
    ("I've already brewed the herbal medicine.", "Tôi đã sắc thuốc rồi."),
    ("My mother has just finished brewing the herbal medicine.", "Mẹ tôi vừa sắc thuốc xong."),
    ("I brewed herbal medicine for my grandfather yesterday.", "Hôm qua tôi sắc thuốc cho ông tôi."),
    ("We will brew Vietnamese herbal medicine tomorrow.", "Ngày mai chúng tôi sẽ sắc thuốc nam."),
    ("He hasn't brewed the herbal medicine yet.", "Anh ấy chưa sắc thuốc."),
    # v8: "Thuốc thảo dược rất gay gắt." (harsh), "Có phải thuốc thảo dược Trung Quốc gay gắt không?"
    ("Herbal medicine is very bitter.", "Thuốc đông y rất đắng."),
    ("Is Chinese herbal medicine bitter?", "Thuốc bắc có đắng không?"),
    ("This bowl of medicine is so bitter.", "Bát thuốc này đắng quá."),
    ("Vietnamese herbal medicine isn't very bitter.", "Thuốc nam không đắng lắm."),
    ("Chinese herbal medicine is a bit bitter.", "Thuốc bắc hơi đắng."),
    # v8: "Ông tôi đã sử dụng thuốc thảo dược trong một vài năm.", "Cậu dùng thuốc thảo dược Trung Quốc bao lâu rồi?"
    ("My grandfather has been taking herbal medicine for a few years.", "Ông tôi uống thuốc đông y mấy năm nay."),
    ("How long have you been taking Chinese herbal medicine?", "Bạn uống thuốc bắc bao lâu rồi?"),
    ("We've been taking herbal medicine for three months.", "Chúng tôi uống thuốc đông y được ba tháng rồi."),
    ("She has been taking Vietnamese herbal medicine for a long time.", "Cô ấy uống thuốc nam đã lâu."),
    ("Lan has been taking herbal medicine for a year.", "Lan uống thuốc đông y được một năm rồi."),
    # v8: "Tôi đến để được một số loại thuốc thảo dược hôm qua.", "Tôi sẽ có một số loại thuốc thảo dược ngày mai."
    ("I went to get some herbal medicine yesterday.", "Hôm qua tôi đi bốc thuốc."),
    ("I'm going to get some herbal medicine tomorrow.", "Ngày mai tôi sẽ đi bốc thuốc."),
    ("My mother is out getting some Chinese herbal medicine.", "Mẹ tôi đang đi bốc thuốc bắc."),
    ("I've just been to get some herbal medicine made up.", "Tôi vừa đi bốc thuốc về."),
    ("Has your mother been to get the herbal medicine yet?", "Mẹ bạn đã đi bốc thuốc chưa?"),
    ("She will go and get some herbal medicine for my grandmother.", "Cô ấy sẽ đi bốc thuốc cho bà tôi."),
    # v8: "Bạn có tin vào thuốc truyền thống không?", "Mẹ tôi thực sự tin vào thuốc truyền thống."
    ("Do you believe in traditional medicine?", "Bạn có tin đông y không?"),
    ("My mother really believes in traditional medicine.", "Mẹ tôi rất tin đông y."),
    ("He doesn't believe in Chinese herbal medicine.", "Anh ấy không tin thuốc bắc."),
    ("I don't like taking Chinese herbal medicine.", "Tôi không thích uống thuốc bắc."),
    ("Does your son hate taking herbal medicine?", "Con trai bạn có ghét uống thuốc đông y không?"),
    # not: a verb not agreeing ("She brew", "He don't", "I has", "We is"), "going to get" with no day (on the way?),
    # "for one years", taken now (mt/therapies.py's), "medicine" alone bitter, "a" herbalist for many, asked of
    # oneself, a pet, a day behind with "will", "is bitter?" asked without "Is"
    ("She brew herbal medicine every day.", None), ("He don't believe in traditional medicine.", None),
    ("I has been taking herbal medicine for a year.", None), ("My grandfather is a herbalist.", None),
    ("I'm going to get some herbal medicine.", None), ("She has been taking herbal medicine for one years.", None),
    ("I take herbal medicine.", None), ("This medicine is bitter.", None),
    ("We believes in traditional medicine.", None),
    ("Do I believe in traditional medicine?", None), ("My dog believes in traditional medicine.", None),
    ("I will brew herbal medicine yesterday.", None), ("Herbal medicine is bitter?", None),
    ("My mother brews herbal medicine.", None), ("Xin chào.", None),
    # "brews" after an auxiliary or a question's first word
    ("Does your mother brews herbal medicine every day?", None), ("Do you brews herbal medicine every day?", None),
    ("She will brews herbal medicine tomorrow.", None), ("She has to brews herbal medicine every day.", None),
    # "often", "sometimes" with "every …" (as "hay … mỗi tối" is left); "usually" with it is "thường"
    ("She often brews herbal medicine every day.", None), ("She sometimes brews herbal medicine every day.", None),
    ("She usually brews herbal medicine every evening.", "Cô ấy thường sắc thuốc mỗi tối."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
