"""A new baby's customs and facts: the one-month celebration, the first-birthday ceremony, the month of confinement,
the baby's weight, a birth so long ago and the baby's name, both ways (mt/newborns.py)."""
import pytest

from mt.newborns import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Today is full of my children.", "Tomorrow is the full month of my daughter.", "Today, it's all my sister."
    ("Hôm nay là đầy tháng con tôi.", "Today is my baby's one-month celebration."),
    ("Ngày mai là đầy tháng của con gái tôi.", "Tomorrow is my daughter's one-month celebration."),
    ("Hôm qua là thôi nôi của con trai bạn.", "Yesterday was your son's first-birthday ceremony."),
    ("Hôm nay là đầy tháng em bé à?", "Is today the baby's one-month celebration?"),
    # v8: "We cancel the criticis for the daughter.", "Next week, we'll cancel the neglect of the daughter.",
    # "Yesterday, we held full month for sons.", "We'll organize a full party for your daughter."
    ("Chúng tôi đã làm thôi nôi cho con gái.", "We held our daughter's first-birthday ceremony."),
    ("Hôm qua chúng tôi đã tổ chức đầy tháng cho con trai.", "We held our son's one-month celebration yesterday."),
    ("Tuần sau chúng tôi làm thôi nôi cho con gái.",
     "We're having our daughter's first-birthday ceremony next week."),
    ("Chúng tôi sẽ làm đầy tháng cho con trai vào chủ nhật.",
     "We're having our son's one-month celebration on Sunday."),
    ("Chúng tôi sẽ tổ chức tiệc đầy tháng cho con gái.", "We're going to hold our daughter's one-month party."),
    ("Chị tôi sắp làm đầy tháng cho con.", "My sister is having her baby's one-month celebration soon."),
    ("Bạn đã làm đầy tháng cho con chưa?", "Have you held your baby's one-month celebration yet?"),
    ("Chúng tôi chưa làm thôi nôi cho con gái.", "We haven't held our daughter's first-birthday ceremony yet."),
    ("Chúng tôi làm đầy tháng cho con rồi.", "We've already held our baby's one-month celebration."),
    ("Tôi vừa làm thôi nôi cho con trai.", "I've just held my son's first-birthday ceremony."),
    ("Ngày mai mẹ tôi làm đầy tháng cho em bé.", "My mother is having the baby's one-month celebration tomorrow."),
    # v8: "She's staying in Vui.", "I'm in the cousin.", "My wife is now.", "Are you in Vung?"
    ("Chị tôi đang ở cữ.", "My sister is doing her postpartum confinement."),
    ("Tôi đang ở cữ.", "I'm doing my postpartum confinement."),
    ("Lan vẫn đang ở cữ.", "Lan is still doing her postpartum confinement."),
    ("Bạn đang ở cữ à?", "Are you doing your postpartum confinement?"),
    ("Chị ấy có đang ở cữ không?", "Is she doing her postpartum confinement?"),
    ("Vợ tôi ở cữ xong rồi.", "My wife has finished her postpartum confinement."),
    ("Chị tôi chưa hết cữ.", "My sister hasn't finished her postpartum confinement yet."),
    ("Chị ấy hết cữ chưa?", "Has she finished her postpartum confinement yet?"),
    # v8: "The baby weighs three weights.", "At birth, your baby weighs three weights.", "How many babies weigh?"
    ("Em bé nặng ba cân rưỡi.", "The baby weighs three and a half kilos."),
    ("Lúc sinh em bé nặng ba cân rưỡi.", "The baby weighed three and a half kilos at birth."),
    ("Con tôi nặng 3,2 kg lúc sinh.", "My baby weighed 3.2 kg at birth."),
    ("Con gái tôi nặng ba cân.", "My daughter weighs three kilos."),
    ("Bé nhà tôi nặng năm cân rồi.", "My baby weighs five kilos now."),
    ("Em bé nặng bao nhiêu cân?", "How much does the baby weigh?"),
    ("Lúc sinh bé nặng bao nhiêu?", "How much did the baby weigh at birth?"),
    # v8: "I'm born for two weeks.", "She has given me birth for a month.", "How long have you been born?"
    ("Tôi mới sinh con được hai tuần.", "I gave birth just two weeks ago."),
    ("Chị tôi sinh con được một tháng rồi.", "My sister gave birth a month ago."),
    ("Tôi mới sinh được mười ngày.", "I gave birth just ten days ago."),
    ("Chúng tôi mới sinh con được ba tuần.", "We had a baby just three weeks ago."),
    ("Bạn sinh con được bao lâu rồi?", "How long ago did you give birth?"),
    ("Chị sinh con được mấy tháng rồi?", "How many months ago did you give birth?"),
    # v8: "What's your name for your child?", "We named Mai.", "We named the daughter Lan.", "Did you named me?",
    # "We haven't named us."
    ("Bạn đặt tên cho con là gì?", "What did you name your baby?"),
    ("Chúng tôi đặt tên con là Mai.", "We named our baby Mai."),
    ("Chúng tôi đặt tên cho con gái là Lan.", "We named our daughter Lan."),
    ("Bạn đã đặt tên cho em bé chưa?", "Have you named the baby yet?"),
    ("Chúng tôi chưa đặt tên cho con.", "We haven't named our baby yet."),
    ("Chị tôi định đặt tên con trai là Hùng.", "My sister is going to name her son Hung."),
    ("Bạn định đặt tên cho con là gì?", "What are you going to name your baby?"),
    # not: no tense and no day, or today alone (held, or holding?), "con" with no whose, a name alone holding or naming
    # (his or her?), a man or "we" in confinement, "ở cữ" with no "đang", a weight over six kilos, half a kilo, "con"
    # asked now (any age), a child or a name born so long ago ("Con tôi mới sinh được hai tuần."), a baby born
    # (mt/babies.py's), a name asked (mt/names.py), a "?" on a statement, "có" with no "không", a pet, English
    ("Chúng tôi làm thôi nôi cho con gái.", None), ("Chúng tôi làm đầy tháng cho con trai vào chủ nhật.", None),
    ("Hôm nay chúng tôi làm đầy tháng cho con.", None), ("Hôm nay là đầy tháng con.", None),
    ("Lan định tổ chức thôi nôi cho con trai.", None), ("Lan đặt tên con là Mai.", None),
    ("Anh ấy đang ở cữ.", None), ("Chúng tôi đang ở cữ.", None), ("Chị tôi ở cữ.", None),
    ("Bố tôi ở cữ xong rồi.", None), ("Con tôi nặng bảy cân.", None), ("Em bé nặng nửa cân.", None),
    ("Con bạn nặng bao nhiêu cân?", None), ("Con tôi mới sinh được hai tuần.", None),
    ("Lan mới sinh được hai tuần.", None), ("Anh ấy mới sinh con được hai tuần.", None),
    ("Chị tôi vừa sinh con trai nặng 3 cân.", None), ("Con bạn tên là gì?", None),
    ("Chị tôi đang ở cữ?", None), ("Em bé nặng ba cân?", None), ("Chị ấy có đang ở cữ?", None),
    ("Con mèo của tôi đang ở cữ.", None), ("Chúng tôi sẽ làm đầy tháng cho con trai hôm qua.", None),
    ("Tôi đặt tên cho con là gì?", None), ("Today is my baby's one-month celebration.", None),
    ("Tháng này tôi rất bận.", None), ("Hôm nay là sinh nhật con tôi.", None), ("Tôi ở cữ xong chưa?", None),
    ("Chúng tôi đặt tên con chó là Lu.", None), ("Cái túi này nặng ba cân.", None),
    # review: "định" with a day is planned, not yet fixed ("We're having …" lost the plan)
    ("Tuần sau chúng tôi định làm đầy tháng cho con.",
     "We're planning to hold our baby's one-month celebration next week."),
    ("Chúng tôi định làm thôi nôi cho con gái vào chủ nhật.",
     "We're planning to hold our daughter's first-birthday ceremony on Sunday."),
    # review: a parent or grandparent and "con" with no whose (her own baby, or the grandchild?), a weight over six
    # kilos, "lúc sinh con" opening a question (the baby's weight, or the mother's when she gave birth?), "we" asking
    # what with no tense (what did we, or what shall we name?)
    ("Mẹ tôi đã làm đầy tháng cho con.", None), ("Mẹ tôi sắp làm đầy tháng cho con.", None),
    ("Bố tôi sẽ tổ chức thôi nôi cho con gái.", None), ("Bà tôi đã làm đầy tháng cho con trai.", None),
    ("Bố tôi đặt tên con là Mai.", None), ("Ông tôi đặt tên cho con trai là Minh.", None),
    ("Con tôi nặng 6,5 kg.", None), ("Em bé nặng sáu cân rưỡi.", None),
    ("Lúc sinh con bạn nặng bao nhiêu?", None), ("Khi sinh con bạn nặng mấy cân?", None),
    ("Lúc sinh con gái tôi nặng bao nhiêu?", None), ("Chúng ta đặt tên con là gì?", None),
    ("Chúng tôi đặt tên con là gì?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Hôm nay là ngày lễ kỉ niệm một tháng của bé.", "Hôm nay là lễ kỉ niệm một tháng của con trai tôi."
    ("Today is my baby's one-month celebration.", "Hôm nay là đầy tháng con tôi."),
    ("Today is my son's one-month celebration.", "Hôm nay là đầy tháng con trai tôi."),
    ("Yesterday was the baby's first-birthday ceremony.", "Hôm qua là thôi nôi của em bé."),
    # v8: "Chúng tôi đang có lễ kỉ niệm 1 tháng của con trai chúng tôi vào Chủ nhật.", "Chúng tôi tổ chức buổi lễ
    # ngày sinh của con gái chúng tôi."
    ("We're having our son's one-month celebration on Sunday.",
     "Chúng tôi sẽ làm đầy tháng cho con trai vào Chủ nhật."),
    ("We're having our son's one-month celebration tomorrow.", "Ngày mai chúng tôi sẽ làm đầy tháng cho con trai."),
    ("We held our daughter's first-birthday ceremony.", "Chúng tôi đã làm thôi nôi cho con gái."),
    ("We held our daughter's first-birthday party yesterday.",
     "Hôm qua chúng tôi đã làm tiệc thôi nôi cho con gái."),
    ("We're going to hold our baby's one-month celebration.", "Chúng tôi sẽ làm đầy tháng cho con."),
    ("We will have our son's one-month celebration next week.", "Tuần sau chúng tôi sẽ làm đầy tháng cho con trai."),
    ("Have you held your baby's one-month celebration yet?", "Bạn đã làm đầy tháng cho con chưa?"),
    ("We haven't held our son's one-month celebration yet.", "Chúng tôi chưa làm đầy tháng cho con trai."),
    ("We've just held our son's one-month celebration.", "Chúng tôi vừa làm đầy tháng cho con trai."),
    ("She's held her son's one-month celebration.", "Cô ấy đã làm đầy tháng cho con trai rồi."),
    ("My mother is having my son's one-month celebration tomorrow.",
     "Ngày mai mẹ tôi sẽ làm đầy tháng cho con trai tôi."),
    # v8: "Chị của tôi vào tháng lễ của cô ấy.", "Chị của tôi đang làm bài viết của cô ấy."
    ("My sister is in her confinement month.", "Em gái tôi đang ở cữ."),
    ("My wife is doing her postpartum confinement.", "Vợ tôi đang ở cữ."),
    ("Are you doing your postpartum confinement?", "Bạn đang ở cữ à?"),
    ("I'm still in my month of confinement.", "Tôi vẫn đang ở cữ."),
    ("Is Lan observing her postpartum confinement?", "Lan đang ở cữ à?"),
    # v8: "Bé cân nặng 3 đến 1 nửa ki-lô.", "Bé cân nặng 3,2 kg lúc sinh.", "Bé đã cân nặng bao nhiêu?"
    ("The baby weighs three and a half kilos.", "Em bé nặng ba cân rưỡi."),
    ("The baby weighs three kilos.", "Em bé nặng ba cân."),
    ("The baby weighed 3.2 kg at birth.", "Em bé nặng 3,2 kg lúc mới sinh."),
    ("My son weighed four kilos at birth.", "Con trai tôi nặng bốn cân lúc mới sinh."),
    ("How much did the baby weigh at birth?", "Em bé nặng bao nhiêu cân lúc mới sinh?"),
    ("How much does the baby weigh?", "Em bé nặng bao nhiêu cân?"),
    ("My son weighs four kilos now.", "Con trai tôi nặng bốn cân rồi."),
    # v8: "Tôi sinh con cách đây hai tuần." (fine), "Tôi đã sinh ra chỉ cách đây hai tuần." (was born)
    ("I gave birth two weeks ago.", "Tôi sinh con được hai tuần rồi."),
    ("I gave birth just two weeks ago.", "Tôi mới sinh con được hai tuần."),
    ("My wife gave birth a month ago.", "Vợ tôi sinh con được một tháng rồi."),
    ("We had a baby three weeks ago.", "Chúng tôi sinh con được ba tuần rồi."),
    ("How long ago did you give birth?", "Bạn sinh con được bao lâu rồi?"),
    # v8: "Bạn đã đặt tên cho bé là gì?" (fine), "Chúng tôi đặt tên con gái của chúng tôi Mai.", "Bạn có tên con
    # chưa?", "Chúng tôi chưa đặt tên con của chúng tôi."
    ("What did you name your baby?", "Bạn đặt tên cho con là gì?"),
    ("We named our daughter Mai.", "Chúng tôi đặt tên cho con gái là Mai."),
    ("Have you named the baby yet?", "Bạn đã đặt tên cho em bé chưa?"),
    ("We haven't named our baby yet.", "Chúng tôi chưa đặt tên cho con."),
    ("What are you going to name the baby?", "Bạn định đặt tên cho em bé là gì?"),
    ("We're going to name our son John.", "Chúng tôi định đặt tên cho con trai là John."),
    ("She has just named her daughter Lan.", "Cô ấy vừa đặt tên cho con gái là Lan."),
    # not: a verb or be not agreeing with who ("She have", "We is"), a day against the tense, "weighed" without "at
    # birth" (at birth, or a week ago?), a man in confinement or giving birth, whose not her own, "her" of a name
    # (Lan's own son, or another's?), "I had a baby" (a father may say it), "She had her baby" (mt/babies.py's), a
    # name whose marks are not known ("Hung": Hùng or Hưng?), "the son", a weight over six kilos, "first birthday
    # party" (a birthday), the other language
    ("Have she held her son's one-month celebration yet?", None), ("We is having our son's one-month celebration "
                                                                   "tomorrow.", None),
    ("We're having our son's one-month celebration yesterday.", None),
    ("We held our son's one-month celebration tomorrow.", None),
    ("The baby weighed three and a half kilos.", None), ("He is doing his postpartum confinement.", None),
    ("My sister is doing your postpartum confinement.", None), ("Lan held her son's one-month celebration.", None),
    ("My husband gave birth two weeks ago.", None), ("I had a baby two weeks ago.", None),
    ("She had her baby a month ago.", None), ("We named our son Hung.", None),
    ("Today is the son's one-month celebration.", None), ("The baby weighs ten kilos.", None),
    ("Today is my son's first birthday party.", None), ("Chị tôi đang ở cữ.", None),
    ("She is in confinement.", None), ("We named our dog Lucky.", None), ("We named our baby Thu.", None),
    ("What did I name my baby?", None), ("How long ago did I give birth?", None),
    ("The bag weighs three kilos.", None),
    # review: "now" asked kept; "we" asking each other is "chúng ta"; a parent's "her son" (hers, or the grandchild?),
    # a weight over six kilos, "what did we" and "how long ago did we" (not asked of oneself)
    ("How much does your baby weigh now?", "Con bạn nặng bao nhiêu cân rồi?"),
    ("What are we going to name our baby?", "Chúng ta định đặt tên cho con là gì?"),
    ("Have we named the baby yet?", "Chúng ta đã đặt tên cho em bé chưa?"),
    ("Have we held our son's one-month celebration yet?", "Chúng ta đã làm đầy tháng cho con trai chưa?"),
    ("My mother held her son's one-month celebration.", None), ("My baby weighs 6.9 kg.", None),
    ("Our baby weighs six and a half kilos.", None), ("My son weighed six and a half kilos at birth.", None),
    ("What did we name our baby?", None), ("How long ago did we have a baby?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
