"""What the statistics count of an interview, kept in one row of ``interview_stats`` per interview and worked
out from its current answers whenever they change (``core.analysis.stats`` reads these rows)."""

from __future__ import annotations

import json

from core.model import ilog

AWARE_VALUES = ("kjenner_til", "kjenner_godt")
YES = "ja"
BENEFIT_VALUES = (1, 2, 3, 4, 5, "vet_ikke")
STATS_FIELDS = frozenset({"aware", "applied", "took_part", "benefit", "barriers", "barrier_main", "measures"})


def stats_row(interview_id: str, current: dict[tuple[str, str], tuple[str, str]]) -> tuple | None:
    """The interview's row in interview_stats from its current answers ((value as JSON, change id) per
    (field, scheme)): scheme codes separated by spaces, in code order (a scheme code has none, see
    schemes.CODE_PATTERN); benefits as "scheme=value" with the value as stored (JSON); the barrier and
    measure lists as stored (JSON); the most important barrier as plain text. None when the interview has
    none of these answers. "Took part" counts only where the municipality also applied (the guide asks it
    only then), and a benefit only where it took part."""
    def encoded(fld: str, scheme: str = "") -> str:
        found = current.get((fld, scheme))
        return found[0] if found else ""

    counted = False
    aware, applied, took_part, benefit = [], [], [], []
    for (fld, scheme), (text, _id) in current.items():
        if fld not in STATS_FIELDS:
            continue
        counted = True
        if not scheme:
            continue
        if fld == "aware":
            if text in _AWARE:
                aware.append(scheme)
        elif fld == "applied":
            if text == _YES:
                applied.append(scheme)
        elif fld == "took_part":
            if text == _YES and encoded("applied", scheme) == _YES:
                took_part.append(scheme)
        elif fld == "benefit":
            if text in _BENEFITS and encoded("applied", scheme) == _YES and encoded("took_part", scheme) == _YES:
                benefit.append((scheme, text))
    if not counted:
        return None
    benefit.sort()
    # the answers are stored as compact JSON (json.dumps): a list starts with "[", a text with '"'
    barriers, main, measures = encoded("barriers"), encoded("barrier_main"), encoded("measures")
    return (interview_id, " ".join(sorted(aware)) or None, " ".join(sorted(applied)) or None,
            " ".join(sorted(took_part)) or None, " ".join(f"{s}={v}" for s, v in benefit) or None,
            barriers if barriers[:1] == "[" else None,
            json.loads(main) if main[:1] == '"' else None,
            measures if measures[:1] == "[" else None)


# the answers as stored (JSON text), compared as text
_YES = ilog.dumps(YES)
_AWARE = frozenset(ilog.dumps(v) for v in AWARE_VALUES)
_BENEFITS = frozenset(ilog.dumps(v) for v in BENEFIT_VALUES)


def write_stats(conn, rows: list[tuple | None]) -> None:
    """Add these rows to interview_stats (``stats_row``; None: the interview has no such answers). The
    interviews' old rows must be gone."""
    conn.executemany("INSERT INTO interview_stats (interview_id, aware, applied, took_part, benefit, barriers,"
                     " barrier_main, measures) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     [row for row in rows if row is not None])


def refresh_stats(conn) -> None:
    """Work out interview_stats again for every interview, from its current answers (once after a migration
    that asks for it: schema.REBUILD_STATS)."""
    conn.execute("DELETE FROM interview_stats")
    write_stats(conn, [stats_row(i, ilog.Log.parse(text, check=False).answers()[0]) for i, text in conn.execute(
        "SELECT interview_id, log FROM interview_logs")])
