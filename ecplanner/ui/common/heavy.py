"""numpy and pyqtgraph: imported off the UI thread the first time a view needs them.

Importing them takes 0.3–0.5 s. The warm-up thread (``ui.warmup``) loads them a moment
after start; a view shown before that asks here instead of freezing on the import, or on
the import lock while the warm-up holds it.
"""

from __future__ import annotations

import importlib
import sys

HEAVY = ("numpy", "pyqtgraph")


def imported(names: tuple[str, ...] = HEAVY) -> bool:
    """Whether all of ``names`` are imported through, not half-way in another thread."""
    for name in names:
        module = sys.modules.get(name)
        spec = getattr(module, "__spec__", None)
        # importlib marks a module's spec while the module is still running its body.
        if module is None or getattr(spec, "_initializing", False):
            return False
    return True


def import_all(names: tuple[str, ...] = HEAVY) -> None:
    """Import ``names``; run it in a worker (``Background``), never on the UI thread."""
    for name in names:
        importlib.import_module(name)
