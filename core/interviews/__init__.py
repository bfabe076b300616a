"""Interviews: the repository (create, answer, complete, delete, read, history), the stored logs, what the
statistics count of each interview, the text index and the filters that choose interviews. The names below
are the interface the rest of Feltkart uses."""

from core.interviews.logs import (
    COMPLETE,
    DELETED_FIELD,
    DRAFT,
    STATUS_FIELD,
    SUMMARY_FIELDS,
    current_answers,
    deletion_disputed,
    heads_of,
    load_log,
    read_log,
)
from core.interviews.repository import (
    HistoryEntry,
    IncompleteError,
    Interview,
    InterviewCompleteError,
    InterviewSummary,
    ReasonRequiredError,
    checked_answer,
    complete,
    coordinators,
    create,
    delete,
    get,
    guide_of,
    history,
    list_interviews,
    record_change,
    reopen,
    restore,
    same_municipality_and_date,
    schemes_for,
    set_answer,
    set_answers,
)
from core.interviews.statsrows import BENEFIT_VALUES, STATS_FIELDS, refresh_stats
from core.interviews.textindex import search

__all__ = [
    "BENEFIT_VALUES", "COMPLETE", "DELETED_FIELD", "DRAFT", "STATS_FIELDS", "STATUS_FIELD", "SUMMARY_FIELDS",
    "HistoryEntry", "IncompleteError", "Interview", "InterviewCompleteError", "InterviewSummary",
    "ReasonRequiredError", "checked_answer", "complete", "coordinators", "create", "current_answers", "delete",
    "deletion_disputed", "get", "guide_of", "heads_of", "history", "list_interviews", "load_log", "read_log",
    "record_change", "refresh_stats", "reopen", "restore", "same_municipality_and_date", "schemes_for", "search",
    "set_answer", "set_answers",
]
