"""Face masks: had, needed, asked for, borrowed, bought, run out of, worn when going out or in a place, and looked for,
both ways (mt/face_masks.py)."""
import pytest

from mt.face_masks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you export a page?", "Do you import extra page?", "Has anyone with a page?", "Who have a page?", "I have a
    # cemetery.", "I don't have a pages.", "He has no jewelry.", "I have a left page.", "I need a jewelry."
    ("Bạn có khẩu trang không?", "Do you have a mask?"),
    ("Bạn có khẩu trang thừa không?", "Do you have a spare mask?"),
    ("Có ai có khẩu trang không?", "Does anyone have a mask?"),
    ("Ai có khẩu trang không?", "Does anyone have a mask?"),
    ("Có ai có khẩu trang thừa không?", "Does anyone have a spare mask?"),
    ("Tôi có khẩu trang.", "I have a mask."),
    ("Tôi có khẩu trang rồi.", "I already have a mask."),
    ("Bạn có khẩu trang chưa?", "Do you have a mask yet?"),
    ("Tôi không có khẩu trang.", "I don't have a mask."),
    ("Anh ấy không có khẩu trang.", "He doesn't have a mask."),
    ("Tôi có một cái khẩu trang thừa.", "I have a spare mask."),
    ("Mẹ tôi có khẩu trang dự phòng.", "My mother has a spare mask."),
    ("Lan có khẩu trang không?", "Does Lan have a mask?"),
    ("Tôi cần một cái khẩu trang.", "I need a mask."),
    ("Tôi cần khẩu trang.", "I need a mask."),
    ("Bạn có cần khẩu trang không?", "Do you need a mask?"),
    ("Bạn cần khẩu trang không?", "Do you need a mask?"),
    ("Tôi không cần khẩu trang.", "I don't need a mask."),
    ("Có ai cần khẩu trang không?", "Does anyone need a mask?"),
    # v8: "Let me get a jewelry.", "Let me a jewelry.", "Can I please please export the page?", "Could you tell me the
    # page you borrow?", "Let us have two pages.", "Let me add a page to.", "Let me borrow pages with."
    ("Cho tôi xin một cái khẩu trang.", "Could I have a mask, please?"),
    ("Cho tôi xin cái khẩu trang.", "Could I have a mask, please?"),
    ("Cho tôi một cái khẩu trang.", "Could I have a mask?"),
    ("Cho tôi xin khẩu trang được không?", "Could I have a mask, please?"),
    ("Cho tôi mượn một cái khẩu trang được không?", "Can I borrow a mask?"),
    ("Cho mình mượn khẩu trang với.", "Can I borrow a mask?"),
    ("Bạn cho tôi mượn khẩu trang được không?", "Can you lend me a mask?"),
    ("Bạn có thể cho tôi mượn khẩu trang không?", "Can you lend me a mask?"),
    ("Bạn cho tôi một cái khẩu trang được không?", "Can you give me a mask?"),
    ("Cho chúng tôi xin hai cái khẩu trang.", "Could we have two masks, please?"),
    ("Cho tôi xin thêm một cái khẩu trang nhé.", "Could I have another mask, please?"),
    # v8: "I bought a box of the page.", "My mother bought two boxes of page.", "I bought twenty pages.", "Have you
    # bought a page yet?", "I need to buy a page.", "I bought the page." (my father's), "We bought 50 pages."
    ("Tôi mua một hộp khẩu trang.", "I bought a box of masks."),
    ("Tôi vừa mua một hộp khẩu trang.", "I just bought a box of masks."),
    ("Mẹ tôi mua hai hộp khẩu trang.", "My mother bought two boxes of masks."),
    ("Tôi đã mua năm mươi cái khẩu trang.", "I bought fifty masks."),
    ("Chúng tôi mua 50 cái khẩu trang.", "We bought 50 masks."),
    ("Bạn đã mua khẩu trang chưa?", "Have you bought any masks yet?"),
    ("Bạn mua khẩu trang chưa?", "Have you bought any masks yet?"),
    ("Tôi chưa mua khẩu trang.", "I haven't bought any masks yet."),
    ("Bố tôi đã mua khẩu trang rồi.", "My father has already bought some masks."),
    ("Tôi cần mua khẩu trang.", "I need to buy some masks."),
    ("Tôi cần mua thêm khẩu trang.", "I need to buy more masks."),
    ("Tôi phải mua thêm khẩu trang.", "I have to buy more masks."),
    ("Bạn có cần mua khẩu trang không?", "Do you need to buy any masks?"),
    ("Cô ấy muốn mua một hộp khẩu trang.", "She wants to buy a box of masks."),
    ("Tôi sẽ mua khẩu trang.", "I'll buy some masks."),
    ("Tôi định mua một gói khẩu trang.", "I'm going to buy a pack of masks."),
    # v8: "I'm all jewelry.", "My mother was going to be all the pages.", "We used all pages."
    ("Tôi hết khẩu trang rồi.", "I've run out of masks."),
    ("Mẹ tôi sắp hết khẩu trang.", "My mother is running out of masks."),
    ("Chúng tôi dùng hết khẩu trang rồi.", "We've run out of masks."),
    # v8: "Out of page wearing memory.", "Go out of page wearing memory.", "Page wearback.", "Outside must wear pages.",
    # "Every time outside the page wearing memory!", "Don't forget to wear pages when they're out."
    ("Ra ngoài nhớ đeo khẩu trang.", "Remember to wear a mask when you go out."),
    ("Đi ra ngoài nhớ đeo khẩu trang.", "Remember to wear a mask when you go out."),
    ("Ra ngoài nhớ đeo khẩu trang nhé.", "Remember to wear a mask when you go out."),
    ("Khi ra ngoài nhớ đeo khẩu trang.", "Remember to wear a mask when you go out."),
    ("Ra đường nhớ đeo khẩu trang.", "Remember to wear a mask when you go out."),
    ("Ra ngoài thì nhớ đeo khẩu trang nhé.", "Remember to wear a mask when you go out."),
    ("Ra ngoài phải đeo khẩu trang.", "You have to wear a mask when you go out."),
    ("Mỗi khi ra ngoài nhớ đeo khẩu trang!", "Remember to wear a mask whenever you go out!"),
    ("Đừng quên đeo khẩu trang khi ra ngoài.", "Don't forget to wear a mask when you go out."),
    ("Đừng quên đeo khẩu trang khi ra ngoài nhé.", "Don't forget to wear a mask when you go out."),
    ("Ra ngoài đừng quên đeo khẩu trang.", "Don't forget to wear a mask when you go out."),
    # v8: "You must wear the page in this.", "You must wear pages on the bus.", "On the bus must wear pages.", "Do I
    # have to wear clothes on the plane?", "We must wear clothes in the hospital.", "You should wear a page on your
    # boat."
    ("Bạn phải đeo khẩu trang trong này.", "You have to wear a mask in here."),
    ("Bạn phải đeo khẩu trang trên xe buýt.", "You have to wear a mask on the bus."),
    ("Trên xe buýt phải đeo khẩu trang.", "You have to wear a mask on the bus."),
    ("Trên xe buýt có phải đeo khẩu trang không?", "Do you have to wear a mask on the bus?"),
    ("Tôi có phải đeo khẩu trang trên máy bay không?", "Do I have to wear a mask on the plane?"),
    ("Chúng ta phải đeo khẩu trang trong bệnh viện.", "We have to wear masks in the hospital."),
    ("Mẹ tôi không cần đeo khẩu trang trong này.", "My mother doesn't need to wear a mask in here."),
    ("Bạn nên đeo khẩu trang trên tàu.", "You should wear a mask on the train."),
    ("Bác Hùng phải đeo khẩu trang ở sân bay.", "Uncle Hung has to wear a mask at the airport."),
    ("Anh có phải đeo khẩu trang trên xe buýt không?", "Do you have to wear a mask on the bus?"),
    # v8: "Where do you export your page?", "Where do I export my page?", "Where is the export of Land?"
    ("Khẩu trang của bạn đâu?", "Where's your mask?"),
    ("Khẩu trang của tôi đâu rồi?", "Where's my mask?"),
    ("Khẩu trang của mẹ tôi đâu?", "Where's my mother's mask?"),
    ("Khẩu trang của Lan đâu?", "Where's Lan's mask?"),
    # not: not wearing one (now, as a rule, or then?), a bare "mua" (bought, or will?) or "hết" (when?), "we", "they"
    # having one (one each?), "anh" saying it, "em" with "ạ", "I" asked, a pet, "không" asked without "?", a "?" on a
    # statement, "thế" said, "nhỉ", a beauty mask, lending said (asked, or you did?), a box borrowed, ours, a place
    # said twice, what mt/safety_gear.py and mt/air_pollution.py write, the other way's language, nonsense
    ("Anh ấy không đeo khẩu trang.", None), ("Sao bạn không đeo khẩu trang?", None), ("Tôi mua khẩu trang.", None),
    ("Tôi hết khẩu trang.", None), ("Chúng tôi có khẩu trang.", None), ("Họ không có khẩu trang.", None),
    ("Anh có khẩu trang.", None), ("Em có khẩu trang không ạ?", None), ("Tôi có khẩu trang không?", None),
    ("Con chó của tôi có khẩu trang.", None), ("Bạn có khẩu trang không.", None), ("Tôi có khẩu trang?", None),
    ("Tôi cần mua khẩu trang thế.", None), ("Tôi có khẩu trang nhỉ.", None), ("Chị ấy đắp mặt nạ.", None),
    ("Bạn cho tôi mượn khẩu trang.", None), ("Cho tôi mượn một hộp khẩu trang được không?", None),
    ("Khẩu trang của con chó tôi đâu?", None), ("Khẩu trang của chúng tôi đâu?", None),
    ("Trên xe buýt bạn phải đeo khẩu trang trên tàu.", None), ("Ra ngoài nhớ đeo khẩu trang?", None),
    ("Tôi sắp hết khẩu trang rồi.", None), ("Tôi không mua khẩu trang.", None), ("Bạn có mua khẩu trang không?", None),
    ("Bạn phải đeo khẩu trang ở đây.", None), ("Nhớ đeo khẩu trang khi ra ngoài nhé.", None),
    ("Tôi quên mang khẩu trang.", None), ("Do you have a mask?", None), ("Khẩu trang khẩu trang khẩu trang.", None),
    ("Tôi có không khẩu trang.", None), ("Cho tôi xin không cái khẩu trang.", None),
    # review: a pack borrowed, as a box; "chúng ta" buying with no tense (we bought, or let's buy?), "bạn" (you bought,
    # or told to buy?)
    ("Cho tôi mượn một gói khẩu trang.", None), ("Chúng ta mua hai hộp khẩu trang.", None),
    ("Chúng ta mua 50 cái khẩu trang.", None), ("Bạn mua hai hộp khẩu trang.", None),
    ("Chúng ta đã mua hai hộp khẩu trang.", "We bought two boxes of masks."),
    ("Lan mua hai hộp khẩu trang.", "Lan bought two boxes of masks."),
    # review: "we" asking for masks uncounted (one, or one each?); more not bought or needed ("any more")
    ("Cho chúng tôi xin khẩu trang.", None), ("Bạn cho chúng tôi mượn khẩu trang được không?", None),
    ("Cho chúng tôi xin thêm khẩu trang.", "Could we have more masks, please?"),
    ("Mẹ tôi chưa mua thêm khẩu trang.", "My mother hasn't bought any more masks yet."),
    ("Mẹ tôi đã mua thêm khẩu trang chưa?", "Has my mother bought any more masks yet?"),
    ("Mẹ tôi không cần mua thêm khẩu trang.", "My mother doesn't need to buy any more masks."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có mặt nạ đối mặt không?", "Bạn có mặt nạ spare không?", "Có ai có mặt nạ không?", "Tôi không có mặt
    # nạ.", "Anh ta không có mặt nạ.", "Tôi cần một mặt nạ." (a disguise, a beauty mask)
    ("Do you have a face mask?", "Bạn có khẩu trang không?"),
    ("Do you have a mask?", "Bạn có khẩu trang không?"),
    ("Do you have a spare mask?", "Bạn có khẩu trang thừa không?"),
    ("Have you got a spare mask?", "Bạn có khẩu trang thừa không?"),
    ("Do you have any masks?", "Bạn có khẩu trang không?"),
    ("Does anyone have a mask?", "Có ai có khẩu trang không?"),
    ("Does anybody have a spare face mask?", "Có ai có khẩu trang thừa không?"),
    ("I have a spare mask.", "Tôi có một cái khẩu trang thừa."),
    ("I've got a spare mask.", "Tôi có một cái khẩu trang thừa."),
    ("I have a mask.", "Tôi có khẩu trang."),
    ("I don't have a mask.", "Tôi không có khẩu trang."),
    ("He doesn't have a mask.", "Anh ấy không có khẩu trang."),
    ("My mother has a spare mask.", "Mẹ tôi có một cái khẩu trang thừa."),
    ("Lan doesn't have any masks.", "Lan không có khẩu trang."),
    ("I need a mask.", "Tôi cần một cái khẩu trang."),
    ("Do you need a mask?", "Bạn có cần khẩu trang không?"),
    ("She doesn't need a mask.", "Cô ấy không cần khẩu trang."),
    ("Does anyone need a mask?", "Có ai cần khẩu trang không?"),
    # v8: "Có thể tôi có mặt nạ không?", "Làm ơn tôi có mặt nạ được không?", "Có thể tôi bị mặt nạ không?", "Có thể
    # mượn mặt nạ không?", "Bạn có thể cho tôi một mặt nạ không?", "Tôi có thể có mặt nạ khác không?"
    ("Can I have a mask?", "Cho tôi xin một cái khẩu trang được không?"),
    ("Could I have a mask, please?", "Cho tôi xin một cái khẩu trang được không?"),
    ("Can I get a face mask?", "Cho tôi xin một cái khẩu trang được không?"),
    ("Could we have two masks, please?", "Cho chúng tôi xin hai cái khẩu trang được không?"),
    ("Can I have another mask?", "Cho tôi xin thêm một cái khẩu trang được không?"),
    ("Can I borrow a mask?", "Cho tôi mượn một cái khẩu trang được không?"),
    ("Can you lend me a mask?", "Bạn cho tôi mượn một cái khẩu trang được không?"),
    ("Could you give me a mask?", "Bạn cho tôi xin một cái khẩu trang được không?"),
    # v8: "Tôi mua mặt nạ một hộp.", "Tôi vừa mua được một hộp mặt nạ.", "Bạn đã mua bất kỳ mặt nạ nào chưa?", "Tôi cần
    # mua một vài mặt nạ.", "Cha tôi đã mua một vài mặt nạ.", "Anh ấy vừa mua mặt nạ một gói.", "Bé có cần mua mặt nạ
    # không?"
    ("I bought a box of masks.", "Tôi đã mua một hộp khẩu trang."),
    ("I just bought a box of face masks.", "Tôi vừa mua một hộp khẩu trang."),
    ("My mother bought two boxes of masks.", "Mẹ tôi đã mua hai hộp khẩu trang."),
    ("She bought fifty masks.", "Cô ấy đã mua năm mươi cái khẩu trang."),
    ("Have you bought any masks yet?", "Bạn đã mua khẩu trang chưa?"),
    ("Have you bought masks yet?", "Bạn đã mua khẩu trang chưa?"),
    ("I need to buy some masks.", "Tôi cần mua khẩu trang."),
    ("I need to buy more masks.", "Tôi cần mua thêm khẩu trang."),
    ("I haven't bought any masks yet.", "Tôi chưa mua khẩu trang."),
    ("My father has already bought some masks.", "Bố tôi đã mua khẩu trang rồi."),
    ("She wants to buy a box of masks.", "Cô ấy muốn mua một hộp khẩu trang."),
    ("I'll buy some masks.", "Tôi sẽ mua khẩu trang."),
    ("He's just bought a pack of masks.", "Anh ấy vừa mua một gói khẩu trang."),
    ("Does she need to buy masks?", "Cô ấy có cần mua khẩu trang không?"),
    ("I have to buy more masks.", "Tôi phải mua thêm khẩu trang."),
    ("They bought 20 masks.", "Họ đã mua 20 cái khẩu trang."),
    # v8: "Tôi đã chạy khỏi mặt nạ.", "Mẹ tôi đang chạy khỏi mặt nạ.", "Anh ta chạy khỏi mặt nạ." (ran away from it)
    ("I've run out of masks.", "Tôi hết khẩu trang rồi."),
    ("My mother is running out of masks.", "Mẹ tôi sắp hết khẩu trang."),
    ("He's run out of face masks.", "Anh ấy hết khẩu trang rồi."),
    ("I've just run out of masks.", "Tôi vừa hết khẩu trang."),
    # v8: "Đừng quên đeo mặt nạ khi bạn ra ngoài.", "Đừng quên đeo mặt nạ bất cứ khi nào bạn đi ra!", "Đừng quên mặc
    # mặt nạ của bạn khi đi ra ngoài."
    ("Don't forget to wear a mask when you go out.", "Đừng quên đeo khẩu trang khi ra ngoài."),
    ("Don't forget to wear a mask whenever you go out!", "Đừng quên đeo khẩu trang mỗi khi ra ngoài!"),
    ("Do not forget to wear your mask when going out.", "Đừng quên đeo khẩu trang khi ra ngoài."),
    # v8: "Bạn phải mặc áo mặt nạ ở đây.", "Bạn phải mặc một mặt nạ trên xe buýt.", "Mẹ tôi có cần mặc một mặt nạ ở bệnh
    # viện không?", "Tôi có nên mặc chiếc mặt nạ trên xe lửa không?", "Anh ta phải đeo mặt nạ trong lớp."
    ("You have to wear a mask in here.", "Bạn phải đeo khẩu trang trong này."),
    ("You have to wear a mask on the bus.", "Bạn phải đeo khẩu trang trên xe buýt."),
    ("You must wear a mask on the bus.", "Bạn phải đeo khẩu trang trên xe buýt."),
    ("Do I have to wear a mask on the plane?", "Tôi có phải đeo khẩu trang trên máy bay không?"),
    ("Does my mother need to wear a mask in the hospital?", "Mẹ tôi có cần đeo khẩu trang trong bệnh viện không?"),
    ("You don't have to wear a mask in here.", "Bạn không phải đeo khẩu trang trong này."),
    ("Should I wear a mask on the train?", "Tôi có nên đeo khẩu trang trên tàu không?"),
    ("You should wear a mask at the airport.", "Bạn nên đeo khẩu trang ở sân bay."),
    ("They have to wear masks at school.", "Họ phải đeo khẩu trang ở trường."),
    ("He has to wear a mask in class.", "Anh ấy phải đeo khẩu trang trong lớp."),
    # v8: "Tại sao bạn không đeo mặt nạ?", "Tại sao không phải đeo mặt nạ?", "Tại sao cha tôi không mặc áo mặt nạ?"
    ("Why aren't you wearing a mask?", "Sao bạn không đeo khẩu trang?"),
    ("Why isn't he wearing a mask?", "Sao anh ấy không đeo khẩu trang?"),
    ("Why don't you wear a mask?", "Sao bạn không đeo khẩu trang?"),
    ("Why is my father not wearing a mask?", "Sao bố tôi không đeo khẩu trang?"),
    # v8: "Mặt nạ của bạn ở đâu?", "Mặt nạ tôi ở đâu?", "Mặt nạ của Lan ở đâu?"
    ("Where's your mask?", "Khẩu trang của bạn đâu?"),
    ("Where is my mask?", "Khẩu trang của tôi đâu?"),
    ("Where's my mother's mask?", "Khẩu trang của mẹ tôi đâu?"),
    ("Where is Lan's mask?", "Khẩu trang của Lan đâu?"),
    # not: a verb or a count not agreeing, "we" (chúng tôi or chúng ta?), "I" asked, a pet, a "?" on a statement, "got"
    # alone (when?), "anyone" said, "not" twice, a box borrowed, "some" asked, "masks" for one, a beauty mask, what
    # mt/safety_gear.py writes, the other way's language, nonsense
    ("She have a spare mask.", None), ("Does you have a mask?", None), ("I has run out of masks.", None),
    ("We bought 50 masks.", None), ("We have to wear masks on the bus.", None),
    ("He have to wear a mask on the bus.", None), ("Do I have a mask?", None), ("Can I have a masks?", None),
    ("I bought 1 masks.", None), ("She bought two mask.", None), ("My dog has a mask.", None),
    ("Where's my dog's mask?", None), ("I have a mask?", None), ("I got a mask.", None), ("Anyone has a mask.", None),
    ("Why aren't you not wearing a mask?", None), ("Why don't he wear a mask?", None),
    ("Can I borrow a box of masks?", None), ("Have you bought some masks yet?", None),
    ("You must wear masks on the bus.", None), ("She's putting on a face mask.", None),
    ("You have to wear a mask here.", None), ("I forgot my mask.", None), ("He needs to buys masks.", None),
    ("I needs to buy masks.", None), ("Bạn có khẩu trang không?", None), ("Mask mask mask.", None),
    # a name's own, asked or said
    ("John has a spare mask.", "John có một cái khẩu trang thừa."),
    ("Does Mary need a mask?", "Mary có cần khẩu trang không?"),
    # review: "Why don't I …?" (a suggestion: why not), a spare one needed ("dự phòng": "thừa" is left over)
    ("Why don't I wear a mask?", None),
    ("I need a spare mask.", "Tôi cần một cái khẩu trang dự phòng."),
    ("Does anybody need a spare mask?", "Có ai cần khẩu trang dự phòng không?"),
    # review: "our" (chúng tôi, or between parents chúng ta?), as "we"
    ("Our son has to wear a mask at school.", None), ("Where's our son's mask?", None),
    ("Our daughter needs a mask.", None), ("Our son has run out of masks.", None),
    ("Why isn't our son wearing a mask?", None), ("Our son bought a box of masks.", None),
    ("Their daughter needs a mask.", "Con gái họ cần một cái khẩu trang."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
