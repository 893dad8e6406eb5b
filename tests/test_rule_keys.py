"""mt.rule_keys: the quick look at each rule module's key words never turns away a sentence the module would take."""
import ast
import random
from functools import lru_cache
from pathlib import Path

import pytest

from mt import phrasebook, rule_keys

TESTS = Path(__file__).parent


@lru_cache(maxsize=None)
def _quoted(name: str) -> tuple[str, ...]:
    """Every string of three to two hundred characters in tests/test_<name>.py, and each upper-cased, title-cased
    and with its case swapped (the key words of a module are met in any case)."""
    path = TESTS / f"test_{name}.py"
    if not path.exists():
        return ()
    found = {node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and 3 <= len(node.value) <= 200}
    return tuple(sorted({v for s in found for v in (s, s.upper(), s.title(), s.swapcase())}))


def _keyed(src: str):
    return [(m, key) for m, key in rule_keys.keys(phrasebook._RULES, src) if key is not None]


@pytest.mark.parametrize("pattern, read", [
    (r"(?i:nấu|đun|luộc)", True), (r"(?i:(?P<who>anh)\s+ấy\b|\bcô\s+ấy)", True), (r"(?i:\btv\b|ti[\s-]?vi)", True),
    (r"(?i:Nấu)", False),  # a capital never matches lower-cased text
    (r"nấu|đun", False), (r"(?i:time|jet)|\bin\s+[A-Z]", False),  # case matters in part
    (r"(?i:a)|(?i:b)", False),  # two groups, not one over the whole
    (r"(?i:\u00c0)", False), (r"(?i:\x41)", False),  # an escape may stand for a capital
    (r"(?i:ſ)", False),  # IGNORECASE equates "ſ" with "s"
])
def test_quick_reads_only_a_whole_case_insensitive_group(pattern, read):
    assert (rule_keys.quick(pattern) is not None) is read


def test_lowered():
    assert rule_keys.lowered("Mẹ ĐUN nước.") == "mẹ đun nước."
    assert rule_keys.lowered("İstanbul") is None  # "İ" lower-cases to two letters
    assert rule_keys.lowered("Thſ µ") is None  # letters IGNORECASE equates with others


def test_most_modules_are_looked_at_quickly():
    # (a module whose key cannot be read so is still tried on every sentence: slower, never wrong)
    for src in ("vi", "en"):
        assert len(_keyed(src)) > 0.75 * len(phrasebook._RULES)


@pytest.mark.parametrize("src", ["vi", "en"])
def test_a_quick_key_finds_all_its_module_key_finds(src):
    missed = [(m.__name__, text) for m, key in _keyed(src) for text in _quoted(m.__name__.split(".")[-1])
              if m._KEYS[src].search(text) and (low := rule_keys.lowered(text)) is not None and not key.search(low)]
    assert missed == []


@pytest.mark.parametrize("src, tgt", [("vi", "en"), ("en", "vi")])
def test_a_keyed_module_takes_nothing_without_its_key_words(src, tgt):
    # what mt.phrasebook trusts in skipping a module: its own tests' sentences without its key words are left
    taken = [(m.__name__, text) for m, _ in _keyed(src) for text in _quoted(m.__name__.split(".")[-1])
             if not m._KEYS[src].search(text) and m.translate(text, src, tgt) is not None]
    assert taken == []


@pytest.mark.parametrize("src, tgt", [("vi", "en"), ("en", "vi")])
def test_the_phrasebook_answers_as_it_would_trying_every_module(src, tgt, monkeypatch):
    texts = sorted({t for m in phrasebook._RULES for t in _quoted(m.__name__.split(".")[-1])[::4]})
    texts = random.Random(62).sample(texts, 600)
    looked = [phrasebook._by_rule(t, src, tgt) for t in texts]
    monkeypatch.setattr(rule_keys, "lowered", lambda text: None)  # (no quick look: every module tried)
    assert looked == [phrasebook._by_rule(t, src, tgt) for t in texts]
    assert sum(x is not None for x in looked) > 20  # (the sample holds sentences the rules take)
