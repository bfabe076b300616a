import pytest

from core.base.errors import SchemeInUseError, ValidationError
from core.reference import schemes
from core.reference.schemes import SchemeDraft

EXPECTED_CODES = [
    "prosjektskjonn", "digifin", "stimulab", "lup", "forkommune",
    "ipo", "velferdsteknologi", "distriktssenteret", "saman", "folkehelse",
]


def draft(**kw):
    base = dict(code="nyordning", name_nb="Ny ordning", name_en="New scheme", owner="KDD", start_year=2020)
    base.update(kw)
    return SchemeDraft(**base)


def test_catalogue_has_the_studys_schemes(store):
    listed = schemes.list_schemes(store)
    assert [s.code for s in listed] == EXPECTED_CODES
    for s in listed:
        assert s.name_nb and s.name_en and s.owner and s.description_nb and s.description_en
        assert 2000 <= s.start_year <= 2020 and s.active and s.builtin
    assert schemes.get(store, "digifin").start_year == 2017


@pytest.mark.parametrize(
    "changes,field,code",
    [
        (dict(code=""), "code", "required"),
        (dict(code="Has Space"), "code", "code_format"),
        (dict(code="9lives"), "code", "code_format"),
        (dict(code="digifin"), "code", "code_taken"),
        (dict(name_nb="  "), "name_nb", "required"),
        (dict(name_en="x" * 121), "name_en", "too_long"),
        (dict(owner="a\nb"), "owner", "one_line"),
        (dict(start_year=1800), "start_year", "year_range"),
        (dict(description_nb="x" * 301), "description_nb", "too_long"),
    ],
)
def test_validation_names_the_field_and_rule(store, changes, field, code):
    errors = schemes.validate(draft(**changes), schemes.all_codes(store))
    assert errors.get(field) == code
    with pytest.raises(ValidationError) as info:
        schemes.add(store, draft(**changes))
    assert info.value.errors.get(field) == code
    assert len(schemes.list_schemes(store)) == 10  # nothing half-written


def test_add_edit_deactivate_reactivate(store):
    added = schemes.add(store, draft(code=" Kommuneloftet ".strip().lower(), start_year=None))
    assert added.code == "kommuneloftet" and added.active and not added.builtin
    assert schemes.list_schemes(store)[-1].code == "kommuneloftet"
    edited = schemes.update(store, "kommuneloftet", draft(code="kommuneloftet", owner="KS"))
    assert edited.owner == "KS"
    assert schemes.set_active(store, "digifin", False).active is False
    assert [s.code for s in schemes.list_schemes(store, include_inactive=False)].count("digifin") == 0
    assert schemes.set_active(store, "digifin", True).active is True


def test_code_cannot_change_on_edit(store):
    with pytest.raises(ValidationError) as info:
        schemes.update(store, "digifin", draft(code="digifin2"))
    assert info.value.errors == {"code": "code_fixed"}


def test_delete_unused_scheme_leaves_a_tombstone(store):
    schemes.add(store, draft())
    schemes.delete(store, "nyordning")
    assert "nyordning" not in [s.code for s in schemes.list_schemes(store)]
    assert store.db.execute("SELECT deleted FROM schemes WHERE code='nyordning'").fetchone()[0] == 1
    assert schemes.validate(draft(), schemes.all_codes(store))["code"] == "code_taken"


def test_scheme_that_data_refers_to_cannot_be_deleted(store):
    # Any table with a foreign key to schemes.code counts, whatever later migrations add.
    store.db.execute("CREATE TABLE answers_probe (id INTEGER PRIMARY KEY, scheme TEXT REFERENCES schemes(code))")
    store.db.execute("INSERT INTO answers_probe (scheme) VALUES ('stimulab'), ('stimulab')")
    assert schemes.references(store, "stimulab") == 2
    with pytest.raises(SchemeInUseError) as info:
        schemes.delete(store, "stimulab")
    assert info.value.references == 2
    assert schemes.get(store, "stimulab").active  # untouched
    assert schemes.set_active(store, "stimulab", False).active is False  # deactivating is allowed


def test_a_scheme_an_interview_answered_about_cannot_be_deleted(configured_store):
    from core import interviews as iv

    interview = iv.create(configured_store, "1826", "2026-03-02")
    iv.set_answer(configured_store, interview, "aware", "kjenner_til", scheme="stimulab")
    iv.set_answer(configured_store, interview, "aware", None, scheme="stimulab")  # cleared: still in the log
    assert schemes.references(configured_store, "stimulab") == 1
    with pytest.raises(SchemeInUseError):
        schemes.delete(configured_store, "stimulab")
    assert schemes.get(configured_store, "stimulab").active
    assert schemes.references(configured_store, "digifin") == 0  # asked about nowhere yet
    schemes.delete(configured_store, "digifin")
