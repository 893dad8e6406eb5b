"""Wisdom teeth: one hurting, coming through, growing crooked or impacted, swollen gums and soft food after one is
out, and whether having one out hurts, both ways (mt/wisdom_teeth.py)."""
import pytest

from mt.wisdom_teeth import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have dry teeth.", "My dry teeth were paind.", "The dryness of my pain.", "My mother had dry teeth.",
    # "She is suffering from dry teeth.", "Will his dry teeth were hurting?", "I don't have dry teeth."
    ("Tôi bị đau răng khôn.", "My wisdom tooth hurts."),
    ("Răng khôn của tôi bị đau.", "My wisdom tooth hurts."),
    ("Răng khôn tôi đau.", "My wisdom tooth hurts."),
    ("Mẹ tôi bị đau răng khôn.", "My mother's wisdom tooth hurts."),
    ("Lan bị đau răng khôn.", "Lan's wisdom tooth hurts."),
    ("Cô ấy đang bị đau răng khôn.", "Her wisdom tooth is hurting."),
    ("Bạn có bị đau răng khôn không?", "Does your wisdom tooth hurt?"),
    ("Anh có bị đau răng khôn không?", "Does your wisdom tooth hurt?"),
    ("Răng khôn của anh ấy có đang đau không?", "Is his wisdom tooth hurting?"),
    ("Tôi không bị đau răng khôn.", "My wisdom tooth doesn't hurt."),
    ("Tôi bị đau răng khôn ạ.", "My wisdom tooth hurts."),
    # v8: "My dry teeth is skewed.", "The dryness of my sister is undergoed.", "His dry teeth grow horizontal.",
    # "Do your dry teeth grow off?", "I have a dry teeth growing.", "My mother had a dry teeth that grew up."
    ("Răng khôn của tôi mọc lệch.", "My wisdom tooth is growing crooked."),
    ("Răng khôn của em gái tôi bị mọc ngầm.", "My sister's wisdom tooth is impacted."),
    ("Răng khôn của anh ấy mọc ngang.", "His wisdom tooth is growing sideways."),
    ("Răng khôn của Lan đang mọc lệch.", "Lan's wisdom tooth is growing crooked."),
    ("Răng khôn của bạn có mọc lệch không?", "Is your wisdom tooth growing crooked?"),
    ("Răng khôn của tôi không mọc lệch.", "My wisdom tooth isn't growing crooked."),
    ("Tôi có một chiếc răng khôn mọc ngầm.", "I have an impacted wisdom tooth."),
    ("Mẹ tôi có một cái răng khôn mọc lệch.", "My mother has a wisdom tooth growing crooked."),
    # v8: "I'm growing dry teeth.", "My dry teeth is growing.", "She is growing dry teeth.", "Are you growing dry
    # teeth?" (twice), "I don't grow dry teeth.", "He has not been getting dry teeth."
    ("Tôi đang mọc răng khôn.", "My wisdom tooth is coming through."),
    ("Răng khôn của tôi đang mọc.", "My wisdom tooth is coming through."),
    ("Chị tôi đang mọc răng khôn.", "My sister's wisdom tooth is coming through."),
    ("Con trai tôi bắt đầu mọc răng khôn.", "My son's wisdom tooth has started coming through."),
    ("Bạn có đang mọc răng khôn không?", "Is your wisdom tooth coming through?"),
    ("Bạn đã mọc răng khôn chưa?", "Have your wisdom teeth come through yet?"),
    ("Tôi chưa mọc răng khôn.", "My wisdom teeth haven't come through yet."),
    ("Anh ấy chưa mọc răng khôn.", "His wisdom teeth haven't come through yet."),
    # v8: "My gain was swollen after a dry teeth.", "I was swollen after pouring my teeth.", "The gains around my dry
    # teeth were swollen.", "Do your gains have swollen after a dry teeth?"
    ("Lợi của tôi bị sưng sau khi nhổ răng khôn.", "My gums are swollen after having my wisdom tooth out."),
    ("Tôi bị sưng lợi sau khi nhổ răng khôn.", "My gums are swollen after having my wisdom tooth out."),
    ("Mẹ tôi bị sưng lợi sau khi nhổ răng khôn.", "My mother's gums are swollen after having her wisdom tooth out."),
    ("Lợi của Lan bị sưng sau khi nhổ răng khôn.", "Lan's gums are swollen after having a wisdom tooth out."),
    ("Lợi của bạn có bị sưng sau khi nhổ răng khôn không?",
     "Are your gums swollen after having your wisdom tooth out?"),
    ("Lợi quanh răng khôn của tôi bị sưng.", "The gum around my wisdom tooth is swollen."),
    ("Lợi quanh răng khôn của tôi không bị sưng.", "The gum around my wisdom tooth isn't swollen."),
    # v8: "I have to eat soft hills after getting dry teeth.", "After rubing my teeth, I only eat soft hills.", "You
    # should eat soft drinks after getting dry teeth.", "Did she had to eat soft drinks after winginging dry teeth?"
    ("Tôi phải ăn đồ mềm sau khi nhổ răng khôn.", "I have to eat soft food after having my wisdom tooth out."),
    ("Anh ấy phải ăn đồ mềm sau khi nhổ răng khôn.", "He has to eat soft food after having his wisdom tooth out."),
    ("Mẹ tôi cần ăn đồ mềm sau khi nhổ răng khôn.",
     "My mother needs to eat soft food after having her wisdom tooth out."),
    ("Sau khi nhổ răng khôn, tôi chỉ ăn được đồ mềm.", "After having my wisdom tooth out, I can only eat soft food."),
    ("Bạn nên ăn đồ mềm sau khi nhổ răng khôn nhé.", "You should eat soft food after having your wisdom tooth out."),
    ("Tôi có nên ăn đồ mềm sau khi nhổ răng khôn không?", "Should I eat soft food after having my wisdom tooth out?"),
    ("Cô ấy có phải ăn đồ mềm sau khi nhổ răng khôn không?",
     "Does she have to eat soft food after having her wisdom tooth out?"),
    # v8: "Do you have dry teeth?", "Is it a lot of dry teeth?", "Tooth decent teeth are painful.", "Tooth decent
    # teeth aren't very painful."
    ("Nhổ răng khôn có đau không?", "Does having a wisdom tooth out hurt?"),
    ("Nhổ răng khôn có đau lắm không?", "Does having a wisdom tooth out hurt a lot?"),
    ("Nhổ răng khôn rất đau.", "Having a wisdom tooth out hurts a lot."),
    ("Nhổ răng khôn không đau lắm.", "Having a wisdom tooth out doesn't hurt much."),
    # not: having one out (mt/dentist.py's), teeth and teething (mt/teeth.py, mt/crying.py), asked of oneself, a "?"
    # with no "không", "anh" saying it, "we" (a tooth each, or more?), a pet, "bị mọc" or "mọc" with no "đang" (now
    # or done?), come through said ("đã … rồi": one, or all?), "mọc lệch" of who not the tooth, "chỉ ăn" (now, or
    # then?), soft food with no must or can, having one out hurting plainly (now, or always?), "nhỉ", "răng khôn"
    # said twice, "khôn" as clever, the other way's language, nonsense
    ("Tôi phải nhổ răng khôn.", None), ("Con tôi đang mọc răng.", None), ("Tôi bị đau răng.", None),
    ("Tôi có bị đau răng khôn không?", None), ("Tôi bị đau răng khôn?", None), ("Anh bị đau răng khôn.", None),
    ("Chúng tôi bị đau răng khôn.", None), ("Con mèo của tôi bị đau răng khôn.", None),
    ("Tôi bị mọc răng khôn.", None), ("Tôi mọc răng khôn.", None), ("Tôi đã mọc răng khôn rồi.", None),
    ("Tôi không đang mọc răng khôn.", None), ("Tôi mọc lệch răng khôn.", None),
    ("Tôi chỉ ăn đồ mềm sau khi nhổ răng khôn.", None), ("Tôi ăn đồ mềm sau khi nhổ răng khôn.", None),
    ("Nhổ răng khôn đau.", None), ("Nhổ răng khôn không đau.", None), ("Tôi bị đau răng khôn nhỉ.", None),
    ("Răng khôn của tôi đau răng khôn.", None), ("Con chó nhà tôi rất khôn.", None),
    ("Tôi có một chiếc răng khôn mọc ngầm không?", None), ("Bạn nên ăn đồ mềm sau khi nhổ răng khôn không?", None),
    ("Lợi của tôi bị sưng sau khi nhổ răng.", None), ("My wisdom tooth hurts.", None),
    ("Răng khôn răng khôn răng khôn.", None),
    # "em" with "ạ" is the speaker, said up to the one asked (was "Do you have to …", "Does your …"); one asking
    # whether their gums swell after it (will they? was "Are my gums swollen …")
    ("Em có phải ăn đồ mềm sau khi nhổ răng khôn không ạ?", None), ("Em có bị đau răng khôn không ạ?", None),
    ("Răng khôn của em có mọc lệch không ạ?", None), ("Em đã mọc răng khôn chưa ạ?", None),
    ("Lợi của em có bị sưng sau khi nhổ răng khôn không ạ?", None),
    ("Sau khi nhổ răng khôn, em có phải ăn đồ mềm không ạ?", None),
    ("Tôi có bị sưng lợi sau khi nhổ răng khôn không?", None),
    ("Lợi của tôi có bị sưng sau khi nhổ răng khôn không?", None),
    ("Em có bị đau răng khôn không?", "Does your wisdom tooth hurt?"),
    ("Lợi quanh răng khôn của tôi có bị sưng không?", "Is the gum around my wisdom tooth swollen?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi bị tổn thương quá mức.", "Răng khô của tôi làm tổn thương.", "Bạn có bị tổn thương quá không?", "Nỗi
    # đau khổ của Lan Lan.", "Sự khôn ngoan của cô ấy không làm tổn thương gì.", "Căng thẳng có làm tổn thương không?"
    ("My wisdom tooth hurts.", "Tôi bị đau răng khôn."),
    ("My wisdom teeth hurt.", "Tôi bị đau răng khôn."),
    ("My mother's wisdom tooth hurts.", "Mẹ tôi bị đau răng khôn."),
    ("Lan's wisdom tooth hurts.", "Lan bị đau răng khôn."),
    ("Our wisdom teeth hurt.", "Chúng tôi bị đau răng khôn."),
    ("My wisdom tooth is hurting.", "Tôi đang bị đau răng khôn."),
    ("My wisdom tooth's hurting.", "Tôi đang bị đau răng khôn."),
    ("Does your wisdom tooth hurt?", "Bạn có bị đau răng khôn không?"),
    ("Are his wisdom teeth hurting?", "Anh ấy có đang bị đau răng khôn không?"),
    ("Her wisdom tooth doesn't hurt.", "Cô ấy không bị đau răng khôn."),
    # v8: "Món khô của tôi đang phát triển bị vẹo.", "Bọn tò mò của tôi đang đến bên đường.", "Sự khôi ngoan của chị
    # tôi bị ảnh hưởng.", "Có phải dây chuyền của bạn đang phát triển bị vẹo không?", "Tôi đã ảnh hưởng đến sự khôn
    # ngoan.", "Cô ấy có một cái dây cáng vẹo."
    ("My wisdom tooth is growing crooked.", "Răng khôn của tôi mọc lệch."),
    ("My wisdom tooth is coming in sideways.", "Răng khôn của tôi mọc ngang."),
    ("My sister's wisdom tooth is impacted.", "Răng khôn của em gái tôi mọc ngầm."),
    ("Lan's wisdom teeth are growing sideways.", "Răng khôn của Lan mọc ngang."),
    ("Is your wisdom tooth growing crooked?", "Răng khôn của bạn có mọc lệch không?"),
    ("My wisdom tooth isn't impacted.", "Răng khôn của tôi không mọc ngầm."),
    ("I have an impacted wisdom tooth.", "Tôi có một chiếc răng khôn mọc ngầm."),
    ("She has a crooked wisdom tooth.", "Cô ấy có một chiếc răng khôn mọc lệch."),
    ("Do you have impacted wisdom teeth?", "Bạn có răng khôn mọc ngầm không?"),
    # v8: "Món khô của tôi đang trải qua.", "Răng khô khô của tôi đang đến.", "Có phải lời nói của bạn quá thông qua
    # không?", "Ông ta có một lời nói dối.", "Bạn vẫn còn có răng khô ráo không?", "Răng khôn của tôi vẫn chưa trải
    # qua."
    ("My wisdom tooth is coming through.", "Tôi đang mọc răng khôn."),
    ("My wisdom teeth are coming in.", "Tôi đang mọc răng khôn."),
    ("Is your wisdom tooth coming through?", "Bạn có đang mọc răng khôn không?"),
    ("He has a wisdom tooth coming through.", "Anh ấy đang mọc một chiếc răng khôn."),
    ("Have your wisdom teeth come through yet?", "Bạn đã mọc răng khôn chưa?"),
    ("My wisdom teeth haven't come through yet.", "Tôi chưa mọc răng khôn."),
    ("My wisdom teeth have come through.", "Tôi đã mọc răng khôn rồi."),
    # v8: "Nướu của tôi bị sưng phồng sau khi bị khô ráo.", "Nướu nướu quanh lòng tôi bị sưng lên.", "Những nướu răng
    # của Lan bị sưng phồng sau khi bị răng khô.", "Có phải nướu răng xung quanh sưng răng không?"
    ("My gums are swollen after having my wisdom tooth out.", "Lợi của tôi bị sưng sau khi nhổ răng khôn."),
    ("Her gums aren't swollen after having her wisdom tooth out.",
     "Lợi của cô ấy không bị sưng sau khi nhổ răng khôn."),
    ("Lan's gums are swollen after having her wisdom tooth out.", "Lợi của Lan bị sưng sau khi nhổ răng khôn."),
    ("Are your gums swollen after having your wisdom tooth out?",
     "Lợi của bạn có bị sưng sau khi nhổ răng khôn không?"),
    ("The gum around my wisdom tooth is swollen.", "Lợi quanh răng khôn của tôi bị sưng."),
    ("Is the gum around your wisdom tooth swollen?", "Lợi quanh răng khôn của bạn có bị sưng không?"),
    # v8: "Tôi phải ăn thức ăn mềm sau khi ăn khô khô khô.", "Sau khi có khôn ngoan, tôi chỉ có thể ăn thức ăn mềm.",
    # "Bé có phải ăn thức ăn mềm sau khi ăn khô khô ráo không?", "Tôi có nên ăn thức ăn mềm sau khi có dây khô không?"
    ("I have to eat soft food after having my wisdom tooth out.", "Tôi phải ăn đồ mềm sau khi nhổ răng khôn."),
    ("You should eat soft food after having a wisdom tooth out.", "Bạn nên ăn đồ mềm sau khi nhổ răng khôn."),
    ("I can only eat soft food after having my wisdom tooth out.", "Tôi chỉ ăn được đồ mềm sau khi nhổ răng khôn."),
    ("After having my wisdom tooth out, I can only eat soft food.", "Sau khi nhổ răng khôn, tôi chỉ ăn được đồ mềm."),
    ("My father needs to eat soft food after having his wisdom tooth out.",
     "Bố tôi cần ăn đồ mềm sau khi nhổ răng khôn."),
    ("Does she have to eat soft food after having her wisdom tooth out?",
     "Cô ấy có phải ăn đồ mềm sau khi nhổ răng khôn không?"),
    ("Should I eat soft food after having my wisdom tooth out?", "Tôi có nên ăn đồ mềm sau khi nhổ răng khôn không?"),
    # v8: "Có phải có cảm giác bị tổn thương không?", "Có phải một sợi dây bị tổn thương nhiều không?", "Có một cái
    # răng khôn ngoan làm tổn thương rất nhiều.", "Có phải chứng khôn ngoan gây đau đớn không?"
    ("Does having a wisdom tooth out hurt?", "Nhổ răng khôn có đau không?"),
    ("Does having a wisdom tooth out hurt a lot?", "Nhổ răng khôn có đau lắm không?"),
    ("Is having a wisdom tooth out painful?", "Nhổ răng khôn có đau không?"),
    ("Having a wisdom tooth out hurts a lot.", "Nhổ răng khôn rất đau."),
    ("Having a wisdom tooth out doesn't hurt much.", "Nhổ răng khôn không đau lắm."),
    # not: having one out (mt/dentist.py's), "hurt" of one tooth (the past?), "our" of one tooth, asked of one's own,
    # a verb not agreeing ("teeth hurts", "teeth is", "She have", "an crooked"), a "?" on a statement, coming through
    # denied, "yet" said, a pet, whose tooth not whose gums, having one out hurting plainly, soft food with no must
    # or can, wisdom of the mind, the other way's language, nonsense
    ("I have to have my wisdom tooth out.", None), ("I had my wisdom tooth out yesterday.", None),
    ("My wisdom tooth hurt.", None), ("Our wisdom tooth hurts.", None), ("Does my wisdom tooth hurt?", None),
    ("My wisdom teeth hurts.", None), ("My wisdom tooth is hurting?", None),
    ("My wisdom tooth isn't coming through.", None), ("My wisdom teeth is impacted.", None),
    ("She has an crooked wisdom tooth.", None), ("My dog has an impacted wisdom tooth.", None),
    ("She have to eat soft food after having her wisdom tooth out.", None),
    ("My mother's gums are swollen after having his wisdom tooth out.", None),
    ("I have to eat soft food after having your wisdom tooth out.", None),
    ("I eat soft food after having my wisdom tooth out.", None), ("Having a wisdom tooth out hurts.", None),
    ("My wisdom tooth has come through yet.", None), ("He is a man of great wisdom.", None),
    ("Wisdom comes with age.", None), ("Tôi bị đau răng khôn.", None), ("My tooth hurts.", None),
    ("Wisdom wisdom tooth tooth.", None),
    # a pet's (was "Con chó tôi bị đau răng khôn.", "Răng khôn của con mèo tôi mọc ngầm."), and the gum around "our"
    # or "their" one tooth
    ("My dog's wisdom tooth hurts.", None), ("My cat's wisdom tooth is impacted.", None),
    ("Is my dog's wisdom tooth coming through?", None), ("My cat's wisdom teeth haven't come through yet.", None),
    ("My dog's gums are swollen after having a wisdom tooth out.", None),
    ("The gum around my dog's wisdom tooth is swollen.", None), ("Her dog’s wisdom tooth is impacted.", None),
    ("The gum around our wisdom tooth is swollen.", None), ("Is the gum around their wisdom tooth swollen?", None),
    ("My brother's wisdom tooth is impacted.", "Răng khôn của anh trai tôi mọc ngầm."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
