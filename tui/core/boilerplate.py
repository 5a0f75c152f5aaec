"""Label boilerplate paragraphs; never remove them.

The patterns live as data in ``rules.toml`` next to this module, and a
newsroom can add its own file in the same format (``load_rules(extra)``).
Three kinds of evidence label a paragraph:

* a pattern rule matching the paragraph on its own (captions, promos, source
  lines, social and newsletter prompts, copyright, bylines);
* a caption repeated in consecutive paragraphs, even with other quote styles;
* a related-links block: a header line ("You May Also Like", "Related" ...)
  followed by headline and teaser lines.

``label_paragraphs`` returns new ``Paragraph`` objects with ``boilerplate``
set to the class name and ``boilerplate_rule`` to the rule's name.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import RulesError
from .model import Paragraph
from .textnorm import fold, squash

_SENTENCE_END = (".", "!", "?", '"', "'", ":")
_ELLIPSIS = ("...", "\u2026")
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


def _terminated(raw: str) -> bool:
    """Does the text end like a sentence (an ellipsis does not count)?"""
    text = raw.rstrip()
    return not text.endswith(_ELLIPSIS) and fold(text).rstrip().endswith(_SENTENCE_END)


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


def _caption_key(text: str) -> str:
    return squash(text).lower().rstrip(" .")


def _repeated_captions(texts: list[str], labels: list[tuple[str, str] | None]) -> None:
    """Label captions repeated in consecutive paragraphs (quote style ignored)."""
    keys = [_caption_key(t) for t in texts]
    for i in range(len(texts) - 1):
        if not keys[i] or keys[i] != keys[i + 1]:
            continue
        stripped = texts[i].strip()
        if _terminated(stripped) and len(stripped) > 150:
            continue  # a long article paragraph pasted twice: a duplicate, not a caption
        for j in (i, i + 1):
            if labels[j] is None:
                labels[j] = ("caption", "repeated-caption")


def _related_blocks(texts: list[str], labels: list[tuple[str, str] | None], rules: Rules) -> None:
    """Label a related-links header and the headline/teaser lines under it."""
    n = len(texts)
    i = 0
    while i < n:
        header = fold(texts[i].strip())
        if labels[i] is not None or len(header) > 60 or not rules.headers.match(header):
            i += 1
            continue
        items = _block_items(texts, i + 1, rules)
        if items:
            labels[i] = ("related-links", "related-header")
            for j in items:
                if labels[j] is None:
                    labels[j] = ("related-links", "related-item")
            i = items[-1] + 1
        else:
            i += 1


def _block_items(texts: list[str], start: int, rules: Rules) -> list[int]:
    """The paragraphs after a header that look like links; [] if none do.

    Items are headlines or teasers. In a block that closes the page (every
    paragraph to the end is short) and is mostly headlines and teasers, every
    paragraph counts; otherwise a short sentence still counts as a headline.
    """
    rest = [texts[j].strip() for j in range(start, len(texts))]
    closing = 0 < len(rest) <= 4 * rules.max_items and all(len(t) <= rules.item_max_chars for t in rest)
    if closing and sum(map(_headline_like, rest)) > 0.6 * len(rest):
        return list(range(start, len(texts)))  # mostly headlines and teasers: the whole tail is links
    limit = len(rest) if closing else rules.max_items
    items = []
    for offset, text in enumerate(rest[:limit]):
        if len(text) > rules.item_max_chars or not (_headline_like(text) or closing and len(text) <= 160):
            break
        items.append(start + offset)
    return items


def _headline_like(text: str) -> bool:
    """A headline or teaser rather than a sentence of the article."""
    folded = fold(text)
    quoted = folded[:1] in "\"'" and folded[-1:] in "\"'"
    return quoted or not _terminated(text) or len(text) <= 80


def label_paragraphs(paragraphs: list[Paragraph], rules: Rules | None = None) -> tuple[Paragraph, ...]:
    """Return the paragraphs with boilerplate classes set."""
    rules = rules or default_rules()
    texts = [p.text for p in paragraphs]
    labels: list[tuple[str, str] | None] = []
    for text in texts:
        folded = " ".join(fold(text).split())
        terminated = _terminated(text)
        rule = next((r for r in rules.rules if r.matches(folded, terminated)), None)
        labels.append((rule.cls, rule.name) if rule else None)
    _repeated_captions(texts, labels)
    _related_blocks(texts, labels, rules)
    return tuple(
        replace(p, boilerplate=label[0], boilerplate_rule=label[1]) if label else p
        for p, label in zip(paragraphs, labels)
    )
