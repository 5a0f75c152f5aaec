"""Viewer benchmark: start-up against an empty Textual app, and scrolling a big story.

Not a test: a script that prints numbers. Usage::

    python benchmarks/bench_viewer.py [--quick]

1. Time to first content, headless, each run in a fresh Python process (so
   imports count): the ``syndiff`` command on the bundled sample (``main([])``
   as the console script calls it, with ``App.run`` made headless once
   ``tui.app`` is imported: parse the arguments, load the files, build the
   app, align, paint the grid) against an empty Textual app (mount,
   paint). Byte-code caching is on for the children, as it is for an installed
   package (pip compiles it), even where PYTHONDONTWRITEBYTECODE is set.
   Runs alternate between the two; the medians and their ratio are printed,
   for wall-clock time and for the process's CPU time (steadier when other
   work shares the machine).
2. A generated story of 10 versions x 1,000 paragraphs (``bigstory``, fixed
   seed, in a temporary folder): load, open (time until the grid is painted
   and until the analysis is in), then page down through it, first while the
   analysis still runs (rows diffed as they come on screen), then after. For
   paging it prints the viewer's own cost per page (the page action plus
   painting every visible line) and the end-to-end time through Textual's
   Pilot, which adds its own idle waits per key.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

EMPTY_APP = """
import os, sys, time
from textual.app import App
class Empty(App):
    def on_mount(self):
        self.call_after_refresh(self.painted)
    def painted(self):
        print(time.time() - float(sys.argv[1]), time.process_time())
        os._exit(0)
Empty().run(headless=True, size=(160, 48))
"""

VIEWER_APP = """
import importlib.util, os, sys, time
import tui.cli
from tui.cli import main  # what the `syndiff` console script imports

tui.cli.need_terminal = lambda: None  # output goes to a pipe here; the app runs headless

def painted():
    print(time.time() - float(sys.argv[1]), time.process_time())
    os._exit(0)

def instrument(module):  # headless, and time the paint that follows the grid getting its rows
    App = module.SyndiffApp
    show, run = App._show, App.run
    def shown(self, message):
        show(self, message)
        self.call_after_refresh(painted)
    App._show = shown
    App.run = lambda self: run(self, headless=True, size=(160, 48))

class Hook:  # an import finder: patch tui.app when main() imports it, not before
    def find_spec(self, name, path, target=None):
        if name != "tui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        exec_module = spec.loader.exec_module
        def patched(module):
            exec_module(module)
            instrument(module)
        spec.loader.exec_module = patched
        return spec

sys.meta_path.insert(0, Hook())
main([])  # the `syndiff` command with no argument: the bundled sample
"""


def first_paint(code: str, tree: Path = ROOT) -> tuple[float, float]:
    """(wall seconds, CPU seconds) from starting a fresh interpreter to the paint the code reports
    (run in ``tree``, whose ``tui`` it imports)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: byte-code cached
    done = subprocess.run([sys.executable, "-c", code, repr(time.time())], check=True, cwd=tree,
                          capture_output=True, text=True, env=env)
    wall, cpu = done.stdout.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def startup(runs: int) -> None:
    first_paint(EMPTY_APP)  # warm the file cache and byte-code
    first_paint(VIEWER_APP)
    pairs = [(first_paint(EMPTY_APP), first_paint(VIEWER_APP)) for _ in range(runs)]  # interleaved: fair to both
    print(f"time to first content ({runs} runs each; fresh process, headless 160x48, until the paint):")
    for n, what in enumerate(("wall clock", "CPU time (steadier on a busy machine)")):
        print(f"  {what}:                 median     best")
        empty = [e[n] for e, _ in pairs]
        viewer = [v[n] for _, v in pairs]
        print(f"    empty Textual app       {statistics.median(empty) * 1000:7.0f} ms {min(empty) * 1000:6.0f} ms"
              "  (first paint)")
        print(f"    syndiff on the sample   {statistics.median(viewer) * 1000:7.0f} ms {min(viewer) * 1000:6.0f} ms"
              "  (load, align, grid painted)")
        print(f"    ratio                   {statistics.median(viewer) / statistics.median(empty):7.2f}x   "
              f"{min(viewer) / min(empty):5.2f}x")
        paired = statistics.median(v[n] / e[n] for e, v in pairs)
        print(f"    median of the {runs} paired ratios {paired:4.2f}x  (each pair ran back to back; target <= 1.5x)")


def page(grid, region) -> float:
    """Seconds for one page down, painting included."""
    tick = time.perf_counter()
    grid.action_page(1)
    grid.render_lines(region)
    return time.perf_counter() - tick


async def big_story(versions: int, paragraphs: int, pages: int) -> None:
    from bigstory import make_story
    from textual.geometry import Region

    from tui.app import make_app
    from tui.core import load_inputs

    with tempfile.TemporaryDirectory() as folder:
        make_story(folder, versions=versions, paragraphs=paragraphs)
        start = time.perf_counter()
        loaded = load_inputs([folder])
        load_time = time.perf_counter() - start
    print(f"\n{versions} versions x {paragraphs} paragraphs:")
    print(f"  load the files                {load_time * 1000:8.0f} ms")
    app = make_app(loaded)
    start = time.perf_counter()
    async with app.run_test(size=(160, 48)) as pilot:
        grid = app.viewer.grid
        while not grid.model.items:
            await asyncio.sleep(0.001)
        painted = asyncio.Event()
        app.call_after_refresh(painted.set)
        await painted.wait()
        first = time.perf_counter() - start
        print(f"  open: grid on screen          {first * 1000:8.0f} ms  ({len(app.comparison.rows)} rows)")
        region = Region(0, 0, grid.size.width, grid.size.height)
        early = [page(grid, region) for _ in range(10)]
        await app.workers.wait_for_complete()
        analysed = time.perf_counter() - start
        print(f"  open: analysis in headers     {analysed * 1000:8.0f} ms")
        print(f"  page down during the analysis {statistics.median(early) * 1000:8.1f} ms median, "
              f"{max(early) * 1000:.1f} ms worst (10 pages; new rows diffed on the way)")
        costs = [page(grid, region) for _ in range(pages)]
        print(f"  page down, viewer's own cost  {statistics.median(costs) * 1000:8.1f} ms median, "
              f"{max(costs) * 1000:.1f} ms worst ({pages} pages: page action + painting every visible line)")
        grid.action_edge(0)
        tick = time.perf_counter()
        await pilot.press(*["pagedown"] * pages)
        through = (time.perf_counter() - tick) / pages
        print(f"  page down through Pilot       {through * 1000:8.1f} ms per key (Pilot waits for idle per key)")
        diffed = len(app.diffs.known)
        print(f"  cells diffed in the end       {diffed:8d}  (the analysis diffs every cell)")


def main() -> None:
    quick = "--quick" in sys.argv
    startup(5 if quick else 15)
    asyncio.run(big_story(10, 300 if quick else 1000, 20 if quick else 60))


if __name__ == "__main__":
    main()
