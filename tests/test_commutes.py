"""How long it takes someone to get to work, to school or home, both ways (mt/commutes.py)."""
import pytest

from mt import phrasebook
from mt.commutes import translate


@pytest.mark.parametrize("text, said", [
    # v7: "How long did you go to work?", "I took 30 minutes to go to work.", "How long does it take?"
    ("Tôi mất 30 phút để đi làm.", "It takes me 30 minutes to get to work."),
    ("Bạn mất bao lâu để đi làm?", "How long does it take you to get to work?"),
    ("Đi làm mất bao lâu?", "How long does it take to get to work?"),
    ("Mẹ tôi mất khoảng một tiếng để về nhà.", "It takes my mother about an hour to get home."),
    ("Con tôi mất 15 phút để đi học.", "It takes my child 15 minutes to get to school."),
    ("Tôi đã mất hai tiếng để về nhà.", "It took me two hours to get home."),
    # not: no one said, a day not read here, "anh" alone saying
    ("Mất 30 phút để đi làm.", None), ("Hôm qua tôi mất hai tiếng để về nhà.", None),
    ("Anh mất 30 phút để đi làm.", None), ("Tôi mất bao lâu để đi làm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Bạn phải mất bao lâu để làm việc?" (to work, to do one's job), "Phải mất 30 phút để làm việc."
    ("It takes me 30 minutes to get to work.", "Tôi mất 30 phút để đi làm."),
    ("How long does it take you to get to work?", "Bạn mất bao lâu để đi làm?"),
    ("It takes me about an hour to get home.", "Tôi mất khoảng một tiếng để về nhà."),
    ("How long does it take to get to school?", "Đi học mất bao lâu?"),
    ("It took us two hours to get home.", "Chúng tôi đã mất hai tiếng để về nhà."),
    ("It takes my mother 20 minutes to get to work.", "Mẹ tôi mất 20 phút để đi làm."),
    ("How long did it take you to get home?", "Bạn đã mất bao lâu để về nhà?"),
    # not: no one said, a place not known, not asked
    ("It takes 30 minutes to get to work.", None), ("It takes me 30 minutes to get to the park.", None),
    ("How long does it take you to get to work.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_the_phrasebook_writes_them_whole():
    assert phrasebook.translate("Tôi mất 30 phút để đi làm.", "vi", "en") == "It takes me 30 minutes to get to work."
    assert phrasebook.translate("It takes me 30 minutes to get to work.", "en", "vi") == "Tôi mất 30 phút để đi làm."
