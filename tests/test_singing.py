"""Singing and how well: karaoke sung well or badly, in tune or not, a voice, who sings a song, a song asked for, a
favourite karaoke song, sung at a wedding, a voice hoarse, both ways (mt/singing.py)."""
import pytest

from mt.singing import translate


@pytest.mark.parametrize("text, said", [
    # v8: "He singing karaoke very good.", "I singing very well." (dở: badly), "Minh singing karaoke."
    ("Anh ấy hát karaoke rất hay.", "He sings karaoke really well."),
    ("Tôi hát dở lắm.", "I sing really badly."),
    ("Tôi hát rất dở.", "I sing really badly."),
    ("Cô ấy hát karaoke không hay lắm.", "She doesn't sing karaoke very well."),
    ("Minh hát karaoke dở lắm.", "Minh sings karaoke really badly."),
    ("Mẹ tôi hát tệ quá!", "My mother sings really badly!"),
    ("Bố tôi hát karaoke khá hay.", "My father sings karaoke quite well."),
    ("Họ hát dở tệ.", "They sing terribly."),
    # v8: "I singing slight skew.", "He usually singing snugg.", "She singing the right shore."
    ("Tôi hát lệch tông.", "I sing out of tune."),
    ("Anh ấy hay hát lệch tông.", "He often sings out of tune."),
    ("Tôi hát hơi lệch tông.", "I sing a bit out of tune."),
    ("Cô ấy luôn hát đúng tông.", "She always sings in tune."),
    # v8: "She has voiced.", "Your singings are too!", "Her voice was beautiful."
    ("Cô ấy có giọng hay.", "She has a lovely voice."),
    ("Cô ấy có giọng hát rất hay.", "She has a really lovely voice."),
    ("Cô ấy có giọng hát hay quá!", "She has such a lovely voice!"),
    ("Bạn có giọng đẹp.", "You have a beautiful voice."),
    ("Anh trai tôi có giọng trầm.", "My brother has a deep voice."),
    ("Giọng hát của bạn hay quá!", "Your voice is so lovely!"),
    ("Giọng cô ấy đẹp quá.", "Her voice is so beautiful."),
    ("Giọng mẹ tôi rất ấm.", "My mother's voice is really warm."),
    # v8: "Who's this song?" (twice)
    ("Bài này ai hát?", "Who sings this song?"),
    ("Ai hát bài này?", "Who sings this song?"),
    ("Bài hát này ai hát vậy?", "Who sings this song?"),
    ("Ai đã hát bài đó?", "Who sang that song?"),
    ("Ca khúc này do ai hát?", "Who sings this song?"),
    # v8: "Let us hear a song!", "Did you song for us?"
    ("Hát cho chúng tôi nghe một bài đi!", "Sing us a song!"),
    ("Hát cho tôi nghe một bài đi.", "Sing me a song."),
    ("Hãy hát cho chúng tôi nghe một bài!", "Sing us a song!"),
    ("Bạn hát cho chúng tôi nghe một bài nhé?", "Will you sing us a song?"),
    ("Bạn có thể hát cho tôi nghe một bài không?", "Can you sing me a song?"),
    ("Em hát cho chúng tôi nghe một bài được không?", "Can you sing us a song?"),
    # v8: "What's your favorite song when singing karaoke?"
    ("Bài hát yêu thích của bạn khi hát karaoke là gì?", "What's your favourite song to sing at karaoke?"),
    ("Bài tủ của anh khi đi hát karaoke là gì?", "What's your go-to karaoke song?"),
    ("Bài hát yêu thích của mẹ bạn khi hát karaoke là gì?",
     "What's your mother's favourite song to sing at karaoke?"),
    # v8: "She was singing in our wedding."
    ("Cô ấy đã hát ở đám cưới của chúng tôi.", "She sang at our wedding."),
    ("Anh ấy sẽ hát ở đám cưới của chị gái tôi.", "He'll sing at my sister's wedding."),
    ("Ai đã hát ở đám cưới của bạn?", "Who sang at your wedding?"),
    ("Ai sẽ hát ở tiệc sinh nhật của bạn?", "Who's singing at your birthday party?"),
    ("Lan đã hát tại một đám cưới.", "Lan sang at a wedding."),
    # v8: "I'm singinging karaoke.", "I'm singinging too much.", "I'm voiced."
    ("Tôi bị khản giọng vì hát karaoke.", "My voice is hoarse from singing karaoke."),
    ("Tôi bị khản giọng vì hát nhiều quá.", "My voice is hoarse from singing too much."),
    ("Tôi khản giọng rồi.", "My voice is hoarse."),
    ("Giọng tôi bị khản rồi.", "My voice is hoarse."),
    ("Mẹ tôi bị khản cả giọng vì hát karaoke.", "My mother's voice is hoarse from singing karaoke."),
    # "của mình": the speaker's after "tôi", "bạn" (friends' "mình") or "ai"; after a third person either (mine, or
    # his own wedding?), so not said
    ("Ai sẽ hát ở đám cưới của mình?", "Who's singing at my wedding?"),
    ("Bạn đã hát ở đám cưới của mình.", "You sang at my wedding."),
    ("Tôi sẽ hát ở đám cưới của mình.", "I'll sing at my wedding."),
    ("Anh ấy đã hát ở đám cưới của mình.", None), ("Mẹ tôi sẽ hát ở đám cưới của mình.", None),
    # not: "anh", "chị" … alone saying it (the speaker, or you), "hát hay" without karaoke and "biết hát"
    # (mt/skills.py's), "not bad", "có hát hay không" (or: "do you sing or not"), a wedding with no tense, a statement
    # told with "bạn", a command asked, "very" out of tune, "a bit" in tune, a song liked (another topic)
    ("Anh hát karaoke rất hay.", None), ("Anh có giọng hay.", None), ("Giọng anh hay quá.", None),
    ("Anh khản giọng rồi.", None), ("Anh ấy hát rất hay.", None), ("Anh ấy hát hay.", None),
    ("Tôi không biết hát.", None), ("Tôi không hát dở.", None), ("Bạn có hát hay không?", None),
    ("Cô ấy hát ở đám cưới của chúng tôi.", None), ("Bạn hát cho tôi nghe một bài.", None),
    ("Hát cho tôi nghe một bài đi?", None), ("Tôi hát rất lệch tông.", None), ("Cô ấy hát hơi đúng tông.", None),
    ("Bài này hay quá.", None), ("Bạn có thể hát cho tôi nghe một bài đi?", None),
    # reviewed: voices, more than one; "giọng Nam" (the Southern accent?); "khàn" alone (husky always?); "khá dở
    # tệ", "rất … lắm"; "rồi" (already)
    ("Họ bị khản giọng.", "Their voices are hoarse."),
    ("Chúng tôi bị khản giọng vì hát karaoke.", "Our voices are hoarse from singing karaoke."),
    ("Giọng của họ hay.", "Their voices are lovely."), ("Giọng của chúng tôi hay.", "Our voices are lovely."),
    ("Họ có giọng hay.", "They have lovely voices."), ("Họ có giọng hay quá!", "They have such lovely voices!"),
    ("Giọng Nam hay quá.", None), ("Giọng của Nam hay quá.", "Nam's voice is so lovely."),
    ("Giọng cô ấy khàn.", None), ("Giọng cô ấy bị khàn.", "Her voice is hoarse."), ("Tôi hát khá dở tệ.", None),
    ("Tôi hát karaoke rất hay lắm.", None), ("Cô ấy có giọng rất hay lắm.", None),
    ("Anh ấy đã hát ở đám cưới rồi.", "He's already sung at the wedding."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Anh ấy hát thật sự tốt." (karaoke lost), "Tôi hát xấu." (ugly), "Cô ấy hát đẹp."
    ("He sings karaoke really well.", "Anh ấy hát karaoke rất hay."),
    ("She sings karaoke so well!", "Cô ấy hát karaoke hay quá!"),
    ("My mother doesn't sing karaoke very well.", "Mẹ tôi hát karaoke không hay lắm."),
    ("I sing badly.", "Tôi hát dở."),
    ("I sing really badly.", "Tôi hát rất dở."),
    ("She sings beautifully.", "Cô ấy hát rất hay."),
    ("He sings terribly.", "Anh ấy hát rất dở."),
    ("They sing karaoke quite well.", "Họ hát karaoke khá hay."),
    # v8: "Tôi là một ca sĩ khủng khiếp.", "Cô ấy là một ca sĩ vĩ đại." (a professional singer)
    ("I'm a terrible singer.", "Tôi hát rất dở."),
    ("She's a great singer.", "Cô ấy hát rất hay."),
    ("I'm not a great singer.", "Tôi hát không hay lắm."),
    ("My father is a really bad singer.", "Bố tôi hát rất dở."),
    ("You're an amazing singer!", "Bạn hát rất hay!"),
    # v8: "Tôi hát giai điệu.", "Anh ta luôn hát ra khỏi giai điệu."
    ("I sing out of tune.", "Tôi hát lệch tông."),
    ("He always sings out of tune.", "Anh ấy luôn hát lệch tông."),
    ("She sings a bit off-key.", "Cô ấy hát hơi lệch tông."),
    ("My brother never sings in tune.", "Anh trai tôi không bao giờ hát đúng tông."),
    # v8: "Cô ấy có một giọng nói xinh đẹp.", "Cô ấy có giọng nói đáng yêu."
    ("She has a beautiful voice.", "Cô ấy có giọng đẹp."),
    ("You've got such a lovely voice!", "Bạn có giọng hay quá!"),
    ("He has a really warm voice.", "Anh ấy có giọng rất ấm."),
    ("My mother has a beautiful singing voice.", "Mẹ tôi có giọng hát đẹp."),
    ("Lan has a great voice.", "Lan có giọng hay."),
    # v8: "Ai thành bài hát này?"
    ("Who sang this song?", "Bài này ai hát vậy?"),
    ("Who sings that song?", "Bài đó ai hát vậy?"),
    # v8: "Chúc chúng ta một bài hát!" (wish us), "Chúc tôi một bài hát."
    ("Sing us a song!", "Hát cho chúng tôi nghe một bài đi!"),
    ("Sing me a song.", "Hát cho tôi nghe một bài đi."),
    ("Can you sing us a song?", "Bạn có thể hát cho chúng tôi nghe một bài không?"),
    ("Could you sing a song for me?", "Bạn có thể hát cho tôi nghe một bài không?"),
    ("Will you sing us a song?", "Bạn hát cho chúng tôi nghe một bài nhé?"),
    ("Sing us a song, please.", "Hát cho chúng tôi nghe một bài đi."),
    # v8: "Những bài hát ưa thích của bạn là gì để hát tại karaoke?", "Bạn thích ca khúc như thế nào?"
    ("What's your favourite song to sing at karaoke?", "Bài hát yêu thích của bạn khi hát karaoke là gì?"),
    ("What's your favorite karaoke song?", "Bài hát yêu thích của bạn khi hát karaoke là gì?"),
    ("What's his go-to karaoke song?", "Bài tủ của anh ấy khi hát karaoke là gì?"),
    # v8: "Cô ấy sang vũ khí của chúng tôi." (weapons), "Anh ấy đang cưới tôi." (marrying me)
    ("She sang at our wedding.", "Cô ấy đã hát ở đám cưới của chúng tôi."),
    ("He sang at my wedding.", "Anh ấy đã hát ở đám cưới của tôi."),
    ("Who sang at your wedding?", "Ai đã hát ở đám cưới của bạn?"),
    ("Who will sing at your birthday party?", "Ai sẽ hát ở tiệc sinh nhật của bạn?"),
    ("Lan sang at a wedding.", "Lan đã hát ở một đám cưới."),
    # v8: "Giọng của tôi là người hoa hồng từ hát." (a rose), "Tôi đang hoan nghênh từ hát."
    ("My voice is hoarse from singing.", "Tôi bị khản giọng vì hát."),
    ("My voice is hoarse.", "Tôi bị khản giọng."),
    ("I'm hoarse from singing karaoke too much.", "Tôi bị khản giọng vì hát karaoke nhiều quá."),
    ("Her voice is hoarse from singing karaoke all night.", "Cô ấy bị khản giọng vì hát karaoke cả đêm."),
    ("My mother's voice is hoarse.", "Mẹ tôi bị khản giọng."),
    # v8: "Tôi không thể hát được.", "Bạn có thể hát được không?"
    ("I can't sing.", "Tôi không biết hát."),
    ("I can't sing at all.", "Tôi không biết hát chút nào."),
    ("Can you sing?", "Bạn có biết hát không?"),
    ("She can sing.", "Cô ấy biết hát."),
    # not: a verb that does not agree with who, "sings well" and "a good singer" (mt/skills.py's), "not a bad
    # singer", a command asked, a question told, going to karaoke (mt/outings.py's), who is singing now, word order
    ("He sing karaoke really well.", None), ("She doesn't sings karaoke well.", None),
    ("I doesn't sing karaoke well.", None), ("She have a beautiful voice.", None), ("I sings out of tune.", None),
    ("She are a terrible singer.", None), ("My voice are hoarse.", None), ("He am hoarse from singing.", None),
    ("He sings really well.", None), ("She's a good singer.", None), ("I'm not a bad singer.", None),
    ("Sing us a song?", None), ("Can you sing us a song!", None), ("Let's go to karaoke tonight.", None),
    ("Who's singing this song?", None), ("She sings badly karaoke.", None), ("I can sing at all.", None),
    ("He has such a very lovely voice.", None),
    # reviewed: "Can I sing?" asks leave; "They're a … singer"; "a" and "an" that do not fit; "very terrible"
    ("Can I sing?", None), ("Can we sing?", None), ("They're a great singer.", None),
    ("They are a terrible singer.", None), ("I'm a amazing singer.", None), ("I'm an great singer.", None),
    ("He has a amazing voice.", None), ("He has an deep voice.", None), ("I sing karaoke very terribly.", None),
    ("She's a very terrible singer.", None), ("She has an amazing voice.", "Cô ấy có giọng tuyệt vời."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said


def test_other_pairs_and_topics_are_left():
    assert translate("Anh ấy hát karaoke rất hay.", "en", "vi") is None
    assert translate("He sings karaoke really well.", "en", "fr") is None
    assert translate("Tôi vừa cắt tóc.", "vi", "en") is None
