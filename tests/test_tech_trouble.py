"""A computer, a phone or an app misbehaving: frozen, crashing, won't open, a black screen, turning itself off, a
virus, a printer jammed, working again, and restarting it, both ways (mt/tech_trouble.py)."""
import pytest

from mt.tech_trouble import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My computer was hanging out.", "My computer is crashed.", "My phone is getting slighted.", "My phone is
    # still hanging out.", "Land's phone or hanging out.", "The computer is pending.", "The Tivi was standing."
    ("Máy tính của tôi bị treo.", "My computer froze."),
    ("Máy tính của tôi bị treo rồi.", "My computer has frozen."),
    ("Điện thoại của tôi bị đơ.", "My phone froze."),
    ("Điện thoại của tôi cứ bị treo.", "My phone keeps freezing."),
    ("Điện thoại của tôi cứ treo hoài.", "My phone keeps freezing."),
    ("Máy tính của mẹ tôi bị treo.", "My mother's computer froze."),
    ("Điện thoại của Lan hay bị treo.", "Lan's phone often freezes."),
    ("Máy tính của tôi vừa bị treo.", "My computer just froze."),
    ("Máy tính lại bị treo rồi.", "The computer has frozen again."),
    ("Tivi bị đứng hình.", "The TV froze."),
    ("Nó bị treo rồi.", "It's frozen."),
    ("Trình duyệt cứ bị treo.", "The browser keeps freezing."),
    # v8: "This application has been texted.", "Applications kept free.", "Applications are texted."
    ("Ứng dụng này cứ bị văng ra.", "This app keeps crashing."),
    ("Ứng dụng cứ tự thoát.", "The app keeps crashing."),
    ("Ứng dụng bị văng ra.", "The app crashed."),
    ("Ứng dụng không mở được.", "The app won't open."),
    # v8: "My phone is black.", "The natural screen is black.", "My phone is on its own.", "Paper trapped."
    ("Màn hình bị tối đen.", "The screen went black."),
    ("Điện thoại của tôi bị đen màn hình.", "My phone screen went black."),
    ("Màn hình điện thoại của tôi bị đen.", "My phone screen went black."),
    ("Màn hình tự nhiên bị tối đen.", "The screen suddenly went black."),
    ("Điện thoại của tôi cứ tự tắt.", "My phone keeps turning itself off."),
    ("Máy tính của tôi bị nhiễm virus.", "My computer has a virus."),
    ("Máy in bị kẹt giấy.", "The printer is jammed."),
    ("Máy in lại bị kẹt giấy rồi.", "The printer is jammed again."),
    # v8: "She ran back." ("Nó chạy lại rồi."), "It works again.", "Printer time is running."
    ("Nó hoạt động lại rồi.", "It's working again."),
    ("Máy tính của tôi hoạt động lại rồi.", "My computer is working again."),
    ("Wifi hoạt động lại rồi.", "The wifi is working again."),
    ("Giờ máy in chạy được rồi.", "The printer is working now."),
    # v8: "You try to restart the view.", "You try to turn off the view.", "Do you restart the machine?", "I started
    # again.", "My mother was restarted and didn't."
    ("Bạn thử khởi động lại xem.", "Try restarting it."),
    ("Thử khởi động lại máy tính xem.", "Try restarting the computer."),
    ("Bạn thử khởi động lại điện thoại của bạn đi.", "Try restarting your phone."),
    ("Bạn thử tắt đi bật lại xem.", "Try turning it off and on again."),
    ("Bạn đã thử khởi động lại chưa?", "Have you tried restarting it?"),
    ("Anh đã khởi động lại máy chưa?", "Have you restarted it yet?"),
    ("Bạn đã thử tắt đi bật lại chưa?", "Have you tried turning it off and on again?"),
    ("Tôi đã khởi động lại rồi.", "I've restarted it."),
    ("Tôi khởi động lại máy tính rồi.", "I've restarted the computer."),
    ("Tôi vừa khởi động lại điện thoại.", "I've just restarted the phone."),
    ("Tôi đã khởi động lại bộ phát wifi rồi.", "I've restarted the router."),
    ("Mẹ tôi đã khởi động lại rồi mà vẫn không được.", "My mother has restarted it, but it's still not working."),
    ("Tôi đã thử khởi động lại rồi, nhưng vẫn không được.", "I've tried restarting it, but it's still not working."),
    # not: asked (left), "treo" without "bị" (hung), "nó" that may be a person (dazed, ran back, thrown out), "Anh"
    # saying it (the speaker or the listener), a phone thrown out, a light gone dark, "cứ" with "rồi", won't open
    # again, not a device, a plain verb (a habit, or now), and the other modules' (mt/broken.py, mt/batteries.py,
    # mt/accounts.py, mt/outages.py)
    ("Nó bị treo rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Máy tính của bạn có bị treo không?", None), ("Máy tính treo.", None), ("Nó bị đơ.", None),
    ("Nó chạy lại rồi.", None), ("Nó bị văng ra.", None), ("Anh thử khởi động lại xem.", None),
    ("Anh đã khởi động lại rồi.", None), ("Điện thoại bị văng ra.", None), ("Đèn bị tối đen.", None),
    ("Máy tính cứ bị treo rồi.", None), ("Ứng dụng lại không mở được.", None), ("Bức tranh bị treo.", None),
    ("Tôi khởi động lại máy tính.", None), ("Máy in không hoạt động.", None), ("Máy tính của tôi bị chậm.", None),
    ("Điện thoại của tôi hết pin rồi.", None), ("Tôi quên mật khẩu rồi.", None), ("Mất điện rồi.", None),
    ("Wifi không vào được.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Máy tính của tôi ếch." (a frog), "… đã đông lạnh." (frozen food), "… giữ tự dozing.", "Máy tính xách tay
    # của tôi trở lại.", "Chiếc máy bay truyền hình." (a plane)
    ("My computer froze.", "Máy tính của tôi bị treo."),
    ("My computer has frozen.", "Máy tính của tôi bị treo rồi."),
    ("My computer's frozen.", "Máy tính của tôi bị treo."),
    ("My phone keeps freezing.", "Điện thoại của tôi cứ bị treo."),
    ("My laptop froze again.", "Máy tính xách tay của tôi lại bị treo."),
    ("My mother's phone keeps freezing.", "Điện thoại của mẹ tôi cứ bị treo."),
    ("The TV froze.", "Tivi bị treo."),
    ("The screen froze.", "Màn hình bị treo."),
    # v8: "Ứng dụng này giữ nguyên sự sụp đổ." (a collapse), "… đã đổ vỡ.", "Nó giữ cho vụ rơi máy bay." (a plane crash)
    ("The app keeps crashing.", "Ứng dụng cứ bị văng ra."),
    ("This app keeps crashing.", "Ứng dụng này cứ bị văng ra."),
    ("The app crashed.", "Ứng dụng bị văng ra."),
    ("The app has crashed.", "Ứng dụng bị văng ra rồi."),
    ("It keeps crashing.", "Nó cứ bị văng ra."),
    ("The app won't open.", "Ứng dụng không mở được."),
    # v8: "Màn hình đã đi đen." (went, walking), "Máy in bị hỏng." (broken), "Vấn đề của máy in."
    ("The screen went black.", "Màn hình bị tối đen."),
    ("My phone's screen went black.", "Màn hình điện thoại của tôi bị tối đen."),
    ("The screen has gone black.", "Màn hình bị tối đen rồi."),
    ("My phone keeps turning itself off.", "Điện thoại của tôi cứ tự tắt."),
    ("My computer has a virus.", "Máy tính của tôi bị nhiễm virus."),
    ("Lan's laptop has a virus.", "Máy tính xách tay của Lan bị nhiễm virus."),
    ("The printer is jammed.", "Máy in bị kẹt giấy."),
    ("The printer's jammed.", "Máy in bị kẹt giấy."),
    # v8: "Nó làm việc một lần nữa." (labours once more), "… đang làm việc trở lại."
    ("It's working again.", "Nó hoạt động lại rồi."),
    ("My computer is working again.", "Máy tính của tôi hoạt động lại rồi."),
    ("The wifi is working again.", "Wifi hoạt động lại rồi."),
    ("It works now.", "Giờ nó chạy được rồi."),
    # v8: "Bạn đã cố gắng tắt và tiếp tục chưa?" (turn off and carry on), "… người định tuyến." (a person who routes)
    ("Try restarting it.", "Bạn thử khởi động lại xem."),
    ("Try restarting your computer.", "Bạn thử khởi động lại máy tính xem."),
    ("Try turning it off and on again.", "Bạn thử tắt đi bật lại xem."),
    ("Have you tried restarting it?", "Bạn đã thử khởi động lại chưa?"),
    ("Have you tried turning it off and on again?", "Bạn đã thử tắt đi bật lại chưa?"),
    ("Have you restarted your phone yet?", "Bạn đã khởi động lại điện thoại chưa?"),
    ("Has she restarted it yet?", "Cô ấy đã khởi động lại chưa?"),
    ("I've restarted it.", "Tôi đã khởi động lại rồi."),
    ("I restarted my phone.", "Tôi đã khởi động lại điện thoại rồi."),
    ("I've just restarted my computer.", "Tôi vừa khởi động lại máy tính."),
    ("She's restarted her laptop, but it's still not working.",
     "Cô ấy đã khởi động lại máy tính xách tay rồi nhưng vẫn không được."),
    ("I've tried restarting it, but it still doesn't work.", "Tôi đã thử khởi động lại rồi nhưng vẫn không được."),
    ("We have restarted the router.", "Chúng tôi đã khởi động lại bộ phát wifi rồi."),
    # not: "it" of the weather, food, a plane or a door; a verb that does not agree; no "the" or "my"; a verb said
    # wrong; an app gone black; a phone crashed (left); asked (left); a habit; the other modules' (mt/broken.py,
    # mt/batteries.py, mt/outages.py)
    ("It froze.", None), ("It's frozen.", None), ("It crashed.", None), ("It won't open.", None),
    ("It's jammed.", None), ("My phone keep freezing.", None), ("Phone froze.", None),
    ("Have she restarted it yet?", None), ("I has restarted it.", None), ("Try restart it.", None),
    ("The app went black.", None), ("My phone has crashed.", None), ("Is your computer frozen?", None),
    ("I restart my computer every day.", None), ("The printer isn't working.", None),
    ("My computer is very slow.", None), ("My phone is about to die.", None), ("The power's out.", None),
    ("The wifi isn't working.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
