"""Boilerplate rules: the package's ``rules.toml`` plus a newsroom's own file.

``load_rules(extra)`` checks each file against the schema below and parses it
into a ``Rules`` object (patterns, related-links settings);
``default_rules()`` parses the package's file once. A user's patterns are
compiled (and checked) as the file is read; the package's, which the tests
check, on first use (``Rule.regex``), each with its stored ``needles``
(``rules_needles``), so a paragraph that lacks them never compiles or runs it
(a long version compiles the ``quick`` ones first: ``boilerplate.QUICK_COMPILE``). Every problem with a
rules file is one ``RulesError`` line naming the file, the rule and the field.

Schema: ``[[rule]]`` tables with ``class`` and ``pattern`` (non-empty strings;
the pattern must not match the empty string) and optional ``name`` (string),
``max_chars`` (positive integer), ``unterminated``, ``case_sensitive`` and
``at_end`` (booleans; ``at_end`` rules only label a version's closing
paragraphs); an optional ``[related]`` table with ``headers`` (list of
patterns), ``item_max_chars`` and ``max_items`` (positive integers).

A user's patterns run through the ``regex`` package (imported only when a
user file is given) with a time budget per paragraph: a pattern that
backtracks for longer is reported by name and skipped, never left to hang.
The package's own patterns are plain ``re`` and are kept free of nested
quantifiers (a test checks them on adversarial lines). Its related-links
headers are not checked one by one at every start-up (about 7 ms): a test
checks them as a user's are checked.
"""

from __future__ import annotations

import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RulesError
from .rules_needles import NEEDLES, QUICK

RULES_FILE = Path(__file__).with_name("rules.toml")
"""The package's rules (installed beside this module; importlib.resources would add 5 ms to start-up)."""

USER_RULE_BUDGET = 0.1
"""Seconds one user pattern may spend on one paragraph before it is skipped for the rest of the run."""

_RULE_FIELDS = {"name": str, "class": str, "pattern": str, "max_chars": int, "unterminated": bool,
                "case_sensitive": bool, "at_end": bool}
_RELATED_FIELDS = {"headers": list, "item_max_chars": int, "max_items": int}
_TYPE_NAMES = {str: "a string", int: "a positive whole number", bool: "true or false", list: "a list of strings"}


@dataclass(frozen=True)
class Rule:
    """One pattern that labels a whole paragraph."""

    name: str
    cls: str
    pattern: str
    flags: int
    max_chars: int | None = None
    unterminated: bool = False
    at_end: bool = False
    """Only label the paragraphs after the version's last article paragraph (a source URL, not a quoted link)."""
    budget: float | None = None
    """Seconds allowed per paragraph (user rules only); None runs the pattern without a limit."""
    needles: tuple[str, ...] | None = None
    """Strings one of which every match contains (lower-cased; ``needles.needles``), from the table stored
    beside the package's rules (``rules_needles``); None: cannot tell (a user's rule, a pattern not in the table)."""
    quick: bool = False
    """``re`` rejects most text in a step (``needles.quick``: anchored at the start, or at a punctuation mark):
    once compiled, the pattern costs less to run than its needles to check (from the stored table)."""
    compiled: Any = field(default=None, repr=False, compare=False)
    """The compiled pattern: a user's is compiled (and checked) as the file is read, with ``regex``; the
    package's on first use with ``re`` (most paragraphs are screened out by ``needles``, so a short story
    needs only half of the patterns, and compiling all 66 took 15 ms at every start)."""

    @property
    def regex(self) -> Any:
        """The compiled pattern (``re`` for the package's rules, ``regex`` for a user's)."""
        compiled = self.compiled
        if compiled is None:  # a package pattern, checked by the tests: compiled once, on first use
            compiled = re.compile(self.pattern, self.flags)
            object.__setattr__(self, "compiled", compiled)
        return compiled

    def matches(self, folded: str) -> bool:
        """Whether the pattern matches a paragraph's folded text. The caller checks ``max_chars`` and
        ``unterminated`` first (``boilerplate._first_rule``, inline: its loop is hot).

        Raises TimeoutError when a user pattern runs past its budget.
        """
        if self.budget is None:
            return self.regex.search(folded) is not None
        return self.regex.search(folded, timeout=self.budget) is not None


@dataclass(frozen=True)
class Rules:
    """Every rule in force, the package's first, then the user's."""

    rules: tuple[Rule, ...]
    headers: Any
    """The related-links header pattern (compiled with ``regex`` when a user's file adds headers)."""
    item_max_chars: int = 300
    max_items: int = 14
    header_budget: float | None = None
    """Seconds the header pattern may take per line when a user's file adds headers."""
    skipped: dict[str, str] = field(default_factory=dict, compare=False)
    """User rules that ran out of time: name -> what happened (filled while labelling)."""
    plans: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    """The rules that may label a paragraph, by ending and size band (``boilerplate._candidates``, filled
    while labelling: the rules never change)."""
    answers: dict[tuple[str, bool], Rule | None] = field(default_factory=dict, compare=False, repr=False)
    """The pattern rule labelling a paragraph, by its folded text and ending (``boilerplate.label_paragraphs``
    fills it, up to ``boilerplate.ANSWERS_KEPT``: versions of a story share paragraphs); only for rules
    without time budgets, whose answers never change."""

    def is_header(self, folded: str) -> bool:
        """Whether a short line is a related-links header (False once user headers ran out of time)."""
        if self.header_budget is None:
            return self.headers.match(folded) is not None
        if "related headers" in self.skipped:
            return False
        try:
            return self.headers.match(folded, timeout=self.header_budget) is not None
        except TimeoutError:
            self.skipped["related headers"] = f"took over {self.header_budget:g} s on one line"
            return False


def _type_ok(value: object, expected: type) -> bool:
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool) and value > 0
    if expected is list:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return isinstance(value, expected)


def _check_fields(table: object, schema: dict[str, type], where: str) -> dict[str, Any]:
    """The table itself, once every field has the type the schema says."""
    if not isinstance(table, dict):
        raise RulesError(f"{where} must be a table; see the README's 'Boilerplate rules' section")
    for key, value in table.items():
        if key not in schema:
            raise RulesError(f"{where}: unknown field '{key}'; known fields are {', '.join(schema)}")
        if not _type_ok(value, schema[key]):
            raise RulesError(f"{where}: field '{key}' must be {_TYPE_NAMES[schema[key]]}, not {value!r:.40}")
    return table


def _compile(pattern: str, flags: int, where: str, engine: Any) -> Any:
    try:
        compiled = engine.compile(pattern, flags)
    except engine.error as error:
        raise RulesError(f"{where}: field 'pattern' is not a valid regular expression ({error}); fix it") from None
    if compiled.search("") is not None:
        raise RulesError(f"{where}: field 'pattern' matches the empty string, so it would label article text; "
                         "make it require some text")
    return compiled


def _rule(entry: object, number: int, origin: str, user: bool) -> Rule:
    where = f"{origin}: rule {number}"
    if isinstance(entry, dict) and isinstance(entry.get("name"), str):
        where += f" ({entry['name']!r:.60})"
    entry = _check_fields(entry, _RULE_FIELDS, where)
    for needed in ("class", "pattern"):
        if not str(entry.get(needed, "")).strip():
            raise RulesError(f"{where}: field '{needed}' is missing or empty; every [[rule]] needs class and pattern")
    _check_names(entry, where)
    engine = _regex_engine() if user else re
    flags = 0 if entry.get("case_sensitive", False) else engine.IGNORECASE
    pattern = entry["pattern"]
    return Rule(
        name=entry.get("name", f"{origin}-rule-{number}"),
        cls=entry["class"].strip().lower(),
        pattern=pattern,
        flags=flags,
        max_chars=entry.get("max_chars"),
        unterminated=entry.get("unterminated", False),
        at_end=entry.get("at_end", False),
        budget=USER_RULE_BUDGET if user else None,
        needles=None if user else NEEDLES.get((pattern, flags)),
        quick=not user and (pattern, flags) in QUICK,
        compiled=_compile(pattern, flags, where, engine) if user else None,
    )


_CLASS_NAME = re.compile(r"[^\W_][\w-]{0,39}")  # letters of any script, digits, "-", "_"


def _check_names(entry: dict[str, Any], where: str) -> None:
    """Class and rule names are shown in reports and messages: short, printable, no control characters."""
    if not _CLASS_NAME.fullmatch(entry["class"].strip().lower()):
        raise RulesError(f"{where}: field 'class' must be a short name of letters, digits, '-' or '_' "
                         f"(at most 40), not {entry['class']!r:.60}")
    name = entry.get("name", "")
    if len(name) > 80 or not name.isprintable():
        raise RulesError(f"{where}: field 'name' must be printable text of at most 80 characters")


def _regex_engine() -> Any:
    import regex  # deferred: only a user's rules file needs time-limited matching

    return regex


def _parse(data: dict[str, Any], origin: str, user: bool) -> tuple[list[Rule], list[str], dict[str, Any]]:
    for key in data:
        if key not in ("rule", "related"):
            raise RulesError(f"{origin}: unknown section '{key}'; a rules file has [[rule]] tables and [related]")
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        raise RulesError(f"{origin}: 'rule' must be written as [[rule]] tables, not {entries!r:.40}")
    rules = [_rule(entry, number, origin, user) for number, entry in enumerate(entries, start=1)]
    related = _check_fields(data.get("related", {}), _RELATED_FIELDS, f"{origin}: [related]")
    engine = _regex_engine() if user else re
    for header in related.get("headers", []) if user else ():  # the package's own: checked by the tests
        _compile(f"^(?:{header})$", engine.IGNORECASE, f"{origin}: [related] header {header!r:.40}", engine)
    return rules, list(related.get("headers", [])), related


def _build(sources: list[tuple[dict[str, Any], str, bool]]) -> Rules:
    rules: list[Rule] = []
    headers: list[str] = []
    settings: dict[str, Any] = {}
    user_headers = False
    for data, origin, user in sources:
        more_rules, more_headers, related = _parse(data, origin, user)
        rules.extend(more_rules)
        headers.extend(more_headers)
        user_headers = user_headers or (user and bool(more_headers))
        settings.update({k: v for k, v in related.items() if k != "headers"})
    engine = _regex_engine() if user_headers else re
    header_re = engine.compile(r"^\W*(?:" + "|".join(headers or ["(?!)"]) + r")\W*$", engine.IGNORECASE)
    return Rules(tuple(rules), header_re, settings.get("item_max_chars", 300), settings.get("max_items", 14),
                 header_budget=USER_RULE_BUDGET if user_headers else None)


MAX_RULES_BYTES = 1024 * 1024
"""A rules file larger than this is refused (a newsroom's patterns fit in a few KB)."""


def load_rules(extra: str | Path | None = None) -> Rules:
    """The package's rules, plus a newsroom's own file when given."""
    text = RULES_FILE.read_text(encoding="utf-8")
    sources = [(tomllib.loads(text), "rules.toml", False)]
    if extra is not None:
        try:
            sources.append((tomllib.loads(_read_rules_file(Path(extra))), str(extra), True))
        except OSError as error:
            raise RulesError(f"{extra}: cannot read rules file ({error.strerror or error}); check the path") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise RulesError(f"{extra}: not a valid TOML rules file ({error}); see rules.toml for the format") from None
    return _build(sources)


def _read_rules_file(path: Path) -> str:
    """The file's text; a FIFO, a device or a huge file is refused before reading (it could block for ever)."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise RulesError(f"{path}: not a regular file; give --rules a .toml file")
    if info.st_size > MAX_RULES_BYTES:
        raise RulesError(f"{path}: larger than {MAX_RULES_BYTES // 1024} KB; a rules file is a few KB of patterns")
    return path.read_text(encoding="utf-8")


_DEFAULT: Rules | None = None


def default_rules() -> Rules:
    """The package's rules, parsed once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rules()
    return _DEFAULT
