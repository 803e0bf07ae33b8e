"""Reports → Monthly/Weekly report…: the last complete period with data is offered, the
preview says the report's sentence, and the workbook (in a worker) and the PDF are saved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.domain.review.periods import PeriodKind
from ecplanner.ui.actions import ActionId
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.main_window import MainWindow
from ecplanner.ui.review.dialogs import ReportDialog, periods_of_year
from tests.review_plan import JUNE_SENTENCE, make_plan
from tests.ui.languages import speaking
from tests.ui.review.pdf_text import pdf_text, plain


@pytest.fixture
def review_document(tmp_path: Path, qapp: QApplication) -> Iterator[PlanDocument]:
    document = PlanDocument(plans.open_plan(make_plan(tmp_path)))
    with speaking(qapp, "zh_CN"):
        yield document
    document.close()


def _opened(qtbot: QtBot, document: PlanDocument, kind: PeriodKind) -> ReportDialog:
    dialog = ReportDialog(document, kind)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.previewShown, timeout=10_000).wait()
    return dialog


def test_the_month_report_previewed_and_saved(qtbot: QtBot, review_document: PlanDocument,
                                              tmp_path: Path) -> None:
    dialog = _opened(qtbot, review_document, PeriodKind.MONTH)
    assert dialog.period.code == "2027-06"  # June 1st–10th imported: June is the one
    assert JUNE_SENTENCE in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.save_workbook(tmp_path / "june.xlsx")
    assert saved.args == [tmp_path / "june.xlsx"]
    assert "月报" in openpyxl.load_workbook(tmp_path / "june.xlsx").sheetnames
    with qtbot.waitSignal(dialog.saved, timeout=5_000):
        dialog.save_pdf(tmp_path / "june.pdf")
    text = pdf_text(tmp_path / "june.pdf")
    assert plain("2027年6月 月报") in text and plain(JUNE_SENTENCE) in text


def test_the_week_report_offers_the_last_complete_week(qtbot: QtBot,
                                                       review_document: PlanDocument) -> None:
    dialog = _opened(qtbot, review_document, PeriodKind.WEEK)
    assert dialog.period.code == "2027-W22"  # May 31st–June 6th; W23 runs past June 10th
    assert "第22周 周报" in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.previewShown, timeout=10_000):
        dialog.period_box.setCurrentIndex(dialog.period_box.currentIndex() + 1)
    assert "第23周 周报" in dialog.preview.toPlainText()


def test_a_save_that_fails_says_so(qtbot: QtBot, review_document: PlanDocument,
                                   tmp_path: Path) -> None:
    dialog = _opened(qtbot, review_document, PeriodKind.MONTH)
    dialog.save_pdf(tmp_path / "missing" / "june.pdf")
    assert dialog.status.text().startswith("无法保存") and not (tmp_path / "missing").exists()


def test_the_periods_of_a_year() -> None:
    weeks = periods_of_year(PeriodKind.WEEK, 2027)
    assert (weeks[0].code, weeks[-1].code) == ("2026-W53", "2027-W52")
    assert [m.code for m in periods_of_year(PeriodKind.MONTH, 2027)][::11] == [
        "2027-01", "2027-12"]


def test_the_reports_menu_opens_the_dialog(qtbot: QtBot, review_document: PlanDocument,
                                           tmp_path: Path) -> None:
    window = MainWindow(review_document, lambda path: PlanDocument(plans.open_plan(path)),
                        tmp_path)
    qtbot.addWidget(window)
    assert [a.text() for a in window.reports_menu.actions()] == ["周报(&W)…", "月报(&M)…"]
    window.action_map[ActionId.MONTHLY_REPORT].trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.windowTitle() == "月报"
    qtbot.waitSignal(dialog.previewShown, timeout=10_000).wait()
    assert dialog.period.code == "2027-06"
    dialog.close()
