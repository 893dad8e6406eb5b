"""Tipping: needing to or whether to tip, how much, a tip left or given, how often, keeping the change and service
included, both ways (mt/tips.py)."""
import pytest

from mt import phrasebook
from mt.tips import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Do you need to leave boa cash?", "Is it a boause in Vietnam?", "Is I boa?", "Is it boaf?"
    ("Có cần để lại tiền boa không?", "Do I need to leave a tip?"),
    ("Ở Việt Nam có phải để tiền boa không?", "Do you have to tip in Vietnam?"),
    ("Tôi có cần boa không?", "Do I need to tip?"),
    ("Tôi có phải boa không?", "Do I have to tip?"),
    ("Có cần cho tiền tip không?", "Do I need to tip?"),
    ("Tôi có nên boa cho tài xế không?", "Should I tip the driver?"),
    ("Bạn không cần boa ở đây.", "You don't need to tip here."),
    ("Ở đây không cần boa.", "You don't need to tip here."),
    ("Không cần để lại tiền boa.", "You don't need to leave a tip."),
    ("Bạn không phải boa đâu.", "You don't have to tip."),
    ("Bạn nên boa cho hướng dẫn viên.", "You should tip the guide."),
    ("Ở Việt Nam có boa không?", "Do people tip in Vietnam?"),
    ("Ở Việt Nam người ta có boa không?", "Do people tip in Vietnam?"),
    # v8: "How many boauses are enough?", "How much should I be boause?", "How much are you?"
    ("Bao nhiêu tiền boa là đủ?", "How much should I tip?"),
    ("Tôi nên boa bao nhiêu?", "How much should I tip?"),
    ("Nên boa cho tài xế taxi bao nhiêu?", "How much should I tip the taxi driver?"),
    ("Tôi nên để lại bao nhiêu tiền boa?", "How much should I leave as a tip?"),
    ("Ở Việt Nam thường boa bao nhiêu?", "How much do people usually tip in Vietnam?"),
    ("Bạn đã boa cho tài xế bao nhiêu?", "How much did you tip the driver?"),
    # v8: "I left the boause for the server.", "I've given the money served.", "I've boause for drivers."
    ("Tôi để lại tiền boa cho người phục vụ.", "I left a tip for the waiter."),
    ("Anh ấy để lại tiền boa cho người phục vụ.", "He left a tip for the waiter."),
    ("Tôi để lại tiền tip trên bàn.", "I left a tip on the table."),
    ("Tôi đã cho người phục vụ tiền boa.", "I gave the waiter a tip."),
    ("Mẹ tôi đã boa cho hướng dẫn viên.", "My mother tipped the guide."),
    ("Tôi vừa boa cho tài xế.", "I've just tipped the driver."),
    ("Tôi chưa để lại tiền boa.", "I haven't left a tip yet."),
    ("Bạn đã boa cho tài xế chưa?", "Have you tipped the driver?"),
    ("Tôi đã boa cho tài xế rồi.", "I've already tipped the driver."),
    # v8: "In Vietnam, people are usually not boa.", "Do you normally have boa?"
    ("Ở Việt Nam người ta thường không boa.", "People don't usually tip in Vietnam."),
    ("Bạn có thường boa không?", "Do you usually tip?"),
    ("Tôi luôn boa.", "I always tip."),
    ("Bố tôi luôn để lại tiền boa.", "My father always leaves a tip."),
    ("Lan thường boa cho người phục vụ.", "Lan usually tips the waiter."),
    # v8: "The amniotic fluid.", "No resistance needed.", "He kept the extra money."
    ("Khỏi thối.", "Keep the change."),
    ("Khỏi thối nhé.", "Keep the change."),
    ("Không cần thối lại đâu.", "Keep the change."),
    ("Anh cứ giữ tiền thừa.", "Keep the change."),
    ("Giữ lại tiền thừa đi.", "Keep the change."),
    # v8: "Does the cost of the server?", "Is the boause that included?"
    ("Đã bao gồm phí phục vụ chưa?", "Is service included?"),
    ("Có bao gồm phí phục vụ không?", "Is service included?"),
    ("Hóa đơn đã bao gồm phí phục vụ chưa?", "Is service included in the bill?"),
    ("Tiền boa đã được tính vào hóa đơn chưa?", "Is the tip included in the bill?"),
    ("Tiền boa đã được bao gồm chưa?", "Is the tip included?"),
    ("Giá chưa bao gồm phí phục vụ.", "Service isn't included in the price."),
    ("Đã bao gồm phí phục vụ rồi.", "Service is included."),
    # not: do or did ("Bạn có boa không?", "Tôi boa cho tài xế."), how much not knowing when, a sum, "anh" alone
    # telling (may be the speaker), "em" keeping it (may be the speaker), the phrasebook's, the price including
    # "phí dịch vụ" (mt/patterns.py's), asked without "không", a tip to someone not of TIPPED, "tip" as advice
    ("Bạn có boa không?", None), ("Tôi boa cho tài xế.", None), ("Bạn boa bao nhiêu?", None),
    ("Boa 10% là đủ.", None), ("Anh không cần boa đâu.", None), ("Em giữ tiền thừa nhé.", None),
    ("Tôi giữ tiền thừa.", None), ("Có phí phục vụ không?", None),
    ("Giá đã bao gồm phí dịch vụ chưa?", None), ("Tôi có cần boa?", None),
    ("Tôi để lại tiền boa cho bác sĩ.", None), ("Người phục vụ ở đâu?", None), ("Cho mình xin vài tip nấu ăn.", None),
    ("Bạn nên tip.", None), ("Phí phục vụ là bao nhiêu?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bạn có đầu tư vào Việt Nam không?" (invest), "Tôi có cần phải đầu dương không?", "… rời khỏi đầu dương …"
    ("Do you tip in Vietnam?", "Ở Việt Nam người ta có boa không?"),
    ("Do people tip in Vietnam?", "Ở Việt Nam người ta có boa không?"),
    ("Do I need to tip?", "Tôi có cần boa không?"),
    ("Do I have to tip?", "Tôi có phải boa không?"),
    ("Do I need to leave a tip?", "Tôi có cần để lại tiền boa không?"),
    ("Do you have to tip in Vietnam?", "Ở Việt Nam có phải boa không?"),
    ("Does she need to tip the driver?", "Cô ấy có cần boa cho tài xế không?"),
    ("Should I tip the driver?", "Tôi có nên boa cho tài xế không?"),
    ("Should I leave a tip?", "Tôi có nên để lại tiền boa không?"),
    ("Should you tip in Vietnam?", "Ở Việt Nam có nên boa không?"),
    # v8: "Bạn không phải là đầu vào đây.", "Không cần phải có đầu vào."
    ("You don't have to tip here.", "Ở đây bạn không phải boa."),
    ("You don't need to tip.", "Bạn không cần boa."),
    ("You should tip the guide.", "Bạn nên boa cho hướng dẫn viên."),
    ("You shouldn't tip here.", "Ở đây bạn không nên boa."),
    ("There's no need to tip.", "Không cần boa đâu."),
    ("No need to tip here.", "Ở đây không cần boa đâu."),
    # v8: "Tôi nên gợi ý bao nhiêu?" (suggest), "Tôi nên đầu vào trình điều khiển này bao nhiêu?"
    ("How much should I tip?", "Tôi nên boa bao nhiêu?"),
    ("How much should I tip the driver?", "Tôi nên boa cho tài xế bao nhiêu?"),
    ("How much do you tip in Vietnam?", "Ở Việt Nam người ta thường boa bao nhiêu?"),
    ("How much should I leave as a tip?", "Tôi nên để lại bao nhiêu tiền boa?"),
    ("How much did you tip the driver?", "Bạn đã boa cho tài xế bao nhiêu?"),
    ("How much do I tip?", "Tôi nên boa bao nhiêu?"),
    # v8: "Tôi đã để lại lời khuyên cho người chờ đợi." (advice, the one waiting), "Tôi ôm người lái xe." (hugged)
    ("I left a tip for the waiter.", "Tôi đã để lại tiền boa cho người phục vụ."),
    ("She left a tip for the waiter.", "Cô ấy đã để lại tiền boa cho người phục vụ."),
    ("We left a tip on the table.", "Chúng tôi đã để lại tiền boa trên bàn."),
    ("I tipped the driver.", "Tôi đã boa cho tài xế."),
    ("My father tipped the waiter.", "Bố tôi đã boa cho người phục vụ."),
    ("I gave the waiter a tip.", "Tôi đã boa cho người phục vụ."),
    ("Did you leave a tip?", "Bạn đã để lại tiền boa chưa?"),
    ("Have you tipped the driver?", "Bạn đã boa cho tài xế chưa?"),
    ("Have you left a tip yet?", "Bạn đã để lại tiền boa chưa?"),
    ("I haven't left a tip yet.", "Tôi chưa để lại tiền boa."),
    # v8: "Bạn có thường hay đầu dương không?", "Tôi luôn gợi ý.", "Tôi không bao giờ biết đầu của mình."
    ("Do you usually tip?", "Bạn có thường boa không?"),
    ("I always tip.", "Tôi luôn boa."),
    ("I never tip.", "Tôi không bao giờ boa."),
    ("She always tips the driver.", "Cô ấy luôn boa cho tài xế."),
    ("People don't usually tip in Vietnam.", "Ở Việt Nam người ta thường không boa."),
    # v8: "Bạn có thể giữ thay đổi.", "Có trách nhiệm dịch vụ bao gồm không?"
    ("You can keep the change.", "Bạn cứ giữ tiền thừa nhé."),
    ("Please keep the change.", "Bạn cứ giữ tiền thừa nhé."),
    ("Is the service charge included?", "Đã bao gồm phí phục vụ chưa?"),
    ("Is the tip included in the bill?", "Hóa đơn đã bao gồm tiền boa chưa?"),
    ("Does the bill include service?", "Hóa đơn đã bao gồm phí phục vụ chưa?"),
    ("Service isn't included.", "Chưa bao gồm phí phục vụ."),
    # not: "tip" as advice, the phrasebook's, the price including the service charge (mt/patterns.py's), "tips",
    # "does", "has", "needs" not agreeing, a tip to someone not of TIPPED, "tip" of a hat, a glass, in the comments
    ("Thanks for the tip!", None), ("Can I give you a tip?", None), ("Give me a tip.", None),
    ("Here's a tip: go early.", None), ("Do you have any tips?", None),
    ("Does the price include the service charge?", None), ("She always tip the driver.", None),
    ("Does she needs to tip?", None), ("He don't tip.", None), ("Has you tipped the driver?", None),
    ("I tips the driver.", None), ("I left a tip for the doctor.", None), ("He tipped his hat.", None),
    ("I left a tip in the comments.", None), ("She tipped over the glass.", None),
    ("Did you tip?", "Bạn đã boa chưa?"), ("She didn't tip.", "Cô ấy đã không boa."),  # (the past kept)
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Tôi có cần boa không?", "en", "vi") is None
    assert translate("Do I need to tip?", "vi", "en") is None
    assert translate("Do I need to tip?", "en", "fr") is None


@pytest.mark.parametrize("text, src, tgt, said", [
    # the phrasebook's own entries, tried before any rule module
    ("Không cần thối lại.", "vi", "en", "Keep the change."), ("Keep the change.", "en", "vi", "Không cần thối lại."),
    ("Is service included?", "en", "vi", "Đã bao gồm phí phục vụ chưa?"),
])
def test_earlier_rules_take_theirs(text, src, tgt, said):
    assert phrasebook.translate(text, src, tgt) == said
