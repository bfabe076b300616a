"""The parts of an export's tables: a variable (its name, labels in both languages, type, codes and when its
question is asked, as the codebook lists it) and a table of rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.base.words import words


@dataclass
class Variable:
    name: str
    label_nb: str
    label_en: str
    type: str  # text, integer, decimal, date, datetime, code, flag
    codes: tuple[tuple[Any, str, str], ...] = ()
    guides: str = ""  # the guide versions that ask it ("" for Feltkart's own columns)
    condition_nb: str = ""  # when its question is asked, in words and as columns of the export ("" for Feltkart's
    condition_en: str = ""  # own columns)

    def codes_text(self, lang: str = "nb") -> str:
        return "; ".join(f"{code} = {nb if lang != 'en' else en}" for code, nb, en in self.codes)

    @classmethod
    def own(cls, name: str, type_: str, codes: tuple = (), **values) -> "Variable":
        """One of Feltkart's own columns, labelled from the catalogue (``var.<name>``)."""
        return cls(name, *words(f"var.{name}", **values), type_, codes)


YES_NO = ((1, *words("code.yes")), (0, *words("code.no")))
NAMED = ((1, *words("code.named")), (0, *words("code.not_named")))


@dataclass
class Table:
    name: str
    variables: list[Variable]
    rows: list[list] = field(default_factory=list)
