"""Going for a walk: out for one, just back, went, been yet, will go, liked, wanted, and as a habit, where, with whom
and when, both ways (mt/walks.py)."""
import pytest

from mt.walks import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He's out for a walk." (right), "Uncle Hung was walking with dog."
    ("Anh ấy đang đi dạo.", "He's out for a walk."),
    ("Bác Hùng đang đi dạo với con chó.", "Uncle Hung is out for a walk with the dog."),
    ("Mẹ tôi đang đi dạo trong công viên.", "My mother is out for a walk in the park."),
    ("Bạn đang đi dạo à?", "Are you out for a walk?"),
    ("Bố bạn có đang đi dạo không?", "Is your father out for a walk?"),
    # v8: "I've gone to walk.", "Lan just went to get a stomach.", "My mother had just gone to walk around the lake.",
    # "We just walk for a while."
    ("Tôi vừa đi dạo về.", "I've just come back from a walk."),
    ("Lan vừa đi dạo về.", "Lan has just come back from a walk."),
    ("Mẹ tôi vừa đi dạo quanh hồ về.", "My mother has just come back from a walk around the lake."),
    ("Bạn vừa đi dạo về à?", "Have you just come back from a walk?"),
    ("Chúng tôi vừa đi dạo một lát.", "We've just been for a short walk."),
    # v8: "Yesterday, we went to the stomach.", "We went to the stomach around the city.", "I went to the stomach.",
    # "Yesterday, I didn't go to the stomach.", "Yesterday, do you have a walk?", "This morning, I had gone around the
    # lake.", "Yesterday, I walked the walk in the park with the dog."
    ("Hôm qua chúng tôi đi dạo.", "We went for a walk yesterday."),
    ("Chúng tôi đã đi dạo quanh khu phố.", "We went for a walk around the neighbourhood."),
    ("Hôm qua tôi đi dạo trong công viên với con chó.", "I went for a walk in the park with the dog yesterday."),
    ("Sáng nay tôi đã đi dạo quanh hồ.", "I went for a walk around the lake this morning."),
    ("Tối qua ông tôi đi dạo sau bữa tối.", "My grandfather went for a walk after dinner last night."),
    ("Tôi đi dạo rồi.", "I've already been for a walk."),
    ("Hôm qua tôi không đi dạo.", "I didn't go for a walk yesterday."),
    ("Hôm qua bạn có đi dạo không?", "Did you go for a walk yesterday?"),
    # v8: "Have you gone for a walk?", "I'm not going to walk today."
    ("Bạn đã đi dạo chưa?", "Have you been for a walk yet?"),
    ("Hôm nay tôi chưa đi dạo.", "I haven't been for a walk today."),
    ("Mẹ tôi chưa đi dạo.", "My mother hasn't been for a walk yet."),
    # v8: "He'll go to the stomach.", "Tomorrow, we'll walk.", "Tonight, I'll walk with my mother."
    ("Anh ấy sẽ đi dạo.", "He'll go for a walk."),
    ("Ngày mai chúng tôi đi dạo.", "We're going for a walk tomorrow."),
    ("Tối nay tôi sẽ đi dạo với mẹ tôi.", "I'll go for a walk with my mother tonight."),
    ("Ngày mai bạn có đi dạo không?", "Are you going for a walk tomorrow?"),
    # v8: "My mother usually goes to the park.", "My father goes to walk around the lake every morning.", "My
    # grandfather usually goes into the stomach after dinner."
    ("Mẹ tôi thường đi dạo trong công viên.", "My mother often goes for walks in the park."),
    ("Ông tôi đi dạo mỗi sáng.", "My grandfather goes for a walk every morning."),
    ("Bố tôi đi dạo quanh hồ mỗi sáng.", "My father goes for a walk around the lake every morning."),
    ("Ông tôi thường đi dạo sau bữa tối.", "My grandfather usually goes for a walk after dinner."),
    ("Lan thường đi dạo vào cuối tuần.", "Lan usually goes for walks at the weekend."),
    ("Ông tôi không bao giờ đi dạo.", "My grandfather never goes for walks."),
    ("Bạn có hay đi dạo không?", "Do you often go for walks?"),
    ("Ông bạn có đi dạo mỗi sáng không?", "Does your grandfather go for a walk every morning?"),
    # v8: "I like to go to the evening.", "I like walking along the coast.", "My grandmother likes to evacuate in the
    # garden."
    ("Tôi thích đi dạo buổi tối.", "I like evening walks."),
    ("Tôi thích đi dạo dọc bờ biển.", "I like going for walks along the beach."),
    ("Bà tôi thích tản bộ trong vườn.", "My grandmother likes going for walks in the garden."),
    ("Tôi không thích đi dạo buổi sáng.", "I don't like morning walks."),
    ("Bạn có thích đi dạo trong công viên không?", "Do you like going for walks in the park?"),
    # v8: "Do you want to walk the stomach?", "I'd like to go to the stomach.", "Do you want to walk with me?", "My
    # grandfather didn't want to go to the stomach.", "I'd like to walk a little walk."
    ("Bạn có muốn đi dạo không?", "Do you want to go for a walk?"),
    ("Tôi muốn đi dạo.", "I want to go for a walk."),
    ("Bạn có muốn đi dạo với tôi không?", "Do you want to go for a walk with me?"),
    ("Ông tôi không muốn đi dạo.", "My grandfather doesn't want to go for a walk."),
    ("Tôi muốn đi dạo một chút.", "I want to go for a short walk."),
    # not: no word of the tense (went, or goes?), "có … không" with none (did, do, will you?), a day of today with no
    # "đã" or "sẽ", "let's" (mt/suggestions.py), walking the dog (mt/pets.py), "đi dạo phố", "mình" (I or we?),
    # "anh" saying it, "với bạn" (you, or a friend?), a pet as who, "I" asked, "?" on a statement, "nhỉ", "không hay",
    # "in the evening" on a day, a habit liked every morning, "dạo này" (lately), walking to school
    ("Tôi đi dạo với con chó.", None), ("Chúng tôi đi dạo sau bữa tối.", None), ("Tôi đi dạo.", None),
    ("Bạn có đi dạo không?", None), ("Sáng nay tôi đi dạo.", None), ("Chúng ta đi dạo nhé.", None),
    ("Chúng ta đi dạo đi.", None), ("Tôi dắt chó đi dạo.", None), ("Tôi đi dạo phố.", None),
    ("Mình đi dạo rồi.", None), ("Anh đi dạo rồi.", None), ("Hôm qua tôi đi dạo với bạn.", None),
    ("Con chó của tôi đang đi dạo.", None), ("Tôi có đi dạo không?", None), ("Hôm qua chúng tôi đi dạo?", None),
    ("Hôm qua bạn đi dạo nhỉ.", None), ("Tôi không hay đi dạo.", None), ("Hôm qua tôi đi dạo vào buổi tối.", None),
    ("Tôi thích đi dạo mỗi sáng.", None), ("Dạo này tôi bận.", None), ("Con tôi đi bộ đến trường.", None),
    ("Ngày mai tôi không đi dạo.", None), ("I went for a walk.", None),
    # not: another's dog or kin walked with, said by a pronoun that is not who ("Bố tôi … của anh ấy": English "his
    # dog" reads as my father's own)
    ("Bố tôi đang đi dạo với con chó của anh ấy.", None), ("Mẹ tôi đang đi dạo với con chó của cô ấy.", None),
    ("Bố tôi đang đi dạo với mẹ anh ấy.", None), ("Bác Hùng vừa đi dạo với con chó của anh ấy về.", None),
    ("Anh ấy đang đi dạo với mẹ anh ấy.", "He's out for a walk with his mother."),
    ("Bố tôi đang đi dạo với con chó của cô ấy.", "My father is out for a walk with her dog."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy đang đi dạo." (right), "Bố của bạn có đi bộ trong công viên không?"
    ("He's out for a walk.", "Anh ấy đang đi dạo."),
    ("She's taking a walk with her mother.", "Cô ấy đang đi dạo với mẹ cô ấy."),
    ("Is your father out for a walk in the park?", "Bố bạn có đang đi dạo trong công viên không?"),
    # v8: "Tôi vừa quay lại từ một bước đi.", "Cô ấy chỉ quay lại từ một bước đi."
    ("I've just come back from a walk.", "Tôi vừa đi dạo về."),
    ("Lan has just come back from a walk.", "Lan vừa đi dạo về."),
    ("She just got back from a walk.", "Cô ấy vừa đi dạo về."),
    ("My mother has just come back from a walk around the lake.", "Mẹ tôi vừa đi dạo quanh hồ về."),
    # v8: "Bạn đã đi bộ chưa?", "Tôi không đi bộ hôm nay.", "Cô ta đã đi bộ."
    ("Have you been for a walk yet?", "Bạn đã đi dạo chưa?"),
    ("I haven't been for a walk today.", "Hôm nay tôi chưa đi dạo."),
    ("She's already been for a walk.", "Cô ấy đã đi dạo rồi."),
    ("I've just been for a short walk.", "Tôi vừa đi dạo một lát."),
    # v8: "Chúng tôi đi bộ hôm qua.", "Tôi đi bộ.", "Chúng tôi đi bộ sau bữa tối.", "Cô đi bộ với chó đi dạo.", "Bạn
    # có đi bộ hôm qua không?", "Chúng tôi đi bộ dọc bờ biển tối qua.", "Chúng tôi đi bộ trong công viên hôm qua."
    ("We went for a walk yesterday.", "Hôm qua chúng tôi đi dạo."),
    ("I went for a walk.", "Tôi đã đi dạo."),
    ("We went for a walk after dinner.", "Chúng tôi đã đi dạo sau bữa tối."),
    ("She went for a walk with the dog.", "Cô ấy đã đi dạo với con chó."),
    ("Did you go for a walk yesterday?", "Hôm qua bạn có đi dạo không?"),
    ("I didn't go for a walk yesterday.", "Hôm qua tôi không đi dạo."),
    ("We took a walk along the beach last night.", "Tối qua chúng tôi đi dạo dọc bờ biển."),
    ("We walked in the park yesterday.", "Hôm qua chúng tôi đi dạo trong công viên."),
    # v8: "Anh ta sẽ đi bộ.", "Chúng tôi đi bộ ngày mai.", "Bạn đang đi bộ tối nay không?"
    ("He'll go for a walk.", "Anh ấy sẽ đi dạo."),
    ("We're going for a walk tomorrow.", "Ngày mai chúng tôi sẽ đi dạo."),
    ("I'm going to go for a walk after lunch.", "Tôi sẽ đi dạo sau bữa trưa."),
    ("Are you going for a walk tonight?", "Tối nay bạn có đi dạo không?"),
    # v8: "Tôi thích buổi tối đi.", "Tôi thích đi bộ vào buổi tối.", "Tôi thích đi dọc theo bãi biển.", "Mẹ tôi thích
    # đi bộ trong công viên.", "Ông của bạn có thích buổi sáng đi bộ không?"
    ("I like evening walks.", "Tôi thích đi dạo buổi tối."),
    ("I like walking in the evening.", "Tôi thích đi dạo buổi tối."),
    ("I like walking along the beach.", "Tôi thích đi dạo dọc bờ biển."),
    ("My mother loves walks in the park.", "Mẹ tôi rất thích đi dạo trong công viên."),
    ("Does your grandfather like morning walks?", "Ông bạn có thích đi dạo buổi sáng không?"),
    ("I don't like evening walks.", "Tôi không thích đi dạo buổi tối."),
    # v8: "Bạn có muốn đi bộ không?", "Tôi muốn đi bộ.", "Cô ấy không muốn đi bộ."
    ("Do you want to go for a walk?", "Bạn có muốn đi dạo không?"),
    ("I want to go for a walk.", "Tôi muốn đi dạo."),
    ("Would you like to go for a walk?", "Bạn có muốn đi dạo không?"),
    ("She doesn't want to go for a walk.", "Cô ấy không muốn đi dạo."),
    ("My father wants to take a walk after dinner.", "Bố tôi muốn đi dạo sau bữa tối."),
    ("Do you want to go for a walk with me?", "Bạn có muốn đi dạo với tôi không?"),
    # v8: "Ông tôi đi bộ mỗi buổi sáng.", "Mẹ tôi thường đi bộ trong công viên.", "Chúng ta thường đi bộ quanh hồ.",
    # "Bố của bạn có đi bộ mỗi ngày không?", "Lan đi bộ trong công viên vào cuối tuần."
    ("My grandfather goes for a walk every morning.", "Ông tôi đi dạo mỗi sáng."),
    ("My grandfather takes a walk every morning.", "Ông tôi đi dạo mỗi sáng."),
    ("My mother often goes for walks in the park.", "Mẹ tôi hay đi dạo trong công viên."),
    ("We often walk around the lake.", "Chúng tôi hay đi dạo quanh hồ."),
    ("Does your father go for a walk every day?", "Bố bạn có đi dạo mỗi ngày không?"),
    ("Lan takes walks in the park at the weekend.", "Lan thường đi dạo trong công viên vào cuối tuần."),
    ("My grandmother never goes for walks.", "Bà tôi không bao giờ đi dạo."),
    ("He always goes for a walk after lunch.", "Anh ấy luôn đi dạo sau bữa trưa."),
    # not: the verb not agreeing ("He are", "She have", "She like"), asked with no day ("Did you go for a walk?":
    # today?), "I'm going for a walk." (now, or later?), a day against the tense, "walked" or "walk" with no place
    # (where to?), "I like walking." (mt/hobbies.py's "đi bộ"), "love" asked, a pet as who, asked of "I", "with me"
    # of "I", "let's" (mt/suggestions.py), walking the dog (mt/pets.py), long walks, "?" on a statement, no how often
    ("He are out for a walk.", None), ("She have just come back from a walk.", None), ("She like walks.", None),
    ("Did you go for a walk?", None), ("I'm going for a walk.", None), ("We went for a walk tomorrow.", None),
    ("I've been for a walk yesterday.", None), ("She is going for a walk yesterday.", None), ("I walked.", None),
    ("We walked to school.", None), ("I walk every morning.", None), ("I like walking.", None),
    ("Do you love walks?", None), ("My dog goes for a walk every morning.", None),
    ("Did I go for a walk yesterday?", None), ("I went for a walk with me.", None), ("Let's go for a walk.", None),
    ("I walk the dog every morning.", None), ("I love long walks.", None), ("We went for a walk yesterday?", None),
    ("I go for a walk.", None), ("Do you never go for walks?", None), ("Tôi vừa đi dạo về.", None),
    # not: "his", "her" of who's own after kin or a name ("My father … his dog": "con chó của anh ấy" is another's)
    ("My father is out for a walk with his dog.", None), ("My mother is out for a walk with her dog.", None),
    ("My mother went for a walk with her friend.", None), ("My father went for a walk with his mother.", None),
    ("My brother took a walk with his girlfriend.", None), ("Lan went for a walk with her mother yesterday.", None),
    ("My grandfather goes for a walk with his dog every morning.", None), ("Lan went for a walk with his dog.", None),
    ("My sister wants to go for a walk with her friend.", None),
    ("My father went for a walk with her dog.", "Bố tôi đã đi dạo với con chó của cô ấy."),
    ("He went for a walk with his dog.", "Anh ấy đã đi dạo với con chó của anh ấy."),
    # liked, when said with more: "vào" before it ("đi dạo với con chó của tôi buổi sáng" reads badly)
    ("I like morning walks with my dog.", "Tôi thích đi dạo với con chó của tôi vào buổi sáng."),
    ("I like morning walks in the park.", "Tôi thích đi dạo trong công viên vào buổi sáng."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
