"""Water puppet shows, puppet shows and the circus: going, never seen, liked, found boring, one on a day, tickets
bought, both ways (mt/shows.py)."""
import pytest

from mt.shows import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Last night, we went to view water puppetry.", "Tomorrow, we'll go to view water puppetry.", "Tonight, I go
    # to a deaf.", "Tonight, do you have a deaf?"
    ("Chúng tôi đã đi xem múa rối nước.", "We went to see a water puppet show."),
    ("Tối qua chúng tôi đi xem múa rối nước.", "We went to see a water puppet show last night."),
    ("Ngày mai chúng tôi sẽ đi xem múa rối nước.", "We're going to see a water puppet show tomorrow."),
    ("Tối nay tôi đi xem xiếc.", "I'm going to the circus tonight."),
    ("Chúng tôi sẽ đi xem xiếc.", "We're going to the circus."),
    ("Hôm nay tôi đã đi xem xiếc.", "I went to the circus today."),
    ("Tối qua tôi không đi xem xiếc.", "I didn't go to the circus last night."),
    ("Tôi sẽ không đi xem xiếc.", "I'm not going to the circus."),
    ("Lan đã đi xem xiếc.", "Lan went to the circus."),
    ("Bố tôi đã đi xem múa rối.", "My father went to see a puppet show."),
    ("Cuối tuần trước bọn trẻ đi xem xiếc.", "The kids went to the circus last weekend."),
    ("Tối nay bạn có đi xem xiếc không?", "Are you going to the circus tonight?"),
    ("Ngày mai bạn có đi xem múa rối nước không?", "Are you going to see a water puppet show tomorrow?"),
    ("Tối qua bạn có đi xem xiếc không?", "Did you go to the circus last night?"),
    # v8: "Do you want to go to a deaf?", "Let's view water puppetry."
    ("Bạn có muốn đi xem xiếc không?", "Do you want to go to the circus?"),
    ("Tôi muốn đi xem múa rối nước.", "I want to go to see a water puppet show."),
    ("Mẹ tôi muốn xem múa rối nước.", "My mother wants to see a water puppet show."),
    ("Tôi không muốn đi xem xiếc.", "I don't want to go to the circus."),
    ("Chúng ta đi xem múa rối nước nhé.", "Let's go and see a water puppet show."),
    ("Tối nay chúng ta đi xem xiếc nhé.", "Let's go to the circus tonight."),
    ("Đi xem xiếc đi!", "Let's go to the circus!"),
    ("Chúng ta đi xem xiếc nhé?", "Shall we go to the circus?"),
    # v8: "I never had a deaf.", "My mother has never seen confusion."
    ("Tôi chưa bao giờ xem múa rối nước.", "I've never seen a water puppet show."),
    ("Tôi chưa bao giờ đi xem xiếc.", "I've never been to the circus."),
    ("Mẹ tôi chưa từng xem múa rối.", "My mother has never seen a puppet show."),
    ("Chúng tôi chưa hề đi xem múa rối nước.", "We've never been to a water puppet show."),
    ("Tôi đã từng xem múa rối nước.", "I've seen a water puppet show before."),
    ("Bạn đã bao giờ xem múa rối nước chưa?", "Have you ever seen a water puppet show?"),
    ("Con bạn đã xem xiếc lần nào chưa?", "Has your child ever seen a circus?"),
    ("Bạn đã từng đi xem xiếc chưa?", "Have you ever been to the circus?"),
    # v8: "The children love deaf.", "My child slighted to see confusion.", "I don't like deaf."
    ("Bọn trẻ thích xem xiếc.", "The kids like the circus."),
    ("Bọn trẻ rất thích xem xiếc.", "The kids love the circus."),
    ("Con tôi mê xem múa rối.", "My child loves puppet shows."),
    ("Bạn có thích xem múa rối nước không?", "Do you like water puppet shows?"),
    ("Bố tôi không thích xem xiếc.", "My father doesn't like the circus."),
    ("Chúng tôi thích xiếc lắm.", "We love the circus."),
    # v8: "I saw a boaf."
    ("Tôi thấy xem xiếc chán lắm.", "I find the circus really boring."),
    ("Bọn trẻ thấy múa rối nước hơi chán.", "The kids find water puppet shows a bit boring."),
    ("Tôi thấy xiếc rất thú vị.", "I find the circus very interesting."),
    ("Bạn có thấy múa rối nước thú vị không?", "Do you find water puppet shows interesting?"),
    # v8: "Tonight, deaf at the writer.", "Tonight, is water puppetry?"
    ("Tối nay có xiếc ở nhà văn hoá.", "There's a circus at the cultural centre tonight."),
    ("Tối nay có múa rối nước không?", "Is there a water puppet show tonight?"),
    ("Tối nay không có xiếc.", "There's no circus tonight."),
    ("Tối qua có xiếc ở công viên.", "There was a circus in the park last night."),
    ("Cuối tuần này có đoàn xiếc ở công viên.", "There's a circus in the park this weekend."),
    ("Ngày mai có buổi biểu diễn múa rối nước ở nhà hát.", "There's a water puppet show at the theatre tomorrow."),
    # v8: "I bought a deaf ticket."
    ("Tôi mua vé xem xiếc rồi.", "I've bought the tickets for the circus."),
    ("Tôi đã mua vé xem xiếc.", "I bought the tickets for the circus."),
    ("Mẹ tôi vừa mua vé xem múa rối nước.", "My mother has just bought the tickets for the water puppet show."),
    ("Bạn đã mua vé xem múa rối nước chưa?", "Have you bought the tickets for the water puppet show yet?"),
    # not: no word of the tense (went, or going?), "hôm nay" going (done?), "Did …?" with no day, "chưa" alone
    # (yet?), "đã" with a day ahead, "anh" alone saying it, "I" asked, a pet, a "?" on a statement, "có" with no
    # "không", a troupe of puppets, no day for "có", "rồi" on going, a show with someone, tickets with no tense
    ("Chúng tôi đi xem múa rối nước.", None), ("Hôm nay tôi đi xem xiếc.", None), ("Bạn có đi xem xiếc không?", None),
    ("Bạn đã xem xiếc chưa?", None), ("Ngày mai tôi đã đi xem xiếc.", None), ("Anh đi xem xiếc tối nay.", None),
    ("Tôi có thích xem xiếc không?", None), ("Con mèo của tôi thích xem xiếc.", None),
    ("Bọn trẻ thích xem xiếc?", None), ("Bạn có thích xem xiếc?", None), ("Tối nay có đoàn múa rối nước.", None),
    ("Có xiếc ở nhà văn hoá.", None), ("Tôi đi xem xiếc rồi.", None), ("Lan đã đi xem xiếc với bạn.", None),
    ("Tôi mua vé xem xiếc.", None), ("Chúng ta đi xem xiếc.", None), ("Bạn có rất thích xem xiếc không?", None),
    ("Bọn trẻ thích xem xiếc nhỉ.", None), ("Cuối tuần này có đoàn xiếc về thị trấn.", None),
    ("The children love the circus.", None), ("Họ làm xiếc giỏi lắm.", None),
    ("Em có thích xem xiếc không ạ?", None),  # ("em" with "ạ": the speaker asking)
    # review: "thế", "vậy" ending a statement say more (so much; then); "mọi người" never (no one, or you all?)
    ("Tôi thích xem xiếc thế.", None), ("Tối nay tôi đi xem xiếc vậy.", None), ("Tôi thấy xem xiếc chán thế.", None),
    ("Tôi muốn đi xem xiếc vậy.", None), ("Mọi người chưa từng xem múa rối nước.", None),
    ("Mọi người chưa bao giờ đi xem xiếc.", None), ("Bạn có thích xem xiếc không vậy?", "Do you like the circus?"),
    ("Mọi người đã từng xem múa rối nước.", "Everyone has seen a water puppet show before."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng tôi sẽ thấy một cuộc triển lãm nước.", "Chúng tôi đến để thấy những con cún nước.", "Chúng tôi đi
    # đến hoàn cảnh tối qua.", "Tôi sẽ cắt bao quy đầu tối nay."
    ("We're going to see a water puppet show.", "Chúng tôi sẽ đi xem múa rối nước."),
    ("We went to see water puppets.", "Chúng tôi đã đi xem múa rối nước."),
    ("We went to the circus last night.", "Tối qua chúng tôi đi xem xiếc."),
    ("I'm going to the circus tonight.", "Tối nay tôi sẽ đi xem xiếc."),
    ("Are you going to the circus tonight?", "Tối nay bạn có đi xem xiếc không?"),
    ("My mother went to see a puppet show yesterday.", "Hôm qua mẹ tôi đi xem múa rối."),
    ("Did you go to the circus last night?", "Tối qua bạn có đi xem xiếc không?"),
    ("I won't go to the circus tomorrow.", "Ngày mai tôi không đi xem xiếc."),
    ("Lan is going to see a water puppet show next week.", "Tuần sau Lan sẽ đi xem múa rối nước."),
    # v8: "Bạn có muốn đi đến hoàn cảnh không?", "Đi đến hoàn cảnh."
    ("Do you want to go to the circus?", "Bạn có muốn đi xem xiếc không?"),
    ("She wants to see a water puppet show.", "Cô ấy muốn xem múa rối nước."),
    ("I'd like to see a water puppet show.", "Tôi muốn xem múa rối nước."),
    ("Would you like to go to the circus tonight?", "Tối nay bạn có muốn đi xem xiếc không?"),
    ("My mother doesn't want to go to the circus.", "Mẹ tôi không muốn đi xem xiếc."),
    ("Let's go to the circus.", "Chúng ta đi xem xiếc nhé."),
    ("Shall we go and see a water puppet show tonight?", "Tối nay chúng ta đi xem múa rối nước nhé?"),
    # v8: "Tôi chưa từng thấy một chiếc máy chiếu nước.", "Tôi chưa bao giờ đến hoàn cảnh.", "Bạn đã từng thấy một bộ
    # phim nước nào đó chưa?"
    ("I've never seen a water puppet show.", "Tôi chưa bao giờ xem múa rối nước."),
    ("I've never been to the circus.", "Tôi chưa bao giờ đi xem xiếc."),
    ("Have you ever seen a water puppet show?", "Bạn đã bao giờ xem múa rối nước chưa?"),
    ("My mother has never seen a puppet show.", "Mẹ tôi chưa bao giờ xem múa rối."),
    ("She's never been to the circus.", "Cô ấy chưa bao giờ đi xem xiếc."),
    ("Has your father ever seen a circus?", "Bố bạn đã bao giờ xem xiếc chưa?"),
    # v8: "Trẻ em thích cắt bao quy đầu.", "Tôi thích chương trình chiếu nước.", "Bạn có muốn hoàn cảnh không?"
    ("The children love the circus.", "Bọn trẻ rất thích xem xiếc."),
    ("I like water puppet shows.", "Tôi thích xem múa rối nước."),
    ("Do you like the circus?", "Bạn có thích xem xiếc không?"),
    ("My father doesn't like the circus.", "Bố tôi không thích xem xiếc."),
    ("Does she like puppet shows?", "Cô ấy có thích xem múa rối không?"),
    ("Everyone loves the circus.", "Mọi người rất thích xem xiếc."),
    # v8: "Tôi thấy hoàn cảnh này chán nản."
    ("I find the circus boring.", "Tôi thấy xem xiếc chán."),
    ("Does he find water puppet shows interesting?", "Anh ấy có thấy xem múa rối nước thú vị không?"),
    # v8: "Có một hoàn cảnh tối nay.", "Có một puppet hiển thị nước ngày mai không?"
    ("There's a circus tonight.", "Tối nay có xiếc."),
    ("There's a circus at the cultural centre tonight.", "Tối nay có xiếc ở nhà văn hoá."),
    ("Is there a water puppet show tomorrow?", "Ngày mai có múa rối nước không?"),
    ("There's no circus tonight.", "Tối nay không có xiếc."),
    ("There was a puppet show in the park last weekend.", "Cuối tuần trước có múa rối ở công viên."),
    # v8: "Tôi mua vé cho hoàn cảnh."
    ("I bought tickets for the circus.", "Tôi đã mua vé xem xiếc."),
    ("I've bought the tickets for the circus.", "Tôi mua vé xem xiếc rồi."),
    ("Have you bought the tickets for the water puppet show yet?", "Bạn đã mua vé xem múa rối nước chưa?"),
    # not: "going to the circus" with no day (on the way?), "Did …?" with no day, the verb not agreeing, "I" asked,
    # a pet, "a circus" liked, that one show liked or found boring, no day for "There's", "got tickets" (had?),
    # "Let's see" (let me think?), "love" denied, "was" with a day ahead, a circus of another kind
    ("We're going to the circus.", None), ("Did you go to the circus?", None), ("She find the circus boring.", None),
    ("He like the circus.", None), ("Have I ever seen a circus?", None), ("My dog loves the circus.", None),
    ("He likes a circus.", None), ("I like the water puppet show.", None), ("There's a circus.", None),
    ("I've got tickets for the circus.", None), ("Let's see a puppet show.", None), ("I don't love the circus.", None),
    ("There was a circus tomorrow.", None), ("The children found the puppet show boring.", None),
    ("It's a media circus.", None), ("Does she likes puppet shows?", None), ("I went to the circus tomorrow.", None),
    ("Tối nay có xiếc.", None),
    # review: denied with no day, or "today", "this weekend" (done, or ahead?), its tense said
    ("We didn't go to the circus.", "Chúng tôi đã không đi xem xiếc."),
    ("She didn't go to see a puppet show.", "Cô ấy đã không đi xem múa rối."),
    ("I didn't go to see the circus.", "Tôi đã không đi xem xiếc."),
    ("I'm not going to see a puppet show.", "Tôi sẽ không đi xem múa rối."),
    ("She isn't going to see water puppets.", "Cô ấy sẽ không đi xem múa rối nước."),
    ("We won't go to the circus.", "Chúng tôi sẽ không đi xem xiếc."),
    ("He won't go to see a water puppet show.", "Anh ấy sẽ không đi xem múa rối nước."),
    ("I won't go to the circus today.", "Hôm nay tôi sẽ không đi xem xiếc."),
    ("I'm not going to see a puppet show this weekend.", "Cuối tuần này tôi sẽ không đi xem múa rối."),
    ("We didn't go to the circus this weekend.", "Cuối tuần này chúng tôi đã không đi xem xiếc."),
    ("I won't go to the circus tonight.", "Tối nay tôi không đi xem xiếc."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
