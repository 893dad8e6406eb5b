"""Asking for and giving recommendations: a good restaurant, hotel, book or film asked for or known, what to try,
whether a place is any good, what is worth a visit, both ways (mt/recommendations.py)."""
import pytest

from mt.recommendations import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Can you introduce a good restaurant?", "Can you hint a recent good restaurant?", "Can you introduce me a
    # book?", "Can you introduce a beautiful coffee bar?"
    ("Bạn có thể giới thiệu một nhà hàng ngon không?", "Can you recommend a good restaurant?"),
    ("Bạn có thể giới thiệu cho tôi một nhà hàng ngon không?", "Can you recommend a good restaurant?"),
    ("Bạn có thể gợi ý một nhà hàng ngon gần đây không?", "Can you recommend a good restaurant near here?"),
    ("Bạn có thể giới thiệu cho tôi một cuốn sách hay không?", "Can you recommend a good book?"),
    ("Bạn có thể giới thiệu một bộ phim hay không?", "Can you recommend a good film?"),
    ("Bạn có thể giới thiệu một quán cà phê đẹp không?", "Can you recommend a nice café?"),
    ("Bạn giới thiệu cho tôi một khách sạn rẻ ở Đà Lạt được không?", "Can you recommend a cheap hotel in Da Lat?"),
    ("Bạn có thể giới thiệu một nơi đẹp để tham quan ở Hà Nội không?",
     "Can you recommend a beautiful place to visit in Hanoi?"),
    ("Bạn có gợi ý nhà hàng nào ngon không?", "Can you recommend a good restaurant?"),
    # v8: "Do you know what the restaurant is good?", "Do you know what your coffee is good here?"
    ("Bạn có biết nhà hàng nào ngon không?", "Do you know a good restaurant?"),
    ("Bạn có biết quán cà phê nào ngon ở gần đây không?", "Do you know a good café near here?"),
    ("Bạn có biết khách sạn nào tốt không?", "Do you know a good hotel?"),
    ("Bạn có biết nhà hàng nào ở quanh đây không?", "Do you know any restaurants around here?"),
    ("Mẹ bạn có biết nhà hàng nào ngon không?", "Does your mother know a good restaurant?"),
    # v8: "What do you hint?"
    ("Bạn có gợi ý gì không?", "Do you have any recommendations?"),
    ("Bạn gợi ý gì?", "What do you recommend?"),
    ("Bạn gợi ý nhà hàng nào?", "Which restaurant do you recommend?"),
    # v8: "Try pho here.", "Try this item.", "I advise you to try beef pho."
    ("Bạn nên thử phở ở đây.", "You should try the pho here."),
    ("Bạn nên thử phở ở đây nhé.", "You should try the pho here."),
    ("Bạn nên thử món này.", "You should try this dish."),
    ("Bạn nên thử nhà hàng này.", "You should try this restaurant."),
    ("Bạn nên đọc cuốn sách này.", "You should read this book."),
    ("Bạn nên xem bộ phim này.", "You should watch this film."),
    ("Bạn nên ở khách sạn này.", "You should stay at this hotel."),
    ("Bạn nên ghé thăm Hội An.", "You should visit Hoi An."),
    ("Tôi khuyên bạn nên thử phở bò.", "I'd recommend trying beef pho."),
    ("Tôi rất khuyên bạn nên đọc cuốn sách này.", "I'd highly recommend reading this book."),
    # v8: "Is this good restaurant?", "Whether this movie is this?", "It's good."
    ("Nhà hàng này có ngon không?", "Is this restaurant any good?"),
    ("Nhà hàng này ngon không?", "Is this restaurant any good?"),
    ("Bộ phim này có hay không?", "Is this film any good?"),
    ("Quán này ngon lắm.", "This place is really good."),
    ("Nơi này rất đẹp.", "This place is very beautiful."),
    # v8: "This site is very worth stopping the visit.", "Hoi An is very good to stop visiting.", "This book is very
    # read.", "It's worth paying a lot of visit."
    ("Nơi này rất đáng để ghé thăm.", "This place is well worth a visit."),
    ("Hội An rất đáng để ghé thăm.", "Hoi An is well worth a visit."),
    ("Cuốn sách này rất đáng đọc.", "This book is well worth reading."),
    ("Đáng để ghé thăm lắm.", "It's well worth a visit."),
    ("Bộ phim này có đáng xem không?", "Is this film worth watching?"),
    ("Có đáng để ghé thăm không?", "Is it worth a visit?"),
    ("Bộ phim này không đáng xem.", "This film isn't worth watching."),
    # not: the phrasebook's, "Anh" saying it (may be the speaker), asked of oneself, a word that does not fit the
    # kind ("sách ngon", "đọc bộ phim"), nothing said of the restaurant, "giới thiệu" said (introduced, or recommend),
    # a place not to visit, a town not known, asked without "không", "not" and "lắm" together
    ("Nơi này rất đẹp nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Bạn gợi ý món gì?", None), ("Anh nên thử phở ở đây.", None),
    ("Tôi có thể giới thiệu một nhà hàng ngon không?", None), ("Bạn có thể giới thiệu một cuốn sách ngon không?", None),
    ("Bạn nên đọc bộ phim này.", None), ("Bạn có biết nhà hàng không?", None), ("Tôi giới thiệu nhà hàng này.", None),
    ("Bạn có biết chỗ nào ngon không?", None), ("Bạn nên ghé thăm bà ngoại.", None),
    ("Bạn có thể giới thiệu một nhà hàng ngon?", None), ("Bộ phim này không đáng xem lắm.", None),
    ("Tôi nghĩ Hội An rất đáng để ghé thăm.", None), ("Món này ngon lắm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể khuyến nghị một nhà hàng tốt không?" (stiff), "… khuyến nghị quyển sách tốt không?"
    ("Can you recommend a good restaurant?", "Bạn có thể giới thiệu cho tôi một nhà hàng ngon không?"),
    ("Could you recommend a good hotel near here?",
     "Bạn có thể giới thiệu cho tôi một khách sạn tốt ở gần đây không?"),
    ("Can you recommend a good book?", "Bạn có thể giới thiệu cho tôi một cuốn sách hay không?"),
    ("Can you recommend a nice café?", "Bạn có thể giới thiệu cho tôi một quán cà phê đẹp không?"),
    ("Can you recommend any good films?", "Bạn có thể giới thiệu cho tôi bộ phim nào hay không?"),
    ("Could you recommend some cheap hotels in Da Lat?",
     "Bạn có thể giới thiệu cho tôi vài khách sạn rẻ ở Đà Lạt không?"),
    ("Can you recommend a nice place to visit in Hanoi?",
     "Bạn có thể giới thiệu cho tôi một nơi đẹp để tham quan ở Hà Nội không?"),
    ("Can you recommend us a good restaurant nearby?",
     "Bạn có thể giới thiệu cho chúng tôi một nhà hàng ngon ở gần đây không?"),
    # v8: "Bạn có biết một nhà hàng giỏi không?" (skilled), "Bạn có biết bất kỳ nhà hàng nào ở đây không?"
    ("Do you know a good restaurant?", "Bạn có biết nhà hàng nào ngon không?"),
    ("Do you know any good restaurants around here?", "Bạn có biết nhà hàng nào ngon ở quanh đây không?"),
    ("Does your mother know a good hotel?", "Mẹ bạn có biết khách sạn nào tốt không?"),
    # v8: "Bạn có khuyến nghị nào không?", "Bạn sẽ khuyến nghị gì?"
    ("Do you have any recommendations?", "Bạn có gợi ý gì không?"),
    ("Any recommendations?", "Bạn có gợi ý gì không?"),
    ("What would you recommend?", "Bạn gợi ý gì?"),
    ("Which hotel would you recommend in Hoi An?", "Bạn gợi ý khách sạn nào ở Hội An?"),
    # v8: "Tôi đã khuyến nghị phở." (recommended), "Tôi đề nghị khách sạn này." (propose), "Bạn nên đọc sách này."
    ("I'd recommend the pho.", "Tôi khuyên bạn nên thử phở."),
    ("I'd highly recommend this book.", "Tôi rất khuyên bạn nên đọc cuốn sách này."),
    ("I'd recommend this hotel.", "Tôi khuyên bạn nên ở khách sạn này."),
    ("I'd recommend trying the pho here.", "Tôi khuyên bạn nên thử phở ở đây."),
    ("You should try the pho here.", "Bạn nên thử phở ở đây."),
    ("You should try this dish.", "Bạn nên thử món này."),
    ("You should read this book.", "Bạn nên đọc cuốn sách này."),
    ("You should visit Hoi An.", "Bạn nên ghé thăm Hội An."),
    ("She should stay at this hotel.", "Cô ấy nên ở khách sạn này."),
    # v8: "Bộ phim này có lợi không?" (of use), "Nhà hàng này có tốt không?"
    ("Is this restaurant any good?", "Nhà hàng này có ngon không?"),
    ("Is this film any good?", "Bộ phim này có hay không?"),
    ("Is this hotel nice?", "Khách sạn này có đẹp không?"),
    ("This book is really good.", "Cuốn sách này hay lắm."),
    # v8: "Hội An là một chuyến viếng thăm.", "Đáng một chuyến viếng thăm.", "Bộ phim này rất đáng quan sát."
    ("Hoi An is worth a visit.", "Hội An đáng để ghé thăm."),
    ("Is Hoi An worth a visit?", "Hội An có đáng để ghé thăm không?"),
    ("It's well worth a visit.", "Nó rất đáng để ghé thăm."),
    ("This place is well worth a visit.", "Nơi này rất đáng để ghé thăm."),
    ("This film is worth watching.", "Bộ phim này đáng xem."),
    ("Is this film worth watching?", "Bộ phim này có đáng xem không?"),
    ("This book isn't worth reading.", "Cuốn sách này không đáng đọc."),
    ("It's worth a try.", "Nó đáng thử."),
    # not: the phrasebook's, "we should" (with the listener or not), "does" or "a"/"an" not agreeing, a word that
    # does not fit the kind, "a" with many, "Is this place any good?" (which place), a doing that does not fit, a
    # dish good or not (mt/tastes.py's)
    ("What do you recommend?", None), ("We should try the pho here.", None),
    ("Does you know a good restaurant?", None), ("Do she know a good restaurant?", None),
    ("Can you recommend an good restaurant?", None), ("Can you recommend a good restaurants?", None),
    ("Can you recommend a nice book?", None), ("Is this place any good?", None), ("You should read this film.", None),
    ("Is this dish any good?", None), ("You should try harder.", None), ("The food is worth trying.", None),
    ("This book is worth a visit.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Bạn nên thử phở ở đây.", "en", "vi") is None
    assert translate("Can you recommend a good restaurant?", "vi", "en") is None
    assert translate("Can you recommend a good restaurant?", "en", "fr") is None
