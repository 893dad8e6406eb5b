"""Children's traditional and playground games: who plays hide and seek, tag, skipping rope, hopscotch, marbles, blind
man's buff, ô ăn quan or tug of war, as a child too, and "let's play", both ways (mt/kids_games.py)."""
import pytest

from mt.kids_games import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The children are playing away.", "Girls are wiring at school.", "Lan is playing stove.", "The little boy
    # was shot out of the yard."
    ("Bọn trẻ đang chơi trốn tìm.", "The children are playing hide and seek."),
    ("Lũ trẻ đang chơi trò đuổi bắt ngoài sân.", "The children are playing tag in the yard."),
    ("Các bé gái đang nhảy dây ở sân trường.", "The girls are skipping rope in the schoolyard."),
    ("Lan đang chơi nhảy lò cò.", "Lan is playing hopscotch."),
    ("Thằng bé đang bắn bi ngoài sân.", "He's playing marbles in the yard."),
    ("Chúng tôi đang chơi bịt mắt bắt dê.", "We're playing blind man's buff."),
    ("Các bé gái có đang nhảy dây không?", "Are the girls skipping rope?"),
    # v8: "My son often plays a bid shot.", "She likes to dance.", "My mother didn't like to play a catch-up."
    ("Con trai tôi hay chơi bắn bi.", "My son often plays marbles."),
    ("Em trai tôi không bao giờ chơi bắn bi.", "My younger brother never plays marbles."),
    ("Tôi thỉnh thoảng chơi đuổi bắt.", "I sometimes play tag."),
    ("Con bé thích nhảy dây.", "She likes skipping rope."),
    ("Con gái tôi rất thích chơi ô ăn quan.", "My daughter loves playing ô ăn quan."),
    ("Mẹ tôi không thích chơi đuổi bắt.", "My mother doesn't like playing tag."),
    ("Bạn có thích chơi trốn tìm không?", "Do you like playing hide and seek?"),
    ("Bạn có hay chơi kéo co không?", "Do you often play tug of war?"),
    ("Bác Lan muốn chơi ô ăn quan.", "Aunt Lan wants to play ô ăn quan."),
    # v8: "Do you know that playing cars?"
    ("Bạn có biết chơi ô ăn quan không?", "Do you know how to play ô ăn quan?"),
    ("Chị ấy biết nhảy dây.", "She knows how to skip rope."),
    ("Tôi không biết chơi ô ăn quan.", "I don't know how to play ô ăn quan."),
    # v8: "Yesterday, children play co-workers at school.", "We'll play co-workers tomorrow."
    ("Hôm qua bọn trẻ chơi kéo co ở sân trường.", "The children played tug of war in the schoolyard yesterday."),
    ("Hôm qua tôi không chơi trốn tìm.", "I didn't play hide and seek yesterday."),
    ("Hôm qua bạn có chơi trốn tìm không?", "Did you play hide and seek yesterday?"),
    ("Chúng tôi sẽ chơi kéo co vào ngày mai.", "We'll play tug of war tomorrow."),
    ("Ngày mai bạn có chơi kéo co không?", "Will you play tug of war tomorrow?"),
    ("Chúng tôi sẽ không chơi kéo co.", "We won't play tug of war."),
    # v8: "My little one or play a car.", "Is you playing a stove?"
    ("Hồi nhỏ tôi hay chơi ô ăn quan.", "As a child, I often played ô ăn quan."),
    ("Hồi nhỏ chúng tôi rất thích chơi đuổi bắt.", "As children, we loved playing tag."),
    ("Khi còn bé, bố tôi hay chơi bắn bi.", "As a child, my father often played marbles."),
    ("Tôi hay chơi kéo co hồi nhỏ.", "As a child, I often played tug of war."),
    ("Hồi nhỏ tôi không chơi ô ăn quan.", "As a child, I didn't play ô ăn quan."),
    ("Hồi nhỏ bạn có chơi nhảy lò cò không?", "Did you play hopscotch as a child?"),
    ("Hồi nhỏ bạn có hay chơi trốn tìm không?", "Did you often play hide and seek as a child?"),
    # v8: "Let's play pursuit!", "Let's play with eyelids.", "Do we play away from finding?"
    ("Chúng ta chơi đuổi bắt đi!", "Let's play tag!"),
    ("Chúng ta chơi bịt mắt bắt dê đi.", "Let's play blind man's buff."),
    ("Chơi trốn tìm nào!", "Let's play hide and seek!"),
    ("Chúng ta cùng chơi kéo co nhé.", "Let's play tug of war together."),
    ("Chúng ta chơi trốn tìm nhé?", "Shall we play hide and seek?"),
    ("Chúng mình chơi ô ăn quan không?", "Shall we play ô ăn quan?"),
    # not: the plain present (now, or a habit?), a game that needs "chơi" without it (a chase; hopping on one foot),
    # "không" with no day, today's day (done, or ahead?), "Chơi … đi!" and "Mình … nhé!" (go and play? I?), a "?" on
    # a statement or "à", "anh" saying it, "I" asked, a pet, the children as a child, two days, the other language
    ("Bọn trẻ chơi trốn tìm.", None), ("Bạn có chơi trốn tìm không?", None), ("Họ đang đuổi bắt.", None),
    ("Cảnh sát đang đuổi bắt tên trộm.", None), ("Con bé đang nhảy lò cò.", None), ("Bọn trẻ đang trốn tìm.", None),
    ("Tôi không chơi kéo co.", None), ("Hôm nay bọn trẻ chơi kéo co.", None), ("Chơi trốn tìm đi!", None),
    ("Mình chơi trốn tìm nhé!", None), ("Bọn trẻ đang chơi trốn tìm?", None), ("Bọn trẻ đang chơi trốn tìm à?", None),
    ("Anh đang chơi trốn tìm.", None), ("Tôi có đang chơi trốn tìm không?", None),
    ("Con chó của tôi thích chơi đuổi bắt.", None), ("Hồi nhỏ bọn trẻ chơi trốn tìm.", None),
    ("Hôm qua bọn trẻ chơi kéo co hôm kia.", None), ("Bạn thích chơi trốn tìm không?", None),
    ("Tôi chơi bi.", None), ("Bạn có thỉnh thoảng chơi đuổi bắt không?", None),
    ("Hồi nhỏ tôi đang chơi trốn tìm.", None), ("The children are playing tag.", None),
    # "thế", "vậy" ending a statement say more than English would (so? then? "let's just …, then")
    ("Bọn trẻ đang chơi trốn tìm thế.", None), ("Bọn trẻ hay chơi trốn tìm thế.", None),
    ("Hồi nhỏ tôi hay chơi trốn tìm thế.", None), ("Hôm qua bọn trẻ chơi trốn tìm vậy.", None),
    ("Chúng ta chơi trốn tìm đi vậy.", None), ("Chúng ta chơi trốn tìm thôi vậy.", None),
    ("Bọn trẻ có đang chơi trốn tìm không vậy?", "Are the children playing hide and seek?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Những đứa trẻ đang chơi trốn và tìm kiếm.", "Các cô gái đang bỏ qua trong sân học.", "Lan đang chơi bóng
    # hy vọng.", "Anh ta đang chơi bóng ma túy trong sân."
    ("The children are playing hide and seek.", "Bọn trẻ đang chơi trốn tìm."),
    ("The girls are skipping rope in the schoolyard.", "Các bé gái đang nhảy dây ở sân trường."),
    ("Are the kids playing tag?", "Bọn trẻ có đang chơi đuổi bắt không?"),
    ("Lan is playing hopscotch.", "Lan đang chơi nhảy lò cò."),
    ("He is playing marbles in the yard.", "Anh ấy đang chơi bắn bi ngoài sân."),
    ("I'm jumping rope.", "Tôi đang nhảy dây."),
    ("They're playing tug-of-war.", "Họ đang chơi kéo co."),
    # v8: "Con trai tôi thường chơi bóng mau.", "Cô ấy yêu bỏ qua mái nhà.", "Mẹ tôi không thích chơi thẻ."
    ("My son often plays marbles.", "Con trai tôi hay chơi bắn bi."),
    ("My brother never plays marbles.", "Anh trai tôi không bao giờ chơi bắn bi."),
    ("She loves skipping rope.", "Cô ấy rất thích nhảy dây."),
    ("My mother doesn't like playing tag.", "Mẹ tôi không thích chơi đuổi bắt."),
    ("Do you like playing hide and seek?", "Bạn có thích chơi trốn tìm không?"),
    ("Do you often play hide and seek?", "Bạn có hay chơi trốn tìm không?"),
    ("She doesn't want to play tag.", "Cô ấy không muốn chơi đuổi bắt."),
    ("Do you want to play blind man's bluff?", "Bạn có muốn chơi bịt mắt bắt dê không?"),
    # v8: "Bạn có biết chơi hy vọng như thế nào?"
    ("Do you know how to play hopscotch?", "Bạn có biết chơi nhảy lò cò không?"),
    ("My daughter knows how to skip rope.", "Con gái tôi biết nhảy dây."),
    # v8: "Những đứa trẻ này chơi rất nhiều cuộc chiến hôm qua.", "Chúng tôi sẽ phát biểu cuộc chiến ngày mai."
    ("The kids played tug of war yesterday.", "Hôm qua bọn trẻ chơi kéo co."),
    ("We didn't play tag yesterday.", "Hôm qua chúng tôi không chơi đuổi bắt."),
    ("We will play tug of war tomorrow.", "Ngày mai chúng tôi sẽ chơi kéo co."),
    ("Will you play tug of war tomorrow?", "Ngày mai bạn có chơi kéo co không?"),
    # v8: "Khi một đứa trẻ tôi thường chơi ô ăn quan sát.", "Khi tôi chơi bóng ma túy.", "Bạn có chơi hy vọng như một
    # đứa trẻ không?"
    ("As a child I often played ô ăn quan.", "Hồi nhỏ tôi hay chơi ô ăn quan."),
    ("When I was little I played marbles.", "Hồi nhỏ tôi chơi bắn bi."),
    ("As children, we loved playing tag.", "Hồi nhỏ chúng tôi rất thích chơi đuổi bắt."),
    ("I didn't play hopscotch as a child.", "Hồi nhỏ tôi không chơi nhảy lò cò."),
    ("When we were little, we played tag.", "Hồi nhỏ chúng tôi chơi đuổi bắt."),
    ("When you were little, did you play tag?", "Hồi nhỏ bạn có chơi đuổi bắt không?"),
    ("Did you play hopscotch as a child?", "Hồi nhỏ bạn có chơi nhảy lò cò không?"),
    ("Did you like playing tag as a child?", "Hồi nhỏ bạn có thích chơi đuổi bắt không?"),
    # v8: "Chúng ta hãy chơi thẻ!", "Chúng ta hãy chơi bánh buff của người đàn ông mù.", "Chúng tôi chơi trốn và tìm
    # kiếm không?"
    ("Let's play tag!", "Chúng ta chơi đuổi bắt đi!"),
    ("Let's play blind man's buff.", "Chúng ta chơi bịt mắt bắt dê đi."),
    ("Let’s play hide-and-seek.", "Chúng ta chơi trốn tìm đi."),
    ("Let's skip rope together in the park!", "Chúng ta cùng nhảy dây ở công viên đi!"),
    ("Shall we play hide and seek?", "Chúng ta chơi trốn tìm nhé?"),
    # not: the plain present (now, or a habit?), the verb not agreeing ("She play", "Does she plays", "The girls
    # is"), "skipping" alone (a gait? school?), "tag" not played, "As a child, we", "When I was little, my mother",
    # a "?" on a statement, "I" asked, a pet, "were playing", the other language
    ("He plays tag.", None), ("She play tag.", None), ("Does she plays tag?", None),
    ("The girls is skipping rope.", None), ("The girls are skipping in the schoolyard.", None),
    ("She is skipping school.", None), ("Tag your friends.", None), ("As a child, we played tag.", None),
    ("When I was little, my mother played marbles.", None), ("When we were a child, we played tag.", None),
    ("The children are playing tag?", None),
    ("Did I play tag yesterday?", None), ("My dog loves playing tag.", None), ("We were playing tag.", None),
    ("Let's playing tag.", None), ("Bọn trẻ đang chơi trốn tìm.", None), ("I often played marbles.", None),
    # "does" asked with the verb's "-s" too; "often" with "like" asked (lost); "Let us" (asking leave too?)
    ("Does she likes playing tag?", None), ("Does she knows how to play tag?", None),
    ("Does she wants to play tag?", None), ("Do you likes playing tag?", None), ("Do they wants to play tag?", None),
    ("Did you often like playing tag as a child?", None), ("Let us play tag.", None),
    # "we" asked as a child: one of us, as _we says it
    ("Did we play tag as children?", "Hồi nhỏ chúng ta có chơi đuổi bắt không?"),
    ("When we were little, did we play tag?", "Hồi nhỏ chúng ta có chơi đuổi bắt không?"),
    ("Did we often play tag as kids?", "Hồi nhỏ chúng ta có hay chơi đuổi bắt không?"),
    ("As children, we played tag.", "Hồi nhỏ chúng tôi chơi đuổi bắt."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
