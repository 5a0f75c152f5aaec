"""Helpers for the viewer tests (a unique module name: tests/ has no packages)."""

from __future__ import annotations

SIZE = (160, 48)
"""The terminal size most tests run at: four columns fit."""


async def settle(app, pilot) -> None:
    """Wait until background work is done and the screen has caught up."""
    for _ in range(2):
        await app.workers.wait_for_complete()
        await pilot.pause()


def grid_of(app):
    """The viewer's grid."""
    return app.viewer.grid


def item_kinds(grid) -> list[str]:
    """The kind of every item on the grid."""
    return [item.kind for item in grid.model.items]


HOSTILE = {
    "bad-markup": "[a=b=c]",
    "click-action": "[@click=app.quit]x",
    "close-tag": "[/reverse]",
    "close-all": "[/]zzz",
    "style-and-link": "[bold red]loud[/] [link=https://example.com]y[/link]",
    "osc52-clipboard": "\x1b]52;c;aGVsbG8=\x07",
    "osc8-link": "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\",
    "clear-screen": "\x1b[2J\x1b[H",
    "bidi-override": "\u202eevil\u202c",
    "very-long": "[b]" + "x[/b]" * 400,
    "empty": "",
}
"""Strings from outside syndiff that must show as text: markup, actions, terminal escapes, bidi, extremes."""


def path_safe(text: str, limit: int = 60) -> str:
    """The text as part of a file name ('/' and NUL are the only bytes a name cannot hold)."""
    return text.replace("/", "\u2215").replace("\0", "")[:limit]


def hostile_story(root, text: str, paragraphs: int = 8):
    """A story folder of the sample's first paragraphs where text is in the folder, file names and article.

    Version A quotes text; C quotes it with other words (a changed quotation)
    and D adds a sentence of its own holding it, so findings quote it too.
    """
    from tui.core.sample import sample_dir

    name = path_safe(text)
    folder = root / f"story {name}"
    folder.mkdir()
    quotes = [f'"{text} we will act," he said.', f'"{text} we will act," he said.',
              f'"{text} we shall never act," he said.', f'"{text} we will act," he said. {text} Never before.']
    for n, source in enumerate(sorted(sample_dir().iterdir())):
        lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()][:paragraphs]
        lines.insert(2, quotes[n])
        (folder / f"{chr(65 + n)} {name}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return folder


def screen_strips(app):
    """What the terminal would show now: the active screen (toasts included), line by line."""
    return app.screen._compositor.render_strips()


def screen_text(app) -> str:
    """The text on screen, one line per terminal row."""
    return "\n".join(strip.text for strip in screen_strips(app))


def click_actions(app) -> set[str]:
    """Every action a mouse click on the screen would run."""
    return {str(segment.style.meta["@click"]) for strip in screen_strips(app) for segment in strip
            if segment.style is not None and "@click" in segment.style.meta}
