"""A log's JSON decoded by orjson (``ilog._decoded``) reads as it did with the standard library's ``json``: the
same log, or the same refusal, whatever a damaged or hostile package holds (numbers beyond 64 bits, NaN, text
that is not Unicode, junk)."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from core.model import ilog

BASE = {"d": ["x"], "c": ["y"], "id": ["i"], "f": ["notes"], "s": [""], "v": ['"a"'], "p": [None], "w": [1],
        "n": [0], "dv": [0], "co": [0], "r": [], "pp": []}
TEXT = st.text(st.characters(exclude_categories=()), max_size=6)  # lone surrogates too
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-2**80, max_value=2**80),
                    st.floats(allow_nan=True, allow_infinity=True), TEXT)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                      max_leaves=8)


@st.composite
def log_texts(draw) -> str:
    """A log with some columns, or some of their entries, replaced by anything JSON can hold."""
    doc = json.loads(json.dumps(BASE))
    for key in draw(st.lists(st.sampled_from([*BASE, "k", "sv", "x"]), max_size=3)):
        if key in doc and doc[key] and draw(st.booleans()):
            doc[key][0] = draw(VALUES)
        else:
            doc[key] = draw(st.lists(VALUES, max_size=3))
    text = json.dumps(doc, ensure_ascii=draw(st.booleans()), allow_nan=True)
    cut = draw(st.integers(min_value=0, max_value=len(text)))  # and now and then a log cut short
    return text if draw(st.booleans()) else text[:cut]


def _outcome(text) -> tuple:
    try:
        log = ilog.Log.parse(text)
    except ilog.LogError as exc:
        return ("refused", str(exc))
    return ("read", log.devices, log.coordinators, log.id, log.field, log.scheme, log.value, log.parent, log.wall,
            log.counter, log.device, log.coordinator, log.reasons, log.parents, log.known, log.seen, log.as_written)


@settings(max_examples=600, deadline=None)
@given(st.one_of(log_texts(), st.text(max_size=40), st.binary(max_size=40)))
def test_a_log_reads_as_the_standard_library_read_it(text):
    fast = _outcome(text)
    decoded, ilog._decoded = ilog._decoded, json.loads
    try:
        standard = _outcome(text)
    finally:
        ilog._decoded = decoded
    assert fast == standard, text


def test_a_valid_log_is_decoded_by_orjson(monkeypatch):
    """The fast way is taken (and the test above compares two ways, not one with itself)."""
    import orjson

    used = []
    monkeypatch.setattr(ilog, "orjson", type("Counting", (), {
        "JSONDecodeError": orjson.JSONDecodeError, "loads": staticmethod(lambda t: used.append(t) or orjson.loads(t))}))
    ilog.Log.parse(json.dumps(BASE))
    assert len(used) == 1
