"""Sharing a flat or a room, a flatmate looked for or what they are like, the rent split, a roommate moving in or out,
both ways (mt/flatmates.py)."""
import pytest

from mt.flatmates import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm transplant with two friends.", "Are you transplant?", "I'm not in a transplant.", "Who are you
    # transplant?", "Have you been transplant?", "I've been getting a friend.", "I'm in the room with my sister."
    ("Tôi ở ghép với hai người bạn.", "I share a flat with two friends."),
    ("Bạn có ở ghép không?", "Do you share a flat?"),
    ("Tôi không ở ghép.", "I don't share a flat."),
    ("Mẹ tôi không ở ghép.", "My mother doesn't share a flat."),
    ("Con gái tôi ở ghép với ba người bạn.", "My daughter shares a flat with three friends."),
    ("Lan ở ghép với hai đồng nghiệp.", "Lan shares a flat with two colleagues."),
    ("Chúng tôi ở ghép với ba sinh viên.", "We share a flat with three students."),
    ("Anh ấy đang ở ghép với bạn bè.", "He's sharing a flat with friends."),
    ("Bạn có đang ở ghép không?", "Are you sharing a flat?"),
    ("Tôi từng ở ghép với một người bạn.", "I used to share a flat with a friend."),
    ("Cô ấy từng ở ghép với Lan.", "She used to share a flat with Lan."),
    ("Bạn đã từng ở ghép chưa?", "Have you ever shared a flat?"),
    ("Chúng ta đã từng ở ghép chưa?", "Have we ever shared a flat?"),
    ("Bạn ở ghép với ai?", "Who do you share a flat with?"),
    ("Bạn đang ở ghép với ai?", "Who are you sharing a flat with?"),
    ("Tôi ở chung phòng với em gái tôi.", "I share a room with my sister."),
    # v8: "I'm looking for someone in the transplant.", "Have you found someone in a transplant yet?", "We need to
    # find a transplant."
    ("Tôi đang tìm người ở ghép.", "I'm looking for a flatmate."),
    ("Bạn có đang tìm người ở ghép không?", "Are you looking for a flatmate?"),
    ("Chúng tôi đang tìm thêm một người ở ghép.", "We're looking for another flatmate."),
    ("Chúng tôi cần tìm thêm một người ở ghép.", "We need to find another flatmate."),
    ("Cô ấy muốn tìm một bạn cùng phòng.", "She wants to find a roommate."),
    ("Tôi đang tìm một bạn cùng phòng.", "I'm looking for a roommate."),
    ("Tôi tìm được người ở ghép rồi.", "I've found a flatmate."),
    ("Bạn tìm được người ở ghép chưa?", "Have you found a flatmate yet?"),
    ("Anh ấy chưa tìm được một bạn cùng phòng.", "He hasn't found a roommate yet."),
    # v8: "You're very coconut.", "You're in my transplant.", "Do you have a tidy room?", "You don't clean up my
    # room.", "My new room is very good."
    ("Bạn cùng phòng của tôi rất bừa bộn.", "My roommate is very messy."),
    ("Bạn ở ghép của tôi rất sạch sẽ.", "My flatmate is very clean."),
    ("Bạn cùng phòng của bạn có gọn gàng không?", "Is your roommate tidy?"),
    ("Bạn cùng phòng của tôi không sạch sẽ lắm.", "My roommate isn't very clean."),
    ("Bạn cùng phòng của tôi bừa bộn quá.", "My roommate is so messy."),
    ("Bạn cùng phòng của tôi hơi bừa bộn.", "My roommate is a bit messy."),
    ("Bạn ở ghép của cô ấy rất gọn gàng.", "Her flatmate is very tidy."),
    ("Các bạn cùng phòng của tôi rất ồn ào.", "My roommates are very noisy."),
    ("Bạn ở ghép của tôi rất dễ thương.", "My flatmate is very nice."),
    ("Bạn cùng phòng mới của tôi rất thân thiện.", "My new roommate is very friendly."),
    # (mt/traits.py takes this first in the chain, "dễ thương" as "cute")
    ("Bạn cùng phòng của tôi rất dễ thương.", "My roommate is very nice."),
    # v8: "We split our home money.", "We divided three homes.", "I and you share your moneyroom.", "I divided my
    # home with you.", "We divided all money at home."
    ("Chúng tôi chia đôi tiền nhà.", "We split the rent in half."),
    ("Chúng tôi chia ba tiền nhà.", "We split the rent three ways."),
    ("Chúng tôi chia đều tiền nhà.", "We split the rent equally."),
    ("Họ chia đôi tiền nhà.", "They split the rent in half."),
    ("Tôi và bạn cùng phòng chia đôi tiền nhà.", "My roommate and I split the rent in half."),
    ("Tôi chia đôi tiền nhà với bạn cùng phòng.", "I split the rent in half with my roommate."),
    ("Bạn có chia tiền nhà với bạn cùng phòng không?", "Do you split the rent with your roommate?"),
    ("Chúng tôi không chia đều tiền nhà.", "We don't split the rent equally."),
    ("Cô ấy chia tiền nhà với Lan.", "She splits the rent with Lan."),
    # v8: "You're going to move along my room.", "You just move my room.", "You're the same new room next week.",
    # "You've gone with my room."
    ("Bạn cùng phòng của tôi sắp chuyển đi.", "My roommate is moving out soon."),
    ("Bạn cùng phòng mới của tôi sắp chuyển đến.", "My new roommate is moving in soon."),
    ("Bạn cùng phòng của tôi vừa chuyển đi.", "My roommate has just moved out."),
    ("Bạn cùng phòng của tôi đã chuyển đi.", "My roommate has moved out."),
    ("Bạn cùng phòng của tôi chuyển đi rồi.", "My roommate has moved out."),
    ("Bạn cùng phòng mới của tôi sẽ chuyển đến vào tuần sau.", "My new roommate is moving in next week."),
    ("Bạn cùng phòng của tôi đã chuyển đi tuần trước.", "My roommate moved out last week."),
    ("Bạn cùng phòng cũ của tôi đã chuyển đi hôm qua.", "My old roommate moved out yesterday."),
    ("Bạn cùng phòng của tôi chưa chuyển đi.", "My roommate hasn't moved out yet."),
    ("Bạn cùng phòng của bạn chuyển đi chưa?", "Has your roommate moved out yet?"),
    ("Bạn cùng phòng của tôi định chuyển đi vào tháng sau.", "My roommate is planning to move out next month."),
    ("Bạn cùng phòng mới của tôi sẽ chuyển vào vào tuần sau.", "My new roommate is moving in next week."),
    ("Bạn cùng phòng mới của tôi sắp chuyển vào.", "My new roommate is moving in soon."),
    ("Chúng tôi chia đôi tiền thuê phòng.", "We split the rent in half."),
    # not: "với bạn" (with you, or a friend?), "I" asked, a pet, "anh" saying it, a "?" no word asks, "có" with no
    # "không", one person ("một người": another?), found with no "rồi", how much twice, a move with no tense or to a
    # place, "vừa" with a day, another's bill (mt/bills.py), "ghép" alone (a transplant, a jigsaw), a roommate's name
    # (mt/people.py), roommates had uncounted, what each pays, living with someone (mt/residence.py)
    ("Tôi không ở ghép nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi ở ghép với bạn.", None), ("Tôi có ở ghép không?", None), ("Con mèo của tôi ở ghép với tôi.", None),
    ("Anh ở ghép.", None), ("Tôi ở ghép?", None), ("Bạn có ở ghép?", None), ("Tôi ở ghép với một người.", None),
    ("Tôi tìm được người ở ghép.", None), ("Bạn cùng phòng của tôi không rất bừa bộn.", None),
    ("Bạn cùng phòng của tôi rất bừa bộn không?", None), ("Bạn cùng phòng của bạn bừa bộn à?", None),
    ("Bạn cùng phòng của tôi chuyển đi.", None), ("Bạn cùng phòng của tôi sắp chuyển đi Hà Nội.", None),
    ("Bạn cùng phòng của tôi vừa chuyển đi hôm qua.", None), ("Tôi chia đôi tiền nhà với bạn.", None),
    ("Chúng tôi chia đôi tiền điện.", None), ("Chia đôi nhé.", None), ("Tôi bị ghép thận.", None),
    ("Con tôi thích chơi ghép hình.", None), ("Bạn cùng phòng tôi tên là Lan.", None),
    ("Tôi có bạn cùng phòng.", None), ("Mỗi người trả một triệu rưỡi.", None), ("Tôi ở với bố mẹ.", None),
    ("Bạn đã từng ở ghép với ai?", None), ("Bạn có chuyển đi không?", None),
    # not (review): "vào" at once before a day (the time word: "moves next week", out), whether one shares with the
    # speaker (an invitation), "thêm người" (how many?), an old roommate moving in, "chúng ta" asked (a suggestion?),
    # "tiền phòng" without "thuê" (a hotel bill too), "bạn cùng phòng" looked for or found without "một" (one's own?)
    ("Bạn cùng phòng của tôi sẽ chuyển vào tuần sau.", None), ("Bạn cùng phòng của tôi dọn vào tuần sau.", None),
    ("Bạn cùng phòng của tôi chuyển vào tuần trước.", None), ("Bạn cùng phòng của tôi chuyển vào năm ngoái.", None),
    ("Bạn cùng phòng của tôi định chuyển vào tháng sau.", None), ("Bạn ở ghép với tôi không?", None),
    ("Bạn có ở ghép với tôi không?", None), ("Bạn có ở chung phòng với tôi không?", None),
    ("Chúng tôi đang tìm thêm người ở ghép.", None), ("Bạn cùng phòng cũ của tôi đã chuyển đến.", None),
    ("Bạn cùng phòng cũ của tôi sắp chuyển đến.", None), ("Chúng ta có ở ghép không?", None),
    ("Chúng ta có chia tiền nhà không?", None), ("Chúng tôi chia đôi tiền phòng.", None),
    ("Tôi tìm được bạn cùng phòng rồi.", None), ("Tôi đang tìm bạn cùng phòng.", None),
    ("Tôi đang tìm bạn ở ghép.", None), ("Cô ấy muốn tìm bạn cùng phòng.", None),
    ("Anh ấy chưa tìm được bạn cùng phòng.", None),
    ("I share a flat with two friends.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi chia sẻ một chút với hai bạn bè.", "Bạn có chia sẻ một cái phẳng không?", "Cô ấy không chia sẻ chút
    # nào.", "Đứa con gái của tôi cổ phiếu một chút với ba bạn bè." (stocks), "Tôi cùng phòng với chị tôi."
    ("I share a flat with two friends.", "Tôi ở ghép với hai người bạn."),
    ("Do you share a flat?", "Bạn có ở ghép không?"),
    ("She doesn't share a flat.", "Cô ấy không ở ghép."),
    ("Does she share a flat?", "Cô ấy có ở ghép không?"),
    ("My daughter shares a flat with three friends.", "Con gái tôi ở ghép với ba người bạn."),
    ("We're sharing a flat with three students.", "Chúng tôi đang ở ghép với ba sinh viên."),
    ("Are you sharing a flat?", "Bạn có đang ở ghép không?"),
    ("I used to share a flat with a friend.", "Tôi từng ở ghép với một người bạn."),
    ("Have you ever shared a flat?", "Bạn đã từng ở ghép chưa?"),
    ("Who do you share a flat with?", "Bạn ở ghép với ai?"),
    ("I share a room with my sister.", "Tôi ở chung phòng với em gái tôi."),
    ("We share a house.", "Chúng tôi ở ghép."),
    ("Do you share a flat with us?", "Bạn có ở ghép với chúng tôi không?"),
    ("I share a flat with my friend.", "Tôi ở ghép với bạn tôi."),
    ("They share a room with their cat.", "Họ ở chung phòng với con mèo của họ."),
    ("My roommate shares a room with me.", "Bạn cùng phòng của tôi ở chung phòng với tôi."),
    # v8: "Tôi đang tìm một người ăn phẳng." (a flat eater), "Bạn đã tìm thấy một người ăn phẳng chưa?"
    ("I'm looking for a flatmate.", "Tôi đang tìm người ở ghép."),
    ("Is he looking for a roommate?", "Anh ấy có đang tìm bạn cùng phòng không?"),
    ("We need to find another flatmate.", "Chúng tôi cần tìm thêm một người ở ghép."),
    ("Does she need to find a flatmate?", "Cô ấy có cần tìm người ở ghép không?"),
    ("I don't need to find a flatmate.", "Tôi không cần tìm người ở ghép."),
    ("I've found a flatmate.", "Tôi tìm được người ở ghép rồi."),
    ("She's found a roommate.", "Cô ấy tìm được bạn cùng phòng rồi."),
    ("I haven't found a flatmate yet.", "Tôi chưa tìm được người ở ghép."),
    ("Have you found a flatmate yet?", "Bạn đã tìm được người ở ghép chưa?"),
    # v8: "Tôi phòng của tôi rất là tôi.", "Tôi hơi phẳng của tôi rất gắn bó.", "Người bạn phòng của tôi rất khó
    # chịu.", "Thân phòng của tôi rất đẹp."
    ("My roommate is very messy.", "Bạn cùng phòng của tôi rất bừa bộn."),
    ("My flatmate is very tidy.", "Bạn ở ghép của tôi rất gọn gàng."),
    ("My flatmate isn't very tidy.", "Bạn ở ghép của tôi không gọn gàng lắm."),
    ("My roommate is not messy.", "Bạn cùng phòng của tôi không bừa bộn."),
    ("Is your roommate noisy?", "Bạn cùng phòng của bạn có ồn ào không?"),
    ("Are your roommates tidy?", "Các bạn cùng phòng của bạn có gọn gàng không?"),
    ("My roommates are so noisy.", "Các bạn cùng phòng của tôi ồn ào quá."),
    ("Her new roommate is quite noisy.", "Bạn cùng phòng mới của cô ấy khá ồn ào."),
    ("My roommate is very nice.", "Bạn cùng phòng của tôi rất dễ thương."),
    # v8: "Chúng tôi chia đồng tiền.", "Chúng tôi chia tay ba cách rent." (broke up), "Căn phòng của tôi và tôi chia
    # tay.", "Tôi chia tay cái rent với người bạn phòng của tôi."
    ("We split the rent.", "Chúng tôi chia tiền nhà."),
    ("We split the rent three ways.", "Chúng tôi chia ba tiền nhà."),
    ("We split the rent in half.", "Chúng tôi chia đôi tiền nhà."),
    ("They split the rent equally.", "Họ chia đều tiền nhà."),
    ("My roommate and I split the rent.", "Tôi và bạn cùng phòng chia tiền nhà."),
    ("I split the rent with my roommate.", "Tôi chia tiền nhà với bạn cùng phòng."),
    ("She splits the rent with her roommate.", "Cô ấy chia tiền nhà với bạn cùng phòng."),
    ("Do you split the rent?", "Bạn có chia tiền nhà không?"),
    ("We don't split the rent.", "Chúng tôi không chia tiền nhà."),
    ("I split the rent with Lan.", "Tôi chia tiền nhà với Lan."),
    ("Does your roommate split the rent with you?", "Bạn cùng phòng của bạn có chia tiền nhà với bạn không?"),
    # v8: "Thân phòng của tôi đang dọn đi sớm.", "Căn phòng của tôi vừa di chuyển.", "Tôi phẳng mới của tôi đang di
    # chuyển vào tuần tới.", "Căn phòng của tôi di chuyển ra."
    ("My roommate is moving out soon.", "Bạn cùng phòng của tôi sắp chuyển đi."),
    ("My roommate is moving out next week.", "Tuần sau bạn cùng phòng của tôi sẽ chuyển đi."),
    ("My new flatmate is moving in next week.", "Tuần sau bạn ở ghép mới của tôi sẽ chuyển đến."),
    ("My roommate has just moved out.", "Bạn cùng phòng của tôi vừa chuyển đi."),
    ("My roommate's just moved out.", "Bạn cùng phòng của tôi vừa chuyển đi."),
    ("My roommate has moved out.", "Bạn cùng phòng của tôi đã chuyển đi rồi."),
    ("My roommate moved out.", "Bạn cùng phòng của tôi đã chuyển đi."),
    ("My roommate moved out last week.", "Tuần trước bạn cùng phòng của tôi chuyển đi."),
    ("Our new flatmate moved in yesterday.", "Hôm qua bạn ở ghép mới của chúng tôi chuyển đến."),
    ("My roommate hasn't moved out yet.", "Bạn cùng phòng của tôi chưa chuyển đi."),
    ("Has your roommate moved out yet?", "Bạn cùng phòng của bạn đã chuyển đi chưa?"),
    ("My roommate is going to move out.", "Bạn cùng phòng của tôi sẽ chuyển đi."),
    # not: a verb not agreeing ("She share", "Do she", "He are", "My roommate are", "She split", past), a count not
    # agreeing, a pet, "shared" said (when?), found without "have", "very" asked, "quite" denied, "her" roommate of
    # someone not surely her own, a move with no day or a day not of the tense, "share" of other things, the rent
    # shared, the other way's language, nonsense
    ("She share a flat.", None), ("Do she share a flat?", None), ("I shared a flat with two friends.", None),
    ("My dog shares a room with my cat.", None), ("Does Lan share a flat with two friend?", None),
    ("I share a flat with an friend.", None), ("I have found a flatmate yet.", None), ("I found a flatmate.", None),
    ("He are looking for a flatmate.", None), ("Does she needs to find a flatmate?", None),
    ("Is your roommate very tidy?", None), ("My roommate are messy.", None), ("My roommate isn't quite messy.", None),
    ("She split the rent with her roommate.", None), ("My mother splits the rent with her roommate.", None),
    ("My roommate is moving out.", None), ("My roommate moved out next week.", None),
    ("My roommate is moving out yesterday.", None), ("I share my flat with two friends.", None),
    ("They share the rent.", None), ("I share your opinion.", None),
    ("Tôi ở ghép với hai người bạn.", None), ("Flatmate roommate share.", None),
    # not (review): a spouse or partner shared with (a couple lives together, "sống chung"), family or a pet in a flat
    # ("ở ghép" is flatmates splitting costs), an old roommate moving in, "we" or "our" asked ("chúng ta" or "chúng
    # tôi"?), whom who is
    ("She shares a house with her husband.", None), ("I share a house with my wife.", None),
    ("I share an apartment with my boyfriend.", None), ("He shares a flat with his girlfriend.", None),
    ("Do you share a flat with your boyfriend?", None), ("She shares a room with her husband.", None),
    ("I share a flat with my mother.", None), ("I share a flat with my cat.", None),
    ("My old roommate is moving in next week.", None), ("My old flatmate moved in last year.", None),
    ("Do we share a room?", None), ("Do we split the rent?", None), ("Are we looking for a flatmate?", None),
    ("Is our roommate tidy?", None), ("Has our roommate moved out yet?", None),
    ("I share a flat with me.", None), ("I split the rent with me.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
