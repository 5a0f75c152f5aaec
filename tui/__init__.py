"""syndiff: compare the versions of a news story. Importing this package loads nothing else.

The Python API (``tui.api``), loaded on first use::

    import tui
    story = tui.compare({"original": original_text, "copy": copy_text})
    print(tui.render(story, "text"))

``compare``, ``analyse`` and ``render`` are the whole API; ``tui.core`` holds
the engine's types (``Comparison``, ``Analysis``, ``Finding``, ``SyndiffError``).
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "analyse", "compare", "render"]


def __getattr__(name: str) -> object:  # no typing import: it costs ~10 ms
    if name in ("analyse", "compare", "render"):
        from tui import api

        value = getattr(api, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'tui' has no attribute {name!r}")
