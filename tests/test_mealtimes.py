"""At the family table: the meal ready, come and eat, help yourself, some more, full, what is cooking, who cooked this,
it smells good, what's for dinner, both ways (mt/mealtimes.py)."""
import pytest

from mt.mealtimes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The rice is nine.", "Eat alone!", "People ate muscles!", "Let's Eat!"
    ("Cơm chín rồi.", "Dinner's ready."),
    ("Cơm chín rồi!", "Dinner's ready!"),
    ("Cơm trưa chín rồi ạ.", "Lunch is ready."),
    ("Bữa sáng đã sẵn sàng.", "Breakfast is ready."),
    ("Cơm chín chưa?", "Is dinner ready?"),
    ("Ăn cơm thôi!", "Let's eat!"),
    ("Ăn cơm nào!", "Let's eat!"),
    ("Chúng ta ăn cơm thôi.", "Let's eat."),
    ("Vào ăn cơm thôi!", "Come and eat!"),
    ("Mọi người ăn cơm đi!", "Come and eat, everyone!"),
    ("Các con ơi, vào ăn cơm thôi!", "Come and eat, kids!"),
    ("Ăn cơm thôi, cả nhà!", "Come and eat, everyone!"),
    # v8: "It's time to eat muscles!"
    ("Đến giờ ăn cơm rồi!", "It's time to eat!"),
    ("Đến giờ ăn tối rồi.", "It's dinner time."),
    # v8: "It's natural.", "You're natural."
    ("Cứ tự nhiên.", "Help yourself."),
    ("Bạn cứ tự nhiên nhé.", "Help yourself."),
    ("Mọi người cứ tự nhiên.", "Help yourselves."),
    ("Cứ tự nhiên như ở nhà nhé.", "Make yourself at home."),
    # v8: "Do you want to add?", "Do you want to add muscles?", "You eat some more."
    ("Bạn có muốn thêm không?", "Would you like some more?"),
    ("Bạn có muốn thêm cơm không?", "Would you like some more rice?"),
    ("Anh có muốn ăn thêm không?", "Would you like some more?"),
    ("Mẹ bạn có muốn ăn thêm không?", "Would your mother like some more?"),
    ("Tôi muốn ăn thêm.", "I'd like some more."),
    ("Ăn thêm đi.", "Have some more."),
    ("Con ăn thêm cơm đi.", "Have some more rice."),
    ("Bạn ăn thêm chút nữa đi.", "Have a little more."),
    ("Mọi người ăn thêm đi!", "Have some more, everyone!"),
    # v8: "I'm so much, thank you.", "I'm not very much.", "My mother was no longer.", "Aren't you?"
    ("Tôi no lắm rồi, cảm ơn.", "I'm really full, thank you."),
    ("Tôi no lắm rồi.", "I'm really full."),
    ("Tôi no quá rồi.", "I'm so full."),
    ("Cảm ơn, tôi no rồi.", "Thank you, I'm full."),
    ("Mẹ tôi no rồi.", "My mother is full."),
    ("Chúng tôi no rồi, cảm ơn nhiều.", "We're full, thank you very much."),
    ("Bạn no chưa?", "Are you full?"),
    ("Bạn ăn no chưa?", "Are you full?"),
    # v8 right: "What are you cooking?", "What's your mother cooking?"; wrong: "Who cooked this item?"
    ("Bạn đang nấu gì vậy?", "What are you cooking?"),
    ("Anh ấy đang nấu gì thế?", "What's he cooking?"),
    ("Mẹ bạn nấu gì mà thơm thế?", "What's your mother cooking that smells so good?"),
    ("Ai nấu món này vậy?", "Who cooked this?"),
    ("Món này ai nấu thế?", "Who cooked this?"),
    ("Bạn nấu món này à?", "Did you cook this?"),
    # v8: "It's too!", "This poem is too late!", "The poem is too!"
    ("Thơm quá!", "It smells so good!"),
    ("Món này thơm quá!", "This smells so good!"),
    ("Mùi gì thơm thế!", "Something smells good!"),
    # v8: "Tonight, what do you eat?", "Tonight, what do we eat?"
    ("Tối nay ăn gì vậy?", "What's for dinner?"),
    ("Trưa nay nhà mình ăn gì?", "What's for lunch?"),
    # not: "chín" of the food (cooked through), an order to the listener, going out to eat (mt/suggestions.py), the
    # table's "mời", "anh", "em" alone full (the speaker, or the listener), "Tôi có muốn …?", more told of the listener,
    # what someone cooks (now, or as a rule?), the phrase list's, asked without its word, other topics, "let's eat"
    # without "cơm" (mt/suggestions.py's), "lấy" (take what?), "thêm" with no food nor "ăn" (add what?), sugar
    ("Đồ ăn chín rồi.", None), ("Ăn cơm đi.", None), ("Đi ăn cơm thôi.", None), ("Mời cả nhà ăn cơm.", None),
    ("Anh no rồi.", None), ("Em no rồi.", None), ("Tôi có muốn ăn thêm không?", None), ("Bạn muốn ăn thêm.", None),
    ("Bạn nấu gì?", None), ("Tôi no rồi.", None), ("Tối nay ăn gì?", None), ("Cơm chín rồi?", None),
    ("Bạn no lắm chưa?", None), ("Tôi đói rồi.", None), ("Tôi ăn rồi.", None), ("Tối nay bạn ăn gì?", None),
    ("Chúng ta ăn thôi.", None), ("Lấy thêm đi.", None), ("Tôi muốn thêm.", None), ("Có muốn thêm đường không?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Không sẵn sàng đâu!", "Việc ăn uống sẵn sàng.", "Tiếng Lunch sẵn sàng!", "Phần mềm Breakfast sẵn sàng."
    ("Dinner's ready!", "Cơm chín rồi!"),
    ("Dinner is ready.", "Cơm chín rồi."),
    ("Lunch is ready!", "Cơm trưa chín rồi!"),
    ("Breakfast is ready.", "Bữa sáng sẵn sàng rồi."),
    ("The food is ready.", "Đồ ăn sẵn sàng rồi."),
    ("Is dinner ready?", "Cơm chín chưa?"),
    # v8: "Cậu bé và ăn!", "Hãy ăn và ăn, tất cả mọi người!", "Thôi nào và lấy nó!"
    ("Come and eat!", "Vào ăn cơm thôi!"),
    ("Come and eat, everyone!", "Mọi người vào ăn cơm thôi!"),
    ("Everyone, come and eat!", "Mọi người vào ăn cơm thôi!"),
    ("Come and get it!", "Vào ăn cơm thôi!"),
    ("Let's eat, kids!", "Các con ăn cơm thôi!"),
    # v8: "Thời gian ăn!", "Thời gian nghỉ!"
    ("Time to eat!", "Đến giờ ăn cơm rồi!"),
    ("It's dinner time.", "Đến giờ ăn tối rồi."),
    # v8: "Hãy tự giúp mình.", "Hãy giúp bạn có thểelves."
    ("Help yourself.", "Cứ tự nhiên."),
    ("Please help yourself.", "Cứ tự nhiên."),
    ("Help yourselves to some more.", "Mọi người cứ tự nhiên lấy thêm nhé."),
    ("Make yourself at home.", "Cứ tự nhiên như ở nhà nhé."),
    # v8: "Bạn có muốn thêm một số nữa không?", "… thêm một ít gạo nữa …" (raw rice), "Có thêm một số."
    ("Would you like some more?", "Bạn có muốn thêm không?"),
    ("Would you like some more rice?", "Bạn có muốn thêm cơm không?"),
    ("Do you want more?", "Bạn có muốn thêm không?"),
    ("Does your mother want some more soup?", "Mẹ bạn có muốn thêm canh không?"),
    ("Have some more.", "Ăn thêm đi."),
    ("Please have some more!", "Ăn thêm đi!"),
    ("Have a little more rice.", "Ăn thêm chút cơm nữa đi."),
    ("Have some more, everyone!", "Mọi người ăn thêm đi!"),
    # v8: "Tôi thật sự đầy đủ, cảm ơn cậu.", "Tôi đã đầy đủ.", "Tôi đã đồ đạc.", "Bạn đã đầy à?"
    ("I'm really full, thank you.", "Tôi no lắm rồi, cảm ơn."),
    ("I'm full, thanks.", "Tôi no rồi, cảm ơn."),
    ("I'm so full.", "Tôi no quá."),
    ("I'm stuffed.", "Tôi no căng bụng rồi."),
    ("Thank you, I'm full.", "Cảm ơn, tôi no rồi."),
    ("My mother is full.", "Mẹ tôi no rồi."),
    ("Are you full?", "Bạn no chưa?"),
    # v8: "Cậu nấu chín là gì?", "Mẹ bạn nấu chín là gì?", "Ai đã nấu chín cái này?"
    ("What are you cooking?", "Bạn đang nấu gì vậy?"),
    ("What's your mother cooking?", "Mẹ bạn đang nấu gì vậy?"),
    ("Who cooked this?", "Ai nấu món này vậy?"),
    ("Who cooked this meal?", "Ai nấu bữa này vậy?"),
    ("Did you cook this?", "Bạn nấu món này à?"),
    # v8: "Nó có mùi vị tốt.", "Những mùi này tốt.", "Có mùi nào đó tốt!", "Hãy nói tốt nhé!"
    ("It smells good.", "Thơm quá."),
    ("That smells delicious!", "Thơm quá!"),
    ("This smells amazing.", "Cái này thơm quá."),
    ("Something smells good!", "Mùi gì thơm thế!"),
    ("Smells good!", "Thơm quá!"),
    # v8: "Còn ăn tối nào?", "Chúng tôi đang ăn tối là gì?"
    ("What's for dinner?", "Tối nay ăn gì vậy?"),
    ("What are we having for lunch?", "Trưa nay chúng ta ăn gì vậy?"),
    # not: the phrase list's, agreement wrong ("Does you", "Are your mother", "What is you"), "would … want", "We're
    # full." (a restaurant with no tables?), "I" asked, "Who made this?" and "What are you making?" (a craft?),
    # "tonight" of lunch, a bad smell, "is" said twice or not at all, other topics
    ("I'm full.", None), ("Let's eat!", None), ("Does you want more?", None), ("Are your mother full?", None),
    ("What is you cooking?", None), ("Would you want more?", None), ("We're full.", None), ("They're full.", None),
    ("Did I cook this?", None), ("Would I like some more?", None), ("Who made this?", None),
    ("What are you making?", None), ("What's for lunch tonight?", None), ("It smells bad.", None),
    ("Is dinner is ready?", None), ("Dinner ready!", None), ("Make yourself.", None), ("I'm hungry.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
