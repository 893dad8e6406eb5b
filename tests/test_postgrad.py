"""Studying for a master's, a PhD or a second degree, what or where in, working at once, having one, and having
finished or got one, both ways (mt/postgrad.py)."""
import pytest

from mt.postgrad import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm studying the doctor.", "She's working on study in Japan.", "I study text with two.", "Lan is studying
    # the doctor in France.", "We're studying our doctor.", "Are you studying high school?"
    ("Tôi đang học thạc sĩ.", "I'm doing a master's degree."),
    ("Tôi học văn bằng hai.", "I'm doing a second degree."),
    ("Chị tôi đang làm nghiên cứu sinh ở Nhật.", "My sister is doing a PhD in Japan."),
    ("Lan đang học tiến sĩ ở Pháp.", "Lan is doing a PhD in France."),
    ("Mẹ tôi đang học cao học.", "My mother is doing a master's degree."),
    ("Chúng tôi đang học thạc sĩ ngành kinh tế.", "We're doing a master's degree in economics."),
    ("Anh ấy học văn bằng hai ngành luật.", "He's doing a second degree in law."),
    ("Cô ấy đang học thạc sĩ ở nước ngoài.", "She's doing a master's degree abroad."),
    ("Tôi đang học thạc sỹ.", "I'm doing a master's degree."),
    ("Bố tôi đang làm nghiên cứu sinh.", "My father is doing a PhD."),
    ("Bạn có đang học thạc sĩ không?", "Are you doing a master's degree?"),
    ("Bạn đang học thạc sĩ à?", "Are you doing a master's degree?"),
    # v8: "I've learned the doctor in the UK."
    ("Anh tôi đã học thạc sĩ ở Anh.", "My brother did a master's degree in the UK."),
    ("Bạn đã học thạc sĩ à?", "Did you do a master's degree?"),
    # v8: "Next year, I'll study Dr.", "I want to study the doctor.", "Do you want to study Dr.?", "Next year, my
    # sister is planning to study high school."
    ("Năm sau tôi sẽ học tiến sĩ.", "I'm going to do a PhD next year."),
    ("Tôi sẽ học thạc sĩ năm sau.", "I'm going to do a master's degree next year."),
    ("Tôi sẽ không học tiến sĩ.", "I'm not going to do a PhD."),
    ("Tôi muốn học thạc sĩ.", "I want to do a master's degree."),
    ("Em gái tôi muốn học thạc sĩ ở Úc.", "My sister wants to do a master's degree in Australia."),
    ("Bạn có muốn học tiến sĩ không?", "Do you want to do a PhD?"),
    ("Tôi không muốn học tiến sĩ.", "I don't want to do a PhD."),
    ("Anh ấy định học thạc sĩ.", "He's planning to do a master's degree."),
    ("Năm sau chị tôi dự định học cao học.", "My sister is planning to do a master's degree next year."),
    ("Bạn có định học tiến sĩ không?", "Are you planning to do a PhD?"),
    # v8: "What do you learn the industry?", "What do I learn the industry?", "Where did you study the doctor?"
    ("Bạn đang học thạc sĩ ngành gì?", "What are you doing your master's in?"),
    ("Chị tôi đang học tiến sĩ ngành gì?", "What is my sister doing her PhD in?"),
    ("Anh ấy đang làm nghiên cứu sinh ngành gì?", "What is he doing his PhD in?"),
    ("Bạn đang học thạc sĩ ở đâu?", "Where are you doing your master's?"),
    ("Bạn đã học thạc sĩ ở đâu?", "Where did you do your master's?"),
    # v8: "I'm just went to work studying my doctor.", "I just learned to do it."
    ("Tôi vừa đi làm vừa học thạc sĩ.", "I'm working and doing a master's at the same time."),
    ("Tôi vừa học thạc sĩ vừa đi làm.", "I'm doing a master's and working at the same time."),
    ("Tôi vừa học vừa đi làm.", "I'm studying and working at the same time."),
    ("Mẹ tôi vừa làm vừa học cao học.", "My mother is working and doing a master's at the same time."),
    ("Bạn có vừa đi làm vừa học không?", "Are you working and studying at the same time?"),
    ("Bạn vừa đi làm vừa học thạc sĩ à?", "Are you working and doing a master's at the same time?"),
    # v8: "He has an economic officer.", "My mother has a doctor.", "She has been with the doctor.", "I have two
    # texts."
    ("Anh ấy có bằng thạc sĩ kinh tế.", "He has a master's degree in economics."),
    ("Mẹ tôi có bằng tiến sĩ.", "My mother has a PhD."),
    ("Anh ấy có bằng tiến sĩ vật lý.", "He has a PhD in physics."),
    ("Tôi có văn bằng hai.", "I have a second degree."),
    ("Bạn có bằng thạc sĩ không?", "Do you have a master's degree?"),
    ("Tôi không có bằng thạc sĩ.", "I don't have a master's degree."),
    ("Cô ấy đã có bằng thạc sĩ rồi.", "She already has a master's degree."),
    # (more than one: each has one of their own, not "They have a PhD.")
    ("Họ có bằng tiến sĩ.", "They have PhDs."),
    ("Chúng tôi có bằng thạc sĩ kinh tế.", "We have master's degrees in economics."),
    ("Họ không có bằng tiến sĩ.", "They don't have PhDs."), ("Họ có bằng tiến sĩ không?", "Do they have PhDs?"),
    ("Chúng tôi đã có bằng thạc sĩ rồi.", "We already have master's degrees."),
    ("Họ có văn bằng hai.", "They have second degrees."),
    # v8: "I've learned the doctor.", "In the last year, she took the doctor.", "Have you studied the doctor yet?",
    # "He has not yet studied the doctor."
    ("Tôi vừa học xong thạc sĩ.", "I've just finished my master's degree."),
    ("Chị tôi vừa lấy bằng tiến sĩ.", "My sister has just got her PhD."),
    ("Bác Lan vừa học xong thạc sĩ.", "Aunt Lan has just finished her master's degree."),
    ("Chúng tôi vừa học xong văn bằng hai.", "We've just finished our second degree."),
    ("Năm ngoái cô ấy lấy bằng tiến sĩ.", "She got her PhD last year."),
    ("Anh ấy tốt nghiệp thạc sĩ năm ngoái.", "He finished his master's degree last year."),
    ("Tôi đã học xong thạc sĩ rồi.", "I've finished my master's degree."),
    ("Bạn học xong thạc sĩ chưa?", "Have you finished your master's degree yet?"),
    ("Bạn đã lấy bằng thạc sĩ chưa?", "Have you got your master's degree yet?"),
    ("Anh ấy chưa học xong tiến sĩ.", "He hasn't finished his PhD yet."),
    # not: now or past ("ở Anh" with no tense word, "không" alone), does, did or will ("có … không?" with no
    # tense), "mới" (just, or not until?), a plain "học xong" (ahead?), a "?" on a statement, "anh" saying it, a pet,
    # "I" asked, "vừa làm vừa học" (also learning on the job), "là tiến sĩ" (Dr.?), a thesis (mt/theses.py), a
    # subject with no degree (mt/studies.py), a name's whose, "có" with no "không", a day with no tense word, a
    # city, "lấy văn bằng hai", "làm thạc sĩ", "nhỉ", "vừa … rồi", English
    ("Tôi học thạc sĩ ở Anh.", None), ("Tôi không học thạc sĩ.", None), ("Bạn có học thạc sĩ không?", None),
    ("Tôi mới học xong thạc sĩ.", None), ("Tôi học xong thạc sĩ.", None), ("Tôi đang học thạc sĩ?", None),
    ("Anh học thạc sĩ.", None), ("Con mèo của tôi đang học thạc sĩ.", None),
    ("Tôi có đang học thạc sĩ không?", None), ("Tôi vừa làm vừa học.", None), ("Mẹ tôi là tiến sĩ.", None),
    ("Tiến sĩ Lan đang học tiếng Anh.", None), ("Tôi đang viết luận văn thạc sĩ.", None),
    ("Tôi học ngành kinh tế.", None), ("Lan học tiến sĩ ngành gì?", None), ("Lan vừa học xong thạc sĩ.", None),
    ("Bạn có học thạc sĩ?", None), ("Bạn học thạc sĩ không?", None), ("Ông tôi học thạc sĩ năm sau.", None),
    ("Năm ngoái tôi học thạc sĩ.", None), ("Tôi đang học cao học ở Hà Nội.", None),
    ("Tôi vừa lấy văn bằng hai.", None), ("Tôi làm thạc sĩ.", None), ("Tôi học nghiên cứu sinh.", None),
    ("Tôi đang học thạc sĩ nhỉ.", None), ("Tôi vừa học xong thạc sĩ rồi.", None),
    ("Tôi vừa học thạc sĩ.", None), ("Bạn có bằng thạc sĩ?", None), ("Tôi học thạc sĩ ở nước ngoài.", None),
    ("Tôi đang học thạc sĩ năm nay.", None), ("I'm doing a master's degree.", None),
    # ... and what or where with no word for the tense: asked as often of a degree long done ("Where did you do …?")
    ("Bạn học thạc sĩ ngành gì?", None), ("Bạn học thạc sĩ ở đâu?", None), ("Chị tôi học tiến sĩ ngành gì?", None),
    ("Anh ấy làm nghiên cứu sinh ngành gì?", None), ("Anh học thạc sĩ ở đâu?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang làm mức độ chủ nhân.", "Chị của tôi đang làm PhD ở Nhật.", "Tôi đang làm một độ hai.", "Bạn có
    # làm chủ nhân không?", "Chúng tôi đang làm mức độ chủ yếu.", "Em tôi đã làm chủ nhân ở Anh."
    ("I'm doing a master's degree.", "Tôi đang học thạc sĩ."),
    ("I'm doing a master's.", "Tôi đang học thạc sĩ."),
    ("My sister is doing a PhD in Japan.", "Em gái tôi đang làm nghiên cứu sinh ở Nhật Bản."),
    ("I'm doing a second degree.", "Tôi đang học văn bằng hai."),
    ("My mother is doing a master's degree.", "Mẹ tôi đang học thạc sĩ."),
    ("We're doing a master's in economics.", "Chúng tôi đang học thạc sĩ ngành kinh tế."),
    ("He's doing a second degree in law.", "Anh ấy đang học văn bằng hai ngành luật."),
    ("She's doing a master's degree abroad.", "Cô ấy đang học thạc sĩ ở nước ngoài."),
    ("I'm doing my master's in the UK.", "Tôi đang học thạc sĩ ở Anh."),
    ("Are you doing a master's?", "Bạn có đang học thạc sĩ không?"),
    ("Is Lan doing a PhD?", "Lan có đang làm nghiên cứu sinh không?"),
    ("I'm not doing a master's.", "Tôi không học thạc sĩ."),
    ("My brother did a master's in the UK.", "Anh trai tôi đã học thạc sĩ ở Anh."),
    # v8: "Tôi sẽ làm một PhD vào năm tới.", "Tôi muốn làm chủ nhân.", "Anh ta đang lên kế hoạch làm chủ nhân."
    ("I'm going to do a PhD next year.", "Năm sau tôi sẽ học tiến sĩ."),
    ("He's going to do a master's next month.", "Tháng sau anh ấy sẽ học thạc sĩ."),
    ("I'm not going to do a PhD.", "Tôi sẽ không học tiến sĩ."),
    ("I want to do a master's.", "Tôi muốn học thạc sĩ."),
    ("My sister wants to do a master's in Australia.", "Em gái tôi muốn học thạc sĩ ở Úc."),
    ("Do you want to do a PhD?", "Bạn có muốn học tiến sĩ không?"),
    ("I don't want to do a PhD.", "Tôi không muốn học tiến sĩ."),
    ("He's planning to do a master's.", "Anh ấy định học thạc sĩ."),
    ("He plans to do a master's next year.", "Năm sau anh ấy định học thạc sĩ."),
    ("Are you going to do a PhD?", "Bạn có định học tiến sĩ không?"),
    # v8: "Bạn đang làm gì cho chủ nhân của mình?", "Chị gái của bạn đang làm gì?", "Bạn làm chủ của mình ở đâu?"
    ("What are you doing your master's in?", "Bạn học thạc sĩ ngành gì?"),
    ("What is your sister doing her PhD in?", "Em gái bạn học tiến sĩ ngành gì?"),
    ("Where are you doing your PhD?", "Bạn học tiến sĩ ở đâu?"),
    ("Where did you do your master's?", "Bạn đã học thạc sĩ ở đâu?"),
    # v8: "Tôi đang làm việc và làm đúng giờ.", "Cô ấy đang học và làm việc cùng lúc."
    ("I'm working and doing a master's at the same time.", "Tôi vừa đi làm vừa học thạc sĩ."),
    ("She's studying and working at the same time.", "Cô ấy vừa học vừa đi làm."),
    ("Are you working and studying at the same time?", "Bạn có vừa đi làm vừa học không?"),
    # v8: "Anh ấy có mức độ chủ yếu trong kinh tế học.", "Mẹ tôi có PhD.", "Cô ấy đã có mức độ chủ nhân.", "Tôi có
    # mức độ thứ hai."
    ("He has a master's degree in economics.", "Anh ấy có bằng thạc sĩ kinh tế."),
    ("My mother has a PhD.", "Mẹ tôi có bằng tiến sĩ."),
    ("She has a PhD in physics.", "Cô ấy có bằng tiến sĩ vật lý."),
    ("I have a second degree.", "Tôi có văn bằng hai."),
    ("Do you have a master's degree?", "Bạn có bằng thạc sĩ không?"),
    ("Does your brother have a PhD?", "Anh trai bạn có bằng tiến sĩ không?"),
    ("I don't have a master's degree.", "Tôi không có bằng thạc sĩ."),
    ("She already has a master's degree.", "Cô ấy đã có bằng thạc sĩ rồi."),
    # v8: "Tôi vừa mới hoàn thành chủ nhân của tôi.", "Cô ấy đã nhận được PhD năm ngoái.", "Bạn có hoàn thành chủ
    # nhân của mình chưa?", "Anh ta chưa hoàn thành PhD."
    ("I've just finished my master's.", "Tôi vừa học xong thạc sĩ."),
    ("My sister just got her PhD.", "Em gái tôi vừa lấy bằng tiến sĩ."),
    ("She got her PhD last year.", "Năm ngoái cô ấy lấy bằng tiến sĩ."),
    ("He finished his master's degree last year.", "Năm ngoái anh ấy học xong thạc sĩ."),
    ("I've finished my master's degree.", "Tôi học xong thạc sĩ rồi."),
    ("Have you finished your master's yet?", "Bạn đã học xong thạc sĩ chưa?"),
    ("Has she got her PhD yet?", "Cô ấy đã lấy bằng tiến sĩ chưa?"),
    ("He hasn't finished his PhD yet.", "Anh ấy chưa học xong tiến sĩ."),
    # not: verbs that do not agree with who, another's degree, a pet, "I" asked, a "?" on a statement, neither or
    # both working, a day the tense does not allow, "I've got my master's" (had, or got?), "studying for", a
    # university, a day with "doing", a second degree got, Vietnamese
    ("She have a PhD.", None), ("He are doing a master's.", None), ("Does you have a PhD?", None),
    ("I wants to do a PhD.", None), ("He want to do a master's.", None), ("I'm doing her master's.", None),
    ("My dog is doing a PhD.", None), ("Am I doing a master's?", None), ("I'm doing a master's?", None),
    ("I'm working and working at the same time.", None), ("He did a PhD next year.", None),
    ("She finished her PhD next year.", None), ("I've got my master's degree.", None),
    ("I'm studying for a master's degree.", None), ("I have a master's degree from Harvard.", None),
    ("I'm doing a master's this week.", None), ("She got her second degree.", None),
    ("My sister has finished his PhD.", None), ("Have you finished your master's?", None),
    ("Tôi đang học thạc sĩ.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
