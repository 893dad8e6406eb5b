"""Wedding gifts: the money given at a wedding, how much, the envelope, the gift money sent and a wedding present
bought, both ways (mt/wedding_gifts.py)."""
import pytest

from mt.wedding_gifts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm glad my friends.", "My mother was married Lan.", "We're going to celebrate our wedding.", "Are you
    # celebrating married Lan?", "I was celebrating for the wedding of Land.", "I'm not happy to go to my friends."
    ("Tôi đi mừng cưới bạn tôi.", "I'm going to give my friend a wedding gift."),
    ("Mẹ tôi đi mừng cưới chị Lan.", "My mother is going to give Lan a wedding gift."),
    ("Chúng tôi sắp đi mừng cưới anh họ tôi.", "We're going to give my cousin a wedding gift."),
    ("Anh ấy sẽ đi mừng cưới họ.", "He'll give them a wedding gift."),
    ("Bạn có đi mừng cưới Lan không?", "Are you going to give Lan a wedding gift?"),
    ("Anh có đi mừng cưới Lan không?", "Are you going to give Lan a wedding gift?"),
    ("Tôi đã đi mừng cưới Lan rồi.", "I've already given Lan a wedding gift."),
    ("Tôi chưa đi mừng cưới bạn tôi.", "I haven't given my friend a wedding gift yet."),
    ("Bạn đã đi mừng cưới Lan chưa?", "Have you given Lan a wedding gift yet?"),
    ("Mẹ tôi định mừng cưới cô ấy.", "My mother is planning to give her a wedding gift."),
    # v8: "Should I celebrate the wedding?"
    ("Tôi có nên mừng cưới Lan không?", "Should I give Lan a wedding gift?"),
    # v8: "How much are you celebrating?", "How much does he celebrates them?", "How much should I celebrate the
    # wedding?"
    ("Bạn mừng cưới bao nhiêu?", "How much are you giving at the wedding?"),
    ("Bạn đã mừng cưới bao nhiêu?", "How much did you give at the wedding?"),
    ("Bạn mừng cưới Lan bao nhiêu?", "How much are you giving at Lan's wedding?"),
    ("Anh ấy định mừng cưới họ bao nhiêu?", "How much is he planning to give at their wedding?"),
    ("Tôi nên mừng cưới bao nhiêu?", "How much should I give at the wedding?"),
    ("Chúng tôi nên mừng cưới bạn tôi bao nhiêu tiền?", "How much should we give at my friend's wedding?"),
    ("Mẹ tôi sẽ mừng cưới bao nhiêu?", "How much is my mother going to give at the wedding?"),
    ("Em mừng cưới bao nhiêu?", "How much are you giving at the wedding?"),
    # v8: "How much is it enough to wedding?", "How much is the right wedding?", "How much should you go to the
    # wedding?"
    ("Mừng cưới bao nhiêu là đủ?", "How much is enough to give at a wedding?"),
    ("Tiền mừng cưới bao nhiêu là hợp lý?", "How much is reasonable to give at a wedding?"),
    ("Đi mừng cưới bao nhiêu thì đủ ạ?", "How much is enough to give at a wedding?"),
    ("Nên đi mừng cưới bao nhiêu?", "How much should you give at a wedding?"),
    # v8: "I celebrate hundreds of trillion wedding.", "I'm glad my friends 500 thousand.", "We'll celebrate them a
    # million.", "Hormone married him VND1 million."
    ("Tôi đã mừng cưới năm trăm nghìn.", "I gave five hundred thousand dong as a wedding gift."),
    ("Tôi đã mừng cưới bạn tôi 500 nghìn.", "I gave my friend VND500 thousand as a wedding gift."),
    ("Chúng tôi sẽ mừng cưới họ một triệu.", "We'll give them one million dong as a wedding gift."),
    ("Lan đã mừng cưới anh ấy 1 triệu đồng.", "Lan gave him VND1 million as a wedding gift."),
    ("Bố tôi đã mừng cưới cho em gái tôi 2 triệu.", "My father gave my sister VND2 million as a wedding gift."),
    ("Tôi định mừng cưới Lan 500.000 đồng.", "I'm planning to give Lan VND500,000 as a wedding gift."),
    # v8: "I'm not ready to get the envelope.", "Will you prepare the envelope?", "I've prepared the envelope.", "My
    # mother was preparing the envelope."
    ("Tôi chưa chuẩn bị phong bì.", "I haven't got the envelope ready yet."),
    ("Bạn chuẩn bị phong bì chưa?", "Have you got the envelope ready yet?"),
    ("Tôi đã chuẩn bị phong bì rồi.", "I've already got the envelope ready."),
    ("Mẹ tôi đang chuẩn bị phong bì.", "My mother is getting the envelope ready."),
    ("Chúng tôi phải chuẩn bị phong bì mừng cưới.", "We have to get the envelope for the wedding ready."),
    ("Anh ấy chưa chuẩn bị tiền mừng cưới.", "He hasn't got the wedding gift money ready yet."),
    ("Tôi cần chuẩn bị tiền mừng cưới.", "I need to get the wedding gift money ready."),
    # v8: "How much do you give the envelope?", "How much should I get the envelope?", "I left the hundred trillion in
    # the envelope."
    ("Bạn bỏ phong bì bao nhiêu?", "How much are you putting in the envelope?"),
    ("Tôi nên bỏ phong bì bao nhiêu?", "How much should I put in the envelope?"),
    ("Tôi bỏ năm trăm nghìn vào phong bì.", "I put five hundred thousand dong in the envelope."),
    ("Mẹ tôi bỏ phong bì 500 nghìn.", "My mother put VND500 thousand in the envelope."),
    # v8: "I sent my wedding money through transfer.", "He sends the wedding money to Lan through the transfer of the
    # account.", "I moved my wedding account.", "Have you sent the wedding money yet?", "I don't send the wedding
    # money."
    ("Tôi gửi tiền mừng cưới qua chuyển khoản.", "I sent my wedding gift by bank transfer."),
    ("Anh ấy gửi tiền mừng cưới cho Lan qua chuyển khoản.", "He sent his wedding gift to Lan by bank transfer."),
    ("Tôi chuyển khoản mừng cưới cho bạn tôi.", "I sent my wedding gift to my friend by bank transfer."),
    ("Bạn đã gửi tiền mừng cưới chưa?", "Have you sent your wedding gift yet?"),
    ("Tôi chưa gửi tiền mừng cưới.", "I haven't sent my wedding gift yet."),
    ("Mẹ tôi sẽ gửi tiền mừng cưới qua chuyển khoản.", "My mother will send her wedding gift by bank transfer."),
    ("Lan vừa chuyển tiền mừng cưới cho chị ấy.", "Lan has just transferred a wedding gift to her."),
    # v8: "I haven't bought wedding gift.", "Have you bought married gifts yet?"
    ("Tôi chưa mua quà cưới.", "I haven't bought a wedding present yet."),
    ("Bạn đã mua quà cưới chưa?", "Have you bought a wedding present yet?"),
    ("Chúng tôi đã mua quà cưới rồi.", "We've already bought a wedding present."),
    # not: "bạn" alone as whose wedding (a friend's, or yours?), a plain "mừng cưới" or "chuẩn bị" (given or giving?),
    # "không" said (didn't, or won't?), a sum with no "đồng" said, "Mừng cưới bao nhiêu?" alone, "tiền mừng" with no
    # "cưới", a present for someone (mt/gifts.py), going to a wedding (mt/weddings.py), lucky money (mt/new_year.py),
    # "anh" saying it, a pet, a "?" on a statement, asked of oneself, English, nonsense
    ("Tôi đi mừng cưới bạn.", None), ("Tôi mừng cưới bạn 500 nghìn.", None), ("Tôi mừng cưới Lan.", None),
    ("Tôi chuẩn bị phong bì.", None), ("Tôi không đi mừng cưới Lan.", None), ("Tôi mừng cưới 500.", None),
    ("Mừng cưới bao nhiêu?", None), ("Tôi gửi tiền mừng qua chuyển khoản.", None), ("Tôi mua quà cưới.", None),
    ("Tôi mua quà cưới cho Lan.", None), ("Tôi đi đám cưới bạn tôi.", None), ("Bà tôi lì xì tôi.", None),
    ("Anh đi mừng cưới Lan.", None), ("Con mèo của tôi đi mừng cưới Lan.", None), ("Tôi đi mừng cưới bạn tôi?", None),
    ("Tôi mừng cưới bao nhiêu?", None), ("Bạn đã đi mừng cưới Lan chưa.", None), ("Tôi mua phong bì.", None),
    ("Bố tôi đã mừng cưới bạn ấy hai triệu.", None), ("Tôi chuyển tiền mừng cưới qua chuyển khoản.", None),
    ("Tôi đi mừng cưới năm trăm nghìn.", None), ("Tôi mừng cưới Lan rồi nhỉ.", None),
    # not: a plain "mừng cưới" with a sum (gave, is giving, or gives?), "đi … rồi" of another (has given, or has gone
    # off to give?), "đi mua" (went to buy: bought?)
    ("Tôi mừng cưới năm trăm nghìn.", None), ("Tôi mừng cưới bạn tôi 500 nghìn.", None),
    ("Lan mừng cưới anh ấy 1 triệu đồng.", None), ("Tôi mừng cưới 500k.", None),
    ("Mẹ tôi đi mừng cưới họ rồi.", None), ("Anh ấy đi mừng cưới Lan rồi.", None),
    ("Chúng tôi đi mừng cưới họ rồi.", None), ("Tôi đã đi mua quà cưới.", None), ("Tôi sẽ đi mua quà cưới.", None),
    ("I sent my wedding gift by bank transfer.", None), ("Phong bì mừng cưới xanh lá cây.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn đang cho con bú bao nhiêu?" (breastfeeding), "Bạn đã cho vào cưới bao nhiêu?", "Tôi nên cho vào cưới
    # bao nhiêu?", "Chúng ta nên đưa vào vũ khí của Lan bao nhiêu?" (weapons), "Mụn nó đang cho con bú bao nhiêu?"
    ("How much are you giving at the wedding?", "Bạn mừng cưới bao nhiêu?"),
    ("How much did you give at the wedding?", "Bạn đã mừng cưới bao nhiêu?"),
    ("How much should I give at the wedding?", "Tôi nên mừng cưới bao nhiêu?"),
    ("How much should we give at Lan's wedding?", "Chúng tôi nên mừng cưới Lan bao nhiêu?"),
    ("How much is she giving at their wedding?", "Cô ấy mừng cưới họ bao nhiêu?"),
    ("How much is my mother giving at his wedding?", "Mẹ tôi mừng cưới anh ấy bao nhiêu?"),
    ("How much do we have to give at the wedding?", "Chúng tôi phải mừng cưới bao nhiêu?"),
    ("How much are you planning to give at Lan's wedding?", "Bạn định mừng cưới Lan bao nhiêu?"),
    ("How much should I put in the envelope?", "Tôi nên bỏ phong bì bao nhiêu?"),
    # v8: "Trời cưới đủ để cho bé thêm bao nhiêu?"
    ("How much is enough to give at a wedding?", "Mừng cưới bao nhiêu là đủ?"),
    ("How much should you give at a wedding?", "Nên mừng cưới bao nhiêu?"),
    # v8: "Tôi chưa có phong bì sẵn sàng.", "Bạn có phong bì sẵn sàng không?", "Mẹ tôi đang chuẩn bị phong bì sẵn
    # sàng.", "Cô ấy chưa chuẩn bị tiền bạc cho cưới."
    ("I haven't got the envelope ready yet.", "Tôi chưa chuẩn bị phong bì."),
    ("Have you got the envelope ready?", "Bạn đã chuẩn bị phong bì chưa?"),
    ("I've got the envelope ready.", "Tôi đã chuẩn bị phong bì rồi."),
    ("I've already prepared the envelope.", "Tôi đã chuẩn bị phong bì rồi."),
    ("My mother is getting the envelope ready.", "Mẹ tôi đang chuẩn bị phong bì."),
    ("She hasn't prepared the wedding gift money yet.", "Cô ấy chưa chuẩn bị tiền mừng cưới."),
    ("We need to get the envelope ready.", "Chúng tôi cần chuẩn bị phong bì."),
    ("I'm getting the wedding gift money ready.", "Tôi đang chuẩn bị tiền mừng cưới."),
    # v8: "Tôi tặng 500.000 đồng như một món quà cưới.", "Chúng tôi sẽ tặng Lan một triệu quảng cáo …" (adverts),
    # "Tôi đặt 500.000 đồng trong phong bì.", "Cha tôi phải tặng 2 triệu đồng như một món quà cưới."
    ("I gave 500,000 dong as a wedding gift.", "Tôi đã mừng cưới 500.000 đồng."),
    ("I gave my friend 500,000 dong as a wedding gift.", "Tôi đã mừng cưới bạn tôi 500.000 đồng."),
    ("We'll give Lan one million dong as a wedding gift.", "Chúng tôi sẽ mừng cưới Lan một triệu đồng."),
    ("I'm going to give them VND1 million as a wedding gift.", "Tôi sẽ mừng cưới họ 1 triệu đồng."),
    ("My father has to give 2 million dong as a wedding gift.", "Bố tôi phải mừng cưới 2 triệu đồng."),
    ("I put 500,000 dong in the envelope.", "Tôi bỏ 500.000 đồng vào phong bì."),
    # v8: "Tôi gửi quà cưới của tôi bằng cách chuyển giao ngân hàng.", "Bạn có gửi quà cưới của mình bằng cách chuyển
    # giao ngân hàng chưa?"
    ("I sent my wedding gift by bank transfer.", "Tôi đã gửi tiền mừng cưới qua chuyển khoản."),
    ("She sent her wedding gift by bank transfer.", "Cô ấy đã gửi tiền mừng cưới qua chuyển khoản."),
    ("My father has sent Lan his wedding gift by bank transfer.",
     "Bố tôi đã gửi tiền mừng cưới cho Lan qua chuyển khoản rồi."),
    ("Have you sent your wedding gift by bank transfer yet?", "Bạn đã gửi tiền mừng cưới qua chuyển khoản chưa?"),
    ("We'll send our wedding gift by bank transfer.", "Chúng tôi sẽ gửi tiền mừng cưới qua chuyển khoản."),
    # v8: "Bạn đã mua một món quà cưới có sẵn chưa?", "Tôi cần mua một món quà cưới."
    ("I haven't bought a wedding gift yet.", "Tôi chưa mua quà cưới."),
    ("Have you bought a wedding present yet?", "Bạn đã mua quà cưới chưa?"),
    ("I need to buy a wedding gift.", "Tôi cần mua quà cưới."),
    ("My sister has just bought a wedding gift.", "Em gái tôi vừa mua quà cưới."),
    # not: the verb not agreeing ("are she", "She have to", "He need"), a gift not who's own, a gift sent with no bank
    # transfer (a parcel?), one for someone and going to give one (mt/gifts.py), going to a wedding (mt/weddings.py),
    # how much at "a wedding" asked of someone, asked of oneself, a "?" missing, a "put" to someone, Vietnamese
    ("How much are she giving at the wedding?", None), ("She have to give 500,000 dong as a wedding gift.", None),
    ("She sent my wedding gift by bank transfer.", None), ("I sent my wedding gift.", None),
    ("I bought a wedding gift for Lan.", None), ("I'm going to give my friend a wedding gift.", None),
    ("I'm going to Lan's wedding.", None), ("How much should I give at a wedding?", None),
    ("Have I got the envelope ready?", None), ("How much did you give at the wedding.", None),
    ("I put Lan 500,000 dong in the envelope.", None), ("He need to buy a wedding gift.", None),
    ("I gave 500 as a wedding gift.", None), ("The envelope is white.", None), ("Tôi mừng cưới năm trăm nghìn.", None),
    # not: "the money for the wedding" (its costs?), a wedding who's own ("she … her wedding"), oneself given to, a pet
    ("I haven't prepared the money for the wedding yet.", None), ("I'm getting the money for the wedding ready.", None),
    ("How much did she give at her wedding?", None), ("How much are you giving at your wedding?", None),
    ("How much did they give at their wedding?", None), ("How much is Lan giving at her wedding?", None),
    ("I gave me 500,000 dong as a wedding gift.", None), ("We gave us 500,000 dong as a wedding gift.", None),
    ("I sent me my wedding gift by bank transfer.", None), ("My dog gave 500,000 dong as a wedding gift.", None),
    ("My cat has got the envelope ready.", None), ("How much is my dog giving at the wedding?", None),
    ("My cat has bought a wedding gift.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
