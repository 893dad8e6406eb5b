"""Flowers in a vase: arranging flowers, flower-arranging classes, the water in the vase, flowers bought for the altar
and flowers wilting, both ways (mt/flower_arranging.py)."""
import pytest

from mt.flower_arranging import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I like to plug.", "Do you like to plug-ins?", "My mother loves flowers.", "My hobby is a flower."
    ("Tôi thích cắm hoa.", "I like arranging flowers."),
    ("Bạn có thích cắm hoa không?", "Do you like arranging flowers?"),
    ("Mẹ tôi rất thích cắm hoa.", "My mother really likes arranging flowers."),
    ("Anh ấy không thích cắm hoa.", "He doesn't like arranging flowers."),
    ("Lan mê cắm hoa.", "Lan loves arranging flowers."),
    ("Chúng tôi thích cắm hoa lắm.", "We really like arranging flowers."),
    ("Sở thích của tôi là cắm hoa.", "My hobby is flower arranging."),
    # v8: "Lan knows plug-in."
    ("Lan biết cắm hoa.", "Lan knows how to arrange flowers."),
    ("Bạn có biết cắm hoa không?", "Do you know how to arrange flowers?"),
    ("Tôi không biết cắm hoa.", "I don't know how to arrange flowers."),
    # v8: "My mother was packing flowers on the church.", "I'm plugging.", "She was just plugged into the normal
    # flower.", "My mother is plugged every week."
    ("Mẹ tôi đang cắm hoa trên bàn thờ.", "My mother is arranging flowers on the altar."),
    ("Tôi đang cắm hoa.", "I'm arranging flowers."),
    ("Bác Lan đang cắm hoa.", "Aunt Lan is arranging flowers."),
    ("Bạn có đang cắm hoa không?", "Are you arranging flowers?"),
    ("Chị ấy vừa cắm hoa vào bình.", "She's just arranged flowers in a vase."),
    ("Mẹ tôi đã cắm hoa trên bàn thờ.", "My mother arranged flowers on the altar."),
    ("Tôi sẽ cắm hoa vào bình.", "I'll arrange flowers in a vase."),
    ("Mẹ tôi cắm hoa mỗi tuần.", "My mother arranges flowers every week."),
    ("Bà tôi thỉnh thoảng cắm hoa trên bàn thờ.", "My grandmother sometimes arranges flowers on the altar."),
    ("Bạn có cắm hoa mỗi tuần không?", "Do you arrange flowers every week?"),
    ("Tôi cắm hoa xong rồi.", "I've finished arranging the flowers."),
    ("Bạn cắm hoa xong chưa?", "Have you finished arranging the flowers yet?"),
    ("Tôi chưa cắm hoa xong.", "I haven't finished arranging the flowers yet."),
    # v8: "She was goes to school plugged out the flower.", "I'm getting a flower.", "Do you study flowers?"
    ("Chị ấy đi học cắm hoa.", "She takes flower-arranging classes."),
    ("Bạn có đi học cắm hoa không?", "Do you take flower-arranging classes?"),
    ("Anh ấy không đi học cắm hoa.", "He doesn't take flower-arranging classes."),
    ("Chị ấy đang đi học cắm hoa.", "She's taking flower-arranging classes."),
    ("Tôi đang học cắm hoa.", "I'm learning to arrange flowers."),
    ("Tôi muốn đi học cắm hoa.", "I want to take flower-arranging classes."),
    ("Bạn có muốn học cắm hoa không?", "Do you want to learn to arrange flowers?"),
    # v8: "The United States in the bottle is empty.", "The United States on the church beach.", "The United States
    # in the snugging."
    ("Hoa trong bình héo hết rồi.", "The flowers in the vase have all wilted."),
    ("Hoa trên bàn thờ héo rồi.", "The flowers on the altar have wilted."),
    ("Hoa trong lọ đang héo.", "The flowers in the vase are wilting."),
    ("Hoa trong bình chưa héo.", "The flowers in the vase haven't wilted yet."),
    ("Hoa trong bình héo chưa?", "Have the flowers in the vase wilted yet?"),
    ("Những bông hoa trên bàn thờ héo hết rồi.", "The flowers on the altar have all wilted."),
    # v8: "Remember instead of the water for the flower.", "Don't forget to replace flowers.", "I forgot to replace my
    # water for the flower.", "My mother replaced the water every day.", "Do you have replaced the water for the
    # flower?"
    ("Nhớ thay nước cho bình hoa.", "Remember to change the water in the vase."),
    ("Đừng quên thay nước cho bình hoa nhé.", "Don't forget to change the water in the vase."),
    ("Bạn nhớ thay nước cho bình hoa mỗi ngày nhé.", "Remember to change the water in the vase every day."),
    ("Đừng quên thay nước cho hoa nhé.", "Don't forget to change the flowers' water."),
    ("Tôi quên thay nước cho bình hoa.", "I forgot to change the water in the vase."),
    ("Mẹ tôi thay nước cho bình hoa mỗi ngày.", "My mother changes the water in the vase every day."),
    ("Bạn đã thay nước cho bình hoa chưa?", "Have you changed the water in the vase yet?"),
    ("Tôi vừa thay nước cho bình hoa.", "I've just changed the water in the vase."),
    ("Tôi thay nước cho bình hoa rồi.", "I've changed the water in the vase."),
    ("Tôi chưa thay nước cho bình hoa.", "I haven't changed the water in the vase yet."),
    ("Mẹ tôi đang thay nước cho lọ hoa.", "My mother is changing the water in the vase."),
    ("Bạn có thay nước cho bình hoa mỗi ngày không?", "Do you change the water in the vase every day?"),
    # v8: "My mother bought the church flower.", "Have you bought a churchy palm yet?", "I have to go to a churchy
    # flower."
    ("Mẹ tôi vừa mua hoa cắm bàn thờ.", "My mother has just bought flowers for the altar."),
    ("Bạn đã mua hoa cắm bàn thờ chưa?", "Have you bought flowers for the altar yet?"),
    ("Tôi phải đi mua hoa cắm bàn thờ.", "I have to go and buy flowers for the altar."),
    ("Tôi đã mua hoa cắm bàn thờ rồi.", "I've bought flowers for the altar."),
    ("Tôi chưa mua hoa cắm bàn thờ.", "I haven't bought flowers for the altar yet."),
    ("Mẹ tôi đang mua hoa cắm bàn thờ.", "My mother is buying flowers for the altar."),
    ("Tôi cần mua hoa để cắm lên bàn thờ.", "I need to buy flowers for the altar."),
    ("Bố tôi đã mua hoa cắm bàn thờ.", "My father bought flowers for the altar."),
    # not: "I" asked of oneself, "anh" or "em" saying it (the speaker?), a pet, "có" without "không", a "?" on a
    # statement, no tense word where English needs one (now, a habit, or done?), "thường" (often, or usually?),
    # "thay nước hoa" (perfume?), "thay nước bình" (a jug?), whose flowers wilting (mt/plants.py), "thế" said
    ("Tôi có thích cắm hoa không?", None), ("Anh thích cắm hoa.", None), ("Con mèo của tôi thích cắm hoa.", None),
    ("Em có thích cắm hoa không ạ?", None), ("Con chó của tôi đang cắm hoa.", None), ("Tôi cắm hoa.", None),
    ("Tôi cắm hoa rồi.", None), ("Tôi cắm hoa không?", None), ("Mẹ tôi thường cắm hoa.", None),
    ("Tôi đang cắm hoa?", None), ("Tôi học cắm hoa.", None), ("Chị ấy đã đi học cắm hoa.", None),
    ("Hoa trong bình héo.", None), ("Hoa trong bình héo rồi?", None), ("Hoa của tôi héo hết rồi.", None),
    ("Tôi thay nước cho bình hoa.", None), ("Tôi thay nước hoa.", None), ("Tôi thay nước bình.", None),
    ("Bạn quên thay nước cho bình hoa à?", None), ("Tôi đi mua hoa cắm bàn thờ.", None),
    ("Tôi mua hoa cắm bàn thờ.", None), ("Mẹ tôi đang cắm hoa thế.", None), ("Tôi thích cắm trại.", None),
    ("Bình hoa bị vỡ rồi.", None), ("Tôi mua hoa tặng mẹ.", None), ("Tôi thích cắm hoa nhỉ.", None),
    ("I like arranging flowers.", None),
    # review: "không … lắm" is "not really" (not "don't like"); a how-often word with "mỗi …" ("often … every week",
    # "never … every day"); the water asked or denied with no habit said (don't, or didn't? will you?)
    ("Tôi không thích cắm hoa lắm.", "I don't really like arranging flowers."),
    ("Mẹ tôi không mê cắm hoa lắm.", "My mother doesn't really love arranging flowers."),
    ("Mẹ tôi hay cắm hoa mỗi tuần.", None), ("Mẹ tôi thỉnh thoảng cắm hoa mỗi tuần.", None),
    ("Mẹ tôi không bao giờ thay nước cho bình hoa mỗi ngày.", None),
    ("Bạn có thay nước cho bình hoa không?", None), ("Tôi không thay nước cho bình hoa.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thích những bông hoa có màu.", "Bạn có thích hoa không?", "Mẹ tôi yêu những bông hoa bao gồm.", "Tôi
    # thích thú là hoa bao gồm."
    ("I like arranging flowers.", "Tôi thích cắm hoa."),
    ("Do you like flower arranging?", "Bạn có thích cắm hoa không?"),
    ("My mother loves arranging flowers.", "Mẹ tôi rất thích cắm hoa."),
    ("Does your mother like arranging flowers?", "Mẹ bạn có thích cắm hoa không?"),
    ("He doesn't like flower arranging.", "Anh ấy không thích cắm hoa."),
    ("I really like arranging flowers.", "Tôi rất thích cắm hoa."),
    ("Lan hates arranging flowers.", "Lan ghét cắm hoa."),
    ("My hobby is flower arranging.", "Sở thích của tôi là cắm hoa."),
    ("She knows how to arrange flowers.", "Cô ấy biết cắm hoa."),
    ("Do you know how to arrange flowers?", "Bạn có biết cắm hoa không?"),
    # v8: "Mẹ tôi là những bông hoa đen trên bàn thờ.", "Tôi là một bông hoa có màu sắc.", "Cô ấy vừa sắp xếp những
    # bông hoa trong một chiếc va-li."
    ("My mother is arranging flowers on the altar.", "Mẹ tôi đang cắm hoa trên bàn thờ."),
    ("I'm arranging flowers.", "Tôi đang cắm hoa."),
    ("Are you arranging flowers?", "Bạn có đang cắm hoa không?"),
    ("She has just arranged flowers in a vase.", "Cô ấy vừa cắm hoa vào bình."),
    ("My mother arranged the flowers on the altar.", "Mẹ tôi đã cắm hoa trên bàn thờ."),
    ("I'll arrange flowers in a vase.", "Tôi sẽ cắm hoa vào bình."),
    ("My mother arranges flowers every week.", "Mẹ tôi cắm hoa mỗi tuần."),
    ("My grandmother often arranges flowers.", "Bà tôi hay cắm hoa."),
    ("I've finished arranging the flowers.", "Tôi đã cắm hoa xong."),
    ("Have you finished arranging the flowers yet?", "Bạn đã cắm hoa xong chưa?"),
    # v8: "Cô ấy lấy các lớp học từ hoa.", "Bạn có thực hiện các lớp học bao gồm hoa không?"
    ("She takes flower-arranging classes.", "Cô ấy đi học cắm hoa."),
    ("Do you take flower-arranging classes?", "Bạn có đi học cắm hoa không?"),
    ("She's taking flower-arranging classes.", "Cô ấy đang đi học cắm hoa."),
    ("I'm learning to arrange flowers.", "Tôi đang học cắm hoa."),
    ("We want to learn flower arranging.", "Chúng tôi muốn học cắm hoa."),
    # v8: "Những bông hoa trong va-li có tất cả đều khôn ngoan.", "Những bông hoa trên bàn thờ đã lau khô.", "Những
    # bông hoa trong va-li đang lau."
    ("The flowers in the vase have all wilted.", "Hoa trong bình héo hết rồi."),
    ("The flowers on the altar have wilted.", "Hoa trên bàn thờ héo rồi."),
    ("The flowers in the vase are wilting.", "Hoa trong bình đang héo."),
    ("Have the flowers in the vase wilted yet?", "Hoa trong bình đã héo chưa?"),
    ("The flowers in the vase haven't wilted yet.", "Hoa trong bình chưa héo."),
    # v8: "Hãy nhớ thay đổi nước trong va-li.", "Tôi quên thay đổi nước trong va-li.", "Mẹ tôi thay đổi nước trong
    # thang mỗi ngày."
    ("Remember to change the water in the vase.", "Nhớ thay nước cho bình hoa."),
    ("Don't forget to change the water in the vase.", "Đừng quên thay nước cho bình hoa."),
    ("I forgot to change the water in the vase.", "Tôi quên thay nước cho bình hoa."),
    ("My mother changes the water in the vase every day.", "Mẹ tôi thay nước cho bình hoa mỗi ngày."),
    ("Have you changed the water in the vase yet?", "Bạn đã thay nước cho bình hoa chưa?"),
    ("I've just changed the water in the vase.", "Tôi vừa thay nước cho bình hoa."),
    ("I haven't changed the water in the vase yet.", "Tôi chưa thay nước cho bình hoa."),
    ("Lan is changing the water in the vase.", "Lan đang thay nước cho bình hoa."),
    # v8: "Mẹ tôi vừa mua hoa cho cây altar.", "Bạn đã mua hoa cho cây altar chưa?", "Tôi phải mua hoa cho cây altar."
    ("My mother has just bought flowers for the altar.", "Mẹ tôi vừa mua hoa cắm bàn thờ."),
    ("Have you bought flowers for the altar yet?", "Bạn đã mua hoa cắm bàn thờ chưa?"),
    ("I have to buy flowers for the altar.", "Tôi phải mua hoa cắm bàn thờ."),
    ("I'll go and buy flowers for the altar.", "Tôi sẽ đi mua hoa cắm bàn thờ."),
    ("She needs to buy flowers for the vase.", "Cô ấy cần mua hoa cắm bình."),
    ("We have already bought flowers for the altar.", "Chúng tôi đã mua hoa cắm bàn thờ rồi."),
    ("My father bought flowers for the altar.", "Bố tôi đã mua hoa cắm bàn thờ."),
    # not: the verb not agreeing ("She like", "He are", "She need"), "I" asked of oneself, a pet, love asked, "can"
    # (may?), a habit with no how often ("I arrange flowers."), the past with a habit's "often", a day said, "yet"
    # where nothing asks it, "really" but for liking, a vase broken or bought (mt/accidents.py), whose flowers
    # wilting (mt/plants.py)
    ("She like arranging flowers.", None), ("He are arranging flowers.", None),
    ("She need to buy flowers for the altar.", None),
    ("Do I like arranging flowers?", None), ("My dog likes arranging flowers.", None),
    ("Do you love arranging flowers?", None), ("Lan can arrange flowers.", None), ("I arrange flowers.", None),
    ("She sometimes arranged flowers.", None), ("I arranged flowers yesterday.", None),
    ("She has bought flowers for the altar yet.", None), ("I really change the water in the vase every day.", None),
    ("I change the water in the vase.", None), ("The flowers in the vase wilted.", None),
    ("My flowers have wilted.", None), ("The vase is broken.", None), ("I bought a vase.", None),
    ("My favourite hobby is flower arranging.", None), ("She took flower-arranging classes.", None),
    ("I buy flowers for the altar.", None), ("I won't arrange flowers.", None), ("Tôi thích cắm hoa.", None),
    # review: "please" said ("nhé"); "we" asked (chúng tôi, or chúng ta?); "a" before a plural
    ("Remember to change the water in the vase, please.", "Nhớ thay nước cho bình hoa nhé."),
    ("Don't forget to change the flowers' water, please!", "Đừng quên thay nước cho hoa nhé!"),
    ("Do we like arranging flowers?", None), ("Have we changed the water in the vase yet?", None),
    ("Are we arranging flowers?", None), ("Have we bought flowers for the altar yet?", None),
    ("My mother takes a flower-arranging lessons.", None), ("She takes a flower-arranging classes.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
