"""The power, the water or the internet gone off or back on, said or asked, both ways (mt/outages.py)."""
import pytest

from mt.outages import translate


@pytest.mark.parametrize("text, said", [
    # v8: "It's very electricity.", "Influenza.", "Circumcision.", "It's water.", "It's very network."
    ("Mất điện rồi.", "The power's out."),
    ("Cúp điện rồi.", "The power's out."),
    ("Cắt điện rồi.", "The power's out."),
    ("Mất nước rồi.", "The water's off."),
    ("Mất mạng rồi.", "The internet's down."),
    ("Mất wifi rồi.", "The wifi's down."),
    ("Rớt mạng rồi.", "The internet's down."),
    ("Lại mất điện rồi.", "The power's out again."),
    # v8: "My home was lost water.", "My area was lost.", "Both area lost power."
    ("Nhà tôi bị mất nước.", "The water's off at my house."),
    ("Nhà tôi mất điện rồi.", "The power's out at my house."),
    ("Khu tôi bị mất điện.", "The power's out in my area."),
    ("Cả khu bị mất điện.", "The power's out in the whole area."),
    ("Nhà mẹ tôi bị mất điện.", "The power's out at my mother's house."),
    ("Ở đây mất điện rồi.", "The power's out here."),
    ("Nhà tôi không có nước.", "There's no water at my house."),
    # v8: "Power from this morning.", "It's a two-hour power.", "How long is the power?", "Never Power Your Power?"
    ("Mất điện từ sáng nay rồi.", "The power's been out since this morning."),
    ("Mất điện hai tiếng rồi.", "The power's been out for two hours."),
    ("Mất nước cả ngày rồi.", "The water's been off all day."),
    ("Mất điện bao lâu rồi?", "How long has the power been out?"),
    ("Mất điện từ bao giờ?", "When did the power go out?"),
    ("Tối qua mất điện.", "The power went out last night."),
    ("Hôm qua có mất điện không?", "Did the power go out yesterday?"),
    # v8: "Are you lost power?", "Powerless?"
    ("Nhà bạn có bị mất điện không?", "Is the power out at your house?"),
    ("Mất điện à?", "Is the power out?"),
    # v8: "It's electricity.", "There's a network.", "Is electricity?", "Is it time for electricity?"
    ("Có điện lại rồi.", "The power's back on."),
    ("Điện về rồi.", "The power's back on."),
    ("Có mạng lại rồi.", "The internet's back."),
    ("Có điện chưa?", "Is the power back on yet?"),
    ("Nhà bạn có nước chưa?", "Is the water back on at your house yet?"),
    ("Bao giờ có điện lại?", "When will the power be back on?"),
    ("Nhà tôi vẫn chưa có điện.", "The power still isn't back on at my house."),
    # not: alone (a heading as often), a cut ahead, a person dehydrated or near death, a phone lost, "Có điện." alone,
    # the signal (mt/reception.py's), slow (the phrases'), a day not behind, "cắt mạng", since a day ahead
    ("Điện về rồi nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Mất điện.", None), ("Ngày mai cúp điện.", None), ("Tôi bị mất nước.", None), ("Anh ấy suýt mất mạng.", None),
    ("Mất điện thoại rồi.", None), ("Có điện.", None), ("Mất sóng rồi.", None), ("Mạng chậm quá.", None),
    ("Tối nay mất điện.", None), ("Cắt mạng rồi.", None), ("Mất điện từ ngày mai.", None),
    ("Có mất điện không.", None), ("Hôm qua mất điện rồi.", None), ("Khi nào có điện?", None),
    ("Ở đây có wifi chưa?", None), ("Nhà anh bị mất điện à?", None),
    # v8: "I was electrode.", "My mother was cut by water.", "He was cut by electricity.", "Are you cut power?",
    # "Do you get cut water?", "Yesterday, I was electrode.", "Yesterday, do you have power cuts?"
    ("Tôi bị cắt điện.", "My power has been cut off."),
    ("Tôi bị cắt điện rồi.", "My power has been cut off."),
    ("Mẹ tôi bị cắt nước.", "My mother's water has been cut off."),
    ("Chúng tôi bị cắt điện.", "Our power has been cut off."),
    ("Anh ấy bị cắt điện rồi.", "His power has been cut off."),
    ("Lan bị cắt điện.", "Lan's power has been cut off."),
    ("Tôi lại bị cắt điện.", "My power has been cut off again."),
    ("Bạn bị cắt điện à?", "Has your power been cut off?"),
    ("Bạn có bị cắt nước không?", "Has your water been cut off?"),
    ("Hôm qua tôi bị cắt điện.", "My power was cut off yesterday."),
    ("Hôm qua bạn có bị cắt điện không?", "Was your power cut off yesterday?"),
    # v8: "We're cut by water two days.", "I was cut from this morning.", "I'm not powered.", "My home has not been cut
    # by water."
    ("Chúng tôi bị cắt nước hai ngày rồi.", "Our water has been cut off for two days."),
    ("Tôi bị cắt điện từ sáng nay.", "My power has been cut off since this morning."),
    ("Tôi chưa bị cắt điện.", "My power hasn't been cut off."),
    ("Nhà tôi chưa bị cắt nước.", "The water hasn't been cut off at my house."),
    # v8: "My area was powered to fix the wires.", "My area was cut to maintain.", "I was cut by electricity to
    # maintain.", "Last night, my mother was cut water to fix the pipe.", "Today, phobias I have been elected.",
    # "I'm electrode today.", "I'm electrode."
    ("Khu tôi bị cắt điện để sửa đường dây.", "The power has been cut off in my area for repairs to the line."),
    ("Khu tôi bị cắt điện để bảo trì.", "The power has been cut off in my area for maintenance."),
    ("Tôi bị cắt điện để bảo trì.", "My power has been cut off for maintenance."),
    ("Tối qua nhà mẹ tôi bị cắt nước để sửa đường ống.",
     "The water was cut off at my mother's house for repairs to the pipes last night."),
    ("Hôm nay phường tôi bị cắt điện.", "There's a power cut in my ward today."),
    ("Hôm nay khu tôi bị cắt điện.", "There's a power cut in my area today."),
    ("Phường tôi bị cắt điện.", "The power's out in my ward."),
    # not: "không bị cắt" (wasn't, isn't or won't be?), "cả ngày" without "rồi" (which day, or ahead?), cut for not
    # paying (mt/utility_bills.py's), a pet, "cắt mạng", a "?" on a statement, a cut ahead, who cut today, a span
    # without "rồi", the line of the water, "anh" alone saying it, the water today, "chưa … à?", a phone
    ("Tôi không bị cắt điện.", None), ("Khu tôi bị cắt điện cả ngày.", None),
    ("Tôi bị cắt điện vì quên đóng tiền.", None), ("Con chó của tôi bị cắt điện.", None), ("Tôi bị cắt mạng.", None),
    ("Tôi bị cắt điện?", None), ("Ngày mai tôi bị cắt điện.", None), ("Hôm nay tôi bị cắt điện.", None),
    ("Chúng tôi bị cắt nước hai ngày.", None), ("Khu tôi bị cắt nước để sửa đường dây.", None),
    ("Anh bị cắt điện.", None), ("Hôm nay phường tôi bị cắt nước.", None), ("Bạn chưa bị cắt điện à?", None),
    ("Tôi bị cắt điện thoại.", None),
    # not: since a time of day or this afternoon without "rồi" (from then, a cut ahead as often: "Khu tôi bị cắt điện
    # từ 8 giờ sáng." as a notice says it)
    ("Tôi bị cắt điện từ 7 giờ tối.", None), ("Tôi bị cắt điện từ chiều nay.", None),
    ("Khu tôi bị cắt điện từ 8 giờ sáng.", None), ("Cắt điện từ 8 giờ sáng.", None), ("Mất điện từ chiều.", None),
    ("Tôi bị cắt điện từ 7 giờ tối rồi.", "My power has been cut off since 7 p.m."),
    ("Mất điện từ 7 giờ tối rồi.", "The power's been out since 7 p.m."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Nguồn điện ra ngoài.", "Nguồn điện đi ra.", "Lực lượng đã mất đi." (the force), "Tắt điện." (turn it off)
    ("The power's out.", "Mất điện rồi."),
    ("The power went out.", "Mất điện rồi."),
    ("The power's gone off.", "Mất điện rồi."),
    ("The power's off.", "Mất điện rồi."),
    ("The water's off.", "Mất nước rồi."),
    ("The internet's out.", "Mất mạng rồi."),
    ("The internet went down.", "Mất mạng rồi."),
    ("The power's out again.", "Lại mất điện rồi."),
    # v8: "Có một khoản cắt giảm năng lượng." (a cut in energy), "Nước bị cắt đứt." (severed)
    ("There's a power cut.", "Mất điện rồi."),
    ("There was a power cut last night.", "Tối qua mất điện."),
    ("There's another power cut.", "Lại mất điện rồi."),
    ("Is there a power cut?", "Có bị mất điện không?"),
    ("The water's been cut off.", "Bị cắt nước rồi."),
    ("The power's out at my house.", "Nhà tôi bị mất điện."),
    ("The internet's down at my mother's house.", "Nhà mẹ tôi bị mất mạng."),
    ("The power is out in the whole area.", "Cả khu bị mất điện."),
    # v8: "Nguồn điện đã được xuất hiện từ sáng nay.", "Cuộc chạy đua dài bao lâu rồi?" (the race)
    ("The power has been out since this morning.", "Mất điện từ sáng nay rồi."),
    ("The power's been out for two hours.", "Mất điện hai tiếng rồi."),
    ("How long has the power been out?", "Mất điện bao lâu rồi?"),
    ("When did the water go off at your house?", "Nhà bạn bị mất nước từ lúc nào?"),
    ("The power went out last night.", "Tối qua mất điện."),
    ("Is the power out at your house?", "Nhà bạn có bị mất điện không?"),
    # v8: "Sự trở lại của điện năng." (the return of), "Người ta vẫn có quyền lực trở lại không?" (authority)
    ("The power's back.", "Có điện lại rồi."),
    ("The power came back on.", "Có điện lại rồi."),
    ("The water's back on at my house.", "Nhà tôi có nước lại rồi."),
    ("Is the power back yet?", "Có điện lại chưa?"),
    ("Has the power come back on yet?", "Có điện lại chưa?"),
    ("When will the power be back on?", "Khi nào có điện lại?"),
    # v8: "Chúng tôi không có quyền lực.", "Không có quyền lực trong khu vực của chúng tôi.", "… không có nước nào …"
    ("We have no power.", "Chúng tôi không có điện."),
    ("We have no water at home.", "Nhà chúng tôi không có nước."),
    ("We lost power last night.", "Tối qua chúng tôi bị mất điện."),
    ("There's no water in the building.", "Tòa nhà không có nước."),
    ("There's no power in our area.", "Khu chúng tôi không có điện."),
    ("There's still no power here.", "Ở đây vẫn chưa có điện."),
    # not: "is down" alone (mt/broken.py's), "There's no power." (v8 writes it well), water lost by a person
    # (dehydrated), the power down (not said), "has" with "went", "was" with no day, a day ago, "been" with no while,
    # "is" with "since", asked without "?", he has no power (authority, as often), the signal (mt/reception.py's)
    ("The internet is down.", None), ("There's no power.", None), ("We lost water.", None),
    ("The power's down.", None), ("The power has went out.", None), ("The power was out.", None),
    ("The power went out two days ago.", None), ("The power's been out.", None),
    ("The power's out since this morning.", None), ("Is the power out.", None), ("He has no power.", None),
    ("There's no signal here.", None), ("The internet is slow.", None),
    # v8: "Điện lực của tôi bị cắt đứt.", "Nước của chúng tôi bị cắt đứt.", "Điện lực của mẹ tôi đã bị cắt đứt.",
    # "Điện lực của tôi lại bị cắt đứt.", "Quyền lực của Lan bị cắt giảm." (authority)
    ("My power has been cut off.", "Tôi bị cắt điện rồi."),
    ("Our water has been cut off.", "Chúng tôi bị cắt nước rồi."),
    ("My mother's power has been cut off.", "Mẹ tôi bị cắt điện rồi."),
    ("My power's been cut off again.", "Tôi lại bị cắt điện rồi."),
    ("Lan's power has been cut off.", "Lan bị cắt điện rồi."),
    ("My electricity has been cut off.", "Tôi bị cắt điện rồi."),
    # v8: "Có phải điện của bạn bị cắt giảm chưa?", "Nước của bạn có cắt giảm tối qua không?", "Điện lực của chúng
    # tôi bị cắt giảm tối qua.", "… đã bị cắt giảm được hai ngày rồi.", "Sự năng lượng của tôi không bị cắt giảm."
    ("Has your power been cut off?", "Bạn có bị cắt điện không?"),
    ("Has your power been cut off again?", "Bạn lại bị cắt điện à?"),
    ("Was your water cut off last night?", "Tối qua bạn có bị cắt nước không?"),
    ("Our power was cut off last night.", "Tối qua chúng tôi bị cắt điện."),
    ("Our power has been cut off for two days.", "Chúng tôi bị cắt điện hai ngày rồi."),
    ("My power has been cut off since this morning.", "Tôi bị cắt điện từ sáng nay rồi."),
    ("My power hasn't been cut off.", "Tôi chưa bị cắt điện."),
    # v8: "Điện lực của chúng tôi bị cắt giảm để bảo trì.", "Sự năng lượng đã bị cắt đứt để sửa chữa cho dòng.",
    # "Nước của họ bị cắt đứt để bảo trì.", "Sự điện tắt trong khu vực của tôi suốt ngày.", "Điện lực bị tắt …"
    ("The power's been cut off in my area for maintenance.", "Khu tôi bị cắt điện để bảo trì."),
    ("The power has been cut off for repairs to the line.", "Bị cắt điện để sửa đường dây."),
    ("Their water has been cut off for maintenance.", "Họ bị cắt nước để bảo trì."),
    ("Our power was cut off for maintenance yesterday.", "Hôm qua chúng tôi bị cắt điện để bảo trì."),
    ("The power's off in my area all day.", "Khu tôi bị mất điện cả ngày."),
    ("The power is off in my area all day.", "Khu tôi bị mất điện cả ngày."),
    ("There's a power cut in my area today.", "Hôm nay khu tôi bị cắt điện."),
    # not: "was" with no day, a pet, the line of the water, "today" asked, "has been" with a day behind, "was … all
    # day" (no day said), "ward" (a hospital's too), "hasn't" again, they cut it (who?), a "?" on a statement, the
    # power with no why (not this rule's)
    ("My power was cut off.", None), ("My dog's power has been cut off.", None),
    ("The water has been cut off at my house for work on the line.", None), ("Is there a power cut today?", None),
    ("My power has been cut off yesterday.", None), ("The power was off in my area all day.", None),
    ("The power's out in my ward.", None), ("My power hasn't been cut off again.", None),
    ("They cut off our power.", None), ("My power has been cut off?", None),
    # since last week (not "từ None"), again kept, a span with why (without "rồi": for two days, done or ahead), a
    # power failure (gone, not cut), someone's area ("khu Lan": an area called Lan), the internet lost by us ("bị mất
    # mạng": lost our lives)
    ("Our water has been cut off since last week.", "Chúng tôi bị cắt nước từ tuần trước rồi."),
    ("The power has been out since last week.", "Mất điện từ tuần trước rồi."),
    ("The power has been cut off again.", "Lại bị cắt điện rồi."),
    ("The power's been cut off at my house again.", "Nhà tôi lại bị cắt điện rồi."),
    ("My power has been cut off for two days for maintenance.", None),
    ("There's a power failure in my area today.", "Hôm nay khu tôi bị mất điện."),
    ("There's a power outage today.", "Hôm nay mất điện."),
    ("There's a power cut in my mother's area today.", "Hôm nay khu nhà mẹ tôi bị cắt điện."),
    ("The power's off in Lan's area all day.", "Khu nhà Lan bị mất điện cả ngày."),
    ("We lost the internet.", "Chúng tôi bị mất internet rồi."),
    ("We've lost internet.", "Chúng tôi bị mất internet rồi."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
