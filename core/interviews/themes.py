"""The study's themes: codes for qualitative analysis, edited like the schemes, merged like the fieldwork
(``core.interviews.coding``: each theme a change-logged record, removal a change).

For the window::

    list_themes(store) -> [Theme]            # live themes: each top theme followed by its sub-themes, by name
    get_theme(store, theme_id) -> Theme      # NotFoundError when removed or unknown
    create_theme(store, name, description="", colour=None, parent=None) -> theme id
    update_theme(store, theme_id, name=..., description=..., colour=..., parent=...) -> bool (changed)
    usage(store, theme_id) -> (passages, sub_themes)
    use_of(store, theme_id) -> ThemeUse      # passages, interviews, sub-themes, passages with no other theme
    passage_counts(store) -> {theme id: passages}
    delete_theme(store, theme_id, markings=None | "drop" | "move", move_to=None)
    delete_theme_unmarking(store, theme_id) -> unmarked   # "drop", and a passage left without a theme unmarked
    with_subthemes(store, theme_id) -> frozenset of ids (a filter by a theme includes its sub-themes)
    starting_themes(store) -> [theme id]     # the guide's barrier and measure codes as themes (made once)

Rules: a name is required, at most 80 characters, and unique among live themes without regard to case or
surrounding spaces (``ThemeNameError`` reason "empty", "too_long", "duplicate"); a sub-theme's parent is a live
top theme (one level: ``ValidationError({"parent": ...})``). Deleting a theme that passages carry, or that has
sub-themes, raises ``ThemeInUseError`` unless ``markings`` says what becomes of its markings: "drop" (the
passages lose the theme, nothing else) or "move" (they carry ``move_to`` instead); its sub-themes become top
themes. Two themes of one name can still meet after a merge (made on two laptops): both are kept.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.base.errors import NotFoundError, ThemeInUseError, ThemeNameError, ValidationError
from core.interviews.coding import DELETED, MAX_NAME, THEME_PREFIX, change, get, records
from core.interviews.passage_rows import derive
from core.reference import guide_library

if TYPE_CHECKING:
    from core.storage.store import Store

# colours that read on white and in print, given in turn to new themes
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f",
           "#bcbd22")
_UNSET = object()
STARTING = (("barrier", "5b1d0a3c-0a4e-4b52-9a4f-5d0f3a6c2b11"), ("measure", "a7c2e4f1-6b3d-4f8e-8c1a-2e9d7b5f4c22"))


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    description: str
    colour: str
    parent: str | None


def _theme(record) -> Theme:
    v = record.values
    return Theme(record.id, v["name"], v.get("description") or "", v.get("colour") or PALETTE[0], v.get("parent"))


def list_themes(store: "Store") -> list[Theme]:
    """The live themes, each top theme (by name) followed by its sub-themes (by name); a sub-theme whose
    parent was removed on another laptop is shown as a top theme."""
    live = [_theme(r) for r in records(store.conn, "theme") if not r.deleted and r.values.get("name")]
    ids = {t.id for t in live}
    top = sorted((t for t in live if t.parent not in ids), key=lambda t: (t.name.casefold(), t.id))
    out = []
    for t in top:
        out.append(t)
        out += sorted((s for s in live if s.parent == t.id), key=lambda s: (s.name.casefold(), s.id))
    return out


def get_theme(store: "Store", theme_id: str) -> Theme:
    record = get(store.conn, theme_id)
    if record is None or record.kind != "theme" or record.deleted:
        raise NotFoundError("theme", theme_id)
    return _theme(record)


def with_subthemes(store: "Store", theme_id: str) -> frozenset[str]:
    return frozenset({theme_id} | {t.id for t in list_themes(store) if t.parent == theme_id})


def _checked_name(store: "Store", name: str, theme_id: str | None) -> str:
    name = (name or "").strip()
    if not name:
        raise ThemeNameError("empty", name)
    if len(name) > MAX_NAME:
        raise ThemeNameError("too_long", name)
    for t in list_themes(store):
        if t.id != theme_id and t.name.strip().casefold() == name.casefold():
            raise ThemeNameError("duplicate", name, t.id)
    return name


def _check_parent(store: "Store", parent: str | None, theme_id: str | None) -> None:
    if parent is None:
        return
    themes = {t.id: t for t in list_themes(store)}
    if parent not in themes or parent == theme_id:
        raise ValidationError({"parent": "unknown_theme"})
    if themes[parent].parent in themes:
        raise ValidationError({"parent": "sub_theme"})  # one level only
    if theme_id is not None and any(t.parent == theme_id for t in themes.values()):
        raise ValidationError({"parent": "has_sub_themes"})


def create_theme(store: "Store", name: str, description: str = "", colour: str | None = None,
                 parent: str | None = None, theme_id: str | None = None) -> str:
    """A new theme; returns its id."""
    with store.write():
        name = _checked_name(store, name, None)
        _check_parent(store, parent, None)
        theme_id = theme_id or str(uuid.uuid4())
        if colour is None:
            colour = PALETTE[len(records(store.conn, "theme")) % len(PALETTE)]
        change(store, theme_id, "theme", None, {"name": name, "description": description or None, "colour": colour,
                                                "parent": parent})
    return theme_id


def update_theme(store: "Store", theme_id: str, name=_UNSET, description=_UNSET, colour=_UNSET,
                 parent=_UNSET) -> bool:
    """Change what is given of a theme's name, description, colour and parent; False when nothing changed."""
    with store.write():
        get_theme(store, theme_id)
        values = {}
        if name is not _UNSET:
            values["name"] = _checked_name(store, name, theme_id)
        if description is not _UNSET:
            values["description"] = description or None
        if colour is not _UNSET:
            values["colour"] = colour
        if parent is not _UNSET:
            _check_parent(store, parent, theme_id)
            values["parent"] = parent
        return change(store, theme_id, "theme", None, values)


def _carriers(store: "Store", theme_id: str) -> list:
    return [r for r in records(store.conn, "passage") if not r.deleted and r.values.get(THEME_PREFIX + theme_id)]


def usage(store: "Store", theme_id: str) -> tuple[int, int]:
    """(passages that carry the theme, its sub-themes)."""
    return len(_carriers(store, theme_id)), sum(t.parent == theme_id for t in list_themes(store))


@dataclass(frozen=True)
class ThemeUse:
    passages: int  # the passages that carry the theme
    interviews: int  # the interviews they are in
    sub_themes: int
    alone: int  # of the passages, those that carry no other live theme


def _others(record, theme_id: str, live: set[str]) -> bool:
    """True when the passage ``record`` carries a live theme besides ``theme_id``."""
    return any(f.startswith(THEME_PREFIX) and v and f[len(THEME_PREFIX):] in live - {theme_id}
               for f, v in record.values.items())


def use_of(store: "Store", theme_id: str) -> ThemeUse:
    """What deleting the theme touches: its passages, their interviews, its sub-themes, and the passages it
    would leave without a theme."""
    live = list_themes(store)
    ids = {t.id for t in live}
    carriers = _carriers(store, theme_id)
    return ThemeUse(len(carriers), len({r.interview_id for r in carriers}), sum(t.parent == theme_id for t in live),
                    sum(not _others(r, theme_id, ids) for r in carriers))


def passage_counts(store: "Store") -> dict[str, int]:
    """How many passages carry each theme (its own markings, not its sub-themes')."""
    counts: dict[str, int] = {}
    for r in records(store.conn, "passage"):
        if not r.deleted:
            for f, v in r.values.items():
                if f.startswith(THEME_PREFIX) and v:
                    counts[f[len(THEME_PREFIX):]] = counts.get(f[len(THEME_PREFIX):], 0) + 1
    return counts


def delete_theme(store: "Store", theme_id: str, markings: str | None = None, move_to: str | None = None) -> None:
    """Remove a theme (see the module for ``markings``)."""
    if markings not in (None, "drop", "move"):
        raise ValueError(markings)
    with store.write():
        theme = get_theme(store, theme_id)
        carriers = _carriers(store, theme_id)
        subs = [t for t in list_themes(store) if t.parent == theme_id]
        if (carriers or subs) and markings is None:
            raise ThemeInUseError(theme_id, theme.name, len(carriers), len(subs))
        if markings == "move":
            if move_to is None or move_to == theme_id:
                raise ValidationError({"move_to": "unknown_theme"})
            get_theme(store, move_to)
        for r in carriers:
            values = {THEME_PREFIX + theme_id: False}
            if markings == "move":
                values[THEME_PREFIX + move_to] = True
            change(store, r.id, "passage", r.interview_id, values)
        for s in subs:
            change(store, s.id, "theme", None, {"parent": None})
        change(store, theme_id, "theme", None, {"_deleted": True})
        derive(store.conn, {r.interview_id for r in carriers})


def delete_theme_unmarking(store: "Store", theme_id: str) -> int:
    """Remove a theme and its markings in one transaction: its passages lose it (``markings="drop"``), and a
    passage that it leaves without a live theme is unmarked. Returns how many passages were unmarked."""
    with store.write():
        ids = {t.id for t in list_themes(store)}
        alone = [r for r in _carriers(store, theme_id) if not _others(r, theme_id, ids)]
        delete_theme(store, theme_id, markings="drop")
        for r in alone:
            change(store, r.id, "passage", r.interview_id, {DELETED: True})
        derive(store.conn, {r.interview_id for r in alone})
    return len(alone)


def starting_id(question: str, code) -> str:
    """The fixed id of the starting theme of a guide's barrier or measure code (``question``: "barrier" or
    "measure")."""
    return str(uuid.uuid5(uuid.UUID(dict(STARTING)[question]), str(code)))


def starting_themes(store: "Store", lang: str = "nb") -> list[str]:
    """The current guide's barrier and measure codes as themes, each a sub-theme of «Barrierer» or «Tiltak»
    ("annet" left out), made once: ids fixed by the codes, so that two laptops that both make them hold one
    set after a merge; a name already in use is left as it is. Returns the ids made now."""
    guide = guide_library.current(store)
    made = []
    with store.write():
        existing = {t.name.casefold() for t in list_themes(store)}
        for n, (question, root) in enumerate(STARTING):
            if not guide.has(f"{question}s"):
                continue
            title = {"barrier": ("Barrierer", "Barriers"), "measure": ("Tiltak", "Measures")}[question]
            root_name = title[lang == "en"]
            if get(store.conn, root) is None and root_name.casefold() not in existing:
                made.append(create_theme(store, root_name, colour=PALETTE[n], theme_id=root))
            parent = root if get(store.conn, root) is not None and not get(store.conn, root).deleted else None
            for choice in guide.question(f"{question}s").choices:
                theme_id = starting_id(question, choice.value)
                label = choice.label_en if lang == "en" else choice.label_nb
                if choice.value == "annet" or get(store.conn, theme_id) is not None or label.casefold() in existing:
                    continue
                made.append(create_theme(store, label, colour=PALETTE[n], parent=parent, theme_id=theme_id))
                existing.add(label.casefold())
    return made
