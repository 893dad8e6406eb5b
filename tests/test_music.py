"""Kinds of music, listening, favourite singers and bands, instruments played, both ways (mt/music.py)."""
import pytest

from mt.music import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I like the classic.", "I don't like rocks.", "He doesn't like a plum.", "I like musical people.",
    # "My mother likes gold music.", "My grandfather likes to hear salaries."
    ("Tôi thích nhạc cổ điển.", "I like classical music."),
    ("Tôi không thích nhạc rock.", "I don't like rock music."),
    ("Anh ấy không thích nhạc rap.", "He doesn't like rap."),
    ("Tôi thích nhạc dân ca.", "I like folk music."),
    ("Mẹ tôi thích nhạc vàng.", "My mother likes nhạc vàng."),
    ("Ông tôi thích nghe cải lương.", "My grandfather likes listening to cải lương."),
    ("Bố tôi thích nghe nhạc bolero.", "My father likes listening to bolero."),
    ("Tôi thích nhạc trẻ.", "I like V-pop."),
    ("Em gái tôi mê K-pop.", "My sister loves K-pop."),
    ("Chị ấy thích nhạc cổ điển lắm.", "She really likes classical music."),
    ("Tôi không thích nhạc rap lắm.", "I don't really like rap."),
    ("Tôi không thích nhạc rap chút nào.", "I don't like rap at all."),
    ("Tôi rất ghét nhạc rap.", "I really hate rap."),
    ("Bạn có thích nhạc cổ điển không?", "Do you like classical music?"),
    ("Anh có thích nhạc jazz không?", "Do you like jazz?"),
    ("Chúng tôi thích nhạc jazz và nhạc blues.", "We like jazz and blues."),
    ("Bác Hùng thích nhạc vàng.", "Uncle Hung likes nhạc vàng."),
    ("Tôi yêu nhạc Việt.", "I love Vietnamese music."),
    # v8: "He heard the rock all day.", "She heard jazz all day.", "I usually hear pop.", "Do you hear jazzzz?"
    ("Anh ấy nghe nhạc rock suốt ngày.", "He listens to rock music all day."),
    ("Cô ấy nghe nhạc jazz cả ngày.", "She listens to jazz all day."),
    ("Tôi hay nghe nhạc pop.", "I often listen to pop music."),
    ("Tôi thường nghe nhạc cổ điển mỗi tối.", "I usually listen to classical music every evening."),
    ("Tôi không bao giờ nghe nhạc rap.", "I never listen to rap."),
    ("Mẹ tôi đang nghe nhạc bolero.", "My mother is listening to bolero."),
    ("Tôi đang nghe nhạc jazz.", "I'm listening to jazz."),
    ("Bạn có nghe nhạc jazz không?", "Do you listen to jazz?"),
    ("Bạn có hay nghe nhạc jazz không?", "Do you often listen to jazz?"),
    # v8: "What do you like to hear music?", "What do you like music?"
    ("Bạn thích nghe nhạc gì?", "What kind of music do you like listening to?"),
    ("Bạn thích nhạc gì?", "What kind of music do you like?"),
    ("Bạn thích loại nhạc nào nhất?", "What kind of music do you like best?"),
    ("Mẹ bạn hay nghe nhạc gì?", "What kind of music does your mother usually listen to?"),
    # v8: "My favorite singer is Painting."
    ("Ca sĩ yêu thích của tôi là Sơn Tùng M-TP.", "My favourite singer is Son Tung M-TP."),
    ("Ca sĩ yêu thích của mẹ tôi là Mỹ Tâm.", "My mother's favourite singer is My Tam."),
    ("Ban nhạc yêu thích của tôi là The Beatles.", "My favourite band is The Beatles."),
    ("Ca sĩ yêu thích của bạn là ai?", "Who's your favourite singer?"),
    ("Thể loại nhạc yêu thích của tôi là nhạc jazz.", "My favourite kind of music is jazz."),
    ("Thể loại nhạc yêu thích của bạn là gì?", "What's your favourite kind of music?"),
    # v8: "Do you play any music?", "Do you know which specific music plays?"
    ("Bạn có chơi nhạc cụ nào không?", "Do you play an instrument?"),
    ("Bạn có biết chơi nhạc cụ nào không?", "Can you play an instrument?"),
    ("Bạn chơi nhạc cụ gì?", "What instrument do you play?"),
    ("Tôi không biết chơi nhạc cụ nào.", "I can't play any instruments."),
    ("Em trai tôi chơi trống.", "My younger brother plays the drums."),
    ("Tôi chơi đàn ghi-ta và trống.", "I play the guitar and the drums."),
    ("Anh ấy có chơi đàn violin không?", "Does he play the violin?"),
    ("Cô ấy không chơi piano.", "She doesn't play the piano."),
    # v8: "I know playing empty.", "Do you know that playing waist?"
    ("Tôi biết chơi trống.", "I can play the drums."),
    ("Bạn có biết chơi sáo không?", "Can you play the flute?"),
    # not: "anh" saying it (may be the speaker), no kind said ("nghe nhạc", "âm nhạc": mt/hobbies.py), the past,
    # "nghe nhạc gì" (now or as a habit?), best (a choice), a favourite singer that is a kind or two names, "biết
    # chơi" the guitar or piano (mt/skills.py's), "nhạc cụ nào" said, asked without "không", "nó"
    ("Tôi yêu nhạc Việt nhỉ.", None),  # ("nhỉ": asks to be agreed with)
    ("Anh thích nhạc jazz.", None), ("Tôi thích nghe nhạc.", None), ("Tôi thích âm nhạc.", None),
    ("Tôi đã nghe nhạc jazz.", None), ("Bạn nghe nhạc gì?", None), ("Tôi thích nhạc jazz nhất.", None),
    ("Bạn thích nhạc jazz hay nhạc rock?", None), ("Ca sĩ yêu thích của tôi là nhạc jazz.", None),
    ("Ca sĩ yêu thích của tôi là Mỹ Tâm và Đen.", None), ("Bạn có biết chơi đàn ghi-ta không?", None),
    ("Tôi chơi nhạc cụ nào.", None), ("Bạn chơi nhạc cụ gì", None), ("Nó thích nhạc rap.", None),
    ("Bạn thỉnh thoảng nghe nhạc jazz không?", None), ("Tôi thích nhạc của anh ấy.", None),
    # a place or a word of kinship written with capitals is no singer (mt.people.performer)
    ("Ca sĩ yêu thích của tôi là Việt Nam.", None), ("Ca sĩ yêu thích của tôi là Mẹ Tôi.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi thích nhạc học.", "Anh ấy không thích cưỡng hiếp." (rape), "… nhạc chủng tộc." (race), "Cha tôi thích
    # ăn cắp." (steal), "Tôi ghét tia." (a ray), "Bạn có thích nhạc điển hình không?" (typical), "Tôi thích jaz."
    ("I like classical music.", "Tôi thích nhạc cổ điển."),
    ("He doesn't like rap.", "Anh ấy không thích nhạc rap."),
    ("He doesn't like rap music.", "Anh ấy không thích nhạc rap."),
    ("My father likes bolero.", "Bố tôi thích nhạc bolero."),
    ("I hate rap.", "Tôi ghét nhạc rap."),
    ("Do you like classical music?", "Bạn có thích nhạc cổ điển không?"),
    ("I like jazz.", "Tôi thích nhạc jazz."),
    ("Does she like jazz?", "Cô ấy có thích nhạc jazz không?"),
    ("I don't really like rap.", "Tôi không thích nhạc rap lắm."),
    ("I don't like rap at all.", "Tôi không thích nhạc rap chút nào."),
    ("My sister loves K-pop.", "Em gái tôi rất thích nhạc K-pop."),
    ("My mother likes folk music.", "Mẹ tôi thích nhạc dân ca."),
    ("My grandmother loves cải lương.", "Bà tôi rất thích cải lương."),
    ("We like jazz and blues.", "Chúng tôi thích nhạc jazz và nhạc blues."),
    ("I don't like heavy metal.", "Tôi không thích nhạc metal."),
    # v8: "Cô ấy nghe tiếng jaz." (the sound of), "Tôi nghe nhạc điển mỗi tối.", "Bạn có nghe tiếng jaz không?"
    ("She listens to jazz.", "Cô ấy nghe nhạc jazz."),
    ("She listens to jazz all day.", "Cô ấy nghe nhạc jazz cả ngày."),
    ("I listen to classical music every evening.", "Tôi nghe nhạc cổ điển mỗi tối."),
    ("She never listens to rap.", "Cô ấy không bao giờ nghe nhạc rap."),
    ("Do you listen to jazz?", "Bạn có nghe nhạc jazz không?"),
    ("Do you often listen to jazz?", "Bạn có hay nghe nhạc jazz không?"),
    ("They're listening to K-pop.", "Họ đang nghe nhạc K-pop."),
    ("What kind of music do you like?", "Bạn thích loại nhạc nào?"),
    ("What sort of music does your mother like?", "Mẹ bạn thích loại nhạc nào?"),
    ("What kind of music do you usually listen to?", "Bạn thường nghe loại nhạc nào?"),
    ("What kind of music do you like best?", "Bạn thích loại nhạc nào nhất?"),
    # v8: "Một ca sĩ có lợi cho bạn?" (good for you), "Dải nhạc lợi ích của bạn là gì?" (a strip of music)
    ("Who is your favourite singer?", "Ca sĩ yêu thích của bạn là ai?"),
    ("What's your favourite band?", "Ban nhạc yêu thích của bạn là gì?"),
    ("My favourite singer is Adele.", "Ca sĩ yêu thích của tôi là Adele."),
    ("My mother's favourite singer is Taylor Swift.", "Ca sĩ yêu thích của mẹ tôi là Taylor Swift."),
    ("My favourite kind of music is jazz.", "Thể loại nhạc yêu thích của tôi là nhạc jazz."),
    ("What's your favourite kind of music?", "Thể loại nhạc yêu thích của bạn là gì?"),
    # v8: "Bạn có chơi một công cụ không?" (a tool), "Em tôi chơi những cơn ác mộng." (nightmares)
    ("Do you play an instrument?", "Bạn có chơi nhạc cụ nào không?"),
    ("Does he play a musical instrument?", "Anh ấy có chơi nhạc cụ nào không?"),
    ("Can you play an instrument?", "Bạn có biết chơi nhạc cụ nào không?"),
    ("I don't play any instruments.", "Tôi không chơi nhạc cụ nào."),
    ("What instrument do you play?", "Bạn chơi nhạc cụ gì?"),
    ("My brother plays the drums.", "Anh trai tôi chơi trống."),
    ("I play the guitar and the piano.", "Tôi chơi đàn ghi-ta và đàn piano."),
    ("Does she play the violin?", "Cô ấy có chơi đàn violin không?"),
    # v8: "Bạn có thể chơi ghita không?" (may, is allowed), "Tôi có thể chơi drums."
    ("Can you play the guitar?", "Bạn có biết chơi đàn ghi-ta không?"),
    ("I can play the drums.", "Tôi biết chơi trống."),
    # not: verbs that do not agree ("She listen", "He don't", "Does she likes", "She are"), "pop", "folk", "country"
    # alone (soda, people, a country), no kind said, a name in small letters, two favourites, an instrument played
    # said ("I play an instrument."), a kind as a singer
    ("She listen to jazz.", None), ("He don't like rap.", None), ("Does she likes jazz?", None),
    ("She are listening to jazz.", None), ("What kind of music does you like?", None), ("I like pop.", None),
    ("My mother likes folk.", None), ("I like country.", None), ("I like music.", None),
    ("Her favourite singer is lady gaga.", None), ("My favourite singers are Adele and Sia.", None),
    ("Can she plays the violin?", None), ("I play an instrument.", None), ("She play the piano.", None),
    ("My favourite singer is jazz.", None), ("Who's your favourite kind of music?", None),
    ("I like rock climbing.", None),
    ("My favourite singer is My Mother.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
