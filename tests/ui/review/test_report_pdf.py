"""``ecplanner report … --pdf``: the summary as a PDF whose text holds the period, the
completion and the variance sentence in the plan's language (CJK embedded)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ecplanner.cli import main
from tests.review_plan import JUNE_SENTENCE, make_plan
from tests.ui.review.pdf_text import pdf_text, plain


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_plan(tmp_path_factory.mktemp("pdf"))


def test_the_month_report_as_pdf_and_workbook(plan: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "june.pdf", tmp_path / "june.xlsx"
    assert main(["report", str(plan), "--month", "2027-06", "--pdf", str(pdf),
                 "--xlsx", str(xlsx)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    text = pdf_text(pdf)
    assert plain("素锦女装 · 2027年6月 月报") in text
    assert "2027-06-01" in text and "2027-06-30" in text
    assert "91.2%" in text  # ¥91,200 of the ¥100,000 planned to June 10th
    assert plain(JUNE_SENTENCE) in text


def test_a_report_needs_an_output(plan: Path) -> None:
    assert main(["report", str(plan), "--week", "2027-W23"]) == 2
