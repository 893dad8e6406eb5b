"""Mosquito nets: put up, taken down, slept under, missed when bitten, with a hole, with a mosquito inside, both ways
(mt/mosquito_nets.py)."""
import pytest

from mt.mosquito_nets import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I have a screen.", "My mother had finished her screen.", "He'll get the screen.", "Did you have a
    # screen?", "Did you have a mother?", "She is getting blind.", "You haven't been removed."
    ("Tôi mắc màn rồi.", "I have put up the mosquito net."),
    ("Tôi đã mắc màn.", "I have put up the mosquito net."),
    ("Mẹ tôi vừa mắc màn xong.", "My mother has just put up the mosquito net."),
    ("Anh ấy sẽ mắc màn.", "He will put up the mosquito net."),
    ("Chúng tôi chưa mắc màn.", "We haven't put up the mosquito net yet."),
    ("Con tôi chưa mắc mùng.", "My child hasn't put up the mosquito net yet."),
    ("Lan vẫn chưa gỡ màn.", "Lan still hasn't taken down the mosquito net."),
    ("Bố tôi quên mắc màn rồi.", "My father forgot to put up the mosquito net."),
    ("Bạn mắc màn chưa?", "Have you put up the mosquito net?"),
    ("Mẹ bạn mắc màn chưa?", "Has your mother put up the mosquito net?"),
    ("Bác Hùng gỡ màn rồi.", "Uncle Hung has taken down the mosquito net."),
    ("Tôi gỡ màn rồi.", "I have taken down the mosquito net."),
    ("Mẹ tôi đang mắc màn.", "My mother is putting up the mosquito net."),
    ("Cô ấy đang giăng mùng.", "She is putting up the mosquito net."),
    # v8: "Tonight, remember the screen.", "Snee the screen.", "Don't forget the screen.", "Remember to sleep."
    ("Tối nay nhớ mắc màn nhé.", "Remember to put up the mosquito net tonight."),
    ("Mắc màn đi.", "Put up the mosquito net."),
    ("Gỡ màn xuống đi.", "Take down the mosquito net."),
    ("Đừng quên mắc màn nhé.", "Don't forget to put up the mosquito net."),
    ("Nhớ ngủ màn nhé.", "Remember to sleep under a mosquito net."),
    ("Đêm nay nhớ giăng mùng nha!", "Remember to put up the mosquito net tonight!"),
    # v8: "I still sleep in the country.", "I'm sleeping.", "My mother was still sleeping.", "Do you sleep?", "He
    # didn't sleep the screen.", "She never had a bed."
    ("Ở quê tôi vẫn ngủ màn.", "In my home village I still sleep under a mosquito net."),
    ("Ở quê, mẹ tôi vẫn ngủ màn.", "In her home village my mother still sleeps under a mosquito net."),
    ("Tôi vẫn ngủ màn ở quê.", "I still sleep under a mosquito net in my home village."),
    ("Tôi ngủ màn.", "I sleep under a mosquito net."),
    ("Mẹ tôi vẫn ngủ màn.", "My mother still sleeps under a mosquito net."),
    ("Chúng tôi luôn ngủ màn.", "We always sleep under mosquito nets."),
    ("Anh ấy không ngủ màn.", "He doesn't sleep under a mosquito net."),
    ("Bạn có ngủ màn không?", "Do you sleep under a mosquito net?"),
    ("Bạn còn ngủ màn không?", "Do you still sleep under a mosquito net?"),
    ("Tôi không còn ngủ màn nữa.", "I don't sleep under a mosquito net any more."),
    # (review: "any more" after the village, not before it)
    ("Tôi không còn ngủ màn ở quê nữa.", "I don't sleep under a mosquito net in my home village any more."),
    ("Cô ấy chưa bao giờ ngủ màn.", "She has never slept under a mosquito net."),
    # v8: "Without the screen, the mosquitoes died.", "If you don't sleep, the mosquitoes die.", "Without my
    # screen, I was squiring."
    ("Không có màn thì muỗi đốt chết.", "Without a mosquito net, the mosquitoes would eat you alive."),
    ("Không mắc màn thì muỗi đốt chết.", "If you don't put up the mosquito net, the mosquitoes will eat you alive."),
    ("Nếu không ngủ màn thì muỗi đốt chết.",
     "If you don't sleep under a mosquito net, the mosquitoes will eat you alive."),
    ("Không có màn thì tôi bị muỗi đốt chết.", "Without a mosquito net, the mosquitoes would eat me alive."),
    # (review: who is said, not "her" with no one before it)
    ("Không có màn thì mẹ tôi bị muỗi đốt chết.", "Without a mosquito net, the mosquitoes would eat my mother alive."),
    ("Không có màn thì Bác Hùng bị muỗi đốt chết.",
     "Without a mosquito net, the mosquitoes would eat Uncle Hung alive."),
    ("Không ngủ màn thì mẹ tôi bị muỗi đốt chết.",
     "If my mother doesn't sleep under a mosquito net, the mosquitoes will eat her alive."),
    # v8: "I'm mosquitoes forgot to get the screen.", "My mother was slighted because of no screen.", "Last night, I
    # was fiated because there was no screen.", "We were mosquitoes because there was no screen."
    ("Tôi bị muỗi đốt vì quên mắc màn.",
     "I got bitten by mosquitoes because I forgot to put up the mosquito net."),
    ("Mẹ tôi bị muỗi đốt vì không ngủ màn.",
     "My mother got bitten by mosquitoes because she didn't sleep under a mosquito net."),
    ("Đêm qua tôi bị muỗi đốt vì không mắc màn.",
     "Last night I got bitten by mosquitoes because I didn't put up the mosquito net."),
    ("Chúng tôi bị muỗi đốt vì không có màn.",
     "We got bitten by mosquitoes because we didn't have a mosquito net."),
    # v8: "The screen has a hole.", "The screen is poisoned.", "My screen has two holes.", "Is it poisoned?", "The
    # screen is not conservative."
    ("Màn bị thủng một lỗ.", "The mosquito net has a hole in it."),
    ("Màn bị thủng.", "The mosquito net has a hole in it."),
    ("Màn của tôi bị thủng hai lỗ.", "My mosquito net has two holes in it."),
    ("Cái màn này bị thủng rồi.", "This mosquito net has a hole in it."),
    ("Mùng bị thủng mấy lỗ.", "The mosquito net has a few holes in it."),
    ("Màn có bị thủng không?", "Does the mosquito net have a hole in it?"),
    ("Màn không bị thủng.", "The mosquito net doesn't have any holes in it."),
    # v8: "There's a mud in the screen.", "There is a mosquitoes in the screen.", "Is it mosquitoes?", "There's no
    # mosquitoes.", "There's a squiring squiring to the screen."
    ("Có con muỗi trong màn.", "There's a mosquito inside the net."),
    ("Có một con muỗi trong màn.", "There's a mosquito inside the net."),
    ("Có mấy con muỗi trong màn.", "There are a few mosquitoes inside the net."),
    ("Trong màn có hai con muỗi.", "There are two mosquitoes inside the net."),
    ("Có nhiều muỗi trong màn.", "There are a lot of mosquitoes inside the net."),
    ("Trong màn có muỗi không?", "Are there any mosquitoes inside the net?"),
    ("Trong màn có con muỗi không?", "Is there a mosquito inside the net?"),
    ("Trong màn không có muỗi.", "There are no mosquitoes inside the net."),
    ("Không có con muỗi nào trong màn.", "There are no mosquitoes inside the net."),
    ("Có con muỗi chui vào màn.", "A mosquito has got inside the net."),
    ("Có con muỗi lọt vào màn rồi.", "A mosquito has got inside the net."),
    # not: a plain "mắc màn" (a habit, or done?), "anh" saying it, "I" asked, a pet as who, "xuống" on putting up,
    # a "?" on a statement, "nhớ" with "đi", "Ngủ màn đi." (told, or put to bed?), "Ở quê mẹ tôi" without a comma
    # (her village?), "ở quê" asked, a name's home or "because" (he or she?), who puts it up unsaid ("Không mắc màn
    # thì con tôi bị …"), "Có muỗi trong màn." (one or many?), "mấy" asked (how many?), "con muỗi" with no "có"
    # (this one?), a torn net (a curtain?), a screen, a stage curtain, a day of the month, bites alone (mt/bites.py)
    ("Tôi mắc màn.", None), ("Anh mắc màn rồi.", None), ("Tôi mắc màn chưa?", None),
    ("Con mèo của tôi mắc màn rồi.", None), ("Tôi mắc màn xuống rồi.", None), ("Bạn mắc màn rồi?", None),
    ("Nhớ mắc màn đi.", None), ("Ngủ màn đi.", None), ("Mắc màn.", None), ("Ở quê mẹ tôi vẫn ngủ màn.", None),
    ("Ở quê bạn có ngủ màn không?", None), ("Lan ngủ màn ở quê.", None), ("Tôi có ngủ màn không?", None),
    ("Tôi không ngủ màn nữa.", None), ("Không mắc màn thì con tôi bị muỗi đốt chết.", None),
    ("Không có màn thì tôi muỗi đốt chết.", None),
    ("Không có màn thì Lan bị muỗi đốt chết.", None), ("Lan bị muỗi đốt vì quên mắc màn.", None),
    ("Bạn bị muỗi đốt vì quên mắc màn?", None), ("Màn bị thủng không?", None), ("Màn bị rách.", None),
    ("Có muỗi trong màn.", None), ("Có mấy con muỗi trong màn?", None), ("Con muỗi chui vào màn.", None),
    ("Màn hình bị thủng.", None), ("Màn hình tôi bị vỡ.", None), ("Màn sân khấu đã kéo lên.", None),
    ("Mùng một tôi về quê.", None), ("Tôi bị muỗi đốt.", None), ("Tôi ngủ màn nhỉ.", None),
    # (review: "em" asking with "ạ" is the speaker; "họ", "bạn" in the countryside may be anyone there)
    ("Em mắc màn chưa ạ?", None), ("Em đã mắc màn chưa ạ?", None), ("Em có ngủ màn không ạ?", None),
    ("Em vẫn ngủ màn không ạ?", None), ("Ở quê, họ vẫn ngủ màn.", None), ("Ở quê, bạn vẫn ngủ màn.", None),
    ("I have put up the mosquito net.", None), ("màn màn màn", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi đã đặt muỗi mạng lưới.", "Cô ấy đang đặt chiếc lưới muỗi.", "Anh ta vừa lấy mạng di động xuống.",
    # "Bố của bạn đã đặt mạng lưới muỗi vẫn chưa?", "Tôi quên bỏ mạng lưới muỗi.", "Anh ta xuống mạng di động."
    ("I have put up the mosquito net.", "Tôi mắc màn rồi."),
    ("I've taken down the mosquito net.", "Tôi gỡ màn rồi."),
    ("She's put up the mosquito net.", "Cô ấy mắc màn rồi."),
    ("He has just taken the mosquito net down.", "Anh ấy vừa gỡ màn."),
    ("We haven't put up the mosquito net yet.", "Chúng tôi chưa mắc màn."),
    ("My mother still hasn't taken down the mosquito net.", "Mẹ tôi vẫn chưa gỡ màn."),
    ("Have you put up the mosquito net?", "Bạn mắc màn chưa?"),
    ("Has your father put up the mosquito net yet?", "Bố bạn mắc màn chưa?"),
    ("I'm putting up the mosquito net.", "Tôi đang mắc màn."),
    ("My mother is putting up the mosquito net.", "Mẹ tôi đang mắc màn."),
    ("They're taking down the mosquito net.", "Họ đang gỡ màn."),
    ("Lan will put up the mosquito net.", "Lan sẽ mắc màn."),
    ("I forgot to put up the mosquito net.", "Tôi quên mắc màn."),
    ("She put up the mosquito net.", "Cô ấy đã mắc màn."),
    ("He took down the mosquito net.", "Anh ấy đã gỡ màn."),
    # v8: "Đặt thiết bị mosquito net tối nay.", "Uống mạng lưới muỗi.", "Đừng quên xuống mạng lưới muỗi!"
    ("Put up the mosquito net tonight.", "Tối nay mắc màn đi."),
    ("Remember to put up the mosquito net tonight.", "Tối nay nhớ mắc màn nhé."),
    ("Put the mosquito net up.", "Mắc màn đi."),
    ("Take down the mosquito net.", "Gỡ màn đi."),
    ("Don't forget to take down the mosquito net!", "Đừng quên gỡ màn nhé!"),
    ("Remember to sleep under a mosquito net.", "Nhớ ngủ màn nhé."),
    # v8: "Ở ngôi làng nhà tôi vẫn ngủ dưới một mạng lưới muỗi.", "Tôi ngủ dưới mạng muỗi.", "Có phải giấc ngủ dưới
    # mạng lưới muỗi không?", "Tôi không ngủ dưới một mạng lưới muỗi." (any more lost)
    ("In my home village I still sleep under a mosquito net.", "Ở quê tôi vẫn ngủ màn."),
    ("In her home village, my mother still sleeps under a mosquito net.", "Ở quê, mẹ tôi vẫn ngủ màn."),
    ("I sleep under a mosquito net in my home village.", "Tôi ngủ màn ở quê."),
    # (review: "nữa" after the village, as the other way reads it)
    ("I don't sleep under a mosquito net in my home village any more.", "Tôi không còn ngủ màn ở quê nữa."),
    ("We no longer sleep under mosquito nets in our home village.", "Chúng tôi không còn ngủ màn ở quê nữa."),
    ("I sleep under a mosquito net.", "Tôi ngủ màn."),
    ("My grandmother still sleeps under a mosquito net.", "Bà tôi vẫn ngủ màn."),
    ("We always sleep under mosquito nets.", "Chúng tôi luôn ngủ màn."),
    ("He doesn't sleep under a mosquito net.", "Anh ấy không ngủ màn."),
    ("Do you sleep under a mosquito net?", "Bạn có ngủ màn không?"),
    ("Does Lan sleep under a mosquito net?", "Lan có ngủ màn không?"),
    ("Do you still sleep under a mosquito net?", "Bạn còn ngủ màn không?"),
    ("I don't sleep under a mosquito net any more.", "Tôi không còn ngủ màn nữa."),
    ("We no longer sleep under a mosquito net.", "Chúng tôi không còn ngủ màn nữa."),
    ("She has never slept under a mosquito net.", "Cô ấy chưa bao giờ ngủ màn."),
    # v8: "Nếu không có mạng di động, các động tác sẽ ăn bạn alive.", "Nếu tôi không ngủ dưới mạng lưới muỗi, thì
    # các động tác sẽ ăn tôi alive."
    ("Without a mosquito net, the mosquitoes would eat you alive.", "Không có màn thì muỗi đốt chết."),
    ("Without mosquito nets, the mosquitoes would eat us alive.", "Không có màn thì chúng tôi bị muỗi đốt chết."),
    ("If you don't put up the mosquito net, the mosquitoes will eat you alive.", "Không mắc màn thì muỗi đốt chết."),
    ("If I don't sleep under a mosquito net, the mosquitoes will eat me alive.",
     "Không ngủ màn thì tôi bị muỗi đốt chết."),
    # v8: "Tôi bị cắn bởi muỗi vì quên đặt mạng lưới muỗi.", "Tối qua Tôi bị cắn bởi động cơ vì tôi không đặt net
    # mosquito."
    ("I got bitten by mosquitoes because I forgot to put up the mosquito net.", "Tôi bị muỗi đốt vì quên mắc màn."),
    ("My mother got bitten by mosquitoes because she didn't sleep under a mosquito net.",
     "Mẹ tôi bị muỗi đốt vì không ngủ màn."),
    ("Last night I got bitten by mosquitoes because I didn't put up the mosquito net.",
     "Tối qua tôi bị muỗi đốt vì không mắc màn."),
    ("We were bitten by mosquitoes because we didn't have a mosquito net.", "Chúng tôi bị muỗi đốt vì không có màn."),
    # v8: "Mạng lưới muỗi có lỗ trong đó.", "Net muỗi của tôi có hai lỗ trong đó.", "Có lỗ trên mạng di động."
    ("The mosquito net has a hole in it.", "Màn bị thủng một lỗ."),
    ("My mosquito net has two holes in it.", "Màn của tôi bị thủng hai lỗ."),
    ("This mosquito net has a hole.", "Cái màn này bị thủng một lỗ."),
    ("There's a hole in the mosquito net.", "Màn bị thủng một lỗ."),
    ("The mosquito net has got lots of holes in it.", "Màn bị thủng nhiều lỗ."),
    ("Does the mosquito net have a hole in it?", "Màn có bị thủng không?"),
    ("The mosquito net doesn't have any holes in it.", "Màn không bị thủng."),
    # v8: "Có một muỗi trong lưới.", "Có hai muỗi bên trong net.", "Không có mặt trăng nào bên trong net." (moon),
    # "Có những động cơ nào chuyển động bên trong mạng lưới không?", "Một muỗi đã có mặt bên trong net."
    ("There's a mosquito inside the net.", "Có con muỗi trong màn."),
    ("There are two mosquitoes inside the net.", "Có hai con muỗi trong màn."),
    # (review: "one" said; "There is" read as "There's")
    ("There's one mosquito inside the net.", "Có một con muỗi trong màn."),
    ("There is a mosquito inside the net.", "Có con muỗi trong màn."),
    ("There is one mosquito inside the net.", "Có một con muỗi trong màn."),
    ("There are a few mosquitoes in the mosquito net.", "Có mấy con muỗi trong màn."),
    ("There are no mosquitoes inside the net.", "Trong màn không có muỗi."),
    ("There aren't any mosquitoes inside the net.", "Trong màn không có muỗi."),
    ("Are there any mosquitoes inside the net?", "Trong màn có muỗi không?"),
    ("Is there a mosquito inside the net?", "Có con muỗi trong màn không?"),
    ("A mosquito has got inside the net.", "Có con muỗi chui vào màn."),
    ("A mosquito got into the net.", "Có con muỗi chui vào màn."),
    # not: a verb not agreeing ("She have", "He are", "Has you", "She sleep", "I were", "two hole", "There's two"),
    # "I put up …" (a habit, or done?), "put down", "the net" put up or with a hole (a volleyball net?), "I" asked,
    # "Sleep under …" told plainly, a home village not who's own, who puts it up not the one eaten, another's
    # "because", "any" said, other nets, the other way's language
    ("I put up the mosquito net.", None), ("She have put up the mosquito net.", None),
    ("He are putting up the mosquito net.", None), ("Has you put up the mosquito net?", None),
    ("I have put down the mosquito net.", None), ("Put up the net.", None), ("I've put up the net.", None),
    ("Have I put up the mosquito net?", None), ("Sleep under a mosquito net.", None),
    ("Remember to take up the mosquito net.", None), ("She sleep under a mosquito net.", None),
    ("Do I sleep under a mosquito net?", None),
    ("In his home village my mother still sleeps under a mosquito net.", None),
    ("If I don't put up the mosquito net, the mosquitoes will eat you alive.", None),
    ("If she don't put up the mosquito net, the mosquitoes will eat her alive.", None),
    ("He got bitten by mosquitoes because she forgot to put up the mosquito net.", None),
    ("I were bitten by mosquitoes because I didn't have a mosquito net.", None),
    ("The mosquito net has two hole in it.", None), ("The mosquito net has a holes in it.", None),
    ("The net has a hole in it.", None), ("The mosquito net have a hole in it.", None),
    ("There's two mosquitoes inside the net.", None), ("There is a mosquitoes inside the net.", None),
    ("There are any mosquitoes inside the net.", None), ("Put up the volleyball net.", None),
    ("The internet is down.", None), ("The fishing net is torn.", None), ("Tôi mắc màn rồi.", None),
    # (review: a pet as who, as the other way leaves it)
    ("My dog has put up the mosquito net.", None), ("Has my dog put up the mosquito net?", None),
    ("My dog is putting up the mosquito net.", None), ("My cat sleeps under a mosquito net.", None),
    ("Without a mosquito net, the mosquitoes would eat my dog alive.", None),
    ("If my cat doesn't sleep under a mosquito net, the mosquitoes will eat my cat alive.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
