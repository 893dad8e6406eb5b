"""Which languages someone speaks and how well, how many, learning one and for how long, whose Vietnamese is good, and
whose native language is which, both ways (mt/languages.py)."""
import pytest

from mt.languages import translate


@pytest.mark.parametrize("text, said", [
    # v8: "She says French flows.", "He speaks English noted.", "He speaks English as a native.", "My father said
    # Russia was very flowing.", "Lan says English as native speakers.", "Does she speak French flowing?", "I don't
    # speak English flowing."
    ("Cô ấy nói tiếng Pháp trôi chảy.", "She speaks French fluently."),
    ("Anh ấy nói tiếng Anh lưu loát.", "He speaks English fluently."),
    ("Bố tôi nói tiếng Nga rất trôi chảy.", "My father speaks Russian very fluently."),
    ("Cô ấy có nói tiếng Pháp trôi chảy không?", "Does she speak French fluently?"),
    ("Tôi không nói tiếng Anh trôi chảy.", "I don't speak English fluently."),
    ("Anh ấy nói tiếng Anh như người bản xứ.", "He speaks English like a native speaker."),
    ("Chị Lan nói tiếng Nhật như người bản xứ.", "Lan speaks Japanese like a native speaker."),
    # v8: "I only speak some Vietnamese.", "I didn't know French.", "I can't speak French." (at all, lost)
    ("Tôi nói một chút tiếng Anh.", "I speak a little English."),
    ("Tôi chỉ nói được một chút tiếng Việt.", "I only speak a little Vietnamese."),
    ("Tôi chỉ nói được một chút tiếng Việt thôi.", "I only speak a little Vietnamese."),
    ("Tôi nói tiếng Anh thôi.", "I only speak English."),
    ("Tôi hoàn toàn không biết tiếng Pháp.", "I don't speak French at all."),
    ("Tôi không nói được tiếng Pháp chút nào.", "I can't speak French at all."),
    ("Mẹ tôi không nói tiếng Anh chút nào.", "My mother doesn't speak English at all."),
    # v8: "Did she speak Vietnamese?"; right already: "Do you speak English?", "He speaks German."
    ("Cô ấy có nói tiếng Việt không?", "Does she speak Vietnamese?"),
    ("Bạn có nói tiếng Anh không?", "Do you speak English?"),
    ("Anh ấy nói tiếng Đức.", "He speaks German."),
    ("Tôi nói tiếng Anh và tiếng Pháp.", "I speak English and French."),
    # v8: "How many hours do you speak?", "What languages do you speak?" (how many), "He said three languages."
    ("Bạn nói được bao nhiêu thứ tiếng?", "How many languages do you speak?"),
    ("Bạn nói được mấy thứ tiếng?", "How many languages do you speak?"),
    ("Anh nói được mấy thứ tiếng?", "How many languages do you speak?"),
    ("Anh ấy nói được ba ngôn ngữ.", "He speaks three languages."),
    ("Anh ấy nói được ba thứ tiếng.", "He speaks three languages."),
    ("Bạn nói được những thứ tiếng nào?", "What languages do you speak?"),
    # v8: "I want to learn South Korea.", "I have studied Vietnamese for two years."
    ("Tôi muốn học tiếng Hàn.", "I want to learn Korean."),
    ("Bạn có muốn học tiếng Việt không?", "Do you want to learn Vietnamese?"),
    ("Cô ấy đang học tiếng Nhật.", "She's learning Japanese."),
    ("Bạn có đang học tiếng Việt không?", "Are you learning Vietnamese?"),
    ("Tôi mới bắt đầu học tiếng Nhật.", "I've just started learning Japanese."),
    ("Bạn học tiếng Việt bao lâu rồi?", "How long have you been learning Vietnamese?"),
    ("Bạn đã học tiếng Việt được bao lâu rồi?", "How long have you been learning Vietnamese?"),
    ("Tôi học tiếng Việt được hai năm rồi.", "I've been learning Vietnamese for two years."),
    ("Mẹ tôi học tiếng Anh được vài tháng rồi.", "My mother has been learning English for a few months."),
    # right already, kept: "Your Vietnamese is very good.", "My English isn't very good."
    ("Tiếng Việt của bạn giỏi quá!", "Your Vietnamese is very good!"),
    ("Tiếng Việt của bạn khá tốt.", "Your Vietnamese is quite good."),
    ("Tiếng Anh của tôi không tốt lắm.", "My English isn't very good."),
    # v8: "What is your labor?", "My mother was Vietnamese."
    ("Tiếng mẹ đẻ của bạn là gì?", "What's your native language?"),
    ("Tiếng mẹ đẻ của tôi là tiếng Việt.", "My native language is Vietnamese."),
    # not: "nói được", "biết nói" alone (mt/skills.py's), "anh" saying it (may be the speaker), "học" alone (learning
    # or studying), a span with no word for the tense, "hai tiếng" (two hours), asked without "không", whose by kin
    ("Anh ấy nói tiếng Đức nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi nói được một chút tiếng Việt.", None), ("Mẹ tôi không nói được tiếng Anh.", None),
    ("Tôi không biết nói tiếng Pháp.", None), ("Anh nói tiếng Anh trôi chảy.", None),
    ("Anh muốn học tiếng Việt.", None), ("Tôi học tiếng Việt.", None), ("Tôi đã học tiếng Việt hai năm.", None),
    ("Tôi học tiếng Việt hai tiếng.", None), ("Cô ấy có nói tiếng Việt?", None),
    ("Tôi không nói tiếng Anh thôi.", None), ("Tiếng Anh của mẹ tôi rất tốt.", None),
    ("Tôi biết tiếng Pháp.", None), ("Anh ấy nói được một thứ tiếng.", None), ("Tôi đợi hai tiếng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "… một cách dao động." (fluctuating), "Cha tôi nói một cách giận dữ của Nga." (angrily), "… tiếng Anh
    # fluent.", "Bạn có nói tiếng Pháp không?" (fluently, lost), "Cô ấy nói tiếng Nhật rất nhanh." (very fast)
    ("She speaks French fluently.", "Cô ấy nói tiếng Pháp trôi chảy."),
    ("My father speaks Russian fluently.", "Bố tôi nói tiếng Nga trôi chảy."),
    ("He speaks fluent English.", "Anh ấy nói tiếng Anh trôi chảy."),
    ("She speaks Japanese very fluently.", "Cô ấy nói tiếng Nhật rất trôi chảy."),
    ("Do you speak French fluently?", "Bạn có nói tiếng Pháp trôi chảy không?"),
    ("Does he speak fluent English?", "Anh ấy có nói tiếng Anh trôi chảy không?"),
    ("He speaks English like a native.", "Anh ấy nói tiếng Anh như người bản xứ."),
    ("My sister speaks English like a native speaker.", "Em gái tôi nói tiếng Anh như người bản xứ."),
    # v8: "Tôi nói tiếng Anh nhỏ." (small), "Tôi không nói tiếng Pháp ở tất cả."
    ("I speak a little English.", "Tôi nói được một chút tiếng Anh."),
    ("I can speak a little English.", "Tôi nói được một chút tiếng Anh."),
    ("I only speak a little Vietnamese.", "Tôi chỉ nói được một chút tiếng Việt."),
    ("I don't speak French at all.", "Tôi không nói được tiếng Pháp chút nào."),
    ("I can't speak French at all.", "Tôi không nói được tiếng Pháp chút nào."),
    ("My mother doesn't speak English.", "Mẹ tôi không nói được tiếng Anh."),
    # v8: "Bà có nói tiếng Việt không?", "Ông nói tiếng Đức."
    ("Does she speak Vietnamese?", "Cô ấy có nói tiếng Việt không?"),
    ("Can you speak Vietnamese?", "Bạn có nói được tiếng Việt không?"),
    ("He speaks German.", "Anh ấy nói được tiếng Đức."),
    ("I speak English and French.", "Tôi nói được tiếng Anh và tiếng Pháp."),
    # v8: "Bạn nói được bao nhiêu ngôn ngữ?", "Anh ấy nói ba ngôn ngữ.", "Bạn nói tiếng gì?"
    ("How many languages do you speak?", "Bạn nói được mấy thứ tiếng?"),
    ("How many languages can your mother speak?", "Mẹ bạn nói được mấy thứ tiếng?"),
    ("He speaks three languages.", "Anh ấy nói được ba thứ tiếng."),
    ("What languages does she speak?", "Cô ấy nói được những thứ tiếng nào?"),
    # v8: "Tôi muốn học Hàn Quốc." (the country)
    ("I want to learn Korean.", "Tôi muốn học tiếng Hàn."),
    ("She wants to learn Chinese.", "Cô ấy muốn học tiếng Trung."),
    ("I'm learning Vietnamese.", "Tôi đang học tiếng Việt."),
    ("Are you learning Vietnamese?", "Bạn có đang học tiếng Việt không?"),
    ("He's just started learning French.", "Anh ấy mới bắt đầu học tiếng Pháp."),
    ("How long have you been learning Vietnamese?", "Bạn học tiếng Việt được bao lâu rồi?"),
    ("I've been learning Vietnamese for two years.", "Tôi học tiếng Việt được hai năm rồi."),
    ("She has been learning French for six months.", "Cô ấy học tiếng Pháp được sáu tháng rồi."),
    # right already, kept: "Tiếng Việt của bạn rất tốt."
    ("Your Vietnamese is very good.", "Tiếng Việt của bạn rất tốt."),
    ("Her Chinese is quite good.", "Tiếng Trung của cô ấy khá tốt."),
    # v8: "Việt Nam là mẹ của tôi đểngue.", "Ngôn ngữ bản xứ của bạn là gì?"
    ("Vietnamese is my mother tongue.", "Tiếng mẹ đẻ của tôi là tiếng Việt."),
    ("My native language is Vietnamese.", "Tiếng mẹ đẻ của tôi là tiếng Việt."),
    ("What's your native language?", "Tiếng mẹ đẻ của bạn là gì?"),
    # not: the verb not agreeing with who ("He speak", "Does she speaks", "She don't", "She are", "She have"), a span
    # shorter than a day, "can" with "fluently", "well" (mt/skills.py's), "excellent", "isn't very good" (the
    # phrasebook's), another topic
    ("He speak French.", None), ("Does she speaks French?", None), ("She don't speak English.", None),
    ("She are learning Japanese.", None), ("She have been learning French for six months.", None),
    ("I've been learning Vietnamese for two hours.", None), ("Can you speak French fluently?", None),
    ("She speaks English very well.", None), ("Your English is excellent.", None),
    ("My English isn't very good.", None), ("I don't speak French at all?", None), ("I like French food.", None),
    ("He speaks one language.", None), ("I learn Vietnamese.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
