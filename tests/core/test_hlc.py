"""The clock's stamps and the change ids made from them."""

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import demo
from core import interviews as iv
from core.model import hlc
from core.storage import stamps
from tests import logs

DEVICE = "0f6c2c9e-3a51-4c1e-9d0e-4d2b8a7f1c55"


def stamp(wall: int, counter: int, device: str = DEVICE) -> str:
    return f"{wall:013d}.{counter:06d}.{device}"


walls = st.integers(min_value=0, max_value=(1 << 48) - 1)
counters = st.integers(min_value=0, max_value=hlc.MAX_COUNTER)


@given(walls, counters, st.integers(min_value=0, max_value=(1 << 128) - 1))
def test_a_change_id_is_a_version_7_uuid_of_its_stamp(wall, counter, bits):
    made = uuid.UUID(hlc.change_id(stamp(wall, counter), bits))
    assert (made.version, made.variant) == (7, uuid.RFC_4122)
    assert made.int >> 80 == wall  # unix_ts_ms
    assert (made.int >> 64 & 0xFFF) << 8 | (made.int >> 54 & 0xFF) == counter  # rand_a, then the top of rand_b
    assert made.int & ((1 << hlc.RANDOM_BITS) - 1) == bits & ((1 << hlc.RANDOM_BITS) - 1)


@given(st.lists(st.tuples(walls, counters), min_size=2, max_size=30, unique=True),
       st.lists(st.integers(min_value=0, max_value=(1 << 54) - 1), min_size=30, max_size=30))
def test_change_ids_sort_as_their_stamps_do(pairs, bits):
    # as text too: the log's id index compares the text form
    ids = [hlc.change_id(stamp(w, c), b) for (w, c), b in zip(pairs, bits)]
    assert sorted(ids) == [ids[i] for i in sorted(range(len(pairs)), key=lambda i: pairs[i])]


def test_changes_with_the_same_time_and_counter_still_get_different_ids():
    # as two laptops' changes can: the random bits tell them apart
    same = stamp(1_764_255_071_000, 7)
    assert len({hlc.change_id(same.replace(DEVICE, device)) for device in ("a", "b", "c", "d")}) == 4


def test_a_stamp_beyond_what_an_id_holds_is_refused():
    for wall, counter in ((1 << 48, 0), (0, 1 << hlc.COUNTER_BITS), (-1, 0)):
        with pytest.raises(ValueError, match="out of range"):
            hlc.change_id(f"{wall}.{counter}.{DEVICE}")


def test_the_counter_moves_to_the_next_millisecond_after_six_digits(store):
    stamps._write(store.conn, 2_000_000_000_000, 999_999)
    later = stamps.next_stamp(store.conn, DEVICE, 1_000)  # the system clock is behind the stored one
    assert later == stamp(2_000_000_000_001, 0)
    uuid.UUID(hlc.change_id(later))  # a valid id, not a counter out of range


def test_recorded_changes_have_ids_in_the_order_they_were_made(configured_store):
    interview = iv.create(configured_store, "1826", "2026-03-02")
    for n in range(5):
        iv.set_answer(configured_store, interview, "notes", f"utkast {n}")
    rows = [(c[0], c[6]) for c in logs.changes(configured_store.conn, interview)]
    assert len(rows) >= 6
    assert [r[0] for r in rows] == sorted(r[0] for r in rows)
    assert all(uuid.UUID(r[0]).int >> 80 == hlc.wall_time_ms(r[1]) for r in rows)


def test_demo_change_ids_are_reproducible_and_in_log_order(tmp_path):
    from core.workspace import open_workspace

    made = []
    for name in ("a", "b"):
        store = open_workspace(tmp_path / f"{name}.sqlite")
        demo.make_demo(store, interviews=20, seed=5)
        made.append([(c[0], c[6], c[4]) for c in logs.changes(store.conn)])
        store.close()
    ids = [r[0] for r in made[0]]
    assert ids == sorted(ids)
    # the same seed gives the same answers; the ids differ only by the stamps (other clocks, other devices)
    assert [r[2] for r in made[0]] == [r[2] for r in made[1]]
    mask = (1 << hlc.RANDOM_BITS) - 1
    assert [uuid.UUID(r[0]).int & mask for r in made[0]] == [uuid.UUID(r[0]).int & mask for r in made[1]]
