"""Strong food smells: the smell of durian, shrimp paste, fish sauce, stinky tofu or jackfruit, who can't stand it or
likes it, a place full of it, and durian not allowed on the bus, both ways (mt/food_smells.py)."""
import pytest

from mt.food_smells import translate


@pytest.mark.parametrize("text, said", [
    # v8: "The vagina is too warm.", "The bad smell is too.", "Influen fish sauce it's hard to get too.", "The terror
    # pean park is too much.", "The potato is too much.", "The vagina is very warm.", "It's very warm."
    ("Mùi sầu riêng nồng quá.", "The smell of durian is so strong."),
    ("Mùi mắm tôm hôi quá.", "The smell of shrimp paste is so bad."),
    ("Mùi nước mắm khó chịu quá.", "The smell of fish sauce is so unpleasant."),
    ("Mùi đậu phụ thối kinh khủng quá.", "The smell of stinky tofu is so awful."),
    ("Mùi mít thơm quá.", "The smell of jackfruit is so nice."),
    ("Mùi sầu riêng rất nồng.", "The smell of durian is very strong."),
    ("Mùi sầu riêng hơi nồng.", "The smell of durian is a bit strong."),
    ("Mùi mắm tôm nồng lắm.", "The smell of shrimp paste is very strong."),
    ("Mùi sầu riêng rất khó chịu.", "The smell of durian is very unpleasant."),
    ("Mùi đậu phụ thối rất kinh khủng.", "The smell of stinky tofu is really awful."),
    ("Mùi đậu hũ thối hôi quá.", "The smell of stinky tofu is so bad."),
    ("Mùi mắm tôm mạnh quá.", "The smell of shrimp paste is so strong."),
    ("Mùi mít dễ chịu.", "The smell of jackfruit is pleasant."),
    # v8: "The varicant major advocates.", "The peptide is not very warm.", "Do you have a private squiring?", "Is it
    # uncomfortable?", "This separate squiring!", "Is it a private squiring?"
    ("Mùi sầu riêng nồng nặc.", "The smell of durian is overpowering."),
    ("Mùi mít không nồng lắm.", "The smell of jackfruit isn't very strong."),
    ("Mùi sầu riêng có nồng không?", "Is the smell of durian strong?"),
    ("Mùi mắm tôm có khó chịu không?", "Is the smell of shrimp paste unpleasant?"),
    ("Mùi sầu riêng này nồng quá!", "The smell of this durian is so strong!"),
    ("Mùi sầu riêng có quá nồng không?", "Is the smell of durian too strong?"),
    # v8: "A private smell has too hot.", "A separate smell has a very concentration.", "The shrimp has a pretty
    # confusion.", "Is it a private smell?", "There is no concrete.", "Fats have a taste of childhood.", "The shrimp
    # has a bad smell."
    ("Sầu riêng có mùi nồng quá.", "Durian has such a strong smell."),
    ("Sầu riêng có mùi rất nồng.", "Durian has a very strong smell."),
    ("Mắm tôm có mùi khá nồng.", "Shrimp paste has quite a strong smell."),
    ("Đậu phụ thối có mùi rất hôi.", "Stinky tofu has a very bad smell."),
    ("Đậu phụ thối có mùi kinh khủng lắm.", "Stinky tofu has a really awful smell."),
    ("Sầu riêng có mùi nồng không?", "Does durian have a strong smell?"),
    ("Mít không có mùi nồng.", "Jackfruit doesn't have a strong smell."),
    ("Mít có mùi thơm.", "Jackfruit has a nice smell."),
    ("Mắm tôm có mùi khó chịu.", "Shrimp paste has an unpleasant smell."),
    # v8: "I can't stand separately smell.", "My mother couldn't get a shy smell.", "I don't get rid of shine.", "He is
    # not soaned.", "I can't get smelly fish sauce.", "Do you get your own smell?"
    ("Tôi không chịu được mùi sầu riêng.", "I can't stand the smell of durian."),
    ("Mẹ tôi không chịu được mùi mắm tôm.", "My mother can't stand the smell of shrimp paste."),
    ("Tôi không chịu nổi mùi mắm tôm.", "I can't stand the smell of shrimp paste."),
    ("Anh ấy chịu không nổi mùi đậu phụ thối.", "He can't stand the smell of stinky tofu."),
    ("Tôi không thể chịu được mùi nước mắm.", "I can't stand the smell of fish sauce."),
    ("Bạn có chịu được mùi sầu riêng không?", "Can you stand the smell of durian?"),
    # v8: "I like my own smell.", "Uncle Hung loves private smell.", "I'm your own smell.", "I hate my own smell.", "He
    # dropped the smell fish sauce.", "Lan doesn't like a good smell.", "We don't like banana.", "Do you like a pept?"
    ("Tôi thích mùi sầu riêng.", "I like the smell of durian."),
    ("Bác Hùng rất thích mùi sầu riêng.", "Uncle Hung really likes the smell of durian."),
    ("Tôi mê mùi sầu riêng.", "I love the smell of durian."),
    ("Mẹ tôi ghét mùi mắm tôm.", "My mother hates the smell of shrimp paste."),
    ("Anh ấy rất ghét mùi nước mắm.", "He really hates the smell of fish sauce."),
    ("Lan không thích mùi sầu riêng lắm.", "Lan doesn't really like the smell of durian."),
    ("Chúng tôi không thích mùi đậu phụ thối.", "We don't like the smell of stinky tofu."),
    ("Bạn có thích mùi mít không?", "Do you like the smell of jackfruit?"),
    ("Cô ấy có ghét mùi mắm tôm không?", "Does she hate the smell of shrimp paste?"),
    # v8: "All the rooms of the smell alone.", "All the whole smelly houses.", "Cold brews separately smells.", "Both
    # cars are smelled separately.", "Both rooms of smelly soup.", "Both the bus warmly smelled car.", "Coldoration
    # separately smell.", "Cold brews have their own odor.", "This room tastes separately.", "Elevator Is a private
    # odor?", "The private squiring flew around the house.", "The cartoon spread across the kitchen."
    ("Cả phòng toàn mùi sầu riêng.", "The whole room smells of durian."),
    ("Cả nhà toàn mùi mắm tôm.", "The whole house smells of shrimp paste."),
    ("Tủ lạnh toàn mùi sầu riêng.", "The whole fridge smells of durian."),
    ("Cả xe ô tô toàn mùi sầu riêng.", "The whole car smells of durian."),
    ("Cả phòng nồng nặc mùi sầu riêng.", "The whole room reeks of durian."),
    ("Cả xe buýt nồng nặc mùi mắm tôm.", "The whole bus reeks of shrimp paste."),
    ("Tủ lạnh bốc mùi sầu riêng.", "The fridge stinks of durian."),
    ("Tủ lạnh có mùi sầu riêng.", "The fridge smells of durian."),
    ("Phòng này có mùi sầu riêng.", "This room smells of durian."),
    ("Thang máy có mùi sầu riêng không?", "Does the lift smell of durian?"),
    ("Mùi sầu riêng bay khắp nhà.", "The smell of durian is all over the house."),
    ("Mùi mắm tôm lan khắp bếp.", "The smell of shrimp paste is all over the kitchen."),
    # v8: "The private contract was not brought on the car.", "It's not possible to carry privately in the hotel.",
    # "The packs carry their own on the plane.", "The hotel banned privately.", "The bus baned privately.", "Hotels
    # don't give their own contracts.", "Is it privately brought on the plane?", "You can't bring your own floor on
    # the bus.", "Cannot carry fill the elevator."
    ("Không được mang sầu riêng lên xe.", "Durian is not allowed on board."),
    ("Không được mang sầu riêng vào khách sạn.", "Durian is not allowed in the hotel."),
    ("Cấm mang sầu riêng lên máy bay.", "Durian is not allowed on the plane."),
    ("Không được mang sầu riêng vào khách sạn này.", "Durian is not allowed in this hotel."),
    ("Khách sạn cấm mang sầu riêng.", "Durian is not allowed in the hotel."),
    ("Xe buýt cấm mang sầu riêng.", "Durian is not allowed on the bus."),
    ("Khách sạn không cho mang sầu riêng vào.", "Durian is not allowed in the hotel."),
    ("Có được mang sầu riêng lên máy bay không?", "Is durian allowed on the plane?"),
    ("Bạn không được mang sầu riêng lên xe buýt.", "You can't bring durian on the bus."),
    ("Bạn không được mang sầu riêng vào khách sạn.", "You can't bring durian into the hotel."),
    ("Không được mang mắm tôm vào thang máy.", "Shrimp paste is not allowed in the lift."),
    # not: "chịu được" said (put up with it?), "ngửi được" (can't smell it, or can't bear to?), "anh" saying it, a
    # pet, "I" asked, "em" with "ạ", a "?" on a statement, "thế" said, "nhỉ", "hơi" of a bad smell, a bad or an
    # awful smell denied, "quá" asked without "có", "xe" alone as a place, "lên" a hotel, "vào" a bus, "this" of
    # "xe" alone, the food itself (mt/dislikes.py, mt/ripeness.py), the other language, nonsense
    ("Tôi chịu được mùi mắm tôm.", None), ("Tôi không ngửi được mùi sầu riêng.", None),
    ("Anh thích mùi sầu riêng.", None), ("Con chó của tôi ghét mùi sầu riêng.", None),
    ("Tôi có thích mùi sầu riêng không?", None), ("Em có thích mùi sầu riêng không ạ?", None),
    ("Mùi sầu riêng nồng quá?", None), ("Mùi sầu riêng nồng quá thế.", None), ("Mùi sầu riêng nồng quá nhỉ.", None),
    ("Mùi sầu riêng hơi hôi.", None), ("Mùi sầu riêng không hôi.", None),
    ("Mùi đậu phụ thối không kinh khủng.", None), ("Mùi sầu riêng nồng quá không?", None),
    ("Mùi sầu riêng nồng không?", None), ("Cả xe toàn mùi sầu riêng.", None),
    ("Không được mang sầu riêng lên khách sạn.", None), ("Không được mang sầu riêng vào xe buýt.", None),
    ("Không được mang sầu riêng lên xe này.", None), ("Tôi không thích sầu riêng.", None),
    ("Sầu riêng này chín chưa?", None), ("Tôi không thể thích mùi sầu riêng.", None),
    ("Bạn có chịu được mùi sầu riêng?", None), ("Mùi sầu riêng kinh quá.", None),
    ("Tủ lạnh toàn mùi sầu riêng không?", None), ("Cấm mang sầu riêng lên máy bay?", None),
    ("Khách sạn cấm mang sầu riêng lên.", None), ("Sầu riêng có mùi hơi nồng.", None),
    ("Sầu riêng không có mùi nồng quá.", None), ("The smell of durian is so strong.", None),
    ("Sầu riêng sầu riêng sầu riêng.", None),
    # review: "chúng tôi" asking of themselves (as "I" asked; "chúng ta" asked is taken)
    ("Chúng tôi có thích mùi mắm tôm không?", None), ("Chúng tôi có chịu được mùi sầu riêng không?", None),
    ("Chúng ta có thích mùi mắm tôm không?", "Do we like the smell of shrimp paste?"),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Những mùi hôi trong suốt quá mạnh.", "Mùi chua quá mạnh.", "Mùi dán tôm là một mùi ngon miệng.", "Tôm dán
    # mùi vị.", "Nước mắm mùi hương mạnh.", "Mùi hôi thỉu mùi khủng khiếp.", "Mùi hôi thỉu là mùi kinh.", "Mùi chua
    # thật sự mạnh mẽ.", "Mùi chua là một chút mạnh.", "Mùi dán tôm là một chút không dễ chịu."
    ("Durian smells so strong.", "Mùi sầu riêng nồng quá."),
    ("The smell of durian is so strong.", "Mùi sầu riêng nồng quá."),
    ("The smell of shrimp paste is awful.", "Mùi mắm tôm kinh khủng."),
    ("Shrimp paste smells awful.", "Mùi mắm tôm kinh khủng."),
    ("Fish sauce smells so strong.", "Mùi nước mắm nồng quá."),
    ("Stinky tofu smells terrible.", "Mùi đậu phụ thối kinh khủng."),
    ("The smell of stinky tofu is horrible.", "Mùi đậu phụ thối kinh khủng."),
    ("The smell of durian is very strong.", "Mùi sầu riêng rất nồng."),
    ("The smell of durian is really strong.", "Mùi sầu riêng rất nồng."),
    ("The smell of durian is too strong.", "Mùi sầu riêng quá nồng."),
    ("The smell of durian is a bit strong.", "Mùi sầu riêng hơi nồng."),
    ("The smell of shrimp paste is a little unpleasant.", "Mùi mắm tôm hơi khó chịu."),
    # v8: "Mùi hương thơm không mạnh.", "Có mùi vị mạnh du lịch không?", "Có mùi của tôm dán một chút không?", "Mùi
    # hôi thỉu thật sự là một nếm.", "Có mùi vị du lịch mạnh không?", "Jackfruit mùi hương yêu thương.", "Mùi hương
    # thơm rất tốt!", "Những mùi vị du lịch này rất mạnh.", "Mùi chua là ngửi mùi quá cường.", "Mùi hôi thực sự."
    ("The smell of jackfruit isn't very strong.", "Mùi mít không nồng lắm."),
    ("The smell of jackfruit is not strong.", "Mùi mít không nồng."),
    ("Is the smell of durian strong?", "Mùi sầu riêng có nồng không?"),
    ("Is the smell of shrimp paste awful?", "Mùi mắm tôm có kinh khủng không?"),
    ("The smell of stinky tofu is really awful.", "Mùi đậu phụ thối rất kinh khủng."),
    ("Does durian smell strong?", "Mùi sầu riêng có nồng không?"),
    ("Jackfruit smells lovely.", "Mùi mít thơm."),
    ("The smell of jackfruit is so good!", "Mùi mít thơm quá!"),
    ("This durian smells so strong.", "Mùi sầu riêng này nồng quá."),
    ("The smell of durian is overpowering.", "Mùi sầu riêng nồng nặc."),
    ("Durian smells really bad.", "Mùi sầu riêng rất hôi."),
    # v8: "Người ta có mùi hương mạnh.", "Trong khi đó có mùi mạnh như vậy.", "Trong suốt quá trình có mùi hương rất
    # mạnh.", "Nữ lang có mùi vị mạnh không?", "Jackfruit không có mùi mạnh.", "Stinky có mùi hôi thực sự.", "dán tôm
    # có mùi khó chịu."
    ("Durian has a strong smell.", "Sầu riêng có mùi nồng."),
    ("Durian has such a strong smell.", "Sầu riêng có mùi nồng quá."),
    ("Durian has a very strong smell.", "Sầu riêng có mùi rất nồng."),
    ("Durian has quite a strong smell.", "Sầu riêng có mùi khá nồng."),
    ("Does durian have a strong smell?", "Sầu riêng có mùi nồng không?"),
    ("Jackfruit doesn't have a strong smell.", "Mít không có mùi nồng."),
    ("Stinky tofu has a really awful smell.", "Đậu phụ thối có mùi rất kinh khủng."),
    ("Shrimp paste has an unpleasant smell.", "Mắm tôm có mùi khó chịu."),
    # v8: "Tôi không thể chịu mùi vị của người du lịch.", "Mẹ tôi không thể chịu mùi dán tôm.", "Anh ta không thể
    # chịu mùi hương của nước mắm.", "Bạn có thể chịu mùi hương của người du lịch không?"
    ("I can't stand the smell of durian.", "Tôi không chịu được mùi sầu riêng."),
    ("My mother can't stand the smell of shrimp paste.", "Mẹ tôi không chịu được mùi mắm tôm."),
    ("He cannot stand the smell of fish sauce.", "Anh ấy không chịu được mùi nước mắm."),
    ("Can you stand the smell of durian?", "Bạn có chịu được mùi sầu riêng không?"),
    # v8: "Tôi thích mùi hương của người du lịch.", "Tôi yêu thích mùi hương của Nữ lang.", "Cha tôi yêu thích mùi hương
    # của người du lịch.", "Tôi ghét mùi hương của Nữ lang.", "Cô ấy thực sự thích mùi hương của jackfruit.", "Anh ấy
    # thực sự ghét mùi dán tôm.", "Lan thực sự không thích mùi vị của người du lịch.", "Bé có ghét mùi nước mắm không?"
    ("I like the smell of durian.", "Tôi thích mùi sầu riêng."),
    ("I love the smell of durian.", "Tôi rất thích mùi sầu riêng."),
    ("My father loves the smell of durian.", "Bố tôi rất thích mùi sầu riêng."),
    ("I hate the smell of durian.", "Tôi ghét mùi sầu riêng."),
    ("He hates the smell of fish sauce.", "Anh ấy ghét mùi nước mắm."),
    ("She really likes the smell of jackfruit.", "Cô ấy rất thích mùi mít."),
    ("He really hates the smell of shrimp paste.", "Anh ấy rất ghét mùi mắm tôm."),
    ("I don't like the smell of durian.", "Tôi không thích mùi sầu riêng."),
    ("Lan doesn't really like the smell of durian.", "Lan không thích mùi sầu riêng lắm."),
    ("Do you like the smell of jackfruit?", "Bạn có thích mùi mít không?"),
    ("Does she hate the smell of fish sauce?", "Cô ấy có ghét mùi nước mắm không?"),
    # v8: "Toàn bộ các mùi phòng của du lịch.", "Toàn bộ các mùi ô tô của du lịch.", "Toàn bộ các mùi nhà của dán
    # tôm.", "Những mùi hôi thỉu của bụi cây.", "Toàn bộ các tuần rưỡi dán tôm.", "Món bếp chứa dán tôm.", "Có mùi hôi
    # thối không?", "Những mùi phòng giống như du-rê.", "Mùi hương vị là tất cả trong nhà."
    ("The whole room smells of durian.", "Cả phòng toàn mùi sầu riêng."),
    ("The whole car smells of durian.", "Cả xe toàn mùi sầu riêng."),
    ("The whole house smells of shrimp paste.", "Cả nhà toàn mùi mắm tôm."),
    ("The fridge smells of durian.", "Tủ lạnh có mùi sầu riêng."),
    ("This whole room smells of durian.", "Cả phòng này toàn mùi sầu riêng."),
    ("The whole bus reeks of shrimp paste.", "Cả xe buýt nồng nặc mùi mắm tôm."),
    ("The kitchen stinks of shrimp paste.", "Bếp bốc mùi mắm tôm."),
    ("Does the fridge smell of durian?", "Tủ lạnh có mùi sầu riêng không?"),
    ("The room smells like durian.", "Phòng có mùi sầu riêng."),
    ("The entire lift smells of durian.", "Cả thang máy toàn mùi sầu riêng."),
    ("The smell of durian is all over the house.", "Mùi sầu riêng bay khắp nhà."),
    # v8: "Không cho phép bụi cây trên xe buýt.", "Không có người du lịch trên xe buýt.", "Không cho phép trong khách
    # sạn.", "Không cho phép trong suốt hành tinh.", "Nữ lang có được phép ở khách sạn không?", "Bạn không thể mang du
    # lịch trên xe buýt.", "Bạn không thể mang du lịch lên hành tinh.", "không cho phép dán tôm trong lược nâng."
    ("No durian allowed on the bus.", "Cấm mang sầu riêng lên xe buýt."),
    ("No durian is allowed on the plane.", "Cấm mang sầu riêng lên máy bay."),
    ("Durian is not allowed in the hotel.", "Không được mang sầu riêng vào khách sạn."),
    ("Durian is not allowed in this hotel.", "Không được mang sầu riêng vào khách sạn này."),
    ("Durian isn't allowed on the plane.", "Không được mang sầu riêng lên máy bay."),
    ("Is durian allowed in the hotel?", "Có được mang sầu riêng vào khách sạn không?"),
    ("No durian allowed in the taxi.", "Cấm mang sầu riêng lên taxi."),
    ("You can't bring durian on the bus.", "Bạn không được mang sầu riêng lên xe buýt."),
    ("You can't bring durian onto the plane.", "Bạn không được mang sầu riêng lên máy bay."),
    ("You aren't allowed to bring durian into the hotel.", "Bạn không được mang sầu riêng vào khách sạn."),
    ("Shrimp paste is not allowed in the lift.", "Không được mang mắm tôm vào thang máy."),
    # not: "stinks" of the fruit (an opinion?), "isn't bad" (not so bad), "very awful", a verb or "a" not agreeing,
    # "I" asked, a pet, "love" denied or asked, "really" with "can't stand", "on" or "in" not agreeing with where,
    # "on board" (a plane, a ship?), a "?" on a statement, the food itself (mt/dislikes.py), the smell everywhere,
    # smelling it (mt/smells.py), the other language, nonsense
    ("Durian stinks.", None), ("The smell of durian isn't bad.", None),
    ("The smell of stinky tofu is very awful.", None), ("Durian smell so strong.", None),
    ("Durian has an strong smell.", None), ("Do I like the smell of durian?", None),
    ("He like the smell of durian.", None), ("Does he likes the smell of durian?", None),
    ("My dog hates the smell of durian.", None), ("I don't love the smell of durian.", None),
    ("Do you love the smell of durian?", None), ("I can't really stand the smell of durian.", None),
    ("The fridge smell of durian.", None), ("Durian is not allowed in the bus.", None),
    ("Durian is allowed on the bus.", None), ("Durian is not allowed on board.", None),
    ("The smell of durian is so strong?", None), ("Is the smell of durian a bit strong?", None),
    ("I can't stand durian.", None), ("I don't like durian.", None), ("The smell of durian is everywhere.", None),
    ("I can smell durian.", None), ("Durian has a bit strong smell.", None),
    ("Does the whole room reek of durian?", None), ("Mùi sầu riêng nồng quá.", None),
    ("No durian on the bus.", None), ("Durian durian durian.", None),
    # review: "we", "our" (chúng tôi, or chúng ta?), "really" asked (truly?), "very" asked ("có … lắm không?")
    ("We hate the smell of durian.", None), ("We can't stand the smell of durian.", None),
    ("Our mother loves the smell of jackfruit.", None), ("Does our mother like the smell of durian?", None),
    ("Is the smell of durian really strong?", None), ("Does durian smell really strong?", None),
    ("Is the smell of durian very strong?", "Mùi sầu riêng có nồng lắm không?"),
    ("Does durian smell very strong?", "Mùi sầu riêng có nồng lắm không?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
