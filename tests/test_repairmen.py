"""The repairman (and the electrician, the plumber, the locksmith) called, coming, come, fixing a thing and waited for,
both ways (mt/repairmen.py)."""
import pytest

from mt.repairmen import translate


@pytest.mark.parametrize("text, said", [
    # v8: "It's upcoming washcloth.", "The peace editor is coming.", "The refrigerator is coming.", "The repair is
    # coming.", "The key is coming.", "The washcloth is coming.", "TV configuration is coming."
    ("Thợ sửa máy giặt sắp đến.", "The washing machine repairman is coming soon."),
    ("Thợ sửa điều hòa sắp đến.", "The air conditioner repairman is coming soon."),
    ("Thợ sửa tủ lạnh sắp tới.", "The fridge repairman is coming soon."),
    ("Thợ sửa chữa sắp đến.", "The repairman is coming soon."),
    ("Thợ khóa sắp đến.", "The locksmith is coming soon."),
    ("Thợ sửa máy giặt đang đến.", "The washing machine repairman is on the way."),
    ("Thợ sửa ti vi đang đến.", "The TV repairman is on the way."),
    ("Thợ khóa đang đến.", "The locksmith is on the way."),
    # v8: "The refrigerator came.", "Edit the washcloth.", "The cold weather has come.", "The burping is coming.",
    # "The peace editor was just coming.", "Power bureau is just coming."
    ("Thợ sửa tủ lạnh đến rồi.", "The fridge repairman is here."),
    ("Thợ sửa máy giặt đến rồi.", "The washing machine repairman is here."),
    ("Thợ sửa bình nóng lạnh đã đến rồi.", "The water heater repairman is here."),
    ("Thợ khóa đến rồi.", "The locksmith is here."),
    ("Thợ sửa điều hòa vừa đến.", "The air conditioner repairman has just arrived."),
    ("Thợ điện vừa mới đến.", "The electrician has just arrived."),
    # v8: "The refrigerator is not coming.", "Electricity is not coming.", "The water stagnosis is not coming."
    ("Thợ sửa tủ lạnh chưa đến.", "The fridge repairman hasn't come yet."),
    ("Thợ điện chưa đến.", "The electrician hasn't come yet."),
    ("Thợ sửa tủ lạnh vẫn chưa đến.", "The fridge repairman still hasn't come."),
    ("Thợ sửa ống nước vẫn chưa đến.", "The plumber still hasn't come."),
    # v8: "What's the peace fix?", "Power to Power?", "Is the water pipe edition?", "Can't you fix a washcloth?", "The
    # burping came?", "Isn't it possible?"
    ("Thợ sửa điều hòa đến chưa?", "Has the air conditioner repairman come yet?"),
    ("Thợ điện đến chưa?", "Has the electrician come yet?"),
    ("Thợ sửa ống nước đến chưa?", "Has the plumber come yet?"),
    ("Thợ sửa máy giặt đến chưa?", "Has the washing machine repairman come yet?"),
    ("Thợ sửa ti vi đã đến chưa?", "Has the TV repairman come yet?"),
    ("Thợ khóa đến chưa?", "Has the locksmith come yet?"),
    ("Thợ sửa chữa đến chưa?", "Has the repairman come yet?"),
    # v8: "The idea of peace?", "When did the plant fixes?", "The power is never coming?", "Time the refrigerator?",
    # "How long will the refrigerator time?"
    ("Thợ sửa điều hòa bao giờ đến?", "When is the air conditioner repairman coming?"),
    ("Khi nào thợ sửa máy giặt đến?", "When is the washing machine repairman coming?"),
    ("Bao giờ thợ sửa tủ lạnh đến?", "When is the fridge repairman coming?"),
    ("Thợ điện bao giờ đến?", "When is the electrician coming?"),
    ("Mấy giờ thợ sửa tủ lạnh đến?", "What time is the fridge repairman coming?"),
    ("Thợ sửa điều hòa mấy giờ đến?", "What time is the air conditioner repairman coming?"),
    ("Thợ sửa tủ lạnh sẽ đến lúc mấy giờ?", "What time is the fridge repairman coming?"),
    # v8: "Tomorrow, the peaceful fixer will come.", "The television configuration will be 3 p.m.", "Power bureau will
    # come tomorrow.", "The key will be 10 a.m.", "So today, do you fix the peace?", "Yesterday, the refrigerator had
    # come."
    ("Ngày mai thợ sửa điều hòa sẽ đến.", "The air conditioner repairman is coming tomorrow."),
    ("Chiều mai thợ sửa máy giặt sẽ đến.", "The washing machine repairman is coming tomorrow afternoon."),
    ("Thợ sửa tủ lạnh sẽ đến vào ngày mai.", "The fridge repairman is coming tomorrow."),
    ("Thợ sửa ti vi sẽ đến lúc 3 giờ chiều.", "The TV repairman is coming at 3 p.m."),
    ("Thợ sửa ti vi sẽ đến vào thứ bảy.", "The TV repairman is coming on Saturday."),
    ("Thợ điện sẽ đến vào ngày mai.", "The electrician is coming tomorrow."),
    ("Thợ khóa sẽ đến lúc 10 giờ sáng.", "The locksmith is coming at 10 a.m."),
    ("Thợ sửa bình nóng lạnh sẽ đến.", "The water heater repairman will come."),
    ("Hôm nay thợ sửa điều hòa có đến không?", "Is the air conditioner repairman coming today?"),
    ("Ngày mai thợ sửa máy giặt có đến không?", "Is the washing machine repairman coming tomorrow?"),
    ("Hôm qua thợ sửa tủ lạnh đã đến.", "The fridge repairman came yesterday."),
    ("Sáng nay thợ sửa máy giặt đã đến.", "The washing machine repairman came this morning."),
    # v8: "The wife has finished a concert.", "The refrigerator has finished.", "The wife has been fixing the
    # washcloth.", "The fixed washcloth is finished.", "The heart has refrigerated hot flashes.", "The wife is fixing
    # the washcloth.", "Isn't it done?"
    ("Thợ đã sửa xong máy giặt.", "The repairman has fixed the washing machine."),
    ("Thợ đã sửa xong điều hòa.", "The repairman has fixed the air conditioner."),
    ("Thợ sửa xong tủ lạnh rồi.", "The repairman has fixed the fridge."),
    ("Thợ đã sửa máy giặt xong rồi.", "The repairman has fixed the washing machine."),
    ("Thợ sửa tủ lạnh đã sửa xong tủ lạnh của tôi.", "The repairman has fixed my fridge."),
    ("Thợ sửa máy giặt đã sửa xong rồi.", "The washing machine repairman has fixed it."),
    ("Thợ điện đã sửa xong rồi.", "The electrician has fixed it."),
    ("Thợ khóa đang sửa.", "The locksmith is fixing it."),
    ("Thợ vừa sửa xong bình nóng lạnh.", "The repairman has just fixed the water heater."),
    ("Thợ đang sửa máy giặt.", "The repairman is fixing the washing machine."),
    ("Thợ sửa điều hòa đang sửa điều hòa của mẹ tôi.", "The repairman is fixing my mother's air conditioner."),
    ("Thợ đang sửa ti vi này.", "The repairman is fixing this TV."),
    ("Thợ chưa sửa xong tủ lạnh.", "The repairman hasn't fixed the fridge yet."),
    ("Thợ sửa xong máy giặt chưa?", "Has the repairman fixed the washing machine yet?"),
    ("Thợ đã sửa xong điều hòa chưa?", "Has the repairman fixed the air conditioner yet?"),
    # v8: "I have to call my peace fixed.", "I must call the plant fixed.", "We need to call the refrigerator.", "My
    # mother would call television fixed.", "I've called the driver to fix it.", "He's called a peaceful repairer.",
    # "Have you called the refrigerator yet?", "Do you need to call the cocher?"
    ("Tôi phải gọi thợ sửa điều hòa.", "I have to call an air conditioner repairman."),
    ("Tôi phải gọi thợ sửa máy giặt.", "I have to call a washing machine repairman."),
    ("Chúng ta cần gọi thợ sửa tủ lạnh.", "We need to call a fridge repairman."),
    ("Mẹ tôi sẽ gọi thợ sửa ti vi.", "My mother will call a TV repairman."),
    ("Bố tôi đã gọi thợ sửa điều hòa.", "My father called an air conditioner repairman."),
    ("Tôi gọi thợ sửa bình nóng lạnh rồi.", "I've called a water heater repairman."),
    ("Chị ấy đã gọi thợ sửa máy giặt rồi.", "She's already called a washing machine repairman."),
    ("Tôi vừa gọi thợ sửa tủ lạnh.", "I've just called a fridge repairman."),
    ("Anh ấy đang gọi thợ sửa điều hòa.", "He's calling an air conditioner repairman."),
    ("Chúng tôi chưa gọi thợ sửa máy giặt.", "We haven't called a washing machine repairman yet."),
    ("Bạn đã gọi thợ sửa tủ lạnh chưa?", "Have you called a fridge repairman yet?"),
    ("Bạn gọi thợ sửa ti vi chưa?", "Have you called a TV repairman yet?"),
    ("Bạn có cần gọi thợ sửa điều hòa không?", "Do you need to call an air conditioner repairman?"),
    ("Bạn có thể gọi thợ sửa máy giặt không?", "Can you call a washing machine repairman?"),
    ("Chúng ta có nên gọi thợ sửa tủ lạnh không?", "Should we call a fridge repairman?"),
    ("Tôi không cần gọi thợ sửa điều hòa.", "I don't need to call an air conditioner repairman."),
    # v8: "I called the mechanic to fix my washcloth.", "My mother called the miner to fix the refrigerator.", "We must
    # call the mechanic to refrigerator.", "Have you called the car to fix the peace yet?"
    ("Tôi đã gọi thợ đến sửa máy giặt.", "I called a repairman to fix the washing machine."),
    ("Mẹ tôi gọi thợ đến sửa tủ lạnh rồi.", "My mother has called a repairman to fix the fridge."),
    ("Chúng ta phải gọi thợ đến sửa bình nóng lạnh.", "We have to call a repairman to fix the water heater."),
    ("Bạn đã gọi thợ đến sửa điều hòa chưa?", "Have you called a repairman to fix the air conditioner yet?"),
    ("Tôi sẽ gọi thợ đến sửa ti vi.", "I'll call a repairman to fix the TV."),
    # v8: "I'm waiting for a fixture.", "We're waiting for the dealer.", "My mother was waiting for electricity."
    ("Tôi đang đợi thợ sửa điều hòa.", "I'm waiting for the air conditioner repairman."),
    ("Chúng tôi đang chờ thợ sửa máy giặt.", "We're waiting for the washing machine repairman."),
    ("Mẹ tôi đang đợi thợ điện đến.", "My mother is waiting for the electrician."),
    ("Tôi đang chờ thợ khóa.", "I'm waiting for the locksmith."),
    # not: "thợ" alone coming (the repairman, or the workmen?), a plain "gọi" (called, or calls?), "có gọi … không?"
    # (do you, or did you?), "đến" on a day with no "sẽ" (came, or coming?), "đến lúc mấy giờ" (came?), "không đến"
    # (isn't coming, or didn't?), "sửa" with no "xong" (fixed, or worked on?), a "?" on a statement, "thế" said,
    # "nhỉ", "I" asked, "anh", "em" alone saying it, a pet, a day behind with "sẽ", a day ahead with "đã", "sắp …
    # rồi", a day with "đang", "vừa về" (left), other trades (builders, a tailor), "có đến không?" with no day,
    # another's thing of a pet, the other way's language, nonsense
    ("Thợ đến rồi.", None), ("Thợ sắp đến.", None), ("Tôi gọi thợ sửa điều hòa.", None),
    ("Bạn có gọi thợ sửa máy giặt không?", None), ("Chiều nay thợ sửa điều hòa đến.", None),
    ("Thợ sửa điều hòa đến lúc mấy giờ?", None), ("Thợ sửa máy giặt không đến.", None),
    ("Thợ đã sửa máy giặt.", None), ("Thợ sửa máy giặt sắp đến?", None), ("Thợ sửa máy giặt sắp đến thế.", None),
    ("Thợ sửa máy giặt sắp đến nhỉ.", None), ("Tôi đã gọi thợ sửa điều hòa chưa?", None),
    ("Anh đã gọi thợ sửa điều hòa.", None), ("Em có cần gọi thợ sửa máy giặt không ạ?", None),
    ("Con chó của tôi đang đợi thợ sửa máy giặt.", None), ("Hôm qua thợ sửa điều hòa sẽ đến.", None),
    ("Ngày mai thợ sửa điều hòa đã đến.", None), ("Thợ sửa máy giặt sắp đến rồi.", None),
    ("Thợ sửa máy giặt đang đến vào ngày mai.", None), ("Thợ sửa điều hòa vừa về.", None),
    ("Thợ xây sắp đến.", None), ("Thợ may đến rồi.", None), ("Thợ sửa máy giặt có đến không?", None),
    ("Thợ đã sửa xong máy giặt của con chó tôi.", None), ("Thợ sửa máy giặt đã đến.", None),
    ("The washing machine repairman is coming soon.", None), ("Thợ thợ thợ.", None),
    # found in review: "lúc" with no clock time (it wrote "coming at at the weekend"), "có đến không?" on a part of
    # today that may be over (did he come this morning?), "của mình" after the man (his own, not "my"), "thợ" alone
    # fixing no thing (the workmen?), "gọi cho" (phoned the one we know: "the", not "an")
    ("Thợ điện sẽ đến lúc cuối tuần.", None), ("Sáng nay thợ sửa điều hòa có đến không?", None),
    ("Chiều nay thợ điện có đến không?", None), ("Thợ điện có đến vào sáng nay không?", None),
    ("Thợ điện có đến lúc 3 giờ chiều nay không?", None), ("Thợ đã sửa xong tủ lạnh của mình.", None),
    ("Thợ đang sửa.", None), ("Thợ sửa xong rồi.", None), ("Thợ sửa xong chưa?", None), ("Thợ chưa sửa.", None),
    ("Tôi gọi cho thợ điện rồi.", None), ("Tôi phải gọi cho thợ điện.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cuộc sửa chữa sắp tới.", "Chức năng sửa chữa máy rửa sạch sẽ sớm.", "Cuộc sửa chữa tủ lạnh sẽ sớm ở đây.",
    # "Khóa đến sớm.", "Người sửa chữa đang theo đường của ông.", "Món khóa đang trên đường của mình."
    ("The repairman is coming soon.", "Thợ sửa chữa sắp đến."),
    ("The washing machine repairman is coming soon.", "Thợ sửa máy giặt sắp đến."),
    ("The fridge repairman will be here soon.", "Thợ sửa tủ lạnh sắp đến."),
    ("The locksmith's coming soon.", "Thợ khóa sắp đến."),
    ("The repairman is on his way.", "Thợ sửa chữa đang đến."),
    ("The air conditioner repairman is on the way.", "Thợ sửa điều hòa đang đến."),
    ("The locksmith is on her way.", "Thợ khóa đang đến."),
    # v8: "Người sửa chữa ở đây.", "Bộ sửa chữa truyền hình ở đây.", "Khóa gửi chỉ đến.", "Thế thì chỉ mới đến.",
    # "Hiện nay máy điện không đến."
    ("The repairman is here.", "Thợ sửa chữa đến rồi."),
    ("The TV repairman's here.", "Thợ sửa ti vi đến rồi."),
    ("The washing machine repairman has arrived.", "Thợ sửa máy giặt đến rồi."),
    ("The locksmith has just arrived.", "Thợ khóa vừa đến."),
    ("The plumber's just arrived.", "Thợ sửa ống nước vừa đến."),
    ("The TV repairman hasn't come yet.", "Thợ sửa ti vi chưa đến."),
    ("The electrician hasn't arrived yet.", "Thợ điện chưa đến."),
    ("The fridge repairman isn't here yet.", "Thợ sửa tủ lạnh chưa đến."),
    ("The washing machine repairman still hasn't come.", "Thợ sửa máy giặt vẫn chưa đến."),
    # v8: "Người sửa chữa vẫn chưa?", "Hiện tại nhà máy điện chưa?", "Người ta vẫn chưa đến chỗ plum?", "Có khóa gửi
    # đến đây chưa?", "Người sửa chữa đến khi nào?" (when he came), "Đến thời gian sửa chữa tủ lạnh là gì?"
    ("Has the repairman come yet?", "Thợ sửa chữa đến chưa?"),
    ("Has the electrician come yet?", "Thợ điện đến chưa?"),
    ("Has the plumber arrived yet?", "Thợ sửa ống nước đến chưa?"),
    ("Is the locksmith here yet?", "Thợ khóa đến chưa?"),
    ("When is the repairman coming?", "Khi nào thợ sửa chữa đến?"),
    ("When will the washing machine repairman come?", "Khi nào thợ sửa máy giặt đến?"),
    ("When is the locksmith coming?", "Khi nào thợ khóa đến?"),
    ("What time is the fridge repairman coming?", "Mấy giờ thợ sửa tủ lạnh đến?"),
    ("What time will the repairman come?", "Mấy giờ thợ sửa chữa đến?"),
    # v8: "Người sửa chữa sắp tới ngày mai.", "Máy điều hòa người sửa chữa sắp tới chiều nay.", "Khóa sắp tới lúc 3
    # giờ chiều.", "Hôm nay có phải ông sửa chữa không?", "Vị sửa chữa này xảy ra hôm qua."
    ("The repairman is coming tomorrow.", "Ngày mai thợ sửa chữa sẽ đến."),
    ("The air conditioner repairman is coming this afternoon.", "Chiều nay thợ sửa điều hòa sẽ đến."),
    ("The washing machine repairman will come tomorrow morning.", "Sáng mai thợ sửa máy giặt sẽ đến."),
    ("The locksmith is coming at 3 pm.", "Thợ khóa sẽ đến lúc 3 giờ chiều."),
    ("The plumber will be here at ten.", "Thợ sửa ống nước sẽ đến lúc 10 giờ."),
    ("The TV repairman is coming on Saturday.", "Thợ sửa ti vi sẽ đến vào thứ Bảy."),
    ("The repairman is coming at the weekend.", "Thợ sửa chữa sẽ đến vào cuối tuần."),
    ("The water heater repairman will come.", "Thợ sửa bình nóng lạnh sẽ đến."),
    ("Is the repairman coming today?", "Hôm nay thợ sửa chữa có đến không?"),
    ("Is the air conditioner repairman coming tomorrow?", "Ngày mai thợ sửa điều hòa có đến không?"),
    ("Is the repairman coming at the weekend?", "Thợ sửa chữa có đến vào cuối tuần không?"),
    ("The repairman came yesterday.", "Hôm qua thợ sửa chữa đã đến."),
    ("The fridge repairman came this morning.", "Sáng nay thợ sửa tủ lạnh đã đến."),
    # v8: "Người sửa chữa đã cố định máy rửa tay.", "Cuộc sửa chữa người ta cố gắng tủ lạnh của tôi.", "Người sửa chữa
    # chỉ cố định máy điều hòa.", "Người sửa chữa cố định nó.", "Máy điện đã sửa chữa nó.", "Người sửa chữa đang sửa
    # máy rửa.", "Người sửa chữa vẫn còn cố gắng chưa?"
    ("The repairman has fixed the washing machine.", "Thợ đã sửa xong máy giặt."),
    ("The repairman's fixed my fridge.", "Thợ đã sửa xong tủ lạnh của tôi."),
    ("The repairman has just fixed the air conditioner.", "Thợ vừa sửa xong điều hòa."),
    ("The repairman has already fixed the TV.", "Thợ đã sửa xong ti vi rồi."),
    ("The repairman fixed the water heater.", "Thợ đã sửa xong bình nóng lạnh."),
    ("The repairman has fixed it.", "Thợ đã sửa xong rồi."),
    ("The electrician has repaired it.", "Thợ điện đã sửa xong rồi."),
    ("The repairman is fixing the washing machine.", "Thợ đang sửa máy giặt."),
    ("The repairman is repairing my mother's fridge.", "Thợ đang sửa tủ lạnh của mẹ tôi."),
    ("The repairman hasn't fixed the fridge yet.", "Thợ chưa sửa xong tủ lạnh."),
    ("Has the repairman fixed the air conditioner yet?", "Thợ đã sửa xong điều hòa chưa?"),
    ("Has the repairman fixed it yet?", "Thợ đã sửa xong chưa?"),
    # v8: "Bạn đã gọi là người điện chưa?", "Bạn có gọi sửa chữa chưa?", "Cô ấy có gọi con búp bê chưa?", "Chúng ta
    # phải gọi nhân viên sửa chữa máy rửa.", "Cha tôi cần gọi một người máy điều hòa sửa chữa người.", "Mẹ tôi vừa gọi
    # khóa học.", "Chúng tôi chưa kêu gọi sửa chữa."
    ("Have you called the electrician?", "Bạn đã gọi thợ điện chưa?"),
    ("Have you called a repairman yet?", "Bạn đã gọi thợ sửa chữa chưa?"),
    ("Has she called the plumber yet?", "Cô ấy đã gọi thợ sửa ống nước chưa?"),
    ("I need to call a repairman.", "Tôi cần gọi thợ sửa chữa."),
    ("My father needs to call an air conditioner repairman.", "Bố tôi cần gọi thợ sửa điều hòa."),
    ("I'll call a TV repairman.", "Tôi sẽ gọi thợ sửa ti vi."),
    ("She's calling a fridge repairman.", "Cô ấy đang gọi thợ sửa tủ lạnh."),
    ("I've already called a repairman.", "Tôi đã gọi thợ sửa chữa rồi."),
    ("My mother has just called the locksmith.", "Mẹ tôi vừa gọi thợ khóa."),
    ("We haven't called a repairman yet.", "Chúng tôi chưa gọi thợ sửa chữa."),
    ("Do you need to call a repairman?", "Bạn có cần gọi thợ sửa chữa không?"),
    ("Can you call a washing machine repairman?", "Bạn có thể gọi thợ sửa máy giặt không?"),
    ("You don't need to call a plumber.", "Bạn không cần gọi thợ sửa ống nước."),
    # v8: "Tôi gọi thợ sửa chữa để sửa cái tủ lạnh.", "Mẹ tôi gọi là người sửa chữa để sửa chữa máy điều hòa.",
    # "Chúng ta cần gọi một thợ sửa chữa để chỉnh sửa máy rửa."
    ("I called a repairman to fix the fridge.", "Tôi đã gọi thợ đến sửa tủ lạnh."),
    ("My mother called a repairman to fix the air conditioner.", "Mẹ tôi đã gọi thợ đến sửa điều hòa."),
    ("My mother called a repairman to fix her washing machine.", "Mẹ tôi đã gọi thợ đến sửa máy giặt."),
    ("I've called a repairman to fix my TV.", "Tôi đã gọi thợ đến sửa ti vi rồi."),
    # v8: "Chúng tôi đang đợi người sửa chữa máy rửa tay.", "Mẹ tôi đang đợi người đàn ông điện.", "Cô ấy đang đợi
    # cái khóa đi đến."
    ("We're waiting for the washing machine repairman.", "Chúng tôi đang đợi thợ sửa máy giặt."),
    ("My mother is waiting for the electrician.", "Mẹ tôi đang đợi thợ điện."),
    ("She's waiting for the locksmith to come.", "Cô ấy đang đợi thợ khóa."),
    # not: "is coming" alone (on the way, or will?), a day behind coming, "Did you call …?", a habit, "someone", "I"
    # asked, "we" asked (inclusive?), a pet, a verb or "a" not agreeing, a plumber to fix a fridge, another's thing, a
    # "?" on a statement, "just" asked, "is fixed", "here yet" said, "be" not agreeing, plural men, a pet's thing, the
    # other way's language, nonsense, "'s called" (his name, or has called?)
    ("The repairman is coming.", None), ("The repairman is coming yesterday.", None),
    ("Did you call the repairman?", None), ("I call a repairman.", None),
    ("I called someone to fix the water heater.", None), ("Have I called the plumber?", None),
    ("Should we call an electrician?", None), ("My dog is waiting for the repairman.", None),
    ("She need to call a plumber.", None), ("He have to call a repairman.", None),
    ("I need to call an repairman.", None), ("I called a plumber to fix the fridge.", None),
    ("I called a repairman to fix your fridge.", None), ("The repairman is coming soon?", None),
    ("The repairman has fixed the fridge?", None), ("Has the repairman just fixed it?", None),
    ("The repairman is fixed the fridge.", None), ("The repairman is here yet.", None),
    ("We is waiting for the plumber.", None), ("The repairmen are coming soon.", None),
    ("The repairman has fixed my dog's fridge.", None), ("He's called a locksmith.", None),
    ("She's called a repairman.", None), ("Thợ sửa máy giặt sắp đến.", None),
    ("Repairman repairman repairman.", None),
    # found in review: "his", "her", "their" thing fixed (the man's own, or another's?), a name's thing not his or
    # hers by the name, "we" that must or will call ("chúng ta", or "chúng tôi"?)
    ("The repairman has fixed his washing machine.", None), ("The plumber has fixed her fridge.", None),
    ("Has the repairman fixed their TV yet?", None), ("Lan called a repairman to fix his fridge.", None),
    ("We have to call a washing machine repairman.", None), ("We should call a plumber.", None),
    ("We need to call a repairman to fix the washing machine.", None), ("We'll call a plumber.", None),
    ("We don't need to call an electrician.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
