"""Asking what happened or what is wrong, whether everything is all right, and nothing or something happened, both
ways (mt/happenings.py)."""
import pytest

from mt.happenings import translate


@pytest.mark.parametrize("text, said", [
    # v8: "What happens?", "What has happened?", "What happens to you?"
    ("Chuyện gì xảy ra vậy?", "What happened?"),
    ("Chuyện gì đã xảy ra?", "What happened?"),
    ("Đã xảy ra chuyện gì?", "What happened?"),
    ("Đã có chuyện gì xảy ra?", "What happened?"),
    ("Có chuyện gì xảy ra với bạn vậy?", "What happened to you?"),
    ("Chuyện gì đã xảy ra với cô ấy?", "What happened to her?"),
    ("Chuyện gì đã xảy ra với điện thoại của bạn?", "What happened to your phone?"),
    ("Ở đây đã xảy ra chuyện gì?", "What happened here?"),
    ("Chuyện gì đã xảy ra ở đây?", "What happened here?"),
    ("Có chuyện gì đang xảy ra vậy?", "What's going on?"),
    ("Có chuyện gì xảy ra với cô ấy không?", "Did something happen to her?"),
    ("Có chuyện gì xảy ra à?", "Did something happen?"),
    # v8: "What's you?", "How do you do?", "How did you?", "What's he was done?", "What's my mother?", "What's your
    # phone?"
    ("Bạn bị sao vậy?", "What's wrong with you?"),
    ("Bạn bị làm sao thế?", "What's wrong with you?"),
    ("Bị sao thế?", "What's wrong?"),
    ("Anh ấy bị làm sao?", "What's wrong with him?"),
    ("Anh bị sao vậy?", "What's wrong with you?"),
    ("Mẹ tôi bị sao vậy?", "What's wrong with my mother?"),
    ("Bác Hùng bị làm sao thế?", "What's wrong with Uncle Hung?"),
    ("Điện thoại của bạn bị sao vậy?", "What's wrong with your phone?"),
    ("Máy tính của mẹ tôi bị sao vậy?", "What's wrong with my mother's computer?"),
    ("Tivi này bị gì vậy?", "What's wrong with this TV?"),
    # v8: "What's the matter?" (right), "What's this?", "What about him?", "Is she something?"
    ("Có chuyện gì vậy?", "What's the matter?"),
    ("Chuyện gì thế?", "What's going on?"),
    ("Có chuyện gì với anh ấy vậy?", "What's the matter with him?"),
    ("Cô ấy có chuyện gì vậy?", "What's the matter with her?"),
    # v8: "What isn't it true?", "That's not OK."
    ("Có gì không ổn à?", "Is something wrong?"),
    ("Có chuyện gì không ổn sao?", "Is something wrong?"),
    ("Có gì không ổn với điện thoại của bạn à?", "Is something wrong with your phone?"),
    ("Có gì đó không ổn.", "Something's wrong."),
    ("Điện thoại của tôi có gì đó không ổn.", "Something's wrong with my phone."),
    # v8: "Who's OK?", "Did it all right?", "All things are OK.", "Things remain stable."
    ("Mọi chuyện ổn chứ?", "Is everything OK?"),
    ("Mọi chuyện có ổn không?", "Is everything OK?"),
    ("Mọi việc ổn cả chứ?", "Is everything OK?"),
    ("Mọi chuyện đều ổn.", "Everything's fine."),
    ("Mọi chuyện vẫn ổn.", "Everything's still fine."),
    # v8: "There's nothing.", "There was something happened to her.", "It's happened to my mother."
    ("Không có chuyện gì cả.", "Nothing's wrong."),
    ("Không có chuyện gì xảy ra cả.", "Nothing happened."),
    ("Không có chuyện gì xảy ra với cô ấy cả.", "Nothing happened to her."),
    ("Có chuyện xảy ra với cô ấy.", "Something happened to her."),
    ("Đã có chuyện xảy ra với mẹ tôi.", "Something happened to my mother."),
    # not: "xe" alone (a car, a motorbike, a bicycle), "anh" in a statement (the speaker or "you"), "you" with "có
    # chuyện gì" (may be "what is it?"), "Có sao không?" and "Có chuyện gì không?" (are you OK, does it matter, what is
    # it?), "Không có gì cả." (nothing; you're welcome), the future, said where asked, "đang" with whom, "có … chứ"
    ("Có gì đó không ổn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Xe bạn bị sao vậy?", None), ("Xe của bạn bị sao vậy?", None), ("Có chuyện xảy ra với anh.", None),
    ("Bạn có chuyện gì vậy?", None), ("Có sao không?", None), ("Có chuyện gì không?", None),
    ("Không có gì cả.", None), ("Chuyện gì sẽ xảy ra?", None), ("Bạn bị sao.", None), ("Chuyện gì?", None),
    ("Chuyện gì đang xảy ra với cô ấy?", None), ("Mọi chuyện có ổn chứ?", None), ("Sao vậy?", None),
    ("Bạn có sao không?", None), ("Điện thoại của tôi bị hỏng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cái gì đã xảy ra?", "Cái gì đã xảy ra với bạn?", "Cái gì đã xảy ra ở đây?", "Cái gì đang xảy ra?"
    ("What happened?", "Chuyện gì đã xảy ra vậy?"),
    ("What's happened?", "Chuyện gì đã xảy ra vậy?"),
    ("What happened to you?", "Chuyện gì đã xảy ra với bạn vậy?"),
    ("What happened to her?", "Chuyện gì đã xảy ra với cô ấy vậy?"),
    ("What happened to Lan?", "Chuyện gì đã xảy ra với Lan vậy?"),
    ("What happened to your car?", "Chuyện gì đã xảy ra với xe của bạn vậy?"),
    ("What happened here?", "Chuyện gì đã xảy ra ở đây vậy?"),
    ("What's going on?", "Chuyện gì đang xảy ra vậy?"),
    ("What's happening here?", "Chuyện gì đang xảy ra ở đây vậy?"),
    # v8: "Có điều gì đó xảy ra không?", "Có cái gì đó xảy ra không?"
    ("Did something happen?", "Có chuyện gì xảy ra à?"),
    ("Did something happen to him?", "Có chuyện gì xảy ra với anh ấy à?"),
    ("Has anything happened?", "Có chuyện gì xảy ra à?"),
    # v8: "Sai lầm?", "Bạn sai với bạn?", "Anh ta sai với anh ta?", "Mẹ tôi sai lầm là gì?", "Xe hơi của bạn là gì?",
    # "Vấn đề là gì?", "Vấn đề với cô ấy là gì?"
    ("What's wrong?", "Có chuyện gì vậy?"),
    ("What's wrong with you?", "Bạn bị sao vậy?"),
    ("What's wrong with him?", "Anh ấy bị sao vậy?"),
    ("What is wrong with my mother?", "Mẹ tôi bị sao vậy?"),
    ("What's wrong with your car?", "Xe của bạn bị sao vậy?"),
    ("What's wrong with my mother's laptop?", "Máy tính xách tay của mẹ tôi bị sao vậy?"),
    ("What's the matter?", "Có chuyện gì vậy?"),
    ("What's the matter with her?", "Cô ấy bị sao vậy?"),
    # v8: "Có cái gì đó sai không?", "Có điều gì sai không?", "Có cái gì đó sai với điện thoại của bạn không?"
    ("Is something wrong?", "Có chuyện gì không ổn à?"),
    ("Is there anything wrong?", "Có chuyện gì không ổn à?"),
    ("Is something wrong with your phone?", "Có chuyện gì không ổn với điện thoại của bạn à?"),
    # v8: "Có cái gì đó sai.", "Xe hơi của tôi bị gì đó sai.", "Có cái gì đó sai với xe tôi."
    ("Something is wrong.", "Có gì đó không ổn."),
    ("Something's wrong with my car.", "Xe của tôi có gì đó không ổn."),
    ("There's something wrong with my car.", "Xe của tôi có gì đó không ổn."),
    # v8: "Có mọi thứ có ổn không?", "Có phải mọi thứ okay không?", "Tất cả mọi thứ đều đúng không?", "Mọi thứ đều ổn
    # định.", "Mọi thứ đều đúng."
    ("Is everything OK?", "Mọi chuyện ổn chứ?"),
    ("Is everything okay?", "Mọi chuyện ổn chứ?"),
    ("Is everything all right?", "Mọi chuyện ổn chứ?"),
    ("Everything all right?", "Mọi chuyện ổn chứ?"),
    ("Everything's OK.", "Mọi chuyện đều ổn."),
    ("Everything is all right.", "Mọi chuyện đều ổn."),
    ("Everything is still fine.", "Mọi chuyện vẫn ổn."),
    # v8: "Không có gì xảy ra.", "Không có gì sai.", "Cái gì đó xảy ra với cô ấy.", "Cái gì đó đã xảy ra với mẹ tôi."
    ("Nothing happened.", "Không có chuyện gì xảy ra cả."),
    ("Nothing happened to her.", "Không có chuyện gì xảy ra với cô ấy cả."),
    ("Nothing's wrong.", "Không có chuyện gì cả."),
    ("Something happened to her.", "Đã có chuyện xảy ra với cô ấy."),
    ("Something has happened to my mother.", "Đã có chuyện xảy ra với mẹ tôi."),
    # not: bad agreement or form ("Did something happened?", "Have something happened?", "What happen?", "to he",
    # "Everything are", "is … 's"), a statement without "is", "What's up?", a thing not known, "Are you okay?"
    # (mt/injuries.py), a watch (or a clock?), "it"
    ("Did something happened?", None), ("Have something happened?", None), ("What happen?", None),
    ("What happened to he?", None), ("Everything are fine.", None), ("Is everything's OK?", None),
    ("Everything good.", None), ("What's up?", None), ("What's wrong with this sentence?", None),
    ("Are you okay?", None), ("What happened to your watch?", None), ("What happened to it?", None),
    ("Something have happened.", None), ("Is everything OK.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
