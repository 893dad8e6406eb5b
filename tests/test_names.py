"""Vietnamese names the model has not learnt: found, and written without marks both ways."""
import pytest

from mt.detailed import translate_detailed
from mt.names import matches
from mt.translate import Translator


@pytest.mark.parametrize("text, src, tgt, found", [
    ("Ông Nguyễn Văn Hùng là giám đốc.", "vi", "en", [("Ông Nguyễn Văn Hùng", "Mr. Nguyen Van Hung")]),  # v6: "He"
    ("Tôi gặp anh Lê Minh Tuấn, bác sĩ Đỗ Thị Lan.", "vi", "en",
     [("anh Lê Minh Tuấn", "Le Minh Tuan"), ("bác sĩ Đỗ Thị Lan", "Dr. Do Thi Lan")]),
    ("Phạm Minh Chính phát biểu.", "vi", "en", [("Phạm Minh Chính", "Pham Minh Chinh")]),  # opens the sentence
    ("Tôi tên là Hoàng Anh, ở Nguyễn Văn A.", "vi", "en",
     [("Hoàng Anh", "Hoang Anh"), ("Nguyễn Văn A", "Nguyen Van A")]),
    ("sân bay Tân Sơn Nhất, tỉnh Hà Giang và đảo Phú Quốc", "vi", "en",
     [("Tân Sơn Nhất", "Tan Son Nhat"), ("Hà Giang", "Ha Giang"), ("Phú Quốc", "Phu Quoc")]),
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
    ("Ông Nguyễn Văn Hùng", "vi", "de", []),
])
def test_matches(text, src, tgt, found):
    assert [(text[m.start:m.end], m.replacement) for m in matches(text, src, tgt)] == found


@pytest.mark.parametrize("text, src, tgt, name", [
    ("Bà Phạm Thị Hoa đã nghỉ hưu.", "vi", "en", "Ms. Pham Thi Hoa"),  # v6 alone: "The U.S. market has retired."
    ("Thủ tướng Phạm Minh Chính phát biểu tại hội nghị.", "vi", "en", "Pham Minh Chinh"),  # "The Premier League"
    ("Chúng tôi bay tới sân bay Liên Khương.", "vi", "en", "Lien Khuong"),
    ("Prime Minister Pham Minh Chinh spoke at the conference.", "en", "vi", "Pham Minh Chinh"),  # "Pham Minh"
    ("We landed at Lien Khuong airport.", "en", "vi", "Lien Khuong"),
])
def test_the_bundled_model_writes_names_without_marks(bundled, text, src, tgt, name):
    t = Translator.load(bundled)
    assert t.translate(text, src, tgt)[0].count(name) == 1
    words = translate_detailed(t, [text], src, tgt)[0].words
    assert [(w.text, w.fixed) for w in words if w.fixed] == [(name, "name")]
