"""The most important barrier is one of the barriers ticked: the guide says so by its order (a single choice of the
same list right after the multiple choice), and completing refuses one that was not ticked."""

import pytest

from core import interviews as iv
from core.base.resources import resource_path
from core.model.guide import parse_guide, problems
from tests.helpers import fill_required

GUIDE_TEXT = resource_path("guides", "distrikt_ordninger_v1.toml").read_text(encoding="utf-8")
GUIDE = parse_guide(GUIDE_TEXT, "distrikt_ordninger_v1.toml")


def test_the_main_barrier_picks_among_the_barriers_ticked():
    assert GUIDE.question("barrier_main").among == "barriers"
    assert GUIDE.question("form").among is None  # a single choice after a question of another kind
    assert GUIDE.question("barriers").among is None


def test_a_single_choice_of_another_list_picks_freely():
    text = GUIDE_TEXT.replace('name = "barrier_main"\n  type = "single"\n  choices = "barrier"',
                              'name = "barrier_main"\n  type = "single"\n  choices = "measure"')
    assert text != GUIDE_TEXT
    assert parse_guide(text).question("barrier_main").among is None


@pytest.mark.parametrize("barriers,main,problem", [
    (["kapasitet", "frister"], "frister", None),
    (["kapasitet"], "frister", "not_ticked"),
    (None, "frister", "not_ticked"),
    (["kapasitet"], None, None),
])
def test_problems_name_a_main_barrier_not_ticked(barriers, main, problem):
    answers = {("barriers", ""): barriers, ("barrier_main", ""): main}
    assert problems(GUIDE, {k: v for k, v in answers.items() if v is not None}, []).get(("barrier_main", "")) == problem


def test_completing_refuses_a_main_barrier_not_ticked(configured_store):
    s = configured_store
    interview = iv.create(s, "1826", "2026-03-02")
    fill_required(s, interview, iv.schemes_for(s, interview))
    iv.set_answers(s, interview, [("barriers", "", ["kapasitet"]), ("barrier_main", "", "frister")])
    with pytest.raises(iv.IncompleteError) as refused:
        iv.complete(s, interview)
    assert refused.value.problems == {("barrier_main", ""): "not_ticked"}
    iv.set_answer(s, interview, "barriers", ["kapasitet", "frister"])
    iv.complete(s, interview)
    assert iv.get(s, interview).summary.status == iv.COMPLETE
