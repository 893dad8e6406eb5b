"""Graduating and studying abroad: graduated when, just, not yet, will, when asked; studying abroad or in a country,
wanted, planned, now, done, for a span, ever; what someone studied at university, both ways (mt/graduation.py)."""
import pytest

from mt.graduation import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He is graduate last year.", "I was graduate last year.", "Last month's graduation.", "They are granted …"
    ("Anh ấy tốt nghiệp năm ngoái.", "He graduated last year."),
    ("Năm ngoái anh ấy tốt nghiệp.", "He graduated last year."),
    ("Lan tốt nghiệp tháng trước.", "Lan graduated last month."),
    ("Họ tốt nghiệp năm ngoái.", "They graduated last year."),
    ("Tôi tốt nghiệp đại học năm ngoái.", "I graduated from university last year."),
    ("Anh ấy tốt nghiệp hai năm trước.", "He graduated two years ago."),
    # v8: "My father is graduation in Russia.", "He is graduation in the United States."
    ("Bố tôi tốt nghiệp đại học ở Nga.", "My father graduated from university in Russia."),
    ("Anh ấy tốt nghiệp ở Mỹ năm ngoái.", "He graduated in America last year."),
    # v8: "She has just been college graduation.", "She's just graduation.", "I'm just good at graduation."
    ("Cô ấy vừa tốt nghiệp đại học.", "She's just graduated from university."),
    ("Cô ấy mới tốt nghiệp.", "She's just graduated."),
    ("Tôi vừa tốt nghiệp.", "I've just graduated."),
    ("Em trai tôi vừa tốt nghiệp cấp ba.", "My younger brother has just graduated from high school."),
    # v8: "I'll be graduated next year.", "Next year, I'll be graduated."
    ("Tôi sẽ tốt nghiệp vào năm sau.", "I'll graduate next year."),
    ("Năm sau tôi sẽ tốt nghiệp.", "I'll graduate next year."),
    ("Tôi tốt nghiệp năm sau.", "I'll graduate next year."),
    ("Tôi sẽ tốt nghiệp năm nay.", "I'll graduate this year."),
    ("Tôi sắp tốt nghiệp đại học.", "I'm about to graduate from university."),
    ("Tôi chưa tốt nghiệp.", "I haven't graduated yet."),
    ("Tôi đã tốt nghiệp rồi.", "I've already graduated."),
    ("Khi nào bạn tốt nghiệp?", "When will you graduate?"),
    ("Bao giờ em gái bạn tốt nghiệp đại học?", "When will your sister graduate from university?"),
    ("Bạn tốt nghiệp khi nào?", "When did you graduate?"),
    ("Mẹ bạn tốt nghiệp đại học khi nào?", "When did your mother graduate from university?"),
    # v8: "What do you learn the industry?"
    ("Bạn học ngành gì ở đại học?", "What do you study at university?"),
    ("Bạn đã học gì ở đại học?", "What did you study at university?"),
    ("Hồi đại học bạn học ngành gì?", "What did you study at university?"),
    # v8: "I'd like to study." (abroad lost), "Do you want to study?"
    ("Tôi muốn đi du học.", "I want to study abroad."),
    ("Tôi muốn du học ở Anh.", "I want to study in the UK."),
    ("Tôi muốn đi du học năm sau.", "I want to study abroad next year."),
    ("Bạn có muốn đi du học không?", "Do you want to study abroad?"),
    ("Bạn muốn đi du học không?", "Do you want to study abroad?"),
    ("Con gái tôi đang du học ở Úc.", "My daughter is studying in Australia."),
    ("Con trai tôi đang du học.", "My son is studying abroad."),
    ("Bạn có đang du học không?", "Are you studying abroad?"),
    # v8: "He has been studying in Japan two years.", "He had been studied in Japan two years."
    ("Anh ấy đã học ở Nhật hai năm.", "He studied in Japan for two years."),
    ("Anh ấy du học ở Nhật được hai năm rồi.", "He's been studying in Japan for two years."),
    ("Anh ấy đã đi du học ở Mỹ.", "He went to study in America."),
    ("Năm ngoái tôi du học ở Pháp.", "I studied in France last year."),
    # v8: "Have you studied?", "She will travel to Australia next year."
    ("Bạn đã từng du học chưa?", "Have you ever studied abroad?"),
    ("Tôi từng du học ở Pháp.", "I studied in France."),
    ("Cô ấy sẽ đi du học Úc vào năm sau.", "She'll study in Australia next year."),
    ("Chị gái tôi định đi du học châu Âu.", "My sister is planning to study in Europe."),
    ("Con tôi sắp đi du học.", "My child is going to study abroad soon."),
    # not: a year or "năm nào?" (mt/studies.py's), "năm nay" with no tense, a day against the tense, "anh" saying it
    # (may be the speaker), "đi du học" with no tense (going, gone or there), a span with no tense, where asked, a
    # school by its name, a place not known, "Ở đại học …" (now or then), a trip
    ("Tôi vừa tốt nghiệp nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi tốt nghiệp năm 2020.", None), ("Bạn tốt nghiệp năm nào?", None), ("Tôi tốt nghiệp năm nay.", None),
    ("Tôi sẽ tốt nghiệp năm ngoái.", None), ("Tôi vừa tốt nghiệp năm ngoái.", None),
    ("Anh tốt nghiệp năm ngoái.", None),
    ("Anh ấy đi du học ở Mỹ.", None), ("Anh ấy học ở Nhật hai năm.", None), ("Bạn du học ở đâu?", None),
    ("Tôi đang học ở trường.", None), ("Tôi đang du học ở Úc năm ngoái.", None), ("Ở đại học bạn học gì?", None),
    ("Tôi muốn đi du lịch ở Úc.", None), ("Tôi học ở Úc.", None), ("Tôi muốn đi du học hai năm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy chỉ được tốt nghiệp từ trường đại học." (only), "Tôi đã tốt nghiệp năm tới." (past)
    ("He graduated last year.", "Anh ấy tốt nghiệp năm ngoái."),
    ("They graduated last month.", "Họ tốt nghiệp tháng trước."),
    ("My brother graduated from university last year.", "Anh trai tôi tốt nghiệp đại học năm ngoái."),
    ("She graduated from high school two years ago.", "Cô ấy tốt nghiệp cấp ba cách đây hai năm."),
    ("He graduated in Japan.", "Anh ấy tốt nghiệp ở Nhật Bản."),
    ("She's just graduated from university.", "Cô ấy vừa tốt nghiệp đại học."),
    ("She has just graduated.", "Cô ấy vừa tốt nghiệp."),
    ("I just graduated.", "Tôi vừa tốt nghiệp."),
    ("I've just graduated.", "Tôi vừa tốt nghiệp."),
    ("I'll graduate next year.", "Tôi sẽ tốt nghiệp năm sau."),
    ("I'm graduating next year.", "Tôi sẽ tốt nghiệp năm sau."),
    ("I'm going to graduate next year.", "Tôi sẽ tốt nghiệp năm sau."),
    ("I'm about to graduate.", "Tôi sắp tốt nghiệp."),
    ("I haven't graduated yet.", "Tôi chưa tốt nghiệp."),
    ("He hasn't graduated yet.", "Anh ấy chưa tốt nghiệp."),
    ("When will you graduate?", "Khi nào bạn tốt nghiệp?"),
    ("When are you graduating?", "Khi nào bạn tốt nghiệp?"),
    ("When is your sister graduating from university?", "Khi nào em gái bạn tốt nghiệp đại học?"),
    ("What did you study in college?", "Bạn đã học ngành gì ở đại học?"),
    # v8: "Tôi muốn đi học ở nước ngoài.", "Đứa con gái của tôi đang học ở Úc."
    ("I want to study abroad.", "Tôi muốn đi du học."),
    ("I'd like to study abroad.", "Tôi muốn đi du học."),
    ("She wants to study abroad.", "Cô ấy muốn đi du học."),
    ("Do you want to study abroad?", "Bạn có muốn đi du học không?"),
    ("Would you like to study abroad?", "Bạn có muốn đi du học không?"),
    ("My daughter is studying in Australia.", "Con gái tôi đang học ở Úc."),
    ("My son’s studying abroad.", "Con trai tôi đang du học."),
    ("Is your son studying abroad?", "Con trai bạn có đang du học không?"),
    # v8: "Ông nghiên cứu ở Nhật trong hai năm." (researched), "Cô ấy học ở nước Pháp." (abroad lost)
    ("He studied in Japan for two years.", "Anh ấy đã học ở Nhật Bản hai năm."),
    ("She studied abroad in France.", "Cô ấy đã du học ở Pháp."),
    ("I studied in the UK for three years.", "Tôi đã học ở Anh ba năm."),
    ("Have you ever studied abroad?", "Bạn đã từng du học chưa?"),
    ("I've never studied abroad.", "Tôi chưa từng du học."),
    ("He's been studying in Japan for two years.", "Anh ấy học ở Nhật Bản được hai năm rồi."),
    ("She'll study abroad next year.", "Cô ấy sẽ đi du học năm sau."),
    ("She's going to study in Australia next year.", "Cô ấy sẽ học ở Úc năm sau."),
    ("Are you planning to study abroad?", "Bạn có định đi du học không?"),
    ("I'm planning to study abroad in Europe.", "Tôi định du học ở châu Âu."),
    # not: no time (mt/studies.py's "He graduated.", "… at university?"), bad agreement, a day against the tense,
    # "graduating" with no day, a place not known, a span with no tense said, now or a habit
    ("He graduated.", None), ("What did you study at university?", None), ("She have just graduated.", None),
    ("She is just graduated.", None), ("He haven't graduated yet.", None), ("I graduated next year.", None),
    ("I'm graduating.", None), ("When is you graduating?", None), ("She want to study abroad.", None),
    ("Does you want to study abroad?", None), ("He studied in Narnia.", None), ("He studies abroad.", None),
    ("She has studied in France for two years.", None), ("I'm studying abroad next year.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
