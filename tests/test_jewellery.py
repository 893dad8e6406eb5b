"""Jewellery lost, dropped, worn and taken off, and a ring too tight or loose, both ways (mt/jewellery.py)."""
import pytest

from mt.jewellery import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm lost my wedding ring.", "My mother had lost the gold chain.", "Yesterday, land lost an ear cotton ball."
    ("Tôi bị mất nhẫn cưới.", "I've lost my wedding ring."),
    ("Tôi làm mất nhẫn của tôi.", "I've lost my ring."),
    ("Mẹ tôi vừa làm mất dây chuyền vàng.", "My mother has just lost her gold necklace."),
    ("Anh ấy đã làm mất nhẫn đính hôn.", "He lost his engagement ring."),
    ("Hôm qua Lan làm mất một chiếc bông tai.", "Lan lost an earring yesterday."),
    ("Chúng tôi bị mất nhẫn cưới rồi.", "We've lost our wedding rings."),
    ("Tôi không làm mất nhẫn.", "I didn't lose my ring."),
    ("Bạn có làm mất vòng tay không?", "Did you lose your bracelet?"),
    ("Bác Lan bị mất nhẫn cưới.", "Aunt Lan has lost her wedding ring."),
    # v8: "I fell my ears.", "I fell ring to the village."
    ("Tôi đánh rơi bông tai.", "I dropped my earring."),
    ("Tôi đánh rơi nhẫn xuống cống rồi.", "I've dropped my ring down the drain."),
    ("Cô ấy làm rơi đôi bông tai.", "She dropped her earrings."),
    ("Bố tôi vừa đánh rơi nhẫn cưới xuống bồn rửa.", "My father has just dropped his wedding ring down the sink."),
    ("Tối qua tôi đánh rơi lắc tay.", "I dropped my bracelet last night."),
    ("Bạn có đánh rơi khuyên tai không?", "Did you drop your earring?"),
    ("Tôi không đánh rơi nhẫn.", "I didn't drop my ring."),
    # v8: "I don't wear my neck.", "Do you wear married rings?", "She's always wearing a silver hand.", "She was
    # wearing her shook.", "We don't wear wedding ring."
    ("Tôi không đeo vòng cổ.", "I don't wear a necklace."),
    ("Bạn có đeo nhẫn cưới không?", "Do you wear a wedding ring?"),
    ("Cô ấy luôn đeo vòng tay bạc.", "She always wears a silver bracelet."),
    ("Cô ấy đang đeo lắc tay.", "She's wearing a bracelet."),
    ("Chúng tôi không đeo nhẫn cưới.", "We don't wear wedding rings."),
    ("Mẹ tôi không bao giờ đeo bông tai.", "My mother never wears earrings."),
    ("Tôi đeo nhẫn.", "I wear a ring."),
    ("Cô ấy vẫn đeo nhẫn cưới.", "She still wears her wedding ring."),
    ("Anh ấy không còn đeo nhẫn cưới nữa.", "He doesn't wear his wedding ring any more."),
    ("Lan có đang đeo dây chuyền không?", "Is Lan wearing a necklace?"),
    ("Bố tôi chưa bao giờ đeo nhẫn.", "My father has never worn a ring."),
    ("Chị tôi thỉnh thoảng đeo dây chuyền kim cương.", "My sister sometimes wears a diamond necklace."),
    # v8: "She never took the ring.", "I always took the ring when I washed octal.", "I can't get the ring.", "He
    # never took off the wedding ring."
    ("Cô ấy không bao giờ tháo nhẫn ra.", "She never takes her ring off."),
    ("Tôi không bao giờ tháo nhẫn cưới.", "I never take my wedding ring off."),
    ("Tôi luôn tháo nhẫn ra khi rửa bát.", "I always take my ring off when washing up."),
    ("Tôi không tháo nhẫn ra được.", "I can't get my ring off."),
    ("Mẹ tôi không tháo được nhẫn.", "My mother can't get her ring off."),
    ("Anh ấy chưa bao giờ tháo nhẫn cưới ra.", "He's never taken his wedding ring off."),
    ("Tôi phải tháo nhẫn ra để rửa bát.", "I have to take my ring off to wash up."),
    ("Mẹ tôi thường tháo nhẫn ra trước khi đi ngủ.", "My mother often takes her ring off before going to bed."),
    ("Tôi vừa tháo nhẫn ra.", "I've just taken my ring off."),
    ("Bạn tháo nhẫn ra chưa?", "Have you taken your ring off yet?"),
    ("Bạn có bao giờ tháo nhẫn cưới ra không?", "Do you ever take your wedding ring off?"),
    ("Tôi có phải tháo nhẫn ra không?", "Do I have to take my ring off?"),
    ("Bạn có tháo nhẫn ra khi rửa bát không?", "Do you take your ring off when washing up?"),
    ("Cô ấy đã tháo bông tai ra.", "She took her earrings off."),
    ("Chúng tôi không bao giờ tháo nhẫn cưới.", "We never take our wedding rings off."),
    # v8: "The ring was frightened.", "My wedding is slightly loose."
    ("Chiếc nhẫn này chật quá.", "This ring is too tight."),
    ("Nhẫn cưới của tôi hơi lỏng.", "My wedding ring is a bit loose."),
    ("Nhẫn có bị chật không?", "Is the ring too tight?"),
    ("Nhẫn này rộng quá.", "This ring is too big."),
    ("Vòng tay của mẹ tôi hơi rộng.", "My mother's bracelet is a bit big."),
    ("Nhẫn này không chật.", "This ring isn't tight."),
    ("Nhẫn của Lan chật lắm.", "Lan's ring is very tight."),
    ("Nhẫn cưới của tôi bị chật.", "My wedding ring is too tight."),
    ("Nhẫn cưới của mẹ tôi bị lỏng.", "My mother's wedding ring is loose."),
    ("Nhẫn của bạn có bị lỏng không?", "Is your ring loose?"),
    # not: a name alone or "bạn tôi" with their own (his or her?), another's ring, a pet ("vòng cổ": a collar),
    # "khuyên tai" worn (mt/tattoos.py's), "anh" or "em" saying it, "I" asked, a day ahead, taking off plain or
    # "để" plain (did, or does?), a "?" on a statement, "thế" and "nhỉ", "rộng" plain
    ("Lan không bao giờ tháo nhẫn cưới.", None), ("Bạn tôi bị mất nhẫn.", None), ("Tôi làm mất nhẫn của bạn.", None),
    ("Con chó của tôi đeo vòng cổ.", None), ("Anh ấy đeo khuyên tai.", None), ("Anh đánh rơi nhẫn.", None),
    ("Em bị mất nhẫn cưới ạ.", None), ("Tôi đeo nhẫn không?", None), ("Ngày mai tôi đánh rơi nhẫn.", None),
    ("Tôi tháo nhẫn ra.", None), ("Tôi tháo nhẫn ra để rửa bát.", None), ("Tôi đánh rơi nhẫn?", None),
    ("Tôi bị mất nhẫn cưới thế.", None), ("Tôi bị mất nhẫn cưới nhỉ.", None), ("Nhẫn này rộng.", None),
    ("Nhẫn chật quá?", None), ("Bạn có đeo một chiếc nhẫn không?", None), ("Tôi có đeo nhẫn không?", None),
    ("Tôi sẽ mua nhẫn cưới.", None), ("Cô ấy đeo nhẫn vào.", None), ("Nhẫn cưới vàng này chật quá.", None),
    # whose said after a thing worn is said ("I don't wear a wedding ring." is another sentence)
    ("Tôi không đeo nhẫn cưới của mình.", "I don't wear my wedding ring."),
    ("Tôi đeo nhẫn của tôi.", "I wear my ring."), ("Tôi đang đeo nhẫn của tôi.", "I'm wearing my ring."),
    # not: got off at last ("được … rồi": managed), a habit's "khi …" on one time, lost down a drain (dropped),
    # "we" or "they" losing or dropping (one shared or each's own?), "our" or "their" ring tight (one or each's?)
    ("Tôi tháo được nhẫn ra rồi.", None), ("Tôi tháo nhẫn ra khi đi bơi rồi.", None),
    ("Tôi vừa tháo nhẫn ra khi rửa bát.", None), ("Bạn tháo nhẫn ra khi rửa bát chưa?", None),
    ("Tôi không thể tháo nhẫn ra khi rửa bát.", None), ("Tôi làm mất nhẫn xuống cống rồi.", None),
    ("Bạn có làm mất nhẫn xuống cống không?", None), ("Chúng tôi đánh rơi nhẫn.", None),
    ("Chúng tôi bị mất nhẫn.", None), ("Họ làm mất đôi bông tai.", None), ("Nhẫn của họ chật quá.", None),
    ("Nhẫn của chúng tôi chật quá.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã mất nhẫn cưới của tôi.", "Mẹ tôi vừa mất cổ vàng của mình.", "Lan mất một lỗ tai hôm qua."
    ("I've lost my wedding ring.", "Tôi bị mất nhẫn cưới."),
    ("I’ve lost my wedding ring.", "Tôi bị mất nhẫn cưới."),
    ("She's lost her ring.", "Cô ấy bị mất nhẫn."),
    ("My mother has just lost her gold necklace.", "Mẹ tôi vừa làm mất dây chuyền vàng."),
    ("Lan lost an earring yesterday.", "Hôm qua Lan làm mất một chiếc bông tai."),
    ("Lan lost her ring.", "Lan đã làm mất nhẫn."),
    ("I've lost an earring.", "Tôi bị mất một chiếc bông tai."),
    ("Did you lose your ring?", "Bạn có làm mất nhẫn không?"),
    ("I lost my ring last week.", "Tuần trước tôi làm mất nhẫn."),
    # v8: "Tôi thả tai.", "Tôi đã thả chiếc nhẫn của tôi xuống nước mắt."
    ("I dropped my earring.", "Tôi đánh rơi bông tai."),
    ("I've dropped my ring down the drain.", "Tôi đánh rơi nhẫn xuống cống rồi."),
    ("She dropped her earrings.", "Cô ấy đánh rơi đôi bông tai."),
    ("I've just dropped my necklace!", "Tôi vừa đánh rơi vòng cổ!"),
    ("I dropped my ring down the sink yesterday.", "Hôm qua tôi đánh rơi nhẫn xuống bồn rửa."),
    # v8: "Tôi không đeo cổ.", "Cô luôn đeo một chiếc cụ chỉnh hình bạc.", "Cô ta mặc một chiếc xe chỉnh hình.",
    # "Chúng ta không đeo nhẫn cưới."
    ("I don't wear a necklace.", "Tôi không đeo vòng cổ."),
    ("She always wears a silver bracelet.", "Cô ấy luôn đeo vòng tay bạc."),
    ("She's wearing a bracelet.", "Cô ấy đang đeo vòng tay."),
    ("We don't wear wedding rings.", "Chúng tôi không đeo nhẫn cưới."),
    ("Do you wear your wedding ring?", "Bạn có đeo nhẫn cưới không?"),
    ("Are you wearing a ring?", "Bạn có đang đeo nhẫn không?"),
    ("My grandmother always wears a gold bracelet.", "Bà tôi luôn đeo vòng tay vàng."),
    ("Does your mother wear a wedding ring?", "Mẹ bạn có đeo nhẫn cưới không?"),
    ("They don't wear wedding rings any more.", "Họ không còn đeo nhẫn cưới nữa."),
    ("My father has never worn a ring.", "Bố tôi chưa bao giờ đeo nhẫn."),
    ("She still wears her wedding ring.", "Cô ấy vẫn đeo nhẫn cưới."),
    # v8: "Cô ấy không bao giờ tháo nhẫn của mình.", "Tôi luôn lấy nhẫn của tôi khi rửa sạch.", "Tôi không thể lấy
    # nhẫn của tôi.", "Anh ta chưa bao giờ lấy chiếc nhẫn cưới của mình."
    ("She never takes her ring off.", "Cô ấy không bao giờ tháo nhẫn ra."),
    ("I always take my ring off when washing up.", "Tôi luôn tháo nhẫn ra khi rửa bát."),
    ("I can't get my ring off.", "Tôi không tháo nhẫn ra được."),
    ("He has never taken his wedding ring off.", "Anh ấy chưa bao giờ tháo nhẫn cưới ra."),
    ("We never take our rings off.", "Chúng tôi không bao giờ tháo nhẫn ra."),
    ("You have to take off your ring.", "Bạn phải tháo nhẫn ra."),
    ("Have you taken your ring off yet?", "Bạn đã tháo nhẫn ra chưa?"),
    ("Do I have to take my ring off?", "Tôi có phải tháo nhẫn ra không?"),
    ("She took off her necklace.", "Cô ấy đã tháo vòng cổ ra."),
    # v8: "Chiếc nhẫn này quá chặt.", "Nhẫn cưới của tôi là một chút lỏng lẻo."
    ("This ring is too tight.", "Chiếc nhẫn này chật quá."),
    ("My wedding ring is a bit loose.", "Nhẫn cưới của tôi hơi lỏng."),
    ("Is this ring too tight?", "Chiếc nhẫn này có bị chật không?"),
    ("This ring isn't tight.", "Chiếc nhẫn này không chật."),
    ("Is Lan's bracelet too big?", "Vòng tay của Lan có bị rộng không?"),
    ("My mother's ring is too loose.", "Nhẫn của mẹ tôi lỏng quá."),
    ("My ring is loose.", "Nhẫn của tôi bị lỏng."),
    ("Is your bracelet loose?", "Vòng tay của bạn có bị lỏng không?"),
    # not: the verb not agreeing, another's ring, his or her not who's own, "I" asked, earrings worn (a pierced ear:
    # mt/tattoos.py's), a pet, a ring that rings, a place not read, "will", "Have you lost …?", "very big"
    ("She wear a ring.", None), ("I has lost my ring.", None), ("I lost your ring.", None),
    ("My father lost her ring.", None), ("Do I wear a ring?", None), ("He wears an earring.", None),
    ("My dog wears a necklace.", None), ("I heard the phone ring.", None), ("I wear a ring on my finger.", None),
    ("I'll lose my ring.", None), ("Have you lost your ring?", None), ("This ring is very big.", None),
    ("This ring is big.", None), ("Is your ring a bit tight?", None), ("He usually wears a gold chain.", None),
    ("Has she taken her earrings off?", None), ("Do you wear a ring.", None), ("You wear a ring?", None),
    ("I take my ring off.", None), ("The boxer stepped into the ring.", None), ("She wears earrings.", None),
    ("My sister doesn't wear earrings any more.", None),
    # not: lost down a drain ("làm mất … xuống cống": dropped), a habit's "when …" on one time
    ("I lost my ring down the drain.", None), ("I've lost my ring down the drain.", None),
    ("I've taken my ring off when swimming.", None), ("I've just taken my ring off before going to bed.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
