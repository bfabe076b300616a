"""The merge report: what a merge did, in words, with a button to save it as a text file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from core.base.atomic import atomic_file
from core.base.errors import FeltkartError
from core.storage.store import Store
from ui.support import conflict_words as words
from ui.support import messages
from ui.support.coding_words import coding_heading, coding_value_texts
from ui.support.save import save_as
from ui.support.settings import Key
from ui.support.widgets import close_only


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
        buttons = close_only(self, self.tr("Close"))
        self.save_button = buttons.addButton(self.tr("&Save report…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _summary(self) -> str:
        r = self.report
        n = len(r.merged)
        if r.merged_nothing_new:
            parts = [(self.tr("Merged 1 package: it held nothing new, so nothing changed and no backup was needed.")
                      if n == 1 else self.tr("Merged {n} packages: they held nothing new, so nothing changed and no "
                                             "backup was needed.")).format(n=n)]
        else:
            merged = (self.tr("Merged 1 package.") if n == 1 else self.tr("Merged {n} packages.")).format(n=n)
            parts = [merged + " " + self.tr("New interviews: {i} · new changes: {c} · answers updated: {a}.").format(
                i=r.added_interviews, c=r.added_changes, a=r.updated_answers)]
        if r.fieldwork_changes:
            parts.append(self.tr("New changes of the fieldwork (sample, assignments, contacts, appointments): "
                                 "{n}.").format(n=r.fieldwork_changes))
        if r.refused:
            n = len(r.refused)
            parts.append((self.tr("Refused: 1 file, nothing taken from it.") if n == 1
                          else self.tr("Refused: {n} files, nothing taken from them.")).format(n=n))
        if r.stopped:
            n = len(r.stopped)
            parts.append((self.tr("Stopped: 1 package not merged, nothing taken from it. Merge it again when you "
                                  "are ready.") if n == 1
                          else self.tr("Stopped: {n} packages not merged, nothing taken from them. Merge them again "
                                       "when you are ready.")).format(n=n))
        if r.conflicts:
            n = len(r.conflicts)
            parts.append((self.tr("1 answer was changed on two laptops: see Conflicts.") if n == 1
                          else self.tr("{n} answers were changed on two laptops: see Conflicts.")).format(n=n))
        if r.fieldwork_conflicts:
            n = len(r.fieldwork_conflicts)
            parts.append((self.tr("1 fieldwork field was changed on two laptops: see Conflicts.") if n == 1
                          else self.tr("{n} fieldwork fields were changed on two laptops: see Conflicts.")).format(n=n))
        if r.theme_conflicts:
            n = len(r.theme_conflicts)
            parts.append((self.tr("1 theme or marked passage was changed on two laptops: see Conflicts.") if n == 1
                          else self.tr("{n} themes or marked passages were changed on two laptops: see "
                                       "Conflicts.")).format(n=n))
        if r.duplicates:
            n = len(r.duplicates)
            parts.append((self.tr("1 possible duplicate interview: same municipality and date from two laptops.")
                          if n == 1 else self.tr("{n} possible duplicate interviews: same municipality and date from "
                                                 "two laptops.")).format(n=n))
        if r.changed_after_delete:
            n = len(r.changed_after_delete)
            parts.append((self.tr("1 deleted interview was edited on another laptop; restore it from the trash if "
                                  "the edits matter.") if n == 1
                          else self.tr("{n} deleted interviews were edited on another laptop; restore them from the "
                                       "trash if the edits matter.")).format(n=n))
        if r.study_key_taken:
            parts.append(self.tr("This laptop's database is now encrypted with the study's key: from now on it opens "
                                 "with the study's passphrase (the one the package opened with), and packages between "
                                 "it and the study's other laptops need no passphrase typed."))
            if r.study_key_backups:
                parts.append(self.tr("These backups could not be re-written and still open with this laptop's old "
                                     "passphrase: {paths}").format(paths=", ".join(map(str, r.study_key_backups))))
        elif r.study_key_taken is False:
            parts.append(self.tr("This laptop's database could not take the study's key; it still opens with its own "
                                 "passphrase, and the study's packages ask for the study's. The log has the details."))
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
        for c in r.theme_conflicts:
            try:
                lines.append(self.tr("Conflict: {answer}: {values}").format(
                    answer=coding_heading(self.store, c), values=" | ".join(coding_value_texts(self.store, c))))
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
        """The report as a text file, beside the packages, whole or not at all."""
        return save_as(self, self.tr("Save report"), Key.PACKAGE_FOLDER, "sammenslaing.txt",
                       {"txt": self.tr("Text (*.txt)")}, self._write, self.tr("Report not saved"))

    def _write(self, target: Path) -> None:
        with atomic_file(target) as tmp:
            tmp.write_text(self._summary() + "\n\n" + "\n".join(self._lines()) + "\n", encoding="utf-8")
