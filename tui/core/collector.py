"""The cyclic garbage collector, paused while the engine builds.

``collector_paused()`` is a context manager that disables the collector and
enables it again on the way out (only if it was enabled before, so it nests).
The engine builds many small acyclic objects (features, rows, word diffs, findings),
and the collections they trigger cost about a third of the time on big inputs:
the comparison (``pipeline.compare``) and the analysis (``analysis.stats.analyse``) run
inside it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the engine builds many small acyclic objects,
    and collections triggered by them cost about a third of the time on big inputs."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
