"""Grey hair: grey hairs plucked, a parent making a child pluck them, going grey early, grey hair had already, a few
found, hair flecked with grey, both ways (mt/grey_hairs.py)."""
import pytest

from mt.grey_hairs import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm getting a silver hair for my father.", "I'm getting a silver hair for my mother.", "My daughter or
    # silver for me.", "I had a silver hair for her.", "Do you have a good hair for your mother?", "My little hair is
    # deeply for him."
    ("Tôi đang nhổ tóc bạc cho bố.", "I'm plucking my father's grey hairs."),
    ("Tôi đang nhổ tóc bạc cho mẹ tôi.", "I'm plucking my mother's grey hairs."),
    ("Con gái tôi hay nhổ tóc bạc cho tôi.", "My daughter often plucks my grey hairs."),
    ("Tôi vừa nhổ tóc bạc cho bà.", "I've just plucked my grandmother's grey hairs."),
    ("Bạn có hay nhổ tóc bạc cho mẹ không?", "Do you often pluck your mother's grey hairs?"),
    ("Hồi nhỏ tôi hay nhổ tóc sâu cho ông.", "As a child, I often plucked my grandfather's grey hairs."),
    ("Lan đang nhổ tóc bạc cho mẹ tôi.", "Lan is plucking my mother's grey hairs."),
    ("Cô ấy thỉnh thoảng nhổ tóc sâu cho anh ấy.", "She sometimes plucks his grey hairs."),
    ("Chúng tôi đang nhổ tóc bạc cho ông.", "We're plucking our grandfather's grey hairs."),
    ("Hôm qua tôi nhổ tóc bạc cho bố.", "I plucked my father's grey hairs yesterday."),
    ("Mẹ tôi đã nhổ tóc bạc cho bà tôi.", "My mother plucked my grandmother's grey hairs."),
    ("Tôi nhổ tóc bạc cho mẹ rồi.", "I've plucked my mother's grey hairs."),
    ("Con trai tôi mới nhổ tóc bạc cho tôi.", "My son has just plucked my grey hairs."),
    ("Bác Lan đang nhổ tóc bạc cho Hùng.", "Aunt Lan is plucking Hung's grey hairs."),
    # v8: "My father caught me a silver hair.", "My mother or ask me to lift my hair."
    ("Mẹ tôi hay nhờ tôi nhổ tóc bạc.", "My mother often asks me to pluck her grey hairs."),
    ("Bố tôi hay bắt tôi nhổ tóc bạc.", "My father often makes me pluck his grey hairs."),
    ("Mẹ tôi vừa nhờ tôi nhổ tóc bạc.", "My mother has just asked me to pluck her grey hairs."),
    ("Ông tôi đã bảo tôi nhổ tóc sâu.", "My grandfather told me to pluck his grey hairs."),
    ("Mẹ bạn có hay bắt bạn nhổ tóc bạc không?", "Does your mother often make you pluck her grey hairs?"),
    ("Tôi thường nhờ con gái tôi nhổ tóc bạc.", "I often ask my daughter to pluck my grey hairs."),
    # v8: "My mother had silver early hair.", "I have a silver early hair.", "Are you silver early?", "My mother was
    # silver early."
    ("Mẹ tôi bạc tóc sớm.", "My mother went grey early."),
    ("Tôi bị bạc tóc sớm.", "I went grey early."),
    ("Bạn có bị bạc tóc sớm không?", "Did you go grey early?"),
    ("Bố tôi không bị bạc tóc sớm.", "My father didn't go grey early."),
    ("Anh ấy bạc tóc sớm.", "He went grey early."),
    ("Tóc mẹ tôi bạc sớm.", "My mother's hair went grey early."),
    ("Tóc bạn có bạc sớm không?", "Did your hair go grey early?"),
    # v8: "I have a silver hair.", "Do you have a silver hair?", "I have no silver hair.", "My mother had some silver
    # hairs.", "We have a silver hair.", "My father had a silver hair."
    ("Tôi có tóc bạc rồi.", "I've got grey hair already."),
    ("Chúng tôi có tóc bạc rồi.", "We've got grey hair already."),
    ("Bố tôi đã có tóc bạc.", "My father has got grey hair already."),
    ("Cô ấy đã có tóc bạc rồi.", "She's got grey hair already."),
    ("Bạn có tóc bạc chưa?", "Do you have any grey hair yet?"),
    ("Mẹ bạn đã có tóc bạc chưa?", "Does your mother have any grey hair yet?"),
    ("Tôi chưa có tóc bạc.", "I don't have any grey hair yet."),
    ("Lan chưa có sợi tóc bạc nào.", "Lan doesn't have any grey hair yet."),
    ("Bà tôi không có tóc bạc.", "My grandmother doesn't have any grey hair."),
    ("Mẹ tôi có vài sợi tóc bạc.", "My mother has a few grey hairs."),
    ("Tôi có vài sợi tóc bạc rồi.", "I've got a few grey hairs already."),
    # v8: "I've found a few silver hairs."
    ("Tôi vừa tìm thấy vài sợi tóc bạc.", "I've just found a few grey hairs."),
    ("Mẹ tôi đã phát hiện thêm vài sợi tóc bạc.", "My mother found a few more grey hairs."),
    # v8: "The father I had brought my silver."
    ("Tóc bố tôi đã lấm tấm bạc.", "My father's hair is flecked with grey."),
    ("Tóc mẹ tôi điểm bạc rồi.", "My mother's hair is already flecked with grey."),
    # not: plucking with no word of time (past or habit?), with no whom, one's own, kin alone of another (whose
    # mother?), asked with no "how often", "bắt" or "nhờ" with no word of time, "Lan" making (his or her hairs?),
    # "anh", "em" alone saying it, a pet, a "?" on a statement, "có" with no "không", the shapes of mt/hair_loss.py,
    # mt/features.py and mt/hair_dyeing.py, silver, gambling, and English
    ("Tôi nhổ tóc bạc cho bố.", None), ("Tôi đang nhổ tóc bạc.", None), ("Tôi đang nhổ tóc bạc cho tôi.", None),
    ("Lan đang nhổ tóc bạc cho mẹ.", None), ("Bạn có nhổ tóc bạc cho mẹ không?", None),
    ("Bố tôi bắt tôi nhổ tóc bạc.", None), ("Lan hay nhờ tôi nhổ tóc bạc.", None), ("Anh bạc tóc sớm.", None),
    ("Con chó của tôi bạc tóc sớm.", None), ("Mẹ tôi bạc tóc sớm?", None), ("Bạn có bị bạc tóc sớm?", None),
    ("Tôi vừa tìm thấy một sợi tóc bạc.", None), ("Tóc tôi bắt đầu bạc.", None), ("Anh ấy có tóc bạc.", None),
    ("Tóc bố tôi bạc rồi.", None), ("Mẹ tôi đang nhuộm tóc bạc.", None), ("Cô ấy có nhiều tóc bạc.", None),
    ("Tôi có tóc bạc rồi?", None), ("Bạn chưa có tóc bạc chưa?", None), ("Tôi có vài sợi tóc bạc chưa?", None),
    ("Anh ấy thua bạc.", None), ("Chiếc nhẫn này bằng bạc.", None), ("Tôi vừa thấy vài sợi tóc bạc.", None),
    ("Em đang nhổ tóc bạc cho mẹ ạ.", None), ("Tôi đang nhổ tóc bạc cho bố nhỉ.", None),
    ("I went grey early.", None), ("Tôi hay nhổ tóc bạc cho con chó của tôi.", None),
    # (reviewed: "Mẹ tôi hồi nhỏ": whose childhood? taken of "tôi" alone)
    ("Hồi nhỏ mẹ tôi hay nhổ tóc bạc cho bà.", None), ("Tôi đang nhổ tóc bạc cho chúng tôi.", None),
    # (reviewed: "má" alone, of "tôi", is mother, as "mẹ"; it raised KeyError)
    ("Tôi đang nhổ tóc bạc cho má.", "I'm plucking my mother's grey hairs."),
    # (reviewed: "his", "her" after kin or a name read as their own where Vietnamese says another's: "Bố tôi … cho anh
    # ấy", "Mẹ tôi … cho mẹ cô ấy", "Mẹ tôi … nhờ con gái cô ấy"; taken where who is of the other sex)
    ("Bố tôi hay nhổ tóc bạc cho anh ấy.", None), ("Bố tôi đang nhổ tóc bạc cho ông ấy.", None),
    ("Mẹ tôi hay nhổ tóc bạc cho cô ấy.", None), ("Lan hay nhổ tóc bạc cho cô ấy.", None),
    ("Hùng hay nhổ tóc bạc cho anh ấy.", None), ("Bác Hùng đang nhổ tóc bạc cho anh ấy.", None),
    ("Mẹ tôi hay nhổ tóc bạc cho mẹ cô ấy.", None), ("Bố tôi hay nhổ tóc bạc cho mẹ anh ấy.", None),
    ("Lan đang nhổ tóc bạc cho bố cô ấy.", None), ("Mẹ tôi hay nhờ con gái cô ấy nhổ tóc bạc.", None),
    ("Bố tôi hay nhờ con trai anh ấy nhổ tóc bạc.", None),
    ("Mẹ tôi hay nhổ tóc bạc cho anh ấy.", "My mother often plucks his grey hairs."),
    ("Bố tôi hay nhổ tóc bạc cho mẹ cô ấy.", "My father often plucks her mother's grey hairs."),
    ("Cô ấy đang nhổ tóc bạc cho mẹ cô ấy.", "She's plucking her mother's grey hairs."),
    # (reviewed: "rồi" after a childhood was dropped)
    ("Hồi nhỏ tôi nhổ tóc bạc cho ông rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang vỗ lông tơ của cha mình.", "Đứa con gái của tôi thường lấn những mái tóc của tôi.", "Tôi vừa vặn
    # lông tơ của bà.", "Bạn có thường vỗ lông tơ của mẹ không?", "Khi một đứa trẻ, tôi thường nhóc lông tơ của ông."
    ("I'm plucking my father's grey hairs.", "Tôi đang nhổ tóc bạc cho bố."),
    ("My daughter often plucks my grey hairs.", "Con gái tôi hay nhổ tóc bạc cho tôi."),
    ("I've just plucked my grandmother's grey hairs.", "Tôi vừa nhổ tóc bạc cho bà."),
    ("Do you often pluck your mother's grey hairs?", "Bạn có hay nhổ tóc bạc cho mẹ không?"),
    ("As a child, I often plucked my grandfather's grey hairs.", "Hồi nhỏ tôi hay nhổ tóc bạc cho ông."),
    ("She's plucking her mother's grey hairs.", "Cô ấy đang nhổ tóc bạc cho mẹ cô ấy."),
    ("Lan is plucking my gray hairs.", "Lan đang nhổ tóc bạc cho tôi."),
    ("We plucked our grandmother's grey hairs yesterday.", "Hôm qua chúng tôi nhổ tóc bạc cho bà chúng tôi."),
    ("My son just plucked my grey hairs.", "Con trai tôi vừa nhổ tóc bạc cho tôi."),
    ("She's just plucked out his grey hairs.", "Cô ấy vừa nhổ tóc bạc cho anh ấy."),
    ("I plucked my father's grey hairs.", "Tôi đã nhổ tóc bạc cho bố."),
    ("He sometimes plucks his mother's grey hairs.", "Anh ấy thỉnh thoảng nhổ tóc bạc cho mẹ anh ấy."),
    # v8: "Cha tôi làm tôi vỗ lông tơ.", "Mẹ tôi thường hỏi tôi vớ vẩn mái tóc."
    ("My father makes me pluck his grey hairs.", "Bố tôi bắt tôi nhổ tóc bạc."),
    ("My mother often asks me to pluck her grey hairs.", "Mẹ tôi hay nhờ tôi nhổ tóc bạc."),
    ("My mother has just asked me to pluck her grey hairs.", "Mẹ tôi vừa nhờ tôi nhổ tóc bạc."),
    ("My grandfather made me pluck his grey hairs.", "Ông tôi đã bắt tôi nhổ tóc bạc."),
    ("Does your mother make you pluck her grey hairs?", "Mẹ bạn có bắt bạn nhổ tóc bạc không?"),
    ("I ask my son to pluck my grey hairs.", "Tôi nhờ con trai tôi nhổ tóc bạc."),
    # v8: "Mẹ tôi đi mắt sớm.", "Bạn có đi grey sớm không?", "Cha tôi grey trẻ."
    ("My mother went grey early.", "Mẹ tôi bạc tóc sớm."),
    ("Did you go grey early?", "Bạn có bị bạc tóc sớm không?"),
    ("My father went grey young.", "Bố tôi bạc tóc sớm."),
    ("She went prematurely grey.", "Cô ấy bạc tóc sớm."),
    ("My father didn't go grey early.", "Bố tôi không bị bạc tóc sớm."),
    ("My mother's hair turned grey early.", "Tóc mẹ tôi bạc sớm."),
    # v8: "Tôi đã có tóc grey rồi.", "Bạn có lông tơ nào chưa?", "Tôi chưa có lông tơ nào.", "Mẹ tôi có một vài sợi
    # lông tơ."
    ("I've got grey hair already.", "Tôi có tóc bạc rồi."),
    ("I already have grey hair.", "Tôi có tóc bạc rồi."),
    ("My mother has got grey hair already.", "Mẹ tôi có tóc bạc rồi."),
    ("Do you have any grey hair yet?", "Bạn có tóc bạc chưa?"),
    ("Has your father got any grey hairs yet?", "Bố bạn có tóc bạc chưa?"),
    ("I don't have any grey hair yet.", "Tôi chưa có tóc bạc."),
    ("She doesn't have any grey hair.", "Cô ấy không có tóc bạc."),
    ("My mother has a few grey hairs.", "Mẹ tôi có vài sợi tóc bạc."),
    ("We've got a few grey hairs already.", "Chúng tôi có vài sợi tóc bạc rồi."),
    # v8: "Tôi chỉ tìm thấy một vài sợi lông tơ." (only), "Tóc tóc của cha tôi được cho bú bằng grey." (breastfed)
    ("I've just found a few grey hairs.", "Tôi vừa tìm thấy vài sợi tóc bạc."),
    ("She found a few more grey hairs.", "Cô ấy đã tìm thấy thêm vài sợi tóc bạc."),
    ("My father's hair is flecked with grey.", "Tóc bố tôi lấm tấm bạc."),
    ("Her hair's already flecked with grey.", "Tóc cô ấy lấm tấm bạc rồi."),
    # not: the verb not agreeing ("She pluck", "He have", "Does you", "I'm just plucked"), one's own grey hairs ("I
    # pluck my", "My mother … her": hers or another's?), another's made to be plucked, "make … to", "asked … pluck",
    # asked going on, "has plucked" with a day, the shapes of mt/hair_loss.py and mt/features.py, plucking
    # eyebrows, a grey cat, and Vietnamese
    ("She pluck my grey hairs.", None), ("Does you pluck your mother's grey hairs?", None),
    ("I'm just plucked my father's grey hairs.", None), ("I pluck my grey hairs.", None),
    ("My mother plucks her grey hairs.", None), ("He makes me pluck her grey hairs.", None),
    ("My father makes me to pluck his grey hairs.", None), ("My mother asks me pluck her grey hairs.", None),
    ("Are you plucking your father's grey hairs?", None), ("I've plucked my father's grey hairs yesterday.", None),
    ("She has grey hair.", None), ("I've just found a grey hair.", None), ("My hair is going grey.", None),
    ("He have a few grey hairs.", None), ("I've got grey hair.", None), ("I already have grey hair yet.", None),
    ("Do you have any grey hair already?", None), ("I have any grey hair.", None), ("She plucks her eyebrows.", None),
    ("My cat went grey early.", None), ("The sky is grey.", None), ("I have a few grey hair.", None),
    ("My mother went grey early?", None), ("Mẹ tôi bạc tóc sớm.", None),
    ("Did my father went grey early?", None), ("My father go grey early.", None),
    ("I'm plucking our grey hairs.", None), ("She's plucking her grey hairs.", None),
    # (reviewed: a pet plucking, or making someone pluck, was taken)
    ("My dog plucked my grey hairs.", None), ("My cat is plucking my grey hairs.", None),
    ("My dog makes me pluck his grey hairs.", None), ("My cat often asks me to pluck her grey hairs.", None),
    # (reviewed: "his", "her" of kin whom after kin or a name, their own or another's, were written "anh ấy", "cô ấy":
    # another's, and one's own mother is not "cô ấy")
    ("My sister is plucking her mother's grey hairs.", None), ("My mother plucks her mother's grey hairs.", None),
    ("Lan is plucking her mother's grey hairs.", None), ("My father often plucks his mother's grey hairs.", None),
    ("Does Lan often pluck her mother's grey hairs?", None), ("Lan is plucking his father's grey hairs.", None),
    ("My mother asks her sister to pluck her grey hairs.", None),
    ("My father asks his son to pluck his grey hairs.", None), ("Lan asks her daughter to pluck her grey hairs.", None),
    ("He asks his son to pluck his grey hairs.", "Anh ấy nhờ con trai anh ấy nhổ tóc bạc."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
