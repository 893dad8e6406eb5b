"""Shaving and growing: forgetting to shave, having to, a beard shaved off or grown, hair grown long, and a razor, both
ways (mt/shaving.py)."""
import pytest

from mt.shaving import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I forgot to shame.", "I forget shaving today.", "Did you forget the shady?", "He forgot to shame."
    ("Tôi quên cạo râu.", "I forgot to shave."),
    ("Hôm nay tôi quên cạo râu.", "I forgot to shave today."),
    ("Tôi quên cạo râu sáng nay.", "I forgot to shave this morning."),
    ("Hôm qua, bố tôi quên cạo râu.", "My father forgot to shave yesterday."),
    ("Anh ấy quên cạo râu rồi.", "He forgot to shave."),
    ("Hùng quên cạo râu.", "Hung forgot to shave."),
    ("Bạn quên cạo râu à?", "Did you forget to shave?"),
    ("Bạn có quên cạo râu không?", "Did you forget to shave?"),
    ("Anh quên cạo râu à?", "Did you forget to shave?"),
    ("Anh ấy thỉnh thoảng quên cạo râu.", "He sometimes forgets to shave."),
    ("Chồng tôi không bao giờ quên cạo râu.", "My husband never forgets to shave."),
    # v8: "I'm shaving.", "He shaved each morning."
    ("Tôi phải cạo râu.", "I have to shave."),
    ("Anh ấy phải cạo râu mỗi sáng.", "He has to shave every morning."),
    ("Chồng tôi phải cạo râu mỗi ngày.", "My husband has to shave every day."),
    ("Bạn có phải cạo râu không?", "Do you have to shave?"),
    ("Tôi không phải cạo râu.", "I don't have to shave."),
    # v8: "He is shaving.", "He has been shaving.", "I'm shaving.", "My husband shaved the edge."
    ("Anh ấy cạo hết râu rồi.", "He's shaved his beard off."),
    ("Anh ấy đã cạo sạch râu.", "He shaved his beard off."),
    ("Bố tôi vừa cạo hết râu.", "My father has just shaved his beard off."),
    ("Chồng tôi cạo ria mép rồi.", "My husband has shaved his moustache off."),
    ("Chúng tôi cạo hết râu rồi.", "We've shaved our beards off."),
    ("Tuấn cạo sạch râu rồi.", "Tuan has shaved his beard off."),
    ("Tôi muốn cạo sạch râu.", "I want to shave my beard off."),
    ("Bố tôi định cạo hết ria mép.", "My father is going to shave his moustache off."),
    ("Anh ấy cạo hết râu chưa?", "Has he shaved his beard off yet?"),
    ("Anh ấy cạo hết râu rồi à?", "Has he shaved his beard off?"),
    ("Bạn cạo sạch râu à?", "Did you shave your beard off?"),
    # v8: "He's feeding.", "He wanted to leave.", "He started to get a story.", "I'm going to be slighted."
    ("Anh ấy đang nuôi râu.", "He's growing a beard."),
    ("Chồng tôi đang để râu.", "My husband is growing a beard."),
    ("Anh ấy muốn để râu.", "He wants to grow a beard."),
    ("Anh ấy bắt đầu để râu.", "He's started growing a beard."),
    ("Bạn tôi đã bắt đầu để râu rồi.", "My friend has started growing a beard."),
    ("Tôi định để ria mép.", "I'm going to grow a moustache."),
    ("Chúng tôi đang để râu.", "We're growing beards."),
    ("Bạn có đang để râu không?", "Are you growing a beard?"),
    ("Bạn có muốn để râu không?", "Do you want to grow a beard?"),
    ("Anh ấy đang nuôi râu à?", "Is he growing a beard?"),
    # v8: "I'm putting long hair.", "I'm getting hair.", "My daughter is long-term hair.", "Are you peting hair?"
    ("Tôi đang để tóc dài.", "I'm growing my hair long."),
    ("Tôi đang nuôi tóc.", "I'm growing my hair out."),
    ("Con gái tôi đang nuôi tóc dài.", "My daughter is growing her hair long."),
    ("Cô ấy muốn để tóc dài.", "She wants to grow her hair long."),
    ("Mẹ tôi đang để tóc dài.", "My mother is growing her hair long."),
    ("Anh ấy định nuôi tóc dài.", "He's going to grow his hair long."),
    ("Bạn đang nuôi tóc à?", "Are you growing your hair out?"),
    # v8: "I need a new shavor.", "I need to buy shads.", "Are you shaving?", "My shaving skin has been squiring.",
    # "I forgot to carry shaving.", "He used electric shaving."
    ("Tôi cần dao cạo mới.", "I need a new razor."),
    ("Tôi cần mua dao cạo.", "I need to buy a razor."),
    ("Bố tôi muốn mua máy cạo râu mới.", "My father wants to buy a new electric shaver."),
    ("Bạn có dao cạo không?", "Do you have a razor?"),
    ("Tôi không có dao cạo.", "I don't have a razor."),
    ("Anh ấy dùng dao cạo điện.", "He uses an electric razor."),
    ("Bạn có dùng dao cạo điện không?", "Do you use an electric razor?"),
    ("Tôi quên mang dao cạo.", "I forgot to bring my razor."),
    ("Anh ấy quên mang theo dao cạo.", "He forgot to bring his razor."),
    ("Hôm qua tôi quên mang dao cạo.", "I forgot to bring my razor yesterday."),
    ("Chồng tôi quên mang máy cạo râu hôm qua.", "My husband forgot to bring his electric shaver yesterday."),
    ("Sáng nay anh ấy quên mang theo dao cạo điện.", "He forgot to bring his electric razor this morning."),
    ("Tôi quên mang một cái dao cạo.", "I forgot to bring a razor."),
    ("Tôi quên mang 1 dao cạo mới.", "I forgot to bring a new razor."),
    ("Chúng tôi quên mang dao cạo.", "We forgot to bring our razors."),
    ("Họ quên mang dao cạo điện.", "They forgot to bring their electric razors."),
    ("Dao cạo của tôi bị cùn rồi.", "My razor is blunt."),
    ("Dao cạo của bố tôi cùn rồi.", "My father's razor is blunt."),
    # not: shaving done, now, needed, every morning (mt/makeup.py), a beard had (mt/features.py), a plain verb (a
    # habit, or looks?), a woman with a beard, a name that may be a woman's ("Minh"), a name alone's hair (his or
    # hers?), "anh" saying it, asked of oneself, "có … không?" shaving off (when?), a "?" on a statement, a head or
    # legs shaved, a pet, nonsense
    ("Anh ấy cạo râu rồi.", None), ("Bạn cạo râu chưa?", None), ("Tôi đang cạo râu.", None),
    ("Anh ấy cạo râu mỗi ngày.", None), ("Anh ấy có để râu không?", None), ("Anh ấy để râu.", None),
    ("Anh ấy nuôi râu.", None), ("Anh ấy để tóc dài.", None), ("Anh ấy cạo ria mép.", None),
    ("Mẹ tôi quên cạo râu.", None), ("Lan quên cạo râu.", None), ("Minh quên cạo râu.", None),
    ("Chị ấy đang để râu.", None),
    ("Mẹ tôi phải cạo râu.", None), ("Chị quên cạo râu à?", None), ("Lan đang nuôi tóc.", None),
    ("Anh quên cạo râu.", None), ("Tôi quên cạo râu à?", None), ("Tôi quên cạo râu?", None),
    ("Anh ấy có cạo hết râu không?", None), ("Anh ấy cạo trọc đầu.", None), ("Cô ấy cạo lông chân.", None),
    ("Con chó của tôi cạo hết râu.", None), ("Anh ấy không quên cạo râu.", None), ("Lan quên mang dao cạo.", None),
    ("Dao cạo của tôi bị cùn à?", None), ("Anh ấy bắt đầu để râu à?", None), ("Tôi muốn dao cạo.", None),
    ("Bạn không có dao cạo không?", None), ("I forgot to shave.", None), ("Râu ria lởm chởm quá.", None),
    ("1 dao cạo của tôi bị cùn.", None),  # (one of my razors)
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi quên xấu hổ.", "Bạn có quên xấu hổ không?"
    ("I forgot to shave.", "Tôi quên cạo râu."),
    ("He forgot to shave this morning.", "Sáng nay anh ấy quên cạo râu."),
    ("My father forgot to shave yesterday.", "Hôm qua bố tôi quên cạo râu."),
    ("John forgot to shave.", "John quên cạo râu."),
    ("Did you forget to shave?", "Bạn có quên cạo râu không?"),
    ("He often forgets to shave.", "Anh ấy hay quên cạo râu."),
    ("I never forget to shave.", "Tôi không bao giờ quên cạo râu."),
    # v8: "Tôi phải xấu hổ.", "Anh ta phải shave mỗi buổi sáng."
    ("I have to shave.", "Tôi phải cạo râu."),
    ("He has to shave every morning.", "Anh ấy phải cạo râu mỗi sáng."),
    ("Does your husband have to shave?", "Chồng bạn có phải cạo râu không?"),
    ("He doesn't have to shave.", "Anh ấy không phải cạo râu."),
    ("We have to shave every day.", "Chúng tôi phải cạo râu mỗi ngày."),
    # v8: "Anh ấy đã xấu hổ.", "Anh ấy róc ra khỏi băng ghế.", "Anh ấy rót ra sân của mình.", "Cha tôi đã xấu hổ vì
    # đau khổ của mình."
    ("He's shaved.", "Anh ấy cạo râu rồi."),
    ("I've just shaved.", "Tôi vừa cạo râu."),
    ("He shaved his beard off.", "Anh ấy đã cạo sạch râu."),
    ("He shaved off his beard.", "Anh ấy đã cạo sạch râu."),
    ("He's shaved his beard off.", "Anh ấy cạo sạch râu rồi."),
    ("My father has shaved off his moustache.", "Bố tôi cạo sạch ria mép rồi."),
    ("I just shaved my beard off.", "Tôi vừa cạo sạch râu."),
    ("We shaved our beards off.", "Chúng tôi đã cạo sạch râu."),
    ("He wants to shave his beard off.", "Anh ấy muốn cạo sạch râu."),
    ("He's going to shave off his moustache.", "Anh ấy định cạo sạch ria mép."),
    # v8: "Anh ta đang phát triển một chiếc ghế.", "Anh ấy muốn phát triển một bia.", "Anh ấy đang phát triển một
    # ngườioustache."
    ("He's growing a beard.", "Anh ấy đang để râu."),
    ("My husband is growing a beard.", "Chồng tôi đang để râu."),
    ("He's growing a moustache.", "Anh ấy đang để ria mép."),
    ("He wants to grow a beard.", "Anh ấy muốn để râu."),
    ("I'm going to grow a beard.", "Tôi định để râu."),
    ("He started growing a beard.", "Anh ấy đã bắt đầu để râu."),
    ("He's started growing a beard.", "Anh ấy đã bắt đầu để râu."),
    ("We're growing beards.", "Chúng tôi đang để râu."),
    ("Is he growing a beard?", "Anh ấy có đang để râu không?"),
    ("Does he want to grow a beard?", "Anh ấy có muốn để râu không?"),
    # v8: "Tôi đang mọc tóc dài.", "Tôi đang mọc tóc ra.", "Cô ấy muốn mọc tóc dài.", "Bạn có đang mọc tóc không?"
    ("I'm growing my hair long.", "Tôi đang để tóc dài."),
    ("I'm growing my hair out.", "Tôi đang nuôi tóc."),
    ("She wants to grow her hair long.", "Cô ấy muốn để tóc dài."),
    ("My daughter is growing her hair long.", "Con gái tôi đang để tóc dài."),
    ("Are you growing your hair?", "Bạn có đang nuôi tóc không?"),
    ("Are you going to grow your hair long?", "Bạn có định để tóc dài không?"),
    # v8: "Tôi cần một chiếc mưa mới.", "Bạn có mưa không?", "Món của tôi bị giòn.", "Tôi quên chiếc mưa của tôi.",
    # "Anh ta sử dụng máy chạy điện."
    ("I need a new razor.", "Tôi cần dao cạo mới."),
    ("She needs to buy a new razor.", "Cô ấy cần mua dao cạo mới."),
    ("He wants to buy an electric shaver.", "Anh ấy muốn mua máy cạo râu."),
    ("Do you have a razor?", "Bạn có dao cạo không?"),
    ("I don't have a razor.", "Tôi không có dao cạo."),
    ("Do you need a razor?", "Bạn có cần dao cạo không?"),
    ("He uses an electric razor.", "Anh ấy dùng dao cạo điện."),
    ("I forgot my razor.", "Tôi quên mang dao cạo."),
    ("I forgot to bring my razor.", "Tôi quên mang dao cạo."),
    ("My razor is blunt.", "Dao cạo của tôi bị cùn rồi."),
    ("My father's razor is dull.", "Dao cạo của bố tôi bị cùn rồi."),
    # not: a woman shaving (her legs?) or with a beard, a name whose sex is not known, the verb not agreeing, another's
    # beard or hair or razor, asked of oneself, a plain "shave" (makeup's), a head shaved, a beard had (features')
    ("She forgot to shave.", None), ("My wife forgot to shave.", None), ("Minh forgot to shave.", None),
    ("She has to shave.", None), ("She shaved off her beard.", None), ("My wife is growing a beard.", None),
    ("He forget to shave.", None), ("He forgets to shave.", None), ("He have to shave.", None),
    ("He are growing a beard.", None), ("He's growing beards.", None), ("He shaved my beard off.", None),
    ("She is growing his hair long.", None), ("I forgot your razor.", None), ("Did I forget to shave?", None),
    ("He want to buy a razor.", None), ("I want a razor.", None), ("He shaved.", None),
    ("He shaves every day.", None), ("He shaved his head.", None), ("He has a beard.", None),
    ("Is my razor blunt?", None), ("Do you grow a beard?", None), ("Tôi quên cạo râu.", None),
    ("Razor blades everywhere.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
