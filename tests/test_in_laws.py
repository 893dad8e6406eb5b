"""The family by marriage: parents-in-law, the husband's or wife's family, a daughter- or son-in-law, what they are
like, living and getting on with them, their liking someone, and visiting them, both ways (mt/in_laws.py)."""
import pytest

from mt.in_laws import translate


@pytest.mark.parametrize("text, said", [
    # v8: "My husband is very difficult to calculate.", "She was very hard.", "I'm very happy.", "Her husband was
    # very strict."
    ("Mẹ chồng tôi khó tính lắm.", "My mother-in-law is very hard to please."),
    ("Mẹ chồng tôi khó tính lắm!", "My mother-in-law is very hard to please!"),
    ("Con dâu bà ấy rất chăm chỉ.", "Her daughter-in-law is very hard-working."),
    ("Con rể tôi rất hiền.", "My son-in-law is very gentle."),
    ("Bố chồng cô ấy rất nghiêm khắc.", "Her father-in-law is very strict."),
    ("Bố mẹ vợ anh ấy rất tốt bụng.", "His parents-in-law are very kind."),
    ("Mẹ vợ của Minh hơi nóng tính.", "Minh's mother-in-law is a bit hot-tempered."),
    ("Mẹ chồng bạn có khó tính không?", "Is your mother-in-law hard to please?"),
    ("Mẹ chồng tôi không khó tính lắm.", "My mother-in-law isn't very hard to please."),
    ("Nhà chồng tôi rất thân thiện.", "My husband's family is very friendly."),
    ("Anh rể tôi rất hài hước.", "My brother-in-law is very funny."),
    ("Ba chồng mình khá kiên nhẫn.", "My father-in-law is quite patient."),
    # v8: "I live with my parents.", "She lives with my husband."
    ("Tôi sống chung với bố mẹ chồng.", "I live with my parents-in-law."),
    ("Chúng tôi sống chung với bố mẹ chồng.", "We live with my husband's parents."),
    ("Chị tôi sống với nhà chồng.", "My sister lives with her husband's family."),
    ("Mẹ tôi sống với con dâu.", "My mother lives with her daughter-in-law."),
    ("Anh trai tôi sống chung với bố mẹ vợ.", "My brother lives with his parents-in-law."),
    ("Anh ấy từng sống với bố mẹ vợ.", "He used to live with his parents-in-law."),
    ("Tôi không sống chung với bố mẹ chồng.", "I don't live with my parents-in-law."),
    ("Chị ấy vẫn sống chung với mẹ chồng.", "She still lives with her mother-in-law."),
    ("Bạn còn sống chung với bố mẹ chồng không?", "Do you still live with your parents-in-law?"),
    ("Bạn có ở chung với bố mẹ vợ không?", "Do you live with your parents-in-law?"),
    ("Tôi còn sống với bố mẹ chồng.", "I still live with my parents-in-law."),
    # v8: "Do you deal with your husband?", "He doesn't fit his wife."
    ("Bạn có hợp với mẹ chồng không?", "Do you get on with your mother-in-law?"),
    ("Anh ấy không hợp với mẹ vợ.", "He doesn't get on with his mother-in-law."),
    ("Tôi rất hợp với bố vợ.", "I get on very well with my father-in-law."),
    ("Tôi không hợp với mẹ chồng lắm.", "I don't get on very well with my mother-in-law."),
    ("Mẹ tôi hợp tính với con dâu.", "My mother gets on with her daughter-in-law."),
    # v8: "My wife is very precious."
    ("Bố vợ tôi rất quý tôi.", "My father-in-law really likes me."),
    ("Mẹ chồng bạn có quý bạn không?", "Does your mother-in-law like you?"),
    ("Mẹ chồng cô ấy không thương cô ấy.", "Her mother-in-law doesn't love her."),
    ("Bố vợ anh ấy quý anh ấy lắm.", "His father-in-law really likes him."),
    ("Bố mẹ chồng tôi rất thương chúng tôi.", "My parents-in-law really love us."),
    ("Mẹ chồng tôi không quý tôi lắm.", "My mother-in-law doesn't like me very much."),
    # v8: "This Tet we go home for Tet.", "This weekend, I'll visit my parents.", "Yesterday, we visited my parents."
    ("Tết này chúng tôi về nhà vợ.", "We're going to my wife's family for Tet this year."),
    ("Cuối tuần này tôi đi thăm bố mẹ vợ.", "I'm visiting my parents-in-law this weekend."),
    ("Hôm qua chúng tôi đi thăm bố mẹ chồng.", "We visited my husband's parents yesterday."),
    ("Hôm qua bạn có đi thăm bố mẹ chồng không?", "Did you visit your parents-in-law yesterday?"),
    ("Tết này tôi về nhà chồng ăn Tết.", "I'm going to my husband's family for Tet this year."),
    ("Ngày mai bạn có về thăm bố mẹ vợ không?", "Are you visiting your parents-in-law tomorrow?"),
    ("Tuần sau chúng tôi sẽ về nhà vợ.", "We're going to my wife's family next week."),
    ("Cuối tuần này tôi không đi thăm bố mẹ chồng.", "I'm not visiting my parents-in-law this weekend."),
    ("Chị tôi đi thăm mẹ chồng tuần trước.", "My sister visited her mother-in-law last week."),
    ("Tết này tôi về thăm bố mẹ vợ.", "I'm visiting my parents-in-law for Tet this year."),
    # not: an in-law with no whose as who, "về nhà chồng" without "ăn Tết" (a bride marrying), "anh ấy" with a
    # husband's kin, a name, "họ" with a side (whose spouse?), a visit with no day or today's (planned or done?),
    # "ở với" (staying?), a pet, a "?" on a statement, "nhỉ", kin not by marriage (mt/traits.py's), both "rất" and
    # "lắm", "có" with no "không", looks of "nhà chồng" (the house?), "I" asked, a past day with "sẽ"
    ("Mẹ chồng khó tính lắm.", None), ("Tôi về nhà chồng.", None), ("Tháng sau con gái tôi về nhà chồng.", None),
    ("Anh ấy sống với bố mẹ chồng.", None), ("Lan sống với mẹ chồng.", None), ("Họ sống chung với bố mẹ vợ.", None),
    ("Tôi đi thăm bố mẹ vợ.", None), ("Hôm nay tôi đi thăm bố mẹ chồng.", None), ("Tôi ở với mẹ chồng.", None),
    ("Con mèo của tôi sống với mẹ chồng.", None), ("Mẹ chồng tôi khó tính lắm?", None),
    ("Mẹ chồng tôi khó tính lắm nhỉ.", None), ("Chồng tôi rất khó tính.", None),
    ("Mẹ chồng tôi rất khó tính lắm.", None), ("Bạn có hợp với mẹ chồng?", None),
    ("Nhà chồng tôi rất dễ thương.", None), ("Tôi có hợp với mẹ chồng không?", None),
    ("Hôm qua tôi sẽ đi thăm bố mẹ vợ.", None), ("Anh sống chung với bố mẹ vợ.", None),
    ("Tết này tôi về nhà chồng.", None), ("Bạn vẫn sống với bố mẹ chồng không?", None),
    ("My husband's mother is very strict.", None),
    # "dễ thương" of a grown-up in-law is lovely, not cute (mt.traits' word); a child's words ("ngoan": well-behaved,
    # "nghịch ngợm": naughty) are left
    ("Mẹ chồng tôi rất dễ thương.", "My mother-in-law is very lovely."),
    ("Con dâu tôi rất dễ thương.", "My daughter-in-law is very lovely."),
    ("Gia đình chồng tôi rất dễ thương.", "My husband's family is very lovely."),
    ("Con dâu tôi rất ngoan.", None), ("Con rể tôi rất nghịch ngợm.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Mẹ chồng của tôi rất nghiêm khắc." (right), "Đứa con gái của cô ấy rất khó làm.", "Con trai tôi-law rất
    # tốt."
    ("My husband's mother is very strict.", "Mẹ chồng tôi rất nghiêm khắc."),
    ("Her daughter-in-law is very hard-working.", "Con dâu cô ấy rất chăm chỉ."),
    ("My son-in-law is very kind.", "Con rể tôi rất tốt bụng."),
    ("Is your son-in-law kind?", "Con rể bạn có tốt bụng không?"),
    ("His wife's parents aren't very strict.", "Bố mẹ vợ anh ấy không nghiêm khắc lắm."),
    ("My husband's family is so friendly!", "Nhà chồng tôi thân thiện quá!"),
    ("Is your husband's mother hard to please?", "Mẹ chồng bạn có khó tính không?"),
    # v8: "Tôi sống với bố mẹ của chồng tôi."
    ("I live with my husband's parents.", "Tôi sống chung với bố mẹ chồng."),
    ("We live with my husband's parents.", "Chúng tôi sống chung với bố mẹ chồng."),
    ("Do you still live with your wife's parents?", "Bạn còn sống chung với bố mẹ vợ không?"),
    ("She doesn't live with her husband's parents.", "Cô ấy không sống chung với bố mẹ chồng."),
    ("My mother lives with her daughter-in-law.", "Mẹ tôi sống chung với con dâu."),
    ("I live with her husband's parents.", "Tôi sống chung với bố mẹ chồng cô ấy."),
    # v8: "Bạn có tiếp tục với mẹ của chồng mình không?", "Anh ấy không thể tiếp tục với bố của vợ."
    ("Do you get on with your husband's mother?", "Bạn có hợp với mẹ chồng không?"),
    ("He doesn't get on with his wife's father.", "Anh ấy không hợp với bố vợ."),
    ("I get on very well with my wife's father.", "Tôi rất hợp với bố vợ."),
    ("She doesn't get on very well with her daughter-in-law.", "Cô ấy không hợp với con dâu lắm."),
    ("Lan gets along with her husband's family.", "Lan hợp với nhà chồng."),
    # v8: "Cha tôi thực sự thích tôi." (my father)
    ("My wife's father really likes me.", "Bố vợ tôi rất quý tôi."),
    ("Does your husband's mother like you?", "Mẹ chồng bạn có quý bạn không?"),
    ("Her daughter-in-law doesn't like her.", "Con dâu cô ấy không quý cô ấy."),
    ("My husband's mother hates me.", "Mẹ chồng tôi ghét tôi."),
    # v8: "Chúng tôi sẽ đến gia đình vợ của tôi trong Tết năm nay.", "Tôi đang viếng thăm bố mẹ mình cuối tuần này."
    ("We're going to my wife's family for Tet this year.", "Tết này chúng tôi về nhà vợ ăn Tết."),
    ("I'm visiting my wife's parents this weekend.", "Cuối tuần này tôi đi thăm bố mẹ vợ."),
    ("Did you visit your husband's parents yesterday?", "Hôm qua bạn có đi thăm bố mẹ chồng không?"),
    ("I visited my wife's parents last weekend.", "Cuối tuần trước tôi đi thăm bố mẹ vợ."),
    ("We went to my wife's family last week.", "Tuần trước chúng tôi về nhà vợ."),
    ("Are you going to your husband's family for Tet?", "Tết này bạn có về nhà chồng ăn Tết không?"),
    ("I'm going to my husband's family next week.", "Tuần sau tôi về thăm nhà chồng."),
    ("Is your mother visiting her daughter-in-law tomorrow?", "Ngày mai mẹ bạn có đi thăm con dâu không?"),
    # not: "mother-in-law", "parents-in-law", "in-laws", "brother-in-law" (whose husband or wife?), the verb not
    # agreeing, "our husband's", a day of the wrong way, "going to" parents (visiting, or towards them?), no day, a
    # "?" on a statement, the other language
    ("My mother-in-law is very strict.", None), ("I live with my parents-in-law.", None),
    ("We're visiting my in-laws tomorrow.", None), ("My brother-in-law is very funny.", None),
    ("She live with her husband's parents.", None), ("My husband's parents is strict.", None),
    ("We live with our husband's parents.", None), ("I'm visiting my wife's parents yesterday.", None),
    ("I visited my wife's parents tomorrow.", None), ("I'm going to my wife's parents tomorrow.", None),
    ("I'm visiting my wife's parents.", None), ("My husband's mother is very strict?", None),
    ("My husband's mother like me.", None), ("Mẹ chồng tôi khó tính lắm.", None), ("My husband is very strict.", None),
    ("Lan's husband's mother is strict.", None), ("I didn't visit my wife's parents yesterday.", None),
    # looks of the husband's family ("Nhà chồng tôi xinh đẹp.": the house?), "our husband's", "their husband's" (one
    # person's husband, "họ" many)
    ("My husband's family is beautiful.", None), ("Your husband's family is so lovely!", None),
    ("My husband's family is cute.", None), ("Our husband's mother is strict.", None),
    ("Our husband's mother likes us.", None), ("Their husband's mother is strict.", None),
    ("They live with their husband's parents.", None), ("They're visiting their husband's parents tomorrow.", None),
    ("Do they get on with their wife's family?", None),
    ("Their son-in-law is lazy.", "Con rể họ lười."), ("They live with their son-in-law.", "Họ sống chung với con rể."),
    ("My son-in-law is well-behaved.", "Con rể tôi ngoan."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
