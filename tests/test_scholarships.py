"""Scholarships got, won or applied for, where someone studies abroad, and going to a country to study, both ways
(mt/scholarships.py)."""
import pytest

from mt.scholarships import translate


@pytest.mark.parametrize("text, said", [
    # v8: "She was studied.", "She was studied entirely.", "He won't go to school.", "My son was granted."
    ("Cô ấy được học bổng.", "She got a scholarship."),
    ("Cô ấy được học bổng toàn phần.", "She got a full scholarship."),
    ("Em gái tôi được học bổng bán phần.", "My sister got a partial scholarship."),
    ("Cô ấy nhận được học bổng.", "She received a scholarship."),
    ("Anh ấy giành được học bổng.", "He won a scholarship."),
    ("Bác Hùng giành được học bổng.", "Uncle Hung won a scholarship."),
    ("Lan được học bổng toàn phần.", "Lan got a full scholarship."),
    ("Con trai tôi vừa được học bổng.", "My son has just got a scholarship."),
    ("Chị gái tôi vừa mới nhận được học bổng toàn phần.", "My sister has just received a full scholarship."),
    ("Tôi không được học bổng.", "I didn't get a scholarship."),
    ("Tôi hy vọng được học bổng.", "I hope to get a scholarship."),
    # v8: "Can you learn supplements?"
    ("Bạn có được học bổng không?", "Did you get a scholarship?"),
    ("Cô ấy được học bổng năm ngoái.", "She got a scholarship last year."),
    ("Năm ngoái mẹ tôi được học bổng.", "My mother got a scholarship last year."),
    # v8: "She was learned to travel to Japan.", "He won't go to college in Oxford."
    ("Cô ấy được học bổng đi du học Nhật.", "She got a scholarship to study in Japan."),
    ("Cô ấy được học bổng toàn phần để học ở Nhật.", "She got a full scholarship to study in Japan."),
    ("Anh ấy giành được học bổng du học Mỹ.", "He won a scholarship to study in America."),
    ("Anh ấy giành được học bổng vào Oxford.", "He won a scholarship to Oxford."),
    ("Con gái tôi được học bổng vào Harvard.", "My daughter got a scholarship to Harvard."),
    # v8: "I'm sorry to learn.", "I'd like to study supplements.", "Do you have a scholar?", "I'll surrender advocate."
    ("Tôi đang xin học bổng.", "I'm applying for a scholarship."),
    ("Tôi muốn xin học bổng.", "I want to apply for a scholarship."),
    ("Bạn đã xin học bổng chưa?", "Have you applied for a scholarship?"),
    ("Tôi sẽ nộp đơn xin học bổng.", "I'll apply for a scholarship."),
    ("Tôi đã xin học bổng rồi.", "I've already applied for a scholarship."),
    ("Bạn có muốn xin học bổng không?", "Do you want to apply for a scholarship?"),
    ("Năm sau tôi sẽ xin học bổng.", "I'll apply for a scholarship next year."),
    ("Chúng tôi đã xin học bổng năm ngoái.", "We applied for a scholarship last year."),
    ("Tôi đang nộp hồ sơ xin học bổng du học.", "I'm applying for a scholarship to study abroad."),
    # v8: "Where did she study?" (abroad lost)
    ("Cô ấy đã du học ở đâu?", "Where did she study abroad?"),
    ("Bạn đang du học ở đâu?", "Where are you studying abroad?"),
    ("Bạn muốn đi du học ở đâu?", "Where do you want to study abroad?"),
    # v8: "My son will travel to the United States next year.", "She went to Japan from school."
    ("Con trai tôi sẽ sang Mỹ du học năm sau.", "My son is going to America to study next year."),
    ("Chị tôi đã sang Nhật du học.", "My sister went to Japan to study."),
    ("Năm ngoái chị tôi sang Nhật du học.", "My sister went to Japan to study last year."),
    ("Anh ấy định sang Úc du học.", "He's planning to go to Australia to study."),
    ("Anh ấy vừa sang Anh du học.", "He's just gone to the UK to study."),
    ("Bạn có muốn sang Mỹ du học không?", "Do you want to go to America to study?"),
    # v8: "He travels in Australia.", "He went to school.", "They traveled in Europe."
    ("Anh ấy đi du học ở Úc.", "He's studying in Australia."),
    ("Con trai tôi đi du học.", "My son is studying abroad."),
    ("Họ đi du học ở châu Âu.", "They're studying in Europe."),
    # left: no word for the tense (did or will? going or gone?), "anh" alone said (the speaker?), a day against the
    # tense, a place not known, "rồi" with "được" (got, or have?), and mt/graduation.py's
    ("Cô ấy được học bổng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi xin học bổng.", None),
    ("Bạn có xin học bổng không?", None),
    ("Chị tôi sang Nhật du học.", None),
    ("Tôi đi du học ở Úc.", None),
    ("Anh được học bổng.", None),
    ("Anh muốn xin học bổng.", None),
    ("Cô ấy được học bổng năm sau.", None),
    ("Tôi được học bổng rồi.", None),
    ("Bạn đã được học bổng chưa?", None),
    ("Cô ấy du học ở đâu?", None),
    ("Cô ấy được học bổng du học ở Narnia.", None),
    ("Anh ấy đi du học ở đây.", None),
    ("Tôi muốn đi du học.", None),
    ("Anh ấy đang du học ở Úc.", None),
    # "du học" and "sang" go abroad: not to a place in Vietnam
    ("Cô ấy sẽ sang Hà Nội du học.", None),
    ("Anh ấy đi du học ở Sài Gòn.", None),
    ("Anh ấy đi du học ở Việt Nam.", None),
    ("Cô ấy được học bổng du học ở Hà Nội.", None),
    ("Học bổng này rất khó xin.", None),
    ("Tôi vừa cắt tóc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy nhận được một học giả." (a scholar), "Cô ấy có đầy đủ học giả để học ở Nhật."
    ("She got a scholarship.", "Cô ấy được học bổng."),
    ("She got a full scholarship.", "Cô ấy được học bổng toàn phần."),
    ("She got a full scholarship to study in Japan.", "Cô ấy được học bổng toàn phần để học ở Nhật Bản."),
    ("He got a partial scholarship.", "Anh ấy được học bổng bán phần."),
    ("Lan got a full scholarship.", "Lan được học bổng toàn phần."),
    ("My daughter got a scholarship to study in Australia.", "Con gái tôi được học bổng để học ở Úc."),
    # v8: "Ông giành được một học giả đến Oxford."
    ("He won a scholarship to Oxford.", "Anh ấy giành được học bổng vào Oxford."),
    ("He won a scholarship.", "Anh ấy giành được học bổng."),
    ("She won a scholarship to study abroad.", "Cô ấy giành được học bổng để đi du học."),
    ("She was awarded a full scholarship.", "Cô ấy nhận được học bổng toàn phần."),
    ("She has just got a scholarship.", "Cô ấy vừa được học bổng."),
    ("She's just won a scholarship.", "Cô ấy vừa giành được học bổng."),
    ("I didn't get the scholarship.", "Tôi không được học bổng."),
    ("Did you get a scholarship?", "Bạn có được học bổng không?"),
    ("Did he win the scholarship?", "Anh ấy có giành được học bổng không?"),
    ("I hope to win a scholarship to Harvard.", "Tôi hy vọng giành được học bổng vào Harvard."),
    # (not "Năm sau cô ấy hy vọng …": hoping next year)
    ("She hopes to win a scholarship next year.", "Cô ấy hy vọng năm sau sẽ giành được học bổng."),
    ("She got a scholarship last year.", "Năm ngoái cô ấy được học bổng."),
    # v8: "Tôi đang áp dụng cho một học giả." (apply a rule to a scholar)
    ("I'm applying for a scholarship.", "Tôi đang xin học bổng."),
    ("He is applying for a scholarship.", "Anh ấy đang xin học bổng."),
    ("I want to apply for a scholarship.", "Tôi muốn xin học bổng."),
    ("He wants to apply for a scholarship to study abroad.", "Anh ấy muốn xin học bổng để đi du học."),
    ("Does she want to apply for a scholarship?", "Cô ấy có muốn xin học bổng không?"),
    ("Are you applying for a scholarship?", "Bạn có đang xin học bổng không?"),
    ("Have you applied for a scholarship?", "Bạn đã xin học bổng chưa?"),
    ("Did you apply for a scholarship?", "Bạn đã xin học bổng chưa?"),  # (not "có … không?": did or will?)
    ("Did you apply for a scholarship last year?", "Năm ngoái bạn có xin học bổng không?"),
    ("I applied for a scholarship.", "Tôi đã xin học bổng."),
    ("I've already applied for a scholarship.", "Tôi đã xin học bổng rồi."),
    ("We’ve just applied for a scholarship.", "Chúng tôi vừa xin học bổng."),
    ("She's going to apply for a scholarship.", "Cô ấy sẽ xin học bổng."),
    ("I'll apply for a scholarship next month.", "Tháng sau tôi sẽ xin học bổng."),
    # v8: "Cô ấy học ở nước ngoài ở đây?" (here)
    ("Where did she study abroad?", "Cô ấy đã du học ở đâu?"),
    ("Where is she studying abroad?", "Cô ấy đang du học ở đâu?"),
    ("Where are they studying abroad?", "Họ đang du học ở đâu?"),
    ("Where does he want to study abroad?", "Anh ấy muốn đi du học ở đâu?"),
    # v8: "Chị của tôi sẽ học ở Mỹ.", "Anh ấy đến Nhật Bản để học."
    ("My sister is going to America to study.", "Em gái tôi sẽ sang Mỹ du học."),
    ("He went to Japan to study.", "Anh ấy đã sang Nhật Bản du học."),
    ("My brother went to the UK to study last year.", "Năm ngoái anh trai tôi đã sang Anh du học."),
    ("We want to go to Korea to study.", "Chúng tôi muốn sang Hàn Quốc du học."),
    ("They're going to Europe to study.", "Họ sẽ sang châu Âu du học."),
    # left: bad agreement, "has got" (has, or got?), a scholarship given or held, a place not known, a day against the
    # tense, and mt/graduation.py's
    ("She get a scholarship.", None),
    ("She want to apply for a scholarship.", None),
    ("He are applying for a scholarship.", None),
    ("He have just won a scholarship.", None),
    ("She were awarded a scholarship.", None),
    ("Where do he want to study abroad?", None),
    ("She has got a scholarship.", None),
    ("He's got a scholarship.", None),
    ("They gave her a full scholarship.", None),
    ("She's on a scholarship.", None),
    ("He got a scholarship to study in Narnia.", None),
    ("He went to Japan to study next year.", None),
    ("I'm applying for a scholarship yesterday.", None),
    ("I want to study abroad.", None),
    ("He's studying abroad in Australia.", None),
    ("My son is going to study in the US next year.", None),
    ("I just got a haircut.", None),
    # "sang … du học" goes abroad: not to a place in Vietnam
    ("She's going to Saigon to study.", None),
    ("He wants to go to Hanoi to study.", None),
    ("She's going to Vietnam to study.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
