"""The examples in the docstrings of the modules that write text by rule are run, so they stay true."""
import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["amounts", "birthdays", "calls", "dates", "directions", "ever", "family",
                                  "favourites", "feelings", "hobbies", "journeys", "landforms", "mishaps", "names",
                                  "nations", "patterns", "people", "phrasebook", "routines", "skills", "spans", "tense",
                                  "terms", "timetables", "verbatim", "when"])
def test_examples(name):
    result = doctest.testmod(importlib.import_module(f"mt.{name}"))
    assert result.attempted and not result.failed
