"""Word documents (``.docx``): the text of each paragraph and table row, in order.

``read_docx(data, name)`` reads the document body with python-docx. Every
non-empty paragraph is a paragraph (a manual line break inside one splits it),
every table row one paragraph with its cells joined by `` | ``. Line numbers
count these lines of extracted text, one a line (the loader adds a note): a
Word file has no lines of its own. Headers, footers, comments and text boxes
are not read. A file that is not a readable .docx, or that holds no text,
raises ``LoadError``.

python-docx (and lxml) load only when a Word document is given.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...errors import LoadError
from ...model import Paragraph

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table


def read_docx(data: bytes, name: str) -> list[Paragraph]:
    """The paragraphs of a Word document (see the module docstring)."""
    lines = [line for line in _lines(_open(data, name)) if line]
    if not lines:
        raise LoadError(f"{name}: this Word document has no text; check it is the story's file")
    return [Paragraph(n, n + 1, n + 1, line) for n, line in enumerate(lines)]


def _open(data: bytes, name: str) -> Document:
    import docx  # deferred: only Word documents need it

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - any failure to parse is the same bad input for the user
        reason = " ".join(str(error).split())[:80] or type(error).__name__
        raise LoadError(f"{name}: cannot be read as a Word .docx document ({reason}); open it in Word and "
                        "save it as .docx again, or export its text as .txt") from None


def _lines(document: Document) -> Iterator[str]:
    """Every line of text in the body, in document order."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block)
        else:
            yield from (" ".join(part.split()) for part in block.text.split("\n"))


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # a merged cell repeats in every column it spans
                cells.append(text)
        yield " | ".join(cells)
