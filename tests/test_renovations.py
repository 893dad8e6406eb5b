"""Renovations at home: doing up the house or a room, retiling the floor, the neighbours' noisy work, how long it will
take, the sound of drilling and the builders, both ways (mt/renovations.py)."""
import pytest

from mt.renovations import translate


@pytest.mark.parametrize("text, said", [
    # v8: "We're fixing the kitchen.", "My parents are fixing home.", "We're creating apart.", "Lan just corrected the
    # living room.", "I'm just sliced the floor."
    ("Chúng tôi đang sửa lại bếp.", "We're redoing the kitchen."),
    ("Bố mẹ tôi đang sửa nhà.", "My parents are renovating the house."),
    ("Chúng tôi đang cải tạo căn hộ.", "We're renovating the flat."),
    ("Cô ấy đang sửa sang lại phòng ngủ.", "She's redoing the bedroom."),
    ("Lan vừa sửa lại phòng khách.", "Lan has just redone the living room."),
    ("Tôi vừa lát lại sàn nhà.", "I've just retiled the floor."),
    ("Mẹ tôi mới lát lại sàn nhà tắm.", "My mother has just retiled the bathroom floor."),
    # v8: "We're going to fix the bathroom again.", "My mother wanted to correct the kitchen.", "Do you want to fix
    # the house?"
    ("Chúng tôi định sửa lại phòng tắm.", "We're planning to redo the bathroom."),
    ("Mẹ tôi muốn sửa lại nhà bếp.", "My mother wants to redo the kitchen."),
    ("Bố tôi cần sửa lại phòng tắm.", "My father needs to redo the bathroom."),
    ("Chúng tôi phải sửa nhà.", "We have to renovate the house."),
    ("Anh ấy sẽ sửa lại phòng ngủ.", "He's going to redo the bedroom."),
    ("Chúng tôi sắp sửa nhà.", "We're about to renovate the house."),
    ("Bạn có định sửa nhà không?", "Are you planning to renovate the house?"),
    ("Bạn có đang sửa nhà không?", "Are you renovating the house?"),
    ("Mẹ bạn có muốn sửa lại bếp không?", "Does your mother want to redo the kitchen?"),
    ("Chúng tôi không muốn sửa lại bếp.", "We don't want to redo the kitchen."),
    ("Tôi không định sửa nhà.", "I'm not planning to renovate the house."),
    ("Anh ấy không cần sửa lại căn hộ.", "He doesn't need to renovate the flat."),
    # v8: "We corrected the house.", "Do you fix the house?"
    ("Chúng tôi sửa nhà xong rồi.", "We've finished renovating the house."),
    ("Bạn sửa nhà xong chưa?", "Have you finished renovating the house yet?"),
    ("Bạn đã sửa nhà chưa?", "Have you renovated the house yet?"),
    ("Chúng tôi đã sửa lại bếp rồi.", "We've redone the kitchen."),
    ("Chúng tôi chưa sửa nhà.", "We haven't renovated the house yet."),
    ("Bố mẹ tôi chưa sửa lại bếp xong.", "My parents haven't finished redoing the kitchen yet."),
    ("Chúng tôi vừa sửa nhà xong.", "We've just finished renovating the house."),
    # v8: "The house is fixing home, it's so noisy.", "Neighbors are science, it's so noisy."
    ("Nhà bên cạnh đang sửa nhà, ồn quá.", "The people next door are renovating their house, and it's so noisy."),
    ("Nhà bên cạnh đang sửa, ồn quá.", "The house next door is being renovated, and it's so noisy."),
    ("Hàng xóm đang khoan tường, ồn lắm.", "The neighbours are drilling, and it's really noisy."),
    ("Hàng xóm đang sửa nhà nên rất ồn!", "The neighbours are renovating their house, and it's very noisy!"),
    # v8: "How long will you fix the house?", "It's going to fix the kitchen for three weeks."
    ("Sửa nhà sẽ mất bao lâu?", "How long will it take to renovate the house?"),
    ("Việc sửa nhà sẽ mất bao lâu?", "How long will it take to renovate the house?"),
    ("Sửa lại bếp mất bao lâu nữa?", "How much longer will it take to redo the kitchen?"),
    ("Sửa lại bếp sẽ mất ba tuần.", "It'll take three weeks to redo the kitchen."),
    ("Việc sửa nhà sẽ mất khoảng hai tháng.", "It'll take about two months to renovate the house."),
    ("Lát lại sàn nhà sẽ mất một tuần nữa.", "It'll take another week to retile the floor."),
    ("Sửa lại phòng tắm sẽ mất khoảng 1 tháng.", "It'll take about a month to redo the bathroom."),
    # v8: "I hate the science of the wall.", "I don't stand famous."
    ("Tôi ghét tiếng khoan tường.", "I hate the sound of drilling."),
    ("Mẹ tôi không chịu nổi tiếng khoan.", "My mother can't stand the sound of drilling."),
    ("Bạn có ghét tiếng khoan không?", "Do you hate the sound of drilling?"),
    ("Anh ấy không ghét tiếng khoan.", "He doesn't hate the sound of drilling."),
    ("Ông bà tôi không chịu được tiếng khoan tường.", "My grandparents can't stand the sound of drilling."),
    # v8: "The building will come tomorrow."
    ("Thợ xây sẽ đến vào ngày mai.", "The builders are coming tomorrow."),
    ("Tuần sau thợ xây đến.", "The builders are coming next week."),
    ("Thợ xây đến rồi.", "The builders are here."),
    ("Thợ xây đến chưa?", "Are the builders here yet?"),
    ("Thợ xây đang đến.", "The builders are on their way."),
    ("Thợ xây sắp đến.", "The builders will be here soon."),
    # not: a plain verb (done, doing or will?), "đã" alone, "sửa bếp" (the stove?), repairs, "anh" saying it, "I"
    # asked, a pet, a neighbour (mt/neighbours.py's), how long with no "sẽ" or "nữa" (took, or takes?), "thợ" alone,
    # work that is not building, a "?" on a statement, "có" without "không", staying elsewhere meanwhile, English
    ("Chúng tôi sửa nhà.", None), ("Chúng tôi đã sửa nhà.", None), ("Chúng tôi đang sửa bếp.", None),
    ("Bố tôi đang sửa chữa nhà.", None), ("Anh đang sửa nhà.", None), ("Tôi có đang sửa nhà không?", None),
    ("Con chó của tôi đang sửa nhà.", None), ("Hàng xóm đang sửa nhà.", None), ("Hàng xóm tôi đang sửa lại bếp.", None),
    ("Sửa nhà mất bao lâu?", None), ("Sửa nhà mất hai tháng.", None), ("Thợ đến rồi.", None), ("Thợ xây đến.", None),
    ("Hàng xóm đang mở tiệc, ồn quá.", None), ("Chúng tôi đang sửa nhà?", None), ("Bạn có định sửa nhà?", None),
    ("Trong lúc sửa nhà chúng tôi ở nhà bố mẹ tôi.", None), ("We're redoing the kitchen.", None),
    ("Tôi đang sửa xe.", None), ("Con chó nhà tôi ghét tiếng khoan.", None), ("Nhà bên cạnh đang sửa nhà, ồn.", None),
    ("Chúng tôi sắp sửa đi.", None),
    # ("nhỉ": asks to be agreed with)
    ("Chúng tôi đang sửa lại bếp nhỉ.", None),
    # today with no "sẽ" (came, or coming?); "vừa … xong" asked or denied (not a statement)
    ("Hôm nay thợ xây sẽ đến.", "The builders are coming today."),
    ("Sáng nay thợ xây đến.", None), ("Hôm nay thợ xây đến.", None), ("Thợ xây đến vào chiều nay.", None),
    ("Bạn có vừa sửa nhà xong không?", None), ("Anh ấy không vừa sửa nhà xong.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi đỏ bếp." (red), "Chúng tôi đang ở lại nhà.", "Tôi vừa vặn xuống sàn.", "Cô ấy vừa mới làm bếp
    # đỏ."
    ("We're redoing the kitchen.", "Chúng tôi đang sửa lại bếp."),
    ("We are redoing our kitchen.", "Chúng tôi đang sửa lại bếp."),
    ("We're renovating the house.", "Chúng tôi đang sửa nhà."),
    ("My parents are renovating their house.", "Bố mẹ tôi đang sửa nhà."),
    ("She's renovating her flat.", "Cô ấy đang sửa lại căn hộ."),
    ("I've just retiled the floor.", "Tôi vừa lát lại sàn nhà."),
    ("I've just retiled the kitchen floor.", "Tôi vừa lát lại sàn bếp."),
    ("She has just redone her kitchen.", "Cô ấy vừa sửa lại bếp."),
    ("Lan has just redone the living room.", "Lan vừa sửa lại phòng khách."),
    # v8: "Chúng tôi đang lên kế hoạch làm lại nhà vệ sinh.", "Bạn đang lên kế hoạch tái thiết ngôi nhà?"
    ("We're planning to redo the bathroom.", "Chúng tôi định sửa lại phòng tắm."),
    ("We're not planning to redo the bathroom.", "Chúng tôi không định sửa lại phòng tắm."),
    ("I'm going to renovate the house.", "Tôi sẽ sửa nhà."),
    ("I'm not going to renovate the house.", "Tôi sẽ không sửa nhà."),
    ("Are you planning to renovate the house?", "Bạn có định sửa nhà không?"),
    ("Are you renovating the house?", "Bạn có đang sửa nhà không?"),
    ("My mother wants to redo the kitchen.", "Mẹ tôi muốn sửa lại bếp."),
    ("Do you want to redo the kitchen?", "Bạn có muốn sửa lại bếp không?"),
    ("We don't want to redo our bathroom.", "Chúng tôi không muốn sửa lại phòng tắm."),
    ("He doesn't need to renovate the house.", "Anh ấy không cần sửa nhà."),
    ("We have to renovate the house.", "Chúng tôi phải sửa nhà."),
    # v8: "Bạn đã hoàn thiện ngôi nhà chưa?", "Chúng tôi hoàn thành việc làm bếp."
    ("Have you finished renovating the house yet?", "Bạn sửa nhà xong chưa?"),
    ("Has she redone the kitchen yet?", "Cô ấy đã sửa lại bếp chưa?"),
    ("We've finished renovating the kitchen.", "Chúng tôi sửa lại bếp xong rồi."),
    ("We've just finished renovating the house.", "Chúng tôi vừa sửa nhà xong."),
    ("We haven't finished redoing the kitchen yet.", "Chúng tôi chưa sửa lại bếp xong."),
    ("We haven't renovated the house yet.", "Chúng tôi chưa sửa nhà."),
    # v8: "Cửa nhà tiếp theo đang được trả lời và thật điên rồ.", "… đang hồi phục căn nhà của họ, và thật điên rồ."
    ("The house next door is being renovated and it's so noisy.", "Nhà bên cạnh đang được sửa lại, ồn quá."),
    ("The neighbours are renovating their house, and it's so noisy.", "Hàng xóm đang sửa nhà, ồn quá."),
    ("The neighbours are drilling, and it's very noisy.", "Hàng xóm đang khoan tường, rất ồn."),
    # v8: "Việc tái thiết sẽ mất bao lâu?", "Phải làm lại ngôi nhà này bao lâu?", "Việc tái thiết sẽ mất 2 tháng."
    ("How long will the renovation take?", "Việc sửa nhà sẽ mất bao lâu?"),
    ("How long will it take to renovate the house?", "Sửa nhà sẽ mất bao lâu?"),
    ("How much longer will it take to redo the kitchen?", "Sửa lại bếp sẽ mất bao lâu nữa?"),
    ("The renovation will take two months.", "Việc sửa nhà sẽ mất hai tháng."),
    ("The renovations will take about three weeks.", "Việc sửa nhà sẽ mất khoảng ba tuần."),
    ("It'll take a month to redo the bathroom.", "Sửa lại phòng tắm sẽ mất một tháng."),
    ("It will take another two weeks to retile the floor.", "Lát lại sàn nhà sẽ mất hai tuần nữa."),
    # v8: "Tôi ghét âm thanh của tiếng khô.", "Tôi không thể chịu tiếng khôn ngoan."
    ("I hate the sound of drilling.", "Tôi ghét tiếng khoan."),
    ("She hates the noise of drilling.", "Cô ấy ghét tiếng khoan."),
    ("I can't stand the sound of drilling.", "Tôi không chịu nổi tiếng khoan."),
    ("My parents can't stand the sound of drilling.", "Bố mẹ tôi không chịu nổi tiếng khoan."),
    ("Does your mother hate the sound of drilling?", "Mẹ bạn có ghét tiếng khoan không?"),
    ("I don't hate the sound of drilling.", "Tôi không ghét tiếng khoan."),
    # v8: "Các nhà xây dựng sắp tới ngày mai."
    ("The builders are coming tomorrow.", "Ngày mai thợ xây sẽ đến."),
    ("The builders are here.", "Thợ xây đến rồi."),
    ("Are the builders here yet?", "Thợ xây đến chưa?"),
    ("The builders are on their way.", "Thợ xây đang đến."),
    # not: the verb not agreeing, a place not who's own, "had … retiled" (who did it?), the past with no word of it
    # in Vietnamese, "just" with a wish, "one months", what takes two months unsaid, a neighbour or a pet, "I" asked,
    # the neighbours' party, the builders coming (now, or some day?), the neighbours' work alone (mt/neighbours.py's)
    ("My parents is renovating the house.", None), ("My mother want to redo the kitchen.", None),
    ("She hate the noise of drilling.", None), ("We're redoing their kitchen.", None),
    ("She has just redone his kitchen.", None), ("I've just had the floor retiled.", None),
    ("We renovated the house.", None), ("We just want to redo the kitchen.", None), ("We retiled the kitchen.", None),
    ("We're redoing the floor.", None), ("It'll take one months to redo the bathroom.", None),
    ("It'll take two months.", None), ("My dog is renovating the house.", None),
    ("My neighbour is renovating the house.", None), ("Have I renovated the house?", None),
    ("The neighbours are having a party, and it's so noisy.", None), ("The builders are coming.", None),
    ("The neighbours are renovating their house.", None), ("Are you renovating the house.", None),
    ("Tôi ghét tiếng khoan.", None),
    # "an" before a span, "another" before one ("another month", not "another a month")
    ("It'll take an year to renovate the house.", None), ("It'll take another a month to redo the kitchen.", None),
    ("It'll take another one month to redo the kitchen.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
