"""Complaining: nagging, grumbling, whining and complaining, as a habit, now, again or before, and told to stop, both
ways (mt/complaining.py)."""
import pytest

from mt.complaining import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My mother or silked.", "He or her coffee.", "My child or silky.", "He or complains."
    ("Mẹ tôi hay cằn nhằn.", "My mother nags a lot."),
    ("Anh ấy hay càu nhàu.", "He grumbles a lot."),
    ("Con tôi hay mè nheo.", "My child whines a lot."),
    ("Anh ấy hay phàn nàn.", "He complains a lot."),
    ("Mẹ tôi hay cằn nhằn lắm.", "My mother nags a lot."),
    ("Anh ấy hay than vãn.", "He complains a lot."),
    ("Bác Hùng hay càu nhàu.", "Uncle Hung grumbles a lot."),
    ("Em gái tôi hay mè nheo.", "My sister whines a lot."),
    ("Họ thường phàn nàn về tiếng ồn.", "They often complain about the noise."),
    # v8: "My boss or complaining about work.", "My grandfather or squiring home about the weather."
    ("Sếp tôi hay phàn nàn về công việc.", "My boss complains about work a lot."),
    ("Ông tôi hay càu nhàu về thời tiết.", "My grandfather grumbles about the weather a lot."),
    ("Anh ấy luôn phàn nàn về mọi thứ.", "He always complains about everything."),
    # v8: "My mother spent the day snugging me.", "My wife is always getting me.", "They complain about prices
    # throughout the day."
    ("Mẹ tôi suốt ngày cằn nhằn bố tôi.", "My mother nags my father all the time."),
    ("Vợ tôi lúc nào cũng cằn nhằn tôi.", "My wife always nags me."),
    ("Lúc nào mẹ tôi cũng cằn nhằn.", "My mother always nags."),
    ("Suốt ngày mẹ tôi cằn nhằn.", "My mother nags all the time."),
    ("Họ phàn nàn về giá cả suốt ngày.", "They complain about the prices all the time."),
    # v8: "She or snugg her husband."
    ("Cô ấy hay cằn nhằn chồng.", "She nags her husband a lot."),
    ("Tôi hay cằn nhằn chồng.", "I nag my husband a lot."),
    ("Chồng tôi hay cằn nhằn vợ.", "My husband nags his wife a lot."),
    ("Họ hay cằn nhằn con cái.", "They nag their children a lot."),
    ("Chị Lan hay cằn nhằn chồng.", "Lan nags her husband a lot."),
    # (more than one: each their own husband or wife)
    ("Họ hay cằn nhằn vợ.", "They nag their wives a lot."),
    ("Chúng tôi hay cằn nhằn chồng.", "We nag our husbands a lot."),
    # v8: "My mother was snugging.", "My daughter is getting silk.", "My mother was slighted."
    ("Mẹ tôi đang cằn nhằn.", "My mother is nagging."),
    ("Con gái tôi đang mè nheo.", "My daughter is whining."),
    ("Tôi đang phàn nàn.", "I am complaining."),
    ("Mẹ tôi lại cằn nhằn rồi.", "My mother is nagging again."),
    ("Vợ tôi lại cằn nhằn tôi rồi.", "My wife is nagging me again."),
    # v8: "Are you complained or complaining?"
    ("Bạn có hay phàn nàn không?", "Do you complain a lot?"),
    ("Bạn có thường phàn nàn không ạ?", "Do you often complain?"),
    ("Anh có hay cằn nhằn không?", "Do you nag a lot?"),
    ("Tôi có hay cằn nhằn không?", "Do I nag a lot?"),
    ("Mẹ bạn có đang cằn nhằn không?", "Is your mother nagging?"),
    # v8: "My husband never complained.", "Lan never complained.", "He complained about food."
    ("Chồng tôi không bao giờ phàn nàn.", "My husband never complains."),
    ("Lan chưa bao giờ than phiền.", "Lan has never complained."),
    ("Anh ấy đã phàn nàn về đồ ăn.", "He complained about the food."),
    ("Con tôi không còn mè nheo nữa.", "My child doesn't whine any more."),
    ("Anh ấy không hay càu nhàu.", "He doesn't grumble much."),
    # v8: "You don't complain.", "Don't stop me!", "Don't complain!"
    ("Bạn đừng than phiền nữa.", "Stop complaining."),
    ("Đừng phàn nàn nữa!", "Stop complaining!"),
    ("Đừng cằn nhằn tôi nữa!", "Stop nagging me!"),
    ("Con đừng mè nheo nữa nhé!", "Stop whining!"),
    ("Thôi, đừng phàn nàn nữa!", "Stop complaining!"),
    ("Anh đừng càu nhàu nữa.", "Stop grumbling."),
    ("Đừng cằn nhằn mẹ tôi nữa!", "Stop nagging my mother!"),
    ("Đừng phàn nàn về thời tiết nữa!", "Stop complaining about the weather!"),
    ("Đừng mè nheo!", "Don't whine!"),
    # not: no word of when or how often ("Anh ấy phàn nàn.": now, a habit or the past?), "anh" saying it, a name's
    # own husband (his or hers?), "con" whom (the speaker?), a pet, "về" a long object, "với" someone (to whom),
    # formal complaints, a "?" on a statement, "lại" without "rồi", "không còn" without "nữa", asked of oneself now,
    # whom or "về" where the verb takes none, whom "bạn" told, "Thôi" without "nữa", "Mẹ" telling "con" (who is
    # who?), English
    ("Tôi đang phàn nàn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ấy phàn nàn.", None), ("Anh ấy không phàn nàn.", None), ("Anh ấy có phàn nàn không?", None),
    ("Anh hay cằn nhằn.", None), ("Lan hay cằn nhằn chồng.", None), ("Mẹ tôi hay cằn nhằn con.", None),
    ("Con chó của tôi hay mè nheo.", None), ("Anh ấy hay phàn nàn về cái máy lạnh.", None),
    ("Anh ấy phàn nàn với sếp.", None), ("Tôi muốn khiếu nại.", None), ("Mẹ tôi hay cằn nhằn?", None),
    ("Mẹ tôi lại cằn nhằn.", None), ("Con tôi không còn mè nheo.", None), ("Tôi có đang cằn nhằn không?", None),
    ("Mẹ tôi hay càu nhàu tôi.", None), ("Con tôi hay mè nheo về đồ ăn.", None), ("Tôi hay cằn nhằn tôi.", None),
    ("Đừng cằn nhằn bạn nữa!", None), ("Thôi đừng phàn nàn.", None), ("Mẹ đừng cằn nhằn con nữa!", None),
    ("Đừng phàn nàn nữa?", None), ("Mẹ tôi cũng cằn nhằn.", None), ("My mother nags a lot.", None),
    ("Anh ấy đang phàn nàn à?", None),
    # not: a mother's "vợ" or a father's "chồng" (whose: the speaker's, as often as not), whom who said again
    ("Mẹ tôi hay cằn nhằn vợ.", None), ("Bố tôi hay cằn nhằn chồng.", None), ("Anh ấy hay cằn nhằn chồng.", None),
    ("Cô ấy hay cằn nhằn vợ.", None), ("Mẹ tôi hay cằn nhằn mẹ tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi nếm rất nhiều." (tastes), "Anh ấy rất sợ hãi.", "Con tôi rung chuyển rất nhiều.", "Anh ta phàn nàn
    # rất nhiều."
    ("My mother nags a lot.", "Mẹ tôi hay cằn nhằn."),
    ("He grumbles a lot.", "Anh ấy hay càu nhàu."),
    ("My child whines a lot.", "Con tôi hay mè nheo."),
    ("He complains a lot.", "Anh ấy hay phàn nàn."),
    ("We complain a lot.", "Chúng tôi hay phàn nàn."),
    ("My husband never complains.", "Chồng tôi không bao giờ phàn nàn."),
    # v8: "Sếp tôi phàn nàn về công việc rất nhiều.", "Ông tôi grumbles về thời tiết.", "Họ phàn nàn về giá cả thời
    # gian."
    ("My boss complains about work a lot.", "Sếp tôi hay phàn nàn về công việc."),
    ("My grandfather grumbles about the weather.", "Ông tôi càu nhàu về thời tiết."),
    ("They complain about the prices all the time.", "Họ suốt ngày phàn nàn về giá cả."),
    ("He complains.", "Anh ấy phàn nàn."),
    # v8: "Mẹ tôi nếm cha tôi suốt thời gian.", "Vợ tôi luôn bắt tôi.", "Cô ấy nếm chồng mình."
    ("My mother nags my father all the time.", "Mẹ tôi suốt ngày cằn nhằn bố tôi."),
    ("My wife is always nagging me.", "Vợ tôi lúc nào cũng cằn nhằn tôi."),
    ("My wife always nags me.", "Vợ tôi lúc nào cũng cằn nhằn tôi."),
    ("She nags her husband.", "Cô ấy cằn nhằn chồng."),
    ("My father nags his wife all the time.", "Bố tôi suốt ngày cằn nhằn vợ."),
    ("They nag their kids.", "Họ cằn nhằn con cái."),
    ("I nag her husband.", "Tôi cằn nhằn chồng cô ấy."),
    ("He is constantly complaining.", "Anh ấy suốt ngày phàn nàn."),
    # v8: "Mẹ tôi đang ngấm lại.", "Con gái tôi đang rung chuyển."
    ("My mother is nagging again.", "Mẹ tôi lại cằn nhằn rồi."),
    ("My daughter is whining.", "Con gái tôi đang mè nheo."),
    ("She's nagging.", "Cô ấy đang cằn nhằn."),
    ("My boss is complaining about work.", "Sếp tôi đang phàn nàn về công việc."),
    ("She's always complaining about the noise.", "Cô ấy lúc nào cũng phàn nàn về tiếng ồn."),
    # v8: "Mẹ bạn có thai không?" (pregnant), "Bạn có phàn nàn nhiều không?"
    ("Does your mother nag you?", "Mẹ bạn có cằn nhằn bạn không?"),
    ("Do you complain a lot?", "Bạn có hay phàn nàn không?"),
    ("Does he often grumble?", "Anh ấy có hay càu nhàu không?"),
    ("Are you complaining?", "Bạn có đang phàn nàn không?"),
    # v8: "Anh ta phàn nàn về thức ăn.", "Cô ta chưa bao giờ phàn nàn."
    ("He complained about the food.", "Anh ấy đã phàn nàn về đồ ăn."),
    ("She has never complained.", "Cô ấy chưa bao giờ phàn nàn."),
    ("She's never complained.", "Cô ấy chưa bao giờ phàn nàn."),
    ("She doesn't nag any more.", "Cô ấy không còn cằn nhằn nữa."),
    ("My mother no longer nags me.", "Mẹ tôi không còn cằn nhằn tôi nữa."),
    ("He doesn't grumble much.", "Anh ấy không hay càu nhàu."),
    # v8: "Đừng phàn nàn!", "Nên đừng làm cho tôi!", "Đừng rung!"
    ("Stop complaining!", "Đừng phàn nàn nữa!"),
    ("Stop nagging me!", "Đừng cằn nhằn tôi nữa!"),
    ("Don't whine!", "Đừng mè nheo!"),
    ("Don't nag me!", "Đừng cằn nhằn tôi!"),
    ("Stop complaining about the weather!", "Đừng phàn nàn về thời tiết nữa!"),
    ("Stop nagging my mother.", "Đừng cằn nhằn mẹ tôi nữa."),
    # not: the verb not agreeing ("She nag", "Does he grumbles", "I is"), a pet or a machine whining, a stomach
    # grumbling, "to" someone, formal complaints, "about" a long object, "never complained" without "has" (then, or
    # ever?), a "?" on a statement, whom who ("I nag me"), whom "you" told, "Stop" with the verb as it is, whining
    # "about", "Am I …?", a day said ("all day"), Vietnamese
    ("She nag a lot.", None), ("Does he grumbles?", None), ("I is complaining.", None), ("My dog whines a lot.", None),
    ("The engine whines.", None), ("My stomach grumbles.", None), ("He complained to the manager.", None),
    ("I want to file a complaint.", None), ("He complains about his neighbours.", None),
    ("He never complained.", None), ("She complains a lot?", None), ("I nag me.", None), ("Do you nag you?", None),
    ("Don't nag you!", None), ("Stop complain!", None), ("Stop whining about the food!", None),
    ("Am I nagging?", None), ("My child whined all day.", None), ("Is your mother nagging you again?", None),
    ("Do you complain all the time?", None), ("Mẹ tôi hay cằn nhằn.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
