"""Chat shorthand is read as written, and written text is left alone."""
import pytest

from eval.testsets import load
from mt.shorthand import abbreviate, expand
from mt.translate import DecodeOptions, source_as_read


@pytest.mark.parametrize("typed, read", [
    ("mình ko biết", "mình không biết"),
    ("bạn có đi dc ko?", "bạn có đi được không?"),
    ("Ko sao đâu, mn ạ.", "Không sao đâu, mọi người ạ."),
    ("t ko thích cái này", "tôi không thích cái này"),  # "t" is read as "tôi" beside "ko"
    ("a ơi, mai đi cf ko?", "anh ơi, mai đi cà phê không?"),
    ("minh ko biet", "minh khong biet"),  # typed without marks: written out without them, for mt.restore
    ("giá 50 k, ko đắt", "giá 50 k, không đắt"),  # a unit after a number stays
    ("xem v.d. ở trên, dc ko", "xem v.d. ở trên, được không"),
    ("cj ơi, e đag ở nhà oy, mệt wá", "chị ơi, em đang ở nhà rồi, mệt quá"),  # chat spellings
    # who opens a message in small letters before a word with marks (v6: "t đang bận, tí nữa nhé" → "Busy, ticks")
    ("t đang bận, tí nữa nhé", "tôi đang bận, tí nữa nhé"), ("e đang làm j đấy?", "em đang làm gì đấy?"),
    ("e nhớ a", "em nhớ anh"),
])
def test_short_forms_are_written_out(typed, read):
    assert expand(typed, "vi") == read


@pytest.mark.parametrize("typed, read", [
    ("vẽ e đang làm j", "vẽ e đang làm j"),  # letters are read only beside a form that is never a word, or
    ("a lô, ai đấy?", "a lô, ai đấy?"), ("E đang làm j đấy?", "E đang làm j đấy?"),  # as who opening a message
    ("Chọn câu a, b hoặc c.", "Chọn câu a, b hoặc c."),
    ("Tính e thẹn của cô ấy.", "Tính e thẹn của cô ấy."),
    ("Vẽ một đường từ A đến B, ko?", "Vẽ một đường từ A đến B, không?"),
    ("chữ w-a-t-e-r, ko", "chữ w-a-t-e-r, không"),
    ("Tên người dùng '%s' ko hợp lệ", "Tên người dùng '%s' không hợp lệ"),
    ("I'm a Mac", "I'm a Mac"),
])
def test_letters_and_words_stay(typed, read):
    assert expand(typed, "vi") == read


@pytest.mark.parametrize("typed, read", [
    ("can u help me pls", "can you help me please"),
    ("idk, im tired", "i don't know, i'm tired"),  # "i" stays small for mt.restore, which capitalises it
    ("Im sure u r right, thx", "I'm sure you are right, thanks"),  # a text with capitals gets "I"
    ("r u ok?", "are you ok?"),  # "u" alone is never an English word; "r" is read beside it
    ("send it asap, brb", "send it as soon as possible, be right back"),
    ("r we there?", "r we there?"),  # letters are read only beside a short form that is never a word
    ("press 'u' or u: to update, thx", "press 'u' or u: to update, thanks"),  # keys and options
    ("Dr. Ehud Ur and Ty, see cell B4, thx", "Dr. Ehud Ur and Ty, see cell B4, thanks"),  # names and cells
])
def test_english_short_forms(typed, read):
    assert expand(typed, "en") == read


def test_written_text_is_left_alone():
    for name in ("flores200-dev", "flores200-devtest", "tatoeba-test"):
        for src in ("vi", "en"):
            sources, _ = load(name, src, "en" if src == "vi" else "vi")
            changed = sum(expand(s, src) != s for s in sources)
            assert changed <= (2 if (name, src) == ("tatoeba-test", "en") else 0), (name, src)  # "Gotta go."


def test_abbreviate_is_what_expand_reads_back():
    text = "Tôi không biết anh ấy đang làm gì. Hôm nay mọi người đều thích cà phê."
    short = abbreviate(text, "vi")
    assert short == "t ko biết a ấy đang lm j. hnay mn đều thik cf."
    assert expand(short, "vi") == text.lower()
    assert abbreviate("I don't know why you're here, because it's late.", "en") == "idk y youre here, bc it's late."


def test_translation_reads_shorthand_in_its_language():
    assert source_as_read("minh ko biet", "vi", DecodeOptions()) == "mình không biết"
    assert source_as_read("minh ko biet", "vi", DecodeOptions(restore_input=False)) == "minh ko biet"
    assert source_as_read("im in london, thx", "en", DecodeOptions()) == "I'm in London, thanks"
    assert source_as_read("ko is a word, thx", "en", DecodeOptions()).startswith("ko ")  # English tables only


def test_eval_scores_shorthand_typed_sources():
    from eval.suite import make_tasks

    plain, = make_tasks(["tatoeba-test"], [("vi", "en")], limit=50)
    typed, = make_tasks(["tatoeba-test"], [("vi", "en")], limit=50, typed="shorthand")
    assert typed.testset == "tatoeba-test+shorthand"
    assert typed.sources == [abbreviate(s, "vi") for s in plain.sources]
    assert sum(t != p.lower() for t, p in zip(typed.sources, plain.sources)) >= 10
    plain_en, = make_tasks(["tatoeba-test"], [("en", "vi")], limit=50)
    english, = make_tasks(["tatoeba-test"], [("en", "vi")], limit=50, typed="shorthand")
    assert english.sources == [abbreviate(s, "en") for s in plain_en.sources]
    assert "r u afraid of dogs?" in english.sources
