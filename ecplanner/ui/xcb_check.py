"""Before the window: can Qt's X11 plugin (xcb) load its system libraries?

When it cannot, Qt prints a dozen lines and aborts the process. This asks the system's
loader first, as Qt would, by loading the plugin itself: the loader resolves every library
the plugin, Qt's GUI library and theirs need, from the system or from the built app's own
folder (``ctypes.util.find_library`` would not look there). When that fails, one line names
what is missing and the Debian/Ubuntu packages that bring it.

Only on Linux, only when Qt would use xcb (``QT_QPA_PLATFORM`` unset or ``xcb``, not in a
Wayland session) and only with an X display to show on; elsewhere Qt's own message stands.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path

# The libraries Qt's xcb plugin and Qt's GUI, widget and D-Bus libraries link, outside Qt
# and the C/C++ runtime, with the Debian/Ubuntu package of each. README.md's apt-get line
# installs them all; tests/ui/test_xcb_check.py checks this list against the plugin.
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
_MISSING = re.compile(r"([\w.+-]+\.so[.\d]*): cannot open shared object file")


def xcb_plugin() -> Path:
    """Where PySide6 keeps the plugin, in a checkout's environment and in the built app."""
    import PySide6  # the package only: no Qt library is loaded by it

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def uses_xcb(env: Mapping[str, str], system: str = sys.platform) -> bool:
    """Whether Qt will show the window through xcb on an X display."""
    platform = env.get("QT_QPA_PLATFORM", "")
    if system != "linux" or not env.get("DISPLAY") or platform not in ("", "xcb"):
        return False
    return platform == "xcb" or env.get("XDG_SESSION_TYPE") != "wayland"


def _loads(library: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def load_error(plugin: Path) -> str | None:
    """What the loader says when ``plugin`` cannot be loaded; None when it loads."""
    import ctypes

    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error)
    return None


def missing_libraries(error: str) -> list[str]:
    """The libraries missing for a plugin that failed to load with ``error``.

    The loader stops at the first library it cannot find; each library of ``PACKAGES`` is
    then tried alone, so that one message can name all of them."""
    return sorted({*_MISSING.findall(error), *(name for name in PACKAGES if not _loads(name))})


def problem_text(missing: list[str], error: str) -> str:
    """The line for the user: what is missing and the apt-get line that brings it, or, when
    nothing is missing, what the loader said."""
    if not missing:
        return f"Qt's X11 window plugin (xcb) cannot load: {error}"
    text = "Qt's X11 window plugin (xcb) cannot load: missing " + ", ".join(missing)
    packages = sorted({PACKAGES[name] for name in missing if name in PACKAGES})
    if packages:
        text += f". On Debian/Ubuntu: sudo apt-get install {' '.join(packages)}"
    return text


def xcb_problem(env: Mapping[str, str], plugin: Path | None = None,
                system: str = sys.platform) -> str | None:
    """One line saying why the window cannot open on X11; None when it can, or when Qt will
    not use xcb, or when the plugin is not where PySide6 keeps it."""
    if not uses_xcb(env, system):
        return None
    plugin = plugin or xcb_plugin()
    if not plugin.exists():
        return None
    error = load_error(plugin)
    return None if error is None else problem_text(missing_libraries(error), error)
