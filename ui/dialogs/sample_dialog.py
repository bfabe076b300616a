"""Making the sample (a census, a stratified draw from a seed, or an imported list shown row by row before
anything is taken), changing it later with a reason, and assigning municipalities to a coordinator."""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.base.errors import FeltkartError, ValidationError
from core.fieldwork import sample
from core.fieldwork.fields import MAX_NAME
from core.fieldwork.sample_list import ListError
from core.reference import registry, study
from core.storage.store import Store
from ui.support import messages
from ui.support.settings import Key, folder, remember
from ui.support.widgets import MunicipalityLookup, ok_cancel


def _municipalities(store: Store):
    return registry.municipalities(store, study.load(store).registry_version)


class SampleDialog(QDialog):
    """Make the study's sample (or make it again): the rule chosen with a radio button."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.setObjectName("sampleDialog")
        self.setWindowTitle(self.tr("Make the sample"))
        self.store = store
        self.places = _municipalities(store)
        self.report = None
        self.made = 0
        self.census = QRadioButton(self.tr("&Census: every municipality of the registry ({n})").format(
            n=len(self.places)))
        self.draw = QRadioButton(self.tr("&Stratified draw by centrality class"))
        self.imported = QRadioButton(self.tr("&Import a list of municipality numbers (CSV or XLSX)"))
        self.rules = QButtonGroup(self)
        for n, button in enumerate((self.census, self.draw, self.imported)):
            self.rules.addButton(button, n)
        self.census.setChecked(True)
        self.draw_box = self._draw_box()
        self.import_box = self._import_box()
        self.error = QLabel()
        self.error.setObjectName("sampleError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020;")
        self.buttons = ok_cancel(self, self.tr("&Make the sample"), self.tr("Cancel"))
        layout = QVBoxLayout(self)
        existing = sample.members(store)
        if existing:
            note = QLabel(self.tr("The study has a sample of {n} municipalities. Making it again sets which "
                                  "municipalities are in it; their contacts and interviews stay.").format(
                n=len(existing)))
            note.setWordWrap(True)
            layout.addWidget(note)
        for widget in (self.census, self.draw, self.draw_box, self.imported, self.import_box, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.rules.idToggled.connect(lambda _id, _on: self._update())
        self._update()
        self.resize(640, 480)

    def _draw_box(self) -> QWidget:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(24, 0, 0, 0)
        held = {k: sum(m.centrality_class == k for m in self.places) for k in range(1, 7)}
        self.sizes: dict[int, QSpinBox] = {}
        for k in range(1, 7):
            spin = QSpinBox()
            spin.setObjectName(f"sampleClass{k}")
            spin.setRange(0, held[k])
            spin.valueChanged.connect(lambda _v: self._update())
            self.sizes[k] = spin
            label = QLabel(self.tr("Class {k}:").format(k=k))
            label.setBuddy(spin)
            grid.addWidget(label, (k - 1) // 3, 3 * ((k - 1) % 3))
            grid.addWidget(spin, (k - 1) // 3, 3 * ((k - 1) % 3) + 1)
            grid.addWidget(QLabel(self.tr("of {n}").format(n=held[k])), (k - 1) // 3, 3 * ((k - 1) % 3) + 2)
        self.by_county = QLineEdit()
        self.by_county.setObjectName("sampleByCounty")
        self.by_county.setPlaceholderText(self.tr("optional, per class and county: 6/18:3, 5/18:2"))
        self.by_county.textChanged.connect(lambda _t: self._update())
        county_label = QLabel(self.tr("By c&ounty instead:"))
        county_label.setBuddy(self.by_county)
        grid.addWidget(county_label, 2, 0, 1, 2)
        grid.addWidget(self.by_county, 2, 2, 1, 7)
        self.seed = QSpinBox()
        self.seed.setObjectName("sampleSeed")
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setValue(secrets.randbelow(1_000_000))
        seed_label = QLabel(self.tr("S&eed:"))
        seed_label.setBuddy(self.seed)
        seed_label.setToolTip(self.tr("The same seed draws the same municipalities again; it is recorded"))
        grid.addWidget(seed_label, 3, 0)
        grid.addWidget(self.seed, 3, 1, 1, 2)
        return box

    def _import_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(24, 0, 0, 0)
        row = QHBoxLayout()
        self.choose = QPushButton(self.tr("C&hoose file…"))
        self.choose.setObjectName("sampleChoose")
        self.choose.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        row.addWidget(self.choose)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        self.report_table = QTableWidget(0, 4)
        self.report_table.setObjectName("sampleReport")
        self.report_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("In the file"), self.tr("Number"),
                                                     self.tr("Problem")])
        self.report_table.verticalHeader().setVisible(False)
        self.report_table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.report_table)
        return box

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Sample list"), str(folder(Key.SAMPLE_FOLDER)),
                                              self.tr("Lists (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            remember(Key.SAMPLE_FOLDER, str(Path(path).parent))
            self.read(Path(path))

    def read(self, path: Path) -> None:
        """Read the list and show its report, row by row; nothing is taken yet."""
        places = self.places
        try:
            self.report = sample.read_sample_list(path, places)
        except ListError as exc:
            self.report = None
            reasons = {"empty": self.tr("it holds no rows"),
                       "no_number_column": self.tr("no column holds municipality numbers or names"),
                       "unreadable": self.tr("it cannot be read ({detail})").format(detail=exc.detail)}
            self.file_label.setText(self.tr("{file}: {reason}. Choose another file.").format(
                file=path.name, reason=reasons[exc.reason]))
            self.report_table.setRowCount(0)
            self._update()
            return
        problems = {"not_a_number": self.tr("not a municipality number or name"),
                    "not_in_registry": self.tr("not in the study's registry"),
                    "duplicate": self.tr("already in the list"), "leading_zero": self.tr("read with its leading zero")}
        rows = self.report.problems
        self.report_table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            what = "; ".join(problems[p] for p in (r.problem, r.note) if p)
            for col, text in enumerate((str(r.line), r.raw, r.number or "", what)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.report_table.setItem(n, col, item)
        self.report_table.resizeColumnsToContents()
        self.file_label.setText(self.tr("{file}: {rows} rows, {valid} valid, {problems} to look at (below)").format(
            file=path.name, rows=len(self.report.rows), valid=len(self.report.valid), problems=len(rows)))
        self._update()

    def _draw_sizes(self) -> dict[str, int]:
        if self.by_county.text().strip():
            return sample.parse_sizes(self.by_county.text())
        return {str(k): spin.value() for k, spin in self.sizes.items() if spin.value()}

    def _update(self) -> None:
        rule = self.rules.checkedId()
        self.draw_box.setEnabled(rule == 1)
        self.import_box.setEnabled(rule == 2)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        self.error.clear()
        if rule == 0:
            ok.setText(self.tr("&Make the sample ({n})").format(n=len(self.places)))
            ok.setEnabled(True)
        elif rule == 1:
            try:
                n = sum(self._draw_sizes().values())
            except ValueError as exc:
                self.error.setText(self.tr("Cannot read «{part}»: write class/county:number, e.g. 6/18:3").format(
                    part=str(exc)))
                n = 0
            ok.setText(self.tr("&Draw {n} municipalities").format(n=n))
            ok.setEnabled(n > 0)
        else:
            valid = len(self.report.valid) if self.report else 0
            ok.setText(self.tr("Im&port {n} valid rows").format(n=valid))
            ok.setEnabled(valid > 0)

    def accept(self) -> None:
        rule = self.rules.checkedId()
        try:
            if rule == 0:
                self.made = sample.census(self.store)
            elif rule == 1:
                self.made = sample.make_drawn(self.store, self._draw_sizes(), self.seed.value())
            else:
                self.made = sample.make_imported(self.store, self.report)
        except sample.StratumTooSmall as exc:
            self.error.setText(self.tr("Cannot draw: {what}.").format(what="; ".join(
                self.tr("stratum {k}: {asked} asked, only {held} there").format(k=k.replace(":", "/"), asked=a,
                                                                                 held=h)
                for k, (a, h) in exc.shortfalls.items())))
            return
        except (ValueError, FeltkartError) as exc:
            self.error.setText(messages.describe_error(exc))
            return
        super().accept()


class ChangeSampleDialog(QDialog):
    """Add a municipality to the sample (a replacement) or drop one, with the reason (required)."""

    def __init__(self, store: Store, number: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("changeSampleDialog")
        self.store = store
        self.adding = number is None
        places = _municipalities(store)
        self.setWindowTitle(self.tr("Add to the sample") if self.adding else self.tr("Drop from the sample"))
        self.lookup = MunicipalityLookup(places)
        self.municipality = QLineEdit()
        self.municipality.setObjectName("changeMunicipality")
        if self.adding:
            self.municipality.setCompleter(self.lookup.completer(self))
            self.municipality.setPlaceholderText(self.tr("Name or number"))
        else:
            self.municipality.setText(self.lookup.label(number) or number)
            self.municipality.setReadOnly(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("changeReason")
        self.reason.setPlaceholderText(self.tr("For example: replaces Hemnes, which refused"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        form = QFormLayout()
        for text, edit in ((self.tr("&Municipality:"), self.municipality), (self.tr("&Reason:"), self.reason)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("&Add") if self.adding else self.tr("&Drop"), self.tr("Cancel")))
        (self.municipality if self.adding else self.reason).setFocus()
        self.resize(480, 0)

    def number(self) -> str | None:
        return self.lookup.number(self.municipality.text())

    def accept(self) -> None:
        number = self.number()
        if number is None:
            self.error.setText(messages.answer_error("not_in_registry"))
            return
        try:
            sample.set_member(self.store, number, self.adding, self.reason.text())
        except ValidationError as exc:
            self.error.setText(self.tr("Give the reason: it is kept with the change.") if "reason" in exc.errors
                               else messages.answer_error(next(iter(exc.errors.values()))))
            return
        super().accept()


class AssignDialog(QDialog):
    """Assign the chosen municipalities to one coordinator (or to nobody), in one action."""

    def __init__(self, store: Store, numbers: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.store, self.numbers = store, numbers
        self.setWindowTitle(self.tr("Assign to a coordinator"))
        self.coordinator = QComboBox()
        self.coordinator.setObjectName("assignCoordinator")
        self.coordinator.setEditable(True)
        self.coordinator.addItems(sample.coordinators(store))
        self.coordinator.setCurrentText(study.load(store).coordinator_name)
        self.coordinator.lineEdit().setMaxLength(MAX_NAME)
        self.nobody = QCheckBox(self.tr("&Nobody: take the assignment away"))
        self.nobody.toggled.connect(lambda on: self.coordinator.setEnabled(not on))
        label = QLabel(self.tr("{n} municipalities to &coordinator:").format(n=len(numbers)))
        label.setBuddy(self.coordinator)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.coordinator)
        layout.addWidget(self.nobody)
        layout.addWidget(ok_cancel(self, self.tr("&Assign"), self.tr("Cancel")))
        self.coordinator.setFocus()
        self.coordinator.lineEdit().selectAll()

    def accept(self) -> None:
        name = None if self.nobody.isChecked() else self.coordinator.currentText().strip()
        if not self.nobody.isChecked() and not name:
            QMessageBox.information(self, self.windowTitle(), self.tr("Write the coordinator's name, or tick "
                                                                      "Nobody."))
            return
        try:
            sample.assign(self.store, self.numbers, name)
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), messages.answer_error(next(iter(exc.errors.values()))))
            return
        super().accept()
