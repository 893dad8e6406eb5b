"""Ironing clothes as something someone does: now, done, has to, likes or hates it, knows how to, can, does it
themselves, how often, and who does it, both ways (mt/ironing.py)."""
import pytest

from mt.ironing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Are you comforting clothes?", "Are you brewing a mimic shirt?", "I'm getting a shirt for my father."
    ("Bạn đang ủi quần áo à?", "Are you ironing the clothes?"),
    ("Bạn có đang ủi áo sơ mi không?", "Are you ironing your shirt?"),
    ("Tôi đang ủi áo sơ mi cho bố tôi.", "I'm ironing my father's shirt."),
    ("Mẹ tôi đang là quần áo.", "My mother is ironing the clothes."),
    ("Anh ấy đang ủi đồ.", "He's ironing the clothes."),
    # v8: "My mother is ironing my shirt." ("của mình": her own)
    ("Mẹ tôi đang ủi áo của mình.", "My mother is ironing her shirt."),
    # v8: "My father must brew my mother's shirt.", "Do you brew a mimic shirt?"
    ("Bố tôi phải ủi áo sơ mi cho mẹ tôi.", "My father has to iron my mother's shirt."),
    ("Bạn có phải ủi áo sơ mi không?", "Do you have to iron your shirt?"),
    ("Tôi phải là quần áo.", "I have to iron the clothes."),
    # v8: "I've brought your shirt.", "I just brought my father's shirt.", "We haven't done the ironing yet."
    ("Tôi đã ủi áo sơ mi cho bạn rồi.", "I've already ironed your shirt."),
    ("Tôi vừa ủi áo sơ mi cho bố tôi.", "I've just ironed my father's shirt."),
    ("Chúng tôi chưa ủi quần áo.", "We haven't ironed the clothes yet."),
    ("Bạn đã ủi áo sơ mi chưa?", "Have you ironed your shirt yet?"),
    ("Tôi đã ủi áo sơ mi.", "I ironed my shirt."),
    # v8: "I hate clothes.", "I hate shirts.", "I don't like snugging clothes.", "My father likes brew."
    ("Tôi ghét là quần áo.", "I hate ironing."),
    ("Tôi ghét ủi quần áo.", "I hate ironing."),
    ("Tôi ghét ủi áo sơ mi.", "I hate ironing shirts."),
    ("Tôi không thích ủi quần áo.", "I don't like ironing."),
    ("Bố tôi thích ủi đồ.", "My father likes ironing."),
    ("Mẹ tôi thích ủi quần áo.", "My mother likes ironing."),
    ("Lan ghét ủi quần áo.", "Lan hates ironing."),
    ("Bạn có thích ủi quần áo không?", "Do you like ironing?"),
    ("Chị ghét ủi quần áo à?", "Do you hate ironing?"),
    # v8: "He didn't know that snugging clothes.", "I don't know how to skirt.", "Do you know that training clothes?"
    ("Anh ấy không biết ủi quần áo.", "He doesn't know how to iron clothes."),
    ("Tôi không biết ủi váy.", "I don't know how to iron a dress."),
    ("Bạn có biết ủi áo sơ mi không?", "Do you know how to iron a shirt?"),
    ("Anh có biết ủi quần áo không?", "Do you know how to iron clothes?"),
    # v8: "I can comfort your shirts.", "My sister can't pants.", "Can you brew my shirt for me?"
    ("Tôi có thể ủi áo sơ mi cho bạn.", "I can iron your shirt."),
    ("Em gái tôi không thể ủi quần.", "My sister can't iron her trousers."),
    ("Bạn có thể ủi áo sơ mi cho tôi không?", "Can you iron my shirt?"),
    # v8: "My father comforted her own shirt.", "He is his own clothes.", "We comfort our clothes."
    ("Bố tôi tự ủi áo sơ mi.", "My father irons his shirts himself."),
    ("Bố tôi tự ủi áo sơ mi của mình.", "My father irons his shirts himself."),
    ("Anh ấy tự là quần áo của mình.", "He irons his clothes himself."),
    ("Chúng tôi tự ủi quần áo.", "We iron our clothes ourselves."),
    ("Mẹ tôi luôn tự ủi áo sơ mi.", "My mother always irons her shirts herself."),
    ("Bạn có tự ủi quần áo không?", "Do you iron your clothes yourself?"),
    # v8: "Who comforts you?", "Who comfortes your father?", "Who's comforting my shirt?"
    ("Ai ủi quần áo cho bạn?", "Who irons your clothes?"),
    ("Ai ủi áo sơ mi cho bố bạn?", "Who irons your father's shirts?"),
    ("Ai đang ủi áo sơ mi của tôi?", "Who is ironing my shirt?"),
    ("Ai phải ủi quần áo cho Lan?", "Who has to iron Lan's clothes?"),
    ("Ai thường ủi quần áo cho bạn?", "Who usually irons your clothes?"),
    # v8: "My mother gave me a clothes.", "I rarely brew my shirt.", "Do you or brew a mimic shirt?"
    ("Mẹ tôi ủi quần áo cho tôi.", "My mother irons my clothes."),
    ("Tôi hiếm khi ủi áo sơ mi.", "I rarely iron my shirts."),
    ("Bố tôi ủi áo sơ mi mỗi sáng.", "My father irons his shirts every morning."),
    ("Bạn có hay ủi áo sơ mi không?", "Do you often iron your shirts?"),
    ("Chúng tôi không bao giờ ủi quần jean.", "We never iron our jeans."),
    ("Lan thường ủi quần áo cho mẹ cô ấy.", "Lan often irons her mother's clothes."),
    # not: "là" after "biết", "có thể", "thường", "vừa" or with no word before it (know that, may be, is), "an ủi"
    # (comfort), the iron itself, a reason, a "?" on a statement, "có" with no "không", "không" alone asking, a pet,
    # a name's own things ("Lan tự …": his or hers?), "anh" saying it, a plain verb or "không" with nothing of when
    # (a habit, or now?), "không phải", "sẽ", "nhé" (an offer), a thing whose is not said ("Ai ủi áo sơ mi?"), whose
    # twice, "áo dài" (no English many), "often" with "every", "nhỉ", "vừa … rồi", "chưa … à?", "con" alone as whom,
    # "I", "you" doing it for someone with nothing of when (an offer? a favour asked?)
    ("Tôi là quần áo.", None), ("Anh ấy không biết là quần áo.", None), ("Tôi có thể là quần áo.", None),
    ("Anh ấy thường là quần áo.", None), ("Mẹ tôi vừa là quần áo cho tôi.", None), ("Đó là quần áo.", None),
    ("Tôi đang an ủi bạn.", None), ("Bàn ủi bị hỏng.", None), ("Tôi đang ủi quần áo vì mai đi làm.", None),
    ("Tôi ghét ủi quần áo?", None), ("Tôi có ghét ủi quần áo.", None), ("Bạn đang ủi quần áo không?", None),
    ("Con chó của tôi đang ủi quần áo.", None), ("Lan tự ủi quần áo.", None), ("Anh tự ủi quần áo.", None),
    ("Tôi ủi áo sơ mi.", None), ("Tôi không ủi áo sơ mi.", None), ("Tôi không phải ủi quần áo.", None),
    ("Tôi sẽ ủi áo.", None), ("Tôi ủi áo sơ mi cho bạn nhé.", None), ("Ai ủi áo sơ mi?", None),
    ("Tôi ghét ủi áo sơ mi của bạn.", None), ("Mẹ tôi biết ủi áo dài.", None), ("Tôi hay ủi áo sơ mi mỗi sáng.", None),
    ("Tôi ghét ủi quần áo nhỉ.", None), ("Tôi vừa ủi áo sơ mi rồi.", None), ("Bạn chưa ủi áo sơ mi à?", None),
    ("Bạn đã ủi áo sơ mi cho con chưa?", None), ("Tôi có đang ủi quần áo không?", None),
    ("Tôi ủi áo cho bạn.", None), ("Bạn có ủi quần áo cho tôi không?", None),
    ("I hate ironing.", None),
    # review: "của mình" (their own) with the clothes was dropped ("the clothes"); with liking or knowing, left
    ("Tôi đang ủi quần áo của mình.", "I'm ironing my clothes."),
    ("Mẹ tôi đang ủi quần áo của mình.", "My mother is ironing her clothes."),
    ("Tôi vừa ủi quần áo của mình.", "I've just ironed my clothes."),
    ("Bạn đã ủi quần áo của mình chưa?", "Have you ironed your clothes yet?"),
    ("Mẹ tôi phải ủi quần áo của mình.", "My mother has to iron her clothes."),
    ("Tôi có thể ủi quần áo của mình.", "I can iron my clothes."),
    ("Tôi ghét ủi áo sơ mi của mình.", None), ("Tôi thích ủi quần áo của mình.", None),
    ("Anh ấy không biết ủi áo sơ mi của mình.", None), ("Ai ủi quần áo của mình?", None),
    # review: one shirt of many people ("their shirt"); "chiếc" says one
    ("Họ đang ủi áo sơ mi.", "They're ironing their shirts."),
    ("Chúng tôi phải ủi áo sơ mi.", "We have to iron our shirts."),
    ("Tôi đang ủi áo cho họ.", "I'm ironing their shirts."),
    ("Chúng tôi đã ủi áo sơ mi rồi.", "We've already ironed our shirts."),
    ("Họ chưa ủi áo.", "They haven't ironed their shirts yet."),
    ("Tôi đang ủi áo sơ mi cho chúng tôi.", "I'm ironing our shirts."),
    ("Ai đang ủi áo cho họ?", "Who is ironing their shirts?"),
    ("Ai phải ủi áo cho họ?", "Who has to iron their shirts?"),
    ("Tôi đang ủi chiếc áo của họ.", "I'm ironing their shirt."),
    # review: "rồi à?" asks whether it is done already, not yet
    ("Bạn đã ủi quần áo rồi à?", "Have you already ironed the clothes?"),
    ("Bạn ủi áo sơ mi rồi à?", "Have you already ironed your shirt?"),
    # review: who and whose the same in English ("My sister irons my sister's dresses.")
    ("Chị tôi ủi váy cho em gái tôi.", None), ("Mẹ tôi ủi quần áo cho mẹ tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đang mặc quần áo sắt.", "Bạn có đang sắt áo không?", "Chúng tôi đang sắt áo phông của bố."
    ("I'm ironing clothes.", "Tôi đang ủi quần áo."),
    ("My mother is ironing the clothes.", "Mẹ tôi đang ủi quần áo."),
    ("We are ironing clothes.", "Chúng tôi đang ủi quần áo."),
    ("Are you ironing your shirt?", "Bạn có đang ủi áo sơ mi không?"),
    ("We're ironing my father's shirts.", "Chúng tôi đang ủi áo sơ mi của bố tôi."),
    ("You are ironing my shirt!", "Bạn đang ủi áo sơ mi của tôi!"),
    # v8: "Anh ấy đã ủi áo rồi.", "Tôi chưa ủi áo của bạn.", "Tôi vừa là quần áo." (right, but "áo" for a shirt)
    ("He's ironed his shirt.", "Anh ấy đã ủi áo sơ mi rồi."),
    ("Has she ironed her dress yet?", "Cô ấy đã ủi váy chưa?"),
    ("I haven't ironed your shirt yet.", "Tôi chưa ủi áo sơ mi của bạn."),
    ("I've just ironed the clothes.", "Tôi vừa ủi quần áo."),
    ("I already ironed my shirt.", "Tôi đã ủi áo sơ mi rồi."),
    # v8: "Cô ấy phải ủi áo.", "Bạn có phải sắt áo không?"
    ("She has to iron her shirt.", "Cô ấy phải ủi áo sơ mi."),
    ("Do you have to iron your shirt?", "Bạn có phải ủi áo sơ mi không?"),
    # v8: "Tôi ghét sắt.", "Mẹ tôi thích sắt.", "Bạn có muốn sắt không?", "Tôi thật sự huấn luyện sắt."
    ("I hate ironing.", "Tôi ghét ủi quần áo."),
    ("My mother likes ironing.", "Mẹ tôi thích ủi quần áo."),
    ("Do you like ironing?", "Bạn có thích ủi quần áo không?"),
    ("I don't like ironing shirts.", "Tôi không thích ủi áo sơ mi."),
    ("I really hate ironing.", "Tôi rất ghét ủi quần áo."),
    ("He loves ironing!", "Anh ấy rất thích ủi quần áo!"),
    # v8: "Anh ta không biết cách sắt quần áo.", "Cha tôi không biết cách nào để sắt.", "Tôi không thể sắt."
    ("He doesn't know how to iron clothes.", "Anh ấy không biết ủi quần áo."),
    ("My father doesn't know how to iron.", "Bố tôi không biết ủi quần áo."),
    ("Do you know how to iron a shirt?", "Bạn có biết ủi áo sơ mi không?"),
    ("Lan knows how to iron a dress.", "Lan biết ủi váy."),
    ("I can't iron.", "Tôi không thể ủi quần áo."),
    ("Can you iron my shirt?", "Bạn có thể ủi áo sơ mi cho tôi không?"),
    ("My sister can iron her skirt.", "Em gái tôi có thể ủi chân váy."),
    # v8: "Cha tôi sắt những chiếc áo riêng của mình.", "Anh ta lấy những chiếc áo của mình."
    ("My father irons his own shirts.", "Bố tôi tự ủi áo sơ mi."),
    ("He irons his shirts himself.", "Anh ấy tự ủi áo sơ mi."),
    ("We iron our clothes ourselves.", "Chúng tôi tự ủi quần áo."),
    ("Do you iron your shirts yourself?", "Bạn có tự ủi áo sơ mi không?"),
    # v8: "Ai có thể sắt quần áo của bạn?", "Ai đang sắt nếp?", "Ai phải sắt áo sơ mi của bố?"
    ("Who irons your clothes?", "Ai ủi quần áo cho bạn?"),
    ("Who is ironing my shirt?", "Ai đang ủi áo sơ mi của tôi?"),
    ("Who ironed the clothes?", "Ai đã ủi quần áo?"),
    ("Who has to iron your father's shirts?", "Ai phải ủi áo sơ mi của bố bạn?"),
    # v8: "Mẹ tôi sắt quần áo.", "Tôi hiếm khi sắt quần áo của tôi.", "Bạn có thường sắt quần áo của mình không?"
    ("My mother irons my clothes.", "Mẹ tôi ủi quần áo cho tôi."),
    ("I iron my clothes every week.", "Tôi ủi quần áo mỗi tuần."),
    ("I rarely iron my clothes.", "Tôi hiếm khi ủi quần áo."),
    ("Do you often iron your clothes?", "Bạn có hay ủi quần áo không?"),
    ("I don't iron my clothes.", "Tôi không ủi quần áo."),
    ("I never iron.", "Tôi không bao giờ ủi quần áo."),
    ("She always irons her jeans.", "Cô ấy luôn ủi quần jean."),
    # not: a verb not agreeing with who, "a" with many or none with one, a reflexive not who's, "own" of another,
    # "do" said for stress, "love" asked, "don't have to", "isn't ironing", "will", "Am I …?", a pet, a reason, the
    # iron itself, pumping iron, "often" with "every", "a shirt" whose is not known ("Who irons a shirt?")
    ("She iron her shirts.", None), ("Does he irons his shirts?", None), ("He don't know how to iron.", None),
    ("I iron shirt.", None), ("I'm ironing a shirts.", None), ("My father doesn't know how to iron an shirt.", None),
    ("My mother irons her shirts himself.", None), ("I iron your shirts myself.", None),
    ("I do iron my shirts.", None), ("Do you love ironing?", None), ("I don't have to iron my shirt.", None),
    ("He isn't ironing his shirt.", None), ("I will iron my shirt.", None), ("Am I ironing?", None),
    ("My dog hates ironing.", None), ("I hate ironing because it's boring.", None), ("The iron is hot.", None),
    ("Where is the iron?", None), ("Pumping iron is fun.", None), ("I often iron my shirts every day.", None),
    ("Who irons a shirt?", None), ("Is she irons?", None), ("He is doing the ironing.", None),
    ("Tôi ghét ủi quần áo.", None),
    # review: "T-shirt" failed (KeyError)
    ("I'm ironing my T-shirt.", "Tôi đang ủi áo phông."), ("She is ironing her T-shirt.", "Cô ấy đang ủi áo phông."),
    ("I like ironing T-shirts.", "Tôi thích ủi áo phông."),
    ("Who is ironing my T-shirt?", "Ai đang ủi áo phông của tôi?"),
    ("Who irons your T-shirts?", "Ai ủi áo phông cho bạn?"), ("Who ironed my T-shirt?", "Ai đã ủi áo phông của tôi?"),
    # review: a woman's name with "his" (another's: was dropped); a name not known to be a woman's with "his" or "her"
    # (whose?)
    ("Lan is ironing his shirt.", "Lan đang ủi áo sơ mi của anh ấy."),
    ("Has Lan ironed his shirt?", "Lan đã ủi áo sơ mi của anh ấy chưa?"),
    ("Lan irons his shirts.", "Lan ủi áo sơ mi cho anh ấy."), ("Lan irons his shirts herself.", None),
    ("Lan irons shirts himself.", None), ("Lan irons her own dresses.", "Lan tự ủi váy."),
    ("Nam is ironing her dress.", None), ("Mary is ironing his shirt.", None), ("John irons her dresses.", None),
    ("Nam irons his own shirts.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
