"""Feltkart started as ``main.py`` starts it, for benchmarks/startup.py: prints when the main window is first
painted (FIRST_PAINT) and when its start view is first painted with its data (VIEW_PAINT), then quits. The
probe is put on the main window from here; Feltkart itself carries no benchmark code."""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import main  # noqa: E402
from ui import main_window  # noqa: E402  (what main.py imports when it shows the window)


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


_show = main_window.MainWindow.show


def show(self):
    Probe(self)
    _show(self)


main_window.MainWindow.show = show
sys.exit(main.main([]))
