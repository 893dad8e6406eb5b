"""Visas and passports applied for, for a country: needed, applied for, how long it takes, approved or refused, on
arrival, both ways (mt/visas.py)."""
import pytest

from mt.visas import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I need to get vitamins to America.", "I'm sorry to go to Australia.", "I have to leave passport."
    ("Tôi cần xin visa đi Mỹ.", "I need to apply for a visa to go to the US."),
    ("Tôi cần xin visa để đi Mỹ.", "I need to apply for a visa to go to the US."),
    ("Mẹ tôi cần xin visa đi Hàn Quốc.", "My mother needs to apply for a visa to go to Korea."),
    ("Tôi muốn xin visa đi Nhật.", "I want to apply for a visa to go to Japan."),
    ("Anh ấy phải xin thị thực sang Úc.", "He has to apply for a visa to go to Australia."),
    ("Tôi đang xin visa đi Úc.", "I'm applying for a visa to go to Australia."),
    ("Chúng tôi sẽ xin visa đi Canada.", "We'll apply for a visa to go to Canada."),
    ("Bạn có muốn làm visa không?", "Do you want to get a visa?"),
    ("Tôi phải làm lại hộ chiếu.", "I have to get a new passport."),
    ("Cô ấy cần làm hộ chiếu mới.", "She needs to get a new passport."),
    ("Tôi đã xin visa rồi.", "I've already applied for a visa."),
    ("Bạn đã xin visa chưa?", "Have you applied for a visa yet?"),
    ("Anh ấy chưa xin visa đi Mỹ.", "He hasn't applied for a visa to go to the US yet."),
    # v8: "Do I need to be violating Thailand?", "Americans are visa in Vietnam?"
    ("Tôi có cần visa đi Thái Lan không?", "Do I need a visa to go to Thailand?"),
    ("Người Mỹ có cần visa vào Việt Nam không?", "Do Americans need a visa to enter Vietnam?"),
    ("Tôi không cần visa đi Lào.", "I don't need a visa to go to Laos."),
    ("Bạn có cần visa Nhật không?", "Do you need a visa for Japan?"),
    # v8: "How long do you lose?", "How long does it take vitamins?", "How long does you lose the U.S.?"
    ("Xin visa mất bao lâu?", "How long does it take to apply for a visa?"),
    ("Làm visa mất bao lâu?", "How long does it take to get a visa?"),
    ("Xin visa đi Mỹ mất bao lâu?", "How long does it take to apply for a visa to go to the US?"),
    ("Làm lại hộ chiếu mất bao lâu vậy?", "How long does it take to get a new passport?"),
    ("Gia hạn visa mất bao lâu?", "How long does it take to renew a visa?"),
    # v8: "My Visa was browsered.", "Will his Visa browser?", "I've been vissa."
    ("Visa của tôi đã được duyệt.", "My visa has been approved."),
    ("Visa của anh ấy đã được duyệt chưa?", "Has his visa been approved yet?"),
    ("Visa của mẹ tôi bị từ chối.", "My mother's visa has been refused."),
    ("Tôi đã được cấp visa.", "I've been granted a visa."),
    ("Tôi bị từ chối visa.", "I've been refused a visa."),
    ("Anh ấy bị từ chối visa đi Mỹ.", "He's been refused a visa to go to the US."),
    ("Bạn được cấp visa chưa?", "Have you been granted a visa yet?"),
    # v8: "Can I ask visa at the store?", "Can I make visa at the airport?"
    ("Tôi có thể xin visa tại cửa khẩu không?", "Can I get a visa on arrival?"),
    ("Chúng tôi có thể làm visa ở sân bay được không?", "Can we get a visa at the airport?"),
    # not: mt/papers.py's (a visa needed or applied for with no country, renewed, expiring), "anh" saying it,
    # "đã xin" without "rồi" (applied, or has applied?), a visa had, refused asked with "chưa", "có" without "không",
    # a US passport (had, not got to go there)
    ("Tôi đã xin visa rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi cần xin visa.", None), ("Tôi có cần visa không?", None), ("Tôi cần gia hạn visa.", None),
    ("Hộ chiếu của tôi sắp hết hạn.", None), ("Anh cần xin visa đi Mỹ.", None), ("Tôi đã xin visa.", None),
    ("Bạn có visa Mỹ không?", None), ("Visa của bạn bị từ chối chưa?", None), ("Tôi có cần visa đi Mỹ.", None),
    ("Tôi xin visa tại cửa khẩu không?", None), ("Tôi cần xin visa anh.", None), ("Tôi đang xin visa rồi.", None),
    ("Tôi cần làm hộ chiếu Mỹ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cần áp dụng cho một vi-rút để đi đến Hoa Kỳ.", "Tôi muốn áp dụng cho vi-rút Hoa Kỳ."
    ("I need to apply for a visa to go to the US.", "Tôi cần xin visa đi Mỹ."),
    ("I want to apply for a visa to go to Japan.", "Tôi muốn xin visa đi Nhật Bản."),
    ("I'd like to apply for a visa.", "Tôi muốn xin visa."),
    ("My father has to apply for a visa for Australia.", "Bố tôi phải xin visa đi Úc."),
    ("She'll apply for a visa.", "Cô ấy sẽ xin visa."),
    # v8: "Tôi cần phải cảnh giác đến Nhật Bản.", "Tôi có cần cảnh giác đối với Việt Nam không?"
    ("I need a visa to go to Japan.", "Tôi cần visa đi Nhật Bản."),
    ("Do I need a visa for Vietnam?", "Tôi có cần visa đi Việt Nam không?"),
    ("Does she need a visa for Thailand?", "Cô ấy có cần visa đi Thái Lan không?"),
    ("Do Americans need a visa for Vietnam?", "Người Mỹ có cần visa đi Việt Nam không?"),
    ("Japanese people need a visa to enter the UK.", "Người Nhật cần visa để vào Anh."),
    ("She doesn't need a visa for Laos.", "Cô ấy không cần visa đi Lào."),
    # v8: "Tôi cần một con hộ chiếu mới."
    ("I need a new passport.", "Tôi cần làm hộ chiếu mới."),
    ("She needs to get a new passport.", "Cô ấy cần làm hộ chiếu mới."),
    # v8: "Tôi đã áp dụng vi-rút.", "Tôi đang áp dụng vi-rút."
    ("I've already applied for a visa.", "Tôi đã xin visa rồi."),
    ("He's applied for a visa.", "Anh ấy đã xin visa rồi."),
    ("Have you applied for a visa yet?", "Bạn đã xin visa chưa?"),
    ("I haven't applied for a visa yet.", "Tôi chưa xin visa."),
    ("I'm applying for a visa.", "Tôi đang xin visa."),
    ("We're applying for a visa for Japan.", "Chúng tôi đang xin visa đi Nhật Bản."),
    # v8: "Phải có một vi-ta-min bao lâu?", "Phải có bao lâu hộ chiếu?"
    ("How long does it take to get a visa?", "Làm visa mất bao lâu?"),
    ("How long does it take to get a passport?", "Làm hộ chiếu mất bao lâu?"),
    ("How long does it take to renew a passport?", "Gia hạn hộ chiếu mất bao lâu?"),
    # v8: "Vi-sa của tôi đã được tán thành.", "Tôi đã tán thành vi-ta-min.", "Tôi đã từ chối một vi-rút."
    ("My visa has been approved.", "Visa của tôi đã được duyệt."),
    ("My visa was approved.", "Visa của tôi đã được duyệt."),
    ("My mother's visa has been refused.", "Visa của mẹ tôi đã bị từ chối."),
    ("Has your visa been approved yet?", "Visa của bạn đã được duyệt chưa?"),
    ("I was refused a visa.", "Tôi đã bị từ chối visa."),
    ("I've been granted a visa.", "Tôi đã được cấp visa."),
    ("He has been refused a visa to enter the US.", "Anh ấy đã bị từ chối visa để vào Mỹ."),
    ("Have you been granted a visa yet?", "Bạn đã được cấp visa chưa?"),
    # v8: "Tôi có thể có vi-rút đến được không?", "… một cảnh giác khi đến đây không?"
    ("Can I get a visa on arrival?", "Tôi có thể xin visa tại cửa khẩu không?"),
    ("Can we get a visa at the airport?", "Chúng tôi có thể xin visa tại sân bay không?"),
    # not: mt/papers.py's (no country, renewed, expiring), bad agreement ("She need", "Does she needs", "I has",
    # "He were", "Does he has"), "Has your visa been refused?", "yet" said without "not"
    ("I need to apply for a visa.", None), ("Do I need a visa?", None), ("I need to renew my passport.", None),
    ("My passport is about to expire.", None), ("She need a visa for Japan.", None),
    ("Does she needs a visa for Japan?", None), ("I has been refused a visa.", None),
    ("He were refused a visa.", None), ("Does he has to get a passport?", None),
    ("Has your visa been refused?", None), ("I have applied for a visa yet.", None),
    ("He are applying for a visa.", None), ("I need to get a passport.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
