"""Being out of work, retired or still working, said or asked, both ways (mt/work_status.py)."""
import pytest

from mt.work_status import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He failed to fail.", "She is unemployment.", "I amemployed.", "I'm disemployed."
    ("Anh ấy thất nghiệp.", "He's unemployed."),
    ("Cô ấy đang thất nghiệp.", "She's unemployed."),
    ("Tôi thất nghiệp.", "I'm unemployed."),
    ("Tôi bị thất nghiệp.", "I'm unemployed."),
    ("Bố tôi vẫn còn thất nghiệp.", "My father is still unemployed."),
    ("Bạn có đang thất nghiệp không?", "Are you unemployed?"),
    ("Anh ấy không có việc làm.", "He's out of work."),
    ("Họ đang thất nghiệp.", "They're unemployed."),
    # v8: "My father failed for three months.", "He has lost his job for two years."
    ("Bố tôi thất nghiệp được ba tháng rồi.", "My father has been unemployed for three months."),
    ("Anh ấy đã thất nghiệp được hai năm.", "He's been unemployed for two years."),
    ("Chị tôi thất nghiệp từ năm ngoái.", "My sister has been unemployed since last year."),
    ("Bạn thất nghiệp bao lâu rồi?", "How long have you been unemployed?"),
    # v8: "I'm looking for the last month."
    ("Tôi đang tìm việc từ tháng trước.", "I've been looking for a job since last month."),
    ("Lan đã tìm việc được ba tháng rồi.", "Lan has been looking for a job for three months."),
    # v8: "I'm going to retire." (who lost), "She was retired.", "She had retired.", "Are you retired?" (who lost)
    ("Bố tôi sắp nghỉ hưu.", "My father is about to retire."),
    ("Cô ấy mới nghỉ hưu.", "She just retired."),
    ("Cô ấy vừa nghỉ hưu.", "She just retired."),
    ("Bố tôi sẽ nghỉ hưu vào năm sau.", "My father is going to retire next year."),
    ("Năm sau mẹ tôi nghỉ hưu.", "My mother is going to retire next year."),
    ("Tôi sẽ nghỉ hưu.", "I'm going to retire."),
    ("Mẹ tôi nghỉ hưu năm ngoái.", "My mother retired last year."),
    ("Tôi nghỉ hưu năm 2020.", "I retired in 2020."),  # v8: "I retired 2020."
    ("Ông tôi đã nghỉ hưu được mười năm.", "My grandfather has been retired for ten years."),
    ("Bố bạn nghỉ hưu chưa?", "Has your father retired yet?"),
    ("Bạn đã nghỉ hưu chưa?", "Have you retired yet?"),
    ("Khi nào bạn nghỉ hưu?", "When will you retire?"),
    ("Bố bạn nghỉ hưu khi nào?", "When did your father retire?"),
    ("Bạn nghỉ hưu năm nào?", "What year did you retire?"),
    # v8: "My grandmother remained goes to work.", "I'm still going to do.", "I'm still working." (who lost), "My
    # mother was cancelled to work."
    ("Bà tôi vẫn đi làm.", "My grandmother is still working."),
    ("Bố tôi vẫn còn đi làm.", "My father is still working."),
    ("Bố tôi vẫn đang làm việc.", "My father is still working."),
    ("Bạn vẫn còn đi làm à?", "Are you still working?"),
    ("Bạn có còn đi làm không?", "Are you still working?"),
    ("Mẹ tôi không còn đi làm nữa.", "My mother doesn't work anymore."),
    ("Mẹ tôi đã thôi đi làm.", "My mother stopped working."),
    # not: a word of kinship alone (the speaker or the listener), "đã nghỉ hưu" alone and "nghỉ hưu rồi"
    # (mt/people.py), looking for a job now (mt/careers.py), losing a job (mt/workdays.py), "không đi làm nữa" (not
    # going to work today?), a span that may be over, "sắp" with a day, a day neither behind nor ahead, a future year
    # said as past, "có … chưa", asked without "?"
    ("Tôi thất nghiệp nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh thất nghiệp.", None), ("Chị sắp nghỉ hưu.", None), ("Bố tôi đã nghỉ hưu.", None),
    ("Bố tôi nghỉ hưu rồi.", None), ("Tôi đang tìm việc.", None), ("Anh ấy bị mất việc.", None),
    ("Mẹ tôi không đi làm nữa.", None), ("Tôi đã thất nghiệp hai năm.", None),
    ("Bố tôi sắp nghỉ hưu vào năm sau.", None), ("Hôm nay tôi nghỉ hưu.", None), ("Tôi nghỉ hưu.", None),
    ("Tôi đã nghỉ hưu năm sau.", None), ("Bạn có thất nghiệp chưa?", None), ("Bạn có đang thất nghiệp không.", None),
    ("Tôi không muốn nghỉ hưu.", None), ("Hôm nay tôi vẫn đi làm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta không thất nghiệp." (negated), "Cô ta ra khỏi công việc.", "Anh ta ra khỏi công việc?"
    ("He's unemployed.", "Anh ấy đang thất nghiệp."),
    ("She's out of work.", "Cô ấy đang thất nghiệp."),
    ("I'm unemployed.", "Tôi đang thất nghiệp."),
    ("They are unemployed.", "Họ đang thất nghiệp."),
    ("My brother is still out of work.", "Anh trai tôi vẫn còn thất nghiệp."),
    ("Are you unemployed?", "Bạn có đang thất nghiệp không?"),
    ("Is he still out of work?", "Anh ấy có còn thất nghiệp không?"),
    # v8: "Cha tôi đã ra khỏi công việc được ba tháng rồi."
    ("My father has been out of work for three months.", "Bố tôi đã thất nghiệp được ba tháng rồi."),
    ("He's been unemployed since 2020.", "Anh ấy đã thất nghiệp từ năm 2020."),
    ("How long have you been unemployed?", "Bạn đã thất nghiệp được bao lâu rồi?"),
    ("I've been looking for a job since last month.", "Tôi đã tìm việc từ tháng trước."),
    ("She has been looking for work for two weeks.", "Cô ấy đã tìm việc được hai tuần rồi."),
    # v8: "Cô ấy chỉ nghỉ hưu." (only), "Cha tôi đang nghỉ hưu.", "Bố của bạn vẫn chưa nghỉ hưu?"
    ("She just retired.", "Cô ấy vừa nghỉ hưu."),
    ("She has just retired.", "Cô ấy vừa nghỉ hưu."),
    ("My father is about to retire.", "Bố tôi sắp nghỉ hưu."),
    ("My father is going to retire next year.", "Bố tôi sẽ nghỉ hưu vào năm sau."),
    ("My father will retire next year.", "Bố tôi sẽ nghỉ hưu vào năm sau."),
    ("We're retiring next year.", "Chúng tôi sẽ nghỉ hưu vào năm sau."),
    ("My mother retired last year.", "Mẹ tôi nghỉ hưu năm ngoái."),
    ("I retired in 2020.", "Tôi nghỉ hưu năm 2020."),
    ("He retired two years ago.", "Anh ấy nghỉ hưu cách đây hai năm."),
    ("My father is retired.", "Bố tôi đã nghỉ hưu."),
    ("Are you retired?", "Bạn đã nghỉ hưu chưa?"),
    ("Has your father retired yet?", "Bố bạn đã nghỉ hưu chưa?"),
    ("When will you retire?", "Khi nào bạn nghỉ hưu?"),
    ("When did your mother retire?", "Mẹ bạn nghỉ hưu khi nào?"),
    ("My grandfather has been retired for ten years.", "Ông tôi đã nghỉ hưu được mười năm rồi."),
    ("How long has your father been retired?", "Bố bạn đã nghỉ hưu được bao lâu rồi?"),
    # v8: "Mẹ tôi dừng lại làm việc." (halted), "Bạn vẫn đang làm việc?"
    ("My grandmother is still working.", "Bà tôi vẫn đang làm việc."),
    ("My father still works.", "Bố tôi vẫn còn đi làm."),
    ("Are you still working?", "Bạn có còn đi làm không?"),
    ("Does your mother still work?", "Mẹ bạn có còn đi làm không?"),
    ("My mother doesn't work anymore.", "Mẹ tôi không còn đi làm nữa."),
    ("He no longer works.", "Anh ấy không còn đi làm nữa."),
    ("My mother stopped working.", "Mẹ tôi đã thôi đi làm."),
    # not: bad agreement ("He are", "She have", "I is", "Does you", "He work", "They doesn't"), a day the tense does
    # not allow, "still retired", other topics (losing, looking for a job now: mt/workdays.py, mt/careers.py), a
    # thing that stopped working, "is retiring" with a day behind
    ("He are unemployed.", None), ("She have just retired.", None), ("I is retired.", None),
    ("Does you still work?", None), ("He still work.", None), ("They doesn't work anymore.", None),
    ("My father will retire last year.", None), ("She retired next year.", None), ("He is still retired.", None),
    ("He lost his job.", None), ("I'm looking for a job.", None), ("My phone stopped working.", None),
    ("I'm retiring last year.", None), ("He's been unemployed.", None), ("I don't want to retire.", None),
    ("She will retire in 2020.", None), ("Has she retire yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v8 (rules on): "Are you retired?"; hobbies.WHO has no parents, and text.be said "is" after "my parents"
    ("Ông bà bạn nghỉ hưu chưa?", "Have your grandparents retired yet?"),
    ("Bố mẹ tôi sắp nghỉ hưu.", "My parents are about to retire."),
    ("Bố mẹ tôi thất nghiệp được ba tháng rồi.", "My parents have been unemployed for three months."),
    ("Bố mẹ bạn có còn đi làm không?", "Are your parents still working?"),
])
def test_parents_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    ("My parents are about to retire.", "Bố mẹ tôi sắp nghỉ hưu."), ("My parents is about to retire.", None),
    ("Have your grandparents retired yet?", "Ông bà bạn đã nghỉ hưu chưa?"),
])
def test_parents_en_vi(text, said):
    assert translate(text, "en", "vi") == said
