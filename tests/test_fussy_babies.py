"""A fussy baby, weaning and nappy rash, both ways (mt/fussy_babies.py)."""
import pytest

from mt.fussy_babies import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The baby is harassing all night.", "My baby or night.", "You're very harass today.", "Is your baby or night
    # harass?", "Last night, my child was harassing.", "This rice is harassed."
    ("Em bé quấy cả đêm.", "The baby was fussy all night."),
    ("Em bé quấy suốt đêm.", "The baby was fussy all night."),
    ("Em bé quấy khóc cả đêm.", "The baby was fussing and crying all night."),
    ("Bé nhà tôi hay quấy đêm.", "My baby is often fussy at night."),
    ("Con gái tôi thường quấy về đêm.", "My daughter is often fussy at night."),
    ("Con tôi quấy đêm.", "My baby is fussy at night."),
    ("Con trai tôi hay quấy khóc vào ban đêm.", "My son often fusses and cries at night."),
    ("Em bé nhà tôi không quấy đêm.", "My baby isn't fussy at night."),
    ("Bé nhà tôi ít khi quấy đêm.", "My baby is rarely fussy at night."),
    ("Lan quấy cả đêm.", "Lan was fussy all night."),
    ("Bé có hay quấy đêm không?", "Is the baby often fussy at night?"),
    ("Con bạn có hay quấy đêm không ạ?", "Is your baby often fussy at night?"),
    ("Bé nhà chị có hay quấy khóc đêm không?", None),  # ("chị" is not OWNERS': you, or she?)
    ("Đêm qua con tôi quấy lắm.", "My baby was very fussy last night."),
    ("Tối qua, bé quấy quá!", "The baby was so fussy last night!"),
    ("Đêm qua em bé không quấy.", "The baby wasn't fussy last night."),
    ("Đêm qua em bé có quấy không?", "Was the baby fussy last night?"),
    ("Hôm nay em bé rất quấy.", "The baby is very fussy today."),
    ("Hôm qua con gái tôi quấy cả ngày.", "My daughter was fussy all day yesterday."),
    ("Dạo này bé rất quấy.", "The baby has been very fussy lately."),
    # v8: "I'm caving my baby.", "I've hanged my baby.", "We've hanged milk for our daughter.", "At what's your baby's
    # milk?", "She's caving my baby."
    ("Tôi đang cai sữa cho con.", "I'm weaning my baby."),
    ("Tôi đã cai sữa cho con rồi.", "I've already weaned my baby."),
    ("Chúng tôi đã cai sữa cho con gái.", "We've weaned our daughter."),
    ("Chúng tôi đã cai sữa cho con gái rồi.", "We've already weaned our daughter."),
    ("Chị tôi đang cai sữa cho con.", "My sister is weaning her baby."),
    ("Anh ấy vừa cai sữa cho con trai.", "He's just weaned his son."),
    ("Bác Lan sắp cai sữa cho bé.", "Aunt Lan is about to wean the baby."),
    ("Mẹ tôi đang cai sữa cho con tôi.", "My mother is weaning my baby."),
    ("Tôi chưa cai sữa cho con.", "I haven't weaned my baby yet."),
    ("Tôi định cai sữa cho con.", "I'm planning to wean my baby."),
    ("Chúng tôi đã bắt đầu cai sữa cho em bé.", "We've started weaning the baby."),
    ("Tôi cai sữa cho con lúc mười tháng.", "I weaned my baby at ten months."),
    ("Bạn cai sữa cho bé khi nào?", "When did you wean your baby?"),
    ("Chị cai sữa cho bé lúc mấy tháng?", "At what age did you wean your baby?"),
    ("Bạn đã cai sữa cho con chưa?", "Have you weaned your baby yet?"),
    ("Bạn có đang cai sữa cho bé không?", "Are you weaning your baby?"),
    # "cho bé" of one spoken of: hers, or the family's she is weaning (a grandmother often weans a grandchild)
    ("Mẹ tôi đang cai sữa cho bé.", "My mother is weaning the baby."),
    ("Bà ngoại tôi đang cai sữa cho bé.", "My grandmother is weaning the baby."),
    ("Con gái tôi đang cai sữa cho bé.", "My daughter is weaning the baby."),
    ("Cô ấy đã cai sữa cho bé chưa?", "Has she weaned the baby yet?"),
    ("Bà tôi đang cai sữa cho con tôi.", "My grandmother is weaning my baby."),
    # v8: "My child hanged milk at ten months.", "I was ten months of milk.", "Is she cavated milk?", "My baby hasn't
    # been milky."
    ("Con tôi cai sữa lúc mười tháng.", "My baby was weaned at ten months."),
    ("Con tôi được mười tháng thì cai sữa.", "My baby was weaned at ten months."),
    ("Bé nhà tôi cai sữa lúc một tuổi.", "My baby was weaned at one year old."),
    ("Bé đã cai sữa chưa?", "Has the baby been weaned yet?"),
    ("Con tôi đã cai sữa rồi.", "My baby has already been weaned."),
    ("Con tôi chưa cai sữa.", "My baby hasn't been weaned yet."),
    ("Bé nhà tôi đang cai sữa.", "My baby is being weaned."),
    ("Con bạn cai sữa khi nào?", "When was your baby weaned?"),
    # v8: "My child has a diaper rash." (right, but American), "Do your baby get a diaper rash?", "My son is often
    # diapered."
    ("Con tôi bị hăm tã.", "My baby has nappy rash."),
    ("Bé bị hăm bỉm.", "The baby has nappy rash."),
    ("Bé có bị hăm tã không?", "Does the baby have nappy rash?"),
    ("Con gái tôi không bị hăm tã.", "My daughter doesn't have nappy rash."),
    ("Con trai tôi hay bị hăm tã.", "My son often gets nappy rash."),
    ("Bé nhà tôi lại bị hăm tã rồi.", "My baby has nappy rash again."),
    ("Minh bị hăm tã.", "Minh has nappy rash."),
    # not: "hăm" alone (heat rash, chafing?), "suốt" (all the time, or all night?), "quấy" with no time, a "?" on a
    # statement, "nhỉ", a son, daughter or name weaned without "cho" (or weaning her own?), "cháu", a name weaning "con"
    # (his, or hers?), I asked, "chị" alone saying it, a pet, a day ahead, other "quấy"s (stirring, bothering)
    ("Bé bị hăm.", None), ("Bé bị hăm đỏ cả mông.", None), ("Con tôi quấy khóc suốt.", None), ("Em bé quấy.", None),
    ("Em bé quấy cả đêm?", None), ("Bé nhà tôi hay quấy đêm nhỉ?", None), ("Con gái tôi đã cai sữa rồi.", None),
    ("Lan đã cai sữa rồi.", None), ("Cháu tôi bị hăm tã.", None), ("Lan đang cai sữa cho con.", None),
    ("Tôi đã cai sữa cho con chưa?", None), ("Chị cai sữa cho con.", None), ("Con mèo đang cai sữa cho con.", None),
    ("Khi nào bạn cai sữa cho bé?", None), ("Mẹ tôi đang quấy bột cho em bé.", None), ("Em bé quấy rầy mẹ.", None),
    ("Tôi cai sữa cho con lúc mười hai tháng.", None), ("Bạn có cai sữa cho bé không?", None),
    ("Bé nhà bạn thường quấy về đêm không?", None), ("Ngày mai tôi cai sữa cho con.", None),
    ("Tôi bị hăm tã.", None), ("The baby was fussy all night.", None),
    ("Vợ tôi đang cai sữa cho con.", None), ("Con chó nhà tôi bị hăm tã.", None),  # (her baby, or ours? a dog)
    ("Bà tôi đang cai sữa cho con.", None), ("Ông tôi đã cai sữa cho con.", None),  # (a grandparent's own baby?)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bọn em bé ngủ suốt cả đêm.", "Con tôi cũng rất sợ hãi vào ban đêm.", "Hôm nay em bé rất thích thú.", "Bé có
    # thường ngủ không?", "Bé có phải quấy khóc tối qua không?", "Bé rất quấy rối."
    ("The baby was fussy all night.", "Em bé quấy cả đêm."),
    ("My baby is often fussy at night.", "Bé nhà tôi hay quấy đêm."),
    ("My baby is fussy at night.", "Bé nhà tôi quấy đêm."),
    ("My son isn't fussy at night.", "Con trai tôi không quấy đêm."),
    ("The baby is very fussy today.", "Hôm nay em bé rất quấy."),
    ("The baby's so fussy today!", "Hôm nay em bé quấy quá!"),
    ("Is your baby often fussy at night?", "Bé nhà bạn có hay quấy đêm không?"),
    ("Does your daughter often fuss and cry at night?", "Con gái bạn có hay quấy khóc đêm không?"),
    ("Was the baby fussy last night?", "Đêm qua em bé có quấy không?"),
    ("Our baby wasn't fussy last night.", "Đêm qua bé nhà chúng tôi không quấy."),
    ("The baby has been very fussy lately.", "Dạo này em bé rất quấy."),
    ("The baby fussed and cried all night.", "Em bé quấy khóc cả đêm."),
    ("Lan was fussy all night.", "Lan quấy cả đêm."),
    # v8: "Tôi đang làm cho em bé.", "Tôi đã làm cho em bé biết.", "Chúng tôi đã làm cho con gái của chúng tôi.", "Bạn
    # đã làm cho bé khi nào vậy?", "Chị của tôi đang chuẩn bị cho em bé."
    ("I'm weaning my baby.", "Tôi đang cai sữa cho con."),
    ("I am weaning my baby.", "Tôi đang cai sữa cho con."),
    ("I've already weaned my baby.", "Tôi đã cai sữa cho con rồi."),
    ("We've already weaned our daughter.", "Chúng tôi đã cai sữa cho con gái rồi."),
    ("My sister has already weaned her baby.", "Em gái tôi đã cai sữa cho con rồi."),
    ("She's weaning her son.", "Cô ấy đang cai sữa cho con trai."),
    ("My mother is weaning my baby.", "Mẹ tôi đang cai sữa cho con tôi."),
    ("We're about to wean our baby.", "Chúng tôi sắp cai sữa cho con."),
    ("I haven't weaned my baby yet.", "Tôi chưa cai sữa cho con."),
    ("We've started weaning the baby.", "Chúng tôi đã bắt đầu cai sữa cho bé."),
    ("We weaned our son at ten months.", "Chúng tôi cai sữa cho con trai lúc mười tháng."),
    ("When did you wean your baby?", "Bạn cai sữa cho con khi nào?"),
    ("At what age did you wean your son?", "Bạn cai sữa cho con trai lúc mấy tháng?"),
    ("Have you weaned your baby yet?", "Bạn đã cai sữa cho con chưa?"),
    ("Are you weaning your baby?", "Bạn có đang cai sữa cho con không?"),
    # v8: "Bé của tôi được cưới vào lúc 10 tháng.", "Bé vẫn chưa được vũ khí?"
    ("My baby was weaned at ten months.", "Bé nhà tôi cai sữa lúc mười tháng."),
    ("My daughter was weaned at one year old.", "Con gái tôi cai sữa lúc một tuổi."),
    ("Has the baby been weaned yet?", "Em bé đã cai sữa chưa?"),
    ("Is your baby weaned yet?", "Bé nhà bạn cai sữa chưa?"),
    ("My baby's already been weaned.", "Bé nhà tôi đã cai sữa rồi."),
    ("My son hasn't been weaned yet.", "Con trai tôi chưa cai sữa."),
    ("When was your baby weaned?", "Bé nhà bạn cai sữa khi nào?"),
    # v8: "Bé của tôi bị hăm tã vui vẻ.", "Bé bị hăm tã rất vui.", "Bé có bị phát ban nhẹ không?"
    ("My baby has nappy rash.", "Bé nhà tôi bị hăm tã."),
    ("The baby has nappy rash.", "Em bé bị hăm tã."),
    ("My son has diaper rash.", "Con trai tôi bị hăm tã."),
    ("My daughter's got a nappy rash.", "Con gái tôi bị hăm tã."),
    ("Does your baby have nappy rash?", "Bé nhà bạn có bị hăm tã không?"),
    ("Has your son got nappy rash?", "Con trai bạn có bị hăm tã không?"),
    ("Our baby doesn't have nappy rash.", "Bé nhà chúng tôi không bị hăm tã."),
    ("My baby often gets nappy rash.", "Bé nhà tôi hay bị hăm tã."),
    # not: verbs that do not agree, I asked, whose not the weaner's (or not known), "fussy" but at night of any but a
    # baby (picky?), of grown-ups, of food, no time ("Is the baby fussy?"), a "?" on a statement, "the son", "the
    # child", other rashes, the other way's language, nonsense
    ("I is weaning my baby.", None), ("Has you weaned your baby yet?", None), ("Have I weaned my baby yet?", None),
    ("She is weaning his baby.", None), ("Lan is weaning her baby.", None), ("I'm weaning her baby.", None),
    ("My son is often fussy.", None), ("My daughter is very fussy today.", None), ("My mother is fussy.", None),
    ("He's a fussy eater.", None), ("Is the baby fussy?", None), ("My baby is fussy at night?", None),
    ("The son is fussy at night.", None), ("The child has nappy rash.", None), ("My baby has a heat rash.", None),
    ("We weaned our son at one months.", None), ("My baby keeps fussing.", None), ("Em bé quấy cả đêm.", None),
    ("My dog has nappy rash.", None), ("My wife is weaning our baby.", "Vợ tôi đang cai sữa cho con chúng tôi."),
    # "fussy last night" of any but a baby (cranky, or picky at dinner?); "her baby" of a wife ("cho con": ours?)
    ("My daughter was fussy last night.", None), ("My son was very fussy last night.", None),
    ("Lan wasn't fussy last night.", None), ("Was Lan fussy last night?", None),
    ("My wife is weaning her baby.", None), ("My husband is weaning his baby.", None),
    ("Wean fussy rash.", None), ("I weaned myself off coffee.", None), ("Don't fuss over me.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Em bé quấy cả đêm.", "vi", "fr") is None
