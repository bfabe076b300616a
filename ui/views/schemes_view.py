"""*Ordninger*: the catalogue of national schemes, with add, edit, deactivate and delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from core.base.errors import SchemeInUseError
from core.reference import schemes
from core.reference.schemes import Scheme
from core.storage.store import Store
from ui.dialogs.scheme_dialog import SchemeDialog
from ui.models.scheme_model import COL_CODE, COL_NAME, COL_OWNER, COL_START, COL_STATUS, SchemeTableModel
from ui.support import i18n
from ui.support.tables import SourceSortProxy, configure_table


class SchemesView(QWidget):
    sig_schemes_changed = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("schemesView")
        self._store = store
        self.model = SchemeTableModel(self)
        self.proxy = SourceSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("schemeTable")
        self.table.setModel(self.proxy)
        configure_table(
            self.table,
            COL_NAME,
            {COL_CODE: "distriktssenteret", COL_OWNER: "Helsedirektoratet, Direktoratet for e-helse", COL_START: "2000", COL_STATUS: "Inaktiv"},
        )
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the catalogue's own order until a header is clicked

        self.description = QLabel()
        self.description.setObjectName("schemeDescription")
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("schemeSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.description)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)

        self.new_button = QPushButton(self.tr("&New scheme…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.edit_button, self.toggle_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.hint = QLabel(
            self.tr("Inactive schemes are not asked about in new interviews. A scheme that interviews refer to can be deactivated, not deleted.")
        )
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.hint)

        self.new_button.clicked.connect(self.add_scheme)
        self.edit_button.clicked.connect(self.edit_current)
        self.toggle_button.clicked.connect(self.toggle_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _: self.edit_current())
        self.table.activated.connect(lambda _: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.refresh()

    def refresh(self, select_code: str | None = None) -> None:
        current = select_code or (self.current_scheme().code if self.current_scheme() else None)
        self.model.set_rows(schemes.list_schemes(self._store))
        row = self.model.row_of(current) if current else 0
        if self.model.rowCount():
            index = self.proxy.mapFromSource(self.model.index(max(row, 0), 0))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        self._update_actions()

    def current_scheme(self) -> Scheme | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.scheme(self.proxy.mapToSource(index).row())

    def _update_actions(self) -> None:
        s = self.current_scheme()
        for b in (self.edit_button, self.toggle_button, self.delete_button):
            b.setEnabled(s is not None)
        self.toggle_button.setText(self.tr("&Reactivate") if s and not s.active else self.tr("&Deactivate"))
        if s is None:
            self.description.setText("")
            return
        lang = i18n.current_language()
        self.description.setText(
            f"<b>{s.name(lang)}</b> ({s.code})<br>{s.description(lang) or self.tr('No description.')}<br>"
            + self.tr("Owner: {owner}").format(owner=s.owner)
        )

    def add_scheme(self) -> None:
        dialog = SchemeDialog(self._store, parent=self)
        if dialog.exec() and dialog.result_scheme:
            self.refresh(dialog.result_scheme.code)
            self.sig_schemes_changed.emit()

    def edit_current(self) -> None:
        s = self.current_scheme()
        if s is None:
            return
        dialog = SchemeDialog(self._store, s, parent=self)
        if dialog.exec() and dialog.result_scheme:
            self.refresh(s.code)
            self.sig_schemes_changed.emit()

    def toggle_current(self) -> None:
        s = self.current_scheme()
        if s is None:
            return
        schemes.set_active(self._store, s.code, not s.active)
        self.refresh(s.code)
        self.sig_schemes_changed.emit()

    def delete_current(self) -> None:
        s = self.current_scheme()
        if s is None:
            return
        name = s.name(i18n.current_language())
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete scheme"),
            self.tr("Delete the scheme «{name}» from the catalogue?").format(name=name),
            parent=self,
        )
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not yes:
            return
        try:
            schemes.delete(self._store, s.code)
        except SchemeInUseError as exc:
            QMessageBox.information(
                self,
                self.tr("Scheme in use"),
                self.tr("«{name}» is used in {n} recorded answers, so it cannot be deleted. Deactivate it instead: it then stays in old interviews and is not asked about in new ones.").format(name=name, n=exc.references),
            )
            return
        self.refresh()
        self.sig_schemes_changed.emit()
