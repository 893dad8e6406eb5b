"""Supporting a sports team: who supports, cheers for or is a fan of a team, and which team, both ways
(mt/fans.py)."""
import pytest

from mt.fans import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Which armed are you?", "Which team are you support?", "Which team's fans?"
    ("Bạn cổ vũ đội nào?", "Which team do you support?"),
    ("Bạn ủng hộ đội nào?", "Which team do you support?"),
    ("Bố bạn cổ vũ đội nào vậy?", "Which team does your father support?"),
    ("Bạn là fan của đội nào?", "Which team are you a fan of?"),
    ("Bạn ủng hộ ai?", "Who do you support?"),
    ("Anh ủng hộ đội nào?", "Which team do you support?"),
    # v8: "Tonight, what armed you?", "Tonight, who encourages you?"
    ("Tối nay bạn cổ vũ đội nào?", "Which team are you cheering for tonight?"),
    ("Tối nay bạn cổ vũ ai?", "Who are you cheering for tonight?"),
    ("Bạn đang cổ vũ đội nào?", "Which team are you cheering for?"),
    ("Ngày mai bạn ủng hộ đội nào?", "Which team are you supporting tomorrow?"),
    # v8: "I'm Manchester United fans.", "He fans Liverpool.", "My father is Chelsea's fan.", "He was Arsenal's fan."
    ("Tôi là fan của Manchester United.", "I'm a Manchester United fan."),
    ("Anh ấy hâm mộ Liverpool.", "He's a Liverpool fan."),
    ("Bố tôi là fan của Chelsea.", "My father is a Chelsea fan."),
    ("Anh ấy là cổ động viên của Arsenal.", "He's an Arsenal fan."),
    ("Minh là fan của Barcelona.", "Minh is a Barcelona fan."),
    ("Tôi là cổ động viên của đội tuyển Việt Nam.", "I'm a fan of the Vietnamese team."),
    # v8: "He is Manchester United's wild fan."
    ("Anh ấy là fan cuồng của Manchester United.", "He's a big Manchester United fan."),
    ("Cô ấy rất hâm mộ Real Madrid.", "She's a big Real Madrid fan."),
    ("Tôi không phải là fan của Chelsea.", "I'm not a Chelsea fan."),
    # v8: "Are you Liverpool fans?", "Do you fan Liverpool?"
    ("Bạn có phải là fan của Liverpool không?", "Are you a Liverpool fan?"),
    ("Bạn có hâm mộ Liverpool không?", "Are you a Liverpool fan?"),
    # v8: "I shares Arsenal.", "I supported Arsenal.", "I danced Hanoi FC.", "We share Vietnam's team."
    ("Tôi cổ vũ Arsenal.", "I support Arsenal."),
    ("Tôi ủng hộ Arsenal.", "I support Arsenal."),
    ("Tôi cổ vũ Hà Nội FC.", "I support Hanoi FC."),
    ("Chúng tôi cổ vũ đội tuyển Việt Nam.", "We support the Vietnamese team."),
    ("Họ ủng hộ Real Madrid.", "They support Real Madrid."),
    ("Bố tôi cổ vũ cho Thái Lan.", "My father supports Thailand."),
    ("Tôi không ủng hộ Chelsea.", "I don't support Chelsea."),
    # v8: "Do you have Arsenal shares?"
    ("Bạn có cổ vũ Arsenal không?", "Do you support Arsenal?"),
    ("Tối nay tôi cổ vũ Việt Nam.", "I'm cheering for Vietnam tonight."),
    ("Bạn có cổ vũ Việt Nam tối nay không?", "Are you cheering for Vietnam tonight?"),
    ("Tôi đang cổ vũ Manchester United.", "I'm cheering for Manchester United."),
    # not: "Anh" alone (the speaker or "you"), England ("Anh"), a person by name, a Vietnamese name that is no place,
    # an idea, support in the past or since a time, a question without "không", whom a fan of (a singer too), a
    # team liked (v8 has it), a match (mt/matches.py)
    ("Tôi cổ vũ Arsenal nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ủng hộ Arsenal.", None), ("Tôi ủng hộ Anh.", None), ("Tôi ủng hộ Minh.", None),
    ("Tôi ủng hộ Hoàng Anh Gia Lai.", None), ("Tôi ủng hộ Đảng.", None), ("Tôi ủng hộ ý kiến của bạn.", None),
    ("Tối qua tôi cổ vũ Việt Nam.", None), ("Cô ấy ủng hộ Liverpool từ khi còn nhỏ.", None),
    ("Bạn là fan của Liverpool?", None), ("Bạn hâm mộ ai?", None), ("Bạn thích đội nào?", None),
    ("Đội nào thắng?", None), ("Mẹ tôi rất hâm mộ Sơn Tùng.", None),
    ("Tôi ủng hộ Nam Phi.", None), ("Tôi là fan của Cu Ba.", None),  # (countries without their marks: not clubs)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn hỗ trợ đội nào?" (help), "Bạn hỗ trợ ai?", "Bạn đang bếp trưởng nhóm nào cho tối nay?" (a chef)
    ("Which team do you support?", "Bạn ủng hộ đội nào?"),
    ("What team does he support?", "Anh ấy ủng hộ đội nào?"),
    ("Which team does your father support?", "Bố bạn ủng hộ đội nào?"),
    ("Who do you support?", "Bạn ủng hộ ai?"),
    ("Which team are you cheering for tonight?", "Tối nay bạn cổ vũ đội nào?"),
    ("Who are you cheering for tonight?", "Tối nay bạn cổ vũ ai?"),
    ("Who are you supporting?", "Bạn đang ủng hộ ai?"),
    ("Which team are you a fan of?", "Bạn là fan của đội nào?"),
    # v8: "Tôi hỗ trợ Arsenal.", "Anh ấy hỗ trợ Arsenal.", "Anh có hỗ trợ Liverpool không?"
    ("I support Arsenal.", "Tôi ủng hộ Arsenal."),
    ("He supports Arsenal.", "Anh ấy ủng hộ Arsenal."),
    ("My father supports Chelsea.", "Bố tôi ủng hộ Chelsea."),
    ("I support Hà Nội FC.", "Tôi ủng hộ Hà Nội FC."),
    ("I support Hanoi FC.", "Tôi ủng hộ Hà Nội FC."),
    ("I support the Vietnamese team.", "Tôi ủng hộ đội tuyển Việt Nam."),
    ("We support the Vietnam national team.", "Chúng tôi ủng hộ đội tuyển Việt Nam."),
    ("We support Vietnam.", "Chúng tôi ủng hộ Việt Nam."),
    ("Do you support Arsenal?", "Bạn có ủng hộ Arsenal không?"),
    ("Does he support Liverpool?", "Anh ấy có ủng hộ Liverpool không?"),
    ("I don't support Chelsea.", "Tôi không ủng hộ Chelsea."),
    # v8: "Anh ta là một fan hâm mộ Manchester United lớn.", "Cô ấy là người hâm mộ Real Madrid."
    ("He's a big Manchester United fan.", "Anh ấy rất hâm mộ Manchester United."),
    ("Lan is a big fan of Barcelona.", "Lan rất hâm mộ Barcelona."),
    ("I'm a Manchester United fan.", "Tôi là fan của Manchester United."),
    ("I'm an Arsenal fan.", "Tôi là fan của Arsenal."),
    ("She's a fan of Real Madrid.", "Cô ấy là fan của Real Madrid."),
    ("I'm not a Chelsea fan.", "Tôi không phải là fan của Chelsea."),
    ("He isn't a Chelsea fan.", "Anh ấy không phải là fan của Chelsea."),
    ("Are you a Liverpool fan?", "Bạn có phải là fan của Liverpool không?"),
    ("Are you a fan of Liverpool?", "Bạn có phải là fan của Liverpool không?"),
    ("I'm a big fan of the Vietnamese team.", "Tôi rất hâm mộ đội tuyển Việt Nam."),
    # v8: "Tôi đang lừa dối Việt Nam tối nay." (deceiving), "Họ đang bếp trưởng Việt Nam."
    ("I'm cheering for Vietnam tonight.", "Tối nay tôi cổ vũ Việt Nam."),
    ("They're cheering for Vietnam.", "Họ đang cổ vũ Việt Nam."),
    ("I'm supporting Manchester United tonight.", "Tối nay tôi ủng hộ Manchester United."),
    ("Are you cheering for Vietnam tonight?", "Tối nay bạn có cổ vũ Việt Nam không?"),
    # not: the verb not agreeing ("He support", "Does he supports", "They is", "a Arsenal"), England, a person, what
    # a firm supports, a language, an idea, the past, since a time, any team, a sport's fan, whom a fan of
    ("He support Arsenal.", None), ("Does he supports Arsenal?", None), ("They is cheering for Vietnam.", None),
    ("I'm a Arsenal fan.", None), ("I support England.", None), ("I support John.", None),
    ("We support Windows.", None), ("We support English.", None), ("I support your idea.", None),
    ("I was cheering for Vietnam last night.", None), ("She has supported Liverpool since she was a child.", None),
    ("I don't support any team.", None), ("Are you a football fan?", None), ("Who is he a fan of?", None),
    # more than one fan: "fans", no article (one fan each, or "a fan" of more than one, is left)
    ("We are Chelsea fans.", "Chúng tôi là fan của Chelsea."), ("They are fans of Arsenal.", "Họ là fan của Arsenal."),
    ("We're big Liverpool fans.", "Chúng tôi rất hâm mộ Liverpool."),
    ("Are they Liverpool fans?", "Họ có phải là fan của Liverpool không?"),
    ("We are a Chelsea fan.", None), ("I am Chelsea fans.", None), ("He is Chelsea fans.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
