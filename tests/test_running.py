"""Running and races: a distance or a marathon run, how far, training, signing up, a personal best, a race finished,
out of breath, both ways (mt/running.py)."""
import pytest

from mt.running import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I ran ten trees.", "This morning, I started ten trees.", "She ran last year marathon."
    ("Tôi đã chạy được mười cây số.", "I ran ten kilometres."),
    ("Sáng nay tôi đã chạy được mười cây số.", "I ran ten kilometres this morning."),
    ("Hôm qua tôi chạy được mười cây số.", "I ran ten kilometres yesterday."),
    ("Tôi đã chạy 10 km sáng nay.", "I ran 10 km this morning."),
    ("Hôm qua Lan chạy được hai mươi mốt cây số.", "Lan ran twenty-one kilometres yesterday."),
    ("Thứ bảy tôi đã chạy 15 km.", "I ran 15 km on Saturday."),
    ("Cô ấy chạy marathon năm ngoái.", "She ran a marathon last year."),
    ("Bác Hùng đã chạy bán marathon tháng trước.", "Uncle Hung ran a half marathon last month."),
    # v8: "I run five trees per morning."
    ("Tôi chạy năm cây số mỗi sáng.", "I run five kilometres every morning."),
    ("Tôi chạy 5 km mỗi sáng.", "I run 5 km every morning."),
    ("Mẹ tôi chạy bộ 3 km mỗi ngày.", "My mother runs 3 km every day."),
    ("Chồng tôi chạy marathon mỗi năm.", "My husband runs a marathon every year."),
    ("Tôi vừa chạy được 5 km.", "I've just run 5 km."),
    ("Tôi đã chạy được 21 km rồi.", "I've run 21 km."),
    ("Tháng sau tôi sẽ chạy bán marathon.", "I'll run a half marathon next month."),
    ("Ngày mai tôi chạy 10 km.", "I'll run 10 km tomorrow."),
    ("Tôi muốn chạy marathon.", "I want to run a marathon."),
    ("Năm sau tôi muốn chạy 10 km.", "I want to run 10 km next year."),
    ("Tôi muốn chạy 10 km mỗi ngày.", "I want to run 10 km every day."),
    # v8: "Never run marathon?", "I never run marathon."
    ("Bạn đã bao giờ chạy marathon chưa?", "Have you ever run a marathon?"),
    ("Anh đã bao giờ chạy marathon chưa?", "Have you ever run a marathon?"),
    ("Tôi chưa bao giờ chạy marathon.", "I've never run a marathon."),
    ("Anh ấy đã từng chạy marathon.", "He's run a marathon before."),
    # v8: "How many trees do you run?"
    ("Bạn đã chạy được bao xa?", "How far did you run?"),
    ("Bạn đã chạy bao nhiêu cây số?", "How many kilometres did you run?"),
    ("Hôm qua bạn chạy bao xa?", "How far did you run yesterday?"),
    ("Bạn thường chạy bao xa?", "How far do you usually run?"),
    # v8: "He's gathering to run marathon.", "He is working for marathon competition."
    ("Anh ấy đang tập để chạy marathon.", "He's training for a marathon."),
    ("Anh ấy đang tập luyện cho cuộc thi marathon.", "He's training for a marathon."),
    ("Bạn có đang tập luyện cho cuộc thi bán marathon không?", "Are you training for a half marathon?"),
    # v8: "I signed up marathon.", "I register marathon selling."
    ("Tôi đã đăng ký chạy bán marathon.", "I've signed up for a half marathon."),
    ("Tôi đăng ký chạy bán marathon rồi.", "I've signed up for a half marathon."),
    ("Chị ấy vừa đăng ký chạy marathon.", "She's just signed up for a marathon."),
    # v8: "My best integration is 50 minutes."
    ("Thành tích tốt nhất của tôi là 50 phút.", "My personal best is 50 minutes."),
    ("Kỷ lục cá nhân của bạn là bao nhiêu?", "What's your personal best?"),
    # v8: "I returned the target after two hours.", "He returned the third target."
    ("Tôi về đích sau hai tiếng.", "I finished in two hours."),
    ("Tôi hoàn thành cuộc đua trong hai giờ.", "I finished the race in two hours."),
    ("Cô ấy hoàn thành cuộc marathon trong bốn tiếng.", "She finished the marathon in four hours."),
    ("Anh ấy về đích thứ ba.", "He finished third."),
    # v8: "I'm a little thing.", "I didn't breath slightly."
    ("Tôi hết hơi rồi.", "I'm out of breath."),
    ("Tôi thở không ra hơi.", "I'm out of breath."),
    ("Mẹ tôi thở không ra hơi.", "My mother is out of breath."),
    # not: "chạy được" asked with no day (can, or did?), "mới chạy được" (just, or only?), "chạy được … rồi" (able
    # now?), a marathon with no day (ran, or has run?), a distance with no tense, "anh" saying it (may be the
    # speaker), a day ahead with "đã", "thành tích tốt nhất" asked (a score?), "hụt hơi" (short of breath, as ill),
    # "về nhất", a time in days, running how often (mt/hobbies.py), "Đừng chạy" (mt/cautions.py)
    ("Tôi hết hơi rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn chạy được bao xa?", None), ("Tôi mới chạy được 5 km.", None), ("Con tôi chạy được 5 km rồi.", None),
    ("Cô ấy đã chạy marathon.", None), ("Tôi chạy mười cây số.", None), ("Anh chạy được mười cây số.", None),
    ("Tôi đã chạy 10 km ngày mai.", None), ("Thành tích tốt nhất của bạn là bao nhiêu?", None),
    ("Tôi bị hụt hơi.", None), ("Con trai tôi về nhất.", None), ("Tôi về đích sau hai ngày.", None),
    ("Tôi chạy bộ mỗi sáng.", None), ("Đừng chạy trong nhà!", None), ("Bạn có chạy marathon không?", None),
    # (review) a day with how often (ran, not runs; "muốn" with a day not ahead), "(đã) bao giờ" said (a statement
    # says "từng"), "chạy được" with no "đã" nor a day behind (can run?)
    ("Năm ngoái tôi chạy 5 km mỗi sáng.", None), ("Tháng trước mẹ tôi chạy 3 km mỗi ngày.", None),
    ("Năm ngoái tôi chạy được 5 km mỗi sáng.", None), ("Năm ngoái tôi chạy marathon mỗi năm.", None),
    ("Hôm qua tôi chạy 10 km mỗi ngày.", None), ("Ngày mai tôi chạy 5 km mỗi sáng.", None),
    ("Năm sau tôi muốn chạy 10 km mỗi ngày.", None), ("Sáng nay tôi muốn chạy 10 km.", None),
    ("Hôm qua tôi muốn chạy 10 km.", None), ("Tôi bao giờ chạy marathon.", None),
    ("Tôi đã bao giờ chạy marathon.", None), ("Tôi bao giờ chạy 10 km.", None), ("Con tôi chạy được 2 km.", None),
    ("Tối nay tôi chạy được 10 km.", None), ("Tôi chạy được mười cây số.", None),
    ("Sáng nay tôi chạy được mười cây số.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi chạy 5 km hôm qua.", "Cô ấy chạy đua marathon vào năm ngoái."
    ("I ran ten kilometres this morning.", "Sáng nay tôi chạy được mười cây số."),
    ("I ran 10 km this morning.", "Sáng nay tôi chạy được 10 km."),
    ("We ran five kilometres yesterday.", "Hôm qua chúng tôi chạy được năm cây số."),
    ("She ran a marathon last year.", "Năm ngoái cô ấy đã chạy marathon."),
    ("I ran a marathon.", "Tôi đã chạy marathon."),
    ("I run five kilometres every morning.", "Tôi chạy năm cây số mỗi sáng."),
    ("She runs 5 km every morning.", "Cô ấy chạy 5 km mỗi sáng."),
    ("My husband runs a marathon every year.", "Chồng tôi chạy marathon mỗi năm."),
    # v8: "Tôi chỉ chạy được 5 km." (only)
    ("I've run ten kilometres.", "Tôi đã chạy được mười cây số rồi."),
    ("I've just run 5 km.", "Tôi vừa chạy được 5 km."),
    ("I want to run a marathon.", "Tôi muốn chạy marathon."),
    ("She wants to run a half marathon next year.", "Năm sau cô ấy muốn chạy bán marathon."),
    # v8: "Tôi sẽ chạy một nửa marathon vào tháng tới." (a half of a marathon)
    ("I'm going to run a half marathon next month.", "Tháng sau tôi sẽ chạy bán marathon."),
    ("I'll run 10 km tomorrow.", "Ngày mai tôi sẽ chạy 10 km."),
    ("Have you ever run a marathon?", "Bạn đã bao giờ chạy marathon chưa?"),
    ("Has he ever run a marathon?", "Anh ấy đã bao giờ chạy marathon chưa?"),
    ("I've never run a marathon.", "Tôi chưa bao giờ chạy marathon."),
    ("She's run a marathon before.", "Cô ấy đã từng chạy marathon."),
    # v8: "Bạn đã chạy bao lâu?" (how long), "Bạn chạy được bao nhiêu tiền?" (how much money)
    ("How far did you run?", "Bạn đã chạy được bao xa?"),
    ("How far did you run yesterday?", "Hôm qua bạn chạy được bao xa?"),
    ("How far do you run?", "Bạn thường chạy bao xa?"),
    ("How far does she usually run?", "Cô ấy thường chạy bao xa?"),
    ("How many kilometres have you run?", "Bạn đã chạy được bao nhiêu cây số rồi?"),
    # v8: "Anh ta huấn luyện ma-ra-thon.", "Anh ta đang đào tạo một chiếc ma-ra-thon." (teaches, a vehicle)
    ("He's training for a marathon.", "Anh ấy đang tập luyện để chạy marathon."),
    ("He is training for a marathon.", "Anh ấy đang tập luyện để chạy marathon."),
    ("Is she training for a half marathon?", "Cô ấy có đang tập luyện để chạy bán marathon không?"),
    # v8: "Tôi đã ký một nửa ma-rathon.", "Tôi đã đăng ký một con marathon." (an animal)
    ("I've signed up for a half marathon.", "Tôi đã đăng ký chạy bán marathon."),
    ("I signed up for a marathon.", "Tôi đã đăng ký chạy marathon."),
    ("She's just signed up for a marathon.", "Cô ấy vừa đăng ký chạy marathon."),
    # v8: "Cá nhân của tôi tốt nhất là 50 phút."
    ("My personal best is 50 minutes.", "Kỷ lục cá nhân của tôi là 50 phút."),
    ("What's your personal best?", "Kỷ lục cá nhân của bạn là bao nhiêu?"),
    # v8: "Cô ấy hoàn thành chiếc marathon …" (a vehicle)
    ("I finished the race in two hours.", "Tôi đã hoàn thành cuộc đua trong hai tiếng."),
    ("She finished the marathon in four hours.", "Cô ấy đã hoàn thành cuộc marathon trong bốn tiếng."),
    ("Lan finished the race in an hour and a half.", "Lan đã hoàn thành cuộc đua trong một tiếng rưỡi."),
    # v8: "Tôi thở ra." (breathe out)
    ("I'm out of breath.", "Tôi hết hơi rồi."),
    ("She's out of breath.", "Cô ấy hết hơi rồi."),
    # not: the verb not agreeing with who, a day ahead with "ran" or behind with "will", a habit with no how often,
    # a time in days, a time said two ways, "10K", a race asked, "I ran" a marathon asked
    ("She run 5 km every morning.", None), ("He are training for a marathon.", None),
    ("How far do she usually run?", None), ("She have signed up for a marathon.", None),
    ("She are out of breath.", None), ("Have he ever run a marathon?", None), ("I ran 10 km tomorrow.", None),
    ("I will run 10 km yesterday.", None), ("I run ten kilometres.", None), ("He runs a marathon.", None),
    ("My personal best is 3 days.", None), ("I finished the race in 3 hours 30 minutes.", None),
    ("I ran 10K this morning.", None), ("Did you run a marathon?", None), ("Are you out of breath?", None),
    # (review) "finished" with no race said (any task or an exam), a distance not agreeing with its unit
    ("I finished in two hours.", None), ("She finished in 10 minutes.", None), ("I finished first.", None),
    ("I finished second.", None), ("She finished in 10 minutes this morning.", None), ("He finished third.", None),
    ("I ran one kilometres.", None), ("I ran 1 kilometres.", None), ("I ran two kilometre.", None),
    ("Have you ever run one kilometres?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_left():
    assert translate("Tôi chạy được mười cây số.", "vi", "vi") is None
