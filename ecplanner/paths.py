"""Where ecplanner keeps its files: user data (demo plan, backups), logs, resources."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "ecplanner"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def cache_dir() -> Path:
    """What the app can work out again, kept to save the time (the year's holidays)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def demo_plan_path() -> Path:
    return data_dir() / "demo.ecplan"


def resources_dir() -> Path:
    """``resources/`` beside the package in a checkout, or bundled inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("ecplanner's resources folder is missing")
