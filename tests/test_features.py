"""What someone looks like: hair, eyes, glasses, build, a beard, taking after someone, both ways (mt/features.py)."""
import pytest

from mt.features import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He has a hairy hair.", "She is yellow.", "She has a green eye.", "Lan tóc dài." → "Long hair Land."
    ("Anh ấy có mái tóc xoăn.", "He has curly hair."),
    ("Cô ấy tóc vàng.", "She has blonde hair."),
    ("Ông tôi có tóc bạc.", "My grandfather has grey hair."),
    ("Lan tóc dài.", "Lan has long hair."),
    ("Mẹ tôi có mái tóc đen dài.", "My mother has long black hair."),
    ("Chị gái tôi có tóc ngắn và xoăn.", "My sister has short curly hair."),
    ("Cô ấy có mái tóc rất dài.", "She has very long hair."),
    ("Cô ấy có mắt xanh.", "She has blue eyes."),
    ("Em trai tôi có đôi mắt màu nâu.", "My younger brother has brown eyes."),
    ("Anh ấy có tóc ngắn không?", "Does he have short hair?"),
    # v8: "His eyes were brown.", "The father was silver.", "What color do you have?"
    ("Mắt anh ấy màu nâu.", "His eyes are brown."),
    ("Tóc cô ấy rất dài.", "Her hair is very long."),
    ("Tóc mẹ tôi dài và thẳng.", "My mother's hair is long and straight."),
    ("Tóc bố tôi bạc rồi.", "My father's hair has gone grey."),
    ("Tóc bạn có dài không?", "Is your hair long?"),
    ("Tóc bạn màu gì?", "What colour is your hair?"),
    ("Mắt của Lan màu gì?", "What colour are Lan's eyes?"),
    # v8: "He was too much.", "She is very glad.", "My sister slightly low.", "Is he high?", "He traded."
    ("Anh ấy gầy quá.", "He's so thin."),
    ("Cô ấy rất gầy.", "She's very thin."),
    ("Em gái tôi hơi thấp.", "My sister is a bit short."),
    ("Anh ấy có cao không?", "Is he tall?"),
    ("Anh ấy mập.", "He's fat."),
    ("Cô ấy cao và gầy.", "She's tall and thin."),
    ("Anh ấy không cao lắm.", "He isn't very tall."),
    ("Tôi không béo.", "I'm not fat."),
    ("Bố tôi bị hói.", "My father is bald."),
    ("Họ cao lắm.", "They're very tall."),
    # v8: "My grandmother wore.", "He wore a glass.", "He has a story.", "My dad to be shady.", "Is he a rough?"
    ("Bà tôi đeo kính.", "My grandmother wears glasses."),
    ("Anh ấy đeo kính.", "He wears glasses."),
    ("Anh ấy có đeo kính không?", "Does he wear glasses?"),
    ("Tôi không đeo kính.", "I don't wear glasses."),
    ("Cô ấy đang đeo kính.", "She's wearing glasses."),
    ("Anh ấy có râu.", "He has a beard."),
    ("Bố tôi để râu.", "My father has a beard."),
    ("Anh ấy có râu không?", "Does he have a beard?"),
    ("Ông tôi không có ria mép.", "My grandfather doesn't have a moustache."),
    ("Anh ấy đang để râu.", "He's growing a beard."),
    ("Họ có râu nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Họ đều có râu.", None), ("Họ có râu.", "They have beards."),
    # v8: "She's like her.", "My son like it."
    ("Cô ấy giống mẹ.", "She takes after her mother."),
    ("Con trai tôi giống bố.", "My son takes after his father."),
    ("Bạn giống bố bạn.", "You take after your father."),
    ("Con trai tôi trông giống bố như đúc.", "My son looks just like his father."),
    ("Lan trông giống mẹ tôi.", "Lan looks like my mother."),
    # not: "anh", "em" alone saying it (the speaker?), a name taking after someone unnamed ("Lan giống mẹ.": his or
    # her?), someone not a relative taken after (in looks or ways?), how tall (mt/people.py), taller than
    # (mt/comparisons.py), thinner (mt/weight.py), "ốm" (ill or thin), "tall and handsome" (mt/traits.py's word),
    # red eyes, hair too short, two lengths, "rồi" not gone grey, asked without "có"
    ("Anh cao quá.", None), ("Em đeo kính.", None), ("Lan giống mẹ.", None), ("Anh ấy giống tôi.", None),
    ("Anh ấy cao bao nhiêu?", None), ("Anh ấy cao hơn tôi.", None), ("Bạn gầy đi đấy.", None),
    ("Anh ấy ốm quá.", None), ("Anh ấy cao và đẹp trai.", None), ("Mắt tôi đỏ.", None), ("Tóc tôi ngắn quá.", None),
    ("Cô ấy có tóc dài ngắn.", None), ("Tóc cô ấy dài rồi.", None), ("Anh ấy đeo kính râm.", None),
    ("Anh ấy để râu không?", None), ("Cô ấy rất tóc vàng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ta tò mò tóc." (curious), "Ông tôi có mái tóc." (grey lost), "Cô ấy tò mò tóc đen."
    ("He has curly hair.", "Anh ấy có mái tóc xoăn."),
    ("My grandfather has grey hair.", "Ông tôi có mái tóc bạc."),
    ("She has curly black hair.", "Cô ấy có mái tóc đen xoăn."),
    ("My mother has long black hair.", "Mẹ tôi có mái tóc đen dài."),
    ("She's got very long hair.", "Cô ấy có mái tóc rất dài."),
    ("She has blue eyes.", "Cô ấy có đôi mắt màu xanh."),
    ("I have brown eyes.", "Tôi có đôi mắt màu nâu."),
    ("Does she have long hair?", "Cô ấy có mái tóc dài không?"),
    # v8: "Tóc của anh ấy rất vui." (happy), "Tóc tóc dài.", "Mắt bạn là gì?", "Tóc màu là gì?"
    ("His hair is grey.", "Tóc anh ấy bạc."),
    ("Her hair is long.", "Tóc cô ấy dài."),
    ("My sister's hair is black.", "Tóc em gái tôi màu đen."),
    ("Her eyes are blue.", "Mắt cô ấy màu xanh."),
    ("Is your hair long?", "Tóc bạn có dài không?"),
    ("What colour are your eyes?", "Mắt bạn màu gì?"),
    ("What color is her hair?", "Tóc cô ấy màu gì?"),
    # v8: "Cô ấy bực dọc." (irritated), "Anh ấy rất mỏng." (thin as paper), "Nó ngắn gọn." (brief), "Chị của tôi khá
    # ngắn.", "Cha tôi là một chút mỡ.", "Anh ta cao hơn không?" (taller)
    ("She's blonde.", "Cô ấy có mái tóc vàng."),
    ("He's very thin.", "Anh ấy rất gầy."),
    ("He's short.", "Anh ấy thấp."),
    ("My sister is quite short.", "Em gái tôi khá thấp."),
    ("My father is a bit fat.", "Bố tôi hơi béo."),
    ("Is he tall?", "Anh ấy có cao không?"),
    ("He's tall and thin.", "Anh ấy cao và gầy."),
    ("She isn't very tall.", "Cô ấy không cao lắm."),
    ("You're so tall!", "Bạn cao quá!"),
    ("He's bald.", "Anh ấy bị hói."),
    # v8: "Anh ta có sân." (a yard), "Anh ta có một con bò không?" (a cow), "Anh ta bị đau nhức."
    ("He has a beard.", "Anh ấy có râu."),
    ("Does he have a beard?", "Anh ấy có râu không?"),
    ("My father doesn't have a beard.", "Bố tôi không có râu."),
    ("He has a moustache.", "Anh ấy có ria mép."),
    ("My grandmother wears glasses.", "Bà tôi đeo kính."),
    ("Do you wear glasses?", "Bạn có đeo kính không?"),
    ("She doesn't wear glasses.", "Cô ấy không đeo kính."),
    ("He's wearing glasses.", "Anh ấy đang đeo kính."),
    # v8: "Cô ấy lấy sau mẹ." (takes behind), "Bạn có vẻ như mẹ mình.", "Anh ấy trông giống như bố."
    ("She takes after her mother.", "Cô ấy giống mẹ."),
    ("You look like your mother.", "Bạn trông giống mẹ."),
    ("My son looks just like his father.", "Con trai tôi trông giống bố như đúc."),
    ("She looks like your mother.", "Cô ấy trông giống mẹ bạn."),
    # not: verbs that do not agree ("She have", "Does he has", "He wear", "They is"), "they" (tall things?), taller
    # than (mt/comparisons.py), how tall, black eyes (bruised), "very blonde", two lengths, someone not a relative
    # taken after, sunglasses (mt/outdoors.py), "too"
    ("She have long hair.", None), ("Does he has a beard?", None), ("He wear glasses.", None),
    ("They're tall.", None), ("He's taller than me.", None), ("How tall is he?", None), ("He has black eyes.", None),
    ("She's very blonde.", None), ("She has long short hair.", None), ("He takes after me.", None),
    ("He wears sunglasses.", None), ("He's too short.", None), ("Her hair are long.", None), ("I is tall.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
