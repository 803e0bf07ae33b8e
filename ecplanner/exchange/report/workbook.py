"""``ecplanner report``: the weekly or monthly report (周报/月报) as a workbook.

Two sheets, in the plan's language: the report (completion, the variance attribution in
numbers and words, the period's and the next period's events, deadlines, tasks, products,
open warnings) and the daily figures with a native chart of planned against actual GMV.
Written like the team workbook: in memory, then atomically (``write_atomically``).
"""

from __future__ import annotations

import io
from pathlib import Path

from ecplanner import __version__
from ecplanner.domain.languages import language_of
from ecplanner.exchange.atomic import write_atomically
from ecplanner.exchange.report.daily import write_daily
from ecplanner.exchange.report.data import ReportData
from ecplanner.exchange.report.summary import write_summary
from ecplanner.exchange.report.words import period_label
from ecplanner.exchange.xlsx.style import Styles
from ecplanner.exchange.xlsx.text import one_line
from ecplanner.exchange.xlsx.words import Words


def write_report(data: ReportData, path: Path) -> None:
    import xlsxwriter  # heavy: loaded when a report is made, never at start-up

    words = Words(language_of(data.info.locale))
    book = io.BytesIO()
    workbook = xlsxwriter.Workbook(book, {
        "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
        "in_memory": True,
    })
    styles = Styles(workbook, data.info.currency, words)
    write_summary(workbook, styles, words, data)
    write_daily(workbook, styles, words, data)
    store = one_line(data.info.store_name, 200)
    workbook.set_properties({"title": f"{store} {data.period.code} "
                                      f"{period_label(data.period, words.lang)}",
                             "subject": "ecplanner report", "company": store,
                             "comments": f"ecplanner {__version__}"})
    workbook.close()
    write_atomically(Path(path), book.getvalue())
