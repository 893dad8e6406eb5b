"""Home pickling and braising: who pickles or braises what and when, how long it takes, and whether the pickles are
sour or ready yet, both ways (mt/pickles.py)."""
import pytest

from mt.pickles import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My grandma has improved every month.", "My mother is salty.", "My mother is doing a salty coffee."
    ("Bà tôi muối dưa cải mỗi tháng.", "My grandmother pickles mustard greens every month."),
    ("Mẹ tôi đang muối dưa.", "My mother is making pickles."),
    ("Mẹ tôi đang làm cà muối.", "My mother is making pickled aubergines."),
    ("Tôi đang muối dưa chuột.", "I'm pickling cucumbers."),
    ("Bà tôi hay muối cà pháo.", "My grandmother often pickles baby aubergines."),
    ("Lan muối dưa mỗi tuần.", "Lan makes pickles every week."),
    ("Chúng tôi làm dưa muối mỗi tháng.", "We make pickles every month."),
    ("Nhà tôi không muối dưa.", "My family doesn't make pickles."),
    # v8: "Do you have salty aftershocks?", "We salty aftershocks.", "Lan salted an amateur jar."
    ("Bạn có muối dưa không?", "Do you make pickles?"),
    ("Mẹ bạn có hay muối dưa cải không?", "Does your mother often pickle mustard greens?"),
    ("Chúng tôi muối dưa rồi.", "We've made pickles."),
    # ("has pickled mustard greens" may be greens she has: "the", as braising says it)
    ("Mẹ tôi đã muối dưa cải rồi.", "My mother has pickled the mustard greens."),
    ("Lan vừa muối dưa chuột.", "Lan has just pickled the cucumbers."),
    ("Lan vừa muối dưa.", "Lan has just made pickles."),
    ("Bạn đã muối dưa chưa?", "Have you made pickles yet?"),
    ("Bà tôi chưa muối cà.", "My grandmother hasn't pickled aubergines yet."),
    # v8: "Tomorrow, she'll be salty."
    ("Ngày mai bà tôi sẽ muối cà.", "My grandmother will pickle aubergines tomorrow."),
    ("Cô ấy sắp muối dưa.", "She's about to make pickles."),
    ("Tuần trước chúng tôi muối củ cải.", "We pickled radishes last week."),
    # v8: "She is in the store of fish.", "Tet my house or a poultry.", "My mother wasn't getting a sand."
    ("Chị ấy đang kho cá.", "She's braising fish."),
    ("Tết nhà tôi hay kho thịt.", "At Tet my family usually braises pork."),
    ("Tết nhà tôi kho thịt.", "At Tet my family braises pork."),
    ("Mẹ tôi chưa kho cá.", "My mother hasn't braised the fish yet."),
    ("Bố tôi đang kho thịt lợn.", "My father is braising pork."),
    ("Tôi kho cá rồi.", "I've braised the fish."),
    ("Bác Lan vừa kho cá.", "Aunt Lan has just braised the fish."),
    # v8: "Are you a store of meats?", "Yesterday, my mother was getting a fish."
    ("Bạn đã kho thịt chưa?", "Have you braised the pork yet?"),
    ("Hôm qua mẹ tôi kho cá.", "My mother braised fish yesterday."),
    ("Tết nhà bạn có kho thịt không?", "Does your family braise pork at Tet?"),
    ("Bạn có hay kho cá không?", "Do you often braise fish?"),
    # v8: "My mother usually causes egg meat at Tet."
    ("Mẹ tôi thường làm thịt kho trứng vào dịp Tết.", "My mother usually makes braised pork and eggs at Tet."),
    ("Nhà tôi nấu thịt kho tàu vào ngày Tết.", "My family makes braised pork and eggs at Tet."),
    ("Bà ấy đang làm cá kho.", "She's making braised fish."),
    # v8: "He didn't know the fish archive.", "Do you know salt aftershocks?"
    ("Anh ấy không biết kho cá.", "He doesn't know how to braise fish."),
    ("Bạn có biết muối dưa không?", "Do you know how to make pickles?"),
    ("Bà tôi biết làm cà muối.", "My grandmother knows how to make pickled aubergines."),
    # v8: "How long does the aftershock?", "The aftershock takes about three days.", "How long does the fishing store?"
    ("Muối dưa mất bao lâu?", "How long does it take to make pickles?"),
    ("Muối dưa mất khoảng ba ngày.", "Making pickles takes about three days."),
    ("Kho cá mất bao lâu?", "How long does it take to braise fish?"),
    ("Kho thịt mất hai tiếng.", "Braising pork takes two hours."),
    ("Muối dưa cải mất một tuần.", "Pickling mustard greens takes one week."),
    # v8: "Dandruff and then, eat it.", "It's not soured.", "Can you eat salt?"
    ("Dưa muối chua rồi, ăn được rồi.", "The pickles are sour now, they're ready to eat."),
    ("Dưa muối chua rồi.", "The pickles are sour now."),
    ("Dưa muối chưa chua.", "The pickles aren't sour yet."),
    ("Dưa cải muối vẫn chưa chua.", "The pickled mustard greens still aren't sour."),
    ("Dưa muối đã chua chưa?", "Are the pickles sour yet?"),
    ("Cà muối ăn được chưa?", "Are the pickled aubergines ready to eat yet?"),
    ("Dưa muối này ăn được rồi.", "These pickles are ready to eat now."),
    # not: "Mẹ" alone (Mum, or a mother speaking?), "anh", "em" saying it, a plain verb (a habit, or now?), "đã" with
    # no "rồi" or day, a bare "dưa" (melon?), "I" asked, a pet, "có" without "không", a "?" on a statement, braising
    # asked with no habit ("Bạn có kho cá không?": a fish store?), a storeroom, salt, taste, two times at once
    ("Mẹ đang làm cà muối.", None), ("Em đang muối dưa.", None), ("Mẹ tôi muối dưa.", None),
    ("Mẹ tôi đã muối dưa.", None), ("Dưa chua rồi.", None), ("Dưa đã chua chưa?", None),
    ("Tôi có muối dưa không?", None), ("Con mèo của tôi đang kho cá.", None), ("Bạn có muối dưa.", None),
    ("Mẹ tôi đang muối dưa?", None), ("Bạn có kho cá không?", None), ("Nhà tôi có một cái kho.", None),
    ("Hàng hóa để trong kho.", None), ("Cho thêm muối vào.", None), ("Dưa muối này chua quá.", None),
    ("Lan vừa muối một vại dưa.", None), ("Cá kho xong rồi.", None), ("Hôm qua mẹ tôi kho cá mỗi tuần.", None),
    ("Mẹ tôi đang muối dưa mỗi tháng.", None), ("Muối dưa mất bao lâu.", None),
    ("Mình đang muối dưa.", None), ("Chúng ta muối dưa mỗi tháng.", None), ("Lan đang muối hành.", None),
    ("Tôi muối dưa nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    # "em" asking with "ạ" is the speaker (do I?); "thế", "vậy" ending a statement say more (so often; then); Tet
    # and every week or month at once
    ("Em có muối dưa không ạ?", None), ("Em đã kho cá chưa ạ?", None), ("Em có biết muối dưa không ạ?", None),
    ("Mẹ tôi hay muối dưa thế.", None), ("Chị ấy đang kho cá vậy.", None), ("Dưa muối chua rồi vậy.", None),
    ("Muối dưa mất ba ngày vậy.", None), ("Bạn có muối dưa không vậy?", "Do you make pickles?"),
    ("Tết nhà tôi hay muối dưa mỗi tháng.", None), ("Tết mẹ tôi muối dưa mỗi tuần.", None),
    ("My mother is making pickles.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ tôi chọn màu xanh lá mỗi tháng.", "Mẹ tôi đang dần dần nhặt những chiếc đuốc.", "Mẹ tôi đang làm cho
    # các chú nhặt."
    ("My grandmother pickles mustard greens every month.", "Bà tôi muối dưa cải mỗi tháng."),
    ("My mother is making pickled aubergines.", "Mẹ tôi đang làm cà muối."),
    ("My mother is making pickles.", "Mẹ tôi đang muối dưa."),
    ("I'm pickling cucumbers.", "Tôi đang muối dưa chuột."),
    ("We make pickles every week.", "Chúng tôi muối dưa mỗi tuần."),
    ("Lan often makes pickles.", "Lan hay muối dưa."),
    ("He doesn't pickle cucumbers.", "Anh ấy không muối dưa chuột."),
    # v8: "Bạn có phải là những chú nhặt không?", "Chúng tôi đã làm cho các con số.", "Lan vừa làm cho những thứ nhặt."
    ("Do you make pickles?", "Bạn có muối dưa không?"),
    ("Does your grandmother often pickle aubergines?", "Bà bạn có hay muối cà không?"),
    ("We've made pickles.", "Chúng tôi muối dưa rồi."),
    ("Lan has just made pickles.", "Lan vừa muối dưa."),
    ("Have you made pickles yet?", "Bạn đã muối dưa chưa?"),
    ("My mother hasn't pickled the mustard greens yet.", None),
    ("My mother hasn't pickled mustard greens yet.", "Mẹ tôi chưa muối dưa cải."),
    ("She's about to make pickles.", "Cô ấy sắp muối dưa."),
    # v8: "Bà tôi sẽ chọn những núi lửa ngày mai.", "Mẹ tôi ăn cá hôm qua."
    ("My grandmother will pickle aubergines tomorrow.", "Ngày mai bà tôi sẽ muối cà."),
    ("My mother braised fish yesterday.", "Hôm qua mẹ tôi kho cá."),
    ("We pickled radishes last week.", "Tuần trước chúng tôi muối củ cải."),
    # v8: "Cô ấy đang giơ cá.", "Vào dịp Tết, gia đình tôi thường làm cho con búp bê.", "Bạn đã khóc lóc ra sao chưa?"
    ("She's braising fish.", "Cô ấy đang kho cá."),
    ("At Tet my family usually makes braised pork.", "Tết nhà tôi thường làm thịt kho."),
    ("At Tet my family braises pork.", "Tết nhà tôi kho thịt."),
    ("My family makes braised pork and eggs at Tet.", "Nhà tôi làm thịt kho trứng vào dịp Tết."),
    ("Have you braised the pork yet?", "Bạn đã kho thịt chưa?"),
    ("My father is braising the fish.", "Bố tôi đang kho cá."),
    ("She has braised the fish.", "Cô ấy kho cá rồi."),
    ("Does your mother braise fish at Tet?", "Mẹ bạn có kho cá vào dịp Tết không?"),
    ("They are making braised fish.", "Họ đang làm cá kho."),
    ("She knows how to braise fish.", "Cô ấy biết kho cá."),
    ("Do you know how to make pickles?", "Bạn có biết muối dưa không?"),
    ("My mother doesn't know how to make pickled aubergines.", "Mẹ tôi không biết làm cà muối."),
    # v8: "Phải lựa chọn bao lâu?", "Chọn màu sắc phải mất khoảng ba ngày.", "Phải ăn cá dài bao lâu?"
    ("How long does it take to make pickles?", "Muối dưa mất bao lâu?"),
    ("Pickling mustard greens takes about three days.", "Muối dưa cải mất khoảng ba ngày."),
    ("How long does it take to braise fish?", "Kho cá mất bao lâu?"),
    ("It takes two hours to braise pork.", "Kho thịt mất hai tiếng."),
    ("Making pickles takes one week.", "Muối dưa mất một tuần."),
    # v8: "Món xíu bây giờ, chúng đã sẵn sàng ăn.", "Món xíu đủ để ăn bây giờ.", "Món chọn vẫn chưa được bảo đảm.",
    # "Người ta vẫn chưa?"
    ("The pickles are sour now, they're ready to eat.", "Dưa muối chua rồi, ăn được rồi."),
    ("The pickles are sour enough to eat now.", "Dưa muối chua rồi, ăn được rồi."),
    ("The pickles are sour now.", "Dưa muối chua rồi."),
    ("The pickles aren't sour yet.", "Dưa muối chưa chua."),
    ("Are the pickles sour yet?", "Dưa muối chua chưa?"),
    ("Are the pickled aubergines ready to eat yet?", "Cà muối ăn được chưa?"),
    ("These pickles are ready to eat.", "Dưa muối này ăn được rồi."),
    # not: a verb not agreeing ("She make", "I is", "Does you"), "Mum" alone, the verb not going with the thing
    # ("braise pickles", "pickle pork"), "I" asked, a pet, "yet" on a plain statement, a tense and a day apart,
    # the pickles sour with no "now" (a taste), "?" on a statement, the other language, nonsense
    ("She make pickles.", None), ("I is making pickles.", None), ("Does you make pickles?", None),
    ("Mum is making pickled aubergines.", None), ("She braises pickles.", None), ("She pickles pork.", None),
    ("Do I make pickles?", None), ("My dog is braising fish.", None), ("She makes pickles yet.", None),
    ("She will braise fish yesterday.", None), ("The pickles are sour.", None), ("She makes pickles?", None),
    ("Are the pickles sour now?", None), ("She knows how to makes pickles.", None),
    ("It takes three day to make pickles.", None), ("Pickle takes three days.", None),
    ("Mẹ tôi đang muối dưa.", None), ("Pickles pickles pickles.", None),
    # a verb not agreeing, denied ("She don't", "They hasn't"); "I" asked knowing how; a question never answered
    # False; "have" with pickled or braised things (have some, or a meal?), unless "already" or "the" says done;
    # Tet and every week at once
    ("She don't make pickles.", None), ("She don’t make pickles.", None), ("She haven't made pickles yet.", None),
    ("They hasn't made pickles yet.", None), ("They doesn't make pickles.", None),
    ("Do I know how to make pickles?", None), ("Are the pickles sour enough to eat yet?", None),
    ("We have pickled cucumbers.", None), ("She has pickled mustard greens.", None), ("We have braised pork.", None),
    ("She has braised fish.", None), ("She has just pickled cucumbers.", None),
    ("She has already pickled mustard greens.", "Cô ấy muối dưa cải rồi."),
    ("At Tet we make pickles every week.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
