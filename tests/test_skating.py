"""Roller skating, ice skating and skateboarding: learning, being able to, being good at, ever having been, falling
over at it, and skates or a board bought, both ways (mt/skating.py)."""
import pytest

from mt.skating import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I want to study ski.", "I'm learning to ski.", "Do you want to study skateboarding?", "I want to ski.",
    # "Are you learning skiing skirt?"
    ("Tôi muốn học trượt patin.", "I want to learn to roller-skate."),
    ("Con tôi đang học trượt băng.", "My child is learning to ice-skate."),
    ("Bạn có muốn học trượt ván không?", "Do you want to learn to skateboard?"),
    ("Tôi muốn đi trượt băng.", "I want to go ice skating."),
    ("Mẹ tôi không muốn học trượt băng.", "My mother doesn't want to learn to ice-skate."),
    ("Bạn có đang học trượt patin không?", "Are you learning to roller-skate?"),
    ("Con trai tôi muốn học trượt ván.", "My son wants to learn to skateboard."),
    ("Chúng tôi muốn đi trượt patin.", "We want to go roller-skating."),
    ("Lan đang học trượt băng.", "Lan is learning to ice-skate."),
    ("Mình muốn học trượt ván.", "I want to learn to skateboard."),
    # v8: "I know skirt.", "Do you know skiing?", "He didn't know how to skateboard.", "I know that skirt.", "She
    # hasn't yet known skirt."
    ("Tôi biết trượt patin.", "I can roller-skate."),
    ("Bạn có biết trượt băng không?", "Can you ice-skate?"),
    ("Anh ấy không biết trượt ván.", "He can't skateboard."),
    ("Con tôi biết trượt patin rồi.", "My child can roller-skate now."),
    ("Con tôi đã biết trượt patin rồi.", "My child can roller-skate now."),
    ("Chị ấy chưa biết trượt băng.", "She can't ice-skate yet."),
    ("Con bạn đã biết trượt patin chưa?", "Can your child roller-skate yet?"),
    ("Chúng tôi không biết trượt ván.", "We can't skateboard."),
    ("Em có biết trượt patin không?", "Can you roller-skate?"),
    # v8: "She skied very well.", "I skied the patin not very good.", "Do you skateboard well?"
    ("Cô ấy trượt băng rất giỏi.", "She's very good at ice skating."),
    ("Tôi trượt patin không giỏi lắm.", "I'm not very good at roller-skating."),
    ("Bạn trượt ván có giỏi không?", "Are you good at skateboarding?"),
    ("Bạn có trượt ván giỏi không?", "Are you good at skateboarding?"),
    ("Lan trượt băng giỏi lắm.", "Lan is very good at ice skating."),
    ("Bố tôi trượt patin giỏi.", "My father is good at roller-skating."),
    # v8: "Are you ever slippered?", "Never skateboarding?", "I've never skied.", "I've never slipped the patin
    # never.", "My mother had never skied."
    ("Bạn đã bao giờ trượt băng chưa?", "Have you ever been ice skating?"),
    ("Bạn trượt ván bao giờ chưa?", "Have you ever been skateboarding?"),
    ("Anh ấy đã từng đi trượt patin chưa?", "Has he ever been roller-skating?"),
    ("Tôi chưa bao giờ trượt băng.", "I've never been ice skating."),
    ("Tôi chưa trượt patin bao giờ.", "I've never been roller-skating."),
    ("Mẹ tôi chưa từng trượt băng.", "My mother has never been ice skating."),
    ("Họ chưa bao giờ đi trượt băng.", "They've never been ice skating."),
    # v8: "My child fell when I slippered the patin.", "I fell on ice skirt.", "I'm typically fell on
    # skateboarding.", "My son fell when skateboarding."
    ("Con tôi bị ngã khi trượt patin.", "My child fell over while roller-skating."),
    ("Tôi bị ngã khi trượt băng.", "I fell over while ice skating."),
    ("Tôi hay bị ngã khi trượt ván.", "I often fall over when skateboarding."),
    ("Con trai tôi vừa bị ngã khi trượt ván.", "My son has just fallen over while skateboarding."),
    ("Tôi vừa bị ngã khi trượt băng.", "I've just fallen over while ice skating."),
    ("Bác Hùng bị té lúc đang trượt patin.", "Uncle Hung fell over while roller-skating."),
    ("Chúng tôi đã bị ngã khi trượt băng.", "We fell over while ice skating."),
    ("Cô ấy hay bị ngã khi trượt patin.", "She often falls over when roller-skating."),
    # v8: "I just bought a patin.", "Have you bought the ice slippers?", "I bought pounds."; right: "My mother bought
    # me a skateboard.", "I want to buy a new skateboard."
    ("Tôi vừa mua một đôi giày patin.", "I've just bought a pair of roller skates."),
    ("Mẹ tôi đã mua cho tôi một chiếc ván trượt.", "My mother bought me a skateboard."),
    ("Bạn đã mua giày trượt băng chưa?", "Have you bought ice skates yet?"),
    ("Tôi muốn mua một chiếc ván trượt mới.", "I want to buy a new skateboard."),
    ("Tôi mua giày patin rồi.", "I've already bought roller skates."),
    ("Chúng tôi chưa mua giày trượt băng.", "We haven't bought ice skates yet."),
    ("Bạn có muốn mua cho con trai bạn một đôi giày patin không?",
     "Do you want to buy your son a pair of roller skates?"),
    ("Anh ấy mới mua một cái ván trượt.", "He's just bought a skateboard."),
    ("Lan đã mua một đôi giày trượt băng mới.", "Lan bought a new pair of ice skates."),
    # not: "trượt" alone (failing an exam, slipping: mt/falls.py's), skiing, learning plainly (lessons, or learnt?),
    # "đã từng" said (used to?), a fall asked or denied, a purchase with no tense, a bare board or one skate, "đã
    # biết" with no "rồi", "anh" saying it, a pet, "I" asked, "em" with "ạ" (the speaker), a "?" on a statement,
    # "có" left out, a day or a place added, "nhỉ", buying for oneself, liking it, a rink
    ("Tôi bị trượt môn toán.", None), ("Tôi bị trượt chân ngã.", None), ("Tôi muốn học trượt tuyết.", None),
    ("Tôi học trượt băng.", None), ("Tôi đã từng trượt băng.", None), ("Bạn có bị ngã khi trượt patin không?", None),
    ("Tôi không bị ngã khi trượt băng.", None), ("Tôi mua giày patin.", None), ("Tôi vừa mua ván trượt.", None),
    ("Tôi vừa mua một chiếc giày patin.", None), ("Tôi đã biết trượt patin.", None), ("Anh biết trượt patin.", None),
    ("Con chó của tôi biết trượt ván.", None), ("Tôi có biết trượt băng không?", None),
    ("Em có biết trượt patin không ạ?", None), ("Bạn biết trượt patin?", None),
    ("Bạn muốn học trượt băng không?", None), ("Hôm qua tôi đi trượt băng.", None),
    ("Con tôi bị ngã khi trượt patin ở công viên.", None), ("Con tôi bị ngã khi trượt patin nhỉ.", None),
    ("Tôi mua cho tôi một đôi giày patin rồi.", None), ("Tôi thích trượt patin.", None),
    ("Sân trượt băng ở đâu?", None), ("Tôi trượt băng.", None), ("Bạn trượt băng chưa?", None),
    # (review) a statement ending "thế" or "vậy" says more than English's plain one ("giỏi thế": so good!); asked, it
    # only softens
    ("Bạn trượt ván giỏi thế.", None), ("Tôi muốn đi trượt băng vậy.", None), ("Tôi biết trượt patin vậy.", None),
    ("Con tôi đang học trượt băng thế.", None), ("Tôi chưa bao giờ trượt băng vậy.", None),
    ("Tôi hay bị ngã khi trượt ván vậy.", None), ("Tôi vừa mua một đôi giày patin vậy.", None),
    ("Bạn trượt ván có giỏi không thế?", "Are you good at skateboarding?"),
    ("Bạn đã mua giày patin chưa vậy?", "Have you bought roller skates yet?"),
    # (review) bought for who themselves ("Họ mua cho họ": themselves, not "They bought them")
    ("Họ đã mua cho họ một đôi giày patin.", None), ("Bố tôi đã mua cho bố tôi một chiếc ván trượt.", None),
    ("Cô ấy muốn mua cho cô ấy một đôi giày patin.", None), ("Lan đã mua cho Lan một chiếc ván trượt.", None),
    ("Bạn đã mua cho bạn một chiếc ván trượt chưa?", None), ("Anh ấy đã mua cho anh ấy một chiếc ván trượt.", None),
    ("Anh ấy đã mua cho cô ấy một chiếc ván trượt.", "He bought her a skateboard."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi muốn học trượt bánh." (a cake), "Con trai tôi đang học trượt tuyết." (skiing), "Tôi muốn trượt băng.",
    # "Lan muốn trượt bánh."; right: "Bạn có muốn học trượt ván không?"
    ("I want to learn to roller-skate.", "Tôi muốn học trượt patin."),
    ("My son is learning to ice-skate.", "Con trai tôi đang học trượt băng."),
    ("Do you want to learn to skateboard?", "Bạn có muốn học trượt ván không?"),
    ("I want to go ice skating.", "Tôi muốn đi trượt băng."),
    ("My mother doesn't want to learn how to ice-skate.", "Mẹ tôi không muốn học trượt băng."),
    ("Are you learning to roller-skate?", "Bạn có đang học trượt patin không?"),
    ("She wants to learn to skateboard.", "Cô ấy muốn học trượt ván."),
    ("Lan wants to go roller-skating.", "Lan muốn đi trượt patin."),
    ("They don't want to go ice skating.", "Họ không muốn đi trượt băng."),
    ("My father's learning to skateboard.", "Bố tôi đang học trượt ván."),
    # v8: "Tôi có thể trượt ván." (skateboarding), "Anh ta chưa thể trượt ván.", "Con trai tôi hiện có thể trượt
    # ván."
    ("I can roller-skate.", "Tôi biết trượt patin."),
    ("Can you ice-skate?", "Bạn có biết trượt băng không?"),
    ("He can't skateboard.", "Anh ấy không biết trượt ván."),
    ("He can't skateboard yet.", "Anh ấy chưa biết trượt ván."),
    ("My son can roller-skate now.", "Con trai tôi đã biết trượt patin rồi."),
    ("Can your son roller-skate yet?", "Con trai bạn đã biết trượt patin chưa?"),
    ("My mother cannot ice skate.", "Mẹ tôi không biết trượt băng."),
    # v8: "Cô ấy rất tốt khi trượt băng.", "Tôi không rất tốt khi trượt bánh.", "Bạn đang trượt ván tốt không?"
    ("She's very good at ice skating.", "Cô ấy trượt băng rất giỏi."),
    ("I'm not very good at roller-skating.", "Tôi trượt patin không giỏi lắm."),
    ("Are you good at skateboarding?", "Bạn có trượt ván giỏi không?"),
    ("My mother isn't good at ice skating.", "Mẹ tôi trượt băng không giỏi."),
    ("Lan is really good at skateboarding.", "Lan trượt ván rất giỏi."),
    # v8 (right): "Bạn đã từng trượt băng chưa?", "Tôi chưa bao giờ trượt băng.", "Con trai của bạn từng trượt ván
    # chưa?"
    ("Have you ever been ice skating?", "Bạn đã bao giờ trượt băng chưa?"),
    ("Has she ever been skateboarding?", "Cô ấy đã bao giờ trượt ván chưa?"),
    ("I've never been ice skating.", "Tôi chưa bao giờ trượt băng."),
    ("He has never ice-skated before.", "Anh ấy chưa bao giờ trượt băng."),
    ("My father has never been skateboarding.", "Bố tôi chưa bao giờ trượt ván."),
    ("Has your son ever skateboarded?", "Con trai bạn đã bao giờ trượt ván chưa?"),
    # v8: "Con trai tôi rơi xuống trong khi trượt ván." (skateboarding), "Tôi ngã xuống trong khi trượt băng.", "Cô ấy
    # thường trượt ván khi trượt ván."
    ("My son fell over while roller-skating.", "Con trai tôi bị ngã khi trượt patin."),
    ("I fell over while ice skating.", "Tôi bị ngã khi trượt băng."),
    ("I've just fallen over while ice skating.", "Tôi vừa bị ngã khi trượt băng."),
    ("She often falls over when skateboarding.", "Cô ấy hay bị ngã khi trượt ván."),
    ("We fell down while rollerblading.", "Chúng tôi bị ngã khi trượt patin."),
    # v8: "Tôi vừa mua một đôi trượt bánh.", "Mẹ tôi mua cho tôi một chiếc ván trượt ván.", "Bạn đã mua miếng bánh
    # nướng chưa?" (a pie), "Chúng tôi vẫn chưa mua ván trượt băng.", "Mẹ tôi mua cho tôi một đôi bàn tay." (hands)
    ("I've just bought a pair of roller skates.", "Tôi vừa mua một đôi giày patin."),
    ("My mother bought me a skateboard.", "Mẹ tôi đã mua cho tôi một chiếc ván trượt."),
    ("Have you bought ice skates yet?", "Bạn đã mua giày trượt băng chưa?"),
    ("I want to buy a new skateboard.", "Tôi muốn mua một chiếc ván trượt mới."),
    ("We haven't bought ice skates yet.", "Chúng tôi chưa mua giày trượt băng."),
    ("I already bought new roller skates.", "Tôi đã mua giày patin mới rồi."),
    ("Do you want to buy a new pair of roller skates?", "Bạn có muốn mua một đôi giày patin mới không?"),
    ("She's just bought a skateboard.", "Cô ấy vừa mua một chiếc ván trượt."),
    ("My mother bought me a pair of roller skates.", "Mẹ tôi đã mua cho tôi một đôi giày patin."),
    # not: "skate", "skating" alone (ice or roller?), "you" or "we" with "can" said (allowed, or able?), "Can I"
    # (allowed?), a pet, verbs not agreeing with who, "a roller skates", "a pair of skateboard", a bare board, "ever"
    # said, "never" asked, a "?" on a statement, skiing, a fall asked, a rink
    ("Can you skate?", None), ("I like skating.", None), ("You can skateboard.", None), ("We can't ice-skate.", None),
    ("Can I skateboard?", None), ("My dog can skateboard.", None), ("He want to learn to ice-skate.", None),
    ("Does she wants to learn to roller-skate?", None), ("She are learning to ice-skate.", None),
    ("I bought a roller skates.", None), ("I bought a pair of skateboard.", None), ("I bought skateboard.", None),
    ("I've ever been ice skating.", None), ("Have you never been ice skating?", None),
    ("She has just fell over while ice skating.", None), ("He have just fallen over while ice skating.", None),
    ("I has never been ice skating.", None), ("I can roller-skate?", None), ("He is good at ice skating?", None),
    ("I want to learn to ski.", None), ("Did you fall over while ice skating?", None),
    ("The ice rink is closed.", None), ("I can't roller-skate now.", None),
    ("Tôi muốn học trượt patin.", None),  # (the other way's language)
    # (review) "Can we" asks leave or suggests (may we? shall we?), as "Can I"
    ("Can we ice-skate?", None), ("Can we roller-skate yet?", None),
    # (review) "them", "her", "him" after the same pronoun are others, where "Họ mua cho họ" reads as themselves
    ("They bought them a skateboard.", None), ("She bought her a pair of roller skates.", None),
    ("He bought him a skateboard.", None),
    # (review) not bought yet, without "một chiếc" ("chưa mua một chiếc": not a single one)
    ("I haven't bought a skateboard yet.", "Tôi chưa mua ván trượt."),
    ("We haven't bought a new pair of roller skates yet.", "Chúng tôi chưa mua giày patin mới."),
    ("Has your son bought a skateboard yet?", "Con trai bạn đã mua một chiếc ván trượt chưa?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Tôi biết trượt patin.", "vi", "fr") is None
    assert translate("I can roller-skate.", "vi", "en") is None
