"""The examples in the docstrings of the modules that write text by rule are run, so they stay true."""
import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["about_to", "aches", "ailments", "allergies", "amounts", "appointments", "arrivals",
                                  "babies", "bills", "birthdays", "broken", "calls", "careers", "chores", "commutes",
                                  "comparisons", "dates", "directions", "doors", "ever", "exams", "family",
                                  "favourites", "feelings", "free_time", "gifts", "haircuts", "hobbies", "holidays",
                                  "journeys", "keys", "landforms", "loans", "matches", "meals", "medicine", "messages",
                                  "mishaps", "moving", "names", "nations", "neighbours", "orders", "origins", "outages",
                                  "outfits", "parking", "patterns", "people", "pets", "photos", "phrasebook", "pickups",
                                  "post", "pronouns", "reception", "relations", "rentals", "repeats", "returns",
                                  "routines", "shopping", "sizes", "skills", "sleep", "spans", "studies", "suggestions",
                                  "supplies", "switches", "taxis", "tense", "terms", "tickets", "timetables", "traits",
                                  "transfers", "trips", "verbatim", "visits", "waiting", "weather_asked",
                                  "weather_said", "weddings", "weight", "when", "wishes", "workdays", "workouts"])
def test_examples(name):
    result = doctest.testmod(importlib.import_module(f"mt.{name}"))
    assert result.attempted and not result.failed
