"""Goals scored, draws, leads and results with their score in words or at half time, both ways (mt/scores.py)."""
import pytest

from mt.scores import translate


@pytest.mark.parametrize("text, said", [
    # who scored; v8: "Who scored the table?", "He scored two tables.", "Did he scored the table?", "I scored my
    # table." (Đội tôi ghi bàn.), "Which level of previous scores?", "He set up a bunch." (lập cú đúp)
    ("Ai ghi bàn?", "Who scored?"),
    ("Ai đã ghi bàn?", "Who scored?"),
    ("Ai ghi bàn đầu tiên?", "Who scored first?"),
    ("Đội nào ghi bàn trước?", "Which team scored first?"),
    ("Ai ghi bàn thắng quyết định?", "Who scored the winning goal?"),
    ("Ai sẽ ghi bàn?", "Who will score?"),
    ("Anh ấy ghi hai bàn.", "He scored two goals."),
    ("Anh ấy đã ghi hai bàn.", "He scored two goals."),
    ("Cô ấy ghi một bàn.", "She scored a goal."),
    ("Anh ấy ghi bàn.", "He scored."),
    ("Em trai tôi ghi hai bàn.", "My younger brother scored two goals."),
    ("Minh ghi bàn thắng quyết định.", "Minh scored the winning goal."),
    ("Anh ấy lập hat-trick.", "He scored a hat-trick."),
    ("Anh ấy lập cú đúp.", "He scored twice."),
    ("Việt Nam ghi bàn trước.", "Vietnam scored first."),
    ("Đội tôi ghi bàn.", "My team scored."),
    ("Tối qua anh ấy ghi hai bàn.", "He scored two goals last night."),
    ("Con trai tôi vừa ghi bàn!", "My son has just scored!"),
    ("Chúng tôi vừa ghi bàn.", "We've just scored."),
    ("Anh ấy sẽ ghi bàn.", "He'll score."),
    ("Anh ấy không ghi bàn.", "He didn't score."),
    ("Không ai ghi bàn.", "Nobody scored."),
    ("Anh ấy có ghi bàn không?", "Did he score?"),
    ("Anh có ghi bàn không?", "Did you score?"),
    ("Việt Nam có ghi bàn không?", "Did Vietnam score?"),
    # draws and how a match ended; v8: "The game of peace.", "The 1-1 match.", "The game ends with the 2-1 ratio."
    ("Trận đấu hòa.", "The match was a draw."),
    ("Trận đấu hòa 1-1.", "The match was a 1-1 draw."),
    ("Trận bóng đá hòa.", "The football match was a draw."),
    ("Trận đấu tối qua hòa 1-1.", "The match last night was a 1-1 draw."),
    ("Trận đấu kết thúc với tỉ số 2-1.", "The match ended 2-1."),
    ("Trận đấu kết thúc 1-1.", "The match ended 1-1."),
    ("Trận đấu kết thúc hòa.", "The match ended in a draw."),
    ("Trận đấu kết thúc với kết quả hòa.", "The match ended in a draw."),
    # leading, and at half time; v8: "Vietnam is 1-0ing.", "They were losing 0-2 after the pact."
    ("Việt Nam đang dẫn 1-0.", "Vietnam is leading 1-0."),
    ("Chúng tôi đang dẫn trước 2-1.", "We're leading 2-1."),
    ("Họ đang thua 0-2 sau hiệp một.", "They're losing 0-2 at half time."),
    ("Việt Nam đang dẫn 1-0 sau hiệp một.", "Vietnam is leading 1-0 at half time."),
    # not: "anh", "chị" alone saying it (may be the speaker), "Anh" as a side (England or you), a name not known,
    # asked without "có" or with "có" but no "không", "sẽ" with a day behind, a draw whose score is not one, a lead by
    # less, a result not going on at half time, another topic ("bàn": a table), "ghi bàn" where
    ("Anh ấy ghi bàn nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh ghi bàn.", None), ("Chị ghi hai bàn.", None), ("Anh Anh ghi bàn.", None), ("Ronaldo ghi ba bàn.", None),
    ("Anh ấy ghi bàn không?", None), ("Không ai ghi bàn?", None), ("Anh ấy sẽ ghi bàn hôm qua.", None),
    ("Trận đấu hòa 2-1.", None), ("Trận đấu kết thúc.", None), ("Việt Nam đang dẫn 0-1.", None),
    ("Chúng tôi thắng 1-0 sau hiệp một.", None), ("Tôi muốn đặt một bàn cho hai người.", None),
    ("Hai nước hòa bình.", None), ("Anh ấy ghi bàn vào lưới nhà.", None), ("Anh ấy dẫn tôi đi chơi.", None),
    # mt/matches.py's
    ("Chúng tôi thắng 3-1.", None), ("Tỉ số bao nhiêu?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # scores in words; v8: "Chúng tôi đã mất 2 nil.", "Chúng tôi đoạt được ba người.", "Chúng tôi rút lui một phần."
    ("We won three-one.", "Chúng tôi thắng 3-1."),
    ("We lost two nil.", "Chúng tôi thua 0-2."),
    ("They lost two nil.", "Họ thua 0-2."),
    ("We lost two-one to Thailand.", "Chúng tôi thua Thái Lan 1-2."),
    ("Vietnam beat Thailand three-nil.", "Việt Nam thắng Thái Lan 3-0."),
    ("Vietnam won three-nil.", "Việt Nam thắng 3-0."),
    ("We drew one-all.", "Chúng tôi hòa 1-1."),
    ("We're winning one-nil.", "Chúng tôi đang thắng 1-0."),
    ("The final score was two-one.", "Tỉ số cuối cùng là 2-1."),
    # draws; v8: "Đó là một bức vẽ.", "Nó kết thúc một phần.", "Khớp kết thúc trong một vẽ."
    ("It was a draw.", "Trận đấu hòa."),
    ("The match was a draw.", "Trận đấu hòa."),
    ("It was a one-all draw.", "Trận đấu hòa 1-1."),
    ("It was a goalless draw.", "Trận đấu hòa 0-0."),
    ("The football match last night was a draw.", "Trận bóng đá tối qua hòa."),
    ("It ended one-all.", "Trận đấu kết thúc với tỉ số 1-1."),
    ("It ended 1-1.", "Trận đấu kết thúc với tỉ số 1-1."),
    ("The match ended in a draw.", "Trận đấu kết thúc với kết quả hòa."),
    # who scored; v8: "Anh ấy ghi bàn hai bàn.", "Anh ấy chỉ ghi bàn." (only), "Ai ghi bàn thắng thắng?"
    ("Who scored?", "Ai ghi bàn?"),
    ("Who scored first?", "Ai ghi bàn trước?"),
    ("Which team scored first?", "Đội nào ghi bàn trước?"),
    ("Who scored the winning goal?", "Ai ghi bàn thắng quyết định?"),
    ("Who scored last night?", "Tối qua ai ghi bàn?"),
    ("He scored two goals.", "Anh ấy ghi hai bàn."),
    ("He scored twice.", "Anh ấy ghi hai bàn."),
    ("She scored a goal.", "Cô ấy ghi một bàn."),
    ("He scored.", "Anh ấy ghi bàn."),
    ("He scored a hat-trick.", "Anh ấy lập hat-trick."),
    ("My brother scored two goals.", "Anh trai tôi ghi hai bàn."),
    ("Vietnam scored first.", "Việt Nam ghi bàn trước."),
    ("My team scored twice last night.", "Tối qua đội tôi ghi hai bàn."),
    ("Did he score?", "Anh ấy có ghi bàn không?"),
    ("He didn't score.", "Anh ấy không ghi bàn."),
    ("Nobody scored.", "Không ai ghi bàn."),
    ("He's just scored.", "Anh ấy vừa ghi bàn."),
    ("He'll score.", "Anh ấy sẽ ghi bàn."),
    # leading, and at half time; v8: "Việt Nam là 1-0 hàng đầu.", "Họ mất 2-nil vào một nửa thời gian."
    ("Vietnam are leading 1-0.", "Việt Nam đang dẫn 1-0."),
    ("We're leading two-one.", "Chúng tôi đang dẫn 2-1."),
    ("They're losing two-nil at half time.", "Họ đang thua 0-2 sau hiệp một."),
    ("We're winning one-nil at half time.", "Chúng tôi đang thắng 1-0 sau hiệp một."),
    # not: bad agreement ("He have", "They has", "We is", "Did he scored", "two goal"), a day that does not fit the
    # tense, a score that does not fit the result, England ("Anh" is also you), a result not going on at half time,
    # other topics (marks on a test, drawing, flats), "Will he score?" (asked ahead)
    ("He have just scored.", None), ("They has just scored.", None), ("We is leading 2-1.", None),
    ("Did he scored?", None), ("He scored two goal.", None), ("He scored a goals.", None),
    ("He scored two goals tomorrow.", None), ("It was a draw tomorrow.", None), ("We drew two-one.", None),
    ("We won nil-one.", None), ("It was a two-one draw.", None), ("England scored.", None),
    ("We won two-one at half time.", None), ("She scored 90 on the test.", None), ("I like to draw.", None),
    ("We have two one-bedroom flats.", None), ("Will he score?", None), ("Did nobody score?", None),
    # mt/matches.py's
    ("We won 3-1.", None), ("What's the score?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
