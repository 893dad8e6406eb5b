"""Vietnamese names the model has not learnt: found, and written without marks both ways."""
import pytest

from mt import phrasebook
from mt.detailed import translate_detailed
from mt.finishing import as_words, finish_words, join_words
from mt.glossary import Job, Match, Slot
from mt.names import as_typed, matches, named_first, named_his_her, titled, written
from mt.restore import read_as
from mt.translate import DecodeOptions, Translator, source_as_read


@pytest.mark.parametrize("text, src, tgt, found", [
    ("Ông Nguyễn Văn Hùng là giám đốc.", "vi", "en", [("Ông Nguyễn Văn Hùng", "Mr. Nguyen Van Hung")]),  # v6: "He"
    ("Tôi gặp anh Lê Minh Tuấn, bác sĩ Đỗ Thị Lan.", "vi", "en",
     [("anh Lê Minh Tuấn", "Le Minh Tuan"), ("bác sĩ Đỗ Thị Lan", "Dr. Do Thi Lan")]),
    ("Phạm Minh Chính phát biểu.", "vi", "en", [("Phạm Minh Chính", "Pham Minh Chinh")]),  # opens the sentence
    ("Tôi tên là Hoàng Anh, ở Nguyễn Văn A.", "vi", "en",
     [("Hoàng Anh", "Hoang Anh"), ("Nguyễn Văn A", "Nguyen Van A")]),
    ("sân bay Tân Sơn Nhất, tỉnh Hà Giang và đảo Phú Quốc", "vi", "en",
     [("sân bay Tân Sơn Nhất", "Tan Son Nhat Airport"), ("tỉnh Hà Giang", "Ha Giang Province"),
      ("đảo Phú Quốc", "Phu Quoc Island")]),
    # names the model knows, capitalised words for things (Earth, Mars, the USSR), foreign ones in Vietnamese
    ("Hà Nội, Thành phố Hồ Chí Minh, Thái Lan, Trái Đất và Sao Hỏa, Liên Xô, Biển Đen, Thụy Sỹ, Barack Obama.",
     "vi", "en", []),
    ("Sân bay rất đông. Hôm nay trời đẹp.", "vi", "en", []),  # capitalised for opening a sentence
    # family names that start the name of a thing, or words in a title: a college, Latinos, Latin
    ("Tôi học trường Cao Đẳng Middlebury; người La Tinh nói tiếng La Tinh.", "vi", "en", []),
    ("Ngô Thị Chính sinh năm 1990.", "vi", "en", [("Ngô Thị Chính", "Ngo Thi Chinh")]),  # "thị chính" is common
    ("Prime Minister Pham Minh Chinh met Vo Nguyen Giap.", "en", "vi",
     [("Pham Minh Chinh", "Pham Minh Chinh"), ("Vo Nguyen Giap", "Vo Nguyen Giap")]),
    ("I talked to Mr. Le Minh Tuan and Ms Tran Thi Mai.", "en", "vi",  # v6 alone: "ông. Le Minh Tuan"
     [("Mr. Le Minh Tuan", "ông Le Minh Tuan"), ("Ms Tran Thi Mai", "bà Tran Thi Mai")]),
    ("We visited Phu Quoc island and Tan Son Nhat airport.", "en", "vi",
     [("Phu Quoc", "Phu Quoc"), ("Tan Son Nhat", "Tan Son Nhat")]),
    ("Do Not Disturb. To Be Continued in Ho Chi Minh City, Hong Kong airport, Le Mans.", "en", "vi", []),
    ("I miss Le Minh Tuan.", "en", "vi", [("Le Minh Tuan", "Le Minh Tuan")]),  # not "cô Le Minh Tuan" (Miss)
    ("Ông Nguyễn Văn Hùng", "vi", "de", []),
])
def test_matches(text, src, tgt, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, src, tgt)] == found


@pytest.mark.parametrize("text, src, tgt, name", [
    ("Bà Phạm Thị Hoa đã nghỉ hưu.", "vi", "en", "Ms. Pham Thi Hoa"),  # v6 alone: "The U.S. market has retired."
    ("Thủ tướng Phạm Minh Chính phát biểu tại hội nghị.", "vi", "en", "Pham Minh Chinh"),  # "The Premier League"
    ("Chúng tôi bay tới sân bay Liên Khương.", "vi", "en", "Lien Khuong Airport"),
    ("Prime Minister Pham Minh Chinh spoke at the conference.", "en", "vi", "Pham Minh Chinh"),  # "Pham Minh"
    ("We landed at Lien Khuong airport.", "en", "vi", "Lien Khuong"),
])
def test_the_bundled_model_writes_names_without_marks(bundled, text, src, tgt, name):
    t = Translator.load(bundled)
    assert t.translate(text, src, tgt)[0].count(name) == 1
    words = translate_detailed(t, [text], src, tgt)[0].words
    assert [(w.text, w.fixed) for w in words if w.fixed] == [(name, "name")]


@pytest.mark.parametrize("typed, read", [
    # reading put marks on the name: "Đó Thì Hưng" (that, then, smell); a title or a middle name says it is one
    ("Ong Do Thi Hung la giam doc cong ty.", "Ông Do Thi Hung là giám đốc công ty."),
    ("Do Huu Thang sinh nam 1990.", "Do Huu Thang sinh năm 1990."),
    # a place after the word for it, which reading also got wrong ("huyền", mystic)
    ("Chung toi di du lich huyen Soc Son.", "Chúng tôi đi du lịch huyện Soc Son."),
    # read as the model knows them, or words of a title: as read
    ("Toi song o Ha Noi.", "Tôi sống ở Hà Nội."),
    ("Brazil la nuoc Cong giao La Ma lon nhat.", "Brazil là nước Công giáo Là Mã lớn nhất."),  # reading's own slip
    ("Dao Hong Kong dat ten cho lanh tho.", "Đảo Hồng Kông đặt tên cho lãnh thổ."),
    ("Neu quan Dong Minh that bai.", "Nếu quân Đồng Minh thất bại."),  # quân, army: not quận
])
def test_names_typed_without_marks_are_read_as_typed(typed, read):
    assert as_typed(typed, read_as(typed, "vi")) == read
    assert source_as_read(typed, "vi", DecodeOptions()) == read


def test_a_name_typed_without_marks_is_written_as_typed(bundled):
    t = Translator.load(bundled)  # v6 with marks put back on the name: "Charts is the company's chief executive."
    assert "Mr. Do Thi Hung" in t.translate("Ong Do Thi Hung la giam doc cong ty.", "vi", "en")[0]


@pytest.mark.parametrize("text, found", [
    ("My friend Trần Văn Minh lives in Gia Lâm district.",
     [("Trần Văn Minh", "Trần Văn Minh"), ("Gia Lâm", "Gia Lâm")]),
    ("Mr. Hoàng Thanh Hoa has retired.", [("Mr. Hoàng Thanh Hoa", "ông Hoàng Thanh Hoa")]),  # not Thanh Hóa province
    # "In" opens the sentence, and goes with the place: "in Đà Nẵng" shown as such gave "trong" (inside), not "ở"
    ("In Hội An we met Võ Thị Sáu in Huế Town.",
     [("In Hội An", "ở Hội An"), ("Võ Thị Sáu", "Võ Thị Sáu"), ("Huế", "Huế")]),
    # after a verb of arriving "in" goes (v6: "đến ở Huế")
    ("We arrived in Huế and she arrives in Hội An.", [("in Huế", "Huế"), ("in Hội An", "Hội An")]),
    # one word alone with a Vietnamese letter is kept; not names the data knows, a name half without marks, or words
    # with marks other languages write
    ("Ngô won. Huế and Tết. Việt Nam, Hà Nội. Ngô Bao Chau. José María, café.", [("Ngô", "Ngô"), ("Huế", "Huế"),
                                                                                 ("Tết", "Tết")]),
    # words in small letters, from the first marked word to the last ("a" is shaped like a syllable)
    ("I ate a phở and bánh mì with nước mắm.", [("phở", "phở"), ("bánh mì", "bánh mì"), ("nước mắm", "nước mắm")]),
    ("China's stance vis-à-vis growth; brownie à la mode.", []),  # French: a letter alone in small letters
])
def test_names_written_with_marks_in_english_are_found(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in written(text, "en", "vi")] == found
    assert written(text, "vi", "en") == []


@pytest.mark.parametrize("text, found", [
    ("Chị Lan đi chợ. Bác Hùng bị ốm. Hôm qua chú Nam đến. Cô Mai dạy tôi. Bác Mai đến.",
     [("Chị Lan", "Lan"), ("Bác Hùng", "Uncle Hung"), ("chú Nam", "Uncle Nam"), ("Cô Mai", "Ms. Mai"),
      ("Bác Mai", "Aunt Mai")]),  # ("bác" with a woman's name: an aunt, mt.names.woman_named)
    ("Chị Minh Anh và anh Quang Huy.", [("Chị Minh Anh", "Minh Anh"), ("anh Quang Huy", "Quang Huy")]),
    # Britain, an American friend, a province, a longer or foreign name, words written with capitals ("Enable
    # Tooltips"), a name in small letters ("anh tuấn" is also handsome)
    ("Anh Quốc, bạn Mỹ, Bà Rịa, ông Ben Ali, anh Tuấn Anh Minh, Bật Chú Giải, anh tuấn.", []),
    ("Bạn Có Nhiều Dụng Cụ", []),  # Title Case: "Có" (have) is no one's name
])
def test_a_given_name_after_a_word_of_kinship(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en")] == found


@pytest.mark.parametrize("text, src, found", [
    # a given name alone opening a sentence before what someone does or is (v7: "Hùng là bác sĩ." → "Apart is the
    # doctor.", "Hai is sick." → "Tóc bị bệnh.")
    ("Hùng là bác sĩ. Hải bị ốm rồi.", "vi", [("Hùng", "Hung", "Tom"), ("Hải", "Hai", "Tom")]),
    ("Lan is my sister. Hung will be late.", "en", [("Lan", "Lan", "Tom"), ("Hung", "Hung", "Tom")]),
    ("Emma lives in Da Nang.", "en", [("Emma", "Emma", "Tom")]),  # (v7: "Cuộc sống khẩn cấp ở Đà Nẵng.")
    # two names (v7: "Land and Minh …", "Thái Lan và Minh …"), the second shown as "Mary"; not "Nam và nữ" (men and
    # women)
    ("Hùng và Lan đã kết hôn. Nam và nữ.", "vi", [("Hùng", "Hung", "Tom"), ("Lan", "Lan", "Mary")]),
    ("Lan and Minh are close friends.", "en", [("Lan", "Lan", "Tom"), ("Minh", "Minh", "Mary")]),
    # not: "Hoa" (flowers) and "Mai" (tomorrow) alone, a name before a capital (a place), one inside a sentence, one
    # before a word not of what someone does ("Hải sản", seafood), and in English the words "Long" and "Van"
    ("Hoa đã nở. Mai đi làm. Hà Nội rất đẹp. Tôi gặp Hùng ở chợ. Hải sản rất ngon.", "vi", []),
    ("Bình thường tôi dậy sớm. Khoa học là gì? Đạt được điều đó là khó. Thư đã được gửi.", "vi", []),
    ("Long is the road. Van is parked. I met Hung.", "en", []),
])
def test_a_given_name_opening_a_sentence(text, src, found):
    # each as written, as the translation writes it, and as the model is shown it ("Tom", the second of two "Mary")
    assert [(text[m.start:m.end], m.replacement, m.shown) for m in named_first(text, src)] == found
    assert [(text[m.start:m.end], m.replacement, m.shown)
            for m in matches(text, src, "en" if src == "vi" else "vi")] == found


def test_the_name_the_model_wrote_for_the_stand_in_is_put_back():
    sentence = "Hải bị ốm."
    job = Job(sentence, named_first(sentence, "vi"))
    job.shield()
    assert job.shielded == "Tom bị ốm."
    assert join_words(finish_words(as_words("Tom is sick."), job, "vi", "en")) == "Hai is sick."
    again = Job("Hải gặp Tom.", named_first("Hải gặp Tom.", "vi"))
    again.shield()  # "Tom" is in the sentence already: a placeholder of the next style
    assert again.shielded == "[1] gặp Tom."


@pytest.mark.parametrize("text, found", [
    # a name said to be someone's, ending its clause (v6: "Tôi tên là Nam." → "I named it.", "… under the South's
    # name."), "under the name" for "dưới tên"; not one that goes on, nor one in small letters
    ("Tôi tên là Nam.", [("Nam", "Nam")]), ("Tên em gái tôi là Mai Anh.", [("Mai Anh", "Mai Anh")]),
    ("Tôi đặt phòng dưới tên Hùng.", [("dưới tên Hùng", "under the name Hung")]),
    ("Tôi tên là Nam Anh Tuấn Minh Đức.", []), ("Tên là Nam thì hay.", []), ("Tôi tên là nam.", []),
])
def test_a_name_said_to_be_someones(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en")] == found


def test_a_name_after_name_is_in_english_is_kept():  # v6: "My name is Nam." → "Tên tôi là South."
    text = "My name is Nam. I booked it under the name Hung Anh. The name is good."
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "en", "vi")] == [("Nam", "Nam"),
                                                                                       ("Hung Anh", "Hung Anh")]


@pytest.mark.parametrize("text, found", [
    # the word for the kind of place after the name, as English writes it (v6: "12 lines of Nguyen Trai")
    ("Số 12 đường Nguyễn Trãi, huyện Sóc Sơn, Thành phố Đà Nẵng, làng Đông Hồ.",
     [("đường Nguyễn Trãi", "Nguyen Trai Street"), ("huyện Sóc Sơn", "Soc Son District"),
      ("Thành phố Đà Nẵng", "Da Nang City"), ("làng Đông Hồ", "Dong Ho Village")]),
])
def test_a_place_after_the_word_for_its_kind(text, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, "vi", "en")] == found


def test_the_bundled_model_keeps_the_marks_of_a_name_written_with_them(bundled):
    t = Translator.load(bundled)  # v6 alone: "Những người bạn của tôi cũng đã sống ở Đà Nẵng." (the name dropped)
    text = "My friend Trần Văn Minh lives in Đà Nẵng."
    assert "Trần Văn Minh" in t.translate(text, "en", "vi")[0]
    words = translate_detailed(t, [text], "en", "vi")[0].words
    assert [(w.text, w.fixed) for w in words if w.fixed] == [("Trần Văn Minh", "name"), ("ở Đà Nẵng", "name")]
    # v6 alone: "The Land went through the market.", "The pain is sick."
    lan, hung = t.translate(["Chị Lan đi chợ rồi.", "Bác Hùng bị ốm."], "vi", "en")
    assert lan.startswith("Lan ") and hung.startswith("Uncle Hung ")
    # a name alone opening the sentence (v7 alone: "It is sick.", "Let me call me yesterday."; "Chịu là chị tôi.")
    hai, thao = t.translate(["Hải bị ốm.", "Thảo gọi cho tôi hôm qua."], "vi", "en")
    assert hai.startswith("Hai ") and thao.startswith("Thao ")
    assert t.translate("Lan is my sister.", "en", "vi")[0].startswith("Lan ")
    # v6 alone: "Tên tôi là Tuổi đào.", "Tôi yêu thương phở và bread."
    out = t.translate(["My name is Tuấn.", "I love phở and bánh mì."], "en", "vi")
    assert "Tuấn" in out[0] and "phở" in out[1] and "bánh mì" in out[1]


@pytest.mark.parametrize("text, src, found", [
    ("Mr. Smith met Mrs. Johnson, Ms Lee and Prof. John Smith-Jones.", "en",
     [("Mr. Smith", "ông Smith"), ("Mrs. Johnson", "bà Johnson"), ("Ms Lee", "bà Lee"),
      ("Prof. John Smith-Jones", "giáo sư John Smith-Jones")]),
    ("Uncle Hung is sick; Aunt Mai is not.", "en", [("Uncle Hung", "chú Hung"), ("Aunt Mai", "cô Mai")]),
    ("Mr. Rudd's decision.", "en", []),  # a possessive is left to the model
    ("I miss Tom Brown.", "en", []),  # a title has its capital (this was "I cô Tom Brown")
    ("Ông Smith gặp bà Johnson và cô Mary Brown.", "vi",
     [("Ông Smith", "Mr. Smith"), ("bà Johnson", "Ms. Johnson"), ("cô Mary Brown", "Ms. Mary Brown")]),
    ("Tôi ở Bà Rịa với ông Tom.", "vi", []),  # shaped like Vietnamese syllables: a province, a name left to the model
    # ranks (v6: "Vua Edward" kept, "Thủ tướng Johnson" → "Chancellor Johnson"; "Prince William" → "Ông William");
    # English to Vietnamese only those v6 got wrong, and not a firm or a city
    ("Vua Edward gặp Thủ tướng Johnson và Công chúa Anne.", "vi",
     [("Vua Edward", "King Edward"), ("Thủ tướng Johnson", "Prime Minister Johnson"),
      ("Công chúa Anne", "Princess Anne")]),
    ("Prince William met General Patton and President Obama at General Electric in Saint Petersburg.", "en",
     [("Prince William", "hoàng tử William"), ("General Patton", "tướng Patton")]),
])
def test_foreign_names_after_a_title(text, src, found):
    assert [(text[m.start:m.end], m.replacement) for m in titled(text, src)] == found


def test_the_bundled_model_translates_the_title_before_a_foreign_name(bundled):
    t = Translator.load(bundled)  # v6 alone: "Ông. Smith là ...", "I talked to Mister Johnson."
    assert t.translate("Mr. Smith is our new teacher.", "en", "vi")[0].startswith("Ông Smith ")
    assert "Ms. Johnson" in t.translate("Hôm qua tôi nói chuyện với bà Johnson.", "vi", "en")[0]


@pytest.mark.parametrize("text, src, found", [
    # the place word v6 gets wrong goes before the name ("Nguyen Hue phố", "thị trường Dong Xuan": the economy's)
    ("at 12 Nguyen Hue Street, in Dong Xuan Market, from Mien Dong bus station", "en",
     [("Nguyen Hue Street", "đường Nguyen Hue"), ("in Dong Xuan Market", "ở chợ Dong Xuan"),
      ("Mien Dong bus station", "bến xe Mien Dong")]),
    # numbered wards and districts (v6: "Bulg 1", "nghiêm ngặt 1", strict)
    ("Ward 5, District 3; District 1.5", "en", [("Ward 5", "Phường 5"), ("District 3", "Quận 3")]),
    ("Quận 1, phường 5, quận 10; quận 1,5", "vi", [("Quận 1", "District 1"), ("phường 5", "Ward 5"),
                                                  ("quận 10", "District 10")]),
])
def test_addresses(text, src, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, src, "vi" if src == "en" else "en")] == found


def test_the_bundled_model_says_a_rank_before_a_foreign_name(bundled):
    """v6 wrote "Vua Edward visited …" and, shown "Pope Francis", "The Pope Francis visited …"."""
    out = Translator.load(bundled).translate(["Vua Edward đã đến thăm thành phố.",
                                              "Giáo hoàng Francis đã đến thăm thành phố."], "vi", "en")
    assert out[0].startswith("King Edward ") and out[1].startswith("Pope Francis ")


def test_no_the_before_a_vietnamese_name_written_by_rule():
    """v7 wrote "Call the Tran Van Minh." (the name written by rule, "the" the model's); a name of one word and a
    word that is no name keep it."""
    def finished(decoded: str, name: str) -> str:
        slot = Slot("{0}", Match(12, 12 + len(name), name, "name"))
        job = Job("Hãy gọi cho Trần Văn Minh.", [slot.match], shielded="Hãy gọi cho {0}.", slots=[slot])
        return join_words(finish_words(as_words(decoded), job, "vi", "en"))

    assert finished("Call the {0}.", "Tran Van Minh") == "Call Tran Van Minh."
    assert finished("Call the {0}.", "Nguyen") == "Call the Nguyen."
    assert finished("Call the {0} family.", "Tran Van Minh") == "Call the Tran Van Minh family."
    assert finished("Call the {0} Trail.", "Ho Chi Minh") == "Call the Ho Chi Minh Trail."


@pytest.mark.parametrize("text, said", [
    # "bác" (a parent's elder brother or sister) with a woman's name is an aunt in every rule that says whose (was
    # "Uncle Lan cut his hand.", "Uncle Lan always keeps his word."); with a man's name, or one of either, an uncle
    ("Bác Lan bị đứt tay.", "Aunt Lan cut her hand."), ("Bác Hùng bị đứt tay.", "Uncle Hung cut his hand."),
    ("Bác Lan luôn giữ lời.", "Aunt Lan always keeps her word."),
    ("Bác Lan đã hứa với tôi sẽ về nhà sớm.", "Aunt Lan promised me she would come home early."),
    ("Bác Hoa vừa nhận được tiền thưởng cuối năm.", "Aunt Hoa just got her year-end bonus."),
    ("Bác Lan đã để điện thoại ở chế độ im lặng.", "Aunt Lan put her phone on silent."),
    ("Bác Lan làm mất ví của mình.", "Aunt Lan lost her wallet."),
    ("Bác Tâm quên chìa khóa của mình.", "Uncle Tam forgot his keys."),
])
def test_bac_with_a_womans_name_is_an_aunt_in_every_rule(text, said):
    assert phrasebook.translate(text, "vi", "en") == said


@pytest.mark.parametrize("name, said", [
    ("Lan", "her"), ("Ngọc Lan", "her"), ("Huong", "her"), ("Hương", "her"), ("Mary", "her"), ("Jessica", "her"),
    ("Hùng", "his"), ("Hung", "his"), ("Đức", "his"), ("Duc", "his"), ("John", "his"), ("Tom", "his"),
    # names of either, a word that is not a name, nothing
    ("Minh", None), ("Tâm", None), ("Sam", None), ("Chris", None), ("lan", None), ("", None)])
def test_his_or_her_after_a_name_alone(name, said):
    assert named_his_her(name) == said
