import pytest

from core.base.errors import ValidationError
from core.reference import study
from core.reference.registry import RuralDefinition


def test_defaults_of_a_new_database(store):
    s = study.load(store)
    assert s.registry_version == 2024
    assert s.rural_definition is RuralDefinition.DISTRIKTSSENTERET
    assert not s.configured
    assert len(s.study_id) == 36


def test_save_persists_and_marks_configured(store, tmp_path):
    from core.workspace import open_workspace

    s = study.load(store).with_changes(
        study_name="  Distriktskommuner 2026 ", coordinator_name="Åse Ødegård",
        registry_version=2020, rural_definition=RuralDefinition.KDD,
    )
    saved = study.save(store, s)
    assert saved.study_name == "Distriktskommuner 2026" and saved.configured
    store.close()
    again = open_workspace(store.path)
    loaded = study.load(again)
    assert (loaded.coordinator_name, loaded.registry_version, loaded.rural_definition) == (
        "Åse Ødegård", 2020, RuralDefinition.KDD,
    )
    assert loaded.study_id == s.study_id
    again.close()


def test_invalid_settings_are_refused_whole(store):
    before = study.load(store)
    with pytest.raises(ValidationError) as info:
        study.save(store, before.with_changes(study_name="ok", coordinator_name=" ", registry_version=1999))
    assert info.value.errors == {"coordinator_name": "required", "registry_version": "unknown_registry"}
    assert study.load(store) == before


def test_registry_cannot_change_once_interviews_exist(configured_store):
    from core import interviews as iv

    iv.create(configured_store, "1826", "2026-03-02")
    before = study.load(configured_store)
    with pytest.raises(ValidationError) as info:
        study.save(configured_store, before.with_changes(registry_version=2020))
    assert info.value.errors == {"registry_version": "registry_in_use"}
    assert study.load(configured_store).registry_version == 2024
    study.save(configured_store, before.with_changes(rural_definition=RuralDefinition.KDD))  # other settings still change
