"""The REFI-QDA project: valid against the standard's Project.xsd (a copy with its MIT notice in tests/data), one
source per interview in Sources/, the themes as codes with their sub-codes, and every marked passage a selection
whose positions, counted in code points of the source text, find exactly the marked text: with emoji, Sámi
letters and CR LF line endings too."""

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from core import interviews as iv
from core.export.qdpx import NS, write_qdpx
from core.interviews import passages, themes
from tests.helpers import CONTACT, NAME, make_interview

SCHEMA = Path(__file__).parent.parent / "data" / "refi-qda" / "Project.xsd"
QUOTE = "Første linje\r\nVi i Kárášjohka 😀 har ikke folk.\r\nŊ og đ: «Áhkká»."
NOTE = "Notat om frister 👍🏽 og rapportering."


@pytest.fixture
def project(store, tmp_path):
    i = make_interview(store, "1826", "2026-03-02", [("quotes", "", QUOTE), ("notes", "", NOTE)])
    j = make_interview(store, "0301", "2026-03-04", [("scheme_comment", "digifin", "Greit nok 🙂")])
    top = themes.create_theme(store, "Barrierer", description="Hva som hindrer")
    sub = themes.create_theme(store, "Bemanning", parent=top)
    marks = {}
    for text, field, scheme, interview, theme_ids in (
            ("Kárášjohka 😀", "quotes", "", i, [sub]), ("«Áhkká»", "quotes", "", i, [top, sub]),
            ("frister 👍🏽", "notes", "", i, [top]), ("🙂", "scheme_comment", "digifin", j, [sub])):
        whole = iv.get(store, interview).value(field, scheme)
        start = whole.index(text)
        marks[passages.mark(store, interview, field, scheme, start, start + len(text), theme_ids)] = text
    summary = write_qdpx(store, tmp_path / "studie.qdpx")
    return tmp_path / "studie.qdpx", marks, summary, (top, sub)


def test_the_project_is_valid_against_the_standards_schema(project):
    path, _marks, summary, _themes = project
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        doc = etree.fromstring(z.read("project.qde"))
    etree.XMLSchema(etree.parse(str(SCHEMA))).assertValid(doc)
    assert "project.qde" in names and sum(n.startswith("Sources/") and n.endswith(".txt") for n in names) == 2
    assert (summary.sources, summary.codes, summary.selections) == (2, 2, 4)


def test_every_selection_finds_its_marked_text_in_code_points(project):
    path, marks, _summary, (top, sub) = project
    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("project.qde"))
        texts = {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("Sources/")}
    assert all("\r" not in t for t in texts.values())
    found = {}
    for source in doc.iter(f"{{{NS}}}TextSource"):
        text = texts["Sources/" + source.get("plainTextPath").removeprefix("internal://")]
        for sel in source.iter(f"{{{NS}}}PlainTextSelection"):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            found[sel.get("guid")] = (text[start:end], {c.get("targetGUID") for c in sel.iter(f"{{{NS}}}CodeRef")})
    assert {g: t for g, (t, _codes) in found.items()} == marks
    assert {frozenset(c) for _t, c in found.values()} == {frozenset({sub}), frozenset({top, sub}), frozenset({top})}
    codes = doc.find(f"{{{NS}}}CodeBook/{{{NS}}}Codes")
    [parent] = codes
    assert parent.get("guid") == top and [c.get("guid") for c in parent.iter(f"{{{NS}}}Code")][1:] == [sub]


def test_the_variables_name_the_place_and_role_never_a_person(store, tmp_path):
    i = make_interview(store, "1826", "2026-03-02", [("quotes", "", QUOTE)], status="draft")
    iv.set_answer(store, i, "informants", [{"role": "ordforer", "name": NAME, "contact": CONTACT}])
    write_qdpx(store, tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as z:
        xml = z.read("project.qde").decode("utf-8")
        text = "".join(z.read(n).decode("utf-8") for n in z.namelist())
    assert "Hattfjelldal" in xml and "<TextValue>ordforer</TextValue>" in xml
    assert "<IntegerValue>6</IntegerValue>" in xml and "<BooleanValue>true</BooleanValue>" in xml
    assert NAME not in text and CONTACT not in text
