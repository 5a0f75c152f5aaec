"""The ``syndiff`` command: parse arguments, then open the viewer or print a report.

``syndiff [FILE|DIR ...]`` opens the viewer (the bundled sample story when no
input is given); ``syndiff report FILE|DIR ...`` prints or writes a report.
Every error is one line on stderr and exit status 2, never a traceback.
Textual is imported only when the viewer opens.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path
from typing import NoReturn

from tui import __version__

EXIT_USAGE = 2

VIEW_HELP = """\
Open the versions of a news story side by side, aligned paragraph by paragraph,
with word-level changes against a base version highlighted and boilerplate
(captions, promos, related links, source lines) dimmed.

With no FILE, syndiff opens its bundled sample story (four real versions of a
March 2025 news story), so you can try it straight away.

Inside the viewer press ? for every key. `syndiff report --help` explains the
report command (JSON, HTML, Markdown or text, for scripts and for sharing)."""

REPORT_HELP = """\
Compare the versions and print a report: paragraphs with their line numbers,
boilerplate labels, the aligned rows, word-level changes, a provenance
scorecard and editorial findings. Give files, a directory (every .txt and .md
file in it, sorted by name), or - for one version read from standard input."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        print(f"syndiff: error: {_one_line(message)} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base", metavar="VERSION",
                        help="the version to compare against: its id (A, B ...), file stem or 1-based "
                             "position (default: the version sharing the most wording with the others)")
    parser.add_argument("--rules", metavar="FILE", help="a TOML file of extra boilerplate rules (see README)")
    parser.add_argument("--review", metavar="PATH",
                        help="the editor's review file (default: .syndiff-review.json in the story folder, or "
                             "<base file's name>.syndiff-review.json beside it)")


def view_parser() -> argparse.ArgumentParser:
    """Arguments of the viewer."""
    parser = _Parser(prog="syndiff", description=VIEW_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
                     epilog="examples:\n  syndiff\n  syndiff story/\n  syndiff original.txt copy.txt --base 1\n"
                            "  syndiff report story/ --format html -o report.html")
    parser.add_argument("inputs", nargs="*", metavar="FILE|DIR", help="versions of one story (.txt or .md)")
    _common(parser)
    parser.add_argument("--theme", choices=("dark", "light"), default="dark", help="colour theme (default: dark)")
    parser.add_argument("--version", action=_VersionAction)
    return parser


class _VersionAction(argparse.Action):
    """``--version``: reads the installed versions only when asked (package metadata is slow to import)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # noqa: A002
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show the versions of syndiff, Textual and Python, then exit")

    def __call__(self, parser, namespace, values, option_string=None):
        print(_version_text())
        parser.exit()


def report_parser() -> argparse.ArgumentParser:
    """Arguments of ``syndiff report``."""
    from tui.core.reports import FORMATS

    parser = _Parser(prog="syndiff report", description=REPORT_HELP,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="FILE|DIR|-", help="versions of one story")
    _common(parser)
    parser.add_argument("-f", "--format", choices=FORMATS, default="text", help="report format (default: text)")
    parser.add_argument("-o", "--output", metavar="PATH", help="write the report to PATH instead of stdout")
    parser.add_argument("--only", choices=("flagged", "accepted", "open"),
                        help="keep only the rows the review flagged, accepted, or left open (needs a review file)")
    return parser


def _version_text() -> str:
    from importlib import metadata

    try:
        textual = metadata.version("textual")
    except metadata.PackageNotFoundError:
        textual = "not installed"
    return f"syndiff {__version__} (textual {textual}, Python {sys.version.split()[0]})"


def _load(args: argparse.Namespace, inputs: list[str]):
    from tui.core import compare, load_inputs, load_rules, resolve_base

    rules = load_rules(args.rules) if args.rules else None
    versions = load_inputs(inputs, rules)
    base = resolve_base(versions, args.base) if args.base else None
    return versions, base, compare


def _print_notes(versions) -> None:
    """What the loader noticed (encodings guessed, empty files, a single version), one line each."""
    for version in versions:
        for note in version.notes:
            print(f"syndiff: note: {_one_line(note)}", file=sys.stderr)


def run_report(argv: list[str]) -> int:
    """``syndiff report``: compare and write one report."""
    args = report_parser().parse_args(argv)
    from tui.core import CellDiffs, analyse, render

    versions, base, compare = _load(args, args.inputs)
    if args.output:
        _refuse_overwriting_inputs(args.output, [v.path for v in versions])
    _print_notes(versions)
    comparison = compare(versions, base, progress=_progress_printer(versions))
    color = (args.format == "text" and not args.output and sys.stdout.isatty()
             and not os.environ.get("NO_COLOR"))
    diffs = CellDiffs(comparison)  # one cache: the analysis and the report share every word diff
    text = render(comparison, analyse(comparison, diffs), args.format, color=color, diffs=diffs,
                  generator=f"syndiff {__version__}", review=_report_review(args, versions, comparison))
    if args.output:
        _write(args.output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0


def _report_review(args: argparse.Namespace, versions, comparison):
    """The review the report carries: --review PATH, else the story's review file if there is one."""
    from tui.core import SyndiffError
    from tui.core.report_review import ReportReview
    from tui.core.review import attach
    from tui.core.review_store import default_path, read_decisions

    path = Path(args.review) if args.review else default_path(args.inputs, versions, comparison.base)
    if path is None or not path.is_file():
        if args.review:
            raise SyndiffError(f"--review {args.review}: no such file; check the path")
        if args.only:
            where = f"no {path}" if path else "the input is standard input"
            raise SyndiffError(f"--only {args.only} needs a review, and there is none ({where}); "
                               "record decisions in the viewer, or give --review PATH")
        return None
    return ReportReview(attach(comparison, read_decisions(path)), args.only)


def _progress_printer(versions):
    """A progress callback writing to a terminal's stderr, for big inputs only."""
    if not sys.stderr.isatty() or sum(len(v.paragraphs) for v in versions) < 2000:
        return None

    def show(message: str, fraction: float) -> None:
        end = "\n" if fraction >= 1.0 else ""
        sys.stderr.write(f"\r\x1b[Ksyndiff: {fraction:4.0%} {message[:60]}{end}")
        sys.stderr.flush()

    return show


def _refuse_overwriting_inputs(output: str, inputs: list[str]) -> None:
    from tui.core import SyndiffError

    target = Path(output).resolve()
    for path in inputs:
        if path != "-" and Path(path).resolve() == target:
            raise SyndiffError(f"-o {output}: that is one of the input files; choose another output path")


def _write(output: str, text: str) -> None:
    from tui.core import SyndiffError

    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise SyndiffError(f"-o {output}: cannot write ({error.strerror or error}); check the folder exists "
                           "and is writable") from None


def run_view(argv: list[str]) -> int:
    """``syndiff [FILE ...]``: open the viewer."""
    args = view_parser().parse_args(argv)
    inputs = args.inputs
    if not inputs:
        from tui.core.sample import sample_dir

        inputs = [str(sample_dir())]
    if "-" in inputs:
        from tui.core import SyndiffError

        raise SyndiffError("the viewer cannot read standard input (it needs the keyboard); save the text to a file")
    gc.disable()  # start-up makes only long-lived objects: collecting them would be wasted work
    try:
        versions, base, _ = _load(args, inputs)
        if args.review:
            from tui.core.review_store import check_not_input

            check_not_input(Path(args.review), versions)
        need_terminal()
        _print_notes(versions)
        from tui.app import make_app
        from tui.core.review_session import ReviewSession

        review = ReviewSession(versions, inputs, args.review, keep=bool(args.inputs))
        app = make_app(versions, base=base, theme=args.theme, review=review)
    finally:
        gc.freeze()  # later collections skip the modules, the texts and the alignment
        gc.enable()
    app.run()
    return 0


def need_terminal() -> None:
    """The viewer draws on a terminal: refuse redirected output (it would hang, drawing into a file).

    Under ``syndiff serve`` Textual's web driver draws into a browser through pipes: no terminal needed.
    """
    if "web_driver" in os.environ.get("TEXTUAL_DRIVER", ""):
        return
    if not (sys.stdout.isatty() and sys.stdin.isatty()):
        from tui.core import SyndiffError

        raise SyndiffError("the viewer needs a terminal (input or output is redirected); "
                           "use `syndiff report` to write a report instead")


def _one_line(message: str) -> str:
    """A message safe for the terminal, on one line (paths may hold anything)."""
    from tui.core.safe import visible

    return " ".join(visible(message).split())


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``syndiff`` command."""
    argv = sys.argv[1:] if argv is None else list(argv)
    from tui.core.errors import SyndiffError

    try:
        if argv and argv[0] == "report":
            return run_report(argv[1:])
        if argv and argv[0] == "serve":
            from tui.serve import run_serve

            return run_serve(argv[1:])
        return run_view(argv)
    except SyndiffError as error:
        print(f"syndiff: error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
