"""The engine stays pure: importing tui.core never loads Textual or Rich (checked in a fresh process)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import tui.core

FORBIDDEN = ("textual", "rich")
MODULES = ["tui", "tui.core", "tui.cli"] + [m.name for m in pkgutil.walk_packages(tui.core.__path__, "tui.core.")]


@pytest.mark.parametrize("module", MODULES)
def test_core_imports_no_ui(module):
    code = (f"import {module}, sys\n"
            f"print(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    leaked = [m for m in proc.stdout.strip().split(",") if m]
    assert not leaked, f"import {module} loaded {leaked}"


def test_api_names_are_functions_whatever_was_imported_first():
    code = ("import tui.core.analysis.stats, tui.core.report.reports, tui.core.pipeline\n"
            "from tui.core import analyse, compare, render\n"
            "print(all(callable(f) and not hasattr(f, '__path__') and type(f).__name__ == 'function' "
            "for f in (analyse, compare, render)))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "True", proc.stderr
