"""Emergencies and collapses: an ambulance called, someone fainted, with heatstroke, unconscious, not breathing or
choking, a house on fire, first aid, a doctor here, both ways (mt/emergencies.py)."""
import pytest

from mt import phrasebook
from mt.emergencies import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Call ambulance!", "It's called the ambulance!", "Call ambulance right!"
    ("Gọi xe cấp cứu!", "Call an ambulance!"),
    ("Gọi xe cấp cứu đi!", "Call an ambulance!"),
    ("Hãy gọi xe cấp cứu!", "Call an ambulance!"),
    ("Ai đó gọi xe cấp cứu đi!", "Someone call an ambulance!"),
    ("Mau gọi xe cấp cứu!", "Quick, call an ambulance!"),
    ("Gọi xe cấp cứu ngay!", "Call an ambulance now!"),
    ("Gọi 115 giúp tôi với!", "Please call 115!"),
    ("Gọi cứu hỏa đi!", "Call the fire brigade!"),
    # v8: "I've called ambulance.", "Who called ambulance?", "Can you call ambulance?", "We need ambulance."
    ("Tôi đã gọi xe cấp cứu rồi.", "I've called an ambulance."),
    ("Tôi sẽ gọi xe cấp cứu.", "I'll call an ambulance."),
    ("Bạn đã gọi xe cấp cứu chưa?", "Have you called an ambulance yet?"),
    ("Có ai gọi xe cấp cứu chưa?", "Has anyone called an ambulance yet?"),
    ("Bạn gọi xe cấp cứu giúp tôi được không?", "Can you call an ambulance for me?"),
    ("Chúng tôi cần xe cấp cứu ngay!", "We need an ambulance now!"),
    # v8: "There was someone squiring.", "Drunk people.", "My father was squiring.", "Are you squiring?"
    ("Có người bị ngất.", "Someone has fainted."),
    ("Có người ngất xỉu.", "Someone has fainted."),
    ("Bố tôi bị ngất.", "My father has fainted."),
    ("Cô ấy bị ngất rồi.", "She's fainted."),
    ("Anh ấy vừa bị ngất.", "He's just fainted."),
    ("Tôi bị ngất.", "I fainted."),
    ("Bạn có bị ngất không?", "Did you faint?"),
    # v8: "She was sunlighted.", "Is she sunlighted?", "Uncle Hung was sunlighted."
    ("Cô ấy bị say nắng.", "She has heatstroke."),
    ("Tôi nghĩ cô ấy bị say nắng.", "I think she has heatstroke."),
    ("Bác Hùng bị say nắng.", "Uncle Hung has heatstroke."),
    ("Cô ấy có bị say nắng không?", "Does she have heatstroke?"),
    # v8: "There was a conscious man.", "She was awake.", "He didn't breath.", "She was bald.", "The baby is
    # getting snugged."
    ("Có người bất tỉnh.", "Someone is unconscious."),
    ("Cô ấy bất tỉnh rồi.", "She's unconscious."),
    ("Anh ấy vẫn còn bất tỉnh.", "He's still unconscious."),
    ("Anh ấy không thở.", "He's not breathing."),
    ("Anh ấy không thở được.", "He can't breathe."),
    ("Cô ấy không thở nữa.", "She's stopped breathing."),
    ("Cô ấy còn thở không?", "Is she still breathing?"),
    ("Cô ấy bị hóc.", "She's choking."),
    ("Em bé bị nghẹn.", "The baby is choking."),
    # v8: "You're!", "My home was fired!", "The neighbor was fired.", "Our neighbor was burnt.", "The Land was fired."
    ("Cháy nhà!", "The house is on fire!"),
    ("Nhà tôi đang cháy!", "My house is on fire!"),
    ("Nhà hàng xóm bị cháy.", "The neighbour's house is on fire."),
    ("Nhà hàng xóm của chúng tôi bị cháy.", "Our neighbour's house is on fire."),
    ("Nhà bên cạnh đang cháy!", "The house next door is on fire!"),
    ("Nhà Lan bị cháy.", "Lan's house is on fire."),
    # v8: "Did anyone knows rescue?", "My mother knew the rescue.", "Are doctors here?", "Who is a doctor?"
    ("Có ai biết sơ cứu không?", "Does anyone know first aid?"),
    ("Ở đây có ai biết sơ cứu không?", "Does anyone here know first aid?"),
    ("Mẹ tôi biết sơ cứu.", "My mother knows first aid."),
    ("Tôi không biết sơ cứu.", "I don't know first aid."),
    ("Ở đây có bác sĩ không?", "Is there a doctor here?"),
    ("Có ai là bác sĩ không?", "Is anyone a doctor?"),
    ("Có bác sĩ nào ở đây không?", "Is there a doctor here?"),
    # v8: "This is an emergency case!", "How much is the emergency?", "Ambulance came."
    ("Đây là trường hợp khẩn cấp!", "This is an emergency!"),
    ("Số cấp cứu là bao nhiêu?", "What's the ambulance number?"),
    ("Số cấp cứu ở Việt Nam là 115.", "The ambulance number in Vietnam is 115."),
    ("Xe cấp cứu đến rồi.", "The ambulance is here."),
    # not: "anh", "em" alone saying it (the speaker or "you"), the phrasebook's and mt/theft.py's, a heart attack,
    # a bone in the throat, "đã bất tỉnh" (was or has been?), a day, "cháy" of food, a statement ending with "?",
    # "đang ngất", a restaurant on fire ("nhà hàng"), the speaker not breathing, anyone said
    ("Tôi bị ngất nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh bị ngất.", None), ("Em bị say nắng.", None), ("Gọi cảnh sát đi!", None), ("Cứu tôi với!", None),
    ("Anh ấy bị đau tim.", None), ("Con tôi bị hóc xương cá.", None), ("Anh ấy đã bất tỉnh.", None),
    ("Hôm qua anh ấy bị ngất.", None), ("Cháy rồi!", None), ("Anh ấy bị ngất?", None), ("Anh ấy đang ngất.", None),
    ("Nhà hàng bị cháy.", None), ("Tôi không thở.", None), ("Có ai bị ngất.", None),
    ("Có người có bị ngất không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Gọi cứu thương!", "Người ta gọi xe cấp cứu!", "Gọi lửa!", "Hãy gọi điện cho bé biết bây giờ!"
    ("Call an ambulance!", "Gọi xe cấp cứu!"),
    ("Call an ambulance, please!", "Làm ơn gọi xe cấp cứu!"),
    ("Someone call an ambulance!", "Ai đó gọi xe cấp cứu đi!"),
    ("Call an ambulance now!", "Gọi xe cấp cứu ngay!"),
    ("Call the fire brigade!", "Gọi cứu hỏa!"),
    ("Call 115!", "Gọi 115!"),
    # v8: "Chúng ta cần một sự nghiệp dư.", "Bây giờ chúng ta cần một tham vọng!"
    ("We need an ambulance now!", "Chúng tôi cần xe cấp cứu ngay!"),
    ("I've called an ambulance.", "Tôi đã gọi xe cấp cứu rồi."),
    ("Has anyone called an ambulance?", "Có ai gọi xe cấp cứu chưa?"),
    ("Can you call an ambulance for me?", "Bạn có thể gọi xe cấp cứu giúp tôi không?"),
    # v8: "Người ta đã phàn nàn." (complained), "Anh ta sợ hãi.", "Cha tôi đã fainted.", "Bạn có faint không?"
    ("Someone has fainted.", "Có người bị ngất."),
    ("He's fainted.", "Anh ấy bị ngất."),
    ("My father has fainted.", "Bố tôi bị ngất."),
    ("She just fainted.", "Cô ấy vừa bị ngất."),
    ("She passed out.", "Cô ấy bị ngất."),
    ("Did you faint?", "Bạn có bị ngất không?"),
    # v8: "Cô ấy có nhấn mạnh.", "Anh ta bị nóng giận.", "Bé có cảm giác nóng giận không?"
    ("She has heatstroke.", "Cô ấy bị say nắng."),
    ("He's got heatstroke.", "Anh ấy bị say nắng."),
    ("I think she has heatstroke.", "Tôi nghĩ cô ấy bị say nắng."),
    ("Does she have heatstroke?", "Cô ấy có bị say nắng không?"),
    # v8: "Anh ta không tỉnh táo." (not alert), "Anh ta vẫn còn tỉnh táo.", "Cô ấy đang đùa đấy!" (joking),
    # "Bé đang chăm sóc!"
    ("He's unconscious.", "Anh ấy bị bất tỉnh."),
    ("Someone is unconscious.", "Có người bị bất tỉnh."),
    ("He's still unconscious.", "Anh ấy vẫn còn bất tỉnh."),
    ("Is he unconscious?", "Anh ấy có bị bất tỉnh không?"),
    ("He isn't breathing.", "Anh ấy không thở."),
    ("She's not breathing!", "Cô ấy không thở!"),
    ("Is she still breathing?", "Cô ấy còn thở không?"),
    ("He's stopped breathing.", "Anh ấy ngừng thở rồi."),
    ("She's choking!", "Cô ấy bị hóc!"),
    ("My son is choking!", "Con trai tôi bị hóc!"),
    ("The baby is choking!", "Em bé bị hóc!"),
    # v8: "Nhà đang ở trên lửa!", "Nhà nước láng giềng của chúng tôi đang bắn.", "Cửa nhà tiếp theo đang cháy!"
    ("The house is on fire!", "Nhà đang cháy!"),
    ("Our neighbour’s house is on fire.", "Nhà của hàng xóm chúng tôi đang cháy."),
    ("The house next door is on fire!", "Nhà bên cạnh đang cháy!"),
    ("The neighbours' house is on fire!", "Nhà hàng xóm đang cháy!"),
    # v8: "Có ai biết viện trợ đầu tiên không?", "Mẹ tôi biết trợ giúp đầu tiên.", "Có ai ở đây bác sĩ không?"
    ("Does anyone know first aid?", "Có ai biết sơ cứu không?"),
    ("Does anybody here know first aid?", "Ở đây có ai biết sơ cứu không?"),
    ("Do you know first aid?", "Bạn có biết sơ cứu không?"),
    ("My mother knows first aid.", "Mẹ tôi biết sơ cứu."),
    ("Is there a doctor here?", "Ở đây có bác sĩ không?"),
    ("Is anyone here a doctor?", "Ở đây có ai là bác sĩ không?"),
    # v8: "Sự nghiệp dư đang ở trên đường của nó.", "Số dư nợ là 115.", "Con số cho xe cấp cứu là gì?"
    ("The ambulance is on its way.", "Xe cấp cứu đang đến."),
    ("It's an emergency!", "Đây là trường hợp khẩn cấp!"),
    ("The ambulance number is 115.", "Số cấp cứu là 115."),
    ("What's the number for an ambulance?", "Số cấp cứu là bao nhiêu?"),
    # not: a verb that does not agree with who, the phrasebook's and mt/theft.py's, a past not taken, someone asked,
    # anyone said, a heart attack, a house of whose not said next door, "I'm not breathing" (of oneself)
    ("She have heatstroke.", None), ("Does he knows first aid?", None), ("They has fainted.", None),
    ("He are unconscious.", None), ("I is choking.", None), ("Fire!", None), ("Call the police!", None),
    ("He was unconscious.", None), ("Is someone choking?", None), ("Anyone knows first aid.", None),
    ("He's having a heart attack.", None), ("My house next door is on fire.", None), ("I'm not breathing.", None),
    ("Has he fainted.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text", ["Cháy nhà?", "Xe cấp cứu đến rồi?", "Nhà tôi đang cháy?"])
def test_a_statement_asked_is_left(text):
    # the module takes the statement's pattern; mt.phrasebook passes it over
    assert translate(text, "vi", "en") and phrasebook.translate(text, "vi", "en") is None
