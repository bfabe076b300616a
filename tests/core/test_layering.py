"""core/ runs without Qt: it must import and open a database with PySide6 unavailable."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_and_works_without_pyside6(tmp_path):
    code = f"""
import sys
sys.modules["PySide6"] = None
sys.modules["shiboken6"] = None
sys.path.insert(0, {str(ROOT)!r})
import pkgutil, importlib, core
for mod in pkgutil.walk_packages(core.__path__, "core."):
    importlib.import_module(mod.name)
from core.workspace import open_workspace
from core.reference import registry, schemes
s = open_workspace({str(tmp_path / "x.sqlite")!r})
assert len(registry.municipalities(s, 2024)) == 357
assert schemes.list_schemes(s)
assert "PySide6" not in [m for m in sys.modules if sys.modules[m] is not None]
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_core_module_imports_qt_or_ui():
    offenders = []
    for path in (ROOT / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"PySide6", "shiboken6", "ui"}:
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []


def test_no_sql_in_ui():
    import re

    pattern = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b.+\b(FROM|INTO|SET)\b")
    offenders = [p.name for p in (ROOT / "ui").rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
