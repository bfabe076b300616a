"""The stored change logs of a test database as rows, read straight from ``interview_logs`` or, with
``table="fieldwork_logs"``, the fieldwork's records (not through core.model.ilog, so that tests check the stored
format as well as the code that writes it)."""

import json

KEYS = {"interview_logs": "interview_id", "fieldwork_logs": "record_id", "coding_logs": "record_id"}


def changes(conn, interview_id: str | None = None, table: str = "interview_logs") -> list[tuple]:
    """A row per change: (id, interview id, field, scheme, value, parent, stamp, device id, coordinator,
    reason, further parents), each interview's changes in the order they came into its log."""
    key = KEYS[table]
    where, params = (f" WHERE {key} = ?", [interview_id]) if interview_id else ("", [])
    rows = []
    for interview, text in conn.execute(f"SELECT {key}, log FROM {table}{where} ORDER BY rowid", params):
        doc = json.loads(text)
        reasons, parents = dict(doc["r"]), dict(doc["pp"])
        for n, (change_id, fld, scheme, value, parent, wall, counter, device, coordinator) in enumerate(zip(
                doc["id"], doc["f"], doc["s"], doc["v"], doc["p"], doc["w"], doc["n"], doc["dv"], doc["co"])):
            rows.append((change_id, interview, fld, scheme, value, parent,
                         f"{wall:013d}.{counter:06d}.{doc['d'][device]}", doc["d"][device], doc["c"][coordinator],
                         reasons.get(n), tuple(parents.get(n, ()))))
    return rows


def answers(conn, table: str = "interview_logs") -> list[tuple]:
    """A row per current answer as stored for reading: (interview id, field, scheme, value as compact JSON
    text), in key order."""
    rows = []
    for interview, text in conn.execute(f"SELECT {KEYS[table]}, answers FROM {table}"):
        doc = json.loads(text)
        rows += [(interview, f, s, json.dumps(v, ensure_ascii=False, separators=(",", ":")))
                 for f, s, v in zip(doc["f"], doc["s"], doc["v"])]
    return sorted(rows)
