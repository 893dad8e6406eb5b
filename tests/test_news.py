"""News: heard the news, any news, no news yet, good or bad news, news called great, seen on the news or read in the
paper, both ways (mt/news.py)."""
import pytest

from mt.news import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Did you hear anything?", "Did you hear you trust?", "I don't hear anything about him."
    ("Bạn nghe tin chưa?", "Have you heard the news?"),
    ("Bạn đã nghe tin gì chưa?", "Have you heard any news?"),
    ("Bạn đã nghe tin về anh ấy chưa?", "Have you heard the news about him?"),
    ("Mẹ bạn đã nghe tin chưa?", "Has your mother heard the news?"),
    ("Bạn có nghe tin về Lan không?", "Did you hear the news about Lan?"),
    ("Anh đã nghe tin chưa?", "Have you heard the news?"),
    ("Tôi đã nghe tin rồi.", "I've heard the news."),
    ("Bác Hùng đã nghe tin rồi.", "Uncle Hung has heard the news."),
    ("Tôi vừa nghe tin.", "I just heard the news."),
    ("Tôi chưa nghe tin gì về anh ấy.", "I haven't heard any news about him."),
    ("Cô ấy chưa nghe tin.", "She hasn't heard the news."),
    # v8: "Are there a new news?", "What about him?", "What do you believe from your brother?", "What is believed?"
    ("Có tin gì mới không?", "Any news?"),
    ("Có tin gì về anh ấy không?", "Any news about him?"),
    ("Có tin gì từ anh trai bạn không?", "Any news from your brother?"),
    ("Đã có tin gì chưa?", "Any news yet?"),
    ("Bạn có tin gì về anh ấy không?", "Do you have any news about him?"),
    ("Mẹ bạn có tin gì mới không?", "Does your mother have any news?"),
    # v8: "There's no believe.", "I haven't believed anything about him."
    ("Vẫn chưa có tin gì.", "Still no news."),
    ("Chưa có tin gì cả.", "No news yet."),
    ("Không có tin gì về anh ấy.", "There's no news about him."),
    ("Tôi chưa có tin gì từ anh ấy.", "I haven't had any news from him."),
    # v8: "I have a good news.", "I'm good news for you.", "My mother had bad news."
    ("Tôi có một tin tốt.", "I have some good news."),
    ("Tôi có tin vui cho bạn.", "I have good news for you."),
    ("Mẹ tôi có tin xấu.", "My mother has bad news."),
    ("Anh ấy có một tin buồn.", "He has some sad news."),
    # v8: "It's great news!", "That's too good!", "The good news is too!"
    ("Tin tuyệt vời!", "Great news!"),
    ("Tin vui quá!", "That's great news!"),
    ("Tin buồn quá.", "That's such sad news."),
    ("Đó là tin tốt.", "That's good news."),
    ("Thật là tin tuyệt vời!", "That's great news!"),
    # v8: "I watched on news.", "I saw it over time.", "I read on the newspaper.", "I read on the network."
    ("Tôi xem trên tin tức.", "I saw it on the news."),
    ("Tôi thấy trên thời sự.", "I saw it on the news."),
    ("Bố tôi đã xem trên tivi.", "My father saw it on TV."),
    ("Tôi vừa nghe trên đài.", "I just heard it on the radio."),
    ("Tôi đọc được trên báo.", "I read it in the paper."),
    ("Tôi đã đọc trên mạng.", "I read it online."),
    ("Bạn có thấy trên tin tức không?", "Did you see it on the news?"),
    ("Bạn có đọc tin đó trên báo không?", "Did you read it in the paper?"),
    # v8: "That's going to report.", "That was up at the time."
    ("Chuyện đó lên báo rồi.", "It was in the paper."),
    ("Chuyện đó đã lên thời sự.", "It was on the news."),
    ("Tin đó có lên tivi không?", "Was it on TV?"),
    # not: "anh", "em" saying it (may be the speaker), "tin" believed, messages (mt/messages.py), "nó" (it or him),
    # a plain "xem" or "nghe" but on the news (a habit too), reading the paper now (mt/doing_now.py), "Tin tốt đây!"
    # (v8 has it), "lên báo" with no "đã" or "rồi", "tin gì" with no "mới" or "về" asked of who (believe?), "đọc"
    # on the radio, "nghe tin" plain (when?)
    ("Tin buồn quá nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh có tin vui.", None), ("Em vừa nghe tin.", None), ("Bạn có tin không?", None), ("Tôi có tin nhắn.", None),
    ("Có tin nhắn gì không?", None), ("Nó đã lên tin tức.", None), ("Tôi xem trên tivi.", None),
    ("Tôi nghe trên đài.", None), ("Bạn có xem trên tivi không?", None), ("Bố tôi đang đọc báo.", None),
    ("Tôi đang xem tin tức.", None), ("Tin tốt đây!", None), ("Chuyện đó lên báo.", None),
    ("Bạn có tin gì không?", None), ("Tôi đọc trên đài.", None), ("Tôi nghe tin.", None),
    ("Bạn có tin vui không?", None), ("Tôi tin anh ấy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có nghe tin tức không?", "Tôi chỉ nghe tin tức." (only), "Tôi không nghe được tin tức nào."
    ("Have you heard the news?", "Bạn nghe tin chưa?"),
    ("Did you hear the news?", "Bạn nghe tin chưa?"),
    ("Have you heard the news about Lan?", "Bạn nghe tin về Lan chưa?"),
    ("Has she heard the news?", "Cô ấy nghe tin chưa?"),
    ("Have you heard anything about my brother?", "Bạn nghe tin gì về anh trai tôi chưa?"),
    ("I've heard the news.", "Tôi đã nghe tin rồi."),
    ("She's heard the news.", "Cô ấy đã nghe tin rồi."),
    ("I just heard the news.", "Tôi vừa nghe tin."),
    ("My mother heard the news.", "Mẹ tôi đã nghe tin."),
    ("I haven't heard any news.", "Tôi chưa nghe tin gì."),
    ("He hasn't heard the news yet.", "Anh ấy chưa nghe tin."),
    # v8: "Bất kỳ tin nào?", "Bất kỳ tin tức nào từ anh em của bạn?", "Bất kỳ tin nào vẫn chưa?"
    ("Any news?", "Có tin gì mới không?"),
    ("Any news about him?", "Có tin gì về anh ấy không?"),
    ("Any news from your brother?", "Có tin gì từ anh trai bạn không?"),
    ("Is there any news?", "Có tin gì mới không?"),
    ("Any news yet?", "Đã có tin gì chưa?"),
    ("Does she have any news about Lan?", "Cô ấy có tin gì về Lan không?"),
    # v8: "Tuy nhiên vẫn chưa có tin nào." (however), "Chẳng có tin nào cả."
    ("No news yet.", "Chưa có tin gì."),
    ("There's still no news.", "Vẫn chưa có tin gì."),
    ("There's no news about him.", "Không có tin gì về anh ấy."),
    # v8: "Tôi đã có tin xấu.", "Tôi có một số tin vui."
    ("I've got bad news.", "Tôi có tin xấu."),
    ("I have some good news.", "Tôi có một tin vui."),
    ("I have good news for you.", "Tôi có tin vui cho bạn."),
    ("She has some sad news.", "Cô ấy có một tin buồn."),
    # v8: "Tin tức lớn!", "Tin tức vĩ đại!"
    ("Great news!", "Tin tuyệt vời!"),
    ("What great news!", "Tin tuyệt vời quá!"),
    ("That's good news.", "Đó là tin vui."),
    ("That's great news!", "Đó là tin tuyệt vời!"),
    # v8: "Tôi nhìn thấy nó trên tin tức.", "Tôi đọc nó trong giấy." (paper), "Tôi nghe thấy nó trên radio."
    ("I saw it on the news.", "Tôi đã xem trên tin tức."),
    ("My father saw it on TV.", "Bố tôi đã xem trên tivi."),
    ("I heard it on the radio.", "Tôi đã nghe trên đài."),
    ("I read it in the paper.", "Tôi đã đọc trên báo."),
    ("I just read about it online.", "Tôi vừa đọc trên mạng."),
    ("Did you see it on the news?", "Bạn có thấy trên tin tức không?"),
    ("Did you read it in the newspaper?", "Bạn có đọc trên báo không?"),
    # v8: "Đó là tin tức.", "Đó là trong bài báo."
    ("It was on the news.", "Chuyện đó đã lên tin tức."),
    ("It was in the paper.", "Chuyện đó đã lên báo."),
    ("Was it on TV?", "Chuyện đó có lên tivi không?"),
    # not: bad agreement ("I has", "She have", "Have she", "Do she", "Did you heard"), "heard … in the paper", "saw
    # about it", "read it on the radio", "any news" said, "heard" asked of the radio ("nghe" asks "listen" too), "it
    # is" (now), "he was on TV" (him), a proverb, "I didn't hear" (the model's), messages (mt/messages.py)
    ("I has heard the news.", None), ("She have good news.", None), ("Have she heard the news?", None),
    ("Do she have any news about him?", None), ("Did you heard the news?", None), ("I heard it in the paper.", None),
    ("I saw about it on the news.", None), ("I read it on the radio.", None), ("I heard any news.", None),
    ("Did you hear it on the radio?", None), ("It is on the news.", None), ("He was on TV.", None),
    ("No news is good news.", None), ("I didn't hear the news.", None), ("Did you get my message?", None),
    ("I hear the news.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Any news?", "en", "fr") is None
