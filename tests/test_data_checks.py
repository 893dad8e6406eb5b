"""mt.data.checks: placeholders and tags that must match, accelerator repair, markup residue."""
import pytest

from mt.data.checks import placeholder_mismatch, placeholders, repair, residue, tags


@pytest.mark.parametrize("text, expected", [
    ("Open %s in %d windows", ["%d", "%s"]),
    ("%1$s and %2$s", ["%s", "%s"]),  # reordering positions is a translator's right
    ("%(name)s: %-5.2f %lu", ["%(name)s", "%f", "%u"]),
    ("%PRODUCTNAME and %1 and {0} and {name} and ${HOME} and $(ARG1)",
     ["$(ARG1)", "${HOME}", "%1", "%PRODUCTNAME", "{0}", "{name}"]),
    ("50% of users, 100%% sure, 5 % off", []),  # prose percent signs are not placeholders
])
def test_placeholders(text, expected):
    assert sorted(placeholders(text).elements()) == expected


def test_tags_count_markup_not_metavariables():
    assert sorted(tags('<b>Bold</b> <a href="x">link</a> <br> <file> <số>').elements()) == \
        ["/a", "/b", "a", "b", "br"]


@pytest.mark.parametrize("a, b, bad", [
    ("Mở %s", "Open %s", False),
    ("%2$s của %1$s", "%s of %s", False),
    ("Mở %d", "Open %s", True),
    ("Xóa %s", "Delete", True),
    ("<b>Đậm</b>", "Bold", True),
    ("--target <máy>", "--target <machine>", False),
])
def test_placeholder_mismatch(a, b, bad):
    assert bool(placeholder_mismatch(a, b)) == bad


@pytest.mark.parametrize("raw, fixed", [
    ("_File", "File"), ("Ma_x depth:", "Max depth:"), ("Câ_y thư mục:", "Cây thư mục:"),
    ("E&xit", "Exit"), ("Save &As...", "Save As..."), ("C~hèn", "Chèn"), ("Mở (_O)", "Mở"),
    ("does n't work", "doesn't work"), ("it 's here", "it's here"), ("well @-@ known", "well-known"),
    # left alone: names, identifiers, paths, long text
    ("AT&T", "AT&T"), ("TẬP_TIN", "TẬP_TIN"), ("_NET_WM_NAME", "_NET_WM_NAME"), ("~/Documents", "~/Documents"),
    ("Tom & Jerry", "Tom & Jerry"), ("a long sentence about the Mary_Celeste ship that sank at sea", 
                                      "a long sentence about the Mary_Celeste ship that sank at sea"),
])
def test_repair(raw, fixed):
    assert repair(raw) == fixed


@pytest.mark.parametrize("text, kind", [
    ("Lỗi quot;{0}quot;.", "broken entity"),
    ("role lt;moderator>", "broken entity"),
    ("Tệp &amp;lt;b&gt;", "broken entity"),
    ("&Save && E&xit", "accelerator mark"),
    ("well @-@ known", "tokenisation residue"),
    ("Open the file.", None),
    ("AT&T", None),
])
def test_residue(text, kind):
    assert residue(text) == kind
