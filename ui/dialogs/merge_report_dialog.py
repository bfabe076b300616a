"""The merge report: what a merge did, in words, with a button to save it as a text file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout

from core.base.atomic import WriteError, atomic_file, refused
from core.base.errors import DiskFullError, FeltkartError
from core.storage.store import Store
from ui.support import conflict_words as words
from ui.support import messages


class MergeReportDialog(QDialog):
    """What the merge did, in words, with a button to save it as a text file. Each conflict and possible
    duplicate is named as the Konflikter view names it, from the ``store`` it was merged into (municipality,
    date, question, the values with who and when)."""

    def __init__(self, report, parent, store: Store):
        super().__init__(parent)
        self.setObjectName("mergeReport")
        self.setWindowTitle(self.tr("Merge report"))
        self.report = report
        self.store = store
        summary = QLabel(self._summary())
        summary.setObjectName("mergeSummary")
        summary.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(self._lines()))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Qt's own translations are not bundled: the button's text comes from ours
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.save_button = buttons.addButton(self.tr("&Save report…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _summary(self) -> str:
        r = self.report
        parts = [self.tr("Merged {n} package(s): {i} new interviews, {c} new changes, {a} answers updated.").format(
            n=len(r.merged), i=r.added_interviews, c=r.added_changes, a=r.updated_answers)]
        if r.fieldwork_changes:
            parts.append(self.tr("Fieldwork: {n} new changes (sample, assignments, contacts, "
                                 "appointments).").format(n=r.fieldwork_changes))
        if r.refused:
            parts.append(self.tr("Refused: {n} file(s), nothing taken from them.").format(n=len(r.refused)))
        if r.stopped:
            parts.append(self.tr("Stopped: {n} package(s) not merged, nothing taken from them. Merge them again "
                                 "when you are ready.").format(n=len(r.stopped)))
        if r.conflicts:
            parts.append(self.tr("{n} answer(s) were changed on two laptops: see Conflicts.").format(n=len(r.conflicts)))
        if r.fieldwork_conflicts:
            parts.append(self.tr("{n} fieldwork field(s) were changed on two laptops: see "
                                 "Conflicts.").format(n=len(r.fieldwork_conflicts)))
        if r.duplicates:
            parts.append(self.tr("{n} possible duplicate interview(s): same municipality and date from two laptops.").format(
                n=len(r.duplicates)))
        if r.changed_after_delete:
            parts.append(self.tr("{n} deleted interview(s) were edited on another laptop; restore them from the trash "
                                 "if the edits matter.").format(n=len(r.changed_after_delete)))
        if r.backup:
            parts.append(self.tr("A backup was written first: {path}").format(path=r.backup))
        return "\n".join(parts)

    def _lines(self) -> list[str]:
        r = self.report
        lines = [self.tr("Merged: {file}").format(file=name) for name in r.merged]
        for exc in r.refused:
            lines.append(self.tr("Refused {file}: {reason}").format(file=str(exc.path),
                                                                     reason=messages.package_refusal(exc)))
        lines += [self.tr("Not merged (stopped): {file}").format(file=name) for name in r.stopped]
        for c in r.conflicts:
            try:
                label, question = words.question_label(self.store, c)
                lines.append(self.tr("Conflict: {answer}: {values}").format(
                    answer=words.heading(self.store, c, label), values=" | ".join(words.value_texts(c, question))))
            except (FeltkartError, KeyError):  # gone since the merge, or a question this guide lacks
                lines.append(self.tr("Conflict: {answer}").format(answer=f"{c.interview_id} {c.field} {c.scheme}"))
        for c in r.fieldwork_conflicts:
            try:
                lines.append(self.tr("Conflict: {answer}: {values}").format(
                    answer=words.fieldwork_heading(self.store, c), values=" | ".join(words.fieldwork_value_texts(c))))
            except FeltkartError:  # gone since the merge
                lines.append(self.tr("Conflict: {answer}").format(answer=f"{c.record_id} {c.field}"))
        for first, second in r.duplicates:
            try:
                pair = words.duplicate_text(self.store, first, second)
            except FeltkartError:  # gone since the merge
                pair = f"{first}, {second}"
            lines.append(self.tr("Possible duplicate: {pair}").format(pair=pair))
        if r.backup:
            lines.append(self.tr("Backup before merging: {path}").format(path=r.backup))
        return lines

    def save(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), str(Path.home() / "sammenslaing.txt"),
                                              self.tr("Text (*.txt)"))
        if not path:
            return None
        target = Path(path)
        try:
            with atomic_file(target) as tmp:
                try:
                    tmp.write_text(self._summary() + "\n\n" + "\n".join(self._lines()) + "\n", encoding="utf-8")
                except OSError as exc:
                    raise refused(target, exc) from exc
        except DiskFullError:
            QMessageBox.warning(self, self.tr("Report not saved"), messages.disk_full(target))
            return None
        except WriteError as exc:
            QMessageBox.warning(self, self.tr("Report not saved"), f"{target}: {exc.reason}")
            return None
        return target
