"""Washing a car or a motorbike at a car wash: taken for a wash or to the car wash, the car wash gone to or been at,
what a wash costs, where a car wash is, and one dirty or needing a wash, both ways (mt/car_washes.py)."""
import pytest

from mt.car_washes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I bring the motorcycle to wash.", "I bring an umbrella bowls washing.", "I have to carry a washcloth.", "I've
    # carried a washcloth.", "Have you carried a washcloth yet?", "My mother hadn't carried a washcloth."
    ("Tôi mang xe máy đi rửa.", "I'm taking my motorbike for a wash."),
    ("Tôi mang ô tô đi rửa.", "I'm taking my car for a wash."),
    ("Chúng tôi mang ô tô đi rửa.", "We're taking our car for a wash."),
    ("Tôi đem xe máy của bố tôi đi rửa.", "I'm taking my father's motorbike for a wash."),
    ("Tôi mang xe máy này đi rửa.", "I'm taking this motorbike for a wash."),
    ("Tôi đang mang ô tô ra tiệm rửa xe.", "I'm taking my car to the car wash."),
    ("Tôi phải mang xe máy đi rửa.", "I have to take my motorbike for a wash."),
    ("Bố tôi cần mang ô tô đi rửa.", "My father needs to take his car for a wash."),
    ("Tôi muốn mang ô tô đi rửa.", "I want to take my car for a wash."),
    ("Bạn có muốn mang xe máy đi rửa không?", "Do you want to take your motorbike for a wash?"),
    ("Tôi vừa mang xe máy đi rửa.", "I've just taken my motorbike for a wash."),
    ("Anh ấy đã mang ô tô đi rửa rồi.", "He's already taken his car for a wash."),
    ("Bạn đã mang xe máy đi rửa chưa?", "Have you taken your motorbike for a wash yet?"),
    ("Mẹ tôi chưa mang xe máy đi rửa.", "My mother hasn't taken her motorbike for a wash yet."),
    ("Bác Hùng phải đưa ô tô ra tiệm rửa xe.", "Uncle Hung has to take his car to the car wash."),
    # v8: "Yesterday, I brought an umbrella highlighting the wash.", "Tomorrow, I'll bring an umbrella highlight the
    # clean.", "I bring the motorcycle every week.", "My father brings an umbrella was washing every weekend."
    ("Hôm qua tôi mang ô tô đi rửa.", "I took my car for a wash yesterday."),
    ("Tôi mang ô tô đi rửa hôm qua.", "I took my car for a wash yesterday."),
    ("Sáng nay mẹ tôi đã mang xe máy đi rửa.", "My mother took her motorbike for a wash this morning."),
    ("Ngày mai tôi mang ô tô đi rửa.", "I'm taking my car for a wash tomorrow."),
    ("Ngày mai tôi sẽ mang ô tô đi rửa.", "I'll take my car for a wash tomorrow."),
    ("Tôi mang xe máy đi rửa mỗi tuần.", "I take my motorbike for a wash every week."),
    ("Bố tôi mang ô tô đi rửa mỗi cuối tuần.", "My father takes his car for a wash every weekend."),
    # v8: "I'm running out of washing.", "I have to go out of the washcloth.", "My mother was in the car shop.", "I'm
    # in the car shop.", "Yesterday, I came out of the car washing shop."
    ("Tôi đang ra tiệm rửa xe.", "I'm going to the car wash."),
    ("Tôi phải ra tiệm rửa xe.", "I have to go to the car wash."),
    ("Chúng tôi đang đến tiệm rửa xe.", "We're going to the car wash."),
    ("Bạn có muốn ra tiệm rửa xe không?", "Do you want to go to the car wash?"),
    ("Hôm qua tôi ra tiệm rửa xe.", "I went to the car wash yesterday."),
    ("Mẹ tôi đang ở tiệm rửa xe.", "My mother is at the car wash."),
    ("Tôi ở tiệm rửa xe.", "I'm at the car wash."),
    ("Anh ấy đang ở tiệm rửa xe máy.", "He's at the motorbike wash."),
    # v8: "How much money does the car be here?", "How much money does the motorcycle?", "How long does the
    # motorcycle lose?", "How long does the car lose?", "How much does it take a motorcycle?"
    ("Rửa xe ở đây bao nhiêu tiền?", "How much is a wash here?"),
    ("Rửa xe bao nhiêu tiền?", "How much is a wash?"),
    ("Rửa xe máy bao nhiêu tiền?", "How much does it cost to wash a motorbike?"),
    ("Rửa ô tô ở đây bao nhiêu tiền?", "How much does it cost to wash a car here?"),
    ("Ở đây rửa xe máy bao nhiêu tiền?", "How much does it cost to wash a motorbike here?"),
    ("Rửa một chiếc xe máy hết bao nhiêu tiền?", "How much does it cost to wash a motorbike?"),
    ("Giá rửa xe ở đây là bao nhiêu?", "How much is a wash here?"),
    ("Rửa xe máy mất bao lâu?", "How long does it take to wash a motorbike?"),
    ("Rửa xe mất bao lâu vậy?", "How long does a wash take?"),
    # v8: "Do you recently get a car washcloth?", "Are there any machine washing shops?", "Where is the latest car
    # washing?", "Where do you get car shops?"
    ("Gần đây có tiệm rửa xe không?", "Is there a car wash near here?"),
    ("Quanh đây có tiệm rửa xe máy nào không?", "Is there a motorbike wash around here?"),
    ("Tiệm rửa xe gần nhất ở đâu?", "Where's the nearest car wash?"),
    ("Chỗ rửa xe ở đâu?", "Where's the car wash?"),
    ("Ở đâu có tiệm rửa xe?", "Where is there a car wash?"),
    # v8: "My machine care is too dirty.", "My car is too dirty.", "Do your car is dirty?", "My mother's car is too
    # bald.", "Land's car is very dirty.", "My motorcycle needs to wash.", "Do you need washing?"
    ("Xe máy của tôi bẩn quá rồi.", "My motorbike is really dirty."),
    ("Ô tô của tôi bẩn quá.", "My car is really dirty."),
    ("Xe máy của tôi bị bẩn.", "My motorbike is dirty."),
    ("Xe máy của bạn có bẩn không?", "Is your motorbike dirty?"),
    ("Ô tô của mẹ tôi dơ quá.", "My mother's car is really dirty."),
    ("Ô tô của Lan bẩn lắm.", "Lan's car is really dirty."),
    ("Ô tô của chúng tôi bẩn quá.", "Our car is really dirty."),
    ("Xe máy của tôi cần rửa.", "My motorbike needs a wash."),
    ("Xe máy này cần rửa rồi.", "This motorbike needs a wash."),
    ("Ô tô của bạn có cần rửa không?", "Does your car need a wash?"),
    # not: "xe" alone taken, washed or dirty (a car, or a motorbike?), a plain "mang … đi rửa" of anyone but the
    # speaker (done, or bidden?), "chúng ta" (let's?), a name's own (his or hers?), our or their motorbikes (one, or
    # more?), "vừa" of going there (gone, or been?), a pet, "I" asked, "em" speaking, a "?" on a statement, "thế",
    # "nhỉ", washing it oneself (mt/car_servicing.py), "chiếc xe" priced, the other way's language, nonsense
    ("Tôi mang xe đi rửa.", None), ("Tôi phải đi rửa xe.", None), ("Xe bẩn quá rồi.", None),
    ("Xe của tôi bẩn quá.", None), ("Mẹ tôi mang xe máy đi rửa.", None), ("Chúng ta mang ô tô đi rửa.", None),
    ("Lan mang xe máy đi rửa.", None), ("Lan phải mang xe máy đi rửa.", None), ("Họ mang xe máy đi rửa.", None),
    ("Xe máy của chúng tôi bẩn quá.", None), ("Tôi vừa ra tiệm rửa xe.", None),
    ("Mẹ tôi ra tiệm rửa xe rồi.", None), ("Con chó của tôi mang xe máy đi rửa.", None),
    ("Xe máy của con chó tôi bẩn quá.", None), ("Tôi đã mang xe máy đi rửa chưa?", None),
    ("Em có muốn mang xe máy đi rửa không ạ?", None), ("Tôi mang xe máy đi rửa?", None),
    ("Xe máy của tôi bẩn quá?", None), ("Rửa xe máy bao nhiêu tiền.", None), ("Tôi mang xe máy đi rửa thế.", None),
    ("Xe máy của tôi bẩn quá nhỉ.", None), ("Tôi vừa rửa xe máy.", None), ("Rửa chiếc xe bao nhiêu tiền?", None),
    ("Anh mang xe máy đi rửa.", None), ("Xe máy của tôi có bẩn quá không?", None),
    ("Tôi mang xe máy đi rửa mỗi tuần rồi.", None), ("Hôm qua tôi sẽ mang ô tô đi rửa.", None),
    ("Tôi đến tiệm rửa xe.", None), ("Tôi mang ô tô tới tiệm rửa xe.", None),
    ("Bạn ở tiệm rửa xe.", None), ("Bạn đang ở tiệm rửa xe không?", None), ("Tôi mang xe máy đi rửa chưa?", None),
    ("I'm taking my car to the car wash.", None), ("Rửa rửa xe xe.", None),
    # review: the subject named again as owner ("Lan took Lan's car …"), and "bạn", "chúng ta" with a day ahead and
    # no tense word (telling, or bidding and "let's"?)
    ("Mẹ tôi đã mang ô tô của mẹ tôi đi rửa.", "My mother took her car for a wash."),
    ("Lan đã mang ô tô của Lan đi rửa.", None),
    ("Bố tôi đã mang ô tô của tôi đi rửa.", "My father took my car for a wash."),
    ("Ngày mai chúng ta mang ô tô đi rửa.", None), ("Ngày mai bạn mang ô tô đi rửa.", None),
    ("Ngày mai chúng ta ra tiệm rửa xe.", None), ("Ngày mai bạn đến tiệm rửa xe.", None),
    ("Ngày mai mình mang ô tô đi rửa.", None), ("Mình đang ra tiệm rửa xe.", "I'm going to the car wash."),
    ("Ngày mai bố tôi mang ô tô đi rửa.", "My father is taking his car for a wash tomorrow."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang ô tô tôi vào giặt giặt.", "Tôi đang dùng xe máy của tôi để rửa sạch.", "Tôi lấy xe của tôi vào
    # giặt giặt giặt.", "Cô ấy ô tô cô ấy vào giặt xe.", "Tôi cầm xe của bạn vào giặt giặt."
    ("I'm taking my car to the car wash.", "Tôi đang mang ô tô ra tiệm rửa xe."),
    ("I'm taking my motorbike for a wash.", "Tôi đang mang xe máy đi rửa."),
    ("I'm taking my car to be washed.", "Tôi đang mang ô tô đi rửa."),
    ("I'm taking my car to get it washed.", "Tôi đang mang ô tô đi rửa."),
    ("I took my car to the car wash.", "Tôi đã mang ô tô ra tiệm rửa xe."),
    ("She took her car to the car wash.", "Cô ấy đã mang ô tô ra tiệm rửa xe."),
    ("I took your car to the car wash.", "Tôi đã mang ô tô của bạn ra tiệm rửa xe."),
    ("John took his car to the car wash.", "John đã mang ô tô ra tiệm rửa xe."),
    # v8: "Cha tôi vừa lấy ô tô của mình để rửa sạch.", "Anh ta đã ô tô bằng khăn mặt.", "Chúng tôi chưa lấy xe của
    # chúng tôi để rửa sạch.", "Bạn có bị giặt xe máy của mình chưa?", "Anh ấy có ô tô của mình vào giặt giặt giặt
    # chưa?"
    ("My father has just taken his car for a wash.", "Bố tôi vừa mang ô tô đi rửa."),
    ("I've just taken my motorbike for a wash.", "Tôi vừa mang xe máy đi rửa."),
    ("He's already taken his car to the car wash.", "Anh ấy đã mang ô tô ra tiệm rửa xe rồi."),
    ("Have you taken your motorbike for a wash yet?", "Bạn đã mang xe máy đi rửa chưa?"),
    ("Has he taken his car to the car wash yet?", "Anh ấy đã mang ô tô ra tiệm rửa xe chưa?"),
    # v8: "Tôi phải ôtô vào giặt giặt.", "Cô ấy cần phải rửa xe máy cho cô ấy.", "Bạn có muốn ô tô của mình để rửa sạch
    # không?", "Lan phải sử dụng xe máy cho cô ấy một lần."
    ("I have to take my car to the car wash.", "Tôi phải mang ô tô ra tiệm rửa xe."),
    ("She needs to take her motorbike for a wash.", "Cô ấy cần mang xe máy đi rửa."),
    ("Do you want to take your car for a wash?", "Bạn có muốn mang ô tô đi rửa không?"),
    ("Does he want to take his car for a wash?", "Anh ấy có muốn mang ô tô đi rửa không?"),
    ("Lan has to take her motorbike for a wash.", "Lan phải mang xe máy đi rửa."),
    # v8: "Tôi lấy xe của tôi vào giặt giặt giặt giặt hôm qua.", "Tôi sẽ ôtô cho xe hơi rửa ngày mai.", "Tôi đang sử
    # dụng xe của mình để rửa ngày mai.", "Tôi phải ôtô của tôi để rửa mỗi tuần." (must), "Cô ấy phải ôtô cho xe vào
    # tuần rửa mỗi lần."
    ("I took my car to the car wash yesterday.", "Hôm qua tôi mang ô tô ra tiệm rửa xe."),
    ("I'll take my car to the car wash tomorrow.", "Ngày mai tôi sẽ mang ô tô ra tiệm rửa xe."),
    ("I'm taking my car for a wash tomorrow.", "Ngày mai tôi sẽ mang ô tô đi rửa."),
    ("I take my car for a wash every week.", "Tôi mang ô tô đi rửa mỗi tuần."),
    ("She takes her car to the car wash every weekend.", "Cô ấy mang ô tô ra tiệm rửa xe mỗi cuối tuần."),
    # v8: "Tôi sẽ rửa xe." (will wash it), "Chúng tôi đi rửa xe hôm qua.", "Cô ấy ở giặt giặt xe.", "Mẹ tôi đang ở
    # giặt giặt.", "Tôi ở giặt giặt xe."
    ("I'm going to the car wash.", "Tôi đang ra tiệm rửa xe."),
    ("I have to go to the car wash.", "Tôi phải ra tiệm rửa xe."),
    ("She's at the car wash.", "Cô ấy đang ở tiệm rửa xe."),
    ("My mother is at the car wash.", "Mẹ tôi đang ở tiệm rửa xe."),
    ("I'm at the car wash.", "Tôi đang ở tiệm rửa xe."),
    # v8: "Xe hơi được rửa sạch ở đây bao nhiêu?", "Tắm giặt giặt xe máy bao nhiêu?", "Phải rửa một chiếc xe hơi bao
    # nhiêu?", "Xe hơi mất bao lâu?", "Phải rửa dây xe ở đây bao lâu?"
    ("How much is a car wash here?", "Rửa ô tô ở đây bao nhiêu tiền?"),
    ("How much is a motorbike wash?", "Rửa xe máy bao nhiêu tiền?"),
    ("How much does it cost to wash a motorbike here?", "Rửa xe máy ở đây bao nhiêu tiền?"),
    ("How much is it to wash a car?", "Rửa ô tô bao nhiêu tiền?"),
    ("How long does a car wash take?", "Rửa ô tô mất bao lâu?"),
    ("How long does it take to wash a motorbike here?", "Rửa xe máy ở đây mất bao lâu?"),
    # v8: "Có khăn mặt ở gần đây không?" (a towel), "Có khăn mặt xe hơi gần đó không?", "Có khăn xe máy ở đây không?",
    # "Khăn tắm rửa gần nhất ở đâu?", "Tắm rửa ô tô ở đâu?", "Có giặt giặt giặt hơi ở đâu?"
    ("Is there a car wash near here?", "Gần đây có tiệm rửa xe không?"),
    ("Is there a car wash nearby?", "Gần đây có tiệm rửa xe không?"),
    ("Is there a motorbike wash around here?", "Quanh đây có tiệm rửa xe máy không?"),
    ("Where's the nearest car wash?", "Tiệm rửa xe gần nhất ở đâu?"),
    ("Where is the car wash?", "Tiệm rửa xe ở đâu?"),
    ("Where is there a car wash?", "Ở đâu có tiệm rửa xe?"),
    # v8: "Máy vận động của tôi rất bẩn." (a motor), "Xe hơi của tôi thật sự bẩn thỉu.", "Máy vận động của tôi cần khăn
    # mặt." (a towel)
    ("My motorbike is so dirty.", "Xe máy của tôi bẩn quá."),
    ("My car is really dirty.", "Ô tô của tôi bẩn quá."),
    ("My car's very dirty.", "Ô tô của tôi rất bẩn."),
    ("This motorbike is dirty.", "Xe máy này bị bẩn."),
    ("Is your motorbike dirty?", "Xe máy của bạn có bẩn không?"),
    ("My mother's motorbike is dirty.", "Xe máy của mẹ tôi bị bẩn."),
    ("My motorbike needs a wash.", "Xe máy của tôi cần rửa."),
    ("My car needs washing.", "Ô tô của tôi cần rửa."),
    ("Does your motorbike need a wash?", "Xe máy của bạn có cần rửa không?"),
    # not: a verb not agreeing, another's "his" or "her", a name's other, a pet, "I" asked, a "?" on a statement, a
    # plain "I take" (when?), "gone" there (gone, or been?), "scooter" (a kick scooter?), "a wash" (hair?), "a" car
    # dirty, the other way's language, nonsense
    ("She took his car to the car wash.", None), ("John took her car to the car wash.", None),
    ("She need to take her motorbike for a wash.", None), ("Does he wants to take his car for a wash?", None),
    ("She take her car to the car wash every weekend.", None), ("I are at the car wash.", None),
    ("Does your car needs a wash?", None), ("My car need a wash.", None), ("Is your car really dirty?", None),
    ("My dog took my car to the car wash.", None), ("Have I taken my car for a wash yet?", None),
    ("My car is dirty?", None), ("I'm taking my car to the car wash?", None), ("I take my car to the car wash.", None),
    ("I've gone to the car wash.", None), ("I took my scooter to the car wash.", None),
    ("How much is a wash here?", None), ("A car is dirty.", None), ("My car dirty.", None),
    ("I will taking my car to the car wash.", None), ("Tôi mang xe máy đi rửa.", None), ("Car wash car wash.", None),
    # review: "we", "our", "us" (chúng tôi, or chúng ta? the one spoken to may be in it)
    ("We haven't taken our car for a wash yet.", None), ("We went to the car wash yesterday.", None),
    ("We're taking our car to the car wash.", None), ("Do we want to go to the car wash?", None),
    ("I'm taking our car to the car wash.", None), ("We're at the car wash.", None), ("Our car is dirty.", None),
    ("Is our car dirty?", None), ("Does our car need a wash?", None),
    ("Their car needs a wash.", "Ô tô của họ cần rửa."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
