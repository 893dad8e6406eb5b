"""The examples in the docstrings of the modules that write text by rule are run, so they stay true: every rule
module of mt.phrasebook._RULES (each must have one) and the shared modules they read with."""
import doctest
import importlib

import pytest

from mt.phrasebook import _RULES

_SHARED = ["amounts", "dates", "ever", "feelings", "landforms", "names", "nations", "phrasebook", "pronouns",
           "rule_keys", "spans", "tense", "terms", "verbatim", "when"]


@pytest.mark.parametrize("name", sorted({module.__name__.split(".")[-1] for module in _RULES} | set(_SHARED)))
def test_examples(name):
    result = doctest.testmod(importlib.import_module(f"mt.{name}"))
    assert result.attempted and not result.failed
