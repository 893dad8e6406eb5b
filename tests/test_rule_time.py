"""scripts/rule_time.py: times the rules over a file of sentences and counts the lines they take."""
import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "rule_time", Path(__file__).resolve().parent.parent / "scripts" / "rule_time.py")
rule_time = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(rule_time)


def test_a_file_is_timed_twice_and_the_rules_lines_counted(tmp_path, capsys):
    lines = tmp_path / "sentences.vi"
    # the first is a rule's (mt/dandruff.py), the second a news sentence no rule takes
    lines.write_text("Tôi bị gàu.\n\nChính phủ công bố số liệu kinh tế quý ba.\n", encoding="utf-8")
    rule_time.main(["--file", str(lines), "--src", "vi", "--slowest", "2"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("vi->en first pass: 2 lines, ") and out[0].endswith(" ms a line, 1 taken")
    assert out[1].startswith("vi->en second pass: 2 lines, ") and out[1].endswith(" ms a line, 1 taken")
    assert len(out) == 4 and all(" ms a line, called " in line for line in out[2:])


@pytest.mark.parametrize("argv", [[], ["--file", "x.vi"], ["--file", "x.vi", "--testset", "tatoeba-test"]])
def test_what_to_time_must_be_said_once(argv):
    with pytest.raises(SystemExit):
        rule_time.main(argv)
