import pytest

from mt.text import (EN_OBJECT_VI, be, capitalised, contracted, is_shouting, join_clitics, normalize, opened_as,
                     place_tones, present, progressive, regular_plural, sentence_case, split_sentences, stop,
                     third_person, titled)


@pytest.mark.parametrize("raw, expected", [
    ("  Xin   chào  ", "Xin chào"),
    ("Ho\u0300a", "Hòa"),  # decomposed -> NFC
    ("a\u00a0b\tc", "a b c"),
    ("bell\x07 and\u200b zero-width", "bell and zero-width"),
    ("line one \n  line two ", "line one\nline two"),
    ("", ""),
    ("AT&amp;T &lt;b&gt; &#7843; &#x1ea1;", "AT&T <b> ả ạ"),  # complete HTML entities are decoded
    ("&Nothing &copy", "&Nothing &copy"),  # not entities without ";" (html.unescape alone gives "¬hing")
    ("Hoà bình, thuỷ điện, khoẻ", "Hòa bình, thủy điện, khỏe"),  # one tone-mark placement: old style
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("new, old", [
    ("hoà", "hòa"), ("HOÀ", "HÒA"), ("Hoạ", "Họa"), ("thuỷ", "thủy"), ("uỷ ban", "ủy ban"), ("khoẻ", "khỏe"),
    ("xoá", "xóa"), ("tuỳ", "tùy"), ("loè", "lòe"),
])
def test_place_tones_both_ways(new, old):
    assert place_tones(new, "old") == old and place_tones(old, "new") == new
    assert place_tones(old, "old") == old and place_tones(new, "new") == new  # idempotent


@pytest.mark.parametrize("word", [
    "hoàng", "ngoài", "xoáy", "thuyền",  # a letter after the vowels: one placement only
    "quý", "quả", "Quỳnh",  # qu- is a consonant: the mark sits on the vowel after it in both styles
    "Chloé", "hoa", "Guy",  # not a Vietnamese syllable, or no tone mark at all
])
def test_place_tones_leaves_unambiguous_words(word):
    assert place_tones(word, "old") == word and place_tones(word, "new") == word


def test_place_tones_rejects_unknown_style():
    with pytest.raises(ValueError):
        place_tones("hoà", "modern")


@pytest.mark.parametrize("text, expected", [
    ("Tôi yêu Hà Nội. Đây là thủ đô!", ["Tôi yêu Hà Nội.", "Đây là thủ đô!"]),
    ('Anh ấy nói "Chào." Rồi đi.', ['Anh ấy nói "Chào."', "Rồi đi."]),
    ("Có 3 người v.v. ở đây.", ["Có 3 người v.v. ở đây."]),  # lower-case after the dot: no split
    ("Giá là 3.5 triệu. 2 người mua.", ["Giá là 3.5 triệu.", "2 người mua."]),
    ("No end punctuation", ["No end punctuation"]),
    ("Send it to Mr. Smith. George W. Bush met him.", ["Send it to Mr. Smith.", "George W. Bush met him."]),
    ("Tôi sống ở TP. Hồ Chí Minh. Còn bạn?", ["Tôi sống ở TP. Hồ Chí Minh.", "Còn bạn?"]),
    ("I take vitamin c. Then I go. Dr. Who? Yes.", ["I take vitamin c.", "Then I go.", "Dr. Who?", "Yes."]),
    ("   ", []),
])
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_split_keeps_every_word():
    text = "One. Two? Three! Four… Five."
    assert " ".join(split_sentences(text)) == text


@pytest.mark.parametrize("text, expected", [
    ("I do n't know .", "I don't know ."),
    ("It 's his , they 're here and we 'll go", "It's his , they're here and we'll go"),
    ("Rock 'n' roll", "Rock 'n' roll"),  # not a clitic
    ("Không có gì", "Không có gì"),
])
def test_join_clitics(text, expected):
    assert join_clitics(text) == expected


def test_titles_in_capitals_do_not_end_a_sentence_and_are_read_as_titles():
    assert split_sentences("CALL MR. SMITH AT 5. THEN GO HOME.") == ["CALL MR. SMITH AT 5.", "THEN GO HOME."]
    assert split_sentences("He is here. ME. Yes.") == ["He is here.", "ME.", "Yes."]  # not a title
    said = "talk to ms. Johnson and dr. brown, Smith jr. went"
    assert titled(said) == "talk to Ms. Johnson and Dr. Brown, Smith Jr. went"
    assert titled("it took 10 ms.") == "it took 10 ms."  # no word follows


@pytest.mark.parametrize("text, shouting, cased", [
    ("CẢNH BÁO: KHÔNG MỞ NẮP", True, "Cảnh báo: không mở nắp"),
    ('"HELLO WORLD" 123', True, '"Hello world" 123'),
    ("WARNING", True, "Warning"),
    ("NASA launched it", False, "Nasa launched it"),
    ("OK", False, "Ok"),  # too short to tell from an acronym
    ("ĐÀ NẴNG", True, "Đà nẵng"),
])
def test_sentences_in_capitals(text, shouting, cased):
    assert is_shouting(text) is shouting
    assert sentence_case(text) == cased and len(sentence_case(text)) == len(text)


@pytest.mark.parametrize("source, word, opened", [
    ("The temple was built in the 11th century.", "ngôi", "Ngôi"),  # v6: "ngôi đền được xây dựng ..."
    ("Theo lịch, Huhne sẽ xuất hiện.", "calendar,", "Calendar,"),
    ("Tôi mua iPhone.", "iPhone", "iPhone"),  # a capital inside: a name written so
    ("save the file", "lưu", "lưu"),  # a source in small letters: a UI string, translated as it opens
    ("The end.", "Kết", "Kết"),
    ("\"Yes,\" he said.", "\"Vâng,\"", "\"Vâng,\""),
    ("“As I worked, I thought.", "“nhưng", "“Nhưng"),  # opening quotes passed over on both sides
    ("(See below.)", "(xem", "(Xem"),
    ("“save”", "“lưu”", "“lưu”"),
])
def test_a_translation_opens_as_its_source(source, word, opened):
    assert opened_as(source, word) == opened


@pytest.mark.parametrize("who, said", [("I", "I'm married."), ("he", "he's married."), ("they", "they're married."),
                                       ("my sister", "my sister is married."), ("Lan", "Lan is married."),
                                       ("my parents", "my parents are married."),
                                       ("your grandparents", "your grandparents are married.")])
def test_be_after_who_contracted(who, said):
    assert contracted(who, f"{be(who)} married.") == said


def test_object_pronouns_in_vietnamese():
    assert (EN_OBJECT_VI["me"], EN_OBJECT_VI["him"], EN_OBJECT_VI["them"]) == ("tôi", "anh ấy", "họ")


@pytest.mark.parametrize("noun, said", [("bottle", "bottles"), ("glass", "glasses"), ("secretary", "secretaries"),
                                        ("day", "days"), ("bus driver", "bus drivers"), ("box", "boxes")])
def test_regular_plural(noun, said):
    assert regular_plural(noun) == said


@pytest.mark.parametrize("end, said", [("!", "!"), ("!!", "!"), (".", "."), ("", "."), (None, "."), ("...", ".")])
def test_a_rules_statement_ends_as_its_source(end, said):
    """dreams, promises, sleep, weight, forgiving, jokes and luck each had this written out."""
    assert stop(end) == said


@pytest.mark.parametrize("who, said, written", [
    ("I", "have to print it.", "I have to print it."), ("she", "has to go.", "she has to go."),
    ("we", "have been there.", "we've been there."), ("he", "has gone.", "he's gone."),
])
def test_have_to_is_not_contracted(who, said, written):
    assert contracted(who, said) == written


@pytest.mark.parametrize("args, written", [
    (("my mother", True, "like", "fireworks"), "My mother likes fireworks."),
    (("I", False, "have", "a lot of earwax", False, False, "!"), "I have a lot of earwax!"),
    (("he", True, "have", "a cold", True), "Does he have a cold?"),
    (("we", False, "mind", "doing the dishes", False, True), "We don't mind doing the dishes."),
    (("Lan", True, "like", "cooking", False, True, None, "really "), "Lan doesn't really like cooking."),
    (("she", True, "watch", "films", False, False, ".", "really "), "She really watches films."),
    (("you", False, "go", "for walks", True), "Do you go for walks?"),
    (("you", False, "rent", "", True), "Do you rent?"),  # (nothing after the verb: no space before the end)
    (("my sister", True, "rent", "", False, False, "!", "still "), "My sister still rents!"),
    (("he", True, "rent", "", False, True), "He doesn't rent."),
])
def test_present_agrees_with_who(args, written):
    assert present(*args) == written


@pytest.mark.parametrize("args, written", [
    (("I", "am", "renting a flat"), "I'm renting a flat."),
    (("you", "are", "renting a flat", True), "Are you renting a flat?"),
    (("my mother", "is", "sharing a room", False, "!"), "My mother is sharing a room!"),  # (kin: not contracted)
    (("he", "is", "still renting"), "He's still renting."),
])
def test_progressive_contracts_where_english_does(args, written):
    assert progressive(*args) == written


@pytest.mark.parametrize("base, said", [
    ("go", "goes"), ("have", "has"), ("do", "does"), ("study", "studies"), ("watch", "watches"), ("eat", "eats"),
    ("have to get", "has to get"), ("live on", "lives on"), ("want to hire", "wants to hire"),
])
def test_third_person_agrees_the_first_word_of_a_verb(base, said):
    # a verb with words after it: only its first word takes the ending ("have to get", not "have to gets")
    assert third_person(base) == said


@pytest.mark.parametrize("text, said", [
    ("tôi đi.", "Tôi đi."), ('  "hi" there', '  "Hi" there'), ("x", "X"), ("", ""),
    ("iPhone của tôi bị vỡ.", "iPhone của tôi bị vỡ."), ("iPad này của mẹ tôi.", "iPad này của mẹ tôi."),
    ("eBay sells it.", "eBay sells it."), ("ipad mới.", "Ipad mới."),
])
def test_capitalised_leaves_a_first_word_with_a_capital_inside(text, said):
    # ("iPhone" opens a sentence as it is written; a word in small letters is capitalised)
    assert capitalised(text) == said
