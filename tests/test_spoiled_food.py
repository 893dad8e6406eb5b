"""Food gone off: gone off, sour, mouldy or rotten, smelling off, still OK to eat, something off eaten, and spoiled
food thrown away, both ways (mt/spoiled_food.py)."""
import pytest

from mt.spoiled_food import translate


@pytest.mark.parametrize("text, said", [
    # v8: "You're getting a sake.", "The muscles are tested.", "He's been getting ready.", "Food is carved.", "This
    # food is broken.", "It's a good body.", "Beef has been hugged.", "Is the body adminated?", "Do you have a test?",
    # "The muscles have not been underwear."
    ("Đồ ăn bị thiu rồi.", "The food has gone off."),
    ("Cơm bị thiu rồi.", "The rice has gone off."),
    ("Canh bị thiu rồi.", "The soup has gone off."),
    ("Thức ăn bị ôi rồi.", "The food has gone off."),
    ("Đồ ăn này bị hỏng rồi.", "This food has gone off."),
    ("Cơm này thiu rồi.", "This rice has gone off."),
    ("Thịt bò đã bị ôi.", "The beef has gone off."),
    ("Cơm có bị thiu không?", "Has the rice gone off?"),
    ("Canh bị thiu rồi à?", "Has the soup gone off?"),
    ("Cơm chưa bị thiu.", "The rice hasn't gone off yet."),
    # v8: "He has soured.", "The muscles are milestone."; right where mt/supplies.py takes it first ("The milk has gone
    # sour.", "The bread has gone mouldy.", "These eggs have gone rotten.")
    ("Canh bị chua rồi.", "The soup has gone sour."),
    ("Sữa bị chua rồi.", "The milk has gone sour."),
    ("Bánh mì bị mốc rồi.", "The bread has gone mouldy."),
    ("Cơm bị mốc rồi.", "The rice has gone mouldy."),
    ("Trứng này bị thối rồi.", "These eggs have gone rotten."),
    ("Trái cây bị thối rồi.", "The fruit has gone rotten."),
    # v8: "This may be smelly.", "This fish is smelly.", "The fish is smelly.", "The market starts smelling.", "Tom
    # smelled."
    ("Thịt này có mùi rồi.", "This meat smells off."),
    ("Cá này có mùi rồi.", "This fish smells off."),
    ("Cá hơi có mùi rồi.", "The fish smells a bit off."),
    ("Thịt bắt đầu có mùi rồi.", "The meat is starting to smell off."),
    ("Tôm có mùi rồi.", "The prawns smell off."),
    # v8: "Is this also eaten?", "Can this rice be eating?", "Is it possible to drink?", "Is it left to eat?", "This is
    # still eating.", "This rice isn't eating anymore."
    ("Cái này còn ăn được không?", "Is this still OK to eat?"),
    ("Cơm này còn ăn được không?", "Is this rice still OK to eat?"),
    ("Sữa này còn uống được không?", "Is this milk still OK to drink?"),
    ("Trứng còn ăn được không?", "Are the eggs still OK to eat?"),
    ("Cái này vẫn còn ăn được.", "This is still OK to eat."),
    ("Cơm này không ăn được nữa rồi.", "This rice isn't OK to eat any more."),
    # v8: "I have a stomachache because I eat hurry.", "My mother was a stomachache by eating a food.", "We are getting
    # diarrhea because we eat hulls.", "Yesterday, I had a stomachache by eating a cartilage." ("He has a stomach ache
    # from eating spoiled food.": mt/digestion.py's, right)
    ("Tôi bị đau bụng vì ăn phải đồ ôi.", "I've got a stomach ache from eating something off."),
    ("Mẹ tôi bị đau bụng vì ăn phải đồ ăn thiu.", "My mother has got a stomach ache from eating something off."),
    ("Anh ấy bị đau bụng do ăn phải thức ăn ôi thiu.", "He's got a stomach ache from eating something off."),
    ("Chúng tôi bị tiêu chảy vì ăn phải đồ ôi.", "We've got diarrhoea from eating something off."),
    ("Hôm qua tôi bị đau bụng vì ăn phải đồ ôi.", "Yesterday I had a stomach ache from eating something off."),
    ("Lan đã bị đau bụng vì ăn phải đồ ôi.", "Lan had a stomach ache from eating something off."),
    # v8: "I eat hully.", "I'm sure I'm getting a hull.", "It's like my mother ate to hull.", "Do you eat hully?", "She
    # doesn't have to eat food.", "Last night, we ate to rubble."
    ("Tôi ăn phải đồ ôi.", "I ate something off."),
    ("Tôi ăn phải đồ ôi rồi.", "I've eaten something off."),
    ("Chắc tôi ăn phải đồ ôi rồi.", "I must have eaten something off."),
    ("Hình như tôi ăn phải đồ ôi rồi.", "I think I've eaten something off."),
    ("Hình như mẹ tôi ăn phải đồ ôi.", "I think my mother ate something off."),
    ("Bạn có ăn phải đồ ôi không?", "Did you eat something off?"),
    ("Cô ấy không ăn phải đồ ôi.", "She didn't eat anything off."),
    ("Tối qua chúng tôi ăn phải đồ ăn bị hỏng.", "We ate something off last night."),
    # v8: "My mother had a rubbered milk.", "I was getting a milestone bread.", "He silked eggs.", "We'll fire the
    # bodies.", "Have you stopped bread yet?", "Did Lan poured this hub?", "The body goes away.", "Uncover it!"
    ("Mẹ tôi vứt sữa hỏng đi rồi.", "My mother has thrown the spoiled milk away."),
    ("Tôi đã vứt bánh mì mốc đi.", "I threw the mouldy bread away."),
    ("Anh ấy vừa vứt trứng thối đi.", "He's just thrown the rotten eggs away."),
    ("Chúng tôi sẽ vứt cơm thiu đi.", "We'll throw the spoiled rice away."),
    ("Bạn vứt bánh mì mốc đi chưa?", "Have you thrown the mouldy bread away yet?"),
    ("Lan đã vứt thịt ôi này đi chưa?", "Has Lan thrown this spoiled meat away yet?"),
    ("Vứt cơm thiu đi.", "Throw the spoiled rice away."),
    ("Bỏ canh thiu đi!", "Throw the spoiled soup away!"),
    # not: a food with a word it does not go off with ("cơm hỏng": cooked wrong?), "chua" with no "rồi" (a taste),
    # "sữa chua" (yoghurt), a noun alone, out of date (mt/fridge.py), asked with "chưa", "nhỉ", "?" on a statement,
    # "có mùi" with no "rồi" or of "cái này", "không ăn được nữa" of "cái này" (full?), "anh" alone saying it, "tôi"
    # asked, "chắc" with no "rồi", thrown with no tense, thrown yoghurt or a sour soup, food poisoning, a dog
    ("Cơm bị hỏng rồi.", None), ("Canh bị chua.", None), ("Sữa chua rồi.", None), ("Cơm thiu.", None),
    ("Sữa hết hạn rồi.", None), ("Cơm thiu chưa?", None), ("Cơm bị thiu rồi nhỉ.", None), ("Cơm bị thiu rồi?", None),
    ("Bánh mì bị thiu rồi.", None), ("Thịt này có mùi.", None), ("Cái này có mùi rồi.", None),
    ("Cái này không ăn được nữa rồi.", None), ("Sữa này còn ăn được không?", None), ("Cơm còn ăn được?", None),
    ("Anh bị đau bụng vì ăn phải đồ ôi.", None), ("Tôi có ăn phải đồ ôi không?", None),
    ("Chắc tôi ăn phải đồ ôi.", None), ("Mẹ tôi vứt sữa hỏng đi.", None), ("Vứt sữa chua đi.", None),
    ("Vứt canh chua đi.", None), ("Tôi bị ngộ độc thực phẩm.", None), ("Con chó ăn phải đồ ôi.", None),
    ("Xe tôi bị hỏng rồi.", None), ("Tôi vứt nó đi rồi.", None), ("The food has gone off.", None),
    ("Cơm có thiu không?", None), ("Tôi không bị đau bụng vì ăn phải đồ ôi.", None),
    # ... nor "canh chua rồi" without "bị" (a sour soup, or sour enough?), "nó" (he or she can still eat?), nor a pet
    ("Canh chua rồi.", None), ("Nó còn ăn được không?", None), ("Nó vẫn còn ăn được.", None),
    ("Nó còn uống được không?", None), ("Con chó của tôi ăn phải đồ ôi.", None),
    ("Con mèo của tôi bị tiêu chảy vì ăn phải đồ ôi.", None), ("Chắc con chó của tôi ăn phải đồ ôi rồi.", None),
    ("Con chó của tôi vứt thịt ôi đi rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Thức ăn đã hết rồi." (run out), "Gạo đã ra khỏi." (left), "Món xúp đã ra đi.", "Gạo rau chưa?", "Món xúp đã
    # đi du lịch." (travelled); right where mt/supplies.py takes it first ("Bánh mì bị mốc rồi.")
    ("The food has gone off.", "Đồ ăn bị thiu rồi."),
    ("The rice has gone off.", "Cơm bị thiu rồi."),
    ("The soup has gone off!", "Canh bị thiu rồi!"),
    ("This food has gone off.", "Đồ ăn này bị thiu rồi."),
    ("The meat has gone bad.", "Thịt bị ôi rồi."),
    ("Has the rice gone off?", "Cơm có bị thiu không?"),
    ("The rice hasn't gone off yet.", "Cơm chưa bị thiu."),
    ("The soup has gone sour.", "Canh bị chua rồi."),
    ("The bread has gone mouldy.", "Bánh mì bị mốc rồi."),
    ("The cheese is mouldy.", "Phô mai bị mốc rồi."),
    ("These eggs are rotten.", "Trứng này bị thối rồi."),
    ("The fruit's gone rotten.", "Hoa quả bị thối rồi."),
    # v8: "Loại thịt này ngửi mùi.", "Những mùi sữa ngoài ra.", "Những vết bớt bắt đầu làm mùi." (birthmarks)
    ("This meat smells off.", "Thịt này có mùi rồi."),
    ("The milk smells off.", "Sữa có mùi rồi."),
    ("The fish smells a bit off.", "Cá hơi có mùi rồi."),
    ("The prawns are starting to smell off.", "Tôm bắt đầu có mùi rồi."),
    # v8: "Điều này vẫn còn ổn định không?" (stable), "Sữa vẫn tốt không?", "Nó vẫn còn được không?", "Gạo này không
    # thể ăn thêm bất kỳ món nào nữa."
    ("Is this still OK to eat?", "Cái này còn ăn được không?"),
    ("Is the rice still OK to eat?", "Cơm còn ăn được không?"),
    ("Is this milk still OK to drink?", "Sữa này còn uống được không?"),
    ("Is the milk still good?", "Sữa còn uống được không?"),
    ("Are these eggs still safe to eat?", "Trứng này còn ăn được không?"),
    ("Is it still edible?", "Nó còn ăn được không?"),
    ("This is still OK to eat.", "Cái này vẫn còn ăn được."),
    ("This rice isn't OK to eat any more.", "Cơm này không ăn được nữa rồi."),
    # v8: "Tôi bị đau bụng do ăn gì đó.", "Mẹ tôi bị đau bụng vì ăn gì đó tắt." (switched off), "Hôm qua Tôi bị đau
    # bụng do ăn gì đó."
    ("I've got a stomach ache from eating something off.", "Tôi bị đau bụng vì ăn phải đồ ôi."),
    ("My mother has an upset stomach from eating something off.", "Mẹ tôi bị đau bụng vì ăn phải đồ ôi."),
    ("She's got diarrhoea from eating something off.", "Cô ấy bị tiêu chảy vì ăn phải đồ ôi."),
    ("Yesterday I had a stomach ache from eating something off.", "Hôm qua tôi bị đau bụng vì ăn phải đồ ôi."),
    ("We had an upset stomach from eating something off.", "Chúng tôi đã bị đau bụng vì ăn phải đồ ôi."),
    # v8: "Tôi ghét cái gì đó ra." (hate), "Tôi phải ăn cái gì đó ra.", "Bạn có ăn cái gì đó khỏi không?", "Anh ta
    # không ăn gì hết.", "Hãy ăn cắp cái gì đó khỏi hôm qua." (steal)
    ("I ate something off.", "Tôi ăn phải đồ ôi."),
    ("I think I ate something off.", "Hình như tôi ăn phải đồ ôi."),
    ("I must have eaten something off.", "Chắc tôi ăn phải đồ ôi rồi."),
    ("My son has eaten something off.", "Con trai tôi ăn phải đồ ôi rồi."),
    ("Did you eat something off?", "Bạn có ăn phải đồ ôi không?"),
    ("He didn't eat anything off.", "Anh ấy không ăn phải đồ ôi."),
    ("Lan ate something off yesterday.", "Hôm qua Lan ăn phải đồ ôi."),
    # v8: "Mẹ tôi đã ném sữa bị vẹo ra.", "Tôi ném ổ bánh mì xuống.", "Tôi sẽ ném gạo xốp ra ngoài.", "Hãy bỏ bánh mì
    # ra ngoài." (the mould lost), "Hãy để món thịt bị bít tết này!"
    ("My mother has thrown the spoiled milk away.", "Mẹ tôi vứt sữa hỏng đi rồi."),
    ("I threw away the mouldy bread.", "Tôi đã vứt bánh mì mốc đi."),
    ("We've just thrown the rotten eggs out.", "Chúng tôi vừa vứt trứng thối đi."),
    ("I'll throw the spoiled rice away.", "Tôi sẽ vứt cơm thiu đi."),
    ("Have you thrown the spoiled milk away yet?", "Bạn vứt sữa hỏng đi chưa?"),
    ("Throw the mouldy bread away.", "Vứt bánh mì mốc đi."),
    ("Throw out this spoiled meat!", "Vứt thịt ôi này đi!"),
    # not: "is off", "is bad", "is sour" (the light? a taste?), "went off" (when?), a verb or "these" not agreeing, a
    # food with a word it does not go off with ("The bread has gone sour."), out of date (mt/fridge.py), smells bad
    # (mt/smells.py), "still good" of "it" (what?), milk eaten, "anything" said, "I think" asked, "away" twice or
    # not at all, "sour milk" (not "sữa chua", yoghurt), food poisoning, the other way's language
    ("The milk is off.", None), ("The food is bad.", None), ("The soup is sour.", None),
    ("The milk went off.", None), ("The rice have gone off.", None), ("These rice has gone off.", None),
    ("The bread has gone sour.", None), ("The milk is out of date.", None), ("This meat smells bad.", None),
    ("Is it still good?", None), ("Is the milk still OK to eat?", None), ("I ate anything off.", None),
    ("She have eaten something off.", None), ("My mother have got a stomach ache from eating something off.", None),
    ("Throw the mouldy bread.", None), ("Throw away the mouldy bread away.", None),
    ("Throw the sour milk away.", None), ("I've got food poisoning.", None), ("Đồ ăn bị thiu rồi.", None),
    ("The rice has gone off?", None), ("This meat smells off?", None), ("I throw the mouldy bread away.", None),
    # ... nor a pet ("an animal as who")
    ("My dog ate something off.", None), ("Did my dog eat something off?", None),
    ("My cat has got diarrhoea from eating something off.", None), ("My dog has thrown the spoiled meat away.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
