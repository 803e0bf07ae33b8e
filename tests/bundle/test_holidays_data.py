"""The built app carries every translation catalog ``holidays`` loads for the store's markets.

The first build left them out: ``country_holidays("CN", language=…)`` raised
``FileNotFoundError`` in the app, and exports and the plan's warnings failed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bundle.helpers import holidays_copy, load_bundle, run_python

_EVERY_MARKET_AND_LANGUAGE = """
from ecplanner.domain.catalog.public_holidays import holidays_for
for lang in ("zh", "ja", "en"):
    calendar = holidays_for(2027, ["cn", "jp", "global"], lang)
    print(lang, len(calendar.holidays))
"""


def test_the_catalogs_go_where_holidays_looks_for_them() -> None:
    collected = {(Path(file).name, folder) for file, folder in load_bundle().holidays_data()}
    assert ("CN.mo", "holidays/locale/zh_CN/LC_MESSAGES") in collected
    assert ("JP.mo", "holidays/locale/ja/LC_MESSAGES") in collected
    assert ("US.mo", "holidays/locale/en_US/LC_MESSAGES") in collected


@pytest.mark.slow
def test_holidays_loads_every_market_in_every_language_from_what_is_collected(
        tmp_path: Path) -> None:
    site = holidays_copy(tmp_path / "site", load_bundle().holidays_data())
    done = run_python(site, tmp_path, "-c", _EVERY_MARKET_AND_LANGUAGE)
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()] == ["zh", "ja", "en"]
