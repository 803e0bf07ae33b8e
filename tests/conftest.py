"""Test setup: headless Qt, a private user data folder, warnings as errors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ecplanner.domain.model import Event

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Backups, logs and QSettings go to a temporary folder, never the real home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    yield


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.ecplan"


@pytest.fixture
def worked_out(monkeypatch: pytest.MonkeyPatch) -> list[Event]:
    """The events whose budget uplift is worked out (``event_extra_pairs``), in order."""
    from ecplanner.domain.budget import uplift

    seen: list[Event] = []
    real = uplift.event_extra_pairs

    def counting(event: Event, year: int) -> list[tuple[int, float]]:
        seen.append(event)
        return real(event, year)

    monkeypatch.setattr(uplift, "event_extra_pairs", counting)
    return seen
