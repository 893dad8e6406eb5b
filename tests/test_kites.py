"""Kites: who flies them, now, often, liked, wanted, done or ahead, and where; a kite stuck, high, flown away or torn,
the string broken; a kite made; "Let's go fly a kite!", both ways (mt/kites.py)."""
import pytest

from mt.kites import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The children are dropping.", "The children are now dropping.", "I'm dropping.", "The young children were
    # dropping in the slight.", "My son was dropped by at the park."
    ("Bọn trẻ đang thả diều.", "The children are flying kites."),
    ("Bọn trẻ đang thả diều ngoài đồng.", "The children are flying kites in the field."),
    ("Tôi đang thả diều.", "I'm flying kites."),
    ("Lũ trẻ đang thả diều trên đê.", "The children are flying kites on the dyke."),
    ("Con trai tôi đang thả diều ở công viên.", "My son is flying kites in the park."),
    ("Tụi nhỏ đang thả diều trên bãi biển.", "The children are flying kites on the beach."),
    ("Bọn trẻ có đang thả diều không?", "Are the children flying kites?"),
    # out at it now ("going kite flying" would tell a plan)
    ("Bọn trẻ đang đi thả diều.", "The children are out flying kites."),
    ("Bạn có đang đi thả diều không?", "Are you out flying kites?"),
    # v8: "My younger brother or drop the soil on the beach.", "I like to drop something.", "Do you like to drop
    # something?", "Minh loves to drop.", "Do you have or go to drop?", "I don't like dropping."
    ("Em trai tôi hay thả diều trên bãi biển.", "My younger brother often flies kites on the beach."),
    ("Chúng tôi thường thả diều trên đê.", "We often fly kites on the dyke."),
    ("Bác Hùng hay thả diều.", "Uncle Hung often flies kites."),
    ("Bạn có hay đi thả diều không?", "Do you often go kite flying?"),
    ("Tôi thích thả diều.", "I like flying kites."),
    ("Mẹ tôi thích thả diều.", "My mother likes flying kites."),
    ("Bạn có thích thả diều không?", "Do you like flying kites?"),
    ("Anh có thích thả diều không?", "Do you like flying kites?"),
    ("Minh rất thích thả diều.", "Minh loves flying kites."),
    ("Tôi không thích thả diều.", "I don't like flying kites."),
    ("Em trai tôi muốn đi thả diều.", "My younger brother wants to go fly a kite."),
    ("Con tôi không muốn đi thả diều.", "My child doesn't want to go fly a kite."),
    ("Bạn có muốn đi thả diều không?", "Do you want to go fly a kite?"),
    # v8: "Yesterday, we walked out to the same.", "Yesterday, the children dropped on the squiring.", "Tomorrow,
    # we'll go away."
    ("Hôm qua chúng tôi đi thả diều ngoài đồng.", "We went kite flying in the field yesterday."),
    ("Hôm qua bọn trẻ thả diều trên đê.", "The children flew kites on the dyke yesterday."),
    ("Hôm qua Lan đã thả diều.", "Lan flew kites yesterday."),
    ("Hôm qua tôi không thả diều.", "I didn't fly kites yesterday."),
    ("Hôm qua bạn có thả diều không?", "Did you fly kites yesterday?"),
    ("Ngày mai chúng tôi sẽ đi thả diều.", "We'll go kite flying tomorrow."),
    ("Cuối tuần sau chúng tôi sẽ đi thả diều ở công viên.", "We'll go kite flying in the park next weekend."),
    ("Ngày mai bạn có đi thả diều không?", "Will you go kite flying tomorrow?"),
    ("Ngày mai tôi không đi thả diều.", "I won't go kite flying tomorrow."),
    # v8: "My wood was made on the tree.", "The airport was very high.", "It's broken.", "My woodcutter lost.", "The
    # woodcutter of my younger brother was spared."
    ("Diều của tôi bị mắc trên cây.", "My kite got stuck in a tree."),
    ("Con diều của tôi bị vướng vào cây rồi.", "My kite got stuck in a tree."),
    ("Diều của con trai tôi bị mắc trên cây.", "My son's kite got stuck in a tree."),
    ("Diều của bạn có bị mắc trên cây không?", "Did your kite get stuck in a tree?"),
    ("Con diều bay rất cao.", "The kite is flying very high."),
    ("Con diều đang bay cao quá!", "The kite is flying so high!"),
    ("Dây diều bị đứt rồi.", "The kite string broke."),
    ("Diều của tôi bị đứt dây rồi.", "My kite string broke."),
    ("Dây diều không bị đứt.", "The kite string didn't break."),
    ("Diều của tôi bay mất rồi.", "My kite flew away."),
    ("Diều của em trai tôi bị rách rồi.", "My younger brother's kite is torn."),
    ("Con diều này bị rách rồi.", "This kite is torn."),
    # v8: "My dad is making me.", "Do you know what to do?", "Yesterday, my father made me a big one."
    ("Bố tôi đang làm diều cho tôi.", "My father is making a kite for me."),
    ("Hôm qua bố tôi làm cho tôi một con diều.", "My father made a kite for me yesterday."),
    ("Bố tôi đã làm diều cho em trai tôi.", "My father made a kite for my younger brother."),
    ("Mẹ tôi vừa làm cho tôi một con diều.", "My mother has just made a kite for me."),
    ("Bạn có biết làm diều không?", "Do you know how to make kites?"),
    ("Tôi biết làm diều.", "I know how to make kites."),
    ("Bố tôi không biết làm diều.", "My father doesn't know how to make kites."),
    # v8: "Let's go away!", "Walk away!"
    ("Chúng ta đi thả diều nhé!", "Let's go fly a kite!"),
    ("Đi thả diều nào!", "Let's go fly a kite!"),
    ("Bọn mình đi thả diều thôi!", "Let's go fly a kite!"),
    ("Chúng ta thả diều nhé.", "Let's fly a kite."),
    ("Chúng ta đi thả diều ngoài đồng đi!", "Let's go fly a kite in the field!"),
    ("Chúng ta cùng đi thả diều ở công viên nhé.", "Let's go fly a kite together in the park."),
    ("Chúng ta đi thả diều nhé?", "Shall we go fly a kite?"),
    ("Mình đi thả diều không?", "Shall we go fly a kite?"),
    # not: now or a habit ("Tôi thả diều.", "Bạn có thả diều không?", "Bố tôi làm diều."), "không" with no day,
    # today's days (done, or ahead?), as a child (mt/childhood.py), "anh" alone saying it, asked of "I", a pet, a "?"
    # on a statement or "không" with no "có", a day with "đang", "đã" asked, "đi" or "nhé" alone telling (let's, or
    # go yourself?), "hâu" (a hawk), "thả" of other things, high asked or "rồi", the string of "this", a kite "đứt"
    ("Tôi đang thả diều nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi thả diều.", None), ("Bạn có thả diều không?", None), ("Bố tôi làm diều.", None),
    ("Bố tôi làm diều cho tôi.", None), ("Tôi không thả diều.", None), ("Hôm nay chúng tôi đi thả diều.", None),
    ("Hồi nhỏ tôi hay thả diều.", None), ("Anh thích thả diều.", None), ("Tôi có hay thả diều không?", None),
    ("Con chó của tôi đang thả diều.", None), ("Bọn trẻ đang thả diều?", None), ("Bọn trẻ đang thả diều không?", None),
    ("Hôm qua bọn trẻ đang thả diều.", None), ("Bạn có đã thả diều không?", None), ("Đi thả diều đi!", None),
    ("Đi thả diều nhé!", None), ("Thả diều đi!", None), ("Chúng ta đi thả diều.", None),
    ("Con diều hâu bay rất cao.", None), ("Diều hâu bay rất cao.", None), ("Họ thả cá xuống ao.", None),
    # "mình" alone with "nhé" may be "I" telling or asking leave ("I'm off to fly a kite, OK?")
    ("Mình đi thả diều nhé!", None), ("Mình thả diều nhé.", None), ("Mình đi thả diều nhé?", None),
    ("Họ thả rông bò.", None), ("Con diều có bay cao không?", None), ("Con diều bay cao rồi.", None),
    ("Dây diều này bị đứt.", None), ("Con diều bị đứt.", None), ("Ngày mai bố tôi làm diều.", None),
    ("Cái diều giấy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Những đứa trẻ này rất thích thú.", "… trong lĩnh vực này.", "Tôi đang bay một vị vua.", "Con trai tôi nằm
    # bên trong công viên."
    ("The children are flying kites.", "Bọn trẻ đang thả diều."),
    ("The children are flying kites in the field.", "Bọn trẻ đang thả diều ngoài đồng."),
    ("I'm flying a kite.", "Tôi đang thả diều."),
    ("My son is flying a kite in the park.", "Con trai tôi đang thả diều ở công viên."),
    ("The kids are flying kites on the beach.", "Bọn trẻ đang thả diều trên bãi biển."),
    ("Are the children flying kites?", "Bọn trẻ có đang thả diều không?"),
    ("Is she flying a kite?", "Cô ấy có đang thả diều không?"),
    # "we" asked: the one asked is one of us ("chúng ta")
    ("Are we flying kites?", "Chúng ta có đang thả diều không?"),
    ("Will we go kite flying tomorrow?", "Ngày mai chúng ta có đi thả diều không?"),
    ("Do we know how to make kites?", "Chúng ta có biết làm diều không?"),
    ("Is our kite torn?", "Diều của chúng ta có bị rách không?"),
    # v8: "Em trai tôi thường ruồi giấm trên bãi biển." (fruit flies), "Tôi thích những vị vua cơ bản.", "Bạn có
    # thích flying cát không?", "Bạn có thường đi cơn giận không?", "Tôi không thích flying."
    ("My younger brother often flies kites on the beach.", "Em trai tôi hay thả diều trên bãi biển."),
    ("We often fly kites on the dyke.", "Chúng tôi hay thả diều trên đê."),
    ("Does your son often fly kites?", "Con trai bạn có hay thả diều không?"),
    ("Do you often go kite flying?", "Bạn có hay đi thả diều không?"),
    ("I like flying kites.", "Tôi thích thả diều."),
    ("He likes to fly kites.", "Anh ấy thích thả diều."),
    ("Do you like flying kites?", "Bạn có thích thả diều không?"),
    ("Minh loves flying kites.", "Minh rất thích thả diều."),
    ("She doesn't like flying kites.", "Cô ấy không thích thả diều."),
    ("I want to fly a kite.", "Tôi muốn thả diều."),
    ("My younger brother wants to go fly a kite.", "Em trai tôi muốn đi thả diều."),
    ("Do you want to go fly a kite?", "Bạn có muốn đi thả diều không?"),
    # v8: "Chúng tôi đi ngang qua trong lĩnh vực hôm qua.", "Những đứa trẻ tham gia vào cây dyke hôm qua.", "Chúng tôi
    # sẽ đi kiềm chế ngày mai."
    ("We went kite flying in the field yesterday.", "Hôm qua chúng tôi đi thả diều ngoài đồng."),
    ("The children flew kites on the dyke yesterday.", "Hôm qua bọn trẻ thả diều trên đê."),
    ("I flew kites.", "Tôi đã thả diều."),
    ("I didn't fly kites yesterday.", "Hôm qua tôi không thả diều."),
    ("Did you fly kites yesterday?", "Hôm qua bạn có thả diều không?"),
    ("We will go kite flying tomorrow.", "Ngày mai chúng tôi sẽ đi thả diều."),
    ("We'll go kite flying in the park next weekend.", "Cuối tuần sau chúng tôi sẽ đi thả diều ở công viên."),
    ("Will you go kite flying tomorrow?", "Ngày mai bạn có đi thả diều không?"),
    ("I won't go kite flying tomorrow.", "Ngày mai tôi sẽ không đi thả diều."),
    # v8: "Tôi bị kẹt trong một cây.", "Đức vua đang bay rất cao.", "Chuỗi kite bị hỏng.", "Tôi choáng váng đi.",
    # "Đức vua của em tôi là anh trai của tôi."
    ("My kite got stuck in a tree.", "Diều của tôi bị mắc trên cây."),
    ("My son's kite got stuck in a tree.", "Diều của con trai tôi bị mắc trên cây."),
    ("Did your kite get stuck in a tree?", "Diều của bạn có bị mắc trên cây không?"),
    ("The kite is flying very high.", "Con diều bay rất cao."),
    ("The kite's flying so high!", "Con diều bay cao quá!"),
    ("The kite string broke.", "Dây diều bị đứt rồi."),
    ("My kite string snapped.", "Dây diều của tôi bị đứt rồi."),
    ("Did the kite string break?", "Dây diều có bị đứt không?"),
    ("The kite string didn't break.", "Dây diều không bị đứt."),
    ("My kite flew away.", "Diều của tôi bay mất rồi."),
    ("Lan's kite flew away.", "Diều của Lan bay mất rồi."),
    ("My younger brother's kite is torn.", "Diều của em trai tôi bị rách rồi."),
    ("This kite is torn.", "Con diều này bị rách rồi."),
    ("Is your kite torn?", "Diều của bạn có bị rách không?"),
    # v8: "Cha tôi đang làm một vị vua cho tôi.", "Bạn có biết cách nào để tạo một Đức vua không?", "Cha tôi đã làm
    # tôiite hôm qua."
    ("My father is making a kite for me.", "Bố tôi đang làm diều cho tôi."),
    ("My grandfather is making a kite.", "Ông tôi đang làm diều."),
    ("My father made me a kite yesterday.", "Hôm qua bố tôi làm cho tôi một con diều."),
    ("My father made a kite for my younger brother.", "Bố tôi đã làm cho em trai tôi một con diều."),
    ("My mother has just made me a kite.", "Mẹ tôi vừa làm cho tôi một con diều."),
    ("Do you know how to make a kite?", "Bạn có biết làm diều không?"),
    ("I know how to make kites.", "Tôi biết làm diều."),
    ("My father doesn't know how to make kites.", "Bố tôi không biết làm diều."),
    # v8: "Chúng ta hãy đi một con vua nào đó!", "Bạn có muốn đi fly một vị vua không?"
    ("Let's go fly a kite!", "Chúng ta đi thả diều nhé!"),
    ("Let's go kite flying!", "Chúng ta đi thả diều nhé!"),
    ("Let's fly a kite.", "Chúng ta thả diều nhé."),
    ("Let's go fly a kite together in the park.", "Chúng ta cùng đi thả diều ở công viên nhé."),
    ("Shall we go fly a kite?", "Chúng ta đi thả diều nhé?"),
    # not: the verb not agreeing ("Are she", "My mother like", "He often fly", "She don't", "My father don't know"),
    # "love" asked, asked of "I", now or a habit ("I fly kites.", "Do you go kite flying?", "My father makes
    # kites."), the past with no day denied or asked, a day behind with "is flying" or ahead with "made", a pet, a kite
    # flying (how?), this kite's string, a kite broken (torn? the string?), "Go fly a kite!" (go away), the bird
    ("Are she flying a kite?", None), ("My mother like flying kites.", None), ("He often fly kites.", None),
    ("She don't like flying kites.", None), ("My father don't know how to make kites.", None),
    ("Does he love flying kites?", None), ("Do I often fly kites?", None), ("I fly kites.", None),
    ("Do you go kite flying?", None), ("My father makes kites.", None), ("I didn't fly kites.", None),
    ("Did you fly kites?", None), ("I'm flying kites yesterday.", None), ("My father made kites tomorrow.", None),
    ("My dog is flying a kite.", None), ("The kite is flying.", None), ("This kite string broke.", None),
    ("The kite broke.", None), ("The kite string is torn.", None), ("I like go kite flying.", None),
    ("Go fly a kite!", None), ("Fly a kite.", None), ("The kite is a bird.", None), ("I saw a kite in the sky.", None),
    ("A kite is a bird of prey.", None),
    # "going kite flying" (now, or a plan?), "is just made", "enjoy to"
    ("I'm going kite flying.", None), ("Are you going kite flying?", None), ("The kids are going kite flying.", None),
    ("He is just made a kite.", None), ("I enjoy to fly kites.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs():
    assert translate("Bọn trẻ đang thả diều.", "en", "vi") is None
    assert translate("The children are flying kites.", "vi", "en") is None
    assert translate("Bọn trẻ đang thả diều.", "vi", "fr") is None
