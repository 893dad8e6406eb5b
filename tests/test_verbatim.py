"""Addresses, handles and paths: found, left alone by reading, and passed through translation unchanged."""
import pytest

from mt.detailed import translate_detailed
from mt.finishing import put_back
from mt.glossary import Match, Slot
from mt.restore import read_as
from mt.shorthand import expand
from mt.translate import DecodeOptions, Translator, source_as_read
from mt.verbatim import spans


@pytest.mark.parametrize("text, found", [
    ("gui email cho toi tai an.nguyen@example.com nhe", ["an.nguyen@example.com"]),
    ("Xem https://vnexpress.net/thoi-su/ha-noi.html.", ["https://vnexpress.net/thoi-su/ha-noi.html"]),
    ("(see https://en.wikipedia.org/wiki/Hanoi_(city))", ["https://en.wikipedia.org/wiki/Hanoi_(city)"]),
    ("the sites tuoitre.vn, dantri.com.vn and www.x.org/a.", ["tuoitre.vn", "dantri.com.vn", "www.x.org/a"]),
    ("hoi @minh_anh, theo doi #hanoi #1", ["@minh_anh", "#hanoi"]),
    ("LIÊN HỆ: WWW.ABC.VN, HTTPS://ABC.VN/X HOẶC VNEXPRESS.NET", ["WWW.ABC.VN", "HTTPS://ABC.VN/X", "VNEXPRESS.NET"]),
    ("Mở C:\\Users\\an\\bao-cao.docx, /etc/hosts hay ~/notes/a.txt.", ["C:\\Users\\an\\bao-cao.docx", "/etc/hosts",
                                                                      "~/notes/a.txt"]),
    # words with dots or slashes that are not addresses
    ("NODE.JS, FILE.TXT, Node.js, file.txt, C#, and/or 60 km/h, 24/7, ngày 31/12/2026, 1.500.000 đồng, e.g. U.S. cent,"
     " a /b", []),
    # phone numbers, not other numbers
    ("Gọi 0912 345 678, 0912.345.678, (028) 3823 4567 hoặc +84 912 345 678.",
     ["0912 345 678", "0912.345.678", "(028) 3823 4567", "+84 912 345 678"]),
    ("0,5 0.5 1.500.000 0 1 2 3, năm 2020-2021, 09123, 0.123 456 789", []),
    # hotlines after a word that says so (v6: "Call our hotline at 1900 1234" → "vào năm 1900 1234", in the year)
    ("Liên hệ hotline 1900 1234, gọi tổng đài 1800.6789 hoặc số 1900 54 54 58; call us at 1900 1234.",
     ["1900 1234", "1800.6789", "1900 54 54 58", "1900 1234"]),
    ("In 1900 2000 people died; năm 1900 1234 người; gọi số 1900 12.", []),  # a year and a count; too short
])
def test_spans(text, found):
    assert [text[a:b] for a, b in spans(text)] == found


def test_reading_leaves_addresses_alone():
    # before: "Ấn.nguyên@example.com", ".../thời-sự/ha-nơi...", "@mình_ảnh", "U.Tran@mail.com"
    assert read_as("gui email cho toi tai an.nguyen@example.com", "vi") == \
        "gửi email cho tôi tại an.nguyen@example.com"
    assert read_as("xem them tai https://vnexpress.net/thoi-su/ha-noi.html", "vi") == \
        "xem thêm tại https://vnexpress.net/thoi-su/ha-noi.html"
    assert expand("u can mail me at u.tran@mail.com", "en") == "you can mail me at u.tran@mail.com"
    assert source_as_read("ko biet, hoi @minh_anh", "vi", DecodeOptions()).endswith(" @minh_anh")


@pytest.mark.parametrize("text, src, tgt, addresses", [
    ("Tôi đang ở Hà Nội, gửi thư cho tôi tại an.nguyen@example.com nhé.", "vi", "en", ["an.nguyen@example.com"]),
    ("gui thu cho toi tai an.nguyen@example.com nhe", "vi", "en", ["an.nguyen@example.com"]),
    ("Truy cập https://vnexpress.net/the-gioi để xem tin tức.", "vi", "en", ["https://vnexpress.net/the-gioi"]),
    ("Please email support@mycompany.io if you have questions.", "en", "vi", ["support@mycompany.io"]),
    ("run ./install.sh from ~/projects/mt first", "en", "vi", ["./install.sh", "~/projects/mt"]),
    ("Hotline: (028) 3823 4567.", "en", "vi", ["(028) 3823 4567"]),  # v6 alone: "(028) 382367"
    ("Liên hệ số 0912.345.678 để biết thêm.", "vi", "en", ["0912.345.678"]),  # v6 alone: "0912 factor.345.678"
])
def test_the_bundled_model_passes_addresses_through(bundled, text, src, tgt, addresses):
    t = Translator.load(bundled)
    out = t.translate(text, src, tgt)[0]
    assert [out.count(a) for a in addresses] == [1] * len(addresses)
    words = translate_detailed(t, [text], src, tgt)[0].words
    assert [w.text for w in words if w.fixed] == addresses


def test_a_lost_placeholder_is_tried_in_the_next_style_then_put_back(bundled, monkeypatch):
    """With a stand-in decoder: a translation that drops `{0}` is decoded again with `[1]`; one that drops every
    style gets the address back where it stood."""
    t = Translator.load(bundled, cache_size=0)
    seen, keeps = [], {"[1]"}

    def decode(batch, prefix, opts, n, forbid=None):
        sources = [t.sp_source.decode(b) for b in batch]
        seen.extend(sources)
        return [t.sp_target.encode("Write to [1] now." if any(k in s for k in keeps) else "Write to me now.",
                                   out_type=str) for s in sources]

    monkeypatch.setattr(t, "_decode_batch", decode)
    assert t.translate("Viết thư cho an@example.com ngay.", "vi", "en") == ["Write to an@example.com now."]
    assert [("{0}" in s, "[1]" in s) for s in seen] == [(True, False), (False, True)]
    keeps.clear()
    assert t.translate("Viết thư cho an@example.com ngay.", "vi", "en") == ["Write to an@example.com me now."]


def test_put_back():
    slot = Slot("{0}", Match(13, 27, "an@example.com", "verbatim"))
    assert put_back("Write to {0}now.", [slot], 33) == "Write to an@example.com now."
    assert put_back("Write to me now.", [slot], 33) == "Write to an@example.com me now."
    assert put_back("Write to me now.", [], 33) == "Write to me now."


def test_language_is_detected_from_the_words_around_addresses():
    from mt.service import _vi_or_en, detect_language

    vi = "doc them tai https://example.com/read-more-about-the-news-today"
    assert _vi_or_en(vi)[0].language == "en"  # the address's words decide, unless taken out
    assert detect_language(vi).language == "vi"
    assert detect_language("see https://vnexpress.net/thoi-su/ha-noi-mua-to-ngap-duong.html").language == "en"
    alone = "an.nguyen@example.com"  # nothing around it: the address itself is what there is to read
    assert detect_language(alone).language == _vi_or_en(alone)[0].language


def test_a_text_holding_placeholders_is_shielded_in_another_style(bundled, monkeypatch):
    """"{0}" is in the text: the address goes through as "%1$s" (the first style that is not), not unshielded."""
    t = Translator.load(bundled, cache_size=0)
    seen = []

    def decode(batch, prefix, opts, n, forbid=None):
        sources = [t.sp_source.decode(b) for b in batch]
        seen.extend(sources)
        return [t.sp_target.encode(s.split("__")[-1].replace("và", "and").replace("của", "of"), out_type=str)
                for s in sources]

    monkeypatch.setattr(t, "_decode_batch", decode)
    out = t.translate("{0} và [1] của an@example.com", "vi", "en")[0]
    assert out.count("an@example.com") == 1 and len(seen) == 1 and "%1$s" in seen[0]
