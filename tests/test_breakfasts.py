"""Breakfast: what someone usually has or had for breakfast, asked, every morning, a breakfast refused or not had,
breakfast at home or out, and a food liked for breakfast, both ways (mt/breakfasts.py)."""
import pytest

from mt.breakfasts import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The breakfast is usually eaten pho.", "My mother's breakfast was often getting buckets.", "I usually eat
    # bread in breakfast.", "My child often snugged at breakfast.", "Minh or eats rushing into breakfast."
    ("Bữa sáng tôi thường ăn phở.", "I usually have pho for breakfast."),
    ("Bữa sáng mẹ tôi thường ăn xôi.", "My mother usually has sticky rice for breakfast."),
    ("Bữa sáng tôi hay ăn bánh mì.", "I often have bread for breakfast."),
    ("Bữa sáng, tôi thường ăn phở gà.", "I usually have chicken pho for breakfast."),
    ("Tôi thường ăn bánh mì vào bữa sáng.", "I usually have bread for breakfast."),
    ("Con tôi thường ăn cháo vào bữa sáng.", "My child usually has rice porridge for breakfast."),
    ("Minh hay ăn xôi vào bữa sáng.", "Minh often has sticky rice for breakfast."),
    ("Họ thường ăn bún bò vào bữa sáng.", "They usually have beef noodle soup for breakfast."),
    ("Tôi luôn ăn trứng vào bữa sáng.", "I always have eggs for breakfast."),
    ("Tôi thường ăn mì gói vào bữa sáng.", "I usually have instant noodles for breakfast."),
    ("Bữa sáng Lan thường ăn bánh cuốn.", "Lan usually has steamed rice rolls for breakfast."),
    ("Tôi hay ăn cơm tấm vào bữa sáng.", "I often have broken rice for breakfast."),
    ("Bữa sáng tôi thường ăn ngũ cốc.", "I usually have cereal for breakfast."),
    ("Tôi thường ăn ngũ cốc với sữa vào bữa sáng.", "I usually have cereal with milk for breakfast."),
    ("Tôi thường ăn trứng ốp la vào bữa sáng.", "I usually have fried eggs for breakfast."),
    # v8: "He usually eats breakfast with bread.", "I'm usually getting breakfast with buckets.", "Uncle Hung usually
    # eat breakfast beef pho."
    ("Anh ấy thường ăn sáng bằng bánh mì.", "He usually has bread for breakfast."),
    ("Bố tôi hay ăn sáng bằng xôi.", "My father often has sticky rice for breakfast."),
    ("Bác Hùng thường ăn sáng bằng phở bò.", "Uncle Hung usually has beef pho for breakfast."),
    # v8: "The breakfast I usually eat eggs and bread.", "The breakfast I usually eat bread and milk.", "I usually eat
    # sour and fruits into breakfast.", "The breakfast we or eat pho or hammer."
    ("Bữa sáng tôi thường ăn trứng và bánh mì.", "I usually have eggs and bread for breakfast."),
    ("Bữa sáng tôi thường ăn bánh mì và uống sữa.", "I usually have bread and milk for breakfast."),
    ("Tôi thường ăn sữa chua và hoa quả vào bữa sáng.", "I usually have yogurt and fruit for breakfast."),
    ("Bữa sáng chúng tôi hay ăn phở hoặc bún.", "We often have pho or rice noodles for breakfast."),
    ("Bữa sáng chúng tôi thường ăn trứng ốp la và bánh mì.", "We usually have fried eggs and bread for breakfast."),
    ("Bữa sáng tôi thường chỉ uống cà phê.", "I usually only have coffee for breakfast."),
    ("Chồng tôi thường uống cà phê sữa vào bữa sáng.", "My husband usually has coffee with milk for breakfast."),
    # v8: "I eat pho.", "My mother had eaten buckets.", "Land also eat bread and milk.", "I drink tea."
    ("Sáng nào tôi cũng ăn phở.", "I have pho every morning."),
    ("Sáng nào mẹ tôi cũng ăn xôi.", "My mother has sticky rice every morning."),
    ("Sáng nào Lan cũng ăn bánh mì và uống sữa.", "Lan has bread and milk every morning."),
    ("Sáng nào tôi cũng uống trà.", "I have tea every morning."),
    # v8: "This morning, I eat buckets.", "This morning, my child ate eager.", "Yesterday morning, I feeding.", "Vung
    # this morning I eat banh cuon.", "The breakfast I had eaten.", "I've eaten breakfast."
    ("Sáng nay tôi ăn xôi.", "I had sticky rice this morning."),
    ("Sáng nay tôi đã ăn phở.", "I had pho this morning."),
    ("Sáng nay con tôi ăn cháo.", "My child had rice porridge this morning."),
    ("Sáng hôm qua tôi ăn bún.", "I had rice noodles yesterday morning."),
    ("Sáng nay tôi ăn bánh mì và uống cà phê.", "I had bread and coffee this morning."),
    ("Bữa sáng nay mẹ tôi ăn bánh cuốn.", "My mother had steamed rice rolls for breakfast this morning."),
    ("Bữa sáng tôi đã ăn bún.", "I had rice noodles for breakfast."),
    ("Tôi đã ăn cháo vào bữa sáng.", "I had rice porridge for breakfast."),
    ("Hôm qua tôi đã ăn phở vào bữa sáng.", "I had pho for breakfast yesterday."),
    # v8: "This morning, I eat breakfast with bread.", "Yesterday, I ate breakfast pho.", "Yesterday, I ate breakfast
    # com tam."
    ("Sáng nay tôi ăn sáng bằng bánh mì.", "I had bread for breakfast this morning."),
    ("Hôm qua tôi ăn sáng bằng phở.", "I had pho for breakfast yesterday."),
    ("Hôm qua bố tôi ăn sáng bằng cơm tấm.", "My father had broken rice for breakfast yesterday."),
    # v8: "What do you eat breakfast?", "What morning do you eat?", "What do you eat in breakfast?", "What do your
    # mother usually eat breakfast?", "The breakfast of you or eat?"
    ("Bạn thường ăn sáng bằng gì?", "What do you usually have for breakfast?"),
    ("Bạn thường ăn sáng món gì?", "What do you usually have for breakfast?"),
    ("Bữa sáng bạn thường ăn gì?", "What do you usually have for breakfast?"),
    ("Bạn thường ăn gì vào bữa sáng?", "What do you usually have for breakfast?"),
    ("Mẹ bạn thường ăn sáng bằng gì?", "What does your mother usually have for breakfast?"),
    ("Bữa sáng bạn hay ăn gì?", "What do you often have for breakfast?"),
    ("Bạn hay ăn sáng bằng gì vậy?", "What do you often have for breakfast?"),
    ("Anh thường ăn sáng bằng gì?", "What do you usually have for breakfast?"),
    # v8: "This morning, what do you eat?", "This morning, what's your breakfast?", "What did you eat breakfast?",
    # "Yesterday, what's your breakfast?", "This morning, what do your mother eats?", "The breakfast you had eaten?"
    ("Sáng nay bạn ăn gì?", "What did you eat this morning?"),
    ("Sáng nay bạn đã ăn gì?", "What did you eat this morning?"),
    ("Sáng nay mẹ bạn ăn gì?", "What did your mother eat this morning?"),
    ("Sáng hôm qua bạn ăn gì?", "What did you eat yesterday morning?"),
    ("Sáng nay bạn ăn sáng bằng gì?", "What did you have for breakfast this morning?"),
    ("Sáng nay bạn ăn sáng món gì?", "What did you have for breakfast this morning?"),
    ("Bạn đã ăn gì vào bữa sáng?", "What did you have for breakfast?"),
    ("Bữa sáng bạn đã ăn gì?", "What did you have for breakfast?"),
    ("Hôm qua bạn ăn sáng bằng gì?", "What did you have for breakfast yesterday?"),
    # v8: "I usually eat out the breakfast.", "I sometimes eat breakfast.", "I usually eat breakfast outside the row."
    # (and "My father"), "This morning, I had eaten breakfast.", "Yesterday, where do you eat breakfast?", "This
    # morning, do you eat breakfast at home?", "My father usually eats breakfast at the agency."
    ("Tôi hay ăn sáng ở ngoài.", "I often have breakfast out."),
    ("Tôi thỉnh thoảng ăn sáng ở ngoài.", "I sometimes have breakfast out."),
    ("Bố tôi thường ăn sáng ở ngoài hàng.", "My father usually has breakfast out."),
    ("Tôi thường ăn sáng ở nhà.", "I usually have breakfast at home."),
    ("Bố tôi thường ăn sáng ở cơ quan.", "My father usually has breakfast at work."),
    ("Bạn có thường ăn sáng ở nhà không?", "Do you usually have breakfast at home?"),
    ("Bạn thường ăn sáng ở đâu?", "Where do you usually have breakfast?"),
    ("Sáng nay tôi ăn sáng ở ngoài.", "I had breakfast out this morning."),
    ("Hôm qua tôi ăn sáng ở ngoài.", "I had breakfast out yesterday."),
    ("Sáng nay chúng tôi ăn sáng ở ngoài.", "We had breakfast out this morning."),
    ("Hôm qua bạn ăn sáng ở đâu?", "Where did you have breakfast yesterday?"),
    ("Sáng nay bạn có ăn sáng ở nhà không?", "Did you have breakfast at home this morning?"),
    # v8: "I don't stand breakfast.", "My son didn't stand breakfast.", "This morning, I don't get breakfast.", "My
    # daughter didn't eat breakfast.", "Lan doesn't stand breakfast."
    ("Con tôi không chịu ăn sáng.", "My child won't eat breakfast."),
    ("Con trai tôi không chịu ăn sáng.", "My son won't eat breakfast."),
    ("Con gái tôi vẫn không chịu ăn sáng.", "My daughter still won't eat breakfast."),
    ("Lan không chịu ăn sáng.", "Lan won't eat breakfast."),
    ("Sáng nay con tôi không chịu ăn sáng.", "My child wouldn't eat breakfast this morning."),
    # v8: "Yesterday morning, I don't eat breakfast."
    ("Sáng hôm qua tôi không ăn sáng.", "I didn't have breakfast yesterday morning."),
    ("Hôm qua tôi không ăn sáng.", "I didn't have breakfast yesterday."),
    ("Hôm kia anh ấy không ăn sáng.", "He didn't have breakfast the day before yesterday."),
    # v8: "I like to eat buckets at the morning.", "I like to eat pho at breakfast.", "He likes bread in breakfast.",
    # "Do you like to eat pho into breakfast?"
    ("Tôi thích ăn xôi vào buổi sáng.", "I like eating sticky rice in the morning."),
    ("Tôi thích ăn phở vào bữa sáng.", "I like eating pho for breakfast."),
    ("Anh ấy thích ăn bánh mì vào bữa sáng.", "He likes eating bread for breakfast."),
    ("Bạn có thích ăn phở vào bữa sáng không?", "Do you like eating pho for breakfast?"),
    ("Tôi không thích ăn trứng vào buổi sáng.", "I don't like eating eggs in the morning."),
    # not: a habit or a breakfast with no how often, no "đã" and no day (today's?), "sáng nay" not had (or won't?),
    # "hôm nay", no breakfast said, "I", "you" who won't eat, "anh" saying it, "em" with "ạ", "I" asked, a pet, a
    # "?" on a statement, "có" without "không", "thế" said, "nhỉ", "và" with "hoặc", "hoặc" with drinks, a list not
    # read, "dạo này", what others take (had yet, now, at a time, skipped), the other way's language, nonsense
    ("Bạn ăn sáng bằng gì?", None), ("Bữa sáng bạn ăn gì?", None), ("Tôi ăn phở vào bữa sáng.", None),
    ("Bữa sáng tôi chỉ uống cà phê.", None), ("Tôi ăn sáng ở nhà.", None), ("Bạn ăn sáng ở đâu?", None),
    ("Sáng nay tôi không ăn sáng.", None), ("Hôm nay tôi không ăn sáng.", None), ("Tôi không ăn sáng.", None),
    ("Hôm qua tôi ăn phở vào buổi sáng.", None), ("Tôi không chịu ăn sáng.", None),
    ("Bạn không chịu ăn sáng.", None), ("Anh thường ăn sáng ở nhà.", None), ("Em thường ăn sáng bằng gì ạ?", None),
    ("Sáng nay tôi ăn gì?", None), ("Tôi có thường ăn sáng ở nhà không?", None),
    ("Con chó của tôi thường ăn trứng vào bữa sáng.", None), ("Bữa sáng tôi thường ăn phở?", None),
    ("Sáng nay bạn ăn xôi?", None), ("Con tôi không chịu ăn sáng?", None), ("Bạn có thích ăn phở vào bữa sáng?", None),
    ("Bạn có thường ăn sáng ở đâu không?", None), ("Bữa sáng tôi thường ăn phở thế.", None),
    ("Sáng nay tôi ăn phở nhỉ.", None), ("Bữa sáng tôi thường ăn phở và bún hoặc xôi.", None),
    ("Bữa sáng tôi thường ăn phở hoặc bún và uống sữa.", None), ("Bữa sáng tôi thường ăn bánh chưng.", None),
    ("Hôm qua con tôi vẫn không chịu ăn sáng.", None), ("Dạo này con tôi không chịu ăn sáng.", None),
    ("Hôm qua tôi thường ăn phở vào bữa sáng.", None), ("Bữa sáng nay tôi thường ăn phở.", None),
    ("Bạn đã ăn sáng chưa?", None), ("Tôi đang ăn sáng.", None), ("Tôi ăn sáng lúc 7 giờ.", None),
    ("Tôi hay bỏ bữa sáng.", None), ("Bữa sáng của tôi thường là phở.", None),
    ("Bạn ăn phở hay bún vào bữa sáng?", None), ("Bữa sáng bạn hay ăn phở hay bún?", None),
    ("I usually have pho for breakfast.", None), ("Bữa sáng ăn phở.", None), ("Xôi xôi bữa sáng.", None),
    # reviewed: drinks "in the morning" (v: "I usually eat coffee in the morning."); "chúng ta", "mình" this morning
    # with no "đã", or "we" asking (a plan: "What did we eat this morning?"); a breakfast done with "hoặc" ("I had
    # bread or sticky rice this morning.")
    ("Tôi thường uống cà phê vào buổi sáng.", "I usually drink coffee in the morning."),
    ("Mẹ tôi thường uống trà vào buổi sáng.", "My mother usually drinks tea in the morning."),
    ("Tôi thường ăn bánh mì và uống sữa vào buổi sáng.", "I usually have bread and milk in the morning."),
    ("Tôi hay ăn phở vào buổi sáng.", "I often eat pho in the morning."),
    ("Sáng nay chúng ta ăn gì?", None), ("Sáng nay chúng ta ăn gì nhỉ?", None), ("Sáng nay chúng ta ăn phở.", None),
    ("Sáng nay chúng tôi ăn gì?", None), ("Bữa sáng nay chúng ta ăn gì?", None), ("Sáng nay mình ăn phở.", None),
    ("Sáng nay chúng ta ăn sáng bằng phở.", None), ("Sáng nay chúng ta ăn sáng ở đâu?", None),
    ("Sáng nay chúng ta ăn sáng ở ngoài.", None), ("Sáng nay chúng ta có ăn sáng ở nhà không?", None),
    ("Sáng nay chúng tôi ăn sáng ở đâu?", None),
    ("Sáng nay chúng ta đã ăn phở.", "We had pho this morning."),
    ("Sáng hôm qua chúng ta ăn phở.", "We had pho yesterday morning."),
    ("Sáng nay bạn ăn sáng ở đâu?", "Where did you have breakfast this morning?"),
    ("Sáng nay tôi ăn bánh mì hoặc xôi.", None), ("Hôm qua tôi ăn sáng bằng phở hoặc bún.", None),
    ("Bữa sáng tôi đã ăn phở hoặc bún.", None), ("Tôi đã ăn phở hoặc bún vào bữa sáng.", None),
    ("Sáng nào tôi cũng ăn phở hoặc bún.", "I have pho or rice noodles every morning."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thường phở bữa sáng.", "Mẹ tôi thường có gạo lức để ăn sáng." (brown rice), "Tôi thường có bánh mì cho
    # bữa sáng.", "Anh ấy thường ăn sáng bánh mì để ăn sáng.", "Tôi thường ăn sáng để ăn sáng.", "John thường ăn sáng."
    ("I usually have pho for breakfast.", "Tôi thường ăn phở vào bữa sáng."),
    ("My mother usually has sticky rice for breakfast.", "Mẹ tôi thường ăn xôi vào bữa sáng."),
    ("I often have bread for breakfast.", "Tôi hay ăn bánh mì vào bữa sáng."),
    ("He usually eats a banh mi for breakfast.", "Anh ấy thường ăn bánh mì vào bữa sáng."),
    ("I usually have cereal for breakfast.", "Tôi thường ăn ngũ cốc vào bữa sáng."),
    ("John usually has cereal for breakfast.", "John thường ăn ngũ cốc vào bữa sáng."),
    ("I always have eggs for breakfast.", "Tôi luôn ăn trứng vào bữa sáng."),
    ("I have pho for breakfast.", "Tôi ăn phở vào bữa sáng."),
    ("She has a banh mi for breakfast.", "Cô ấy ăn bánh mì vào bữa sáng."),
    ("I eat pho for breakfast.", "Tôi ăn phở vào bữa sáng."),
    # v8: "Đôi khi chúng cũng làm vỡ cơm cho bữa sáng.", "Tôi thường có trứng ráo cho bữa sáng.", "Chúng tôi thường hay
    # hơi nước cho bữa sáng."
    ("They sometimes have broken rice for breakfast.", "Họ thỉnh thoảng ăn cơm tấm vào bữa sáng."),
    ("I usually have fried eggs for breakfast.", "Tôi thường ăn trứng ốp la vào bữa sáng."),
    ("We often have steamed buns for breakfast.", "Chúng tôi hay ăn bánh bao vào bữa sáng."),
    # v8: "Tôi thường có trứng và bánh mì cho bữa sáng.", "Tôi thường có trứng, bánh mì và sữa cho bữa sáng.", "Chúng ta
    # thường có cơm phở hoặc cơm cho bữa sáng.", "Tôi thường ăn sữa cho bữa sáng.", "Tôi chỉ có cà phê cho bữa sáng.",
    # "Cha tôi luôn có cà phê cho bữa sáng."
    ("I usually have eggs and bread for breakfast.", "Tôi thường ăn trứng và bánh mì vào bữa sáng."),
    ("I usually have bread and milk for breakfast.", "Tôi thường ăn bánh mì và uống sữa vào bữa sáng."),
    ("I usually have eggs, bread and milk for breakfast.", "Tôi thường ăn trứng, bánh mì và uống sữa vào bữa sáng."),
    ("We usually have pho or rice noodles for breakfast.", "Chúng tôi thường ăn phở hoặc bún vào bữa sáng."),
    ("I usually have cereal with milk for breakfast.", "Tôi thường ăn ngũ cốc với sữa vào bữa sáng."),
    ("I only have coffee for breakfast.", "Tôi chỉ uống cà phê vào bữa sáng."),
    ("My father always has coffee for breakfast.", "Bố tôi luôn uống cà phê vào bữa sáng."),
    # v8: "Tôi đã phở mỗi buổi sáng.", "Mẹ tôi có gạo dính vào mỗi buổi sáng.", "Tôi có cây cầu cơm gạo mỗi buổi
    # sáng." (a bridge), "Tôi có phở ăn sáng mỗi ngày."
    ("I have pho every morning.", "Sáng nào tôi cũng ăn phở."),
    ("My mother has sticky rice every morning.", "Sáng nào mẹ tôi cũng ăn xôi."),
    ("My grandmother has rice porridge every morning.", "Sáng nào bà tôi cũng ăn cháo."),
    ("I have pho for breakfast every day.", "Sáng nào tôi cũng ăn phở."),
    # v8: "Tôi có gạo lức để ăn sáng.", "Tôi đã không có món bánh cho bữa sáng.", "Chúng tôi đã làm gạo lức cho bữa
    # sáng.", "Cô ấy có cây cầu cho bữa sáng.", "Anh ấy ăn gạo dính cho bữa sáng.", "Anh ấy có gạo dính và sữa chua
    # cho bữa sáng."
    ("I had sticky rice for breakfast.", "Tôi đã ăn xôi vào bữa sáng."),
    ("I had instant noodles for breakfast.", "Tôi đã ăn mì tôm vào bữa sáng."),
    ("We had broken rice for breakfast.", "Chúng tôi đã ăn cơm tấm vào bữa sáng."),
    ("She had rice porridge for breakfast.", "Cô ấy đã ăn cháo vào bữa sáng."),
    ("He ate sticky rice for breakfast.", "Anh ấy đã ăn xôi vào bữa sáng."),
    ("He had sticky rice and soy milk for breakfast.", "Anh ấy đã ăn xôi và uống sữa đậu nành vào bữa sáng."),
    # v8: "Tôi có phở ăn sáng sáng nay.", "Tôi có 1 bánh mì ăn sáng sáng nay.", "Tôi có cây cầu cho bữa sáng hôm qua.",
    # "Lan ăn sáng hôm qua."
    ("I had pho for breakfast this morning.", "Sáng nay tôi ăn sáng bằng phở."),
    ("I had a banh mi for breakfast this morning.", "Sáng nay tôi ăn sáng bằng bánh mì."),
    ("I had rice porridge for breakfast yesterday.", "Hôm qua tôi ăn sáng bằng cháo."),
    ("Lan had instant noodles for breakfast yesterday.", "Hôm qua Lan ăn sáng bằng mì tôm."),
    # v8: "Tôi có gạo lức sáng nay.", "Mẹ tôi có phở sáng nay.", "Tôi đã ghé qua một bánh mì sáng nay.", "Tôi có bánh mì
    # và cà phê sáng nay."
    ("I had sticky rice this morning.", "Sáng nay tôi đã ăn xôi."),
    ("My mother had pho this morning.", "Sáng nay mẹ tôi đã ăn phở."),
    ("I ate a banh mi this morning.", "Sáng nay tôi đã ăn bánh mì."),
    ("I had bread and coffee this morning.", "Sáng nay tôi đã ăn bánh mì và uống cà phê."),
    # v8: "Bạn đã ăn sáng gì?", "Bạn đã ăn sáng sáng nay?", "Bạn đã ăn sáng hôm qua?", "Mẹ bạn làm bữa sáng gì?", "Bạn
    # thường ăn sáng gì cho bữa sáng?", "Con trai của bạn thường ăn sáng gì?"
    ("What did you have for breakfast?", "Bạn đã ăn gì vào bữa sáng?"),
    ("What did you eat for breakfast?", "Bạn đã ăn gì vào bữa sáng?"),
    ("What did your mother have for breakfast?", "Mẹ bạn đã ăn gì vào bữa sáng?"),
    ("What did you have for breakfast this morning?", "Sáng nay bạn ăn sáng bằng gì?"),
    ("What did you have for breakfast yesterday?", "Hôm qua bạn ăn sáng bằng gì?"),
    ("What did you eat this morning?", "Sáng nay bạn đã ăn gì?"),
    ("What do you usually have for breakfast?", "Bạn thường ăn gì vào bữa sáng?"),
    ("What do you usually eat for breakfast?", "Bạn thường ăn gì vào bữa sáng?"),
    ("What does your mother usually have for breakfast?", "Mẹ bạn thường ăn gì vào bữa sáng?"),
    ("What does your son usually eat for breakfast?", "Con trai bạn thường ăn gì vào bữa sáng?"),
    ("What do you eat for breakfast?", "Bạn thường ăn gì vào bữa sáng?"),
    # v8: "Tôi thường ăn sáng.", "Bạn có ăn sáng không?", "Tôi ăn sáng sáng nay.", "Chúng tôi ăn sáng sáng nay.", "Tôi
    # ăn sáng hôm qua.", "Bạn có ăn sáng ở nhà không?", "Bạn có ăn sáng ở nhà sáng nay không?", "Tôi thường ăn sáng ở
    # công việc.", "Bố của bạn thường ăn sáng tại chỗ?"
    ("I usually eat breakfast out.", "Tôi thường ăn sáng ở ngoài."),
    ("Do you usually eat breakfast out?", "Bạn có thường ăn sáng ở ngoài không?"),
    ("I had breakfast out this morning.", "Sáng nay tôi ăn sáng ở ngoài."),
    ("We had breakfast out this morning.", "Sáng nay chúng tôi ăn sáng ở ngoài."),
    ("I had breakfast out yesterday.", "Hôm qua tôi ăn sáng ở ngoài."),
    ("Do you usually have breakfast at home?", "Bạn có thường ăn sáng ở nhà không?"),
    ("Did you have breakfast at home this morning?", "Sáng nay bạn có ăn sáng ở nhà không?"),
    ("I usually have breakfast at work.", "Tôi thường ăn sáng ở chỗ làm."),
    ("Does your father usually have breakfast at work?", "Bố bạn có thường ăn sáng ở chỗ làm không?"),
    ("I usually have breakfast at school.", "Tôi thường ăn sáng ở trường."),
    ("I sometimes have breakfast out.", "Tôi thỉnh thoảng ăn sáng ở ngoài."),
    ("I had breakfast at home.", "Tôi đã ăn sáng ở nhà."),
    ("Where do you usually have breakfast?", "Bạn thường ăn sáng ở đâu?"),
    ("Where did you have breakfast yesterday?", "Hôm qua bạn ăn sáng ở đâu?"),
    # v8: "Con trai tôi không ăn sáng.", "Con gái tôi từ chối ăn sáng.", "Con trai tôi từ chối ăn sáng sáng nay.",
    # "Lan sẽ không ăn sáng.", "Con trai tôi không ăn sáng sáng nay."
    ("My son won't eat breakfast.", "Con trai tôi không chịu ăn sáng."),
    ("My daughter refuses to eat breakfast.", "Con gái tôi không chịu ăn sáng."),
    ("Her son refuses to eat breakfast.", "Con trai cô ấy không chịu ăn sáng."),
    ("My daughter still won't eat breakfast.", "Con gái tôi vẫn không chịu ăn sáng."),
    ("Lan won't eat breakfast.", "Lan không chịu ăn sáng."),
    ("My son refused to eat breakfast this morning.", "Sáng nay con trai tôi không chịu ăn sáng."),
    ("My son wouldn't eat breakfast this morning.", "Sáng nay con trai tôi không chịu ăn sáng."),
    # v8: "Tôi không ăn sáng sáng nay.", "Mẹ tôi không ăn sáng sáng nay.", "Chúng tôi không ăn sáng sáng nay."
    ("I didn't have breakfast this morning.", "Sáng nay tôi không ăn sáng."),
    ("My mother didn't have breakfast this morning.", "Sáng nay mẹ tôi không ăn sáng."),
    ("We didn't eat breakfast this morning.", "Sáng nay chúng tôi không ăn sáng."),
    ("I didn't eat breakfast yesterday.", "Hôm qua tôi không ăn sáng."),
    # v8: "Tôi muốn có phở ăn sáng.", "Tôi thích ăn gạo dính vào buổi sáng.", "Cô ấy thích ăn sáng phở.", "Có phải cô
    # ấy thích ăn sáng phở không?", "Tôi thích ăn mừng cho bữa sáng." (celebrating), "Bạn có muốn ăn gạo dính vào buổi
    # sáng không?"
    ("I like to have pho for breakfast.", "Tôi thích ăn phở vào bữa sáng."),
    ("I like eating sticky rice in the morning.", "Tôi thích ăn xôi vào buổi sáng."),
    ("She likes to have pho for breakfast.", "Cô ấy thích ăn phở vào bữa sáng."),
    ("Does she like having pho for breakfast?", "Cô ấy có thích ăn phở vào bữa sáng không?"),
    ("I like to eat congee for breakfast.", "Tôi thích ăn cháo vào bữa sáng."),
    ("Do you like eating sticky rice in the morning?", "Bạn có thích ăn xôi vào buổi sáng không?"),
    ("She doesn't like eating eggs for breakfast.", "Cô ấy không thích ăn trứng vào bữa sáng."),
    # not: a verb or "do" not agreeing, "I" asked, a pet, "I", "you", "we" who won't eat, "What do you have for
    # breakfast?" and "Where do you have breakfast?" (a hotel's?), "Did you have breakfast at home?" (today's?), a
    # past with how often, a present with a day, "or" with drinks, "and" with "or", "won't" on a day, "didn't" with
    # no day, a statement with "?", breakfast had yet (mt/meals.py), skipped (mt/skipped_meals.py), foods not read, the
    # other way's language, nonsense
    ("She have pho for breakfast.", None), ("I has pho for breakfast.", None),
    ("What does you usually have for breakfast?", None), ("Do your father usually have breakfast at work?", None),
    ("Do she like eating eggs for breakfast?", None), ("My son refuse to eat breakfast.", None),
    ("What did I have for breakfast?", None), ("Do I usually have breakfast at home?", None),
    ("My dog won't eat breakfast.", None), ("My cat has eggs for breakfast.", None), ("I won't eat breakfast.", None),
    ("We won't eat breakfast.", None), ("What do you have for breakfast?", None),
    ("Where do you have breakfast?", None), ("Did you have breakfast at home?", None),
    ("I usually had pho for breakfast.", None), ("What did you usually have for breakfast?", None),
    ("I had pho for breakfast every day.", None), ("I have pho for breakfast yesterday.", None),
    ("I usually have pho or coffee for breakfast.", None),
    ("I usually have eggs, bread and coffee or milk for breakfast.", None),
    ("My son won't eat breakfast yesterday.", None), ("I didn't have breakfast.", None),
    ("I usually have pho for breakfast?", None), ("Have you had breakfast yet?", None),
    ("I often skip breakfast.", None), ("I usually have toast for breakfast.", None),
    ("I never eat breakfast.", None), ("I have breakfast at 7.", None),
    ("Bữa sáng tôi thường ăn phở.", None), ("Breakfast breakfast breakfast.", None),
    # reviewed: "we" or "our" asked ("chúng ta", or "chúng tôi"?: "What do we usually have for breakfast?" →
    # "Chúng tôi thường ăn gì …?"); "have" asked with no breakfast said ("What did you have this morning?": a class?)
    ("What do we usually have for breakfast?", None), ("What did we have for breakfast?", None),
    ("What did we eat this morning?", None), ("Where do we usually have breakfast?", None),
    ("Where did we have breakfast this morning?", None), ("Do we usually have breakfast at home?", None),
    ("Did we have breakfast out yesterday?", None), ("Do we like eating pho for breakfast?", None),
    ("What does our son usually have for breakfast?", None), ("Does our son usually have breakfast at school?", None),
    ("Did our son have breakfast at school this morning?", None), ("Does our daughter like eating eggs for breakfast?",
                                                                    None),
    ("Our son won't eat breakfast.", "Con trai chúng tôi không chịu ăn sáng."),
    ("We usually have breakfast out.", "Chúng tôi thường ăn sáng ở ngoài."),
    ("What did you have this morning?", None), ("What did you have yesterday morning?", None),
    ("What did you eat yesterday morning?", "Sáng hôm qua bạn đã ăn gì?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
