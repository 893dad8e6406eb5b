"""The rules of stops 32–63 on made-up sentences, each switched off (the model alone, as before it) and on:

1. greetings and thanks to someone by name (mt.phrasebook._greeted), both ways: the translation opens with the
   greeting and holds the name ("Hi Lan, how are you?" → "Chào Lan, ...");
2. weekdays written with digits or short (mt.dates: "vào thứ 5", "Hôm nay là thứ 2", "từ T2 đến CN", "T3 tuần
   sau"), vi→en: the days' names are in the translation;
3. units written out in English (mt.amounts: "50 kilometres", "five miles"), en→vi: the number in digits and the
   unit as Vietnamese writes it ("50 km", "5 dặm");
4. "in" before a Vietnamese place written with its marks (mt.names) or as English writes it (mt.terms: "Hue",
   "Saigon"), en→vi: "ở X" (at) rather than "trong X" (inside), and the place as Vietnamese writes it;
5. a foreign name after a title (mt.names.titled), both ways: the title translated, the name kept ("Mr. Smith" →
   "ông Smith", "bà Johnson" → "Ms. Johnson");
6. a sum said without "đồng" after a word for a price (mt.amounts: "giá 150k", "lương 20tr một tháng", "hết 2,5
   triệu"), vi→en: its value in the translation ("150 thousand", "150,000"; "20 million");
7. numbers written as two words (mt.amounts: "twenty-five", "hai mươi lăm"), both ways: the number right, in digits
   or in the target's words;
8. a Vietnamese name of one word or a dish in small letters, written with its marks in English (mt.names.written:
   "My name is Tuấn.", "I love bánh xèo."), en→vi: written so in the translation;
9. someone called by a word of kinship and a given name (mt.names.addressed: "Chị Lan đi chợ rồi.", "Bác Hùng bị
   ốm."), vi→en: the name, after the title English has for the word ("Uncle Hung"; v6: "The Land", "The pain");
10. a part of a day near today (mt.dates: "tối nay", "sáng mai", "đêm qua"), vi→en: "tonight", "tomorrow
   morning", "last night" in the translation (v6: "Sáng mai tôi đi làm sớm." → "I went to work early.");
11. the sentences of 2, 3, 5, 6 and 7 written in capitals ("CẢNH BÁO: GIÁ 150K MỘT LY."), read in small letters with
   the capitals of names and months put back (mt.restore.from_capitals); off, in plain sentence case ("Cảnh báo:
   giá 150k một ly.", as before stop 33), so the rules do not find "Mr. smith" or "25 july";
12. "See you" opening a sentence before when or where (mt.phrasebook.openers: "Hẹn gặp bạn lúc 7 giờ tối nhé.",
   "See you next week."), both ways: the translation opens with "See you" or "Hẹn gặp" and says when;
13. days of one month with the month said once (mt.dates: "từ ngày 8 đến ngày 14 tháng 2", "from February 8 to
   14"), both ways: the month and both days, and no other month, in the translation;
14. travel words (mt.terms: "áo mưa", "trả phòng", "boarding pass"), both ways, in fixed sentences written for this
   check: the word as the target says it in the translation;
15. someone called by name after a word of kinship (mt.phrasebook._called: "Chị Hoa ơi, chiều nay chị có ở văn
   phòng không?"), vi→en: the translation opens with the name, as English writes it, and a comma;
16. a time from now opening a sentence (mt.dates: "10 phút nữa tôi tới."), vi→en: "in 10 minutes" in the
   translation;
17. the weekend near today (mt.dates: "Cuối tuần này bạn rảnh không?"), vi→en: "this weekend" in the translation;
18. a part of a day near today (mt.dates: "this afternoon", "last night"), en→vi: "chiều nay", "tối qua" in the
    translation (v6: "buổi chiều này", "vào ban đêm");
19. a time with its day (mt.dates: "at 8 pm tonight", "at 9 am tomorrow"), en→vi: "8 giờ tối nay", "9 giờ sáng mai"
    in the translation (v6: "8 giờ tối đêm nay"; the day dropped);
20. "until" before a time (mt.dates: "Đợi đến 5 giờ chiều nhé."), vi→en: "until 5" in the translation (v6: "Wait
    for 5 p.m.");
21. a common English word opening a short sentence before a date (mt.translate's retry of copied_first_word:
    "Wait until Monday."), en→vi: the word not copied into the translation (v6: "Wait đến thứ Hai.");
22. thanks for what someone did (mt.phrasebook._thanked: "Cảm ơn anh đã đến đón em."), vi→en: "Thank you … for" and
    the deed as English says it ("picking me up"; v6: "Thank you've come to me.");
23. an apology for what the speaker did (mt.phrasebook._apologised: "Xin lỗi vì đã đến muộn."), vi→en: "Sorry for"
    and the deed as English says it ("being late"; v6: "Please because it's going to be late.");
24. "giúp tôi" after what is asked (mt.terms._for_me: "Làm ơn đóng cửa giúp tôi."), vi→en: "for me" in the
    translation (v6: "Please close the help door.");
25. yesterday, tomorrow and the days either side (mt.dates: "Hôm qua chúng tôi ăn phở.", "Hôm kia anh ấy không đi
    làm."), vi→en: "yesterday", "the day before yesterday" … in the translation (v6: "Today we ate pho.", "… today");
26. yesterday, tomorrow, and today as the day of someone's doings (mt.dates: "I went to the market today."), en→vi:
    "hôm qua", "ngày mai", "hôm nay" in the translation (v6: "… ngày nay", nowadays);
27. a span from now after "trong" (mt.dates: "Xe buýt sẽ đến trong 10 phút nữa."), vi→en: "in 10 minutes" in the
    translation (v6: "for another 10 minutes");
28. a span ago (mt.dates: "Họ chuyển đến Hà Nội 2 tháng trước."), vi→en: "2 months ago" (v6: "last February");
29. a span ago (mt.dates: "I arrived here 4 days ago."), en→vi: "cách đây 4 ngày" or "4 ngày trước" (v6: "Tôi đến
    đây 4 ngày.");
30. an ailment after "bị" (mt.terms._ailing: "Tôi bị đau đầu.", "Mẹ tôi bị ho."), vi→en: "have" or "has" and the
    ailment as English says it (v6: "I'm painful.", "I'm horror.");
31. "we" opening a suggestion (mt.phrasebook._LETS: "Chúng ta về nhà thôi."), vi→en: the translation opens with
    "Let's" and says what (v6: "We're home.");
32. a term asked where it is (mt.patterns._where_is: "Ga tàu ở đâu?", "Where is my passport?"), both ways: "Where
    is" and the term, or the term and "ở đâu", in the translation, with the terms on either way (v6, shown the term:
    "Train station Where?", "Hiệu thuốc?");
33. whose a term is (mt.terms: "He lost his passport yesterday."), en→vi: the term and "của" and whose in the
    translation (v6, shown the term: "Anh ta quên anh ta hộ chiếu");
34. a term that is a verb in the form its sentence needs (mt.terms._verb_said: "Tôi đã trả phòng.", "Anh ấy nhận
    phòng lúc 2 giờ.", "Bạn đã gọi món chưa?"), vi→en: its past, "-s", "-ing", "to" or "Have you … yet" (shown as
    listed, v6 wrote "I'd check out.", "He check out at 10:00.", "Are you order?");
35. where one can buy or find a term (mt.patterns._where_is: "Where can I find a pharmacy?"), both ways: "Where
    can I" and the term, or the term and "ở đâu" (v6, shown the term: "Tôi có thể tìm một hiệu thuốc không?");
36. "Meet me" and "Let's meet" before when or where (mt.phrasebook._MEET: "Meet me at 7 pm.", "Gặp tôi ở nhà ga."),
    both ways: "Gặp tôi", "gặp nhau", "Meet me", "Let's meet" in the translation (v6: "Tôi lúc 7 giờ tối.");
37. a serving before what it holds (mt.amounts: "Cho tôi hai bát phở.", "Two bottles of beer, please."), both ways:
    "two bowls of", "hai chai" in the translation (v6: "a octal pho", "hai chai sữa", milk);
38. who does something on a day ahead that opens the sentence (mt.dates._will: "Ngày mai anh ấy đi làm."), vi→en:
    "will" or "'ll" in the translation (v6, shown "Tomorrow,": "Tomorrow, he went to work.");
39. who did something on a day behind that opens the sentence (mt/tense.py: "Hôm qua họ đi Đà
    Lạt."), vi→en: the verb in the past in the translation (v6, shown "Yesterday,": "Yesterday, they go Da Lat.").

40. who is allergic to what (mt.terms._being: "Tôi bị dị ứng hải sản."), vi→en: "allergic to" and what (v6: "I
    have an allergic seafood.");
41. an ailment after who without "bị" (mt.terms._ailing: "Tôi đau đầu quá."), vi→en: "have" or "has" and the
    ailment (v6: "I'm painful to my head.");
42. missing someone (mt.terms._missed: "Tôi nhớ bạn nhiều lắm."), vi→en: "miss" and whom (v6: "I remember you
    much.");
43. a place after a word for where (mt.terms._AT_A_PLACE: "Tôi mua nước ở cửa hàng tiện lợi."), vi→en: "at the",
    "to the", "near the" and the place (v6, shown the term alone: "I bought water convenience store.");
44. the nearest term asked where it is or how far (mt.patterns._NEAREST: "Cây ATM gần nhất ở đâu?"), vi→en: "the
    nearest" and the term (v6, shown the term: "Where did ATM?");
45. the weather with "trời" (mt/weather.py: "Hôm nay trời lạnh quá.", "Ngày mai trời sẽ mưa."), vi→en: "it" and
    the weather word in its tense ("it's so cold", "it will rain"; v6: "The sky is too cold today.");
46. "gọi" before what one orders (mt.terms._ordered: "Tôi muốn gọi một ly cà phê."), vi→en: "order" (v6: "I want to
    call a cup of coffee.");
47. a brother or sister, whose (mt/terms.py: "Em trai tôi là bác sĩ."), vi→en: "younger brother", "sister" …
    (v6: "My son is a doctor.");
48. going somewhere by bus, by plane … (mt/terms.py: "Tôi đi làm bằng xe máy."), vi→en: "by motorbike" … (v6: "I
    went to do with the motorcycle.");
49. the week, month or year near this one opening a sentence (mt.dates._VI_PERIOD_NEAR: "Năm ngoái tôi làm việc ở
    Sài Gòn."), vi→en: "last year", "next week" … in the translation (v6: "I worked in my Saigon.");
50. the weather after "it" (mt/weather.py: "It was very cold yesterday."), en→vi: "trời" and the weather word
    (v6: "Nó rất lạnh hôm qua.", it, a thing);
51. "order" before what one orders (mt.terms._EN_ORDER: "I'd like to order a bowl of pho."), en→vi: "gọi" (v6:
    "ra lệnh", command);
52. how one goes (mt/terms.py: "We went by bus."), en→vi: "bằng xe buýt" … (v6: "đi qua xe buýt", past the bus);
53. a question typed without its "?" (mt.phrasebook.asked: "mai bạn có đi làm không"), vi→en: a question, ending
    with "?" (v6: "Tomorrow, you do not").
54. an ailment since when, for how long or in the past (mt.terms._ailing: "Tôi bị đau bụng từ tối qua.", "Hôm qua
    tôi bị sốt."), vi→en: "have had … since", "… for", "had" (v6: "I'm a stomachache from last night.");
55. a place v6 knows after a word for where (mt.terms.WHERE_ONLY: "Tôi đang ở sân bay."), vi→en: "at the", "to the"
    … and the place (v6: "I'm in airport.", "I need to go supermarket.");
56. a place gone to (mt.terms._gone_to: "Chúng tôi sẽ đi Đà Lạt.", "Mai tôi bay vào Sài Gòn."), vi→en: "to" and
    the place (v6: "We'll go Da Lat.", "We'll go to Saigo.");
57. "lát nữa", "tí nữa" … opening a sentence (mt.dates._VI_SOON), vi→en: "later" (v6: "Again, I call you back.");
58. whether a room, a hotel or "you" have a thing, or whether there is one here or nearby (mt.patterns._has_it:
    "Phòng này có điều hòa không?", "Gần đây có hiệu thuốc không?"), both ways: "Does … have", "Is there", "Do you
    have" and the thing, or "có … không" and the thing (v6: "Is this peace?", "Is it pharmacy?"; "Does the room have
    a balcony?" → "Có phải phòng vệ không?");
59. a word of kinship opening a question that asks the speaker something, or a request (mt.phrasebook.addressed:
    "Anh có thể giúp tôi không?", "Anh giúp tôi với."), vi→en: "you", and no "I" (v6: "Can I help me?"); for a
    request, "me" and no "I", "he", "she" (v6: "He helped me with."); asked yes or no without the speaker (stop 40,
    mt.phrasebook._YES_NO: "Chị nói lại được không?"), "you" and no "I", "he", "she" (v6: "Can't tell it?"); "Bạn"
    opening a request (stop 40: "Bạn đợi mình chút nhé."), as a request (v6: "You're waiting for you.");
60. what time or when a thing leaves, opens, closes … (mt.patterns._what_time: "Tàu khởi hành lúc mấy giờ?",
    "What time does this shop close?"), both ways: the question word and the thing (v6: "How long are it started?",
    "… đóng cửa thời gian gì?");
61. an invitation without who goes (mt.phrasebook._INVITED: "Mai đi cà phê không?", "đi ăn phở không"), vi→en:
    "want to" (or, since stop 49, "like to", as v7 writes it: "Would you like to drink coffee?") and "?" (v6:
    "dialing pho", "Do you eat pho?");
62. one more of something asked for alone (mt.phrasebook.more: "One more beer, please."), en→vi: "thêm" or "nữa"
    and the thing (v6: "Xin vui lòng.", the beer lost);
63. a number of thousands that is not a sum of đồng (mt.amounts._VI_THOUSANDS: "Có 3 nghìn người đến."), vi→en: the
    number in thousands (v6: "3 trillion people");
64. a verb after "will" (mt.tense.after_will), on a day ahead (v6, given "sẽ": "Next week, I will flew …"), vi→en:
    not in the past;
65. how far it is or how long it takes to a place, or whether a bus goes there (mt.patterns._getting_there: "Từ
    đây đến sân bay bao xa?", "Is there a bus to Hoi An?"), both ways: the question and the place (v6: "How far is
    the airport coming from?"; "Có xe buýt khi Hội An?");
66. a habit (mt.tense.habitual: "Tôi đi chợ mỗi sáng.", "Mẹ tôi thường nấu ăn."), vi→en: no verb in the past (v6: "I
    went to the market every morning."); "hay" before a verb (mt.dates.OFTEN: "Tôi hay chơi bóng đá."), no "or" and
    no verb in the past (v6: "I or play the football.");
67. any weekend (mt.dates._VI_ANY_WEEKEND: "Chúng tôi chơi quần vợt vào cuối tuần."), vi→en: "weekend" (v6: "… at
    the end of week.");
68. a game played (mt.articles.left_out: "Tôi thích chơi bóng đá."), vi→en: "play" and the game, no article between
    (v6: "I like to play the football.");
69. a thing to wear in another size (mt.patterns._in_a_size: "Cái áo này có size nhỏ hơn không?"), vi→en: the
    size asked for (v6: "Is this coat smaller than?");
70. what a thing costs for a day, a night, a person (mt.patterns._costs: "Phòng này bao nhiêu một đêm?"), vi→en:
    "how much", the thing and "per …" (v6: "How many more a night?");
71. how long something has gone on (mt.dates.VI_SO_FAR, mt.tense.so_far: "Tôi sống ở Hà Nội được ba năm rồi."),
    vi→en: "have" or "has" and "for" (v6: "He works here two years ago."; shown "for …", "I lived in Hanoi for three
    years.");
72. the market one goes to or is at (mt.terms._EN_MARKET: "I go to the market every morning."), en→vi: "chợ", not
    "thị trường" (trade; v6: "Tôi đi đến thị trường …");
73. someone's name as they are introduced (mt.people._named: "Tôi tên là Nam.") or booked under (mt.names.called:
    "Tôi đặt phòng dưới tên Hùng."), vi→en: "name" and the name without marks (v6: "I named it.", "… under the
    South's name.");
74. who is from a place (mt.terms._EN_FROM: "I'm from Australia."), en→vi: "đến từ" and the place (v6: "Tôi từ Úc.",
    "Họ ở Hà Nội.");
75. a name after "name is", "the name" (mt.names.called: "My name is Nam."), en→vi: the name as it is (v6: "Tên tôi
    là South.");
76. what a ride or a ticket to a place costs (mt.patterns._fare: "Đi taxi ra sân bay hết bao nhiêu tiền?"), both
    ways: "How much is a …" and "to" the place, or "bao nhiêu" and the place (v6: "How much taxi went to the
    airport?"; "Thị trường sân bay bằng taxi?");
77. whether a dish has a thing (mt.patterns._has_it: "Món này có hành không?"), vi→en: "Does this dish have" and the
    thing (v6: "Is this?");
78. a table for a number of people (mt.terms._EN_TABLE_FOR: "Do you have a table for four?"), en→vi: "bàn" and "…
    người" (v6: "Bạn có bảng cho bốn cái không?", a board).
79. something broken or not working (mt/broken.py since stop 52, mt.mishaps._broken before: "Máy lạnh bị hỏng.", "The
    fan in my room is broken."), both ways: the thing opening the translation and "is broken", "isn't working" … or
    "bị hỏng", "không hoạt động" (v6: "Air conditioner corrupt.", "Người hâm mộ …", an admirer);
80. late by some minutes (mt.mishaps._late: "Tàu đến muộn 15 phút.", "I'll be 10 minutes late."), both ways: "…
    minutes late" or "muộn … phút" (v6: "It's up to 15 minutes.", "Tôi sẽ 10 phút muộn.");
81. a ride missed (mt.mishaps._missed: "Chúng tôi bị lỡ chuyến bay.", "I missed the train."), both ways: "missed the
    …", not "was missed", or "lỡ" and the ride (v6: "We were missile.", "Tôi đã bỏ đi xe lửa.");
82. money, battery, petrol run out (mt.mishaps._run_out: "Tôi hết tiền rồi.", "We ran out of petrol."), both ways:
    "out of …" or "hết …" (v6: "I'm all money.", "… chạy ra khỏi cà rốt", carrots);
83. someone's work after "làm" (mt.people._works_as: "Tôi làm kỹ sư.", "She works as a nurse."), both ways: "is a
    …", "'m an …" or "làm …" without "như" (v6: "I do engineers.", "Cô ấy làm việc như một y tá.");
84. more of something asked for (mt.patterns._more: "Cho tôi thêm một chai nước.", "Can I have another pillow?"),
    both ways: "more" or "another" and the thing, or "thêm" … or "nữa" (v6: "Give me a bottle of water.", "… một
    viên thuốc khác …", a pill);
85. whether something has happened yet (mt.tense.not_yet: "Bạn làm xong bài tập chưa?"), vi→en: the translation
    opens with "Have" or "Has", or ends with "yet?" ("Are you home yet?"), or is "Did you get my email?" (since stop
    57) (v6: "Do you finish the exercise?");
86. whether something has happened, asked in English (mt.tense.yet_vi: "Have you received my email?"), en→vi: the
    translation ends with "chưa?" (v6: "… của tôi không?");
87. things liked (mt.tense._THINGS: "Tôi thích rau."), vi→en: no "to" after "like" (v6: "I like to vegetables.");
88. how long something has gone on, asked (mt.tense.how_long_so_far: "Bạn học tiếng Việt bao lâu rồi?"; and
    mt.tense.how_long_vi: "How long have you lived in Hanoi?"), both ways: "How long have …", "How long has …" or
    "bao lâu rồi?" (v6: "How long does you learn Vietnamese?", "… bao lâu?");
89. someone's age (mt.people._aged: "Con gái tôi năm tuổi.", "My daughter is five years old."), both ways: "is",
    "'m" or "'s" before the years, or no "là" (v6: "My daughter five years old.", "Con gái của tôi là năm tuổi.");
90. how to get to a place and which bus goes there (mt.patterns._getting_there: "Làm sao để đến ga tàu?", "Xe buýt
    số mấy đi đến sân bay?"), both ways: "How do I get to" ("How can you get …") or "Which bus goes to" and the place,
    or "Làm sao", "Làm thế nào", "số mấy" or "nào" and the place (v6: "How to come to the train station?", "How many
    buses come to …");
91. how long something has gone on, told in English (mt.tense.so_far_vi: "I've been here for two weeks."), en→vi:
    "được … rồi" (v6: "Tôi đã ở đây trong vòng hai tuần.", within two weeks);
92. where a place is beside another (mt.patterns._is_beside: "Khách sạn ở đối diện bưu điện.", "It's next to the
    bank."), both ways: "next to", "opposite" … and the place, or "cạnh", "đối diện" … and the place (v6: "Hotels in
    the post office.", "Tiếp theo ngân hàng.");
93. a thing forgotten or left behind (mt.terms._LOST: "Tôi quên mật khẩu.", "Tôi để quên ví trên taxi."), vi→en:
    "forgot my", "left my" … (v6: "I forgot to password.");
94. a weekday of this, next or last week (mt.dates._DAYS_WEEK: "Hạn chót là thứ Sáu tuần này."; mt.dates._EN_DAY:
    "See you next Monday."), both ways: "this Friday", "next Monday" … or "thứ Sáu tuần này" … (v6: "The deadline
    is Friday.", "… kế tiếp thứ Hai");
95. how to take a medicine (mt.patterns._dose: "Uống một viên, ngày ba lần.", "Take one tablet three times a
    day."), both ways: "Take" and how often a day, or "Uống" … "ngày … lần" (v6: "Take a member, three times.",
    "Hãy dùng máy tính bảng một lần một ngày.", a tablet computer once a day);
96. thanks for a reply or for help (mt.phrasebook._DEEDS of stop 41: "Cảm ơn bạn đã phản hồi nhanh."), vi→en as 22
    (v6: "Thank you've reacted quickly.");
97. tickets to a place asked for (mt.patterns._tickets: "Cho tôi một vé tàu đi Đà Nẵng.", "Two tickets to Hue,
    please."), both ways: the count, "ticket" and "to" the place, or "vé" and the place (v6: "Give me a train to Da
    Nang.", "Hai vé đến Huế, xin vui lòng.");
98. what a thing to wear costs (mt.patterns._worn_price: "Cái áo này bao nhiêu tiền?"), vi→en: "How much is this …"
    or "How much are these …" and the thing (v6: "How much money does this coat?");
99. things liked in general (mt.articles.liked: "Tôi thích mèo."), vi→en: "like cats", "like football" … (v6: "I
    like a cat.", "I like the football.");
100. whether a shop or "you" sell something (mt.patterns._sells: "Bạn có bán kem chống nắng không?", "Does this shop
    sell batteries?"), both ways: "Do you sell" or "Does this shop sell" and the thing, or "bán" and the thing (v6:
    "Do you get sunscreen?", "… bán đồ sộ này …");
101. how long someone stays somewhere (mt.people._stays: "Tôi sẽ ở Hà Nội 3 ngày.", "Bạn ở Huế mấy ngày?"), vi→en:
    the place and "for" the span, or "How many days …" (v6: "I'll be in Hanoi 3 days.");
102. whether someone has ever done something, or never (mt.ever: "Bạn đã bao giờ ăn phở chưa?", "Tôi chưa bao giờ
    đến Huế."), vi→en: "Have you ever eaten …", "I've never been to …" (v6: "Never eat pho?", "I've never reached
    Hue.");
103. where someone has never been (mt.terms._EN_NEVER: "I've never been to Hue."), en→vi: "chưa bao giờ đến" and the
    place (v6: "Tôi chưa từng là Huế.", be);
104. two things liked in general (mt.articles.liked: "Tôi thích mèo và chó."), vi→en: "like cats and dogs" (v6: "I
    like a cat and dog.");
105. something asked for (mt.patterns._ASKED_FOR_EN: "Can I have some water, please?"), en→vi: "Cho tôi" and the
    thing (v6: "Có thể tôi có một vài nước, vui lòng?");
106. a sea, lake, river, mountain … with a foreign name (mt/landforms.py: "Biển Baltic", "Lake Como"), both ways: the
    place as the target writes it (v6: "the South China Sea", "đám Lake");
107. a rank before a foreign name (mt.names.RANKS: "Vua Edward", "Prince William"), both ways: the rank as the target
    says it, before the name, without "the" (v6: "Vua Edward", "Ông William");
108. someone's country after "là người" (mt.nations.NATIONALITIES: "Tôi là người Mỹ."), vi→en: "is" and the country's
    adjective (v6: "I'm the American.", "They are the Australian person.");
109. what someone once did, said with "từng" (mt.ever._ONCE: "Tôi đã từng đến Huế.", "Tôi từng sống ở Sài Gòn."),
    vi→en: "I've been to", "I've eaten" …, or "used to live in" (v6: "I've reached Hue.", "We've been eating …");
110. what someone used to do (mt.terms._EN_USED_TO: "I used to play football."), en→vi: "từng" and the verb (v6:
    "Tôi từng sử dụng bóng đá.", used a football);
111. a country's people (mt.nations: "Người Na Uy rất thân thiện.", "Norwegians are very friendly."), both ways:
    "Norwegians are", "Japanese people like" …, or "Người Na Uy" (v6: "Norway is very close to the people.", "Na Uy
    là rất thân thiện.");
112. someone's country (mt.nations._EN_BE: "He is Australian."), en→vi: "là người" and the country (v6: "Anh ta là
    Úc.", "Cô ấy tiếng Nhật.");
113. a storm by its name (mt.weather._EN_STORM: "Typhoon Yagi hit northern Vietnam."), en→vi: "bão" and the name
    (v6: "Hurricane Katrina tàn phá …");
114. when someone did or will do something (mt.when: "Bạn đến Việt Nam bao giờ?", "Bao giờ bạn đến Việt Nam?"),
    vi→en: "When did you come to …", "When will you …", "When are you getting married?" (since stop 57) (v6:
    "You're Vietnam?", "Whenever you go to Vietnam?");
115. when someone did or will do something, asked in English (mt.when.when_vi: "When did you come to Vietnam?"),
    en→vi: "khi nào" or "bao giờ" in the question (v6: "Bạn đến Việt Nam?", the "when" lost);
116. someone's work once (mt.people._works_as: "Mẹ tôi từng làm y tá."), vi→en: "used to be" and the job (v6: "My
    mother was once nursery.");
117. how someone feels (mt/feelings.py: "Hôm nay tôi mệt quá.", "Tôi hơi đói."), vi→en: who, "is" and the word, "so"
    for "quá", "a bit" for "hơi" (v6: "I'm tired of today.", "I'm too hungry.");
118. how long a journey takes (mt/journeys.py: "Mất khoảng mười phút đi bộ.", "It takes two hours by bus."), both
    ways: "It takes", the time and the means, or "mất", the time and the means (v6: "Out of ten minutes of walking.",
    "… trên bàn chân", on the foot);
119. a family's size, brothers and sisters, children (mt/family.py: "Nhà tôi có bốn người.", "How many siblings do
    you have?"), both ways (v6: "My house has four people.", "What do you have?"; "Bạn có bao nhiêu anh em và chị em
    gái không?");
120. someone's height and weight (mt.people._measured: "Tôi cao 1m70.", "He is 1.8 metres tall."), both ways (v6: "I
    was 1.70 m.", "I weigh 55 characters."; "Anh ta cao to 1,8 mét.");
121. where someone is at school (mt.people._at_school: "Em trai tôi đang học cấp ba.", "I'm a second-year
    student."), both ways (v6: "My younger brother is learning three."; "Tôi là một sinh viên thứ hai.");
122. an age reached (mt.people._turning: "Con trai tôi năm nay lên sáu."), both ways (v6: "My son grew six.";
    "Con trai của tôi biến thành sáu tháng tới.");
123. someone retired (mt.people._retired: "Bố tôi đã nghỉ hưu."), vi→en: "is retired" (v6: "My father was
    retired.");
124. a place on a side (mt.patterns._on_a_side: "Khách sạn ở bên tay trái.", "It's on your right."), both ways (v6:
    "The hotel at the left hand."; "Cái đó đúng là của bạn.");
125. when someone is free, busy … (mt.feelings._ASKED_WHEN: "Khi nào bạn rảnh?"), vi→en: "When are you free?" (v6:
    "When do you free?");
126. "the" before a place on a way (mt.articles.the_way: "Đến vòng xoay thì rẽ phải."), vi→en: "to the roundabout"
    (v6 shown the term: "To roundabout, turn right.");
127. where someone works (mt.people.hints, _works_at_place: "Tôi làm ở một công ty phần mềm."), vi→en: "work"
    (v6: "I do in a software company.", "Where do you do?");
128. an hour said in words (mt.dates._VI_TIME: "Chúng ta gặp nhau lúc bảy giờ tối nhé."), vi→en: the hour in digits
    (v6: "at seven hours");
129. a ride late or delayed (mt.mishaps._late, _delayed: "Xe buýt đến muộn.", "Chuyến bay bị hoãn hai tiếng."),
    vi→en: "is late", "is delayed" (v6: "The bus comes later.", "The flight delayed two hours."), and en→vi
    (mt.mishaps._delayed: "The flight has been delayed by two hours."): "bị hoãn" (v6: "Buyến bay đã bị trì hoãn …");
130. someone's friend (mt.people.hints: "Tôi đang đợi bạn tôi."), vi→en: "my friend" (v6: "I'm waiting for you.").
131. minutes of a clock in words (mt.dates._VI_TIME: "lúc bảy giờ mười lăm", "tám giờ kém mười lăm"), vi→en: the
   time in digits ("7:15", "7:45");
132. a clock read in words (mt.dates._EN_CLOCK: "It's a quarter to eight.", "at half past three"), en→vi: "8 giờ
   kém 15", "3 giờ rưỡi", "6:10";
133. a time every day (mt.dates: "lúc sáu giờ mỗi sáng", "at six every morning"), both ways: the time and "every day"
   or "mỗi ngày" (v6: "at 6:00 per morning", "lúc 6 giờ" with every morning lost);
134. someone's hobbies (mt.hobbies: "Sở thích của tôi là nấu ăn."), both ways: "My hobby is cooking.", "Sở thích
   của tôi là nấu ăn.";
135. what someone likes doing (mt.hobbies: "Tôi thích chụp ảnh.", "Bạn có thích nấu ăn không?"), both ways: "like"
   and the activities as the target says them ("taking photos"; v6 "a screenshot");
136. what someone can do (mt.skills: "Tôi không biết bơi.", "Bạn nói được tiếng Việt không?"), vi→en: "can" or
   "can't" and what is done (v6: "I don't know swimming.");
137. how well someone speaks a language (mt.skills: "Tôi nói tiếng Việt không giỏi lắm.", "I don't speak Vietnamese
   very well."), both ways: "well" or "giỏi", negated where the source is;
138. a favourite season, colour or sport, or what someone likes best (mt.favourites: "Tôi thích mùa thu nhất.",
   "What's your favourite season?"), both ways: "best" or "nhất", "favourite" or "yêu thích", and what is liked;
139. learning to do something (mt.skills: "Tôi đang học lái xe."), vi→en: "learning to drive" (v6: "learning
   driving");
140. going to do something for fun (mt.terms: "đi bơi", "đi câu cá"), vi→en: "go swimming", "went fishing";
141. riding a bike, going jogging or to the cinema (mt.terms), en→vi: "đi xe đạp", "đi chạy bộ", "đi xem phim";
142. "hay" after a day that opens the sentence (mt.dates.OFTEN: "Chủ nhật tôi hay đi mua sắm."), vi→en: "usually" or
   "often" (v6: "Sunday I or go to shopping.");
143. a death in the family (mt.family._died: "Ông tôi mất được 10 năm rồi."), vi→en: "died" or "passed away", with
   when (v6: "I have lost for 10 years.");
144. a ride asked for (mt.journeys._take_me: "Làm ơn chở tôi đến sân bay."), vi→en: "take me to" and the place (v6:
   "Thank you to the airport.");
145. someone's birthday, said or asked (mt/birthdays.py: "Sinh nhật tôi là ngày 5 tháng 3.", "When is your
   birthday?"), both ways: whose birthday and when, "When is" or "ngày nào", "sinh nhật" (not "ngày sinh");
146. asking for someone on the phone (mt.calls: "Alo, cho tôi gặp chị Lan.", "May I speak to Lan, please?"), both
   ways: "speak to" and the name, or "gặp" or "nói chuyện với" and the name (v6: "Alo, told me to meet Lan.");
147. someone not in (mt.calls: "Mẹ tôi không có nhà.", "Lan isn't here right now."), both ways: who and where they
   are not (v6: "My mother had no house.", "Bây giờ không ở đây.");
148. how much older or younger someone is (mt.people._age_gap: "Em gái tôi trẻ hơn tôi ba tuổi."), both ways: who,
   the years, "older" or "younger", than whom (v6: "My sister younger than I'm three years old.");
149. how far one place is from another (mt.journeys._away: "Khách sạn cách sân bay 5 km."), both ways: the place,
   the distance and where from (v6: "My house was two trees ago.", "Khách sạn là 5 km từ sân bay.");
150. married or single (mt.family._married: "Tôi đã lập gia đình rồi."), vi→en: who, "married" or "single" (v6: "I
   found my family.", "He was still poisonous.");
151. where someone lives (mt.family._lives: "Tôi sống ở Hà Nội.", "Tôi sống một mình."), vi→en: "live" or "lives",
   not "lived" (v6: "I lived in Hanoi.");
152. pets kept (mt.family._keeps: "Tôi nuôi một con chó."), vi→en: "have" or "has" and the animals, counted (v6: "I'm
   a dog.");
153. what someone does for a living, how old they are, the year they were born or their hometown, asked
   (mt.people._asked: "Chồng chị làm nghề gì?", "Con bạn mấy tuổi rồi?"), vi→en: "What does" and who, "How old is",
   "What year was … born", "Where is …'s hometown" (v6: "What about the sister works?", "How old are you?");
154. someone's hometown (mt.people._hometown: "Quê tôi ở Nghệ An."), vi→en: whose "hometown" and the place (v6: "I
   was in Nghe An.");
155. a room's number (mt.people._room: "Phòng tôi số 305.", "Bạn ở phòng số mấy?"), vi→en: "room number" or "in
   room" and the number, "What room" (v6: "My room was 305.", "What are you in the room?");
156. when a place opens or closes, or a train or a bus leaves or arrives (mt.timetables._at: "Ngân hàng đóng cửa lúc
   5 giờ chiều.", "The train leaves at 7 am."), both ways: what, the doing and the time (v6: "The closing window at
   10 p.m.", "Chiếc xe lửa lúc 7 giờ sáng.");
157. a place open from one time to another (mt.timetables._from_to: "Chợ mở cửa từ 5 giờ sáng đến 6 giờ chiều."),
   both ways: what, "open from" and both times (v6: "The brew opened from 5 a.m. to 6 p.m.");
158. the days a place is closed, or that it is open every day (mt.timetables._closed: "Bảo tàng đóng cửa vào thứ
   Hai.", "The post office is closed at weekends."), both ways: what, "closed" and the day (v6: "Bài viết này đã đóng
   cửa vào cuối tuần.", a piece of writing);
159. how often a bus, a train or a ferry runs, said or asked (mt.timetables._every: "Cứ 15 phút có một chuyến xe
   buýt.", "How often does the bus come?"), both ways: the vehicle and "every" the span, or "How often" (v6: "Every
   15 minutes have a bus trip.", "Xe buýt xảy ra bao nhiêu?");
160. a price by the kilo or the night, asked (mt.patterns._costs: "Cam bao nhiêu tiền một cân?", "How much is it
   per kilo?"), both ways: "How much", what and "per" by what, or "bao nhiêu" and "một" by what (v6: "How many money
   are a balance?", "Chỉ cần bao nhiêu ki-lô-mét?");
161. a price by the kilo or the night, said (mt.patterns._price_is: "Cam 50 nghìn một cân.", "Mangoes are 40,000
   dong a kilo."), both ways: what, the sum in dong and by what (v6: "The 50 thousand aquisition.");
162. someone else's birthday (mt.birthdays: "Sinh nhật chị ấy là ngày 3 tháng 4.", "Lan's birthday is August 10."),
   both ways: whose birthday and when, "When is", "Today is" (v6: "It's almost April 3.", "Tuổi sinh nhật của Lan");
163. how much older or younger someone is, asked (mt.people._age_gap_asked: "Bạn lớn hơn tôi mấy tuổi?"), both
   ways: "How much older" and who than whom, or who, "lớn hơn" whom and "mấy tuổi" (v6: "How are you older than
   me?", "Tôi lớn tuổi hơn bạn?");
164. a hometown asked with "quê" first (mt.people._asked: "Quê anh ở đâu?"), vi→en: "Where is your hometown" (v6:
   "Where did you get?");
165. which children are boys and girls (mt.family._has: "Tôi có hai con, một trai một gái."), both ways: the count
   of children and the boys and girls (v6: "I have two children, one girl.");
166. how often someone does an activity (mt.hobbies._often: "Mỗi tuần tôi chơi bóng đá ba lần.", "How often do you
   go swimming?"), both ways: who, the activity and how often (v6: "Every week I play three times.", "Bạn đi bơi
   như thế nào?");
167. how far a place is from a school, a beach or an office (mt.journeys._away: "Nhà tôi cách trường học 2 km."),
   vi→en: the place, the distance and "from the school" (v6: "My home was 2 km.");
168. the time someone gets up, goes to bed, goes to work, has a meal or gets home, said or asked (mt.routines: "Tôi
   ăn sáng lúc 7 giờ.", "What time do you go to bed?"), both ways: who, the doing and "at" or "lúc" the time, or
   "What time" or "lúc mấy giờ" (v6: "I eat breakfast 7:00.", "Bạn đi ngủ gì?");
169. a turn at a place or straight on for a distance (mt.directions: "Rẽ trái ở ngã tư.", "Turn right at the
   bank."), both ways: "Turn" the side "at the" place, "Go straight" the distance, or "Rẽ" … "ở", "Đi thẳng" (v6: "Go
   straight to about 200 meters.", "Hãy thay đổi ngay tại ngân hàng.", change);
170. the grade at school, said or asked (mt.people._at_school and _asked: "Con bạn học lớp mấy?", "My son is in
   third grade."), both ways: who "is in" the grade or "What grade", or who "học lớp" the grade or "lớp mấy" (v6:
   "How do you learn?", "Đứa con gái của bạn vào lớp gì?");
171. several people with the same work (mt.people._same_job: "Bố mẹ tôi đều là bác sĩ.", "We are students."), both
   ways: who "are" and the work in the plural, or who "là" the work (v6: "My parents are a doctor.", "Cha mẹ của tôi
   đều là cả bác sĩ.");
172. a favourite food or drink, said or asked, or liked best (mt.favourites: "Món ăn yêu thích của tôi là bún chả.",
   "I like pho best."), both ways (v6: "My favorite was bun cha.", "Tôi thích phở giỏi nhất.");
173. when in the week or the day someone usually does an activity, or whether they often do it (mt.hobbies._often:
   "Anh ấy thường chơi quần vợt vào cuối tuần.", "Does she often go swimming?"), both ways (v6: "He usually play
   tennis …", "Bé có phải bơi lội không?");
174. how well someone does a skill, or that they are good at it (mt.skills._how_well, _good_vi: "Cô ấy nấu ăn rất
   ngon.", "He's a good cook."), both ways: the doing and "very well", or the doing and "giỏi", "hay", "ngon" (v6:
   "She cooked very good.", "Anh ta là một con nấu ăn giỏi.", a creature);
175. whether someone is married, asked, or still single (mt.family._married_vi: "Is she married?"), en→vi: who and
   "đã lập gia đình chưa?", or "độc thân" (v6: "Bà ta có kết hôn không?");
176. the year of a wedding (mt.family._wed_in: "Họ kết hôn năm 2010."), vi→en: "got married in" the year (v6: "They
   married 2010.");
177. a count of a drink or a dish with "please" (mt.patterns._PLEASE_EN: "Two beers, please."), en→vi: "Cho tôi",
   the count, its measure and the thing (v6: "Hai bia, xin vui lòng.");
178. when a class, a wedding, a party, a meeting or a match starts or ends (mt.timetables._at with mt.patterns.TIMED;
   a time as "at 7:30"), both ways (v6: "The age at the end of 11:30.", "Cuộc họp bắt đầu từ năm 9:15.");
179. a clock said short (mt.dates: "lúc 7 rưỡi", "at 7:30"), both ways: the time in digits, or "lúc" and the time
   (v6: "I got up at seven pandemics.");
180. how someone gets to work or to school, said or asked (mt.routines._by: "Bạn đi làm bằng gì?", "I take the bus
   to work."), both ways: who "goes to work by" the ride or "How do you get to", or who "đi làm bằng" the ride or
   "bằng gì" (v6: "What do you go to work equal to?", "Tôi đi xe buýt để làm.");
181. a thing to wear in another size or colour, or too big, tight, expensive (mt.patterns._in_a_size, _too: "Cái áo
   này có màu khác không?", "This is too big."), both ways (v6: "Is this other color?", "Điều này quá lớn.");
182. a thing to wear asked for in a colour by name (mt.patterns._in_a_size: "Bạn có cái áo này màu đỏ không?", "Do
   you have this in red?"), both ways: "Do you have" the thing "in" the colour, or "Bạn có" the thing "này" and the
   colour (v7: "Do you have this red coat?", "Bạn có màu đỏ không?");
183. the grade at school in words (mt.people._at_school: "Con tôi học lớp ba."), vi→en: who "is in grade" and the
   number (v7: "My child learned the third class.");
184. an hour alone after "at" in a sentence of a day's doings or of when something starts (mt.dates.clock: "She goes
   to bed at 11.", "The meeting starts at nine."), en→vi: "lúc" and the hour with "giờ" (v7: "Cô ấy đi ngủ lúc 11
   tuổi.", aged 11);
185. a Vietnamese name of three in a sentence in capitals (mt.restore.from_capitals: "HÃY GỌI CHO TRẦN VĂN MINH."),
   vi→en: the name without marks (it was read "Hãy gọi cho trần văn minh.", and v7 wrote "CALL THE TEXT CEILING.");
186. going to a meal (mt.articles.to_a_meal: "Chúng ta đi ăn tối nhé."), vi→en: "go to" or "went to" the meal, or
   "have" or "eat" it (v7: "Let's go dinner.");
187. someone by a given name, alone or after a word of kinship, in a sentence the rules write whole (mt.hobbies.WHO:
   "Minh thích đọc sách.", "Lan dậy lúc 6 giờ.", "Chị Hoa đã kết hôn."), vi→en: the name as English writes it (with
   "Uncle" for "Bác" …) and the verb said of one (v7: "You love reading.", "Land up at 6:00.");
188. the same in English (mt.hobbies.WHO_EN: "Minh likes reading.", "Peter is married."), en→vi: the name as typed
   and the Vietnamese verb (v7: "Chẳng hạn như đọc sách.");
189. a given name alone opening any other sentence (mt.names.named_first: "Hải bị ốm.", "Thảo gọi cho tôi hôm
   qua."), vi→en: the name without marks and the verb said of one (v7: "It is sick.", "Let me call me yesterday.");
190. the same in English ("Hai is sick.", "Lan is my sister."), en→vi: the name as typed and what is said of them
   (v7: "Tóc bị bệnh.", "Chịu là chị tôi.");
191. what someone is like, said or asked (mt.traits: "Cô ấy rất thân thiện.", "Em trai tôi hơi lười.", "Người Nhật
   rất lịch sự."), both ways: who, "is" (or "are", "am"), how much and the word as English says it, or who, how much
   and the word as Vietnamese says it (v7: "She is very close.", "They were very historical."; "Bạn tôi rất hài
   lòng.", "Cô ấy rất khó làm.");
192. bought by weight, asked for or said (mt.patterns._weighed: "Cho tôi một cân cam.", "Give me a kilo of oranges,
   please."), both ways: the weight and "of" the thing, or the weight in "cân" or "gam" and the thing (v7: "Give me
   a pledge.", "Đưa tôi một ki-lô-mét, vui lòng.");
193. a thing one carries lost, not found or left behind (mt.terms._lost, _NOT_FOUND, _THING_LOST: "Tôi bị mất chìa
   khóa.", "Tôi không tìm thấy điện thoại."), vi→en: "lost", "can't find", "left" or "forgot", whose and the thing
   (v7: "I lost my Key I am key.", "I don't find key.");
194. two things or people compared, or which is more so (mt.comparisons: "Áo này đẹp hơn áo kia.", "Cái nào rẻ
   hơn?", "Today is hotter than yesterday."), both ways: the first side, "is" and the "-er" word "than" the other, or
   the first side, the word "hơn" and the other (v7: "Today hoter than yesterday.", "My sister higher than me.";
   "Ngày nay nóng hơn hôm qua.");
195. one thing, pastime or place liked more than another (mt.favourites._prefers: "Tôi thích trà hơn cà phê.", "I
   prefer Hanoi to Saigon."), both ways: who "prefer(s)" one "to" the other, or who "thích" one "hơn" the other (v7: "I
   like teas more than coffee.", "Tôi thích uống trà.");
196. how often someone has been somewhere, or a first time there (mt.visits: "Tôi đã đến Việt Nam ba lần.", "Bạn đến
   Việt Nam lần đầu à?", "Is this your first time in Vietnam?"), both ways: "been to" the place and how often, or
   "first time in" it; "đến" the place and "lần", or "lần đầu tiên" (v7: "I reached Vietnam three times.", "You come to
   Vietnam?"; "Đây có lần đầu tiên của bạn ở Việt Nam không?");
197. whether a price includes something (mt.patterns._includes: "Giá phòng đã bao gồm bữa sáng chưa?", "Does the
   price include tax?"), both ways: "include" and the thing, or "bao gồm" and the thing and "chưa" or "không" (v7: "Is
   the office included breakfast?", "Giá bao gồm ăn sáng?");
198. married with children (mt.family._married: "Tôi đã lập gia đình và có hai con.", "I'm married with two
   children."), both ways: "married with" and the children, or "lập gia đình và có" and the children (v7: "I found my
   family and two children.", "Tôi đã kết hôn với hai con.");
199. something stolen (mt.mishaps._stolen: "Tôi bị móc ví.", "Someone stole my wallet."), both ways: "stole" or
   "stolen" and the thing, or "trộm" or "cắp" and the thing (v7: "I have a wallet handle.", "Ai đó đánh cắp tủy của
   tôi.");
200. where someone is, asked (mt.visits._where: "Anh ấy đang ở đâu?", "Where is Minh?"), both ways: "Where is" or
   "Where are" and who, or who and "ở đâu" (v7: "Where did he be?", "Where are you moving?"; "Có Minh ở đâu?");
201. the weather asked, somewhere or on a day (mt.weather_asked: "Đà Lạt có lạnh không?", "Will it rain tomorrow?"),
   both ways: "Is it" or "Will it be" and the weather, or "Will it rain" or "Is it raining", and the place or the
   day; or "trời có" and the weather "không?" and the place or the day (v7: "Da Lat Is cold?", "Liệu nó có mưa ngày
   mai không?");
202. someone by "anh" or "chị" and whose, or a cousin (mt.people.NAMED_WHO: "Anh tôi thích đọc sách.", "Em họ tôi …"),
   vi→en, in sentences the rules write whole, against the model alone: who in English and what is said of them (v7:
   "I like to play football.", "We lived in Da Nang.");
203. when a ride to a place by its name leaves, asked (mt.patterns._what_time: "Tàu đi Huế lúc mấy giờ?", "What time
   does the bus to Hoi An leave?"), both ways: the ride "to" the place and "leave", or the ride "đi" the place, a
   word for leaving and "mấy giờ" or "khi nào" (v7: "You're going to go to Hue at time?"; "Chuyến xe buýt để Hội An
   rời khỏi nhà?");
204. someone by kin or by name late, missing a ride or out of money (mt.mishaps: "Bố tôi bị lỡ chuyến tàu.", "My
   mother will be late."), both ways: who and what happened (v7: "My father was missile."; "Mẹ tôi sẽ muộn.");
205. who is allergic to what (mt.allergies: "Tôi bị dị ứng với tôm.", "Are you allergic to shrimp?"), both ways:
   who, "allergic to" and what, or who, "dị ứng" and what (v7 with the term alone: "I am allergic to shouted.";
   "Tôi bị dị ứng khi nhúc nhích.");
206. what someone studies or when they graduated (mt.studies: "Tôi học ngành kinh tế.", "What's your major?"), both
   ways: who and "study" and the subject, "graduated in" the year, or the question; or "học ngành" and the subject,
   "tốt nghiệp năm" the year (v7: "I learned the economic industry.", "I'm better than 2020."; "Bạn chính là gì?");
207. renting a motorbike, a bicycle, a car or a kayak (mt.rentals: "Thuê xe máy một ngày bao nhiêu tiền?", "I'd like
   to rent a bicycle for three days."), both ways: "rent" and the thing, and the price a day, the days or "here"
   (v7: "How much does the motorcycle a day?"; "Có bao nhiêu xe máy trong một ngày?");
208. someone who moved, or is moving, to a place by its name (mt.visits._moved: "Anh ấy mới chuyển đến Hà Nội.", "We
   moved to Da Nang."), both ways: who, "moved to" or "moving to" and the place, or "chuyển đến" and the place (v7: "He
   just turned to Hanoi.");
209. how long people have known each other (mt.family._known: "Chúng tôi đã quen nhau mười năm rồi.", "How long have
   you known each other?"), both ways: "known each other for" or "since", or "quen nhau" and the same (v7: "We used
   ten years.");
210. an appointment with someone at a time or on a day (mt.appointments: "Tôi có hẹn với bác sĩ lúc 3 giờ chiều.", "She
   has an appointment with the dentist tomorrow."), both ways: who, "an appointment with" whom, and when (v7: "I'm an
   appointment with your doctor at 3:00.");
211. someone's phone number asked for (mt.calls._number: "Bạn có số điện thoại của Lan không?", "What's your mother's
   phone number?"), both ways: whose "phone number" and the question, or "số điện thoại của" whose (v7: "Do you have a
   number of phones?");
212. what size of clothes or shoes someone wears, said or asked (mt.sizes: "Tôi mặc cỡ M.", "What size shoes do you
   wear?"), both ways: who, "wear" and the size, or "mặc cỡ", "đi giày cỡ" and the size (v7: "I wore I'm wearing M.";
   "Tôi mặc một kích cỡ M.");
213. a part of someone's body that hurts (mt.aches: "Lưng tôi bị đau.", "My leg hurts."), both ways: whose, the part
   and "hurts", or the part, whose and "đau" (v7: "My sore I was hurt."; "Tôi bị tổn thương chân.");
214. something lost, forgotten or not found by someone by kin or by name (mt.mishaps._lost: "Mẹ tôi bị mất điện
   thoại."), vi→en: who, the verb, whose and the thing (v7: "My mother was lost his phone.");
215. someone's work after "là", of someone by name too (mt.people._works_as: "Anh tôi là kỹ sư."), vi→en: who, "is"
   and the job with "a" or "an" (v7: "I'm an engineer.", "He's the kitchen head.").
216. who has what ailment (mt/ailments.py: "Con tôi bị ho và sốt.", "Do you have a fever?"), both ways: who, "has"
   or "have" and the ailments; or who, "bị" and them (v7: "Con tôi của tôi bị ho và sốt.", "She was has a cold.");
217. one liked more than anything else, or asked which of two (mt.favourites._prefers: "Tôi thích chó hơn.", "Bạn
   thích chó hay mèo?"), both ways: "prefer" and what; or "thích" … "hơn", "hay" (v7: "I like dogs.", "Would you like
   a dog or cat?", "Tôi thích chó.");
218. whether someone is free or busy, and when (mt/free_time.py: "Tôi rảnh vào chiều thứ bảy.", "I'm too busy
   today."), both ways: who, "free" or "busy" and the day (v7: "I am free on Saturday.", "… cũng bận rộn");
219. something slow, asked whether it is broken, or asked to be fixed (mt/broken.py: "Máy tính của tôi bị chậm.",
   "Máy lạnh có bị hỏng không?", "Bạn có thể sửa quạt không?"), both ways (v7: "My computer slowed down.", "Can you
   edit air conditioner?");
220. sending a letter, a parcel or a postcard to a place, or what it costs (mt/post.py: "Tôi muốn gửi thư này đi
   Mỹ."), both ways: "send", the thing, "to" and the place; or "gửi", the thing, and the place after "đi", "sang" …
   (v7: "… this message to American.", "Tôi muốn gửi điều này bưu kiện Úc.");
221. whether someone has had a meal yet (mt/meals.py: "Tôi chưa ăn trưa.", "I've already had lunch."), both ways
   (v7: "I haven't eat lunch.", "Tôi đã ăn trưa.", the "already" lost);
222. how someone slept lately or last night (mt/sleep.py: "Dạo này tôi ngủ không ngon."), both ways (v7: "This rice I
   didn't sleep well.", "Tôi đã không ngủ ngon.");
223. who picks whom up, where and when (mt/pickups.py: "Tôi sẽ đón bạn ở sân bay."), both ways: "pick … up" and the
   place or the time; or "đón" (v7: "I'm going to be you at the airport.", "Tôi sẽ chọn bạn lên sân bay.");
224. who someone is to someone (mt/relations.py: "Anh ấy là bạn trai tôi."), both ways (v7: "He's my boy.", "Anh ta là
   cậu béfriend.");
225. someone going on holiday or travelling to a place (mt/trips.py: "Tôi sẽ đi nghỉ ở Đà Nẵng."), both ways (v7: "I'm
   going to leave in Da Nang.", "Tớ sẽ vào ngày lễ Đà Nẵng.");
226. a boyfriend, a colleague, a neighbour … with whose, as kin of the rules that read mt.people.NAMED_WHO ("Bạn trai
   tôi thích chơi bóng đá."), vi→en: who in English and what is said of them (v7: "My younger brother is a doctor.");
227. whether someone passed an exam (mt/exams.py: "Tôi bị trượt kỳ thi."), both ways (v7: "I'm skied to skirt.", "Tôi
   đã qua cuộc thi.", a contest);
228. a day off, overtime, quitting or losing a job (mt/workdays.py: "Hôm nay tôi được nghỉ.", "I have to work overtime
   tonight."), both ways (v7: "I'm apart today.", "Tôi có ngày hôm nay.");
229. getting somewhere (mt/arrivals.py: "Tôi sẽ đến trong mười phút nữa.", "Tôi đến nơi rồi.", "Khi nào bạn đến?", "Tôi
   đang bị kẹt xe.", "Anh ấy luôn đến muộn."), both ways (v7: "I came to where I was.", "When did you come?", "I'm
   traffic jam."; "Tôi sẽ ở đó trong vòng 10 phút.", staying there);
230. going home for Tet, or where it is spent (mt/holidays.py: "Tôi về quê ăn Tết.", "Chúng tôi ăn Tết ở Huế."), both
   ways (v7: "I go back home eat Tet.", "Tôi sẽ về nhà Tết.");
231. a place closed now, or asked whether open yet or still (mt.timetables._open_now: "Cửa hàng đóng cửa rồi.", "Siêu
   thị còn mở cửa không?"), both ways (v7: "The store closed the door.", "Is the open door?");
232. the year someone is in at university (mt.people._at_school: "Tôi đang học năm thứ hai đại học."), both ways (v7:
   "I'm learning the second year of college.", "Tôi trong năm thứ hai của trường đại học.");
233. how hard an exam or a test was (mt.exams._how: "Bài thi rất khó."), both ways (v7: "Xét nghiệm rất khó khăn.", a
   medical test);
234. where someone was born or grew up, asked where, how long they have lived there (mt/origins.py: "Bạn sinh ra ở
   đâu?", "Anh ấy lớn lên ở Đà Nẵng."), both ways (v7: "Where do you deliver?", "Tôi tăng lên ở Sài Gòn.");
235. who is doing a chore or has to (mt/chores.py: "Tôi đang rửa bát.", "I have to do the laundry."), both ways (v7:
   "I'm washing octal.", "Tôi phải làm laundry.");
236. a match won, lost or drawn, or which team won (mt/matches.py: "Việt Nam thắng Thái Lan 2-0.", "Đội tôi thua 2-1."),
   both ways (v7: "We won't." for "Chúng tôi thắng rồi.", "Nhóm của tôi mất 2-1.");
237. a baby just born, or someone some months pregnant (mt/babies.py: "Chị tôi vừa sinh con trai."), both ways (v7:
   "She was born in my son.", "Chị của tôi chỉ có một cậu bé.");
238. weight lost, a diet, kilos to lose (mt/weight.py: "Tôi đã giảm được 5 cân.", "I'm on a diet."), both ways (v7:
   "I've lost five balances.", "Tôi đang ở chế độ ăn uống.");
239. money lent, owed or paid back (mt/loans.py: "Bạn có thể cho tôi mượn tiền không?", "Tôi nợ bạn 100 nghìn."), both
   ways (v7: "Can you borrow me?", "Tôi owe bạn 100.000 đồng.");
240. how long it takes someone to get to work, school or home (mt/commutes.py: "Tôi mất 30 phút để đi làm."), both ways
   (v7: "I took 30 minutes to go to work.", "Phải mất 30 phút để làm việc.", to do one's job);
241. the weather said in English with a day (mt/weather_said.py: "It's very cold today."), en→vi: the day first, "trời"
   and the weather (v7: "Trời rất lạnh hôm nay.");
242. someone busy or free on a day behind (mt/free_time.py: "I was busy yesterday."), en→vi: the day first, who and
   "bận" or "rảnh" (v7: "Tôi bận rộn hôm qua.");
243. who will text, e-mail or call whom later, or did not reply to a message (mt/messages.py: "Tôi sẽ nhắn tin cho
   bạn sau."), both ways (v7: "I'll Message you later.", "Tôi sẽ văn bản bạn về sau.", text as a document);
244. a pay rise, a promotion, fired, applying for jobs, a job interview (mt/careers.py: "Tôi vừa được tăng lương."),
   both ways (v7: "I've been raising the wages.", "Tôi đã bắn." for "I got fired.");
245. a pet fed, the dog walked, the cat taken to the vet, a cat adopted (mt/pets.py: "Tôi cho chó ăn rồi."), both ways
   (v7: "I feed the dog.", "Tôi đã bay chó." for "I fed the dog.");
246. money transferred to someone, the money got, paid in cash or by card (mt/transfers.py: "Tôi đã chuyển tiền cho
   bạn rồi."), both ways (v7: "I've transferred you.");
247. about to go out or have dinner, getting ready for bed or work, about to call (mt/about_to.py: "Tôi chuẩn bị đi
   ngủ."), both ways (v7: "I prepared to sleep.", "Tôi sẵn sàng làm việc." for "I'm getting ready for work.");
248. a call that did not go through, a phone switched off, the signal lost, not picking up (mt/reception.py: "Tôi
   không gọi được cho anh ấy."), both ways (v7: "I can't call him.", "Tôi không thể vượt qua anh ấy.");
249. who will be back, home or there soon (mt/arrivals.py: "Mẹ tôi sắp về."), vi→en: "will be back soon" (v7: "My
   mother was coming back.");
250. where someone parked, not finding a parking space (mt/parking.py: "Tôi đỗ xe trước ngân hàng."), both ways (v7:
   "I'm getting a car before the bank.", "I can't find a park.");
251. a thing to exchange or return, or that does not fit (mt/returns.py: "Tôi muốn đổi cái áo này."), both ways (v7:
   "I want to change this coat.", "Tôi muốn quay lại những đôi giày này." for "I'd like to return these shoes.");
252. a question about him, her or them (mt/pronouns.py: "Anh ấy đã xem phim đó chưa?"), vi→en: he, she or they, and no
   "you" (v8: "Did you see that movie?", "Do she like that movie?");
253. a haircut got, needed or wanted, hair dyed (mt/haircuts.py: "Tôi vừa cắt tóc."), both ways (v8: "I cut my hair.",
   "She has hair dye.", "Cô ấy vỗ tóc của mình." for "She dyed her hair.");
254. getting married soon or next month, engaged, going to a wedding (mt/weddings.py: "Chị tôi sắp cưới."), both ways
   (v8: "She's going to wedding.", "Chị của tôi đang kết hôn vào tháng tới.");
255. moved house, moving next week, packing (mt/moving.py: "Chúng tôi mới chuyển nhà."), both ways (v8: "We're just
   moving home.", "Chúng tôi chỉ di chuyển ngôi nhà." for "We just moved house.");
256. keys forgotten, left somewhere or lost, locked out (mt/keys.py: "Tôi quên mang chìa khóa."), both ways (v8: "I
   forgot to bring key.", "Tôi tự khóa." for "I locked myself out.");
257. the neighbours noisy, their dog barking, the music turned down, no sleep for the noise (mt/neighbours.py: "Hàng
   xóm ồn quá."), both ways (v8: "Neighbors are too noise.", "Những người láng giềng quá lớn.");
258. let's, shall we, why don't we (mt/suggestions.py: "Chúng ta đi dạo nhé."), both ways (v8: "Let's walk.", "Hãy đi
   bộ." for "Let's go for a walk.", "Chúng tôi đi bơi không?" for "Shall we go swimming?");
259. working out every day or three times a week, at the gym, just started yoga (mt/workouts.py: "Tôi tập gym mỗi
   ngày."), both ways (v8: "I'm gym every day.", "Tôi làm việc 3 lần một tuần." for "I work out three times a week.");
260. tickets for a film, a concert or a match left, sold out, got or booked (mt/tickets.py: "Còn vé xem phim không?"),
   both ways (v8: "Will the movie ticket?", "Có trái vé nào không?" for "Are there any tickets left?");
261. congratulations, good luck, get well soon, a nice weekend (mt/wishes.py: "Chúc mừng bạn có công việc mới!"), both
   ways (v8: "Have your mother healthy!", "Hãy kết hợp công việc mới của bạn!" for "Congratulations on your new job!");
262. who paid last time or pays next time, a treat, splitting the bill (mt/bills.py: "Lần này tôi mời."), both ways
   (v8: "This time I invited.", "Tôi sẽ dành thời gian kế tiếp." for "I'll pay next time.");
263. a drink or a dish asked for at a café (mt/orders.py: "Cho tôi một ly cà phê sữa đá."), both ways (v8: "Let me a
   cup of iced milk coffee.", "Tôi sẽ có một ly nước cam ép." for "I'll have a glass of orange juice.");
264. the power, the water or the internet gone off or back (mt/outages.py: "Mất điện rồi."), both ways (v8: "It's very
   electricity.", "Nguồn điện ra ngoài." for "The power's out.");
265. the fan, the air conditioner, the TV or the light turned on or off (mt/switches.py: "Anh bật quạt được không?"),
   both ways (v8: "Could you enable the sector?", "Bạn có thể bật người hâm mộ không?" for "Can you turn on the fan?");
266. a door or a window locked, closed, opened or left open (mt/doors.py: "Bạn khóa cửa chưa?"), both ways (v8: "Do you
   lock the door?", "Có khóa cửa không?" for "Did you lock the door?");
267. out of milk, rice or coffee, running low, food gone off (mt/supplies.py: "Nhà hết gạo rồi."), both ways (v8: "The
   house is all rice.", "Chúng tôi ra khỏi sữa." for "We're out of milk.");
268. medicine taken, forgotten or needed (mt/medicine.py: "Uống thuốc này ngày hai lần."), both ways (v8: "Take medicine
   This date twice.", "Bạn có dùng thuốc của mình không?" for "Did you take your medicine?");
269. a photo taken for us, a selfie, photos sent (mt/photos.py: "Bạn chụp giúp chúng tôi một tấm ảnh được không?"), both
   ways (v8: "Do you take pictures to help us a photo?", "Uống một bức tranh của tôi!" for "Take a picture of me!");
270. a present bought or given, thanks for a gift (mt/gifts.py: "Tôi mua quà cho mẹ."), both ways (v8: "I bought my gift
   for my mother.", "Cô ấy nhìn tôi một chiếc đồng hồ." for "She gave me a watch.");
271. a taxi or a Grab called, booked, taken or here (mt/taxis.py: "Tôi gọi taxi cho bạn nhé?"), both ways (v8: "I call
   your taxi for you?", "Tôi sẽ nhận được một taxi." for "I'll get a taxi.");
272. asked to say it again or louder, what a word means (mt/repeats.py: "Bạn nhắc lại được không?"), both ways (v8:
   "Could you reconsider?", "Bạn có thể lặp lại điều đó không?" for "Could you repeat that?");
273. gone to the supermarket or the market to buy food (mt/shopping.py: "Tôi đi siêu thị mua đồ."), both ways (v8: "I
   walked to the supermarket to buy a hill.");
274. a shirt or a dress that suits someone, worn, what to wear (mt/outfits.py: "Áo này hợp với bạn."), both ways (v8:
   "It's OK for you.", "Bạn đang đeo tay gì?" for "What are you wearing?");
275. waiting long, for an hour, outside, in line, don't wait for me (mt/waiting.py: "Bạn đợi lâu chưa?"), both ways (v8:
   "Have you waited for long yet?", "Rất tiếc để giữ cho bạn đợi." for "Sorry to keep you waiting.");
276. a password forgotten, logged in or out, an account created (mt/accounts.py: "Tôi quên mật khẩu rồi."), both ways
   (v8: "I forgot my password and.", "Tôi đã đăng nhập." for "I've logged out.");
277. going to be late, in a hurry, hurry up, no rush (mt/hurry.py: "Mau lên!"), both ways (v8: "Bring!", "Không có
   chuyện ôm ấp." for "There's no hurry.");
278. dinner's ready, come and eat, some more, full (mt/mealtimes.py: "Cơm chín rồi."), both ways (v8: "The rice is
   nine.", "Không sẵn sàng đâu!" for "Dinner's ready!");
279. tidy your room, a mess, cleaning the kitchen, put your toys away (mt/tidying.py: "Dọn phòng đi!"), both ways (v8:
   "Those rooms!", "Phòng của bạn là một bữa." for "Your room is a mess.");
280. a good restaurant or book recommended, a dish to try, worth a visit (mt/recommendations.py: "Bạn có thể giới thiệu
   một nhà hàng ngon không?"), both ways (v8: "Can you introduce a good restaurant?", "Hội An là một chuyến viếng thăm."
   for "Hoi An is worth a visit.");
281. how the trip, the party or your weekend was (mt/how_was.py: "Hôm nay của bạn thế nào?"), both ways (v8: "How
   today's your friends?", "Chuyến đi này là bao nhiêu?" for "How was the trip?");
282. too salty, a bit spicy, can't eat spicy food, needs more salt (mt/tastes.py: "Canh này mặn quá."), both ways (v8:
   "This alignment is too salty.", "Món xúp này quá muối." for "This soup is too salty.");
283. feeling cold, cold in here, cold hands, put on a jumper (mt/temperatures.py: "Tôi rét quá."), both ways (v8: "I'm
   glad.", "Bạn có cảm lạnh không?" for "Are you cold?");
284. a seat taken or free, have a seat, save or swap a seat, move over (mt/seats.py: "Chỗ này có ai ngồi chưa?"), both
   ways (v8: "Has anyone who sits?", "Mua sắm chúng tôi trao đổi ghế?" for "Shall we swap seats?");
285. a cut hand, a fall off the motorbike, a twisted ankle, are you OK (mt/injuries.py: "Tôi bị đứt tay."), both ways
   (v8: "I was knocked out.", "Bạn có muốn không?" for "Are you okay?");
286. coffee spilled, a vase or a glass broken, who broke it (mt/accidents.py: "Con tôi làm vỡ bình hoa."), both ways
   (v8: "My child breaks the flower.", "Tôi đã tách một ly." for "I broke a glass.");
287. where's my phone, have you seen it, where did you put it (mt/finding.py: "Điện thoại của tôi đâu rồi?"), both ways
   (v8: "Where do my phone?", "Bức tường của tôi ở đâu?" for "Where's my wallet?");
288. take an umbrella, remember your passport, forgot to bring (mt/bring_along.py: "Mang ô theo nhé."), both ways (v8:
   "Bring an umbrella follow.", "Uống một chiếc ô với bạn." for "Take an umbrella with you.");
289. the floor is wet, don't touch it's hot, careful with the knife (mt/cautions.py: "Đừng chạm vào, nóng đấy!"), both
   ways (v8: "Don't touch it, hot!", "Hãy quan sát nhé!" for "Watch out!");
290. the date or the day asked or said of tomorrow or yesterday (mt/days_asked.py: "Ngày mai là ngày mấy?"), both ways
   (v8: "Tomorrow What is the day?", "Ngày mai là thứ 5." (Thursday) for "Tomorrow is the 5th.");
291. what this costs, by the kilo, so cheap, a discount (mt/prices.py: "Đôi giày này rẻ quá."), both ways (v8: "The
   shoes are too cheap.", "Có bao nhiêu ki-lô-mét không?" for "How much is a kilo of mangoes?");
292. so noisy, making noise, don't make noise, speak more quietly (mt/noise.py: "Ồn quá!"), both ways (v8: "Oh!",
   "Đường phố này không có gìisy." for "This street is so noisy.");
293. do you still remember me, I forgot your name, what's her name again (mt/remembering.py: "Bạn còn nhớ tôi
   không?"), both ways (v8: "Did you miss me?", "Tên anh ta lại là gì?" for "What's his name again?");
294. speaks French fluently, a little, like a native, how many languages (mt/languages.py: "Cô ấy nói tiếng Pháp trôi
   chảy."), both ways (v8: "She says French flows.", "… một cách dao động" for "… fluently");
295. has a boyfriend yet, dating someone, broke up, in love (mt/dating.py: "Chị ấy có bạn trai chưa?"), both ways
   (v8: "Do she have a boy?", "Họ đã bùng nổ vào tháng trước." for "They broke up last month.");
296. it's three o'clock, almost midnight, what time is it in Hanoi, a watch slow (mt/clock.py: "Bây giờ là ba
   giờ."), both ways (v8: "It's three hours now.", "Đó là ba giờ." for "It's three o'clock.");
297. passed away, died of cancer, sorry for your loss, the funeral (mt/condolences.py: "Ông của cô ấy vừa mất."),
   both ways (v8: "Her grandfather died.", "Tôi xin lỗi mất mát của bạn." for "I'm sorry for your loss.");
298. don't tell anyone, I won't tell, keep a secret, told me everything (mt/telling.py: "Đừng nói với ai nhé."), both
   ways (v8: "Don't tell someone.", "Bạn giữ bí mật không?" for "Can you keep a secret?");
299. left a phone in the taxi, forgot a ticket at home, did you leave it (mt/left_behind.py: "Tôi quên vé ở nhà."),
   both ways (v8: "I forgot my Home ticket.", "Tôi rời khỏi ô của tôi trên xe buýt." for "I left my umbrella on the
   bus.");
300. stuck in traffic for an hour, the roads busy at rush hour, an accident (mt/traffic.py: "Sáng nay tôi bị kẹt xe
   một tiếng."), both ways (v8: "This morning, I was traffic jam an hour.", "Con đường đang bận rộn vào lúc vội vã."
   for "The roads are busy at rush hour.");
301. eighty this year, turns sixty next month, the same age as (mt/ages.py: "Năm nay bà tôi tám mươi tuổi."), both
   ways (v8: "This year, my grandmother was eighty years old.", "Bà tôi là tám mươi bảy năm nay." for "My
   grandmother is eighty this year.");
302. a phone dead, low, fully charged, who is charging it (mt/batteries.py: "Điện thoại mẹ tôi hết pin rồi."), both
   ways (v8: "My mother out of battery phone.", "Điện thoại của tôi sắp chết." for "My phone is about to die.");
303. can I come in, leave early today, go out to play, you can't go out (mt/permission.py: "Con ra ngoài chơi được
   không?"), both ways (v8: "Can you out of play?", "Tôi có thể rời khỏi sớm hôm nay không?" for "May I leave early
   today?");
304. how your mother is, she's fine, better now, give my regards (mt/regards.py: "Bố mẹ bạn có khỏe không?"), both
   ways (v8: "Are you healthy?", "Bạn hãy nhớ bố mẹ cho mình." for "Say hi to your parents for me.");
305. doing her homework, not done yet, so much homework, forgot to do it (mt/homework.py: "Tôi đang làm bài tập."),
   both ways (v8: "I'm doing a song.", "Bạn đã làm việc nhà của mình chưa?" (housework) for "Have you done your
   homework?");
306. on holiday, going on holiday next week, off work yesterday, a day off (mt/days_off.py: "Tôi đang đi nghỉ
   mát."), both ways (v8: "I'm going to vacation.", "Tôi vào ngày lễ." for "I'm on holiday.");
307. any change, the ATM ate my card, change money, get some cash (mt/cash.py: "Máy ATM nuốt thẻ của tôi."), both
   ways (v8: "ATM swallows my card.", "Bạn có thay đổi nào không?" (alter) for "Do you have any change?");
308. watching TV, reading the paper, on the phone, what are you watching (mt/doing_now.py: "Bố tôi đang đọc báo."),
   both ways (v8: "I'm reading a newspaper.", "Tôi đang theo dõi tivi." (monitoring) for "I'm watching TV.");
309. you look so tired, she looks very happy, not well, why so worried (mt/looks.py: "Trông bạn mệt quá."), both ways
   (v8: "You're tired.", "Cô ấy nhìn thấy hạnh phúc hôm nay." (sees) for "She looks happy today.");
310. very proud of him, so happy for you, we're all proud of you (mt/pride.py: "Tôi mừng cho bạn quá."), both ways
   (v8: "I'm glad you too.", "Tôi rất vui đối với bạn." for "I'm so happy for you.");
311. looking forward to the trip, can't wait to see you, excited about (mt/looking_forward.py: "Tôi nóng lòng
   quá."), both ways (v8: "I'm too hot.", "Tôi không thể đợi!" for "I can't wait!");
312. add a little salt, cook it ten more minutes, chop the onions, cooked yet (mt/cooking.py: "Nấu thêm mười phút
   nữa."), both ways (v8: "Fif more minutes.", "Hãy kiên trì hành nhé." for "Chop the onions.");
313. he's right, she's wrong, are you sure, I guess so, agrees with her (mt/agreeing.py: "Anh ấy nói sai rồi."), both
   ways (v8: "He said it was wrong.", "Tôi đoán đến vậy." for "I guess so.");
314. a computer froze, keeps freezing, working again, the app keeps crashing (mt/tech_trouble.py: "Máy tính của tôi
   bị treo."), both ways (v8: "My computer was hanging out.", "Máy tính của tôi ếch." (a frog) for "My computer
   froze.");
315. let me carry it, need a hand, leave it to me, thanks I can manage (mt/offers.py: "Để tôi mang giúp bạn."), both
   ways (v8: "Let me bring you help.", "Tôi sẽ chăm sóc nó." for "I'll take care of it.");
316. I have to go now, do you have to go already, drive safely (mt/goodbyes.py: "Tôi phải đi đây."), both ways (v8: "I
   have to go here.", "Drive một cách an toàn." for "Drive safely.");
317. your house is so beautiful, I love your dress, what a beautiful garden (mt/compliments.py: "Áo của bạn đẹp
   quá."), both ways (v8: "Your Austrian is beautiful.", "Nhà của bạn rất yêu." for "Your house is lovely.");
318. overslept this morning, my alarm didn't go off, wake me up at seven (mt/alarms.py: "Sáng nay tôi ngủ quên."),
   both ways (v8: "This morning, I forgot to sleep.", "B alarm của tôi không tắt." for "My alarm didn't go off.");
319. would you like some tea, can I get you water, stay for dinner (mt/hosting.py: "Bạn uống trà nhé?"), both ways
   (v8: "Do you drink tea?", "Bạn có muốn một vài trà không?" for "Would you like some tea?");
320. sunburnt, bitten all over by mosquitoes, mosquito repellent, sunscreen (mt/outdoors.py: "Bạn có thuốc chống muỗi
   không?"), both ways (v8: "Do you have anti-dandruff medications?", "Lưng tôi bị ợ nóng." (heartburn) for "My back
   is sunburnt.");
321. afraid of dogs, scared of heights, not afraid of the dark, don't be afraid (mt/fears.py: "Em trai tôi sợ độ
   cao."), both ways (v8: "My younger brother fear of height.", "Tôi e là chó." for "I'm afraid of dogs.");
322. hungry, thirsty, still hungry, hungry yet, starving (mt/hunger.py: "Bố tôi đói rồi."), both ways (v8: "I'm
   hungry.", "Chúng tôi đang nhìn chằm chằm." (staring) for "We're starving.");
323. only joking, are you kidding me, stop laughing at me, that's not funny (mt/jokes.py: "Bạn đùa à?"), both ways (v8:
   "Are you joked?", "Đó không hài lòng." for "That's not funny.");
324. why is the baby crying, cries a lot, teething, won't stop crying (mt/crying.py: "Sao em bé khóc vậy?"), both ways
   (v8: "Why are your baby cry?", "Anh ta khóc." for "He made me cry.");
325. dreamed about you last night, had a nightmare, often has bad dreams, sweet dreams (mt/dreams.py: "Tối qua tôi mơ
   thấy bạn."), both ways (v8: "Last night, I dream you.", "Hãy mơ hồ đi nhé!" (be vague) for "Sweet dreams!");
326. just had a shower, in the shower, brushed your teeth yet, go and have a bath (mt/washing.py: "Con đi tắm đi."),
   both ways (v8: "She went to bath.", "Cô ấy ở trong bộ phim." (in the film) for "She's in the shower.");
327. smokes a lot, quit smoking last year, drunk, doesn't drink (mt/smoking.py: "Anh ấy say rồi."), both ways (v8:
   "He's said.", "Cha tôi uống rượu." for "My father gave up drinking.");
328. called the wrong number, my fault, not your fault, got on the wrong bus (mt/mistakes.py: "Không phải lỗi của
   bạn."), both ways (v8: "Not your error.", "Anh ta chuyến tàu sai." for "He took the wrong train.");
329. changed her mind, still hasn't decided, have you decided yet, it's up to you (mt/decisions.py: "Cô ấy đổi ý
   rồi."), both ways (v8: "She changed the idea.", "Nó lên bạn." for "It's up to you.");
330. often lies, lied to me, is lying, believe in ghosts, stop lying (mt/lies.py: "Anh ấy hay nói dối."), both ways
   (v8: "He is often lied.", "Anh ấy nói với tôi." for "He lied to me.");
331. really misses you, will miss you so much, homesick, misses her (mt/missing.py: "Bố mẹ tôi rất nhớ bạn."), both
   ways (v8: "My parents are very remembering you.", "Chúng tôi sẽ bỏ lỡ bạn." for "We'll miss you.");
332. heard the news, any news about him, has good news, saw it on the news (mt/news.py: "Có tin gì mới không?"),
   both ways (v8: "Are there a new news?", "Bất kỳ tin nào?" for "Any news?");
333. missed the last bus, we'll miss the train if we don't hurry, cancelled, the next bus (mt/delays.py: "Tôi bị lỡ
   chuyến xe buýt cuối cùng."), both ways (v8: "I'm miss the last bus.", "Nếu chúng ta không ôm ấp, …" (cuddle) for
   "If we don't hurry, we'll miss the train.");
334. what's wrong with him, what happened to her, something happened, is everything OK (mt/happenings.py: "Bạn bị
   sao vậy?"), both ways (v8: "What's you?", "Sai lầm?" (a mistake) for "What's wrong?");
335. we're lost, are you lost, got lost in the market, gets lost easily (mt/getting_lost.py: "Cô ấy dễ bị lạc."), both
   ways (v8: "She's easy to lose.", "Chúng tôi bị mất." (lost as things are) for "We're lost.");
336. too busy to come, busy at the moment, busy with work, busy all day today (mt/busy.py: "Cô ấy bận quá không đến
   được."), both ways (v8: "She is too busy.", "Cô ấy quá bận rộn để đến." for "She's too busy to come.");
337. why are you late, late for work yesterday, late again, late because of the traffic (mt/lateness.py: "Sao bạn đến
   muộn vậy?"), both ways (v8: "Why are you coming later?", "Tôi ở cuối trường hôm qua." for "I was late for school
   yesterday.");
338. my father is really tired, my parents are worried, why is she so sad (mt/moods.py: "Bố tôi mệt lắm."), both
   ways (v8: "I'm tired.", "Mệt mỏi của bố tôi." for "My father's tired.");
339. unemployed, about to retire, has he retired yet, still working (mt/work_status.py: "Anh ấy thất nghiệp."), both
   ways (v8: "He failed to fail.", "Anh ta không thất nghiệp." (not unemployed) for "He's unemployed.");
340. do you know him, not very well, met at university, how long have you known her (mt/acquaintances.py: "Bạn có
   biết anh ấy không?"), both ways (v8: "Do you know that he is?", "Tôi không biết cô ấy rất tốt." for "I don't know
   her very well.");
341. can you do me a favour, I owe you one, sorry for the trouble, no trouble at all (mt/favours.py: "Tôi nợ bạn một
   lần."), both ways (v8: "I debt you once.", "Bạn có thể làm tôi một lợi ích được không?" (a benefit) for "Can you do
   me a favour?");
342. keep in touch, still in touch with her, lost touch a long time ago (mt/contact.py: "Giữ liên lạc nhé."), both ways
   (v8: "Keep contacts.", "Chúng tôi mất cảm ứng cách đây nhiều năm." (a touchscreen) for "We lost touch years ago.");
343. curly hair, wears glasses, so thin, has a beard (mt/features.py: "Bà tôi đeo kính."), both ways (v8: "My
   grandmother wore.", "Anh ta tò mò tóc." (curious) for "He has curly hair.");
344. drives too fast, got a licence last year, a flat tyre, needs to get petrol (mt/driving.py: "Anh ấy lái xe nhanh
   quá."), both ways (v8: "He driving too fast.", "Chúng ta cần thú nuôi." (pets) for "We need to get petrol.");
345. having dinner, taking a nap, in a meeting, what is she doing (mt/at_the_moment.py: "Họ đang ăn tối."), both ways
   (v8: "They're eating dark.", "Bà tôi đang có một món quà." (a present) for "My grandmother is having a nap.");
346. forgave him, has she forgiven you, apologised to me, please forgive me (mt/forgiving.py: "Tha lỗi cho tôi
   nhé."), both ways (v8: "Instead of letting me.", "Tôi cũng làm bạn trở thành một sinh vật học." for "I owe you an
   apology.");
347. so unlucky today, didn't expect you to come, what a surprise, surprised me (mt/luck.py: "Hôm nay tôi xui quá."),
   both ways (v8: "I'm so far.", "Hôm nay tôi rất may mắn." (lucky) for "I'm so unlucky today.");
348. forgot to water the plants, my plants died, grows tomatoes, the roses are blooming (mt/plants.py: "Tôi quên tưới
   cây."), both ways (v8: "I forgot to put trees.", "Nhà máy của tôi đã chết." (a factory) for "My plants died.");
349. argue all the time, argued last night, often argue, have made up (mt/quarrels.py: "Họ cãi nhau suốt."), both ways
   (v8: "They argue.", "Chúng tôi có cuộc chiến." (a war) for "We had a fight.");
350. how much does she earn a month, my salary is low, well paid, not paid yet (mt/earnings.py: "Cô ấy kiếm được bao
   nhiêu một tháng?"), both ways (v8: "How many months are she earned?", "Bé kiếm được …" (a baby) for "How much does
   she earn a month?");
351. what time shall we meet, let's meet at the café at seven, still meeting tomorrow (mt/meeting_up.py: "Mấy giờ
   chúng ta gặp nhau?"), both ways (v8: "Now we meet?", "Chúng ta sẽ gặp gì?" (meet what) for "What time shall we
   meet?");
352. the wifi here is really slow, can't connect, the wifi password, keeps cutting out (mt/wifi.py: "Wifi ở đây chậm
   quá."), both ways (v8: "The Wifi here is slowing too.", "Sợi dây thực sự chậm lại ở đây." (a wire) for "The wifi
   is really slow here.");
353. fed up with this job, sick of waiting, sick of the noise, tired of this job? (mt/fed_up.py: "Anh ấy ngấy đồ ăn
   nhanh rồi."), both ways (v8: "He stirred fast food.", "Tôi đã tham gia công việc của tôi." (joined) for "I'm fed up
   with my job.");
354. always worries about me, very worried about him, don't worry about me, worried he'll be late (mt/worries.py:
   "Mẹ tôi lúc nào cũng lo cho tôi."), both ways (v8: "My mother was always worried about me.", "Bạn lo lắng là ai?"
   for "Who are you worried about?");
355. what's the book about, how long is the film, have you read it, finished the book (mt/books_films.py: "Bộ phim
   đó dài bao lâu?"), both ways (v8: "How long does that movie?", "Ai là trong bộ phim?" for "Who's in the film?");
356. are you coming to the party, having a party this weekend, didn't invite me (mt/parties.py: "Bạn có đến bữa tiệc
   không?"), both ways (v8: "Do you come to the party?", "Đảng ở đâu?" (a political party) for "Where's the party?");
357. promised to call me back, broke his promise, always keeps her promises, do you promise (mt/promises.py: "Anh ấy
   đã thất hứa."), both ways (v8: "He promised.", "Anh ta đã giành lời hứa." for "He broke his promise.");
358. my parents live in Hanoi, where does she live, lives with his parents, still lives in (mt/residence.py: "Bố mẹ
   tôi sống ở Hà Nội."), both ways (v8: "My parents lived in Hanoi.", "Bé gái của bạn sống ở đâu?" for "Where does
   your sister live?");
359. as a child I lived in Hue, was very shy as a child, used to live in, used to be a doctor (mt/childhood.py: "Hồi
   nhỏ tôi sống ở Huế."), both ways (v8: "I am living in Hue.", "Như một đứa trẻ, tôi rất bị giết." for "As a child,
   I was very naughty.");
360. hates Mondays, hates the rain, doesn't like snakes, can't stand the heat (mt/dislikes.py: "Tôi ghét thứ Hai."),
   both ways (v8: "I hate to Monday.", "Tôi ghét hành lang." for "I hate onions.");
361. this film is so boring, his job is really boring, is the book interesting, isn't boring at all (mt/boring.py:
   "Bộ phim này chán quá."), both ways (v8: "This movie is bored.", "Bộ phim này đang chán nản." for "This film is
   boring.");
362. are the clothes dry yet, still wet, ironing my shirt, bring the washing in (mt/laundry.py: "Quần áo khô chưa?"),
   both ways (v8: "Is it dry?", "Tôi aggressive giằng tay." for "I hung the washing out.");
363. his house was burgled, pickpocketed on the bus, someone stole my bike, reported it to the police (mt/theft.py:
   "Nhà anh ấy bị trộm."), both ways (v8: "His house was thipped.", "Nhà của họ bị hăm dọa." for "Their house was
   burgled.");
364. what's on TV tonight, the match is on TV at 8, watches TV all day, watch TV last night (mt/tv.py: "Tối nay có gì
   trên ti vi?"), both ways (v8: "Tonight, what's TV?", "TV tối nay là gì?" for "What's on TV tonight?");
365. is the museum open on Sundays, closed today, what days is it open, open until 10 p.m. (mt/opening_hours.py:
   "Chợ mở cửa vào những ngày nào?"), both ways (v8: "Whichday do you open the door?", "Bảo tàng mở vào Chủ nhật
   không?" for "Is the museum open on Sundays?");
366. still in hospital, had to go into hospital, when will he be out, how long in hospital (mt/hospital.py: "Khi nào
   anh ấy được xuất viện?"), both ways (v8: "When did he export the hospital?", "Anh ta bị xuất huyết hôm qua." for
   "He was discharged yesterday.");
367. saving up for a car, how much have you saved, can't save anything, need to save money (mt/savings.py: "Tôi không
   tiết kiệm được đồng nào."), both ways (v8: "I can't save all the same.", "Tôi đang dành dụm xe." for "I'm saving up
   for a car.");
368. do you need a visa, my visa expires next month, renew my passport, can I see your passport (mt/papers.py: "Tôi
   cần gia hạn hộ chiếu."), both ways (v8: "I need passport limit.", "Tôi có cần một vi-rút không?" for "Do I need a
   visa?");
369. booked a table yet, need to book in advance, booked a room for three nights, cancel my booking (mt/bookings.py:
   "Tôi muốn hủy đặt phòng."), both ways (v8: "I want to cancel the book a room.", "Tôi có cần cuốn sách trước
   không?" for "Do I need to book in advance?");
370. my suitcase is too heavy, have you packed yet, hasn't packed yet, how many suitcases (mt/luggage.py: "Vali của
   tôi nặng quá."), both ways (v8: "My Vali is too heavy.", "Bạn vẫn chưa được xếp nhé?" for "Have you packed
   yet?");
371. what colour is your bag, my bag is black, is your phone red, painted the house white (mt/colours.py: "Xe của bạn
   màu gì?"), both ways (v8: "What color do your car?", "Vắc-xin của tôi đen." for "My bag is black.");
372. graduated last year, just graduated from university, wants to study abroad, studying in Australia
   (mt/graduation.py: "Anh ấy tốt nghiệp năm ngoái."), both ways (v8: "He is graduate last year.", "Tôi chưa được cấp
   phép." for "I haven't graduated yet.");
373. the kitchen smells of fish, can smell gas, can you smell smoke, what's that smell (mt/smells.py: "Mùi gì
   thế?"), both ways (v8: "What is the vacant?", "Những mùi nhà bếp của cá." for "The kitchen smells of fish.");
374. look after the kids for me, who looks after your children, will look after the baby, has to look after his
   little brother (mt/childcare.py: "Ai trông con cho bạn?"), both ways (v8: "Who looks for you?", "Ai trông có vẻ như
   sau khi con bạn không?" for "Who looks after your children?");
375. your son has grown so much, growing so fast, grown taller, how tall is she now (mt/growing.py: "Con trai bạn lớn
   quá!"), both ways (v8: "Your son is too big!", "Cô ấy cao hơn." for "She's grown taller.");
376. does she wear makeup, putting on my makeup, hasn't shaved, needs to shave (mt/makeup.py: "Cô ấy có trang điểm
   không?"), both ways (v8: "Does she have a page?", "Anh ta không xấu hổ." for "He hasn't shaved.");
377. scored two goals, did he score, a 1-1 draw, we lost two nil (mt/scores.py: "Anh ấy ghi hai bàn."), both ways
   (v8: "He scored two tables.", "Chúng tôi đã mất 2 nil." for "We lost two nil.");
378. are they still together, no longer in love, how long together, together for five years (mt/couples.py: "Họ
   vẫn còn yêu nhau chứ?"), both ways (v8: "Do they love?", "Họ vẫn có cùng nhau không?" for "Are they still
   together?");
379. woke up late this morning, is he up yet, hasn't woken up yet, don't wake the baby (mt/waking.py: "Em bé dậy
   chưa?"), both ways (v8: "Are you up?", "Tôi mặc lên cuối sáng nay." for "I woke up late this morning.");
380. what religion are you, are you religious, is Buddhist, goes to the pagoda every week (mt/religion.py: "Bạn theo
   đạo gì?"), both ways (v8: an obscenity, "Tôi là một ngư dân." (a fisherman) for "I'm a Buddhist.");
381. short-sighted, needs glasses to read, eyesight getting worse, get her eyes tested (mt/eyesight.py: "Tôi bị
   cận."), both ways (v8: "I'm approached.", "Tôi đã say xỉn." (drunk) for "I'm short-sighted.");
382. queuing for tickets, is this the queue for, queued for an hour, jumped the queue (mt/queues.py: "Bạn có xếp
   hàng không?"), both ways (v8: "Do you have a row?", "Bạn có trong hàng đợi không?" for "Are you in the queue?");
383. has high blood pressure, doesn't have asthma, her blood pressure is high, how is your blood pressure
   (mt/conditions.py: "Huyết áp của bà tôi cao."), both ways (v8: "My blood pressure is high." (whose lost), "Anh ta
   hoài nghi." (sceptical) for "He's diabetic.");
384. add me on Facebook, does she use Zalo, just posted a photo, downloaded this app (mt/social_media.py: "Kết bạn
   với tôi trên Facebook nhé."), both ways (v8: "Just tell me on Facebook.", "Làm theo tôi trên Instagram." for
   "Follow me on Instagram.");
385. happy wedding anniversary, today is our anniversary, a toast to the bride and groom, to your health
   (mt/anniversaries.py: "Chúc mừng kỷ niệm ngày cưới!"), both ways (v8: "He congratulates the anniversary of
   wedding!", "Nên cho bé bú và phòng vệ!" for "A toast to the bride and groom!");
386. a picnic in the park, do you like karaoke, went camping last weekend, karaoke every Friday (mt/outings.py:
   "Đi hát karaoke đi!"), both ways (v8: "Go to the karaoke!", "Chúng ta có một nghi ngờ." (a doubt) for "Let's have
   a picnic.");
387. needs to top up his phone, run out of credit, run out of data, where can I buy a SIM (mt/phone_credit.py: "Tôi
   hết tiền điện thoại rồi."), both ways (v8: "I'm all phone money.", "Tôi cần phải lật điện thoại." (flip) for "I
   need to top up my phone.");
388. take the rubbish out for me, the bin is full, do you recycle, the rubbish truck comes on Mondays
   (mt/rubbish.py: "Bạn đổ rác giúp tôi nhé."), both ways (v8: "Empty Trash for me.", "Tổ hợp đã đầy đủ." for "The
   bin is full.");
389. where is your parents' hometown, my parents have arrived, arrived yet, my parents cook very well (mt/people.py,
   mt/arrivals.py, mt/skills.py, which took one kin and now take parents and grandparents too: "Bố mẹ bạn quê ở
   đâu?"), both ways (v8: "Where are your parents home?", "Cha mẹ tôi rất thích nấu ăn." for "My parents are good
   cooks.");
390. supports Arsenal, a Chelsea fan, which team do you support, do you support Liverpool (mt/fans.py: "Bạn cổ vũ
   đội nào?"), both ways (v8: "Which armed are you?", "Bạn hỗ trợ đội nào?" for "Which team do you support?");
391. keeps sneezing, yawning all day, snores so loudly, has hiccups (mt/reflexes.py: "Anh ấy hắt hơi suốt."), both
   ways (v8: "He's snugging.", "Tôi có đồi." for "I have hiccups.");
392. fined for speeding, fined 500,000 dong, fined by the police, have to pay a fine (mt/fines.py: "Anh ấy bị phạt vì
   chạy quá tốc độ."), both ways (v8: "He was punished for running too speed.", "Tôi đã tốt để đậu xe ở đây." for "I
   got fined for parking here.");
393. ordered it online, bought these shoes online, my order hasn't arrived, shops online a lot
   (mt/online_shopping.py: "Tôi đặt hàng trên mạng."), both ways (v8: "I put the row on the network.", "Tôi ra lệnh
   một mạng điện thoại mới." for "I ordered a new phone online.");
394. got a tan, got sunburnt yesterday, gets sunburnt easily, always wears a hat in the sun (mt/sunburn.py: "Da tôi bị
   rám nắng."), both ways (v8: "My skin was sunshine.", "Cô ấy có một chiếc xe hơi." for "She got a tan.");
395. likes classical music, listens to rock all day, doesn't like rap, plays the drums (mt/music.py: "Tôi thích nhạc
   cổ điển."), both ways (v8: "I like the classic.", "Cô ấy nghe tiếng jaz." for "She listens to jazz.");
396. let's take the lift, the office is on the fifth floor, which floor is the toilet on, wants to take the stairs
   (mt/lifts.py: "Văn phòng ở tầng năm."), both ways (v8: "The office in the fifth grade.", "Cơn đuốc này ở đâu?" for
   "Where is the lift?");
397. the street is flooded, flooded last night, a storm is coming, the storm hit Da Nang yesterday (mt/floods.py:
   "Đường bị ngập rồi."), both ways (v8: "The road was filled.", "Cơn bão xảy ra Đà Nẵng tối qua." for "The storm hit
   Da Nang last night.");
398. is vegetarian, are you vegetarian, doesn't eat pork, stopped eating beef (mt/diets.py: "Anh ấy ăn chay."), both
   ways (v8: "He ate his dad.", "Tôi là cơ quan." for "I'm vegan.");
399. often gets carsick, do you get seasick, never gets airsick, has taken a travel-sickness pill
   (mt/travel_sickness.py: "Bạn có bị say máy bay không?"), both ways (v8: "Do you get drunk?", "Bạn có bị biển
   không?" for "Do you get seasick?");
400. two hours behind Japan, the time difference between, still jet-lagged, not used to the time here
   (mt/time_zones.py: "Việt Nam chậm hơn Nhật Bản hai tiếng."), both ways (v8: "Vietnam has been slower than Japan two
   hours.", "Cô ấy vẫn còn ghen tỵ." for "She's still jet-lagged.");
401. is left-handed, are you right-handed, writes with her left hand, is ambidextrous (mt/handedness.py: "Anh ấy
   thuận tay trái."), both ways (v8: "He got the left hand.", "Anh ta đã tay trái." for "He's left-handed.");
402. drinks her tea without sugar, do you take sugar in your coffee, just a little ice please, can you drink the tap
   water here (mt/drinks.py: "Bạn uống cà phê có đường không?"), both ways (v8: "Do you drink coffee?", "Bạn lấy cà
   phê của mình như thế nào?" for "How do you take your coffee?");
403. do you need to tip, left a tip for the waiter, how much should I tip the driver, do people tip in Vietnam
   (mt/tips.py: "Có cần để lại tiền boa không?"), both ways (v8: "Do you need to leave boa cash?", "Bạn có đầu tư vào
   Việt Nam không?" for "Do you tip in Vietnam?");
404. anything worth seeing in Hanoi, well worth a visit, wants to buy some souvenirs, not worth it (mt/sights.py: "Ở
   đây có gì đáng xem không?"), both ways (v8: "What's worth this?", "Tôi muốn mua một vài tiện ích." for "I want to
   buy some souvenirs.");
405. can you make it a bit cheaper, how about 100,000, a discount if I buy two, can't go any lower
   (mt/bargaining.py: "Rẻ hơn một chút được không?"), both ways (v8: "Is it a little better?", "Bạn có thể gõ cửa một
   chút được không?" for "Can you knock a bit off?");
406. is drunk, too drunk to drive, still drunk, is he sober yet (mt/hangovers.py: "Tôi bị say rượu."), both ways
   (v8: "I'm sick.", "Tôi có đồ chơi." for "I have a hangover.");
407. usually naps for an hour, do you have a nap, just had a quick nap, needs a nap (mt/naps.py: "Tôi thường ngủ
   trưa một tiếng."), both ways (v8: "I don't sleep an hour.", "Tôi chỉ có một chiếc bánh nhanh thôi." for "I just
   had a quick nap.");
408. tripped, fell down the stairs yesterday, slipped on the wet floor, almost fell (mt/falls.py: "Tôi bị vấp
   ngã."), both ways (v8: "I was tripled.", "Cô ấy chuyến đi một viên sỏi." for "She tripped over a stone.");
409. wants to get a tattoo, has tattoos on both arms, doesn't like tattoos, what does this tattoo mean
   (mt/tattoos.py: "Cô ấy muốn đi xăm."), both ways (v8: "She wanted to go.", "Cô ấy bị hói tai." for "She got her
   ears pierced.");
410. the deadline is Friday, has to hand in the report by Monday, missed the deadline, can I ask for an extension
   (mt/deadlines.py: "Hạn chót là thứ Sáu."), both ways (v8: "The deadline was Friday.", "Dòng chết là thứ Sáu." for
   "The deadline is Friday.");
411. is going bald, hair is going grey, hair is falling out, has a lot of grey hair (mt/hair_loss.py: "Bố tôi bắt
   đầu hói."), both ways (v8: "I started balding.", "Tóc của tôi đang rụng tóc." for "My hair is going grey.");
412. has had her second jab, has to get vaccinated, gives blood every three months, ever given blood (mt/jabs.py:
   "Con tôi phải tiêm phòng."), both ways (v8: "I must get the room.", "Tôi đưa máu hôm qua." for "I gave blood
   yesterday.");
413. can I have a shower, will have a shower after dinner, usually has a shower in the evening, who's in the shower
   (mt/showers.py: "Tôi tắm được không?"), both ways (v8: "Can I show up?", "Tôi có thể có một bộ phim không?" for
   "Can I have a shower?");
414. can you print this for me, needs to print two copies, how many copies, the printer isn't printing
   (mt/printing.py: "Bạn in giúp tôi cái này nhé."), both ways (v8: "Print to help me.", "Bạn có thể chụp ảnh này cho
   tôi không?" for "Can you photocopy this for me?");
415. set the air conditioning to 26 degrees, what temperature is it set to, too cold, can't sleep without it
   (mt/air_con.py: "Điều hòa để bao nhiêu độ?"), both ways (v8: "How much is the peace?", "Hóa điều hòa xuống." for
   "Turn the air conditioning down.");
416. this milk is out of date, put it in the fridge, heat it up in the microwave, any food left over
   (mt/fridge.py: "Sữa này hết hạn rồi."), both ways (v8: "The Vuo is limited.", "Hắn nó lên trong lò vi sóng." for
   "Heat it up in the microwave.");
417. has a stiff neck, cramp in his leg, foot has gone numb, often gets cramp at night (mt/numbness.py: "Tôi bị cứng
   cổ."), both ways (v8: "I'm hardened.", "Tôi có màu hồng và kim." for "I've got pins and needles.");
418. the train to Hue leaves from platform 3, do I have to change trains, in carriage 5, is the train on time
   (mt/platforms.py: "Tàu đi từ sân ga nào?"), both ways (v8: "Which station do you go from the airport?", "Nền tảng
   nào làm xe lửa từ?" for "Which platform does the train leave from?");
419. can crawl now, can the baby walk yet, took his first steps yesterday, is learning to walk (mt/milestones.py:
   "Con tôi biết bò rồi."), both ways (v8: "I know that cow.", "Con trai tôi đã trở thành con trai đầu tiên của mình."
   for "My son has got his first tooth.");
420. the nearest petrol station, broke down on the way, the engine won't start, help me push the car
   (mt/car_trouble.py: "Xe bị thủng lốp."), both ways (v8: "The car was tires.", "Con thú cưng gần nhất ở đâu?" for
   "Where's the nearest petrol station?");
421. the tap is leaking, my roof is leaking, the toilet won't flush, need to call a plumber (mt/leaks.py: "Vòi nước
   bị rò rỉ."), both ways (v8: "The water was leaked.", "Chúng ta cần gọi điện cho con búp bê." for "We need to call a
   plumber.");
422. is this on sale, these shoes are 30% off, buy one get one free, bought it in the sale (mt/sales.py: "Cái này có
   đang giảm giá không?"), both ways (v8: "Are this drop in price?", "Việc bán này có bán không?" for "Is this on
   sale?");
423. cockroaches in my house, just saw a mouse, need to call pest control, the cat caught a mouse (mt/pests.py:
   "Nhà tôi có nhiều gián."), both ways (v8: "My home has many prices.", "Có những ổ cắm trong nhà bếp." for "There are
   cockroaches in the kitchen.");
424. often plays chess, plays video games all day, can you play mahjong, it's your turn (mt/games.py: "Đến lượt
   bạn."), both ways (v8: "Let's turn you.", "Bạn có chơi bếp trưởng không?" for "Do you play chess?");
425. is on a business trip, going on a business trip to Da Nang next week, often has to travel for work, when will
   he be back (mt/business_trips.py: "Anh ấy đang đi công tác."), both ways (v8: "He's going to work.", "Anh ấy đang ở
   chuyến đi kinh doanh." for "He's on a business trip.");
426. in the same class as Lan, the youngest in her class, going into grade 6 this year, in grade 10 last year
   (mt/school_years.py: "Chúng tôi học cùng lớp."), both ways (v8: "We studied the same class.", "Bạn vào năm nào?" for
   "What year are you in?");
427. went to a concert last night, are you going to the concert, never been to a concert, sang at a concert
   (mt/concerts.py: "Tối qua tôi đi xem ca nhạc."), both ways (v8: "Last night, I went to the music.", "Tôi rất yêu sẽ
   hòa nhạc." for "I love going to concerts.");
428. often has to work overtime, has to work late tonight, worked until 10 p.m. yesterday, paid for overtime
   (mt/overtime.py: "Anh ấy hay phải làm thêm giờ."), both ways (v8: "He or have to do an hour.", "Tôi phải làm việc
   cuối tuần này." for "I have to work late every day this week.");
429. signed up for driving lessons, wants to sign up for a yoga class, just started nursery, the course starts next
   Monday (mt/enrolment.py: "Con tôi mới đi nhà trẻ."), both ways (v8: "I'm just going to go to the young house.",
   "Tất nhiên bắt đầu thứ Hai tuần sau." for "The course starts next Monday.");
430. how much pocket money, gets 50,000 dong a week, do your parents give you pocket money, saves her pocket money
   (mt/pocket_money.py: "Mỗi tuần con bạn được bao nhiêu tiền tiêu vặt?"), both ways (v8: "How much money do you spend
   every week?", "Bạn cho con biết bao nhiêu tiền tiêu vặt?" for "How much pocket money do you give your kids?");
431. what time do the kids go to bed, past your bedtime, already asleep, puts the kids to bed at 8 (mt/bedtimes.py:
   "Bọn trẻ nhà bạn đi ngủ lúc mấy giờ?"), both ways (v8: "How many hours of your homes go to bed?", "Trẻ đi ngủ lúc 9
   tuổi." for "The kids go to bed at 9.");
432. too much time on his phone, addicted to her phone, put your phone away, always glued to his phone
   (mt/screen_time.py: "Con tôi xem điện thoại quá nhiều."), both ways (v8: "My child watched too much phone.", "Hãy
   tắt điện thoại của bạn!" for "Get off your phone!");
433. has braces, has to have a wisdom tooth out, the dentist gave me a filling, has a cavity (mt/dentist.py: "Con gái
   tôi đang niềng răng."), both ways (v8: "My daughter is teeth.", "Tôi có một ca sĩ." for "I've got a cavity.");
434. takes the kids to school every morning, what time does school finish, no school today, off school sick
   (mt/school_days.py: "Hôm nay trường nghỉ."), both ways (v8: "Today the school is idle.", "Hôm nay chẳng có trường
   nào cả." for "There's no school today.");
435. a bee stung me, has been bitten by a snake, does the dog bite, the neighbours' dog bit my son (mt/bites.py: "Ong
   đốt tôi."), both ways (v8: "I burned me.", "Một con bò đã vung cho tôi." for "A bee stung me.");
436. works part-time, looking for a part-time job, doing an internship, working from home today
   (mt/work_patterns.py: "Tôi đang tìm việc làm thêm."), both ways (v8: "I'm looking for more work.", "Cô ta đang can
   thiệp." for "She's doing an internship.");
437. the teacher praised, told off, being bullied at school, cheated in the test, suspended (mt/school_trouble.py:
   "Cô giáo mắng con tôi."), both ways (v8: "The teacher fortunate me.", "Anh ấy che giấu trong bài kiểm tra." for "He
   cheated in the test.");
438. put your mask on, always wears a helmet, has to wear a mask here, forgot the helmet (mt/safety_gear.py: "Đeo
   khẩu trang vào."), both ways (v8: "To export a page.", "Hãy tham khảo ý kiến của bạn." for "Wear your helmet.");
439. makes banh chung every year, worships the ancestors, how much lucky money, watched the fireworks on New Year's
   Eve (mt/new_year.py: "Nhà tôi thờ cúng tổ tiên."), both ways (v8: "My house is the first church.", "Chúng tôi đeo
   đuổi những người hướng dẫn của chúng tôi." for "We worship our ancestors.");
440. the meeting has been postponed, what time is the meeting, in a meeting all afternoon, has to give a
   presentation (mt/meetings.py: "Tôi phải thuyết trình vào thứ Hai."), both ways (v8: "I have to presentation on
   Monday.", "Tôi phải trình diễn vào thứ Hai." for "I have to give a presentation on Monday.");
441. someone has fainted, has heatstroke, the neighbour's house is on fire, does anyone know first aid, call an
   ambulance (mt/emergencies.py: "Có người bị ngất."), both ways (v8: "There was someone squiring.", "Người ta đã phàn
   nàn." for "Someone has fainted.");
442. my shoes are torn, sew this button back on, mended my jacket, having an ao dai made (mt/mending.py: "Bạn có thể
   khâu lại cái cúc này không?"), both ways (v8: "Can you stitch the puppy?", "Tôi có áo dài làm." for "I'm having an
   ao dai made.");
443. your handwriting is so beautiful, has nice handwriting, can't read his handwriting, write more carefully
   (mt/handwriting.py: "Chữ bạn đẹp quá."), both ways (v8: "The text you're beautiful.", "Bài viết tay của bạn thật sự
   cần thiết." for "Your handwriting is really neat.");
444. got a full scholarship, applying for a scholarship, where did she study abroad, won a scholarship to study in
   Japan (mt/scholarships.py: "Tôi đang xin học bổng."), both ways (v8: "I'm sorry to learn.", "Tôi đang áp dụng cho
   một học giả." for "I'm applying for a scholarship.");
445. is in the army, doing his military service, just left the army, was a soldier (mt/military_service.py: "Anh ấy
   đi nghĩa vụ quân sự."), both ways (v8: "He went on military cemetery.", "Anh ta đang làm dịch vụ quân sự của anh
   ta." for "He's doing his military service.");
446. just had a massage, had her nails done yesterday, went to the spa last week, would like a foot massage
   (mt/salons.py: "Tôi muốn đi mát xa."), both ways (v8: "I'd like to get a cold away.", "Chúng tôi đi đến thư rác."
   for "We went to the spa.");
447. turn the radio up, turn it down, has muted her phone, my phone is on silent, the volume is too low
   (mt/volume.py: "Vặn nhỏ tiếng xuống."), both ways (v8: "The small voice went down.", "Bạn có thể bật khối lượng lên
   được không?" for "Can you turn the volume up?");
448. won the lottery, won first prize, bought a lottery ticket, buys one every week, did you win anything
   (mt/lottery.py: "Tôi trúng xổ số."), both ways (v8: "I took a shock.", "Tôi thắng cuộc rất nhiều." for "I won the
   lottery.");
449. would like to change rooms, room hasn't been cleaned, can we stay one more night, can I have a late check-out
   (mt/hotels.py: "Phòng tôi đã được dọn chưa?"), both ways (v8: "Have I been cleaned yet?", "Tôi có thể trễ trả phòng
   không?" for "Can I have a late check-out?");
450. has to pay taxes, doesn't pay taxes, when is the tax deadline, got a tax refund, income tax is 10%
   (mt/taxes.py: "Tôi phải nộp thuế."), both ways (v8: "I have to taxes.", "Khi nào thuế chết?" for "When is the tax
   deadline?");
451. still wears nappies, has to change the baby's nappy, still wets the bed, out of nappies now (mt/nappies.py: "Con
   tôi vẫn còn đóng bỉm."), both ways (v8: "I'm still closed.", "Con trai tôi vẫn đeo hạnh phúc." for "My son still
   wears nappies.");
452. cycles to work, cycled around the lake yesterday, going cycling tomorrow, learned to ride a bike at five
   (mt/cycling.py: "Tôi đi xe đạp đi làm."), both ways (v8: "I walked the bicycle to work.", "Chúng tôi quay quanh
   hồ." for "We cycled around the lake.");
453. can you gift-wrap it, still has to wrap the presents, wrapping the presents, have you wrapped them yet
   (mt/wrapping.py: "Bạn gói quà giúp tôi được không?"), both ways (v8: "Can you package a gift for me?", "Bạn có thể
   tặng quà cho mình không?" for "Can you gift-wrap it?");
454. goes to extra classes in the evening, has extra maths classes, has a maths tutor, looking for a tutor for my
   son (mt/tutoring.py: "Tôi đi học thêm buổi tối."), both ways (v8: "I'm going to go to school for dinner.", "Con trai
   tôi có một người hướng dẫn toán học." for "My son has a maths tutor.");
455. needs to apply for a visa to go to Japan, applying for one, visa has been approved, been refused a visa
   (mt/visas.py: "Tôi cần xin visa đi Mỹ."), both ways (v8: "I need to get vitamins to America.", "Tôi đã từ chối một
   vi-rút." for "I was refused a visa.");
456. proposed to her last night, hasn't proposed yet, is engaged to a doctor, my fiancé is an engineer
   (mt/proposals.py: "Anh ấy cầu hôn tôi."), both ways (v8: "He demanded me.", "Anh ấy đề nghị tôi tối qua." for "He
   proposed to me last night.");
457. has to take the books back to the library, this book is overdue, can I renew this book, goes to the library
   every weekend (mt/library.py: "Tôi phải trả sách cho thư viện."), both ways (v8: "I must pay the library.", "Quyển
   sách này đã vượt quá." for "This book is overdue.");
458. had a check-up yesterday, has to fast before the test, the nurse took my blood pressure, the doctor told me to
   lose weight (mt/check_ups.py: "Tôi phải nhịn ăn trước khi xét nghiệm."), both ways (v8: "I have to binary before my
   test.", "Tôi phải nhanh trước khi thử nghiệm." for "I have to fast before the test.");
459. gets a pension, pension isn't enough to live on, retired at 60, wants to retire early (mt/pensions.py: "Bố tôi
   nhận lương hưu."), both ways (v8: "My father retired.", "Cha tôi bị cao huyết áp." for "My father gets a
   pension.");
460. needs to check in, have you checked in yet, has to go through security, the flight leaves from gate 5
   (mt/airports.py: "Cửa ra máy bay số mấy?"), both ways (v8: "What about the plane?", "Tôi kiểm tra ở đâu?" for
   "Where do I check in?");
461. is a freelancer, self-employed, has a small restaurant, wants to start her own business (mt/freelance.py: "Tôi
   làm nghề tự do."), both ways (v8: "I do the self-employed.", "Tôi là một người miễn phí." for "I'm a
   freelancer.");
462. addicted to alcohol or gambling, is an alcoholic, is in rehab, has given up gambling (mt/addiction.py: "Anh ấy
   nghiện rượu."), both ways (v8: "He adds alcohol.", "Anh ta đang sống lại." for "He's in rehab.");
463. got scammed out of 2 million, this is a scam, email got hacked, tricked my grandmother into sending money
   (mt/scams.py: "Tôi bị lừa mất 2 triệu."), both ways (v8: "I'm foolished VND2 million.", "Đây là một scam." for
   "This is a scam.");
464. talks about me behind my back, often gossips, it's just a rumour, don't spread rumours (mt/gossip.py: "Anh ấy
   nói xấu tôi sau lưng."), both ways (v8: "He badly said I was behind my back.", "Anh ta đàm phán về tôi sau lưng
   tôi." for "He talks about me behind my back.");
465. takes piano lessons, has a swimming lesson every Saturday, learning the guitar, who teaches her the violin
   (mt/lessons.py: "Con tôi học đàn piano."), both ways (v8: "My child learned the piano.", "Đứa con gái tôi lấy bài
   học đàn dương cầm." for "My daughter takes piano lessons.");
466. the rice is burnt, burnt the rice, forgot to turn off the stove, put too much salt in the soup
   (mt/kitchen_mishaps.py: "Cơm bị khê rồi."), both ways (v8: "The muscles are slighted.", "Tôi đốt gạo." for "I
   burnt the rice.");
467. ordered food on Grab, shall we order pizza on Grab tonight, the food hasn't arrived yet, how much is the
   delivery fee (mt/food_delivery.py: "Tôi đặt đồ ăn qua Grab."), both ways (v8: "I put the food across Grab.",
   "Sinh nở bao nhiêu?" for "How much is the delivery fee?");
468. feels lonely, does she feel tired, felt tired yesterday, feels better now, doesn't feel well (mt/feel.py: "Tôi
   thấy cô đơn."), both ways (v8: "I saw lonely.", "Tôi cảm thấy khỏe hơn bây giờ." for "I feel better now.");
469. has to wear a cast, on crutches, had five stitches, grazed her knee (mt/casts.py: "Cô ấy phải bó bột."), both
   ways (v8: "She must brew.", "Tôi lấy gối của tôi." for "I grazed my knee.");
470. has a blocked nose, has a rash, is constipated, has lost her voice (mt/symptoms.py: "Tôi bị nghẹt mũi."), both
   ways (v8: "I have apnea.", "Tôi bị hăm tã." for "I have a rash.");
471. the fridge isn't cold, the washing machine won't spin, the kettle keeps switching off, the oven takes ages to
   heat up (mt/appliances.py: "Tủ lạnh không lạnh."), both ways (v8: "The cold is not cold.", "Lá lạnh không phải là
   lạnh." for "The fridge isn't cold.");
472. the dog keeps barking, why is the dog barking, the rooster crows at 5 a.m., the cat scratched me
   (mt/animal_noises.py: "Con mèo cào tôi."), both ways (v8: "The cat brought me.", "Con chó vẫn còn barking." for "The
   dog keeps barking.");
473. do you have a power bank, can I borrow your charger, my charger isn't working, do I need an adaptor
   (mt/chargers.py: "Bạn có sạc dự phòng không?"), both ways (v8: "Do you charge the room?", "Bạn có ngân hàng năng
   lượng không?" for "Do you have a power bank?");
474. on maternity leave, the boss won't let me take time off, has to take the day off to look after her son, used up
   all her leave (mt/leave.py: "Cô ấy đang nghỉ sinh."), both ways (v8: "She is taking a break of birth.", "Tôi phải mất
   ngày để xem xét con trai tôi." for "I have to take the day off to look after my son.");
475. taking the driving test next week, failed it twice, passed first time, have you taken it yet
   (mt/driving_tests.py: "Tôi thi bằng lái xe tuần sau."), both ways (v8: "I have done a driver's license next week.",
   "Tôi đã thất bại kiểm tra lái xe của tôi hai lần." for "I failed my driving test twice.");
476. likes watching the sunset, a full moon tonight, so many stars, did you see the shooting star (mt/sky.py: "Tối
   nay trăng tròn."), both ways (v8: "Tonight, rounded Moon.", "Chăm sóc, một con mưa!" for "Look, a rainbow!");
477. what time does the pool close, the pool is closed for cleaning, is the pool heated, needs a swimming cap
   (mt/pools.py: "Bể bơi mở cửa đến mấy giờ?"), both ways (v8: "How many hours of swimming open?", "Bể bơi có phải
   không?" for "Is the pool heated?");
478. hasn't slept for the past few nights, keeps waking up at 3 a.m., was awake all night, takes sleeping pills
   (mt/insomnia.py: "Tôi bị mất ngủ mấy đêm nay."), both ways (v8: "I have a few sleeps tonight.", "Tôi đi chơi và quay
   lại suốt đêm." for "I tossed and turned all night.");
479. my blood type is O, what's your blood type, my mother's blood type is A (mt/blood_types.py: "Tôi nhóm máu O."),
   both ways (v8: "I group the blood O.", "Loại máu của tôi là A." for "My blood type is A.");
480. we're repainting the house, the paint is still wet, painting the bedroom next week (mt/painting.py: "Sơn còn
   ướt."), both ways (v8: "The wet was wet.", "Chúng tôi đang lưỡng lự ngôi nhà." for "We're repainting the house.");
481. they're twins, has a twin sister, can't tell them apart (mt/twins.py: "Họ là anh em sinh đôi."), both ways (v8:
   "They are a couple of brothers.", "Họ làwin." for "They're twins.");
482. volunteers at an orphanage, raising money for the flood victims, donated to charity (mt/volunteering.py: "Tôi
   làm tình nguyện ở trại trẻ mồ côi."), both ways (v8: "I volunteered at the sweat farm.", "Tôi tình nguyện ở một
   cái hoặcphanage." for "I volunteer at an orphanage.");
483. the bulb in the kitchen has blown, the light keeps flickering, has just changed the bulb (mt/bulbs.py: "Bóng đèn
   trong bếp cháy rồi."), both ways (v8: "The lights in the kitchen burn.", "Mụn tắm trong phòng tắm đã đi." for
   "The bulb in the bathroom has gone.");
484. sings karaoke really well, sings out of tune, sang at our wedding (mt/singing.py: "Anh ấy hát karaoke rất
   hay."), both ways (v8: "He singing karaoke very good.", "Cô ấy sang vũ khí của chúng tôi." for "She sang at our
   wedding.");
485. it's so humid ("nồm"), the walls are damp, has just turned on the dehumidifier (mt/damp.py: "Trời nồm quá."),
   both ways (v8: "It's too hard.", "Các bức tường đang đập." for "The walls are damp.");
486. has to go to my grandfather's funeral, today is my grandmother's death anniversary, should wear black to a
   funeral (mt/funerals.py: "Hôm nay là giỗ bà tôi."), both ways (v8: "Today is my grandmother.", "Hôm nay là lễ kỷ
   niệm tử vong của ông tôi." for "Today is my grandfather's death anniversary.");
487. went to a fortune teller, is very superstitious, believes in feng shui, born in the year of the tiger
   (mt/fortune.py: "Tôi đi xem bói."), both ways (v8: "I went to watch me.", "Cô ấy đến một người bảo tài sản." for
   "She went to a fortune teller.");
488. got a Tet bonus today, got a 10% pay rise, didn't get a bonus this year (mt/bonuses.py: "Hôm nay tôi được
   thưởng Tết."), both ways (v8: "I was enjoyed Tet today.", "Bạn có phải là năm nay không?" for "Did you get a
   bonus this year?");
489. is hard of hearing, has dementia, has to use a walking stick, lives in a nursing home (mt/elderly.py: "Bà tôi
   bị lãng tai."), both ways (v8: "My grandfather was was was was was was was wasted.", "Ông cháu của tôi bị mất
   trí." for "My grandfather has dementia.");
490. ran ten kilometres, is training for a marathon, runs 5 km every morning, out of breath (mt/running.py: "Tôi đã
   chạy được mười cây số."), both ways (v8: "I ran ten trees.", "Cô ấy huấn luyện viên marathon." for "She's
   training for a marathon.");
491. the iron is lost, the jumper shrank in the wash, the trousers have faded (mt/clothes_care.py: "Bàn là ở đâu?"),
   both ways (v8: "Where is the table?", "Mồ hôi của tôi lắc lư trong khăn mặt." for "My sweater shrank in the
   wash.");
492. the chair is wobbly, the gate creaks, will oil the hinges (mt/creaks.py: "Cái ghế này bị lung lay."), both ways
   (v8: "The seat was shaken.", "Cánh cửa." for "The door squeaks.");
493. is this mango ripe, the bananas are still green, is the fish fresh (mt/ripeness.py: "Quả xoài này chín chưa?"),
   both ways (v8: "Do you have nine?", "Điều này có phải là nguyên nhân không?" for "Is this mango ripe?");
494. caught a big fish, went fishing with a friend yesterday, did you catch anything (mt/fishing.py: "Tôi câu được
   một con cá to."), both ways (v8: "I was a fisherman.", "Tôi đi cá bằng cha." for "I went fishing with my dad.");
495. can knit, is learning to sew, knitted me a scarf (mt/knitting.py: "Tôi biết đan len."), both ways (v8: "I know
   passionate.", "Bạn có thể bị nhiễm trùng không?" for "Can you sew?");
496. adopted a baby girl, is adopted, grew up in an orphanage (mt/adoption.py: "Tôi là con nuôi."), both ways (v8:
   "I'm a pet.", "Họ đã thông qua một cô gái bé." for "They adopted a baby girl.");
497. likes jigsaw puzzles, does the crossword every morning, this puzzle is so hard (mt/puzzles.py: "Tôi thích xếp
   hình."), both ways (v8: "I like to pack pictures.", "Bạn có thích gươm chéo không?" for "Do you like
   crosswords?");
498. went drinking with colleagues last night, he's drunk so don't let him drive, one more round
   (mt/drinking_out.py: "Tối qua anh ấy đi nhậu với đồng nghiệp."), both ways (v8: "Last night, he went out with his
   colleagues.", "Đưa tôi một vòng khác!" for "Another round!").

    python scripts/everyday_check.py        # about five minutes on 2 CPU cores
"""
from __future__ import annotations

import importlib
import random
import re
from contextlib import ExitStack

from mt import about_to, careers, parking, pets, pronouns, reception, returns, transfers
from mt import accidents, accounts, bring_along, cautions, days_asked, doors, finding, gifts, how_was, hurry, injuries
from mt import mealtimes, medicine, outages, outfits, photos, recommendations, repeats, seats, shopping, supplies
from mt import switches, tastes, taxis, temperatures, tidying, waiting
from mt import agreeing, ages, alarms, batteries, cash, clock, compliments, condolences, cooking, dating, days_off
from mt import doing_now, goodbyes, homework, hosting, languages, left_behind, looking_forward, looks, noise, offers
from mt import outdoors, permission, prices, pride, regards, remembering, tech_trouble, telling, traffic
from mt import acquaintances, at_the_moment, books_films, busy, contact, crying, decisions, delays, dreams, driving
from mt import earnings, favours, fears, features, fed_up, forgiving, getting_lost, happenings, hunger, jokes, lateness
from mt import lies, luck, meeting_up, missing, mistakes, moods, news, parties, plants, promises, quarrels, smoking
from mt import washing, wifi, work_status, worries
from mt import anniversaries, bookings, boring, childcare, childhood, colours, conditions, couples, dislikes, eyesight
from mt import graduation, growing, hospital, laundry, luggage, makeup, opening_hours, outings, papers, phone_credit
from mt import queues, religion, residence, rubbish, savings, scores, smells, social_media, theft, tv, waking
from mt import air_con, bargaining, bedtimes, business_trips, car_trouble, concerts, deadlines, dentist, diets, drinks
from mt import enrolment, falls, fans, fines, floods, fridge, games, hair_loss, handedness, hangovers, jabs, leaks
from mt import lifts, milestones, music, naps, numbness, online_shopping, overtime, pests, platforms, pocket_money
from mt import printing, reflexes, sales, school_days, school_years, screen_time, showers, sights, sunburn, tattoos
from mt import time_zones, tips, travel_sickness
from mt import addiction, airports, animal_noises, appliances, bites, casts, chargers, check_ups, cycling
from mt import driving_tests, emergencies, feel, food_delivery, freelance, gossip, handwriting, hotels, insomnia
from mt import kitchen_mishaps, leave, lessons, library, lottery, meetings, mending, military_service, nappies
from mt import new_year, pensions, pools, proposals, safety_gear, salons, scams, scholarships, school_trouble, sky
from mt import symptoms, taxes, tutoring, visas, volume, work_patterns, wrapping
from mt import blood_types, bonuses, bulbs, damp, elderly, fortune, funerals, painting, running, singing, twins
from mt import volunteering
from mt import adoption, clothes_care, creaks, drinking_out, fishing, knitting, puzzles, ripeness
from mt import bills, haircuts, keys, moving, neighbours, suggestions, weddings, wishes, workouts
from mt import orders as cafe_orders  # ("orders" is stop 48's check of a count "please")
from mt import tickets as tickets_sold  # ("tickets" is stop 41's check of tickets to a place)
from mt import (aches, ailments, allergies, amounts, appointments, arrivals, articles, babies, birthdays, calls, chores,
                comparisons, dates, directions, ever, exams, family, favourites, feelings, free_time, hobbies, holidays,
                journeys, landforms, loans, matches, meals, messages, mishaps, names, nations, origins, patterns,
                people, phrasebook, pickups, post, relations, rentals, restore, routines, skills, sleep, studies, tense,
                terms, timetables, traits, trips, visits, weather, weather_asked, weather_said, weight, when, workdays)
from mt import sizes as worn_sizes  # ("sizes" is stop 40's check of another size)
from mt import broken as broken_things  # ("broken" is stop 41's check of it)
from mt import commutes as times_to_work  # ("commutes" is stop 48's check of how one gets there)
from mt.numbers import EN_NUMBER_WORDS, EN_TENS, VI_NUMBER_WORDS
from mt.text import EN_MONTHS as DATES_EN
from mt.text import capitalised, sentence_case, strip_marks
from rule_off import NEVER, rule_off, setup

GIVEN = ["Lan", "Minh", "Hoa", "Tuấn", "Mai", "Hùng", "Linh", "Nam", "Tom", "Anna", "David", "Sarah"]
# (sentence, how the translation opens)
GREETINGS = {"en": [("Hi {n}, how are you?", "Chào"), ("Hello {n}, nice to meet you.", "Chào"),
                    ("Dear {n}, thank you for your letter.", "Gửi"), ("Thanks {n}!", "Cảm ơn"),
                    ("Good morning {n}.", "Chào buổi sáng"), ("Happy birthday {n}!", "Chúc mừng sinh nhật")],
             "vi": [("Chào {n}, bạn khỏe không?", "Hi"), ("Chào {n}!", "Hi"), ("Cảm ơn {n} nhé!", "Thank you"),
                    ("Gửi {n}, cảm ơn thư của bạn.", "Dear"), ("Chúc mừng sinh nhật {n}!", "Happy birthday"),
                    ("Xin chào {n}, rất vui được gặp bạn.", "Hello")]}
SENTENCES = {"vi": ["Cuộc họp diễn ra {x}.", "Anh ấy đến Hà Nội {x}.", "Cửa hàng đóng cửa {x}.",
                    "Chúng tôi sẽ gặp nhau {x}."],
             "en": ["The town is {x} away.", "He carried {x} yesterday.", "They measured {x}.", "The report says {x}."]}
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# (English unit, what Vietnamese writes)
UNITS = [("kilometres", "km"), ("kilometers", "km"), ("kilograms", "kg"), ("kilos", "kg"), ("degrees Celsius", "độ C"),
         ("degrees", "độ"), ("miles", "dặm"), ("centimetres", "cm")]
PLACES = ["Sóc Sơn", "Bến Nghé", "Liên Khương", "Cát Bi", "Long Biên", "Gia Lâm", "Tân Lập", "Đông Anh", "Phù Cát",
          "Đà Nẵng", "Hội An", "Nha Trang"]
FOREIGN = ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Anna Clark", "David Miller", "Sarah Evans"]
TITLES = {"en": [("Mr.", "ông"), ("Mrs.", "bà"), ("Ms.", "bà"), ("Professor", "giáo sư")],
          "vi": [("ông", "Mr."), ("bà", "Ms."), ("cô", "Ms."), ("giáo sư", "Professor")]}
TITLED = {"en": ["{t} {n} is our new teacher.", "I talked to {t} {n} yesterday.", "{t} {n} works at the bank."],
          "vi": ["{t} {n} là giáo viên mới của chúng tôi.", "Hôm qua tôi nói chuyện với {t} {n}.",
                 "{t} {n} làm việc ở ngân hàng."]}
PRICED = ["Cái áo này giá {x}.", "Lương của anh ấy {x} một tháng.", "Vé máy bay hết {x}.", "Tiền nhà tháng này {x}.",
          "Bữa tối tốn {x}."]
COUNTED = {"en": ["She is {x} years old.", "There were {x} people at the party.", "The book has {x} chapters."],
           "vi": ["Cô ấy {x} tuổi.", "Có {x} người ở bữa tiệc.", "Cuốn sách có {x} chương."]}
TRANSLATE = importlib.import_module("mt.translate")  # the module: mt.translate is also the function of that name
VI_TENS = VI_NUMBER_WORDS[2:10]
VI_UNITS = ["", "mốt", "hai", "ba", "tư", "lăm", "sáu", "bảy", "tám", "chín"]
VI_ALSO = {1: "một", 4: "bốn"}
MARKED = ["Tuấn", "Hùng", "Đức", "Thảo", "Phượng", "Dũng", "Quỳnh", "Hải", "Huế"]
DISHES = ["phở", "bánh mì", "bún chả", "cà phê sữa đá", "nước mắm", "bánh xèo", "gỏi cuốn", "chè"]
WITH_MARKS = ["My name is {n}.", "{n} is my best friend.", "I met {n} yesterday.", "We ate {d} for lunch.",
              "Have you ever tried {d}?", "The {d} here is very good."]
# places as English writes them, and as Vietnamese does (the glossary that ships: mt/terms.py)
ENGLISH_PLACES = [("Hue", "Huế"), ("Can Tho", "Cần Thơ"), ("Saigon", "Sài Gòn"), ("Sapa", "Sa Pa"),
                  ("Hai Phong", "Hải Phòng"), ("Da Lat", "Đà Lạt"), ("Phu Quoc", "Phú Quốc"), ("Quy Nhon", "Quy Nhơn")]
KIN_NAMES = ["Lan", "Minh", "Hoa", "Tuấn", "Mai", "Hùng", "Linh", "Nam", "Hương", "Dũng", "Thảo", "Quang"]
KIN_SAID = ["{k} {n} đi chợ rồi.", "Hôm qua tôi gặp {k} {n}.", "{k} {n} làm việc ở ngân hàng.", "{k} {n} bị ốm.",
            "Tôi sẽ gọi cho {k} {n} vào buổi tối."]
NEAR_SAID = ["{p} tôi đi làm sớm.", "Bạn có rảnh {p} không?", "{p} trời mưa to.", "Chúng tôi gặp nhau {p}.",
             "{p} bạn đi đâu?"]
IN_PLACE = ["She lives in {p}.", "He was born in {p} in 1990.", "It rained hard in {p} yesterday.",
            "We stayed in {p} for three days.", "In {p}, we ate noodles."]


def greetings(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """(sentence, a pattern the translation must match)"""
    out = []
    for _ in range(n):
        given, (template, opening) = rng.choice(GIVEN), rng.choice(GREETINGS[src])
        name = strip_marks(given) if src == "en" else given
        out.append((template.format(n=name), rf"^{opening}\b.*\b{strip_marks(given) if src == 'vi' else name}\b"))
    return out


def weekdays(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        days = sorted(rng.sample(range(2, 9), 2))  # 8: Sunday
        said = [rng.choice([f"thứ {d}", f"T{d}"]) if d < 8 else "CN" for d in days]
        when = rng.choice(["vào {d}", "hôm {d}", "sáng {d}", "chiều {d}"]).format(d=said[0])
        text = rng.choice([rng.choice(SENTENCES["vi"]).format(x=when), f"Hôm nay là {said[0]}.",
                           f"Cửa hàng mở cửa từ {said[0]} đến {said[1]}.", f"{said[0]} tuần sau anh rảnh không?"])
        wanted = [DAYS[d - 2] for d in days[: 1 + ("mở cửa từ" in text)]]  # a range: both days
        out.append((text[0].upper() + text[1:], "".join(rf"(?=.*\b{day}\b)" for day in wanted)))
    return out


def units(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        number = rng.choice([rng.randint(2, 99), rng.randint(100, 2000), rng.randint(2, 20)])
        written = EN_NUMBER_WORDS[number] if number <= 20 and rng.random() < 0.5 else str(number)
        unit, vietnamese = rng.choice(UNITS)
        out.append((rng.choice(SENTENCES["en"]).format(x=f"{written} {unit}"), rf"(?<![\d.]){number} {vietnamese}\b"))
    return out


def places() -> list[tuple[str, str]]:
    return [(template.format(p=typed), rf"(?:ở|Ở|tại|Tại) {p}\b") for template in IN_PLACE
            for typed, p in [(p, p) for p in PLACES] + ENGLISH_PLACES]


def titled(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (title, translated), name = rng.choice(TITLES[src]), rng.choice(FOREIGN)
        text = rng.choice(TITLED[src]).format(t=title, n=name)
        out.append((text[0].upper() + text[1:], rf"(?i:{re.escape(translated)}) {name}\b"))
    return out


def sums(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        number = rng.randint(2, 999)
        said, value = rng.choice([(f"{number}k", rf"{number}(?: thousand|,000)"), (f"{number}tr", rf"{number} million"),
                                  (f"{number} nghìn", rf"{number}(?: thousand|,000)"),
                                  (f"{number} triệu", rf"{number} million")])
        out.append((rng.choice(PRICED).format(x=said), rf"(?<![\d.,]){value}\b"))
    return out


def counted(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        tens, unit = rng.randint(2, 9), rng.randint(1, 9)
        said = (f"{EN_TENS[tens - 2]}-{EN_NUMBER_WORDS[unit]}" if src == "en"
                else f"{VI_TENS[tens - 2]} mươi {VI_UNITS[unit]}")
        # right: in digits, or in the target's words ("hai mươi mốt" or "hai mươi một"; "twenty-one", "twenty one")
        words = (rf"{VI_TENS[tens - 2]} mươi (?:{VI_UNITS[unit]}|{VI_ALSO.get(unit, VI_UNITS[unit])})" if src == "en"
                 else rf"{EN_TENS[tens - 2]}[- ]{EN_NUMBER_WORDS[unit]}")
        out.append((rng.choice(COUNTED[src]).format(x=said),
                    rf"(?<![\d.,]){10 * tens + unit}(?![\d.,]\d)|(?i:\b{words}\b)"))
    return out


def with_marks(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        word = rng.choice(MARKED + DISHES)
        template = rng.choice([t for t in WITH_MARKS if ("{n}" in t) == (word in MARKED)])
        text = template.format(n=word, d=word)
        out.append((text[0].upper() + text[1:], rf"(?<!\w)(?i:{word[0]}){word[1:]}(?!\w)"))  # "Bún chả ở đây ..."
    return out


def kin(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        word, name = rng.choice(list(names.KIN)), rng.choice(KIN_NAMES)
        text = rng.choice(KIN_SAID).format(k=word, n=name)
        title = re.escape(names.KIN[word] + " " if names.KIN[word] else "")
        out.append((text[0].upper() + text[1:], rf"(?<!\w){title}{strip_marks(name)}\b"))
    return out


def near_days(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (part, rel), said = rng.choice(sorted(dates._NEAR.items()))
        text = rng.choice(NEAR_SAID).format(p=f"{part} {rel}")
        out.append((text[0].upper() + text[1:], rf"(?i:\b{said}\b)"))
    return out


def in_capitals(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The cases of checks 2, 3, 5, 6 and 7 in `src`, written in capitals (their patterns then ignore case)."""
    cases = titled(rng, n, src) + counted(rng, n, src)
    cases += weekdays(rng, n) + sums(rng, n) if src == "vi" else units(rng, n)
    return [(text.upper(), pattern) for text, pattern in rng.sample(cases, n)]


# (sentence, when as said in it, as the translation must say it); the time is written by mt.dates either way
SEE_YOU = {"vi": [("Hẹn gặp bạn {w} nhé.", [("lúc 7 giờ tối", "7 p.m."), ("vào thứ Hai", "Monday"),
                                           ("tuần sau", "next week"), ("ngày mai", "tomorrow"), ("tối nay", "tonight"),
                                           ("lúc 9h sáng", "9 a.m.")]),
                  ("Hẹn gặp lại {w}!", [("tuần sau", "next week"), ("tháng sau", "next month"),
                                        ("vào Chủ nhật", "Sunday"), ("lúc 8 giờ sáng", "8 a.m."),
                                        ("năm sau", "next year")])],
           "en": [("See you {w}.", [("at 7 pm", "7 giờ tối"), ("on Monday", "thứ Hai"), ("next week", "tuần sau"),
                                    ("tonight", "tối nay"), ("at 9 a.m.", "9 giờ sáng"), ("next month", "tháng sau")]),
                  ("See you all {w}!", [("next week", "tuần sau"), ("on Sunday", "Chủ nhật"),
                                        ("at 8 am", "8 giờ sáng")])]}
RANGED = {"vi": ["Công ty nghỉ từ ngày {a} đến ngày {b} tháng {m}.",
                 "Hội chợ diễn ra từ ngày {a} đến ngày {b} tháng {m}.",
                 "Tôi sẽ đi công tác từ ngày {a} đến ngày {b} tháng {m}."],
          "en": ["The office is closed from {M} {a} to {b}.", "The fair runs from {M} {a} to {b}.",
                 "I will be away {M} {a}-{b}."]}


# (sentence, the word the translation must hold)
TRAVEL = {"vi": [("Đừng quên mang áo mưa.", "raincoat"), ("Trời sắp mưa, bạn mặc áo mưa vào đi.", "raincoat"),
                 ("Tôi muốn trả phòng lúc 11 giờ.", "check out"), ("Khách sạn yêu cầu trả phòng trước 12 giờ trưa.",
                                                                   "check out"),
                 ("Chúng tôi nhận phòng lúc 2 giờ chiều.", "check in"), ("Tôi muốn một phòng đôi.", "double room"),
                 ("Điện thoại tôi hết pin rồi.", "out of battery|battery is dead"),
                 ("Vui lòng xuất trình thẻ lên máy bay.", "boarding pass"),
                 ("Tôi đến muộn vì tắc đường.", "traffic(?: jam)?"), ("Sáng nay kẹt xe kinh khủng.", "traffic jam"),
                 ("Con tôi hay bị say xe khi đi xa.", "carsick"), ("Hiệu thuốc gần nhất ở đâu?", "pharmacy"),
                 ("Nhà thuốc mở cửa đến mấy giờ?", "pharmacy"), ("Cho tôi phở bò, không cay.", "not spicy"),
                 ("Phòng này có máy điều hòa không?", "air condition(?:er|ing)")],
          "en": [("Don't forget your raincoat.", "áo mưa"), ("It's raining, so take your raincoat.", "áo mưa"),
                 ("I booked a room online.", "đặt phòng"), ("How do I book a room for next weekend?", "đặt phòng"),
                 ("A single room costs 50 dollars a night.", "phòng đơn"), ("Do you have a single room?", "phòng đơn"),
                 ("Here is my boarding pass.", "thẻ lên máy bay"),
                 ("Please show your boarding pass at the gate.", "thẻ lên máy bay"),
                 ("The traffic jam is terrible today.", "tắc đường"), ("This soup is too spicy for me.", "cay"),
                 ("The air conditioning doesn't work.", "điều hòa"), ("Can you turn off the air conditioner?",
                                                                      "máy điều hòa")]}


CALLED = ["{k} {n} ơi, chiều nay {k} có ở văn phòng không?", "{k} {n} ơi, mở cửa giúp em!", "{k} {n} ơi, ăn cơm thôi!",
          "{k} {n} ơi, {k} đang ở đâu?"]
LATER_SAID = ["{x} tôi tới.", "{x} em gọi lại cho chị.", "{x} chúng ta gặp nhau nhé.", "{x} tôi sẽ trả lời."]
LATER = [("phút", "minute"), ("tiếng", "hour"), ("ngày", "day"), ("tuần", "week"), ("tháng", "month")]
WEEKEND_SAID = ["{w} bạn rảnh không?", "{w} tôi về quê.", "Chúng tôi đi biển {w}.", "{w} trời mưa to."]


NEAR_EN_SAID = ["Are you free {x}?", "I have a meeting {x}.", "Let's have dinner {x}.", "It might rain {x}.",
                "Where were you {x}?"]
TIMED_SAID = ["I'll be there at {x}.", "The train leaves at {x}.", "Call me at {x}.", "The meeting starts at {x}."]
UNTIL_SAID = ["Đợi đến {x} nhé.", "Chờ tới {x}.", "Cửa hàng mở cửa đến {x}.", "Tôi làm việc đến {x}."]
COPIED_SAID = ["{v} until {d}.", "{v} here until {d}."]
VERBS = ["Wait", "Stay", "Rest", "Work", "Sleep"]
THANKED = ["bạn", "anh", "chị", "em", "cô", "mọi người"]
AROUND_SAID = ["{d} anh ấy không đi làm.", "Chúng tôi về quê {d}.", "{d} trời mưa to.", "Mẹ tôi đi chợ {d}.",
               "{d} cửa hàng đóng cửa.", "Tôi gặp cô ấy {d}."]
DAY_EN_SAID = [("I went to the market {d}.", "I will go to the market {d}."),
               ("She called me {d}.", "She'll call me {d}."),
               ("{D}, we ate pho.", "{D}, we will eat pho."), ("It was very hot {d}.", "It will be very hot {d}."),
               ("My mother cooked rice {d}.", "My mother is going to cook rice {d}.")]
SELF = ["tôi", "mình", "em", "anh", "chị", "con"]


def near_days_en(rng: random.Random, n: int) -> list[tuple[str, str]]:
    said = sorted((words, f"{part} {day}") for words, (part, day) in dates._EN_NEAR.items() if part)
    out = []
    for _ in range(n):
        words, vi = rng.choice(said)
        out.append((rng.choice(NEAR_EN_SAID).format(x=words), rf"(?i:\b{vi}\b)"))
    return out


def timed(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        ap, hour = rng.choice("ap"), rng.randint(1, 11)
        rel = rng.choice(["today", "tomorrow", "yesterday"] + (["this morning", "tomorrow morning"] if ap == "a" else
                                                                ["tonight", "this evening", "last night"]))
        part = "sáng" if ap == "a" else "chiều" if hour < 6 else "tối"
        out.append((rng.choice(TIMED_SAID).format(x=f"{hour} {ap}m {rel}"),
                    rf"\b{hour} giờ {part} {dates._EN_NEAR[rel][1]}\b"))
    return out


def days_around(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        day, said = rng.choice(sorted(dates._DAYS_NEAR.items()))
        text = rng.choice(AROUND_SAID).format(d=day)
        out.append((text[0].upper() + text[1:], rf"(?i:\b{said}\b)"))
    return out


def days_en(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        day, vi = rng.choice([("yesterday", "hôm qua"), ("today", "hôm nay"), ("tomorrow", "ngày mai")])
        past, future = rng.choice(DAY_EN_SAID)
        text = past if day == "yesterday" else future if day == "tomorrow" else rng.choice([past, future])
        out.append((text.format(d=day, D=day.capitalize()), rf"(?i:\b{vi}\b)"))
    return out


WITHIN_SAID = ["Xe buýt sẽ đến trong {x}.", "Tôi sẽ gọi lại trong {x}.", "Bộ phim bắt đầu trong {x}.",
               "Chúng tôi sẽ xong trong {x}.", "Anh ấy sẽ về trong {x}."]
AGO_VI_SAID = ["Tôi đã đến đây {x}.", "Anh ấy gọi cho tôi {x}.", "Chúng tôi gặp nhau {x}.", "Cô ấy rời đi {x}.",
               "Tôi mua cái này {x}.", "Họ chuyển đến Hà Nội {x}."]
AGO_EN_SAID = ["I arrived here {x}.", "He called me {x}.", "We met {x}.", "She left {x}.", "I bought this {x}.",
               "They moved to Hanoi {x}."]


def spans(rng: random.Random, n: int, said: list[str], src: str, ago: bool) -> list[tuple[str, str]]:
    """A span from now after "trong" or a span ago; right: the span and "in" or "ago" ("cách đây" or "trước")."""
    out = []
    for _ in range(n):
        (vi, en), k = rng.choice([(v, e) for v, e in dates._SPANS.items() if v != "giờ"]), rng.randint(2, 10)
        words = rf"(?:{k}|{EN_NUMBER_WORDS[k]})" if src == "vi" else rf"(?:{k}|{VI_NUMBER_WORDS[k]})"
        unit = "(?:tiếng|giờ)(?: đồng hồ)?" if vi == "tiếng" else vi
        x = f"{k} {vi} {'trước' if ago else 'nữa'}" if src == "vi" else f"{k} {en}s ago"
        want = (rf"(?i:\b{words} {en}s ago\b)" if ago else rf"(?i:\bin {words} {en}s\b)") if src == "vi" else \
            rf"cách đây {words} {unit}|{words} {unit} trước"
        out.append((rng.choice(said).format(x=x), want))
    return out


AILING_WHO = [("Tôi", "have"), ("Chúng tôi", "have"), ("Họ", "have"), ("Anh ấy", "has"), ("Cô ấy", "has"),
              ("Mẹ tôi", "has"), ("Con trai tôi", "has"), ("Vợ tôi", "has")]


def ailing(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (who, verb), (vi, en) = rng.choice(AILING_WHO), rng.choice(sorted(terms.AILMENTS.items()))
        out.append((f"{who} {rng.choice(['', 'cũng ', 'đang '])}bị {vi}.", rf"(?i:\b{verb}\b.*\b{en.split()[-1]}\b)"))
    return out


LETS_WHO = ["Chúng ta", "Chúng mình", "Bọn mình", "Tụi mình"]
LETS_DO = [("đi ăn tối", "dinner"), ("về nhà", "home"), ("nghỉ một chút", "break|rest"), ("bắt đầu", "start|begin"),
           ("gọi taxi", "taxi"), ("đi bộ", "walk"), ("xem phim", "movie|film"), ("đi ngủ", "bed|sleep"),
           ("uống cà phê", "coffee"), ("chụp ảnh", "picture|photo")]


def lets(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (do, said), end = rng.choice(LETS_DO), rng.choice(["nhé.", "thôi.", "đi!", "nha."])
        out.append((f"{rng.choice(LETS_WHO)} {do} {end}", rf"^Let's\b.*\b(?:{said})"))
    return out


WHERE_VI = [("ga tàu", "train station"), ("trạm xe buýt", "bus stop"), ("hiệu thuốc", "pharmacy"),
            ("hộ chiếu", "passport"), ("Chợ Bến Thành", "Ben Thanh Market"), ("quầy làm thủ tục", "check-in counter"),
            ("áo mưa", "raincoat"), ("thẻ sim", "SIM card")]
WHERE_EN = [("pharmacy", "hiệu thuốc"), ("passport", "hộ chiếu"), ("Hoan Kiem Lake", "hồ Hoàn Kiếm"),
            ("receipt", "hóa đơn"), ("raincoat", "áo mưa"), ("boarding pass", "thẻ lên máy bay")]


def where_is(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        if src == "vi":
            vi, en = rng.choice(WHERE_VI)
            mine = vi[0].islower() and rng.random() < 0.3
            text = f"{vi} {'của tôi ' if mine else ''}ở đâu{rng.choice(['', ' vậy'])}?"
            out.append((text[0].upper() + text[1:], rf"^Where is\b.*\b{en}\b"))
        else:
            en, vi = rng.choice(WHERE_EN)
            where, whose = rng.choice(["Where is", "Where's"]), "" if en[0].isupper() else rng.choice(["the ", "my "])
            out.append((f"{where} {whose}{en}?", rf"(?i:{vi}).*ở đâu"))
    return out


WHOSE_SAID = [("I forgot {p} {t}.", "my"), ("He lost {p} {t} yesterday.", "his"),
              ("We left {p} {t} at the hotel.", "our"), ("They found {p} {t}.", "their"),
              ("Where did I put {p} {t}?", "my")]
WHOSE_TERMS = [("passport", "hộ chiếu"), ("raincoat", "áo mưa"), ("umbrella", "ô"), ("receipt", "hóa đơn"),
               ("boarding pass", "thẻ lên máy bay"), ("charger", "cục sạc")]


def whose(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (said, p), (en, vi) = rng.choice(WHOSE_SAID), rng.choice(WHOSE_TERMS)
        out.append((said.format(p=p, t=en), rf"{vi} của {terms._WHOSE[p]}"))
    return out


# (template, whose form it wants) for a verb term; the subjects with their English, and the verb terms
VERB_SAID = [("{s} đã {v}.", "past"), ("Hôm qua {s} {v} lúc 9 giờ.", "past"), ("{s3} {v} lúc 10 giờ.", "third"),
             ("{s} đang {v}.", "ing"), ("{s} muốn {v}.", "to"), ("{s} cần {v} sớm.", "to"), ("Bạn đã {v} chưa?", "yet"),
             ("Anh ấy {v} chưa?", "yet3")]
VERB_SUBJECTS = ["Tôi", "Chúng tôi", "Họ"], ["Anh ấy", "Cô ấy", "Mẹ tôi"]
VERB_TERMS = [("trả phòng", "check", "out"), ("nhận phòng", "check", "in"), ("gọi món", "order", ""),
              ("đặt phòng", "book", "a room"), ("đặt bàn", "book", "a table"), ("trả bằng thẻ", "pay", "by card")]


def verb_forms(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (said, form), (vi, verb, rest) = rng.choice(VERB_SAID), rng.choice(VERB_TERMS)
        past, third = terms._VERBS[verb]
        en = {"past": past, "third": third, "ing": verb + "ing", "to": f"to {verb}", "yet": f"^Have you {past}",
              "yet3": f"^Has he {past}"}[form]
        text = said.format(s=rng.choice(VERB_SUBJECTS[0]), s3=rng.choice(VERB_SUBJECTS[1]), v=vi)
        out.append((text, rf"{en}\b.*{rest}" if rest else rf"{en}\b"))
    return out


BUY_VI = [("thẻ sim", "SIM card"), ("áo mưa", "raincoat"), ("đũa", "chopsticks"), ("hiệu thuốc", "pharmacy"),
          ("nước mắm", "fish sauce"), ("đậu phộng", "peanuts")]
BUY_EN = [("a SIM card", "thẻ sim"), ("a raincoat", "áo mưa"), ("chopsticks", "đũa"), ("a pharmacy", "hiệu thuốc"),
          ("a taxi", "taxi"), ("a charger", "cục sạc"), ("an umbrella", "ô"), ("peanuts", "đậu phộng")]


def where_to_buy(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        do = rng.choice(["mua", "tìm"] if src == "vi" else ["buy", "find", "get"])
        if src == "vi":
            vi, en = rng.choice(BUY_VI)
            out.append((f"{rng.choice(['Tôi', 'Mình'])} có thể {do} {vi} ở đâu?", rf"^Where can I .*{en}"))
        else:
            en, vi = rng.choice(BUY_EN)
            out.append((f"Where can I {do} {en}?", rf"(?i:{vi}).*ở đâu"))
    return out


MEET_WHEN = {"en": ["at 7 pm", "at the station", "tomorrow", "in front of the hotel", "at noon", "there at 6",
                    "outside the bank"],
             "vi": ["lúc 7 giờ tối", "ở nhà ga", "trước khách sạn", "lúc 12 giờ trưa", "ở quán cà phê",
                    "tại cổng trường", "sau giờ làm"]}


def meet(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        when = rng.choice(MEET_WHEN[src])
        if src == "en":
            me = rng.random() < 0.5
            out.append((f"{'Meet me' if me else 'Let' + chr(39) + 's meet'} {when}.", "Gặp tôi" if me else "gặp nhau"))
        else:
            me = rng.random() < 0.5
            out.append((f"{'Gặp tôi' if me else 'Gặp nhau'} {when} {rng.choice(['nhé', 'nha', 'đi'])}.",
                        "^Meet me" if me else "^Let's meet"))
    return out


SERVED = {"vi": [("phở", "bát"), ("bún bò", "tô"), ("cơm", "bát"), ("bia", "chai"), ("nước cam", "cốc"),
                 ("cơm rang", "đĩa"), ("trà đá", "ly"), ("cà phê", "tách"), ("bia", "lon"), ("bánh", "hộp")],
          "en": [("pho", "bowl"), ("rice", "bowl"), ("beer", "bottle"), ("orange juice", "glass"), ("coffee", "cup"),
                 ("tea", "cup"), ("fried rice", "plate"), ("beer", "can"), ("water", "bottle"), ("noodles", "bowl")]}
SERVED_SAID = {"vi": ["Cho tôi {n} {m} {f}.", "Tôi muốn {n} {m} {f}.", "Anh ấy ăn {n} {m} {f}.",
                      "Chúng tôi gọi {n} {m} {f}."],
               "en": ["{n} {m} of {f}, please.", "I'd like {n} {m} of {f}.", "He had {n} {m} of {f}.",
                      "We ordered {n} {m} of {f}."]}


def servings(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (food, measure), k = rng.choice(SERVED[src]), rng.randint(1, 5)
        said = rng.choice(SERVED_SAID[src])
        if src == "vi":
            count = ["một", "hai", "ba", "bốn", "năm"][k - 1]
            text = said.format(n=count, m=measure, f=food)
            wanted = amounts._vi_serving(amounts._VI_SERVING.search(text), text)
        else:
            count = ["a", "two", "three", "four", "five"][k - 1]
            text = said.format(n=count, m=measure + ("es" if k > 1 and measure == "glass" else "s" if k > 1 else ""),
                               f=food)
            wanted = f"{['một', 'hai', 'ba', 'bốn', 'năm'][k - 1]} {amounts._EN_SERVINGS[measure]}"
        out.append((text[0].upper() + text[1:], rf"(?i:{wanted})"))
    return out


AHEAD_DAYS = ["Ngày mai", "Mai", "Sáng mai", "Tối mai", "Ngày kia", "10 phút nữa", "Hai ngày nữa"]
AHEAD_SAID = ["{d} {s} đi làm.", "{d} {s} về quê.", "{d} {s} bận.", "{d} {s} gọi cho bạn.", "{d} {s} không đến.",
              "{d} {s} đi Đà Nẵng.", "{d} {s} ăn tối ở nhà."]
AHEAD_WHO = ["tôi", "anh ấy", "cô ấy", "họ", "chúng tôi", "mẹ tôi"]


def ahead(rng: random.Random, n: int) -> list[tuple[str, str]]:
    said = [rng.choice(AHEAD_SAID).format(d=rng.choice(AHEAD_DAYS), s=rng.choice(AHEAD_WHO)) for _ in range(n)]
    return [(text, r"\bwill\b|'ll\b|\bwon't\b") for text in said]


BEHIND_DAYS = ["Hôm qua", "Tối qua", "Hôm kia", "2 ngày trước", "Tuần trước"]
BEHIND_SAID = [("{s} đi làm", "went"), ("{s} về quê", "went|came|returned"), ("{s} ăn phở", "ate"),
               ("{s} gặp bạn cũ", "met"), ("{s} mua một cái áo", "bought"), ("{s} rất bận", "was|were"),
               ("{s} xem phim", "watched|saw|viewed"), ("trời mưa to", "rained"), ("{s} gọi cho mẹ", "called")]
BEHIND_WHO = ["tôi", "họ", "anh ấy", "chúng tôi", "cô ấy"]


def behind(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        said, verb = rng.choice(BEHIND_SAID)
        out.append((f"{rng.choice(BEHIND_DAYS)} {said.format(s=rng.choice(BEHIND_WHO))}.", rf"\b(?:{verb})\b"))
    return out


def until(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        hour, part = rng.choice([(h, "sáng") for h in range(6, 12)] + [(h, "chiều") for h in range(1, 6)]
                                + [(h, "tối") for h in range(6, 12)])
        out.append((rng.choice(UNTIL_SAID).format(x=f"{hour} giờ {part}"), rf"(?i:\buntil {hour}\b)"))
    return out


def copied(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        verb = rng.choice(VERBS)
        day = rng.choice(DAYS + [f"{rng.randint(1, 11)} pm", "tomorrow", "next week"])
        text = rng.choice(COPIED_SAID).format(v=verb, d=day)
        out.append((text, rf"(?i:^(?!.*\b{verb}\b))"))
    return out


# deeds listed after this check was written, drawn by a check of their own (stop41) so that this one and the later
# ones draw the sentences they drew before
LATER_DEEDS = {"phản hồi nhanh", "trả lời nhanh", "phản hồi", "trả lời", "hỗ trợ"}


def thanks(rng: random.Random, n: int, later: bool = False) -> list[tuple[str, str]]:
    deeds = sorted((k, v) for k, v in phrasebook._DEEDS.items() if (k in LATER_DEEDS) == later)
    out = []
    for _ in range(n):
        (deed, (said, after)), you = rng.choice(deeds), rng.choice(THANKED)
        me = f" {rng.choice(SELF)}" if after is not None and rng.random() < 0.8 else ""
        text = f"Cảm ơn {you} {rng.choice(['đã ', 'vì đã ', ''])}{deed}{me}{rng.choice(['.', ' nhé!', ' rất nhiều.'])}"
        out.append((text, rf"(?i:^thank you\b.*\bfor {said.split()[0]}\b)"))
    return out


MISDEEDS = [("đến muộn", "being late"), ("đến trễ", "being late"), ("trả lời muộn", "the late reply"),
            ("phản hồi chậm", "the late reply"), ("để {y} chờ lâu", "keeping you waiting"),
            ("để {y} phải đợi", "keeping you waiting"), ("không nghe máy", "missing your call")]


def apologies(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (deed, said), you = rng.choice(MISDEEDS), rng.choice(THANKED)
        text = (f"Xin lỗi {rng.choice([you + ' ', ''])}{rng.choice(['vì đã ', 'vì ', 'đã '])}{deed.format(y=you)}"
                f"{rng.choice(['.', ' nhé!', ' ạ.'])}")
        said = f"(?:for {said}|I'm late)" if said == "being late" else f"for {said}"  # (a listed phrase says so)
        out.append((text, rf"(?i:^sorry\b.*\b{said}\b)"))
    return out


ASKED = ["Làm ơn {v} giúp tôi.", "Bạn có thể {v} giúp tôi không?", "{V} giúp mình với.", "Anh {v} giúp tôi nhé.",
         "Chị {v} giúp tôi được không?"]
ASKED_DEEDS = ["đóng cửa", "mở cửa sổ", "chụp ảnh", "gửi lại file này", "gọi taxi", "kiểm tra lại", "dịch câu này",
               "cầm cái túi này", "tắt đèn", "mua một chai nước"]


def for_me(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        deed = rng.choice(ASKED_DEEDS)
        out.append((rng.choice(ASKED).format(v=deed, V=deed[0].upper() + deed[1:]), r"(?i:\bfor me\b)"))
    return out


def called(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        word, name = rng.choice(["anh", "chị", "em", "bạn", "chú", "bác", "cô"]), rng.choice(KIN_NAMES)
        title = names.KIN[word] + " " if names.KIN[word] else ""
        text = rng.choice(CALLED).format(k=word, n=name)
        out.append((text[0].upper() + text[1:], rf"^{re.escape(title + strip_marks(name))},"))
    return out


def later(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (unit, said), k = rng.choice(LATER), rng.randint(2, 30)
        out.append((rng.choice(LATER_SAID).format(x=f"{k} {unit} nữa"), rf"(?i:\bin {k} {said}s\b)"))
    return out


def weekends(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        rel, said = rng.choice([("này", "this"), ("sau", "next"), ("tới", "next"), ("trước", "last")])
        text = rng.choice(WEEKEND_SAID).format(w=f"cuối tuần {rel}")
        out.append((text[0].upper() + text[1:], rf"(?i:\b{said} weekend\b)"))
    return out


def see_you(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    opens = "See you" if src == "vi" else "Hẹn gặp"
    out = []
    for _ in range(n):
        template, whens = rng.choice(SEE_YOU[src])
        said, written = rng.choice(whens)
        out.append((template.format(w=said), rf"^{opens}\b.*\b{re.escape(written)}(?!\w)"))
    return out


def ranged(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        month, first = rng.randint(1, 12), rng.randint(1, 20)
        last = rng.randint(first + 1, 28)
        text = rng.choice(RANGED[src]).format(a=first, b=last, m=month, M=DATES_EN[month - 1])
        if src == "vi":  # the month, both days, and no other month
            others = "|".join(m for m in DATES_EN if m != DATES_EN[month - 1])
            pattern = rf"^(?=.*\b{DATES_EN[month - 1]}\b)(?=.*\b{first}\b)(?=.*\b{last}\b)(?!.*\b(?:{others})\b)"
        else:
            pattern = rf"^(?=.*\b{first}\b)(?=.*\b{last}\b)(?=.*tháng {month}\b)(?!.*tháng (?!{month}\b)\d)"
        out.append((text, pattern))
    return out


ALLERGENS = [("hải sản", "seafood"), ("tôm", "shrimp"), ("đậu phộng", "peanuts"), ("sữa", "milk"),
             ("trứng", "eggs?"), ("phấn hoa", "pollen"), ("mèo", "cats?"), ("cua", "crabs?")]


def allergic(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (who, _), (vi, en) = rng.choice(AILING_WHO), rng.choice(ALLERGENS)
        said = rng.choice(["bị dị ứng", "bị dị ứng với", "dị ứng với"])
        out.append((f"{who} {said} {vi}.", rf"(?i:\ballergic to\b.*\b{en}\b)"))
    return out


def ailing_alone(rng: random.Random, n: int) -> list[tuple[str, str]]:
    pains = sorted(a for a in terms.AILMENTS.items() if a[0].startswith(("đau", "sốt")))
    out = []
    for _ in range(n):
        (who, verb), (vi, en) = rng.choice(AILING_WHO), rng.choice(pains)
        out.append((f"{who} {vi}{rng.choice(['', ' quá'])}.", rf"(?i:\b{verb}\b.*\b{en.split()[-1]}\b)"))
    return out


MISSED_WHO = [("Tôi", ""), ("Chúng tôi", ""), ("Anh ấy", "es"), ("Cô ấy", "es"), ("Mình", "")]
MISSED = [("bạn", "you"), ("em", "you"), ("mọi người", "everyone"), ("các bạn", "you"), ("mẹ", "Mom")]
MISSED_WHOSE = {"Tôi": "my", "Chúng tôi": "our", "Anh ấy": "his", "Cô ấy": "her", "Mình": "my"}


def missed(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (who, s), (vi, en) = rng.choice(MISSED_WHO), rng.choice(MISSED)
        very, much = rng.choice(["", "rất "]), rng.choice(["", " lắm", " nhiều lắm", " quá"])
        if en == "Mom":  # ("Anh ấy nhớ mẹ lắm.": his mother, as mt/missing.py writes it since stop 58, or Mom)
            en = f"(?:Mom|{MISSED_WHOSE[who]} mother)"
        out.append((f"{who} {very}nhớ {vi}{much}.", rf"\bmiss{s}\b.*\b{en}\b"))
    return out


AT_PLACE = [("Tôi đang đợi ở {p}.", "at"), ("Chúng tôi đi đến {p}.", "to"), ("Khách sạn ở gần {p}.", "near"),
            ("Tôi mua nước ở {p}.", "at"), ("Hẹn gặp bạn tại {p}.", "at"), ("Anh ấy đứng cạnh {p}.", "next to")]
PLACES_VI = [("cửa hàng tiện lợi", "convenience store"), ("quầy lễ tân", "reception desk"), ("lối ra", "exit"),
             ("ga tàu", "train station"), ("hiệu thuốc", "pharmacy"), ("bến xe", "bus station"),
             ("chợ đêm", "night market"), ("cây ATM", "ATM")]


def at_a_place(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (said, at), (vi, en) = rng.choice(AT_PLACE), rng.choice(PLACES_VI)
        out.append((said.format(p=vi), rf"\b{at} the {en}\b"))
    return out


def nearest(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        vi, en = rng.choice(PLACES_VI[1:])
        asked = rng.choice(["{t} gần nhất ở đâu?", "{t} gần nhất cách đây bao xa?",
                            "Tôi có thể tìm {t} gần nhất ở đâu?"])
        text = asked.format(t=vi)
        out.append((text[0].upper() + text[1:], rf"\bthe nearest {en}\b"))
    return out


WEATHER = [("Trời {d}lạnh{m}.", "it's {D}cold"), ("Hôm nay trời {d}nóng{m}.", "it's {D}hot"),
           ("Hôm qua trời {d}lạnh{m}.", "it was {D}cold"), ("Ngày mai trời sẽ {d}nóng{m}.", "it will be {D}hot"),
           ("Trời đang mưa.", "it's raining"), ("Hôm qua trời mưa to.", "it rained"), ("Ngày mai trời sẽ mưa.",
                                                                                      "it will rain"),
           ("Trời sắp mưa rồi.", "it's going to rain"), ("Sáng nay trời {d}mát{m}.", "it's {D}cool"),
           ("Trời {d}đẹp{m}.", "it's {D}nice")]


def weathers(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        said, en = rng.choice(WEATHER)
        d, dd = rng.choice([("", ""), ("rất ", "very "), ("hơi ", "a bit ")])
        m = rng.choice(["", " quá"]) if not d else ""
        out.append((said.format(d=d, m=m), rf"(?i:\b{en.format(D='so ' if m else dd)})"))
    return out


ORDERED = [("một ly cà phê", "coffee"), ("hai bát phở", "pho"), ("một chai bia", "beer"), ("ba ly trà đá", "tea"),
           ("một đĩa cơm rang", "rice"), ("nước cam", "orange|juice")]


def ordered(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (who, _), (vi, en) = rng.choice(AILING_WHO), rng.choice(ORDERED)
        how = rng.choice(["", "muốn ", "đã ", "vừa "])
        out.append((f"{who} {how}gọi {vi}.", rf"\border(?:s|ed)?\b.*(?i:{en})"))
    return out


KIN_VI = [("em trai", "younger brother"), ("em gái", "sister"), ("anh trai", "brother"), ("chị gái", "sister")]
SIBLING_SAID = ["{w} tôi là bác sĩ.", "{w} tôi 10 tuổi.", "{w} của tôi sống ở Huế.", "Tôi có một {w}.",
                "{w} tôi đã kết hôn."]


def templated(rng: random.Random, n: int, table: list[tuple[str, str]], said: list[str], pattern: str
              ) -> list[tuple[str, str]]:
    """n sentences, each a template of `said` with a word of `table` in its slot {w}, and the pattern its
    translation must match, with the word's translation in its slot {t}."""
    out = []
    for _ in range(n):
        (word, wanted), template = rng.choice(table), rng.choice(said)
        text = template.format(w=word)
        out.append((text[0].upper() + text[1:], pattern.format(t=wanted)))
    return out


BY = [("xe buýt", "bus"), ("xe máy", "motorbike"), ("xe đạp", "bike"), ("máy bay", "plane"), ("tàu hỏa", "train"),
      ("taxi", "taxi"), ("ô tô", "car")]
BY_SAID = ["Tôi đi làm bằng {w}.", "Chúng tôi đi Đà Nẵng bằng {w}.", "Anh ấy đến đây bằng {w}.",
           "Họ về nhà bằng {w}."]


PERIODS_VI = [("Năm ngoái", "last year"), ("Năm trước", "last year"), ("Tuần trước", "last week"),
              ("Tháng trước", "last month"), ("Tuần sau", "next week"), ("Tháng sau", "next month"),
              ("Năm sau", "next year"), ("Tuần tới", "next week"), ("Năm nay", "this year"), ("Tuần này", "this week")]
PERIOD_SAID = ["{w} tôi làm việc ở Sài Gòn.", "{w} chúng tôi đi Huế.", "{w} họ chuyển nhà.", "{w} tôi rất bận.",
               "{w} anh ấy học tiếng Anh."]


WEATHER_EN = [("It was {d}cold yesterday.", "lạnh"), ("It's {d}hot today.", "nóng"), ("It will be sunny tomorrow.",
                                                                                      "nắng"),
              ("It's {d}windy today.", "gió"), ("It's {d}cold outside.", "lạnh"), ("It was {d}warm last night.", "ấm"),
              ("It's cloudy this morning.", "mây"), ("It'll be {d}cool tomorrow.", "mát")]


def weathers_en(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        said, vi = rng.choice(WEATHER_EN)
        # (the day before "trời" as Vietnamese says it: mt/weather_said.py, stop 53)
        out.append((said.format(d=rng.choice(["", "very ", "so ", "a bit "])),
                    rf"(?i:^(?:(?:hôm|tối|sáng|ngày) \w+ )?trời\b.*{vi})"))
    return out


ORDER_EN = [("a bowl of pho", "phở"), ("two coffees", "cà phê"), ("a beer", "bia"), ("some drinks", ""),
            ("the fried rice", "cơm"), ("dinner", "")]


def ordered_en(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        who, (en, vi) = rng.choice(["I'd like to", "We want to", "Can I", "Let's", "She"]), rng.choice(ORDER_EN)
        verb = "ordered" if who == "She" else "order"
        out.append((f"{who} {verb} {en}{'?' if who == 'Can I' else '.'}", rf"\bgọi\b.*{vi}"))
    return out


BY_EN = [("bus", "xe buýt"), ("car", "ô tô"), ("train", "tàu"), ("plane", "máy bay"), ("taxi", "taxi"),
         ("motorbike", "xe máy"), ("bike", "xe đạp"), ("boat", "thuyền")]
BY_EN_SAID = ["We went by {w}.", "I go to work by {w}.", "They came here by {w}.", "Can we go by {w}?"]


UNMARKED_WHO = ["bạn", "anh", "em", "chị", "mọi người"]
UNMARKED_ASKED = ["mai {w} có đi làm không", "{w} về nhà chưa", "{w} ăn tối chưa", "{w} có rảnh không",
                  "{w} đang ở đâu", "{w} tên là gì", "tối nay {w} có đi chơi không", "{w} đến đây bao giờ",
                  "{w} có muốn uống cà phê không", "{w} làm xong chưa"]


def unmarked(rng: random.Random, n: int) -> list[tuple[str, str]]:
    return templated(rng, n, [(w, "") for w in UNMARKED_WHO], UNMARKED_ASKED, r"\?$")


AILING_WHEN = [("từ tối qua", "since last night"), ("từ hôm qua", "since yesterday"), ("từ sáng", "since this morning"),
               ("hai ngày rồi", "for two days"), ("mấy ngày nay", "for a few days"), ("ba ngày nay", "for three days")]
AILING_BEHIND = ["Hôm qua", "Tuần trước", "Tối qua"]


def ailing_since(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(n):
        (who, verb), (vi, en) = rng.choice(AILING_WHO), rng.choice(sorted(terms.AILMENTS.items()))
        if rng.random() < 0.25:  # in the past
            day = rng.choice(AILING_BEHIND)
            out.append((f"{day} {who[0].lower() + who[1:]} bị {vi}.", rf"(?i:\bhad\b.*\b{en.split()[-1]}\b)"))
            continue
        when, said = rng.choice(AILING_WHEN)
        out.append((f"{who} bị {vi} {when}.", rf"(?i:\b{verb} had\b.*\b{en.split()[-1]}\b.*\b{said}\b)"))
    return out


WHERE_SAID = ["Tôi đang ở {w}.", "Chúng tôi đến {w} lúc 6 giờ.", "Tôi cần đi {w}.", "Mẹ tôi đi {w} rồi.",
              "Anh ấy làm việc ở {w}.", "Tôi đang chờ ở {w}.", "Tôi đang đi đến {w}.", "Nhà tôi ở gần {w}."]
GONE = [("Đà Lạt", "Da Lat"), ("Hội An", "Hoi An"), ("Vũng Tàu", "Vung Tau"), ("Phú Quốc", "Phu Quoc"),
        ("Sa Pa", "Sa Pa"), ("Hạ Long", "Ha Long"), ("Cần Thơ", "Can Tho"), ("Quy Nhơn", "Quy Nhon"),
        ("Mũi Né", "Mui Ne"), ("Côn Đảo", "Con Dao"), ("Hà Nội", "Hanoi"), ("Sài Gòn", "Saigon"),
        ("Nha Trang", "Nha Trang"), ("Đà Nẵng", "Da Nang"), ("Huế", "Hue")]
GONE_SAID = ["Chúng tôi sẽ đi {w}.", "Tôi muốn đi {w}.", "Họ đã đi {w}.", "Tuần sau tôi bay ra {w}.",
             "Năm ngoái tôi đi {w}.", "Bạn có muốn đi {w} không?", "Tôi định đi du lịch {w}.",
             "Mai chúng tôi bay vào {w}.", "Gia đình tôi đi {w} vào mùa hè."]
SOON = [(w, "") for w in ("Lát nữa", "Tí nữa", "Chút nữa", "Một lát nữa", "Một chút nữa", "Chốc nữa")]
SOON_SAID = ["{w} tôi gọi lại cho bạn.", "{w} chúng tôi đi ăn.", "{w} anh ấy về.", "{w} mình đến nhé.",
             "{w} trời mưa đấy.", "{w} tôi gửi cho bạn.", "{w} mẹ tôi về nhà.", "{w} chúng ta họp."]
WILL_DAYS = [(d, "") for d in ("Ngày mai", "Tuần sau", "Mai", "Tháng sau", "Sáng mai")]
WILL_SAID = ["{w} tôi bay ra Hà Nội.", "{w} anh ấy đi Huế.", "{w} họ về quê.", "{w} chúng tôi gặp bạn cũ.",
             "{w} cô ấy mua vé.", "{w} tôi ăn tối với gia đình.", "{w} họ đến Sài Gòn.", "{w} tôi gọi cho mẹ.",
             "{w} chúng tôi bay vào Sài Gòn.", "{w} anh ấy đi làm."]
HAS_SAID = ["Phòng này có {w} không?", "Khách sạn có {w} không?", "Ở đây có {w} không?", "Bạn có {w} không?",
            "Nhà hàng này có {w} không ạ?", "Căn hộ có {w} không?"]
HAS_PLACES_SAID = ["Gần đây có {w} không?", "Ở đây có {w} không?"]
HAS_PLACES = [("hiệu thuốc", "pharmacy"), ("siêu thị", "supermarket"), ("cây ATM", "ATM"), ("ngân hàng", "bank"),
              ("trạm xăng", "gas station"), ("quán cà phê", "coffee shop"), ("chợ đêm", "night market")]


HAS_SAID_EN = ["Does this room have {w}?", "Does the hotel have {w}?", "Is there {w} here?", "Do you have {w}?",
               "Does your restaurant have {w}?"]


def has_it(rng: random.Random, n: int) -> list[tuple[str, str]]:
    amenities = sorted((vi, en.split()[-1]) for vi, en in patterns._AMENITIES.items())
    pattern = r"^(?:Does|Is there|Do you have)\b.*\b{t}\b.*\?$"
    return templated(rng, n // 2, amenities, HAS_SAID, pattern) + templated(rng, n - n // 2, HAS_PLACES,
                                                                           HAS_PLACES_SAID, pattern)


def has_it_en(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """The other way: right, a question with "có" … "không" and the thing in Vietnamese."""
    said: dict[str, list[str]] = {}
    for vi, en in patterns._AMENITIES.items():
        said.setdefault(en, []).append(vi)
    amenities = sorted((en, "|".join(vi)) for en, vi in said.items())  # any of its Vietnamese words
    return templated(rng, n, amenities, HAS_SAID_EN, r"(?i:\bcó\b.*\b(?:{t})\b.*\bkhông\b)")


ASKING = ["Anh", "Chị", "Cô", "Chú", "Bác", "Ông", "Bà", "Em"]
ASKING_SAID = ["{k} có thể giúp {m} không?", "{k} có thể chụp ảnh giúp {m} được không?",
               "{k} có thể chỉ đường cho {m} không?", "{k} có thể gọi taxi cho {m} không?",
               "{k} có muốn đi với {m} không?", "{k} có nhớ {m} không?", "{k} có thể đợi {m} một chút không?",
               "{k} có thể gửi cho {m} địa chỉ không?", "{k} có thể cho {m} mượn bút không?", "{k} có yêu {m} không?"]


ASKED_ALONE_SAID = ["{k} nói lại được không?", "{k} có nói tiếng Anh không?", "{k} viết ra được không?",
                    "{k} có cần giúp gì không?", "{k} ăn cơm chưa?", "{k} có biết đường đến khách sạn không?",
                    "{k} chụp ảnh được không?", "{k} có đói không?", "{k} có con chưa?", "{k} đến Huế chưa?"]
TOLD_SAID = ["{k} giúp {m} với.", "{k} cho {m} một ly cà phê.", "{k} đợi {m} một chút nhé.",
             "{k} gọi taxi cho {m} nhé.", "{k} chờ {m} với!", "{k} lấy cho {m} cái kia nhé.",
             "{k} mang cho {m} thực đơn nhé."]


def asking(rng: random.Random, n: int, said: list[str] = ASKING_SAID,
           right: str = r"^(?=.*(?i:\byou\b))(?!.*\bI\b)") -> list[tuple[str, str]]:
    """Questions (right: "you" asked, not "I") or requests (`told`) to someone by a word of kinship."""
    out = []
    for _ in range(n):
        k, template = rng.choice(ASKING), rng.choice(said)
        me = rng.choice(["tôi", "mình"] + ["em"] * (k != "Em"))
        out.append((template.format(k=k, m=me), right))
    return out


def told(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Requests; right: "me", and no "I", "he", "she", "him", "her"."""
    return asking(rng, n, TOLD_SAID, r"^(?!.*\b(?:I|[Hh]e|[Ss]he|him|her)\b).*\bme\b")


WHAT_TIME_SAID = {"vi": ["{w} {d} lúc mấy giờ?", "Mấy giờ {w} {d}?", "{w} này {d} lúc mấy giờ vậy?",
                         "Khi nào {w} {d}?"],
                  "en": ["What time does the {w} {d}?", "When does the {w} {d}?", "What time does this {w} {d}?"]}
WHAT_TIME = [("tàu", "train", ("khởi hành", "leave"), ("đến", "arrive")),
             ("xe buýt", "bus", ("chạy", "leave"), ("đến", "arrive")),
             ("bảo tàng", "museum", ("mở cửa", "open"), ("đóng cửa", "close")),
             ("siêu thị", "supermarket", ("mở cửa", "open"), ("đóng cửa", "close")),
             ("chuyến bay", "flight", ("cất cánh", "take off"), ("hạ cánh", "land")),
             ("buổi hòa nhạc", "concert", ("bắt đầu", "start"), ("kết thúc", "end"))]


def what_time(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What time or when a thing does something; right: the question word and the thing in the translation."""
    out = []
    for _ in range(n):
        vi, en, *doings = rng.choice(WHAT_TIME)
        do_vi, do_en = rng.choice(doings)
        said = rng.choice(WHAT_TIME_SAID[src])
        text = said.format(w=vi, d=do_vi) if src == "vi" else said.format(w=en, d=do_en)
        asked, thing = ("(?:What time|When)", en) if src == "vi" else ("(?:mấy giờ|khi nào)", vi)
        out.append((text[0].upper() + text[1:], rf"(?i:{asked}.*\b{thing}\b|\b{thing}\b.*{asked})"))
    return out


INVITED = [(w, "") for w in ("", "Mai ", "Tối nay ", "Chiều nay ", "Cuối tuần này ", "mai ")]
INVITED_SAID = ["{w}đi ăn phở không?", "{w}đi uống cà phê không?", "{w}đi xem phim không", "{w}đi dạo không?",
                "{w}đi chơi không", "{w}đi ăn tối không?", "{w}đi Đà Lạt không?"]
MORE = [("beer", "bia"), ("coffee", "cà phê"), ("tea", "trà"), ("bottle of water", "nước"), ("iced tea", "trà đá"),
        ("glass of orange juice", "nước cam")]
MORE_SAID = ["One more {w}, please.", "Another {w}, please.", "One more {w}.", "Another {w}!"]
THOUSANDS_SAID = ["Có {n} nghìn người đến xem.", "Công ty có {n} nghìn nhân viên.", "Hôm nay tôi đi bộ {n} nghìn bước.",
                  "Cái này {n} nghìn.", "Thư viện có {n} nghìn cuốn sách."]


def thousands(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A number of thousands that is not a sum of đồng; right: the number, in thousands."""
    out = []
    for _ in range(n):
        k = rng.randint(2, 999)
        out.append((rng.choice(THOUSANDS_SAID).format(n=k), rf"\b{k} thousand\b|\b{k},000\b"))
    return out


GETTING = [("sân bay", "airport"), ("ga tàu", "train station"), ("chợ", "market"), ("bãi biển", "beach"),
           ("bến xe", "bus station"), ("Hội An", "Hoi An"), ("Huế", "Hue"), ("Đà Lạt", "Da Lat"), ("Hà Nội", "Hanoi")]
GETTING_SAID = {"vi": ["Từ đây đến {w} bao xa?", "Từ đây đến {w} có xa không?", "Từ đây đi {w} mất bao lâu?",
                       "Đến {w} mất bao lâu?", "Có xe buýt đi {w} không?", "Có tàu đi {w} không?"],
                "en": ["How far is it to {w}?", "Is it far to {w}?", "How long does it take to get to {w}?",
                       "Is there a bus to {w}?", "Is there a train to {w}?"]}


def getting_there(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How far it is or how long it takes to a place, or whether a bus goes there; right: the question and the
    place in the translation."""
    out = []
    for _ in range(n):
        vi, en = rng.choice(GETTING)
        said = rng.choice(GETTING_SAID[src])
        text = said.format(w=vi if src == "vi" else en if en[0].isupper() else f"the {en}")
        if src == "vi":
            out.append((text, rf"(?i:\b(?:how far|is it far|how long|is there an?)\b.*\b{en}\b)"))
        else:
            out.append((text, rf"(?i:\b{vi}\b.*\b(?:bao xa|xa không|bao lâu)|^có\b.*\b{vi}\b.*\bkhông\b)"))
    return out


HABIT_WHO = ["Tôi", "Chúng tôi", "Họ", "Anh ấy", "Cô ấy", "Mẹ tôi", "Bố tôi"]
HABIT_DOING = ["đi chợ", "chạy bộ", "nấu ăn", "uống cà phê", "đi làm bằng xe buýt", "đến thăm bà", "xem phim",
               "gọi cho mẹ", "đi bơi", "ăn phở", "học tiếng Anh", "dọn nhà"]
HABIT_SAID = {"habit": ["{w} {d} mỗi sáng.", "{w} {d} mỗi ngày.", "{w} {d} mỗi tối.", "{w} {d} mỗi cuối tuần.",
                        "Mỗi sáng {w} {d}.", "{w} thường {d}.", "Hằng ngày {w} {d}."],
              "hay": ["{w} hay {d}.", "{w} hay {d} vào buổi sáng.", "{w} hay {d} với bạn."]}


def habits(rng: random.Random, n: int, kind: str) -> list[tuple[str, str]]:
    """A habit; right: no verb of mt/tense.py in the past, and for "hay" no "or"."""
    out = []
    for _ in range(n):
        who, doing, said = rng.choice(HABIT_WHO), rng.choice(HABIT_DOING), rng.choice(HABIT_SAID[kind])
        text = said.format(w=who if said.startswith("{") else who.lower() if who != "Tôi" else "tôi", d=doing)
        out.append((text, rf"^(?!.*\b(?:{'|'.join(tense._BASE)}|or)\b)"))
    return out


ANY_WEEKEND_SAID = ["Chúng tôi chơi quần vợt vào cuối tuần.", "Cửa hàng đóng cửa vào cuối tuần.",
                "Tôi thường ngủ muộn vào cuối tuần.", "Bạn làm gì vào cuối tuần?", "Cuối tuần bạn thường làm gì?",
                "Cuối tuần tôi về quê.", "Vào cuối tuần, chúng tôi đi biển.", "Tôi làm việc cả cuối tuần.",
                "Cuối tuần họ đi chợ.", "Anh ấy chỉ nghỉ vào cuối tuần."]
GAMES = [("bóng đá", "football"), ("quần vợt", "tennis"), ("cầu lông", "badminton"), ("bóng rổ", "basketball"),
         ("bóng chuyền", "volleyball"), ("bóng bàn", "table tennis"), ("cờ vua", "chess")]
GAMES_SAID = ["Tôi thích chơi {w}.", "Họ chơi {w} mỗi chiều.", "Con tôi chơi {w} ở trường.",
              "Bạn có chơi {w} không?", "Chúng tôi chơi {w} với bố."]
SIZE_SAID = ["{k} {w} này có size {s} hơn không?", "{k} {w} này có cỡ {s} hơn không?", "Cái này có size {s} hơn không?"]
KIND_WORN = {"giày": "Đôi", "dép": "Đôi"}  # the rest "Cái"


def sizes(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A thing to wear asked for in another size; right: the size asked for ("smaller size" …)."""
    out = []
    for _ in range(n):
        vi, said, small = rng.choice(sorted(patterns.WORN)), rng.choice(SIZE_SAID), rng.random() < 0.5
        text = said.format(k=KIND_WORN.get(vi, "Cái"), w=vi, s="nhỏ" if small else "lớn")
        out.append((text, r"(?i:\bsmaller size\b)" if small else r"(?i:\b(?:bigger|larger) size\b)"))
    return out


COSTS = [("Phòng này", "this room"), ("Phòng đôi", "a double room"), ("Vé", "a ticket"), ("Xe này", "this"),
         ("Thuê xe máy", "to rent a motorbike"), ("Phòng đơn", "a single room"), ("Cái này", "this")]
COSTS_SAID = ["{w} bao nhiêu một {p}?", "{w} bao nhiêu tiền một {p}?", "{w} giá bao nhiêu một {p} vậy?"]
COSTS_PER = [("ngày", "day"), ("đêm", "night"), ("người", "person"), ("tuần", "week"), ("tháng", "month")]


def costs(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """What a thing costs for a day, a night …; right: "how much", the thing and "per …"."""
    out = []
    for _ in range(n):
        (vi, en), (per_vi, per_en) = rng.choice(COSTS), rng.choice(COSTS_PER)
        out.append((rng.choice(COSTS_SAID).format(w=vi, p=per_vi),
                    rf"(?i:^how much\b.*\b{en.split()[-1]}\b.*\b(?:per|a|an|each) {per_en}\b)"))
    return out


SO_FAR_SAID = ["{w} sống ở Hà Nội được {n} năm rồi.", "{w} làm ở đây được {n} năm rồi.",
               "{w} học tiếng Việt được {n} tháng rồi.", "{w} ở Việt Nam được {n} tuần rồi.",
               "{w} dạy ở trường này được {n} năm.", "{w} đã chờ được {n} tiếng rồi."]
SO_FAR_WHO = ["Tôi", "Chúng tôi", "Anh ấy", "Cô ấy", "Họ", "Mẹ tôi"]


def so_far(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """How long something has gone on; right: "have" or "has" before "for"."""
    return [(rng.choice(SO_FAR_SAID).format(w=rng.choice(SO_FAR_WHO), n=rng.choice(["hai", "ba", "5", "mười"])),
             r"(?i:(?:\b(?:have|has)|['’]ve|['’]s (?:been|\w+ed))\b.*\bfor\b)") for _ in range(n)]  # ("He's lived")


NAMED = ["Nam", "Lan", "Hải", "Mai", "Hùng", "Đông", "Minh Anh", "Thu Hà"]
NAMED_SAID = {"introduced": ["Tôi tên là {w}.", "Tên tôi là {w}.", "Bạn tôi tên là {w}.", "Em gái tôi tên là {w}.",
                             "Anh ấy tên là {w}.", "Con tôi tên là {w}.", "Tên của chồng tôi là {w}."],
              "under": ["Tôi đặt phòng dưới tên {w}.", "Tôi đã đặt bàn dưới tên {w}.", "Vé được đặt dưới tên {w}."]}


def named(rng: random.Random, n: int, kind: str) -> list[tuple[str, str]]:
    """Someone's name, as they are introduced or booked under; right: "name" and the name without marks."""
    out = []
    for _ in range(n):
        name = rng.choice(NAMED)
        out.append((rng.choice(NAMED_SAID[kind]).format(w=name), rf"\bname\b.*\b{strip_marks(name)}\b"))
    return out


FROM_EN = [("Australia", "Úc"), ("Canada", "Canada"), ("Japan", "Nhật(?: Bản)?"), ("Hanoi", "Hà Nội"),
           ("France", "Pháp"), ("the United States", "Mỹ|Hoa Kỳ")]
FROM_EN_SAID = ["I'm from {w}.", "She is from {w}.", "We're from {w}.", "They are from {w}.", "He's from {w}.",
                "I am from {w}, and you?"]
NAMED_EN = [(w, "") for w in ("Nam", "Lan", "Hung", "Mai", "Dong", "Hai", "Minh Anh")]
NAMED_EN_SAID = ["My name is {w}.", "Her name is {w}.", "I booked a room under the name {w}.", "His name's {w}.",
                 "My friend's name is {w}."]
FARES_SAID = {"vi": ["Đi {r} ra {w} hết bao nhiêu tiền?", "Đi {r} đến {w} bao nhiêu tiền?", "Vé {r} đi {w} bao nhiêu?"],
              "en": ["How much does it cost to get to {w} by {r}?", "How much is a {r} to {w}?",
                     "How much does a {r} to {w} cost?"]}
FARES_RIDE = [("taxi", "taxi"), ("xe buýt", "bus"), ("tàu", "train")]


def fares(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What a ride or a ticket to a place costs; right: "How much is a …" (or "bao nhiêu") and "to" the place."""
    out = []
    for _ in range(n):
        (vi, en), (ride_vi, ride_en) = rng.choice(GETTING), rng.choice(FARES_RIDE)
        place = en if en[0].isupper() else f"the {en}"
        said = rng.choice(FARES_SAID[src])
        if src == "vi":
            right = rf"(?i:^how much (?:is|does) (?:it|an?)\b.*\bto (?:the )?{en}\b)"
            out.append((said.format(r=ride_vi, w=vi), right))
        else:
            out.append((said.format(r=ride_en, w=place), rf"(?i:\b{vi}\b.*\bbao nhiêu\b)"))
    return out


DISH_HAS = [("hành", "onions"), ("tỏi", "garlic"), ("ớt", "chili"), ("đậu phộng", "peanuts"), ("rau mùi", "coriander"),
            ("trứng", "eggs"), ("thịt", "meat")]
DISH_HAS_SAID = ["Món này có {w} không?", "Món này có {w} không ạ?", "Món này có {w} không vậy?"]
TABLE_FOR = [("two", "hai"), ("three", "ba"), ("four", "bốn"), ("six", "sáu"), ("5", "5"), ("8", "8")]
TABLE_FOR_SAID = ["Do you have a table for {w}?", "I'd like to book a table for {w} at 7 pm.",
                  "We need a table for {w} people.", "Is there a table for {w} by the window?"]
MARKET_EN = ["I go to the market every morning.", "My mother went to the market.", "Let's go to the market.",
             "We met at the market.", "I bought fish at the market.", "She is at the market.",
             "He came back from the market.", "Do you want to go to the market with me?"]


# a verb after "will" that is not in the past (mt.tense._BASE holds the pasts)
WILL_RIGHT = rf"(?i:\b(?:will|won't|\w+'ll)\s+(?!(?:{'|'.join(tense._BASE)})\b)\w)"


def without(excluded: set[str]):
    """A stand-in for mt.terms._table: the list without the terms `excluded`, the rest of it on."""
    def table(src: str, tgt: str):
        entries, places = terms._entries(src, tgt)
        kept = [e for e in entries if terms._keyed(e.source) not in excluded]
        return terms._pattern(e.source for e in kept), {terms._keyed(e.source): e.target for e in kept}, places
    return table


def worded(m, text: str) -> bool:
    """mt.dates._a_day off: a day written with digits or short is not one."""
    return not (m.group("digit") or m.group("short") or m.group("cn"))


def count(t, cases: list[tuple[str, str]], src: str, tgt: str, module, name: str, stand_in, flags=0) -> str:
    return count_off(t, cases, src, tgt, [(module, name, stand_in)], flags)


def count_whole(t, rng: random.Random, n: int, whole: list) -> None:
    """Prints, for each (label, sentences, module, the rule's name there vi→en, en→vi) of `whole`, both ways, how many
    of `n` made-up sentences are right with that rule switched off ("no rule took it") and on."""
    for label, made, module, vi_en, en_vi in whole:
        for src, tgt in (("vi", "en"), ("en", "vi")):
            print(f"{label}, {src}->{tgt}:", count(t, made(rng, n, src), src, tgt, module,
                                                   vi_en if src == "vi" else en_vi, lambda *a: None), flush=True)


def count_off(t, cases: list[tuple[str, str]], src: str, tgt: str, rules: list, flags=0) -> str:
    """How many translations match their pattern with `rules` (module, name, stand-in) switched off together, and
    with every rule on."""
    texts = [c[0] for c in cases]
    with ExitStack() as stack:
        for module, name, stand_in in rules:
            stack.enter_context(rule_off(module, name, stand_in))
        off = t.translate(texts, src, tgt)
    on = t.translate(texts, src, tgt)
    right = [sum(re.search(p, o, flags) is not None for o, (_, p) in zip(out, cases)) for out in (off, on)]
    return f"off {right[0]}/{len(cases)} on {right[1]}/{len(cases)}"


def main() -> None:
    args, t = setup(__doc__)
    rng = random.Random(8)
    n = args.sentences // 2
    for src, tgt in (("en", "vi"), ("vi", "en")):
        print(f"greetings by name, {src}->{tgt}:",
              count(t, greetings(rng, n, src), src, tgt, phrasebook, "_greeted", lambda *a: None), flush=True)
    print("weekdays with digits or short, vi->en:", count(t, weekdays(rng, n), "vi", "en", dates, "_a_day", worded),
          flush=True)
    print("units in words, en->vi:", count(t, units(rng, n), "en", "vi", amounts, "_EN_UNIT_WORD", NEVER), flush=True)
    print("'in' before a place, en->vi:", count(t, places(), "en", "vi", names, "_IN", NEVER), flush=True)
    for src, tgt in (("en", "vi"), ("vi", "en")):
        print(f"a title before a foreign name, {src}->{tgt}:",
              count(t, titled(rng, n, src), src, tgt, names, "titled", lambda *a: []), flush=True)
    print("sums said without 'đồng', vi->en:", count(t, sums(rng, n), "vi", "en", amounts, "_VI_SAID", NEVER),
          flush=True)
    for src, tgt, pattern in (("en", "vi", "_EN_COMPOUND"), ("vi", "en", "_VI_COMPOUND")):
        print(f"numbers in two words, {src}->{tgt}:", count(t, counted(rng, n, src), src, tgt, amounts, pattern, NEVER),
              flush=True)
    print("a name of one word or a dish, with marks in English, en->vi:",
          count(t, with_marks(rng, n), "en", "vi", names, "written", lambda *a: []), flush=True)
    print("a given name after a word of kinship, vi->en:",
          count(t, kin(rng, n), "vi", "en", names, "addressed", lambda *a: []), flush=True)
    print("a part of a day near today, vi->en:", count(t, near_days(rng, n), "vi", "en", dates, "_VI_NEAR", NEVER),
          flush=True)
    for src, tgt in (("en", "vi"), ("vi", "en")):
        print(f"sentences in capitals, {src}->{tgt}:", count(t, in_capitals(rng, n, src), src, tgt, TRANSLATE,
                                                             "from_capitals", lambda text, lang: sentence_case(text),
                                                             re.IGNORECASE), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"'See you' opening a sentence, {src}->{tgt}:",
              count(t, see_you(rng, n, src), src, tgt, phrasebook, "openers", lambda *a: []), flush=True)
    for src, tgt, pattern in (("vi", "en", "_VI_DAYS"), ("en", "vi", "_EN_DAYS")):
        print(f"days of one month, {src}->{tgt}:", count(t, ranged(rng, n, src), src, tgt, dates, pattern, NEVER),
              flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        cases = [(text, rf"(?i:\b{word}\b)") for text, word in TRAVEL[src]]
        print(f"travel words, {src}->{tgt}:", count(t, cases, src, tgt, terms, "matches", lambda *a: []), flush=True)
    print("someone called by name, vi->en:", count(t, called(rng, n), "vi", "en", phrasebook, "_called",
                                                    lambda text: None), flush=True)
    print("a time from now, vi->en:", count(t, later(rng, n), "vi", "en", dates, "_VI_LATER", NEVER), flush=True)
    print("the weekend, vi->en:", count(t, weekends(rng, n), "vi", "en", dates, "_VI_WEEKEND", NEVER), flush=True)
    print("a part of a day near today, en->vi:", count(t, near_days_en(rng, n), "en", "vi", dates, "_EN_NEAR_WORDS",
                                                        NEVER), flush=True)
    print("a time with its day, en->vi:", count(t, timed(rng, n), "en", "vi", dates, "_EN_AFTER_TIME", NEVER),
          flush=True)
    print("'until' before a time, vi->en:", count(t, until(rng, n), "vi", "en", dates, "_UNTIL", NEVER), flush=True)
    print("a first word not copied, en->vi:", count(t, copied(rng, n), "en", "vi", TRANSLATE, "copied_first_word",
                                                     lambda *a: None), flush=True)
    print("thanks for what someone did, vi->en:", count(t, thanks(rng, n), "vi", "en", phrasebook, "_thanked",
                                                        lambda text: None), flush=True)
    print("an apology for a deed, vi->en:", count(t, apologies(rng, n), "vi", "en", phrasebook, "_apologised",
                                                  lambda text: None), flush=True)
    print("'giúp tôi' after what is asked, vi->en:", count(t, for_me(rng, n), "vi", "en", terms, "_for_me",
                                                           lambda text: []), flush=True)
    print("yesterday, tomorrow and the days either side, vi->en:",
          count(t, days_around(rng, n), "vi", "en", dates, "_VI_DAY_NEAR", NEVER), flush=True)
    print("yesterday, tomorrow and today's doings, en->vi:",
          count(t, days_en(rng, n), "en", "vi", dates, "_EN_NEAR_WORDS", NEVER), flush=True)
    print("a span from now after 'trong', vi->en:",
          count(t, spans(rng, n, WITHIN_SAID, "vi", False), "vi", "en", dates, "_VI_WITHIN", NEVER), flush=True)
    print("a span ago, vi->en:", count(t, spans(rng, n, AGO_VI_SAID, "vi", True), "vi", "en", dates, "_VI_AGO", NEVER),
          flush=True)
    print("a span ago, en->vi:", count(t, spans(rng, n, AGO_EN_SAID, "en", True), "en", "vi", dates, "_EN_AGO", NEVER),
          flush=True)
    print("an ailment after 'bị', vi->en:", count(t, ailing(rng, n), "vi", "en", terms, "_ailing", lambda text: []),
          flush=True)
    print("'Let's' for a suggestion, vi->en:", count(t, lets(rng, n), "vi", "en", phrasebook, "_LETS", NEVER),
          flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"'Where is' a term, {src}->{tgt}:", count(t, where_is(rng, n, src), src, tgt, patterns, "_where_is",
                                                         lambda *a: None), flush=True)
    print("whose a term is, en->vi:", count(t, whose(rng, n), "en", "vi", terms, "_WHOSE_BEFORE", NEVER), flush=True)
    print("a verb term in its form, vi->en:", count(t, verb_forms(rng, n), "vi", "en", terms, "_verb_said",
                                                    lambda text, start, end, verb, rest: (start, end,
                                                                                          f"{verb} {rest}".strip())),
          flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"where one can buy or find a term, {src}->{tgt}:", count(t, where_to_buy(rng, n, src), src, tgt,
                                                                        patterns, "_where_is", lambda *a: None),
              flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"'Meet me', 'Let's meet', {src}->{tgt}:", count(t, meet(rng, n, src), src, tgt, phrasebook, "_MEET", {}),
              flush=True)
    for src, tgt, pattern in (("vi", "en", "_VI_SERVING"), ("en", "vi", "_EN_SERVING")):
        print(f"a serving, {src}->{tgt}:", count(t, servings(rng, n, src), src, tgt, amounts, pattern, NEVER),
              flush=True)
    print("'will' on a day ahead, vi->en:", count(t, ahead(rng, n), "vi", "en", dates, "_will", lambda *a: []),
          flush=True)
    print("the past after a day behind, vi->en:", count(t, behind(rng, n), "vi", "en", tense, "mended",
                                                         lambda words: {}), flush=True)
    print("allergic to what, vi->en:", count(t, allergic(rng, n), "vi", "en", terms, "_being", lambda text: []),
          flush=True)
    print("an ailment without 'bị', vi->en:", count(t, ailing_alone(rng, n), "vi", "en", terms, "_ailing",
                                                     lambda text: []), flush=True)
    print("missing someone, vi->en:", count(t, missed(rng, n), "vi", "en", terms, "_missed", lambda text: []),
          flush=True)
    print("a place after a word for where, vi->en:", count(t, at_a_place(rng, n), "vi", "en", terms, "_AT_A_PLACE",
                                                            NEVER), flush=True)
    print("the weather, vi->en:", count(t, weathers(rng, n), "vi", "en", weather, "matches", lambda *a: []),
          flush=True)
    print("'gọi' what one orders, vi->en:", count(t, ordered(rng, n), "vi", "en", terms, "_ordered",
                                                   lambda text: []), flush=True)
    siblings = templated(rng, n, KIN_VI, SIBLING_SAID, r"(?i:\b{t}\b)")
    print("a brother or sister, vi->en:", count(t, siblings, "vi", "en", terms, "_table",
                                                without({k for k, _ in KIN_VI})), flush=True)
    by_what = templated(rng, n, BY, BY_SAID, r"\bby {t}\b")
    print("by bus, by plane, vi->en:", count(t, by_what, "vi", "en", terms, "_table",
                                             without({f"bằng {b}" for b, _ in BY})), flush=True)
    periods = templated(rng, n, PERIODS_VI, PERIOD_SAID, r"(?i:\b{t}\b)")
    print("a week, month or year near this one, vi->en:", count(t, periods, "vi", "en", dates, "_VI_PERIOD_NEAR",
                                                                 NEVER), flush=True)
    print("the weather after 'it', en->vi:", count(t, weathers_en(rng, n), "en", "vi", weather, "matches",
                                                   lambda *a: []), flush=True)
    print("'order' what one orders, en->vi:", count(t, ordered_en(rng, n), "en", "vi", terms, "_EN_ORDER", NEVER),
          flush=True)
    by_what_en = templated(rng, n, BY_EN, BY_EN_SAID, "bằng {t}")
    print("by bus, by plane, en->vi:", count(t, by_what_en, "en", "vi", terms, "_table",
                                             without({f"by {b}" for b, _ in BY_EN})), flush=True)
    print("the nearest, vi->en:", count(t, nearest(rng, n), "vi", "en", patterns, "_NEAREST",
                                        {"vi": NEVER, "en": NEVER}), flush=True)
    print("a question without its '?', vi->en:", count(t, unmarked(rng, n), "vi", "en", phrasebook, "asked",
                                                        lambda *a: []), flush=True)
    print("an ailment since when, for how long, or in the past, vi->en:",
          count(t, ailing_since(rng, n), "vi", "en", terms, "_ailing", lambda text: []), flush=True)
    where = templated(rng, n, sorted(terms.WHERE_ONLY.items()), WHERE_SAID, r"\b(?:at|to|in|near|from|into) the {t}\b")
    print("a place v6 knows after a word for where, vi->en:", count(t, where, "vi", "en", terms, "_where_only",
                                                                     lambda *a: []), flush=True)
    print("a place gone to, vi->en:", count(t, templated(rng, n, GONE, GONE_SAID, r"\bto {t}\b"), "vi", "en", terms,
                                            "_gone_to", lambda *a: None), flush=True)
    soon = templated(rng, n, SOON, SOON_SAID, r"(?i:\blater\b|\bin a (?:moment|minute|while|bit)\b|\bsoon\b)")
    print("'lát nữa' opening a sentence, vi->en:", count(t, soon, "vi", "en", dates, "_VI_SOON", NEVER), flush=True)
    print("whether a room or a hotel has a thing, vi->en:", count(t, has_it(rng, n), "vi", "en", patterns, "_has_it",
                                                                   lambda *a: None), flush=True)
    print("whether a room or a hotel has a thing, en->vi:", count(t, has_it_en(rng, n), "en", "vi", patterns,
                                                                   "_has_it", lambda *a: None), flush=True)
    print("a word of kinship that asks the speaker, vi->en:", count(t, asking(rng, n), "vi", "en", phrasebook,
                                                                     "addressed", lambda *a: []), flush=True)
    print("a word of kinship that asks the speaker for something, vi->en:",
          count(t, told(rng, n), "vi", "en", phrasebook, "addressed", lambda *a: []), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"what time a thing leaves, opens …, {src}->{tgt}:",
              count(t, what_time(rng, n, src), src, tgt, patterns, "_what_time", lambda *a: None), flush=True)
    invited = templated(rng, n, INVITED, INVITED_SAID, r"(?i:\b(?:want|like) to\b.*\?$)")
    print("an invitation without who goes, vi->en:", count(t, invited, "vi", "en", phrasebook, "_INVITED", NEVER),
          flush=True)
    more = templated(rng, n, MORE, MORE_SAID, r"(?i:\bthêm\b.*\b{t}\b|\b{t}\b.*\bnữa\b)")
    print("one more asked for, en->vi:", count(t, more, "en", "vi", phrasebook, "_MORE", NEVER), flush=True)
    print("thousands, vi->en:", count(t, thousands(rng, n), "vi", "en", amounts, "_VI_THOUSANDS", NEVER), flush=True)
    print("a verb after 'will', vi->en:", count(t, templated(rng, n, WILL_DAYS, WILL_SAID, WILL_RIGHT), "vi", "en",
                                                tense, "after_will", lambda words: {}), flush=True)
    stop40(t, rng, n)
    stop41(t, rng, n)
    stop42(t, rng, n)
    stop43(t, rng, n)
    stop44(t, rng, n)
    stop45(t, rng, n)
    stop46(t, rng, n)
    stop47(t, rng, n)
    stop48(t, rng, n)
    stop49(t, rng, n)
    stop50(t, rng, n)
    stop51(t, rng, n)
    stop52(t, rng, n)
    stop53(t, rng, n)
    stop54(t, rng, n)
    stop55(t, rng, n)
    stop56(t, rng, n)
    stop57(t, rng, n)
    stop58(t, rng, n)
    stop59(t, rng, n)
    stop60(t, rng, n)
    stop61(t, rng, n)
    stop62(t, rng, n)
    stop63(t, rng, n)


def stop40(t, rng: random.Random, n: int) -> None:
    """The checks of stop 40 (59's kinship asked alone, then 65–78), after the earlier ones so that those draw the
    sentences they drew before."""
    print("a word of kinship asking yes or no without the speaker, vi->en:",
          count(t, asking(rng, n, ASKED_ALONE_SAID, r"^(?=.*(?i:\byou\b))(?!.*\b(?:I|[Hh]e|[Ss]he)\b)"), "vi", "en",
                phrasebook, "_YES_NO", NEVER), flush=True)
    told_me = r"^(?!You\b)(?!.*\b(?:I|[Hh]e|[Ss]he|him|her)\b).*\bme\b"  # a request, not "You gave me …"
    asked_by_ban = [(said.format(k="Bạn", m=rng.choice(["tôi", "mình"])), told_me)
                    for said in (rng.choice(TOLD_SAID) for _ in range(n))]
    without_ban = re.compile(phrasebook._ADDRESSED.pattern.replace("|bạn", ""))
    print("'Bạn' opening a request, vi->en:", count(t, asked_by_ban, "vi", "en", phrasebook, "_ADDRESSED", without_ban),
          flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how far, how long or whether a bus goes to a place, {src}->{tgt}:",
              count(t, getting_there(rng, n, src), src, tgt, patterns, "_getting_there", lambda *a: None), flush=True)
    print("a habit, vi->en:", count(t, habits(rng, n, "habit"), "vi", "en", tense, "habitual", lambda *a: {}),
          flush=True)
    print("'hay' before a verb, vi->en:", count(t, habits(rng, n, "hay"), "vi", "en", dates, "OFTEN", NEVER),
          flush=True)
    weekend = [(rng.choice(ANY_WEEKEND_SAID), r"(?i:\bweekends?\b)") for _ in range(n)]
    print("any weekend, vi->en:", count(t, weekend, "vi", "en", dates, "_VI_ANY_WEEKEND", NEVER), flush=True)
    games = templated(rng, n, GAMES, GAMES_SAID, r"\bplay(?:s|ed|ing)? {t}\b")
    print("a game played, vi->en:", count(t, games, "vi", "en", articles, "left_out", lambda words: {}), flush=True)
    print("a thing to wear in another size, vi->en:", count(t, sizes(rng, n), "vi", "en", patterns, "_in_a_size",
                                                             lambda *a: None), flush=True)
    print("what a thing costs for a day, a night …, vi->en:", count(t, costs(rng, n), "vi", "en", patterns, "_costs",
                                                                    lambda *a: None), flush=True)
    print("how long something has gone on, vi->en:", count(t, so_far(rng, n), "vi", "en", tense, "so_far",
                                                           lambda *a: {}), flush=True)
    market = [(rng.choice(MARKET_EN), r"^(?!.*thị trường).*\bchợ\b") for _ in range(n)]
    print("the market one goes to, en->vi:", count(t, market, "en", "vi", terms, "_EN_MARKET", NEVER), flush=True)
    print("someone's name introduced, vi->en:", count(t, named(rng, n, "introduced"), "vi", "en", people, "_named",
                                                      lambda *a: None), flush=True)
    print("a booking under a name, vi->en:", count(t, named(rng, n, "under"), "vi", "en", names, "called",
                                                   lambda *a: []), flush=True)
    from_en = templated(rng, n, FROM_EN, FROM_EN_SAID, r"\bđến từ (?:{t})\b")
    print("who is from a place, en->vi:", count(t, from_en, "en", "vi", terms, "_EN_FROM", NEVER), flush=True)
    named_en = [(text, rf"\b{text.split()[-1].rstrip('.')}\b") for text, _ in
                templated(rng, n, NAMED_EN, NAMED_EN_SAID, "")]
    print("a name after 'name is', en->vi:", count(t, named_en, "en", "vi", names, "called", lambda *a: []),
          flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"what a ride to a place costs, {src}->{tgt}:",
              count(t, fares(rng, n, src), src, tgt, patterns, "_fare", lambda *a: None), flush=True)
    dish = templated(rng, n, DISH_HAS, DISH_HAS_SAID, r"(?i:^does this dish have\b.*\b{t}\b)")
    print("whether a dish has a thing, vi->en:", count(t, dish, "vi", "en", patterns, "_has_it", lambda *a: None),
          flush=True)
    table_for = templated(rng, n, TABLE_FOR, TABLE_FOR_SAID, r"\bbàn\b.*\b{t} người\b")
    print("a table for a number of people, en->vi:", count(t, table_for, "en", "vi", terms, "_EN_TABLE_FOR", NEVER),
          flush=True)


BROKEN = [("máy lạnh", "air conditioner", "máy lạnh|điều hòa|máy điều hòa"), ("tivi", "TV", "tivi|TV"),
          ("vòi sen", "shower", "vòi sen"), ("tủ lạnh", "fridge", "tủ lạnh"), ("đèn", "light", "đèn"),
          ("quạt", "fan", "quạt"), ("thang máy", "elevator", "thang máy"), ("máy giặt", "washing machine", "máy giặt"),
          ("máy sấy tóc", "hair dryer", "máy sấy tóc"), ("khóa cửa", "door lock", "khóa cửa")]
BROKEN_SAID = {"vi": ["{w} bị hỏng.", "{w} trong phòng tôi không hoạt động.", "{w} không chạy.",
                      "Cái {w} này bị hư rồi.", "{w} trong phòng tắm bị hỏng rồi."],
               "en": ["The {w} is broken.", "The {w} in my room isn't working.", "The {w} doesn't work.",
                      "This {w} is broken.", "The {w} in the bathroom is not working."]}


def broken(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Something broken or not working; right: it opens the translation, and "is broken" … or "bị hỏng" …"""
    out = []
    for _ in range(n):
        vi, en, said_vi = rng.choice(BROKEN)
        text = rng.choice(BROKEN_SAID[src]).format(w=vi if src == "vi" else en)
        right = (rf"(?i:^(?:the|this|my) {en}\b.*\b(?:is broken|isn't working|is not working|doesn't work)\b)"
                 if src == "vi" else rf"(?i:^(?:cái |chiếc )?(?:{said_vi})\b.*\b(?:bị hỏng|bị hư|không hoạt động)\b)")
        out.append((text[0].upper() + text[1:], right))
    return out


LATE_WHO = {"vi": ["Tôi", "Xe buýt", "Tàu", "Chuyến bay", "Anh ấy", "Chúng tôi"],
            "en": ["I'm", "The bus is", "I'll be", "The train was", "We'll be about", "She is"]}
LATE_SAID = ["{w} đến muộn {n} phút.", "{w} sẽ đến muộn khoảng {n} phút.", "{w} bị trễ {n} phút.",
             "{w} đến trễ {n} phút."]
LATE_COUNT = [("10", "10", "10"), ("15", "15", "15"), ("hai mươi", "twenty", "20|twenty|hai mươi"),
              ("5", "five", "5|five|năm"), ("ba mươi", "thirty", "30|thirty|ba mươi")]


def late(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone or a ride late by some minutes; right: "… minutes late" or "muộn"/"trễ" … "phút"."""
    out = []
    for _ in range(n):
        vi, en, right_n = rng.choice(LATE_COUNT)
        who = rng.choice(LATE_WHO[src])
        if src == "vi":
            out.append((rng.choice(LATE_SAID).format(w=who, n=vi), rf"(?i:\b(?:{right_n}) minutes late\b)"))
        else:
            out.append((f"{who} {en} minutes late.", rf"\b(?:muộn|trễ)\b.*\b(?:{right_n}) phút\b"))
    return out


MISSED_RIDE = [("chuyến tàu", "train", "chuyến tàu|tàu"), ("xe buýt", "bus", "xe buýt"),
               ("chuyến bay", "flight", "chuyến bay|máy bay"), ("tàu", "train", "chuyến tàu|tàu")]
MISSED_SAID = {"vi": ["Tôi bị lỡ {w}.", "Chúng tôi đã lỡ {w} rồi.", "Anh ấy suýt lỡ {w}.", "Chúng ta sẽ lỡ {w} mất.",
                      "Họ bị lỡ {w} rồi."],
               "en": ["I missed the {w}.", "We almost missed the {w}.", "We'll miss the {w}.", "I missed my {w}.",
                      "He missed the {w}."]}


def missed_rides(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A ride missed; right: "missed"/"miss" the ride, not "was missed" …, or "lỡ" and the ride."""
    out = []
    for _ in range(n):
        vi, en, said_vi = rng.choice(MISSED_RIDE)
        if src == "vi":
            right = (rf"(?i:^(?!.*\b(?:am|is|are|was|were)\s+missed)(?!.*'m missed)"
                     rf".*\bmiss(?:ed)? (?:the|my|our) {en}\b)")
            out.append((rng.choice(MISSED_SAID["vi"]).format(w=vi), right))
        else:
            out.append((rng.choice(MISSED_SAID["en"]).format(w=en), rf"\blỡ\b.*\b(?:{said_vi})\b"))
    return out


RUN_OUT = {"vi": [("Tôi hết tiền rồi.", "money"), ("Điện thoại của tôi hết pin rồi.", "battery"),
                  ("Điện thoại tôi sắp hết pin.", "battery"), ("Xe máy của tôi hết xăng.", "(?:gas|petrol)"),
                  ("Chúng tôi hết nước rồi.", "water"), ("Tôi sắp hết tiền mặt.", "cash"),
                  ("Chúng tôi hết giấy vệ sinh rồi.", "toilet paper"), ("Anh ấy hết tiền rồi.", "money")],
           "en": [("I've run out of money.", "tiền"), ("My phone has run out of battery.", "pin"),
                  ("My phone is almost out of battery.", "pin"), ("We ran out of petrol.", "xăng"),
                  ("We've run out of water.", "nước"), ("I'm running out of cash.", "tiền mặt"),
                  ("We're out of toilet paper.", "giấy vệ sinh"), ("She has run out of money.", "tiền")]}


def run_out(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Money, battery, petrol run out; right: "out of …" ("… battery is dead") or "hết …"."""
    return [(text, rf"\bout of {said}\b|\b{said} is dead\b" if src == "vi" else rf"\bhết {said}\b")
            for text, said in (rng.choice(RUN_OUT[src]) for _ in range(n))]


WORKS_JOBS = [("giáo viên", "teacher"), ("kỹ sư", "engineer"), ("y tá", "nurse"), ("bác sĩ", "doctor"),
              ("nông dân", "farmer"), ("kế toán", "accountant"), ("đầu bếp", "chef"), ("tài xế taxi", "taxi driver"),
              ("hướng dẫn viên du lịch", "tour guide"), ("luật sư", "lawyer")]
WORKS_SAID = {"vi": ["Tôi làm {w}.", "Chị ấy làm {w}.", "Bố tôi làm {w}.", "Anh ấy làm {w} ở Hà Nội.",
                     "Mẹ tôi làm nghề {w}.", "Chồng tôi làm {w}."],
              "en": ["I work as {w}.", "She works as {w}.", "My father works as {w}.", "He works as {w} in Hanoi.",
                     "My sister works as {w}."]}


def works_as(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone's work; right: "is a …", "'m an …" or "làm …" without "như" (as)."""
    out = []
    for _ in range(n):
        vi, en = rng.choice(WORKS_JOBS)
        a = "an" if en[0] in "aeio" else "a"
        if src == "vi":
            out.append((rng.choice(WORKS_SAID["vi"]).format(w=vi), rf"(?i:\b(?:is|'s|'m|am) {a} {en}\b)"))
        else:
            out.append((rng.choice(WORKS_SAID["en"]).format(w=f"{a} {en}"), rf"^(?!.*\bnhư\b).*\blàm {vi}\b"))
    return out


MORE_ASKED = [("chai nước", "bottles? of water"), ("ly cà phê", "cups? of coffee"), ("chai bia", "bottles? of beer"),
              ("ly nước cam", "glass(?:es)? of orange juice"), ("bát cơm", "bowls? of rice"), ("cái chăn", "blankets?"),
              ("cái gối", "pillows?")]
MORE_ASKED_SAID = ["Cho tôi thêm một {w}.", "Cho tôi một {w} nữa.", "Cho mình thêm hai {w} nhé.",
                   "Làm ơn cho tôi thêm một {w}."]


def more_asked(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """More of something asked for; right: "more" or "another" and the thing."""
    return [(rng.choice(MORE_ASKED_SAID).format(w=vi), rf"(?i:\b(?:more|another)\b.*\b{en}\b)")
            for vi, en in (rng.choice(MORE_ASKED) for _ in range(n))]


MORE_ASKED_EN = [("pillow", "pillows", "gối"), ("blanket", "blankets", "chăn"), ("beer", "beers", "bia"),
                 ("bottle of water", "bottles of water", "chai nước"), ("cup of coffee", "cups of coffee", "cà phê"),
                 ("towel", "towels", "khăn")]
MORE_SAID_EN = ["Can I have another {w}?", "Two more {ws}, please.", "Could I get one more {w}?",
                "Another {w}, please.", "I'd like another {w}."]


def more_asked_en(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """More of something asked for in English; right: "thêm" and the thing, or the thing and "nữa"."""
    return [(rng.choice(MORE_SAID_EN).format(w=one, ws=many), rf"\bthêm\b.*\b{vi}\b|\b{vi}\b.*\bnữa\b")
            for one, many, vi in (rng.choice(MORE_ASKED_EN) for _ in range(n))]


NOT_YET_DONE = ["ăn sáng", "làm xong bài tập", "về nhà", "đặt vé", "gọi taxi", "đến Đà Nẵng", "nhận được email của tôi",
                "xem phim đó", "thử phở", "gặp bác sĩ", "trả tiền", "uống thuốc"]
NOT_YET_SAID = ["Bạn đã {w} chưa?", "Bạn {w} chưa?", "Anh ấy đã {w} chưa?", "Chị {w} chưa ạ?", "Họ đã {w} chưa?"]
YET_EN_DONE = ["received my email", "finished your homework", "booked the tickets", "arrived", "paid", "seen this film",
               "called a taxi", "been to Hanoi", "tried pho", "eaten"]
YET_EN_SAID = ["Have you {w}?", "Has he {w}?", "Have they {w}?", "Have you ever {w}?", "Has your friend {w}?"]


def stop41(t, rng: random.Random, n: int) -> None:
    """The checks of stop 41 (79–99), after the earlier ones so that those draw the sentences they drew before."""
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"something broken or not working, {src}->{tgt}:",
              count(t, broken(rng, n, src), src, tgt, broken_things, "translate", lambda *a: None), flush=True)
        print(f"late by some minutes, {src}->{tgt}:", count(t, late(rng, n, src), src, tgt, mishaps, "_late",
                                                              lambda *a: None), flush=True)
        print(f"a ride missed, {src}->{tgt}:", count(t, missed_rides(rng, n, src), src, tgt, mishaps, "_missed",
                                                      lambda *a: None), flush=True)
        print(f"money or battery run out, {src}->{tgt}:", count(t, run_out(rng, n, src), src, tgt, mishaps, "_run_out",
                                                                 lambda *a: None), flush=True)
        print(f"someone's work, {src}->{tgt}:", count(t, works_as(rng, n, src), src, tgt, people, "_works_as",
                                                       lambda *a: None), flush=True)
    print("more of something asked for, vi->en:", count(t, more_asked(rng, n), "vi", "en", patterns, "_more",
                                                        lambda *a: None), flush=True)
    print("more of something asked for, en->vi:", count(t, more_asked_en(rng, n), "en", "vi", patterns, "_more",
                                                        lambda *a: None), flush=True)
    # ("Did you get my email?" too: mt/messages.py writes it whole, and since stop 57 a rule's sentence is not mended)
    not_yet = [(rng.choice(NOT_YET_SAID).format(w=rng.choice(NOT_YET_DONE)),
                r"^(?:Have|Has)\b|\byet\?$|^Did (?:you|he|they) get my email\?$") for _ in range(n)]
    print("whether something has happened yet, vi->en:", count(t, not_yet, "vi", "en", tense, "not_yet",
                                                               lambda *a: {}), flush=True)
    yet_en = [(rng.choice(YET_EN_SAID).format(w=rng.choice(YET_EN_DONE)), r"\bchưa\s*\?\s*$") for _ in range(n)]
    print("whether something has happened, en->vi:", count(t, yet_en, "en", "vi", tense, "yet_vi", lambda *a: {}),
          flush=True)
    liked = templated(rng, n, LIKED, LIKED_SAID, r"(?i:\blikes? (?!to\b))")
    print("things liked, vi->en:", count(t, liked, "vi", "en", tense, "_THINGS", NEVER), flush=True)
    how_long = [(rng.choice(HOW_LONG_SAID).format(w=rng.choice(HOW_LONG_WHO)), r"^How long (?:have|has)\b")
                for _ in range(n)]
    print("how long something has gone on, asked, vi->en:", count(t, how_long, "vi", "en", tense, "how_long_so_far",
                                                                  lambda *a: {}), flush=True)
    aged = [(rng.choice(AGED_SAID).format(w=rng.choice(AGED_WHO), n=rng.choice(AGES)),
             r"(?:\bis|'m|'s) \w+ years? old\b") for _ in range(n)]
    print("someone's age, vi->en:", count(t, aged, "vi", "en", people, "_aged", lambda *a: None), flush=True)
    how_long_en = [(rng.choice(HOW_LONG_EN_SAID).format(w=who, h=have), r"\bbao lâu rồi\s*\?$")
                   for who, have in (rng.choice(HOW_LONG_EN_WHO) for _ in range(n))]
    print("how long something has gone on, asked, en->vi:", count(t, how_long_en, "en", "vi", tense, "how_long_vi",
                                                                  lambda *a: {}), flush=True)
    aged_en = [(rng.choice(AGED_EN_SAID).format(w=rng.choice(AGES_EN)), r"^(?!.*\blà\b).*\btuổi\b")
               for _ in range(n)]
    print("someone's age, en->vi:", count(t, aged_en, "en", "vi", people, "_aged", lambda *a: None), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how to get there, which bus, {src}->{tgt}:", count(t, how_to_get(rng, n, src), src, tgt, patterns,
                                                                    "_getting_there", lambda *a: None), flush=True)
    so_far_en = [(rng.choice(SO_FAR_EN_SAID).format(n=rng.choice(["two", "three", "six", "ten", "5"]),
                                                    u=rng.choice(["days", "weeks", "months", "years"])),
                  r"\bđược\b.*\b(?:ngày|tuần|tháng|năm) rồi\b") for _ in range(n)]
    print("how long something has gone on, en->vi:", count(t, so_far_en, "en", "vi", tense, "so_far_vi",
                                                            lambda *a: {}), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a place beside another, {src}->{tgt}:", count(t, beside(rng, n, src), src, tgt, patterns,
                                                               "_is_beside", lambda *a: None), flush=True)
    forgot = [(rng.choice(FORGOT_SAID).format(w=rng.choice(FORGOT_WHO), t=thing),
               rf"\b(?:forgot|forgotten|left) \w+ {en}s?\b")
              for thing, en in (rng.choice(FORGOT_THINGS) for _ in range(n))]
    print("a thing forgotten or left behind, vi->en:", count(t, forgot, "vi", "en", terms, "_LOST", NEVER), flush=True)
    day_week = [(rng.choice(DAY_WEEK_SAID).format(d=day, D="T" + day[1:], w=week), rf"(?i:\b{rel} {en}\b)")
                for (day, en), (week, rel) in ((rng.choice(DAY_WEEK_DAYS), rng.choice(DAY_WEEK_RELS))
                                               for _ in range(n))]
    print("a weekday of this or next week, vi->en:", count(t, day_week, "vi", "en", dates, "_DAYS_WEEK", NEVER),
          flush=True)
    day_week_en = [(rng.choice(DAY_WEEK_SAID_EN).format(r=rel, d=en), rf"\b{day} tuần {week}\b")
                   for (day, en), (week, rel) in ((rng.choice(DAY_WEEK_DAYS), rng.choice(DAY_WEEK_RELS))
                                                  for _ in range(n))]
    no_week = re.compile(dates._EN_DAY.pattern.replace(r"(?P<rel>(?i:this|next|last))\s+", r"(?P<rel>(?!x)x)"))
    print("a weekday of this or next week, en->vi:", count(t, day_week_en, "en", "vi", dates, "_EN_DAY", no_week),
          flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how to take a medicine, {src}->{tgt}:", count(t, doses(rng, n, src), src, tgt, patterns, "_dose",
                                                               lambda *a: None), flush=True)
    print("thanks for a reply or for help, vi->en:", count(t, thanks(rng, n, later=True), "vi", "en", phrasebook,
                                                          "_thanked", lambda *a: None), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"tickets to a place, {src}->{tgt}:", count(t, tickets(rng, n, src), src, tgt, patterns, "_tickets",
                                                          lambda *a: None), flush=True)
    worn_price = templated(rng, n, WORN_PRICED, WORN_PRICE_SAID, r"^How much (?:is this|are these) {t}\?")
    print("what a thing to wear costs, vi->en:", count(t, worn_price, "vi", "en", patterns, "_worn_price",
                                                       lambda *a: None), flush=True)
    liked_in_general = templated(rng, n, LIKED_IN_GENERAL, LIKED_IN_GENERAL_SAID, r"\b(?:like|love)s? {t}\b")
    print("things liked in general, vi->en:", count(t, liked_in_general, "vi", "en", articles, "liked",
                                                    lambda *a: {}), flush=True)


LIKED_IN_GENERAL = [("mèo", "cats"), ("chó", "dogs"), ("hoa", "flowers"), ("sách", "books"), ("bóng đá", "football"),
                    ("cà phê", "coffee"), ("âm nhạc", "music")]
LIKED_IN_GENERAL_SAID = ["Tôi thích {w}.", "Anh ấy rất thích {w}.", "Con tôi thích {w} lắm.", "Chúng tôi yêu {w}.",
                         "Em thích {w}!"]


WORN_PRICED = [("cái áo", "shirt"), ("đôi giày", "shoes"), ("cái váy", "dress"), ("cái quần", "trousers"),
               ("cái mũ", "hat"), ("cái áo khoác", "jacket"), ("đôi dép", "sandals")]
WORN_PRICE_SAID = ["{w} này bao nhiêu tiền?", "{w} này giá bao nhiêu?", "{w} này bao nhiêu vậy?", "{w} này bao nhiêu?"]


TICKETS_SAID = {"vi": ["Cho tôi {n} vé {r}đi {w}.", "{N} vé {r}đi {w}.", "Cho tôi {n} vé {r}đến {w} nhé.",
                       "Bán cho tôi {n} vé {r}đi {w}."],
                "en": ["{N} {r}tickets to {w}, please.", "Can I have {n} {r}tickets to {w}?",
                       "I'd like {n} {r}tickets to {w}."]}
TICKET_COUNTS = [("một", "one", "(?:one|a)"), ("hai", "two", "two"), ("ba", "three", "three")]
TICKET_RIDES = [("", ""), ("tàu ", "train "), ("xe buýt ", "bus ")]


def tickets(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Tickets to a place asked for; right: the count, "ticket" and "to" the place, or the count, "vé" and the
    place."""
    out = []
    for _ in range(n):
        (vi, en), (n_vi, n_en, right_n), (r_vi, r_en) = rng.choice(GETTING), rng.choice(TICKET_COUNTS), \
            rng.choice(TICKET_RIDES)
        said = rng.choice(TICKETS_SAID[src])
        if src == "vi":
            text = said.format(n=n_vi, N=n_vi.capitalize(), r=r_vi, w=vi)
            out.append((text, rf"(?i:\b{right_n} {r_en}tickets?\b.*\bto (?:the )?{en}\b)"))
        else:
            place = en if en[0].isupper() else f"the {en}"
            text = said.format(n=n_en, N=n_en.capitalize(), r=r_en, w=place)
            text = re.sub(r"\bone (train |bus )?tickets\b", r"one \1ticket", text)
            out.append((text, rf"(?i:\b{n_vi} vé\b.*\b{vi}\b)"))
    return out


DOSE_SAID = {"vi": ["Uống {n} viên, ngày {k} lần.", "Ngày uống {k} lần, mỗi lần {n} viên.",
                    "Uống {n} viên, ngày {k} lần sau bữa ăn.", "Mỗi lần uống {n} viên, ngày {k} lần."],
             "en": ["Take {n} tablets {k} a day.", "Take {n} pills {k} a day after meals.",
                    "Take {n} capsules {k} a day before meals.", "Take this medicine {k} a day."]}
DOSE_COUNTS = [("một", "one", "once", "1|một"), ("hai", "two", "twice", "2|hai"),
               ("ba", "three", "three times", "3|ba")]


def doses(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How to take a medicine; right: how often a day, as the target says it ("twice a day", "ngày hai lần")."""
    out = []
    for _ in range(n):
        (n_vi, n_en, _, _), (k_vi, _, k_en, k_said) = rng.choice(DOSE_COUNTS), rng.choice(DOSE_COUNTS)
        if src == "vi":
            text = rng.choice(DOSE_SAID["vi"]).format(n=n_vi, k=k_vi)
            out.append((text, rf"(?i:^take\b.*\b{k_en} (?:a|per) day\b)"))
        else:
            text = rng.choice(DOSE_SAID["en"]).format(n=n_en, k=k_en)
            text = re.sub(r"\bone (tablet|pill|capsule)s\b", r"one \1", text)
            out.append((text, rf"(?i:\bngày (?:{k_said}) lần\b|\b(?:{k_said}) lần (?:một|mỗi) ngày\b)"))
    return out


FORGOT_WHO = ["Tôi", "Anh ấy", "Chúng tôi", "Cô ấy"]
FORGOT_SAID = ["{w} quên {t}.", "{w} quên {t} ở nhà.", "{w} để quên {t} trên taxi.", "{w} đã quên {t} rồi."]
FORGOT_THINGS = [("mật khẩu", "password"), ("ví", "wallet"), ("hộ chiếu", "passport"), ("vé", "ticket"),
                 ("điện thoại", "phone"), ("chìa khóa", "key")]
DAY_WEEK_DAYS = [("thứ Hai", "Monday"), ("thứ Ba", "Tuesday"), ("thứ Tư", "Wednesday"), ("thứ Năm", "Thursday"),
                 ("thứ Sáu", "Friday"), ("thứ Bảy", "Saturday")]
DAY_WEEK_RELS = [("này", "this"), ("sau", "next"), ("trước", "last")]
DAY_WEEK_SAID = ["Hạn chót là {d} tuần {w}.", "Chúng tôi gặp nhau vào {d} tuần {w}.", "{D} tuần {w} tôi bận.",
                 "Cuộc họp là {d} tuần {w}."]
DAY_WEEK_SAID_EN = ["The deadline is {r} {d}.", "See you {r} {d}.", "We met {r} {d}.", "Are you free {r} {d}?"]


SO_FAR_EN_SAID = ["I've been here for {n} {u}.", "I have lived in Hanoi for {n} {u}.",
                  "She has worked here for {n} {u}.", "We've been in Vietnam for {n} {u}.",
                  "He has studied Vietnamese for {n} {u}."]
BESIDE = [("cạnh", "next to", "(?:bên )?cạnh"), ("đối diện", "opposite", "đối diện"), ("gần", "near", "gần"),
          ("phía sau", "behind", "(?:phía|đằng) sau")]
BESIDE_PLACES = [("ngân hàng", "bank"), ("bưu điện", "post office"), ("chợ", "market"), ("ga tàu", "train station"),
                 ("siêu thị", "supermarket"), ("hiệu thuốc", "pharmacy")]
BESIDE_SAID = {"vi": ["Nó ở {r} {p}.", "Khách sạn ở {r} {p}.", "Nhà hàng ở {r} {p}.", "Khách sạn của tôi ở {r} {p}."],
               "en": ["It's {r} the {p}.", "The hotel is {r} the {p}.", "The restaurant is {r} the {p}.",
                      "My hotel is {r} the {p}."]}


def beside(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Where a place is beside another; right: the word for beside and the place."""
    out = []
    for _ in range(n):
        (rel_vi, rel_en, said_vi), (vi, en) = rng.choice(BESIDE), rng.choice(BESIDE_PLACES)
        if src == "vi":
            out.append((rng.choice(BESIDE_SAID["vi"]).format(r=rel_vi, p=vi), rf"\b(?:is|'s) {rel_en} the {en}\b"))
        else:
            out.append((rng.choice(BESIDE_SAID["en"]).format(r=rel_en, p=en), rf"\bở {said_vi} {vi}\b"))
    return out


HOW_TO_GET_SAID = {"vi": ["Làm sao để đến {w}?", "Làm thế nào để đi đến {w}?", "Xe buýt số mấy đi đến {w}?",
                          "Tàu nào đi {w}?", "Làm sao để tôi đến {w}?"],
                   "en": ["How do I get to {w}?", "How can I get to {w} from here?", "Which bus goes to {w}?",
                          "Which train goes to {w}?"]}


def how_to_get(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How to get to a place, which bus goes there; right: the question asked so, and the place."""
    out = []
    for _ in range(n):
        vi, en = rng.choice(GETTING)
        said = rng.choice(HOW_TO_GET_SAID[src])
        if src == "vi":
            right = rf"(?i:^(?:how (?:do|can) (?:i|you|we) get|which (?:bus|train) goes) to (?:the )?{en}\b)"
            out.append((said.format(w=vi), right))
        else:
            place = en if en[0].isupper() else f"the {en}"
            out.append((said.format(w=place), rf"(?i:(?:làm sao|làm thế nào|số mấy|nào)\b.*\b{vi}\b)"))
    return out


HOW_LONG_WHO = ["Bạn", "Anh ấy", "Chị", "Mẹ bạn", "Họ"]
HOW_LONG_SAID = ["{w} học tiếng Việt bao lâu rồi?", "{w} sống ở Hà Nội bao lâu rồi?", "{w} làm ở đây bao lâu rồi?",
                 "{w} ở Việt Nam bao lâu rồi?", "{w} đợi bao lâu rồi?", "{w} đã ở đây bao lâu rồi?"]
AGED_WHO = ["Con gái tôi", "Con trai tôi", "Mẹ tôi", "Bố tôi", "Anh ấy", "Em gái tôi", "Ông tôi", "Tôi"]
AGED_SAID = ["{w} {n} tuổi.", "{w} năm nay {n} tuổi.", "{w} {n} tuổi rồi.", "{w} được {n} tuổi rồi."]
AGES = ["năm", "3", "mười", "25", "60", "hai", "80", "tám"]
HOW_LONG_EN_WHO = [("you", "have"), ("he", "has"), ("your sister", "has"), ("they", "have")]
HOW_LONG_EN_SAID = ["How long {h} {w} been learning Vietnamese?", "How long {h} {w} lived in Hanoi?",
                    "How long {h} {w} been in Vietnam?", "How long {h} {w} worked here?",
                    "How long {h} {w} been waiting?"]
AGED_EN_SAID = ["My daughter is {w} years old.", "I'm {w} years old.", "He is {w} years old.",
                "My grandfather is {w} years old.", "My son is {w} years old."]
AGES_EN = ["five", "3", "ten", "25", "60", "two", "80", "eight"]


LIKED = [(w, "") for w in ("rau", "mèo", "chó", "hoa", "sách", "phim hành động", "bánh mì", "rau xanh", "cà phê")]
LIKED_SAID = ["Tôi thích {w}.", "Tôi không thích {w}.", "Bạn có thích {w} không?", "Em thích {w} lắm.",
              "Con tôi thích {w}."]


def stop42(t, rng: random.Random, n: int) -> None:
    """The checks of stop 42 (100–108), after the earlier ones so that those draw the sentences they drew before."""
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"whether a shop sells something, {src}->{tgt}:",
              count(t, sold(rng, n, src), src, tgt, patterns, "_sells", lambda *a: None), flush=True)
    print("how long someone stays somewhere, vi->en:", count(t, stays(rng, n), "vi", "en", people, "_stays",
                                                              lambda *a: None), flush=True)
    print("whether someone has ever done something, vi->en:", count(t, ever_done(rng, n), "vi", "en", ever, "ever",
                                                                     lambda *a: {}), flush=True)
    never_en = [(rng.choice(NEVER_EN_SAID).format(w=who, p=en), rf"(?i:\b{vi_who} chưa (?:bao giờ|từng) đến {vi}\b)")
                for (who, vi_who), (en, vi) in ((rng.choice(NEVER_EN_WHO), rng.choice(ENGLISH_PLACES))
                                                for _ in range(n))]
    print("where someone has never been, en->vi:", count(t, never_en, "en", "vi", terms, "_EN_NEVER", NEVER),
          flush=True)
    two_liked = [(rng.choice(LIKED_IN_GENERAL_SAID).format(w=f"{a} và {b}"), rf"\b(?:like|love)s? {a_en} and {b_en}\b")
                 for (a, a_en), (b, b_en) in (rng.sample(LIKED_IN_GENERAL, 2) for _ in range(n))]
    print("two things liked in general, vi->en:", count(t, two_liked, "vi", "en", articles, "liked", lambda *a: {}),
          flush=True)
    asked_for = [(rng.choice(ASKED_FOR_SAID).format(n=rng.choice(["a", "some"] if counted else ["some"]), w=en),
                  rf"^Cho (?:tôi|chúng tôi)\b.*\b{vi}\b")
                 for en, vi, counted in (rng.choice(ASKED_FOR) for _ in range(n))]
    print("something asked for, en->vi:", count(t, asked_for, "en", "vi", patterns, "_ASKED_FOR_EN", NEVER), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a sea, lake or mountain with a foreign name, {src}->{tgt}:",
              count(t, landform_names(rng, n, src), src, tgt, landforms, "matches", lambda *a: []), flush=True)
        print(f"a rank before a foreign name, {src}->{tgt}:",
              count(t, ranked(rng, n, src), src, tgt, names, "_RANKED", {"vi": NEVER, "en": NEVER}), flush=True)
    national = [(f"{rng.choice(NATIONAL_WHO)} là người {vi}.", rf"(?:\bis|\bare|'m|'re|'s|\bam) {en}\.$")
                for vi, en in (rng.choice(NATIONAL) for _ in range(n))]
    print("someone's country, vi->en:", count(t, national, "vi", "en", nations, "_VI_BE", NEVER), flush=True)


SOLD_THINGS = [("kem chống nắng", "sunscreen"), ("ô", "umbrellas"), ("pin", "batteries"), ("bản đồ", "maps"),
               ("áo mưa", "raincoats"), ("thẻ sim", "SIM cards"), ("nước", "water"), ("bia", "beer"),
               ("khẩu trang", "face masks"), ("tem", "stamps")]
SOLD_BY = {"vi": [("Bạn", r"Do you"), ("Chị", r"Do you"), ("Ở đây", r"Do you"), ("Cửa hàng này", r"Does this shop"),
                  ("Siêu thị", r"Does the supermarket")],
           "en": [("Do you", "(?:Bạn|Ở đây|Anh|Chị)"), ("Does this shop", "Cửa hàng này"),
                  ("Does the supermarket", "Siêu thị")]}


def sold(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whether a shop or "you" sell something; right: asked with "sell" (or "bán") and the thing."""
    out = []
    for _ in range(n):
        (vi, en), (who, right_who) = rng.choice(SOLD_THINGS), rng.choice(SOLD_BY[src])
        if src == "vi":
            text = f"{who} có bán {vi}{rng.choice(['', ' ở đây'])} không{rng.choice(['', ' ạ', ' vậy'])}?"
            out.append((text, rf"^{right_who} sell {en}\b"))
        else:
            out.append((f"{who} sell {en}{rng.choice(['', ' here'])}?", rf"^{right_who}\b.* bán {vi}\b.*không\?$"))
    return out


STAY_WHO = [("Tôi", "I"), ("Chúng tôi", "We"), ("Anh ấy", "He"), ("Cô ấy", "She"), ("Gia đình tôi", "My family"),
            ("Họ", "They")]
STAY_PLACES = [("Hà Nội", "Hanoi"), ("Huế", "Hue"), ("Đà Lạt", "Da Lat"), ("Hội An", "Hoi An"), ("đây", "here"),
               ("Việt Nam", "Vietnam"), ("Sa Pa", "Sa Pa"), ("khách sạn này", "this hotel")]
STAY_SPANS = [("một", "(?:a|one)"), ("hai", "two"), ("3", "(?:3|three)"), ("năm", "five"), ("vài", "a few")]
STAY_UNITS = [("ngày", "day"), ("đêm", "night"), ("tuần", "week"), ("tháng", "month")]


def stays(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """How long someone stays somewhere, or will; right: the place and "for" the span; asked: "How many …"."""
    out = []
    for _ in range(n):
        (who, _), (vi, en), (k, k_en), (unit, unit_en) = rng.choice(STAY_WHO), rng.choice(STAY_PLACES), \
            rng.choice(STAY_SPANS), rng.choice(STAY_UNITS)
        where = "here" if en == "here" else f"in {en}"
        if rng.random() < 0.25:
            said = rng.choice(["Bạn sẽ ở {p} mấy {u}?", "Bạn ở {p} bao nhiêu {u}?", "Anh ấy định ở {p} mấy {u}?"])
            out.append((said.format(p=vi, u=unit), rf"^How many {unit_en}s\b.*\b{where}\?$"))
            continue
        plan = rng.choice(["", "sẽ ", "đã ", "định "])
        out.append((f"{who} {plan}ở {vi} {k} {unit}{rng.choice(['.', '.', ' rồi.'])}",
                    rf"\b{where} for {k_en} {unit_en}s?\b"))
    return out


EVER_DONE = [("ăn", "eaten", [("phở", "pho"), ("bún chả", "bun cha"), ("bánh xèo", "banh xeo")]),
             ("đến", "been to", [("Hà Nội", "Hanoi"), ("Huế", "Hue"), ("Việt Nam", "Vietnam")]),
             ("uống", "drunk", [("cà phê trứng", "egg coffee"), ("bia hơi", "bia hoi")]),
             ("xem", "seen", [("múa rối nước", "water puppetry")]), ("thử", "tried", [("cao lầu", "cao lau")])]
EVER_SAID = ["{w} đã bao giờ {v} {x} chưa?", "{w} đã từng {v} {x} chưa?", "{w} từng {v} {x} chưa?",
             "{w} có bao giờ {v} {x} chưa?"]
EVER_WHO = [("Bạn", "Have you"), ("Anh", "Have you"), ("Chị", "Have you"), ("Anh ấy", "Has he"),
            ("Cô ấy", "Has she")]
NEVER_WHO = [("Tôi", "I(?:'ve| have)"), ("Chúng tôi", "We(?:'ve| have)"), ("Anh ấy", "He(?:'s| has)"),
             ("Mẹ tôi", None)]


def ever_done(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Whether someone has ever done something, asked, or that they never have; right: "Have you ever" (or "… never")
    and the participle."""
    out = []
    for _ in range(n):
        verb, done, things = rng.choice(EVER_DONE)
        x, x_en = rng.choice(things)
        if rng.random() < 0.6:
            who, asked = rng.choice(EVER_WHO)
            out.append((rng.choice(EVER_SAID).format(w=who, v=verb, x=x), rf"^{asked} ever {done} {x_en}\?$"))
        else:
            who, said = rng.choice(NEVER_WHO)
            right = rf"^{said} never {done} {x_en}\.$" if said else rf"\bnever {done} {x_en}\b"
            out.append((f"{who} chưa {rng.choice(['bao giờ', 'từng'])} {verb} {x}.", right))
    return out


ASKED_FOR = [("water", "nước", False), ("coffee", "cà phê", True), ("beer", "bia", True), ("ice", "đá", False),
             ("tea", "trà", True), ("rice", "cơm", False), ("milk", "sữa", False)]
ASKED_FOR_SAID = ["Can I have {n} {w}, please?", "Could I get {n} {w}?", "I'd like {n} {w}, please.",
                  "Could we have {n} {w}?", "May I have {n} {w}?"]
NATIONAL = [("Mỹ", "American"), ("Nhật", "Japanese"), ("Úc", "Australian"), ("Ba Lan", "Polish"), ("Pháp", "French"),
            ("Đức", "German"), ("Hàn Quốc", "Korean"), ("Việt Nam", "Vietnamese"), ("Thụy Sĩ", "Swiss")]
NATIONAL_WHO = ["Tôi", "Anh ấy", "Cô ấy", "Họ", "Chồng tôi", "Bạn tôi", "Chúng tôi"]
LANDFORMS = [("Biển", "Baltic", "the Baltic Sea", "biển Baltic"), ("Biển", "Aegean", "the Aegean Sea", "biển Aegean"),
             ("hồ", "Como", "Lake Como", "hồ Como"), ("hồ", "Onega", "Lake Onega", "hồ Onega"),
             ("sông", "Mara", "the Mara River", "sông Mara"), ("núi", "Kilimanjaro", "Mount Kilimanjaro",
                                                                "núi Kilimanjaro"),
             ("đảo", "Bowen", "Bowen Island", "đảo Bowen"), ("sa mạc", "Gobi", "the Gobi Desert", "sa mạc Gobi"),
             ("vịnh", "Guanabara", "Guanabara Bay", "vịnh Guanabara"), ("thác", "Niagara", "Niagara Falls",
                                                                       "thác Niagara")]
LANDFORM_SAID = {"vi": ["Chúng tôi đã đến {p} năm ngoái.", "{P} rất đẹp.", "Tôi muốn xem {p}.", "Họ sống gần {p}."],
                 "en": ["We went to {p} last year.", "{P} is beautiful.", "I want to see {p}.", "They live near {p}."]}
RANKED = [("Vua", "King", "Edward"), ("Hoàng tử", "Prince", "William"), ("Công chúa", "Princess", "Anne"),
          ("Tướng", "General", "Patton"), ("Thị trưởng", "Mayor", "Johnson"), ("Thống đốc", "Governor", "Newsom"),
          ("Thủ tướng", "Prime Minister", "Johnson"), ("Thánh", "Saint", "Peter")]
RANKED_SAID = {"vi": ["{r} {n} đã đến thăm thành phố.", "Tôi đã gặp {r} {n}.", "{r} {n} phát biểu hôm qua."],
               "en": ["{r} {n} visited the city.", "I met {r} {n}.", "{r} {n} spoke yesterday."]}


def landform_names(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A sea, lake, river, mountain … with a foreign name; right: the place as the target writes it."""
    out = []
    for _ in range(n):
        kind, name, en, vi = rng.choice(LANDFORMS)
        said = rng.choice(LANDFORM_SAID[src])
        place = f"{kind} {name}" if src == "vi" else en
        text = said.format(p=place, P=place[0].upper() + place[1:])
        out.append((text, rf"(?i:\b{en if src == 'vi' else vi}\b)"))
    return out


def ranked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A rank before a foreign name; right: the rank as the target says it, before the name."""
    out = []
    for _ in range(n):
        (vi, en, name), said = rng.choice(RANKED), rng.choice(RANKED_SAID[src])
        rank, right = (vi, en) if src == "vi" else (en, vi)
        out.append((said.format(r=rank, n=name), rf"(?i:(?<!the ){right} {name}\b)"))
    return out


NEVER_EN_WHO = [("I've", "tôi"), ("I have", "tôi"), ("We've", "chúng tôi"), ("He has", "anh ấy"),
                ("She's", "cô ấy"), ("They have", "họ")]
NEVER_EN_SAID = ["{w} never been to {p}.", "{w} never been to {p} before.", "{w} never been to {p}, but I want to go."]



def stop43(t, rng: random.Random, n: int) -> None:
    """The checks of stop 43 (109–113), after the earlier ones so that those draw the sentences they drew before."""
    print("what someone once did, vi->en:", count(t, once_done(rng, n), "vi", "en", ever, "_ONCE", NEVER), flush=True)
    used = [(f"{who} used to {verb}{rest}.", rf"\btừng {vi}\b") for who, (verb, vi, rest) in
            ((rng.choice(USED_TO_WHO), rng.choice(USED_TO)) for _ in range(n))]
    print("what someone used to do, en->vi:", count(t, used, "en", "vi", terms, "_EN_USED_TO", NEVER), flush=True)
    for src, tgt, rule in (("vi", "en", "_VI_PEOPLE"), ("en", "vi", "_EN_PEOPLE")):
        print(f"a country's people, {src}->{tgt}:", count(t, peoples(rng, n, src), src, tgt, nations, rule, NEVER),
              flush=True)
    country_en = [(f"{rng.choice(COUNTRY_EN_WHO)} {en}.", rf"\blà người {vi}\.$")
                  for vi, en in (rng.choice(NATIONAL) for _ in range(n))]
    print("someone's country, en->vi:", count(t, country_en, "en", "vi", nations, "_EN_BE", NEVER), flush=True)
    storms = [(rng.choice(STORM_SAID).format(k=kind, s=name), rf"(?i:\bbão) (?:nhiệt đới )?{name}\b")
              for kind, name in ((rng.choice(STORM_KINDS), rng.choice(STORM_NAMES)) for _ in range(n))]
    print("a storm by its name, en->vi:", count(t, storms, "en", "vi", weather, "_EN_STORM", NEVER), flush=True)
    for src, tgt, rule in (("vi", "en", "when"), ("en", "vi", "when_vi")):
        print(f"when someone did or will do something, {src}->{tgt}:",
              count(t, asked_when(rng, n, src), src, tgt, when, rule, lambda *a: {}), flush=True)
    once_worked = [(said.format(w=vi).replace(" làm", rng.choice([" từng làm", " đã từng làm"])),
                    rf"(?i:\bused to be an? {en}\b)")
                   for said, (vi, en) in ((rng.choice(WORKS_SAID["vi"]), rng.choice(WORKS_JOBS)) for _ in range(n))]
    print("someone's work once, vi->en:", count(t, once_worked, "vi", "en", people, "_works_as", lambda *a: None),
          flush=True)
    print("how someone feels, vi->en:", count(t, feeling(rng, n), "vi", "en", feelings, "_FEELS", NEVER), flush=True)


ONCE_WHO = [("Tôi", "I"), ("Chúng tôi", "We"), ("Anh ấy", "He"), ("Cô ấy", "She"), ("Họ", "They")]
ONCE_DONE = [("đến", "been to", [("Huế", "Hue"), ("Đà Nẵng", "Da Nang"), ("Sa Pa", "Sa Pa")]),
             ("ăn", "eaten", [("bún chả", "bun cha"), ("phở", "pho")]),
             ("uống", "drunk", [("cà phê trứng", "egg coffee")]),
             ("thăm", "visited", [("Hội An", "Hoi An"), ("Hạ Long", "Ha Long")]),
             ("sống ở", "used to live in", [("Sài Gòn", "Saigon"), ("Đà Lạt", "Da Lat"), ("Nhật", "Japan")]),
             ("làm việc ở", "used to work in", [("Hà Nội", "Hanoi"), ("Singapore", "Singapore")])]


def once_done(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """What someone once did, said with "từng"; right: "have" and the participle, or "used to" and the verb."""
    out = []
    for _ in range(n):
        (who, who_en), (verb, done, things) = rng.choice(ONCE_WHO), rng.choice(ONCE_DONE)
        x, x_en = rng.choice(things)
        have = "has" if who_en in ("He", "She") else "have"
        right = rf"^{who_en} {done} {x_en}\b" if done.startswith("used") else \
            rf"^{who_en}(?: {have}|'s|'ve) {done} {x_en}\b"
        out.append((f"{who} {rng.choice(['đã từng', 'từng'])} {verb} {x}{rng.choice(['', ' rồi'])}.", right))
    return out


USED_TO_WHO = ["I", "She", "My father", "We", "They", "He"]
USED_TO = [("play", "chơi", " football"), ("teach", "dạy", " English"), ("smoke", "hút thuốc", ""),
           ("cook", "nấu", " pho on Sundays"), ("swim", "bơi", " in the river"), ("ride", "đi", " a bicycle to school"),
           ("drink", "uống", " a lot of coffee"), ("be", "là", " a teacher"), ("have", "có", " a dog"),
           ("sing", "hát", " in a choir")]
PEOPLES = [("Na Uy", "Norwegians"), ("Úc", "Australians"), ("Hàn Quốc", "Koreans"), ("Đức", "Germans"),
           ("Ý", "Italians"), ("Canada", "Canadians"), ("Nga", "Russians"), ("Pháp", "French people"),
           ("Nhật", "Japanese people")]
PEOPLES_SAID = [("rất thân thiện.", "are very friendly."), ("thích cà phê.", "like coffee."),
                ("uống nhiều trà.", "drink a lot of tea."), ("thường ăn tối muộn.", "usually eat dinner late."),
                ("rất lịch sự.", "are very polite.")]


def peoples(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A country's people opening a sentence; right: the people and a verb said of many, or "(Những) người" and the
    country."""
    out = []
    for _ in range(n):
        (vi, en), (said_vi, said_en) = rng.choice(PEOPLES), rng.choice(PEOPLES_SAID)
        if src == "vi":
            out.append((f"Người {vi} {said_vi}", rf"^{en} (?!is\b|was\b|[a-z]+s\b)"))
        elif en.endswith("s"):
            out.append((f"{en} {said_en}", rf"^(?:Những )?[Nn]gười {vi}\b"))
        else:
            out.append((f"The {en.split()[0]} {said_en}", rf"^(?:Những )?[Nn]gười {vi}\b"))
    return out


COUNTRY_EN_WHO = ["He is", "She's", "My wife is", "I'm", "They are", "My friend is", "We are"]
STORM_KINDS = ["Typhoon", "Hurricane", "Tropical Storm", "Storm"]
STORM_NAMES = ["Yagi", "Noru", "Damrey", "Haiyan", "Ketsana", "Irma", "Maria"]
STORM_SAID = ["{k} {s} hit northern Vietnam.", "{k} {s} is moving west.", "Many houses were damaged by {k} {s}.",
              "Schools closed because of {k} {s}."]

WHEN_WHO = [("bạn", "you"), ("anh", "you"), ("chị", "you"), ("anh ấy", "he"), ("cô ấy", "she"), ("họ", "they")]
WHEN_DONE = [("đến", "come to", [("Việt Nam", "Vietnam"), ("Hà Nội", "Hanoi"), ("Đà Lạt", "Da Lat")]),
             ("đi", "go to", [("Huế", "Hue"), ("Sa Pa", "Sa Pa"), ("Nhật", "Japan")]),
             ("mua", "buy", [("cái này", "this"), ("chiếc xe đó", "that car")]),
             ("cưới nhau", "get married", [("", "")]), ("về nước", "go home", [("", "")])]
WHEN_WORDS = ["bao giờ", "khi nào"]
FEEL_WHO = [("Tôi", "I'm"), ("Anh ấy", "He's"), ("Cô ấy", "She's"), ("Chúng tôi", "We're"), ("Họ", "They're")]
FEEL_WORDS = [("mệt", "tired"), ("đói", "hungry"), ("khát", "thirsty"), ("bận", "busy"), ("buồn", "sad"),
              ("buồn ngủ", "sleepy"), ("vui", "happy"), ("chán", "bored")]
FEEL_DEGREES = [("{w} quá", "so"), ("{w} lắm", "really"), ("hơi {w}", "a bit"), ("rất {w}", "very")]
FEEL_OPENINGS = ["", "Hôm nay ", "Tối nay ", "Sáng nay "]


def feeling(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """How someone feels now; right: who, "is", the degree and the word."""
    out = []
    for _ in range(n):
        (who, who_en), (w, en), (degree, degree_en) = rng.choice(FEEL_WHO), rng.choice(FEEL_WORDS), \
            rng.choice(FEEL_DEGREES)
        opening = rng.choice(FEEL_OPENINGS)
        said = f"{opening}{who.lower() if opening else who} {degree.format(w=w)}."
        out.append((said, rf"(?i:\b{re.escape(who_en)} {degree_en} {en}\b)"))
    return out


def asked_when(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """When someone did or will do something; right (vi→en): "When did" or "When will" and who, and the verb;
    (en→vi): "khi nào" or "bao giờ" in the question."""
    out = []
    for _ in range(n):
        (who, who_en), (verb, done, things) = rng.choice(WHEN_WHO), rng.choice(WHEN_DONE)
        x, x_en = rng.choice(things)
        ahead = rng.random() < 0.4
        asked, english = f"{who} {verb} {x}".strip(), f"{who_en} {done} {x_en}".strip()
        if src == "vi":
            said = f"Bao giờ {asked}?" if ahead else f"{asked[0].upper()}{asked[1:]} {rng.choice(WHEN_WORDS)}?"
            # ("When are you getting married?" too: mt/weddings.py's, not mended since stop 57)
            married = f"|^When (?:is|are) {who_en} getting married\\?$" if ahead and done == "get married" else ""
            out.append((said, rf"^When {'will' if ahead else 'did'} {english}\?${married}"))
        else:
            out.append((f"When {'will' if ahead else 'did'} {english}?", r"(?i:\b(?:khi nào|bao giờ|lúc nào)\b)"))
    return out


def stop44(t, rng: random.Random, n: int) -> None:
    """The checks of stop 44 (118–126), after the earlier ones so that those draw the sentences they drew before."""
    off = lambda *a: None  # noqa: E731  (a whole-sentence rule switched off)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how long a journey takes, {src}->{tgt}:", count(t, journeys_said(rng, n, src), src, tgt, journeys,
                                                                 "translate", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a family's size, brothers and sisters, children, {src}->{tgt}:",
              count(t, family_said(rng, n, src), src, tgt, family, "translate", off), flush=True)
    for src, tgt, rule in (("vi", "en", "_measured"), ("en", "vi", "_measured_vi")):
        print(f"someone's height and weight, {src}->{tgt}:", count(t, measured(rng, n, src), src, tgt, people, rule,
                                                                    off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"where someone is at school, {src}->{tgt}:", count(t, at_school(rng, n, src), src, tgt, people,
                                                                   "_at_school", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"an age reached, {src}->{tgt}:", count(t, turning(rng, n, src), src, tgt, people, "_turning", off),
              flush=True)
    retired = [(f"{who} {rng.choice(['đã ', ''])}nghỉ hưu{rng.choice(['', ' rồi'])}.",
                rf"^{en}(?: is| are|'s|'m) retired\b")
               for who, en in (rng.choice(RETIRED_WHO) for _ in range(n))]
    print("someone retired, vi->en:", count(t, retired, "vi", "en", people, "_retired", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a place on a side, {src}->{tgt}:", count(t, on_a_side(rng, n, src), src, tgt, patterns, "_on_a_side",
                                                         off), flush=True)
    free_when = [(rng.choice(["Khi nào {w} {f}?", "Bao giờ {w} {f}?", "{W} {f} khi nào?"]).format(
        w=who, W=who.capitalize(), f=vi), rf"^When (?:are|is) {en_who} {en}\?$")
        for (who, en_who), (vi, en) in ((rng.choice(FREE_WHO), rng.choice(FREE_WORDS)) for _ in range(n))]
    print("when someone is free, busy …, vi->en:", count(t, free_when, "vi", "en", feelings, "_ASKED_WHEN", NEVER),
          flush=True)
    ways = [(rng.choice(WAY_SAID).format(p=vi), rf"(?i:\b(?:to|at|in) the {en}\b)")
            for vi, en in (rng.choice(WAY_PLACES) for _ in range(n))]
    print("'the' before a place on a way, vi->en:", count(t, ways, "vi", "en", articles, "the_way", lambda *a: {}),
          flush=True)
    at_work = [(rng.choice(AT_WORK_SAID).format(w=who), rf"^{en} works? (?:at|in)\b|^Where do you work\?$")
               for who, en in (rng.choice(AT_WORK_WHO) for _ in range(n))]
    print("where someone works, vi->en:", count_off(t, at_work, "vi", "en", [(people, "hints", lambda *a: []),
                                                                             (people, "_works_at_place", off)]),
          flush=True)
    hours = [(" ".join(rng.choice(HOUR_SAID).format(h=vi, p=part).split()).replace(" .", "."),
              rf"\bat {h} {en_part}" if part else rf"\bat {h}(?::00\b| o'clock)")
             for (vi, h), (part, en_part) in ((rng.choice(HOUR_WORDS), rng.choice(HOUR_PARTS)) for _ in range(n))]
    print("an hour said in words, vi->en:", count(t, hours, "vi", "en", dates, "_VI_TIME", NEVER), flush=True)
    late = [rng.choice([(f"{vi} đến muộn.", rf"^The {en} is late\.$"), (f"{vi} bị hoãn {span}.",
                                                                          rf"^The {en} is delayed by {span_en}\.$")])
            for (vi, en), (span, span_en) in ((rng.choice(LATE_RIDES), rng.choice(LATE_SPANS)) for _ in range(n))]
    print("a ride late or delayed, vi->en:", count_off(t, late, "vi", "en", [(mishaps, "_late", off),
                                                                             (mishaps, "_delayed", off)]), flush=True)
    delayed = [(f"The {en} {rng.choice(['has been', 'is', 'was'])} delayed by {span_en}.",
                rf"^{vi} bị hoãn {span}\.$") for (vi, en), (span, span_en) in
               ((rng.choice(LATE_RIDES[:3]), rng.choice(LATE_SPANS)) for _ in range(n))]
    print("a ride delayed, en->vi:", count(t, delayed, "en", "vi", mishaps, "_delayed", off), flush=True)
    friends = [(rng.choice(FRIEND_SAID).format(f=f"bạn {whose}", F=f"Bạn {whose}"), rf"(?i:\b{en} friends?\b)")
               for whose, en in (rng.choice(FRIEND_WHOSE) for _ in range(n))]
    print("someone's friend, vi->en:", count(t, friends, "vi", "en", people, "hints", lambda *a: []), flush=True)


JOURNEY_SPANS = [("mười phút", "ten minutes", "mười phút"), ("15 phút", "15 minutes", "15 phút"),
                 ("hai tiếng", "two hours", "hai tiếng"), ("nửa tiếng", "half an hour", "nửa tiếng"),
                 ("một tiếng rưỡi", "an hour and a half", "một tiếng rưỡi"), ("3 ngày", "3 days", "3 ngày")]
JOURNEY_MEANS = [("đi bộ", "on foot"), ("đi xe buýt", "by bus"), ("đi taxi", "by taxi"), ("đi tàu", "by train"),
                 ("đi xe máy", "by motorbike")]


def journeys_said(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How long a journey takes; right: "It takes", the time and the means (vi→en), or "mất", the time and the means
    (en→vi)."""
    out = []
    for _ in range(n):
        (vi, en, vi_said), (means, means_en) = rng.choice(JOURNEY_SPANS), rng.choice(JOURNEY_MEANS)
        about, about_en = rng.choice([("khoảng ", "about "), ("", "")])
        if src == "vi":
            said = rng.choice([f"Mất {about}{vi} {means}.", f"{means.capitalize()} mất {about}{vi}."])
            out.append((said, rf"^It takes {about_en}{en} {means_en}\.$"))
        else:
            out.append((f"It takes {about_en}{en} {means_en}.", rf"(?i:\b{means}\b.*\bmất {about}{vi_said}\b)"))
    return out


FAMILY_WHOSE = [("tôi", "my"), ("bạn", "your"), ("anh ấy", "his")]
FAMILY_N = [("ba", "three"), ("bốn", "four"), ("năm", "five"), ("6", "6")]
FAMILY_HAS = [("Tôi", "I", "have"), ("Anh ấy", "He", "has"), ("Chúng tôi", "We", "have"), ("Cô ấy", "She", "has")]
FAMILY_KIN = [("anh chị em", "brothers and sisters"), ("con", "children")]


def family_said(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A family's size, or someone's brothers and sisters or children, said or asked; right: the English or
    Vietnamese of that shape with the count."""
    out = []
    for _ in range(n):
        (whose, whose_en), (k, k_en), (who, who_en, has), (kin_vi, kin_en) = rng.choice(FAMILY_WHOSE), \
            rng.choice(FAMILY_N), rng.choice(FAMILY_HAS), rng.choice(FAMILY_KIN)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{rng.choice(['Nhà', 'Gia đình'])} {whose} có {k} người.",
                         rf"^There are {k_en} people in {whose_en} family\.$"),
                        (f"{rng.choice(['Nhà', 'Gia đình'])} {whose} có mấy người?",
                         rf"^How many people are there in {whose_en} family\?$"),
                        (f"{who} có {k} {kin_vi}.", rf"^{who_en} {has} {k_en} {kin_en}\.$"),
                        (f"{rng.choice(['Bạn', 'Anh', 'Chị'])} có mấy {kin_vi}?",
                         rf"^How many {kin_en} do you have\?$")][shape])
        else:
            out.append([(f"There are {k_en} people in {whose_en} family.", rf"^Gia đình {whose} có {k} người\.$"),
                        (f"How many people are there in {whose_en} family?".replace(" my ", " your "),
                         rf"^Gia đình {'bạn' if whose == 'tôi' else whose} có mấy người\?$"),
                        (f"{who_en} {has} {k_en} {rng.choice([kin_en, 'siblings' if kin_vi != 'con' else 'kids'])}.",
                         rf"^{who} có {k} {kin_vi}\.$"),
                        (f"How many {kin_en} do you have?", rf"^Bạn có mấy {kin_vi}\?$")][shape])
    return out


BODY_WHO = [("Tôi", "I'm", "I", "weigh"), ("Anh ấy", "He's", "He", "weighs"), ("Con trai tôi", "My son is", "My son",
                                                                                  "weighs"),
            ("Cô ấy", "She's", "She", "weighs")]
HEIGHTS = [("1m70", "1.70 m", "1.7 metres", "1,7 m"), ("1m65", "1.65 m", "1.65 m", "1,65 m"),
           ("1 mét 80", "1.80 m", "1.8 m", "1,8 m"), ("một mét bảy", "1.70 m", "170 cm", "170 cm")]


def measured(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone's height or weight, said or asked; right: "is … tall", "weighs …", "How tall …" (vi→en), or "cao",
    "nặng" and the measure, "cao bao nhiêu" (en→vi)."""
    out = []
    for _ in range(n):
        (who, who_is, who_en, weigh), (h_vi, h_en, h_said, h_vi_said) = rng.choice(BODY_WHO), rng.choice(HEIGHTS)
        kg = rng.choice([48, 55, 62, 70])
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{who} cao {h_vi}.", rf"^{re.escape(who_is)} {re.escape(h_en)} tall\.$"),
                        (f"{who} nặng {kg} {rng.choice(['ký', 'cân', 'kg'])}.", rf"^{who_en} {weigh} {kg} kg\.$"),
                        ("Bạn cao bao nhiêu?", r"^How tall are you\?$")][shape])
        else:
            out.append([(f"{who_is} {h_said} tall.", rf"^{who} cao {re.escape(h_vi_said)}\.$"),
                        (f"{who_en} {weigh} {kg} kg.", rf"^{who} nặng {kg} kg\.$"),
                        ("How tall are you?", r"^Bạn cao bao nhiêu\?$")][shape])
    return out


SCHOOL_WHO = [("Em trai tôi", "My younger brother", "My brother", "Anh trai tôi"),
              ("Con gái tôi", "My daughter", "My daughter", "Con gái tôi"),
              ("Tôi", "I'm", "I'm", "Tôi"), ("Con trai tôi", "My son", "My son", "Con trai tôi")]
SCHOOLS = [("đại học", "at university"), ("cấp ba", "in high school"), ("cấp hai", "in middle school"),
           ("mẫu giáo", "in kindergarten"), ("tiểu học", "in primary school")]
STUDENT_YEARS = [("nhất", "first"), ("hai", "second"), ("ba", "third"), ("cuối", "final")]


def at_school(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Where someone is at school, or which year of university; right: "is in high school", "a second-year student"
    (vi→en), or "đang học cấp ba", "sinh viên năm hai" (en→vi)."""
    out = []
    for _ in range(n):
        (who, who_en, who_said, who_back), (vi, en) = rng.choice(SCHOOL_WHO), rng.choice(SCHOOLS)
        year, year_en = rng.choice(STUDENT_YEARS)
        is_ = "" if who_en == "I'm" else " is"
        if src == "vi":
            out.append(rng.choice([(f"{who} {rng.choice(['đang học', 'học'])} {vi}.",
                                    rf"^{re.escape(who_en)}{is_} {en}\.$"),
                                   ("Tôi là sinh viên năm " + year + ".", rf"^I'm a {year_en}-year student\.$")]))
        else:
            out.append(rng.choice([(f"{who_said}{is_} {en}.", rf"^{who_back} đang học {vi}\.$"),
                                   (f"I'm a {year_en}-year student.", rf"^Tôi là sinh viên năm {year}\.$")]))
    return out


TURNING_WHO = [("Con trai tôi", "My son", "turns"), ("Con gái tôi", "My daughter", "turns"), ("Tôi", "I", "turn"),
               ("Bố tôi", "My father", "turns")]
TURNING_WHEN = [("năm nay", "this year", "Năm nay"), ("tháng sau", "next month", "Tháng sau"),
                ("năm sau", "next year", "Năm sau")]
TURNING_N = [("sáu", "six"), ("ba", "three"), ("30", "30"), ("60", "60")]


def turning(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """An age reached; right: "turns six this year" (vi→en), or "lên sáu tuổi" after the time (en→vi)."""
    out = []
    for _ in range(n):
        (who, who_en, turns), (when_vi, when_en, when_open), (k, k_en) = rng.choice(TURNING_WHO), \
            rng.choice(TURNING_WHEN), rng.choice(TURNING_N)
        if src == "vi":
            out.append((f"{who} {when_vi} {rng.choice(['lên', 'tròn'])} {k}{rng.choice(['', ' tuổi'])}.",
                        rf"^{who_en} {turns} {k_en} {when_en}\.$"))
        else:
            vi_who = who if who == "Tôi" else who[0].lower() + who[1:]
            out.append((f"{who_en} {turns} {k_en} {when_en}.", rf"^{when_open} {vi_who.lower()} lên {k} tuổi\.$"))
    return out


RETIRED_WHO = [("Bố tôi", "My father"), ("Mẹ tôi", "My mother"), ("Bố mẹ tôi", "My parents"), ("Ông ấy", "He"),
               ("Tôi", "I")]
SIDE_PLACES = [("Khách sạn", "The hotel"), ("Hiệu thuốc", "The pharmacy"), ("Nhà hàng", "The restaurant")]
SIDES = [("trái", "left"), ("phải", "right")]


def on_a_side(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A place on a side; right: "The hotel is on the left" (vi→en), or "ở bên (tay) trái" (en→vi)."""
    out = []
    for _ in range(n):
        (vi, en_said), (side, side_en) = rng.choice(SIDE_PLACES), rng.choice(SIDES)
        if src == "vi":
            out.append((f"{vi} {rng.choice(['ở bên tay', 'ở bên', 'nằm bên tay', 'ở phía bên'])} {side}.",
                        rf"^{en_said} is on the {side_en}\.$"))
        else:
            out.append((f"{en_said} is on the {side_en}.", rf"^{vi} ở bên (?:tay )?{side}\.$"))
    return out


FREE_WHO = [("bạn", "you"), ("anh ấy", "he"), ("cô ấy", "she"), ("họ", "they")]
FREE_WORDS = [("rảnh", "free"), ("bận", "busy")]
WAY_PLACES = [("vòng xoay", "roundabout"), ("bùng binh", "roundabout"), ("ngã tư", "intersection")]
WAY_SAID = ["Đến {p} thì rẽ phải.", "Đi thẳng đến {p} rồi rẽ trái.", "Rẽ trái ở {p}.", "Đến {p} thì quẹo trái."]

AT_WORK_WHO = [("Tôi", "I"), ("Bố tôi", "My father"), ("Chị ấy", "She"), ("Chồng tôi", "My husband")]
AT_WORK_SAID = ["{w} làm ở một công ty du lịch.", "{w} làm ở ngân hàng.", "{w} làm tại một nhà máy ở Bình Dương.",
                "{w} làm ở một trường học.", "Bạn làm ở đâu?"]
HOUR_WORDS = [("bảy", "7"), ("tám", "8"), ("chín", "9"), ("mười", "10"), ("mười một", "11"), ("sáu", "6")]
HOUR_PARTS = [("sáng", r"a\.?m\b"), ("tối", r"p\.?m\b"), ("", "")]
HOUR_SAID = ["Chúng ta gặp nhau lúc {h} giờ {p} nhé.", "Tôi dậy lúc {h} giờ {p}.", "Tàu chạy lúc {h} giờ {p}."]
LATE_RIDES = [("Xe buýt", "bus"), ("Chuyến bay", "flight"), ("Tàu", "train"), ("Chuyến tàu", "train")]
LATE_SPANS = [("hai tiếng", "two hours"), ("30 phút", "30 minutes"), ("nửa tiếng", "half an hour")]

FRIEND_WHOSE = [("tôi", "my"), ("anh ấy", "his"), ("cô ấy", "her"), ("chúng tôi", "our")]
FRIEND_SAID = ["Tôi đang đợi {f}.", "{F} sống ở Hà Nội.", "Tôi đi ăn tối với {f}.", "{F} là bác sĩ.",
               "Hôm qua tôi gặp {f} ở chợ."]



def stop45(t, rng: random.Random, n: int) -> None:
    """The checks of stop 45 (131–144), after the earlier ones so that those draw the sentences they drew before."""
    off = lambda *a: None  # noqa: E731  (a whole-sentence rule switched off)
    print("minutes of a clock in words, vi->en:", count(t, clock_minutes(rng, n), "vi", "en", dates, "_VI_TIME",
                                                        NEVER), flush=True)
    print("a clock read in words, en->vi:", count(t, clock_read(rng, n), "en", "vi", dates, "_EN_CLOCK", NEVER),
          flush=True)
    print("a time every day, vi->en:", count(t, every_day(rng, n, "vi"), "vi", "en", dates, "_VI_TIME", NEVER),
          flush=True)
    print("a time every day, en->vi:", count(t, every_day(rng, n, "en"), "en", "vi", dates, "_EN_AT_NEAR", NEVER),
          flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"someone's hobbies, {src}->{tgt}:", count(t, hobbies_said(rng, n, src), src, tgt, hobbies, "_hobby"
                                                          if src == "vi" else "_hobby_vi", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"what someone likes doing, {src}->{tgt}:", count(t, liking(rng, n, src), src, tgt, hobbies, "_liking"
                                                                 if src == "vi" else "_liking_vi", off), flush=True)
    print("what someone can do, vi->en:", count(t, can_do(rng, n), "vi", "en", skills, "_can", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how well someone speaks a language, {src}->{tgt}:", count(t, how_well(rng, n, src), src, tgt, skills,
                                                                           "_how_well" if src == "vi" else
                                                                           "_how_well_vi", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a favourite, or what someone likes best, {src}->{tgt}:",
              count(t, favourites_said(rng, n, src), src, tgt, favourites, "translate", off), flush=True)
    print("learning to do something, vi->en:", count(t, learning(rng, n), "vi", "en", skills, "_learning", off),
          flush=True)
    print("going to do something for fun, vi->en:", count(t, going_for_fun(rng, n), "vi", "en", terms, "matches",
                                                           lambda *a: []), flush=True)
    rides = [(said.format(d=en), rf"\b{vi}\b") for en, vi, said in (rng.choice(RIDES_EN) for _ in range(n))]
    print("riding a bike, jogging, the cinema, en->vi:", count(t, rides, "en", "vi", terms, "matches", lambda *a: []),
          flush=True)
    often = [(f"{when} {who} hay {doing}.", r"\b(?:usually|often)\b") for when, who, doing in
             ((rng.choice(OFTEN_WHEN), rng.choice(["tôi", "chúng tôi", "mẹ tôi"]), rng.choice(OFTEN_DOING))
              for _ in range(n))]
    print("'hay' after a day, vi->en:", count(t, often, "vi", "en", dates, "OFTEN", NEVER), flush=True)
    deaths = [(f"{kin} {whose} {said}.", rf"^{whose_en.capitalize()} {kin_en} {right}\.$") for
              (kin, kin_en), (whose, whose_en), (said, right) in
              ((rng.choice(DEAD_KIN), rng.choice(HOBBY_WHOSE), rng.choice(DIED)) for _ in range(n))]
    print("a death in the family, vi->en:", count(t, deaths, "vi", "en", family, "_died", off), flush=True)
    rides = [(said.format(p=vi), rf"\btake (?:me|us) to (?:the )?{en}\b") for (vi, en), said in
             ((rng.choice(TAKEN_TO), rng.choice(TAKE_ME_SAID)) for _ in range(n))]
    print("a ride asked for, vi->en:", count(t, rides, "vi", "en", journeys, "_take_me", off), flush=True)


CLOCK_HOURS = [("bảy", 7, "seven"), ("tám", 8, "eight"), ("chín", 9, "nine"), ("mười", 10, "ten"), ("sáu", 6, "six"),
               ("ba", 3, "three")]
CLOCK_MINUTES = [("mười", 10), ("mười lăm", 15), ("hai mươi", 20), ("bốn lăm", 45), ("ba mươi lăm", 35)]
CLOCK_SAID = ["Chúng ta gặp nhau lúc {t} nhé.", "Bây giờ là {t}.", "Tàu chạy lúc {t}.", "Tôi dậy lúc {t}."]


def clock_minutes(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A time with its minutes in words, or before the hour with "kém"; right: the time in digits."""
    out = []
    for _ in range(n):
        (vi, h, _), (m_vi, m) = rng.choice(CLOCK_HOURS), rng.choice(CLOCK_MINUTES)
        if rng.random() < 0.5:
            said, clock = f"{vi} giờ {m_vi}", f"{h}:{m:02d}"
        else:
            said, clock = f"{vi} giờ kém {m_vi}", f"{h - 1}:{60 - m:02d}"
        out.append((rng.choice(CLOCK_SAID).format(t=said), rf"\b{clock}\b"))
    return out


CLOCK_EN = [("a quarter to {h}", "{n} giờ kém 15"), ("half past {h}", "{n} giờ rưỡi"),
            ("a quarter past {h}", "{n}(?::15| giờ 15)"), ("ten past {h}", "{n}(?::10| giờ 10)"),
            ("twenty to {h}", "{n} giờ kém 20")]
CLOCK_EN_SAID = ["It's {t}.", "Let's meet at {t}.", "The train leaves at {t}.", "I get up at {t}."]


def clock_read(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A clock read in words; right: the time as Vietnamese reads it ("8 giờ kém 15", "3 giờ rưỡi", "6:10")."""
    out = []
    for _ in range(n):
        (_, h, en), (said, vi) = rng.choice(CLOCK_HOURS), rng.choice(CLOCK_EN)
        out.append((rng.choice(CLOCK_EN_SAID).format(t=said.format(h=en)), rf"\b{vi.format(n=h)}\b"))
    return out


EVERY_PARTS = [("sáng", "morning", "sáng", r"a\.m\.", [("dậy", "get up"), ("ăn sáng", "have breakfast"),
                                                      ("đi làm", "go to work"), ("uống cà phê", "drink coffee")]),
               ("tối", "evening", "tối", r"p\.m\.", [("đi ngủ", "go to bed"), ("ăn tối", "have dinner"),
                                                    ("xem ti vi", "watch TV"), ("gọi cho mẹ", "call my mother")])]


def every_day(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Something done at a time every morning or evening; right: the time, its part of the day and "every day" (or
    the part: "every morning"), or "mỗi ngày" ("mỗi sáng")."""
    out = []
    for _ in range(n):
        (vi, h, en), (part, part_en, part_vi, ap, doings) = rng.choice(CLOCK_HOURS[:5]), rng.choice(EVERY_PARTS)
        doing, doing_en = rng.choice(doings)
        if src == "vi":
            out.append((f"Tôi {doing} lúc {vi} giờ mỗi {part}.",
                        rf"\bat {h}(?::00)?(?: {ap})? every (?:day|{part_en})\b"))
        else:
            out.append((f"I {doing_en} at {en} every {part_en}.",
                        rf"\blúc {h} giờ(?: {part_vi})? mỗi (?:ngày|(?:buổi )?{part_vi})\b"))
    return out


ACTIVITIES = [("đọc sách", "reading"), ("nghe nhạc", "listening to music"), ("chụp ảnh", "taking photos"),
              ("nấu ăn", "cooking"), ("câu cá", "fishing"), ("chơi cầu lông", "playing badminton"),
              ("làm vườn", "gardening"), ("xem phim", "watching films")]
HOBBY_WHOSE = [("tôi", "my"), ("bạn", "your"), ("anh ấy", "his"), ("cô ấy", "her")]


def hobbies_said(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone's hobby, or two; right: "My hobby is cooking." or "Sở thích của tôi là nấu ăn." whole."""
    out = []
    for _ in range(n):
        (whose, whose_en), ((a, a_en), (b, b_en)) = rng.choice(HOBBY_WHOSE), rng.sample(ACTIVITIES, 2)
        two = rng.random() < 0.5
        vi, en = (f"{a} và {b}", f"{a_en} and {b_en}") if two else (a, a_en)
        said_en = f"{whose_en.capitalize()} {'hobbies are' if two else 'hobby is'} {en}."
        said_vi = f"Sở thích của {whose} là {vi}."
        out.append((said_vi, f"^{re.escape(said_en)}$") if src == "vi" else (said_en, f"^{re.escape(said_vi)}$"))
    return out


LIKING_WHO = [("Tôi", "I", "I"), ("Anh ấy", "He", "he"), ("Mẹ tôi", "My mother", None), ("Chúng tôi", "We", "we")]


def liking(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone who likes doing one thing or two, or asked whether they do; right: "like" and the activities as the
    target says them."""
    out = []
    for _ in range(n):
        (who, who_en, _), ((a, a_en), (b, b_en)) = rng.choice(LIKING_WHO), rng.sample(ACTIVITIES, 2)
        vi, en = (f"{a} và {b}", f"{a_en} and {b_en}") if rng.random() < 0.5 else (a, a_en)
        likes = "like" if who_en in ("I", "We") else "likes"
        if rng.random() < 0.3:
            said_vi, said_en = f"Bạn có thích {vi} không?", f"Do you like {en}?"
        else:
            said_vi, said_en = f"{who} thích {vi}.", f"{who_en} {likes} {en}."
        out.append((said_vi, rf"\blikes? {re.escape(en)}\b") if src == "vi" else
                   (said_en, rf"\bthích {re.escape(vi)}\b"))
    return out


SKILLS = [("bơi", "swim"), ("lái xe", "drive"), ("nấu ăn", "cook"), ("đi xe đạp", "ride a bike"),
          ("nói tiếng Anh", "speak English"), ("nói tiếng Việt", "speak Vietnamese"), ("chơi piano", "play the piano")]


def can_do(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """What someone can or cannot do, or asked whether they can; right: "can" or "can't" and what is done."""
    out = []
    for _ in range(n):
        (who, who_en, _), (vi, en) = rng.choice(LIKING_WHO), rng.choice(SKILLS)
        shape = rng.randrange(3)
        out.append([(f"{who} biết {vi}.", rf"^{who_en} can {en}\b"),
                    (f"{who} không biết {vi}.", rf"^{who_en} (?:can't|cannot|can not) {en}\b"),
                    (f"Bạn có biết {vi} không?", rf"^Can you {en}\?$")][shape])
    return out



SPOKEN = [("tiếng Anh", "English"), ("tiếng Việt", "Vietnamese"), ("tiếng Pháp", "French"), ("tiếng Nhật", "Japanese")]
HOW_WELL = [("không giỏi lắm", "don't speak {l} very well", r"(?=.*(?:n't|\bnot\b)).*\bwell\b", "không giỏi lắm"),
            ("rất giỏi", "speak {l} very well", r"\bvery well\b", "rất giỏi"),
            ("khá tốt", "speak {l} quite well", r"\bquite well\b", "khá (?:giỏi|tốt)")]


def how_well(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How well someone speaks a language; right: the language, and "well" ("giỏi", "tốt") as the source says it,
    negated or not."""
    out = []
    for _ in range(n):
        (who, who_en, _), (lang, lang_en), (vi, en, right_en, right_vi) = rng.choice(LIKING_WHO[:2]), \
            rng.choice(SPOKEN), rng.choice(HOW_WELL)
        said_en = f"{who_en} {en.format(l=lang_en)}."
        if who_en == "He":
            said_en = said_en.replace("don't", "doesn't").replace(" speak ", " speaks ", 1).replace(
                "doesn't speaks", "doesn't speak")
        out.append((f"{who} nói {lang} {vi}.", rf"^(?=.*\b{lang_en}\b).*?{right_en}") if src == "vi" else
                   (said_en, rf"\bnói {lang}.*\b{right_vi}\b"))
    return out



FAVOURITE_THINGS = [("mùa", "season", "mùa thu", "autumn"), ("mùa", "season", "mùa hè", "summer"),
                    ("màu", "colour", "màu đỏ", "red"), ("màu", "colour", "màu xanh dương", "blue"),
                    ("môn thể thao", "sport", "bóng đá", "football"),
                    ("môn thể thao", "sport", "cầu lông", "badminton")]


def favourites_said(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A favourite season, colour or sport, said or asked, or what someone likes best; right: "favourite" or "best"
    with what is liked, or "yêu thích" or "nhất" with it."""
    out = []
    for _ in range(n):
        (kind, kind_en, vi, en), (whose, whose_en) = rng.choice(FAVOURITE_THINGS), rng.choice(HOBBY_WHOSE)
        who, who_en, _ = rng.choice(LIKING_WHO[:2])
        likes = "like" if who_en == "I" else "likes"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{kind.capitalize()} yêu thích của {whose} là {vi}.",
                         rf"^{whose_en.capitalize()} favou?rite {kind_en} is {en}\b"),
                        (f"{kind.capitalize()} yêu thích của {whose} là gì?", rf"\b{whose_en} favou?rite {kind_en}\?"),
                        (f"{who} thích {vi} nhất.", rf"^{who_en} {likes} {en} (?:best|the most)\b"),
                        (f"Bạn thích {kind} nào nhất?", rf"^Which {kind_en} do you like (?:best|the most)\?")][shape])
        else:
            out.append([(f"{whose_en.capitalize()} favourite {kind_en} is {en}.",
                         rf"\byêu thích của {whose} là {vi}\b"),
                        (f"What's {whose_en} favourite {kind_en}?".replace(" my ", " your "),
                         rf"\byêu thích của {'bạn' if whose == 'tôi' else whose} là gì\?"),
                        (f"{who_en} {likes} {en} best.", rf"\bthích {vi} nhất\b"),
                        (f"Which {kind_en} do you like best?", rf"\bthích {kind} nào nhất\?")][shape])
    return out


LEARNING_WHO = [("Tôi", "I'm", "I want"), ("Con tôi", "My child is", "My child wants"),
                ("Anh ấy", "He's", "He wants")]


def learning(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Someone learning to do something, or wanting to; right: "learning to" or "learn to" and what is done."""
    out = []
    for _ in range(n):
        (who, is_, wants), (vi, en) = rng.choice(LEARNING_WHO), rng.choice(SKILLS[:4] + SKILLS[6:])
        if rng.random() < 0.5:
            out.append((f"{who} đang học {vi}.", rf"^{re.escape(is_)} learning to {en}\b"))
        else:
            out.append((f"{who} muốn học {vi}.", rf"^{wants} to learn (?:how )?to {en}\b"))
    return out


FUN = [("đi bơi", "swimming"), ("đi câu cá", "fishing"), ("đi mua sắm", "shopping"), ("đi cắm trại", "camping"),
       ("đi leo núi", "hiking"), ("đi chạy bộ", "running")]
FUN_SAID = ["Cuối tuần tôi thường {g}.", "Hôm qua chúng tôi {g}.", "Bạn có muốn {g} không?", "Họ {g} vào Chủ nhật.",
            "Tôi sẽ {g} với bạn bè."]


def going_for_fun(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Going to do something for fun; right: "go", "goes", "went" or "going" and the activity in "-ing"."""
    return [(rng.choice(FUN_SAID).format(g=vi), rf"\b(?:go|goes|went|going|gone) {en}\b")
            for vi, en in (rng.choice(FUN) for _ in range(n))]


RIDES_EN = [("ride a bike", "đi xe đạp", "My son can {d} now."), ("ride a bike", "đi xe đạp", "I {d} to school."),
            ("ride a motorbike", "đi xe máy", "Can you {d}?"), ("go jogging", "đi chạy bộ", "I {d} in the park."),
            ("go to the cinema", "đi xem phim", "Let's {d} tonight."),
            ("going to the cinema", "đi xem phim", "I like {d}."),
            ("went to the cinema", "đi xem phim", "We {d} last night.")]
OFTEN_WHEN = ["Chủ nhật", "Cuối tuần", "Thứ Bảy", "Buổi tối", "Buổi sáng"]
OFTEN_DOING = ["đi mua sắm", "xem ti vi", "đi bơi", "chơi cầu lông", "đọc sách", "nấu ăn"]

DEAD_KIN = [("Ông", "grandfather"), ("Bà", "grandmother"), ("Bố", "father"), ("Mẹ", "mother")]
DIED = [("mất được 10 năm rồi", "died 10 years ago"), ("đã mất", "has passed away"), ("mất năm 2015", "died in 2015"),
        ("qua đời cách đây ba năm", "died three years ago"), ("mất hai năm trước", "died two years ago")]

TAKEN_TO = [("sân bay", "airport"), ("khách sạn", "hotel"), ("bệnh viện", "hospital"), ("nhà ga", "station"),
            ("chợ Bến Thành", "Ben Thanh Market"), ("bến xe", "bus station")]
TAKE_ME_SAID = ["Làm ơn chở tôi đến {p}.", "Anh chở tôi ra {p} được không?", "Đưa tôi đến {p} nhé.",
                "Chị có thể đưa chúng tôi tới {p} không?"]



def stop46(t, rng: random.Random, n: int) -> None:
    """The checks of stop 46 (145–155), after the earlier ones so that those draw the sentences they drew before."""
    off = lambda *a: None  # noqa: E731  (a whole-sentence rule switched off)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"someone's birthday, {src}->{tgt}:", count(t, birthdays_said(rng, n, src), src, tgt, birthdays,
                                                           "translate", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"asking for someone on the phone, {src}->{tgt}:", count(t, asking_for(rng, n, src), src, tgt, calls,
                                                                        "_ask_for" if src == "vi" else "_ask_for_vi",
                                                                        off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"someone not in, {src}->{tgt}:", count(t, not_in(rng, n, src), src, tgt, calls,
                                                       "_not_in" if src == "vi" else "_not_in_vi", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how much older or younger, {src}->{tgt}:", count(t, age_gaps(rng, n, src), src, tgt, people,
                                                                  "_age_gap", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how far a place is from another, {src}->{tgt}:", count(t, distances(rng, n, src), src, tgt, journeys,
                                                                        "_away" if src == "vi" else "_away_vi", off),
              flush=True)
    married = [(said.format(w=vi), right.format(w=en)) for (vi, en), (said, right) in
               ((rng.choice(WED_WHO), rng.choice(WED_SAID)) for _ in range(n))]
    print("married or single, vi->en:", count(t, married, "vi", "en", family, "_married", off), flush=True)
    lives = [(said.format(w=vi, p=place), rf"(?i)^{en}(?: still)? lives? {where}\b") for (vi, en), (place, where), said
             in ((rng.choice(LIVE_WHO), rng.choice(LIVE_PLACES), rng.choice(LIVE_SAID)) for _ in range(n))]
    print("where someone lives, vi->en:", count(t, lives, "vi", "en", family, "_lives", off), flush=True)
    pets = [(f"{vi} nuôi {p_vi}.", rf"(?i)^{en} (?:has|have|keeps?|raises?) {p_en}\b") for (vi, en), (p_vi, p_en) in
            ((rng.choice(LIVE_WHO), rng.choice(PETS)) for _ in range(n))]
    print("pets kept, vi->en:", count(t, pets, "vi", "en", family, "_keeps", off), flush=True)
    asked = [(f"{vi} {said}{end}?", right.format(w=en, ws=whose)) for (vi, en, whose), (said, right), end in
             ((rng.choice(ASKED_WHO), rng.choice(ASKED_ABOUT), rng.choice(["", " vậy", " ạ"])) for _ in range(n))]
    print("about someone, asked, vi->en:", count(t, asked, "vi", "en", people, "_asked", off), flush=True)
    homes = [(f"Quê {vi} ở {place}.", rf"(?i)^{whose} (?:hometown is|home town is)(?: in)? {en}\b") for
             (vi, whose), (place, en) in ((rng.choice(HOME_WHOSE), rng.choice(HOMETOWNS)) for _ in range(n))]
    print("someone's hometown, vi->en:", count(t, homes, "vi", "en", people, "_hometown", off), flush=True)
    rooms = [(said.format(n=number), right.format(n=number)) for said, right, number in
             ((*rng.choice(ROOMS), rng.choice(["305", "12", "210", "1104"])) for _ in range(n))]
    print("a room's number, vi->en:", count(t, rooms, "vi", "en", people, "_room", off), flush=True)


BIRTHDAY_WHOSE = [("tôi", "my", "tôi"), ("bạn", "your", "bạn"), ("mẹ tôi", "my mother's", "mẹ tôi"),
                  ("anh ấy", "his", "anh ấy"), ("em gái tôi", "my sister's", "em gái tôi")]
BIRTHDAY_WHEN = [("ngày 5 tháng 3", "March 5", "March 5th", "ngày 5 tháng 3"),
                 ("ngày 20 tháng 10", "October 20", "October 20", "ngày 20 tháng 10"),
                 ("tháng sáu", "June", "in June", "tháng (?:6|sáu)"), ("ngày 2/9", "September 2", "September 2",
                                                                      "ngày 2 tháng 9"),
                 ("tuần sau", "next week", "next week", "tuần (?:sau|tới)")]


def birthdays_said(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone's birthday said, asked, or said to be today; right: whose birthday and when, "When is", "Today is",
    or "sinh nhật" (not "ngày sinh", a date of birth) with whose and the date, "ngày nào", "Hôm nay là"."""
    out = []
    for _ in range(n):
        (vi, en, whose_vi), (when, when_en, when_said, when_vi) = rng.choice(BIRTHDAY_WHOSE), rng.choice(BIRTHDAY_WHEN)
        form = rng.randrange(3)
        if src == "vi":
            said = [f"Sinh nhật {vi} là {when}.", f"Sinh nhật của {vi} là ngày nào?", f"Hôm nay là sinh nhật {vi}."]
            right = [rf"(?i)^{en} birthday (?:is|will be) (?:on |in )?{when_en}\b",
                     rf"(?i)^When(?: is|'s) {en} birthday\?", rf"(?i)^Today is {en} birthday\b"]
        else:
            said = [f"{en.capitalize()} birthday is {when_said}.", f"When is {en} birthday?",
                    f"Today is {en} birthday."]
            right = [rf"^Sinh nhật (?:của )?{whose_vi} (?:là |vào )+(?:ngày )?{when_vi}\b",
                     rf"^Sinh nhật (?:của )?{whose_vi} (?:là |vào )*(?:ngày nào|khi nào|bao giờ)",
                     rf"^Hôm nay là (?:ngày )?sinh nhật (?:của )?{whose_vi}\b"]
        out.append((said[form], right[form]))
    return out


ON_THE_PHONE = [("chị", "Lan", "Lan"), ("anh", "Minh", "Minh"), ("ông", "Hùng", "Mr. Hung"), ("em", "Tuấn", "Tuan"),
             ("chị", "Hoa", "Hoa")]
ASK_FOR_VI = ["Alo, cho tôi gặp {k} {v}.", "Cho em nói chuyện với {k} {v} được không ạ?", "Cho tôi gặp {k} {v} ạ.",
              "Làm ơn cho tôi gặp {k} {v}."]
ASK_FOR_EN = ["Hello, may I speak to {e}, please?", "Can I speak to {e}?", "Could I talk to {e}, please?",
              "May I speak to {e}?"]


def asking_for(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone asked for on the phone; right: "speak" or "talk" to the name, or "gặp" or "nói chuyện với" the name
    (with its title, "ông Hung", where English gave one)."""
    out = []
    for _ in range(n):
        kin, name, en = rng.choice(ON_THE_PHONE)
        if src == "vi":
            said = rng.choice(ASK_FOR_VI).format(k=kin, v=name)
            out.append((said, rf"\b(?:speak|talk) (?:to|with) {re.escape(en)}\b"))
        else:
            said = rng.choice(ASK_FOR_EN).format(e=en)
            who = "ông Hung" if en.startswith("Mr.") else en
            out.append((said, rf"(?i)\b(?:gặp|nói chuyện với) {who}\b"))
    return out


NOT_IN_WHO = [("Chị Lan", "Lan", "Lan", "Lan"), ("Mẹ tôi", "my mother", "My mother", "Mẹ tôi"),
              ("Anh ấy", "he", "He", "Anh ấy"), ("Cô ấy", "she", "She", "Cô ấy"), ("Bố tôi", "my father", "My father",
                                                                                 "Bố tôi")]
NOT_IN = [("không có ở đây", r"(?:isn't|is not|'s not) here", "{w} isn't here.", "không (?:có )?ở đây"),
          ("không có nhà", r"(?:isn't|is not|'s not) (?:at )?home", "{w} isn't at home.",
           "không (?:có )?ở nhà|không có nhà"),
          ("hiện không có ở đây", r"(?:isn't|is not|'s not) here", "{w} isn't here right now.",
           "(?:hiện |bây giờ |lúc này )?không (?:có )?ở đây"),
          ("vừa ra ngoài", r"(?:has|'s) just (?:gone|stepped|went) out", "{w} is not in at the moment.",
           "(?:hiện |lúc này )?không (?:có )?ở đây")]


def not_in(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone not in, not at home, just gone out; right: who and where they are not, as the target says it."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_said), (out_vi, right_en, out_en, right_vi) = rng.choice(NOT_IN_WHO), rng.choice(NOT_IN)
        if src == "vi":
            out.append((f"{vi} {out_vi}.", rf"(?i)^{en}\s*{right_en}\b"))
        else:
            out.append((out_en.format(w=en_said), rf"^{vi_said} (?:{right_vi})"))
    return out


GAP_WHO = [("Em gái tôi", "my sister", "My sister", "(?:Em|Chị) gái tôi"), ("Anh trai tôi", "my brother", "My brother",
                                                                           "(?:Anh|Em) trai tôi"),
           ("Tôi", "I", "I", "Tôi"), ("Chồng tôi", "my husband", "My husband", "Chồng tôi"),
           ("Anh ấy", "he", "He", "Anh ấy")]
GAP_OTHER = [("tôi", "me", "me", "tôi"), ("anh ấy", "him", "him", "anh ấy"), ("chị gái tôi", "my sister", "my sister",
                                                                             "(?:chị gái|chị|em gái) tôi"),
             ("bạn tôi", "my friend", "my friend", "bạn tôi")]
GAP = [("trẻ hơn", "younger", "younger", "(?:nhỏ|trẻ)(?: tuổi)? hơn|kém"),
       ("lớn hơn", "older", "older", "(?:lớn|già)(?: tuổi)? hơn|hơn"), ("hơn", "older", "older",
                                                                      "(?:lớn|già)(?: tuổi)? hơn|hơn"),
       ("nhỏ hơn", "younger", "younger", "(?:nhỏ|trẻ)(?: tuổi)? hơn|kém")]
SIBLINGS = {"my sister": {"older": "chị gái tôi", "younger": "em gái tôi"},
            "my brother": {"older": "anh trai tôi", "younger": "em trai tôi"}}
GAP_YEARS = [("ba", "(?:3|three)", "three", "(?:3|ba)"), ("2", "(?:2|two)", "two", "(?:2|hai)"),
             ("năm", "(?:5|five)", "5", "(?:5|năm)")]


def age_gaps(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How much older or younger someone is than another; right: who, the years, "older" or "younger" and than
    whom, in that order, or who, "lớn hơn" or "nhỏ hơn" and whom, and the years."""
    out = []
    for _ in range(n):
        who, other, gap, years = rng.choice(GAP_WHO), rng.choice(GAP_OTHER), rng.choice(GAP), rng.choice(GAP_YEARS)
        if other[1] in (who[1], {"I": "me", "he": "him"}.get(who[1])):
            other = GAP_OTHER[3]  # (not "I am older than me")
        if src == "vi":
            out.append((f"{who[0]} {gap[0]} {other[0]} {years[0]} tuổi.",
                        rf"(?i)^{who[1]}\s*(?:is|'s|am|'m) {years[1]} years? {gap[1]} than {other[1]}\b"))
        else:
            be, who_vi, other_vi = "am" if who[1] == "I" else "is", who[3], other[3]
            if other[1] == "me" and who[1] in SIBLINGS:  # (a sister older than the speaker is "chị gái")
                who_vi = SIBLINGS[who[1]][gap[1]].capitalize()
            if who[1] == "I" and other[1] in SIBLINGS:
                other_vi = SIBLINGS[other[1]]["older" if gap[1] == "younger" else "younger"]
            out.append((f"{who[2]} {be} {years[2]} years {gap[2]} than {other[2]}.",
                        rf"^{who_vi} (?:{gap[3]}) {other_vi} {years[3]} tuổi\b"))
    return out


AWAY_PLACES = [("Khách sạn", "the hotel", "The hotel", "Khách sạn"), ("Nhà tôi", "my house", "My house", "Nhà tôi"),
               ("Bãi biển", "the beach", "The beach", "Bãi biển"), ("Ga tàu", "the train station",
                                                                    "The train station", "Ga tàu")]
AWAY_FROM = [("sân bay", "the airport", "the airport", "sân bay"), ("đây", "here", "here", "đây"),
             ("chợ", "the market", "the market", "chợ"), ("Hà Nội", "Hanoi", "Hanoi", "Hà Nội")]
AWAY_HOW_FAR = [("5 km", "5 km", "5 km", "5 km"), ("hai cây số", "2 km", "two kilometres", "(?:2|hai) (?:km|cây số)"),
                ("khoảng 300 km", "about 300 km", "about 300 km", "khoảng 300 km"),
                ("200 mét", "200 (?:metres|meters|m)", "200 metres", "200 (?:m|mét)")]


def distances(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How far a place is from another; right: the place, "is", the distance and where from, or the place, "cách",
    where from and the distance."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_said), (f_vi, f_en, f_said, f_right), (d_vi, d_en, d_said, d_right) = \
            rng.choice(AWAY_PLACES), rng.choice(AWAY_FROM), rng.choice(AWAY_HOW_FAR)
        if src == "vi":
            out.append((f"{vi} cách {f_vi} {d_vi}.", rf"(?i)^{en} is {d_en} (?:away )?from {f_en}\b"))
        else:
            out.append((f"{en_said} is {d_said} from {f_said}.", rf"^{vi_said} cách {f_right} {d_right}\b"))
    return out


WED_WHO = [("Tôi", "I"), ("Anh ấy", "he"), ("Chị gái tôi", "my sister"), ("Anh trai tôi", "my brother"),
           ("Cô ấy", "she")]
WED_SAID = [("{w} đã lập gia đình rồi.", r"(?i)^{w}\s*(?:is|'s|am|'m|has been|has got|got) married\b"),
            ("{w} vẫn còn độc thân.", r"(?i)^{w}\s*(?:is|'s|am|'m) still single\b"),
            ("{w} chưa lập gia đình.", r"(?i)^{w}\s*(?:is|'s|am|'m)(?: not|n't) (?:yet )?married\b"),
            ("{w} có gia đình rồi.", r"(?i)^{w}\s*(?:is|'s|am|'m|has been|has got|got) married\b"),
            ("{w} độc thân.", r"(?i)^{w}\s*(?:is|'s|am|'m) single\b")]

LIVE_WHO = [("Tôi", "I"), ("Gia đình tôi", "my family"), ("Chị gái tôi", "my sister"), ("Anh ấy", "he"),
            ("Mẹ tôi", "my mother"), ("Chúng tôi", "we")]
LIVE_PLACES = [("Hà Nội", "in Hanoi"), ("Huế", "in Hue"), ("Đà Nẵng", "in Da Nang"), ("Úc", "in Australia"),
               ("quê", "in the countryside"), ("Nhật", "in Japan")]
LIVE_SAID = ["{w} sống ở {p}.", "{w} vẫn sống ở {p}.", "{w} sống tại {p}."]
PETS = [("một con chó", "a dog"), ("hai con mèo", "two cats"), ("ba con cá vàng", "three goldfish"),
        ("một con mèo và hai con chó", "a cat and two dogs"), ("năm con gà", "five chickens")]
ASKED_WHO = [("Chồng chị", "your husband", "your husband's"), ("Bố bạn", "your father", "your father's"),
             ("Anh ấy", "he", "his"), ("Vợ anh ấy", "his wife", "his wife's"),
             ("Con bạn", "your child", "your child's"), ("Cô ấy", "she", "her")]
ASKED_ABOUT = [("làm nghề gì", r"^What does {w} do(?: for a living)?\?"),
               ("mấy tuổi rồi", r"^How old is {w}(?: now)?\?"), ("năm nay bao nhiêu tuổi", r"^How old is {w}\b"),
               ("sinh năm bao nhiêu", r"^(?:What|Which) year was {w} born\b"),
               ("quê ở đâu", r"^Where (?:is {ws} hometown|does {w} come from|is {w} from)\b")]
HOME_WHOSE = [("tôi", "my"), ("bạn", "your"), ("của mẹ tôi", "my mother's"), ("anh ấy", "his")]
HOMETOWNS = [("Nghệ An", "Nghe An"), ("Huế", "Hue"), ("Quảng Nam", "Quang Nam"), ("Thái Bình", "Thai Binh"),
             ("Hà Nội", "Hanoi")]
ROOMS = [("Phòng tôi số {n}.", r"(?i)^My room(?: number)? is(?: number)? {n}\b"),
         ("Tôi ở phòng {n}.", r"^I(?:'m| am) (?:staying )?in room {n}\b"),
         ("Phòng của bạn là phòng số {n}.", r"(?i)^Your room(?: number)? is(?: room)?(?: number)? {n}\b"),
         ("Bạn ở phòng số mấy?", r"^(?:What room are you in|What's your room number|Which room are you in)\?")]


def stop47(t, rng: random.Random, n: int) -> None:
    """The checks of stop 47 (156–167), after the earlier ones so that those draw the sentences they drew before."""
    off = lambda *a: None  # noqa: E731  (a whole-sentence rule switched off)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"when a place opens or a vehicle leaves, {src}->{tgt}:", count(t, timetabled(rng, n, src), src, tgt,
                                                                              timetables, "_at" if src == "vi"
                                                                              else "_at_vi", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"open from one time to another, {src}->{tgt}:", count(t, open_from(rng, n, src), src, tgt, timetables,
                                                                      "_from_to" if src == "vi" else "_from_to_vi",
                                                                      off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"the days a place is closed, {src}->{tgt}:", count(t, closed_days(rng, n, src), src, tgt, timetables,
                                                                   "_closed" if src == "vi" else "_closed_vi", off),
              flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how often a bus runs, {src}->{tgt}:", count(t, bus_every(rng, n, src), src, tgt, timetables,
                                                            "_every" if src == "vi" else "_every_vi", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a price by the kilo or the night, asked, {src}->{tgt}:",
              count(t, price_asked(rng, n, src), src, tgt, patterns, "_costs" if src == "vi" else "_costs_vi", off),
              flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a price by the kilo or the night, said, {src}->{tgt}:",
              count(t, price_said(rng, n, src), src, tgt, patterns, "_price_is", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"someone else's birthday, {src}->{tgt}:", count(t, others_birthdays(rng, n, src), src, tgt, birthdays,
                                                               "translate", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how much older, asked, {src}->{tgt}:", count(t, age_gaps_asked(rng, n, src), src, tgt, people,
                                                             "_age_gap_asked", off), flush=True)
    home = [(f"Quê {vi} ở đâu{end}?", rf"^Where (?:is {ws} (?:hometown|home town)|(?:do|does) {w} come from|"
                                      rf"(?:are|is) {w} from)\b")
            for (vi, w, ws), end in ((rng.choice(HOME_ASKED), rng.choice(["", " vậy", " ạ"])) for _ in range(n))]
    print("a hometown asked, 'quê' first, vi->en:", count(t, home, "vi", "en", people, "_asked", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"the boys and girls among the children, {src}->{tgt}:", count(t, boys_girls(rng, n, src), src, tgt,
                                                                             family, "_has" if src == "vi"
                                                                             else "_has_vi", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how often someone does an activity, {src}->{tgt}:", count(t, how_often(rng, n, src), src, tgt,
                                                                           hobbies, "_often" if src == "vi"
                                                                           else "_often_vi", off), flush=True)
    away = [(f"{vi} cách {to_vi} {d_vi}.", rf"(?i)^{en} is {d_en} (?:away )?from the {to_en}\b") for
            (vi, en, *_), (to_vi, to_en), (d_vi, d_en, *_) in
            ((rng.choice(AWAY_PLACES[:2]), rng.choice(AWAY_TO), rng.choice(AWAY_HOW_FAR)) for _ in range(n))]
    print("how far from a school, a beach or an office, vi->en:", count(t, away, "vi", "en", journeys, "_away", off),
          flush=True)


# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern)
TIMED_PLACES = [("Ngân hàng", "the bank", "The bank", "Ngân hàng"), ("Cửa hàng", "the (?:shop|store)", "The shop",
                                                                      "Cửa hàng"),
                ("Bảo tàng", "the museum", "The museum", "Bảo tàng"), ("Siêu thị", "the supermarket",
                                                                     "The supermarket", "Siêu thị")]
TIMED_VEHICLES = [("Tàu", "the train", "The train", "(?:Chuyến )?(?:Tàu|Tàu hỏa|Xe lửa)"),
                  ("Xe buýt", "the bus", "The bus", "(?:Chuyến )?[Xx]e buýt"),
                  ("Chuyến tàu cuối cùng", "the last train", "The last train", "Chuyến tàu cuối(?: cùng)?")]
THE_VI = "(?:(?:Chiếc|Các|Những) )?"  # (before a thing in Vietnamese, as v6 writes "the": "Chiếc xe lửa đến …")
PLACE_DOINGS = [("mở cửa", "opens", "opens", "mở(?: cửa)?"), ("đóng cửa", "closes", "closes", "đóng(?: cửa)?")]
VEHICLE_DOINGS = [("chạy", "(?:leaves|departs)", "leaves", "(?:khởi hành|chạy|xuất phát|rời đi)"),
                  ("đến", "arrives", "arrives", "(?:đến|tới)")]
CLOCK_TIMES = [("7 giờ sáng", r"7(?::00)? ?(?:a\.m\.|am|AM)", "7 am", "7 giờ sáng"),
               ("10 giờ tối", r"10(?::00)? ?(?:p\.m\.|pm|PM)", "10 pm", "10 giờ (?:tối|đêm)"),
               ("5 giờ chiều", r"5(?::00)? ?(?:p\.m\.|pm|PM)", "5 pm", "5 giờ chiều"),
               ("9 giờ sáng", r"9(?::00)? ?(?:a\.m\.|am|AM)", "9 am", "9 giờ sáng"),
               ("6 giờ chiều", r"6(?::00)? ?(?:p\.m\.|pm|PM)", "6 pm", "6 giờ (?:chiều|tối)")]


def timetabled(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """When a place opens or closes, or a train or a bus leaves or arrives; right: what, the doing and "at" the time,
    or what, the doing and "lúc" the time."""
    out = []
    for _ in range(n):
        vehicle = rng.random() < 0.5
        (vi, en, en_said, vi_right), (do_vi, does, does_said, do_right), (t_vi, t_en, t_said, t_right) = \
            rng.choice(TIMED_VEHICLES if vehicle else TIMED_PLACES), \
            rng.choice(VEHICLE_DOINGS if vehicle else PLACE_DOINGS), rng.choice(CLOCK_TIMES)
        if src == "vi":
            out.append((f"{vi} {do_vi} lúc {t_vi}.", rf"(?i)^{en} {does} at {t_en}"))
        else:
            out.append((f"{en_said} {does_said} at {t_said}.",
                        rf"^{THE_VI}(?i:{vi_right}) (?:sẽ )?{do_right} (?:vào )?lúc {t_right}"))
    return out


def open_from(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A place open from one time to another; right: what, "is open from", both times, or what, "mở cửa từ", both
    times."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right), (a, b) = rng.choice(TIMED_PLACES), rng.sample(CLOCK_TIMES, 2)
        if src == "vi":
            out.append((f"{vi} mở cửa từ {a[0]} đến {b[0]}.",
                        rf"(?i)^{en} (?:is open|opens) from {a[1]} (?:to|until|till) {b[1]}"))
        else:
            out.append((f"{en_said} is open from {a[2]} to {b[2]}.",
                        rf"^{THE_VI}(?i:{vi_right}) mở cửa từ {a[3]} (?:đến|tới) {b[3]}"))
    return out


CLOSED_SAID = ["{p} đóng cửa vào {d}.", "{p} nghỉ vào {d}.", "{p} không mở cửa vào {d}."]
CLOSED_DAYS = [("thứ Hai", "on Mondays?", "on Mondays", "thứ Hai"), ("Chủ nhật", "on Sundays?", "on Sundays",
                                                                     "Chủ nhật"),
               ("cuối tuần", "(?:at|on) (?:the )?weekends?", "at weekends", "cuối tuần")]


def closed_days(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The days a place is closed, or that it is open every day; right: what, "is closed" and the day, or "is open
    every day"; what, "đóng cửa" and the day, or "mở cửa hằng ngày"."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right), (d_vi, d_en, d_said, d_right) = rng.choice(TIMED_PLACES), rng.choice(CLOSED_DAYS)
        every = rng.random() < 0.25
        if src == "vi":
            out.append((f"{vi} mở cửa hằng ngày." if every else rng.choice(CLOSED_SAID).format(p=vi, d=d_vi),
                        rf"(?i)^{en} (?:is|'s) open (?:every day|daily|seven days a week)" if every
                        else rf"(?i)^{en} (?:is|'s) closed {d_en}"))
        else:
            out.append((f"{en_said} is open every day." if every else f"{en_said} is closed {d_said}.",
                        rf"^{THE_VI}(?i:{vi_right}) mở cửa (?:hằng|hàng|mỗi) ngày" if every
                        else rf"^{THE_VI}(?i:{vi_right}) (?:đóng cửa|nghỉ|không mở cửa) (?:vào )?(?:các )?(?:ngày )?"
                             rf"{d_right}"))
    return out


BUS_VEHICLES = [("xe buýt", "bus", "xe buýt"), ("tàu", "train", "(?:tàu|tàu hỏa|xe lửa)"), ("phà", "ferry", "phà")]
BUS_SPANS = [("15 phút", "15 minutes", "15 minutes", "15 phút"), ("30 phút", "30 minutes", "30 minutes", "30 phút"),
             ("nửa tiếng", "(?:half (?:an )?hour|30 minutes)", "half hour", "(?:nửa tiếng|30 phút)"),
             ("một tiếng", "hour", "hour", "(?:một|1) (?:tiếng|giờ)")]


def bus_every(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How often a bus, a train or a ferry runs, said or asked; right: the vehicle and "every" the span, or "How
    often" and the vehicle; "Cứ" the span and "chuyến" the vehicle, or "Bao lâu" and "chuyến" the vehicle."""
    out = []
    for _ in range(n):
        (v_vi, v_en, v_right), (s_vi, s_en, s_said, s_right) = rng.choice(BUS_VEHICLES), rng.choice(BUS_SPANS)
        form = rng.randrange(3)
        if src == "vi":
            said = [f"Cứ {s_vi} lại có một chuyến {v_vi}.", f"{v_vi.capitalize()} chạy {s_vi} một chuyến.",
                    f"Bao lâu thì có một chuyến {v_vi}?"][form]
            right = (rf"(?i)^How often\b.*\b{v_en}" if form == 2
                     else rf"(?i)^(?=.*\b{v_en}(?:e?s)?\b)(?=.*\bevery {s_en}\b)")
        else:
            said = [f"There's a {v_en} every {s_said}.", f"The {v_en}{'es' if v_en == 'bus' else 's'} run every "
                    f"{s_said}.", f"How often does the {v_en} come?"][form]
            right = (rf"(?i)^(?:Bao lâu (?:thì |lại )?có (?:một )?chuyến {v_right}|.*{v_right}.*bao lâu)" if form == 2
                     else rf"(?i)^(?:Cứ {s_right} (?:lại |thì )?có (?:một )?chuyến {v_right}|.*{v_right}.*{s_right} "
                          r"(?:một|1) chuyến)")
        out.append((said, right))
    return out


# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern, by what)
PRICE_THINGS = [("Cam", "(?:the )?oranges", "the oranges", "Cam", "kilo"),
                ("Xoài", "(?:the )?mangoes", "the mangoes", "Xoài", "kilo"),
                ("Thịt bò", "(?:the )?beef", "the beef", "Thịt bò", "kilo"),
                ("Phòng này", "this room", "this room", "Phòng này", "night"),
                ("Phòng đôi", "(?:a |the )?double room", "the double room", "Phòng đôi", "night")]
PRICE_PER = {"kilo": [("cân", "(?:kilo|kg|kilogram)", "kilo", "(?:cân|ký|kg|ki-lô)"),
                      ("ký", "(?:kilo|kg|kilogram)", "kilo", "(?:cân|ký|kg|ki-lô)")],
             "night": [("đêm", "night", "night", "đêm")],
             "": [("người", "person", "person", "người"), ("ngày", "day", "day", "ngày"),
                  ("cân", "(?:kilo|kg|kilogram)", "kilo", "(?:cân|ký|kg|ki-lô)")]}


def price_asked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What something costs by the kilo, the night, the person, asked; right: "How much" and what, "per" or "a" and
    by what, or what, "bao nhiêu" and "một" by what."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right, by) = rng.choice(PRICE_THINGS)
        bare = rng.random() < 0.3
        per_vi, per_en, per_said, per_right = rng.choice(PRICE_PER["" if bare else by])
        if src == "vi":
            said = (f"Bao nhiêu tiền một {per_vi}?" if bare else
                    f"{vi} bao nhiêu{rng.choice(['', ' tiền'])} một {per_vi}?")
            right = (rf"(?i)^How much (?:is it|does it cost) (?:per|a|for a|for one) {per_en}\b" if bare else
                     rf"(?i)^How much (?:is|are|does|do) {en}\b.*\b(?:per|a|each) {per_en}\b")
        else:
            be = "are" if en_said.endswith("s") else "is"
            said = f"How much is it per {per_said}?" if bare else f"How much {be} {en_said} per {per_said}?"
            right = (rf"^(?:Bao nhiêu(?: tiền)? (?:một|1|mỗi) {per_right}|(?:Giá )?(?:một|mỗi) {per_right} bao nhiêu)"
                     if bare else rf"^{vi_right} (?:giá )?bao nhiêu(?: tiền)? (?:một|1|mỗi) {per_right}")
        out.append((said, right))
    return out


PRICE_SUMS = [("50 nghìn", "(?:50,000 (?:dong|VND)|VND ?50,000|50 thousand (?:dong|VND))", "50,000 dong", r"50\.000"),
              ("250k", "(?:250,000 (?:dong|VND)|VND ?250,000|250 thousand (?:dong|VND))", "250,000 dong",
               r"250\.000"),
              ("500.000 đồng", "(?:500,000 (?:dong|VND)|VND ?500,000|500 thousand (?:dong|VND))", "500,000 dong",
               r"500\.000"),
              ("40 nghìn đồng", "(?:40,000 (?:dong|VND)|VND ?40,000|40 thousand (?:dong|VND))", "40,000 dong",
               r"40\.000")]


def price_said(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What something costs by the kilo or the night, said; right: what, "is" or "are", the sum in dong and "a" or
    "per" by what, or what, the sum in "đồng" and "một" by what."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right, by), (s_vi, s_en, s_said, s_right) = rng.choice(PRICE_THINGS), \
            rng.choice(PRICE_SUMS)
        per_vi, per_en, per_said, per_right = rng.choice(PRICE_PER[by])
        if src == "vi":
            out.append((f"{vi}{rng.choice(['', ' giá'])} {s_vi} một {per_vi}.",
                        rf"(?i)^{en} (?:is|are|costs?) {s_en} (?:a|per|each) {per_en}\b"))
        else:
            be = "are" if en_said.endswith("s") else "is"
            out.append((f"{en_said.capitalize()} {be} {s_said} a {per_said}.",
                        rf"^{vi_right} (?:giá |là |có giá )?{s_right} (?:đồng|VND|VNĐ) (?:một|mỗi|1) {per_right}"))
    return out


# (Vietnamese, English in a pattern) and (English said, Vietnamese in a pattern)
BIRTHDAY_OTHERS = [("chị ấy", "Her"), ("Lan", "Lan's"), ("chị Lan", "Lan's"), ("ông Hùng", r"Mr\.? Hung's"),
                   ("bà ấy", "Her")]
BIRTHDAY_OTHERS_EN = [("Lan's", "Lan"), ("Tom's", "Tom"), ("Mr. Smith's", "ông Smith"), ("Anna's", "Anna")]


def others_birthdays(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone else's birthday said, asked or said to be today; right: whose birthday and when, "When is", "Today
    is", or "Sinh nhật" and whose."""
    out = []
    for _ in range(n):
        day, month, form = rng.randint(1, 28), rng.randint(1, 12), rng.randrange(3)
        if src == "vi":
            vi, en = rng.choice(BIRTHDAY_OTHERS)
            said = [f"Sinh nhật {vi} là ngày {day} tháng {month}.", f"Sinh nhật của {vi} là ngày nào?",
                    f"Hôm nay là sinh nhật {vi}."][form]
            right = [rf"(?i)^{en} birthday (?:is|will be) (?:on )?{DATES_EN[month - 1]} {day}(?:st|nd|rd|th)?\b",
                     rf"(?i)^When(?: is|'s) {en} birthday\?", rf"(?i)^Today is {en} birthday\b"][form]
        else:
            en, vi = rng.choice(BIRTHDAY_OTHERS_EN)
            said = [f"{en} birthday is on {DATES_EN[month - 1]} {day}.", f"When is {en} birthday?",
                    f"Today is {en} birthday."][form]
            right = [rf"^Sinh nhật (?:của )?{vi} (?:là |vào )+ngày {day} tháng {month}\b",
                     rf"^Sinh nhật (?:của )?{vi} (?:là )?(?:vào )?(?:ngày nào|khi nào|hôm nào)",
                     rf"^Hôm nay là (?:ngày )?sinh nhật (?:của )?{vi}\b"][form]
        out.append((said, right))
    return out


# (Vietnamese, English, "am/are/is", Vietnamese in a pattern)
GAP_ASKED_WHO = [("Bạn", "you", "are", "Bạn"), ("Anh ấy", "he", "is", "Anh ấy"),
                 ("Em gái bạn", "your (?:younger )?sister", "is", "Em gái bạn"),
                 ("Chồng bạn", "your husband", "is", "Chồng bạn")]
GAP_ASKED_OTHER = [("tôi", "me", "me", "tôi"), ("bạn", "you", "you", "bạn"), ("anh ấy", "him", "him", "anh ấy")]
OLDER_VI, YOUNGER_VI = "(?:lớn|già|hơn)(?: tuổi)?(?: hơn)?", "(?:nhỏ|trẻ|kém)(?: tuổi)?(?: hơn)?"
GAP_WORDS = [("lớn hơn", "older", OLDER_VI), ("nhỏ hơn", "younger", YOUNGER_VI), ("hơn", "older", OLDER_VI),
             ("kém", "younger", YOUNGER_VI)]


def age_gaps_asked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How much older or younger someone is than another, asked; right: "How much older" and who than whom, or who,
    "lớn hơn" or "nhỏ hơn", whom and "mấy tuổi"."""
    out = []
    for _ in range(n):
        (vi, en, be, vi_right), (o_vi, o_en, o_said, o_right), (g_vi, g_en, g_right) = \
            rng.choice(GAP_ASKED_WHO), rng.choice(GAP_ASKED_OTHER), rng.choice(GAP_WORDS)
        if o_en == en or (o_en == "you" and en.startswith("your")) or (en, o_en) == ("he", "him"):
            o_vi, o_en, o_said, o_right = GAP_ASKED_OTHER[0]  # (not "you than you")
        if src == "vi":
            out.append((f"{vi} {g_vi} {o_vi} mấy tuổi?",
                        rf"(?i)^How (?:much|many years) {g_en} (?:are|is|am) {en} than {o_en}\?"))
        else:
            said = en.replace("(?:younger )?", "")
            out.append((rng.choice([f"How much {g_en} {be} {said} than {o_said}?",
                                    f"How much {g_en} than {o_said} {be} {said}?"]),
                        rf"^{vi_right} {g_right} {o_right} (?:mấy|bao nhiêu) tuổi"))
    return out


HOME_ASKED = [("anh", "you", "your"), ("chị", "you", "your"), ("bạn", "you", "your"), ("anh ấy", "he", "his"),
              ("của chồng chị", "your husband", "your husband's"), ("mẹ bạn", "your mother", "your mother's")]
# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern)
# ("my sister" does not say older or younger: "Chị gái" or "Em gái")
CHILD_WHO = [("Tôi", "I have", "I have", "Tôi"), ("Anh ấy", "he has", "He has", "Anh ấy"),
             ("Chị gái tôi", "my sister has", "My sister has", "(?:Chị|Em) gái tôi"),
             ("Chúng tôi", "we have", "We have", "Chúng tôi")]
# (count in Vietnamese, in English, which in Vietnamese, in English in a pattern, said, in Vietnamese in a pattern)
CHILD_SPLITS = [("hai", "two", "một trai một gái", "(?:a|one) (?:boy|son) and (?:a|one) (?:girl|daughter)",
                 "a boy and a girl", "một (?:con |đứa )?trai,?(?: và)? một (?:con |đứa )?gái"),
                ("hai", "two", "một gái và một trai", "(?:a|one) (?:girl|daughter) and (?:a|one) (?:boy|son)",
                 "a girl and a boy", "một (?:con |đứa )?gái,?(?: và)? một (?:con |đứa )?trai"),
                ("ba", "three", "hai trai một gái", "two (?:boys|sons) and (?:a|one) (?:girl|daughter)",
                 "two boys and a girl", "hai (?:con |đứa )?trai,?(?: và)? một (?:con |đứa )?gái"),
                ("ba", "three", "một trai hai gái", "(?:a|one) (?:boy|son) and two (?:girls|daughters)",
                 "one son and two daughters", "một (?:con |đứa )?trai,?(?: và)? hai (?:con |đứa )?gái")]


def boys_girls(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How many children someone has and which are boys and girls; right: who, the count of children and the boys
    and girls, or who, "có", the count, "con" and "trai" and "gái" counted."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right), (c_vi, c_en, s_vi, s_en, s_said, s_right) = rng.choice(CHILD_WHO), \
            rng.choice(CHILD_SPLITS)
        if src == "vi":
            out.append((f"{vi} có {c_vi} con, {s_vi}.", rf"(?i)^{en} {c_en} (?:children|kids)\W+{s_en}\b"))
        else:
            out.append((f"{en_said} {c_en} children, {s_said}.",
                        rf"^{vi_right} có {c_vi} (?:người |đứa )?con\W+{s_right}"))
    return out


# (Vietnamese, English, takes -s, Vietnamese in a pattern)
OFTEN_WHO = [("Tôi", "I", False, "Tôi"), ("Anh ấy", "he", True, "Anh ấy"), ("Mẹ tôi", "my mother", True, "Mẹ tôi"),
             ("Chúng tôi", "we", False, "Chúng tôi")]
# (Vietnamese, English in a pattern, with -s, said, with -s, Vietnamese in a pattern)
OFTEN_DOINGS = [("chơi bóng đá", "play (?:football|soccer)", "plays (?:football|soccer)", "play football",
                 "plays football", "(?:chơi bóng đá|đá bóng)"),
                ("đi bơi", "(?:go swimming|swim)", "(?:goes swimming|swims)", "go swimming", "goes swimming",
                 "(?:đi )?bơi"),
                ("tập yoga", "do yoga", "does yoga", "do yoga", "does yoga", "tập yoga"),
                ("chạy bộ", "(?:go running|run|jog|go jogging)", "(?:goes running|runs|jogs|goes jogging)",
                 "go running", "goes running", "(?:đi )?chạy bộ"),
                ("xem tivi", "watch (?:TV|television)", "watches (?:TV|television)", "watch TV", "watches TV",
                 "xem (?:ti ?vi|truyền hình)")]
# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern)
OFTEN_HOW = [("hai lần một tuần", "(?:twice|two times) a week", "twice a week",
              "(?:hai|2) lần (?:một|mỗi) tuần|(?:một|mỗi) tuần (?:hai|2) lần"),
             ("ba lần một tuần", "(?:three|3) times a week", "three times a week",
              "(?:ba|3) lần (?:một|mỗi) tuần|(?:một|mỗi) tuần (?:ba|3) lần"),
             ("một tháng một lần", "once a month", "once a month",
              "(?:một|1) lần (?:một|mỗi) tháng|(?:một|mỗi) tháng (?:một|1) lần"),
             ("mỗi sáng", "every morning", "every morning", "(?:mỗi|hằng|hàng) (?:buổi )?sáng"),
             ("mỗi ngày", "(?:every day|daily)", "every day", "(?:mỗi|hằng|hàng) ngày")]


def how_often(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How often someone does an activity, said or asked; right: who, the activity and how often, or "How often"
    and the activity; who, the activity and how often, or the activity and "bao lâu một lần"."""
    out = []
    for _ in range(n):
        (vi, en, s, vi_right), (d_vi, d_en, d_en_s, d_said, d_said_s, d_right), (h_vi, h_en, h_said, h_right) = \
            rng.choice(OFTEN_WHO), rng.choice(OFTEN_DOINGS), rng.choice(OFTEN_HOW)
        asked = rng.random() < 0.25
        if src == "vi":
            if asked:
                out.append((f"Bạn {d_vi} bao lâu một lần?", rf"^How often do you {d_en}\?"))
            else:
                out.append((f"{vi} {d_vi} {h_vi}.", rf"(?i)^{en} {d_en_s if s else d_en} {h_en}\b"))
        elif asked:
            out.append((f"How often do you {d_said}?",
                        rf"^(?:Bạn {d_right} bao lâu (?:một|1) lần|Bao lâu (?:thì )?bạn {d_right} (?:một|1) lần|"
                        rf"Bạn có thường (?:xuyên )?{d_right})"))
        else:
            out.append((f"{capitalised(en)} {d_said_s if s else d_said} {h_said}.",
                        rf"^{vi_right} (?:thường )?{d_right} (?:{h_right})"))
    return out


AWAY_TO = [("trường học", "school"), ("biển", "beach"), ("văn phòng", "office"), ("trường", "school")]


def stop48(t, rng: random.Random, n: int) -> None:
    """The checks of stop 48 (168–181), after the earlier ones so that those draw the sentences they drew before."""
    off = lambda *a: None  # noqa: E731  (a whole-sentence rule switched off)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"the time of a thing of the day, {src}->{tgt}:", count(t, routine_times(rng, n, src), src, tgt,
                                                                      routines, "translate", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"directions in the street, {src}->{tgt}:", count(t, directions_said(rng, n, src), src, tgt, directions,
                                                                "translate", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        rules = [(people, "_at_school", off)] + [(people, "_asked", off)] * (src == "vi")  # (a grade asked: _asked)
        print(f"the grade at school, {src}->{tgt}:", count_off(t, grades(rng, n, src), src, tgt, rules), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"the same work of several, {src}->{tgt}:", count(t, same_jobs(rng, n, src), src, tgt, people,
                                                                "_same_job", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        names_ = ("_favourite", "_best") if src == "vi" else ("_favourite_vi", "_best_vi")
        print(f"a favourite food or drink, {src}->{tgt}:",
              count_off(t, foods_liked(rng, n, src), src, tgt, [(favourites, name, off) for name in names_]),
              flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"when a habit is kept, {src}->{tgt}:", count(t, habits_when(rng, n, src), src, tgt, hobbies,
                                                            "_often" if src == "vi" else "_often_vi", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        rules = [(skills, "_how_well", off)] if src == "vi" else [(skills, "_how_well_vi", off),
                                                                  (skills, "_good_vi", off)]
        print(f"how well a skill is done, {src}->{tgt}:", count_off(t, skills_how_well(rng, n, src), src, tgt, rules),
              flush=True)
    print("married or single, asked or said, en->vi:", count(t, married_en(rng, n), "en", "vi", family, "_married_vi",
                                                             off), flush=True)
    wed = [(f"{vi} {rng.choice(['cưới nhau', 'kết hôn', 'lấy nhau'])} {rng.choice(['', 'vào '])}năm {y}.",
            rf"(?i)^{en} (?:got|were|was) married in {y}\b")
           for (vi, en), y in ((rng.choice([("Họ", "They"), ("Chúng tôi", "We"), ("Anh trai tôi", "My brother")]),
                                rng.randint(1980, 2024)) for _ in range(n))]
    print("the year of a wedding, vi->en:", count(t, wed, "vi", "en", family, "_wed_in", off), flush=True)
    print("an order with 'please', en->vi:", count(t, orders(rng, n), "en", "vi", patterns, "_PLEASE_EN", NEVER),
          flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"when a class, a meeting or a party starts or ends, {src}->{tgt}:",
              count(t, events_timed(rng, n, src), src, tgt, timetables, "_at" if src == "vi" else "_at_vi", off),
              flush=True)
    for src, tgt, name in (("vi", "en", "_VI_TIME"), ("en", "vi", "_EN_TIME")):
        print(f"a clock said short ('lúc 7 rưỡi', 'at 7:30'), {src}->{tgt}:",
              count(t, short_clocks(rng, n, src), src, tgt, dates, name, NEVER), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"how someone gets to work or to school, {src}->{tgt}:", count(t, commutes(rng, n, src), src, tgt,
                                                                             routines, "_by" if src == "vi"
                                                                             else "_by_vi", off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"another size or colour, too big or tight, {src}->{tgt}:",
              count_off(t, fitting(rng, n, src), src, tgt, [(patterns, "_in_a_size", off), (patterns, "_too", off)]),
              flush=True)


# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern, English said of one): OFTEN_WHO's people,
# with the other words Vietnamese says them by ("Anh ta", "Mẹ của tôi")
ALSO_SAID = {"Anh ấy": "(?:Anh ấy|Anh ta)", "Mẹ tôi": "Mẹ (?:của )?tôi", "Chúng tôi": "Chúng (?:tôi|ta)"}
ROUTINE_WHO = [(vi, capitalised(en), capitalised(en), ALSO_SAID.get(vi, vi), one) for vi, en, one, _ in OFTEN_WHO]
# (Vietnamese, English in a pattern, … said of one, English said, … said of one, Vietnamese in a pattern)
ROUTINE_DOINGS = [("dậy", "(?:get|wake) up", "(?:gets|wakes) up", "get up", "gets up", "(?:thức )?dậy"),
                  ("đi ngủ", "go to bed", "goes to bed", "go to bed", "goes to bed", "đi ngủ"),
                  ("đi làm", "go to work", "goes to work", "go to work", "goes to work", "đi làm"),
                  ("ăn sáng", "(?:have|eat) breakfast", "(?:has|eats) breakfast", "have breakfast",
                   "has breakfast", "ăn sáng"),
                  ("ăn tối", "(?:have|eat) dinner", "(?:has|eats) dinner", "have dinner", "has dinner",
                   "ăn (?:cơm )?tối"),
                  ("về nhà", "(?:get|come|go) home", "(?:gets|comes|goes) home", "get home", "gets home",
                   "về (?:đến )?nhà"),
                  ("tan làm", "(?:finish|leave) work", "(?:finishes|leaves) work", "finish work", "finishes work",
                   "tan (?:làm|ca)")]


def routine_times(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The time someone does a thing of their day, said or asked; right: who, the doing and "at" the time, or "What
    time" and the doing; who, the doing and "lúc" the time, or the doing and "lúc mấy giờ"."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right, one), (d_vi, d_en, d_en_s, d_said, d_said_s, d_right), (t_vi, t_en, t_said,
                                                                                           t_right) = \
            rng.choice(ROUTINE_WHO), rng.choice(ROUTINE_DOINGS), rng.choice(CLOCK_TIMES)
        asked, usually = rng.random() < 0.25, rng.random() < 0.3
        if src == "vi":
            if asked:
                said = rng.choice([f"Mấy giờ bạn {d_vi}?", f"Bạn {d_vi} lúc mấy giờ?"])
                out.append((said, rf"^What time do you {d_en}\?"))
            else:
                out.append((f"{vi} {'thường ' * usually}{d_vi} lúc {t_vi}.",
                            rf"(?i)^{en} (?:usually )?{d_en_s if one else d_en} at {t_en}"))
        elif asked:
            out.append((f"What time do you {d_said}?",
                        rf"^(?:Bạn (?:thường )?{d_right} (?:vào )?lúc mấy giờ|Mấy giờ bạn (?:thường )?{d_right})"))
        else:
            out.append((f"{en_said} {'usually ' * usually}{d_said_s if one else d_said} at {t_said}.",
                        rf"^{vi_right} (?:thường )?{d_right} (?:vào )?lúc {t_right}"))
    return out


# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern)
LANDMARKS = [("ngã tư", "(?:crossroads|intersection)", "crossroads", "ngã tư"),
             ("đèn giao thông", "(?:traffic )?lights?", "traffic lights", "đèn (?:giao thông|đỏ|tín hiệu)"),
             ("ngân hàng", "bank", "bank", "ngân hàng"), ("bưu điện", "post office", "post office", "bưu điện"),
             ("vòng xuyến", "roundabout", "roundabout", "(?:vòng xuyến|bùng binh|vòng xoay)")]


def directions_said(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A turn at a place, or straight on for a distance; right: "Turn" the side "at the" place, or "Go straight" and
    the distance; "Rẽ" the side "ở" the place, or "Đi thẳng" and the distance."""
    out = []
    for _ in range(n):
        (l_vi, l_en, l_said, l_right), (s_vi, s_en), metres = rng.choice(LANDMARKS), rng.choice(SIDES), \
            rng.choice([100, 200, 300, 500])
        straight = rng.random() < 0.3
        if src == "vi":
            said = f"Đi thẳng khoảng {metres} mét." if straight else f"{rng.choice(['Rẽ', 'Quẹo'])} {s_vi} ở {l_vi}."
            right = (rf"(?i)^(?:Go|Walk|Keep going) straight (?:on |ahead )?(?:for )?about {metres} ?"
                     r"(?:metres|meters|m)\b" if straight else rf"(?i)^Turn {s_en} at the {l_en}\b")
        else:
            said = f"Go straight on for about {metres} metres." if straight else f"Turn {s_en} at the {l_said}."
            right = (rf"^(?:Hãy )?[Đđ]i thẳng (?:khoảng|chừng) {metres} ?(?:mét|m)\b" if straight
                     else rf"^(?:Hãy )?[Rr]ẽ {s_vi} (?:ở|tại) {l_right}")
        out.append((said, right))
    return out


# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern)
GRADE_WHO = [("Con tôi", "My (?:child|kid|son|daughter)", "My son", "(?:Con trai|Con) (?:của )?tôi"),
             ("Con gái tôi", "My daughter", "My daughter", "Con gái (?:của )?tôi"),
             ("Em trai tôi", "My (?:little |younger )?brother", "My little brother", "Em (?:trai )?(?:của )?tôi")]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth"]


def grades(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The grade a child is in at school, said or asked; right: who "is in" the grade, or "What grade is" and who;
    who "học lớp" the grade, or who and "học lớp mấy"."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right), grade = rng.choice(GRADE_WHO), rng.randint(1, 12)
        asked = rng.random() < 0.25
        nth = ORDINALS[grade - 1]
        if src == "vi":
            out.append((f"{vi.replace('tôi', 'bạn')} học lớp mấy?",
                        rf"(?i)^What grade is {en.replace('My', 'your')} in\?")
                       if asked else (f"{vi} {rng.choice(['', 'đang '])}học lớp {grade}.",
                                      rf"(?i)^{en} is in (?:grade {grade}|(?:the )?(?:{nth}|{grade}\w\w) grade)\b"))
        else:
            out.append((f"What grade is {en_said.replace('My', 'your')} in?",
                        rf"^{vi_right.replace('tôi', 'bạn')} (?:đang )?học lớp (?:mấy|nào)")
                       if asked else (f"{en_said} is in {rng.choice([f'grade {grade}', f'{nth} grade'])}.",
                                      rf"^{vi_right} (?:đang )?học lớp {grade}\b"))
    return out


SAME_WHO = [("Bố mẹ tôi", "My parents", "My parents", "(?:Bố|Cha|Ba) mẹ (?:của )?tôi"),
            ("Chúng tôi", "We", "We", "Chúng (?:tôi|ta)"), ("Họ", "They", "They", "Họ")]
SAME_JOBS = [("giáo viên", "teachers", "giáo viên"), ("bác sĩ", "doctors", "bác sĩ"), ("kỹ sư", "engineers", "kỹ sư"),
             ("nông dân", "farmers", "nông dân"), ("y tá", "nurses", "y tá"), ("sinh viên", "students", "sinh viên")]


def same_jobs(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Several people with the same work; right: who "are" and the work in the plural; who "là" the work."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right), (j_vi, j_en, j_right) = rng.choice(SAME_WHO), rng.choice(SAME_JOBS)
        both = rng.random() < 0.4
        if src == "vi":
            out.append((f"{vi} {'đều ' * both}là {j_vi}.", rf"(?i)^{en}(?: are|'re) (?:both |all )?{j_en}\b"))
        else:
            out.append((f"{en_said} are {'both ' * both}{j_en}.", rf"^{vi_right} (?:đều |cả hai đều )?là {j_right}\b"))
    return out


# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern)
FOODS_LIKED = [("phở", "pho", "pho", "phở"), ("bún chả", "bun cha", "bun cha", "bún chả"),
               ("bánh mì", "banh mi", "banh mi", "bánh mì"), ("cơm tấm", "broken rice", "broken rice", "cơm tấm")]
DRINKS_LIKED = [("cà phê", "coffee", "coffee", "cà phê"), ("trà sữa", "(?:bubble|milk) tea", "bubble tea", "trà sữa"),
                ("nước cam", "orange juice", "orange juice", "nước cam"), ("bia", "beer", "beer", "bia")]


def foods_liked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A favourite food or drink, said or asked, or liked best; right: "favourite food" or "drink", or what is liked
    and "best"; "Món ăn yêu thích" or "Đồ uống yêu thích", or "thích" what and "nhất"."""
    out = []
    for _ in range(n):
        drink, form = rng.random() < 0.5, rng.randrange(3)
        vi, en, en_said, vi_right = rng.choice(DRINKS_LIKED if drink else FOODS_LIKED)
        k_vi, k_en, k_said = ("Đồ uống", "drink", "drink") if drink else ("Món ăn", "(?:food|dish)", "food")
        if src == "vi":
            said = [f"{k_vi} yêu thích của tôi là {vi}.", f"{k_vi} yêu thích của bạn là gì?",
                    f"Tôi thích {vi} nhất."][form]
            right = [rf"(?i)^My favou?rite {k_en} is {en}\b", rf"(?i)^What(?:'s| is) your favou?rite {k_en}\?",
                     rf"(?i)^I like {en} (?:best|the most)\b"][form]
        else:
            said = [f"My favourite {k_said} is {en_said}.", f"What's your favourite {k_said}?",
                    f"I like {en_said} best."][form]
            right = [rf"^{k_vi} (?:yêu thích|ưa thích) (?:của tôi|tôi thích nhất) là {vi_right}\b",
                     rf"^{k_vi} (?:yêu thích|ưa thích) (?:của bạn|bạn thích nhất) là (?:gì|món gì)",
                     rf"^Tôi thích {vi_right} nhất\b"][form]
        out.append((said, right))
    return out


# (Vietnamese, English in a pattern, … said of one, English said, … said of one, Vietnamese in a pattern)
HABITS = [("chơi quần vợt", "play tennis", "plays tennis", "play tennis", "plays tennis",
           "chơi (?:quần vợt|tennis)"),
          ("đi bơi", "go swimming", "goes swimming", "go swimming", "goes swimming", "đi bơi"),
          ("nấu ăn", "cook", "cooks", "cook", "cooks", "nấu ăn"),
          ("đi câu cá", "go fishing", "goes fishing", "go fishing", "goes fishing", "đi câu(?: cá)?"),
          ("chơi bóng đá", "play (?:football|soccer)", "plays (?:football|soccer)", "play football",
           "plays football", "(?:chơi bóng đá|đá bóng)")]
HABIT_WHEN = [("cuối tuần", "(?:at|on) (?:the )?weekends?", "at the weekend", "cuối tuần"),
              ("buổi sáng", "in the mornings?", "in the morning", "buổi sáng"),
              ("buổi tối", "in the evenings?", "in the evening", "buổi tối"),
              ("Chủ nhật", "on Sundays?", "on Sundays", "(?i:Chủ nhật)")]


ASKED_OFTEN = [("he", "(?:Anh ấy|Anh ta)", True), ("she", "(?:Cô ấy|Chị ấy|Cô ta)", True),
               ("you", "(?:Bạn|Anh|Chị|Em)", False), ("your mother", "Mẹ (?:của )?bạn", True)]


def habits_when(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """When in the week or the day someone usually does an activity, or whether they often do it, asked; right: who,
    "usually" or "often", the doing said of them and when, or "Does" and "often"; who, "thường" or "hay", the doing
    and when, or "có hay" or "có thường" and the doing."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right, one), (d_vi, d_en, d_en_s, d_said, d_said_s, d_right), (w_vi, w_en, w_said,
                                                                                           w_right) = \
            rng.choice(ROUTINE_WHO), rng.choice(HABITS), rng.choice(HABIT_WHEN)
        if src == "vi":
            out.append((f"{vi} thường {d_vi} vào {w_vi}.",
                        rf"(?i)^{en} (?:usually|often|normally) {d_en_s if one else d_en} {w_en}\b"))
        elif rng.random() < 0.3:
            a_en, a_right, a_one = rng.choice(ASKED_OFTEN)
            out.append((f"{'Does' if a_one else 'Do'} {a_en} often {d_said}?",
                        rf"^{a_right} có (?:hay|thường) {d_right}\b"))
        else:
            out.append((f"{en_said} usually {d_said_s if one else d_said} {w_said}.",
                        rf"^{vi_right} (?:thường|hay) {d_right} vào {w_right}"))
    return out


# (Vietnamese, English in a pattern, … said of one, English said, … said of one, Vietnamese, how well in Vietnamese,
# a doer in English)
SKILLED = [("chơi bóng đá", "play football", "plays football", "play football", "plays football", "chơi bóng đá",
            "giỏi", ""),
           ("nấu ăn", "cook", "cooks", "cook", "cooks", "nấu ăn", "ngon", "cook"),
           ("hát", "sing", "sings", "sing", "sings", "hát", "hay", "singer"),
           ("bơi", "swim", "swims", "swim", "swims", "bơi", "giỏi", "swimmer"),
           ("chơi cầu lông", "play badminton", "plays badminton", "play badminton", "plays badminton",
            "chơi cầu lông", "giỏi", "")]


def skills_how_well(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How well someone does a skill, or that they are good at it; right: who, the doing and "very well", or "don't"
    and "very well"; who, the doing and "rất giỏi" ("hay", "ngon"), or "không giỏi lắm"."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right, one), (s_vi, s_en, s_en_s, s_said, s_said_s, s_right, well, doer) = \
            rng.choice(ROUTINE_WHO[:3]), rng.choice(SKILLED)
        negated = rng.random() < 0.3
        if src == "vi":
            if negated:
                out.append((f"{vi} {s_vi} không giỏi lắm.",
                            rf"(?i)^{en} (?:don't|doesn't|do not|does not) {s_en} (?:very|that|so) well\b"))
            else:
                out.append((f"{vi} {s_vi} rất {well}.", rf"(?i)^{en} {s_en_s if one else s_en} (?:very|really) well\b"))
        elif doer and rng.random() < 0.4:
            be = {"I": "'m"}.get(en_said, " is")
            out.append((f"{en_said}{be} a good {doer}.", rf"^{vi_right} {s_right} (?:rất |khá )?(?:giỏi|hay|ngon)\b"))
        else:
            out.append((f"{en_said} {s_said_s if one else s_said} very well.",
                        rf"^{vi_right} {s_right} (?:rất|cực kỳ) (?:giỏi|hay|ngon|tốt)\b"))
    return out


MARRIED_WHO = [("she", "Is she", "(?:Cô ấy|Chị ấy|Cô ta|Bà ấy)"), ("he", "Is he", "(?:Anh ấy|Anh ta|Ông ấy)"),
               ("you", "Are you", "(?:Bạn|Anh|Chị|Em)"),
               ("your brother", "Is your brother", "Anh (?:trai )?(?:của )?bạn"),
               ("your sister", "Is your sister", "(?:Em|Chị) gái (?:của )?bạn")]


def married_en(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Whether someone is married, asked, or that they are still single, said; right: who and "đã lập gia đình
    chưa?" ("kết hôn", "có vợ" … "chưa?"), or who and "độc thân"."""
    out = []
    for _ in range(n):
        who_en, asked_en, right = rng.choice(MARRIED_WHO)
        if rng.random() < 0.7:
            out.append((f"{asked_en} married?",
                        rf"^{right} (?:đã )?(?:lập gia đình|kết hôn|có (?:vợ|chồng|gia đình)|lấy (?:vợ|chồng)) chưa\?"))
        else:
            be = {"you": " are"}.get(who_en, "'s")
            out.append((f"{capitalised(who_en)}{be} still single.", rf"^{right} (?:vẫn )?(?:còn )?độc thân\b"))
    return [(s.replace("You are still", "You're still"), r) for s, r in out]


# (English said, Vietnamese in a pattern)
ORDERS_PLEASE = [("beer{s}", "(?:chai|lon|cốc|ly) bia"), ("iced tea{s}", "(?:ly|cốc) trà đá"),
           ("coffee{s}", "(?:ly|cốc|tách) cà phê"), ("bowl{s} of pho", "(?:bát|tô) phở"),
           ("bottle{s} of water", "chai nước"), ("glass{es} of orange juice", "(?:ly|cốc) nước cam")]
COUNTS = [("One", "một"), ("Two", "hai"), ("Three", "ba")]


def orders(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A count of a drink or a dish "please"; right: "Cho tôi", the count, its measure and the thing."""
    out = []
    for _ in range(n):
        (said, right), (c_en, c_vi) = rng.choice(ORDERS_PLEASE), rng.choice(COUNTS)
        many = c_en != "One"
        said = said.replace("{s}", "s" * many).replace("{es}", "es" * many)
        out.append((f"{c_en} {said}, please.", rf"^Cho (?:tôi|mình|chúng tôi) (?:xin )?{c_vi} {right}\b"))
    return out


EVENTS = [("Buổi học", "(?:class|lesson)", "class", "(?:Buổi|Lớp|Tiết) học"),
          ("Đám cưới", "wedding(?: ceremony)?", "wedding", "(?:Đám|Lễ) cưới"),
          ("Bữa tiệc", "party", "party", "(?:Bữa )?[Tt]iệc"), ("Cuộc họp", "meeting", "meeting", "Cuộc họp"),
          ("Trận đấu", "(?:match|game)", "match", "Trận (?:đấu|bóng)")]
EVENT_DOINGS = [("bắt đầu", "(?:starts|begins|will start)", "starts", "bắt đầu"),
                ("kết thúc", "(?:ends|finishes|will end)", "ends", "kết thúc")]
SHORT_CLOCKS = [("7 giờ 30", "7:30", "7:30", "(?:7:30|7 giờ 30|7 giờ rưỡi)"),
                ("8 rưỡi", "8:30", "8:30", "(?:8:30|8 giờ 30|8 giờ rưỡi)"),
                ("9 giờ 15", "9:15", "9:15", "(?:9:15|9 giờ 15)"),
                ("10 giờ 45", "10:45", "10:45", "(?:10:45|10 giờ 45)")]


def events_timed(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """When a class, a wedding, a party, a meeting or a match starts or ends; right: what, the doing and "at" the
    time; what, the doing and "lúc" the time."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right), (d_vi, d_en, d_said, d_right), (t_vi, t_en, t_said, t_right) = \
            rng.choice(EVENTS), rng.choice(EVENT_DOINGS), rng.choice(CLOCK_TIMES + SHORT_CLOCKS)
        if src == "vi":
            out.append((f"{vi} {d_vi} lúc {t_vi}.", rf"(?i)^The {en} {d_en} at {t_en}"))
        else:
            out.append((f"The {en_said} {d_said} at {t_said}.",
                        rf"^{THE_VI}{vi_right} (?:sẽ )?{d_right} (?:vào )?lúc {t_right}"))
    return out


COMMUTE_TO = [("đi làm", "work"), ("đi học", "school")]
# (Vietnamese, English in a pattern, English said, Vietnamese in a pattern)
COMMUTE_RIDES = [("xe máy", "(?:motorbike|motorcycle|scooter)", "motorbike", "xe máy"),
                 ("xe buýt", "bus", "bus", "xe buýt"),
                 ("xe đạp", "(?:bike|bicycle)", "bike", "xe đạp"), ("ô tô", "car", "car", "(?:ô tô|xe hơi)")]


def commutes(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How someone gets to work or to school, said or asked; right: who, "goes to" work "by" the ride, or "How do you
    get to"; who, "đi làm bằng" the ride, or "bằng gì"."""
    out = []
    for _ in range(n):
        (vi, en, en_said, vi_right, one), (to_vi, to_en), (r_vi, r_en, r_said, r_right) = rng.choice(ROUTINE_WHO), \
            rng.choice(COMMUTE_TO), rng.choice(COMMUTE_RIDES)
        asked, usually = rng.random() < 0.25, rng.random() < 0.3
        if src == "vi":
            out.append((f"Bạn {to_vi} bằng gì?", rf"^How do you (?:usually )?get to {to_en}\?") if asked else
                       (f"{vi} {'thường ' * usually}{to_vi} bằng {r_vi}.",
                        rf"(?i)^{en} (?:usually )?{'goes' if one else 'go'} to {to_en} by {r_en}\b"))
        elif asked:
            out.append((f"How do you get to {to_en}?", rf"^Bạn (?:thường )?{to_vi} bằng (?:gì|phương tiện gì)"))
        else:
            said = (f"{en_said} {'takes' if one else 'take'} the bus to {to_en}." if r_said == "bus" and usually else
                    f"{en_said} {'goes' if one else 'go'} to {to_en} by {r_said}.")
            out.append((said, rf"^{vi_right} (?:thường )?{to_vi} bằng {r_right if r_said != 'bus' else 'xe buýt'}\b"))
    return out


# (Vietnamese, English said, Vietnamese in a pattern, English in a pattern, in pairs)
WORN_THINGS = [("áo", "shirt", "áo", "(?:shirt|top|blouse)", False), ("giày", "shoes", "giày", "shoes", True),
               ("váy", "dress", "váy", "(?:dress|skirt)", False), ("quần", "trousers", "quần", "(?:trousers|pants)",
                                                                       True)]
FITS = [("to", "big", "(?:to|lớn|rộng)", "(?:big|large)"), ("chật", "tight", "chật", "tight"),
        ("đắt", "expensive", "đắt", "expensive"), ("nhỏ", "small", "(?:nhỏ|chật)", "small")]


def fitting(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A thing to wear asked in another size or colour (sizes vi→en are stop 35's), or too big, tight, expensive;
    right: "Do you have this" and "another colour" or the size, or the thing "is too" how; the thing "này có" the size
    or "màu khác" and "không?", or the thing "này" how and "quá"."""
    out = []
    for _ in range(n):
        (vi, en, vi_right, en_right, pair), (f_vi, f_en, f_right, f_en_right) = rng.choice(WORN_THINGS), \
            rng.choice(FITS)
        one_vi, this, be = ("Đôi", "these", "are") if pair else ("Cái", "this", "is")
        form = rng.randrange(2 if src == "vi" else 3)
        if src == "vi":
            said = [f"{one_vi} {vi} này có màu khác không?", f"{one_vi} {vi} này {f_vi} quá."][form]
            right = [rf"(?i)^Do you have {this} {en_right} in (?:another|a different|other) colou?rs?\b",
                     rf"(?i)^{this} {en_right} (?:is|are) (?:too|so|very) {f_en_right}\b"][form]
        else:
            said = [f"Do you have {this} {en} in another colour?", f"{capitalised(this)} {en} {be} too {f_en}.",
                    f"Do you have {this} {en} in a bigger size?"][form]
            right = [rf"^(?:{one_vi} )?{vi_right} này có màu khác không\?", rf"^(?:{one_vi} )?{vi_right} này "
                     rf"(?:{f_right} quá|quá {f_right})", rf"^(?:{one_vi} )?{vi_right} này có (?:cỡ|size) (?:lớn|to) "
                     r"hơn không\?"][form]
        out.append((said, right))
    return out


SHORT_SAID = {"vi": ["Hẹn gặp bạn lúc {h} rưỡi nhé.", "Tôi sẽ gọi lại cho bạn lúc {h} rưỡi.",
                     "Chúng ta gặp nhau lúc {h} rưỡi được không?"],
              "en": ["Let's meet at {h}:{m}.", "I'll call you back at {h}:{m}.", "Please be here by {h}:{m}.",
                     "Can we meet at {h}:{m} tomorrow?"]}


def short_clocks(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A clock said short in a sentence no whole rule takes: the half hour after the hour's digits ("lúc 7 rưỡi"), or
    hours and minutes without "am" or "pm" after "at", "by"; right: the time in digits ("7:30") or "half past"; the
    time with "lúc" or "trước" ("lúc 7:30", "lúc 7 giờ 30")."""
    out = []
    for _ in range(n):
        h, m = rng.randint(1, 11), rng.choice(["15", "30", "45", "20"])
        said = rng.choice(SHORT_SAID[src]).format(h=h, m=m)
        if src == "vi":
            out.append((said, rf"\b{h}:30\b|(?i:half past {EN_NUMBER_WORDS[h]})"))
        else:
            out.append((said, rf"(?:lúc|trước|vào lúc) {h}(?::| giờ ){m}\b"))
    return out


def stop49(t, rng: random.Random, n: int) -> None:
    """The checks of stop 49 (182–186), after the earlier ones so that those draw the sentences they drew before."""
    off = lambda *a: None  # noqa: E731  (a whole-sentence rule switched off)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a thing to wear asked for in a colour by name, {src}->{tgt}:",
              count(t, colours_asked(rng, n, src), src, tgt, patterns, "_in_a_size", off), flush=True)
    print("the grade at school in words, vi->en:", count(t, grades_in_words(rng, n), "vi", "en", people, "_at_school",
                                                         off), flush=True)
    print("an hour alone after 'at', en->vi:", count(t, hours_alone(rng, n), "en", "vi", dates, "_HOURS_EN", {}),
          flush=True)
    print("a name of three in capitals, vi->en:", count(t, names_in_capitals(rng, n), "vi", "en", restore,
                                                        "_given_names", lambda read: read), flush=True)
    print("going to a meal, vi->en:", count(t, meals_gone_to(rng, n), "vi", "en", articles, "to_a_meal",
                                            lambda words: {}), flush=True)


# (Vietnamese, English said, Vietnamese in a pattern, English in a pattern)
COLOURS_ASKED = [("màu đỏ", "red", "màu đỏ", "red"), ("màu đen", "black", "màu đen", "black"),
                 ("màu trắng", "white", "màu trắng", "white"), ("màu hồng", "pink", "màu hồng", "pink"),
                 ("màu xanh dương", "blue", "màu xanh(?: dương| da trời| nước biển)?", "blue"),
                 ("màu xám", "grey", "màu xám", "gr[ae]y"), ("màu vàng", "yellow", "màu vàng", "yellow")]


def colours_asked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A thing to wear asked for in a colour by name; right: "Do you have" the thing "in" the colour; "Bạn có" the
    thing "này", the colour and "không?"."""
    out = []
    for _ in range(n):
        (vi, en, vi_right, en_right, pair), (c_vi, c_said, c_right, c_en) = rng.choice(WORN_THINGS), \
            rng.choice(COLOURS_ASKED)
        one_vi, this = ("đôi", "these") if pair else (rng.choice(["cái", "chiếc"]), "this")
        if src == "vi":
            said = f"{rng.choice(['Bạn có', 'Có', 'Shop có', 'Bạn còn'])} {one_vi} {vi} này {c_vi} không?"
            out.append((said, rf"(?i)^Do you (?:still )?have {this} {en_right} in {c_en}\?"))
        else:
            out.append((f"Do you have {this} {en} in {c_said}?",
                        rf"^Bạn (?:có|còn) (?:(?:cái|chiếc|đôi) )?{vi_right} này {c_right} không\?"))
    return out


GRADE_WORDS = VI_NUMBER_WORDS[1:] + ["mười một", "mười hai"]


def grades_in_words(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """The grade a child is in at school, in words; right: who "is in" the grade."""
    out = []
    for _ in range(n):
        (vi, en, _, _), grade = rng.choice(GRADE_WHO), rng.randint(1, 12)
        out.append((f"{vi} {rng.choice(['', 'đang '])}học lớp {GRADE_WORDS[grade - 1]}.",
                    rf"(?i)^{en} is in (?:grade {grade}|(?:the )?(?:{ORDINALS[grade - 1]}|{grade}\w\w) grade)\b"))
    return out


def hours_alone(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """An hour alone after "at" (digits or a word) when someone does a thing of their day or something starts or
    ends; right: who or what, the doing and "lúc" the hour "giờ"."""
    out = []
    for _ in range(n):
        hour = rng.randint(1, 12)
        said = str(hour) if rng.random() < 0.6 else EN_NUMBER_WORDS[hour]
        if rng.random() < 0.6:
            (_, _, en_said, vi_right, one), (*_, d_said, d_said_s, d_right) = rng.choice(ROUTINE_WHO), \
                rng.choice(ROUTINE_DOINGS)
            out.append((f"{en_said} {d_said_s if one else d_said} at {said}.",
                        rf"^{vi_right} (?:thường )?{d_right} (?:vào )?lúc {hour} giờ(?! \d)"))
        else:
            (_, _, en_said, vi_right), (*_, d_said, d_right) = rng.choice(EVENTS), rng.choice(EVENT_DOINGS)
            out.append((f"The {en_said} {d_said} at {said}.",
                        rf"^{THE_VI}{vi_right} (?:sẽ )?{d_right} (?:vào )?lúc {hour} giờ(?! \d)"))
    return out


FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"]
# given names that are words too ("minh" bright, "nam" south, "hải" sea, "sơn" paint)
GIVEN_NAMES = ["Hùng", "Lan", "Hoa", "Mai", "Nam", "Minh", "Dũng", "Hương", "Thu", "Hải", "Sơn", "Tâm", "Bình", "Long"]
NAMED_IN = ["TÔI SẼ GẶP {n} VÀO THỨ HAI.", "ĐÂY LÀ {n}.", "XIN CẢM ƠN {n}.", "{n} LÀ GIÁM ĐỐC CÔNG TY.",
            "HÃY GỌI CHO {n}."]


def names_in_capitals(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A family name, "Văn" or "Thị" and a given name in a sentence in capitals; right: the three without marks."""
    out = []
    for _ in range(n):
        family, middle, given = rng.choice(FAMILY_NAMES), rng.choice(["Văn", "Thị"]), rng.choice(GIVEN_NAMES)
        said = rng.choice(NAMED_IN).format(n=f"{family} {middle} {given}".upper())
        out.append((said, rf"(?i)\b{strip_marks(family)} {strip_marks(middle)} {strip_marks(given)}\b"))
    return out


MEALS_VI = [("ăn sáng", "breakfast"), ("ăn trưa", "lunch"), ("ăn tối", "dinner")]


def meals_gone_to(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Going to a meal, asked for or told; right: "go", "goes" or "went" "to" (or "for", "out for") the meal, or
    "have", "eat" (or their past) the meal."""
    out = []
    for _ in range(n):
        vi, en = rng.choice(MEALS_VI)
        said = rng.choice([f"Chúng ta đi {vi} nhé.", f"Hôm qua tôi đi {vi} với đồng nghiệp.",
                           f"Anh ấy đi {vi} rồi.", f"Mình đi {vi} đi."])
        out.append((said, rf"(?i)\b(?:(?:go|goes|went|gone)(?: out)? (?:to|for)|have|has|had|eat|eats|ate|eating) "
                          rf"{en}\b"))
    return out


def stop50(t, rng: random.Random, n: int) -> None:
    """The checks of stop 50 (187–201), after the earlier ones so that those draw the sentences they drew before."""
    no_name = (names, "named_first", lambda *a: [])
    whole_off = [(phrasebook, "translate", lambda *a: None), no_name]  # (no whole rule took a name before)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"someone by name in a sentence written whole, {src}->{tgt}:",
              count_off(t, named_wholly(rng, n, src), src, tgt, whole_off), flush=True)
    for src, tgt in (("vi", "en"), ("en", "vi")):
        print(f"a name alone opening a sentence, {src}->{tgt}:",
              count_off(t, named_first(rng, n, src), src, tgt, [no_name]), flush=True)
    # (label, sentences, module, the rule's name there, vi→en or en→vi; each switched off as "no rule took it")
    whole = [("what someone is like", liked_as, traits, "translate", "translate"),
             ("bought by weight", weighed, patterns, "_weighed", "_weighed"),
             ("two compared", compared, comparisons, "translate", "translate"),
             ("one liked more than another", preferred, favourites, "_prefers", "_prefers_vi"),
             ("been somewhere, how often or a first time", been_to, visits, "translate", "translate"),
             ("what a price includes", includes, patterns, "_includes", "_includes"),
             ("married with children", married_kids, family, "_married", "_married_vi"),
             ("something stolen", stolen, mishaps, "_stolen", "_stolen"),
             ("where someone is", where_who, visits, "_where", "_where_vi"),
             ("the weather asked", weather_questions, weather_asked, "translate", "translate")]
    count_whole(t, rng, n, whole)
    print("a thing lost, not found or left behind, vi->en:",
          count_off(t, lost_things(rng, n), "vi", "en", [(terms, "_THING_LOST", NEVER), (terms, "_NOT_FOUND", NEVER)]),
          flush=True)


# ("Chị" …, what English writes before the name)
NAME_TITLES = [("", ""), ("Chị ", ""), ("Anh ", ""), ("Bác ", "Uncle "), ("Cô ", "Ms. "), ("Chú ", "Uncle ")]
FIRST_NAMES = sorted(names.GIVEN - {"Hoa", "Thu"})
NAMES_EN = sorted({strip_marks(n) for n in FIRST_NAMES} - {"Long", "Van", "Son", "Tu", "Thu"}) + [
    "Tom", "Anna", "Peter", "Mary", "David", "Emma"]
# (Vietnamese, English right; English, Vietnamese right): {n} the name, {a} an activity, {h} an hour
WHOLLY = [("{n} thích {a}.", "{n} likes {a}", "{n} likes {a}.", "{n} thích {a}"),
          ("{n} có thích {a} không?", r"Does {n} like {a}\?", "Does {n} like {a}?", r"{n} có thích {a} không\?"),
          ("{n} dậy lúc {h} giờ.", r"{n} gets up at {h}\b", "{n} gets up at {h}.", r"{n} (?:thức )?dậy lúc {h} giờ"),
          ("Mấy giờ {n} đi ngủ?", r"What time does {n} go to bed\?", "What time does {n} go to bed?",
           r"{n} đi ngủ lúc mấy giờ\?"),
          ("{n} nói tiếng Anh rất giỏi.", "{n} speaks English very well", "{n} speaks English very well.",
           "{n} nói tiếng Anh rất (?:giỏi|tốt)"),
          ("{n} đã kết hôn.", "{n} (?:is|has been|has got) married", "{n} is married.",
           "{n} đã (?:lập gia đình|kết hôn)"),
          ("{n} có hai con.", "{n} has two children", "{n} has two children.", "{n} có hai (?:đứa )?con"),
          ("{n} sống ở Đà Nẵng.", "{n} lives in Da Nang", "{n} lives in Da Nang.", "{n} sống ở Đà Nẵng")]


def named_wholly(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone by a given name in a sentence of a kind the rules write whole; right: the name (as English writes it,
    or as typed) and the verb said of one."""
    out = []
    for _ in range(n):
        vi, en_right, en, vi_right = rng.choice(WHOLLY)
        (a_vi, a_en), hour = rng.choice(ACTIVITIES), rng.randint(5, 11)
        if src == "vi":
            (title, title_en), name = rng.choice(NAME_TITLES), rng.choice(FIRST_NAMES)
            said = vi.format(n=f"{title}{name}", a=a_vi, h=hour)
            out.append((said, "^" + en_right.format(n=re.escape(title_en + strip_marks(name)), a=a_en, h=hour)))
        else:
            name = rng.choice(NAMES_EN)
            out.append((en.format(n=name, a=a_en, h=hour), "^" + vi_right.format(n=name, a=a_vi, h=hour)))
    return out


# (Vietnamese, English right after the name; English, Vietnamese right after the name)
NAMED_FIRST = [("là bác sĩ.", "is (?:a|the) doctor", "is a doctor.", "là (?:một )?bác sĩ"),
               ("bị ốm.", "is (?:sick|ill)", "is sick.", "bị (?:ốm|bệnh)"),
               ("sẽ đến muộn.", r"(?:will|'s going to|is going to) (?:be|come|arrive)\b.*\blate", "will be late.",
                "sẽ (?:đến |tới |về )?(?:muộn|trễ)"),
               ("gọi cho tôi hôm qua.", "called me yesterday", "called me yesterday.",
                "(?:đã )?gọi (?:điện )?(?:cho )?tôi (?:vào )?hôm qua"),
               ("muốn mua một chiếc xe mới.", "wants to buy a new car", "wants to buy a new car.",
                "muốn mua (?:một )?(?:chiếc )?xe (?:hơi )?mới"),
               ("làm việc ở ngân hàng.", "work(?:s|ed) (?:at|in) (?:a|the) bank", "works in a bank.",
                "làm việc (?:ở|tại) (?:một )?ngân hàng"),  # (no tense in Vietnamese: "worked" too)
               ("không đến.", "(?:didn't|did not|doesn't|does not|isn't|is not|won't) com", "didn't come.",
                "(?:đã )?không (?:đến|tới)"),
               ("là em gái tôi.", "is my (?:younger |little )?sister", "is my sister.",
                "là (?:em gái|chị gái|chị|em) (?:của )?tôi"),
               ("đã đi chợ.", "went to the market", "went to the market.", "(?:đã )?(?:đi|đến|tới) (?:đến )?chợ"),
               ("đang học tiếng Nhật.", "is (?:learning|studying) Japanese", "is learning Japanese.",
                "đang học tiếng Nhật")]


def named_first(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A given name alone opening a sentence no rule writes whole; right: the name (without marks, or as typed) and
    what is said of them."""
    out = []
    for _ in range(n):
        vi, en_right, en, vi_right = rng.choice(NAMED_FIRST)
        if src == "vi":
            name = rng.choice(FIRST_NAMES)
            out.append((f"{name} {vi}", rf"^{strip_marks(name)} ?{en_right}"))  # (" is", "'s")
        else:
            name = rng.choice([name for name in NAMES_EN if name != "Tom"])
            out.append((f"{name} {en}", rf"^{name} {vi_right}"))
    return out


# (Vietnamese, English right; English, Vietnamese right)
TRAITS_SAID = [("thân thiện", "friendly", "friendly", "thân thiện"),
               ("tốt bụng", "kind", "kind", "(?:tốt bụng|tử tế|tốt)"),
               ("hài hước", "funny", "funny", "(?:hài hước|vui tính)"),
               ("hiền", "(?:gentle|kind)", "gentle", "(?:hiền|hiền lành|dịu dàng)"),
               ("lười", "lazy", "lazy", "(?:lười|lười biếng)"),
               ("chăm chỉ", "(?:hard-working|hardworking|diligent)", "hard-working", "(?:chăm chỉ|siêng năng|cần cù)"),
               ("lịch sự", "polite", "polite", "lịch sự"), ("nhút nhát", "shy", "shy", "(?:nhút nhát|ngại ngùng)"),
               ("kiên nhẫn", "patient", "patient", "kiên nhẫn"), ("nghiêm khắc", "strict", "strict", "nghiêm khắc"),
               ("thông minh", "(?:smart|intelligent|clever)", "smart", "thông minh"),
               ("thật thà", "honest", "honest", "(?:thật thà|trung thực)"),
               ("hào phóng", "generous", "generous", "(?:hào phóng|rộng lượng)"),
               ("vui tính", "(?:cheerful|fun|funny|jovial)", "cheerful", "(?:vui tính|vui vẻ)")]
# (Vietnamese, English right opening a sentence and after "is", "is"; English opening a sentence and after "is",
# Vietnamese right)
LIKE_WHO = [("Cô ấy", "She", "she", "is", "She", "she", "(?:Cô ấy|Chị ấy)"),
            ("Anh ấy", "He", "he", "is", "He", "he", "Anh (?:ấy|ta)"),
            ("Họ", "They", "they", "are", "They", "they", "Họ"),
            ("Mẹ tôi", "My mother", "my mother", "is", "My mother", "my mother", "Mẹ (?:của )?tôi"),
            ("Bạn tôi", "My friend", "my friend", "is", "My friend", "my friend", "Bạn (?:của )?tôi"),
            ("Lan", "Lan", "Lan", "is", "Lan", "Lan", "Lan"),
            ("Người Nhật", "(?:Japanese people|The Japanese)", "(?:Japanese people|the Japanese)", "are",
             "The Japanese", "the Japanese", "Người Nhật(?: Bản)?")]
# how much: (Vietnamese before the word, after it; English right; English said; Vietnamese right before, after)
HOW_MUCH = [("rất ", "", "(?:very|really) ", "very ", "rất ", ""), ("hơi ", "", "(?:a bit|a little|slightly) ",
            "a bit ", "hơi ", ""), ("khá ", "", "(?:quite|pretty|rather|fairly) ", "quite ", "khá ", ""),
            ("không ", " lắm", "(?:not|n't) very ", "not very ", "không ", " lắm")]


def liked_as(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What someone is like, with how much, or asked; right: who, "is" and the word (with how much), or who and the
    word (with how much, "có … không?")."""
    out = []
    for _ in range(n):
        (vi, en_right, t_en, vi_right), (w_vi, w_right, w_right_asked, be_, w_en, w_en_asked, w_vi_right) = \
            rng.choice(TRAITS_SAID), rng.choice(LIKE_WHO)
        asked = rng.random() < 0.2
        before, after, much_right, much_en, before_right, after_right = rng.choice(HOW_MUCH)
        if src == "vi":
            said = f"{w_vi} có {vi} không?" if asked else f"{w_vi} {before}{vi}{after}."
            right = (rf"^{be_.capitalize()} {w_right_asked} {en_right}\?" if asked
                     else rf"^{w_right}(?: {be_}|'s|'re)? ?{much_right}{en_right}\b")
        else:
            said = f"{be_.capitalize()} {w_en_asked} {t_en}?" if asked else f"{w_en} {be_} {much_en}{t_en}."
            right = (rf"^{w_vi_right} có {vi_right} không\?" if asked
                     else rf"^{w_vi_right} {before_right}{vi_right}{after_right}\b")
        out.append((said, right))
    return out


# (Vietnamese, English)
WEIGHED_THINGS = [("cam", "oranges"), ("xoài", "mangoes"), ("táo", "apples"), ("chuối", "bananas"), ("nho", "grapes"),
                  ("thịt bò", "beef"), ("thịt lợn", "pork"), ("tôm", "prawns"), ("gạo", "rice"),
                  ("cà chua", "tomatoes")]
# (Vietnamese said, English right; English said, Vietnamese right)
WEIGHTS = [("một cân", "(?:a|one|1) kilo", "a kilo", "(?:một|1) (?:cân|kg|ký)"),
           ("hai cân", "(?:two|2) kilos", "two kilos", "(?:hai|2) (?:cân|kg|ký)"),
           ("nửa cân", "half a kilo", "half a kilo", "nửa (?:cân|kg|ký)"),
           ("3 cân", "(?:three|3) kilos", "3 kilos", "(?:ba|3) (?:cân|kg|ký)"),
           ("ba lạng", "300 grams", "300 grams", "(?:300 (?:gam|gram|g)|ba lạng)"),
           ("500 gam", "500 grams", "500 grams", "(?:500 (?:gam|gram|g)|năm lạng)")]
WEIGHED_VI = ["Cho tôi {w} {t}.", "Bán cho tôi {w} {t} nhé.", "Tôi muốn mua {w} {t}.", "Cho tôi {w} {t} được không?"]
WEIGHED_EN = ["Give me {w} of {t}, please.", "Can I have {w} of {t}?", "I'd like to buy {w} of {t}.",
              "I'd like {w} of {t}."]


def weighed(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A thing bought by weight, asked for or said; right: the weight and "of" the thing, or the weight and the
    thing."""
    out = []
    for _ in range(n):
        (t_vi, t_en), (w_vi, w_en_right, w_en, w_vi_right) = rng.choice(WEIGHED_THINGS), rng.choice(WEIGHTS)
        if src == "vi":
            out.append((rng.choice(WEIGHED_VI).format(w=w_vi, t=t_vi), rf"(?i)\b{w_en_right} of {t_en}\b"))
        else:
            out.append((rng.choice(WEIGHED_EN).format(w=w_en, t=t_en), rf"(?i)\b{w_vi_right} {t_vi}\b"))
    return out


# (Vietnamese, English)
LOST_THINGS = [("chìa khóa", "keys?"), ("ô", "umbrella"), ("kính", "glasses"), ("đồng hồ", "watch"),
               ("ba lô", "backpack"), ("máy ảnh", "camera"), ("điện thoại", "(?:phone|cell ?phone|mobile phone)")]
LOST_WHO = [("Tôi", "I", "my"), ("Anh ấy", "He", "his"), ("Cô ấy", "She", "her"), ("Chúng tôi", "We", "our")]
LOST_SAID = [("{w} bị mất {t}.", "lost"), ("{w} làm mất {t} rồi.", "(?:lost|'ve lost|has lost|have lost)"),
             ("{w} không tìm thấy {t}.", "(?:can't|cannot|can not|couldn't) find"),
             ("{w} để quên {t} ở nhà.", "(?:left|forgot)"), ("Hôm qua {w} bị mất {t}.", "lost")]


def lost_things(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A thing one carries lost, not found or left behind; right: the verb, whose and the thing."""
    out = []
    for _ in range(n):
        (t_vi, t_en), (w_vi, _, whose), (said, verb) = rng.choice(LOST_THINGS), rng.choice(LOST_WHO), \
            rng.choice(LOST_SAID)
        w_vi = w_vi if said.startswith("{w}") else w_vi.lower()
        out.append((said.format(w=w_vi, t=t_vi), rf"(?i)\b{verb} {whose} {t_en}\b"))
    return out


# the sides: (Vietnamese first, English first and "is"; English first, Vietnamese right), or None where it is no
# first side; and (Vietnamese other, English other right; English other, Vietnamese other right)
COMPARED_WHO = [("Em gái tôi", "My (?:younger |little )?sister", "is", "My sister", "Em gái (?:của )?tôi"),
                ("Anh ấy", "He", "is", "He", "Anh (?:ấy|ta)"), ("Tôi", "I", "am", "I", "Tôi"),
                ("Lan", "Lan", "is", "Lan", "Lan")]
COMPARED_OTHERS = [("tôi", "me", "me", "tôi"), ("anh ấy", "him", "him", "anh (?:ấy|ta)"),
                   ("mẹ tôi", "my mother", "my mother", "mẹ (?:của )?tôi")]
# (Vietnamese, English "-er", "-est"; Vietnamese right for the English)
COMPARED_PEOPLE = [("cao", "taller", "cao"), ("trẻ", "younger", "trẻ"), ("nặng", "heavier", "nặng")]
COMPARED_THINGS = [("rẻ", "cheaper", "cheapest", "rẻ"), ("đắt", "more expensive", "most expensive", "(?:đắt|mắc)"),
                   ("đẹp", "nicer", "nicest", "đẹp"), ("nhanh", "faster", "fastest", "nhanh"),
                   ("sạch", "cleaner", "cleanest", "sạch"), ("yên tĩnh", "quieter", "quietest", "yên tĩnh")]
THINGS_COMPARED = [("phòng", "room"), ("khách sạn", "hotel"), ("áo", "shirt"), ("xe", "car")]


def compared(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Two people or things compared, which is more so, or whether there is one more so; right: the comparison as
    the target says it."""
    out = []
    for _ in range(n):
        kind = rng.choice(["people", "things", "which", "days"])
        if kind == "people":
            (w_vi, w_en_right, be_, w_en, w_vi_right), (o_vi, o_en_right, o_en, o_vi_right), (q_vi, q_en, q_right) = \
                rng.choice(COMPARED_WHO), rng.choice(COMPARED_OTHERS), rng.choice(COMPARED_PEOPLE)
            if src == "vi":
                out.append((f"{w_vi} {q_vi} hơn {o_vi}.", rf"^{w_en_right}(?: {be_}|'s|'m) {q_en} than {o_en_right}\b"))
            else:
                out.append((f"{w_en} {be_} {q_en} than {o_en}.", rf"^{w_vi_right} {q_right} hơn {o_vi_right}\b"))
            continue
        (q_vi, more, most, q_right), (t_vi, t_en) = rng.choice(COMPARED_THINGS), rng.choice(THINGS_COMPARED)
        if kind == "things":
            if src == "vi":
                out.append((f"{t_vi.capitalize()} này {q_vi} hơn {t_vi} kia.",
                            rf"(?i)^this {t_en}(?: is|'s) {more} than that(?: one| {t_en})\b"))
            else:
                out.append((f"This {t_en} is {more} than that one.",
                            rf"^{t_vi.capitalize()} này {q_right} hơn (?:cái|{t_vi}) (?:kia|đó)\b"))
        elif kind == "which":
            if src == "vi":
                out.append((f"{t_vi.capitalize()} nào {q_vi} nhất?", rf"(?i)^which {t_en} is the {most}\?"))
            else:
                out.append((f"Which {t_en} is the {most}?", rf"^{t_vi.capitalize()} nào {q_right} nhất\?"))
        else:
            (d_vi, d_en, be_), (o_vi, o_en), (w_vi, w_en) = rng.choice(
                [("Hôm nay", "Today", "is"), ("Hôm qua", "Yesterday", "was")]), rng.choice(
                [("hôm qua", "yesterday"), ("tuần trước", "last week")]), rng.choice(
                [("nóng", "hotter"), ("lạnh", "colder")])
            if d_vi == "Hôm qua" and o_vi == "hôm qua":
                o_vi, o_en = "hôm nay", "today"
            if src == "vi":
                out.append((f"{d_vi} {w_vi} hơn {o_vi}.", rf"^(?:{d_en} {be_}|It(?: {be_}|'s)) {w_en} "
                                                          rf"(?:{d_en.lower()} )?than {o_en}\b"))
            else:
                out.append((f"{d_en} {be_} {w_en} than {o_en}.", rf"^{d_vi} (?:trời )?{w_vi} hơn {o_vi}\b"))
    return out


# (Vietnamese, English)
PREFERRED = [("trà", "tea"), ("cà phê", "coffee"), ("mùa hè", "summer"), ("mùa đông", "winter"), ("bia", "beer"),
             ("đọc sách", "reading"), ("xem phim", "watching films"), ("nấu ăn", "cooking"), ("bóng đá", "football"),
             ("bơi", "swimming"), ("Hà Nội", "Hanoi"), ("Sài Gòn", "Saigon"), ("Đà Lạt", "Da Lat")]
PREFER_WHO = [("Tôi", "I", "I", "Tôi"), ("Anh ấy", "He", "He", "Anh (?:ấy|ta)"), ("Mẹ tôi", "My mother", "My mother",
              "Mẹ (?:của )?tôi"), ("Chúng tôi", "We", "We", "Chúng (?:tôi|ta)"), ("Lan", "Lan", "Lan", "Lan")]


def preferred(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """One thing or pastime liked more than another; right: who "prefer(s)" one "to" the other (or "like(s)" one
    "more than" or "better than" it), or who "thích" one "hơn" the other."""
    out = []
    for _ in range(n):
        ((a_vi, a_en), (b_vi, b_en)), (w_vi, w_right, w_en, w_vi_right) = rng.sample(PREFERRED, 2), \
            rng.choice(PREFER_WHO)
        s = "" if w_en in ("I", "We") else "s"
        if src == "vi":
            out.append((f"{w_vi} thích {a_vi} hơn {b_vi}.",
                        rf"^{w_right} (?:prefer{s} {a_en} to|like{s} {a_en} (?:more|better) than) {b_en}\b"))
        else:
            out.append((f"{w_en} prefer{s} {a_en} to {b_en}.", rf"^{w_vi_right} thích {a_vi} hơn {b_vi}\b"))
    return out


# (Vietnamese, English)
BEEN_TO = [("Việt Nam", "Vietnam"), ("Hà Nội", "Hanoi"), ("Huế", "Hue"), ("Đà Nẵng", "Da Nang"), ("Nhật Bản", "Japan"),
           ("Thái Lan", "Thailand"), ("Hội An", "Hoi An")]
BEEN_WHO = [("Tôi", "I", "have", "I've", "Tôi"), ("Anh ấy", "He", "has", "He's", "Anh (?:ấy|ta)"),
            ("Chúng tôi", "We", "have", "We've", "Chúng (?:tôi|ta)"), ("Bạn", "You", "have", "You've", "Bạn")]
# how often: (Vietnamese, English right, English said, Vietnamese right)
BEEN_TIMES = [("hai lần", "(?:twice|two times)", "twice", "(?:hai|2) lần"), ("ba lần", "(?:three|3) times",
              "three times", "(?:ba|3) lần"), ("một lần", "once", "once", "(?:một|1) lần")]


def been_to(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How often someone has been somewhere, asked or said, or whether it is their first time there; right: as the
    docstring of check 196 says."""
    out = []
    for _ in range(n):
        (p_vi, p_en), (w_vi, w_en, have, w_short, w_vi_right), (t_vi, t_right, t_en, t_vi_right) = \
            rng.choice(BEEN_TO), rng.choice(BEEN_WHO), rng.choice(BEEN_TIMES)
        kind = rng.choice(["times", "first", "asked"])
        if src == "vi":
            said = {"times": f"{w_vi} đã đến {p_vi} {t_vi} rồi.", "first": f"Bạn đến {p_vi} lần đầu à?",
                    "asked": f"Bạn đã đến {p_vi} mấy lần rồi?"}[kind]
            right = {"times": rf"^(?:{w_en} {have}|{w_short}) been to {p_en} {t_right}\b",
                     "first": rf"(?i)^is this your first (?:time|visit) (?:in|to) {p_en}\?",
                     "asked": rf"^How many times have you been to {p_en}\?"}[kind]
        else:
            said = {"times": f"{w_short} been to {p_en} {t_en}.", "first": f"Is this your first time in {p_en}?",
                    "asked": f"How many times have you been to {p_en}?"}[kind]
            right = {"times": rf"^{w_vi_right} (?:đã )?(?:đến|tới|đi) {p_vi} {t_vi_right}\b",
                     "first": rf"\blần đầu(?: tiên)? bạn (?:đến|tới) {p_vi}\b",
                     "asked": rf"^Bạn (?:đã )?(?:đến|tới) {p_vi} (?:mấy|bao nhiêu) lần"}[kind]
        out.append((said, right))
    return out


# (Vietnamese, English): what includes it, and what it includes
INCLUDING = [("Giá phòng", "the room rate", "Giá phòng"), ("Giá", "the price", "Giá"), ("Vé", "the ticket", "Vé"),
             ("Tour", "the tour", "Tour")]
INCLUDED = [("bữa sáng", "breakfast"), ("thuế", "tax"), ("bảo hiểm", "insurance"), ("bữa trưa", "lunch")]


def includes(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whether a price includes something; right: "include" (or "included") and the thing, or "bao gồm" and it."""
    out = []
    for _ in range(n):
        (w_vi, w_en, w_vi_right), (i_vi, i_en) = rng.choice(INCLUDING), rng.choice(INCLUDED)
        if src == "vi":
            said = f"{w_vi} {rng.choice(['đã', 'có'])} bao gồm {i_vi} {'chưa' if rng.random() < 0.5 else 'không'}?"
            out.append((said, rf"(?i)(?:\binclude {i_en}|\b{i_en} included)\b.*\?"))
        else:
            out.append((f"Does {w_en} include {i_en}?", rf"^{w_vi_right} (?:đã |có )?bao gồm {i_vi} (?:chưa|không)\?"))
    return out


KIDS = [("một", "a child|one child", "a child", "một"), ("hai", "two children", "two children", "hai"),
        ("ba", "three children", "three kids", "ba")]
KIDS_WHO = [("Tôi", "I(?:'m| am)", "I'm", "Tôi"), ("Anh ấy", "He(?:'s| is)", "He's", "Anh (?:ấy|ta)"),
            ("Chị gái tôi", "My (?:older )?sister is", "My sister is", "(?:Chị|Em) (?:gái )?(?:của )?tôi")]


def married_kids(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone married with children; right: "married with" and the children, or "lập gia đình" or "kết hôn", "có"
    and the children."""
    out = []
    for _ in range(n):
        (k_vi, k_right, k_en, k_vi_right), (w_vi, w_right, w_en, w_vi_right) = rng.choice(KIDS), rng.choice(KIDS_WHO)
        if src == "vi":
            said = rng.choice(["{w} đã lập gia đình và có {k} con.", "{w} đã có gia đình và {k} con.",
                               "{w} đã kết hôn, có {k} con."]).format(w=w_vi, k=k_vi)
            out.append((said, rf"^{w_right} married,? (?:with|and has) (?:{k_right})\b"))
        else:
            out.append((f"{w_en} married with {k_en}.",
                        rf"^{w_vi_right} đã (?:lập gia đình|kết hôn|có gia đình),? (?:và )?có {k_vi_right} "
                        r"(?:đứa )?con"))
    return out


STOLEN = [("ví", "wallet"), ("điện thoại", "(?:phone|cell ?phone|mobile)"), ("túi", "bag"), ("hộ chiếu", "passport"),
          ("xe máy", "(?:motorbike|motorcycle|scooter)"), ("máy ảnh", "camera")]
STOLEN_EN = {"ví": "wallet", "điện thoại": "phone", "túi": "bag", "hộ chiếu": "passport", "xe máy": "motorbike",
             "máy ảnh": "camera"}


def stolen(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Something stolen; right: "stole" or "stolen" and the thing, or a word for stealing and the thing."""
    out = []
    for _ in range(n):
        t_vi, t_right = rng.choice(STOLEN)
        if src == "vi":
            said = rng.choice(["Ai đó đã lấy trộm {t} của tôi.", "Tôi bị móc {t}.", "{T} của tôi bị lấy trộm.",
                               "Có người lấy cắp {t} của tôi rồi.", "Tôi bị trộm mất {t}."])
            out.append((said.format(t=t_vi, T=t_vi.capitalize()),
                        rf"(?i)\b(?:stole (?:my|our) {t_right}|{t_right} (?:was|has been|got) stolen"
                        rf"{'|been pickpocketed' if t_vi == 'túi' else ''})\b"))
        else:
            said = rng.choice(["Someone stole my {t}.", "My {t} was stolen.", "My {t} has been stolen."])
            out.append((said.format(t=STOLEN_EN[t_vi]),
                        rf"(?i)\b(?:(?:lấy |ăn |đánh )?(?:trộm|cắp)(?: mất)? {t_vi}|{t_vi} (?:của tôi )?(?:đã )?bị "
                        rf"(?:lấy |ăn |đánh )?(?:trộm|cắp))\b"))
    return out


# (Vietnamese, English right; English, Vietnamese right)
WHERE_WHO = [("Anh ấy", "is he", "is he", "Anh (?:ấy|ta)"), ("Bạn", "are you", "are you", "Bạn"),
             ("Mẹ bạn", "is your mother", "is your mother", "Mẹ (?:của )?bạn"), ("Chị Lan", "is Lan", "is Lan", "Lan"),
             ("Minh", "is Minh", "is Minh", "Minh"), ("Họ", "are they", "are they", "Họ"),
             ("Con tôi", "is my child", "is my son", "Con trai (?:của )?tôi")]


def where_who(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Where someone is, asked; right: "Where is" or "Where are" and who, or who and "ở đâu"."""
    out = []
    for _ in range(n):
        w_vi, w_right, w_en, w_vi_right = rng.choice(WHERE_WHO)
        if src == "vi":
            said = rng.choice(["{w} đang ở đâu?", "{w} ở đâu?", "{w} đâu rồi?"]).format(w=w_vi)
            out.append((said, rf"^Where {w_right}\b"))
        else:
            out.append((f"Where {w_en}?", rf"^{w_vi_right} (?:đang )?ở đâu\b"))
    return out


# (Vietnamese, English): the weather, the places and the days
WEATHER_ASKED = [("lạnh", "cold"), ("nóng", "hot"), ("nắng", "sunny"), ("mát", "cool"), ("mưa", "rain")]
WEATHER_PLACES = [("Đà Lạt", "Da Lat"), ("Hà Nội", "Hanoi"), ("Sa Pa", "Sa Pa"), ("Huế", "Hue"), ("", "")]
WEATHER_DAYS = [("bây giờ", "now", False), ("ngày mai", "tomorrow", True), ("", "", False)]


def weather_questions(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The weather asked somewhere or on a day; right: as check 201 says, with the place and the day anywhere."""
    out = []
    for _ in range(n):
        (w_vi, w_en), (p_vi, p_en), (d_vi, d_en, will) = rng.choice(WEATHER_ASKED), rng.choice(WEATHER_PLACES), \
            rng.choice(WEATHER_DAYS)
        if not (p_vi or d_vi):
            p_vi, p_en = "Hội An", "Hoi An"
        if src == "vi":
            said = capitalised(" ".join(w for w in (f"ở {p_vi}" if p_vi else "", d_vi, "trời có", w_vi, "không?") if w))
            if w_en == "rain":
                asked = "Will it rain" if will else "(?:Is it raining|Will it rain|Is it going to rain)"
            else:
                asked = f"(?:Will it be|Is it going to be) {w_en}" if will else f"Is it {w_en}"
            also = [rf"\bin {p_en}\b" if p_en else "", rf"\b{d_en}\b" if d_en else ""]
        else:
            asked_en = ("Will it rain" if will else "Is it raining") if w_en == "rain" else \
                f"{'Will it be' if will else 'Is it'} {w_en}"
            said = asked_en + f" in {p_en}" * bool(p_en) + f" {d_en}" * bool(d_en) + "?"
            asked = rf"trời (?:có )?(?:đang |sẽ )?{w_vi} không\?"
            also = [rf"\b{p_vi}\b" if p_vi else "", rf"\b{d_vi}\b" if d_vi else ""]
        ahead = "".join(rf"(?=.*{a})" for a in also if a)  # (the place and the day anywhere)
        out.append((said, rf"(?i)^{ahead}{asked}\b" if src == "vi" else rf"(?i)^{ahead}.*{asked}"))
    return out


def stop51(t, rng: random.Random, n: int) -> None:
    """The checks of stop 51 (202–215), after the earlier ones so that those draw the sentences they drew before."""
    whole_off = [(phrasebook, "translate", lambda *a: None), (names, "named_first", lambda *a: [])]
    print("someone by 'anh' or 'chị' and whose, or a cousin, in a sentence written whole, vi->en:",
          count_off(t, kin_wholly(rng, n), "vi", "en", whole_off), flush=True)
    # (label, sentences, module, the rule's name there, vi→en or en→vi; each switched off as "no rule took it")
    whole = [("a ride to a place by its name, when it leaves", ride_to, patterns, "_what_time", "_what_time"),
             ("someone by kin or by name late, missing a ride, out of money", kin_mishaps, mishaps, "translate",
              "translate"),
             ("who is allergic to what", allergic_to, allergies, "translate", "translate"),
             ("what someone studies, when they graduated", studied, studies, "translate", "translate"),
             ("renting a motorbike, a bicycle, a car", renting, rentals, "translate", "translate"),
             ("someone who moved to a place", moved_to, visits, "_moved", "_moved_vi"),
             ("how long people have known each other", known_for, family, "_known", "_known_vi"),
             ("an appointment with someone", booked, appointments, "translate", "translate"),
             ("someone's phone number asked for", phone_numbers, calls, "_number", "_number_vi"),
             ("what size someone wears", wears_size, worn_sizes, "translate", "translate"),
             ("a part of someone's body that hurts", aching, aches, "translate", "translate")]
    count_whole(t, rng, n, whole)
    print("something lost or not found by someone by kin or by name, vi->en:",
          count(t, kin_lost(rng, n), "vi", "en", mishaps, "_lost", lambda *a: None), flush=True)
    print("someone's work after 'là', vi->en:",
          count(t, works_as_is(rng, n), "vi", "en", people, "_works_as", lambda *a: None), flush=True)


# (Vietnamese, English right)
KIN_WHO = [("Anh tôi", "My (?:older )?brother"), ("Chị tôi", "My (?:older )?sister"), ("Anh họ tôi", "My cousin"),
           ("Chị họ tôi", "My cousin"), ("Em họ tôi", "My cousin"), ("Chị của bạn", "Your (?:older )?sister"),
           ("Anh của bạn", "Your (?:older )?brother")]
# (Vietnamese after who, English right after who; {a} an activity)
KIN_WHOLE_SAID = [("thích {a}.", "likes {a}"), ("rất thân thiện.", "is very friendly"),
            ("sẽ đến muộn.", "(?:will|is going to) be late"), ("bị dị ứng với tôm.", "is allergic to shrimp"),
            ("đã kết hôn.", "(?:is|has been|has got) married"), ("học ngành luật.", "stud(?:ies|ied) law")]


def kin_wholly(rng: random.Random, n: int, kin: list[tuple[str, str]] = KIN_WHO) -> list[tuple[str, str]]:
    """Someone by "anh" or "chị" and whose ("Anh tôi", my brother), or a cousin (or one of `kin`), in a sentence of a
    kind the rules write whole; right: who in English, and what is said of them."""
    out = []
    for _ in range(n):
        (w_vi, w_en), (said, right) = rng.choice(kin), rng.choice(KIN_WHOLE_SAID)
        a_vi, a_en = rng.choice(ACTIVITIES)
        out.append((f"{w_vi} {said.format(a=a_vi)}", f"^{w_en} {right.format(a=a_en)}\\b"))
    return out


RIDES_TO = [("Tàu", "train", "(?:tàu|xe lửa|tàu hỏa)"), ("Xe buýt", "bus", "xe buýt"),
            ("Chuyến bay", "flight", "(?:chuyến bay|máy bay)")]
PLACES_TO = [("Huế", "Hue"), ("Hội An", "Hoi An"), ("Đà Nẵng", "Da Nang"), ("Hà Nội", "Hanoi"),
             ("Nha Trang", "Nha Trang"), ("Sa Pa", "Sa Pa")]


def ride_to(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """When a ride to a place by its name leaves, asked; right: "What time" or "When", the ride, "to" the place and
    "leave"; or the ride, "đi" (or "đến", "tới") the place, a word for leaving, and "mấy giờ" or "khi nào"."""
    out = []
    for _ in range(n):
        (r_vi, r_en, r_right), (p_vi, p_en) = rng.choice(RIDES_TO), rng.choice(PLACES_TO)
        if src == "vi":
            said = rng.choice(["{R} đi {p} lúc mấy giờ?", "{R} đi {p} chạy lúc mấy giờ?",
                               "Mấy giờ {r} đi {p} khởi hành?", "Khi nào {r} đi {p} chạy?"])
            out.append((said.format(R=r_vi, r=r_vi.lower(), p=p_vi),
                        rf"^(?:What time|When) (?:does|will) the {r_en} to {p_en} (?:leave|depart)\?"))
        else:
            said = rng.choice(["What time does the {r} to {p} leave?", "When does the {r} to {p} leave?"])
            out.append((said.format(r=r_en, p=p_en),
                        rf"(?i)^(?=.*\b{r_right} (?:đi|đến|tới) {p_vi}\b)(?=.*(?:khởi hành|chạy|xuất phát|rời))"
                        r"(?=.*(?:mấy giờ|khi nào))"))
    return out


# (Vietnamese, English right; English, Vietnamese right)
KIN_NAMED = [("Mẹ tôi", "My mother", "My mother", "Mẹ (?:của )?tôi"),
             ("Bố tôi", "My father", "My father", "(?:Bố|Cha) (?:của )?tôi"),
             ("Bạn tôi", "My friend", "My friend", "Bạn (?:của )?tôi"), ("Lan", "Lan", "Lan", "Lan"),
             ("Hùng", "Hung", "David", "David"), ("Bác Hùng", "Uncle Hung", "Minh", "Minh")]


def kin_mishaps(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone by kin or by name late, missing a ride or out of money; right: who, and "will be late", "missed the
    train", "run out of money"; or who and "sẽ đến muộn", "lỡ … xe buýt", "hết tiền"."""
    out = []
    for _ in range(n):
        w_vi, w_right, w_en, w_vi_right = rng.choice(KIN_NAMED)
        if src == "vi":
            said, right = rng.choice([("sẽ đến muộn.", "(?:will|is going to) be late"),
                                      ("đến muộn 10 phút.", "(?:is|was) 10 minutes late"),
                                      ("bị lỡ chuyến tàu.", "(?:has )?missed the train"),
                                      ("hết tiền rồi.", "(?:has|had) run out of money")])
            out.append((f"{w_vi} {said}", f"^{w_right} {right}\\b"))
        else:
            said, right = rng.choice([("will be late.", "sẽ (?:đến |tới )?(?:muộn|trễ)"),
                                      ("missed the bus.", "(?:đã )?(?:bị )?(?:bỏ )?lỡ (?:chuyến )?xe buýt"),
                                      ("has run out of money.", "(?:đã )?hết tiền")])
            out.append((f"{w_en} {said}", f"^{w_vi_right} {right}"))
    return out


LOSERS = [("Mẹ tôi", "My mother"), ("Bố tôi", "My father"), ("Chị Lan", "Lan"), ("Bác Hùng", "Uncle Hung"),
           ("Anh trai tôi", "My brother"), ("Minh", "Minh")]
LOST_KIN_THINGS = [("điện thoại", "phone"), ("ví", "wallet"), ("chìa khóa", "keys?"), ("hộ chiếu", "passport"),
               ("kính", "glasses")]
LOSING = [("bị mất", "lost"), ("làm mất", "lost"), ("quên", "(?:forgot|left)"),
          ("không tìm thấy", "can(?:'t|not) find")]


def kin_lost(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Something lost, forgotten or not found by someone by kin or by name; right: who, the verb, whose and the
    thing ("My mother lost her phone")."""
    out = []
    for _ in range(n):
        (w_vi, w_en), (t_vi, t_en), (v_vi, v_en) = rng.choice(LOSERS), rng.choice(LOST_KIN_THINGS), rng.choice(LOSING)
        out.append((f"{w_vi} {v_vi} {t_vi}.", f"^{w_en} {v_en} (?:his|her|their) {t_en}\\b"))
    return out


ALLERGIES = [("tôm", "shrimp"), ("hải sản", "seafood"), ("đậu phộng", "peanuts"), ("sữa", "milk"), ("trứng", "eggs"),
             ("phấn hoa", "pollen"), ("cua", "crab"), ("mèo", "cats"), ("bụi", "dust"), ("cá", "fish")]
# (Vietnamese, English right; English, Vietnamese right)
ALLERGIC_WHO = [("Tôi", "I(?:'m| am)", "I'm", "Tôi"), ("Con tôi", "My child is", "My son is", "Con trai (?:của )?tôi"),
                ("Mẹ tôi", "My mother is", "My mother is", "Mẹ (?:của )?tôi"), ("Anh ấy", "He(?:'s| is)", "He's",
                "Anh (?:ấy|ta)"), ("Lan", "Lan is", "Lan is", "Lan")]


def allergic_to(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is allergic to what, said or asked; right: who, "allergic to" and what; or who, "dị ứng" and what."""
    out = []
    for _ in range(n):
        (w_vi, w_right, w_en, w_vi_right), (a_vi, a_en) = rng.choice(ALLERGIC_WHO), rng.choice(ALLERGIES)
        asked = rng.random() < 0.2
        if src == "vi":
            said = rng.choice(["bị dị ứng với", "bị dị ứng", "dị ứng với"])
            out.append((f"Bạn có bị dị ứng với {a_vi} không?", f"^Are you allergic to {a_en}\\?") if asked else
                       (f"{w_vi} {said} {a_vi}.", f"^{w_right} allergic to {a_en}\\b"))
        else:
            right = f"^Bạn có (?:bị )?dị ứng (?:với )?{a_vi} không\\?" if asked else \
                f"^{w_vi_right} (?:bị )?dị ứng (?:với )?{a_vi}\\b"
            out.append((f"Are you allergic to {a_en}?" if asked else f"{w_en} allergic to {a_en}.", right))
    return out


SUBJECTS = [("kinh tế", "economics"), ("luật", "law"), ("kiến trúc", "architecture"), ("kế toán", "accounting"),
            ("công nghệ thông tin", "(?:information technology|IT)"), ("tiếng Anh", "English"),
            ("hóa học", "chemistry")]
SUBJECTS_EN = {"(?:information technology|IT)": "information technology"}
# (Vietnamese, English right, "does"; English, Vietnamese right)
STUDENTS = [("Tôi", "I", False, "I", "Tôi"), ("Em gái tôi", "My (?:younger )?sister", True, "My sister",
            "Em gái (?:của )?tôi"), ("Con trai tôi", "My son", True, "My son", "Con trai (?:của )?tôi"),
            ("Lan", "Lan", True, "Lan", "Lan"), ("Anh ấy", "He", True, "He", "Anh (?:ấy|ta)")]


def studied(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What someone studies or when they graduated, said or asked; right: who and "study" or "studies" and the
    subject, or "graduated" and the year, or "What do you study?", "When did you graduate?"; and the other way."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), (s_vi, s_en) = rng.choice(STUDENTS), rng.choice(SUBJECTS)
        year, kind = rng.randint(1995, 2024), rng.choice(["studies", "graduated", "asked"])
        if src == "vi":
            if kind == "studies":
                out.append((f"{w_vi} học ngành {s_vi}.", rf"^{w_right} stud(?:ies|y) {s_en}\b"))
            elif kind == "graduated":
                out.append((f"{w_vi} tốt nghiệp năm {year}.", rf"^{w_right} graduated (?:from \w+ )?in {year}\b"))
            else:
                out.append(rng.choice([("Bạn học ngành gì?", r"^What do you study\?"),
                                       ("Bạn tốt nghiệp năm nào?", r"^When did you graduate\?")]))
        else:
            if kind == "studies":
                said = f"{w_en} {'studies' if one else 'study'} {SUBJECTS_EN.get(s_en, s_en)}."
                out.append((said, rf"^{w_vi_right} (?:đang )?học (?:chuyên )?(?:ngành )?{s_vi}\b"))
            elif kind == "graduated":
                out.append((f"{w_en} graduated in {year}.", rf"^{w_vi_right} (?:đã )?tốt nghiệp (?:vào )?năm {year}\b"))
            else:
                out.append(rng.choice([("What do you study?", r"^Bạn (?:đang )?học (?:chuyên )?(?:ngành )?gì\?"),
                                       ("What's your major?", r"^(?:Bạn học (?:chuyên )?ngành gì|Chuyên ngành của "
                                                               r"bạn là gì)\?")]))
    return out


RENTED = [("xe máy", "(?:motorbike|motorcycle|scooter)", "motorbike"), ("xe đạp", "(?:bicycle|bike)", "bicycle"),
          ("ô tô", "car", "car"), ("thuyền kayak", "kayak", "kayak")]


def renting(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Renting something: what it costs a day, wanted, whether one can here; right: "rent" and the thing, and "How
    much" and "a day", or "for three days", or "here"; or "thuê" and the thing and the same."""
    out = []
    for _ in range(n):
        vi, right, en = rng.choice(RENTED)
        kind = rng.choice(["price", "wanted", "days", "here"])
        if src == "vi":
            said, pattern = {
                "price": (f"Thuê {vi} một ngày bao nhiêu tiền?",
                          rf"^How much (?:is it|does it cost) to rent an? {right} (?:for a|per|a) day\?"),
                "wanted": (f"Tôi muốn thuê {vi}.", rf"^I(?:'d like| would like| want) to rent an? {right}\b"),
                "days": (f"Tôi muốn thuê {vi} ba ngày.",
                         rf"^I(?:'d like| would like| want) to rent an? {right} for (?:three|3) days\b"),
                "here": (f"Ở đây có cho thuê {vi} không?",
                         rf"^(?:Can I rent an? {right} here|Do you rent (?:out )?{right}s?)\?")}[kind]
        else:
            said, pattern = {
                "price": (f"How much is it to rent {'an' if en[0] in 'aeiou' else 'a'} {en} for a day?",
                          rf"^Thuê {vi} (?:(?:một|1) ngày (?:hết |là )?bao nhiêu(?: tiền)?|(?:hết |là )?bao nhiêu "
                          r"tiền một ngày)\?"),
                "wanted": (f"I'd like to rent a {en}.", rf"^Tôi muốn thuê (?:một )?(?:chiếc )?{vi}\b"),
                "days": (f"I'd like to rent a {en} for three days.",
                         rf"^Tôi muốn thuê (?:một )?(?:chiếc )?{vi} (?:trong )?(?:ba|3) ngày\b"),
                "here": (f"Can I rent a {en} here?",
                         rf"^(?:Ở đây có cho thuê {vi} không|Tôi có thể thuê (?:một )?(?:chiếc )?{vi} ở đây "
                         r"không)\?")}[kind]
        out.append((said, pattern))
    return out


MOVERS = [("Anh ấy", "He", "He", "Anh (?:ấy|ta)"), ("Chúng tôi", "We", "We", "Chúng (?:tôi|ta)"),
          ("Lan", "Lan", "Lan", "Lan"), ("Mẹ tôi", "My mother", "My sister", "(?:Em|Chị) gái (?:của )?tôi"),
          ("Tôi", "I", "I", "Tôi")]
MOVED_TO = [("Hà Nội", "Hanoi"), ("Đà Nẵng", "Da Nang"), ("Sài Gòn", "Saigon"), ("Huế", "Hue"), ("Nhật Bản", "Japan"),
            ("Úc", "Australia")]
# (Vietnamese, English right after who; English, Vietnamese right after who)
MOVING = [("mới chuyển đến", "(?:'s|'ve| has| have)? (?:just|recently) moved to", "just moved to",
           "(?:mới|vừa)(?: mới)? chuyển (?:nhà )?(?:đến|tới|về|sang)"),
          ("đã chuyển đến", "(?:'s|'ve| has| have)? moved to", "moved to",
           "(?:đã )?chuyển (?:nhà )?(?:đến|tới|về|sang)"),
          ("sắp chuyển đến", "(?:'s|'m|'re| is| am| are) (?:going to move|moving) to", "is moving to",
           "(?:sắp|sẽ) chuyển (?:nhà )?(?:đến|tới|về|sang)")]


def moved_to(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone who moved, or is moving, to a place by its name; right: who, "moved to" or "moving to" and the
    place; or who, "chuyển đến" and the place."""
    out = []
    for _ in range(n):
        (w_vi, w_right, w_en, w_vi_right), (p_vi, p_en) = rng.choice(MOVERS), rng.choice(MOVED_TO)
        said, right, said_en, right_vi = rng.choice(MOVING[:2] if src == "en" else MOVING)
        if src == "vi":
            out.append((f"{w_vi} {said} {p_vi}.", rf"^{w_right}{right} {p_en}\b"))
        else:
            out.append((f"{w_en} {said_en} {p_en}.", rf"^{w_vi_right} {right_vi} {p_vi}\b"))
    return out


KNOWN_FOR = [("hai", "two"), ("năm", "five"), ("mười", "ten"), ("3", "3")]


def known_for(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How long people have known each other, said or asked; right: "known each other for" the years, "since" the
    year, or "How long have you known each other?"; or "quen nhau" and the same."""
    out = []
    for _ in range(n):
        (n_vi, n_en), year, kind = rng.choice(KNOWN_FOR), rng.randint(1990, 2020), rng.choice(["for", "since", "asked"])
        if src == "vi":
            out.append({"for": (f"Chúng tôi đã quen nhau {n_vi} năm rồi.",
                                rf"^We(?:'ve| have) known each other for {n_en} years\b"),
                        "since": (f"Họ quen nhau từ năm {year}.",
                                  rf"^They(?:'ve| have) known each other since {year}\b"),
                        "asked": ("Các bạn quen nhau bao lâu rồi?", r"^How long have you known each other\?")}[kind])
        else:
            out.append({"for": (f"We've known each other for {n_en} years.",
                                rf"^Chúng (?:tôi|ta) (?:đã )?quen (?:biết )?nhau (?:được )?{n_vi} năm\b"),
                        "since": (f"They have known each other since {year}.",
                                  rf"^Họ (?:đã )?quen (?:biết )?nhau từ (?:năm )?{year}\b"),
                        "asked": ("How long have you known each other?",
                                  r"^(?:Các bạn|Hai (?:bạn|người)|Bạn) (?:đã )?quen (?:biết )?nhau (?:được )?bao lâu")
                        }[kind])
    return out


# (Vietnamese, English right; English, Vietnamese right)
BOOKED_WHO = [("Tôi", "I have", "I have", "Tôi"), ("Mẹ tôi", "My mother has", "My mother has", "Mẹ (?:của )?tôi"),
              ("Anh ấy", "He has", "He has", "Anh (?:ấy|ta)")]
BOOKED_WITH = [("bác sĩ", "the doctor", "the doctor", "bác sĩ"), ("nha sĩ", "the dentist", "the dentist", "nha sĩ"),
               ("khách hàng", "a client", "a client", "khách hàng")]
BOOKED_WHEN = [("lúc 3 giờ chiều", r"at 3(?::00)? ?p\.?m\b", "at 3 pm", "3 giờ chiều"),
               ("ngày mai", r"tomorrow\b", "tomorrow", "ngày mai"), ("", "", "", "")]


def booked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """An appointment someone has with someone, at a time or on a day; right: who, "an appointment with" whom and
    when anywhere; or who, "có hẹn với" whom and when anywhere."""
    out = []
    for _ in range(n):
        (w_vi, w_right, w_en, w_vi_right), (m_vi, m_right, m_en, m_vi_right), (t_vi, t_right, t_en, t_vi_right) = \
            rng.choice(BOOKED_WHO), rng.choice(BOOKED_WITH), rng.choice(BOOKED_WHEN)
        if src == "vi":
            said = " ".join(w for w in (w_vi, "có hẹn với", m_vi, t_vi) if w) + "."
            out.append((said, rf"^(?=.*{t_right}){w_right} an appointment with {m_right}\b"))
        else:
            said = " ".join(w for w in (w_en, "an appointment with", m_en, t_en) if w) + "."
            out.append((said, rf"^(?=.*{t_vi_right}){w_vi_right} có (?:một )?(?:cuộc |lịch )?hẹn với {m_vi_right}\b"))
    return out


# (Vietnamese, English right; English, Vietnamese right)
NUMBER_OF = [("Lan", "Lan's", "Lan's", "Lan"), ("mẹ bạn", "your mother's", "your mother's", "mẹ (?:của )?bạn"),
             ("anh ấy", "his", "his", "anh (?:ấy|ta)"), ("bố tôi", "my father's", "David's", "David")]


def phone_numbers(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone's phone number asked for; right: "Do you have", "What's" or "Could I have" and whose "phone number";
    or "số điện thoại của" whose and the question."""
    out = []
    for _ in range(n):
        w_vi, w_right, w_en, w_vi_right = rng.choice(NUMBER_OF)
        kind = rng.choice(["have", "what", "may"])
        if src == "vi":
            out.append({"have": (f"Bạn có số điện thoại của {w_vi} không?",
                                 rf"^Do you have {w_right} (?:phone )?number\?"),
                        "what": (f"Số điện thoại của {w_vi} là gì?", rf"^What(?:'s| is) {w_right} (?:phone )?number\?"),
                        "may": ("Cho tôi xin số điện thoại của bạn được không?",
                                r"^(?:Could|Can|May) I (?:please )?have your (?:phone )?number\b")}[kind])
        else:
            out.append({"have": (f"Do you have {w_en} phone number?",
                                 rf"^Bạn có số (?:điện thoại|đt) (?:của )?{w_vi_right} không\?"),
                        "what": (f"What's {w_en} phone number?",
                                 rf"^Số (?:điện thoại|đt) (?:của )?{w_vi_right} là (?:gì|bao nhiêu|số mấy)\?"),
                        "may": ("Could I have your number, please?",
                                r"^Cho tôi xin số (?:điện thoại|đt) (?:của )?bạn\b")}[kind])
    return out


# (Vietnamese, English right and "-s"; English, Vietnamese right)
WEARERS = [("Tôi", "I", False, "I", "Tôi"), ("Con tôi", "My child", True, "My son", "Con trai (?:của )?tôi"),
           ("Cô ấy", "She", True, "She", "Cô (?:ấy|ta)"), ("Lan", "Lan", True, "Lan", "Lan")]
CLOTHES_SIZES = ["S", "M", "L", "XL"]


def wears_size(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What size of clothes or shoes someone wears, said or asked; right: who, "wear" or "wears" and the size (and
    "shoes"), or "What size … wear?"; or who, "mặc cỡ" or "đi giày cỡ" and the size, or the question."""
    out = []
    for _ in range(n):
        w_vi, w_right, one, w_en, w_vi_right = rng.choice(WEARERS)
        shoes, asked = rng.random() < 0.5, rng.random() < 0.2
        size = str(rng.randint(35, 44)) if shoes else rng.choice(CLOTHES_SIZES)
        wear = "wears" if one else "wear"
        if src == "vi":
            if asked:
                out.append((f"Bạn {'đi giày' if shoes else 'mặc'} cỡ bao nhiêu?",
                            rf"^What size {'shoes ' if shoes else ''}do you wear\?"))
            else:
                out.append((f"{w_vi} {'đi giày' if shoes else 'mặc'} cỡ {size}.",
                            rf"^{w_right} {wear} (?:a )?size {size}{' shoes' if shoes else ''}\b"))
        else:
            if asked:
                out.append((f"What size {'shoes ' if shoes else ''}do you wear?",
                            rf"^Bạn {'đi giày' if shoes else 'mặc'} (?:cỡ|size|số) (?:bao nhiêu|gì|mấy)\?"))
            else:
                out.append((f"{w_en} {'wears' if w_en != 'I' else 'wear'} size {size}{' shoes' if shoes else ''}.",
                            rf"^{w_vi_right} {'(?:đi|mang) giày' if shoes else 'mặc'} (?:cỡ|size|số) {size}\b"))
    return out


# (Vietnamese, English right)
WORKERS_IS = [("Anh tôi", "My (?:older )?brother is"), ("Chị tôi", "My (?:older )?sister is"),
              ("Mẹ tôi", "My mother is"), ("Anh ấy", "He(?:'s| is)"), ("Lan", "Lan is"), ("Tôi", "I(?:'m| am)")]
JOBS_IS = [("kỹ sư", "an engineer"), ("y tá", "a nurse"), ("đầu bếp", "a chef"), ("luật sư", "a lawyer"),
           ("nông dân", "a farmer"), ("hướng dẫn viên du lịch", "a tour guide"), ("kế toán", "an accountant")]


def works_as_is(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Someone's work after "là" ("Anh tôi là kỹ sư."); right: who, "is" and the job with "a" or "an"."""
    out = []
    for _ in range(n):
        (w_vi, w_right), (j_vi, j_en) = rng.choice(WORKERS_IS), rng.choice(JOBS_IS)
        said = rng.choice(["{w} là {j}.", "{w} là một {j}."]).format(w=w_vi, j=j_vi)
        out.append((said, rf"^{w_right} {j_en}\b"))
    return out


# (Vietnamese whose, English whose, who; English whose, Vietnamese whose)
ACHING = [("tôi", "My", "I have", "My", "tôi"), ("mẹ tôi", "My mother's", "My mother has", "My mother's",
          "mẹ (?:của )?tôi"), ("anh ấy", "His", "He has", "His", "anh (?:ấy|ta)")]
ACHING_PARTS = [("lưng", "back", "hurts"), ("chân", "leg", "hurts"), ("vai", "shoulder", "hurts"),
                ("mắt", "eyes", "hurt"), ("đầu gối", "knee", "hurts"), ("cổ", "neck", "hurts")]


def aching(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A part of someone's body that hurts; right: whose, the part and "hurts" ("bị đau lưng" also "has a backache",
    mt.terms' ailment); or the part, whose and "đau"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, has, w_en, w_vi_right), (p_vi, p_en, hurts) = rng.choice(ACHING), rng.choice(ACHING_PARTS)
        if src == "vi":
            said = rng.choice([f"{p_vi.capitalize()} {w_vi} bị đau.", f"{capitalised(w_vi)} bị đau {p_vi}."])
            backache = f"|{has} a backache" if p_vi == "lưng" else ""
            out.append((said, rf"^(?:{w_right} {p_en} {hurts}{backache})\b"))
        else:
            out.append((f"{w_en} {p_en} {hurts}.", rf"(?i)^{p_vi} (?:của )?{w_vi_right} (?:bị |đang )?đau\b"))
    return out



def stop52(t, rng: random.Random, n: int) -> None:
    """The checks of stop 52 (216–228), after the earlier ones so that those draw the sentences they drew before."""
    # (label, sentences, module, the rule's name there, vi→en or en→vi; each switched off as "no rule took it")
    whole = [("who has what ailment", ailing_whole, ailments, "translate", "translate"),
             ("one liked more, or which of two", preferring, favourites, "_prefers", "_prefers_vi"),
             ("whether someone is free or busy, and when", free_or_busy, free_time, "translate", "translate"),
             ("something slow, asked whether broken, or to be fixed", slow_or_fixed, broken_things, "translate",
              "translate"),
             ("sending a letter or a parcel to a place", posting, post, "translate", "translate"),
             ("whether someone has had a meal yet", had_meals, meals, "translate", "translate"),
             ("how someone slept lately or last night", slept, sleep, "translate", "translate"),
             ("who picks whom up, where and when", picked_up, pickups, "translate", "translate"),
             ("who someone is to someone", introduced, relations, "translate", "translate"),
             ("someone going on holiday or travelling to a place", travelling, trips, "translate", "translate"),
             ("whether someone passed an exam", examined, exams, "translate", "translate"),
             ("a day off, overtime, quitting or losing a job", worked, workdays, "translate", "translate")]
    count_whole(t, rng, n, whole)
    whole_off = [(phrasebook, "translate", lambda *a: None), (names, "named_first", lambda *a: [])]
    print("a boyfriend, a colleague, a neighbour … in a sentence written whole, vi->en:",
          count_off(t, kin_wholly(rng, n, KIN_WHO_52), "vi", "en", whole_off), flush=True)


# (Vietnamese, English right)
KIN_WHO_52 = [("Bạn trai tôi", "My boyfriend"), ("Bạn gái tôi", "My girlfriend"), ("Đồng nghiệp tôi", "My colleague"),
              ("Hàng xóm của tôi", "My neighbou?r"), ("Bạn thân tôi", "My best friend"), ("Sếp tôi", "My boss"),
              ("Bạn cùng phòng của tôi", "My roommate")]
# (Vietnamese, English right, said of one, English, Vietnamese right)
WHO_52 = [("Tôi", "I", False, "I", "(?i:tôi)"), ("Mẹ tôi", "My mother", True, "My mother", "(?i:mẹ (?:của )?tôi)"),
          ("Con trai tôi", "My son", True, "My son", "(?i:con trai (?:của )?tôi)"), ("Lan", "Lan", True, "Lan", "Lan"),
          ("Anh ấy", "He", True, "He", "(?i:anh (?:ấy|ta))"), ("Chúng tôi", "We", False, "We", "(?i:chúng tôi)")]
# (Vietnamese, English, Vietnamese right)
AILING_52 = [("ho", "a cough", "ho"), ("sốt", "a fever", "sốt"), ("đau họng", "a sore throat", "đau họng"),
             ("cảm", "a cold", "cảm(?: lạnh)?"), ("sổ mũi", "a runny nose", "sổ mũi"),
             ("đau đầu", "a headache", "đau đầu"), ("cúm", "the flu", "(?:cảm )?cúm")]


def ailing_whole(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has one or two ailments, or "you" asked; right: who, "has" or "have" and them, or "Do you have …?"; or
    who, "bị" and them, or "Bạn có bị … không?"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        (a_vi, a_en, a_right), (b_vi, b_en, b_right) = rng.sample(AILING_52, 2)
        have = "has" if one else "have"
        if rng.random() < 0.2:
            out.append((f"Bạn có bị {a_vi} không?", f"^Do you have {a_en}\\?") if src == "vi" else
                       (f"Do you have {a_en}?", f"^Bạn có bị {a_right} không\\?"))
        elif src == "vi":
            out.append((f"{w_vi} bị {a_vi} và {b_vi}.", f"^{w_right} {have} {a_en} and {b_en}\\b"))
        else:
            out.append((f"{w_en} {have} {a_en} and {b_en}.", f"^{w_vi_right} bị {a_right} và {b_right}\\b"))
    return out


PREFERRED_52 = [("chó", "dogs"), ("mèo", "cats"), ("trà", "tea"), ("cà phê", "coffee"), ("mùa hè", "summer"),
                ("mùa đông", "winter"), ("đọc sách", "reading"), ("xem phim", "watching films"), ("hoa", "flowers")]


def preferring(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """One liked more than anything else, or asked which of two; right: who, "prefer(s)" and it, or "Do you prefer
    … or …?"; or who, "thích", it and "hơn", or "thích … hay …"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        (a_vi, a_en), (b_vi, b_en) = rng.sample(PREFERRED_52, 2)
        if rng.random() < 0.3:
            out.append((f"Bạn thích {a_vi} hay {b_vi}?", f"^Do you prefer {a_en} or {b_en}\\?") if src == "vi" else
                       (f"Do you prefer {a_en} or {b_en}?", f"^Bạn thích {a_vi} hay {b_vi}\\b"))
        elif src == "vi":
            out.append((f"{w_vi} thích {a_vi} hơn.", f"^{w_right} prefers? {a_en}\\b"))
        else:
            out.append((f"{w_en} prefer{'s' * one} {a_en}.", f"^{w_vi_right} thích {a_vi} hơn\\b"))
    return out


# (Vietnamese, English, Vietnamese right)
FREE_DAYS = [("tối nay", "tonight", "tối nay"), ("ngày mai", "tomorrow", "ngày mai"),
             ("vào chiều thứ bảy", "on Saturday afternoon", "chiều thứ Bảy"),
             ("vào cuối tuần", "at the weekend", "cuối tuần"), ("vào thứ hai", "on Monday", "thứ Hai"),
             ("chiều nay", "this afternoon", "chiều nay")]
FREE_STATES = [("rảnh", "free"), ("bận", "busy")]


def free_or_busy(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whether someone is free or busy on a day, or "you" asked; right: who, "is" (or "'m", "will be" …), free or
    busy and the day; or who, "rảnh" or "bận" and the day."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), (d_vi, d_en, d_right) = rng.choice(WHO_52), rng.choice(FREE_DAYS)
        s_vi, s_en = rng.choice(FREE_STATES)
        be_en = "is" if one else "am" if w_en == "I" else "are"
        if rng.random() < 0.2:
            out.append((f"Bạn có rảnh {d_vi} không?", f"^Are you free {d_en}\\?") if src == "vi" else
                       (f"Are you free {d_en}?", f"(?i:^(?=.*\\bbạn có rảnh\\b)(?=.*{d_right}).*không\\?)"))
        elif src == "vi":
            out.append((f"{w_vi} {s_vi} {d_vi}.", f"^{w_right}(?:'m|'s|'re| is| am| are|'ll be| will be) {s_en} "
                        f"{d_en}\\b"))  # ("will be" on a day ahead: "tomorrow")
        else:
            out.append((f"{w_en} {be_en} {s_en} {d_en}.", f"(?i:^(?=.*\\b{w_vi_right} {s_vi}\\b)(?=.*{d_right}))"))
    return out


# (Vietnamese, English, Vietnamese right)
SLOW_52 = [("máy tính", "computer", "máy tính"), ("điện thoại", "phone", "điện thoại")]
FIXED_52 = [("máy lạnh", "air conditioner", "(?:máy lạnh|điều hòa|máy điều hòa)"), ("tivi", "TV", "(?:tivi|TV)"),
            ("vòi sen", "shower", "vòi sen"), ("tủ lạnh", "fridge", "tủ lạnh"), ("quạt", "fan", "quạt")]


def slow_or_fixed(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone's computer or phone slow, a thing asked whether broken, or asked to be fixed; right: whose and the
    thing, "is slow", "Is the … broken?", "Can you fix the …?"; or the Vietnamese of each."""
    out = []
    for _ in range(n):
        kind = rng.choice(["slow", "asked", "fix"])
        if kind == "slow":
            (t_vi, t_en, t_right) = rng.choice(SLOW_52)
            out.append((f"{capitalised(t_vi)} của tôi bị chậm.", f"^My {t_en} is (?:very )?slow\\b") if src == "vi"
                       else (f"My {t_en} is slow.", f"(?i:^{t_right} của tôi (?:bị |rất |chạy )?chậm\\b)"))
            continue
        (t_vi, t_en, t_right) = rng.choice(FIXED_52)
        if kind == "asked":
            out.append((f"{capitalised(t_vi)} có bị hỏng không?", f"^Is the {t_en} broken\\?") if src == "vi" else
                       (f"Is the {t_en} broken?", f"(?i:^(?:cái )?{t_right} có bị hỏng không\\?)"))
        else:
            out.append((f"Bạn có thể sửa {t_vi} không?", f"^(?:Can|Could) you fix the {t_en}\\?") if src == "vi"
                       else (f"Can you fix the {t_en}?", f"(?i:^bạn có thể sửa (?:cái )?{t_right} (?:được )?không\\?)"))
    return out


# (Vietnamese, English, Vietnamese right)
POSTED_52 = [("thư", "letter", "(?:bức |lá )?thư"), ("bưu kiện", "parcel", "bưu kiện"),
             ("bưu thiếp", "postcard", "(?:tấm )?bưu thiếp")]
POSTED_TO = [("Mỹ", "America", "Mỹ"), ("Úc", "Australia", "Úc"), ("Nhật", "Japan", "Nhật(?: Bản)?"),
             ("Pháp", "France", "Pháp"), ("Hà Nội", "Hanoi", "Hà Nội")]


def posting(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Sending a letter, a parcel or a postcard to a place, or asking what it costs; right: "send", the thing, "to"
    and the place, or "How much …"; or "gửi", the thing and the place after "đi", "sang" …"""
    out = []
    for _ in range(n):
        (t_vi, t_en, t_right), (p_vi, p_en, p_right) = rng.choice(POSTED_52), rng.choice(POSTED_TO)
        to = "(?:đi|sang|đến|tới|về)"
        if rng.random() < 0.3:
            out.append((f"Gửi {t_vi} đi {p_vi} bao nhiêu tiền?", f"^How much (?:is it|does it cost) to send an? "
                        f"{t_en} to {p_en}\\?") if src == "vi" else
                       (f"How much is it to send a {t_en} to {p_en}?", f"^Gửi {t_right} {to} {p_right} .*bao nhiêu"))
        elif src == "vi":
            out.append((f"Tôi muốn gửi {t_vi} này đi {p_vi}.", f"^I(?:'d like| want) to send this {t_en} to {p_en}\\b"))
        else:
            out.append((f"I'd like to send this {t_en} to {p_en}.", f"^Tôi muốn gửi {t_right} này {to} {p_right}\\b"))
    return out


MEALS_52 = [("sáng", "breakfast"), ("trưa", "lunch"), ("tối", "dinner")]


def had_meals(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whether someone has had a meal yet, said or asked; right: who, "hasn't had" or "has already had" and the
    meal, or "Has … had … yet?"; or who, "chưa ăn" or "đã ăn … rồi", or "… đã ăn … chưa?"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), (m_vi, m_en) = rng.choice(WHO_52), rng.choice(MEALS_52)
        have = "has" if one else "have"
        kind = rng.choice(["not", "already", "asked"])
        if kind == "asked":
            out.append((f"Mẹ bạn đã ăn {m_vi} chưa?", f"^Has your mother had {m_en} yet\\?") if src == "vi" else
                       (f"Has your mother had {m_en} yet?", f"(?i:^mẹ (?:của )?bạn (?:đã )?ăn {m_vi} chưa\\?)"))
        elif kind == "not":
            out.append((f"{w_vi} chưa ăn {m_vi}.", f"^{w_right} {have}n't had {m_en}\\b") if src == "vi" else
                       (f"{w_en} {have}n't had {m_en} yet.", f"^{w_vi_right} chưa ăn {m_vi}\\b"))
        else:
            out.append((f"{w_vi} đã ăn {m_vi} rồi.", f"^{w_right}(?:'ve|'s| {have}) already had {m_en}\\b")
                       if src == "vi" else
                       (f"{w_en} {have} already had {m_en}.", f"^{w_vi_right} (?:đã )?ăn {m_vi} rồi\\b"))
    return out


def slept(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How someone slept lately or last night; right: who, "hasn't been sleeping well lately", "slept (very) well
    last night" or "couldn't sleep last night"; or "Dạo này", "Tối qua", who and how."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        have = "has" if one else "have"
        kind = rng.choice(["lately", "well", "couldn't"])
        w_vi = w_vi if w_vi == "Lan" else w_vi[0].lower() + w_vi[1:]  # (after the time)
        if kind == "lately":
            out.append((f"Dạo này {w_vi} ngủ không ngon.",
                        f"^{w_right}(?: {have}|'ve|'s)n't been sleeping well lately\\b") if src == "vi" else
                       (f"{w_en} {have}n't been sleeping well lately.", f"(?i:^dạo này {w_vi_right} ngủ không ngon)"))
        elif kind == "well":
            out.append((f"Tối qua {w_vi} ngủ rất ngon.", f"^{w_right} slept very well last "
                        "night\\b") if src == "vi" else
                       (f"{w_en} slept very well last night.", f"(?i:^tối qua {w_vi_right} ngủ rất ngon)"))
        else:
            out.append((f"Tối qua {w_vi} không ngủ được.", f"^{w_right} couldn't sleep last "
                        "night\\b") if src == "vi" else
                       (f"{w_en} couldn't sleep last night.", f"(?i:^tối qua {w_vi_right} không ngủ được)"))
    return out



# (Vietnamese, English, Vietnamese right)
PICKED_AT = [("sân bay", "the airport", "sân bay"), ("nhà ga", "the station", "(?:nhà )?ga"),
             ("khách sạn", "the hotel", "khách sạn")]
# (Vietnamese whom, English whom, Vietnamese right)
PICKED_WHOM = [("bạn", "you", "bạn"), ("tôi", "me", "tôi"), ("mẹ tôi", "my mother", "mẹ (?:của )?tôi"),
               ("chúng tôi", "us", "chúng tôi")]


def picked_up(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who will pick whom up at a place, or "you" asked to at a time; right: "pick … up" or "pick up …" and the place,
    or "Can you pick … up at …?"; or "đón", whom and the place or the time."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        (a_vi, a_en, a_right), (o_vi, o_en, o_right) = rng.choice(PICKED_AT), rng.choice(PICKED_WHOM)
        if o_vi == keyed_who(w_vi):
            o_vi, o_en, o_right = PICKED_WHOM[0]  # (not "I'll pick me up")
        picks = f"pick {o_en} up" if " " not in o_en else f"pick up {o_en}"
        if rng.random() < 0.3:
            hour = rng.randint(5, 9)
            out.append((f"Bạn có thể đón {o_vi} lúc {hour} giờ không?", f"^Can you {picks} at {hour}(?::00)?\\?")
                       if src == "vi" else (f"Can you {picks} at {hour}?",
                                            f"(?i:^bạn có thể đón {o_right} lúc {hour} giờ (?:được )?không\\?)"))
        elif src == "vi":
            out.append((f"{w_vi} sẽ đón {o_vi} ở {a_vi}.", f"^{w_right}(?:'ll| will) {picks} at {a_en}\\b"))
        else:
            out.append((f"{w_en} will {picks} at {a_en}.",
                        f"(?i:^{w_vi_right} sẽ đón {o_right} (?:ở|tại) {a_right}\\b)"))
    return out


def keyed_who(said: str) -> str:
    """Who of WHO_52 as whom is said ("Tôi" → "tôi"; "Lan" as it is)."""
    return said if said == "Lan" else said[0].lower() + said[1:]


# (Vietnamese, English)
INTRODUCED_AS = [("bạn trai", "boyfriend"), ("bạn gái", "girlfriend"), ("đồng nghiệp", "colleague"),
                 ("hàng xóm", "neighbou?r"), ("bạn thân", "best friend"), ("vợ", "wife"), ("bạn cùng lớp", "classmate")]
INTRODUCED_EN = {"neighbou?r": "neighbour"}
# (Vietnamese, English right, English, Vietnamese right)
INTRODUCED_WHO = [("Anh ấy", "He(?:'s| is)", "He's", "(?i:anh (?:ấy|ta)) là"),
                  ("Cô ấy", "She(?:'s| is)", "She's", "(?i:cô (?:ấy|ta)) là"), ("Đây", "This is", "This is", "Đây là"),
                  ("Lan", "Lan is", "Lan is", "Lan là")]


def introduced(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who someone is to the speaker; right: who, "is", "my" and whom; or who, "là", whom and "tôi"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, w_en, w_vi_right), (k_vi, k_en) = rng.choice(INTRODUCED_WHO), rng.choice(INTRODUCED_AS)
        whose = rng.choice(["tôi", "của tôi"])
        out.append((f"{w_vi} là {k_vi} {whose}.", f"^{w_right} my {k_en}\\b") if src == "vi" else
                   (f"{w_en} my {INTRODUCED_EN.get(k_en, k_en)}.", f"^{w_vi_right} {k_vi} (?:của )?tôi\\b"))
    return out


# (Vietnamese, English, Vietnamese right)
TRAVELLED_TO = [("Đà Nẵng", "Da Nang", "Đà Nẵng"), ("Nhật Bản", "Japan", "Nhật(?: Bản)?"), ("Thái Lan", "Thailand",
                "Thái Lan"), ("Hội An", "Hoi An", "Hội An"), ("Hàn Quốc", "(?:South )?Korea", "Hàn Quốc")]
TRAVELLED_EN = {"(?:South )?Korea": "Korea"}


def travelling(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone going on holiday or travelling to a place; right: who, "going on holiday to" or "going to travel to" and
    the place; or who, "sẽ đi nghỉ ở" or "sẽ đi du lịch" and the place."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), (p_vi, p_en, p_right) = rng.choice(WHO_52), rng.choice(TRAVELLED_TO)
        be = "'s" if one else "'m" if w_en == "I" else "'re"
        p_said = TRAVELLED_EN.get(p_en, p_en)
        if rng.random() < 0.5:
            out.append((f"{w_vi} sẽ đi nghỉ ở {p_vi}.", f"^{w_right}(?:'s|'m|'re| is| am| are) going on holiday to "
                        f"{p_en}\\b") if src == "vi" else
                       (f"{w_en}{be if w_en in ('I', 'He', 'We') else ' is'} going on holiday to {p_said}.",
                        f"^{w_vi_right} sẽ đi nghỉ ở {p_right}\\b"))
        else:
            out.append((f"{w_vi} sẽ đi du lịch {p_vi}.", f"^{w_right}(?:'s|'m|'re| is| am| are) going to travel to "
                        f"{p_en}\\b") if src == "vi" else
                       (f"{w_en}{be if w_en in ('I', 'He', 'We') else ' is'} going to travel to {p_said}.",
                        f"^{w_vi_right} sẽ đi du lịch (?:ở |đến )?{p_right}\\b"))
    return out



# (Vietnamese said, English right, English said, Vietnamese right)
EXAMINED = [("thi đỗ", "passed the exam", "passed the exam", "(?:đã )?thi (?:đỗ|đậu)"),
            ("bị trượt kỳ thi", "failed the exam", "failed the exam", "(?:đã )?(?:thi trượt|bị trượt kỳ thi)"),
            ("thi trượt bằng lái xe", "failed (?:his|her|my|their|the|our) driving test", "failed the driving test",
             "(?:đã )?thi trượt bằng lái(?: xe)?")]


def examined(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whether someone passed or failed an exam; right: who and "passed" or "failed" and what; or who, "thi" and
    "đỗ" or "trượt"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, _, w_en, w_vi_right) = rng.choice(WHO_52)
        (s_vi, s_right, s_en, s_vi_right) = rng.choice(EXAMINED)
        out.append((f"{w_vi} {s_vi}.", f"^{w_right} {s_right}\\b") if src == "vi" else
                   (f"{w_en} {s_en}.", f"^{w_vi_right} {s_vi_right}\\b"))
    return out


# (Vietnamese said, English right; English said, Vietnamese right)
WORKED = [("Hôm nay {w} được nghỉ.", "^{w_en} (?:has|have) the day off today\\b",
           "{w_en} {have} the day off today.", "(?i:^hôm nay {w_vi} được nghỉ)"),
          ("{W} phải làm thêm giờ tối nay.", "^{w_en} (?:has|have) to work overtime tonight\\b",
           "{w_en} {have} to work overtime tonight.", "(?i:^tối nay {w_vi} phải (?:làm thêm giờ|tăng ca))"),
          ("{W} làm ca đêm.", "^{w_en} works? the night shift\\b", "{w_en} {work} the night shift.",
           "(?i:^{w_vi} làm ca đêm)")]


def worked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A day off, overtime or a night shift; right: who, "the day off", "to work overtime", "the night shift"; or who
    and "được nghỉ", "làm thêm giờ", "làm ca đêm"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), (vi, vi_right, en, en_right) = rng.choice(WHO_52), rng.choice(WORKED)
        inner = w_vi if w_vi == "Lan" else w_vi[0].lower() + w_vi[1:]
        if src == "vi":
            out.append((vi.format(w=inner, W=w_vi), vi_right.format(w_en=w_right)))
        else:
            out.append((en.format(w_en=w_en, have="has" if one else "have", work="works" if one else "work"),
                        en_right.format(w_vi=w_vi_right)))
    return out


def stop53(t, rng: random.Random, n: int) -> None:
    """The checks of stop 53 (229–243), after the earlier ones so that those draw the sentences they drew before."""
    # (label, sentences, module, the rule's name there, vi→en or en→vi; each switched off as "no rule took it")
    whole = [("getting somewhere: soon, arrived, when, traffic, late", arriving, arrivals, "translate", "translate"),
             ("going home for Tet, or where it is spent", spending_tet, holidays, "translate", "translate"),
             ("a place open or closed now", open_now, timetables, "_open_now", "_open_now_vi"),
             ("the year someone is in at university", university_year, people, "_at_school", "_at_school"),
             ("how hard an exam was", exam_hard, exams, "_how", "_how_vi"),
             ("where someone was born or grew up, how long they have lived there", born_where, origins, "translate",
              "translate"),
             ("who is doing a chore or has to", doing_chores, chores, "translate", "translate"),
             ("a match won, lost or drawn, or which team won", match_results, matches, "translate", "translate"),
             ("a baby just born, or months pregnant", having_babies, babies, "translate", "translate"),
             ("weight lost, a diet, or kilos to lose", losing_weight, weight, "translate", "translate"),
             ("money lent, owed or paid back", lending, loans, "translate", "translate"),
             ("how long it takes someone to get to work, school or home", commuting, times_to_work, "translate",
              "translate")]
    count_whole(t, rng, n, whole)
    print("the weather said in English with a day, en->vi:",
          count(t, weather_days(rng, n), "en", "vi", weather_said, "translate", lambda *a: None), flush=True)
    print("someone busy or free on a day behind, en->vi:",
          count(t, busy_before(rng, n), "en", "vi", free_time, "translate", lambda *a: None), flush=True)
    count_whole(t, rng, n, [("who will text, e-mail or call whom, or did not reply", texting, messages, "translate",
                             "translate")])


def inside(said: str) -> str:
    """Who as said inside a sentence: "mẹ tôi", "my mother", "he" ("I" and a name as they are)."""
    return said if said in ("I", "Lan") else said[0].lower() + said[1:]


# (Vietnamese, English)
SPANS_53 = [("mười phút", "ten minutes"), ("10 phút", "10 minutes"), ("nửa tiếng", "half an hour"),
            ("một tiếng", "an hour"), ("hai mươi phút", "twenty minutes"), ("5 phút", "5 minutes")]
BE_53 = {True: "(?:'s| is)", False: "(?:'m|'re| am| are)"}


def be_53(en: str, one: bool) -> str:
    """"is", "am" or "are" after who in English."""
    return "is" if one else "am" if en == "I" else "are"


def arriving(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who will be there in a while, has arrived, is asked when they arrive, is stuck in traffic or always late;
    right: "will be there in …", "has arrived", "When will … arrive?", "stuck in traffic", "always late"; or "sẽ đến
    … nữa", "đến nơi", "Khi nào … đến?", "bị kẹt xe", "luôn đến muộn"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        span_vi, span_en = rng.choice(SPANS_53)
        shape = rng.randrange(5)
        if src == "vi":
            out.append([(f"{w_vi} sẽ đến trong {span_vi} nữa.", f"^{w_right}(?:'ll| will) be there in {span_en}\\b"),
                        (f"{w_vi} đến nơi rồi.", f"^{w_right}(?:'s|'ve| has| have) arrived\\b"),
                        (f"Khi nào {inside(w_vi)} đến?", f"^When will {inside(w_right)} arrive\\?"),
                        (f"{w_vi} đang bị kẹt xe.", f"^{w_right}{BE_53[one]} stuck in traffic\\b"),
                        (f"{w_vi} luôn đến muộn.", f"^{w_right}{BE_53[one]} always late\\b")][shape])
        else:
            be = be_53(w_en, one)
            out.append([(f"{w_en} will be there in {span_en}.", f"^{w_vi_right} sẽ đến .*{span_vi} nữa"),
                        (f"{w_en} {'has' if one else 'have'} arrived.", f"^{w_vi_right} (?:đã )?đến nơi\\b"),
                        (f"When will {inside(w_en)} arrive?", f"^Khi nào {w_vi_right} đến\\?"),
                        (f"{w_en} {be} stuck in traffic.", f"^{w_vi_right} (?:đang )?bị kẹt xe\\b"),
                        (f"{w_en} {be} always late.", f"^{w_vi_right} luôn đến muộn\\b")][shape])
    return out


# (Vietnamese, English)
TET_PLACES = [("Huế", "Hue"), ("Hà Nội", "Hanoi"), ("Đà Nẵng", "Da Nang"), ("Sài Gòn", "Saigon"),
              ("Hải Phòng", "Hai Phong")]


def spending_tet(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is (not) going home for Tet, or spending it in a place; right: "going home for Tet", "spending Tet in …";
    or "về quê ăn Tết", "ăn Tết ở …"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        place_vi, place_en = rng.choice(TET_PLACES)
        be, not_ = be_53(w_en, one), rng.random() < 0.3
        if rng.random() < 0.5:
            out.append((f"{w_vi} {'không ' * not_}về quê ăn Tết.",
                        f"^{w_right}{BE_53[one]}{' not' * not_} going home for Tet\\b") if src == "vi" else
                       (f"{w_en} {be}{' not' * not_} going home for Tet.",
                        f"^{w_vi_right} {'không ' * not_}về quê ăn Tết\\b"))
        else:
            out.append((f"{w_vi} ăn Tết ở {place_vi}.", f"^{w_right}{BE_53[one]} spending Tet in {place_en}\\b")
                       if src == "vi" else
                       (f"{w_en} {be} spending Tet in {place_en}.", f"^{w_vi_right} ăn Tết ở {place_vi}\\b"))
    return out


# (Vietnamese, English)
OPEN_PLACES = [("cửa hàng", "shop"), ("siêu thị", "supermarket"), ("ngân hàng", "bank"), ("bưu điện", "post office"),
               ("hiệu thuốc", "pharmacy"), ("bảo tàng", "museum"), ("nhà hàng", "restaurant"), ("chợ", "market")]


def open_now(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A place closed now, asked whether open yet or still open; right: "The … is closed", "Is the … open yet?", "Is
    the … still open?"; or "… đóng cửa rồi", "… mở cửa chưa?", "… còn mở cửa không?"."""
    out = []
    for _ in range(n):
        vi, en = rng.choice(OPEN_PLACES)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{capitalised(vi)} đóng cửa rồi.", f"^The {en} is closed\\b"),
                        (f"{capitalised(vi)} mở cửa chưa?", f"^(?:Is the {en} open|Has the {en} opened) yet\\?"),
                        (f"{capitalised(vi)} còn mở cửa không?", f"^Is the {en} still open\\?")][shape])
        else:
            out.append([(f"The {en} is closed.", f"^(?i:{vi}) (?:đã )?đóng cửa rồi\\b"),
                        (f"Is the {en} open yet?", f"^(?i:{vi}) mở cửa chưa\\?"),
                        (f"Is the {en} still open?", f"^(?i:{vi}) còn mở cửa không\\?")][shape])
    return out


# (Vietnamese, English, whose in English, Vietnamese right)
STUDENTS_53 = [("Tôi", "I", "my", "(?i:tôi)"), ("Mẹ tôi", "My mother", "her", "(?i:mẹ (?:của )?tôi)"),
               ("Con trai tôi", "My son", "his", "(?i:con trai (?:của )?tôi)"), ("Anh ấy", "He", "his", "(?i:anh ấy)")]
# (Vietnamese, English)
YEARS_53 = [("năm nhất", "first"), ("năm thứ hai", "second"), ("năm thứ ba", "third"), ("năm cuối", "final")]


def university_year(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The year someone is in at university; right: "a second-year university student"; or "đang học năm thứ hai
    đại học"."""
    out = []
    for _ in range(n):
        w_vi, w_en, whose, w_vi_right = rng.choice(STUDENTS_53)
        year_vi, year_en = rng.choice(YEARS_53)
        be = "'m" if w_en == "I" else "'s" if w_en == "He" else " is"
        out.append((f"{w_vi} đang học {year_vi} đại học.",
                    f"^{w_en}(?:'m|'s| is| am) an? {year_en}-year university student\\b") if src == "vi" else
                   (f"{w_en}{be} in {whose} {year_en} year of university.",
                    f"^{w_vi_right} đang học {year_vi} đại học\\b"))
    return out


def exam_hard(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How hard an exam or a test was; right: "The exam was very difficult"; or "Bài thi rất khó"."""
    out = []
    for _ in range(n):
        (kind_vi, kind_en), (deg_vi, deg_en), (hard_vi, hard_en) = (
            rng.choice([("Bài thi", "exam"), ("Bài kiểm tra", "test")]),
            rng.choice([("rất ", "very "), ("khá ", "quite "), ("", "")]),
            rng.choice([("khó", "difficult"), ("dễ", "easy")]))
        out.append((f"{kind_vi} {deg_vi}{hard_vi}.", f"^The {kind_en} was {deg_en}{hard_en}\\b") if src == "vi" else
                   (f"The {kind_en} was {deg_en}{hard_en}.", f"^{kind_vi} {deg_vi}{hard_vi}\\b"))
    return out


# (English, Vietnamese right, tense in English)
WEATHER_53 = [("today", "Hôm nay", "'s"), ("tonight", "Tối nay", " will be"), ("tomorrow", "Ngày mai", " will be"),
              ("yesterday", "Hôm qua", " was"), ("this morning", "Sáng nay", "'s")]


def weather_days(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """How cold or hot it is (will be, was) on a day, in English; right: the day first, "trời", how much and the
    weather ("Hôm nay trời rất lạnh")."""
    out = []
    for _ in range(n):
        day_en, day_vi, be = rng.choice(WEATHER_53)
        (deg_en, before, after), (w_en, w_vi) = (rng.choice([("very ", "rất ", ""), ("a bit ", "hơi ", ""),
                                                             ("so ", "", " quá"), ("", "", "")]),
                                                 rng.choice([("cold", "lạnh"), ("hot", "nóng"), ("warm", "ấm")]))
        will = "sẽ " if "will" in be else ""
        out.append((f"It{be} {deg_en}{w_en} {day_en}.", f"^{day_vi} trời {will}{before}{w_vi}{after}\\b"))
    return out


def busy_before(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Who was busy or free on a day behind, in English; right: the day first, who and "bận" or "rảnh"."""
    out = []
    for _ in range(n):
        (_, _, one, w_en, w_vi_right), (day_en, day_vi) = rng.choice(WHO_52), rng.choice(
            [("yesterday", "Hôm qua"), ("last night", "Tối qua"), ("last weekend", "Cuối tuần trước")])
        state_en, state_vi = rng.choice([("busy", "bận"), ("free", "rảnh")])
        out.append((f"{w_en} {'was' if one or w_en == 'I' else 'were'} {state_en} {day_en}.",
                    f"^{day_vi} {w_vi_right} {state_vi}\\b"))
    return out


def born_where(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Where someone was born or grew up, asked where, or how long they have lived in a place; right: "was born in",
    "grew up in", "Where were you born?", "has lived in … for …"; or "sinh ra ở", "lớn lên ở", "sống ở … được …"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), (place_vi, place_en) = rng.choice(WHO_52), rng.choice(TET_PLACES)
        years_vi, years_en = rng.choice([("ba năm", "three years"), ("hai năm", "two years"), ("mười năm", "ten years"),
                                         ("5 năm", "5 years")])
        was = "was" if one or w_en == "I" else "were"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} sinh ra ở {place_vi}.", f"^{w_right} {was} born in {place_en}\\b"),
                        (f"{w_vi} lớn lên ở {place_vi}.", f"^{w_right} grew up in {place_en}\\b"),
                        ("Bạn sinh ra ở đâu?", "^Where were you born\\?"),
                        (f"{w_vi} sống ở {place_vi} được {years_vi} rồi.",
                         f"^{w_right}(?:'s|'ve| has| have) (?:lived|been living) in {place_en} "
                         f"for {years_en}\\b")][shape])
        else:
            has = "has" if one else "have"
            out.append([(f"{w_en} {was} born in {place_en}.", f"^{w_vi_right} (?:được )?sinh ra ở {place_vi}\\b"),
                        (f"{w_en} grew up in {place_en}.", f"^{w_vi_right} lớn lên ở {place_vi}\\b"),
                        ("Where were you born?", "^Bạn (?:được )?sinh ra ở đâu\\?"),
                        (f"{w_en} {has} lived in {place_en} for {years_en}.",
                         f"^{w_vi_right} (?:đã )?sống ở {place_vi} (?:được )?{years_vi}\\b")][shape])
    return out


# (Vietnamese, English base, English -ing)
CHORES_53 = [("rửa bát", "do the dishes", "doing the dishes"), ("giặt quần áo", "do the laundry", "doing the laundry"),
             ("dọn dẹp nhà", "clean the house", "cleaning the house"),
             ("đổ rác", "take out the rubbish", "taking out the rubbish"),
             ("tưới cây", "water the plants", "watering the plants"), ("hút bụi", "vacuum", "vacuuming")]


def doing_chores(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is doing a chore or has to; right: "is doing the dishes", "has to do the laundry"; or "đang rửa bát",
    "phải giặt quần áo"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), (c_vi, c_en, c_ing) = rng.choice(WHO_52), rng.choice(CHORES_53)
        if rng.random() < 0.5:
            out.append((f"{w_vi} đang {c_vi}.", f"^{w_right}{BE_53[one]} {c_ing}\\b") if src == "vi" else
                       (f"{w_en} {be_53(w_en, one)} {c_ing}.", f"^{w_vi_right} đang {c_vi}\\b"))
        else:
            has = "has" if one else "have"
            out.append((f"{w_vi} phải {c_vi}.", f"^{w_right} {has} to {c_en}\\b") if src == "vi" else
                       (f"{w_en} {has} to {c_en}.", f"^{w_vi_right} phải {c_vi}\\b"))
    return out


# (Vietnamese, English)
TEAMS_53 = [("Việt Nam", "Vietnam"), ("Thái Lan", "Thailand"), ("Nhật Bản", "Japan"), ("Trung Quốc", "China"),
            ("Malaysia", "Malaysia")]


def match_results(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """One country beating another by a score, my team losing, the two teams drawing, or asked which team won; right:
    "beat", "My team lost", "drew", "Which team won?"; or "thắng", "Đội tôi thua", "hòa", "Đội nào thắng?"."""
    out = []
    for _ in range(n):
        (a_vi, a_en), (b_vi, b_en) = rng.sample(TEAMS_53, 2)
        won, lost = rng.randrange(1, 5), rng.randrange(0, 3)
        lost = min(lost, won - 1)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} thắng {b_vi} {won}-{lost}.", f"^{a_en} beat {b_en} {won}-{lost}\\b"),
                        (f"Đội tôi thua {won}-{lost}.", f"^My team lost {won}-{lost}\\b"),
                        (f"Hai đội hòa {lost}-{lost}.", f"^The two teams drew {lost}-{lost}\\b"),
                        ("Đội nào thắng?", "^Which team won\\?")][shape])
        else:
            out.append([(f"{a_en} beat {b_en} {won}-{lost}.", f"^{a_vi} (?:thắng|đánh bại) {b_vi} {won}-{lost}\\b"),
                        (f"My team lost {won}-{lost}.", f"^Đội (?:của )?tôi thua {won}-{lost}\\b"),
                        (f"The two teams drew {lost}-{lost}.", f"^Hai đội hòa {lost}-{lost}\\b"),
                        ("Which team won?", "^Đội nào thắng\\?")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
MOTHERS_53 = [("Chị tôi", "My sister", "(?i:(?:chị|em) (?:gái )?(?:của )?tôi)"),
              ("Vợ tôi", "My wife", "(?i:vợ (?:của )?tôi)"), ("Cô ấy", "She", "(?i:cô ấy)"), ("Lan", "Lan", "Lan")]


def having_babies(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone just had a baby boy or girl, or is some months pregnant; right: "just had a baby boy", "is five months
    pregnant"; or "vừa sinh con trai", "có thai được năm tháng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, w_vi_right = rng.choice(MOTHERS_53)
        (baby_vi, baby_en), months = rng.choice([("con trai", "boy"), ("con gái", "girl")]), rng.randrange(2, 9)
        if rng.random() < 0.5:
            out.append((f"{w_vi} vừa sinh {baby_vi}.", f"^{w_en} just had a baby {baby_en}\\b") if src == "vi" else
                       (f"{w_en} just had a baby {baby_en}.", f"^{w_vi_right} vừa sinh {baby_vi}\\b"))
        else:
            out.append((f"{w_vi} có thai được {months} tháng.", f"^{w_en}(?:'s| is) {months} months pregnant\\b")
                       if src == "vi" else
                       (f"{w_en} is {months} months pregnant.",
                        f"^{w_vi_right} (?:có thai|mang thai) được (?:{months}|{VI_NUMBER_WORDS[months]}) tháng\\b"))
    return out


def losing_weight(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has lost some kilos, is on a diet, or wants to lose some kilos; right: "has lost 5 kilos", "is on a diet",
    "wants to lose 3 kilos"; or "đã giảm được 5 cân", "đang ăn kiêng", "muốn giảm 3 cân"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), kilos = rng.choice(WHO_52), rng.randrange(2, 10)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{w_vi} đã giảm được {kilos} cân.", f"^{w_right}(?:'s|'ve| has| have) lost {kilos} kilos\\b"),
                        (f"{w_vi} đang ăn kiêng.", f"^{w_right}{BE_53[one]} on a diet\\b"),
                        (f"{w_vi} muốn giảm {kilos} cân.", f"^{w_right} wants? to lose {kilos} kilos\\b")][shape])
        else:
            out.append([(f"{w_en} {'has' if one else 'have'} lost {kilos} kilos.",
                         f"^{w_vi_right} (?:đã )?giảm (?:được )?{kilos} (?:cân|kg)\\b"),
                        (f"{w_en} {be_53(w_en, one)} on a diet.", f"^{w_vi_right} đang ăn kiêng\\b"),
                        (f"{w_en} want{'s' * one} to lose {kilos} kilos.",
                         f"^{w_vi_right} muốn giảm {kilos} (?:cân|kg)\\b")][shape])
    return out


def lending(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Asked to be lent some money, who owes whom a sum, or paying someone back on a day; right: "Can you lend me some
    money?", "owes you 100,000 dong", "will pay you back"; or "cho tôi mượn tiền", "nợ bạn 100 nghìn", "sẽ trả lại"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right), k = rng.choice(WHO_52), rng.choice([50, 100, 200, 500])
        day_vi, day_en = rng.choice([("vào thứ Sáu", "on Friday"), ("ngày mai", "tomorrow"), ("tuần sau", "next week")])
        shape = rng.randrange(3)
        if src == "vi":
            out.append([("Bạn có thể cho tôi mượn tiền không?", "^Can you lend me some money\\?"),
                        (f"{w_vi} nợ bạn {k} nghìn.", f"^{w_right} owes? you {k},000 dong\\b"),
                        (f"{w_vi} sẽ trả lại tiền cho bạn {day_vi}.",
                         f"^{w_right}(?:'ll| will) pay you back {day_en}\\b")][shape])
        else:
            out.append([("Can you lend me some money?", "^Bạn có thể cho tôi mượn tiền không\\?"),
                        (f"{w_en} owe{'s' * one} you {k},000 dong.", f"^{w_vi_right} nợ bạn {k}[.,]000 đồng\\b"),
                        (f"{w_en} will pay you back {day_en}.", f"{w_vi_right} sẽ trả lại tiền cho bạn")][shape])
    return out


def commuting(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How long it takes someone to get to work, school or home, or asked; right: "It takes me 30 minutes to get to
    work", "How long does it take you to get to work?"; or "mất 30 phút để đi làm", "mất bao lâu để đi làm?"."""
    out = []
    for _ in range(n):
        (w_vi, _, _, w_en, w_vi_right), (span_vi, span_en) = rng.choice(WHO_52), rng.choice(SPANS_53)
        to_vi, to_en = rng.choice([("đi làm", "to work"), ("đi học", "to school"), ("về nhà", "home")])
        whom = {"I": "me", "He": "him", "We": "us"}.get(w_en, inside(w_en))
        if rng.random() < 0.3:
            out.append((f"Bạn mất bao lâu để {to_vi}?", f"^How long does it take you to get {to_en}\\?") if src == "vi"
                       else (f"How long does it take you to get {to_en}?", f"^Bạn mất bao lâu để {to_vi}\\?"))
        else:
            out.append((f"{w_vi} mất {span_vi} để {to_vi}.", f"^It takes {whom} {span_en} to get {to_en}\\b")
                       if src == "vi" else
                       (f"It takes {whom} {span_en} to get {to_en}.", f"^{w_vi_right} mất {span_vi} để {to_vi}\\b"))
    return out


def texting(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who will text, e-mail or call whom later, or did not reply to someone's message; right: "will text you later",
    "didn't reply to my message"; or "sẽ nhắn tin cho bạn sau", "không trả lời tin nhắn của tôi"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, _, w_en, w_vi_right), (send_vi, send_en) = rng.choice(WHO_52), rng.choice(
            [("nhắn tin", "text"), ("gửi email", "email"), ("gọi điện", "call")])
        whom_vi, whom_en = rng.choice([("bạn", "you"), ("mẹ tôi", "my mother"), ("Lan", "Lan")])
        whose_vi, whose_en = rng.choice([("tôi", "my"), ("bạn", "your"), ("anh ấy", "his")])
        if rng.random() < 0.6:
            out.append((f"{w_vi} sẽ {send_vi} cho {whom_vi} sau.",
                        f"^{w_right}(?:'ll| will) {send_en} {whom_en} later\\b") if src == "vi" else
                       (f"{w_en} will {send_en} {whom_en} later.", f"^{w_vi_right} sẽ {send_vi} cho {whom_vi} sau\\b"))
        else:
            out.append((f"{w_vi} không trả lời tin nhắn của {whose_vi}.",
                        f"^{w_right} didn't reply to {whose_en} message\\b") if src == "vi" else
                       (f"{w_en} didn't reply to {whose_en} message.",
                        f"^{w_vi_right} không trả lời tin nhắn của {whose_vi}\\b"))
    return out


def stop54(t, rng: random.Random, n: int) -> None:
    """The checks of stop 54 (244–252), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("a raise, promoted, fired, applying for jobs, a job interview", job_changes, careers,
                             "translate", "translate"),
                            ("a pet fed, walked, taken to the vet or adopted", pet_care, pets, "translate",
                             "translate"),
                            ("money transferred or got, paid in cash or by card", money_sent, transfers, "translate",
                             "translate"),
                            ("about to go out or eat, getting ready for bed or work", about_to_do, about_to,
                             "translate", "translate"),
                            ("a call not through, a phone off, the signal lost, not picking up", calls_not_through,
                             reception, "translate", "translate")])
    print("who will be back, home or there soon, vi->en:",
          count(t, back_soon(rng, n), "vi", "en", arrivals, "_soon", lambda *a: None), flush=True)
    count_whole(t, rng, n, [("where someone parked, or no parking space found", parked, parking, "translate",
                             "translate"),
                            ("a thing to exchange or return, or that does not fit", taken_back, returns, "translate",
                             "translate")])
    print("a question about him, her or them, vi->en:",
          count(t, asked_about(rng, n), "vi", "en", pronouns, "kept", lambda *a: {}), flush=True)


HAS_54 = "(?:'ve|'s| has| have)"
# whom, not who (Vietnamese, English, Vietnamese right)
WHOM_54 = [("bạn", "you", "bạn"), ("mẹ tôi", "my mother", "mẹ (?:của )?tôi"), ("anh ấy", "him", "anh (?:ấy|ta)"),
           ("Lan", "Lan", "Lan")]


def whom_54(rng: random.Random, w_vi: str) -> tuple[str, str, str]:
    """Someone other than who: "Mẹ tôi đã chuyển tiền cho mẹ tôi." is not a sentence anyone says."""
    return rng.choice([w for w in WHOM_54 if w[0].lower() != w_vi.lower()])


def job_changes(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who just got a raise or promoted, has been fired, is applying for jobs, has a job interview tomorrow; right:
    "just got a raise", "just got promoted", "been fired", "applying for jobs", "a job interview tomorrow"; or "vừa
    được tăng lương", "vừa được thăng chức", "bị đuổi việc", "đang xin việc", "phỏng vấn xin việc" and "ngày mai"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        shape = rng.randrange(5)
        if src == "vi":
            out.append([(f"{w_vi} vừa được tăng lương.",
                         f"^{w_right}(?: just got|{HAS_54} just got) a (?:pay )?raise\\b"),
                        (f"{w_vi} vừa được thăng chức.", f"^{w_right}(?: just got|{HAS_54} just been) promoted\\b"),
                        (f"{w_vi} bị đuổi việc rồi.", f"^{w_right}(?:{HAS_54} (?:already )?been| got| was| were) "
                                                      "(?:fired|sacked)\\b"),
                        (f"{w_vi} đang xin việc.",
                         f"^{w_right}{BE_53[one]} (?:applying for jobs|looking for a job)\\b"),
                        (f"{w_vi} có buổi phỏng vấn xin việc vào ngày mai.",
                         f"^{w_right} ha(?:s|ve) a job interview tomorrow\\b")][shape])
        else:
            has = "has" if one else "have"
            interview = "(?:một )?(?:buổi|cuộc) phỏng vấn xin việc"
            out.append([(f"{w_en} just got a raise.", f"^{w_vi_right} vừa (?:mới )?được tăng lương\\b"),
                        (f"{w_en} just got promoted.", f"^{w_vi_right} vừa (?:mới )?được thăng chức\\b"),
                        (f"{w_en} {has} been fired.", f"^{w_vi_right} (?:đã )?bị (?:đuổi việc|sa thải)\\b"),
                        (f"{w_en} {be_53(w_en, one)} applying for jobs.", f"^{w_vi_right} đang xin việc\\b"),
                        (f"{w_en} {has} a job interview tomorrow.",
                         f"^(?:(?i:ngày mai) {w_vi_right} có {interview}|{w_vi_right} có {interview} (?:vào )?ngày "
                         "mai)\\b")][shape])
    return out


def pet_care(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has fed the dog, walks it every morning, has to take the cat to the vet, just adopted a cat; right: "fed
    the dog", "walk(s) the dog every morning", "take the cat to the vet", "adopted a cat"; or "cho chó ăn", "dắt chó
    đi dạo" and "mỗi sáng", "đưa mèo đi khám thú y", "nhận nuôi một con mèo"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} cho chó ăn rồi.", f"^{w_right}{HAS_54} (?:already )?fed the dog\\b"),
                        (f"{w_vi} dắt chó đi dạo mỗi sáng.", f"^{w_right} walks? the dog every morning\\b"),
                        (f"{w_vi} phải đưa mèo đi khám thú y.", f"^{w_right} ha(?:s|ve) to take the cat to the vet\\b"),
                        (f"{w_vi} vừa nhận nuôi một con mèo.",
                         f"^{w_right}(?:{HAS_54})? just adopted a cat\\b")][shape])
        else:
            every = "(?:vào )?mỗi (?:buổi )?sáng"
            out.append([(f"{w_en} fed the dog.", f"^{w_vi_right} (?:đã )?cho (?:con )?chó ăn\\b"),
                        (f"{w_en} {'walks' if one else 'walk'} the dog every morning.",
                         f"^(?:{w_vi_right} dắt chó đi dạo {every}|(?i:{every}) {w_vi_right} dắt chó đi dạo)\\b"),
                        (f"{w_en} {'has' if one else 'have'} to take the cat to the vet.",
                         f"^{w_vi_right} phải đưa (?:con )?mèo đi (?:khám )?(?:bác sĩ )?thú y\\b"),
                        (f"{w_en} just adopted a cat.", f"^{w_vi_right} vừa (?:mới )?nhận nuôi một con mèo\\b")][shape])
    return out


def money_sent(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who transferred the money to whom, has got the money, paid in cash or by card yesterday; right: "transferred
    the money to …", "got the money", "paid in cash" and "yesterday"; or "chuyển tiền cho …", "nhận được tiền", "trả
    bằng thẻ" and "hôm qua"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        whom_vi, whom_en, whom_right = whom_54(rng, w_vi)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{w_vi} đã chuyển tiền cho {whom_vi} rồi.",
                         f"^{w_right}{HAS_54} (?:already )?(?:transferred|sent) (?:the money to {whom_en}|{whom_en} "
                         "the money)\\b"),
                        (f"{w_vi} nhận được tiền rồi.",
                         f"^{w_right}{HAS_54} (?:already )?(?:got|received) the money\\b"),
                        (f"Hôm qua {inside(w_vi)} trả bằng tiền mặt.",
                         f"^(?:{w_right} paid in cash yesterday|Yesterday,? {inside(w_right)} paid in cash)"
                         "\\b")][shape])
        else:
            card = "(?:đã )?trả (?:tiền )?bằng thẻ"
            out.append([(f"{w_en} transferred the money to {whom_en}.",
                         f"^{w_vi_right} (?:đã )?chuyển (?:tiền|khoản) cho {whom_right}\\b"),
                        (f"{w_en} got the money.", f"^{w_vi_right} (?:đã )?nhận được tiền\\b"),
                        (f"{w_en} paid by card yesterday.",
                         f"^(?:(?i:hôm qua) {w_vi_right} {card}|{w_vi_right} {card} (?:vào )?hôm qua)\\b")][shape])
    return out


def about_to_do(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is getting ready for bed or work, about to go out, have dinner or leave, was about to call you; right:
    "getting ready for bed", "about to go out", "about to have dinner"; or "chuẩn bị đi làm", "sắp đi", "định gọi
    cho bạn"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        shape = rng.randrange(3)
        if src == "vi":
            about = f"^{w_right}{BE_53[one]} (?:just )?about to"
            out.append([(f"{w_vi} chuẩn bị đi ngủ.", f"^{w_right}{BE_53[one]} getting ready for bed\\b"),
                        (f"{w_vi} sắp đi ra ngoài.", f"{about} go out\\b"),
                        (f"{w_vi} sắp ăn tối.", f"{about} (?:have|eat) dinner\\b")][shape])
        else:
            be = be_53(w_en, one)
            out.append([(f"{w_en} {be} getting ready for work.", f"^{w_vi_right} (?:đang )?chuẩn bị đi làm\\b"),
                        (f"{w_en} {be} about to leave.", f"^{w_vi_right} sắp (?:rời )?đi\\b"),
                        (f"{w_en} {'was' if one or w_en == 'I' else 'were'} about to call you.",
                         f"^{w_vi_right} (?:vừa )?(?:mới )?định gọi (?:điện )?cho bạn\\b")][shape])
    return out


# whose phone (Vietnamese, English, Vietnamese right)
PHONES_54 = [("tôi", "My", "tôi"), ("mẹ tôi", "My mother's", "mẹ (?:của )?tôi"), ("Lan", "Lan's", "Lan"),
             ("anh ấy", "His", "anh (?:ấy|ta)"), ("con trai tôi", "My son's", "con trai (?:của )?tôi")]


def calls_not_through(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who could not get through to whom, whose phone is off, who has lost the signal or did not pick up; right:
    "couldn't get through to …", "…'s phone is off", "lost the signal"; or "không gọi được cho …", "điện thoại … tắt
    máy", "không nghe máy"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        whom_vi, whom_en, whom_right = whom_54(rng, w_vi)
        owner_vi, owner_en, owner_right = rng.choice(PHONES_54)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{w_vi} không gọi được cho {whom_vi}.",
                         f"^{w_right} (?:couldn't|can't|could not|cannot) get through to {whom_en}\\b"),
                        (f"Điện thoại của {owner_vi} tắt máy.", f"^{owner_en} phone is (?:switched |turned )?off\\b"),
                        (f"{w_vi} bị mất sóng rồi.", f"^{w_right}{HAS_54} lost (?:the )?signal\\b")][shape])
        else:
            out.append([(f"{w_en} couldn't get through to {whom_en}.",
                         f"^{w_vi_right} không gọi (?:điện )?được cho {whom_right}\\b"),
                        (f"{owner_en} phone is switched off.",
                         f"^Điện thoại (?:của )?{owner_right} (?:đang )?(?:bị )?tắt(?: máy)?\\b"),
                        (f"{w_en} didn't pick up.", f"^{w_vi_right} (?:đã )?không nghe máy\\b")][shape])
    return out


def back_soon(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Who will soon be back, home or there ("sắp về", "sắp về nhà", "sắp đến"); right: "will be … soon" (or "almost
    there")."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        to, where = rng.choice([("về", "back"), ("về nhà", "home"), ("đến", "there"), ("tới đây", "here")])
        # ("Tôi sắp đến rồi." is a phrase: "I'm almost there.")
        out.append((f"{w_vi} sắp {to}{rng.choice(['', ' rồi'])}.",
                    f"^{w_right}(?:(?:'ll| will) be {where} soon|{BE_53[one]} almost {where})\\b"))
    return out


# (Vietnamese, English)
PARKED_54 = [("ngân hàng", "the bank"), ("siêu thị", "the supermarket"), ("bệnh viện", "the hospital"),
             ("nhà ga", "the station")]


def parked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who parked in front of a place, or could not find a parking space; right: "parked in front of …", "find a
    parking space"; or "đỗ xe trước …", "tìm được chỗ đỗ xe"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        place_vi, place_en = rng.choice(PARKED_54)
        if rng.random() < 0.6:
            out.append((f"{w_vi} đỗ xe trước {place_vi}.", f"^{w_right} parked in front of {place_en}\\b")
                       if src == "vi" else
                       (f"{w_en} parked in front of {place_en}.",
                        f"^{w_vi_right} (?:đã )?(?:đỗ|đậu) xe (?:ở )?(?:phía )?trước {place_vi}\\b"))
        else:
            out.append((f"{w_vi} không tìm được chỗ đỗ xe.",
                        f"^{w_right} (?:couldn't|can't|could not|cannot) find a parking (?:space|spot)\\b")
                       if src == "vi" else
                       (f"{w_en} couldn't find a parking space.",
                        f"^{w_vi_right} không tìm (?:được|thấy) chỗ (?:đỗ|đậu) xe\\b"))
    return out


# (Vietnamese with its word for one, English, in pairs)
WORN_54 = [("cái áo", "shirt", False), ("đôi giày", "shoes", True), ("cái váy", "dress", False),
           ("cái quần", "trousers", True)]


def taken_back(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who would like to exchange or return a thing, or it does not fit; right: "exchange this shirt", "return these
    shoes", "This dress doesn't fit"; or "đổi cái áo này", "trả lại đôi giày này", "Cái váy này không vừa"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        thing_vi, thing_en, pair = rng.choice(WORN_54)
        this = "these" if pair else "this"
        shape = rng.randrange(3)
        if src == "vi":
            like = f"^{w_right}(?:'d| would) like to"
            out.append([(f"{w_vi} muốn đổi {thing_vi} này.", f"{like} exchange {this} {thing_en}\\b"),
                        (f"{w_vi} muốn trả lại {thing_vi} này.", f"{like} return {this} {thing_en}\\b"),
                        (f"{capitalised(thing_vi)} này không vừa.",
                         f"^{capitalised(this)} {thing_en} (?:doesn't|don't|does not|do not) fit\\b")][shape])
        else:
            want = "wants" if one else "want"
            bare = thing_vi.split()[1]
            out.append([(f"{w_en} {want} to exchange {this} {thing_en}.",
                         f"^{w_vi_right} muốn đổi (?:cái |chiếc |đôi )?{bare} này\\b"),
                        (f"{w_en} {want} to return {this} {thing_en}.",
                         f"^{w_vi_right} muốn trả lại (?:cái |chiếc |đôi )?{bare} này\\b"),
                        (f"{capitalised(this)} {thing_en} {'don' if pair else 'doesn'}'t fit.",
                         f"^(?i:(?:cái |chiếc |đôi )?{bare}) này không vừa\\b")][shape])
    return out


def asked_about(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """A question about him, her or them; right: "he", "she" or "they" in the English, and no "you"."""
    out = []
    for _ in range(n):
        who, en = rng.choice([("Anh ấy", "he"), ("Cô ấy", "she"), ("Chị ấy", "she"), ("Anh ta", "he"), ("Họ", "they")])
        asked = rng.choice(["đã xem phim đó chưa?", "đi đâu rồi?", "có thích phim đó không?", "đang làm gì?",
                            "có khỏe không?", "đã đọc cuốn sách đó chưa?", "bao nhiêu tuổi?", "có thích cà phê không?"])
        out.append((f"{who} {asked}", f"^(?!.*\\byou\\b).*\\b(?i:{en})\\b"))
    return out



def stop55(t, rng: random.Random, n: int) -> None:
    """The checks of stop 55 (253–263), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("a haircut got, needed or wanted, hair dyed", hair_done, haircuts, "translate",
                             "translate"),
                            ("getting married soon or next month, engaged, going to a wedding", getting_married,
                             weddings, "translate", "translate"),
                            ("moved house, moving next week, packing", moved_house, moving, "translate", "translate"),
                            ("keys forgotten, left somewhere or lost, locked out", keys_lost, keys, "translate",
                             "translate"),
                            ("the neighbours noisy, their dog barking, the music turned down", noisy_neighbours,
                             neighbours, "translate", "translate"),
                            ("let's, shall we or why don't we go for a walk, swimming, to the cinema", suggested,
                             suggestions, "translate", "translate"),
                            ("working out, at the gym, just started yoga", worked_out, workouts, "translate",
                             "translate"),
                            ("tickets left, sold out, got, bought or booked", tickets_got, tickets_sold, "translate",
                             "translate"),
                            ("congratulations, good luck, get well soon, a nice weekend", wished, wishes, "translate",
                             "translate"),
                            ("who pays, a treat, splitting the bill", who_pays, bills, "translate", "translate"),
                            ("a drink or a dish asked for at a café", at_the_cafe, cafe_orders, "translate",
                             "translate")])


YOU_55 = ["bạn", "anh", "chị", "em"]


def wished(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Congratulations on a new job or passing an exam, good luck with an interview or an exam, get well soon to
    someone's mother, a nice weekend; right: "Congratulations on your new job", "Good luck with your interview", "I
    hope your mother gets well soon", "Have a nice weekend"; or "Chúc mừng bạn có công việc mới", "Chúc bạn phỏng
    vấn thành công", "Chúc mẹ bạn mau khỏe", "Chúc bạn cuối tuần vui vẻ"."""
    out = []
    for _ in range(n):
        you = rng.choice(YOU_55)
        kin_vi, kin_en = rng.choice([("mẹ", "mother"), ("bố", "father"), ("bà", "grandmother"), ("chồng", "husband")])
        shape = rng.randrange(5)
        if src == "vi":
            out.append([(f"Chúc mừng {you} có công việc mới!",
                         r"^Congratulations on (?:your new job|getting a new job)\b"),
                        (f"Chúc mừng {you} đã thi đậu!", r"^Congratulations on passing (?:your|the) exams?\b"),
                        (f"Chúc {you} phỏng vấn thành công!",
                         r"^Good luck (?:with|in|on|for) (?:your|the) (?:job )?interview\b"),
                        (f"Chúc {kin_vi} {you} mau khỏe!",
                         f"^I hope your {kin_en} (?:gets|feels) (?:well|better) soon\\b"),
                        (f"Chúc {you} cuối tuần vui vẻ!", r"^Have a (?:nice|good|great|lovely) weekend\b")][shape])
        else:
            good = rng.choice(["nice", "good", "great"])
            out.append([("Congratulations on your new job!",
                         r"^Chúc mừng bạn (?:đã )?có (?:công )?việc (?:làm )?mới\b"),
                        ("Congratulations on passing your exam!", r"^Chúc mừng bạn (?:đã )?thi (?:đậu|đỗ)\b"),
                        (f"Good luck with {rng.choice(['the', 'your'])} interview!",
                         r"^Chúc bạn (?:phỏng vấn thành công|may mắn (?:với|trong) (?:buổi|cuộc) phỏng vấn)\b"),
                        (f"I hope your {kin_en} gets well soon.",
                         f"^Chúc {kin_vi} (?:của )?bạn (?:mau|sớm) (?:khỏe|bình phục)\\b"),
                        (f"Have a {good} weekend!", r"^Chúc bạn (?:có )?(?:một )?cuối tuần vui vẻ\b")][shape])
    return out


def moved_house(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who just moved house, moves next week, moved last month, is packing; right: "just moved house", "moving (house)
    next week", "moved (house) last month", "packing"; or "vừa chuyển nhà", "tuần sau" and "chuyển nhà", "tháng trước"
    and "chuyển nhà", "đang đóng gói"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} mới chuyển nhà.", f"^{w_right}(?: just|{HAS_54} just) moved(?: house)?\\b"),
                        (f"Tuần sau {inside(w_vi)} chuyển nhà.",
                         f"^(?:{w_right}{BE_53[one]} moving(?: house)?|{w_right}(?:'ll| will) move(?: house)?) next "
                         "week\\b"),
                        (f"{w_vi} chuyển nhà tháng trước.", f"^{w_right} moved(?: house)? last month\\b"),
                        (f"{w_vi} đang đóng gói đồ đạc.", f"^{w_right}{BE_53[one]} packing\\b")][shape])
        else:
            out.append([(f"{w_en} just moved house.", f"^{w_vi_right} (?:vừa|mới|vừa mới) chuyển nhà\\b"),
                        (f"{w_en} {be_53(w_en, one)} moving next week.",
                         f"^(?:(?i:tuần (?:sau|tới)),? {inside(w_vi_right)} (?:sẽ )?chuyển nhà|{w_vi_right} (?:sẽ )?"
                         "chuyển nhà (?:vào )?tuần (?:sau|tới))\\b"),
                        (f"{w_en} moved house last month.",
                         f"^(?:(?i:tháng trước),? {inside(w_vi_right)} (?:đã )?chuyển nhà|{w_vi_right} (?:đã )?"
                         "chuyển nhà (?:vào )?tháng trước)\\b"),
                        (f"{w_en} {be_53(w_en, one)} packing.",
                         f"^{w_vi_right} đang (?:đóng gói|thu dọn|soạn)\\b")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
DRINKS_55 = [("cà phê sữa đá", "iced milk coffee", "cà phê sữa đá"), ("trà đá", "iced tea", "trà đá"),
             ("cà phê đen", "black coffee", "cà phê đen"), ("nước cam", "orange juice", "nước cam")]


def at_the_cafe(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A drink or a dish asked for at a café: "Cho tôi một ly …", "Tôi lấy …", "Can I get …?", "I'll have …"; right:
    "… , please", "Can I have …", "I'll have …"; or "Cho tôi một ly …", "Cho tôi … được không"."""
    out = []
    for _ in range(n):
        vi, en, right = rng.choice(DRINKS_55)
        glass = "(?:(?:glass|cup) of )?"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Cho tôi một ly {vi}.", f"^(?:An?|One) {glass}{en},? please\\b"),
                        (f"Cho tôi một ly {vi} được không?", f"^(?:Can|Could|May) I (?:have|get) an? {glass}{en}\\b"),
                        (f"{rng.choice(['Tôi', 'Chúng tôi'])} lấy một ly {vi}.",
                         f"^(?:I|We)(?:'ll| will) have an? {glass}{en}\\b"),
                        (f"Cho tôi {rng.choice(['hai', 'ba'])} tô phở bò.",
                         "^(?:Two|Three) bowls of beef pho,? please\\b")][shape])
        else:
            cup = "một (?:ly|cốc|tách) "
            out.append([(f"Can I get {'an' if en[0] in 'aeiou' else 'a'} {en}?",
                         f"^(?:Cho tôi {cup}{right} (?:được )?không|Tôi (?:có thể )?(?:lấy|gọi) {cup}{right} (?:được )?"
                         "không)\\b"),
                        (f"I'll have {'an' if en[0] in 'aeiou' else 'a'} {en}.", f"^Cho tôi {cup}{right}\\b"),
                        (f"We'll have {'an' if en[0] in 'aeiou' else 'a'} {en}.", f"^Cho chúng tôi {cup}{right}\\b"),
                        (f"I'd like to order {rng.choice(['two', 'three'])} bowls of beef pho.",
                         "^Tôi muốn gọi (?:hai|ba) (?:bát|tô) phở bò\\b")][shape])
    return out


def who_pays(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who paid last time or pays next time, whose turn it is, a treat, splitting the bill; right: "paid last time",
    "pay next time", "turn to pay", "on me", "split"; or "Lần trước … trả", "Lần sau … trả", "Đến lượt … trả", "tôi
    mời", "chia"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[1] != "My son"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Lần trước {inside(w_vi)} trả rồi.", f"^{w_right}(?: paid|{HAS_54} paid) last time\\b"),
                        (f"Lần sau {inside(w_vi)} trả.", f"^{w_right}(?:'ll| will) pay next time\\b"),
                        (f"{rng.choice(['Lần này', 'Hôm nay'])} tôi mời.",
                         "^(?:This (?:one|time)(?:'s| is) on me|It's on me (?:this time|today)|(?:Today|This time),? "
                         "it's on me|My treat)\\b"),
                        (f"Chia {rng.choice(['đôi', 'đều', 'tiền'])} nhé.", "^Let's split\\b")][shape])
        else:
            out.append([(f"{w_en} paid last time.", f"^(?:Lần trước {inside(w_vi_right)}|{w_vi_right}) (?:đã )?trả\\b"),
                        (f"{w_en} will pay next time.", f"^Lần sau {inside(w_vi_right)} (?:sẽ )?trả\\b"),
                        (f"{rng.choice(['This one', 'Lunch', 'Dinner'])} is on me.",
                         "^(?:Lần này|Bữa (?:trưa|tối)(?: nay)?) (?:để )?tôi (?:mời|bao)\\b"),
                        ("Can we pay separately?", "^Chúng tôi (?:có thể )?trả riêng\\b")][shape])
    return out


def getting_married(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is getting married soon or next month, just got engaged, is going to Lan's wedding; right: "getting married
    soon", "getting married next month", "just got engaged", "going to Lan's wedding"; or "sắp cưới" or "kết hôn",
    "tháng sau", "vừa đính hôn", "đám cưới (của) Lan"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[1] != "I"])
        shape = rng.randrange(4)
        wed = "(?:kết hôn|cưới)"
        if src == "vi":
            out.append([(f"{w_vi} sắp cưới.", f"^{w_right}{BE_53[one]} getting married soon\\b"),
                        (f"Tháng sau {inside(w_vi)} cưới.", f"^{w_right}{BE_53[one]} getting married next month\\b"),
                        (f"{w_vi} vừa đính hôn.", f"^{w_right}(?: just got|{HAS_54} just got(?:ten)?) engaged\\b"),
                        (f"Bạn có đi đám cưới của {rng.choice(['Lan', 'Minh'])} không?",
                         "^Are you going to (?:Lan|Minh)'s wedding\\?")][shape])
        else:
            name = rng.choice(["Lan", "Minh"])
            out.append([(f"{w_en} {be_53(w_en, one)} getting married soon.", f"^{w_vi_right} sắp {wed}\\b"),
                        (f"{w_en} {be_53(w_en, one)} getting married next month.",
                         f"^(?:(?i:tháng (?:sau|tới)) {inside(w_vi_right)} (?:sẽ )?{wed}|{w_vi_right} (?:sẽ )?{wed} "
                         "(?:vào )?tháng (?:sau|tới))\\b"),
                        (f"{w_en} just got engaged.", f"^{w_vi_right} vừa (?:mới )?đính hôn\\b"),
                        (f"Are you going to {name}'s wedding?",
                         f"^Bạn có (?:đi|đến) (?:dự )?đám cưới (?:của )?{name} không\\?")][shape])
    return out


# (who as WHO_52 has them: whose keys in English)
WHOSE_55 = {"I": "my", "My mother": "her", "My son": "his", "He": "his", "We": "our"}
PLACES_55 = [("ở nhà", "at home"), ("trong xe", "in the car"), ("ở văn phòng", "at the office")]


def keys_lost(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who forgot their keys, left them somewhere, lost them or is locked out; right: "forgot … keys", "left … keys
    at home", "lost … keys", "locked out"; or "quên (mang) chìa khóa", "để quên chìa khóa ở nhà", "mất chìa khóa",
    "bị khóa ở ngoài"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[1] in WHOSE_55])
        whose = WHOSE_55[w_en]
        place_vi, place_en = rng.choice(PLACES_55)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} quên mang chìa khóa.", f"^{w_right} forgot {whose} keys\\b"),
                        (f"{w_vi} để quên chìa khóa {place_vi}.", f"^{w_right} left {whose} keys {place_en}\\b"),
                        (f"{w_vi} làm mất chìa khóa rồi.", f"^{w_right}(?:{HAS_54})? lost {whose} keys\\b"),
                        (f"{w_vi} bị khóa ở ngoài.", f"^{w_right}{BE_53[one]} locked out\\b")][shape])
        else:
            out.append([(f"{w_en} forgot {whose} keys.", f"^{w_vi_right} quên (?:mang )?chìa khóa\\b"),
                        (f"{w_en} left {whose} keys {place_en}.",
                         f"^{w_vi_right} (?:để|bỏ) quên chìa khóa {place_vi}\\b"),
                        (f"{w_en} {'has' if one else 'have'} lost {whose} keys.",
                         f"^{w_vi_right} (?:đã )?(?:bị |làm |đánh )?mất chìa khóa\\b"),
                        (f"{w_en} {be_53(w_en, one)} locked out.",
                         f"^{w_vi_right} bị (?:khóa|nhốt) (?:ở )?(?:bên )?ngoài\\b")][shape])
    return out


def hair_done(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who just got a haircut, just dyed their hair, needs a haircut, would like one; right: "just got a haircut",
    "just dyed … hair", "needs a haircut", "like a haircut"; or "vừa cắt tóc", "vừa nhuộm tóc", "cần cắt tóc", "muốn
    cắt tóc"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[1] in WHOSE_55])
        whose = WHOSE_55[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} vừa cắt tóc.",
                         f"^{w_right}(?: just (?:got|had)|{HAS_54} just had) a haircut\\b"),
                        (f"{w_vi} mới nhuộm tóc.", f"^{w_right}(?:{HAS_54})? just (?:dyed|had) {whose} hair\\b"),
                        (f"{w_vi} cần cắt tóc.", f"^{w_right} needs? a haircut\\b"),
                        (f"{w_vi} muốn cắt tóc.", f"^{w_right}(?:'d| would) like (?:a haircut|to get a haircut)\\b")
                        ][shape])
        else:
            out.append([(f"{w_en} just got a haircut.", f"^{w_vi_right} (?:vừa|mới)(?: đi)? cắt tóc\\b"),
                        (f"{w_en} just dyed {whose} hair.", f"^{w_vi_right} (?:vừa|mới)(?: đi)? nhuộm tóc\\b"),
                        (f"{w_en} {'needs' if one else 'need'} a haircut.", f"^{w_vi_right} cần(?: đi)? cắt tóc\\b"),
                        (f"{w_en} would like a haircut.", f"^{w_vi_right} muốn(?: đi)? cắt tóc\\b")][shape])
    return out


NOISY_55 = [("Hàng xóm", "The neighbours", "Hàng xóm", "(?:The neighbou?rs|My neighbou?rs)"),
            ("Người ở tầng trên", "The people upstairs", "(?:Người (?:ở )?|Hàng xóm )tầng trên",
             "(?:The people upstairs|The neighbou?rs upstairs)")]


def noisy_neighbours(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The neighbours or the people upstairs so noisy, their dog barking all night, the music turned down, no sleep
    for the noise; right: "noisy" or "loud", "dog barked all night", "turn the music down", "sleep because of the
    noise"; or "ồn", "chó … sủa cả đêm", "vặn nhỏ", "ngủ được vì tiếng ồn"."""
    out = []
    for _ in range(n):
        vi, en, vi_right, en_right = rng.choice(NOISY_55)
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[1] in ("I", "My mother", "We")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{vi} ồn quá.", f"^{en_right} (?:are|is) (?:so|too|really|very) (?:noisy|loud)\\b"),
                        ("Con chó nhà hàng xóm sủa cả đêm.",
                         "^The neighbou?r(?:s'|'s) dog (?:barked|was barking|has been barking|kept barking) all "
                         "night\\b"),
                        (f"{rng.choice(['Bạn', 'Anh', 'Chị'])} vặn nhỏ nhạc được không?",
                         "^(?:Could|Can|Would) you (?:please )?turn (?:the music down|down the music)\\b"),
                        (f"{w_vi} không ngủ được vì tiếng ồn.",
                         f"^{w_right} (?:can't|cannot|couldn't) sleep because of the noise\\b")][shape])
        else:
            out.append([(f"{en} are so noisy.", f"^{vi_right} (?:ồn(?: ào)? quá|rất ồn)\\b"),
                        ("The neighbours' dog barked all night.",
                         "^(?:Con )?chó (?:nhà |của )?hàng xóm sủa (?:cả|suốt) đêm\\b"),
                        ("Could you turn the music down?",
                         "^(?:Bạn|Anh|Chị) (?:có thể )?(?:làm ơn )?vặn (?:nhỏ (?:tiếng )?nhạc|nhạc nhỏ)\\b"),
                        (f"{w_en} couldn't sleep because of the noise.",
                         f"^{w_vi_right} (?:đã )?không (?:thể )?ngủ được vì (?:tiếng )?ồn\\b")][shape])
    return out


def worked_out(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who works out every day or three times a week, is at the gym, just started yoga; right: "work(s) out every
    day", "three times a week", "at the gym", "just started (doing) yoga"; or "tập (gym|thể dục) mỗi ngày", "ba lần
    một tuần", "ở phòng gym", "vừa bắt đầu tập yoga"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        shape = rng.randrange(4)
        train = "(?:tập thể dục|tập gym|tập luyện)"
        if src == "vi":
            out.append([(f"{w_vi} tập gym mỗi ngày.", f"^{w_right} works? out every day\\b"),
                        (f"{w_vi} tập gym ba lần một tuần.", f"^{w_right} works? out three times a week\\b"),
                        (f"{w_vi} đang ở phòng gym.", f"^{w_right}{BE_53[one]} at the gym\\b"),
                        (f"{w_vi} vừa bắt đầu tập yoga.",
                         f"^{w_right}(?:{HAS_54})? just started (?:doing )?yoga\\b")][shape])
        else:
            out.append([(f"{w_en} {'works' if one else 'work'} out every day.",
                         f"^(?:{w_vi_right} {train} (?:mỗi|hằng|hàng) ngày|(?i:mỗi ngày) {inside(w_vi_right)} {train})"
                         "\\b"),
                        (f"{w_en} {'works' if one else 'work'} out three times a week.",
                         f"^{w_vi_right} {train} ba lần một tuần\\b"),
                        (f"{w_en} {be_53(w_en, one)} at the gym.",
                         f"^{w_vi_right} (?:đang )?ở (?:phòng gym|phòng tập)\\b"),
                        (f"{w_en} just started doing yoga.",
                         f"^{w_vi_right} (?:vừa|mới|vừa mới) bắt đầu tập yoga\\b")][shape])
    return out


# (Vietnamese, English) of what a ticket is for
SHOWS_55 = [("xem phim", "film"), ("buổi hòa nhạc", "concert"), ("xem trận đấu", "match")]


def tickets_got(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Any tickets left for a film, a concert or a match, sold out, who has got the tickets or booked two; right: "any
    tickets left", "sold out", "got the tickets", "booked two tickets"; or "Còn vé … không", "bán hết", "mua được vé",
    "đặt hai vé"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[1] != "My son"])
        vi, en = rng.choice(SHOWS_55)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Còn vé {vi} không?", f"^Are there any tickets left for the {en}\\b"),
                        (f"Vé {vi} đã bán hết rồi.",
                         f"^(?:The tickets for the {en} are|The {en} is) sold out\\b"),
                        (f"{w_vi} mua được vé rồi.", f"^{w_right}{HAS_54} got the tickets\\b"),
                        (f"{w_vi} đã đặt hai vé {vi}.", f"^{w_right}(?:{HAS_54})? booked two tickets for the {en}\\b")
                        ][shape])
        else:
            out.append([(f"Are there any tickets left for the {en}?", f"^Còn vé {vi} không\\?"),
                        (f"The tickets for the {en} are sold out.", f"^Vé {vi} đã bán hết\\b"),
                        (f"{w_en} {'has' if one else 'have'} got the tickets.",
                         f"^{w_vi_right} (?:đã )?(?:có|mua được) vé\\b"),
                        (f"{w_en} booked two tickets for the {en}.", f"^{w_vi_right} (?:đã )?đặt hai vé {vi}\\b")
                        ][shape])
    return out


# (Vietnamese, English) of what is suggested, and when
OUTINGS_55 = [("đi dạo", "go for a walk"), ("đi bơi", "go swimming"), ("đi xem phim", "go to the cinema"),
              ("gọi taxi", "call a taxi"), ("đi biển", "go to the beach"), ("ăn lẩu", "have hotpot")]
SOON_55 = [("tối nay", "tonight"), ("ngày mai", "tomorrow"), ("cuối tuần này", "this weekend")]


def suggested(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Let's do something (now or soon), shall we, why don't we; right: "Let's …", "Shall we …", "Why don't we …" or
    "How about …"; or "Chúng ta … nhé", "Hay là chúng ta …", and never "chúng tôi" (without the one spoken to)."""
    out = []
    for _ in range(n):
        vi, en = rng.choice(OUTINGS_55)
        when_vi, when_en = rng.choice(SOON_55)
        shape = rng.randrange(4)
        we = "(?i:chúng ta|mình|chúng mình)"
        if src == "vi":
            out.append([(f"Chúng ta {vi} nhé.", f"^Let's {en}\\b"),
                        (f"{capitalised(when_vi)} chúng ta {vi} nhé.",
                         f"^(?:Let's {en} {when_en}|{capitalised(when_en)},? let's {en})\\b"),
                        (f"Hay là chúng ta {vi}?", f"^(?:Why don't we {en}|How about)\\b"),
                        (f"Chúng ta {vi} nhé?", f"^(?:Shall we|Why don't we) {en}\\b")][shape])
        else:
            out.append([(f"Let's {en}.", f"^(?!.*chúng tôi){we} (?:hãy )?{vi}\\b"),
                        (f"Let's {en} {when_en}.",
                         f"^(?!.*chúng tôi)(?:(?i:{when_vi}),? {we} (?:hãy )?{vi}|{we} (?:hãy )?{vi} {when_vi})\\b"),
                        (f"Why don't we {en}?", f"^(?!.*chúng tôi)(?i:hay (?:là )?){we} {vi}\\b"),
                        (f"Shall we {en}?", f"^(?!.*chúng tôi){we} {vi} (?:nhé|không)\\b")][shape])
    return out



def stop56(t, rng: random.Random, n: int) -> None:
    """The checks of stop 56 (264–290), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("the power, the water or the internet gone off or back", power_cut, outages, "translate",
                             "translate"),
                            ("the fan, the air conditioner, the TV or the light turned on or off", switched, switches,
                             "translate", "translate"),
                            ("a door or a window locked, closed, opened or left open", door_shut, doors, "translate",
                             "translate"),
                            ("out of milk, rice or coffee, running low, food gone off", ran_out_56, supplies,
                             "translate", "translate"),
                            ("medicine taken, forgotten or needed", medicine_taken, medicine, "translate", "translate"),
                            ("a photo taken of us, a selfie, photos sent", photo_taken, photos, "translate",
                             "translate"),
                            ("a present bought or given, thanks for a gift", present_given, gifts, "translate",
                             "translate"),
                            ("a taxi or a Grab called, booked, taken or here", taxi_called, taxis, "translate",
                             "translate"),
                            ("asked to say it again or louder, what a word means", said_again, repeats, "translate",
                             "translate"),
                            ("gone to the supermarket or the market to buy food", gone_shopping, shopping, "translate",
                             "translate"),
                            ("a shirt or a dress that suits someone, worn, what to wear", worn_56, outfits, "translate",
                             "translate"),
                            ("waiting long, for an hour, outside, in line, don't wait for me", waited, waiting,
                             "translate", "translate"),
                            ("a password forgotten, logged in or out, an account created", logged_in, accounts,
                             "translate", "translate"),
                            ("going to be late, in a hurry, hurry up, no rush", hurried, hurry, "translate",
                             "translate"),
                            ("dinner's ready, come and eat, some more, full", at_table, mealtimes, "translate",
                             "translate"),
                            ("tidy your room, a mess, cleaning the kitchen, put your toys away", tidied, tidying,
                             "translate", "translate"),
                            ("a good restaurant or book recommended, a dish to try, worth a visit", recommended,
                             recommendations, "translate", "translate"),
                            ("how the trip, the party or your weekend was", how_it_went, how_was, "translate",
                             "translate"),
                            ("too salty, a bit spicy, can't eat spicy food, needs more salt", tasted, tastes,
                             "translate", "translate"),
                            ("feeling cold, cold in here, cold hands, put on a jumper", felt_cold, temperatures,
                             "translate", "translate"),
                            ("a seat taken or free, have a seat, save or swap a seat, move over", seated, seats,
                             "translate", "translate"),
                            ("a cut hand, a fall off the motorbike, a twisted ankle, are you OK", hurt_56, injuries,
                             "translate", "translate"),
                            ("coffee spilled, a vase or a glass broken, who broke it", spilled, accidents, "translate",
                             "translate"),
                            ("where's my phone, have you seen it, where did you put it", looked_for, finding,
                             "translate", "translate"),
                            ("take an umbrella, remember your passport, forgot to bring", brought_56, bring_along,
                             "translate", "translate"),
                            ("the floor is wet, don't touch it's hot, careful with the knife", cautioned, cautions,
                             "translate", "translate"),
                            ("the date or the day asked or said of tomorrow or yesterday", date_asked, days_asked,
                             "translate", "translate")])


# whose house (Vietnamese, English, Vietnamese right)
WHOSE_HOME_56 = [("tôi", "my", "tôi"), ("mẹ tôi", "my mother's", "mẹ (?:của )?tôi"), ("Lan", "Lan's", "Lan")]
# (Vietnamese, English, Vietnamese right, Vietnamese right opening a sentence)
UTILITIES_56 = [("điện", "power", "điện", "Điện"), ("nước", "water", "nước", "Nước"),
                ("mạng", "internet", "(?:mạng|internet)", "(?:Mạng|Internet)")]
GONE_56 = "(?:out|off|down|cut off)"


def power_cut(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The power, the water or the internet gone off, at someone's house, back on, off for hours; right: "The power's
    out", "… off at my house", "The water's back", "… been off for two hours"; or "Mất điện rồi", "Nhà … bị mất
    nước", "Có điện lại rồi", "Mất nước hai tiếng rồi"."""
    out = []
    for _ in range(n):
        vi, en, right, cap = rng.choice(UTILITIES_56)
        whose_vi, whose_en, whose_right = rng.choice(WHOSE_HOME_56)
        span_vi, span_en = rng.choice([("hai tiếng", "two hours"), ("ba ngày", "three days"), ("cả ngày", "all day")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Mất {vi} rồi.",
                         f"^(?:The {en}(?:'s| is| has gone| went) {GONE_56}|There's no {en}|We(?:'ve| have) lost "
                         f"(?:the )?{en})\\b"),
                        (f"Nhà {whose_vi} bị mất {vi}.",
                         f"^(?:(?:The {en}(?:'s| is| has been) {GONE_56}|There's no {en}) (?:at|in) {whose_en} "
                         f"(?:house|home|place)|{whose_en.capitalize()} (?:house|home) has no {en})\\b"),
                        (f"Có {vi} lại rồi.", f"^The {en}(?:'s| is| has come) back\\b"),
                        (f"Mất {vi} {span_vi} rồi.",
                         f"^The {en}(?:'s| has) been {GONE_56} (?:for )?{span_en}\\b")][shape])
        else:
            gone = {"power": "out", "water": "off", "internet": "out"}[en]
            out.append([(f"The {en}'s {gone}.", f"^(?:Bị )?(?:[Mm]ất|[Cc]úp|[Cc]ắt) {right}(?: rồi)?\\b"),
                        (f"The {en}'s {gone} at {whose_en} house.",
                         f"^Nhà {whose_right} (?:bị )?(?:mất|cúp|cắt) {right}\\b"),
                        (f"The {en}'s back on.",
                         f"^(?:(?:Đã )?[Cc]ó {right} lại|{cap} (?:đã )?(?:có lại|về))(?: rồi)?\\b"),
                        (f"Is the {en} back yet?", f"^(?:Đã )?[Cc]ó {right} lại chưa\\?")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
SWITCHED_56 = [("quạt", "fan", "quạt"), ("điều hòa", "air condition(?:er|ing)", "(?:máy )?(?:điều hòa|lạnh)"),
               ("tivi", "TV", "(?:tivi|TV|ti vi)"), ("đèn", "lights?", "đèn"), ("máy sưởi", "heater", "máy sưởi")]


def switched(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The fan, the air conditioner, the TV, the light or the heater turned on or off, asked, told or said; right:
    "Could you turn on the fan …?", "… turned off the TV", "Have you turned off …?"; or "bật quạt … không?", "Làm ơn
    tắt đèn", "… đã tắt tivi", "Bạn đã tắt … chưa?"."""
    out = []
    for _ in range(n):
        vi, en, right = rng.choice(SWITCHED_56)
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        turned = "(?:turned|switched)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Bật {vi} lên giúp tôi.",
                         f"^(?:(?:Could|Can|Would) you (?:please )?(?:turn|switch) on the {en}(?: for me)?\\?|"
                         f"(?:Please )?(?:[Tt]urn|[Ss]witch) on the {en}(?: for me)?(?:, please)?[.!])"),
                        (f"{rng.choice(['Anh', 'Bạn', 'Chị'])} bật {vi} được không?",
                         f"^(?:Could|Can|Would) you (?:please )?(?:turn|switch) on the {en}\\b"),
                        (f"{w_vi} đã tắt {vi} rồi.",
                         f"^{w_right}(?:{HAS_54}(?: already)? {turned}| (?:already )?{turned}) off the {en}\\b"),
                        (f"Bạn tắt {vi} chưa?",
                         f"^(?:Have you {turned} off|Did you (?:turn|switch) off) the {en}\\b")][shape])
        else:
            thing = en.replace("(?:er|ing)", "er").replace("s?", "")
            out.append([(f"Can you turn on the {thing}?",
                         f"^(?:Bạn|Anh|Chị) (?:có thể )?bật {right}(?: (?:lên|giúp tôi|cho tôi))*(?: được)? không\\?"),
                        (f"Turn off the {thing}, please.",
                         f"^(?:(?:Làm ơn|Vui lòng) tắt {right}(?: đi)?|Tắt {right} (?:giúp tôi|đi)(?: nhé)?)\\b"),
                        (f"{w_en} turned off the {thing}.", f"^{w_vi_right} (?:đã )?tắt {right}\\b"),
                        (f"Did you turn off the {thing}?",
                         f"^Bạn (?:đã tắt {right} chưa|có tắt {right} không)\\?")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
DOORS_56 = [("cửa", "door", "cửa"), ("cửa sổ", "window", "cửa sổ"), ("cửa sau", "back door", "cửa sau"),
            ("cổng", "gate", "cổng")]
# who asked (Vietnamese, English, whether English says "has")
ASKED_56 = [("Bạn", "you", False), ("Mẹ tôi", "my mother", True), ("Anh ấy", "he", True), ("Lan", "Lan", True)]


def door_shut(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A door or a window: has someone locked it, forgot to lock it, close it for me, still open, may I open it, left
    open; right: "Have you locked the door?", "forgot to lock the window", "close the gate", "is still open"; or "khóa
    cửa chưa", "Tôi mở cửa sổ được không", "để cửa mở", "vẫn mở"."""
    out = []
    for _ in range(n):
        vi, en, right = rng.choice(DOORS_56)
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        a_vi, a_en, a_one = rng.choice(ASKED_56)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} khóa cửa chưa?",
                         f"^(?:{'Has' if a_one else 'Have'} {a_en} locked|Did {a_en} lock) the door\\?"),
                        (f"{w_vi} quên khóa {vi}.", f"^{w_right} forgot to lock the {en}\\b"),
                        (f"Đóng {vi} lại giúp tôi.",
                         f"^(?:(?:Could|Can|Would) you (?:please )?close the {en}\\b|(?:Please )?[Cc]lose the {en}(?: "
                         "for me)?(?:, please)?[.!])"),
                        (f"{vi.capitalize()} vẫn mở.", f"^The {en}(?: is|'s) still open\\b")][shape])
        else:
            a_right = {"Bạn": "Bạn", "Mẹ tôi": "Mẹ (?:của )?tôi", "Anh ấy": "Anh (?:ấy|ta)", "Lan": "Lan"}[a_vi]
            out.append([(f"Did {a_en} lock the {en}?", f"^{a_right} (?:đã )?khóa {right}(?: lại)? chưa\\?"),
                        (f"Can I open the {en}?", f"^Tôi (?:có thể )?mở {right}(?: ra)? (?:được )?không\\?"),
                        (f"You left the {en} open.", f"^Bạn (?:đã )?để {right} (?:mở|ngỏ)\\b"),
                        (f"The {en} is still open.", f"^{right.capitalize()} vẫn (?:còn )?mở\\b")][shape])
    return out


# (Vietnamese, English)
FOODS_56 = [("sữa", "milk"), ("gạo", "rice"), ("cà phê", "coffee"), ("bánh mì", "bread"), ("trà", "tea")]
SPOILT_56 = [("Sữa", "milk"), ("Thịt", "meat")]


def ran_out_56(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Out of milk, rice or coffee at home, running low, is there any left, the milk gone off; right: "We're out of
    …", "running low on", "Is there any … left?", "The milk has gone off"; or "Nhà hết … rồi", "sắp hết", "Còn …
    không?", "Sữa bị hỏng rồi"."""
    out = []
    for _ in range(n):
        vi, en = rng.choice(FOODS_56)
        s_vi, s_en = rng.choice(SPOILT_56)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Nhà hết {vi} rồi.", f"^We(?:'re| are) out of {en}\\b|^We(?:'ve| have) run out of {en}\\b"),
                        (f"Nhà sắp hết {vi} rồi.",
                         f"^We(?:'re| are) (?:almost out of|nearly out of|running (?:out of|low on)|low on) {en}\\b"),
                        (f"Còn {vi} không?",
                         f"^(?:Is there any {en} left|Do we (?:still )?have any {en}(?: left)?)\\?"),
                        (f"{s_vi} bị hỏng rồi.", f"^The {s_en}(?: has|'s) gone (?:off|bad)\\b")][shape])
        else:
            out.append([(f"We're out of {en}.", f"^(?:(?:Nhà|Chúng (?:ta|tôi)) hết|Hết) {vi} rồi\\b"),
                        (f"We're running low on {en}.", f"^(?:Nhà|Chúng (?:ta|tôi)) sắp hết {vi}\\b"),
                        (f"Is there any {en} left?", f"^(?:Nhà )?(?:[Cc]ó )?[Cc]òn {vi} không\\?"),
                        (f"The {s_en} has gone off.", f"^{s_vi} (?:đã )?bị (?:hỏng|hư|ôi|thiu)\\b")][shape])
    return out


# who, with whose in English (Vietnamese, English, "has", whose, Vietnamese right)
TAKERS_56 = [("Bạn", "you", False, "your", "Bạn"), ("Mẹ tôi", "my mother", True, "her", "Mẹ (?:của )?tôi"),
             ("Anh ấy", "he", True, "his", "Anh (?:ấy|ta)"), ("Con trai tôi", "my son", True, "his",
                                                               "Con trai (?:của )?tôi")]


def medicine_taken(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Medicine: has someone taken it, twice a day, forgot to take it, needs painkillers, before or after meals, a
    prescription; right: "Has … taken her medicine?", "Take this medicine twice a day", "forgot to take … medicine",
    "need(s) some painkillers"; or "… đã uống thuốc chưa?", "quên uống thuốc", "Uống thuốc này sau bữa ăn", "Bạn có
    đơn thuốc không?"."""
    out = []
    for _ in range(n):
        a_vi, a_en, a_one, a_whose, a_right = rng.choice(TAKERS_56)
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[3] in WHOSE_55])
        whose = WHOSE_55[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            times_vi, times_en = rng.choice([("hai", "(?:twice|two times)"), ("ba", "three times")])
            out.append([(f"{a_vi} đã uống thuốc chưa?",
                         f"^(?:{'Has' if a_one else 'Have'} {a_en} taken {a_whose} medicine(?: yet)?|Did {a_en} take "
                         f"{a_whose} medicine)\\?"),
                        (f"Uống thuốc này ngày {times_vi} lần.", f"^Take this medicine {times_en} a day\\b"),
                        (f"{w_vi} quên uống thuốc.", f"^{w_right} forgot to take {whose} medicine\\b"),
                        (f"{w_vi} cần thuốc giảm đau.", f"^{w_right} needs? (?:some |a )?painkillers?\\b")][shape])
        else:
            meals_en, meals_vi = rng.choice([("after meals", "sau"), ("before meals", "trước")])
            out.append([(f"Did {a_en} take {a_whose} medicine?", f"^{a_right} (?:đã )?uống thuốc chưa\\?"),
                        (f"{w_en} forgot to take {whose} medicine.", f"^{w_vi_right} (?:đã )?quên uống thuốc\\b"),
                        (f"Take this medicine {meals_en}.", f"^Uống thuốc này {meals_vi} (?:bữa ăn|khi ăn)\\b"),
                        ("Do you have a prescription?", "^Bạn có đơn thuốc không\\?")][shape])
    return out


# whom a photo is of (Vietnamese, English, Vietnamese right)
OF_56 = [("tôi", "me", "tôi"), ("chúng tôi", "us", "chúng tôi"), ("mẹ tôi", "my mother", "mẹ (?:của )?tôi")]
# whom photos are sent to (Vietnamese, English, Vietnamese right)
TO_56 = [("bạn", "you", "bạn"), ("mẹ tôi", "my mother", "mẹ (?:của )?tôi"), ("anh ấy", "him", "anh (?:ấy|ta)")]


def photo_taken(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A photo asked of us, a selfie just taken, photos to be sent later, who took this photo, a lovely photo; right:
    "Could you take a photo of us?", "just took a selfie", "I'll send you the photos later", "Who took this photo?";
    or "chụp giúp chúng tôi … không?", "chụp ảnh selfie", "gửi … ảnh cho …", "Ảnh đẹp quá!"."""
    out = []
    for _ in range(n):
        of_vi, of_en, of_right = rng.choice(OF_56)
        to_vi, to_en, to_right = rng.choice(TO_56)
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        shape = rng.randrange(4)
        if src == "vi":
            this = rng.choice([("này", "this"), ("đó", "that")])
            out.append([(f"{w_vi} vừa chụp ảnh selfie.", f"^{w_right}(?: just took|{HAS_54} just taken) a selfie\\b"),
                        (f"Bạn chụp giúp {of_vi} một tấm ảnh được không?",
                         f"^(?:Could|Can|Would) you (?:please )?take a (?:photo|picture) (?:of|for) {of_en}\\b"),
                        (f"Tôi sẽ gửi ảnh cho {to_vi} sau.",
                         f"^I(?:'ll| will) send (?:{to_en} the (?:photos|pictures)|the (?:photos|pictures) to {to_en}) "
                         "later\\b"),
                        (f"Ảnh {this[0]} ai chụp vậy?", f"^Who took {this[1]} (?:photo|picture)\\?")][shape])
        else:
            out.append([(f"Could you take a photo of {of_en}?",
                         f"^(?!.*của).*chụp (?:giúp|cho|hộ) {of_right}\\b.*(?:được không|không)\\?"),
                        (f"{w_en} took a selfie.",
                         f"^{w_vi_right} (?:đã |vừa )?chụp (?:một )?(?:tấm |bức )?(?:ảnh )?(?:selfie|tự sướng)"),
                        (f"Can you send {to_en} the photos?",
                         f"gửi (?:cho {to_right}.*ảnh|.*ảnh cho {to_right}).*không\\?"),
                        (f"What a {rng.choice(['lovely', 'beautiful', 'nice'])} photo!",
                         "^(?:Bức |Tấm )?(?:Ảnh|Hình)(?: này)? đẹp (?:quá|thế|thật)!")][shape])
    return out


# who gives, with whose (Vietnamese, English, whose)
GIVERS_56 = [("Tôi", "I", "my"), ("Chúng tôi", "We", "our"), ("Anh ấy", "He", "his"), ("Cô ấy", "She", "her")]
# whom a present is for (Vietnamese, English, his or her, Vietnamese right)
FOR_56 = [("bố tôi", "my father", "his", "bố (?:của )?tôi"), ("mẹ tôi", "my mother", "her", "mẹ (?:của )?tôi"),
          ("vợ tôi", "my wife", "her", "vợ (?:của )?tôi")]


def present_given(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A present bought for someone's mother, a watch given, thanks for a gift, what to give for a birthday; right:
    "bought a present for … mother", "gave me a watch", "Thank you for the gift", "What should I get my father for
    his birthday?"; or "mua quà cho …", "tặng tôi … đồng hồ", "Cảm ơn … món quà", "Tôi nên tặng gì cho …"."""
    out = []
    for _ in range(n):
        g_vi, g_en, g_whose = rng.choice(GIVERS_56)
        f_vi, f_en, f_his, f_right = rng.choice(FOR_56)
        giver = rng.choice([("Bố tôi", "My father", "Bố (?:của )?tôi"), ("Cô ấy", "She", "Cô ấy"),
                            ("Anh ấy", "He", "Anh (?:ấy|ta)")])
        gift = "(?:a present|a gift|presents|gifts)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{g_vi} mua quà cho mẹ.",
                         f"^{g_en} (?:bought|got) (?:{gift} for {g_whose} mother|{g_whose} mother {gift})\\b"),
                        (f"{giver[0]} tặng tôi một chiếc đồng hồ.", f"^{giver[1]} gave me a watch\\b"),
                        (f"Cảm ơn {rng.choice(['bạn', 'anh', 'chị'])} vì món quà.",
                         "^Thank(?:s| you)(?: very much| so much)? for (?:the|your) (?:gift|present)\\b"),
                        (f"Tôi nên tặng gì cho {f_vi} nhân dịp sinh nhật?",
                         f"^What should I (?:get|give|buy) {f_en} for {f_his} birthday\\?")][shape])
        else:
            out.append([(f"I bought a present for {f_en}.", f"^Tôi (?:đã )?mua (?:một )?(?:món )?quà cho {f_right}\\b"),
                        (f"{giver[1]} gave me a watch.",
                         f"^{giver[2]} (?:đã )?tặng (?:cho )?tôi (?:một )?(?:chiếc |cái )?đồng hồ\\b"),
                        (f"Thank you for the {rng.choice(['gift', 'present'])}.",
                         "^C[ảá]m ơn(?: bạn)?(?: vì| về)? món quà\\b"),
                        (f"What should I get {f_en} for {f_his} birthday?",
                         f"^Tôi nên (?:tặng|mua) (?:quà )?gì cho {f_right}(?: nhân dịp| vào)? (?:ngày )?sinh "
                         "nhật\\b")][shape])
    return out


def taxi_called(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A taxi or a Grab called, booked, got or taken home, offered, here; right: "will call a taxi", "booked a
    Grab", "Shall I call you a taxi?", "Your taxi's here"; or "sẽ bắt taxi", "đi taxi về nhà", "Tôi gọi taxi cho bạn
    nhé?", "Taxi đến chưa?"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        shape = rng.randrange(4)
        if src == "vi":
            whom = rng.choice([("bạn", "you"), ("mẹ tôi", "my mother"), ("anh ấy", "him")])
            whose = rng.choice([("bạn", "Your"), ("tôi", "My"), ("anh ấy", "His")])
            out.append([(f"{w_vi} sẽ gọi taxi.", f"^{w_right}(?:'ll| will) call a taxi\\b"),
                        (f"{w_vi} đã đặt Grab rồi.", f"^{w_right}{HAS_54} (?:already )?booked a Grab\\b"),
                        (f"Tôi gọi taxi cho {whom[0]} nhé?",
                         f"^Shall I call (?:{whom[1]} a taxi|a taxi for {whom[1]})\\?"),
                        (f"Taxi của {whose[0]} đến rồi.",
                         f"^{whose[1]} taxi(?:(?:'s| is) here| has (?:arrived|come))\\b")][shape])
        else:
            out.append([(f"{w_en} will get a taxi.", f"^{w_vi_right} sẽ (?:bắt|gọi|đi) taxi\\b"),
                        (f"{w_en} took a taxi home.", f"^{w_vi_right} (?:đã )?(?:đi|bắt) taxi về nhà\\b"),
                        ("Should I call you a taxi?",
                         "^(?:Tôi (?:có nên )?gọi taxi cho bạn (?:nhé|không)|Bạn có muốn tôi gọi taxi (?:cho bạn )?"
                         "không)\\?"),
                        ("Is the taxi here yet?", "^Taxi (?:đã )?(?:đến|tới) chưa\\?")][shape])
    return out


# words asked about (Vietnamese, English)
WORDS_56 = [("phở", "thank you"), ("bánh mì", "goodbye"), ("xin chào", "breakfast")]


def said_again(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Asked to say it again or louder, what a word means, who does not understand the question; right: "Could you
    say that again?", "speak up", "What does 'phở' mean?", "don't understand the question"; or "nhắc lại … không",
    "nói to hơn", "'…' nghĩa là gì", "không hiểu câu hỏi"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        q_vi, q_en = rng.choice(WORDS_56)
        you = rng.choice(["Bạn", "Anh", "Chị"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{you} nhắc lại được không?",
                         "^(?:Could|Can|Would) you (?:please )?(?:say (?:that|it) again|repeat (?:that|it))\\?"),
                        (f"{you} nói to hơn được không?",
                         "^(?:Could|Can|Would) you (?:please )?speak (?:up|louder)\\b"),
                        (f"'{q_vi}' nghĩa là gì?", f"^What does '(?i:{q_vi})' mean\\?"),
                        (f"{w_vi} không hiểu câu hỏi.",
                         f"^{w_right} (?:don't|doesn't|do not|does not) understand the question\\b")][shape])
        else:
            out.append([(f"Could you repeat {rng.choice(['that', 'the question'])}?",
                         "^Bạn (?:có thể )?(?:nhắc|nói) lại(?: câu hỏi)?(?: được)? không\\?"),
                        (f"Could you speak {rng.choice(['', 'a bit ', 'a little '])}louder?",
                         "^Bạn (?:có thể )?nói to hơn(?: một (?:chút|tí))?(?: được)? không\\?"),
                        (f"What does '{q_en}' mean?", f"^(?:Từ )?'{q_en}' (?:có )?nghĩa là gì\\?"),
                        (f"{w_en} {'doesn' if one else 'don'}'t understand the question.",
                         f"^{w_vi_right} không hiểu câu hỏi\\b")][shape])
    return out


# (Vietnamese, English)
BOUGHT_56 = [("sữa", "milk"), ("trứng", "eggs"), ("rau", "vegetables"), ("cá", "fish")]
# who is asked what they bought (Vietnamese, English, "are", Vietnamese right)
BUYERS_56 = [("Bạn", "you", "are", "Bạn"), ("Anh ấy", "he", "is", "Anh (?:ấy|ta)"),
             ("Mẹ tôi", "my mother", "is", "Mẹ (?:của )?tôi")]


def gone_shopping(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who goes to the supermarket or went to the market to buy food, just got back, what they bought, a bag; right:
    "going to the supermarket to buy …", "went to the market to buy …", "just got back from the supermarket", "What
    did … buy?"; or "đi siêu thị mua …", "vừa đi siêu thị về", "mua gì", "Bạn có cần túi không?"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        vi, en = rng.choice(BOUGHT_56)
        b_vi, b_en, b_are, b_right = rng.choice(BUYERS_56)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đi siêu thị mua {vi}.",
                         f"^{w_right}(?:{BE_53[one]} going| went| goes| go) to the supermarket to buy (?:some )?"
                         f"{en}\\b"),
                        (f"Hôm qua {inside(w_vi)} đi chợ mua {vi}.",
                         f"^(?:Yesterday,? )?{w_right} went to the market to buy (?:some )?{en}\\b"),
                        (f"{w_vi} vừa đi siêu thị về.",
                         f"^{w_right}(?:{HAS_54})? just (?:got|gotten|come) back from the supermarket\\b"),
                        (f"{b_vi} mua gì vậy?", f"^What (?:did {b_en} buy|{b_are} {b_en} buying)\\?")][shape])
        else:
            has = "has" if one else "have"
            out.append([(f"{w_en} went to the supermarket to buy some {en}.",
                         f"^{w_vi_right} (?:đã )?đi siêu thị (?:để )?mua (?:một ít )?{vi}\\b"),
                        (f"{w_en} {has} just got back from the supermarket.",
                         f"^{w_vi_right} vừa (?:mới )?(?:đi siêu thị về|từ siêu thị về)\\b"),
                        (f"What did {b_en} buy?", f"^{b_right} (?:đã )?mua (?:gì|những gì)\\b"),
                        rng.choice([("Do you need a bag?", "^Bạn có cần (?:một cái )?túi không\\?"),
                                    ("Where is the checkout?", "^Quầy thanh toán ở đâu\\?")])][shape])
    return out


# (Vietnamese, English)
CLOTHES_56 = [("áo", "shirt"), ("váy", "dress"), ("áo khoác", "jacket")]
COLOURS_56 = [("đỏ", "red"), ("trắng", "white"), ("đen", "black")]
# whom something suits (Vietnamese, English, Vietnamese right)
SUITED_56 = [("bạn", "you", "bạn"), ("cô ấy", "her", "cô ấy"), ("mẹ tôi", "my mother", "mẹ (?:của )?tôi")]
# who asks what to wear (Vietnamese, English, Vietnamese right)
DRESSING_56 = [("Tôi", "I", "Tôi"), ("Chúng tôi", "we", "Chúng (?:tôi|ta)"), ("Bạn", "you", "Bạn")]


def worn_56(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A shirt, a dress or a jacket that suits someone, worn now in a colour, what to wear to the party, shoes taken
    off; right: "This shirt suits you", "wearing a red dress", "What should I wear to the party?", "Please take your
    shoes off"; or "Cái áo này hợp với bạn", "đang mặc … váy (màu) đỏ", "nên mặc gì … tiệc", "không biết mặc gì"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        c_vi, c_en = rng.choice(CLOTHES_56)
        k_vi, k_en = rng.choice(COLOURS_56)
        s_vi, s_en, s_right = rng.choice(SUITED_56)
        d_vi, d_en, d_right = rng.choice(DRESSING_56)
        shape = rng.randrange(4)
        if src == "vi":
            off_vi, off_en = rng.choice([("giày", "shoes"), ("áo khoác", "jacket"), ("mũ", "hat")])
            out.append([(f"Cái {c_vi} này hợp với {s_vi}.",
                         f"^This {c_en} (?:really )?(?:suits {s_en}|looks (?:good|great|nice) on {s_en})\\b"),
                        (f"{w_vi} đang mặc một chiếc {rng.choice(['váy', 'áo khoác'])} {k_vi}.",
                         f"^{w_right}{BE_53[one]} wearing an? {k_en} (?:dress|jacket)\\b"),
                        (f"{d_vi} nên mặc gì đi dự tiệc?", f"^What should {d_en} wear (?:to|for) the party\\?"),
                        (f"Vui lòng cởi {off_vi} ra.",
                         f"^Please take (?:(?:your|the) {off_en} off|off (?:your|the) {off_en})\\b")][shape])
        else:
            thing = rng.choice([("váy", "dress"), ("áo khoác", "jacket")])
            out.append([(f"This {c_en} suits {s_en}.",
                         f"^(?:Cái|Chiếc) {c_vi} này (?:rất )?(?:phù )?hợp với {s_right}\\b"),
                        (f"{w_en} {be_53(w_en, one)} wearing a {k_en} {thing[1]}.",
                         f"^{w_vi_right} đang mặc (?:một (?:chiếc|cái) )?{thing[0]} (?:màu )?{k_vi}\\b"),
                        (f"What should {d_en} wear to the party?",
                         f"^{d_right} nên mặc gì (?:(?:đi|đến) )?(?:dự )?(?:bữa )?tiệc\\?"),
                        (f"{w_en} {'doesn' if one else 'don'}'t know what to wear.",
                         f"^{w_vi_right} không biết (?:nên |phải )?mặc gì\\b")][shape])
    return out


# (Vietnamese, English)
WAITED_56 = [("một tiếng", "an hour"), ("hai mươi phút", "twenty minutes"), ("nửa tiếng", "half an hour")]
# (English, Vietnamese right)
RIDES_56 = [("the bus", "xe buýt"), ("the train", "tàu(?: hỏa)?"), ("a taxi", "(?:xe )?taxi")]


def waited(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Waiting long, for an hour, for someone outside, in line, for the bus, don't wait for me, sorry to keep you
    waiting; right: "Have you been waiting long?", "been waiting for an hour", "waiting for … outside", "Don't wait
    for me"; or "đợi lâu chưa", "đang xếp hàng", "đang đợi xe buýt", "Xin lỗi đã để bạn phải chờ"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        a_vi, a_en, a_one = rng.choice(ASKED_56)
        shape = rng.randrange(4)
        if src == "vi":
            span_vi, span_en = rng.choice(WAITED_56)
            whom_vi, whom_en, _ = whom_54(rng, w_vi)
            me_vi, me_en = rng.choice([("tôi", "me"), ("chúng tôi", "us")])
            out.append([(f"{a_vi} đợi lâu chưa?",
                         f"^{'Has' if a_one else 'Have'} {a_en} been waiting (?:long|(?:for )?a long time)\\?"),
                        (f"{w_vi} đã đợi {span_vi} rồi.", f"^{w_right}{HAS_54} been waiting (?:for )?{span_en}\\b"),
                        (f"{w_vi} đang đợi {whom_vi} ở ngoài.",
                         f"^{w_right}{BE_53[one]} waiting for {whom_en} outside\\b"),
                        (f"Đừng đợi {me_vi}.", f"^Don't wait for {me_en}\\b")][shape])
        else:
            a_right = {"Bạn": "Bạn", "Mẹ tôi": "Mẹ (?:của )?tôi", "Anh ấy": "Anh (?:ấy|ta)", "Lan": "Lan"}[a_vi]
            ride_en, ride_vi = rng.choice(RIDES_56)
            out.append([(f"{'Has' if a_one else 'Have'} {a_en} been waiting long?",
                         f"^{a_right} (?:đã )?(?:đợi|chờ)(?: đợi)? lâu chưa\\?"),
                        (f"{w_en} {be_53(w_en, one)} waiting in line.", f"^{w_vi_right} đang xếp hàng\\b"),
                        (f"{w_en} {be_53(w_en, one)} waiting for {ride_en}.",
                         f"^{w_vi_right} đang (?:đợi|chờ) {ride_vi}\\b"),
                        ("Sorry to keep you waiting.",
                         "^Xin lỗi (?:vì )?đã để bạn (?:phải )?(?:chờ|đợi)(?: lâu)?\\b")][shape])
    return out


def logged_in(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A password forgotten, who can't log in, has logged in or out, just created an account; right: "forgotten
    … password", "can't log in", "Have you logged in?", "just created an account"; or "quên mật khẩu", "đăng nhập
    chưa", "đăng xuất", "vừa tạo tài khoản"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[3] in WHOSE_55])
        whose = WHOSE_55[w_en]
        a_vi, a_en, a_one = rng.choice(ASKED_56)
        a_right = {"Bạn": "Bạn", "Mẹ tôi": "Mẹ (?:của )?tôi", "Anh ấy": "Anh (?:ấy|ta)", "Lan": "Lan"}[a_vi]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} quên mật khẩu rồi.", f"^{w_right}{HAS_54} forgotten {whose} password\\b"),
                        (f"{w_vi} không đăng nhập được.", f"^{w_right} (?:can't|cannot|couldn't) log in\\b"),
                        (f"{a_vi} đăng nhập chưa?",
                         f"^(?:{'Has' if a_one else 'Have'} {a_en} logged in(?: yet)?|Did {a_en} log in|"
                         f"{'Is' if a_one else 'Are'} {a_en} logged in)\\?"),
                        (f"{w_vi} vừa tạo tài khoản.",
                         f"^{w_right}(?:{HAS_54} just| just) (?:created|made|opened|set up) an account\\b")][shape])
        else:
            has = "has" if one else "have"
            out.append([(f"{w_en} forgot {whose} password.", f"^{w_vi_right} (?:đã )?quên (?:mất )?mật khẩu\\b"),
                        (f"{'Has' if a_one else 'Have'} {a_en} logged in?", f"^{a_right} (?:đã )?đăng nhập chưa\\?"),
                        (f"{w_en} {has} logged out.", f"^{w_vi_right} (?:đã )?đăng xuất\\b"),
                        (f"{w_en} just created an account.",
                         f"^{w_vi_right} vừa (?:mới )?tạo (?:một )?tài khoản\\b")][shape])
    return out


def hurried(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is going to be late or in a hurry, hurry up before a clause, no rush; right: "going to be late", "in a
    hurry", "Hurry up, …", "Take your time" or "There's no rush"; or "sắp muộn", "đang vội", "Nhanh lên, …", "Không
    cần vội"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} sắp muộn rồi.", f"^{w_right}{BE_53[one]} going to be late\\b"),
                        (f"{w_vi} đang vội.", f"^{w_right}{BE_53[one]} in a (?:big )?hurry\\b"),
                        (f"{rng.choice(['Nhanh', 'Mau'])} lên, chúng ta muộn rồi!",
                         "^Hurry(?: up)?, we(?:'re| are) (?:late|going to be late)\\b"),
                        (rng.choice(["Cứ từ từ.", "Không cần vội."]),
                         "^(?:Take your time|There's no (?:rush|hurry)|No (?:rush|hurry))\\b")][shape])
        else:
            shared = w_vi_right.replace("chúng tôi", "chúng (?:tôi|ta)")  # ("we" may be the ones spoken to too)
            out.append([(f"{w_en} {be_53(w_en, one)} going to be late.",
                         f"^{shared} (?:sắp|sẽ) (?:bị )?(?:muộn|trễ)\\b"),
                        (f"{w_en} {be_53(w_en, one)} in a hurry.", f"^{w_vi_right} đang (?:rất )?vội\\b"),
                        ("Hurry up, we're going to be late!",
                         "^(?:Nhanh|Mau) lên, chúng (?:ta|tôi) (?:sắp|sẽ) (?:bị )?(?:muộn|trễ)\\b"),
                        (f"There's no {rng.choice(['rush', 'hurry'])}.", "^Không (?:cần )?(?:phải )?vội\\b")][shape])
    return out


# who is offered more (Vietnamese, English, Vietnamese right)
OFFERED_56 = [("Bạn", "you", "Bạn"), ("Mẹ bạn", "your mother", "Mẹ (?:của )?bạn"), ("Anh ấy", "he", "Anh (?:ấy|ta)")]
# (Vietnamese, English)
SERVED_56 = [("cơm", "rice"), ("canh", "soup"), ("thịt", "meat")]


def at_table(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """At the family table: dinner's ready, come and eat, some more rice, who is full, what someone is cooking;
    right: "Dinner's ready", "Come and eat, everyone", "Would you like some more rice?", "really full, thank you";
    or "Cơm chín rồi", "Mọi người ăn cơm đi", "có muốn ăn thêm cơm không", "đang nấu gì"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        o_vi, o_en, o_right = rng.choice(OFFERED_56)
        f_vi, f_en = rng.choice(SERVED_56)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{rng.choice(['Cơm', 'Cơm trưa'])} chín rồi.",
                         "^(?:Dinner|Lunch|The food|Food)(?:'s| is) ready\\b"),
                        (f"{rng.choice(['Mọi người', 'Cả nhà', 'Các con'])} ăn cơm đi!",
                         "^Come and eat, (?:everyone|everybody|kids|children)!"),
                        (f"{o_vi} có muốn ăn thêm {f_vi} không?",
                         f"^(?:Would {o_en} like|(?:Do|Does) {o_en} want) (?:some )?more {f_en}\\?"),
                        (f"{w_vi} no lắm rồi, cảm ơn.",
                         f"^{w_right}{BE_53[one]} (?:really|so|very) full, thank(?:s| you)\\b")][shape])
        else:
            be = "are" if o_en == "you" else "is"
            out.append([(f"{rng.choice(['Dinner', 'Lunch'])} is ready!",
                         "^Cơm(?: trưa| tối)? (?:chín|xong|đã sẵn sàng)(?: rồi)?!"),
                        (f"Come and eat, {rng.choice(['everyone', 'kids'])}!",
                         "^(?:Mọi người|Cả nhà|Các con) (?:vào |ra )?ăn cơm (?:thôi|đi|nào)!"),
                        (f"Would {o_en} like some more {f_en}?",
                         f"^{o_right} có muốn (?:ăn )?thêm {f_vi}(?: nữa)? không\\?"),
                        (f"What {be} {o_en} cooking?",
                         f"^{o_right} (?:đang )?nấu (?:món )?gì(?: vậy| thế)?\\?")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
ROOMS_56 = [("phòng", "(?:your|the) room", "phòng"), ("phòng khách", "the living room", "phòng khách"),
            ("bếp", "the kitchen", "(?:nhà )?bếp")]
# (Vietnamese, English, Vietnamese right)
MESSY_56 = [("Phòng", "The room", "Phòng"), ("Phòng của bạn", "Your room", "Phòng (?:của )?bạn"),
            ("Phòng tôi", "My room", "Phòng (?:của )?tôi"), ("Nhà bếp", "The kitchen", "(?:Nhà )?[Bb]ếp")]
# (Vietnamese, English)
PUT_AWAY_56 = [("đồ", "things"), ("đồ chơi", "toys"), ("quần áo", "clothes")]


def tidied(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A room to tidy, a room dirty or a mess, who is cleaning the kitchen, things to put away; right: "Tidy your
    room", "is so dirty", "cleaning the kitchen", "Put your toys away"; or "Dọn phòng đi", "bừa bộn", "đang dọn bếp",
    "Cất đồ chơi đi"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        r_vi, r_en, r_right = rng.choice(ROOMS_56)
        m_vi, m_en, m_right = rng.choice(MESSY_56)
        t_vi, t_en = rng.choice(PUT_AWAY_56)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Dọn {r_vi} đi!", f"^(?:Tidy|Clean)(?: up)? {r_en}(?: up)?!"),
                        (f"{m_vi} bẩn quá.", f"^{m_en} is (?:so|too|really|very) dirty\\b"),
                        (f"{w_vi} đang dọn bếp.",
                         f"^{w_right}{BE_53[one]} (?:tidying|cleaning)(?: up)? the kitchen\\b"),
                        (f"Cất {t_vi} đi.", f"^Put (?:away )?your {t_en}(?: away)?\\b")][shape])
        else:
            room = rng.choice([("your room", "phòng"), ("the kitchen", "(?:nhà )?bếp"),
                               ("the living room", "phòng khách")])
            out.append([(f"Tidy {room[0]}!", f"^(?:Hãy )?[Dd]ọn(?: dẹp)? {room[1]}(?: của bạn)? đi(?: nhé)?!"),
                        (f"{m_en} is a mess.", f"^{m_right} (?:bừa bộn|bừa|lộn xộn)\\b"),
                        (f"{w_en} {be_53(w_en, one)} cleaning the kitchen.",
                         f"^{w_vi_right} đang (?:lau dọn|dọn dẹp|dọn)(?: nhà)? bếp\\b"),
                        (f"Put your {t_en} away.", f"^(?:Hãy )?[Cc]ất {t_vi}(?: của bạn)? đi\\b")][shape])
    return out


# (Vietnamese, good in Vietnamese, English, Vietnamese right)
KINDS_56 = [("nhà hàng", "ngon", "restaurant", "nhà hàng"), ("khách sạn", "tốt", "hotel", "khách sạn"),
            ("cuốn sách", "hay", "book", "(?:cuốn )?sách"), ("bộ phim", "hay", "film", "(?:bộ )?phim")]
# (Vietnamese, English)
TOWNS_56 = [("Hội An", "Hoi An"), ("Đà Lạt", "Da Lat"), ("Huế", "Hue")]
# who should try it (Vietnamese, English)
TRIERS_56 = [("Bạn", "You"), ("Họ", "They"), ("Mẹ tôi", "My mother")]


def recommended(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A good restaurant, hotel, book or film to recommend, one near here, a dish to try here, a town worth a
    visit; right: "recommend a good …", "Do you know a good … near here?", "should try the pho here", "worth a
    visit"; or "giới thiệu … không", "Bạn có biết … gần đây không", "nên thử phở ở đây", "đáng để ghé thăm"."""
    out = []
    for _ in range(n):
        k_vi, good_vi, k_en, k_right = rng.choice(KINDS_56)
        near_vi, near_good, near_en, near_right = rng.choice(KINDS_56[:2])
        town_vi, town_en = rng.choice(TOWNS_56)
        tr_vi, tr_en = rng.choice(TRIERS_56)
        dish_vi, dish_en = rng.choice([("phở", "pho"), ("bún chả", "bun cha")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Bạn có thể giới thiệu cho tôi một {k_vi} {good_vi} không?",
                         f"^(?:Can|Could) you recommend (?:me )?an? good {k_en}\\b"),
                        (f"Bạn có biết {near_vi} nào {near_good} ở gần đây không?",
                         f"^Do you know (?:an?|any) good {near_en}s? (?:near here|nearby|around here)\\?"),
                        (f"{tr_vi} nên thử {dish_vi} ở đây.", f"^{tr_en} should try the {dish_en} here\\b"),
                        (f"{town_vi} rất đáng để ghé thăm.",
                         f"^{town_en} is (?:well |really )?worth (?:a visit|visiting)\\b")][shape])
        else:
            out.append([(f"Can you recommend a good {k_en}?",
                         f"^Bạn (?:có thể )?(?:giới thiệu|gợi ý)(?: cho tôi)? (?:một )?{k_right}(?: nào)? {good_vi} "
                         "(?:được )?không\\?"),
                        (f"Do you know a good {near_en} near here?",
                         f"^Bạn có biết (?:một )?{near_right}(?: nào)? {near_good} (?:ở )?gần đây không\\?"),
                        (f"{tr_en} should try the {dish_en} here.",
                         f"^{tr_vi} nên (?:ăn )?thử (?:món )?{dish_vi} ở đây\\b"),
                        (f"{town_en} is worth a visit.",
                         f"^{town_vi} (?:rất )?đáng (?:để )?(?:ghé thăm|đến thăm|tham quan)\\b")][shape])
    return out


# (Vietnamese, English)
EVENTS_56 = [("Chuyến đi", "trip"), ("Bữa tiệc", "party"), ("Đám cưới", "wedding"), ("Buổi hòa nhạc", "concert")]
# whose (Vietnamese, English, Vietnamese right)
SPENT_56 = [("Cuối tuần", "weekend"), ("Kỳ nghỉ", "holiday")]


def how_it_went(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How the trip, the party or your weekend was, the party last night, it was really fun, the film not very good;
    right: "How was the trip?", "How was your weekend?", "was really fun", "wasn't very good"; or "Chuyến đi thế
    nào?", "Cuối tuần của bạn thế nào?", "rất vui", "tối qua thế nào"."""
    out = []
    for _ in range(n):
        e_vi, e_en = rng.choice(EVENTS_56)
        s_vi, s_en = rng.choice(SPENT_56)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{e_vi} thế nào?", f"^How was the {e_en}\\?"),
                        (f"{s_vi} của bạn thế nào?", f"^How (?:was|did) your {s_en}(?: go)?\\?"),
                        (f"{e_vi} rất vui.", f"^The {e_en} was (?:really |very |so )?fun\\b"),
                        (f"{rng.choice(['Bộ phim', 'Buổi hòa nhạc'])} không hay lắm.",
                         "^The (?:film|concert) (?:wasn't|was not) (?:very|that|much|really) good\\b")][shape])
        else:
            out.append([(f"How was the {e_en}?", f"^{e_vi} (?:như )?thế nào\\?"),
                        (f"How was your {s_en}?", f"^{s_vi} của bạn (?:như )?thế nào\\?"),
                        (f"The {e_en} was really fun.", f"^{e_vi} (?:rất vui|vui (?:lắm|quá))\\b"),
                        (f"How was the {e_en} last night?", f"^{e_vi} tối qua (?:như )?thế nào\\?")][shape])
    return out


# what is tasted and how (Vietnamese, English, tastes it may have)
DISHES_56 = [("Canh", "soup", ["mặn", "cay", "chua"]), ("Phở", "pho", ["mặn", "cay"]),
             ("Cà phê", "coffee", ["ngọt", "đắng"]), ("Nước chấm", "dipping sauce", ["mặn", "cay", "ngọt", "chua"])]
TASTES_56 = {"mặn": "salty", "cay": "spicy", "ngọt": "sweet", "chua": "sour", "đắng": "bitter"}
SEASONINGS_56 = [("muối", "salt"), ("đường", "sugar"), ("nước mắm", "fish sauce")]


def tasted(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """This soup, pho, coffee or dipping sauce a bit or too salty, spicy, sweet, sour or bitter, asked whether it
    is, who can't eat spicy food, make it less spicy, needs more salt; right: "This soup is a bit salty", "too
    spicy", "can't eat spicy food", "make it less …"; or "Canh này hơi mặn", "cay quá", "không ăn được cay", "cần thêm
    muối"."""
    out = []
    for _ in range(n):
        d_vi, d_en, tastes = rng.choice(DISHES_56)
        t_vi = rng.choice(tastes)
        t_en = TASTES_56[t_vi]
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        s_vi, s_en = rng.choice(SEASONINGS_56)
        shape = rng.randrange(4)
        if src == "vi":
            less_vi = rng.choice(["cay", "mặn", "ngọt"])
            out.append([(f"{d_vi} này hơi {t_vi}.", f"^This {d_en} is (?:a bit|a little|slightly) {t_en}\\b"),
                        (f"{d_vi} này {t_vi} quá.", f"^This {d_en} is (?:too|so|really) {t_en}\\b"),
                        (f"{w_vi} không ăn được cay.", f"^{w_right} (?:can't|cannot) eat spicy food\\b"),
                        (f"Bạn làm ít {less_vi} hơn được không?",
                         f"^(?:Can|Could) you make it less {TASTES_56[less_vi]}\\?")][shape])
        else:
            out.append([(f"This {d_en} is too {t_en}.", f"^{d_vi} này (?:{t_vi} quá|quá {t_vi})\\b"),
                        (f"Is this {d_en} {t_en}?", f"^{d_vi} này có {t_vi} không\\?"),
                        (f"{w_en} can't eat spicy food.",
                         f"^{w_vi_right} không (?:ăn được|thể ăn) (?:đồ |món |thức ăn )?cay\\b"),
                        (f"This {d_en} needs more {s_en}.",
                         f"^{d_vi} này cần thêm (?:chút |một chút )?{s_vi}\\b")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
INSIDE_56 = [("này", "here", "này"), ("phòng", "the room", "phòng"), ("phòng tôi", "my room", "phòng (?:của )?tôi")]
# whose hands (Vietnamese, English)
HANDS_56 = [("tôi", "My"), ("bạn", "Your"), ("con tôi", "My child's")]


def felt_cold(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who feels cold, I'm so cold, cold in here or in the room, whose hands are cold, are you cold, put on a
    jumper; right: "feel(s) cold", "so cold", "It's so cold in the room", "hands are so cold"; or "thấy lạnh", "có
    lạnh không", "Trong phòng lạnh cóng", "Mặc áo len"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        i_vi, i_en, i_right = rng.choice(INSIDE_56)
        shape = rng.randrange(4)
        if src == "vi":
            me_vi, me_en = rng.choice([("Tôi", "I(?:'m| am)"), ("Chúng tôi", "We(?:'re| are)")])
            h_vi, h_en = rng.choice(HANDS_56)
            out.append([(f"{w_vi} thấy lạnh.", f"^{w_right} feels? cold\\b"),
                        (f"{me_vi} lạnh quá.", f"^{me_en} (?:so|really|very|too) cold\\b"),
                        (f"Trong {i_vi} lạnh quá.", f"^It(?:'s| is) (?:so|really|very|too) cold in {i_en}\\b"),
                        (f"Tay {h_vi} lạnh quá.", f"^{h_en} hands are (?:so|really|very|too) cold\\b")][shape])
        else:
            a_vi, a_en, a_one = rng.choice(ASKED_56[:3])
            a_right = {"Bạn": "Bạn", "Mẹ tôi": "Mẹ (?:của )?tôi", "Anh ấy": "Anh (?:ấy|ta)"}[a_vi]
            g_en, g_vi = rng.choice([("jumper", "áo len"), ("coat", "áo khoác")])
            out.append([(f"{w_en} {'feels' if one else 'feel'} cold.", f"^{w_vi_right} (?:cảm )?thấy lạnh\\b"),
                        (f"{'Is' if a_one else 'Are'} {a_en} cold?",
                         f"^(?!.*cảm lạnh){a_right} có (?:thấy )?lạnh không\\?"),
                        (f"It's freezing in {i_en}.", f"^(?!.*Trời)(?:Ở )?[Tt]rong {i_right} (?:lạnh cóng|rét)\\b"),
                        (f"Put on a {g_en}.", f"^(?:Hãy )?[Mm]ặc (?:thêm )?{g_vi}\\b")][shape])
    return out


# who may sit here (Vietnamese, English)
SITTERS_56 = [("Mẹ tôi", "my mother"), ("Lan", "Lan"), ("Con trai tôi", "my son"), ("Chúng tôi", "we")]


def seated(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who may sit here, is this seat taken or free, have a seat, save or swap a seat, move over; right: "Can … sit
    here?", "Is this seat taken?", "Please have a seat", "save … a seat"; or "Chỗ này còn trống không", "đổi chỗ
    với", "giữ chỗ cho", "dịch vào một chút"."""
    out = []
    for _ in range(n):
        s_vi, s_en = rng.choice(SITTERS_56)
        whom_vi, whom_en, whom_right = rng.choice(WHOM_54)
        this = rng.choice([("này", "this"), ("đó", "that")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{s_vi} ngồi đây được không?", f"^(?:Can|Could|May) {s_en} sit here\\?"),
                        (f"Chỗ {this[0]} có ai ngồi chưa?", f"^Is {this[1]} seat taken\\?"),
                        (f"Mời {rng.choice(['bạn', 'anh', 'chị'])} ngồi.",
                         "^(?:Please (?:have|take) a seat|Please sit down|Have a seat|Take a seat)\\b"),
                        (f"Tôi sẽ giữ chỗ cho {whom_vi}.",
                         f"^I(?:'ll| will) save (?:{whom_en} a seat|a seat for {whom_en})\\b")][shape])
        else:
            other = rng.choice([w for w in WHOM_54 if w[1] != "you"])
            out.append([(f"Is {this[1]} seat free?",
                         "^(?:Chỗ|Ghế) (?:này|đó|kia) (?:vẫn )?(?:còn )?trống không\\?"),
                        (f"Could you swap seats with {other[1]}?",
                         f"^Bạn (?:có thể )?đổi chỗ(?: ngồi)? với {other[2]} (?:được )?không\\?"),
                        (f"Can you save a seat for {rng.choice(['me', 'my mother'])}?",
                         "^Bạn (?:có thể )?giữ chỗ cho (?:tôi|mẹ (?:của )?tôi) (?:được )?không\\?"),
                        ("Could you move over a little?",
                         "^Bạn (?:có thể )?(?:ngồi )?(?:dịch|xích|nhích) (?:vào|sang|qua) (?:một )?(?:chút|tí)"
                         "(?: được)? không\\?")][shape])
    return out


# who is hurt (Vietnamese, English, whose, Vietnamese right)
HURT_56 = [("Tôi", "I", "my", "Tôi"), ("Mẹ tôi", "My mother", "her", "Mẹ (?:của )?tôi"),
           ("Anh ấy", "He", "his", "Anh (?:ấy|ta)"), ("Cô ấy", "She", "her", "Cô (?:ấy|ta)")]


def hurt_56(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who cut a hand, fell off the motorbike, twisted an ankle, is asked whether all right or hurt; right: "cut …
    hand", "fell off … motorbike", "twisted … ankle", "Are you okay?"; or "bị đứt tay", "bị trẹo chân", "có sao
    không", "có bị thương không"."""
    out = []
    for _ in range(n):
        h_vi, h_en, h_whose, h_right = rng.choice(HURT_56)
        a_vi, a_en, a_one = rng.choice(ASKED_56)
        a_right = {"Bạn": "Bạn", "Mẹ tôi": "Mẹ (?:của )?tôi", "Anh ấy": "Anh (?:ấy|ta)", "Lan": "Lan"}[a_vi]
        be = "Is" if a_one else "Are"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{h_vi} bị đứt tay.", f"^{h_en} cut {h_whose} (?:hand|finger)\\b"),
                        (f"{h_vi} bị ngã xe.", f"^{h_en} fell off {h_whose} (?:motorbike|bike|scooter)\\b"),
                        (f"{h_vi} bị trẹo chân.", f"^{h_en} (?:twisted|sprained) {h_whose} ankle\\b"),
                        (f"{a_vi} có sao không?", f"^{be} {a_en} (?:okay|OK|all right|alright)\\?")][shape])
        else:
            out.append([(f"{h_en} cut {h_whose} finger.", f"^{h_right} bị đứt (?:ngón )?tay\\b"),
                        (f"{h_en} twisted {h_whose} ankle.",
                         f"^{h_right} bị (?:trẹo|trặc|lật) (?:chân|cổ chân|mắt cá chân)\\b"),
                        (f"{be} {a_en} okay?", f"^{a_right} (?:có (?:ổn|sao) không|(?:không sao|ổn) chứ)\\?"),
                        (f"{be} {a_en} hurt?", f"^{a_right} có bị thương không\\?")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
BREAKABLE_56 = [("cốc", "(?:cup|glass)", "(?:ly|cốc)"), ("đĩa", "plate", "đĩa"), ("gương", "mirror", "gương")]


def spilled(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who spilled coffee on the table, broke a vase or a glass, knocked over the vase, who broke the cup, the vase
    broken; right: "spilled coffee on the table", "broke a vase", "Who broke the plate?"; or "làm đổ cà phê lên
    bàn", "làm vỡ … ly", "làm đổ … bình hoa", "Ai làm vỡ …"."""
    out = []
    for _ in range(n):
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice(WHO_52)
        b_vi, b_en, b_right = rng.choice(BREAKABLE_56)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} làm đổ cà phê lên bàn.", f"^{w_right} spilled (?:some )?coffee on the table\\b"),
                        (f"{w_vi} làm vỡ bình hoa.", f"^{w_right} (?:broke|{HAS_54} broken) (?:a|the) vase\\b"),
                        (f"Ai làm vỡ cái {b_vi}?", f"^Who broke the {b_en}\\?"),
                        ("Bình hoa bị vỡ.", "^(?:The vase (?:is|was|got|'s) broken|The vase broke)\\b")][shape])
        else:
            en = {"cốc": "glass", "đĩa": "plate", "gương": "mirror"}[b_vi]
            out.append([(f"{w_en} spilled coffee on the table.",
                         f"^{w_vi_right} (?:đã )?(?:vô tình )?(?:làm|đánh) đổ cà phê (?:lên|ra|trên) (?:cái )?bàn\\b"),
                        (f"{w_en} broke a glass.",
                         f"^{w_vi_right} (?:đã )?(?:làm|đánh) (?:vỡ|bể) (?:một )?(?:cái )?(?:ly|cốc)\\b"),
                        (f"{w_en} knocked over the vase.",
                         f"^{w_vi_right} (?:đã )?(?:làm|đánh|xô) đổ (?:cái )?(?:bình|lọ) hoa\\b"),
                        (f"Who broke the {en}?", f"^Ai (?:đã )?làm (?:vỡ|bể) (?:cái )?{b_right}\\b.*\\?")][shape])
    return out


# (Vietnamese, English)
MISLAID_56 = [("điện thoại", "phone"), ("ví", "wallet"), ("túi", "bag")]


def looked_for(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Where's my phone, have you seen it, where did you put it, who is looking for it, found under the sofa;
    right: "Where's my phone?", "Have you seen my wallet?", "Where did you put my bag?", "looking for …"; or "… của
    tôi đâu rồi", "Bạn có thấy … không", "để … ở đâu", "tìm thấy … dưới ghế sofa"."""
    out = []
    for _ in range(n):
        t_vi, t_en = rng.choice(MISLAID_56)
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[3] in WHOSE_55])
        whose = WHOSE_55[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{t_vi.capitalize()} của tôi đâu rồi?", f"^Where(?:'s| is) my {t_en}\\?"),
                        (f"Bạn có thấy {t_vi} của tôi không?",
                         f"^(?:Have you seen|Did you see) my {t_en}(?: anywhere)?\\?"),
                        (f"Bạn để {t_vi} của tôi ở đâu?", f"^Where (?:did|have) you put my {t_en}\\?"),
                        (f"{w_vi} đang tìm {t_vi}.",
                         f"^{w_right}{BE_53[one]} looking for (?:{whose}|the) {t_en}\\b")][shape])
        else:
            out.append([(f"Where's my {t_en}?", f"^(?i:{t_vi}) của tôi (?:đâu(?: rồi)?|ở đâu)\\?"),
                        (f"Have you seen my {t_en}?",
                         f"^Bạn (?:có|đã) (?:nhìn )?thấy {t_vi} của tôi (?:không|chưa)\\?"),
                        (f"Where did you put my {t_en}?", f"^Bạn (?:đã )?(?:để|đặt) {t_vi} của tôi ở đâu\\?"),
                        (f"I found my {t_en} under the sofa.",
                         f"^Tôi (?:đã )?tìm thấy {t_vi}(?: của tôi)? (?:ở )?dưới (?:ghế )?(?:sofa|sô pha)\\b")][shape])
    return out


# taken along (Vietnamese, English); one's own (Vietnamese, English)
ALONG_56 = [("ô", "umbrella"), ("áo khoác", "jacket"), ("áo mưa", "raincoat")]
OWN_56 = [("hộ chiếu", "passport"), ("sạc", "charger"), ("ví", "wallet")]
OWN_VI_56 = {"sạc": "(?:cục )?sạc"}  # (a charger is "cục sạc" in mt/resources/terms.en-vi.txt)


def brought_56(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Take an umbrella, remember your passport, did you bring your charger, who forgot to bring it, you should
    bring a jacket; right: "Bring an umbrella", "Remember to bring your passport", "Did you bring your charger?",
    "forgot to bring …"; or "Mang theo ô", "Đừng quên mang … hộ chiếu", "quên mang", "Bạn nên mang …"."""
    out = []
    for _ in range(n):
        t_vi, t_en = rng.choice(ALONG_56)
        o_vi, o_en = rng.choice(OWN_56)
        (w_vi, w_right, one, w_en, w_vi_right) = rng.choice([w for w in WHO_52 if w[3] in WHOSE_55])
        whose = WHOSE_55[w_en]
        a = "an" if t_en[0] in "aeiou" else "a"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Mang {t_vi} theo nhé.", f"^(?:Bring|Take) an? {t_en}(?: with you)?\\b"),
                        (f"Nhớ mang theo {o_vi} nhé.",
                         f"^(?:Remember to|Don't forget to) (?:bring|take) your {o_en}\\b"),
                        (f"Bạn có mang theo {o_vi} không?",
                         f"^(?:Did you bring|Have you (?:got|brought)) your {o_en}(?: with you)?\\?"),
                        (f"{w_vi} quên mang {o_vi}.",  # (ours: "our passports")
                         f"^{w_right} forgot (?:to bring )?{whose} {o_en}s?\\b")][shape])
        else:
            out.append([(f"Take {a} {t_en}.", f"^(?:Hãy )?(?:Mang|Đem|Cầm) (?:theo )?{t_vi}\\b"),
                        (f"Don't forget to bring your {o_en}.",
                         f"^Đừng quên (?:mang|đem)(?: theo)? {OWN_VI_56.get(o_vi, o_vi)}\\b"),
                        (f"{w_en} forgot to bring {whose} {t_en}.",
                         f"^{w_vi_right} (?:đã )?quên mang(?: theo)? {t_vi}\\b"),
                        (f"You should bring {a} {t_en}.", f"^Bạn nên mang(?: theo)? {t_vi}\\b")][shape])
    return out


# (Vietnamese, English) for "lest" and for things to be careful with
LEST_56 = [("ngã", "fall"), ("trượt", "slip"), ("bỏng", "burn yourself"), ("đứt tay", "cut yourself")]
SHARP_56 = [("con dao", "knife"), ("cái kéo", "scissors"), ("cái chảo", "pan")]


def cautioned(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The floor wet, don't touch it's hot, careful not to fall, careful with the knife, watch out, mind your head;
    right: "The floor is wet", "Don't touch …, it's hot!", "Be careful not to …", "Be careful with the …"; or "Coi
    chừng!", "Đừng chạm vào …, nóng đấy!", "Sàn nhà ướt", "Cẩn thận đụng đầu!"."""
    out = []
    for _ in range(n):
        shape = rng.randrange(4)
        if src == "vi":
            obj = rng.choice([("", "it"), (" cái đó", "that"), (" cái nồi", "the pot")])
            lest = rng.choice(LEST_56)
            sharp = rng.choice(SHARP_56)
            out.append([(f"Sàn nhà {rng.choice(['ướt', 'trơn lắm'])}.",
                         "^The floor(?:'s| is) (?:wet|(?:very |really |so )?slippery)\\b"),
                        (f"Đừng chạm vào{obj[0]}, nóng đấy!", f"^Don't touch {obj[1]}, it(?:'s| is) hot!"),
                        (f"Cẩn thận kẻo {lest[0]}.", f"^Be careful not to {lest[1]}\\b"),
                        (f"Cẩn thận với {sharp[0]}.", f"^Be careful with the {sharp[1]}\\b")][shape])
        else:
            obj = rng.choice([("that", "cái đó"), ("it", "nó"), ("the stove", "bếp")])
            place = rng.choice([("floor is", "Sàn nhà"), ("stairs are", "Cầu thang")])
            out.append([(f"{rng.choice(['Watch', 'Look'])} out!", "^Coi chừng!"),
                        (f"Don't touch {obj[0]}, it's hot!", f"^Đừng chạm vào {obj[1]}, nóng (?:lắm )?đấy!"),
                        (f"The {place[0]} {rng.choice(['wet', 'slippery'])}.", f"^{place[1]} (?:ướt|trơn)\\b"),
                        (f"{rng.choice(['Mind', 'Watch'])} your head!",
                         "^(?:Cẩn thận|Coi chừng) (?:đụng |va |cụng )?đầu!")][shape])
    return out


# (Vietnamese, English, English "is" or "was")
DAYS_56 = [("Ngày mai", "tomorrow", "is"), ("Hôm qua", "yesterday", "was"),
           ("Ngày kia", "the day after tomorrow", "is")]
WEEKDAYS_56 = [("thứ Ba", "Tuesday"), ("Chủ nhật", "Sunday"), ("thứ Sáu", "Friday")]
NTH_56 = [("5", "5th"), ("12", "12th"), ("21", "21st"), ("3", "3rd")]


def date_asked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The date or the day of the week asked or said of tomorrow, yesterday or the day after tomorrow; right:
    "What's the date tomorrow?", "What day was yesterday?", "Tomorrow is Tuesday", "… is the 5th"; or "… là ngày
    mấy", "… là thứ mấy", "… là thứ Ba", "… là ngày 5"."""
    out = []
    for _ in range(n):
        d_vi, d_en, be = rng.choice(DAYS_56)
        w_vi, w_en = rng.choice(WEEKDAYS_56)
        n_vi, n_en = rng.choice(NTH_56)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{d_vi} là ngày mấy?", f"^What(?:'s| is| was) (?:the date {d_en}|{d_en}'s date)\\?"),
                        (f"{d_vi} là thứ mấy?",
                         f"^What day (?:is|was) (?:it )?{d_en}\\?|^What day will it be {d_en}\\?"),
                        (f"{d_vi} là {w_vi}.", f"^(?i:{d_en}) {be} {w_en}\\b"),
                        (f"{d_vi} là ngày {n_vi}.", f"^(?i:{d_en}) {be} the {n_en}\\b")][shape])
        else:
            cap = d_en[0].upper() + d_en[1:]
            out.append([(f"What{chr(39) + 's' if be == 'is' else ' was'} the date {d_en}?",
                         f"^{d_vi} là ngày (?:mấy|bao nhiêu)\\?"),
                        (f"What day {be} {d_en}?", f"^{d_vi} (?:là )?thứ mấy\\?"),
                        (f"{cap} {be} {w_en}.", f"^{d_vi} (?:là )?(?i:{w_vi})\\b"),
                        (f"{cap} {be} the {n_en}.", f"^{d_vi} là ngày (?:mùng )?{n_vi}\\b")][shape])
    return out



def stop57(t, rng: random.Random, n: int) -> None:
    """The checks of stop 57 (291–320), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("what this costs, by the kilo, so cheap, a discount", priced, prices, "translate",
                             "translate"),
                            ("so noisy, making noise, don't make noise, speak more quietly", noisy, noise, "translate",
                             "translate"),
                            ("do you still remember me, I forgot your name, what's her name again", remembered,
                             remembering, "translate", "translate"),
                            ("speaks French fluently, a little, like a native, how many languages", spoken, languages,
                             "translate", "translate"),
                            ("has a boyfriend yet, dating someone, broke up, in love", dated, dating, "translate",
                             "translate"),
                            ("it's three o'clock, almost midnight, what time is it in Hanoi, a watch slow", clocked,
                             clock, "translate", "translate"),
                            ("passed away, died of cancer, sorry for your loss, the funeral", mourned, condolences,
                             "translate", "translate"),
                            ("don't tell anyone, I won't tell, keep a secret, told me everything", kept_quiet, telling,
                             "translate", "translate"),
                            ("left a phone in the taxi, forgot a ticket at home, did you leave it", left_behind_57,
                             left_behind, "translate", "translate"),
                            ("stuck in traffic for an hour, the roads busy at rush hour, an accident", traffic_57,
                             traffic, "translate", "translate"),
                            ("eighty this year, turns sixty next month, the same age as", aged_57, ages, "translate",
                             "translate"),
                            ("a phone dead, low, fully charged, who is charging it", charged_57, batteries, "translate",
                             "translate"),
                            ("can I come in, leave early today, go out to play, you can't go out", allowed_57,
                             permission, "translate", "translate"),
                            ("how your mother is, she's fine, better now, give my regards", regards_57, regards,
                             "translate", "translate"),
                            ("doing her homework, not done yet, so much homework, forgot to do it", homework_57,
                             homework, "translate", "translate"),
                            ("on holiday, going on holiday next week, off work yesterday, a day off", days_off_57,
                             days_off, "translate", "translate"),
                            ("any change, the ATM ate my card, change money, get some cash", cash_57, cash,
                             "translate", "translate"),
                            ("watching TV, reading the paper, on the phone, what are you watching", doing_now_57,
                             doing_now, "translate", "translate"),
                            ("you look so tired, she looks very happy, not well, why so worried", looks_57, looks,
                             "translate", "translate"),
                            ("very proud of him, so happy for you, we're all proud of you", proud_57, pride,
                             "translate", "translate"),
                            ("looking forward to the trip, can't wait to see you, excited about", awaited_57,
                             looking_forward, "translate", "translate"),
                            ("add a little salt, cook it ten more minutes, chop the onions, cooked yet", cooked_57,
                             cooking, "translate", "translate"),
                            ("he's right, she's wrong, are you sure, I guess so, agrees with her", agreed_57,
                             agreeing, "translate", "translate"),
                            ("a computer froze, keeps freezing, working again, the app keeps crashing",
                             tech_trouble_57, tech_trouble, "translate", "translate"),
                            ("let me carry it, need a hand, leave it to me, thanks I can manage", offered_57, offers,
                             "translate", "translate"),
                            ("I have to go now, do you have to go already, drive safely", goodbyes_57, goodbyes,
                             "translate", "translate"),
                            ("your house is so beautiful, I love your dress, what a beautiful garden", compliments_57,
                             compliments, "translate", "translate"),
                            ("overslept this morning, my alarm didn't go off, wake me up at seven", alarms_57, alarms,
                             "translate", "translate"),
                            ("would you like some tea, can I get you water, stay for dinner", hosting_57, hosting,
                             "translate", "translate"),
                            ("sunburnt, bitten all over by mosquitoes, mosquito repellent, sunscreen", outdoors_57,
                             outdoors, "translate", "translate")])


# (Vietnamese, English, English plural, Vietnamese right)
THINGS_57 = [("Cái điện thoại này", "this phone", False, "(?i:(?:cái |chiếc )?điện thoại này)"),
             ("Đôi giày này", "these shoes", True, "(?i:(?:những )?đôi giày này)"),
             ("Cái túi này", "this bag", False, "(?i:(?:cái |chiếc )?túi(?: xách)? này)"),
             ("Cái áo này", "this shirt", False, "(?i:(?:cái |chiếc )?áo(?: sơ mi)? này)")]
FRUITS_57 = [("xoài", "mangoes"), ("cam", "oranges"), ("táo", "apples"), ("chuối", "bananas")]
# who, said (Vietnamese, English, one, Vietnamese right)
WHO_57 = [("Mẹ tôi", "My mother", True, "(?i:mẹ (?:của )?tôi)"), ("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))"),
          ("Lan", "Lan", True, "Lan"), ("Họ", "They", False, "(?i:họ)")]


def priced(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What a thing costs, so cheap, a kilo of fruit, a discount, what someone paid; right: "How much is this phone?",
    "These shoes are so cheap", "How much is a kilo of mangoes?", "Does … get a discount?"; or "… bao nhiêu tiền?",
    "… rẻ quá!", "Một cân xoài bao nhiêu tiền?", "… mua … bao nhiêu tiền?"."""
    out = []
    for _ in range(n):
        vi, en, pair, right = rng.choice(THINGS_57)
        fruit_vi, fruit_en = rng.choice(FRUITS_57)
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        be = "are" if pair else "is"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{vi} bao nhiêu?", f"^How much {be} {en}\\?"),
                        (f"{vi} rẻ quá.", f"^{en.capitalize()} {be} (?:so|really|very) cheap[.!]"),
                        (f"Một cân {fruit_vi} bao nhiêu tiền?", f"^How much is a kilo(?:gram)? of {fruit_en}\\?"),
                        (f"{w_vi} có được giảm giá không?",
                         f"^{'Does' if one else 'Do'} {inside(w_en)} get a discount\\?")][shape])
        else:
            out.append([(f"How much {be} {en}?", f"^{right} (?:giá )?bao nhiêu(?: tiền)?\\?"),
                        (f"{en.capitalize()} {be} so cheap!", f"^{right} rẻ quá!"),
                        (f"How much is a kilo of {fruit_en}?",
                         f"^Một (?:cân|ký|kg) {fruit_vi} (?:giá )?bao nhiêu(?: tiền)?\\?"),
                        (f"How much did {inside(w_en)} pay for {en}?",
                         f"^{w_right} (?:(?:đã )?mua {right} (?:hết |với giá )?bao nhiêu(?: tiền)?|(?:đã )?trả "
                         f"(?:tiền )?(?:bao nhiêu )?cho {right}(?: (?:hết )?bao nhiêu(?: tiền)?)?)\\?")][shape])
    return out


# noisy (Vietnamese, English, one, Vietnamese right)
NOISY_57 = [("Con tôi", "My child", True, "(?i:con (?:của )?tôi)"), ("Bọn trẻ", "The kids", False,
                                                                     "(?i:bọn trẻ|trẻ con|lũ trẻ)"),
            ("Lan", "Lan", True, "Lan"), ("Họ", "They", False, "(?i:họ)"),
            ("Con đường này", "This street", True, "(?i:con đường này|đường này|phố này)")]


def noisy(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone or somewhere so noisy, making noise, quiet here, don't make noise, speak more quietly; right: "… so
    noisy", "making noise", "so quiet", "Don't make noise", "Could you speak more quietly?"; or "ồn quá", "đang làm
    ồn", "yên tĩnh quá", "Đừng làm ồn", "nói nhỏ … không?"."""
    out = []
    for _ in range(n):
        vi, en, one, right = rng.choice(NOISY_57)
        be = BE_53[one]
        shape = rng.randrange(4)
        if src == "vi":
            if shape == 1 and vi == "Con đường này":
                vi, en, one = "Bọn trẻ", "The kids", False
                be = BE_53[one]
            said = en.replace("The kids", "The (?:kids|children)")
            out.append([(f"{vi} ồn quá.", f"^{said}{be} (?:so|too|really) (?:noisy|loud)\\b"),
                        (f"{vi} đang làm ồn.", f"^{said}{be} making (?:a lot of )?noise\\b"),
                        (f"{rng.choice(['Ở đây', 'Chỗ này'])} yên tĩnh quá.",
                         "^(?:It's|It is|This place is) (?:so|very|really) quiet\\b"),
                        (rng.choice(["Đừng làm ồn!", "Đừng làm ồn nữa!", "Bạn nói nhỏ thôi được không?"]),
                         "^(?:Don't make (?:any |so much )?noise|Stop making noise|Be quiet|(?:Could|Can) you "
                         "(?:keep your voices? down|speak (?:more )?(?:quietly|softly)|talk more quietly)\\?)")][shape])
        else:
            out.append([(f"{en} {'is' if one else 'are'} so noisy.", f"^{right}\\s+(?:ồn(?: ào)? quá|rất ồn)"),
                        ("It's so quiet here.",
                         "^(?:Ở đây (?:yên tĩnh|yên lặng) quá|Ở đây (?:thật|rất) yên tĩnh|Thật yên tĩnh ở đây)"),
                        (rng.choice(["Don't make so much noise!", "Could you speak more quietly?"]),
                         "^(?:(?:Đừng|Không được) làm ồn|Bạn (?:có thể )?nói (?:nhỏ|khẽ)(?: hơn| lại)?.*không\\?)"),
                        (f"{en if en != 'This street' else 'I'} can't sleep for the noise.",
                         f"^{right if en != 'This street' else '(?i:tôi)'} không (?:thể )?ngủ được (?:vì|do) "
                         "(?:tiếng )?ồn")][shape])
    return out


# whose (Vietnamese, English, Vietnamese right)
WHOSE_57 = [("bạn", "your", "(?:của )?bạn"), ("anh ấy", "his", "(?:của )?anh (?:ấy|ta)"),
            ("cô ấy", "her", "(?:của )?cô (?:ấy|ta)")]
# asked (Vietnamese, English, one, Vietnamese right)
ASKED_57 = [("Bạn", "you", False, "(?i:bạn)"), ("Mẹ tôi", "my mother", True, "(?i:mẹ (?:của )?tôi)"),
            ("Cô ấy", "she", True, "(?i:cô (?:ấy|ta))")]


def remembered(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Does someone still remember me, I've forgotten your name, what's his name again, can't remember her name;
    right: "still remember me?", "forgotten your name", "What's … name again?", "can't remember … name"; or "còn
    nhớ tôi không?", "quên (mất) tên …", "tên (là) gì nhỉ?", "không nhớ ra tên …"."""
    out = []
    for _ in range(n):
        whose_vi, whose_en, whose_right = rng.choice(WHOSE_57)
        a_vi, a_en, one, a_right = rng.choice(ASKED_57)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} còn nhớ tôi không?",
                         f"^{'Does' if one else 'Do'} {a_en} still remember me\\?"),
                        (f"Tôi quên mất tên {whose_vi} rồi.", f"^I(?:'ve| have)? forg(?:ot|otten) {whose_en} name\\."),
                        (f"Tên {whose_vi} là gì nhỉ?", f"^What(?:'s| is| was) {whose_en} name again\\?"),
                        (f"Tôi không nhớ ra tên {whose_vi}.",
                         f"^I (?:can't|cannot|don't) remember {whose_en} name\\.")][shape])
        else:
            cap = whose_right.replace("(?:của )?", "")
            out.append([(f"What's {whose_en} name again?",
                         f"^(?:{cap[0].upper() + cap[1:]} tên (?:là )?gì(?: ấy)? nhỉ|Tên {whose_right} là gì nhỉ)\\?"),
                        (f"I forgot {whose_en} name.", f"^Tôi (?:đã )?quên (?:mất )?tên {whose_right}(?: rồi)?\\."),
                        (f"{'Does' if one else 'Do'} {a_en} still remember me?",
                         f"^{a_right} (?:có )?(?:vẫn )?còn nhớ tôi không\\?"),
                        (f"I can't remember {whose_en} name.",
                         f"^Tôi không (?:nhớ ra|nhớ nổi|thể nhớ) tên {whose_right}\\.")][shape])
    return out


LANGS_57 = [("tiếng Pháp", "French"), ("tiếng Nhật", "Japanese"), ("tiếng Anh", "English"), ("tiếng Nga", "Russian")]


def spoken(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who speaks a language fluently, a little, like a native, how many languages, wants to learn one; right:
    "speaks French fluently", "like a native", "How many languages does … speak?", "wants to learn"; or "nói tiếng
    Pháp trôi chảy", "một chút tiếng Anh", "nói được mấy thứ tiếng", "muốn học"."""
    out = []
    for _ in range(n):
        l_vi, l_en = rng.choice(LANGS_57)
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        s = "s" if one else ""
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} nói {l_vi} trôi chảy.", f"^{w_en} speak{s} {l_en} fluently\\."),
                        (f"{w_vi} nói {l_vi} như người bản xứ.", f"^{w_en} speak{s} {l_en} like a native(?: speaker)?"),
                        (f"{w_vi} nói được bao nhiêu thứ tiếng?",
                         f"^How many languages (?:do|does|can) {inside(w_en) if w_en != 'They' else 'they'} speak\\?"),
                        (f"{w_vi} muốn học {l_vi}.", f"^{w_en} wants? to learn {l_en}\\.")][shape])
        else:
            out.append([(f"{w_en} speak{s} {l_en} fluently.",
                         f"^{w_right} nói {l_vi} (?:một cách )?(?:trôi chảy|lưu loát)\\."),
                        (f"{w_en} speak{s} a little {l_en}.",
                         f"^{w_right} (?:nói|biết)(?: được)? (?:một chút|một ít|chút ít) {l_vi}\\."),
                        (f"{w_en} {'does' if one else 'do'}n't speak {l_en} at all.",
                         f"^{w_right} (?:hoàn toàn không (?:nói|biết)(?: được)? {l_vi}|không (?:nói|biết)(?: được)? "
                         f"{l_vi} (?:chút nào|gì cả))\\."),
                        (f"How many languages {'does' if one else 'do'} {inside(w_en) if w_en != 'They' else 'they'} "
                         "speak?",
                         f"^{w_right} (?:nói|biết)(?: được)? (?:mấy|bao nhiêu) (?:thứ tiếng|ngôn ngữ)\\?")][shape])
    return out


# who has a partner or is dating (Vietnamese, English, one, Vietnamese right, his or her)
DATER_57 = [("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))", "his"), ("Anh trai tôi", "My brother", True,
                                                                     "(?i:anh trai (?:của )?tôi)", "his"),
            ("Chị ấy", "She", True, "(?i:chị (?:ấy|ta)|cô (?:ấy|ta))", "her"), ("Tôi", "I", False, "(?i:tôi)", "my")]
# whom (Vietnamese, English, Vietnamese right)
DATED_57 = [("Lan", "Lan", "Lan"), ("em gái tôi", "my sister", "em gái (?:của )?tôi"),
            ("một cô gái Nhật", "a Japanese girl", "một cô gái Nhật(?: Bản)?")]
PAST_57 = [("tháng trước", "last month"), ("năm ngoái", "last year"), ("hôm qua", "yesterday")]


def dated(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Has someone got a boyfriend yet, just broke up, is dating someone, broke up when, in love; right: "have a
    boyfriend", "just broke up with … girlfriend", "dating Lan", "They broke up last month"; or "có bạn trai không",
    "chia tay bạn gái", "đang hẹn hò với", "Họ chia tay"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right, his = rng.choice(DATER_57)
        whom_vi, whom_en, whom_right = rng.choice(DATED_57)
        p_vi, p_en = rng.choice(PAST_57)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_57)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} có bạn trai chưa?",
                         f"^{'Does' if a_one else 'Do'} {a_en} have a boyfriend(?: yet)?\\?"),
                        (f"{w_vi} vừa chia tay bạn gái.",
                         f"^{w_en} (?:just broke|(?:has|'s|'ve|have) just broken) up with {his} girlfriend\\."),
                        (f"{w_vi} đang hẹn hò với {whom_vi}.", f"^{w_en}{be} (?:dating|seeing) {whom_en}\\."),
                        (f"Họ chia tay {p_vi}.", f"^(?:{p_en.capitalize()}, )?[Tt]hey broke up(?: {p_en})?\\.")][shape])
        else:
            does = "Does" if a_one else "Do"
            out.append([(f"{does} {a_en} have a boyfriend?", f"^{a_right} có bạn trai không\\?"),
                        (f"{w_en} broke up with {his} girlfriend.",
                         f"^{w_right} (?:đã )?chia tay(?: với)? bạn gái(?: (?:của )?\\w+(?: \\w+)?)?\\."),
                        (f"{w_en} {'is' if one else 'am'} dating {whom_en}.",
                         f"^{w_right} đang hẹn hò với {whom_right}\\."),
                        (f"They broke up {p_en}.",
                         f"^(?:(?i:{p_vi}) )?[Hh]ọ (?:đã )?chia tay(?: (?:vào )?{p_vi})?\\.")][shape])
    return out


HOURS_57 = [("ba", "3", "three"), ("bảy", "7", "seven"), ("mười", "10", "ten"), ("năm", "5", "five")]
PLACES_57 = [("Hà Nội", "Hanoi"), ("Huế", "Hue"), ("Đà Nẵng", "Da Nang")]


def clocked(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The time said or asked: it's three o'clock, nearly midnight, already ten, what time is it in Hanoi, a watch
    five minutes slow; right: "It's 3 o'clock", "nearly midnight", "already 10", "What time is it in Hanoi"; or "Bây
    giờ là 3 giờ", "Gần nửa đêm rồi", "Đã 10 giờ rồi", "Ở Hà Nội bây giờ là mấy giờ?"."""
    out = []
    for _ in range(n):
        h_vi, h, h_en = rng.choice(HOURS_57)
        pl_vi, pl_en = rng.choice(PLACES_57)
        whose_vi, whose_en, whose_right = rng.choice(WHOSE_57[:1] + [("tôi", "my", "(?:của )?tôi")])
        near = rng.choice(["Gần", "Sắp"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Bây giờ là {rng.choice([h_vi, h])} giờ.", f"^It's (?:{h}|{h_en})(?: o'clock|:00)\\."),
                        (f"{near} nửa đêm rồi.", "^It's (?:nearly|almost) midnight\\b"),
                        (f"Đã {rng.choice([h_vi, h])} giờ rồi.", f"^It's already (?:{h}|{h_en})(?: o'clock|:00)?\\b"),
                        (f"Ở {pl_vi} bây giờ là mấy giờ?", f"^What time is it in {pl_en}(?: now)?\\?")][shape])
        else:
            out.append([(f"It's {h_en} o'clock.", f"^Bây giờ là (?:{h}|{h_vi}) giờ\\b"),
                        (f"It's {rng.choice(['almost', 'nearly'])} midnight.", "^(?:Gần|Sắp) nửa đêm rồi\\b"),
                        (f"It's already {h_en}.", f"^Đã (?:{h}|{h_vi}) giờ rồi\\b"),
                        (f"What time is it in {pl_en}?",
                         f"^(?:Ở {pl_vi} bây giờ là|Bây giờ ở {pl_vi} là) mấy giờ\\?")][shape])
    return out


# who died (Vietnamese, English, Vietnamese right, whose of English)
DIED_57 = [("Ông của cô ấy", "Her grandfather", "(?i:ông (?:của )?cô (?:ấy|ta))", "Her"),
           ("Bố anh ấy", "His father", "(?i:bố (?:của )?anh (?:ấy|ta))", "His"),
           ("Bà tôi", "My grandmother", "(?i:bà (?:của )?tôi)", "My")]
FUNERAL_57 = [("ngày mai", "tomorrow"), ("thứ Bảy", "on Saturday"), ("tuần sau", "next week")]


def mourned(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who just passed away, died when, of cancer, sorry for your loss, may he rest in peace; right: "just passed
    away", "passed away last week", "died of cancer", "May … rest in peace"; or "vừa qua đời", "mất tuần trước",
    "vì ung thư", "Tôi rất tiếc về sự mất mát của bạn"."""
    out = []
    for _ in range(n):
        w_vi, w_en, w_right, whose = rng.choice(DIED_57)
        p_vi, p_en = rng.choice(PAST_57)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} vừa mất.", f"^{w_en} (?:has )?just (?:passed away|died)\\b"),
                        (f"{w_vi} mất {p_vi}.", f"^(?:{w_en} (?:passed away|died) {p_en}|{p_en.capitalize()}, "
                                                f"{inside(w_en)} (?:passed away|died))\\b"),
                        (f"{w_vi} qua đời vì ung thư.", f"^{w_en} died (?:of|from) cancer\\b"),
                        (f"Cầu mong {rng.choice(['ông ấy', 'bà ấy'])} yên nghỉ.",
                         "^May (?:he|she) rest in peace\\b")][shape])
        else:
            out.append([(f"{w_en} just passed away.", f"^{w_right} (?:vừa|mới) (?:mới )?(?:qua đời|mất)\\b"),
                        (f"{w_en} passed away {p_en}.",
                         f"(?i:{p_vi}).*{w_right} (?:đã )?(?:qua đời|mất)|^{w_right} (?:đã )?(?:qua đời|mất) (?:vào )?"
                         f"(?i:{p_vi})"),
                        (f"{w_en} died of cancer.", f"^{w_right} (?:đã )?(?:qua đời|mất) vì (?:bệnh )?ung thư"),
                        (f"I'm {rng.choice(['', 'so '])}sorry for your loss.",
                         "^Tôi (?:thật sự |vô cùng )?(?:rất )?tiếc (?:về|vì) (?:sự|nỗi) mất mát của bạn")][shape])
    return out


def kept_quiet(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Don't tell anyone, who won't or hasn't told anyone, can someone keep a secret, who told me everything; right:
    "Don't tell anyone", "won't tell anyone", "hasn't told anyone", "Can … keep a secret?"; or "Đừng nói với ai",
    "sẽ không nói với ai", "chưa nói với ai", "giữ bí mật được không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_57)
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            whom_vi, whom_en = rng.choice([("ai", "(?:anyone|anybody)"), ("mẹ tôi", "my mother"),
                                           ("anh ấy", "him")])
            out.append([(f"Đừng nói với {whom_vi} nhé.", f"^(?:Please )?Don['’]t tell {whom_en}\\b"),
                        (f"{w_vi} sẽ không nói với ai đâu.",
                         f"^{w_en} (?:won['’]t|will not|will never) tell (?:anyone|anybody)\\b"),
                        (f"{w_vi} chưa nói với ai cả.",
                         f"^{w_en} (?:{has}n['’]t|{has} not) (?:yet )?told (?:anyone|anybody)\\b"),
                        (f"{a_vi} có giữ bí mật được không?", f"^(?:Can|Could) {a_en} keep a secret\\?")][shape])
        else:
            whom_en, whom_vi = rng.choice([("anyone", "(?:ai|bất kỳ ai)"), ("my mother", "mẹ (?:của )?tôi"),
                                           ("him", "anh (?:ấy|ta)")])
            out.append([(f"Don't tell {whom_en}.", f"^(?:Làm ơn |Xin )?[Đđ]ừng (?:nói|kể) (?:với|cho) {whom_vi}\\b"),
                        (f"{w_en} won't tell anyone.",
                         f"^{w_right} sẽ không (?:nói|kể) (?:với|cho) (?:ai|bất kỳ ai)\\b"),
                        (f"{w_en} {has}n't told anyone.",
                         f"^{w_right} chưa (?:nói|kể) (?:với|cho) (?:ai|bất kỳ ai)\\b"),
                        (f"Can {a_en} keep a secret?",
                         f"^{a_right} (?:có thể giữ bí mật|(?:có )?giữ bí mật được|(?:có )?giữ được bí mật)"
                         "(?: được)? không\\?")][shape])
    return out


# who left a thing (Vietnamese, English, whose, Vietnamese right)
LEAVER_57 = [("Tôi", "I", "my", "(?i:tôi)"), ("Cô ấy", "She", "her", "(?i:cô (?:ấy|ta))"),
             ("Mẹ tôi", "My mother", "her", "(?i:mẹ (?:của )?tôi)"), ("Anh ấy", "He", "his", "(?i:anh (?:ấy|ta))")]
LEFT_57 = [("điện thoại", "phone"), ("ví", "wallet"), ("ô", "umbrella"), ("hộ chiếu", "passport"), ("vé", "ticket"),
           ("áo khoác", "jacket")]
# (Vietnamese, English, Vietnamese right)
LEFT_AT_57 = [("trên taxi", "in the taxi", "trên (?:xe )?taxi"), ("trên xe buýt", "on the bus", "trên xe buýt"),
              ("ở nhà hàng", "at the restaurant", "ở nhà hàng"), ("ở văn phòng", "at the office", "ở văn phòng"),
              ("ở khách sạn", "at the hotel", "ở khách sạn")]


def left_behind_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who left a thing somewhere, forgot it at home, did you leave it, I think I left it; right: "left her umbrella
    on the bus", "forgot my ticket at home", "Did you leave your …?", "I think I left …"; or "để quên ô trên xe
    buýt", "quên vé ở nhà", "Bạn có để quên … không?", "Tôi nghĩ tôi để quên …"."""
    out = []
    for _ in range(n):
        w_vi, w_en, whose, w_right = rng.choice(LEAVER_57)
        t_vi, t_en = rng.choice(LEFT_57)
        p_vi, p_en, p_right = rng.choice(LEFT_AT_57)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} để quên {t_vi} {p_vi}.", f"^{w_en} left {whose} {t_en} {p_en}\\."),
                        (f"{w_vi} quên {t_vi} ở nhà.", f"^{w_en} (?:forgot|left) {whose} {t_en} at home\\."),
                        (f"Bạn có để quên {t_vi} {p_vi} không?", f"^Did you leave your {t_en} {p_en}\\?"),
                        (f"Tôi nghĩ tôi để quên {t_vi} {p_vi}.",
                         f"^I think I(?: left|'ve left) my {t_en} {p_en}\\.")][shape])
        else:
            out.append([(f"{w_en} left {whose} {t_en} {p_en}.",
                         f"^{w_right} (?:đã )?(?:để|bỏ) quên {t_vi}(?: của \\w+(?: \\w+)?)? {p_right}\\."),
                        (f"{w_en} forgot {whose} {t_en} at home.",
                         f"^{w_right} (?:đã )?(?:(?:để|bỏ) )?quên {t_vi}(?: của \\w+(?: \\w+)?)? ở nhà\\."),
                        (f"Did you leave your {t_en} {p_en}?",
                         f"^Bạn có (?:để|bỏ) quên {t_vi}(?: của bạn)? {p_right} không\\?"),
                        (f"I think I left my {t_en} {p_en}.",
                         f"^Tôi nghĩ (?:là )?tôi (?:đã )?(?:để|bỏ) quên {t_vi}(?: của tôi)? {p_right}\\.")][shape])
    return out


# how long (Vietnamese, English, Vietnamese right)
STUCK_57 = [("một tiếng", "an hour", "(?:một|1) tiếng(?: đồng hồ)?"), ("hai tiếng", "two hours", "(?:hai|2) tiếng"),
            ("nửa tiếng", "half an hour", "nửa tiếng"), ("ba mươi phút", "thirty minutes", "(?:ba mươi|30) phút")]


def traffic_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who was stuck in traffic for how long, this morning, the roads busy at rush hour, an accident jamming the
    road, avoid the main road; right: "stuck in traffic for an hour", "The roads are very busy", "There was an
    accident, so the road is jammed"; or "bị kẹt xe một tiếng", "đường rất đông", "Có tai nạn nên đường bị tắc"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        s_vi, s_en, s_right = rng.choice(STUCK_57)
        was = "was" if one else "were"
        shape = rng.randrange(4)
        if src == "vi":
            when_vi, when_en = rng.choice([("Giờ cao điểm", "at rush hour"), ("Hôm nay", "today")])
            out.append([(f"{w_vi} bị kẹt xe {s_vi}.", f"^{w_en} (?:was|were|got) stuck in traffic for {s_en}\\."),
                        (f"Sáng nay {w_vi[0].lower() + w_vi[1:] if w_vi != 'Lan' else w_vi} bị kẹt xe {s_vi}.",
                         f"^(?:This morning,? {inside(w_en)} (?:was|were|got) stuck in traffic for {s_en}|{w_en} "
                         f"(?:was|were|got) stuck in traffic for {s_en} this morning)\\."),
                        (f"{when_vi} đường rất đông.",
                         f"^(?:{when_en.capitalize()},? the|The) roads are very (?:busy|crowded)(?: {when_en})?\\."),
                        ("Có tai nạn nên đường bị tắc.",
                         "^There(?: was|'s been| has been) an accident,? (?:so|and) the road is (?:jammed|blocked)\\."
                         )][shape])
        else:
            out.append([(f"{w_en} {was} stuck in traffic for {s_en}.",
                         f"^{w_right} (?:đã )?bị (?:kẹt xe|tắc đường) (?:mất |suốt )?{s_right}\\."),
                        (f"How long {was} {inside(w_en) if w_en != 'They' else 'they'} stuck in traffic?",
                         f"^{w_right} (?:đã )?bị (?:kẹt xe|tắc đường) (?:mất )?bao lâu\\?"),
                        (f"The roads are very busy {rng.choice(['at rush hour', 'today'])}.",
                         "^(?i:(?:giờ cao điểm |hôm nay )?đường (?:phố )?rất đông"
                         "(?: (?:vào )?(?:giờ cao điểm|hôm nay))?)\\."),
                        ("There was an accident, so the road is jammed.",
                         "^Có (?:một )?(?:vụ )?tai nạn,? (?:nên|vì vậy) (?:con )?đường bị (?:tắc|kẹt)\\.")][shape])
    return out


# kin (Vietnamese, English, Vietnamese right)
AGED_57 = [("bà tôi", "my grandmother", "bà (?:của )?tôi"), ("bố tôi", "my father", "(?:bố|cha|ba) (?:của )?tôi"),
           ("con trai tôi", "my son", "con trai (?:của )?tôi"), ("anh ấy", "he", "anh (?:ấy|ta)")]
# an age (Vietnamese, English)
AGES_57 = [("tám mươi", "eighty"), ("ba mươi", "thirty"), ("sáu mươi", "sixty"), ("năm mươi", "fifty")]


def aged_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone's age this year, last year, turning an age next month or year, the same age as someone; right: "is
    eighty this year", "turns sixty next month", "was ninety last year", "the same age as"; or "Năm nay … tám mươi
    tuổi", "Tháng sau … tròn sáu mươi tuổi", "bằng tuổi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, w_right = rng.choice(AGED_57)
        a_vi, a_en = rng.choice(AGES_57)
        cap = w_en[0].upper() + w_en[1:]
        is_ = "(?:'s| is)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Năm nay {w_vi} {a_vi} tuổi.", f"^{cap}{is_} {a_en}(?: years old)? this year\\."),
                        (f"Tháng sau {w_vi} tròn {a_vi} tuổi.",
                         f"^{cap} (?:turns|will turn|'ll turn|will be|'ll be) {a_en}(?: years old)? next month\\."),
                        (f"Năm ngoái {w_vi} {a_vi} tuổi.", f"^{cap} was {a_en}(?: years old)? last year\\."),
                        (f"{w_vi[0].upper() + w_vi[1:]} bằng tuổi mẹ tôi.",
                         f"^{cap}{is_} (?:the same age as my mother|my mother's age)\\.")][shape])
        else:
            out.append([(f"{cap} is {a_en} this year.",
                         f"^(?i:năm nay {w_right}|{w_right} năm nay) {a_vi} tuổi\\."),
                        (f"{cap} turns {a_en} next month.",
                         f"^(?:Tháng sau|Tháng tới) {w_right} (?:sẽ )?(?:tròn|lên) {a_vi} tuổi\\."),
                        (f"{cap} will be {a_en} next year.",
                         f"^(?:Năm sau|Năm tới|Sang năm) {w_right} (?:sẽ )?(?:tròn |lên )?{a_vi} tuổi\\."),
                        (f"{cap} is the same age as my mother.",
                         f"^(?i:{w_right}) (?:bằng|cùng) tuổi (?:với )?mẹ (?:của )?tôi\\.")][shape])
    return out


# whose phone (Vietnamese after "Điện thoại", English, Vietnamese right after "Điện thoại")
PHONE_OF_57 = [("mẹ tôi", "My mother's", "(?:của )?mẹ (?:của )?tôi"), ("anh ấy", "His", "(?:của )?anh (?:ấy|ta)"),
               ("Lan", "Lan's", "(?:của )?Lan")]


def charged_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whose phone is dead, low, fully charged, about to die, who is charging it; right: "phone is dead", "low on
    battery", "fully charged", "charging … phone"; or "sắp hết pin", "sạc đầy", "đang sạc điện thoại"."""
    out = []
    for _ in range(n):
        o_vi, o_en, o_right = rng.choice(PHONE_OF_57)
        w_vi, w_en, one, w_right = rng.choice(WHO_57[:3])
        his = {"My mother": "her", "He": "his", "Lan": "her"}[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Điện thoại {o_vi} hết pin rồi.",
                         f"^{o_en} phone(?:'s battery)? (?:is dead|has died|has run out of battery|is out of battery)"
                         "\\."),
                        (f"Pin điện thoại {o_vi} yếu rồi.",
                         f"^{o_en} phone(?: is (?:very )?low on battery|(?:'s)? battery is (?:getting |very )?low)\\."),
                        (f"{w_vi} đang sạc điện thoại.", f"^{w_en}(?:'s| is) charging (?:{his}|the) phone\\."),
                        (f"Điện thoại {o_vi} sạc đầy rồi.", f"^{o_en} phone is (?:now )?(?:fully )?charged\\.")][shape])
        else:
            out.append([(f"{o_en} phone is about to die.", f"^Điện thoại {o_right} sắp hết pin"),
                        (f"{o_en} phone is low on battery.",
                         f"^(?:Pin đ|Đ)iện thoại {o_right} (?:sắp hết pin|(?:pin )?yếu)"),
                        (f"{o_en} phone is fully charged.",
                         f"^Điện thoại {o_right} (?:đã )?(?:được )?sạc đầy(?: pin)?(?: rồi)?\\."),
                        (f"{w_en} is charging {his} phone.", f"^{w_right} đang sạc điện thoại")][shape])
    return out


def allowed_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Asking leave: can someone come in, can I leave early today, can I go out to play, you can't go out; right:
    "Can … come in?", "Can I leave early today?", "Can I go out to play?", "You can't go out"; or "vào được
    không?", "về sớm được không?", "Bạn không được ra ngoài"."""
    out = []
    for _ in range(n):
        w_vi, w_en, w_right = rng.choice([("Tôi", "I", "(?i:tôi)"), ("Mẹ tôi", "my mother", "(?i:mẹ (?:của )?tôi)"),
                                          ("Chúng tôi", "we", "(?i:chúng tôi)"),
                                          ("Anh ấy", "he", "(?i:anh (?:ấy|ta))")])
        d_vi, d_en = rng.choice([("Hôm nay", "today"), ("Ngày mai", "tomorrow")])
        a_vi, a_en = rng.choice([("ra ngoài chơi", "go out to play"), ("xem ti vi", "watch TV"),
                                 ("đi ngủ", "go to bed")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} vào được không?", f"^Can {w_en} come in\\?"),
                        (f"{d_vi} tôi về sớm được không?", f"^(?:Can|May|Could) I (?:leave|go home) early {d_en}\\?"),
                        (f"Con {a_vi} được không?", f"^(?:Can|May) I {a_en}\\?"),
                        (f"Bạn không được {rng.choice(['vào', 'ra ngoài'])}.",
                         "^You (?:can't|cannot|(?:'re|are) not allowed to|aren't allowed to) (?:come in|go in|go "
                         "out)\\.")][shape])
        else:
            out.append([(f"May I leave early {d_en}?", f"^{d_vi} tôi về sớm được không\\?"),
                        (f"Can {w_en} come in?", f"^{w_right} (?:có thể )?vào(?: được)? không\\?"),
                        (f"Do you mind if I {rng.choice(['leave early', 'go home'])}?",
                         "^Bạn có phiền (?:không )?nếu tôi về(?: sớm)? không\\?"),
                        ("You can't go out.", "^Bạn không được(?: phép)? ra ngoài\\.")][shape])
    return out


# kin (Vietnamese, English)
KIN_57 = [("mẹ", "mother"), ("bố", "father"), ("vợ", "wife"), ("bà", "grandmother"), ("ông", "grandfather")]


def regards_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How someone's mother or parents are, she's fine or better now, give my regards to them, she sends her
    regards; right: "How is your mother?", "is fine", "is better now", "Give my regards to"; or "có khỏe không?",
    "vẫn khỏe", "đỡ hơn", "gửi lời hỏi thăm"."""
    out = []
    for _ in range(n):
        k_vi, k_en = rng.choice(KIN_57)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(rng.choice([f"{k_vi.capitalize()} bạn có khỏe không?", "Bố mẹ bạn có khỏe không?"]),
                         "^(?:How(?: is|'s) your (?:mother|father|wife|grandmother|grandfather)(?: doing)?|How are "
                         "your parents(?: doing)?|Are your parents well)\\?"),
                        (f"{k_vi.capitalize()} tôi vẫn khỏe.", f"^My {k_en}(?: is|'s) (?:still )?(?:fine|well|in good "
                                                               "health)\\."),
                        (f"{k_vi.capitalize()} tôi đỡ hơn rồi.",
                         f"^My {k_en}(?: is|'s) (?:feeling )?better(?: now)?\\."),
                        (f"Cho tôi gửi lời hỏi thăm {k_vi} bạn nhé.",
                         f"^(?:Please )?(?:(?:[Gg]ive|[Ss]end) my (?:best )?regards to your {k_en}|[Gg]ive your {k_en} "
                         "my regards)\\b")][shape])
        else:
            out.append([(f"How is your {k_en}?", f"^(?i:{k_vi}) (?:của )?bạn (?:có )?khỏe không\\?"),
                        (f"My {k_en} is fine.", f"^(?i:{k_vi}) (?:của )?tôi (?:vẫn|đều) khỏe\\b"),
                        (f"My {k_en} is much better now.",
                         f"^(?i:{k_vi}) (?:của )?tôi (?:đã )?(?:đỡ|khỏe) hơn nhiều\\b"),
                        (f"Say hi to your {k_en} for me.", f"gửi lời (?:chào|hỏi thăm) {k_vi} (?:của )?bạn\\b")][shape])
    return out


# the doer of homework (Vietnamese, English, one, Vietnamese right, whose)
PUPILS_57 = [("Tôi", "I", False, "(?i:tôi)", "my"), ("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))", "his"),
             ("Mẹ tôi", "My mother", True, "(?i:mẹ (?:của )?tôi)", "her"),
             ("Chúng tôi", "We", False, "(?i:chúng tôi)", "our")]


def homework_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is doing their homework, has done it yet, hasn't, has a lot, forgot to do it, when it is due; right:
    "doing his homework", "done … homework yet?", "so much homework", "forgot to do"; or "đang làm bài tập", "làm
    bài tập … chưa?", "nhiều bài tập", "quên làm bài tập"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right, whose = rng.choice(PUPILS_57)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang làm bài tập.", f"^{w_en}{be} doing {whose} homework\\."),
                        (f"{w_vi} chưa làm bài tập.",
                         f"^{w_en} (?:{has}n't|{has} not) (?:done|finished) {whose} homework(?: yet)?\\."),
                        (f"{w_vi} có nhiều bài tập quá.",
                         f"^{w_en} (?:{has}|'ve got|'s got) (?:so much|a lot of|too much) homework\\."),
                        (f"{w_vi} quên làm bài tập.", f"^{w_en} forgot to do {whose} homework\\.")][shape])
        else:
            is_ = "is" if one else "am" if w_en == "I" else "are"
            out.append([(f"{w_en} {is_} doing {whose} homework.", f"^{w_right} đang làm bài tập(?: về nhà)?\\."),
                        (f"{has.capitalize()} {inside(w_en) if w_en != 'We' else 'we'} done {whose} homework?",
                         f"^{w_right} (?:đã )?làm (?:xong )?bài tập(?: về nhà)? chưa\\?"),
                        (f"{w_en} {has} a lot of homework.", f"^{w_right} có (?:rất )?nhiều bài tập(?: về nhà)?\\."),
                        (f"{w_en} forgot to do {whose} homework.",
                         f"^{w_right} (?:đã )?quên làm bài tập(?: về nhà)?\\.")][shape])
    return out


def days_off_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is on holiday, going on holiday next week, was off work yesterday, needs a day off, when is your day off;
    right: "on holiday", "going on holiday next week", "off work yesterday", "needs a day off"; or "đang đi nghỉ",
    "Tuần sau … đi nghỉ", "Hôm qua … nghỉ làm", "cần một ngày nghỉ"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right, _ = rng.choice(PUPILS_57)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        d_vi, d_en = rng.choice([("Tuần sau", "next week"), ("Tháng sau", "next month")])
        low = w_vi if w_vi == "Lan" else w_vi[0].lower() + w_vi[1:]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang đi nghỉ.", f"^{w_en}{be} on (?:holiday|vacation)\\."),
                        (f"{d_vi} {low} đi nghỉ.",
                         f"^(?:{w_en}{be} going on (?:holiday|vacation) {d_en}|{d_en.capitalize()}, {inside(w_en)}"
                         f"{be} going on (?:holiday|vacation))\\."),
                        (f"Hôm qua {low} nghỉ làm.", f"^{w_en} (?:was|were) off work yesterday\\."),
                        (f"{w_vi} cần một ngày nghỉ.", f"^{w_en} needs? a day off\\.")][shape])
        else:
            is_ = "is" if one else "am" if w_en == "I" else "are"
            out.append([(f"{w_en} {is_} on holiday.", f"^{w_right} đang (?:đi )?nghỉ(?: mát)?\\."),
                        (f"{w_en} {is_} going on holiday {d_en}.",
                         f"^(?i:{d_vi}) {w_right} (?:sẽ )?đi nghỉ(?: mát)?\\."),
                        (f"{w_en} took the day off yesterday.", f"^(?i:hôm qua) {w_right} (?:đã )?nghỉ làm\\."),
                        (f"{w_en} need{'s' if one else ''} a day off.",
                         f"^{w_right} cần (?:một ngày nghỉ|nghỉ một ngày)\\.")][shape])
    return out


def cash_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Has someone any change, the ATM ate someone's card, who wants to change money or get cash, we only take cash;
    right: "have any change?", "The ATM ate … card", "like to change some money", "get some cash"; or "có tiền lẻ
    không?", "nuốt thẻ", "đổi tiền", "rút … tiền mặt"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        whose_vi, whose_en, whose_right = rng.choice([("tôi", "my", "(?:của )?tôi"),
                                                      ("mẹ tôi", "my mother's", "(?:của )?mẹ (?:của )?tôi"),
                                                      ("anh ấy", "his", "(?:của )?anh (?:ấy|ta)")])
        does = "Does" if one else "Do"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} có tiền lẻ không?",
                         f"^{does} {inside(w_en) if w_en != 'They' else 'they'} have (?:any |small )?change\\?"),
                        (f"Máy ATM nuốt thẻ của {whose_vi}.",
                         f"^The ATM (?:ate|swallowed|has (?:eaten|swallowed)) {whose_en} card\\."),
                        (f"{w_vi} muốn đổi tiền.",
                         f"^{w_en}(?:'d like| would like| wants?) to (?:change|exchange) (?:some )?money\\."),
                        (f"{w_vi} cần rút ít tiền mặt.", f"^{w_en} needs? to (?:get|withdraw) some cash\\.")][shape])
        else:
            out.append([(f"{does} {inside(w_en) if w_en != 'They' else 'they'} have any change?",
                         f"^{w_right} có tiền lẻ không\\?"),
                        (f"The ATM ate {whose_en} card.",
                         f"^(?:Máy|Cây) ATM (?:đã )?nuốt (?:mất )?thẻ {whose_right}(?: rồi)?\\."),
                        (f"{w_en} need{'s' if one else ''} to get some cash.",
                         f"^{w_right} cần (?:đi )?rút (?:ít |một ít )?tiền(?: mặt)?\\."),
                        (f"Do you take {rng.choice(['cards', 'dollars', 'credit cards'])}?",
                         "^Bạn có nhận (?:thẻ|đô la|đô|thẻ tín dụng) không\\?")][shape])
    return out


# what is being done now (Vietnamese, English, Vietnamese right)
DOING_57 = [("xem tivi", "watching (?:the )?TV", "watching TV", "xem (?:tivi|ti vi|TV)"),
            ("đọc sách", "reading (?:a|the) book", "reading a book", "đọc sách"),
            ("nghe nhạc", "listening to music", "listening to music", "nghe nhạc"),
            ("đọc báo", "reading (?:the|a) (?:news)?paper", "reading the paper", "đọc báo")]


def doing_now_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What someone is doing right now: watching TV, reading a book or the paper, listening to music, on the phone,
    what are you watching; right: "is watching TV", "reading the newspaper", "on the phone", "What are you
    watching?"; or "đang xem tivi", "đang đọc báo", "đang xem gì?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        d_vi, d_en, d_said, d_right = rng.choice(DOING_57)
        be = BE_53[one]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang {d_vi}.", f"^{w_en}{be} {d_en}\\."),
                        (f"{w_vi} đang nói chuyện điện thoại.", f"^{w_en}{be} (?:talking )?on the phone\\."),
                        (f"{rng.choice(['Bạn', 'Anh ấy'])} đang xem gì vậy?",
                         "^What(?:'s| is| are) (?:you|he) watching\\?"),
                        (f"{w_vi} có đang {d_vi} không?",
                         f"^{'Is' if one else 'Are'} {inside(w_en) if w_en != 'They' else 'they'} {d_en}\\?")][shape])
        else:
            is_ = "is" if one else "are"
            out.append([(f"{w_en} {is_} {d_said}.", f"^{w_right} đang {d_right}\\."),
                        (f"{w_en} {is_} on the phone.", f"^{w_right} đang (?:nói chuyện|gọi) điện thoại\\."),
                        (f"What {is_} {inside(w_en) if w_en != 'They' else 'they'} watching?",
                         f"^{w_right} đang xem gì(?: vậy| thế)?\\?"),
                        ("The kids are watching cartoons.",
                         "^(?:Bọn|Lũ) trẻ(?: con)? đang xem (?:phim )?hoạt hình\\.")][shape])
    return out


# how someone looks (Vietnamese, English)
LOOKS_57 = [("vui", "happy"), ("buồn", "sad"), ("lo lắng", "worried"), ("căng thẳng", "stressed")]
# who looks (Vietnamese, English, one, Vietnamese right, either way round)
LOOKER_57 = [("bạn", "you", False, "(?i:trông bạn|bạn trông)"),
             ("cô ấy", "she", True, "(?i:trông cô (?:ấy|ta)|cô (?:ấy|ta) trông)"),
             ("mẹ tôi", "my mother", True, "(?i:trông mẹ (?:của )?tôi|mẹ (?:của )?tôi trông)"),
             ("họ", "they", False, "(?i:trông họ|họ trông)")]


def looks_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How someone looks: so tired, very happy, sad today, not well, why so worried; right: "look(s) so tired",
    "looks very happy", "doesn't look well", "Why do … look so"; or "Trông … mệt", "Trông … rất vui", "không được
    khỏe", "Sao trông … thế?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(LOOKER_57)
        f_vi, f_en = rng.choice(LOOKS_57)
        cap = w_en[0].upper() + w_en[1:]
        s = "s" if one else ""
        do = "does" if one else "do"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Trông {w_vi} mệt quá.", f"^{cap} look{s} (?:so|really|very) tired\\."),
                        (f"Trông {w_vi} rất {f_vi}.", f"^{cap} look{s} very {f_en}\\."),
                        (f"Trông {w_vi} không được khỏe.", f"^{cap} (?:doesn't|don't) look (?:very )?well\\."),
                        (f"Sao trông {w_vi} {f_vi} thế?", f"^Why {do} {w_en} look so {f_en}\\?")][shape])
        else:
            out.append([(f"{cap} look{s} tired.", f"^{w_right} (?:có vẻ |rất )?mệt(?: mỏi)?\\."),
                        (f"{cap} look{s} very {f_en}.", f"^{w_right} rất {f_vi}\\."),
                        (f"{cap} {do}n't look well.", f"^{w_right} (?:có vẻ )?không (?:được )?khỏe(?: lắm)?\\."),
                        (f"Why {do} {w_en} look so {f_en}?", f"^(?:Sao|Tại sao) {w_right} {f_vi} (?:thế|vậy)\\?")
                        ][shape])
    return out


def proud_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is very proud of or so happy for whom, asked, we're all proud of you; right: "very proud of", "so happy
    for", "Is … proud of …?", "all proud of"; or "rất tự hào về", "mừng cho … quá", "có tự hào về … không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        be = BE_53[one]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} rất tự hào về {m_vi}.", f"^{w_en}{be} (?:very|so|really) proud of {m_en}\\."),
                        (f"Tôi mừng cho {m_vi} quá.", f"^I(?:'m| am) so (?:happy|glad) for {m_en}[.!]"),
                        (f"{w_vi} có tự hào về {m_vi} không?",
                         f"^{'Is' if one else 'Are'} {inside(w_en) if w_en != 'They' else 'they'} proud of {m_en}\\?"),
                        (f"Chúng tôi đều tự hào về {m_vi}.", f"^We(?:'re| are) all proud of {m_en}\\.")][shape])
        else:
            is_ = "is" if one else "are"
            out.append([(f"{w_en} {is_} very proud of {m_en}.", f"^{w_right} rất tự hào về {m_right}\\."),
                        (f"I'm so happy for {m_en}.", f"^Tôi (?:rất )?(?:vui )?mừng cho {m_right}(?: quá| lắm)?\\."),
                        (f"{is_.capitalize()} {inside(w_en) if w_en != 'They' else 'they'} proud of {m_en}?",
                         f"^{w_right} có tự hào về {m_right} không\\?"),
                        (f"We're all proud of {m_en}.", f"^Chúng (?:tôi|ta) đều (?:rất )?tự hào về {m_right}\\.")
                        ][shape])
    return out


# a thing looked forward to (Vietnamese, English, Vietnamese right)
AWAITED_57 = [("chuyến đi", "the trip", "chuyến đi"), ("kỳ nghỉ", "the holiday", "kỳ nghỉ"),
              ("đám cưới", "the wedding", "đám cưới"), ("bữa tiệc", "the party", "bữa tiệc")]


def awaited_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is looking forward to a trip, can't wait to see you, is excited about the party, are you looking forward
    to it; right: "looking forward to the trip", "can't wait to see you", "excited about"; or "rất mong chờ chuyến
    đi", "nóng lòng muốn gặp bạn", "háo hức về"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        t_vi, t_en, t_right = rng.choice(AWAITED_57)
        be = BE_53[one]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} rất mong chờ {t_vi}.", f"^{w_en}{be} (?:really |so )?looking forward to {t_en}[.!]"),
                        (f"{w_vi} nóng lòng muốn gặp bạn.", f"^{w_en} (?:can't|cannot) wait to (?:see|meet) you\\b"),
                        (f"{w_vi} rất háo hức về {t_vi}.",
                         f"^{w_en}{be} (?:really |very |so )?excited about {t_en}\\b"),
                        (f"Bạn có mong chờ {t_vi} không?", f"^Are you looking forward to {t_en}\\?")][shape])
        else:
            is_ = "is" if one else "are"
            out.append([(f"{w_en} {is_} looking forward to {t_en}.",
                         f"^{w_right} (?:đang )?(?:rất )?(?:mong chờ|mong đợi|trông đợi) {t_right}\\b"),
                        (f"{w_en} can't wait to see you.",
                         f"^{w_right} (?:nóng lòng|rất mong)(?: muốn| được)? gặp bạn\\b"),
                        (f"{w_en} {is_} excited about {t_en}.",
                         f"^{w_right} (?:rất )?(?:háo hức|phấn khích|hào hứng) về {t_right}\\b"),
                        (f"Are you looking forward to {t_en}?",
                         f"^Bạn có (?:mong chờ|mong đợi) {t_right} không\\?")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
SEASONED_57 = [("muối", "salt", "muối"), ("đường", "sugar", "đường"), ("nước mắm", "fish sauce", "nước mắm"),
               ("tiêu", "pepper", "(?:hạt )?tiêu")]
CHOPPED_57 = [("hành", "onions", "hành(?: tây)?"), ("tỏi", "garlic", "tỏi"), ("cà rốt", "carrots", "cà rốt")]
COOKED_57 = [("Gà", "chicken", "Is", "(?:[Tt]hịt )?gà"), ("Khoai tây", "potatoes", "Are", "[Kk]hoai tây"),
             ("Trứng", "eggs", "Are", "[Tt]rứng")]
MINUTES_57 = [("mười", "ten", "(?:mười|10)"), ("năm", "five", "(?:năm|5)"), ("hai mươi", "twenty", "(?:hai mươi|20)")]


def cooked_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Cooking said as instructions: add a little salt, cook it for another ten minutes, chop the onions, is the
    chicken cooked yet; right: "Add a little salt", "Cook it for another ten minutes", "Chop the onions", "Is the
    chicken cooked?"; or "Cho thêm chút muối vào", "Nấu thêm mười phút nữa", "Thái hành", "chín chưa?"."""
    out = []
    for _ in range(n):
        s_vi, s_en, s_right = rng.choice(SEASONED_57)
        c_vi, c_en, c_right = rng.choice(CHOPPED_57)
        k_vi, k_en, k_be, k_right = rng.choice(COOKED_57)
        m_vi, m_en, m_right = rng.choice(MINUTES_57)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Cho thêm chút {s_vi} vào.", f"^Add (?:a little|some) (?:more )?{s_en}\\b"),
                        (f"Nấu thêm {m_vi} phút nữa.", f"^Cook (?:it )?for (?:another {m_en}|{m_en} more) minutes\\b"),
                        (f"Thái {c_vi}.", f"^(?:Chop|Cut|Slice|Dice) (?:the )?{c_en}\\b"),
                        (f"{k_vi} chín chưa?", f"^{k_be} the {k_en} (?:cooked|done)(?: yet)?\\?")][shape])
        else:
            out.append([(f"Add a little {s_en}.", f"^(?:Cho|Thêm|Bỏ)(?: thêm)? (?:một )?(?:chút|ít|tí) {s_right}\\b"),
                        (f"Cook it for another {m_en} minutes.", f"^Nấu thêm {m_right} phút nữa\\b"),
                        (f"Chop the {c_en}.", f"^(?:Thái|Cắt|Băm|Xắt)(?: nhỏ)? {c_right}\\b"),
                        (f"{k_be} the {k_en} cooked?", f"^{k_right} (?:đã )?(?:nấu )?chín chưa\\?")][shape])
    return out


# who is right or wrong (Vietnamese, English, one, Vietnamese right)
RIGHT_57 = [("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))"), ("Mẹ tôi", "My mother", True, "(?i:mẹ (?:của )?tôi)"),
            ("Họ", "They", False, "(?i:họ)"), ("Lan", "Lan", True, "Lan")]


def agreed_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is right or wrong, sure, thinks so, agrees with whom; right: "is right", "is wrong", "Is … sure?",
    "doesn't think so", "agrees with"; or "nói đúng", "sai rồi", "có chắc không?", "không nghĩ vậy", "đồng ý với"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(RIGHT_57)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        be = BE_53[one]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} nói {rng.choice(['đúng', 'sai rồi'])}.", f"^{w_en}{be} (?:right|wrong)\\."),
                        (f"{w_vi} có chắc không?",
                         f"^{'Is' if one else 'Are'} {inside(w_en) if w_en != 'They' else 'they'} sure\\?"),
                        (f"{w_vi} không nghĩ vậy.", f"^{w_en} (?:doesn't|don't|does not|do not) think so\\."),
                        (f"{w_vi} đồng ý với {m_vi}.", f"^{w_en} agrees? with {m_en}\\.")][shape])
        else:
            is_ = "is" if one else "are"
            out.append([(f"{w_en} {is_} {rng.choice(['right', 'wrong'])}.",
                         f"^{w_right} (?:nói )?(?:đúng|sai)(?: rồi)?\\."),
                        (f"{is_.capitalize()} {inside(w_en) if w_en != 'They' else 'they'} sure?",
                         f"^{w_right} có chắc(?: chắn)? không\\?"),
                        (rng.choice(["I guess so.", "I suppose so."]), "^Tôi (?:đoán|cho là) (?:vậy|thế)\\."),
                        (f"{w_en} agree{'s' if one else ''} with {m_en}.", f"^{w_right} đồng ý với {m_right}\\.")
                        ][shape])
    return out


# whose device (Vietnamese after "của", English, Vietnamese right after the device)
DEVICE_OF_57 = [("tôi", "My", "của tôi"), ("mẹ tôi", "My mother's", "của mẹ (?:của )?tôi"), ("Lan", "Lan's", "của Lan")]
DEVICES_57 = [("Máy tính", "computer", "[Mm]áy tính"), ("Điện thoại", "phone", "[Đđ]iện thoại"),
              ("Máy tính xách tay", "laptop", "[Mm]áy tính xách tay")]


def tech_trouble_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A computer or a phone froze, keeps freezing, works again, the app keeps crashing; right: "froze", "keeps
    freezing", "working again", "This app keeps crashing"; or "bị treo", "cứ bị treo", "hoạt động lại rồi", "cứ bị
    văng ra"."""
    out = []
    for _ in range(n):
        o_vi, o_en, o_right = rng.choice(DEVICE_OF_57)
        d_vi, d_en, d_right = rng.choice(DEVICES_57)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{d_vi} của {o_vi} bị treo.", f"^{o_en} {d_en} (?:froze|has frozen|is frozen|'s frozen)\\."),
                        (f"{d_vi} của {o_vi} cứ bị treo.", f"^{o_en} {d_en} keeps (?:freezing|hanging)\\."),
                        (f"{d_vi} của {o_vi} hoạt động lại rồi.", f"^{o_en} {d_en} (?:is|'s) working again\\."),
                        ("Ứng dụng này cứ bị văng ra.", "^This app keeps crashing\\.")][shape])
        else:
            out.append([(f"{o_en} {d_en} froze.", f"^{d_right} {o_right} bị (?:treo|đơ)\\."),
                        (f"{o_en} {d_en} keeps freezing.", f"^{d_right} {o_right} (?:cứ|liên tục) bị (?:treo|đơ)\\."),
                        (f"{o_en} {d_en} is working again.",
                         f"^{d_right} {o_right} (?:đã )?(?:hoạt động|chạy) (?:lại|được)(?: rồi)?\\."),
                        ("The app keeps crashing.",
                         "^Ứng dụng(?: này)? (?:cứ|liên tục) bị (?:văng(?: ra)?|thoát ra|crash)\\.")][shape])
    return out


def offered_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Help offered, asked whether needed, taken on, declined: let me carry it for you, does she need a hand, leave it
    to me, thanks, I can manage; right: "Let me carry it for you", "need a hand?", "Leave it to me", "Thanks, but I
    can manage"; or "Để tôi mang giúp bạn", "có cần giúp một tay không?", "Cứ để tôi lo", "tôi tự làm được"."""
    out = []
    for _ in range(n):
        a_vi, a_en, a_right = rng.choice([("Bạn", "Do you", "Bạn"), ("Anh ấy", "Does he", "Anh (?:ấy|ta)"),
                                          ("Mẹ bạn", "Does your mother", "Mẹ (?:của )?bạn")])
        m_vi, m_en, m_right = rng.choice([("bạn", "you", "bạn"), ("mẹ bạn", "your mother", "mẹ (?:của )?bạn"),
                                          ("anh ấy", "him", "anh (?:ấy|ta)")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([("Để tôi mang giúp bạn.", "^Let me carry it for you[.!]"),
                        (f"Để tôi giúp {m_vi} một tay.", f"^Let me (?:give {m_en} a hand|help {m_en})\\b"),
                        (f"{a_vi} có cần giúp một tay không?", f"^{a_en} need a hand\\?"),
                        (rng.choice(["Cứ để tôi lo.", "Cảm ơn, không cần đâu."]),
                         "^(?:Leave it to me|I'll take care of it|Thank(?:s| you),? but there's no need)\\.")][shape])
        else:
            out.append([("Let me carry that for you.", "^Để tôi (?:mang|xách)(?: cái đó)? giúp bạn\\."),
                        (f"{a_en} need a hand?", f"^{a_right} có cần giúp(?: đỡ)? một tay không\\?"),
                        (f"Can I give {m_en} a hand?",
                         f"^Tôi (?:có thể )?giúp {m_right} một tay (?:không|nhé|được không)\\?"),
                        (rng.choice(["Leave it to me.", "I'll take care of it.", "Thanks, I can manage."]),
                         "^(?:(?:Cứ )?[Đđ]ể tôi lo|Cảm ơn(?: bạn)?, (?:nhưng )?tôi tự (?:làm|lo|xoay xở) được)\\.")
                        ][shape])
    return out


def goodbyes_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Having to go now, do you have to go already, drive safely, get home safely; right: "have to go now", "Do you
    have to go already?", "Drive safely", "Get home safely"; or "phải đi đây", "phải đi rồi à?", "Lái xe cẩn thận",
    "về nhà an toàn"."""
    out = []
    for _ in range(n):
        w_vi, w_en, w_right = rng.choice([("Tôi", "I", "(?i:tôi)"), ("Chúng tôi", "We", "(?i:chúng (?:tôi|ta))")])
        t_vi, t_en, t_has, t_right = rng.choice([("Anh ấy", "He", "has", "(?i:anh (?:ấy|ta))"),
                                                 ("Mẹ tôi", "My mother", "has", "(?i:mẹ (?:của )?tôi)"),
                                                 ("Lan", "Lan", "has", "Lan")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} phải đi đây.",
                         f"^{w_en} (?:have to|must|(?:'ve|have) got to) (?:go|leave)(?: home)? now\\b"),
                        (f"{t_vi} phải đi bây giờ.", f"^{t_en} {t_has} to (?:go|leave) now\\b"),
                        (f"Bạn phải {rng.choice(['đi', 'về'])} rồi à?",
                         "^(?:Do you have to (?:go|leave)(?: home)? already|Are you (?:leaving|going home) "
                         "already)\\?"),
                        (rng.choice(["Lái xe cẩn thận nhé.", "Về nhà cẩn thận nhé."]),
                         "^(?:Drive (?:safely|safe|carefully)|Get home safe(?:ly)?)\\b")][shape])
        else:
            out.append([(f"{w_en} have to go now.",
                         f"^{w_right} phải (?:đi|về)(?: nhà)? (?:đây|rồi|thôi|bây giờ)\\b"),
                        (f"{t_en} {t_has} to leave.", f"^{t_right} phải (?:đi|về)\\b"),
                        (f"Do you have to {rng.choice(['go', 'leave'])} {rng.choice(['already', 'so soon'])}?",
                         "^Bạn (?:có )?phải (?:đi|về) (?:rồi|sớm (?:thế|vậy))\\b.*\\?"),
                        (rng.choice(["Drive safely.", "Drive carefully."]), "^Lái xe (?:cẩn thận|an toàn)\\b")][shape])
    return out


# a thing praised (Vietnamese, English, English plural, Vietnamese right)
PRAISED_57 = [("nhà", "house", False, "(?:ngôi |căn )?nhà"), ("áo", "shirt", False, "(?:cái |chiếc )?áo(?: sơ mi)?"),
              ("căn hộ", "flat", False, "căn hộ"), ("váy", "dress", False, "(?:cái |chiếc )?váy"),
              ("khu vườn", "garden", False, "(?:khu )?vườn")]
# whose (Vietnamese, English, Vietnamese right)
PRAISER_57 = [("bạn", "your", "(?:của )?bạn"), ("cô ấy", "her", "(?:của )?cô (?:ấy|ta)"),
              ("mẹ tôi", "my mother's", "(?:của )?mẹ (?:của )?tôi")]


def compliments_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone's house, shirt, flat, dress or garden is so beautiful, I love your dress, what a beautiful garden;
    right: "Your house is so beautiful", "I love your dress", "What a beautiful garden!"; or "Nhà bạn đẹp quá", "Tôi
    thích cái váy của bạn quá", "Khu vườn đẹp quá!"."""
    out = []
    for _ in range(n):
        t_vi, t_en, _, t_right = rng.choice(PRAISED_57)
        o_vi, o_en, o_right = rng.choice(PRAISER_57)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{t_vi.capitalize()} của {o_vi} đẹp quá.",
                         f"^{o_en[0].upper() + o_en[1:]} {t_en} is (?:so |really |very )?(?:beautiful|lovely|nice|"
                         "pretty)[.!]"),
                        (f"Tôi thích cái {t_vi} của bạn quá." if t_vi in ("áo", "váy") else
                         f"Tôi thích {t_vi} của bạn quá.", f"^I (?:love|really like) your {t_en}[.!]"),
                        (f"{t_vi.capitalize()} đẹp quá!", f"^What (?:an? )?(?:beautiful|lovely|nice) {t_en}!"),
                        (f"{t_vi.capitalize()} của {o_vi} dễ thương quá.",
                         f"^{o_en[0].upper() + o_en[1:]} {t_en} is (?:so |really )?cute[.!]")][shape])
        else:
            out.append([(f"{o_en[0].upper() + o_en[1:]} {t_en} is lovely.",
                         f"^(?i:{t_right}) {o_right} (?:đẹp quá|rất đẹp|thật đẹp|đẹp thật)[.!]"),
                        (f"I love your {t_en}.", f"^Tôi (?:rất )?thích {t_right} (?:của )?bạn(?: quá| lắm)?[.!]"),
                        (f"What a beautiful {t_en}!", f"^(?i:{t_right}) đẹp quá!"),
                        (f"Do you like my new {t_en}?", f"^Bạn có thích {t_right} mới (?:của )?tôi không\\?")][shape])
    return out


def alarms_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who overslept this morning, an alarm that didn't go off, an alarm set for a time, wake me up at seven; right:
    "overslept this morning", "alarm didn't go off", "set … alarm for 6", "Wake me up at 7"; or "ngủ quên", "báo
    thức … không kêu", "đặt báo thức lúc 6 giờ", "gọi tôi dậy lúc 7 giờ"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_57)
        whose_vi, whose_en, whose_right = rng.choice([("tôi", "my", "(?:của )?tôi"), ("bạn", "your", "(?:của )?bạn"),
                                                      ("mẹ tôi", "my mother's", "(?:của )?mẹ (?:của )?tôi")])
        h_vi, h, h_en = rng.choice(HOURS_57)
        low = w_vi if w_vi == "Lan" else w_vi[0].lower() + w_vi[1:]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Sáng nay {low} ngủ quên.",
                         f"^(?:{w_en} overslept this morning|This morning, {inside(w_en) if w_en != 'They' else 'they'}"
                         " overslept)\\."),
                        (f"Báo thức của {whose_vi} không kêu.",
                         f"^{whose_en[0].upper() + whose_en[1:]} alarm (?:didn't|did not) go off\\."),
                        (f"Tôi đặt báo thức lúc {h_vi} giờ.",
                         f"^I set my alarm for (?:{h}|{h_en})(?::00| o'clock)?\\."),
                        (f"Gọi tôi dậy lúc {h_vi} giờ nhé.",
                         f"^(?:Please )?[Ww]ake me up at (?:{h}|{h_en})(?::00| o'clock)?[.!]?")][shape])
        else:
            out.append([(f"{w_en} overslept this morning.",
                         f"^(?i:sáng nay),? {w_right} (?:đã )?ngủ quên(?: mất)?\\."),
                        (f"{whose_en[0].upper() + whose_en[1:]} alarm didn't go off.",
                         f"^(?:Chuông |Đồng hồ )?[Bb]áo thức {whose_right} (?:đã )?không (?:kêu|reo)\\."),
                        (f"I set my alarm for {h_en}.",
                         f"^Tôi (?:đã )?đặt (?:chuông )?báo thức (?:vào )?lúc (?:{h}|{h_vi}) giờ\\."),
                        (f"Can you wake me up at {h}?",
                         f"^Bạn có thể (?:gọi tôi dậy|đánh thức tôi(?: dậy)?) lúc (?:{h}|{h_vi}) giờ "
                         "(?:được )?không\\?")][shape])
    return out


# a drink offered (Vietnamese, English)
DRINKS_57 = [("trà", "tea"), ("cà phê", "coffee"), ("nước", "water"), ("bia", "beer")]
# asked (Vietnamese, English, Vietnamese right)
GUESTS_57 = [("Bạn", "you", "(?i:bạn)"), ("Mẹ bạn", "your mother", "(?i:mẹ (?:của )?bạn)"),
             ("Anh ấy", "he", "(?i:anh (?:ấy|ta))")]


def hosting_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Drinks offered to a guest, staying for dinner, thanks for having us; right: "Would … like some tea?", "Can I
    get you some water?", "stay for dinner", "Thank you for having us"; or "có muốn uống trà không?", "Tôi lấy nước
    cho bạn nhé?", "ở lại ăn tối", "Cảm ơn bạn đã đón tiếp chúng tôi"."""
    out = []
    for _ in range(n):
        d_vi, d_en = rng.choice(DRINKS_57)
        g_vi, g_en, g_right = rng.choice(GUESTS_57)
        m_vi, m_en = rng.choice([("tối", "dinner"), ("trưa", "lunch")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{g_vi} có muốn uống {d_vi} không?", f"^Would {g_en} like (?:some|a) {d_en}\\?"),
                        (f"Tôi lấy {d_vi} cho bạn nhé?", f"^(?:Can|Shall) I get you (?:some|a) {d_en}\\?"),
                        (f"{g_vi} có muốn ở lại ăn {m_vi} không?", f"^Would {g_en} like to stay for {m_en}\\?"),
                        ("Cảm ơn bạn đã đón tiếp chúng tôi.", "^Thank you for having us\\.")][shape])
        else:
            out.append([(f"Would {g_en} like some {d_en}?", f"^{g_right} (?:có )?muốn uống {d_vi}(?: không)?\\?"),
                        (f"Can I get you some {d_en}?", f"^Tôi lấy (?:{d_vi} cho bạn|cho bạn {d_vi}) nhé\\?"),
                        (f"Would {g_en} like to stay for {m_en}?", f"^{g_right} có muốn ở lại ăn {m_vi} không\\?"),
                        ("Thank you for having us.",
                         "^Cảm ơn bạn (?:rất nhiều )?(?:vì )?đã (?:đón tiếp|tiếp đón|tiếp đãi) chúng tôi\\.")][shape])
    return out


def outdoors_57(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Sunburn, mosquito bites all over, so many mosquitoes here, mosquito repellent, sunscreen put on; right:
    "got sunburnt", "bitten all over by mosquitoes", "so many mosquitoes", "mosquito repellent", "put on sunscreen";
    or "bị cháy nắng", "bị muỗi đốt khắp người", "nhiều muỗi", "thuốc chống muỗi", "bôi kem chống nắng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, w_right = rng.choice([("Mẹ tôi", "My mother", "(?i:mẹ (?:của )?tôi)"),
                                          ("Con tôi", "My child", "(?i:con (?:của )?tôi)"),
                                          ("Anh ấy", "He", "(?i:anh (?:ấy|ta))")])
        g_vi, g_en, g_does, g_right = rng.choice([("Bạn", "you", "Do", "(?i:bạn)"),
                                                  ("Mẹ bạn", "your mother", "Does", "(?i:mẹ (?:của )?bạn)")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị cháy nắng.", f"^{w_en} (?:got|is|was) sunburn(?:t|ed)\\b"),
                        (f"{w_vi} bị muỗi đốt khắp người.",
                         f"^{w_en}(?:'s| has) (?:been bitten (?:all over )?by mosquitoes|got mosquito bites)"),
                        ("Ở đây có nhiều muỗi quá.", "^There are (?:so|too) many mosquitoes here\\b"),
                        (f"{g_vi} có thuốc chống muỗi không?",
                         f"^{g_does} {g_en} have (?:any )?(?:mosquito|insect) repellent\\?")][shape])
        else:
            out.append([(f"Did {inside(w_en)} get sunburnt?", f"^{w_right} có bị cháy nắng không\\?"),
                        (f"{w_en} has been bitten all over by mosquitoes.",
                         f"^{w_right} bị muỗi (?:đốt|cắn) khắp người"),
                        (f"{g_does} {g_en} have any mosquito repellent?",
                         f"^{g_right} có (?:thuốc|kem|xịt) chống muỗi không\\?"),
                        ("Remember to put on sunscreen.", "^(?:Hãy )?[Nn]hớ (?:bôi|thoa) kem chống nắng")][shape])
    return out



def stop58(t, rng: random.Random, n: int) -> None:
    """The checks of stop 58 (321–), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("afraid of dogs, scared of heights, not afraid of the dark, don't be afraid", feared_58,
                             fears, "translate", "translate"),
                            ("hungry, thirsty, still hungry, hungry yet, starving", hungry_58, hunger, "translate",
                             "translate"),
                            ("only joking, are you kidding me, stop laughing at me, that's not funny", joked_58, jokes,
                             "translate", "translate"),
                            ("why is the baby crying, cries a lot, teething, won't stop crying", cried_58, crying,
                             "translate", "translate"),
                            ("dreamed about you last night, had a nightmare, often has bad dreams, sweet dreams",
                             dreamed_58, dreams, "translate", "translate"),
                            ("just had a shower, in the shower, brushed your teeth yet, go and have a bath", washed_58,
                             washing, "translate", "translate"),
                            ("smokes a lot, quit smoking last year, drunk, doesn't drink", smoked_58, smoking,
                             "translate", "translate"),
                            ("called the wrong number, my fault, not your fault, got on the wrong bus", mistaken_58,
                             mistakes, "translate", "translate"),
                            ("changed her mind, still hasn't decided, have you decided yet, it's up to you", decided_58,
                             decisions, "translate", "translate"),
                            ("often lies, lied to me, is lying, believe in ghosts, stop lying", lied_58, lies,
                             "translate", "translate"),
                            ("really misses you, will miss you so much, homesick, misses her", missed_58, missing,
                             "translate", "translate"),
                            ("heard the news, any news about him, has good news, saw it on the news", news_58, news,
                             "translate", "translate"),
                            ("missed the last bus, we'll miss the train if we don't hurry, cancelled, the next bus",
                             delayed_58, delays, "translate", "translate"),
                            ("what's wrong with him, what happened to her, something happened, is everything OK",
                             happened_58, happenings, "translate", "translate"),
                            ("we're lost, are you lost, got lost in the market, gets lost easily", lost_58,
                             getting_lost, "translate", "translate"),
                            ("too busy to come, busy at the moment, busy with work, busy all day today", busy_58, busy,
                             "translate", "translate"),
                            ("why are you late, late for work yesterday, late again, late because of the traffic",
                             late_58, lateness, "translate", "translate"),
                            ("my father is really tired, my parents are worried, why is she so sad", moods_58, moods,
                             "translate", "translate"),
                            ("unemployed, about to retire, has he retired yet, still working", work_status_58,
                             work_status, "translate", "translate"),
                            ("do you know him, not very well, met at university, how long have you known her",
                             known_58, acquaintances, "translate", "translate"),
                            ("can you do me a favour, I owe you one, sorry for the trouble, no trouble at all",
                             favours_58, favours, "translate", "translate"),
                            ("keep in touch, still in touch with her, lost touch a long time ago", contact_58, contact,
                             "translate", "translate"),
                            ("curly hair, wears glasses, so thin, has a beard", features_58, features, "translate",
                             "translate"),
                            ("drives too fast, got a licence last year, a flat tyre, needs to get petrol", driving_58,
                             driving, "translate", "translate"),
                            ("having dinner, taking a nap, in a meeting, what is she doing", now_58, at_the_moment,
                             "translate", "translate"),
                            ("forgave him, has she forgiven you, apologised to me, please forgive me", forgiven_58,
                             forgiving, "translate", "translate"),
                            ("so unlucky today, didn't expect you to come, what a surprise, surprised me", luck_58,
                             luck, "translate", "translate"),
                            ("forgot to water the plants, my plants died, grows tomatoes, the roses are blooming",
                             plants_58, plants, "translate", "translate"),
                            ("argue all the time, argued last night, often argue, have made up", argued_58, quarrels,
                             "translate", "translate"),
                            ("how much does she earn a month, my salary is low, well paid, not paid yet", earned_58,
                             earnings, "translate", "translate"),
                            ("what time shall we meet, let's meet at the café at seven, still meeting tomorrow",
                             meeting_58, meeting_up, "translate", "translate"),
                            ("the wifi here is really slow, can't connect, the wifi password, keeps cutting out",
                             wifi_58, wifi, "translate", "translate"),
                            ("fed up with this job, sick of waiting, sick of the noise, tired of this job?", fed_up_58,
                             fed_up, "translate", "translate"),
                            ("always worries about me, very worried about him, don't worry about me, worried he'll be "
                             "late", worried_58, worries, "translate", "translate"),
                            ("what's the book about, how long is the film, have you read it, finished the book",
                             read_58, books_films, "translate", "translate"),
                            ("are you coming to the party, having a party this weekend, didn't invite me", party_58,
                             parties, "translate", "translate"),
                            ("promised to call me back, broke his promise, always keeps her promises, do you promise",
                             promised_58, promises, "translate", "translate")])


# who (Vietnamese, English, one, Vietnamese right)
WHO_58 = [("Tôi", "I", False, "(?i:tôi)"), ("Mẹ tôi", "My mother", True, "(?i:mẹ (?:của )?tôi)"),
          ("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))"), ("Lan", "Lan", True, "Lan"),
          ("Chúng tôi", "We", False, "(?i:chúng tôi)")]
# asked (Vietnamese, English, one, Vietnamese right)
ASKED_58 = [("Bạn", "you", False, "(?i:bạn)"), ("Mẹ bạn", "your mother", True, "(?i:mẹ (?:của )?bạn)"),
            ("Cô ấy", "she", True, "(?i:cô (?:ấy|ta))"), ("Lan", "Lan", True, "Lan")]
FEARED_58 = [("chó", "dogs", "(?:những )?(?:con )?chó"), ("độ cao", "heights", "độ cao"),
             ("bóng tối", "the dark", "bóng tối"), ("nhện", "spiders", "(?:con )?nhện"),
             ("rắn", "snakes", "(?:con )?rắn"),
             ("đi máy bay", "flying", "đi máy bay")]


def feared_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is afraid of a thing, not afraid of it, asked if afraid, don't be afraid, what are you afraid of; right:
    "… is afraid of dogs", "isn't scared of", "Are you afraid of …?", "Don't be afraid"; or "… sợ chó", "không sợ",
    "… có sợ … không?", "Đừng sợ"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        f_vi, f_en, f_right = rng.choice(FEARED_58)
        afraid = "(?:afraid|scared|frightened) of"
        be = be_53(w_en, one)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} sợ {f_vi}.", f"^{w_en}{BE_53[one]} {afraid} {f_en}\\."),
                        (f"{w_vi} không sợ {f_vi}.", f"^{w_en}{BE_53[one]}(?: not|n't) {afraid} {f_en}\\."),
                        (f"{a_vi} có sợ {f_vi} không?",
                         f"^{'Is' if a_one else 'Are'} {inside(a_en)} {afraid} {f_en}\\?"),
                        (rng.choice([("Đừng sợ.", "^Don't be (?:afraid|scared)[.!]"),
                                     (f"{a_vi} sợ gì?", f"^What(?: is| are|'s|'re) {inside(a_en)} (?:afraid|scared) "
                                                        "of\\?")]))][shape])
        else:
            out.append([(f"{w_en} {be} {rng.choice(['afraid', 'scared'])} of {f_en}.", f"^{w_right} (?:rất )?sợ "
                                                                                      f"{f_right}\\."),
                        (f"{w_en} {be} not afraid of {f_en}.", f"^{w_right} không (?:hề )?sợ {f_right}\\."),
                        (f"{'Is' if a_one else 'Are'} {inside(a_en)} afraid of {f_en}?",
                         f"^{a_right} có sợ {f_right} không\\?"),
                        (rng.choice([("Don't be afraid.", "^Đừng (?:sợ|lo)"),
                                     (f"What {'is' if a_one else 'are'} {inside(a_en)} afraid of?",
                                      f"^{a_right} sợ (?:gì|cái gì)\\?")]))][shape])
    return out


def hungry_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is hungry, thirsty, still hungry, starving, asked if hungry yet or thirsty; right: "… is hungry", "Is …
    thirsty?", "still hungry", "Are you hungry yet?"; or "… đói rồi", "… có đói không?", "khát nước", "đói lắm"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        be, a_be = be_53(w_en, one), "Is" if a_one else "Are"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đói rồi.", f"^{w_en}{BE_53[one]} (?:so |very |really )?hungry[.!]"),
                        (f"{a_vi} có khát không?", f"^{a_be} {inside(a_en)} thirsty\\?"),
                        (f"{w_vi} vẫn còn đói.", f"^{w_en}{BE_53[one]} still hungry[.!]"),
                        (f"{a_vi} đói chưa?", f"^{a_be} {inside(a_en)} hungry(?: yet)?\\?")][shape])
        else:
            out.append([(f"{w_en} {be} hungry.", f"^{w_right} (?:đang )?đói(?: bụng)?(?: rồi)?\\."),
                        (f"{a_be} {inside(a_en)} hungry?",
                         f"^{a_right} (?:có đói(?: bụng)? không|đói(?: bụng)? chưa)\\?"),
                        (f"{w_en} {be} thirsty.", f"^{w_right} (?:đang )?khát(?: nước)?(?: rồi)?\\."),
                        (f"{w_en} {be} starving.", f"^{w_right} (?:đang )?đói (?:lắm|quá|meo|lả)(?: rồi)?[.!]")][shape])
    return out


# whom (Vietnamese, English, Vietnamese right)
WHOM_58 = [("tôi", "me", "tôi"), ("anh ấy", "him", "anh (?:ấy|ta)"), ("mẹ tôi", "my mother", "mẹ (?:của )?tôi"),
           ("Lan", "Lan", "Lan")]


def joked_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is only joking, are you kidding me, stop laughing at someone, that's not funny, always makes me laugh;
    right: "only joking", "Are you kidding me?", "Stop laughing at …", "That's not funny", "makes me laugh"; or "chỉ
    đùa thôi", "đùa tôi à?", "Đừng cười … nữa", "không buồn cười", "làm tôi cười"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:])  # ("Tôi chỉ đùa thôi": said of oneself, checked below)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        m_vi, m_en, m_right = rng.choice(WHOM_58)
        that_vi = rng.choice(["Điều đó", "Chuyện đó"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} chỉ đùa thôi.", f"^{w_en}{BE_53[one]} (?:only|just) (?:joking|kidding)[.!]"),
                        (f"{a_vi} đùa tôi à?", f"^{'Is' if a_one else 'Are'} {inside(a_en)} (?:kidding|joking) me\\?"),
                        (f"Đừng cười {m_vi} nữa.", f"^Stop laughing at {m_en}[.!]"),
                        (f"{that_vi} không buồn cười.", "^(?:That's|That is|It's|It is) not funny[.!]")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} only joking.",
                         f"^{w_right} (?:chỉ )?(?:nói )?đùa (?:thôi|đấy)[.!]"),
                        (f"{'Is' if a_one else 'Are'} {inside(a_en)} kidding me?",
                         f"^{a_right} (?:đang )?đùa tôi (?:à|hả|phải không)\\?"),
                        (f"Stop laughing at {m_en}.", f"^Đừng cười (?:nhạo )?{m_right} nữa[.!]"),
                        ("That isn't funny.",
                         "^(?:Chuyện|Điều|Cái) (?:đó|này) không (?:hề )?buồn cười(?: chút nào)?(?: đâu)?[.!]")][shape])
    return out


# babies (Vietnamese, English, Vietnamese right)
BABIES_58 = [("Em bé", "The baby", "(?i:(?:em )?bé)"), ("Con trai tôi", "My son", "(?i:con trai (?:của )?tôi)"),
             ("Con gái cô ấy", "Her daughter", "(?i:con gái (?:của )?(?:chị|cô) (?:ấy|ta))"),
             ("Con tôi", "My child", "(?i:con (?:của )?tôi)")]  # ("cháu": a grandchild, a niece or a nephew)


def cried_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Why someone is crying, cries often, is teething, won't stop crying; right: "Why is … crying?", "Does … cry
    often?", "is teething", "won't stop crying"; or "Sao … lại khóc?", "hay khóc", "đang mọc răng", "khóc mãi"."""
    out = []
    for _ in range(n):
        b_vi, b_en, b_right = rng.choice(BABIES_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Sao {b_vi[0].lower() + b_vi[1:]} lại khóc?", f"^Why is {inside(b_en)} crying\\?"),
                        (f"{a_vi} có hay khóc không?",
                         f"^{'Does' if a_one else 'Do'} {inside(a_en)} cry (?:often|a lot)\\?"),
                        (f"{b_vi} đang mọc răng.", f"^{b_en}(?:'s| is) teething[.!]"),
                        (f"{b_vi} không chịu nín.", f"^{b_en} (?:won't|will not) stop crying[.!]")][shape])
        else:
            out.append([(f"Why is {inside(b_en)} crying?", f"^(?:Sao|Tại sao|Vì sao) {b_right} (?:lại )?(?:đang )?"
                                                           "khóc"),
                        (f"{a_en[0].upper() + a_en[1:]} {'cries' if a_one else 'cry'} a lot.",
                         f"^{a_right} (?:rất )?(?:hay khóc|khóc (?:rất )?nhiều)[.!]"),
                        (f"{b_en} is teething.", f"^{b_right} đang mọc răng[.!]"),
                        (f"{b_en} won't stop crying.",
                         f"^{b_right} (?:cứ khóc mãi|khóc mãi|không chịu nín|không (?:chịu )?(?:ngừng|nín) "
                         "khóc)")][shape])
    return out


def dreamed_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who dreamed about someone or had a nightmare last night, often has nightmares, sweet dreams; right: "dreamed
    about … last night", "had a nightmare", "often has nightmares", "Sweet dreams!"; or "Tối qua … mơ thấy …", "gặp ác
    mộng", "hay gặp ác mộng", "Mơ đẹp nhé"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        last = "(?:(?:Last night, )?{w} (?:dreamed|dreamt) (?:about|of) {m}(?: last night)?)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Tối qua {w_vi[0].lower() + w_vi[1:] if w_vi != 'Lan' else w_vi} mơ thấy {m_vi}.",
                         "^" + last.format(w=w_en, m=m_en) + "[.!]"),
                        (f"Tối qua {w_vi[0].lower() + w_vi[1:] if w_vi != 'Lan' else w_vi} gặp ác mộng.",
                         f"^(?:Last night, )?{w_en} had (?:a )?(?:nightmares?|bad dreams?)(?: last night)?[.!]"),
                        (f"{w_vi} hay gặp ác mộng.",
                         f"^{w_en} (?:often|usually) {'has' if one else 'have'} (?:nightmares|bad dreams)[.!]"),
                        (rng.choice(["Mơ đẹp nhé!", "Chúc ngủ ngon và mơ đẹp nhé."]),
                         "^(?:Good ?night(?:,| and) )?[Ss]weet dreams[.!]")][shape])
        else:
            out.append([(f"{w_en} dreamed about {m_en} last night.",
                         f"^(?:(?:Tối|Đêm) qua {w_right} (?:đã )?(?:nằm )?mơ thấy {m_right}|{w_right} (?:đã )?"
                         f"(?:nằm )?mơ thấy {m_right} (?:tối|đêm) qua)[.!]"),
                        (f"{w_en} had a nightmare last night.",
                         f"^(?:(?:Tối|Đêm) qua {w_right} (?:đã )?(?:gặp|bị|mơ thấy) ác mộng|{w_right} (?:đã )?"
                         "(?:gặp|bị|mơ thấy) ác mộng (?:tối|đêm) qua)[.!]"),
                        (f"{w_en} often {'has' if one else 'have'} nightmares.",
                         f"^{w_right} (?:thường|hay) (?:gặp|bị) ác mộng[.!]"),
                        ("Sweet dreams!", "^(?i:(?:chúc )?(?:bạn )?(?:ngủ ngon(?:,| và) )?mơ đẹp)")][shape])
    return out


ASKED_WHOSE_58 = {"you": "your", "your mother": "her", "she": "her", "Lan": "her"}


def washed_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who just had a shower, is in the shower, has brushed their teeth yet, told to go and have a bath; right: "just
    had a shower", "is having a shower", "Have you brushed your teeth?", "Go and brush your teeth"; or "vừa tắm
    xong", "đang tắm", "đánh răng chưa?", "Đi đánh răng đi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:-1])  # (not "we": a shower each, or one together?)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[:-1])  # (not "Lan": her teeth or his?)
        has = "(?: just had|'ve just had|'s just had| ha(?:ve|s) just had)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} vừa tắm xong.", f"^{w_en}{has} a (?:shower|bath)[.!]"),
                        (f"{w_vi} đang tắm.", f"^{w_en}{BE_53[one]} (?:(?:having|taking) a (?:shower|bath)|in the "
                                              "(?:shower|bath))[.!]"),
                        (f"{a_vi} đã đánh răng chưa?", f"^(?:Have|Has|Did) {inside(a_en)} (?:brushed|brush) "
                                                      f"{ASKED_WHOSE_58[a_en]} teeth(?: yet)?\\?"),
                        (rng.choice(["Con đi tắm đi.", "Đi đánh răng đi.", "Con đi rửa tay đi."]),
                         "^Go (?:and )?(?:(?:have|take) a (?:bath|shower)|brush your teeth|wash your "
                         "hands)[.!]")][shape])
        else:
            out.append([(f"{w_en} just had a shower.", f"^{w_right} vừa (?:mới )?tắm(?: xong)?[.!]"),
                        (f"{w_en} {be_53(w_en, one)} in the shower.", f"^{w_right} đang tắm[.!]"),
                        (rng.choice(["Have you washed your hands?", "Have you brushed your teeth?"]),
                         "^Bạn (?:đã )?(?:rửa tay|đánh răng) chưa\\?"),
                        (rng.choice(["Go and brush your teeth.", "Go and wash your hands."]),
                         "^(?i:(?:con |hãy )?(?:đi )?(?:đánh răng|rửa tay)(?: đi| nhé)?)[.!]")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
LAST_58 = [("năm ngoái", "last year", "năm ngoái"), ("tháng trước", "last month", "tháng trước"),
           ("tuần trước", "last week", "tuần trước")]


def smoked_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who smokes a lot, quit smoking last year, is drunk, doesn't drink; right: "smokes a lot", "quit smoking last
    year", "is drunk", "doesn't drink"; or "hút thuốc nhiều", "bỏ thuốc lá năm ngoái", "say rồi", "không uống rượu"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        l_vi, l_en, l_right = rng.choice(LAST_58)
        does = "doesn't" if one else "don't"
        quit_en = f"(?:(?:{l_en.capitalize()}, )?{w_en} (?:quit|gave up|stopped) smoking(?: {l_en})?)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} hút thuốc nhiều lắm.", f"^{w_en} smokes? (?:a lot|heavily|too much)[.!]"),
                        (f"{w_vi} bỏ thuốc lá {l_vi}.", f"^{quit_en}[.!]"),
                        (f"{w_vi} say rồi.", f"^{w_en}{BE_53[one]} drunk[.!]"),
                        (f"{w_vi} không uống rượu.",
                         f"^{w_en} (?:{does}|do(?:es)? not) drink(?: alcohol)?[.!]")][shape])
        else:
            out.append([(f"{w_en} {'smokes' if one else 'smoke'} a lot.",
                         f"^{w_right} hút thuốc(?: lá)? (?:rất nhiều|nhiều lắm|nhiều)[.!]"),
                        (f"{w_en} quit smoking {l_en}.",
                         f"^(?:(?i:{l_right}),? {w_right} (?:đã )?(?:bỏ|cai) (?:hút )?thuốc(?: lá)?|{w_right} (?:đã )?"
                         f"(?:bỏ|cai) (?:hút )?thuốc(?: lá)? (?:vào )?{l_right})[.!]"),
                        (f"{w_en} {be_53(w_en, one)} drunk.", f"^{w_right} (?:đang )?say(?: rồi| xỉn| rượu)?[.!]"),
                        (f"{w_en} {does} drink.", f"^{w_right} không uống rượu(?: bia)?[.!]")][shape])
    return out


# whose (Vietnamese, English, Vietnamese right)
FAULT_58 = [("tôi", "my", "tôi"), ("anh ấy", "his", "anh (?:ấy|ta)"), ("mẹ tôi", "my mother's", "mẹ (?:của )?tôi"),
            ("Lan", "Lan's", "Lan"), ("bạn", "your", "bạn")]
RIDES_58 = [("xe buýt", "bus", "xe buýt"), ("tàu", "train", "tàu(?: hỏa)?")]


def mistaken_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who called the wrong number or got on the wrong bus, whose fault it is or is not; right: "called the wrong
    number", "It's my fault", "It's not your fault", "got on the wrong bus"; or "gọi nhầm số", "Đó là lỗi của tôi",
    "Không phải lỗi của bạn", "lên nhầm xe buýt"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        f_vi, f_en, f_right = rng.choice(FAULT_58)
        r_vi, r_en, r_right = rng.choice(RIDES_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} gọi nhầm số.", f"^{w_en} (?:called|dialled|dialed) the wrong number[.!]"),
                        (f"Đó là lỗi của {f_vi}.", f"^(?:It's|That's|It is|That is) {f_en} fault[.!]"),
                        (f"Không phải lỗi của {f_vi}.", f"^(?:It's not|It isn't|That's not|That isn't|It is not) "
                                                      f"{f_en} fault[.!]"),
                        (f"{w_vi} lên nhầm {r_vi}.", f"^{w_en} (?:got on|took) the wrong {r_en}[.!]")][shape])
        else:
            out.append([(f"{w_en} called the wrong number.", f"^{w_right} (?:đã )?gọi nhầm số(?: rồi)?[.!]"),
                        (f"It's {f_en} fault.", f"^(?:Đó là|Là|Tại) lỗi của {f_right}[.!]"),
                        (f"It's not {f_en} fault.", f"^(?:Đó )?(?i:không) phải (?:là )?lỗi của {f_right}(?: đâu)?[.!]"),
                        (f"{w_en} took the wrong {r_en}.",
                         f"^{w_right} (?:đã )?(?:đi|lên|bắt) nhầm {r_right}(?: rồi)?[.!]")][shape])
    return out


WHOSE_58 = {"I": "my", "My mother": "her", "He": "his", "Lan": "her", "We": "our"}
# (Vietnamese, English, Vietnamese right)
UP_TO_58 = [("bạn", "you", "bạn"), ("mẹ tôi", "my mother", "mẹ (?:của )?tôi"), ("anh ấy", "him", "anh (?:ấy|ta)")]


def decided_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who changed their mind, still hasn't decided, asked if decided yet, it's up to someone, make up your mind;
    right: "changed her mind", "still hasn't decided", "Have you decided yet?", "It's up to you"; or "đổi ý rồi",
    "vẫn chưa quyết định", "quyết định chưa?", "Tùy bạn", "Quyết định đi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice([w for w in WHO_58 if w[1] != "Lan"])  # (her mind or his?)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        u_vi, u_en, u_right = rng.choice(UP_TO_58)
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đổi ý rồi.", f"^{w_en}(?:'ve|'s| has| have)? changed {WHOSE_58[w_en]} minds?[.!]"),
                        (f"{w_vi} vẫn chưa quyết định.", f"^{w_en} still (?:{has}n't|{has} not) decided[.!]"),
                        (f"{a_vi} đã quyết định chưa?",
                         f"^{'Has' if a_one else 'Have'} {inside(a_en)} decided(?: yet)?\\?"),
                        (f"Tùy {u_vi}.", f"^(?:It's|It is) up to {u_en}[.!]")][shape])
        else:
            out.append([(f"{w_en} changed {WHOSE_58[w_en]} mind.",
                         f"^{w_right} (?:đã )?(?:thay )?đổi ý(?: định)?(?: rồi)?[.!]"),
                        (f"{w_en} {has}n't decided yet.", f"^{w_right} (?:vẫn )?chưa quyết định[.!]"),
                        ("Make up your mind!", "^(?i:(?:hãy |bạn )?quyết định (?:đi|nhanh lên))"),
                        (f"It's up to {u_en}.", f"^(?:Tùy|Tuỳ) {u_right}[.!]")][shape])
    return out


def lied_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who often lies, lied to someone, is lying, believes in ghosts, stop lying; right: "often lies", "lied to …",
    "is lying", "Do you believe in ghosts?"; or "hay nói dối", "đã nói dối …", "đang nói dối", "tin vào ma",
    "Đừng nói dối nữa"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        lies = "lies" if one else "lie"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} hay nói dối.", f"^{w_en} (?:(?:often|always) {lies}|{lies} a lot)[.!]"),
                        (f"{w_vi} đã nói dối {m_vi}.", f"^{w_en} lied to {m_en}[.!]"),
                        (f"{w_vi} đang nói dối.", f"^{w_en}{BE_53[one]} lying[.!]"),
                        (f"{a_vi} có tin vào ma không?",
                         f"^{'Does' if a_one else 'Do'} {inside(a_en)} believe in ghosts\\?")][shape])
        else:
            out.append([(f"{w_en} lied to {m_en}.", f"^{w_right} (?:đã )?nói dối {m_right}[.!]"),
                        (f"{w_en} often {lies}.", f"^{w_right} (?:thường|hay|thường xuyên) nói dối[.!]"),
                        (f"{'Does' if a_one else 'Do'} {inside(a_en)} believe in ghosts?",
                         f"^{a_right} có tin (?:vào |là )?(?:có )?ma không\\?"),
                        ("Stop lying.", "^Đừng (?:có )?nói dối nữa[.!]")][shape])
    return out


def missed_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who really misses someone, will miss you so much, is homesick; right: "really misses you", "'ll miss you",
    "homesick" or "misses home"; or "rất nhớ …", "sẽ nhớ bạn", "nhớ nhà" (never "bỏ lỡ", "nhớ lại")."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        miss = "misses" if one else "miss"
        if w_en == "I" and m_en == "my mother":
            m_right = "mẹ(?: (?:của )?tôi)?"  # ("Tôi nhớ mẹ nhiều lắm.": one's own mother)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} rất nhớ {m_vi}.", f"^{w_en} (?:really {miss} {m_en}|{miss} {m_en} (?:so|very) much)"
                                                   "[.!]"),
                        (f"{w_vi} sẽ nhớ {m_vi} lắm.", f"^{w_en}(?:'ll| will) miss {m_en}(?: so much| a lot| very "
                                                      "much)?[.!]"),
                        (f"{w_vi} nhớ nhà lắm.", f"^{w_en} (?:{miss} home|{BE_53[one].strip()} (?:so |very )?homesick)"
                                                 "(?: so much| very much| a lot)?[.!]"),
                        (f"{a_vi} có nhớ nhà không?",
                         f"^(?:{'Does' if a_one else 'Do'} {inside(a_en)} miss home|{'Is' if a_one else 'Are'} "
                         f"{inside(a_en)} homesick)\\?")][shape])
        else:
            out.append([(f"{w_en} {miss} {m_en} so much.", f"^{w_right} nhớ {m_right} (?:nhiều lắm|rất nhiều|lắm|quá)"
                                                          "[.!]"),
                        (f"{w_en} will miss {m_en}.", f"^{w_right} sẽ (?:rất )?nhớ {m_right}(?: lắm| nhiều lắm)?[.!]"),
                        (f"{'Is' if a_one else 'Are'} {inside(a_en)} homesick?", f"^{a_right} có nhớ nhà không\\?"),
                        (f"{w_en} really {miss} {m_en}.",
                         f"^{w_right} (?:rất|thực sự|thật sự) nhớ {m_right}[.!]")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
KINDS_58 = [("vui", "good", "(?:vui|tốt)"), ("xấu", "bad", "xấu"), ("buồn", "sad", "buồn")]


def news_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Has someone heard the news, any news about someone, who has good news, saw it on the news; right: "Have you
    heard the news?", "Any news about …?", "has good news", "saw it on the news"; or "nghe tin chưa", "Có tin gì về …
    không?", "có tin vui", "xem trên tin tức"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        k_vi, k_en, k_right = rng.choice(KINDS_58)
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} đã nghe tin chưa?", f"^(?:{'Has' if a_one else 'Have'} {inside(a_en)} heard|Did "
                                                     f"{inside(a_en)} hear) the news\\?"),
                        (f"Có tin gì về {m_vi} không?", f"^(?:Any|Is there any) news (?:about|of) {m_en}\\?"),
                        (f"{w_vi} có tin {k_vi}.", f"^{w_en}(?: {has}|'ve got|'s got) (?:some )?{k_en} news[.!]"),
                        (f"{w_vi} xem trên tin tức.", f"^{w_en} saw it on the news[.!]")][shape])
        else:
            out.append([(f"Have you heard the news about {m_en}?", f"^Bạn (?:đã )?nghe tin (?:tức )?về {m_right} "
                                                                  "chưa\\?"),
                        (f"Any news from {m_en}?", f"^(?:Có|Đã có) tin (?:tức )?gì (?:mới )?(?:từ|của) {m_right} "
                                                  "(?:không|chưa)\\?"),
                        (f"{w_en} {has} some {k_en} news.", f"^{w_right} có (?:một )?tin {k_right}[.!]"),
                        (f"{w_en} saw it on the news.",
                         f"^{w_right} (?:đã )?(?:xem|thấy)(?: nó)? trên (?:tin tức|thời sự)[.!]")][shape])
    return out


# (Vietnamese after "chuyến", English, Vietnamese right)
RIDES_DELAYED_58 = [("xe buýt", "bus", "xe buýt"), ("tàu", "train", "tàu(?: hỏa)?"), ("bay", "flight", "bay")]
# whose (Vietnamese, English, Vietnamese right)
OWNERS_58 = [("tôi", "My", "tôi"), ("họ", "Their", "họ"), ("anh ấy", "His", "anh (?:ấy|ta)")]


def delayed_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who missed the last bus, we'll miss the train if we don't hurry, a flight cancelled because of the storm, when
    the next one leaves; right: "missed the last bus", "If we don't hurry, we'll miss …", "was cancelled because of
    the storm", "What time does the next … leave?"; or "lỡ chuyến … cuối cùng", "Nếu không nhanh lên, chúng ta sẽ lỡ
    …", "bị hủy vì bão", "… tiếp theo mấy giờ …?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        r_vi, r_en, r_right = rng.choice(RIDES_DELAYED_58)
        o_vi, o_en, o_right = rng.choice(OWNERS_58)
        ride = "chuyến bay" if r_en == "flight" else r_vi  # ("lỡ tàu", "lỡ chuyến bay")
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị lỡ chuyến {r_vi} cuối cùng.", f"^{w_en} missed the last {r_en}[.!]"),
                        (f"Nếu không nhanh lên, chúng ta sẽ lỡ {ride}.",
                         f"^If we don't hurry(?: up)?, we(?:'ll| will) miss (?:the|our) {r_en}[.!]"),
                        (f"Chuyến {r_vi} của {o_vi} bị hủy vì bão.", f"^{o_en} {r_en} (?:was|has been) cancell?ed "
                                                                    "(?:because of|due to) (?:the|a) storm[.!]"),
                        (f"Chuyến {r_vi} tiếp theo mấy giờ đến?",
                         f"^What time does the next {r_en} (?:come|arrive|get in)\\?")][shape])
        else:
            out.append([(f"{w_en} missed the last {r_en}.",
                         f"^{w_right} (?:đã )?(?:bị )?(?:bỏ )?lỡ chuyến {r_right} cuối(?: cùng)?[.!]"),
                        (f"If we don't hurry, we'll miss the {r_en}.",
                         f"^Nếu (?:chúng ta )?không nhanh lên(?: thì)?,? chúng ta sẽ (?:bị )?lỡ (?:chuyến )?{r_right}"
                         "(?: mất)?[.!]"),
                        (f"{o_en} {r_en} was cancelled because of the storm.",
                         f"^Chuyến {r_right} của {o_right} (?:đã )?bị hủy(?: bỏ)? (?:vì|do) (?:cơn )?bão[.!]"),
                        (f"Did you miss your {r_en}?",
                         f"^Bạn có (?:bị )?lỡ (?:chuyến )?{r_right}(?: của bạn)? không\\?")][shape])
    return out


def low_58(said: str) -> str:
    """Who as said inside a Vietnamese sentence: "mẹ tôi", "anh ấy" (a name as it is)."""
    return said if said == "Lan" else said[0].lower() + said[1:]


# whom (Vietnamese, English, Vietnamese right)
HAPPENED_TO_58 = [("bạn", "you", "bạn"), ("anh ấy", "him", "anh (?:ấy|ta)"), ("cô ấy", "her", "cô (?:ấy|ta)"),
                  ("mẹ tôi", "my mother", "mẹ (?:của )?tôi"), ("Lan", "Lan", "Lan")]


def happened_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What's wrong with someone, what happened to someone, something happened to someone, is everything OK; right:
    "What's wrong with …?", "What happened to …?", "Something happened to …", "Is everything OK?"; or "… bị sao
    vậy?", "Chuyện gì đã xảy ra với …?", "Có chuyện xảy ra với …", "Mọi chuyện ổn chứ?"."""
    out = []
    for _ in range(n):
        h_vi, h_en, h_right = rng.choice(HAPPENED_TO_58)
        t_vi, t_en, t_right = rng.choice(HAPPENED_TO_58[1:])  # (a third person: "Có chuyện xảy ra với bạn." is odd)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{capitalised(h_vi)} bị sao vậy?", f"^What(?:'s| is) (?:wrong|the matter) with {h_en}\\?"),
                        (f"Chuyện gì đã xảy ra với {h_vi}?", f"^What(?: has|'s)? happened to {h_en}\\?"),
                        (f"Có chuyện xảy ra với {t_vi}.", f"^Something(?: has|'s)? happened to {t_en}[.!]"),
                        (rng.choice(["Mọi chuyện ổn chứ?", "Mọi việc ổn chứ?"]),
                         "^Is everything (?:OK|okay|all right|alright|fine)\\?")][shape])
        else:
            out.append([(f"What happened to {h_en}?", f"^Chuyện gì (?:đã )?xảy ra với {h_right}(?: vậy| thế)?\\?"),
                        (f"What's wrong with {h_en}?", f"^(?i:{h_right}) bị (?:làm )?(?:sao|gì)(?: vậy| thế)?\\?"),
                        (f"Something happened to {t_en}.",
                         f"^(?:Đã )?(?i:có) chuyện (?:gì đó )?(?:đã )?xảy ra với {t_right}[.!]"),
                        (rng.choice(["Is everything all right?", "Is everything OK?"]),
                         "^Mọi (?:chuyện|việc|thứ) (?:có )?ổn (?:cả )?(?:chứ|không)\\?")][shape])
    return out


def lost_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is lost, asked if lost, got lost in the market, gets lost easily; right: "We're lost", "Are you lost?",
    "got lost in the market", "gets lost easily"; or "bị lạc rồi", "có bị lạc không?", "bị lạc ở chợ", "dễ bị lạc"
    (never "bị mất", lost as a thing or dead)."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        if w_en == "We":
            w_right = "(?i:chúng (?:tôi|ta))"  # (the lost speak of themselves together: "Chúng ta bị lạc rồi.")
        lost = "(?:bị |đi )?lạc(?: đường)?"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị lạc rồi.", f"^{w_en}{BE_53[one]} lost[.!]"),
                        (f"{a_vi} có bị lạc không?", f"^{'Is' if a_one else 'Are'} {inside(a_en)} lost\\?"),
                        (f"{w_vi} đã bị lạc ở chợ.", f"^{w_en} got lost (?:in|at) the market[.!]"),
                        (f"{w_vi} dễ bị lạc.", f"^{w_en} {'gets' if one else 'get'} lost easily[.!]")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} lost.", f"^{w_right} {lost}(?: rồi)?[.!]"),
                        (f"{'Is' if a_one else 'Are'} {inside(a_en)} lost?",
                         f"^{a_right} (?:có )?{lost}(?: rồi)? (?:không|à)\\?"),
                        (f"{w_en} got lost in the market.",
                         f"^{w_right} (?:đã )?{lost} (?:ở|trong|tại) (?:khu )?chợ[.!]"),
                        (f"{w_en} {'gets' if one else 'get'} lost easily.", f"^{w_right} (?:rất )?dễ (?:bị |đi )?lạc"
                                                                            "[.!]")][shape])
    return out


def busy_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is too busy to come, busy at the moment, busy with work, busy all day today, asked what with; right: "too
    busy to come", "busy at the moment", "busy with work", "busy all day today"; or "bận quá không đến được", "Lúc này
    … đang bận", "bận việc", "bận gì?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        be = BE_53[one]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bận quá không đến được.", f"^{w_en}{be} too busy to come[.!]"),
                        (f"Lúc này {low_58(w_vi)} đang bận.", f"^{w_en}{be} busy (?:at the moment|right now)[.!]"),
                        (f"{w_vi} đang bận việc.", f"^{w_en}{be} busy (?:with work|working)[.!]"),
                        (f"Hôm nay {low_58(w_vi)} bận cả ngày.",
                         f"^(?:{w_en}{be} busy all day today|Today,? {w_en.replace('My', 'my')}{be} busy all day)"
                         "[.!]")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} too busy to come.",
                         f"^{w_right} bận (?:quá|lắm) (?:nên )?không (?:thể )?(?:đến|tới) được[.!]"),
                        (f"{w_en} {be_53(w_en, one)} busy at the moment.",
                         f"^(?:(?:Lúc này|Hiện giờ|Bây giờ) {w_right} đang bận|{w_right} đang bận (?:lúc này|bây giờ))"
                         "[.!]"),
                        (f"{w_en} {be_53(w_en, one)} busy with work.", f"^{w_right} (?:đang )?bận (?:công )?việc[.!]"),
                        (f"What {'is' if a_one else 'are'} {inside(a_en)} busy with?",
                         f"^{a_right} (?:đang )?bận (?:việc )?gì(?: vậy| thế)?\\?")][shape])
    return out


def late_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Why is someone late, late for work yesterday, late again, late because of the traffic, don't be late for
    school; right: "Why are you late?", "was late for work yesterday", "late again", "late because of the traffic";
    or "Sao … đến muộn vậy?", "Hôm qua … đi làm muộn", "lại đến muộn", "Đừng đi học muộn"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        was = "was" if one or w_en == "I" else "were"
        late = "(?:muộn|trễ)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Sao {low_58(a_vi)} đến muộn vậy?",
                         f"^Why {'is' if a_one else 'are'} {inside(a_en)} late\\?"),
                        (f"Hôm qua {low_58(w_vi)} đi làm muộn.",
                         f"^(?:Yesterday,? {inside(w_en)} {was} late for work|{w_en} {was} late for work yesterday)"
                         "[.!]"),
                        (f"{w_vi} lại đến muộn rồi.", f"^{w_en}{BE_53[one]} late again[.!]"),
                        (f"{w_vi} đến muộn vì kẹt xe.",
                         f"^{w_en}{BE_53[one]} late because of (?:the )?traffic[.!]")][shape])
        else:
            out.append([(f"Why {'is' if a_one else 'are'} {inside(a_en)} late?",
                         f"^(?:Sao|Tại sao|Vì sao) {a_right} (?:lại )?(?:đến|tới) {late}(?: vậy| thế)?\\?"),
                        (f"{w_en} {was} late for work yesterday.",
                         f"^(?:Hôm qua,? {w_right} (?:đã )?đi làm {late}|{w_right} (?:đã )?đi làm {late} hôm qua)[.!]"),
                        (f"{w_en} {be_53(w_en, one)} late again.", f"^{w_right} lại (?:đến )?{late}"),
                        ("Don't be late for school.", f"^Đừng (?:đi học|đến trường) {late}")][shape])
    return out


# someone not a pronoun, plural kin too (Vietnamese, English, one, Vietnamese right)
MOODY_58 = [("Mẹ tôi", "My mother", True, "(?i:mẹ (?:của )?tôi)"),
            ("Bố mẹ tôi", "My parents", False, "(?i:(?:bố|cha|ba) mẹ (?:của )?tôi)"), ("Lan", "Lan", True, "Lan"),
            ("Ông bà tôi", "My grandparents", False, "(?i:ông bà (?:của )?tôi)"),
            ("Anh trai tôi", "My brother", True, "(?i:anh (?:trai )?(?:của )?tôi)")]
MOODY_ASKED_58 = [("mẹ bạn", "your mother", True, "(?i:mẹ (?:của )?bạn)"),
                  ("bố mẹ bạn", "your parents", False, "(?i:(?:bố|cha|ba) mẹ (?:của )?bạn)"),
                  ("Lan", "Lan", True, "Lan")]


def moods_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone (kin, plural kin, a name) really tired, worried, asked if tired, why so sad, not very happy; right: "is
    really tired", "are worried", "Are your parents tired?", "Why is … so sad?"; or "rất vui", "hơi mệt", "có lo lắng
    không?", "không vui lắm"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(MOODY_58)
        a_vi, a_en, a_one, a_right = rng.choice(MOODY_ASKED_58)
        be, a_be = "is" if one else "are", "Is" if a_one else "Are"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} mệt lắm.", f"^{w_en} {be} (?:really|very|so) tired[.!]"),
                        (f"{w_vi} đang lo lắng.", f"^{w_en} {be} worried[.!]"),
                        (f"{capitalised(a_vi)} có mệt không?", f"^{a_be} {a_en} tired\\?"),
                        (f"Sao {a_vi} buồn thế?", f"^Why {a_be.lower()} {a_en} so sad\\?")][shape])
        else:
            out.append([(f"{w_en} {be} very happy.", f"^{w_right} rất (?:vui|hạnh phúc)[.!]"),
                        (f"{w_en} {be} a bit tired.", f"^{w_right} hơi mệt(?: mỏi)?[.!]"),
                        (f"{a_be} {a_en} worried?", f"^{a_right} có (?:đang )?lo lắng không\\?"),
                        (f"{w_en} {be}n't very happy.", f"^{w_right} không (?:được )?vui lắm[.!]")][shape])
    return out


# asked of someone's kin (Vietnamese, English, one)
RETIRED_ASKED_58 = [("Bố bạn", "your father", True), ("Mẹ anh ấy", "his mother", True), ("Ông bà bạn", "your "
                                                                                       "grandparents", False)]


def work_status_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is unemployed, about to retire, asked if retired yet, still working, just retired, no longer works; right:
    "is unemployed", "is about to retire", "Has … retired yet?", "is still working"; or "thất nghiệp", "sắp nghỉ hưu",
    "vừa nghỉ hưu", "không còn đi làm nữa"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        r_vi, r_en, r_one = rng.choice(RETIRED_ASKED_58)
        be = BE_53[one]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} thất nghiệp.", f"^{w_en}{be} (?:unemployed|out of work)[.!]"),
                        (f"{w_vi} sắp nghỉ hưu.", f"^{w_en}{be} (?:about to|going to) retire[.!]"),
                        (f"{r_vi} nghỉ hưu chưa?", f"^(?:{'Has' if r_one else 'Have'} {r_en} retired(?: yet)?|"
                                                  f"{'Is' if r_one else 'Are'} {r_en} retired)\\?"),
                        (f"{w_vi} vẫn còn đi làm.",
                         f"^{w_en}(?:{be} still working| still {'works' if one else 'work'})[.!]")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} unemployed.", f"^{w_right} (?:đang |bị )*thất nghiệp[.!]"),
                        (f"{w_en} just retired.", f"^{w_right} (?:vừa|mới|vừa mới) nghỉ hưu[.!]"),
                        (f"{w_en} {be_53(w_en, one)} about to retire.", f"^{w_right} sắp nghỉ hưu[.!]"),
                        (f"{w_en} {'does' if one else 'do'}n't work anymore.",
                         f"^{w_right} không (?:còn )?(?:đi làm|làm việc) nữa[.!]")][shape])
    return out


# whom (Vietnamese, English, Vietnamese right)
KNOWN_58 = [("anh ấy", "him", "anh (?:ấy|ta)"), ("cô ấy", "her", "cô (?:ấy|ta)"), ("mẹ tôi", "my mother",
                                                                               "mẹ (?:của )?tôi"),
            ("vợ tôi", "my wife", "vợ (?:của )?tôi"), ("Lan", "Lan", "Lan")]
# each other (Vietnamese, English, Vietnamese right)
MET_58 = [("Chúng tôi", "We", "(?i:chúng tôi)"), ("Họ", "They", "(?i:họ)"),
          ("Bố mẹ tôi", "My parents", "(?i:(?:bố|cha|ba) mẹ (?:của )?tôi)")]
MET_AT_58 = [("trường đại học", "university", "trường đại học"), ("một bữa tiệc", "a party", "(?:một )?bữa tiệc"),
             ("chỗ làm", "work", "(?:chỗ làm|nơi làm việc|công ty)")]


def known_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Do you know someone, not very well, where people met, how long you have known someone, have you met; right:
    "Do you know …?", "don't know … very well", "met at university", "How long have you known …?"; or "Bạn có biết …
    không?", "quen nhau ở …", "Bạn đã gặp … chưa?"."""
    out = []
    for _ in range(n):
        m_vi, m_en, m_right = rng.choice(KNOWN_58)
        e_vi, e_en, e_right = rng.choice(MET_58)
        p_vi, p_en, p_right = rng.choice(MET_AT_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Bạn có biết {m_vi} không?", f"^Do you know {m_en}\\?"),
                        (f"Tôi không quen {m_vi} lắm.", f"^I (?:don't|do not) know {m_en} (?:very|that) well[.!]"),
                        (f"{e_vi} quen nhau ở {p_vi}.", f"^{e_en} met (?:each other )?(?:at|in) {p_en}[.!]"),
                        (f"Bạn quen {m_vi} bao lâu rồi?", f"^How long have you known {m_en}\\?")][shape])
        else:
            out.append([(f"Do you know {m_en}?", f"^Bạn có (?:quen|biết) {m_right} không\\?"),
                        (f"How do you know {m_en}?", f"^(?:(?:Làm )?(?i:sao) bạn (?:quen|biết) {m_right}|Bạn (?:quen|"
                                                     f"biết) {m_right} (?:như )?thế nào)\\?"),
                        (f"{e_en} met at {p_en}.", f"^{e_right} (?:quen|gặp) nhau (?:ở|tại) {p_right}[.!]"),
                        (f"Have you met {m_en}?", f"^Bạn (?:đã )?gặp {m_right} chưa\\?")][shape])
    return out


# who owes (Vietnamese, English, one, Vietnamese right); whom (Vietnamese, English, Vietnamese right)
OWING_58 = [("Tôi", "I", False, "(?i:tôi)"), ("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))"),
            ("Mẹ tôi", "My mother", True, "(?i:mẹ (?:của )?tôi)")]
OWED_58 = [("bạn", "you", "bạn"), ("tôi", "me", "tôi")]


def favours_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Can you do me a favour, can I ask you a favour, who owes whom one, sorry for the trouble, no trouble at all, am I
    bothering you; right: "do me a favour", "ask you a favour", "owes … one", "no trouble"; or "giúp tôi một việc",
    "nhờ bạn một việc", "nợ … một lần", "xin lỗi vì đã gây phiền phức", "làm phiền"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(OWING_58)
        m_vi, m_en, m_right = rng.choice([m for m in OWED_58 if m[0] != w_vi.lower()])
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[1:] + [("Tôi", "I", False, "(?i:tôi)")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(rng.choice(["Bạn giúp tôi một việc được không?", "Bạn làm ơn giúp tôi một việc được không?"]),
                         "^(?:Can|Could|Would) you (?:please )?do me a favou?r\\?"),
                        ("Tôi nhờ bạn một việc được không?",
                         "^(?:Can|Could|May) I ask (?:you )?a favou?r(?: of you)?\\?"),
                        (f"{w_vi} nợ {m_vi} một lần.", f"^{w_en} {'owes' if one else 'owe'} {m_en} one[.!]"),
                        (rng.choice(["Không phiền gì cả.", "Không phiền gì đâu."]),
                         "^(?:It's )?(?i:no) trouble(?: at all)?[.!]")][shape])
        else:
            out.append([(f"{rng.choice(['Can', 'Could'])} you do me a favour?",
                         "^Bạn (?:có thể |làm ơn )?giúp tôi một (?:việc|chuyện)(?: nhỏ)? (?:được )?không\\?"),
                        (f"{w_en} {'owes' if one else 'owe'} {m_en} one.", f"^{w_right} nợ {m_right} một lần[.!]"),
                        ("Sorry for the trouble.", "^(?:Tôi )?(?:rất )?(?i:xin lỗi) vì (?:đã )?(?:gây|làm) (?:nhiều )?"
                                                   "(?:phiền phức|rắc rối|phiền)"),
                        (f"{'Am' if a_en == 'I' else 'Is' if a_one else 'Are'} {inside(a_en)} bothering you?",
                         f"^{a_right} có (?:đang )?làm phiền bạn không\\?")][shape])
    return out


def contact_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who still keeps in touch with someone, is asked if still in touch, lost touch a long time ago, keep in touch;
    right: "still keeps in touch with …", "still in touch with …?", "lost touch with … a long time ago", "Keep in
    touch"; or "vẫn giữ liên lạc với …", "còn liên lạc với … không?", "mất liên lạc", "Giữ liên lạc nhé" (never
    "chạm", "cảm ứng", "tiếp xúc": touch as a hand or a screen)."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[:1] + ASKED_58[2:])
        m2_vi, m2_en, m2_right = rng.choice([m for m in WHOM_54 if m[0].lower() not in (a_vi.lower(), "bạn")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} vẫn giữ liên lạc với {m_vi}.",
                         f"^{w_en} still {'keeps' if one else 'keep'} in touch with {m_en}[.!]"),
                        (f"{a_vi} còn liên lạc với {m2_vi} không?",
                         f"^{'Is' if a_one else 'Are'} {inside(a_en)} still in touch with {m2_en}\\?"),
                        (f"{w_vi} mất liên lạc với {m_vi} lâu rồi.",
                         f"^{w_en} (?:lost touch with {m_en} a long time ago|(?:ha(?:ve|s)n't|ha(?:ve|s) not) been in "
                         f"touch with {m_en} for a long time)[.!]"),
                        ("Giữ liên lạc nhé.", "^(?i:(?:let's )?(?:keep|stay) in touch)[.!]")][shape])
        else:
            out.append([(f"Are you still in touch with {m2_en}?",
                         f"^Bạn (?:vẫn )?còn (?:giữ )?liên lạc với {m2_right} không\\?"),
                        (f"{rng.choice(['We', 'They'])} lost touch years ago.",
                         "^(?i:chúng tôi|họ) (?:đã )?mất liên lạc(?: với nhau)? (?:từ |cách đây )?(?:nhiều năm|lâu)"),
                        (f"{w_en} still {'keeps' if one else 'keep'} in touch with {m_en}.",
                         f"^{w_right} vẫn (?:còn )?giữ liên lạc với {m_right}[.!]"),
                        ("Let's stay in touch.", "^(?!.*(?:chạm|cảm ứng|tiếp xúc)).*giữ liên lạc")][shape])
    return out


# bearded (Vietnamese, English, Vietnamese right); asked (Vietnamese, English)
BEARDED_58 = [("Anh ấy", "He", "(?i:anh (?:ấy|ta))"), ("Bố tôi", "My father", "(?i:(?:bố|cha|ba) (?:của )?tôi)"),
              ("Ông tôi", "My grandfather", "(?i:ông (?:của )?tôi)")]
BEARD_ASKED_58 = [("Anh ấy", "he"), ("Bố bạn", "your father"), ("Ông của cô ấy", "her grandfather")]


def features_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has curly hair, wears glasses, is so thin, has a beard (asked); right: "has curly hair", "wears glasses",
    "so thin", "Does … have a beard?"; or "có mái tóc xoăn", "đeo kính", "rất gầy", "có râu"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        b_vi, b_en, b_right = rng.choice(BEARDED_58)
        q_vi, q_en = rng.choice(BEARD_ASKED_58)
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} có mái tóc xoăn.", f"^{w_en} {has} (?:got )?curly hair[.!]"),
                        (f"{w_vi} đeo kính.", f"^{w_en} {'wears' if one else 'wear'} glasses[.!]"),
                        (f"{w_vi} gầy quá.", f"^{w_en}{BE_53[one]} (?:so|very|too|really) thin[.!]"),
                        (f"{q_vi} có râu không?", f"^Does {q_en} have a beard\\?")][shape])
        else:
            out.append([(f"{w_en} {has} curly hair.", f"^{w_right} có (?:mái )?tóc xoăn[.!]"),
                        (f"{w_en} {'wears' if one else 'wear'} glasses.", f"^{w_right} đeo kính[.!]"),
                        (f"{w_en} {be_53(w_en, one)} very thin.", f"^{w_right} rất gầy[.!]"),
                        (f"{b_en} has a beard.", f"^{b_right} (?:có|để) râu[.!]")][shape])
    return out


# (English, Vietnamese right)
VEHICLES_58 = [("bike", "[Xx]e đạp"), ("car", "(?:[Xx]e )?[ôÔ] tô|[Xx]e hơi"), ("motorbike", "[Xx]e máy")]
# whose bike (Vietnamese, English)
BIKE_OWNERS_58 = [("tôi", "My"), ("anh ấy", "His"), ("mẹ tôi", "My mother's"), ("Lan", "Lan's")]


def driving_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who drives too fast, got a licence last year, a bike with a flat tyre, needs to get petrol, asked if they
    have a licence; right: "drives too fast", "got … driving licence last year", "has a flat tyre", "needs to get
    petrol"; or "lái xe quá nhanh", "có bằng lái không?", "bị thủng lốp", "cần đổ xăng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        l_vi, l_en, l_right = rng.choice(LAST_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        o_vi, o_en = rng.choice(BIKE_OWNERS_58)
        v_en, v_right = rng.choice(VEHICLES_58)
        shape = rng.randrange(4)
        if src == "vi":
            if shape == 1 and w_en == "Lan":  # (her licence or his?)
                w_vi, w_en, one = "Mẹ tôi", "My mother", True
            out.append([(f"{w_vi} lái xe nhanh quá.", f"^{w_en} {'drives' if one else 'drive'} too fast[.!]"),
                        (f"{w_vi} lấy bằng lái {l_vi}.",
                         f"^(?:{l_en.capitalize()},? {inside(w_en)} got {WHOSE_58[w_en]} driving licen[cs]e|{w_en} "
                         f"got {WHOSE_58[w_en]} driving licen[cs]e {l_en})[.!]"),
                        (f"Xe đạp của {o_vi} bị thủng lốp.",
                         f"^{o_en} (?:bike|bicycle) has (?:a flat (?:tyre|tire)|a puncture)[.!]"),
                        (f"{w_vi} cần đổ xăng.", f"^{w_en} {'needs' if one else 'need'} to (?:get (?:some )?(?:petrol|"
                                                 "gas)|fill up)")][shape])
        else:
            out.append([(f"{w_en} {'drives' if one else 'drive'} too fast.",
                         f"^{w_right} lái xe (?:quá nhanh|nhanh quá)[.!]"),
                        (f"{'Does' if a_one else 'Do'} {inside(a_en)} have a driving licence?",
                         f"^{a_right} có bằng lái(?: xe)? không\\?"),
                        (f"My {v_en} has a puncture.", f"^(?:{v_right}) của tôi bị (?:thủng|xịt|xẹp) lốp[.!]"),
                        (f"{w_en} {'needs' if one else 'need'} to get petrol.",
                         f"^{w_right} cần (?:phải )?(?:đi )?đổ xăng[.!]")][shape])
    return out


DOING_NOW_58 = WHO_58[1:] + [("Bố mẹ tôi", "My parents", False, "(?i:(?:bố|cha|ba) mẹ (?:của )?tôi)")]


def now_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is having dinner or lunch, taking a nap, in a meeting, asked what they are doing; right: "is having
    dinner", "taking a nap", "in a meeting", "What is … doing?"; or "đang ăn tối", "đang ngủ trưa", "đang họp",
    "đang làm gì?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(DOING_NOW_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        be = "is" if one else "are"
        what = "(?: is|'s)" if a_one else "(?: are|'re)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang ăn tối.", f"^{w_en}{BE_53[one]} having dinner[.!]"),
                        (f"{w_vi} đang ngủ trưa.", f"^{w_en}{BE_53[one]} (?:taking|having) a nap[.!]"),
                        (f"{w_vi} đang họp.", f"^{w_en}{BE_53[one]} in a meeting[.!]"),
                        (f"{a_vi} đang làm gì vậy?",
                         f"^What{what} {inside(a_en)} doing\\?")][shape])
        else:
            out.append([(f"{w_en} {be} having lunch.", f"^{w_right} đang ăn (?:cơm )?trưa[.!]"),
                        (f"{w_en} {be} taking a nap.", f"^{w_right} đang ngủ trưa[.!]"),
                        (f"{w_en} {be} in a meeting.", f"^{w_right} đang họp[.!]"),
                        (f"What {'is' if a_one else 'are'} {inside(a_en)} doing?",
                         f"^{a_right} đang làm gì(?: vậy| thế)?\\?")][shape])
    return out


def forgiven_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who forgave someone, has someone forgiven someone yet, apologised to someone, please forgive me, say sorry to
    someone, owes someone an apology; right: "forgave …", "Has … forgiven …?", "apologised to …", "Please forgive
    me"; or "đã tha thứ cho …", "tha thứ cho … chưa?", "xin lỗi …", "nợ … một lời xin lỗi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[2:])  # (she, Lan: "Bạn đã tha thứ cho bạn" is no sentence)
        t_vi, t_en, t_right = rng.choice([m for m in WHOM_54 if m[0].lower() not in (a_vi.lower(), "lan")])
        s_vi, s_en, s_right = rng.choice(WHOM_54[1:])  # (not "Say sorry to you.")
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đã tha thứ cho {m_vi}.", f"^{w_en} (?:forgave|has forgiven|'ve forgiven) {m_en}[.!]"),
                        (f"{a_vi} đã tha thứ cho {t_vi} chưa?",
                         f"^Has {inside(a_en)} forgiven {t_en}(?: yet)?\\?"),
                        (f"{w_vi} đã xin lỗi {m_vi}.", f"^{w_en} (?:apologi[sz]ed|said sorry) to {m_en}[.!]"),
                        ("Tha lỗi cho tôi nhé.", "^(?:Please forgive|Forgive) me[.!]")][shape])
        else:
            out.append([(f"{w_en} forgave {m_en}.", f"^{w_right} đã tha thứ cho {m_right}[.!]"),
                        (f"Has {inside(a_en)} forgiven {t_en}?", f"^{a_right} (?:đã )?tha thứ cho {t_right} chưa\\?"),
                        (f"Say sorry to {s_en}.", f"^(?:Hãy |Con )?(?i:xin) lỗi {s_right}(?: đi)?[.!]"),
                        (f"{w_en} {'owes' if one else 'owe'} {m_en} an apology.",
                         f"^{w_right} nợ {m_right} một lời xin lỗi[.!]")][shape])
    return out


def luck_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is so unlucky today, didn't expect someone to come, what a surprise, surprised someone, has a surprise for
    you; right: "so unlucky today", "didn't expect … to come", "What a surprise!", "has a surprise for you"; or "Hôm
    nay … xui quá", "không ngờ … đến", "Thật bất ngờ!", "làm … bất ngờ" (never "may mắn" for unlucky)."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Hôm nay {low_58(w_vi)} xui quá.",
                         f"^{w_en}{BE_53[one]} (?:so |really |very )?unlucky today[.!]"),
                        (f"{w_vi} không ngờ {m_vi} lại đến.",
                         f"^{w_en} (?:didn't|did not|never) expect(?:ed)? {m_en} to come[.!]"),
                        ("Thật bất ngờ!", "^What a surprise!"),
                        (f"{w_vi} có một bất ngờ cho {m_vi}.",
                         f"^{w_en} (?:{'has' if one else 'have'}|['’]{'s' if one else 've'} got) a (?:little |small )?"
                         f"surprise for {m_en}[.!]")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} so unlucky today.",
                         f"^(?:Hôm nay,? )?{w_right}(?: hôm nay)? (?:thật |rất )?(?:xui(?: xẻo)?|đen đủi|không may|kém "
                         "may)"),
                        (f"{w_en} didn't expect {m_en} to come.",
                         f"^{w_right} (?:đã )?không (?:hề )?ngờ (?:là |rằng )?{m_right} (?:lại |sẽ )?(?:đến|tới)"),
                        ("What a surprise!", "^(?:Thật|Quả là|Thật là) (?:bất ngờ|ngạc nhiên)"),
                        (f"{w_en} surprised {m_en}.",
                         f"^{w_right} (?:đã )?(?:làm|khiến) (?:cho )?{m_right} (?:rất )?(?:bất ngờ|ngạc "
                         "nhiên)")][shape])
    return out


# whose plants (Vietnamese, English, Vietnamese right)
GROWER_58 = [("tôi", "My", "tôi"), ("mẹ tôi", "My mother's", "mẹ (?:của )?tôi"), ("anh ấy", "His", "anh (?:ấy|ta)")]


def plants_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who forgot to water the plants, whose plants died, who grows tomatoes, the roses blooming, don't forget to water
    them; right: "forgot to water the plants", "plants have died", "grows tomatoes", "are blooming"; or "quên tưới cây",
    "Cây của … chết rồi", "trồng cà chua", "Hoa hồng đang nở" (never "nhà máy", a factory)."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        o_vi, o_en, o_right = rng.choice(GROWER_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} quên tưới cây.", f"^{w_en} forgot to water the plants?[.!]"),
                        (f"Cây của {o_vi} chết rồi.", f"^{o_en} plants? (?:(?:has|have) died|(?:is|are) dead)[.!]"),
                        (f"{w_vi} trồng cà chua.", f"^{w_en} {'grows' if one else 'grow'} tomatoes[.!]"),
                        ("Đừng quên tưới cây nhé.", "^Don't forget to water the plants?[.!]")][shape])
        else:
            out.append([(f"{w_en} forgot to water the plants.",
                         f"^{w_right} (?:đã )?quên (?:mất )?tưới (?:nước cho )?(?:cây|cây cối)[.!]"),
                        (f"{o_en} plants died.", f"^Cây của {o_right} (?:đã )?(?:bị )?chết(?: rồi)?[.!]"),
                        (f"{w_en} {'grows' if one else 'grow'} tomatoes.", f"^{w_right} trồng cà chua[.!]"),
                        ("The roses are in bloom.", "^(?:Những bông )?(?i:hoa) hồng đang nở")][shape])
    return out


# more than one (Vietnamese, English, Vietnamese right)
MANY_58 = [("Họ", "They", "(?i:họ)"), ("Chúng tôi", "We", "(?i:chúng tôi)"),
           ("Bố mẹ tôi", "My parents", "(?i:(?:bố|cha|ba) mẹ (?:của )?tôi)"),
           ("Ông bà tôi", "My grandparents", "(?i:ông bà (?:của )?tôi)"), ("Bọn trẻ", "The kids",
                                                                             "(?i:bọn trẻ|lũ trẻ|bọn trẻ con)")]
BEFORE_58 = [("tối qua", "last night", "tối qua"), ("hôm qua", "yesterday", "hôm qua"),
             ("tuần trước", "last week", "tuần trước")]


def argued_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """People who argue all the time, argued on a day, often argue, have made up, had a fight, stop arguing; right:
    "argue all the time", "argued last night", "often argue", "have made up"; or "cãi nhau suốt", "cãi nhau tối qua",
    "làm lành", "Đừng cãi nhau … nữa" (never "cuộc chiến", a war)."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right = rng.choice(MANY_58)
        d_vi, d_en, d_right = rng.choice(BEFORE_58)
        m_vi, m_en, m_right = rng.choice(WHOM_54[1:])
        kids = "The (?:kids|children)" if p_en == "The kids" else p_en
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{p_vi} cãi nhau suốt.", f"^{kids} (?:argue|fight|quarrel) (?:all the time|constantly)[.!]"),
                        (f"{p_vi} cãi nhau {d_vi}.",
                         f"^(?:{d_en.capitalize()},? {kids.replace('The', 'the')} (?:argued|fought|had an argument|"
                         f"had a fight)|{kids} (?:argued|fought|had an argument|had a fight) {d_en})[.!]"),
                        (f"{p_vi} hay cãi nhau.", f"^{kids} (?:often|usually) (?:argue|fight)[.!]"),
                        (f"{p_vi} làm lành rồi.", f"^{kids}(?:'ve| have) made up[.!]")][shape])
        else:
            out.append([(f"{p_en} argue all the time.",
                         f"^{p_right} (?:(?:cãi nhau|cãi vã) suốt(?: ngày)?|(?:suốt ngày|lúc nào cũng) "
                         "(?:cãi nhau|cãi vã))[.!]"),
                        (f"{p_en} argued {d_en}.",
                         f"^(?:{p_right} (?:đã )?cãi (?:nhau|vã)(?: nhau)? {d_right}|(?i:{d_right}),? {p_right} "
                         "(?:đã )?cãi (?:nhau|vã))[.!]"),
                        (f"{p_en} had a fight.", f"^{p_right} (?:đã |vừa )?(?:cãi nhau|cãi vã|đánh nhau)[.!]"),
                        (f"Stop arguing with {m_en}.", f"^Đừng (?:cãi nhau|cãi vã) với {m_right} nữa[.!]")][shape])
    return out


# whose pay (Vietnamese, English, Vietnamese right)
PAID_58 = [("tôi", "My", "tôi"), ("anh ấy", "His", "anh (?:ấy|ta)"), ("mẹ tôi", "My mother's", "mẹ (?:của )?tôi")]


def earned_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How much someone earns a month, whose salary is low, who is well paid, who hasn't been paid yet; right: "How
    much does … earn a month?", "salary is low", "well paid", "hasn't been paid"; or "kiếm được bao nhiêu một tháng",
    "Lương của … thấp", "được trả lương cao", "chưa được trả lương"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        o_vi, o_en, o_right = rng.choice(PAID_58)
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} kiếm được bao nhiêu một tháng?",
                         f"^How much {'does' if a_one else 'do'} {inside(a_en)} (?:earn|make)(?: in)? (?:a|per|each) "
                         "month\\?"),
                        (f"Lương của {o_vi} thấp.", f"^{o_en} (?:salary|pay|wage) is (?:low|small)[.!]"),
                        (f"{w_vi} được trả lương cao.", f"^{w_en}{BE_53[one]} (?:well[- ]paid|paid well)[.!]"),
                        (f"{w_vi} chưa được trả lương.",
                         f"^{w_en} (?:{has}n't|{has} not) (?:been paid|got paid)(?: yet)?[.!]")][shape])
        else:
            out.append([(f"How much {'does' if a_one else 'do'} {inside(a_en)} earn a month?",
                         f"^{a_right} kiếm được bao nhiêu(?: tiền)?(?: trong)? (?:một|mỗi) tháng\\?"),
                        (f"{o_en} salary is low.", f"^Lương(?: của)? {o_right} (?:thấp|ít)[.!]"),
                        (f"{w_en} {be_53(w_en, one)} well paid.",
                         f"^{w_right} được trả lương (?:cao|tốt|hậu hĩnh)[.!]"),
                        (f"{w_en} {has}n't been paid yet.",
                         f"^{w_right} (?:vẫn )?chưa (?:được trả lương|nhận(?: được)? lương)[.!]")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
MEET_AT_58 = [("quán cà phê", "café", "(?:quán cà phê|quán cafe)", "(?:café|cafe|coffee shop)"),
              ("nhà ga", "station", "nhà ga", "(?:train )?station"),
              ("nhà hàng", "restaurant", "nhà hàng", "restaurant"),
              ("thư viện", "library", "thư viện", "library")]
# the hour (Vietnamese, digits, English)
MEET_HOUR_58 = [("bảy", "7", "seven"), ("tám", "8", "eight"), ("sáu", "6", "six")]
MEETER_58 = [("Tôi", "I", "(?i:tôi)"), ("Mẹ tôi", "My mother", "(?i:mẹ (?:của )?tôi)"), ("Anh ấy", "He",
                                                                                        "(?i:anh (?:ấy|ta))")]
MEET_DAY_58 = [("Ngày mai", "tomorrow"), ("Tối nay", "tonight"), ("Cuối tuần này", "this weekend")]


def meeting_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What time shall we meet, let's meet at a place at an hour, who will meet you there, still meeting tomorrow, see
    you at the station; right: "What time shall we meet?", "Let's meet at the café at seven", "will meet you at",
    "Are we still meeting tomorrow?"; or "Chúng ta gặp nhau lúc mấy giờ?", "gặp nhau ở … lúc … giờ", "sẽ gặp bạn ở
    …", "vẫn gặp nhau chứ?"."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right, p_said = rng.choice(MEET_AT_58)
        h_vi, h_d, h_en = rng.choice(MEET_HOUR_58)
        w_vi, w_en, w_right = rng.choice(MEETER_58)
        d_vi, d_en = rng.choice(MEET_DAY_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(rng.choice(["Mấy giờ chúng ta gặp nhau?", "Chúng ta gặp nhau lúc mấy giờ?"]),
                         "^What time (?:shall|should|are) we (?:meet|meeting)\\?"),
                        (f"Chúng ta gặp nhau ở {p_vi} lúc {h_vi} giờ nhé.",
                         f"^Let's meet at the {p_said} at (?:{h_d}|{h_en})(?::00| o'clock)?(?: pm| p\\.m\\.)?[.!]"),
                        (f"{w_vi} sẽ gặp bạn ở {p_vi}.", f"^{w_en}(?:'ll| will) meet you at the {p_said}[.!]"),
                        (f"{d_vi} chúng ta vẫn gặp nhau chứ?", f"^Are we still meeting {d_en}\\?")][shape])
        else:
            out.append([(f"What time shall we meet {d_en}?",
                         f"^(?:(?i:{d_vi}),? )?(?i:chúng ta) (?:sẽ )?gặp nhau(?: {d_vi.lower()})? lúc mấy giờ"
                         f"(?: {d_vi.lower()})?\\?"),
                        (f"Let's meet at the {p_en} at {h_en}.",
                         f"^Chúng ta gặp nhau (?:ở|tại) {p_right} lúc (?:{h_d}|{h_vi}) giờ(?: nhé)?[.!]"),
                        (f"{w_en} will meet you at the {p_en}.", f"^{w_right} sẽ gặp bạn (?:ở|tại) {p_right}[.!]"),
                        (f"See you at the {p_en}.", f"^Hẹn gặp (?:lại )?bạn (?:ở|tại) {p_right}[.!]")][shape])
    return out


# where the wifi is (Vietnamese, English, Vietnamese right)
WIFI_AT_58 = [("ở đây", "here", "ở đây"), ("nhà tôi", "at my (?:house|place|home)", "(?:ở )?nhà (?:của )?tôi"),
              ("ở văn phòng", "at the office", "ở văn phòng")]
WIFI_AT_EN_58 = [("here", "ở đây"), ("at my house", "(?:ở )?nhà (?:của )?tôi"), ("at the office", "(?:ở )?văn phòng")]


def wifi_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The wifi slow at a place, who can't connect to it, asking for its password, it keeps cutting out, free wifi
    here; right: "The wifi here is really slow", "can't connect to the wifi", "Could I have the wifi password?",
    "keeps cutting out"; or "Wifi ở đây chậm quá", "không kết nối được wifi", "Ở đây có wifi miễn phí không?" (never
    "dây", a wire)."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        p_vi, p_en, p_right = rng.choice(WIFI_AT_58)
        e_en, e_right = rng.choice(WIFI_AT_EN_58)
        o_vi, o_en, o_right = rng.choice(PAID_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Wifi {p_vi} chậm quá.",
                         f"^The wifi (?:{p_en} )?is (?:really |very |so |too )?slow(?: {p_en})?[.!]"),
                        (f"{w_vi} không kết nối được wifi.",
                         f"^{w_en} (?:can't|cannot|couldn't) connect to (?:the )?wifi[.!]"),
                        ("Cho tôi xin mật khẩu wifi.",
                         "^(?:Could|Can|May) I (?:have|get) the wifi password(?:, please)?[?.]"),
                        (rng.choice(["Wifi cứ bị mất kết nối.", "Wifi cứ chập chờn."]),
                         "^The wifi keeps (?:disconnecting|cutting out|dropping(?: out)?)[.!]")][shape])
        else:
            out.append([(f"The wifi is really slow {e_en}.", f"^Wifi {e_right} (?:chậm quá|rất chậm|chậm lắm)[.!]"),
                        (f"{w_en} can't connect to the wifi.",
                         f"^{w_right} (?:không kết nối được(?: với)? wifi|không thể kết nối(?: với)? wifi)[.!]"),
                        ("Is there free wifi here?", "^Ở đây có wifi miễn phí không\\?"),
                        (f"{o_en} phone keeps disconnecting from the wifi.",
                         f"^Điện thoại (?:của )?{o_right} cứ (?:bị )?mất kết nối(?: wifi)?[.!]")][shape])
    return out


# (Vietnamese, English)
SICK_OF_58 = [("tiếng ồn", "the noise"), ("mưa", "the rain"), ("tắc đường", "the traffic")]


def fed_up_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is fed up with this job, sick of waiting, sick of the noise, asked if tired of this job; right: "fed up
    with this job", "sick of waiting", "sick of the noise", "tired of this job?"; or "chán ngấy công việc này", "chán
    phải chờ đợi", "phát ngán … tiếng ồn" (never "tham gia", joined, or "ốm", ill)."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        t_vi, t_en = rng.choice(SICK_OF_58)
        fed = "(?:so )?(?:fed up with|sick of|(?:sick and )?tired of|bored (?:of|with))"
        chan = "(?:chán ngấy|chán ngán|phát ngán|chán|ngán)(?: với)?"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} chán ngấy công việc này rồi.", f"^{w_en}{BE_53[one]} {fed} this (?:job|work)[.!]"),
                        (f"{w_vi} chán phải chờ đợi rồi.", f"^{w_en}{BE_53[one]} {fed} (?:waiting|having to wait)[.!]"),
                        (f"{w_vi} phát ngán với {t_vi} rồi.", f"^{w_en}{BE_53[one]} {fed} {t_en}[.!]"),
                        (f"{a_vi} có chán công việc này không?",
                         f"^{'Is' if a_one else 'Are'} {inside(a_en)} {fed} this (?:job|work)\\?")][shape])
        else:
            be = be_53(w_en, one)
            out.append([(f"{w_en} {be} fed up with this job.",
                         f"^{w_right} {chan} công việc này(?: lắm)?(?: rồi)?[.!]"),
                        (f"{w_en} {be} sick of waiting.",
                         f"^{w_right} {chan}(?: việc| phải)? (?:chờ đợi|chờ|đợi)(?: lắm)?(?: rồi)?[.!]"),
                        (f"{w_en} {be} sick of {t_en}.",
                         f"^{w_right} {chan} (?:trời )?{t_vi if t_vi != 'tắc đường' else '(?:tắc đường|kẹt xe)'}"
                         "(?: lắm)?(?: rồi)?[.!]"),
                        (f"{'Is' if a_one else 'Are'} {inside(a_en)} tired of this job?",
                         f"^{a_right} có (?:chán|chán ngấy) công việc này không\\?")][shape])
    return out


def worried_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who always worries about someone, is very worried about someone, don't worry about me, worried someone will be
    late, nothing to worry about; right: "always worries about …", "very worried about …", "Don't worry about me";
    or "lúc nào cũng lo cho …", "rất lo cho …", "Đừng lo cho tôi", "Không có gì phải lo"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = whom_54(rng, w_vi)
        t_vi, t_en, t_one, t_right = rng.choice(WHO_58[1:4])  # (someone other than the speaker, late)
        worries = "worries" if one else "worry"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} lúc nào cũng lo cho {m_vi}.", f"^{w_en} always {worries} about {m_en}[.!]"),
                        (f"{w_vi} rất lo cho {m_vi}.",
                         f"^{w_en}{BE_53[one]} (?:very|really|so) worried about {m_en}[.!]"),
                        ("Đừng lo cho tôi, tôi ổn.", "^Don't worry about me, I'm (?:fine|okay|OK|all right)[.!]"),
                        (f"Tôi lo {low_58(t_vi)} sẽ đến muộn.",
                         f"^I'm worried (?:that )?{inside(t_en)}(?:'ll| will) be late[.!]")][shape])
        else:
            out.append([(f"{w_en} always {worries} about {m_en}.",
                         f"^{w_right} (?:luôn|lúc nào cũng) lo(?: lắng)? (?:cho|về) {m_right}[.!]"),
                        (f"{w_en} {be_53(w_en, one)} very worried about {m_en}.",
                         f"^{w_right} rất lo(?: lắng)? (?:cho|về) {m_right}[.!]"),
                        (f"Don't worry about {rng.choice(['me', 'us'])}.",
                         "^Đừng lo(?: lắng)? (?:cho|về) (?:tôi|chúng tôi)[.!]"),
                        ("There's nothing to worry about.",
                         "^(?:Không|Chẳng) có gì (?:phải|để|đáng) lo(?: lắng)?(?: cả| đâu)?[.!]")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
READ_58 = [("Cuốn sách đó", "that book", "(?i:(?:cuốn|quyển) sách (?:đó|ấy))"),
           ("Bộ phim này", "this film", "(?i:bộ phim này)"), ("Cuốn tiểu thuyết đó", "that novel",
                                                                "(?i:(?:cuốn|quyển) tiểu thuyết (?:đó|ấy))")]
FILMS_58 = [("Bộ phim này", "this film", "(?i:bộ phim này)"), ("Bộ phim đó", "that film", "(?i:bộ phim (?:đó|ấy))")]


def read_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What a book or film is about, how long a film is, whether someone has read that book or seen that film, who
    finished the book on a day; right: "What's … about?", "How long is …?", "Have you read …?", "finished the book
    last night"; or "… nói về gì?", "… dài bao lâu?", "đã đọc … chưa?", "đọc xong cuốn sách"."""
    out = []
    for _ in range(n):
        t_vi, t_en, t_right = rng.choice(READ_58)
        f_vi, f_en, f_right = rng.choice(FILMS_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        d_vi, d_en, d_right = rng.choice(BEFORE_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{t_vi} nói về gì?", f"^What(?:'s| is) {t_en} about\\?"),
                        (f"{f_vi} dài bao lâu?", f"^How long is {f_en}\\?"),
                        (f"{a_vi} đã đọc cuốn sách đó chưa?",
                         f"^(?:{'Has' if a_one else 'Have'} {inside(a_en)} read|Did {inside(a_en)} read) that book"
                         "(?: yet)?\\?"),
                        (f"{w_vi} đọc xong cuốn sách {d_vi}.",
                         f"^(?:{w_en} finished (?:reading )?the book {d_en}|{d_en.capitalize()},? {inside(w_en)} "
                         "finished (?:reading )?the book)[.!]")][shape])
        else:
            out.append([(f"What's {t_en} about?", f"^{t_right} nói về (?:cái |điều )?gì\\?"),
                        (f"How long is {f_en}?", f"^{f_right} dài bao lâu\\?"),
                        (f"Have you seen {f_en}?", f"^Bạn (?:đã )?xem {f_right.replace('(?i:', '(?:')} chưa\\?"),
                        (f"{w_en} finished the book {d_en}.",
                         f"^(?:(?i:{d_right}),? {w_right}|{w_right}) (?:đã )?đọc xong (?:cuốn|quyển) sách(?: (?:vào )?"
                         f"{d_right})?[.!]")][shape])
    return out


# (Vietnamese opening the sentence, English, Vietnamese right after the verb)
PARTY_DAYS_58 = [("Tối nay", "tonight", "tối nay"), ("Cuối tuần này", "this weekend", "(?:vào )?cuối tuần này"),
                 ("Thứ Bảy này", "this Saturday", "(?:vào )?thứ (?:Bảy|bảy) (?:này|tuần này)")]


def party_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Is someone coming to the party, we're having a party on a day, we threw a party for someone, someone didn't
    invite me, did you invite someone, who invited someone; right: "coming to the party?", "We're having a party
    tonight", "threw a party for …", "didn't invite me"; or "có đến dự tiệc không?", "tổ chức tiệc", "Bạn có mời …
    không?", "Ai mời …?" (never "đảng", a political party)."""
    out = []
    for _ in range(n):
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        d_vi, d_en, d_right = rng.choice(PARTY_DAYS_58)
        m_vi, m_en, m_right = rng.choice(WHOM_54[1:])
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} có đến dự tiệc không?",
                         f"^{'Is' if a_one else 'Are'} {inside(a_en)} coming to the party\\?"),
                        (f"{d_vi} chúng tôi tổ chức tiệc.",
                         f"^(?:We(?:'re| are) having a party {d_en}|{d_en.capitalize()},? we(?:'re| are) having a "
                         "party)[.!]"),
                        (f"Chúng tôi tổ chức tiệc cho {m_vi}.",
                         f"^We (?:threw|had|held) (?:a party for {m_en}|{m_en} a party)[.!]"),
                        (f"{w_vi} không mời tôi.", f"^{w_en} (?:didn't|did not) invite me[.!]")][shape])
        else:
            out.append([(f"{'Is' if a_one else 'Are'} {inside(a_en)} coming to the party?",
                         f"^{a_right} có (?:đến|đi|tới) (?:dự )?(?:bữa )?tiệc không\\?"),
                        (f"We're having a party {d_en}.",
                         f"^(?:{d_vi},? )?(?i:chúng tôi) (?:sẽ )?tổ chức (?:một )?(?:bữa )?tiệc(?: {d_right})?[.!]"),
                        (f"Did you invite {m_en}?", f"^Bạn (?:có|đã) mời {m_right} (?:không|chưa)\\?"),
                        (f"Who invited {m_en}?", f"^Ai (?:đã )?mời {m_right}\\?")][shape])
    return out


# who promised (Vietnamese, English, one, Vietnamese right, whose)
PROMISER_58 = [("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))", "his"),
               ("Mẹ tôi", "My mother", True, "(?i:mẹ (?:của )?tôi)", "her"), ("Họ", "They", False, "(?i:họ)", "their")]


def promised_58(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who promised to call me back, broke their promise, always keeps their promises, do you promise, promise me
    you'll come; right: "promised to call me back", "broke his promise", "always keeps her promises", "Do you
    promise?"; or "hứa sẽ gọi lại cho tôi", "thất hứa", "luôn giữ lời hứa", "Hứa với tôi là bạn sẽ đến"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right, whose = rng.choice(PROMISER_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đã hứa sẽ gọi lại cho tôi.", f"^{w_en} promised to call me back[.!]"),
                        (f"{w_vi} đã thất hứa.", f"^{w_en} (?:broke|(?:has|'s|'ve|have) broken) {whose} promise[.!]"),
                        (f"{w_vi} luôn giữ lời hứa.",
                         f"^{w_en} always {'keeps' if one else 'keep'} {whose} (?:promises|word)[.!]"),
                        ("Bạn hứa nhé?", "^(?:Do you promise|Promise|You promise)\\?")][shape])
        else:
            out.append([(f"{w_en} promised to call me back.", f"^{w_right} (?:đã )?hứa (?:là )?sẽ gọi lại cho tôi[.!]"),
                        (f"{w_en} broke {whose} promise.",
                         f"^{w_right} (?:đã |lại )?(?:thất hứa|nuốt lời|phá vỡ lời hứa)[.!]"),
                        (f"{w_en} always {'keeps' if one else 'keep'} {whose} promises.",
                         f"^{w_right} luôn (?:luôn )?giữ lời(?: hứa)?[.!]"),
                        ("Promise me you'll come.", "^Hứa với tôi (?:là |rằng )?bạn sẽ đến(?: nhé)?[.!]")][shape])
    return out



def stop59(t, rng: random.Random, n: int) -> None:
    """The checks of stop 59 (358–), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("my parents live in Hanoi, where does she live, lives with his parents, still lives in",
                             lived_59, residence, "translate", "translate"),
                            ("as a child I lived in Hue, was very shy as a child, used to live in, used to be a doctor",
                             child_59, childhood, "translate", "translate"),
                            ("hates Mondays, hates the rain, doesn't like snakes, can't stand the heat", hated_59,
                             dislikes, "translate", "translate"),
                            ("this film is so boring, his job is really boring, is the book interesting, found it "
                             "boring", bored_59, boring, "translate", "translate"),
                            ("are the clothes dry yet, still wet, ironing my shirt, bring the washing in", laundry_59,
                             laundry, "translate", "translate"),
                            ("his house was burgled, pickpocketed on the bus, someone stole my bike, reported it to "
                             "the police", stolen_59, theft, "translate", "translate"),
                            ("what's on TV tonight, the match is on TV at 8, watches TV all day, watch TV last night",
                             tv_59, tv, "translate", "translate"),
                            ("is the museum open on Sundays, closed today, what days is it open, open until 10 p.m.",
                             opened_59, opening_hours, "translate", "translate"),
                            ("still in hospital, had to go into hospital, when will he be out, how long in hospital",
                             hospital_59, hospital, "translate", "translate"),
                            ("saving up for a car, how much have you saved, can't save anything, need to save money",
                             saved_59, savings, "translate", "translate"),
                            ("do you need a visa, my visa expires next month, renew my passport, can I see your "
                             "passport", papers_59, papers, "translate", "translate"),
                            ("booked a table yet, need to book in advance, booked a room for three nights, cancel my "
                             "booking", booked_59, bookings, "translate", "translate"),
                            ("my suitcase is too heavy, have you packed yet, hasn't packed yet, how many suitcases",
                             packed_59, luggage, "translate", "translate"),
                            ("what colour is your bag, my bag is black, is your phone red, painted the house white",
                             coloured_59, colours, "translate", "translate"),
                            ("graduated last year, just graduated from university, wants to study abroad, studying "
                             "in Australia", graduated_59, graduation, "translate", "translate"),
                            ("the kitchen smells of fish, can smell gas, can you smell smoke, what's that smell",
                             smelled_59, smells, "translate", "translate"),
                            ("look after the kids for me, who looks after your children, will look after the baby, has "
                             "to look after his little brother", minded_59, childcare, "translate", "translate"),
                            ("your son has grown so much, growing so fast, grown taller, how tall is she now", grown_59,
                             growing, "translate", "translate")])
    count_whole(t, rng, n, [("does she wear makeup, putting on my makeup, hasn't shaved, needs to shave", madeup_59,
                             makeup, "translate", "translate"),
                            ("scored two goals, did he score, a 1-1 draw, we lost two nil", scored_59, scores,
                             "translate", "translate"),
                            ("are they still together, no longer in love, how long together, together for five years",
                             paired_59, couples, "translate", "translate"),
                            ("woke up late this morning, is he up yet, hasn't woken up yet, don't wake the baby",
                             woke_59, waking, "translate", "translate"),
                            ("what religion are you, are you religious, is Buddhist, goes to the pagoda every week",
                             prayed_59, religion, "translate", "translate"),
                            ("short-sighted, needs glasses to read, eyesight getting worse, get her eyes tested",
                             sighted_59, eyesight, "translate", "translate"),
                            ("queuing for tickets, is this the queue for, queued for an hour, jumped the queue",
                             queued_59, queues, "translate", "translate"),
                            ("has high blood pressure, doesn't have asthma, her blood pressure is high, how is your "
                             "blood pressure", conditions_59, conditions, "translate", "translate"),
                            ("add me on Facebook, does she use Zalo, just posted a photo, downloaded this app",
                             posted_59, social_media, "translate", "translate"),
                            ("happy wedding anniversary, today is our anniversary, a toast to the bride and groom, to "
                             "your health", toasted_59, anniversaries, "translate", "translate"),
                            ("a picnic in the park, do you like karaoke, went camping last weekend, karaoke every "
                             "Friday", outing_59, outings, "translate", "translate"),
                            ("needs to top up his phone, run out of credit, run out of data, where can I buy a SIM",
                             topped_up_59, phone_credit, "translate", "translate"),
                            ("take the rubbish out for me, the bin is full, do you recycle, the rubbish truck comes on "
                             "Mondays", binned_59, rubbish, "translate", "translate")])
    # parents and grandparents in three older modules: all three off is how they were before (they took none)
    label = "where is your parents' hometown, my parents have arrived, arrived yet, my parents cook very well"
    for src, tgt in (("vi", "en"), ("en", "vi")):
        off = [(module, "translate", lambda *a: None) for module in (people, arrivals, skills)]
        print(f"{label}, {src}->{tgt}:", count_off(t, parents_59(rng, n, src), src, tgt, off), flush=True)


# places (Vietnamese, English)
PLACES_59 = [("Hà Nội", "Hanoi"), ("Huế", "Hue"), ("Đà Nẵng", "Da Nang"), ("Sài Gòn", "Saigon")]
# kin that a name or pronoun lives with (Vietnamese, English after "his/her/my", Vietnamese right)
WITH_59 = [("bố mẹ", "parents", "(?:bố|cha|ba) mẹ"), ("ông bà", "grandparents", "ông bà")]


def lived_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who lives in a place, where someone lives, lives with their parents, still lives in a place; right: "My
    parents live in Hanoi", "Where does she live?", "lives with his parents", "Does he still live in …?"; or "… sống
    ở Hà Nội", "… sống ở đâu?", "sống với bố mẹ", "… vẫn/còn sống ở … không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(MOODY_58 + WHO_58[1:3])
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58 + MOODY_ASKED_58[1:2])
        p_vi, p_en = rng.choice(PLACES_59)
        k_vi, k_en, k_right = rng.choice(WITH_59)
        lives, a_do = "lives" if one else "live", "Does" if a_one else "Do"
        own = {"He": "his", "She": "her"}
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} sống ở {p_vi}.", f"^{w_en} {lives} in {p_en}\\."),
                        (f"{a_vi} sống ở đâu?", f"^Where {a_do.lower()} {inside(a_en)} live\\?"),
                        (rng.choice([("Anh ấy sống với " + k_vi + ".", f"^He lives with his {k_en}\\."),
                                     ("Cô ấy sống với " + k_vi + ".", f"^She lives with her {k_en}\\.")])),
                        (f"{a_vi} vẫn sống ở {p_vi} à?", f"^{a_do} {inside(a_en)} still live in {p_en}\\?")][shape])
        else:
            who_en = rng.choice(["He", "She"])
            out.append([(f"{w_en} {lives} in {p_en}.", f"^{w_right} (?:đang )?sống (?:ở|tại) {p_vi}\\."),
                        (f"Where {a_do.lower()} {inside(a_en)} live?", f"^{a_right} sống (?:ở|tại) đâu\\?"),
                        (f"{who_en} lives with {own[who_en]} {k_en}.",
                         f"^{'Anh (?:ấy|ta)' if who_en == 'He' else 'Cô (?:ấy|ta)'} sống (?:với|cùng) {k_right}"
                         "(?: (?:của )?(?:anh|cô) (?:ấy|ta))?\\."),
                        (f"{a_do} {inside(a_en)} still live in {p_en}?",
                         f"^{a_right} (?:có )?(?:vẫn|còn)(?: còn)? sống (?:ở|tại) {p_vi}(?: không| à| chứ)?\\?")
                        ][shape])
    return out


# as a child (Vietnamese openings); traits (Vietnamese, English)
CHILD_59 = ["Hồi nhỏ", "Hồi bé", "Khi còn nhỏ,", "Lúc còn bé,"]
SHY_59 = [("nhút nhát", "shy"), ("nghịch ngợm", "naughty"), ("gầy", "thin"), ("béo", "fat")]
# jobs (Vietnamese, English)
JOBS_59 = [("bác sĩ", "a doctor"), ("giáo viên", "a teacher"), ("kỹ sư", "an engineer")]
AS_CHILD_59 = "(?:As a child|When (?:I|he|she|we) (?:was|were) (?:little|small|a child))"
AS_CHILD_VI_59 = "(?:Hồi|Khi|Lúc) (?:còn )?(?:nhỏ|bé),?"


def child_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who lived in a place as a child, was very shy as a child, used to live in a place, used to be a doctor;
    right: "As a child, I lived in Hue", "was very shy", "used to live in", "used to be a doctor"; or "Hồi nhỏ …
    sống ở Huế", "… rất nhút nhát", "từng sống ở", "từng là bác sĩ"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:4])  # (not "we": "as children")
        p_vi, p_en = rng.choice(PLACES_59)
        s_vi, s_en = rng.choice(SHY_59)
        j_vi, j_en = rng.choice(JOBS_59)
        was = "was"
        opening = rng.choice(CHILD_59)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{opening} {low_58(w_vi)} sống ở {p_vi}.",
                         f"^(?:{AS_CHILD_59}, {inside(w_en)} lived in {p_en}|{w_en} lived in {p_en} as a child)\\."),
                        (f"{opening} {low_58(w_vi)} rất {s_vi}.",
                         f"^(?:{AS_CHILD_59}, {inside(w_en)} {was} very {s_en}|{w_en} {was} very {s_en} as a "
                         "child)\\."),
                        (f"Trước đây {low_58(w_vi)} sống ở {p_vi}.", f"^{w_en} used to live in {p_en}\\."),
                        (f"Trước đây {low_58(w_vi)} là {j_vi}.", f"^{w_en} used to be {j_en}\\.")][shape])
        else:
            out.append([(f"As a child, {inside(w_en)} lived in {p_en}.",
                         f"^{AS_CHILD_VI_59} {w_right} (?:đã )?sống ở {p_vi}\\."),
                        (f"As a child, {inside(w_en)} {was} very {s_en}.",
                         f"^{AS_CHILD_VI_59} {w_right} rất {s_vi}\\."),
                        (f"{w_en} used to live in {p_en}.",
                         f"^(?:(?:Trước đây|Ngày xưa) {w_right} sống|{w_right} (?:đã )?từng sống) ở {p_vi}\\."),
                        (f"{w_en} used to be {j_en}.",
                         f"^(?:(?:Trước đây|Ngày xưa) {w_right}|{w_right} (?:đã )?từng) là {j_vi}\\.")][shape])
    return out


# hated things (Vietnamese, English, Vietnamese right)
HATED_59 = [("thứ Hai", "Mondays", "(?:ngày )?thứ Hai"), ("mưa", "the rain", "(?:trời )?mưa"),
            ("rau", "vegetables", "rau(?: xanh)?"), ("hành", "onions", "hành(?: tây)?"),
            ("tiếng ồn", "noise", "tiếng ồn")]
# not liked (Vietnamese, English, Vietnamese right)
NOT_LIKED_59 = [("rắn", "snakes", "(?:con )?rắn"), ("chuột", "mice", "(?:con )?chuột"),
                ("gián", "cockroaches", "(?:con )?gián")]


def hated_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who hates a thing, doesn't like an animal, can't stand the heat, asked if they hate a thing; right: "… hates
    Mondays", "doesn't like snakes", "can't stand the heat", "Do you hate …?"; or "… ghét thứ Hai", "không thích
    rắn", "không chịu được cái nóng", "… có ghét … không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        h_vi, h_en, h_right = rng.choice(HATED_59)
        l_vi, l_en, l_right = rng.choice(NOT_LIKED_59)
        hates, does = ("hates", "does") if one else ("hate", "do")
        a_do = "Does" if a_one else "Do"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} ghét {h_vi}.", f"^{w_en} (?:really )?{hates} {h_en}\\."),
                        (f"{w_vi} không thích {l_vi}.", f"^{w_en} (?:{does}n't|{does} not) like {l_en}\\."),
                        (f"{w_vi} không chịu nổi cái nóng.", f"^{w_en} (?:can't|cannot) stand the heat\\."),
                        (f"{a_vi} có ghét {h_vi} không?", f"^{a_do} {inside(a_en)} hate {h_en}\\?")][shape])
        else:
            out.append([(f"{w_en} {hates} {h_en}.", f"^{w_right} (?:rất )?ghét {h_right}\\."),
                        (f"{w_en} {does}n't like {l_en}.", f"^{w_right} không (?:thích|ưa) {l_right}\\."),
                        (f"{w_en} can't stand the heat.",
                         f"^{w_right} không (?:thể )?chịu (?:được|nổi|đựng được) (?:cái )?nóng\\."),
                        (f"{a_do} {inside(a_en)} hate {h_en}?", f"^{a_right} có ghét {h_right} không\\?")][shape])
    return out


# boring things (Vietnamese, English, Vietnamese right)
BORING_59 = [("bộ phim", "(?:film|movie)", "film", "(?:bộ )?phim"), ("cuốn sách", "book", "book",
                                                                       "(?:cuốn |quyển )?sách"),
             ("cuộc họp", "meeting", "meeting", "(?:cuộc |buổi )?họp"),
             ("bài học", "lesson", "lesson", "(?:bài|buổi) học")]
# whose (Vietnamese, English)
JOB_OF_59 = [("anh ấy", "His"), ("tôi", "My"), ("mẹ tôi", "My mother's"), ("Lan", "Lan's")]


def bored_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """This thing is so boring, whose job is really boring, is this thing boring, that thing isn't boring at all;
    right: "This film is so boring", "His job is really boring", "Is this book boring?", "isn't boring at all"; or
    "Bộ phim này chán quá", "Công việc của anh ấy chán lắm", "… này có chán không?", "không chán chút nào"."""
    out = []
    for _ in range(n):
        t_vi, t_en, t_said, t_right = rng.choice(BORING_59)
        o_vi, o_en = rng.choice(JOB_OF_59)
        shape = rng.randrange(4)
        boring = "(?:nhàm )?chán"
        if src == "vi":
            out.append([(f"{t_vi.capitalize()} này chán quá.", f"^This {t_en} is (?:so|really) boring[.!]"),
                        (f"Công việc của {o_vi} chán lắm.", f"^{o_en} job is (?:really|so|very) boring\\."),
                        (f"{t_vi.capitalize()} này có chán không?", f"^Is this {t_en} boring\\?"),
                        (f"{t_vi.capitalize()} đó không chán chút nào.",
                         f"^That {t_en} (?:isn't|is not) boring at all\\.")][shape])
        else:
            whose = {"His": "anh (?:ấy|ta)", "My": "tôi", "My mother's": "mẹ (?:của )?tôi", "Lan's": "Lan"}[o_en]
            out.append([(f"This {t_said} is boring.", f"^(?i:{t_right}) này (?:rất |khá )?{boring}(?: quá| lắm)?\\."),
                        (f"{o_en} job is really boring.",
                         f"^Công việc (?:của )?{whose} (?:rất {boring}|{boring} lắm|thật sự (?:rất )?{boring})\\."),
                        (f"Is this {t_said} boring?", f"^(?i:{t_right}) này có {boring} không\\?"),
                        (f"That {t_said} isn't boring at all.",
                         f"^(?i:{t_right}) (?:đó|ấy|kia) (?:không|chẳng) {boring} (?:chút nào|gì cả)\\.")][shape])
    return out


# clothes washed (Vietnamese, English, Vietnamese right)
WASHED_59 = [("áo sơ mi", "shirt", "áo(?: sơ mi)?"), ("quần bò", "jeans", "quần (?:bò|jean)"),
             ("váy", "dress", "(?:cái )?váy")]


def laundry_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Are the clothes dry yet, the clothes are still wet, who is ironing a shirt, have you washed my jeans, can you
    bring the washing in; right: "Are the clothes dry yet?", "still wet", "is ironing", "Have you washed …?", "bring
    the washing in"; or "Quần áo khô chưa?", "vẫn còn ướt", "đang ủi/là áo", "đã giặt … chưa?", "rút quần áo vào"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:1] + WHO_58[2:3])  # (not "her": her own?)
        c_vi, c_en, c_right = rng.choice(WASHED_59)
        own = WHOSE_58[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(rng.choice(["Quần áo khô chưa?", "Quần áo đã khô chưa?"]),
                         "^Are the clothes dry(?: yet)?\\?"),
                        ("Quần áo vẫn còn ướt.", "^The clothes are still wet\\."),
                        (f"{w_vi} đang ủi {c_vi}.",
                         f"^{w_en}{BE_53[one]} ironing {own} {c_en}\\."),
                        (f"Bạn đã giặt {c_vi} của tôi chưa?", f"^Have you washed my {c_en}(?: yet)?\\?")][shape])
        else:
            out.append([("Are the clothes dry yet?", "^Quần áo (?:đã )?khô chưa\\?"),
                        (rng.choice(["The clothes are still wet.", "The washing is still wet."]),
                         "^Quần áo vẫn (?:còn )?ướt\\."),
                        (f"{w_en} {be_53(w_en, one)} ironing {own} {c_en}.",
                         f"^{w_right} đang (?:ủi|là) {c_right}(?: của (?:mình|{w_right}))?\\."),
                        (f"Have you washed my {c_en}?", f"^Bạn (?:đã )?giặt {c_right} của tôi chưa\\?")][shape])
    return out


# stolen things (Vietnamese, English, Vietnamese right)
STOLEN_59 = [("xe máy", "motorbike", "xe máy"), ("máy tính xách tay", "laptop", "máy tính(?: xách tay)?"),
             ("xe đạp", "bike", "xe đạp")]
# whose house (Vietnamese, English, Vietnamese right)
HOUSE_OF_59 = [("anh ấy", "His", "anh (?:ấy|ta)"), ("họ", "Their", "họ"), ("mẹ tôi", "My mother's", "mẹ (?:của )?tôi"),
               ("chúng tôi", "Our", "chúng tôi")]


def stolen_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whose house was burgled, who was pickpocketed on the bus, whose thing was stolen, has someone reported it to
    the police; right: "His house was burgled", "was pickpocketed on the bus", "… bike was stolen", "Has … reported
    it to the police?"; or "Nhà anh ấy bị trộm", "bị móc túi trên xe buýt", "bị trộm", "đã báo cảnh sát chưa?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        h_vi, h_en, h_right = rng.choice(HOUSE_OF_59)
        s_vi, s_en, s_right = rng.choice(STOLEN_59)
        was = "was" if one or w_en == "I" else "were"
        shape = rng.randrange(4)
        if src == "vi":
            s_en = "(?:bike|bicycle)" if s_en == "bike" else s_en
            out.append([(f"Nhà {h_vi} bị trộm.",
                         f"^{h_en} (?:house|home) (?:was|has been|got) (?:burgled|broken into|robbed)\\."),
                        (f"{w_vi} bị móc túi trên xe buýt.",
                         f"^{w_en} (?:{was}|got|(?:'ve|'s|has|have) been) pickpocketed on the bus\\."),
                        (f"{s_vi.capitalize()} của {h_vi} bị trộm.",
                         f"^{h_en} {s_en} (?:was|has been|got) stolen\\."),
                        (f"{a_vi} đã báo cảnh sát chưa?",
                         f"^{'Has' if a_one else 'Have'} {inside(a_en)} (?:reported it to|called) the police"
                         "(?: yet)?\\?")][shape])
        else:
            out.append([(f"{h_en} house was burgled.", f"^Nhà (?:của )?{h_right} (?:đã )?bị (?:mất )?trộm\\."),
                        (f"{w_en} {was} pickpocketed on the bus.",
                         f"^{w_right} (?:đã )?bị móc túi trên xe buýt\\."),
                        (f"Someone stole {h_en.lower()} {s_en}.",
                         f"^(?:Có người|Ai đó|Người nào đó) (?:đã )?(?:lấy trộm|ăn trộm|lấy cắp|ăn cắp|đánh cắp) "
                         f"{s_right} (?:của )?{h_right}\\."),
                        (f"Did {inside(a_en)} report it to the police?",
                         f"^{a_right} (?:có|đã) báo (?:cho )?cảnh sát (?:không|chưa)\\?")][shape])
    return out


# days ahead (Vietnamese, English)
AHEAD_59 = [("Tối nay", "tonight"), ("Ngày mai", "tomorrow"), ("Cuối tuần này", "this weekend")]
# programmes (Vietnamese, English, Vietnamese right)
SHOWS_59 = [("Trận đấu", "The match", "Trận (?:đấu|bóng(?: đá)?)"), ("Thời sự", "The news", "(?:Chương trình )?"
                                                                                          "[Tt]hời sự"),
            ("Bóng đá", "The football", "Bóng đá")]
# who watches a lot (Vietnamese, English, one, Vietnamese right)
WATCHERS_59 = [("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))"), ("Mẹ tôi", "My mother", True, "(?i:mẹ (?:của )?tôi)"),
               ("Bọn trẻ", "The kids", False, "(?i:bọn trẻ(?: con)?|lũ trẻ)")]
TV_59 = "(?i:ti ?vi|tv|ti-vi)"


def tv_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What's on TV on a day, a programme on TV at an hour, who watches TV all day, did someone watch TV last night;
    right: "What's on TV tonight?", "The match is on TV at 8", "watches TV all day", "Did … watch TV last night?";
    or "Tối nay trên ti vi có gì?", "chiếu trên ti vi lúc 8 giờ", "xem ti vi cả ngày", "… có xem ti vi không?"."""
    out = []
    for _ in range(n):
        d_vi, d_en = rng.choice(AHEAD_59)
        s_vi, s_en, s_right = rng.choice(SHOWS_59)
        w_vi, w_en, one, w_right = rng.choice(WATCHERS_59)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        hour = rng.choice([7, 8, 9])
        shape = rng.randrange(4)
        if src == "vi":
            tv = rng.choice(["ti vi", "tivi", "TV"])
            out.append([(f"{d_vi} có gì trên {tv}?", f"^What(?:'s| is) on (?:the )?TV {d_en}\\?"),
                        (f"{s_vi} chiếu trên {tv} lúc {hour} giờ.",
                         f"^{s_en} is on TV at {hour}(?::00| o'clock)?\\."),
                        (f"{w_vi} xem {tv} suốt ngày.",
                         f"^{w_en} {'watches' if one else 'watch'} TV all day(?: long)?\\."),
                        (f"Tối qua {low_58(a_vi)} có xem {tv} không?", f"^Did {inside(a_en)} watch TV last night\\?")
                        ][shape])
        else:
            out.append([(f"What's on TV {d_en}?",
                         f"^(?:(?i:{d_vi}) )?(?:trên )?{TV_59}(?: (?i:{d_vi}))? (?:có|chiếu) "
                         "(?:gì|chương trình gì)\\?"),
                        (f"{s_en} is on TV at {hour}.",
                         f"^(?:{s_right}) (?:được )?chiếu trên {TV_59} (?:lúc|vào lúc) {hour} giờ\\."),
                        (f"{w_en} {'watches' if one else 'watch'} TV all day.",
                         f"^{w_right} xem {TV_59} (?:cả|suốt) ngày\\."),
                        (f"Did {inside(a_en)} watch TV last night?",
                         f"^(?:Tối qua )?{a_right} có xem {TV_59}(?: tối qua)? không\\?")][shape])
    return out


# places that open (Vietnamese, English, Vietnamese right)
OPEN_59 = [("Bảo tàng", "museum", "Bảo tàng"), ("Ngân hàng", "bank", "Ngân hàng"), ("Thư viện", "library", "Thư viện"),
           ("Siêu thị", "supermarket", "Siêu thị"), ("Chợ", "market", "Chợ")]
# weekdays (Vietnamese, English)
WEEKDAYS_59 = [("Chủ nhật", "Sunday"), ("thứ Bảy", "Saturday"), ("thứ Hai", "Monday")]


def opened_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Is a place open on a weekday, it is closed today, what days it is open, it is open until 10 p.m.; right: "Is
    the museum open on Sunday(s)?", "is closed today", "What days is … open?", "is open until 10 p.m."; or "… có mở
    cửa vào Chủ nhật không?", "hôm nay … đóng cửa", "… mở cửa vào những ngày nào?", "mở cửa đến 10 giờ tối"."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right = rng.choice(OPEN_59)
        d_vi, d_en = rng.choice(WEEKDAYS_59)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{p_vi} có mở cửa vào {d_vi} không?", f"^Is the {p_en} open on {d_en}s?\\?"),
                        (f"Hôm nay {p_vi.lower()} đóng cửa.",
                         f"^(?:The {p_en} is closed today|Today,? the {p_en} is closed)\\."),
                        (f"{p_vi} mở cửa vào những ngày nào?", f"^(?:What|Which) days is the {p_en} open\\?"),
                        (f"{p_vi} mở cửa đến 10 giờ tối.", f"^The {p_en} is open until 10 (?:p\\.m|pm)\\.")][shape])
        else:
            out.append([(f"Is the {p_en} open on {d_en}s?",
                         f"^{p_right} có mở cửa vào (?:các ngày |những ngày )?{d_vi} không\\?"),
                        (f"The {p_en} is closed today.",
                         f"^(?:Hôm nay (?i:{p_right}) đóng cửa|{p_right} (?:hôm nay )?đóng cửa(?: hôm nay)?)\\."),
                        (f"What days is the {p_en} open?", f"^{p_right} mở cửa (?:vào )?(?:những )?ngày nào\\?"),
                        (f"The {p_en} is open until 10 p.m.", f"^{p_right} mở cửa (?:đến|tới) 10 giờ tối\\.")][shape])
    return out


def hospital_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is still in hospital, had to go into hospital, is asked when they will be out, how long they have been
    in; right: "is still in hospital", "had to go into hospital", "When will … be out of hospital?", "How long has …
    been in hospital?"; or "vẫn còn nằm viện", "đã phải nhập viện", "Khi nào … xuất viện?", "nằm viện bao lâu rồi?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:4])  # (not "I", "we": "how long have I been in hospital?")
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[1:])
        hospital = "(?:the )?hospital"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} vẫn còn nằm viện.", f"^{w_en}{BE_53[one]} still in {hospital}\\."),
                        (f"{w_vi} đã phải nhập viện.",
                         f"^{w_en} had to (?:go (?:in)?to {hospital}|be admitted to {hospital}|be hospitali[sz]ed)\\."),
                        (f"Khi nào {low_58(a_vi)} được xuất viện?",
                         f"^When (?:will|can) {inside(a_en)} (?:be out of {hospital}|be discharged|leave {hospital}|"
                         f"get out of {hospital})\\?"),
                        (f"{a_vi} nằm viện bao lâu rồi?",
                         f"^How long (?:has|have) {inside(a_en)} been in {hospital}\\?")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} still in hospital.",
                         f"^{w_right} vẫn (?:còn |đang )*nằm (?:bệnh )?viện\\."),
                        (f"{w_en} had to go into hospital.", f"^{w_right} (?:đã )?phải (?:nhập|vào) (?:bệnh )?viện\\."),
                        (f"When will {inside(a_en)} be out of hospital?",
                         f"^(?:Khi nào|Bao giờ) {a_right} (?:sẽ )?(?:được )?(?:xuất|ra) viện\\?"),
                        (f"How long {'has' if a_one else 'have'} {inside(a_en)} been in hospital?",
                         f"^{a_right} (?:đã )?nằm viện (?:được )?bao lâu(?: rồi)?\\?")][shape])
    return out


# things saved for (Vietnamese, English, Vietnamese right)
SAVED_FOR_59 = [("xe máy", "a motorbike", "xe máy"), ("ô tô", "a car", "(?:ô tô|xe hơi)"), ("nhà", "a house", "nhà"),
                ("máy tính xách tay", "a laptop", "máy tính(?: xách tay)?")]


def saved_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is saving up for a thing, how much someone has saved, who can't save anything, who needs to save money;
    right: "is saving up for a car", "How much have you saved?", "can't save anything", "needs to save money"; or
    "đang tiết kiệm tiền để mua …", "tiết kiệm được bao nhiêu", "không tiết kiệm được gì", "cần tiết kiệm tiền"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        t_vi, t_en, t_right = rng.choice(SAVED_FOR_59)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang tiết kiệm tiền để mua {t_vi}.",
                         f"^{w_en}{BE_53[one]} saving (?:up |money )?(?:for|to buy) {t_en}\\."),
                        (f"{a_vi} đã tiết kiệm được bao nhiêu?",
                         f"^How much (?:money )?(?:has|have) {inside(a_en)} saved\\?"),
                        (f"{w_vi} không tiết kiệm được đồng nào.",
                         f"^{w_en} (?:can't|couldn't|cannot|(?:has|have)n't) (?:save|saved|been able to save) "
                         "(?:a single dong|anything|any money|a penny)\\."),
                        (f"{w_vi} cần tiết kiệm tiền.", f"^{w_en} {'needs' if one else 'need'} to save(?: money)?\\.")
                        ][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} saving up for {t_en}.",
                         f"^{w_right} đang (?:tiết kiệm|dành dụm|để dành) tiền (?:để )?mua {t_right}\\."),
                        (f"How much {'has' if a_one else 'have'} {inside(a_en)} saved?",
                         f"^{a_right} (?:đã )?tiết kiệm được bao nhiêu(?: tiền)?(?: rồi)?\\?"),
                        (f"{w_en} can't save anything.",
                         f"^{w_right} không (?:thể )?tiết kiệm được (?:gì|đồng nào)(?: cả)?\\."),
                        (f"{w_en} {'needs' if one else 'need'} to save money.",  # ("we" with you: "chúng ta")
                         f"^{'(?i:chúng (?:tôi|ta))' if w_en == 'We' else w_right} cần (?:phải )?tiết kiệm tiền\\.")
                        ][shape])
    return out


# papers (Vietnamese, English, Vietnamese right)
PAPERS_59 = [("hộ chiếu", "passport", "hộ chiếu"), ("visa", "visa", "(?:visa|thị thực)")]
# whose (Vietnamese, English, Vietnamese right)
PAPERS_OF_59 = [("tôi", "My", "tôi"), ("anh ấy", "His", "anh (?:ấy|ta)"), ("mẹ tôi", "My mother's", "mẹ (?:của )?tôi"),
                ("bạn", "Your", "bạn")]


def papers_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Does someone need a visa, whose paper expires next month, who needs to renew their passport, can I see your
    passport; right: "Do … need a visa?", "… visa expires next month", "needs to renew … passport", "Can I see your
    passport?"; or "… có cần visa không?", "tháng sau … hết hạn", "cần gia hạn hộ chiếu", "Cho tôi xem …"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (not a name: whose passport?)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        p_vi, p_en, p_right = rng.choice(PAPERS_59)
        o_vi, o_en, o_right = rng.choice(PAPERS_OF_59)
        own = WHOSE_58[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} có cần visa không?", f"^{'Does' if a_one else 'Do'} {inside(a_en)} need a visa\\?"),
                        (f"Tháng sau {p_vi} của {o_vi} hết hạn.",
                         f"^{o_en} {p_en} (?:expires|will expire|runs out) next month\\."),
                        (f"{w_vi} cần gia hạn hộ chiếu.",
                         f"^{w_en} {'needs' if one else 'need'} to (?:renew|extend) {own} passport\\."),
                        (f"Cho tôi xem {p_vi} của bạn được không?", f"^(?:Can|Could|May) I see your {p_en}\\?")][shape])
        else:
            out.append([(f"{'Does' if a_one else 'Do'} {inside(a_en)} need a visa?",
                         f"^{a_right} có cần (?:xin )?(?:visa|thị thực) không\\?"),
                        (f"{o_en} {p_en} expires next month.",
                         f"^(?:(?:Tháng sau|Tháng tới) {p_right} (?:của )?{o_right} (?:sẽ )?hết hạn|(?i:{p_right}) "
                         f"(?:của )?{o_right} (?:sẽ )?hết hạn (?:vào )?tháng (?:sau|tới))\\."),
                        (f"{w_en} {'needs' if one else 'need'} to renew {own} passport.",
                         f"^{w_right} cần (?:phải )?gia hạn hộ chiếu(?: của (?:mình|{w_right}))?\\."),
                        (f"Can I see your {p_en}?",
                         f"^(?:Cho tôi xem {p_right} của bạn(?: được không)?|Tôi (?:có thể )?xem {p_right} của bạn "
                         "được không)\\?")][shape])
    return out


# numbers (Vietnamese, English)
NUMBERS_59 = [("hai", "two"), ("ba", "three"), ("bốn", "four")]


def booked_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has booked a table yet, needs to book in advance, booked a room for some nights, would like to cancel
    the booking; right: "Have … booked a table (yet)?", "need to book in advance", "booked a room for three
    nights", "would like to cancel … booking"; or "… đã đặt bàn chưa?", "cần đặt trước", "đặt phòng … đêm", "muốn
    hủy đặt chỗ/phòng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (not a name: "their booking"?)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        n_vi, n_en = rng.choice(NUMBERS_59)
        own = WHOSE_58[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} đã đặt bàn chưa?",
                         f"^{'Has' if a_one else 'Have'} {inside(a_en)} (?:booked|reserved) a table(?: yet)?\\?"),
                        (f"{a_vi} có cần đặt trước không?",
                         f"^{'Does' if a_one else 'Do'} {inside(a_en)} need to book (?:in advance|ahead)\\?"),
                        (f"{w_vi} đã đặt phòng {n_vi} đêm.",
                         f"^{w_en} (?:booked|reserved|(?:'ve|'s| has| have) booked) a room for {n_en} nights\\."),
                        (f"{w_vi} muốn hủy đặt phòng.",
                         f"^{w_en}(?:'d| would) like to cancel {own} (?:room |hotel )?(?:booking|reservation)\\.")
                        ][shape])
        else:
            out.append([(f"{'Has' if a_one else 'Have'} {inside(a_en)} booked a table?",
                         f"^{a_right} đã đặt (?:một )?bàn chưa\\?"),
                        (f"{'Does' if a_one else 'Do'} {inside(a_en)} need to book in advance?",
                         f"^{a_right} có cần (?:phải )?đặt (?:chỗ )?trước không\\?"),
                        (f"{w_en} booked a room for {n_en} nights.",
                         f"^{w_right} đã đặt (?:một )?phòng (?:trong |cho )?{n_vi} đêm\\."),
                        (f"{w_en} would like to cancel {own} booking.",
                         f"^{w_right} muốn hủy (?:đặt chỗ|đặt phòng|việc đặt chỗ)\\.")][shape])
    return out


# whose suitcase (Vietnamese, English, Vietnamese right)
SUITCASE_OF_59 = [("tôi", "My", "tôi"), ("bạn", "Your", "bạn"), ("mẹ tôi", "My mother's", "mẹ (?:của )?tôi")]


def packed_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whose suitcase is too heavy, has someone packed yet, who hasn't packed yet, how many suitcases does someone
    have; right: "… suitcase is too heavy", "Have … packed (yet)?", "hasn't packed yet", "How many suitcases …?";
    or "Vali của … nặng quá", "… xếp đồ chưa?", "chưa xếp đồ", "… có mấy vali?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        o_vi, o_en, o_right = rng.choice(SUITCASE_OF_59)
        have = "has" if one else "have"
        shape = rng.randrange(4)
        suitcase = "(?:(?:Cái|Chiếc|cái|chiếc) )?(?:[Vv]a[- ]?li)"
        if src == "vi":
            out.append([(f"Vali của {o_vi} nặng quá.", f"^{o_en} suitcase is (?:too|so|very) heavy[.!]"),
                        (f"{a_vi} đã xếp đồ chưa?", f"^{'Has' if a_one else 'Have'} {inside(a_en)} packed(?: yet)?\\?"),
                        (f"{w_vi} chưa xếp đồ.", f"^{w_en} (?:{have}n't|{have} not) packed(?: yet)?\\."),
                        (f"{a_vi} có mấy vali?",
                         f"^How many suitcases {'does' if a_one else 'do'} {inside(a_en)} have\\?")][shape])
        else:
            out.append([(f"{o_en} suitcase is too heavy.", f"^{suitcase} của {o_right} (?:nặng quá|quá nặng)\\."),
                        (f"{'Has' if a_one else 'Have'} {inside(a_en)} packed yet?",
                         f"^{a_right} (?:đã )?(?:xếp|soạn) (?:đồ|hành lý) chưa\\?"),
                        (f"{w_en} {have}n't packed yet.", f"^{w_right} (?:vẫn )?chưa (?:xếp|soạn) (?:đồ|hành lý)\\."),
                        (f"How many suitcases {'does' if a_one else 'do'} {inside(a_en)} have?",
                         f"^{a_right} có (?:mấy|bao nhiêu) (?:cái |chiếc )?va[- ]?li\\?")][shape])
    return out


# coloured things (Vietnamese, English, Vietnamese right)
COLOURED_59 = [("túi", "bag", "(?:cái )?túi(?: xách)?"), ("điện thoại", "phone", "(?:cái |chiếc )?điện thoại"),
               ("váy", "dress", "(?:cái |chiếc )?váy"), ("nhà", "house", "(?:ngôi |căn )?nhà")]
# colours (Vietnamese, English)
COLOURS_59 = [("đỏ", "red"), ("đen", "black"), ("trắng", "white"), ("hồng", "pink"), ("xám", "grey")]
# whose (Vietnamese, English, Vietnamese right)
COLOUR_OF_59 = [("bạn", "your", "bạn"), ("tôi", "my", "tôi"), ("mẹ tôi", "my mother's", "mẹ (?:của )?tôi")]


def coloured_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What colour is whose thing, whose thing is a colour, is whose thing a colour, who painted the house a colour;
    right: "What colour is your bag?", "My bag is black", "Is your phone red?", "painted the house white"; or "Túi
    của bạn màu gì?", "… màu đen", "… có màu đỏ không?", "sơn nhà màu trắng"."""
    out = []
    for _ in range(n):
        t_vi, t_en, t_right = rng.choice(COLOURED_59)
        c_vi, c_en = rng.choice(COLOURS_59)
        o_vi, o_en, o_right = rng.choice(COLOUR_OF_59)
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{t_vi.capitalize()} của {o_vi} màu gì?", f"^What colou?r is {o_en} {t_en}\\?"),
                        (f"{t_vi.capitalize()} của {o_vi} màu {c_vi}.",
                         f"^{o_en.capitalize()} {t_en}(?: is|'s) {c_en}\\."),
                        (f"{t_vi.capitalize()} của {o_vi} có màu {c_vi} không?", f"^Is {o_en} {t_en} {c_en}\\?"),
                        (f"{w_vi} đã sơn nhà màu {c_vi}.", f"^{w_en} painted the house {c_en}\\.")][shape])
        else:
            right = f"(?i:{t_right}) (?:của )?{o_right}"
            out.append([(f"What colour is {o_en} {t_en}?", f"^{right} (?:có )?màu gì\\?"),
                        (f"{o_en.capitalize()} {t_en} is {c_en}.", f"^{right} (?:có )?màu {c_vi}\\."),
                        (f"Is {o_en} {t_en} {c_en}?", f"^{right} có (?:phải )?màu {c_vi} không\\?"),
                        (f"{w_en} painted the house {c_en}.",
                         f"^{w_right} (?:đã )?sơn (?:ngôi |căn )?nhà màu {c_vi}\\.")][shape])
    return out


# countries (Vietnamese, English, Vietnamese right)
ABROAD_59 = [("Úc", "Australia", "Úc"), ("Pháp", "France", "Pháp"), ("Nhật", "Japan", "Nhật(?: Bản)?")]


def graduated_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who graduated last year, has just graduated from university, wants to study abroad, is studying in a
    country; right: "graduated last year", "has just graduated from university", "wants to study abroad", "is
    studying in Australia"; or "tốt nghiệp năm ngoái", "vừa tốt nghiệp đại học", "muốn đi du học", "đang (du) học
    ở Úc"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        c_vi, c_en, c_right = rng.choice(ABROAD_59)
        has = "(?:'s| has)" if one else "(?:'ve| have)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} tốt nghiệp năm ngoái.", f"^{w_en} graduated last year\\."),
                        (f"{w_vi} vừa tốt nghiệp đại học.",
                         f"^{w_en}{has}? just graduated(?: from (?:university|college))?\\."),
                        (f"{w_vi} muốn đi du học.",
                         f"^{w_en}(?: {'wants' if one else 'want'}| would like|'d like) to study abroad\\."),
                        (f"{w_vi} đang du học ở {c_vi}.", f"^{w_en}{BE_53[one]} studying (?:abroad )?in {c_en}\\.")
                        ][shape])
        else:
            out.append([(f"{w_en} graduated last year.",
                         f"^(?:{w_right} (?:đã )?tốt nghiệp năm (?:ngoái|trước)|Năm (?:ngoái|trước),? {w_right} "
                         "(?:đã )?tốt nghiệp)\\."),
                        (f"{w_en} {'has' if one else 'have'} just graduated from university.",
                         f"^{w_right} (?:vừa|mới|vừa mới) tốt nghiệp (?:trường )?đại học\\."),
                        (f"{w_en} {'wants' if one else 'want'} to study abroad.", f"^{w_right} muốn (?:đi )?du học\\."),
                        (f"{w_en} {be_53(w_en, one)} studying in {c_en}.",
                         f"^{w_right} đang (?:du )?học (?:ở|tại) {c_right}\\.")][shape])
    return out


# smelly places (Vietnamese, English, Vietnamese right); smells (Vietnamese, English)
SMELLY_59 = [("Bếp", "kitchen", "(?:Nhà )?[Bb]ếp"), ("Phòng này", "room", "(?:Căn )?[Pp]hòng này"),
             ("Xe", "car", "(?:Chiếc )?[Xx]e(?: hơi)?")]
SCENTS_59 = [("cá", "fish"), ("khói", "smoke"), ("sơn", "paint"), ("tỏi", "garlic")]


def smelled_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A place smells of something, who can smell gas, can you smell smoke, what's that smell; right: "The kitchen
    smells of fish", "can smell gas", "Can you smell smoke?", "What's that smell?"; or "Bếp có mùi cá", "ngửi thấy
    mùi ga", "Bạn có ngửi thấy mùi khói không?", "Mùi gì thế?"."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right = rng.choice(SMELLY_59[:2])
        s_vi, s_en = rng.choice(SCENTS_59)
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(4)
        the = "This" if "này" in p_vi else "The"
        if src == "vi":
            out.append([(f"{p_vi} có mùi {s_vi}.", f"^{the} {p_en} smells (?:of|like) {s_en}\\."),
                        (f"{w_vi} ngửi thấy mùi {s_vi}.", f"^{w_en} (?:can smell|smells?) {s_en}\\."),
                        (f"Bạn có ngửi thấy mùi {s_vi} không?", f"^(?:Can|Do) you smell {s_en}\\?"),
                        (rng.choice(["Mùi gì thế?", "Mùi gì vậy?"]), "^What(?:'s| is) that smell\\?")][shape])
        else:
            out.append([(f"{the} {p_en} smells of {s_en}.", f"^{p_right} có mùi {s_vi}\\."),
                        (f"{w_en} can smell {s_en}.", f"^{w_right} (?:có thể )?ngửi thấy mùi {s_vi}\\."),
                        (f"Can you smell {s_en}?", f"^Bạn có (?:thể )?ngửi thấy mùi {s_vi} không\\?"),
                        ("What's that smell?", "^(?:Đó là )?[Mm]ùi gì (?:thế|vậy|đấy|đó)\\?")][shape])
    return out


# whom looked after (Vietnamese, English, Vietnamese right)
MINDED_59 = [("bọn trẻ", "the kids", "(?:bọn|lũ) trẻ(?: con)?"), ("em bé", "the baby", "em bé"),
             ("con chó của tôi", "my dog", "con chó (?:của )?tôi")]


def minded_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Can someone look after the kids for me, who looks after your children, who will look after a child or pet,
    who has to look after their little brother tonight; right: "Can you look after … for me?", "Who looks after
    your children?", "will look after", "has to look after … little brother tonight"; or "trông … giúp tôi được
    không?", "Ai trông con cho bạn?", "sẽ trông", "tối nay … phải trông em trai"."""
    out = []
    for _ in range(n):
        m_vi, m_en, m_right = rng.choice(MINDED_59)
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:1] + WHO_58[2:3])  # (his or her own brother: "his")
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[:2])
        shape = rng.randrange(4)
        look = "(?:look after|take care of|watch)"
        if src == "vi":
            out.append([(f"{a_vi} trông {m_vi} giúp tôi được không?", f"^(?:Can|Could) {inside(a_en)} {look} "
                                                                      f"{m_en} for me\\?"),
                        ("Ai trông con cho bạn?", "^Who (?:looks after|takes care of) your (?:children|kids)\\?"),
                        (f"{w_vi} sẽ trông {m_vi}.", f"^{w_en}(?:'ll| will) {look} {m_en}\\."),
                        (f"Tối nay {low_58(w_vi)} phải trông em trai.",
                         f"^{w_en} (?:has|have) to {look} {WHOSE_58[w_en]} (?:little|younger) brother tonight\\.")
                        ][shape])
        else:
            out.append([(f"Can {inside(a_en)} look after {m_en} for me?",
                         f"^{a_right} (?:có thể )?(?:trông|chăm sóc) {m_right} (?:giúp|cho|hộ) tôi (?:được )?không\\?"),
                        ("Who looks after your children?", "^Ai (?:trông|chăm sóc) con (?:cho |của )?bạn\\?"),
                        (f"{w_en} will look after {m_en}.", f"^{w_right} sẽ (?:trông|chăm sóc) {m_right}\\."),
                        (f"{w_en} {'has' if one else 'have'} to look after {WHOSE_58[w_en]} little brother tonight.",
                         f"^(?:Tối nay )?{w_right} phải (?:trông|chăm sóc) em trai(?: (?:của )?(?:mình|{w_right}))?"
                         "(?: tối nay)?\\.")][shape])
    return out


# children (Vietnamese, English, one, Vietnamese right)
GROWN_59 = [("Con trai bạn", "Your son", "(?i:con trai (?:của )?bạn)"),
            ("Con gái tôi", "My daughter", "(?i:con gái (?:của )?tôi)"),
            ("Em trai tôi", "My little brother", "(?i:em trai (?:của )?tôi)")]


def grown_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A child has grown so much, is growing so fast, has grown taller, how tall is the child now; right: "has grown
    so much", "is growing so fast", "has grown taller", "How tall is … now?"; or "lớn quá", "lớn nhanh quá", "cao
    lên", "giờ cao bao nhiêu"."""
    out = []
    for _ in range(n):
        c_vi, c_en, c_right = rng.choice(GROWN_59)
        c_en_in = inside(c_en)
        shape = rng.randrange(4)
        if src == "vi":
            c_en, c_en_in = (x.replace("little", "(?:little|younger)") for x in (c_en, c_en_in))
            out.append([(f"{c_vi} lớn quá!", f"^{c_en}(?:'s| has) grown so much[.!]|^{c_en} is so big now[.!]"),
                        (f"{c_vi} lớn nhanh quá.", f"^{c_en}(?: is|'s) growing (?:up )?so (?:fast|quickly)\\."),
                        (f"{c_vi} cao lên rồi.", f"^{c_en}(?:'s| has) grown taller\\."),
                        (f"{c_vi} giờ cao bao nhiêu rồi?", f"^How tall is {c_en_in} now\\?")][shape])
        else:
            out.append([(f"{c_en} has grown so much!", f"^{c_right} (?:đã )?lớn (?:nhiều )?quá(?: rồi)?[.!]"),
                        (f"{c_en} is growing so fast.", f"^{c_right} (?:đang )?lớn (?:lên )?nhanh quá\\."),
                        (f"{c_en} has grown taller.", f"^{c_right} (?:đã )?cao lên(?: rồi)?\\."),
                        (f"How tall is {c_en_in} now?", f"^{c_right} (?:bây )?giờ cao bao nhiêu(?: rồi)?\\?")][shape])
    return out


# parents (Vietnamese, English, Vietnamese right)
PARENTS_59 = [("Bố mẹ", "parents", "(?:Bố|Cha|Ba) mẹ"), ("Ông bà", "grandparents", "Ông bà")]
# whose (Vietnamese, English)
PARENTS_OF_59 = [("tôi", "My", "tôi"), ("bạn", "Your", "bạn"), ("anh ấy", "His", "anh (?:ấy|ta)")]


def parents_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Where is your parents' hometown (or someone's parents are stuck in traffic), someone's parents have arrived,
    have your parents arrived yet, my parents cook very well; right: "Where is your parents' hometown?", "… parents
    have arrived", "Have your parents arrived yet?", "cook very well"; or "… bị kẹt xe", "… đến nơi rồi", "… đến nơi
    chưa?", "nấu ăn rất ngon"."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right = rng.choice(PARENTS_59)
        o_vi, o_en, o_right = rng.choice(PARENTS_OF_59)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{p_vi} bạn quê ở đâu?", f"^Where (?:is your {p_en}' hometown|are your {p_en} from)\\?"),
                        (f"{p_vi} {o_vi} đến nơi rồi.", f"^{o_en} {p_en}(?: have|'ve) (?:arrived|got here)\\."),
                        (f"{p_vi} bạn đến nơi chưa?", f"^Have your {p_en} arrived(?: yet)?\\?"),
                        (f"{p_vi} {o_vi} nấu ăn rất ngon.",
                         f"^{o_en} {p_en} (?:cook very well|are (?:very |really )?good cooks)\\.")][shape])
        else:
            out.append([(f"{o_en} {p_en} are stuck in traffic.",
                         f"^(?i:{p_right}) (?:của )?{o_right} (?:đang )?bị (?:kẹt|tắc) (?:xe|đường)\\."),
                        (f"{o_en} {p_en} have arrived.",
                         f"^(?i:{p_right}) (?:của )?{o_right} (?:đã )?(?:đến|tới)(?: nơi)? rồi\\."),
                        (f"Have your {p_en} arrived yet?", f"^(?i:{p_right}) (?:của )?bạn (?:đã )?(?:đến|tới)(?: nơi)? "
                                                           "chưa\\?"),
                        (f"{o_en} {p_en} are good cooks.",
                         f"^(?i:{p_right}) (?:của )?{o_right} (?:nấu ăn (?:rất )?(?:ngon|giỏi)|là (?:những )?"
                         "(?:người nấu ăn|đầu bếp) giỏi)\\.")][shape])
    return out


def madeup_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Does someone wear makeup, who is putting on their makeup, who hasn't shaved yet, who needs to shave; right:
    "Does … wear makeup?", "is putting on … makeup", "hasn't shaved (yet)", "needs to shave"; or "… có trang điểm
    không?", "đang trang điểm", "chưa cạo râu", "cần cạo râu"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (not a name: her makeup or his?)
        m_vi, m_en, m_right = rng.choice([("Anh ấy", "He", "(?i:anh (?:ấy|ta))"), ("Bố tôi", "My father",
                                                                                   "(?i:(?:bố|cha|ba) (?:của )?tôi)")])
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[:3])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} có trang điểm không?",
                         f"^(?:{'Does' if a_one else 'Do'} {inside(a_en)} wear|{'Is' if a_one else 'Are'} "
                         f"{inside(a_en)} wearing) (?:any )?make-?up\\?"),
                        (f"{w_vi} đang trang điểm.",
                         f"^{w_en}{BE_53[one]} (?:putting on|doing) {WHOSE_58[w_en]} make-?up\\."),
                        (f"{m_vi} chưa cạo râu.", f"^{m_en}(?: has not|(?:'s|'ve| has| have)?n't) shaved(?: yet)?\\."),
                        (f"{m_vi} cần cạo râu.", f"^{m_en} needs to shave\\.")][shape])
        else:
            out.append([(f"{'Does' if a_one else 'Do'} {inside(a_en)} wear makeup?",
                         f"^{a_right} có (?:hay )?trang điểm không\\?"),
                        (f"{w_en} {be_53(w_en, one)} putting on {WHOSE_58[w_en]} makeup.",
                         f"^{w_right} đang trang điểm\\."),
                        (f"{m_en} hasn't shaved.", f"^{m_right} (?:vẫn )?chưa cạo râu\\."),
                        (f"{m_en} needs to shave.", f"^{m_right} cần (?:phải )?cạo râu\\.")][shape])
    return out


def scored_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who scored two goals, did someone score, the match was a 1-1 draw, we lost two nil; right: "scored two
    goals", "Did … score?", "a 1-1 draw" or "ended 1-1", "lost 0-2"; or "ghi hai bàn", "có ghi bàn không?", "hòa
    1-1", "thua 0-2"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:])
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[1:])
        k = rng.choice([1, 2])
        goals_vi, goals_en = [("hai", "two"), ("ba", "three")][k - 1]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} ghi {goals_vi} bàn.", f"^{w_en} scored {goals_en} goals\\."),
                        (f"{a_vi} có ghi bàn không?", f"^Did {inside(a_en)} score\\?"),
                        (f"Trận đấu hòa {k}-{k}.",
                         f"^The (?:match|game) (?:was an? {k}-{k} draw|ended(?: in an? {k}-{k} draw| {k}-{k}))\\."),
                        (f"Đội tôi thua 0-{k + 1}.", f"^My team lost (?:0-{k + 1}|{k + 1}-0)\\.")][shape])
        else:
            nil = {2: "two", 3: "three"}[k + 1]
            out.append([(f"{w_en} scored {goals_en} goals.", f"^{w_right} ghi (?:được )?{goals_vi} bàn(?: thắng)?\\."),
                        (f"Did {inside(a_en)} score?", f"^{a_right} có ghi (?:được )?bàn (?:nào )?không\\?"),
                        ("It was a draw.", "^(?:Trận (?:đấu )?)?hòa\\."),
                        (f"We lost {nil} nil.", f"^Chúng (?:tôi|ta) (?:đã )?thua 0-{k + 1}\\.")][shape])
    return out


# couples (Vietnamese, English, Vietnamese right)
PAIRS_59 = [("Họ", "they", "(?i:họ)"), ("Bố mẹ tôi", "my parents", "(?i:(?:bố|cha|ba) mẹ (?:của )?tôi)"),
            ("Lan và Minh", "Lan and Minh", "Lan và Minh")]


def paired_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Are two still together, no longer in love, how long have they been together, they've been together for some
    years; right: "Are … still together?", "not in love anymore", "How long have … been together?", "have been
    together for five years"; or "… có còn bên nhau không?", "không còn yêu nhau nữa", "… bên nhau bao lâu rồi?",
    "bên nhau được năm năm"."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right = rng.choice(PAIRS_59)
        n_vi, n_en = rng.choice([("ba", "three"), ("năm", "five")])
        cap = p_en[0].upper() + p_en[1:]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{p_vi} vẫn còn bên nhau chứ?", f"^Are {p_en} still together\\?"),
                        (f"{p_vi} không còn yêu nhau nữa.",
                         f"^{cap}(?:'re| are)(?: not|n't| no longer) in love(?: any ?more)?\\.|^{cap} (?:don't|no "
                         "longer) love each other(?: any ?more)?\\."),
                        (f"{p_vi} yêu nhau bao lâu rồi?", f"^How long have {p_en} been (?:together|in love)\\?"),
                        (f"{p_vi} đã ở bên nhau được {n_vi} năm rồi.",
                         f"^{cap}(?:'ve| have) been together for {n_en} years\\.")][shape])
        else:
            out.append([(f"Are {p_en} still together?",
                         f"^{p_right} (?:có còn|vẫn còn|còn) (?:ở )?bên nhau (?:không|chứ)\\?"),
                        (f"{cap} aren't together anymore.", f"^{p_right} không còn (?:ở )?bên nhau(?: nữa)?\\."),
                        (f"How long have {p_en} been together?",
                         f"^{p_right} (?:đã )?(?:ở )?(?:bên nhau|yêu nhau) (?:được )?bao lâu(?: rồi)?\\?"),
                        (f"{cap} have been together for {n_en} years.",
                         f"^{p_right} (?:đã )?(?:ở )?(?:bên nhau|yêu nhau) (?:được )?{n_vi} năm(?: rồi)?\\.")][shape])
    return out


def woke_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who woke up late this morning, is someone up yet, who hasn't woken up yet, don't wake someone; right: "woke
    up late this morning", "Is … up yet?", "isn't up yet", "Don't wake …"; or "Sáng nay … dậy muộn", "… dậy
    chưa?", "chưa dậy", "Đừng đánh thức …"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        m_vi, m_en, m_right = rng.choice(WHOM_58[1:] + [("em bé", "the baby", "(?:em )?bé")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Sáng nay {low_58(w_vi)} dậy muộn.", f"^{w_en} (?:woke|got) up late this morning\\."),
                        (f"{a_vi} dậy chưa?", f"^{'Is' if a_one else 'Are'} {inside(a_en)} (?:up|awake)(?: yet)?\\?"),
                        (f"{w_vi} vẫn chưa dậy.",
                         f"^{w_en}(?:{BE_53[one]} not|{' isn' if one else ' aren'}'t) "
                         f"(?:up|awake) yet\\.|^{w_en} (?:{'has' if one else 'have'}n't|{'has' if one else 'have'} "
                         "not) (?:woken|got) up yet\\."),
                        (f"Đừng đánh thức {m_vi}.", f"^Don't wake {m_en}(?: up)?[.!]")][shape])
        else:
            out.append([(f"{w_en} woke up late this morning.", f"^Sáng nay {w_right} (?:thức )?dậy (?:muộn|trễ)\\."),
                        (f"{'Is' if a_one else 'Are'} {inside(a_en)} up yet?",
                         f"^{a_right} (?:đã )?(?:thức |ngủ )?dậy chưa\\?"),
                        (f"{w_en} {'has' if one else 'have'}n't woken up yet.",
                         f"^{w_right} (?:vẫn )?chưa (?:thức |ngủ )?dậy\\."),
                        (f"Don't wake {m_en}.", f"^Đừng (?:đánh thức {m_right}|làm {m_right} thức giấc)[.!]")][shape])
    return out


# faiths (Vietnamese, English)
FAITHS_59 = [("đạo Phật", "Buddhist"), ("đạo Công giáo", "Catholic")]


def prayed_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What religion is someone, is someone religious, who is Buddhist or Catholic, who goes to the pagoda every
    week; right: "What religion …?", "Is … religious?", "is Buddhist", "goes to the pagoda every week"; or "… theo đạo
    gì?", "… có theo đạo không?", "theo đạo Phật", "đi chùa mỗi tuần"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        f_vi, f_en = rng.choice(FAITHS_59)
        be_q = "is" if a_one else "are"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} theo đạo gì?",
                         f"^What religion {be_q} {inside(a_en)}\\?|^What(?:'s| is) {inside(a_en)}(?:'s|r)? "
                         "religion\\?"),
                        (f"{a_vi} có theo đạo không?",
                         f"^{be_q.capitalize()} {inside(a_en)} religious\\?|^Do(?:es)? {inside(a_en)} (?:have|follow) "
                         "a religion\\?"),
                        (f"{w_vi} theo {f_vi}.", f"^{w_en}{BE_53[one]} (?:a )?{f_en}\\."),
                        (f"{w_vi} đi chùa mỗi tuần.",
                         f"^{w_en} {'goes' if one else 'go'} to the (?:pagoda|temple) every week\\.")][shape])
        else:
            out.append([(f"What religion {be_q} {inside(a_en)}?", f"^{a_right} theo (?:đạo|tôn giáo) (?:gì|nào)\\?"),
                        (f"{be_q.capitalize()} {inside(a_en)} religious?",
                         f"^{a_right} có (?:theo|có) (?:đạo|tôn giáo) không\\?"),
                        (f"{w_en} {be_53(w_en, one)} {f_en}.",
                         f"^{w_right} (?:theo {f_vi}|là (?:người )?(?:theo )?{f_vi}|là Phật tử)\\."),
                        (f"{w_en} {'goes' if one else 'go'} to the pagoda every week.",
                         f"^(?:{w_right} đi (?:lễ )?chùa (?:mỗi|hằng|hàng) tuần|(?:Mỗi|Hằng) tuần,? {w_right} đi "
                         "(?:lễ )?chùa)\\.")][shape])
    return out


def sighted_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is short-sighted, needs glasses to read, whose eyesight is getting worse, needs to get their eyes
    tested; right: "is short-sighted", "needs glasses to read", "… eyesight is getting worse", "needs to get … eyes
    tested"; or "bị cận", "cần đeo kính để đọc", "Mắt … ngày càng kém", "cần đi khám mắt"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (not a name: "his eyes" or "her eyes"?)
        o_vi, o_en, o_right = rng.choice(PAPERS_OF_59)
        needs = "needs" if one else "need"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị cận.", f"^{w_en}{BE_53[one]} short-sighted\\."),
                        (f"{w_vi} cần đeo kính để đọc.", f"^{w_en} {needs} (?:to wear )?glasses (?:to read|for "
                                                         "reading)\\."),
                        (f"Mắt {o_vi} ngày càng kém.", f"^{o_en} (?:eyesight|vision) is getting worse\\.|^{o_en} eyes "
                                                       "are getting worse\\."),
                        (f"{w_vi} cần đi khám mắt.",
                         f"^{w_en} {needs} (?:to (?:get|have) {WHOSE_58[w_en]} eyes (?:tested|checked)|(?:to have )?an "
                         "eye test)\\.")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} short-sighted.", f"^{w_right} (?:bị )?cận(?: thị)?\\."),
                        (f"{w_en} {needs} glasses to read.", f"^{w_right} cần (?:đeo )?kính (?:để|khi|mới) đọc"
                                                             "(?: được| sách)?\\."),
                        (f"{o_en} eyesight is getting worse.",
                         f"^(?:Mắt|Thị lực) (?:của )?{o_right} ngày càng (?:kém|yếu)(?: đi)?\\."),
                        (f"{w_en} {needs} to get {WHOSE_58[w_en]} eyes tested.",
                         f"^{w_right} cần (?:đi )?(?:khám|kiểm tra|đo) mắt\\.")][shape])
    return out


# what is queued for (Vietnamese, English, Vietnamese right)
QUEUED_FOR_59 = [("mua vé", "for tickets", "(?:để )?mua vé"),
                 ("thanh toán", "to pay", "(?:để )?(?:thanh toán|trả tiền)")]


def queued_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is queuing for tickets, is this the queue for tickets, who queued for an hour, someone jumped the queue;
    right: "is queuing for tickets", "Is this the queue for …?", "queued for an hour", "jumped the queue"; or "đang
    xếp hàng mua vé", "Đây có phải hàng … không?", "đã xếp hàng một tiếng", "chen hàng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        q_vi, q_en, q_right = rng.choice(QUEUED_FOR_59)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang xếp hàng {q_vi}.", f"^{w_en}{BE_53[one]} queu(?:e)?ing {q_en}\\."),
                        (f"Đây có phải hàng {q_vi} không?", f"^Is this the (?:queue|line) {q_en}\\?"),
                        (f"{w_vi} đã xếp hàng một tiếng.",
                         f"^{w_en} (?:queued|waited in (?:line|the queue)) for (?:an|one) hour\\."),
                        ("Có người chen hàng.", "^Someone (?:(?:has )?jumped the (?:queue|line)|cut in line)[.!]")
                        ][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} queuing {q_en}.", f"^{w_right} đang xếp hàng {q_right}\\."),
                        (f"Is this the queue {q_en}?", f"^Đây có phải (?:là )?hàng {q_right} không\\?"),
                        (f"{w_en} queued for an hour.",
                         f"^{w_right} đã xếp hàng (?:một|1) (?:tiếng|giờ)(?: đồng hồ)?\\."),
                        ("Someone jumped the queue.",
                         "^(?:Có người|Ai đó) (?:đã |vừa )?chen (?:ngang )?(?:vào )?hàng\\.")][shape])
    return out


# conditions (Vietnamese, English, Vietnamese right)
CONDITIONS_59 = [("huyết áp cao", "high blood pressure", "(?:huyết áp cao|cao huyết áp|tăng huyết áp)"),
                 ("tiểu đường", "diabetes", "(?:bệnh )?tiểu đường"),
                 ("hen suyễn", "asthma", "(?:bệnh )?hen(?: suyễn)?")]


def conditions_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has high blood pressure or diabetes, who doesn't have asthma, whose blood pressure is high, how is
    someone's blood pressure; right: "has high blood pressure", "doesn't have asthma", "… blood pressure is high",
    "How is … blood pressure?"; or "bị huyết áp cao", "không bị hen suyễn", "Huyết áp của … cao", "Huyết áp của …
    thế nào?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:2] + MOODY_58[1:2] + WHO_58[2:])
        c_vi, c_en, c_right = rng.choice(CONDITIONS_59)
        o_vi, o_en, o_right = rng.choice(PAPERS_OF_59)
        has, does = ("has", "does") if one else ("have", "do")
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị {c_vi}.", f"^{w_en} {has} {c_en}\\."),
                        (f"{w_vi} không bị {c_vi}.", f"^{w_en} (?:{does}n't|{does} not) have {c_en}\\."),
                        (f"Huyết áp của {o_vi} cao.", f"^{o_en} blood pressure is (?:high|too high)\\."),
                        (f"Huyết áp của {o_vi} thế nào?", f"^How(?: is|'s) {o_en.lower()} blood pressure\\?")][shape])
        else:
            out.append([(f"{w_en} {has} {c_en}.", f"^{w_right} (?:bị|mắc) (?:bệnh )?{c_right}\\."),
                        (f"{w_en} {does}n't have {c_en}.", f"^{w_right} không (?:bị|mắc) (?:bệnh )?{c_right}\\."),
                        (f"{o_en} blood pressure is high.", f"^Huyết áp (?:của )?{o_right} (?:rất )?cao\\."),
                        (f"How is {o_en.lower()} blood pressure?",
                         f"^Huyết áp (?:của )?{o_right} (?:thế nào|ra sao|có ổn không)\\?")][shape])
    return out


# platforms
PLATFORMS_59 = ["Facebook", "Instagram", "Zalo"]


def posted_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Add me on a platform, does someone use a platform, who has just posted a photo on it, have you downloaded this
    app; right: "Add me on …", "Does … use …?", "has just posted a photo on …", "Have you downloaded this app?"; or
    "Kết bạn với tôi trên …", "… có dùng … không?", "vừa đăng ảnh lên …", "đã tải ứng dụng này chưa?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        p = rng.choice(PLATFORMS_59)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Kết bạn với tôi trên {p} nhé.", f"^Add me on {p}[.!]"),
                        (f"{a_vi} có dùng {p} không?", f"^{'Does' if a_one else 'Do'} {inside(a_en)} use {p}\\?"),
                        (f"{w_vi} vừa đăng một tấm ảnh lên {p}.",
                         f"^{w_en}(?:{' has' if one else ' have'}|{chr(39) + 's' if one else chr(39) + 've'})? just "
                         f"posted a (?:photo|picture) on {p}\\."),
                        (f"{a_vi} đã tải ứng dụng này chưa?",
                         f"^{'Has' if a_one else 'Have'} {inside(a_en)} downloaded this app(?: yet)?\\?")][shape])
        else:
            out.append([(f"Add me on {p}.", f"^(?:Hãy )?[Kk]ết bạn với tôi trên {p}(?: nhé)?[.!]"),
                        (f"{'Does' if a_one else 'Do'} {inside(a_en)} use {p}?",
                         f"^{a_right} có (?:dùng|sử dụng) {p} không\\?"),
                        (f"{w_en} {'has' if one else 'have'} just posted a photo on {p}.",
                         f"^{w_right} vừa (?:mới )?đăng (?:một )?(?:tấm |bức )?ảnh lên {p}\\."),
                        (f"{'Has' if a_one else 'Have'} {inside(a_en)} downloaded this app?",
                         f"^{a_right} (?:đã|có) tải(?: về)? ứng dụng này chưa\\?")][shape])
    return out


# anniversaries (Vietnamese whose, English whose, Vietnamese right)
ANNIVERSARY_OF_59 = [("chúng tôi", "our", "chúng tôi"), ("bố mẹ tôi", "my parents'", "(?:bố|cha|ba) mẹ (?:của )?tôi")]


def toasted_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Happy wedding anniversary, today is whose wedding anniversary, a toast to the bride and groom, to your health;
    right: "Happy wedding anniversary!", "Today is … wedding anniversary", "A toast to the bride and groom!", "To your
    health!"; or "Chúc mừng kỷ niệm ngày cưới!", "Hôm nay là kỷ niệm ngày cưới của …", "Nâng ly chúc mừng cô dâu chú
    rể!", "Vì sức khỏe của bạn!"."""
    out = []
    for _ in range(n):
        o_vi, o_en, o_right = rng.choice(ANNIVERSARY_OF_59)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(rng.choice(["Chúc mừng kỷ niệm ngày cưới!", "Chúc mừng kỷ niệm cưới!"]),
                         "^Happy wedding anniversary!"),
                        (f"Hôm nay là kỷ niệm ngày cưới của {o_vi}.",
                         f"^(?:Today is {o_en} wedding anniversary|It's {o_en} wedding anniversary today)\\."),
                        ("Nâng ly chúc mừng cô dâu chú rể!",
                         "^(?:A toast to|Let's raise a glass to|Raise your glasses to|To|Here's to) the bride and "
                         "groom!"),
                        ("Vì sức khỏe của bạn!", "^(?:To|Here's to) your (?:good )?health!")][shape])
        else:
            out.append([("Happy wedding anniversary!", "^Chúc mừng (?:ngày )?kỷ niệm (?:ngày )?cưới(?: vui vẻ)?!"),
                        (f"Today is {o_en} wedding anniversary.",
                         f"^Hôm nay là (?:ngày )?kỷ niệm (?:ngày )?cưới (?:của )?{o_right}\\."),
                        ("A toast to the bride and groom!",
                         "^(?:Cùng |Chúng ta hãy |Hãy )?[Nn]âng ly (?:chúc mừng|vì|mừng) cô dâu(?: và)? chú rể"
                         "(?: nào)?!"),
                        ("To your health!", "^(?:Vì|Chúc) sức khỏe(?: của)? bạn!")][shape])
    return out


def outing_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Let's have a picnic in the park, does someone like karaoke, who went camping last weekend, who goes to
    karaoke every Friday; right: "Let's have a picnic in the park", "Do … like karaoke?", "went camping last
    weekend", "go(es) to karaoke every Friday"; or "Chúng ta đi dã ngoại ở công viên nhé", "… có thích hát karaoke
    không?", "cuối tuần trước … đi cắm trại", "đi hát karaoke mỗi thứ Sáu"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([("Chúng ta đi dã ngoại ở công viên nhé.", "^Let's (?:have|go for) a picnic in the park[.!]"),
                        (f"{a_vi} có thích hát karaoke không?",
                         f"^{'Does' if a_one else 'Do'} {inside(a_en)} (?:like|enjoy) (?:singing )?karaoke\\?"),
                        (f"Cuối tuần trước {low_58(w_vi)} đi cắm trại.",
                         f"^(?:Last weekend,? {inside(w_en)} went camping|{w_en} went camping last weekend)\\."),
                        (f"{w_vi} đi hát karaoke mỗi thứ Sáu.",
                         f"^{w_en} {'goes' if one else 'go'} (?:to|for) karaoke every Friday\\.")][shape])
        else:
            out.append([("Let's have a picnic in the park.",
                         "^Chúng ta (?:hãy )?đi (?:chơi )?dã ngoại (?:ở|trong) công viên(?: nhé| đi)?[.!]"),
                        (f"{'Does' if a_one else 'Do'} {inside(a_en)} like karaoke?",
                         f"^{a_right} có thích (?:đi )?hát karaoke không\\?"),
                        (f"{w_en} went camping last weekend.",
                         f"^(?:Cuối tuần trước,? {w_right} (?:đã )?đi cắm trại|{w_right} (?:đã )?đi cắm trại (?:vào )?"
                         "cuối tuần trước)\\."),
                        (f"{w_en} {'goes' if one else 'go'} to karaoke every Friday.",
                         f"^{w_right} (?:thường )?đi hát karaoke (?:vào )?(?:mỗi|hằng|hàng) thứ Sáu(?: hằng tuần)?\\.")
                        ][shape])
    return out


def topped_up_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who needs to top up their phone, who has run out of credit or data, where can I buy a SIM card; right:
    "needs to top up … phone", "has run out of credit", "has run out of data", "Where can I buy a SIM card?"; or "cần
    nạp tiền điện thoại", "hết tiền điện thoại rồi", "hết data rồi", "Tôi có thể mua sim ở đâu?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (not a name: "his phone" or "her phone"?)
        needs, has = ("needs", "(?:'s| has)") if one else ("need", "(?:'ve| have)")
        shape = rng.randrange(4)
        phone = "phones?" if w_en == "We" else "phone"
        if src == "vi":
            out.append([(f"{w_vi} cần nạp tiền điện thoại.", f"^{w_en} {needs} to top up {WHOSE_58[w_en]} {phone}\\."),
                        (f"{w_vi} hết tiền điện thoại rồi.", f"^{w_en}{has} run out of (?:phone )?credit\\."),
                        (f"{w_vi} hết data rồi.", f"^{w_en}{has} run out of (?:mobile )?data\\."),
                        ("Tôi có thể mua sim ở đâu?", "^Where can I buy a SIM(?: card)?\\?")][shape])
        else:
            out.append([(f"{w_en} {needs} to top up {WHOSE_58[w_en]} phone.",
                         f"^{w_right} cần (?:phải )?nạp tiền (?:vào )?điện thoại\\."),
                        (f"{w_en} {'has' if one else 'have'} run out of credit.",
                         f"^{w_right} (?:đã )?hết tiền (?:trong )?điện thoại(?: rồi)?\\."),
                        (f"{w_en} {'has' if one else 'have'} run out of data.",
                         f"^{w_right} (?:đã )?hết (?:data|dung lượng(?: 4G)?|4G)(?: rồi)?\\."),
                        ("Where can I buy a SIM card?", "^Tôi có thể mua (?:thẻ )?sim ở đâu\\?")][shape])
    return out


def binned_59(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Can you take the rubbish out for me, the bin is full, does someone recycle, the rubbish truck comes on a
    weekday; right: "Can you take the rubbish out for me?", "The bin is full", "Do … recycle?", "comes on Mondays";
    or "đổ rác giúp tôi", "Thùng rác đầy rồi", "… có tái chế không?", "Xe rác đến vào thứ Hai"."""
    out = []
    for _ in range(n):
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        d_vi, d_en = rng.choice(WEEKDAYS_59[1:] + [("thứ Năm", "Thursday")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(rng.choice(["Bạn đổ rác giúp tôi nhé.", "Anh đổ rác giúp tôi với."]),
                         "^(?:Can|Could) you take (?:the rubbish out|out the rubbish) for me\\?"),
                        ("Thùng rác đầy rồi.", "^The bin is (?:already )?full\\."),
                        (f"{a_vi} có tái chế không?", f"^{'Does' if a_one else 'Do'} {inside(a_en)} recycle\\?"),
                        (f"Xe rác đến vào {d_vi}.", f"^The (?:rubbish|bin) (?:truck|lorry) comes on {d_en}s\\.")
                        ][shape])
        else:
            out.append([("Can you take the rubbish out for me?",
                         "^Bạn (?:có thể )?đổ rác (?:giúp|cho|hộ) tôi (?:được không|nhé|với)\\?"),
                        ("The bin is full.", "^Thùng rác (?:đã )?đầy(?: rồi)?\\."),
                        (f"{'Does' if a_one else 'Do'} {inside(a_en)} recycle?",
                         f"^{a_right} có tái chế(?: rác)? không\\?"),
                        (f"The rubbish truck comes on {d_en}s.",
                         f"^Xe (?:rác|chở rác) đến vào (?:các ngày |mỗi )?{d_vi}(?: hàng tuần| hằng tuần)?\\.")][shape])
    return out



def stop60(t, rng: random.Random, n: int) -> None:
    """The checks of stop 60 (390–), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("supports Arsenal, a Chelsea fan, which team do you support, do you support Liverpool",
                             fans_60, fans, "translate", "translate"),
                            ("keeps sneezing, yawning all day, snores so loudly, has hiccups", sneezed_60, reflexes,
                             "translate", "translate"),
                            ("fined for speeding, fined 500,000 dong, fined by the police, have to pay a fine",
                             fined_60, fines, "translate", "translate"),
                            ("ordered it online, bought these shoes online, my order hasn't arrived, shops online a "
                             "lot", online_60, online_shopping, "translate", "translate"),
                            ("got a tan, got sunburnt yesterday, gets sunburnt easily, always wears a hat in the sun",
                             tanned_60, sunburn, "translate", "translate"),
                            ("likes classical music, listens to rock all day, doesn't like rap, plays the drums",
                             music_60, music, "translate", "translate"),
                            ("let's take the lift, the office is on the fifth floor, which floor is the toilet on, "
                             "wants to take the stairs", lifted_60, lifts, "translate", "translate"),
                            ("the street is flooded, flooded last night, a storm is coming, the storm hit Da Nang "
                             "yesterday", flooded_60, floods, "translate", "translate"),
                            ("is vegetarian, are you vegetarian, doesn't eat pork, stopped eating beef", vegetarian_60,
                             diets, "translate", "translate"),
                            ("often gets carsick, do you get seasick, never gets airsick, has taken a travel-sickness "
                             "pill", carsick_60, travel_sickness, "translate", "translate"),
                            ("two hours behind Japan, the time difference between, still jet-lagged, not used to the "
                             "time here", zoned_60, time_zones, "translate", "translate"),
                            ("is left-handed, are you right-handed, writes with her left hand, is ambidextrous",
                             handed_60, handedness, "translate", "translate"),
                            ("drinks her tea without sugar, do you take sugar in your coffee, just a little ice "
                             "please, can you drink the tap water here", sugared_60, drinks, "translate", "translate"),
                            ("do you need to tip, left a tip for the waiter, how much should I tip the driver, do "
                             "people tip in Vietnam", tipped_60, tips, "translate", "translate"),
                            ("anything worth seeing in Hanoi, well worth a visit, wants to buy some souvenirs, not "
                             "worth it", worth_60, sights, "translate", "translate"),
                            ("can you make it a bit cheaper, how about 100,000, a discount if I buy two, can't go any "
                             "lower", haggled_60, bargaining, "translate", "translate"),
                            ("is drunk, too drunk to drive, still drunk, is he sober yet", hungover_60, hangovers,
                             "translate", "translate"),
                            ("usually naps for an hour, do you have a nap, just had a quick nap, needs a nap",
                             napped_60, naps, "translate", "translate"),
                            ("tripped, fell down the stairs yesterday, slipped on the wet floor, almost fell", fell_60,
                             falls, "translate", "translate"),
                            ("wants to get a tattoo, has tattoos on both arms, doesn't like tattoos, what does this "
                             "tattoo mean", tattooed_60, tattoos, "translate", "translate"),
                            ("the deadline is Friday, has to hand in the report by Monday, missed the deadline, can I "
                             "ask for an extension", deadline_60, deadlines, "translate", "translate"),
                            ("is going bald, hair is going grey, hair is falling out, has a lot of grey hair",
                             balding_60, hair_loss, "translate", "translate"),
                            ("has had her second jab, has to get vaccinated, gives blood every three months, ever "
                             "given blood", jabbed_60, jabs, "translate", "translate"),
                            ("can I have a shower, will have a shower after dinner, usually has a shower in the "
                             "evening, who's in the shower", showered_60, showers, "translate", "translate"),
                            ("can you print this for me, needs to print two copies, how many copies, the printer isn't "
                             "printing", printed_60, printing, "translate", "translate"),
                            ("set the air conditioning to 26 degrees, what temperature is it set to, too cold, can't "
                             "sleep without it", cooled_60, air_con, "translate", "translate"),
                            ("this milk is out of date, put it in the fridge, heat it up in the microwave, any food "
                             "left over", fridged_60, fridge, "translate", "translate"),
                            ("has a stiff neck, cramp in his leg, foot has gone numb, often gets cramp at night",
                             numb_60, numbness, "translate", "translate"),
                            ("the train to Hue leaves from platform 3, do I have to change trains, in carriage 5, is "
                             "the train on time", platformed_60, platforms, "translate", "translate"),
                            ("can crawl now, can the baby walk yet, took his first steps yesterday, is learning to "
                             "walk", firsts_60, milestones, "translate", "translate"),
                            ("the nearest petrol station, broke down on the way, the engine won't start, help me push "
                             "the car", broke_down_60, car_trouble, "translate", "translate"),
                            ("the tap is leaking, my roof is leaking, the toilet won't flush, need to call a plumber",
                             leaked_60, leaks, "translate", "translate"),
                            ("is this on sale, these shoes are 30% off, buy one get one free, bought it in the sale",
                             on_sale_60, sales, "translate", "translate"),
                            ("cockroaches in my house, just saw a mouse, need to call pest control, the cat caught a "
                             "mouse", pests_60, pests, "translate", "translate"),
                            ("often plays chess, plays video games all day, can you play mahjong, it's your turn",
                             played_60, games, "translate", "translate"),
                            ("is on a business trip, going on a business trip to Da Nang next week, often has to "
                             "travel for work, when will he be back", away_60, business_trips, "translate",
                             "translate"),
                            ("in the same class as Lan, the youngest in her class, going into grade 6 this year, in "
                             "grade 10 last year", classes_60, school_years, "translate", "translate"),
                            ("went to a concert last night, are you going to the concert, never been to a concert, "
                             "sang at a concert", concert_60, concerts, "translate", "translate"),
                            ("often has to work overtime, has to work late tonight, worked until 10 p.m. yesterday, "
                             "paid for overtime", worked_late_60, overtime, "translate", "translate"),
                            ("signed up for driving lessons, wants to sign up for a yoga class, just started nursery, "
                             "the course starts next Monday", enrolled_60, enrolment, "translate", "translate"),
                            ("how much pocket money, gets 50,000 dong a week, do your parents give you pocket money, "
                             "saves her pocket money", pocket_60, pocket_money, "translate", "translate"),
                            ("what time do the kids go to bed, past your bedtime, already asleep, puts the kids to bed "
                             "at 8", bedtime_60, bedtimes, "translate", "translate"),
                            ("too much time on his phone, addicted to her phone, put your phone away, always glued to "
                             "his phone", phones_60, screen_time, "translate", "translate"),
                            ("has braces, has to have a wisdom tooth out, the dentist gave me a filling, has a cavity",
                             teeth_60, dentist, "translate", "translate"),
                            ("takes the kids to school every morning, what time does school finish, no school today, "
                             "off school sick", school_run_60, school_days, "translate", "translate")])


# teams (Vietnamese, English); fans
TEAMS_60 = ["Arsenal", "Chelsea", "Liverpool", "Manchester United"]


def fans_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who supports a team, is a team's fan, which team do you support, do you support a team; right: "supports
    Arsenal", "is a Chelsea fan", "Which team do you support?", "Do you support Liverpool?"; or "… ủng hộ/cổ vũ
    Arsenal", "là fan của Chelsea", "… ủng hộ đội nào?", "… có ủng hộ Liverpool không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        team = rng.choice(TEAMS_60)
        a = "an" if team[0] in "AEIOU" else "a"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} {rng.choice(['ủng hộ', 'cổ vũ'])} {team}.",
                         f"^{w_en} support{'s' * one} {team}\\."),
                        (f"{w_vi} là fan của {team}.", f"^{w_en}{BE_53[one]} (?:{a} {team} fan|a fan of {team})\\.")
                        if w_en != "We" else (f"{w_vi} là fan của {team}.", f"^We(?:'re| are) {team} fans\\."),
                        (f"Bạn {rng.choice(['ủng hộ', 'cổ vũ'])} đội nào?",
                         "^(?:Which|What) team (?:do you support|are you (?:cheering for|supporting))\\?"),
                        (f"Bạn có {rng.choice(['ủng hộ', 'cổ vũ'])} {team} không?",
                         f"^(?:Do you support|Are you (?:cheering for|supporting)) {team}\\?")][shape])
        else:
            be = {"I": "am", "We": "are"}.get(w_en, "is")
            out.append([(f"{w_en} support{'s' * one} {team}.", f"^{w_right} (?:ủng hộ|cổ vũ)(?: cho)? {team}\\."),
                        (f"{w_en} {be} {a} {team} fan." if w_en != "We" else f"We are {team} fans.",
                         f"^{w_right} (?:là (?:một )?(?:fan|người hâm mộ|cổ động viên)(?: hâm mộ)?(?: của)?|hâm mộ) "
                         f"{team}\\."),
                        ("Which team do you support?", "^Bạn (?:ủng hộ|cổ vũ|là fan của) đội nào\\?"),
                        (f"Do you support {team}?", f"^Bạn có (?:ủng hộ|cổ vũ)(?: cho)? {team} không\\?")][shape])
    return out


def sneezed_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who keeps sneezing, has been yawning all day, snores so loudly, has hiccups; right: "keeps sneezing", "has
    been yawning all day", "snores so loudly", "has hiccups"; or "… hắt hơi suốt", "… ngáp cả ngày", "… ngáy to
    (quá)", "… bị nấc"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} hắt hơi suốt.", f"^{w_en} (?:keeps?|can't stop) sneezing\\."),
                        (f"{w_vi} ngáp cả ngày.", f"^{w_en}(?:'ve|'s| {has}) been yawning all day\\."),
                        (f"{w_vi} ngáy to quá.", f"^{w_en} snore{'s' * one} (?:so|really|very) loudly\\."),
                        (f"{w_vi} bị nấc.", f"^{w_en}(?: {has}|'s got|'ve got| {has} got) (?:the )?hiccups\\.")
                        ][shape])
        else:
            out.append([(f"{w_en} keep{'s' * one} sneezing.", f"^{w_right} (?:cứ )?(?:hắt hơi|hắt xì)(?: hơi)? "
                         "(?:suốt|mãi|liên tục)"),
                        (f"{w_en} {has} been yawning all day.", f"^{w_right} (?:đã )?ngáp (?:suốt )?cả ngày"),
                        (f"{w_en} snore{'s' * one} loudly.", f"^{w_right} ngáy (?:rất )?to"),
                        (f"{w_en} {has} hiccups.", f"^{w_right} (?:bị |đang )?nấc")][shape])
    return out


# fines: reasons (Vietnamese, English, English told as a ticket)
REASONS_60 = [("chạy quá tốc độ", "speeding"), ("vượt đèn đỏ", "running a red light"),
              ("đỗ xe ở đây", "parking here"), ("không đội mũ bảo hiểm", "not wearing a helmet")]


def fined_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who was fined for a reason, fined a sum, fined by the police, has to pay a fine; right: "was fined for
    speeding", "was fined VND500,000", "was fined by the police", "has to pay a fine"; or "… bị phạt vì …", "… bị
    phạt 500.000 đồng", "… bị cảnh sát phạt", "… phải nộp phạt"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        r_vi, r_en = rng.choice(REASONS_60)
        was = "was" if one or w_en == "I" else "were"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị phạt vì {r_vi}.", f"^{w_en} (?:{was}|got) fined for {r_en}\\."),
                        (f"{w_vi} bị phạt 500.000 đồng.",
                         f"^{w_en} (?:{was}|got) fined (?:VND ?500,000|500,000 (?:dong|VND))\\."),
                        (f"{w_vi} bị cảnh sát phạt.", f"^{w_en} (?:{was}|got) fined by the police\\."),
                        (f"{w_vi} phải nộp phạt.", f"^{w_en} (?:{'has' if one else 'have'}|had) to pay (?:a|the) "
                         "fine\\.")][shape])
        else:
            out.append([(f"{w_en} {was} fined for {r_en}.", f"^{w_right} bị phạt vì {r_vi}\\."),
                        (f"{w_en} {was} fined 500,000 dong.", f"^{w_right} bị phạt 500[.,]000 đồng\\."),
                        (f"{w_en} {was} fined by the police.", f"^{w_right} bị (?:cảnh sát|công an) phạt(?: tiền)?\\."),
                        (f"{w_en} {'has' if one else 'have'} to pay a fine.", f"^{w_right} phải (?:nộp|trả) "
                         "(?:tiền )?phạt\\.")][shape])
    return out


# whose order (Vietnamese, English, Vietnamese right)
ORDERS_60 = [("tôi", "My", "tôi"), ("anh ấy", "His", "anh (?:ấy|ta)"), ("chúng tôi", "Our", "chúng tôi")]
# things bought online (Vietnamese, English, English one)
BOUGHT_60 = [("đôi giày", "shoes", False), ("cái điện thoại", "phone", True), ("cái váy", "dress", True),
             ("cái ô", "umbrella", True)]


def online_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who ordered it online, bought this thing online, whose order hasn't arrived yet, shops online a lot; right:
    "ordered it online", "bought these shoes online", "order hasn't arrived yet", "shops online a lot"; or "… đặt
    hàng/mua trên mạng", "… mua … này trên mạng", "Đơn hàng của … chưa đến", "… mua sắm trên mạng (rất) nhiều"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        b_vi, b_en, b_one = rng.choice(BOUGHT_60)
        this = "this" if b_one else "these"
        o_vi, o_en, o_right = rng.choice(ORDERS_60)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đặt hàng trên mạng.", f"^{w_en} ordered (?:it|them|something) online\\."),
                        (f"{w_vi} mua {b_vi} này trên mạng.", f"^{w_en} bought {this} {b_en} online\\."),
                        (f"Đơn hàng của {o_vi} chưa đến.", f"^{o_en} order (?:still )?(?:hasn't|has not) arrived"
                         "(?: yet)?\\."),
                        (f"{w_vi} mua sắm trên mạng rất nhiều.", f"^{w_en} shop{'s' * one} online a lot\\.")][shape])
        else:
            out.append([(f"{w_en} ordered it online.", f"^{w_right} (?:đã )?đặt(?: mua| hàng)?(?: nó)? (?:trên|qua) "
                         "mạng\\."),
                        (f"{w_en} bought {this} {b_en} online.",
                         f"^{w_right} (?:đã )?mua {b_vi} này (?:trên|qua) mạng\\."),
                        (f"{o_en} order hasn't arrived yet.",
                         f"^Đơn hàng (?:của )?{o_right} (?:vẫn )?chưa (?:đến|tới|về)"
                         "\\."),
                        (f"{w_en} shop{'s' * one} online a lot.", f"^{w_right} mua sắm (?:trên|qua) mạng (?:rất )?"
                         "nhiều\\.")][shape])
    return out


def tanned_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who got a tan, got sunburnt yesterday, gets sunburnt easily, always wears a hat in the sun; right: "got a
    tan", "got sunburnt yesterday", "gets sunburnt easily", "always wears a hat in the sun"; or "… bị rám nắng",
    "Hôm qua … bị cháy nắng", "… dễ bị cháy nắng", "… luôn đội mũ khi ra nắng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị rám nắng.", f"^{w_en}(?: got a tan|(?:'s| has|'ve| have) got a tan|"
                         f"{BE_53[one]} tanned)\\."),
                        (f"Hôm qua {low_58(w_vi)} bị cháy nắng.",
                         f"^(?:Yesterday,? {inside(w_en)} got sunburn(?:t|ed)|{w_en} got sunburn(?:t|ed) "
                         "yesterday)\\."),
                        (f"{w_vi} dễ bị cháy nắng.", f"^{w_en} (?:gets? sunburn(?:t|ed)|burns?) (?:very )?easily\\."),
                        (f"{w_vi} luôn đội mũ khi ra nắng.", f"^{w_en} always wears? a (?:sun )?hat in the sun\\.")
                        ][shape])
        else:
            out.append([(f"{w_en} got a tan.", f"^{w_right} (?:bị )?(?:rám nắng|đen đi)\\."),
                        (f"{w_en} got sunburnt yesterday.",
                         f"^(?:Hôm qua,? )?{w_right} (?:đã )?bị cháy nắng(?: hôm qua)?\\."),
                        (f"{w_en} get{'s' * one} sunburnt easily.", f"^{w_right} (?:rất )?dễ bị cháy nắng\\."),
                        (f"{w_en} always wear{'s' * one} a hat in the sun.",
                         f"^{w_right} (?:luôn|luôn luôn|lúc nào cũng) đội (?:mũ|nón) (?:khi (?:ra|đi) )?(?:ngoài )?nắng"
                         "\\.")][shape])
    return out


# kinds of music (Vietnamese, English right, Vietnamese right for English given)
KINDS_60 = [("nhạc cổ điển", "classical music", "classical music", "nhạc cổ điển"),
            ("nhạc rock", "rock(?: music)?", "rock music", "nhạc rock"),
            ("nhạc jazz", "jazz(?: music)?", "jazz", "nhạc jazz"), ("nhạc rap", "rap(?: music)?", "rap", "nhạc rap")]


def music_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who likes a kind of music, listens to it all day, doesn't like it, plays the drums; right: "likes classical
    music", "listens to rock all day", "doesn't like rap", "plays the drums"; or "… thích nhạc cổ điển", "… nghe
    nhạc rock cả ngày", "… không thích nhạc rap", "… chơi trống"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        k_vi, k_en, k_given, k_right = rng.choice(KINDS_60)
        does = "doesn't" if one else "don't"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} thích {k_vi}.", f"^{w_en} like{'s' * one} {k_en}\\."),
                        (f"{w_vi} nghe {k_vi} suốt ngày.", f"^{w_en} listen{'s' * one} to {k_en} all day\\."),
                        (f"{w_vi} không thích {k_vi}.", f"^{w_en} {does} like {k_en}\\."),
                        (f"{w_vi} chơi trống.", f"^{w_en} play{'s' * one} the drums\\.")][shape])
        else:
            out.append([(f"{w_en} like{'s' * one} {k_given}.", f"^{w_right} thích {k_right}\\."),
                        (f"{w_en} listen{'s' * one} to {k_given} all day.",
                         f"^{w_right} nghe {k_right} (?:cả|suốt)(?: cả)? ngày\\."),
                        (f"{w_en} {does} like {k_given}.", f"^{w_right} không thích {k_right}\\."),
                        (f"{w_en} play{'s' * one} the drums.", f"^{w_right} chơi trống\\.")][shape])
    return out


# places in a building (Vietnamese, English); floors (Vietnamese, English)
ROOMS_60 = [("Văn phòng", "office"), ("Nhà vệ sinh", "toilet"), ("Nhà hàng", "restaurant"), ("Phòng họp",
                                                                                             "meeting room")]
FLOORS_60 = [("năm", "fifth"), ("ba", "third"), ("mười", "tenth"), ("hai", "second")]


def lifted_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Let's take the lift or the stairs, a room is on a floor, which floor is it on, who wants to take the stairs;
    right: "Let's take the lift", "The office is on the fifth floor", "Which floor is the toilet on?", "wants to take
    the stairs"; or "Chúng ta đi thang máy nhé", "… ở tầng năm", "… ở tầng mấy?", "… muốn đi thang bộ"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        r_vi, r_en = rng.choice(ROOMS_60)
        f_vi, f_en = rng.choice(FLOORS_60)
        ride_vi, ride_en = rng.choice([("thang máy", "lift"), ("thang bộ", "stairs")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Chúng ta đi {ride_vi} nhé.", f"^Let's (?:take|use) the {ride_en}\\."),
                        (f"{r_vi} ở tầng {f_vi}.", f"^The {r_en} is on the {f_en} floor\\."),
                        (f"{r_vi} ở tầng mấy?", f"^(?:Which|What) floor is the {r_en} on\\?"),
                        (f"{w_vi} muốn đi thang bộ.", f"^{w_en} want{'s' * one} to take the stairs\\.")][shape])
        else:
            out.append([(f"Let's take the {ride_en}.",
                         f"^Chúng ta (?:hãy )?đi {ride_vi if ride_en == 'lift' else '(?:thang bộ|cầu thang)'}"
                         "(?: nhé| đi)?\\."),
                        (f"The {r_en} is on the {f_en} floor.", f"^{r_vi} (?:nằm )?ở tầng {f_vi}\\."),
                        (f"Which floor is the {r_en} on?", f"^{r_vi} (?:nằm )?ở tầng (?:mấy|nào)\\?"),
                        (f"{w_en} want{'s' * one} to take the stairs.", f"^{w_right} muốn đi (?:thang bộ|cầu thang)\\.")
                        ][shape])
    return out


# flooded places (Vietnamese, English, Vietnamese right); cities
FLOODED_60 = [("Đường", "The street", "Đường(?: phố)?"), ("Nhà tôi", "My house", "Nhà (?:của )?tôi"),
              ("Hà Nội", "Hanoi", "Hà Nội"), ("Tầng hầm", "The basement", "Tầng hầm")]
CITIES_60 = [("Đà Nẵng", "Da Nang"), ("Huế", "Hue"), ("Quảng Ninh", "Quang Ninh")]


def flooded_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A place is flooded, was flooded last night, a storm is coming, the storm hit a city yesterday; right: "is
    flooded", "was flooded last night", "A storm is coming", "The storm hit Da Nang yesterday"; or "… bị ngập", "Tối
    qua … bị ngập", "Sắp có bão", "Hôm qua bão đổ bộ vào Đà Nẵng"."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right = rng.choice(FLOODED_60)
        c_vi, c_en = rng.choice(CITIES_60)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{p_vi} bị ngập rồi.", f"^{p_en} is (?:flooded|under water)\\."),
                        (f"Tối qua {low_58(p_vi) if p_vi != 'Hà Nội' else p_vi} bị ngập.",
                         f"^(?:Last night,? {inside(p_en) if p_en != 'Hanoi' else p_en} was flooded|{p_en} was "
                         "flooded last night)\\."),
                        ("Sắp có bão.", "^(?:(?:A|The) storm is coming|There(?:'s| is) a storm coming)\\."),
                        (f"Hôm qua bão đổ bộ vào {c_vi}.",
                         f"^(?:Yesterday,? the storm hit {c_en}|The storm hit {c_en} yesterday)\\.")][shape])
        else:
            out.append([(f"{p_en} is flooded.", f"^(?i:{p_right}) (?:đang )?bị ngập(?: rồi)?\\."),
                        (f"{p_en} was flooded last night.",
                         f"^(?:Tối qua,? (?i:{p_right}) (?:đã )?bị ngập|(?i:{p_right}) "
                         "(?:đã )?bị ngập tối qua)\\."),
                        ("A storm is coming.",
                         "^(?:Sắp có bão|(?:Cơn )?[Bb]ão sắp (?:đến|tới)|Một cơn bão sắp (?:đến|tới))"
                         "\\."),
                        (f"The storm hit {c_en} yesterday.",
                         f"^(?:Hôm qua,? (?:cơn )?bão (?:đã )?đổ bộ vào {c_vi}|(?:Cơn )?"
                         f"[Bb]ão (?:đã )?đổ bộ vào {c_vi} hôm qua)\\.")][shape])
    return out


# foods not eaten (Vietnamese, English, Vietnamese right)
NOT_EATEN_60 = [("thịt lợn", "pork", "thịt (?:lợn|heo)"), ("thịt bò", "beef", "thịt bò"),
                ("hải sản", "seafood", "hải sản"), ("cá", "fish", "cá")]


def vegetarian_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is vegetarian, is asked whether vegetarian, doesn't eat a food, stopped eating a food; right: "is
    vegetarian", "Is … vegetarian?", "doesn't eat pork", "stopped eating beef"; or "… ăn chay", "… có ăn chay
    không?", "… không ăn thịt lợn", "… (đã) bỏ/ngừng ăn thịt bò"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:4])  # ("Tôi ăn chay." is the phrasebook's own)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        f_vi, f_en, f_right = rng.choice(NOT_EATEN_60)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} ăn chay.", f"^{w_en}{BE_53[one]} (?:a )?vegetarian\\."),
                        (f"{a_vi} có ăn chay không?", f"^{'Is' if a_one else 'Are'} {a_en} (?:a )?vegetarian\\?"),
                        (f"{w_vi} không ăn {f_vi}.", f"^{w_en} doesn't eat {f_en}\\."),
                        (f"{w_vi} đã bỏ ăn {f_vi}.", f"^{w_en} (?:has )?(?:stopped|given up) eating {f_en}\\.")][shape])
        else:
            out.append([(f"{w_en} is vegetarian.", f"^{w_right} (?:ăn chay|là người ăn chay)\\."),
                        (f"{'Is' if a_one else 'Are'} {a_en} vegetarian?", f"^{a_right} có (?:ăn chay|phải là người ăn "
                         "chay) không\\?"),
                        (f"{w_en} doesn't eat {f_en}.", f"^{w_right} không ăn {f_right}\\."),
                        (f"{w_en} stopped eating {f_en}.",
                         f"^{w_right} (?:đã )?(?:ngừng|bỏ|thôi) ăn {f_right}\\.")][shape])
    return out


# sickness on the way (Vietnamese, English)
SICK_60 = [("say xe", "carsick"), ("say sóng", "seasick"), ("say máy bay", "airsick")]


def carsick_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who often gets carsick, does someone get seasick, never gets airsick, has taken a travel-sickness pill;
    right: "often gets carsick", "Does … get seasick?", "never gets airsick", "has taken a travel-sickness pill";
    or "… hay/thường bị say xe", "… có bị say sóng không?", "… không bao giờ bị say máy bay", "… (đã) uống thuốc
    (chống) say xe"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        s_vi, s_en = rng.choice(SICK_60)
        get = "gets" if one else "get"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} hay bị {s_vi}.", f"^{w_en} often {get} {s_en}\\."),
                        (f"{a_vi} có bị {s_vi} không?", f"^{'Does' if a_one else 'Do'} {a_en} get {s_en}\\?"),
                        (f"{w_vi} không bao giờ bị {s_vi}.", f"^{w_en} never {get} {s_en}\\."),
                        (f"{w_vi} uống thuốc chống say xe rồi.", f"^{w_en}(?:'ve| have|'s| has)(?: already)? taken "
                         "(?:a|some) travel[- ]sickness (?:pills?|tablets?|medicine)\\.")][shape])
        else:
            out.append([(f"{w_en} often {get} {s_en}.", f"^{w_right} (?:hay|thường) bị {s_vi}\\."),
                        (f"{'Does' if a_one else 'Do'} {a_en} get {s_en}?", f"^{a_right} có (?:bị )?{s_vi} không\\?"),
                        (f"{w_en} never {get} {s_en}.", f"^{w_right} không bao giờ bị {s_vi}\\."),
                        (f"{w_en} {'has' if one else 'have'} taken a travel-sickness pill.",
                         f"^{w_right} (?:đã )?uống thuốc (?:chống )?say (?:tàu )?xe(?: rồi)?\\.")][shape])
    return out


# places and the hours between them (Vietnamese, English, ahead)
ZONES_60 = [("Việt Nam", "Vietnam", "Nhật Bản", "Japan", "hai", "two", False),
            ("Hà Nội", "Hanoi", "London", "London", "bảy", "seven", True),
            ("Tokyo", "Tokyo", "Hà Nội", "Hanoi", "hai", "two", True),
            ("Pháp", "France", "Việt Nam", "Vietnam", "sáu", "six", False)]


def zoned_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A place hours ahead of or behind another, the time difference between two places asked, who is still
    jet-lagged, who is not used to the time here yet; right: "is two hours behind Japan", "What's the time difference
    between …?", "still jet-lagged", "not used to the time here"; or "… chậm/nhanh hơn … hai tiếng", "… và … chênh
    nhau mấy tiếng?", "… vẫn bị lệch múi giờ", "… chưa quen giờ ở đây"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        p_vi, p_en, q_vi, q_en, h_vi, h_en, ahead = rng.choice(ZONES_60)
        than_vi = "(?:nhanh|sớm)" if ahead else "(?:chậm|muộn|trễ)"
        than_en = "ahead of" if ahead else "behind"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{p_vi} {'nhanh' if ahead else 'chậm'} hơn {q_vi} {h_vi} tiếng.",
                         f"^{p_en} is {h_en} hours {than_en} {q_en}\\."),
                        (f"{p_vi} và {q_vi} chênh nhau mấy tiếng?",
                         f"^(?:What(?:'s| is) the time difference between {p_en} and {q_en}|How many hours apart are "
                         f"{p_en} and {q_en})\\?"),
                        (f"{w_vi} vẫn bị lệch múi giờ.", f"^{w_en}{BE_53[one]} still jet-lagged\\."),
                        (f"{w_vi} vẫn chưa quen giờ ở đây.", f"^{w_en}{BE_53[one]} still not used to the time here\\.")
                        ][shape])
        else:
            out.append([(f"{p_en} is {h_en} hours {than_en} {q_en}.",
                         f"^{p_vi} {than_vi} hơn {q_vi} {h_vi} (?:tiếng|giờ)"
                         "\\."),
                        (f"What's the time difference between {p_en} and {q_en}?",
                         f"^(?:{p_vi} (?:và|với) {q_vi} (?:chênh|lệch)(?: lệch)?(?: nhau)? "
                         "(?:mấy|bao nhiêu)(?: tiếng)?|"
                         f"Chênh lệch múi giờ giữa {p_vi} và {q_vi} là bao nhiêu)\\?"),
                        (f"{w_en} {be_53(w_en, one)} still jet-lagged.", f"^{w_right} vẫn (?:còn )?bị lệch múi giờ\\."),
                        (f"{w_en} {be_53(w_en, one)} still not used to the time here.",
                         f"^{w_right} vẫn chưa quen (?:với )?giờ (?:giấc )?ở đây\\.")][shape])
    return out


def handed_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is left- or right-handed, is someone left-handed, writes with the left hand, is ambidextrous; right: "is
    left-handed", "Is … left-handed?", "writes with his left hand" / "writes left-handed", "is ambidextrous"; or
    "… thuận tay trái", "… có thuận tay trái không?", "… viết bằng tay trái", "… thuận cả hai tay"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        side_vi, side_en = rng.choice([("trái", "left"), ("phải", "right")])
        whose = {"I": "my", "My mother": "her", "He": "his", "Lan": "her", "We": "our"}[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} thuận tay {side_vi}.", f"^{w_en}{BE_53[one]} {side_en}-handed\\."),
                        (f"{a_vi} có thuận tay {side_vi} không?", f"^{'Is' if a_one else 'Are'} {a_en} {side_en}-handed"
                         "\\?"),
                        (f"{w_vi} viết bằng tay {side_vi}.",
                         f"^{w_en} write{'s' * one} (?:with {whose} {side_en} hands?|"
                         f"{side_en}-handed)\\."),
                        (f"{w_vi} thuận cả hai tay.", f"^{w_en}{BE_53[one]} ambidextrous\\.")][shape])
        else:
            be = be_53(w_en, one)
            out.append([(f"{w_en} {be} {side_en}-handed.", f"^{w_right} (?:là người )?thuận tay {side_vi}\\."),
                        (f"{'Is' if a_one else 'Are'} {a_en} {side_en}-handed?", f"^{a_right} có (?:phải là người )?"
                         f"thuận tay {side_vi} không\\?"),
                        (f"{w_en} write{'s' * one} with {whose} {side_en} hand{'s' * (w_en == 'We')}.",
                         f"^{w_right} viết (?:bằng )?tay "
                         f"{side_vi}\\."),
                        (f"{w_en} {be} ambidextrous.", f"^{w_right} thuận cả hai tay\\.")][shape])
    return out


# drinks taken a way (Vietnamese, English)
TAKEN_60 = [("trà", "tea"), ("cà phê", "coffee")]


def sugared_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who drinks their tea without sugar, does someone take sugar in their coffee, just a little ice please, can you
    drink the tap water here; right: "drinks her tea without sugar", "Do you take sugar in your coffee?", "Just a
    little ice, please.", "Can you drink the tap water here?"; or "… uống trà không đường", "… uống cà phê có đường
    không?", "Cho tôi ít đá thôi.", "Nước máy ở đây (có) uống được không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (not a name: "his" or "her"?)
        d_vi, d_en = rng.choice(TAKEN_60)
        whose = {"I": "my", "My mother": "her", "He": "his", "We": "our"}[w_en]
        bit_vi, bit_en = rng.choice([("đá", "ice"), ("đường", "sugar"), ("sữa", "milk")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} uống {d_vi} không đường.",
                         f"^{w_en} (?:drinks?|takes?) {whose} {d_en} without (?:any )?sugar\\."),
                        (f"Bạn uống {d_vi} có đường không?", f"^Do you take sugar in your {d_en}\\?"),
                        (f"Cho tôi ít {bit_vi} thôi.", f"^Just a little {bit_en}, please\\."),
                        ("Nước máy ở đây uống được không?",
                         "^(?:Can you drink the tap water here|Is the tap water here "
                         "safe to drink)\\?")][shape])
        else:
            out.append([(f"{w_en} drink{'s' * one} {whose} {d_en} without sugar.",
                         f"^{w_right} uống {d_vi} không (?:có )?đường\\."),
                        (f"Do you take sugar in your {d_en}?",
                         f"^Bạn (?:có )?uống {d_vi} có (?:bỏ |cho )?đường không\\?"),
                        (f"Just a little {bit_en}, please.", f"^(?:Cho tôi )?ít {bit_vi} thôi(?: nhé)?\\."),
                        ("Can you drink the tap water here?", "^Nước máy ở đây (?:có )?uống được không\\?")][shape])
    return out


# those tipped (Vietnamese, English)
TIPPED_60 = [("người phục vụ", "waiter"), ("tài xế", "driver"), ("hướng dẫn viên", "guide")]


def tipped_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Does someone need to tip, who left a tip for the waiter, how much should I tip the driver, do people tip in
    Vietnam; right: "Do … need to tip?", "left a tip for the waiter", "How much should I tip the driver?", "Do people
    tip in Vietnam?"; or "… có cần boa không?", "… để lại tiền boa cho người phục vụ", "Tôi nên boa cho tài xế bao
    nhiêu?", "Ở Việt Nam người ta có boa không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        t_vi, t_en = rng.choice(TIPPED_60)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} có cần boa không?", f"^{'Does' if a_one else 'Do'} {a_en} (?:need|have) to tip\\?"),
                        (f"{w_vi} đã để lại tiền boa cho {t_vi}.", f"^{w_en} left a tip for the {t_en}\\."),
                        (f"Tôi nên boa cho {t_vi} bao nhiêu?", f"^How much should I tip the {t_en}\\?"),
                        ("Ở Việt Nam người ta có boa không?", "^Do (?:people|you) (?:usually )?tip in Vietnam\\?")
                        ][shape])
        else:
            out.append([(f"{'Does' if a_one else 'Do'} {a_en} need to tip?",
                         f"^{a_right} có cần (?:phải )?boa không\\?"),
                        (f"{w_en} left a tip for the {t_en}.",
                         f"^{w_right} (?:đã )?để lại tiền (?:boa|tip) cho {t_vi}\\."),
                        (f"How much should I tip the {t_en}?", f"^Tôi nên boa cho {t_vi} bao nhiêu\\?"),
                        ("Do people tip in Vietnam?", "^Ở Việt Nam người ta có boa không\\?")][shape])
    return out


# places worth seeing (Vietnamese, English)
WORTH_60 = [("Hà Nội", "Hanoi"), ("Huế", "Hue"), ("Hội An", "Hoi An"), ("Đà Lạt", "Da Lat")]
SIGHTS_60 = [("Phố cổ", "The old quarter"), ("Chợ đêm", "The night market"), ("Vịnh Hạ Long", "Ha Long Bay")]


def worth_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Is there anything worth seeing in a town, a sight is well worth a visit, who wants to buy some souvenirs,
    it's not worth it; right: "Is there anything worth seeing in Hanoi?", "… is well worth a visit", "wants to buy
    some souvenirs", "It's not worth it."; or "Ở Hà Nội có gì đáng xem không?", "… rất đáng đến", "… muốn mua
    (ít) quà lưu niệm", "Không đáng đâu."."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        p_vi, p_en = rng.choice(WORTH_60)
        s_vi, s_en = rng.choice(SIGHTS_60)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Ở {p_vi} có gì đáng xem không?", f"^Is there anything worth seeing in {p_en}\\?"),
                        (f"{s_vi} rất đáng đến.",
                         f"^{s_en} is (?:well|really|definitely) worth (?:a visit|visiting)\\."),
                        (f"{w_vi} muốn mua ít quà lưu niệm.", f"^{w_en} want{'s' * one} to buy some souvenirs\\."),
                        ("Không đáng đâu.", "^It(?:'s not| isn't| is not) worth it\\.")][shape])
        else:
            out.append([(f"Is there anything worth seeing in {p_en}?",
                         f"^(?:Ở {p_vi} có gì đáng xem không|Có gì đáng xem ở {p_vi} không)\\?"),
                        (f"{s_en} is well worth a visit.",
                         f"^{s_vi} rất đáng (?:để )?(?:ghé thăm|đến thăm|tham quan|đi|đến)\\."),
                        (f"{w_en} want{'s' * one} to buy some souvenirs.",
                         f"^{w_right} muốn mua (?:một )?(?:ít|vài|số) (?:món )?quà lưu niệm\\."),
                        ("It's not worth it.", "^(?:Nó )?[Kk]hông đáng(?: đâu)?\\.")][shape])
    return out


# sums offered (Vietnamese, English right, English given, Vietnamese right)
OFFERED_60 = [("100 nghìn", "VND100 thousand", "100,000 dong", "100[.,]000 đồng|100 nghìn"),
              ("150.000 đồng", "VND150,000", "150,000 dong", "150[.,]000 đồng"),
              ("80 nghìn", "VND80 thousand", "80,000 dong", "80[.,]000 đồng|80 nghìn")]


def haggled_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Can you make it a bit cheaper, how about a sum, can I get a discount if I buy two, can't go any lower; right:
    "Can you make it a bit cheaper?", "How about VND100 thousand?", "Can I get a discount if I buy two?", "can't go
    any lower"; or "Rẻ hơn/Bớt … một chút được không?", "100 nghìn được không?", "(Nếu) mua hai cái (thì) có được
    giảm (giá) không?", "… không bớt được nữa"."""
    out = []
    for _ in range(n):
        o_vi, o_en, o_given, o_right = rng.choice(OFFERED_60)
        k_vi, k_en = rng.choice([("hai", "two"), ("ba", "three")])
        me_vi, me_en = rng.choice([("Tôi", "I"), ("Chúng tôi", "We")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(rng.choice(["Rẻ hơn một chút được không?", "Bạn bán rẻ hơn một chút được không?"]),
                         "^Can you make it a bit cheaper\\?"),
                        (f"{o_vi} được không?", f"^How about {o_en}\\?"),
                        (f"Mua {k_vi} cái có được giảm giá không?", f"^Can I get a discount if I buy {k_en}\\?"),
                        (f"{me_vi} không bớt được nữa.", f"^{me_en} can't go any lower\\.")][shape])
        else:
            out.append([("Can you make it a bit cheaper?", "^(?:Bớt cho (?:tôi|chúng tôi) một chút|Rẻ hơn một chút) "
                         "được không\\?"),
                        (f"How about {o_given}?", f"^(?:{o_right}) được không\\?"),
                        (f"Can I get a discount if I buy {k_en}?", f"^(?:Nếu )?tôi mua {k_vi} cái thì có được giảm "
                         f"(?:giá )?không\\?|^Mua {k_vi} cái có được giảm (?:giá )?không\\?"),
                        (f"{me_en} can't go any lower.", f"^{me_vi} không (?:thể )?bớt (?:được )?nữa\\.")][shape])
    return out


def hungover_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is drunk, too drunk to drive, still drunk, is someone sober yet; right: "is drunk", "too drunk to
    drive", "still drunk", "Is … sober yet?"; or "… bị say rượu", "… say quá (, nên) không lái xe được", "… vẫn còn
    say", "… tỉnh rượu chưa?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị say rượu.", f"^{w_en}{BE_53[one]} drunk\\."),
                        (f"{w_vi} say quá không lái xe được.", f"^{w_en}{BE_53[one]} too drunk to drive\\."),
                        (f"{w_vi} vẫn còn say.", f"^{w_en}{BE_53[one]} still drunk\\."),
                        (f"{a_vi} tỉnh rượu chưa?", f"^(?:{'Is' if a_one else 'Are'} {a_en} sober yet|"
                         f"{'Has' if a_one else 'Have'} {a_en} sobered up yet)\\?")][shape])
        else:
            be = be_53(w_en, one)
            out.append([(f"{w_en} {be} drunk.", f"^{w_right} (?:bị )?say(?: rượu| rồi)?\\."),
                        (f"{w_en} {be} too drunk to drive.",
                         f"^{w_right} say quá,?(?: nên)? không (?:thể )?lái xe(?: được)?"
                         "\\."),
                        (f"{w_en} {be} still drunk.", f"^{w_right} vẫn (?:còn )?say(?: rượu)?\\."),
                        (f"{'Is' if a_one else 'Are'} {a_en} sober yet?",
                         f"^{a_right} (?:đã )?tỉnh rượu chưa\\?")][shape])
    return out


def napped_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who usually naps for an hour, does someone have a nap, who just had a quick nap, needs a nap; right:
    "usually naps for an hour", "Does … (have a) nap …?", "just had a quick nap", "needs a (quick) nap"; or "…
    thường ngủ trưa một tiếng", "… có ngủ trưa không?", "… vừa chợp mắt (một lát)", "… cần ngủ trưa/chợp mắt"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} thường ngủ trưa một tiếng.", f"^{w_en} usually nap{'s' * one} for an hour\\b"),
                        (f"{a_vi} có ngủ trưa không?", f"^{'Does' if a_one else 'Do'} {a_en} (?:nap|(?:have|take) "
                         "(?:a nap|naps))\\b"),
                        (f"{w_vi} vừa chợp mắt một lát.", f"^{w_en}(?:'ve|'s| have| has)? just (?:had|took) a "
                         "(?:quick|short) nap\\."),
                        (f"{w_vi} cần chợp mắt một lát.", f"^{w_en} need{'s' * one} a (?:quick|short) nap\\.")][shape])
        else:
            out.append([(f"{w_en} usually nap{'s' * one} for an hour.", f"^{w_right} thường ngủ trưa (?:khoảng )?một "
                         "tiếng\\."),
                        (f"{'Does' if a_one else 'Do'} {a_en} have a nap after lunch?",
                         f"^{a_right} có (?:thường |hay )?ngủ trưa(?: sau bữa trưa)? không\\?"),
                        (f"{w_en} just had a quick nap.",
                         f"^{w_right} vừa (?:mới )?chợp mắt(?: một lát| một chút)?\\."),
                        (f"{w_en} need{'s' * one} a nap.",
                         f"^{w_right} cần (?:ngủ trưa|chợp mắt)(?: một lát)?\\.")][shape])
    return out


def fell_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who tripped, fell down the stairs yesterday, slipped on the wet floor, almost fell; right: "tripped", "fell
    down the stairs yesterday", "slipped on the wet floor", "almost/nearly fell"; or "… (bị) vấp ngã", "Hôm qua …
    (bị) ngã (xuống) cầu thang", "… (bị) trượt chân trên sàn ướt", "… suýt ngã"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị vấp ngã.", f"^{w_en} tripped(?: and fell)?\\."),
                        (f"Hôm qua {low_58(w_vi)} bị ngã cầu thang.",
                         f"^(?:{w_en} fell down the stairs yesterday|Yesterday,? {inside(w_en)} fell down the stairs)"
                         "\\."),
                        (f"{w_vi} bị trượt chân trên sàn ướt.", f"^{w_en} slipped on the wet floor\\."),
                        (f"{w_vi} suýt ngã.", f"^{w_en} (?:almost|nearly) fell\\.")][shape])
        else:
            out.append([(f"{w_en} tripped.", f"^{w_right} (?:bị )?vấp(?: ngã| té)?\\."),
                        (f"{w_en} fell down the stairs yesterday.",
                         f"^(?:Hôm qua,? )?{w_right} (?:bị )?(?:ngã|té) (?:xuống )?cầu thang(?: hôm qua)?\\."),
                        (f"{w_en} slipped on the wet floor.",
                         f"^{w_right} (?:bị )?trượt(?: chân)? trên sàn (?:nhà )?ướt"
                         "\\."),
                        (f"{w_en} almost fell.", f"^{w_right} suýt (?:bị )?ngã\\.")][shape])
    return out


def tattooed_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who wants to get a tattoo, has tattoos on both arms, doesn't like tattoos, what does this tattoo mean; right:
    "wants to get a tattoo", "has tattoos on both arms", "doesn't like tattoos", "What does this tattoo mean?"; or
    "… muốn đi xăm/xăm hình", "… có hình xăm trên (cả) hai (cánh) tay", "… không thích hình xăm", "Hình xăm này có
    (ý) nghĩa (là) gì?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        has, does = ("has", "doesn't") if one else ("have", "don't")
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} muốn đi xăm.", f"^{w_en} want{'s' * one} to get a tattoo\\."),
                        (f"{w_vi} có hình xăm trên cả hai cánh tay.", f"^{w_en} {has} tattoos on both arms\\."),
                        (f"{w_vi} không thích hình xăm.", f"^{w_en} {does} like tattoos\\."),
                        ("Hình xăm này có ý nghĩa gì?", "^What does this tattoo mean\\?")][shape])
        else:
            out.append([(f"{w_en} want{'s' * one} to get a tattoo.", f"^{w_right} muốn (?:đi xăm|xăm hình)\\."),
                        (f"{w_en} {has} tattoos on both arms.", f"^{w_right} có hình xăm (?:trên|ở) (?:cả )?hai "
                         "(?:cánh )?tay\\."),
                        (f"{w_en} {does} like tattoos.", f"^{w_right} không thích hình xăm\\."),
                        ("What does this tattoo mean?", "^Hình xăm này có (?:ý nghĩa|nghĩa là) gì\\?")][shape])
    return out


# days something is due (Vietnamese, English)
DUE_60 = [("thứ Sáu", "Friday"), ("thứ Hai", "Monday"), ("ngày mai", "tomorrow")]


def deadline_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The deadline is a day, who has to hand in the report by Monday, who missed the deadline, can I ask for an
    extension; right: "The deadline is Friday", "has to hand in the report by Monday", "missed the deadline", "Can I
    ask for/have an extension?"; or "Hạn chót là thứ Sáu", "… phải nộp báo cáo trước thứ Hai", "… (bị) lỡ hạn chót",
    "Tôi có thể xin/được gia hạn không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        d_vi, d_en = rng.choice(DUE_60)
        k_vi, k_en = rng.choice(DUE_60[:2])
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Hạn chót là {d_vi}.", f"^The deadline is {d_en}\\."),
                        (f"{w_vi} phải nộp báo cáo trước {k_vi}.",
                         f"^{w_en} {has} to (?:hand in|submit|turn in) (?:the|{WHOSE_58[w_en]}) report (?:by|before) "
                         f"{k_en}\\."),
                        (f"{w_vi} lỡ hạn chót rồi.", f"^{w_en}(?:'ve|'s| have| has)? missed the deadline\\."),
                        ("Tôi có thể xin gia hạn không?", "^(?:Can|Could|May) I (?:ask for|have|get) an extension\\?")
                        ][shape])
        else:
            out.append([(f"The deadline is {d_en}.", f"^(?:Hạn chót|Thời hạn chót|Hạn cuối) là (?:vào )?{d_vi}\\."),
                        (f"{w_en} {has} to hand in the report by {k_en}.",
                         f"^{w_right} (?:phải|cần) nộp (?:bản )?báo cáo trước {k_vi}\\."),
                        (f"{w_en} missed the deadline.",
                         f"^{w_right} (?:đã )?(?:bị )?(?:bỏ )?lỡ (?:hạn chót|thời hạn)(?: rồi)?\\."),
                        ("Can I have an extension?", "^Tôi có thể (?:được|xin) gia hạn(?: thêm)? không\\?")][shape])
    return out


# whose hair (Vietnamese owner, English whose, Vietnamese right)
HAIRED_60 = [("bố tôi", "My father's", "(?:bố|cha|ba) (?:của )?tôi"), ("tôi", "My", "tôi"),
             ("mẹ tôi", "My mother's", "mẹ (?:của )?tôi"), ("anh ấy", "His", "anh (?:ấy|ta)")]


def balding_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is going bald, whose hair is going grey, whose hair is falling out, who has a lot of grey hair; right:
    "is going bald", "hair is going grey", "hair is falling out", "has a lot of grey hair"; or "… bắt đầu/đang hói",
    "Tóc … bắt đầu/đang bạc", "Tóc … (bị) rụng", "… có nhiều tóc bạc"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:4])
        o_vi, o_en, o_right = rng.choice(HAIRED_60)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bắt đầu hói.", f"^{w_en}{BE_53[one]} going bald\\."),
                        (f"Tóc {o_vi} bắt đầu bạc.", f"^{o_en} hair is (?:going|turning) gr[ae]y\\."),
                        (f"Tóc {o_vi} bị rụng.", f"^{o_en} hair is falling out\\."),
                        (f"{w_vi} có nhiều tóc bạc.",
                         f"^{w_en}(?: {'has' if one else 'have'}|'s got|'ve got) (?:a lot of|"
                         "lots of) gr[ae]y hairs?\\.")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} going bald.",
                         f"^{w_right} (?:bắt đầu|đang) (?:bị )?hói(?: đầu)?\\."),
                        (f"{o_en} hair is going grey.", f"^Tóc (?:của )?{o_right} (?:bắt đầu|đang) bạc\\."),
                        (f"{o_en} hair is falling out.",
                         f"^(?:Tóc (?:của )?{o_right} (?:đang |bị )?rụng|(?i:{o_right}) "
                         "(?:bị |đang )?rụng tóc)\\."),
                        (f"{w_en} {'has' if one else 'have'} a lot of grey hair.", f"^{w_right} có nhiều tóc bạc\\.")
                        ][shape])
    return out


def jabbed_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has had their second jab, has to get vaccinated, gives blood every three months, has someone ever given
    blood; right: "has had his second jab", "has to get vaccinated", "gives blood every three months", "Has … ever
    given blood?"; or "… (đã) tiêm mũi thứ hai", "… phải (đi) tiêm phòng", "… hiến máu ba tháng một lần", "… đã bao
    giờ hiến máu chưa?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (not a name: "his" or "her"?)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đã tiêm mũi thứ hai.", f"^{w_en}(?:'ve|'s| has| have) had {WHOSE_58[w_en]} second "
                         "(?:jab|dose|shot)\\."),
                        (f"{w_vi} phải tiêm phòng.", f"^{w_en} {has} to (?:get|be) vaccinated\\."),
                        (f"{w_vi} hiến máu ba tháng một lần.", f"^{w_en} (?:give|donate){'s' * one} blood every three "
                         "months\\."),
                        (f"{a_vi} đã bao giờ hiến máu chưa?", f"^{'Has' if a_one else 'Have'} {a_en} ever (?:given|"
                         "donated) blood\\?")][shape])
        else:
            out.append([(f"{w_en} {has} had {WHOSE_58[w_en]} second jab.",
                         f"^{w_right} (?:đã |vừa )?tiêm mũi (?:thứ hai|2)"
                         "\\."),
                        (f"{w_en} {has} to get vaccinated.",
                         f"^{w_right} phải (?:đi )?tiêm (?:vắc-xin|phòng|chủng|ngừa)"
                         "\\."),
                        (f"{w_en} give{'s' * one} blood every three months.",
                         f"^{w_right} hiến máu (?:ba tháng một lần|"
                         "mỗi ba tháng)\\."),
                        (f"{'Has' if a_one else 'Have'} {a_en} ever given blood?",
                         f"^{a_right} (?:đã )?(?:bao giờ|từng) "
                         "hiến máu chưa\\?")][shape])
    return out


def showered_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Can I have a shower, who will have a shower after dinner, usually has a shower in the evening, who's in the
    shower; right: "Can … have a shower?", "will have a shower after dinner", "usually has a shower in the evening",
    "Who's in the shower?"; or "… tắm được không?", "… sẽ tắm sau bữa tối", "… thường tắm vào buổi tối", "Ai đang
    tắm (trong đó)?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:4])  # (not "we": one shower each, or together?)
        part_vi, part_en = rng.choice([("sáng", "morning"), ("tối", "evening")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([("Tôi tắm được không?", "^Can I (?:have|take) a shower\\?"),
                        (f"{w_vi} sẽ tắm sau bữa tối.", f"^{w_en}(?:'ll| will) (?:have|take) a shower after dinner\\."),
                        (f"{w_vi} thường tắm vào buổi {part_vi}.",
                         f"^{w_en} usually (?:{'has|takes' if one else 'have|take'})"
                         f" a shower in the {part_en}\\."),
                        ("Ai đang tắm trong đó?", "^Who(?:'s| is) in the (?:shower|bathroom)\\?")][shape])
        else:
            out.append([("Can I have a shower?", "^Tôi (?:có thể )?(?:đi )?tắm (?:được )?không\\?"),
                        (f"{w_en} will have a shower after dinner.",
                         f"^{w_right} sẽ (?:đi )?tắm sau (?:bữa )?(?:tối|ăn tối)"
                         "\\."),
                        (f"{w_en} usually {'has' if one else 'have'} a shower in the {part_en}.",
                         f"^{w_right} thường tắm vào buổi {part_vi}\\."),
                        ("Who's in the shower?", "^Ai đang tắm(?: trong đó)?(?: vậy)?\\?")][shape])
    return out


# printed, photocopied, scanned (Vietnamese, English)
COPIED_60 = [("in", "print"), ("photo", "photocopy"), ("scan", "scan")]


def printed_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Can you print this for me, who needs to print two copies, how many copies does someone need, the printer isn't
    printing; right: "Can you print this for me?", "needs to print two copies", "How many copies does … need?", "The
    printer isn't printing."; or "Bạn in giúp tôi cái này được không?", "… cần in hai bản", "… cần bao nhiêu bản?",
    "Máy in không in được."."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        c_vi, c_en = rng.choice(COPIED_60)
        k_vi, k_en = rng.choice([("hai", "two"), ("ba", "three")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Bạn {c_vi} giúp tôi cái này {rng.choice(['nhé', 'được không'])}?",
                         f"^Can you {c_en} this for me\\?"),
                        (f"{w_vi} cần in {k_vi} bản.", f"^{w_en} need{'s' * one} to print {k_en} copies\\."),
                        (f"{a_vi} cần bao nhiêu bản?", f"^How many copies {'does' if a_one else 'do'} {a_en} need\\?"),
                        ("Máy in không in được.", "^The printer (?:isn't|is not) printing\\.")][shape])
        else:
            out.append([(f"Can you {c_en} this for me?",
                         f"^Bạn (?:có thể )?{c_vi}(?: giúp tôi)? cái này(?: cho tôi)? (?:được )?không\\?"),
                        (f"{w_en} need{'s' * one} to print {k_en} copies.", f"^{w_right} cần in {k_vi} bản\\."),
                        (f"How many copies {'does' if a_one else 'do'} {a_en} need?",
                         f"^{a_right} cần bao nhiêu bản(?: sao)?\\?"),
                        ("The printer isn't printing.", "^Máy in không in được\\.")][shape])
    return out


def cooled_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Set the air conditioning to 26 degrees, what temperature is it set to, the air conditioning is too cold, who
    can't sleep without the air conditioning; right: "Set the air conditioning to 26 degrees", "What temperature is
    the air conditioning set to?", "is too cold", "can't sleep without the air conditioning"; or "Để điều hòa 26
    độ", "Điều hòa để bao nhiêu độ?", "Điều hòa lạnh quá", "… không ngủ được nếu/mà không có điều hòa"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        deg = rng.choice([24, 25, 26, 27, 28])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Để điều hòa {deg} độ.", f"^(?:Set|Put) the air conditioning (?:to|on|at) {deg}(?: degrees)?"
                         "\\."),
                        ("Điều hòa để bao nhiêu độ?",
                         "^What(?: temperature is|'s) the air conditioning (?:set to|on|at)\\?"),
                        (f"{rng.choice(['Điều hòa', 'Máy lạnh'])} lạnh quá.",
                         "^The air conditioning is (?:too|so|really) cold\\."),
                        (f"{w_vi} không ngủ được nếu không có điều hòa.",
                         f"^{w_en} can(?:'t|not) sleep without (?:the )?air conditioning\\.")][shape])
        else:
            out.append([(f"Set the air conditioning to {deg} degrees.",
                         f"^(?:Để|Chỉnh|Cài|Đặt) (?:máy )?điều hòa (?:ở |về )?{deg} độ(?: nhé| đi)?\\."),
                        ("What temperature is the air conditioning set to?",
                         "^Điều hòa (?:đang )?(?:để|chỉnh)?(?: ở)? ?bao nhiêu độ\\?"),
                        ("The air conditioning is too cold.", "^(?:Máy )?[Đđ]iều hòa (?:lạnh quá|quá lạnh)\\."),
                        (f"{w_en} can't sleep without the air conditioning.",
                         f"^{w_right} không (?:thể )?ngủ được (?:nếu|mà|khi) không có điều hòa\\.")][shape])
    return out


# foods kept (Vietnamese, English, English one)
KEPT_60 = [("sữa", "milk", True), ("sữa chua", "yoghurt", True), ("thịt", "meat", True), ("trứng", "eggs", False)]


def fridged_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """This food is out of date, put it in the fridge, heat it up in the microwave, is there any food left over;
    right: "This milk is out of date", "Put the milk in the fridge", "Heat it up in the microwave", "Is there any
    food left over?"; or "… này hết hạn (rồi)", "Cất … vào tủ lạnh (đi)", "Hâm nóng nó bằng/trong lò vi sóng", "(Có)
    còn đồ/thức ăn thừa không?"."""
    out = []
    for _ in range(n):
        f_vi, f_en, one = rng.choice(KEPT_60)
        this, be, have = ("This", "is", "has") if one else ("These", "are", "have")
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{f_vi.capitalize()} này hết hạn rồi.",
                         f"^{this} {f_en} (?:{be} out of date|{have} expired)\\."),
                        (f"Cất {f_vi} vào tủ lạnh đi.", f"^Put the {f_en} in the fridge\\."),
                        ("Hâm nóng nó trong lò vi sóng.", "^Heat it up in the microwave\\."),
                        ("Còn thức ăn thừa không?", "^(?:Is there any food left over|Are there any leftovers)\\?")
                        ][shape])
        else:
            out.append([(f"{this} {f_en} {be} out of date.", f"^{f_vi.capitalize()} này (?:đã )?(?:hết|quá) hạn"
                         "(?: sử dụng)?(?: rồi)?\\."),
                        (f"Put the {f_en} in the fridge.", f"^(?:Cất|Để|Cho|Bỏ) {f_vi} vào tủ lạnh(?: đi| nhé)?\\."),
                        ("Heat it up in the microwave.",
                         "^Hâm (?:nóng )?(?:lại )?nó (?:bằng|trong) lò vi sóng(?: đi)?\\."),
                        ("Is there any food left over?",
                         "^(?:Có )?[Cc]òn (?:đồ|thức) ăn thừa (?:nào )?không\\?")][shape])
    return out


# whose, before a part of the body
POSS_60 = {"I": "My", "My mother": "My mother's", "He": "His"}


def numb_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has a stiff neck, cramp in the leg, whose foot has gone numb, who often gets cramp at night; right: "has
    (got) a stiff neck", "has (got) cramp in … leg", "foot has gone numb/to sleep", "often gets cramp at night"; or
    "… bị cứng cổ", "… bị chuột rút ở chân", "Chân … bị tê (rồi)", "… hay bị chuột rút vào ban đêm"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3])  # (a name: "his" or "her"?; "we": one neck each)
        has = "has" if one else "have"
        whose = WHOSE_58[w_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị cứng cổ.", f"^{w_en}(?:'ve got|'s got| {has} got| {has}) a stiff neck\\."),
                        (f"{w_vi} bị chuột rút ở chân.", f"^{w_en}(?:'ve got|'s got| {has} got| {has}) (?:a )?cramp in "
                         f"{whose} leg\\."),
                        (f"Chân {low_58(w_vi)} bị tê rồi.", f"^{POSS_60[w_en]} (?:foot|leg) has gone (?:numb|to sleep|"
                         "dead)\\."),
                        (f"{w_vi} hay bị chuột rút vào ban đêm.", f"^{w_en} often get{'s' * one} cramps? at night\\.")
                        ][shape])
        else:
            out.append([(f"{w_en} {has} got a stiff neck.", f"^{w_right} bị (?:cứng|mỏi) cổ\\."),
                        (f"{w_en} {has} got cramp in {whose} leg.", f"^{w_right} bị chuột rút ở (?:chân|bắp chân)\\."),
                        (f"{POSS_60[w_en]} foot has gone to sleep.", f"^Chân (?i:{w_right}) (?:đã )?bị tê(?: rồi)?\\."),
                        (f"{w_en} often get{'s' * one} cramp at night.",
                         f"^{w_right} (?:hay|thường) bị chuột rút (?:vào )?"
                         "ban đêm\\.")][shape])
    return out


# trains to (Vietnamese, English)
TRAINS_60 = [("Huế", "Hue"), ("Đà Nẵng", "Da Nang"), ("Sài Gòn", "Saigon"), ("Hà Nội", "Hanoi")]


def platformed_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The train to a place leaves from platform 3, does someone have to change trains, who is in carriage 5, is
    the train on time; right: "The train to Hue leaves from platform 3", "Do/Does … have to change trains?", "is in
    carriage 5", "Is the train … on time?"; or "Tàu đi Huế khởi hành/chạy từ sân ga (số) 3", "… có phải đổi tàu
    không?", "… ở toa số 5", "Tàu … có đúng giờ không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        p_vi, p_en = rng.choice(TRAINS_60)
        k = rng.choice([2, 3, 4, 5])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Tàu đi {p_vi} khởi hành từ sân ga số {k}.",
                         f"^The train to {p_en} (?:leaves|departs) from platform {k}\\."),
                        (f"{a_vi} có phải đổi tàu không?",
                         f"^{'Does' if a_one else 'Do'} {a_en} (?:have|need) to change "
                         "trains\\?"),
                        (f"{w_vi} ở toa số {k}.", f"^{w_en}{BE_53[one]} in (?:carriage|coach|car) {k}\\."),
                        (f"Tàu đi {p_vi} có đúng giờ không?",
                         f"^Is the train to {p_en} (?:running )?on time\\?")][shape])
        else:
            out.append([(f"The train to {p_en} leaves from platform {k}.",
                         f"^(?:Chuyến )?[Tt]àu(?: hỏa)? đi {p_vi} (?:khởi hành|xuất phát|chạy|đi) từ sân ga (?:số )?{k}"
                         "\\."),
                        (f"{'Does' if a_one else 'Do'} {a_en} have to change trains?",
                         f"^{a_right} có (?:phải|cần) (?:đổi|chuyển) tàu không\\?"),
                        (f"{w_en} {be_53(w_en, one)} in carriage {k}.", f"^{w_right} (?:đang )?ở toa (?:số )?{k}\\."),
                        (f"Is the train to {p_en} on time?",
                         f"^(?:Chuyến )?[Tt]àu đi {p_vi} có (?:chạy )?đúng giờ không\\?")][shape])
    return out


# children (Vietnamese, English, English whose, Vietnamese right)
CHILDREN_60 = [("Con trai tôi", "My son", "his", "(?i:con trai (?:của )?tôi)"),
               ("Con gái tôi", "My daughter", "her", "(?i:con gái (?:của )?tôi)"),
               ("Em bé", "The baby", "(?:his|her|their|its)", "(?i:(?:em )?bé)")]


def firsts_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A child can crawl now, can the baby walk yet, took their first steps yesterday, is learning to walk; right:
    "can crawl now", "Can … walk yet?", "took his first steps yesterday", "is learning to walk"; or "… biết bò rồi",
    "… biết đi chưa?", "Hôm qua … đi được những bước đầu tiên", "… đang tập đi"."""
    out = []
    for _ in range(n):
        c_vi, c_en, whose, c_right = rng.choice(CHILDREN_60)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{c_vi} biết bò rồi.", f"^{c_en} can crawl now\\."),
                        (f"{c_vi} biết đi chưa?", f"^Can {inside(c_en)} walk yet\\?"),
                        (f"Hôm qua {low_58(c_vi)} đi được những bước đầu tiên.",
                         f"^{c_en} took {whose} first steps yesterday\\."),
                        (f"{c_vi} đang tập đi.", f"^{c_en} is learning to walk\\.")][shape])
        else:
            given_whose = {"My son": "his", "My daughter": "her"}.get(c_en, "its")
            out.append([(f"{c_en} can crawl now.", f"^{c_right} (?:đã )?biết bò rồi\\."),
                        (f"Can {inside(c_en)} walk yet?", f"^{c_right} (?:đã )?biết đi chưa\\?"),
                        (f"{c_en} took {given_whose} first steps yesterday.",
                         f"^(?:Hôm qua )?{c_right} (?:đã )?(?:đi được|có) (?:những )?bước (?:đi )?đầu tiên"
                         "(?: hôm qua)?\\."),
                        (f"{c_en} is learning to walk.", f"^{c_right} đang tập đi\\.")][shape])
    return out


# vehicles (Vietnamese, English)
VEHICLES_60 = [("xe máy", "motorbike"), ("ô tô", "car")]


def broke_down_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Where's the nearest petrol station, whose vehicle broke down on the way, the engine won't start, can you help
    me push the car; right: "Where's the nearest petrol station?", "broke down on the way", "won't start", "Can you
    help me push …?"; or "Cây/Trạm xăng gần nhất ở đâu?", "… bị hỏng giữa đường", "… không nổ máy (được)", "Bạn
    (có thể) giúp tôi đẩy xe … không?"."""
    out = []
    for _ in range(n):
        v_vi, v_en = rng.choice(VEHICLES_60)
        me_vi, me_en, my = rng.choice([("tôi", "I", "My"), ("chúng tôi", "we", "Our")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([("Cây xăng gần nhất ở đâu?", "^Where(?:'s| is) the nearest (?:petrol|gas) station\\?"),
                        (f"Xe {me_vi} bị hỏng giữa đường.", f"^{me_en.capitalize()} broke down on the way\\."),
                        (f"Xe {me_vi} không nổ máy được.",
                         f"^{my} (?:engine|car|motorbike|bike) (?:won't|will not) start\\."),
                        ("Bạn có thể giúp tôi đẩy xe không?", "^Can you help me push (?:it|the car|the motorbike)\\?")
                        ][shape])
        else:
            out.append([("Where's the nearest petrol station?", "^(?:Cây|Trạm) xăng gần nhất ở đâu\\?"),
                        (f"{my} {v_en} broke down on the way.",
                         f"^{v_vi.capitalize()} của {me_vi} bị (?:hỏng|hư) (?:giữa|dọc) đường\\."),
                        ("The engine won't start.", "^Xe (?:không nổ máy|không khởi động được)(?: được)?\\."),
                        (f"Can you help me push the {v_en}?",
                         f"^Bạn có thể giúp tôi đẩy (?:xe|{v_vi}) (?:được )?không\\?")][shape])
    return out


# things that leak or block (Vietnamese, English, what is wrong in Vietnamese and English)
LEAKING_60 = [("Vòi nước", "tap", "bị rò rỉ", "is leaking", "(?:bị|đang)(?: bị)? (?:rò rỉ|rỉ nước)"),
              ("Ống nước", "pipe", "bị rò rỉ", "is leaking", "(?:bị|đang)(?: bị)? (?:rò rỉ|rỉ nước)"),
              ("Bồn rửa", "sink", "bị tắc", "is blocked", "bị (?:tắc|nghẹt|nghẽn)"),
              ("Bồn cầu", "toilet", "bị tắc", "is blocked", "bị (?:tắc|nghẹt|nghẽn)")]


def leaked_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The tap is leaking or the sink blocked, whose roof is leaking, the toilet won't flush, who needs to call a
    plumber; right: "The tap is leaking", "… roof is leaking", "The toilet won't flush", "need(s) to call a plumber";
    or "Vòi nước bị rò rỉ", "Mái nhà … bị dột", "Bồn cầu không xả được", "… cần gọi thợ sửa ống nước"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        l_vi, l_en, wrong_vi, wrong_en, wrong_right = rng.choice(LEAKING_60)
        o_vi, o_en, o_right = rng.choice([("tôi", "My", "(?:của )?tôi"), ("mẹ tôi", "My mother's", "(?:của )?mẹ tôi")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{l_vi} {wrong_vi}.", f"^The {l_en} {wrong_en}\\."),
                        (f"Mái nhà {o_vi} bị dột.", f"^{o_en} roof is leaking\\."),
                        ("Bồn cầu không xả được.", "^The toilet (?:won't|doesn't|will not) flush\\."),
                        (f"{w_vi} cần gọi thợ sửa ống nước.", f"^{w_en} need{'s' * one} to call a plumber\\.")][shape])
        else:
            out.append([(f"The {l_en} {wrong_en}.", f"^(?:{l_vi}|Nhà vệ sinh) {wrong_right}\\."),
                        (f"{o_en} roof is leaking.", f"^Mái nhà {o_right} (?:bị|đang) (?:dột|rò rỉ)\\."),
                        ("The toilet won't flush.", "^(?:Bồn cầu|Nhà vệ sinh) không xả (?:nước )?được\\."),
                        (f"{w_en} need{'s' * one} to call a plumber.", f"^{w_right} cần gọi thợ (?:sửa )?ống nước\\.")
                        ][shape])
    return out


# goods on sale (Vietnamese, English, English one)
ON_SALE_60 = [("Cái áo này", "This shirt", True), ("Đôi giày này", "These shoes", False),
              ("Cái váy này", "This dress", True)]


def on_sale_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Is this on sale, it's 30% off, buy one get one free, who bought it in the sale; right: "Is/Are … on sale?",
    "… is/are 30% off", "Buy one get one free", "bought it in the sale/on sale/at a discount"; or "… có (đang) giảm
    giá không?", "… (đang) giảm (giá) 30%", "Mua một tặng một", "… mua nó lúc giảm giá"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        g_vi, g_en, g_one = rng.choice(ON_SALE_60)
        pc = rng.choice([20, 30, 50])
        be = "is" if g_one else "are"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{g_vi} có đang giảm giá không?", f"^{be.capitalize()} {inside(g_en)} on sale\\?"),
                        (f"{g_vi} đang giảm giá {pc}%.", f"^{g_en} {be} {pc}% off\\."),
                        ("Mua một tặng một.", "^Buy one,? get one free[.!]"),
                        (f"{w_vi} mua nó lúc giảm giá.", f"^{w_en} bought it (?:in the sale|on sale|at a discount)\\.")
                        ][shape])
        else:
            out.append([(f"{be.capitalize()} {inside(g_en)} on sale?",
                         f"^{g_vi} có (?:đang )?(?:giảm giá|khuyến mãi) không\\?"),
                        (f"{g_en} {be} {pc}% off.", f"^{g_vi} (?:đang )?(?:được )?giảm(?: giá)? {pc}\\s?%\\."),
                        ("Buy one get one free.", "^Mua một tặng một[.!]"),
                        (f"{w_en} bought it in the sale.", f"^{w_right} (?:đã )?mua (?:nó )?(?:lúc|khi|trong đợt) "
                         "(?:đang )?giảm giá\\.")][shape])
    return out


# pests (Vietnamese, English)
PESTS_60 = [("gián", "cockroaches"), ("kiến", "ants"), ("chuột", "mice")]
# where they are (Vietnamese, English, Vietnamese right for the English)
PEST_PLACES_60 = [("Nhà tôi", "my house", "(?:Trong )?[Nn]hà (?:của )?tôi"),
                  ("Trong bếp", "the kitchen", "(?:Trong )?(?:nhà )?[Bb]ếp")]


def pests_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """There are pests in a place, who has just seen a mouse, who needs to call pest control, the cat caught a
    mouse; right: "There are cockroaches in my house", "just saw/has just seen a mouse", "need(s) to call pest
    control", "The cat caught a mouse"; or "Nhà tôi có gián", "… vừa thấy một con chuột", "… cần gọi dịch vụ diệt côn
    trùng", "Con mèo bắt được một con chuột"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        p_vi, p_en = rng.choice(PESTS_60)
        l_vi, l_en, l_right = rng.choice(PEST_PLACES_60)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{l_vi} có {p_vi}.", f"^There are {p_en} in {l_en}\\."),
                        (f"{w_vi} vừa thấy một con chuột.",
                         f"^{w_en}(?:'ve|'s| has| have)? just (?:saw|seen) a mouse\\."),
                        (f"{w_vi} cần gọi dịch vụ diệt côn trùng.", f"^{w_en} need{'s' * one} to call (?:the )?pest "
                         "control\\."),
                        ("Con mèo bắt được một con chuột.", "^The cat (?:has )?caught a mouse\\.")][shape])
        else:
            out.append([(f"There are {p_en} in {l_en}.", f"^{l_right} có {p_vi}\\."),
                        (f"{w_en} just saw a mouse.", f"^{w_right} vừa (?:nhìn )?thấy (?:một )?con chuột\\."),
                        (f"{w_en} need{'s' * one} to call pest control.",
                         f"^{w_right if w_en != 'We' else '(?i:chúng (?:tôi|ta))'} cần (?:phải )?gọi (?:dịch vụ|người|"
                         "thợ|công ty) diệt côn trùng\\."),
                        ("The cat caught a mouse.", "^Con mèo (?:đã )?bắt được (?:một )?con chuột\\.")][shape])
    return out


# games (Vietnamese, English)
GAMES_60 = [("cờ vua", "chess"), ("cờ tướng", "Chinese chess"), ("bài", "cards"), ("mạt chược", "mahjong")]


def played_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who often plays a game, plays video games all day, can someone play it, whose turn it is; right: "often
    plays chess", "plays video games all day", "Can … play mahjong?", "It's your turn."; or "… hay chơi/đánh cờ",
    "… chơi game cả/suốt ngày", "… có biết chơi mạt chược không?", "Đến lượt bạn."."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        g_vi, g_en = rng.choice(GAMES_60)
        t_vi, t_en = rng.choice([("bạn", "your"), ("tôi", "my"), ("mẹ tôi", "my mother's")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} hay chơi {g_vi}.", f"^{w_en} often play{'s' * one} {g_en}\\."),
                        (f"{w_vi} chơi game cả ngày.",
                         f"^{w_en} play{'s' * one} (?:video |computer )?games all day\\."),
                        (f"{a_vi} có biết chơi {g_vi} không?", f"^Can {a_en} play {g_en}\\?"),
                        (f"Đến lượt {t_vi}.", f"^It's {t_en} turn\\.")][shape])
        else:
            out.append([(f"{w_en} often play{'s' * one} {g_en}.",
                         f"^{w_right} (?:hay|thường) (?:chơi|đánh) {'cờ(?: vua)?' if g_en == 'chess' else g_vi}\\."),
                        (f"{w_en} play{'s' * one} video games all day.",
                         f"^{w_right} chơi (?:game|trò chơi điện tử|điện tử) (?:cả|suốt) ngày\\."),
                        (f"Can {a_en} play {g_en}?", f"^{a_right} có biết chơi {g_vi} không\\?"),
                        (f"It's {t_en} turn.", f"^(?:Bây giờ )?(?:Đến|Tới) lượt {t_vi}\\.")][shape])
    return out


# business trips to (Vietnamese, English)
TRIPS_TO_60 = [("Đà Nẵng", "Da Nang"), ("Hà Nội", "Hanoi"), ("Nhật Bản", "Japan"), ("Huế", "Hue")]


def away_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is on a business trip, is going on one to a place next week, often has to travel for work, when will
    someone be back from the trip; right: "is on a business trip / away on business", "going on a business trip to Da
    Nang next week", "often has to travel for work", "When will … be back from … business trip?"; or "… đang đi
    công tác", "Tuần sau … (sẽ) đi công tác ở …", "… hay/thường (phải) đi công tác", "Khi nào … đi công tác về?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[:3])  # (a name: "his" or "her" trip?)
        p_vi, p_en = rng.choice(TRIPS_TO_60)
        whose = {"you": "your", "your mother": "her", "she": "her"}[a_en]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang đi công tác.",
                         f"^{w_en}{BE_53[one]} (?:on a business trip|away on business)\\."),
                        (f"Tuần sau {low_58(w_vi)} đi công tác ở {p_vi}.",
                         f"^{w_en}{BE_53[one]} going (?:on a business trip to {p_en}|to {p_en} on business) next "
                         "week\\."),
                        (f"{w_vi} hay phải đi công tác.", f"^{w_en} (?:often|usually) {'has' if one else 'have'} to "
                         "travel for work\\."),
                        (f"Khi nào {a_vi[0].lower() + a_vi[1:]} đi công tác về?",
                         f"^When will {a_en} be back from (?:{whose}|the) business trip\\?")][shape])
        else:
            be = be_53(w_en, one)
            out.append([(f"{w_en} {be} on a business trip.", f"^{w_right} đang đi công tác\\."),
                        (f"{w_en} {be} going on a business trip to {p_en} next week.",
                         f"^(?:Tuần (?:sau|tới),? {w_right} (?:sẽ )?đi công tác (?:ở |tại )?{p_vi}|"
                         f"{w_right} (?:sẽ )?đi công tác (?:ở |tại )?{p_vi} (?:vào )?tuần (?:sau|tới))\\."),
                        (f"{w_en} often travel{'s' * one} for work.",
                         f"^{w_right} (?:thường|hay) (?:phải )?đi công tác\\."),
                        (f"When will {a_en} be back from {whose} business trip?",
                         f"^(?:Khi nào|Bao giờ) {a_right} (?:sẽ )?đi công tác về\\?")][shape])
    return out


def classes_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is in the same class as someone, is the youngest in the class, is going into a grade this year, was in a
    grade last year; right: "is in the same class as", "the youngest in … class", "going into grade 6 this year",
    "was in grade 10 last year"; or "… học cùng lớp với …", "… nhỏ tuổi nhất lớp", "Năm nay … lên lớp 6", "Năm
    ngoái … học lớp 10"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:4])
        o_vi, o_en, o_right = rng.choice([("Lan", "Lan", "Lan"), ("anh ấy", "him", "anh (?:ấy|ta)"),
                                          ("con trai chị Lan", "Lan's son", "con trai (?:của )?(?:chị )?Lan")])
        if o_en == "him" and w_en == "He" or o_en == "Lan" and w_en == "Lan":  # (not the same person)
            o_vi, o_en, o_right = ("Lan", "Lan", "Lan") if w_en == "He" else ("anh ấy", "him", "anh (?:ấy|ta)")
        g = rng.choice([3, 6, 10])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} học cùng lớp với {o_vi}.", f"^{w_en}{BE_53[one]} in the same class as {o_en}\\."),
                        (f"{w_vi} nhỏ tuổi nhất lớp.",
                         f"^{w_en}{BE_53[one]} the youngest in (?:the|my|his|her) class\\."),
                        (f"Năm nay {low_58(w_vi)} lên lớp {g}.",
                         f"^{w_en}{BE_53[one]} (?:going into|moving up to|starting) "
                         f"(?:grade {g}|year {g}) this year\\."),
                        (f"Năm ngoái {low_58(w_vi)} học lớp {g}.",
                         f"^{w_en} (?:was|were) in (?:grade {g}|year {g}) last "
                         "year\\.")][shape])
        else:
            be = be_53(w_en, one)
            out.append([(f"{w_en} {be} in the same class as {o_en}.", f"^{w_right} (?:học )?(?:cùng|chung) lớp với "
                         f"{o_right}\\."),
                        (f"{w_en} {be} the youngest in {WHOSE_58[w_en]} class.",
                         f"^{w_right} (?:là (?:người|đứa) )?nhỏ tuổi nhất(?: trong)? lớp\\."),
                        (f"{w_en} {be} going into year {g}.", f"^{w_right} (?:sắp|sẽ) (?:lên|vào) lớp {g}\\."),
                        (f"{w_en} {'was' if one or w_en == 'I' else 'were'} in grade {g} last year.",
                         f"^(?:Năm ngoái,? {w_right} học lớp {g}|{w_right} học lớp {g} năm ngoái)\\.")][shape])
    return out


def concert_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who went to a concert last night, is someone going to the concert, who has never been to a concert, who sang
    at a concert; right: "went to a concert last night", "Are/Is … going to the concert?", "has never been to a
    concert", "sang at a concert"; or "Tối qua … đi xem hòa nhạc", "… có đi xem hòa nhạc không?", "… chưa bao giờ đi
    xem hòa nhạc", "… (đã) hát ở một buổi hòa nhạc"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[:2])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Tối qua {low_58(w_vi)} đi xem {rng.choice(['ca nhạc', 'hòa nhạc'])}.",
                         f"^(?:{w_en} went to a concert last night|Last night,? {inside(w_en)} went to a concert)\\."),
                        (f"{a_vi} có đi xem hòa nhạc không?", f"^{'Is' if a_one else 'Are'} {a_en} going to (?:the|a) "
                         "concert\\?"),
                        (f"{w_vi} chưa bao giờ đi xem hòa nhạc.", f"^{w_en}(?:'ve| have|'s| has) never been to a "
                         "concert\\."),
                        (f"{w_vi} đã hát ở một buổi hòa nhạc.", f"^{w_en} sang at a concert\\.")][shape])
        else:
            out.append([(f"{w_en} went to a concert last night.",
                         f"^(?:Tối qua,? {w_right}|{w_right}) (?:đã )?(?:đi xem|đi nghe|đi đến|đến) (?:buổi )?hòa nhạc"
                         "(?: tối qua)?\\."),
                        (f"{'Is' if a_one else 'Are'} {a_en} going to the concert?",
                         f"^{a_right} (?:có|sẽ) (?:đi xem|đi đến|đến) buổi hòa nhạc không\\?"),
                        (f"{w_en} {'has' if one else 'have'} never been to a concert.",
                         f"^{w_right} chưa (?:bao giờ|từng) (?:đi xem|đi đến|đến) (?:buổi )?(?:hòa nhạc|ca nhạc)\\."),
                        (f"{w_en} sang at a concert.", f"^{w_right} (?:đã )?hát (?:ở|tại) (?:một )?buổi hòa nhạc\\.")
                        ][shape])
    return out


def worked_late_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who often has to work overtime, has to work late tonight, worked until 10 p.m. yesterday, does someone get
    paid for overtime; right: "often has to work overtime", "has to work late tonight", "worked until 10 p.m.
    yesterday", "Does … get paid for overtime?"; or "… hay/thường phải làm thêm giờ", "Tối nay … phải làm muộn", "Hôm
    qua … làm đến 10 giờ tối", "… có được trả tiền làm thêm giờ không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        h = rng.choice([9, 10, 11])
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} hay phải làm thêm giờ.", f"^{w_en} often {has} to work overtime\\."),
                        (f"Tối nay {low_58(w_vi)} phải làm muộn.", f"^{w_en} {has} to work late tonight\\."),
                        (f"Hôm qua {low_58(w_vi)} làm đến {h} giờ tối.",
                         f"^{w_en} worked (?:until|till) {h} ?p\\.?m\\.? yesterday\\."),
                        (f"{a_vi} có được trả tiền làm thêm giờ không?",
                         f"^{'Does' if a_one else 'Do'} {a_en} get paid "
                         "(?:for )?overtime\\?")][shape])
        else:
            out.append([(f"{w_en} often {has} to work overtime.",
                         f"^{w_right} (?:thường|hay) phải (?:làm thêm giờ|tăng "
                         "ca)\\."),
                        (f"{w_en} {has} to work late tonight.",
                         f"^(?:Tối nay,? {w_right}|{w_right}) phải làm(?: việc)? "
                         "(?:muộn|trễ)(?: tối nay)?\\."),
                        (f"{w_en} worked until {h} p.m. yesterday.",
                         f"^(?:Hôm qua,? {w_right}|{w_right}) (?:đã )?làm(?: việc)? (?:đến|tới) {h} giờ tối"
                         "(?: hôm qua)?\\."),
                        (f"{'Does' if a_one else 'Do'} {a_en} get paid for overtime?",
                         f"^{a_right} có được trả (?:tiền|lương) (?:cho )?(?:làm thêm giờ|làm thêm|tăng ca) không\\?")
                        ][shape])
    return out


# classes signed up for (Vietnamese, English, English article)
SIGNED_60 = [("tiếng Anh", "English", "an"), ("yoga", "yoga", "a"), ("nấu ăn", "cooking", "a"), ("vẽ", "drawing", "a")]


def enrolled_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has signed up for driving lessons, wants to sign up for a class, a child has just started nursery, the
    course starts next Monday; right: "has signed up for driving lessons", "wants to sign up for a yoga class", "has
    just started nursery", "The course starts next Monday"; or "… đã đăng ký học lái xe", "… muốn đăng ký lớp yoga",
    "… vừa/mới (bắt đầu) đi nhà trẻ", "Khóa học bắt đầu/khai giảng (vào) thứ Hai tuần sau"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        k_vi, k_en, a = rng.choice(SIGNED_60)
        c_vi, c_en, c_one, c_right = rng.choice([("Con tôi", "My child", True, "(?i:con (?:của )?tôi)"),
                                                  ("Con trai tôi", "My son", True, "(?i:con trai (?:của )?tôi)")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đã đăng ký học lái xe.",
                         f"^{w_en}(?:'s| has|'ve| have) (?:signed up for|enrolled in) "
                         "driving (?:lessons|classes)\\."),
                        (f"{w_vi} muốn đăng ký lớp {k_vi}.",
                         f"^{w_en} want{'s' * one} to (?:sign up for|enrol in|register "
                         f"for) {a} {k_en} class\\."),
                        (f"{c_vi} mới đi nhà trẻ.", f"^{c_en}(?:'s| has) just started nursery\\."),
                        ("Khóa học bắt đầu vào thứ Hai tuần sau.", "^The course (?:starts|begins|will start) next "
                         "Monday\\.")][shape])
        else:
            out.append([(f"{w_en} {'has' if one else 'have'} signed up for driving lessons.",
                         f"^{w_right} (?:đã )?(?:đăng ký|ghi danh) học lái xe\\."),
                        (f"{w_en} want{'s' * one} to sign up for {a} {k_en} class.",
                         f"^{w_right} muốn (?:đăng ký|ghi danh) (?:vào )?(?:một )?lớp (?:học )?{k_vi}\\."),
                        (f"{c_en} has just started nursery.",
                         f"^{c_right} (?:vừa|mới)(?: mới)? (?:bắt đầu )?đi nhà trẻ\\."),
                        ("The course starts next Monday.",
                         "^Khóa học (?:sẽ )?(?:bắt đầu|khai giảng) (?:vào )?thứ Hai tuần "
                         "(?:sau|tới)\\.")][shape])
    return out


def pocket_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """How much pocket money does someone give their children, a child gets a sum a week, do your parents give you
    pocket money, who saves their pocket money; right: "How much pocket money do/does … give …", "gets VND50 thousand
    a week (in pocket money)", "Do your parents give you pocket money?", "saves … pocket money"; or "… cho con bao
    nhiêu tiền tiêu vặt?", "… được 50 nghìn (tiền tiêu vặt) mỗi tuần", "Bố mẹ bạn có cho bạn tiền tiêu vặt không?",
    "… để dành tiền tiêu vặt"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (a name: "his" or "her"?)
        g_vi, g_en, g_one, g_right = rng.choice([("Bạn", "you", False, "Bạn"), ("Anh ấy", "he", True, "Anh (?:ấy|ta)"),
                                                  ("Họ", "they", False, "Họ")])
        c_vi, c_en, c_right = rng.choice([("Con trai tôi", "My son", "(?i:con trai (?:của )?tôi)"),
                                          ("Con gái tôi", "My daughter", "(?i:con gái (?:của )?tôi)")])
        k = rng.choice([20, 50, 100])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{g_vi} cho con bao nhiêu tiền tiêu vặt?",
                         f"^How much pocket money {'does' if g_one else 'do'} "
                         f"{g_en} give {EN_WHOSE_60[g_en]} (?:children|kids|child)\\?"),
                        (f"{c_vi} được {k} nghìn tiền tiêu vặt mỗi tuần.",
                         f"^{c_en} gets (?:VND ?{k}(?:,000| thousand)|{k}(?:,000| thousand) (?:dong|VND))(?: a week in "
                         "pocket money| (?:in |of )?pocket money (?:a|per|every) week)\\."),
                        ("Bố mẹ bạn có cho bạn tiền tiêu vặt không?",
                         "^Do your parents give you (?:any )?pocket money\\?"),
                        (f"{w_vi} để dành tiền tiêu vặt.", f"^{w_en} save{'s' * one} {WHOSE_58[w_en]} pocket money\\.")
                        ][shape])
        else:
            out.append([(f"How much pocket money {'does' if g_one else 'do'} {g_en} give {EN_WHOSE_60[g_en]} kids?",
                         f"^{g_right} cho (?:các )?con bao nhiêu tiền tiêu vặt\\?"),
                        (f"{c_en} gets {k},000 dong pocket money a week.",
                         f"^{c_right} (?:được|nhận được) {k}\\.000 đồng tiền tiêu vặt (?:mỗi|một) tuần\\."),
                        ("Do your parents give you pocket money?",
                         "^Bố mẹ (?:của )?bạn có cho bạn tiền tiêu vặt không\\?"),
                        (f"{w_en} save{'s' * one} {WHOSE_58[w_en]} pocket money.",
                         f"^{w_right} (?:để dành|tiết kiệm) tiền tiêu vặt(?: của mình)?\\.")][shape])
    return out


EN_WHOSE_60 = {"you": "your", "he": "his", "they": "their"}
# children put to bed (Vietnamese, English, one, Vietnamese right)
KIDS_60 = [("Bọn trẻ", "the kids", False, "(?i:bọn trẻ)"), ("Em bé", "the baby", True, "(?i:(?:em )?bé)"),
           ("Thằng bé", "the boy", True, "(?i:thằng bé|cậu bé)")]


def bedtime_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What time do the kids go to bed, it's past your bedtime, the kids are already asleep, who puts the kids to bed
    at 8; right: "What time do/does … go to bed?", "It's past (your) bedtime", "… already asleep", "put(s) the kids to
    bed at 8"; or "… đi ngủ lúc mấy giờ?", "Quá giờ đi ngủ (của con) rồi", "… đã ngủ/lên giường rồi", "… cho bọn trẻ
    đi ngủ lúc 8 giờ"."""
    out = []
    for _ in range(n):
        k_vi, k_en, one, k_right = rng.choice(KIDS_60)
        w_vi, w_en, w_one, w_right = rng.choice(WHO_58)
        h = rng.choice([8, 9])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{k_vi} đi ngủ lúc mấy giờ?", f"^What time {'does' if one else 'do'} {k_en} go to bed\\?"),
                        ("Quá giờ đi ngủ rồi.", "^It's (?:way )?past (?:your )?bedtime[.!]"),
                        (f"{k_vi} đã ngủ rồi.", f"^{k_en.capitalize()}{BE_53[one]} already asleep\\."),
                        (f"{w_vi} cho bọn trẻ đi ngủ lúc {h} giờ.",
                         f"^{w_en} put{'s' * w_one} the kids to bed at {h}(?::00| o'clock)?\\.")][shape])
        else:
            out.append([(f"What time {'does' if one else 'do'} {k_en} go to bed?",
                         f"^(?:{k_right} đi ngủ (?:vào )?lúc mấy giờ|Mấy giờ {k_right} đi ngủ)\\?"),
                        ("It's past your bedtime.", "^(?:Đã )?[Qq]uá giờ (?:đi )?ngủ(?: của (?:con|bạn))? rồi\\."),
                        (f"{k_en.capitalize()} {'is' if one else 'are'} already asleep.",
                         f"^{k_right} (?:đã )?(?:ngủ|đi ngủ|lên giường)(?: mất)? rồi\\."),
                        (f"{w_en} put{'s' * w_one} the kids to bed at {h}.",
                         f"^{w_right} (?:đã )?cho bọn trẻ đi ngủ lúc {h} giờ\\.")][shape])
    return out


def phones_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who spends too much time on their phone, is addicted to their phone, put your phone away, who is always glued
    to their phone; right: "spends too much time on … phone", "is addicted to … phone", "Put your phone away",
    "always glued to/on … phone"; or "… xem/dùng điện thoại quá nhiều", "… nghiện điện thoại", "Cất điện thoại đi",
    "… lúc nào cũng dán mắt/cắm mặt vào điện thoại"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3] + WHO_58[4:])  # (a name: "his" or "her" phone?)
        whose = "(?:my|your|his|her|our|their|the)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} xem điện thoại quá nhiều.", f"^{w_en} spend{'s' * one} too much time on {whose} "
                         "phones?\\."),
                        (f"{w_vi} nghiện điện thoại.", f"^{w_en}{BE_53[one]} addicted to {whose} phones?\\."),
                        ("Cất điện thoại đi!", "^Put (?:your|the) phone away!"),
                        (f"{w_vi} lúc nào cũng cắm mặt vào điện thoại.", f"^{w_en}{BE_53[one]} always (?:glued to|on) "
                         f"{whose} phones?\\.")][shape])
        else:
            be = be_53(w_en, one)
            out.append([(f"{w_en} spend{'s' * one} too much time on {WHOSE_58[w_en]} phone.",
                         f"^{w_right} (?:xem|dùng) điện thoại (?:quá nhiều|nhiều quá)\\."),
                        (f"{w_en} {be} addicted to {WHOSE_58[w_en]} phone.",
                         f"^{w_right} (?:bị )?nghiện điện thoại\\."),
                        ("Put your phone away!", "^Cất điện thoại (?:vào )?đi!"),
                        (f"{w_en} {be} always on {WHOSE_58[w_en]} phone.",
                         f"^{w_right} (?:lúc nào cũng|luôn) (?:dán mắt|cắm mặt) vào điện thoại\\.")][shape])
    return out


def teeth_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has braces, has to have a wisdom tooth out, the dentist gave someone a filling, who has a cavity; right:
    "has braces", "has to have … wisdom tooth out", "The dentist gave … a filling", "has (got) tooth decay/a cavity";
    or "… đang niềng răng", "… phải đi nhổ răng khôn", "Nha sĩ (đã) trám răng cho …", "… bị sâu răng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3])  # (a name: his or her?; "we": one tooth each?)
        m_vi, m_en, m_right = rng.choice([("tôi", "me", "tôi"), ("mẹ tôi", "my mother", "mẹ (?:của )?tôi"),
                                          ("anh ấy", "him", "anh (?:ấy|ta)")])
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang niềng răng.", f"^{w_en}(?: {has}|'s got|'ve got| {has} got) braces\\."),
                        (f"{w_vi} phải đi nhổ răng khôn.", f"^{w_en} {has} to (?:have|get) {WHOSE_58[w_en]} wisdom "
                         "(?:tooth|teeth) (?:out|removed|pulled)\\."),
                        (f"Nha sĩ trám răng cho {m_vi}.", f"^The dentist (?:gave|has given) {m_en} a filling\\."),
                        (f"{w_vi} bị sâu răng.", f"^{w_en}(?: {has}|'s got|'ve got| {has} got) (?:tooth decay|a cavity|"
                         "cavities)\\.")][shape])
        else:
            out.append([(f"{w_en} {has} braces.", f"^{w_right} (?:đang )?niềng răng\\."),
                        (f"{w_en} need{'s' * one} to have {WHOSE_58[w_en]} wisdom tooth out.",
                         f"^{w_right} cần (?:phải )?(?:đi )?nhổ răng khôn\\."),
                        (f"The dentist gave {m_en} a filling.", f"^Nha sĩ (?:đã )?(?:trám|hàn) răng cho {m_right}\\."),
                        (f"{w_en} {has} a cavity.", f"^{w_right} bị sâu răng\\.")][shape])
    return out


def school_run_60(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who takes the kids to school every morning, what time does school finish, there's no school today, who is off
    school sick; right: "take(s) … to school every morning", "What time does school finish?", "There's no school
    today", "off school sick / because …"; or "… đưa con/bọn trẻ đi học mỗi sáng", "Mấy giờ tan học?", "Hôm nay trường
    nghỉ / được nghỉ học", "… nghỉ học vì (bị) ốm"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        c_vi, c_en, c_right = rng.choice([("Con trai tôi", "My son", "(?i:con trai (?:của )?tôi)"),
                                          ("Con gái tôi", "My daughter", "(?i:con gái (?:của )?tôi)")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đưa bọn trẻ đi học mỗi sáng.", f"^{w_en} take{'s' * one} the kids to school every "
                         "morning\\."),
                        ("Mấy giờ tan học?", "^What time does school (?:finish|end|get out)\\?"),
                        ("Hôm nay trường nghỉ.", "^There(?:'s| is) no school today\\."),
                        (f"{c_vi} bị ốm nên nghỉ học.", f"^{c_en}(?:'s| is) off (?:school sick|sick from school|school "
                         "because (?:he|she)(?:'s| is) (?:sick|ill))\\.")][shape])
        else:
            he = "he" if c_en == "My son" else "she"
            out.append([(f"{w_en} take{'s' * one} the kids to school every morning.",
                         f"^{w_right} đưa (?:con|bọn trẻ|các con) (?:đi học|đến trường) mỗi (?:buổi )?sáng\\."),
                        ("What time does school finish?",
                         "^(?:Mấy giờ (?:thì )?tan học|Trường tan học lúc mấy giờ)\\?"),
                        ("There's no school today.", "^Hôm nay (?:được nghỉ học|trường nghỉ|không phải đi học)\\."),
                        (f"{c_en} is off school because {he}'s sick.", f"^{c_right} nghỉ học vì (?:bị )?ốm\\.")][shape])
    return out



def stop61(t, rng: random.Random, n: int) -> None:
    """The checks of stop 61 (435–), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("a bee stung me, has been bitten by a snake, does the dog bite, the neighbours' dog bit "
                             "my son", bitten_61, bites, "translate", "translate"),
                            ("works part-time, looking for a part-time job, doing an internship, working from home "
                             "today", shifted_61, work_patterns, "translate", "translate"),
                            ("the teacher praised, told off, being bullied at school, cheated in the test, suspended",
                             told_off_61, school_trouble, "translate", "translate"),
                            ("put your mask on, always wears a helmet, has to wear a mask here, forgot the helmet",
                             masked_61, safety_gear, "translate", "translate"),
                            ("makes banh chung every year, worships the ancestors, how much lucky money, watched the "
                             "fireworks on New Year's Eve", tet_61, new_year, "translate", "translate"),
                            ("the meeting has been postponed, what time is the meeting, in a meeting all afternoon, "
                             "has to give a presentation", met_61, meetings, "translate", "translate"),
                            ("someone has fainted, has heatstroke, the neighbour's house is on fire, does anyone know "
                             "first aid, call an ambulance", fainted_61, emergencies, "translate", "translate"),
                            ("my shoes are torn, sew this button back on, mended my jacket, having an ao dai made",
                             mended_61, mending, "translate", "translate"),
                            ("your handwriting is so beautiful, has nice handwriting, can't read his handwriting, "
                             "write more carefully", handwriting_61, handwriting, "translate", "translate"),
                            ("got a full scholarship, applying for a scholarship, where did she study abroad, won a "
                             "scholarship to study in Japan", scholarship_61, scholarships, "translate", "translate"),
                            ("is in the army, doing his military service, just left the army, was a soldier",
                             army_61, military_service, "translate", "translate"),
                            ("just had a massage, had her nails done yesterday, went to the spa last week, would like "
                             "a foot massage", massaged_61, salons, "translate", "translate"),
                            ("turn the radio up, turn it down, has muted her phone, my phone is on silent, the volume "
                             "is too low", turned_up_61, volume, "translate", "translate"),
                            ("won the lottery, won first prize, bought a lottery ticket, buys one every week, did you "
                             "win anything", won_61, lottery, "translate", "translate"),
                            ("would like to change rooms, room hasn't been cleaned, can we stay one more night, can I "
                             "have a late check-out", roomed_61, hotels, "translate", "translate"),
                            ("has to pay taxes, doesn't pay taxes, when is the tax deadline, got a tax refund, income "
                             "tax is 10%", taxed_61, taxes, "translate", "translate"),
                            ("still wears nappies, has to change the baby's nappy, still wets the bed, out of nappies "
                             "now", nappy_61, nappies, "translate", "translate"),
                            ("cycles to work, cycled around the lake yesterday, going cycling tomorrow, learned to "
                             "ride a bike at five", cycled_61, cycling, "translate", "translate"),
                            ("can you gift-wrap it, still has to wrap the presents, wrapping the presents, have you "
                             "wrapped them yet", wrapped_61, wrapping, "translate", "translate"),
                            ("goes to extra classes in the evening, has extra maths classes, has a maths tutor, "
                             "looking for a tutor for my son", tutored_61, tutoring, "translate", "translate"),
                            ("needs to apply for a visa to go to Japan, applying for one, visa has been approved, been "
                             "refused a visa", visa_61, visas, "translate", "translate"),
                            ("proposed to her last night, hasn't proposed yet, is engaged to a doctor, my fiancé is an "
                             "engineer", proposed_61, proposals, "translate", "translate"),
                            ("has to take the books back to the library, this book is overdue, can I renew this book, "
                             "goes to the library every weekend", library_61, library, "translate", "translate"),
                            ("had a check-up yesterday, has to fast before the test, the nurse took my blood pressure, "
                             "the doctor told me to lose weight", checked_up_61, check_ups, "translate", "translate"),
                            ("gets a pension, pension isn't enough to live on, retired at 60, wants to retire early",
                             pension_61, pensions, "translate", "translate"),
                            ("needs to check in, have you checked in yet, has to go through security, the flight "
                             "leaves from gate 5", gated_61, airports, "translate", "translate"),
                            ("is a freelancer, self-employed, has a small restaurant, wants to start her own business",
                             freelanced_61, freelance, "translate", "translate"),
                            ("addicted to alcohol or gambling, is an alcoholic, is in rehab, has given up gambling",
                             addicted_61, addiction, "translate", "translate"),
                            ("got scammed out of 2 million, this is a scam, email got hacked, tricked my grandmother "
                             "into sending money", scammed_61, scams, "translate", "translate"),
                            ("talks about me behind my back, often gossips, it's just a rumour, don't spread rumours",
                             gossiped_61, gossip, "translate", "translate"),
                            ("takes piano lessons, has a swimming lesson every Saturday, learning the guitar, who "
                             "teaches her the violin", lessons_61, lessons, "translate", "translate"),
                            ("the rice is burnt, burnt the rice, forgot to turn off the stove, put too much salt in "
                             "the soup", burnt_61, kitchen_mishaps, "translate", "translate"),
                            ("ordered food on Grab, shall we order pizza on Grab tonight, the food hasn't arrived yet, "
                             "how much is the delivery fee", delivered_61, food_delivery, "translate", "translate"),
                            ("feels lonely, does she feel tired, felt tired yesterday, feels better now, doesn't feel "
                             "well", felt_61, feel, "translate", "translate"),
                            ("has to wear a cast, on crutches, had five stitches, grazed her knee", cast_61, casts,
                             "translate", "translate"),
                            ("has a blocked nose, has a rash, is constipated, has lost her voice", symptom_61,
                             symptoms, "translate", "translate"),
                            ("the fridge isn't cold, the washing machine won't spin, the kettle keeps switching off, "
                             "the oven takes ages to heat up", appliance_61, appliances, "translate", "translate"),
                            ("the dog keeps barking, why is the dog barking, the rooster crows at 5 a.m., the cat "
                             "scratched me", barked_61, animal_noises, "translate", "translate"),
                            ("do you have a power bank, can I borrow your charger, my charger isn't working, do I need "
                             "an adaptor", charger_61, chargers, "translate", "translate"),
                            ("on maternity leave, the boss won't let me take time off, has to take the day off to look "
                             "after her son, used up all her leave", leave_61, leave, "translate", "translate"),
                            ("taking the driving test next week, failed it twice, passed first time, have you taken "
                             "it yet", driving_test_61, driving_tests, "translate", "translate"),
                            ("likes watching the sunset, a full moon tonight, so many stars, did you see the shooting "
                             "star", sky_61, sky, "translate", "translate"),
                            ("what time does the pool close, the pool is closed for cleaning, is the pool heated, "
                             "needs a swimming cap", pool_61, pools, "translate", "translate"),
                            ("hasn't slept for the past few nights, keeps waking up at 3 a.m., was awake all night, "
                             "takes sleeping pills", sleepless_61, insomnia, "translate", "translate")])


# (Vietnamese, English, verb vi, verb en)
BEASTS_61 = [("ong", "bee", "đốt", "stung"), ("sứa", "jellyfish", "đốt", "stung"), ("rắn", "snake", "cắn", "bitten"),
             ("ong vò vẽ", "wasp", "đốt", "stung"), ("nhện", "spider", "cắn", "bitten")]


def bitten_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A bee stung whom, who has been bitten by a snake, does the dog bite, the neighbours' dog bit whom; right: "A
    bee stung me.", "… been bitten by a snake", "Does the dog bite?", "The neighbours' dog bit …"; or "… bị ong
    đốt", "… bị rắn cắn", "Con chó có cắn không?", "Chó nhà hàng xóm cắn …"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = rng.choice(WHOM_58)
        b_vi, b_en, v_vi, v_en = rng.choice(BEASTS_61)
        a = "an" if b_en[0] in "aeiou" else "a"
        shape = rng.randrange(4)
        if src == "vi":
            stung = "stung" if v_vi == "đốt" else "bit"
            out.append([(f"Con {b_vi} đốt {m_vi}." if v_vi == "đốt" else f"Con {b_vi} cắn {m_vi}.",
                         f"^An? {b_en} {stung} {m_en}\\."),
                        (f"{w_vi} bị {b_vi} {v_vi}.",
                         f"^{w_en}(?:{'(?:'+chr(39)+'s| has)' if one else '(?:'+chr(39)+'ve| have)'} been|"
                         f"{' was' if one or w_en == 'I' else ' were'}|"
                         f" got) {v_en} by {a} {b_en}\\."),
                        ("Con chó có cắn không?", "^Does the dog bite\\?"),
                        (f"Chó nhà hàng xóm cắn {m_vi}.", f"^The neighbou?r(?:s'|'s) dog bit {m_en}\\.")][shape])
        else:
            was = "was" if one or w_en == "I" else "were"
            out.append([(f"A{'n' * (a == 'an')} {b_en} {'stung' if v_vi == 'đốt' else 'bit'} {m_en}.",
                         f"^(?:{m_right[0].upper()}{m_right[1:]}|(?i:{m_right})) (?:đã |vừa )?bị (?:con )?{b_vi} "
                         f"{v_vi}\\."),
                        (f"{w_en} {was} {v_en} by {a} {b_en}.", f"^{w_right} (?:đã )?bị (?:con )?{b_vi} {v_vi}\\."),
                        ("Does the dog bite?", "^(?:Con )?[Cc]hó (?:này |đó )?có cắn (?:người )?không\\?"),
                        (f"The neighbours' dog bit {m_en}.",
                         f"^(?:Con )?[Cc]hó (?:nhà|của) (?:người )?hàng xóm (?:đã )?cắn {m_right}\\.")][shape])
    return out


def shifted_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who works part-time, is looking for a part-time job, is doing an internship, is working from home today; right:
    "works part-time", "looking for a part-time job", "doing an internship", "working from home today"; or "… làm
    bán thời gian", "đang tìm việc làm thêm", "đang thực tập", "Hôm nay … làm việc ở nhà"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} làm bán thời gian.", f"^{w_en} work{'s' * one} part-time\\."),
                        (f"{w_vi} đang tìm việc làm thêm.", f"^{w_en}{be} looking for a part-time job\\."),
                        (f"{w_vi} đang thực tập ở một công ty.", f"^{w_en}{be} doing an internship at a company\\."),
                        (f"Hôm nay {low_58(w_vi)} làm việc ở nhà.",
                         f"^{w_en}{be} working (?:from|at) home today\\.")][shape])
        else:
            is_ = be_53(w_en, one)
            out.append([(f"{w_en} work{'s' * one} part-time.", f"^{w_right} làm(?: việc)? bán thời gian\\."),
                        (f"{w_en} {is_} looking for a part-time job.",
                         f"^{w_right} đang tìm (?:một )?(?:công )?việc (?:làm thêm|bán thời gian)\\."),
                        (f"{w_en} {is_} doing an internship.", f"^{w_right} đang thực tập\\."),
                        (f"{w_en} {is_} working from home today.",
                         f"^(?:Hôm nay {w_right} làm việc (?:ở|tại) nhà|{w_right} (?:đang )?làm việc (?:ở|tại) nhà "
                         f"hôm nay)\\.")][shape])
    return out


def told_off_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The teacher praised whom, told whom off, who is being bullied at school, cheated in the test, was suspended;
    right: "The teacher praised …", "The teacher told … off", "being bullied at school", "cheated in the test",
    "suspended from school"; or "Cô giáo khen …", "… bị cô giáo mắng", "bị bắt nạt ở trường", "quay cóp trong giờ
    kiểm tra", "bị đình chỉ học"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = rng.choice(WHOM_58)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        was = "was" if one or w_en == "I" else "were"
        shape = rng.randrange(5)
        if src == "vi":
            out.append([(f"{m_vi[0].upper()}{m_vi[1:]} được cô giáo khen.", f"^The teacher praised {m_en}\\."),
                        (f"Cô giáo mắng {m_vi}.", f"^The teacher told {m_en} off\\."),
                        (f"{w_vi} bị bắt nạt ở trường.", f"^{w_en}{be} being bullied at school\\."),
                        (f"{w_vi} quay cóp trong giờ kiểm tra.", f"^{w_en} cheated (?:in|on|during) the test\\."),
                        (f"{w_vi} bị đình chỉ học.", f"^{w_en} (?:{was}|got) suspended from school\\.")][shape])
        else:
            out.append([(f"The teacher praised {m_en}.", f"^Cô giáo (?:đã )?khen {m_right}\\."),
                        (f"{w_en} got told off by the teacher.", f"^{w_right} (?:đã )?bị (?:cô|thầy) giáo mắng\\."),
                        (f"{w_en} {be_53(w_en, one)} being bullied at school.",
                         f"^{w_right} (?:đang )?bị bắt nạt ở trường\\."),
                        (f"{w_en} cheated in the test.",
                         f"^{w_right} (?:đã )?(?:quay cóp|gian lận) trong (?:giờ|bài) kiểm tra\\."),
                        (f"{w_en} {was} suspended from school.", f"^{w_right} (?:đã )?bị đình chỉ học\\.")][shape])
    return out


# (Vietnamese, English one, English more, Vietnamese right)
GEAR_61 = [("đeo khẩu trang", "a mask", "masks", "đeo khẩu trang"),
           ("đội mũ bảo hiểm", "a helmet", "helmets", "(?:đội|đeo) mũ bảo hiểm"),
           ("mặc áo phao", "a life jacket", "life jackets", "mặc áo phao")]
FORGOT_61 = [("khẩu trang", "mask"), ("mũ bảo hiểm", "helmet")]


def masked_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Put your mask on, who always wears a helmet, has to wear a mask here, forgot the helmet; right: "Put your
    mask on", "always wears a helmet", "has to wear a mask here", "forgot … helmet"; or "Đeo khẩu trang vào", "…
    luôn đội mũ bảo hiểm", "phải đeo khẩu trang ở đây", "quên (mang) mũ bảo hiểm"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        g_vi, g_en, g_more, g_right = rng.choice(GEAR_61)
        f_vi, f_en = rng.choice(FORGOT_61)
        o_vi, o_en, _, o_right = rng.choice(WHO_58[:3])  # (a name's or our gear: "her", "our masks"? left)
        gear = g_en if one or w_en == "I" else f"(?:{g_more}|{g_en})"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{g_vi[0].upper()}{g_vi[1:]} vào.", f"^(?:Put (?:your|a) {g_en.split(' ', 1)[1]} on|Put on "
                         f"(?:your|a) {g_en.split(' ', 1)[1]}|Wear (?:your|a) {g_en.split(' ', 1)[1]})[.!]"),
                        (f"{w_vi} luôn {g_vi}.", f"^{w_en} always wears? {gear}\\."),
                        (f"{w_vi} phải {g_vi} ở đây.", f"^{w_en} (?:ha(?:s|ve) to|must) wear {gear} here\\."),
                        (f"{o_vi} quên {f_vi}.", f"^{o_en} forgot {WHOSE_58[o_en]} {f_en}\\.")][shape])
        else:
            has = "has" if one else "have"
            out.append([(f"Put {g_en} on.".replace(" a ", " your "), f"^(?:Hãy )?(?i:{g_right})"
                         f"(?: vào| đi)?[.!]"),
                        (f"{w_en} always wear{'s' * one} {g_en if one or w_en == 'I' else g_more}.",
                         f"^{w_right} (?:luôn(?: luôn)?|lúc nào cũng) {g_right}\\."),
                        (f"{w_en} {has} to wear {g_en if one or w_en == 'I' else g_more} here.",
                         f"^{w_right} (?:phải|cần) {g_right} ở đây\\."),
                        (f"{o_en} forgot {WHOSE_58[o_en]} {f_en}.",
                         f"^{o_right} (?:đã )?quên (?:mang )?{f_vi}\\.")][shape])
    return out


def tet_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who makes banh chung every year, worships the ancestors, how much lucky money did someone get, watched the
    fireworks on New Year's Eve; right: "makes banh chung every year", "worships … ancestors", "How much lucky money
    did … get?", "watched the fireworks on New Year's Eve"; or "… gói/làm bánh chưng mỗi năm", "thờ cúng tổ tiên",
    "… được bao nhiêu tiền lì xì?", "đã xem pháo hoa (vào) đêm giao thừa"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, _, a_right = rng.choice(ASKED_58)
        shape = rng.randrange(4)
        if shape == 1 and w_en == "Lan":  # (whose ancestors? left)
            w_vi, w_en, one, w_right = WHO_58[1]
        if src == "vi":
            out.append([(f"{w_vi} gói bánh chưng mỗi năm.", f"^{w_en} makes? banh chung every year\\."),
                        (f"{w_vi} thờ cúng tổ tiên.", f"^{w_en} worships? (?:my|our|his|her|their) ancestors\\."),
                        (f"{a_vi} được bao nhiêu tiền lì xì?", f"^How much lucky money did {a_en} get\\?"),
                        (f"{w_vi} đã xem pháo hoa vào đêm giao thừa.",
                         f"^{w_en} watched the fireworks on New Year's Eve\\.")][shape])
        else:
            whose = WHOSE_58[w_en]
            out.append([(f"{w_en} make{'s' * one} banh chung every year.",
                         f"^(?:{w_right} (?:gói|làm) bánh chưng (?:mỗi|hằng|hàng) năm|(?:Năm nào|Mỗi năm) {w_right} "
                         f"cũng (?:gói|làm) bánh chưng)\\."),
                        (f"{w_en} worship{'s' * one} {whose} ancestors.", f"^{w_right} thờ(?: cúng)? tổ tiên\\."),
                        (f"How much lucky money did {a_en} get?",
                         f"^{a_right} được (?:bao nhiêu tiền lì xì|lì xì bao nhiêu)\\?"),
                        (f"{w_en} watched the fireworks on New Year's Eve.",
                         f"^{w_right} (?:đã )?xem pháo hoa (?:vào )?đêm giao thừa\\.")][shape])
    return out


# (Vietnamese, English with "on", Vietnamese right)
MEETING_DAYS_61 = [("thứ Hai", "on Monday", "(?:vào )?thứ Hai"), ("ngày mai", "tomorrow", "ngày mai"),
                   ("thứ Sáu", "on Friday", "(?:vào )?thứ Sáu")]


def met_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The meeting has been postponed, what time is the meeting, who is in a meeting all afternoon, has to give a
    presentation on a day; right: "The meeting has been postponed", "What time is the meeting?", "in a meeting all
    afternoon", "has to give a presentation"; or "Cuộc họp (đã) bị hoãn", "Cuộc họp lúc mấy giờ?", "họp cả buổi
    chiều", "phải thuyết trình"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        d_vi, d_en, d_right = rng.choice(MEETING_DAYS_61)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        has = "has" if one else "have"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([("Cuộc họp bị hoãn rồi.", "^The meeting (?:has been|was) postponed\\."),
                        ("Cuộc họp lúc mấy giờ?", "^What time is the meeting\\?"),
                        (f"{w_vi} họp cả buổi chiều.", f"^{w_en}{be} in (?:a meeting|meetings) all afternoon\\."),
                        (f"{w_vi} phải thuyết trình {d_vi}.".replace(" thứ", " vào thứ"),
                         f"^{w_en} {has} to give a presentation {d_en}\\.")][shape])
        else:
            out.append([("The meeting has been postponed.", "^Cuộc họp (?:đã )?bị hoãn(?: lại)?(?: rồi)?\\."),
                        ("What time is the meeting?", "^(?:Cuộc họp (?:lúc )?mấy giờ|Mấy giờ (?:thì )?họp)\\?"),
                        (f"{w_en} {be_53(w_en, one)} in a meeting all afternoon.",
                         f"^{w_right} (?:đang )?họp cả buổi chiều\\."),
                        (f"{w_en} {has} to give a presentation {d_en}.",
                         f"^(?:(?i:{d_right}) {w_right} phải thuyết trình|{w_right} phải thuyết trình {d_right})"
                         f"\\.")][shape])
    return out


def fainted_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Someone has fainted, who has heatstroke, the neighbour's house is on fire, does anyone know first aid, call an
    ambulance; right: "has fainted", "has heatstroke", "The neighbour's house is on fire", "Does anyone know first
    aid?", "Call an ambulance!"; or "… bị ngất", "bị say nắng", "Nhà hàng xóm (đang) bị cháy", "Có ai biết sơ cứu
    không?", "Gọi xe cấp cứu!"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:])
        shape = rng.randrange(5)
        if src == "vi":
            out.append([("Có người bị ngất.", "^Someone (?:has )?fainted\\."),
                        (f"{w_vi} bị say nắng.", f"^{w_en} {'has' if one else 'have'} (?:got )?heatstroke\\."),
                        ("Nhà hàng xóm bị cháy.", "^The neighbou?r(?:'s|s') house is on fire\\."),
                        ("Có ai biết sơ cứu không?", "^Does anyone know first aid\\?"),
                        ("Gọi xe cấp cứu!", "^Call an ambulance!")][shape])
        else:
            out.append([(f"{w_en} {'has' if one else 'have'} fainted.",
                         f"^{w_right} (?:đã )?(?:bị )?ngất(?: xỉu)?\\."),
                        (f"{w_en} {'has' if one else 'have'} heatstroke.", f"^{w_right} bị say nắng\\."),
                        ("The neighbour's house is on fire.", "^Nhà (?:của )?hàng xóm (?:đang )?(?:bị )?cháy\\."),
                        ("Does anyone know first aid?", "^Có ai biết sơ cứu không\\?"),
                        ("Call an ambulance!", "^(?:Hãy )?Gọi xe (?:cấp cứu|cứu thương)(?: đi)?!")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
WHOSE_SHOES_61 = [("tôi", "My", "tôi"), ("anh ấy", "His", "anh (?:ấy|ta)"), ("Lan", "Lan's", "Lan"),
                  ("mẹ tôi", "My mother's", "mẹ (?:của )?tôi")]


def mended_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whose shoes are torn, can you sew this button back on, who mended my jacket, who is having an ao dai made;
    right: "… shoes are torn", "Can you sew this button back on?", "mended my jacket", "having an ao dai made"; or
    "Giày của … bị rách", "Bạn có thể khâu lại cái cúc này không?", "đã vá áo khoác (của|cho) tôi", "đang (đặt|đi)
    may (một chiếc) áo dài"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:4])
        s_vi, s_en, s_right = rng.choice(WHOSE_SHOES_61)
        a_vi, a_en, a_one, a_right = rng.choice(WHO_58)
        be = BE_53[a_one] if a_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Giày của {s_vi} bị rách.", f"^{s_en} shoes are torn\\."),
                        ("Bạn có thể khâu lại cái cúc này không?", "^Can you sew this button back on\\?"),
                        (f"{w_vi} đã vá áo khoác của tôi.", f"^{w_en} mended my jacket\\."),
                        (f"{a_vi} đi may áo dài.", f"^{a_en}{be} (?:having|getting) an ao dai made\\.")][shape])
        else:
            out.append([(f"{s_en} shoes are torn.", f"^Giày của {s_right} bị rách\\."),
                        ("Can you sew this button back on?",
                         "^Bạn có thể (?:khâu|đơm|đính) lại (?:cái )?(?:cúc|khuy|nút)(?: áo)? này (?:được )?không\\?"),
                        (f"{w_en} mended my jacket.", f"^{w_right} đã (?:vá|khâu lại) (?:cái )?áo khoác (?:của|cho) "
                         f"tôi\\."),
                        (f"{a_en} {be_53(a_en, a_one)} having an ao dai made.",
                         f"^{a_right} đang (?:đặt may|đi may) (?:một )?(?:chiếc )?áo dài\\.")][shape])
    return out


# whose (Vietnamese, English, Vietnamese right)
HANDS_61 = [("bạn", "your", "(?:của )?bạn"), ("anh ấy", "his", "(?:của )?anh (?:ấy|ta)"),
            ("mẹ tôi", "my mother's", "(?:của )?mẹ (?:của )?tôi"), ("cô ấy", "her", "(?:của )?cô (?:ấy|ta)")]


def handwriting_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whose handwriting is so beautiful, who has nice handwriting, I can't read whose handwriting, write more
    carefully; right: "… handwriting is so beautiful", "has beautiful handwriting", "I can't read … handwriting",
    "Write more carefully"; or "Chữ … đẹp quá", "viết chữ đẹp", "Tôi không đọc được chữ …", "Viết cẩn thận hơn"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        h_vi, h_en, h_right = rng.choice(HANDS_61)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Chữ {h_vi} đẹp quá.", f"^{h_en[0].upper()}{h_en[1:]} handwriting is (?:so|really) "
                         f"(?:beautiful|nice|lovely)\\."),
                        (f"{w_vi} viết chữ đẹp.", f"^{w_en} {'has' if one else 'have'} (?:beautiful|nice|lovely) "
                         f"handwriting\\."),
                        (f"Tôi không đọc được chữ của {h_vi}.", f"^I can(?:'t|not) read {h_en} handwriting\\."),
                        ("Viết cẩn thận hơn đi.", "^(?:Please )?Write more carefully\\.")][shape])
        else:
            out.append([(f"{h_en[0].upper()}{h_en[1:]} handwriting is beautiful.",
                         f"^Chữ (?:viết (?:tay )?)?{h_right} (?:rất |thật )?đẹp(?: quá)?\\."),
                        (f"{w_en} {'has' if one else 'have'} nice handwriting.",
                         f"^{w_right} (?:viết chữ|có chữ(?: viết)?) đẹp\\."),
                        (f"I can't read {h_en} handwriting.",
                         f"^Tôi không (?:thể )?đọc (?:được )?chữ (?:viết tay )?{h_right}(?: được)?\\."),
                        ("Write more carefully.", "^(?:Hãy )?Viết cẩn thận hơn(?: đi)?\\.")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
STUDY_IN_61 = [("Nhật", "Japan", "Nhật(?: Bản)?"), ("Úc", "Australia", "Úc"), ("Pháp", "France", "Pháp")]


def scholarship_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who got a full scholarship, is applying for a scholarship, where did someone study abroad, got a scholarship to
    study in a country; right: "got a full scholarship", "applying for a scholarship", "Where did … study abroad?",
    "a scholarship to study in Japan"; or "… được học bổng toàn phần", "đang xin học bổng", "… (đã) du học ở đâu?",
    "được học bổng (để) (du) học ở Nhật"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, _, a_right = rng.choice(ASKED_58)
        c_vi, c_en, c_right = rng.choice(STUDY_IN_61)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} được học bổng toàn phần.", f"^{w_en} (?:got|received|won) a full scholarship\\."),
                        (f"{w_vi} đang xin học bổng.", f"^{w_en}{be} applying for a scholarship\\."),
                        (f"{a_vi} đã du học ở đâu?", f"^Where did {a_en} study abroad\\?"),
                        (f"{w_vi} được học bổng du học {c_vi}.",
                         f"^{w_en} (?:got|received|won) a scholarship to study (?:abroad )?in {c_en}\\.")][shape])
        else:
            out.append([(f"{w_en} got a full scholarship.",
                         f"^{w_right} (?:đã )?(?:được|nhận được|giành được) (?:một )?(?:suất )?học bổng toàn phần\\."),
                        (f"{w_en} {be_53(w_en, one)} applying for a scholarship.",
                         f"^{w_right} đang (?:nộp đơn )?xin (?:một )?học bổng\\."),
                        (f"Where did {a_en} study abroad?", f"^{a_right} (?:đã )?(?:đi )?du học ở đâu\\?"),
                        (f"{w_en} got a scholarship to study in {c_en}.",
                         f"^{w_right} (?:đã )?(?:được|nhận được) (?:một )?học bổng (?:để )?(?:du )?học (?:ở |tại )?"
                         f"{c_right}\\.")][shape])
    return out


# (Vietnamese, English, one, Vietnamese right, his)
SERVING_61 = [("Anh trai tôi", "My brother", True, "(?i:anh (?:trai )?(?:của )?tôi)", "his"),
              ("Anh ấy", "He", True, "(?i:anh (?:ấy|ta))", "his"),
              ("Con trai tôi", "My son", True, "(?i:con trai (?:của )?tôi)", "his"),
              ("Tôi", "I", False, "(?i:tôi)", "my")]


def army_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is in the army, is doing his military service, has just left the army, was a soldier; right: "is in the
    army", "doing his military service", "just left the army", "was a soldier"; or "… đang đi bộ đội", "đang đi nghĩa
    vụ quân sự", "vừa xuất ngũ", "từng là lính/bộ đội"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right, his = rng.choice(SERVING_61)
        be = "(?:'s| is)" if one else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đang đi bộ đội.", f"^{w_en}{be} (?:in the (?:army|military)|doing {his} military "
                         f"service)\\."),
                        (f"{w_vi} đang đi nghĩa vụ quân sự.", f"^{w_en}{be} doing {his} military service\\."),
                        (f"{w_vi} vừa xuất ngũ.", f"^{w_en}(?: (?:has|have)|'s|'ve)? just (?:left the army|finished "
                         f"{his} military service)\\."),
                        (f"{w_vi} từng là bộ đội.", f"^{w_en} (?:was|used to be) a soldier\\.")][shape])
        else:
            is_ = "is" if one else "am"
            out.append([(f"{w_en} {is_} in the army.",
                         f"^{w_right} (?:đang )?(?:đi bộ đội|ở trong quân đội|phục vụ trong quân đội)\\."),
                        (f"{w_en} {is_} doing {his} military service.",
                         f"^{w_right} đang (?:đi|thực hiện) nghĩa vụ quân sự\\."),
                        (f"{w_en} just left the army.",
                         f"^{w_right} vừa (?:mới )?(?:xuất ngũ|ra quân|rời quân đội)\\."),
                        (f"{w_en} was a soldier.",
                         f"^{w_right} (?:đã )?từng (?:là (?:lính|bộ đội|quân nhân)|đi bộ đội)\\.")][shape])
    return out


def massaged_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who just had a massage, had her nails done yesterday, went to the spa last week, would like a foot massage;
    right: "just had a massage", "had … nails done yesterday", "went to the spa last week", "would like … a foot
    massage"; or "… vừa đi mát xa", "Hôm qua … (đã) đi làm móng", "Tuần trước … (đã) đi spa", "muốn đi mát xa
    chân"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(4)
        if shape == 1 and w_en == "Lan":  # (her nails or his? left)
            w_vi, w_en, one, w_right = WHO_58[1]
        if src == "vi":
            out.append([(f"{w_vi} vừa đi mát xa.",
                         f"^{w_en} (?:just had|(?:'ve|'s| has| have) just had) a massage\\."),
                        (f"Hôm qua {low_58(w_vi)} đi làm móng.",
                         f"^{w_en} (?:had|got) {WHOSE_58[w_en]} nails done yesterday\\."),
                        (f"Tuần trước {low_58(w_vi)} đi spa.", f"^{w_en} went to the spa last week\\."),
                        (f"{w_vi} muốn đi mát xa chân.",
                         f"^{w_en}(?:'d| would) like (?:to go for |to get |to have )?a foot massage\\.")][shape])
        else:
            out.append([(f"{w_en} just had a massage.", f"^{w_right} vừa (?:đi )?mát[ -]?xa\\."),
                        (f"{w_en} had {WHOSE_58[w_en]} nails done yesterday.",
                         f"^(?:Hôm qua {w_right} (?:đã )?(?:đi )?làm móng(?: tay)?|{w_right} (?:đã )?(?:đi )?làm "
                         f"móng(?: tay)? (?:vào )?hôm qua)\\."),
                        (f"{w_en} went to the spa last week.",
                         f"^(?:Tuần trước {w_right} (?:đã )?đi spa|{w_right} (?:đã )?đi spa (?:vào )?tuần trước)\\."),
                        (f"{w_en} would like a foot massage.", f"^{w_right} muốn (?:đi )?mát[ -]?xa chân\\.")][shape])
    return out


# (Vietnamese, English)
LOUD_61 = [("đài", "radio"), ("loa", "speaker"), ("ti vi", "TV")]
# whose phone (Vietnamese, English, Vietnamese right; "My mother's phone" is left in English: "Her phone" there)
PHONES_61 = [("tôi", "My", "(?:của )?tôi"), ("mẹ tôi", "My mother's", "(?:của )?mẹ (?:của )?tôi"),
             ("anh ấy", "His", "(?:của )?anh (?:ấy|ta)")]


def turned_up_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Could you turn the radio up, turn it down, who has muted her phone, whose phone is on silent, the volume is too
    low; right: "turn the radio up", "Turn it down", "muted … phone", "phone is on silent", "The volume is too low";
    or "vặn to … lên", "Vặn nhỏ xuống", "tắt tiếng điện thoại", "để chế độ im lặng", "Âm lượng nhỏ quá"."""
    out = []
    for _ in range(n):
        t_vi, t_en = rng.choice(LOUD_61)
        p_vi, p_en, p_right = rng.choice(PHONES_61)
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3])
        whose = WHOSE_58[w_en]
        shape = rng.randrange(5)
        if src == "vi":
            out.append([(f"Bạn vặn to {t_vi} lên được không?",
                         f"^(?:Could|Can) you turn (?:the {t_en} up|up the {t_en})\\?"),
                        ("Vặn nhỏ tiếng xuống.", "^(?:Please )?Turn it down[.!]"),
                        (f"{w_vi} tắt tiếng điện thoại rồi.",
                         f"^{w_en}(?:'ve| have|'s| has) (?:muted {whose} phone|put {whose} phone on silent)\\."),
                        (f"Điện thoại của {p_vi} để chế độ im lặng.", f"^{p_en} phone is on silent\\."),
                        ("Âm lượng nhỏ quá.", "^The volume is (?:too|so|very) (?:low|quiet)\\.")][shape])
        else:
            out.append([(f"Can you turn the {t_en} up?",
                         f"^Bạn (?:có thể )?(?:vặn|bật) to (?:tiếng )?(?:{t_vi}|{t_en}|tivi)(?: lên)?(?: được)? "
                         f"không\\?"),
                        ("Turn it down.", "^(?:Làm ơn )?Vặn nhỏ(?: tiếng)? (?:xuống|lại)(?: đi)?\\."),
                        (f"{w_en} {'has' if one else 'have'} muted {whose} phone.",
                         f"^{w_right} (?:đã )?tắt tiếng điện thoại(?: của {w_right})?(?: rồi)?\\."),
                        (f"{p_en} phone is on silent." if p_vi != "mẹ tôi" else "Her phone is on silent.",
                         f"^Điện thoại {p_right if p_vi != 'mẹ tôi' else '(?:của )?cô (?:ấy|ta)'} (?:đang )?(?:để )?"
                         f"(?:ở )?chế độ im lặng\\."),
                        ("The volume is too low.", "^Âm lượng (?:nhỏ|thấp) quá\\.")][shape])
    return out


def won_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who won the lottery, won first prize, bought a lottery ticket, buys one every week, did you win anything; right:
    "won the lottery", "won first prize", "bought a lottery ticket", "every week", "Did you win anything?"; or "…
    trúng (xổ) số", "trúng/đoạt giải nhất", "mua (một tờ) vé số", "mỗi tuần", "Bạn có trúng gì không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(5)
        if src == "vi":
            out.append([(f"{w_vi} trúng xổ số.", f"^{w_en} won the lottery\\."),
                        (f"{w_vi} trúng giải nhất.", f"^{w_en} won (?:the )?first prize\\."),
                        (f"{w_vi} mua một tờ vé số.", f"^{w_en} bought a lottery ticket\\."),
                        (f"{w_vi} mua vé số mỗi tuần.", f"^{w_en} buys? (?:a )?lottery tickets? every week\\."),
                        ("Bạn có trúng gì không?", "^Did you win anything\\?")][shape])
        else:
            out.append([(f"{w_en} won the lottery.", f"^{w_right} (?:đã )?trúng (?:xổ )?số\\."),
                        (f"{w_en} won first prize.", f"^{w_right} (?:đã )?(?:đoạt|trúng|giành|được) giải nhất\\."),
                        (f"{w_en} bought a lottery ticket.",
                         f"^{w_right} (?:đã )?mua (?:một )?(?:tờ |tấm )?vé (?:xổ )?số\\."),
                        (f"{w_en} buy{'s' * one} a lottery ticket every week.",
                         f"^{w_right} mua (?:một )?(?:tờ )?vé (?:xổ )?số (?:mỗi|hằng|hàng) tuần\\."),
                        ("Did you win anything?", "^Bạn có trúng (?:cái )?gì(?: không)?\\?")][shape])
    return out


# (Vietnamese, English, English "nights", Vietnamese right)
NIGHTS_61 = [("một", "one", "night", "một"), ("hai", "two", "nights", "hai")]


def roomed_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who would like to change rooms, whose room hasn't been cleaned, can someone stay one more night, can I have a
    late check-out; right: "would like to change rooms", "room hasn't been cleaned", "stay one more night", "check
    out late"; or "… muốn đổi phòng", "Phòng … chưa được dọn", "ở thêm một đêm", "trả phòng muộn"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        n_vi, n_en, nights, n_right = rng.choice(NIGHTS_61)
        o_vi, o_en, o_right = rng.choice(WHOSE_SHOES_61[:2])  # (a guest's own room: "Lan's room" is left)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} muốn đổi phòng.", f"^{w_en}(?:'d| would) like to change rooms\\."),
                        (f"Phòng của {o_vi} chưa được dọn.", f"^{o_en} room hasn't been cleaned(?: yet)?\\."),
                        (f"{w_vi} có thể ở thêm {n_vi} đêm không?",
                         f"^Can {inside(w_en)} stay {n_en} more {nights}\\?"),
                        ("Tôi có thể trả phòng muộn không?",
                         "^Can I (?:check out late|have a late check-?out)\\?")][shape])
        else:
            out.append([(f"{w_en} would like to change rooms.", f"^{w_right} muốn đổi phòng\\."),
                        (f"{o_en} room hasn't been cleaned.", f"^Phòng (?:của )?{o_right} chưa được dọn(?: dẹp)?\\."),
                        (f"Can {inside(w_en)} stay {n_en} more {nights}?",
                         f"^{w_right} có thể ở (?:lại )?thêm {n_right} đêm(?: nữa)?(?: được)? không\\?"),
                        ("Can I have a late check-out?",
                         "^Tôi có thể trả phòng (?:muộn|trễ)(?: được)? không\\?")][shape])
    return out


def taxed_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has to pay taxes, doesn't pay taxes, when is the tax deadline, who got a tax refund, income tax is a per
    cent; right: "has to pay taxes", "doesn't pay taxes", "When is the tax deadline?", "got a tax refund", "Income tax
    is 10%"; or "… phải đóng/nộp thuế", "không đóng thuế", "Hạn nộp thuế là khi nào?", "được hoàn thuế", "Thuế thu
    nhập là 10%"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        rate = rng.choice(["5", "10", "20"])
        do = "does" if one else "do"
        shape = rng.randrange(5)
        if src == "vi":
            out.append([(f"{w_vi} phải nộp thuế.", f"^{w_en} {'has' if one else 'have'} to pay (?:taxes|tax)\\."),
                        (f"{w_vi} không đóng thuế.",
                         f"^{w_en} (?:{do}n't|{do} not) pay (?:taxes|tax)\\."),
                        ("Hạn nộp thuế là khi nào?", "^When(?:'s| is) the tax deadline\\?"),
                        (f"{w_vi} được hoàn thuế.", f"^{w_en} (?:got|received) a tax refund\\."),
                        (f"Thuế thu nhập là {rate}%.", f"^Income tax is {rate}(?:%| ?per ?cent)\\.")][shape])
        else:
            out.append([(f"{w_en} {'has' if one else 'have'} to pay taxes.",
                         f"^{w_right} phải (?:đóng|nộp|trả) thuế\\."),
                        (f"{w_en} {do}n't pay taxes.", f"^{w_right} không (?:đóng|nộp|trả) thuế\\."),
                        ("When is the tax deadline?",
                         "^(?:Thời )?[Hh]ạn (?:chót )?nộp thuế là (?:khi nào|bao giờ|ngày nào)\\?"),
                        (f"{w_en} got a tax refund.",
                         f"^{w_right} (?:đã )?(?:được hoàn thuế|nhận được tiền hoàn thuế)\\."),
                        (f"Income tax is {rate}%.", f"^Thuế thu nhập là {rate} ?%\\.")][shape])
    return out


# the child (Vietnamese, English, Vietnamese right)
CHILDREN_61 = [("Con tôi", "My child", "(?i:con (?:của )?tôi)"),
               ("Con trai tôi", "My son", "(?i:con trai (?:của )?tôi)"),
               ("Con gái tôi", "My daughter", "(?i:con gái (?:của )?tôi)"), ("Em bé", "The baby", "(?i:em bé)")]


def nappy_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A child still wears nappies, who has to change the baby's nappy, a child still wets the bed, is out of nappies
    now; right: "still wears nappies", "has to change the baby's nappy", "still wets the bed", "out of nappies"; or
    "… vẫn (còn) đóng bỉm", "phải thay bỉm cho em bé", "vẫn (còn) tè dầm", "đã bỏ bỉm"."""
    out = []
    for _ in range(n):
        c_vi, c_en, c_right = rng.choice(CHILDREN_61)
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:2])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{c_vi} vẫn còn đóng bỉm.", f"^{c_en} (?:still wears nappies|is still in nappies)\\."),
                        (f"{w_vi} phải thay bỉm cho em bé.",
                         f"^{w_en} {'has' if one else 'have'} to change the baby's nappy\\."),
                        (f"{c_vi} vẫn còn tè dầm.", f"^{c_en} still wets the bed\\."),
                        (f"{c_vi} đã bỏ bỉm rồi.", f"^{c_en}(?: is|'s) (?:now )?out of nappies(?: now)?\\.")][shape])
        else:
            out.append([(f"{c_en} still wears nappies.", f"^{c_right} vẫn (?:còn )?(?:đóng|mặc) (?:bỉm|tã)\\."),
                        (f"{w_en} {'has' if one else 'have'} to change the baby's nappy.",
                         f"^{w_right} phải thay (?:bỉm|tã) cho (?:em )?bé\\."),
                        (f"{c_en} still wets the bed.", f"^{c_right} vẫn(?: còn)? (?:tè|đái) dầm\\."),
                        (f"{c_en} is out of nappies now.", f"^{c_right} (?:đã )?bỏ (?:bỉm|tã)(?: rồi)?\\.")][shape])
    return out


# an age (Vietnamese, English)
AGED_61 = [("năm", "five"), ("sáu", "six"), ("bảy", "seven")]


def cycled_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who cycles to work, cycled around the lake yesterday, is going cycling tomorrow, learned to ride a bike at an
    age; right: "cycles to work", "cycled around the lake yesterday", "go(ing) cycling tomorrow", "learned to ride a
    bike when … was five"; or "… đạp xe đi làm", "Hôm qua … đạp xe quanh hồ", "Ngày mai … (sẽ) đi đạp xe", "học đi xe
    đạp (khi|lúc) năm tuổi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en = rng.choice(AGED_61)
        o_vi, o_en, o_one, o_right = rng.choice([w for w in WHO_58 if w[1] != "Lan"])  # (when she was, or he?)
        shape = rng.randrange(4)
        if src == "vi":
            was = {"I": "I was", "We": "we were", "He": "he was", "My mother": "she was"}[o_en]
            out.append([(f"{w_vi} đạp xe đi làm.", f"^{w_en} cycles? to work\\."),
                        (f"Hôm qua {low_58(w_vi)} đạp xe quanh hồ.",
                         f"^{w_en} cycled (?:a)?round the lake yesterday\\."),
                        (f"Ngày mai {low_58(w_vi)} sẽ đi đạp xe.",
                         f"^{w_en}(?:'ll| will| (?:is|are|am) going| going|'s going|'re going|'m going) (?:go )?"
                         f"cycling tomorrow\\."),
                        (f"{o_vi} học đi xe đạp khi {a_vi} tuổi.",
                         f"^{o_en} learn(?:ed|t) (?:how )?to ride a (?:bike|bicycle) (?:when {was} {a_en}|at(?: the "
                         f"age of)? {a_en})\\.")][shape])
        else:
            was = {"I": "I was", "We": "we were", "He": "he was", "My mother": "she was"}[o_en]
            out.append([(f"{w_en} cycle{'s' * one} to work.",
                         f"^{w_right} (?:đạp xe|đi xe đạp) (?:đi làm|đến chỗ làm)\\."),
                        (f"{w_en} cycled around the lake yesterday.",
                         f"^(?:Hôm qua {w_right} (?:đã )?(?:đạp xe|đi xe đạp) (?:vòng )?quanh hồ|{w_right} (?:đã )?"
                         f"(?:đạp xe|đi xe đạp) (?:vòng )?quanh hồ (?:vào )?hôm qua)\\."),
                        (f"{w_en} {be_53(w_en, one)} going cycling tomorrow.",
                         f"^(?:Ngày mai {w_right} (?:sẽ )?đi đạp xe|{w_right} (?:sẽ )?đi đạp xe (?:vào )?ngày mai)"
                         f"\\."),
                        (f"{o_en} learned to ride a bike when {was} {a_en}.",
                         f"^{o_right} (?:đã )?học đi xe đạp (?:lúc|khi)(?: lên)? {a_vi} tuổi\\.")][shape])
    return out


def wrapped_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Can you gift-wrap it for me, who still has to wrap the presents, is wrapping the presents, has someone wrapped
    them yet; right: "Can you gift-wrap it", "still has to wrap the presents", "wrapping the presents", "wrapped the
    presents yet?"; or "Bạn (có thể) gói quà giúp tôi … không?", "vẫn phải gói quà", "đang gói quà", "… gói quà
    chưa?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([("Bạn có thể gói quà giúp tôi không?",
                         "^(?:Can|Could) you (?:gift[- ]?wrap (?:it|this)|wrap (?:it|this) as a (?:present|gift))"
                         "(?: for me)?\\?"),
                        (f"{w_vi} vẫn phải gói quà.",
                         f"^{w_en} still {'has' if one else 'have'} to wrap (?:the )?(?:presents|gifts)\\."),
                        (f"{w_vi} đang gói quà.",
                         f"^{w_en}{BE_53[one] if w_en != 'I' else '(?:' + chr(39) + 'm| am)'} wrapping (?:the )?"
                         f"(?:presents|gifts)\\."),
                        (f"{a_vi} gói quà chưa?", f"^(?:Has|Have) {a_en} wrapped (?:the )?(?:presents|gifts) yet\\?")]
                       [shape])
        else:
            out.append([("Can you gift-wrap it?", "^Bạn (?:có thể )?gói (?:quà|.*thành quà).*(?:không|được không)\\?"),
                        (f"{w_en} still {'has' if one else 'have'} to wrap the presents.",
                         f"^{w_right} vẫn (?:còn )?phải gói quà\\."),
                        (f"{w_en} {be_53(w_en, one)} wrapping the presents.", f"^{w_right} đang gói quà\\."),
                        (f"{'Has' if a_one else 'Have'} {a_en} wrapped the presents yet?",
                         f"^{a_right} (?:đã )?gói quà chưa\\?")][shape])
    return out


# (Vietnamese, English)
SUBJECTS_61 = [("toán", "maths"), ("tiếng Anh", "English"), ("hóa học", "chemistry")]


def tutored_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who goes to extra classes in the evening, has extra classes in a subject, has a tutor in it, is looking for a
    tutor for my son; right: "goes to extra classes in the evening", "has extra maths classes", "has a maths tutor",
    "looking for a tutor for my son"; or "… đi học thêm (vào) buổi tối", "học thêm toán", "có gia sư toán", "đang tìm
    gia sư cho con trai tôi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        s_vi, s_en = rng.choice(SUBJECTS_61)
        m_vi, m_en = (s_vi, s_en) if not s_vi.startswith("tiếng") else SUBJECTS_61[0]  # ("học thêm tiếng Anh": also
        a = "an" if s_en[0] in "AEIOU" else "a"                                       # learning it? left)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đi học thêm vào buổi tối.", f"^{w_en} go(?:es)? to extra classes in the evening\\."),
                        (f"{w_vi} học thêm {m_vi}.",
                         f"^{w_en} (?:has|have|takes?) extra {m_en} (?:classes|lessons)\\."),
                        (f"{w_vi} có gia sư {s_vi}.", f"^{w_en} (?:has|have) an? {s_en} tutor\\."),
                        (f"{w_vi} đang tìm gia sư {s_vi} cho con trai tôi.",
                         f"^{w_en}{BE_53[one] if w_en != 'I' else '(?:' + chr(39) + 'm| am)'} looking for an? {s_en} "
                         f"tutor for my son\\.")][shape])
        else:
            out.append([(f"{w_en} go{'es' * one} to extra classes in the evening.",
                         f"^{w_right} đi học thêm (?:vào )?buổi tối\\."),
                        (f"{w_en} {'has' if one else 'have'} extra {s_en} classes.",
                         f"^{w_right} (?:học thêm {s_vi}|có (?:lớp )?học thêm {s_vi})\\."),
                        (f"{w_en} {'has' if one else 'have'} {a} {s_en} tutor.",
                         f"^{w_right} có (?:một )?(?:người )?gia sư {s_vi}\\."),
                        (f"{w_en} {be_53(w_en, one)} looking for a tutor for my son.",
                         f"^{w_right} đang tìm (?:một )?gia sư cho con trai (?:của )?tôi\\.")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
VISA_TO_61 = [("Nhật", "Japan", "Nhật(?: Bản)?"), ("Úc", "Australia", "Úc"), ("Mỹ", "the US", "Mỹ")]


def visa_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who needs to apply for a visa to go to a country, is applying for one, whose visa has been approved, who has
    been refused a visa; right: "needs to apply for a visa to go to Japan", "applying for a visa", "visa has been
    approved", "been refused a visa"; or "… cần xin visa đi Nhật", "đang xin visa", "Visa của … đã được duyệt", "bị
    từ chối visa"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        c_vi, c_en, c_right = rng.choice(VISA_TO_61)
        p_vi, p_en, p_right = rng.choice(PHONES_61)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} cần xin visa đi {c_vi}.",
                         f"^{w_en} needs? to apply for a visa (?:to go to|for) {c_en}\\."),
                        (f"{w_vi} đang xin visa đi {c_vi}.",
                         f"^{w_en}{be} applying for a visa (?:to go to|for) {c_en}\\."),
                        (f"Visa của {p_vi} đã được duyệt.", f"^{p_en} visa (?:has been|was) approved\\."),
                        (f"{w_vi} bị từ chối visa.",
                         f"^{w_en}(?:(?:'ve|'s| have| has) been| was| were) (?:refused|denied) a visa\\.")][shape])
        else:
            was = "was" if one or w_en == "I" else "were"
            out.append([(f"{w_en} need{'s' * one} to apply for a visa to go to {c_en}.",
                         f"^{w_right} cần xin (?:visa|thị thực) (?:để )?(?:đi|sang) {c_right}\\."),
                        (f"{w_en} {be_53(w_en, one)} applying for a visa.",
                         f"^{w_right} đang xin (?:visa|thị thực)\\."),
                        (f"{p_en if p_vi != 'mẹ tôi' else 'Her'} visa has been approved.",
                         f"^(?:Visa|Thị thực) của {p_right if p_vi != 'mẹ tôi' else '(?:của )?cô (?:ấy|ta)'} (?:đã )?"
                         f"được (?:duyệt|chấp thuận)\\.".replace("của (?:của )?", "(?:của )?")),
                        (f"{w_en} {was} refused a visa.",
                         f"^{w_right} (?:đã )?bị từ chối (?:visa|thị thực)\\.")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
FIANCE_JOBS_61 = [("bác sĩ", "doctor", "bác sĩ"), ("kỹ sư", "engineer", "kỹ sư"), ("giáo viên", "teacher", "giáo viên")]


def proposed_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who proposed to whom last night, hasn't proposed yet, is engaged to someone of a job, whose fiancé is of a job;
    right: "proposed to … last night", "hasn't proposed yet", "engaged to a doctor", "fiancé is an engineer"; or "Tối
    qua … cầu hôn …", "(vẫn) chưa cầu hôn", "đã đính hôn với (một) bác sĩ", "Chồng sắp cưới của … là kỹ sư"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:4])
        m_vi, m_en, m_right = rng.choice(WHOM_58)
        j_vi, j_en, j_right = rng.choice(FIANCE_JOBS_61)
        p_vi, p_en, p_right = rng.choice(PHONES_61[:1] + [("Lan", "Lan's", "(?:của )?Lan")])
        a = "an" if j_en[0] in "aeiou" else "a"
        if m_vi.lower() == w_vi.lower():
            m_vi, m_en, m_right = WHOM_58[0]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Tối qua {low_58(w_vi)} cầu hôn {m_vi}.", f"^{w_en} proposed to {m_en} last night\\."),
                        (f"{w_vi} chưa cầu hôn.", f"^{w_en} (?:hasn't|has not) proposed(?: yet)?\\."),
                        (f"{w_vi} đã đính hôn với một {j_vi}.", f"^{w_en}(?:'s| is) engaged to {a} {j_en}\\."),
                        (f"Chồng sắp cưới của {p_vi} là {j_vi}.", f"^{p_en} fiancé is {a} {j_en}\\.")][shape])
        else:
            out.append([(f"{w_en} proposed to {m_en} last night.",
                         f"^(?:Tối qua {w_right} (?:đã )?cầu hôn {m_right}|{w_right} (?:đã )?cầu hôn {m_right} "
                         f"(?:vào )?tối qua)\\."),
                        (f"{w_en} hasn't proposed yet.", f"^{w_right} (?:vẫn )?chưa cầu hôn\\."),
                        (f"{w_en} is engaged to {a} {j_en}.", f"^{w_right} (?:đã )?đính hôn với (?:một )?(?:người )?"
                         f"{j_right}\\."),
                        (f"{p_en} fiancé is {a} {j_en}.",
                         f"^(?:Chồng sắp cưới|Vị hôn phu|Hôn phu) {p_right} là (?:một )?{j_right}\\.")][shape])
    return out


def library_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has to take the books back to the library, this book is overdue, can someone renew this book, who goes to
    the library every weekend; right: "has to take the books back to the library", "This book is overdue", "Can …
    renew this book?", "goes to the library every weekend"; or "… phải trả sách cho thư viện", "Cuốn sách này quá
    hạn", "… có thể gia hạn cuốn sách này không?", "đi thư viện mỗi cuối tuần"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, _, a_right = rng.choice([("Tôi", "I", False, "(?i:tôi)"), *ASKED_58[:2]])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} phải trả sách cho thư viện.",
                         f"^{w_en} {'has' if one else 'have'} to (?:take the books back to|return the books to) the "
                         f"library\\."),
                        ("Cuốn sách này quá hạn rồi.", "^This book is overdue\\."),
                        (f"{a_vi} có thể gia hạn cuốn sách này không?", f"^Can {a_en} renew this book\\?"),
                        (f"{w_vi} đi thư viện mỗi cuối tuần.", f"^{w_en} go(?:es)? to the library every weekend\\.")]
                       [shape])
        else:
            out.append([(f"{w_en} {'has' if one else 'have'} to take the books back to the library.",
                         f"^{w_right} phải trả (?:lại )?sách (?:cho |lại cho )?thư viện\\."),
                        ("This book is overdue.", "^Cuốn sách này (?:đã |bị )?quá hạn(?: rồi)?\\."),
                        (f"Can {a_en} renew this book?",
                         f"^{a_right} có thể gia hạn cuốn sách này (?:không|được không)\\?"),
                        (f"{w_en} go{'es' * one} to the library every weekend.",
                         f"^{w_right} (?:đi|đến) (?:đến )?thư viện (?:mỗi|hằng|hàng) cuối tuần\\.")][shape])
    return out


def checked_up_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who had a check-up yesterday, has to fast before the test, the nurse took whose blood pressure, the doctor told
    whom to lose weight; right: "had a check-up yesterday", "has to fast before the test", "The nurse took …'s blood
    pressure", "The doctor told … to lose weight"; or "Hôm qua … (đã) đi khám sức khỏe", "phải nhịn ăn trước khi xét
    nghiệm", "Y tá đo huyết áp cho …", "Bác sĩ bảo … (phải) giảm cân"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = rng.choice(WHOM_58)
        whose = {"tôi": "my", "anh ấy": "his", "mẹ tôi": "my mother's", "Lan": "Lan's"}[m_vi]
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Hôm qua {low_58(w_vi)} đã đi khám sức khỏe.",
                         f"^{w_en} (?:had|went for) a check-up yesterday\\."),
                        (f"{w_vi} phải nhịn ăn trước khi xét nghiệm.",
                         f"^{w_en} {'has' if one else 'have'} to fast before the test\\."),
                        (f"Y tá đo huyết áp cho {m_vi}.",
                         f"^The nurse (?:took|checked|measured) {whose} blood pressure\\."),
                        (f"Bác sĩ bảo {m_vi} phải giảm cân.", f"^The doctor told {m_en} to lose (?:some )?weight\\.")]
                       [shape])
        else:
            out.append([(f"{w_en} had a check-up yesterday.",
                         f"^(?:Hôm qua {w_right} (?:đã )?đi khám sức khỏe|{w_right} (?:đã )?đi khám sức khỏe (?:vào )?"
                         f"hôm qua)\\."),
                        (f"{w_en} {'has' if one else 'have'} to fast before the test.",
                         f"^{w_right} phải nhịn ăn trước khi (?:đi )?xét nghiệm\\."),
                        (f"The nurse took {whose} blood pressure.",
                         f"^(?:Cô )?[Yy] tá (?:đã )?đo huyết áp (?:cho|của) {m_right}\\."),
                        (f"The doctor told {m_en} to lose weight.",
                         f"^Bác sĩ (?:đã )?(?:bảo|dặn|khuyên) {m_right}(?: (?:phải|nên|cần))? giảm cân\\.")][shape])
    return out


def pension_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who gets a pension, whose pension isn't enough to live on, who retired at an age, wants to retire early;
    right: "gets a pension", "pension isn't enough to live on", "retired at 60", "wants to retire early"; or "…
    nhận/lĩnh lương hưu", "Lương hưu của … không đủ (để) sống", "nghỉ hưu năm/lúc 60 tuổi", "muốn nghỉ hưu sớm"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        p_vi, p_en, p_right = rng.choice(PHONES_61[:1] + PHONES_61[2:])
        age = rng.choice(["55", "60", "62"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} nhận lương hưu.", f"^{w_en} (?:gets?|receives?) a pension\\."),
                        (f"Lương hưu của {p_vi} không đủ sống.", f"^{p_en} pension (?:isn't|is not) enough to live "
                         f"on\\."),
                        (f"{w_vi} nghỉ hưu năm {age} tuổi.", f"^{w_en} retired at (?:the age of )?{age}\\."),
                        (f"{w_vi} muốn nghỉ hưu sớm.", f"^{w_en} wants? to retire early\\.")][shape])
        else:
            out.append([(f"{w_en} get{'s' * one} a pension.", f"^{w_right} (?:nhận|lĩnh|hưởng) lương hưu\\."),
                        (f"{p_en} pension isn't enough to live on.",
                         f"^Lương hưu {p_right} không đủ (?:để )?sống\\."),
                        (f"{w_en} retired at {age}.", f"^{w_right} (?:đã )?nghỉ hưu (?:năm|lúc|ở tuổi|khi) {age}"
                         f"(?: tuổi)?\\."),
                        (f"{w_en} want{'s' * one} to retire early.", f"^{w_right} muốn nghỉ hưu sớm\\.")][shape])
    return out


# (Vietnamese, English)
FLIGHTS_TO_61 = [("Đà Nẵng", "Da Nang"), ("Huế", "Hue"), ("Hà Nội", "Hanoi")]


def gated_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who needs to check in, has someone checked in yet, who has to go through security, the flight to a place
    leaves from a gate; right: "needs to check in", "checked in yet?", "has to go through security", "The flight to
    Da Nang leaves from gate 5"; or "… cần làm thủ tục (lên máy bay)", "đã làm thủ tục chưa?", "phải qua cửa an
    ninh", "Chuyến bay đi Đà Nẵng … cửa số 5"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        p_vi, p_en = rng.choice(FLIGHTS_TO_61)
        gate = rng.choice(["5", "7", "12"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} cần làm thủ tục lên máy bay.", f"^{w_en} needs? to check in\\."),
                        (f"{a_vi} đã làm thủ tục lên máy bay chưa?",
                         f"^(?:Have|Has) {a_en} checked in(?: yet)?\\?"),
                        (f"{w_vi} phải qua cửa an ninh.",
                         f"^{w_en} {'has' if one else 'have'} to go through security\\."),
                        (f"Chuyến bay đi {p_vi} khởi hành từ cửa số {gate}.",
                         f"^The flight to {p_en} (?:leaves|departs) from gate {gate}\\.")][shape])
        else:
            out.append([(f"{w_en} need{'s' * one} to check in.", f"^{w_right} cần làm thủ tục(?: lên máy bay)?\\."),
                        (f"{'Has' if a_one else 'Have'} {a_en} checked in yet?",
                         f"^{a_right} đã làm thủ tục(?: lên máy bay)? chưa\\?"),
                        (f"{w_en} {'has' if one else 'have'} to go through security.",
                         f"^{w_right} phải (?:đi )?qua (?:cửa an ninh|(?:khu )?soi chiếu an ninh)\\."),
                        (f"The flight to {p_en} leaves from gate {gate}.",
                         f"^Chuyến bay (?:đi|đến|tới) {p_vi} (?:khởi hành|cất cánh|xuất phát) (?:từ|ở|tại) (?:cửa|cổng)"
                         f"(?: số)? {gate}\\.")][shape])
    return out


# (Vietnamese, English)
BUSINESSES_61 = [("cửa hàng", "shop"), ("nhà hàng", "restaurant"), ("quán cà phê", "café")]


def freelanced_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is a freelancer, is self-employed, has a small business, wants to start their own business; right: "a
    freelancer", "self-employed", "has a small restaurant", "wants to start … own business"; or "… làm (nghề) tự do",
    "tự kinh doanh", "có một nhà hàng nhỏ", "muốn tự kinh doanh"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        b_vi, b_en = rng.choice(BUSINESSES_61)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        own = {"I": "my", "We": "our", "He": "his", "My mother": "her", "Lan": "(?:his|her)"}[w_en]
        shape = rng.randrange(4)
        if w_en == "Lan" and shape == 3:  # (his or her own business? left)
            w_vi, w_en, one, w_right = WHO_58[1]
            be, own = BE_53[True], "her"
        if src == "vi":
            out.append([(f"{w_vi} làm nghề tự do.",
                         f"^(?:{w_en}{be} (?:a )?freelancers?|{w_en} works? freelance)\\."),
                        (f"{w_vi} tự kinh doanh.", f"^{w_en}{be} self-employed\\."),
                        (f"{w_vi} có một {b_vi} nhỏ.", f"^{w_en} (?:has|have|owns?) a small {b_en}\\."),
                        (f"{w_vi} muốn tự kinh doanh.",
                         f"^{w_en} (?:wants?|would like|'d like) to (?:start|run) {own} own business\\.")][shape])
        else:
            is_ = be_53(w_en, one)
            out.append([(f"{w_en} {is_} {'freelancers' if w_en == 'We' else 'a freelancer'}.",
                         f"^{w_right} (?:làm (?:nghề )?tự do|là (?:người làm (?:nghề )?tự do|freelancer))\\."),
                        (f"{w_en} {is_} self-employed.", f"^{w_right} tự (?:kinh doanh|làm chủ)\\."),
                        (f"{w_en} {'has' if one else 'have'} a small {b_en}.",
                         f"^{w_right} có (?:một )?(?:{b_vi}) nhỏ\\."),
                        (f"{w_en} want{'s' * one} to start {own} own business.",
                         f"^{w_right} muốn (?:tự kinh doanh|khởi nghiệp|mở (?:doanh nghiệp|công ty) riêng)\\.")]
                       [shape])
    return out


# (Vietnamese, English)
HABITS_61 = [("rượu", "alcohol"), ("cờ bạc", "gambling"), ("cà phê", "coffee"), ("ma túy", "drugs")]


def addicted_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is addicted to alcohol, gambling, coffee or drugs, is an alcoholic, is in rehab, has given up gambling;
    right: "addicted to …", "an alcoholic", "in rehab", "given up gambling"; or "… nghiện …", "là người nghiện rượu",
    "đang đi cai nghiện", "đã bỏ cờ bạc"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        o_vi, o_en, _, o_right = rng.choice(WHO_58[1:4])
        h_vi, h_en = rng.choice(HABITS_61)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} nghiện {h_vi}.", f"^{w_en}{be} addicted to {h_en}\\."),
                        (f"{o_vi} là người nghiện rượu.", f"^{o_en}(?:'s| is) an alcoholic\\."),
                        (f"{w_vi} đang đi cai nghiện.", f"^{w_en}{be} in rehab\\."),
                        (f"{w_vi} đã bỏ cờ bạc.",
                         f"^{w_en}(?:{'(?:' + chr(39) + 's| has)' if one else '(?:' + chr(39) + 've| have)'}) "
                         f"(?:given up|quit) gambling\\.")][shape])
        else:
            is_ = be_53(w_en, one)
            out.append([(f"{w_en} {is_} addicted to {h_en}.", f"^{w_right} (?:bị )?nghiện {h_vi}\\."),
                        (f"{o_en} is an alcoholic.", f"^{o_right} (?:là (?:một )?người )?nghiện rượu\\."),
                        (f"{w_en} {is_} in rehab.", f"^{w_right} đang (?:đi cai nghiện|ở trại cai nghiện)\\."),
                        (f"{w_en} {'has' if one else 'have'} given up gambling.",
                         f"^{w_right} (?:đã )?bỏ (?:cờ bạc|đánh bạc)(?: rồi)?\\.")][shape])
    return out


# whose email (Vietnamese, English, Vietnamese right)
HACKED_61 = [("tôi", "My", "(?:của )?tôi"), ("mẹ tôi", "My mother's", "(?:của )?mẹ (?:của )?tôi"),
             ("anh ấy", "His", "(?:của )?anh (?:ấy|ta)")]


def scammed_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who got scammed out of a sum, this is a scam, whose email got hacked, they tricked whom into sending money;
    right: "got scammed out of VND2 million", "This is a scam", "email got hacked", "tricked … into sending money";
    or "… bị lừa (mất) 2 triệu (đồng)", "Đây là lừa đảo", "Email của … bị hack", "Họ lừa … chuyển tiền"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        m_vi, m_en, m_right = rng.choice(WHOM_58)
        e_vi, e_en, e_right = rng.choice(HACKED_61)
        sum_ = rng.choice(["2", "5", "10"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị lừa mất {sum_} triệu.",
                         f"^{w_en} (?:got|was|were) scammed out of (?:VND ?{sum_} million|{sum_} million (?:dong|VND))"
                         f"\\."),
                        ("Đây là lừa đảo.", "^This is a scam\\."),
                        (f"Email của {e_vi} bị hack.", f"^{e_en} email (?:got|was|has been) hacked\\."),
                        (f"Họ lừa {m_vi} chuyển tiền.", f"^They tricked {m_en} into sending money\\.")][shape])
        else:
            out.append([(f"{w_en} got scammed out of {sum_} million dong.",
                         f"^{w_right} (?:đã )?bị lừa (?:mất )?{sum_} triệu(?: đồng)?\\."),
                        ("This is a scam.", "^Đây là (?:một )?(?:vụ |trò )?lừa đảo\\."),
                        (f"{e_en} email got hacked.", f"^Email {e_right} (?:đã )?bị hack\\."),
                        (f"They tricked {m_en} into sending money.",
                         f"^Họ (?:đã )?lừa {m_right} (?:chuyển|gửi) tiền\\.")][shape])
    return out


def gossiped_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who talks about me behind my back, often gossips, it's just a rumour, don't spread rumours; right: "talks about
    me behind my back", "often gossips", "It's just a rumour", "Don't spread rumours"; or "… nói xấu tôi sau lưng",
    "hay buôn chuyện", "Đó chỉ là tin đồn", "Đừng tung tin đồn"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} nói xấu tôi sau lưng.", f"^{w_en} talks? about me behind my back\\."),
                        (f"{w_vi} hay buôn chuyện.", f"^{w_en} often gossips?\\."),
                        ("Đó chỉ là tin đồn.", "^(?:It|That)(?:'s| is) (?:just|only) a rumou?r\\."),
                        ("Đừng tung tin đồn.", "^Don't spread (?:the )?rumou?rs\\.")][shape])
        else:
            out.append([(f"{w_en} talk{'s' * one} about me behind my back.",
                         f"^{w_right} (?:\\w+ )?nói xấu (?:tôi sau lưng|sau lưng tôi)\\."),
                        (f"{w_en} often gossip{'s' * one}.", f"^{w_right} (?:hay|thường) buôn chuyện\\."),
                        ("It's just a rumour.", "^Đó chỉ là (?:một )?tin đồn(?: thôi)?\\."),
                        ("Don't spread rumours.", "^Đừng (?:tung|lan truyền|phát tán) (?:những )?tin đồn\\.")][shape])
    return out


# (Vietnamese, English)
PLAYED_61 = [("đàn piano", "piano"), ("đàn violin", "violin"), ("ghi-ta", "guitar")]


def lessons_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who takes piano lessons, has a swimming lesson every Saturday, is learning the guitar, who teaches her the
    violin; right: "takes piano lessons", "has a swimming lesson every Saturday", "learning the guitar", "Who teaches
    her the violin?"; or "… học đàn piano", "có buổi học bơi mỗi thứ Bảy", "đang học ghi-ta", "Ai dạy cô ấy đàn
    violin?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        p_vi, p_en = rng.choice(PLAYED_61)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} học đàn piano.",
                         f"^(?:{w_en} (?:takes?|has|have) piano lessons|{w_en}{be} learning (?:the )?piano)\\."),
                        (f"{w_vi} có buổi học bơi mỗi thứ Bảy.",
                         f"^{w_en} (?:has|have) (?:a )?swimming lessons? every Saturday\\."),
                        (f"{w_vi} đang học {p_vi}.", f"^{w_en}{be} learning (?:to play )?(?:the )?{p_en}\\."),
                        ("Ai dạy cô ấy đàn violin?", "^Who teaches her (?:the )?violin\\?")][shape])
        else:
            out.append([(f"{w_en} take{'s' * one} piano lessons.", f"^{w_right} (?:đang )?học (?:đàn )?piano\\."),
                        (f"{w_en} {'has' if one else 'have'} a swimming lesson every Saturday.",
                         f"^{w_right} có (?:một )?(?:buổi|giờ) học bơi (?:vào )?(?:mỗi|mọi) thứ Bảy\\."),
                        (f"{w_en} {be_53(w_en, one)} learning the {p_en}.",
                         f"^{w_right} đang học (?:đàn |chơi )*(?:{p_vi.replace('đàn ', '')}|ghi-?ta|guitar)\\."),
                        ("Who teaches her the violin?",
                         "^Ai dạy (?:cô ấy (?:đàn )?violin|(?:đàn )?violin cho cô ấy)\\?")][shape])
    return out


# (Vietnamese, English)
BURNT_61 = [("Cơm bị khê rồi.", "rice"), ("Cá bị cháy rồi.", "fish"), ("Bánh mì bị cháy rồi.", "bread")]


def burnt_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The rice (fish, bread) is burnt, who burnt the rice, forgot to turn off the stove, put too much salt in the
    soup; right: "The rice is burnt", "burnt the rice", "forgot to turn off the stove", "too much salt in the soup";
    or "Cơm bị khê", "nấu cơm bị khê / làm cháy cơm", "quên tắt bếp", "cho (quá) nhiều muối (quá) vào canh"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        b_vi, b_en = rng.choice(BURNT_61)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(b_vi, f"^The {b_en} (?:is|'s|has been) (?:burnt|burned)\\."),
                        (f"{w_vi} làm cháy cơm rồi.", f"^{w_en}(?:'ve|'s| have| has)? (?:burnt|burned) the rice\\."),
                        (f"{w_vi} quên tắt bếp.",
                         f"^{w_en} forgot to turn (?:off the (?:stove|cooker|hob)|the (?:stove|cooker|hob) off)\\."),
                        (f"{w_vi} cho quá nhiều muối vào canh.",
                         f"^{w_en} (?:added|put) too much salt (?:in|into) the soup\\.")][shape])
        else:
            out.append([(f"The {b_en} is burnt.",
                         f"^{ {'rice': 'Cơm', 'fish': 'Cá', 'bread': 'Bánh mì'}[b_en] } (?:đã )?bị (?:cháy|khê)"
                         f"(?: rồi)?\\."),
                        (f"{w_en} burnt the rice.",
                         f"^{w_right} (?:đã )?(?:nấu cơm bị (?:khê|cháy)|làm (?:cháy|khê) cơm)\\."),
                        (f"{w_en} forgot to turn off the stove.", f"^{w_right} (?:đã )?quên(?: mất)? tắt bếp\\."),
                        (f"{w_en} put too much salt in the soup.",
                         f"^{w_right} (?:đã )?(?:lỡ )?(?:cho|bỏ|nêm) (?:quá )?nhiều muối (?:quá )?vào canh\\.")]
                       [shape])
    return out


# (Vietnamese, English)
APPS_61 = ["Grab", "ShopeeFood", "Baemin"]
DISHES_61 = [("pizza", "pizza"), ("gà rán", "fried chicken"), ("trà sữa", "bubble tea")]


def delivered_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who ordered food on an app, shall we order a dish tonight, the food hasn't arrived yet, how much is the delivery
    fee; right: "ordered food on Grab", "Shall we order pizza tonight?", "The food hasn't arrived", "How much is the
    delivery fee?"; or "… (đã) đặt đồ ăn qua Grab", "Tối nay chúng ta đặt pizza nhé?", "Đồ ăn chưa đến", "Phí giao
    hàng bao nhiêu?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        app = rng.choice(APPS_61)
        d_vi, d_en = rng.choice(DISHES_61)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} đặt đồ ăn qua {app}.", f"^{w_en} ordered food (?:on|through|via) {app}\\."),
                        (f"Tối nay chúng ta đặt {d_vi} nhé?", f"^Shall we order {d_en} tonight\\?"),
                        ("Đồ ăn chưa đến.", "^The food (?:hasn't|has not) (?:arrived|come)(?: yet)?\\."),
                        ("Phí giao hàng bao nhiêu?", "^(?:How much is|What(?:'s| is)) the delivery (?:fee|charge)\\?")]
                       [shape])
        else:
            out.append([(f"{w_en} ordered food on {app}.",
                         f"^{w_right} (?:đã )?(?:đặt|gọi) (?:đồ ăn|thức ăn) (?:qua|trên) {app}\\."),
                        (f"Shall we order {d_en} on {app} tonight?",
                         f"^(?:Tối nay )?(?:[Cc]húng ta|[Cc]húng mình|[Mm]ình) (?:đặt|gọi) {d_vi} (?:qua|trên) {app}"
                         f"(?: tối nay)? (?:nhé|không)\\?"),
                        ("The food hasn't arrived yet.", "^(?:Đồ ăn|Thức ăn) (?:vẫn )?chưa (?:đến|tới)\\."),
                        ("How much is the delivery fee?",
                         "^(?:Phí|Tiền) (?:giao hàng|ship|vận chuyển) (?:là |hết )?bao nhiêu(?: tiền)?\\?")][shape])
    return out


# (Vietnamese, English)
FELT_61 = [("cô đơn", "lonely"), ("chán", "bored"), ("đói", "hungry"), ("chóng mặt", "dizzy")]


def felt_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who feels lonely (bored, hungry, dizzy), does someone feel tired, who felt tired yesterday, feels better now,
    doesn't feel well; right: "feels lonely", "Does … feel tired?", "felt tired yesterday", "feels better now",
    "doesn't feel well"; or "… (cảm) thấy cô đơn", "có thấy mệt không?", "Hôm qua … thấy mệt", "thấy khỏe hơn rồi",
    "thấy không khỏe"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:])
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[1:])
        f_vi, f_en = rng.choice(FELT_61)
        shape = rng.randrange(5)
        s_, do = "s" * one, "does" if one else "do"
        if src == "vi":
            out.append([(f"{w_vi} thấy {f_vi}.", f"^{w_en} feel{s_} {f_en}\\."),
                        (f"{a_vi[0].upper()}{a_vi[1:]} có thấy mệt không?",
                         f"^(?:Does|Do) {a_en} feel tired\\?"),
                        (f"Hôm qua {low_58(w_vi)} thấy mệt.", f"^{w_en} felt tired yesterday\\."),
                        (f"{w_vi} thấy khỏe hơn rồi.",
                         f"^{w_en} (?:feel{s_}|(?:is|are|'s|'re) feeling) (?:much )?better(?: now)?\\."),
                        (f"{w_vi} thấy không khỏe.", f"^{w_en} (?:{do}n't|{do} not) feel well\\.")][shape])
        else:
            out.append([(f"{w_en} feel{s_} {f_en}.", f"^{w_right} (?:cảm )?thấy {f_vi}\\."),
                        (f"{'Does' if a_one else 'Do'} {a_en} feel tired?",
                         f"^{a_right} có (?:cảm )?thấy mệt(?: mỏi)? không\\?"),
                        (f"{w_en} felt tired yesterday.",
                         f"^(?:Hôm qua,? {w_right} (?:đã )?(?:cảm )?thấy mệt(?: mỏi)?|{w_right} (?:đã )?(?:cảm )?thấy "
                         f"mệt(?: mỏi)? (?:vào )?hôm qua)\\."),
                        (f"{w_en} feel{s_} better now.",
                         f"^(?:(?i:(?:bây )?giờ),? )?{w_right} (?:cảm )?thấy (?:khỏe|đỡ) hơn(?: rồi)?\\."),
                        (f"{w_en} {do}n't feel well.",
                         f"^{w_right} (?:(?:cảm )?thấy không (?:được )?khỏe|không (?:cảm )?thấy khỏe)\\.")][shape])
    return out


def cast_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has to wear a cast, is on crutches, had five stitches, grazed their knee; right: "has to wear a cast", "on
    crutches", "had five stitches", "grazed … knee"; or "… phải bó bột", "đang chống nạng", "bị khâu năm mũi", "bị
    trầy đầu gối"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        o_vi, o_en, o_one, o_right = rng.choice(WHO_58[:3])  # (whose knee: "Lan grazed her knee"? "we … a cast"? left)
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{o_vi} phải bó bột.", f"^{o_en} {'has' if o_one else 'have'} to (?:wear|be in) a cast\\."),
                        (f"{w_vi} đang chống nạng.", f"^{w_en}{be} on crutches\\."),
                        (f"{w_vi} bị khâu năm mũi.", f"^{w_en} (?:had|got|needed) five stitches\\."),
                        (f"{o_vi} bị trầy đầu gối.",
                         f"^{o_en} (?:grazed|scraped|skinned) {WHOSE_58[o_en]} knee\\.")][shape])
        else:
            out.append([(f"{o_en} {'has' if o_one else 'have'} to wear a cast.", f"^{o_right} phải bó bột\\."),
                        (f"{w_en} {be_53(w_en, one)} on crutches.",
                         f"^{w_right} (?:đang |phải )?(?:chống|đi) nạng\\."),
                        (f"{w_en} had five stitches.",
                         f"^{w_right} (?:đã )?(?:bị |được |phải )khâu (?:năm|5) mũi\\."),
                        (f"{o_en} grazed {WHOSE_58[o_en]} knee.",
                         f"^{o_right} (?:vừa )?bị (?:trầy|xước|trầy xước) (?:ở )?đầu gối\\.")][shape])
    return out


def symptom_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has a blocked nose, has a rash, is constipated, has lost their voice; right: "a blocked nose", "a rash",
    "constipated", "lost … voice"; or "… bị nghẹt mũi", "bị phát ban", "bị táo bón", "bị mất giọng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[1:3] + WHO_58[:1])  # (one nose, one voice: not "we")
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        has = "(?: has|'s got)" if one else "(?: have|'ve got)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị nghẹt mũi.", f"^{w_en}{has} a (?:blocked|stuffy) nose\\."),
                        (f"{w_vi} bị phát ban.", f"^{w_en}{has} a rash\\."),
                        (f"{w_vi} bị táo bón.", f"^{w_en}{be} constipated\\."),
                        (f"{w_vi} bị mất giọng.",
                         f"^{w_en}(?:'ve|'s| has| have) lost {WHOSE_58[w_en]} voice\\.")][shape])
        else:
            out.append([(f"{w_en} {'has' if one else 'have'} a blocked nose.",
                         f"^{w_right} bị (?:nghẹt|ngạt) mũi\\."),
                        (f"{w_en} {'has' if one else 'have'} a rash.",
                         f"^{w_right} bị (?:phát ban|nổi mẩn(?: đỏ)?)\\."),
                        (f"{w_en} {be_53(w_en, one)} constipated.", f"^{w_right} bị táo bón\\."),
                        (f"{w_en} {'has' if one else 'have'} lost {WHOSE_58[w_en]} voice.",
                         f"^{w_right} (?:đã )?(?:bị )?mất giọng(?: rồi)?\\.")][shape])
    return out


# whose (Vietnamese after the thing, English)
APPLIANCE_OWNERS_61 = [("", "The"), (" của tôi", "My"), (" của mẹ tôi", "My mother's")]


def appliance_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whose fridge isn't cold, washing machine won't spin, kettle keeps switching off, oven takes ages to heat up;
    right: "fridge isn't cold", "washing machine won't spin", "kettle keeps switching off", "oven takes ages to heat
    up"; or "Tủ lạnh … không lạnh", "Máy giặt … không vắt", "Ấm siêu tốc … cứ tự tắt", "Lò nướng … lâu nóng"."""
    out = []
    for _ in range(n):
        o_vi, o_en = rng.choice(APPLIANCE_OWNERS_61)
        o_re = o_vi.replace(" của ", " (?:của )?")
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Tủ lạnh{o_vi} không lạnh.",
                         f"^{o_en} (?:fridge|refrigerator) (?:isn't|is not) (?:cold|cooling)\\."),
                        (f"Máy giặt{o_vi} không vắt.",
                         f"^{o_en} washing machine (?:won't|will not|isn't|is not|doesn't|does not) spin(?:ning)?\\."),
                        (f"Ấm siêu tốc{o_vi} cứ tự tắt.",
                         f"^{o_en} kettle keeps (?:switching|turning|cutting|shutting) (?:itself )?(?:off|out)\\."),
                        (f"Lò nướng{o_vi} lâu nóng quá.",
                         f"^{o_en} oven takes (?:ages|forever|so long|too long|a long time) to (?:heat up|get hot|warm "
                         f"up)\\.")][shape])
        else:
            out.append([(f"{o_en} fridge isn't cold.", f"^Tủ lạnh{o_re} không (?:lạnh|mát)\\."),
                        (f"{o_en} washing machine won't spin.", f"^Máy giặt{o_re} không (?:vắt|quay)\\."),
                        (f"{o_en} kettle keeps switching off.",
                         f"^(?:Ấm siêu tốc|Ấm đun nước|Ấm điện|Ấm nước){o_re} cứ (?:tự |bị )?(?:tắt|ngắt)\\."),
                        (f"{o_en} oven takes ages to heat up.",
                         f"^Lò nướng{o_re} (?:lâu nóng(?: quá)?|mất (?:rất )?nhiều thời gian (?:để|mới) nóng|mãi mới "
                         f"nóng)\\.")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
PETS_61 = [("Con chó", "The dog", "(?:Con )?[Cc]hó"), ("Chó nhà tôi", "My dog", "(?:Con )?[Cc]hó (?:nhà |của )tôi"),
           ("Con chó này", "This dog", "(?:Con )?[Cc]hó này")]


def barked_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A dog keeps barking, why is it barking, the rooster crows at a time every day, the cat scratched whom; right:
    "keeps barking", "Why is … barking?", "The rooster crows at 5 a.m. every day", "The cat scratched …"; or "… cứ
    sủa", "Sao … sủa", "gáy lúc 5 giờ sáng mỗi …", "Con mèo cào …"."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right = rng.choice(PETS_61)
        m_vi, m_en, m_right = rng.choice(WHOM_58)
        hour = rng.choice(["5", "6"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{p_vi} cứ sủa.", f"^{p_en} keeps barking\\."),
                        (f"Sao {p_vi[0].lower()}{p_vi[1:]} sủa thế?",
                         f"^Why is {p_en[0].lower()}{p_en[1:]} barking\\?"),
                        (f"Gà gáy lúc {hour} giờ sáng mỗi ngày.",
                         f"^The roosters? crows? at {hour}(?::00)? a\\.m\\. every day\\."),
                        (f"Con mèo cào {m_vi}.", f"^The cat scratched {m_en}\\.")][shape])
        else:
            out.append([(f"{p_en} keeps barking.", f"^{p_right} cứ sủa(?: mãi)?\\."),
                        (f"Why is {p_en[0].lower()}{p_en[1:]} barking?",
                         f"^(?:Sao|Tại sao) (?i:{p_right}) (?:lại |đang )?sủa(?: thế| vậy)?\\?"),
                        (f"The rooster crows at {hour} a.m. every morning.",
                         f"^(?:Con )?[Gg]à(?: trống)? gáy (?:vào )?lúc {hour} giờ sáng (?:mỗi|mọi|hằng) (?:buổi )?sáng"
                         f"\\."),
                        (f"The cat scratched {m_en}.", f"^(?:Con mèo cào {m_right}|(?i:{m_right}) bị (?:con )?mèo cào)"
                         f"\\.")][shape])
    return out


# (Vietnamese, English)
CHARGERS_61 = [("sạc dự phòng", "power bank"), ("dây sạc", "charging cable"), ("cục sạc", "charger")]


def charger_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Does someone have a power bank, can I borrow your charger, whose charger isn't working, do I need an adaptor;
    right: "have a power bank", "borrow your charging cable", "charger isn't working", "Do I need an adaptor?"; or "…
    có sạc dự phòng không?", "mượn dây sạc của bạn", "Cục sạc của … không hoạt động", "Tôi có cần ổ chuyển đổi
    không?"."""
    out = []
    for _ in range(n):
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        c_vi, c_en = rng.choice(CHARGERS_61)
        o_vi, o_en, o_right = rng.choice(PHONES_61)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{a_vi} có sạc dự phòng không?", f"^(?:Do|Does) {a_en} have a power bank\\?"),
                        (f"Tôi có thể mượn {c_vi} của bạn không?", f"^(?:Can|Could|May) I borrow your {c_en}\\?"),
                        (f"Cục sạc của {o_vi} không hoạt động.",
                         f"^{o_en} charger (?:isn't|is not|doesn't|does not) work(?:ing)?\\."),
                        ("Tôi có cần ổ chuyển đổi không?", "^Do I need an? (?:(?:travel|plug) )?adapt[eo]r\\?")][shape])
        else:
            out.append([(f"{'Does' if a_one else 'Do'} {a_en} have a power bank?",
                         f"^{a_right} có (?:sạc|pin) dự phòng không\\?"),
                        (f"Can I borrow your {c_en}?",
                         f"^(?:Tôi có thể mượn (?:cục |bộ |cái )?{c_vi} của bạn (?:được )?không|Cho tôi mượn "
                         f"(?:cục |bộ |cái )?{c_vi} (?:của bạn )?(?:được )?không)\\?".replace("cục sạc", "sạc")),
                        (f"{'Her' if o_vi == 'mẹ tôi' else o_en} charger isn't working.",
                         f"^(?:Cục |Bộ |Củ )?[Ss]ạc {'(?:của )?cô (?:ấy|ta)' if o_vi == 'mẹ tôi' else o_right} không "
                         f"(?:hoạt động|dùng được|chạy)\\."),
                        ("Do I need an adaptor?",
                         "^Tôi có cần (?:ổ (?:cắm )?chuyển đổi|đầu chuyển đổi|phích (?:cắm )?chuyển đổi) không\\?")]
                       [shape])
    return out


def leave_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is on maternity leave, the boss won't let whom take time off, who has to take the day off to look after
    their son, who has used up all their leave; right: "on maternity leave", "won't let … take time off", "take the
    day off to look after … son", "used up all … leave"; or "… đang nghỉ sinh", "Sếp không cho … nghỉ", "phải nghỉ làm
    để chăm con trai", "hết phép"."""
    out = []
    for _ in range(n):
        f_vi, f_en, f_right = rng.choice([("Cô ấy", "She", "(?i:cô (?:ấy|ta))"), ("Vợ tôi", "My wife",
                                                                                   "(?i:vợ (?:của )?tôi)")])
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3])
        m_vi, m_en, m_right = rng.choice([("tôi", "me", "tôi"), ("chúng tôi", "us", "chúng tôi")])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{f_vi} đang nghỉ sinh.", f"^{f_en}(?:'s| is) on maternity leave\\."),
                        (f"Sếp không cho {m_vi} nghỉ.",
                         f"^(?:My|Our|The) boss (?:won't|doesn't|will not) let {m_en} take (?:time|a day|the day) off"
                         f"\\."),
                        (f"{w_vi} phải nghỉ làm để chăm con trai.",
                         f"^{w_en} {'has' if one else 'have'} to take (?:the day|time) off(?: work)? to (?:look after|"
                         f"take care of) {WHOSE_58[w_en]} son\\."),
                        (f"{w_vi} hết phép rồi.",
                         f"^{w_en}(?:'ve|'s| has| have) used up (?:all )?{WHOSE_58[w_en]} (?:annual )?leave\\.")]
                       [shape])
        else:
            out.append([(f"{f_en} is on maternity leave.", f"^{f_right} đang nghỉ (?:sinh|thai sản)\\."),
                        (f"My boss won't let {m_en} take time off.",
                         f"^[Ss]ếp(?: của)? tôi không cho {m_right} nghỉ(?: phép)?\\."),
                        (f"{w_en} {'has' if one else 'have'} to take the day off to look after {WHOSE_58[w_en]} son.",
                         f"^{w_right} phải nghỉ làm để (?:chăm|trông|chăm sóc) con trai(?: (?:của )?\\w+(?: \\w+)?)?"
                         f"\\."),
                        (f"{w_en} {'has' if one else 'have'} used up all {WHOSE_58[w_en]} leave.",
                         f"^{w_right} (?:đã )?(?:(?:dùng|sử dụng) )?hết (?:ngày )?phép(?: rồi)?\\.")][shape])
    return out


def driving_test_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is taking their driving test next week, failed it twice, passed it first time, has someone taken it yet;
    right: "taking … driving test next week", "failed … driving test twice", "passed … driving test first time",
    "taken … driving test yet?"; or "Tuần sau … thi bằng lái", "thi trượt bằng lái hai lần", "thi đỗ bằng lái ngay
    lần đầu", "đã thi bằng lái chưa?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:3])
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58[:3])
        whose, a_whose = WHOSE_58[w_en], {"you": "your", "your mother": "her", "she": "her"}[a_en]
        be = BE_53[one] if w_en != "I" else "(?:'m| am)"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} thi bằng lái xe tuần sau.", f"^{w_en}{be} taking {whose} driving test next week\\."),
                        (f"{w_vi} thi trượt bằng lái hai lần.",
                         f"^{w_en}(?:'ve|'s| has| have)? failed {whose} driving test twice\\."),
                        (f"{w_vi} thi đỗ bằng lái ngay lần đầu.",
                         f"^{w_en} passed {whose} driving test (?:(?:the )?first time|(?:on|at) (?:the|{whose}) first "
                         f"(?:try|attempt))\\."),
                        (f"{a_vi} đã thi bằng lái chưa?",
                         f"^(?:Have|Has) {a_en} taken {a_whose} driving test yet\\?")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} taking {whose} driving test next week.",
                         f"^(?:Tuần sau {w_right} (?:sẽ )?thi bằng lái(?: xe)?|{w_right} (?:sẽ )?thi bằng lái(?: xe)? "
                         f"(?:vào )?tuần sau)\\."),
                        (f"{w_en} failed {whose} driving test twice.",
                         f"^{w_right} (?:đã )?(?:thi )?(?:bị )?trượt bằng lái(?: xe)? hai lần\\."),
                        (f"{w_en} passed {whose} driving test first time.",
                         f"^{w_right} (?:đã )?(?:thi )?(?:đỗ|đậu) bằng lái(?: xe)? (?:ngay )?(?:từ )?lần đầu(?: tiên)?"
                         f"\\."),
                        (f"{'Has' if a_one else 'Have'} {a_en} taken {a_whose} driving test yet?",
                         f"^{a_right} (?:đã )?thi bằng lái(?: xe)? chưa\\?")][shape])
    return out


def sky_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who likes watching the sunset, there's a full moon tonight, there are so many stars, did someone see the
    shooting star; right: "likes watching the sunset", "a full moon tonight", "so many stars", "see the shooting
    star?"; or "… thích ngắm hoàng hôn", "Tối nay trăng tròn", "nhiều sao quá", "có thấy sao băng không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, a_one, a_right = rng.choice(ASKED_58)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} thích ngắm hoàng hôn.",
                         f"^{w_en} (?:likes?|loves?|enjoys?) (?:watching|to watch) (?:the )?sunsets?\\."),
                        ("Tối nay trăng tròn.", "^There(?:'s| is) a full moon tonight\\."),
                        ("Tối nay nhiều sao quá.", "^There are (?:so many|a lot of|many) stars(?: tonight)?\\."),
                        (f"{a_vi} có thấy sao băng không?", f"^Did {a_en} see (?:the|that|a) shooting star\\?")][shape])
        else:
            out.append([(f"{w_en} like{'s' * one} watching the sunset.",
                         f"^{w_right} (?:rất )?thích (?:ngắm|xem) (?:cảnh )?hoàng hôn\\."),
                        ("There's a full moon tonight.", "^(?:Tối|Đêm) nay (?:có |là đêm )?trăng tròn\\."),
                        ("There are so many stars tonight.",
                         "^(?i:(?:tối|đêm) nay) (?:có )?(?:rất |thật )?nhiều (?:ngôi |vì )?sao(?: quá)?\\."),
                        (f"Did {a_en} see the shooting star?",
                         f"^{a_right} có (?:nhìn )?thấy (?:ngôi )?sao băng(?: đó)? không\\?")][shape])
    return out


def pool_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """What time does the pool close, the pool is closed for cleaning, is the pool heated, who needs a swimming cap;
    right: "What time does the pool close?", "closed for cleaning", "Is the pool heated?", "needs a swimming cap"; or
    "Mấy giờ bể bơi đóng cửa?", "đóng cửa để vệ sinh", "có được sưởi ấm không?", "cần (đội) mũ bơi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        p_vi = rng.choice(["Bể bơi", "Hồ bơi"])
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"Mấy giờ {p_vi.lower()} đóng cửa?", "^What time does the (?:swimming )?pool close\\?"),
                        (f"{p_vi} đóng cửa để vệ sinh.", "^The (?:swimming )?pool(?: is|'s) closed for cleaning\\."),
                        (f"{p_vi} có được sưởi ấm không?", "^Is the (?:swimming )?pool heated\\?"),
                        (f"{w_vi} cần đội mũ bơi.", f"^{w_en} needs? (?:to wear )?a swimming cap\\.")][shape])
        else:
            out.append([("What time does the pool close?",
                         "^(?:(?:Bể|Hồ) bơi đóng cửa (?:vào )?lúc mấy giờ|Mấy giờ (?:bể|hồ) bơi đóng cửa)\\?"),
                        ("The pool is closed for cleaning.",
                         "^(?:Bể|Hồ) bơi (?:đang )?(?:đóng cửa|đóng) để (?:vệ sinh|dọn dẹp)\\."),
                        ("Is the pool heated?", "^(?:Bể|Hồ) bơi có được (?:sưởi(?: ấm)?|làm (?:ấm|nóng)) không\\?"),
                        (f"{w_en} need{'s' * one} a swimming cap.", f"^{w_right} cần (?:đội )?mũ bơi\\.")][shape])
    return out


def sleepless_61(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who hasn't been able to sleep for the past few nights, keeps waking up at 3 a.m., was awake all night, takes
    sleeping pills; right: "haven't been able to sleep for the past few nights", "keeps waking up at 3 a.m.", "awake
    all night", "takes sleeping pills"; or "… bị mất ngủ mấy đêm nay", "cứ thức dậy lúc 3 giờ sáng", "thức trắng cả
    đêm", "uống thuốc ngủ"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        hour = rng.choice(["3", "4"])
        was = "was" if one or w_en == "I" else "were"
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{w_vi} bị mất ngủ mấy đêm nay.",
                         f"^{w_en} (?:{'has' if one else 'have'}n't|{'has' if one else 'have'} not) been able to sleep "
                         f"for the (?:past|last) few nights\\."),
                        (f"{w_vi} cứ thức dậy lúc {hour} giờ sáng.", f"^{w_en} keeps? waking up at {hour} a\\.m\\."),
                        (f"{w_vi} thức trắng cả đêm.", f"^{w_en} {was} (?:awake|up) all night\\."),
                        (f"{w_vi} uống thuốc ngủ.", f"^{w_en} takes? sleeping pills\\.")][shape])
        else:
            out.append([(f"{w_en} {'has' if one else 'have'}n't been able to sleep for the past few nights.",
                         f"^(?:(?:Mấy|Vài) đêm (?:nay|qua),? {w_right} (?:bị mất ngủ|không (?:thể )?ngủ được)|"
                         f"{w_right} (?:bị mất ngủ|không (?:thể )?ngủ được) (?:mấy|vài) đêm (?:nay|qua))\\."),
                        (f"{w_en} keep{'s' * one} waking up at {hour} a.m.",
                         f"^{w_right} cứ (?:thức|tỉnh) (?:dậy|giấc) lúc {hour} giờ sáng\\."),
                        (f"{w_en} {was} awake all night.",
                         f"^{w_right} (?:nằm )?(?:thao thức|trằn trọc|thức trắng) (?:cả|suốt) đêm\\."),
                        (f"{w_en} take{'s' * one} sleeping pills.", f"^{w_right} uống thuốc ngủ\\.")][shape])
    return out



def stop62(t, rng: random.Random, n: int) -> None:
    """The checks of stop 62 (479–), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("my blood type is O, what's your blood type, my mother's blood type is A",
                             blood_62, blood_types, "translate", "translate"),
                            ("we're repainting the house, the paint is still wet, painting the bedroom next week",
                             painted_62, painting, "translate", "translate"),
                            ("they're twins, has a twin sister, can't tell them apart", twins_62, twins, "translate",
                             "translate"),
                            ("volunteers at an orphanage, raising money for the flood victims, donated to charity",
                             volunteered_62, volunteering, "translate", "translate"),
                            ("the bulb in the kitchen has blown, the light keeps flickering, has just changed the "
                             "bulb", bulb_62, bulbs, "translate", "translate"),
                            ("sings karaoke really well, sings out of tune, sang at our wedding", sang_62, singing,
                             "translate", "translate"),
                            ("it's so humid, the walls are damp, mould on the ceiling, has just turned on the "
                             "dehumidifier", damp_62, damp, "translate", "translate"),
                            ("has to go to my grandfather's funeral, today is my grandmother's death anniversary, "
                             "should wear black to a funeral", funeral_62, funerals, "translate", "translate"),
                            ("went to a fortune teller, is very superstitious, believes in feng shui, born in the year "
                             "of the tiger", fortune_62, fortune, "translate", "translate"),
                            ("got a Tet bonus today, got a 10% pay rise, didn't get a bonus this year", bonus_62,
                             bonuses, "translate", "translate"),
                            ("is hard of hearing, has dementia, has to use a walking stick, lives in a nursing home",
                             elderly_62, elderly, "translate", "translate"),
                            ("ran ten kilometres, is training for a marathon, runs 5 km every morning, out of breath",
                             ran_62, running, "translate", "translate")])


# (Vietnamese, English whose, Vietnamese right after "nhóm máu")
BLOOD_OF_62 = [("Tôi", "My", "(?:của )?tôi"), ("Mẹ tôi", "My mother's", "(?:của )?mẹ (?:của )?tôi"),
               ("Anh ấy", "His", "(?:của )?anh (?:ấy|ta)"), ("Lan", "Lan's", "(?:của )?Lan")]
GROUPS_62 = ["O", "A", "B", "AB"]


def low_62(whose: str) -> str:
    """Whose as said inside an English sentence: "my mother's", "his" ("Lan's" as it is)."""
    return whose if whose.startswith("Lan") else whose.lower()


def blood_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Whose blood type is O, A, B or AB, and asked; right: "… blood type is O", "What's … blood type?"; or "Nhóm máu
    của … là O", "… nhóm máu gì?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, w_right = rng.choice(BLOOD_OF_62)
        group = rng.choice(GROUPS_62)
        asked = rng.randrange(2)
        bare = w_right.replace("(?:của )?", "", 1)
        if src == "vi":
            out.append((f"{w_vi} nhóm máu gì?", f"^What(?:'s| is) {low_62(w_en)} blood (?:type|group)\\?")
                       if asked else (f"{w_vi} nhóm máu {group}.", f"^{w_en} blood (?:type|group) is {group}\\."))
        else:
            out.append((f"What's {low_62(w_en)} blood type?",
                        f"^(?:Nhóm máu {w_right} là gì|(?i:{bare}) (?:có |thuộc )?nhóm máu gì)\\?") if asked else (
                f"{w_en} blood type is {group}.",
                f"^(?:Nhóm máu {w_right} là|(?i:{bare}) (?:có |thuộc )?nhóm máu) {group}\\."))
    return out


# rooms (Vietnamese, English, Vietnamese right)
ROOMS_62 = [("phòng ngủ", "bedroom", "phòng ngủ"), ("phòng khách", "living room", "phòng khách"),
            ("bếp", "kitchen", "(?:nhà )?bếp")]


def painted_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who is repainting the house, will paint a room next week, the paint is still wet; right: "… repainting the
    house", "… paint the bedroom next week", "The paint is still wet"; or "… đang sơn lại nhà", "Tuần sau … sẽ sơn
    …", "Sơn vẫn còn ướt"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        r_vi, r_en, r_right = rng.choice(ROOMS_62)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{w_vi} đang sơn lại nhà.", f"^{w_en}{BE_53[one]} repainting the house\\."),
                        (f"{w_vi} sẽ sơn {r_vi} vào tuần sau.",
                         f"^{w_en}(?:'ll| will|{BE_53[one]} going to) paint the {r_en} next week\\."),
                        ("Sơn còn ướt.", "^The paint(?: is|'s) still wet\\.")][shape])
        else:
            out.append([(f"{w_en} {be_53(w_en, one)} repainting the house.",
                         f"^(?i:{w_right}) đang sơn lại (?:ngôi )?nhà\\."),
                        (f"{w_en} will paint the {r_en} next week.",
                         f"^(?:Tuần sau (?i:{w_right}) sẽ sơn {r_right}|(?i:{w_right}) sẽ sơn {r_right} (?:vào )?tuần "
                         f"sau)\\."),
                        ("The paint is still wet.", "^Sơn (?:vẫn )?còn ướt\\.")][shape])
    return out


# many (Vietnamese, English, Vietnamese right)
PAIRS_62 = [("Họ", "They", "Họ"), ("Chúng tôi", "We", "Chúng tôi")]


def twins_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """They are twins, who has a twin sister, who can't tell them apart; right: "… are twins", "… a twin sister",
    "can't tell them apart"; or "… là (anh em) sinh đôi", "có … em gái sinh đôi", "không phân biệt được họ"."""
    out = []
    for _ in range(n):
        p_vi, p_en, p_right = rng.choice(PAIRS_62)
        w_vi, w_en, one, w_right = rng.choice(WHO_58[:4])  # ("We have a twin sister": whose?)
        shape = rng.randrange(3)
        has = "has" if one else "have"
        if src == "vi":
            out.append([(f"{p_vi} là anh em sinh đôi.", f"^{p_en}(?:'re| are) twins\\."),
                        (f"{w_vi} có một người em gái sinh đôi.", f"^{w_en} {has} a twin sister\\."),
                        (f"{w_vi} không phân biệt được họ.", f"^{w_en} (?:can't|cannot) tell them apart\\.")][shape])
        else:
            out.append([(f"{p_en} are twins.", f"^{p_right} là (?:một cặp |anh em |chị em )?sinh đôi\\."),
                        (f"{w_en} {has} a twin sister.",
                         f"^(?i:{w_right}) có (?:một )?(?:người )?(?:chị em gái|chị em|chị gái|em gái) sinh đôi\\."),
                        (f"{w_en} can't tell them apart.",
                         f"^(?i:{w_right}) không (?:thể )?phân biệt được họ\\.")][shape])
    return out


def volunteered_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who volunteers at an orphanage, is raising money for the flood victims, donated to charity; right: "volunteer(s)
    at an orphanage", "raising money for the flood victims", "donated to charity"; or "làm tình nguyện ở trại trẻ mồ
    côi", "đang gây quỹ cho đồng bào lũ lụt", "quyên góp cho … từ thiện"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(3)
        s = "s" * one
        if src == "vi":
            out.append([(f"{w_vi} làm tình nguyện ở trại trẻ mồ côi.", f"^{w_en} volunteer{s} at an orphanage\\."),
                        (f"{w_vi} đang quyên góp tiền cho đồng bào lũ lụt.",
                         f"^{w_en}{BE_53[one]} (?:raising|collecting) money for (?:the )?flood victims\\."),
                        (f"{w_vi} đã quyên góp cho từ thiện.", f"^{w_en} donated to charity\\.")][shape])
        else:
            out.append([(f"{w_en} volunteer{s} at an orphanage.",
                         f"^(?i:{w_right}) làm tình nguyện (?:ở|tại) (?:một )?trại trẻ mồ côi\\."),
                        (f"{w_en} {be_53(w_en, one)} raising money for the flood victims.",
                         f"^(?i:{w_right}) đang (?:gây quỹ|quyên góp tiền) cho (?:đồng bào|nạn nhân) lũ lụt\\."),
                        (f"{w_en} donated to charity.",
                         f"^(?i:{w_right}) (?:đã )?(?:quyên góp|ủng hộ) (?:cho )?(?:quỹ )?từ thiện\\.")][shape])
    return out


def bulb_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """The bulb in a room has blown, the light keeps flickering, who has just changed the bulb; right: "The (light)
    bulb in the … has blown", "keeps flickering", "has just changed the (light) bulb"; or "Bóng đèn trong … cháy
    rồi", "cứ nhấp nháy", "vừa thay bóng đèn"."""
    out = []
    for _ in range(n):
        r_vi, r_en, r_right = rng.choice(ROOMS_62)
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(3)
        has = "(?:'s| has)" if one else "(?:'ve| have)"
        if src == "vi":
            out.append([(f"Bóng đèn trong {r_vi} cháy rồi.",
                         f"^The (?:light )?bulb in the {r_en} has (?:blown|gone|burn[te]d? out)\\."),
                        (f"Đèn {r_vi} cứ nhấp nháy.", f"^The lights? in the {r_en} keeps? flickering\\."),
                        (f"{w_vi} vừa thay bóng đèn.", f"^{w_en}{has} just (?:changed|replaced) the (?:light )?bulb\\.")
                        ][shape])
        else:
            out.append([(f"The bulb in the {r_en} has blown.",
                         f"^Bóng đèn (?:trong |ở )?{r_right} (?:đã )?(?:bị )?cháy(?: rồi)?\\."),
                        (f"The light in the {r_en} keeps flickering.",
                         f"^Đèn (?:trong |ở )?{r_right} cứ (?:nhấp nháy|chập chờn)\\."),
                        (f"{w_en} {'has' if one else 'have'} just changed the bulb.",
                         f"^(?i:{w_right}) vừa (?:mới )?thay bóng đèn\\.")][shape])
    return out


def sang_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who sings karaoke really well, sings out of tune, sang at our wedding; right: "sing(s) karaoke really well",
    "sing(s) out of tune", "sang at our wedding"; or "hát karaoke rất hay", "hát lệch tông", "hát ở đám cưới của
    chúng tôi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(3)
        s = "s" * one
        if src == "vi":
            out.append([(f"{w_vi} hát karaoke rất hay.", f"^{w_en} sing{s} karaoke (?:really |very )well\\."),
                        (f"{w_vi} hát lệch tông.", f"^{w_en} sing{s} (?:out of tune|off[- ]key)\\."),
                        (f"{w_vi} đã hát ở đám cưới của chúng tôi.", f"^{w_en} sang at our wedding\\.")][shape])
        else:
            out.append([(f"{w_en} sing{s} karaoke really well.", f"^(?i:{w_right}) hát karaoke (?:rất|thật) hay\\."),
                        (f"{w_en} sing{s} out of tune.",
                         f"^(?i:{w_right}) hát (?:bị )?(?:lệch|lạc|sai) (?:tông|tone)\\."),
                        (f"{w_en} sang at our wedding.",
                         f"^(?i:{w_right}) (?:đã )?hát (?:ở|tại|trong) đám cưới (?:của )?chúng tôi\\.")][shape])
    return out


# (Vietnamese, English, Vietnamese right)
SURFACES_62 = [("Tường", "The walls are", "(?:Bức )?[Tt]ường"), ("Trần nhà", "The ceiling is", "Trần nhà"),
               ("Sàn nhà", "The floor is", "Sàn nhà")]


def damp_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """It's so humid ("nồm"; in English, mould on a surface), a surface is damp, who has just turned on the
    dehumidifier; right: "It's so humid", "… is damp", "just turned on the dehumidifier"; or "Trên … có (nấm) mốc", "…
    bị ẩm", "vừa bật máy hút ẩm"."""
    out = []
    for _ in range(n):
        s_vi, s_en, s_right = rng.choice(SURFACES_62)
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(3)
        has = "(?:'s| has)" if one else "(?:'ve| have)"
        if src == "vi":
            out.append([("Trời nồm quá.", "^It's (?:so|very) humid\\."),
                        (f"{s_vi} bị ẩm.", f"^{s_en} damp\\."),
                        (f"{w_vi} vừa bật máy hút ẩm.", f"^{w_en}{has} just turned on the dehumidifier\\.")][shape])
        else:
            out.append([(f"There's mould on the {s_en.split()[1]}.", f"^Trên {s_right.lower()} có (?:nấm )?mốc\\."),
                        (f"{s_en} damp.", f"^{s_right} bị ẩm\\."),
                        (f"{w_en} {'has' if one else 'have'} just turned on the dehumidifier.",
                         f"^(?i:{w_right}) (?:vừa|mới) bật máy hút ẩm\\.")][shape])
    return out


# kin whose day it is (Vietnamese, English)
GRAND_62 = [("ông", "grandfather"), ("bà", "grandmother")]


def funeral_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who has to go to a grandparent's funeral, today is a grandparent's death anniversary, who should wear black to
    a funeral; right: "to go to my grandfather's funeral", "Today is my grandmother's death anniversary", "should wear
    black to a funeral"; or "phải đi (dự) đám tang ông tôi", "Hôm nay là (ngày) giỗ bà tôi", "nên mặc đồ đen"."""
    out = []
    for _ in range(n):
        k_vi, k_en = rng.choice(GRAND_62)
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(3)
        has = "has" if one else "have"
        if src == "vi":
            out.append([(f"{w_vi} phải đi dự đám tang {k_vi} tôi.", f"^{w_en} {has} to go to my {k_en}'s funeral\\."),
                        (f"Hôm nay là ngày giỗ {k_vi} tôi.", f"^Today is my {k_en}'s death anniversary\\."),
                        (f"{w_vi} nên mặc đồ đen khi đi dự đám tang.",
                         f"^{w_en} should wear black to (?:a|the) funeral\\.")][shape])
        else:
            out.append([(f"{w_en} {has} to go to my {k_en}'s funeral.",
                         f"^(?i:{w_right}) phải đi (?:dự )?đám tang (?:của )?{k_vi} (?:của )?tôi\\."),
                        (f"Today is my {k_en}'s death anniversary.",
                         f"^Hôm nay là (?:ngày )?giỗ {k_vi}(?: của)? tôi\\."),
                        (f"{w_en} should wear black to the funeral.",
                         f"^(?i:{w_right}) nên mặc (?:đồ|áo) đen (?:khi )?(?:đi|đến)(?: dự)? đám tang\\.")][shape])
    return out


# the years (Vietnamese, English)
ZODIAC_62 = [("Dần", "tiger"), ("Thìn", "dragon"), ("Tuất", "dog")]


def fortune_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who went to a fortune teller, is very superstitious, believes in feng shui, was born in a year of the Chinese
    zodiac; right: "went to (see) a fortune teller", "very superstitious", "believe(s) in feng shui", "born in the
    year of the tiger"; or "(đã) đi xem bói", "rất mê tín", "tin vào phong thủy", "tuổi Dần"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        y_vi, y_en = rng.choice(ZODIAC_62)
        shape = rng.randrange(4)
        s = "s" * one
        if src == "vi":
            out.append([(f"{w_vi} đi xem bói.", f"^{w_en} went to (?:see )?a fortune[ -]teller\\."),
                        (f"{w_vi} rất mê tín.", f"^{w_en}{BE_53[one]} (?:very|really) superstitious\\."),
                        (f"{w_vi} tin vào phong thủy.", f"^{w_en} believe{s} in feng shui\\."),
                        (f"{w_vi} tuổi {y_vi}.", f"^{w_en} (?:was|were) born in the year of the {y_en}\\.")][shape])
        else:
            was = "was" if one or w_en == "I" else "were"
            out.append([(f"{w_en} went to a fortune teller.", f"^(?i:{w_right}) (?:đã )?đi xem bói\\."),
                        (f"{w_en} {be_53(w_en, one)} very superstitious.",
                         f"^(?i:{w_right}) (?:rất mê tín|mê tín lắm)\\."),
                        (f"{w_en} believe{s} in feng shui.", f"^(?i:{w_right}) tin (?:vào )?phong thủy\\."),
                        (f"{w_en} {was} born in the year of the {y_en}.",
                         f"^(?i:{w_right}) (?:tuổi (?:con )?{y_vi}|cầm tinh con \\w+)\\.")][shape])
    return out


def bonus_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who got a Tết bonus today, got a pay rise of so many per cent, didn't get a bonus this year; right: "got … Tet
    bonus today", "got a 10% pay rise", "didn't get a bonus this year"; or "Hôm nay … được thưởng Tết", "được tăng
    lương 10%", "Năm nay … không được thưởng"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        pct = rng.choice(["5", "10", "15"])
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"Hôm nay {low_58(w_vi)} được thưởng Tết.",
                         f"^{w_en} got (?:my|his|her|our|their|a) Tet bonus today\\."),
                        (f"{w_vi} được tăng lương {pct}%.", f"^{w_en} got a {pct}% (?:pay )?(?:rise|raise)\\."),
                        (f"Năm nay {low_58(w_vi)} không được thưởng.", f"^{w_en} didn't get a bonus this year\\.")
                        ][shape])
        else:
            out.append([(f"{w_en} got a Tet bonus today.",
                         f"^Hôm nay (?i:{w_right}) (?:đã )?được thưởng Tết\\."),
                        (f"{w_en} got a {pct}% pay rise.",
                         f"^(?i:{w_right}) (?:đã )?được tăng lương {pct}%\\."),
                        (f"{w_en} didn't get a bonus this year.",
                         f"^Năm nay (?i:{w_right}) không được thưởng\\.")][shape])
    return out


# old people (Vietnamese, English, Vietnamese right; "bà ngoại tôi" is not among mt.hobbies.WHO's kin)
OLD_62 = [("Ông tôi", "My grandfather", "Ông (?:của )?tôi"), ("Bà tôi", "My grandmother", "Bà (?:của )?tôi"),
          ("Bà bạn", "Your grandmother", "Bà (?:của )?bạn")]


def elderly_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """A grandparent is hard of hearing, has dementia, has to use a walking stick, lives in a nursing home; right:
    "is hard of hearing", "has dementia", "has to use a walking stick", "lives in a nursing (care) home"; or "bị lãng
    tai", "bị lẫn", "phải chống gậy", "sống ở viện dưỡng lão"."""
    out = []
    for _ in range(n):
        o_vi, o_en, o_right = rng.choice(OLD_62)
        shape = rng.randrange(4)
        if src == "vi":
            out.append([(f"{o_vi} bị lãng tai.", f"^{o_en} is (?:a bit )?hard of hearing\\."),
                        (f"{o_vi} bị lẫn rồi.", f"^{o_en} has dementia\\."),
                        (f"{o_vi} phải chống gậy.", f"^{o_en} has to use a walking stick\\."),
                        (f"{o_vi} sống ở viện dưỡng lão.", f"^{o_en} lives in a (?:nursing|care) home\\.")][shape])
        else:
            out.append([(f"{o_en} is hard of hearing.", f"^{o_right} (?:bị )?(?:lãng tai|nghễnh ngãng|nặng tai)\\."),
                        (f"{o_en} has dementia.", f"^{o_right} bị (?:lẫn|(?:chứng )?sa sút trí tuệ)\\."),
                        (f"{o_en} has to use a walking stick.", f"^{o_right} phải chống gậy\\."),
                        (f"{o_en} lives in a care home.", f"^{o_right} sống (?:ở|trong|tại) (?:viện|nhà) dưỡng lão\\.")
                        ][shape])
    return out


def ran_62(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who ran ten kilometres (this morning), is training for a marathon, runs 5 km every morning, is out of breath;
    right: "ran ten kilometres", "training for a marathon", "run(s) 5 km every morning", "out of breath"; or "(đã)
    chạy được mười cây số", "đang tập (luyện) để chạy marathon", "chạy 5 km mỗi sáng", "hết hơi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(4)
        s = "s" * one
        if src == "vi":
            out.append([(f"{w_vi} đã chạy được mười cây số.", f"^{w_en} ran ten kilomet(?:re|er)s\\."),
                        (f"{w_vi} đang tập để chạy marathon.", f"^{w_en}{BE_53[one]} training for a marathon\\."),
                        (f"{w_vi} chạy 5 km mỗi sáng.", f"^{w_en} run{s} 5 (?:km|kilomet(?:re|er)s) every morning\\."),
                        (f"{w_vi} hết hơi rồi.", f"^{w_en}{BE_53[one]} out of breath\\.")][shape])
        else:
            out.append([(f"{w_en} ran ten kilometres this morning.",
                         f"^Sáng nay (?i:{w_right}) (?:đã )?chạy (?:được )?(?:mười|10) (?:cây số|km)\\."),
                        (f"{w_en} {be_53(w_en, one)} training for a marathon.",
                         f"^(?i:{w_right}) đang (?:tập luyện|luyện tập|tập) để chạy marathon\\."),
                        (f"{w_en} run{s} 5 km every morning.", f"^(?i:{w_right}) chạy 5 km mỗi sáng\\."),
                        (f"{w_en} {be_53(w_en, one)} out of breath.",
                         f"^(?i:{w_right}) (?:hết hơi|thở không ra hơi)(?: rồi)?\\.")][shape])
    return out



def stop63(t, rng: random.Random, n: int) -> None:
    """The checks of stop 63 (491–), after the earlier ones so that those draw the sentences they drew before."""
    count_whole(t, rng, n, [("the iron is lost, the jumper shrank in the wash, the trousers have faded", clothes_63,
                             clothes_care, "translate", "translate"),
                            ("the chair is wobbly, the gate creaks, will oil the hinges", creaks_63, creaks,
                             "translate", "translate"),
                            ("is this mango ripe, the bananas are still green, is the fish fresh", ripe_63, ripeness,
                             "translate", "translate"),
                            ("caught a big fish, went fishing with a friend yesterday, did you catch anything",
                             fished_63, fishing, "translate", "translate"),
                            ("can knit, is learning to sew, knitted me a scarf", knit_63, knitting, "translate",
                             "translate"),
                            ("adopted a baby girl, is adopted, grew up in an orphanage", adopted_63, adoption,
                             "translate", "translate"),
                            ("likes jigsaw puzzles, does the crossword every morning, this puzzle is so hard",
                             puzzle_63, puzzles, "translate", "translate"),
                            ("went drinking with colleagues last night, he's drunk so don't let him drive, one more "
                             "round", drank_63, drinking_out, "translate", "translate")])


# (Vietnamese, English, one, Vietnamese right)
CLOTHES_63 = [("Áo len", "jumper", True, "Áo len"), ("Quần", "trousers", False, "Quần"),
              ("Váy", "dress", True, "(?:Váy|Đầm)"), ("Áo khoác", "jacket", True, "Áo khoác")]
# whose (Vietnamese, English, Vietnamese right)
WHOSE_63 = [("tôi", "my", "tôi"), ("mẹ tôi", "my mother's", "mẹ (?:của )?tôi"), ("bạn", "your", "bạn"),
            ("Lan", "Lan's", "Lan")]


def clothes_63(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Where whose iron is, what shrank in the wash, what has faded; right: "Where's … iron?", "… shrank in the wash",
    "… has/have faded"; or "Bàn là của … ở đâu?", "… bị co lại khi giặt", "… bị phai màu"."""
    out = []
    for _ in range(n):
        c_vi, c_en, one, c_right = rng.choice(CLOTHES_63)
        o_vi, o_en, o_right = rng.choice(WHOSE_63)
        shape = rng.randrange(3)
        has = "has" if one else "have"
        if src == "vi":
            out.append([(f"Bàn là của {o_vi} ở đâu?", f"^Where(?:'s| is) {o_en} iron\\?"),
                        (f"{c_vi} của tôi bị co lại khi giặt.", f"^My {c_en} shr(?:ank|unk) in the wash\\."),
                        (f"{c_vi} của tôi bị phai màu.", f"^My {c_en} {has} faded\\.")][shape])
        else:
            out.append([(f"Where's {o_en} iron?", f"^Bàn (?:là|ủi) của {o_right} (?:để )?ở đâu\\?"),
                        (f"My {c_en} shrank in the wash.",
                         f"^{c_right} của tôi bị (?:co|rút)(?: lại)? (?:khi|sau khi) giặt\\."),
                        (f"My {c_en} {has} faded.", f"^{c_right} của tôi bị (?:phai|bạc) màu(?: rồi)?\\.")][shape])
    return out


# (Vietnamese, English)
FURNITURE_63 = [("ghế", "chair"), ("bàn", "table"), ("giường", "bed"), ("tủ", "cupboard")]
DOORS_63 = [("Cửa", "door"), ("Cửa sổ", "window"), ("Cổng", "gate")]


def creaks_63(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """This chair is wobbly, the door creaks, who will oil the hinges; right: "… is wobbly", "The … creaks/squeaks",
    "… will oil the hinges"; or "… bị lung lay", "… kêu cót két", "… sẽ tra dầu vào bản lề"."""
    out = []
    for _ in range(n):
        f_vi, f_en = rng.choice(FURNITURE_63)
        d_vi, d_en = rng.choice(DOORS_63)
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"Cái {f_vi} này bị lung lay.",
                         f"^This {f_en} is (?:a bit |really |so )?(?:wobbly|unsteady|shaky)\\."),
                        (f"{d_vi} kêu cót két.", f"^The {d_en} (?:creaks|squeaks)\\."),
                        (f"{w_vi} sẽ tra dầu vào bản lề.", f"^{w_en}(?:'ll| will) oil the hinges\\.")][shape])
        else:
            out.append([(f"The {f_en} is wobbly.", f"^Cái {f_vi} (?:bị )?lung lay\\."),
                        (f"The {d_en} squeaks.", f"^(?:Cái |Cánh )?{d_vi} (?:kêu )?(?:cót két|kẽo kẹt|cọt kẹt)\\."),
                        (f"{w_en} will oil the hinges.",
                         f"^(?i:{w_right}) sẽ (?:tra|bôi) dầu (?:vào |cho )?(?:các )?bản lề\\.")][shape])
    return out


# (Vietnamese, English): one fruit, many, and food with whether it is one
FRUIT_63 = [("xoài", "mango"), ("đu đủ", "papaya"), ("dưa hấu", "watermelon"), ("bơ", "avocado")]
FRUITS_63 = [("Chuối", "bananas"), ("Cam", "oranges"), ("Táo", "apples")]
FOOD_63 = [("Cá", "fish", True), ("Thịt", "meat", True), ("Rau", "vegetables", False), ("Tôm", "prawns", False)]


def ripe_63(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Is this fruit ripe, the fruits are still green, is the food fresh; right: "Is this … ripe (yet)?", "The … are
    still green", "Is this/Are these … fresh?"; or "Quả … này chín chưa?", "… còn xanh", "… có tươi không?"."""
    out = []
    for _ in range(n):
        f_vi, f_en = rng.choice(FRUIT_63)
        m_vi, m_en = rng.choice(FRUITS_63)
        o_vi, o_en, one = rng.choice(FOOD_63)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"Quả {f_vi} này chín chưa?", f"^Is this {f_en} ripe(?: yet)?\\?"),
                        (f"{m_vi} còn xanh.", f"^The {m_en} are still green\\."),
                        (f"{o_vi} này có tươi không?",
                         f"^{'Is this' if one else 'Are these'} {o_en} fresh\\?")][shape])
        else:
            out.append([(f"Is this {f_en} ripe?", f"^(?:Quả|Trái) {f_vi} này (?:đã )?chín chưa\\?"),
                        (f"The {m_en} are still green.", f"^{m_vi} (?:vẫn )?còn xanh\\."),
                        (f"{'Is' if one else 'Are'} the {o_en} fresh?", f"^{o_vi} có tươi không\\?")][shape])
    return out


# with whom (Vietnamese, English)
WITH_63 = [("bạn tôi", "my friend"), ("Minh", "Minh"), ("bố tôi", "my father")]


def fished_63(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who caught a big fish, went fishing with someone yesterday, is asked whether they caught anything; right:
    "… caught a big fish", "… went fishing with … yesterday", "Did … catch anything?"; or "… câu được một con cá
    to", "Hôm qua … đi câu cá với …", "… có câu được gì không?"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        a_vi, a_en, _, a_right = rng.choice(ASKED_58)
        x_vi, x_en = rng.choice(WITH_63)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{w_vi} câu được một con cá to.", f"^{w_en} caught a (?:big|large) fish\\."),
                        (f"Hôm qua {low_58(w_vi)} đi câu cá với {x_vi}.",
                         f"^(?:Yesterday,? {w_en} went fishing with {x_en}|{w_en} went fishing with {x_en} "
                         f"yesterday)\\."),
                        (f"{a_vi} có câu được gì không?", f"^Did {a_en} catch anything\\?")][shape])
        else:
            out.append([(f"{w_en} caught a big fish.", f"^(?i:{w_right}) câu được (?:một )?con cá (?:to|lớn)\\."),
                        (f"{w_en} went fishing with {x_en} yesterday.",
                         f"^(?:Hôm qua,? (?i:{w_right}) (?:đã )?đi câu cá với {x_vi}|(?i:{w_right}) (?:đã )?đi câu "
                         f"cá với {x_vi} (?:vào )?hôm qua)\\."),
                        (f"Did {a_en} catch anything?",
                         f"^(?i:{a_right}) có câu được (?:gì|con (?:cá )?nào) không\\?")][shape])
    return out


def knit_63(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who can knit, is learning to sew, knitted me a scarf; right: "… can knit", "… learning to sew", "… knitted me
    a scarf"; or "… biết đan (len)", "… đang học may", "… đan cho tôi một cái khăn"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        g_vi, g_en, _, g_right = rng.choice(WHO_58[1:4])  # (who knitted it for me: not I)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{w_vi} biết đan len.", f"^{w_en} can knit\\."),
                        (f"{w_vi} đang học may.", f"^{w_en}{BE_53[one]} learning (?:how )?to sew\\."),
                        (f"{g_vi} đan cho tôi một cái khăn.", f"^{g_en} knitted me a scarf\\.")][shape])
        else:
            out.append([(f"{w_en} can knit.", f"^(?i:{w_right}) (?:biết|có thể) đan(?: len)?\\."),
                        (f"{w_en} {be_53(w_en, one)} learning to sew.", f"^(?i:{w_right}) đang học (?:may|khâu)\\."),
                        (f"{g_en} knitted me a scarf.",
                         f"^(?i:{g_right}) (?:đã )?đan (?:cho tôi (?:một )?(?:cái |chiếc )?khăn(?: len)?|(?:một )?"
                         f"(?:cái |chiếc )?khăn(?: len)? cho tôi)\\.")][shape])
    return out


def adopted_63(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who adopted a baby girl, is adopted, grew up in an orphanage; right: "… adopted a baby/little girl", "… is
    adopted", "… grew up in an orphanage"; or "… nhận nuôi một bé gái", "… là con nuôi", "… lớn lên ở trại trẻ mồ
    côi"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(3)
        if src == "vi":
            out.append([(f"{w_vi} nhận nuôi một bé gái.", f"^{w_en} adopted a (?:baby|little) girl\\."),
                        (f"{w_vi} là con nuôi.", f"^{w_en}{BE_53[one]} adopted\\."),
                        (f"{w_vi} lớn lên ở trại trẻ mồ côi.", f"^{w_en} grew up in (?:an|the) orphanage\\.")][shape])
        else:
            out.append([(f"{w_en} adopted a baby girl.", f"^(?i:{w_right}) (?:đã )?nhận nuôi (?:một )?bé gái\\."),
                        (f"{w_en} {be_53(w_en, one)} adopted.",
                         f"^(?i:{w_right}) (?:là con nuôi|(?:đã )?được nhận nuôi)\\."),
                        (f"{w_en} grew up in an orphanage.",
                         f"^(?i:{w_right}) (?:đã )?lớn lên (?:ở|trong|tại) (?:một )?(?:trại trẻ mồ côi|cô nhi "
                         f"viện)\\.")][shape])
    return out


def puzzle_63(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who likes jigsaw puzzles, does the crossword every morning, this puzzle is so hard; right: "… like(s) jigsaw
    puzzles", "… do(es) the crossword every morning", "This puzzle is so hard"; or "… thích xếp hình", "… giải ô
    chữ mỗi sáng", "Câu đố này khó quá"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        shape = rng.randrange(3)
        likes, does = ("likes", "does") if one else ("like", "do")
        if src == "vi":
            out.append([(f"{w_vi} thích xếp hình.", f"^{w_en} {likes} (?:doing )?jigsaw(?: puzzle)?s\\."),
                        (f"{w_vi} giải ô chữ mỗi sáng.", f"^{w_en} {does} the crossword every morning\\."),
                        ("Câu đố này khó quá.", "^This (?:puzzle|riddle) is (?:so|too|very|really) (?:hard|difficult)"
                                                "\\.")][shape])
        else:
            out.append([(f"{w_en} {likes} jigsaw puzzles.", f"^(?i:{w_right}) (?:rất )?thích (?:chơi )?(?:ghép|xếp) "
                                                             "hình\\."),
                        (f"{w_en} {does} the crossword every morning.",
                         f"^(?i:{w_right}) (?:thường )?(?:giải|chơi|làm) ô chữ mỗi (?:buổi )?sáng\\."),
                        ("This riddle is very easy.", "^Câu đố này rất dễ\\.")][shape])
    return out


# drunk (Vietnamese, English, whom)
DRUNK_63 = [("Anh ấy", "He", "him"), ("Cô ấy", "She", "her")]


def drank_63(rng: random.Random, n: int, src: str) -> list[tuple[str, str]]:
    """Who went drinking with colleagues last night, he's drunk so don't let him drive, one more round; right: "…
    went (out) drinking with … colleagues last night", "… drunk, don't let … drive", "One more/Another round"; or
    "Tối qua … đi nhậu với đồng nghiệp", "… say rồi, đừng cho/để … lái xe", "Thêm một vòng nữa"."""
    out = []
    for _ in range(n):
        w_vi, w_en, one, w_right = rng.choice(WHO_58)
        d_vi, d_en, d_whom = rng.choice(DRUNK_63)
        shape = rng.randrange(3)
        whose = {"I": "my", "We": "our", "He": "his"}.get(w_en, "her")
        if src == "vi":
            out.append([(f"Tối qua {low_58(w_vi)} đi nhậu với đồng nghiệp.",
                         f"^{w_en} went (?:out )?drinking with (?:{whose} )?colleagues last night\\."),
                        (f"{d_vi} say rồi, đừng cho {d_vi.lower()} lái xe.",
                         f"^{d_en}(?:'s| is) drunk, (?:so )?don't let {d_whom} drive\\."),
                        ("Thêm một vòng nữa!", "^(?:One more|Another) round!")][shape])
        else:
            out.append([(f"{w_en} went drinking with {whose} colleagues last night.",
                         f"^(?:Tối qua,? (?i:{w_right}) (?:đã )?đi nhậu với (?:các )?đồng nghiệp|(?i:{w_right}) (?:đã )?"
                         "đi nhậu với (?:các )?đồng nghiệp tối qua)\\."),
                        (f"{d_en}'s drunk, don't let {d_whom} drive.",
                         f"^{d_vi} say(?: rồi)?, đừng (?:để|cho) {d_vi.lower()} lái xe\\."),
                        ("One more round!", "^Thêm (?:một )?vòng nữa!")][shape])
    return out


if __name__ == "__main__":
    main()
