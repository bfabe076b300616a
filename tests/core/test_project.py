import ast
import tomllib
from pathlib import Path

from core import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_version_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__


def test_readme_opens_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:15]
    assert any("uv run main.py" in line for line in head)
    assert any("uv run pytest" in line for line in head)


def _sources() -> list[Path]:
    return [ROOT / "main.py", *sorted((ROOT / "core").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py")),
            *sorted((ROOT / "cli").rglob("*.py"))]


def test_the_size_rules_hold():
    """A module does one thing in at most 500 lines; a function fits in 80 lines and takes fewer than twelve
    positional arguments. Migrations may be longer: they are schema (core/storage/schema.py)."""
    too_long, too_many, big = [], [], []
    for path in _sources():
        text = path.read_text(encoding="utf-8")
        name = str(path.relative_to(ROOT))
        if text.count("\n") > 500:
            big.append(name)
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if node.end_lineno - node.lineno + 1 > 80 and not name.endswith("storage/schema.py"):
                    too_long.append(f"{name}:{node.lineno} {node.name}")
                if len(node.args.posonlyargs) + len(node.args.args) >= 12:
                    too_many.append(f"{name}:{node.lineno} {node.name}")
    assert (big, too_long, too_many) == ([], [], [])


def test_no_private_name_is_imported_from_another_module():
    """A name that starts with _ belongs to its module: one that is an interface is public."""
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("core", "ui", "cli"):
                found += [f"{path.relative_to(ROOT)}: {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_") and not a.name.startswith("__")]
    assert found == []


def test_tests_share_through_conftest_or_a_helper_module():
    """A test module imports what it shares with others from conftest.py or tests/helpers.py (and the like), never
    from another test module."""
    found = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tests."):
                if node.module.rsplit(".", 1)[-1].startswith("test_"):
                    found.append(f"{path.relative_to(ROOT)}: {node.module}")
    assert found == []
