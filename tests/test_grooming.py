"""Looking after a pet's coat: bathing, brushing, flea treatment, the groomer's, shedding and fleas, both ways
(mt/grooming.py)."""
import pytest

from mt.grooming import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have to take a bath dog.", "My mother is bathing the dog.", "Did you bath your dog?"
    ("Tôi phải mang chó đi tắm.", "I have to take the dog for a bath."),
    ("Mẹ tôi đang tắm cho chó.", "My mother is giving the dog a bath."),
    ("Bạn đã tắm cho chó chưa?", "Have you given the dog a bath yet?"),
    ("Anh ấy vừa tắm cho con chó nhà anh ấy.", "He's just given his dog a bath."),
    ("Chúng tôi tắm cho mèo mỗi tuần.", "We give the cat a bath every week."),
    ("Cô ấy tắm cho chó mỗi tuần.", "She gives the dog a bath every week."),
    ("Tôi đã tắm cho chó rồi.", "I've already given the dog a bath."),
    ("Hôm qua Lan tắm cho con mèo này.", "Lan gave this cat a bath yesterday."),
    ("Ngày mai tôi sẽ tắm cho chó.", "I'll give the dog a bath tomorrow."),
    ("Tôi chưa tắm cho mèo.", "I haven't given the cat a bath yet."),
    ("Bạn có phải tắm cho chó không?", "Do you have to give the dog a bath?"),
    ("Mẹ tôi cần mang chó đi tắm.", "My mother needs to take the dog for a bath."),
    # v8: "I'm brushing my cat.", "I brushed my dog every day."
    ("Tôi đang chải lông cho mèo.", "I'm brushing the cat."),
    ("Tôi chải lông cho chó mỗi ngày.", "I brush the dog every day."),
    ("Bố tôi đã chải lông cho con chó của mẹ tôi.", "My father brushed my mother's dog."),
    ("Bạn có chải lông cho mèo mỗi ngày không?", "Do you brush the cat every day?"),
    ("Họ đang chải lông cho chó nhà họ.", "They're brushing their dog."),
    # v8: "I've put the dog to cut my hair.", "Yesterday, I took the cat to go to spa."
    ("Tôi vừa đưa chó đi cắt tỉa lông.", "I've just taken the dog to the groomer's."),
    ("Hôm qua tôi đưa mèo đi spa.", "I took the cat to the groomer's yesterday."),
    ("Tuần sau chị tôi phải đưa chó đi spa.", "My sister has to take the dog to the groomer's next week."),
    ("Mẹ tôi đưa chó đi spa mỗi tháng.", "My mother takes the dog to the groomer's every month."),
    ("Hôm qua bạn có đưa mèo đến tiệm cắt tỉa lông không?", "Did you take the cat to the groomer's yesterday?"),
    ("Ngày mai chúng tôi đưa chó đi cắt tỉa lông.", "We're taking the dog to the groomer's tomorrow."),
    # v8: "We'll treat cats."
    ("Chúng tôi sẽ trị bọ chét cho con mèo.", "We'll treat the cat for fleas."),
    ("Tôi cần trị bọ chét cho chó nhà tôi.", "I need to treat my dog for fleas."),
    ("Bố tôi đã trị bọ chét cho chó.", "My father treated the dog for fleas."),
    # v8: "My cat is thinning.", "Do you get hair loss?"
    ("Con mèo nhà tôi bị rụng lông nhiều.", "My cat is shedding a lot."),
    ("Con chó nhà tôi đang rụng lông.", "My dog is shedding."),
    ("Con mèo có bị rụng lông không?", "Is the cat shedding?"),
    ("Mèo nhà bạn có rụng lông nhiều không?", "Does your cat shed a lot?"),
    ("Con chó nhà tôi rụng lông nhiều quá.", "My dog sheds so much."),
    ("Con mèo của mẹ tôi không bị rụng lông.", "My mother's cat isn't shedding."),
    ("Con chó này không rụng lông.", "This dog doesn't shed."),
    # v8: "My home was rushed.", "Do you have a brew?"
    ("Chó nhà tôi bị bọ chét.", "My dog has fleas."),
    ("Con chó nhà bạn có bị bọ chét không?", "Does your dog have fleas?"),
    ("Con mèo có bọ chét không?", "Does the cat have fleas?"),
    ("Con mèo nhà tôi không bị bọ chét.", "My cat doesn't have fleas."),
    ("Con chó bị bọ chét rồi.", "The dog has got fleas."),
    ("Con chó nhà tôi không có bọ chét.", "My dog doesn't have fleas."),
    # v8: "Where do you cut billion dogs?", "Do you recently cut billion dogs?"
    ("Tiệm cắt tỉa lông chó ở đâu?", "Where is the dog groomer's?"),
    ("Tiệm spa thú cưng gần nhất ở đâu?", "Where is the nearest pet groomer's?"),
    ("Gần đây có tiệm cắt tỉa lông chó nào không?", "Is there a dog groomer's near here?"),
    ("Có tiệm spa cho mèo nào gần đây không?", "Is there a cat groomer's near here?"),
    # not: "em" saying it (the speaker, or "you"?), a plain verb (a habit, or done?), "có" with no "không", "à?",
    # "của mình" and "nhà mình" (whose?), a pet as who, a bare "mèo" shedding (cats in general), "rụng lông" with no
    # tense, a name after the pet (a name, or a breed: "mèo Anh"), a day of today, "chó con" (puppies, one or many?),
    # a "?" on a statement, nails (mt/nails.py), the vet (mt/pets.py), one's own bath (mt/washing.py), hair falling out
    ("Em đang chải lông cho mèo.", None), ("Tôi tắm cho chó.", None), ("Tôi có tắm cho chó.", None),
    ("Bạn tắm cho chó à?", None), ("Mẹ tôi tắm cho chó của mình.", None), ("Chó nhà mình bị bọ chét.", None),
    ("Con chó nhà tôi tắm cho mèo.", None), ("Mèo có rụng lông không?", None), ("Con mèo rụng lông.", None),
    ("Tôi tắm cho mèo Anh.", None), ("Hôm nay tôi tắm cho chó.", None), ("Tôi tắm cho chó con.", None),
    ("Tôi đang chải lông cho mèo?", None), ("Tôi cắt móng cho mèo.", None), ("Tôi đưa chó đi khám thú y.", None),
    ("Tôi đi tắm.", None), ("Tóc tôi bị rụng.", None), ("Bạn có tắm cho chó không?", None),
    ("Tôi đã tắm cho chó hôm qua rồi.", None), ("Có tiệm cắt tỉa lông chó nào không?", None),
    ("Chó bị bọ chét.", None), ("Con chó có bị bọ chét rồi không?", None), ("Tôi đưa chó đi tắm biển.", None),
    ("Con chó có có bọ chét không?", None),
    # (asked of oneself whether one did it)
    ("Tôi có chải lông cho mèo mỗi ngày không?", None), ("Tôi đã tắm cho chó chưa?", None),
    # (whose pet: "his dog" after kin is his own, "nhà anh ấy" another's)
    ("Bố tôi tắm cho chó nhà anh ấy.", None),
    # ("thế", "vậy" ending a statement say more: so much, then; asked, they only soften)
    ("Tôi đang tắm cho chó thế.", None), ("Tôi phải tắm cho chó vậy.", None),
    ("Con mèo nhà tôi rụng lông nhiều thế.", None), ("Con mèo nhà tôi bị rụng lông nhiều vậy.", None),
    ("Chó nhà tôi bị bọ chét thế.", None),
    ("Con mèo nhà bạn có rụng lông không vậy?", "Does your cat shed?"),
    # ("em" asking with "ạ" is the speaker, to one older: "Do I have to …?")
    ("Em có phải tắm cho chó không ạ?", None), ("Em đã tắm cho chó chưa ạ?", None),
    ("Em có tắm cho chó mỗi tuần không ạ?", None),
    # ("Mèo", "Chó" with a capital inside a sentence: a name, often a child's)
    ("Mẹ tôi đang tắm cho Mèo.", None), ("Bà tôi đã tắm cho Mèo chưa?", None), ("Con Mèo nhà tôi bị rụng lông.", None),
    # ("mình" asking: I, or we?)
    ("Mình có phải tắm cho chó không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi cần phải đưa chó vào phòng tắm.", "Bạn đã cho chó tắm cho con chưa?", "Anh ta sẽ three con chó ngày mai."
    ("I have to take the dog for a bath.", "Tôi phải mang chó đi tắm."),
    ("Have you given the dog a bath yet?", "Bạn đã tắm cho chó chưa?"),
    ("My mother is giving the dog a bath.", "Mẹ tôi đang tắm cho chó."),
    ("He will bathe the dog tomorrow.", "Ngày mai anh ấy sẽ tắm cho chó."),
    ("She gave the cat a bath yesterday.", "Hôm qua cô ấy tắm cho mèo."),
    ("We've already given the dog a bath.", "Chúng tôi đã tắm cho chó rồi."),
    ("We just gave the dog a bath.", "Chúng tôi vừa tắm cho chó."),
    ("I haven't bathed the cat yet.", "Tôi chưa tắm cho mèo."),
    ("Do you have to give the dog a bath?", "Bạn có phải tắm cho chó không?"),
    ("Did you bathe the dog yesterday?", "Hôm qua bạn có tắm cho chó không?"),
    # v8: "Tôi đang đánh mèo." (beating), "Tôi đánh răng chó mỗi ngày." (the dog's teeth)
    ("I'm brushing the cat.", "Tôi đang chải lông cho mèo."),
    ("I brush the dog every day.", "Tôi chải lông cho chó mỗi ngày."),
    ("My father brushes my dog every week.", "Bố tôi chải lông cho con chó nhà tôi mỗi tuần."),
    ("Is she brushing the cat?", "Cô ấy có đang chải lông cho mèo không?"),
    ("Lan has just brushed the cat.", "Lan vừa chải lông cho mèo."),
    # v8: "Tôi cần phải đưa chó vào phòng tắm.", "Cô ấy vừa đưa chó của mình vào phòng ngủ." (the bedroom)
    ("I need to take the dog to the groomer's.", "Tôi cần đưa chó đi cắt tỉa lông."),
    ("She has just taken her dog to the groomer's.", "Cô ấy vừa đưa con chó nhà cô ấy đi cắt tỉa lông."),
    ("We took the cat to the groomer yesterday.", "Hôm qua chúng tôi đưa mèo đi cắt tỉa lông."),
    ("I'm taking the dog to the groomers tomorrow.", "Ngày mai tôi sẽ đưa chó đi cắt tỉa lông."),
    ("My mother takes the dog to the groomer's every month.", "Mẹ tôi đưa chó đi cắt tỉa lông mỗi tháng."),
    ("I'm going to take my mother's dog for a bath.", "Tôi sẽ mang con chó của mẹ tôi đi tắm."),
    # v8: "Chúng tôi điều trị con mèo cho fleascin hôm qua."
    ("We treated the cat for fleas yesterday.", "Hôm qua chúng tôi trị bọ chét cho mèo."),
    ("You need to treat your dog for fleas.", "Bạn cần trị bọ chét cho con chó nhà bạn."),
    # v8: "Con mèo của tôi đang cưới rất nhiều." (marrying), "Con mèo của bạn đang cưới không?"
    ("My cat is shedding a lot.", "Con mèo nhà tôi bị rụng lông nhiều."),
    ("My dog is shedding.", "Con chó nhà tôi đang rụng lông."),
    ("Is your cat shedding?", "Con mèo nhà bạn có bị rụng lông không?"),
    ("Does your dog shed a lot?", "Con chó nhà bạn có rụng lông nhiều không?"),
    ("My cat sheds a lot.", "Con mèo nhà tôi rụng lông nhiều."),
    ("Our dog doesn't shed much.", "Con chó nhà chúng tôi không rụng lông nhiều."),
    ("The cat isn't shedding.", "Con mèo không bị rụng lông."),
    # v8: "Con chó của tôi có fleas.", "Con chó của bạn có fleasi không?"
    ("My dog has fleas.", "Con chó nhà tôi bị bọ chét."),
    ("Does your dog have fleas?", "Con chó nhà bạn có bị bọ chét không?"),
    ("The cat's got fleas.", "Con mèo bị bọ chét."),
    ("Her cat doesn't have fleas.", "Con mèo nhà cô ấy không bị bọ chét."),
    # v8: "Mùi chó ở đâu?" (a smell), "Có phòng của chó ở gần đây không?"
    ("Where is the dog groomer's?", "Tiệm cắt tỉa lông chó ở đâu?"),
    ("Where's the nearest pet groomer's?", "Tiệm cắt tỉa lông thú cưng gần nhất ở đâu?"),
    ("Is there a dog groomer's near here?", "Gần đây có tiệm cắt tỉa lông chó nào không?"),
    ("Is there a cat grooming salon nearby?", "Gần đây có tiệm cắt tỉa lông mèo nào không?"),
    # not: a verb not agreeing ("She have", "I gives", "Does … has"), a pet as who, a plain present with no "every"
    # (a habit of when?), "sheds" alone, "so much" asked, "Will you …?" (a favour), "Did … ?" with no day, hair
    # brushed (mt/washing.py, mt/haircuts.py), the vet (mt/pets.py), "brush the dog a bath" (no job), teeth brushed
    ("She have to give the dog a bath.", None), ("I gives the dog a bath every week.", None),
    ("Does she has fleas?", None), ("My dog is giving the cat a bath.", None), ("I brush the dog.", None),
    ("My cat sheds.", None), ("Is your cat shedding so much?", None), ("Will you give the dog a bath?", None),
    ("Did you give the dog a bath?", None), ("I'm brushing my hair.", None), ("I take the dog to the vet.", None),
    ("I'm brushing the dog a bath.", None), ("I brush my teeth every day.", None), ("My dog has fleas?", None),
    ("I gave the dog yesterday.", None), ("My cat have fleas.", None), ("I had a bath.", None),
    ("Tôi phải mang chó đi tắm.", None),
    # (whose pet: "his dog" after kin, his own ("của mình") or another's ("nhà anh ấy")?)
    ("My father brushes his dog every week.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
