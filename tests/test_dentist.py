"""Teeth and the dentist: braces, a tooth out, a filling, teeth cleaned, tooth decay, a child's tooth lost and
brushing twice a day told, both ways (mt/dentist.py)."""
import pytest

from mt.dentist import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My daughter is teeth.", "She's tooth.", "My daughter is about to meditate tooth.", "Are you a teeth?",
    # "Do you have teeth?"
    ("Con gái tôi đang niềng răng.", "My daughter has braces."),
    ("Cô ấy đang niềng răng.", "She has braces."),
    ("Con gái tôi sắp niềng răng.", "My daughter is getting braces soon."),
    ("Tuần sau con trai tôi sẽ niềng răng.", "My son is getting braces next week."),
    ("Năm ngoái con gái tôi niềng răng.", "My daughter got braces last year."),
    ("Bạn có đang niềng răng không?", "Do you have braces?"),
    ("Con gái bạn có niềng răng không?", "Does your daughter have braces?"),
    ("Con gái tôi vừa tháo niềng răng.", "My daughter has just had her braces off."),
    # v8: "I must get dry teeth.", "I need dry teeth.", "I had just dry teeth.", "Yesterday, I walked dry teeth."
    ("Tôi phải đi nhổ răng khôn.", "I have to have my wisdom tooth out."),
    ("Tôi cần nhổ răng khôn.", "I need to have my wisdom tooth out."),
    ("Tôi vừa nhổ răng khôn.", "I've just had my wisdom tooth out."),
    ("Hôm qua tôi đi nhổ răng khôn.", "I had my wisdom tooth out yesterday."),
    ("Tôi đã nhổ răng khôn hôm qua.", "I had my wisdom tooth out yesterday."),
    ("Ngày mai tôi sẽ đi nhổ răng khôn.", "I'm having my wisdom tooth out tomorrow."),
    ("Tôi chưa nhổ răng khôn.", "I haven't had my wisdom tooth out yet."),
    ("Bạn đã nhổ răng khôn chưa?", "Have you had your wisdom tooth out yet?"),
    ("Anh ấy có phải nhổ răng khôn không?", "Does he have to have his wisdom tooth out?"),
    ("Mẹ tôi phải đi nhổ răng.", "My mother has to have a tooth out."),
    # v8: "The doctor put me tooth for me.", "I've been getting tooth.", "I must get tooth."
    ("Nha sĩ trám răng cho tôi.", "The dentist gave me a filling."),
    ("Nha sĩ vừa trám răng cho con trai tôi.", "The dentist has just given my son a filling."),
    ("Nha sĩ nhổ răng khôn cho anh ấy hôm qua.", "The dentist took out his wisdom tooth yesterday."),
    ("Nha sĩ đã trám răng cho mẹ tôi hôm qua.", "The dentist gave my mother a filling yesterday."),
    ("Tôi vừa đi trám răng.", "I've just had a filling."),
    ("Tôi phải đi trám răng.", "I have to have a filling."),
    ("Bố tôi cần trám răng.", "My father needs a filling."),
    # v8: "I just took my teeth high.", "I'm just tooth shaving.", "Last week, I took my teeth high."
    ("Tôi vừa đi lấy cao răng.", "I've just had my teeth cleaned."),
    ("Tôi vừa đi cạo vôi răng.", "I've just had my teeth cleaned."),
    ("Tuần trước tôi đi lấy cao răng.", "I had my teeth cleaned last week."),
    ("Nha sĩ vừa lấy cao răng cho mẹ tôi.", "The dentist has just cleaned my mother's teeth."),
    ("Con trai tôi bị sâu răng.", "My son has tooth decay."),
    ("Bạn có bị sâu răng không?", "Do you have any tooth decay?"),
    ("Tôi không bị sâu răng.", "I don't have any tooth decay."),
    # v8: "My child has teeth loss.", "My son is ovulating a teeth.", "My son died a milk teeth today.", "My
    # daughter has brewed milk."
    ("Con tôi bị rụng răng.", "My child has lost a tooth."),
    ("Con trai tôi bị rụng một cái răng.", "My son has lost a tooth."),
    ("Hôm nay con trai tôi rụng một chiếc răng sữa.", "My son lost a baby tooth today."),
    ("Con gái tôi vừa rụng răng sữa.", "My daughter has just lost a baby tooth."),
    # v8: "Brush twice a day."
    ("Hãy đánh răng hai lần mỗi ngày.", "Brush your teeth twice a day."),
    ("Nhớ đánh răng ngày hai lần nhé.", "Remember to brush your teeth twice a day."),
    ("Bạn nên đánh răng hai lần một ngày.", "You should brush your teeth twice a day."),
    # not: "đi" with no time said (went or going), "anh" saying it (may be the speaker), a grown-up's teeth lost (with
    # age), a toothache (mt.terms'), teething (mt/crying.py's), a first tooth (mt/milestones.py's), "đang" of a tooth
    # out, a name's own teeth (his or hers), a day ahead with "đã", asked without "không"
    ("Tôi vừa đi trám răng nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi đi nhổ răng khôn.", None), ("Anh phải đi nhổ răng khôn.", None), ("Mẹ tôi bị rụng răng.", None),
    ("Tôi bị đau răng.", None), ("Con tôi đang mọc răng.", None), ("Con trai tôi mọc chiếc răng đầu tiên rồi.", None),
    ("Tôi đang nhổ răng khôn.", None), ("Minh phải đi lấy cao răng.", None), ("Tôi đã nhổ răng khôn ngày mai.", None),
    ("Bạn có đang niềng răng?", None), ("Tôi có hẹn với nha sĩ ngày mai.", None),
    ("Hôm nay tôi đi nhổ răng khôn.", None),  # (had it out today, or is having it out today)
    ("Con gái tôi vừa niềng răng xong.", None),  # (braces just put on, or just done with?)
    # one filling, tooth or wisdom tooth of "we", "they": one each, or more? (braces and teeth cleaned are taken)
    ("Chúng tôi phải đi trám răng.", None), ("Họ chưa nhổ răng khôn.", None),
    ("Chúng tôi sẽ đi trám răng vào tuần sau.", None), ("Nha sĩ trám răng cho chúng tôi.", None),
    ("Nha sĩ nhổ răng khôn cho họ hôm qua.", None), ("Chúng tôi vừa rụng răng sữa.", None),
    ("Họ bị rụng răng sữa.", None),
    ("Chúng tôi vừa tháo niềng.", "We've just had our braces off."),
    ("Nha sĩ vừa lấy cao răng cho chúng tôi.", "The dentist has just cleaned our teeth."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy có dụng cụ chỉnh hình.", "Đứa con gái tôi đang chuẩn bị hình cụ chỉnh hình.", "Bạn có dấu ngoặc móc
    # không?" (brackets), "Tôi lấy cụm dụng cụ chỉnh hình."
    ("She has braces.", "Cô ấy đang niềng răng."),
    ("My daughter has braces.", "Con gái tôi đang niềng răng."),
    ("She's got braces.", "Cô ấy đang niềng răng."),
    ("My daughter is getting braces.", "Con gái tôi sắp niềng răng."),
    ("My son is getting braces next month.", "Tháng sau con trai tôi sẽ niềng răng."),
    ("Do you have braces?", "Bạn có đang niềng răng không?"),
    ("Has she got braces?", "Cô ấy có đang niềng răng không?"),
    ("I've just had my braces off.", "Tôi vừa tháo niềng răng."),
    # v8: "Tôi cần phải có dây chuyền của tôi." (a necklace), "Tôi phải tha thứ." (forgive), "Tôi có răng khô ráo của
    # tôi."
    ("I need to have my wisdom tooth out.", "Tôi cần nhổ răng khôn."),
    ("I need to have my wisdom teeth out.", "Tôi cần nhổ răng khôn."),
    ("I have to have a wisdom tooth out.", "Tôi phải đi nhổ răng khôn."),
    ("I had my wisdom tooth out yesterday.", "Hôm qua tôi đã đi nhổ răng khôn."),
    ("I had my wisdom teeth removed.", "Tôi đã đi nhổ răng khôn."),
    ("I'm having my wisdom tooth out tomorrow.", "Ngày mai tôi sẽ đi nhổ răng khôn."),
    ("Have you had your wisdom teeth out yet?", "Bạn đã nhổ răng khôn chưa?"),
    ("I haven't had my wisdom tooth out yet.", "Tôi chưa nhổ răng khôn."),
    ("She needs to have her wisdom tooth out.", "Cô ấy cần nhổ răng khôn."),
    ("Does he have to have his wisdom tooth out?", "Anh ấy có phải đi nhổ răng khôn không?"),
    # v8: "Tôi có một ca sĩ." (a singer), "Tôi đã trang trí quá.", "Cô ấy có hai hang." (caves)
    ("I've got a cavity.", "Tôi bị sâu răng."),
    ("I have tooth decay.", "Tôi bị sâu răng."),
    ("Do you have any cavities?", "Bạn có bị sâu răng không?"),
    ("She doesn't have any cavities.", "Cô ấy không bị sâu răng."),
    # v8: "Nha sĩ đã cho tôi một cái tô đầy." (a full bowl), "Tôi có một con tô đầy.", "Tôi cần tô phủ kín."
    ("The dentist gave me a filling.", "Nha sĩ đã trám răng cho tôi."),
    ("The dentist has just given my mother a filling.", "Nha sĩ vừa trám răng cho mẹ tôi."),
    ("The dentist took out my wisdom tooth.", "Nha sĩ đã nhổ răng khôn cho tôi."),
    ("I had a filling.", "Tôi đã đi trám răng."),
    ("I need a filling.", "Tôi cần trám răng."),
    ("I had a tooth filled.", "Tôi đã đi trám răng."),
    # v8: "Tôi đã làm sạch răng vào tuần trước.", "Tôi cần để lấy răng của mình sạch."
    ("I had my teeth cleaned last week.", "Tuần trước tôi đã đi lấy cao răng."),
    ("I need to get my teeth cleaned.", "Tôi cần lấy cao răng."),
    ("My mother had her teeth cleaned.", "Mẹ tôi đã đi lấy cao răng."),
    ("The dentist cleaned my teeth yesterday.", "Hôm qua nha sĩ đã lấy cao răng cho tôi."),
    # v8: "Con trai tôi mất một cái răng hôm nay."
    ("My son lost a tooth today.", "Hôm nay con trai tôi bị rụng một chiếc răng."),
    ("My daughter has just lost a baby tooth.", "Con gái tôi vừa bị rụng một chiếc răng sữa."),
    ("My son's lost a tooth.", "Con trai tôi bị rụng một chiếc răng rồi."),
    ("Brush your teeth twice a day.", "Hãy đánh răng hai lần một ngày."),
    ("Remember to brush your teeth twice a day.", "Nhớ đánh răng hai lần một ngày nhé."),
    # not: "has", "have", "need", "is" not agreeing, whose not who's own, braces worn once ("had braces"), a grown-up
    # losing a tooth, a toothache (mt.terms'), a dentist's appointment (mt/appointments.py's), brushing said
    # (mt/washing.py's), a first tooth (mt/milestones.py's)
    ("She have braces.", None), ("I has to have my wisdom tooth out.", None), ("She need a filling.", None),
    ("Does she has braces?", None), ("I is having my wisdom tooth out tomorrow.", None),
    ("I had your wisdom tooth out.", None), ("I had braces.", None), ("I lost a tooth.", None),
    ("I have a toothache.", None), ("She has an appointment with the dentist tomorrow.", None),
    ("I brush my teeth twice a day.", None), ("My son has got his first tooth.", None),
    ("My brother has to have her wisdom teeth out.", None), ("I've got a filling.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v8: "I'm going to snugg.", "It's going to be tooth decay.", "I'll have to get dry teeth.", "Next month, my
    # daughter will have to be dented.", "We'll have to take tooth high.", "You'll need tooth."
    ("Con tôi sắp phải niềng răng.", "My child is going to need braces."),
    ("Con gái tôi sắp phải niềng răng.", "My daughter is going to need braces."),
    ("Anh ấy sẽ phải niềng răng.", "He's going to need braces."),
    ("Lan sắp phải niềng răng.", "Lan is going to need braces."),
    ("Tôi sẽ phải đi nhổ răng khôn.", "I'm going to need to have my wisdom tooth out."),
    ("Tháng sau con gái tôi sẽ phải niềng răng.", "My daughter is going to need braces next month."),
    ("Chúng tôi sẽ phải đi lấy cao răng.", "We're going to need to have our teeth cleaned."),
    ("Bạn sẽ cần trám răng.", "You're going to need a filling."),
    # v8: "I have to take my meditation next month.", "My daughter had to take my teeth next week.", "I'll take my
    # teeth next week.", "My mother had teeth last week."
    ("Tôi phải tháo niềng vào tháng sau.", "I have to have my braces off next month."),
    ("Con gái tôi phải tháo niềng răng vào tuần sau.", "My daughter has to have her braces off next week."),
    ("Tôi sẽ đi lấy cao răng vào tuần sau.", "I'm having my teeth cleaned next week."),
    ("Mẹ tôi đã đi trám răng vào tuần trước.", "My mother had a filling last week."),
    ("Tôi phải đi lấy cao răng.", "I have to have my teeth cleaned."),  # (v8 right: the same)
    # v8: "Did it hurt?", "Is it very painful?", "Do you have painless teeth?", "Tooth teeth are painful.", "Too much
    # painful teeth."
    ("Niềng răng có đau không?", "Do braces hurt?"),
    ("Niềng răng có đau không ạ?", "Do braces hurt?"),
    ("Niềng răng có đau lắm không?", "Do braces hurt a lot?"),
    ("Đeo niềng răng có đau không?", "Does wearing braces hurt?"),
    ("Niềng răng rất đau.", "Braces hurt a lot."),
    ("Đeo niềng răng đau lắm.", "Wearing braces hurts a lot."),
    # v8: "I'm getting tooth deeply.", "My mother has tooth decay, tooth decay.", "He has a tooth decay.", "You have
    # tooth decay.", "Lan has a tooth deeply need to be getting."
    ("Tôi bị sâu răng phải trám.", "I have a cavity and need a filling."),
    ("Tôi bị sâu răng và phải trám.", "I have a cavity and need a filling."),
    ("Mẹ tôi bị sâu răng, cần trám răng.", "My mother has a cavity and needs a filling."),
    ("Con gái tôi bị sâu răng và phải đi trám.", "My daughter has a cavity and needs a filling."),
    ("Anh ấy bị sâu răng phải hàn răng.", "He has a cavity and needs a filling."),
    ("Bạn bị sâu răng phải trám.", "You have a cavity and need a filling."),
    ("Lan bị sâu răng cần phải trám.", "Lan has a cavity and needs a filling."),
    # not: a pet going to need braces or a filling (a vet's), going to need with a day behind or "rồi", asked, a "?"
    # on a statement, "anh" saying it, braces hurting now (whose?), asked without "có" or "không", "making me hurt",
    # a tooth pulled, a cavity and a filling asked or denied, of "we" (one cavity or more?), "răng tôi bị sâu",
    # "nhỉ", today ahead (now, or later today?)
    ("Con chó của tôi sắp phải niềng răng.", None), ("Tôi sẽ phải niềng răng tuần trước.", None),
    ("Tôi sắp phải niềng răng rồi.", None), ("Bạn có sắp phải niềng răng không?", None),
    ("Tôi sắp phải niềng răng?", None), ("Anh sắp phải niềng răng.", None), ("Niềng răng đau.", None),
    ("Niềng răng đau không?", None), ("Niềng răng có đau.", None), ("Niềng răng có đau không.", None),
    ("Niềng răng có rất đau không?", None), ("Niềng răng làm tôi đau.", None), ("Tôi bị sâu răng phải nhổ.", None),
    ("Bạn có bị sâu răng phải trám không?", None), ("Tôi không bị sâu răng phải trám.", None),
    ("Chúng tôi bị sâu răng phải trám.", None), ("Con mèo của tôi bị sâu răng phải trám.", None),
    ("Răng tôi bị sâu phải trám.", None), ("Tôi bị sâu răng phải trám nhỉ.", None),
    ("Hôm nay tôi sẽ phải đi trám răng.", None), ("Do braces hurt?", None),
    # one filling, tooth or wisdom tooth of "we", "they" going to be needed: one each, or more?
    ("Chúng tôi sẽ cần trám răng.", None), ("Chúng tôi sắp phải nhổ răng.", None),
    ("Chúng tôi sắp phải nhổ răng khôn.", None),
    ("Họ sẽ phải tháo niềng.", "They're going to need to have their braces off."),
])
def test_vi_en_ahead_hurting_filled(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi sẽ cần phải có dụng cụ chỉnh hình.", "Lan sẽ cần tô phủ kín.", "Anh ta sẽ phải có lời khôn
    # ngoan.", "Chúng ta sẽ cần có răng sạch sẽ.", "Đứa con gái của tôi sẽ cần phải có dụng cụ chỉnh hình vào tháng
    # tới."
    ("My child is going to need braces.", "Con tôi sẽ phải niềng răng."),
    ("I'm going to need braces.", "Tôi sẽ phải niềng răng."),
    ("My son is going to need braces.", "Con trai tôi sẽ phải niềng răng."),
    ("Lan is going to need a filling.", "Lan sẽ phải đi trám răng."),
    ("He's going to have to have his wisdom tooth out.", "Anh ấy sẽ phải đi nhổ răng khôn."),
    ("We are going to need to have our teeth cleaned.", "Chúng tôi sẽ phải đi lấy cao răng."),
    ("My daughter is going to need braces next month.", "Tháng sau con gái tôi sẽ phải niềng răng."),
    # (v8 right with every rule on: the same)
    ("I'm having my braces taken off next month.", "Tháng sau tôi sẽ đi tháo niềng răng."),
    ("I'm getting my braces off next month.", "Tháng sau tôi sẽ đi tháo niềng răng."),
    ("I have to have my teeth cleaned.", "Tôi phải đi lấy cao răng."),
    # v8: "Có phải dụng cụ chỉnh hình làm tổn thương không?", "Có phải đeo dụng cụ chỉnh hình bị tổn thương không?",
    # "Braces làm tổn thương rất nhiều.", "Cặm dụng cụ chỉnh hình làm tổn thương rất nhiều."
    ("Do braces hurt?", "Niềng răng có đau không?"),
    ("Do braces hurt much?", "Niềng răng có đau lắm không?"),
    ("Does wearing braces hurt?", "Đeo niềng răng có đau không?"),
    ("Does wearing braces hurt a lot?", "Đeo niềng răng có đau lắm không?"),
    ("Braces hurt a lot.", "Niềng răng rất đau."),
    ("Wearing braces hurts a lot.", "Đeo niềng răng rất đau."),
    # v8: "Tôi có một con khoa và cần một cái tô đầy.", "Mẹ tôi có một con khoa và cần một con tô đầy.", "Anh ấy có
    # tính ca và phải có một cái tô đầy."
    ("I have a cavity and need a filling.", "Tôi bị sâu răng và cần trám răng."),
    ("I've got a cavity and need a filling.", "Tôi bị sâu răng và cần trám răng."),
    ("My mother has a cavity and needs a filling.", "Mẹ tôi bị sâu răng và cần trám răng."),
    ("He has a cavity and has to have a filling.", "Anh ấy bị sâu răng và phải đi trám răng."),
    ("Lan has got a cavity and needs a filling.", "Lan bị sâu răng và cần trám răng."),
    ("You have a cavity and need a filling.", "Bạn bị sâu răng và cần trám răng."),
    # not: a verb not agreeing with who, a pet, a day behind, asked, "going to have" (to get, or wear?), "hurts" not
    # agreeing, "Braces hurt." (a wearer's now, or always?), a "." on a question, "much" said, "it hurts to get",
    # whose braces, "we" with one cavity, a cavity and a filling asked or denied
    ("She are going to need braces.", None), ("I is going to need braces.", None),
    ("My dog is going to need braces.", None), ("I'm going to need braces yesterday.", None),
    ("Am I going to need braces?", None), ("I'm going to have braces.", None), ("Braces hurts a lot.", None),
    ("Does braces hurt?", None), ("Do wearing braces hurt?", None), ("Braces hurt.", None),
    ("Do braces hurt.", None), ("Braces hurt a lot?", None), ("Braces hurt much.", None),
    ("Does it hurt to get braces?", None), ("My braces hurt.", None), ("She has a cavity and need a filling.", None),
    ("I has a cavity and need a filling.", None), ("We have a cavity and need a filling.", None),
    ("My dog has a cavity and needs a filling.", None), ("Do you have a cavity and need a filling?", None),
    ("I don't have a cavity and need a filling.", None), ("Niềng răng có đau không?", None),
])
def test_en_vi_ahead_hurting_filled(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Cô ấy đang niềng răng.", "en", "vi") is None
    assert translate("She has braces.", "vi", "en") is None
    assert translate("She has braces.", "en", "fr") is None
