"""The examples in the docstrings of the modules that write text by rule are run, so they stay true."""
import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["about_to", "accidents", "accounts", "aches", "acquaintances", "addiction",
                                  "adoption", "ages", "agreeing", "ailments", "air_con", "airports", "alarms",
                                  "allergies", "amounts", "animal_noises", "anniversaries", "appliances",
                                  "appointments", "arrivals", "at_the_moment", "babies", "bargaining", "batteries",
                                  "bedtimes", "bills", "birthdays", "bites", "blood_types", "bonuses", "bookings",
                                  "books_films", "boring", "bring_along", "broken", "bulbs", "business_trips", "busy",
                                  "calls", "car_trouble", "careers", "cash", "casts", "cautions", "chargers",
                                  "check_ups", "childcare", "childhood", "chores", "clock", "clothes_care", "colours",
                                  "commutes", "comparisons", "compliments", "concerts", "conditions", "condolences",
                                  "contact", "cooking", "couples", "creaks", "crying", "cycling", "damp", "dates",
                                  "dating", "days_asked", "days_off", "deadlines", "decisions", "delays", "dentist",
                                  "diets", "directions", "dislikes", "doing_now", "doors", "dreams", "drinking_out",
                                  "drinks", "driving", "driving_tests", "earnings", "elderly", "emergencies",
                                  "enrolment", "ever", "exams", "eyesight", "falls", "family", "fans", "favourites",
                                  "favours", "fears", "features", "fed_up", "feel", "feelings", "finding", "fines",
                                  "fishing", "floods", "food_delivery", "forgiving", "fortune", "free_time",
                                  "freelance", "fridge", "funerals", "games", "getting_lost", "getting_wet", "gifts",
                                  "goodbyes", "gossip", "graduation", "growing", "hair_loss", "haircuts", "handedness",
                                  "handwriting", "hangovers", "happenings", "hobbies", "holidays", "homework",
                                  "hospital", "hosting", "hotels", "housewarming", "how_was", "hunger", "hurry",
                                  "injuries", "insomnia", "jabs", "jokes", "journeys", "keys", "kitchen_mishaps",
                                  "knitting", "landforms", "languages", "lateness", "laundry", "leaks", "leave",
                                  "left_behind", "lessons", "library", "lies", "lifts", "livestock", "loans",
                                  "looking_forward", "looks", "lottery", "luck", "luggage", "makeup", "matches",
                                  "meals", "mealtimes", "medicine", "meeting_up", "meetings", "mending", "messages",
                                  "milestones", "military_service", "mishaps", "missing", "mistakes", "moods", "moving",
                                  "music", "names", "nappies", "naps", "nations", "neighbours", "new_year", "news",
                                  "noise", "numbness", "offers", "online_shopping", "opening_hours", "orders",
                                  "origins", "outages", "outdoors", "outfits", "outings", "overtime", "painting",
                                  "papers", "parking", "parties", "patterns", "pensions", "people", "permission",
                                  "pests", "pets", "phone_credit", "photos", "phrasebook", "pickups", "plants",
                                  "platforms", "pocket_money", "pools", "post", "prices", "pride", "printing",
                                  "promises", "pronouns", "proposals", "puzzles", "quarrels", "queues", "reception",
                                  "recommendations", "reflexes", "regards", "relations", "religion", "remembering",
                                  "rentals", "repeats", "residence", "returns", "ripeness", "routines", "rubbish",
                                  "rule_keys", "running", "safety_gear", "sales", "salons", "savings", "scams",
                                  "scholarships", "school_days", "school_trouble", "school_years", "scores",
                                  "screen_time", "seats", "shopping", "showers", "sights", "singing", "sizes", "skills",
                                  "sky", "sleep", "smells", "smoking", "social_media", "spans", "studies",
                                  "suggestions", "sunburn", "supplies", "switches", "symptoms", "tastes", "tattoos",
                                  "taxes", "taxis", "tech_trouble", "teeth", "telling", "temperatures", "tense",
                                  "terms", "theft", "tickets", "tidying", "time_zones", "timetables", "tips", "traffic",
                                  "traits", "transfers", "travel_sickness", "trips", "tutoring", "tv", "twins",
                                  "verbatim", "visas", "visits", "volume", "volunteering", "waiting", "waking",
                                  "washing", "weather_asked", "weather_said", "weddings", "weight", "when", "wifi",
                                  "wishes", "work_patterns", "work_status", "workdays", "workouts", "worries",
                                  "wrapping"])
def test_examples(name):
    result = doctest.testmod(importlib.import_module(f"mt.{name}"))
    assert result.attempted and not result.failed
