"""The views of the main window's navigation, in its order, and the view remembered from the last run."""

from __future__ import annotations

from enum import IntEnum


class View(IntEnum):
    """The views of the navigation, in its order (Ctrl+1 … Ctrl+7); remembered by name."""

    INTERVIEWS = 0
    QUOTES = 1  # beside the interviews: what they said
    MUNICIPALITIES = 2
    FIELDWORK = 3
    SCHEMES = 4
    CHARTS = 5
    CONFLICTS = 6


# the views in the order of Feltkart before the Fieldwork view, as the last view shown was remembered then
OLD_ORDER = (View.INTERVIEWS, View.MUNICIPALITIES, View.SCHEMES, View.CHARTS, View.CONFLICTS)


def remembered_view(value) -> View:
    """The view remembered by its name; a number is the place of a view in the order before Fieldwork came."""
    if isinstance(value, str) and value in View.__members__:
        return View[value]
    try:
        return OLD_ORDER[int(value)]
    except (TypeError, ValueError, IndexError):
        return View.INTERVIEWS
