"""The web view in a real browser: syndiff serve, headless Chromium over the DevTools protocol.

The page is opened, the grid waited for, n and x and s pressed, the screen read from the page's own
terminal (xterm.js's buffer, what the canvas shows) and a screenshot taken. Skipped where Chromium
is missing (.ci/run installs it). Set SYNDIFF_SCREENSHOT=path.png to keep the screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import subprocess
import sys

import pytest

from tui.core.sample import sample_dir

websocket = pytest.importorskip("websocket", reason="the browser test needs websocket-client")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")

from tests.web.cdp import Browser, free_port, wait_for_http  # noqa: E402 - after the skips

SCREEN = """
Object.defineProperty(Object.prototype, 'terminal', {configurable: true, set(value) {
  window.__terminals = (window.__terminals || []).concat([value]);
  Object.defineProperty(this, 'terminal', {value, writable: true, configurable: true, enumerable: true});
}});
window.__screen = () => {
  const t = window.__terminals && window.__terminals[0];
  if (!t || !t.buffer) return '';
  const b = t.buffer.active, rows = [];
  for (let y = 0; y < t.rows; y++) {
    const line = b.getLine(b.viewportY + y);
    rows.push(line ? line.translateToString(true) : '');
  }
  return rows.join('\\n');
};
"""
"""Run before the page's scripts: keeps the terminal textual.js makes, and reads its screen as text."""
ROW = "+((window.__screen().match(/Row (\\d+)\\/\\d+/) || [0, 0])[1])"
"""The row number the status bar shows (0 before the grid is there)."""


@pytest.fixture
def served(tmp_path):
    """syndiff serve on a copy of the sample, on a free port of 127.0.0.1."""
    story = tmp_path / "story"
    shutil.copytree(sample_dir(), story)
    port = free_port()
    workdir = tmp_path / "server"
    workdir.mkdir()
    server = subprocess.Popen([sys.executable, "-m", "tui", "serve", str(story), "--port", str(port)], cwd=workdir,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/")
        yield story, workdir, f"http://127.0.0.1:{port}/"
    finally:
        os.killpg(server.pid, signal.SIGTERM)  # the server and the viewer it started for the page
        server.wait(20)


def test_the_viewer_works_in_a_browser(served, tmp_path):
    story, workdir, url = served
    downloads = tmp_path / "downloads"
    browser = Browser.start(CHROMIUM, str(tmp_path / "profile"))
    try:
        page = browser.page()
        page.call("Network.enable")
        page.call("Page.enable")
        page.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(downloads))
        page.call("Page.addScriptToEvaluateOnNewDocument", source=SCREEN)
        page.call("Page.navigate", url=url)
        assert page.wait_for(f"{ROW} === 1", 90), "the grid never appeared"
        assert "compared against B" in page.evaluate("window.__screen()")
        page.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
        page.press("n")
        row = page.wait_for(f"{ROW} > 1 && {ROW}")
        assert row, "n did not move to the next change"
        page.press("x")
        assert page.wait_for("window.__screen().includes('! flagged')"), "x did not flag the row"
        decisions = json.loads((story / ".syndiff-review.json").read_text(encoding="utf-8"))["decisions"]
        assert [d["status"] for d in decisions] == ["flagged"]  # saved on the server, beside the story
        page.press("s")
        assert page.wait_for("window.__screen().includes('Scorecard against the base')"), "s did not open the summary"
        screen = page.evaluate("window.__screen()")
        assert f"Row {row}/" in screen and "! flagged" in screen  # the summary opens over the flagged row
        shot = base64.b64decode(page.call("Page.captureScreenshot", format="png")["data"])
        assert shot.startswith(b"\x89PNG") and len(shot) > 10_000
        (tmp_path / "browser.png").write_bytes(shot)
        if os.environ.get("SYNDIFF_SCREENSHOT"):
            with open(os.environ["SYNDIFF_SCREENSHOT"], "wb") as keep:
                keep.write(shot)
        page.press("Escape")
        assert page.wait_for("!window.__screen().includes('Scorecard against the base')"), "escape did not close it"
        page.press("e")
        assert page.wait_for("window.__screen().includes('your browser downloads it')"), "e did not open the export"
        page.press("Tab")
        page.press("Enter")  # export the default: an HTML report
        assert page.wait_for("window.__screen().includes('offered as a download')")
        saved = page.wait_for_file(downloads / "syndiff-report.html")
        assert saved, f"no download arrived; the downloads folder holds {sorted(downloads.glob('*'))}"
        assert not list(workdir.iterdir())  # nothing on the server
        assert "! flagged" in saved.read_text(encoding="utf-8")  # the report carries the review
        requests = [e["params"]["request"]["url"] for e in page.events
                    if e.get("method") == "Network.requestWillBeSent"]
        assert requests and all(u.startswith(url) for u in requests), requests  # nothing from outside the machine
    finally:
        browser.stop()
