"""The interview form, rendered from the guide the interview was recorded with.

Every change is saved as it happens: a pause in typing (0.8 s), leaving a field, picking a choice,
switching section or closing the window saves at once. There is no Save button.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import interviews as iv
from core.base import dates
from core.base.errors import DatabaseBusyError, ValidationError
from core.model.guide import shown
from core.reference import guide_library, registry, study
from core.reference import schemes as scheme_catalogue
from core.storage.store import Store
from ui.interview.question_widgets import AnswerEditor, InputError, make_editor
from ui.interview.scheme_grid import SchemeGrid
from ui.support import i18n
from ui.support.messages import answer_error

AUTOSAVE_MS = 800
BUSY_RETRY_MS = 1500  # the next try when a merge holds the database
ERROR_STYLE = "color: #b00020;"


class InterviewForm(QWidget):
    sig_saved = Signal(str)  # interview id: something was written
    sig_history_requested = Signal(str)

    def __init__(self, store: Store, interview_id: str, parent=None):
        super().__init__(parent)
        self.setObjectName("interviewForm")
        self._store = store
        self.interview_id = interview_id
        interview = iv.get(store, interview_id)
        self.guide = guide_library.get(store, interview.guide_id, interview.guide_version)
        self._answers: dict[tuple[str, str], object] = dict(interview.answers)
        self._status = interview.summary.status
        scheme_codes = iv.schemes_for(store, interview_id)
        by_code = {s.code: s for s in scheme_catalogue.list_schemes(store)}
        self.schemes = [by_code[c] for c in scheme_codes]

        lang = i18n.current_language()
        self._build_header()
        self._build_sections(lang, registry.municipalities(store, study.load(store).registry_version))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.content)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.section_list)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1000])

        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

        self._build_behaviour()
        for key, editor in self.editors.items():
            editor.set_value(self._answers.get(key))
        self.section_list.blockSignals(True)
        self.section_list.setCurrentRow(0)
        self.section_list.blockSignals(False)
        self._update_relevance()
        self._update_header(interview.summary)

    def _build_header(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("interviewTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.status_label = QLabel()
        self.status_label.setObjectName("interviewStatus")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.saved_label.setStyleSheet("color: palette(mid);")
        self.complete_button = QPushButton(self.tr("&Complete"))
        self.complete_button.setToolTip(self.tr("Check the required answers and mark the interview complete (Ctrl+Enter)"))
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.header = header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.status_label)
        header.addStretch(1)
        header.addWidget(self.saved_label)
        header.addWidget(self.history_button)
        header.addWidget(self.reopen_button)
        header.addWidget(self.complete_button)
        self.banner = QLabel()
        self.banner.setObjectName("problemBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #8a1c1c; padding: 6px; border-radius: 3px;")
        self.banner.setVisible(False)


    def _build_sections(self, lang: str, municipalities: list) -> None:
        """The section list on the left and a box per section: a grid of questions, or the scheme grid."""
        self.section_list = QListWidget()
        self.section_list.setObjectName("sectionList")
        self.section_list.setMinimumWidth(200)
        self.section_list.setMaximumWidth(260)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.content = QWidget()
        # A complete interview is shown disabled (not editable) but as readable as an open one.
        palette = self.content.palette()
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
        self.content.setPalette(palette)
        content_layout = QVBoxLayout(self.content)
        self.editors: dict[tuple[str, str], AnswerEditor] = {}
        self.errors: dict[tuple[str, str], QLabel] = {}
        self.rows: dict[str, list[QWidget]] = {}
        self.section_boxes: list[QGroupBox] = []
        self.grid: SchemeGrid | None = None
        for section in self.guide.sections:
            box = QGroupBox(section.title(lang))
            box.setObjectName(f"section_{section.name}")
            self.section_boxes.append(box)
            self.section_list.addItem(section.title(lang))
            if section.per_scheme:
                self.grid = SchemeGrid(section, self.schemes)
                layout = QVBoxLayout(box)
                hint = QLabel(self.tr("One row per scheme. Year, took part and benefit open when the answer before them calls for it."))
                hint.setWordWrap(True)
                hint.setStyleSheet("color: palette(mid);")
                layout.addWidget(hint)
                layout.addWidget(self.grid)
                self.grid_error = QLabel()
                self.grid_error.setStyleSheet(ERROR_STYLE)
                self.grid_error.setWordWrap(True)
                self.grid_error.setVisible(False)
                layout.addWidget(self.grid_error)
                for key, editor in self.grid.editors.items():
                    self._wire(key, editor)
            else:
                self._add_questions(box, section, lang, municipalities)
            content_layout.addWidget(box)
        content_layout.addStretch(1)
        if self.grid:
            self.editors.update(self.grid.editors)

    def _add_questions(self, box: QGroupBox, section, lang: str, municipalities: list) -> None:
        """A section asked once: a row per question, its label, editor, hint and the place for its error."""
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        for row, q in enumerate(section.questions):
            label = QLabel(q.label(lang) + (" *" if q.required else ""))
            label.setWordWrap(True)
            label.setMinimumWidth(220)
            label.setMaximumWidth(320)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            editor = make_editor(q, municipalities)
            editor.setObjectName(f"q_{q.name}")
            label.setBuddy(editor)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setVisible(False)
            cell = QVBoxLayout()
            cell.addWidget(editor)
            if q.hint(lang) and q.type != "municipality":
                hint = QLabel(q.hint(lang))
                hint.setStyleSheet("color: palette(mid);")
                hint.setWordWrap(True)
                cell.addWidget(hint)
            cell.addWidget(error)
            holder = QWidget()
            holder.setLayout(cell)
            cell.setContentsMargins(0, 0, 0, 0)
            grid.addWidget(label, row, 0)
            grid.addWidget(holder, row, 1)
            key = (q.name, "")
            self.editors[key] = editor
            self.errors[key] = error
            self.rows[q.name] = [label, holder]
            self._wire(key, editor)

    def _build_behaviour(self) -> None:
        """Autosave's timers, the buttons and the keyboard shortcuts."""
        self._pending: dict[tuple[str, str], AnswerEditor] = {}
        self.unsaved: set[tuple[str, str]] = set()  # typed text that could not be saved (shown with its error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)  # the next try while a merge holds the database
        self._retry.setSingleShot(True)
        self._retry.setInterval(BUSY_RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self.section_list.currentRowChanged.connect(self.go_to_section)
        self.complete_button.clicked.connect(self.complete)
        self.reopen_button.clicked.connect(self.reopen)
        self.history_button.clicked.connect(lambda: self.sig_history_requested.emit(self.interview_id))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self.step_section(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self.step_section(-1))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.complete)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.complete)


    # -- autosave ----------------------------------------------------------------------------
    def _wire(self, key, editor: AnswerEditor) -> None:
        editor.sig_changed.connect(lambda k=key, e=editor: self._queue(k, e, later=True))
        editor.sig_committed.connect(lambda k=key, e=editor: self._queue(k, e, later=False))

    def _queue(self, key, editor, later: bool) -> None:
        self._pending[key] = editor
        if later:
            self._timer.start()
        else:
            self.flush()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Save every pending change now."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        saved = busy = False
        items = list(pending.items())
        for n, (key, editor) in enumerate(items):
            field, scheme = key
            try:
                value = editor.value()
                changed = iv.set_answer(self._store, self.interview_id, field, value, scheme=scheme)
            except DatabaseBusyError:
                # another laptop's package is being merged: keep this answer and the rest, and try again soon;
                # closing the window meanwhile asks first (they count as unsaved)
                for later_key, later_editor in items[n:]:
                    self._pending.setdefault(later_key, later_editor)
                    self.unsaved.add(later_key)
                busy = True
                if not self._retry.isActive():
                    self._retry.start()
                break
            except InputError as exc:
                self._show_error(key, exc.code)
                self.unsaved.add(key)
                continue
            except ValidationError as exc:
                self._show_error(key, next(iter(exc.errors.values())))
                self.unsaved.add(key)
                continue
            self.unsaved.discard(key)
            self._show_error(key, None)
            self._answers[key] = None if value in ("", []) else value
            saved = saved or changed
        if saved:
            self._update_relevance()
            self.saved_label.setStyleSheet("color: palette(mid);")
            self.saved_label.setText(self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S")))
            summary = iv.get(self._store, self.interview_id).summary
            self._update_header(summary)
            self.sig_saved.emit(self.interview_id)
        if busy:
            self.saved_label.setStyleSheet("color: #8a4b00; font-weight: bold;")  # not the quiet grey of "Saved"
            self.saved_label.setText(self.tr("Not saved yet: the database is busy (a merge is running). Trying again…"))

    # -- display -----------------------------------------------------------------------------
    def _show_error(self, key, code: str | None) -> None:
        field, scheme = key
        question = self.guide.question(field)
        if scheme:
            editor = self.editors[key]
            editor.setToolTip(answer_error(code, question) if code else "")
            editor.setStyleSheet("border: 1px solid #b00020;" if code else "")
            return
        label = self.errors[key]
        label.setText(answer_error(code, question) if code else "")
        label.setVisible(code is not None)

    def _update_relevance(self) -> None:
        visible = shown(self.guide, self._answers, [s.code for s in self.schemes])
        for name, widgets in self.rows.items():
            for w in widgets:
                w.setVisible(name in visible[""])
        if self.grid:
            for scheme in self.schemes:
                for q in self.grid.section.questions:
                    self.grid.editors[(q.name, scheme.code)].setEnabled(
                        q.name in visible[scheme.code] and self._status != iv.COMPLETE)

    def _update_header(self, summary) -> None:
        self._status = summary.status
        self.title.setText(f"{summary.municipality_name or '–'} · {dates.format(summary.interview_date)}")
        complete = summary.status == iv.COMPLETE
        self.status_label.setText(self.tr("Complete") if complete else self.tr("Draft"))
        self.status_label.setStyleSheet(
            "padding: 2px 8px; border-radius: 8px; color: white; background: %s;" % ("#2e7d32" if complete else "#8d6e00")
        )
        self.complete_button.setVisible(not complete)
        self.reopen_button.setVisible(complete)
        self.content.setEnabled(not complete)
        if complete:
            self.banner.setText(self.tr("This interview is complete. Reopen it to change answers; the reason is kept in its history."))
            self.banner.setStyleSheet("background: #e8f5e9; color: #1b5e20; padding: 6px; border-radius: 3px;")
            self.banner.setVisible(True)
        elif self.banner.styleSheet().startswith("background: #e8f5e9"):
            self.banner.setVisible(False)

    # -- navigation --------------------------------------------------------------------------
    def go_to_section(self, row: int) -> None:
        if not 0 <= row < len(self.section_boxes):
            return
        self.flush()
        box = self.section_boxes[row]
        self.scroll.verticalScrollBar().setValue(box.y())
        first = self._first_editor(row)
        if first is not None:
            first.focus_widget().setFocus()

    def _first_editor(self, row: int):
        section = self.guide.sections[row]
        for q in section.questions:
            if section.per_scheme:
                return self.grid.editors.get((q.name, self.schemes[0].code)) if self.schemes else None
            editor = self.editors[(q.name, "")]
            if editor.isVisibleTo(self):
                return editor
        return None

    def step_section(self, delta: int) -> None:
        row = min(max(self.section_list.currentRow() + delta, 0), len(self.section_boxes) - 1)
        self.section_list.setCurrentRow(row)

    # -- status ------------------------------------------------------------------------------
    def unsaved_labels(self) -> list[str]:
        lang = i18n.current_language()
        names = {s.code: s.name(lang) for s in self.schemes}
        return [
            self.guide.question(f).label(lang) + (f" ({names.get(s, s)})" if s else "") for f, s in sorted(self.unsaved)
        ]

    def complete(self) -> None:
        self.flush()
        if self.unsaved:
            self.banner.setStyleSheet("background: #fdecea; color: #8a1c1c; padding: 6px; border-radius: 3px;")
            self.banner.setText(self.tr("Not complete: what is typed in {fields} could not be saved. Correct it first.").format(
                fields=", ".join(self.unsaved_labels())))
            self.banner.setVisible(True)
            return
        try:
            iv.complete(self._store, self.interview_id)
        except iv.IncompleteError as exc:
            for key in self.editors:
                self._show_error(key, exc.problems.get(key))
            grid_problems = [k for k in exc.problems if k[1]]
            if self.grid is not None:
                self.grid_error.setText(
                    self.tr("{n} answers in the scheme grid are missing or wrong (marked in red; hover for why).").format(n=len(grid_problems))
                    if grid_problems else ""
                )
                self.grid_error.setVisible(bool(grid_problems))
            self.banner.setStyleSheet("background: #fdecea; color: #8a1c1c; padding: 6px; border-radius: 3px;")
            self.banner.setText(
                self.tr("Not complete: {n} answers are missing or wrong. They are marked below; fix them and complete again.").format(n=len(exc.problems))
            )
            self.banner.setVisible(True)
            if any(k not in self.editors for k in exc.problems):
                # the scheme catalogue changed since this window opened
                self.banner.setText(self.banner.text() + " " + self.tr(
                    "The list of schemes has changed since this interview was opened: close it and open it again."))
            first = next((k for k in self.editors if k in exc.problems), None)
            if first is not None:
                editor = self.editors[first]
                self.scroll.ensureWidgetVisible(editor)
                editor.focus_widget().setFocus()
            return
        self.banner.setVisible(False)
        self._update_header(iv.get(self._store, self.interview_id).summary)
        self._update_relevance()
        self.sig_saved.emit(self.interview_id)

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen interview"), self.tr("Why is the complete interview reopened? (kept in its history)")
        )
        if not ok:
            return
        try:
            iv.reopen(self._store, self.interview_id, reason)
        except iv.ReasonRequiredError:
            self.banner.setText(self.tr("A reason is needed to reopen a complete interview."))
            self.banner.setVisible(True)
            return
        self._update_header(iv.get(self._store, self.interview_id).summary)
        self._update_relevance()
        self.sig_saved.emit(self.interview_id)
