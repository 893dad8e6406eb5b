"""Power banks: buying one, charging from one or charging it, how full it is, carrying one, and taking one on a plane,
both ways (mt/power_banks.py)."""
import pytest

from mt.power_banks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I need to buy a room charge.", "I want to buy a new room charge.", "I bought a room charge.", "Have you
    # bought the room charge?", "My mother needs to buy the room charge."
    ("Tôi cần mua một cái sạc dự phòng.", "I need to buy a power bank."),
    ("Tôi muốn mua một cái sạc dự phòng mới.", "I want to buy a new power bank."),
    ("Mẹ tôi cần mua sạc dự phòng.", "My mother needs to buy a power bank."),
    ("Bác Lan cần mua sạc dự phòng.", "Aunt Lan needs to buy a power bank."),
    ("Tôi cần mua một cái sạc dự phòng!", "I need to buy a power bank!"),
    ("Chị tôi phải mua một cục sạc dự phòng.", "My sister has to buy a power bank."),
    ("Bạn có cần mua sạc dự phòng không?", "Do you need to buy a power bank?"),
    ("Anh ấy có muốn mua sạc dự phòng không?", "Does he want to buy a power bank?"),
    ("Tôi không cần mua sạc dự phòng.", "I don't need to buy a power bank."),
    ("Tôi vừa mua một cái sạc dự phòng.", "I've just bought a power bank."),
    ("Cô ấy mới mua sạc dự phòng mới.", "She's just bought a new power bank."),
    ("Anh ấy đã mua sạc dự phòng rồi.", "He's already bought a power bank."),
    ("Lan đã mua một cái sạc dự phòng.", "Lan bought a power bank."),
    ("Chúng tôi sẽ mua một cái sạc dự phòng.", "We'll buy a power bank."),
    ("Tôi chưa mua sạc dự phòng.", "I haven't bought a power bank yet."),
    ("Bạn đã mua sạc dự phòng chưa?", "Have you bought a power bank yet?"),
    ("Mẹ tôi mua sạc dự phòng chưa?", "Has my mother bought a power bank yet?"),
    # v8: "Where could I buy charge of the room?"
    ("Tôi có thể mua sạc dự phòng ở đâu?", "Where can I buy a power bank?"),
    ("Chúng tôi mua sạc dự phòng ở đâu được?", "Where can we buy a power bank?"),
    # v8: "I'm chargeing the phone with the room charge.", "You can charge my phone with charge of my room."
    ("Tôi đang sạc điện thoại bằng sạc dự phòng.", "I'm charging my phone with a power bank."),
    ("Mẹ tôi đang sạc điện thoại bằng pin dự phòng.", "My mother is charging her phone with a power bank."),
    ("Bạn có thể sạc điện thoại bằng sạc dự phòng của tôi.", "You can charge your phone with my power bank."),
    ("Tôi có thể sạc điện thoại bằng sạc dự phòng không?", "Can I charge my phone with a power bank?"),
    ("Anh ấy đang sạc laptop bằng sạc dự phòng này.", "He's charging his laptop with this power bank."),
    # v8: "I forgot my charger charge of the room.", "I need to charge the defence."
    ("Tôi quên sạc sạc dự phòng.", "I forgot to charge my power bank."),
    ("Tôi cần sạc cục sạc dự phòng.", "I need to charge my power bank."),
    ("Bạn có cần sạc sạc dự phòng không?", "Do you need to charge your power bank?"),
    ("Cô ấy chưa sạc sạc dự phòng.", "She hasn't charged her power bank yet."),
    # v8: "Are it possible to carry on planes?", "Can I charge the room on the plane?", "The defence must be in
    # carry-on luggage.", "The room is not letting in the luggage sign."
    ("Sạc dự phòng có được mang lên máy bay không?", "Can you take a power bank on a plane?"),
    ("Có được mang sạc dự phòng lên máy bay không?", "Can you take a power bank on a plane?"),
    ("Sạc dự phòng có được để trong hành lý ký gửi không?", "Can you put a power bank in your checked luggage?"),
    ("Tôi có được mang sạc dự phòng lên máy bay không?", "Can I take a power bank on the plane?"),
    ("Mẹ tôi có thể để sạc dự phòng trong hành lý xách tay không?",
     "Can my mother put a power bank in her hand luggage?"),
    ("Sạc dự phòng phải để trong hành lý xách tay.", "Power banks must go in hand luggage."),
    ("Sạc dự phòng không được để trong hành lý ký gửi.", "Power banks can't go in checked luggage."),
    # v8: "Pay my room is full of battery.", "Are you charged with your room?", "My room is about out of battery.",
    # "My room is 50 percent of battery.", "My room is charging."
    ("Sạc dự phòng của tôi đầy pin rồi.", "My power bank is fully charged."),
    ("Sạc dự phòng của tôi đã sạc đầy.", "My power bank is fully charged."),
    ("Sạc dự phòng của bạn đã đầy pin chưa?", "Is your power bank fully charged yet?"),
    ("Sạc dự phòng của tôi sắp hết pin.", "My power bank is almost dead."),
    ("Sạc dự phòng của mẹ tôi yếu pin rồi.", "My mother's power bank is running low."),
    ("Sạc dự phòng của tôi còn 50% pin.", "My power bank has 50% left."),
    ("Sạc dự phòng này đang sạc.", "This power bank is charging."),
    # v8: "I'm always carrying the room charge.", "She's always bringing my room battery."
    ("Tôi luôn mang theo sạc dự phòng.", "I always carry a power bank."),
    ("Chị tôi lúc nào cũng mang theo sạc dự phòng.", "My sister always carries a power bank."),
    ("Anh ấy thường mang sạc dự phòng theo.", "He often carries a power bank."),
    ("Bạn có luôn mang theo sạc dự phòng không?", "Do you always carry a power bank?"),
    ("Lan không bao giờ mang theo sạc dự phòng.", "Lan never carries a power bank."),
    # not: a bare "mua" or "sạc" (past or present?), "có" with no "không", "?" on a statement, asked of oneself
    # whether bought, a name's own phone (his or hers?), several ("chúng tôi"), a power bank with no whose, "pin dự
    # phòng" bought (a spare battery?), "anh" saying it, a pet, "theo" twice, "phải" of checked luggage
    ("Tôi mua một cái sạc dự phòng.", None), ("Bạn có mua sạc dự phòng không?", None),
    ("Tôi sạc điện thoại bằng sạc dự phòng.", None), ("Tôi cần mua sạc dự phòng không?", None),
    ("Em có được mang sạc dự phòng lên máy bay không ạ?", None),  # ("em" with "ạ": the speaker)
    ("Tôi luôn mang theo sạc dự phòng?", None), ("Tôi đã mua sạc dự phòng chưa?", None),
    ("Lan đang sạc điện thoại bằng sạc dự phòng.", None), ("Chúng tôi đang sạc điện thoại bằng sạc dự phòng.", None),
    ("Sạc dự phòng đầy pin rồi.", None), ("Tôi cần mua pin dự phòng.", None), ("Anh cần mua sạc dự phòng.", None),
    ("Con chó của tôi luôn mang theo sạc dự phòng.", None), ("Tôi luôn mang theo sạc dự phòng theo.", None),
    ("Sạc dự phòng phải để trong hành lý ký gửi.", None), ("Bạn mua sạc dự phòng ở đâu?", None),
    ("Sạc dự phòng của tôi còn 150% pin.", None), ("Tôi sẽ không mua sạc dự phòng.", None),
    ("Tôi quên sạc điện thoại bằng sạc dự phòng.", None), ("Sạc dự phòng của tôi đầy pin không?", None),
    # (mt/chargers.py's and mt/bring_along.py's: having, borrowing, dead, brought along), and other "dự phòng"
    ("Bạn có sạc dự phòng không?", None), ("Cho tôi mượn sạc dự phòng được không?", None),
    ("Sạc dự phòng của tôi hết pin rồi.", None), ("Bạn có mang theo sạc dự phòng không?", None),
    ("Chìa khóa dự phòng của tôi đâu?", None), ("Tôi có kế hoạch dự phòng.", None),
    # ("Can you charge the power bank?", a request: whose is not said)
    ("Bạn có thể sạc sạc dự phòng không?", None),
    ("I need to buy a power bank.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cần mua một ngân hàng điện.", "Tôi muốn mua một ngân hàng điện năng mới.", "Tôi vừa mua một ngân hàng
    # điện.", "Bạn đã mua một ngân hàng điện năng chưa?", "Mẹ tôi cần mua một ngân hàng điện."
    ("I need to buy a power bank.", "Tôi cần mua một cái sạc dự phòng."),
    ("I want to buy a new power bank.", "Tôi muốn mua một cái sạc dự phòng mới."),
    ("I need to buy a portable charger.", "Tôi cần mua một cái sạc dự phòng."),
    ("My mother needs to buy a power bank.", "Mẹ tôi cần mua một cái sạc dự phòng."),
    ("Do you need to buy a power bank?", "Bạn có cần mua sạc dự phòng không?"),
    ("Does she want to buy a power bank?", "Cô ấy có muốn mua sạc dự phòng không?"),
    ("I don't need to buy a power bank.", "Tôi không cần mua sạc dự phòng."),
    ("I've just bought a power bank.", "Tôi vừa mua một cái sạc dự phòng."),
    ("She's just bought a new power bank.", "Cô ấy vừa mua một cái sạc dự phòng mới."),
    ("I've already bought a power bank.", "Tôi đã mua sạc dự phòng rồi."),
    ("Lan bought a power bank.", "Lan đã mua một cái sạc dự phòng."),
    ("We'll buy a power bank.", "Chúng tôi sẽ mua một cái sạc dự phòng."),
    ("He hasn't bought a power bank yet.", "Anh ấy chưa mua sạc dự phòng."),
    ("Have you bought a power bank yet?", "Bạn đã mua sạc dự phòng chưa?"),
    # v8: "Tôi có thể mua ngân hàng điện ở đâu?"
    ("Where can I buy a power bank?", "Tôi có thể mua sạc dự phòng ở đâu?"),
    # v8: "Tôi đang sạc điện thoại của tôi với ngân hàng điện năng.", "Bạn có thể sạc điện thoại với ngân hàng điện
    # năng của mình."
    ("I'm charging my phone with a power bank.", "Tôi đang sạc điện thoại bằng sạc dự phòng."),
    ("You can charge your phone with my power bank.", "Bạn có thể sạc điện thoại bằng sạc dự phòng của tôi."),
    ("Can I charge my phone with your power bank?", "Tôi có thể sạc điện thoại bằng sạc dự phòng của bạn không?"),
    ("She's charging her laptop from a power bank.", "Cô ấy đang sạc máy tính xách tay bằng sạc dự phòng."),
    ("Lan is charging her phone with a power bank.", "Lan đang sạc điện thoại bằng sạc dự phòng."),
    # v8: "Tôi quên tính phí ngân hàng điện của mình.", "Tôi cần sạc ngân hàng điện."
    ("I forgot to charge my power bank.", "Tôi quên sạc cục sạc dự phòng."),
    ("I need to charge my power bank.", "Tôi cần sạc cục sạc dự phòng."),
    ("Does he need to charge his power bank?", "Anh ấy có cần sạc cục sạc dự phòng không?"),
    ("I haven't charged my power bank yet.", "Tôi chưa sạc cục sạc dự phòng."),
    # v8: "Bạn có thể đưa ngân hàng điện năng lên máy bay không?", "Tôi có thể lấy ngân hàng điện của tôi trên máy
    # bay không?", "Các ngân hàng năng lượng phải có mặt hành lý.", "Các ngân hàng điện không được phép kiểm tra
    # hành lý."
    ("Can you take a power bank on a plane?", "Sạc dự phòng có được mang lên máy bay không?"),
    ("Are power banks allowed on planes?", "Sạc dự phòng có được mang lên máy bay không?"),
    ("Can power banks go in checked luggage?", "Sạc dự phòng có được để trong hành lý ký gửi không?"),
    ("Can I take my power bank on the plane?", "Tôi có được mang sạc dự phòng lên máy bay không?"),
    ("Can you take a power bank on the plane?", "Bạn có được mang sạc dự phòng lên máy bay không?"),
    ("Can I put a power bank in my checked luggage?", "Tôi có được để sạc dự phòng trong hành lý ký gửi không?"),
    ("Power banks must go in hand luggage.", "Sạc dự phòng phải để trong hành lý xách tay."),
    ("Power banks aren't allowed in checked luggage.", "Sạc dự phòng không được để trong hành lý ký gửi."),
    ("Power banks can't go in checked luggage.", "Sạc dự phòng không được để trong hành lý ký gửi."),
    # v8: "Ngân hàng điện năng của tôi đầy đủ đã sạc đầy.", "Ngân hàng điện năng của bạn vẫn chưa sạc đầy?", "Ngân
    # hàng điện năng của tôi gần như đã chết.", "Ngân hàng điện năng của tôi đã rời khỏi 50%."
    ("My power bank is fully charged.", "Sạc dự phòng của tôi đầy pin rồi."),
    ("Is your power bank fully charged yet?", "Sạc dự phòng của bạn đã đầy pin chưa?"),
    ("My power bank is almost dead.", "Sạc dự phòng của tôi sắp hết pin."),
    ("My mother's power bank is running low.", "Sạc dự phòng của mẹ tôi sắp hết pin."),
    ("My power bank has 50% left.", "Sạc dự phòng của tôi còn 50% pin."),
    ("This power bank is charging.", "Sạc dự phòng này đang sạc."),
    # v8: "Tôi luôn có ngân hàng năng lượng.", "Chị của tôi luôn mang đến ngân hàng năng lượng với cô ấy."
    ("I always carry a power bank.", "Tôi luôn mang theo sạc dự phòng."),
    ("My sister always carries a power bank with her.", "Em gái tôi luôn mang theo sạc dự phòng."),
    ("Do you always carry a power bank?", "Bạn có luôn mang theo sạc dự phòng không?"),
    ("He usually has a power bank with him.", "Anh ấy thường mang theo sạc dự phòng."),
    # not: the verb not agreeing, a pet, "with" another, "put" on a plane, "must" of checked luggage, another's
    # phone, several, asked of oneself whether bought, "?" on a statement, "have" without "with"
    ("She need to buy a power bank.", None), ("Does I need to buy a power bank?", None),
    ("I needs to buy a power bank.", None), ("She have just bought a power bank.", None),
    ("He always carry a power bank.", None), ("My dog always carries a power bank.", None),
    ("I always carry a power bank with her.", None), ("Can I put a power bank on the plane?", None),
    ("Can my mother put her power bank in his hand luggage?", None),
    ("Power banks must go in checked luggage.", None), ("I'm charging her phone with a power bank.", None),
    ("We're charging our phones with a power bank.", None), ("Have I bought a power bank yet?", None),
    ("I bought a power bank?", None), ("I always have a power bank.", None),
    ("Power banks are allowed go in checked luggage.", None), ("I bought a power bank yet.", None),
    # (mt/chargers.py's: having, borrowing, dead), and other banks
    ("My power bank is dead.", None), ("Do you have a power bank?", None), ("Can I borrow your power bank?", None),
    ("I work at a bank.", None), ("Tôi cần mua một cái sạc dự phòng.", None),
    # "an" before a consonant, a pet's power bank (as Vietnamese leaves it)
    ("I need to buy an power bank.", None), ("Where can I buy an power bank?", None),
    ("I always carry an power bank.", None), ("Can I take an power bank on a plane?", None),
    ("My dog's power bank is charging.", None), ("I'm charging my phone with my dog's power bank.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
