"""Fresh processes for the benchmarks, with the bytecode files an installed app has.

This environment may set ``PYTHONDONTWRITEBYTECODE``: every process then compiles each
module it imports from source, ~2 s for the app's imports, and a tab whose modules load
while the window is idle pauses it for ~0.2 s longer than it would on a user's machine
(an installed app, or a checkout run before, has its ``.pyc`` files). The children get a
bytecode cache in the benchmark's folder instead; the first run fills it.
"""

from __future__ import annotations

import os
from pathlib import Path


def child_env(folder: Path) -> dict[str, str]:
    """The environment for a measured child: bytecode cached under ``folder``, and the
    user folders (backups, logs, settings) there too, offscreen."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = str(folder / name.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONFAULTHANDLER"] = "1"  # a crash prints where each thread was
    return env
