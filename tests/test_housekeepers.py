"""A housekeeper: hiring or having one, the housekeeper off, back or leaving, what she does and what she is paid, both
ways (mt/housekeepers.py)."""
import pytest

from mt.housekeepers import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My house is hired the help.", "Do you hire helper?", "My mother hired the help of work by time.", "We hired
    # a helper.", "My home has no help.", "I need to hire the help.", "I'm looking for help."
    ("Nhà tôi thuê người giúp việc.", "My family has a housekeeper."),
    ("Bạn có thuê người giúp việc không?", "Do you have a housekeeper?"),
    ("Nhà bạn có thuê người giúp việc không?", "Does your family have a housekeeper?"),
    ("Bạn có người giúp việc không?", "Do you have a housekeeper?"),
    ("Mẹ tôi thuê người giúp việc theo giờ.", "My mother has a part-time housekeeper."),
    ("Lan thuê giúp việc theo giờ.", "Lan has a part-time housekeeper."),
    ("Nhà tôi không có người giúp việc.", "My family doesn't have a housekeeper."),
    ("Anh ấy không thuê người giúp việc.", "He doesn't have a housekeeper."),
    ("Chúng tôi đã thuê một người giúp việc.", "We hired a housekeeper."),
    ("Tôi đã thuê người giúp việc rồi.", "I've already hired a housekeeper."),
    ("Chúng tôi thuê ô-sin rồi.", "We've hired a maid."),
    ("Chúng tôi chưa thuê người giúp việc.", "We haven't hired a housekeeper yet."),
    ("Tôi cần thuê người giúp việc.", "I need to hire a housekeeper."),
    ("Bạn có cần người giúp việc không?", "Do you need a housekeeper?"),
    ("Họ định thuê người giúp việc.", "They plan to hire a housekeeper."),
    ("Bạn có định thuê người giúp việc không?", "Do you plan to hire a housekeeper?"),
    ("Chúng tôi sẽ thuê người giúp việc.", "We'll hire a housekeeper."),
    ("Tôi đang tìm người giúp việc.", "I'm looking for a housekeeper."),
    ("Bạn có đang tìm người giúp việc không?", "Are you looking for a housekeeper?"),
    # v8: "Did you hired the help?", "My mother had hired the help."
    ("Bạn đã thuê người giúp việc chưa?", "Have you hired a housekeeper yet?"),
    ("Mẹ tôi vừa thuê người giúp việc.", "My mother has just hired a housekeeper."),
    # v8: "It's helping to take a holiday.", "People help me get home to eat Tet.", "Do people help work back?"
    ("Người giúp việc nghỉ Tết rồi.", "The housekeeper is off for Tet."),
    ("Chị giúp việc nhà tôi nghỉ Tết rồi.", "Our housekeeper is off for Tet."),
    ("Người giúp việc nhà bạn nghỉ Tết chưa?", "Is your housekeeper off for Tet yet?"),
    ("Người giúp việc sắp nghỉ Tết.", "The housekeeper will be off for Tet soon."),
    ("Người giúp việc nhà tôi về quê ăn Tết rồi.", "Our housekeeper has gone home for Tet."),
    ("Người giúp việc đi làm lại rồi.", "The housekeeper is back at work."),
    ("Người giúp việc chưa đi làm lại.", "The housekeeper isn't back at work yet."),
    ("Người giúp việc đi làm lại chưa?", "Is the housekeeper back at work yet?"),
    # v8: "Today people help work out.", "Tomorrow, help is not coming."
    ("Hôm nay người giúp việc nghỉ.", "The housekeeper is off today."),
    ("Ngày mai người giúp việc nghỉ.", "The housekeeper is off tomorrow."),
    ("Người giúp việc nghỉ hôm qua.", "The housekeeper was off yesterday."),
    ("Ngày mai người giúp việc không đến.", "The housekeeper isn't coming tomorrow."),
    ("Hôm qua người giúp việc không đến.", "The housekeeper didn't come yesterday."),
    # v8: "It's helping to take a break.", "My home cell was a break of work.", "It's help to just give up."
    ("Người giúp việc nghỉ việc rồi.", "The housekeeper has quit."),
    ("Ô-sin nhà tôi nghỉ việc rồi.", "Our maid has quit."),
    ("Người giúp việc vừa bỏ việc.", "The housekeeper has just quit."),
    ("Người giúp việc đã nghỉ việc.", "The housekeeper quit."),
    ("Người giúp việc sắp nghỉ việc.", "The housekeeper is about to quit."),
    ("Người giúp việc muốn nghỉ việc.", "The housekeeper wants to quit."),
    # v8: "She helps cooking very good.", "Helping looking for me.", "People help clean up the door.", "Your help is
    # cooking.", "Do people help cooking?", "My home helpers are washing clothes.", "People who helped care me."
    ("Chị giúp việc nấu ăn rất ngon.", "The housekeeper cooks very well."),
    ("Chị giúp việc nấu ăn ngon lắm.", "The housekeeper cooks really well."),
    ("Người giúp việc nhà anh ấy nấu ăn ngon.", "His housekeeper cooks well."),
    ("Người giúp việc nấu ăn có ngon không?", "Does the housekeeper cook well?"),
    ("Người giúp việc có nấu ăn không?", "Does the housekeeper cook?"),
    ("Người giúp việc không nấu ăn.", "The housekeeper doesn't cook."),
    ("Chị giúp việc đang nấu ăn.", "The housekeeper is cooking."),
    ("Người giúp việc dọn dẹp nhà cửa.", "The housekeeper cleans the house."),
    ("Người giúp việc rửa bát.", "The housekeeper does the dishes."),
    ("Người giúp việc nhà tôi đang giặt quần áo.", "Our housekeeper is doing the laundry."),
    ("Chị giúp việc trông con cho tôi.", "The housekeeper looks after my child."),
    ("Người giúp việc đang trông con cho tôi.", "The housekeeper is looking after my child."),
    ("Chị giúp việc trông bọn trẻ.", "The housekeeper looks after the children."),
    ("Người giúp việc chăm sóc bà tôi.", "The housekeeper looks after my grandmother."),
    # v8: "I pay the help of five million a month.", "How much do you pay for a month?", "Uncle Hung pays help VND200
    # thousand a day."
    ("Tôi trả người giúp việc năm triệu một tháng.", "I pay the housekeeper five million dong a month."),
    ("Mẹ tôi trả người giúp việc 5 triệu một tháng.", "My mother pays the housekeeper VND5 million a month."),
    ("Bác Hùng trả người giúp việc 200 nghìn một ngày.", "Uncle Hung pays the housekeeper VND200 thousand a day."),
    ("Bạn trả người giúp việc bao nhiêu một tháng?", "How much do you pay the housekeeper a month?"),
    ("Bạn trả người giúp việc bao nhiêu?", "How much do you pay the housekeeper?"),
    # not: "giúp việc" as helping with work (housework), "nghỉ" alone or "nghỉ việc" with no tense (off, or quit?),
    # "nghỉ Tết" with no "rồi", "anh" saying it (the speaker?), "I" asked, a pet as who, "có" or "không?" alone, a
    # "?" on a statement, a sum with no "a month", "hay" (not read), a day twice, "ngon" denied
    ("Tôi giúp việc nhà cho mẹ.", None), ("Chị giúp việc nhà cho mẹ.", None), ("Tôi giúp việc cho mẹ.", None),
    ("Tôi thuê giúp việc.", None), ("Người giúp việc nghỉ rồi.", None), ("Người giúp việc nghỉ việc.", None),
    ("Người giúp việc nghỉ.", None), ("Người giúp việc nghỉ Tết.", None), ("Anh thuê người giúp việc.", None),
    ("Tôi có thuê người giúp việc không?", None), ("Con mèo của tôi thuê người giúp việc.", None),
    ("Bạn thuê người giúp việc không?", None), ("Người giúp việc nghỉ Tết rồi?", None),
    ("Người giúp việc nấu ăn rất ngon không?", None), ("Tôi trả người giúp việc năm triệu.", None),
    ("Người giúp việc hay nấu ăn.", None), ("Hôm nay người giúp việc nghỉ hôm nay.", None),
    ("Người giúp việc nấu ăn không ngon.", None), ("Tôi trả người giúp việc bao nhiêu?", None),
    ("Nhà tôi có thuê người giúp việc.", None), ("Người giúp việc thuê nhà.", None),
    ("Chị giúp việc thuê nhà tôi nhỉ.", None), ("Chị giúp việc nấu ăn ngon thế.", None),
    ("Người giúp việc đến rồi.", None), ("Người giúp việc chưa nghỉ Tết.", None),
    # a review's: "mới" right after her (the new one, or has just?), "nghỉ" with a week (off, or quit?), "có giúp
    # việc" (has one, or does the work?), "các nhỏ" (not said)
    ("Người giúp việc mới nghỉ việc.", None), ("Người giúp việc theo giờ mới nghỉ việc.", None),
    ("Người giúp việc nhà tôi mới nghỉ việc.", "Our housekeeper has just quit."),
    ("Người giúp việc nghỉ tuần sau.", None), ("Tuần trước người giúp việc nghỉ.", None),
    ("Tuần này người giúp việc nghỉ.", None),
    ("Tuần sau người giúp việc không đến.", "The housekeeper isn't coming next week."),
    ("Bạn có giúp việc theo giờ không?", None), ("Mẹ tôi có giúp việc theo giờ.", None),
    ("Lan cần giúp việc theo giờ.", "Lan needs a part-time housekeeper."),
    ("Người giúp việc trông các nhỏ.", None), ("Người giúp việc trông các trẻ.", None),
    ("We hired a housekeeper.", None),  # (the other way's language)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi thuê một nhà giữ.", "Bạn có nhà giữ được không?", "Chúng tôi có nhà giữ.", "Tôi cần một nhà
    # giữ.", "Chúng tôi không có cô hầu phòng.", "Mẹ tôi có nhà một thời gian làm việc.", "Bạn đã thuê nhà chưa?",
    # "Cô ấy đang tìm người giữ nhà."
    ("We hired a housekeeper.", "Chúng tôi đã thuê người giúp việc."),
    ("We have a housekeeper.", "Chúng tôi thuê người giúp việc."),
    ("Do you have a housekeeper?", "Bạn có thuê người giúp việc không?"),
    ("Does your family have a housekeeper?", "Nhà bạn có thuê người giúp việc không?"),
    ("My family has a housekeeper.", "Nhà tôi thuê người giúp việc."),
    ("My mother has a part-time housekeeper.", "Mẹ tôi thuê người giúp việc theo giờ."),
    ("We don't have a maid.", "Chúng tôi không thuê người giúp việc."),
    ("Lan doesn't have a housekeeper.", "Lan không thuê người giúp việc."),
    ("I need a housekeeper.", "Tôi cần người giúp việc."),
    ("Do you need a housekeeper?", "Bạn có cần người giúp việc không?"),
    ("Have you hired a housekeeper yet?", "Bạn đã thuê người giúp việc chưa?"),
    ("She's just hired a maid.", "Cô ấy vừa thuê người giúp việc."),
    ("We've already hired a housekeeper.", "Chúng tôi đã thuê người giúp việc rồi."),
    ("We haven't hired a housekeeper yet.", "Chúng tôi chưa thuê người giúp việc."),
    ("We will hire a part-time housekeeper.", "Chúng tôi sẽ thuê người giúp việc theo giờ."),
    ("Do you want to hire a housekeeper?", "Bạn có muốn thuê người giúp việc không?"),
    ("My mother wants to hire a housekeeper.", "Mẹ tôi muốn thuê người giúp việc."),
    ("He needs to hire a maid.", "Anh ấy cần thuê người giúp việc."),
    ("I'm looking for a housekeeper.", "Tôi đang tìm người giúp việc."),
    ("She's looking for a housekeeper.", "Cô ấy đang tìm người giúp việc."),
    ("Are you looking for a housekeeper?", "Bạn có đang tìm người giúp việc không?"),
    # v8: "Cô hầu phòng của chúng tôi bị tắt vì Tết.", "Nhà giữ của chúng tôi đã về nhà cho Tết.", "Người giữ nhà bị
    # tắt hôm nay.", "Người giữ nhà không đến ngày mai."
    ("Our maid is off for Tet.", "Người giúp việc nhà chúng tôi nghỉ Tết rồi."),
    ("The housekeeper's off for Tết.", "Người giúp việc nghỉ Tết rồi."),
    ("Our housekeeper has gone home for Tet.", "Người giúp việc nhà chúng tôi về quê ăn Tết rồi."),
    ("Has the housekeeper gone home for Tet yet?", "Người giúp việc về quê ăn Tết chưa?"),
    ("Is the housekeeper back at work yet?", "Người giúp việc đi làm lại chưa?"),
    ("The housekeeper is off today.", "Hôm nay người giúp việc nghỉ."),
    ("The housekeeper isn't coming tomorrow.", "Ngày mai người giúp việc không đến."),
    ("The housekeeper didn't come yesterday.", "Hôm qua người giúp việc không đến."),
    # v8: "Nhà giữ đã thoát khỏi.", "Nhà giữ chỉ thôi."
    ("The housekeeper has quit.", "Người giúp việc nghỉ việc rồi."),
    ("The housekeeper has just quit.", "Người giúp việc vừa nghỉ việc."),
    ("The housekeeper quit.", "Người giúp việc đã nghỉ việc."),
    ("The housekeeper is about to quit.", "Người giúp việc sắp nghỉ việc."),
    # v8: "Nhà giữ của chúng tôi nấu ăn rất tốt.", "Người giữ nhà trông có vẻ như sau con tôi.", "Cô hầu phòng sạch
    # nhà.", "Bạn có nấu không?", "Người giữ nhà chăm sóc con cái."
    ("Our housekeeper cooks very well.", "Người giúp việc nhà chúng tôi nấu ăn rất ngon."),
    ("Does the housekeeper cook well?", "Người giúp việc có nấu ăn ngon không?"),
    ("Does the maid cook?", "Người giúp việc có nấu ăn không?"),
    ("The housekeeper doesn't cook.", "Người giúp việc không nấu ăn."),
    ("The housekeeper is cooking.", "Người giúp việc đang nấu ăn."),
    ("The maid cleans the house.", "Người giúp việc dọn dẹp nhà."),
    ("The housekeeper looks after my children.", "Người giúp việc trông con cho tôi."),
    ("The housekeeper takes care of the children.", "Người giúp việc trông bọn trẻ."),
    ("The housekeeper is looking after my grandmother.", "Người giúp việc đang chăm sóc bà tôi."),
    # v8: "Tôi trả tiền nhà giữ năm triệu dong một tháng.", "Bạn trả tiền nhà của mình bao nhiêu?", "Mẹ bạn trả bao
    # nhiêu tiền cho cô hầu một tháng?"
    ("I pay the housekeeper five million dong a month.", "Tôi trả người giúp việc năm triệu đồng một tháng."),
    ("My mother pays the housekeeper 5 million dong a month.", "Mẹ tôi trả người giúp việc 5 triệu đồng một tháng."),
    ("How much do you pay your housekeeper?", "Bạn trả người giúp việc nhà bạn bao nhiêu?"),
    ("How much does your mother pay the maid a month?", "Mẹ bạn trả người giúp việc bao nhiêu một tháng?"),
    # not: verbs not agreeing with who ("She have", "Does she has", "The maid cook"), a hotel's room, "off" or
    # "left" with no day or Tet (off, or gone?), a sum with no "a month", a pet as who, "I" asked, "?" on a
    # statement, a day behind said in the present, "hire" as a habit, a cleaner, being a housekeeper, "good" for well
    ("She have a housekeeper.", None), ("Does she has a housekeeper?", None), ("We has hired a housekeeper.", None),
    ("The maid cook.", None), ("Does the maid cooks?", None), ("The housekeeper cleans the room.", None),
    ("The housekeeper is off.", None), ("The housekeeper left.", None),
    ("I pay the housekeeper five million dong.", None), ("My dog has a housekeeper.", None),
    ("Do I have a housekeeper?", None), ("The housekeeper is off for Tet?", None),
    ("The housekeeper is off yesterday.", None), ("I hire a housekeeper.", None), ("We have a cleaner.", None),
    ("She's a housekeeper.", None), ("The housekeeper cooks very good.", None),
    ("The housekeeper doesn't cook very well.", None), ("I hired the housekeeper.", None),
    ("The housekeeper hasn't quit.", None), ("My parents pay the maid VND5 million a month.", None),
    # a review's: "her" looked after (hers, or another woman's?)
    ("The housekeeper takes care of her mother.", None), ("The maid looks after her kids.", None),
    ("The housekeeper is looking after her children.", None),
    ("The housekeeper takes care of his mother.", "Người giúp việc chăm sóc mẹ anh ấy."),
    ("Người giúp việc nghỉ Tết rồi.", None),  # (the other way's language)
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
