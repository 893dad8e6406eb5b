"""Crushes and confessing love: who confessed their feelings, has a crush, turned someone down or said yes, or asked
someone out, both ways (mt/crushes.py)."""
import pytest

from mt.crushes import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He told me.", "Yesterday, he expressed intelligence with me.", "I'm going to show her.", "Have you told her
    # yet?", "My brother has been shown to Land."
    ("Anh ấy tỏ tình với tôi.", "He confessed his feelings to me."),
    ("Hôm qua anh ấy tỏ tình với tôi.", "He confessed his feelings to me yesterday."),
    ("Anh Minh tỏ tình với chị Lan tuần trước.", "Minh confessed his feelings to Lan last week."),
    ("Anh trai tôi vừa tỏ tình với Lan.", "My brother just confessed his feelings to Lan."),
    ("Anh ấy tỏ tình với tôi rồi.", "He has already confessed his feelings to me."),
    ("Anh ấy đã tỏ tình.", "He confessed his feelings."),
    ("Tôi chưa tỏ tình với cô ấy.", "I haven't confessed my feelings to her yet."),
    ("Tôi vẫn chưa tỏ tình với cô ấy.", "I still haven't confessed my feelings to her."),
    ("Bạn đã tỏ tình với cô ấy chưa?", "Have you confessed your feelings to her yet?"),
    ("Bạn đã tỏ tình với ai chưa?", "Have you confessed your feelings to anyone yet?"),
    ("Anh ấy tỏ tình với bạn à?", "Did he confess his feelings to you?"),
    ("Tôi định tỏ tình với cô ấy.", "I'm going to tell her how I feel."),
    ("Tôi sắp tỏ tình với cô ấy.", "I'm about to tell her how I feel."),
    ("Mẹ tôi muốn tỏ tình với bố tôi.", "My mother wants to tell my father how she feels."),
    ("Bạn có định tỏ tình với cô ấy không?", "Are you going to tell her how you feel?"),
    ("Bạn có muốn tỏ tình với anh ấy không?", "Do you want to tell him how you feel?"),
    ("Chị ấy định tỏ tình với anh ấy.", "She's going to tell him how she feels."),
    # v8: "I whispered to like her.", "I felt his sun.", "Are you whispering?", "He whispered to Minh."
    ("Tôi thầm thích cô ấy.", "I have a crush on her."),
    ("Tôi cảm nắng anh ấy.", "I have a crush on him."),
    ("Lan thầm thích Minh.", "Lan has a crush on Minh."),
    ("Em gái tôi thích thầm bạn thân tôi.", "My sister has a crush on my best friend."),
    ("Tôi thầm thích ai đó.", "I have a crush on someone."),
    ("Bạn đang thầm thích ai à?", "Do you have a crush on someone?"),
    ("Bạn đang thích thầm ai à?", "Do you have a crush on someone?"),
    ("Bạn có thầm thích ai không?", "Do you have a crush on anyone?"),
    ("Bạn thầm thích ai?", "Who do you have a crush on?"),
    ("Anh ấy có thầm thích tôi không?", "Does he have a crush on me?"),
    ("Anh ấy thầm thích tôi à?", "Does he have a crush on me?"),
    ("Tôi từng thầm thích anh ấy.", "I used to have a crush on him."),
    ("Cô ấy vẫn thầm thích anh ấy.", "She still has a crush on him."),
    ("Tôi không thầm thích anh ấy.", "I don't have a crush on him."),
    ("Tôi không còn thầm thích anh ấy nữa.", "I don't have a crush on him any more."),
    ("Tôi đã thầm thích cô ấy từ lâu rồi.", "I have had a crush on her for a long time."),
    ("Tôi không thầm thích ai đó.", "I don't have a crush on anyone."),
    ("Anh ấy không thầm thích ai đó.", "He doesn't have a crush on anyone."),
    ("Tôi không còn thầm thích ai đó nữa.", "I don't have a crush on anyone any more."),
    ("Cô ấy thầm yêu anh ấy.", "She's secretly in love with him."),
    ("Cô ấy yêu thầm anh ấy lâu rồi.", "She's been secretly in love with him for a long time."),
    # v8: "She declined to tell his passion.", "She received his passion."
    ("Cô ấy từ chối lời tỏ tình của anh ấy.", "She turned him down."),
    ("Lan vừa từ chối lời tỏ tình của Minh.", "Lan just turned Minh down."),
    ("Cô ấy từ chối lời tỏ tình của anh ấy à?", "Did she turn him down?"),
    ("Cô ấy nhận lời tỏ tình của anh ấy.", "She said yes to him."),
    ("Cô ấy chấp nhận lời tỏ tình của Minh.", "She said yes to Minh."),
    ("Hôm qua cô ấy đồng ý lời tỏ tình của anh ấy.", "She said yes to him yesterday."),
    ("Cô ấy đã nhận lời tỏ tình của anh ấy chưa?", "Has she said yes to him yet?"),
    # v8: "He invited me to date.", "I want to lift her appointment."
    ("Anh ấy mời tôi đi hẹn hò.", "He asked me out."),
    ("Anh ấy rủ tôi đi hẹn hò hôm qua.", "He asked me out yesterday."),
    ("Tôi muốn rủ cô ấy đi hẹn hò.", "I want to ask her out."),
    ("Anh ấy đã rủ bạn đi hẹn hò chưa?", "Has he asked you out yet?"),
    ("Bạn có định rủ cô ấy đi hẹn hò không?", "Are you going to ask her out?"),
    # a spouse or partner asks the other out on a date (not "out": they are together already)
    ("Chồng tôi mời tôi đi hẹn hò.", "My husband asked me out on a date."),
    ("Bạn trai tôi rủ tôi đi hẹn hò.", "My boyfriend asked me out on a date."),
    ("Tôi muốn rủ chồng tôi đi hẹn hò.", "I want to ask my husband out on a date."),
    # not: whose feelings not known (a name alone, he or she?), "thích ai" (liking, or a crush?), sunstroke ("bị cảm
    # nắng", "cảm nắng" without whom), out with friends ("đi chơi"), "đồng ý" alone, "có … không?" of a thing done (did,
    # or will?), asked of oneself, "?" without asking words, a day ahead, a pet, "anh", "em" alone, "ai" said, "đã" and
    # a crush (had, or has had?), one's own confession, "từ chối" without "tỏ tình", each other, two confessing
    ("Minh tỏ tình với Lan.", None), ("Bạn có thích ai không?", None), ("Tôi bị cảm nắng.", None),
    ("Anh ấy cảm nắng rồi.", None), ("Anh ấy rủ tôi đi chơi.", None), ("Cô ấy đồng ý rồi.", None),
    ("Anh ấy có tỏ tình với bạn không?", None), ("Anh ấy có rủ bạn đi hẹn hò không?", None),
    ("Tôi có thầm thích anh ấy không?", None), ("Cô ấy thầm thích anh ấy?", None), ("Bạn có thầm thích ai?", None),
    ("Ngày mai anh ấy tỏ tình với tôi.", None), ("Con mèo của tôi thầm thích con chó của bạn.", None),
    ("Tôi thầm thích con mèo của bạn.", None), ("Anh thầm thích em.", None), ("Tôi thầm thích ai.", None),
    ("Tôi đã thầm thích cô ấy.", None), ("Tôi từ chối lời tỏ tình của tôi.", None), ("Cô ấy từ chối anh ấy.", None),
    ("Cô ấy từ chối lời mời của anh ấy.", None), ("Họ tỏ tình với nhau.", None), ("Tôi tỏ tình với tôi.", None),
    ("Anh ấy muốn tỏ tình.", None), ("Cô ấy thầm thích anh ấy không?", None), ("Bạn tỏ tình với ai?", None),
    ("Họ tỏ tình với tôi.", None), ("Bạn tôi tỏ tình với tôi.", None), ("I have a crush on her.", None),
    # not: asking out with a group ("asked us out": a social invitation), confessing to several or by several, "em
    # tôi" (a younger brother or sister?), "nhỉ" on a statement (… didn't he?)
    ("Anh ấy mời chúng tôi đi hẹn hò.", None), ("Anh ấy mời họ đi hẹn hò.", None), ("Họ rủ tôi đi hẹn hò.", None),
    ("Anh ấy tỏ tình với họ.", None), ("Anh ấy tỏ tình với chúng tôi.", None),
    ("Cô ấy từ chối lời tỏ tình của họ.", None), ("Anh ấy tỏ tình với em tôi.", None),
    ("Anh ấy thầm thích em tôi.", None),
    ("Cô ấy từ chối lời tỏ tình của em tôi.", None), ("Anh ấy tỏ tình với tôi nhỉ.", None),
    ("Anh ấy mời tôi đi hẹn hò rồi nhỉ.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy kết hôn cảm xúc của anh ấy với tôi." (married), "Minh phù hợp với cảm xúc của mình với Lan hôm qua.",
    # "Tôi sẽ nói cho cô biết tôi cảm thấy như thế nào.", "Anh ấy đã kết hợp cảm xúc của anh ấy với bạn chưa?"
    ("He confessed his feelings to me.", "Anh ấy đã tỏ tình với tôi."),
    ("Minh confessed his feelings to Lan yesterday.", "Hôm qua Minh tỏ tình với Lan."),
    ("He has already confessed his love to her.", "Anh ấy đã tỏ tình với cô ấy rồi."),
    ("Has he confessed his feelings to you yet?", "Anh ấy đã tỏ tình với bạn chưa?"),
    ("He hasn't confessed his feelings to her yet.", "Anh ấy chưa tỏ tình với cô ấy."),
    ("I'm going to tell her how I feel.", "Tôi định tỏ tình với cô ấy."),
    ("My brother wants to tell her how he feels.", "Anh trai tôi muốn tỏ tình với cô ấy."),
    ("Do you want to tell him how you feel?", "Bạn có muốn tỏ tình với anh ấy không?"),
    ("He confessed his feelings to her.", "Anh ấy đã tỏ tình với cô ấy."),
    ("I'm going to tell Lan how I feel.", "Tôi định tỏ tình với Lan."),
    ("Lan wants to tell him how she feels.", "Lan muốn tỏ tình với anh ấy."),
    ("Are you going to tell her how you feel?", "Bạn có định tỏ tình với cô ấy không?"),
    # "Did …?" as "đã … chưa?" ("có … không?" reads as "Do you …", "Will you …")
    ("Did you confess your feelings to her?", "Bạn đã tỏ tình với cô ấy chưa?"),
    ("Did he confess his love?", "Anh ấy đã tỏ tình chưa?"),
    ("Did she confess her love to you?", "Cô ấy đã tỏ tình với bạn chưa?"),
    # v8: "Tôi vội vã đưa cô ấy.", "Bạn có vội vàng không?", "Lan vội vã đến Minh.", "Tôi từng có vội vã đưa anh ấy."
    ("I have a crush on her.", "Tôi thầm thích cô ấy."),
    ("Lan has a crush on Minh.", "Lan thầm thích Minh."),
    ("She's got a crush on you.", "Cô ấy thầm thích bạn."),
    ("My sister has a crush on my best friend.", "Em gái tôi thầm thích bạn thân tôi."),
    ("Do you have a crush on someone?", "Bạn đang thầm thích ai à?"),
    ("Do you have a crush on anyone?", "Bạn có đang thầm thích ai không?"),
    ("Who do you have a crush on?", "Bạn thầm thích ai?"),
    ("Who does Lan have a crush on?", "Lan thầm thích ai?"),
    ("Does he have a crush on me?", "Anh ấy có thầm thích tôi không?"),
    ("I used to have a crush on him.", "Tôi từng thầm thích anh ấy."),
    ("He still has a crush on her.", "Anh ấy vẫn thầm thích cô ấy."),
    ("She doesn't have a crush on him.", "Cô ấy không thầm thích anh ấy."),
    ("I don't have a crush on him any more.", "Tôi không còn thầm thích anh ấy nữa."),
    ("I've had a crush on him for a long time.", "Tôi đã thầm thích anh ấy từ lâu rồi."),
    # v8: "Cô ấy ngoảnh mặt xuống."
    ("She turned him down.", "Cô ấy đã từ chối anh ấy."),
    ("She just turned him down.", "Cô ấy vừa từ chối anh ấy."),
    ("She's turned him down.", "Cô ấy đã từ chối anh ấy rồi."),
    ("Did she turn him down yesterday?", "Hôm qua cô ấy có từ chối anh ấy không?"),
    # v8: "Anh ta hỏi tôi.", "Anh ấy hỏi tôi vào một ngày.", "Anh có hỏi bạn không?"
    ("He asked me out.", "Anh ấy đã rủ tôi đi hẹn hò."),
    ("He asked me out on a date.", "Anh ấy đã rủ tôi đi hẹn hò."),
    ("He asked me out last week.", "Tuần trước anh ấy rủ tôi đi hẹn hò."),
    ("Did he ask you out?", "Anh ấy có rủ bạn đi hẹn hò không?"),
    ("I'm going to ask her out.", "Tôi định rủ cô ấy đi hẹn hò."),
    # not: volume and offers turned down (mt/volume.py, mt/offers.py), "them", a crime confessed, "told her how I
    # feel" (anger?), whose feelings or how who feels not who's, verbs not agreeing, a day ahead, "said yes to him"
    # (to what?), who as whom, a pet, the other language
    ("She turned down the volume.", None), ("She turned down the offer.", None), ("She turned them down.", None),
    ("He confessed.", None), ("He confessed to the crime.", None), ("I told her how I feel.", None),
    ("I'm going to tell her how she feels.", None), ("He confessed her feelings to me.", None),
    ("She have a crush on him.", None), ("Do he have a crush on me?", None), ("He asked me out tomorrow.", None),
    ("She said yes to him.", None), ("I turned me down.", None), ("My dog has a crush on your cat.", None),
    ("Tôi thầm thích cô ấy.", None),
    # not: telling or confessing to family, a spouse, a partner, a boss, a friend or "you" (confiding, complaining?)
    ("I want to tell my mother how I feel.", None), ("I want to tell my father how I feel.", None),
    ("I'm going to tell my son how I feel.", None), ("Do you want to tell your mother how you feel?", None),
    ("I'm going to tell my boss how I feel.", None), ("Are you going to tell your boss how you feel?", None),
    ("She wants to tell her husband how she feels.", None), ("I want to tell my wife how I feel.", None),
    ("I want to tell my husband how I feel.", None), ("My mother wants to tell my father how she feels.", None),
    ("I'm going to tell my girlfriend how I feel.", None),
    ("My brother is going to tell his girlfriend how he feels.", None),
    ("My sister wants to tell her boyfriend how she feels.", None),
    ("My brother wants to tell my father how he feels.", None), ("He wants to tell my father how he feels.", None),
    ("She's going to tell my mother how she feels.", None), ("I confessed my feelings to my mother.", None),
    ("I confessed my feelings to my father.", None), ("I confessed my feelings to my son.", None),
    ("He confessed his feelings to his mother.", None), ("I'm going to tell you how I feel.", None),
    ("I want to tell my best friend how I feel.", None), ("I want to tell my friend how I feel.", None),
    ("He wants to tell his friend how he feels.", None), ("I confessed my feelings to my best friend.", None),
    ("He confessed his feelings to his best friend.", None), ("He confessed his feelings to his wife.", None),
    ("He wants to tell me how he feels.", None),
    # not: a group telling, confessing or asking out, or asked out (a social invitation)
    ("We're going to tell her how we feel.", None), ("We're going to tell him how we feel.", None),
    ("They're going to tell him how they feel.", None), ("They want to tell her how they feel.", None),
    ("We confessed our love.", None), ("They confessed their feelings.", None),
    ("They confessed their feelings to me.", None), ("We confessed our feelings to her.", None),
    ("He asked us out.", None), ("We asked her out.", None), ("They asked me out.", None),
    # not: "how she feels" where whom may be she (the listener's feelings?)
    ("Minh is going to tell Lan how she feels.", None), ("Lan is going to tell Minh how he feels.", None),
    ("My mother wants to tell my sister how she feels.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


@pytest.mark.parametrize("text, said", [
    # "bác" with a woman's name is an aunt, with any other an uncle (mt.names.kin_named, mt.terms.his_her)
    ("Bác Lan thầm thích ai?", "Who does Aunt Lan have a crush on?"),
    ("Bác Lan tỏ tình với ông Hùng.", "Aunt Lan confessed her feelings to Mr. Hung."),
    ("Bác Hùng tỏ tình với bác Lan.", "Uncle Hung confessed his feelings to Aunt Lan."),
    ("Bác Lan thầm thích ông Hùng.", "Aunt Lan has a crush on Mr. Hung."),
])
def test_bac_with_a_name_is_an_aunt_or_an_uncle(text, said):
    assert translate(text, "vi", "en") == said
