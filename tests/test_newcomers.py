"""New neighbours moving in, had, met, greeted, taken something, and what they are like, both ways
(mt/newcomers.py)."""
import pytest

from mt.newcomers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The neighbor I'm just moving.", "My neighbor moves.", "Has it moved to the new neighbor yet?"
    ("Hàng xóm tôi mới chuyển đến.", "My neighbours have just moved in."),
    ("Hàng xóm của tôi vừa chuyển đến.", "My neighbours have just moved in."),
    ("Hàng xóm tôi chuyển đến rồi.", "My neighbours have moved in."),
    ("Hàng xóm của chúng tôi đã chuyển đến.", "Our neighbours have moved in."),
    ("Hàng xóm mới sắp chuyển đến.", "The new neighbours are moving in soon."),
    ("Hàng xóm mới của tôi chưa chuyển đến.", "My new neighbours haven't moved in yet."),
    ("Hàng xóm mới đã chuyển đến chưa?", "Have the new neighbours moved in yet?"),
    ("Hàng xóm mới của bạn chuyển đến chưa?", "Have your new neighbours moved in yet?"),
    ("Hàng xóm mới vừa chuyển đến.", "The new neighbours have just moved in."),
    # v8: "The next person has arrived.", "There is someone who has been moving to the top.", "There are new
    # neighbors moving to the next home.", "There is a new family that comes to the next home."
    ("Nhà bên cạnh có người mới chuyển đến.", "Someone new has moved in next door."),
    ("Có người mới chuyển đến nhà bên cạnh.", "Someone new has moved in next door."),
    ("Có người mới chuyển đến tầng trên.", "Someone new has moved in upstairs."),
    ("Nhà bên cạnh vừa có người chuyển đến.", "Someone has just moved in next door."),
    ("Có người vừa chuyển đến tầng dưới.", "Someone has just moved in downstairs."),
    ("Có người vừa mới chuyển đến nhà bên cạnh.", "Someone has just moved in next door."),
    ("Căn hộ bên cạnh có người mới chuyển đến rồi.", "Someone new has moved into the flat next door."),
    ("Có hàng xóm mới chuyển đến nhà bên cạnh.", "New neighbours have moved in next door."),
    ("Có hàng xóm mới chuyển đến.", "New neighbours have moved in."),
    ("Có một gia đình mới chuyển đến nhà bên cạnh.", "A new family has moved in next door."),
    ("Có một gia đình vừa chuyển đến nhà đối diện.", "A family has just moved in across the street."),
    ("Có ai mới chuyển đến nhà bên cạnh không?", "Has anyone new moved in next door?"),
    # v8: "We have new neighbors.", "Do you have new neighbors?", "We have just new neighbors."
    ("Chúng tôi có hàng xóm mới.", "We have new neighbours."),
    ("Bạn có hàng xóm mới không?", "Do you have new neighbours?"),
    ("Chúng tôi vừa có hàng xóm mới.", "We have just got new neighbours."),
    ("Mẹ tôi có hàng xóm mới.", "My mother has new neighbours."),
    ("Lan sắp có hàng xóm mới.", "Lan is getting new neighbours soon."),
    # v8: "I have not met new neighbors.", "Have you met new neighbors yet?"
    ("Tôi chưa gặp hàng xóm mới.", "I haven't met the new neighbours yet."),
    ("Bạn đã gặp hàng xóm mới chưa?", "Have you met the new neighbours yet?"),
    ("Bạn gặp hàng xóm mới của bạn chưa?", "Have you met your new neighbours yet?"),
    ("Mẹ tôi đã gặp hàng xóm mới rồi.", "My mother has already met the new neighbours."),
    ("Chúng tôi vừa gặp hàng xóm mới.", "We have just met the new neighbours."),
    ("Anh ấy đã gặp hàng xóm mới.", "He has met the new neighbours."),
    # v8: "I went to welcome new neighbors."
    ("Tôi đã sang chào hàng xóm mới.", "I went over to say hello to the new neighbours."),
    ("Bố tôi vừa sang chào hàng xóm mới.", "My father has just been over to say hello to the new neighbours."),
    ("Chúng ta nên sang chào hàng xóm mới.", "We should go over and say hello to the new neighbours."),
    ("Chúng ta có nên sang chào hàng xóm mới không?", "Should we go over and say hello to the new neighbours?"),
    ("Tôi có nên sang chào hàng xóm mới không?", "Should I go over and say hello to the new neighbours?"),
    ("Bạn đã sang chào hàng xóm mới chưa?", "Have you been over to say hello to the new neighbours yet?"),
    ("Tôi chưa qua chào hàng xóm mới.", "I haven't been over to say hello to the new neighbours yet."),
    ("Lan sẽ sang chào hỏi hàng xóm mới.", "Lan will go over to say hello to the new neighbours."),
    # v8: "My mother brought cookies to new neighbors."
    ("Mẹ tôi mang bánh sang cho hàng xóm mới.", "My mother took some cake over to the new neighbours."),
    ("Tôi đã mang một giỏ hoa quả sang biếu hàng xóm mới.",
     "I took a basket of fruit over to the new neighbours."),
    ("Bà tôi vừa mang bánh quy sang cho hàng xóm mới.",
     "My grandmother has just taken some biscuits over to the new neighbours."),
    ("Chúng tôi sẽ mang một bó hoa sang tặng hàng xóm mới.",
     "We will take a bunch of flowers over to the new neighbours."),
    ("Tôi nên mang gì sang cho hàng xóm mới?", "What should I take over to the new neighbours?"),
    # v8: "My new neighbor is very close.", "New neighbor seems to be nice.", "How does your neighbor?"
    ("Hàng xóm mới của tôi rất thân thiện.", "My new neighbours are very friendly."),
    ("Hàng xóm mới có vẻ dễ mến.", "The new neighbours seem nice."),
    ("Hàng xóm mới tốt bụng lắm.", "The new neighbours are very kind."),
    ("Hàng xóm mới của chúng tôi khá trẻ.", "Our new neighbours are quite young."),
    ("Hàng xóm mới của tôi thân thiện.", "My new neighbours are friendly."),
    ("Hàng xóm mới của bạn có thân thiện không?", "Are your new neighbours friendly?"),
    ("Hàng xóm mới không thân thiện lắm.", "The new neighbours aren't very friendly."),
    ("Hàng xóm mới của bạn thế nào?", "What are your new neighbours like?"),
    ("Hàng xóm mới ra sao?", "What are the new neighbours like?"),
    # not: "Hàng xóm mới chuyển đến." ("mới": just, or new?), "gặp", greeting or taking with no tense, "?" on a
    # statement, "có" with no "không", a dog as who, "anh" alone saying it, "I" asked, one neighbour or many?
    ("Hàng xóm mới chuyển đến.", None), ("Hàng xóm mới chuyển đến rồi.", None),
    ("Hàng xóm chuyển đến.", None), ("Tôi gặp hàng xóm mới.", None), ("Tôi sang chào hàng xóm mới.", None),
    ("Chúng tôi có hàng xóm mới?", None), ("Bạn có hàng xóm mới chưa?", None),
    ("Tôi đã gặp hàng xóm mới chưa?", None),
    ("Con chó tôi sang chào hàng xóm mới rồi.", None), ("Anh có hàng xóm mới.", None),
    ("Người hàng xóm mới của tôi rất thân thiện.", None), ("Hàng xóm mới thân thiện.", None),
    ("Có người chuyển đến nhà bên cạnh.", None),
    ("Có hàng xóm vừa chuyển đến.", None), ("Hàng xóm của tôi rất thân thiện.", None),
    ("Hàng xóm mới ồn quá.", None), ("Chúng tôi mới chuyển nhà.", None),
    ("Hàng xóm mới có rất thân thiện không?", None),
    ("We have new neighbours.", None), ("Hàng xóm tôi sắp chuyển đến rồi.", None),
    ("Có người mới chuyển đến.", None), ("Có ai mới chuyển đến không?", None),  # (to a class, an office?)
    ("Hàng xóm mới rất thân thiện nhỉ.", None), ("Mẹ tôi mang gì sang cho hàng xóm mới?", None),
    ("Mẹ tôi sẽ mang bánh sang cho hàng xóm mới rồi.", None), ("Bạn có sang chào hàng xóm mới không?", None),
    # "nên … chưa?" asks whether it is time yet: "Should I …?" would drop the "yet"
    ("Tôi nên sang chào hàng xóm mới chưa?", None), ("Chúng tôi nên sang chào hàng xóm mới chưa?", None),
    ("Chúng ta có nên sang chào hàng xóm mới rồi không?", None),  # ("rồi": already, dropped)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Những nước láng giềng của tôi vừa mới di chuyển.", "Có những người láng giềng mới được di chuyển trong
    # không?"
    ("My neighbours have just moved in.", "Hàng xóm tôi mới chuyển đến."),
    ("Our neighbours just moved in.", "Hàng xóm chúng tôi mới chuyển đến."),
    ("The new neighbours have moved in.", "Hàng xóm mới đã chuyển đến."),
    ("The new neighbours have just moved in.", "Hàng xóm mới vừa chuyển đến."),
    ("My new neighbours haven't moved in yet.", "Hàng xóm mới của tôi chưa chuyển đến."),
    ("Have the new neighbors moved in yet?", "Hàng xóm mới đã chuyển đến chưa?"),
    ("The new neighbours are moving in soon.", "Hàng xóm mới sắp chuyển đến."),
    # v8: "Một người mới đã di chuyển trong cửa tiếp theo.", "Những người láng giềng mới di chuyển trong cửa tiếp
    # theo.", "Một người mới đã di chuyển trong cầu thang."
    ("Someone new has moved in next door.", "Nhà bên cạnh có người mới chuyển đến."),
    ("Someone has just moved in upstairs.", "Tầng trên vừa có người chuyển đến."),
    ("Someone new moved in.", "Có người mới chuyển đến."),
    ("New neighbours moved in next door.", "Có hàng xóm mới chuyển đến nhà bên cạnh."),
    ("New neighbours have moved in across the road.", "Có hàng xóm mới chuyển đến nhà đối diện."),
    ("A new family has moved in next door.", "Có một gia đình mới chuyển đến nhà bên cạnh."),
    ("A family has just moved into the flat next door.", "Có một gia đình vừa chuyển đến căn hộ bên cạnh."),
    ("Has anyone new moved in next door?", "Có ai mới chuyển đến nhà bên cạnh không?"),
    # v8: "Chúng tôi có những nước láng giềng mới.", "Bạn có láng giềng mới không?"
    ("We have new neighbours.", "Chúng tôi có hàng xóm mới."),
    ("We've got new neighbours.", "Chúng tôi có hàng xóm mới."),
    ("My sister has new neighbours.", "Em gái tôi có hàng xóm mới."),
    ("We've just got new neighbours.", "Chúng tôi vừa có hàng xóm mới."),
    ("I'm getting new neighbours soon.", "Tôi sắp có hàng xóm mới."),
    ("Do you have new neighbours?", "Bạn có hàng xóm mới không?"),
    ("Has she got new neighbours?", "Cô ấy có hàng xóm mới không?"),
    # v8: "Tôi chưa từng gặp những nước láng giềng mới.", "Bạn đã gặp những nước láng giềng mới vẫn chưa?"
    ("I haven't met the new neighbours yet.", "Tôi chưa gặp hàng xóm mới."),
    ("Have you met the new neighbours yet?", "Bạn đã gặp hàng xóm mới chưa?"),
    ("Has your mother met her new neighbours?", "Mẹ bạn đã gặp hàng xóm mới của cô ấy chưa?"),
    ("We've already met the new neighbours.", "Chúng tôi đã gặp hàng xóm mới rồi."),
    ("I just met my new neighbour.", "Tôi vừa gặp người hàng xóm mới của tôi."),
    # v8: "Tôi đã đi qua để nói anh ấy búp bê với những người láng giềng mới.", "Chúng ta nên đi khắp nơi và nói
    # anh tallo với những người láng giềng mới."
    ("I went over to say hello to the new neighbours.", "Tôi đã sang chào hàng xóm mới."),
    ("We should go over and say hello to the new neighbours.", "Chúng ta nên sang chào hàng xóm mới."),
    ("Should we go round and say hello to the new neighbours?", "Chúng ta có nên sang chào hàng xóm mới không?"),
    ("Should I go over and say hello to the new neighbours?", "Tôi có nên sang chào hàng xóm mới không?"),
    ("Have you been over to say hello to the new neighbours yet?", "Bạn đã sang chào hàng xóm mới chưa?"),
    ("She hasn't been over to say hello to the new neighbours yet.", "Cô ấy chưa sang chào hàng xóm mới."),
    ("I'll go over and say hello to the new neighbours.", "Tôi sẽ sang chào hàng xóm mới."),
    ("My father has just been over to say hello to the new neighbours.", "Bố tôi vừa sang chào hàng xóm mới."),
    # v8: "Mẹ tôi lấy một chiếc bánh qua hàng xóm mới."
    ("My mother took a cake over to the new neighbours.", "Mẹ tôi đã mang một cái bánh sang cho hàng xóm mới."),
    ("I'm going to take some cookies over to the new neighbours.", "Tôi định mang bánh quy sang cho hàng xóm mới."),
    ("We've just taken some fruit over to our new neighbours.",
     "Chúng tôi vừa mang hoa quả sang cho hàng xóm mới của chúng tôi."),
    ("She brought a small gift round to the new neighbour.",
     "Cô ấy đã mang một món quà nhỏ sang cho người hàng xóm mới."),
    ("What should I take over to the new neighbours?", "Tôi nên mang gì sang cho hàng xóm mới?"),
    # v8: "Những nước láng giềng mới của tôi rất thân thiện.", "Những người láng giềng mới có vẻ đẹp."
    ("My new neighbours are very friendly.", "Hàng xóm mới của tôi rất thân thiện."),
    ("The new neighbours seem nice.", "Hàng xóm mới có vẻ dễ mến."),
    ("Our new neighbours are so kind.", "Hàng xóm mới của chúng tôi tốt bụng quá."),
    ("My new neighbour is quite young.", "Người hàng xóm mới của tôi khá trẻ."),
    ("Are your new neighbours friendly?", "Hàng xóm mới của bạn có thân thiện không?"),
    ("The new neighbours aren't very friendly.", "Hàng xóm mới không thân thiện lắm."),
    ("What are your new neighbours like?", "Hàng xóm mới của bạn thế nào?"),
    ("What's your new neighbour like?", "Người hàng xóm mới của bạn thế nào?"),
    # not: the verb not agreeing ("She have", "My new neighbours is"), "are moving in" with no "soon" (now, or
    # later?), "Someone moved in" (who, when?), a dog as who, neighbours not new, noisy ones (mt/neighbours.py),
    # moving house (mt/moving.py), a day, "?" on a statement
    ("She have new neighbours.", None), ("My new neighbours is very friendly.", None),
    ("Does we have new neighbours?", None), ("He haven't met the new neighbours yet.", None),
    ("The new neighbours are moving in.", None), ("Someone moved in next door.", None),
    ("My dog went over to say hello to the new neighbours.", None), ("My neighbours are very friendly.", None),
    ("The new neighbours are very noisy.", None), ("We just moved house.", None),
    ("I met the new neighbours yesterday.", None), ("We have new neighbours?", None),
    ("I have met the new neighbours yet.", None), ("The new neighbours have just moved in next door.", None),
    ("Do you have new neighbour?", None), ("I go over to say hello to the new neighbours.", None),
    ("She has went over to say hello to the new neighbours.", None), ("Have I met the new neighbours?", None),
    ("I'll just take a cake over to the new neighbours.", None), ("Chúng tôi có hàng xóm mới.", None),
    # "we" taking in whom it is said to ("chúng ta"), "our" after it is theirs too ("của chúng ta", not "chúng tôi")
    ("We should go round and say hello to our new neighbours.", "Chúng ta nên sang chào hàng xóm mới của chúng ta."),
    ("Should we go over and say hello to our new neighbours?",
     "Chúng ta có nên sang chào hàng xóm mới của chúng ta không?"),
    ("What should we take over to our new neighbours?", "Chúng ta nên mang gì sang cho hàng xóm mới của chúng ta?"),
    # "we" asking whether we have is asked of one of us ("chúng ta")
    ("Have we met the new neighbours yet?", "Chúng ta đã gặp hàng xóm mới chưa?"),
    ("Have we been over to say hello to our new neighbours yet?",
     "Chúng ta đã sang chào hàng xóm mới của chúng ta chưa?"),
    # not: "the new neighbours" plainly of a manner ("Hàng xóm mới thân thiện.": "mới" only then, or a friendly new
    # neighbour?), bare "trẻ" ("Hàng xóm mới của tôi trẻ.": stilted; "còn trẻ" is said)
    ("The new neighbours are friendly.", None), ("The new neighbour is friendly.", None),
    ("The new neighbours are kind.", None), ("My new neighbours are young.", None),
    ("The new neighbours aren't young.", "Hàng xóm mới không trẻ."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
