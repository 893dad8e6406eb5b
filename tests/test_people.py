"""Sentences about someone written by rule (mt/people.py): height and weight, school, an age reached, retired."""
import pytest

from mt.people import hints, performer, translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # height and weight (v6: "I was 1.70 m.", "I'm a met seven meters.", "I weigh 55 characters.", "How much are you
    # tall?")
    ("Tôi cao 1m70.", "I'm 1.70 m tall."), ("Tôi cao 1m7.", "I'm 1.70 m tall."),
    ("Anh ấy cao 1 mét 80.", "He's 1.80 m tall."), ("Tôi cao một mét bảy lăm.", "I'm 1.75 m tall."),
    ("Cô ấy cao khoảng 1,6 m.", "She's about 1.60 m tall."), ("Con trai tôi cao 120 cm.", "My son is 120 cm tall."),
    ("Tôi nặng 55 ký.", "I weigh 55 kg."), ("Mẹ tôi nặng 50,5 cân.", "My mother weighs 50.5 kg."),
    ("Bạn cao bao nhiêu?", "How tall are you?"), ("Con trai bạn cao bao nhiêu?", "How tall is your son?"),
    ("Bạn nặng bao nhiêu cân?", "How much do you weigh?"),
    ("Bạn cao 1m70.", None), ("Tôi cao bao nhiêu.", None),
    # school (v6: "My younger brother is learning three.", "My daughter learned the pattern.", "I'm the last year
    # student.")
    ("Em trai tôi đang học cấp ba.", "My younger brother is in high school."),
    ("Con gái tôi học mẫu giáo.", "My daughter is in kindergarten."),
    ("Chị gái tôi đang học đại học.", "My sister is at university."),
    ("Tôi là sinh viên năm cuối.", "I'm a final-year student."),
    ("Tôi học tiếng Anh.", None),
    # an age reached (v6: "My son grew six.", "I was six.")
    ("Con trai tôi năm nay lên sáu.", "My son turns six this year."),
    ("Tôi sẽ tròn 30 tuổi năm sau.", "I'll turn 30 next year."),
    ("Con tôi lên ba.", "My child is turning three."),
    ("Con tôi năm nay lên sáu tháng sau.", None),
    # retired (v6: "My father was retired.", "My parents were retired.")
    ("Bố tôi đã nghỉ hưu.", "My father is retired."), ("Bố mẹ tôi đã nghỉ hưu.", "My parents are retired."),
    ("Tôi nghỉ hưu rồi.", "I'm retired."), ("Tôi nghỉ hưu năm ngoái.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Anh ta cao to 1,8 mét.", "Con trai cao của bạn như thế nào?", "Tôi là một sinh viên thứ hai.", "Em tôi ở
    # trường trung học cao.", "Con trai của tôi biến thành sáu tháng tới."
    ("He is 1.8 metres tall.", "Anh ấy cao 1,8 m."), ("She's 165 cm tall.", "Cô ấy cao 165 cm."),
    ("I'm 2 m tall.", "Tôi cao 2 m."), ("I weigh 60 kg.", "Tôi nặng 60 kg."),
    ("How tall is your son?", "Con trai bạn cao bao nhiêu?"), ("How tall are you?", "Bạn cao bao nhiêu?"),
    ("My brother is in high school.", "Anh trai tôi đang học cấp ba."),
    ("My daughter is in kindergarten.", "Con gái tôi đang học mẫu giáo."),
    ("I'm a second-year student.", "Tôi là sinh viên năm hai."),
    ("My son turns six next month.", "Tháng sau con trai tôi lên sáu tuổi."),
    ("I'm turning 30 this year.", "Năm nay tôi lên 30 tuổi."),
    ("My son will turn six next month.", "Tháng sau con trai tôi sẽ lên sáu tuổi."),
    ("The door is 2 m tall.", None), ("He is in the kitchen.", None), ("The page turns.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_bundled_model_keeps_the_height_the_rule_wrote(bundled):
    # the numbers of a sentence written by rule are not mended to the source's ("1m70" has 1 and 70: "I'm 1 m tall.")
    t = Translator.load(bundled)
    assert t.translate(["Tôi cao 1m70.", "Anh ấy cao 1 mét 80."], "vi", "en") == [
        "I'm 1.70 m tall.", "He's 1.80 m tall."]


def test_work_at_a_place_is_given_to_the_model_as_lam_viec():
    text = "Tôi làm ở một công ty phần mềm, còn vợ tôi làm tại bệnh viện."
    assert [(text[m.start:m.end], m.replacement) for m in hints(text, "vi", "en")] == [
        ("làm", "làm việc"), ("làm", "làm việc")]
    assert hints("Tôi làm bài tập ở nhà.", "vi", "en") == [] and hints(text, "en", "vi") == []


@pytest.mark.parametrize("text, said", [
    ("Bạn làm ở đâu?", "Where do you work?"), ("Bố tôi làm việc ở đâu?", "Where does my father work?"),
    ("Anh ấy đang làm ở đâu vậy?", "Where does he work?"), ("Tôi làm ở đâu?", None), ("Bạn làm ở đâu.", None),
])
def test_where_someone_works_asked(text, said):
    # (v8 reads the "làm việc" shown for "Bạn làm ở đâu?" as the past: "Where did you work?")
    assert translate(text, "vi", "en") == said


def test_the_bundled_model_says_where_someone_works(bundled):
    t = Translator.load(bundled)  # v6 alone: "I do in a software company.", "Where do you do?"
    assert t.translate(["Tôi làm ở một công ty phần mềm.", "Bạn làm ở đâu?"], "vi", "en") == [
        "I work in a software company.", "Where do you work?"]


def test_a_friend_is_given_to_the_model_as_ban_cua_toi():
    text = "Tôi đợi bạn tôi và bạn thân anh ấy. Bạn tôi ấy à?"
    assert [(text[m.start:m.end], m.replacement) for m in hints(text, "vi", "en")] == [(" ", " của "), (" ", " của ")]


def test_the_bundled_model_says_my_friend(bundled):
    t = Translator.load(bundled)  # v6 alone: "I'm waiting for you.", "You live in Hanoi."; "Tôi đang đợi bạn."
    waiting, lives = t.translate(["Tôi đang đợi bạn tôi.", "Bạn tôi sống ở Hà Nội."], "vi", "en")
    assert waiting == "I'm waiting for my friend." and lives.startswith("My friend ")
    assert t.translate(["I'm waiting for my friend."], "en", "vi") == ["Tôi đang đợi bạn tôi."]


@pytest.mark.parametrize("text, said", [
    # v6: "My sister younger than I'm three years old.", "I'm two years old."
    ("Em gái tôi trẻ hơn tôi ba tuổi.", "My sister is three years younger than me."),
    ("Tôi lớn hơn anh ấy hai tuổi.", "I'm two years older than him."),
    ("Anh trai tôi hơn tôi 5 tuổi.", "My brother is 5 years older than me."),
    ("Tôi kém chị gái tôi hai tuổi.", "I'm two years younger than my sister."),
    ("Chồng tôi lớn hơn tôi một tuổi.", "My husband is one year older than me."),
    ("Anh ấy già hơn bạn 10 tuổi.", "He's 10 years older than you."),
    # asked (v6: "How are you older than me?")
    ("Bạn lớn hơn tôi mấy tuổi?", "How much older are you than me?"),
    ("Em gái bạn kém bạn mấy tuổi vậy?", "How much younger is your sister than you?"),
    ("Tôi lớn hơn anh ấy bao nhiêu tuổi?", "How much older am I than him?"),
    # not: no years said, who not of the lists, asked without "?", "you" than "you"
    ("Anh ấy lớn hơn tôi.", None), ("Tom trẻ hơn Mary ba tuổi.", None), ("Bạn lớn hơn tôi mấy tuổi.", None),
    ("Bạn lớn hơn bạn mấy tuổi?", None),
])
def test_how_much_older(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "Chị tôi là ba tuổi trẻ hơn tôi.", "Tôi lớn hơn anh trai tôi." (the years lost)
    ("My sister is three years younger than me.", "Em gái tôi nhỏ hơn tôi ba tuổi."),
    ("I'm two years older than my brother.", "Tôi lớn hơn em trai tôi hai tuổi."),  # (younger: "em trai")
    ("I'm two years younger than my sister.", "Tôi nhỏ hơn chị gái tôi hai tuổi."),
    ("My sister is three years older than me.", "Chị gái tôi lớn hơn tôi ba tuổi."),
    ("He is 5 years older than my sister.", "Anh ấy lớn hơn em gái tôi 5 tuổi."),  # (which is older is not said)
    ("He is 5 years older than her.", "Anh ấy lớn hơn cô ấy 5 tuổi."),
    ("She's ten years younger than her husband.", "Cô ấy nhỏ hơn chồng cô ấy mười tuổi."),
    # asked (v6: "How much older than me are you?" → "Tôi lớn tuổi hơn bạn?")
    ("How much older than me are you?", "Bạn lớn hơn tôi mấy tuổi?"),
    ("How much older are you than me?", "Bạn lớn hơn tôi mấy tuổi?"),
    ("How much younger is your sister than you?", "Em gái bạn nhỏ hơn bạn mấy tuổi?"),
    ("How much older is he than my brother?", "Anh ấy lớn hơn anh trai tôi mấy tuổi?"),
    # not: who not of the lists
    ("Tom is three years younger than Mary.", None), ("How much older is Tom than you?", None),
])
def test_how_much_older_in_vietnamese(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v6: "What about the sister works?", "What do you do?" (for "Bố bạn"), "What he works?"
    ("Chồng chị làm nghề gì?", "What does your husband do?"), ("Bố bạn làm nghề gì?", "What does your father do?"),
    ("Anh ấy làm nghề gì?", "What does he do?"), ("Vợ anh ấy làm nghề gì vậy?", "What does his wife do?"),
    ("Mẹ của em làm nghề gì ạ?", "What does your mother do?"), ("Anh làm nghề gì?", "What do you do?"),
    # v6: "How old are you?" (for "Con bạn"), "How many years are birth?", "Where do you live?"
    ("Con bạn mấy tuổi rồi?", "How old is your child?"), ("Anh ấy năm nay bao nhiêu tuổi?", "How old is he?"),
    ("Mẹ bạn năm nay bao nhiêu tuổi rồi ạ?", "How old is your mother?"),
    ("Bạn sinh năm bao nhiêu?", "What year were you born?"),
    ("Bố anh sinh năm nào?", "What year was your father born?"),
    ("Bạn quê ở đâu?", "Where is your hometown?"), ("Vợ anh quê ở đâu vậy?", "Where is your wife's hometown?"),
    ("Anh ấy quê ở đâu?", "Where is his hometown?"),
    # "quê" first (v6: "Where did you get?")
    ("Quê anh ở đâu?", "Where is your hometown?"),
    ("Quê của chồng chị ở đâu vậy?", "Where is your husband's hometown?"),
    ("Quê hương anh ấy ở đâu?", "Where is his hometown?"), ("Quê tôi ở đâu?", None),
    # not: the speaker, asked without "?"
    ("Tôi làm nghề gì?", None), ("Chồng chị làm nghề gì.", None), ("Tôi bao nhiêu tuổi?", None),
])
def test_about_someone_asked(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v6: "I was in Nghe An."
    ("Quê tôi ở Nghệ An.", "My hometown is in Nghe An."), ("Quê của bố tôi là Huế.", "My father's hometown is Hue."),
    ("Quê hương tôi ở tỉnh Quảng Nam.", "My hometown is in Quang Nam."),
    ("Quê tôi ở Anh.", "My hometown is in the UK."), ("Quê anh ấy ở Thái Bình.", "His hometown is in Thai Binh."),
    # asked: _asked's (the phrase list has it too)
    ("Quê bạn ở đâu?", "Where is your hometown?"),
    # not: a place in small letters, "Thái" alone
    ("Quê tôi ở nông thôn.", None), ("Quê tôi ở Thái.", None),
])
def test_hometown(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # parents and grandparents (mt.people.PARENTS_WHOSE), the verb plural; v8: "Bố mẹ bạn quê ở đâu?" → "Where are your
    # parents home?", "Ông bà bạn năm nay bao nhiêu tuổi rồi?" → "How old are you this year old?", "Bố mẹ bạn làm ở
    # đâu?" → "Where did you work?", "Quê bố mẹ tôi ở Nghệ An." → "Give my parents in Nghe An."
    ("Bố mẹ bạn quê ở đâu?", "Where is your parents' hometown?"),
    ("Ông bà anh ấy quê ở đâu?", "Where is his grandparents' hometown?"),
    ("Bố mẹ anh quê ở đâu vậy?", "Where is your parents' hometown?"),
    ("Quê của ông bà chị ở đâu ạ?", "Where is your grandparents' hometown?"),
    ("Bố mẹ bạn làm nghề gì?", "What do your parents do?"),
    ("Ông bà bạn năm nay bao nhiêu tuổi rồi?", "How old are your grandparents?"),
    ("Quê bố mẹ tôi ở Nghệ An.", "My parents' hometown is in Nghe An."),
    ("Quê của ông bà tôi là Huế.", "My grandparents' hometown is Hue."),
    ("Bố mẹ bạn làm ở đâu?", "Where do your parents work?"),
    ("Ông bà cô ấy làm việc ở đâu?", "Where do her grandparents work?"),
    ("Bố mẹ tôi làm ở bệnh viện.", "My parents work at the hospital."),
    ("Ông bà tôi làm ở một nhà máy.", "My grandparents work at a factory."),
    # not: the year they were born (one year, or two?), a grade, asked without "?", a place in small letters
    ("Bố mẹ bạn sinh năm bao nhiêu?", None), ("Bố mẹ em học lớp mấy?", None), ("Bố mẹ bạn quê ở đâu.", None),
    ("Quê bố mẹ tôi ở nông thôn.", None),
])
def test_parents(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text", [
    # English is the model's, as for one ("Where is your mother's hometown?"): v8 says these
    "Where is your parents' hometown?", "What do your parents do?", "How old are your grandparents?",
])
def test_parents_asked_in_english_are_left(text):
    assert translate(text, "en", "vi") is None


@pytest.mark.parametrize("text, said", [
    # v6: "My room was 305.", "What are you in the room?"
    ("Phòng tôi số 305.", "My room number is 305."), ("Phòng bạn là phòng số 7.", "Your room number is 7."),
    ("Tôi ở phòng 305.", "I'm in room 305."), ("Gia đình tôi ở phòng 305.", "My family is in room 305."),
    ("Bạn ở phòng số mấy?", "What room are you in?"), ("Phòng của bạn số mấy?", "What's your room number?"),
    # not: the speaker asking, a number asked without "?", said with it
    ("Tôi ở phòng mấy?", None), ("Bạn ở phòng số mấy.", None), ("Bạn ở phòng 305?", None),
])
def test_room_number(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, src, tgt, said", [
    # the grade at school, said or asked (v6: "Em tôi đang học lớp 5." → "I am is in grade 5.", "Con bạn học lớp
    # mấy?" → "How do you learn?"; "What grade is your daughter in?" → "Đứa con gái của bạn vào lớp gì?")
    ("Em tôi đang học lớp 5.", "vi", "en", "My younger sibling is in grade 5."),
    ("Con trai tôi học lớp 12.", "vi", "en", "My son is in grade 12."),
    ("Con tôi học lớp ba.", "vi", "en", "My child is in grade 3."),  # (v6: "My child learned the third class.")
    ("Em tôi đang học lớp mười hai.", "vi", "en", "My younger sibling is in grade 12."),
    ("Con bạn học lớp mấy?", "vi", "en", "What grade is your child in?"),
    ("Bạn học lớp mấy?", "vi", "en", "What grade are you in?"),
    ("My little brother is in fifth grade.", "en", "vi", "Em trai tôi đang học lớp 5."),
    ("She's in the 9th grade.", "en", "vi", "Cô ấy đang học lớp 9."),
    ("I'm in grade 3.", "en", "vi", "Tôi đang học lớp 3."),
    ("What grade is your daughter in?", "en", "vi", "Con gái bạn học lớp mấy?"),
    ("What grade is his son in?", "en", "vi", "Con trai anh ấy học lớp mấy?"),
    # not: a grade past 12, the speaker asking of themself
    ("Con tôi học lớp 13.", "vi", "en", None), ("Tôi học lớp mấy?", "vi", "en", None),
    ("Con tôi học lớp mười ba.", "vi", "en", None),
    # the same work, more than one (v6: "Bố mẹ tôi đều là bác sĩ." → "My parents are a doctor.", "Chúng tôi là sinh
    # viên." → "We are a student."; "My parents are both doctors." → "Cha mẹ của tôi đều là cả bác sĩ.")
    ("Bố mẹ tôi đều là bác sĩ.", "vi", "en", "My parents are both doctors."),
    ("Chúng tôi là sinh viên.", "vi", "en", "We're students."),
    ("Họ đều là thư ký.", "vi", "en", "They're all secretaries."),
    ("Ông bà tôi làm nông dân.", "vi", "en", "My grandparents are farmers."),
    ("My parents are both doctors.", "en", "vi", "Bố mẹ tôi đều là bác sĩ."),
    ("We are students.", "en", "vi", "Chúng tôi là sinh viên."),
    ("Her grandparents are farmers.", "en", "vi", "Ông bà cô ấy là nông dân."),
    # not: one of them, a job not listed
    ("Bố mẹ tôi là người tốt.", "vi", "en", None), ("They are a teacher.", "en", "vi", None),
])
def test_grade_and_the_same_work(text, src, tgt, said):
    assert translate(text, src, tgt) == said


@pytest.mark.parametrize("text, src, said", [
    # v7: "I'm learning the second year of college.", "Tôi trong năm thứ hai của trường đại học."
    ("Tôi đang học năm thứ hai đại học.", "vi", "I'm a second-year university student."),
    ("Tôi học năm nhất.", "vi", "I'm a first-year student."),
    ("Em trai tôi học năm ba.", "vi", "My younger brother is a third-year student."),
    ("I'm in my second year of university.", "en", "Tôi đang học năm thứ hai đại học."),
    ("I'm in my final year.", "en", "Tôi đang học năm cuối."),
    ("My sister is in her third year at college.", "en", "Em gái tôi đang học năm thứ ba đại học."),
    ("I'm in his second year.", "en", None),
])
def test_the_year_at_university(text, src, said):
    assert translate(text, src, "en" if src == "vi" else "vi") == said


@pytest.mark.parametrize("name, may_be", [
    ("Mỹ Tâm", True), ("Sơn Tùng M-TP", True), ("BTS", True), ("The Beatles", True), ("My Tam", True),
    ("Mẹ Tôi", False), ("Học Sinh", False), ("Việt Nam", False), ("Hà Nội", False), ("Mom", False),
    ("Tonight Son Tung", False), ("nhạc jazz", False),
])
def test_a_performer_is_no_kin_common_word_or_place(name, may_be):
    assert performer(name) is may_be


@pytest.mark.parametrize("text, said", [
    # v8, every rule passing "ông nội" and "bà ngoại" over: "She was was was romantic.", "She's internally known to
    # lend.", "My internal pain has a tooth bleed.", "How old are your grandmother?"
    ("Bà ngoại tôi bị lãng tai.", "My grandmother is hard of hearing."),
    ("Bà nội tôi biết đan len.", "My grandmother can knit."),
    ("Bà nội tôi bị chảy máu chân răng.", "My grandmother has bleeding gums."),
    ("Bà ngoại của bạn bao nhiêu tuổi?", "How old is your grandmother?"),
    ("Ông nội tôi thích đọc sách.", "My grandfather likes reading."),
    ("Ông ngoại tôi nuôi gà.", "My grandfather keeps chickens."),
])
def test_a_grandparent_of_one_side_is_who(text, said):
    from mt.phrasebook import translate as by_rule
    assert by_rule(text, "vi", "en") == said


@pytest.mark.parametrize("text, src, said", [
    # every rule left these to the model before stop 66 ("chú", "dì" were not kin with whose)
    ("Chú tôi bị đau lưng.", "vi", "My uncle has a backache."),
    ("Dì tôi bị hói.", "vi", "My aunt is bald."),
    ("Dì tôi sống ở Hà Nội.", "vi", "My aunt lives in Hanoi."),
    ("Chú tôi tên là Hùng.", "vi", "My uncle's name is Hung."),
    ("My uncle has a backache.", "en", "Chú tôi bị đau lưng."),
    ("My aunt bites her nails.", "en", "Dì tôi cắn móng tay."),
    # ... nor "cô", "cậu" before stop 67 (v8: "Cô tôi là giáo viên." → "My teacher is a teacher.", "Cậu tôi đã mất năm
    # ngoái." → "We lost last year."); English writes them back "chú" and "dì"
    ("Cô tôi bị hói.", "vi", "My aunt is bald."), ("Cậu tôi sống ở Huế.", "vi", "My uncle lives in Hue."),
    ("Cô của tôi có ba con.", "vi", "My aunt has three children."),
    ("Cậu tôi đã mất năm ngoái.", "vi", "My uncle passed away last year."),
    ("Cậu của bạn sống ở đâu?", "vi", "Where does your uncle live?"),
    ("Hôm nay là sinh nhật cô tôi.", "vi", "Today is my aunt's birthday."),
    ("My aunt is bald.", "en", "Dì tôi bị hói."),
    # "cô bạn", "cậu bạn" are as often a girl or boy friend as your aunt or uncle, "cô họ" a parent's cousin; "cô",
    # "cậu" alone are "you" or "she" as much as kin; "bác" is of either sex
    ("Cô bạn đang ngủ.", "vi", None), ("Cậu bạn đang ngủ.", "vi", None), ("Cô bạn tôi bị hói.", "vi", None),
    ("Cậu bạn tôi bị hói.", "vi", None), ("Cô họ tôi bị hói.", "vi", None), ("Tôi sống với cô.", "vi", None),
    ("Bác tôi bị hói.", "vi", None), ("Chú chó của tôi đang ngủ.", "vi", None),
])
def test_a_parents_brother_or_sister_is_who(text, src, said):
    from mt.phrasebook import translate as by_rule
    assert by_rule(text, src, "en" if src == "vi" else "vi") == said
