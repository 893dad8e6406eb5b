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


def test_every_rule_it_reads_or_switches_off_is_there():
    """Each `module.name` of the modules of mt the script imports names something those modules have: a rule renamed
    in mt and not in the script stops the script at that check (stop 52's terms.AILMENTS did), and `rule_off` with a
    name a module lacks switches nothing off. The names it passes as strings are checked too ("_ailing")."""
    import importlib
    tree = ast.parse(SCRIPT.read_text(encoding="utf-8"))
    modules = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "mt":
            modules |= {a.asname or a.name: importlib.import_module(f"mt.{a.name}") for a in node.names}
    missing = [f"{n.value.id}.{n.attr}" for n in ast.walk(tree) if isinstance(n, ast.Attribute)
               and isinstance(n.value, ast.Name) and n.value.id in modules and not hasattr(modules[n.value.id], n.attr)]
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "count"):
        module, name = call.args[4:6] if len(call.args) >= 6 else (None, None)
        if isinstance(module, ast.Name) and module.id in modules and isinstance(name, ast.Constant):
            if not hasattr(modules[module.id], name.value):
                missing.append(f"{module.id}.{name.value}")
    assert missing == [], missing
