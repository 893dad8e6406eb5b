"""mt.data.catalogs: pairs mined from .po and .mo catalogues the test writes itself with polib."""
from collections import Counter

import pytest

from mt.data.catalogs import mine
from mt.errors import DataError

polib = pytest.importorskip("polib")


def _catalog(lang="vi"):
    po = polib.POFile()
    po.metadata = {"Language": lang, "Content-Type": "text/plain; charset=UTF-8",
                   "Plural-Forms": "nplurals=1; plural=0;"}
    po.append(polib.POEntry(msgid="_Open", msgstr="_Mở"))
    po.append(polib.POEntry(msgid="Save %s\nnow", msgstr="Lưu %s\nngay", msgctxt="menu"))
    po.append(polib.POEntry(msgid="%d file", msgid_plural="%d files", msgstr_plural={0: "%d tập tin"}))
    po.append(polib.POEntry(msgid="Quit", msgstr=""))  # untranslated
    po.append(polib.POEntry(msgid="Close", msgstr="Đóng", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Old", msgstr="Cũ", obsolete=True))
    return po


EXPECTED_EN = ["_Open", "Save %s now", "%d file", "%d files"]
EXPECTED_VI = ["_Mở", "Lưu %s ngay", "%d tập tin", "%d tập tin"]


def test_mine_po(tmp_path):
    _catalog().save(str(tmp_path / "app.po"))
    counts = Counter()
    corpus = mine(tmp_path / "app.po", counts=counts)
    assert (corpus.en, corpus.vi) == (EXPECTED_EN, EXPECTED_VI)
    assert counts["untranslated"] == 1 and counts["fuzzy"] == 1 and counts["obsolete"] == 1
    assert corpus.origin(1).endswith("app.po:" + corpus.origin(1).split(":")[-1]) and "#menu" in corpus.origin(1)


def test_mine_folder_of_mo_files_by_language(tmp_path):
    for lang in ("vi", "fr"):
        d = tmp_path / "locale" / lang / "LC_MESSAGES"
        d.mkdir(parents=True)
        _catalog(lang).save_as_mofile(str(d / "app.mo"))
    counts = Counter()
    corpus = mine(tmp_path / "locale", lang="vi", counts=counts)
    # a .mo file is sorted by msgid, and msgfmt leaves fuzzy, obsolete and untranslated entries out
    assert sorted(zip(corpus.en, corpus.vi)) == sorted(zip(EXPECTED_EN, EXPECTED_VI))
    assert counts["catalogues"] == 1 and counts["other_language_catalogues"] == 1
    assert len(corpus.files) == 1 and all(len(h) == 64 for h in corpus.files.values())


@pytest.mark.parametrize("name, content, message", [
    ("bad.po", b'msgid "a"\nmsgstr "b\nfoo\n', r"bad.po: cannot read this gettext catalogue: .*line 3"),
    ("bad.mo", b"not a catalogue", r"bad.mo: cannot read .*magic number"),
    ("bad8.po", b'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a"\nmsgstr "\xff"\n',
     r"bad8.po:5: not valid utf-8"),
])
def test_bad_catalogue_names_file_and_line(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(DataError, match=message):
        mine(tmp_path / name)


def test_no_catalogue(tmp_path):
    with pytest.raises(DataError, match="no .po or .mo catalogue"):
        mine(tmp_path)
