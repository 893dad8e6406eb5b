"""Taking medicine: how often and when, taken or not, forgotten, reminded, needed, and medicine or a prescription had
or bought, both ways (mt/medicine.py)."""
import pytest

from mt.medicine import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Take medicine This date twice.", "Take medicine This after meals."
    ("Uống thuốc này ngày hai lần.", "Take this medicine twice a day."),
    ("Uống thuốc này ngày ba lần sau bữa ăn.", "Take this medicine three times a day after meals."),
    ("Uống thuốc này ngày 2 lần, sau khi ăn nhé.", "Take this medicine twice a day after meals."),
    ("Uống thuốc này sau bữa ăn.", "Take this medicine after meals."),
    ("Uống thuốc này trước khi đi ngủ.", "Take this medicine before bed."),
    ("Hãy uống thuốc này mỗi sáng.", "Take this medicine every morning."),
    # v8: "Have you taken medicine yet?", "My mother took medicine?", "My father was still hasn't taken medicine."
    ("Bạn đã uống thuốc chưa?", "Have you taken your medicine?"),
    ("Bạn uống thuốc chưa?", "Have you taken your medicine?"),
    ("Anh uống thuốc chưa?", "Have you taken your medicine?"),
    ("Mẹ tôi đã uống thuốc chưa?", "Has my mother taken her medicine?"),
    ("Bác Hùng đã uống thuốc chưa?", "Has Uncle Hung taken his medicine?"),
    ("Mẹ tôi đã uống thuốc rồi.", "My mother has already taken her medicine."),
    ("Họ uống thuốc rồi.", "They've already taken their medicine."),
    ("Tôi chưa uống thuốc.", "I haven't taken my medicine yet."),
    ("Bố tôi vẫn chưa uống thuốc.", "My father still hasn't taken his medicine."),
    # v8: "I took medicine relieve pain.", "I was just took medicine pain.", "I'm takeing medicine antibiotics."
    ("Tôi đã uống thuốc giảm đau.", "I took a painkiller."),
    ("Lan đã uống thuốc giảm đau.", "Lan took a painkiller."),
    ("Tôi vừa uống thuốc đau đầu.", "I just took some headache medicine."),
    ("Chị ấy mới uống thuốc ngủ.", "She just took a sleeping pill."),
    ("Tôi đang uống thuốc kháng sinh.", "I'm taking antibiotics."),
    # v8: "I take medicine Date twice.", "My grandmother often forgeted to take medicine."
    ("Tôi uống thuốc ngày hai lần.", "I take my medicine twice a day."),
    ("Mẹ tôi uống thuốc mỗi ngày.", "My mother takes her medicine every day."),
    ("Ông tôi uống thuốc huyết áp mỗi ngày.", "My grandfather takes his blood pressure medicine every day."),
    ("Bạn có uống thuốc mỗi ngày không?", "Do you take your medicine every day?"),
    ("Tôi quên uống thuốc.", "I forgot to take my medicine."),
    ("Tôi lại quên uống thuốc.", "I forgot to take my medicine again."),
    ("Bà tôi hay quên uống thuốc.", "My grandmother often forgets to take her medicine."),
    ("Tôi phải uống thuốc kháng sinh ngày ba lần sau bữa ăn.",
     "I have to take my antibiotics three times a day after meals."),
    ("Bạn nên uống thuốc giảm đau.", "You should take a painkiller."),
    # v8: "Remember to take medicine at the time.", "By now take medicine."
    ("Nhớ uống thuốc nhé.", "Remember to take your medicine."),
    ("Nhớ uống thuốc đúng giờ nhé.", "Remember to take your medicine on time."),
    ("Đừng quên uống thuốc nhé.", "Don't forget to take your medicine."),
    ("Đến giờ uống thuốc rồi.", "It's time to take your medicine."),
    # v8: "I need a sedative.", "Do you have a single medicine?", "I need medications.", "Is it a single thing?"
    ("Tôi cần thuốc giảm đau.", "I need some painkillers."),
    ("Bạn có thuốc giảm đau không?", "Do you have any painkillers?"),
    ("Tôi không có thuốc.", "I don't have any medicine."),
    ("Tôi cần mua thuốc.", "I need to buy some medicine."),
    ("Tôi muốn mua thuốc ho.", "I'd like to buy some cough medicine."),
    ("Bạn có đơn thuốc không?", "Do you have a prescription?"),
    ("Tôi không có đơn thuốc.", "I don't have a prescription."),
    ("Tôi cần đơn thuốc.", "I need a prescription."),
    ("Thuốc này có cần đơn không?", "Do I need a prescription for this medicine?"),
    # not: how not said, "anh" saying it (may be the speaker), whose not known ("Lan": his or her), a painkiller
    # forgotten, "có … không" without how often (do or did), cigarettes ("thuốc lá"), going to the pharmacy, a dose
    # in tablets (mt/patterns.py's), whose medicine a pet's
    ("Họ uống thuốc rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Uống thuốc này.", None), ("Tôi uống thuốc.", None), ("Anh đã uống thuốc rồi.", None),
    ("Lan đã uống thuốc chưa?", None), ("Tôi quên uống thuốc giảm đau.", None), ("Bạn có uống thuốc không?", None),
    ("Bạn có quên uống thuốc không?", None), ("Tôi cần mua thuốc lá.", None), ("Bạn có thuốc lá không?", None),
    ("Tôi phải ra hiệu thuốc.", None), ("Uống một viên, ngày ba lần.", None), ("Con mèo tôi uống thuốc chưa?", None),
    ("Bạn có muốn mua thuốc không?", None), ("Tôi bị đau đầu.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Uống thuốc này trước khi ăn xong." (finished eating), "Uống nó trước khi đi ngủ."
    ("Take this medicine after meals.", "Uống thuốc này sau bữa ăn."),
    ("Take this medicine before meals.", "Uống thuốc này trước bữa ăn."),
    ("Take this medicine every day.", "Uống thuốc này mỗi ngày."),
    ("Take this medicine twice a day before bed.", "Uống thuốc này ngày hai lần, trước khi đi ngủ."),
    # v8: "Bạn có dùng thuốc của mình không?", "Mẹ bạn sử dụng thuốc của mình chưa?", "Tôi sử dụng thuốc của tôi."
    ("Did you take your medicine?", "Bạn đã uống thuốc chưa?"),
    ("Have you taken your medicine yet?", "Bạn đã uống thuốc chưa?"),
    ("Has your mother taken her medicine?", "Mẹ bạn đã uống thuốc chưa?"),
    ("Did he take his medicine?", "Anh ấy đã uống thuốc chưa?"),
    ("I've already taken my medicine.", "Tôi đã uống thuốc rồi."),
    ("They've already taken their medicine.", "Họ đã uống thuốc rồi."),
    ("My mother has taken her medicine.", "Mẹ tôi đã uống thuốc rồi."),
    ("I took my medicine.", "Tôi đã uống thuốc."),
    ("Lan took her medicine.", "Lan đã uống thuốc."),
    ("I haven't taken my medicine yet.", "Tôi chưa uống thuốc."),
    ("I took a painkiller.", "Tôi đã uống thuốc giảm đau."),
    ("I just took a sleeping pill.", "Tôi vừa uống thuốc ngủ."),
    ("I'm taking antibiotics.", "Tôi đang uống thuốc kháng sinh."),
    # v8: "Tôi quên uống thuốc của mình.", "Hãy nhớ nên sử dụng thuốc của mình.", "Đã đến lúc thuốc của bạn."
    ("I forgot to take my medicine.", "Tôi quên uống thuốc."),
    ("I forgot to take my medicine again.", "Tôi lại quên uống thuốc."),
    ("She often forgets to take her medicine.", "Cô ấy hay quên uống thuốc."),
    ("Did you forget to take your medicine?", "Bạn có quên uống thuốc không?"),
    ("Don't forget to take your medicine.", "Đừng quên uống thuốc nhé."),
    ("Remember to take your medicine.", "Nhớ uống thuốc nhé."),
    ("It's time for your medicine.", "Đến giờ uống thuốc rồi."),
    # v8: "Tôi uống thuốc 2 lần một ngày."
    ("I take my medicine twice a day.", "Tôi uống thuốc ngày hai lần."),
    ("My mother takes her medicine every day.", "Mẹ tôi uống thuốc mỗi ngày."),
    ("Does she take her medicine every day?", "Cô ấy có uống thuốc mỗi ngày không?"),
    ("We have to take our antibiotics.", "Chúng tôi phải uống thuốc kháng sinh."),
    ("I need to take my medicine.", "Tôi cần uống thuốc."),
    ("You should take a painkiller.", "Bạn nên uống thuốc giảm đau."),
    # v8: "Tôi có theo toa.", "Bạn có bị nhức đầu không?" (a headache had), "Tôi cần cái gì đó để nhức đầu."
    ("I have a prescription.", "Tôi có đơn thuốc."),
    ("Do you have a prescription?", "Bạn có đơn thuốc không?"),
    ("I don't have a prescription.", "Tôi không có đơn thuốc."),
    ("Do I need a prescription for this?", "Thuốc này có cần đơn không?"),
    ("Do you have something for a headache?", "Bạn có thuốc đau đầu không?"),
    ("I need something for a headache.", "Tôi cần thuốc đau đầu."),
    ("Does your father have any painkillers?", "Bố bạn có thuốc giảm đau không?"),
    ("I need to buy some medicine.", "Tôi cần mua thuốc."),
    ("I'd like to buy some cough medicine.", "Tôi muốn mua thuốc ho."),
    # not: the verb or whose not agreeing with who, a dose of mt/patterns.py's, "this" a tablet said without it,
    # "any" said, "I forgot my medicine." (left at home?), an ailment, a plain "I take my medicine."
    ("She takes his medicine every day.", None), ("He take his medicine every day.", None),
    ("I has taken my medicine.", None), ("Does she takes her medicine every day?", None),
    ("You is taking antibiotics.", None), ("I are taking antibiotics.", None),
    ("My mother have a prescription.", None), ("Take this medicine twice a day.", None),
    ("Take this medicine twice a day before meals.", None), ("I need some painkiller.", None),
    ("I have any painkillers.", None), ("I forgot my medicine.", None), ("I have a headache.", None),
    ("I take my medicine.", None), ("Take it before bed.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
