"""What someone is like, said or asked, both ways (mt/traits.py)."""
import pytest

from mt import phrasebook
from mt.traits import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v7: "She is very close.", "They were very historical.", "My younger brother slightly shouted."
    ("Cô ấy rất thân thiện.", "She is very friendly."), ("Họ rất lịch sự.", "They are very polite."),
    ("Em trai tôi hơi lười.", "My younger brother is a bit lazy."),
    ("Cô ấy rất chăm chỉ.", "She is very hard-working."), ("Bạn tốt bụng quá!", "You are so kind!"),
    ("Anh ấy không thân thiện lắm.", "He is not very friendly."), ("Họ không lịch sự.", "They are not polite."),
    ("Mẹ tôi là người rất hiền.", "My mother is a very gentle person."),
    ("Tôi là một người thật thà.", "I am an honest person."),
    ("Anh ấy có tốt bụng không?", "Is he kind?"), ("Cô ấy thân thiện không?", "Is she friendly?"),
    ("Con tôi rất ngoan và thông minh.", "My child is very well-behaved and smart."),
    ("Lan rất thông minh.", "Lan is very smart."), ("Bác Hùng rất khó tính.", "Uncle Hung is very fussy."),
    # a country's people (v7: "Vietnamese people are very close.")
    ("Người Việt Nam rất thân thiện.", "Vietnamese people are very friendly."),
    ("Người Na Uy có thân thiện không?", "Are Norwegians friendly?"),
    # not: "anh" saying it (may be the speaker), the past, two words of how much, a question with how much or
    # "không", "có" not asked, a word not of the list, "là người" with "không"
    ("Anh rất thân thiện.", None), ("Anh ấy đã rất thân thiện.", None), ("Cô ấy rất thân thiện lắm.", None),
    ("Cô ấy có rất thân thiện không?", None), ("Cô ấy có thân thiện.", None), ("Cô ấy rất cao.", None),
    ("Anh ấy là người không thân thiện.", None), ("Cẩn thận nhé!", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Bạn tôi rất hài lòng." (pleased), "Mẹ tôi rất nhẹ." (light), "Cô ấy rất khó làm.", "Anh tôi là người lazy."
    ("My friend is very funny.", "Bạn tôi rất hài hước."), ("My mother is very gentle.", "Mẹ tôi rất hiền."),
    ("She is very hard-working.", "Cô ấy rất chăm chỉ."), ("My brother is a bit lazy.", "Anh trai tôi hơi lười."),
    ("They are very polite.", "Họ rất lịch sự."), ("He isn't very friendly.", "Anh ấy không thân thiện lắm."),
    ("I'm not patient.", "Tôi không kiên nhẫn."), ("She's so cute!", "Cô ấy dễ thương quá!"),
    ("Is she friendly?", "Cô ấy có thân thiện không?"), ("Are you shy?", "Bạn có nhút nhát không?"),
    ("He is a very kind person.", "Anh ấy là người rất tốt bụng."), ("He is quite shy.", "Anh ấy khá nhút nhát."),
    ("Minh is very smart and funny.", "Minh rất thông minh và hài hước."),
    ("Norwegians are very friendly.", "Người Na Uy rất thân thiện."),
    ("The Japanese are very polite.", "Người Nhật rất lịch sự."),
    # not: "is" not agreeing with who, two ways of asking, "not" with "a bit", a people as "a … person", no "is"
    ("He are friendly.", None), ("Is he is friendly?", None), ("She isn't a bit lazy.", None),
    ("Norwegians are a friendly person.", None), ("He friendly.", None), ("Is he very kind?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Người Nhật rất lịch sự.", "vi", "en") == "Japanese people are very polite."
    assert phrasebook.translate("Họ rất lịch sự.", "en", "vi") is None  # (Vietnamese given as English: no rule)


def test_the_bundled_model_says_what_someone_is_like(bundled):
    t = Translator.load(bundled)  # v7 alone: "She is very close.", "Họ rất thích thú." (they are very excited)
    assert t.translate("Cô ấy rất thân thiện.", "vi", "en") == ["She is very friendly."]
    assert t.translate("They are very polite.", "en", "vi") == ["Họ rất lịch sự."]
