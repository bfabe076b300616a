"""Interview guides: versioned TOML definitions of sections and questions (XLSForm's concepts).

A guide has sections; a section has questions; a section marked ``per_scheme`` is asked once for each
active scheme (the scheme grid). Questions have a ``name`` (stable: answers are stored under it), a
``type``, labels and hints in nb and en, ``required``, a choice list, a simple ``relevant`` condition
(``{question, equals}`` or ``{question, includes}``) and simple constraints (``min``, ``max``,
``max_length``). A single choice that follows a multiple choice of the same choice list in its section picks
the most important of those ticked there (``among``): completing refuses one that was not ticked.

``parse_guide`` refuses a faulty file with a message that names the line and the problem. Values are
checked with ``check_value``; relevance with ``is_relevant``; completeness with ``problems``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from core.base.errors import FeltkartError

TYPES = {
    "single", "multiple", "yes_no_dk", "likert5", "integer", "decimal", "date", "text", "long_text",
    "municipality", "informants",
}
DONT_KNOW = "vet_ikke"
BUILTIN_CHOICES = {
    "yes_no_dk": [("ja", "Ja", "Yes"), ("nei", "Nei", "No"), (DONT_KNOW, "Vet ikke", "Don't know")],
    "likert5": [(1, "1", "1"), (2, "2", "2"), (3, "3", "3"), (4, "4", "4"), (5, "5", "5"), (DONT_KNOW, "Vet ikke", "Don't know")],
}
MAX_TEXT = 200_000  # a pasted document is accepted; beyond this a text is refused with a message
NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


class GuideError(FeltkartError):
    """A guide file that cannot be used. ``line`` is 1-based, or None when the problem has no one line."""

    def __init__(self, source: str, line: int | None, problem: str):
        self.source, self.line, self.problem = source, line, problem
        where = f"{source}, line {line}" if line else source
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Choice:
    value: Any
    label_nb: str
    label_en: str

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_nb


@dataclass(frozen=True)
class Relevance:
    question: str
    equals: Any = None
    includes: Any = None

    def holds(self, value: Any) -> bool:
        if self.includes is not None:
            return isinstance(value, list) and self.includes in value
        return value == self.equals


@dataclass(frozen=True)
class Question:
    name: str
    type: str
    label_nb: str
    label_en: str
    hint_nb: str = ""
    hint_en: str = ""
    required: bool = False
    choices: tuple[Choice, ...] = ()
    relevant: Relevance | None = None
    min: Any = None
    max: Any = None
    max_length: int | None = None
    searchable: bool = False
    per_scheme: bool = False
    among: str | None = None  # the multiple choice whose ticked choices this single choice picks from

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_nb

    def hint(self, lang: str) -> str:
        return self.hint_en if lang == "en" else self.hint_nb

    @property
    def is_text(self) -> bool:
        return self.type in ("text", "long_text")


@dataclass(frozen=True)
class Section:
    name: str
    title_nb: str
    title_en: str
    questions: tuple[Question, ...]
    per_scheme: bool = False

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_nb


@dataclass(frozen=True)
class Guide:
    id: str
    version: int
    title_nb: str
    title_en: str
    sections: tuple[Section, ...]
    source: str = field(default="", compare=False, repr=False)

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_nb

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, name: str) -> Question:
        for q in self.questions():
            if q.name == name:
                return q
        raise KeyError(name)

    def has(self, name: str) -> bool:
        return any(q.name == name for q in self.questions())

    def searchable(self) -> set[str]:
        """The questions whose answers go into the text search."""
        return {q.name for q in self.questions() if q.searchable}


# -- parsing ----------------------------------------------------------------------------------

def _line_of(text: str, pattern: str, key: str | None = None, occurrence: int = 1) -> int | None:
    """The line matching ``pattern`` (its ``occurrence``-th match); with ``key``, the line of that key
    within the same block (up to the next ``[[``), when there is one."""
    lines = text.splitlines()
    seen = 0
    for n, line in enumerate(lines, start=1):
        if re.search(pattern, line):
            seen += 1
            if seen < occurrence:
                continue
            if key:
                for m in range(n - 1, len(lines)):
                    if m > n - 1 and lines[m].lstrip().startswith("[["):
                        break
                    if re.match(rf"^\s*{re.escape(key)}\s*=", lines[m]):
                        return m + 1
            return n
    return None


def parse_guide(text: str, source: str = "guide") -> Guide:
    """Read and check a guide definition; raise GuideError naming the line and the problem. Every value is
    checked for its type too, so that a faulty file is a message, never a crash."""
    import tomllib  # only when a guide is read, not at start

    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise GuideError(source, int(m.group(1)) if m else None, f"not valid TOML: {exc}") from exc
    reader = _Reader(text, source)
    head = reader.head(doc.get("guide"))
    lists = reader.choice_lists(doc.get("choices", {}))
    raw_sections = doc.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        reader.fail("the guide has no [[sections]]")
    sections: list[Section] = []
    seen: dict[str, Question] = {}
    for raw in raw_sections:
        section = reader.section(raw, lists, seen)
        seen.update((q.name, q) for q in section.questions)
        sections.append(section)
    for required in ("interview_date", "municipality"):
        if required not in seen:
            reader.fail(f"every guide needs a '{required}' question")
    return Guide(head["id"], head["version"], head["title_nb"], head["title_en"], tuple(sections), source=text)


_SCALAR = (str, int)  # a choice's value, or what a condition compares with: text or a whole number


def _is(value: Any, types: tuple) -> bool:
    """``isinstance`` where true and false are not numbers."""
    return isinstance(value, types) and not (isinstance(value, bool) and bool not in types)


class _Reader:
    """The checks of ``parse_guide``, each failing with the line where the problem is."""

    def __init__(self, text: str, source: str):
        self.text, self.source = text, source

    def fail(self, problem: str, near: str | None = None, key: str | None = None, occurrence: int = 1):
        line = _line_of(self.text, near, key, occurrence) if near else None
        raise GuideError(self.source, line, problem)

    def head(self, head: Any) -> dict:
        if not isinstance(head, dict):
            self.fail("the [guide] table (id, version, title_nb, title_en) is missing")
        for key in ("id", "version", "title_nb", "title_en"):
            if key not in head:
                self.fail(f"[guide] lacks '{key}'", r"^\s*\[guide\]")
        if not _is(head["version"], (int,)) or head["version"] < 1:
            self.fail("[guide] version must be a whole number from 1", r"^\s*version\s*=")
        for key in ("id", "title_nb", "title_en"):
            if not isinstance(head[key], str) or not head[key].strip():
                self.fail(f"[guide] {key} must be a text", rf"^\s*{key}\s*=")
        return head

    def choice_lists(self, raw: Any) -> dict[str, tuple[Choice, ...]]:
        if not isinstance(raw, dict):
            self.fail("[choices] must be a table of choice lists", r"^\s*choices\s*=")
        lists = {}
        for name, items in raw.items():
            near = rf"^\s*{re.escape(name)}\s*="
            if not isinstance(items, list) or not items:
                self.fail(f"choice list '{name}' is empty or not a list", near)
            parsed = []
            for item in items:
                if not isinstance(item, dict) or not {"value", "nb", "en"} <= set(item):
                    self.fail(f"choice list '{name}': every choice needs value, nb and en", near)
                if not _is(item["value"], _SCALAR) or not isinstance(item["nb"], str) or not isinstance(item["en"], str):
                    self.fail(f"choice list '{name}': a value must be a text or a whole number, nb and en texts",
                              near)
                parsed.append(Choice(item["value"], item["nb"], item["en"]))
            values = [c.value for c in parsed]
            if len(set(values)) != len(values):
                self.fail(f"choice list '{name}' repeats a value", near)
            lists[name] = tuple(parsed)
        return lists

    def section(self, raw: Any, lists: dict, seen: dict[str, Question]) -> Section:
        if not isinstance(raw, dict):
            self.fail("every [[sections]] entry must be a table")
        name = raw.get("name", "?")
        near = rf'^\s*name\s*=\s*"{re.escape(str(name))}"'
        for key in ("name", "title_nb", "title_en"):
            if not isinstance(raw.get(key), str):
                self.fail(f"section '{name}' lacks '{key}' (a text)", near)
        if not _is(raw.get("per_scheme", False), (bool,)):
            self.fail(f"section '{name}': per_scheme must be true or false", near, "per_scheme")
        per_scheme = raw.get("per_scheme", False)
        raw_questions = raw.get("questions", [])
        if not isinstance(raw_questions, list) or not all(isinstance(q, dict) for q in raw_questions):
            self.fail(f"section '{name}': questions must be [[sections.questions]] tables", near, "questions")
        questions: list[Question] = []
        for n, q in enumerate(raw_questions):
            question = self.question(q, lists, {**seen, **{x.name: x for x in questions}}, per_scheme)
            before = questions[-1] if questions else None
            if (before is not None and question.type == "single" and before.type == "multiple"
                    and q.get("choices") == raw_questions[n - 1].get("choices")):
                question = replace(question, among=before.name)
            questions.append(question)
        if not questions:
            self.fail(f"section '{name}' has no questions", near)
        return Section(name, raw["title_nb"], raw["title_en"], tuple(questions), per_scheme)

    def question(self, q: dict, lists: dict, before: dict[str, Question], per_scheme: bool) -> Question:
        name = q.get("name", "?")
        near = rf'^\s*name\s*=\s*"{re.escape(str(name))}"'
        if not isinstance(name, str) or not NAME.match(name):
            self.fail(f"question name '{name}' must be lower-case letters, digits and _", near)
        if name in before:
            self.fail(f"question '{name}' appears twice", near, occurrence=2)
        for key in ("type", "label_nb", "label_en"):
            if not isinstance(q.get(key), str):
                self.fail(f"question '{name}' lacks '{key}' (a text)", near)
        for key in ("hint_nb", "hint_en", "choices"):
            if key in q and not isinstance(q[key], str):
                self.fail(f"question '{name}': {key} must be a text", near, key)
        for key in ("required", "searchable"):
            if key in q and not _is(q[key], (bool,)):
                self.fail(f"question '{name}': {key} must be true or false", near, key)
        if "max_length" in q and (not _is(q["max_length"], (int,)) or q["max_length"] < 1):
            self.fail(f"question '{name}': max_length must be a whole number from 1", near, "max_length")
        q_type = q["type"]
        if q_type not in TYPES:
            self.fail(f"question '{name}' has unknown type '{q_type}' (known: {', '.join(sorted(TYPES))})", near,
                      "type")
        return Question(
            name=name, type=q_type, label_nb=q["label_nb"], label_en=q["label_en"], hint_nb=q.get("hint_nb", ""),
            hint_en=q.get("hint_en", ""), required=q.get("required", False),
            choices=self.choices_of(q, name, q_type, lists, near), relevant=self.relevance(q, name, before, near),
            min=self.limit(q, name, "min", q_type, near), max=self.limit(q, name, "max", q_type, near),
            max_length=q.get("max_length"), searchable=q.get("searchable", False), per_scheme=per_scheme)

    def choices_of(self, q: dict, name: str, q_type: str, lists: dict, near: str) -> tuple[Choice, ...]:
        if q_type in BUILTIN_CHOICES:
            return tuple(Choice(*c) for c in BUILTIN_CHOICES[q_type])
        if q_type in ("single", "multiple", "informants"):
            list_name = q.get("choices")
            if list_name not in lists:
                self.fail(f"question '{name}' uses choice list '{list_name}', which is not defined", near, "choices")
            return lists[list_name]
        return ()

    def relevance(self, q: dict, name: str, before: dict[str, Question], near: str) -> Relevance | None:
        if "relevant" not in q:
            return None
        r = q["relevant"]
        if (not isinstance(r, dict) or not isinstance(r.get("question"), str)
                or len({"equals", "includes"} & set(r)) != 1):
            self.fail(f"question '{name}': relevant needs question and one of equals or includes", near,
                      "relevant")
        if r["question"] not in before:
            self.fail(f"question '{name}' depends on '{r['question']}', which does not come before it", near,
                      "relevant")
        compared = r.get("equals", r.get("includes"))
        if not _is(compared, (*_SCALAR, bool)):
            self.fail(f"question '{name}': relevant compares with a text, a whole number, true or false", near,
                      "relevant")
        return Relevance(r["question"], r.get("equals"), r.get("includes"))

    def limit(self, q: dict, name: str, key: str, q_type: str, near: str) -> Any:
        if key not in q:
            return None
        if q_type == "date":
            try:
                date.fromisoformat(q[key])
            except (TypeError, ValueError):
                self.fail(f"question '{name}': {key} must be a date YYYY-MM-DD", near, key)
        elif not _is(q[key], (int, float)):
            self.fail(f"question '{name}': {key} must be a number", near, key)
        return q[key]


# -- values -----------------------------------------------------------------------------------

def check_value(q: Question, value: Any) -> str | None:
    """An error code when ``value`` breaks the question's type or constraints; None when it is fine."""
    if value is None or value == "" or value == []:
        return None
    t = q.type
    if t in ("single", "yes_no_dk", "likert5"):
        return None if value in [c.value for c in q.choices] else "not_a_choice"
    if t == "multiple":
        allowed = [c.value for c in q.choices]
        return None if isinstance(value, list) and all(v in allowed for v in value) else "not_a_choice"
    if t in ("integer", "decimal"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (t == "integer" and not isinstance(value, int)):
            return "not_a_number" if t == "decimal" else "not_an_integer"
        if not math.isfinite(value):  # nan and inf pass every comparison and are not JSON
            return "not_a_number"
        if q.min is not None and value < q.min:
            return "below_min"
        if q.max is not None and value > q.max:
            return "above_max"
        return None
    if t == "date":
        try:
            d = date.fromisoformat(value)
        except (TypeError, ValueError):
            return "not_a_date"
        if q.min is not None and d < date.fromisoformat(q.min):
            return "below_min"
        if q.max is not None and d > date.fromisoformat(q.max):
            return "above_max"
        return None
    if t in ("text", "long_text"):
        if not isinstance(value, str):
            return "not_text"
        limit = q.max_length or MAX_TEXT
        return "too_long" if len(value) > limit else None
    if t == "municipality":
        return None if isinstance(value, str) and re.fullmatch(r"\d{4}", value) else "not_a_municipality"
    if t == "informants":
        if not isinstance(value, list):
            return "not_informants"
        roles = [c.value for c in q.choices]
        for person in value:
            if not isinstance(person, dict) or person.get("role") not in roles:
                return "informant_role"
            for key in ("name", "contact"):
                if len(str(person.get(key) or "")) > 200:
                    return "too_long"
        return None
    return None


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def relevant_names(questions: list[Question] | tuple[Question, ...], answers: dict[str, Any], shown: set[str] | None = None) -> set[str]:
    """Names of the questions to show, in order: a question is shown when its condition holds and the
    question it depends on is itself shown (so a stale answer behind a hidden question counts for nothing).

    ``answers`` maps question name to value (for per-scheme questions: the plain answers and that scheme's).
    ``shown`` is what is already known to be shown (the plain questions, when checking a scheme's).
    """
    shown = set(shown or ())
    for q in questions:
        if q.relevant is None or (q.relevant.question in shown and q.relevant.holds(answers.get(q.relevant.question))):
            shown.add(q.name)
    return shown


def shown(guide: Guide, answers: dict[tuple[str, str], Any], schemes: list[str]) -> dict[str, set[str]]:
    """The questions to show (whose condition holds, behind questions that are shown themselves), per scheme:
    '' for the questions asked once, each of ``schemes`` for the per-scheme block. The one rule the form,
    completing and the statistics' checks follow."""
    plain = {name: v for (name, scheme), v in answers.items() if scheme == ""}
    plain_questions = [q for s in guide.sections if not s.per_scheme for q in s.questions]
    found = {"": relevant_names(plain_questions, plain)}
    scheme_questions = [q for s in guide.sections if s.per_scheme for q in s.questions]
    for scheme in schemes:
        scope = {**plain, **{n: v for (n, s), v in answers.items() if s == scheme}}
        found[scheme] = relevant_names(scheme_questions, scope, found[""]) - found[""]
    return found


def problems(guide: Guide, answers: dict[tuple[str, str], Any], schemes: list[str]) -> dict[tuple[str, str], str]:
    """Every problem that stops completing: (question, scheme or '') -> error code ('required', a check_value
    code, or 'not_ticked': a choice ``among`` another question's that was not ticked there).

    Questions not shown are skipped; per-scheme questions are checked for each scheme in ``schemes``.
    """
    found: dict[tuple[str, str], str] = {}
    visible = shown(guide, answers, schemes)
    for section in guide.sections:
        for scheme in (schemes if section.per_scheme else [""]):
            for q in section.questions:
                if q.name not in visible[scheme]:
                    continue
                value = answers.get((q.name, scheme))
                if is_empty(value):
                    if q.required:
                        found[(q.name, scheme)] = "required"
                    continue
                code = check_value(q, value) or not_ticked(q, value, answers, scheme)
                if code:
                    found[(q.name, scheme)] = code
    return found


def not_ticked(q: Question, value: Any, answers: dict[tuple[str, str], Any], scheme: str = "") -> str | None:
    """'not_ticked' when ``q`` picks ``among`` another question's ticked choices and ``value`` is not one of them."""
    if q.among is None or is_empty(value):
        return None
    return None if value in (answers.get((q.among, scheme)) or []) else "not_ticked"


def decimal_text(value: float, lang: str) -> str:
    """A number exactly as stored (repr round-trips), with a decimal comma in Norwegian: 2,5 and 1234,567."""
    text = repr(float(value))
    text = text[:-2] if text.endswith(".0") else text
    return text if lang == "en" else text.replace(".", ",")


def display_value(q: Question, value: Any, lang: str = "nb") -> str:
    """An answer as a person reads it: choice labels, Norwegian dates, informants by role."""
    from core.base import dates

    if is_empty(value):
        return ""
    labels = {c.value: c.label(lang) for c in q.choices}
    if q.type in ("single", "yes_no_dk", "likert5"):
        return labels.get(value, str(value))
    if q.type == "multiple":
        return ", ".join(labels.get(v, str(v)) for v in value)
    if q.type == "date":
        return dates.format(value)
    if q.type == "decimal":
        return decimal_text(value, lang)
    if q.type == "informants":
        return "; ".join(
            " ".join(x for x in (labels.get(p.get("role"), ""), p.get("name") or "") if x) for p in value
        )
    return str(value)
