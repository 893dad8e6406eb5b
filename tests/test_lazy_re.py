"""mt.lazy_re: patterns compiled on first use, and the rule modules keeping to it (no pattern compiled at import,
no `is` between a match's pattern and a stand-in)."""
import ast
import re
from pathlib import Path

import pytest

from mt import lazy_re
from mt.lazy_re import lazy

MT = Path(__file__).resolve().parent.parent / "mt"


def test_compiled_on_first_use_only():
    p = lazy(r"(?P<n>\d+) cats?", re.I)
    assert "match" not in vars(p)  # nothing compiled yet
    assert p.pattern == r"(?P<n>\d+) cats?"
    assert p.fullmatch("3 CATS")["n"] == "3"
    assert vars(p)["match"].__self__ is p.compiled()  # the compiled pattern's own methods from now on
    assert p.sub("#", "1 cat, 2 cats") == "#, #"
    assert p.groupindex == {"n": 1} and p.groups == 1 and p.flags & re.I


def test_a_match_tells_which_stand_in_matched():
    asked, said = lazy(r"\w+\?"), lazy(r"\w+\.")
    m = next(m for p in (said, asked) if (m := p.fullmatch("why?")))
    assert m.re == asked and m.re != said and [said, asked].index(m.re) == 1


def test_a_bad_pattern_fails_when_used():
    p = lazy(r"(unclosed")
    with pytest.raises(re.error):
        p.search("x")


def test_compile_all_compiles_what_is_left():
    made = [lazy(r"a+b"), lazy(r"c+d", re.I)]
    made[0].search("aab")  # compiled already: counted once
    assert lazy_re.compile_all() >= 1 and all("match" in vars(p) for p in made)
    assert lazy_re.compile_all() == 0 and made[1].fullmatch("CCD")


def test_other_attributes_are_not_there():
    with pytest.raises(AttributeError):
        lazy("a").no_such_thing


def _module_level_compiles(tree: ast.AST) -> list[int]:
    """Lines of `re.compile(...)` run when the module is imported (not inside a function or a lambda)."""
    found = []

    def walk(node, in_function):
        in_function = in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        if (not in_function and isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "compile" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"):
            found.append(node.lineno)
        for child in ast.iter_child_nodes(node):
            walk(child, in_function)
    walk(tree, False)
    return found


def _identity_on_match_re(tree: ast.AST) -> list[int]:
    """Lines comparing a match's `.re` with `is`: a stand-in is never the compiled pattern itself."""
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Compare)
            and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
            and any(isinstance(x, ast.Attribute) and x.attr == "re" for x in [node.left, *node.comparators])]


@pytest.mark.parametrize("path", sorted(MT.glob("*.py")), ids=lambda p: p.name)
def test_rule_modules_compile_lazily(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert _module_level_compiles(tree) == [], "use mt.lazy_re.lazy for patterns made at import"
    assert _identity_on_match_re(tree) == [], "compare m.re with == (a stand-in is not the compiled pattern)"
