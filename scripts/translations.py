"""Update the Qt Linguist files and compile them.

    uv run python scripts/translations.py            # lupdate: collect new strings into resources/i18n/*.ts
    uv run python scripts/translations.py --release  # lrelease only: compile .ts to .qm (what the app loads)

Translate new strings in ``resources/i18n/feltkart_nb.ts`` with Qt Linguist (``uv run pyside6-linguist``) or
any editor, then run with ``--release`` and commit both the .ts and the .qm. The test suite fails when a .qm
is older than its .ts or a bokmål translation is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["nb"]


def tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not exe:
        raise SystemExit(f"pyside6-{name} not found: run this with 'uv run'")
    return exe


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update() -> None:
    for lang in LANGUAGES:
        ts = I18N / f"feltkart_{lang}.ts"
        subprocess.run(
            [tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", lang, *sources(), "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT,
            check=True,
        )


def release(out_dir: Path = I18N) -> list[Path]:
    out = []
    for lang in LANGUAGES:
        ts = I18N / f"feltkart_{lang}.ts"
        qm = out_dir / f"feltkart_{lang}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def main(argv: list[str]) -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    if "--release" not in argv:
        update()
    for qm in release():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
