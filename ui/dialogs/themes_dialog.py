"""*Temaer*: the study's list of themes (name, description, colour; one level of sub-themes), edited as the
schemes are: new, edit, delete (asking what becomes of the markings of a theme in use), and the interview
guide's barrier and measure codes added as starting themes (once: a second time adds nothing).

Keys in the list: Enter edits, Insert adds, Delete deletes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from core.interviews import themes
from core.storage.store import Store
from ui.dialogs.theme_delete_dialog import ThemeDeleteDialog
from ui.dialogs.theme_edit_dialog import ThemeEditDialog
from ui.support import i18n
from ui.support.widgets import close_only, colour_icon

COL_NAME, COL_PASSAGES, COL_DESCRIPTION = range(3)


class ThemesDialog(QDialog):
    sig_changed = Signal()  # a theme was added, changed or deleted

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("themesDialog")
        self.setWindowTitle(self.tr("Themes"))
        self._store = store
        self.changed = False
        intro = QLabel(self.tr("The study's themes for marking passages of quotes and notes; a theme can have "
                               "sub-themes (one level). Every laptop of the study gets them with the next "
                               "field package."))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("themeTree")
        self.tree.setHeaderLabels([self.tr("Theme"), self.tr("Passages"), self.tr("Description")])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(18)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PASSAGES, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        tree_label = QLabel(self.tr("&Themes:"))
        tree_label.setBuddy(self.tree)
        self.new_button = QPushButton(self.tr("&New theme…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.starting_button = QPushButton(self.tr("Add the guide's &barriers and measures"))
        self.starting_button.setObjectName("startingThemes")
        self.starting_button.setToolTip(self.tr(
            "The interview guide's barrier and measure codes as themes, under «Barriers» and «Measures»; those "
            "already there are left as they are"))
        for b in (self.new_button, self.edit_button, self.delete_button, self.starting_button):
            b.setAutoDefault(False)
        self.message = QLabel()
        self.message.setObjectName("themesMessage")
        self.message.setWordWrap(True)
        side = QVBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button):
            side.addWidget(b)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.tree, 1)
        body.addLayout(side)
        bottom = QHBoxLayout()
        bottom.addWidget(self.starting_button)
        bottom.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(tree_label)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        layout.addWidget(close_only(self, self.tr("Close")))

        self.new_button.clicked.connect(self.add_theme)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.starting_button.clicked.connect(self.add_starting_themes)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_actions())
        self.tree.installEventFilter(self)
        self.refresh()
        self.tree.setFocus()
        available = self.screen().availableGeometry()
        self.resize(min(820, int(available.width() * 0.9)), min(600, int(available.height() * 0.85)))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.tree and event.type() == QEvent.Type.KeyPress:
            action = {Qt.Key.Key_Return: self.edit_current, Qt.Key.Key_Enter: self.edit_current,
                      Qt.Key.Key_Insert: self.add_theme, Qt.Key.Key_Delete: self.delete_current}.get(event.key())
            if action is not None:
                action()
                return True  # not on to the dialog, whose Enter would close it
        return super().eventFilter(obj, event)

    def refresh(self, select: str | None = None) -> None:
        """The themes read again, ``select`` (or the one chosen before) chosen."""
        select = select or self.current_id()
        counts = themes.passage_counts(self._store)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for t in themes.list_themes(self._store):
            item = QTreeWidgetItem([t.name, str(counts.get(t.id, 0)), " ".join(t.description.split())])
            item.setIcon(COL_NAME, colour_icon(t.colour))
            item.setData(COL_NAME, Qt.ItemDataRole.UserRole, t.id)
            item.setTextAlignment(COL_PASSAGES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(COL_DESCRIPTION, t.description)
            parent = items.get(t.parent)
            if parent is not None:
                parent.addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            items[t.id] = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(COL_NAME)
        self.tree.setColumnWidth(COL_NAME, min(self.tree.columnWidth(COL_NAME) + 12, 420))
        chosen = items.get(select) if select else None
        chosen = chosen or self.tree.topLevelItem(0)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._update_actions()

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(COL_NAME, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_actions(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _changed(self, select: str | None = None) -> None:
        self.changed = True
        self.refresh(select)
        self.sig_changed.emit()

    def add_theme(self) -> None:
        dialog = ThemeEditDialog(self._store, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Theme added."))
            self._changed(dialog.result_id)

    def edit_current(self) -> None:
        theme_id = self.current_id()
        if theme_id is None:
            return
        dialog = ThemeEditDialog(self._store, themes.get_theme(self._store, theme_id), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.message.setText(self.tr("Theme saved."))
            self._changed(theme_id)

    def delete_current(self) -> None:
        theme_id = self.current_id()
        if theme_id is None:
            return
        theme = themes.get_theme(self._store, theme_id)
        use = themes.use_of(self._store, theme_id)
        if use.passages or use.sub_themes:
            if ThemeDeleteDialog(self._store, theme, use, self).exec() != QDialog.DialogCode.Accepted:
                return
        else:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete theme"),
                              self.tr("Delete the theme «{name}»? No passage is marked with it.").format(
                                  name=theme.name), parent=self)
            yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
            box.exec()
            if box.clickedButton() is not yes:
                return
            themes.delete_theme(self._store, theme_id)
        self.message.setText(self.tr("The theme «{name}» is deleted.").format(name=theme.name))
        self._changed()

    def add_starting_themes(self) -> None:
        made = themes.starting_themes(self._store, "en" if i18n.current_language() == "en" else "nb")
        if not made:
            self.message.setText(self.tr("The guide's barriers and measures are already among the themes: "
                                         "nothing was added."))
            return
        self.message.setText(self.tr("{n} themes added from the interview guide.").format(n=len(made)))
        self._changed()
