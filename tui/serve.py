"""``syndiff serve``: the same viewer in a web browser, through textual-serve.

``run_serve(argv)`` checks the inputs like the viewer does (bad input: one
line, exit 2, before anything listens), then starts textual-serve's server on
``--host`` (127.0.0.1 unless told otherwise) and ``--port``. Every browser that
opens the page gets its own ``python -m tui ...`` process, run by Textual's
web driver (so the viewer's terminal check is skipped there). Paths are made
absolute, so the process does not depend on the server's folder.

The page is ours (``tui/web/app_index.html``): it loads only textual-serve's
own script, stylesheet and font from this server, never from the internet,
so it works offline. Anyone who can reach the port can read the stories and
write the review file: see the README before using another ``--host``.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

PAGE_FOLDER = Path(__file__).resolve().parent / "web"
"""Where our page template (app_index.html) lives."""

SERVE_HELP = """\
Serve the viewer to a web browser: open http://HOST:PORT/ and the story opens
as it would in a terminal (exports are offered as downloads). It listens on
127.0.0.1 (this machine only) unless --host says otherwise; anyone who can
reach the port can read the stories and record review decisions."""


def add_serve(commands) -> None:
    """Register ``syndiff serve`` with the CLI's subcommands."""
    from tui.cli import _common

    parser = commands.add_parser("serve", prog="syndiff serve", help="serve the viewer to a web browser",
                                 description=SERVE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("inputs", nargs="*", metavar="FILE|DIR", help="versions of one story (default: the sample)")
    _common(parser)
    parser.add_argument("--theme", choices=("dark", "light"), default="dark", help="colour theme (default: dark)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--public-url", metavar="URL",
                        help="the address browsers use to reach this server, when it is not http://HOST:PORT "
                             "(e.g. behind a proxy)")
    parser.set_defaults(run=run_serve)


def viewer_command(args: argparse.Namespace) -> str:
    """The shell command each browser session runs: the viewer on the same inputs, with absolute paths."""
    parts = [sys.executable, "-m", "tui", *(str(Path(p).absolute()) for p in args.inputs)]
    for option in ("base", "rules", "review"):
        value = getattr(args, option)
        if value:
            parts += [f"--{option}", str(Path(value).absolute()) if option != "base" else value]
    for label in args.label:
        parts += ["--label", label]
    parts += ["--theme", args.theme]
    return shlex.join(parts)


def run_serve(args: argparse.Namespace) -> int:
    """``syndiff serve``: check the inputs, then serve until interrupted."""
    from tui.cli import _load, _print_notes
    from tui.core import SyndiffError

    if not 0 < args.port < 65536:
        raise SyndiffError(f"--port {args.port}: give a port between 1 and 65535")
    if "-" in args.inputs:
        raise SyndiffError("syndiff serve cannot read standard input; save the text to a file")
    if args.inputs:
        versions, _base = _load(args, args.inputs)  # a bad input fails here, in one line, not in the browser
        if args.review:
            from tui.core.review.review_store import check_not_input

            check_not_input(Path(args.review), versions)
        _print_notes(versions)
    try:
        from textual_serve.server import Server
    except ImportError:
        raise SyndiffError("syndiff serve needs the textual-serve package; pip install textual-serve") from None
    server = Server(viewer_command(args), host=args.host, port=args.port, title="syndiff",
                    public_url=args.public_url, templates_path=PAGE_FOLDER)
    print(f"syndiff: serving on http://{args.host}:{args.port}/ (ctrl+c stops)", file=sys.stderr)
    server.serve()
    return 0
