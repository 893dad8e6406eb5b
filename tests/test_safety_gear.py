"""Putting on, wearing and taking off a mask, a helmet, a seatbelt or a life jacket, both ways (mt/safety_gear.py)."""
import pytest

from mt.safety_gear import translate


@pytest.mark.parametrize("text, said", [
    # v8: "To export a page.", "Insurgent power.", "The wiring is safe.", "The shirt was shirted.", "Give the page to."
    ("Đeo khẩu trang vào.", "Put your mask on."),
    ("Đội mũ bảo hiểm vào.", "Put your helmet on."),
    ("Thắt dây an toàn vào.", "Fasten your seatbelt."),
    ("Mặc áo phao vào.", "Put your life jacket on."),
    ("Đeo khẩu trang vào nhé.", "Put your mask on."),
    ("Đội mũ bảo hiểm vào đi!", "Put your helmet on!"),
    ("Cài dây an toàn vào.", "Fasten your seatbelt."),
    ("Vui lòng thắt dây an toàn.", "Please fasten your seatbelt."),
    ("Hãy mặc áo phao vào.", "Put your life jacket on."),
    # v8: "Unsush the page.", "Removes the page out.", "Tell the shirt out."
    ("Tháo khẩu trang ra.", "Take your mask off."),
    ("Bỏ khẩu trang ra.", "Take your mask off."),
    ("Cởi áo phao ra.", "Take your life jacket off."),
    ("Đừng tháo khẩu trang ra.", "Don't take your mask off."),
    # v8: "Remember the hat coverage.", "Remember to tighten your hair safe."
    ("Nhớ đội mũ bảo hiểm nhé.", "Remember to wear your helmet."),
    ("Nhớ thắt dây an toàn nhé.", "Remember to fasten your seatbelt."),
    ("Đừng quên đeo khẩu trang nhé.", "Don't forget to wear your mask."),
    ("Đừng quên khẩu trang.", "Don't forget your mask."),
    ("Nhớ mang áo phao theo nhé.", "Remember to bring your life jacket."),
    # v8: "You must wear the page here.", "The following must be worn on the page.", "Do I need to wear clothes?"
    ("Bạn phải đeo khẩu trang ở đây.", "You have to wear a mask here."),
    ("Ở đây phải đeo khẩu trang.", "You have to wear a mask here."),
    ("Tôi có cần đeo khẩu trang không?", "Do I need to wear a mask?"),
    ("Tôi có phải đội mũ bảo hiểm không?", "Do I have to wear a helmet?"),
    ("Bạn không cần đeo khẩu trang.", "You don't need to wear a mask."),
    ("Bố tôi phải đội mũ bảo hiểm.", "My father has to wear a helmet."),
    ("Con tôi nên mặc áo phao.", "My child should wear a life jacket."),
    ("Chúng ta phải đội mũ bảo hiểm.", "We have to wear helmets."),
    # v8: "He never had a serious hat.", "My father had always been insured.", "I'm always tightening my wire.",
    # "I don't stand in insurance hat."
    ("Anh ấy không bao giờ đội mũ bảo hiểm.", "He never wears a helmet."),
    ("Bố tôi luôn đội mũ bảo hiểm.", "My father always wears a helmet."),
    ("Tôi luôn thắt dây an toàn.", "I always wear a seatbelt."),
    ("Họ lúc nào cũng mặc áo phao.", "They always wear life jackets."),
    ("Bạn có luôn thắt dây an toàn không?", "Do you always wear a seatbelt?"),
    ("Con tôi không chịu đội mũ bảo hiểm.", "My child won't wear a helmet."),
    ("Cô ấy đang đeo khẩu trang.", "She's wearing a mask."),
    ("Anh có đang đeo khẩu trang không?", "Are you wearing a mask?"),
    # v8: "Are you safely tightened?", "I'm a serious hat.", "I squeezed my wire safe."
    ("Bạn đã thắt dây an toàn chưa?", "Have you fastened your seatbelt?"),
    ("Bạn đeo khẩu trang vào chưa?", "Have you put your mask on?"),
    ("Tôi đội mũ bảo hiểm rồi.", "I've put my helmet on."),
    ("Mẹ tôi đã thắt dây an toàn rồi.", "My mother has fastened her seatbelt."),
    ("Anh ấy chưa đội mũ bảo hiểm.", "He hasn't put his helmet on yet."),
    # v8: "I forgot to be covered.", "I forgot to carry insurance hats.", "I forgot to import the page."
    ("Tôi quên mũ bảo hiểm.", "I forgot my helmet."),
    ("Tôi quên mang mũ bảo hiểm.", "I forgot to bring my helmet."),
    ("Tôi quên khẩu trang rồi.", "I've forgotten my mask."),
    ("Mẹ tôi lại quên thắt dây an toàn.", "My mother forgot to fasten her seatbelt again."),
    # not: "anh" alone saying it (the speaker or you), "không" alone (now, then or as a rule?), "có … không" without
    # how often (wear one or have one?), "đang thắt" (fastening it?), a name's own gear (his or her?), a seatbelt
    # forgotten, "đội khẩu trang", "bỏ khẩu trang" (give it up?), "mang … vào" (wear or carry?), a place, a hat,
    # asked without "không", a fine (mt/fines.py)
    ("Anh phải đeo khẩu trang.", None), ("Anh ấy không đội mũ bảo hiểm.", None),
    ("Bạn có đội mũ bảo hiểm không?", None), ("Cô ấy đang thắt dây an toàn.", None),
    ("Lan đã đeo khẩu trang rồi.", None), ("Tôi quên dây an toàn.", None), ("Đội khẩu trang vào.", None),
    ("Bỏ khẩu trang.", None), ("Nhớ mang khẩu trang vào.", None), ("Tôi quên mũ bảo hiểm ở nhà.", None),
    ("Nhớ đội mũ nhé.", None), ("Tôi có cần đeo khẩu trang?", None),
    ("Anh ấy bị phạt vì không đội mũ bảo hiểm.", None), ("Bạn có bao giờ đeo khẩu trang không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Đặt mặt nạ của bạn vào.", "Hãy tham khảo ý kiến của bạn." (consult), "Làm nhanh ghế ngồi của bạn.", "Đặt
    # vào một chiếc áo khoác sống.", "Buckle lên.", "Đặt cái bàn tay của bạn lên."
    ("Put your mask on.", "Đeo khẩu trang vào."),
    ("Wear your helmet.", "Đội mũ bảo hiểm vào."),
    ("Fasten your seatbelt.", "Thắt dây an toàn vào."),
    ("Put on a life jacket.", "Mặc áo phao vào."),
    ("Put your helmet on!", "Đội mũ bảo hiểm vào!"),
    ("Please fasten your seatbelts.", "Làm ơn thắt dây an toàn vào."),
    ("Buckle up.", "Thắt dây an toàn vào."),
    ("Put your mask on, please.", "Làm ơn đeo khẩu trang vào."),
    ("Wear a mask.", "Đeo khẩu trang vào."),
    # v8: "Hãy dùng mặt nạ của bạn." (use), "Hãy tắt bàn tay của bạn." (switch off)
    ("Take your mask off.", "Tháo khẩu trang ra."),
    ("Take off your helmet.", "Tháo mũ bảo hiểm ra."),
    ("Don't take your mask off.", "Đừng tháo khẩu trang ra."),
    # v8: "Hãy nhớ mặc quần áo của bạn.", "Đừng quên áo khoác của bạn."
    ("Remember to wear your helmet.", "Nhớ đội mũ bảo hiểm nhé."),
    ("Don't forget to fasten your seatbelt.", "Đừng quên thắt dây an toàn nhé."),
    ("Don't forget your helmet.", "Đừng quên mũ bảo hiểm nhé."),
    # v8: "Bạn phải đeo mặt nạ ở đây.", "Có phải tôi phải đeo mặt nạ không?", "Bạn nên mặc áo mặt nạ."
    ("You have to wear a mask here.", "Bạn phải đeo khẩu trang ở đây."),
    ("Do I need to wear a mask?", "Tôi có cần đeo khẩu trang không?"),
    ("Should I wear a helmet?", "Tôi có nên đội mũ bảo hiểm không?"),
    ("You don't have to wear a mask.", "Bạn không phải đeo khẩu trang."),
    ("She has to wear a helmet.", "Cô ấy phải đội mũ bảo hiểm."),
    ("My son needs to wear a life jacket.", "Con trai tôi cần mặc áo phao."),
    ("You should wear a mask.", "Bạn nên đeo khẩu trang."),
    # v8: "Anh ta không bao giờ mặc chiếc áo khoác.", "Cha tôi luôn mặc chiếc ghế của mình.", "Họ không mặc áo khoác
    # sống.", "Bạn có phải luôn mặc áo yếm không?", "Bé có mặc một mặt nạ không?" (a little girl)
    ("He never wears a helmet.", "Anh ấy không bao giờ đội mũ bảo hiểm."),
    ("My father always wears his seatbelt.", "Bố tôi luôn thắt dây an toàn."),
    ("They don't wear life jackets.", "Họ không mặc áo phao."),
    ("Do you always wear a helmet?", "Bạn có luôn đội mũ bảo hiểm không?"),
    ("Is she wearing a mask?", "Cô ấy có đang đeo khẩu trang không?"),
    ("He isn't wearing a helmet.", "Anh ấy không đội mũ bảo hiểm."),
    # v8: "Bạn có đang mặc chiếc ghế của mình không?", "Tôi mặc ghế của tôi.", "Bạn đã ghế ngồi của mình nhanh chưa?"
    ("Are you wearing your seatbelt?", "Bạn đã thắt dây an toàn chưa?"),
    ("I'm wearing my seatbelt.", "Tôi đã thắt dây an toàn rồi."),
    ("Have you fastened your seatbelt?", "Bạn đã thắt dây an toàn chưa?"),
    ("Has he put his helmet on?", "Anh ấy đã đội mũ bảo hiểm chưa?"),
    ("I've put my mask on.", "Tôi đã đeo khẩu trang rồi."),
    ("He hasn't put his helmet on yet.", "Anh ấy chưa đội mũ bảo hiểm."),
    # v8: "Tôi quên bàn tay của tôi.", "Chúng tôi quên những chúc của chúng tôi."
    ("I forgot my helmet.", "Tôi quên mang mũ bảo hiểm."),
    ("We forgot our helmets.", "Chúng tôi quên mang mũ bảo hiểm."),
    ("I've forgotten my mask.", "Tôi quên mang khẩu trang rồi."),
    ("He forgot to wear his helmet again.", "Anh ấy lại quên đội mũ bảo hiểm."),
    # not: another's gear, whose not agreeing, "does", "is", "has", "wears" not agreeing with who, "a" with many,
    # fastening a life jacket, a seatbelt forgotten, "never" asked
    ("Put my mask on.", None), ("My father always wears her seatbelt.", None), ("I forgot your helmet.", None),
    ("She forgot his mask.", None), ("He don't wear a helmet.", None), ("He wear a helmet.", None),
    ("Does she wears a mask?", None), ("She are wearing a mask.", None), ("She have put her mask on.", None),
    ("She have to wear a helmet.", None), ("Wear a masks.", None), ("Fasten your life jacket.", None),
    ("I forgot my seatbelt.", None), ("Do you never wear a helmet?", None), ("I put my mask on.", None),
    ("Remove the mask.", None), ("Batman wears a mask.", None), ("She wears a mask to work.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Đeo khẩu trang vào.", "en", "vi") is None
    assert translate("Put your mask on.", "vi", "en") is None
    assert translate("Put your mask on.", "en", "fr") is None
