"""The viewer's start imports only what its first frame needs (checked in a fresh process).

The change map is mounted after the first analysis and the command palette when it is opened: neither
is imported with the app.
"""

from __future__ import annotations

import subprocess
import sys

LATER = ("tui.widgets.changemap", "tui.screens.palette")


def _loaded_after(code: str) -> list[str]:
    script = f"import sys\n{code}\nprint(','.join(m for m in {LATER!r} if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return [m for m in proc.stdout.strip().split(",") if m]


def test_the_app_module_leaves_later_parts_unimported():
    assert _loaded_after("import tui.app, tui.screens.viewer") == []
