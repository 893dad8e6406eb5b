"""Table tennis (ping pong) and arm wrestling: who can do it, how good at it, how often and with whom, let's and
wanting to, who beat or lost to whom, never lost, at it now, a bat or a table bought or broken, both ways
(mt/table_tennis.py)."""
import pytest

from mt.table_tennis import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you know playing table tennis?", "I don't know if playing table tennis.", "Lan Unknown play table
    # tennis.", "I'm not known to play table tennis.", "Do you know arms?", "Does he know the object of the hand?"
    ("Bạn có biết chơi bóng bàn không?", "Can you play table tennis?"),
    ("Tôi biết chơi bóng bàn.", "I can play table tennis."),
    ("Tôi không biết chơi bóng bàn.", "I can't play table tennis."),
    ("Bố tôi biết chơi bóng bàn.", "My father can play table tennis."),
    ("Lan không biết chơi bóng bàn.", "Lan can't play table tennis."),
    ("Con tôi chưa biết chơi bóng bàn.", "My child can't play table tennis yet."),
    ("Bạn có biết vật tay không?", "Can you arm wrestle?"),
    ("Anh ấy có biết vật tay không?", "Can he arm wrestle?"),
    ("Bạn biết vật tay không?", "Can you arm wrestle?"),
    ("Em có biết chơi bóng bàn không?", "Can you play table tennis?"),
    # v8: "I play table tennis I'm very much.", "He plays table tennis very good.", "Do you play table tennis good?",
    # "My father is very good." (the arm wrestling lost), "I play table tennis very poor."
    ("Tôi chơi bóng bàn dở lắm.", "I'm very bad at table tennis."),
    ("Anh ấy chơi bóng bàn rất giỏi.", "He's very good at table tennis."),
    ("Tôi chơi bóng bàn không giỏi.", "I'm not good at table tennis."),
    ("Tôi chơi bóng bàn không giỏi lắm.", "I'm not very good at table tennis."),
    ("Bạn chơi bóng bàn có giỏi không?", "Are you good at table tennis?"),
    ("Mẹ tôi chơi bóng bàn giỏi lắm.", "My mother is very good at table tennis."),
    ("Em gái tôi chơi bóng bàn rất hay.", "My sister is very good at table tennis."),
    ("Bạn chơi bóng bàn giỏi quá!", "You're so good at table tennis!"),
    ("Tôi chơi bóng bàn kém lắm.", "I'm very bad at table tennis."),
    ("Bố tôi vật tay rất giỏi.", "My father is very good at arm wrestling."),
    ("Anh ấy vật tay khá giỏi.", "He's quite good at arm wrestling."),
    ("Cô ấy chơi bóng bàn rất tệ.", "She's very bad at table tennis."),
    # v8: "I usually play table tennis with me.", "She sometimes plays table tennis." (my sister), "Uncle Hung play
    # table tennis each morning.", "We played table tennis twice a week.", "I'm handing with my father."
    ("Bố tôi hay chơi bóng bàn với tôi.", "My father often plays table tennis with me."),
    ("Tôi thường chơi bóng bàn với anh trai tôi.", "I often play table tennis with my brother."),
    ("Chị tôi thỉnh thoảng chơi bóng bàn.", "My sister sometimes plays table tennis."),
    ("Bác Hùng chơi bóng bàn mỗi sáng.", "Uncle Hung plays table tennis every morning."),
    ("Chúng tôi chơi bóng bàn hai lần một tuần.", "We play table tennis twice a week."),
    ("Lan chơi bóng bàn ba lần một tuần.", "Lan plays table tennis three times a week."),
    ("Anh ấy không bao giờ chơi bóng bàn.", "He never plays table tennis."),
    ("Tôi hay vật tay với bố tôi.", "I often arm wrestle with my father."),
    # v8: "Do you have or play table tennis?", "Is he playing table tennis?", "How long do you play table tennis?",
    # "What often do you play table tennis with?", "Who are you playing table tennis with?" (your father)
    ("Bạn có hay chơi bóng bàn không?", "Do you often play table tennis?"),
    ("Anh ấy có hay chơi bóng bàn không?", "Does he often play table tennis?"),
    ("Bạn chơi bóng bàn bao lâu một lần?", "How often do you play table tennis?"),
    ("Bạn thường chơi bóng bàn với ai?", "Who do you usually play table tennis with?"),
    ("Bố bạn hay chơi bóng bàn với ai?", "Who does your father usually play table tennis with?"),
    # v8: "This afternoon, we play table tennis to go.", "Let's play aboard table tennis away.", "Let's move!",
    # "Tonight, we play table tennis to go."
    ("Chúng ta chơi bóng bàn đi!", "Let's play table tennis!"),
    ("Chiều nay chúng ta chơi bóng bàn đi.", "Let's play table tennis this afternoon."),
    ("Chúng mình chơi một ván bóng bàn đi.", "Let's play a game of table tennis."),
    ("Chúng ta vật tay đi!", "Let's arm wrestle!"),
    ("Tối nay chúng ta chơi bóng bàn đi.", "Let's play table tennis tonight."),
    # v8: "Do you want to physically with me?", "I want to play table tennis." (my child), "I don't want to material
    # with him."
    ("Chiều nay bạn có muốn chơi bóng bàn không?", "Do you want to play table tennis this afternoon?"),
    ("Bạn có muốn vật tay với tôi không?", "Do you want to arm wrestle with me?"),
    ("Bạn có muốn chơi bóng bàn với tôi không?", "Do you want to play table tennis with me?"),
    ("Con tôi muốn chơi bóng bàn.", "My child wants to play table tennis."),
    ("Tôi không muốn vật tay với anh ấy.", "I don't want to arm wrestle with him."),
    ("Bạn có muốn chơi bóng bàn ngày mai không?", "Do you want to play table tennis tomorrow?"),
    # v8: "He wins me.", "I took my father.", "The Land wins Hung.", "I lost his hand.", "He plays my goal ball.", "I
    # play table tennis lose my father.", "My younger brother always play the goal ball at me.", "I just won my father."
    ("Anh ấy vật tay thắng tôi.", "He beat me at arm wrestling."),
    ("Bố tôi vật tay thắng tôi.", "My father beat me at arm wrestling."),
    ("Tôi vật tay thắng bố tôi.", "I beat my father at arm wrestling."),
    ("Lan vật tay thắng Hùng.", "Lan beat Hung at arm wrestling."),
    ("Tôi vật tay thua anh ấy.", "I lost to him at arm wrestling."),
    ("Anh ấy chơi bóng bàn thắng tôi.", "He beat me at table tennis."),
    ("Tôi chơi bóng bàn thua bố tôi.", "I lost to my father at table tennis."),
    ("Hôm qua tôi chơi bóng bàn thắng anh ấy.", "I beat him at table tennis yesterday."),
    ("Em trai tôi luôn chơi bóng bàn thắng tôi.", "My younger brother always beats me at table tennis."),
    ("Tôi vừa vật tay thắng bố tôi.", "I just beat my father at arm wrestling."),
    # v8: "I've never lost my hand.", "He never lost his hand.", "My father was table tennis never lost.", "She never
    # lost table tennis."
    ("Tôi chưa bao giờ thua vật tay.", "I've never lost at arm wrestling."),
    ("Anh ấy chưa bao giờ thua khi vật tay.", "He's never lost at arm wrestling."),
    ("Tôi chưa bao giờ vật tay thua ai.", "I've never lost to anyone at arm wrestling."),
    ("Bố tôi chơi bóng bàn chưa bao giờ thua.", "My father has never lost at table tennis."),
    ("Cô ấy không bao giờ thua bóng bàn.", "She never loses at table tennis."),
    # v8: "The two children were wingings.", "They're handing.", "I'm waving with my brother.", "My father was playing
    # table tennis with Lan.", "We're physically."
    ("Hai đứa đang vật tay.", "The two of them are arm wrestling."),
    ("Họ đang vật tay.", "They're arm wrestling."),
    ("Tôi đang vật tay với anh trai tôi.", "I'm arm wrestling with my brother."),
    ("Bố tôi đang chơi bóng bàn với Lan.", "My father is playing table tennis with Lan."),
    ("Chúng tôi đang vật tay.", "We're arm wrestling."),
    # v8: "I bought a wive table tennis.", "I bought a table table tennis." (my father), "He bought a new table tennis
    # tree.", "The wife my table tennis is broken.", "Land table tennis of Land breaks."
    ("Tôi vừa mua một cây vợt bóng bàn.", "I just bought a table tennis bat."),
    ("Bố tôi mua một cái bàn bóng bàn.", "My father bought a table tennis table."),
    ("Anh ấy mới mua một cây vợt bóng bàn mới.", "He just bought a new table tennis bat."),
    ("Vợt bóng bàn của tôi bị gãy rồi.", "My table tennis bat is broken."),
    ("Bàn bóng bàn của bố tôi bị hỏng rồi.", "My father's table tennis table is broken."),
    ("Vợt bóng bàn của Lan bị gãy.", "Lan's table tennis bat is broken."),
    # not: a bare "với bố" (whose?), "với bạn" (you, or a friend?), no how often (now, or a habit?), how often said
    # twice, "Bạn chơi bóng bàn với ai?" (when?), "Mình … đi!", "nhé", "rồi" after a result, "Ai thắng?", a bat bought
    # uncounted, hail as big as ping-pong balls, a player, liking it, "anh" saying it, "I" asked, a pet, a "?" on a
    # statement, "thế" said, "nhỉ", "not bad", "very" twice, "có" without "không", "em" with "ạ", a day with "vừa",
    # who beating themselves, "we" asked (may we?), "cây" for a table, the other way's language, nonsense
    ("Tôi hay chơi bóng bàn với bố.", None), ("Lan thường chơi bóng bàn với bạn.", None),
    ("Tôi chơi bóng bàn với anh trai tôi.", None), ("Tôi thường chơi bóng bàn mỗi tuần.", None),
    ("Bạn chơi bóng bàn với ai?", None), ("Mình chơi bóng bàn đi!", None), ("Chúng ta đi chơi bóng bàn nhé!", None),
    ("Anh ấy vật tay thắng tôi rồi.", None), ("Ai vật tay thắng?", None), ("Tôi mua vợt bóng bàn.", None),
    ("Hôm qua mưa đá to như quả bóng bàn.", None), ("Anh ấy là vận động viên bóng bàn.", None),
    ("Bạn có thích chơi bóng bàn không?", None), ("Tôi chơi bóng bàn.", None), ("Anh biết chơi bóng bàn.", None),
    ("Tôi có biết chơi bóng bàn không?", None), ("Con chó của tôi biết chơi bóng bàn.", None),
    ("Con mèo của tôi đang vật tay.", None), ("Vợt bóng bàn của con chó tôi bị gãy rồi.", None),
    ("Tôi biết chơi bóng bàn?", None), ("Vợt bóng bàn của tôi bị gãy rồi?", None),
    ("Chúng ta chơi bóng bàn đi?", None), ("Tôi chơi bóng bàn giỏi thế.", None),
    ("Anh ấy chơi bóng bàn giỏi nhỉ.", None), ("Tôi chơi bóng bàn không dở.", None),
    ("Tôi chơi bóng bàn rất giỏi lắm.", None), ("Bạn có biết chơi bóng bàn?", None),
    ("Bạn có chơi bóng bàn giỏi không?", None), ("Em có biết chơi bóng bàn không ạ?", None),
    ("Hôm qua tôi vừa vật tay thắng bố tôi.", None), ("Tôi vật tay thắng tôi.", None), ("Tôi vật tay thắng bạn.", None),
    ("Hai đứa đang vật tay với tôi.", None), ("Tôi chưa bao giờ thua khi bóng bàn.", None),
    ("Tôi chưa bao giờ thua chơi bóng bàn.", None), ("Tôi vật tay chưa bao giờ thua vật tay.", None),
    ("Tôi mua một cây bàn bóng bàn.", None), ("Chúng tôi chơi bóng bàn vào cuối tuần.", None),
    ("Chúng tôi vật tay thắng tôi.", None), ("Chúng tôi có biết chơi bóng bàn không?", None),
    ("Can you play table tennis?", None), ("Bóng bàn bóng bàn bóng bàn.", None),
    # (review) "hay không", "có hay không" asked: "or not" ("Do you play table tennis or not?"), not "good"; "bạn",
    # "chúng ta" buying with no "đã", "vừa" (you bought, or buy one?; we bought, or let's buy?); "chúng ta" with how
    # often and no "hay", "thường" (we do, or let's?)
    ("Bạn chơi bóng bàn hay không?", None), ("Bạn vật tay có hay không?", None),
    ("Anh ấy chơi bóng bàn có hay không?", None), ("Bạn chơi bóng bàn hay không vậy?", None),
    ("Bạn mua một cây vợt bóng bàn.", None), ("Chúng ta mua một cái bàn bóng bàn.", None),
    ("Chúng ta chơi bóng bàn mỗi tuần.", None), ("Chúng ta chơi bóng bàn hai lần một tuần.", None),
    ("Bạn vừa mua một cây vợt bóng bàn.", "You just bought a table tennis bat."),
    ("Chúng ta đã mua một cái bàn bóng bàn.", "We bought a table tennis table."),
    ("Chúng ta hay chơi bóng bàn.", "We often play table tennis."),
    ("Bạn chơi bóng bàn giỏi không?", "Are you good at table tennis?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có thể chơi tennis bảng không?", "Bạn có thể chơi bóng chày không?" (baseball), "Tôi không thể chơi bóng
    # chày.", "Bạn có thể tham gia cánh tay không?", "Cô không thể chơi ping-pong."
    ("Can you play table tennis?", "Bạn có biết chơi bóng bàn không?"),
    ("Can you play ping pong?", "Bạn có biết chơi bóng bàn không?"),
    ("I can play table tennis.", "Tôi biết chơi bóng bàn."),
    ("I can't play ping pong.", "Tôi không biết chơi bóng bàn."),
    ("Can your father play table tennis?", "Bố bạn có biết chơi bóng bàn không?"),
    ("Can you arm wrestle?", "Bạn có biết vật tay không?"),
    ("My son can't play table tennis yet.", "Con trai tôi chưa biết chơi bóng bàn."),
    ("She cannot play ping-pong.", "Cô ấy không biết chơi bóng bàn."),
    # v8: "Tôi không giỏi môn quần vợt." (tennis), "Tôi rất giỏi khi đi tiểu.", "Anh ta rất tốt ở bàn mườinis.", "Cha
    # tôi ở cánh tay đang cầm tay.", "Em trai của bạn có ăn ngon ở cánh tay không?"
    ("I'm not good at table tennis.", "Tôi chơi bóng bàn không giỏi."),
    ("I'm good at ping pong.", "Tôi chơi bóng bàn giỏi."),
    ("He's very good at table tennis.", "Anh ấy chơi bóng bàn rất giỏi."),
    ("Are you good at table tennis?", "Bạn chơi bóng bàn có giỏi không?"),
    ("I'm really bad at table tennis.", "Tôi chơi bóng bàn rất dở."),
    ("She isn't very good at ping pong.", "Cô ấy chơi bóng bàn không giỏi lắm."),
    ("My father is good at arm wrestling.", "Bố tôi vật tay giỏi."),
    ("Is your brother good at arm wrestling?", "Anh trai bạn vật tay có giỏi không?"),
    ("You're so good at table tennis!", "Bạn chơi bóng bàn giỏi quá!"),
    ("Lan is quite good at table tennis.", "Lan chơi bóng bàn khá giỏi."),
    # v8: "Tôi thường chơi tennis với cha tôi.", "Tôi chơi bọt biển mỗi tuần." (a sponge), "Cô ấy chơi bảng tennis 2 lần
    # một tuần.", "Đôi khi chúng tôi cánh tay vẫy tay."
    ("I often play table tennis with my father.", "Tôi hay chơi bóng bàn với bố tôi."),
    ("I play ping pong every week.", "Tôi chơi bóng bàn mỗi tuần."),
    ("She plays table tennis twice a week.", "Cô ấy chơi bóng bàn hai lần một tuần."),
    ("My father usually plays table tennis with me.", "Bố tôi thường chơi bóng bàn với tôi."),
    ("We sometimes arm wrestle.", "Chúng tôi thỉnh thoảng vật tay."),
    ("He never plays table tennis.", "Anh ấy không bao giờ chơi bóng bàn."),
    ("Lan plays table tennis every evening.", "Lan chơi bóng bàn mỗi tối."),
    # v8: "Bạn chơi tennis thường xuyên như thế nào?", "Bạn có thường chơi bóng chày không?", "Ai thường chơi tennis với
    # nhau?"
    ("How often do you play table tennis?", "Bạn chơi bóng bàn bao lâu một lần?"),
    ("Do you often play ping pong?", "Bạn có hay chơi bóng bàn không?"),
    ("Who do you usually play table tennis with?", "Bạn thường chơi bóng bàn với ai?"),
    ("How often does your father play table tennis?", "Bố bạn chơi bóng bàn bao lâu một lần?"),
    # v8: "Hãy chơi bóng chày!", "Chúng ta hãy chơi tennis bảng chiều nay.", "Để cánh tay của chúng ta!"
    ("Let's play ping pong!", "Chúng ta chơi bóng bàn đi!"),
    ("Let's play table tennis this afternoon.", "Chiều nay chúng ta chơi bóng bàn đi."),
    ("Let's arm wrestle!", "Chúng ta vật tay đi!"),
    ("Let's play a game of ping pong.", "Chúng ta chơi một ván bóng bàn đi."),
    # v8: "Bạn có muốn chơi pingong chiều nay không?", "Bạn có muốn cánh tay với tôi không?", "Bé có muốn chơi tennis
    # ngày mai không?"
    ("Do you want to play ping pong this afternoon?", "Chiều nay bạn có muốn chơi bóng bàn không?"),
    ("Do you want to arm wrestle with me?", "Bạn có muốn vật tay với tôi không?"),
    ("My son wants to play table tennis.", "Con trai tôi muốn chơi bóng bàn."),
    ("I don't want to arm wrestle with him.", "Tôi không muốn vật tay với anh ấy."),
    ("Does she want to play table tennis tomorrow?", "Ngày mai cô ấy có muốn chơi bóng bàn không?"),
    # v8: "Anh ta đánh tôi vào tay vợt tay.", "Tôi đánh bại bố mình vào cái pingong.", "Tôi đã mất anh ấy ở bàn tennis."
    # (went missing), "Thái Lan chỉ đánh tôi ở tennis bàn."
    ("He beat me at arm wrestling.", "Anh ấy vật tay thắng tôi."),
    ("I beat my father at ping pong.", "Tôi chơi bóng bàn thắng bố tôi."),
    ("I lost to him at table tennis.", "Tôi chơi bóng bàn thua anh ấy."),
    ("My brother always beats me at table tennis.", "Anh trai tôi luôn chơi bóng bàn thắng tôi."),
    ("She beat her father at arm wrestling yesterday.", "Hôm qua cô ấy vật tay thắng bố cô ấy."),
    ("Lan just beat me at table tennis.", "Lan vừa chơi bóng bàn thắng tôi."),
    ("I always lose to my sister at arm wrestling.", "Tôi luôn vật tay thua em gái tôi."),
    # v8: "Tôi chưa bao giờ mất ở cánh tay đang đánh nhau.", "Cha tôi không bao giờ mất ở tay vợt tay."
    ("I've never lost at arm wrestling.", "Tôi vật tay chưa bao giờ thua."),
    ("He has never lost to anyone at table tennis.", "Anh ấy chưa bao giờ thua ai khi chơi bóng bàn."),
    ("My father never loses at arm wrestling.", "Bố tôi vật tay không bao giờ thua."),
    # v8: "Họ đang vỗ tay." (clapping), "Chúng tôi đang chơi tennis.", "Cha tôi đang chơi bóng chày với Lan."
    ("They're arm wrestling.", "Họ đang vật tay."),
    ("I'm arm wrestling with my brother.", "Tôi đang vật tay với anh trai tôi."),
    ("We're playing table tennis.", "Chúng tôi đang chơi bóng bàn."),
    ("My father is playing ping pong with Lan.", "Bố tôi đang chơi bóng bàn với Lan."),
    ("She's arm wrestling with her brother.", "Cô ấy đang vật tay với anh trai cô ấy."),
    # v8: "Tôi vừa mua một chiếc bàn mườinis.", "Tôi mua một chiếc bánh sòng tay.", "Sói mườinis bảng của tôi bị vỡ."
    ("I just bought a table tennis bat.", "Tôi vừa mua một cây vợt bóng bàn."),
    ("I bought a ping pong paddle.", "Tôi đã mua một cây vợt bóng bàn."),
    ("My father has bought a new table tennis table.", "Bố tôi đã mua một cái bàn bóng bàn mới rồi."),
    ("My table tennis bat is broken.", "Vợt bóng bàn của tôi bị gãy rồi."),
    ("Lan's ping pong table is broken.", "Bàn bóng bàn của Lan bị hỏng rồi."),
    # not: a verb, "do", "is" or "have" not agreeing, "I" or "we" asked (may I?), a pet, a "?" on a statement, no how
    # often (now, or a habit?), how often twice, a game won, a ball, a match, two boys, "want" alone, "not so", "not
    # bad", who beating themselves, "beats" without "always" (a habit?), "always" on a day, "yet" said, "Let's" with
    # "-ing", bats bought uncounted, the other way's language, nonsense
    ("He play table tennis every week.", None), ("She don't want to play table tennis.", None),
    ("Does you want to play table tennis?", None), ("He want to arm wrestle.", None),
    ("Can you plays table tennis?", None), ("He are playing table tennis.", None),
    ("Is you good at table tennis?", None), ("You is good at table tennis.", None),
    ("He has never lose at table tennis.", None), ("Can I play table tennis?", None),
    ("My dog can play ping pong.", None), ("My cat's table tennis bat is broken.", None),
    ("I'm good at table tennis?", None), ("I play table tennis with my father.", None),
    ("I often play table tennis every week.", None), ("How often do you often play table tennis?", None),
    ("Do you play table tennis with?", None), ("I won the table tennis game.", None),
    ("I lost my ping pong ball.", None), ("He has never lost an arm wrestling match.", None),
    ("The two boys are arm wrestling.", None), ("Want to arm wrestle?", None), ("Who won the arm wrestling?", None),
    ("I'm not so good at table tennis.", None), ("I'm not bad at table tennis.", None),
    ("Are you not good at table tennis?", None), ("I beat me at arm wrestling.", None),
    ("We beat me at arm wrestling.", None), ("Can we play table tennis?", None),
    ("She's arm wrestling with herself.", None), ("I'm arm wrestling with me.", None),
    ("He beats me at arm wrestling.", None), ("I always beat him at table tennis yesterday.", None),
    ("I can play table tennis yet.", None), ("I've lost at table tennis.", None),
    ("Let's playing table tennis.", None), ("He's good at play table tennis.", None),
    ("I bought table tennis bats.", None), ("Tôi chơi bóng bàn.", None), ("Table tennis table tennis.", None),
    # (review) "You can …", "We can …" said (allowed, or able?: skating's rule); "we", "our" asked (chúng tôi, or chúng
    # ta?)
    ("You can play table tennis.", None), ("You can't play table tennis.", None),
    ("We can play table tennis.", None), ("We can't play table tennis yet.", None),
    ("Are we good at table tennis?", None), ("Do we often play table tennis?", None),
    ("How often do we play table tennis?", None), ("Who do we usually play table tennis with?", None),
    ("Do we want to play table tennis?", None), ("Can our son play table tennis?", None),
    ("They can play table tennis.", "Họ biết chơi bóng bàn."),
    ("Our son can play table tennis.", "Con trai chúng tôi biết chơi bóng bàn."),
    ("We want to play table tennis.", "Chúng tôi muốn chơi bóng bàn."),
    ("Do they often play table tennis?", "Họ có hay chơi bóng bàn không?"),
    # a name's own, as the name says (mt.hobbies.who_vi: "Lan" kept as written)
    ("Lan is arm wrestling with my brother.", "Lan đang vật tay với anh trai tôi."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
