"""Aches from posture and screens: a neck that hurts or a crick in it from sleeping badly, a back that hurts from
sitting all day, eyes tired from the computer or the phone, neck and shoulders that ache or are stiff, and getting up
to walk around, both ways (mt/posture.py)."""
import pytest

from mt.posture import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm a pain of neck because of the wrong sleep.", "My mother was getting a cervix from sleep.", "My father
    # sleeps the wrong position, so it's time for neck pain.", "I'm hardened for such misconception."
    ("Tôi bị đau cổ vì ngủ sai tư thế.", "My neck hurts from sleeping in a bad position."),
    ("Mẹ tôi bị đau cổ do ngủ sai tư thế.", "My mother's neck hurts from sleeping in a bad position."),
    ("Tôi ngủ sai tư thế nên bị đau cổ.", "I slept in a bad position, so my neck hurts."),
    ("Bố tôi ngủ sai tư thế nên giờ bị đau cổ.", "My father slept in a bad position, so now his neck hurts."),
    ("Tôi bị cứng cổ vì ngủ sai tư thế.", "My neck is stiff from sleeping in a bad position."),
    ("Bạn có bị đau cổ vì ngủ sai tư thế không?", "Does your neck hurt from sleeping in a bad position?"),
    # v8: "I'm waist.", "My mother was rushed.", "Are you waist?", "She sleeps the wrong position, should be waist."
    ("Tôi bị sái cổ.", "I have a crick in my neck."),
    ("Mẹ tôi bị sái cổ.", "My mother has a crick in her neck."),
    ("Anh ấy bị sái cổ vì ngủ sai tư thế.", "He has a crick in his neck from sleeping in a bad position."),
    ("Bạn có bị sái cổ không?", "Do you have a crick in your neck?"),
    ("Tôi bị vẹo cổ vì ngủ sai tư thế.", "I have a crick in my neck from sleeping in a bad position."),
    ("Cô ấy ngủ sai tư thế nên bị sái cổ.", "She slept in a bad position, so she has a crick in her neck."),
    # v8: "I sat all day, hurt my back.", "My mother sat all day, hurting my back.", "Lan was hurting the computer
    # sits all day.", "Do you have a lot of back pain?", "I'm usually hurting my back because I'm going to sit wrong."
    ("Tôi ngồi cả ngày nên bị đau lưng.", "I sit all day, so my back hurts."),
    ("Mẹ tôi ngồi cả ngày nên bị đau lưng.", "My mother sits all day, so her back hurts."),
    ("Chúng tôi ngồi cả ngày nên bị đau lưng.", "We sit all day, so our backs hurt."),
    # "now" after a habit is said of a day gone (as "I sit all day and now …" is left the other way)
    ("Tôi ngồi cả ngày nên bây giờ bị đau lưng.", "I sat all day, so now my back hurts."),
    ("Anh ấy nhìn điện thoại cả ngày nên giờ bị mỏi mắt.",
     "He looked at his phone all day, so now his eyes are tired."),
    ("Chị ấy dùng điện thoại nhiều quá nên giờ bị mỏi mắt.", "She used her phone too much, so now her eyes are tired."),
    ("Tôi bị đau lưng vì ngồi cả ngày.", "My back hurts from sitting all day."),
    ("Lan bị đau lưng vì ngồi máy tính cả ngày.", "Lan's back hurts from sitting at the computer all day."),
    ("Bạn có bị đau lưng vì ngồi nhiều không?", "Does your back hurt from sitting too much?"),
    ("Lưng mẹ tôi bị đau vì ngồi lâu.", "My mother's back hurts from sitting for long periods."),
    ("Bố tôi hay bị đau lưng vì ngồi sai tư thế.", "My father's back often hurts from sitting with bad posture."),
    ("Tôi bị mỏi lưng.", "My back aches."),
    # v8: "I'm tired of looking at a lot of computers.", "My eyes are tired of looking at the phone all day.", "Are
    # you tired of the computer looking?", "She was tired of over-the-counter phone."
    ("Tôi bị mỏi mắt vì nhìn máy tính nhiều.", "My eyes are tired from looking at the computer too much."),
    ("Mắt tôi mỏi vì nhìn điện thoại cả ngày.", "My eyes are tired from looking at my phone all day."),
    ("Lan bị mỏi mắt vì nhìn màn hình cả ngày.", "Lan's eyes are tired from looking at screens all day."),
    ("Mắt bạn có bị mỏi vì nhìn máy tính không?", "Are your eyes tired from looking at the computer?"),
    ("Tôi nhìn điện thoại cả ngày nên bị mỏi mắt.", "I look at my phone all day, so my eyes are tired."),
    ("Anh ấy bị đau cổ vì cúi đầu nhìn điện thoại.", "His neck hurts from looking down at his phone."),
    ("Chị ấy bị mỏi mắt vì dùng điện thoại nhiều quá.", "Her eyes are tired from using her phone too much."),
    # v8: "I'm hurting my shoulders.", "My father was tired of the shoulder.", "Are you tired of the grim?", "I'm not
    # tired of my shoulder.", "Divided and my shoulders are hard.", "The glad I was tired."
    ("Tôi bị đau mỏi vai gáy.", "My neck and shoulders ache."),
    ("Bố tôi bị mỏi vai gáy.", "My father's neck and shoulders ache."),
    ("Bạn có bị mỏi vai gáy không?", "Do your neck and shoulders ache?"),
    ("Tôi không bị mỏi vai gáy.", "My neck and shoulders don't ache."),
    ("Tôi hay bị đau vai gáy.", "My neck and shoulders often hurt."),
    ("Cổ và vai tôi bị cứng.", "My neck and shoulders are stiff."),
    ("Vai gáy tôi bị mỏi.", "My neck and shoulders ache."),
    ("Mẹ tôi bị đau mỏi cổ vai gáy vì ngồi máy tính cả ngày.",
     "My mother's neck and shoulders ache from sitting at the computer all day."),
    # v8: "You should stand up again.", "It's OK to stand up for a while.", "Sitting up!", "Wake up again."
    ("Bạn nên đứng dậy đi lại.", "You should get up and walk around."),
    ("Thỉnh thoảng bạn nên đứng dậy đi lại một chút.", "You should get up and walk around a bit from time to time."),
    ("Chúng ta nên đứng dậy đi lại.", "We should get up and walk around."),
    ("Bạn nên ngồi thẳng lưng.", "You should sit up straight."),
    ("Ngồi thẳng lưng lên!", "Sit up straight!"),
    ("Đứng dậy đi lại đi.", "Get up and walk around."),
    # not: "vẹo cổ" without sleeping (a baby's wry neck), "trẹo cổ" (a sprain?), a name's crick or phone (his or
    # her?), asked of oneself, "?" on a statement, "không?" without "có", a pet, "anh" saying it, a cause denied, a
    # cause not read ("gối cao", "nằm"), "đau mắt" (pink eye), told or said ("Bạn ngồi thẳng lưng."), let's?, a day,
    # "đã", other meanings ("đau lòng"), "nhỉ" (agreed with), the other way's language, nonsense
    ("Tôi bị vẹo cổ.", None), ("Con tôi bị vẹo cổ.", None), ("Tôi bị trẹo cổ.", None), ("Lan bị sái cổ.", None),
    ("Lan bị mỏi mắt vì nhìn điện thoại cả ngày.", None), ("Tôi có bị mỏi vai gáy không?", None),
    ("Tôi bị mỏi vai gáy?", None), ("Bạn bị mỏi vai gáy không?", None),
    ("Con chó của tôi bị đau lưng vì ngồi cả ngày.", None), ("Anh bị mỏi vai gáy.", None),
    ("Tôi không bị đau lưng vì ngồi cả ngày.", None), ("Tôi bị đau cổ vì ngủ gối cao.", None),
    ("Tôi bị đau cổ vì nằm sai tư thế.", None), ("Tôi bị đau mắt vì nhìn máy tính.", None),
    ("Bạn ngồi thẳng lưng.", None), ("Chúng ta đứng dậy đi lại.", None),
    ("Sáng nay tôi bị đau cổ vì ngủ sai tư thế.", None), ("Tôi đã bị đau lưng vì ngồi cả ngày.", None),
    ("Tôi ngồi cả ngày nên bị đau lưng không?", None), ("Tôi bị đau lòng.", None),
    ("Tôi bị mỏi vai gáy nhỉ.", None), ("My neck and shoulders ache.", None), ("Đau mỏi mỏi đau.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chớ bị tổn thương vì tôi nằm trong tư thế xấu.", "Cái cổ của tôi bị tổn thương khi ngủ sai.", "Tôi vui chơi
    # và bây giờ cổ tôi bị tổn thương.", "Tôi có cổ cứng từ ngủ ở tư thế xấu.", "Có phải cổ cứng không đúng không?"
    ("My neck hurts because I slept in a bad position.", "Tôi bị đau cổ vì ngủ sai tư thế."),
    ("My neck hurts from sleeping wrong.", "Tôi bị đau cổ vì ngủ sai tư thế."),
    ("I slept funny and now my neck hurts.", "Tôi ngủ sai tư thế nên bị đau cổ."),
    ("I slept wrong and now my neck hurts.", "Tôi ngủ sai tư thế nên bị đau cổ."),
    ("My mother slept in an awkward position, so her neck hurts.", "Mẹ tôi ngủ sai tư thế nên bị đau cổ."),
    ("I have a stiff neck from sleeping in a bad position.", "Tôi bị cứng cổ vì ngủ sai tư thế."),
    ("Does he have a stiff neck from sleeping wrong?", "Anh ấy có bị cứng cổ vì ngủ sai tư thế không?"),
    # v8: "Tôi bị vẹo trong cổ tôi.", "Cô ấy có một cái vẹo trong cổ.", "Cô ấy vui vẻ và bây giờ cô ấy bị vẹo …"
    ("I've got a crick in my neck.", "Tôi bị sái cổ."),
    ("She has a crick in her neck.", "Cô ấy bị sái cổ."),
    ("Do you have a crick in your neck?", "Bạn có bị sái cổ không?"),
    ("She slept funny and now she's got a crick in her neck.", "Cô ấy ngủ sai tư thế nên bị sái cổ."),
    # v8: "Tôi ngồi lại cả ngày, vì vậy tôi đau lưng.", "Tôi đã ngồi cả ngày và nỗi đau lưng của tôi.", "Mụn lưng tôi
    # bị tổn thương do ngồi cả ngày." (a pimple), "Có phải bạn bị tổn thương sau khi ngồi cả ngày không?"; right
    # already: "I have back pain from sitting all day.", "My back is stiff." (mt/numbness.py)
    ("I sit all day, so my back hurts.", "Tôi ngồi cả ngày nên bị đau lưng."),
    ("I sit all day so my back hurts.", "Tôi ngồi cả ngày nên bị đau lưng."),
    ("I've been sitting all day and my back hurts.", "Tôi ngồi cả ngày nên bị đau lưng."),
    ("My father sits all day, so his back hurts.", "Bố tôi ngồi cả ngày nên bị đau lưng."),
    ("My back hurts from sitting all day.", "Tôi bị đau lưng vì ngồi cả ngày."),
    ("I have back pain from sitting all day.", "Tôi bị đau lưng vì ngồi cả ngày."),
    ("Does your back hurt from sitting all day?", "Bạn có bị đau lưng vì ngồi cả ngày không?"),
    ("My back is stiff.", "Lưng tôi bị cứng."),
    # v8: "Mắt tôi mệt mỏi vì nhìn cái máy tính quá nhiều.", "Mắt tôi căng thẳng." (stressed), "Tôi có dòng mắt.",
    # "Mắt bạn mệt mỏi khi nhìn màn hình?", "Cổ tôi bị tổn thương khi nhìn xuống điện thoại của tôi."
    ("My eyes are tired from looking at the computer too much.", "Tôi bị mỏi mắt vì nhìn máy tính nhiều."),
    ("My eyes are tired from looking at my phone all day.", "Tôi bị mỏi mắt vì nhìn điện thoại cả ngày."),
    ("My eyes are strained.", "Tôi bị mỏi mắt."),
    ("I have eye strain.", "Tôi bị mỏi mắt."),
    ("Are your eyes tired from looking at screens?", "Bạn có bị mỏi mắt vì nhìn màn hình không?"),
    ("My eyes hurt from staring at the screen.", "Mắt tôi bị đau vì nhìn màn hình."),
    ("My neck hurts from looking down at my phone.", "Tôi bị đau cổ vì cúi nhìn điện thoại."),
    ("Lan's eyes are tired from staring at the computer all day.", "Lan bị mỏi mắt vì nhìn máy tính cả ngày."),
    # v8: "Cổ và vai tôi đau nhức.", "Cổ và vai tôi cứng rắn.", "Cổ của mẹ tôi và vai tôi cứng cáp." (my shoulders),
    # "Có phải cổ và vai bạn đau không?", "Cổ của cha tôi và vai tôi thường đau nhức."
    ("My neck and shoulders ache.", "Tôi bị đau mỏi vai gáy."),
    ("My neck and shoulders are stiff.", "Cổ và vai tôi bị cứng."),
    ("My mother's neck and shoulders are stiff.", "Cổ và vai mẹ tôi bị cứng."),
    ("Do your neck and shoulders ache?", "Bạn có bị đau mỏi vai gáy không?"),
    ("My neck and shoulders don't ache.", "Tôi không bị đau mỏi vai gáy."),
    ("My father's neck and shoulders often ache.", "Bố tôi hay bị đau mỏi vai gáy."),
    ("My neck and shoulders hurt from using the computer too much.", "Tôi bị đau vai gáy vì dùng máy tính nhiều."),
    # v8: "Bạn nên đi dạo khắp nơi.", "Bạn nên đi bộ một chút mỗi lần thường xuyên.", "Hãy thức dậy và đi quanh!"
    ("You should get up and walk around.", "Bạn nên đứng dậy đi lại."),
    ("You should get up and walk around a bit every so often.", "Thỉnh thoảng bạn nên đứng dậy đi lại một chút."),
    ("We should get up and walk around.", "Chúng ta nên đứng dậy đi lại."),
    ("You should sit up straight.", "Bạn nên ngồi thẳng lưng."),
    ("Sit up straight!", "Ngồi thẳng lưng lên!"),
    ("Get up and walk around!", "Đứng dậy đi lại đi!"),
    # not: another's neck or phone ("She has a crick in his neck.", "so his back", "because she slept", "your
    # phone"), verbs that do not agree, asked of oneself, a habit with "now", a pet, a cause not read (a pillow,
    # lifting, crying), idioms ("a pain in the neck"), other meanings of "back", "?" on a statement, a neck
    # "strained", walking alone, the other way's language, nonsense
    ("She has a crick in his neck.", None), ("My mother sits all day, so his back hurts.", None),
    ("My neck hurts because she slept in a bad position.", None),
    ("My eyes are tired from looking at your phone.", None), ("My neck and shoulders is stiff.", None),
    ("She have a crick in her neck.", None), ("I sits all day, so my back hurts.", None),
    ("Does your neck and shoulders ache?", None), ("Do my neck and shoulders ache?", None),
    ("I sit all day and now my back hurts.", None), ("My dog's back hurts from sitting all day.", None),
    ("My neck hurts from sleeping on a high pillow.", None), ("My back hurts from lifting boxes.", None),
    ("My eyes are strained from crying.", None), ("He's a pain in the neck.", None), ("I'll be back.", None),
    ("My neck and shoulders are stiff?", None), ("My neck is strained.", None), ("You should walk around.", None),
    ("Tôi bị mỏi vai gáy.", None), ("Neck back eyes.", None),
    # eyes that ache ("nhức", not written here)
    ("My eyes ache.", None), ("Do your eyes ache?", None), ("My eyes don't ache.", None),
    ("Her eyes ache from looking at her phone all day.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
