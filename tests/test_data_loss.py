"""Losing work on a computer: a file not saved, data lost, a file deleted by mistake, a device shutting down of a
sudden, backing up and getting a file back, both ways (mt/data_loss.py)."""
import pytest

from mt.data_loss import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I forgot to save the file." (right), "Do you forget to save the file?", "My mother forgot to save the
    # document." (right)
    ("Tôi quên lưu file.", "I forgot to save the file."),
    ("Mình quên lưu file rồi.", "I forgot to save the file."),
    ("Mẹ tôi quên lưu tài liệu.", "My mother forgot to save the document."),
    ("Anh ấy quên không lưu tệp.", "He forgot to save the file."),
    ("Bạn có quên lưu file không?", "Did you forget to save the file?"),
    ("Chúng tôi quên sao lưu dữ liệu.", "We forgot to back up our data."),
    # v8: "Would you save the file?", "Do you save the data?", "I haven't been copying the data.", "We've copied the
    # data.", "I've just copied the data."
    ("Bạn đã lưu file chưa?", "Have you saved the file?"),
    ("Tôi đã lưu file rồi.", "I've saved the file."),
    ("Tôi chưa lưu tài liệu.", "I haven't saved the document yet."),
    ("Bạn đã sao lưu dữ liệu chưa?", "Have you backed up your data?"),
    ("Anh trai tôi sao lưu dữ liệu chưa?", "Has my brother backed up his data?"),
    ("Tôi chưa sao lưu dữ liệu.", "I haven't backed up my data yet."),
    ("Chúng tôi đã sao lưu dữ liệu rồi.", "We've backed up our data."),
    ("Tôi vừa sao lưu dữ liệu.", "I've just backed up my data."),
    ("Lan đã backup file rồi.", "Lan has backed up the file."),
    # v8: "I'm lost all of the data.", "My brother is lost.", "She lost all the data.", "Do you lose data?"
    ("Tôi bị mất hết dữ liệu.", "I've lost all my data."),
    ("Anh trai tôi bị mất hết dữ liệu rồi.", "My brother has lost all his data."),
    ("Mẹ tôi đã mất toàn bộ dữ liệu.", "My mother has lost all her data."),
    ("Chúng tôi vừa bị mất hết dữ liệu.", "We've just lost all our data."),
    ("Cô ấy suýt mất hết dữ liệu.", "She almost lost all her data."),
    ("Bạn có bị mất dữ liệu không?", "Did you lose any data?"),
    ("Bạn có bị mất hết dữ liệu không?", "Did you lose all your data?"),
    ("Tôi không bị mất dữ liệu.", "I didn't lose any data."),
    # v8: "I delete the wrong file.", "He miss the folder.", "I missed my hands to delete the file."
    ("Tôi xóa nhầm file rồi.", "I deleted the file by mistake."),
    ("Tôi xoá nhầm tập tin.", "I deleted the file by mistake."),
    ("Anh ấy vừa xóa nhầm thư mục.", "He just deleted the folder by mistake."),
    ("Tôi lỡ tay xóa mất file.", "I deleted the file by mistake."),
    ("Lan đã xóa nhầm tài liệu.", "Lan deleted the document by mistake."),
    ("Tôi suýt xóa nhầm file.", "I almost deleted the file by mistake."),
    # whose data deleted is not said (another's as often as one's own): "the data"
    ("Anh ấy xóa nhầm dữ liệu.", "He deleted the data by mistake."),
    ("Tôi lỡ xóa dữ liệu.", "I deleted the data by mistake."),
    # v8: "I regained the file.", "Could you regain the file?", "I couldn't get the file back.", "I can't recover
    # data.", "I recovered my data."
    ("Tôi lấy lại được file rồi.", "I got the file back."),
    ("Bạn lấy lại được file chưa?", "Have you managed to get the file back?"),
    ("Tôi chưa lấy lại được file.", "I haven't been able to get the file back yet."),
    ("Tôi không khôi phục được dữ liệu.", "I couldn't recover my data."),
    ("Tôi đã khôi phục được dữ liệu.", "I managed to recover my data."),
    ("Bố tôi khôi phục lại được tài liệu rồi.", "My father managed to recover the document."),
    # v8: "Remember to save the file." (right), "Don't forget to copy data."
    ("Nhớ lưu file nhé.", "Remember to save the file."),
    ("Đừng quên sao lưu dữ liệu nhé.", "Don't forget to back up your data."),
    # v8: "My computer was getting a source.", "The Laptop of Land's naturally collapsed.", "Are your computer
    # absent?", "My mother's phone was getting a source."
    ("Máy tính của tôi bị sập nguồn.", "My computer suddenly shut down."),
    ("Laptop của Lan tự nhiên bị sập nguồn.", "Lan's laptop suddenly shut down."),
    ("Điện thoại của mẹ tôi vừa bị sập nguồn.", "My mother's phone just shut down."),
    ("Máy tính tôi lại bị sập nguồn rồi.", "My computer shut down again."),
    ("Máy tính của bạn có bị sập nguồn không?", "Did your computer shut down?"),
    # not: "Tôi lưu file." (now, a habit?), "Tôi bị mất dữ liệu." (some, or all?), ability asked (could you, or did
    # you?), a habit asked, a name's data (his or hers?), "anh" alone saying it, a pet, "I" asked, mobile data run out
    # (mt/phone_credit.py), "tự tắt" (mt/tech_trouble.py), "bị sập" with no "nguồn", a "?" on a statement, redoing
    ("Tôi lưu file.", None), ("Tôi bị mất dữ liệu.", None), ("Bạn có lấy lại được file không?", None),
    ("Bạn có sao lưu dữ liệu không?", None), ("Lan bị mất hết dữ liệu.", None), ("Anh xóa nhầm file rồi.", None),
    ("Con mèo của tôi xóa nhầm file.", None), ("Tôi đã lưu file chưa?", None), ("Tôi hết dữ liệu rồi.", None),
    ("Máy tính của tôi cứ tự tắt.", None), ("Máy tính của tôi bị sập.", None), ("Tôi quên lưu file?", None),
    ("Tôi phải làm lại từ đầu.", None), ("Tôi xóa file rồi.", None), ("Tôi không lưu file.", None),
    ("Máy tính của tôi bị mất hết dữ liệu.", None), ("Tôi vừa quên lưu file.", None),
    ("Tôi bị mất hết file.", None), ("Bạn bị mất dữ liệu không?", None), ("Máy tính của tôi bị sập nguồn?", None),
    ("I forgot to save the file.", None), ("Nhớ lưu thư mục nhé.", None), ("Tôi quên lưu số điện thoại.", None),
    ("Tôi bị ê răng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi quên lưu tập tin.", "Bạn có quên lưu tập tin không?", "Mẹ tôi quên lưu tài liệu." (right)
    ("I forgot to save the file.", "Tôi quên lưu file."),
    ("My mother forgot to save the document.", "Mẹ tôi quên lưu tài liệu."),
    ("Did you forget to save the file?", "Bạn có quên lưu file không?"),
    ("We forgot to back up our data.", "Chúng tôi quên sao lưu dữ liệu."),
    # v8: "Bạn đã lưu tập tin này chưa?", "Tôi chưa lưu tập tin này.", "Chúng tôi đã ủng hộ dữ liệu của chúng tôi."
    # (supported), "Anh tôi đã lùi lại dữ liệu của anh ấy." (stepped back)
    ("Have you saved the file?", "Bạn đã lưu file chưa?"),
    ("I haven't saved the file yet.", "Tôi chưa lưu file."),
    ("Have you backed up your data?", "Bạn đã sao lưu dữ liệu chưa?"),
    ("I haven't backed up my data yet.", "Tôi chưa sao lưu dữ liệu."),
    ("We've backed up our data.", "Chúng tôi đã sao lưu dữ liệu rồi."),
    ("My brother has backed up his data.", "Anh trai tôi đã sao lưu dữ liệu rồi."),
    # v8: "Tôi đã mất tất cả dữ liệu của tôi.", "Cô ấy đã mất tất cả dữ liệu của mình.", "Tôi hầu như đã mất …",
    # "Bạn đã mất bất kỳ dữ liệu nào?", "Tôi không mất dữ liệu nào."
    ("I've lost all my data.", "Tôi bị mất hết dữ liệu."),
    ("She has lost all her data.", "Cô ấy bị mất hết dữ liệu."),
    ("He's just lost all his data.", "Anh ấy vừa bị mất hết dữ liệu."),
    ("I almost lost all my data.", "Tôi suýt bị mất hết dữ liệu."),
    ("Did you lose any data?", "Bạn có bị mất dữ liệu không?"),
    ("Did you lose all your data?", "Bạn có bị mất hết dữ liệu không?"),
    ("I didn't lose any data.", "Tôi không bị mất dữ liệu."),
    ("We haven't lost any data.", "Chúng tôi không bị mất dữ liệu."),
    # "yet" of data lost is not "không" ("Tôi chưa bị mất dữ liệu." is left both ways)
    ("I haven't lost any data yet.", None), ("Have you lost any data yet?", None),
    ("Did you lose any data yet?", None), ("We haven't lost all our data yet.", None),
    # v8: "Tôi đã xóa tập tin bị lỗi.", "Anh ta đột ngột xóa thư mục." (suddenly), "Cô ấy xóa tập tin sai."
    ("I deleted the file by mistake.", "Tôi xóa nhầm file rồi."),
    ("He accidentally deleted the folder.", "Anh ấy xóa nhầm thư mục rồi."),
    ("She deleted the wrong file.", "Cô ấy xóa nhầm file rồi."),
    ("I just deleted the wrong file.", "Tôi vừa xóa nhầm file."),
    # v8: "Tôi có lại tập tin.", "Bạn có nhận lại tập tin chưa?", "Bạn có quản lý phục hồi dữ liệu của mình không?"
    # (manage, as running a business), "Tôi không thể lấy lại tập tin này.", "Tôi không thể phục hồi dữ liệu của tôi."
    ("I got the file back.", "Tôi lấy lại được file rồi."),
    ("Have you got the file back yet?", "Bạn đã lấy lại được file chưa?"),
    ("Did you manage to recover your data?", "Bạn đã khôi phục được dữ liệu chưa?"),
    ("I haven't been able to get the file back.", "Tôi chưa lấy lại được file."),
    ("I couldn't recover my data.", "Tôi không khôi phục được dữ liệu."),
    ("She managed to recover the document.", "Cô ấy đã khôi phục được tài liệu rồi."),
    # v8: "Nhớ lưu tập tin.", "Đừng quên lùi dữ liệu của bạn!" (step back)
    ("Remember to save the file.", "Nhớ lưu file nhé."),
    ("Don't forget to back up your data!", "Đừng quên sao lưu dữ liệu nhé!"),
    # v8: "Máy tính của tôi đột ngột đóng cửa." (closed its doors), "Máy tính xách tay của Lan chỉ đóng cửa.", "Máy
    # tính của bạn có đóng cửa không?"
    ("My computer suddenly shut down.", "Máy tính của tôi bị sập nguồn."),
    ("Lan's laptop just shut down.", "Laptop của Lan vừa bị sập nguồn."),
    ("The laptop shut down suddenly.", "Laptop bị sập nguồn."),
    # asked without "suddenly" it may have been shut down on purpose, as "My computer shut down." below
    ("Did your computer suddenly shut down?", "Máy tính của bạn có bị sập nguồn không?"),
    ("Did your computer shut down?", None), ("Did Lan's laptop shut down?", None),
    # not: another's data, the verb not agreeing with who, a computer shut down (on purpose?), some data lost, a file
    # deleted (by mistake?), "I" asked, a pet, whose not his, "keeps shutting down" (mt/tech_trouble.py), data run
    # out (mt/phone_credit.py), "backed up" traffic, a "?" with no question, the other language
    ("I lost all your data.", None), ("She have lost all her data.", None), ("My computer shut down.", None),
    ("I lost the data.", None), ("I deleted the file.", None), ("Did I lose any data?", None),
    ("My dog deleted the file by mistake.", None), ("He lost all her data.", None),
    ("My computer keeps shutting down.", None), ("I've run out of data.", None), ("The traffic is backed up.", None),
    ("I forgot to save the file?", None), ("I saved the file by mistake.", None), ("He have saved the file.", None),
    ("Did you lost any data?", None), ("I've nearly lost all my data.", None), ("I lose all my data.", None),
    ("I forgot to save my file.", None), ("Tôi quên lưu file.", None), ("Did my computer shut down?", None),
    ("I saved some money.", None), ("Please get back to me.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
