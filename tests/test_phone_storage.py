"""A phone's or a computer's storage: full, how much is left, photos or apps deleted to free up space, more cloud
storage bought, and memory cards, both ways (mt/phone_storage.py)."""
import pytest

from mt.phone_storage import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My phone is all the content.", "My mother's phone memory is full.", "His computer is about to count out.",
    # "Land's phone is filled with memory.", "Isn't your phone memory?", "My memory card is full."
    ("Điện thoại tôi hết dung lượng rồi.", "My phone's storage is full."),
    ("Điện thoại của tôi bị hết dung lượng.", "My phone's storage is full."),
    ("Điện thoại mẹ tôi hết dung lượng rồi.", "My mother's phone storage is full."),
    ("Máy tính của anh ấy sắp hết dung lượng.", "His computer's storage is almost full."),
    ("Điện thoại của Lan bị đầy bộ nhớ.", "Lan's phone storage is full."),
    ("Điện thoại bạn có bị hết dung lượng không?", "Is your phone's storage full?"),
    ("Điện thoại tôi chưa hết dung lượng.", "My phone's storage isn't full yet."),
    ("Điện thoại tôi vẫn chưa hết dung lượng.", "My phone's storage still isn't full."),
    ("Laptop của cô ấy đầy bộ nhớ rồi.", "Her laptop's storage is full."),
    ("Bộ nhớ điện thoại của mẹ tôi đầy rồi.", "My mother's phone storage is full."),
    ("Bộ nhớ máy tính của tôi sắp đầy.", "My computer storage is almost full."),
    ("Bộ nhớ điện thoại bạn đầy chưa?", "Is your phone storage full yet?"),
    ("Thẻ nhớ của tôi đầy rồi.", "My memory card is full."),
    ("Thẻ nhớ máy ảnh của bố tôi bị đầy.", "The memory card in my father's camera is full."),
    ("Thẻ nhớ của bạn có bị đầy không?", "Is your memory card full?"),
    # v8: "How many capacitances do you have?", "Do you capacitance?", "My phone is just 2GB."
    ("Điện thoại bạn còn bao nhiêu dung lượng?", "How much storage is left on your phone?"),
    ("Máy tính của bạn còn bao nhiêu dung lượng trống?", "How much storage is left on your computer?"),
    ("iPhone của mẹ tôi còn bao nhiêu dung lượng?", "How much storage is left on my mother's iPhone?"),
    ("Điện thoại bạn còn dung lượng không?", "Is there any storage left on your phone?"),
    ("Máy tính tôi chỉ còn 5GB trống.", "My computer only has 5 GB of free space left."),
    ("Điện thoại của cô ấy còn 1,5 GB dung lượng trống.", "Her phone has 1.5 GB of free space left."),
    # v8: "I must delete the image.", "I've deleted the image for light.", "I've just deleted the application.",
    # "Should I please delete the image?", "I haven't deleted images.", "He's removing the video in the phone."
    ("Tôi phải xoá bớt ảnh.", "I have to delete some photos."),
    ("Tôi đã xoá bớt ảnh cho nhẹ máy.", "I deleted some photos to free up space."),
    ("Tôi xoá bớt ảnh rồi.", "I've deleted some photos."),
    ("Mẹ tôi vừa xoá bớt ứng dụng.", "My mother has just deleted some apps."),
    ("Anh ấy đang xoá bớt video trong điện thoại.", "He's deleting some videos from his phone."),
    ("Chúng tôi cần xóa bớt ảnh và video.", "We need to delete some photos and videos."),
    ("Bạn nên xoá bớt ứng dụng cho nhẹ máy.", "You should delete some apps to free up space."),
    ("Lan muốn xoá một số tin nhắn.", "Lan wants to delete some messages."),
    ("Tôi sẽ xoá bớt ảnh để giải phóng dung lượng.", "I'll delete some photos to free up space."),
    ("Tôi chưa xoá bớt ảnh.", "I haven't deleted any photos yet."),
    ("Tôi có nên xoá bớt ứng dụng không?", "Should I delete some apps?"),
    ("Bạn có cần xoá bớt ảnh không?", "Do you need to delete some photos?"),
    ("Bạn đã xoá bớt ảnh chưa?", "Have you deleted any photos yet?"),
    ("Mẹ tôi phải xoá bớt ảnh trong điện thoại.", "My mother has to delete some photos from her phone."),
    # v8: "I bought more iCloud content.", "Do you have purchased an iCloud space?"
    ("Tôi mua thêm dung lượng iCloud rồi.", "I've bought more iCloud storage."),
    ("Bố tôi đã mua thêm dung lượng Google Drive.", "My father bought more Google Drive storage."),
    ("Chúng tôi cần mua thêm dung lượng lưu trữ.", "We need to buy more storage."),
    ("Mẹ tôi sẽ mua thêm dung lượng lưu trữ đám mây.", "My mother will buy more cloud storage."),
    ("Bạn đã mua thêm dung lượng iCloud chưa?", "Have you bought more iCloud storage yet?"),
    ("Tôi có nên mua thêm dung lượng iCloud không?", "Should I buy more iCloud storage?"),
    # v8: "I need to buy my card.", "Do you have memory cards?", "I don't have memory cards."
    ("Tôi cần mua thẻ nhớ.", "I need to buy a memory card."),
    ("Tôi vừa mua một cái thẻ nhớ mới.", "I've just bought a new memory card."),
    ("Bố tôi mua thẻ nhớ cho máy ảnh rồi.", "My father has bought a memory card for his camera."),
    ("Bạn có thẻ nhớ không?", "Do you have a memory card?"),
    ("Tôi cần thẻ nhớ.", "I need a memory card."),
    ("Tôi không có thẻ nhớ.", "I don't have a memory card."),
    ("Bạn có cần thẻ nhớ mới không?", "Do you need a new memory card?"),
    ("Anh ấy có thẻ nhớ.", "He has a memory card."),
    # not: "xoá" with no "bớt" (which photos?), no word of tense (done, or about to?), "mua thêm dung lượng" with no
    # cloud (mobile data?), who out of "dung lượng" (data?), "bộ nhớ" with no device (a memory?), "máy" alone, a device
    # of "chúng tôi" (one or several?), "?" on a statement, "không?" with no "có", "I" asked what they did, a pet, a
    # name deleting from their phone (his or hers?), several needing a card, "anh" saying it, one thing twice, "đầy đủ"
    ("Tôi xoá ảnh rồi.", None), ("Tôi xoá bớt ảnh cho nhẹ máy.", None), ("Tôi xoá bớt ảnh.", None),
    ("Tôi mua thêm dung lượng rồi.", None), ("Tôi mua thêm dung lượng 4G rồi.", None),
    ("Tôi hết dung lượng rồi.", None),
    ("Bộ nhớ của tôi đầy rồi.", None), ("Bộ nhớ của ông tôi kém lắm.", None), ("Máy tôi hết dung lượng rồi.", None),
    ("Điện thoại chúng tôi hết dung lượng rồi.", None), ("Điện thoại tôi hết dung lượng rồi?", None),
    ("Điện thoại tôi hết dung lượng không?", None), ("Điện thoại tôi hết dung lượng rồi nhỉ.", None),
    ("Điện thoại tôi sắp hết dung lượng chưa?", None), ("Tôi đã xoá bớt ảnh chưa?", None),
    ("Con chó của tôi xoá bớt ảnh rồi.", None), ("Lan phải xoá bớt ảnh trong điện thoại.", None),
    ("Tôi có thẻ nhớ không?", None), ("Chúng tôi cần mua thẻ nhớ.", None), ("Bạn có xoá bớt ảnh không?", None),
    ("Bạn muốn xoá bớt ảnh không?", None), ("Tôi xoá bớt ảnh và hình rồi.", None),
    ("Điện thoại tôi đầy đủ tính năng.", None), ("Anh cần mua thẻ nhớ.", None), ("My phone's storage is full.", None),
    ("Tôi mua thêm dung lượng iCloud cho nhẹ máy rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Bộ lưu trữ điện thoại của tôi đầy đủ." (complete), "Bộ lưu trữ điện thoại của mẹ đầy đủ.", "Bộ lưu trữ
    # điện thoại của bạn đầy đủ?", "Thẻ nhớ của tôi đầy đủ."
    ("My phone's storage is full.", "Bộ nhớ điện thoại của tôi đầy rồi."),
    ("My mother's phone storage is full.", "Bộ nhớ điện thoại của mẹ tôi đầy rồi."),
    ("His laptop's memory is full.", "Bộ nhớ máy tính xách tay của anh ấy đầy rồi."),
    ("Lan's phone storage is almost full.", "Bộ nhớ điện thoại của Lan sắp đầy."),
    ("Is your phone's storage full?", "Bộ nhớ điện thoại của bạn có bị đầy không?"),
    ("My phone storage isn't full yet.", "Bộ nhớ điện thoại của tôi chưa đầy."),
    ("Is your phone storage full yet?", "Bộ nhớ điện thoại của bạn đầy chưa?"),
    ("My memory card is full.", "Thẻ nhớ của tôi đầy rồi."),
    ("My camera's memory card is nearly full.", "Thẻ nhớ máy ảnh của tôi sắp đầy."),
    ("Is your memory card full?", "Thẻ nhớ của bạn có bị đầy không?"),
    # v8: "Máy tính xách tay của tôi gần như đang lưu trữ.", "Chiếc điện thoại của Lan nằm ngoài kho lưu."
    ("My phone is out of storage.", "Điện thoại của tôi hết dung lượng rồi."),
    ("My laptop is almost out of storage.", "Máy tính xách tay của tôi sắp hết dung lượng."),
    ("Lan's phone is out of storage.", "Điện thoại của Lan hết dung lượng rồi."),
    ("My phone has run out of space.", "Điện thoại của tôi hết dung lượng rồi."),
    ("Is your phone out of storage?", "Điện thoại của bạn có bị hết dung lượng không?"),
    # v8: "Bạn có bao nhiêu kho lưu trữ trên điện thoại của mình không?", "Điện thoại của bạn có kho lưu nào còn lại
    # không?", "Chiếc điện thoại của tôi chỉ có 2 GB rời khỏi."
    ("How much storage is left on your phone?", "Điện thoại của bạn còn bao nhiêu dung lượng?"),
    ("How much space is left on your laptop?", "Máy tính xách tay của bạn còn bao nhiêu dung lượng?"),
    ("How much storage does your phone have left?", "Điện thoại của bạn còn bao nhiêu dung lượng?"),
    ("How much free space does your iPhone have left?", "iPhone của bạn còn bao nhiêu dung lượng?"),
    ("Is there any storage left on your phone?", "Điện thoại của bạn còn dung lượng không?"),
    ("Does your phone have any storage left?", "Điện thoại của bạn còn dung lượng không?"),
    ("My phone only has 2 GB of storage left.", "Điện thoại của tôi chỉ còn 2GB dung lượng trống."),
    ("Her computer has 1.5 GB of free space left.", "Máy tính của cô ấy còn 1,5GB dung lượng trống."),
    # v8: "Tôi phải xóa vài bức ảnh.", "Tôi đã xóa một vài bức ảnh để trống trên không gian.", "Tôi chưa xóa bất kỳ
    # ảnh nào.", "Tôi có nên xóa một vài bức ảnh không?" (right, but "bớt" said better), "Tôi vừa xóa một số ứng dụng."
    ("I have to delete some photos.", "Tôi phải xoá bớt ảnh."),
    ("I deleted some photos to free up space.", "Tôi đã xoá bớt ảnh cho nhẹ máy."),
    ("I've deleted some photos.", "Tôi xoá bớt ảnh rồi."),
    ("My mother has just deleted some apps.", "Mẹ tôi vừa xoá bớt ứng dụng."),
    ("She's deleting some videos from her phone.", "Cô ấy đang xoá bớt video trong điện thoại."),
    ("We need to delete some photos and videos.", "Chúng tôi cần xoá bớt ảnh và video."),
    ("You should delete some apps to free up space.", "Bạn nên xoá bớt ứng dụng cho nhẹ máy."),
    ("Lan wants to delete some messages.", "Lan muốn xoá bớt tin nhắn."),
    ("I'll delete some photos to make room.", "Tôi sẽ xoá bớt ảnh cho nhẹ máy."),
    ("I haven't deleted any photos yet.", "Tôi chưa xoá bớt ảnh."),
    ("Should I delete some apps?", "Tôi có nên xoá bớt ứng dụng không?"),
    ("Do you need to delete some photos?", "Bạn có cần xoá bớt ảnh không?"),
    ("Have you deleted any photos yet?", "Bạn đã xoá bớt ảnh chưa?"),
    ("He has to delete some apps from his phone.", "Anh ấy phải xoá bớt ứng dụng trong điện thoại."),
    ("My son deleted some photos from his phone.", "Con trai tôi đã xoá bớt ảnh trong điện thoại."),
    ("Lan deleted some photos from the phone.", "Lan đã xoá bớt ảnh trong điện thoại."),
    ("We deleted some photos from our phone.", "Chúng tôi đã xoá bớt ảnh trong điện thoại."),
    # v8: "Tôi đã mua thêm kho lưu iCloud.", "Bạn đã mua nhiều kho lưu iCloud hơn chưa?"
    ("I've bought more iCloud storage.", "Tôi mua thêm dung lượng iCloud rồi."),
    ("My father bought more Google Drive storage.", "Bố tôi đã mua thêm dung lượng Google Drive."),
    ("We need to buy more storage.", "Chúng tôi cần mua thêm dung lượng lưu trữ."),
    ("My mother will buy more cloud storage.", "Mẹ tôi sẽ mua thêm dung lượng lưu trữ đám mây."),
    ("Have you bought more iCloud storage yet?", "Bạn đã mua thêm dung lượng iCloud chưa?"),
    ("Should I buy more iCloud storage?", "Tôi có nên mua thêm dung lượng iCloud không?"),
    # v8: "Tôi cần mua một thẻ nhớ." (right), "Tôi không có thẻ ghi nhớ."
    ("I need to buy a memory card.", "Tôi cần mua thẻ nhớ."),
    ("I've just bought a new memory card.", "Tôi vừa mua thẻ nhớ mới."),
    ("My father bought a memory card for his camera.", "Bố tôi đã mua thẻ nhớ cho máy ảnh."),
    ("Does she need to buy a new memory card?", "Cô ấy có cần mua thẻ nhớ mới không?"),
    ("Do you have a memory card?", "Bạn có thẻ nhớ không?"),
    ("I need a memory card.", "Tôi cần thẻ nhớ."),
    ("I don't have a memory card.", "Tôi không có thẻ nhớ."),
    ("Do you need a new memory card?", "Bạn có cần thẻ nhớ mới không?"),
    ("He has a memory card.", "Anh ấy có thẻ nhớ."),
    # not: "My phone is full.", who out of storage, a memory (a person's), "the photos" (not "some"), a habit, verbs
    # not agreeing with who, "I" asked what they did, a pet, another's device, "?" on a statement, devices of "our"
    # (one or several?), "isn't full" with no "yet", "any" said, "Did …?", "yet" on the past, space of another kind,
    # the other way's language, storage bought to free up space, "almost" asked
    ("My phone is full.", None), ("I'm out of storage.", None), ("My memory is full.", None),
    ("My memory is terrible.", None), ("I deleted the photos.", None), ("I delete some photos.", None),
    ("She have to delete some photos.", None), ("Do she need to buy a memory card?", None),
    ("Have I deleted any photos yet?", None), ("My dog deleted some photos.", None),
    ("I deleted some photos from your phone.", None), ("Lan's phone storage is full?", None),
    ("Our phone is out of storage.", None), ("My phone's storage isn't full.", None),
    ("I have deleted any photos.", None), ("Did you delete some photos?", None), ("She deleted some photos yet.", None),
    ("I bought a memory card for your camera.", None), ("We need more space in the car.", None),
    ("Điện thoại tôi hết dung lượng rồi.", None), ("I bought more iCloud storage to free up space.", None),
    ("Is my phone storage almost full?", None), ("He need a memory card.", None),
    # not: a name, or kin English gives no sex, with "his" or "her" device: their own, or another's? ("Lan … his")
    ("Lan deleted some photos from his phone.", None), ("Minh deleted some photos from her phone.", None),
    ("Lan bought a memory card for his camera.", None), ("My friend deleted some photos from her phone.", None),
    ("My child deleted some photos from his phone.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
