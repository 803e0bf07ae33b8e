"""How long jobs report progress and are cancelled (light: imported at start-up)."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]
"""``(done, total, stage)``: stage is a sheet key, ``compute`` or ``save``."""


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; nothing is written."""
