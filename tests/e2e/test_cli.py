"""main.py as a user runs it: --self-test on good and bad databases, in a separate process."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.base.driver import sqlite3

ROOT = Path(__file__).resolve().parents[2]


def run(*args, env_home: Path):
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(env_home / "data"),
        XDG_STATE_HOME=str(env_home / "state"),
        XDG_CONFIG_HOME=str(env_home / "config"),
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env, timeout=120
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_self_test_on_a_new_and_an_existing_database(tmp_path):
    db = tmp_path / "x.sqlite"
    first = run("--self-test", "--db", str(db), env_home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "self-test OK" in first.stdout and "new database" in first.stdout
    assert "357 municipalities" in first.stdout and "10 schemes" in first.stdout
    second = run("--self-test", "--db", str(db), env_home=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "existing database" in second.stdout


def test_self_test_on_the_default_database(tmp_path):
    result = run("--self-test", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "Feltkart" / "feltkart.sqlite").exists()
    assert (tmp_path / "state" / "Feltkart" / "log" / "feltkart.log").exists()


def _text_file(path):
    path.write_text("Notater fra Ørland\n", encoding="utf-8")


def _other_program(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()


def _newer(path):
    from tests.helpers import make_newer

    make_newer(path)


def _write_protected(path):
    from core.workspace import open_workspace

    open_workspace(path).close()
    path.chmod(0o444)


@pytest.mark.parametrize(
    "make,expected",
    [
        (_text_file, "is not a Feltkart database"),
        (_other_program, "made by another program"),
        (_newer, "written by a newer Feltkart (version 9.0.0)"),
        (_write_protected, "write-protected"),
    ],
)
def test_bad_database_files_are_refused_unchanged(tmp_path, make, expected):
    path = tmp_path / "bad.sqlite"
    make(path)
    before = digest(path)
    result = run("--self-test", "--lang", "en", "--db", str(path), env_home=tmp_path)
    assert result.returncode == 1
    assert expected in result.stderr
    assert "The file has not been changed." in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(path) == before
    path.chmod(0o644)


def test_folder_and_write_protected_folder_are_refused(tmp_path):
    result = run("--self-test", "--lang", "en", "--db", str(tmp_path), env_home=tmp_path)
    assert result.returncode == 1 and "is a folder" in result.stderr
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        result = run("--self-test", "--lang", "en", "--db", str(ro / "a.sqlite"), env_home=tmp_path)
        assert result.returncode == 1 and "write-protected" in result.stderr
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


def test_message_is_in_norwegian_by_default(tmp_path):
    path = tmp_path / "notes.sqlite"
    _text_file(path)
    result = run("--self-test", "--db", str(path), env_home=tmp_path)
    assert result.returncode == 1
    assert "er ikke en Feltkart-database" in result.stderr and "Filen er ikke endret." in result.stderr


def test_a_database_open_in_another_feltkart_is_refused(tmp_path):
    from core.base import lock

    path = tmp_path / "busy.sqlite"
    held = lock.acquire(path)
    try:
        result = run("--self-test", "--lang", "en", "--db", str(path), env_home=tmp_path)
    finally:
        held.unlock()
    assert result.returncode == 1
    assert f"process {os.getpid()}" in result.stderr


def test_demo_needs_a_new_file_and_refuses_a_second_run(tmp_path):
    db = tmp_path / "demo.sqlite"
    missing = run("demo", env_home=tmp_path)
    assert missing.returncode == 2 and "--db" in missing.stderr
    first = run("demo", "--db", str(db), "--interviews", "12", "--seed", "3", env_home=tmp_path)
    assert first.returncode == 0 and "12 interviews written" in first.stdout
    before = digest(db)
    again = run("demo", "--db", str(db), "--interviews", "12", "--seed", "3", env_home=tmp_path)
    assert again.returncode == 1 and "holds demo data already" in again.stderr
    assert "Traceback" not in again.stderr
    real = tmp_path / "real.sqlite"
    setup = subprocess.run([sys.executable, "-c", f"""
import sys; sys.path.insert(0, {str(ROOT)!r})
from core.workspace import open_workspace; from core.reference import study
s = open_workspace({str(real)!r}); study.save(s, study.load(s).with_changes(study_name="Ekte", coordinator_name="Kari")); s.close()
"""], capture_output=True, text=True)
    assert setup.returncode == 0, setup.stderr
    refused = run("demo", "--db", str(real), env_home=tmp_path)
    assert refused.returncode == 1 and "a study of its own" in refused.stderr
    assert digest(db) == before  # the refused run changed nothing


def test_stats_writes_tables_and_charts(tmp_path):
    import csv

    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db), "--interviews", "60", "--seed", "2", env_home=tmp_path).returncode == 0
    out = tmp_path / "ut"
    result = run("stats", "--db", str(db), "--out", str(out), "--lang", "en", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    for name in ("participation", "participation_by_class", "benefit", "barriers", "main_barrier",
                 "coverage_class", "coverage_county"):
        assert (out / f"{name}.csv").stat().st_size > 0
    for name in ("participation", "funnel", "benefit", "barriers", "coverage", "map"):
        assert (out / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
        assert b"<svg" in (out / f"{name}.svg").read_bytes()[:2000]
    assert not list(out.glob(".*part*"))  # no half-written files left
    rows = list(csv.DictReader((out / "coverage_class.csv").open(encoding="utf-8")))
    assert sum(int(r["municipalities"]) for r in rows) == 357
    bad = run("stats", "--db", str(db), "--out", str(out), "--from", "31.02.2026", env_home=tmp_path)
    assert bad.returncode == 2 and "dates that exist" in bad.stderr
    # rural against central: the columns an analyst needs, each row a recomputable comparison
    rows = list(csv.DictReader((out / "forskjell.csv").open(encoding="utf-8")))
    took = {r["item"]: r for r in rows if r["measure"] == "took_part"}
    participation = {(r["scheme"], r["group"]): r
                     for r in csv.DictReader((out / "participation.csv").open(encoding="utf-8"))}
    for scheme, r in took.items():
        rural, central = participation[(scheme, "rural")], participation[(scheme, "central")]
        assert (r["rural_count"], r["rural_n"]) == (rural["took_part"], rural["n"])
        assert (r["central_count"], r["central_n"]) == (central["took_part"], central["n"])
        share = int(r["rural_count"]) / int(r["rural_n"]) - int(r["central_count"]) / int(r["central_n"])
        assert float(r["difference_pp"]) == pytest.approx(100 * share, abs=0.006)
        assert float(r["ci_lav_pp"]) <= float(r["difference_pp"]) <= float(r["ci_hoy_pp"])
        assert float(r["p_fisher"]) <= float(r["p_holm"]) <= 1
    trend = list(csv.DictReader((out / "trend.csv").open(encoding="utf-8")))
    assert {r["measure"] for r in trend} == {"aware", "applied_of_aware", "took_part_of_applied", "took_part",
                                            "high_benefit"}
    about = (out / "om.txt").read_text(encoding="utf-8")
    assert "if at least one of its interviews says so" in about and "Newcombe" in about
    # the other counting rule: only the latest interview; the municipalities stay, the counts may only fall
    latest = tmp_path / "latest"
    assert run("stats", "--db", str(db), "--out", str(latest), "--rule", "latest", env_home=tmp_path).returncode == 0
    assert "bare dens siste intervju" in (latest / "om.txt").read_text(encoding="utf-8")
    again = {(r["scheme"], r["group"]): r for r in csv.DictReader((latest / "participation.csv").open(encoding="utf-8"))}
    for key, r in again.items():
        assert r["n"] == participation[key]["n"] and int(r["aware"]) <= int(participation[key]["aware"])
    bad = run("stats", "--db", str(db), "--out", str(out), "--rule", "first", env_home=tmp_path)
    assert bad.returncode == 2 and "--rule" in bad.stderr
    bad = run("stats", "--db", str(db), "--out", str(out), "--from", "02.03.2026", "--to", "01.03.2026",
              env_home=tmp_path)
    assert bad.returncode == 2 and "is after --to" in bad.stderr


def test_export_commands(tmp_path):
    import openpyxl

    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db), "--interviews", "40", "--seed", "3", env_home=tmp_path).returncode == 0
    result = run("export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path / "ut.xlsx"), env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "holds no names or contacts" in result.stdout
    wb = openpyxl.load_workbook(tmp_path / "ut.xlsx")
    assert wb.sheetnames == ["intervjuer", "ordninger", "informanter", "kommuner", "utvalg", "kontakter", "avtaler",
                             "sitater", "kodebok", "om"]
    assert wb["sitater"].max_row > 1  # the demo marks passages
    n = wb["intervjuer"].max_row - 1
    assert f"export: {n} interviews" in result.stdout
    result = run("export", "--db", str(db), "--format", "csv-excel", "--out", str(tmp_path / "csv"),
                 "--include-names", "--plain-personal-data", "--status", "complete", env_home=tmp_path)
    assert result.returncode == 0 and "holds personal data" in result.stdout and "PLAIN, UNENCRYPTED" in result.stdout
    assert (tmp_path / "csv" / "informanter.csv").read_text(encoding="utf-8-sig").startswith(
        "intervju_id;kommunenr;informant_id;rolle;navn;kontakt")
    result = run("export", "--db", str(db), "--format", "pdf", "--out", str(tmp_path / "r.pdf"), env_home=tmp_path)
    assert result.returncode == 0 and (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    missing = run("export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path / "gone" / "u.xlsx"),
                  env_home=tmp_path)
    assert missing.returncode == 1 and "the folder does not exist" in missing.stderr
    assert not (tmp_path / "gone").exists()


def test_package_and_merge_commands(tmp_path):
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    for db, seed in ((one, "1"), (two, "2")):
        assert run("demo", "--db", str(db), "--interviews", "15", "--seed", seed, env_home=tmp_path).returncode == 0
    made = run("package", "--db", str(one), "--out", str(tmp_path / "one.feltkart"), env_home=tmp_path)
    assert made.returncode == 0 and "15 interviews" in made.stdout
    merged = run("merge", "--db", str(two), str(tmp_path / "one.feltkart"), env_home=tmp_path)
    assert merged.returncode == 0, merged.stderr
    assert "added interviews: 15" in merged.stdout and "backup before merging" in merged.stdout
    again = run("merge", "--db", str(two), str(tmp_path / "one.feltkart"), env_home=tmp_path)
    assert again.returncode == 0 and "added interviews: 0; added changes: 0" in again.stdout
    delta = run("package", "--db", str(one), "--out", str(tmp_path / "d1.feltkart"), "--since-last", "Siv",
                env_home=tmp_path)
    assert delta.returncode == 0 and "changes since" not in delta.stdout  # the first package for Siv: everything
    delta = run("package", "--db", str(one), "--out", str(tmp_path / "d2.feltkart"), "--since-last", "Siv",
                env_home=tmp_path)
    assert delta.returncode == 0 and "0 changes (changes since the last package for Siv)" in delta.stdout
    (tmp_path / "letter.feltkart").write_text("not a package")
    refused = run("merge", "--db", str(two), str(tmp_path / "letter.feltkart"), env_home=tmp_path)
    assert refused.returncode == 1 and "letter.feltkart" in refused.stderr and "not_a_package" in refused.stderr


def test_fieldwork_writes_the_response_rates_and_the_nonresponse_table(tmp_path):
    import csv

    db = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(db), "--interviews", "80", "--seed", "4", env_home=tmp_path).returncode == 0
    result = run("fieldwork", "--db", str(db), "--out", str(tmp_path / "ut"), "--by", "county", env_home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "357 sampled municipalities" in result.stdout
    with (tmp_path / "ut" / "svarprosent.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["gruppe", "utvalg", "I", "P", "R", "NC", "O", "ikke_egnet", "RR1", "RR2", "COOP1", "REF1",
                       "CON1"]
    *groups, total = rows[1:]
    assert len(groups) == 15 and total[0] == "alle" and total[1] == "357"
    for row in rows[1:]:  # the counts add up to the sample, and RR1 is I of the eligible
        counts = [int(x) for x in row[1:8]]
        assert counts[0] == sum(counts[1:])
        eligible = counts[0] - counts[6]
        assert float(row[8]) == pytest.approx(counts[1] / eligible, abs=5e-5)
    with (tmp_path / "ut" / "frafall.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert {r["dimensjon"] for r in table} == {"sentralitet", "fylke", "folketall"}
    for dimension in ("sentralitet", "fylke", "folketall"):
        part = [r for r in table if r["dimensjon"] == dimension]
        assert sum(int(r["svart"]) for r in part) == int(total[2])
        assert sum(float(r["andel_utvalg"]) for r in part) == pytest.approx(1, abs=1e-3)
