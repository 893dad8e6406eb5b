"""Addictions: addicted to what, alcoholics and addicts, rehab, giving up gambling, drugs or coffee, sober or clean
for a while, both ways (mt/addiction.py)."""
import pytest

from mt.addiction import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He adds alcohol.", "He adds drugs.", "She adds her flag.", "I'm drinking coffee.", "Do you have a cup of
    # coffee?", "My dad is heavy.", "Is alcoholic?", "My grandfather has been drinking."
    ("Anh ấy nghiện rượu.", "He's addicted to alcohol."),
    ("Anh ấy nghiện thuốc lá.", "He's addicted to cigarettes."),
    ("Cô ấy nghiện cờ bạc.", "She's addicted to gambling."),
    ("Tôi nghiện cà phê.", "I'm addicted to coffee."),
    ("Bạn có nghiện cà phê không?", "Are you addicted to coffee?"),
    ("Tôi không nghiện cà phê.", "I'm not addicted to coffee."),
    ("Bố tôi nghiện rượu nặng.", "My father is seriously addicted to alcohol."),
    ("Anh ấy nghiện rượu à?", "Is he addicted to alcohol?"),
    ("Anh ấy bị nghiện ma túy.", "He's addicted to drugs."),
    ("Tôi hơi nghiện trà sữa.", "I'm a bit addicted to bubble tea."),
    ("Tôi nghiện cà phê lắm.", "I'm really addicted to coffee."),
    ("Ông tôi từng nghiện rượu.", "My grandfather used to be addicted to alcohol."),
    ("Anh có nghiện rượu không?", "Are you addicted to alcohol?"),
    ("Bác Hùng nghiện rượu.", "Uncle Hung is addicted to alcohol."),
    ("Lan nghiện mua sắm.", "Lan is addicted to shopping."),
    ("Họ nghiện ma túy.", "They're addicted to drugs."),
    ("Chồng tôi nghiện bia.", "My husband is addicted to beer."),
    # v8: "He is alcoholic.", "I've been alcoholic." (whose father lost)
    ("Anh ấy là người nghiện rượu.", "He's an alcoholic."),
    ("Bố tôi từng là người nghiện rượu.", "My father used to be an alcoholic."),
    ("Anh ấy có phải là người nghiện rượu không?", "Is he an alcoholic?"),
    # v8: "He is going to go to add addiction.", "He's in addiction farm.", "He's drinking.", "He entered the
    # addiction last week.", "He ran into addiction farms.", "He wanted to add add addiction."
    ("Anh ấy đang đi cai nghiện.", "He's in rehab."),
    ("Anh ấy đang ở trại cai nghiện.", "He's in rehab."),
    ("Anh ấy đang cai nghiện.", "He's in rehab."),
    ("Anh ấy đã đi cai nghiện.", "He went to rehab."),
    ("Tuần trước anh ấy vào trại cai nghiện.", "He went into rehab last week."),
    ("Anh ấy vào trại cai nghiện tuần trước.", "He went into rehab last week."),
    ("Tuần sau anh ấy sẽ đi cai nghiện.", "He's going to rehab next week."),
    ("Anh ấy cần đi cai nghiện.", "He needs to go to rehab."),
    ("Anh ấy muốn cai nghiện.", "He wants to get clean."),
    ("Anh ấy vừa ra trại cai nghiện.", "He just got out of rehab."),
    ("Anh ấy đi cai nghiện được ba tháng rồi.", "He's been in rehab for three months."),
    # v8: "He left the silver flag.", "He has left the silver flag for two years.", "My husband wants to quit the
    # silver flag.", "I've left coffee."
    ("Anh ấy đã bỏ cờ bạc.", "He's given up gambling."),
    ("Anh ấy bỏ cờ bạc được hai năm rồi.", "He gave up gambling two years ago."),
    ("Tôi đang cố bỏ cà phê.", "I'm trying to give up coffee."),
    ("Chồng tôi muốn bỏ cờ bạc.", "My husband wants to give up gambling."),
    ("Bạn nên bỏ cà phê.", "You should give up coffee."),
    ("Tôi đã bỏ cà phê rồi.", "I've given up coffee."),
    # not: games and phones (mt/games.py, mt/screen_time.py), "anh" saying it (may be the speaker), an alcoholic
    # said of more than one, "thuốc" alone (tobacco or medicine?), quitting drink or smoking (mt/smoking.py), a plain
    # "bỏ" (now, or done?), "bỏ đường" (also putting sugar in), "cai nghiện được" (clean, or in rehab, that long?),
    # "đi cai nghiện" with no tense, "có" asked with "à", "rất … nặng", a question of rehab
    ("Họ nghiện ma túy nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Con tôi nghiện game.", None), ("Con trai tôi nghiện điện thoại.", None), ("Anh nghiện rượu.", None),
    ("Họ là người nghiện rượu.", None), ("Anh ấy nghiện thuốc.", None), ("Anh ấy bỏ rượu rồi.", None),
    ("Tôi bỏ cờ bạc.", None), ("Tôi đã bỏ đường rồi.", None), ("Anh ấy cai nghiện được ba tháng rồi.", None),
    ("Anh ấy đi cai nghiện.", None), ("Bạn có nghiện cà phê à?", None), ("Anh ấy rất nghiện rượu nặng.", None),
    ("Anh ấy đang đi cai nghiện à?", None), ("Anh ấy nghiện rượu rồi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Cô ấy rất muốn đánh bạc." (wants to), "Anh ấy có rượu không?" (has), "Anh ta là một kẻ nghiện rượu." (cold),
    # "Cô ấy đang nhìn chằm chằm vào kẻ nghiện." (staring), "Cô ấy đã nấu chín về thuốc." (cooked), "Tôi xin thêm
    # chút cà phê.", "Cô ấy có muốn mua sắm không?"
    ("He's addicted to alcohol.", "Anh ấy nghiện rượu."),
    ("He's an alcoholic.", "Anh ấy nghiện rượu."),
    ("She's addicted to gambling.", "Cô ấy nghiện cờ bạc."),
    ("I'm addicted to coffee.", "Tôi nghiện cà phê."),
    ("Are you addicted to coffee?", "Bạn có nghiện cà phê không?"),
    ("I'm not addicted to coffee.", "Tôi không nghiện cà phê."),
    ("He isn’t addicted to gambling.", "Anh ấy không nghiện cờ bạc."),
    ("Is he an alcoholic?", "Anh ấy có nghiện rượu không?"),
    ("My father was an alcoholic.", "Bố tôi từng nghiện rượu."),
    ("My father used to be an alcoholic.", "Bố tôi từng nghiện rượu."),
    ("He is a drug addict.", "Anh ấy nghiện ma túy."),
    ("She's a gambling addict.", "Cô ấy nghiện cờ bạc."),
    ("She's hooked on drugs.", "Cô ấy nghiện ma túy."),
    ("I'm a bit addicted to coffee.", "Tôi hơi nghiện cà phê."),
    ("He's seriously addicted to gambling.", "Anh ấy nghiện cờ bạc nặng."),
    ("My brother is addicted to gambling.", "Anh trai tôi nghiện cờ bạc."),
    ("They're addicted to drugs.", "Họ nghiện ma túy."),
    ("I'm a coffee addict.", "Tôi nghiện cà phê."),
    ("Is she addicted to shopping?", "Cô ấy có nghiện mua sắm không?"),
    ("He's addicted to cigarettes.", "Anh ấy nghiện thuốc lá."),
    # v8: "Anh ta đang sống lại." (living again), "Anh ấy đến tái phục.", "Cô ấy đi vào hồi tháng trước.", "Cậu sẽ
    # quay lại vào tuần tới." (come back), "Anh ta chỉ ra khỏi rehab.", "Cô ấy rất vui được hai năm rồi." (glad)
    ("He's in rehab.", "Anh ấy đang đi cai nghiện."),
    ("He went to rehab.", "Anh ấy đã đi cai nghiện."),
    ("She went into rehab last month.", "Tháng trước cô ấy đã vào trại cai nghiện."),
    ("He's going to rehab next week.", "Tuần sau anh ấy sẽ đi cai nghiện."),
    ("He needs to go to rehab.", "Anh ấy cần đi cai nghiện."),
    ("He just got out of rehab.", "Anh ấy vừa ra trại cai nghiện."),
    ("He's been in rehab for three months.", "Anh ấy đi cai nghiện được ba tháng rồi."),
    ("She's been sober for two years.", "Cô ấy bỏ rượu được hai năm rồi."),
    ("He's been clean for six months.", "Anh ấy cai nghiện được sáu tháng rồi."),
    ("I've been sober for a year.", "Tôi bỏ rượu được một năm rồi."),
    # v8: "Anh ta đang cố đánh bạc." (trying to gamble), "Cô ấy khá nhìn chằm vào năm ngoái.", "Tôi đã uống cà phê."
    # (drank it), "Bạn nên uống cà phê." (should drink it), "Anh ấy có khá thuốc."
    ("He's trying to quit gambling.", "Anh ấy đang cố bỏ cờ bạc."),
    ("She quit gambling last year.", "Năm ngoái cô ấy đã bỏ cờ bạc."),
    ("I've given up coffee.", "Tôi đã bỏ cà phê rồi."),
    ("You should give up coffee.", "Bạn nên bỏ cà phê."),
    ("He has quit drugs.", "Anh ấy đã bỏ ma túy rồi."),
    ("He stopped gambling.", "Anh ấy đã bỏ cờ bạc."),
    # not: "is", "has", "needs" not agreeing, an alcoholic said of more than one, "a" before a vowel, a span's "s"
    # not agreeing, "I quit …" (now, or done?), games and phones (mt/games.py, mt/screen_time.py), giving up drink
    # (mt/smoking.py), "sober" alone (mt/hangovers.py), asked in the past, "a drinking problem"
    ("He are addicted to drugs.", None), ("They're alcoholics.", None), ("We are an alcoholic.", None),
    ("He's a alcoholic.", None), ("He need to go to rehab.", None), ("He have quit drugs.", None),
    ("He's been clean for a years.", None), ("He's been clean for two year.", None), ("I quit gambling.", None),
    ("My son is addicted to video games.", None), ("She is addicted to her phone.", None),
    ("He's trying to give up drinking.", None), ("I'm sober.", None), ("Was he addicted to drugs?", None),
    ("He has a drinking problem.", None), ("He's going to rehab last week.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_are_not_taken():
    assert translate("Anh ấy nghiện rượu.", "en", "vi") is None
    assert translate("He's an alcoholic.", "vi", "en") is None
    assert translate("He's an alcoholic.", "en", "fr") is None
