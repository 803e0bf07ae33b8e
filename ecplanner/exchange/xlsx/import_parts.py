"""A workbook's parts, checked before any parser reads them.

An .xlsx file is a zip of XML parts. Before openpyxl sees one, every part must:

- unpack to at most ``MAX_PART_BYTES`` (and all of them to ``MAX_WORKBOOK_BYTES``): the
  sizes are read from the zip's directory, and ``zipfile`` never unpacks more than a part
  declares, so a zip bomb is refused without unpacking it;
- if it is XML (``.xml``, ``.rels``: the parts a parser reads), unpack (no bad CRC,
  damaged deflate stream, encryption or unknown method), be well-formed and hold no
  document type declaration: OOXML forbids DTDs, and a DTD is where entity bombs and
  external entities live. Expat reads it as a stream, with no handler but the one
  refusing a DTD.

A part that fails raises ``PartRefused`` naming it, and the sheet it holds when the
workbook's own list of sheets could be read.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from xml.etree.ElementTree import fromstring
from xml.parsers import expat

MAX_PART_BYTES = 256 << 20  # ten times the largest sheet of a 20,000-product plan
MAX_WORKBOOK_BYTES = 1 << 30
_WORKBOOK, _WORKBOOK_RELS = "xl/workbook.xml", "xl/_rels/workbook.xml.rels"
_FIRST = {"[Content_Types].xml": 0, "_rels/.rels": 1, _WORKBOOK: 2, _WORKBOOK_RELS: 3}
# What reading a damaged zip member raises: a bad CRC, a cut deflate stream, encryption
# (RuntimeError), a compression method zipfile lacks.
_UNPACKING = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError,
              NotImplementedError)


class PartRefused(Exception):
    """``code`` (``part_too_large``, ``unreadable_part``; ``file_too_large`` for the
    workbook as a whole), the ``part``, the ``sheet`` it holds ("" if none or unknown) and
    what was found (``detail``)."""

    def __init__(self, code: str, part: str, detail: str, sheet: str = "") -> None:
        super().__init__(f"{part}: {detail}")
        self.code = code
        self.part = part
        self.detail = detail
        self.sheet = sheet


def check_parts(archive: zipfile.ZipFile) -> None:
    """Raise ``PartRefused`` for the first part of ``archive`` no parser should read."""
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    if total > MAX_WORKBOOK_BYTES:
        raise PartRefused("file_too_large", "", f"{total:,} bytes unpacked")
    checked: set[str] = set()
    for info in sorted(infos, key=lambda i: _FIRST.get(i.filename, len(_FIRST))):
        try:
            _check(archive, info)
        except PartRefused as refusal:
            refusal.sheet = _sheet_of(archive, info.filename, checked)
            raise
        checked.add(info.filename)


def _check(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    name = info.filename
    if info.file_size > MAX_PART_BYTES:
        raise PartRefused("part_too_large", name, f"{info.file_size:,} bytes unpacked")
    if not name.endswith((".xml", ".rels")):
        return  # pictures and the like: openpyxl does not read them for an import
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse_doctype
    try:
        with archive.open(info) as source:
            parser.ParseFile(source)
    except expat.ExpatError as error:
        detail = f"{expat.ErrorString(error.code)}: line {error.lineno}, column {error.offset}"
        raise PartRefused("unreadable_part", name, detail) from None
    except _DoctypeFound:
        raise PartRefused("unreadable_part", name, "it declares a document type (DTD), "
                                                   "which no workbook part may") from None
    except _UNPACKING as error:
        raise PartRefused("unreadable_part", name, str(error) or type(error).__name__) \
            from None


class _DoctypeFound(Exception):
    pass


def _refuse_doctype(*_: object) -> None:
    raise _DoctypeFound


def _sheet_of(archive: zipfile.ZipFile, part: str, checked: set[str]) -> str:
    """The name of the sheet ``part`` holds, read from the workbook's parts already
    checked; "" when it holds none or they cannot say."""
    if not {_WORKBOOK, _WORKBOOK_RELS} <= checked:
        return ""
    rels = fromstring(archive.read(_WORKBOOK_RELS))
    targets = {rel.get("Id"): "xl/" + re.sub(r"^/?(xl/)?", "", rel.get("Target", ""))
               for rel in rels}
    for sheet in fromstring(archive.read(_WORKBOOK)).iter():
        if sheet.tag.rpartition("}")[2] != "sheet":
            continue
        ident = next((v for k, v in sheet.attrib.items() if k.rpartition("}")[2] == "id"), "")
        if targets.get(ident) == part:
            return sheet.get("name", "")
    return ""
