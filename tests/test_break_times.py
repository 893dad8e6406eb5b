"""Break time at school and the Monday flag salute: break time now, over, short or how long, the bell, what who does
at break, and saluting the flag, both ways (mt/break_times.py)."""
import pytest

from mt.break_times import translate


@pytest.mark.parametrize("text, said", [
    # v8: "It's time to play.", "It's time for tuberculosis.", "Isn't it time to play?", "It's all time to play.",
    # "It's out of work now."
    ("Đến giờ ra chơi rồi.", "It's break time."),
    ("Đến giờ ra chơi rồi!", "It's break time!"),
    ("Tới giờ ra chơi rồi.", "It's break time."),
    ("Đã đến giờ giải lao.", "It's break time."),
    ("Sắp đến giờ ra chơi rồi.", "It's nearly break time."),
    ("Đến giờ ra chơi chưa?", "Is it break time yet?"),
    ("Hết giờ ra chơi rồi.", "Break time is over."),
    ("Hết giờ giải lao rồi.", "Break time is over."),
    # v8: "It's too short to play.", "It's a little time to play.", "It's just 15 minutes to play.", "It's time to
    # play?", "How many hours of playing?"
    ("Giờ ra chơi ngắn quá.", "Break time is so short."),
    ("Giờ ra chơi quá ngắn.", "Break time is too short."),
    ("Giờ ra chơi hơi ngắn.", "Break time is a bit short."),
    ("Giờ ra chơi ngắn lắm.", "Break time is very short."),
    ("Giờ ra chơi chỉ có mười lăm phút thôi.", "Break time is only fifteen minutes long."),
    ("Giờ ra chơi kéo dài 20 phút.", "Break time is 20 minutes long."),
    ("Giờ ra chơi dài bao lâu?", "How long is break time?"),
    ("Mấy giờ thì ra chơi?", "What time is break time?"),
    ("Giờ ra chơi lúc mấy giờ?", "What time is break time?"),
    # v8: "You're going to play a reo.", "Take out the game points.", "Take into the layer of the point.", "Stacks
    # the points field.", "Are you going to play resistance?"
    ("Chuông ra chơi reo rồi.", "The bell has rung for break."),
    ("Trống ra chơi đã điểm.", "The bell has rung for break."),
    ("Trống vào lớp điểm rồi.", "The bell has rung for class."),
    ("Chuông vào học vừa reo.", "The bell has just rung for class."),
    ("Trống trường sắp điểm.", "The school bell is about to ring."),
    ("Chuông ra chơi reo chưa?", "Has the bell rung for break yet?"),
    # v8: "Now that children play stones.", "Now playing my daughter or wiring.", "My son often shot a bid at the
    # time to play.", "He was now playing without football.", "Are you playing the stone?", "What hour do you do?"
    ("Giờ ra chơi bọn trẻ chơi đá cầu.", "The children play shuttlecock at break time."),
    ("Giờ ra chơi, lũ trẻ chơi bắn bi.", "The children play marbles at break time."),
    ("Giờ ra chơi con gái tôi hay nhảy dây.", "My daughter often skips rope at break time."),
    ("Con trai tôi thường chơi bắn bi vào giờ ra chơi.", "My son often plays marbles at break time."),
    ("Vào giờ ra chơi, Lan không bao giờ ăn quà vặt.", "Lan never eats snacks at break time."),
    ("Chúng tôi nói chuyện trong giờ ra chơi.", "We chat at break time."),
    ("Giờ ra chơi anh ấy không đá bóng.", "He doesn't play football at break time."),
    ("Tôi thỉnh thoảng đọc truyện tranh trong giờ ra chơi.", "I sometimes read comics at break time."),
    ("Giờ ra chơi bạn có chơi đá cầu không?", "Do you play shuttlecock at break time?"),
    ("Giờ ra chơi con bạn có nhảy dây không?", "Does your child skip rope at break time?"),
    ("Giờ ra chơi bạn làm gì?", "What do you do at break time?"),
    ("Giờ ra chơi con trai bạn thường làm gì?", "What does your son often do at break time?"),
    # v8: "Monday morning we welcome the flag.", "Both flags enter each Monday morning.", "Monday morning You have to
    # welcome flags?", "Do you want to greet flags at each Monday morning?"
    ("Sáng thứ Hai nào chúng tôi cũng chào cờ.", "We salute the flag every Monday morning."),
    ("Sáng thứ Hai nào con trai tôi cũng phải chào cờ.", "My son has to salute the flag every Monday morning."),
    ("Cả trường chào cờ vào mỗi sáng thứ Hai.", "The whole school salutes the flag every Monday morning."),
    ("Vào các sáng thứ Hai, bọn trẻ đều chào cờ.", "The children salute the flag every Monday morning."),
    ("Bạn có phải chào cờ vào mỗi sáng thứ Hai không?", "Do you have to salute the flag every Monday morning?"),
    ("Sáng thứ Hai nào bạn cũng phải chào cờ à?", "Do you have to salute the flag every Monday morning?"),
    ("Trường bạn có chào cờ vào mỗi sáng thứ Hai không?", "Does your school salute the flag every Monday morning?"),
    # v8: "Yesterday morning, we welcomed the flag.", "Yesterday, both fields don't greet flags.", "This morning,
    # landed flags.", "Tomorrow morning, we'll have to welcome flags.", "Next week, my mother will welcome the flag."
    ("Sáng hôm qua chúng tôi đã chào cờ.", "We saluted the flag yesterday morning."),
    ("Hôm qua cả trường không chào cờ.", "The whole school didn't salute the flag yesterday."),
    ("Hôm qua bạn có chào cờ không?", "Did you salute the flag yesterday?"),
    ("Sáng nay Lan đã chào cờ.", "Lan saluted the flag this morning."),
    ("Sáng mai chúng tôi phải chào cờ.", "We have to salute the flag tomorrow morning."),
    ("Sáng mai chúng tôi chào cờ.", "We're saluting the flag tomorrow morning."),
    ("Ngày mai bọn trẻ sẽ không chào cờ.", "The children won't salute the flag tomorrow."),
    ("Tuần sau mẹ tôi sẽ chào cờ.", "My mother will salute the flag next week."),
    # not: "Đến giờ ra chơi." with no "rồi" (until break time?), a "?" on a statement, "thế" and "nhỉ" ending it,
    # "ra chơi" as a verb, a bell ringing now or as a habit, the doorbell (mt/doors.py), "chào cờ" with no day or
    # with one Monday ("this Monday", or every?), today with no "đã", "cũng" of a plain every ("also"), "I" asked,
    # a pet, "anh" saying, "em … ạ" (asking leave), "đang" at break, break said twice, "có" with no "không", a game
    # with no break (mt/kids_games.py), a short break taken (mt/suggestions.py), what is not read ("học sinh toàn
    # trường"), a tense not the day's, English
    ("Đến giờ ra chơi.", None), ("Đến giờ ra chơi rồi?", None), ("Giờ ra chơi ngắn thế.", None),
    ("Giờ ra chơi ngắn quá nhỉ.", None), ("Bọn trẻ ra chơi.", None), ("Chuông ra chơi reo.", None),
    ("Chuông cửa reo rồi.", None), ("Chúng tôi chào cờ.", None), ("Sáng thứ Hai chúng tôi chào cờ.", None),
    ("Sáng nay chúng tôi chào cờ.", None), ("Mỗi sáng thứ Hai chúng tôi cũng chào cờ.", None),
    ("Giờ ra chơi tôi có chơi đá cầu không?", None), ("Giờ ra chơi con chó của tôi chơi đá cầu.", None),
    ("Sáng thứ Hai nào con chó cũng chào cờ.", None), ("Anh chơi đá cầu vào giờ ra chơi.", None),
    ("Giờ ra chơi em có chơi đá cầu không ạ?", None), ("Giờ ra chơi bọn trẻ đang chơi đá cầu.", None),
    ("Giờ ra chơi bọn trẻ chơi đá cầu vào giờ ra chơi.", None), ("Giờ ra chơi bọn trẻ chơi đá cầu?", None),
    ("Giờ ra chơi bạn có chơi đá cầu?", None), ("Sáng thứ Hai nào bạn cũng chào cờ không?", None),
    ("Bọn trẻ đang chơi trốn tìm.", None), ("Chúng ta nghỉ giải lao một chút nhé.", None),
    ("Mỗi sáng thứ Hai, học sinh toàn trường chào cờ.", None), ("Hôm qua chúng tôi sẽ chào cờ.", None),
    ("Sáng mai chúng tôi đã chào cờ.", None), ("Hết giờ ra chơi.", None), ("It's break time.", None),
    # (we do, or let's? "đều" closing: all of us, or each time?)
    ("Giờ ra chơi chúng ta chơi đá cầu.", None), ("Chúng tôi đều chào cờ vào mỗi sáng thứ Hai.", None),
    # review: "chúng ta" asking at break (do we, or shall we?)
    ("Giờ ra chơi chúng ta có chơi đá cầu không?", None), ("Giờ ra chơi chúng ta làm gì?", None),
    ("Chúng ta làm gì vào giờ ra chơi?", None), ("Giờ ra chơi chúng ta thường làm gì?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Thời gian nghỉ ngơi.", "Trời tiếp tục." (the sky goes on), "Đã đến lúc nghỉ ngơi.", "Nó vẫn còn chưa?",
    # "Thời gian ngắt quá.", "Truy cập quá!"
    ("It's break time.", "Đến giờ giải lao rồi."),
    ("It's break time!", "Đến giờ giải lao rồi!"),
    ("It is recess.", "Đến giờ ra chơi rồi."),
    ("It's time for break.", "Đến giờ giải lao rồi."),
    ("It's almost break time.", "Sắp đến giờ giải lao rồi."),
    ("Is it break time yet?", "Đến giờ giải lao chưa?"),
    ("Is it recess yet?", "Đến giờ ra chơi chưa?"),
    ("Break time is over.", "Hết giờ giải lao rồi."),
    ("Recess is over!", "Hết giờ ra chơi rồi!"),
    # v8: "Ngắt quá ngắn.", "Tiềncess là một chút.", "Thời gian nghỉ chỉ là fifteen phút thôi.", "Thời gian cần lại
    # là gì?"
    ("Break time is so short.", "Giờ giải lao ngắn quá."),
    ("Break is too short.", "Giờ giải lao quá ngắn."),
    ("Recess is a bit short.", "Giờ ra chơi hơi ngắn."),
    ("Break time is only fifteen minutes.", "Giờ giải lao chỉ có mười lăm phút thôi."),
    ("Recess is 20 minutes long.", "Giờ ra chơi có 20 phút."),
    ("How long is break time?", "Giờ giải lao dài bao lâu?"),
    ("What time is recess?", "Mấy giờ thì ra chơi?"),
    # v8: "Sẽ hết sức vi phạm.", "Con búp bê đã mất đi." (the doll), "Con búp bê ở trường chỉ shaken.", "Có
    # vi-ta-min vi-ô-nô-nô-nô-nô-nô-nô-nô-nô không?"
    ("The bell has rung for break.", "Chuông ra chơi reo rồi."),
    ("The bell has gone for recess.", "Chuông ra chơi reo rồi."),
    ("The bell for break has rung.", "Chuông ra chơi reo rồi."),
    ("The bell has rung for class.", "Chuông vào lớp reo rồi."),
    ("The school bell has just rung.", "Chuông trường vừa reo."),
    ("The bell for class is about to ring.", "Chuông vào lớp sắp reo."),
    ("Has the bell rung for break yet?", "Chuông ra chơi reo chưa?"),
    # v8: "Những đứa trẻ chơi đùa giỡn vào lúc nghỉ ngơi.", "Những đứa trẻ này chơi bóng ma túy ở chỗ ngắt.", "Đứa
    # con gái tôi thường bỏ qua mái nhà vào lúc ngắt quãng.", "Con trai của tôi thường chơi những viên sỏi vào lúc
    # tái thiết.", "Bạn có chơi đóng cửa lúc ngắt không?", "Trẻ em thường làm gì tại chỗ chia tay?"
    ("The children play shuttlecock at break time.", "Giờ ra chơi bọn trẻ chơi đá cầu."),
    ("The kids play marbles at break.", "Giờ ra chơi bọn trẻ bắn bi."),
    ("My daughter often skips rope at break time.", "Giờ ra chơi con gái tôi hay nhảy dây."),
    ("My son usually plays marbles at recess.", "Giờ ra chơi con trai tôi thường bắn bi."),
    ("We chat at recess.", "Giờ ra chơi chúng tôi nói chuyện."),
    ("Lan never plays tag at break time.", "Giờ ra chơi Lan không bao giờ chơi đuổi bắt."),
    ("She doesn't play hopscotch at break.", "Giờ ra chơi cô ấy không chơi nhảy lò cò."),
    ("Do you play shuttlecock at break time?", "Giờ ra chơi bạn có chơi đá cầu không?"),
    ("Does your son skip rope at break time?", "Giờ ra chơi con trai bạn có nhảy dây không?"),
    ("What does your daughter do at break time?", "Giờ ra chơi con gái bạn làm gì?"),
    ("What do the children usually do at break?", "Giờ ra chơi bọn trẻ thường làm gì?"),
    # v8: "Chúng tôi phân tích lá cờ mỗi sáng thứ Hai.", "Toàn bộ các trường học đều có lá cờ sáng thứ Hai.", "Con
    # trai tôi phải cân nhắc cờ mỗi sáng thứ Hai.", "Có phải cờ ở trường của bạn sáng thứ Hai không?"
    ("We salute the flag every Monday morning.", "Sáng thứ Hai nào chúng tôi cũng chào cờ."),
    ("The whole school salutes the flag every Monday morning.", "Sáng thứ Hai nào cả trường cũng chào cờ."),
    ("My son has to salute the flag every Monday morning.", "Sáng thứ Hai nào con trai tôi cũng phải chào cờ."),
    ("Do you have to salute the flag every Monday morning?", "Bạn có phải chào cờ vào mỗi sáng thứ Hai không?"),
    ("Does your school salute the flag every Monday morning?", "Trường bạn có chào cờ vào mỗi sáng thứ Hai không?"),
    ("Do the children salute the flag on Monday mornings?", "Bọn trẻ có chào cờ vào mỗi sáng thứ Hai không?"),
    ("We salute the flag on Monday mornings.", "Sáng thứ Hai nào chúng tôi cũng chào cờ."),
    # v8: "Chúng tôi đã sa thải lá cờ sáng hôm qua." (fired), "Toàn bộ lớp không hát lá cờ hôm qua.", "Chúng ta phải
    # phân biệt lá cờ sáng mai.", "Chúng tôi đang sa sút lá cờ ngày mai.", "Mẹ tôi sẽ hát cờ vào tuần tới."
    ("We saluted the flag yesterday morning.", "Sáng hôm qua chúng tôi đã chào cờ."),
    ("The whole class didn't salute the flag yesterday.", "Hôm qua cả lớp không chào cờ."),
    ("Did you salute the flag yesterday?", "Hôm qua bạn có chào cờ không?"),
    ("Did you have to salute the flag last week?", "Tuần trước bạn có phải chào cờ không?"),
    ("I saluted the flag this morning.", "Sáng nay tôi đã chào cờ."),
    ("We have to salute the flag tomorrow morning.", "Sáng mai chúng tôi phải chào cờ."),
    ("We're saluting the flag tomorrow.", "Ngày mai chúng tôi chào cờ."),
    ("She won't salute the flag tomorrow.", "Ngày mai cô ấy sẽ không chào cờ."),
    ("Will you salute the flag tomorrow?", "Ngày mai bạn có chào cờ không?"),
    ("My mother will salute the flag next week.", "Tuần sau mẹ tôi sẽ chào cờ."),
    ("Do I have to salute the flag every Monday morning?", "Tôi có phải chào cờ vào mỗi sáng thứ Hai không?"),
    ("Do I have to salute the flag tomorrow?", "Ngày mai tôi có phải chào cờ không?"),
    # not: a break not surely at school ("We chat at break time.": at work?), fragments, "It's break." (broken?),
    # the bell of nothing said (the door's?) or ringing now, verbs not agreeing ("She play", "Does she plays", "She
    # salute", "Does she has to"), a pet, "salute the flag" with no day, denied every Monday (not every, or never?),
    # a tense not the day's, "are playing", "played" with no day, "Is it break time?" with no "yet", a "?" on a
    # statement, other meanings of "break", Vietnamese
    ("We chat at break time.", None), ("I read books at break time.", None), ("It's break.", None),
    ("Break time.", None), ("The bell has rung.", None), ("The bell is ringing for break.", None),
    ("She play shuttlecock at break time.", None), ("Does she plays marbles at recess?", None),
    ("My dog plays tag at break time.", None), ("We salute the flag.", None),
    ("She salute the flag every Monday morning.", None), ("Does she has to salute the flag tomorrow?", None),
    ("We saluted the flag tomorrow.", None), ("We will salute the flag yesterday.", None),
    ("My dog salutes the flag every Monday morning.", None), ("We don't salute the flag every Monday morning.", None),
    ("The children are playing shuttlecock at break time.", None),
    ("The children played marbles at break time.", None), ("Is it break time?", None), ("Break time is over?", None),
    ("Give me a break.", None), ("I broke my arm at break time.", None), ("Đến giờ ra chơi rồi.", None),
    ("Break break break.", None),
    # review: fewer than two minutes ("1 minutes": the Vietnamese leaves it too), asked of oneself ("Do I play
    # marbles?"; "Do I have to" is taken), "we" asked (chúng tôi, or chúng ta?)
    ("Recess is 1 minutes long.", None), ("Recess is 0 minutes long.", None), ("Break is 00 minutes.", None),
    ("Do I play marbles at recess?", None), ("Do I read books at recess?", None), ("What do I do at recess?", None),
    ("Do we play marbles at recess?", None), ("What do we do at recess?", None),
    ("What do we usually do at recess?", None), ("Did I salute the flag yesterday?", None),
    ("Will I salute the flag tomorrow?", None), ("Do we salute the flag every Monday morning?", None),
    ("Do we have to salute the flag every Monday morning?", None), ("Will we salute the flag tomorrow?", None),
    ("Did we salute the flag yesterday?", None), ("Do we have to salute the flag tomorrow?", None),
    ("Did we have to salute the flag yesterday?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
