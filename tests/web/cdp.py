"""A very small Chrome DevTools Protocol client for the browser test (websocket-client underneath).

``Browser.start(chromium, profile)`` runs headless Chromium with remote debugging on a free port;
``browser.page()`` connects to its first tab as a ``Page``; ``page.call(method, **params)`` sends one
command and returns its result, keeping the events that arrive meanwhile in ``page.events``.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass, field

import websocket

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--window-size=1400,900", "--disable-popup-blocking"]
"""textual-serve hands a download over by opening a window when the export is ready. Chromium allows that
only within about 5 s of the key press; on a busy machine (CI, the end of the suite) the report takes longer
and the pop-up blocker refuses it, so the test turns the blocker off."""

NAMED = {"Enter": (13, "Enter", "\r"), "Tab": (9, "Tab", "\t"), "Escape": (27, "Escape", "")}
"""Keys by name: (virtual key code, code, the text they type)."""


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, patience: float = 60.0) -> bytes:
    """GET url, retrying until it answers (a server still starting) or patience runs out."""
    deadline = time.monotonic() + patience
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@dataclass
class Page:
    """One tab, driven over its websocket."""

    ws: websocket.WebSocket
    events: list[dict] = field(default_factory=list)
    _next: int = 0

    def call(self, method: str, **params) -> dict:
        """Send a command and wait for its answer."""
        self._next += 1
        self.ws.send(json.dumps({"id": self._next, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self._next:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def press(self, key: str) -> None:
        """Press one key as a keyboard would (keydown with its text, then keyup): a character, Enter or Tab."""
        named = NAMED.get(key)
        code = named[1] if named else f"Key{key.upper()}" if key.isalpha() else ""
        vk = named[0] if named else ord(key.upper())
        text = named[2] if named else key
        self.call("Input.dispatchKeyEvent", type="keyDown", key=key, code=code, text=text,
                  windowsVirtualKeyCode=vk, nativeVirtualKeyCode=vk)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key, code=code, windowsVirtualKeyCode=vk,
                  nativeVirtualKeyCode=vk)

    def wait_for(self, expression: str, patience: float = 60.0):
        """Poll a JavaScript expression until it is truthy; its value, or None when patience runs out."""
        deadline = time.monotonic() + patience
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.25)
        return None


    def wait_for_file(self, path, patience: float = 30.0):
        """Wait until a download has landed at path (a Path); the path, or None when patience runs out."""
        deadline = time.monotonic() + patience
        while time.monotonic() < deadline:
            if path.is_file() and path.stat().st_size:
                return path
            time.sleep(0.25)
        return None


class Browser:
    """Headless Chromium with a DevTools port."""

    def __init__(self, process: subprocess.Popen, port: int) -> None:
        self.process = process
        self.port = port

    @classmethod
    def start(cls, chromium: str, profile: str) -> Browser:
        port = free_port()
        process = subprocess.Popen([chromium, *FLAGS, f"--remote-debugging-port={port}",
                                    f"--user-data-dir={profile}", "about:blank"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return cls(process, port)

    def page(self) -> Page:
        tabs = json.loads(wait_for_http(f"http://127.0.0.1:{self.port}/json/list"))
        url = next(t["webSocketDebuggerUrl"] for t in tabs if t.get("type") == "page")
        return Page(websocket.create_connection(url, timeout=60, suppress_origin=True))

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
