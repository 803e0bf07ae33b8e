"""Logging to a file in the user log folder; the crash dialog points the user there."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from ecplanner import paths


def setup_logging() -> Path:
    """Send log records to ``ecplanner.log`` (rotated); return the file's path."""
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log_file = folder / "ecplanner.log"
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file
