"""Going through customs: who goes through customs or fills in the customs form, has anything to declare, has to
declare this, and whose bag customs held, checked or searched, both ways (mt/customs.py)."""
import pytest

from mt.customs import translate


@pytest.mark.parametrize("text, said", [
    # v8: "We must make seafoood.", "I'm doing the seafoood.", "We've been seafoood.", "Are you seafoood?", "I'm not
    # past the sea."
    ("Chúng ta phải làm thủ tục hải quan.", "We have to go through customs."),
    ("Tôi cần làm thủ tục hải quan.", "I need to go through customs."),
    ("Bạn có phải làm thủ tục hải quan không?", "Do you have to go through customs?"),
    ("Tôi có phải làm thủ tục hải quan không?", "Do I have to go through customs?"),
    ("Mẹ tôi không cần làm thủ tục hải quan.", "My mother doesn't need to go through customs."),
    ("Chúng tôi sắp qua hải quan.", "We're about to go through customs."),
    ("Tôi đang làm thủ tục hải quan.", "I'm going through customs."),
    ("Lan đang làm thủ tục hải quan.", "Lan is going through customs."),
    ("Chúng tôi đã qua hải quan rồi.", "We've been through customs."),
    ("Chúng tôi làm thủ tục hải quan xong rồi.", "We've been through customs."),
    ("Anh ấy vừa mới qua hải quan.", "He's just been through customs."),
    ("Bạn đã làm thủ tục hải quan chưa?", "Have you been through customs?"),
    ("Mẹ bạn đã qua hải quan chưa?", "Has your mother been through customs?"),
    ("Tôi chưa qua hải quan.", "I haven't been through customs yet."),
    ("Lan sẽ làm thủ tục hải quan.", "Lan will go through customs."),
    # v8: "I don't have to announce anything.", "What do you need to open a newspaper?", "I have the rumor to open.",
    # "Is this a newspaper?"
    ("Tôi không có gì phải khai báo.", "I have nothing to declare."),
    ("Mẹ tôi không có gì phải khai báo hải quan.", "My mother has nothing to declare."),
    ("Chúng tôi không có gì để khai báo.", "We have nothing to declare."),
    ("Không có gì phải khai báo.", "Nothing to declare."),
    ("Bạn có gì cần khai báo không?", "Do you have anything to declare?"),
    ("Có gì cần khai báo không?", "Anything to declare?"),
    ("Tôi có đồ cần khai báo.", "I have something to declare."),
    ("Anh ấy có hàng cần khai báo.", "He has something to declare."),
    ("Tôi có cần khai báo cái này không?", "Do I need to declare this?"),
    ("Bạn phải khai báo những thứ này.", "You have to declare these."),
    ("Cái này có phải khai báo không?", "Does this have to be declared?"),
    ("Cái này không cần khai báo.", "This doesn't need to be declared."),
    # v8: "My luggage is sealed.", "My mother was seafooood.", "My post office is being held in the sea."
    ("Hành lý của tôi bị hải quan giữ lại.", "My luggage was held at customs."),
    ("Hành lý tôi bị giữ lại ở hải quan.", "My luggage was held at customs."),
    ("Vali của mẹ tôi bị hải quan kiểm tra.", "My mother's suitcase was checked by customs."),
    ("Bưu kiện của tôi đang bị giữ ở hải quan.", "My parcel is being held at customs."),
    ("Ba lô của Lan bị hải quan khám.", "Lan's backpack was searched by customs."),
    ("Hàng của tôi bị hải quan tịch thu.", "My goods were confiscated by customs."),
    ("Hành lý của bạn có bị hải quan kiểm tra không?", "Was your luggage checked by customs?"),
    ("Hành lý của tôi không bị hải quan kiểm tra.", "My luggage wasn't checked by customs."),
    ("Vali của tôi vừa bị hải quan giữ lại.", "My suitcase has just been held at customs."),
    ("Chúng tôi bị hải quan giữ lại.", "We were held at customs."),
    # v8: "Are you filled the sea of seafoood?", "I need a seafooood.", "My mother was filling the sealiff."
    ("Bạn đã điền tờ khai hải quan chưa?", "Have you filled in the customs form?"),
    ("Tôi đã điền tờ khai hải quan rồi.", "I've filled in the customs form."),
    ("Tôi chưa điền tờ khai hải quan.", "I haven't filled in the customs form yet."),
    ("Bạn phải điền vào tờ khai hải quan.", "You have to fill in the customs form."),
    ("Mẹ tôi đang điền tờ khai hải quan.", "My mother is filling in the customs form."),
    ("Tôi cần một tờ khai hải quan.", "I need a customs form."),
    ("Chúng tôi cần hai tờ khai hải quan.", "We need two customs forms."),
    ("Bạn có cần một tờ khai hải quan không?", "Do you need a customs form?"),
    # not: no word of time ("đã" with no "rồi": did, or has done?), asked of oneself what others know, "anh" saying
    # it, a pet going through, a "?" on a statement, "có gì" with no "không" (what?), "khai báo" of anything else,
    # a person checked or confiscated, customs doing it (when?), customs as a place of work, traditions
    ("Tôi đã làm thủ tục hải quan.", None), ("Tôi làm thủ tục hải quan.", None), ("Tôi đã qua hải quan chưa?", None),
    ("Anh làm thủ tục hải quan rồi.", None), ("Con chó của tôi phải làm thủ tục hải quan.", None),
    ("Tôi phải làm thủ tục hải quan?", None), ("Tôi phải làm thủ tục hải quan không?", None),
    ("Bạn có gì cần khai báo?", None), ("Tôi có gì phải khai báo không?", None), ("Tôi phải khai báo y tế.", None),
    ("Tôi phải khai báo hải quan.", None), ("Tôi bị hải quan kiểm tra.", None), ("Tôi bị hải quan tịch thu.", None),
    ("Con chó của tôi bị hải quan giữ lại.", None), ("Hành lý của tôi bị hải quan giữ lại?", None),
    ("Hải quan kiểm tra hành lý của tôi.", None), ("Anh ấy làm việc ở hải quan.", None),
    ("Phong tục ở đây rất lạ.", None), ("Tôi làm thủ tục hải quan xong.", None),
    ("Mình phải làm thủ tục hải quan.", None),  # (travellers together: I or we?)
    # ... and having, declaring, held or needing a form: "mình" (travellers together: I or we?), "em" asking with "ạ"
    # (the speaker: mt.hobbies.em_speaking), "vậy", "thế" ending a statement (then, so: more than English says)
    ("Mình không có gì phải khai báo.", None), ("Mình có phải khai báo cái này không?", None),
    ("Hành lý của mình bị hải quan giữ lại.", None), ("Mình bị hải quan giữ lại.", None),
    ("Mình cần một tờ khai hải quan.", None),
    ("Em đã qua hải quan chưa ạ?", None), ("Em có phải làm thủ tục hải quan không ạ?", None),
    ("Em đã điền tờ khai hải quan chưa ạ?", None), ("Em có gì cần khai báo không ạ?", None),
    ("Em có cần khai báo cái này không ạ?", None), ("Em có bị hải quan giữ lại không ạ?", None),
    ("Em có cần một tờ khai hải quan không ạ?", None),
    ("Tôi phải làm thủ tục hải quan vậy.", None), ("Chúng tôi đã qua hải quan rồi vậy.", None),
    ("Tôi không có gì phải khai báo vậy.", None), ("Cái này phải khai báo thế.", None),
    ("Hành lý của tôi bị hải quan giữ lại vậy.", None), ("Họ bị hải quan giữ lại thế.", None),
    ("Tôi cần hai tờ khai hải quan vậy.", None),
    # ... but asked, "vậy", "thế" only soften, and "anh", "chị" with "ạ" are the one spoken to
    ("Bạn qua hải quan chưa vậy?", "Have you been through customs?"),
    ("Bạn có gì cần khai báo không thế?", "Do you have anything to declare?"),
    ("Anh đã qua hải quan chưa ạ?", "Have you been through customs?"),
    ("Chị có gì cần khai báo không ạ?", "Do you have anything to declare?"),
    ("I have nothing to declare.", None),  # (the other way's language)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng ta phải đi qua những phong tục.", "Tôi đang đi qua phong tục.", "Chúng tôi đã trải qua những phong
    # tục.", "Bạn đã qua các tùy biến chưa?"
    ("We have to go through customs.", "Chúng tôi phải làm thủ tục hải quan."),
    ("Do I have to go through customs?", "Tôi có phải làm thủ tục hải quan không?"),
    ("My mother needs to go through customs.", "Mẹ tôi cần làm thủ tục hải quan."),
    ("We don't have to go through customs.", "Chúng tôi không phải làm thủ tục hải quan."),
    ("I'm going through customs.", "Tôi đang làm thủ tục hải quan."),
    ("He's about to go through customs.", "Anh ấy sắp làm thủ tục hải quan."),
    ("We've been through customs.", "Chúng tôi đã qua hải quan rồi."),
    ("She has just cleared customs.", "Cô ấy vừa qua hải quan."),
    ("Have you been through customs yet?", "Bạn đã qua hải quan chưa?"),
    ("Lan hasn't been through customs yet.", "Lan chưa qua hải quan."),
    ("We went through customs.", "Chúng tôi đã qua hải quan."),
    ("I'll go through customs.", "Tôi sẽ làm thủ tục hải quan."),
    # v8: "Tôi không có gì để tuyên bố.", "Bạn có điều gì để tuyên bố không?", "Tôi phải có cái gì đó để tuyên bố.",
    # "Tôi có phải tuyên bố điều này không?"
    ("I have nothing to declare.", "Tôi không có gì phải khai báo."),
    ("My mother doesn't have anything to declare.", "Mẹ tôi không có gì phải khai báo."),
    ("Nothing to declare.", "Không có gì phải khai báo."),
    ("Anything to declare?", "Có gì cần khai báo không?"),
    ("Do you have anything to declare?", "Bạn có gì cần khai báo không?"),
    ("Does he have anything to declare?", "Anh ấy có gì cần khai báo không?"),
    ("I have something to declare.", "Tôi có đồ cần khai báo."),
    ("Do I have to declare this?", "Tôi có phải khai báo cái này không?"),
    ("You need to declare these.", "Bạn cần khai báo những thứ này."),
    ("Does this have to be declared?", "Cái này có phải khai báo không?"),
    ("These don't need to be declared.", "Những thứ này không cần khai báo."),
    # v8: "Hành lý của tôi được giữ tại các tùy chọn.", "V va-li của tôi được kiểm tra theo phong tục.", "Bưu kiện
    # của tôi đang được giữ tại các tùy chọn."
    ("My luggage was held at customs.", "Hành lý của tôi bị hải quan giữ lại."),
    ("My suitcase was checked by customs.", "Vali của tôi bị hải quan kiểm tra."),
    ("My parcel is being held at customs.", "Bưu kiện của tôi đang bị hải quan giữ lại."),
    ("Was your suitcase checked by customs?", "Vali của bạn có bị hải quan kiểm tra không?"),
    ("My bags were held at customs.", "Túi của tôi bị hải quan giữ lại."),
    ("My mother's suitcase wasn't checked by customs.", "Vali của mẹ tôi không bị hải quan kiểm tra."),
    ("My luggage has just been held at customs.", "Hành lý của tôi vừa bị hải quan giữ lại."),
    ("I was searched at customs.", "Tôi bị hải quan khám xét."),
    ("She was held at customs.", "Cô ấy bị hải quan giữ lại."),
    # v8: "Bạn đã điền vào biểu mẫu riêng chưa?", "Tôi cần một hình thức riêng.", "Cô ấy đang điền vào hình thức
    # riêng."
    ("Have you filled in the customs form?", "Bạn đã điền tờ khai hải quan chưa?"),
    ("I haven't filled in the customs form yet.", "Tôi chưa điền tờ khai hải quan."),
    ("She is filling in the customs form.", "Cô ấy đang điền tờ khai hải quan."),
    ("My mother needs to fill out a customs declaration form.", "Mẹ tôi cần điền tờ khai hải quan."),
    ("We've filled in our customs forms.", "Chúng tôi đã điền tờ khai hải quan rồi."),
    ("I need a customs form.", "Tôi cần một tờ khai hải quan."),
    ("We need two customs forms.", "Chúng tôi cần hai tờ khai hải quan."),
    # not: the verb not agreeing, asked of oneself what others know, another's form, "was" held told of now, a
    # person checked, a pet, "declare it", customs as traditions, "Did" asked (did, or has?), the other way's language
    ("She have to go through customs.", None), ("Have I been through customs?", None),
    ("I filled in your customs form.", None), ("My bags was held at customs.", None),
    ("My parcel is held at customs.", None), ("Was I held at customs?", None), ("I was checked by customs.", None),
    ("My dog has to go through customs.", None), ("Do I have to declare it?", None),
    ("Do I have anything to declare?", None), ("We have been going through customs.", None),
    ("I love the local customs.", None), ("Did you go through customs?", None), ("He declared war.", None),
    ("We need one customs forms.", None), ("We went through customs yet.", None),
    ("Tôi không có gì phải khai báo.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
