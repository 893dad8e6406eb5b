"""Two things or people compared, or the most of some, both ways (mt/comparisons.py)."""
import pytest

from mt import phrasebook
from mt.comparisons import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v7: "It's better than the other coat.", "Today hoter than yesterday.", "My sister higher than me.", "Is there
    # cheaper?"
    ("Áo này đẹp hơn áo kia.", "This shirt is nicer than that one."),
    ("Phòng này rộng hơn phòng kia.", "This room is bigger than that one."),
    ("Hôm nay nóng hơn hôm qua.", "Today is hotter than yesterday."),
    ("Hôm qua lạnh hơn hôm nay.", "Yesterday was colder than today."),
    ("Ngày mai sẽ lạnh hơn hôm nay.", "Tomorrow will be colder than today."),
    ("Em gái tôi cao hơn tôi.", "My sister is taller than me."), ("Lan cao hơn anh ấy.", "Lan is taller than him."),
    ("Cái này rẻ hơn.", "This one is cheaper."), ("Cái này rẻ nhất.", "This one is the cheapest."),
    ("Cái nào rẻ hơn?", "Which one is cheaper?"), ("Món nào ngon nhất?", "Which dish is the tastiest?"),
    ("Có cái nào rẻ hơn không?", "Is there a cheaper one?"),
    ("Bạn có phòng nào rộng hơn không?", "Do you have a bigger room?"),
    # not: someone "lớn hơn" (older, not bigger), "anh" (maybe the speaker), "sẽ" not of tomorrow, an other side not
    # read, "nhất" with an other side
    ("Anh ấy lớn hơn tôi.", None), ("Anh cao hơn tôi.", None), ("Hôm nay sẽ nóng hơn hôm qua.", None),
    ("Tôi cao hơn anh ấy nhiều.", None), ("Cái này rẻ nhất chợ.", None), ("Sách này hay hơn.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Ngày nay nóng hơn hôm qua." (nowadays), "Ngải tật nào là tốt nhất?", "Giá rẻ nhất là gì?"
    ("Today is hotter than yesterday.", "Hôm nay nóng hơn hôm qua."),
    ("This room is bigger than that one.", "Phòng này lớn hơn cái kia."),
    ("My sister is taller than me.", "Em gái tôi cao hơn tôi."), ("I'm taller than him.", "Tôi cao hơn anh ấy."),
    ("This road is shorter than that road.", "Đường này ngắn hơn đường kia."),  # (of things: "ngắn")
    ("My brother is older than me.", "Anh trai tôi lớn tuổi hơn tôi."),  # (of people: "lớn tuổi", not "cũ")
    ("Yesterday was colder than today.", "Hôm qua lạnh hơn hôm nay."),
    ("This one is the cheapest.", "Cái này rẻ nhất."), ("Which one is cheaper?", "Cái nào rẻ hơn?"),
    ("Which dish is the best?", "Món nào tốt nhất?"), ("Is there anything cheaper?", "Có cái nào rẻ hơn không?"),
    ("Do you have a bigger room?", "Bạn có phòng nào lớn hơn không?"),
    # not: "is" not agreeing with who, the past of someone, an other side not read
    ("He are taller than me.", None), ("He was taller than me.", None), ("He is taller than the tree.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook_and_the_bundled_model(bundled):
    assert phrasebook.translate("Cái nào rẻ hơn?", "vi", "en") == "Which one is cheaper?"
    t = Translator.load(bundled)  # v7 alone: "Today hoter than yesterday.", "Ngải tật nào là tốt nhất?"
    assert t.translate("Hôm nay nóng hơn hôm qua.", "vi", "en") == ["Today is hotter than yesterday."]
    assert t.translate("Which dish is the best?", "en", "vi") == ["Món nào tốt nhất?"]
