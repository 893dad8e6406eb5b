"""Children's toys: a toy broken, too many toys, a toy bought, playing with toys, a toy's ages, sharing toys and a
favourite toy, both ways (mt/toys.py)."""
import pytest

from mt.toys import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I rubbed my toy.", "My son broke out the toy.", "My younger brother usually break the toy."
    ("Con tôi làm hỏng đồ chơi rồi.", "My child has broken a toy."),
    ("Con trai tôi làm vỡ đồ chơi.", "My son broke a toy."),
    ("Con trai tôi làm vỡ đồ chơi của mình.", "My son broke his toy."),
    ("Tôi làm hỏng đồ chơi của con tôi.", "I broke my child's toy."),
    ("Cô ấy vừa làm hỏng đồ chơi của bạn.", "She has just broken your toy."),
    ("Lan đã làm hỏng đồ chơi rồi.", "Lan has broken a toy."),
    ("Em trai tôi hay làm hỏng đồ chơi.", "My younger brother often breaks toys."),
    ("Mẹ tôi làm hỏng đồ chơi của mình rồi.", "My mother has broken her toy."),
    # v8: "I have too many toys.", "Do you have multiple toys?"
    ("Con tôi có quá nhiều đồ chơi.", "My child has too many toys."),
    ("Con trai tôi có rất nhiều đồ chơi.", "My son has lots of toys."),
    ("Chúng tôi có nhiều đồ chơi.", "We have a lot of toys."),
    ("Bạn có nhiều đồ chơi không?", "Do you have a lot of toys?"),
    ("Tôi không có nhiều đồ chơi.", "I don't have many toys."),
    ("Anh ấy có quá nhiều đồ chơi.", "He has too many toys."),
    # v8: "Mom bought a new toy.", "I bought my new toy."
    ("Tôi mua đồ chơi mới cho con.", "I bought a new toy for my child."),
    ("Tôi mua đồ chơi mới cho con trai tôi.", "I bought a new toy for my son."),
    ("Bố tôi vừa mua đồ chơi mới cho tôi.", "My father has just bought a new toy for me."),
    ("Bạn đã mua đồ chơi cho con chưa?", "Have you bought a toy for your child yet?"),
    ("Chúng tôi sẽ mua một món đồ chơi mới cho con gái.", "We will buy a new toy for our daughter."),
    ("Bà tôi đã mua đồ chơi cho em trai tôi rồi.", "My grandmother has bought a toy for my younger brother."),
    # v8: "My son plays toys all day.", "My daughter is playing toy."
    ("Con trai tôi chơi đồ chơi cả ngày.", "My son plays with his toys all day."),
    ("Con gái tôi đang chơi đồ chơi.", "My daughter is playing with her toys."),
    ("Tôi đang chơi đồ chơi.", "I'm playing with my toys."),
    ("Con tôi chơi đồ chơi suốt ngày.", "My child plays with their toys all day long."),
    ("Con bạn có chơi đồ chơi cả ngày không?", "Does your child play with their toys all day?"),
    # v8: "This play is for children over three years old.", "This play doesn't give children younger than three …"
    ("Đồ chơi này dành cho trẻ em trên ba tuổi.", "This toy is for children over three."),
    ("Đồ chơi này không dành cho trẻ em dưới 3 tuổi.", "This toy is not for children under 3."),
    ("Đồ chơi này dành cho trẻ từ mười hai tuổi trở lên.", "This toy is for children aged twelve and over."),
    ("Đồ chơi này có dành cho trẻ em trên năm tuổi không?", "Is this toy for children over five?"),
    # v8: "My child doesn't share playing with friends."
    ("Con tôi không chịu chia sẻ đồ chơi với bạn bè.", "My child won't share their toys with friends."),
    ("Con trai bạn có chia sẻ đồ chơi không?", "Does your son share his toys?"),
    ("Lan không bao giờ chia sẻ đồ chơi.", "Lan never shares toys."),
    ("Con gái tôi không muốn chia sẻ đồ chơi.", "My daughter doesn't want to share her toys."),
    # v8: "My favorite toy is glad.", "This is my favorite toy."
    ("Đồ chơi yêu thích của con tôi là gấu bông.", "My child's favourite toy is a teddy bear."),
    ("Đồ chơi yêu thích của bạn là gì?", "What is your favourite toy?"),
    ("Đây là đồ chơi yêu thích của con gái tôi.", "This is my daughter's favourite toy."),
    ("Đồ chơi yêu thích của Minh là ô tô đồ chơi.", "Minh's favourite toy is a toy car."),
    # not: "Mẹ", "con" alone (the speaker, or the one spoken to?), "anh" saying it, a pet, putting toys away
    # (mt/tidying.py), pocket money spent, toys donated, tripping over one (mt/pocket_money.py, volunteering.py,
    # falls.py), a toy broken asked, denied or ahead (did, does?), playing and sharing plain (now, or a habit?),
    # sharing "với bạn" and "cho bạn mượn" (a friend, or you?), "quá" after (so many), "thế" (so many), "nhỉ"
    ("Mẹ mua đồ chơi mới cho con.", None), ("Bạn cất đồ chơi đi.", None), ("Anh làm hỏng đồ chơi rồi.", None),
    ("Con chó của tôi làm hỏng đồ chơi rồi.", None), ("Con tôi có làm hỏng đồ chơi không?", None),
    ("Con tôi không làm hỏng đồ chơi.", None), ("Con tôi sẽ làm hỏng đồ chơi.", None),
    ("Con trai tôi chơi đồ chơi.", None), ("Con tôi chia sẻ đồ chơi với bạn bè.", None),
    ("Con tôi không chịu chia sẻ đồ chơi với bạn.", None), ("Con tôi cho bạn mượn đồ chơi.", None),
    ("Con tôi có nhiều đồ chơi quá.", None), ("Con tôi có quá nhiều đồ chơi thế.", None),
    ("Con tôi có nhiều đồ chơi nhỉ.", None), ("Tôi tiêu hết tiền tiêu vặt vào đồ chơi.", None),
    ("Chúng tôi quyên góp đồ chơi cho trẻ em nghèo.", None), ("Con tôi vấp phải đồ chơi.", None),
    # ... a "?" on a statement, "có" without "không", "I" asked, "em … ạ" (the speaker), "cho con" after kin or a
    # name (whose child?), whom who is, an age past the table, a pet's favourite, nonsense, the other language
    ("Con tôi có quá nhiều đồ chơi?", None), ("Bạn có nhiều đồ chơi?", None), ("Tôi có nhiều đồ chơi không?", None),
    ("Em có nhiều đồ chơi không ạ?", None), ("Lan mua đồ chơi mới cho con.", None),
    ("Mẹ tôi mua đồ chơi mới cho con.", None), ("Tôi mua đồ chơi cho tôi.", None),
    ("Đồ chơi này dành cho trẻ em trên hai mươi lăm tuổi.", None),
    ("Đồ chơi yêu thích của con mèo của tôi là quả bóng.", None),
    ("Đây là đồ chơi yêu thích của con tôi là gì?", None), ("Đồ chơi đồ chơi đồ chơi.", None),
    ("My child has too many toys.", None),
    # review: toys played with are a child's own, not a grown-up's ("My father is playing with his toys."); an age
    # with a nought before it ("over 03"); "mình" asked (you, we or I?)
    ("Bố tôi đang chơi đồ chơi.", "My father is playing with toys."),
    ("Vợ tôi chơi đồ chơi cả ngày.", "My wife plays with toys all day."),
    ("Ông tôi đang chơi đồ chơi.", "My grandfather is playing with toys."),
    ("Bạn tôi chơi đồ chơi cả ngày.", "My friend plays with toys all day."),
    ("Em trai tôi đang chơi đồ chơi.", "My younger brother is playing with his toys."),
    ("Đồ chơi này dành cho trẻ em trên 03 tuổi.", "This toy is for children over 3."),
    ("Đồ chơi này có dành cho trẻ em dưới 05 tuổi không?", "Is this toy for children under 5?"),
    ("Đồ chơi yêu thích của mình là gì?", None),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Con trai tôi chia tay đồ chơi của anh ấy." (broke up with), "… thường chia tay đồ chơi của mình."
    ("My child has broken a toy.", "Con tôi làm hỏng đồ chơi rồi."),
    ("My son broke his toy.", "Con trai tôi làm hỏng đồ chơi của mình."),
    ("My son broke my toy.", "Con trai tôi làm hỏng đồ chơi của tôi."),
    ("I broke my brother's toy.", "Tôi làm hỏng đồ chơi của anh trai tôi."),
    ("She has just broken a toy.", "Cô ấy vừa làm hỏng đồ chơi."),
    ("My daughter often breaks her toys.", "Con gái tôi hay làm hỏng đồ chơi của mình."),
    ("We've broken a toy.", "Chúng tôi làm hỏng đồ chơi rồi."),
    # v8: "Bạn có rất nhiều đồ chơi không?"
    ("My child has too many toys.", "Con tôi có quá nhiều đồ chơi."),
    ("Do you have a lot of toys?", "Bạn có nhiều đồ chơi không?"),
    ("She doesn't have many toys.", "Cô ấy không có nhiều đồ chơi."),
    ("Lan has lots of toys.", "Lan có rất nhiều đồ chơi."),
    ("Does your son have too many toys?", "Con trai bạn có quá nhiều đồ chơi không?"),
    # v8: "Cha tôi vừa mua cho tôi một món đồ chơi mới."
    ("I bought a new toy for my son.", "Tôi đã mua đồ chơi mới cho con trai tôi."),
    ("My father has just bought me a new toy.", "Bố tôi vừa mua đồ chơi mới cho tôi."),
    ("Have you bought a toy for your daughter yet?", "Bạn đã mua đồ chơi cho con gái bạn chưa?"),
    ("We will buy a new toy for him.", "Chúng tôi sẽ mua đồ chơi mới cho anh ấy."),
    ("My mother's bought a new toy for my son.", "Mẹ tôi đã mua đồ chơi mới cho con trai tôi rồi."),
    # v8: "Con trai tôi chơi với đồ chơi của anh ấy cả ngày.", "Con gái tôi đang chơi với đồ chơi của cô ấy."
    ("My son plays with his toys all day.", "Con trai tôi chơi đồ chơi cả ngày."),
    ("My daughter is playing with her toys.", "Con gái tôi đang chơi đồ chơi."),
    ("I'm playing with my toys.", "Tôi đang chơi đồ chơi."),
    ("Does your child play with their toys all day?", "Con bạn có chơi đồ chơi cả ngày không?"),
    ("They play with toys all day long.", "Họ chơi đồ chơi suốt ngày."),
    # v8: "… dành cho trẻ em hơn ba tuổi.", "Đồ chơi này không phải đối với trẻ dưới ba."
    ("This toy is for children over three.", "Đồ chơi này dành cho trẻ em trên ba tuổi."),
    ("This toy isn't for children under 3.", "Đồ chơi này không dành cho trẻ em dưới 3 tuổi."),
    ("This toy is for children aged eight and up.", "Đồ chơi này dành cho trẻ em từ tám tuổi trở lên."),
    ("Is this toy for kids over five years old?", "Đồ chơi này có dành cho trẻ em trên năm tuổi không?"),
    # v8: "Con trai tôi không chia sẻ đồ chơi của anh ấy với bạn bè." (doesn't: the won't lost)
    ("My son won't share his toys with friends.", "Con trai tôi không chịu chia sẻ đồ chơi với bạn bè."),
    ("She doesn't want to share her toys.", "Cô ấy không muốn chia sẻ đồ chơi."),
    ("Does your daughter share her toys?", "Con gái bạn có chia sẻ đồ chơi không?"),
    ("My son never shares his toys.", "Con trai tôi không bao giờ chia sẻ đồ chơi."),
    # v8: "Tôi có lợi cho con gái tôi là con búp bê.", "Đây là món đồ chơi có lợi cho con trai tôi."
    ("My daughter's favourite toy is a doll.", "Đồ chơi yêu thích của con gái tôi là búp bê."),
    ("What is your favourite toy?", "Đồ chơi yêu thích của bạn là gì?"),
    ("This is my son's favourite toy.", "Đây là đồ chơi yêu thích của con trai tôi."),
    ("What's his favorite toy?", "Đồ chơi yêu thích của anh ấy là gì?"),
    # not: the verb not agreeing ("She have", "My son break"), toys not who's own played with, no "all day", a pet,
    # sharing plain (now, a habit?), "often broke" (a past habit), "broken toys" (toys that are broken), "many" said,
    # an age past the table or "one years", no "?", "myself", "Mum" alone, putting toys away (mt/tidying.py), pocket
    # money (mt/pocket_money.py), a film, the other language
    ("She have too many toys.", None), ("My son break his toy.", None), ("My son plays with my toys all day.", None),
    ("My son plays with his toys.", None), ("My dog broke a toy.", None), ("My son shares his toys.", None),
    ("My son often broke his toys.", None), ("My son has broken toys.", None), ("He has many toys.", None),
    ("This toy is for children over twenty-five.", None), ("This toy is for children over one years old.", None),
    ("Is this toy for children over three.", None), ("I bought a new toy for myself.", None),
    ("Mum bought a new toy for the child.", None), ("Put your toys away.", None),
    ("I spent all my pocket money on toys.", None), ("Toy Story is my favourite film.", None),
    ("My daughter's favourite toy is a teddy bear?", None), ("Tôi có quá nhiều đồ chơi.", None),
    ("My dog's favourite toy is a ball.", None), ("Does he plays with his toys all day?", None),
    # review: "lots of" asked is "nhiều" ("có rất nhiều … không?" is not said); an age with a nought before it; whom
    # or whose "his", "her", "their" after kin or a name ("Bố tôi … con gái anh ấy": another man's daughter)
    ("Does she have lots of toys?", "Cô ấy có nhiều đồ chơi không?"),
    ("Do you have lots of toys?", "Bạn có nhiều đồ chơi không?"),
    ("This toy is for children over 03.", "Đồ chơi này dành cho trẻ em trên 3 tuổi."),
    ("Is this toy for children aged 07 and up?", "Đồ chơi này có dành cho trẻ em từ 7 tuổi trở lên không?"),
    ("My father bought a toy for his daughter.", None), ("My mother bought a toy for her son.", None),
    ("Lan bought a toy for her son.", None), ("Has Lan bought a toy for her son yet?", None),
    ("My son broke his sister's toy.", None), ("My mother broke her son's toy.", None),
    ("She bought a toy for her son.", "Cô ấy đã mua đồ chơi cho con trai cô ấy."),
    ("He broke her brother's toy.", "Anh ấy làm hỏng đồ chơi của anh trai cô ấy."),
    ("My father bought a toy for her son.", "Bố tôi đã mua đồ chơi cho con trai cô ấy."),
    ("My son broke her brother's toy.", "Con trai tôi làm hỏng đồ chơi của anh trai cô ấy."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
