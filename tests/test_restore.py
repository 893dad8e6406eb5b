"""mt.restore: text typed without Vietnamese marks or capitals, read back with them; and where that reaches
translation, evaluation and the web app."""
import gzip

import pytest

from mt.errors import DataError, InputError
from mt.restore import Restorer, count, from_capitals, has_capitals, has_marks, read_as
from mt.text import strip_marks

# "ban" is bạn (friend) before "đi"/"có" and bàn (table) before "này": only the bigram context tells them apart
VI = ["Tôi đi học.", "Bạn đi chợ.", "Bạn có khỏe không?", "Bàn này đẹp.", "Cái bàn này rất đẹp.",
      "Tôi có hai con mèo.", "Bạn có một con chó.", "Bạn tôi sống ở Hà Nội.", "Hà Nội rất đẹp."] * 3
EN = ["I live in London.", "Yesterday I saw London.", "The file is in the folder.", "We like the file."] * 3


@pytest.fixture(scope="module")
def table():
    return Restorer.from_counts(*count(VI), min_count=1)


@pytest.fixture(scope="module")
def tables(tmp_path_factory, table):
    root = tmp_path_factory.mktemp("tables")
    table.write(root / "vi.tsv.gz")
    Restorer.from_counts(*count(EN), min_count=1).write(root / "en.tsv.gz")
    return root


@pytest.mark.parametrize("marked, bare", [
    ("Tiếng Việt", "Tieng Viet"), ("Đường ĐI", "Duong DI"), ("Ngữ  âm\nhọc", "Ngu  am\nhoc"), ("café 3,5", "cafe 3,5"),
])
def test_strip_marks_keeps_every_other_character(marked, bare):
    assert strip_marks(marked) == bare and len(bare) == len(marked)
    assert has_marks(marked) and not has_marks(bare)


def test_context_picks_between_candidates(table):
    assert table.restore("ban di cho") == "bạn đi chợ"
    assert table.restore("ban nay dep") == "bàn này đẹp"
    assert table.restore("Ban co khoe khong?\ntoi di hoc.") == "Bạn có khỏe không?\ntôi đi học."


def test_marks_keep_the_typed_case_digits_and_unknown_words(table):
    assert table.restore("TOI co 2 con MeO Zalo") == "TÔI có 2 con MèO Zalo"
    assert table.restore("") == "" and table.restore("...") == "..."


def test_capitals_come_back_but_a_sentence_starts_as_typed(table, tables):
    assert table.restore("ban toi song o ha noi. ha noi rat dep", marks=True, case=True) == \
        "bạn tôi sống ở Hà Nội. Hà Nội rất đẹp"  # "Hà" is written so inside sentences, "bạn" is not
    assert table.restore("ban toi song o hà nội", marks=False, case=True) == "ban toi song o Hà Nội"
    assert read_as("i live in london", "en", tables / "en.tsv.gz") == "I live in London"
    assert read_as("the file is in london", "en", tables / "en.tsv.gz") == "the file is in London"


@pytest.mark.parametrize("text, lang, expected", [
    ("toi di hoc", "vi", "tôi đi học"),
    ("Tôi di hoc", "vi", "Tôi di hoc"),  # a third of the words marked, and a capital: written so, left alone
    ("Tôi di hoc, ban di cho", "vi", "Tôi đi học, bạn đi chợ"),  # one word in six marked: the others get theirs
    ("Toi di hoc", "vi", "Tôi đi học"),
    ("bạn tôi sống ở hà nội", "vi", "bạn tôi sống ở Hà Nội"),  # marked, in lower case: capitals only
    ("The weather is nice", "vi", "The weather is nice"),  # not words usually marked: not unmarked Vietnamese
    ("london", "en", "london"),  # one word: no context to choose its capitals
    ("toi di hoc", "fr", "toi di hoc"),  # no table for the language
])
def test_what_is_restored(tables, text, lang, expected):
    assert read_as(text, lang, tables / f"{lang}.tsv.gz") == expected


def test_table_round_trip_is_byte_stable(table, tables, tmp_path):
    again = Restorer.read(tables / "vi.tsv.gz")
    again.write(tmp_path / "b.tsv.gz")
    assert (tmp_path / "b.tsv.gz").read_bytes() == (tables / "vi.tsv.gz").read_bytes()
    assert again.restore("ban nay dep, ban di cho") == table.restore("ban nay dep, ban di cho") == \
        "bàn này đẹp, bạn đi chợ"


def test_pruned_pairs_keep_their_totals():
    uni, bi = count(VI)
    pruned = Restorer.from_counts(uni, bi, min_count=4)
    assert len(pruned.cased.keys) < len(bi)
    assert pruned.cased.successors()["Bạn"] == (12, 3)  # đi ×3, có ×6, tôi ×3: 12 after, 3 kinds


def test_bad_table_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.tsv.gz"
    bad.write_bytes(gzip.compress(b"word\t1\n"))
    with pytest.raises(DataError, match="not a restoration table"):
        Restorer.read(bad)
    (tmp_path / "junk.gz").write_bytes(b"not gzip")
    with pytest.raises(DataError, match="cannot read"):
        Restorer.read(tmp_path / "junk.gz")


def test_shipped_tables_read_everyday_text():
    assert read_as("Hom nay troi dep qua. Ban co khoe khong?", "vi") == "Hôm nay trời đẹp quá. Bạn có khỏe không?"
    # a line's end ends a sentence, as in chats typed without a full stop ("nhẹ" and "nhị" without that)
    assert read_as("gui cho toi nhe", "vi") == "gửi cho tôi nhé"
    assert read_as("hom nay troi dep qua nhi", "vi") == "hôm nay trời đẹp quá nhỉ"
    assert read_as("Người dân rất thân thiện.", "vi") == "Người dân rất thân thiện."  # as written: unchanged
    assert read_as("Please call me tomorrow.", "vi") == "Please call me tomorrow."  # English words: unchanged
    assert read_as("i met john in paris", "en") == "I met John in Paris"
    assert not has_capitals(read_as("file not found", "en"))  # a lower-case UI string stays so


@pytest.mark.parametrize("text, lang, read", [
    ("CALL MR. SMITH ON FRIDAY, 25 JULY.", "en", "Call Mr. Smith on Friday, 25 July."),
    ("I TALKED TO MS. JOHNSON.", "en", "I talked to Ms. Johnson."),  # "ms" alone is more often milliseconds
    ("I MET MS. BROWN.", "en", "I met Ms. Brown."),  # after a title a name: not the colour
    ("SALE: 20 KILOGRAMS FOR $5!", "en", "Sale: 20 kilograms for $5!"),  # "Kilograms" after a number: seen once
    ("I LOVE NEW YORK", "en", "I love New York"),
    ("CHÚC MỪNG NĂM MỚI TỪ TP. HỒ CHÍ MINH", "vi", "Chúc mừng năm mới từ Tp. Hồ Chí Minh"),  # "minh" alone is small
    ("XEM WWW.ABC.VN/XYZ", "vi", "Xem WWW.ABC.VN/XYZ"),  # an address as written
    # a name of three that opens with a family name, each word a capital (its given name, or all, are words too)
    ("TÔI SẼ GẶP NGUYỄN VĂN HÙNG.", "vi", "Tôi sẽ gặp Nguyễn Văn Hùng."),
    ("CHỊ TRẦN THỊ LAN LÀ GIÁO VIÊN.", "vi", "Chị Trần Thị Lan là giáo viên."),
    ("ANH ẤY VIẾT VĂN HAY.", "vi", "Anh ấy viết văn hay."),  # "văn" after no family name: a word
])
def test_a_sentence_in_capitals_is_read_with_the_capitals_it_would_have(text, lang, read):
    assert from_capitals(text, lang) == read and len(read) == len(text)


def test_translator_reads_restored_text(exported):
    from mt.translate import DecodeOptions, Translator

    t = Translator.load(exported)
    (sentence,), = t._plan("Toi co hai con meo.", "vi", "en", DecodeOptions())
    assert sentence == "Tôi có hai con mèo."
    assert t.translate("Toi co hai con meo.", "vi", "en") == t.translate("Tôi có hai con mèo.", "vi", "en")
    (kept,), = t._plan("Toi co hai con meo.", "vi", "en", DecodeOptions(restore_input=False))
    (english,), = t._plan("Toi co hai con meo.", "en", "vi", DecodeOptions())
    assert kept == english == "Toi co hai con meo."


def test_detailed_reports_how_the_source_was_read(exported):
    from mt.detailed import translate_detailed
    from mt.translate import Translator

    t = Translator.load(exported)
    bare, marked = translate_detailed(t, ["Toi co hai con meo.", "Tôi có hai con mèo."], "vi", "en")
    assert bare.read_as == "Tôi có hai con mèo." and marked.read_as == ""
    assert bare.text == marked.text


@pytest.mark.parametrize("text, lang", [
    ("nguoi dan o day rat than thien va de thuong", "vi"),  # py3langid alone says English (0.96)
    ("cam on", "vi"),  # py3langid: English (0.64)
    ("cam on ban rat nhieu", "vi"),  # py3langid: Vietnamese, but only 0.50 sure
    ("The cat ran after the rat.", "en"),  # thể cát rán … rất: Vietnamese-looking words, likelier as English
    ("to me", "en"),  # tô mẹ
    ("come on", "en"),
])
def test_detection_knows_unmarked_vietnamese(text, lang):
    from mt.restore import vietnamese_odds
    from mt.service import detect_language

    d = detect_language(text)
    assert d.language == lang and (d.confidence > 0.9 if lang == "vi" else 0.5 <= d.confidence <= 1.0)
    assert (vietnamese_odds(text) > 0) == (lang == "vi")


def test_eval_scores_sources_as_typed():
    from eval.suite import make_tasks

    plain_vi, plain_en = make_tasks(["flores200-dev"], limit=3)
    (task,) = make_tasks(["flores200-dev"], [("vi", "en")], limit=3, typed="unmarked")
    assert task.testset == "flores200-dev+unmarked" and task.refs == plain_vi.refs
    assert task.sources == [strip_marks(s) for s in plain_vi.sources] != plain_vi.sources
    lower = make_tasks(["flores200-dev"], limit=3, typed="lower")
    assert [t.sources for t in lower] == [[s.lower() for s in p.sources] for p in (plain_vi, plain_en)]
    (both,) = make_tasks(["flores200-dev"], limit=3, typed="unmarked-lower")  # unmarked: Vietnamese sources only
    assert both.src == "vi" and both.sources == [strip_marks(s).lower() for s in plain_vi.sources]
    upper = make_tasks(["flores200-dev"], limit=3, typed="upper")  # translated in capitals: scored so
    assert [(t.sources, t.refs) for t in upper] == [([s.upper() for s in p.sources], [r.upper() for r in p.refs])
                                                    for p in (plain_vi, plain_en)]
    with pytest.raises(InputError, match="vi->en"):
        make_tasks(["flores200-dev"], [("en", "vi")], typed="unmarked")
    with pytest.raises(InputError, match="unknown typing style"):
        make_tasks(["flores200-dev"], typed="shouted")


def test_mt_data_restore_builds_tables_translation_can_use(data_dir, tmp_path, capsys):
    from mt.cli import main

    assert main(["data", "restore", "--data-dir", str(data_dir), "--out-dir", str(tmp_path), "--min-count", "1"]) == 0
    out = capsys.readouterr().out
    assert f"{tmp_path / 'restore_vi.tsv.gz'}:" in out and f"{tmp_path / 'restore_en.tsv.gz'}:" in out
    assert Restorer.read(tmp_path / "restore_vi.tsv.gz").restore("Chung toi thay") == "Chúng tôi thấy"
    assert main(["data", "restore", "--data-dir", str(data_dir), "--out-dir", str(tmp_path), "--min-count", "0"]) == 2


def test_web_app_shows_how_it_read_the_text(exported):
    from app.ui import detected_note
    from mt.service import translate_request
    from mt.translate import Translator

    r = translate_request(Translator.load(exported), "Toi co hai con meo.", "vi", "en")
    assert "read as: *Tôi có hai con mèo.*" in detected_note(r)


def test_documents_typed_without_marks_are_read_with_them(exported, monkeypatch):
    from mt import markup
    from mt.documents import translate_document
    from mt.translate import Translator

    read = []

    def recording(translator, sentences, *args, **kwargs):
        read.extend(sentences)
        return original(translator, sentences, *args, **kwargs)

    original = markup.translate_sentences
    monkeypatch.setattr(markup, "translate_sentences", recording)
    t = Translator.load(exported)
    marked = translate_document("# Tôi có hai con mèo.\n\n- Họ thích **ba quyển sách**.\n", "a.md", t, "vi", "en")
    bare = translate_document("# Toi co hai con meo.\n\n- Ho thich **ba quyen sach**.\n", "a.md", t, "auto", "en")
    assert read == ["Tôi có hai con mèo.", "Họ thích ba quyển sách."] * 2
    assert bare.src == "vi" and bare.text == marked.text and bare.data == marked.data
