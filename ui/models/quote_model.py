"""The *Sitater* table: every quote and note (``core.interviews.quotes.Quote``), one per row, sorted the
Norwegian way; and the conversion of a text widget's positions (UTF-16 code units) to code points."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.base import dates
from core.base.collation import sort_key
from core.interviews.quotes import Quote
from ui.support.tables import RowTableModel

(COL_TEXT, COL_MUNICIPALITY, COL_COUNTY, COL_CLASS, COL_RURAL, COL_ROLES, COL_DATE, COL_COORDINATOR, COL_SCHEME,
 COL_THEMES) = range(10)
SHORT = 200  # characters of the text shown in the table; the tooltip and the detail pane have all of it


def code_points(text: str, utf16_position: int) -> int:
    """The code-point position in ``text`` of a position counted in UTF-16 code units (as QTextCursor and
    QString count): a character outside the Basic Multilingual Plane (an emoji) is two units, one code point. A
    position inside such a pair counts as the position after it."""
    units = 0
    for n, char in enumerate(text):
        if units >= utf16_position:
            return n
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def utf16_positions(text: str) -> list[int]:
    """For each code-point position of ``text`` (0 … len), its position in UTF-16 code units."""
    units = [0]
    for char in text:
        units.append(units[-1] + (2 if ord(char) > 0xFFFF else 1))
    return units


class QuoteTableModel(RowTableModel):
    def __init__(self, parent=None):
        self._roles: dict[str, str] = {}
        self._schemes: dict[str, str] = {}
        self._themes: dict[str, str] = {}
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [self.tr("Text"), self.tr("Municipality"), self.tr("County"), self.tr("Class"),
                self.tr("Rural", "column"), self.tr("Informants"),
                self.tr("Date"), self.tr("Coordinator"), self.tr("Scheme"), self.tr("Themes")]

    def set_names(self, roles: dict[str, str], schemes: dict[str, str], themes: dict[str, str]) -> None:
        """What the codes are called: the informants' roles, the schemes and the themes (by id)."""
        self._roles, self._schemes, self._themes = roles, schemes, themes

    def theme_names(self) -> dict[str, str]:
        return self._themes

    def quote(self, row: int) -> Quote:
        return self._rows[row]

    def identity(self, q: Quote):
        return q.key

    def row_of(self, key: tuple[str, str, str]) -> int:
        return next((i for i, q in enumerate(self._rows) if q.key == key), -1)

    def replace_quotes(self, interview_id: str, fresh: list[Quote], passing: set | None) -> bool:
        """An interview's quotes read anew put in place of its rows, when they are the same quotes, each shown
        or hidden as before (``passing``: the keys the filters let through; None: all) and sorted where it was:
        only their rows are redrawn. False when not (the caller then sets the rows anew)."""
        at = {q[:3]: n for n, q in enumerate(self._all) if q[0] == interview_id}  # q[:3] is q.key
        shown = {q[:3]: n for n, q in enumerate(self._rows) if q[0] == interview_id}
        column = self._sort[0] if self._sort else None
        if set(at) != {q[:3] for q in fresh}:
            return False
        for q in fresh:
            if (passing is None or q[:3] in passing) != (q[:3] in shown) or (
                    column is not None and self.sort_key(q, column) != self.sort_key(self._all[at[q[:3]]], column)):
                return False
        for q in fresh:
            self._all[at[q[:3]]] = q
            if q[:3] in shown:
                row = shown[q[:3]]
                self._rows[row] = q
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def roles_text(self, q: Quote) -> str:
        return ", ".join(self._roles.get(r, r) for r in q.roles)

    def themes_text(self, q: Quote) -> str:
        return ", ".join(sorted((self._themes[t] for t in q.theme_ids if t in self._themes), key=sort_key))

    def scheme_text(self, q: Quote) -> str:
        return self._schemes.get(q.scheme, q.scheme) if q.scheme else ""

    def rural_text(self, q: Quote) -> str:
        if q.rural is None:
            return ""
        return self.tr("Rural") if q.rural else self.tr("Central")

    def sort_key(self, q: Quote, column: int):
        date = q.interview_date or ""
        if column == COL_DATE:  # the view's own order: asked first, for each of the rows at every fill
            return date, q[:3]  # q.key, without the call
        if column == COL_TEXT:
            return sort_key(q.text), date
        if column == COL_MUNICIPALITY:
            return sort_key(q.municipality_name or ""), date
        if column == COL_COUNTY:
            return sort_key(q.county_name or ""), sort_key(q.municipality_name or "")
        if column == COL_CLASS:
            return q.centrality_class or 0, date
        if column == COL_RURAL:
            return q.rural is None, not q.rural, date
        if column == COL_ROLES:
            return sort_key(self.roles_text(q)), date
        if column == COL_COORDINATOR:
            return sort_key(q.coordinator), date
        if column == COL_SCHEME:
            return not q.scheme, sort_key(self.scheme_text(q)), date
        if column == COL_THEMES:
            return not q.theme_ids, sort_key(self.themes_text(q)), date
        return date, q[:3]

    def display(self, q: Quote, column: int) -> str:
        if column == COL_TEXT:
            text = " ".join(q.text.split())
            if not text:  # the answer's text deleted under its passages (they wait for review)
                return self.tr("(text deleted: its marked passages need review)")
            return text if len(text) <= SHORT else text[:SHORT].rstrip() + "…"
        if column == COL_MUNICIPALITY:
            return q.municipality_name or ""
        if column == COL_COUNTY:
            return q.county_name or ""
        if column == COL_CLASS:
            return str(q.centrality_class or "")
        if column == COL_RURAL:
            return self.rural_text(q)
        if column == COL_ROLES:
            return self.roles_text(q)
        if column == COL_DATE:
            return dates.format(q.interview_date)
        if column == COL_COORDINATOR:
            return q.coordinator
        if column == COL_SCHEME:
            return self.scheme_text(q)
        return self.themes_text(q)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        q = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(q, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TEXT:
                return q.text
            if col == COL_MUNICIPALITY:
                return f"{q.municipality_name} ({q.municipality})"
            return self.display(q, col) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_CLASS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
