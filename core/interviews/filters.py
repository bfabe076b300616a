"""The one way to choose interviews by filter (status, county, dates, coordinator), shared by the statistics
and the exports."""

from __future__ import annotations


def interview_where(status: str | None, county: str | None, date_from: str | None, date_to: str | None,
                    coordinator: str | None) -> tuple[str, list]:
    """The SQL condition (on ``interviews i`` joined with ``municipalities m``) and parameters that choose the
    interviews of a filter; the trash is always left out. Shared by the statistics and the exports."""
    clauses, params = ["i.deleted = 0"], []
    if status:
        clauses.append("i.status = ?")
        params.append(status)
    if county:
        clauses.append("m.county = ?")
        params.append(county)
    if date_from:
        clauses.append("i.interview_date >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("i.interview_date <= ?")
        params.append(date_to)
    if coordinator:
        clauses.append("i.coordinator = ?")
        params.append(coordinator)
    return " AND ".join(clauses), params
