"""The sky looked at: the sunset, the sunrise, the stars and the moon watched, a full moon, so many stars, a rainbow
or a shooting star, the moon bright and the sky blue, the sun setting or rising, both ways (mt/sky.py)."""
import pytest

from mt.sky import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I like to watch the smart.", "He likes to watch the sun.", "I want to see the sun grow.", "Let's see
    # sunrise!"
    ("Tôi thích ngắm hoàng hôn.", "I like watching the sunset."),
    ("Mẹ tôi thích ngắm bình minh.", "My mother likes watching the sunrise."),
    ("Tôi rất thích ngắm bình minh.", "I love watching the sunrise."),
    ("Anh ấy không thích ngắm sao.", "He doesn't like watching the stars."),
    ("Bạn có thích ngắm hoàng hôn không?", "Do you like watching the sunset?"),
    ("Bạn có muốn đi ngắm sao không?", "Do you want to go and watch the stars?"),
    ("Tôi muốn xem mặt trời mọc.", "I want to watch the sunrise."),
    ("Chúng tôi đã ngắm hoàng hôn.", "We watched the sunset."),
    ("Chúng tôi vừa ngắm bình minh.", "We just watched the sunrise."),
    ("Chúng ta sẽ ngắm bình minh.", "We'll watch the sunrise."),
    ("Chúng ta đi ngắm hoàng hôn nhé.", "Let's go and watch the sunset."),
    ("Đi ngắm hoàng hôn đi!", "Let's go and watch the sunset!"),
    ("Tối nay chúng ta đi ngắm sao nhé.", "Let's go and watch the stars tonight."),
    # v8: "Tonight, rounded Moon.", "Tonight, has a rounded moon.", "There are many copies too.", "Tonight, too many
    # copies!"
    ("Tối nay trăng tròn.", "There's a full moon tonight."),
    ("Tối nay có trăng tròn không?", "Is there a full moon tonight?"),
    ("Đêm nay là đêm trăng tròn.", "There's a full moon tonight."),
    ("Tối mai trăng tròn.", "There will be a full moon tomorrow night."),
    ("Có nhiều sao quá.", "There are so many stars."),
    ("Tối nay nhiều sao quá!", "There are so many stars tonight!"),
    ("Trên trời có rất nhiều sao.", "There are a lot of stars in the sky."),
    # v8: "Looking at the squiring, the bridge!", "There was a squiring demand!", "Look at the end of the iceberg!",
    # "What do you see bandwidth?", "I've seen starch."
    ("Nhìn những ngôi sao kìa!", "Look at the stars!"),
    ("Nhìn lên trời kìa!", "Look up at the sky!"),
    ("Nhìn cầu vồng kìa!", "Look at the rainbow!"),
    ("Cầu vồng kìa!", "Look, a rainbow!"),
    ("Có cầu vồng kìa!", "Look, there's a rainbow!"),
    ("Nhìn kìa, sao băng!", "Look, a shooting star!"),
    ("Bạn có thấy sao băng không?", "Did you see the shooting star?"),
    ("Bạn có nhìn thấy ngôi sao băng đó không?", "Did you see that shooting star?"),
    ("Tôi vừa thấy sao băng.", "I just saw a shooting star."),
    ("Mẹ tôi đã thấy cầu vồng.", "My mother saw a rainbow."),
    # v8: "The breakfast was too bright!", "The beautiful teeth!", "The sky is too green today.", "The sun is
    # beautiful!", "The sun grows.", "The sun shook.", "The sun is about to twist."
    ("Trăng sáng quá!", "The moon is so bright!"),
    ("Trăng hôm nay sáng quá.", "The moon is so bright tonight."),
    ("Trăng đẹp quá!", "The moon is so beautiful!"),
    ("Hôm nay trời xanh quá.", "The sky is so blue today."),
    ("Bầu trời hôm nay trong xanh quá.", "The sky is so clear today."),
    ("Bầu trời đầy sao.", "The sky is full of stars."),
    ("Hoàng hôn đẹp quá!", "The sunset is so beautiful!"),
    ("Mặt trời mọc rồi.", "The sun has risen."),
    ("Mặt trời lặn rồi.", "The sun has set."),
    ("Mặt trời sắp lặn.", "The sun is about to set."),
    ("Mặt trời đang lặn.", "The sun is setting."),
    ("Mấy giờ mặt trời mọc?", "What time does the sun rise?"),
    # not: "xem sao" (let's see how it goes), "sao" asked (why), "anh" saying it (may be the speaker), no tense (does
    # or did?), told to the listener, a rainbow asked (do or did you see?), the weather, "sao" alone pointed to, a name
    ("Để tôi xem sao.", None), ("Tôi muốn xem sao.", None), ("Sao nhiều quá?", None),
    ("Anh muốn xem mặt trời mọc.", None), ("Tôi ngắm hoàng hôn.", None), ("Ngắm hoàng hôn nhé.", None),
    ("Bạn có thấy cầu vồng không?", None), ("Tôi thấy sao băng.", None), ("Trời đẹp quá.", None),
    ("Nhìn sao kìa!", None), ("Mặt trời lặn.", None), ("Tại sao bạn không ngắm hoàng hôn?", None),
    ("Bình Minh đẹp quá!", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng ta hãy xem ánh nắng mặt trời." (sunshine), "Tôi thích xem ánh nắng mặt trời."
    ("Let's watch the sunset.", "Chúng ta ngắm hoàng hôn nhé."),
    ("Let's go and watch the sunrise!", "Chúng ta đi ngắm bình minh nhé!"),
    ("Let's watch the stars tonight.", "Tối nay chúng ta ngắm sao nhé."),
    ("I like watching the sunrise.", "Tôi thích ngắm bình minh."),
    ("I like to watch the sunset.", "Tôi thích ngắm hoàng hôn."),
    ("She likes watching the stars.", "Cô ấy thích ngắm sao."),
    ("My mother loves watching the sunset.", "Mẹ tôi rất thích ngắm hoàng hôn."),
    ("Does he like watching the sunset?", "Anh ấy có thích ngắm hoàng hôn không?"),
    ("Would you like to watch the sunset?", "Bạn có muốn ngắm hoàng hôn không?"),
    ("Do you want to go and watch the stars?", "Bạn có muốn đi ngắm sao không?"),
    ("I'd like to watch the sunrise.", "Tôi muốn ngắm bình minh."),
    ("He doesn't like watching the moon.", "Anh ấy không thích ngắm trăng."),
    ("We watched the sunset.", "Chúng tôi đã ngắm hoàng hôn."),
    ("We'll watch the sunrise.", "Chúng tôi sẽ ngắm bình minh."),
    ("I love stargazing.", "Tôi rất thích ngắm sao."),
    # v8: "Có trăng đầy tối nay.", "Đó là một mặt trăng đầy đủ tối nay.", "Chăm sóc, một con mưa!" (take care, a rain)
    ("There's a full moon tonight.", "Tối nay có trăng tròn."),
    ("It's a full moon tonight.", "Tối nay có trăng tròn."),
    ("Will there be a full moon tomorrow night?", "Tối mai có trăng tròn không?"),
    ("There are so many stars tonight.", "Tối nay có nhiều sao quá."),
    ("There are a lot of stars in the sky.", "Trên trời có rất nhiều sao."),
    ("Look at the stars!", "Nhìn những ngôi sao kìa!"),
    ("Look at the moon!", "Nhìn trăng kìa!"),
    ("Look up at the sky!", "Nhìn lên trời kìa!"),
    ("Look, a rainbow!", "Nhìn kìa, cầu vồng!"),
    ("Look, there's a rainbow!", "Nhìn kìa, có cầu vồng!"),
    # v8: "Bạn có thấy ngôi sao bắn không?" (shot), "Mặt trời đang diễn ra." (taking place), "Mặt trời đã bắt đầu."
    # (begun), "Bầu trời ngày nay rõ ràng." (nowadays, obvious), "Mặt trời đẹp là gì!"
    ("Did you see the shooting star?", "Bạn có thấy sao băng không?"),
    ("Did you see that shooting star?", "Bạn có thấy ngôi sao băng đó không?"),
    ("I just saw a shooting star.", "Tôi vừa thấy một ngôi sao băng."),
    ("She's just seen a rainbow.", "Cô ấy vừa thấy cầu vồng."),
    ("The moon is so bright tonight.", "Tối nay trăng sáng quá."),
    ("The moon's very bright.", "Trăng rất sáng."),
    ("The sky is so blue today.", "Hôm nay bầu trời xanh quá."),
    ("The sky is so clear today.", "Hôm nay bầu trời trong xanh quá."),
    ("What a beautiful sunset!", "Hoàng hôn đẹp quá!"),
    ("The sun is setting.", "Mặt trời đang lặn."),
    ("The sun has set.", "Mặt trời lặn rồi."),
    ("The sun is about to set.", "Mặt trời sắp lặn rồi."),
    ("The sun has just risen.", "Mặt trời vừa mọc."),
    ("What time is sunrise?", "Mấy giờ mặt trời mọc?"),
    # not: the verb not agreeing with who, "that" with many, the moon blue, a habit without a time
    ("She like watching the stars.", None), ("Does he likes watching the sunset?", None),
    ("Do she like watching the sunset?", None), ("Did you saw the shooting star?", None),
    ("She have just seen a rainbow.", None), ("Look at that stars!", None), ("The moon is blue.", None),
    ("I watch the sunset.", None), ("Look at the star!", None), ("He's a big star.", None),
    # "too" with what cannot be too much (was "Bầu trời xanh quá.", so blue)
    ("The sky is too blue.", None), ("The sky is too clear today.", None), ("The sunset is too beautiful.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tối nay trăng tròn.", "en", "vi") is None
    assert translate("Look, a rainbow!", "vi", "en") is None
    assert translate("Look, a rainbow!", "en", "fr") is None
