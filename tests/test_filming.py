"""Filming videos and livestreaming: who films what, with a phone or for a channel, who livestreams and sells on it,
who likes it, and "don't film me", both ways (mt/filming.py)."""
import pytest

from mt.filming import translate


@pytest.mark.parametrize("text, said", [
    # v8: "She is instream selling clothes.", "My mother was directly playing on Facebook."
    ("Cô ấy đang livestream bán quần áo.", "She's livestreaming to sell clothes."),
    ("Chị ấy đang live trên TikTok.", "She's livestreaming on TikTok."),
    ("Mẹ tôi đang phát trực tiếp trên Facebook.", "My mother is livestreaming on Facebook."),
    ("Bạn đang livestream à?", "Are you livestreaming?"),
    ("Bạn có đang livestream không?", "Are you livestreaming?"),
    # v8: "She livesstream every night."
    ("Chị ấy livestream mỗi tối.", "She livestreams every evening."),
    ("Mẹ tôi hay livestream bán hàng trên Facebook.", "My mother often livestreams on Facebook to sell things."),
    ("Bạn có livestream mỗi tối không?", "Do you livestream every evening?"),
    ("Lan thỉnh thoảng livestream bán mỹ phẩm.", "Lan sometimes livestreams to sell cosmetics."),
    ("Cô ấy chuyên livestream bán đồ ăn vặt.", "She livestreams to sell snacks."),
    ("Mẹ tôi không bao giờ livestream.", "My mother never livestreams."),
    # v8: "Lan will livestream cosmetic sales tonight."
    ("Hôm qua mẹ tôi livestream bán hàng trên TikTok.", "My mother livestreamed on TikTok to sell things yesterday."),
    ("Tối qua chúng tôi đã livestream trên YouTube.", "We livestreamed on YouTube last night."),
    ("Cô ấy vừa livestream bán giày.", "She's just livestreamed to sell shoes."),
    ("Lan sẽ livestream bán mỹ phẩm tối nay.", "Lan will livestream to sell cosmetics tonight."),
    ("Ngày mai chúng tôi sẽ livestream trên Facebook.", "We'll livestream on Facebook tomorrow."),
    # v8: "My mother didn't like to livestream."
    ("Mẹ tôi không thích livestream.", "My mother doesn't like livestreaming."),
    ("Bạn có thích livestream không?", "Do you like livestreaming?"),
    # v8: "I'm turning video to my YouTube channel.", "Are you filming video?"
    ("Tôi đang quay video cho kênh YouTube của tôi.", "I'm filming a video for my YouTube channel."),
    ("Chúng tôi đang quay video.", "We're filming a video."),
    ("Anh ấy đang quay phim bằng điện thoại.", "He's filming with his phone."),
    ("Bạn đang quay video à?", "Are you filming a video?"),
    ("Mẹ tôi đang quay video tiệc sinh nhật của con tôi.", "My mother is filming my child's birthday party."),
    # v8: "I turned my sister's wedding video.", "We just turned video to our TikTok channel."
    ("Tôi đã quay video đám cưới của chị tôi.", "I filmed my sister's wedding."),
    ("Anh ấy đã quay video đám cưới.", "He filmed the wedding."),
    ("Chúng tôi vừa quay video cho kênh TikTok của chúng tôi.", "We've just filmed a video for our TikTok channel."),
    ("Hôm qua tôi quay video đám cưới của bạn tôi.", "I filmed my friend's wedding yesterday."),
    ("Tôi sẽ quay video đám cưới của bạn.", "I'll film your wedding."),
    ("Lan vừa quay một video.", "Lan has just filmed a video."),
    # v8: "He specializes the wedding video."
    ("Anh ấy chuyên quay video đám cưới.", "He films weddings."),
    ("Anh ấy hay quay video đám cưới.", "He often films weddings."),
    ("Cô ấy đang livestream bán quần áo!", "She's livestreaming to sell clothes!"),
    ("Tôi quay video cho kênh YouTube của tôi mỗi tuần.", "I film videos for my YouTube channel every week."),
    ("Bạn có hay quay video bằng điện thoại không?", "Do you often film with your phone?"),
    ("Cô ấy thường quay video bằng điện thoại.", "She often films with her phone."),
    # v8: "He likes to turn videos with the phone."
    ("Anh ấy thích quay video bằng điện thoại.", "He likes filming with his phone."),
    ("Anh ấy rất thích quay phim.", "He really likes filming."),
    ("Bố tôi không thích quay video.", "My father doesn't like filming videos."),
    ("Bác Lan thích quay video bằng điện thoại.", "Aunt Lan likes filming with her phone."),
    # v8: "Don't turn my video.", "Don't turn me anymore.", "Don't turn videos."
    ("Đừng quay video tôi.", "Don't film me."),
    ("Đừng quay tôi nữa.", "Stop filming me."),
    ("Đừng quay video nữa.", "Stop filming."),
    ("Làm ơn đừng quay video mẹ tôi!", "Please don't film my mother!"),
    ("Đừng quay phim chúng tôi nhé.", "Don't film us."),
    # not: a plain verb with no time (he films weddings, or filmed the wedding?), "có … không?" with no habit word (do
    # you, or did you?), a bare video done or ahead (one or more?), "đám cưới" filmed now (a wedding, or the?), a
    # name's phone (his or hers?), "anh" alone saying it, "I" asked, a pet, "quay" turning, a "?" on a statement,
    # "có" with no "không", a day against the tense, "đang" with a habit, "chưa", "xong", watching, posting
    ("Anh ấy quay video đám cưới.", None), ("Bạn có quay video không?", None), ("Tôi đã quay video.", None),
    ("Cô ấy sẽ quay video.", None), ("Anh ấy đang quay video đám cưới.", None),
    ("Lan đang quay video bằng điện thoại.", None), ("Anh đang livestream.", None),
    ("Tôi có livestream mỗi tối không?", None), ("Con chó của tôi đang quay video.", None),
    ("Đừng quay lại.", None), ("Đừng quay nữa.", None), ("Đừng quay video.", None), ("Đừng quay video bạn.", None),
    ("Cô ấy đang livestream bán quần áo?", None), ("Bạn có livestream mỗi tối?", None),
    ("Ngày mai tôi đã livestream.", None), ("Hôm qua tôi sẽ livestream.", None),
    ("Chị ấy đang livestream mỗi tối.", None), ("Bạn đã quay video đám cưới chưa?", None),
    ("Anh ấy quay phim mỗi ngày.", None), ("Cô ấy livestream.", None), ("Cô ấy không livestream.", None),
    ("Anh ấy vừa livestream xong.", None), ("Em có đang livestream không ạ?", None),
    ("Tôi xem livestream mỗi tối.", None),
    ("Tôi đăng video lên YouTube.", None), ("She's livestreaming to sell clothes.", None),
    ("Cô ấy đang livestream bán quần áo nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    # "thường" with a time is "usually"; another word of how often with one says against it ("often … every day")
    ("Cô ấy thường livestream mỗi tối.", "She usually livestreams every evening."),
    ("Bạn có thường livestream mỗi tối không?", "Do you usually livestream every evening?"),
    ("Cô ấy thường quay video mỗi ngày.", "She usually films videos every day."),
    ("Anh ấy hay quay video mỗi ngày.", None), ("Anh ấy thỉnh thoảng quay video mỗi ngày.", None),
    ("Anh ấy không bao giờ livestream mỗi tối.", None), ("Anh ấy hiếm khi quay video mỗi tuần.", None),
    ("Bạn có hay quay video mỗi ngày không?", None), ("Cô ấy thường xuyên livestream mỗi tối.", None),
    # "vậy", "thế" ending a statement say more than English would (then, like that)
    ("Cô ấy đang livestream vậy.", None), ("Cô ấy đang livestream thế.", None),
    ("Tôi thích quay video đám cưới vậy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy đang sốngstream để bán quần áo.", "Mẹ tôi đang tham gia vào Facebook."
    ("She's livestreaming to sell clothes.", "Cô ấy đang livestream bán quần áo."),
    ("My mother is livestreaming on Facebook.", "Mẹ tôi đang livestream trên Facebook."),
    ("Are you livestreaming?", "Bạn có đang livestream không?"),
    ("Is Lan livestreaming on TikTok?", "Lan có đang livestream trên TikTok không?"),
    # v8: "Cô ấy sốngstream mỗi buổi tối.", "Bạn có thể sốngstream mỗi buổi tối không?"
    ("She livestreams every evening.", "Cô ấy livestream mỗi tối."),
    ("My mother often livestreams on Facebook to sell things.", "Mẹ tôi hay livestream bán hàng trên Facebook."),
    ("Do you livestream every evening?", "Bạn có livestream mỗi tối không?"),
    ("Does he often livestream?", "Anh ấy có hay livestream không?"),
    ("She livestreams to sell cosmetics.", "Cô ấy livestream bán mỹ phẩm."),
    ("They never livestream.", "Họ không bao giờ livestream."),
    # v8: "Lan sẽ sốngstream tối nay để bán mỹ phẩm."
    ("My mother livestreamed on TikTok yesterday.", "Hôm qua mẹ tôi đã livestream trên TikTok."),
    ("We livestreamed last night.", "Tối qua chúng tôi đã livestream."),
    ("He's just livestreamed.", "Anh ấy vừa livestream."),
    ("Lan will livestream to sell cosmetics tonight.", "Tối nay Lan sẽ livestream bán mỹ phẩm."),
    ("We'll livestream on Facebook tomorrow.", "Ngày mai chúng tôi sẽ livestream trên Facebook."),
    # v8: "Mẹ tôi không thích sốngstream."
    ("My mother doesn't like livestreaming.", "Mẹ tôi không thích livestream."),
    ("Do you like livestreaming?", "Bạn có thích livestream không?"),
    ("She loves livestreaming.", "Cô ấy rất thích livestream."),
    # v8: "Tôi đang quay phim phim cho kênh YouTube của tôi.", "Bạn đang quay phim không?"
    ("I'm filming a video for my YouTube channel.", "Tôi đang quay video cho kênh YouTube của tôi."),
    ("We're filming.", "Chúng tôi đang quay video."),
    ("Are you filming?", "Bạn có đang quay video không?"),
    ("He's filming with his phone.", "Anh ấy đang quay video bằng điện thoại."),
    ("I'm filming the wedding.", "Tôi đang quay video đám cưới."),
    ("My mother is filming my son's birthday party.", "Mẹ tôi đang quay video tiệc sinh nhật của con trai tôi."),
    # v8: "Anh ấy quay phim cưới.", "Tôi quay phim cưới của chị tôi.", "Chúng tôi vừa film một video cho …"
    ("I filmed my sister's wedding.", "Tôi đã quay video đám cưới của em gái tôi."),
    ("He filmed the wedding.", "Anh ấy đã quay video đám cưới."),
    ("We've just filmed a video for our TikTok channel.", "Chúng tôi vừa quay video cho kênh TikTok của chúng tôi."),
    ("I'll film your wedding.", "Tôi sẽ quay video đám cưới của bạn."),
    ("Lan has just filmed a video.", "Lan vừa quay một video."),
    # v8: "Anh ấy quay phim cưới." (no "chuyên": a job)
    ("He films weddings.", "Anh ấy chuyên quay video đám cưới."),
    ("He often films weddings.", "Anh ấy hay quay video đám cưới."),
    ("I film videos for my YouTube channel every week.", "Tôi quay video cho kênh YouTube của tôi mỗi tuần."),
    ("Do you often film with your phone?", "Bạn có hay quay video bằng điện thoại không?"),
    ("She usually films with her phone.", "Cô ấy thường quay video bằng điện thoại."),
    # v8: "Anh ấy thích quay phim bằng điện thoại." (right)
    ("He likes filming with his phone.", "Anh ấy thích quay video bằng điện thoại."),
    ("My father doesn't like filming.", "Bố tôi không thích quay video."),
    ("He likes filming weddings.", "Anh ấy thích quay video đám cưới."),
    ("Does your mother like filming?", "Mẹ bạn có thích quay video không?"),
    # v8: "Đừng quay phim tôi.", "Dừng ghi hình cho tôi.", "Dừng ghi hình."
    ("Don't film me.", "Đừng quay video tôi."),
    ("Stop filming me.", "Đừng quay video tôi nữa."),
    ("Stop filming.", "Đừng quay video nữa."),
    ("Please don't film my mother!", "Làm ơn đừng quay video mẹ tôi!"),
    ("Don't film us any more.", "Đừng quay video chúng tôi nữa."),
    # not: the verb not agreeing, no time or what ("He films videos.", "She livestreams."), "Do you film?" (no habit
    # word), a wedding not "the" or whose, weddings filmed once, the wedding as a habit, a pet, "I" asked, another's
    # phone ("his … her phone"), "Did …?", "have" with no "just", a day against the tense, a "?" on a statement,
    # "Don't film." (no filming here?), "you" filmed, other meanings of "film"
    ("She film weddings.", None), ("Are he filming?", None), ("I has just filmed a video.", None),
    ("He films videos.", None), ("She livestreams.", None), ("Do you film?", None), ("He's filming a wedding.", None),
    ("He filmed weddings.", None), ("He films the wedding.", None), ("My dog is filming.", None),
    ("Am I livestreaming?", None), ("He's filming with her phone.", None), ("Did you film the wedding?", None),
    ("We've filmed the wedding.", None), ("She will livestream yesterday.", None),
    ("I'm filming a video for my YouTube channel?", None), ("Don't film.", None), ("Don't film you.", None),
    ("I watched a film.", None), ("The film was great.", None), ("I filmed.", None),
    ("She is livestreaming every evening.", None), ("Cô ấy đang livestream.", None),
    ("I like filming with my mother's phone.", None),
    # "really" kept; "please" after it kept; "một" not in a question ("có đang quay một video không?")
    ("I really like filming.", "Tôi rất thích quay video."),
    ("He really likes filming.", "Anh ấy rất thích quay video."),
    ("Don't film me, please.", "Làm ơn đừng quay video tôi."), ("Stop filming, please.", "Làm ơn đừng quay video nữa."),
    ("Stop filming me, please!", "Làm ơn đừng quay video tôi nữa!"),
    ("Are you filming a video?", "Bạn có đang quay video không?"),
    ("Is Lan filming a video?", "Lan có đang quay video không?"),
    # "his", "her" of a name or kin, that may be theirs: "cô ấy", "anh ấy" is another, not the mother or father
    ("My mother filmed her daughter's graduation.", None), ("My father filmed his friend's wedding.", None),
    ("My father filmed his wedding.", None), ("Lan filmed her sister's wedding.", None),
    ("Lan filmed his wedding.", None),
    ("My brother filmed their wedding.", "Anh trai tôi đã quay video đám cưới của họ."),
    ("She’s filming her sister’s wedding.", "Cô ấy đang quay video đám cưới của em gái cô ấy."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
