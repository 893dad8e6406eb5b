"""Picking fruit or tea on a farm trip: going, gone, wanting to, let's, liking it, the fruit on this farm, paying by
the kilo and kilos picked, both ways (mt/fruit_picking.py)."""
import pytest

from mt.fruit_picking import translate


@pytest.mark.parametrize("text, said", [
    # v8: "We've gone a story.", "Last weekend, we walked a story in Da Lat.", "My mother was a stew in Thai Nguyen.",
    # "Yesterday, we went fake at Ninh Thuan."
    ("Chúng tôi đã đi hái dâu.", "We went strawberry picking."),
    ("Cuối tuần trước chúng tôi đi hái dâu ở Đà Lạt.", "We went strawberry picking in Da Lat last weekend."),
    ("Cuối tuần trước, chúng tôi đã đi hái dâu ở Đà Lạt.", "We went strawberry picking in Da Lat last weekend."),
    ("Chúng tôi đi hái dâu ở Đà Lạt cuối tuần trước.", "We went strawberry picking in Da Lat last weekend."),
    ("Mẹ tôi đã đi hái chè ở Mộc Châu.", "My mother went tea picking in Moc Chau."),
    ("Hôm qua chúng tôi đi hái nho ở Ninh Thuận.", "We went grape picking in Ninh Thuan yesterday."),
    ("Hôm nay chúng tôi đã đi hái dâu.", "We went strawberry picking today."),
    ("Mọi người đã đi hái dâu.", "Everyone went strawberry picking."),
    ("Hôm qua chúng tôi không đi hái dâu.", "We didn't go strawberry picking yesterday."),
    ("Chúng tôi đã không đi hái dâu.", "We didn't go strawberry picking."),
    # v8: "Yesterday, do you have a march?"
    ("Hôm qua bạn có đi hái dâu không?", "Did you go strawberry picking yesterday?"),
    # v8: "Tomorrow, we're going to go.", "This weekend, we're going to get a good idea."
    ("Ngày mai chúng tôi sẽ đi hái nho.", "We're going grape picking tomorrow."),
    ("Ngày mai chúng tôi đi hái nho.", "We're going grape picking tomorrow."),
    ("Chúng tôi sẽ đi hái nho.", "We're going grape picking."),
    ("Cuối tuần này chúng tôi đi hái dâu.", "We're going strawberry picking this weekend."),
    ("Chiều nay họ sẽ đi hái táo.", "They're going apple picking this afternoon."),
    ("Ngày mai mẹ tôi sẽ đi hái chè.", "My mother is going tea picking tomorrow."),
    ("Lan sẽ không đi hái cam.", "Lan isn't going orange picking."),
    ("Chúng tôi sẽ không đi hái nho.", "We're not going grape picking."),
    ("Ngày mai bạn có đi hái dâu không?", "Are you going strawberry picking tomorrow?"),
    # v8: "Are you never going to go to a mistake?", "I've never been apologized."
    ("Bạn đã bao giờ đi hái dâu chưa?", "Have you ever been strawberry picking?"),
    ("Bạn đã đi hái dâu bao giờ chưa?", "Have you ever been strawberry picking?"),
    ("Bạn đã bao giờ đi hái dâu ở Đà Lạt chưa?", "Have you ever been strawberry picking in Da Lat?"),
    ("Mẹ bạn đã bao giờ đi hái chè chưa?", "Has your mother ever been tea picking?"),
    ("Tôi chưa bao giờ đi hái dâu.", "I've never been strawberry picking."),
    ("Cô ấy chưa từng đi hái nho.", "She's never been grape picking."),
    ("Tôi đã từng đi hái dâu ở Đà Lạt.", "I've been strawberry picking in Da Lat before."),
    # v8: "I'd like to get a story.", "Would you like to go away?"
    ("Tôi muốn đi hái dâu.", "I want to go strawberry picking."),
    ("Bạn có muốn đi hái dâu không?", "Do you want to go strawberry picking?"),
    ("Các bạn có muốn đi hái dâu không?", "Do you want to go strawberry picking?"),
    ("Mẹ tôi không muốn đi hái chè.", "My mother doesn't want to go tea picking."),
    # v8: "Let's go to the story.", "Go back!"
    ("Chúng ta đi hái dâu nhé.", "Let's go strawberry picking."),
    ("Đi hái dâu đi!", "Let's go strawberry picking!"),
    ("Cuối tuần này tụi mình đi hái nho nhé?", "Shall we go grape picking this weekend?"),
    ("Mình đi hái dâu đi.", "Let's go strawberry picking."),
    # v8: "The children are very interested in walking.", "Would you like to go away?", "Lan likes to travel.",
    # "Do you like to get a fake?"
    ("Bọn trẻ rất thích đi hái dâu.", "The children love going strawberry picking."),
    ("Bọn trẻ thích đi hái dâu lắm.", "The children love going strawberry picking."),
    ("Bạn có thích đi hái dâu không?", "Do you like going strawberry picking?"),
    ("Bạn có thích hái chè không?", "Do you like picking tea?"),
    ("Mẹ tôi không thích đi hái nho.", "My mother doesn't like going grape picking."),
    ("Lan mê đi hái dâu.", "Lan loves going strawberry picking."),
    ("Lan thích đi hái cam.", "Lan likes going orange picking."),
    # v8: "The story in this garden is sweet.", "It's a bit of sour.", "Are the story in this garden?", "The Cam in
    # this garden is not very sweet."
    ("Dâu ở vườn này rất ngọt.", "The strawberries on this farm are very sweet."),
    ("Nho ở vườn này hơi chua.", "The grapes on this farm are a bit sour."),
    ("Dâu ở vườn này có ngọt không?", "Are the strawberries on this farm sweet?"),
    ("Cam ở vườn này không ngọt lắm.", "The oranges on this farm aren't very sweet."),
    ("Dâu vườn này ngọt quá!", "The strawberries on this farm are so sweet!"),
    # v8: "The money is balanced.", "Here's the money in balance here.", "Do you have a balance of money?"
    ("Hái dâu tính tiền theo cân.", "You pay for the strawberries you pick by the kilo."),
    ("Ở đây hái dâu tính tiền theo cân.", "You pay for the strawberries you pick here by the kilo."),
    ("Hái dâu có tính tiền theo cân không?", "Do you pay for the strawberries you pick by the kilo?"),
    # v8: "We took three weights.", "How many balances do you get?"
    ("Chúng tôi hái được ba cân dâu.", "We picked three kilos of strawberries."),
    ("Hôm qua mẹ tôi hái được nửa cân chè.", "My mother picked half a kilo of tea yesterday."),
    ("Tôi hái được một cân dâu.", "I picked a kilo of strawberries."),
    ("Chúng tôi hái được hai cân dâu rồi.", "We've picked two kilos of strawberries."),
    ("Bạn hái được mấy cân nho?", "How many kilos of grapes did you pick?"),
    # not: no word of the tense (went, or going?), "hôm nay" bare, "đang" (out picking, or on the way?), "rồi" on
    # going (gone out now?), "chưa" alone (yet?), "có … không?" with no day, "mình" (I, or we?), "anh" saying it,
    # a pet, "em" with "ạ" (the speaker), "I" asked, "trẻ con" (children in general), a "?" on a statement, two days,
    # a day against the tense, "nhé" with no one said, a day behind on "let's", flowers picked, "con dâu"
    # (mt/in_laws.py), "chè" tasted (a sweet soup), a market, a place not known, "nhỉ"
    ("Chúng tôi đi hái dâu.", None), ("Hôm nay chúng tôi đi hái dâu.", None), ("Chúng tôi đang đi hái dâu.", None),
    ("Chúng tôi đi hái dâu rồi.", None), ("Bạn đã đi hái dâu chưa?", None), ("Bạn có đi hái dâu không?", None),
    ("Mình đã đi hái dâu.", None), ("Anh đã đi hái dâu.", None), ("Con mèo của tôi thích đi hái dâu.", None),
    ("Em có muốn đi hái dâu không ạ?", None), ("Tôi có muốn đi hái dâu không?", None),
    ("Trẻ con rất thích đi hái dâu.", None), ("Chúng tôi đã đi hái dâu?", None), ("Dâu ở vườn này rất ngọt?", None),
    ("Hôm qua hôm nay chúng tôi đã đi hái dâu.", None), ("Ngày mai chúng tôi đã đi hái dâu.", None),
    ("Hôm qua chúng tôi sẽ đi hái dâu.", None), ("Đi hái dâu nhé.", None), ("Hôm qua chúng ta đi hái dâu nhé.", None),
    ("Tôi hái hoa.", None), ("Tôi thích đi hái hoa.", None), ("Con dâu tôi rất ngoan.", None),
    ("Chè ở vườn này rất ngọt.", None), ("Dâu ở chợ này rất ngọt.", None),
    ("Mẹ tôi đã đi hái chè ở Thái Nguyên.", None), ("Dâu ở vườn này có rất ngọt không?", None),
    ("Bạn hái được mấy cân nho.", None),
    ("Tôi hái được ba cân dâu ngày mai.", None), ("Hái dâu tính tiền theo giờ.", None),
    ("Chúng tôi đã đi hái dâu nhỉ.", None), ("We went strawberry picking.", None), ("Hái hái vườn vườn.", None),
    # not: everyone denied or never ("Everyone doesn't …": none, or not all?), "thế", "vậy" ending a statement (so
    # much), "mình … nhé" (let's, or I'll go?)
    ("Mọi người không muốn đi hái dâu.", None), ("Mọi người không thích hái dâu.", None),
    ("Hôm qua mọi người không đi hái dâu.", None), ("Mọi người sẽ không đi hái dâu.", None),
    ("Mọi người chưa bao giờ đi hái dâu.", None), ("Bọn trẻ thích đi hái dâu thế.", None),
    ("Chúng tôi đã đi hái dâu vậy.", None), ("Dâu ở vườn này ngọt thế!", None), ("Mình đi hái dâu nhé.", None),
    ("Cuối tuần này mình đi hái nho nhé?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi đi cầu thang.", "Chúng tôi đi cầu thang chọn ở Đà Lạt cuối tuần trước.", "Mẹ tôi đi uống trà.",
    # "Bạn có đi cầu thang chọn hôm qua không?"
    ("We went strawberry picking.", "Chúng tôi đã đi hái dâu."),
    ("We went strawberry picking in Da Lat last weekend.", "Cuối tuần trước chúng tôi đi hái dâu ở Đà Lạt."),
    ("My mother went tea picking.", "Mẹ tôi đã đi hái chè."),
    ("We went strawberry picking this morning.", "Sáng nay chúng tôi đã đi hái dâu."),
    ("We went cherry picking.", "Chúng tôi đã đi hái anh đào."),
    ("We didn't go strawberry picking yesterday.", "Hôm qua chúng tôi không đi hái dâu."),
    ("We didn't go strawberry picking.", "Chúng tôi đã không đi hái dâu."),
    ("Did you go strawberry picking yesterday?", "Hôm qua bạn có đi hái dâu không?"),
    ("Did you go strawberry picking?", "Bạn có đi hái dâu không?"),
    # v8: "Chúng tôi đang đi ăn cắp.", "Chúng tôi sẽ đi chọn ngày mai.", "Chúng tôi đang đi chọn cuối tuần này.",
    # "Lan không phải là chuyện cam kết."
    ("We're going strawberry picking.", "Chúng tôi sẽ đi hái dâu."),
    ("We’re going strawberry picking this weekend.", "Cuối tuần này chúng tôi sẽ đi hái dâu."),
    ("My mother is going tea picking tomorrow.", "Ngày mai mẹ tôi sẽ đi hái chè."),
    ("He's going apple picking.", "Anh ấy sẽ đi hái táo."),
    ("We will go grape picking tomorrow.", "Ngày mai chúng tôi sẽ đi hái nho."),
    ("Lan isn't going orange picking.", "Lan sẽ không đi hái cam."),
    ("I'm not going grape picking.", "Tôi sẽ không đi hái nho."),
    ("We won't go grape picking.", "Chúng tôi sẽ không đi hái nho."),
    ("Are you going strawberry picking tomorrow?", "Ngày mai bạn có đi hái dâu không?"),
    ("Is your mother going tea picking?", "Mẹ bạn có định đi hái chè không?"),
    # v8: "Bạn đã từng là một chiếc phàn nàn chưa?", "Tôi chưa bao giờ là hòn đá anh đào."
    ("Have you ever been strawberry picking?", "Bạn đã bao giờ đi hái dâu chưa?"),
    ("Has your mother ever been tea picking?", "Mẹ bạn đã bao giờ đi hái chè chưa?"),
    ("I've never been strawberry picking.", "Tôi chưa bao giờ đi hái dâu."),
    ("She has never been grape picking.", "Cô ấy chưa bao giờ đi hái nho."),
    ("I've been strawberry picking before.", "Tôi đã từng đi hái dâu."),
    # v8: "Bạn có muốn đi cầu thang không?", "Tôi muốn đi mua cây anh đào."
    ("I want to go strawberry picking.", "Tôi muốn đi hái dâu."),
    ("She wants to go apple picking this weekend.", "Cuối tuần này cô ấy muốn đi hái táo."),
    ("Do you want to go strawberry picking?", "Bạn có muốn đi hái dâu không?"),
    ("My mother doesn't want to go tea picking.", "Mẹ tôi không muốn đi hái chè."),
    # v8: "Chúng ta hãy đi mua bánh strawberry."
    ("Let's go strawberry picking.", "Chúng ta đi hái dâu nhé."),
    ("Shall we go grape picking this weekend?", "Cuối tuần này chúng ta đi hái nho nhé?"),
    # v8: "Những đứa trẻ thích đi chọn thú nuôi.", "Bạn có muốn đi ăn cắp không?", "Lan thích chọnrange.", "Bạn có
    # thích chọn trà không?"
    ("The children love going strawberry picking.", "Bọn trẻ rất thích đi hái dâu."),
    ("Do you like going strawberry picking?", "Bạn có thích đi hái dâu không?"),
    ("Do you like picking tea?", "Bạn có thích hái chè không?"),
    ("My mother doesn't like going grape picking.", "Mẹ tôi không thích đi hái nho."),
    ("She doesn't really like going grape picking.", "Cô ấy không thích đi hái nho lắm."),
    ("Lan loves going strawberry picking.", "Lan rất thích đi hái dâu."),
    ("Lan likes going orange picking.", "Lan thích đi hái cam."),
    # v8: "Các nhà bếp hấp dẫn trên trang trại này rất ngọt.", "Những món gran trên trang trại này là một chút lo
    # ngại.", "Có phải cây cầu trên trang trại ngọt này không?", "Mối nguy hiểm trên trang trại này không được ngọt
    # ngào lắm."
    ("The strawberries on this farm are very sweet.", "Dâu ở vườn này rất ngọt."),
    ("The grapes on this farm are a bit sour.", "Nho ở vườn này hơi chua."),
    ("Are the strawberries on this farm sweet?", "Dâu ở vườn này có ngọt không?"),
    ("The oranges on this farm aren't very sweet.", "Cam ở vườn này không ngọt lắm."),
    # v8: "Bạn trả tiền cho những món bánh strawberries mà bạn chọn bằng ki-lô."
    ("You pay for the strawberries you pick by the kilo.", "Hái dâu tính tiền theo cân."),
    ("You pay by the kilo for the strawberries you pick.", "Hái dâu tính tiền theo cân."),
    ("Do you pay for the tea you pick here by the kilo?", "Ở đây hái chè có tính tiền theo cân không?"),
    # v8: "Chúng tôi đã nhặt 3 kg những con bò.", "Bạn chọn bao nhiêu ki-lô-mét?"
    ("We picked three kilos of strawberries.", "Chúng tôi hái được ba cân dâu."),
    ("My mother picked half a kilo of tea yesterday.", "Hôm qua mẹ tôi hái được nửa cân chè."),
    ("I picked a kilo of strawberries.", "Tôi hái được một cân dâu."),
    ("How many kilos of grapes did you pick?", "Bạn hái được mấy cân nho?"),
    # not: the verb not agreeing ("She go", "She want", "She are", "Does she wants"), a day against the tense, "I"
    # asked, a pet, "two kilo", "a kilos", "He's been" and "Have you been" (lately?), "love" asked, "too" denied,
    # a "?" on a statement, "picked the strawberries" (no amount), other meanings of "pick" and "farm"
    ("She go strawberry picking.", None), ("She want to go strawberry picking.", None),
    ("She are going strawberry picking.", None), ("Does she wants to go strawberry picking?", None),
    ("We went strawberry picking tomorrow.", None), ("We're going strawberry picking yesterday.", None),
    ("We went strawberry picking tonight.", None), ("Did I go strawberry picking?", None),
    ("My dog went strawberry picking.", None), ("I picked two kilo of strawberries.", None),
    ("I picked a kilos of strawberries.", None), ("He's been apple picking.", None),
    ("Have you been strawberry picking?", None), ("Do you love going strawberry picking?", None),
    ("The strawberries on this farm aren't too sweet.", None), ("He wants to go strawberry picking?", None),
    ("She picked the strawberries.", None), ("Can you pick me up?", None), ("He works on a farm.", None),
    ("We went nose picking.", None), ("Chúng tôi đã đi hái dâu.", None),
    # not: everyone denied or never (not all, or none?), "we" asked (chúng tôi, or chúng ta?)
    ("Everyone didn't go strawberry picking.", None), ("Everyone doesn't want to go strawberry picking.", None),
    ("Everyone doesn't like going strawberry picking.", None), ("Everyone isn't going strawberry picking.", None),
    ("Everyone has never been strawberry picking.", None), ("Are we going strawberry picking tomorrow?", None),
    ("Did we go strawberry picking last year?", None), ("Have we ever been strawberry picking?", None),
    ("Do we want to go strawberry picking?", None), ("Do we like picking strawberries?", None),
    ("How many kilos of strawberries did we pick?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
