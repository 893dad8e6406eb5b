"""Going out for fun: a picnic, karaoke, camping, suggested, liked, wanted, done, planned or kept up, both ways
(mt/outings.py)."""
import pytest

from mt.outings import translate


@pytest.mark.parametrize("text, said", [
    # v8: "Let's go out of wild.", "Go to the karaoke!", "Do we go outside on Sunday?", "Tonight, we go to singinging
    # karaoke?"
    ("Chúng ta đi dã ngoại nhé.", "Let's have a picnic."),
    ("Đi hát karaoke đi!", "Let's go to karaoke!"),
    ("Chúng ta đi hát karaoke nhé.", "Let's go to karaoke."),
    ("Chúng ta hát karaoke nhé.", "Let's sing karaoke."),
    ("Chúng ta đi dã ngoại vào Chủ nhật nhé?", "Shall we have a picnic on Sunday?"),
    ("Chủ nhật chúng ta đi dã ngoại nhé?", "Shall we have a picnic on Sunday?"),
    ("Tối nay chúng ta đi hát karaoke nhé?", "Shall we go to karaoke tonight?"),
    ("Chúng ta đi dã ngoại ở bãi biển nhé.", "Let's have a picnic on the beach."),
    ("Mình đi hát karaoke đi.", "Let's go to karaoke."),
    ("Hay là chúng ta đi dã ngoại ở công viên?", "Why don't we have a picnic in the park?"),
    ("Tối nay đi hát karaoke không?", "Do you want to go to karaoke tonight?"),
    # v8: "Do you like singinging karaoke?", "My mother likes singinging karaoke."
    ("Bạn có thích hát karaoke không?", "Do you like karaoke?"),
    ("Mẹ tôi rất thích hát karaoke.", "My mother really likes karaoke."),
    ("Anh ấy không thích đi dã ngoại.", "He doesn't like picnics."),
    # v8: "Do you want to go out the wild?", "Do you want to go to the karaoke?"
    ("Bạn có muốn đi dã ngoại không?", "Do you want to have a picnic?"),
    ("Anh có muốn đi hát karaoke không?", "Do you want to go to karaoke?"),
    ("Mẹ tôi không muốn đi cắm trại.", "My mother doesn't want to go camping."),
    # v8: "We had gone out of at the park.", "Last weekend, we camp.", "Yesterday, we walked out to the shore."
    ("Chúng tôi đã đi dã ngoại ở công viên.", "We had a picnic in the park."),
    ("Cuối tuần trước chúng tôi đi cắm trại.", "We went camping last weekend."),
    ("Chúng tôi đi cắm trại cuối tuần trước.", "We went camping last weekend."),
    ("Hôm qua chúng tôi đi dã ngoại ở bờ hồ.", "We had a picnic by the lake yesterday."),
    ("Năm ngoái chúng tôi đi cắm trại trên núi.", "We went camping in the mountains last year."),
    ("Cuối tuần trước bạn có đi cắm trại không?", "Did you go camping last weekend?"),
    ("Cuối tuần trước tôi không đi cắm trại.", "I didn't go camping last weekend."),
    # v8: "Next week, we're going to camp.", "We'll go outside on Saturday."
    ("Tuần sau chúng tôi sẽ đi cắm trại.", "We're going camping next week."),
    ("Chúng tôi sẽ đi dã ngoại vào thứ Bảy.", "We're having a picnic on Saturday."),
    ("Ngày mai bạn có đi cắm trại không?", "Are you going camping tomorrow?"),
    # v8: "They went to singing karaoke each Friday."
    ("Họ đi hát karaoke mỗi thứ Sáu.", "They go to karaoke every Friday."),
    ("Lan hay đi hát karaoke.", "Lan often goes to karaoke."),
    ("Chúng tôi thường đi hát karaoke vào cuối tuần.", "We usually go to karaoke at the weekend."),
    ("Bạn có hay đi hát karaoke không?", "Do you often go to karaoke?"),
    ("Tôi không bao giờ đi hát karaoke.", "I never go to karaoke."),
    # not: "Hát karaoke đi!" (may be told to the listener), "mình … nhé" (may be "I"), no tense ("Chúng tôi đi cắm
    # trại."), asked with no time, "anh" alone saying it, a time and a tense that disagree, karaoke in a park, "with"
    # someone, a day behind suggested, "có bao giờ … không?" (ever, or ever does?), another topic
    ("Lan hay đi hát karaoke nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Hát karaoke đi!", None), ("Mình đi hát karaoke nhé.", None), ("Chúng tôi đi cắm trại.", None),
    ("Bạn có đi cắm trại không?", None), ("Anh muốn đi dã ngoại.", None), ("Hôm qua chúng tôi sẽ đi cắm trại.", None),
    ("Ngày mai chúng tôi đã đi cắm trại.", None), ("Chúng ta đi hát karaoke ở công viên nhé.", None),
    ("Anh ấy đi cắm trại với bạn bè.", None), ("Hôm qua chúng ta đi dã ngoại nhé.", None),
    ("Bạn có bao giờ đi cắm trại không?", None), ("Chúng ta đi dã ngoại.", None), ("Tôi thích đọc sách.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Chúng ta có một nghi ngờ." (a doubt), "Chúng ta hãy đến karaoke!", "Bọn chúng tôi đi dành cho một nghi ngờ
    # vào Chủ nhật?"
    ("Let's have a picnic.", "Chúng ta đi dã ngoại nhé."),
    ("Let's go to karaoke!", "Chúng ta đi hát karaoke nhé!"),
    ("Shall we go for a picnic on Sunday?", "Chúng ta đi dã ngoại vào Chủ nhật nhé?"),
    ("Let's have a picnic by the lake.", "Chúng ta đi dã ngoại ở bờ hồ nhé."),
    ("Let's go for a picnic tomorrow.", "Ngày mai chúng ta đi dã ngoại nhé."),
    ("How about going to karaoke tonight?", "Hay là tối nay chúng ta đi hát karaoke?"),
    ("Why don't we have a picnic in the park?", "Hay là chúng ta đi dã ngoại ở công viên?"),
    # v8: "Bạn có muốn karaoke không?" (want), "Cô ấy yêu thương vuaaraoke."
    ("Do you like karaoke?", "Bạn có thích hát karaoke không?"),
    ("Do you like singing karaoke?", "Bạn có thích hát karaoke không?"),
    ("She loves karaoke.", "Cô ấy rất thích hát karaoke."),
    ("He doesn't like picnics.", "Anh ấy không thích đi dã ngoại."),
    # v8: "Bạn có muốn đi đến karaoke tối nay không?"
    ("Do you want to go to karaoke tonight?", "Tối nay bạn có muốn đi hát karaoke không?"),
    ("Would you like to go camping?", "Bạn có muốn đi cắm trại không?"),
    ("She wants to have a picnic.", "Cô ấy muốn đi dã ngoại."),
    # v8: "Chúng tôi có một con nghi ngờ trong công viên.", "Chúng tôi bị nghi ngờ bởi hồ hôm qua."
    ("We had a picnic in the park.", "Chúng tôi đã đi dã ngoại ở công viên."),
    ("We had a picnic by the lake yesterday.", "Hôm qua chúng tôi đi dã ngoại ở bờ hồ."),
    ("We went camping last weekend.", "Cuối tuần trước chúng tôi đi cắm trại."),
    ("My mother went camping last week.", "Tuần trước mẹ tôi đi cắm trại."),
    ("Lan went on a picnic yesterday.", "Hôm qua Lan đi dã ngoại."),
    ("Did you go camping last weekend?", "Cuối tuần trước bạn có đi cắm trại không?"),
    ("We didn't go camping last weekend.", "Cuối tuần trước chúng tôi không đi cắm trại."),
    # v8: "Chúng tôi sẽ có một nghi ngờ vào thứ Bảy.", "Chúng tôi đang đi cắm trại cuối tuần sau." (are … now)
    ("We are going to have a picnic on Saturday.", "Chúng tôi sẽ đi dã ngoại vào thứ Bảy."),
    ("We're going camping next weekend.", "Cuối tuần sau chúng tôi sẽ đi cắm trại."),
    ("Are you going camping this weekend?", "Cuối tuần này bạn có đi cắm trại không?"),
    ("We won't go camping tomorrow.", "Ngày mai chúng tôi sẽ không đi cắm trại."),
    # v8: "Họ đi đến karaoke mỗi thứ Sáu.", "Chúng ta thường đi đầu gối." (knees)
    ("They go to karaoke every Friday.", "Họ đi hát karaoke mỗi thứ Sáu."),
    ("She goes to karaoke every weekend.", "Cô ấy đi hát karaoke mỗi cuối tuần."),
    ("We often go to karaoke.", "Chúng tôi thường đi hát karaoke."),
    ("Does she often go to karaoke?", "Cô ấy có hay đi hát karaoke không?"),
    # not: the verb not agreeing with who, no time for "Did" or "are going", a day against the tense, karaoke in a
    # park, "with" someone, present with no "how often", "every Friday night" (not read)
    ("She love karaoke.", None), ("She want to have a picnic.", None), ("Do she often go to karaoke?", None),
    ("She go to karaoke every weekend.", None), ("Are she going to karaoke tonight?", None),
    ("Did you go camping?", None), ("We're going camping.", None), ("Will you go camping?", None),
    ("We had a picnic tomorrow.", None),
    ("Let's go to karaoke in the park.", None), ("He went camping with his friends.", None),
    ("I have a picnic.", None), ("They go to karaoke every Friday night.", None), ("Let's go swimming.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # v8 (every rule on): "Never camps?", "Are you went camping Never?", "Do you ever camps?", "Are you never going to
    # go out for a foreign wild?", "Never singing karaoke?", "Never go to the karaoke?"
    ("Bạn đã bao giờ đi cắm trại chưa?", "Have you ever been camping?"),
    ("Bạn đã đi cắm trại bao giờ chưa?", "Have you ever been camping?"),
    ("Bạn từng đi cắm trại chưa?", "Have you ever been camping?"),
    ("Bạn đã từng cắm trại chưa?", "Have you ever been camping?"),
    ("Anh đã bao giờ đi cắm trại chưa ạ?", "Have you ever been camping?"),
    ("Bạn đã đi cắm trại lần nào chưa?", "Have you ever been camping?"),
    ("Bạn đã bao giờ đi dã ngoại chưa?", "Have you ever been on a picnic?"),
    ("Bạn đã bao giờ hát karaoke chưa?", "Have you ever sung karaoke?"),
    ("Bạn đã bao giờ đi hát karaoke chưa?", "Have you ever been to karaoke?"),
    ("Mẹ bạn đã bao giờ đi cắm trại chưa?", "Has your mother ever been camping?"),
    ("Lan đã bao giờ đi dã ngoại ở bãi biển chưa?", "Has Lan ever been on a picnic on the beach?"),
    ("Chúng ta đã bao giờ đi cắm trại trong rừng chưa?", "Have we ever been camping in the woods?"),
    # v8: "I've never camps.", "I've never been slighted.", "My mother never went to camp.", "I haven't gone camping
    # Never.", "We never camped on the mountain.", "He had never singinging karaoke."
    ("Tôi chưa bao giờ đi cắm trại.", "I've never been camping."),
    ("Tôi chưa từng đi cắm trại.", "I've never been camping."),
    ("Tôi chưa hề đi cắm trại.", "I've never been camping."),
    ("Tôi chưa đi cắm trại bao giờ.", "I've never been camping."),
    ("Tôi chưa đi cắm trại lần nào.", "I've never been camping."),
    ("Tôi chưa bao giờ đi dã ngoại.", "I've never been on a picnic."),
    ("Mẹ tôi chưa bao giờ đi cắm trại.", "My mother has never been camping."),
    ("Chúng tôi chưa bao giờ đi cắm trại trên núi.", "We've never been camping in the mountains."),
    ("Anh ấy chưa từng hát karaoke.", "He's never sung karaoke."),
    ("Bác Lan chưa từng đi dã ngoại.", "Aunt Lan has never been on a picnic."),
    ("Họ chưa bao giờ đi hát karaoke!", "They've never been to karaoke!"),
    # v8: "I've been camps."
    ("Tôi đã từng đi cắm trại.", "I've been camping before."),
    ("Tôi từng đi cắm trại rồi.", "I've been camping before."),
    ("Lan đã từng đi dã ngoại bên suối.", "Lan has been on a picnic by the stream before."),
    # the places added (v8: "We walked out to the hill.", "Yesterday, we went to the pilot.")
    ("Hôm qua chúng tôi đi dã ngoại trên đồi.", "We had a picnic on the hill yesterday."),
    ("Chúng ta đi dã ngoại trên bãi cỏ nhé.", "Let's have a picnic on the grass."),
    ("Cuối tuần trước họ đi cắm trại trong vườn.", "They went camping in the garden last weekend."),
    # not: "chưa" alone (yet?), "bao giờ" alone (when?), a "?" on a statement, "chưa" said without "?", "anh" alone
    # saying it, "đã" after "chưa", "hề" asked, "chưa bao giờ … bao giờ", a pet singing, karaoke in a place, "nhỉ"
    # (agree?), "với" someone, no tense, "có bao giờ … không?"
    ("Bạn đã đi cắm trại chưa?", None), ("Tôi chưa đi cắm trại.", None), ("Bạn đi cắm trại bao giờ?", None),
    ("Tôi đã đi cắm trại bao giờ.", None), ("Tôi chưa bao giờ đi cắm trại?", None),
    ("Bạn đã bao giờ đi cắm trại chưa.", None), ("Anh chưa bao giờ đi cắm trại.", None),
    ("Tôi chưa đã đi cắm trại bao giờ.", None), ("Bạn đã hề đi cắm trại chưa?", None),
    ("Tôi chưa bao giờ đi cắm trại bao giờ.", None), ("Con chó của tôi chưa bao giờ hát karaoke.", None),
    ("Tôi chưa bao giờ đi hát karaoke ở công viên.", None), ("Tôi chưa bao giờ đi cắm trại nhỉ.", None),
    ("Tôi chưa bao giờ đi cắm trại với bạn bè.", None), ("Chúng tôi đi dã ngoại trên đồi.", None),
    ("Tôi chưa từng đi cắm trại rồi.", None),
])
def test_ever_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8 (every rule on): "Bạn từng cắm trại chưa?" (fine), "Bạn đã từng ở trên một nghi ngờ chưa?" (on a doubt), "Bạn
    # có bao giờ added karaoke không?", "Có mẹ bạn từng cắm trại chưa?"
    ("Have you ever been camping?", "Bạn đã bao giờ đi cắm trại chưa?"),
    ("Have you ever gone camping?", "Bạn đã bao giờ đi cắm trại chưa?"),
    ("Have you ever been on a picnic?", "Bạn đã bao giờ đi dã ngoại chưa?"),
    ("Have you ever had a picnic in the park?", "Bạn đã bao giờ đi dã ngoại ở công viên chưa?"),
    ("Have you ever sung karaoke?", "Bạn đã bao giờ hát karaoke chưa?"),
    ("Have they ever done karaoke?", "Họ đã bao giờ hát karaoke chưa?"),
    ("Has your mother ever been camping?", "Mẹ bạn đã bao giờ đi cắm trại chưa?"),
    ("Has Lan ever been to karaoke?", "Lan đã bao giờ đi hát karaoke chưa?"),
    # v8: "Tôi chưa từng cắm trại." (fine), "Tôi chưa từng có nghi ngờ gì.", "Cô ta chưa bao giờ cắm trại.", "Chúng tôi
    # chưa bao giờ có nghi ngờ gì bởi hồ.", "Trước đây tôi đã cắm trại."
    ("I've never been camping.", "Tôi chưa bao giờ đi cắm trại."),
    ("I have never been camping.", "Tôi chưa bao giờ đi cắm trại."),
    ("I've never been on a picnic.", "Tôi chưa bao giờ đi dã ngoại."),
    ("She's never been camping.", "Cô ấy chưa bao giờ đi cắm trại."),
    ("He has never gone camping.", "Anh ấy chưa bao giờ đi cắm trại."),
    ("We've never had a picnic by the lake.", "Chúng tôi chưa bao giờ đi dã ngoại ở bờ hồ."),
    ("My father has never sung karaoke.", "Bố tôi chưa bao giờ hát karaoke."),
    ("Lan's never been on a picnic!", "Lan chưa bao giờ đi dã ngoại!"),
    ("I've been camping before.", "Tôi đã từng đi cắm trại."),
    ("I've had a picnic before.", "Tôi đã từng đi dã ngoại."),
    ("We've been camping in the mountains before.", "Chúng tôi đã từng đi cắm trại trên núi."),
    ("Let's have a picnic on the grass.", "Chúng ta đi dã ngoại trên bãi cỏ nhé."),
    ("We had a picnic on the hill yesterday.", "Hôm qua chúng tôi đi dã ngoại trên đồi."),
    # not: "have" not agreeing with who, "ever" said, "never" asked, "I've been camping." (lately?), "ever … before",
    # a "?" on a statement, karaoke in a place, "My parents have" (who_vi says one), "Did you ever …?", "with" someone
    ("She have never been camping.", None), ("Has you ever been camping?", None), ("I've ever been camping.", None),
    ("Have you never been camping?", None), ("I've been camping.", None), ("Have you been camping before?", None),
    ("Have you ever been camping before?", None), ("We've been camping before?", None),
    ("Have you ever been to karaoke in the park?", None), ("My parents have never been camping.", None),
    ("Did you ever go camping?", None), ("I've never been camping with my friends.", None),
])
def test_ever_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, src, said", [
    # "sẽ" with no day: "-ing" reads as now ("He's singing karaoke."), "going to" as ahead
    ("Mẹ tôi sẽ đi dã ngoại.", "vi", "My mother is going to have a picnic."),
    ("Anh ấy sẽ hát karaoke.", "vi", "He's going to sing karaoke."),
    ("Anh ấy sẽ không hát karaoke.", "vi", "He's not going to sing karaoke."),
    ("Chúng tôi sẽ đi dã ngoại trong vườn.", "vi", "We're going to have a picnic in the garden."),
    ("Tôi sẽ đi cắm trại.", "vi", "I'm going to go camping."),
    # a pet singing karaoke, kept up or done, either way
    ("Con chó của tôi hay hát karaoke.", "vi", None), ("My dog has never sung karaoke.", "en", None),
    ("My dog sang karaoke yesterday.", "en", None), ("Con chó của tôi đi cắm trại hôm qua.", "vi",
                                                    "My dog went camping yesterday."),
    # "mình" alone asking (you, or we?) or saying it went, wants or has ever been (I, or we?); liking it is "I"
    ("Mình đã bao giờ đi cắm trại chưa?", "vi", None), ("Mình có muốn đi cắm trại không?", "vi", None),
    ("Mình có thích hát karaoke không?", "vi", None), ("Mình chưa bao giờ đi cắm trại.", "vi", None),
    ("Cuối tuần trước mình đi cắm trại.", "vi", None), ("Mình muốn đi cắm trại.", "vi", None),
    ("Mình thích hát karaoke.", "vi", "I like karaoke."),
    # "we" asking is "chúng ta" (the one asked is one of us)
    ("Have we ever been camping?", "en", "Chúng ta đã bao giờ đi cắm trại chưa?"),
    ("Did we go camping last weekend?", "en", "Cuối tuần trước chúng ta có đi cắm trại không?"),
    ("Do we want to have a picnic?", "en", "Chúng ta có muốn đi dã ngoại không?"),
    ("Do we like picnics?", "en", "Chúng ta có thích đi dã ngoại không?"),
    # "want" after I, we, they (only "wants" was taken)
    ("I want to have a picnic.", "en", "Tôi muốn đi dã ngoại."),
    ("They want to go camping.", "en", "Họ muốn đi cắm trại."),
    ("We want to sing karaoke tonight.", "en", "Tối nay chúng tôi muốn hát karaoke."),
    ("He want to go camping.", "en", None), ("She wants to go camping.", "en", "Cô ấy muốn đi cắm trại."),
    # "don't love": not much, not "don't like"
    ("I don't love karaoke.", "en", "Tôi không thích hát karaoke lắm."),
    ("She doesn't love picnics.", "en", "Cô ấy không thích đi dã ngoại lắm."),
    # taken here as mt/hobbies.py and mt/suggestions.py, tried before, write them
    ("Tôi đi cắm trại mỗi tuần.", "vi", "I go camping every week."), ("Let's go camping.", "en",
                                                                       "Chúng ta đi cắm trại nhé."),
])
def test_review(text, src, said):
    assert translate(text, src, "en" if src == "vi" else "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Chúng ta đi dã ngoại nhé.", "en", "vi") is None
    assert translate("Let's have a picnic.", "vi", "en") is None
    assert translate("Let's have a picnic.", "en", "fr") is None
