"""One interview's change log (core.model.ilog): stored and read back unchanged, damaged logs refused, heads and
the current answers as the definition says, and uniting logs independent of order."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.model import ilog

DEVICES = ["a" * 8, "b" * 8, "c" * 8]
KEYS = [("notes", ""), ("aware", "digifin"), ("aware", "stimulab"), ("_deleted", "")]
JSON_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=5),
                        st.lists(st.text(max_size=3), max_size=2),
                        st.floats(allow_nan=False, allow_infinity=False))


@st.composite
def logs(draw) -> ilog.Log:
    """A log as laptops make it: each change replaces a change of the same answer made before it (or none),
    some settle a conflict (further parents), some have a reason; stamps are distinct."""
    log = ilog.Log()
    made: list[ilog.Change] = []
    for n in range(draw(st.integers(0, 12))):
        key = draw(st.sampled_from(KEYS))
        same = [c for c in made if c.key == key]
        parent = draw(st.sampled_from([None, *[c.id for c in same]]))
        others = draw(st.lists(st.sampled_from([c.id for c in same]), max_size=2)) if same else []
        device = draw(st.sampled_from(DEVICES))
        change = ilog.Change(f"id{n}", *key, json.dumps(draw(JSON_VALUES)), parent,
                             f"{draw(st.integers(0, 5)) + 1_700_000_000_000:013d}.{n:06d}.{device}", device,
                             draw(st.sampled_from(["Kari", "Ola"])), draw(st.sampled_from([None, "grunn"])),
                             tuple(p for p in others if p != parent))
        log.add(change)
        made.append(change)
    return log


def definition(changes: list[ilog.Change]):
    """The current answers and conflicts by the definition: heads are changes no change names as parent,
    the latest stamp wins, heads that disagree are a conflict."""
    replaced = {c.parent for c in changes} | {p for c in changes for p in c.parents}
    heads: dict = {}
    for c in changes:
        if c.id not in replaced:
            heads.setdefault(c.key, []).append(c)
    current = {key: (max(found, key=lambda c: c.stamp).value, max(found, key=lambda c: c.stamp).id)
               for key, found in heads.items()}
    return current, {key for key, found in heads.items() if len({c.value for c in found}) > 1}


@given(logs())
def test_a_log_reads_back_as_it_was_stored(log):
    again = ilog.Log.parse(log.dumps())
    assert again.changes() == log.changes()
    assert again.dumps() == log.dumps()


@given(logs())
def test_the_answers_are_the_latest_heads_and_disagreeing_heads_are_conflicts(log):
    assert log.answers() == definition(log.changes())
    heads = log.heads()
    assert {key: (found[0].value, found[0].id) for key, found in heads.items()} == log.answers()[0]
    assert all([c.stamp for c in found] == sorted((c.stamp for c in found), reverse=True) for found in heads.values())


@given(logs(), st.randoms())
def test_uniting_logs_gives_the_same_answers_in_any_order(log, rnd):
    changes = log.changes()
    parts = [ilog.Log(), ilog.Log()]
    for c in changes:  # each laptop has a part of the changes, some both
        for part in parts:
            if rnd.random() < 0.6:
                part.add(c)
    first, second = ilog.Log.parse(parts[0].dumps()), ilog.Log.parse(parts[1].dumps())
    first.union(parts[1])
    second.union(parts[0])
    assert first.answers() == second.answers()
    assert sorted(first.changes(), key=lambda c: c.id) == sorted(second.changes(), key=lambda c: c.id)
    assert first.union(second) == []  # nothing new the second time


@given(st.dictionaries(st.tuples(st.sampled_from(["notes", "aware", "_status", 'a"b', "c\\d", "e\nf", "æ"]),
                                 st.sampled_from(["", "digifin", 'x"']) | st.text(max_size=3)), JSON_VALUES))
def test_the_answers_stored_for_reading_are_the_values_themselves(values):
    current = {key: (json.dumps(value, ensure_ascii=False), "id") for key, value in values.items()}
    decoded = ilog.decode_answers(ilog.encode_answers(current))
    assert decoded == values
    assert {k: json.dumps(v) for k, v in decoded.items()} == {k: json.dumps(v) for k, v in values.items()}  # 1 is not true


@given(JSON_VALUES | st.dictionaries(st.text(max_size=3), JSON_VALUES, max_size=2))
def test_a_stored_answer_reads_as_json_does(value):
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert json.dumps(ilog.value_of(text)) == json.dumps(value)  # the same value and type (1 is not true)


class Laptop:
    """A laptop as the log sees it: its own log of one interview, a clock that is ``offset`` ms off the shared
    time, and the hybrid logical clock of hlc (never backwards, past every stamp it received)."""

    def __init__(self, name: str, offset: int):
        self.name, self.offset, self.log, self.last = name, offset, ilog.Log(), (0, 0)

    def stamp(self, now: int) -> str:
        physical = now + self.offset
        wall, counter = self.last
        self.last = (physical, 0) if physical > wall else (wall, counter + 1)
        return f"{self.last[0]:013d}.{self.last[1]:06d}.{self.name}"

    def receive(self, other: "Laptop") -> None:
        self.log.union(other.log)
        if len(other.log):
            self.last = max(self.last, other.log.latest(range(len(other.log))))


OPERATIONS = st.lists(st.tuples(
    st.sampled_from(["edit", "edit", "delete", "restore", "share"]), st.integers(0, 2), st.integers(0, 2),
    st.integers(0, 3)), min_size=1, max_size=25)  # (what, laptop, another laptop, ms that pass before it)
OFFSETS = st.lists(st.sampled_from([0, 0, 1, -1, 50, -52, 3_600_000, -3_600_000, 10**9]), min_size=3, max_size=3)


@given(OPERATIONS, OFFSETS, st.permutations([0, 1, 2]))
def test_an_edit_made_without_knowing_of_the_deletion_is_found_whatever_the_clocks(operations, offsets, order):
    """Three laptops with clocks off by anything from a millisecond to years (or equal, so that stamps share a
    millisecond) edit, delete, restore and pass their whole log on. What each change's laptop had received is
    written down here as it happens; the log, from what its changes record, must find exactly the edits that
    neither knew of the deletion nor were seen by it, on every laptop and in any order of uniting."""
    laptops = [Laptop(name * 8, offset) for name, offset in zip("abc", offsets)]
    had: dict[str, set[str]] = {}  # change id -> the changes its laptop had when it was made
    now, made = 1_700_000_000_000, 0
    for what, who, other, passing in operations:
        now += passing
        laptop = laptops[who]
        if what == "share":
            laptops[other].receive(laptop)
            continue
        field = ilog.DELETED if what in ("delete", "restore") else "notes"
        heads = laptop.log.heads([(field, "")]).get((field, ""), [])
        change = ilog.Change(f"c{made}", field, "", "true" if what == "delete" else "false" if what == "restore"
                             else json.dumps(f"notat {made}"), heads[0].id if heads else None, laptop.stamp(now),
                             laptop.name, laptop.name, None, tuple(c.id for c in heads[1:]),
                             *laptop.log.context(field))
        had[change.id] = set(laptop.log.ids())
        laptop.log.add(change)
        made += 1

    def expected(log: ilog.Log, deletion: str) -> set[str]:
        deleter = log.by_id(deletion).device_id
        return {c.id for c in log.changes() if c.field != ilog.DELETED and c.device_id != deleter
                and c.id not in had[deletion] and deletion not in had[c.id]}

    for laptop in laptops:
        for change in laptop.log.changes():
            if change.field == ilog.DELETED:
                assert {laptop.log.id[n] for n in laptop.log.unaware_edits(change.id)} == expected(laptop.log,
                                                                                                change.id)
    everything = ilog.Log()
    for k in order:
        everything.union(ilog.Log.parse(laptops[k].log.dumps()))  # as stored and read back
    for change in everything.changes():
        if change.field == ilog.DELETED:
            assert {everything.id[n] for n in everything.unaware_edits(change.id)} == expected(everything, change.id)


def test_a_deletion_from_before_what_changes_knew_was_recorded_counts_what_is_stamped_before_it():
    # a change to _deleted without "seen" (an older Feltkart's): the edits stamped before it were part of it
    log = ilog.Log()
    stamp = lambda ms, device: f"{ms:013d}.000000.{device}"  # noqa: E731
    log.add(ilog.Change("d", "_deleted", "", "true", None, stamp(10, "a"), "a", "Kari"))
    log.add(ilog.Change("e", "notes", "", '"x"', None, stamp(5, "b"), "b", "Ola"))
    assert log.unaware_edits("d") == []
    log.add(ilog.Change("f", "notes", "", '"y"', "e", stamp(20, "b"), "b", "Ola"))
    assert log.unaware_edits("d") == [2]
    log.add(ilog.Change("g", "notes", "", '"z"', "f", stamp(30, "b"), "b", "Ola", known=("d",)))
    assert log.unaware_edits("d") == [2]  # the later edit knew of the deletion; the earlier one did not


@pytest.mark.parametrize("text", [
    "", "[]", '{"d": []}', '{"d": [1], "c": [], "id": [], "f": [], "s": [], "v": [], "p": [], "w": [], "n": [],'
    ' "dv": [], "co": [], "r": [], "pp": []}',
    '{"d": ["a"], "c": ["K"], "id": ["x"], "f": ["notes"], "s": [""], "v": ["1"], "p": [null], "w": [-1], "n": [0],'
    ' "dv": [0], "co": [0], "r": [], "pp": []}',
    '{"d": ["a"], "c": ["K"], "id": ["x"], "f": ["notes"], "s": [""], "v": ["1"], "p": [null], "w": [1], "n": [0],'
    ' "dv": [0], "co": [0], "r": [], "pp": [[0, [1]]]}',
    '{"d": ["a"], "c": ["K"], "id": ["x"], "f": ["notes"], "s": [""], "v": ["1"], "p": [null], "w": [1], "n": [0],'
    ' "dv": [1], "co": [0], "r": [], "pp": []}',
    '{"d": ["a"], "c": ["K"], "id": ["x"], "f": ["notes"], "s": [""], "v": ["1"], "p": [null], "w": [1], "n": [0],'
    ' "dv": [0], "co": [0], "r": [[1, "grunn"]], "pp": []}',
    '{"d": ["a"], "c": ["K"], "id": ["x"], "f": ["notes"], "s": [""], "v": ["1"], "p": [null], "w": [1], "n": [0],'
    ' "dv": [0], "co": [0], "r": [], "pp": [], "k": [[0, [1]]], "sv": []}',
    '{"d": ["a"], "c": ["K"], "id": ["x"], "f": ["notes"], "s": [""], "v": ["1"], "p": [null], "w": [1], "n": [0],'
    ' "dv": [0], "co": [0], "r": [], "pp": [], "k": [], "sv": [[0, [["a", 1]]]]}',
    '{"d": ["a"], "c": ["K"], "id": ["x"], "f": ["notes"], "s": [""], "v": ["1"], "p": [null], "w": [1], "n": [0],'
    ' "dv": [0], "co": [0], "r": [], "pp": [], "k": {}, "sv": []}',
])
def test_a_damaged_log_is_refused(text):
    with pytest.raises(ilog.LogError):
        ilog.Log.parse(text)


def _one_change(**changed) -> str:
    doc = {"d": ["a"], "c": ["K"], "id": ["x"], "f": ["notes"], "s": [""], "v": ['"tekst"'], "p": [None],
           "w": [1_700_000_000_000], "n": [0], "dv": [0], "co": [0], "r": [], "pp": []}
    return json.dumps({**doc, **changed})


@pytest.mark.parametrize("changed", [
    {"v": ["1,2"]}, {"v": ["nope"]}, {"v": [""]}, {"v": ['"a" ']}, {"v": ['1],"x":[']},
    {"w": [10**13]}, {"n": [10**6]}, {"n": [-1]},
    {"pp": [[0, ["y"]], [0, ["z"]]]}, {"r": [[0, "a"], [0, "b"]]},
])
def test_a_log_with_an_answer_or_number_that_cannot_be_is_refused(changed):
    ilog.Log.parse(_one_change())  # the same log without the fault reads
    with pytest.raises(ilog.LogError):
        ilog.Log.parse(_one_change(**changed))


def _is_one_json_value(text: str) -> bool:
    try:
        return json.JSONDecoder().raw_decode(text)[1] == len(text)
    except ValueError:
        return False


NESTED = st.recursive(JSON_VALUES, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=3), inner, max_size=3), max_leaves=6)


@given(st.lists(st.one_of(NESTED.map(lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))),
                          NESTED.map(json.dumps),
                          st.text(max_size=6), st.sampled_from(["1,2", '"a"\x00"b"', "[1", "2]", "tru", '"\\u00e6"'])),
                min_size=1, max_size=6))
def test_a_log_is_read_exactly_when_each_answer_is_one_json_value(values):
    n = len(values)
    text = _one_change(id=[f"id{i}" for i in range(n)], f=["notes"] * n, s=[""] * n, v=values, p=[None] * n,
                       w=[1_700_000_000_000] * n, n=list(range(n)), dv=[0] * n, co=[0] * n)
    if all(map(_is_one_json_value, values)):
        assert ilog.Log.parse(text).value == values
    else:
        with pytest.raises(ilog.LogError):
            ilog.Log.parse(text)
