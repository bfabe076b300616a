"""The fieldwork: the sample (census, stratified draw, imported list with its report), assignments, contact
attempts and appointments, the status worked out from them and the interviews, the agenda and the calendar."""

from __future__ import annotations

from datetime import date

import pytest

from core import interviews as iv
from core.base.errors import ValidationError
from core.fieldwork import calendar, contacts, records, sample, status
from core.fieldwork.sample_list import ListError, read_list
from core.reference import registry, study
from tests.helpers import fill_required


@pytest.fixture
def municipalities(configured_store):
    return registry.municipalities(configured_store, 2024)


def test_a_census_takes_every_municipality_and_says_how(configured_store):
    assert sample.census(configured_store) == 357
    assert len(sample.members(configured_store)) == 357
    made = sample.design(configured_store)
    assert made.rule == "census" and made.made_by == "Kari Nordmann" and made.made_at.startswith("2026-03-02")


def test_a_draw_is_stratified_and_reproducible(municipalities):
    sizes = {"1": 2, "3": 4, "6": 10}
    first = sample.draw(municipalities, sizes, seed=7)
    assert first == sample.draw(municipalities, sizes, seed=7)  # the same seed: the same municipalities
    assert first != sample.draw(municipalities, sizes, seed=8)
    by_class = {m.number: m.centrality_class for m in municipalities}
    assert sorted(by_class[n] for n in first) == [1] * 2 + [3] * 4 + [6] * 10
    by_county = sample.draw(municipalities, {"6:18": 3, "5:18": 2}, seed=1, by_county=True)
    county = {m.number: m.county_number for m in municipalities}
    assert len(by_county) == 5 and {county[n] for n in by_county} == {"18"}


def test_a_draw_of_more_than_a_stratum_holds_is_refused_with_the_numbers(municipalities):
    held = sum(m.centrality_class == 1 for m in municipalities)
    with pytest.raises(sample.StratumTooSmall) as info:
        sample.draw(municipalities, {"1": held + 5, "6": 3}, seed=1)
    assert info.value.shortfalls == {"1": (held + 5, held)}


@pytest.mark.parametrize("text,sizes", [("6:20,5:20", {"6": 20, "5": 20}), ("6/18:3, 5/18:2", {"6:18": 3, "5:18": 2})])
def test_sizes_are_read_as_typed(text, sizes):
    assert sample.parse_sizes(text) == sizes


@pytest.mark.parametrize("text", ["", "7:3", "6:", "x:2", "6/1:2"])
def test_sizes_that_cannot_be_read_are_refused(text):
    with pytest.raises(ValueError):
        sample.parse_sizes(text)


def test_changing_the_sample_later_needs_a_reason_and_keeps_it(configured_store):
    s = configured_store
    sample.make(s, "stratified", ["1826", "1832"], sizes={"6": 1, "5": 1}, seed=3)
    with pytest.raises(ValidationError):
        sample.set_member(s, "1804", True, "  ")
    sample.set_member(s, "1804", True, "Erstatter Hemnes, som takket nei")
    sample.set_member(s, "1832", False, "Takket nei før feltarbeidet")
    assert sample.members(s) == ["1804", "1826"]
    _kind, _m, log = records.read(s.conn, records.municipality_id(2024, "1804"))
    assert [(c.value, c.reason) for c in log.changes()] == [("false", None), ("true", "Erstatter Hemnes, som takket nei")]
    assert [(c.number, c.added, c.reason) for c in sample.changes(s)] == [
        ("1804", True, "Erstatter Hemnes, som takket nei"), ("1832", False, "Takket nei før feltarbeidet")]
    assert sample.design(s).seed == 3 and sample.design(s).sizes == {"6": 1, "5": 1}


def test_the_changes_of_the_sample_name_their_municipalities_in_one_read(configured_store):
    s = configured_store
    sample.make(s, "imported", ["1826", "1832"])
    sample.set_member(s, "1804", True, "Erstatter Hemnes")
    sample.set_member(s, "1832", False, "Takket nei")
    statements = []
    s.conn.set_trace_callback(statements.append)
    try:
        changes = sample.changes(s)
    finally:
        s.conn.set_trace_callback(None)
    assert [(c.number, c.name, c.added, c.who) for c in changes] == [
        ("1804", "Bodø", True, "Kari Nordmann"), ("1832", "Hemnes", False, "Kari Nordmann")]
    assert len([q for q in statements if "fieldwork_logs" in q]) == 1


def test_a_draw_or_a_list_makes_the_sample_one_way_for_the_window_and_the_command_line(configured_store, tmp_path,
                                                                                      municipalities):
    s = configured_store
    assert sample.make_drawn(s, {"6:18": 3, "5:18": 2}, seed=1) == 5
    assert sample.members(s) == sample.draw(municipalities, {"6:18": 3, "5:18": 2}, seed=1, by_county=True)
    made = sample.design(s)
    assert (made.rule, made.by_county, made.seed, made.sizes) == ("stratified", True, 1, {"5:18": 2, "6:18": 3})
    with pytest.raises(sample.StratumTooSmall):
        sample.make_drawn(s, {"1": 400}, seed=1)
    assert len(sample.members(s)) == 5  # nothing changed
    (tmp_path / "liste.csv").write_text("Kommune\nOslo\n1826\n", encoding="utf-8")
    report = sample.read_sample_list(tmp_path / "liste.csv", municipalities)
    assert report.valid == ["0301", "1826"] and len(sample.members(s)) == 5  # read, not taken
    assert sample.make_imported(s, report) == 2
    assert sample.members(s) == ["0301", "1826"] and sample.design(s).source == "liste.csv"


def test_assignments_are_one_action(configured_store):
    sample.make(configured_store, "imported", ["1826", "1832", "1804"], source="liste.csv")
    assert sample.assign(configured_store, ["1826", "1832"], "Ola Hansen") == 2
    by_number = {r.number: r.coordinator for r in status.rows(configured_store)}
    assert by_number == {"1804": None, "1826": "Ola Hansen", "1832": "Ola Hansen"}
    sample.assign(configured_store, ["1826"], "Kari Nordmann")  # reassigned
    assert {r.number: r.coordinator for r in status.rows(configured_store)}["1826"] == "Kari Nordmann"


def test_the_status_follows_attempts_appointments_and_interviews(configured_store):
    s = configured_store
    sample.make(s, "imported", ["1826", "1832", "1804", "0301", "5601", "1820"])
    contacts.add_attempt(s, "1832", "2026-03-02T09:00", "telefon", "no_answer")
    contacts.add_attempt(s, "1804", "2026-03-02T09:10", "epost", "reached")
    contacts.add_appointment(s, "1804", "2026-03-10T10:00", place="Rådhuset")
    contacts.add_attempt(s, "0301", "2026-03-02T09:20", "telefon", "refused", final=True)
    contacts.add_attempt(s, "5601", "2026-03-02T09:30", "telefon", "no_answer", final=True)
    contacts.add_attempt(s, "1820", "2026-03-02T09:40", "epost", "not_eligible", final=True)
    done = iv.create(s, "1826", "2026-03-05")
    fill_required(s, done, iv.schemes_for(s, done))
    iv.complete(s, done)
    got = {r.number: (r.status, r.disposition) for r in status.rows(s, date(2026, 3, 3))}
    assert got == {"1826": ("interviewed", "I"), "1832": ("contacted", "NC"), "1804": ("appointment", "O"),
                   "0301": ("refused", "R"), "5601": ("not_reached", "NC"), "1820": ("not_eligible", "NE")}
    draft = iv.create(s, "1832", "2026-03-06")  # an interview made for a sampled municipality links by itself
    assert {r.number: r.status for r in status.rows(s)}["1832"] == "partly_interviewed"
    iv.delete(s, draft)
    assert {r.number: r.status for r in status.rows(s)}["1832"] == "contacted"


def test_an_attempt_checks_what_is_typed(configured_store):
    s = configured_store
    with pytest.raises(ValidationError) as info:
        contacts.add_attempt(s, "1826", "2026-02-31T09:00", "fax", "maybe")
    assert info.value.errors == {"at": "not_a_date", "channel": "not_a_choice", "outcome": "not_a_choice"}
    with pytest.raises(ValidationError) as info:
        contacts.add_attempt(s, "9999", "2026-03-01T09:00", "telefon", "reached")
    assert info.value.errors == {"municipality": "not_in_registry"}
    with pytest.raises(ValidationError) as info:
        contacts.add_attempt(s, "1826", "", "telefon", "reached")
    assert info.value.errors == {"at": "required"}
    assert contacts.attempts(s) == []


def test_an_attempt_in_the_future_or_before_the_fieldwork_is_asked_about(configured_store, clock):
    s = configured_store
    sample.census(s)  # the fieldwork begins: 2 March 2026
    assert contacts.timing_warnings(s, "2026-03-02T08:00") == []
    assert contacts.timing_warnings(s, "2026-03-09T08:00") == ["future"]
    assert contacts.timing_warnings(s, "2025-12-01T08:00") == ["before_study"]


def test_an_attempt_is_changed_removed_and_restored_as_changes(configured_store):
    s = configured_store
    attempt = contacts.add_attempt(s, "1826", "2026-03-02T09:00", "telefon", "no_answer", next_step="Ring igjen",
                                   next_due="2026-03-04")
    assert contacts.edit(s, attempt, outcome="reached", note="Snakket med rådmannen")
    assert contacts.attempts(s)[0].get("outcome") == "reached"
    contacts.remove(s, attempt)
    assert contacts.attempts(s) == []
    contacts.restore(s, attempt)
    _kind, _m, log = records.read(s.conn, attempt)
    assert [c.field for c in log.changes()][-4:] == ["outcome", "note", "_deleted", "_deleted"]


def test_the_agenda_shows_today_this_week_and_overdue_next_steps(configured_store):
    s = configured_store
    sample.make(s, "imported", ["1826", "1832", "1804"])
    contacts.add_appointment(s, "1826", "2026-03-10T10:00", place="Hattfjelldal rådhus", **{"with": "Ordføreren"})
    contacts.add_appointment(s, "1832", "2026-03-13T13:00", place="Teams")
    contacts.add_appointment(s, "1804", "2026-03-30T13:00", place="Bodø")
    contacts.add_attempt(s, "1804", "2026-03-02T09:00", "epost", "postponed", next_step="Purre", next_due="2026-03-05")
    plan = status.agenda(s, date(2026, 3, 10))
    assert [(i.name, i.what) for i in plan.today] == [("Aarborte - Hattfjelldal", "Hattfjelldal rådhus")]
    assert [i.municipality for i in plan.week] == ["1832"]
    assert [(i.municipality, i.what, i.when) for i in plan.overdue] == [("1804", "Purre", "2026-03-05")]


def test_appointments_as_icalendar(configured_store, tmp_path):
    s = configured_store
    appointment = contacts.add_appointment(s, "1826", "2026-03-10T10:00", minutes=90, place="Rådhuset, møterom 2",
                                           note="Ta med; skjema")
    target = calendar.write_calendar(s, tmp_path / "avtaler.ics")
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert f"UID:{appointment}@feltkart" in text and "DTSTART:20260310T100000" in text and "DTEND:20260310T113000" in text
    assert "LOCATION:Rådhuset\\, møterom 2" in text and "DESCRIPTION:Ta med\\; skjema" in text
    assert "SUMMARY:Feltkart: Aarborte - Hattfjelldal" in text
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))


def _known(store):
    ms = registry.municipalities(store, 2024)
    return {m.number for m in ms}, {m.name.casefold(): m.number for m in ms}


@pytest.mark.parametrize("content,encoding", [
    ("kommunenr;navn\n0301;Oslo\n301;Oslo igjen\n1826;Hattfjelldal\n9999;Ukjent\n1826;Dobbelt\nabc;Feil\n", "cp1252"),
    ("kommunenr,navn\n0301,Oslo\n301,Oslo igjen\n1826,Hattfjelldal\n9999,Ukjent\n1826,Dobbelt\nabc,Feil\n", "utf-8"),
])
def test_a_sample_list_is_reported_row_by_row_before_anything_is_taken(configured_store, tmp_path, content, encoding):
    path = tmp_path / "utvalg.csv"
    path.write_bytes(content.replace("Dobbelt", "Dobbelt – Æøå").encode(encoding))
    report = read_list(path, *_known(configured_store))
    assert [(r.line, r.number, r.problem, r.note) for r in report.rows] == [
        (2, "0301", None, None), (3, "0301", "duplicate", "leading_zero"), (4, "1826", None, None),
        (5, "9999", "not_in_registry", None), (6, "1826", "duplicate", None), (7, None, "not_a_number", None)]
    assert report.valid == ["0301", "1826"] and report.column == "kommunenr"
    assert report.encoding == ("cp1252" if encoding == "cp1252" else "utf-8")
    assert sample.members(configured_store) == []  # nothing taken


def test_a_sample_list_without_a_header_or_with_names_is_read(configured_store, tmp_path):
    (tmp_path / "a.csv").write_text("1826\n1832\n", encoding="utf-8")
    assert read_list(tmp_path / "a.csv", *_known(configured_store)).valid == ["1826", "1832"]
    (tmp_path / "b.csv").write_text("Kommune\nOslo\nBodø\n", encoding="utf-8")
    assert read_list(tmp_path / "b.csv", *_known(configured_store)).valid == ["0301", "1804"]


def test_a_sample_list_in_a_workbook_is_read(configured_store, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Navn", "Nummer"])
    sheet.append(["Oslo", 301])  # a spreadsheet keeps numbers without their leading zero
    sheet.append(["Hattfjelldal", "1826"])
    book.save(tmp_path / "utvalg.xlsx")
    report = read_list(tmp_path / "utvalg.xlsx", *_known(configured_store))
    assert report.valid == ["0301", "1826"] and report.rows[0].note == "leading_zero"


@pytest.mark.parametrize("make,reason", [
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_text("navn;tekst\nen;to\ntre;fire\n", encoding="utf-8"), "no_number_column"),
    (lambda p: p.with_suffix(".xlsx").write_bytes(b"PK not a workbook"), "unreadable"),
])
def test_a_list_with_nothing_to_read_is_refused_with_the_reason(configured_store, tmp_path, make, reason):
    path = tmp_path / "utvalg.csv"
    make(path)
    target = path.with_suffix(".xlsx") if reason == "unreadable" else path
    with pytest.raises(ListError) as info:
        read_list(target, *_known(configured_store))
    assert info.value.reason == reason


def test_only_sampled_municipalities_have_a_status(configured_store):
    s = configured_store
    study.save(s, study.load(s).with_changes(rural_definition=registry.RuralDefinition.KDD))
    sample.make(s, "imported", ["1826", "0301"])
    got = {r.number: r.rural for r in status.rows(s)}
    assert got == {"1826": True, "0301": False}


def test_the_export_has_the_sample_and_every_attempt_in_its_codebook(export_db, tmp_path):
    import openpyxl

    from core import export as ex
    from tests.helpers import CONTACT, NAME

    store, *_ = export_db
    sample.make(store, "imported", ["1826", "0301", "1804", "1832"])
    sample.assign(store, ["1826"], "Ola Hansen")
    contacts.add_attempt(store, "1804", "2026-03-02T09:00", "telefon", "refused", final=True, role="ordfører",
                         name=NAME, contact=CONTACT, note="=ikke nå")
    gone = contacts.add_attempt(store, "1804", "2026-03-01T09:00", "epost", "no_answer")
    contacts.remove(store, gone)
    contacts.add_appointment(store, "1832", "2026-03-10T10:00", place="Teams", **{"with": NAME})
    _, (path,) = ex.export(store, "xlsx", tmp_path / "ut.xlsx")
    book = openpyxl.load_workbook(path)
    sampled = list(book["utvalg"].iter_rows(values_only=True))
    head = sampled[0]
    rows = {r[0]: dict(zip(head, r)) for r in sampled[1:]}
    assert sorted(rows) == ["0301", "1804", "1826", "1832"]
    assert rows["1826"]["tildelt"] == "Ola Hansen" and rows["1826"]["feltstatus"] == "interviewed"
    assert rows["1826"]["fullforte"] == 1 and rows["1826"]["disposisjon"] == "I"
    assert (rows["1804"]["feltstatus"], rows["1804"]["forsok"], rows["1804"]["siste_kontakt"]) == (
        "refused", 1, "2026-03-02 09:00")
    assert rows["0301"]["feltstatus"] == "partly_interviewed" and rows["0301"]["utkast"] == 1
    assert rows["1832"]["avtale"] == "2026-03-10 10:00"
    attempts = list(book["kontakter"].iter_rows(values_only=True))
    assert len(attempts) == 2 and "navn" not in attempts[0]  # the removed attempt is left out, and the names
    row = dict(zip(attempts[0], attempts[1]))
    assert (row["kanal"], row["utfall"], row["endelig"], row["kontakt_rolle"]) == ("telefon", "refused", 1, "ordfører")
    assert book["kontakter"].cell(2, attempts[0].index("notat") + 1).data_type == "s"  # text, never a formula
    everything = [c for sheet in ("utvalg", "kontakter", "avtaler") for r in book[sheet].iter_rows(values_only=True)
                  for c in r]
    assert NAME not in everything and CONTACT not in everything
    codebook = {(r[0], r[1]): r for r in book["kodebok"].iter_rows(values_only=True)}
    assert "refused = Takket nei" in codebook[("kontakter", "utfall")][5]
    assert "I = I: fullført intervju" in codebook[("utvalg", "disposisjon")][5]
    assert ("avtaler", "sted") in codebook and ("utvalg", "feltstatus") in codebook

    _, (named,) = ex.export(store, "xlsx", tmp_path / "med.xlsx", include_names=True)
    book = openpyxl.load_workbook(named)
    attempts = list(book["kontakter"].iter_rows(values_only=True))
    row = dict(zip(attempts[0], attempts[1]))
    assert (row["navn"], row["kontakt"]) == (NAME, CONTACT)
    appointment = list(book["avtaler"].iter_rows(values_only=True))
    assert dict(zip(appointment[0], appointment[1]))["med"] == NAME


def test_the_export_filters_the_fieldwork_as_the_interviews(export_db, tmp_path):
    from core import export as ex

    store, *_ = export_db
    sample.make(store, "imported", ["1826", "0301"])
    sample.assign(store, ["1826"], "Ola Hansen")
    contacts.add_attempt(store, "1826", "2026-03-02T09:00", "telefon", "reached")
    contacts.add_attempt(store, "1826", "2026-04-02T09:00", "telefon", "reached")
    data = ex.collect(store, ex.ExportFilter(county="18", date_to="2026-03-31"))
    assert [r[0] for r in data.tables["utvalg"].rows] == ["1826"]
    assert len(data.tables["kontakter"].rows) == 1
    data = ex.collect(store, ex.ExportFilter(coordinator="Kari Nordmann"))
    assert data.tables["utvalg"].rows == [] and data.tables["kontakter"].rows == []


@pytest.mark.parametrize("steps,expected", [
    # (draft?, [(outcome, final), ...] in time order) -> (status, disposition)
    ((True, [("refused", True)]), ("refused", "R")),  # a break-off with a refusal is a refusal
    ((True, [("not_eligible", True)]), ("not_eligible", "NE")),
    ((False, [("refused", True), ("no_answer", True)]), ("refused", "R")),  # a refusal outranks a later no answer
    ((False, [("reached", False), ("refused", False)]), ("contacted", "R")),  # open, its latest says no
    ((False, [("not_eligible", False)]), ("contacted", "NE")),
    ((False, [("no_answer", False), ("no_answer", True)]), ("not_reached", "NC")),
    ((False, [("reached", False), ("postponed", True)]), ("not_reached", "O")),
    ((True, [("no_answer", True)]), ("partly_interviewed", "P")),
])
def test_the_status_and_disposition_rules(configured_store, steps, expected):
    s = configured_store
    draft, attempts = steps
    sample.make(s, "imported", ["1832"])
    if draft:
        iv.create(s, "1832", "2026-03-01")
    for n, (outcome, final) in enumerate(attempts):
        contacts.add_attempt(s, "1832", f"2026-03-02T09:{n:02d}", "telefon", outcome, final=final)
    (row,) = status.rows(s)
    assert (row.status, row.disposition) == expected
