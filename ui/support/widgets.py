"""Small pieces shared by dialogs and editors."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """An OK/Cancel button box with our own (translated) texts, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MunicipalityLookup:
    """A municipality typed by name or number: "Hemnes (1832)" as the completer offers it, the number alone
    ("1832", or "301" for 0301), or a name that fits exactly one municipality. The interview form's municipality
    and the sample's additions read it the same way."""

    def __init__(self, municipalities):
        self.by_label = {f"{m.name} ({m.number})": m.number for m in municipalities}
        self.by_number = {number: label for label, number in self.by_label.items()}

    def completer(self, parent, visible: int = 12) -> QCompleter:
        """Offers every label that contains what is typed, whatever its case."""
        completer = QCompleter(parent)
        completer.setModel(QStringListModel(list(self.by_label), completer))  # the completer keeps its model
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(visible)
        return completer

    def number(self, text: str) -> str | None:
        """The municipality's number, or None when the text names none, or more than one."""
        text = text.strip()
        if text in self.by_label:
            return self.by_label[text]
        if text.isdigit() and text.zfill(4) in self.by_number:
            return text.zfill(4)
        found = [n for label, n in self.by_label.items() if label.casefold().startswith(text.casefold() + " (")]
        return found[0] if len(found) == 1 else None
