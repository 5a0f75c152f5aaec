"""Boilerplate rules: the package's ``rules.toml`` plus a newsroom's own file.

``load_rules(extra)`` parses the rules into a ``Rules`` object (compiled
patterns, related-links settings); ``default_rules()`` parses the package's
file once. Every problem with a rules file is one ``RulesError`` line.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import RulesError

RULES_FILE = Path(__file__).with_name("rules.toml")
"""The package's rules (installed beside this module; importlib.resources would add 5 ms to start-up)."""


@dataclass(frozen=True)
class Rule:
    """One pattern that labels a whole paragraph."""

    name: str
    cls: str
    regex: re.Pattern[str]
    max_chars: int | None = None
    unterminated: bool = False

    def matches(self, folded: str, terminated: bool) -> bool:
        """Whether this rule labels a paragraph (its folded text; whether it ends like a sentence)."""
        if self.max_chars is not None and len(folded) > self.max_chars:
            return False
        if self.unterminated and terminated:
            return False
        return self.regex.search(folded) is not None


@dataclass(frozen=True)
class Rules:
    """Every rule in force, the package's first, then the user's."""

    rules: tuple[Rule, ...]
    headers: re.Pattern[str]
    item_max_chars: int = 300
    max_items: int = 14


def _parse(data: dict, origin: str) -> tuple[list[Rule], list[str], dict]:
    rules = []
    for number, entry in enumerate(data.get("rule", []), start=1):
        try:
            flags = 0 if entry.get("case_sensitive", False) else re.IGNORECASE
            rules.append(Rule(
                name=str(entry.get("name", f"{origin}-rule-{number}")),
                cls=str(entry["class"]).strip().lower(),
                regex=re.compile(entry["pattern"], flags),
                max_chars=entry.get("max_chars"),
                unterminated=bool(entry.get("unterminated", False)),
            ))
        except KeyError as missing:
            raise RulesError(f"{origin}: rule {number} has no {missing}; every [[rule]] needs class and pattern") from None
        except re.error as error:
            raise RulesError(f"{origin}: rule {number} has a bad pattern ({error}); fix the regular expression") from None
    related = data.get("related", {})
    return rules, list(related.get("headers", [])), related


def _build(sources: list[tuple[dict, str]]) -> Rules:
    rules: list[Rule] = []
    headers: list[str] = []
    settings: dict = {}
    for data, origin in sources:
        more_rules, more_headers, related = _parse(data, origin)
        rules.extend(more_rules)
        headers.extend(more_headers)
        settings.update({k: v for k, v in related.items() if k != "headers"})
    try:
        header_re = re.compile(r"^\W*(?:" + "|".join(headers or ["(?!)"]) + r")\W*$", re.IGNORECASE)
    except re.error as error:
        raise RulesError(f"related-links headers: bad pattern ({error}); fix the regular expression") from None
    return Rules(tuple(rules), header_re, int(settings.get("item_max_chars", 300)),
                 int(settings.get("max_items", 14)))


def load_rules(extra: str | Path | None = None) -> Rules:
    """The package's rules, plus a newsroom's own file when given."""
    text = RULES_FILE.read_text(encoding="utf-8")
    sources = [(tomllib.loads(text), "rules.toml")]
    if extra is not None:
        try:
            sources.append((tomllib.loads(Path(extra).read_text(encoding="utf-8")), str(extra)))
        except OSError as error:
            raise RulesError(f"{extra}: cannot read rules file ({error.strerror or error}); check the path") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise RulesError(f"{extra}: not a valid TOML rules file ({error}); see rules.toml for the format") from None
    return _build(sources)


_DEFAULT: Rules | None = None


def default_rules() -> Rules:
    """The package's rules, parsed once."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_rules()
    return _DEFAULT
