"""Collecting things as a hobby: who collects what, likes to, did as a child or used to, for how long, how many, and
who has a collection, both ways (mt/collecting.py)."""
import pytest

from mt.collecting import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My brother collected stamps.", "I collected the postcard.", "The scam of the car model."
    ("Anh tôi sưu tầm tem.", "My brother collects stamps."),
    ("Tôi sưu tầm bưu thiếp.", "I collect postcards."),
    ("Lan sưu tầm mô hình ô tô.", "Lan collects model cars."),
    ("Bác Hùng sưu tầm tiền xu cổ.", "Uncle Hung collects antique coins."),
    ("Chúng tôi sưu tầm tem và bưu thiếp.", "We collect stamps and postcards."),
    ("Ông tôi vẫn sưu tầm đồ cổ.", "My grandfather still collects antiques."),
    ("Tôi đang sưu tầm tem.", "I'm collecting stamps."),
    # v8: "Do you collect stamps?" (the "còn" lost), "I don't lawyer anything.", "We don't collect the disc further."
    ("Bạn có sưu tầm tem không?", "Do you collect stamps?"),
    ("Bạn còn sưu tầm tem không?", "Do you still collect stamps?"),
    ("Mẹ bạn có sưu tầm đĩa than không?", "Does your mother collect vinyl records?"),
    ("Bạn có đang sưu tầm tem không?", "Are you collecting stamps?"),
    ("Anh có sưu tầm tem không?", "Do you collect stamps?"),
    ("Cô ấy không sưu tầm búp bê.", "She doesn't collect dolls."),
    ("Chúng tôi không sưu tầm đĩa than nữa.", "We don't collect vinyl records any more."),
    ("Bố tôi không còn sưu tầm tem nữa.", "My father doesn't collect stamps any more."),
    # v8: "What do you collect?" (anything asked), "How much do you collect?"
    ("Bạn có sưu tầm gì không?", "Do you collect anything?"),
    ("Bạn sưu tầm gì?", "What do you collect?"),
    ("Bố bạn sưu tầm gì?", "What does your father collect?"),
    ("Tôi không sưu tầm gì cả.", "I don't collect anything."),
    # v8: "My father likes collecting the shareholders.", "She engineered the doll.", "What do you like collection?"
    ("Bố tôi thích sưu tầm đồng hồ cổ.", "My father likes collecting antique clocks."),
    ("Bố tôi rất thích sưu tầm tiền xu cổ.", "My father really likes collecting antique coins."),
    ("Cô ấy mê sưu tầm búp bê.", "She loves collecting dolls."),
    ("Bạn có thích sưu tầm tem không?", "Do you like collecting stamps?"),
    ("Tôi không thích sưu tầm tem.", "I don't like collecting stamps."),
    ("Bạn thích sưu tầm gì?", "What do you like collecting?"),
    # v8: "I collected stamps.", "We collected stamps and postcards.", "I've been collecting money in the past."
    ("Hồi nhỏ tôi sưu tầm tem.", "I collected stamps as a child."),
    ("Tôi sưu tầm tem hồi nhỏ.", "I collected stamps as a child."),
    ("Hồi nhỏ chúng tôi sưu tầm tem và bưu thiếp.", "We collected stamps and postcards as children."),
    ("Hồi nhỏ tôi thích sưu tầm tem.", "I liked collecting stamps as a child."),
    ("Hồi nhỏ tôi rất thích sưu tầm tem.", "I really liked collecting stamps as a child."),  # (not "liked")
    ("Hồi nhỏ tôi không sưu tầm tem.", "I didn't collect stamps as a child."),
    ("Hồi nhỏ bạn có sưu tầm gì không?", "Did you collect anything as a child?"),
    ("Hồi nhỏ bạn sưu tầm gì?", "What did you collect as a child?"),
    ("Trước đây bố tôi sưu tầm tiền xu.", "My father used to collect coins."),
    ("Trước đây bạn có sưu tầm tem không?", "Did you use to collect stamps?"),
    ("Trước đây tôi rất thích sưu tầm tem.", "I used to really like collecting stamps."),
    # v8: "I collected old cents for ten years.", "How long do you collect the importance?"
    ("Tôi sưu tầm tiền xu cũ được mười năm rồi.", "I've been collecting old coins for ten years."),
    ("Mẹ tôi sưu tầm tem được một năm rồi.", "My mother has been collecting stamps for a year."),
    ("Tôi sưu tầm tem được hơn hai mươi năm rồi.", "I've been collecting stamps for over twenty years."),
    ("Chúng tôi sưu tầm bưu thiếp được vài tháng rồi.", "We've been collecting postcards for a few months."),
    ("Bạn sưu tầm tem bao lâu rồi?", "How long have you been collecting stamps?"),
    ("Lan sưu tầm búp bê được bao lâu rồi?", "How long has Lan been collecting dolls?"),
    # v8: "I've collected more than 500 stamps." (right), "How much do you collect?"
    ("Tôi đã sưu tầm được hơn 500 con tem.", "I've collected over 500 stamps."),
    ("Bác Hùng sưu tầm được 1.000 đồng xu rồi.", "Uncle Hung has collected 1,000 coins."),
    ("Bạn sưu tầm được bao nhiêu con tem rồi?", "How many stamps have you collected?"),
    ("Tôi đã sưu tầm được 12345 con tem rồi.", "I've collected 12,345 stamps."),
    # v8: "My grandfather has a stamp collection.", "Do you have a stamp Gallery?", "My mother had a large collection
    # of plates so much."
    ("Bà tôi có một bộ sưu tập tem.", "My grandmother has a stamp collection."),
    ("Bạn có bộ sưu tập tem không?", "Do you have a stamp collection?"),
    ("Tôi không có bộ sưu tập tem.", "I don't have a stamp collection."),
    ("Mẹ tôi có một bộ sưu tập đĩa than rất lớn.", "My mother has a very large record collection."),
    ("Anh ấy có một bộ sưu tập tem và bưu thiếp.", "He has a collection of stamps and postcards."),
    ("Ông tôi có một bộ sưu tập đồng hồ cổ.", "My grandfather has a collection of antique clocks."),
    # not: "từng" (once, or used to?), gathering documents, clocks or watches, a pet, "anh" saying it (the
    # speaker?), "I" asked (a slip), a "?" on a statement, "không?" with no "có", a count with neither "đã" nor "rồi"
    # (can?), "used to" denied, "gì" said, "bao lâu" with no "rồi", the future, "nhỉ", the other language, nonsense
    ("Ông tôi từng sưu tầm tiền xu.", None), ("Tôi sưu tầm tài liệu.", None), ("Tôi sưu tầm đồng hồ.", None),
    ("Con mèo của tôi sưu tầm tem.", None), ("Anh sưu tầm tem.", None), ("Tôi có sưu tầm tem không?", None),
    ("Tôi sưu tầm tem?", None), ("Bạn sưu tầm tem không?", None), ("Tôi sưu tầm được 500 con tem.", None),
    ("Trước đây tôi không sưu tầm tem.", None), ("Tôi sưu tầm gì.", None), ("Bạn sưu tầm tem bao lâu?", None),
    ("Tôi sẽ sưu tầm tem.", None), ("Tôi sưu tầm tem nhỉ.", None), ("My brother collects stamps.", None),
    ("Sưu tầm tem sưu tầm.", None), ("Bạn có thích sưu tầm gì không?", None), ("Bộ sưu tập thời trang mới.", None),
    ("Bộ sưu tập của tôi rất lớn.", None), ("Hôm qua tôi sưu tầm tem.", None), ("Tôi sưu tầm được một con tem.", None),
    # not: "còn" said (still, or also: "Ngoài tem, tôi còn sưu tầm tiền xu."), "còn … gì" (anything else?), one
    # thing counted in figures ("1 stamps")
    ("Tôi còn sưu tầm tem.", None), ("Bố tôi còn thích sưu tầm đồ cổ.", None), ("Bạn còn sưu tầm gì không?", None),
    ("Bạn còn sưu tầm gì?", None), ("Bạn có còn sưu tầm gì không?", None), ("Tôi đã sưu tầm được 1 con tem.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Em tôi thu thập tem." (gathering data; "em", a younger one), "Bà tôi thu thập đồng nghiệp cũ." (colleagues)
    ("My brother collects stamps.", "Anh trai tôi sưu tầm tem."),
    ("My grandmother collects old coins.", "Bà tôi sưu tầm tiền xu cũ."),
    ("She collects postcards.", "Cô ấy sưu tầm bưu thiếp."),
    ("Lan collects model cars.", "Lan sưu tầm mô hình ô tô."),
    ("I still collect coins.", "Tôi vẫn sưu tầm tiền xu."),
    ("I'm collecting stamps.", "Tôi đang sưu tầm tem."),
    ("We collect stamps, coins and postcards.", "Chúng tôi sưu tầm tem, tiền xu và bưu thiếp."),
    # v8: "Bạn có thu thập tem không?", "Bạn vẫn có thu thập tem không?", "Cô ấy không còn thu thập nữa."
    ("Do you collect stamps?", "Bạn có sưu tầm tem không?"),
    ("Does your father collect vinyl records?", "Bố bạn có sưu tầm đĩa than không?"),
    ("Do you still collect stamps?", "Bạn còn sưu tầm tem không?"),
    ("Are you collecting stamps?", "Bạn có đang sưu tầm tem không?"),
    ("She doesn't collect dolls.", "Cô ấy không sưu tầm búp bê."),
    ("She no longer collects dolls.", "Cô ấy không còn sưu tầm búp bê nữa."),
    ("We don't collect vinyl records any more.", "Chúng tôi không còn sưu tầm đĩa than nữa."),
    # v8: "Bạn thu thập bất cứ thứ gì?", "Bạn thu thập gì?", "Bố bạn thu thập gì?"
    ("Do you collect anything?", "Bạn có sưu tầm gì không?"),
    ("I don't collect anything.", "Tôi không sưu tầm gì cả."),
    ("What do you collect?", "Bạn sưu tầm gì?"),
    ("What does your father collect?", "Bố bạn sưu tầm gì?"),
    # v8: "Cha tôi thích thu thập đồng hồ chốngque.", "Bạn thích thu thập gì?"
    ("My father likes collecting antique clocks.", "Bố tôi thích sưu tầm đồng hồ cổ."),
    ("My mother loves collecting seashells.", "Mẹ tôi rất thích sưu tầm vỏ sò."),
    ("He enjoys collecting comic books.", "Anh ấy thích sưu tầm truyện tranh."),
    ("Do you like collecting stamps?", "Bạn có thích sưu tầm tem không?"),
    ("What do you like collecting?", "Bạn thích sưu tầm gì?"),
    # (not "không rất thích", "có rất thích … không?": "love" is "mê" but said)
    ("She doesn't love collecting dolls.", "Cô ấy không mê sưu tầm búp bê."),
    ("Do you love collecting stamps?", "Bạn có mê sưu tầm tem không?"),
    ("Do you still love collecting stamps?", "Bạn còn mê sưu tầm tem không?"),
    ("What does she love collecting?", "Cô ấy mê sưu tầm gì?"),
    ("She still loves collecting dolls.", "Cô ấy vẫn rất thích sưu tầm búp bê."),
    # v8: "Tôi thu thập tem như một đứa trẻ.", "Tôi từng dùng để thu thập tem.", "Bạn có thu thập bất cứ thứ gì như
    # một đứa trẻ không?"
    ("I collected stamps as a child.", "Hồi nhỏ tôi sưu tầm tem."),
    ("We collected stamps as children.", "Hồi nhỏ chúng tôi sưu tầm tem."),
    ("I liked collecting stamps as a child.", "Hồi nhỏ tôi thích sưu tầm tem."),
    ("I didn't collect stamps as a child.", "Hồi nhỏ tôi không sưu tầm tem."),
    ("Did you collect anything as a child?", "Hồi nhỏ bạn có sưu tầm gì không?"),
    ("What did you collect as a child?", "Hồi nhỏ bạn sưu tầm gì?"),
    ("I used to collect stamps.", "Trước đây tôi sưu tầm tem."),
    ("Did she use to collect postcards?", "Trước đây cô ấy có sưu tầm bưu thiếp không?"),
    ("I didn't love collecting stamps as a child.", "Hồi nhỏ tôi không mê sưu tầm tem."),
    ("Did you use to love collecting stamps?", "Trước đây bạn có mê sưu tầm tem không?"),
    # v8: "Tôi đang thu thập đồng nghiệp cũ được mười năm rồi.", "Bạn thu thập tem bao lâu rồi?"
    ("I've been collecting old coins for ten years.", "Tôi sưu tầm tiền xu cũ được mười năm rồi."),
    ("He has been collecting stamps for a year.", "Anh ấy sưu tầm tem được một năm rồi."),
    ("My father has been collecting coins for over 20 years.", "Bố tôi sưu tầm tiền xu được hơn 20 năm rồi."),
    ("How long have you been collecting stamps?", "Bạn sưu tầm tem bao lâu rồi?"),
    ("How long has Lan been collecting dolls?", "Lan sưu tầm búp bê bao lâu rồi?"),
    # v8: "Tôi đã sưu tập hơn 500 tems.", "Bạn đã thu thập bao nhiêu tems?"
    ("I've collected over 500 stamps.", "Tôi đã sưu tầm được hơn 500 con tem."),
    ("My father has collected 1,000 coins.", "Bố tôi đã sưu tầm được 1.000 đồng xu."),
    ("We have collected ten postcards so far.", "Chúng tôi đã sưu tầm được mười tấm bưu thiếp rồi."),
    ("How many stamps have you collected?", "Bạn đã sưu tầm được bao nhiêu con tem rồi?"),
    # v8: "Bà tôi có một tập tem.", "Bạn có tập tem không?", "Cô ấy có một bộ sưu tập lớn." (the records lost)
    ("My grandmother has a stamp collection.", "Bà tôi có một bộ sưu tập tem."),
    ("Do you have a stamp collection?", "Bạn có bộ sưu tập tem không?"),
    ("I don't have a stamp collection.", "Tôi không có bộ sưu tập tem."),
    ("She's got a huge record collection.", "Cô ấy có một bộ sưu tập đĩa than đồ sộ."),
    ("My uncle has a collection of antique clocks.", "Chú tôi có một bộ sưu tập đồng hồ cổ."),
    # not: a verb that does not agree, "collected" with no time (as a child, or last year?), "anything" said, a pet,
    # "I" asked, "records" alone (of data?), collecting children, "as a child" of many, "year" of two, "a" before a
    # vowel, a "?" on a statement or a "." on a question, the other language, nonsense
    ("My brother collect stamps.", None), ("She don't collect stamps.", None), ("Does you collect stamps?", None),
    ("Did you collected stamps as a child?", None), ("I collected stamps.", None), ("I collect anything.", None),
    ("I collected anything as a child.", None), ("My cat collects stamps.", None), ("Do I collect stamps?", None),
    ("I collect records.", None), ("She collects the kids from school.", None),
    ("We collected stamps as a child.", None), ("I've been collecting stamps for two year.", None),
    ("She has a stamp collection?", None), ("He has an stamp collection.", None), ("I used to collected stamps.", None),
    ("Do you collect stamps.", None), ("Have you been collecting stamps for two years?", None),
    ("I have collected 500 stamp.", None), ("Anh tôi sưu tầm tem.", None), ("Collect collect collect.", None),
    ("I didn't use to collect stamps.", None), ("He collects data.", None),
    # not: shells or bottle caps being collected (picked up: "nhặt"), one thing counted in figures
    ("Are they collecting seashells?", None), ("We are collecting bottle caps.", None),
    ("I've collected 1 stamps.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
