"""No built-in pattern blows up on adversarial lines of 100 to 2,000 characters (a hang guard, not a speed target).

The check runs in a subprocess with a generous overall timeout, so an
exponential pattern fails the test instead of hanging the suite; inside, any
single match slower than a second (linear patterns take well under a
millisecond here) names its rule and line.
"""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys, time
from tests.core.adversarial import lines
from tui.core.input.rules import default_rules
rules = default_rules()
patterns = [(r.name, r.regex) for r in rules.rules] + [("related headers", rules.headers)]
for length in (100, 2000):
    cases = lines(length)
    for name, regex in patterns:
        for case, line in cases:
            start = time.perf_counter()
            regex.search(line)
            if time.perf_counter() - start > 1.0:
                print(f"{name}: over 1 s on {case}")
                sys.exit(1)
        print(name, length, "ok", flush=True)
"""


def test_every_builtin_pattern_is_linear_on_adversarial_lines():
    try:
        proc = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired as hung:
        done = (hung.stdout or b"").decode().strip().splitlines()
        raise AssertionError(f"a pattern hung; last rule checked: {done[-1:] or 'none'}") from None
    assert proc.returncode == 0, proc.stdout[-300:] + proc.stderr[-300:]
