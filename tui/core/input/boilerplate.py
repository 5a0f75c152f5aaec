"""Label boilerplate paragraphs; never remove them.

The patterns live as data in ``rules.toml`` next to this module, and a
newsroom can add its own file in the same format (``load_rules(extra)``).
``label_paragraphs`` labels one version, in this order, each step labelling
only paragraphs still unlabelled:

1. pattern rules, the first match wins (``rules.toml`` order; user rules
   last, each with a time budget); then ``at_end`` rules on the closing
   paragraphs (a bare URL is a source only there);
2. neighbour passes (``boilerplate_blocks``): related-links blocks, repeated
   captions, captions next to a credit, headline lists without a header,
   headlines stacked above the article's first paragraph,
   short lines between furniture, tag and share lists; then
   (``boilerplate_runs``) names next to bylines or dates, and lists of short
   lines after the last prose paragraph;
3. shape checks (``boilerplate_shape``) keep article prose out of every
   block: a paragraph that reads like prose is never a link or a caption.

``label_story`` runs once on all versions after loading: the cross-version
pass (``boilerplate_story``) and a note for each user rule that ran out of
time. Both return new ``Paragraph`` / ``Version`` objects with
``boilerplate`` set to the class name and ``boilerplate_rule`` to the rule.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import Any

from ..model import Paragraph, Version
from .boilerplate_blocks import (
    Labels,
    between_furniture,
    captions_by_credit,
    headline_lists,
    list_continuation,
    related_blocks,
    repeated_captions,
    top_headlines,
)
from .boilerplate_runs import closing_lists, name_lines
from .boilerplate_shape import folded as folded_text
from .boilerplate_shape import terminated
from .boilerplate_story import story_labels
from .needles import screenable
from .rules import RULES_FILE, Rule, Rules, default_rules, load_rules

__all__ = ["RULES_FILE", "Rule", "Rules", "default_rules", "label_paragraphs", "label_story", "load_rules"]


def _first_rule(rules: Rules, folded: str, terminated: bool, at_end: bool = False,
                hints: list[tuple[str, ...] | None] | None = None) -> Rule | None:
    """The first rule that labels the paragraph; a user rule past its time budget is skipped from then on.

    ``at_end`` picks the rules that only label the closing paragraphs of a version. ``hints``: each rule's
    screen, its ``needles`` (None: run every pattern); a rule whose needles the paragraph lacks cannot match.
    A ``quick`` rule's screen is dropped from ``hints`` once its pattern has run (and so is compiled), unless
    it is single characters (``[|/]``: cheaper to find than to run even a quick pattern).
    """
    size = len(folded)
    candidates = _candidates(rules, at_end, terminated, size)
    if not candidates:
        return None
    lowered = folded.lower() if hints is not None and screenable(folded) else None
    skipped = rules.skipped
    for n, rule in candidates:
        if skipped and rule.name in skipped:
            continue
        if lowered is not None and hints is not None:  # inline ``may_match``: this loop is hot
            needed = hints[n]
            if needed is not None:
                if not any(map(lowered.__contains__, needed)):
                    continue
                if rule.quick and max(map(len, needed)) > 1:
                    hints[n] = None
        if rule.budget is None:  # inline ``Rule.matches``
            if (rule.compiled or rule.regex).search(folded) is not None:
                return rule
            continue
        try:
            if rule.matches(folded):
                return rule
        except TimeoutError:
            skipped[rule.name] = f"took over {rule.budget:g} s on a paragraph of {size:,} characters"
    return None


def _candidates(rules: Rules, at_end: bool, terminated: bool, size: int) -> tuple[tuple[int, Rule], ...]:
    """(index, rule) of the rules, in order, that may label a paragraph of this size and ending: ``at_end``
    as asked, ``max_chars`` at least ``size``, not ``unterminated`` for a terminated one. Worked out once per
    size band (between two rules' ``max_chars``) and kept on ``rules``: the loop over every rule for every
    paragraph cost more than the patterns it screened."""
    plans = rules.plans
    limits = plans.get(None)
    if limits is None:
        limits = plans[None] = tuple(sorted({r.max_chars for r in rules.rules if r.max_chars is not None}))
    key = (at_end, terminated, bisect_left(limits, size))
    plan = plans.get(key)
    if plan is None:
        plan = plans[key] = tuple(
            (n, rule) for n, rule in enumerate(rules.rules)
            if rule.at_end == at_end and (rule.max_chars is None or size <= rule.max_chars)
            and not (rule.unterminated and terminated))
    return plan


def _closing_rules(texts: list[str], folded: list[str], labels: Labels, rules: Rules) -> None:
    """Rules with ``at_end`` label the version's last paragraphs (up to the last article paragraph)."""
    for i in range(len(texts) - 1, -1, -1):
        if labels[i] is not None:
            continue
        rule = _first_rule(rules, folded[i], terminated(texts[i]), at_end=True)
        if rule is None:
            return
        labels[i] = (rule.cls, rule.name)


def _hints(rules: Rules) -> list[tuple[str, ...] | None]:
    """Each rule's screen: its ``needles`` (stored for the package's patterns: ``rules_needles``; None for a
    user's), or None for a ``quick`` pattern already compiled, screened by more than single characters:
    running it costs less than checking the needles."""
    return [None if rule.quick and rule.compiled is not None and max(map(len, rule.needles or ("",))) > 1
            else rule.needles for rule in rules.rules]


QUICK_COMPILE = 500
"""A version of this many paragraphs has every ``quick`` pattern compiled first (about 5 ms for all of them,
once): each then runs unscreened, which costs less than checking its needles in every paragraph."""


def _compile_quick(rules: Rules) -> None:
    for quick in (rule for rule in rules.rules if rule.quick):
        quick.regex  # noqa: B018 - the property compiles the pattern


_UNKNOWN: Any = object()
ANSWERS_KEPT = 20_000
"""Paragraphs whose pattern rule ``Rules.answers`` keeps (with their folded texts: about one more copy of a
story of that size); past that no more are kept, so the table stays bounded however long the process runs."""


def _pattern_labels(texts: list[str], folded: list[str], rules: Rules) -> Labels:
    """Each paragraph's label from the first pattern rule that matches it (``_first_rule``); a paragraph
    another version (or this one) already had is answered from ``rules.answers``."""
    hints = _hints(rules)
    answers = rules.answers if not any(rule.budget is not None for rule in rules.rules) else {}
    labels: Labels = []
    for text, flat in zip(texts, folded, strict=True):
        key = (flat, terminated(text))
        rule = answers.get(key, _UNKNOWN)
        if rule is _UNKNOWN:
            rule = _first_rule(rules, flat, key[1], hints=hints)
            if len(answers) < ANSWERS_KEPT:
                answers[key] = rule
        labels.append((rule.cls, rule.name) if rule else None)
    return labels


def label_paragraphs(paragraphs: list[Paragraph], rules: Rules | None = None) -> tuple[Paragraph, ...]:
    """Return the paragraphs with boilerplate classes set."""
    rules = rules or default_rules()
    if len(paragraphs) >= QUICK_COMPILE:
        _compile_quick(rules)
    texts = [p.text for p in paragraphs]
    folded = [" ".join(folded_text(text).split()) for text in texts]
    labels = _pattern_labels(texts, folded, rules)
    _closing_rules(texts, folded, labels, rules)
    related_blocks(texts, labels, rules)
    repeated_captions(texts, labels)
    captions_by_credit(texts, labels)
    headline_lists(texts, labels)
    top_headlines(texts, labels)
    between_furniture(texts, labels)
    list_continuation(texts, labels)
    name_lines(texts, labels)
    closing_lists(texts, labels)
    return tuple(
        replace(p, boilerplate=label[0], boilerplate_rule=label[1]) if label else p
        for p, label in zip(paragraphs, labels, strict=True)
    )


def label_story(versions: list[Version], rules: Rules | None = None) -> list[Version]:
    """The story's versions after the cross-version pass, with a note for each user rule that ran out of time."""
    rules = rules or default_rules()
    versions = story_labels(versions, rules.is_header)
    if not versions or not rules.skipped:
        return versions
    notes = tuple(f"boilerplate rule '{name}' {what}; it was skipped (simplify its pattern)"
                  for name, what in rules.skipped.items())
    return [replace(versions[0], notes=versions[0].notes + notes)] + list(versions[1:])
