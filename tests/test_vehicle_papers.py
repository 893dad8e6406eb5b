"""A vehicle's papers lost, forgotten, carried, checked by the police, reissued, or had, both ways
(mt/vehicle_papers.py)."""
import pytest

from mt.vehicle_papers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm lost a paper registered.", "I lost my papers car.", "Yesterday, my mother was lost the car.", "He was
    # lost on the machine registered."
    ("Tôi bị mất giấy đăng ký xe.", "I've lost my vehicle registration papers."),
    ("Tôi làm mất giấy tờ xe rồi.", "I've lost my vehicle papers."),
    ("Hôm qua mẹ tôi bị mất cà vẹt xe.", "My mother lost her vehicle registration papers yesterday."),
    ("Anh ấy vừa bị mất giấy đăng ký xe máy.", "He has just lost his motorbike registration papers."),
    ("Chúng tôi bị mất giấy tờ xe máy.", "We've lost our motorbike papers."),
    ("Bố tôi đã làm mất giấy đăng ký xe ô tô.", "My father lost his car registration papers."),
    ("Bác Hùng vừa làm mất cà vẹt.", "Uncle Hung has just lost his vehicle registration papers."),
    ("Lan làm mất giấy tờ xe của tôi.", "Lan has lost my vehicle papers."),
    ("Tôi bị mất giấy tờ xe tuần trước.", "I lost my vehicle papers last week."),
    # v8: "He forgot to carry the paper.", "I forgot to carry a paper registered.", "Don't forget to carry a paper."
    ("Anh ấy quên mang giấy tờ xe.", "He forgot to bring his vehicle papers."),
    ("Tôi quên mang theo giấy đăng ký xe.", "I forgot to bring my vehicle registration papers."),
    ("Mẹ tôi quên mang giấy tờ xe rồi.", "My mother forgot to bring her vehicle papers."),
    ("Hôm qua chúng tôi quên mang giấy đăng ký xe máy.",
     "We forgot to bring our motorbike registration papers yesterday."),
    ("Bạn có quên mang giấy tờ xe không?", "Did you forget to bring your vehicle papers?"),
    ("Nhớ mang theo giấy tờ xe nhé.", "Remember to bring your vehicle papers."),
    ("Đừng quên mang giấy tờ xe nhé.", "Don't forget to bring your vehicle papers."),
    ("Bạn đừng quên mang theo cà vẹt xe nhé!", "Don't forget to bring your vehicle registration papers!"),
    # v8: "Do you carry a car paper?", "I don't carry a car paper."
    ("Bạn có mang giấy tờ xe không?", "Do you have your vehicle papers with you?"),
    ("Bạn có mang theo giấy tờ xe không?", "Do you have your vehicle papers with you?"),
    ("Tôi không mang giấy tờ xe.", "I don't have my vehicle papers with me."),
    ("Mẹ tôi có mang theo giấy tờ xe không?", "Does my mother have her vehicle papers with her?"),
    ("Tôi có mang theo giấy tờ xe.", "I have my vehicle papers with me."),
    ("Anh ấy luôn mang theo giấy tờ xe máy.", "He always carries his motorbike papers."),
    # v8: "The police examined my paper.", "The public has examined his paper.", "I was police examined the paper.",
    # "Police asked me to publish the paper."
    ("Cảnh sát kiểm tra giấy tờ xe của tôi.", "The police checked my vehicle papers."),
    ("Công an vừa kiểm tra giấy tờ xe của anh ấy.", "The police have just checked his vehicle papers."),
    ("Tôi bị cảnh sát kiểm tra giấy tờ xe.", "The police checked my vehicle papers."),
    ("Anh ấy vừa bị công an kiểm tra giấy tờ xe.", "The police have just checked his vehicle papers."),
    ("Cảnh sát giao thông kiểm tra giấy tờ xe của Lan.", "The traffic police checked Lan's vehicle papers."),
    ("Hôm qua CSGT kiểm tra giấy tờ xe của bố tôi.",
     "The traffic police checked my father's vehicle papers yesterday."),
    ("Cảnh sát đã kiểm tra giấy tờ xe của bạn chưa?", "Have the police checked your vehicle papers yet?"),
    ("Cảnh sát kiểm tra giấy tờ xe của tôi rồi.", "The police have checked my vehicle papers."),
    ("Cảnh sát yêu cầu tôi xuất trình giấy tờ xe.", "The police asked me to show my vehicle papers."),
    ("Công an yêu cầu mẹ tôi xuất trình giấy đăng ký xe.",
     "The police asked my mother to show her vehicle registration papers."),
    # v8: "I have to go back to the paper.", "Do you do the paper?", "My mother needs to resist the car.", "We're
    # doing the paper registered.", "I must have to registrar the paper."
    ("Tôi phải đi làm lại giấy đăng ký xe.", "I have to get my vehicle registration papers reissued."),
    ("Bạn có phải làm lại giấy tờ xe không?", "Do you have to get your vehicle papers reissued?"),
    ("Mẹ tôi cần làm lại cà vẹt xe.", "My mother needs to get her vehicle registration papers reissued."),
    ("Chúng tôi đang làm lại giấy đăng ký xe.", "We're getting our vehicle registration papers reissued."),
    ("Tôi phải xin cấp lại giấy đăng ký xe máy.", "I have to apply to have my motorbike registration papers reissued."),
    ("Tôi có phải làm lại giấy đăng ký xe không?", "Do I have to get my vehicle registration papers reissued?"),
    ("Tôi không cần làm lại giấy tờ xe.", "I don't need to get my vehicle papers reissued."),
    ("Ngày mai bố tôi sẽ đi làm lại giấy đăng ký xe.",
     "My father will get his vehicle registration papers reissued tomorrow."),
    ("Tôi muốn làm lại cà vẹt xe máy tuần sau.", "I want to get my motorbike registration papers reissued next week."),
    # v8: "The car has not been papered.", "Do you have a paper?", "The motorcycle has no paper."
    ("Xe này chưa có giấy tờ.", "This vehicle doesn't have any papers yet."),
    ("Xe này có giấy tờ không?", "Does this vehicle have papers?"),
    ("Chiếc xe máy này không có giấy tờ.", "This motorbike doesn't have any papers."),
    ("Xe của tôi có đầy đủ giấy tờ.", "My vehicle has all its papers."),
    ("Xe máy của anh ấy vẫn chưa có giấy tờ.", "His motorbike still doesn't have any papers."),
    ("Ô tô này có đủ giấy tờ không?", "Does this car have all its papers?"),
    ("Xe này có giấy tờ chưa?", "Does this vehicle have its papers yet?"),
    # review: "của mình" is who's own ("my" was written: "My mother has lost my vehicle papers."); who "bị" checked
    # said whole ("The police checked her …" dropped "my mother"); "chưa" after "đầy đủ" kept
    ("Mẹ tôi bị mất giấy tờ xe của mình.", "My mother has lost her vehicle papers."),
    ("Anh ấy luôn mang theo giấy tờ xe của mình.", "He always carries his vehicle papers."),
    ("Bạn có mang giấy tờ xe của mình không?", "Do you have your vehicle papers with you?"),
    ("Họ phải làm lại giấy tờ xe của mình.", "They have to get their vehicle papers reissued."),
    ("Chúng tôi quên mang giấy tờ xe của mình.", "We forgot to bring our vehicle papers."),
    ("Nhớ mang giấy tờ xe của mình nhé.", "Remember to bring your vehicle papers."),
    ("Tôi bị mất giấy tờ xe của mình.", "I've lost my vehicle papers."),
    ("Mẹ tôi bị công an kiểm tra giấy tờ xe.", "The police checked my mother's vehicle papers."),
    ("Bác Hùng bị cảnh sát kiểm tra giấy tờ xe.", "The police checked Uncle Hung's vehicle papers."),
    ("Lan bị cảnh sát kiểm tra giấy tờ xe.", "The police checked Lan's vehicle papers."),
    ("Xe này có đầy đủ giấy tờ chưa?", "Does this vehicle have all its papers yet?"),
    # not: lost asked or with two tense words, "anh", "em" saying it, a pet, a "?" on a statement, a name's own papers
    # (his or hers?), "mang" plain (brings, or brought?), the police checking with no whose, "làm lại" done (got, or
    # applied?), "đang" with a day, "không đủ", a vehicle registered ("đăng ký xe"), papers not of a vehicle, a
    # marriage certificate (mt/registrations.py), a driving licence (mt/papers.py), "nhỉ", another sentence
    ("Bạn có bị mất giấy tờ xe không?", None), ("Tôi đã mất giấy tờ xe hôm qua rồi.", None),
    ("Anh bị mất giấy tờ xe.", None), ("Em quên mang giấy tờ xe.", None), ("Con chó của tôi bị mất giấy tờ xe.", None),
    ("Tôi bị mất giấy tờ xe?", None), ("Lan quên mang giấy tờ xe.", None), ("Lan có mang giấy tờ xe không?", None),
    ("Tôi mang giấy tờ xe.", None), ("Cảnh sát kiểm tra giấy tờ xe.", None),
    ("Cảnh sát kiểm tra giấy tờ xe của tôi?", None), ("Cảnh sát yêu cầu Lan xuất trình giấy tờ xe.", None),
    ("Tôi làm lại giấy đăng ký xe rồi.", None), ("Tôi đang làm lại giấy tờ xe hôm nay.", None),
    ("Xe này không đủ giấy tờ.", None), ("Xe này chưa có giấy tờ không?", None), ("Tôi phải đi đăng ký xe máy.", None),
    ("Tôi quên mang giấy tờ.", None), ("Tôi bị mất giấy đăng ký kết hôn.", None), ("Tôi bị mất bằng lái.", None),
    ("Tôi bị mất giấy tờ xe nhỉ.", None), ("Tôi có quên mang giấy tờ xe không?", None),
    ("Giấy tờ xe của tôi bị mất rồi.", None), ("Tôi bị mất giấy tờ xe ở chợ.", None),
    ("I've lost my vehicle papers.", None),
    # review: "em" asking with "ạ" is the speaker (do I?), not "you"; "của mình" after a name (his or hers?)
    ("Em có phải làm lại giấy tờ xe không ạ?", None), ("Em có quên mang giấy tờ xe không ạ?", None),
    ("Em có mang giấy tờ xe không ạ?", None), ("Lan quên mang giấy tờ xe của mình.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8 (right): "Tôi đã mất giấy đăng ký xe."; "Mẹ tôi mất giấy xe của mình hôm qua."
    ("I've lost my vehicle registration papers.", "Tôi bị mất giấy đăng ký xe."),
    ("I lost my vehicle registration papers.", "Tôi đã bị mất giấy đăng ký xe."),
    ("My mother lost her vehicle papers yesterday.", "Hôm qua mẹ tôi bị mất giấy tờ xe."),
    ("We've lost our motorbike papers.", "Chúng tôi bị mất giấy tờ xe máy."),
    ("She has just lost her car registration papers.", "Cô ấy vừa bị mất giấy đăng ký xe ô tô."),
    ("He's just lost his vehicle papers.", "Anh ấy vừa bị mất giấy tờ xe."),
    ("Lan lost her vehicle papers last week.", "Tuần trước Lan bị mất giấy tờ xe."),
    ("My father lost my mother's vehicle papers.", "Bố tôi đã làm mất giấy tờ xe của mẹ tôi."),
    # v8: "Anh ấy quên mang chiếc xe của mình.", "Đừng quên mang xe của bạn."
    ("He forgot to bring his vehicle papers.", "Anh ấy quên mang giấy tờ xe."),
    ("My mother forgot to bring her motorcycle papers.", "Mẹ tôi quên mang giấy tờ xe máy."),
    ("Did he forget to bring his vehicle papers?", "Anh ấy có quên mang giấy tờ xe không?"),
    ("Don't forget to bring your vehicle papers.", "Đừng quên mang theo giấy tờ xe nhé."),
    ("Remember to bring your vehicle registration papers!", "Nhớ mang theo giấy đăng ký xe nhé!"),
    ("Don't forget your vehicle papers.", "Đừng quên mang theo giấy tờ xe nhé."),
    # v8: "Bạn có mang xe của mình không?", "Bạn có xe của mình với bạn không?", "Tôi không có xe của tôi với tôi."
    ("Did you bring your vehicle papers?", "Bạn có mang theo giấy tờ xe không?"),
    ("Do you have your vehicle papers with you?", "Bạn có mang theo giấy tờ xe không?"),
    ("I don't have my vehicle papers with me.", "Tôi không mang theo giấy tờ xe."),
    ("Does she have her vehicle papers with her?", "Cô ấy có mang theo giấy tờ xe không?"),
    ("He always carries his vehicle papers.", "Anh ấy luôn mang theo giấy tờ xe."),
    ("I didn't bring my vehicle papers.", "Tôi không mang theo giấy tờ xe."),
    ("We have our car papers with us.", "Chúng tôi có mang theo giấy tờ xe ô tô."),
    ("Did your father bring his vehicle papers?", "Bố bạn có mang theo giấy tờ xe không?"),
    # v8: "Cảnh sát kiểm tra xe của tôi.", "Cảnh sát yêu cầu tôi xem xe của tôi."
    ("The police checked my vehicle papers.", "Cảnh sát kiểm tra giấy tờ xe của tôi."),
    ("The traffic police have just checked his car papers.",
     "Cảnh sát giao thông vừa kiểm tra giấy tờ xe ô tô của anh ấy."),
    ("The police checked Lan's vehicle papers yesterday.", "Hôm qua cảnh sát kiểm tra giấy tờ xe của Lan."),
    ("Have the police checked your vehicle papers yet?", "Cảnh sát đã kiểm tra giấy tờ xe của bạn chưa?"),
    ("The police have checked my vehicle papers.", "Cảnh sát đã kiểm tra giấy tờ xe của tôi rồi."),
    ("The police asked me to show my vehicle papers.", "Cảnh sát yêu cầu tôi xuất trình giấy tờ xe."),
    ("The police asked my mother to show her vehicle papers.", "Cảnh sát yêu cầu mẹ tôi xuất trình giấy tờ xe."),
    # v8: "Tôi phải lấy giấy đăng ký xe của tôi.", "Bạn có phải lấy chiếc xe của mình tái thiết không?"
    ("I have to get my vehicle registration papers reissued.", "Tôi phải đi làm lại giấy đăng ký xe."),
    ("Do you have to get your vehicle papers reissued?", "Bạn có phải đi làm lại giấy tờ xe không?"),
    ("She needs to get her vehicle papers reissued.", "Cô ấy cần làm lại giấy tờ xe."),
    ("Do I have to get my vehicle registration papers reissued?", "Tôi có phải đi làm lại giấy đăng ký xe không?"),
    ("Does he need to get his vehicle papers replaced?", "Anh ấy có cần làm lại giấy tờ xe không?"),
    ("We don't have to get our vehicle papers reissued.", "Chúng tôi không phải đi làm lại giấy tờ xe."),
    ("He doesn't want to get his vehicle papers reissued.", "Anh ấy không muốn làm lại giấy tờ xe."),
    ("I'm getting my motorbike registration papers reissued.", "Tôi đang làm lại giấy đăng ký xe máy."),
    ("My father will get his vehicle papers reissued tomorrow.", "Bố tôi sẽ làm lại giấy tờ xe ngày mai."),
    ("She's getting her car papers replaced.", "Cô ấy đang làm lại giấy tờ xe ô tô."),
    # v8: "Máy vận động này vẫn chưa có giấy nào." (a moving machine)
    ("This motorbike doesn't have any papers yet.", "Chiếc xe máy này chưa có giấy tờ."),
    ("This motorbike has no papers yet.", "Chiếc xe máy này chưa có giấy tờ."),
    ("This vehicle has no papers.", "Chiếc xe này không có giấy tờ."),
    ("My car has all its papers.", "Xe ô tô của tôi có đầy đủ giấy tờ."),
    ("Does this vehicle have all its papers?", "Chiếc xe này có đầy đủ giấy tờ không?"),
    ("Does this motorbike have any papers yet?", "Chiếc xe máy này có giấy tờ chưa?"),
    ("Does this car have papers?", "Chiếc xe ô tô này có giấy tờ không?"),
    # review: a name of either (Minh), or one whose "his", "her" agrees, keeps the papers their own
    ("Minh lost her vehicle papers.", "Minh đã bị mất giấy tờ xe."),
    ("Hung lost his vehicle papers.", "Hung đã bị mất giấy tờ xe."),
    # not: "He's lost" (he is lost?), a verb or "with …" not agreeing with who, a day with "have", "I" asked, "her"
    # papers of "he", whose not whom's, "the" papers, "bike" (a bicycle?), papers or registration alone, a driving
    # licence (mt/papers.py), registering a vehicle, a pet as who, the other way's language, nonsense
    ("He's lost his vehicle papers.", None), ("She have lost her vehicle papers.", None),
    ("I've lost my vehicle papers yesterday.", None), ("My dog lost my vehicle papers.", None),
    ("Did I forget to bring my vehicle papers?", None), ("He forgot to bring her vehicle papers.", None),
    ("Does she have her vehicle papers with him?", None), ("He always carry his vehicle papers.", None),
    ("I have my vehicle papers.", None), ("The police checked the vehicle papers.", None),
    ("The police asked me to show your vehicle papers.", None), ("She need to get her vehicle papers reissued.", None),
    ("This car have papers.", None), ("I lost my bike papers.", None), ("I've lost my papers.", None),
    ("I lost my vehicle registration.", None), ("I lost my driving licence.", None),
    ("I have to register my motorbike.", None), ("The police checked my vehicle papers?", None),
    ("Do you have your vehicle papers?", None), ("Tôi bị mất giấy tờ xe.", None),
    ("Papers papers papers.", None),
    # review: "his" or "her" after a name that is a woman's or a man's is another's, not their own
    ("Lan forgot to bring his vehicle papers.", None), ("John lost her vehicle papers.", None),
    ("Lan always carries his vehicle papers.", None), ("Did Lan bring his vehicle papers?", None),
    ("Lan needs to get his vehicle papers reissued.", None), ("Lan lost his vehicle papers.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
