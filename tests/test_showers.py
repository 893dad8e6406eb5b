"""Showers and baths: asking for one, who is in it, one had first or after dinner, as a habit, no hot water, the bath
blocked and towels, both ways (mt/showers.py)."""
import pytest

from mt.showers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Can I show up?", "Can I get baths?", "Can I bath?", "Can I bath before?", "Is my mother bath?"
    ("Tôi tắm được không?", "Can I have a shower?"),
    ("Tôi đi tắm được không?", "Can I have a shower?"),
    ("Tôi có thể tắm không?", "Can I have a shower?"),
    ("Tôi có thể tắm bồn trước không?", "Can I have a bath first?"),
    ("Mẹ tôi tắm được không?", "Can my mother have a shower?"),
    ("Tôi tắm trước nhé nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh tắm được không?", None), ("Em tắm được không ạ?", None),  # (asking leave: often the speaker, "anh"/"em")
    ("Tôi tắm nhờ được không?", "Can I use your shower?"),
    # v8: "I'll show up after dinner.", "I'm bathing before.", "I'll go to bath before.", "She will bath before bed."
    ("Tôi sẽ tắm sau bữa tối.", "I'll have a shower after dinner."),
    ("Tôi sẽ tắm sau khi ăn tối.", "I'll have a shower after dinner."),
    ("Tôi tắm trước nhé.", "I'll have a shower first."),
    ("Tôi sẽ đi tắm trước.", "I'll have a shower first."),
    ("Cô ấy sẽ tắm bồn trước khi đi ngủ.", "She'll have a bath before bed."),
    ("Bố tôi sẽ tắm lát nữa.", "My father will have a shower later."),
    # v8: "I'd like to bath before.", "My mother wanted to show up before.", "Would you like to show baths?"
    ("Tôi muốn tắm trước.", "I'd like to have a shower first."),
    ("Mẹ tôi muốn tắm trước.", "My mother would like to have a shower first."),
    ("Bạn có muốn tắm trước không?", "Would you like to have a shower first?"),
    ("Bạn muốn tắm trước không?", "Would you like to have a shower first?"),
    # v8: "I usually show the evening.", "Do you usually show the morning?"
    ("Tôi thường tắm vào buổi tối.", "I usually have a shower in the evening."),
    ("Anh ấy thường tắm vào buổi sáng.", "He usually has a shower in the morning."),
    ("Bạn thường tắm vào buổi sáng hay buổi tối?", "Do you usually have a shower in the morning or in the evening?"),
    ("Bạn có thường tắm vào buổi sáng không?", "Do you usually have a shower in the morning?"),
    # v8: "Who's bathing there?", "Who's staying in the bathroom?", "Did you have a blank bath?", "You bath before."
    ("Ai đang tắm trong đó?", "Who's in the shower?"),
    ("Ai đang tắm vậy?", "Who's in the shower?"),
    ("Ai đang ở trong nhà tắm?", "Who's in the bathroom?"),
    ("Có ai trong phòng tắm không?", "Is anyone in the bathroom?"),
    ("Phòng tắm có trống không?", "Is the bathroom free?"),
    ("Ai muốn tắm trước?", "Who wants to have a shower first?"),
    ("Bạn tắm trước đi.", "You can have a shower first."),
    # v8: "Do not have hot water?", "Is hot water?", "There is no hot water." (still lost), "The bath was ruled."
    ("Không có nước nóng.", "There's no hot water."),
    ("Không có nước nóng à?", "Is there no hot water?"),
    ("Có nước nóng không?", "Is there any hot water?"),
    ("Vẫn chưa có nước nóng.", "There's still no hot water."),
    ("Hết nước nóng rồi.", "The hot water has run out."),
    ("Bồn tắm bị tắc.", "The bath is blocked."),
    # v8: "Where is the bath?", "Where do my shower?", "Could I borrow a bath?", "I need more towel."
    ("Khăn tắm ở đâu?", "Where are the towels?"),
    ("Khăn tắm của tôi ở đâu?", "Where's my towel?"),
    ("Cái khăn tắm ở đâu?", "Where's the towel?"),
    ("Cho tôi mượn một cái khăn tắm được không?", "Can I borrow a towel?"),
    ("Tôi có thể mượn khăn tắm không?", "Can I borrow a towel?"),
    ("Bạn có khăn tắm không?", "Do you have a towel?"),
    ("Bạn có dư cái khăn tắm nào không?", "Do you have a spare towel?"),
    ("Tôi cần thêm khăn tắm.", "I need more towels."),
    # not: "we" (one each, or together?), neither "có thể" nor "được", "anh" saying it (may be the speaker), "sẽ"
    # asked, "nhé" said to another, "sau" alone (later, or after someone?), a habit without "thường" (a day told?),
    # swimming in the sea, sunbathing, bathing the baby (the model's), a shower now (mt/washing.py's), the shower
    # broken (mt/broken.py's), hot water in the room (mt/patterns.py's), more towels (the phrasebook's), "khăn" alone
    ("Chúng tôi tắm được không?", None), ("Tôi tắm không?", None), ("Anh sẽ tắm sau bữa tối.", None),
    ("Bạn sẽ tắm trước không?", None), ("Bạn tắm trước nhé.", None), ("Tôi sẽ tắm sau.", None),
    ("Tôi tắm vào buổi sáng.", None), ("Chúng tôi đi tắm biển.", None), ("Tôi đang tắm nắng.", None),
    ("Mẹ tôi đang tắm cho em bé.", None), ("Tôi sẽ tắm biển sau bữa tối.", None), ("Cô ấy đang tắm.", None),
    ("Vòi sen bị hỏng.", None), ("Phòng có nước nóng không?", None), ("Cho tôi thêm khăn tắm.", None),
    ("Khăn ở đâu?", None), ("Tôi có muốn tắm trước không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có thể có một bộ phim không?" (a film), "Tôi có một người tắm không?" (a bather), "… tắm bằng nước …"
    ("Can I have a shower?", "Tôi tắm được không?"),
    ("Can I take a shower?", "Tôi tắm được không?"),
    ("May I have a shower?", "Tôi tắm được không?"),
    ("Can I have a bath?", "Tôi tắm bồn được không?"),
    ("Can I shower first?", "Tôi tắm trước được không?"),
    ("Can my mother have a bath?", "Mẹ tôi tắm bồn được không?"),
    ("Can I use your shower?", "Tôi tắm nhờ được không?"),
    # v8: "Ai trong bộ phim?", "Có ai trong bộ phim không?", "Nhà vệ sinh có tự do không?" (freedom)
    ("Who's in the shower?", "Ai đang tắm trong đó?"),
    ("Who is in the bathroom?", "Ai đang ở trong phòng tắm?"),
    ("Is there anyone in the shower?", "Có ai đang tắm không?"),
    ("Is the bathroom free?", "Phòng tắm có trống không?"),
    # v8: "Trước tiên bạn có thể có máy chiếu." (a projector), "Trước tiên tôi sẽ có một bộ phim."
    ("You can have a shower first.", "Bạn tắm trước đi."),
    ("I'll have a shower first.", "Tôi sẽ tắm trước."),
    ("I'll have a shower after dinner.", "Tôi sẽ tắm sau bữa tối."),
    ("She's going to have a bath before bed.", "Cô ấy sẽ tắm bồn trước khi đi ngủ."),
    ("My father will have a shower later.", "Bố tôi sẽ tắm sau."),
    # v8: "Trước tiên tôi muốn có một người tắm.", "Bạn có muốn có người tắm trước không?"
    ("I'd like to have a shower first.", "Tôi muốn tắm trước."),
    ("Would you like to have a shower first?", "Bạn có muốn tắm trước không?"),
    ("Do you want to have a shower first?", "Bạn có muốn tắm trước không?"),
    ("Does he want to have a shower first?", "Anh ấy có muốn tắm trước không?"),
    # v8: "Tôi thường có một người tắm vào buổi sáng.", "Bé có tắm vào ban đêm không?"
    ("I usually have a shower in the morning.", "Tôi thường tắm vào buổi sáng."),
    ("He usually has a shower in the evening.", "Anh ấy thường tắm vào buổi tối."),
    ("Do you usually have a shower in the morning or in the evening?", "Bạn thường tắm vào buổi sáng hay buổi tối?"),
    ("Does she have a bath at night?", "Cô ấy có tắm bồn vào ban đêm không?"),
    ("She showers in the evening.", "Cô ấy tắm vào buổi tối."),
    # v8: "Không có nước nóng nào?", "Chẳng có nước nóng nào cả.", "Chúng tôi chạy ra nước nóng.", "Tắm tắm bị nghẽn."
    ("There's no hot water.", "Không có nước nóng."),
    ("There isn't any hot water.", "Không có nước nóng."),
    ("Is there no hot water?", "Không có nước nóng à?"),
    ("There's still no hot water.", "Vẫn chưa có nước nóng."),
    ("We've run out of hot water.", "Hết nước nóng rồi."),
    ("The bath is blocked.", "Bồn tắm bị tắc."),
    # v8: "Có thể mượn khăn bằng khăn không?", "Bạn có phải khăn tắm không?", "Bạn có khăn tắm trống không?"
    ("Where are the towels?", "Khăn tắm ở đâu?"),
    ("Where's my towel?", "Khăn tắm của tôi ở đâu?"),
    ("Can I borrow a towel?", "Tôi mượn một cái khăn tắm được không?"),
    ("Do you have a towel?", "Bạn có khăn tắm không?"),
    ("Do you have a spare towel?", "Bạn có dư cái khăn tắm nào không?"),
    ("I need another towel.", "Tôi cần thêm một cái khăn tắm nữa."),
    # not: "we" (one each, or together?), "is", "want", "have" not agreeing with who, "Would I", a shower now
    # (mt/washing.py's), hot water asked (mt/patterns.py's), the shower broken (mt/broken.py's), sunbathing, the sea
    ("Can we have a shower?", None), ("We'll have a shower after dinner.", None),
    ("She are going to have a bath before bed.", None), ("She want to have a shower first.", None),
    ("He usually have a shower in the evening.", None), ("Does she has a bath at night?", None),
    ("Would I like to have a shower first?", None), ("She's in the shower.", None),
    ("Is there any hot water?", None), ("The shower is broken.", None), ("I'm sunbathing.", None),
    ("We went swimming in the sea.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_left():
    assert translate("Tôi tắm được không?", "vi", "fr") is None
