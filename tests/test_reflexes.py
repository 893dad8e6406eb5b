"""The body's small noises and reflexes: sneezing, yawning, snoring, coughing on, burping, hiccups and "Bless you!",
both ways (mt/reflexes.py)."""
import pytest

from mt.reflexes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He's snugging.", "He kept a little bit forever.", "I kept getting aunt.", "She is coughing."
    ("Anh ấy hắt hơi suốt.", "He keeps sneezing."),
    ("Anh ấy cứ hắt hơi mãi.", "He keeps sneezing."),
    ("Tôi cứ hắt xì.", "I keep sneezing."),
    ("Cô ấy ho suốt.", "She keeps coughing."),
    ("Con trai tôi ợ suốt.", "My son keeps burping."),
    ("Em bé bị nấc suốt.", "The baby keeps hiccupping."),
    # v8: "She is not coughing.", "She stopped cough."
    ("Cô ấy ho không ngừng.", "She can't stop coughing."),
    ("Cô ấy không ngừng ho.", "She can't stop coughing."),
    ("Tôi không thể ngừng ngáp.", "I can't stop yawning."),
    ("Đêm qua tôi ho suốt.", "I kept coughing last night."),
    # v8: "I'm getting all day.", "I'm getting a little all day.", "My mother was a little bit of morning."
    ("Tôi ngáp cả ngày.", "I've been yawning all day."),
    ("Tôi hắt hơi suốt cả ngày.", "I've been sneezing all day."),
    ("Mẹ tôi hắt hơi cả buổi sáng.", "My mother has been sneezing all morning."),
    ("Anh ấy ngáy suốt đêm.", "He snored all night."),
    ("Tôi ho suốt cả đêm.", "I coughed all night."),
    ("Em bé bị nấc cả buổi sáng.", "The baby has had hiccups all morning."),
    # v8: "He snoring too.", "He snored.", "My husband snoring.", "Do you snoring?", "I snoring my father."
    ("Anh ấy ngáy to quá.", "He snores so loudly."),
    ("Anh ấy ngáy to.", "He snores loudly."),
    ("Chồng tôi ngáy.", "My husband snores."),
    ("Bố tôi ngáy rất to.", "My father snores very loudly."),
    ("Bạn có ngáy không?", "Do you snore?"),
    ("Anh có ngáy không?", "Do you snore?"),
    ("Tôi không ngáy.", "I don't snore."),
    ("Anh ấy không bao giờ ngáy.", "He never snores."),
    ("Bố tôi ngáy mỗi đêm.", "My father snores every night."),
    ("Tôi hắt hơi mỗi sáng.", "I sneeze every morning."),
    ("Bạn có hay hắt hơi không?", "Do you often sneeze?"),
    ("Đêm qua tôi có ngáy không?", "Did I snore last night?"),
    ("Đêm qua anh ấy ngáy to quá.", "He snored so loudly last night."),
    ("Cô ấy đang hắt hơi.", "She's sneezing."),
    ("Anh ấy đang ngáy to quá.", "He's snoring so loudly."),
    ("Em bé đang nấc.", "The baby is hiccupping."),
    # v8: "I'm raising.", "I'm snugging.", "My child was snugged.", "Do you get stirred?"
    ("Tôi bị nấc.", "I have hiccups."),
    ("Tôi bị nấc cụt.", "I have hiccups."),
    ("Con tôi bị nấc.", "My child has hiccups."),
    ("Bạn bị nấc à?", "Do you have hiccups?"),
    ("Em bé có bị nấc không?", "Does the baby have hiccups?"),
    # v8: "How do you get all stunning?", "Why do you draft?"
    ("Làm sao để hết nấc?", "How do you get rid of hiccups?"),
    ("Làm thế nào để hết ngáy?", "How do you stop snoring?"),
    ("Sao bạn ngáp nhiều thế?", "Why are you yawning so much?"),
    ("Sao anh ấy cứ hắt hơi mãi vậy?", "Why does he keep sneezing?"),
    ("Cơm muối!", "Bless you!"),
    # not: a cough as an illness (mt/ailments.py), heartburn, a reflex alone (now, then, or always?), "anh" saying
    # it (the speaker?), snoring asked why alone, "không" without "có" … "?", asked and not, "hay bị ợ"
    ("Tôi bị ho.", None), ("Tôi bị ợ nóng.", None), ("Anh ấy ho.", None), ("Anh ấy hắt hơi.", None),
    ("Anh ngáy to quá.", None), ("Anh hắt hơi suốt.", None), ("Sao anh ấy ngáy?", None), ("Bạn ngáy không.", None),
    ("Bạn có không ngáy không?", None), ("Tôi hay bị ợ.", None), ("Anh ấy ho to quá.", None),
    ("Đêm qua anh ấy ngáy cả đêm.", None), ("Tôi đi chợ với vợ.", None),
    # review: "to thế", "to vậy" is "so loudly" ("thế" was dropped); snoring "so much" asked why is now or a habit
    ("Anh ấy ngáy to thế.", "He snores so loudly."), ("Chồng tôi ngáy to vậy.", "My husband snores so loudly."),
    ("Đêm qua anh ấy ngáy to thế.", "He snored so loudly last night."),
    ("Anh ấy đang ngáy to thế.", "He's snoring so loudly."), ("Anh ấy ngáy vậy.", "He snores."),
    ("Sao bạn ngáy nhiều thế?", None), ("Sao anh ấy ngủ ngáy nhiều thế?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy giữ thăng bằng." (keeps his balance), "Cô ấy giữ ho.", "Con trai tôi giữ cho con búp bê."
    ("He keeps sneezing.", "Anh ấy hắt hơi suốt."),
    ("I keep sneezing.", "Tôi hắt hơi suốt."),
    ("She keeps coughing.", "Cô ấy ho suốt."),
    ("My son keeps burping.", "Con trai tôi ợ suốt."),
    ("She can't stop coughing.", "Cô ấy ho không ngừng."),
    ("I can't stop yawning.", "Tôi ngáp không ngừng."),
    ("I kept coughing last night.", "Đêm qua tôi ho suốt."),
    # v8: "Cô ấy đang ăn mừng suốt cả ngày." (celebrating), "Anh ấy hoảng sợ suốt cả đêm." (scared)
    ("She's been sneezing all day.", "Cô ấy hắt hơi cả ngày."),
    ("I've been yawning all day.", "Tôi ngáp cả ngày."),
    ("He snored all night.", "Anh ấy ngáy cả đêm."),
    ("He coughed all night.", "Anh ấy ho cả đêm."),
    ("I've had hiccups all morning.", "Tôi bị nấc cả buổi sáng."),
    # v8: "Anh ấy hoảng hốt.", "Chồng tôi phiền muộn.", "Bạn có đùa không?", "Anh ấy đang ngủ không?",
    # "Bố tôi ngủ mỗi đêm.", "Tôi cà phê mỗi buổi sáng.", "Anh ấy chôn vùi nhiều." (buries)
    ("He snores loudly.", "Anh ấy ngáy to."),
    ("My husband snores.", "Chồng tôi ngáy."),
    ("My husband snores so loudly.", "Chồng tôi ngáy to quá."),
    ("Do you snore?", "Bạn có ngáy không?"),
    ("Does he snore?", "Anh ấy có ngáy không?"),
    ("I don't snore.", "Tôi không ngáy."),
    ("She doesn't snore.", "Cô ấy không ngáy."),
    ("He never snores.", "Anh ấy không bao giờ ngáy."),
    ("My dad snores every night.", "Bố tôi ngáy mỗi đêm."),
    ("I sneeze every morning.", "Tôi hắt hơi mỗi sáng."),
    ("He burps a lot.", "Anh ấy hay ợ."),
    ("Did I snore last night?", "Đêm qua tôi có ngáy không?"),
    ("He snored so loudly last night.", "Đêm qua anh ấy ngáy to quá."),
    # v8: "Cô ấy không nguôi ngoai." (not consoled)
    ("She's sneezing.", "Cô ấy đang hắt hơi."),
    ("Is the baby still hiccupping?", "Em bé vẫn đang nấc à?"),
    ("He is snoring loudly.", "Anh ấy đang ngáy to."),
    # v8: "Tôi có đồi." (hills), "Tôi đã thuê đồi.", "Bé có đồi.", "Bạn có đồi không?"
    ("I have hiccups.", "Tôi bị nấc."),
    ("I've got hiccups.", "Tôi bị nấc."),
    ("She's got the hiccups.", "Cô ấy bị nấc."),
    ("The baby has hiccups.", "Em bé bị nấc."),
    ("Do you have hiccups?", "Bạn có bị nấc không?"),
    # v8: "Bạn có thể bỏ đi đồi không?", "Trừ phi!" (unless)
    ("How do you get rid of hiccups?", "Làm sao để hết nấc?"),
    ("How can I stop snoring?", "Làm sao để hết ngáy?"),
    ("Bless you!", "Chúc bạn sức khỏe!"),
    # not: bad agreement ("He keep", "She have", "Does he has", "I snores", "I is"), a past with no time, "God bless
    # you" (thanks, too), a cough as an illness (mt/ailments.py), v8's own ("Why are you yawning?"), a reflex alone
    ("He keep sneezing.", None), ("She have hiccups.", None), ("Does he has hiccups?", None), ("I snores.", None),
    ("I is yawning.", None), ("He burped.", None), ("God bless you!", None), ("She has a cough.", None),
    ("Why are you yawning?", None), ("He sneezes.", None), ("He coughs loudly.", None),
    ("I been yawning all day.", None), ("He kept sneezing.", "Anh ấy hắt hơi suốt."),
    # review: "didn't" (its space kept) was not read as the past: "I didn't snore." was "Tôi không ngáy." (I don't)
    ("I didn't snore last night.", "Đêm qua tôi không ngáy."), ("He didn't snore.", None),
    ("She didn’t cough last night.", "Đêm qua cô ấy không ho."), ("I didn't snore.", None),
    ("He didn't snore last night.", "Đêm qua anh ấy không ngáy."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v8: "I'm going tower in school.", "I'm getting a little bit in the morning.", "My husband snoring at night.",
    # "Do you have or cough at night?", "He usually coughs during sleeping.", "My mother never tower in the class."
    ("Tôi hay ngáp trong giờ học.", "I often yawn in class."),
    ("Tôi hay hắt hơi vào buổi sáng.", "I often sneeze in the morning."),
    ("Tôi hay hắt hơi buổi sáng.", "I often sneeze in the morning."),
    ("Chồng tôi hay ngáy vào ban đêm.", "My husband often snores at night."),
    ("Chồng tôi ngáy vào ban đêm.", "My husband snores at night."),
    ("Bạn có hay ho vào buổi tối không?", "Do you often cough in the evening?"),
    ("Anh ấy thường ho khi ngủ.", "He often coughs in his sleep."),
    ("Mẹ tôi hay ho khi ngủ.", "My mother often coughs in her sleep."),
    ("Bạn có ngáy khi ngủ không?", "Do you snore in your sleep?"),
    ("Mẹ tôi không bao giờ ngáp trong lớp.", "My mother never yawns in class."),
    ("Em bé hay ợ sau khi ăn.", "The baby often burps after eating."),
    ("Chúng tôi thỉnh thoảng ngáp trong giờ học.", "We sometimes yawn in class."),
    ("Bố tôi ngáy to vào ban đêm.", "My father snores loudly at night."),
    ("Tôi không ngáy khi ngủ.", "I don't snore in my sleep."),
    # v8: "He often snoring.", "My father snoring."
    ("Anh ấy hay ngủ ngáy.", "He often snores."),
    ("Bố tôi ngủ ngáy to lắm.", "My father snores really loudly."),
    ("Anh ấy đang ngủ ngáy.", "He's snoring."),
    # v8: "Don't go tower!", "Don't snoring!", "You don't bury!", "Don't cough!"
    ("Đừng ngáp nữa!", "Stop yawning!"),
    ("Đừng ngáy nữa!", "Stop snoring!"),
    ("Con đừng ợ nữa!", "Stop burping!"),
    ("Đừng ho nữa.", "Stop coughing."),
    ("Đừng ngáp!", "Don't yawn!"),
    # v8: "She has been long tower.", "The little baby is burping.", "I'm just getting a little bit.", "Are you just
    # draft?"
    ("Cô ấy vừa ngáp dài.", "She just gave a big yawn."),
    ("Em bé vừa ợ.", "The baby just burped."),
    ("Tôi vừa hắt hơi.", "I just sneezed."),
    ("Cô ấy vừa mới hắt hơi.", "She just sneezed."),
    ("Bạn vừa ngáp à?", "Did you just yawn?"),
    ("Anh vừa ngáp à?", "Did you just yawn?"),
    # not: a time or place with no how often but snoring (this morning?), whose sleep not known (a name, "con tôi",
    # the baby), "đang" or "bị" at a time, last night at night, a "?" on a statement, "nhỉ", "ngáp dài" with no
    # "vừa", "vừa" of others ("vừa … vừa"), "dài" but yawning, "anh" saying it, told to stop sneezing or hiccupping,
    # a comma's clause, "suốt ngày"
    ("Tôi hắt hơi vào buổi sáng.", None), ("Lan hay ho khi ngủ.", None), ("Con tôi hay ho khi ngủ.", None),
    ("Em bé hay ho khi ngủ.", None), ("Tôi đang ngáp trong giờ học.", None), ("Em bé hay bị nấc vào ban đêm.", None),
    ("Đêm qua tôi ngáy vào ban đêm.", None), ("Tôi hay ngáp trong giờ học?", None), ("Anh ấy ngáy nhỉ.", None),
    ("Cô ấy ngáp dài.", None), ("Tôi vừa ngáp vừa nói.", None), ("Anh ấy vừa ho dài.", None),
    ("Anh vừa ngáp.", None), ("Bạn vừa ngáp?", None), ("Đừng hắt hơi nữa!", None), ("Đừng nấc nữa!", None),
    ("Tôi buồn ngủ quá, cứ ngáp suốt.", None), ("Anh ấy ngáp suốt ngày.", None), ("Đừng đi chợ nữa!", None),
    ("Stop yawning!", None),
    # review: "ngủ ngáy" is also sleep itself, said loosely ("không ngủ ngáy gì được": could not sleep): not that,
    # nor told to stop it ("Đừng ngủ ngáy nữa, dậy đi!": stop sleeping, get up)
    ("Tôi không ngủ ngáy.", None), ("Đêm qua tôi không ngủ ngáy.", None), ("Anh đừng ngủ ngáy nữa!", None),
    ("Đừng ngủ ngáy!", None),
])
def test_vi_en_habits_orders_just(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thường ngáp trong lớp.", "Tôi thường vỗ vào buổi sáng." (pat), "Chồng tôi thường ngủ vào ban đêm.",
    # "Bạn có thường ho không?", "Anh ấy thường ho trong giấc ngủ của anh ấy."
    ("I often yawn in class.", "Tôi hay ngáp trong giờ học."),
    ("I often sneeze in the morning.", "Tôi hay hắt hơi vào buổi sáng."),
    ("My husband often snores at night.", "Chồng tôi hay ngáy vào ban đêm."),
    ("Do you often cough in the evening?", "Bạn có hay ho vào buổi tối không?"),
    ("He often coughs in his sleep.", "Anh ấy hay ho khi ngủ."),
    ("My father snores in his sleep.", "Bố tôi ngáy khi ngủ."),
    ("Lan often coughs in her sleep.", "Lan hay ho khi ngủ."),
    ("I cough in my sleep.", "Tôi ho khi ngủ."),
    ("He snores loudly at night.", "Anh ấy ngáy to vào ban đêm."),
    ("The baby often burps after meals.", "Em bé hay ợ sau bữa ăn."),
    ("We yawn in class.", "Chúng tôi ngáp trong giờ học."),
    ("I yawn a lot in class.", "Tôi hay ngáp trong giờ học."),
    ("She never sneezes in the afternoon.", "Cô ấy không bao giờ hắt hơi vào buổi chiều."),
    ("Does your son often cough at night?", "Con trai bạn có hay ho vào ban đêm không?"),
    # v8: "Anh ấyyawns tất cả thời gian.", "Tôi nguôi ngoai suốt thời gian."
    ("He yawns all the time.", "Anh ấy ngáp suốt."),
    ("I sneeze all the time.", "Tôi hắt hơi suốt."),
    ("My mother coughs all the time.", "Mẹ tôi ho suốt."),
    # v8: "Đừng nguôi ngoai!" (don't be consoled), "Đừng lo lắng!" (don't worry), "Dừng ợ!", "Hãy ngưng ho!"
    ("Stop yawning!", "Đừng ngáp nữa!"),
    ("Stop snoring!", "Đừng ngáy nữa!"),
    ("Stop burping.", "Đừng ợ nữa."),
    ("Stop coughing!", "Đừng ho nữa!"),
    ("Don't yawn!", "Đừng ngáp!"),
    # v8: "Cô ấy chỉ mang một ngọn ngáp lớn.", "Bé chỉ vỗ.", "Tôi chỉ nguôi ngoai.", "Bạn vừa ngáp không?"
    ("She just gave a big yawn.", "Cô ấy vừa ngáp dài."),
    ("He just let out a long yawn.", "Anh ấy vừa ngáp dài."),
    ("The baby just burped.", "Em bé vừa ợ."),
    ("I just sneezed.", "Tôi vừa hắt hơi."),
    ("Did you just yawn?", "Bạn vừa ngáp à?"),
    ("Did the baby just burp?", "Em bé vừa ợ à?"),
    # not: whose sleep not who's, bad agreement, told to stop sneezing or hiccupping, a form that is not the
    # order's, "Did … gave", "just" with the present, "all the time" asked or with how often, last night at night
    ("My father snores in her sleep.", None), ("I cough in his sleep.", None), ("She yawn in class.", None),
    ("Stop sneezing!", None), ("Stop hiccupping!", None), ("Stop yawn!", None), ("Don't yawning!", None),
    ("Did she just gave a big yawn?", None), ("He just yawns.", None), ("Do you yawn all the time?", None),
    ("He often yawns all the time.", None), ("He yawns all the time?", None), ("He snores at night last night.", None),
    ("I often sneeze in the morning and at night.", None), ("Stop the car!", None), ("Tôi hay ngáp.", None),
])
def test_en_vi_habits_orders_just(text, said):
    assert translate(text, "en", "vi") == said
