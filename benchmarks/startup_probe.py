"""Feltkart started as ``main.py`` starts it, for benchmarks/startup.py: prints when the main window is first
painted (FIRST_PAINT) and when its start view is first painted with its data (VIEW_PAINT), then quits. The
probe is put on the main window from here; Feltkart itself carries no benchmark code. The window's module is
patched when Feltkart imports it, not before: what Feltkart does while it imports (an encrypted study's key
worked out in a thread) is measured as it happens."""

import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import main  # noqa: E402


class Probe(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        window.sig_view_built.connect(lambda view: view.installEventFilter(self))

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            if obj is self._window:
                print(f"FIRST_PAINT {time.time():.6f}", flush=True)
            else:
                print(f"VIEW_PAINT {time.time():.6f}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
        return False


def _patch(module) -> None:
    shown = module.MainWindow.show

    def show(self):
        Probe(self)
        shown(self)

    module.MainWindow.show = show


class _PatchOnImport:
    """Loads ``ui.main_window`` as Python would, then puts the probe on its window's ``show`` (a finder and
    loader by their methods: importing ``importlib.abc`` would add its own 20 ms to what is measured)."""

    def find_spec(self, name, path, target=None):
        if name != "ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        self._loader = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module):
        self._loader.exec_module(module)
        _patch(module)


sys.meta_path.insert(0, _PatchOnImport())
sys.exit(main.main([]))
