"""Delete a theme that is in use: it says how many passages in how many interviews carry it and what becomes of
its sub-themes, and asks what becomes of its markings (moved to another theme, or removed: the passages lose
the theme, and those left without one are unmarked unless told otherwise). Nothing is dropped without being
said."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
)

from core.interviews import themes
from core.interviews.themes import Theme, ThemeUse
from core.storage.store import Store
from ui.support.widgets import colour_icon, ok_cancel


class ThemeDeleteDialog(QDialog):
    def __init__(self, store: Store, theme: Theme, use: ThemeUse, parent=None):
        super().__init__(parent)
        self.setObjectName("themeDeleteDialog")
        self.setWindowTitle(self.tr("Delete theme"))
        self.setMinimumWidth(520)
        self._store, self._theme, self._use = store, theme, use
        self.summary = QLabel(self._summary())
        self.summary.setObjectName("themeDeleteSummary")
        self.summary.setWordWrap(True)
        self.move = QRadioButton(self.tr("&Move its markings to:"))
        self.move.setObjectName("moveMarkings")
        self.target = QComboBox()
        self.target.setObjectName("moveTarget")
        for t in themes.list_themes(store):
            if t.id != theme.id:
                self.target.addItem(colour_icon(t.colour), ("    " if t.parent else "") + t.name, t.id)
        self.remove = QRadioButton(self.tr("&Remove its markings: the passages lose this theme"))
        self.remove.setObjectName("removeMarkings")
        self.unmark = QCheckBox(self.tr("&Unmark the passages that have no other theme ({n}); else they stay "
                                        "marked without a theme").format(n=use.alone))
        self.unmark.setObjectName("unmarkAlone")
        self.unmark.setChecked(True)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move)
        move_row.addWidget(self.target, 1)
        unmark_row = QHBoxLayout()
        unmark_row.addSpacing(24)
        unmark_row.addWidget(self.unmark, 1)
        self.buttons = ok_cancel(self, self.tr("Delete"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(move_row)
        layout.addWidget(self.remove)
        layout.addLayout(unmark_row)
        layout.addWidget(self.buttons)
        in_use = use.passages > 0
        for w in (self.move, self.target, self.remove, self.unmark):
            w.setVisible(in_use)
        self.unmark.setVisible(in_use and use.alone > 0)
        if not self.target.count():
            self.move.setEnabled(False)
        self.move.toggled.connect(self._update)
        self.remove.toggled.connect(self._update)
        self._update()

    def _summary(self) -> str:
        use, name = self._use, self._theme.name
        parts = []
        if use.passages:
            passages = self.tr("1 passage") if use.passages == 1 else self.tr("{n} passages").format(n=use.passages)
            interviews = (self.tr("1 interview") if use.interviews == 1
                          else self.tr("{n} interviews").format(n=use.interviews))
            parts.append(self.tr("«{name}» is given to {passages} in {interviews}.").format(
                name=name, passages=passages, interviews=interviews))
        else:
            parts.append(self.tr("No passage is marked with «{name}».").format(name=name))
        if use.sub_themes:
            parts.append(self.tr("Its sub-themes ({n}) become main themes.").format(n=use.sub_themes))
        return " ".join(parts)

    def _update(self, *_) -> None:
        """Nothing is chosen for the user: Delete waits until the markings' fate is."""
        self.target.setEnabled(self.move.isChecked())
        self.unmark.setEnabled(self.remove.isChecked())
        chosen = not self._use.passages or self.move.isChecked() or self.remove.isChecked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)

    def accept(self) -> None:
        """Delete the theme as chosen (one transaction)."""
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        theme_id = self._theme.id
        if self._use.passages and self.move.isChecked():
            themes.delete_theme(self._store, theme_id, markings="move", move_to=self.target.currentData())
        elif self._use.passages and self.unmark.isChecked() and self._use.alone:
            themes.delete_theme_unmarking(self._store, theme_id)
        else:
            themes.delete_theme(self._store, theme_id, markings="drop")
        super().accept()
