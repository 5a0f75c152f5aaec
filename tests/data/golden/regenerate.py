"""Regenerate the golden report files on purpose: ``python tests/data/golden/regenerate.py``.

Runs the golden tests with SYNDIFF_UPDATE_GOLDEN=1, which rewrites the files in this folder;
review ``git diff tests/data/golden`` before committing them.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:xdist", "tests/test_golden_reports.py"],
                         cwd=ROOT, env={**os.environ, "SYNDIFF_UPDATE_GOLDEN": "1"}))
