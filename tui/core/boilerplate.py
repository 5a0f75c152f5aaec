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

from dataclasses import replace

from .model import Paragraph, Version
from .rules import RULES_FILE, Rule, Rules, default_rules, load_rules
from .textnorm import fold, squash

__all__ = ["RULES_FILE", "Rule", "Rules", "default_rules", "label_paragraphs", "label_story", "load_rules"]

_SENTENCE_END = (".", "!", "?", '"', "'", ":")
_ELLIPSIS = ("...", "\u2026")


def _terminated(raw: str) -> bool:
    """Does the text end like a sentence (an ellipsis does not count)?"""
    text = raw.rstrip()
    return not text.endswith(_ELLIPSIS) and fold(text).rstrip().endswith(_SENTENCE_END)


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
        if labels[i] is not None or len(header) > 60 or not rules.is_header(header):
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


def _first_rule(rules: Rules, folded: str, terminated: bool) -> Rule | None:
    """The first rule that labels the paragraph; a user rule past its time budget is skipped from then on."""
    for rule in rules.rules:
        if rule.name in rules.skipped:
            continue
        try:
            if rule.matches(folded, terminated):
                return rule
        except TimeoutError:
            rules.skipped[rule.name] = f"took over {rule.budget:g} s on a paragraph of {len(folded):,} characters"
    return None


def label_paragraphs(paragraphs: list[Paragraph], rules: Rules | None = None) -> tuple[Paragraph, ...]:
    """Return the paragraphs with boilerplate classes set."""
    rules = rules or default_rules()
    texts = [p.text for p in paragraphs]
    labels: list[tuple[str, str] | None] = []
    for text in texts:
        folded = " ".join(fold(text).split())
        terminated = _terminated(text)
        rule = _first_rule(rules, folded, terminated)
        labels.append((rule.cls, rule.name) if rule else None)
    _repeated_captions(texts, labels)
    _related_blocks(texts, labels, rules)
    return tuple(
        replace(p, boilerplate=label[0], boilerplate_rule=label[1]) if label else p
        for p, label in zip(paragraphs, labels, strict=True)
    )


def label_story(versions: list[Version], rules: Rules | None = None) -> list[Version]:
    """The story's versions after the cross-version pass, with a note for each user rule that ran out of time."""
    rules = rules or default_rules()
    if not versions or not rules.skipped:
        return versions
    notes = tuple(f"boilerplate rule '{name}' {what}; it was skipped (simplify its pattern)"
                  for name, what in rules.skipped.items())
    return [replace(versions[0], notes=versions[0].notes + notes)] + list(versions[1:])
