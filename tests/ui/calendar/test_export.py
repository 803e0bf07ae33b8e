"""The calendar picture: PNG of the year and of a month, PDF, and bad views refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QImage

from ecplanner.ui.calendar.export_image import picture_size, render_calendar_image
from ecplanner.ui.calendar.view import CalendarTab
from ecplanner.ui.document import PlanDocument

TODAY = date(2027, 3, 1)


def _colours(image: QImage) -> int:
    step = max(image.width() // 60, 1)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


def test_year_png_has_the_expected_size(demo_document: PlanDocument, tmp_path: Path) -> None:
    out = render_calendar_image(demo_document, tmp_path / "year.png", today=TODAY)
    image = QImage(str(out))
    width, height = picture_size(demo_document, today=TODAY)
    assert (image.width(), image.height()) == (round(width * 2), round(height * 2))
    assert width == 1800 and 0.4 * width < height < width
    assert _colours(image) > 40  # bars, shading and text, not a blank page


def test_month_png_and_pdf(demo_document: PlanDocument, tmp_path: Path) -> None:
    month = render_calendar_image(demo_document.store, tmp_path / "m.png", "2027-11",
                                  scale=1.0, today=TODAY)
    image = QImage(str(month))
    assert image.width() == 1400 and _colours(image) > 20
    pdf = render_calendar_image(demo_document, tmp_path / "year.pdf", today=TODAY)
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 10_000


@pytest.mark.parametrize("view", ["2027-13", "month", "27-01"])
def test_bad_views_are_refused(demo_document: PlanDocument, tmp_path: Path, view: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM"):
        render_calendar_image(demo_document, tmp_path / "x.png", view)
    assert not (tmp_path / "x.png").exists()


def test_the_tab_offers_the_export_in_the_file_menu(tab: CalendarTab, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    [action] = [a for menu, a in tab.menu_actions() if menu == "file"]
    assert isinstance(action, QAction)
    target = tmp_path / "from-menu.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PNG image (*.png)"))
    action.trigger()
    assert QImage(str(target)).width() == 3600
