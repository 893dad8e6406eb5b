"""Vietnamese chat shorthand is read as written, and written Vietnamese is left alone."""
import pytest

from eval.testsets import load
from mt.errors import InputError
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
])
def test_short_forms_are_written_out(typed, read):
    assert expand(typed) == read


@pytest.mark.parametrize("text", [
    "e đang làm j đấy?",  # letters alone are read only beside a short form that is never a word
    "Chọn câu a, b hoặc c.", "Tính e thẹn của cô ấy.", "Vẽ một đường từ A đến B, ko?",
    "chữ w-a-t-e-r, ko", "Tên người dùng '%s' ko hợp lệ", "I'm a Mac",
])
def test_letters_and_words_stay(text):
    assert [w for w in expand(text).split() if w not in text.split()] in ([], ["không"], ["không?"])


def test_written_vietnamese_is_left_alone():
    for name in ("flores200-dev", "flores200-devtest", "tatoeba-test"):
        sources, _ = load(name, "vi", "en")
        assert sum(expand(s) != s for s in sources) == 0, name


def test_abbreviate_is_what_expand_reads_back():
    text = "Tôi không biết anh ấy đang làm gì. Hôm nay mọi người đều thích cà phê."
    short = abbreviate(text)
    assert short == "t ko biết a ấy đang lm j. hnay mn đều thik cf."
    assert expand(short) == text.lower()


def test_translation_reads_shorthand_for_vietnamese_only():
    assert source_as_read("minh ko biet", "vi", DecodeOptions()) == "mình không biết"
    assert source_as_read("minh ko biet", "vi", DecodeOptions(restore_input=False)) == "minh ko biet"
    assert source_as_read("Ko is a name.", "en", DecodeOptions()) == "Ko is a name."


def test_eval_scores_shorthand_typed_sources():
    from eval.suite import make_tasks

    plain, = make_tasks(["tatoeba-test"], [("vi", "en")], limit=50)
    typed, = make_tasks(["tatoeba-test"], [("vi", "en")], limit=50, typed="shorthand")
    assert typed.testset == "tatoeba-test+shorthand" and typed.sources == [abbreviate(s) for s in plain.sources]
    assert sum(t != p.lower() for t, p in zip(typed.sources, plain.sources)) >= 10
    with pytest.raises(InputError, match="vi->en"):
        make_tasks(["tatoeba-test"], [("en", "vi")], typed="shorthand")
