"""Sending a letter, a parcel, a postcard or money somewhere or to someone, said, and what it costs and how long it
takes, asked, both ways (mt/post.py)."""
import pytest

from mt.post import translate


@pytest.mark.parametrize("text, said", [
    # v7: "I want to send this message to American."
    ("Tôi muốn gửi thư này đi Mỹ.", "I'd like to send this letter to America."),
    ("Tôi muốn gửi bưu kiện này đi Úc.", "I'd like to send this parcel to Australia."),  # v7: "… this post …"
    ("Tôi muốn gửi bức thư này sang Pháp.", "I'd like to send this letter to France."),
    ("Tôi muốn gửi tấm bưu thiếp này đi Hàn Quốc.", "I'd like to send this postcard to Korea."),
    ("Tôi muốn gửi gói hàng này vào Sài Gòn.", "I'd like to send this package to Saigon."),  # v7: "the Saigo"
    ("Tôi muốn gửi tiền về Việt Nam.", "I'd like to send money to Vietnam."),
    ("Tôi muốn gửi một lá thư đi Anh.", "I'd like to send a letter to the UK."),
    ("Tôi muốn gửi thư đi Đức.", "I'd like to send a letter to Germany."),  # v7: "… my message …"
    ("Tôi cần gửi bưu kiện này đi Đà Nẵng.", "I need to send this parcel to Da Nang."),
    ("Cho tôi gửi bưu kiện này đi Úc bằng đường biển.", "I'd like to send this parcel to Australia by sea."),
    ("Tôi muốn gửi thư này đi bằng đường hàng không.", "I'd like to send this letter by airmail."),
    ("Mẹ tôi muốn gửi tiền về Việt Nam.", "My mother wants to send money to Vietnam."),
    ("Anh ấy sẽ gửi hai tấm bưu thiếp về Việt Nam.", "He'll send two postcards to Vietnam."),
    ("Tôi đã gửi những tấm bưu thiếp này đi Pháp.", "I sent these postcards to France."),
    ("Tôi muốn gửi vài tấm bưu thiếp đi Đức.", "I'd like to send a few postcards to Germany."),
    ("Chúng tôi muốn gửi gói hàng này đi Singapore.", "We'd like to send this package to Singapore."),
    # to someone (v7: "I sent my mother."), and where they are
    ("Tôi đã gửi thư cho mẹ tôi.", "I sent a letter to my mother."),
    ("Lan vừa gửi quà cho mẹ cô ấy.", "Lan has just sent a gift to her mother."),
    ("Tôi muốn gửi tiền cho bố tôi ở Úc.", "I'd like to send money to my father in Australia."),
    ("Tôi muốn gửi thư này cho anh ấy.", "I'd like to send this letter to him."),
    # asked (v7: "How much do the American sends a message?", "How long does the American send a message?")
    ("Gửi thư đi Mỹ bao nhiêu tiền?", "How much is it to send a letter to America?"),
    ("Gửi bưu kiện này sang Úc hết bao nhiêu?", "How much is it to send this parcel to Australia?"),
    ("Gửi thư đi Mỹ mất bao lâu?", "How long does it take to send a letter to America?"),
    ("Gửi thư đi Mỹ bao lâu thì đến?", "How long does it take to send a letter to America?"),
    ("Gửi gói hàng này đi Nhật mất mấy ngày?", "How many days does it take to send this package to Japan?"),
    ("Gửi thư đi Mỹ bằng đường hàng không bao nhiêu tiền?",
     "How much is it to send a letter to America by airmail?"),
    ("Gửi thư này bao nhiêu tiền?", "How much is it to send this letter?"),
    # not: money nowhere or into a bank (put in, not sent); a word that does not count letters ("tấm thư"); "một …
    # này"; a place not known; "anh" saying it (may be the speaker); asked without "?"; said with "?"; luggage
    ("Tôi muốn gửi tiền.", None), ("Tôi muốn gửi tiền vào ngân hàng.", None),
    ("Tôi muốn gửi tiền vào tài khoản.", None), ("Tôi muốn gửi tấm thư này đi Mỹ.", None),
    ("Tôi muốn gửi một bức thư này đi Mỹ.", None), ("Gửi thư đi Xyz bao nhiêu tiền?", None),
    ("Anh muốn gửi thư đi Mỹ.", None), ("Gửi thư đi Mỹ bao nhiêu tiền.", None), ("Tôi muốn gửi thư đi Mỹ?", None),
    ("Tôi muốn gửi hành lý đi Mỹ.", None), ("Tôi muốn gửi những bức thư đi Mỹ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Tôi muốn gửi thư cho Pháp." (for France), with the term "parcel": "Tôi muốn gửi điều này bưu kiện Úc."
    ("I'd like to send a letter to France.", "Tôi muốn gửi thư đi Pháp."),
    ("I'd like to send this parcel to Australia.", "Tôi muốn gửi bưu kiện này đi Úc."),
    ("I want to send this letter to America.", "Tôi muốn gửi bức thư này đi Mỹ."),
    ("I want to send this package to Vietnam.", "Tôi muốn gửi gói hàng này về Việt Nam."),
    ("I want to send these postcards to the UK.", "Tôi muốn gửi những tấm bưu thiếp này đi Anh."),
    ("I'd like to send this letter to America by airmail.", "Tôi muốn gửi bức thư này đi Mỹ bằng đường hàng không."),
    ("My mother wants to send money to Vietnam.", "Mẹ tôi muốn gửi tiền về Việt Nam."),
    ("She has just sent a gift to her son.", "Cô ấy vừa gửi quà cho con trai cô ấy."),
    ("He's just sent two postcards to Hue.", "Anh ấy vừa gửi hai tấm bưu thiếp đi Huế."),
    ("We'll send this parcel to Japan.", "Chúng tôi sẽ gửi bưu kiện này đi Nhật Bản."),
    ("I need to send this parcel to Hue.", "Tôi cần gửi bưu kiện này đi Huế."),
    ("I want to send these two letters to Hanoi.", "Tôi muốn gửi hai bức thư này đi Hà Nội."),
    ("I'd like to send some money to my father in Australia.", "Tôi muốn gửi một ít tiền cho bố tôi ở Úc."),
    ("I sent a letter to my mother.", "Tôi đã gửi thư cho mẹ tôi."),  # v7: "Tôi gởi thư …"
    ("I sent the letter to my friend in Hanoi.", "Tôi đã gửi thư cho bạn tôi ở Hà Nội."),
    ("I've just sent a letter to him.", "Tôi vừa gửi thư cho anh ấy."),
    # asked (v7: "Hoa Kỳ tốn bao nhiêu tiền gửi thư cho Hoa Kỳ?", "Phải gửi thư đến Mỹ bao lâu?")
    ("How much is it to send a letter to America?", "Gửi thư đi Mỹ bao nhiêu tiền?"),
    ("How much does it cost to send a letter to the US?", "Gửi thư đi Mỹ bao nhiêu tiền?"),
    ("How much is it to send this parcel to Australia?", "Gửi bưu kiện này đi Úc bao nhiêu tiền?"),
    ("How long does it take to send a letter to America?", "Gửi thư đi Mỹ mất bao lâu?"),
    ("How long will it take to send this letter to Da Lat?", "Gửi bức thư này đi Đà Lạt mất bao lâu?"),
    ("How many days does it take to send a parcel to Australia?", "Gửi bưu kiện đi Úc mất mấy ngày?"),
    # not: the verb not agreeing with who; the number not agreeing with what; money nowhere; a place not known
    ("My mother want to send money to Vietnam.", None), ("I wants to send money to Vietnam.", None),
    ("I's just sent a letter to Hue.", None), ("I want to send this letters to America.", None),
    ("I want to send these letter to America.", None), ("I want to send a money to America.", None),
    ("I want to send two letter to America.", None), ("I want to send money.", None),
    ("I want to send a letter to Mars.", None), ("I want to send a letter to my parents.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi muốn gửi thư này đi Mỹ.", "en", "vi") is None
    assert translate("I want to send this letter to America.", "vi", "en") is None
