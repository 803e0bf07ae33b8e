"""The year's holidays kept on disk between runs, one JSON file per look-up.

Working them out imports the ``holidays`` package and runs ~0.1–0.5 s of pure Python in a
loader thread, which holds the interpreter while the window builds its tabs (their turns
stretched past 100 ms on the 20,000-item plan). Read from here it takes a few
milliseconds. A file names the ``holidays`` version it was worked out with and this
module's ``FORMAT``: another version (the package learnt a year's 调休, say) or format
is not used, nor is a file that cannot be read; the caller works the holidays out again
and writes the file anew.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

from ecplanner.domain.catalog.public_holidays import (
    Holiday,
    HolidayBreak,
    HolidayCalendar,
    MakeupWorkday,
    ShippingShutdown,
    holidays_for,
)

FORMAT = 1
"""Bump when ``HolidayCalendar``'s fields change: older files are then ignored."""


def package_version() -> str:
    """The installed ``holidays`` package's version (read without importing it)."""
    return metadata.version("holidays")


def cached_holidays_for(folder: Path, year: int, markets: Sequence[str], lang: str,
                        cutoff_days: int, version: str | None = None) -> HolidayCalendar:
    """``holidays_for(year, markets, lang, cutoff_days)``, from ``folder`` when a file
    there was written with the same ``holidays`` version (``version``, by default the
    installed one), else worked out and written there. A folder that cannot be written
    costs only the saving."""
    version = version or package_version()
    path = folder / f"holidays-{year}-{'-'.join(markets) or 'none'}-{lang}-{cutoff_days}.json"
    found = read_holidays(path, version)
    if found is not None:
        return found
    calendar = holidays_for(year, markets, lang, cutoff_days)
    with contextlib.suppress(OSError):  # a cache: the holidays are right without it
        write_holidays(path, calendar, version)
    return calendar


def read_holidays(path: Path, version: str) -> HolidayCalendar | None:
    """The holidays in ``path`` if it holds them for ``version``, else None (no file,
    another version or format, or a file that is not what this module writes)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["format"] != FORMAT or data["holidays_version"] != version:
            return None
        return _calendar(data["calendar"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_holidays(path: Path, calendar: HolidayCalendar, version: str) -> None:
    """Writes ``path`` whole or not at all: a temporary file beside it, renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"format": FORMAT, "holidays_version": version,
                       "calendar": _plain(calendar)}, ensure_ascii=False)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _plain(calendar: HolidayCalendar) -> dict[str, Any]:
    shutdown = calendar.shipping_shutdown
    return {
        "year": calendar.year,
        "holidays": [[h.day.isoformat(), h.market, h.name, h.provisional]
                     for h in calendar.holidays],
        "breaks": [[b.market, b.name, b.start.isoformat(), b.end.isoformat(), b.provisional]
                   for b in calendar.breaks],
        "makeup_workdays": [[w.day.isoformat(), w.market] for w in calendar.makeup_workdays],
        "shipping_shutdown": None if shutdown is None else [
            shutdown.last_ship_day.isoformat(), shutdown.start.isoformat(),
            shutdown.end.isoformat(), shutdown.provisional],
        "provisional_markets": list(calendar.provisional_markets),
    }


def _calendar(data: dict[str, Any]) -> HolidayCalendar:
    day = date.fromisoformat
    shutdown = data["shipping_shutdown"]
    return HolidayCalendar(
        year=int(data["year"]),
        holidays=tuple(Holiday(day(d), str(m), str(n), bool(p))
                       for d, m, n, p in data["holidays"]),
        breaks=tuple(HolidayBreak(str(m), str(n), day(s), day(e), bool(p))
                     for m, n, s, e, p in data["breaks"]),
        makeup_workdays=tuple(MakeupWorkday(day(d), str(m))
                              for d, m in data["makeup_workdays"]),
        shipping_shutdown=None if shutdown is None else ShippingShutdown(
            day(shutdown[0]), day(shutdown[1]), day(shutdown[2]), bool(shutdown[3])),
        provisional_markets=tuple(str(m) for m in data["provisional_markets"]),
    )
