"""Gossip and rumours: saying bad things about someone behind their back, gossiping, rumours heard, heeded, spread or
started, people talking, both ways (mt/gossip.py)."""
import pytest

from mt.gossip import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He badly said I was behind my back.", "He always badly told me after his back.", "She usually says the bad
    # person.", "Don't speak bad after someone else's back."
    ("Anh ấy nói xấu tôi sau lưng.", "He talks about me behind my back."),
    ("Cô ấy nói xấu sau lưng tôi.", "She talks about me behind my back."),
    ("Anh ấy luôn nói xấu tôi sau lưng.", "He always talks about me behind my back."),
    ("Anh ấy đã nói xấu tôi sau lưng.", "He talked about me behind my back."),
    ("Họ đang nói xấu chúng tôi sau lưng.", "They're talking about us behind our backs."),
    ("Anh ấy nói xấu mẹ tôi sau lưng.", "He talks about my mother behind her back."),
    ("Cô ấy hay nói xấu người khác.", "She often says bad things about other people."),
    ("Anh ấy đã nói xấu tôi.", "He said bad things about me."),
    ("Anh ta đang nói xấu bạn đấy.", "He's saying bad things about you."),
    ("Đừng nói xấu sau lưng người khác.", "Don't talk about other people behind their backs."),
    ("Đừng nói xấu tôi sau lưng nữa.", "Stop talking about me behind my back."),
    ("Đừng có nói xấu người khác nhé.", "Don't say bad things about other people."),
    # v8: "She or trafficking.", "They are traded.", "She's always trafficking.", "Don't trade anything."
    ("Cô ấy hay buôn chuyện.", "She often gossips."),
    ("Họ đang buôn chuyện.", "They're gossiping."),
    ("Cô ấy lúc nào cũng buôn chuyện.", "She's always gossiping."),
    ("Cô ấy buôn chuyện suốt ngày.", "She's always gossiping."),
    ("Cô ấy hay buôn chuyện lắm.", "She gossips a lot."),
    ("Tôi không thích buôn chuyện.", "I don't like gossiping."),
    ("Cô ấy là người hay buôn chuyện.", "She's a gossip."),
    ("Đừng buôn chuyện nữa.", "Stop gossiping."),
    # v8: "It's just rumor.", "Is it rumor?", "Is it true or just rumor?"
    ("Đó chỉ là tin đồn.", "It's just a rumour."),
    ("Chỉ là tin đồn thôi.", "It's just a rumour."),
    ("Đó là tin đồn thôi.", "It's just a rumour."),  # ("thôi", only, not lost)
    ("Chuyện đó chỉ là tin đồn.", "That's just a rumour."),
    ("Đó không phải là tin đồn.", "It's not a rumour."),
    ("Đó có phải là tin đồn không?", "Is it a rumour?"),
    ("Đó là sự thật hay chỉ là tin đồn?", "Is it true or just a rumour?"),
    # v8: "Don't hear people to hill.", "Don't launch rumor.", "Don't believe to be in rumor."
    ("Đừng nghe người ta đồn.", "Don't listen to rumours."),
    ("Đừng tung tin đồn.", "Don't spread rumours."),
    ("Đừng tin vào tin đồn.", "Don't believe rumours."),
    ("Đừng tung tin đồn về tôi nữa.", "Stop spreading rumours about me."),
    ("Đừng nghe những tin đồn đó.", "Don't listen to those rumours."),
    # v8: "Who launchs this rumor?", "Who rolled out the rumor about me?"
    ("Ai tung tin đồn này?", "Who started this rumour?"),
    ("Ai tung tin đồn về tôi vậy?", "Who started the rumour about me?"),
    # v8: "Did you hear the rumor about her?", "I hear they break up."
    ("Bạn nghe tin đồn chưa?", "Have you heard the rumour?"),
    ("Bạn đã nghe tin đồn về cô ấy chưa?", "Have you heard the rumour about her?"),
    ("Tôi đã nghe tin đồn đó rồi.", "I've heard that rumour."),
    ("Tôi nghe nói họ chia tay rồi.", "I heard they broke up."),
    ("Mẹ tôi nghe nói họ sắp cưới.", "My mother heard they're getting married."),
    # v8: "People were talking about him.", "It's been discussing."
    ("Người ta đang bàn tán về họ.", "People are talking about them."),
    ("Mọi người đang bàn tán về anh ấy.", "Everyone is talking about him."),
    ("Người ta sẽ bàn tán đấy.", "People will talk."),
    # not: no word of time ("Họ buôn chuyện.": now or then?), "anh" alone (the speaker, or you), asked (did or do?),
    # a name with no his or her, one gossip said of many, "who told you" (mt/telling.py's), everyone knows (v8 has
    # it), "heard that" with another clause, "tin" as believing, a police station
    ("Đó chỉ là tin đồn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ấy nói xấu tôi.", None), ("Họ buôn chuyện.", None), ("Anh nói xấu tôi sau lưng.", None),
    ("Anh hay buôn chuyện.", None), ("Bạn có nói xấu tôi không?", None), ("Anh ấy nói xấu tôi sau lưng à?", None),
    ("Anh ấy nói xấu Lan sau lưng.", None), ("Họ là người hay buôn chuyện.", None), ("Tôi nói xấu tôi sau lưng.", None),
    ("Ai nói với bạn thế?", None), ("Mọi người đều biết.", None), ("Tôi nghe nói họ sắp cưới rồi.", None),
    ("Tôi không tin tin đồn.", None), ("Đồn công an ở đâu?", None), ("Là tin đồn.", None),
    # not: one gossip said of many however said, whom who again ("You're saying bad things about you."), "không
    # phải … thôi" (not only, or not at all?)
    ("Họ là người rất hay buôn chuyện.", None), ("Bạn đang nói xấu bạn.", None),
    ("Anh ấy nói xấu anh ấy sau lưng.", None), ("Đó không phải là tin đồn thôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta đàm phán về tôi sau lưng tôi." (negotiates), "Anh ta luôn nói về phía sau cô ấy.", "Cô ấy luôn đàm
    # phán về mọi người đằng sau lưng."
    ("He talks about me behind my back.", "Anh ấy nói xấu tôi sau lưng."),
    ("They talk about us behind our backs.", "Họ nói xấu chúng tôi sau lưng."),
    ("He's always talking about her behind her back.", "Anh ấy luôn nói xấu cô ấy sau lưng."),
    ("She talks about my father behind his back.", "Cô ấy nói xấu bố tôi sau lưng."),
    ("He talked about me behind my back.", "Anh ấy đã nói xấu tôi sau lưng."),
    ("She always talks about people behind their backs.", "Cô ấy luôn nói xấu sau lưng người khác."),
    ("Stop talking about me behind my back.", "Đừng nói xấu tôi sau lưng nữa."),
    ("He said bad things about me.", "Anh ấy đã nói xấu tôi."),
    ("My mother often says bad things about other people.", "Mẹ tôi hay nói xấu người khác."),
    ("Don't say bad things about other people.", "Đừng nói xấu người khác."),
    # v8: "Cô ta luôn đi trượt tuyết." (skiing), "Cô ấy đi trượt nhiều.", "Anh ấy yêu đisip.", "Cô ta là một con
    # ngỗng." (a goose), "Dừng đi trượt."
    ("She's always gossiping.", "Cô ấy lúc nào cũng buôn chuyện."),
    ("She gossips a lot.", "Cô ấy hay buôn chuyện lắm."),
    ("He loves to gossip.", "Anh ấy rất thích buôn chuyện."),
    ("They're gossiping again.", "Họ lại đang buôn chuyện."),
    ("She doesn't like gossiping.", "Cô ấy không thích buôn chuyện."),
    ("She's a gossip.", "Cô ấy là người hay buôn chuyện."),
    ("He's such a gossip.", "Anh ấy là người rất hay buôn chuyện."),
    ("Stop gossiping.", "Đừng buôn chuyện nữa."),
    ("Don't gossip.", "Đừng buôn chuyện."),
    # v8 writes "It's just a rumour." well ("Đó chỉ là một tin đồn."); taken with the rest
    ("It's just a rumour.", "Đó chỉ là tin đồn thôi."),
    ("That's just a rumor.", "Đó chỉ là tin đồn thôi."),
    ("It isn't a rumour.", "Đó không phải là tin đồn."),
    ("Is it just a rumour?", "Đó có phải chỉ là tin đồn không?"),
    ("Is it true or just a rumour?", "Đó là sự thật hay chỉ là tin đồn?"),
    # v8: "Đừng lắng nghe đi." (gossip), "Đừng lây lan tin đồn.", "Đừng để lây lan những tin đồn về cô ấy."
    ("Don't listen to rumours.", "Đừng nghe tin đồn."),
    ("Don't listen to gossip.", "Đừng nghe người ta đồn."),
    ("Don't spread rumours.", "Đừng tung tin đồn."),
    ("Stop spreading rumours about her.", "Đừng tung tin đồn về cô ấy nữa."),
    ("Don't believe the rumours.", "Đừng tin vào những tin đồn đó."),
    ("Who started that rumour?", "Ai đã tung tin đồn đó?"),
    # v8: "Bạn có nghe tiếng ru-băng không?", "Tôi nghe thấy họ bùng nổ." (exploded)
    ("Have you heard the rumour?", "Bạn đã nghe tin đồn đó chưa?"),
    ("Have you heard the rumours about him?", "Bạn đã nghe những tin đồn về anh ấy chưa?"),
    ("She's heard the rumour.", "Cô ấy đã nghe tin đồn đó rồi."),
    ("I heard that they broke up.", "Tôi nghe nói họ đã chia tay rồi."),
    ("I hear they're getting married.", "Tôi nghe nói họ sắp cưới."),
    # v8: "Mọi người sẽ nói chuyện." (chat)
    ("People are talking about them.", "Người ta đang bàn tán về họ."),
    ("Everyone's talking about it.", "Mọi người đang bàn tán về chuyện đó."),
    ("People will talk.", "Người ta sẽ bàn tán."),
    # not: the verb not agreeing with who, a back not whom's, "Don't" with "-ing", a rumour with no "a", gossip as a
    # thing, "who told you" (mt/telling.py's), everyone knows, a rumour that …, the news (mt/news.py)
    ("He talk about me behind my back.", None), ("They talks about me behind my back.", None),
    ("He talks about me behind his back.", None), ("She are talking about me behind my back.", None),
    ("Don't talking about me behind my back.", None), ("She gossip a lot.", None),
    ("She don't like gossiping.", None), ("They're such gossips.", None), ("Have she heard the rumour?", None),
    ("Did you heard the rumour?", None), ("People is talking about them.", None), ("Don't spread rumour.", None),
    ("Don't believe that rumours.", None), ("It's just gossip.", None), ("Who told you that?", None),
    ("Everyone knows.", None), ("There's a rumour that they're getting married.", None),
    ("Have you heard the news?", None), ("He talks about me.", None),
    # not: one gossip said of many ("a real gossip", "such a gossip" too), whom who again
    ("They're a real gossip.", None), ("They're such a gossip.", None),
    ("You're saying bad things about you.", None), ("He talks about him behind his back.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
