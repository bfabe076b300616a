"""Choose the themes of a passage: tick one or more of the study's themes, or add a new one by name. Used to mark
a selected part of a quote and to change the themes of a marked passage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from core.base.errors import ThemeNameError
from core.interviews import themes
from core.storage.store import Store
from ui.support.messages import theme_name_error
from ui.support.widgets import colour_icon, ok_cancel


class ThemeChoiceDialog(QDialog):
    def __init__(self, store: Store, passage: str, parent=None, checked: set[str] = frozenset(),
                 title: str | None = None):
        super().__init__(parent)
        self.setObjectName("themeChoiceDialog")
        self.setWindowTitle(title or self.tr("Mark with theme"))
        self._store = store
        shown = passage if len(passage) <= 160 else passage[:160] + "…"
        quote = QLabel(f"«{shown}»")
        quote.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("themeChoices")
        list_label = QLabel(self.tr("&Themes:"))
        list_label.setBuddy(self.list)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newTheme")
        new_label = QLabel(self.tr("&New theme:"))
        new_label.setBuddy(self.new_name)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.error = QLabel()
        self.error.setObjectName("themeChoiceError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(new_label)
        row.addWidget(self.new_name, 1)
        row.addWidget(self.add_button)
        self.buttons = ok_cancel(self, self.tr("OK"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(quote)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_button.clicked.connect(self.add_theme)
        self.new_name.returnPressed.connect(self.add_theme)
        self.list.itemChanged.connect(lambda _: self._update_ok())
        self._fill(set(checked))
        self.resize(460, 480)

    def _fill(self, checked: set[str] = frozenset()) -> None:
        self.list.clear()
        for theme in themes.list_themes(self._store):
            item = QListWidgetItem(colour_icon(theme.colour), ("    " if theme.parent else "") + theme.name)
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setToolTip(theme.description)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if theme.id in checked else Qt.CheckState.Unchecked)
            item.setForeground(QColor(theme.colour))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_ok()

    def add_theme(self) -> None:
        try:
            new = themes.create_theme(self._store, self.new_name.text())
        except ThemeNameError as exc:
            self.error.setText(theme_name_error(exc.reason, exc.name))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.new_name.clear()
        self._fill(set(self.theme_ids()) | {new})

    def theme_ids(self) -> list[str]:
        items = (self.list.item(n) for n in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.theme_ids()))
