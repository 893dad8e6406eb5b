"""Pensions, the retirement age and plans to retire, both ways (mt/pensions.py)."""
import pytest

from mt.pensions import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My father retired.", "My father has retired.", "My mother was retired.", "… lived with retirement."
    ("Bố tôi nhận lương hưu.", "My father gets a pension."),
    ("Bố tôi có lương hưu.", "My father has a pension."),
    ("Mẹ tôi đang nhận lương hưu.", "My mother gets a pension."),
    ("Bà tôi sống bằng lương hưu.", "My grandmother lives on a pension."),
    ("Bạn có nhận lương hưu không?", "Do you get a pension?"),
    ("Bố bạn còn nhận lương hưu không?", "Does your father still get a pension?"),
    ("Tôi không có lương hưu.", "I don't have a pension."),
    ("Bố tôi nhận lương hưu hàng tháng.", "My father gets a pension every month."),
    # v8: "My retirement isn't enough live.", "Her retirement was very low.", "How much are your retirement?"
    ("Lương hưu của tôi không đủ sống.", "My pension isn't enough to live on."),
    ("Lương hưu của bố tôi không đủ sống.", "My father's pension isn't enough to live on."),
    ("Lương hưu của bạn có đủ sống không?", "Is your pension enough to live on?"),
    ("Lương hưu của cô ấy rất thấp.", "Her pension is very low."),
    ("Lương hưu của tôi không cao lắm.", "My pension isn't very high."),
    ("Lương hưu của bạn là bao nhiêu?", "How much is your pension?"),
    # v8: "She retired 60 years old.", "My father retired sixty years old.", "He wanted to retire early."
    ("Cô ấy nghỉ hưu năm 60 tuổi.", "She retired at 60."),
    ("Bố tôi nghỉ hưu năm sáu mươi tuổi.", "My father retired at sixty."),
    ("Bố tôi đã nghỉ hưu ở tuổi 55.", "My father retired at 55."),
    ("Mẹ tôi sẽ nghỉ hưu năm 60 tuổi.", "My mother will retire at 60."),
    ("Tôi dự định nghỉ hưu năm 55 tuổi.", "I plan to retire at 55."),
    ("Anh ấy muốn nghỉ hưu sớm.", "He wants to retire early."),
    ("Bố tôi đã nghỉ hưu sớm.", "My father retired early."),
    ("Bạn có muốn nghỉ hưu sớm không?", "Do you want to retire early?"),
    ("Bố tôi không muốn nghỉ hưu.", "My father doesn't want to retire."),
    ("Tôi chưa muốn nghỉ hưu.", "I don't want to retire yet."),
    # v8: "How old do you want to retire?", "When did you retire?", "You're going to retire?"
    ("Bạn muốn nghỉ hưu năm bao nhiêu tuổi?", "At what age do you want to retire?"),
    ("Bố bạn nghỉ hưu năm bao nhiêu tuổi?", "At what age did your father retire?"),
    ("Bạn định khi nào nghỉ hưu?", "When do you plan to retire?"),
    ("Bạn định bao giờ nghỉ hưu?", "When do you plan to retire?"),
    ("Anh ấy muốn nghỉ hưu khi nào?", "When does he want to retire?"),
    # v8: "How much does the retirement in Vietnam?", "Retirement in Vietnam was 60.", "I'm going to retire."
    ("Tuổi nghỉ hưu ở Việt Nam là bao nhiêu?", "What's the retirement age in Vietnam?"),
    ("Ở Việt Nam, tuổi nghỉ hưu là bao nhiêu?", "What's the retirement age in Vietnam?"),
    ("Tuổi nghỉ hưu ở Nhật là 65 tuổi.", "The retirement age in Japan is 65."),
    ("Bố tôi sắp đến tuổi nghỉ hưu.", "My father is close to retirement age."),
    ("Bà ấy đã đến tuổi nghỉ hưu.", "She's reached retirement age."),
    ("Bố bạn đã đến tuổi nghỉ hưu chưa?", "Has your father reached retirement age yet?"),
    # v8: "He was five years after retire." (read by mt/work_status.py with the day first)
    ("Bố tôi có lương hưu nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ấy năm sau nghỉ hưu.", None),  # (the day between who and the verb: left)
    ("Bố tôi tháng sau sẽ nghỉ hưu.", None),  # (the day between: left)
    # not: "anh" alone (the speaker?), retiring alone or on a day (mt/work_status.py, mt/people.py), "năm 60"
    # without "tuổi" (a year?), an age out of range, whose pension not said, asked without "muốn" (did, or will?),
    # saving for retirement (mt/savings.py), "có" asking without "không"
    ("Anh muốn nghỉ hưu sớm.", None), ("Bố tôi sắp nghỉ hưu.", None), ("Bố tôi đã nghỉ hưu.", None),
    ("Bố tôi nghỉ hưu năm 2020.", None), ("Bố tôi nghỉ hưu năm 60.", None), ("Tôi nghỉ hưu năm 10 tuổi.", None),
    ("Lương hưu không đủ sống.", None), ("Bố bạn có nghỉ hưu sớm không?", None),
    ("Tôi đang tiết kiệm để nghỉ hưu.", None), ("Bạn có nhận lương hưu?", None), ("Khi nào bạn nghỉ hưu?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cha tôi bị cao huyết áp." (high blood pressure), "Bà tôi sống trên chiều cao của cô ấy." (her height)
    ("My father gets a pension.", "Bố tôi nhận lương hưu."),
    ("She receives a pension.", "Cô ấy nhận lương hưu."),
    ("Do you get a pension?", "Bạn có nhận lương hưu không?"),
    ("Does your father still get a pension?", "Bố bạn còn nhận lương hưu không?"),
    ("I don't have a pension.", "Tôi không có lương hưu."),
    ("My grandmother lives on her pension.", "Bà tôi sống bằng lương hưu."),
    ("He lives on a pension.", "Anh ấy sống bằng lương hưu."),
    ("My father gets a monthly pension.", "Bố tôi nhận lương hưu hàng tháng."),
    # v8: "Sự hưu trí của tôi không đủ để sống.", "Sự hưu trí của bạn bao nhiêu?"
    ("My pension isn't enough to live on.", "Lương hưu của tôi không đủ sống."),
    ("His pension is not enough to live on.", "Lương hưu của anh ấy không đủ sống."),
    ("Is your pension enough to live on?", "Lương hưu của bạn có đủ sống không?"),
    ("Her pension is very low.", "Lương hưu của cô ấy rất thấp."),
    ("My mother's pension isn't very high.", "Lương hưu của mẹ tôi không cao lắm."),
    ("How much is your pension?", "Lương hưu của bạn là bao nhiêu?"),
    ("What's your father's pension?", "Lương hưu của bố bạn là bao nhiêu?"),
    # v8: "Cô ấy nghỉ hưu vào năm 60." (the year 60), "Cô ấy nghỉ hưu lúc 6ty.", "Bạn muốn nghỉ hưu gì?"
    ("She retired at 60.", "Cô ấy nghỉ hưu năm 60 tuổi."),
    ("She retired at sixty.", "Cô ấy nghỉ hưu năm sáu mươi tuổi."),
    ("My father retired at the age of 60.", "Bố tôi nghỉ hưu năm 60 tuổi."),
    ("He'll retire at 65.", "Anh ấy sẽ nghỉ hưu năm 65 tuổi."),
    ("I'm going to retire at 60.", "Tôi sẽ nghỉ hưu năm 60 tuổi."),
    ("I plan to retire at 55.", "Tôi định nghỉ hưu năm 55 tuổi."),
    ("I want to retire at fifty-five.", "Tôi muốn nghỉ hưu lúc năm mươi lăm tuổi."),
    ("At what age do you want to retire?", "Bạn muốn nghỉ hưu năm bao nhiêu tuổi?"),
    ("At what age did your father retire?", "Bố bạn nghỉ hưu năm bao nhiêu tuổi?"),
    ("At what age will you retire?", "Bạn sẽ nghỉ hưu năm bao nhiêu tuổi?"),
    ("He wants to retire early.", "Anh ấy muốn nghỉ hưu sớm."),
    ("They retired early.", "Họ đã nghỉ hưu sớm."),
    ("Do you want to retire early?", "Bạn có muốn nghỉ hưu sớm không?"),
    ("My father doesn't want to retire.", "Bố tôi không muốn nghỉ hưu."),
    # v8: "Tôi vẫn không muốn nghỉ hưu." (still not)
    ("I don't want to retire yet.", "Tôi chưa muốn nghỉ hưu."),
    # v8: "Độ tuổi nghỉ hưu ở Việt Nam là gì?" (what), "Anh ta đang tái thiết vào năm tới." (rebuilding)
    ("What is the retirement age in Vietnam?", "Tuổi nghỉ hưu ở Việt Nam là bao nhiêu?"),
    ("How old is the retirement age in Vietnam?", "Tuổi nghỉ hưu ở Việt Nam là bao nhiêu?"),
    ("The retirement age in Vietnam is 60.", "Tuổi nghỉ hưu ở Việt Nam là 60 tuổi."),
    ("He's retiring next year.", None),  # (mt/work_status.py's)
    # not: bad agreement, "his" pension of a woman, retiring alone (mt/work_status.py), "at 6" (a time?), asked
    # with "will" (left), a present habit, saving (mt/savings.py), "is" asking without "?"
    ("She get a pension.", None), ("Does she gets a pension?", None), ("He want to retire early.", None),
    ("I wants to retire.", None), ("My grandmother lives on his pension.", None), ("She retired.", None),
    ("He is going to retire.", None), ("She retired at 6.", None), ("Will you retire early?", None),
    ("He retires at 60.", None), ("I'm saving for retirement.", None), ("Is your pension enough to live on.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
