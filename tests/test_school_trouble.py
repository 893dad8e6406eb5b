"""A child at school, praised or in trouble: praised or told off by the teacher, bullied, cheating in a test,
suspended, detention, a good student, in trouble, parents called in, both ways (mt/school_trouble.py)."""
import pytest

from mt.school_trouble import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child is stricted.", "The teacher fortunate me.", "My child was lucky.", "My child is often lucky."
    ("Con tôi được cô giáo khen.", "The teacher praised my child."),
    ("Con trai tôi được thầy giáo khen ngợi.", "The teacher praised my son."),
    ("Lan được cô giáo khen.", "The teacher praised Lan."),
    ("Cô giáo mắng con tôi.", "The teacher told my child off."),
    ("Con tôi bị cô giáo mắng.", "The teacher told my child off."),
    ("Con tôi hay bị cô giáo mắng.", "The teacher often tells my child off."),
    ("Cô giáo vừa khen con gái tôi.", "The teacher has just praised my daughter."),
    ("Cô giáo lúc nào cũng mắng con tôi.", "The teacher is always telling my child off."),
    ("Con trai bạn có bị cô giáo mắng không?", "Did the teacher tell your son off?"),
    ("Anh có bị cô giáo mắng không?", "Did the teacher tell you off?"),
    # v8: "The teacher invited me to go to school." (not wrong, but not "called in")
    ("Cô giáo mời tôi lên trường.", "The teacher called me in."),
    ("Thầy giáo gọi bố tôi lên trường.", "The teacher called my father in."),
    # v8: "I was bullying at school.", "He was arrested in school.", "Do I get bullyed at school?"
    ("Con tôi bị bắt nạt ở trường.", "My child is being bullied at school."),
    ("Anh ấy bị bắt nạt ở trường.", "He's being bullied at school."),
    ("Con tôi đang bị bắt nạt.", "My child is being bullied."),
    ("Con tôi đã bị bắt nạt ở trường.", "My child was bullied at school."),
    ("Con tôi hay bị bắt nạt.", "My child often gets bullied."),
    ("Con tôi có bị bắt nạt ở trường không?", "Is my child being bullied at school?"),
    # v8: "He turned to havep during the checktime.", "She's fraud in the test."
    ("Anh ấy quay cóp trong giờ kiểm tra.", "He cheated in the test."),
    ("Cô ấy gian lận trong thi cử.", "She cheated in the exam."),
    ("Anh ấy bị bắt quả tang quay cóp trong giờ thi.", "He was caught cheating in the exam."),
    ("Con gái tôi hay quay cóp trong giờ kiểm tra.", "My daughter often cheats in tests."),
    ("Anh ấy có quay cóp trong bài kiểm tra không?", "Did he cheat in the test?"),
    # v8: "My child was school only.", "My son was school only a week."
    ("Con tôi bị đình chỉ học.", "My child was suspended from school."),
    ("Con trai tôi bị đình chỉ học một tuần.", "My son was suspended from school for a week."),
    ("Con tôi bị đình chỉ học ba ngày.", "My child was suspended from school for three days."),
    ("Em trai tôi vừa bị đuổi học.", "My younger brother has just been expelled from school."),
    ("Anh ấy có bị đình chỉ học không?", "Was he suspended from school?"),
    # v8: "He was punished to stand the class corner.", "My son was punished after school."
    ("Anh ấy bị phạt đứng góc lớp.", "He was made to stand in the corner."),
    ("Con gái tôi có bị phạt đứng góc lớp không?", "Was my daughter made to stand in the corner?"),
    ("Con trai tôi bị phạt ở lại sau giờ học.", "My son got detention."),
    ("Họ hay bị phạt ở lại sau giờ học.", "They often get detention."),
    # v8: "She is good at students.", "My daughter is good at school.", "She's one of the best students."
    ("Cô ấy là học sinh giỏi.", "She's a good student."),
    ("Con gái tôi là học sinh xuất sắc.", "My daughter is an excellent student."),
    ("Họ là học sinh giỏi.", "They're good students."),
    ("Cô ấy là một trong những học sinh giỏi nhất lớp.", "She's one of the best students in her class."),
    ("Con trai tôi là một trong những học sinh giỏi nhất lớp.", "My son is one of the best students in his class."),
    # v8: "He always has trouble school.", "I was inviting parents."
    ("Anh ấy lúc nào cũng gặp rắc rối ở trường.", "He's always in trouble at school."),
    ("Em gái tôi thường xuyên gặp rắc rối ở trường.", "My sister often gets into trouble at school."),
    ("Tôi bị mời phụ huynh.", "My parents were called in."),
    ("Bạn có bị mời phụ huynh không?", "Were your parents called in?"),
    # not: "anh", "em" alone saying (the speaker, or "you"?), "con" alone, no test said ("quay cóp" alone), "gian
    # lận" alone (fraud?), "bị bắt nạt" alone (now, or once?), trouble with no how often (had problems?), "đã là"
    # (was, or has become?), a name's class (his or hers?), expelled for a week, "bị phạt" alone, "ở lại lớp"
    # (held back a year), a kin's parents called in (the speaker's own?), "có" without "không", "không" (left)
    ("Anh được cô giáo khen.", None), ("Em bị cô giáo mắng.", None), ("Cô giáo khen con.", None),
    ("Anh ấy quay cóp.", None), ("Anh ấy gian lận.", None), ("Con tôi bị bắt nạt.", None),
    ("Con trai tôi gặp rắc rối ở trường.", None), ("Cô ấy đã là học sinh giỏi.", None),
    ("Lan là một trong những học sinh giỏi nhất lớp.", None), ("Anh ấy bị đuổi học một tuần.", None),
    ("Con tôi bị phạt.", None), ("Con tôi bị phạt ở lại lớp.", None), ("Con tôi bị mời phụ huynh.", None),
    ("Con tôi có bị cô giáo mắng.", None), ("Tôi không bị cô giáo mắng.", None),
    ("Cô giáo có đang khen con tôi không?", None), ("Con tôi bị điểm kém.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Thầy giáo viên ca ngợi con trai tôi.", "Thầy giáo viên bảo con trai mình ra khỏi.", "Thầy giáo viên gọi
    # tôi ở trong.", "Con trai tôi nổi tiếng với giáo viên." (famous with)
    ("The teacher praised my son.", "Cô giáo khen con trai tôi."),
    ("The teacher told my son off.", "Cô giáo mắng con trai tôi."),
    ("The teacher often tells me off.", "Cô giáo hay mắng tôi."),
    ("The teacher has just told my daughter off.", "Cô giáo vừa mắng con gái tôi."),
    ("My teacher told me off.", "Cô giáo mắng tôi."),
    ("My daughter was praised by her teacher.", "Con gái tôi được cô giáo khen."),
    ("My son got told off by the teacher.", "Con trai tôi bị cô giáo mắng."),
    ("I often get told off by the teacher.", "Tôi hay bị cô giáo mắng."),
    ("The teacher called me in.", "Cô giáo mời tôi lên trường."),
    ("Did the teacher call you in?", "Cô giáo có mời bạn lên trường không?"),
    # v8 writes these right; taken with the rest
    ("My son is being bullied at school.", "Con trai tôi đang bị bắt nạt ở trường."),
    ("Is your son being bullied at school?", "Con trai bạn có bị bắt nạt ở trường không?"),
    ("She was bullied at school.", "Cô ấy đã bị bắt nạt ở trường."),
    # v8: "Anh ấy che giấu trong bài kiểm tra." (hid), "Có phải anh ấy nhai trong bài kiểm không?" (chewed)
    ("He cheated in the test.", "Anh ấy đã quay cóp trong giờ kiểm tra."),
    ("She cheated on the exam.", "Cô ấy đã gian lận trong kỳ thi."),
    ("Did he cheat in the test?", "Anh ấy có quay cóp trong giờ kiểm tra không?"),
    ("She was caught cheating in the exam.", "Cô ấy bị bắt quả tang gian lận trong kỳ thi."),
    ("He often cheats in tests.", "Anh ấy hay quay cóp trong giờ kiểm tra."),
    # v8: "Con trai tôi ngưng học." (stopped studying), "Anh ta bị đình chỉ."
    ("My son was suspended from school.", "Con trai tôi bị đình chỉ học."),
    ("He was suspended from school for two weeks.", "Anh ấy bị đình chỉ học hai tuần."),
    ("He got suspended from school.", "Anh ấy bị đình chỉ học."),
    ("She has just been expelled from school.", "Cô ấy vừa bị đuổi học."),
    # asked, with no span to read (these raised IndexError)
    ("Was he suspended from school?", "Anh ấy có bị đình chỉ học không?"),
    ("Was she expelled from school?", "Cô ấy có bị đuổi học không?"),
    ("Were they expelled from school?", "Họ có bị đuổi học không?"),
    ("Was my son suspended from school?", "Con trai tôi có bị đình chỉ học không?"),
    # v8: "Anh ta bị detention.", "Anh ta phải đứng ở góc phố." (a street corner)
    ("He got detention.", "Anh ấy bị phạt ở lại sau giờ học."),
    ("He got a detention.", "Anh ấy bị phạt ở lại sau giờ học."),
    ("Did he get detention?", "Anh ấy có bị phạt ở lại sau giờ học không?"),
    ("He was made to stand in the corner.", "Anh ấy bị phạt đứng góc lớp."),
    ("They were made to stand in the corner.", "Họ bị phạt đứng góc lớp."),
    # v8: "Cô ấy là một sinh viên hàng đầu." (a university student), "… những người tốt nhất trong lớp của cô ấy."
    ("She's a top student.", "Cô ấy là học sinh giỏi."),
    ("My son is a good student.", "Con trai tôi là học sinh giỏi."),
    ("We are top students.", "Chúng tôi là học sinh giỏi."),
    ("She's one of the best in her class.", "Cô ấy là một trong những học sinh giỏi nhất lớp."),
    ("I am one of the best students in my class.", "Tôi là một trong những học sinh giỏi nhất lớp."),
    ("He's always in trouble at school.", "Anh ấy lúc nào cũng gặp rắc rối ở trường."),
    ("My parents were called in.", "Tôi bị mời phụ huynh."),
    # not: cheating with no test said (on a partner?), suspended from what?, agreement broken ("He are", "They was",
    # "She often get", "a weeks", "a good students"), another's teacher or class, a plural one of the best, expelled
    # for a week, kin's parents, "Does he get detention?" (a habit asked), in trouble now (left)
    ("He cheated.", None), ("He cheated on his wife.", None), ("He was caught cheating.", None),
    ("My son was suspended.", None), ("He are being bullied.", None), ("They was made to stand in the corner.", None),
    ("She often get into trouble at school.", None), ("I often gets told off by the teacher.", None),
    ("He was suspended from school for a weeks.", None), ("She is good student.", None),
    ("They are a good student.", None), ("You are good students.", None), ("Her teacher praised him.", None),
    ("My son is one of the best in her class.", None), ("They are one of the best in their class.", None),
    ("He was expelled from school for a week.", None), ("My son parents were called in.", None),
    ("Does he get detention?", None), ("My son is in trouble at school.", None),
    ("Were he suspended from school?", None), ("Was they expelled from school?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_and_topics():
    assert translate("Con tôi được cô giáo khen.", "vi", "fr") is None
    assert translate("Tôi vừa cắt tóc.", "vi", "en") is None
    assert translate("I passed the exam.", "en", "vi") is None


@pytest.mark.parametrize("text, said", [
    # v8: "My child is provocative.", "My daughter is often friends with a classroom.", "Yesterday, my son was getting
    # friends with the same class.", "He is often poured by you.", "My daughter was provoked."
    ("Con tôi hay bị bạn trêu.", "My child often gets teased by the other kids."),
    ("Con trai tôi hay bị bạn cùng lớp trêu.", "My son often gets teased by his classmates."),
    ("Con gái tôi hay bị các bạn cùng lớp trêu chọc.", "My daughter often gets teased by her classmates."),
    ("Con gái tôi thường bị bạn bè trêu.", "My daughter often gets teased by the other kids."),
    ("Hôm qua con trai tôi bị bạn cùng lớp trêu.", "My son was teased by his classmates yesterday."),
    ("Hôm qua, con gái tôi bị bạn trêu ở trường.", "My daughter was teased by the other kids at school yesterday."),
    ("Hôm nay Lan bị trêu ở trường.", "Lan was teased at school today."),
    ("Con trai tôi bị bạn cùng lớp trêu ở trường.", "My son is being teased by his classmates at school."),
    ("Anh ấy bị bạn bè trêu ở trường.", "He's being teased by the other kids at school."),
    ("Cô ấy đã bị bạn cùng lớp trêu.", "She was teased by her classmates."),
    ("Tôi hay bị bạn cùng lớp trêu.", "I often get teased by my classmates."),
    ("Lan hay bị bạn cùng lớp trêu.", "Lan often gets teased by classmates."),
    ("Em trai tôi hay bị trêu.", "My younger brother often gets teased."),
    ("Chúng tôi hay bị các bạn khác trêu ở trường.", "We often get teased by the other kids at school."),
    ("Con tôi có bị trêu ở trường không?", "Is my child being teased at school?"),
    ("Con trai bạn có bị bạn cùng lớp trêu không?", "Is your son being teased by his classmates?"),
    # v8: "The classmates my daughter's class because the child wears glasses.", "You provoke my child because it
    # wears glasses.", "My younger brothers and classmates."
    ("Các bạn cùng lớp trêu con gái tôi vì con bé đeo kính.",
     "Her classmates tease my daughter because she wears glasses."),
    ("Các bạn khác trêu con trai tôi vì nó đeo kính.", "The other kids tease my son because he wears glasses."),
    ("Các bạn khác trêu con tôi vì con bé đeo kính.", "The other kids tease my child because she wears glasses."),
    ("Bạn bè trêu con gái tôi vì đeo kính.", "The other kids tease my daughter because she wears glasses."),
    ("Các bạn cùng lớp hay trêu tôi vì tôi đeo kính.", "My classmates often tease me because I wear glasses."),
    ("Bạn bè hay trêu anh ấy ở trường.", "The other kids often tease him at school."),
    ("Bạn bè hay trêu em trai tôi.", "The other kids often tease my younger brother."),
    ("Bạn bè hay trêu con tôi.", "The other kids often tease my child."),
    ("Các bạn cùng lớp hay trêu con trai tôi ở trường.", "His classmates often tease my son at school."),
    # v8: "Don't dancing me!" (for "Đừng trêu em nữa!", left)
    ("Đừng trêu em gái nữa!", "Stop teasing your little sister!"),
    ("Đừng trêu em trai nhé.", "Don't tease your little brother."),
    ("Đừng trêu tôi nữa!", "Stop teasing me!"),
    ("Đừng trêu chọc em gái tôi nữa!", "Stop teasing my sister!"),
    # not: teased plain with no "ở trường" (now, or once?), "bạn" by "I" or asked (by you?), a pet, "Các bạn" alone
    # (you?), "nó" of a child not said a son or daughter, a name's classmates (his or hers?), "con bé" of a son,
    # teasing plain with no reason (now, or once?), "em" alone (me?), "bạn" teased, "?" on a statement, a near day
    # asked or with "hay", "trêu ngươi", "trêu ghẹo", "vừa", the other way's language
    ("Con trai tôi bị bạn cùng lớp trêu.", None), ("Tôi hay bị bạn trêu.", None),
    ("Con tôi có bị bạn trêu không?", None), ("Con chó của tôi hay bị bạn trêu.", None),
    ("Các bạn trêu con tôi vì nó đeo kính.", None), ("Các bạn khác trêu con tôi vì nó đeo kính.", None),
    ("Các bạn cùng lớp hay trêu con tôi.", None), ("Các bạn cùng lớp trêu Lan vì đeo kính.", None),
    ("Các bạn khác trêu con trai tôi vì con bé đeo kính.", None),
    ("Các bạn cùng lớp hay trêu tôi vì anh ấy đeo kính.", None), ("Bạn bè trêu con trai tôi.", None),
    ("Đừng trêu em nữa!", None), ("Đừng trêu bạn nữa!", None), ("Con tôi bị bạn trêu?", None),
    ("Hôm qua con tôi có bị trêu không?", None), ("Hôm qua con tôi hay bị trêu.", None),
    ("Con trai tôi bị bạn trêu ngươi.", None), ("Anh ấy hay trêu ghẹo con gái.", None),
    ("Con tôi vừa bị bạn trêu.", None), ("Bạn bè hay trêu con tôi?", None),
    ("My son gets teased by his classmates.", None),
    # not: "bạn", "bạn bè", "các bạn khác" of someone not said young with no "ở trường" (a grown-up's friends, not
    # "the other kids"), a statement ending "nhỉ" (isn't he?)
    ("Mẹ tôi hay bị bạn trêu.", None), ("Bố tôi hay bị bạn bè trêu.", None), ("Bác Hùng hay bị bạn bè trêu.", None),
    ("Ông tôi hay bị các bạn khác trêu.", None), ("Chồng tôi hay bị bạn bè trêu chọc.", None),
    ("Anh trai tôi hay bị bạn trêu.", None), ("Hôm qua mẹ tôi bị bạn trêu.", None), ("Tôi hay bị bạn bè trêu.", None),
    ("Tôi hay bị các bạn khác trêu.", None), ("Anh ấy hay bị bạn trêu.", None), ("Cô ấy đang bị bạn bè trêu.", None),
    ("Anh ấy đang bị bạn bè trêu chọc.", None), ("Chúng tôi hay bị bạn bè trêu.", None), ("Họ hay bị bạn trêu.", None),
    ("Lan hay bị bạn trêu.", None), ("Chúng tôi hay bị các bạn khác trêu.", None), ("Bạn bè hay trêu tôi.", None),
    ("Bạn bè hay trêu tôi vì tôi đeo kính.", None), ("Bạn bè hay trêu anh ấy vì anh ấy đeo kính.", None),
    ("Bạn bè hay trêu anh ấy.", None), ("Các bạn khác hay trêu Lan.", None),
    ("Các bạn khác hay trêu chúng tôi.", None), ("Bạn bè hay trêu họ.", None),
    ("Con tôi hay bị bạn trêu nhỉ.", None), ("Con tôi hay bị bạn trêu nhỉ", None),
    ("Bạn bè hay trêu con tôi nhỉ.", None), ("Bạn bè hay trêu con tôi nhỉ!", None),
    ("Cô ấy là học sinh giỏi nhỉ.", None), ("Cô giáo hay khen con tôi nhỉ.", None),
])
def test_teased_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi thường uống trà bởi những người bạn cùng lớp của mình." (drinks tea), "Con tôi thường được
    # uống trà bởi những đứa trẻ khác.", "Con trai tôi bị tràng bởi các bạn cùng lớp của anh ấy.", "Anh ấy được uống
    # trà ở trường.", "Con trai của bạn có uống trà ở trường không?"
    ("My son is often teased by his classmates.", "Con trai tôi hay bị bạn cùng lớp trêu."),
    ("My child often gets teased by the other kids.", "Con tôi hay bị các bạn khác trêu."),
    ("My son gets teased by his classmates.", "Con trai tôi bị bạn cùng lớp trêu."),
    ("My daughter was teased by her classmates yesterday.", "Hôm qua con gái tôi bị bạn cùng lớp trêu."),
    ("I often get teased by my classmates.", "Tôi hay bị bạn cùng lớp trêu."),
    ("He gets teased at school.", "Anh ấy bị trêu ở trường."),
    ("She was teased at school.", "Cô ấy đã bị trêu ở trường."),
    ("Is your son being teased at school?", "Con trai bạn có bị trêu ở trường không?"),
    ("Are you being teased by your classmates?", "Bạn có bị bạn cùng lớp trêu không?"),
    ("Lan is often teased by her classmates.", "Lan hay bị bạn cùng lớp trêu."),
    ("They're being teased by the other children.", "Họ đang bị các bạn khác trêu."),
    # v8: "Những đứa trẻ khác có thể uống trà vì mặc kính.", "Những người bạn cùng lớp trà của cô ấy."
    ("The other kids tease my child because he wears glasses.", "Các bạn khác trêu con tôi vì nó đeo kính."),
    ("The other kids tease my child because she wears glasses.", "Các bạn khác trêu con tôi vì nó đeo kính."),
    ("Her classmates tease my daughter because she wears glasses.",
     "Các bạn cùng lớp trêu con gái tôi vì nó đeo kính."),
    ("My classmates often tease me because I wear glasses.", "Các bạn cùng lớp hay trêu tôi vì tôi đeo kính."),
    ("The other kids often tease him.", "Các bạn khác hay trêu anh ấy."),
    ("Her classmates tease her because she wears glasses.", "Các bạn cùng lớp trêu cô ấy vì cô ấy đeo kính."),
    # a name said again, not "nó" (of a grown-up, rude)
    ("Her classmates tease Lan because she wears glasses.", "Các bạn cùng lớp trêu Lan vì Lan đeo kính."),
    ("The other kids tease Nam because he wears glasses.", "Các bạn khác trêu Nam vì Nam đeo kính."),
    # v8: "Hãy ngưng uống trà!" (for "Stop teasing your sister!", left: older or younger?)
    ("Stop teasing your little sister!", "Đừng trêu em gái nữa!"),
    ("Don't tease your younger brother.", "Đừng trêu em trai."),
    ("Stop teasing me!", "Đừng trêu tôi nữa!"),
    ("Stop teasing my little sister!", "Đừng trêu em gái tôi nữa!"),
    ("Don't tease my older brother!", "Đừng trêu anh trai tôi!"),
    # not: another's classmates, a pet, agreement broken, "he" of a daughter, one not young with a reason (nó?),
    # "your sister" (older or younger?), "you", teasing hair or an album, the other way's language
    ("My son is often teased by her classmates.", None), ("My dog gets teased by the other kids.", None),
    ("My son get teased by his classmates.", None), ("The other kids tease my son because she wears glasses.", None),
    ("His classmates tease my daughter.", None), ("The other kids tease him because he wear glasses.", None),
    ("The other kids tease my mother because she wears glasses.", None), ("Stop teasing your sister!", None),
    ("Stop teasing my brother!", None), ("Stop teasing you!", None), ("She teased her hair.", None),
    ("The trailer teased the new album.", None), ("Are the other kids teasing him?", None),
    ("Con tôi hay bị bạn trêu.", None),
])
def test_teased_en_vi(text, said):
    assert translate(text, "en", "vi") == said
