"""Everyday questions and sentences of a known shape, translated whole by rule for the things, places and rides of their
lists or a term of mt/terms.py (mt.phrasebook.translate tries them after its listed phrases): where something is, how
far it is, how to get there and what it costs, whether a room has a thing, what time something leaves, a price for a
night or by the kilo (asked or said), a size, more of something asked for, where a place is beside another or on a side,
how to take a medicine (someone's name, work and age: mt/people.py). v6 gets most of them wrong ("Phòng này bao nhiêu
một đêm?" → "How many more a night?", "Ga tàu cách đây bao xa?" → "Train station How far?", "How far is it to the
airport?" → "Sân bay này đến bao nhiêu?").

    >>> translate("Phòng này có điều hòa không?", "vi", "en"), translate("Is there a bus to Hoi An?", "en", "vi")
    ('Does this room have air conditioning?', 'Có xe buýt đi Hội An không?')
"""
from __future__ import annotations

import re

from . import terms
from .lazy_re import lazy
from .numbers import EN_TO_VI, VI_NUMBER_WORDS, VI_TO_EN, restyled, value_of
from .text import alternatives, capitalised, keyed, regular_plural

# what may end a Vietnamese question after its words: a particle, "?"
_ENDING = r"(?:\s+(?:vậy|ạ|nhỉ|thế))?\s*\?*"
# a count in words, one to ten, or a digit (tickets, more of something, medicines)
_COUNT_VI = f"{'|'.join(VI_TO_EN)}|[1-9]"

# a term alone asked where it is (mt/terms.py): v6, shown it opening the sentence, wrote "Train station Where?" for
# "Ga tàu ở đâu?" (alone "Where do you go?"), "Where do the bus stop?" for "Trạm xe buýt ở đâu?" and "Where do my
# passport?" for "Hộ chiếu của tôi ở đâu?"; and the other way, "Where is the pharmacy?" (the term shown) → "Hiệu
# thuốc?", "Where is my passport?" → "Tôi chiếu hộ chiếu ở đâu?", "Where is Hoan Kiem Lake?" → "Hồ Hoàn Kiếm?"
_WHERE_IS = {("vi", "en"): lazy(r"(?:(?:(?:[Tt]ôi|[Mm]ình)\s+có\s+thể\s+)?(?P<do>[Mm]ua|[Tt]ìm)\s+)?"
                                r"(?P<what>[^,?]+?)"
                                r"(?:\s+của\s+(?P<whose>tôi|mình|bạn))?\s+ở\s+đâu"
                                + _ENDING),
             ("en", "vi"): lazy(r"[Ww]here(?:\s+is|\s+are|['’]s|\s+can\s+I\s+(?P<do>buy|find|get))\s+"
                                r"(?:the\s+|an?\s+|(?P<whose>your)\s+)?(?P<what>[^,?]+?)\s*\?*")}
# how far a term is (v6: "Hà Nội cách đây bao xa?" → "How did Hanoi?", "Ga tàu cách đây bao xa?" → "Train station How
# far?"; "How far is Hanoi from here?" → "Hà Nội đến từ đây?", "Is the bus stop far?" → "Có phải xe buýt ở xa không?")
_HOW_FAR = {("vi", "en"): lazy(r"(?P<what>[^,?]+?)\s+(?:(?P<how>cách\s+(?:đây|(?P<away>[^,?]+?))\s+bao\s+xa)"
                               r"|có\s+xa\s+không)" + _ENDING),
            ("en", "vi"): lazy(r"(?:(?P<how>[Hh]ow\s+far\s+is)\s+(?:the\s+)?(?P<what>[^,?]+?)"
                               r"(?:\s+from\s+(?:here|(?:the\s+)?(?P<away>[^,?]+?)))?"
                               r"|[Ii]s\s+(?:the\s+)?(?P<what2>[^,?]+?)\s+far(?:\s+from\s+here)?)\s*\?*")}
# whether a room, a hotel, a place to eat or "you" have something, or whether there is one here or nearby, both ways
# (v6: "Phòng này có điều hòa không?" → "Is this peace?", "Khách sạn có hồ bơi không?" → "Is the Hotel pool?", "Quán
# này có món chay không?" → "Is this a lemon?", "Gần đây có hiệu thuốc không?" → "Is it pharmacy?"; "Does the room
# have a balcony?" → "Có phải phòng vệ không?"): only with the place and the thing of these lists, or a term
# (mt/terms.py) for the thing; the first of each the other way
_HAVING = {"phòng": "room", "khách sạn": "hotel", "nhà hàng": "restaurant", "quán": "place", "căn hộ": "apartment",
           "homestay": "homestay", "món": "dish"}
_HAVING_VI = {en: vi for vi, en in _HAVING.items()}
_WHOSE_HAVING = {"vi": {"này": "this", "của bạn": "your", "bạn": "your", "": "the"},
                 "en": {"this": " này", "your": " của bạn", "the": "", "": ""}}
_AMENITIES = {"wifi": "wifi", "điều hòa": "air conditioning", "máy lạnh": "air conditioning",
              "máy điều hòa": "air conditioning", "hồ bơi": "a pool", "bể bơi": "a pool", "chỗ đậu xe": "parking",
              "chỗ đỗ xe": "parking", "bãi đậu xe": "parking", "bãi đỗ xe": "parking", "ban công": "a balcony",
              "bữa sáng": "breakfast", "ăn sáng": "breakfast", "món chay": "vegetarian food",
              "đồ chay": "vegetarian food", "thực đơn tiếng Anh": "an English menu", "nước nóng": "hot water",
              "tủ lạnh": "a fridge", "máy sấy tóc": "a hair dryer", "thang máy": "an elevator",
              "phòng trống": "a room available", "két sắt": "a safe", "bồn tắm": "a bathtub",
              "máy giặt": "a washing machine", "phòng gym": "a gym", "nhà vệ sinh": "a toilet",
              "chỗ ngồi ngoài trời": "outdoor seating", "chỗ sạc điện thoại": "somewhere to charge my phone",
              "ổ cắm": "a power socket", "hành": "onions", "tỏi": "garlic", "ớt": "chili", "thịt": "meat",
              "đậu phộng": "peanuts", "rau mùi": "coriander", "ngò": "coriander", "trứng": "eggs"}
_A = lazy(r"^(?:a|an|any)\s+")
# looked up in small letters, the English without "a"
_AMENITY = {"vi": {vi.lower(): en for vi, en in _AMENITIES.items()},
            "en": {_A.sub("", en).lower(): vi for vi, en in reversed(_AMENITIES.items())}}
_HAS_IT = {("vi", "en"): lazy(rf"(?:(?P<here>[Ởở]\s+đây)|(?P<near>[Gg]ần\s+đây)|"
                              rf"(?P<you>(?i:bạn|anh|chị|em|quý\s+khách))|(?P<what>(?i:{'|'.join(_HAVING)}))"
                              rf"(?:\s+(?P<whose>này|của\s+bạn|bạn))?)\s+có\s+(?P<thing>[^,?]+?)"
                              r"(?:\s+nào)?\s+không"
                              + _ENDING),
           ("en", "vi"): lazy(rf"(?:[Dd]oes\s+(?P<whose>the|this|your)\s+(?P<what>{'|'.join(_HAVING.values())})"
                              r"\s+have|(?P<you>[Dd]o\s+you\s+have)|[Ii]s\s+there)\s+(?:(?:a|an|any)\s+)?"
                              r"(?P<thing>[^,?]+?)(?:\s+(?:(?P<here>here)|(?P<near>nearby|near\s+here)))?\s*\?*")}
# what time something leaves, arrives, opens or closes, both ways (v6: "Tàu khởi hành lúc mấy giờ?" → "How long are
# it started?", "Quán này mở cửa đến mấy giờ?" → "How many hours open this window?", "Bao giờ tàu chạy?" → "Now the
# train?"; "When does the train leave?" → "Chiếc xe lửa này rời khỏi khi xe lửa?", "What time does this shop close?"
# → "… đóng cửa thời gian gì?"): only for the things and doings of these lists, the first of each the other way
_TIMED_THINGS = [("tàu", "train"), ("tàu hỏa", "train"), ("xe lửa", "train"), ("xe buýt", "bus"),
                 ("chuyến bay", "flight"), ("máy bay", "plane"), ("cửa hàng", "shop"), ("cửa hàng", "store"),
                 ("bảo tàng", "museum"), ("nhà hàng", "restaurant"), ("quán", "place"), ("siêu thị", "supermarket"),
                 ("ngân hàng", "bank"), ("chợ", "market"), ("bưu điện", "post office"), ("hiệu thuốc", "pharmacy"),
                 ("nhà thuốc", "pharmacy"), ("buổi hòa nhạc", "concert"), ("bộ phim", "film"), ("phim", "movie"),
                 ("cuộc họp", "meeting"), ("lớp học", "class"), ("buổi học", "class"), ("lớp", "class"),
                 ("tiết học", "lesson"), ("buổi biểu diễn", "show"), ("đám cưới", "wedding"),
                 ("lễ cưới", "wedding"), ("trận đấu", "game"), ("trận đấu", "match"), ("bữa tiệc", "party"),
                 ("tiệc", "party")]
_TIMED_DOINGS = [("khởi hành", "leave"), ("chạy", "leave"), ("xuất phát", "leave"), ("đến", "arrive"),
                 ("tới", "arrive"), ("mở cửa", "open"), ("mở", "open"), ("đóng cửa", "close"), ("đóng", "close"),
                 ("bắt đầu", "start"), ("kết thúc", "end"), ("kết thúc", "finish"), ("cất cánh", "take off"),
                 ("hạ cánh", "land")]
# (things, doings) each way, as mt/timetables.py reads them too (reversed: the first of a word wins)
TIMED = {("vi", "en"): (dict(reversed(_TIMED_THINGS)), dict(reversed(_TIMED_DOINGS))),
         ("en", "vi"): ({en: vi for vi, en in reversed(_TIMED_THINGS)},
                        {en: vi for vi, en in reversed(_TIMED_DOINGS)})}
# ... a ride to a place by its name, too (v7: "Tàu đi Huế lúc mấy giờ?" → "You're going to go to Hue at time?", "What
# time does the bus to Hoi An leave?" → "Chuyến xe buýt để Hội An rời khỏi nhà?"), where "đi Huế" says the leaving
_THING_VI = (rf"(?P<what>(?i:{alternatives(TIMED['vi', 'en'][0])}))(?:\s+(?P<this>này))?"
             r"(?:\s+đi\s+(?P<to>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?))?")
_DOING_VI = rf"(?:\s+(?P<will>sẽ\s+)?(?P<do>{alternatives(TIMED['vi', 'en'][1])})|(?(to)|(?!)))"
_WHAT_TIME = {("vi", "en"): [lazy(rf"{_THING_VI}{_DOING_VI}\s+(?:vào\s+)?(?:(?P<at>lúc)\s+)?"
                                  rf"(?P<until>(?:đến|tới)\s+)?(?:mấy\s+giờ|(?(at)nào|(?!)))" + _ENDING),
                             lazy(rf"(?:(?:[Ll]úc\s+)?[Mm]ấy\s+giờ|(?P<when>[Kk]hi\s+nào|[Bb]ao\s+giờ))\s+"
                                  rf"{_THING_VI}{_DOING_VI}" + _ENDING)],
              ("en", "vi"): [lazy(r"(?:(?P<at>[Ww]hat\s+time)|[Ww]hen)\s+(?:does|do|(?P<will>will))\s+"
                                  rf"(?P<this>the|this)\s+(?P<what>{'|'.join(TIMED['en', 'vi'][0])})"
                                  r"(?:\s+to\s+(?P<to>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))?\s+"
                                  rf"(?P<do>{'|'.join(TIMED['en', 'vi'][1])})\s*\?*")]}
_GOING = {"train", "bus", "flight", "plane"}  # what goes to a place (_what_time)
# how far it is or how long it takes to a place, and whether a bus or a train goes there, both ways (v6: "Từ đây đến
# sân bay bao xa?" → "How far is the airport coming from?", "Có xe buýt đi Hội An không?" → "Have a bus to Hoi An?";
# "How far is it to the airport?" → "Sân bay này đến bao nhiêu?", "Is there a bus to Hoi An?" → "Có xe buýt khi Hội
# An?"): only for a place that is a term, or one of those terms.place_vi knows
_RIDES = [("xe buýt", "bus"), ("xe khách", "coach"), ("tàu", "train"), ("tàu hỏa", "train"), ("xe lửa", "train"),
          ("chuyến bay", "flight"), ("thuyền", "boat"), ("phà", "ferry"), ("taxi", "taxi"), ("xe ôm", "motorbike taxi"),
          ("máy bay", "plane")]
RIDE = {("vi", "en"): dict(reversed(_RIDES)), ("en", "vi"): {en: vi for vi, en in reversed(_RIDES)}}
_RIDE_VI, _RIDE_EN = "|".join(RIDE["vi", "en"]), "|".join(RIDE["en", "vi"])
_TO_VI = r"(?:(?:đi\s+)?(?:đến|tới|ra|vào)|đi)\s+(?P<place>[^,?]+?)"  # ("Đi đến sân bay mất bao lâu?")
_GETTING = {("vi", "en"): [lazy(rf"[Tt]ừ\s+đây\s+{_TO_VI}\s+(?:(?P<far>bao\s+xa)|(?:có\s+)?xa\s+không)"
                                      + _ENDING),
                           lazy(rf"(?P<here>[Tt]ừ\s+đây\s+)?(?i:{_TO_VI})\s+(?P<long>mất\s+bao\s+lâu)" + _ENDING),
                           # ("Mất bao lâu để đến sân bay?": v7 "How long does you come to the airport?")
                           lazy(r"(?P<long>[Mm]ất\s+bao\s+lâu)\s+(?:để\s+)?(?:(?:tôi|mình)\s+)?(?:đi\s+)?"
                                r"(?P<here>từ\s+đây\s+)?(?:đi\s+)?(?:đến|tới|ra|vào)\s+(?P<place>[^,?]+?)"
                                + _ENDING),
                           lazy(rf"[Cc]ó\s+(?P<ride>{_RIDE_VI})\s+(?:nào\s+)?{_TO_VI}"
                                r"\s+không" + _ENDING),
                           lazy(r"(?P<how>(?i:làm\s+(?:sao|thế\s+nào)|bằng\s+cách\s+nào))\s+(?:để\s+)?"
                                rf"(?:(?:tôi|mình)\s+(?:có\s+thể\s+)?)?(?:đi\s+)?{_TO_VI}" + _ENDING),
                           lazy(rf"(?P<which>(?i:xe\s+buýt|tàu))\s+(?:số\s+mấy|nào)\s+(?:đi\s+)?{_TO_VI}"
                                      + _ENDING),
                           lazy(rf"(?P<this>(?i:{_RIDE_VI}))\s+này\s+có\s+(?:đi\s+)?{_TO_VI}\s+không"
                                      + _ENDING)],
            ("en", "vi"): [lazy(r"(?:(?P<far>[Hh]ow\s+far\s+is\s+it)|[Ii]s\s+it\s+far)\s+(?:from\s+here\s+)?"
                                r"to\s+(?:the\s+)?(?P<place>[^,?]+?)(?:\s+from\s+here)?\s*\?*"),
                           lazy(r"(?P<long>[Hh]ow\s+long\s+does\s+it\s+take)\s+to\s+(?:get|go)\s+to\s+"
                                r"(?:the\s+)?(?P<place>[^,?]+?)(?P<here>\s+from\s+here)?\s*\?*"),
                           lazy(rf"[Ii]s\s+there\s+an?\s+(?P<ride>{_RIDE_EN})\s+"
                                r"(?:that\s+goes\s+)?to\s+(?:the\s+)?(?P<place>[^,?]+?)\s*\?*"),
                           lazy(r"(?P<how>[Hh]ow\s+(?:do|can)\s+I)\s+get\s+to\s+(?:the\s+)?(?P<place>[^,?]+?)"
                                r"(?:\s+from\s+here)?\s*\?*"),
                           lazy(r"[Ww]hich\s+(?P<which>bus|train)\s+(?:goes|do\s+I\s+take)\s+to\s+(?:the\s+)?"
                                r"(?P<place>[^,?]+?)\s*\?*"),
                           lazy(rf"[Dd]oes\s+this\s+(?P<this>{_RIDE_EN})\s+(?:go|stop)\s+(?:to|at)\s+"
                                r"(?:the\s+)?(?P<place>[^,?]+?)\s*\?*")]}
_WHICH_RIDE = {"xe buýt": "bus", "tàu": "train", "bus": "Xe buýt số mấy", "train": "Tàu nào"}  # (either way)
# ... and what a ride or a ticket there costs, both ways (v6: "Đi taxi ra sân bay hết bao nhiêu tiền?" → "How much
# taxi went to the airport?", "Vé tàu đi Huế bao nhiêu tiền?" → "How much money does it get rid of to Hue?"; "How
# much does it cost to get to the airport by taxi?" → "Thị trường sân bay bằng taxi?")
_HOW_MUCH_VI = r"\s+(?:hết\s+|mất\s+)?(?:giá\s+)?bao\s+nhiêu(?:\s+tiền)?" + _ENDING
_FARES = {("vi", "en"): [lazy(rf"(?:[Đđ]i\s+)?(?P<ride>(?i:{_RIDE_VI}))\s+{_TO_VI}{_HOW_MUCH_VI}"),
                         lazy(rf"(?P<ticket>[Vv]é)\s+(?:(?P<ride>{_RIDE_VI})\s+)?{_TO_VI}{_HOW_MUCH_VI}")],
          ("en", "vi"): [lazy(rf"[Hh]ow\s+much\s+(?:is|does)\s+(?:a|the)\s+(?P<ride>{_RIDE_EN})\s+"
                              r"(?:ride\s+)?to\s+(?:the\s+)?(?P<place>[^,?]+?)(?:\s+cost)?\s*\?*"),
                         lazy(r"[Hh]ow\s+much\s+does\s+it\s+cost\s+to\s+(?:get|go)\s+to\s+(?:the\s+)?"
                              rf"(?P<place>[^,?]+?)(?:\s+by\s+(?P<ride>{_RIDE_EN}))?\s*\?*"),
                         lazy(rf"[Hh]ow\s+much\s+is\s+(?:a|the)\s+(?:(?P<ride>{_RIDE_EN})\s+)?"
                              r"(?P<ticket>ticket)\s+to\s+(?:the\s+)?(?P<place>[^,?]+?)\s*\?*")]}
# ... and tickets to a place asked for (v6: "Cho tôi một vé tàu đi Đà Nẵng." → "Give me a train to Da Nang.", "Một vé
# đi Hà Nội." → "One ticket went to Hanoi.", "Cho tôi một vé khứ hồi." → "… a ticket to the past"; "Two tickets to
# Hue, please." → "Hai vé đến Huế, xin vui lòng.", "A return ticket, please." → "Làm ơn.", the ticket lost)
_TICKET_KINDS = {"khứ hồi": "return", "một chiều": "one-way"}
_TICKET_KINDS_EN = {en: vi for vi, en in _TICKET_KINDS.items()}
_TICKETS = {("vi", "en"): lazy(rf"(?:(?i:cho|bán\s+cho)\s+(?:tôi|mình|chúng\s+tôi)\s+)?(?P<n>(?i:{_COUNT_VI}))\s+"
                               rf"vé(?:\s+(?P<ride>{_RIDE_VI}))?(?:\s+(?P<kind>{alternatives(_TICKET_KINDS)}))?"
                               rf"(?:\s+{_TO_VI})?(?:\s+(?:nhé|ạ))?\s*[.!]*"),
            ("en", "vi"): lazy(r"(?:(?:(?i:can|could|may)\s+I\s+have|I['’]d\s+like)\s+)?"
                               r"(?P<n>(?i:an?|one|two|three|four|five|[1-9]))\s+"
                               rf"(?:(?P<kind>{alternatives(_TICKET_KINDS.values())})\s+)?"
                               rf"(?:(?P<ride>{_RIDE_EN})\s+)?tickets?(?:\s+to\s+(?:the\s+)?(?P<place>[^,?]+?))?"
                               r"(?:,?\s+please)?\s*[.!?]*")}
# a thing to wear in another size (v6: "Cái áo này có size nhỏ hơn không?" → "Is this coat smaller than?"); not the
# other way, which v6 gets across ("Do you have these shoes in a bigger size?" → "Bạn có những đôi giày này trong
# kích cỡ lớn hơn không?")
WORN = {"áo khoác": "jacket", "áo": "shirt", "quần": "trousers", "giày": "shoes", "váy": "dress", "dép": "sandals",
         "mũ": "hat"}
WORN_IN_PAIRS = {"trousers", "shoes", "sandals"}  # "these shoes" (not "dress", which ends so too)
_SIZES = {"nhỏ": "smaller", "lớn": "bigger", "to": "bigger"}
_IN_A_SIZE = lazy(rf"(?:(?:[Cc]ái|[Cc]hiếc|[Đđ]ôi)\s+)?(?:(?P<what>(?i:{'|'.join(WORN)}))\s+)?này\s+"
                  r"(?:có|còn)\s+(?:(?:size|cỡ)\s+(?P<size>nhỏ|lớn|to)\s+hơn|(?P<colour>màu\s+khác))\s+không"
                  + _ENDING)
# colours by name ("xanh" alone is blue or green: not taken); mt/favourites.py reads them too
COLOURS = {"màu đỏ": "red", "màu vàng": "yellow", "màu trắng": "white", "màu đen": "black", "màu hồng": "pink",
           "màu tím": "purple", "màu cam": "orange", "màu nâu": "brown", "màu xám": "grey", "màu xanh dương": "blue",
           "màu xanh da trời": "blue", "màu xanh lá": "green", "màu xanh lá cây": "green"}
COLOURS_VI = {en: vi for vi, en in reversed(COLOURS.items())} | {"gray": "màu xám"}
# ... in a colour by name, asking the seller: "Bạn có cái áo này màu đỏ không?" (v7: "Do you have this red coat?";
# "Do you have this in red?" → "Bạn có màu đỏ không?", losing "this")
_IN_COLOUR = lazy(rf"(?:(?:[Bb]ạn|[Ss]hop|[Cc]ửa\s+hàng)\s+)?(?:[Cc]ó|[Cc]òn)\s+"
                  rf"(?:(?:cái|chiếc|đôi)\s+)?(?:(?P<what>(?i:{'|'.join(WORN)}))\s+)?này\s+"
                  rf"(?P<named>{alternatives(COLOURS)})\s+không" + _ENDING)
# ... another colour, and the other way (v6: "Cái áo này có màu khác không?" → "Is this other color?"; "Do you have
# this in another colour?" → "Bạn có màu này trong một màu khác không?")
_WORN_VI = {en: vi for vi, en in reversed(WORN.items())}
_IN_A_SIZE_EN = lazy(rf"Do\s+you\s+have\s+(?:this|these|it|them)(?:\s+(?P<what>{alternatives(_WORN_VI)}))?\s+"
                     r"in\s+(?:a\s+(?P<size>smaller|bigger|larger)\s+size|(?P<colour>another\s+colou?r|"
                     rf"other\s+colou?rs|a\s+different\s+colou?r)|(?P<named>{alternatives(COLOURS_VI)}))\s*\?*")
# ... and that it is too big, small, tight (v6: "Cái này to quá." → "This is too much."; "This is too big." → "Điều
# này quá lớn.", this matter)
_FITS = {"to": "big", "lớn": "big", "nhỏ": "small", "chật": "tight", "rộng": "loose", "dài": "long", "ngắn": "short",
         "đắt": "expensive"}
_FITS_VI = {en: vi for vi, en in reversed(_FITS.items())} | {"large": "to"}
_THIS_WORN = rf"(?:(?P<one>[Cc]ái|[Cc]hiếc|[Đđ]ôi)\s+)(?:(?P<what>(?i:{alternatives(WORN)}))\s+)?này"
_TOO = {("vi", "en"): lazy(rf"(?:{_THIS_WORN}|(?P<what2>(?i:{alternatives(WORN)}))\s+này)\s+"
                           rf"(?:(?P<bit>hơi)\s+|(?P<too0>quá)\s+)?(?P<how>{alternatives(_FITS)})"
                           r"(?:\s+(?P<too>quá))?(?:\s+(?:rồi|ạ))?\s*(?P<end>[.!]*)"),
        ("en", "vi"): lazy(rf"(?:(?P<this>This|It)|(?P<these>This|These)\s+(?P<what>{alternatives(_WORN_VI)}))"
                           r"(?:['’]s|\s+is|\s+are)\s+(?:(?P<too>too)|(?P<bit>a\s+(?:bit|little)(?:\s+too)?))\s+"
                           rf"(?P<how>{alternatives(_FITS_VI)})\s*(?P<end>[.!]*)")}
# ... and what it costs (v6: "Cái áo này bao nhiêu tiền?" → "How much money does this coat?")
_WORN_PRICE = lazy(rf"(?:(?:[Cc]ái|[Cc]hiếc|[Đđ]ôi)\s+)?(?P<what>(?i:{alternatives(WORN)}))\s+này\s+"
                   r"(?:giá\s+)?bao\s+nhiêu(?:\s+tiền)?" + _ENDING)
# what something costs for a day, a night, a person … (v6: "Phòng này bao nhiêu một đêm?" → "How many more a
# night?", "Vé bao nhiêu tiền một người?" → "How much money a person spends?", "Thuê xe máy bao nhiêu tiền một
# ngày?" → "How much money does the motorcycle a day?"): only for a thing that is a term or of this list, or "this"
_PRICED = {"phòng": "room", "vé": "ticket", "xe máy": "motorbike", "xe đạp": "bicycle", "ô tô": "car", "xe hơi": "car",
           "suất": "serving", "bàn": "table", "giường": "bed", "người": "person"}
_ANY_THING = {"", "cái", "chiếc", "xe"}  # "this" with "này", else "it"
_PER = {"ngày": "day", "đêm": "night", "người": "person", "giờ": "hour", "tiếng": "hour", "tuần": "week",
        "tháng": "month", "cân": "kilo", "ký": "kilo", "kg": "kilo", "cái": "each", "chiếc": "each", "quả": "each",
        "suất": "each", "vé": "each"}
_PER_VI = rf"(?P<per>{'|'.join(_PER)})"
_COSTS = [lazy(r"(?:(?P<rent>[Tt]huê)\s+)?(?P<what>[^,?]+?)\s+(?:giá\s+)?bao\s+nhiêu(?:\s+tiền)?\s+một\s+"
                     + _PER_VI + _ENDING),
          lazy(rf"[Mm]ột\s+{_PER_VI}\s+(?:giá\s+)?bao\s+nhiêu(?:\s+tiền)?" + _ENDING),
          lazy(rf"[Bb]ao\s+nhiêu(?:\s+tiền)?\s+một\s+{_PER_VI}" + _ENDING)]
# ... and what is sold by the kilo at a market, asked or said, both ways, with the things of _PRICED (v6: "Bao nhiêu
# tiền một cân?" → "How much money is a balance?", "Cam 50 nghìn một cân." → "The 50 thousand aquisition.",
# "Thuê xe máy 150 nghìn một ngày." → "The motorcycle of 150 thousand a day."; "How much is it per kilo?" → "Chỉ
# cần bao nhiêu ki-lô-mét?", "How much is it per person?" → "Người ta có bao nhiêu?")
BY_THE_KILO = {"cam": "oranges", "xoài": "mangoes", "táo": "apples", "chuối": "bananas", "nho": "grapes",
                "vải": "lychees", "thanh long": "dragon fruit", "dưa hấu": "watermelon", "cà chua": "tomatoes",
                "khoai tây": "potatoes", "thịt bò": "beef", "thịt lợn": "pork", "thịt heo": "pork",
                "thịt gà": "chicken", "cá": "fish", "tôm": "prawns", "cua": "crabs", "gạo": "rice"}
_FOR_SALE = _PRICED | BY_THE_KILO
# ... and bought by weight, asked for or said (v7: "Cho tôi một cân cam." → "Give me a pledge.", "Bán cho tôi hai cân
# xoài." → "The penis for me two bulbs.", "Tôi muốn mua nửa cân thịt bò." → "I want to buy half beef."; "Give me a
# kilo of oranges, please." → "Đưa tôi một ki-lô-mét, vui lòng.", "Can I have half a kilo of beef?" → "… nửa thịt bò
# …"): a weight of kilos, of "lạng" (100 grams) or grams
_KILOS, _HUNDREDS, _GRAMS = ("cân", "ký", "kí", "kg", "kilô"), ("lạng",), ("gam", "gram", "g")
_WEIGHT_VI = (rf"(?P<n>nửa|{'|'.join(VI_TO_EN)}|\d{{1,3}}(?:[.,]5)?)\s*"
              rf"(?P<unit>{'|'.join(_KILOS + _HUNDREDS + _GRAMS)})\s+(?P<thing>{alternatives(BY_THE_KILO)})")
_WEIGHED = lazy(r"(?:[Ll]àm\s+ơn\s+)?(?:(?:[Cc]ho|[Bb]án\s+cho|[Ll]ấy\s+cho)\s+(?:tôi|mình|em)\s+(?:xin\s+)?|"
                rf"(?P<buy>(?:[Tt]ôi|[Mm]ình|[Ee]m)\s+muốn\s+mua)\s+){_WEIGHT_VI}"
                r"(?P<asked>(?:\s+được)?\s+không)?(?:\s+(?:nhé|nha|ạ|với))?\s*(?P<end>[.!?]*)")
_KILO_EN = {"half a": "nửa", "a": "một", "an": "một"} | EN_TO_VI
_WEIGHED_EN = lazy(r"(?:(?P<asked>(?i:can|could|may)\s+I\s+(?:have|get))\s+|(?i:I['’]d|I\s+would)\s+like\s+"
                   r"(?:(?P<buy>to\s+buy)\s+)?|(?i:give\s+me)\s+)?"
                   rf"(?P<n>(?i:{alternatives(_KILO_EN)})|\d{{1,3}}(?:\.5)?)\s*"
                   r"(?P<unit>kilos?|kilograms?|kg|grams?|g)\s+of\s+"
                   rf"(?P<thing>{alternatives(BY_THE_KILO.values())})(?:,?\s+please)?\s*(?P<end>[.!?]*)")
_FOR_SALE_VI = {en: vi for vi, en in reversed(_FOR_SALE.items())}
# whether a price includes something, asked (v7: "Phòng có bao gồm bữa sáng không?" → "Can you include breakfast?",
# "Giá phòng đã bao gồm bữa sáng chưa?" → "Is the office included breakfast?"; "Does the price include breakfast?" →
# "Giá bao gồm ăn sáng?")
_INCLUDED = {"bữa sáng": "breakfast", "ăn sáng": "breakfast", "bữa trưa": "lunch", "bữa tối": "dinner", "thuế": "tax",
             "VAT": "VAT", "phí dịch vụ": "the service charge", "bảo hiểm": "insurance", "nước uống": "drinks",
             "đưa đón sân bay": "airport transfers", "hướng dẫn viên": "a guide"}
_INCLUDED_VI = {en: vi for vi, en in reversed(_INCLUDED.items())} | {"service charge": "phí dịch vụ"}
_INCLUDING = {"giá phòng": "the room rate", "giá vé": "the ticket price", "giá": "the price", "phòng": "the room",
              "vé": "the ticket", "tour": "the tour"}
_INCLUDING_VI = {en.removeprefix("the "): vi for vi, en in reversed(_INCLUDING.items())} | {"room price": "giá phòng"}
_INCLUDES = lazy(rf"(?P<what>(?i:{alternatives(_INCLUDING)}))(?:\s+(?P<this>này))?\s+(?:đã\s+|có\s+)?bao\s+gồm\s+"
                 rf"(?P<item>(?i:{alternatives(_INCLUDED)}))\s+(?:chưa|không)" + _ENDING)
_INCLUDES_EN = lazy(rf"Does\s+(?P<this>the|this)\s+(?P<what>{alternatives(_INCLUDING_VI)})\s+include\s+"
                    rf"(?:the\s+)?(?P<item>{alternatives(_INCLUDED_VI)})\s*\?+")
_PER_EN = {"kilo": "cân", "kg": "cân", "night": "đêm", "day": "ngày", "person": "người", "hour": "tiếng",
           "week": "tuần", "month": "tháng"}
_COSTS_EN = lazy(r"How\s+much\s+(?:is|are)\s+(?P<what>it|this|these|they|(?:the|this|these)\s+[^?]+?)\s+"
                 rf"(?:per|a|an)\s+(?P<per>{alternatives(_PER_EN)})\s*\?+")
SUM_VI = (r"(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d)?)\s*(?:(?P<scale>nghìn|ngàn|k|triệu|tr)(?:\s*(?:đồng|đ))?|"
           r"(?:đồng|đ|VNĐ|VND))(?!\w)")
SUM_EN = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d)?)(?:\s+(?P<scale>thousand|million))?\s*(?:dong|VND)(?!\w)"
_SCALES = {"nghìn": 1000, "ngàn": 1000, "k": 1000, "triệu": 10**6, "tr": 10**6, "thousand": 1000, "million": 10**6}
_PRICE_IS = lazy(rf"(?:(?P<rent>[Tt]huê)\s+)?(?:(?![Gg]iá\s)(?P<what>[^,?]+?)\s+)?(?:[Gg]iá\s+|là\s+)?"
                 rf"{SUM_VI}\s+(?:một|1|mỗi)\s+{_PER_VI}\s*(?P<end>[.!]*)")
_PRICE_IS_EN = lazy(rf"(?P<what>It|They|This|These|(?:The|This|These)\s+[^.!]+?|[A-Z][a-z]+)\s*(?:['’]s|is|are|"
                    rf"costs?)\s+{SUM_EN}\s+(?:per|a|an)\s+(?P<per>{alternatives(_PER_EN)})\s*(?P<end>[.!]*)")
# more of something asked for ("Cho tôi thêm một chai nước." → "Give me a bottle of water.", "Cho tôi thêm một ly cà
# phê." → "Let me add a cup of coffee.", "Cho tôi thêm cơm." → "Give me a bm.", "Cho tôi thêm hai chai bia." → "Give
# me more than two bottles of beer."): for the things and the measures of these lists
SERVED = {"nước": "water", "nước lọc": "water", "nước suối": "water", "nước cam": "orange juice", "cà phê": "coffee",
           "trà": "tea", "trà đá": "iced tea", "bia": "beer", "rượu vang": "wine", "đá": "ice", "nước đá": "ice",
           "cơm": "rice", "bánh mì": "bread", "sữa": "milk", "đường": "sugar", "ớt": "chili", "nước mắm": "fish sauce",
           "nước chấm": "dipping sauce", "rau": "herbs", "chăn": "blanket", "gối": "pillow", "khăn tắm": "towel",
           "khăn": "towel", "khăn giấy": "napkin", "đũa": "chopsticks", "thìa": "spoon", "muỗng": "spoon",
           "nĩa": "fork", "giấy vệ sinh": "toilet paper", "phở": "pho", "phở bò": "beef pho", "phở gà": "chicken pho",
           "bún chả": "bun cha", "cơm rang": "fried rice", "cơm chiên": "fried rice", "cà phê đen": "black coffee",
           "cà phê sữa": "milk coffee", "cà phê sữa đá": "iced milk coffee", "trà sữa": "bubble tea",
           "sinh tố": "smoothie", "nước mía": "sugarcane juice"}
_UNCOUNTED_SERVED = {"water", "orange juice", "tea", "iced tea", "wine", "ice", "rice", "bread", "milk", "sugar",
                     "chili", "fish sauce", "dipping sauce", "herbs", "chopsticks", "toilet paper", "coffee", "pho",
                     "beef pho", "chicken pho", "bun cha", "fried rice", "black coffee", "milk coffee",
                     "iced milk coffee", "bubble tea", "sugarcane juice"}
_MEASURES = {"chai": "bottle", "ly": "glass", "cốc": "glass", "tách": "cup", "bát": "bowl", "chén": "bowl",
             "tô": "bowl", "đĩa": "plate", "suất": "serving", "phần": "serving", "lon": "can", "gói": "pack",
             "đôi": "pair", "miếng": "piece", "lát": "slice", "cuộn": "roll", "cái": "", "chiếc": ""}
_MORE = lazy(r"(?:[Ll]àm\s+ơn\s+)?(?:(?i:bạn|anh|chị|em)\s+)?(?:(?i:có\s+thể)\s+)?"
             r"(?:[Cc]ho|[Ll]àm\s+ơn\s+cho)\s+(?:(?:tôi|mình|chúng\s+tôi|em)\s+)?(?:xin\s+)?"
             rf"(?:(?P<more>thêm)\s+)?(?:(?P<n>{_COUNT_VI})\s+)?"
             rf"(?:(?P<measure>{alternatives(_MEASURES)})\s+)?"
             rf"(?P<thing>{alternatives(SERVED)})"
             r"(?:\s+(?P<again>nữa))?(?P<asked>(?:\s+được)?\s+không)?(?:\s+(?:nhé|nha|ạ))?\s*[.!?]*")
# ... and the other way ("Can I have another pillow?" → "Tôi có thể bị một viên thuốc khác không?", a pill; "Could I
# get some more ice?" → "… một số thêm đá …"): the first Vietnamese of each, a drink counted in its usual measure
_SERVED_VI = {en: vi for vi, en in reversed(SERVED.items())}
_MEASURES_VI = {en: vi for vi, en in reversed(_MEASURES.items()) if en} | {"cup": "ly"}
_SERVED_IN = {"water": "chai", "beer": "chai", "coffee": "ly", "tea": "ly", "iced tea": "ly", "orange juice": "ly",
              "wine": "ly", "milk": "ly", "pho": "bát", "beef pho": "bát", "chicken pho": "bát", "bun cha": "suất",
              "fried rice": "đĩa", "black coffee": "ly", "milk coffee": "ly", "iced milk coffee": "ly",
              "bubble tea": "ly", "smoothie": "ly", "sugarcane juice": "ly"}
_MORE_EN = lazy(r"(?:(?P<asked>(?i:can|could|may)\s+I\s+(?:have|get))\s+|(?i:I['’]d|I\s+would)\s+like\s+)?"
                r"(?:(?P<another>(?i:another))|(?:(?P<n>(?i:one|two|three|four|five|some)|\d)\s+)?(?i:more))\s+"
                rf"(?:(?P<measure>{alternatives(_MEASURES_VI)})"
                r"(?:s|es)?\s+of\s+)?"
                rf"(?P<thing>{alternatives(_SERVED_VI)})(?:s|es)?"
                r"(?:,?\s+please)?\s*[.!?]*")
# ... and asked for, not more of it ("Can I have some water, please?" → "Có thể tôi có một vài nước, vui lòng?", "Could
# we have some ice?" → "… một số món ăn …", a dish; "Can I have a beer?" → "Tôi có thể có bia được không?")
_ASKED_MEASURES = _MEASURES_VI | {"cup": "tách"}  # (as mt.amounts wrote "a cup of tea" before)
_ASKED_FOR_EN = lazy(r"(?:(?P<asked>(?i:can|could|may)\s+(?P<who>I|we)\s+(?:have|get))|"
                     r"(?i:I['’]d|I\s+would)\s+like)\s+(?:(?P<n>(?i:an?|one|two|three|some)|\d)\s+)?"
                     rf"(?:(?P<measure>{alternatives(_MEASURES_VI)})(?:s|es)?\s+of\s+)?"
                     rf"(?P<thing>{alternatives(_SERVED_VI)})(?:s|es)?"
                     r"(?:,?\s+please)?\s*[.!?]*")
# ... and said with "please" alone ("Two beers, please." → "Hai bia, xin vui lòng.", "One iced tea, please." → "Một
# trà đá hãy vui lòng.")
_PLEASE_EN = lazy(r"(?P<n>(?i:an?|one|two|three|four|five)|\d)\s+"
                  rf"(?:(?P<measure>{alternatives(_MEASURES_VI)})(?:s|es)?\s+of\s+)?"
                  rf"(?P<thing>(?i:{alternatives(_SERVED_VI)}))(?:s|es)?,?\s+please\s*[.!]*")
# where a place is beside another (v6: "Khách sạn ở đối diện bưu điện." → "Hotels in the post office.", "Nó ở gần
# chợ." → "It was near the market."; "It's next to the bank." → "Tiếp theo ngân hàng.", "The hotel is opposite the
# post office." → "Khách sạn ngược lại văn phòng.", the other way round): "it", a place of _HAVING or a term, beside a
# place (a_place)
_BESIDE = [("ngay cạnh", "right next to"), ("bên cạnh", "next to"), ("cạnh", "next to"), ("đối diện", "opposite"),
           ("đối diện với", "opposite"), ("gần", "near"), ("phía sau", "behind"), ("đằng sau", "behind"),
           ("phía trước", "in front of"), ("ngay đối diện", "right across from"), ("đối diện", "across from")]
_BESIDE_EN = {en: vi for vi, en in reversed(_BESIDE)}
_BESIDE_VI = {vi: en for vi, en in reversed(_BESIDE)}
_IS_BESIDE = {("vi", "en"): lazy(r"(?:(?P<it>[Nn]ó|[Cc]hỗ\s+đó)|(?P<what>[^,?.]+?)"
                                 r"(?:\s+của\s+(?P<whose>tôi|mình))?)\s+ở\s+"
                                 rf"(?P<rel>{alternatives(_BESIDE_VI)})\s+(?P<place>[^,?.!]+?)\s*[.!]*"),
              ("en", "vi"): lazy(r"(?:(?P<it>It['’]s|It\s+is)|(?:[Tt]he|(?P<whose>[Mm]y))\s+(?P<what>[^,?.]+?)"
                                 rf"\s+is)\s+(?P<rel>{alternatives(_BESIDE_EN)})\s+(?:the\s+)?"
                                 r"(?P<place>[^,?.!]+?)\s*[.!]*")}
# ... or on a side (v6: "Hiệu thuốc ở bên trái." → "Pharmacy at left.", "Khách sạn ở bên tay trái." → "The hotel at
# the left hand."; "The hotel is on the left." → "Khách sạn nằm trên trái.", "It's on your right." → "Cái đó đúng là
# của bạn.", true, yours)
SIDES = {"trái": "left", "phải": "right", "left": "trái", "right": "phải"}  # (either way)
_ON_A_SIDE = {("vi", "en"): lazy(r"(?:(?P<it>[Nn]ó|[Cc]hỗ\s+đó)|(?P<what>[^,?.]+?))\s+(?:ở|nằm)\s+"
                                 r"(?:ở\s+)?(?:phía\s+)?(?:bên\s+)?(?:tay\s+)?(?P<side>trái|phải)"
                                 r"(?:\s+(?:của\s+)?(?P<your>bạn|anh|chị|em))?(?:\s+tay)?\s*[.!]*"),
              ("en", "vi"): lazy(r"(?:(?P<it>It['’]s|It\s+is)|(?:[Tt]he|(?P<whose>[Mm]y))\s+(?P<what>[^,?.]+?)"
                                 r"\s+is)\s+on\s+(?:the|(?P<your>your))\s+(?P<side>left|right)"
                                 r"(?:[\s-]+hand)?(?:\s+side)?\s*[.!]*")}
# how to take a medicine, both ways (v6: "Uống một viên, ngày ba lần." → "Take a member, three times.", "Ngày uống
# hai lần, mỗi lần một viên." → "Second day drinks every single."; "Take one tablet three times a day." → "Hãy dùng
# máy tính bảng một lần một ngày.", a tablet computer once a day)
# whether a shop or "you" sell something (v6: "Bạn có bán kem chống nắng không?" → "Do you get sunscreen?", "Ở đây có
# bán áo mưa không?" → "Are there sales raincoat?", "Cửa hàng này có bán thuốc đau đầu không?" → "Does this store
# headache medicine?"): only for the things of this list, said as the question says them, or a term (mt/terms.py),
# several of one that is counted
_SOLD = {"kem chống nắng": "sunscreen", "ô": "umbrellas", "dù": "umbrellas", "pin": "batteries", "sữa": "milk",
         "bia": "beer", "cà phê": "coffee", "trà": "tea", "nước": "water", "đồ chay": "vegetarian food",
         "vé xe buýt": "bus tickets", "vé": "tickets", "bản đồ": "maps", "thuốc lá": "cigarettes",
         "bàn chải đánh răng": "toothbrushes", "kem đánh răng": "toothpaste", "dầu gội": "shampoo",
         "xà phòng": "soap", "khăn giấy": "tissues", "giấy vệ sinh": "toilet paper", "trái cây": "fruit",
         "hoa quả": "fruit", "rau": "vegetables", "thuốc chống muỗi": "mosquito repellent",
         "kem chống muỗi": "mosquito repellent", "sạc điện thoại": "phone chargers", "cục sạc": "chargers",
         "tai nghe": "earphones", "mũ bảo hiểm": "helmets", "nón bảo hiểm": "helmets", "kính râm": "sunglasses",
         "bưu thiếp": "postcards", "tem": "stamps", "báo": "newspapers", "nước ngọt": "soft drinks",
         "đồ ăn vặt": "snacks", "bánh kẹo": "sweets", "băng vệ sinh": "sanitary pads", "khẩu trang": "face masks",
         "túi": "bags", "thẻ điện thoại": "phone cards", "rượu": "wine", "bật lửa": "lighters",
         "áo mưa": "raincoats", "thẻ sim": "SIM cards", "sim": "SIM cards", "quà lưu niệm": "souvenirs",
         "nón lá": "conical hats"}
_SELLERS = {"bạn": "you", "anh": "you", "chị": "you", "em": "you", "cô": "you", "chú": "you", "bác": "you",
            "ở đây": "here", "cửa hàng này": "this shop", "cửa hàng": "the shop", "tiệm này": "this shop",
            "quán này": "this place", "siêu thị này": "this supermarket", "siêu thị": "the supermarket",
            "chợ": "the market"}
_SOLD_VI = {en: vi for vi, en in reversed(_SOLD.items())}  # (reversed: the first wins)
_SELLERS_VI = {en: vi for vi, en in reversed(_SELLERS.items()) if en not in ("you", "here")} | {
    "this store": "cửa hàng này", "the store": "cửa hàng"}
_SELLS = {("vi", "en"): lazy(rf"(?P<who>(?i:{alternatives(_SELLERS)}))\s+có\s+bán\s+(?P<what>[^,?]+?)"
                             rf"(?:\s+(?P<here>ở\s+đây))?\s+không" + _ENDING),
          ("en", "vi"): lazy(rf"(?:Do\s+(?:you|they)|Does\s+(?P<who>{alternatives(_SELLERS_VI)}))\s+sell\s+"
                             r"(?P<what>[^,?]+?)(?P<here>\s+here)?\s*\?*")}
_MEALS = {"after": "sau bữa ăn", "before": "trước bữa ăn", "sau": "after meals", "trước": "before meals"}
_WHEN_VI = r"(?:\s*,)?(?:\s+(?P<when>sau|trước)\s+(?:khi\s+ăn|bữa\s+ăn|ăn))?\s*[.!]*"
_DOSE = {("vi", "en"): [lazy(rf"(?:[Mm]ỗi\s+lần\s+)?[Uu]ống\s+(?P<n>{_COUNT_VI})\s+viên(?:\s*,)?\s+"
                             rf"(?:một\s+|mỗi\s+)?ngày\s+(?P<k>{_COUNT_VI})\s+lần" + _WHEN_VI),
                        lazy(rf"(?:[Mm]ột\s+|[Mm]ỗi\s+)?[Nn]gày\s+uống\s+(?P<k>{_COUNT_VI})\s+lần"
                             rf"(?:\s*,\s*mỗi\s+lần\s+(?P<n>{_COUNT_VI})\s+viên)?" + _WHEN_VI),
                        lazy(rf"[Uu]ống\s+(?P<n>{_COUNT_VI})\s+viên\s+mỗi\s+ngày" + _WHEN_VI)],
         ("en", "vi"): [lazy(r"[Tt]ake\s+(?:(?P<n>one|two|three|four|[1-9])\s+(?:tablet|pill|capsule)s?|"
                             r"(?P<this>this(?:\s+medicine)?|it))\s+"
                             r"(?P<k>once|twice|(?:three|four|[1-9])\s+times)\s+(?:a|per|each)\s+day"
                             r"(?:\s+(?P<when>after|before)\s+meals)?\s*[.!]*")]}
_TIMES_EN = {"1": "once", "2": "twice"}
# the nearest one ("Cây ATM gần nhất ở đâu?"; v6: "Where did ATM tree?")
_NEAREST = {"vi": lazy(r"\s+gần(?:\s+đây)?\s+nhất$"), "en": lazy(r"^nearest\s+")}
# where one can buy or find a term: shown the term, v6 lost "where" ("Where can I find a pharmacy?" → "Tôi có thể
# tìm một hiệu thuốc không?", "Where can I get a taxi?" → "… nhận được một taxi không?"; "Tôi có thể mua áo mưa ở
# đâu?" → "Where do I buy raincoat?")
_DO = {"buy": "mua", "find": "tìm", "get": "tìm", "mua": "buy", "tìm": "find"}
_WHICH = set("the this that these those my your his her our their a an".split())
# a term that is something done or said of something, not a thing to be found ("bật điều hòa", turn on the air
# conditioning; "hết hàng", is out of stock; "nhớ nhà", miss home: "Bạn có nhớ nhà không?" was "Do you have miss home?")
_NOT_A_THING = set("turn have has had is are sold for check book booked take took can't in out đi đã không bị trời "
                   "đặt trả miss nhớ bring brought mang".split())

def translate(text: str, src: str, tgt: str) -> str | None:
    """The translation of a sentence of one of the shapes by rule; None for any other."""
    rules = (_where_is, _is_beside, _on_a_side, _how_far, _getting_there, _fare, _tickets, _in_a_size, _too,
             _worn_price, _costs, _costs_vi, _price_is, _sells, _more, _weighed, _includes,
             _dose, _has_it, _what_time)
    return next((said for rule in rules if (said := rule(text, src, tgt))), None)


def _includes(text: str, src: str, tgt: str) -> str | None:
    """"Giá phòng đã bao gồm bữa sáng chưa?" as "Does the room rate include breakfast?" (_INCLUDES), "Does the price
    include tax?" as "Giá đã bao gồm thuế chưa?" (_INCLUDES_EN); None for anything else."""
    if (src, tgt) == ("en", "vi"):
        m = _INCLUDES_EN.fullmatch(text.strip())
        if m is None:
            return None
        what = capitalised(_INCLUDING_VI[m["what"]]) + (" này" if m["this"] == "this" else "")
        return f"{what} đã bao gồm {_INCLUDED_VI[m['item']]} chưa?"
    m = _INCLUDES.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    if not m or "?" not in text:
        return None
    what = _INCLUDING[keyed(m["what"])]
    item = next(en for vi, en in _INCLUDED.items() if keyed(vi) == keyed(m["item"]))
    return f"Does {'this ' + what.removeprefix('the ') if m['this'] else what} include {item}?"


def _weighed(text: str, src: str, tgt: str) -> str | None:
    """"Cho tôi hai cân táo." as "Two kilos of apples, please.", "Tôi muốn mua ba lạng thịt bò." as "I'd like to buy
    300 grams of beef.", "… được không?" as "Can I have …?" (_WEIGHED), and the other way (_WEIGHED_EN); None for
    anything else."""
    if (src, tgt) == ("en", "vi"):
        return _weighed_vi(text)
    m = _WEIGHED.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    if m is None or bool(m["asked"]) != ("?" in m["end"]) or m["buy"] and m["asked"]:
        return None
    n, unit = keyed(m["n"]).replace(",", "."), keyed(m["unit"])
    if unit in _KILOS:
        said = "half a kilo" if n == "nửa" else "a kilo" if n in ("một", "1") else f"{VI_TO_EN.get(n, n)} kilos"
    elif n in ("nửa", *VI_TO_EN) or n.isdigit():
        count = VI_NUMBER_WORDS.index(n) if n in VI_TO_EN else int(n) if n.isdigit() else 0.5
        grams = round(count * (100 if unit in _HUNDREDS else 1))
        said = f"{grams} grams"
    else:
        return None  # (1.5 grams)
    said = f"{said} of {BY_THE_KILO[keyed(m['thing'])]}"
    if m["asked"]:
        return f"Can I have {said}?"
    return f"I'd like to buy {said}." if m["buy"] else f"{said[0].upper()}{said[1:]}, please."  # (not "300 Grams")


def _weighed_vi(text: str) -> str | None:
    """"Give me a kilo of oranges, please." as "Cho tôi một cân cam.", "Can I have half a kilo of beef?" as "Cho tôi
    nửa cân thịt bò được không?", "I'd like to buy 500 grams of prawns." as "Tôi muốn mua 500 gam tôm." (_WEIGHED_EN);
    None for anything else."""
    m = _WEIGHED_EN.fullmatch(text.strip())
    if m is None or bool(m["asked"]) != ("?" in m["end"]):
        return None
    n = " ".join(m["n"].lower().split())
    kilos = m["unit"].startswith("k")
    if not kilos and not n.isdigit():
        return None  # (half a gram)
    said = f"{_KILO_EN.get(n, n)} {'cân' if kilos else 'gam'} {_FOR_SALE_VI[m['thing']]}"
    if m["asked"]:
        return f"Cho tôi {said} được không?"
    return f"Tôi muốn mua {said}." if m["buy"] else f"Cho tôi {said}."


def _where_is(text: str, src: str, tgt: str) -> str | None:
    """"<a term> ở đâu?" as "Where is the <term>?", "… của tôi ở đâu?" as "Where is my …?", and the other way
    (_WHERE_IS; "Where is my passport?": mt.terms takes "my" with the term); None for anything else."""
    m = _WHERE_IS[src, tgt].fullmatch(text) if (src, tgt) in _WHERE_IS else None
    what, nearest = _nearest(m.group("what"), src) if m else ("", False)
    said = _a_thing(what, src, tgt) if m else None
    if said is None or nearest and (m.group("whose") or said.split()[0].lower() in _WHICH):
        return None  # not "the nearest my passport"
    do = _DO.get((m.group("do") or "").lower())  # "Mua thẻ sim ở đâu?" too (v6: "Where do Mua SIM card?")
    if tgt == "vi":
        whose = " của bạn" if m.group("whose") else " gần nhất" if nearest else ""
        return f"Tôi có thể {do} {said}{whose} ở đâu?" if do else capitalised(f"{said}{whose} ở đâu?")
    whose = terms.OWNERS[m.group("whose")] if m.group("whose") else "the nearest" if nearest else the_for(said)
    if do:  # "a" before a thing that is counted ("a raincoat"; not "pho", "chopsticks")
        whose = whose if m.group("whose") or nearest else terms.article(said)
        return " ".join(w for w in (f"Where can I {do}", whose, said) if w) + "?"
    return " ".join(w for w in ("Where is", whose, said) if w) + "?"  # a name as it is: "Where is Hue?"


def _is_beside(text: str, src: str, tgt: str) -> str | None:
    """"Nó ở cạnh ngân hàng." as "It's next to the bank.", "Khách sạn ở đối diện bưu điện." as "The hotel is opposite
    the post office.", and the other way (_IS_BESIDE); None for anything else."""
    m = _IS_BESIDE[src, tgt].fullmatch(text.strip()) if (src, tgt) in _IS_BESIDE else None
    place = a_place(m.group("place"), src, tgt) if m else None
    who = _where_who(m, src, tgt) if place else None
    if who is None:
        return None
    rel = keyed(m.group("rel"))
    if tgt == "vi":
        return capitalised(f"{who} ở {_BESIDE_EN[rel]} {place}.")
    return capitalised(f"{who} {_BESIDE_VI[rel]} {' '.join(w for w in (the_for(place), place) if w)}.")


def _on_a_side(text: str, src: str, tgt: str) -> str | None:
    """"Hiệu thuốc ở bên trái." as "The pharmacy is on the left.", "Nó ở bên tay phải của bạn." as "It's on your
    right.", and the other way (_ON_A_SIDE); None for anything else."""
    m = _ON_A_SIDE[src, tgt].fullmatch(text.strip()) if (src, tgt) in _ON_A_SIDE else None
    who = _where_who(m, src, tgt) if m else None
    if who is None:
        return None
    side = SIDES[m.group("side").lower()]
    if tgt == "vi":
        return capitalised(f"{who} ở bên tay {side}{' của bạn' * bool(m.group('your'))}.")
    return capitalised(f"{who} on {'your' if m.group('your') else 'the'} {side}.")


def _where_who(m: re.Match, src: str, tgt: str) -> str | None:
    """What is somewhere, in `tgt`: "Nó", "Khách sạn của tôi"; "It's", "The hotel is", "My room is" (a place of
    _HAVING or a term; the groups "what" and "whose"); None for a thing not known."""
    what, whose = m.group("what"), m.groupdict().get("whose")
    if not what:
        return "Nó" if tgt == "vi" else "It's"
    said = (_HAVING.get(what.lower()) if src == "vi" else _HAVING_VI.get(what.lower())) or _a_thing(what, src, tgt)
    if not said:
        return None
    if tgt == "vi":
        return f"{said}{' của tôi' * bool(whose)}"
    return f"{'my' if whose else the_for(said) or 'the'} {said} is"


def _how_far(text: str, src: str, tgt: str) -> str | None:
    """"<a term> cách đây bao xa?" as "How far is the <term> from here?", "… có xa không?" as "Is the … far?", and
    the other way (_HOW_FAR); from another term too ("Vịnh Hạ Long cách Hà Nội bao xa?"); None for anything else."""
    m = _HOW_FAR[src, tgt].fullmatch(text) if (src, tgt) in _HOW_FAR else None
    what, nearest = _nearest(m.group("what") or m.group("what2"), src) if m else ("", False)
    said = _a_thing(what, src, tgt) if m else None
    away = _a_thing(m.group("away"), src, tgt) if m and m.group("away") else None
    if said is None or m.group("away") and away is None:
        return None
    if tgt == "vi":
        said += " gần nhất" if nearest else ""
        return capitalised(f"{said} cách {away or 'đây'} bao xa?" if m.group("how") else f"{said} có xa không?")
    said = " ".join(w for w in ("the nearest" if nearest else the_for(said), said) if w)
    if not m.group("how"):
        return f"Is {said} far?"
    away = " ".join(w for w in (the_for(away), away) if w) if away else "here"
    return f"How far is {said} from {away}?"


def _getting_there(text: str, src: str, tgt: str) -> str | None:
    """"Từ đây đến <a place> bao xa?" as "How far is it from here to the …?", "… mất bao lâu?" as "How long does it
    take to get to …?", "Có xe buýt đi … không?" as "Is there a bus to …?", "Làm sao để đến …?" as "How do I get to
    …?", "Xe buýt số mấy đi …?" as "Which bus goes to …?", and the other way (_GETTING); None for anything else."""
    m = next((m for p in _GETTING.get((src, tgt), []) if (m := p.fullmatch(text))), None)
    place = a_place(m.group("place"), src, tgt) if m else None
    if place is None:
        return None
    found = m.groupdict()
    which = _WHICH_RIDE.get(keyed(found.get("which") or ""))
    if found.get("this"):  # "Xe buýt này có đi … không?"
        ride = RIDE[src, tgt][found["this"].lower()]
        return f"{capitalised(ride)} này có đi {place} không?" if tgt == "vi" else \
            f"Does this {ride} go to {' '.join(w for w in (the_for(place), place) if w)}?"
    if tgt == "vi":
        if found.get("how") or which:
            return f"{which} đi {place}?" if which else f"Làm sao để đến {place}?"
        if found.get("ride"):
            return f"Có {RIDE[src, tgt][found['ride']]} đi {place} không?"
        if found.get("long"):
            return f"Từ đây đến {place} mất bao lâu?" if found.get("here") else f"Đến {place} mất bao lâu?"
        return f"Từ đây đến {place} {'bao xa' if found.get('far') else 'có xa không'}?"
    place = " ".join(w for w in (the_for(place), place) if w)
    if found.get("how") or which:
        return f"Which {which} goes to {place}?" if which else f"How do I get to {place}?"
    if found.get("ride"):
        ride = RIDE[src, tgt][found["ride"]]
        return f"Is there {terms.article(ride) or 'a'} {ride} to {place}?"
    if found.get("long"):
        return f"How long does it take to get to {place}{' from here' if found.get('here') else ''}?"
    return f"{'How far is it' if found.get('far') else 'Is it far'} from here to {place}?"


def _fare(text: str, src: str, tgt: str) -> str | None:
    """"Đi taxi ra sân bay hết bao nhiêu tiền?" as "How much is a taxi to the airport?", "Vé tàu đi Huế bao nhiêu
    tiền?" as "How much is a train ticket to Hue?", and the other way (_FARES); None for anything else."""
    m = next((m for p in _FARES.get((src, tgt), []) if (m := p.fullmatch(text))), None)
    place = a_place(m.group("place"), src, tgt) if m else None
    if place is None:
        return None
    ride, ticket = RIDE[src, tgt].get((m.group("ride") or "").lower(), ""), m.groupdict().get("ticket")
    if tgt == "vi":
        if ticket:
            return " ".join(w for w in ("Vé", ride, "đi", place, "bao nhiêu tiền?") if w)
        return f"Đi {ride} đến {place} hết bao nhiêu tiền?" if ride else f"Đến {place} hết bao nhiêu tiền?"
    thing = " ".join(w for w in (ride, "ticket" if ticket else "") if w)
    place = " ".join(w for w in (the_for(place), place) if w)
    return f"How much is {'an' if thing[0] in 'aeiou' else 'a'} {thing} to {place}?"


def _tickets(text: str, src: str, tgt: str) -> str | None:
    """"Cho tôi hai vé đi Huế." as "Two tickets to Hue, please.", "Cho tôi một vé khứ hồi." as "One return ticket,
    please.", and the other way (_TICKETS); None for anything else, and for a place not known (a_place)."""
    m = _TICKETS[src, tgt].fullmatch(text.strip()) if (src, tgt) in _TICKETS else None
    place = a_place(m.group("place"), src, tgt) if m and m.group("place") else None
    if m is None or m.group("place") and place is None or not (place or m.group("kind")):
        return None
    n = m.group("n").lower()
    ride = RIDE[src, tgt][m.group("ride").lower()] if m.group("ride") else ""
    if tgt == "vi":
        kind = _TICKET_KINDS_EN.get((m.group("kind") or "").lower(), "")
        n = "một" if n in ("a", "an") else EN_TO_VI.get(n, n)
        return " ".join(w for w in ("Cho tôi", n, "vé", ride, kind, f"đi {place}" if place else "") if w) + "."
    n = VI_TO_EN.get(n, n)
    kind = _TICKET_KINDS.get(keyed(m.group("kind") or ""), "")
    tickets = "ticket" if n in ("one", "1") else "tickets"
    n = "a" if n == "one" else n  # (no ride or kind of the lists opens with a vowel's sound)
    place = f"to {' '.join(w for w in (the_for(place), place) if w)}" if place else ""
    return capitalised(" ".join(w for w in (n, kind, ride, tickets, place) if w) + ", please.")


def a_place(text: str, src: str, tgt: str) -> str | None:
    """The translation of a place gone to: a term, or one that terms.place_vi or terms.GONE_ONLY knows; else None."""
    return _a_thing(text, src, tgt) or (terms.place_vi(text) if tgt == "vi" else terms.GONE_ONLY.get(text))


def _in_a_size(text: str, src: str, tgt: str) -> str | None:
    """"Cái áo này có size nhỏ hơn không?" as "Do you have this shirt in a smaller size?", "… có màu khác không?" as
    "… in another colour?" (_IN_A_SIZE), "Bạn có cái áo này màu đỏ không?" as "… in red?" (_IN_COLOUR), and back
    (_IN_A_SIZE_EN); None for anything else."""
    if (src, tgt) == ("en", "vi"):
        m = _IN_A_SIZE_EN.fullmatch(text)
        if m is None:
            return None
        what = _WORN_VI.get(m["what"] or "", "")
        one = "Đôi" if m["what"] in WORN_IN_PAIRS else "Cái"
        if m["named"]:  # ("Cái áo này có màu đỏ không?" also asks whether it is red)
            return " ".join(w for w in ("Bạn có", one.lower(), what, "này", COLOURS_VI[m["named"]], "không?") if w)
        asked = f"cỡ {'nhỏ' if m['size'] == 'smaller' else 'lớn'} hơn" if m["size"] else "màu khác"
        return " ".join(w for w in (one, what, "này có", asked, "không?") if w)
    if (src, tgt) != ("vi", "en"):
        return None
    m = _IN_A_SIZE.fullmatch(text) or _IN_COLOUR.fullmatch(text)
    if m is None:
        return None
    said = WORN.get((m.group("what") or "").lower(), "")
    named, size = m.groupdict().get("named"), m.groupdict().get("size")
    asked = f"a {_SIZES[size]} size" if size else COLOURS[keyed(named)] if named else "another colour"
    return f"Do you have {'these ' if said in WORN_IN_PAIRS else 'this '}{said}".rstrip() + f" in {asked}?"


def _too(text: str, src: str, tgt: str) -> str | None:
    """"Cái này to quá." as "This is too big.", "Đôi giày này hơi chật." as "These shoes are a bit tight.", and back
    (_TOO); None for anything else."""
    m = _TOO[src, tgt].fullmatch(text) if (src, tgt) in _TOO else None
    if m is None or tgt == "en" and not (m["bit"] or m["too"] or m["too0"]) or tgt == "en" and m["too0"] and m["too"]:
        return None  # ("Cái áo này to." may open a longer thought; "quá" once)
    end = m["end"] or "."
    if tgt == "vi":
        what = m["what"]
        if m["these"] and (m["these"] == "These") != (what in WORN_IN_PAIRS):
            return None  # ("These shirt", "This shoes")
        one = "Đôi" if what in WORN_IN_PAIRS else "Cái"
        how = _FITS_VI[m["how"]]
        said = f"hơi {how}" if m["bit"] else f"{how} quá"  # ("a bit too big": "hơi to")
        if m["this"] == "It":  # what "it" is was said before ("…, it's too expensive."): "Đắt quá.", not "Cái này …"
            return capitalised(said) + end
        return " ".join(w for w in (one, _WORN_VI.get(what or "", ""), "này", said) if w) + end
    what = WORN.get(keyed(m["what"] or m["what2"] or ""), "")
    pair = what in WORN_IN_PAIRS
    who = f"{'These' if pair else 'This'} {what} {'are' if pair else 'is'}" if what else "This is"
    return f"{who} {'a bit' if m['bit'] else 'too'} {_FITS[keyed(m['how'])]}{end}"


def _worn_price(text: str, src: str, tgt: str) -> str | None:
    """"Cái áo này bao nhiêu tiền?" as "How much is this shirt?", "Đôi giày này …" as "How much are these shoes?"
    (_WORN_PRICE); None for anything else."""
    m = _WORN_PRICE.fullmatch(text) if (src, tgt) == ("vi", "en") else None
    if m is None:
        return None
    said = WORN[keyed(m.group("what"))]
    return f"How much are these {said}?" if said in WORN_IN_PAIRS else f"How much is this {said}?"


def _sells(text: str, src: str, tgt: str) -> str | None:
    """"Bạn có bán kem chống nắng không?" as "Do you sell sunscreen?", "Ở đây có bán áo mưa không?" as "Do you sell
    raincoats here?", "Cửa hàng này có bán …" as "Does this shop sell …?", and the other way (_SELLS); None for
    anything else."""
    m = _SELLS[src, tgt].fullmatch(text) if (src, tgt) in _SELLS else None
    what = " ".join(m.group("what").split()) if m else ""
    if tgt == "vi":
        said = _SOLD_VI.get(what) or _a_thing(what, src, tgt) if m else None
        if not said:
            return None
        who = m.group("who") and capitalised(_SELLERS_VI[m.group("who")])  # ("Does this shop sell … here?")
        return f"{who or ('Ở đây' if m.group('here') else 'Bạn')} có bán {said} không?"
    said = _SOLD.get(what.lower()) if m else None
    if m and said is None and (thing := _a_thing(what, src, tgt)):
        said = terms.plural(thing)
    if not said or said.split()[0] in _WHICH:  # not "Do you sell my passport?"
        return None
    who = _SELLERS[keyed(m.group("who"))]
    here = " here" if who == "here" or m.group("here") else ""
    return f"Do you sell {said}{here}?" if who in ("you", "here") else f"Does {who} sell {said}{here}?"


def _costs(text: str, src: str, tgt: str) -> str | None:
    """"Phòng này bao nhiêu một đêm?" as "How much is this room per night?", "Thuê xe máy …" as "How much is it to
    rent a motorbike …", "Một đêm bao nhiêu tiền?" as "How much is it per night?" (_COSTS); None for anything else,
    and for a thing neither a term nor of _PRICED."""
    m = next((m for p in _COSTS if (m := p.fullmatch(text))), None) if (src, tgt) == ("vi", "en") else None
    if m is None:
        return None
    per = "each" if _PER[m.group("per")] == "each" else f"per {_PER[m.group('per')]}"
    what = keyed(m.groupdict().get("what", ""))
    this = what == "này" or what.endswith(" này")
    what = what.removesuffix("này").strip()
    said = None if what in _ANY_THING else _FOR_SALE.get(what) or _a_thing(what, src, tgt)
    if what not in _ANY_THING and said is None or m.groupdict().get("rent") and said is None:
        return None
    thing, be = _sold(said, this)
    return f"How much is it to rent {thing} {per}?" if m.groupdict().get("rent") else f"How much {be} {thing} {per}?"


def _sold(said: str | None, this: bool) -> tuple[str, str]:
    """What is sold, in English with "a", "the" or "this" ("it" where nothing is said), and "is" or "are"."""
    if said is None:
        return ("this" if this else "it"), "is"
    many = said in BY_THE_KILO.values() and said.endswith("s")  # ("oranges"; not "rice")
    a = "the" if said in BY_THE_KILO.values() else terms.article(said) or ("a" if said in _PRICED.values() else "")
    which = ("these" if many else "this") if this else a
    return " ".join(w for w in (which, said) if w), "are" if many else "is"


def _costs_vi(text: str, src: str, tgt: str) -> str | None:
    """"How much is it per kilo?" as "Bao nhiêu tiền một cân?", "How much is this room per night?" as "Phòng này
    bao nhiêu tiền một đêm?" (_COSTS_EN); None for anything else, and for a thing neither a term nor sold."""
    m = _COSTS_EN.fullmatch(text) if (src, tgt) == ("en", "vi") else None
    what = _sold_vi(m["what"]) if m else None
    if what is None:
        return None
    return capitalised(" ".join(w for w in (what, "bao nhiêu tiền một", _PER_EN[m["per"].lower()]) if w) + "?")


def _sold_vi(said: str) -> str | None:
    """What is sold, in Vietnamese ("Cam", "Phòng này"; "" for "it"); None for a thing neither a term nor sold."""
    which, _, what = keyed(said).partition(" ")
    if not what:
        return {"it": "", "they": "", "this": "cái này", "these": "mấy cái này"}.get(which)
    thing = _FOR_SALE_VI.get(what) or _a_thing(what, "en", "vi")
    return thing and thing + " này" * (which in ("this", "these"))


def _price_is(text: str, src: str, tgt: str) -> str | None:
    """"Cam 50 nghìn một cân." as "The oranges are 50,000 dong a kilo.", "Mangoes are 40,000 dong a kilo." as "Xoài
    giá 40.000 đồng một cân." (_PRICE_IS, _PRICE_IS_EN); None for anything else."""
    if (src, tgt) == ("en", "vi"):
        m = _PRICE_IS_EN.fullmatch(text)
        what = m and _sold_vi(m["what"] if " " in m["what"] or m["what"] in ("It", "They", "This", "These")
                              else "the " + m["what"])
        if what is None:
            return None
        said = f"{sum_said(m, 'vi')} đồng một {_PER_EN[m['per'].lower()]}"
        return capitalised(f"{what} giá {said}" if what else f"giá {said}") + (m["end"] or ".")
    m = _PRICE_IS.fullmatch(text) if (src, tgt) == ("vi", "en") else None
    what = keyed(m["what"] or "") if m else ""
    this = what == "này" or what.endswith(" này")
    what = what.removesuffix("này").strip()
    said = _FOR_SALE.get(what) or _a_thing(what, src, tgt) if m and what not in _ANY_THING else None
    if m is None or said is None and (what not in _ANY_THING or m["rent"]):
        return None
    thing, be = _sold(said, this)
    per = {"each": "each", "person": "per person", "hour": "an hour"}.get(_PER[m["per"]], f"a {_PER[m['per']]}")
    price = f"{sum_said(m, 'en')} dong {per}{m['end'] or '.'}"
    if m["rent"]:
        return f"Renting {thing} is {price}"
    return "It's " + price if thing == "it" else capitalised(f"{thing} {be} {price}")


def sum_said(m: re.Match, lang: str) -> str:
    """The sum of SUM_VI or SUM_EN in digits, grouped as `lang` groups them ("50 nghìn", "1,5 triệu" → "50,000",
    "1,500,000" in English; "50.000", "1.500.000" in Vietnamese)."""
    value = round(value_of(m["n"]) * _SCALES.get((m["scale"] or "").lower(), 1))
    return restyled(f"{value:,}", lang)


def _dose(text: str, src: str, tgt: str) -> str | None:
    """"Uống một viên, ngày ba lần." as "Take one tablet three times a day.", and the other way (_DOSE); None for
    anything else."""
    m = next((m for p in _DOSE.get((src, tgt), []) if (m := p.fullmatch(text.strip()))), None)
    if m is None:
        return None
    when = _MEALS[m.group("when").lower()] if m.group("when") else ""
    if tgt == "vi":
        k = m.group("k").split()[0]  # "once", "three" (times), "3"
        k = {"once": "một", "twice": "hai"}.get(k) or EN_TO_VI.get(k, k)
        what = "thuốc này" if m.group("this") else f"{EN_TO_VI.get(m.group('n'), m.group('n'))} viên,"
        return f"Uống {what} ngày {k} lần{', ' + when if when else ''}."
    n, k = (VI_TO_EN.get(m.groupdict().get(g) or "", m.groupdict().get(g)) for g in ("n", "k"))
    what = f"{n} tablet{'s' * (n not in ('1', 'one'))}" if n else "it"
    how_often = {"one": "once", "two": "twice", **_TIMES_EN}.get(k, f"{k} times") if k else ""
    return " ".join(w for w in ("Take", what, how_often, "a day", when) if w) + "."


def _more(text: str, src: str, tgt: str) -> str | None:
    """"Cho tôi thêm một chai nước." as "One more bottle of water, please.", "Cho tôi thêm cơm." as "More rice,
    please.", "Có thể cho tôi thêm một cái gối không?" as "Can I have another pillow?" (_MORE, with "thêm" or "nữa");
    None for anything else."""
    if (src, tgt) == ("en", "vi"):
        return _more_vi(text)
    m = _MORE.fullmatch(text.strip()) if (src, tgt) == ("vi", "en") else None
    if m is None or not (m.group("more") or m.group("again")):
        return None
    thing, measure, n = SERVED[m.group("thing")], _MEASURES.get(m.group("measure") or ""), m.group("n")
    if measure == "" and thing in _UNCOUNTED_SERVED or measure and not n:
        return None  # ("một cái nước", "thêm chai nước": not said so)
    count = VI_TO_EN.get(n or "", n or "")
    many = count != "one"  # ("More towels, please.")
    if measure:
        measure = "cup" if measure == "glass" and thing in ("coffee", "tea") else measure  # a cup of coffee
        what = f"{regular_plural(measure) if many else measure} of {thing}"
    else:
        what = regular_plural(thing) if many and thing not in _UNCOUNTED_SERVED else thing
    if m.group("asked"):  # "Có thể cho tôi thêm một cái gối không?"
        return f"Can I have {'another' if count == 'one' else f'{count} more'.lstrip()} {what}?"
    return capitalised(f"{count} more {what}, please.".lstrip())


def _more_vi(text: str) -> str | None:
    """"Can I have another pillow?" as "Cho tôi thêm một cái gối được không?", "Two more beers, please." as "Cho tôi
    thêm hai chai bia nhé." (_MORE_EN), "Can I have some water?" as "Cho tôi một ít nước được không?" (_ASKED_FOR_EN);
    None for anything else."""
    m = _MORE_EN.fullmatch(text.strip()) or _ASKED_FOR_EN.fullmatch(text.strip()) or _PLEASE_EN.fullmatch(text.strip())
    if m is None:
        return None
    more = m.re == _MORE_EN
    thing, n = m.group("thing").lower(), (m.group("n") or "").lower()
    count = "một" if more and m.group("another") or n in ("a", "an") else EN_TO_VI.get(n, "" if n == "some" else n)
    measures = _MEASURES_VI if more else _ASKED_MEASURES
    measure = measures.get((m.group("measure") or "").lower()) or _SERVED_IN.get(thing)
    measure = measure or ("" if thing in _UNCOUNTED_SERVED else "cái")
    if n == "some" and not more:
        count, measure = ("một ít", "") if thing in _UNCOUNTED_SERVED else ("vài", measure)
    what = " ".join(w for w in (count, measure if count else "", _SERVED_VI[thing]) if w)
    who = "chúng tôi" if not more and m.groupdict().get("who") == "we" else "tôi"
    return f"Cho {who} {'thêm ' if more else ''}{what} {'được không?' if m.groupdict().get('asked') else 'nhé.'}"


def _has_it(text: str, src: str, tgt: str) -> str | None:
    """"Phòng này có điều hòa không?" as "Does this room have air conditioning?", "Ở đây có …" as "Is there … here?"
    and "Gần đây có …" as "… nearby?", and the other way (_HAS_IT), the thing one of _AMENITIES or a term; None for
    anything else."""
    m = _HAS_IT[src, tgt].fullmatch(text) if (src, tgt) in _HAS_IT else None
    thing = " ".join(m.group("thing").split()) if m else ""
    said = _AMENITY[src].get(thing.lower()) or _a_thing(thing, src, tgt) if m else None
    if said is None:
        return None
    whose = _WHOSE_HAVING[src][keyed(m.group("whose") or "")]
    if tgt == "vi":
        place = _HAVING_VI.get(m.group("what") or "")
        ask = f"{place}{whose}" if place else "Bạn" if m.group("you") else "Ở đây" if m.group("here") else \
            "Gần đây" if m.group("near") else ""
        return capitalised(f"{ask} có {said} không?".lstrip())
    if said not in _AMENITIES.values():  # "a pharmacy", "an ATM", "a supermarket"
        said = " ".join(w for w in (terms.article(said) or "a" * (said in terms.WHERE_ONLY.values()), said) if w)
    if m.group("you"):
        return f"Do you have {said}?"
    if m.group("what"):
        return f"Does {whose} {_HAVING[m.group('what').lower()]} have {said}?"
    return f"Is there {said} {'here' if m.group('here') else 'nearby'}?"


def _what_time(text: str, src: str, tgt: str) -> str | None:
    """"Tàu khởi hành lúc mấy giờ?" as "What time does the train leave?", "Khi nào …" as "When does …", "… mở cửa đến
    mấy giờ?" as "What time does … close?", and the other way (_WHAT_TIME); None for anything else."""
    m = next((m for p in _WHAT_TIME.get((src, tgt), []) if (m := p.fullmatch(text))), None)
    if m is None:
        return None
    things, doings = TIMED[src, tgt]
    what, do = things[m.group("what").lower()], doings[m["do"].lower()] if m["do"] else "leave"
    to = ""
    if m["to"]:  # (only a ride, to a place by its name)
        place = a_place(m["to"], src, tgt) or ""
        ride = what if tgt == "en" else m["what"].lower()  # (in English either way)
        if not place[:1].isupper() or ride not in _GOING:
            return None
        to = f" {'đi' if tgt == 'vi' else 'to'} {place}"
    if tgt == "vi":
        what += " này" * (m.group("this").lower() == "this") + to
        will = "sẽ " if m.group("will") else ""
        return f"{capitalised(what)} {will}{do} lúc mấy giờ?" if m.group("at") else f"Khi nào {what} {will}{do}?"
    if m.groupdict().get("until"):  # open until when: what time it closes
        if do != "open":
            return None
        do = "close"
    ask = "When" if m.groupdict().get("when") else "What time"
    return f"{ask} {'will' if m.group('will') else 'does'} {'this' if m.group('this') else 'the'} {what}{to} {do}?"


def _nearest(what: str, lang: str) -> tuple[str, bool]:
    """The thing asked after, and whether the nearest one is ("hiệu thuốc gần nhất", "the nearest pharmacy")."""
    nearest = _NEAREST[lang].search(what)
    return (what[: nearest.start()] + what[nearest.end():], True) if nearest else (what, False)


def the_for(said: str) -> str:
    """"the" before a term in English, unless it is a name ("Hue"; not "ATM", in capitals) or says which already
    ("this wallet", "my …")."""
    first = said.split()[0]
    return "" if first[0].isupper() and not first.isupper() or first in _WHICH else "the"


def _a_thing(text: str, src: str, tgt: str) -> str | None:
    """The translation of `text` where it is one term, and a thing (not "bật điều hòa", turn on the air
    conditioning: _NOT_A_THING); else None."""
    if src == "vi" and (place := terms.WHERE_ONLY.get(keyed(text))):
        return place  # "Chợ ở đâu?" (v6: "Where do you get?")
    found = terms.matches(text, src, tgt)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        return None
    said = found[0].replacement
    return None if said.split()[0].lower() in _NOT_A_THING else said
