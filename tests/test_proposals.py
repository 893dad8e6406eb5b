"""Proposals and engagements: who proposed, the answer, engaged to whom, a fiancé, the ring and the engagement party,
both ways (mt/proposals.py)."""
import pytest

from mt.proposals import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He demanded me.", "He asked her to kiss her.", "He has not been demanding for marriage.", "Is he demanded
    # for marriage?", "I want to kiss her.", "He plans to kiss her.", "I kissed my girlfriend."
    ("Anh ấy cầu hôn tôi.", "He proposed to me."),
    ("Tối qua anh ấy cầu hôn tôi.", "He proposed to me last night."),
    ("Anh ấy đã cầu hôn tôi tối qua.", "He proposed to me last night."),
    ("Anh ấy đã cầu hôn cô ấy.", "He proposed to her."),
    ("Minh cầu hôn Lan hôm qua.", "Minh proposed to Lan yesterday."),
    ("Anh trai tôi cầu hôn bạn gái anh ấy tối qua.", "My brother proposed to his girlfriend last night."),
    ("Anh ấy vừa cầu hôn tôi.", "He just proposed to me."),
    ("Anh ấy cầu hôn tôi rồi.", "He's already proposed to me."),
    ("Anh ấy chưa cầu hôn.", "He hasn't proposed yet."),
    ("Anh ấy vẫn chưa cầu hôn cô ấy.", "He still hasn't proposed to her."),
    ("Tôi chưa cầu hôn cô ấy.", "I haven't proposed to her yet."),
    ("Anh ấy đã cầu hôn chưa?", "Has he proposed yet?"),
    ("Anh ấy đã cầu hôn bạn chưa?", "Has he proposed to you yet?"),
    ("Tối qua anh ấy có cầu hôn không?", "Did he propose last night?"),
    ("Tôi muốn cầu hôn cô ấy.", "I want to propose to her."),
    ("Anh ấy định cầu hôn cô ấy.", "He's planning to propose to her."),
    ("Anh ấy sắp cầu hôn cô ấy.", "He's going to propose to her soon."),
    ("Tối nay anh ấy sẽ cầu hôn cô ấy.", "He's going to propose to her tonight."),
    # v8: "She received a prayer.", "She received his admiral.", "She declined to get a prayer."
    ("Cô ấy đã nhận lời cầu hôn.", "She accepted the proposal."),
    ("Cô ấy nhận lời cầu hôn của anh ấy.", "She accepted his proposal."),
    ("Cô ấy từ chối lời cầu hôn của Minh.", "She turned down Minh's proposal."),
    ("Cô ấy vừa đồng ý lời cầu hôn.", "She just accepted the proposal."),
    ("Hôm qua cô ấy có nhận lời cầu hôn không?", "Did she accept the proposal yesterday?"),
    # v8: "She was engaged with a doctor.", "Did she engaged with a doctor?"
    ("Cô ấy đã đính hôn với một bác sĩ.", "She's engaged to a doctor."),
    ("Cô ấy đính hôn với một bác sĩ à?", "Is she engaged to a doctor?"),
    ("Tôi đã đính hôn với Minh.", "I'm engaged to Minh."),
    ("Bạn đã đính hôn với ai?", "Who are you engaged to?"),
    ("Lan vừa đính hôn với Minh.", "Lan just got engaged to Minh."),
    ("Năm ngoái cô ấy đính hôn với một kỹ sư.", "She got engaged to an engineer last year."),
    # v8: "My husband is about to wedding is a doctor.", "My horror is an engineer.", "This is my wedding husband."
    ("Chồng sắp cưới của tôi là bác sĩ.", "My fiancé is a doctor."),
    ("Vợ sắp cưới của anh ấy là giáo viên.", "His fiancée is a teacher."),
    ("Vị hôn phu của tôi là kỹ sư.", "My fiancé is an engineer."),
    ("Hôn phu của Lan là luật sư.", "Lan's fiancé is a lawyer."),
    ("Đây là chồng sắp cưới của tôi.", "This is my fiancé."),
    ("Đây là hôn thê của tôi.", "This is my fiancée."),
    ("Cô ấy là vợ sắp cưới của tôi.", "She's my fiancée."),
    # v8: "Let me see engagement!"
    ("Cho tôi xem nhẫn đính hôn của bạn!", "Show me your engagement ring!"),
    ("Cho mình xem nhẫn của bạn đi!", "Show me your ring!"),
    ("Cho tôi xem nhẫn đính hôn của bạn được không?", "Can I see your engagement ring?"),
    ("Cho chúng tôi xem nhẫn đính hôn của cô ấy đi!", "Show us her engagement ring!"),
    # v8: "When did you ask?", "When is it engaged?", "Their festival was eaten next week.", "Next week is my
    # sister's food."
    ("Lễ ăn hỏi là khi nào?", "When is the engagement ceremony?"),
    ("Lễ đính hôn là khi nào?", "When is the engagement party?"),
    ("Khi nào là lễ đính hôn của họ?", "When is their engagement party?"),
    ("Lễ ăn hỏi của họ vào tuần sau.", "Their engagement ceremony is next week."),
    ("Tuần sau là lễ ăn hỏi của chị tôi.", "My sister's engagement ceremony is next week."),
    ("Tiệc đính hôn của Lan sẽ diễn ra vào thứ bảy.", "Lan's engagement party is on Saturday."),
    # not: "anh", "chị", "em" alone (the speaker or the listener), "có … không" with no day (did, or will?), a day and
    # a tense that disagree, oneself, engaged without whom and done (mt/weddings.py's, or the model's), two engaged to
    # one, "đồng ý" and "nhận lời" alone (agreeing to anything), a fiancé whose "bạn" without "của" (a friend's?), the
    # speaker's own ring shown to them, how or where
    ("Anh ấy cầu hôn tôi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh muốn cầu hôn cô ấy.", None), ("Anh ấy cầu hôn em ở đâu?", None), ("Anh ấy cầu hôn chị chưa?", None),
    ("Bạn có cầu hôn cô ấy không?", None), ("Tối qua anh ấy sắp cầu hôn cô ấy.", None),
    ("Anh ấy chưa cầu hôn hôm qua.", None), ("Tôi cầu hôn tôi.", None), ("Họ đã đính hôn.", None),
    ("Họ đính hôn chưa?", None), ("Họ đính hôn với nhau.", None), ("Họ đã đính hôn với một bác sĩ.", None),
    ("Cô ấy đã nhận lời.", None), ("Cô ấy đồng ý rồi.", None), ("Cô ấy có nhận lời cầu hôn không?", None),
    ("Chồng sắp cưới bạn là bác sĩ.", None), ("Cho tôi xem nhẫn đính hôn của tôi!", None),
    ("Bạn cầu hôn như thế nào?", None), ("Anh ấy mua nhẫn đính hôn.", None),
    ("Nhẫn đính hôn của cô ấy rất đẹp.", None), ("Cô ấy đã đính hôn với Lan chưa?", None),
    ("Anh ấy là hôn thê của tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy đề nghị tôi tối qua." (suggested), "Anh ta chưa đề xuất.", "Anh ta có đề nghị chưa?", "Tôi muốn đề
    # xuất cô ấy.", "Anh ta đang lên kế hoạch đề xuất."
    ("He proposed to me last night.", "Tối qua anh ấy cầu hôn tôi."),
    ("He proposed to me.", "Anh ấy đã cầu hôn tôi."),
    ("Minh proposed to Lan.", "Minh đã cầu hôn Lan."),
    ("My brother proposed to his girlfriend yesterday.", "Hôm qua anh trai tôi cầu hôn bạn gái anh ấy."),
    ("He just proposed to her.", "Anh ấy vừa cầu hôn cô ấy."),
    ("He's already proposed.", "Anh ấy đã cầu hôn rồi."),
    ("He hasn't proposed yet.", "Anh ấy chưa cầu hôn."),
    ("He still hasn't proposed to her.", "Anh ấy vẫn chưa cầu hôn cô ấy."),
    ("Has he proposed to you yet?", "Anh ấy đã cầu hôn bạn chưa?"),
    ("Did he propose?", "Anh ấy đã cầu hôn chưa?"),
    ("Did he propose last night?", "Tối qua anh ấy có cầu hôn không?"),
    ("He's going to propose to her.", "Anh ấy sẽ cầu hôn cô ấy."),
    ("I'm going to propose to my girlfriend tonight.", "Tối nay tôi sẽ cầu hôn bạn gái tôi."),
    ("He's planning to propose.", "Anh ấy định cầu hôn."),
    ("I want to propose to her.", "Tôi muốn cầu hôn cô ấy."),
    ("My brother wants to propose to his girlfriend.", "Anh trai tôi muốn cầu hôn bạn gái anh ấy."),
    # v8: "Cô ấy nói yes.", "Cô ấy có nói yes không?", "Cô ấy chấp nhận đề nghị của mình."
    ("She said yes.", "Cô ấy đã đồng ý."),
    ("She said yes!", "Cô ấy đã đồng ý!"),
    ("She said no.", "Cô ấy đã từ chối."),
    ("Did she say yes?", "Cô ấy có đồng ý không?"),
    ("She accepted his proposal.", "Cô ấy đã nhận lời cầu hôn của anh ấy."),
    ("She turned down Minh's proposal.", "Cô ấy đã từ chối lời cầu hôn của Minh."),
    ("She rejected his proposal last week.", "Tuần trước cô ấy từ chối lời cầu hôn của anh ấy."),
    ("He turned down her proposal.", "Anh ấy đã từ chối lời cầu hôn của cô ấy."),
    ("My sister accepted his proposal.", "Em gái tôi đã nhận lời cầu hôn của anh ấy."),
    ("She accepted my brother's proposal.", "Cô ấy đã nhận lời cầu hôn của anh trai tôi."),
    ("She accepted the marriage proposal.", "Cô ấy đã nhận lời cầu hôn."),
    ("They rejected the marriage proposal.", "Họ đã từ chối lời cầu hôn."),
    # v8: "Bé có đính hôn không?", "Cô ấy engaged cho một bác sĩ.", "Bé có đính hôn với bác sĩ không?"
    ("Is she engaged?", "Cô ấy đã đính hôn chưa?"),
    ("Are they engaged?", "Họ đã đính hôn chưa?"),
    ("She's engaged to a doctor.", "Cô ấy đã đính hôn với một bác sĩ."),
    ("She's engaged to a doctor?", "Cô ấy đã đính hôn với một bác sĩ à?"),
    ("Is she engaged to a doctor?", "Cô ấy đã đính hôn với một bác sĩ phải không?"),
    ("Who is she engaged to?", "Cô ấy đính hôn với ai?"),
    ("Lan got engaged to Minh last year.", "Năm ngoái Lan đính hôn với Minh."),
    ("She just got engaged to an engineer.", "Cô ấy vừa đính hôn với một kỹ sư."),
    # v8: "Méc-ri của tôi là bác sĩ.", "Tàu của tôi là giáo viên.", "Đây là tấm vải của tôi."
    ("My fiancé is a doctor.", "Chồng sắp cưới của tôi là bác sĩ."),
    ("My fiancée is a teacher.", "Vợ sắp cưới của tôi là giáo viên."),
    ("Her fiance is an engineer.", "Chồng sắp cưới của cô ấy là kỹ sư."),
    ("Lan's fiancé is a lawyer.", "Chồng sắp cưới của Lan là luật sư."),
    ("This is my fiancé.", "Đây là chồng sắp cưới của tôi."),
    ("This is my fiancée.", "Đây là vợ sắp cưới của tôi."),
    ("He's my fiancé.", "Anh ấy là chồng sắp cưới của tôi."),
    # v8: "Hiển thị nhẫn engagement của bạn!", "Tôi có thể thấy chiếc nhẫn của bạn được không?" (see by chance)
    ("Show me your engagement ring!", "Cho tôi xem nhẫn đính hôn của bạn đi!"),
    ("Show me your ring!", "Cho tôi xem chiếc nhẫn của bạn đi!"),
    ("Can I see your ring?", "Cho tôi xem chiếc nhẫn của bạn được không?"),
    ("May I see her engagement ring?", "Cho tôi xem nhẫn đính hôn của cô ấy được không?"),
    # v8: "Khi nào đảng đính hôn?" (a political party), "Đảng đính hôn là vào tuần tới."
    ("When is the engagement party?", "Lễ đính hôn là khi nào?"),
    ("When's their engagement party?", "Lễ đính hôn của họ là khi nào?"),
    ("The engagement party is next week.", "Lễ đính hôn vào tuần sau."),
    ("Their engagement party is on Saturday.", "Lễ đính hôn của họ vào thứ Bảy."),
    ("Lan's engagement party was last week.", "Lễ đính hôn của Lan đã diễn ra tuần trước."),
    # not: agreement ("She have", "Has they", "He want"), a day and a tense that disagree, oneself, engaged without
    # whom (mt/weddings.py's), "She's my fiance" (the man's word), "a" before a vowel, the speaker's own ring, a toast
    # proposed (mt/anniversaries.py's), how, with "and"
    ("She have proposed.", None), ("Has they proposed yet?", None), ("He want to propose to her.", None),
    ("He proposed to her tomorrow.", None), ("He's going to propose to her last night.", None),
    ("I proposed to me.", None), ("They're engaged.", None), ("They got engaged last month.", None),
    ("She are engaged to a doctor.", None), ("She's my fiance.", None), ("He's my fiancée.", None),
    ("My fiancé is a engineer.", None), ("Show me my ring!", None), ("I'd like to propose a toast.", None),
    ("How did he propose?", None), ("He proposed and she said yes.", None), ("Did she said yes?", None),
    ("She say yes.", None), ("The engagement party was next week.", None),
    # not: a proposal that may be a plan at work or a deal ("the", "my", "our", "their"; after "I", "they", a name, a
    # boss; "his" after "he"): only a marriage proposal, or one of the other sex's after "She", "He" or a kin
    ("My boss rejected my proposal.", None), ("They rejected the proposal.", None),
    ("We accepted their proposal.", None), ("They accepted our proposal.", None), ("He accepted the proposal.", None),
    ("I turned down the proposal.", None), ("She accepted the proposal.", None), ("He rejected his proposal.", None),
    ("She rejected the proposal last week.", None), ("My boss accepted his proposal.", None),
    ("She accepted my boss's proposal.", None), ("Lan accepted Minh's proposal.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
