"""One forked helper for the whole alignment: ``groups.group_paragraphs`` and ``rows.build_rows``.

``alignment_helper(corpus, versions, base, parallel)`` returns a ``helper.Helper``
(a context manager) whose child, forked once with the corpus in its memory,
answers both stages' requests (``groups.answer``, ``rows.answer``); without
``parallel``, or where the process cannot fork, nothing forks and the stages
do all the work themselves. One fork rather than one per stage: a forked
child shares the parent's memory pages until either writes to them, and every
page the parent then touches is copied once per fork (with CPython's reference
counts, reading an object writes to it), so a second fork would have the parent
copy again the pages it already copied during the first stage.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from ..helper import Helper
from ..model import Version
from . import groups, rows
from .similarity import Corpus


def alignment_helper(corpus: Corpus, versions: tuple[Version, ...], base: int,
                     parallel: bool = False) -> Helper[tuple[Any, ...], Any]:
    """A helper for the alignment of these versions against the base (forked when ``parallel``)."""
    return Helper(partial(_answer, corpus, versions, base), parallel)


def _answer(corpus: Corpus, versions: tuple[Version, ...], base: int, request: tuple[Any, ...]) -> Any:
    if request[0] in ("base", "left"):
        return groups.answer(corpus, base, request)
    return rows.answer(versions, base, corpus, request)
