"""Valentine's Day: presents given or bought on it or for it, what someone is giving, plans, being single on it,
and the day itself, both ways (mt/valentines.py)."""
import pytest

from mt.valentines import translate


@pytest.mark.parametrize("text, said", [
    # v8: "I gave you a flower on Valentine's Day.", "He gave me a Valentine's Day rose.", "My husband bought
    # chocolate for me on private holidays."
    ("Tôi tặng bạn gái hoa vào ngày Valentine.", "I gave my girlfriend flowers on Valentine's Day."),
    ("Anh ấy tặng tôi một bó hoa hồng nhân ngày Valentine.", "He gave me a bunch of roses for Valentine's Day."),
    ("Chồng tôi mua sô-cô-la cho tôi vào ngày lễ tình nhân.", "My husband bought me chocolates on Valentine's Day."),
    ("Ngày Valentine, Minh tặng hoa cho Lan.", "Minh gave Lan flowers on Valentine's Day."),
    ("Bạn gái tôi tặng tôi một hộp sô-cô-la vào ngày Valentine.",
     "My girlfriend gave me a box of chocolates on Valentine's Day."),
    ("Valentine năm ngoái anh ấy tặng tôi một bó hoa hồng.",
     "He gave me a bunch of roses on Valentine's Day last year."),
    ("Valentine năm nay anh ấy sẽ tặng tôi hoa hồng.", "He'll give me roses on Valentine's Day this year."),
    ("Anh trai tôi định mua sô-cô-la cho bạn gái nhân ngày Valentine.",
     "My brother is going to buy his girlfriend chocolates for Valentine's Day."),
    ("Cô ấy đã mua cho bạn trai một tấm thiệp nhân dịp Valentine.",
     "She bought her boyfriend a card for Valentine's Day."),
    ("Tôi thường tặng vợ hoa hồng vào ngày Valentine.", "I usually give my wife roses on Valentine's Day."),
    ("Tôi muốn tặng bạn gái một con gấu bông nhân dịp Valentine.",
     "I want to give my girlfriend a teddy bear for Valentine's Day."),
    ("Bác Lan tặng hoa cho chồng vào ngày Valentine.", "Aunt Lan gave her husband flowers on Valentine's Day."),
    ("Anh đã mua quà Valentine cho bạn gái chưa?", "Have you bought your girlfriend a Valentine's Day present yet?"),
    ("Mẹ tôi vừa tặng bố tôi một tấm thiệp nhân ngày Valentine.",
     "My mother has just given my father a card for Valentine's Day."),
    # v8: "I don't buy Valentine's Day gift.", "Have you bought Valentine gifts for a loved one yet?"
    ("Tôi chưa mua quà Valentine cho bạn gái.", "I haven't bought my girlfriend a Valentine's Day present yet."),
    ("Bạn đã mua quà Valentine cho bạn gái chưa?",
     "Have you bought your girlfriend a Valentine's Day present yet?"),
    ("Anh ấy đã mua quà Valentine cho vợ rồi.", "He's already bought his wife a Valentine's Day present."),
    # v8: "What do you give girls on Valentine's Day?"
    ("Bạn tặng gì cho bạn gái vào ngày Valentine?", "What are you giving your girlfriend for Valentine's Day?"),
    ("Anh ấy đã tặng gì cho vợ nhân ngày Valentine?", "What did he give his wife for Valentine's Day?"),
    ("Valentine năm ngoái chồng bạn tặng gì cho bạn?", "What did your husband give you for Valentine's Day last year?"),
    ("Bạn định mua gì cho chồng vào ngày Valentine?", "What are you going to buy your husband for Valentine's Day?"),
    ("Lan sẽ tặng bạn trai gì vào ngày lễ tình nhân?", None),  # (Lan's: his or her boyfriend, English says)
    # v8: "What plans you have Valentine's Day this year?"
    ("Valentine năm nay bạn có kế hoạch gì không?", "Do you have any plans for Valentine's Day this year?"),
    ("Bạn có kế hoạch gì cho ngày Valentine không?", "Do you have any plans for Valentine's Day?"),
    ("Tôi chưa có kế hoạch gì cho ngày Valentine.", "I don't have any plans for Valentine's Day yet."),
    ("Chúng tôi không có kế hoạch gì cho ngày lễ tình nhân.", "We don't have any plans for Valentine's Day."),
    ("Valentine này anh ấy đã có kế hoạch gì chưa?", "Does he have any plans for this Valentine's Day yet?"),
    # (going out on the day is left, to the model: v8 "We'll eat dinner on Valentine's Day.")
    ("Chúng tôi sẽ đi ăn tối vào ngày Valentine.", None),
    # v8: "This Valentine's Day is confusion.", "Valentine's Day this year I'm poisonous."
    ("Valentine này tôi lại ế.", "I'm single again this Valentine's Day."),
    ("Valentine năm nay tôi vẫn độc thân.", "I'm still single on Valentine's Day this year."),
    ("Valentine năm ngoái tôi vẫn độc thân.", "I was still single on Valentine's Day last year."),
    ("Valentine này bạn vẫn ế à?", "Are you still single this Valentine's Day?"),
    ("Valentine này em gái tôi lại một mình.", "My sister is alone again this Valentine's Day."),
    # v8: "It's up to Valentine's Day."; right already: "Today is Valentine's Day.", "Happy Valentine's Day!"
    ("Hôm nay là ngày Valentine.", "Today is Valentine's Day."),
    ("Ngày mai là Valentine rồi.", "Tomorrow is Valentine's Day."),
    ("Hôm qua là ngày lễ tình nhân.", "Yesterday was Valentine's Day."),
    ("Ngày Valentine là ngày 14 tháng 2.", "Valentine's Day is on February 14."),
    ("Ngày Valentine là ngày nào?", "When is Valentine's Day?"),
    ("Sắp đến ngày Valentine rồi.", "Valentine's Day is coming soon."),
    ("Chúc mừng ngày Valentine!", "Happy Valentine's Day!"),
    ("Valentine vui vẻ!", "Happy Valentine's Day!"),
    # not: "người yêu" (boyfriend or girlfriend?), kin alone but a partner, a partner alone after we or after a
    # partner (each one's; whose?), a perfect with "vào ngày", a plain verb with this year's day, a day said twice,
    # "anh" alone saying it, a pet, "có … không?" of giving, "Tôi tặng gì" (what should I?), plans past, a name "ế"
    # (flowers unsold?), a day ahead single, a "?" on a statement, "tình nhân" a lover, "14/2", a day with no "ngày"
    # nor "vào", the other way's language, nonsense
    ("Bạn đã mua quà Valentine cho người yêu chưa?", None),
    ("Minh tặng hoa cho bạn gái vào ngày Valentine.", None),  # (his or her girlfriend?)
    ("Em có kế hoạch gì cho ngày Valentine không ạ?", None),  # ("em" with "ạ": the speaker)
    ("Tôi tặng hoa cho mẹ vào ngày Valentine.", None),
    ("Chúng tôi tặng hoa cho vợ vào ngày Valentine.", None),
    ("Chồng tôi tặng hoa cho vợ vào ngày Valentine.", None),
    ("Mẹ tôi vừa tặng bố tôi một tấm thiệp vào ngày Valentine.", None),
    ("Valentine năm nay anh ấy tặng tôi hoa hồng.", None),
    ("Ngày Valentine, tôi tặng bạn gái hoa vào ngày Valentine.", None),
    ("Anh tặng em hoa vào ngày Valentine.", None),
    ("Con chó của tôi tặng tôi hoa vào ngày Valentine.", None),
    ("Bạn có tặng hoa cho bạn gái vào ngày Valentine không?", None),
    ("Tôi tặng gì cho bạn gái vào ngày Valentine?", None),
    ("Valentine năm ngoái bạn có kế hoạch gì không?", None),
    ("Hoa ế vào ngày Valentine.", None),
    ("Valentine năm sau tôi vẫn độc thân.", None),
    ("Tôi tặng bạn gái hoa vào ngày Valentine?", None),
    ("Anh ấy có tình nhân.", None),
    ("Tôi tặng bạn gái hoa ngày 14/2.", None),
    ("Tôi tặng bạn gái hoa Valentine.", None),
    ("I gave my girlfriend flowers on Valentine's Day.", None),
    ("Valentine Valentine valentine.", None),
    ("Tôi chưa tặng bạn gái hoa vào ngày Valentine.", None),
    ("Hôm nay là ngày Valentine phải không?", None),
    # (review) "mình" as whom after anyone else: me, or who's self ("mua cho mình": for himself)?
    ("Anh ấy mua sô-cô-la cho mình vào ngày Valentine.", None),
    ("Anh ấy tặng mình hoa vào ngày Valentine.", None),
    ("Cô ấy mua hoa cho mình nhân ngày Valentine.", None),
    ("Bạn gái tôi mua cho mình một hộp sô-cô-la nhân ngày lễ tình nhân.", None),
    ("Bạn tặng mình hoa vào ngày Valentine.", None),
    ("Anh ấy sẽ mua cho mình một món quà nhân ngày Valentine.", None),
    ("Anh ấy tặng quà Valentine cho mình.", None),
    ("Cô ấy định mua sô-cô-la cho mình vào ngày Valentine.", None),
    ("Anh ấy tặng gì cho mình vào ngày Valentine?", None),
    # (review) "thế", "vậy" ending a statement say more than English would (mt.text.STRESSED_SAID); asked, they soften
    ("Valentine này tôi lại ế thế.", None),
    ("Valentine này tôi lại ế vậy.", None),
    ("Tôi tặng bạn gái hoa vào ngày Valentine vậy.", None),
    ("Hôm nay là ngày Valentine thế.", None),
    ("Tôi chưa có kế hoạch gì cho ngày Valentine vậy.", None),
    ("Bạn tặng gì cho bạn gái vào ngày Valentine vậy?", "What are you giving your girlfriend for Valentine's Day?"),
    # (review) "một mình" is one alone: we or they "một mình" is not Vietnamese
    ("Valentine này chúng tôi một mình.", None),
    ("Valentine này họ một mình.", None),
    ("Valentine năm ngoái chúng tôi một mình.", None),
    ("Valentine này họ vẫn ế.", "They're still single this Valentine's Day."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi tặng hoa bạn gái của tôi vào ngày Valentine.", "Chồng tôi mua sô-cô-la vào ngày Valentine." (me lost),
    # "Tôi chưa mua cho bạn gái tôi một món quà mày Valentine."
    ("I gave my girlfriend flowers on Valentine's Day.", "Tôi đã tặng hoa cho bạn gái vào ngày Valentine."),
    ("He gave me a bunch of roses for Valentine's Day.",
     "Anh ấy đã tặng một bó hoa hồng cho tôi nhân ngày Valentine."),
    ("My husband bought me chocolates on Valentine's Day.",
     "Chồng tôi đã mua sô-cô-la cho tôi vào ngày Valentine."),
    ("I haven't bought my girlfriend a Valentine's present yet.", "Tôi chưa mua quà Valentine cho bạn gái."),
    ("Have you bought your wife a Valentine's Day gift yet?", "Bạn đã mua quà Valentine cho vợ chưa?"),
    ("Did he give you flowers on Valentine's Day?", "Anh ấy có tặng hoa cho bạn vào ngày Valentine không?"),
    ("She's going to buy her boyfriend a box of chocolates for Valentine's Day.",
     "Cô ấy định mua một hộp sô-cô-la cho bạn trai nhân ngày Valentine."),
    ("I'll give my wife roses on Valentine's Day.", "Tôi sẽ tặng hoa hồng cho vợ vào ngày Valentine."),
    ("He gave flowers to his girlfriend on Valentine's Day last year.",
     "Anh ấy đã tặng hoa cho bạn gái vào ngày Valentine năm ngoái."),
    ("My brother usually buys his girlfriend roses on Valentine's Day.",
     "Anh trai tôi thường mua hoa hồng cho bạn gái vào ngày Valentine."),
    ("I’m giving my girlfriend a teddy bear for Valentine's Day.",
     "Tôi sẽ tặng một con gấu bông cho bạn gái nhân ngày Valentine."),
    ("I gave her flowers on Valentine's Day.", "Tôi đã tặng hoa cho cô ấy vào ngày Valentine."),
    ("He's just bought his wife a Valentine's gift.", "Anh ấy vừa mua quà Valentine cho vợ."),
    ("We bought Lan a present for Valentine's Day.", "Chúng tôi đã mua quà cho Lan nhân ngày Valentine."),
    # v8: "Bạn đã làm gì cho bạn gái của mình cho bạn gái Valentine?", "Bạn làm gì cho bạn gái của mình đối với ngày
    # Valentine?"
    ("What did you give your girlfriend for Valentine's Day?", "Bạn đã tặng gì cho bạn gái nhân ngày Valentine?"),
    ("What are you giving your girlfriend for Valentine's Day?", "Bạn tặng gì cho bạn gái vào ngày Valentine?"),
    ("What is he going to buy his wife for Valentine's Day?", "Anh ấy định mua gì cho vợ nhân ngày Valentine?"),
    ("What are you giving her for Valentine's Day?", "Bạn tặng gì cho cô ấy vào ngày Valentine?"),
    ("What did Lan give her husband for Valentine's Day?", None),  # (Lan's own husband, or another woman's?)
    ("What will your father give your mother for Valentine's Day?",
     "Bố bạn sẽ tặng gì cho mẹ bạn nhân ngày Valentine?"),
    # (v8 right: "Tôi không có kế hoạch nào cho ngày Valentine.")
    ("Do you have any plans for Valentine's Day this year?", "Valentine năm nay bạn có kế hoạch gì không?"),
    ("I don't have any plans for Valentine's Day.", "Tôi không có kế hoạch gì cho ngày Valentine."),
    ("We don't have any plans for Valentine's Day yet.", "Chúng tôi chưa có kế hoạch gì cho ngày Valentine."),
    ("Does your sister have any plans for this Valentine's Day?",
     "Valentine này em gái bạn có kế hoạch gì không?"),
    # (going out: left; v8 "Chúng tôi đi ra ăn tối vào ngày Valentine.")
    ("We're going out for dinner on Valentine's Day.", None),
    # v8: "Tôi lại là ngày Valentine này.", "Tôi vẫn là một ngày Valentine này."
    ("I'm single again this Valentine's Day.", "Valentine này tôi lại ế."),
    ("I'm still single this Valentine's Day.", "Valentine này tôi vẫn độc thân."),
    ("Are you still single this Valentine's Day?", "Valentine này bạn vẫn độc thân à?"),
    ("I was single on Valentine's Day last year.", "Valentine năm ngoái tôi độc thân."),
    ("My brother is alone on Valentine's Day.", "Anh trai tôi một mình vào ngày Valentine."),
    # v8: "Ngày Valentine sắp đến.", "Valentine là ngày vào ngày 14 tháng 2."; right: "Hôm nay là ngày Valentine."
    ("Today is Valentine's Day.", "Hôm nay là ngày Valentine."),
    ("Yesterday was Valentine's Day.", "Hôm qua là ngày Valentine."),
    ("Valentine's Day is coming soon.", "Sắp đến ngày Valentine rồi."),
    ("Valentine's Day is on February 14.", "Ngày Valentine là ngày 14 tháng 2."),
    ("When is Valentine's Day?", "Ngày Valentine là ngày nào?"),
    ("Happy Valentine's Day!", "Chúc mừng ngày Valentine!"),
    # not: a name's partner (his or hers?), a verb that does not agree, "gave … for", a perfect "on" the day, a tense
    # the day does not fit, a pet, "I" asked, a plain present of a habit, "was" of today, a "?" on a statement,
    # Valentine a name, the other way's language, nonsense
    ("Minh gave his girlfriend flowers on Valentine's Day.", None),
    ("He give his girlfriend flowers on Valentine's Day.", None),
    ("She have bought her husband a Valentine's present.", None),
    ("I gave flowers for my girlfriend on Valentine's Day.", None),
    ("I've just given my girlfriend flowers on Valentine's Day.", None),
    ("I'll give my girlfriend flowers on Valentine's Day last year.", None),
    ("My dog gave me flowers on Valentine's Day.", None),
    ("Do I have any plans for Valentine's Day?", None),
    ("He gives his girlfriend flowers on Valentine's Day.", None),
    ("Today was Valentine's Day.", None),
    ("I gave my girlfriend flowers on Valentine's Day?", None),
    ("Valentine is my friend.", None),
    ("Tôi tặng bạn gái hoa vào ngày Valentine.", None),
    ("Valentine's Valentine's Day.", None),
    ("I'm single again next Valentine's Day.", None),
    ("I gave my girlfriend flowers and a card on Valentine's Day.", None),
    # (review) we or they alone: "chúng tôi một mình", "họ một mình" are not Vietnamese
    ("We're alone this Valentine's Day.", None),
    ("We were alone on Valentine's Day last year.", None),
    ("They were alone last Valentine's Day.", None),
    ("They're alone again this Valentine's Day.", None),
    ("Are we alone this Valentine's Day?", None),
    ("We're single this Valentine's Day.", "Valentine này chúng tôi độc thân."),
    # (review) we asked: "chúng tôi" leaves out the one asked, "chúng ta" takes them in (which?)
    ("Did we give our mother flowers on Valentine's Day?", None),
    ("Have we bought our mother a Valentine's present yet?", None),
    ("Do we have any plans for Valentine's Day?", None),
    ("Do we have any plans for this Valentine's Day?", None),
    ("Do we have any plans for Valentine's Day yet?", None),
    ("Are we still single this Valentine's Day?", None),
    ("We don't have any plans for Valentine's Day.", "Chúng tôi không có kế hoạch gì cho ngày Valentine."),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
