"""Editing a workbook's parts as a damaged or hostile file would have them: a cell's XML
replaced, a part replaced by other bytes. The workbook is bytes in, bytes out."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from xml.sax.saxutils import escape

_SHARED = "xl/sharedStrings.xml"


def parts(book: bytes) -> list[str]:
    return zipfile.ZipFile(io.BytesIO(book)).namelist()


def part(book: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(book)).read(name)


def sheet_part(book: bytes, sheet: str) -> str:
    """The part holding the sheet named ``sheet`` (``xl/worksheets/sheet3.xml``)."""
    workbook = part(book, "xl/workbook.xml").decode()
    found = re.search(f'<sheet name="{re.escape(sheet)}"[^>]*r:id="(rId\\d+)"', workbook)
    assert found is not None, sheet
    rels = part(book, "xl/_rels/workbook.xml.rels").decode()
    target = re.search(f'<Relationship Id="{found.group(1)}"[^>]*Target="([^"]+)"', rels)
    assert target is not None
    return "xl/" + target.group(1).lstrip("/").removeprefix("xl/")


def replace_part(book: bytes, name: str, edit: Callable[[bytes], bytes] | None) -> bytes:
    """``book`` with the part ``name`` edited (None: left out)."""
    source = zipfile.ZipFile(io.BytesIO(book))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == name:
                if edit is None:
                    continue
                body = edit(body)
            target.writestr(info.filename, body)
    return out.getvalue()


def shared_string(book: bytes, text: str) -> tuple[bytes, int]:
    """``book`` with ``text`` added to its shared strings (written as Excel writes what the
    team types: XML-escaped, OOXML's ``_xHHHH_`` left as typed), and its index."""
    table = part(book, _SHARED).decode("utf-8", "surrogateescape")
    index = table.count("<si>")
    item = f'<si><t xml:space="preserve">{escape(text)}</t></si>'
    edited = table.replace("</sst>", item + "</sst>")
    return replace_part(book, _SHARED, lambda _: _encoded(edited)), index


def set_cell(book: bytes, sheet: str, ref: str, xml: str) -> bytes:
    """The cell ``ref`` of ``sheet`` given the inner XML ``xml`` and its type attribute:
    ``number("1E20")``, ``text(index)`` or any raw cell XML."""
    name = sheet_part(book, sheet)
    row = re.sub(r"[A-Z]+", "", ref)

    def edit(body: bytes) -> bytes:
        cell = _encoded(f'<c r="{ref}"{xml}</c>')
        pattern = rb'<c r="%s"(?: [^>]*)?(?:/>|>.*?</c>)' % ref.encode()
        new, count = re.subn(pattern, lambda _: cell, body, count=1, flags=re.S)
        if count == 0:  # a blank cell: put it at the end of its row, or in a row of its own
            new, count = re.subn(rb'(<row r="%s"[^>]*>.*?)(</row>)' % row.encode(),
                                 lambda m: m.group(1) + cell + m.group(2), body,
                                 count=1, flags=re.S)
        if count == 0:
            new, count = re.subn(rb"</sheetData>", b'<row r="%s">%s</row></sheetData>' % (
                row.encode(), cell), body, count=1)
        assert count == 1, ref
        return new

    return replace_part(book, name, edit)


def set_value(book: bytes, sheet: str, ref: str, raw: str) -> bytes:
    """The cell ``ref`` of ``sheet`` holding ``raw`` as its value, its type and style kept
    (a date cell's style makes openpyxl read a number as a date)."""
    name = sheet_part(book, sheet)

    def edit(body: bytes) -> bytes:
        pattern = rb'(<c r="%s"[^>]*>)(.*?)(</c>)' % ref.encode()
        new, count = re.subn(pattern, lambda m: m.group(1) + b"<v>" + _encoded(escape(raw))
                             + b"</v>" + m.group(3), body, count=1, flags=re.S)
        return new if count else body

    return replace_part(book, name, edit)


def _encoded(xml: str) -> bytes:
    """``xml`` as UTF-8; a lone surrogate (or a byte a damaged part held, decoded with
    ``surrogateescape``) as the bytes it would be: not UTF-8, which a parser refuses."""
    return xml.encode("utf-8", "surrogatepass")


def number(raw: str) -> str:
    return f"><v>{raw}</v>"


def text(index: int) -> str:
    return f' t="s"><v>{index}</v>'


def typed_text(book: bytes, sheet: str, ref: str, value: str) -> bytes:
    """The cell ``ref`` holding the text ``value``, as typed in Excel."""
    book, index = shared_string(book, value)
    return set_cell(book, sheet, ref, text(index))
