"""The demo plan's workbook as LibreOffice prints it: no ``###``, every sheet's name on
its pages, and the pages as PNG images to look at.

Not part of the test run (not a ``test_*.py`` file). Needs ``soffice`` (LibreOffice Calc)
and poppler's ``pdftotext``/``pdftoppm``:

    uv run python tests/visual/render_workbook.py OUT_DIR

Exits 1, naming what is wrong, when a check fails.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from ecplanner import plans
from ecplanner.domain import demo
from ecplanner.exchange.plan_snapshot import read_snapshot
from ecplanner.exchange.xlsx.export import write_workbook
from ecplanner.exchange.xlsx.words import SHEETS, Words
from ecplanner.store.plan_store import PlanStore

YEAR = 2027


def export_demo(folder: Path) -> tuple[Path, list[str]]:
    """The demo plan's workbook in ``folder``, and its visible sheets' names."""
    plan = folder / "demo.ecplan"
    plans.create_plan(plan, demo.demo_info(YEAR), with_demo=True).close()
    store = PlanStore.open(plan)
    try:
        snapshot = read_snapshot(store, date(YEAR - 1, 10, 1))
    finally:
        store.close()
    book = folder / "demo.xlsx"
    write_workbook(snapshot, book)
    words = Words(snapshot.lang)
    return book, [words.sheet(key) for key in SHEETS]


def render(book: Path, out: Path) -> Path:
    profile = Path(tempfile.gettempdir()) / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(book)],
                   check=True, capture_output=True, timeout=300)
    return out / (book.stem + ".pdf")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    book, sheets = export_demo(out)
    pdf = render(book, out)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    problems = []
    if "###" in text:
        problems.append(f"{text.count('###')} cells print as ###")
    problems += [f"sheet {name} is not printed" for name in sheets if name not in text]
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / "page")], check=True)
    pages = sorted(out.glob("page-*.png"))
    print(f"{pdf}: {len(pages)} pages, PNGs in {out}")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "render-out")))
