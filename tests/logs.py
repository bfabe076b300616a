"""The stored change logs of a test database as rows, read straight from ``interview_logs`` (not through
core.ilog, so that tests check the stored format as well as the code that writes it)."""

import json


def changes(conn, interview_id: str | None = None) -> list[tuple]:
    """A row per change: (id, interview id, field, scheme, value, parent, stamp, device id, coordinator,
    reason, further parents), each interview's changes in the order they came into its log."""
    where, params = (" WHERE interview_id = ?", [interview_id]) if interview_id else ("", [])
    rows = []
    for interview, text in conn.execute(f"SELECT interview_id, log FROM interview_logs{where} ORDER BY rowid", params):
        doc = json.loads(text)
        for change_id, fld, scheme, value, parent, wall, counter, device, coordinator, *rest in doc["x"]:
            rows.append((change_id, interview, fld, scheme, value, parent,
                         f"{wall:013d}.{counter:06d}.{doc['d'][device]}", doc["d"][device], doc["c"][coordinator],
                         rest[0] if rest else None, tuple(rest[1]) if len(rest) > 1 else ()))
    return rows


def answers(conn) -> list[tuple]:
    """A row per current answer: (interview id, field, scheme, value, change id), in key order."""
    return sorted((interview, *answer) for interview, text in conn.execute(
        "SELECT interview_id, answers FROM interview_logs") for answer in json.loads(text))
