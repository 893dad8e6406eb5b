"""Street vendors: a vendor coming by, someone coming round selling, buying from a vendor, hearing their calls, who is
or was a street vendor, and a vendor chased off by the ward, both ways (mt/street_vendors.py)."""
import pytest

from mt.street_vendors import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you sell the buckets?", "The seller of bread goes through.", "The ice cream has not been gone.", "She
    # sold just through her."
    ("Bà bán xôi đi qua chưa?", "Has the sticky rice lady come by yet?"),
    ("Người bán bánh mì đi qua rồi.", "The bread seller has come by."),
    ("Chú bán kem chưa đi qua.", "The ice cream man hasn't come by yet."),
    ("Bà bán xôi vừa đi qua.", "The sticky rice lady has just come by."),
    ("Người bán bánh bao đi ngang qua chưa?", "Has the steamed bun seller come by yet?"),
    ("Ông bán khoai lang qua rồi.", "The sweet potato man has come by."),
    ("Người bán hàng rong vừa mới đi qua.", "The street vendor has just come by."),
    # v8: "There was always a seller of bread.", "There's always an ice cream.", "The morning she sold buckets, too."
    ("Sáng nào cũng có người bán bánh mì rong.", "Someone comes round selling bread every morning."),
    ("Chiều nào cũng có người bán kem rong.", "Someone comes round selling ice cream every afternoon."),
    ("Tối nào cũng có người bán ngô đi qua.", "Someone comes round selling corn every evening."),
    ("Sáng nào bà bán xôi cũng đi qua.", "The sticky rice lady comes by every morning."),
    ("Ngày nào chú bán rau cũng đi qua.", "The vegetable man comes by every day."),
    # v8: "My mother bought her buckets.", "I usually buy bread of rodies.", "Do you have or buy fruits of the seller?"
    ("Mẹ tôi mua xôi của bà bán rong.", "My mother bought sticky rice from the street vendor."),
    ("Tôi đã mua bánh mì của người bán hàng rong.", "I bought bread from the street vendor."),
    ("Chúng tôi vừa mua kem của chú bán kem.", "We have just bought ice cream from the ice cream man."),
    ("Cô ấy vừa mua hoa của người bán hoa.", "She has just bought flowers from the flower seller."),
    ("Tôi hay mua bánh mì của người bán hàng rong.", "I often buy bread from the street vendor."),
    ("Bà tôi thường mua rau của bà bán rau.", "My grandmother often buys vegetables from the vegetable lady."),
    ("Bạn có hay mua hoa quả của người bán rong không?", "Do you often buy fruit from the street vendor?"),
    ("Mẹ bạn có hay mua xôi của bà bán xôi không?", "Does your mother often buy sticky rice from the sticky rice "
     "lady?"),
    ("Sáng nào Lan cũng mua xôi của bà bán xôi.", "Lan buys sticky rice from the sticky rice lady every morning."),
    ("Anh ấy không bao giờ mua đồ của người bán rong.", None),  # ("đồ": which things? not of _GOODS)
    ("Bố tôi không bao giờ mua kem của người bán rong.", "My father never buys ice cream from the street vendor."),
    # v8: "I heard the cake of bread.", "Do you hear her muds sold buckets?"
    ("Tôi nghe tiếng rao bán bánh mì.", "I can hear the bread seller calling."),
    ("Tôi nghe thấy tiếng rao bánh mì.", "I can hear the bread seller calling."),
    ("Bạn có nghe thấy tiếng rao của bà bán xôi không?", "Can you hear the sticky rice lady calling?"),
    ("Mẹ tôi không nghe thấy tiếng rao bán xôi.", "My mother can't hear the sticky rice seller calling."),
    ("Sáng nào chúng tôi cũng nghe tiếng rao bán bánh mì.", "We hear the bread seller calling every morning."),
    ("Tối nào cô ấy cũng nghe thấy tiếng rao của người bán hàng rong.",
     "She hears the street vendor calling every evening."),
    # v8: "The old day I took the rong.", "My mother sold roof.", "My father sold roast bread."
    ("Ngày xưa bà tôi gánh hàng rong.", "My grandmother used to be a street vendor."),
    ("Trước đây mẹ tôi bán hàng rong.", "My mother used to be a street vendor."),
    ("Chúng tôi từng đi bán hàng rong.", "We used to be street vendors."),
    ("Mẹ tôi bán hàng rong.", "My mother is a street vendor."),
    ("Tôi bán hàng rong.", "I am a street vendor."),
    ("Bạn có bán hàng rong không?", "Are you a street vendor?"),
    ("Bác Lan vẫn gánh hàng rong.", "Aunt Lan is still a street vendor."),
    ("Anh ấy không bán hàng rong.", "He is not a street vendor."),
    ("Bố tôi bán bánh mì rong.", "My father goes round selling bread."),
    ("Ngày xưa ông tôi đi bán kem rong.", "My grandfather used to go round selling ice cream."),
    ("Cô ấy có bán xôi rong không?", "Does she go round selling sticky rice?"),
    # v8: "The salesperson was chased.", "She sells buckets have been chased by the phobi."
    ("Người bán hàng rong bị phường đuổi.", "The street vendor was chased off by the ward."),
    ("Bà bán xôi vừa bị công an phường đuổi đi.", "The sticky rice lady has just been chased off by the ward police."),
    ("Chú bán kem lại bị phường đuổi.", "The ice cream man was chased off by the ward again."),
    ("Người bán hoa quả bị công an đuổi rồi.", "The fruit seller has been chased off by the police."),
    # not: selling on the pavement (mt/pavements.py), a price, goods not of _GOODS, "chè" (tea or sweet soup?),
    # "đã" alone on coming by, asked with no "có", "có" with no "không", a "?" on a statement, "I" asked, "anh"
    # or "chị" alone saying it, a pet as who, "không nghe" (does not listen), the past asked or denied, "rao" alone
    ("Mẹ tôi bán hàng trên vỉa hè.", None), ("Bà bán xôi bao nhiêu tiền?", None), ("Tôi mua xôi.", None),
    ("Bà bán chè đi qua chưa?", None), ("Bà bán xôi đã đi qua.", None), ("Bà bán xôi đi qua rồi?", None),
    ("Bạn hay mua xôi của bà bán xôi không?", None), ("Tôi có mua xôi của bà bán xôi.", None),
    ("Tôi có hay mua xôi của bà bán xôi không?", None), ("Anh bán hàng rong.", None),
    ("Con mèo của tôi nghe thấy tiếng rao bán bánh mì.", None), ("Mẹ tôi không nghe tiếng rao bán xôi.", None),
    ("Ngày xưa bạn có bán hàng rong không?", None), ("Ngày xưa mẹ tôi không bán hàng rong.", None),
    ("Người bán hàng rong đang rao.", None), ("Bạn có mua xôi của bà bán xôi không?", None),
    ("Sáng nào cũng có người bán bánh mì rong?", None), ("Mẹ tôi bán hàng rong?", None),
    ("Bà bán xôi bị phường đuổi?", None), ("Chị bán rau đi qua chưa?", None), ("Tôi bán rong rồi.", None),
    ("Em có nghe thấy tiếng rao bán bánh mì không ạ?", None),  # ("em" asking with "ạ": the speaker)
    ("Mẹ tôi mua xôi của bà bán rong nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bánh mì rong xôi bán.", None), ("Sáng nào cũng mua xôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Người phụ nữ có gạo lức chưa?", "Người bán bánh mì đã đến.", "Người đàn ông kem dưỡng da chưa đến."
    ("Has the sticky rice lady come by yet?", "Bà bán xôi đi qua chưa?"),
    ("Has the bread seller been by yet?", "Người bán bánh mì đi qua chưa?"),
    ("The bread seller has come by.", "Người bán bánh mì đi qua rồi."),
    ("The ice cream man hasn't come by yet.", "Chú bán kem chưa đi qua."),
    ("The street vendor has just come by.", "Người bán hàng rong vừa đi qua."),
    ("The corn seller has already come past.", "Người bán ngô đi qua rồi."),
    # v8: "Người ta đi vòng bán bánh mì mỗi buổi sáng.", "Người phụ nữ gạo dính vào mỗi buổi sáng."
    ("Someone comes round selling bread every morning.", "Sáng nào cũng có người bán bánh mì rong."),
    ("Someone comes around selling sweet potatoes every evening.", "Tối nào cũng có người bán khoai lang rong."),
    ("The sticky rice lady comes by every morning.", "Sáng nào bà bán xôi cũng đi qua."),
    # v8: "Mẹ tôi mua gạo dính vào nhà cung cấp đường phố.", "Tôi thường mua bánh mì từ nhà cung cấp đường."
    ("My mother bought sticky rice from the street vendor.", "Mẹ tôi đã mua xôi của người bán hàng rong."),
    ("We've just bought ice cream from the ice cream man.", "Chúng tôi vừa mua kem của chú bán kem."),
    ("She has just bought flowers from the flower seller.", "Cô ấy vừa mua hoa của người bán hoa."),
    ("I often buy bread from the street vendor.", "Tôi hay mua bánh mì của người bán hàng rong."),
    ("My grandmother usually buys vegetables from the vegetable lady.", "Bà tôi thường mua rau của bà bán rau."),
    ("Do you often buy fruit from the street vendor?", "Bạn có hay mua hoa quả của người bán hàng rong không?"),
    ("Lan buys sticky rice from the sticky rice lady every morning.", "Sáng nào Lan cũng mua xôi của bà bán xôi."),
    ("My father never buys ice cream from the street vendor.", "Bố tôi không bao giờ mua kem của người bán hàng rong."),
    # v8: "Tôi có thể nghe tiếng gọi người bán chạy.", "Bạn có thể nghe tiếng bà cụ đứng gọi không?"
    ("I can hear the bread seller calling.", "Tôi nghe thấy tiếng rao bán bánh mì."),
    ("Can you hear the sticky rice lady calling?", "Bạn có nghe thấy tiếng rao của bà bán xôi không?"),
    ("My mother can't hear the sticky rice seller calling.", "Mẹ tôi không nghe thấy tiếng rao bán xôi."),
    ("We hear the bread seller calling every morning.", "Sáng nào chúng tôi cũng nghe thấy tiếng rao bán bánh mì."),
    ("She hears the street vendor calling every evening.",
     "Tối nào cô ấy cũng nghe thấy tiếng rao của người bán hàng rong."),
    # v8: "Bà tôi từng là nhà cung cấp đường phố.", "Chúng tôi từng phố cung cấp.", "Cha tôi đi vòng bán bánh mì."
    ("My grandmother used to be a street vendor.", "Ngày xưa bà tôi bán hàng rong."),
    ("We used to be street vendors.", "Ngày xưa chúng tôi bán hàng rong."),
    ("My mother is a street vendor.", "Mẹ tôi bán hàng rong."),
    ("I'm a street vendor.", "Tôi bán hàng rong."),
    ("Is your father a street vendor?", "Bố bạn có bán hàng rong không?"),
    ("He isn't a street hawker.", "Anh ấy không bán hàng rong."),
    ("Lan is still a street vendor.", "Lan vẫn bán hàng rong."),
    ("My father goes round selling bread.", "Bố tôi bán bánh mì rong."),
    ("My grandfather used to go round selling ice cream.", "Ngày xưa ông tôi bán kem rong."),
    # v8: "Nhà cung cấp đường phố bị đuổi ra bởi phần thưởng.", "Bà cụ gạo dính vừa bị đuổi ra ngoài."
    ("The street vendor was chased off by the ward.", "Người bán hàng rong đã bị phường đuổi đi."),
    ("The sticky rice lady has just been chased off by the ward.", "Bà bán xôi vừa bị phường đuổi đi."),
    ("The ice cream man was chased away by the ward police again.", "Chú bán kem lại bị công an phường đuổi đi."),
    ("The fruit seller has been moved on by the police.", "Người bán hoa quả bị công an đuổi đi rồi."),
    ("The street vendor's been chased off by the ward.", "Người bán hàng rong bị phường đuổi đi rồi."),
    ("The street vendor’s just been chased off by the ward.", "Người bán hàng rong vừa bị phường đuổi đi."),
    # not: verbs that do not agree ("She buy", "He go", "I is"), "a" with many or none with one, "Has … come by?"
    # without "yet", a "?" on a statement, "yet" said, a pet as who, goods not of _GOODS, a day said, the other
    # language, and nonsense
    ("She buy bread from the street vendor.", None), ("He go round selling bread.", None),
    ("I is a street vendor.", None), ("We used to be a street vendor.", None), ("She used to be street vendors.", None),
    ("Has the bread seller come by?", None), ("The bread seller has come by?", None),
    ("The bread seller has come by yet.", None), ("My dog can hear the bread seller calling.", None),
    ("My mother bought newspapers from the street vendor.", None), ("The bread seller came by yesterday.", None),
    ("Does she often buys bread from the street vendor?", None), ("Can you hear the bread seller?", None),
    ("I buy bread from the street vendor.", None),  # (a habit, or now? no "often", no day)
    ("The ice cream man was chased off by the ward?", None), ("Bà bán xôi đi qua chưa?", None),
    ("Street vendor the bread selling.", None), ("The man is a street vendor.", None),
    # "I" asked, left as in Vietnamese ("Can I hear …?" may ask leave to listen)
    ("Am I a street vendor?", None), ("Do I often buy bread from the street vendor?", None),
    ("Can I hear the ice cream man calling?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
