"""A tongue, a lip or a cheek bitten, whose tongue or lip bleeds, is swollen or hurts, and a tooth chipped, broken or
cracked or a lip split, in a fall or not, both ways (mt/bitten_tongue.py)."""
import pytest

from mt.bitten_tongue import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I bite my cheeks.", "I'm bitten in my cheek.", "I miss my cheeks while I'm eating.", "Do you bite your
    # cheek?", "I was bitten in my tongue.", "I'm bitten tongue."
    ("Tôi cắn phải má.", "I bit my cheek."),
    ("Tôi cắn phải má trong.", "I bit the inside of my cheek."),
    ("Tôi cắn vào má trong.", "I bit the inside of my cheek."),
    ("Tôi cắn vào bên trong má.", "I bit the inside of my cheek."),
    ("Tôi bị cắn vào má trong.", "I bit the inside of my cheek."),
    ("Tôi lỡ cắn phải má trong.", "I accidentally bit the inside of my cheek."),
    ("Tôi lỡ cắn phải má trong khi ăn.", "I accidentally bit the inside of my cheek while eating."),
    ("Tôi cắn trúng má.", "I bit my cheek."),
    ("Tôi lại cắn phải má rồi.", "I bit my cheek again."),
    ("Hôm qua tôi cắn phải má.", "I bit my cheek yesterday."),
    ("Bác Hùng cắn phải má trong.", "Uncle Hung bit the inside of his cheek."),
    ("Mẹ tôi vừa cắn phải má.", "My mother just bit her cheek."),
    ("Bạn có cắn phải má không?", "Did you bite your cheek?"),
    ("Tôi bị cắn vào lưỡi.", "I bit my tongue."),
    ("Tôi bị cắn phải lưỡi.", "I bit my tongue."),
    ("Tôi bị cắn vào lưỡi khi ăn.", "I bit my tongue while eating."),
    ("Bạn có bị cắn vào lưỡi không?", "Did you bite your tongue?"),
    # v8: "I bite my tongue.", "I bite my tongue to bleeding.", "I bite my baby's blood flow.", "I bite my tongue too."
    ("Tôi cắn phải lưỡi chảy máu.", "I bit my tongue and it bled."),
    ("Tôi cắn phải lưỡi đến chảy máu.", "I bit my tongue so hard it bled."),
    ("Con tôi cắn phải môi chảy máu.", "My child bit their lip and it bled."),
    ("Tôi cắn phải má chảy máu.", "I bit my cheek and it bled."),
    ("Tôi cắn phải lưỡi đau quá.", "I bit my tongue and it really hurts."),
    ("Tôi lỡ cắn phải môi đau quá.", "I accidentally bit my lip and it really hurts."),
    # v8: "We're getting a blood flow.", "My blood flow.", "We're swollen.", "My mother was swollen.", "Do you get
    # bleeding?", "Do you have a pain?", "My pain is too painful.", "My underlying tissue is swollen."
    ("Lưỡi tôi bị chảy máu.", "My tongue is bleeding."),
    ("Lưỡi tôi chảy máu.", "My tongue is bleeding."),
    ("Lưỡi tôi đang chảy máu.", "My tongue is bleeding."),
    ("Lưỡi tôi bị sưng.", "My tongue is swollen."),
    ("Lưỡi mẹ tôi bị sưng.", "My mother's tongue is swollen."),
    ("Lưỡi bạn có bị chảy máu không?", "Is your tongue bleeding?"),
    ("Lưỡi bạn có đau không?", "Does your tongue hurt?"),
    ("Lưỡi tôi đau.", "My tongue hurts."),
    ("Lưỡi tôi đau quá.", "My tongue really hurts."),
    ("Lưỡi tôi bị đau lắm.", "My tongue hurts a lot."),
    ("Môi dưới của tôi bị sưng.", "My lower lip is swollen."),
    ("Môi trên của tôi bị sưng lên.", "My upper lip is swollen."),
    ("Môi dưới bạn có bị sưng không?", "Is your lower lip swollen?"),
    # v8: "I have a tooth.", "I'm cooling a teeth.", "I'm cooling.", "I'm just tooth.", "I have teeth.", "I have a door
    # tooth.", "I had broken my door tooth.", "Do you have a cool teeth?", "Do you break teeth?"
    ("Tôi bị mẻ răng.", "I chipped a tooth."),
    ("Tôi bị mẻ một cái răng.", "I chipped a tooth."),
    ("Tôi bị sứt răng.", "I chipped a tooth."),
    ("Tôi bị mẻ răng cửa.", "I chipped a front tooth."),
    ("Tôi bị gãy răng.", "I broke a tooth."),
    ("Tôi bị gãy răng cửa.", "I broke a front tooth."),
    ("Tôi bị nứt răng.", "I cracked a tooth."),
    ("Tôi bị nứt một cái răng.", "I cracked a tooth."),
    ("Tôi vừa bị mẻ răng.", "I just chipped a tooth."),
    ("Tôi bị mẻ răng rồi.", "I've chipped a tooth."),
    ("Tôi bị gãy răng rồi.", "I've broken a tooth."),
    ("Tôi bị mẻ răng hôm nay.", "I chipped a tooth today."),
    ("Bạn có bị mẻ răng không?", "Did you chip a tooth?"),
    ("Bạn có bị gãy răng không?", "Did you break a tooth?"),
    ("Bạn bị mẻ răng à?", "Did you chip a tooth?"),
    # v8: "My father was cooling when eating bone.", "I'm a bit of teeth from biting of bone.", "My father had broken a
    # teeth."
    ("Bố tôi bị mẻ răng khi ăn xương.", "My father chipped a tooth on a bone."),
    ("Tôi bị mẻ răng vì cắn phải xương.", "I chipped a tooth on a bone."),
    ("Tôi bị gãy răng khi ăn xương.", "I broke a tooth on a bone."),
    ("Bố tôi bị gãy mất một cái răng.", "My father broke a tooth."),
    # v8: "My child has broken my teeth.", "I fell my teeth.", "My son had a break of door teeth.", "My child has a
    # tooth loss.", "My grandfather fell my teeth.", "Lan has fallen tooth.", "My son fell the door bicycle.", "She was
    # snugging the door.", "Yesterday, my child had broken my teeth.", "Do you have teeth breaking?"
    ("Con tôi bị ngã gãy răng.", "My child fell and broke a tooth."),
    ("Con tôi bị té gãy răng.", "My child fell and broke a tooth."),
    ("Tôi ngã gãy răng.", "I fell and broke a tooth."),
    ("Con trai tôi bị ngã gãy răng cửa.", "My son fell and broke a front tooth."),
    ("Con tôi bị ngã mẻ răng.", "My child fell and chipped a tooth."),
    ("Bà tôi bị ngã gãy răng.", "My grandmother fell and broke a tooth."),
    ("Lan bị ngã gãy răng.", "Lan fell and broke a tooth."),
    ("Cô ấy bị té mẻ răng cửa.", "She fell and chipped a front tooth."),
    ("Con tôi ngã gãy một cái răng.", "My child fell and broke a tooth."),
    ("Con tôi bị ngã gãy hai cái răng.", "My child fell and broke two teeth."),
    ("Con tôi bị ngã gãy 2 cái răng cửa.", "My child fell and broke two front teeth."),
    ("Hôm qua con tôi bị ngã gãy răng.", "My child fell and broke a tooth yesterday."),
    ("Sáng nay con tôi bị ngã gãy răng cửa.", "My child fell and broke a front tooth this morning."),
    ("Tôi bị ngã xe đạp gãy răng.", "I fell off my bike and broke a tooth."),
    ("Con trai tôi bị ngã xe đạp gãy răng cửa.", "My son fell off his bike and broke a front tooth."),
    ("Mẹ tôi bị ngã xe máy gãy răng.", "My mother fell off her motorbike and broke a tooth."),
    ("Con bạn có bị ngã gãy răng không?", "Did your child fall and break a tooth?"),
    ("Tôi bị ngã gãy răng!", "I fell and broke a tooth!"),
    # v8: "My child was faded.", "He has fallen in his lips.", "I'm garbage."
    ("Con tôi bị ngã rách môi.", "My child fell and split their lip."),
    ("Anh ấy bị ngã rách môi.", "He fell and split his lip."),
    ("Bác Lan bị ngã rách môi.", "Aunt Lan fell and split her lip."),
    ("Tôi bị rách môi.", "I split my lip."),
    # v8: "My teeth were cool.", "My door was cool.", "My teeth were broken.", "My child's door was broken.", "My
    # mother's teeth were cracked."
    ("Răng tôi bị mẻ.", "My tooth is chipped."),
    ("Răng tôi bị sứt.", "My tooth is chipped."),
    ("Răng cửa của tôi bị mẻ.", "My front tooth is chipped."),
    ("Răng tôi bị gãy.", "My tooth is broken."),
    ("Răng cửa của con tôi bị gãy.", "My child's front tooth is broken."),
    ("Răng của mẹ tôi bị nứt.", "My mother's tooth is cracked."),
    ("Răng của Lan bị mẻ.", "Lan's tooth is chipped."),
    # not: a tongue or a lip bitten plainly (mt/mouth_sores.py's), "bị cắn" a lip or a cheek and "cắn vào má" (by
    # whom?), "môi" alone (one lip or both?), we, they, "anh" or "em" saying it, "I" asked, a pet, a name alone where
    # English says his or her, a "?" on a statement, "thế" and "nhỉ", a day and "vừa", a bite and what came of it with
    # a day or a meal, "đang" swollen, "quá" swollen, a count over three, baby and wisdom teeth, "ngã xe", "đá" (a
    # stone, or ice?), "sứt môi" (a cleft lip), the other way's language, nonsense
    ("Tôi cắn phải lưỡi.", None), ("Tôi cắn phải môi.", None), ("Tôi cắn lưỡi.", None), ("Tôi bị cắn lưỡi.", None),
    ("Tôi bị cắn vào môi.", None), ("Tôi bị cắn phải má.", None), ("Tôi cắn vào má.", None),
    ("Tôi lỡ bị cắn vào lưỡi.", None), ("Môi tôi bị sưng.", None), ("Môi tôi bị chảy máu.", None),
    ("Chúng tôi bị ngã gãy răng.", None), ("Họ bị mẻ răng.", None), ("Lưỡi chúng tôi bị sưng.", None),
    ("Anh bị mẻ răng.", None), ("Em bị mẻ răng.", None), ("Em có bị gãy răng không ạ?", None),
    ("Tôi có bị mẻ răng không?", None), ("Lưỡi tôi có đau không?", None), ("Con chó của tôi bị gãy răng.", None),
    ("Lưỡi của con chó tôi bị sưng.", None), ("Răng của con mèo tôi bị gãy.", None), ("Lan cắn phải má.", None),
    ("Lan bị ngã rách môi.", None), ("Lan bị ngã xe đạp gãy răng.", None), ("Tôi bị gãy răng?", None),
    ("Lưỡi tôi bị chảy máu?", None), ("Bạn có bị gãy răng?", None), ("Tôi bị gãy răng không?", None),
    ("Tôi bị mẻ răng thế.", None), ("Tôi bị mẻ răng nhỉ.", None), ("Tôi vừa bị ngã gãy răng hôm qua.", None),
    ("Hôm qua tôi bị mẻ răng rồi.", None), ("Hôm qua tôi cắn phải lưỡi chảy máu.", None),
    ("Tôi cắn phải lưỡi khi ăn chảy máu.", None), ("Bạn có cắn phải lưỡi chảy máu không?", None),
    ("Tôi vừa cắn phải lưỡi đau quá.", None), ("Lưỡi tôi đang sưng.", None), ("Lưỡi tôi bị sưng quá.", None),
    ("Con tôi bị ngã gãy bốn cái răng.", None), ("Tôi bị gãy răng sữa.", None), ("Tôi bị gãy răng khôn.", None),
    ("Tôi bị ngã xe gãy răng.", None), ("Tôi bị mẻ răng vì cắn phải đá.", None), ("Tôi bị sứt môi.", None),
    ("Tôi bị rách răng.", None), ("Tôi bị mẻ môi.", None), ("Tôi bị ngã gãy răng vì cắn phải xương.", None),
    ("I chipped a tooth.", None), ("Răng răng răng.", None),
    # reviewed: "má trong khi ăn" is also "má" and "trong khi ăn" (while eating), so "bị cắn vào má", "cắn vào má" (by
    # whom? a kiss?) with a meal after are left as those are; a child on a motorbike (riding it, or carried?)
    ("Tôi lỡ cắn phải má trong lúc ăn.", "I accidentally bit the inside of my cheek while eating."),
    ("Con tôi bị cắn vào má trong khi ăn.", None), ("Tôi bị cắn phải má trong khi ăn.", None),
    ("Tôi cắn vào má trong lúc ăn.", None), ("Bạn có cắn vào má trong khi ăn không?", None),
    ("Con tôi bị ngã xe máy gãy răng.", None), ("Con bạn có bị ngã xe máy gãy răng không?", None),
    ("Con trai tôi bị ngã xe máy rách môi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cắn má tôi.", "Tôi cắn bên trong má tôi.", "Tôi tai nạn cắn bên trong má tôi.", "Tôi cắn má tôi trong
    # khi ăn.", "Tôi bit má của tôi hôm qua.", "Tôi chỉ cắn má tôi.", "Con trai tôi cắn bên trong má của ông."
    ("I bit my cheek.", "Tôi cắn phải má."),
    ("I bit the inside of my cheek.", "Tôi cắn phải má trong."),
    ("I accidentally bit the inside of my cheek.", "Tôi lỡ cắn phải má trong."),
    ("I bit my cheek while eating.", "Tôi cắn phải má khi ăn."),
    ("I bit my cheek by accident.", "Tôi lỡ cắn phải má."),
    ("She accidentally bit her cheek while eating.", "Cô ấy lỡ cắn phải má khi ăn."),
    ("I bit my cheek yesterday.", "Hôm qua tôi cắn phải má."),
    ("I just bit my cheek.", "Tôi vừa cắn phải má."),
    ("My son bit the inside of his cheek.", "Con trai tôi cắn phải má trong."),
    ("Mary bit her cheek.", "Mary cắn phải má."),
    ("Did you bite your cheek?", "Bạn có cắn phải má không?"),
    ("Did you bite the inside of your cheek?", "Bạn có cắn phải má trong không?"),
    ("I bit my cheek!", "Tôi cắn phải má!"),
    # v8: "Tôi cắn lưỡi dao và nó chạy ra." (a knife's blade), "Tôi cắn lưỡi bò quá khó.", "Tôi cắn nắp và nó chạy."
    # (a lid), "Tôi cắn lưỡi và thật sự làm tổn thương."
    ("I bit my tongue and it bled.", "Tôi cắn phải lưỡi chảy máu."),
    ("I bit my tongue so hard it bled.", "Tôi cắn phải lưỡi đến chảy máu."),
    ("I bit my tongue so hard that it bled.", "Tôi cắn phải lưỡi đến chảy máu."),
    ("I bit my lip and it bled.", "Tôi cắn phải môi chảy máu."),
    ("I accidentally bit my lip and it bled.", "Tôi lỡ cắn phải môi chảy máu."),
    ("My son bit his tongue and it bled.", "Con trai tôi cắn phải lưỡi chảy máu."),
    ("I bit my tongue and it really hurts.", "Tôi cắn phải lưỡi đau quá."),
    # v8: "Xuất huyết của bạn có phải không?", "Cái nắp của bạn có sưng không?", "Bạn có bị tổn thương không?", "Tôi
    # lưỡi tôi làm tổn thương nhiều.", "Món của tôi bị sưng.", "Món môi dưới của tôi bị sưng.", "Món của mẹ tôi sưng
    # phồng lên.", "Tôi lưỡi kiếm tổn thương."
    ("My tongue is bleeding.", "Lưỡi tôi đang chảy máu."),
    ("Is your tongue bleeding?", "Lưỡi bạn có bị chảy máu không?"),
    ("My tongue is swollen.", "Lưỡi tôi bị sưng."),
    ("My tongue's swollen!", "Lưỡi tôi bị sưng!"),
    ("Lan's tongue is swollen.", "Lưỡi của Lan bị sưng."),
    ("My lip is swollen.", "Môi tôi bị sưng."),
    ("Is your lip swollen?", "Môi bạn có bị sưng không?"),
    ("My lower lip is swollen.", "Môi dưới của tôi bị sưng."),
    ("My mother's lip is swollen.", "Môi của mẹ tôi bị sưng."),
    ("My upper lip is bleeding.", "Môi trên của tôi đang chảy máu."),
    ("My tongue hurts.", "Lưỡi tôi đau."),
    ("My tongue really hurts.", "Lưỡi tôi đau quá."),
    ("My tongue hurts a lot.", "Lưỡi tôi đau lắm."),
    ("My tongue hurts so much.", "Lưỡi tôi đau lắm."),
    ("Does your tongue hurt?", "Lưỡi bạn có đau không?"),
    ("My lip hurts.", "Môi tôi đau."),
    # v8: "Tôi đã vặn một cái răng.", "Tôi đã khóc nức nở.", "Tôi thốt lên cái răng trước.", "Tôi đã spending một cái
    # răng.", "Tôi đã làm cho một cái răng.", "Cô ấy chia hai răng.", "Tôi nứt một cái răng.", "Tôi vừa vặn một cái
    # răng.", "Bạn có chip thứ răng không?", "Bạn có nghỉ một thứ răng không?"
    ("I chipped a tooth.", "Tôi bị mẻ răng."),
    ("I chipped my tooth.", "Tôi bị mẻ răng."),
    ("I chipped my front tooth.", "Tôi bị mẻ răng cửa."),
    ("I've chipped a tooth.", "Tôi bị mẻ răng rồi."),
    ("I’ve broken a tooth.", "Tôi bị gãy răng rồi."),
    ("She's broken a tooth.", "Cô ấy bị gãy răng rồi."),
    ("He has chipped his front tooth.", "Anh ấy bị mẻ răng cửa rồi."),
    ("I just chipped a tooth.", "Tôi vừa bị mẻ răng."),
    ("I broke a tooth.", "Tôi bị gãy răng."),
    ("I broke my front tooth.", "Tôi bị gãy răng cửa."),
    ("I broke a front tooth.", "Tôi bị gãy răng cửa."),
    ("I broke one tooth.", "Tôi bị gãy một cái răng."),
    ("She broke two teeth.", "Cô ấy bị gãy hai cái răng."),
    ("He broke two front teeth.", "Anh ấy bị gãy hai cái răng cửa."),
    ("I cracked a tooth.", "Tôi bị nứt răng."),
    ("My son chipped his front tooth.", "Con trai tôi bị mẻ răng cửa."),
    ("Did you chip a tooth?", "Bạn có bị mẻ răng không?"),
    ("Did you break a tooth?", "Bạn có bị gãy răng không?"),
    ("Did your son break a tooth?", "Con trai bạn có bị gãy răng không?"),
    ("Did you break a tooth yesterday?", "Hôm qua bạn có bị gãy răng không?"),
    # v8: "Tôi nứt răng trên xương.", "Tôi đã vặn một cái răng trên xương."
    ("I chipped a tooth on a bone.", "Tôi bị mẻ răng vì cắn phải xương."),
    ("I cracked a tooth on a bone.", "Tôi bị nứt răng vì cắn phải xương."),
    ("I chipped a tooth on a bone yesterday.", "Hôm qua tôi bị mẻ răng vì cắn phải xương."),
    # v8: "Con trai tôi rơi xuống và làm cho cái răng trước của mình.", "Đứa con gái của tôi rơi xuống và phá vỡ cái
    # răng.", "Tôi ngã xuống và đổ một cái răng.", "Tôi ngã xuống cái xe đạp của tôi và làm một cái răng.", "Anh ấy
    # rơi xuống và phá vỡ thứ răng?", "John ngã xuống và bùng nổ thứ trước."
    ("My son fell and broke his front tooth.", "Con trai tôi bị ngã gãy răng cửa."),
    ("My son fell and chipped a tooth.", "Con trai tôi bị ngã mẻ răng."),
    ("My daughter fell and broke a tooth.", "Con gái tôi bị ngã gãy răng."),
    ("She fell and chipped her tooth.", "Cô ấy bị ngã mẻ răng."),
    ("I fell and broke a tooth.", "Tôi bị ngã gãy răng."),
    ("My daughter fell and broke two front teeth.", "Con gái tôi bị ngã gãy hai cái răng cửa."),
    ("My child fell and broke their front tooth.", "Con tôi bị ngã gãy răng cửa."),
    ("I fell and chipped a tooth yesterday.", "Hôm qua tôi bị ngã mẻ răng."),
    ("I fell off my bike and broke a tooth.", "Tôi bị ngã xe đạp gãy răng."),
    ("My son fell off his bike and broke a tooth.", "Con trai tôi bị ngã xe đạp gãy răng."),
    ("Lan fell off her bike and broke a tooth.", "Lan bị ngã xe đạp gãy răng."),
    ("John fell and broke his front tooth.", "John bị ngã gãy răng cửa."),
    ("Did he fall and break a tooth?", "Anh ấy có bị ngã gãy răng không?"),
    ("My son fell and broke his front tooth!", "Con trai tôi bị ngã gãy răng cửa!"),
    # v8: "Anh ấy ngã xuống và chia nắp.", "Con trai tôi ngã xuống và chia nắp.", "Tôi chia nắp của tôi."
    ("He fell and split his lip.", "Anh ấy bị ngã rách môi."),
    ("My son fell over and split his lip.", "Con trai tôi bị ngã rách môi."),
    ("I split my lip.", "Tôi bị rách môi."),
    ("I fell off my bike and split my lip.", "Tôi bị ngã xe đạp rách môi."),
    # v8: "Món thứ trước của tôi bị vỡ.", "Món răng của tôi bị nứt.", "Mẹ tôi quá nóng.", "Tôi đã tha thứ.", "Cô ấy bị
    # sập trước."
    ("My front tooth is broken.", "Răng cửa của tôi bị gãy."),
    ("My tooth is chipped.", "Răng tôi bị mẻ."),
    ("My front tooth is chipped.", "Răng cửa của tôi bị mẻ."),
    ("My tooth is cracked.", "Răng tôi bị nứt."),
    ("My mother's tooth is chipped.", "Răng của mẹ tôi bị mẻ."),
    ("Is your front tooth chipped?", "Răng cửa của bạn có bị mẻ không?"),
    ("I have a chipped tooth.", "Tôi bị mẻ răng."),
    ("She has a chipped front tooth.", "Cô ấy bị mẻ răng cửa."),
    ("She's got a broken front tooth.", "Cô ấy bị gãy răng cửa."),
    ("I've got a cracked tooth.", "Tôi bị nứt răng."),
    # not: a tongue or a lip bitten plainly ("I bit my tongue.": kept quiet?; mt/mouth_sores.py's by mistake), whose
    # not who's own, a verb, "a", "have" or a count not agreeing, "I" asked, we, they, a pet, a "?" on a statement, a
    # bite and what came of it with a day or "just", "just" with a day, fallen and on a bone, a lip bleeding
    # (mt/injuries.py's), "lips" (v8's is right), a tooth knocked out, the other way's language, nonsense
    ("I bit my tongue.", None), ("I bit my lip.", None), ("I accidentally bit my tongue.", None),
    ("I bit the inside of my tongue.", None), ("I bit your cheek.", None), ("John bit her cheek.", None),
    ("My son broke her tooth.", None), ("I fell off his bike and broke a tooth.", None),
    ("Did you bit your cheek?", None), ("You bite your cheek.", None), ("I broke a teeth.", None),
    ("I broke two tooth.", None), ("I broke an tooth.", None), ("I broke my teeth.", None),
    ("I've broke a tooth.", None), ("She've broken a tooth.", None), ("I fall and broke a tooth.", None),
    ("Did you fell and broke a tooth?", None), ("I split my tooth.", None), ("I chipped my lip.", None),
    ("I have fallen and broken a tooth.", None), ("I've a chipped tooth.", None), ("She have a chipped tooth.", None),
    ("Does your tongue hurts?", None), ("My tongue hurt.", None), ("Is your tongue hurt?", None),
    ("My tongue are swollen.", None), ("My tongue really hurts a lot.", None),
    ("Did I bite my cheek?", None), ("Did I break a tooth?", None), ("Is my tongue bleeding?", None),
    ("We bit our tongues.", None), ("We broke a tooth.", None), ("They fell and broke a tooth.", None),
    ("We have a chipped tooth.", None), ("Our tongues are swollen.", None), ("Their tooth is chipped.", None),
    ("My dog bit his cheek.", None), ("My dog broke a tooth.", None), ("My dog's tooth is chipped.", None),
    ("I bit my cheek?", None), ("I chipped a tooth?", None), ("I bit my tongue and it bled?", None),
    ("I bit my tongue yesterday and it bled.", None), ("I just bit my tongue and it bled.", None),
    ("I just bit my cheek yesterday.", None), ("I just broke a tooth yesterday.", None),
    ("I fell and chipped a tooth on a bone.", None), ("I've chipped a tooth on a bone.", None),
    ("My lip is bleeding.", None), ("My lips are swollen.", None), ("My front tooth is swollen.", None),
    ("He knocked out a tooth.", None), ("Tôi bị mẻ răng.", None), ("Tooth tooth tooth.", None),
    # reviewed: "our" (chúng tôi, or chúng ta? the one spoken to may be in it); a lip bitten "so hard it bled" (held
    # back, as often as by mistake: "cắn phải" says by mistake), unless said by accident
    ("I accidentally bit my lip so hard it bled.", "Tôi lỡ cắn phải môi đến chảy máu."),
    ("Our son chipped a tooth.", None), ("Our son fell and broke his front tooth.", None),
    ("Did our son break a tooth?", None), ("Our daughter has a chipped tooth.", None),
    ("Our son's tooth is chipped.", None), ("Is our son's tongue bleeding?", None),
    ("Our son bit his tongue and it bled.", None), ("She bit her lip so hard it bled.", None),
    ("I bit my lip so hard that it bled.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
