"""Update the Qt Linguist files and compile them.

    uv run python scripts/translations.py            # lupdate: collect new strings into resources/i18n/*.ts
    uv run python scripts/translations.py --release  # lrelease only: compile .ts to .qm (what the app loads)

lupdate keeps both of Feltkart's own catalogues in step with the code: ``feltkart_nb.ts`` (bokmål) and
``feltkart_nn.ts`` (Nynorsk). Translate new strings in both with Qt Linguist (``uv run pyside6-linguist``) or
any editor, then run with ``--release`` and commit the .ts and the .qm files. The test suite fails when a .qm
is older than its .ts or a bokmål or Nynorsk translation is missing. (Until a Nynorsk string is translated,
the window shows it in bokmål.)

``feltkart_qt_nb.ts`` and ``feltkart_qt_nn.ts`` hold Qt's own words as Feltkart shows them (the file dialogs,
the standard buttons, a text field's menu) in Qt's contexts: bokmål, as Qt ships none, and what Qt's
``qtbase_nn`` lacks for this Qt. lupdate leaves them alone; they are compiled with the others.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ["nb", "nn"]  # Feltkart's own catalogues, feltkart_<lang>.ts: bokmål first
QT_CATALOGUES = ["qt_nb", "qt_nn"]  # Qt's own words, feltkart_<name>.ts, kept by hand


def tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not exe:
        raise SystemExit(f"pyside6-{name} not found: run this with 'uv run'")
    return exe


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def unfinished(ts: Path) -> int:
    """How many strings of ``ts`` wait for a translation."""
    return len(re.findall(r'<translation type="unfinished"', ts.read_text(encoding="utf-8")))


def update() -> None:
    for lang in LANGUAGES:
        ts = I18N / f"feltkart_{lang}.ts"
        subprocess.run(
            [tool("lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", lang, *sources(), "-ts", str(ts.relative_to(ROOT))],
            cwd=ROOT,
            check=True,
        )
        if waiting := unfinished(ts):
            print(f"{ts.relative_to(ROOT)}: {waiting} string(s) to translate")


def release(out_dir: Path = I18N) -> list[Path]:
    """Compile every catalogue into ``out_dir``: Feltkart's own (bokmål first), then Qt's words."""
    out = []
    for name in [f"feltkart_{lang}" for lang in LANGUAGES] + [f"feltkart_{name}" for name in QT_CATALOGUES]:
        qm = out_dir / f"{name}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(I18N / f"{name}.ts"), "-qm", str(qm)], check=True)
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
