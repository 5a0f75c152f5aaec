"""Run syndiff with ``python -m tui``."""

from tui.cli import entry

entry()
