import pytest

from mt.detailed import translate_detailed
from mt.finishing import Word, as_words, finish, finish_words, join_words
from mt.glossary import Job, Match, Slot
from mt.translate import Translator


def test_the_model_words_keep_their_probability_and_source_while_they_are_finished():
    slot = Slot("{0}", Match(0, 3, "Hoa", "name"))
    job = Job("Hoa trả 2,5 triệu.", [], shielded="{0} trả 2,5 triệu.", slots=[slot])
    decoded = [Word("{0}paid", 0.9, source=4), Word("2,5", 0.5, source=8), Word("million", 0.8, source=12)]
    words = finish_words(decoded, job, "vi", "en")
    assert join_words(words) == "Hoa paid 2.5 million."  # glued term apart, the number in English, the stop back
    assert [(w.text, w.prob, w.fixed, w.source) for w in words[:3]] == [
        ("Hoa", 1.0, "name", 0), ("paid", 0.9, "", 4), ("2.5", 0.5, "", 8)]


def test_a_lost_stretch_that_must_come_back_is_put_back_and_a_lost_glossary_term_is_not():
    sentence = "Gọi Lan ở số 0901234567 nhé."
    slots = [Slot("{0}", Match(4, 7, "Lan", "glossary")), Slot("{1}", Match(13, 23, "0901234567", "verbatim"))]
    job = Job(sentence, [], shielded="Gọi {0} ở số {1} nhé.", slots=slots)
    words = finish_words(as_words("Call me at the number."), job, "vi", "en")
    assert join_words(words) == "Call me 0901234567 at the number."  # it began at 13 of 29 characters: 5 × 13/29 ≈ 2
    assert [w.fixed for w in words] == ["", "", "verbatim", "", "", ""]


def test_a_clause_after_an_opening_written_by_rule_goes_on_in_small_letters():
    def finished(sentence: str, opening: str, decoded: str) -> str:
        end = sentence.index(",") + 1
        job = Job(sentence, [], shielded="{0}" + sentence[end:], slots=[Slot("{0}", Match(0, end, opening, "date"))])
        return join_words(finish_words(as_words(decoded), job, "vi", "en"))

    assert finished("Tối nay, bạn đi đâu?", "tonight,", "{0} Where are you going?") == "Tonight, where are you going?"
    assert finished("Hôm nay, Lan đi đâu?", "today,", "{0} Lan goes where?") == "Today, Lan goes where?"  # a name


@pytest.mark.parametrize("sentence, opening, decoded, finished", [
    # a day behind opening the sentence puts the verb after a pronoun in the past (v6: "Yesterday, they go Da Lat.")
    ("Hôm qua họ đi Đà Lạt.", "yesterday,", "{0} they go Da Lat.", "Yesterday, they went Da Lat."),
    ("Hôm qua trời mưa to.", "yesterday,", "{0} it rain.", "Yesterday, it rained."),
    ("Hôm qua tôi rất bận.", "yesterday,", "{0} I'm very busy.", "Yesterday, I was very busy."),
    ("Hai ngày trước tôi học.", "2 days ago,", "{0} I studies.", "2 days ago, I studied."),
    ("Hôm qua là thứ Hai.", "yesterday", "{0} is Monday.", "Yesterday was Monday."),
    # not a verb off the list, not after more than one word, not after a day ahead
    ("Hôm qua tôi hát.", "yesterday,", "{0} I sing.", "Yesterday, I sing."),
    ("Hôm qua chị gái tôi đi chợ.", "yesterday,", "{0} my older sister goes.", "Yesterday, my older sister goes."),
    ("Ngày mai họ đi Huế.", "tomorrow,", "{0} they go Hue.", "Tomorrow, they go Hue."),
    # (v8, shown "sẽ": "Tomorrow, she would buy a ticket."; a wish stays: "would like to")
    ("Ngày mai cô ấy mua vé.", "tomorrow,", "{0} she would buy a ticket.", "Tomorrow, she will buy a ticket."),
    ("Sáng mai cô ấy mua vé.", "tomorrow morning,", "{0} she would buy a ticket.",
     "Tomorrow morning, she will buy a ticket."),
    ("Ngày mai tôi muốn đi biển.", "tomorrow,", "{0} I would like to go to the beach.",
     "Tomorrow, I would like to go to the beach."),
    ("Tối qua anh ấy rất bận.", "last night,", "{0} he's very busy.", "Last night, he was very busy."),
    ("Hôm qua cô ấy đi rồi.", "yesterday,", "{0} she's gone.", "Yesterday, she's gone."),  # she has
    ("Hôm qua mẹ tôi đi chợ.", "yesterday,", "{0} my mother goes to market.", "Yesterday, my mother went to market."),
    ("Hôm qua anh ấy ăn phở.", "yesterday,", "{0} he ates pho.", "Yesterday, he ate pho."),  # (v8's "-s" on a past)
    ("Hôm qua Lan đi học.", "yesterday,", "{0} Lan goes to school.", "Yesterday, Lan went to school."),
    # a day behind the model wrote itself
    ("Tuần trước chúng tôi đi chợ.", "", "Last week, we go to market.", "Last week, we went to market."),
    ("Năm ngoái họ sống ở Huế.", "", "Last year they live in Hue.", "Last year they lived in Hue."),
    # "last Saturday" is behind too (mt.tense.BEHIND, stop 62)
    ("Thứ bảy tuần trước chúng tôi đi chợ.", "", "Last Saturday, we go to market.", "Last Saturday, we went to market."),
    ("Năm ngoái là năm tốt.", "", "Last year's crops are good.", "Last year's crops are good."),
])
def test_a_day_behind_puts_the_verb_after_it_in_the_past(sentence, opening, decoded, finished):
    end = len(sentence.split()[0]) + len(sentence.split()[1]) + 1
    job = Job(sentence, [], shielded="{0}" + sentence[end:], slots=[Slot("{0}", Match(0, end, opening, "date"))]
              ) if opening else Job(sentence, [])  # (no opening: the model wrote the day itself)
    assert join_words(finish_words(as_words(decoded), job, "vi", "en")) == finished


def test_a_term_of_several_words_is_mended_inside_and_counts_as_who():
    sentence = "Hôm qua em gái tôi đi chợ."
    slots = [Slot("{0}", Match(0, 7, "yesterday,", "date")), Slot("{1}", Match(8, 18, "my sister", "term"))]
    job = Job(sentence, [s.match for s in slots], shielded="{0} {1} đi chợ.", slots=slots)
    finished = join_words(finish_words(as_words("{0} {1} go to the market."), job, "vi", "en"))
    assert finished == "Yesterday, my sister went to the market."  # "my sister" was one word: v6 kept "go"


@pytest.mark.parametrize("said, decoded, finished", [
    # the model's own preposition before a stretch that opens with one ("to the convenience store", mt.terms), "at"
    # after "arrived"; nothing after another verb
    ("to the convenience store", "I went to {0}.", "I went to the convenience store."),
    ("to the convenience store", "We arrived {0} at 8.", "We arrived at the convenience store at 8."),
    ("to the convenience store", "We walked {0}.", "We walked to the convenience store."),
    ("at the convenience store", "I'm waiting for {0}.", "I'm waiting at the convenience store."),
])
def test_a_stretch_that_opens_with_a_preposition_goes_with_the_words_before_it(said, decoded, finished):
    sentence = "Tôi đến cửa hàng tiện lợi."
    slot = Slot("{0}", Match(8, 25, said, "term"))
    job = Job(sentence, [slot.match], shielded="Tôi đến {0}.", slots=[slot])
    assert join_words(finish_words(as_words(decoded), job, "vi", "en")) == finished


def test_a_verb_after_will_is_in_its_base():  # given "sẽ" for a day ahead, v6 wrote "Next week, I will flew."
    job = Job("Tuần sau tôi bay ra Hà Nội.", [])
    assert join_words(finish_words(as_words("Next week, I will flew to Hanoi."), job, "vi", "en")) == \
        "Next week, I will fly to Hanoi."
    assert join_words(finish_words(as_words("I'll went, she won't came, it'll was fine."), job, "vi", "en")) == \
        "I'll go, she won't come, it'll be fine."
    assert join_words(finish_words(as_words("I will visited"), job, "vi", "vi")) == "I will visited"  # not Vietnamese


@pytest.mark.parametrize("sentence, decoded, finished", [
    # a habit in the Vietnamese: the verb after who in the present (v6: "I went to the market every morning.")
    ("Tôi đi chợ mỗi sáng.", "I went to the market every morning.", "I go to the market every morning."),
    ("Mỗi sáng tôi đi chợ.", "Every morning I went to the market.", "Every morning I go to the market."),
    ("Mẹ tôi nấu ăn mỗi tối.", "My mother cooked every night.", "My mother cooks every night."),
    ("Bố mẹ tôi thường đi bộ.", "My parents usually walked.", "My parents usually walk."),
    ("Lan thường học bài.", "Lan usually studied.", "Lan usually studies."),
    ("Tôi thường mệt.", "I was usually tired.", "I am usually tired."),
    ("Mẹ tôi hay nấu phở.", "My mother usually cook pho.", "My mother usually cooks pho."),  # "hay" before a verb
    # not where something puts it behind, nor without a habit ("bình thường" is normal), nor a verb after another
    ("Hồi nhỏ tôi đi chợ mỗi sáng.", "When I was young I went to the market every morning.", None),
    ("Hôm qua tôi đã đi chợ mỗi sáng.", "Yesterday I went to the market every morning.", None),
    ("Năm 1990 ông ấy thường đi bộ.", "In 1990 he often walked.", None),
    ("Lúc đó tôi đi chợ mỗi sáng.", "At that time I went to the market every morning.", None),
    ("Mọi thứ bình thường.", "I walked.", None), ("Tôi đi chợ mỗi sáng.", "Then I went there.", None),
    # nor a habit in a later clause, nor a word opening the sentence that is not who
    ("Ông ấy cười, vì tin tức thường làm ông ấy buồn.", "He smiled, because the news often saddens him.", None),
    ("Nếu được dùng thường xuyên thì tốt.", "If used often, it is good.", None),
    ("Vì sao họ thường sai?", "Why do they fail often?", None),
    # how long something has gone on: "have" and the participle (v6, shown "for three years": "I lived in Hanoi for
    # three years.", "I in Vietnam for two weeks.")
    ("Tôi sống ở Hà Nội được ba năm rồi.", "I lived in Hanoi for three years.",
     "I have lived in Hanoi for three years."),
    ("Anh ấy làm ở đây được hai năm rồi.", "He works here for two years.", "He has worked here for two years."),
    ("Tôi ở Việt Nam được hai tuần rồi.", "I in Vietnam for two weeks.", "I have been in Vietnam for two weeks."),
    ("Chúng tôi cưới nhau được 5 năm rồi.", "We married for 5 years.", "We have been married for 5 years."),
    ("Tôi đã học được sáu tháng rồi.", "I studied for six months.", "I have studied for six months."),  # "đã" too
    # not a time long ago, nor without "for", nor without the span
    ("Hồi nhỏ tôi sống ở Huế được ba năm.", "When I was a child I lived in Hue for three years.", None),
    ("Tôi sống ở Hà Nội được ba năm rồi.", "I lived in Hanoi three years ago.", None),
    ("Tôi sống ở Hà Nội ba năm.", "I lived in Hanoi for three years.", None),
    ("Chúng tôi ở đây được một tuần rồi.", "We have been here for a week.", None),  # not "have had been"
    ("Tôi sống ở Hà Nội được ba năm rồi.", "I had lived in Hanoi for three years.", "I have lived in Hanoi for three "
                                                                                   "years."),
])
def test_a_habit_is_in_the_present_and_what_has_gone_on_so_far_in_the_present_perfect(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "vi", "en")) == (finished or decoded)


@pytest.mark.parametrize("decoded, finished", [
    ("I like to swimming.", "I like swimming."), ("Do you like to swimming?", "Do you like swimming?"),
    ("She loves to cooking.", "She loves cooking."),
    ("I like to bring food.", None), ("I like to sing.", None), ("I went to swimming class.", None),
])
def test_no_to_between_liking_and_a_verb_in_ing(decoded, finished):  # v6: "Tôi thích đi bơi." → "I like to swimming."
    job = Job("Tôi thích đi bơi.", [])
    assert join_words(finish_words(as_words(decoded), job, "vi", "en")) == (finished or decoded)


@pytest.mark.parametrize("decoded, finished", [
    ("I like to vegetables.", "I like vegetables."), ("Do you like to vegetables and fruit?",
                                                      "Do you like vegetables and fruit?"),
    ("I like to discuss.", None), ("I like to focus.", None), ("I like to eat vegetables.", None),
    ("I'd like to visit friends.", None),
])
def test_no_to_between_liking_and_things(decoded, finished):  # v6: "Tôi thích rau." → "I like to vegetables."
    job = Job("Tôi thích rau.", [])
    assert join_words(finish_words(as_words(decoded), job, "vi", "en")) == (finished or decoded)


@pytest.mark.parametrize("sentence, decoded, finished", [
    ("Tôi thích mèo.", "I like a cat.", "I like cats."), ("Tôi thích hoa.", "I like the flower.", "I like flowers."),
    ("Anh ấy thích bóng đá.", "He likes the football.", "He likes football."),
    ("Anh ấy rất thích mèo.", "He loves cat.", "He loves cats."), ("Em thích cà phê lắm!", "I like to coffee!",
                                                                   "I like coffee!"),
    # not one thing said which ("này"), nor a thing not of the lists, nor a thing that does not end the sentence
    ("Tôi thích con mèo này.", "I like the cat.", None), ("Tôi thích màu xanh.", "I like the blue.", None),
    ("Tôi thích mèo của bạn.", "I like your cat.", None),
    ("Tôi thích mèo và chó.", "I like a cat and a dog.", "I like cats and dogs."),
    ("Tôi thích cà phê và trà.", "I like the coffee and tea.", "I like coffee and tea."),
    ("Em thích cà phê và sách!", "I like to coffee and books!", "I like coffee and books!"),
    ("Tôi thích mèo và chó.", "I like a cat and a dog very much.", None),
])
def test_things_liked_in_general(sentence, decoded, finished):  # v6: "Tôi thích mèo." → "I like a cat."
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "vi", "en")) == (finished or decoded)


@pytest.mark.parametrize("sentence, decoded, finished", [
    ("Bạn làm xong bài tập chưa?", "Do you finish the exercise?", "Have you finished the exercise yet?"),
    ("Anh ấy về nhà chưa?", "Is he returned home?", "Has he returned home yet?"),
    ("Bạn đã đến Huế chưa?", "Do you have come to Hue?", "Have you come to Hue yet?"),
    ("Bạn đã từng đến Huế chưa?", "Do you have come to Hue?", "Have you ever been to Hue?"),
    ("Bạn nhận được email của tôi chưa ạ?", "Can you get my email?", "Have you got my email yet?"),
    ("Họ đã đến chưa?", "Are they coming?", "Have they come yet?"),
    ("Bạn đã thanh toán chưa?", "Are you paying already?", "Have you paid already?"),
    # asked as a statement, or with "don't" for "chưa" (v6: "He received my email?", "You don't book a ticket?")
    ("Anh ấy đã nhận được email của tôi chưa?", "He received my email?", "Has he received my email yet?"),
    ("Chị đặt vé chưa ạ?", "You don't book a ticket?", "Have you booked a ticket yet?"),
    ("Anh ấy đã ăn sáng chưa?", "Is he eats breakfast?", "Has he eaten breakfast yet?"),
    ("Bạn đã đi Huế bao giờ chưa?", "You have gone to Hue never?", None),
    ("Bạn về nhà chưa?", "Are you home?", "Are you home yet?"),
    # not how someone is, nor "you" for a thing, nor a statement, nor a verb not in the tables
    ("Bạn có gia đình chưa?", "Are you married?", None),
    ("Bạn đã sẵn sàng chưa?", "Are you ready?", "Are you ready yet?"),
    ("Xe buýt đến chưa?", "Do you get to the bus?", None), ("Tôi chưa ăn.", "I don't eat.", None),
    ("Nó vừa lòng chưa?", "Is it satisfied?", None),
    ("Gà chín chưa?", "Is the chicken cooked yet?", None),  # (mt/cooking.py's: a state, not "Has … cooked")
])
def test_asked_whether_it_has_happened_yet(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "vi", "en")) == (finished or decoded)


@pytest.mark.parametrize("sentence, decoded, finished", [
    ("Bạn đã bao giờ ăn phở chưa?", "Never eat pho?", "Have you ever eaten pho?"),
    ("Bạn đã từng ăn bún chả chưa?", "Do you already eat bun cha?", "Have you ever eaten bun cha?"),
    ("Bạn đã bao giờ đến Hà Nội chưa?", "You've never reached Hanoi?", "Have you ever been to Hanoi?"),
    ("Anh đã từng đi Sa Pa chưa?", "Do you have been to Sa Pa?", "Have you ever been to Sa Pa?"),
    ("Anh ấy đã bao giờ gặp cô ấy chưa?", "He never met her?", "Has he ever met her?"),
    ("Tôi chưa bao giờ ăn phở.", "I've never eat pho.", "I've never eaten pho."),
    ("Tôi chưa bao giờ đến Huế.", "I've never reached Hue.", "I've never been to Hue."),
    ("Tôi chưa từng đi máy bay.", "I've never gone to plane.", "I've never flown."),
    ("Anh ấy chưa bao giờ uống bia.", "He never drank beer.", "He's never drunk beer."),
    ("Anh ấy chưa từng đến Hà Nội.", "He has never been arrived in Hanoi.", "He's never been to Hanoi."),
    ("Anh ấy từng ăn phở chưa?", "Has he ever used to eat pho?", "Has he ever eaten pho?"),
    ("Cô ấy từng đến Huế chưa?", "Will she have come to Hue?", "Has she ever been to Hue?"),
    # someone called by kin: after the model's word for them, or in place of its pronoun
    ("Mẹ tôi chưa bao giờ xem múa rối nước.", "My mother never watched water puppetry.",
     "My mother has never seen water puppetry."),
    ("Bố tôi chưa bao giờ đi máy bay.", "I never went to the plane.", "My father has never flown."),
    ("Mẹ bạn đã bao giờ ăn phở chưa?", "You've never eaten pho?", "Has your mother ever eaten pho?"),
    # said: "từng" and who has done it, in the present perfect; where one lived or worked, "used to"; not with a
    # time that is over (v6: "I've reached Hue.", "We've been eating bun cha.", "She had visited Hoi An.")
    ("Tôi đã từng đến Huế.", "I've reached Hue.", "I've been to Hue."),
    ("Chúng tôi đã từng ăn bún chả.", "We've been eating bun cha.", "We've eaten bun cha."),
    ("Cô ấy đã từng thăm Hội An.", "She had visited Hoi An.", "She's visited Hoi An."),
    ("Bạn tôi từng sống ở Nhật.", "You've lived in Japan.", "My friend used to live in Japan."),
    ("Anh ấy từng làm việc ở Singapore.", "He worked in Singapore.", "He used to work in Singapore."),
    ("Họ từng đến Sa Pa rồi.", "They had been Sa Pa.", "They've been to Sa Pa."),
    ("Tôi từng đến Huế năm 2010.", "I've reached Hue in 2010.", None),
    ("Mẹ tôi chưa bao giờ ăn phở.", "Mom never ate pho.", None),
    ("Em trai tôi chưa bao giờ đến Huế.", "My brother never came to Hue.", "My younger brother has never been to Hue."),
    ("Mẹ anh ấy chưa bao giờ ăn phở.", "He never ate pho.", "His mother has never eaten pho."),
    # not a verb off the table, nor "đi" before what is no place's name, nor English with no verb where one goes
    ("Bạn đã bao giờ yêu chưa?", "Have you ever loved?", None), ("Bạn đã bao giờ đi bơi chưa?", "Never swim?", None),
    ("Bạn đã từng đọc thơ Trung Quốc nào chưa?", "Which Chinese are you read?", None),
    ("Bạn đã bao giờ đến Hà Nội chưa?", "You never Hanoi?", None), ("Tôi đã ăn phở.", "I ate pho.", None),
])
def test_whether_someone_has_ever_done_something(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "vi", "en")) == (finished or decoded)


@pytest.mark.parametrize("sentence, decoded, finished", [
    ("Bạn học tiếng Việt bao lâu rồi?", "How long does you learn Vietnamese?",
     "How long have you been learning Vietnamese?"),
    ("Anh ấy làm ở đây bao lâu rồi?", "How long he works here?", "How long has he been working here?"),
    ("Bạn ở Việt Nam bao lâu rồi?", "How long are you in Vietnam?", "How long have you been in Vietnam?"),
    ("Bạn đã ở đây bao lâu rồi?", "How long did you be here?", "How long have you been here?"),
    ("Mẹ bạn sống ở Huế bao lâu rồi?", "How long does your mother live in Hue?",
     "How long has your mother been living in Hue?"),
    ("Mẹ bạn ở Việt Nam bao lâu rồi?", "How long does your mother in Vietnam?",
     "How long has your mother been in Vietnam?"),
    ("Anh ấy đã ở đây bao lâu rồi?", "How long he was here?", "How long has he been here?"),
    ("Mẹ bạn làm ở đây bao lâu rồi?", "How long did your mother here?", "How long has your mother been here?"),
    # not how long something takes, nor a verb not in the tables
    ("Đi đến đó mất bao lâu?", "How long does it take to get there?", None),
    ("Họ cưới nhau bao lâu rồi?", "How long they were they married?", None),
])
def test_asked_how_long_something_has_gone_on(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "vi", "en")) == (finished or decoded)


@pytest.mark.parametrize("sentence, decoded, finished", [
    ("Have you received my email?", "Bạn đã nhận thư điện tử của tôi không?", "Bạn đã nhận thư điện tử của tôi chưa?"),
    ("Have you finished your homework?", "Bạn đã hoàn thành bài tập về nhà?", "Bạn đã hoàn thành bài tập về nhà chưa?"),
    ("Have you been to Hanoi?", "Bạn có đến Hà Nội không?", "Bạn đã đến Hà Nội chưa?"),
    ("Have you ever been to Da Nang?", "Cậu đã từng là Đà Nẵng?", "Cậu đã từng đến Đà Nẵng chưa?"),
    ("Have they arrived?", "Họ đã đến chứ?", "Họ đã đến chưa?"),
    ("Have you ever seen this film?", "Bạn chưa từng thấy bộ phim này?", "Bạn đã từng thấy bộ phim này chưa?"),
    # not "Have you got" (do you have), nor a question that has "chưa", nor one that is not asked with "Have"
    ("Have you got a pen?", "Bạn có bút không?", None), ("Has he arrived yet?", "Anh ta vẫn chưa?", None),
    ("Did you get my message?", "Bạn có nhận tin nhắn của tôi không?", None),
])
def test_asked_in_vietnamese_whether_it_has_happened(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "en", "vi")) == (finished or decoded)


@pytest.mark.parametrize("sentence, decoded, finished", [
    ("How long have you been learning Vietnamese?", "Bạn đang học tiếng Việt bao lâu?",
     "Bạn học tiếng Việt bao lâu rồi?"),
    ("How long has he lived in Hanoi?", "Anh ấy sống ở Hà Nội bao lâu?", "Anh ấy sống ở Hà Nội bao lâu rồi?"),
    # not how long something takes, nor one that ends otherwise
    ("How long does it take?", "Mất bao lâu?", None), ("How long have you been here?", "Bạn ở đây lâu chưa?", None),
])
def test_asked_in_vietnamese_how_long_something_has_gone_on(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "en", "vi")) == (finished or decoded)


@pytest.mark.parametrize("sentence, decoded, finished", [
    ("I've been here for two weeks.", "Tôi đã ở đây trong vòng hai tuần.", "Tôi đã ở đây được hai tuần rồi."),
    ("I have lived in Hanoi for three years.", "Tôi đã sống ở Hà Nội trong ba năm.",
     "Tôi đã sống ở Hà Nội được ba năm rồi."),
    ("He has been in Vietnam for a month.", "Anh ấy đã ở Việt Nam một tháng.",
     "Anh ấy đã ở Việt Nam được một tháng rồi."),
    # not a span that does not end the sentence, nor one that is not how long it has gone on
    ("I have lived in Hanoi for three years with my wife.", "Tôi đã sống ở Hà Nội trong ba năm với vợ tôi.", None),
    ("I lived in Hanoi for three years.", "Tôi sống ở Hà Nội trong ba năm.", None),
])
def test_told_in_vietnamese_how_long_something_has_gone_on(sentence, decoded, finished):
    assert join_words(finish_words(as_words(decoded), Job(sentence, []), "en", "vi")) == (finished or decoded)


@pytest.mark.parametrize("src, tgt, texts", [
    ("vi", "en", ["Gửi email cho an@example.com trước 9 giờ sáng thứ Hai.", "Tối nay, bạn đi đâu?",
                  "TÔI SẼ GẶP ÔNG NGUYỄN VĂN HÙNG VÀO NGÀY 5 THÁNG 8.", "Giá là 84 tỷ đồng.",
                  "Cảm ơn anh đã đến đón em.", "Chị có thể gửi cho em địa chỉ không?"]),
    ("en", "vi", ["Email an@example.com before 9 a.m. on Monday.", "I WILL MEET MR SMITH ON AUGUST 5.",
                  "It costs VND 84 billion.", "Wait until Monday.", "I ate pho at 7 pm tonight in Hanoi."]),
])
def test_translate_and_translate_detailed_finish_a_sentence_alike(bundled, src, tgt, texts):
    t = Translator.load(bundled)
    assert [r.text for r in translate_detailed(t, texts, src, tgt)] == t.translate(texts, src, tgt)


@pytest.mark.parametrize("sentence, src, tgt, written", [
    # the mending of tenses is for the model's output: a rule's sentence stays as written (the pipeline wrote these
    # "Have I gone now yet?", "Has Lan seen anyone yet?", "Bạn quên mật khẩu rồi à chưa?", "Bạn tốt nghiệp năm nào
    # khi nào?")
    ("Tôi đi được chưa?", "vi", "en", "Can I go now?"), ("Lan có người yêu chưa?", "vi", "en", "Is Lan seeing anyone?"),
    ("Have you forgotten your password?", "en", "vi", "Bạn quên mật khẩu rồi à?"),
    ("When did you graduate?", "en", "vi", "Bạn tốt nghiệp năm nào?"),
])
def test_a_sentence_written_by_rule_is_finished_as_written(sentence, src, tgt, written):
    assert finish(sentence, written, src, tgt) == written


def test_a_clause_split_off_at_its_comma_keeps_it():  # the model dropped it ("… hay chậm không lái xe cẩn thận nhé.")
    words = finish_words(as_words("Bạn có lái xe nhanh hay chậm không"), Job("Whether you drive fast or slow,", []),
                         "en", "vi")
    assert join_words(words) == "Bạn có lái xe nhanh hay chậm không,"
    words = finish_words(as_words("Bạn có lái xe nhanh hay chậm không."), Job("Whether you drive fast or slow.", []),
                         "en", "vi")
    assert join_words(words) == "Bạn có lái xe nhanh hay chậm không."
