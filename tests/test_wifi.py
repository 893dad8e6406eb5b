"""The wifi and the internet connection: slow or free at a place, the password, connecting, no internet, dropping, both
ways (mt/wifi.py)."""
import pytest

from mt.wifi import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The Wifi here is slowing too.", "The network is slowing too.", "Is it free to be here?"
    ("Wifi ở đây chậm quá.", "The wifi here is really slow."),
    ("Ở đây wifi chậm quá.", "The wifi is really slow here."),
    ("Mạng ở đây rất chậm.", "The internet here is very slow."),
    ("Internet ở đây chậm lắm.", "The internet here is really slow."),
    ("Wifi nhà tôi chậm quá.", "The wifi at my house is really slow."),
    ("Wifi ở văn phòng hơi chậm.", "The wifi at the office is a bit slow."),
    ("Wifi ở đây yếu quá.", "The wifi here is really weak."),
    ("Sóng wifi yếu quá.", "The wifi signal is really weak."),
    ("Wifi phòng tôi yếu lắm.", "The wifi in my room is really weak."),
    ("Wifi ở đây có nhanh không?", "Is the wifi here fast?"),
    ("Wifi ở đây có miễn phí không?", "Is the wifi here free?"),
    ("Wifi miễn phí à?", "Is the wifi free?"),
    ("Mạng chập chờn quá.", "The internet is really patchy."),
    ("Ở đây có wifi miễn phí không?", "Is there free wifi here?"),
    # v8: "I'm sorry for wifi password.", "Is Wifi password?", "What is the wifi name?"
    ("Mật khẩu wifi ở đây là gì?", "What's the wifi password here?"),
    ("Mật khẩu wifi nhà bạn là gì?", "What's the wifi password at your house?"),
    ("Tên wifi là gì?", "What's the wifi called?"),
    ("Cho tôi xin mật khẩu wifi.", "Could I have the wifi password, please?"),
    ("Cho em xin mật khẩu wifi được không ạ?", "Could I have the wifi password, please?"),
    ("Anh ấy có biết mật khẩu wifi không?", "Does he know the wifi password?"),
    ("Wifi có mật khẩu không?", "Does the wifi have a password?"),
    ("Wifi ở đây không cần mật khẩu.", "The wifi here doesn't need a password."),
    # v8: "I can't enter Wifi.", "My mother wasn't connected to Wifi.", "Could you connect wifi?", "I connect to it."
    ("Tôi không vào được wifi.", "I can't connect to the wifi."),
    ("Tôi không kết nối được với wifi.", "I can't connect to the wifi."),
    ("Tôi vẫn không kết nối được wifi.", "I still can't connect to the wifi."),
    ("Mẹ tôi không kết nối được wifi.", "My mother can't connect to the wifi."),
    ("Điện thoại của tôi không kết nối được wifi.", "My phone won't connect to the wifi."),
    ("Máy tính xách tay của mẹ tôi không vào được mạng.", "My mother's laptop won't connect to the internet."),
    ("Bạn có kết nối được wifi không?", "Can you connect to the wifi?"),
    ("Bạn kết nối được wifi chưa?", "Have you connected to the wifi yet?"),
    ("Tôi đã kết nối wifi rồi.", "I've connected to the wifi."),
    # v8: "My phone has no network."
    ("Điện thoại của tôi không có mạng.", "My phone has no internet."),
    ("Điện thoại của tôi vẫn không có mạng.", "My phone still has no internet."),
    ("Điện thoại của bạn có mạng không?", "Does your phone have internet?"),
    # v8: "Wifi is lost.", "Wifi kept waiting.", "The network was hit."
    ("Wifi cứ bị mất kết nối.", "The wifi keeps disconnecting."),
    ("Wifi cứ chập chờn.", "The wifi keeps cutting out."),
    ("Mạng cứ bị rớt.", "The internet keeps cutting out."),
    ("Điện thoại của tôi cứ bị mất kết nối wifi.", "My phone keeps disconnecting from the wifi."),
    ("Tôi cứ bị mất kết nối.", "I keep getting disconnected."),
    # not: slow with no place (mt/broken.py's), the internet weak, "Anh" or "Em" saying it (may be the speaker),
    # "nó" (a person losing touch?), gone online for what, asked without "không", "rất … quá", another topic, the
    # phrasebook's
    ("Mạng cứ bị rớt nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Wifi chậm quá.", None), ("Mạng yếu quá.", None), ("Anh không kết nối được wifi.", None),
    ("Em không kết nối được wifi.", None), ("Nó cứ bị mất kết nối.", None), ("Bạn vào mạng chưa?", None),
    ("Wifi ở đây chậm quá vậy?", None), ("Wifi ở đây rất chậm quá.", None), ("Mạng xã hội chậm quá.", None),
    ("Ở đây có wifi không?", None), ("Tôi quên mật khẩu wifi rồi.", None), ("Wifi không kết nối được.", None),
    ("Tôi đã không kết nối được wifi.", None), ("Wifi ở đây miễn phí lắm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Sợi dây thực sự chậm lại ở đây." (a wire), "Tín hiệu dây thông yếu.", "Có dây miễn phí ở đây không?"
    ("The wifi is really slow here.", "Wifi ở đây chậm quá."),
    ("The wifi here is really slow.", "Wifi ở đây chậm quá."),
    ("The Wi-Fi's so slow here.", "Wifi ở đây chậm quá."),
    ("The internet connection here is very slow.", "Mạng ở đây rất chậm."),
    ("The wifi at my house is really slow.", "Wifi nhà tôi chậm quá."),
    ("The wifi in my room is a bit slow.", "Wifi phòng tôi hơi chậm."),
    ("The wifi signal is weak.", "Sóng wifi yếu."),
    ("The wifi signal is really weak here.", "Sóng wifi ở đây yếu quá."),
    ("Is the wifi here fast?", "Wifi ở đây có nhanh không?"),
    ("Is the wifi free?", "Wifi có miễn phí không?"),
    ("The wifi here is free.", "Wifi ở đây miễn phí."),
    ("Is there free wifi here?", "Ở đây có wifi miễn phí không?"),
    # v8: "Mật khẩu dây tay ở đây là gì?", "Có thể mật khẩu Wifi không?", "Sợi dây được gọi là gì?"
    ("What's the wifi password here?", "Mật khẩu wifi ở đây là gì?"),
    ("What is the password for the wifi?", "Mật khẩu wifi là gì?"),
    ("What's the wifi called?", "Tên wifi là gì?"),
    ("What's the name of the wifi?", "Tên wifi là gì?"),
    ("Can I have the wifi password?", "Cho tôi xin mật khẩu wifi được không?"),
    ("Could we get the wifi password, please?", "Cho chúng tôi xin mật khẩu wifi được không?"),
    ("Does he know the wifi password?", "Anh ấy có biết mật khẩu wifi không?"),
    ("Does the wifi have a password?", "Wifi có mật khẩu không?"),
    ("The wifi doesn't need a password.", "Wifi không cần mật khẩu."),
    # v8: "Tôi không thể kết nối với dây điện." (an electric wire), "… không kết nối được dây.", "Bạn có kết nối với
    # dây cáp không?" (a cable)
    ("I can't connect to the wifi.", "Tôi không kết nối được wifi."),
    ("I can't get on the wifi.", "Tôi không kết nối được wifi."),
    ("I still can't connect to the wifi.", "Tôi vẫn không kết nối được wifi."),
    ("My mother can't connect to the internet.", "Mẹ tôi không kết nối được mạng."),
    ("My phone won't connect to the wifi.", "Điện thoại của tôi không kết nối được wifi."),
    ("This laptop won't connect to the wifi.", "Máy tính xách tay này không kết nối được wifi."),
    ("Can you connect to the wifi?", "Bạn có kết nối được wifi không?"),
    ("Are you connected to the wifi?", "Bạn đã kết nối wifi chưa?"),
    ("Has she connected to the wifi yet?", "Cô ấy đã kết nối wifi chưa?"),
    ("I'm connected to the wifi now.", "Tôi đã kết nối wifi rồi."),
    ("My phone doesn't have internet.", "Điện thoại của tôi không có mạng."),
    ("Does your phone have internet?", "Điện thoại của bạn có mạng không?"),
    # v8: "Nó giữ ngắt kết nối.", "Dây cáp giữ cho dây thả ra.", "… giữ ngắt kết nối từ dây chuyền." (a necklace)
    ("It keeps disconnecting.", "Nó cứ bị mất kết nối."),
    ("The wifi keeps dropping out.", "Wifi cứ chập chờn."),
    ("The internet keeps cutting out.", "Mạng cứ chập chờn."),
    ("My phone keeps disconnecting from the wifi.", "Điện thoại của tôi cứ bị mất kết nối wifi."),
    ("I keep getting disconnected.", "Tôi cứ bị mất kết nối."),
    # not: slow with no place (mt/broken.py's), the internet weak, "very free", who "won't" (will not), the verb not
    # agreeing, "it" cutting out (a call?), the connection (of a call?), the phrasebook's, another topic
    ("The wifi is really slow.", None), ("The internet is weak here.", None), ("The wifi is really free.", None),
    ("I won't connect to the wifi.", None), ("Does you know the wifi password?", None),
    ("Have she connected to the wifi?", None), ("Is you connected to the wifi?", None),
    ("She have connected to the wifi.", None), ("He don't have internet.", None), ("My phone have no internet.", None),
    ("She keep getting disconnected.", None), ("Does the wifi has a password?", None), ("It keeps cutting out.", None),
    ("The connection keeps dropping out.", None), ("Is there wifi here?", None), ("The wifi isn't working.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
