"""Spills and stains on clothes: something got or spilled on a shirt or a dress, a stain hard to get out or that won't
come out, and how to get one out, both ways (mt/stains.py)."""
import pytest

from mt.stains import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I'm sticking to coffee.", "My whites were attached to water.", "My son's Islands were sticked up."
    ("Áo tôi dính vết cà phê.", "I've got a coffee stain on my shirt."),
    ("Áo trắng của tôi bị dính nước tương.", "I got soy sauce on my white shirt."),
    ("Áo tôi bị dính nước tương rồi.", "I got soy sauce on my shirt."),
    ("Quần của con trai tôi bị dính bùn.", "My son got mud on his trousers."),
    ("Váy của mẹ tôi bị dính mực.", "My mother got ink on her dress."),
    ("Áo anh ấy vừa bị dính tương ớt.", "He just got chilli sauce on his shirt."),
    ("Áo cô ấy dính vết nước tương.", "She's got a soy sauce stain on her shirt."),
    ("Áo sơ mi của chúng tôi bị dính bùn.", "We got mud on our shirts."),
    ("Áo mới của tôi bị dính sơn.", "I got paint on my new shirt."),
    ("Áo bạn có bị dính nước tương không?", "Did you get soy sauce on your shirt?"),
    ("Áo bạn có dính mực không?", "Have you got ink on your shirt?"),
    ("Áo tôi không bị dính sơn.", "I didn't get paint on my shirt."),
    ("Áo của Lan bị dính sơn.", "There's paint on Lan's shirt."),
    ("Áo của con tôi bị dính sô cô la.", "There's chocolate on my child's shirt."),
    ("Áo tôi dính máu.", "I've got blood on my shirt."),
    # v8: "I made the water similar to the shirt.", "My mother made up fish sauce on the patch.", "I was painted into
    # my clothes."
    ("Tôi làm dây nước tương ra áo.", "I got soy sauce on my shirt."),
    ("Mẹ tôi làm đổ nước mắm lên váy.", "My mother spilled fish sauce on her dress."),
    ("Tôi bị dính sơn vào quần.", "I got paint on my trousers."),
    ("Anh ấy vừa làm dây sốt cà chua lên áo sơ mi trắng.", "He just got ketchup on his white shirt."),
    ("Con trai tôi làm đổ cà ri lên áo.", "My son spilled curry on his shirt."),
    ("Lan làm đổ nước tương lên áo tôi.", "Lan spilled soy sauce on my shirt."),
    ("Chúng tôi bị dính bùn vào quần.", "We got mud on our trousers."),
    ("Tôi lỡ tay làm đổ dầu ăn lên váy.", "I accidentally spilled cooking oil on my dress."),
    ("Tôi không làm dây mực ra áo.", "I didn't get ink on my shirt."),
    ("Bạn có làm đổ nước tương lên áo không?", "Did you spill soy sauce on your shirt?"),
    ("Cô ấy đã làm đổ xì dầu lên váy rồi.", "She spilled soy sauce on her dress."),
    # v8: "It's hard to wash it."
    ("Vết bẩn này khó giặt lắm.", "This stain is really hard to wash out."),
    ("Vết cà phê trên áo tôi rất khó tẩy.", "The coffee stain on my shirt is very hard to get out."),
    ("Vết mực đó khó tẩy quá.", "That ink stain is so hard to get out."),
    ("Vết này có khó tẩy không?", "Is this stain hard to get out?"),
    ("Vết bẩn này khó tẩy.", "This stain is hard to get out."),
    # v8: "The dirty soil on my coat doesn't go."
    ("Vết bẩn trên áo tôi giặt không ra.", "The stain on my shirt won't wash out."),
    ("Vết này giặt mãi không sạch.", "This stain won't wash out."),
    ("Vết mực trên váy của bạn có tẩy được không?", "Will the ink stain on your dress come out?"),
    ("Vết máu trên áo của mẹ tôi không tẩy được.", "The blood stain on my mother's shirt won't come out."),
    # v8: "How do you remove oil on the clothes?", "What to remove blood?"
    ("Làm sao tẩy vết dầu mỡ trên quần?", "How do I get grease stains out of trousers?"),
    ("Làm sao để giặt sạch vết máu trên áo trắng?", "How do I get blood stains out of white shirts?"),
    ("Dùng gì để tẩy vết máu?", "What do I use to get blood stains out?"),
    ("Nên dùng gì để tẩy vết mực trên áo?", "What should I use to get ink stains out of shirts?"),
    ("Tẩy vết mực bằng gì?", "What do I use to get ink stains out?"),
    ("Làm sao tẩy vết dầu mỡ trên quần của tôi?", "How do I get the grease stain out of my trousers?"),
    # not: "em" alone saying it (I or you?), drinks spilled (mt/accidents.py's), a clothes_care stain with "bị dính",
    # "tôi" asked (of oneself), a "?" on a statement, "chưa" or "à" asking, a name or "con tôi" with their own thing
    # (his or her?), a pet as who, water (rain? mt/getting_wet.py), a stain with no "này" or thing (in general?),
    # "vết" alone that neither "tẩy" nor "giặt" says is a stain, a stain on a thing without whose, the other way's
    # language, nonsense
    ("Em làm đổ sữa lên váy rồi.", None), ("Tôi làm đổ sữa lên váy.", None), ("Áo tôi bị dính vết cà phê.", None),
    ("Áo tôi có bị dính mực không?", None), ("Áo tôi bị dính mực?", None), ("Áo bạn bị dính mực chưa?", None),
    ("Áo tôi bị dính mực à?", None), ("Lan làm đổ nước tương lên áo.", None),
    ("Con tôi làm dây sô cô la ra áo.", None), ("Con chó của tôi làm dây bùn lên áo tôi.", None),
    ("Áo tôi dính nước.", None), ("Vết mực khó tẩy lắm.", None), ("Vết này không ra.", None),
    ("Vết bẩn trên áo giặt không ra.", None), ("Áo tôi có vết.", None), ("Tôi làm đổ mưa lên áo.", None),
    ("Bạn có làm đổ nước tương lên áo?", None), ("Áo tôi không dính mực.", None),
    ("Vết bẩn này rất khó tẩy lắm.", None), ("Tôi vừa lỡ làm đổ nước tương lên áo rồi không?", None),
    ("Dùng gì để tẩy vết dầu mỡ trên quần của tôi?", None), ("I got soy sauce on my shirt.", None),
    ("Đổ rác đi.", None),
    # a pet as whose: the thing is its, not who did it (was a TypeError, and "False is really hard to get out.")
    ("Áo của con chó tôi bị dính bùn.", "There's mud on my dog's shirt."),
    ("Vết bẩn trên áo của con chó tôi khó tẩy lắm.", "The stain on my dog's shirt is really hard to get out."),
    ("Làm sao tẩy vết mực trên áo của con chó tôi?", "How do I get the ink stain out of my dog's shirt?"),
    # "của mình" after who is who's own, not "my" ("bạn … của mình": yours, or mine among friends?)
    ("Cô ấy làm đổ nước tương lên váy của mình.", "She spilled soy sauce on her dress."),
    ("Mẹ tôi làm đổ nước mắm lên váy của mình.", "My mother spilled fish sauce on her dress."),
    ("Chúng tôi làm đổ nước tương lên áo của mình.", "We spilled soy sauce on our shirts."),
    ("Tôi làm đổ nước tương lên áo của mình.", "I spilled soy sauce on my shirt."),
    ("Bạn làm đổ nước tương lên áo của mình.", None),
    # "vừa" and "lỡ tay" both said (was "I just spilled …", the accident lost)
    ("Tôi vừa lỡ tay làm đổ nước tương lên áo.", "I just accidentally spilled soy sauce on my shirt."),
    # not: "áo mới" with no whose is one new shirt, not new shirts in general; one stain on "our", "their" things
    # (one shirt or many?); "thế", "vậy" ending a statement (so, then: more than English says)
    ("Làm sao tẩy vết mực trên áo mới?", None), ("Vết bẩn trên áo của họ không tẩy được.", None),
    ("Làm sao để tẩy vết bẩn trên áo của họ?", None), ("Vết bẩn trên áo của chúng tôi khó giặt lắm.", None),
    ("Vết bẩn này khó tẩy thế.", None), ("Vết bẩn này giặt không ra vậy.", None), ("Áo tôi bị dính mực thế.", None),
    ("Tôi làm đổ nước tương lên áo thế.", None), ("Vết bẩn này khó tẩy lắm vậy.", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi có những chiếc áo màu trắng của mình.", "Con trai tôi đột biến trên quần áo của anh ấy.", "Bạn có sơn
    # trên trang trang trang của mình không?"
    ("I got soy sauce on my white shirt.", "Áo trắng của tôi bị dính nước tương."),
    ("I've got soy sauce on my shirt.", "Áo tôi bị dính nước tương."),
    ("She's got ink on her dress.", "Váy của cô ấy bị dính mực."),
    ("Did you get paint on your jeans?", "Quần jean của bạn có bị dính sơn không?"),
    ("My son got mud on his trousers.", "Quần của con trai tôi bị dính bùn."),
    ("We got mud on our shirts.", "Áo của chúng tôi bị dính bùn."),
    ("I didn't get ink on my shirt.", "Áo tôi không bị dính mực."),
    ("He just got ketchup on his shirt.", "Áo của anh ấy vừa bị dính sốt cà chua."),
    ("I got a soy sauce stain on my shirt.", "Áo tôi bị dính vết nước tương."),
    ("Lan got mud on her dress.", "Váy của Lan bị dính bùn."),
    ("Have you got ketchup on your shirt?", "Áo bạn có bị dính sốt cà chua không?"),
    # v8: "Có chiếc áo phông của bạn."
    ("There's ketchup on your shirt.", "Áo bạn bị dính sốt cà chua."),
    ("There's a soy sauce stain on my mother's dress.", "Váy của mẹ tôi bị dính vết nước tương."),
    ("There's mud on Lan's jeans.", "Quần jean của Lan bị dính bùn."),
    ("There is blood on his shirt.", "Áo của anh ấy bị dính máu."),
    # v8: "Cô ấy vung tay vào chiếc váy của mình."
    ("She spilled soy sauce on her dress.", "Cô ấy làm đổ nước tương lên váy."),
    ("I've spilled ketchup on my shirt.", "Tôi làm đổ sốt cà chua lên áo rồi."),
    ("Did you spill fish sauce on your shirt?", "Bạn có làm đổ nước mắm lên áo không?"),
    ("My son spilled curry on his shirt.", "Con trai tôi làm đổ cà ri lên áo."),
    ("He spilled soy sauce on my shirt.", "Anh ấy làm đổ nước tương lên áo của tôi."),
    ("I just spilled cooking oil on my dress.", "Tôi vừa làm đổ dầu ăn lên váy."),
    ("We didn't spill soy sauce on our shirts.", "Chúng tôi không làm đổ nước tương lên áo."),
    # v8: "Gố này thật khó khăn để rửa sạch."
    ("This stain is really hard to wash out.", "Vết bẩn này khó giặt lắm."),
    ("This coffee stain is very hard to get out.", "Vết cà phê này rất khó tẩy."),
    ("That stain is so hard to remove.", "Vết bẩn đó khó tẩy quá."),
    ("Is the stain on my shirt hard to remove?", "Vết bẩn trên áo tôi có khó tẩy không?"),
    ("This stain's hard to get out.", "Vết bẩn này khó tẩy."),
    # v8: "Bốn trên chiếc áo của tôi sẽ không rửa sạch."
    ("The stain on my shirt won't wash out.", "Vết bẩn trên áo tôi giặt không ra."),
    ("Will the ink stain on your dress come out?", "Vết mực trên váy bạn có tẩy được không?"),
    ("The wine stain on my mother's shirt won't come out.", "Vết rượu vang trên áo của mẹ tôi không tẩy được."),
    # v8: "Làm thế nào tôi có thể bị ố grease ra khỏi các khối u?", "Tôi có thể sử dụng để lấy vết ố máu ra ngoài?"
    ("How do I get grease stains out of trousers?", "Làm sao để tẩy vết dầu mỡ trên quần?"),
    ("What can I use to get blood stains out?", "Dùng gì để tẩy vết máu?"),
    ("What should I use to get ink stains out of white shirts?", "Nên dùng gì để tẩy vết mực trên áo trắng?"),
    ("How can I remove coffee stains from shirts?", "Làm sao để tẩy vết cà phê trên áo?"),
    # not: the verb not agreeing ("She have got", "She has spilled … his"), "a" before a vowel, another's thing got
    # on ("I got ketchup on your shirt": spilled?), "Did I …" (of oneself), "our shirt" of many, a drink spilled
    # (mt/accidents.py's), "the stain" with no thing, a thing not many in a general question, "get" without "out",
    # "?" on a statement, the other way's language, nonsense
    ("She have got ink on her dress.", None), ("I got a ink stain on my shirt.", None),
    ("I got ketchup on your shirt.", None), ("Did I get ink on my shirt?", None), ("We got mud on our shirt.", None),
    ("She has spilled oil on his shirt.", None), ("I spilled coffee on my shirt.", None),
    ("The stain is hard to get out.", None), ("How do I get grease stains out of shirt?", None),
    ("How do I remove grease stains out of jeans?", None), ("She got ink on her dress?", None),
    ("My mother got mud on his trousers.", None), ("I get ink on my shirt.", None),
    ("This stain on my shirt won't wash out.", None), ("Is this stain really hard to get out?", None),
    ("Did you spilled soy sauce on your shirt?", None), ("Áo tôi bị dính nước tương.", None),
    ("The ink is blue.", None),
    # "all over" said (was dropped: "Áo tôi bị dính nước tương.")
    ("I got soy sauce all over my shirt.", "Áo tôi bị dính đầy nước tương."),
    ("Did you get soy sauce all over your shirt?", "Áo bạn có bị dính đầy nước tương không?"),
    ("She spilled soy sauce all over her dress.", "Cô ấy làm đổ nước tương ra khắp váy."),
    ("I spilled soy sauce all over my shirt.", "Tôi làm đổ nước tương ra khắp áo."),
    ("Did she spill soy sauce all over her dress?", "Cô ấy có làm đổ nước tương ra khắp váy không?"),
    # not: "all over" denied (not any, or not all over?), a stain all over; a pet as who ("My cat … her dress":
    # the cat's, or a woman's?)
    ("I didn't get soy sauce all over my shirt.", None), ("I got a coffee stain all over my shirt.", None),
    ("My cat spilled soy sauce on her dress.", None), ("My dog got mud on his shirt.", None),
    ("My dog spilled soy sauce on my shirt.", None),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
