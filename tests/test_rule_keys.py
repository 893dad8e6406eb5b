"""mt.rule_keys: the quick look at each rule module's key words never turns away a sentence the module would take."""
import ast
import random
from functools import lru_cache
from pathlib import Path

import pytest

from mt import phrasebook, rule_keys
from mt.lazy_re import lazy

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


@pytest.mark.parametrize("pattern, heads", [
    (r"(?i:nấu|đun\s+nước)", {"nấu", "đun"}), (r"(?i:\bkh[oó]a\b|(?<!\w)chìa)", {"khoa", "khóa", "chìa"}),
    (r"(?i:(?:đi|về)\s+(?:quê|nhà)|ra\s+sân)", {"đi", "về", "ra"}), (r"(?i:(?:sinh\s+)?nhật)", None),
    (r"(?i:(?:ăn|uống)(?:\s+sáng)?)", {"ăn", "uống"}), (r"(?i:x{2,}y|ab(?:c|d)e)", {"x", "abce", "abde"}),
    (r"(?i:\w+ing|cook)", None), (r"(?i:[a-z]at)", None),
])
def test_starts_reads_what_every_match_begins_with(pattern, heads):
    read = rule_keys.starts(rule_keys.quick(pattern))
    assert (None if read is None else set(read)) == heads


@pytest.mark.parametrize("src", ["vi", "en"])
def test_likely_lets_in_every_module_whose_quick_key_finds_a_word(src):
    # what mt.phrasebook trusts in skipping a module likely leaves out
    modules = phrasebook._RULES
    keyed = list(enumerate(rule_keys.keys(modules, src)))
    texts = sorted({t for m in modules for t in _quoted(m.__name__.split(".")[-1])[::3]})
    missed, skipped = [], 0
    for text in texts:
        if (low := rule_keys.lowered(text)) is None:
            continue
        may = rule_keys.likely(low, modules, src)
        for i, (module, key) in keyed:
            if key is None or key.search(low):
                missed += [] if may >> i & 1 else [(module.__name__, text)]
            else:
                skipped += not may >> i & 1
    assert missed == []
    assert skipped > 50 * len(texts)  # (most modules are skipped without a search of their own)


def test_likely_finds_beginnings_inside_one_another():
    # "rain" and "ra" both begin at the same place, "nấu ăn" and "ăn" overlap: each lets in its own modules
    class Module:
        def __init__(self, key):
            self._KEYS = {"vi": lazy(key)}
    modules = tuple(Module(k) for k in (r"(?i:rain)", r"(?i:ra\b)", r"(?i:nấu\s+ăn)", r"(?i:ăn)", r"(?i:xyz)"))
    assert rule_keys.likely("rain", modules, "vi") == 0b00011
    assert rule_keys.likely("nấu ăn", modules, "vi") == 0b01100
    assert rule_keys.likely("trời", modules, "vi") == 0


@pytest.mark.parametrize("src, tgt", [("vi", "en"), ("en", "vi")])
def test_the_phrasebook_answers_as_it_would_trying_every_module(src, tgt, monkeypatch):
    texts = sorted({t for m in phrasebook._RULES for t in _quoted(m.__name__.split(".")[-1])[::4]})
    texts = random.Random(62).sample(texts, 600)
    looked = [phrasebook._by_rule(t, src, tgt) for t in texts]
    monkeypatch.setattr(rule_keys, "lowered", lambda text: None)  # (no quick look: every module tried)
    assert looked == [phrasebook._by_rule(t, src, tgt) for t in texts]
    assert sum(x is not None for x in looked) > 20  # (the sample holds sentences the rules take)


def test_phrasebook_prepare_builds_the_index_both_ways():
    # (mt serve calls it beside starting, so that the first request does not build it)
    rule_keys._index.cache_clear()
    phrasebook.prepare()
    assert rule_keys._index.cache_info().currsize == 2
    assert phrasebook._by_rule("Quả xoài này chín chưa?", "vi", "en") == "Is this mango ripe yet?"
    assert rule_keys._index.cache_info().misses == 2  # (the sentence used what prepare built)


def test_key_checked_calls_a_rule_only_for_its_pairs_and_key_words():
    seen = []

    @rule_keys.key_checked({"vi": lazy(r"(?i:diều)"), "en": lazy(r"(?i:kite)")})
    def translate(text, src, tgt):
        """A stand-in rule."""
        seen.append((text, src, tgt))
        return text.upper()

    assert translate("  Thả diều đi!  ", "vi", "en") == "THẢ DIỀU ĐI!"  # stripped before the rule sees it
    assert translate("Thả  diều\tđi!", "vi", "en") == "THẢ DIỀU ĐI!"  # words one space apart, as tables key them
    assert translate("Let's fly a KITE.", "en", "vi") == "LET'S FLY A KITE."
    assert translate("Thả diều đi!", "vi", "fr") is None and translate("Let's fly a kite.", "vi", "en") is None
    assert translate("Đi chơi đi!", "vi", "en") is None
    assert seen == [("Thả diều đi!", "vi", "en"), ("Thả diều đi!", "vi", "en"), ("Let's fly a KITE.", "en", "vi")]
    assert translate.__doc__ == "A stand-in rule."


def test_key_checked_by_default_leaves_a_statement_asking_to_be_agreed_with_but_not_a_question():
    @rule_keys.key_checked({"vi": lazy(r"(?i:diều)"), "en": lazy(r"(?i:kite)")})
    def translate(text, src, tgt):
        return "taken"

    assert translate("Thả diều vui nhỉ.", "vi", "en") is None
    assert translate("Thả diều có vui không nhỉ?", "vi", "en") == "taken"


@pytest.mark.parametrize("agreement, text, taken", [
    (None, "Thả diều vui nhỉ.", True),
    ("left", "Thả diều vui nhỉ.", False), ("left", "Thả diều có vui không nhỉ?", False),
    ("asked", "Thả diều vui nhỉ.", False), ("asked", "Thả diều có vui không nhỉ?", True),
    ("left", "Flying a kite is fun, isn't it?", True),  # (English: the rule's own)
])
def test_key_checked_leaves_a_sentence_asking_to_be_agreed_with(agreement, text, taken):
    @rule_keys.key_checked({"vi": lazy(r"(?i:diều)"), "en": lazy(r"(?i:kite)")}, agreement)
    def translate(text, src, tgt):
        return "taken"

    src = "en" if "kite" in text else "vi"
    assert (translate(text, src, "vi" if src == "en" else "en") == "taken") is taken


def test_agreement_checked_leaves_only_a_vietnamese_statement_asking_to_be_agreed_with():
    @rule_keys.agreement_checked
    def translate(text, src, tgt):
        return "taken"

    assert translate("Thả diều vui nhỉ.", "vi", "en") is None
    assert translate("Thả diều có vui không nhỉ?", "vi", "en") == "taken"
    assert translate("Thả diều vui lắm.", "vi", "en") == "taken"
    assert translate("Nhỉ is a Vietnamese word.", "en", "vi") == "taken"


@pytest.mark.parametrize("module, plain, said", [
    ("acquaintances", "Tôi không quen cô ấy.", "I don't know her."),
    ("allergies", "Tôi bị dị ứng với tôm.", "I'm allergic to shrimp."),
    ("workdays", "Anh ấy vừa mất việc.", "He just lost his job."),
])
def test_modules_keyed_by_hand_leave_a_statement_asking_to_be_agreed_with(module, plain, said):
    # (read plainly, "nhỉ" would be lost: "I don't know her." for "… isn't that so?")
    translate = getattr(phrasebook, module).translate
    assert translate(plain, "vi", "en") == said
    assert translate(plain[:-1] + " nhỉ.", "vi", "en") is None


def test_keyed_rules_check_their_own_keys_when_called_alone():
    # (the opening once written out in each module: a rule called alone takes nothing its key does not find)
    checked = [m for m in phrasebook._RULES if getattr(m.translate, "__wrapped__", None)]
    assert len(checked) >= 235
    for m in checked:
        assert m.translate("xyzzy", "vi", "en") is None and m.translate("xyzzy", "en", "vi") is None
