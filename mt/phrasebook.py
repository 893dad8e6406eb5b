"""Everyday phrases translated whole, from a list that ships (`resources/phrases.vi-en.txt`, `phrases.en-vi.txt`,
in the format of a glossary). They are what people try first, and v6 gets many wrong: "Bạn có khỏe không?" →
"Are you healthy?", "Xin lỗi." → "Please error.", "Good night." → "Tối hôm qua." (last night), "Congratulations!"
→ "Những nghi ngờ!" (doubts). A sentence that is one of the phrases, whatever its case, commas and final
punctuation, is not given to the model; its final punctuation is kept where the listed translation has none.

A phrase that opens or closes a longer sentence, set off by a comma, is looked up too: `clauses` splits the sentence
there, and the rest goes to the model alone ("Xin lỗi, nhà ga ở đâu?" gave "Sorry, where does the station?"; "Nhà
ga ở đâu?" alone gives "Where is the station?"). The rest is given to the model with a capital, as a sentence, and
its translation joins the phrase's in small letters where the word is usually written so (`continued`). A greeting
or thanks to someone by name ("Hi Lan,", "Cảm ơn Tuấn nhé!") is translated by rule, like a phrase (`_greeted`), and
so are thanks for what someone did ("Cảm ơn anh đã đến đón em." → "Thank you for picking me up.": `_thanked`) and
an apology for what the speaker did ("Xin lỗi vì đã đến muộn." → "Sorry for being late.": `_apologised`).
Sentences of a known shape (where something is, how far, what it costs, a room's wifi, someone's family or
birthday, when a shop opens …) are translated whole by the modules of _RULES (mt/patterns.py, people.py, family.py
…), tried in that order after the list and the greetings.

    >>> translate("Xin lỗi!", "vi", "en"), translate("bạn có khỏe không", "vi", "en")
    ('Sorry!', 'How are you?')
    >>> clauses("Xin lỗi, nhà ga ở đâu?", "vi", "en")
    ['Xin lỗi,', 'Nhà ga ở đâu?']
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache

from . import (about_to, accidents, accounts, aches, acquaintances, addiction, admissions, adoption, ages, agreeing,
               ailments, air_con, air_pollution, airports, alarms, allergies, ancestors, animal_noises, anniversaries,
               appetite, appliances, appointments, aquariums, arrivals, at_the_moment, babies, baby_carrying,
               baby_feeding, bargaining, batteries, beaches, bed_bugs, bed_making, bedtimes, betting, bills,
               birthday_cakes, birthdays, bites, bitten_tongue, blood_donation, blood_types, blushing, body_odour,
               bonsai, bonuses, bookings, books_films, boring, break_times, breakfasts, bring_along, broke, broken,
               bubble_tea, building_noise, bulbs, bus_passes, business_trips, busy, called_up, calligraphy, calls,
               camping, car_servicing, car_sharing, car_trouble, car_washes, card_games, card_trouble, careers, cash,
               casts, cat_scratching, cautions, changing_schools, chapped_skin, chargers, check_ups, childcare,
               childhood, chores, circuit_breakers, class_roles, clock, clothes_care, cold_hands, collecting,
               collisions, colours, commutes, comparisons, complaining, compliments, concerts, conditions, condolences,
               contact, contracts, cooking, cooking_gas, couples, crafts, creaks, critters, crowds, crushes, crying,
               currency, customs, cutting_down, cycling, damp, dandruff, data_loss, dating, days_asked, days_off,
               deadlines, death_anniversaries, debts, decisions, delays, dentist, deposits, deworming, diets, digestion,
               directions, disasters, dislikes, distances, docked_pay, doing_now, doors, dorms, dozing, dreams,
               drinking_out, drinking_water, drinks, driving, driving_lessons, driving_tests, drunkenness, e_scooters,
               e_wallets, earnings, ears, elderly, elections, emails, emergencies, enrolment, errands, exams,
               eye_troubles, eyesight, face_masks, fake_notes, falls, family, fans, favourites, favours, fears,
               features, fed_up, feel, festivals, fevers, filming, finding, fines, fire_safety, fireworks, fishing,
               flatmates, floods, flower_arranging, folk_remedies, food_delivery, food_requests, food_smells, forgiving,
               fortune, free_time, freelance, fridge, friend_requests, fruit_picking, funerals, furniture, fussy_babies,
               games, getting_lost, getting_wet, ghosts, gifts, glasses, goodbyes, goosebumps, gossip, graduation,
               grey_hairs, gritty_eyes, grooming, growing, hail, hair_brushing, hair_dyeing, hair_loss, haircuts,
               handedness, handwriting, hangovers, happenings, herbal_medicine, hiccups, hobbies, holidays, home_alone,
               homework, honking, hospital, hosting, hotel_breakfasts, hotels, hotpot, house_buying, house_sitting,
               housekeepers, housewarming, how_was, hunger, hurry, in_laws, infections, injuries, insomnia, instalments,
               insurance, interviews, investing, ironing, jabs, jealousy, jewellery, jokes, journeys, keys, kids_games,
               kitchen_gods, kitchen_mishaps, kites, knitting, knocks, language_tests, languages, late_nights, lateness,
               laundry, leaks, leave, left_behind, leftovers, lessons, library, licences, lies, lifts, livestock, loans,
               locked_in, longevity, looking_forward, looks, lottery, luck, lucky_numbers, luggage, lunar_dates,
               lunch_breaks, makeup, matches, meals, mealtimes, medicine, meditation, meeting_up, meetings, mending,
               messages, mid_autumn, milestones, military_service, mishaps, missing, mistakes, moods, mosquito_coils,
               mosquito_nets, mouth_sores, moving, murky_weather, music, nail_biting, nails, names, nappies, naps,
               neighbours, new_year, newborns, newcomers, news, noise, nosebleeds, notarising, numbness, offers,
               on_duty, online_classes, online_shopping, opening_hours, order_trouble, orders, origins, outages,
               outdoors, outfits, outings, overtime, packed_lunches, painting, papers, parking, parties, passports,
               patterns, pavements, pawnshops, pay_rises, pensions, people, periods, permission, pests, pet_birds,
               pet_vets, petrol, pets, phone_cases, phone_credit, phone_numbers, phone_repairs, phone_storage,
               photocopies, photos, pickles, pickups, picky_eating, planned_cuts, plants, platforms, playgrounds,
               pocket_money, police_reports, pools, post, postgrad, posture, power_banks, practising, pregnancy, prices,
               pride, printing, prizes, procrastination, promises, proposals, public_holidays, puzzles, quarrels,
               queues, reception, recommendations, reflexes, regards, registrations, relations, religion, remembering,
               remittances, renovations, rentals, repairmen, repeats, residence, resits, returns, reunions, revising,
               rice_cookers, rides, ripeness, road_trips, roadworks, routines, rubbish, rule_keys, running, safety_gear,
               sales, salons, savings, savings_clubs, scams, scans, scholarships, school_closures, school_days,
               school_lunches, school_reports, school_trouble, school_years, scores, screen_time, seats, series,
               shaving, shocks, shoes, shopping, showers, shows, sick_leave, sights, singing, sizes, skating, skills,
               skin_marks, skin_troubles, skipped_meals, sky, sleep, sleeper_buses, sleeping_apart, smells, smoking,
               snacking, sniffles, social_media, speed_cameras, spelling, spoiled_food, sprains, stains, stammering,
               stationery, stray_dogs, street_vendors, studies, suggestions, sunburn, supplies, surgery, swallowing,
               switches, symptoms, table_tennis, tailoring, tastes, tattoos, taxes, taxis, teachers_day, teaching_kids,
               tech_trouble, teeth, telling, temperatures, tenancy, tet_holiday, tet_preparations, the_bill, theft,
               therapies, theses, thunder, tickets, tidying, time_zones, timetables, tips, told_off, tolls, torches,
               toys, traffic, traits, transfers, travel_sickness, treats, trembling, trips, truancy, tuition_fees,
               tutoring, tv, twins, u_turns, umbrellas, uniforms, unpaid_wages, updates, utility_bills, valentines,
               vehicle_papers, vehicles, video_games, visas, visits, vocabulary, voices, volume, volunteering, waiting,
               waking, walks, washing, washing_in, watches, water_damage, water_heaters, weather_asked, weather_said,
               wedding_gifts, weddings, weight, wet_floors, wifi, wisdom_teeth, wishes, womens_day, work_patterns,
               work_reports, work_status, workdays, workouts, worries, wrapping, wrong_things, wrong_transfers,
               yard_work, year_end, zips)
from .glossary import HINT, Match, parse_glossary
from .lazy_re import lazy
from .restore import RESOURCES, restorer
from .text import EN_DAYS, EN_MONTHS, ends_abbreviated, keyed, strip_marks

_LOG = logging.getLogger(__name__)

_END = lazy(r"[.!?…]+$")
_CLAUSE_END = lazy(r"(?<=,)\s+")
# Greetings and thanks that open a sentence said to someone by name (`_greeted`), and what the other language says
GREETINGS = {
    ("en", "vi"): {"hi": "Chào", "hello": "Chào", "hey": "Chào", "dear": "Gửi", "thanks": "Cảm ơn",
                   "thank you": "Cảm ơn", "good morning": "Chào buổi sáng", "good afternoon": "Chào buổi chiều",
                   "good evening": "Chào buổi tối", "good night": "Chúc ngủ ngon",
                   "happy birthday": "Chúc mừng sinh nhật", "bye": "Tạm biệt", "goodbye": "Tạm biệt",
                   "congratulations": "Chúc mừng", "welcome": "Chào mừng", "sorry": "Xin lỗi"},
    ("vi", "en"): {"chào": "Hi", "xin chào": "Hello", "gửi": "Dear", "thân gửi": "Dear", "kính gửi": "Dear",
                   "cảm ơn": "Thank you", "cám ơn": "Thank you", "chào buổi sáng": "Good morning",
                   "chào buổi chiều": "Good afternoon", "chào buổi tối": "Good evening", "chúc ngủ ngon": "Good night",
                   "chúc mừng sinh nhật": "Happy birthday", "tạm biệt": "Goodbye", "xin lỗi": "Sorry",
                   "chúc mừng": "Congratulations"},
}
# the title before the name, translated (mt/names.py's; "anh", "chị" have no English one)
TITLES = {**names.TITLES, **names.EN_TITLES}
# capitalised words after a greeting that are not names ("Cảm ơn Chúa", thank God; "Chào Cô", hello Miss)
NOT_NAMES = {"en": {"God", "Lord", "Jesus", "Sir", "Madam", "Everyone", "Everybody", "All", "Guys", "Team", "World",
                    # (interjections, written capitalised inside quoted speech often enough to pass as names:
                    # "Yes, I'm house-sitting for my aunt." gave "Yes ơi, …", review of stop 64)
                    "Yes", "Yeah", "Yep", "No", "Nope", "OK", "Okay", "Alright", "Oh", "Ah", "Wow", "Hmm", "Um"},
             "vi": names.DIVINE | {"Thầy", "Cô", "Mẹ", "Bố", "Ba", "Má", "Cha", "Mọi", "Các", "Cả", "Thế", "Mừng",
                                   "Buổi", "Năm", "Ngày",
                                   # (days wished for: "Chúc mừng Tết!" gave "Congratulations, Tet!", stop 77)
                                   "Tết", "Noel", "Valentine", "Halloween"}}
_NAME = r"(?P<name>[^\W\d_]+(?:\s[^\W\d_]+){0,2})"
_GREETED = {pair: lazy(rf"(?i:(?P<g>{'|'.join(sorted(said, key=len, reverse=True))}))\s+"
                       rf"(?:(?i:(?P<t>{'|'.join(names.EN_TITLES if pair[0] == 'en' else names.TITLES)}))\.?\s+)?"
                       rf"{_NAME}(?P<end>[,.!?…]*)")
            for pair, said in GREETINGS.items()}
# someone called by name, with a word of kinship or not ("Chị Hoa ơi," → "Hoa,"; v6: "Hoa Mother,")
_CALLED = lazy(rf"(?:(?P<t>(?i:{'|'.join(names.KIN)}))\s+)?{_NAME}\s+ơi(?P<end>[,.!?…]*)")
_MUCH = lazy(r"\s+(?:rất\s+)?nhiều(?=[,.!?…]*$)")  # thanks "very much" after the name
# a particle after the name, left out ("Cảm ơn Tuấn nhé!": thanks, Tuan!)
_PARTICLE = lazy(r"\s+(?:nhé|nha|nhá|ạ)(?=[,.!?…]*$)")
# thanks for what someone did (v6: "Cảm ơn anh đã đến đón em." → "Thank you've come to me.", "Cảm ơn bạn đã giúp
# tôi." → "Thank you to help me."): the deed, from this list, as English says it after "for", and where the object
# goes (None: it takes none; "up" after it: "picking me up", which has one even when it is not said)
_DEEDS = {"giúp đỡ": ("helping", ""), "giúp": ("helping", ""), "đến đón": ("picking", " up"), "đón": ("picking", " up"),
          "chờ": ("waiting for", ""), "đợi": ("waiting for", ""), "gọi điện cho": ("calling", ""),
          "gọi cho": ("calling", ""), "gọi điện": ("calling", None), "gọi": ("calling", ""), "đến": ("coming", None),
          "lắng nghe": ("listening to", ""), "mời": ("inviting", ""), "nhắc": ("reminding", ""),
          "chia sẻ": ("sharing", None), "quan tâm đến": ("caring about", ""), "quan tâm": ("caring about", ""),
          "ủng hộ": ("supporting", ""), "tin tưởng": ("trusting", ""), "dạy": ("teaching", ""),
          "động viên": ("encouraging", ""), "đọc": ("reading", None), "xem": ("watching", None),
          "ghé thăm": ("visiting", None), "mua hàng": ("shopping with us", None),
          "phản hồi nhanh": ("your quick reply", None), "trả lời nhanh": ("your quick reply", None),
          "phản hồi": ("your reply", None), "trả lời": ("your reply", None), "hỗ trợ": ("helping", "")}
_THANKED_ALL = {"mọi người", "các bạn", "cả nhà"}  # "Thank you all"
# who is thanked, or whom the speaker is sorry to
_YOU_ALL = rf"(?:bạn|anh|chị|em|cô|chú|bác|cậu|thầy|ông|bà|quý khách|{'|'.join(_THANKED_ALL)})"
_OBJECTS = {"tôi": "me", "mình": "me", "em": "me", "anh": "me", "chị": "me", "con": "me", "cháu": "me", "tớ": "me",
            "chúng tôi": "us", "chúng em": "us", "chúng mình": "us", "chúng con": "us", "chúng cháu": "us"}
_THANKED = lazy(rf"(?:cảm ơn|cám ơn)\s+(?P<you>{_YOU_ALL})\s+(?:(?:vì|về việc)\s+)?(?:đã\s+)?"
                rf"(?P<deed>{'|'.join(sorted(_DEEDS, key=len, reverse=True))})"
                rf"(?:\s+(?P<obj>{'|'.join(sorted(_OBJECTS, key=len, reverse=True))}))?"
                r"(?P<much>\s+(?:rất\s+)?nhiều)?(?P<end>[,.!?…]*)", re.IGNORECASE)
# an apology for what the speaker did (v6: "Xin lỗi vì đã đến muộn." → "Please because it's going to be late.",
# "Xin lỗi đã để bạn chờ lâu." → "Let's have a long time."): the deed as English says it after "for"
_MISDEEDS = {"late": (r"(?:đến|tới|về)\s+(?:muộn|trễ)", "being late"),
             "reply": (r"(?:trả lời|phản hồi|nhắn lại)\s+(?:muộn|chậm|trễ)", "the late reply"),
             "wait": (rf"để\s+{_YOU_ALL}\s+(?:phải\s+)?(?:chờ|đợi)(?:\s+lâu)?", "keeping you waiting"),
             "call": (r"không\s+nghe\s+(?:máy|điện\s+thoại)", "missing your call")}
_SORRY = lazy(rf"xin lỗi\s+(?:{_YOU_ALL}\s+)?(?:(?:vì|về việc)\s+)?(?:đã\s+)?"
              rf"(?:{'|'.join(f'(?P<{k}>{rx})' for k, (rx, _) in _MISDEEDS.items())})"
              r"(?P<much>\s+(?:rất\s+)?nhiều)?(?P<end>[,.!?…]*)", re.IGNORECASE)
# a phrase, a comma and up to three capitalised words: someone spoken to ("Cảm ơn nhiều, Tom.")
_VOCATIVE = lazy(rf"(?P<phrase>[^,]+),\s+{_NAME}(?P<end>[.!?…]*)")
# ... and someone called by name first, in English ("Taro, dinner's ready!" → "Taro ơi, cơm chín rồi!"; v8 was given
# "Taro," alone and wrote "Tiếng Ta-ro,")
_CALLING = lazy(rf"{_NAME},\s+(?P<phrase>[^,]+)")


# "See you" opening a sentence before when or where, which v6 gets wrong: "Hẹn gặp bạn lúc 7 giờ tối nhé." →
# "Slamps meet you at 7 p.m.", "Hẹn gặp lại tuần sau nhé!" → "Hurry again next week!", "See you at 7 pm." → "Xem bạn
# lúc 7 giờ tối." (watch you). The words for when in the list are taken with it; the model writes the rest.
_YOU = r"(?:bạn|anh|chị|em|cậu|(?P<all>mọi\s+người|các\s+bạn))(?!\s+ấy)"  # not "anh ấy" (him)
_SEE_YOU = {("vi", "en"): (rf"[Hh]ẹn\s+gặp(?:\s+lại)?(?:\s+{_YOU})?(?:\s+lại)?", ("See you", "See you all")),
            ("en", "vi"): (r"[Ss]ee\s+you(?:\s+(?P<all>all|guys))?", ("Hẹn gặp bạn", "Hẹn gặp mọi người"))}
_WHEN = {("vi", "en"): {"ngày mai": "tomorrow", "mai": "tomorrow", "tuần sau": "next week", "tuần tới": "next week",
                        "tháng sau": "next month", "năm sau": "next year", "cuối tuần": "at the weekend",
                        "cuối tuần này": "this weekend", "tối nay": "tonight", "sau": "later"},
         ("en", "vi"): {"tomorrow": "ngày mai", "tonight": "tối nay", "next week": "tuần sau",
                        "next month": "tháng sau", "next year": "năm sau", "this weekend": "cuối tuần này",
                        "at the weekend": "cuối tuần", "on the weekend": "cuối tuần", "later": "sau",
                        "then": "lúc đó", "there": "ở đó"}}
# what may follow "See you" without a word for when: a time or date (mt.dates), or "at", "on", "in" and the like
_THEN = {("vi", "en"): r"lúc|vào|ở|tại|trước|sau\s+khi", ("en", "vi"): r"at|on|in|around|before|after|by"}
_OPENER = {pair: lazy(rf"(?:{said})(?:\s+(?P<when>{'|'.join(sorted(_WHEN[pair], key=len, reverse=True))})"
                      rf"(?=\s*[,.!?…]*$|\s+(?:nhé|nha|nhá|ạ)\b)|(?=\s+(?:{_THEN[pair]})\s))")
           for pair, (said, _) in _SEE_YOU.items()}

# "we" opening a suggestion that ends with "nhé", "thôi" or "đi" is "Let's": v6 wrote "Chúng ta đi ăn tối nhé." →
# "We went to dinner.", "Chúng ta về nhà thôi." → "We're home." (12 of 15 made-up such sentences wrong); shown
# "Let's", it writes the rest ("Let's go to dinner."). Not "mình" alone, which is "I" as often ("Mình đi trước nhé",
# I'll go first), nor with a word that makes it a statement or a question ("Chúng ta sẽ đi nhé", "... đã ...").
_LETS = lazy(r"(?:[Cc]húng\s+(?:ta|mình)|[Bb]ọn\s+mình|[Tt]ụi\s+mình|[Mm]ình\s+cùng)"
             r"(?=\s+(?!(?:đã|đang|sẽ|không|chưa|có|là|phải|được)\b)[^\W\d][^?]*\s(?:nhé|nha|nhá|thôi|đi)"
             r"\s*[.!…]*$)")


# "Meet me" and "Let's meet" opening a sentence before when or where (v6: "Meet me at 7 pm." → "Tôi lúc 7 giờ tối.",
# "Let's meet at 7 pm." → "Chúng ta hãy gặp phải …" (run into), "Gặp tôi ở nhà ga." → "I was at the station.", "Gặp
# nhau lúc 7 giờ nhé." → "At 7:00."); not "Gặp anh ở đây thật vui." (nice to meet you here: "anh" is you)
_AT = {("vi", "en"): r"lúc|vào|ở|tại|trước|sau|ngày|tối|sáng|chiều|trưa|tuần|mai",
       ("en", "vi"): r"at|on|in|around|before|after|by|outside|there|here|tomorrow|tonight|next|this"}
_MEET = {("vi", "en"): [(lazy(rf"[Gg]ặp\s+(?:tôi|mình)(?=\s+(?:{_AT['vi', 'en']})(?!\w)"
                              r"(?!.*\s(?:vui|mừng|tiếc)\b))"), "Meet me"),
                        (lazy(rf"[Gg]ặp\s+nhau(?=\s+(?:{_AT['vi', 'en']})(?!\w)"
                              r".*\s(?:nhé|nha|nhá|đi)\s*[.!…]*$)"), "Let's meet")],
         ("en", "vi"): [(lazy(rf"[Mm]eet\s+me(?=\s+(?:{_AT['en', 'vi']})(?!\w))"), "Gặp tôi"),
                        (lazy(rf"[Ll]et['’]s\s+meet(?:\s+up)?(?=\s+(?:{_AT['en', 'vi']})(?!\w)|\s*[.!]*$)"),
                         "Chúng ta gặp nhau")]}


_MEET_AT = lazy(r"\s+(?:ở|tại)\s+(?P<place>[^\W\d][^,.!?]*?)(?=(?:\s+nhé)?\s*[.!]*$)")
# a Vietnamese question typed without its "?" (in chats): the model, not shown one, wrote "mai bạn có đi làm không" as
# "Tomorrow, you do not", "bạn về nhà chưa" as "you're not home", "cái này bao nhiêu" as "How many"; shown it, "… do
# you go to work?", "Are you home?", "How much does this?". Only after words that end a question, not "không làm
# gì" (nothing), "không đi đâu" (nowhere) or "chứ" (also "of course": "Hơn mức đó nhiều chứ"); "không" ending it
# after any word but "cũng", "hay", "tôi" … ("tôi cũng không", nor I: "đi ăn phở không" gave "dialing pho")
_ASKED = lazy(r"(?<!\w)(?:(?!(?:cũng|hay|hoặc|tôi|mình|chẳng|chả|toàn)\s)\S+\s+không|\S+\s+\S+\s+chưa|"
              r"bao\s+nhiêu|mấy\s+giờ|mấy\s+tuổi|bao\s+giờ|bao\s+lâu|ở\s+đâu|(?<!không\s)(?:là|làm)\s+gì|"
              r"thế\s+nào|ra\s+sao|à|hả|nhỉ)$",
              re.IGNORECASE)
# "không … bao giờ" is never, a statement ("Bọn tớ chả ăn đồ ăn này bao giờ")
_NEVER = lazy(r"(?<!\w)(?:không|chả|chẳng|chưa)(?!\w).*\sbao\s+giờ$", re.IGNORECASE)


# a question inside a statement: "Tôi không biết anh ấy có đến không" (whether he comes)
_WONDERED = lazy(r"(?<!\w)(?:(?:không|chưa)\s+(?:biết|rõ)|tự\s+hỏi)(?!\w)", re.IGNORECASE)


# a word of kinship opening a question is who is asked: "you" (v6: "Anh có thể giúp tôi không?" → "Can I help me?",
# "Bà có thể cho tôi mượn bút không?" → "Could she borrow me from the pen?", "Chị nói lại được không?" → "Can't tell
# it?", "Cô ăn cơm chưa?" → "Is she eating a muscle?"; given "Bạn" in its place, "Can you help me?", "Could you say
# again?"); and "em", "mình", "tớ" after it is the speaker, given to the model as "tôi" (given "Bạn … em", v6 wrote
# "Can you send to you address?"). Not before "ấy", a name, whose ("anh tôi", my brother) or "già" ("Ông già kia là
# ai?", who is that old man: a Tatoeba test line)
_ADDRESSED = lazy(r"(?P<you>(?i:anh|chị|cô|chú|bác|ông|bà|em|cậu|bạn))\s+(?!(?:ấy|ta|ơi|trai|gái|họ|của|tôi|"
                  r"mình|em|anh|chị|con|cháu|và|với|già|bè)(?!\w))(?P<next>\w)")
# (without the speaker, only a question asked yes or no: given "Bạn", v6 wrote "Chị tên là gì?" as "What's the name
# you?", "Cậu không đói sao?" as "What don't you hungry?"); the speaker is not "anh ấy", "em trai", "anh/em" (a
# Tatoeba test line: "Bạn có anh/em trai không?")
_YES_NO = lazy(r"^\S+\s+có\s.*\?$|\s(?:không|chưa)(?:\s+(?:ạ|vậy|nhỉ|thế))?\s*\?$")
_SPEAKER = lazy(r"(?<!chúng )(?<![\w/])(?:tôi|mình|tớ|em|anh|chị)(?![\w/])(?!\s+(?:ấy|trai|gái|họ)(?!\w))")
# ... and one that opens a request (a word that asks for something after it, or one that ends it) is left out: the
# model writes the request ("Anh giúp tôi với." → "He helped me with.", "Chị cho em một ly cà phê." → "She's a cup of
# coffee."; given "Bạn", "You help me with.", and given neither, "Help me.", "Give me a cup of coffee."); "Bạn" too
# ("Bạn đợi mình chút nhé." → "You're waiting for you."; given neither, "Wait for me.")
_REQUEST = lazy(r"(?:(?:cho|làm\s+ơn|giúp|đợi|chờ|lấy|gọi|mang|đưa|chở)\s.*|.*\s(?:nhé|nha|với|giùm|hộ))"
                r"\s*[.!…]*$")
# "cho em" opening a clause is "give me" ("cho em xin …" too, "xin" left out: "Cho tôi xin cốc nước." became "Let me
# try to water."), and "giúp mình", "chờ em" … "help me", "wait for me" ("b ơi, giúp mình với" gave "Hey, helping
# yourself"); not "em bé" (a baby), "xin lỗi", "xin phép", nor "con", "cháu" ("Cho con ăn", feed the child)
_GIVE_ME = lazy(r"(?:^|(?<=,\s))(?i:cho|giúp|chờ|đợi)\s+(?P<me>em|anh|chị|mình)"
                r"(?!\s+(?:ấy|bé|trai|gái|tôi|của|ta|họ)(?!\w))(?P<xin>\s+xin(?!\s+(?:lỗi|phép)(?!\w)))?(?=\s)")

# "đi …" asked with no one who goes, after a day at most, is an invitation: "bạn có muốn" is given before it ("đi ăn
# phở không" gave "dialing pho", "Đi ăn phở không?" "Do you eat pho?"; given it, "Do you want to go to pho?"); not
# with "có" after it ("Đi thuyền có thoải mái không?", is boating comfortable)
_INVITED = lazy(r"^(?:(?:ngày\s+mai|mai|tối\s+nay|chiều\s+nay|trưa\s+nay|sáng\s+mai|tối\s+mai|cuối\s+tuần"
                r"(?:\s+này)?),?\s+)?(?P<go>đi)\s+(?!.*\scó\s)\S.*\skhông\s*\?*$", re.IGNORECASE)
# "nha", "nhá" ending a sentence are "nhé" (v6 knows it: "Nhớ mang ô nha." → "… an umbrella chew.")
_NHA = lazy(r"(?<=\s)(?:nha|nhá)(?=\s*[.!?…]*$)")  # (in small letters: not "Tây Ban Nha", Spain)


def addressed(text: str, src: str, tgt: str) -> list[Match]:
    """Hints (HINTs) for who is spoken to and who speaks in a Vietnamese sentence: a word of kinship that opens a
    question or a request (_to_kin), "cho em" … (_GIVE_ME), "nha" (_NHA) and an invitation (_INVITED)."""
    if src != "vi":
        return []
    found = _to_kin(text, src, tgt) + [Match(*m.span(), "nhé", HINT) for m in _NHA.finditer(text)]
    if invited := _INVITED.match(text):
        found.append(Match(invited.start("go"), invited.start("go"), "bạn có muốn ", HINT))
    if me := _GIVE_ME.search(text):
        found += [Match(*me.span("me"), "tôi", HINT)] + ([Match(*me.span("xin"), "", HINT)] if me["xin"] else [])
    return sorted(found, key=lambda m: m.start)


def _to_kin(text: str, src: str, tgt: str) -> list[Match]:
    """A word of kinship that opens a question and is who is asked given as "Bạn", one that opens a request with the
    speaker in it left out, and "tôi" for the speaker after it (_ADDRESSED)."""
    opening = _ADDRESSED.match(text)
    if not opening or not opening.group("next").islower():  # (a capital after it: a name, "Anh Tuấn")
        return []
    you = opening.group("you").lower()
    asking = text.rstrip().endswith("?") or asked(text, src, tgt)
    speakers = [m for m in _SPEAKER.finditer(text, opening.end()) if m.group() != you and (
        you == "em" or m.group() not in ("anh", "chị"))]  # "anh", "chị" are the speaker to "em" alone
    if not (speakers and (asking or _REQUEST.match(text, opening.start("next"))) or _YES_NO.search(text)):
        return []
    # (a request: the word after it given a capital, as the model reads a sentence's first word)
    said = Match(0, opening.end("you"), "Bạn", HINT) if asking else \
        Match(0, opening.end("next"), opening.group("next").upper(), HINT)
    hints = [Match(*m.span(), "tôi", HINT) for m in speakers if m.group() != "tôi"]
    return hints if said.replacement == text[:said.end] else [said] + hints  # ("Bạn" asking: nothing to give)


# en→vi: "One more X, please." or "Another X" alone is asked for: "Give me" is given before it (v6: "One more beer,
# please." → "Xin vui lòng.", the beer lost; given it, "… cho tôi thêm bia nữa"): four words at most, not a sentence
# ("Three more bombs exploded near …"), nor "one more time"
_MORE = lazy(r"(?:(?:One|Two|Three|Four|Five|\d+)\s+more|Another)\s+(?!times?\b)[^\W\d][^\s,.!?]*"
             r"(?:\s+[^\s,.!?]+){0,3}(?:,?\s+please)?\s*[.!]*")


def more(text: str, src: str, tgt: str) -> list[Match]:
    """"Give me" given to the model (a HINT) before "One more …" or "Another …" asked for alone (_MORE)."""
    if src != "en" or not _MORE.fullmatch(text):
        return []
    return [Match(0, 1, "Give me " + text[0].lower(), HINT)]


def asked(text: str, src: str, tgt: str) -> list[Match]:
    """"?" given to the model (a HINT) after a Vietnamese question typed without one (_ASKED)."""
    end = len(text.rstrip())
    if src != "vi" or not _ASKED.search(text, 0, end) or _WONDERED.search(text) or _NEVER.search(text, 0, end):
        return []
    return [Match(end, end, "?", HINT)]


def _met_at(text: str, end: int) -> Match | None:
    """"Gặp tôi ở nhà ga." with its place, where mt.journeys knows it, as one term: "Meet me at the station" (v8, given
    "ở nhà ga." after the term "Meet me", wrote "Meet me stayed at the station.")."""
    at = _MEET_AT.match(text, end) if text[:end].lower().startswith(("gặp tôi", "gặp mình")) else None
    place = at and journeys.place_en(at["place"])
    if not place:
        return None
    the = patterns.the_for(place)
    return Match(0, at.end("place"), f"Meet me at {the} {place}".replace("  ", " "), "term")


def openers(text: str, src: str, tgt: str) -> list[Match]:
    """"See you" opening the sentence before when or where, as a term that ships (mt/terms.py), with the word for
    when if it is listed: "Hẹn gặp bạn tuần sau nhé!" → "See you next week" and "nhé!" to the model; "See you at 7
    pm." → "Hẹn gặp bạn" and "at 7 pm." to the model. "Let's" for "we" opening a suggestion (_LETS)."""
    for pattern, said in _MEET.get((src, tgt), []):
        if meet := pattern.match(text):
            return [_met_at(text, meet.end()) or Match(0, meet.end(), said, "term")]
    if (src, tgt) == ("vi", "en") and (lets := _LETS.match(text)):
        return [Match(0, lets.end(), "Let's", "term")]
    m = _OPENER[src, tgt].match(text) if (src, tgt) in _OPENER else None
    if not m:
        return []
    said = _SEE_YOU[src, tgt][1][bool(m.group("all"))]
    when = _WHEN[src, tgt][" ".join(m.group("when").split())] if m.group("when") else ""
    return [Match(0, m.end(), f"{said} {when}".strip(), "term")]


# the modules that write a sentence of a known shape whole, tried in this order (the first that answers wins); a
# module with a `_KEYS` dict takes nothing in which `_KEYS[src]` finds none of its words (mt/rule_keys.py skips it)
_RULES = (patterns, people, family, hobbies, favourites, birthdays, skills, calls, journeys, mishaps, timetables,
          routines, directions, traits, comparisons, visits, weather_asked, allergies, studies, rentals, appointments,
          sizes, aches, ailments, free_time, broken, post, meals, sleep, pickups, relations, trips, exams, workdays,
          arrivals, weather_said, holidays, origins, chores, matches, babies, weight, loans, commutes, messages,
          careers, pets, transfers, about_to, reception, parking, returns, haircuts, weddings, moving, keys, neighbours,
          wishes, bills, orders, suggestions, workouts, tickets, outages, switches, doors, supplies, medicine, photos,
          gifts, taxis, waiting, outfits, shopping, repeats, accounts, hurry, mealtimes, tidying, recommendations,
          how_was, tastes, temperatures, seats, injuries, accidents, finding, bring_along, cautions, days_asked, prices,
          noise, remembering, languages, dating, clock, condolences, telling, homework, batteries, regards, permission,
          left_behind, ages, traffic, days_off, cash, doing_now, looking_forward, pride, tech_trouble, cooking, looks,
          agreeing, offers, goodbyes, compliments, alarms, outdoors, hosting, hunger, jokes, fears, dreams, washing,
          smoking, mistakes, crying, news, missing, lies, decisions, delays, happenings, getting_lost, busy, lateness,
          moods, features, work_status, contact, acquaintances, favours, driving, quarrels, forgiving, luck, earnings,
          plants, at_the_moment, meeting_up, wifi, worries, fed_up, books_films, promises, parties, residence,
          childhood, dislikes, boring, tv, opening_hours, laundry, theft, hospital, savings, papers, bookings, luggage,
          smells, childcare, growing, colours, graduation, eyesight, makeup, religion, couples, queues, waking, scores,
          social_media, anniversaries, outings, phone_credit, conditions, rubbish, lifts, music, fans, floods, fines,
          online_shopping, reflexes, sunburn, time_zones, diets, travel_sickness, tips, drinks, handedness, sights,
          bargaining, hangovers, naps, deadlines, tattoos, hair_loss, falls, jabs, showers, fridge, air_con, numbness,
          printing, platforms, milestones, car_trouble, sales, leaks, pests, games, business_trips, school_years,
          concerts, overtime, enrolment, pocket_money, bedtimes, screen_time, dentist, school_days, new_year,
          school_trouble, safety_gear, emergencies, bites, meetings, work_patterns, mending, handwriting, volume,
          scholarships, military_service, taxes, salons, hotels, nappies, lottery, cycling, wrapping, check_ups,
          tutoring, proposals, visas, library, airports, pensions, lessons, freelance, scams, gossip, addiction,
          kitchen_mishaps, food_delivery, casts, feel, symptoms, pools, sky, appliances, leave, chargers, insomnia,
          driving_tests, animal_noises, blood_types, damp, bulbs, twins, volunteering, painting, funerals, singing,
          fortune, bonuses, elderly, running, clothes_care, creaks, ripeness, fishing, knitting, adoption, puzzles,
          drinking_out, housewarming, teeth, getting_wet, livestock, skin_troubles, instalments, crushes, dozing,
          yard_work, flatmates, house_sitting, road_trips, stammering, picky_eating, changing_schools, nail_biting,
          infections, complaining, jealousy, body_odour, blushing, procrastination, kites, shoes, snacking,
          eye_troubles, hair_dyeing, voices, teachers_day, ironing, ears, walks, fireworks, tenancy, fussy_babies,
          broke, posture, meditation, roadworks, air_pollution, digestion, revising, cutting_down, order_trouble,
          school_reports, car_sharing, card_trouble, series, tet_holiday, told_off, sick_leave, admissions, mid_autumn,
          investing, disasters, insurance, dorms, unpaid_wages, tuition_fees, theses, car_servicing, deposits,
          notarising, womens_day, fire_safety, elections, surgery, pregnancy, newborns, postgrad, contracts,
          cooking_gas, water_heaters, passports, spoiled_food, tailoring, pawnshops, drunkenness, phone_storage,
          truancy, mouth_sores, betting, collecting, resits, furniture, longevity, reunions, ghosts, wrong_transfers,
          water_damage, uniforms, hotpot, glasses, newcomers, late_nights, docked_pay, collisions, phone_numbers,
          in_laws, year_end, therapies, prizes, periods, phone_repairs, aquariums, beaches, renovations, skipped_meals,
          packed_lunches, utility_bills, sleeping_apart, licences, swallowing, shocks, pay_rises, nails, on_duty,
          currency, scans, interviews, knocks, house_buying, debts, crowds, vehicles, savings_clubs, ancestors, shaving,
          food_requests, emails, friend_requests, data_loss, registrations, wisdom_teeth, wedding_gifts,
          school_closures, driving_lessons, leftovers, locked_in, teaching_kids, bed_making, rice_cookers, spelling,
          birthday_cakes, playgrounds, vehicle_papers, housekeepers, stray_dogs, goosebumps, work_reports, calligraphy,
          filming, hotel_breakfasts, mosquito_nets, distances, drinking_water, toys, nosebleeds, hail, wrong_things,
          tet_preparations, grey_hairs, folk_remedies, kitchen_gods, herbal_medicine, errands, baby_carrying, zips,
          dandruff, bed_bugs, stationery, skin_marks, language_tests, lunch_breaks, e_wallets, updates, the_bill,
          online_classes, fevers, flower_arranging, grooming, chapped_skin, fake_notes, honking, u_turns, hair_brushing,
          vocabulary, pavements, street_vendors, bus_passes, torches, stains, pickles, bonsai, card_games, kids_games,
          petrol, cold_hands, lucky_numbers, remittances, sprains, customs, hiccups, mosquito_coils, practising,
          speed_cameras, baby_feeding, circuit_breakers, phone_cases, video_games, police_reports, wet_floors,
          power_banks, school_lunches, tolls, called_up, rides, break_times, shows, sleeper_buses, class_roles,
          festivals, pet_vets, pet_birds, treats, lunar_dates, public_holidays, valentines, crafts, skating, watches,
          jewellery, fruit_picking, deworming, bubble_tea, e_scooters, gritty_eyes, thunder, face_masks, repairmen,
          sniffles, trembling, home_alone, camping, breakfasts, food_smells, umbrellas, table_tennis, building_noise,
          car_washes, planned_cuts, blood_donation, cat_scratching, bitten_tongue, washing_in, photocopies,
          murky_weather, critters, death_anniversaries, appetite)


def _by_rule(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of a known shape by the first module of _RULES that takes it; else None. English
    typed with curly apostrophes ("You don’t have to …") that none takes is tried again with straight ones: most
    modules read both, 16 of 7,123 of their own test sentences were missed when curly (stop 72)."""
    said = _first_rule(text, src, tgt)
    if said is None and src == "en" and "’" in text:
        said = _first_rule(text.replace("’", "'"), src, tgt)
    return said


def _first_rule(text: str, src: str, tgt: str) -> str | None:
    """The translation by the first module of _RULES that takes `text`; else None. A module that fails on a sentence
    is passed over with a warning in the log: a rule is a shortcut, and the model translates what none takes (stop
    52's first mt/broken.py raised a KeyError on "The ATM isn't working.", and with it the whole request)."""
    low = rule_keys.lowered(text)
    may = -1 if low is None else rule_keys.likely(low, _RULES, src)  # (bit i: _RULES[i] may take it; -1: all may)
    for i, (module, key) in enumerate(rule_keys.keys(_RULES, src)):
        if not may >> i & 1 or key is not None and low is not None and not key.search(low):
            continue  # (none of its key words: it would take nothing)
        try:
            said = module.translate(text, src, tgt)
        except Exception:  # (logged with its traceback, not lost: each module's own tests call it directly)
            _LOG.warning("%s failed on %r (%s->%s); left to the model", module.__name__, text, src, tgt, exc_info=True)
            continue
        # a Vietnamese statement's pattern met with a question mark ("Nhà tôi đang cháy?": asking, or doubting?) is
        # passed over (not English: "Can I have a bag, please?" is "Cho tôi xin một cái túi.")
        if said and (src != "vi" or said.endswith("?") or not text.rstrip().endswith("?")):
            return _exclaimed(text, said)
    return None


def prepare() -> None:
    """Builds what _by_rule looks with, both ways (mt.rule_keys's index of the modules' key words: about 0.1 s), so
    that a server's first request does not pay for it."""
    for src in ("vi", "en"):
        rule_keys.likely("", _RULES, src)


def _exclaimed(text: str, said: str) -> str:
    """A rule's translation with the source's "!" where the rule wrote a full stop: many modules write every
    statement with "." ("Tôi bị đứt tay!" gave "I cut my hand.")."""
    if text.rstrip().endswith("!") and said.endswith(".") and not said.endswith(".."):
        return said[:-1] + "!"
    return said


def translate(sentence: str, src: str, tgt: str) -> str | None:
    """The listed translation of a sentence that is one of the phrases, with its final punctuation; else None. A
    clause that ends with a comma (see `clauses`) keeps it in place of the translation's own final punctuation.
    Words are read one space apart: the rules' tables key them so (two spaces raised a KeyError in 52 modules)."""
    text = " ".join(sentence.split())
    target = _table(src, tgt).get(_key(text))
    if target is None and (said := _greeted(text, src, tgt) or _by_rule(text, src, tgt)):
        return said
    vocative = _VOCATIVE.fullmatch(text)
    if target is None and vocative and all(w[0].isupper() for w in vocative.group("name").split()):
        listed = translate(vocative.group("phrase") + ",", src, tgt)  # "Happy birthday, Muiriel!": the name as it is
        if listed and listed.endswith(" bạn,"):  # "Hi, George!" is "Chào George!", not "Chào bạn, George!" (you)
            listed = listed[: -len(" bạn,")]
        return f"{listed} {vocative.group('name')}{vocative.group('end')}" if listed else None
    if target is None and (src, tgt) == ("en", "vi") and (called := _calling(text, tgt)):
        return called
    if target is None:
        return None
    if text.endswith(","):
        return _END.sub("", target) + ","
    end = _END.search(text)
    return target if _END.search(target) or end is None else target + end.group()


def _calling(text: str, tgt: str) -> str | None:
    """Someone called by name before what a rule takes whole, as Vietnamese calls them: "Taro, dinner's ready!" →
    "Taro ơi, cơm chín rồi!"; None when the words before the comma may not be a name, or no rule takes the rest."""
    m = _CALLING.fullmatch(text)
    words = m.group("name").split() if m else []
    if not m or not all(_a_name(w, "en") and w not in (*EN_DAYS, *EN_MONTHS) for w in words) or (
            len(words) > 1 and names.known(words, "en")):
        return None  # ("Monday, I'm busy.")
    if _key(m.group("name")) in _table("en", tgt) or words[0].lower() in GREETINGS.get(("en", tgt), {}):
        return None  # a phrase or a greeting, not a name: "Hello, how are you?", "Hi Lan, how are you?"
    rest = _opened(m.group("phrase"))
    said = _table("en", tgt).get(_key(rest)) and translate(rest, "en", tgt) or _by_rule(rest, "en", tgt)
    return f"{m.group('name')} ơi, {continued(said, tgt)}" if said else None


def clauses(sentence: str, src: str, tgt: str) -> list[str]:
    """The sentence split at each comma that sets off a listed phrase that opens or closes it (or follows one that opens
    it), a first or a last clause that a rule takes whole (`_ruled_end`), the other clauses kept together; a part that
    follows a comma starts with a capital letter (the same length: offsets into it still hold). [sentence] when no
    clause is a phrase, or when the sentence is one."""
    table = _table(src, tgt)
    pieces = _CLAUSE_END.split(sentence)
    if len(pieces) < 2 or translate(sentence, src, tgt) is not None:
        return [sentence]
    listed = [_key(p) in table or _greeted(p, src, tgt) is not None for p in pieces]
    listed[0] = listed[0] or _by_rule(pieces[0], src, tgt) is not None  # ("Mang theo áo khoác nhé, tối nay trời lạnh.")
    for i in range(1, len(pieces) - 1):  # inside, only after phrases from the start: "Taxi, Cheers, and ..." is a list
        listed[i] = listed[i] and listed[i - 1]
    listed[-1] = listed[-1] or _ruled_end(pieces[-1], src, tgt)
    if not any(listed):
        return [sentence]
    parts = [pieces[0]]
    for piece, was, now in zip(pieces[1:], listed, listed[1:]):
        if was or now:
            parts.append(_opened(piece))
        else:
            parts[-1] += " " + piece
    return parts


def _ruled_end(piece: str, src: str, tgt: str) -> bool:
    """Whether the last clause is a whole sentence that a module of _RULES takes: "Hôm nay trời đẹp, chúng ta đi dạo
    nhé." ends in "Let's go for a walk." where the model alone wrote "Today it's nice we go to the stomach."."""
    return _END.search(piece) is not None and _by_rule(_opened(piece), src, tgt) is not None


def _opened(piece: str) -> str:
    """A clause as a sentence of its own: a capital first, where it keeps the length (offsets into it still hold)."""
    return piece[:1].upper() + piece[1:] if len(piece[:1].upper()) == 1 else piece


def _greeted(text: str, src: str, tgt: str) -> str | None:
    """A greeting or thanks to someone by name, as the target says it: "Hi Lan," → "Chào Lan,", "Dear Mr. Smith," →
    "Kính gửi ông Smith,", "Cảm ơn Tuấn nhé!" → "Thank you, Tuan!". v6 wrote "Thái Lan," (Thailand), "Dear ông.
    Smith,", "Thank you!"; "Chào Minh!" → "Welcome!", "Happy birthday Lan!" → "Happy sinh nhật Happy!". None when the
    text is not one, or the words after the greeting may not be a name (`_a_name`)."""
    bare = _PARTICLE.sub("", text) if src == "vi" else text
    if (src, tgt) == ("vi", "en") and (said := _called(text) or _thanked(bare) or _apologised(bare)):
        return said
    said, text = _GREETED.get((src, tgt)), bare
    much = _MUCH.search(text) if src == "vi" else None  # "Cảm ơn chị Lan nhiều nhé!" (v6: "Thank Lan many!")
    m = said and said.fullmatch(text[: much.start()] + text[much.end():] if much else text)
    words = m.group("name").split() if m else []
    if not m or not all(_a_name(w, src) for w in words) or len(words) > 1 and names.known(words, src):
        return None  # ("Chào Hà Nội!" is left to the model, which knows Hanoi)
    greeting = GREETINGS[src, tgt][m.group("g").lower()]
    if much and greeting != "Thank you":
        return None
    greeting += " very much" if much else ""
    title = TITLES[m.group("t").lower()] if m.group("t") else ""
    if src == "en" and title and greeting == "Gửi":
        greeting = "Kính gửi"  # "Dear Mr. Smith," writes to someone the writer does not call by a given name
    name = strip_marks(m.group("name")) if tgt == "en" else m.group("name")
    comma = "," if tgt == "en" and greeting not in ("Hi", "Hello", "Dear") else ""
    return f"{greeting}{comma} {title + ' ' if title else ''}{name}{m.group('end')}"


def _called(text: str) -> str | None:
    """Someone called by name, as English calls them: "Chị Hoa ơi," → "Hoa,", "Chú Hùng ơi!" → "Uncle Hung!"; not
    a word of kinship alone ("Chú ơi", "Mẹ ơi": listed, or left to the model)."""
    m = _CALLED.fullmatch(text)
    words = m.group("name").split() if m else []
    if not m or any(w.lower() in names.KIN or not _a_name(w, "vi") for w in words):
        return None
    if len(words) > 1 and names.known(words, "vi"):  # "Hà Nội ơi!" is left to the model, which knows Hanoi
        return None
    title = names.KIN[m.group("t").lower()] if m.group("t") else ""
    return f"{title + ' ' if title else ''}{strip_marks(m.group('name'))}{m.group('end')}"


def _thanked(text: str) -> str | None:
    """Thanks for something someone did, as English says it: "Cảm ơn anh đã đến đón em." → "Thank you for picking me
    up.", "Cảm ơn mọi người đã đến!" → "Thank you all for coming!"; None for a deed not in the list (_DEEDS)."""
    m = _THANKED.fullmatch(text)
    if not m:
        return None
    deed, after = _DEEDS[m.group("deed").lower()]
    obj = _OBJECTS[m.group("obj").lower()] if m.group("obj") else "me" if after else ""
    if obj and after is None:  # "Cảm ơn bạn đã đến tôi" is not said so
        return None
    said = f"{deed} {obj}{after or ''}" if obj else re.sub(r" (?:for|to|about)$", "", deed)  # "waiting" alone
    you = "Thank you all" if m.group("you").lower() in _THANKED_ALL else "Thank you"
    return f"{you}{' so much' if m.group('much') else ''} for {said}{m.group('end') or '.'}"


def _apologised(text: str) -> str | None:
    """An apology for what the speaker did, as English says it: "Xin lỗi vì đã đến muộn." → "Sorry for being late.",
    "Xin lỗi đã để bạn chờ lâu." → "Sorry for keeping you waiting."; None for one not in the list (_MISDEEDS)."""
    m = _SORRY.fullmatch(text)
    if not m:
        return None
    said = next(said for k, (_, said) in _MISDEEDS.items() if m.group(k))
    return f"{'So sorry' if m.group('much') else 'Sorry'} for {said}{m.group('end') or '.'}"


def _a_name(word: str, lang: str) -> bool:
    """Whether a capitalised word after a greeting may be a name: not a word for God, family or everyone, and in
    English not a word written more often in small letters ("World", "Team", "Mom"; but "Tom", "Lan")."""
    if not word[:1].isupper() or word in NOT_NAMES[lang]:
        return False
    if lang == "vi":  # (without reading the table, which the answer does not need)
        return True
    table = restorer(lang).cased
    return table.count(word.lower(), inside=True) <= table.count(word, inside=True)


def continued(translation: str, lang: str) -> str:
    """The translation of a clause that goes on a sentence (after "Xin lỗi,"): its first word in small letters
    where `lang` usually writes it so inside a sentence ("where", "tôi"; not "I" or "Hà")."""
    word = re.match(r"[^\W\d_]+", translation)
    if not word or not word.group()[0].isupper():
        return translation
    table = restorer(lang).cased
    low = word.group()[0].lower() + word.group()[1:]
    keep = table.count(word.group(), inside=True) >= table.count(low, inside=True)  # an unknown word as written
    return translation if keep else low + translation[word.end():]


def comma_ended(translation: str) -> str:
    """The translation of a clause that the source ends with a comma, where the next part goes on the sentence: with
    a comma for the full stop the model writes on every clause it is given alone, or none ("He is not my father, he
    is my uncle." was "Anh ấy không phải là cha tôi. anh ấy là chú tôi."); "!", "?", "…" and an abbreviation's dot
    kept."""
    if translation.endswith(",") or ends_abbreviated(translation):
        return translation
    if translation.endswith(".") and not translation.endswith(".."):
        return translation[:-1] + ","
    return translation if _END.search(translation) or not translation else translation + ","


def _key(text: str) -> str:
    """A phrase as looked up: in small letters, without commas, final punctuation or a final particle ("Hẹn gặp lại
    nhé!" is "hẹn gặp lại"; v6 wrote "Hurry again!")."""
    return _PARTICLE.sub("", keyed(_END.sub("", text).replace(",", " ")))


@lru_cache(maxsize=None)
def _table(src: str, tgt: str) -> dict[str, str]:
    path = RESOURCES / f"phrases.{src}-{tgt}.txt"
    if not path.is_file():
        return {}
    return {_key(e.source): e.target for e in parse_glossary(path.read_text(encoding="utf-8"), limit=None).entries}
