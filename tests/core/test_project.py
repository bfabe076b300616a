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
