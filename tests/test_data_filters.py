"""mt.data.filters: each reason on pairs that fail it and only it; counts add up; rejects are reported."""
import pytest

from mt.data import Corpus, clean_pairs
from mt.data.filters import REASONS, Cleaner, FilterConfig
from mt.errors import InputError

GOOD = ("Tôi đã đọc quyển sách này hai lần rồi.", "I have read this book twice already.")

# (vi, en) -> the one reason it is dropped for
BAD = [
    (("", "Empty"), "empty"),
    (("x " * 600, "long"), "too_long"),
    (("Một câu dài hơn nhiều so với bản dịch của nó", "One"), "length_ratio"),
    (("Windows XP", "Windows XP"), "source_equals_target"),
    (("Không thể mở %s", "Cannot open %d"), "placeholder_mismatch"),
    (("Lỗi quot;{0}quot; rồi", "Error quot;{0}quot; now"), "markup_residue"),
    (("The quick brown fox jumps over the lazy dog.", "The quick brown fox jumps over the lazy dog!!"),
     "source_equals_target"),
    (("This sentence was never translated at all, sadly.", "Câu này chưa bao giờ được dịch cả."),
     "wrong_language"),
]


@pytest.mark.parametrize("pair, reason", BAD)
def test_each_reason(pair, reason):
    kept_vi, _, counts = clean_pairs([GOOD[0], pair[0]], [GOOD[1], pair[1]])
    assert kept_vi == [GOOD[0]]
    assert counts[reason] == 1 and counts["kept"] == 1 and counts["read"] == 2


def test_counts_add_up_and_duplicates_are_caught():
    vi = [GOOD[0], GOOD[0], GOOD[0].upper().rstrip("."), "", "Xin chào"]
    en = [GOOD[1], GOOD[1], GOOD[1].lower(), "x", "Hello"]
    kept_vi, kept_en, counts = clean_pairs(vi, en)
    assert (kept_vi, kept_en) == ([GOOD[0], "Xin chào"], [GOOD[1], "Hello"])
    assert counts["duplicate"] == 1 and counts["near_duplicate"] == 1 and counts["empty"] == 1
    assert counts["kept"] + sum(counts[r] for r in REASONS) == counts["read"] == len(vi)


def test_short_ui_strings_are_not_judged_by_language():
    # langid calls "Edit" or "Name:" Vietnamese at ~0.5-0.64: too short to judge, so they are kept
    kept_vi, _, counts = clean_pairs(["Sửa", "Tên:", "Thời gian"], ["Edit", "Name:", "Time"])
    assert len(kept_vi) == 3 and counts["wrong_language"] == 0


def test_repairs_are_counted_and_applied():
    cleaner = Cleaner()
    kept = cleaner.clean(Corpus("ui", ["_Mở tập tin", "C~hèn"], ["_Open File", "Insert"]))
    assert [(p.vi, p.en) for p in kept] == [("Mở tập tin", "Open File"), ("Chèn", "Insert")]
    assert cleaner.repaired["ui"] == 2


def test_disabled_filter_keeps_pair_and_rejects_are_reported():
    seen = []
    cleaner = Cleaner(FilterConfig(disable=("source_equals_target",)),
                      on_reject=lambda reason, pair, detail: seen.append((reason, pair.origin, detail)))
    kept = cleaner.clean(Corpus("c", ["Windows XP", "", "Windows XP"], ["Windows XP", "x", "Windows XP"]))
    assert [p.vi for p in kept] == ["Windows XP"]
    assert seen == [("empty", "c:2", "vi side empty"), ("duplicate", "c:3", "same pair as c:1")]


def test_duplicates_are_found_across_corpora():
    cleaner = Cleaner()
    cleaner.clean(Corpus("a", [GOOD[0]], [GOOD[1]]))
    assert cleaner.clean(Corpus("b", [GOOD[0]], [GOOD[1]])) == []
    assert cleaner.counts["b"]["duplicate"] == 1


def test_newlines_inside_a_field_become_spaces():
    kept_vi, kept_en, _ = clean_pairs(["Dòng một\ndòng hai"], ["Line one\r\nline two"])
    assert (kept_vi, kept_en) == (["Dòng một dòng hai"], ["Line one line two"])


@pytest.mark.parametrize("kw, message", [
    (dict(disable=("nope",)), "unknown filter nope"),
    (dict(max_ratio=0.5), "max-ratio"),
    (dict(lang_min_prob=0.2), "lang-min-prob"),
])
def test_config_validation(kw, message):
    with pytest.raises(InputError, match=message):
        FilterConfig(**kw)


def test_words_copied_from_the_other_side_do_not_decide_the_language():
    # langid gives the English side "vi" at p=1.0 because of the quoted greetings; what it says of its own is English
    vi = 'Những câu chúc truyền thống là "chúc mừng năm mới" và "cung chúc tân xuân".'
    en = 'The traditional greetings are "chúc mừng năm mới" and "cung chúc tân xuân".'
    assert clean_pairs([vi], [en])[2]["kept"] == 1
    # ... while an untranslated copy is judged whole, and reads as the other language
    copy = "HA NOI - Shares slid during yesterday's session despite the statistics office's report"
    assert clean_pairs([copy.replace("HA NOI - ", "")], [copy])[2]["wrong_language"] == 1
