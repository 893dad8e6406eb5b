"""scripts/everyday_check.py keeps one list per name: a list written again under a name an earlier stop used replaces
that stop's list for every check, and its check fails or measures other sentences (stop 46's "CALLED" did)."""
import ast
import collections
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "everyday_check.py"


def test_no_module_level_name_is_assigned_twice():
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    names = collections.Counter()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    assert [name for name, n in names.items() if n > 1] == []
