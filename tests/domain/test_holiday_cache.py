"""The holidays kept on disk: used only for the same ``holidays`` version and format,
rewritten when stale or unreadable."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ecplanner.domain.catalog import holiday_cache
from ecplanner.domain.catalog.holiday_cache import (
    cached_holidays_for,
    package_version,
    read_holidays,
)
from ecplanner.domain.catalog.public_holidays import (
    Holiday,
    HolidayCalendar,
    ShippingShutdown,
    holidays_for,
)

VERSION = package_version()


def _computed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the look-ups the package works out (the cache's misses)."""
    calls: list[int] = []

    def counting(*args: object) -> HolidayCalendar:
        calls.append(1)
        return holidays_for(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(holiday_cache, "holidays_for", counting)
    return calls


def _only_file(folder: Path) -> Path:
    files = list(folder.iterdir())
    assert len(files) == 1, files
    return files[0]


def test_a_second_look_up_reads_the_file_and_gives_the_same_holidays(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _computed(monkeypatch)
    first = cached_holidays_for(tmp_path, 2027, ["cn", "jp"], "zh", 5)
    again = cached_holidays_for(tmp_path, 2027, ["cn", "jp"], "zh", 5)
    assert calls == [1]
    assert again == first == holidays_for(2027, ["cn", "jp"], "zh", 5)
    # By hand: the package's (provisional) 2027 春节 break is 02-05..02-10; the last day
    # to ship is 5 days before it, 01-31, and no parcel goes 02-01..02-10.
    assert again.shipping_shutdown == ShippingShutdown(date(2027, 1, 31), date(2027, 2, 1),
                                                       date(2027, 2, 10), True)
    assert Holiday(date(2027, 1, 1), "jp", "元日", False) in again.holidays


def test_each_key_has_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _computed(monkeypatch)
    cached_holidays_for(tmp_path, 2027, ["cn"], "zh", 5)
    cached_holidays_for(tmp_path, 2027, ["cn"], "zh", 7)  # another cutoff: another file
    cached_holidays_for(tmp_path, 2028, ["cn"], "zh", 5)
    assert len(calls) == 3 and len(list(tmp_path.iterdir())) == 3


def test_a_file_of_another_package_version_is_not_used_and_is_rewritten(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _computed(monkeypatch)
    cached_holidays_for(tmp_path, 2027, ["cn"], "zh", 5, version="0.1")
    cached_holidays_for(tmp_path, 2027, ["cn"], "zh", 5, version="0.2")
    assert calls == [1, 1]
    assert json.loads(_only_file(tmp_path).read_text("utf-8"))["holidays_version"] == "0.2"
    assert read_holidays(_only_file(tmp_path), "0.1") is None


def test_a_file_of_another_format_is_not_used(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _computed(monkeypatch)
    cached_holidays_for(tmp_path, 2027, ["cn"], "zh", 5)
    monkeypatch.setattr(holiday_cache, "FORMAT", holiday_cache.FORMAT + 1)
    cached_holidays_for(tmp_path, 2027, ["cn"], "zh", 5)
    assert calls == [1, 1]


@pytest.mark.parametrize("junk", [b"", b"{", b"\xff\xfe not utf-8", b"[]", b"null",
                                  b'{"format": 1}',
                                  b'{"format": 1, "holidays_version": "%s", '
                                  b'"calendar": {"year": "x"}}'])
def test_a_corrupt_file_is_ignored_and_rewritten(tmp_path: Path, junk: bytes,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    cached_holidays_for(tmp_path, 2027, ["cn"], "zh", 5)
    path = _only_file(tmp_path)
    path.write_bytes(junk.replace(b"%s", VERSION.encode()))
    calls = _computed(monkeypatch)
    found = cached_holidays_for(tmp_path, 2027, ["cn"], "zh", 5)
    assert calls == [1] and found == holidays_for(2027, ["cn"], "zh", 5)
    assert read_holidays(path, VERSION) == found  # written anew


def test_a_folder_that_cannot_be_written_costs_only_the_saving(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    found = cached_holidays_for(blocked / "holidays", 2027, ["cn"], "zh", 5)
    assert found == holidays_for(2027, ["cn"], "zh", 5)
