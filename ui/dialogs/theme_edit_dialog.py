"""Add or edit one theme: its name, description, colour and the main theme it belongs to (one level of sub-themes).
The core's rules are said beside the field on Save: a name is required, at most 80 characters, and not one
another theme has (case and surrounding spaces aside)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from core.base.errors import ThemeNameError, ValidationError
from core.interviews import themes
from core.interviews.coding import MAX_DESCRIPTION, MAX_NAME
from core.interviews.themes import Theme
from core.storage.store import Store
from ui.support.messages import theme_name_error
from ui.support.widgets import colour_icon, ok_cancel

ERROR_STYLE = "color: #b00020;"


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class ThemeEditDialog(QDialog):
    def __init__(self, store: Store, theme: Theme | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("themeEditDialog")
        self.setWindowTitle(self.tr("Edit theme") if theme else self.tr("New theme"))
        self.setMinimumWidth(480)
        self._store = store
        self._theme = theme
        self.result_id: str | None = None
        live = themes.list_themes(store)
        self.colour = theme.colour if theme else themes.PALETTE[len(live) % len(themes.PALETTE)]

        self.name = QLineEdit(theme.name if theme else "")
        self.name.setObjectName("themeName")
        self.name.setMaxLength(MAX_NAME)
        self.name_error = _error_label("themeNameError")
        self.description = QPlainTextEdit(theme.description if theme else "")
        self.description.setObjectName("themeDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 12)
        self.description_error = _error_label("themeDescriptionError")
        self.colour_button = QPushButton()
        self.colour_button.setObjectName("themeColour")
        self.colour_button.setAutoDefault(False)
        self.parent_combo = QComboBox()
        self.parent_combo.setObjectName("themeParent")
        self.parent_combo.addItem(self.tr("None: a main theme"), None)
        ids = {t.id for t in live}
        for t in live:
            if (t.parent is None or t.parent not in ids) and (theme is None or t.id != theme.id):
                self.parent_combo.addItem(colour_icon(t.colour), t.name, t.id)
        if theme is not None:
            self.parent_combo.setCurrentIndex(max(self.parent_combo.findData(theme.parent), 0))
            if any(t.parent == theme.id for t in live):
                self.parent_combo.setEnabled(False)
                self.parent_combo.setToolTip(self.tr("A theme with sub-themes of its own cannot be a sub-theme."))
        self.parent_error = _error_label("themeParentError")

        form = QFormLayout()
        for text, widget, error in ((self.tr("&Name:"), self.name, self.name_error),
                                    (self.tr("&Description:"), self.description, self.description_error),
                                    (self.tr("&Colour:"), self.colour_button, None),
                                    (self.tr("Sub-theme &of:"), self.parent_combo, self.parent_error)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if error is not None:
                form.addRow("", error)
        self.buttons = ok_cancel(self, self.tr("Save"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.colour_button.clicked.connect(self.choose_colour)
        self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setIcon(colour_icon(self.colour, 18))
        self.colour_button.setText(self.colour.upper() + " …")
        self.colour_button.setToolTip(self.tr("Choose the colour the theme is shown in"))

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Colour of the theme"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def accept(self) -> None:
        for label in (self.name_error, self.description_error, self.parent_error):
            label.setVisible(False)
        description = self.description.toPlainText().strip()
        parent = self.parent_combo.currentData()
        try:
            if len(description) > MAX_DESCRIPTION:
                raise ValidationError({"description": "too_long"})
            if self._theme is None:
                self.result_id = themes.create_theme(self._store, self.name.text(), description, self.colour, parent)
            else:
                themes.update_theme(self._store, self._theme.id, name=self.name.text(), description=description,
                                    colour=self.colour, parent=parent)
                self.result_id = self._theme.id
        except ThemeNameError as exc:
            self._refused(self.name_error, theme_name_error(exc.reason, exc.name), self.name)
            self.name.selectAll()
            return
        except ValidationError as exc:
            if "description" in exc.errors:
                self._refused(self.description_error, self.tr("At most {n} characters.").format(n=MAX_DESCRIPTION),
                              self.description)
            else:
                self._refused(self.parent_error, self.tr("This theme cannot be a sub-theme of that one: a "
                                                         "sub-theme has no sub-themes of its own."), self.parent_combo)
            return
        super().accept()

    def _refused(self, label: QLabel, text: str, field) -> None:
        label.setText(text)
        label.setVisible(True)
        field.setFocus()
