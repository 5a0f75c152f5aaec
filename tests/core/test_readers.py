"""Newsroom inputs: Markdown, web pages and Word documents read as the story's text."""

from __future__ import annotations

import html
import io

import pytest

from tests.conftest import ORIGINAL, SAMPLE
from tui.core import LoadError, analyse, compare
from tui.core.input.loading import read_version
from tui.core.input.readers.markdown import read_markdown

PAGES = SAMPLE.parent.parent / "tests" / "data" / "pages"
NAMES = ("Keir Starmer", "Vladimir Putin", "Donald Trump", "Ukraine", "Kyiv", "Emmanuel Macron")


def original() -> list[str]:
    return [line for line in (SAMPLE / f"{ORIGINAL}.txt").read_text(encoding="utf-8").splitlines() if line]


def verbatim_against_original(data: bytes, path: str) -> float:
    base = read_version((SAMPLE / f"{ORIGINAL}.txt").read_bytes(), "A", "original", "original.txt")
    copy = read_version(data, "B", "copy", path)
    comparison = compare([base, copy], 0)
    return analyse(comparison).stats[1].verbatim


# (id, markdown, expected [(start_line, end_line, text)])
MARKDOWN = [
    ("link text kept, url dropped", "Said [Keir Starmer](https://example.com/starmer) today.\n",
     [(1, 1, "Said Keir Starmer today.")]),
    ("atx heading", "# Coalition grows\n\nBody text here.\n", [(1, 1, "Coalition grows"), (3, 3, "Body text here.")]),
    ("setext heading is one paragraph", "Coalition grows\n===============\n\nBody.\n",
     [(1, 1, "Coalition grows"), (4, 4, "Body.")]),
    ("emphasis and code syntax dropped", "A **bold** and *soft* `word`.\n", [(1, 1, "A bold and soft word.")]),
    ("list items", "- first point\n- second point\n\n1. numbered\n", [(1, 1, "first point"), (2, 2, "second point"),
                                                                        (4, 4, "numbered")]),
    ("block quote", "> \u2018We stand ready,\u2019 he said.\n", [(1, 1, "\u2018We stand ready,\u2019 he said.")]),
    ("image dropped", "![Starmer](a.jpg)\n\nText after.\n", [(3, 3, "Text after.")]),
    ("autolink url dropped", "Source: <https://example.com/story>\n", [(1, 1, "Source:")]),
    ("front matter skipped", "---\ntitle: x\ntags:\n  - a\n---\nFirst line.\n", [(6, 6, "First line.")]),
    ("rule and setext heading kept", "---\nCoalition grows\n---\nFirst line.\n",
     [(2, 2, "Coalition grows"), (4, 4, "First line.")]),
    ("html tags dropped", "<div class=\"x\">Boxed text</div>\n", [(1, 1, "Boxed text")]),
    ("inline tags dropped, br a space", "One <b>bold</b> word<br>and more.\n", [(1, 1, "One bold word and more.")]),
    ("table row", "| a | b |\n|---|---|\n| 1 | 2 |\n", [(1, 1, "a | b"), (3, 3, "1 | 2")]),
    ("one-line paragraphs stay apart", "First line.\nSecond line.\n", [(1, 1, "First line."), (2, 2, "Second line.")]),
    ("escapes and entities", "Tom &amp; Jerry \\*not em\\*\n", [(1, 1, "Tom & Jerry *not em*")]),
]


@pytest.mark.parametrize("source,expected", [c[1:] for c in MARKDOWN], ids=[c[0] for c in MARKDOWN])
def test_markdown_rendering(source, expected):
    assert [(p.start_line, p.end_line, p.text) for p in read_markdown(source, "x.md")] == expected


def test_hard_wrapped_markdown_joins_and_quotes_too():
    import textwrap

    paragraphs = original()[:4]
    source = "\n\n".join(textwrap.fill(p, 70, break_on_hyphens=False) for p in paragraphs[:3])
    source += "\n\n" + textwrap.fill(paragraphs[3], 70, initial_indent="> ", subsequent_indent="> ",
                                     break_on_hyphens=False) + "\n"
    got = [p.text.replace("\n", " ") for p in read_markdown(source, "x.md")]
    assert got == paragraphs


def markdown_copy() -> str:
    """The original as a CMS would export it: linked names, emphasis, a quote as a block quote."""
    out = []
    for paragraph in original():
        for name in NAMES:
            paragraph = paragraph.replace(name, f"[{name}](https://news.example.com/topics/{name.replace(' ', '-')})")
        out.append(("> " if paragraph.startswith("\u2018") else "") + paragraph)
    return "\n\n".join(out) + "\n"


def test_markdown_copy_with_linked_names_reads_verbatim():
    source = markdown_copy()
    assert source.count("](https://") >= 10
    assert verbatim_against_original(source.encode("utf-8"), "copy.md") >= 0.98


def test_markdown_line_numbers_point_at_the_source():
    source = markdown_copy()
    lines = source.split("\n")
    for paragraph in read_markdown(source, "copy.md"):
        assert paragraph.text.split()[0].strip("‘") in lines[paragraph.start_line - 1]


@pytest.mark.parametrize("source", ["[Home](/) [News](/news)\n\n- [More](/more)\n", "<https://example.com>\n",
                                    "![photo](a.jpg)\n"], ids=["link list", "autolink", "image"])
def test_markdown_with_only_links_is_refused(source):
    with pytest.raises(LoadError, match="only links"):
        read_markdown(source, "links.md")


def old_cms_page(paragraphs: list[str], title: str) -> str:
    """An older site's page: no <article>, ad slots and related links inside the text, comments, a sidebar."""
    body = []
    for n, paragraph in enumerate(paragraphs):
        body.append(f"    <p>{html.escape(paragraph, quote=False)}</p>")
        if n % 5 == 2:
            body.append('    <div class="ad-slot"><span>Advertisement</span></div>')
        if n == 10:
            body.append('    <div class="inline-related"><h4>Related</h4><ul><li><a href="/a">Putin warns West '
                        'over peacekeepers</a></li><li><a href="/b">Zelensky to visit Washington next week</a></li>'
                        '</ul></div>')
    template = (PAGES / "old-cms.html").read_text(encoding="utf-8")
    return template.replace("{title}", title).replace("{body}", "\n".join(body))


def page(paragraphs: list[str], title: str) -> str:
    """A realistic news page (menus, share bar, asides, footer) around the paragraphs."""
    body = []
    for n, paragraph in enumerate(paragraphs):
        text = html.escape(paragraph, quote=False)
        for name in NAMES:
            text = text.replace(name, f'<a href="/topics/{name.lower().replace(" ", "-")}">{name}</a>', 1)
        body.append(f"        <p>{text}</p>")
        if n == 3:
            body.append('        <figure><img src="/img/pm.jpg" alt="The PM">'
                        "<figcaption>Sir Keir Starmer in Downing Street (Image: Getty)</figcaption></figure>")
        if n == 8:
            body.append('        <div class="read-more"><strong>READ MORE:</strong> '
                        '<a href="/news/5">Putin ally issues chilling threat to Britain</a></div>')
    template = (PAGES / "template.html").read_text(encoding="utf-8")
    return template.replace("{title}", title).replace("{body}", "\n".join(body))


TITLE = "Starmer says coalition of the willing now has around 20 members"
CHROME = ("Advertisement", "Related", "Putin warns", "Comments", "disgrace", "Trending", "roast potatoes",
          "Copyright The Post",
          "Skip to main content", "Politics", "Subscribe for", "Share on Facebook", "Topics:", "morning briefing",
          "Most read", "Pensioners warned", "About us", "All rights reserved", "Press Standards", "READ MORE")


@pytest.mark.parametrize("make", [page, old_cms_page], ids=["news site", "older cms"])
def test_web_page_reads_as_its_article(make):
    version = read_version(make(original(), TITLE).encode("utf-8"), "B", "page", "001.html")
    texts = [p.text for p in version.paragraphs]
    assert texts[0] == TITLE
    assert texts[1:] == original()
    assert not [t for t in texts if any(chrome in t for chrome in CHROME)]
    assert any("line numbers count lines of the extracted text" in note for note in version.notes)


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLE.glob("*.txt")))
@pytest.mark.parametrize("prolog", ["", '<?xml version="1.0" encoding="utf-8"?>\n'], ids=["html", "xhtml"])
def test_every_sample_version_as_a_page_reads_back_whole(name, prolog):
    lines = [" ".join(line.split()) for line in (SAMPLE / name).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    version = read_version((prolog + page(lines, TITLE)).encode("utf-8"), "B", "page", "page.html")
    assert [p.text for p in version.paragraphs] == [TITLE, *lines]  # doubled paragraphs (002) included


def test_web_page_reads_verbatim_against_the_text():
    assert verbatim_against_original(page(original(), TITLE).encode("utf-8"), "001.html") >= 0.95


@pytest.mark.parametrize("source", ["", "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
                                        "<footer>© 2025 Courier</footer></body></html>", page([], TITLE)],
                         ids=["empty file", "menu only", "template without article"])
def test_page_without_article_is_refused(source):
    with pytest.raises(LoadError, match="no article text"):
        read_version(source.encode("utf-8"), "A", "page", "page.html")


def word_document(paragraphs: list[str], title: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    if title:
        document.add_heading(title, 1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_word_document_reads_its_paragraphs():
    version = read_version(word_document(original(), TITLE), "B", "copy", "copy.docx")
    assert [p.text for p in version.paragraphs] == [TITLE, *original()]
    assert [p.start_line for p in version.paragraphs] == list(range(1, len(original()) + 2))
    assert version.encoding == "utf-8" and any("Word document" in note for note in version.notes)
    assert verbatim_against_original(word_document(original()), "copy.docx") >= 0.98


@pytest.mark.parametrize("data,message", [(word_document([]), "has no text"), (b"PK\x03\x04broken", "cannot be read"),
                                          (b"plain words", "cannot be read")],
                         ids=["empty document", "broken zip", "not a zip"])
def test_bad_word_document_is_refused(data, message):
    with pytest.raises(LoadError, match=message):
        read_version(data, "A", "doc", "story.docx")


def test_readers_load_their_libraries_only_for_their_inputs(tmp_path):
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text("\n\n".join(original()) + "\n", encoding="utf-8")
    heavy = ("trafilatura", "docx", "markdown_it", "lxml")
    code = (f"import sys\nfrom tui.core import load_inputs\nload_inputs([{str(tmp_path / 'a.txt')!r}])\n"
            f"print([m for m in {heavy!r} if m in sys.modules])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr


def test_hard_wrapped_markdown_with_links_joins_back():
    import textwrap

    blocks = [b for b in markdown_copy().split("\n\n") if b.strip()]
    source = "\n\n".join(textwrap.fill(b, 72, break_on_hyphens=False, break_long_words=False) for b in blocks)
    assert [p.text.replace("\n", " ") for p in read_markdown(source + "\n", "x.md")] == original()


def test_reading_every_format_loads_no_ui(tmp_path):
    import subprocess
    import sys

    files = {"a.md": markdown_copy().encode("utf-8"), "b.html": page(original(), TITLE).encode("utf-8"),
             "c.docx": word_document(original())}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    code = (f"import sys\nfrom tui.core import load_inputs\nload_inputs([{str(tmp_path)!r}])\n"
            "print([m for m in ('textual', 'rich') if m in sys.modules])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr


@pytest.mark.parametrize("path,noted", [("page.txt", True), ("-", True), ("page.html", False)])
def test_a_web_page_read_as_text_gets_a_note(path, noted):
    version = read_version(page(original(), TITLE).encode("utf-8"), "A", "page", path)
    assert any("looks like a web page" in note for note in version.notes) == noted
    plain = read_version("\n".join(original()).encode("utf-8"), "B", "text", path.replace("html", "txt"))
    assert not any("looks like a web page" in note for note in plain.notes)
