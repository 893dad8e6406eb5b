"""Being drunk: dead drunk, tipsy, drunk yet, drinking too much, holding one's drink, and drink-driving, both ways
(mt/drunkenness.py)."""
import pytest

from mt.drunkenness import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He said softly.", "Last night, he said pumpkins.", "My father said silk.", "Last night, we drank softly."
    ("Anh ấy say khướt.", "He's completely drunk."),
    ("Anh ấy say khướt rồi.", "He's completely drunk."),
    ("Bố tôi say mèm rồi.", "My father is completely drunk."),
    ("Tôi say bí tỉ rồi.", "I'm completely drunk."),
    ("Họ say túy lúy rồi.", "They're completely drunk."),
    ("Tối qua anh ấy say bí tỉ.", "He was completely drunk last night."),
    ("Lan say bí tỉ tối qua.", "Lan was completely drunk last night."),
    ("Hôm qua mẹ tôi say rượu khướt.", "My mother was completely drunk yesterday."),
    ("Tối qua chúng tôi uống say khướt.", "We got completely drunk last night."),
    ("Đêm qua bố tôi nhậu say bí tỉ.", "My father got completely drunk last night."),
    ("Anh ấy uống say khướt rồi.", "He's completely drunk."),
    # v8: "I'm getting a shrunk."
    ("Tôi ngà ngà say rồi.", "I'm a bit tipsy."),
    ("Cô ấy hơi ngà ngà say.", "She's a bit tipsy."),
    ("Tối qua tôi ngà ngà say.", "I was a bit tipsy last night."),
    # v8: "Have you drunk yet?"
    ("Bạn say chưa?", "Are you drunk yet?"),
    ("Anh ấy say rồi chưa?", "Is he drunk yet?"),
    ("Bố bạn đã say chưa?", "Is your father drunk yet?"),
    ("Anh say chưa?", "Are you drunk yet?"),
    # v8: "I'm usually drinking too bowl.", "He or she's drunk."
    ("Bố tôi hay uống quá chén.", "My father often drinks too much."),
    ("Tôi thỉnh thoảng uống quá chén.", "I sometimes drink too much."),
    ("Anh ấy hay say xỉn.", "He often gets drunk."),
    ("Chúng tôi hiếm khi say rượu.", "We rarely get drunk."),
    ("Mẹ tôi không bao giờ uống quá chén.", "My mother never drinks too much."),
    ("Anh ấy có hay say xỉn không?", "Does he often get drunk?"),
    ("Bạn có hay uống quá chén không?", "Do you often drink too much?"),
    # v8: "I drink very poor.", "He drinks good alcohol.", "Myity is poor.", "Do you drink good?"
    ("Tôi uống kém lắm.", "I really can't hold my drink."),
    ("Tôi uống rượu kém.", "I can't hold my drink."),
    ("Tửu lượng của tôi kém.", "I can't hold my drink."),
    ("Bố tôi tửu lượng cao.", "My father can hold his drink."),
    ("Anh ấy uống rượu giỏi.", "He can hold his drink."),
    ("Chị gái tôi uống bia rất khỏe.", "My sister can really hold her drink."),
    ("Chúng tôi uống không giỏi.", "We can't hold our drink."),
    ("Bạn uống rượu có giỏi không?", "Can you hold your drink?"),
    ("Tửu lượng của bạn có tốt không?", "Can you hold your drink?"),
    # v8: "Driving alcohol is a law."
    ("Say rượu lái xe là phạm luật.", "Drink-driving is against the law."),
    ("Lái xe khi say rượu là phạm pháp.", "Drink-driving is illegal."),
    ("Uống rượu lái xe rất nguy hiểm.", "Drink-driving is very dangerous."),
    # not: what mt/smoking.py and mt/hangovers.py take ("say rồi", "hơi say", "không say", "chưa say", "quá chén rồi",
    # "bị say rượu"), "say" of anything but drink (seasick, passion, sleep), a pet, a child's "uống kém" (milk?), a
    # name's drink (his or hers?), "anh" alone saying it, "đã" or "uống say" with no day (when? a habit?), a day
    # ahead or today, "rồi" with a day behind, a "?" on a statement, asked without "có", "nhỉ"
    ("Anh ấy say rồi.", None), ("Tôi hơi say rồi.", None), ("Tôi không say.", None), ("Tôi chưa say.", None),
    ("Tôi quá chén rồi.", None), ("Tôi bị say rượu.", None), ("Tôi bị say xe.", None),
    ("Anh ấy say mê bóng đá.", None), ("Con tôi ngủ say rồi.", None), ("Con chó của tôi say khướt.", None),
    ("Con tôi uống kém.", None), ("Anh ấy uống khỏe.", None), ("Lan uống rượu giỏi.", None), ("Anh say khướt.", None),
    ("Anh ấy đã say khướt.", None), ("Anh ấy uống say khướt.", None), ("Tối nay anh ấy say bí tỉ.", None),
    ("Tối qua anh ấy say bí tỉ rồi.", None), ("Anh ấy say khướt không?", None), ("Bạn say chưa.", None),
    ("Tôi say chưa?", None), ("Bạn uống rượu giỏi không?", None), ("Bạn uống rượu có kém không?", None),
    ("Anh ấy say khướt nhỉ.", None), ("Say rượu lái xe là phạm luật?", None), ("Bố tôi uống quá chén.", None),
    ("He's completely drunk.", None),
    # (review) "thế", "vậy" ending a statement of how well who drinks say "so", as "lắm" and "quá" do: "really", and
    # left where "không" is before ("not that well")
    ("Bạn uống giỏi thế!", "You can really hold your drink!"),
    ("Bạn uống kém thế.", "You really can't hold your drink."),
    ("Bạn uống rượu kém vậy.", "You really can't hold your drink."),
    ("Tửu lượng của bạn cao thế!", "You can really hold your drink!"), ("Tôi uống không giỏi thế.", None),
    # (review) "so often" left, as "lắm" and "quá" are; a child's bare "say" asked (carsick? fast asleep?)
    ("Anh ấy hay say xỉn thế.", None), ("Anh ấy hay say xỉn vậy.", None),
    ("Con tôi say chưa?", None), ("Con trai tôi say chưa?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy hoàn toàn say tối qua.", "Anh ấy hoàn toàn say.", "Chúng tôi hoàn toàn bị say rượu tối qua."
    ("He was completely drunk last night.", "Tối qua anh ấy say bí tỉ."),
    ("He's completely drunk.", "Anh ấy say bí tỉ rồi."),
    ("I'm dead drunk.", "Tôi say bí tỉ rồi."),
    ("My father was totally drunk yesterday.", "Hôm qua bố tôi say bí tỉ."),
    ("We got completely drunk last night.", "Tối qua chúng tôi uống say bí tỉ."),
    ("They got blind drunk.", "Họ đã uống say bí tỉ."),
    # v8: "Bạn có say xỉn không?"
    ("Are you drunk yet?", "Bạn say chưa?"),
    ("Is my father drunk yet?", "Bố tôi say chưa?"),
    ("Is she drunk yet?", "Cô ấy say chưa?"),
    # v8: "Cha tôi thường uống quá nhiều.", "Cô ấy thường bị say xỉn."
    ("My father often drinks too much.", "Bố tôi hay uống quá chén."),
    ("She often gets drunk.", "Cô ấy hay say xỉn."),
    ("I sometimes drink too much.", "Tôi thỉnh thoảng uống quá chén."),
    ("Does he often drink too much?", "Anh ấy có hay uống quá chén không?"),
    ("Do you often get drunk?", "Bạn có hay say xỉn không?"),
    ("He never drinks too much.", "Anh ấy không bao giờ uống quá chén."),
    # v8: "Tôi không thể giữ thức uống.", "Anh ấy có thể giữ thức uống.", "Bạn có thể giữ thức uống của mình không?"
    ("I can't hold my drink.", "Tôi uống rượu kém."),
    ("I really can't hold my drink.", "Tôi uống rượu kém lắm."),
    ("He can hold his drink.", "Anh ấy uống rượu giỏi."),
    ("My mother can't hold her drink.", "Mẹ tôi uống rượu kém."),
    ("Lan can really hold her liquor.", "Lan uống rượu giỏi lắm."),
    ("Can you hold your drink?", "Bạn uống rượu có giỏi không?"),
    # v8: "Uống rượu là bất hợp pháp.", "Lái xe say xỉn rất nguy hiểm."
    ("Drink-driving is illegal.", "Lái xe khi say rượu là phạm pháp."),
    ("Drunk driving is against the law.", "Lái xe khi say rượu là phạm luật."),
    ("Driving drunk is very dangerous.", "Lái xe khi say rượu rất nguy hiểm."),
    # not: what mt/smoking.py and mt/hangovers.py take ("drunk", "tipsy", "got drunk", "too drunk to drive"), a verb
    # not agreeing, a day with the present, "was" with no day, asked of oneself, a pet, another's drink,
    # "can't really", "lightweight" (boxing?), dead drunk asked, a "?" on a statement
    ("He's drunk.", None), ("I'm a bit tipsy.", None), ("He got drunk last night.", None),
    ("He never drink too much.", None), ("He's too drunk to drive.", None), ("He are completely drunk.", None),
    ("He's completely drunk last night.", None), ("He was completely drunk.", None), ("Am I drunk yet?", None),
    ("My dog is completely drunk.", None), ("I can't hold your drink.", None), ("I can't really hold my drink.", None),
    ("She often drink too much.", None), ("Does she often drinks too much?", None), ("I'm a lightweight.", None),
    ("Is he completely drunk?", None), ("Are you drunk yet.", None), ("Drink-driving is fun.", None),
    ("Can I hold my drink?", None), ("Anh ấy say khướt.", None),
    # (review) "!" kept; "we" asking of ourselves left, as "I" is and as the other way leaves "Chúng tôi … có giỏi
    # không?"
    ("He is completely drunk!", "Anh ấy say bí tỉ rồi!"), ("We got completely drunk last night!",
                                                           "Tối qua chúng tôi uống say bí tỉ!"),
    ("They got blind drunk!", "Họ đã uống say bí tỉ!"), ("Can we hold our drink?", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
