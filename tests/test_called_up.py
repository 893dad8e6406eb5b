"""Being called up to the board and tested on the last lesson, afraid of it, not having studied it, and the mark got
for it, both ways (mt/called_up.py)."""
import pytest

from mt.called_up import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The teacher called me on the table.", "Call me to the table.", "The teacher today calls Thailand to the
    # table.", "The boy called Minh on the table.", "The teacher or call me on the table."
    ("Cô giáo gọi tôi lên bảng.", "The teacher called me up to the board."),
    ("Thầy giáo gọi con trai tôi lên bảng.", "The teacher called my son up to the board."),
    ("Cô gọi tôi lên bảng.", "The teacher called me up to the board."),
    ("Thầy gọi Minh lên bảng.", "The teacher called Minh up to the board."),
    ("Hôm nay cô giáo gọi Lan lên bảng.", "The teacher called Lan up to the board today."),
    ("Hôm qua thầy giáo gọi chúng tôi lên bảng.", "The teacher called us up to the board yesterday."),
    ("Cô giáo gọi anh ấy lên bảng.", "The teacher called him up to the board."),
    ("Cô giáo hay gọi tôi lên bảng.", "The teacher often calls me up to the board."),
    ("Cô giáo lúc nào cũng gọi con tôi lên bảng.", "The teacher always calls my child up to the board."),
    ("Cô giáo vừa gọi mẹ tôi lên bảng.", "The teacher has just called my mother up to the board."),
    ("Hôm nay cô không gọi tôi lên bảng.", "The teacher didn't call me up to the board today."),
    ("Giáo viên chưa bao giờ gọi tôi lên bảng.", "The teacher has never called me up to the board."),
    ("Hôm qua cô giáo có gọi bạn lên bảng không?", "Did the teacher call you up to the board yesterday?"),
    ("Cô giáo có hay gọi bạn lên bảng không?", "Does the teacher often call you up to the board?"),
    ("Cô giáo đã gọi con gái bạn lên bảng chưa?", "Has the teacher called your daughter up to the board yet?"),
    ("Cô giáo gọi tôi lên bảng trả bài.", "The teacher called me up to the board to be tested on the last lesson."),
    # v8: "Today she checked the old song.", "This morning, teachers' Day checks.", "The teacher today examined the
    # old song."
    ("Hôm qua cô kiểm tra bài cũ.", "The teacher tested us on the last lesson yesterday."),
    ("Sáng nay thầy giáo kiểm tra bài cũ.", "The teacher tested us on the last lesson this morning."),
    ("Hôm nay thầy đã kiểm tra bài cũ.", "The teacher tested us on the last lesson today."),
    ("Hôm qua thầy không kiểm tra bài cũ.", "The teacher didn't test us on the last lesson yesterday."),
    ("Cô giáo hay kiểm tra bài cũ.", "The teacher often tests us on the last lesson."),
    # v8: "I'm called on the table today.", "Yesterday, he was called on the table.", "I've been called on the
    # table.", "My child is often called on the table.", "I have a teacher called on the table.", "Yesterday, land
    # is called on the table?", "I have been checked for an old article today.", "I'm called on my answer today."
    ("Hôm nay tôi bị gọi lên bảng.", "I was called up to the board today."),
    ("Hôm qua anh ấy bị gọi lên bảng.", "He was called up to the board yesterday."),
    ("Minh bị gọi lên bảng.", "Minh was called up to the board."),
    ("Chúng tôi bị gọi lên bảng.", "We were called up to the board."),
    ("Tôi vừa bị gọi lên bảng.", "I've just been called up to the board."),
    ("Con tôi hay bị gọi lên bảng.", "My child often gets called up to the board."),
    ("Con gái tôi thường bị gọi lên bảng.", "My daughter often gets called up to the board."),
    ("Hôm nay tôi không bị gọi lên bảng.", "I wasn't called up to the board today."),
    ("Tôi chưa bị gọi lên bảng.", "I haven't been called up to the board yet."),
    ("Tôi chưa bao giờ bị gọi lên bảng.", "I've never been called up to the board."),
    ("Hôm qua Lan có bị gọi lên bảng không?", "Was Lan called up to the board yesterday?"),
    ("Bạn đã bị gọi lên bảng chưa?", "Have you been called up to the board yet?"),
    ("Bạn có hay bị gọi lên bảng không?", "Do you often get called up to the board?"),
    ("Tôi bị cô giáo gọi lên bảng.", "The teacher called me up to the board."),
    ("Lan bị thầy gọi lên bảng.", "The teacher called Lan up to the board."),
    ("Hôm nay tôi bị kiểm tra bài cũ.", "I was tested on the last lesson today."),
    ("Sáng nay con trai tôi bị kiểm tra bài cũ.", "My son was tested on the last lesson this morning."),
    ("Chúng tôi vừa bị kiểm tra bài cũ.", "We've just been tested on the last lesson."),
    ("Tôi bị thầy giáo kiểm tra bài cũ.", "The teacher tested me on the last lesson."),
    ("Anh ấy bị gọi lên bảng kiểm tra bài cũ.", "He was called up to the board to be tested on the last lesson."),
    ("Hôm nay tôi bị gọi lên bảng trả bài.", "I was called up to the board to be tested on the last lesson today."),
    # v8: "I'm afraid to be referred to the table.", "I'm afraid to get an old test.", "My daughter was scared to be
    # called on the table.", "Are you afraid you're undergoing an old test?", "She was so frightened to call the
    # table.", "Are your son afraid to be called on the table?"
    ("Tôi sợ bị gọi lên bảng.", "I'm afraid of being called up to the board."),
    ("Tôi sợ bị kiểm tra bài cũ.", "I'm afraid of being tested on the last lesson."),
    ("Con gái tôi rất sợ bị gọi lên bảng.", "My daughter is really afraid of being called up to the board."),
    ("Cô ấy rất sợ bị gọi lên bảng.", "She's really afraid of being called up to the board."),
    ("Chúng tôi sợ bị kiểm tra bài cũ lắm.", "We're really afraid of being tested on the last lesson."),
    ("Tôi không sợ bị gọi lên bảng.", "I'm not afraid of being called up to the board."),
    ("Bạn có sợ bị kiểm tra bài cũ không?", "Are you afraid of being tested on the last lesson?"),
    ("Con trai bạn có sợ bị gọi lên bảng không?", "Is your son afraid of being called up to the board?"),
    # (asked, "really" reads as "truly": "very")
    ("Bạn có rất sợ bị gọi lên bảng không?", "Are you very afraid of being called up to the board?"),
    ("Bạn có sợ bị gọi lên bảng lắm không?", "Are you very afraid of being called up to the board?"),
    # v8: "I'm not learning old.", "She has not yet studied the old lesson."
    ("Tôi chưa học bài cũ.", "I haven't studied the last lesson yet."),
    ("Cô ấy chưa học bài cũ.", "She hasn't studied the last lesson yet."),
    ("Con tôi quên học bài cũ.", "My child forgot to study the last lesson."),
    ("Bạn đã học bài cũ chưa?", "Have you studied the last lesson yet?"),
    # v8: "I was ten points of my mouth.", "Yesterday, I was ten when I reached the table.", "My child has 3 points of
    # her oral examination.", "Lan was a high point of mouth checked."
    ("Tôi được điểm mười kiểm tra miệng.", "I got ten out of ten in the oral test."),
    ("Tôi được 8 điểm kiểm tra miệng.", "I got eight out of ten in the oral test."),
    ("Hôm qua tôi được điểm mười khi lên bảng.", "I got ten out of ten at the board yesterday."),
    ("Con tôi bị 3 điểm kiểm tra miệng.", "My child got three out of ten in the oral test."),
    ("Hôm nay con trai tôi bị điểm kém khi lên bảng.", "My son got a bad mark at the board today."),
    ("Lan vừa được điểm cao kiểm tra miệng.", "Lan has just got a high mark in the oral test."),
    # not: "cô", "thầy" alone asking or with "bạn" after them (spoken to, or speaking?), the class tested with no
    # day ("Cô kiểm tra bài cũ.": a habit, or the teacher saying it?), "em", "anh" alone, "I" asked, a pet, a plain
    # "có … không?" or "không" with no day (did, or does?), a day with a habit or two days, "sẽ", "nhé", "mới" (the
    # new teacher?), writing on the board, "gọi trả bài" with no board, "thế" on a statement, "bị" with a good mark
    ("Cô có gọi tôi lên bảng không?", None), ("Cô gọi bạn Lan lên bảng.", None), ("Cô gọi bạn lên bảng.", None),
    ("Cô kiểm tra bài cũ.", None), ("Cô giáo kiểm tra bài cũ.", None), ("Ngày mai cô kiểm tra bài cũ.", None),
    ("Cô gọi em lên bảng.", None), ("Anh bị gọi lên bảng.", None), ("Em có bị gọi lên bảng không ạ?", None),
    ("Tôi có bị gọi lên bảng không?", None), ("Con chó của tôi bị gọi lên bảng.", None),
    ("Bạn có bị gọi lên bảng không?", None), ("Cô giáo có gọi bạn lên bảng không?", None),
    ("Tôi không bị gọi lên bảng.", None), ("Cô giáo không gọi tôi lên bảng.", None),
    ("Tôi hay bị gọi lên bảng hôm nay.", None), ("Hôm nay cô giáo gọi tôi lên bảng hôm qua.", None),
    ("Tôi sẽ bị gọi lên bảng.", None), ("Hôm nay tôi bị gọi lên bảng nhé.", None),
    ("Cô giáo mới gọi tôi lên bảng.", None), ("Cô ấy gọi tôi lên bảng.", None), ("Tôi viết lên bảng.", None),
    ("Hôm nay tôi bị gọi trả bài.", None), ("Tôi sợ bị gọi lên bảng thế.", None), ("Tôi học bài cũ.", None),
    ("Tôi bị điểm tám kiểm tra miệng.", None), ("Tôi được điểm kém kiểm tra miệng.", None),
    # ("?" on a statement, "không?" with no "có", "nhỉ": asks to be agreed with)
    ("Tôi bị gọi lên bảng?", None), ("Bạn sợ bị gọi lên bảng không?", None), ("Tôi bị gọi lên bảng nhỉ.", None),
    ("I was called up to the board.", None),
    # (the review: a pet called up; "ba bạn" three pupils, or your father?; "thế" on a statement; "cô", "thầy" alone
    # testing today or calling someone not the speaker's today, plainly or not: the teacher saying what she will do)
    ("Thầy giáo gọi con chó của tôi lên bảng.", None), ("Cô giáo gọi con mèo của tôi lên bảng.", None),
    ("Cô giáo gọi ba bạn lên bảng.", None), ("Ba bạn bị gọi lên bảng.", None),
    ("Hôm nay ba bạn bị gọi lên bảng.", None), ("Ba bạn sợ bị gọi lên bảng.", None),
    ("Ba bạn chưa học bài cũ.", None), ("Ba bạn được điểm mười kiểm tra miệng.", None),
    ("Anh ấy chưa học bài cũ thế.", None), ("Hôm nay cô kiểm tra bài cũ.", None),
    ("Hôm nay thầy không kiểm tra bài cũ.", None), ("Sáng nay cô kiểm tra bài cũ.", None),
    ("Hôm nay thầy gọi Minh lên bảng.", None), ("Hôm nay cô không gọi Lan lên bảng.", None),
    # (... and kept: "của" says whose; the speaker's own called up today)
    ("Cô giáo gọi ba của bạn lên bảng.", "The teacher called your father up to the board."),
    ("Hôm nay cô gọi tôi lên bảng.", "The teacher called me up to the board today."),
    ("Hôm nay thầy gọi con tôi lên bảng.", "The teacher called my child up to the board today."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Thầy giáo viên gọi tôi lên bàn.", "Thầy giáo viên gọi con trai tôi lên bàn.", "Hôm nay giáo viên gọi là Lan
    # lên bảng.", "Thầy giáo viên đã gọi bạn lên bàn cờ?", "Có giáo viên gọi bạn lên bàn cờ chưa?"
    ("The teacher called me up to the board.", "Cô giáo gọi tôi lên bảng."),
    ("The teacher called my son up to the board.", "Cô giáo gọi con trai tôi lên bảng."),
    ("The teacher called Lan up to the board today.", "Hôm nay cô giáo gọi Lan lên bảng."),
    ("The teacher called me up to the board yesterday.", "Hôm qua cô giáo gọi tôi lên bảng."),
    ("The teacher has just called my son up to the board.", "Cô giáo vừa gọi con trai tôi lên bảng."),
    ("The teacher often calls me up to the board.", "Cô giáo hay gọi tôi lên bảng."),
    ("The teacher always calls my son up to the board.", "Cô giáo luôn gọi con trai tôi lên bảng."),
    ("The teacher has never called me up to the board.", "Cô giáo chưa bao giờ gọi tôi lên bảng."),
    ("The teacher hasn't called me up to the board yet.", "Cô giáo chưa gọi tôi lên bảng."),
    ("The teacher didn't call me up to the board.", "Cô giáo không gọi tôi lên bảng."),
    ("Did the teacher call you up to the board?", "Cô giáo có gọi bạn lên bảng không?"),
    ("Did the teacher call you up to the board yesterday?", "Hôm qua cô giáo có gọi bạn lên bảng không?"),
    ("Does the teacher often call you up to the board?", "Cô giáo có hay gọi bạn lên bảng không?"),
    ("Has the teacher called you up to the board yet?", "Cô giáo đã gọi bạn lên bảng chưa?"),
    # v8: "Hôm nay giáo viên đã thử nghiệm chúng tôi trên bài học cuối cùng."
    ("The teacher tested us on the last lesson today.", "Hôm nay cô giáo kiểm tra bài cũ."),
    ("The teacher tested us on the last lesson.", "Cô giáo đã kiểm tra bài cũ."),
    ("The teacher tested me on the last lesson today.", "Hôm nay tôi bị cô giáo kiểm tra bài cũ."),
    # v8: "Tôi được gọi lên bảng hôm nay.", "Anh ấy được gọi lên chiếc bảng hôm qua.", "Bạn có gọi lên bảng hôm nay
    # không?", "Tôi thường được gọi lên bàn cờ.", "Tôi không gọi lên bảng hôm nay.", "Tôi vừa gọi lên cái bảng.",
    # "Tôi đã được thử nghiệm trên bài học cuối cùng hôm nay.", "Con trai tôi vừa được thử nghiệm trên …"
    ("I was called up to the board today.", "Hôm nay tôi bị gọi lên bảng."),
    ("I got called up to the board today.", "Hôm nay tôi bị gọi lên bảng."),
    ("She was called up to the board yesterday.", "Hôm qua cô ấy bị gọi lên bảng."),
    ("We were called up to the board this morning.", "Sáng nay chúng tôi bị gọi lên bảng."),
    ("Were you called up to the board today?", "Hôm nay bạn có bị gọi lên bảng không?"),
    ("I often get called up to the board.", "Tôi hay bị gọi lên bảng."),
    ("Does your daughter often get called up to the board?", "Con gái bạn có hay bị gọi lên bảng không?"),
    ("I wasn't called up to the board today.", "Hôm nay tôi không bị gọi lên bảng."),
    ("I've just been called up to the board.", "Tôi vừa bị gọi lên bảng."),
    ("She has never been called up to the board.", "Cô ấy chưa bao giờ bị gọi lên bảng."),
    ("Have you been called up to the board yet?", "Bạn đã bị gọi lên bảng chưa?"),
    ("I was tested on the last lesson today.", "Hôm nay tôi bị kiểm tra bài cũ."),
    ("My son has just been tested on the last lesson.", "Con trai tôi vừa bị kiểm tra bài cũ."),
    ("He hasn't been tested on the last lesson yet.", "Anh ấy chưa bị kiểm tra bài cũ."),
    ("Minh was called up to the board to be tested on the last lesson.", "Minh bị gọi lên bảng kiểm tra bài cũ."),
    # v8: "Tôi sợ được thử nghiệm trên bài học cuối cùng.", "Đứa con gái tôi sợ được gọi lên bảng.", "Bạn có sợ được
    # gọi lên bảng tính không?", "Con trai của bạn có sợ được thử nghiệm trên bài học cuối cùng không?"
    ("I'm afraid of being called up to the board.", "Tôi sợ bị gọi lên bảng."),
    ("I'm afraid of being tested on the last lesson.", "Tôi sợ bị kiểm tra bài cũ."),
    ("My daughter is afraid of being called up to the board.", "Con gái tôi sợ bị gọi lên bảng."),
    ("My son is really afraid of being called up to the board.", "Con trai tôi rất sợ bị gọi lên bảng."),
    ("We're afraid of being tested on the last lesson.", "Chúng tôi sợ bị kiểm tra bài cũ."),
    ("He isn't afraid of being called up to the board.", "Anh ấy không sợ bị gọi lên bảng."),
    ("Are you afraid of being called up to the board?", "Bạn có sợ bị gọi lên bảng không?"),
    ("Is your son afraid of being tested on the last lesson?", "Con trai bạn có sợ bị kiểm tra bài cũ không?"),
    # v8: "Anh ta không học bài học cuối cùng.", "Tôi quên đi học cuối cùng."
    ("I haven't studied the last lesson yet.", "Tôi chưa học bài cũ."),
    ("He hasn't studied the last lesson.", "Anh ấy chưa học bài cũ."),
    ("I forgot to study the last lesson.", "Tôi quên học bài cũ."),
    ("Have you studied the last lesson yet?", "Bạn đã học bài cũ chưa?"),
    # v8: "Cô ấy có dấu hiệu thấp trong bài kiểm tra răng miệng." (a sign, a dental test), "Đứa con gái tôi ra khỏi
    # tám mươi lăm bảng hôm qua.", "Tôi vừa có một dấu hiệu cao trong bài kiểm tra răng miệng."
    ("She got a low mark in the oral test.", "Cô ấy bị điểm thấp ở bài kiểm tra miệng."),
    ("I got ten out of ten in the oral test.", "Tôi được điểm 10 ở bài kiểm tra miệng."),
    ("My daughter got eight out of ten at the board yesterday.", "Hôm qua con gái tôi được điểm 8 khi lên bảng."),
    ("My son got a bad mark at the board today.", "Hôm nay con trai tôi bị điểm kém khi lên bảng."),
    ("I've just got a high mark in the oral test.", "Tôi vừa được điểm cao ở bài kiểm tra miệng."),
    # not: a verb that does not agree or fit ("The teacher often called", "She were", "He get", "Is you", "He are"),
    # the plain present of the teacher (a habit, or a story told?), "has called" with no "just" or "yet", "I"
    # asked, a pet, "yet" on the past, "Have … been" with no "yet", a mark over ten, a "?" on a statement, writing on
    # the board, the other way's language
    ("The teacher calls me up to the board.", None), ("The teacher often called me up to the board.", None),
    ("The teacher has called me up to the board.", None), ("The teacher called me up to the board?", None),
    ("She were called up to the board.", None), ("I were called up to the board.", None),
    ("He get called up to the board.", None), ("Was I called up to the board?", None),
    ("My dog was called up to the board.", None), ("Is you afraid of being called up to the board?", None),
    ("He are afraid of being called up to the board.", None), ("I was called up to the board yet.", None),
    ("Have you been called up to the board?", None), ("My son got 12 out of ten in the oral test.", None),
    ("I wrote on the board.", None), ("The board called me.", None), ("I was called up to the board often.", None),
    ("Cô giáo gọi tôi lên bảng.", None),
    # (the review: a pet called up; asked, "really" is "truly" as well)
    ("The teacher called my dog up to the board.", None),
    ("Are you really afraid of being called up to the board?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
