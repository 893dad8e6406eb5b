"""The Tet holiday and its flowers: days off for Tet, peach and apricot blossom and kumquat trees bought, a region's
Tet flower, and the pagoda at the start of the year, both ways (mt/tet_holiday.py)."""
import pytest

from mt.tet_holiday import translate


@pytest.mark.parametrize("text, said", [
    # v8: "This year, I had a seven-day holiday.", "How many days are you holiday?", "Last year, he was idle nine
    # days.", "It was only a third holiday.", "This year, I can't get a holiday."
    ("Năm nay tôi được nghỉ Tết bảy ngày.", "I get seven days off for Tet this year."),
    ("Tôi được nghỉ Tết bảy ngày.", "I get seven days off for Tet."),
    ("Năm nay chúng tôi được nghỉ Tết một tuần.", "We get a week off for Tet this year."),
    ("Mẹ tôi được nghỉ Tết mười ngày.", "My mother gets ten days off for Tet."),
    ("Năm ngoái anh ấy được nghỉ Tết chín ngày.", "He got nine days off for Tet last year."),
    ("Lan chỉ được nghỉ Tết ba ngày.", "Lan only gets three days off for Tet."),
    ("Năm nay em gái tôi được nghỉ Tết hai tuần.", "My sister gets two weeks off for Tet this year."),
    ("Tôi được nghỉ Tết 9 ngày.", "I get 9 days off for Tet."),
    ("Năm sau tôi sẽ được nghỉ Tết mười ngày.", "I will get ten days off for Tet next year."),
    ("Tết năm nay cô ấy chỉ được nghỉ một ngày.", "She only gets one day off for Tet this year."),
    ("Bạn được nghỉ Tết mấy ngày?", "How many days off do you get for Tet?"),
    ("Tết này bạn được nghỉ mấy ngày?", "How many days off do you get for Tet this year?"),
    ("Bố bạn được nghỉ Tết bao nhiêu ngày?", "How many days off does your father get for Tet?"),
    ("Năm ngoái bạn được nghỉ Tết mấy ngày?", "How many days off did you get for Tet last year?"),
    ("Anh được nghỉ Tết mấy ngày?", "How many days off do you get for Tet?"),
    ("Năm nay tôi không được nghỉ Tết.", "I don't get any time off for Tet this year."),
    ("Năm ngoái họ không được nghỉ Tết.", "They didn't get any time off for Tet last year."),
    # v8: "My home bought a cherry tutor.", "We always buy a tree counter at the Tet.", "My mother bought a tree
    # counter.", "Have you bought training flowers?", "Every year my house bought a tree.", "Yesterday, my father
    # bought two potatoes.", "I didn't buy trees."
    ("Nhà tôi mua một cành đào.", "My family bought a peach blossom branch."),
    ("Chúng tôi luôn mua một cây quất vào dịp Tết.", "We always buy a kumquat tree for Tet."),
    ("Mẹ tôi vừa mua một cây quất.", "My mother has just bought a kumquat tree."),
    ("Bạn đã mua hoa đào chưa?", "Have you bought peach blossom yet?"),
    ("Nhà bạn đã mua cây quất chưa?", "Has your family bought a kumquat tree yet?"),
    ("Năm nào nhà tôi cũng mua một cây quất.", "My family buys a kumquat tree every year."),
    ("Tết nào chúng tôi cũng mua hoa đào.", "We buy peach blossom every Tet."),
    ("Hôm qua bố tôi mua hai cành đào.", "My father bought two peach blossom branches yesterday."),
    ("Năm ngoái nhà tôi mua một cây quất.", "My family bought a kumquat tree last year."),
    ("Tôi chưa mua cây quất.", "I haven't bought a kumquat tree yet."),
    ("Tôi đã mua hoa đào rồi.", "I have already bought peach blossom."),
    ("Anh ấy mua một cành mai.", "He bought an apricot blossom branch."),
    ("Nhà tôi thường mua hoa mai vào dịp Tết.", "My family usually buys apricot blossom for Tet."),
    ("Nhà tôi mua một cành đào để chơi Tết.", "My family bought a peach blossom branch for Tet."),
    ("Bố mẹ tôi vừa mới mua hai chậu quất.", "My parents have just bought two potted kumquat trees."),
    ("Chị gái tôi đã mua một chậu mai.", "My sister bought a pot of apricot blossom."),
    ("Gia đình tôi luôn mua một cây đào ngày Tết.", "My family always buys a peach tree for Tet."),
    # v8: "The South play flower tomorrow.", "The North played cherry flowers during the Tet."
    ("Miền Nam chơi hoa mai ngày Tết.", "In the South, people have apricot blossom for Tet."),
    ("Người miền Bắc chơi hoa đào vào dịp Tết.", "In the North, people have peach blossom for Tet."),
    ("Người miền Nam thường chưng hoa mai vào dịp Tết.", "In the South, people usually have apricot blossom for Tet."),
    # v8: "I went to the first year.", "We went on the blindness of a Tet.", "Do you have a squiring first year?",
    # "The night we had a squiring.", "Two Tets I'll go to the thighs."
    ("Tôi đi chùa đầu năm.", "I go to the pagoda at the start of the year."),
    ("Đầu năm tôi đi lễ chùa.", "I go to the pagoda at the start of the year."),
    ("Chúng tôi đi chùa vào mùng một Tết.", "We go to the pagoda on the first day of Tet."),
    ("Bạn có đi chùa đầu năm không?", "Do you go to the pagoda at the start of the year?"),
    ("Lan có đi chùa vào đêm giao thừa không?", "Does Lan go to the pagoda on New Year's Eve?"),
    ("Đêm giao thừa chúng tôi đi chùa.", "We go to the pagoda on New Year's Eve."),
    ("Năm nào bà tôi cũng đi chùa đầu năm.", "My grandmother goes to the pagoda at the start of every year."),
    ("Mẹ tôi thường đi chùa vào mùng một Tết.", "My mother usually goes to the pagoda on the first day of Tet."),
    ("Tôi đã đi chùa đầu năm.", "I went to the pagoda at the start of the year."),
    ("Mùng hai Tết mẹ tôi sẽ đi chùa.", "My mother will go to the pagoda on the second day of Tet."),
    ("Tôi không đi chùa đầu năm.", "I don't go to the pagoda at the start of the year."),
    ("Gia đình tôi đi chùa vào ngày đầu năm.", "My family goes to the pagoda on the first day of the year."),
    ("Ông bà tôi đi chùa đầu năm.", "My grandparents go to the pagoda at the start of the year."),
    # not: a bare plant bought (done, or a habit?) or with "rồi" (how many?), "vào dịp Tết" once or a habit, a region
    # with no Tet, a plant had (grown or displayed?), going home (mt/holidays.py), "có … không?" of buying (did or
    # do?), "mai" as tomorrow, the pagoda with no day, at Tet or on the first of the month (mt/religion.py), a pet,
    # "?" on a statement, "anh" saying it, days off without Tet (mt/days_off.py), a family or a firm giving days off,
    # "sẽ" of last year, blossom counted, peaches eaten, a name "Đào", digging, plans ("năm nay … mua", "sẽ mua")
    ("Tôi mua hoa đào.", None), ("Tôi mua cây quất.", None), ("Bà tôi mua cây quất rồi.", None),
    ("Tôi mua một cành đào vào dịp Tết.", None), ("Miền Nam chơi hoa mai.", None), ("Nhà tôi có một cây đào.", None),
    ("Tôi về quê ăn Tết.", None), ("Bạn có mua cây quất không?", None), ("Mai tôi mua cây quất.", None),
    ("Tôi đi chùa.", None), ("Tôi đi chùa vào dịp Tết.", None), ("Mùng một chúng tôi đi lễ chùa.", None),
    ("Con mèo của tôi được nghỉ Tết bảy ngày.", None), ("Con chó của tôi đi chùa đầu năm.", None),
    ("Tôi được nghỉ Tết bảy ngày?", None), ("Tôi đi chùa đầu năm?", None), ("Miền Nam chơi hoa mai ngày Tết?", None),
    ("Anh được nghỉ Tết bảy ngày.", None), ("Tôi được nghỉ bảy ngày.", None), ("Tôi được nghỉ Tết.", None),
    ("Công ty tôi cho nghỉ Tết mười ngày.", None), ("Nhà tôi được nghỉ Tết bảy ngày.", None),
    ("Bạn có được nghỉ Tết không?", None), ("Năm ngoái tôi sẽ được nghỉ Tết bảy ngày.", None),
    ("Tôi được nghỉ Tết mấy ngày.", None), ("Tôi mua một hoa đào.", None), ("Tôi ăn đào.", None),
    ("Tôi đào một cái hố.", None), ("Năm nay tôi mua một cây quất.", None), ("Tôi sẽ mua một cây quất.", None),
    ("Hoa đào nở rồi.", None), ("Tôi thích hoa đào.", None), ("Tôi trồng một cây đào.", None),
    ("Tôi đã mua hoa đào chưa?", None), ("Tôi đã không đi chùa đầu năm.", None),
    ("Tôi đi chùa vào đêm giao thừa không?", None),
    ("I go to the pagoda at the start of the year.", None),
    # not: "nhỉ" on a statement (isn't it?), "chúng ta" or "mình" with no tense (let's?)
    ("Tôi được nghỉ Tết bảy ngày nhỉ.", None), ("Tôi không được nghỉ Tết nhỉ.", None),
    ("Nhà tôi mua một cành đào nhỉ.", None), ("Tôi đi chùa đầu năm nhỉ.", None),
    ("Miền Nam thường chơi hoa mai vào dịp Tết nhỉ.", None), ("Chúng ta mua một cây quất.", None),
    ("Mình mua một cây quất.", None), ("Chúng ta đi chùa đầu năm.", None),
    ("Chúng ta đi chùa vào mùng một Tết.", None), ("Mùng một Tết mình đi chùa.", None),
    # ... but asking with "nhỉ", and "chúng ta" with a tense or a habit
    ("Bạn được nghỉ Tết mấy ngày nhỉ?", "How many days off do you get for Tet?"),
    ("Bạn có đi chùa đầu năm không nhỉ?", "Do you go to the pagoda at the start of the year?"),
    ("Chúng ta đã mua một cây quất.", "We bought a kumquat tree."),
    ("Chúng ta sẽ đi chùa vào mùng một Tết.", "We will go to the pagoda on the first day of Tet."),
    ("Năm nào chúng ta cũng đi chùa đầu năm.", "We go to the pagoda at the start of every year."),
    # "the Centre" is not said of Vietnam
    ("Miền Trung chơi hoa mai ngày Tết.", "In central Vietnam, people have apricot blossom for Tet."),
])
def test_vi_en(text, said):
    assert translate(text, "vi", "en") == said


@pytest.mark.parametrize("text, said", [
    # v8: "Tôi lấy bảy ngày vào dịp Tết.", "Bạn có bao nhiêu ngày tắt vì Tết không?" (switched off), "Anh ấy nghỉ
    # ngơi 9 ngày vào Tết năm ngoái.", "Cô ấy chỉ mất ba ngày trong Tết.", "Tôi không nghỉ ngơi bất cứ lúc nào …"
    ("I get seven days off for Tet this year.", "Năm nay tôi được nghỉ Tết bảy ngày."),
    ("We get a week off for Tet this year.", "Năm nay chúng tôi được nghỉ Tết một tuần."),
    ("My mother gets ten days off for Tet.", "Mẹ tôi được nghỉ Tết mười ngày."),
    ("He got nine days off for Tet last year.", "Năm ngoái anh ấy được nghỉ Tết chín ngày."),
    ("She only gets three days off for Tet.", "Cô ấy chỉ được nghỉ Tết ba ngày."),
    ("We get two weeks off for Tet.", "Chúng tôi được nghỉ Tết hai tuần."),
    ("Lan gets one day off for Tet.", "Lan được nghỉ Tết một ngày."),
    ("I'll get ten days off for Tet next year.", "Năm sau tôi sẽ được nghỉ Tết mười ngày."),
    ("I don't get any time off for Tet.", "Tôi không được nghỉ Tết."),
    ("They didn't get any time off for Tet last year.", "Năm ngoái họ không được nghỉ Tết."),
    ("How many days off do you get for Tet?", "Bạn được nghỉ Tết mấy ngày?"),
    ("How many days off does your father get for Tet?", "Bố bạn được nghỉ Tết mấy ngày?"),
    ("How many days off did you get for Tet last year?", "Năm ngoái bạn được nghỉ Tết mấy ngày?"),
    ("How many days off will you get for Tet?", "Bạn sẽ được nghỉ Tết mấy ngày?"),
    # v8: "Chúng ta luôn mua một cây kumquat vào Tết.", "Mẹ tôi vừa mua một cây kumquat.", "Bạn đã mua từ ngữ cho đến
    # nay chưa?", "Cha tôi mua hai nhánh cây nha khoa hôm qua." (dental), "Tôi chưa mua một cây kumquat."
    ("My family bought a peach blossom branch.", "Nhà tôi đã mua một cành đào."),
    ("I bought a peach blossom branch.", "Tôi đã mua một cành đào."),
    ("We always buy a kumquat tree for Tet.", "Chúng tôi luôn mua một cây quất vào dịp Tết."),
    ("My mother has just bought a kumquat tree.", "Mẹ tôi vừa mua một cây quất."),
    ("He has just bought two kumquat trees.", "Anh ấy vừa mua hai cây quất."),
    ("Have you bought peach blossom yet?", "Bạn đã mua hoa đào chưa?"),
    ("Has your family bought a kumquat tree yet?", "Nhà bạn đã mua cây quất chưa?"),
    ("My father bought two peach blossom branches yesterday.", "Hôm qua bố tôi mua hai cành đào."),
    ("I haven't bought a kumquat tree yet.", "Tôi chưa mua cây quất."),
    ("I've already bought peach blossom.", "Tôi đã mua hoa đào rồi."),
    ("We buy a kumquat tree every year.", "Năm nào chúng tôi cũng mua một cây quất."),
    ("We usually buy apricot blossom for Tet.", "Chúng tôi thường mua hoa mai vào dịp Tết."),
    ("She bought an apricot blossom branch for Tet.", "Cô ấy đã mua một cành mai để chơi Tết."),
    ("My parents bought a peach tree.", "Bố mẹ tôi đã mua một cây đào."),
    # v8: "Ở miền Nam, người ta có chỉ nha khoa vào Tết." (dental floss), "Người dân ở miền Bắc đã đào tạo kẽm …"
    ("In the South, people have apricot blossom for Tet.", "Người miền Nam chơi hoa mai vào dịp Tết."),
    ("People in the North have peach blossom for Tet.", "Người miền Bắc chơi hoa đào vào dịp Tết."),
    ("In the North people usually have peach blossom at Tet.", "Người miền Bắc thường chơi hoa đào vào dịp Tết."),
    # v8: "Tôi đi đến ngôi chùa vào đầu năm.", "Chúng tôi đi tuần tra vào ngày đầu tiên của Tết." (on patrol), "Bạn
    # có thể đi đến hiệp ước vào đêm giao thừa không?" (a treaty), "Cô ấy sẽ đi tuần tra vào ngày thứ hai của Tết."
    ("I went to the pagoda at the start of the year.", "Tôi đã đi chùa đầu năm."),
    ("We go to the pagoda on the first day of Tet.", "Chúng tôi đi chùa vào mùng một Tết."),
    ("Do you go to the pagoda on New Year's Eve?", "Bạn có đi chùa vào đêm giao thừa không?"),
    ("She'll go to the pagoda on the second day of Tet.", "Cô ấy sẽ đi chùa vào mùng hai Tết."),
    ("We went to the pagoda on New Year's Eve.", "Chúng tôi đã đi chùa vào đêm giao thừa."),
    ("I went to the pagoda on the first day of the year.", "Tôi đã đi chùa vào ngày đầu năm."),
    ("He doesn't go to the pagoda at the start of the year.", "Anh ấy không đi chùa đầu năm."),
    ("Does your mother go to the pagoda on the first day of Tet?", "Mẹ bạn có đi chùa vào mùng một Tết không?"),
    ("My grandmother always goes to the pagoda at the start of the year.", "Bà tôi luôn đi chùa đầu năm."),
    ("My family goes to the pagoda at the start of the year every year.", "Năm nào nhà tôi cũng đi chùa đầu năm."),
    ("We'll go to the pagoda on the third day of Tet.", "Chúng tôi sẽ đi chùa vào mùng ba Tết."),
    # not: a bare "I buy" (when?), liking, a tree had (grown or displayed?), the verb, the count or "a"/"an" not
    # agreeing, days off without Tet, a pet or a family getting days off, a peach (the fruit), at Tet (mt/religion.py),
    # "temple" (chùa or đền?), going home (mt/holidays.py), "Did you …?" (did, or have you?), "will buy", the year not
    # the tense's, blossom counted, "I haven't got" (have, or get?), the other way's language, nonsense
    ("I buy peach blossom.", None), ("I like peach blossom.", None), ("We have a kumquat tree.", None),
    ("She get seven days off for Tet.", None), ("How many days off does you get for Tet?", None),
    ("I get seven days off.", None), ("My dog gets seven days off for Tet.", None),
    ("My family gets a week off for Tet.", None), ("I bought a peach.", None), ("We go to the pagoda at Tet.", None),
    ("I went to the temple at the start of the year.", None), ("Are you going home for Tet?", None),
    ("Did you buy a kumquat tree?", None), ("I'll buy a kumquat tree.", None),
    ("I got seven days off for Tet next year.", None), ("I get seven days off for Tet last year.", None),
    ("We bought two kumquat tree.", None), ("I bought a apricot blossom branch.", None),
    ("He go to the pagoda on the first day of Tet.", None), ("I bought two peach blossoms.", None),
    ("Did you go to the pagoda on the first day of Tet?", None), ("I always bought a kumquat tree.", None),
    ("She gets an day off for Tet.", None), ("I haven't got any time off for Tet.", None),
    ("Bạn được nghỉ Tết mấy ngày?", None), ("Peach blossom tet kumquat pagoda.", None),
    # a count of more than one kept, asked or not yet ("a" goes: "chưa mua cây quất")
    ("Have you bought two kumquat trees yet?", "Bạn đã mua hai cây quất chưa?"),
    ("She hasn't bought two kumquat trees yet.", "Cô ấy chưa mua hai cây quất."),
    ("Has he bought three peach blossom branches yet?", "Anh ấy đã mua ba cành đào chưa?"),
])
def test_en_vi(text, said):
    assert translate(text, "en", "vi") == said
