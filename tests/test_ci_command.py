"""CI runs exactly what a newcomer runs: .ci/run's command is the README's test command."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _ci_command() -> str:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return next(line for line in reversed(lines) if line.strip() and not line.startswith("#"))


def test_ci_runs_the_readme_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert _ci_command().strip() in [line.strip() for line in readme]


def test_ci_runs_the_checkers_before_the_tests():
    command = _ci_command()
    steps = [command.find(tool) for tool in ("ruff check", "mypy", "lint-imports", "pytest")]
    assert -1 not in steps and steps == sorted(steps)
