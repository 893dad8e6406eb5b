"""A runny nose said "chảy nước mũi", a scratchy, itchy or dry throat, and blowing one's nose, both ways
(mt/sniffles.py)."""
import pytest

from mt.sniffles import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have a nosebleed.", "My child has diarrhea.", "Do you have a nosebleed?", "I don't have a nosebleed.", "The
    # baby is flowing the nose.", "My mother was nosebleedd.", "He has diarrhea in the nose."
    ("Tôi bị chảy nước mũi.", "I have a runny nose."),
    ("Con tôi bị chảy nước mũi.", "My child has a runny nose."),
    ("Bạn có bị chảy nước mũi không?", "Do you have a runny nose?"),
    ("Con bạn có bị chảy nước mũi không?", "Does your child have a runny nose?"),
    ("Tôi không bị chảy nước mũi.", "I don't have a runny nose."),
    ("Em bé bị chảy nước mũi.", "The baby has a runny nose."),
    ("Mẹ tôi bị chảy nước mũi.", "My mother has a runny nose."),
    ("Lan bị chảy nước mũi.", "Lan has a runny nose."),
    ("Anh ấy bị chảy nước mũi.", "He has a runny nose."),
    ("Tôi chảy nước mũi.", "I have a runny nose."),
    ("Bác Hùng đang bị chảy nước mũi.", "Uncle Hung has a runny nose."),
    # v8: "I'm getting bleach and throat.", "My child has diarrhea and cough."
    ("Tôi bị chảy nước mũi và đau họng.", "I have a runny nose and a sore throat."),
    ("Con tôi bị chảy nước mũi và ho.", "My child has a runny nose and a cough."),
    ("Con tôi bị ho và chảy nước mũi.", "My child has a cough and a runny nose."),
    ("Con tôi bị sốt và chảy nước mũi.", "My child has a fever and a runny nose."),
    # v8: "I'm getting water from the morning.", "I'm bleached from the nose yesterday.", "The baby is flowing water
    # from last night.", "I'm getting nosebleeds all day."
    ("Tôi bị chảy nước mũi từ sáng.", "I've had a runny nose since this morning."),
    ("Tôi bị chảy nước mũi từ hôm qua.", "I've had a runny nose since yesterday."),
    ("Em bé bị chảy nước mũi từ tối qua.", "The baby has had a runny nose since last night."),
    ("Tôi bị chảy nước mũi và sốt từ tối qua.", "I've had a runny nose and a fever since last night."),
    ("Tôi bị chảy nước mũi cả ngày.", "My nose has been running all day."),
    # v8: "My child flows throughout the nose.", "My child flows all over the nose.", "My nose kept water.", "My nose
    # flows net.", "My nose is flowing water.", "My nose is still flowing water.", "Do you have a flow of water?"
    ("Con tôi cứ chảy nước mũi suốt.", "My child's nose keeps running."),
    ("Con tôi chảy nước mũi suốt.", "My child's nose keeps running."),
    ("Mũi tôi cứ chảy nước.", "My nose keeps running."),
    ("Mũi Lan cứ chảy nước mãi.", "Lan's nose keeps running."),
    ("Mũi con tôi chảy nước suốt.", "My child's nose keeps running."),
    ("Nước mũi tôi chảy ròng ròng.", "My nose is streaming."),
    ("Mũi tôi đang chảy nước.", "My nose is running."),
    ("Mũi tôi vẫn còn chảy nước.", "My nose is still running."),
    ("Mũi bạn có chảy nước không?", "Is your nose running?"),
    ("Mũi em bé còn chảy nước không?", "Is the baby's nose still running?"),
    # v8: "I'm too burning.", "We were burning.", "I'm burning.", "I was itchy.", "It's too dry.", "I'm dry.", "It's
    # very frustrating.", "Do you get burning?", "Weighted me.", "The throat I'm too dry.", "It's dry."
    ("Họng tôi rát quá.", "My throat is so scratchy."),
    ("Họng tôi bị rát.", "My throat is scratchy."),
    ("Họng tôi khô quá.", "My throat is so dry."),
    ("Họng tôi bị ngứa.", "My throat is itchy."),
    ("Họng tôi hơi rát.", "My throat is a bit scratchy."),
    ("Họng bạn có bị rát không?", "Is your throat scratchy?"),
    ("Họng bạn có khô không?", "Is your throat dry?"),
    ("Cổ họng tôi bị rát.", "My throat is scratchy."),
    ("Cổ họng tôi khô quá.", "My throat is so dry."),
    ("Họng tôi khô.", "My throat is dry."),
    ("Họng tôi khô rát.", "My throat is dry and scratchy."),
    ("Họng tôi không bị rát.", "My throat isn't scratchy."),
    ("Họng mẹ tôi bị rát.", "My mother's throat is scratchy."),
    ("Họng tôi bị rát từ hôm qua.", "My throat has been scratchy since yesterday."),
    ("Họng con tôi bị ngứa từ tối qua.", "My child's throat has been itchy since last night."),
    ("Tôi bị rát họng.", "I have a scratchy throat."),
    ("Tôi bị ngứa họng.", "I have an itchy throat."),
    ("Tôi bị khô họng.", "I have a dry throat."),
    ("Bố tôi bị khô họng.", "My father has a dry throat."),
    ("Bạn có bị rát họng không?", "Do you have a scratchy throat?"),
    ("Chị ấy không bị ngứa họng.", "She doesn't have an itchy throat."),
    ("Tôi bị rát họng từ hôm qua.", "I've had a scratchy throat since yesterday."),
    ("Tôi hơi rát họng.", "My throat is a bit scratchy."),
    ("Tôi thấy rát họng.", "My throat feels scratchy."),
    # v8: "Let your nose go.", "Let the nose go.", "Don't get too strong.", "Don't get a strong nose.", "She took the
    # paper away.", "Don't go away."
    ("Con xì mũi đi.", "Blow your nose."),
    ("Xì mũi đi.", "Blow your nose."),
    ("Xì mũi đi con.", "Blow your nose."),
    ("Hỉ mũi đi.", "Blow your nose."),
    ("Em hãy xì mũi đi.", "Blow your nose."),
    ("Con lấy khăn giấy xì mũi đi.", "Blow your nose on a tissue."),
    ("Xì mũi vào khăn giấy đi.", "Blow your nose on a tissue."),
    ("Đừng xì mũi mạnh quá.", "Don't blow your nose too hard."),
    ("Đừng xì mũi mạnh.", "Don't blow your nose hard."),
    # v8: "I need to leave my nose.", "Do you need axe?", "He is throwing the nose.", "I just pulled my nose.", "I must
    # leave my nose.", "My mother was cutting the nose."
    ("Tôi cần xì mũi.", "I need to blow my nose."),
    ("Con có cần xì mũi không?", "Do you need to blow your nose?"),
    ("Anh có cần xì mũi không?", "Do you need to blow your nose?"),
    ("Bạn có muốn xì mũi không?", "Do you want to blow your nose?"),
    ("Anh ấy đang xì mũi.", "He's blowing his nose."),
    ("Mẹ tôi đang xì mũi.", "My mother is blowing her nose."),
    ("Bác Hùng đang xì mũi.", "Uncle Hung is blowing his nose."),
    ("Tôi vừa xì mũi.", "I've just blown my nose."),
    ("Tôi phải xì mũi.", "I have to blow my nose."),
    ("Tôi cần hỉ mũi.", "I need to blow my nose."),
    # v8: "Let me have a paper to leave my nose.", "Give me the paper to let your nose."
    ("Cho tôi xin một tờ khăn giấy để xì mũi.", "Can I have a tissue to blow my nose?"),
    ("Cho mình xin tờ khăn giấy để xì mũi.", "Can I have a tissue to blow my nose?"),
    # not: a runny or blocked nose, a sore throat others write ("sổ mũi", "đau họng", "nghẹt"), a day told first,
    # "rồi", "đã", "bé" alone, "anh" saying it, "em" with "ạ", a pet, "we", "they", our throats, a name's nose blown,
    # a bare "xì mũi", "con" saying it, a "?" on a statement, "thế", "nhỉ", bleeding, "chảy" without "nước", a runny
    # nose and a cough denied, keeping on asked, a degree asked or with a day, a state twice, a napkin, "nữa", the
    # other language, nonsense
    ("Tôi bị sổ mũi.", None), ("Tôi bị đau họng.", None), ("Mũi tôi bị nghẹt.", None),
    ("Sáng nay tôi bị chảy nước mũi.", None), ("Con tôi bị chảy nước mũi rồi.", None),
    ("Tôi đã bị chảy nước mũi.", None), ("Bé bị chảy nước mũi.", None), ("Anh bị chảy nước mũi.", None),
    ("Em có bị chảy nước mũi không ạ?", None), ("Con chó của tôi bị chảy nước mũi.", None),
    ("Chúng tôi bị chảy nước mũi.", None), ("Họ bị chảy nước mũi.", None), ("Họng chúng tôi bị rát.", None),
    ("Mũi chúng tôi chảy nước.", None), ("Họng con chó tôi bị khô.", None), ("Lan đang xì mũi.", None),
    ("Con tôi đang xì mũi.", None), ("Tôi xì mũi.", None), ("Anh ấy xì mũi.", None), ("Con cần xì mũi.", None),
    ("Tôi có cần xì mũi không?", None), ("Tôi bị chảy nước mũi?", None), ("Tôi bị chảy nước mũi thế.", None),
    ("Tôi bị chảy nước mũi nhỉ.", None), ("Mũi tôi chảy máu.", None), ("Mũi tôi đang chảy.", None),
    ("Nước mũi tôi chảy nước.", None), ("Tôi không bị chảy nước mũi và ho.", None),
    ("Con tôi cứ chảy nước mũi suốt không?", None), ("Họng tôi bị rát quá từ hôm qua.", None),
    ("Họng tôi có bị rát quá không?", None), ("Họng tôi không bị rát lắm.", None), ("Họng tôi khô và khô.", None),
    ("Bạn có khăn giấy không?", None), ("Đừng xì mũi nữa.", None), ("Nước mũi chảy ròng ròng.", None),
    ("Lấy khăn giấy xì mũi vào khăn giấy đi.", None), ("I have a runny nose.", None),
    ("Mũi mũi họng họng.", None),
    # "con" asking with "ạ" is the speaker, a child to a parent (review: "Do you need to blow your nose?")
    ("Con có cần xì mũi không ạ?", None), ("Con có muốn xì mũi không ạ?", None),
    ("Con có muốn xì mũi không?", "Do you want to blow your nose?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mũi tôi đang chạy.", "Mũi của tôi tiếp tục chạy.", "Mũi của bé đang chạy.", "Mũi của bạn có chạy không?",
    # "Mũi của tôi vẫn đang chạy.", "Mũi của cô bé tiếp tục chạy.", "Mũi của con gái tôi đang chạy."
    ("My nose is running.", "Mũi tôi đang chảy nước."),
    ("Your nose is running.", "Mũi bạn đang chảy nước."),
    ("My daughter's nose is running.", "Mũi con gái tôi đang chảy nước."),
    ("The baby's nose is running.", "Mũi em bé đang chảy nước."),
    ("Lan's nose is running.", "Mũi Lan đang chảy nước."),
    ("Is your nose running?", "Mũi bạn có đang chảy nước không?"),
    ("Is the baby's nose still running?", "Mũi em bé còn chảy nước không?"),
    ("My nose is still running.", "Mũi tôi vẫn còn chảy nước."),
    ("My nose keeps running.", "Mũi tôi cứ chảy nước mãi."),
    ("Her nose keeps running.", "Mũi cô ấy cứ chảy nước mãi."),
    ("My nose is streaming.", "Nước mũi tôi chảy ròng ròng."),
    # v8: "Mũi của tôi chạy từ sáng nay.", "Mũi tôi đang chạy cả ngày."
    ("My nose has been running since this morning.", "Tôi bị chảy nước mũi từ sáng nay."),
    ("My nose's been running since yesterday.", "Tôi bị chảy nước mũi từ hôm qua."),
    ("My nose has been running all day.", "Tôi bị chảy nước mũi cả ngày."),
    # v8: "Tôi bị mũi hơi.", "Bạn có bị chảy mũi không?", "Tôi có bị sổ mũi từ hôm qua."
    ("I've got a runny nose.", "Tôi bị sổ mũi."),
    ("Have you got a runny nose?", "Bạn có bị sổ mũi không?"),
    ("Has she got a runny nose?", "Cô ấy có bị sổ mũi không?"),
    ("My son's got a runny nose.", "Con trai tôi bị sổ mũi."),
    ("My mother hasn't got a runny nose.", "Mẹ tôi không bị sổ mũi."),
    ("I've had a runny nose since yesterday.", "Tôi bị sổ mũi từ hôm qua."),
    ("Lan has had a runny nose since last night.", "Lan bị sổ mũi từ tối qua."),
    # v8: "Cổ họng của tôi bị trầy xước.", "Cổ họng của tôi là ngứa.", "Cổ họng của tôi là vết trầy xước.", "Họng của
    # bạn có trầy xước không?", "Cổ họng của tôi cảm thấy trầy xước.", "Cổ họng của tôi không phải là scratchy."
    ("My throat is scratchy.", "Họng tôi bị rát."),
    ("My throat's scratchy.", "Họng tôi bị rát."),
    ("My throat is itchy.", "Họng tôi bị ngứa."),
    ("My throat is dry.", "Họng tôi bị khô."),
    ("His throat is dry.", "Họng anh ấy bị khô."),
    ("The baby's throat is dry.", "Họng em bé bị khô."),
    ("My throat is so dry.", "Họng tôi khô quá."),
    ("My throat is really itchy.", "Họng tôi rất ngứa."),
    ("My throat is a bit scratchy.", "Họng tôi hơi rát."),
    ("My mother's throat is a bit dry.", "Họng mẹ tôi hơi khô."),
    ("My throat feels scratchy.", "Họng tôi bị rát."),
    ("My throat feels dry.", "Họng tôi bị khô."),
    ("My throat isn't scratchy.", "Họng tôi không bị rát."),
    ("Is your throat scratchy?", "Họng bạn có bị rát không?"),
    ("Is your throat dry and scratchy?", "Họng bạn có bị khô và rát không?"),
    ("Does your throat feel dry?", "Họng bạn có bị khô không?"),
    ("My throat has been dry since this morning.", "Họng tôi bị khô từ sáng nay."),
    ("My throat's been scratchy since last week.", "Họng tôi bị rát từ tuần trước."),
    # v8: "Tôi bị đau họng." (sore), "Tôi có cổ họng xước.", "Tôi bị đau họng khô.", "Cô ấy có cổ họng xước.", "Bạn có
    # bị đau họng không?", "Tôi đã có cổ họng trầy xước từ hôm qua."
    ("I have an itchy throat.", "Tôi bị ngứa họng."),
    ("I have a scratchy throat.", "Tôi bị rát họng."),
    ("I have a dry throat.", "Tôi bị khô họng."),
    ("She has a scratchy throat.", "Cô ấy bị rát họng."),
    ("My father has an itchy throat.", "Bố tôi bị ngứa họng."),
    ("Do you have an itchy throat?", "Bạn có bị ngứa họng không?"),
    ("Does she have a dry throat?", "Cô ấy có bị khô họng không?"),
    ("He doesn't have a scratchy throat.", "Anh ấy không bị rát họng."),
    ("I've got an itchy throat.", "Tôi bị ngứa họng."),
    ("I've got a tickly throat.", "Tôi bị ngứa họng."),
    ("I haven't got an itchy throat.", "Tôi không bị ngứa họng."),
    ("I've had a scratchy throat since yesterday.", "Tôi bị rát họng từ hôm qua."),
    ("She's had a dry throat since the day before yesterday.", "Cô ấy bị khô họng từ hôm kia."),
    # v8: "Mũi của bạn chậm hơn.", "Mũi của bạn lên mô.", "Đừng hỉ mũi mình quá khó.", "Đừng hỉ mũi của bạn quá khó."
    ("Blow your nose.", "Xì mũi đi."),
    ("Blow your nose!", "Xì mũi đi!"),
    ("Blow your nose on a tissue.", "Lấy khăn giấy xì mũi đi."),
    ("Blow your nose into a tissue.", "Lấy khăn giấy xì mũi đi."),
    ("Don't blow your nose.", "Đừng xì mũi."),
    ("Don't blow your nose too hard.", "Đừng xì mũi mạnh quá."),
    ("Don't blow your nose so hard.", "Đừng xì mũi mạnh quá."),
    # v8: "Cô ấy thổi mũi.", "Tôi có thể có mô để thổi mũi được không?", "Tôi có thể mô hỉ mũi được không?"
    ("She blew her nose.", "Cô ấy xì mũi."),
    ("He blew his nose.", "Anh ấy xì mũi."),
    ("My father blew his nose.", "Bố tôi xì mũi."),
    ("Can I have a tissue to blow my nose?", "Cho tôi xin một tờ khăn giấy để xì mũi được không?"),
    ("Could I have a tissue to blow my nose?", "Cho tôi xin một tờ khăn giấy để xì mũi được không?"),
    ("May I have a tissue to blow my nose, please?", "Cho tôi xin một tờ khăn giấy để xì mũi được không?"),
    # not: "have a runny nose" (mt/ailments.py's), a blocked or bleeding nose, a sore throat, what v8 writes right
    # ("need to blow", "is blowing", "just blown"), a verb or "a" not agreeing, "I" asked, "got" alone (caught?), a
    # day not agreeing, a pet's nose, ours, another's nose blown, hard told alone, a degree asked or denied, a
    # "?" on a statement, the other language, nonsense
    ("I have a runny nose.", None), ("My son has a runny nose.", None), ("Do you have a runny nose?", None),
    ("My nose is blocked.", None), ("My nose is bleeding.", None), ("My throat is sore.", None),
    ("I need to blow my nose.", None), ("He is blowing his nose.", None), ("I've just blown my nose.", None),
    ("My nose running.", None), ("Is my nose is running?", None), ("She have a scratchy throat.", None),
    ("Does he has an itchy throat?", None), ("I have a itchy throat.", None), ("My throat are dry.", None),
    ("Does your throat feels dry?", None), ("Do I have a scratchy throat?", None), ("Have I got a runny nose?", None),
    ("I got a runny nose.", None), ("I've got a runny nose since yesterday.", None),
    ("My throat is very dry since yesterday.", None), ("Do you have a dry throat since yesterday?", None),
    ("My dog's nose is running.", None), ("Our nose is running.", None), ("I blew your nose.", None),
    ("We blew our nose.", None), ("John blew her nose.", None), ("Blow your nose hard.", None),
    ("Don't blow your nose on a tissue.", None), ("Is your throat very dry?", None),
    ("My throat isn't very dry.", None), ("Is your nose streaming?", None), ("My nose is still streaming.", None),
    ("My throat is scratchy?", None), ("Họng tôi bị rát.", None), ("Nose nose throat.", None),
    # review: "we", "our" ("chúng tôi", or "chúng ta"?), a pet (a throat, a nose blown: people's): "Chúng tôi bị khô
    # họng.", "Mũi con trai chúng tôi đang chảy nước.", "Con chó tôi bị sổ mũi.", "Con chó tôi xì mũi."
    ("We have a dry throat.", None), ("We've got a runny nose.", None), ("Have we got a runny nose?", None),
    ("Our son has a scratchy throat.", None), ("Our son's nose is running.", None),
    ("Is our son's nose running?", None), ("Our son blew his nose.", None), ("My dog's got a runny nose.", None),
    ("My dog has a dry throat.", None), ("My dog blew his nose.", None), ("My cat has an itchy throat.", None),
    ("They've got a runny nose.", "Họ bị sổ mũi."),
    ("Their daughter has a scratchy throat.", "Con gái họ bị rát họng."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
