"""Religion: what religion someone is, whether they are religious, and going to the pagoda or to church, both ways
(mt/religion.py)."""
import pytest

from mt.religion import translate


@pytest.mark.parametrize("text, said", [
    # v8: "What's your vaginal?", "Which religion do you?", "What's your teacher?", "What is the vagina?"
    ("Bạn theo đạo gì?", "What religion are you?"),
    ("Bạn theo tôn giáo nào?", "What religion are you?"),
    ("Tôn giáo của bạn là gì?", "What's your religion?"),
    ("Minh theo đạo gì?", "What religion is Minh?"),
    ("Gia đình bạn theo đạo gì?", "What religion is your family?"),
    ("Chị theo đạo gì ạ?", "What religion are you?"),
    # v8: "Are you a vaginal leader?", "I don't follow my vaginal.", "She's very vagina."
    ("Bạn có theo đạo không?", "Are you religious?"),
    ("Tôi không theo đạo nào.", "I'm not religious."),
    ("Tôi không theo đạo.", "I'm not religious."),
    ("Tôi không có tôn giáo.", "I'm not religious."),
    ("Chị ấy rất sùng đạo.", "She's very religious."),
    ("Tôi không sùng đạo lắm.", "I'm not very religious."),
    ("Bà bạn có sùng đạo không?", "Is your grandmother religious?"),
    # v8: "I followed by Buddddh.", "She followed by the Catholicism.", "He is the Jewish leader.", "Land by
    # Catholicism.", "My father is the Catholicism.", "I'm an innocent."
    ("Tôi theo đạo Phật.", "I'm Buddhist."),
    ("Cô ấy theo đạo Công giáo.", "She's Catholic."),
    ("Cô ấy theo Công giáo.", "She's Catholic."),
    ("Anh ấy là người theo đạo Thiên Chúa.", "He's Christian."),
    ("Lan theo đạo Công giáo.", "Lan is Catholic."),
    ("Bố tôi là người Công giáo.", "My father is Catholic."),
    ("Họ theo đạo Tin Lành.", "They're Protestant."),
    ("Anh ấy theo đạo Hồi.", "He's Muslim."),
    ("Gia đình tôi theo đạo Phật.", "My family is Buddhist."),
    ("Bà tôi là Phật tử.", "My grandmother is a Buddhist."),
    ("Chúng tôi là Phật tử.", "We're Buddhists."),
    ("Bố tôi không theo đạo Công giáo.", "My father isn't Catholic."),
    ("Bạn có phải là người theo đạo Phật không?", "Are you Buddhist?"),
    ("Anh có theo đạo Phật không?", "Are you Buddhist?"),
    ("Tôi là người vô thần.", "I'm an atheist."),
    ("Họ là người vô thần.", "They're atheists."),
    # v8: "We went on blind day.", "My grandparents are squiring every week.", "They went to church on Sunday.",
    # "Do you have a squiring?", "Yesterday, my mother was squiring."
    ("Chúng tôi đi chùa vào ngày mùng một.", "We go to the pagoda on the first day of the lunar month."),
    ("Chúng tôi đi chùa vào mùng một hằng tháng.", "We go to the pagoda on the first day of every lunar month."),
    ("Bà tôi đi chùa mỗi tuần.", "My grandmother goes to the pagoda every week."),
    ("Họ đi lễ nhà thờ vào Chủ nhật.", "They go to church on Sundays."),
    ("Mỗi Chủ nhật, họ đi lễ nhà thờ.", "They go to church every Sunday."),
    ("Bà tôi thường đi chùa vào ngày rằm.", "My grandmother usually goes to the pagoda on full moon days."),
    ("Chúng tôi đi chùa vào dịp Tết.", "We go to the pagoda at Tet."),
    ("Bạn có đi nhà thờ không?", "Do you go to church?"),
    ("Bạn có hay đi chùa không?", "Do you often go to the pagoda?"),
    ("Tôi không bao giờ đi nhà thờ.", "I never go to church."),
    ("Hôm qua mẹ tôi đi chùa.", "My mother went to the pagoda yesterday."),
    ("Chủ nhật tuần trước tôi đi lễ nhà thờ.", "I went to church last Sunday."),
    ("Năm ngoái tôi đi chùa.", "I went to the pagoda last year."),
    ("Hôm qua bạn có đi chùa không?", "Did you go to the pagoda yesterday?"),
    ("Ngày mai tôi sẽ đi chùa.", "I'm going to the pagoda tomorrow."),
    ("Ngày mai bạn có đi chùa không?", "Are you going to the pagoda tomorrow?"),
    ("Tôi sẽ không đi nhà thờ vào Chủ nhật.", "I'm not going to church on Sunday."),
    # not: "anh" saying it (may be the speaker), believing in God (mt/lies.py's), "đi chùa" with no day (now, or a
    # habit?), "Sáng nay" (went, or going?), a faith without "đạo" ("theo Phật"), "là đạo Phật", "phải là" (must
    # be), asked with "à", a day behind with "sẽ", ahead with "đã", another topic
    ("Tôi theo đạo Phật nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh theo đạo Phật.", None), ("Bạn có tin vào Chúa không?", None), ("Tôi đi chùa.", None),
    ("Sáng nay tôi đi chùa.", None), ("Tôi theo Phật.", None), ("Tôi là đạo Phật.", None),
    ("Tôi phải là người Công giáo.", None), ("Bạn theo đạo Phật à?", None), ("Tôi sẽ đi chùa hôm qua.", None),
    ("Anh ấy đã đi chùa ngày mai.", None), ("Họ đi lễ vào mỗi Chủ nhật.", None), ("Mẹ tôi đang ở chùa.", None),
    ("Tôi vừa cắt tóc.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có tôn giáo là gì?", "Ông ta là gì?", "Gia đình của bạn là gì?"
    ("What religion are you?", "Bạn theo đạo gì?"),
    ("What's your religion?", "Bạn theo đạo gì?"),
    ("What religion is he?", "Anh ấy theo đạo gì?"),
    ("What religion is your family?", "Gia đình bạn theo đạo gì?"),
    ("What religion does your family follow?", "Gia đình bạn theo đạo gì?"),
    # v8: "Bạn có tôn giáo không?", "Tôi không tôn giáo."
    ("Are you religious?", "Bạn có theo đạo không?"),
    ("Is she religious?", "Cô ấy có theo đạo không?"),
    ("I'm not religious.", "Tôi không theo đạo."),
    ("My grandmother is very religious.", "Bà tôi rất sùng đạo."),
    ("I'm not very religious.", "Tôi không sùng đạo lắm."),
    ("I don't have a religion.", "Tôi không theo đạo nào."),
    ("I have no religion.", "Tôi không theo đạo nào."),
    ("Does she have a religion?", "Cô ấy có theo đạo không?"),
    # v8: "Tôi là một ngư dân." (a fisherman), "Cô ấy Catholic.", "Họ là người biểu tình." (protesters), "Anh ta là
    # Hồi giáo.", "Chúng tôi Budhists.", "Tôi là người gây mê." (an anaesthetist), "… người yêu không?" (a lover)
    ("I'm a Buddhist.", "Tôi theo đạo Phật."),
    ("She's Catholic.", "Cô ấy theo đạo Công giáo."),
    ("My father is a Christian.", "Bố tôi theo đạo Thiên Chúa."),
    ("They're Protestant.", "Họ theo đạo Tin Lành."),
    ("He's Muslim.", "Anh ấy theo đạo Hồi."),
    ("We're Buddhists.", "Chúng tôi theo đạo Phật."),
    ("Lan is Catholic.", "Lan theo đạo Công giáo."),
    ("My family is Buddhist.", "Gia đình tôi theo đạo Phật."),
    ("I'm not Catholic.", "Tôi không theo đạo Công giáo."),
    ("Are you Buddhist?", "Bạn có theo đạo Phật không?"),
    ("I'm an atheist.", "Tôi là người vô thần."),
    ("Are you an atheist?", "Bạn có phải là người vô thần không?"),
    # v8: "Chúng tôi đi tuần tra vào ngày đầu tiên của tháng." (on patrol), "Mẹ tôi đi đến tuần tra." (the week lost),
    # "Tôi đã đến tuần trada hôm qua.", "Gia đình của bạn đi đến nhà thờ?"
    ("We go to the pagoda on the first day of the month.", "Chúng tôi đi chùa vào ngày mùng một."),
    ("My grandmother goes to the pagoda every week.", "Bà tôi đi chùa mỗi tuần."),
    ("They go to church on Sundays.", "Họ đi lễ nhà thờ vào các ngày Chủ nhật."),
    ("They go to church every Sunday.", "Họ đi lễ nhà thờ mỗi Chủ nhật."),
    ("Does your family go to church?", "Gia đình bạn có đi lễ nhà thờ không?"),
    ("Do you often go to the pagoda?", "Bạn có hay đi chùa không?"),
    ("She doesn't go to church.", "Cô ấy không đi lễ nhà thờ."),
    ("I never go to church.", "Tôi không bao giờ đi lễ nhà thờ."),
    ("I went to the pagoda yesterday.", "Hôm qua tôi đi chùa."),
    ("I went to church last Sunday.", "Tôi đi lễ nhà thờ vào Chủ nhật tuần trước."),
    ("Did you go to church yesterday?", "Hôm qua bạn có đi lễ nhà thờ không?"),
    ("I'm going to the pagoda tomorrow.", "Ngày mai tôi sẽ đi chùa."),
    ("Are you going to church on Sunday?", "Bạn có đi lễ nhà thờ vào Chủ nhật không?"),
    ("I won't go to church on Sunday.", "Tôi sẽ không đi lễ nhà thờ vào Chủ nhật."),
    ("We will go to church next month.", "Tháng sau chúng tôi sẽ đi lễ nhà thờ."),
    # not: bad agreement ("She are", "a Buddhists", "We're a Catholic", "I'm Buddhists", "an Buddhist", "a Jewish",
    # "She go", "Do she", "I has"), a day against the tense, "Did you …?" and "Will you …?" with no day, "I go to
    # church." (Vietnamese would read it now), a faith followed but not said, believing in God (mt/lies.py's),
    # "temple" (chùa, or đền?), "Do you never …?"
    ("She are Catholic.", None), ("He's a Buddhists.", None), ("We're a Catholic.", None), ("I'm Buddhists.", None),
    ("I'm an Buddhist.", None), ("She's a Jewish.", None), ("She go to church every Sunday.", None),
    ("Do she go to church?", None), ("I has no religion.", None), ("I went to church tomorrow.", None),
    ("I'm going to church yesterday.", None), ("Did you go to church?", None), ("Will you go to the pagoda?", None),
    ("I go to church.", None), ("I follow a religion.", None), ("Do you believe in God?", None),
    ("My mother goes to the temple every month.", None), ("Do you never go to church?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
