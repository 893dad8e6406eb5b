"""Crafts: pottery and paper folding learnt, liked, done, gone to, and things made, both ways (mt/crafts.py)."""
import pytest

from mt.crafts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm studying stains.", "I want to learn squiring.", "Lan is learning to fold the paper."
    ("Tôi đang học làm gốm.", "I'm learning pottery."),
    ("Tôi muốn học nặn gốm.", "I want to learn pottery."),
    ("Lan đang học gấp hạc giấy.", "Lan is learning to fold paper cranes."),
    ("Bạn có muốn học làm gốm không?", "Do you want to learn pottery?"),
    ("Bạn có muốn học gấp giấy không?", "Do you want to learn origami?"),
    ("Bạn có đang học làm gốm không?", "Are you learning pottery?"),
    ("Mẹ tôi không muốn học làm gốm.", "My mother doesn't want to learn pottery."),
    ("Con tôi vừa bắt đầu học gấp hạc giấy.", "My child has just started learning to fold paper cranes."),
    ("Cô ấy mới bắt đầu học làm gốm.", "She's just started learning pottery."),
    ("Chúng tôi đang học gấp máy bay giấy.", "We're learning to make paper planes."),
    # v8: "I like folding papers.", "My mother loves squiring.", "Do you like folding papers?"
    ("Con tôi thích gấp giấy.", "My child likes origami."),
    ("Mẹ tôi rất thích làm gốm.", "My mother really likes pottery."),
    ("Bạn có thích gấp giấy không?", "Do you like origami?"),
    ("Tôi không thích làm gốm.", "I don't like pottery."),
    ("Con trai tôi mê gấp máy bay giấy.", "My son loves making paper planes."),
    ("Bạn có mê gấp hạc giấy không?", "Do you love folding paper cranes?"),
    ("Con gái tôi thích gấp hạc giấy lắm.", "My daughter really likes folding paper cranes."),
    ("Chúng tôi thích làm gốm.", "We like pottery."),
    # v8: "Do you know the paper folding?", "My son knows folding paper planes.", "I don't know how to do it."
    ("Bạn có biết gấp hạc giấy không?", "Can you fold a paper crane?"),
    ("Con trai tôi biết gấp máy bay giấy.", "My son can make a paper plane."),
    ("Tôi không biết làm gốm.", "I can't make pottery."),
    ("Tôi chưa biết làm gốm.", "I can't make pottery yet."),
    ("Lan biết gấp giấy.", "Lan can do origami."),
    ("Anh ấy có biết làm gốm không?", "Can he make pottery?"),
    # v8: "This weekend, we'll go to stain in the Count of Green tea.", "Yesterday, we went to work stained in Report
    # overflow.", "We'll go to Teash that causes stains."
    ("Cuối tuần này chúng tôi đi làm gốm ở Bát Tràng.", "We're going to do pottery in Bat Trang this weekend."),
    ("Chúng tôi đi làm gốm ở Bát Tràng cuối tuần này.", "We're going to do pottery in Bat Trang this weekend."),
    ("Hôm qua chúng tôi đi làm gốm ở Bát Tràng.", "We went to do pottery in Bat Trang yesterday."),
    ("Hôm qua chúng tôi đi Bát Tràng làm gốm.", "We went to do pottery in Bat Trang yesterday."),
    ("Chúng tôi sẽ đi Bát Tràng làm gốm.", "We're going to do pottery in Bat Trang."),
    ("Ngày mai, tôi sẽ đi làm gốm.", "I'm going to do pottery tomorrow."),
    ("Tuần sau mẹ tôi sẽ đi làm gốm ở làng gốm Bát Tràng.",
     "My mother is going to do pottery in Bat Trang pottery village next week."),
    ("Cuối tuần này bạn có đi làm gốm không?", "Are you going to do pottery this weekend?"),
    ("Hôm qua bạn có đi làm gốm ở Bát Tràng không?", "Did you go to do pottery in Bat Trang yesterday?"),
    ("Tôi đã đi làm gốm.", "I went to do pottery."),
    ("Bạn có muốn đi làm gốm ở Bát Tràng không?", "Do you want to go and do pottery in Bat Trang?"),
    ("Tôi không muốn đi làm gốm.", "I don't want to go and do pottery."),
    # v8: "My daughter was folding a paper down.", "I did a stained comment in the Greens.", "I'm folding one hundred
    # papers.", "My younger brother folding paper planes."
    ("Con gái tôi vừa gấp một con hạc giấy.", "My daughter has just folded a paper crane."),
    ("Tôi đã làm một cái bình gốm ở Bát Tràng.", "I made a clay vase in Bat Trang."),
    ("Tôi đã tự làm một cái bình gốm ở Bát Tràng.", "I made a clay vase myself in Bat Trang."),
    ("Con tôi gấp được một trăm con hạc giấy rồi.", "My child has folded a hundred paper cranes."),
    ("Con tôi đã gấp được 20 con hạc giấy rồi.", "My child has folded 20 paper cranes."),
    ("Mẹ tôi đang nặn một cái bát gốm.", "My mother is making a clay bowl."),
    ("Em trai tôi đang gấp máy bay giấy.", "My younger brother is folding paper planes."),
    ("Chúng tôi vừa làm hai cái cốc gốm.", "We've just made two clay mugs."),
    ("Bác Lan đã tự làm một cái cốc gốm.", "Aunt Lan made a clay mug herself."),
    ("Tôi đã làm một chiếc máy bay giấy.", "I made a paper plane."),
    # not: a plain "học" or "làm gốm" (lessons, a habit or a job?), "đi làm gốm" with no day or tense word (work?), a
    # day against the tense, asked without "có … không", a "?" on a statement, "thế" ending one, a pet, "anh", "em"
    # alone saying it, "không … lắm", things made with no tense word or asked, a classifier a thing does not take,
    # "gấp" of clay, a name's own doing ("tự": himself or herself?), "gấp được" alone (did, or can?), and "gấp" as
    # urgent
    ("Tôi học làm gốm.", None), ("Bố tôi làm gốm.", None), ("Tôi đi làm gốm.", None),
    ("Hôm qua tôi sẽ đi làm gốm.", None), ("Ngày mai tôi đã đi làm gốm.", None), ("Hôm qua tôi muốn đi làm gốm.", None),
    ("Bạn thích gấp giấy không?", None), ("Bạn biết gấp hạc giấy không?", None), ("Tôi thích gấp giấy?", None),
    ("Tôi thích làm gốm thế.", None), ("Con mèo của tôi thích gấp giấy.", None), ("Anh thích làm gốm.", None),
    ("Em thích gấp giấy.", None), ("Tôi không thích làm gốm lắm.", None), ("Tôi rất mê làm gốm.", None),
    ("Con tôi gấp một con hạc giấy.", None), ("Bạn đã làm một cái bát gốm chưa?", None),
    ("Tôi đã gấp một chiếc hạc giấy.", None), ("Tôi đã gấp một cái bình gốm.", None),
    ("Lan đã tự gấp một con hạc giấy.", None), ("Con tôi gấp được một trăm con hạc giấy.", None),
    ("Tôi cần gấp giấy.", None), ("Tôi thích làm gốm trên bàn xoay.", None), ("Tôi có biết làm gốm không?", None),
    ("Tôi đang gấp chăn.", None), ("I'm learning pottery.", None),
    # not: "mới" before a count (just, or only so far? "mới gấp được mười con": only ten yet), and a clay thing being
    # made with no count (one or many? and "đang làm bình gốm" may be her work)
    ("Con tôi mới gấp được mười con hạc giấy.", None), ("Tôi mới làm hai cái bát gốm.", None),
    ("Tôi mới làm một cái bình gốm.", None), ("Con tôi đang làm bát gốm.", None),
    ("Mẹ tôi đang làm bình gốm ở Bát Tràng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang học khoai tây.", "Tôi muốn học hoặcigami.", "Anh ta đang học cách gấp đôi cát giấy.", "Tôi vừa bắt
    # đầu học khoai tây.", "Bạn đang học khoai tây không?"
    ("I'm learning pottery.", "Tôi đang học làm gốm."),
    ("I want to learn origami.", "Tôi muốn học gấp giấy."),
    ("He's learning to fold paper cranes.", "Anh ấy đang học gấp hạc giấy."),
    ("I've just started learning pottery.", "Tôi vừa bắt đầu học làm gốm."),
    ("Are you learning pottery?", "Bạn có đang học làm gốm không?"),
    ("Do you want to learn origami?", "Bạn có muốn học gấp giấy không?"),
    ("My son is learning how to make paper planes.", "Con trai tôi đang học gấp máy bay giấy."),
    # v8: "Con tôi thích hayigami.", "Con trai tôi yêu hayigami.", "Bạn có thích khoai tây không?"
    ("My child likes origami.", "Con tôi thích gấp giấy."),
    ("My son loves origami.", "Con trai tôi rất thích gấp giấy."),
    ("Do you like origami?", "Bạn có thích gấp giấy không?"),
    ("Do you love making pottery?", "Bạn có mê làm gốm không?"),
    ("My mother doesn't like origami.", "Mẹ tôi không thích gấp giấy."),
    ("Does he love making paper planes?", "Anh ấy có mê gấp máy bay giấy không?"),
    ("We enjoy pottery.", "Chúng tôi thích làm gốm."),
    # v8: "Bạn có thể gấp một cơn bão giấy không?", "Cô ấy có thể làm khoai tây.", "Con trai tôi có thể làm máy bay
    # giấy."
    ("Can you fold a paper crane?", "Bạn có biết gấp hạc giấy không?"),
    ("She can make pottery.", "Cô ấy biết làm gốm."),
    ("My son can make a paper plane.", "Con trai tôi biết gấp máy bay giấy."),
    ("I can't do origami yet.", "Tôi chưa biết gấp giấy."),
    ("Does he know how to make paper planes?", "Anh ấy có biết gấp máy bay giấy không?"),
    ("She knows how to do origami.", "Cô ấy biết gấp giấy."),
    ("I don't know how to make pottery.", "Tôi không biết làm gốm."),
    # v8: "Chúng tôi sẽ làm khoai tây ở Bat Page cuối tuần này.", "Chúng tôi đến để làm khoai tây ở Bat Page hôm qua."
    ("We're going to do pottery in Bat Trang this weekend.", "Cuối tuần này chúng tôi đi làm gốm ở Bát Tràng."),
    ("We went to do pottery in Bat Trang yesterday.", "Hôm qua chúng tôi đi làm gốm ở Bát Tràng."),
    ("Did you go to do pottery last weekend?", "Cuối tuần trước bạn có đi làm gốm không?"),
    ("Are you going to do pottery this weekend?", "Cuối tuần này bạn có đi làm gốm không?"),
    ("We're going to do pottery in Bat Trang.", "Chúng tôi sẽ đi làm gốm ở Bát Tràng."),
    ("I want to go and do pottery.", "Tôi muốn đi làm gốm."),
    ("My mother went to do pottery.", "Mẹ tôi đã đi làm gốm."),
    # v8: "Đứa con gái của tôi vừa gấp một mảnh giấy.", "Tôi đã tô một cái tô lìa."
    ("My daughter has just folded a paper crane.", "Con gái tôi vừa gấp một con hạc giấy."),
    ("I made a clay bowl.", "Tôi đã làm một cái bát gốm."),
    ("We've folded a hundred paper cranes.", "Chúng tôi đã gấp một trăm con hạc giấy rồi."),
    ("She's making a clay vase.", "Cô ấy đang làm một cái bình gốm."),
    ("She's folding paper cranes.", "Cô ấy đang gấp hạc giấy."),
    ("I made a clay bowl myself in Bat Trang.", "Tôi đã tự làm một cái bát gốm ở Bát Tràng."),
    ("My mother made a clay mug herself.", "Mẹ tôi đã tự làm một cái cốc gốm."),
    ("Lan folded two paper planes.", "Lan đã gấp hai chiếc máy bay giấy."),
    ("My son made 100 paper cranes.", "Con trai tôi đã gấp 100 con hạc giấy."),
    # not: a verb or a count that does not agree ("She have", "He like", "a clay bowls"), "himself" of a mother, clay
    # folded, "Can we …?" (may we?), a pet, a day against the tense, a "?" on a statement or none on a question, "made
    # paper cranes" (one or many?), love denied, "I" asked, other meanings of "paper" and "clay", and Vietnamese
    ("My mother made a clay mug himself.", None), ("She have made a clay bowl.", None), ("I made a clay bowls.", None),
    ("Can we make pottery?", None), ("He like origami.", None), ("My dog likes origami.", None),
    ("We're going to do pottery in Bat Trang yesterday.", None), ("I folded a clay bowl.", None),
    ("I'm learning pottery?", None), ("Do you like pottery.", None), ("I made paper cranes.", None),
    ("I don't love pottery.", None), ("Am I learning pottery?", None), ("I read the paper.", None),
    ("The clay is wet.", None), ("I make pottery.", None), ("Are we going to do pottery this weekend?", None),
    ("Tôi đang học làm gốm.", None),
    # not: "pottery" liked or loved (the craft, or the pots? "I love pottery" may collect them)
    ("Do you like pottery?", None), ("I love pottery.", None), ("My mother loves pottery.", None),
    ("He doesn't like pottery.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
