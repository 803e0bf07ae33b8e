"""The weekly or monthly report as a PDF: the summary page (``exchange.report.text``) laid
out by QTextDocument and printed by QPdfWriter on A4, in memory, then written whole.

Qt embeds the fonts it draws with, so Chinese and Japanese need a CJK font on the machine
(fontconfig finds one through the family list below). The command line has no window:
``write_pdf`` starts an offscreen QGuiApplication when none runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ecplanner.domain.languages import language_of
from ecplanner.exchange.atomic import write_atomically
from ecplanner.exchange.report.data import ReportData
from ecplanner.exchange.report.text import summary_html
from ecplanner.ui.common.offscreen import ensure_gui

_CHINESE = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC"]
_JAPANESE = ["Noto Sans CJK JP", "Source Han Sans JP", "Yu Gothic", "Hiragino Sans"]


def fonts(lang: str) -> list[str]:
    """Families to try, the plan's language's first: a Japanese report in a Chinese font
    would draw some kanji in their Chinese forms."""
    first, then = (_JAPANESE, _CHINESE) if lang == "ja" else (_CHINESE, _JAPANESE)
    return [*first, *then, "sans-serif"]


def pdf_bytes(data: ReportData) -> bytes:
    """The report of ``data`` as the bytes of a PDF (on the UI thread: it uses fonts)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(data.period.code)
    writer.setCreator("ecplanner")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont()
    font.setFamilies(fonts(language_of(data.info.locale)))
    font.setPointSizeF(9.5)
    document.setDefaultFont(font)
    document.setHtml(summary_html(data))
    document.print_(writer)
    del writer  # ends the PDF into the buffer
    return bytes(buffer.data().data())


def write_pdf(data: ReportData, out: Path) -> None:
    """Raises ``OSError`` when ``out`` cannot be written."""
    ensure_gui()
    write_atomically(Path(out), pdf_bytes(data))
