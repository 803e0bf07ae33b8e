"""The ``holidays`` package laid out as the built app has it: its modules, and only the data
files a build collects. A subprocess with the copy first on ``PYTHONPATH`` loads holidays
from it, as the app loads holidays from its folder."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_bundle() -> ModuleType:
    """``packaging/bundle.py``, what the spec collects (it is not an installed module)."""
    name = "bundle"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def holidays_copy(site: Path, data: list[tuple[str, str]]) -> Path:
    """``site/holidays``: the package's modules, and ``data`` as ``(file, folder)`` pairs."""
    source = load_bundle().package_folder("holidays")
    shutil.copytree(source, site / "holidays",
                    ignore=lambda folder, names: [n for n in names if n == "locale"
                                                  or n.endswith(".mo")])
    for file, folder in data:
        (site / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, site / folder)
    return site


def run_python(site: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` in ``home`` with ``site`` first on the path and the user folders there."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT)]),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], cwd=home, env=env,
                          capture_output=True, text=True, timeout=120)
