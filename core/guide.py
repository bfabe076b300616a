"""Interview guides: versioned TOML definitions of sections and questions (XLSForm's concepts).

A guide has sections; a section has questions; a section marked ``per_scheme`` is asked once for each
active scheme (the scheme grid). Questions have a ``name`` (stable: answers are stored under it), a
``type``, labels and hints in nb and en, ``required``, a choice list, a simple ``relevant`` condition
(``{question, equals}`` or ``{question, includes}``) and simple constraints (``min``, ``max``,
``max_length``).

``parse_guide`` refuses a faulty file with a message that names the line and the problem. Values are
checked with ``check_value``; relevance with ``is_relevant``; completeness with ``problems``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from core.errors import FeltkartError

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
    """Read and check a guide definition; raise GuideError naming the line and the problem."""
    import tomllib  # only when a guide is read, not at start

    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise GuideError(source, int(m.group(1)) if m else None, f"not valid TOML: {exc}") from exc

    def fail(problem: str, near: str | None = None, key: str | None = None, occurrence: int = 1):
        line = _line_of(text, near, key, occurrence) if near else None
        raise GuideError(source, line, problem)

    head = doc.get("guide")
    if not isinstance(head, dict):
        fail("the [guide] table (id, version, title_nb, title_en) is missing")
    for key in ("id", "version", "title_nb", "title_en"):
        if key not in head:
            fail(f"[guide] lacks '{key}'", r"^\s*\[guide\]")
    if not isinstance(head["version"], int) or head["version"] < 1:
        fail("[guide] version must be a whole number from 1", r"^\s*version\s*=")
    lists: dict[str, tuple[Choice, ...]] = {}
    for list_name, items in (doc.get("choices") or {}).items():
        if not isinstance(items, list) or not items:
            fail(f"choice list '{list_name}' is empty or not a list", rf"^\s*{re.escape(list_name)}\s*=")
        parsed = []
        for item in items:
            if not isinstance(item, dict) or not {"value", "nb", "en"} <= set(item):
                fail(f"choice list '{list_name}': every choice needs value, nb and en", rf"^\s*{re.escape(list_name)}\s*=")
            parsed.append(Choice(item["value"], item["nb"], item["en"]))
        values = [c.value for c in parsed]
        if len(set(values)) != len(values):
            fail(f"choice list '{list_name}' repeats a value", rf"^\s*{re.escape(list_name)}\s*=")
        lists[list_name] = tuple(parsed)

    sections = []
    seen: dict[str, Question] = {}
    raw_sections = doc.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        fail("the guide has no [[sections]]")
    for s in raw_sections:
        s_name = s.get("name", "?")
        near_s = rf'^\s*name\s*=\s*"{re.escape(str(s_name))}"'
        for key in ("name", "title_nb", "title_en"):
            if key not in s:
                fail(f"section '{s_name}' lacks '{key}'", near_s)
        per_scheme = bool(s.get("per_scheme", False))
        questions = []
        for q in s.get("questions", []):
            q_name = q.get("name", "?")
            near = rf'^\s*name\s*=\s*"{re.escape(str(q_name))}"'
            if not NAME.match(str(q_name)):
                fail(f"question name '{q_name}' must be lower-case letters, digits and _", near)
            if q_name in seen or q_name in [x.name for x in questions]:
                fail(f"question '{q_name}' appears twice", near, occurrence=2)
            for key in ("type", "label_nb", "label_en"):
                if key not in q:
                    fail(f"question '{q_name}' lacks '{key}'", near)
            q_type = q["type"]
            if q_type not in TYPES:
                fail(f"question '{q_name}' has unknown type '{q_type}' (known: {', '.join(sorted(TYPES))})", near, "type")
            choices: tuple[Choice, ...] = ()
            if q_type in BUILTIN_CHOICES:
                choices = tuple(Choice(*c) for c in BUILTIN_CHOICES[q_type])
            elif q_type in ("single", "multiple", "informants"):
                list_name = q.get("choices")
                if list_name not in lists:
                    fail(f"question '{q_name}' uses choice list '{list_name}', which is not defined", near, "choices")
                choices = lists[list_name]
            relevant = None
            if "relevant" in q:
                r = q["relevant"]
                if not isinstance(r, dict) or "question" not in r or not ({"equals", "includes"} & set(r)):
                    fail(f"question '{q_name}': relevant needs question and equals or includes", near)
                if r["question"] not in seen and r["question"] not in [x.name for x in questions]:
                    fail(f"question '{q_name}' depends on '{r['question']}', which does not come before it", near, "relevant")
                relevant = Relevance(r["question"], r.get("equals"), r.get("includes"))
            for key in ("min", "max"):
                if key in q and q_type == "date":
                    try:
                        date.fromisoformat(q[key])
                    except (TypeError, ValueError):
                        fail(f"question '{q_name}': {key} must be a date YYYY-MM-DD", near, key)
                elif key in q and not isinstance(q[key], (int, float)):
                    fail(f"question '{q_name}': {key} must be a number", near, key)
            question = Question(
                name=q_name,
                type=q_type,
                label_nb=q["label_nb"],
                label_en=q["label_en"],
                hint_nb=q.get("hint_nb", ""),
                hint_en=q.get("hint_en", ""),
                required=bool(q.get("required", False)),
                choices=choices,
                relevant=relevant,
                min=q.get("min"),
                max=q.get("max"),
                max_length=q.get("max_length"),
                searchable=bool(q.get("searchable", False)),
                per_scheme=per_scheme,
            )
            questions.append(question)
        for question in questions:
            seen[question.name] = question
        if not questions:
            fail(f"section '{s_name}' has no questions", near_s)
        sections.append(Section(s["name"], s["title_nb"], s["title_en"], tuple(questions), per_scheme))
    for required in ("interview_date", "municipality"):
        if required not in seen:
            fail(f"every guide needs a '{required}' question")
    return Guide(head["id"], head["version"], head["title_nb"], head["title_en"], tuple(sections), source=text)


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


def problems(guide: Guide, answers: dict[tuple[str, str], Any], schemes: list[str]) -> dict[tuple[str, str], str]:
    """Every problem that stops completing: (question, scheme or '') -> error code ('required' or a check_value code).

    Irrelevant questions are skipped; per-scheme questions are checked for each scheme in ``schemes``.
    """
    found: dict[tuple[str, str], str] = {}
    plain = {name: v for (name, scheme), v in answers.items() if scheme == ""}
    plain_questions = [q for s in guide.sections if not s.per_scheme for q in s.questions]
    plain_shown = relevant_names(plain_questions, plain)
    for section in guide.sections:
        for scheme in (schemes if section.per_scheme else [""]):
            if scheme:
                scope = {**plain, **{n: v for (n, s), v in answers.items() if s == scheme}}
                shown = relevant_names(section.questions, scope, plain_shown)
            else:
                shown = plain_shown
            for q in section.questions:
                if q.name not in shown:
                    continue
                value = answers.get((q.name, scheme))
                if is_empty(value):
                    if q.required:
                        found[(q.name, scheme)] = "required"
                    continue
                code = check_value(q, value)
                if code:
                    found[(q.name, scheme)] = code
    return found


def display_value(q: Question, value: Any, lang: str = "nb") -> str:
    """An answer as a person reads it: choice labels, Norwegian dates, informants by role."""
    from core import dates

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
        text = repr(float(value))
        text = text[:-2] if text.endswith(".0") else text
        return text.replace(".", ",") if lang == "nb" else text
    if q.type == "informants":
        return "; ".join(
            " ".join(x for x in (labels.get(p.get("role"), ""), p.get("name") or "") if x) for p in value
        )
    return str(value)
