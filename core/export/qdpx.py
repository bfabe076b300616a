"""The hand-off to qualitative analysis: a REFI-QDA project (``.qdpx``, QDA-XML 1.0 of 2019, which NVivo,
ATLAS.ti, MAXQDA and QualCoder import).

The file is a zip with ``project.qde`` (the XML, valid against the standard's ``Project.xsd``; the tests check
it) at its root and one plain text file per interview in the folder ``Sources/`` (named ``<guid>.txt``, referred
to as ``internal://<guid>.txt``): the interview's quotes and notes, each under a line naming its question (and
scheme), UTF-8, LF line endings. Municipality, county, centrality class, rural or central, informants' roles and
the date are the source's variables (never an informant's name). The live themes are the codes (with their
colour and description; sub-themes inside their theme), the marked passages the codings: a
``PlainTextSelection`` whose ``startPosition`` and ``endPosition`` count Unicode code points of the source text
(a CR LF of the answer written as LF counts one), with one ``Coding`` per theme. A passage waiting for review is
left out (its place in the text is not known); ``QdpxSummary.review`` counts them. GUIDs are the records' own,
so a project exported again names the same things the same way.

    write_qdpx(store, target, QuoteFilter(...)) -> QdpxSummary   # the interviews of the filter (every one by default)
"""

from __future__ import annotations

import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from core.base.atomic import atomic_file, refused
from core.interviews import quotes as quote_list
from core.interviews.themes import list_themes
from core.reference import guide_library

if TYPE_CHECKING:
    from core.storage.store import Store

NS = "urn:QDA-XML:project:1.0"
NAMESPACE = uuid.UUID("0b7e3c52-6f1d-4e8a-9c3b-5a2d7e9f1c04")
VARIABLES = (("Kommune", "Text"), ("Kommunenummer", "Text"), ("Fylke", "Text"), ("Sentralitetsklasse", "Integer"),
             ("Distrikt", "Boolean"), ("Rolle", "Text"), ("Intervjudato", "Date"))
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class QdpxSummary:
    sources: int
    codes: int
    selections: int
    review: int  # passages left out: waiting for review


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _xml(text: str) -> str:
    return _NOT_XML.sub("", text)


def _el(parent, tag: str, **attrs):
    return etree.SubElement(parent, f"{{{NS}}}{tag}", {k: v for k, v in attrs.items() if v is not None})


def _heading(store: "Store", q, labels: dict) -> str:
    key = (q.interview_id, q.field)
    if key not in labels:
        row = store.conn.execute("SELECT guide_id, guide_version FROM interviews WHERE id = ?",
                                 [q.interview_id]).fetchone()
        guide = guide_library.get(store, row[0], row[1])
        labels[key] = guide.question(q.field).label_nb if guide.has(q.field) else q.field
    return f"{labels[key]} ({q.scheme})" if q.scheme else labels[key]


def _sources(store: "Store", rows: list) -> dict[str, tuple[list, str, dict]]:
    """Per interview: its quotes, its text, and where each answer begins in it (by (field, scheme))."""
    by_interview: dict[str, list] = {}
    for q in rows:
        by_interview.setdefault(q.interview_id, []).append(q)
    labels: dict = {}
    out = {}
    for interview_id, qs in by_interview.items():
        parts, offsets, at = [], {}, 0
        for q in qs:
            head = f"{_heading(store, q, labels)}\n"
            offsets[(q.field, q.scheme)] = (at + len(head), q.text)
            body = _lf(q.text)
            parts += [head, body, "\n\n"]
            at += len(head) + len(body) + 2
        out[interview_id] = (qs, "".join(parts), offsets)
    return out


def _variables(project) -> dict[str, str]:
    node = _el(project, "Variables")
    guids = {}
    for name, kind in VARIABLES:
        guids[name] = str(uuid.uuid5(NAMESPACE, f"variable:{name}"))
        _el(node, "Variable", guid=guids[name], name=name, typeOfVariable=kind)
    return guids


def _variable_values(source, guids: dict, q) -> None:
    values = {"Kommune": ("TextValue", q.municipality_name), "Kommunenummer": ("TextValue", q.municipality),
              "Fylke": ("TextValue", q.county_name),
              "Sentralitetsklasse": ("IntegerValue", None if q.centrality_class is None else str(q.centrality_class)),
              "Distrikt": ("BooleanValue", None if q.rural is None else str(q.rural).lower()),
              "Rolle": ("TextValue", ", ".join(q.roles) or None), "Intervjudato": ("DateValue", q.interview_date)}
    for name, (tag, value) in values.items():
        if value is None:
            continue
        vv = _el(source, "VariableValue")
        _el(vv, "VariableRef", targetGUID=guids[name])
        _el(vv, tag).text = _xml(value)


def _codebook(project, themes) -> set[str]:
    book = _el(project, "CodeBook")
    codes = _el(book, "Codes")
    nodes = {}
    for t in themes:  # each top theme before its sub-themes
        parent = nodes.get(t.parent, codes)
        nodes[t.id] = node = _el(parent, "Code", guid=t.id, name=_xml(t.name), isCodable="true", color=t.colour)
        if t.description:
            _el(node, "Description").text = _xml(t.description)
    return set(nodes)


def _passages(store: "Store") -> dict[tuple[str, str, str], list]:
    found: dict[tuple, list] = {}
    for pid, i, f, s, start, end, status, themes in store.conn.execute(
            "SELECT p.passage_id, p.interview_id, p.field, p.scheme, p.start_pos, p.end_pos, p.status,"
            " group_concat(t.theme_id, ' ') FROM passages p LEFT JOIN passage_themes t ON t.passage_id ="
            " p.passage_id GROUP BY p.passage_id ORDER BY p.start_pos, p.end_pos, p.passage_id"):
        found.setdefault((i, f, s), []).append((pid, start, end, status, sorted((themes or "").split())))
    return found


def write_qdpx(store: "Store", target: Path, f: "quote_list.QuoteFilter | None" = None) -> QdpxSummary:
    """Write the project of the quotes and notes that pass ``f`` (by default every interview's, drafts too):
    whole or not at all; WriteError, DiskFullError as every export."""
    rows = quote_list.filter_quotes(quote_list.list_quotes(store), f or quote_list.QuoteFilter())
    with store.snapshot():
        themes = list_themes(store)
        marked = _passages(store)
        sources = _sources(store, rows)
    project = etree.Element(f"{{{NS}}}Project", nsmap={None: NS}, name=_xml(_project_name(store)), origin="Feltkart")
    live = _codebook(project, themes) if themes else set()
    guids = _variables(project)
    node = _el(project, "Sources")
    texts, selections, review = {}, 0, 0
    for interview_id, (qs, text, offsets) in sources.items():
        q = qs[0]
        name = f"{q.municipality_name or '?'} {q.interview_date or ''} ({interview_id[:8]})"
        source = _el(node, "TextSource", guid=interview_id, name=_xml(name), plainTextPath=f"internal://{interview_id}.txt")
        for (fld, scheme), (begin, original) in offsets.items():
            for pid, start, end, status, theme_ids in marked.get((interview_id, fld, scheme), []):
                codes = [t for t in theme_ids if t in live]
                if status != "ok":
                    review += 1
                    continue
                if not codes:
                    continue
                first = begin + len(_lf(original[:start]))
                last = begin + len(_lf(original[:end]))
                sel = _el(source, "PlainTextSelection", guid=pid, name=_xml(text[first:last][:60]),
                          startPosition=str(first), endPosition=str(last))
                for code in codes:
                    coding = _el(sel, "Coding", guid=str(uuid.uuid5(NAMESPACE, f"{pid}:{code}")))
                    _el(coding, "CodeRef", targetGUID=code)
                selections += 1
        _variable_values(source, guids, q)
        texts[interview_id] = text
    if not len(node):
        project.remove(node)
    xml = etree.tostring(project, xml_declaration=True, encoding="utf-8", pretty_print=True)
    with atomic_file(target) as tmp:
        try:
            with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
                z.writestr("project.qde", xml)
                for interview_id, text in texts.items():
                    z.writestr(f"Sources/{interview_id}.txt", text.encode("utf-8"))
        except OSError as exc:
            raise refused(target, exc) from exc
    return QdpxSummary(len(texts), len(live), selections, review)


def _project_name(store: "Store") -> str:
    row = store.conn.execute("SELECT value FROM settings WHERE key = 'study_name'").fetchone()
    return (row[0] if row else "") or "Feltkart"
