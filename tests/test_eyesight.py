"""Eyesight and glasses: short- and long-sighted, glasses to read, not seeing without them, contact lenses, eyesight
getting worse, an eye test, and writing too small to read, both ways (mt/eyesight.py)."""
import pytest

from mt.eyesight import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm approached.", "She was telecommunicated.", "Are you accessible?", "My mother was seriously approached."
    ("Tôi bị cận.", "I'm short-sighted."),
    ("Tôi bị cận thị.", "I'm short-sighted."),
    ("Cô ấy bị viễn thị.", "She's long-sighted."),
    ("Bạn có bị cận không?", "Are you short-sighted?"),
    ("Bạn bị cận à?", "Are you short-sighted?"),
    ("Anh có bị cận không?", "Are you short-sighted?"),
    ("Tôi không bị cận.", "I'm not short-sighted."),
    ("Mẹ tôi bị cận nặng.", "My mother is very short-sighted."),
    ("Em gái tôi hơi cận.", "My sister is slightly short-sighted."),
    # v8: "I need a glass to read."
    ("Tôi cần đeo kính để đọc.", "I need glasses to read."),
    ("Tôi phải đeo kính mới đọc được.", "I have to wear glasses to read."),
    ("Bà tôi phải đeo kính khi đọc sách.", "My grandmother has to wear glasses to read."),
    ("Ông tôi cần kính lão.", "My grandfather needs reading glasses."),
    ("Bạn có cần đeo kính để đọc không?", "Do you need glasses to read?"),
    ("Tôi không cần đeo kính để đọc.", "I don't need glasses to read."),
    # v8: "No glasses I don't see anything.", "I don't see if I don't wear glasses."
    ("Tôi không nhìn thấy gì nếu không có kính.", "I can't see anything without my glasses."),
    ("Không có kính tôi không nhìn thấy gì.", "Without my glasses, I can't see anything."),
    ("Tôi không nhìn rõ nếu không đeo kính.", "I can't see clearly without my glasses."),
    ("Không đeo kính thì mẹ tôi không nhìn rõ.", "Without her glasses, my mother can't see clearly."),
    ("Lan không đọc được nếu không đeo kính.", "Lan can't read without glasses."),
    # v8: "Do you wear a glass?", "She wore angdoles glass."
    ("Bạn có đeo kính áp tròng không?", "Do you wear contact lenses?"),
    ("Cô ấy đeo kính áp tròng.", "She wears contact lenses."),
    ("Cô ấy đang đeo kính áp tròng.", "She's wearing contact lenses."),
    ("Tôi không đeo kính áp tròng.", "I don't wear contact lenses."),
    # v8: "My market is increasingly poor.", "My eye is poor.", "My eyes were poor."
    ("Thị lực của tôi ngày càng kém.", "My eyesight is getting worse."),
    ("Mắt tôi ngày càng kém.", "My eyesight is getting worse."),
    ("Mắt bà tôi kém đi nhiều rồi.", "My grandmother's eyesight has got a lot worse."),
    ("Mắt tôi kém.", "My eyesight is poor."),
    ("Mắt Lan rất tốt.", "Lan's eyesight is very good."),
    # v8: "I need to see my eyes.", "I'm going to see my eyes tomorrow."
    ("Tôi cần đi khám mắt.", "I need to get my eyes tested."),
    ("Tôi phải đi khám mắt.", "I have to get my eyes tested."),
    ("Mẹ tôi cần đi kiểm tra mắt.", "My mother needs to get her eyes tested."),
    ("Lan cần đi khám mắt.", "Lan needs to have an eye test."),
    ("Bạn nên đi khám mắt.", "You should get your eyes tested."),
    ("Tôi sẽ đi khám mắt vào ngày mai.", "I'm going to get my eyes tested tomorrow."),
    ("Bạn có cần đi khám mắt không?", "Do you need to get your eyes tested?"),
    # v8: "I can't read this, too small text.", "Text is too small, I can't read."
    ("Tôi không đọc được cái này, chữ nhỏ quá.", "I can't read this, the writing is too small."),
    ("Tôi không đọc được cái này vì chữ nhỏ quá.", "I can't read this because the writing is too small."),
    ("Chữ nhỏ quá, tôi không đọc được.", "The writing is too small, I can't read it."),
    ("Chữ này nhỏ quá.", "This writing is too small."),
    ("Tôi không đọc được cái này.", "I can't read this."),
    # not: "anh" saying it (the speaker?), "viễn" alone (far), asked without "không", "có … à", glasses not to read
    # (mt/features.py's "phải đeo kính"; "cần kính": a glass?), another's glasses, a day with "cần", "nên" asked,
    # "đọc" without "được" (don't read), reading not at all, a thing too small alone, where the glasses are
    # (mt/finding.py's), eyes asked
    ("Tôi bị cận nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị cận.", None), ("Cô ấy viễn.", None), ("Bạn có bị cận.", None), ("Bạn có bị cận à?", None),
    ("Tôi phải đeo kính.", None), ("Tôi cần kính.", None), ("Tôi cần kính mới.", None),
    ("Tôi không nhìn thấy gì nếu không có kính của bạn.", None), ("Tôi cần đi khám mắt ngày mai.", None),
    ("Bạn có nên đi khám mắt không?", None), ("Tôi không đọc cái này.", None), ("Tôi không đọc được.", None),
    ("Cái này nhỏ quá.", None), ("Kính của tôi đâu?", None), ("Mắt bạn có tốt không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã say xỉn." (drunk), "Cô ấy rất lâu.", "Bạn có cảm giác khó chịu không?", "Mẹ tôi rất ngắn."
    ("I'm short-sighted.", "Tôi bị cận thị."),
    ("I’m nearsighted.", "Tôi bị cận thị."),
    ("She's long-sighted.", "Cô ấy bị viễn thị."),
    ("He's far-sighted.", "Anh ấy bị viễn thị."),
    ("Are you short-sighted?", "Bạn có bị cận thị không?"),
    ("She isn't short-sighted.", "Cô ấy không bị cận thị."),
    ("My mother is very short-sighted.", "Mẹ tôi bị cận thị nặng."),
    # v8: "Tôi cần ly để đọc." (drinking glasses), "Cô ấy cần đọc các ly."
    ("I need glasses to read.", "Tôi cần đeo kính để đọc."),
    ("I need glasses for reading.", "Tôi cần đeo kính để đọc."),
    ("She needs reading glasses.", "Cô ấy cần đeo kính lão."),
    ("My grandmother has to wear glasses to read.", "Bà tôi phải đeo kính để đọc."),
    ("Does he need glasses to read?", "Anh ấy có cần đeo kính để đọc không?"),
    ("She doesn't need glasses to read.", "Cô ấy không cần đeo kính để đọc."),
    # v8: "Tôi không thấy không có kính nào cả.", "Cô ấy không thấy không có kính của cô ấy."
    ("I can't see without my glasses.", "Tôi không nhìn thấy gì nếu không đeo kính."),
    ("She can't see without her glasses.", "Cô ấy không nhìn thấy gì nếu không đeo kính."),
    ("Without my glasses, I can't see a thing.", "Không đeo kính thì tôi không nhìn thấy gì."),
    ("My father can't see clearly without his glasses.", "Bố tôi không nhìn rõ nếu không đeo kính."),
    ("Lan can't read without her glasses.", "Lan không đọc được nếu không đeo kính."),
    ("Do you wear contact lenses?", "Bạn có đeo kính áp tròng không?"),
    ("She wears contacts.", "Cô ấy đeo kính áp tròng."),
    ("I'm wearing contact lenses.", "Tôi đang đeo kính áp tròng."),
    # v8: "Mắt tôi ngày càng trầm trọng hơn.", "Tôi có mắt nghèo." (poor as in money), "Bà tôi có đôi mắt xấu."
    ("My eyesight is getting worse.", "Mắt tôi ngày càng kém."),
    ("My eyes are getting worse.", "Mắt tôi ngày càng kém."),
    ("My mother's eyesight has got a lot worse.", "Mắt mẹ tôi đã kém đi nhiều."),
    ("I have poor eyesight.", "Mắt tôi kém."),
    ("My eyesight is getting worse?", None), ("She has good eyesight?", None),  # (said, with a question mark)
    ("My grandmother has bad eyesight.", "Mắt bà tôi kém."),
    ("She has good eyesight.", "Mắt cô ấy tốt."),
    # v8: "Tôi cần phải thử nghiệm mắt." (an experiment), "Tôi cần một xét nghiệm mắt." (a lab test)
    ("I need to get my eyes tested.", "Tôi cần đi khám mắt."),
    ("I need an eye test.", "Tôi cần đi khám mắt."),
    ("I have to get my eyes checked.", "Tôi phải đi khám mắt."),
    ("She needs to get her eyes tested.", "Cô ấy cần đi khám mắt."),
    ("I'd like to have an eye test.", "Tôi muốn đi khám mắt."),
    ("She's going to have an eye test next week.", "Tuần sau cô ấy sẽ đi khám mắt."),
    ("Do you need an eye test?", "Bạn có cần đi khám mắt không?"),
    # v8: "Tôi không thể đọc được điều này. nhỏ quá.", "Bản ghi quá nhỏ." (a record), "Cái in quá nhỏ."
    ("I can't read this, it's too small.", "Tôi không đọc được cái này, chữ nhỏ quá."),
    ("I can't read this because the writing is too small.", "Tôi không đọc được cái này vì chữ nhỏ quá."),
    ("The writing is too small, I can't read it.", "Chữ nhỏ quá, tôi không đọc được."),
    ("The print is too small to read.", "Chữ nhỏ quá, không đọc được."),
    ("The letters are too small.", "Chữ nhỏ quá."),
    ("I can't read this.", "Tôi không đọc được cái này."),
    # not: the verb not agreeing ("She are", "She need", "Does he needs", "She wear", "My eyes is", "She have",
    # "I need to an eye test"), glasses not to read (drinking glasses?), another's glasses or eyes, a day with "need",
    # a day behind, "it" too small alone (a thing?), "I can't read it." alone, where the glasses are (mt/finding.py),
    # glasses worn (mt/features.py)
    ("She are short-sighted.", None), ("She need reading glasses.", None), ("Does he needs glasses to read?", None),
    ("She wear contacts.", None), ("My eyes is getting worse.", None), ("She have good eyesight.", None),
    ("I need to an eye test.", None), ("I need glasses.", None), ("We need new glasses.", None),
    ("She can't see without my glasses.", None), ("She needs to get my eyes tested.", None),
    ("I need to get my eyes tested tomorrow.", None), ("I'm going to get my eyes tested yesterday.", None),
    ("It's too small.", None), ("It's too small to read.", None), ("I can't read it.", None),
    ("The letters is too small.", None), ("Where are my glasses?", None), ("He wears glasses.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
