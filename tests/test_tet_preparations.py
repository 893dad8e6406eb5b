"""Getting the house ready for Tet: the big clean, candied fruit, blossoms at Tet, the house painted and banh chung
boiled, both ways (mt/tet_preparations.py)."""
import pytest

from mt.tet_preparations import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My home is the preacher of Tet.", "We wipe the door before Tet.", "We've defended home birth."
    ("Nhà tôi đang tổng vệ sinh đón Tết.", "My family is doing a big clean for Tet."),
    ("Nhà tôi tổng vệ sinh đón Tết.", "My family does a big clean for Tet."),
    ("Chúng tôi lau dọn nhà cửa trước Tết.", "We clean the house before Tet."),
    ("Mẹ tôi đang lau dọn nhà cửa đón Tết.", "My mother is cleaning the house for Tet."),
    ("Lan đã lau dọn nhà cửa đón Tết rồi.", "Lan has already cleaned the house for Tet."),
    ("Chúng tôi đã tổng vệ sinh nhà cửa rồi.", "We've already given the house a big clean."),
    ("Chúng tôi đang tổng vệ sinh nhà cửa.", "We're giving the house a big clean."),
    ("Chúng tôi sẽ tổng vệ sinh nhà cửa trước Tết.", "We'll give the house a big clean before Tet."),
    ("Bố mẹ tôi đang tổng vệ sinh nhà cửa đón Tết.", "My parents are giving the house a big clean for Tet."),
    ("Năm nào nhà tôi cũng tổng vệ sinh nhà cửa đón Tết.", "My family gives the house a big clean for Tet every year."),
    ("Nhà bạn đã tổng vệ sinh chưa?", "Has your family done a big clean yet?"),
    ("Nhà bạn có tổng vệ sinh mỗi năm không?", "Does your family do a big clean every year?"),
    ("Tôi đang tổng vệ sinh đón Tết ạ.", "I'm doing a big clean for Tet."),
    ("Chúng ta đang tổng vệ sinh đón Tết.", "We're doing a big clean for Tet."),
    # v8: "My mother was throwing ginger.", "My grandmother was doing coconut.", "Have you got the Tet yet?"
    ("Mẹ tôi làm mứt gừng.", "My mother makes candied ginger."),
    ("Bà tôi làm mứt dừa.", "My grandmother makes candied coconut."),
    ("Bà tôi đang làm mứt dừa.", "My grandmother is making candied coconut."),
    ("Lan đang làm mứt gừng.", "Lan is making candied ginger."),
    ("Mẹ tôi vừa làm mứt dừa.", "My mother has just made candied coconut."),
    ("Mẹ tôi không làm mứt gừng.", "My mother doesn't make candied ginger."),
    ("Mẹ tôi chưa làm mứt Tết.", "My mother hasn't made candied fruit for Tet yet."),
    ("Bạn đã làm mứt Tết chưa?", "Have you made candied fruit for Tet yet?"),
    ("Bạn có làm mứt Tết không?", "Do you make candied fruit for Tet?"),
    ("Bà bạn có làm mứt gừng không?", "Does your grandmother make candied ginger?"),
    ("Nhà tôi năm nào cũng làm mứt gừng.", "My family makes candied ginger every year."),
    ("Chúng tôi thường làm mứt dừa vào dịp Tết.", "We usually make candied coconut at Tet."),
    ("Anh ấy đã làm mứt sen.", "He made candied lotus seeds."),
    # v8: "My house plays cherry flowers on Tet.", "Do you play training flowers on Tet?"
    ("Nhà tôi chơi hoa đào ngày Tết.", "My family has peach blossoms at Tet."),
    ("Nhà tôi chơi hoa mai ngày Tết.", "My family has apricot blossoms at Tet."),
    ("Nhà bạn có chơi hoa đào ngày Tết không?", "Does your family have peach blossoms at Tet?"),
    ("Nhà tôi không chơi quất ngày Tết.", "My family doesn't have a kumquat tree at Tet."),
    ("Ông bà tôi thường chơi đào vào dịp Tết.", "My grandparents usually have peach blossoms at Tet."),
    # v8: "Every year we paint the house the Tet.", "We're getting banh chung."
    ("Năm nào chúng tôi cũng sơn lại nhà đón Tết.", "We repaint the house for Tet every year."),
    ("Chúng tôi đang sơn lại nhà đón Tết.", "We're repainting the house for Tet."),
    ("Bố tôi đã sơn nhà trước Tết.", "My father painted the house before Tet."),
    ("Chúng tôi sẽ sơn nhà trước Tết.", "We'll paint the house before Tet."),
    ("Chúng tôi đang luộc bánh chưng.", "We're boiling banh chung."),
    ("Nhà tôi luộc bánh chưng ngày Tết.", "My family boils banh chung at Tet."),
    # not: buying (mt/tet_holiday.py), "dọn dẹp", wrapping (mt/new_year.py), a bare "mứt" (jam?), a big clean, a plain
    # painting or banh chung with no Tet nor a habit word (now, or a habit?), "chơi" with no Tet (plays) or not as a
    # habit, a "?" on a statement, "có" without "không", "không?" without "có", "I" asked, a pet, "anh" saying it,
    # "nhỉ", "nhé", tenses that do not go together, "xong", a region (mt/tet_holiday.py), the other language
    ("Năm nay nhà tôi mua cây quất.", None), ("Chúng tôi dọn dẹp nhà cửa đón Tết.", None),
    ("Chúng tôi gói bánh chưng.", None), ("Chúng tôi đang làm mứt.", None), ("Chúng tôi tổng vệ sinh nhà cửa.", None),
    ("Chúng tôi sơn lại nhà đón Tết.", None), ("Chúng tôi sẽ sơn nhà.", None), ("Nhà tôi luộc bánh chưng.", None),
    ("Nhà tôi chơi hoa đào.", None), ("Nhà tôi đang chơi hoa đào ngày Tết.", None),
    ("Nhà tôi chơi hoa đào trước Tết.", None), ("Mẹ tôi làm mứt gừng?", None), ("Mẹ tôi làm mứt gừng không?", None),
    ("Tôi có làm mứt gừng không?", None), ("Con mèo của tôi làm mứt gừng.", None), ("Anh làm mứt gừng.", None),
    ("Tôi đang tổng vệ sinh đón Tết nhỉ.", None), ("Mẹ tôi làm mứt gừng nhé.", None),
    ("Mẹ tôi đang làm mứt gừng rồi.", None), ("Gia đình tôi vừa tổng vệ sinh xong.", None),
    ("Nhà tôi đang lau dọn nhà cửa.", None), ("Miền Bắc chơi hoa đào ngày Tết.", None),
    ("Chúng tôi làm mứt Tết đón Tết.", None), ("Nhà tôi không tổng vệ sinh mỗi năm.", None),
    ("Bạn có làm mứt gừng?", None), ("Chúng ta làm mứt gừng.", None), ("Mình làm mứt gừng.", None),
    ("Bọn trẻ chơi ngoài sân.", None), ("My mother makes candied ginger.", None),
    # "Tết nào … cũng" is every Tet: Tet said, not only every year ("My mother makes candied ginger every year.")
    ("Tết nào mẹ tôi cũng làm mứt gừng.", "My mother makes candied ginger for Tet every year."),
    ("Tết nào nhà tôi cũng tổng vệ sinh.", "My family does a big clean for Tet every year."),
    ("Nhà tôi tết nào cũng làm mứt gừng.", "My family makes candied ginger for Tet every year."),
    ("Tết nào nhà tôi cũng chơi hoa đào.", "My family has peach blossoms at Tet every year."),
    ("Tết nào bố tôi cũng sơn nhà.", "My father paints the house for Tet every year."),
    ("Tết nào nhà tôi cũng tổng vệ sinh đón Tết.", "My family does a big clean for Tet every year."),
    ("Tết nào mẹ tôi cũng làm mứt Tết.", "My mother makes candied fruit for Tet every year."),
    ("Tết nào nhà tôi cũng chơi hoa đào trước Tết.", None),
    # "thế", "vậy" ending a statement say more than English would (mt.text.STRESSED_SAID); asked, they only soften
    ("Mẹ tôi làm mứt gừng thế.", None), ("Mẹ tôi làm mứt gừng vậy.", None), ("Mẹ tôi đang làm mứt gừng thế.", None),
    ("Bạn có làm mứt gừng không thế?", "Do you make candied ginger?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi đang làm một chiếc sạch lớn trước Tết.", "Chúng tôi đã dọn nhà một cái sạch lớn."
    ("We're doing a big clean before Tet.", "Chúng tôi đang tổng vệ sinh trước Tết."),
    ("My family is doing a big clean for Tet.", "Nhà tôi đang tổng vệ sinh đón Tết."),
    ("We're doing a big clean.", "Chúng tôi đang tổng vệ sinh."),
    ("We've already given the house a big clean.", "Chúng tôi đã tổng vệ sinh nhà cửa rồi."),
    ("We have just given the house a big clean for Tet.", "Chúng tôi vừa tổng vệ sinh nhà cửa đón Tết."),
    ("We do a big clean before Tet every year.", "Năm nào chúng tôi cũng tổng vệ sinh trước Tết."),
    ("I haven't done a big clean yet.", "Tôi chưa tổng vệ sinh."),
    ("Has your family done a big clean yet?", "Nhà bạn đã tổng vệ sinh chưa?"),
    ("My parents are cleaning the house for Tet.", "Bố mẹ tôi đang lau dọn nhà cửa đón Tết."),
    # v8: "Mẹ tôi làm cho gừng có thể ăn được.", "Cô ấy không làm bánh quy." (biscuits), "Bạn đã làm trái cây có thể đi
    # vệ sinh vào ngày Tết chưa?"
    ("My mother makes candied ginger.", "Mẹ tôi làm mứt gừng."),
    ("She doesn't make candied coconut.", "Cô ấy không làm mứt dừa."),
    ("Have you made candied fruit for Tet yet?", "Bạn đã làm mứt Tết chưa?"),
    ("Does your mother make candied coconut?", "Mẹ bạn có làm mứt dừa không?"),
    ("He makes candied ginger every year.", "Năm nào anh ấy cũng làm mứt gừng."),
    ("My grandmother is making candied coconut.", "Bà tôi đang làm mứt dừa."),
    ("She's making candied ginger.", "Cô ấy đang làm mứt gừng."),
    ("She’s made candied ginger.", "Cô ấy đã làm mứt gừng rồi."),
    ("She made candied ginger.", "Cô ấy đã làm mứt gừng."),
    ("We made candied fruit for Tet.", "Chúng tôi đã làm mứt Tết."),
    ("Lan will make candied ginger at Tet.", "Lan sẽ làm mứt gừng vào dịp Tết."),
    # v8: "Gia đình tôi thường hay bồi thường vào dịp Tết." (compensates), "… có cây kumquat vào dịp Tết."
    ("My family has peach blossoms at Tet.", "Nhà tôi chơi hoa đào ngày Tết."),
    ("My family usually has a kumquat tree at Tet.", "Nhà tôi thường chơi quất ngày Tết."),
    ("Does your family have peach blossoms at Tet?", "Nhà bạn có chơi hoa đào ngày Tết không?"),
    ("We don't have peach blossoms at Tet.", "Chúng tôi không chơi hoa đào ngày Tết."),
    # v8: "Chúng tôi đang sơn ngôi nhà cho Tết.", "Lan đang sôi bánh chưng."
    ("We're painting the house for Tet.", "Chúng tôi đang sơn nhà đón Tết."),
    ("We'll paint the house before Tet.", "Chúng tôi sẽ sơn nhà trước Tết."),
    ("We paint the house for Tet every year.", "Năm nào chúng tôi cũng sơn nhà đón Tết."),
    ("Lan is boiling the banh chung.", "Lan đang luộc bánh chưng."),
    # not: the verb not agreeing, "Do you have … at Tet?" (a florist asked?), painting as a plain habit (did, or do?),
    # blossoms with no Tet or not as a habit, "I" asked, a pet, a "?" on a statement, "usually … every year", "not …
    # every year" (not every year), candied fruit of no kind with no Tet, buying (mt/tet_holiday.py), the other language
    ("She make candied ginger.", None), ("We makes candied ginger.", None),
    ("Do you have peach blossoms at Tet?", None),
    ("We paint the house for Tet.", None), ("My family has peach blossoms.", None),
    ("My family has had peach blossoms at Tet.", None), ("Do I make candied ginger?", None),
    ("My dog is doing a big clean.", None), ("My mother is making candied ginger?", None),
    ("We usually make candied ginger every year.", None), ("We don't clean the house before Tet every year.", None),
    ("I clean the house.", None), ("She makes candied fruit.", None),
    ("This year my family bought a kumquat tree.", None),
    ("We have a big clean.", None), ("Mẹ tôi làm mứt gừng.", None),
    # "am" only of "I", "are" never of "I"; "we" asked (us with you, "chúng ta", or without, "chúng tôi"?)
    ("I are making candied ginger.", None), ("We am making candied ginger.", None),
    ("They'm making candied ginger.", None), ("I am making candied ginger.", "Tôi đang làm mứt gừng."),
    ("Do we make candied ginger?", None), ("Do we do a big clean before Tet?", None),
    ("Have we done a big clean yet?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
