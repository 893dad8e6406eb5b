"""Deadlines and handing work in: when the deadline is, a thing due, having to hand it in, handed in or not yet,
the deadline missed, an extension, just before the deadline, both ways (mt/deadlines.py)."""
import pytest

from mt.deadlines import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The deadline was Friday.", "When is the dog limit?", "The limit of the report was Monday."
    ("Hạn chót là thứ Sáu.", "The deadline is Friday."),
    ("Hạn cuối là thứ Sáu.", "The deadline is Friday."),
    ("Hạn chót là ngày mai.", "The deadline is tomorrow."),
    ("Hạn chót là hôm qua.", "The deadline was yesterday."),
    ("Khi nào là hạn chót?", "When is the deadline?"),
    ("Hạn chót là khi nào vậy?", "When is the deadline?"),
    ("Hạn nộp là bao giờ?", "When is the deadline?"),
    ("Hạn nộp báo cáo là thứ Hai.", "The deadline for the report is Monday."),
    ("Hạn chót nộp bài luận là thứ Sáu tuần sau.", "The deadline for the essay is next Friday."),
    ("Hạn nộp đơn là ngày mai.", "The deadline for the application is tomorrow."),
    ("Hạn nộp luận văn của tôi là tháng sau.", "The deadline for my thesis is next month."),
    # v8: "The report came to the term tomorrow.", "Reports must be filed tomorrow.", "When to file a report?"
    ("Báo cáo đến hạn vào ngày mai.", "The report is due tomorrow."),
    ("Báo cáo phải nộp vào thứ Sáu.", "The report is due on Friday."),
    ("Dự án phải nộp trước thứ Sáu.", "The project is due by Friday."),
    ("Khi nào phải nộp báo cáo?", "When is the report due?"),
    ("Bài luận phải nộp khi nào?", "When is the essay due?"),
    # v8: "I have to file a report before Monday.", "I have to surrender my commentary before Friday."
    ("Tôi phải nộp báo cáo trước thứ Hai.", "I have to hand in the report by Monday."),
    ("Tôi phải nộp bài luận trước thứ Sáu.", "I have to hand in my essay by Friday."),
    ("Mẹ tôi phải nộp báo cáo trước thứ Hai.", "My mother has to hand in the report by Monday."),
    ("Ngày mai chúng tôi phải nộp dự án.", "We have to hand in the project tomorrow."),
    ("Cô ấy cần nộp luận văn vào thứ Năm.", "She needs to hand in her thesis on Thursday."),
    # v8: "Did you file the song?", "Would you file a report?", "I'm not reported.", "She has posted the text."
    ("Bạn nộp bài luận chưa?", "Have you handed in your essay yet?"),
    ("Anh ấy đã nộp báo cáo chưa?", "Has he handed in the report yet?"),
    ("Tôi nộp báo cáo rồi.", "I've handed in the report."),
    ("Cô ấy đã nộp luận văn rồi.", "She's handed in her thesis."),
    ("Tôi chưa nộp báo cáo.", "I haven't handed in the report yet."),
    ("Lan vừa nộp bài luận.", "Lan has just handed in the essay."),
    ("Tôi đã nộp bài luận hôm qua.", "I handed in my essay yesterday."),
    # v8: "I miss surrender.", "I'm miss the dog.", "I delay the report."
    ("Tôi lỡ hạn nộp rồi.", "I've missed the deadline."),
    ("Tôi bị lỡ hạn chót.", "I missed the deadline."),
    ("Tôi bị trễ hạn.", "I missed the deadline."),
    ("Tôi trễ hạn nộp báo cáo.", "I missed the deadline for the report."),
    ("Bạn có bị lỡ hạn chót không?", "Did you miss the deadline?"),
    # v8: "Can I ask for limited?", "Can I be limited?"
    ("Tôi có thể xin gia hạn không?", "Can I ask for an extension?"),
    ("Tôi có thể được gia hạn không?", "Can I have an extension?"),
    ("Tôi xin gia hạn được không ạ?", "Can I ask for an extension?"),
    ("Bạn có thể gia hạn cho tôi không?", "Can you give me an extension?"),
    ("Tôi cần được gia hạn thêm.", "I need an extension."),
    ("Tôi muốn xin gia hạn.", "I'd like to ask for an extension."),
    ("Bố tôi đã được gia hạn.", "My father got an extension."),
    # v8: "I surrenderly before my dog limit.", "I finished it right before my dog."
    ("Tôi hoàn thành nó ngay trước hạn chót.", "I finished it just before the deadline."),
    ("Tôi nộp xong ngay trước hạn chót.", "I handed it in just before the deadline."),
    ("Tôi đã nộp báo cáo đúng hạn.", "I handed in the report on time."),
    # not: "anh", "em" alone saying it or asking for an extension (the speaker or the listener), "gia hạn" with
    # neither "xin" nor "được" (a passport: mt/papers.py), homework (mt/homework.py), done or to do ("Tôi nộp báo
    # cáo."), a job applied for (the phrasebook's), a day not read, overdue, asked without "không", a day ahead done
    ("Anh nộp báo cáo rồi.", None), ("Em có thể xin gia hạn không ạ?", None), ("Tôi cần gia hạn hộ chiếu.", None),
    ("Tôi cần gia hạn.", None), ("Hạn nộp bài tập là thứ Hai.", None), ("Tôi nộp báo cáo.", None),
    ("Anh ấy đã nộp đơn xin việc chưa?", None), ("Hạn chót là cuối tháng.", None), ("Tôi quá hạn.", None),
    ("Bạn có bị lỡ hạn chót?", None), ("Tôi đã nộp báo cáo ngày mai.", None), ("Tôi hạnh phúc.", None),
    ("Cô ấy cần xin gia hạn.", "She needs to ask for an extension."),  # ("xin": ask for, kept)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Dòng chết là thứ Sáu." (dead line), "Khi nào Thời hạn chót?", "Ứng dụng này đã chết khi nào?"
    ("The deadline is Friday.", "Hạn chót là thứ Sáu."),
    ("The deadline is tomorrow.", "Hạn chót là ngày mai."),
    ("The deadline is next Monday.", "Hạn chót là thứ Hai tuần sau."),
    ("The deadline was yesterday.", "Hạn chót là hôm qua."),
    ("When is the deadline?", "Hạn chót là khi nào?"),
    ("What's the deadline?", "Hạn chót là khi nào?"),
    ("What is the deadline for the essay?", "Hạn nộp bài luận là khi nào?"),
    ("When is the application deadline?", "Hạn nộp đơn là khi nào?"),
    ("The deadline for my report is Friday.", "Hạn nộp báo cáo của tôi là thứ Sáu."),
    # v8: "Báo cáo này là do ngày mai.", "Bài luận là do vào thứ Sáu.", "Báo cáo do khi nào vậy?"
    ("The report is due tomorrow.", "Hạn nộp báo cáo là ngày mai."),
    ("My essay is due on Friday.", "Hạn nộp bài luận của tôi là thứ Sáu."),
    ("The essay is due by Friday.", "Bài luận phải nộp trước thứ Sáu."),
    ("The project is due next week.", "Hạn nộp dự án là tuần sau."),
    ("When is the report due?", "Khi nào phải nộp báo cáo?"),
    # v8: "Tôi phải tay trong báo cáo trước thứ Hai.", "Chúng ta phải tay trong dự án trước thứ Sáu."
    ("I have to hand in the report by Monday.", "Tôi phải nộp báo cáo trước thứ Hai."),
    ("I have to hand the report in by Monday.", "Tôi phải nộp báo cáo trước thứ Hai."),
    ("We have to hand in the project by Friday.", "Chúng tôi phải nộp dự án trước thứ Sáu."),
    ("He has to hand in his essay on Friday.", "Anh ấy phải nộp bài luận vào thứ Sáu."),
    ("She needs to submit her thesis tomorrow.", "Ngày mai cô ấy cần nộp luận văn."),
    # v8: "Bạn vẫn chưa có bàn luận nào?", "Tôi đã tay trong esssay hôm qua.", "Cô ấy đã đưa tay vào bàn chân …"
    ("Have you handed in your essay yet?", "Bạn đã nộp bài luận chưa?"),
    ("Did you hand in your application?", "Bạn đã nộp đơn chưa?"),
    ("Has Lan handed in her essay?", "Lan đã nộp bài luận chưa?"),
    ("I've handed in my report.", "Tôi đã nộp báo cáo rồi."),
    ("She has handed in her thesis.", "Cô ấy đã nộp luận văn rồi."),
    ("I've just handed in my essay.", "Tôi vừa nộp bài luận."),
    ("I haven't handed in my report yet.", "Tôi chưa nộp báo cáo."),
    ("I handed in my essay yesterday.", "Hôm qua tôi đã nộp bài luận."),
    ("My brother turned in his essay last week.", "Tuần trước anh trai tôi đã nộp bài luận."),
    # v8: "Tôi đã bỏ lỡ dòng chết.", "Em trai tôi bỏ lỡ con đường chết."
    ("I missed the deadline.", "Tôi đã lỡ hạn chót."),
    ("My brother missed the deadline.", "Anh trai tôi đã lỡ hạn chót."),
    ("She's missed the deadline.", "Cô ấy lỡ hạn chót rồi."),
    ("Did you miss the deadline?", "Bạn có bị lỡ hạn chót không?"),
    ("They missed the deadline for the application.", "Họ đã lỡ hạn nộp đơn."),
    # v8: "Tôi có thể có phần mở rộng không?", "Tôi cần một phần mở rộng." (a part added)
    ("Can I have an extension?", "Tôi có thể được gia hạn không?"),
    ("Can I get an extension, please?", "Tôi có thể được gia hạn không?"),
    ("Could I ask for an extension?", "Tôi có thể xin gia hạn không?"),
    ("Could you give me an extension?", "Bạn có thể gia hạn cho tôi không?"),
    ("I need an extension.", "Tôi cần được gia hạn."),
    ("I'd like to ask for an extension.", "Tôi muốn xin gia hạn."),
    ("She got an extension.", "Cô ấy đã được gia hạn."),
    # v8: "Tôi đã hoàn thành nó ngay trước khi dòng chết."
    ("I finished it just before the deadline.", "Tôi đã làm xong nó ngay trước hạn chót."),
    ("I handed it in just before the deadline.", "Tôi đã nộp nó ngay trước hạn chót."),
    ("I handed in my report on time.", "Tôi đã nộp báo cáo đúng hạn."),
    # not: bad agreement ("She have", "He have to", "Has you", "She need", "Did you handed"), another's essay,
    # "was" with a day ahead, "is" with one behind, homework (mt/homework.py), "hand in it", a day not read,
    # "Can you give you", what the deadline does (passed, coming up: left to the model)
    ("She have missed the deadline.", None), ("He have to hand in his essay by Friday.", None),
    ("Has you handed in your essay?", None), ("She need an extension.", None),
    ("Did you handed in your essay?", None), ("I have to hand in her essay by Friday.", None),
    ("The deadline was tomorrow.", None), ("The deadline is yesterday.", None),
    ("The homework is due tomorrow.", None), ("I handed in it just before the deadline.", None),
    ("The deadline is the end of the month.", None), ("Can you give you an extension?", None),
    ("The deadline has passed.", None), ("I hand in my essay.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
