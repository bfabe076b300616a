"""Faulty guide files in the user's guides folder: each is a warning naming the file and the problem, and
Feltkart goes on with the last good guide; none stops it from starting."""

from __future__ import annotations

import os

import pytest

from tests.faults.conftest import run_process


def _guide() -> str:
    from core.base.resources import resource_path

    text = resource_path("guides", "distrikt_ordninger_v1.toml").read_text(encoding="utf-8")
    return text.replace("version = 1", "version = 2", 1)


RELEVANT = 'relevant = { question = "consent", equals = "ja" }'
FIRST_SECTION = "[[sections]]\n"


def _questions_abc() -> str:
    return _guide() + '\n[[sections]]\nname = "G"\ntitle_nb = "G"\ntitle_en = "G"\nquestions = "abc"\n'


FAULTS = {
    # file name: (write it into the folder, words of the problem)
    "folder.toml": (lambda folder: (folder / "folder.toml").mkdir(), "a folder, not a file"),
    "link.toml": (lambda folder: os.symlink(folder / "nowhere.toml", folder / "link.toml"),
                  "a link that points to nothing"),
    "relevant-list.toml": (lambda folder: _write(folder, "relevant-list.toml",
                                                 _guide().replace(RELEVANT, 'relevant = ["question", "equals"]', 1)),
                           "relevant needs question"),
    "questions-abc.toml": (lambda folder: _write(folder, "questions-abc.toml", _questions_abc()),
                           "questions must be [[sections.questions]] tables"),
    "choice-table.toml": (lambda folder: _write(folder, "choice-table.toml", _guide().replace(
        'value = "fysisk"', "value = { a = 1 }", 1)), "a value must be a text or a whole number"),
    "latin1.toml": (lambda folder: (folder / "latin1.toml").write_bytes(_guide().encode("latin-1", "replace")),
                    "not UTF-8"),
    "toml.toml": (lambda folder: _write(folder, "toml.toml", "[guide\nid = "), "not valid TOML"),
    "type.toml": (lambda folder: _write(folder, "type.toml", _guide().replace('type = "date"', 'type = "dato"', 1)),
                  "unknown type 'dato'"),
    "version.toml": (lambda folder: _write(folder, "version.toml", _guide().replace("version = 2", "version = true")),
                     "version must be a whole number"),
    "label.toml": (lambda folder: _write(folder, "label.toml", _guide().replace('label_nb = "', 'label_nb = 5 #"', 1)),
                   "lacks 'label_nb' (a text)"),
    "required.toml": (lambda folder: _write(folder, "required.toml",
                                            _guide().replace("required = true", 'required = "ja"', 1)),
                      "required must be true or false"),
    "equals-table.toml": (lambda folder: _write(folder, "equals-table.toml", _guide().replace(
        RELEVANT, 'relevant = { question = "consent", equals = { a = 1 } }', 1)), "relevant compares with"),
    "no-sections.toml": (lambda folder: _write(folder, "no-sections.toml", _guide().split(FIRST_SECTION)[0]),
                         "has no [[sections]]"),
    "per-scheme.toml": (lambda folder: _write(folder, "per-scheme.toml", _guide().replace(
        FIRST_SECTION, FIRST_SECTION + 'per_scheme = "ja"\n', 1)), "per_scheme must be true or false"),
    "same-version.toml": (lambda folder: _write(folder, "same-version.toml", _guide().replace(
        "version = 2", "version = 1", 1).replace("Distriktskommuner og", "Endret:", 1)), "already in use"),
}


def _write(folder, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("name", list(FAULTS))
def test_a_faulty_guide_is_a_warning_and_the_last_good_guide_stays(store, tmp_path, name):
    from core.reference import guide_library

    folder = tmp_path / "guides"
    folder.mkdir()
    make, words = FAULTS[name]
    make(folder)
    report = guide_library.sync(store, extra_dir=folder)
    assert [e.source for e in report.errors] == [name]
    assert words in str(report.errors[0]), str(report.errors[0])
    assert report.added == [] and guide_library.current(store).version == 1


def test_five_faulty_guides_do_not_stop_the_start(tmp_path):
    """The five that stopped Feltkart from starting: a folder named *.toml, a dangling link, relevant as a
    list, questions = "abc", a choice value that is a table."""
    home = tmp_path / "home"
    folder = home / "data" / "Feltkart" / "guides"
    folder.mkdir(parents=True)
    for name in ("folder.toml", "link.toml", "relevant-list.toml", "questions-abc.toml", "choice-table.toml"):
        FAULTS[name][0](folder)
    result = run_process("--self-test", "--lang", "en", "--db", tmp_path / "ny.sqlite", home=home)
    assert result.code == 0, result.err
    assert "self-test OK" in result.out
    warnings = [line for line in result.err.splitlines() if line.startswith("self-test: warning: ")]
    assert len(warnings) == 5 and "Traceback" not in result.err
    for name in ("folder.toml", "link.toml", "relevant-list.toml", "questions-abc.toml", "choice-table.toml"):
        assert any(name in w for w in warnings), name
