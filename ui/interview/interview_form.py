"""The interview form, rendered from the guide the interview was recorded with.

Every change is saved as it happens: a pause in typing (0.8 s), leaving a field, picking a choice,
switching section or closing the window saves at once. There is no Save button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core import interviews as iv
from core.base.errors import DatabaseBusyError, ValidationError
from core.interviews import passages
from core.model.guide import not_ticked, shown
from core.reference import guide_library, registry, study
from core.reference import schemes as scheme_catalogue
from core.storage.store import Store
from ui.interview.form_header import FormHeader
from ui.interview.question_widgets import AnswerEditor, ChoiceEditor, InputError, make_editor
from ui.interview.scheme_grid import SchemeGrid
from ui.support import i18n
from ui.support.messages import answer_error

AUTOSAVE_MS = 800
BUSY_RETRY_MS = 1500  # the next try when a merge holds the database
ERROR_STYLE = "color: #b00020;"
GRID_ERRORS_SHOWN = 8  # the scheme grid's problems listed under it; the rest counted


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
        self.header = FormHeader()
        for name in ("title", "status_label", "saved_label", "complete_button", "reopen_button", "history_button",
                     "banner", "lock_banner"):
            setattr(self, name, getattr(self.header, name))
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
        layout.addWidget(self.header)
        layout.addWidget(splitter, 1)

        self._build_behaviour()
        for key, editor in self.editors.items():
            editor.set_value(self._answers.get(key))
        self.section_list.blockSignals(True)
        self.section_list.setCurrentRow(0)
        self.section_list.blockSignals(False)
        self._update_relevance()
        self._update_header(interview.summary)

    def _build_sections(self, lang: str, municipalities: list) -> None:
        """The section list on the left and a box per section: a grid of questions, or the scheme grid."""
        self.section_list = QListWidget()
        self.section_list.setObjectName("sectionList")
        self.section_list.setMinimumWidth(200)
        self.section_list.setMaximumWidth(260)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a long section name («B. The municipality's development work») wraps onto a second line, never cut
        self.section_list.setWordWrap(True)
        self.section_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.content = QWidget()
        # A complete interview is shown disabled, as readable as an open one, but visibly not to be typed in:
        # its fields lose their white ground (and the banner above says why, with the way to reopen it).
        palette = self.content.palette()
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base,
                         palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window))
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
        """Autosave's timers, the buttons, the keyboard shortcuts, and the section list following the focus and
        the scrolling."""
        self._pending: dict[tuple[str, str], AnswerEditor] = {}
        self.unsaved: set[tuple[str, str]] = set()  # typed text that could not be saved (shown with its error)
        self._grid_errors: dict[tuple[str, str], str] = {}
        self._stepped: dict[tuple[str, str], object] = {}  # choices stepped to, not saved yet
        self._navigating = False
        self.reopen_dialog = None
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
        QApplication.instance().focusChanged.connect(self._follow_focus)
        self.scroll.verticalScrollBar().valueChanged.connect(self._follow_scroll)

    # -- autosave ----------------------------------------------------------------------------
    def _wire(self, key, editor: AnswerEditor) -> None:
        editor.sig_changed.connect(lambda k=key, e=editor: self._queue(k, e, later=True))
        editor.sig_committed.connect(lambda k=key, e=editor: self._queue(k, e, later=False))
        editor.sig_stepped.connect(lambda k=key, e=editor: self._queue(k, e, later=None))

    def _queue(self, key, editor, later: bool | None) -> None:
        """``later``: save after a pause in typing; False: now; None: when the field is left (a choice stepped
        through), or with the next save."""
        if self._status == iv.COMPLETE:
            return  # read-only: a field left as the form locks has nothing to save
        self._pending[key] = editor
        if later:
            self._timer.start()
        elif later is False:
            self.flush()
        else:  # the questions it opens are shown at once, so that Tab reaches them
            self._stepped[key] = editor.value()
            self._update_relevance()

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Save every pending change now."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        if self._status == iv.COMPLETE:
            return
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
            self._stepped.pop(key, None)
            self._show_error(key, None)
            self._answers[key] = None if value in ("", []) else value
            saved = saved or changed
        if saved:
            self._update_relevance()
            texts = [k for k, _e in items if k not in self.unsaved and self.guide.question(k[0]).searchable]
            self.header.show_saved(passages.needing_review(self._store, self.interview_id, texts) if texts else 0)
            self._update_header(iv.get(self._store, self.interview_id).summary)
            self.sig_saved.emit(self.interview_id)
        if busy:
            self.header.show_busy()

    # -- display -----------------------------------------------------------------------------
    def _error_text(self, code: str, question) -> str:
        if code == "not_ticked":
            among = self.guide.question(question.among).label(i18n.current_language())
            return self.tr("Choose one of those ticked in «{question}».").format(question=among)
        return answer_error(code, question)

    def _show_error(self, key, code: str | None, list_grid: bool = True) -> None:
        """Why an answer is refused, beside its field: under it, or for the scheme grid, listed under the grid
        (the cell itself framed in red; ``list_grid``: False when the caller lists the grid once after many)."""
        field, scheme = key
        question = self.guide.question(field)
        text = self._error_text(code, question) if code else ""
        if scheme:
            editor = self.editors[key]
            editor.setToolTip(text)
            editor.setStyleSheet("border: 1px solid #b00020;" if code else "")
            if code:
                self._grid_errors[key] = text
            else:
                self._grid_errors.pop(key, None)
            if list_grid:
                self._show_grid_errors()
            return
        label = self.errors[key]
        label.setText(text)
        label.setVisible(code is not None)

    def _show_grid_errors(self) -> None:
        if self.grid is None:
            return
        lang = i18n.current_language()
        names = {s.code: s.name(lang) for s in self.schemes}
        order = {key: n for n, key in enumerate(self.grid.editors)}
        keys = sorted(self._grid_errors, key=lambda k: order.get(k, len(order)))
        lines = [self.tr("{scheme}, {question}: {error}").format(
            scheme=names.get(s, s), question=self.guide.question(f).label(lang), error=self._grid_errors[(f, s)])
            for f, s in keys[:GRID_ERRORS_SHOWN]]
        if len(keys) > GRID_ERRORS_SHOWN:
            lines.append(self.tr("… and {n} more, framed in red.").format(n=len(keys) - GRID_ERRORS_SHOWN))
        self.grid_error.setText("\n".join(lines))
        self.grid_error.setVisible(bool(lines))

    def _update_relevance(self) -> None:
        answers = {**self._answers, **self._stepped}
        visible = shown(self.guide, answers, [s.code for s in self.schemes])
        for name, widgets in self.rows.items():
            for w in widgets:
                w.setVisible(name in visible[""])
        for (name, scheme), editor in self.editors.items():
            question = editor.question
            if question.among and isinstance(editor, ChoiceEditor):
                editor.offer(answers.get((question.among, scheme)) or [])
                if not scheme and (name, scheme) not in self.unsaved:
                    self._show_error((name, scheme), not_ticked(question, editor.value(), answers, scheme))
        if self.grid:
            for scheme in self.schemes:
                for q in self.grid.section.questions:
                    self.grid.editors[(q.name, scheme.code)].setEnabled(
                        q.name in visible[scheme.code] and self._status != iv.COMPLETE)

    def _update_header(self, summary) -> None:
        was_complete = self._status == iv.COMPLETE
        self._status = summary.status
        self.header.show_summary(summary)
        complete = summary.status == iv.COMPLETE
        focus = QApplication.focusWidget()
        if complete and not was_complete and focus is not None and self.content.isAncestorOf(focus):
            self.section_list.setFocus()  # not left on a field that no longer takes input
        self.content.setEnabled(not complete)

    # -- navigation --------------------------------------------------------------------------
    def go_to_section(self, row: int) -> None:
        if not 0 <= row < len(self.section_boxes) or self._navigating:
            return
        self.flush()
        self._navigating = True
        try:
            self.scroll.verticalScrollBar().setValue(self.section_boxes[row].y())
            first = self._first_editor(row)
            if first is not None:
                first.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._navigating = False

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

    def _mark_section(self, row: int) -> None:
        """The section list shows ``row`` without moving the focus there."""
        if row != self.section_list.currentRow():
            self.section_list.blockSignals(True)
            self.section_list.setCurrentRow(row)
            self.section_list.blockSignals(False)

    def _follow_focus(self, _old, new) -> None:
        if new is None or self._navigating or not self.content.isAncestorOf(new):
            return
        for row, box in enumerate(self.section_boxes):
            if box.isAncestorOf(new):
                self.scroll.ensureWidgetVisible(new, 20, 40)
                self._mark_section(row)
                return

    def _follow_scroll(self, value: int) -> None:
        if self._navigating:
            return
        focus = QApplication.focusWidget()
        line = value + self.scroll.viewport().height() // 3
        row = max((n for n, box in enumerate(self.section_boxes) if box.y() <= line), default=0)
        if focus is not None and self.content.isAncestorOf(focus) and self.section_boxes[row].isAncestorOf(focus):
            return
        self._mark_section(row)

    def focus_first_empty(self) -> None:
        """The focus in the first field shown that has no answer yet (the section list in a complete interview)."""
        if self._status == iv.COMPLETE:
            self.section_list.setFocus()
            return
        for key, editor in self._editors_in_order():
            if editor.isEnabled() and editor.isVisibleTo(self) and self._answers.get(key) in (None, "", []):
                editor.focus_widget().setFocus(Qt.FocusReason.TabFocusReason)
                self.scroll.ensureWidgetVisible(editor, 20, 40)
                return

    def focus_answer(self, field: str, scheme: str = "", position: int | None = None) -> bool:
        """The answer (field, scheme) in view, its section marked, the cursor in its text at ``position`` (code
        points); in a complete interview, which takes no input, the focus stays in the section list. False when
        the form has no such answer (a scheme not in this interview)."""
        editor = self.editors.get((field, scheme or ""))
        if editor is None:
            return False
        if scheme and self.grid is not None:  # the grid's cell in view first (a wide grid scrolls sideways)
            columns = [q.name for q in self.grid.section.questions]
            rows = [s.code for s in self.schemes]
            self.grid.scrollTo(self.grid.model().index(rows.index(scheme), columns.index(field)))
        self.scroll.ensureWidgetVisible(editor, 20, 40)
        self._mark_section(next(n for n, box in enumerate(self.section_boxes) if box.isAncestorOf(editor)))
        editor.place_cursor(position or 0)
        if self._status == iv.COMPLETE:
            self.section_list.setFocus()
        else:
            editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _editors_in_order(self):
        for section in self.guide.sections:
            schemes = [s.code for s in self.schemes] if section.per_scheme else [""]
            for scheme in schemes:
                for q in section.questions:
                    yield (q.name, scheme), self.editors[(q.name, scheme)]

    # -- status ------------------------------------------------------------------------------
    def unsaved_labels(self) -> list[str]:
        lang = i18n.current_language()
        names = {s.code: s.name(lang) for s in self.schemes}
        return [
            self.guide.question(f).label(lang) + (f" ({names.get(s, s)})" if s else "") for f, s in sorted(self.unsaved)
        ]

    def complete(self) -> None:
        """Complete (Ctrl+Enter, from any field): what is pending is saved first."""
        if self._status == iv.COMPLETE:
            return
        self.flush()
        if self.unsaved:
            self.header.show_problem(self.tr("Not complete: what is typed in {fields} could not be saved. Correct it first.").format(
                fields=", ".join(self.unsaved_labels())))
            return
        try:
            iv.complete(self._store, self.interview_id)
        except iv.IncompleteError as exc:
            self._show_problems(exc.problems)
            return
        self.banner.setVisible(False)
        self._update_header(iv.get(self._store, self.interview_id).summary)
        self._update_relevance()
        self.sig_saved.emit(self.interview_id)

    def _show_problems(self, found: dict) -> None:
        for key in self.editors:
            self._show_error(key, found.get(key), list_grid=False)
        self._show_grid_errors()  # once, not once per cell
        text = self.tr("Not complete: {n} answers are missing or wrong. They are marked below; fix them and complete again.").format(n=len(found))
        if any(k not in self.editors for k in found):  # the scheme catalogue changed since this window opened
            text += " " + self.tr("The list of schemes has changed since this interview was opened: close it and open it again.")
        self.header.show_problem(text)
        first = next((k for k in self.editors if k in found), None)
        if first is not None:
            editor = self.editors[first]
            self.scroll.ensureWidgetVisible(editor)
            editor.focus_widget().setFocus()

    def reopen(self) -> None:
        """Ask why (the dialog stays open until a reason is given), then the form is editable again."""
        from ui.interview.reopen_dialog import ReopenDialog

        self.reopen_dialog = ReopenDialog(self._store, self.interview_id, self)
        self.reopen_dialog.accepted.connect(self._reopened)
        self.reopen_dialog.open()

    def _reopened(self) -> None:
        self._update_header(iv.get(self._store, self.interview_id).summary)
        self._update_relevance()
        self.sig_saved.emit(self.interview_id)
        self.focus_first_empty()
