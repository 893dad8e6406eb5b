"""Dreams while asleep: dreamed about someone, a nightmare, a dream of a kind, what was dreamed, and sweet dreams, both
ways (mt/dreams.py)."""
import pytest

from mt.dreams import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Last night, I dream you.", "My mother dreamed me.", "I lay a dream you."
    ("Tối qua tôi mơ thấy bạn.", "I dreamed about you last night."),
    ("Tôi mơ thấy bạn tối qua.", "I dreamed about you last night."),
    ("Đêm qua mẹ tôi mơ thấy bà tôi.", "My mother dreamed about my grandmother last night."),
    ("Mẹ tôi mơ thấy bà tôi.", "My mother dreamed about my grandmother."),
    ("Tôi nằm mơ thấy bạn.", "I dreamed about you."),
    ("Tối qua tôi mơ thấy anh ấy.", "I dreamed about him last night."),
    ("Lan mơ thấy Minh.", "Lan dreamed about Minh."),
    ("Tôi vừa mơ thấy bạn.", "I've just dreamed about you."),
    ("Tối qua tôi không mơ thấy bạn.", "I didn't dream about you last night."),
    ("Mỗi đêm tôi đều mơ thấy bạn.", "I dream about you every night."),
    ("Tôi luôn mơ về bạn.", "I always dream about you."),
    # v8: "I'm going to dream I'm falling.", "I have a dream that I'm falling."
    ("Tôi hay mơ thấy mình bị ngã.", "I often dream of falling."),
    ("Tôi thường mơ thấy mình bị rơi.", "I often dream of falling."),
    ("Mẹ tôi hay mơ thấy mình bay.", "My mother often dreams of flying."),
    # v8: "Last night, what do you dream?", "Last night, do you dream?"
    ("Bạn mơ thấy gì?", "What did you dream about?"),
    ("Tối qua bạn mơ thấy gì?", "What did you dream about last night?"),
    ("Đêm qua bạn có mơ không?", "Did you dream last night?"),
    ("Tối qua bạn có mơ thấy tôi không?", "Did you dream about me last night?"),
    ("Bạn có hay mơ thấy tôi không?", "Do you often dream about me?"),
    # v8: "Last night, I had nightmares." (who lost), "I usually have nightmares.", "Do you have a nightmare?"
    ("Tối qua con tôi gặp ác mộng.", "My child had a nightmare last night."),
    ("Tối qua tôi gặp ác mộng.", "I had a nightmare last night."),
    ("Bác Hùng gặp ác mộng tối qua.", "Uncle Hung had a nightmare last night."),
    ("Tôi vừa gặp ác mộng.", "I've just had a nightmare."),
    ("Con tôi hay gặp ác mộng.", "My child often has nightmares."),
    ("Anh ấy thường gặp ác mộng.", "He often has nightmares."),
    ("Con tôi gặp ác mộng mỗi đêm.", "My child has nightmares every night."),
    ("Tôi không bao giờ gặp ác mộng.", "I never have nightmares."),
    ("Bạn có hay gặp ác mộng không?", "Do you often have nightmares?"),
    ("Con bạn có hay gặp ác mộng không?", "Does your child often have nightmares?"),
    ("Tối qua bạn có gặp ác mộng không?", "Did you have a nightmare last night?"),
    # v8: "Last night, I dream of a strange dream.", "Last night, I had a dream." (the kind lost)
    ("Đêm qua tôi mơ một giấc mơ kỳ lạ.", "I had a strange dream last night."),
    ("Tối qua tôi có một giấc mơ đẹp.", "I had a nice dream last night."),
    ("Tôi đã có một giấc mơ đẹp.", "I had a nice dream."),
    ("Tối qua tôi có một giấc mơ rất lạ về bạn.", "I had a very strange dream about you last night."),
    # v8: "Have a good sleep and dream.", "It's beautiful!", "Have you dreams."
    ("Chúc ngủ ngon và mơ đẹp nhé.", "Good night and sweet dreams."),
    ("Chúc bạn ngủ ngon và mơ đẹp nhé.", "Good night and sweet dreams."),
    ("Ngủ ngon, mơ đẹp nhé!", "Good night and sweet dreams!"),
    ("Mơ đẹp nhé!", "Sweet dreams!"),
    ("Chúc bạn có những giấc mơ đẹp.", "Sweet dreams."),
    # not: no tense said (had one, or has them?), "anh" saying it (the speaker, or "you"?), oneself alone, a habit
    # last night, "có" asking without "không", a dream as a hope, a wish for life, "Chúc ngủ ngon" alone (the
    # phrasebook's), sleep (mt/sleep.py's), "hôm qua"
    ("Lan mơ thấy Minh nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Tôi gặp ác mộng.", None), ("Bạn có gặp ác mộng không?", None), ("Bạn có mơ không?", None),
    ("Anh mơ thấy em.", None), ("Tôi mơ thấy mình.", None), ("Tối qua tôi hay mơ thấy bạn.", None),
    ("Tôi có một giấc mơ kỳ lạ.", None), ("Tôi có một giấc mơ.", None), ("Bạn mơ thấy tôi không?", None),
    ("Ước mơ của tôi là trở thành bác sĩ.", None), ("Tôi mơ ước trở thành bác sĩ.", None),
    ("Chúc ngủ ngon.", None), ("Tối qua tôi ngủ rất ngon.", None), ("Hôm qua tôi mơ thấy bạn.", None),
    ("Tối qua tôi vừa gặp ác mộng.", None), ("Tôi mơ thấy ác mộng.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi có giấc mơ xấu.", "Con trai tôi có ác mộng tối qua.", "Anh ta ước mơ xấu tối qua." (a wish)
    ("My son had a bad dream.", "Con trai tôi gặp ác mộng."),
    ("My son had a nightmare last night.", "Tối qua con trai tôi gặp ác mộng."),
    ("He had a bad dream last night.", "Tối qua anh ấy gặp ác mộng."),
    ("I had a nightmare.", "Tôi gặp ác mộng."),
    ("Last night, I had nightmares.", "Tối qua tôi gặp ác mộng."),
    ("I just had a nightmare.", "Tôi vừa gặp ác mộng."),
    ("I didn't have a nightmare last night.", "Tối qua tôi không gặp ác mộng."),
    ("She often has nightmares.", "Cô ấy thường gặp ác mộng."),
    ("I have nightmares every night.", "Tôi gặp ác mộng mỗi đêm."),
    ("Did you have a nightmare last night?", "Tối qua bạn có gặp ác mộng không?"),
    ("Do you often have nightmares?", "Bạn có thường gặp ác mộng không?"),
    ("Does your son often have nightmares?", "Con trai bạn có thường gặp ác mộng không?"),
    # v8: "Tôi mơ thấy bạn tối qua." (right, the time put last), "Tôi thường mơ thấy giấc ngủ." (sleep), "… ác mộng."
    ("I dreamed about you last night.", "Tối qua tôi mơ thấy bạn."),
    ("Last night I dreamt about you.", "Tối qua tôi mơ thấy bạn."),
    ("I dreamed about my mother.", "Tôi mơ thấy mẹ tôi."),
    ("I just dreamed about you.", "Tôi vừa mơ thấy bạn."),
    ("I dream about you every night.", "Tôi mơ thấy bạn mỗi đêm."),
    ("I never dream about you.", "Tôi không bao giờ mơ thấy bạn."),
    ("I often dream of falling.", "Tôi thường mơ thấy mình bị ngã."),
    ("I often dream about flying.", "Tôi thường mơ thấy mình bay."),
    ("My mother often dreams of being chased.", "Mẹ tôi thường mơ thấy mình bị rượt đuổi."),
    # v8: "Tôi không mơ ước tối qua." (wish), "Tôi có ước mơ về bạn."
    ("I didn't dream last night.", "Tối qua tôi không nằm mơ."),
    ("I had a dream about you.", "Tôi mơ thấy bạn."),
    # v8: "Tôi ước mơ lạ tối qua.", "Tôi có giấc mơ weird."
    ("I had a strange dream last night.", "Tối qua tôi có một giấc mơ kỳ lạ."),
    ("I had a weird dream.", "Tôi đã có một giấc mơ kỳ quặc."),
    ("I had a good dream.", "Tôi đã có một giấc mơ đẹp."),
    # v8: "Cậu ước mơ đã làm gì?", "Bạn ước gì về tối qua?"
    ("What did you dream about?", "Bạn mơ thấy gì?"),
    ("What did you dream about last night?", "Tối qua bạn mơ thấy gì?"),
    ("What do you usually dream about?", "Bạn thường mơ thấy gì?"),
    ("Did you dream last night?", "Tối qua bạn có nằm mơ không?"),
    ("Did you dream about me?", "Bạn có mơ thấy tôi không?"),
    ("Do you ever dream about flying?", "Bạn có bao giờ mơ thấy mình bay không?"),
    # v8: "Hãy mơ hồ đi nhé!" (be vague), "Những giấc mơweet.", "Những giấc mơ ngọt ngào và ngọt ngào."
    ("Sweet dreams!", "Mơ đẹp nhé!"),
    ("Sweet dreams.", "Mơ đẹp nhé."),
    ("Good night and sweet dreams.", "Chúc ngủ ngon và mơ đẹp nhé."),
    ("Good night, sweet dreams!", "Chúc ngủ ngon và mơ đẹp nhé!"),
    # not: a verb that does not agree ("She often have", "Do your son", "He dream"), no tense said ("I dream about
    # you.", "She has nightmares."), a past habit, "a" with "nightmares", oneself, "had a dream" alone, a dream as a
    # wish for life, "Good night" alone (the phrasebook's), "I never dream." (v8 writes it well)
    ("She often have nightmares.", None), ("Do your son often have nightmares?", None),
    ("He dream about you every night.", None), ("I dream about you.", None), ("She has nightmares.", None),
    ("I often dreamed about you.", None), ("I had a nightmares.", None), ("I dreamed about me.", None),
    ("I had a dream.", None), ("My dream is to be a doctor.", None), ("I dream of becoming a doctor.", None),
    ("Good night.", None), ("I never dream.", None), ("I can't remember my dream.", None),
    ("Did you often dream about me?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
