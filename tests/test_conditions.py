"""Long-term health conditions, someone's blood pressure, blood sugar or temperature, and medicine for a condition,
both ways (mt/conditions.py)."""
import pytest

from mt.conditions import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My grandparents have high blood pressure.", "My grandmother had a high blood pressure.", "My grandfather was
    # low blood pressure.", "He has a diabetes.", "My mother wasn't diabetes.", "She was snugged.", "My mother was
    # arthritis."
    ("Bà tôi bị huyết áp cao.", "My grandmother has high blood pressure."),
    ("Bà tôi bị cao huyết áp.", "My grandmother has high blood pressure."),
    ("Ông tôi bị huyết áp thấp.", "My grandfather has low blood pressure."),
    ("Anh ấy bị tiểu đường.", "He has diabetes."),
    ("Anh ấy mắc bệnh tiểu đường.", "He has diabetes."),
    ("Mẹ tôi không bị tiểu đường.", "My mother doesn't have diabetes."),
    ("Bố tôi bị bệnh tim.", "My father has heart disease."),
    ("Bố tôi có vấn đề về tim.", "My father has heart problems."),
    ("Bạn có vấn đề về tim không?", "Do you have heart problems?"),
    ("Cô ấy bị hen.", "She has asthma."),
    ("Con tôi có bị hen suyễn không?", "Does my child have asthma?"),
    ("Bạn có bị huyết áp cao không?", "Do you have high blood pressure?"),
    ("Mẹ tôi bị viêm khớp.", "My mother has arthritis."),
    ("Tôi bị mỡ máu cao.", "I have high cholesterol."),
    ("Mẹ tôi bị tiểu đường và huyết áp cao.", "My mother has diabetes and high blood pressure."),
    ("Bố mẹ tôi đều bị huyết áp cao.", "My parents both have high blood pressure."),
    ("Tôi cũng bị tiểu đường.", "I have diabetes too."),
    ("Bác Hùng bị gút.", "Uncle Hung has gout."),
    ("Họ không bị huyết áp cao.", "They don't have high blood pressure."),
    # v8: "My blood pressure is high." (whose lost), "My grandmother was tall.", "My pressure is normal.", "How is
    # your pressure?", "My child's temperature is tall.", "Are your blood pressure high?"
    ("Huyết áp của bà tôi cao.", "My grandmother's blood pressure is high."),
    ("Huyết áp bà tôi cao.", "My grandmother's blood pressure is high."),
    ("Huyết áp của tôi bình thường.", "My blood pressure is normal."),
    ("Huyết áp của tôi hơi cao.", "My blood pressure is a bit high."),
    ("Huyết áp của bố tôi vẫn còn cao.", "My father's blood pressure is still high."),
    ("Đường huyết của anh ấy cao.", "His blood sugar is high."),
    ("Lượng đường trong máu của mẹ tôi quá cao.", "My mother's blood sugar is too high."),
    ("Nhiệt độ của con tôi cao.", "My child's temperature is high."),
    ("Huyết áp của Lan ổn định.", "Lan's blood pressure is stable."),
    ("Huyết áp của bạn có cao không?", "Is your blood pressure high?"),
    ("Huyết áp của bạn có còn cao không?", "Is your blood pressure still high?"),
    ("Huyết áp của bạn thế nào?", "How is your blood pressure?"),
    ("Huyết áp của bà bạn thế nào ạ?", "How is your grandmother's blood pressure?"),
    ("Huyết áp của bạn là bao nhiêu?", "What is your blood pressure?"),
    # v8: "I take medicine blood pressure.", "I take medicine I have blood pressure."
    ("Tôi uống thuốc huyết áp.", "I take blood pressure medicine."),
    ("Tôi uống thuốc chữa huyết áp.", "I take blood pressure medicine."),
    ("Bố tôi uống thuốc tiểu đường.", "My father takes diabetes medicine."),
    # not: a fever (mt/ailments.py's), how long, "đã" (had or has had), a heart attack (an event), "anh" alone (the
    # speaker or the listener), "đều" of one, "có" with a condition but heart problems, how much of normal, a
    # temperature of a name alone (a city too), "nó" (it or him), asked without "có", medicine taken now or asked
    # (mt/medicine.py's), type 2
    ("Cô ấy bị hen nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Con trai tôi bị sốt cao.", None), ("Mẹ tôi bị tiểu đường hai năm rồi.", None), ("Bà tôi đã bị tiểu đường.", None),
    ("Bố tôi bị đau tim.", None), ("Anh bị tiểu đường.", None), ("Huyết áp của anh cao.", None),
    ("Tôi đều bị huyết áp cao.", None), ("Tôi có hen.", None), ("Huyết áp của tôi rất bình thường.", None),
    ("Nhiệt độ Vinh cao.", None), ("Huyết áp của nó cao.", None), ("Bạn bị tiểu đường không?", None),
    ("Bà tôi đang uống thuốc huyết áp.", None), ("Bạn có uống thuốc huyết áp không?", None),
    ("Anh ấy bị tiểu đường type 2.", None), ("Bạn có bị tiểu đường không.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bà tôi có huyết áp cao." (fair; "bị" better), "Con trai tôi có nhiệt độ cao." (→ "bị sốt cao"), "Bố của bạn
    # bị tiểu đường?" ("không" lost), "Anh ta hoài nghi." (sceptical)
    ("My grandmother has high blood pressure.", "Bà tôi bị huyết áp cao."),
    ("My son has a high temperature.", "Con trai tôi bị sốt cao."),
    ("Does your son have a high temperature?", "Con trai bạn có bị sốt cao không?"),
    ("He has diabetes.", "Anh ấy bị tiểu đường."),
    ("Does your father have diabetes?", "Bố bạn có bị tiểu đường không?"),
    ("My mother doesn't have diabetes.", "Mẹ tôi không bị tiểu đường."),
    ("My father has heart problems.", "Bố tôi có vấn đề về tim."),
    ("My father has a heart condition.", "Bố tôi bị bệnh tim."),
    ("She has asthma.", "Cô ấy bị hen suyễn."),
    ("My grandfather has low blood pressure.", "Ông tôi bị huyết áp thấp."),
    ("My parents both have high blood pressure.", "Bố mẹ tôi đều bị huyết áp cao."),
    ("I also have diabetes.", "Tôi cũng bị tiểu đường."),
    ("I have high cholesterol.", "Tôi bị mỡ máu cao."),
    ("My father has hypertension.", "Bố tôi bị huyết áp cao."),
    ("My grandmother suffers from high blood pressure.", "Bà tôi bị huyết áp cao."),
    ("We don't have asthma.", "Chúng tôi không bị hen suyễn."),
    ("He's diabetic.", "Anh ấy bị tiểu đường."),
    ("Is she asthmatic?", "Cô ấy có bị hen suyễn không?"),
    ("I'm not diabetic.", "Tôi không bị tiểu đường."),
    # v8: "Đường huyết của ông cao." (his: "ông"), "Huyết áp của bạn như thế nào?" (fair), "Làm thế nào để huyết áp
    # của mẹ?" (how to), "Nhiệt độ của bạn là gì?" (what thing)
    ("His blood sugar is high.", "Đường huyết của anh ấy cao."),
    ("My grandmother's blood pressure is high.", "Huyết áp của bà tôi cao."),
    ("My blood pressure is a bit high.", "Huyết áp của tôi hơi cao."),
    ("Her blood pressure is too high.", "Huyết áp của cô ấy quá cao."),
    ("My son's temperature is normal.", "Nhiệt độ của con trai tôi bình thường."),
    ("Is your blood pressure still high?", "Huyết áp của bạn có còn cao không?"),
    ("How is your blood pressure?", "Huyết áp của bạn thế nào?"),
    ("How's your mother's blood pressure?", "Huyết áp của mẹ bạn thế nào?"),
    ("What's your temperature?", "Nhiệt độ của bạn là bao nhiêu?"),
    # v8: "Tôi uống thuốc để làm huyết áp." (to make), "Tôi sử dụng thuốc huyết áp." (use), "Cha mẹ tôi lấy máy tính
    # bảng huyết áp." (tablet computers)
    ("I take medicine for my blood pressure.", "Tôi uống thuốc huyết áp."),
    ("I take blood pressure medicine.", "Tôi uống thuốc huyết áp."),
    ("My father takes medicine for his heart.", "Bố tôi uống thuốc tim mạch."),
    ("My parents take blood pressure tablets.", "Bố mẹ tôi uống thuốc huyết áp."),
    # not: a fever (mt/ailments.py's), "has" or "is" not agreeing, "both" of one, how long, type 2, "very normal",
    # medicine for another's condition or for his of her, medicine taken how often (mt/medicine.py's), heart problems
    # suffered, one of them not a condition
    ("My son has a fever.", None), ("My son have asthma.", None), ("Does your father has diabetes?", None),
    ("He are diabetic.", None), ("My grandmother suffer from high blood pressure.", None),
    ("My parents takes blood pressure tablets.", None), ("I both have diabetes.", None),
    ("My mother has had diabetes for two years.", None), ("She has type 2 diabetes.", None),
    ("My blood pressure is very normal.", None), ("I take medicine for your blood pressure.", None),
    ("My father takes medicine for her heart.", None), ("I take blood pressure medicine every day.", None),
    ("My father suffers from heart problems.", None), ("He has diabetes and a cough.", None),
    ("Do you have diabetes.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
