"""Birthday cakes and candles: a cake ordered, bought, made or baked, the candles lit, blown out and counted, a wish
made, the cake cut, both ways (mt/birthday_cakes.py)."""
import pytest

from mt.birthday_cakes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My mother gave me a birthday to me.", "I made my birthday.", "Are you set a birthday cake?", "I put my
    # cookie birthday.", "Yesterday, I bought my birthday.", "Booked Lank cake birthday for boys.", "She's getting a
    # birthday cream.", "I'm going to set my birthday for my daughter."
    ("Mẹ tôi đặt bánh sinh nhật cho tôi.", "My mother ordered a birthday cake for me."),
    ("Tôi tự làm bánh sinh nhật cho con.", "I made a birthday cake for my child myself."),
    ("Mẹ tôi tự nướng bánh sinh nhật cho tôi.", "My mother baked a birthday cake for me herself."),
    ("Bác Lan tự làm bánh sinh nhật cho tôi.", "Aunt Lan made a birthday cake for me herself."),
    ("Bạn đã đặt bánh sinh nhật chưa?", "Have you ordered the birthday cake yet?"),
    ("Bạn đặt bánh sinh nhật chưa?", "Have you ordered the birthday cake yet?"),
    ("Mẹ bạn đặt bánh sinh nhật chưa?", "Has your mother ordered the birthday cake yet?"),
    ("Tôi đặt bánh sinh nhật rồi.", "I have already ordered the birthday cake."),
    ("Tôi chưa đặt bánh sinh nhật.", "I haven't ordered the birthday cake yet."),
    ("Chị ấy đang làm bánh kem sinh nhật.", "She is making a birthday cake."),
    ("Lan nướng bánh sinh nhật cho bạn trai của cô ấy.", "Lan baked a birthday cake for her boyfriend."),
    ("Tôi sẽ đặt bánh sinh nhật cho con gái tôi.", "I will order a birthday cake for my daughter."),
    ("Hôm qua mẹ tôi mua bánh sinh nhật.", "My mother bought a birthday cake yesterday."),
    ("Chúng tôi đã mua một cái bánh kem cho bố.", "We bought a cake for our father."),
    ("Ngày mai tôi sẽ đặt bánh sinh nhật.", "I will order a birthday cake tomorrow."),
    ("Anh ấy vừa mua bánh sinh nhật cho vợ anh ấy.", "He has just bought a birthday cake for his wife."),
    ("Tối nay tôi sẽ nướng bánh sinh nhật.", "I will bake a birthday cake tonight."),
    ("Hôm nay tôi đã làm bánh sinh nhật cho con.", "I made a birthday cake for my child today."),
    # v8: "We cut our birthday.", "My son blew his candle.", "My son blew off the candle.", "Are you blowing the
    # candle?", "She's about to blow the candle.", "My mother pluged up the cookie.", "We haven't cut our cake."
    ("Chúng tôi cắt bánh sinh nhật.", "We cut the birthday cake."),
    ("Con trai tôi thổi nến.", "My son blew out the candles."),
    ("Con trai tôi vừa thổi tắt nến.", "My son has just blown out the candles."),
    ("Bạn thổi nến chưa?", "Have you blown out the candles yet?"),
    ("Cô ấy sắp thổi nến.", "She is about to blow out the candles."),
    ("Mẹ tôi cắm nến lên bánh.", "My mother put the candles on the cake."),
    ("Bố tôi thắp nến trên bánh sinh nhật.", "My father lit the candles on the birthday cake."),
    ("Tôi đã ước một điều trước khi thổi nến.", "I made a wish before blowing out the candles."),
    ("Chúng tôi chưa cắt bánh.", "We haven't cut the cake yet."),
    # v8: "Turkey!", "Circumcision!", "The candle went.", "The candle went on the cookie.", "Hold your eyes and
    # wish.", "Estimate one thing before blowing the candle."
    ("Thổi nến đi!", "Blow out the candles!"),
    ("Con thổi nến đi!", "Blow out the candles!"),
    ("Hãy thổi hết nến đi!", "Blow out all the candles!"),
    ("Thổi nến thôi!", "Let's blow out the candles!"),
    ("Cắt bánh thôi!", "Let's cut the cake!"),
    ("Cắt bánh sinh nhật đi.", "Cut the birthday cake."),
    ("Thắp nến lên đi.", "Light the candles."),
    ("Thắp nến lên thôi!", "Let's light the candles!"),
    ("Cắm nến lên bánh đi.", "Put the candles on the cake."),
    ("Nhắm mắt lại và ước đi!", "Close your eyes and make a wish!"),
    ("Ước một điều trước khi thổi nến đi.", "Make a wish before you blow out the candles."),
    # v8: "What do you wish before blowing the candle?", "What's you wish?"
    ("Con ước điều gì trước khi thổi nến?", "What did you wish for before blowing out the candles?"),
    ("Bạn đã ước gì?", "What did you wish for?"),
    ("Mẹ bạn đã ước điều gì?", "What did your mother wish for?"),
    # v8: "There were ten candles.", "There were twenty candles on the cookie.", "How many circumstances do?", "Are
    # there some candles on the cookie?"
    ("Bánh có mười cây nến.", "The cake has ten candles."),
    ("Trên bánh có hai mươi cây nến.", "There are twenty candles on the cake."),
    ("Bánh sinh nhật có bao nhiêu cây nến?", "How many candles does the birthday cake have?"),
    ("Trên bánh có mấy cây nến?", "How many candles are there on the cake?"),
    ("Trên bánh có một cây nến.", "There is one candle on the cake."),
    ("Bánh có 30 ngọn nến.", "The cake has 30 candles."),
    # not: a plain verb alone (made one, or makes them?), "có … không?" (did, or will?), "I" asked, a pet, "anh"
    # saying it, a "?" on a statement, the candles lit with no cake (a power cut?), "Ước gì?" with neither "đã" nor
    # the candles, "bánh kem" uncounted, oneself as whom, a day ahead with no "sẽ", "rồi" with a day, "tự" with a
    # name alone (himself or herself?), "chúng ta" (let's?), "em" with "ạ" (the speaker), "ước gì" (I wish)
    ("Mẹ tôi làm bánh sinh nhật.", None), ("Bạn có đặt bánh sinh nhật không?", None),
    ("Tôi đã đặt bánh sinh nhật chưa?", None), ("Con mèo thổi nến.", None), ("Anh thổi nến.", None),
    ("Mẹ tôi đặt bánh sinh nhật cho tôi?", None), ("Tôi thắp nến.", None), ("Bạn ước gì?", None),
    ("Tôi mua bánh kem.", None), ("Ngày mai mẹ tôi đặt bánh sinh nhật.", None),
    ("Tôi đặt bánh sinh nhật cho tôi.", None), ("Thổi nến.", None), ("Thổi nến đi?", None),
    ("Mất điện rồi, thắp nến lên đi.", None), ("Tôi ước gì được đi du lịch.", None), ("Bánh có mười cây nến?", None),
    ("Hôm qua tôi đặt bánh sinh nhật rồi.", None), ("Lan tự làm bánh sinh nhật cho tôi.", None),
    ("Chúng ta cắt bánh sinh nhật.", None), ("Em thổi nến đi ạ.", None), ("Tôi cắt bánh mì.", None),
    ("Mẹ tôi làm bánh sinh nhật nhỉ.", None), ("Hôm nay mẹ tôi làm bánh sinh nhật.", None),
    ("Tôi sẽ ước một điều trước khi thổi nến.", None),  # ("nhỉ": asks to be agreed with)
    # "em", "con", "cháu" with "ạ" are the speaker; "nhé" after any but "bạn" may be the speaker's offer ("Con thổi
    # nến nhé!": let me); "bạn" with a plain verb (you did, or do it!); "mình" (I, or we?); whose after kin, "anh
    # ấy", "cô ấy" being another ("Mẹ tôi … em gái cô ấy": not my mother's)
    ("Em đặt bánh sinh nhật chưa ạ?", None), ("Em đã thổi nến chưa ạ?", None), ("Em đã ước gì ạ?", None),
    ("Con đã ước gì ạ?", None), ("Cháu đã ước gì ạ?", None), ("Con ước gì trước khi thổi nến ạ?", None),
    ("Con thổi nến đi ạ.", None), ("Cháu thổi nến đi ạ.", None), ("Con thổi nến nhé!", None),
    ("Anh thổi nến nhé!", None), ("Em thổi nến nhé.", None), ("Chị thổi nến nhé!", None),
    ("Bạn thổi nến nhé!", "Blow out the candles!"), ("Em nhắm mắt lại và ước đi!", "Close your eyes and make a wish!"),
    ("Bạn thổi nến.", None), ("Bạn cắt bánh.", None), ("Bạn mua bánh sinh nhật cho tôi.", None),
    ("Bạn sẽ thổi nến.", "You will blow out the candles."),
    ("Hôm qua bạn mua bánh sinh nhật.", "You bought a birthday cake yesterday."),
    ("Mình thổi nến.", None), ("Mình đã đặt bánh sinh nhật rồi.", None),
    ("Mẹ tôi mua bánh sinh nhật cho em gái cô ấy.", None), ("Bố tôi mua bánh sinh nhật cho vợ anh ấy.", None),
    ("My mother ordered a birthday cake for me.", None),  # (the other way's language)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi ra lệnh bánh sinh nhật cho tôi.", "Tôi làm một chiếc bánh sinh nhật cho chính con trai tôi.", "Bạn
    # có lệnh bánh sinh nhật chưa?", "Tôi đã ra lệnh bánh sinh nhật.", "Tôi sẽ yêu một chiếc bánh sinh nhật …",
    # "Lan đánh một chiếc bánh sinh nhật cho cậu béfriend."
    ("My mother ordered a birthday cake for me.", "Mẹ tôi đặt bánh sinh nhật cho tôi."),
    ("I made a birthday cake for my son myself.", "Tôi tự làm bánh sinh nhật cho con trai tôi."),
    ("I made the birthday cake myself.", "Tôi đã tự làm bánh sinh nhật."),
    ("She baked a birthday cake herself.", "Cô ấy đã tự nướng bánh sinh nhật."),
    ("Have you ordered the birthday cake yet?", "Bạn đã đặt bánh sinh nhật chưa?"),
    ("Has your mother ordered the birthday cake yet?", "Mẹ bạn đã đặt bánh sinh nhật chưa?"),
    ("I've already ordered the birthday cake.", "Tôi đã đặt bánh sinh nhật rồi."),
    ("I haven't ordered the birthday cake yet.", "Tôi chưa đặt bánh sinh nhật."),
    ("She is making a birthday cake.", "Cô ấy đang làm bánh sinh nhật."),
    ("I will order a birthday cake for my daughter.", "Tôi sẽ đặt bánh sinh nhật cho con gái tôi."),
    ("I'll buy a birthday cake tomorrow.", "Ngày mai tôi sẽ mua bánh sinh nhật."),
    ("My mother bought a birthday cake yesterday.", "Hôm qua mẹ tôi mua bánh sinh nhật."),
    ("We bought a birthday cake for her.", "Chúng tôi mua bánh sinh nhật cho cô ấy."),
    ("He has just bought a birthday cake for his wife.", "Anh ấy vừa mua bánh sinh nhật cho vợ anh ấy."),
    ("I bought a birthday cake.", "Tôi đã mua bánh sinh nhật."),
    ("I baked a birthday cake today.", "Hôm nay tôi đã nướng bánh sinh nhật."),
    # ("Bạn mua … cho tôi." alone may ask it of you)
    ("You bought a birthday cake for me.", "Bạn đã mua bánh sinh nhật cho tôi."),
    # v8: "Hãy nhìn ngọn nến!" (look at), "Ánh sáng ngọn nến.", "Hãy ước nhé!", "Hãy ước trước khi bạn thổi nến!"
    ("Blow out the candles!", "Thổi nến đi!"),
    ("Blow out all the candles!", "Thổi hết nến đi!"),
    ("Let's blow out the candles!", "Thổi nến thôi!"),
    ("Let's cut the cake!", "Cắt bánh thôi!"),
    ("Cut the birthday cake.", "Cắt bánh sinh nhật đi."),
    ("Light the candles.", "Thắp nến lên đi."),
    ("Put the candles on the cake.", "Cắm nến lên bánh đi."),
    ("Make a wish!", "Ước một điều đi!"),
    ("Close your eyes and make a wish.", "Nhắm mắt lại và ước một điều đi."),
    ("Make a wish before you blow out the candles!", "Ước một điều trước khi thổi nến đi!"),
    # v8: "Bạn muốn gì trước khi thổi những ngọn nến?", "Bạn muốn gì?"
    ("What did you wish for before blowing out the candles?", "Bạn đã ước điều gì trước khi thổi nến?"),
    ("What did you wish for?", "Bạn đã ước điều gì?"),
    ("What did your son wish for?", "Con trai bạn đã ước điều gì?"),
    # v8: "Con trai tôi chỉ thổi những ngọn nến.", "Bạn đã thổi ra ngọn nến chưa?", "Chúng tôi chưa cắt rắn." (a
    # snake), "Mẹ tôi đặt nến trên bánh chưng."
    ("We cut the birthday cake.", "Chúng tôi cắt bánh sinh nhật."),
    ("He cut the cake.", "Anh ấy đã cắt bánh."),
    ("He blew out the candles.", "Anh ấy đã thổi nến."),
    ("My son has just blown out the candles.", "Con trai tôi vừa thổi nến."),
    ("Have you blown out the candles yet?", "Bạn đã thổi nến chưa?"),
    ("Has Lan blown out the candles yet?", "Lan đã thổi nến chưa?"),
    ("She is about to blow out the candles.", "Cô ấy sắp thổi nến."),
    ("My mother put the candles on the cake.", "Mẹ tôi đã cắm nến lên bánh."),
    ("My father lit the candles on the birthday cake.", "Bố tôi đã thắp nến trên bánh sinh nhật."),
    ("I made a wish before blowing out the candles.", "Tôi đã ước một điều trước khi thổi nến."),
    ("We haven't cut the cake yet.", "Chúng tôi chưa cắt bánh."),
    ("She's cutting the birthday cake.", "Cô ấy đang cắt bánh sinh nhật."),
    # v8: "Chiếc bánh có mười nến.", "Có hai mươi nến trên bánh chưng.", "Có bao nhiêu ngọn nến làm bánh?"
    ("The cake has ten candles.", "Bánh có mười cây nến."),
    ("There are twenty candles on the cake.", "Trên bánh có hai mươi cây nến."),
    ("There are 30 candles on the birthday cake.", "Trên bánh sinh nhật có 30 cây nến."),
    ("There is one candle on the cake.", "Trên bánh có một cây nến."),
    ("How many candles are on the birthday cake?", "Trên bánh sinh nhật có bao nhiêu cây nến?"),
    ("How many candles does the cake have?", "Bánh có bao nhiêu cây nến?"),
    # not: "Did … ?" (did, or will?), the verb or the count not agreeing with who ("She have", "She order", "ten
    # candle", "There is ten"), oneself as whom, a day not the tense's, "yet" said, "myself" of a name alone
    # (himself or herself?), "Let's make a wish", "I" asked, a habit ("He cuts"), a pet, a "?" on a command, the
    # candles lit with no cake, and another language
    ("Did you order the birthday cake?", None), ("She have ordered the birthday cake.", None),
    ("She order a birthday cake.", None), ("I ordered a birthday cake for me.", None),
    ("I will order a birthday cake yesterday.", None), ("I bought a birthday cake yet.", None),
    ("Lan baked a birthday cake herself.", None), ("Let's make a wish!", None), ("What did I wish for?", None),
    ("He cuts the cake.", None), ("My dog blew out the candles.", None), ("The cake has ten candle.", None),
    ("There is ten candles on the cake.", None), ("There are one candles on the cake.", None),
    ("Blow out the candles?", None), ("I light the candles.", None), ("Light a candle.", None),
    ("The candles are lit.", None), ("I baked a cake.", None), ("Thổi nến đi!", None),
    # ("vợ anh ấy" after "Bố tôi" is another man's wife)
    ("My father bought a birthday cake for his wife.", None),
    ("My mother bought a birthday cake for her sister.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
