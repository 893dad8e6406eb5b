"""Eye troubles: a twitching eye, a stye, pink eye, dust in the eye, watering eyes, eyes itchy or red for a while, and
"Don't rub your eyes!", both ways (mt/eye_troubles.py)."""
import pytest

from mt.eye_troubles import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My eyes were rushed.", "My left eye has been rushed for many days.", "I'm getting an eye off.", "Are you
    # snugged?", "My mother's right eye was rushed from yesterday.", "My eyes were rushed forever."
    ("Mắt tôi bị giật.", "My eye is twitching."),
    ("Mắt trái của tôi bị giật mấy ngày nay.", "My left eye has been twitching for a few days."),
    ("Tôi bị giật mắt.", "My eye is twitching."),
    ("Mắt bạn có bị giật không?", "Is your eye twitching?"),
    ("Mắt phải của mẹ tôi bị giật từ hôm qua.", "My mother's right eye has been twitching since yesterday."),
    ("Mắt tôi cứ bị giật mãi.", "My eye keeps twitching."),
    ("Mí mắt tôi bị giật.", "My eyelid is twitching."),
    ("Mắt anh ấy bị giật.", "His eye is twitching."),
    ("Mắt Lan bị giật mấy hôm nay.", "Lan's eye has been twitching for a few days."),
    ("Tôi bị giật mắt phải.", "My right eye is twitching."),
    ("Mẹ tôi bị giật mắt trái cả tuần nay.", "My mother's left eye has been twitching all week."),
    ("Mắt tôi không bị giật.", "My eye isn't twitching."),
    ("Mắt anh có bị giật không?", "Is your eye twitching?"),
    # v8: "I'm getting an eye.", "My left eye was rushed.", "I'm snugging today.", "Do you have a tear?"
    ("Tôi bị lẹo mắt.", "I have a stye."),
    ("Mắt trái tôi bị lẹo.", "I have a stye on my left eye."),
    ("Con tôi bị lẹo mắt mấy ngày nay.", "My child has had a stye for a few days."),
    ("Bạn có bị lẹo mắt không?", "Do you have a stye?"),
    ("Cô ấy bị lẹo mắt.", "She has a stye."),
    ("Mắt phải của bố tôi bị lẹo.", "My father has a stye on his right eye."),
    ("Con gái tôi bị lẹo ở mắt trái.", "My daughter has a stye on her left eye."),
    ("Tôi không bị lẹo mắt.", "I don't have a stye."),
    # v8: "My mother was pinkeye.", "Last week, my child had a red eyeache.", "Do you have a red eyeache?", "I was
    # confusion." ("Con tôi bị đau mắt đỏ." v8 writes right: "My child has pinkeye.")
    ("Mẹ tôi bị đau mắt đỏ.", "My mother has pink eye."),
    ("Con tôi bị đau mắt đỏ.", "My child has pink eye."),
    ("Tuần trước con tôi bị đau mắt đỏ.", "My child had pink eye last week."),
    ("Con tôi bị đau mắt đỏ tháng trước.", "My child had pink eye last month."),
    ("Con bạn có bị đau mắt đỏ không?", "Does your child have pink eye?"),
    ("Tuần trước con bạn có bị đau mắt đỏ không?", "Did your child have pink eye last week?"),
    ("Chúng tôi bị đau mắt đỏ.", "We have pink eye."),
    ("Năm ngoái tôi bị đau mắt đỏ.", "I had pink eye last year."),
    ("Tôi bị đau mắt đỏ từ hôm qua.", "I've had pink eye since yesterday."),
    ("Anh ấy không bị đau mắt đỏ.", "He doesn't have pink eye."),
    ("Tôi bị viêm kết mạc.", "I have conjunctivitis."),
    ("Bà tôi bị viêm kết mạc hai ngày nay.", "My grandmother has had conjunctivitis for two days."),
    # v8: "There was dust flying into my eye.", "Did you dust flew into your eye?"
    ("Có bụi bay vào mắt tôi.", "I've got dust in my eye."),
    ("Bụi bay vào mắt tôi.", "I've got dust in my eye."),
    ("Tôi bị bụi bay vào mắt.", "I've got dust in my eye."),
    ("Có bụi bay vào mắt trái của tôi rồi.", "I've got dust in my left eye."),
    ("Có bụi bay vào mắt mẹ tôi.", "My mother has got dust in her eye."),
    ("Có gì đó bay vào mắt tôi.", "Something got in my eye."),
    ("Có gì bay vào mắt bạn à?", "Did something get in your eye?"),
    ("Có gì đó bay vào mắt bạn à?", "Did something get in your eye?"),
    ("Có bụi bay vào mắt bạn à?", "Have you got dust in your eye?"),
    ("Có bụi bay vào mắt bạn không?", "Have you got dust in your eye?"),
    ("Bạn có bị bụi bay vào mắt không?", "Have you got dust in your eye?"),
    # v8: "My eyes were flowing tears.", "My eyes flowed tears.", "Do you experience tears?"
    ("Mắt tôi bị chảy nước mắt.", "My eyes are watering."),
    ("Mắt tôi cứ chảy nước mắt.", "My eyes keep watering."),
    ("Mắt bạn có bị chảy nước mắt không?", "Are your eyes watering?"),
    ("Mắt mẹ tôi bị chảy nước mắt mấy ngày nay.", "My mother's eyes have been watering for a few days."),
    ("Mắt tôi bị chảy nước mắt từ sáng nay.", "My eyes have been watering since this morning."),
    ("Mắt tôi hay bị chảy nước mắt.", "My eyes often water."),
    ("Mắt bạn có hay bị chảy nước mắt không?", "Do your eyes often water?"),
    ("Mắt tôi không bị chảy nước mắt.", "My eyes aren't watering."),
    ("Mắt con tôi bị chảy nước.", "My child's eyes are watering."),
    # v8: "My eyes were itchy today.", "My eyes were red and swollen for several days.", "I'm itchy today.", "My eyes
    # were tired of today."
    ("Mắt tôi bị ngứa mấy ngày nay.", "My eyes have been itchy for a few days."),
    ("Mắt tôi bị đỏ và sưng mấy ngày nay.", "My eyes have been red and swollen for a few days."),
    ("Tôi bị ngứa mắt mấy ngày nay.", "My eyes have been itchy for a few days."),
    ("Mắt tôi bị mỏi mấy ngày nay.", "My eyes have been tired for a few days."),
    ("Tôi bị đỏ mắt một tuần nay.", "My eyes have been red for a week."),
    ("Mắt cô ấy bị đỏ và ngứa mấy ngày nay.", "Her eyes have been red and itchy for a few days."),
    # v8: "Don't save eye!", "I don't save eye."
    ("Đừng dụi mắt!", "Don't rub your eyes!"),
    ("Đừng dụi mắt nữa!", "Stop rubbing your eyes!"),
    ("Con đừng dụi mắt nhé.", "Don't rub your eyes."),
    ("Không được dụi mắt!", "Don't rub your eyes!"),
    ("Con đừng dụi mắt nữa.", "Stop rubbing your eyes."),
    # not: a "?" on a statement, "không?" without "có", asked of oneself, "giật" without "bị" (or "giật mình",
    # startled), "anh" alone saying it, a pet, whose eye for "we", how long asked or denied, the eye said twice
    ("Tôi bị lẹo mắt nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Mắt tôi bị giật?", None), ("Mắt tôi bị giật không?", None), ("Mắt tôi có bị giật không?", None),
    ("Mắt tôi giật.", None), ("Tôi bị giật.", None), ("Tôi bị giật mình.", None), ("Anh bị giật mắt.", None),
    ("Mắt con mèo của tôi bị giật.", None), ("Mắt chúng tôi bị giật.", None), ("Mắt tôi bị giật mắt.", None),
    ("Mắt bạn có bị giật mấy ngày nay không?", None), ("Mắt tôi không bị giật mấy ngày nay.", None),
    # not: "lẹo" with no eye (dogs mating), a name's left eye (his or her?), pets with pink eye (a vet's words),
    # a past day denied, how long asked
    ("Tôi bị lẹo.", None), ("Lan bị lẹo ở mắt trái.", None), ("Con chó của tôi bị lẹo mắt.", None),
    ("Con mèo của tôi bị đau mắt đỏ.", None), ("Tuần trước tôi không bị đau mắt đỏ.", None),
    ("Bạn có bị đau mắt đỏ mấy ngày nay không?", None),
    # not: "gì" said (anything?), "Gì đó" without "có", a name's eye (his or her?), asked of oneself
    ("Có gì bay vào mắt tôi.", None), ("Gì đó bay vào mắt tôi.", None), ("Có bụi bay vào mắt Lan.", None),
    ("Có bụi bay vào mắt tôi à?", None),
    # not: tears without "Mắt …" first or "bị" (crying?), a reason beyond dust, eyes red, itchy, swollen, sore or
    # tired now or since a day (mt/symptoms.py, mt/aches.py, mt/numbness.py), "ngứa mắt" alone (annoying to see)
    ("Mắt tôi chảy nước mắt.", None), ("Tôi bị chảy nước mắt.", None), ("Mắt tôi bị chảy nước mắt vì khói.", None),
    ("Mắt tôi bị sưng.", None), ("Mắt tôi bị đỏ từ hôm qua.", None), ("Mắt tôi bị đau.", None),
    ("Tôi bị mỏi mắt.", None), ("Tôi bị ngứa mắt.", None), ("Mắt bạn có bị ngứa mấy ngày nay không?", None),
    # not: "?" on an order, rubbing told, "để mắt đến" (keep an eye on), the other way's language, nonsense
    ("Đừng dụi mắt?", None), ("Tôi dụi mắt.", None), ("Tôi để mắt đến con.", None), ("My eye is twitching.", None),
    ("Mắt mắt mắt.", None),
    # review: something in someone's eye says whose eye, not "her" with no one before it
    ("Có gì đó bay vào mắt mẹ tôi.", "Something got in my mother's eye."),
    ("Có gì đó bay vào mắt trái của mẹ tôi.", "Something got in my mother's left eye."),
    ("Có gì đó bay vào mắt con tôi.", "Something got in my child's eye."),
    ("Có gì bay vào mắt mẹ bạn à?", "Did something get in your mother's eye?"),
    ("Có gì đó bay vào mắt bác Hùng.", "Something got in Uncle Hung's eye."),
    ("Có gì đó bay vào mắt Lan.", "Something got in Lan's eye."),
    # review: not a stye of "chúng tôi" or "họ" (one stye or styes?), "em", "con" with "không được" (the speaker
    # not allowed?), a state said twice
    ("Chúng tôi bị lẹo mắt.", None), ("Họ bị lẹo ở mắt trái.", None), ("Mắt họ bị lẹo.", None),
    ("Chúng tôi bị lẹo mắt mấy ngày nay.", None), ("Họ không bị lẹo mắt.", None),
    ("Em không được dụi mắt.", None), ("Con không được dụi mắt nữa.", None),
    ("Bạn không được dụi mắt.", "Don't rub your eyes."),
    ("Mắt tôi bị đỏ và đỏ mấy ngày nay.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mắt tôi đau nhức.", "Mắt trái của tôi bị đau đớn trong một vài ngày.", "Mắt của bạn có bị đau không?",
    # "Mắt phải của mẹ tôi đã bị tò mò kể từ hôm qua.", "Mắt tôi giữ cho mắt tò mò."
    ("My eye is twitching.", "Mắt tôi bị giật."),
    ("My left eye has been twitching for a few days.", "Mắt trái của tôi bị giật mấy ngày nay."),
    ("Is your eye twitching?", "Mắt bạn có bị giật không?"),
    ("My mother's right eye has been twitching since yesterday.", "Mắt phải của mẹ tôi bị giật từ hôm qua."),
    ("My eye keeps twitching.", "Mắt tôi cứ bị giật mãi."),
    ("My eyelid is twitching.", "Mí mắt tôi bị giật."),
    ("Her left eye is twitching.", "Mắt trái của cô ấy bị giật."),
    ("My eyes are twitching.", "Mắt tôi bị giật."),
    ("My eye's twitching.", "Mắt tôi bị giật."),
    ("My mother's eye isn't twitching.", "Mắt mẹ tôi không bị giật."),
    ("Is Lan's eye twitching?", "Mắt Lan có bị giật không?"),
    ("My right eye has been twitching all week.", "Mắt phải của tôi bị giật cả tuần nay."),
    ("My eyes have been twitching for the past few days.", "Mắt tôi bị giật mấy ngày nay."),
    # v8: "Tôi có một hòn đá.", "Tôi có một cái cầu thang trên mắt trái của tôi.", "Con trai của bạn có đồ ăn kiêng
    # không?"
    ("I have a stye.", "Tôi bị lẹo mắt."),
    ("I've got a stye on my left eye.", "Tôi bị lẹo ở mắt trái."),
    ("Does your son have a stye?", "Con trai bạn có bị lẹo mắt không?"),
    ("She has a stye.", "Cô ấy bị lẹo mắt."),
    ("My father has a stye on his right eye.", "Bố tôi bị lẹo ở mắt phải."),
    ("I had a stye last month.", "Tháng trước tôi bị lẹo mắt."),
    ("She's had a stye since yesterday.", "Cô ấy bị lẹo mắt từ hôm qua."),
    # v8: "Mẹ tôi có mắt hồng.", "Con trai tôi đã có mắt hồng vào tuần trước." ("My child has pinkeye." and "I've had
    # conjunctivitis for a week." v8 writes right)
    ("My mother has pink eye.", "Mẹ tôi bị đau mắt đỏ."),
    ("My child has pinkeye.", "Con tôi bị đau mắt đỏ."),
    ("My son had pink eye last week.", "Tuần trước con trai tôi bị đau mắt đỏ."),
    ("I've had conjunctivitis for a week.", "Tôi bị viêm kết mạc một tuần nay."),
    ("Does he have pink eye?", "Anh ấy có bị đau mắt đỏ không?"),
    ("I don't have pink eye.", "Tôi không bị đau mắt đỏ."),
    ("He doesn't have conjunctivitis.", "Anh ấy không bị viêm kết mạc."),
    ("We've got pink eye.", "Chúng tôi bị đau mắt đỏ."),
    ("My daughter's had pink eye for two days.", "Con gái tôi bị đau mắt đỏ hai ngày nay."),
    ("Did your son have pink eye last week?", "Tuần trước con trai bạn có bị đau mắt đỏ không?"),
    # v8: "Tôi đã có bụi trong mắt tôi.", "Mắt tôi bị gì đó.", "Mắt bạn có cái gì đó đi không?"
    ("I've got dust in my eye.", "Có bụi bay vào mắt tôi."),
    ("Something got in my eye.", "Có gì đó bay vào mắt tôi."),
    ("Did something get in your eye?", "Có gì bay vào mắt bạn à?"),
    ("Dust got in my eye.", "Có bụi bay vào mắt tôi."),
    ("Something's in my eye.", "Có gì đó bay vào mắt tôi."),
    ("She's got something in her eye.", "Có gì đó bay vào mắt cô ấy."),
    ("My mother has got dust in her left eye.", "Có bụi bay vào mắt trái của mẹ tôi."),
    ("Have you got something in your eye?", "Có gì bay vào mắt bạn à?"),
    ("Has he got dust in his eye?", "Có bụi bay vào mắt anh ấy à?"),
    # v8: "Mắt tôi đang nước.", "Mắt tôi giữ nước.", "Mắt của bạn có nước không?"
    ("My eyes are watering.", "Mắt tôi bị chảy nước mắt."),
    ("My eyes keep watering.", "Mắt tôi cứ chảy nước mắt."),
    ("Are your eyes watering?", "Mắt bạn có bị chảy nước mắt không?"),
    ("My eyes have been watering since this morning.", "Mắt tôi bị chảy nước mắt từ sáng nay."),
    ("My eyes often water.", "Mắt tôi hay bị chảy nước mắt."),
    ("Do your eyes often water?", "Mắt bạn có hay bị chảy nước mắt không?"),
    ("My eyes aren't watering.", "Mắt tôi không bị chảy nước mắt."),
    ("My mother's eyes are watering.", "Mắt mẹ tôi bị chảy nước mắt."),
    # v8: "Mắt tôi bị ngứa trong một vài ngày.", "Mắt tôi đỏ và sưng lên trong một vài ngày."
    ("My eyes have been itchy for a few days.", "Mắt tôi bị ngứa mấy ngày nay."),
    ("My eyes have been red and swollen for a few days.", "Mắt tôi bị đỏ và sưng mấy ngày nay."),
    ("Her eyes have been red for a week.", "Mắt cô ấy bị đỏ một tuần nay."),
    ("My eyes have been itchy and swollen for the last few days.", "Mắt tôi bị ngứa và sưng mấy ngày nay."),
    # v8: "Đừng chà xát mắt!", "Hãy để chà xát mắt nhé!"
    ("Don't rub your eyes!", "Đừng dụi mắt!"),
    ("Stop rubbing your eyes!", "Đừng dụi mắt nữa!"),
    ("Don't rub your eye.", "Đừng dụi mắt."),
    ("Do not rub your eyes!", "Đừng dụi mắt!"),
    # not: asked of oneself, a "?" on a statement, the verb not agreeing, how long with "is", "has been" with no how
    # long, a pet, "twitches" (a habit?)
    ("Is my eye twitching?", None), ("My eye is twitching?", None), ("My eye are twitching.", None),
    ("My eyes is twitching.", None), ("My eye has been twitching.", None),
    ("My eye is twitching for a few days.", None), ("My dog's eye is twitching.", None), ("My eye twitches.", None),
    # not: another's eye ("her" for a son, "your" for "I"), the verb not agreeing, "had" with no day, a day with
    # "have", a pet, asked of oneself
    ("My son has a stye on her eye.", None), ("I've got a stye on your eye.", None), ("I has a stye.", None),
    ("She have a stye.", None), ("I had a stye.", None), ("I have pink eye last week.", None),
    ("My cat has pink eye.", None), ("Do I have pink eye?", None),
    ("Have I got something in my eye?", None), ("I've got dust in his eye.", None),
    ("He've got dust in his eye.", None), ("Something got in my dog's eye.", None),
    # not: a reason beyond dust, no verb, how long with "are", states now (mt/symptoms.py) or with no how long, an
    # order to rub someone else's eyes, "keep an eye on", rubbing said, the other way's language
    ("My eyes are watering from the smoke.", None), ("My eyes watering.", None),
    ("My eyes are watering for a few days.", None), ("My eyes have been itchy.", None), ("My eyes are itchy.", None),
    ("Don't rub my eyes!", None), ("Keep an eye on him.", None), ("I rubbed my eyes.", None),
    ("Mắt tôi bị giật.", None),
    # review: "do" stressing a statement is not asked ("She does have a stye."), a state said twice
    ("She does have a stye.", None), ("They do have a stye.", None), ("My mother does have pink eye.", None),
    ("My eyes have been red and red for a few days.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
