"""Every quote and note across the interviews, one per row, for the Sitater view, the theme counts and the
exports.

A *quote* is an answer to a searchable text question of the guide (``Question.searchable``: section F's notes
and quotes, each scheme's comment, the "other" barrier and the measures in words): ``kind`` "quote" for the
verbatim quotes (question ``quotes``), "note" for the rest. The text comes from the text index
(``answer_text``, kept in step on every save and merge), the interview's place and people from its row, its
municipality and ``interview_facts`` (its informants' roles and its consent answer, kept in step by
``facts_row`` on every save and merge), the themes and counts of its passages from ``quote_marks`` (kept in
step with the passages by ``passage_rows.derive``). An answer whose text is gone while passages marked in it
remain (they wait for review) is listed with an empty text, so that they can be found and settled or unmarked.

For the window (a view fills once, then filters in memory)::

    quotes = list_quotes(store)                       # [Quote], in date order, the trash left out
    first = list_quotes(store, latest_interviews(store, 60))  # the newest interviews' only: a first screenful
    keys = search(store, "kapasitet")                 # {(interview id, field, scheme)} matching every word
    shown = filter_quotes(quotes, QuoteFilter(rural=True, theme_ids=themes.with_subthemes(store, tid)),
                          keys)                       # [Quote]

``Quote.key`` is (interview id, field, scheme), the answer to open in the interview window."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any, NamedTuple

from core.base.gcpause import no_cycle_collection
from core.interviews.textindex import fts_query
from core.model import ilog
from core.reference import study
from core.storage.schema import FACTS_SELECT

if TYPE_CHECKING:
    from core.storage.store import Store

FACT_FIELDS = frozenset({"informants", "consent"})
QUOTE_FIELD = "quotes"


def facts_row(interview_id: str, current: dict[tuple[str, str], tuple[str, str]]) -> tuple[str, str, Any]:
    """The interview's row of ``interview_facts`` from its current answers ((value as JSON, change id) per
    (field, scheme); both questions are asked once), as ``FACTS_SELECT`` works it out from the stored answers:
    its informants' roles (the guide's codes), each once in the order they come, joined by commas; its consent
    answer. A save and a merge work it out so, without reading the answers again."""
    informants, consent = current.get(("informants", "")), current.get(("consent", ""))
    people = ilog.value_of(informants[0]) if informants else None
    roles = dict.fromkeys(p["role"] for p in people or () if type(p) is dict and type(p.get("role")) is str)
    consent = ilog.value_of(consent[0]) if consent else None
    if type(consent) is bool:
        consent = int(consent)  # as SQLite's JSON gives true and false
    elif isinstance(consent, list | dict):
        consent = ilog.dumps(consent)
    return interview_id, ",".join(roles), consent


def write_facts(conn, rows: list[tuple]) -> None:
    """These rows (``facts_row``) in ``interview_facts``, in place of the interviews' rows there."""
    conn.executemany("INSERT OR REPLACE INTO interview_facts (interview_id, roles, consent) VALUES (?, ?, ?)", rows)


def refresh_facts(conn, interview_ids: list[str]) -> None:
    """Work ``interview_facts`` out again for these interviews from their stored answers (in the caller's
    transaction): after a save of informants or consent, a merge, the demo."""
    ids = sorted(set(interview_ids))
    for n in range(0, len(ids), 500):
        chunk = ids[n:n + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM interview_facts WHERE interview_id IN ({marks})", chunk)
        conn.execute(f"INSERT INTO interview_facts {FACTS_SELECT} WHERE l.interview_id IN ({marks})", chunk)


class Quote(NamedTuple):
    interview_id: str
    field: str
    scheme: str  # "" where the answer belongs to no scheme
    text: str
    municipality: str | None  # number
    municipality_name: str | None
    county: str | None  # number
    county_name: str | None
    centrality_class: int | None
    rural: bool | None
    roles: tuple[str, ...]  # the interview's informants' roles (codes of the guide's role list)
    interview_date: str | None
    coordinator: str
    status: str  # the interview's: draft or complete
    consent: bool  # the interview's consent answer is "ja": its passages may be cited
    theme_ids: frozenset[str]  # the themes of its passages
    passages: int  # how many passages are marked in it
    review: int  # of which need review

    @property
    def key(self) -> tuple[str, str, str]:
        return self.interview_id, self.field, self.scheme

    @property
    def kind(self) -> str:
        return "quote" if self.field == QUOTE_FIELD else "note"


@dataclass(frozen=True)
class QuoteFilter:
    """None: any. ``theme_ids``: quotes with a passage of one of these themes (give a theme with its sub-themes,
    ``themes.with_subthemes``); ``unthemed``: only quotes without a passage; ``review``: only quotes with a
    passage to review."""
    municipality: str | None = None
    county: str | None = None
    centrality_class: int | None = None
    rural: bool | None = None
    role: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    coordinator: str | None = None
    scheme: str | None = None
    kind: str | None = None  # "quote" or "note"
    include_drafts: bool = True
    status: str | None = None  # the interview's: "complete" or "draft" only
    theme_ids: frozenset[str] | None = None
    unthemed: bool = False
    review: bool = False


# The interviews not in the trash, in the list's order, with their informants' roles and consent.
_INTERVIEWS = """SELECT i.id, i.registry, i.municipality, i.interview_date, i.coordinator, i.status, f.roles, f.consent
    FROM interviews i LEFT JOIN interview_facts f ON f.interview_id = i.id
    WHERE i.deleted = 0{where}
    ORDER BY i.interview_date IS NULL, i.interview_date, i.id"""
# Every quote with its passages' themes and counts (``quote_marks``); the chosen interviews' only, through
# ``answer_text_rows``, when the list is of some interviews.
_TEXTS = """SELECT t.interview_id, t.field, t.scheme, t.body, q.themes, coalesce(q.passages, 0), coalesce(q.review, 0)
    FROM answer_text t
    LEFT JOIN quote_marks q ON q.interview_id = t.interview_id AND q.field = t.field AND q.scheme = t.scheme"""
_CHOSEN_TEXTS = """SELECT r.interview_id, r.field, r.scheme, t.body, q.themes, coalesce(q.passages, 0),
    coalesce(q.review, 0)
    FROM temp.chosen_interviews c CROSS JOIN answer_text_rows r ON r.interview_id = c.id
    JOIN answer_text t ON t.rowid = r.fts_rowid
    LEFT JOIN quote_marks q ON q.interview_id = r.interview_id AND q.field = r.field AND q.scheme = r.scheme"""
# The answers whose text is gone (deleted, or emptied) while passages marked in it wait for review: listed with
# an empty text, so that they can be found (their themes, "needing review") and settled or unmarked.
_GONE = """SELECT q.interview_id, q.field, q.scheme, '', q.themes, q.passages, q.review FROM quote_marks q
    WHERE NOT EXISTS (SELECT 1 FROM answer_text_rows r
                      WHERE r.interview_id = q.interview_id AND r.field = q.field AND r.scheme = q.scheme)"""
_PLACES = """SELECT m.registry, m.number, m.name, m.county, c.name, m.centrality_class FROM municipalities m
    LEFT JOIN counties c ON c.registry = m.registry AND c.number = m.county"""


def list_quotes(store: "Store", interview_ids: list[str] | None = None) -> list[Quote]:
    """Every quote and note of the interviews not in the trash (of ``interview_ids`` only, when given), read
    from one snapshot, by interview date, then field and scheme.

    Two queries (the interviews, then the texts with their passages' marks), each row read once: an interview's
    place and people are made once and shared by its quotes; a set of themes is made once per distinct set."""
    rural = study.load(store).rural_definition.classes
    with store.snapshot(), no_cycle_collection():
        conn = store.conn
        where, texts, gone = "", _TEXTS, _GONE
        if interview_ids is not None:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS chosen_interviews (id TEXT PRIMARY KEY)")
            conn.execute("DELETE FROM temp.chosen_interviews")
            conn.executemany("INSERT OR IGNORE INTO temp.chosen_interviews VALUES (?)", [(i,) for i in interview_ids])
            where, texts = " AND i.id IN (SELECT id FROM temp.chosen_interviews)", _CHOSEN_TEXTS
            gone += " AND q.interview_id IN (SELECT id FROM temp.chosen_interviews)"
        places = {(r, n): (n, name, county, county_name, klass, klass in rural)
                  for r, n, name, county, county_name, klass in conn.execute(_PLACES)}
        roles_of: dict[str | None, tuple[str, ...]] = {"": (), None: ()}
        # per interview: [(its Quote fields from municipality to consent), its quotes...]
        found: dict[str, list] = {}
        for i, registry, number, day, who, status, roles, consent in conn.execute(_INTERVIEWS.format(where=where)):
            if roles not in roles_of:
                roles_of[roles] = tuple(roles.split(","))
            place = places.get((registry, number)) or (number, None, None, None, None, None)
            found[i] = [place + (roles_of[roles], day, who or "", status, consent == "ja")]
        sets: dict[str | None, frozenset[str]] = {"": frozenset(), None: frozenset()}
        new = tuple.__new__
        for i, f, s, body, themes, passages, review in chain(conn.execute(texts), conn.execute(gone)):
            quotes = found.get(i)
            if quotes is None:  # an interview in the trash (or not chosen)
                continue
            theme_ids = sets.get(themes)
            if theme_ids is None:
                theme_ids = sets[themes] = frozenset(themes.split(","))
            quotes.append(new(Quote, (i, f, s, body) + quotes[0] + (theme_ids, passages, review)))
        out: list[Quote] = []
        for quotes in found.values():
            del quotes[0]
            if len(quotes) > 1:
                quotes.sort()  # by field, then scheme (the interview is the same)
            out += quotes
    return out


def latest_interviews(store: "Store", n: int) -> list[str]:
    """The ids of the ``n`` interviews not in the trash that come first in the Sitater view's own order (the
    latest interview date first, then the greater id; those without a date last): their quotes are the first
    screenful of the view, shown while the rest is read."""
    return [i for (i,) in store.conn.execute(
        "SELECT id FROM interviews WHERE deleted = 0 ORDER BY interview_date IS NULL, interview_date DESC, id DESC"
        " LIMIT ?", [n])]


def search(store: "Store", text: str) -> set[tuple[str, str, str]]:
    """The quotes (interview id, field, scheme) whose text holds every word of ``text`` (as the start of a
    word, accents ignored: the text index's rule); an empty search finds nothing."""
    query = fts_query(text)
    if query is None:
        return set()
    return {tuple(r) for r in store.conn.execute(
        "SELECT interview_id, field, scheme FROM answer_text WHERE answer_text MATCH ?", [query])}


def filter_quotes(quotes: list[Quote], f: QuoteFilter, found: set[tuple[str, str, str]] | None = None
                  ) -> list[Quote]:
    """The quotes that pass the filter (and, with ``found``, a search's result), in the same order.

    Each condition chosen narrows the list in one pass of its own (the search's first: it keeps the fewest), so
    that a list of 20 000 is filtered in a few milliseconds."""
    out = quotes
    if found is not None:
        out = [q for q in out if q[:3] in found]  # q[:3] is q.key, without the call
    for attr, value in (("municipality", f.municipality), ("county", f.county),
                        ("centrality_class", f.centrality_class), ("rural", f.rural), ("coordinator", f.coordinator),
                        ("scheme", f.scheme), ("status", f.status)):
        if value is not None:
            at = Quote._fields.index(attr)
            out = [q for q in out if q[at] == value]
    if f.kind is not None:
        out = [q for q in out if q.kind == f.kind]
    if f.role:
        out = [q for q in out if f.role in q.roles]
    if f.date_from:
        out = [q for q in out if q.interview_date is not None and q.interview_date >= f.date_from]
    if f.date_to:
        out = [q for q in out if q.interview_date is not None and q.interview_date <= f.date_to]
    if not f.include_drafts:
        out = [q for q in out if q.status == "complete"]
    if f.theme_ids is not None:
        out = [q for q in out if not q.theme_ids.isdisjoint(f.theme_ids)]
    if f.unthemed:
        out = [q for q in out if not q.passages]
    if f.review:
        out = [q for q in out if q.review > 0]
    return list(out) if out is quotes else out
