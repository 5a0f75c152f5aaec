"""The ``syndiff`` command: parse arguments, then open the viewer or print a report.

``syndiff [FILE|DIR ...]`` opens the viewer (the bundled sample story when no
input is given); ``syndiff report FILE|DIR ...`` prints or writes a report;
``syndiff batch IN.jsonl`` reports on many stories (``tui.batch``);
``syndiff serve`` serves the viewer to a browser (``tui.serve``).
Every error is one line on stderr and exit status 2, never a traceback.
Textual is imported only when the viewer opens.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from tui import __version__

if TYPE_CHECKING:
    from tui.core import Comparison, Finding, Version
    from tui.core.diff.diffs import CellDiffs
    from tui.core.report.report_review import ReportReview

    _Commands = argparse._SubParsersAction["_Parser"]

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
scorecard and editorial findings. Give files, a directory (every .txt, .md,
.html and .docx file in it, sorted by name), or - for one version read from
standard input. Web pages are read as their article text (menus, asides and
footers left out); Markdown as its rendered text (link targets left out)."""

BATCH_HELP = """\
Compare many stories in one run: read JSON Lines (one story a line: "id",
optional "base" label, "versions" with "label" and "text"), write one JSON
report a line, in input order, each the report `syndiff report --format json`
gives for the same texts plus "id" (docs/batch-format.md). A story that cannot
be compared gives {"id": ..., "error": ...} on its line and the run goes on.
Exit status: 0 when every story was reported, 1 when some lines are errors,
2 for a usage error."""

USAGE = """\
syndiff [view] [FILE|DIR ...] [options]
       syndiff report FILE|DIR|- ... [options]
       syndiff batch IN.jsonl [-o OUT.jsonl] [--workers N] [--dask local|ADDRESS]
       syndiff serve [FILE|DIR ...] [--host 127.0.0.1] [--port 8000]
       syndiff COMMAND --help"""

VIEW_EXAMPLES = """\
examples:
  syndiff                                  the bundled sample story
  syndiff story/                           every version in a folder
  syndiff original.txt copy.txt --base 1   two files, the first as base
  syndiff view story/ --theme light        the same, naming the command
  syndiff a.txt b.html --label ours --label partner   name the versions"""

REPORT_EXAMPLES = """\
examples:
  syndiff report story/                          a text report on the terminal
  syndiff report story/ -f html -o report.html   an HTML page to forward
  syndiff report a.txt b.txt -f json | jq .rows  JSON for scripts (docs/report-format.md)
  cat copy.txt | syndiff report original.txt -   one version from standard input
  syndiff report story/ --base 2 -f markdown     against the second version, as Markdown
  syndiff report a.txt b.md --label ours --label wire   versions named in the report
  syndiff report story/ --fail-on quote-changed,number-changed > report.txt || echo check it"""

class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        _say(f"syndiff: error: {_one_line(message)} (see {self.prog} --help)")
        raise SystemExit(EXIT_USAGE)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base", metavar="VERSION",
                        help="the version to compare against: its id (A, B ...), label (file stem) or 1-based "
                             "position (default: the version sharing the most wording with the others)")
    parser.add_argument("--rules", metavar="FILE", help="a TOML file of extra boilerplate rules (see README)")
    parser.add_argument("--max-bytes", metavar="SIZE", type=_size, default=None,
                        help="the largest input read, per version, in bytes or with K, M or G (default: 2M)")
    parser.add_argument("--max-paragraphs", metavar="N", type=_count, default=None,
                        help="the most paragraphs one version may hold (default: 10000)")
    parser.add_argument("--review", metavar="PATH",
                        help="the editor's review file (default: .syndiff-review.json in the story folder, or "
                             "<base file's name>.syndiff-review.json beside it)")
    parser.add_argument("--label", metavar="NAME", action="append", default=[],
                        help="name the versions, in order (repeat it: --label original --label partner); "
                             "default: file names")


def _size(text: str) -> int:
    """A byte count: 5000000, 500K, 5M, 1.5G (at most 1 TB)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?)(?:I?B)?\s*", text.upper())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size (e.g. 50M)")
    value = int(float(match[1]) * {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[match[2]])
    if not 0 < value <= 1 << 40:
        raise argparse.ArgumentTypeError(f"{text!r}: give a size above zero and at most 1024G")
    return value


def _count(text: str) -> int:
    """A positive whole number."""
    if not text.strip().isdigit() or int(text) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


COMMANDS = ("view", "report", "batch", "serve")
"""The subcommands, in the order ``syndiff --help`` lists them."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line: ``syndiff`` with its subcommands (``view`` is the default).

    ``only``: build just that subcommand (``main`` knows which one runs, and the others' parsers would
    import the report formats and the web server's module for nothing, at every start of the viewer).
    """
    parser = _Parser(prog="syndiff", usage=USAGE, description=VIEW_HELP,
                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=VIEW_EXAMPLES)
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands",
                                     parser_class=_Parser)
    for name in COMMANDS:
        if only is None or name == only:
            _ADDERS[name](commands)
    return parser


def _add_serve(commands: _Commands) -> None:
    from tui.serve import add_serve

    add_serve(commands)


def _add_view(commands: _Commands) -> None:
    parser = commands.add_parser(
        "view", prog="syndiff", help="open the viewer (the default: `syndiff FILES` is `syndiff view FILES`)",
        description=VIEW_HELP, epilog=VIEW_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", metavar="FILE|DIR",
                        help="versions of one story (.txt, .md, .html or .docx)")
    _common(parser)
    parser.add_argument("--theme", choices=("dark", "light"), default="dark", help="colour theme (default: dark)")
    parser.add_argument("--version", action=_VersionAction)
    parser.set_defaults(run=run_view)


def _add_batch(commands: _Commands) -> None:
    parser = commands.add_parser(
        "batch", prog="syndiff batch", help="JSON reports for many stories, one JSON line each (JSONL in and out)",
        description=BATCH_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", metavar="IN.jsonl", help="stories, one JSON object a line (- for standard input)")
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", help="write the reports here (default: stdout)")
    parser.add_argument("--workers", type=_count, default=None, metavar="N",
                        help="worker processes (default: the number of cores)")
    parser.add_argument("--dask", metavar="local|ADDRESS",
                        help="run on Dask: 'local' starts a LocalCluster of N workers, tcp://HOST:PORT uses a "
                             "running scheduler (pip install 'syndiff[dask]')")
    parser.set_defaults(run=_run_batch)


def _run_batch(args: argparse.Namespace) -> int:
    from tui.batch import run_batch_command

    return run_batch_command(args)


class _VersionAction(argparse.Action):
    """``--version``: reads the installed versions only when asked (package metadata is slow to import)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, default: Any = argparse.SUPPRESS,
                 help: str | None = None) -> None:  # noqa: A002 - argparse's name
        super().__init__(option_strings, dest=dest, default=default, nargs=0,
                         help=help or "show the versions of syndiff, Textual and Python, then exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> NoReturn:
        print(_version_text())
        parser.exit()


def _add_report(commands: _Commands) -> None:
    from tui.core.report.formats import FORMATS  # the registry only: no report writer is imported

    parser = commands.add_parser(
        "report", prog="syndiff report", help="print or write a report (JSON, HTML, Markdown or text)",
        description=REPORT_HELP, epilog=REPORT_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="+", metavar="FILE|DIR|-", help="versions of one story")
    _common(parser)
    parser.add_argument("-f", "--format", choices=tuple(FORMATS), default="text",
                        help="report format (default: text)")
    parser.add_argument("-o", "--output", metavar="PATH", help="write the report to PATH instead of stdout")
    parser.add_argument("--only", choices=("flagged", "accepted", "open"),
                        help="keep only the rows the review flagged, accepted, or left open (needs a review file)")
    parser.add_argument("--color", "--colour", choices=("auto", "always", "never"), default="auto",
                        help="colour in the text report (default auto: on a terminal, unless NO_COLOR is set; "
                             "FORCE_COLOR forces it)")
    parser.add_argument("--fail-on", metavar="KIND[,KIND]", type=_finding_kinds, default=(),
                        help="exit with status 1 when a finding of one of these kinds exists (any: every kind), "
                             "like git diff --exit-code")
    parser.add_argument("--no-facts", action="store_true",
                        help="html: leave the colours of quotations, numbers and names off (they are off in print "
                             "unless the reader ticks 'print fact colours')")
    parser.set_defaults(run=run_report)


def _finding_kinds(value: str) -> tuple[str, ...]:
    """``--fail-on``: finding kinds separated by commas (``any`` for all); read only when the option is given."""
    from tui.core.analysis.findings import KINDS

    kinds = tuple(k.strip().lower() for k in value.split(",") if k.strip())
    if "any" in kinds:
        return KINDS
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"unknown finding kind {(unknown or [value])[0]!r}; "
                                         f"use any or one of {', '.join(KINDS)}")
    return kinds


def _version_text() -> str:
    from importlib import metadata

    try:
        textual = metadata.version("textual")
    except metadata.PackageNotFoundError:
        textual = "not installed"
    return f"syndiff {__version__} (textual {textual}, Python {sys.version.split()[0]})"


def _load(args: argparse.Namespace, inputs: list[str], parallel: bool = False,
          meanwhile: Callable[[], object] | None = None) -> tuple[list[Version], int | None]:
    from tui.core import load_inputs, load_rules
    from tui.core.input.files import MAX_BYTES, require_regular
    from tui.core.input.loading import MAX_PARAGRAPHS, with_labels

    if args.rules is not None:
        require_regular(args.rules, "--rules")  # a FIFO or a device would block for ever
    rules = load_rules(args.rules) if args.rules is not None else None
    versions = with_labels(load_inputs(inputs, rules, max_bytes=args.max_bytes or MAX_BYTES,
                                       max_paragraphs=args.max_paragraphs or MAX_PARAGRAPHS, parallel=parallel,
                                       meanwhile=meanwhile),
                           args.label)
    from tui.core import resolve_base  # after loading: imported meanwhile when the load forks

    base = resolve_base(versions, args.base) if args.base is not None else None
    return versions, base


def _print_notes(versions: Sequence[Version]) -> None:
    """What the loader noticed (encodings guessed, empty files, a single version), one line each."""
    for version in versions:
        for note in version.notes:
            _say(f"syndiff: note: {_one_line(note)}")


def _say(line: str) -> None:
    """One line on stderr; nothing when stderr is closed (a closed stderr must not send it to stdout)."""
    if sys.stderr is None:
        return
    try:
        print(line, file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def run_report(args: argparse.Namespace) -> int:
    """``syndiff report``: compare and write one report."""
    from tui.core.errors import SyndiffError

    if args.output is None and sys.stdout is None:
        raise SyndiffError("standard output is closed; give -o FILE or redirect the output to a file")
    # forks only for big inputs: two children read the versions while this process imports the later stages
    versions, base = _load(args, args.inputs, parallel=True, meanwhile=_import_report_stages)
    from tui.core import render
    from tui.core.analysis.stats import compare_and_analyse
    from tui.core.collector import collector_paused
    from tui.core.parallel import worth_forking
    from tui.core.report.writing import ReportGuard

    guard = ReportGuard.around([v.path for v in versions] + [args.rules])
    if args.output is not None:
        guard.check(args.output)  # before the comparison, which can take seconds
    _print_notes(versions)
    parallel = worth_forking(sum(len(v.paragraphs) for v in versions))  # big inputs: a forked helper
    # one CellDiffs: the analysis and the report share every word diff
    rows: list[list[dict[str, Any]]] = []  # the JSON report's rows, built while forked detectors run
    with collector_paused():  # to the end: between the stages a collection would walk all they built, for nothing
        comparison, diffs, analysis = compare_and_analyse(versions, base, _progress_printer(versions), parallel,
                                                          _json_rows_into(rows) if args.format == "json" else None)
        review = _report_review(args, versions, comparison)
        text = render(comparison, analysis, args.format, color=_want_color(args), diffs=diffs,
                      facts=not args.no_facts, review=review, json_rows=rows[0] if rows else None)
        if args.output is not None:
            guard.write(args.output, text)
        else:
            _to_stdout(text)
        return _fail_on(analysis.findings, args.fail_on)


def _json_rows_into(rows: list[list[dict[str, Any]]]) -> Callable[[Comparison, CellDiffs], None]:
    """A ``meanwhile`` for ``compare_and_analyse`` that adds the JSON report's rows to ``rows``."""
    from tui.core.report.report_json import report_rows

    return lambda comparison, diffs: rows.append(report_rows(comparison, diffs))


def _import_report_stages() -> None:
    """Import what the report needs after loading (the comparison, the analysis, the report writers; the quotation
    detector's patterns take a while to compile: here, rather than in each forked process that runs it)."""
    import tui.core.align.base
    import tui.core.analysis.findings.quotes
    import tui.core.analysis.stats
    import tui.core.pipeline
    import tui.core.report.report_json
    import tui.core.report.reports  # noqa: F401


def _to_stdout(text: str) -> None:
    """Write the report to stdout; a full disk or /dev/full is one line and exit 2 (a closed pipe is quiet)."""
    from tui.core import SyndiffError

    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        _drop_stdout()
        raise SyndiffError(f"cannot write the report to standard output ({error.strerror or error}); "
                           "check the disk, or give -o FILE") from None


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush finds nothing to complain about."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _want_color(args: argparse.Namespace) -> bool:
    """Colour, for a format that can carry it (text): --color first, then NO_COLOR, then FORCE_COLOR, then a
    terminal."""
    from tui.core.report.formats import FORMATS

    if not FORMATS[args.format].color or args.color == "never":
        return False
    if args.color == "always":
        return True
    if os.environ.get("NO_COLOR"):
        return False
    return bool(os.environ.get("FORCE_COLOR")) or (not args.output and sys.stdout.isatty())


def _fail_on(findings: Sequence[Finding], kinds: tuple[str, ...]) -> int:
    """Exit status 1 (with a line on stderr) when a finding of a --fail-on kind exists, else 0."""
    hits = [f for f in findings if f.kind in kinds]
    if not hits:
        return 0
    counts = {kind: sum(1 for f in hits if f.kind == kind) for kind in kinds}
    listed = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    _say(f"syndiff: --fail-on: found {listed}")
    return 1


def _report_review(args: argparse.Namespace, versions: Sequence[Version],
                   comparison: Comparison) -> ReportReview | None:
    """The review the report carries: --review PATH, else the story's review file if there is one."""
    from pathlib import Path

    from tui.core import SyndiffError
    from tui.core.report.report_review import ReportReview
    from tui.core.review.decisions import attach
    from tui.core.review.review_store import default_path, read_decisions

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


def _progress_printer(versions: Sequence[Version]) -> Callable[[str, float], None] | None:
    """A progress callback writing to a terminal's stderr, for big inputs only."""
    if sys.stderr is None or not sys.stderr.isatty() or sum(len(v.paragraphs) for v in versions) < 2000:
        return None

    def show(message: str, fraction: float) -> None:
        end = "\n" if fraction >= 1.0 else ""
        sys.stderr.write(f"\r\x1b[Ksyndiff: {fraction:4.0%} {_one_line(message)[:60]}{end}")
        sys.stderr.flush()

    return show


def run_view(args: argparse.Namespace) -> int:
    """``syndiff [view] [FILE ...]``: open the viewer."""
    inputs = args.inputs
    if not inputs:
        from tui.core.sample import sample_dir

        inputs = [str(sample_dir())]
    if "-" in inputs:
        from tui.core import SyndiffError

        raise SyndiffError("the viewer cannot read standard input (it needs the keyboard); save the text to a file")
    gc.disable()  # start-up makes only long-lived objects: collecting them would be wasted work
    try:
        versions, base = _load(args, inputs)
        if args.review:
            from pathlib import Path

            from tui.core.review.review_store import check_not_input

            check_not_input(Path(args.review), versions)
        need_terminal()
        _print_notes(versions)
        from tui.app import make_app
        from tui.core.review.review_session import ReviewSession

        review = ReviewSession(versions, inputs, args.review, keep=bool(args.inputs))
        app = make_app(versions, base=base, theme=args.theme, protect=(args.rules,), review=review)
    finally:
        gc.freeze()  # later collections skip the modules, the texts and the alignment
        gc.enable()
    app.run()
    if app.return_code:  # a crash: one line, not Textual's traceback (it would print article text raw)
        _say(f"syndiff: {app.crash_line()}")
        return 1
    return 0


def need_terminal() -> None:
    """The viewer draws on a terminal: refuse redirected output (it would hang, drawing into a file).

    Under ``syndiff serve`` Textual's web driver draws into a browser through pipes: no terminal needed.
    """
    if "web_driver" in os.environ.get("TEXTUAL_DRIVER", ""):
        return
    if sys.stdout is None or sys.stdin is None or not (sys.stdout.isatty() and sys.stdin.isatty()):
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
        parser = build_parser(only=_command(argv))
        args = parser.parse_args(_with_command(argv))
        run: Callable[[argparse.Namespace], int] = args.run  # set by each subcommand's parser
        return run(args)
    except SyndiffError as error:
        _say(f"syndiff: error: {_one_line(str(error))}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def entry() -> NoReturn:
    """The ``syndiff`` command (and ``python -m tui``): ``main``, then leave with its status.

    After a report (exit status 0 or 1: written, whatever the findings), once stdout and stderr are
    flushed, the process leaves at once (``os._exit``): every file it wrote is closed, its forked helpers
    are collected, and the interpreter's shutdown would only free the comparison's objects one by one
    (some 0.03-0.05 s on 10 versions x 1,000 paragraphs). Any other command, an error, or a flush that
    fails leaves the usual way, so nothing is lost and the interpreter reports what it always did. For the
    same reason a report runs with the cyclic collector off: its stages pause it anyway (``collector_paused``),
    and the collection due when they turn it back on would walk everything they built just before leaving.
    """
    argv = sys.argv[1:]
    prepare(argv)
    leave(main(argv), argv)


def prepare(argv: list[str]) -> None:
    """What the command does before ``main(argv)``: a report runs with the cyclic collector off (``entry``)."""
    if _command(argv) == "report":
        gc.disable()


def leave(status: int, argv: list[str]) -> NoReturn:
    """Exit with the status ``main(argv)`` returned: at once after a report (``entry`` says when)."""
    if _command(argv) == "report" and status in (0, 1) and _flushed():
        os._exit(status)
    raise SystemExit(status)


def _flushed() -> bool:
    """Whether stdout and stderr were flushed (a missing one has nothing to flush)."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return False
    return True


def _with_command(argv: list[str]) -> list[str]:
    """``syndiff FILES`` means ``syndiff view FILES``: name the command when the user did not."""
    command = _command(argv)
    return argv if command is None or argv[:1] == [command] else ["view", *argv]


def _command(argv: list[str]) -> str | None:
    """The subcommand these arguments run (a first argument that names none is a file: ``view``), or None for
    the top level's own options (``--help`` lists every command, so it needs them all)."""
    if argv and argv[0] in ("-h", "--help", "--version"):
        return None
    return argv[0] if argv and argv[0] in COMMANDS else "view"


_ADDERS: dict[str, Callable[[_Commands], None]] = {
    "view": _add_view, "report": _add_report, "batch": _add_batch, "serve": _add_serve}
