"""Women's Day, International (8 March) and Vietnamese (20 October): the greeting, a happy day wished, presents given
or bought for it, what someone gave, and the day itself, both ways (mt/womens_day.py)."""
import pytest

from mt.womens_day import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He congratulated March 8!", "He congratulates the International Women's Day!", "Happy Vietnam's Day!",
    # "Helcome October 20!", "Happy 20/10!"
    ("Chúc mừng ngày 8/3!", "Happy Women's Day!"),
    ("Chúc mừng ngày 8 tháng 3!", "Happy Women's Day!"),
    ("Chúc mừng ngày Quốc tế Phụ nữ!", "Happy International Women's Day!"),
    ("Chúc mừng ngày Quốc tế Phụ nữ 8/3!", "Happy International Women's Day (March 8)!"),
    ("Chúc mừng ngày Phụ nữ Việt Nam!", "Happy Vietnamese Women's Day!"),
    ("Chúc mừng ngày 20/10!", "Happy Vietnamese Women's Day!"),
    ("Chúc mừng 20/10 nhé!", "Happy Vietnamese Women's Day!"),
    ("Xin chúc mừng ngày Phụ nữ Việt Nam 20/10.", "Happy Vietnamese Women's Day (October 20)."),
    # v8: "Have your mother March 8 happy!", "Have your siblings March 8 happy!", "Have you October 20 meanings!"
    ("Chúc mẹ ngày 8/3 vui vẻ!", "Happy Women's Day, Mum!"),
    ("Chúc các chị em ngày 8/3 vui vẻ!", "Happy Women's Day, ladies!"),
    ("Chúc mọi người ngày 20/10 vui vẻ!", "Happy Vietnamese Women's Day, everyone!"),
    ("Chúc bạn ngày 20/10 ý nghĩa!", "Wishing you a meaningful Vietnamese Women's Day!"),
    # v8: "I gave flowers to my mother March 8.", "I gave my wife a flower for March 8.", "October 20 he gave me a
    # flower.", "By March 8, my husband gave me perfume.", "The Land gave my mother a flower March 8."
    ("Tôi tặng hoa cho mẹ ngày 8 tháng 3.", "I gave my mother flowers on March 8."),
    ("Tôi tặng hoa cho vợ nhân ngày 8 tháng 3.", "I gave my wife flowers for Women's Day."),
    ("Ngày 20 tháng 10 anh ấy tặng tôi một bó hoa.", "He gave me a bunch of flowers on October 20."),
    ("Nhân ngày 8/3, chồng tôi tặng tôi nước hoa.", "My husband gave me perfume for Women's Day."),
    ("Chồng tôi tặng tôi một bó hoa hồng nhân ngày 20/10.",
     "My husband gave me a bunch of roses for Vietnamese Women's Day."),
    ("Lan tặng hoa cho mẹ tôi nhân ngày 8/3.", "Lan gave my mother flowers for Women's Day."),
    ("Chúng tôi tặng thiệp cho cô ấy nhân dịp 8/3.", "We gave her a card for Women's Day."),
    ("Tôi tặng hoa cho mẹ nhân ngày Phụ nữ.", "I gave my mother flowers for Women's Day."),
    # v8: "He bought chocolates for young girls on …", "My son bought a flower for his mother October 20.", "I'll give
    # her a present October 20.", "He plans to buy a flower for his March 8.", "He usually gives a flower for his …"
    ("Anh ấy đã mua sô-cô-la cho bạn gái nhân ngày Quốc tế Phụ nữ.",
     "He bought his girlfriend chocolates for International Women's Day."),
    ("Con trai tôi vừa mua hoa cho mẹ nhân ngày 20/10.",
     "My son has just bought his mother flowers for Vietnamese Women's Day."),
    ("Tôi sẽ tặng mẹ một món quà nhân ngày 20/10.", "I'll give my mother a present for Vietnamese Women's Day."),
    ("Chúng tôi sẽ mua hoa cho mẹ nhân ngày 20/10.", "We'll buy our mother flowers for Vietnamese Women's Day."),
    ("Anh ấy định mua nước hoa cho vợ nhân ngày 8/3.", "He's going to buy his wife perfume for Women's Day."),
    ("Anh ấy thường tặng hoa cho vợ vào ngày 8/3.", "He usually gives his wife flowers on Women's Day."),
    # v8: "I haven't bought 3 months for my wife.", "My husband hadn't bought my 20-10 present.", "I bought my wife
    # 8/3 presents.", "Have you bought a gift of 8/3 for your mother yet?", "Has he bought his wife 20/10 gift yet?"
    ("Tôi chưa mua quà 8 tháng 3 cho vợ.", "I haven't bought my wife a Women's Day present yet."),
    ("Chồng tôi chưa mua quà 20/10 cho tôi.", "My husband hasn't bought me a Vietnamese Women's Day present yet."),
    ("Tôi đã mua quà 8/3 cho vợ rồi.", "I've already bought my wife a Women's Day present."),
    ("Bạn đã mua quà 8/3 cho mẹ chưa?", "Have you bought your mother a Women's Day present yet?"),
    ("Anh đã mua quà 8/3 cho vợ chưa?", "Have you bought your wife a Women's Day present yet?"),
    ("Anh ấy mua quà 20/10 cho vợ chưa?", "Has he bought his wife a Vietnamese Women's Day present yet?"),
    # v8: "What do you give your wife March 8?", "What do your husband gives you an October 20?", "What would he buy
    # for his mother for 20/10?"
    ("Bạn đã tặng gì cho vợ nhân ngày 8/3?", "What did you give your wife for Women's Day?"),
    ("Chồng bạn đã tặng bạn gì nhân ngày 20/10?", "What did your husband give you for Vietnamese Women's Day?"),
    ("Anh ấy sẽ mua gì cho mẹ nhân dịp 20/10?", "What will he buy his mother for Vietnamese Women's Day?"),
    ("Bạn đã tặng gì cho vợ ngày 8/3?", "What did you give your wife on Women's Day?"),
    # v8: "Today is the International Women's Day.", "Tomorrow is a day of Vietnamese women.", "Vietnamese Women's Day
    # is October 20.", "What is the International Women's Day?", "It's up to March 8."
    ("Hôm nay là ngày Quốc tế Phụ nữ.", "Today is International Women's Day."),
    ("Ngày mai là ngày Phụ nữ Việt Nam.", "Tomorrow is Vietnamese Women's Day."),
    ("Ngày Phụ nữ Việt Nam là ngày 20 tháng 10.", "Vietnamese Women's Day is on October 20."),
    ("Ngày Quốc tế Phụ nữ là ngày nào?", "When is International Women's Day?"),
    ("Sắp đến ngày 8/3 rồi.", "Women's Day is coming soon."),
    # not: "bà" (a grandmother, or "you"?), a name's own kin (his or hers?), "anh" … "em" alone saying it, a pet, a "?"
    # on a statement, "có … không?" (does or did?), "mua" whom first with no "cho", "8/3" with neither "ngày" nor
    # "nhân", the day said twice or not at all (mt/gifts.py), a date (mt/dates.py), a date not the day's, "ngày Phụ
    # nữ" asked when (which one?), another date, no "ngày" before a named day, another word after the day, "sẽ" with
    # "rồi", one asking oneself, "Chúc mừng … không?", "nhỉ", oneself as whom, "em" wished (who?), a present got
    ("Mẹ tôi tặng hoa cho bà vào ngày 8/3.", None), ("Lan tặng hoa cho mẹ nhân ngày 8/3.", None),
    ("Chúng tôi chưa mua quà 8/3 cho vợ.", None), ("Họ đã tặng hoa cho vợ nhân ngày 8/3.", None),  # (each one's)
    ("Anh tặng hoa cho em nhân ngày 8/3.", None), ("Con mèo của tôi tặng hoa cho tôi nhân ngày 8/3.", None),
    ("Tôi tặng hoa cho mẹ nhân ngày 8/3?", None), ("Bạn có tặng hoa cho vợ nhân ngày 8/3 không?", None),
    ("Tôi mua vợ hoa nhân ngày 8/3.", None), ("Tôi tặng hoa cho mẹ 8/3.", None),
    ("Tôi mua quà 8/3 cho vợ nhân ngày 8/3.", None), ("Tôi mua quà cho vợ.", None), ("Hôm nay là ngày 8/3.", None),
    ("Ngày Phụ nữ Việt Nam là ngày 8 tháng 3.", None), ("Ngày Phụ nữ là ngày nào?", None),
    ("Tôi tặng hoa cho mẹ ngày 18/3.", None), ("Chúc mừng phụ nữ Việt Nam!", None),
    ("Phụ nữ Việt Nam rất đảm đang.", None), ("Tôi tặng hoa cho mẹ ngày 8 tháng 3 năm ngoái.", None),
    ("Tôi sẽ mua quà 8/3 cho vợ rồi.", None), ("Tôi đã tặng hoa cho mẹ nhân ngày 8/3 chưa?", None),
    ("Chúc mừng ngày 8/3 không?", None), ("Tôi tặng hoa cho mẹ ngày 8/3 nhỉ.", None),
    ("Tôi tặng hoa cho mình nhân ngày 8/3.", None), ("Chúc em ngày 8/3 vui vẻ!", None),
    ("Tôi nhận được hoa nhân ngày 8/3.", None), ("Tôi thích ngày 8/3.", None), ("Happy Women's Day!", None),
    ("hoa hoa 8/3 8/3", None),
    # review: kin alone after kin is the speaker's too (a parent, a sibling: "Bố tôi … cho mẹ" is my mother, not his),
    # or either's after a spouse; a plain "tặng gì" asked (did, or will? and of oneself: what should I?); a present
    # named by its day: "an" International, not "quà phụ nữ" (for women), not with the date after the name
    ("Bố tôi tặng hoa cho mẹ nhân ngày 8/3.", None), ("Mẹ tôi tặng hoa cho bố nhân ngày 8/3.", None),
    ("Anh trai tôi tặng hoa cho mẹ nhân ngày 8/3.", None), ("Bố bạn tặng hoa cho mẹ nhân ngày 8/3.", None),
    ("Chồng tôi tặng hoa cho mẹ nhân ngày 8/3.", None), ("Vợ tôi tặng hoa cho chồng nhân ngày 8/3.", None),
    ("Bố bạn đã tặng gì cho mẹ nhân ngày 8/3?", None), ("Chồng bạn đã tặng gì cho mẹ nhân ngày 20/10?", None),
    ("Bố tôi tặng hoa cho vợ nhân ngày 8/3.", "My father gave his wife flowers for Women's Day."),
    ("Con gái tôi tặng hoa cho bố nhân ngày 8/3.", "My daughter gave her father flowers for Women's Day."),
    ("Bạn tặng gì cho vợ nhân ngày 8/3?", None), ("Chồng bạn tặng bạn gì nhân ngày 20/10?", None),
    ("Mình tặng gì cho bạn gái nhân ngày 8/3?", None), ("Chúng ta tặng gì cho mẹ nhân ngày 8/3?", None),
    ("Tôi tặng quà ngày Quốc tế Phụ nữ cho vợ.", "I gave my wife an International Women's Day present."),
    ("Tôi tặng quà Quốc tế Phụ nữ cho vợ.", None), ("Cô ấy mua quà phụ nữ cho mẹ.", None),
    ("Cô ấy mua quà ngày Quốc tế Phụ nữ 8/3 cho mẹ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúc mừng ngày phụ nữ!", "Chúc mừng ngày phụ nữ, mẹ ơi!", "Chúc mừng ngày dành cho phụ nữ Việt Nam!", "Bạn
    # cũng có ý nghĩa về ngày phụ nữ Việt Nam!"
    ("Happy Women's Day!", "Chúc mừng ngày 8/3!"),
    ("Happy International Women's Day!", "Chúc mừng ngày Quốc tế Phụ nữ!"),
    ("Happy Vietnamese Women's Day!", "Chúc mừng ngày Phụ nữ Việt Nam!"),
    ("Happy Women’s Day, Mum!", "Chúc mẹ ngày 8/3 vui vẻ!"),
    ("Happy Vietnamese Women's Day, ladies!", "Chúc các chị em ngày Phụ nữ Việt Nam vui vẻ!"),
    ("Wishing you a meaningful Vietnamese Women's Day!", "Chúc bạn ngày Phụ nữ Việt Nam ý nghĩa!"),
    # v8: "Tôi tặng hoa tặng mẹ vào ngày 8 tháng 3.", "Anh ấy tặng tôi một đống hoa …", "Chồng tôi mua tôi hoa cho
    # ngày phụ nữ.", "Chúng tôi mua hàng cho mẹ ngày của chúng tôi cho người phụ nữ Việt."
    ("I gave my mother flowers on March 8.", "Tôi đã tặng hoa cho mẹ vào ngày 8 tháng 3."),
    ("He gave me a bunch of flowers on October 20.", "Anh ấy đã tặng một bó hoa cho tôi vào ngày 20 tháng 10."),
    ("I gave flowers to my mother on 8 March.", "Tôi đã tặng hoa cho mẹ vào ngày 8 tháng 3."),
    ("My husband bought me flowers for Women's Day.", "Chồng tôi đã mua hoa cho tôi nhân ngày 8/3."),
    ("Lan gave my mother a card for International Women's Day.",
     "Lan đã tặng một tấm thiệp cho mẹ tôi nhân ngày Quốc tế Phụ nữ."),
    ("We bought perfume for our mother for Vietnamese Women's Day.",
     "Chúng tôi đã mua nước hoa cho mẹ nhân ngày Phụ nữ Việt Nam."),
    ("He gave me flowers on Women's Day.", "Anh ấy đã tặng hoa cho tôi vào ngày 8/3."),
    # v8: "Anh ấy vừa mua cho tôi một đống hoa dành cho …", "Tôi sẽ cho vợ mình một hộp sô-cô-la cho ngày Phụ nữ.",
    # "Chúng tôi sẽ mua cho mẹ ngày lễ dành cho phụ nữ.", "Cô ấy thường tặng hoa tặng mẹ cho cô ấy vào ngày Phụ nữ."
    ("He's just bought me a bunch of flowers for Vietnamese Women's Day.",
     "Anh ấy vừa mua một bó hoa cho tôi nhân ngày Phụ nữ Việt Nam."),
    ("My son has already given his mother roses for Women's Day.",
     "Con trai tôi đã tặng hoa hồng cho mẹ nhân ngày 8/3 rồi."),
    ("I'll give my wife a box of chocolates for Women's Day.", "Tôi sẽ tặng một hộp sô-cô-la cho vợ nhân ngày 8/3."),
    ("We're going to buy our mother perfume for Women's Day.", "Chúng tôi định mua nước hoa cho mẹ nhân ngày 8/3."),
    ("She usually gives her mother flowers on Women's Day.", "Cô ấy thường tặng hoa cho mẹ vào ngày 8/3."),
    # v8: "Tôi chưa mua cho vợ tôi quà tặng ngày của phụ nữ.", "Bạn đã mua quà cho mẹ một ngày nào đó của mình chưa?",
    # "Có phải anh ấy tặng hoa cho Ngày Phụ nữ không?"
    ("I haven't bought my wife a Women's Day present yet.", "Tôi chưa mua quà 8/3 cho vợ."),
    ("My husband hasn't bought me a Vietnamese Women's Day gift yet.", "Chồng tôi chưa mua quà 20/10 cho tôi."),
    ("Have you bought your mother a Women's Day present yet?", "Bạn đã mua quà 8/3 cho mẹ chưa?"),
    ("Has he bought his wife a Women's Day gift yet?", "Anh ấy đã mua quà 8/3 cho vợ chưa?"),
    ("Did he give you flowers for Women's Day?", "Anh ấy có tặng hoa cho bạn nhân ngày 8/3 không?"),
    # v8: "Bạn đã làm gì cho vợ mình lấy ngày của phụ nữ?", "Anh ấy sẽ mua mẹ cho Ngày Phụ nữ Việt Nam là gì?"
    ("What did you give your wife for Women's Day?", "Bạn đã tặng gì cho vợ nhân ngày 8/3?"),
    ("What will he buy his mother for Vietnamese Women's Day?", "Anh ấy sẽ mua gì cho mẹ nhân ngày Phụ nữ Việt Nam?"),
    ("What did you give your wife on March 8?", "Bạn đã tặng gì cho vợ vào ngày 8 tháng 3?"),
    # v8: "Ngày nay là ngày quốc tế phụ nữ.", "Hôm qua là ngày của phụ nữ.", "Ngày phụ nữ sắp đến sớm."
    ("Today is International Women's Day.", "Hôm nay là ngày Quốc tế Phụ nữ."),
    ("Yesterday was Women's Day.", "Hôm qua là ngày 8/3."),
    ("Women's Day is coming soon.", "Sắp đến ngày 8/3 rồi."),
    # not: the verb not agreeing with who, "bought … to", "gave … for", a pet, women as whom, a date wished or as
    # today ("Today is March 8."), no day said, the day twice, "-ing" (now, or ahead?), a "?" on a statement, "Did …
    # gave", "haven't" without "yet", a present named by its date, "is" of yesterday, when the day is, the other way's
    # language, other meanings of "march"
    ("I has bought my wife flowers for Women's Day.", None),
    ("Have she bought her mother a Women's Day present yet?", None),
    ("I bought flowers to my mother on Women's Day.", None), ("I gave flowers for my mother on Women's Day.", None),
    ("My dog gave me flowers on Women's Day.", None), ("I gave flowers to women on Women's Day.", None),
    ("Happy March 8!", None), ("I gave my mother flowers.", None), ("Today is March 8.", None),
    ("She gave her mother a Women's Day present on Women's Day.", None),
    ("I'm giving my mother flowers on Women's Day.", None), ("I gave my mother flowers on Women's Day?", None),
    ("Did he gave you flowers for Women's Day?", None), ("He give me flowers on Women's Day.", None),
    ("I haven't bought my wife a Women's Day present.", None), ("I bought my wife a March 8 present.", None),
    ("Yesterday is Women's Day.", None), ("Women's Day is on March 8.", None), ("Chúc mừng ngày 8/3!", None),
    ("The women marched on March 8.", None), ("We will march in October.", None),
    # review: whose own after kin said alone (Vietnamese "mẹ" after "Bố tôi" is my mother), or as "anh ấy", "cô ấy"
    # (not said of one's own family); a partner, and after a child, kept
    ("My father gave his mother flowers for Women's Day.", None),
    ("My mother gave her mother flowers for Women's Day.", None),
    ("My brother gave his mother flowers for Women's Day.", None),
    ("My husband gave his mother flowers for Women's Day.", None),
    ("What did your husband give his mother for Women's Day?", None),
    ("My daughter gave her grandmother flowers for Women's Day.", None),
    ("My father gave his wife flowers for Women's Day.", "Bố tôi đã tặng hoa cho vợ nhân ngày 8/3."),
    ("My son gave his mother a card for Women's Day.", "Con trai tôi đã tặng một tấm thiệp cho mẹ nhân ngày 8/3."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
