"""Renting a motorbike, a bicycle, a car or a room, both ways (mt/rentals.py)."""
import pytest

from mt import phrasebook
from mt.rentals import translate
from mt.translate import Translator


@pytest.mark.parametrize("text, said", [
    # v7: "How much does the motorcycle a day?", "Is there a bicycle here?"
    ("Thuê xe máy một ngày bao nhiêu tiền?", "How much is it to rent a motorbike for a day?"),
    ("Giá thuê xe đạp một giờ là bao nhiêu?", "How much is it to rent a bicycle for an hour?"),
    ("Ở đây có cho thuê xe đạp không?", "Can I rent a bicycle here?"),
    ("Tôi muốn thuê xe máy.", "I'd like to rent a motorbike."),
    ("Tôi muốn thuê một chiếc xe máy trong 3 ngày.", "I'd like to rent a motorbike for 3 days."),
    ("Chúng tôi cần thuê ô tô hai tuần.", "We need to rent a car for two weeks."),
    ("Tôi có thể thuê xe đạp ở đâu?", "Where can I rent a bicycle?"),
    # not: a thing off the list, how much without "?", someone else renting
    ("Tôi muốn thuê người giúp việc.", None), ("Thuê xe máy một ngày bao nhiêu tiền.", None),
    ("Anh ấy muốn thuê xe máy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v7: "Có bao nhiêu xe máy trong một ngày?" (how many motorbikes in a day)
    ("How much is it to rent a motorbike for a day?", "Thuê xe máy một ngày bao nhiêu tiền?"),
    ("How much does it cost to rent a bike per hour?", "Thuê xe đạp một giờ bao nhiêu tiền?"),
    ("I'd like to rent a bicycle for two days.", "Tôi muốn thuê xe đạp hai ngày."),
    ("We need to rent a car.", "Chúng tôi cần thuê ô tô."),
    ("Where can I rent a scooter?", "Tôi có thể thuê xe máy ở đâu?"),
    ("Can I rent a kayak here?", "Ở đây có cho thuê thuyền kayak không?"),
    ("Do you rent out motorbikes?", "Ở đây có cho thuê xe máy không?"),
    # not: a thing off the list, a price said rather than asked, "we" asking where (was "Tôi …": "chúng tôi", or
    # "chúng ta"?)
    ("I'd like to rent a movie.", None), ("Where can we rent a tent?", None), ("It costs 100,000 dong to rent a motorbike for a day.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_through_the_phrasebook():
    assert phrasebook.translate("Tôi muốn thuê xe máy.", "vi", "en") == "I'd like to rent a motorbike."


def test_the_bundled_model_says_what_renting_costs(bundled):
    t = Translator.load(bundled)  # v7 alone: "How much does the motorcycle a day?"
    assert t.translate("Thuê xe máy một ngày bao nhiêu tiền?", "vi", "en") == [
        "How much is it to rent a motorbike for a day?"]
    assert t.translate("How much is it to rent a motorbike for a day?", "en", "vi") == [
        "Thuê xe máy một ngày bao nhiêu tiền?"]
