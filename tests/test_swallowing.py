"""Swallowing a small thing, choking on water or milk, a fish bone taken out, pain or trouble swallowing, and "Spit it
out!", both ways (mt/swallowing.py)."""
import pytest

from mt.swallowing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My child swallowed the penis.", "I swallowed a shirt.", "My child swallowed battery park.", "She swallowed
    # just a label.", "What do I swallow?", "My son swallowed male rights.", "My daughter swallowed a bid."
    ("Con tôi nuốt phải đồng xu.", "My child swallowed a coin."),
    ("Con tôi nuốt phải cúc áo.", "My child swallowed a button."),
    ("Con tôi nuốt phải viên pin.", "My child swallowed a battery."),
    ("Con trai tôi nuốt phải nam châm.", "My son swallowed a magnet."),
    ("Con gái tôi nuốt phải một viên bi.", "My daughter swallowed a marble."),
    ("Bé nhà tôi nuốt phải viên pin cúc áo.", "My baby swallowed a button battery."),
    ("Bé vừa nuốt phải hạt nhãn.", "The baby just swallowed a longan seed."),
    ("Em bé vừa mới nuốt phải cái khuy áo.", "The baby just swallowed a button."),
    ("Anh ấy nuốt phải xương cá.", "He swallowed a fish bone."),
    ("Lan nuốt phải kẹo cao su.", "Lan swallowed chewing gum."),
    ("Tôi nuốt phải một đồng xu!", "I swallowed a coin!"),
    ("Con gái tôi đã nuốt phải viên bi rồi.", "My daughter has swallowed a marble."),
    ("Chúng tôi nuốt phải xương gà rồi.", "We have swallowed a chicken bone."),
    ("Hôm qua con tôi nuốt phải đồng xu.", "My child swallowed a coin yesterday."),
    ("Con trai tôi nuốt phải nhẫn tối qua.", "My son swallowed a ring last night."),
    ("Con tôi nuốt phải cái gì đó.", "My child swallowed something."),
    ("Con tôi không nuốt phải gì cả.", "My child didn't swallow anything."),
    ("Con có nuốt phải cái gì không?", "Did you swallow something?"),
    ("Bạn có nuốt phải xương cá không?", "Did you swallow a fish bone?"),
    ("Cô ấy có nuốt phải hạt vải không?", "Did she swallow a lychee seed?"),
    ("Con nuốt phải cái gì?", "What did you swallow?"),
    ("Bé nuốt phải gì?", "What did the baby swallow?"),
    ("Hình như con tôi nuốt phải đồng xu.", "I think my child swallowed a coin."),
    ("Con tôi nuốt phải viên pin, tôi phải làm gì?", "My child swallowed a battery. What should I do?"),
    ("Con chó của tôi nuốt phải xương.", "My dog swallowed a bone."),
    # v8: "I'm getting water.", "My child was getting milk slighted.", "A baby or dairy."
    ("Tôi bị sặc nước.", "I choked on some water."),
    ("Con tôi bị sặc sữa.", "My baby choked on milk."),
    ("Con bạn có bị sặc sữa không?", "Did your baby choke on milk?"),
    ("Con trai tôi bị sặc nước.", "My son choked on some water."),
    ("Bé vừa bị sặc sữa.", "The baby just choked on milk."),
    ("Bé hay bị sặc sữa.", "The baby often chokes on milk."),
    ("Sáng nay mẹ tôi bị sặc nước.", "My mother choked on some water this morning."),
    ("Bạn có hay bị sặc nước không?", "Do you often choke on water?"),
    ("Bé không bị sặc sữa.", "The baby didn't choke on milk."),
    # v8: "I have to blaz my bones."
    ("Tôi phải đi gắp xương cá.", "I have to get a fish bone taken out."),
    ("Mẹ tôi phải đi bệnh viện gắp xương cá.", "My mother has to go to the hospital to get a fish bone taken out."),
    ("Anh ấy cần đi gắp xương gà.", "He needs to get a chicken bone taken out."),
    ("Tôi đã đi gắp xương cá.", "I went to get a fish bone taken out."),
    ("Bố tôi vừa đi bệnh viện gắp xương cá ra.", "My father just went to the hospital to get a fish bone taken out."),
    ("Bạn có cần đi gắp xương không?", "Do you need to get a bone taken out?"),
    # v8: "I'm pain in swallowing.", "I'm hard to swallow.", "Hurry!"
    ("Tôi bị đau khi nuốt.", "It hurts when I swallow."),
    ("Con gái tôi bị đau khi nuốt.", "It hurts when my daughter swallows."),
    ("Bạn có bị đau khi nuốt không?", "Does it hurt when you swallow?"),
    ("Tôi bị khó nuốt.", "I have trouble swallowing."),
    ("Ông tôi bị khó nuốt.", "My grandfather has trouble swallowing."),
    ("Nhổ ra đi!", "Spit it out!"),
    ("Con nhổ ra ngay!", "Spit it out!"),
    # not: "con" saying it (the child, or you?), "anh", "em" alone saying it, "I" asked, "có" or "không?" alone, a
    # statement asked, counts, a bone stuck (mt/injuries.py), choking now (mt/emergencies.py), "sặc" alone or of a
    # smell (mt/smells.py), an ATM (mt/cash.py), "nuốt lời" (mt/promises.py), plain "nuốt", picking fish bones out,
    # a pet going to get a bone out, "gì" said plainly, "vừa … rồi", a day twice
    ("Con nuốt phải đồng xu.", None), ("Anh nuốt phải đồng xu.", None), ("Em bị sặc nước.", None),
    ("Tôi có nuốt phải đồng xu không?", None), ("Con tôi có nuốt phải đồng xu.", None),
    ("Con tôi nuốt phải đồng xu không?", None), ("Con tôi nuốt phải đồng xu?", None),
    ("Con tôi nuốt phải hai đồng xu.", None), ("Tôi bị hóc xương cá.", None), ("Cô ấy bị hóc.", None),
    ("Em bé bị sặc.", None), ("Căn phòng sặc mùi thuốc lá.", None), ("Máy ATM nuốt thẻ của tôi.", None),
    ("Anh ấy đã nuốt lời.", None), ("Con tôi nuốt đồng xu.", None), ("Mẹ gắp xương cá cho con.", None),
    ("Tôi phải gắp xương cá.", None), ("Con chó của tôi phải đi gắp xương cá.", None),
    ("Con tôi nuốt phải gì.", None), ("Bé vừa nuốt phải hạt nhãn rồi.", None),
    ("Hôm qua con tôi nuốt phải đồng xu hôm qua.", None), ("Con tôi nuốt phải đồng xu nhỉ.", None),
    ("Tôi có bị khó nuốt không?", None), ("My child swallowed a coin.", None), ("Cười sặc sụa.", None),
    # a pet choking on water (only going to get a bone out, and pain or trouble swallowing, are left of a pet)
    ("Con chó của tôi bị sặc nước.", "My dog choked on some water."),
    # a plain "nhổ ra" may tell it ("Con nhổ ra.": I spat it out, or the child did; "Nhổ ra ngay.": spat it out at
    # once), "đi", "nào", "mau" or "!" after it tells someone to
    ("Con nhổ ra đi.", "Spit it out."), ("Em nhổ ra nào.", "Spit it out."), ("Nhổ ra mau!", "Spit it out!"),
    ("Con nhổ ra.", None), ("Bé nhổ ra.", None), ("Em nhổ ra.", None), ("Con nhổ ra ngay.", None),
    ("Nhổ ra.", None), ("Nhổ ra ngay.", None), ("Con nhổ ra ạ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con tôi nuốt một con gà." (a chicken), "Con tôi nuốt cái nút.", "Con tôi nuốt pin.", "Bé chỉ nuốt hạt
    # dài.", "Bạn có nuốt cái gì đó không?", "Con trai tôi nuốt một cái magnet.", "Đứa con gái tôi nuốt một viên sỏi."
    ("My child swallowed a coin.", "Con tôi nuốt phải đồng xu."),
    ("My child swallowed a button.", "Con tôi nuốt phải cúc áo."),
    ("My child swallowed a battery.", "Con tôi nuốt phải viên pin."),
    ("My daughter swallowed a marble.", "Con gái tôi nuốt phải viên bi."),
    ("She swallowed a fish bone.", "Cô ấy nuốt phải xương cá."),
    ("My baby swallowed a button battery.", "Con tôi nuốt phải viên pin cúc áo."),
    ("The baby just swallowed a longan seed.", "Bé vừa nuốt phải hạt nhãn."),
    ("My son has swallowed a magnet.", "Con trai tôi nuốt phải viên nam châm rồi."),
    ("My son's just swallowed a ring.", "Con trai tôi vừa nuốt phải chiếc nhẫn."),
    ("We've swallowed chewing gum.", "Chúng tôi nuốt phải kẹo cao su rồi."),
    ("My son swallowed a coin yesterday.", "Hôm qua con trai tôi nuốt phải đồng xu."),
    ("Did you swallow something?", "Bạn có nuốt phải cái gì không?"),
    ("Did the baby swallow anything?", "Bé có nuốt phải cái gì không?"),
    ("He didn't swallow anything.", "Anh ấy không nuốt phải gì cả."),
    ("What did the baby swallow?", "Bé nuốt phải cái gì?"),
    ("I think my son swallowed a button.", "Hình như con trai tôi nuốt phải cúc áo."),
    ("My child swallowed a coin, what should I do?", "Con tôi nuốt phải đồng xu, tôi phải làm gì?"),
    # v8: "Tôi đã say xỉn một số nước." (drunk), "Con tôi ngậm sữa."
    ("I choked on some water.", "Tôi bị sặc nước."),
    ("I choked on water.", "Tôi bị sặc nước."),
    ("My baby choked on milk.", "Con tôi bị sặc sữa."),
    ("The baby just choked on milk.", "Bé vừa bị sặc sữa."),
    ("Did you choke on some water?", "Bạn có bị sặc nước không?"),
    ("The baby often chokes on milk.", "Bé hay bị sặc sữa."),
    ("Does the baby often choke on milk?", "Bé có hay bị sặc sữa không?"),
    ("My mother choked on some water this morning.", "Sáng nay mẹ tôi bị sặc nước."),
    ("The baby didn't choke on milk.", "Bé không bị sặc sữa."),
    ("I often choke on water.", "Tôi hay bị sặc nước."),
    # v8: "Tôi phải lấy một xương cá."
    ("I have to get a fish bone taken out.", "Tôi phải đi gắp xương cá."),
    ("He has to go to the hospital to get a fish bone taken out.", "Anh ấy phải đi bệnh viện gắp xương cá."),
    ("My mother needs to get a fish bone removed.", "Mẹ tôi cần đi gắp xương cá."),
    ("She went to the hospital to get a fish bone removed.", "Cô ấy đã đi bệnh viện gắp xương cá."),
    ("Do you need to get a bone taken out?", "Bạn có cần đi gắp xương không?"),
    # v8: "Nó làm tổn thương khi nuốt.", "Tôi khó nuốt."
    ("It hurts when I swallow.", "Tôi bị đau khi nuốt."),
    ("Does it hurt when he swallows?", "Anh ấy có bị đau khi nuốt không?"),
    ("I have trouble swallowing.", "Tôi bị khó nuốt."),
    ("My grandmother has difficulty swallowing.", "Bà tôi bị khó nuốt."),
    ("Does he have trouble swallowing?", "Anh ấy có bị khó nuốt không?"),
    # not: verbs not agreeing with who, a bone stuck (mt/injuries.py), choking now (mt/emergencies.py), an ATM
    # (mt/cash.py), pills, "anything" said, "something" denied, a pet going to get a bone out, a day with "just"
    ("She have swallowed a coin.", None), ("He swallow a coin.", None), ("Did he swallowed a coin?", None),
    ("It hurts when he swallow.", None), ("She have trouble swallowing.", None), ("He choke on water.", None),
    ("I choked on a fish bone.", None), ("She's choking!", None), ("The ATM swallowed my card.", None),
    ("I swallowed a pill.", None), ("My child swallowed anything.", None), ("He didn't swallow something.", None),
    ("My dog has to get a bone taken out.", None), ("The baby just swallowed a coin yesterday.", None),
    ("I have to to get a fish bone taken out.", None), ("Con tôi nuốt phải đồng xu.", None),
    ("Does the baby often chokes on milk?", None), ("My child swallowed a coin?", None),
    # a pet choking on water
    ("My dog choked on water.", "Con chó tôi bị sặc nước."),
    # "Spit it out!" is as often "say it!" (v8: "Hãy chuẩn bị nhé!"), "now" after it too
    ("Spit it out!", None), ("Spit it out.", None), ("spit it out!", None), ("Spit it out now!", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
