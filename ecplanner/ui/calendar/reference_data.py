"""The calendar's reference data: the shipped event catalog and the year's holidays.

Both are read once and kept. The first holiday look-up imports the ``holidays`` package
(about half a second), so the tab asks ``HolidayLoader`` for it off the UI thread; the
image export, which has no window to keep alive, calls ``holidays_now``. What a look-up
works out is kept in the user's cache folder (``holiday_cache``) for the next run.
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal

from ecplanner import paths
from ecplanner.domain.catalog import Catalog, HolidayCalendar
from ecplanner.domain.catalog import shipped_catalog as _shipped_catalog
from ecplanner.domain.catalog.holiday_cache import cached_holidays_for
from ecplanner.domain.languages import language_of
from ecplanner.domain.model import PlanInfo

HolidayKey = tuple[int, tuple[str, ...], str, int]

_lock = threading.Lock()
_holidays: dict[HolidayKey, HolidayCalendar] = {}


def shipped_catalog() -> Catalog:
    """The catalog under ``resources/catalog`` (checked when loaded), read once."""
    return _shipped_catalog()


def holiday_key(info: PlanInfo) -> HolidayKey:
    return (info.year, tuple(info.markets), language_of(info.locale),
            info.shipping_cutoff_days)


def cached_holidays(key: HolidayKey) -> HolidayCalendar | None:
    """The holidays for ``key`` if they were computed already, else None."""
    with _lock:
        return _holidays.get(key)


def holidays_now(key: HolidayKey) -> HolidayCalendar:
    """The holidays for ``key``, read from the cache folder or computed here if needed
    (may take half a second)."""
    found = cached_holidays(key)
    if found is not None:
        return found
    year, markets, lang, cutoff = key
    calendar = cached_holidays_for(paths.cache_dir() / "holidays", year, markets, lang,
                                   cutoff)
    with _lock:
        _holidays[key] = calendar
    return calendar


class HolidayLoader(QObject):
    """Computes holidays in a background thread; one loader serves every tab.

    It lives as long as the program, so a thread finishing after a tab closed still
    emits on a live object (Qt has disconnected the closed tab).
    """

    loaded = Signal(object)
    """Holidays are ready; the argument is the ``HolidayCalendar``."""

    def __init__(self) -> None:
        super().__init__()
        self._running: dict[HolidayKey, threading.Thread] = {}

    def request(self, key: HolidayKey) -> HolidayCalendar | None:
        """The holidays at once if known; otherwise None, and ``loaded`` follows."""
        found = cached_holidays(key)
        if found is not None:
            return found
        with _lock:
            if key not in self._running:
                thread = threading.Thread(target=self._run, args=(key,), daemon=True,
                                          name="ecplanner-holidays")
                self._running[key] = thread
                thread.start()
        return None

    @property
    def busy(self) -> bool:
        """A look-up is running: the holidays are being worked out in its thread."""
        with _lock:
            return bool(self._running)

    def wait(self) -> None:
        """Block until every running look-up has ended."""
        for thread in list(self._running.values()):
            thread.join()

    def _run(self, key: HolidayKey) -> None:
        try:
            calendar = holidays_now(key)
        finally:  # ended, even by an error: the window's builds wait while ``busy``
            with _lock:
                self._running.pop(key, None)
        with contextlib.suppress(RuntimeError):  # the program ended while they loaded
            self.loaded.emit(calendar)


_loader: HolidayLoader | None = None


def holiday_loader() -> HolidayLoader:
    """The program's one ``HolidayLoader`` (create it from the UI thread)."""
    global _loader
    if _loader is None:
        _loader = HolidayLoader()
    return _loader
