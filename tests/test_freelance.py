"""Working for oneself: freelancing, self-employed, one's own boss, a business had, run, opened or started, and wanted,
both ways (mt/freelance.py)."""
import pytest

from mt.freelance import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I do the self-employed.", "I do free.", "I do it.", "She self-employed.", "Do you do free?"
    ("Tôi làm nghề tự do.", "I'm a freelancer."),
    ("Tôi làm tự do.", "I'm a freelancer."),
    ("Tôi làm freelance.", "I'm a freelancer."),
    ("Cô ấy làm nghề tự do.", "She's a freelancer."),
    ("Bạn có làm tự do không?", "Are you a freelancer?"),
    ("Anh có làm tự do không?", "Are you a freelancer?"),
    ("Tôi là freelancer.", "I'm a freelancer."),
    ("Họ làm nghề tự do.", "They're freelancers."),
    ("Tôi không làm tự do.", "I'm not a freelancer."),
    ("Tôi vẫn làm nghề tự do.", "I'm still a freelancer."),
    ("Chị ấy đang làm tự do.", "She's working freelance."),
    # v8: "My younger brother freelance."
    ("Em trai tôi làm nhiếp ảnh gia tự do.", "My younger brother is a freelance photographer."),
    # v8: "I'm going to business myself.", "He did himself.", "I did myself.", "I don't have your boss."
    ("Bố tôi tự kinh doanh.", "My father is self-employed."),
    ("Cô ấy tự kinh doanh.", "She's self-employed."),
    ("Cô ấy không tự kinh doanh.", "She isn't self-employed."),
    ("Anh ấy tự làm chủ.", "He's his own boss."),
    ("Tôi tự làm chủ.", "I'm my own boss."),
    ("Mẹ tôi là sếp của chính mình.", "My mother is her own boss."),
    ("Tôi không có sếp.", "I don't have a boss."),
    ("Bạn có sếp không?", "Do you have a boss?"),
    # v8: "I have a store." (whose?), "He operating his own company.", "He has a private store.", "My mother was
    # small business."
    ("Bố tôi có một cửa hàng.", "My father has a shop."),
    ("Bố mẹ tôi có một nhà hàng nhỏ.", "My parents have a small restaurant."),
    ("Bố mẹ tôi kinh doanh một nhà hàng nhỏ.", "My parents run a small restaurant."),
    ("Anh ấy có cửa hàng riêng.", "He has his own shop."),
    ("Bạn có cửa hàng riêng không?", "Do you have your own shop?"),
    ("Anh ấy điều hành công ty riêng.", "He runs his own company."),
    ("Mẹ tôi kinh doanh nhỏ.", "My mother runs a small business."),
    ("Bác Hùng có một khách sạn nhỏ.", "Uncle Hung has a small hotel."),
    # v8: "My sister open a coffee bar.", "She opened a coffee bar last year."
    ("Chị gái tôi vừa mở một quán cà phê.", "My sister just opened a café."),
    ("Cô ấy mở một quán cà phê năm ngoái.", "She opened a café last year."),
    ("Năm ngoái cô ấy mở một quán cà phê.", "She opened a café last year."),
    ("Anh ấy đang khởi nghiệp.", "He's starting a business."),
    ("Tôi đã khởi nghiệp năm ngoái.", "I started a business last year."),
    # v8: "I'd like business itself.", "Do you want business self-employed?", "I want to start my career."
    ("Tôi muốn tự kinh doanh.", "I want to start my own business."),
    ("Bạn có muốn tự kinh doanh không?", "Do you want to start your own business?"),
    ("Tôi muốn mở công ty riêng.", "I want to start my own company."),
    ("Tôi muốn khởi nghiệp.", "I want to start a business."),
    ("Chồng tôi muốn mở một quán cà phê.", "My husband wants to open a café."),
    # not: "anh" or "em" alone saying it (the speaker?), "his" or "her" of a name, opened or runs ("mở" without a
    # tense), opening the shop for the day, "có" a business with no "một", for how long, selling at the market, not
    # wanting, asked without "không", a day with "vừa", Sếp asked (v8 has it)
    ("Tôi làm tự do nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh muốn tự kinh doanh.", None), ("Em làm tự do.", None), ("Lan có cửa hàng riêng.", None),
    ("Bố mẹ tôi mở một nhà hàng nhỏ.", None), ("Hôm nay tôi mở cửa hàng.", None), ("Bố tôi có cửa hàng.", None),
    ("Tôi đã làm tự do được hai năm.", None), ("Bố mẹ tôi bán hàng ở chợ.", None),
    ("Tôi không muốn tự kinh doanh.", None), ("Bạn có làm tự do?", None), ("Tôi vừa khởi nghiệp năm ngoái.", None),
    ("Sếp của bạn là ai?", None), ("Tôi khởi nghiệp.", None), ("Tôi làm kỹ sư.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi là một người miễn phí." (a free person), "Cô ấy có phải là người miễn phí không?"
    ("I'm a freelancer.", "Tôi làm nghề tự do."),
    ("I work freelance.", "Tôi làm nghề tự do."),
    ("He works freelance.", "Anh ấy làm nghề tự do."),
    ("Is she a freelancer?", "Cô ấy có làm nghề tự do không?"),
    ("Do you work freelance?", "Bạn có làm nghề tự do không?"),
    ("We're freelancers.", "Chúng tôi làm nghề tự do."),
    ("I'm not a freelancer.", "Tôi không làm nghề tự do."),
    # v8: "Em tôi là một nhiếp ảnh miễn phí."
    ("My brother is a freelance photographer.", "Anh trai tôi là nhiếp ảnh gia tự do."),
    # v8: "Tôi đã tự làm.", "Cô ấy tự thất nghiệp." (unemployed), "Bạn có tự thất nghiệp không?"
    ("I'm self-employed.", "Tôi tự kinh doanh."),
    ("She's self-employed.", "Cô ấy tự kinh doanh."),
    ("Are you self-employed?", "Bạn có tự kinh doanh không?"),
    ("She isn't self-employed.", "Cô ấy không tự kinh doanh."),
    # v8: "Anh ta chạy doanh nghiệp riêng của mình." (runs on foot), "Cha mẹ tôi chạy một nhà hàng nhỏ."
    ("He runs his own business.", "Anh ấy tự kinh doanh."),
    ("I run my own business.", "Tôi tự kinh doanh."),
    ("My parents run a small restaurant.", "Bố mẹ tôi kinh doanh một nhà hàng nhỏ."),
    ("My parents own a small shop.", "Bố mẹ tôi có một cửa hàng nhỏ."),
    ("My father owns a store.", "Bố tôi có một cửa hàng."),
    ("He has his own company.", "Anh ấy có công ty riêng."),
    ("Does she have her own shop?", "Cô ấy có cửa hàng riêng không?"),
    ("My mother runs a small business.", "Mẹ tôi kinh doanh nhỏ."),
    ("Lan runs her own coffee shop.", "Lan kinh doanh quán cà phê riêng."),
    # v8: "Tôi là Sếp riêng của tôi.", "Sếp là ai?" (whose?)
    ("I'm my own boss.", "Tôi tự làm chủ."),
    ("Who's your boss?", "Sếp của bạn là ai?"),
    ("I don't have a boss.", "Tôi không có sếp."),
    # v8: "Cô ấy mở một cà phê vào năm ngoái." (a coffee), "Tôi muốn bắt đầu kinh doanh riêng của mình."
    ("She opened a café last year.", "Năm ngoái cô ấy mở một quán cà phê."),
    ("Last year, she opened a cafe.", "Năm ngoái cô ấy mở một quán cà phê."),
    ("My sister has just opened a café.", "Em gái tôi vừa mở một quán cà phê."),
    ("I started my own business last year.", "Năm ngoái tôi khởi nghiệp."),
    ("He's starting a business.", "Anh ấy đang khởi nghiệp."),
    ("I want to start my own business.", "Tôi muốn tự kinh doanh."),
    ("She wants to start her own business.", "Cô ấy muốn tự kinh doanh."),
    ("Do you want to start your own business?", "Bạn có muốn tự kinh doanh không?"),
    ("I'd like to open a bakery.", "Tôi muốn mở một tiệm bánh."),
    # not: the verb not agreeing, whose own not who's, two days, a day where none goes, another job, a team's boss
    ("She want to start her own business.", None), ("He run his own business.", None),
    ("She is a freelancers.", None), ("He runs her own business.", None), ("My father is his own bosses.", None),
    ("Last year she opened a café last year.", None), ("I'm self-employed last year.", None),
    ("She's a freelance student.", None), ("I'm a nurse.", None), ("Who's the boss?", None),
    ("I run a marathon.", None), ("My parents run a small restaurant in Hue.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
