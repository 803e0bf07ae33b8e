"""What the built app carries besides the modules PyInstaller finds by their imports.

Plain Python, so the tests can check it without PyInstaller: ``ecplanner.spec`` and the hook
in ``packaging/hooks/`` call these functions at build time.

- the files libraries read at run time: the ``holidays`` package's translation catalogs
  (without them ``country_holidays("CN", language=…)`` raises ``FileNotFoundError``), and
  our ``resources/`` (event catalogs, translations, icons);
- of Qt's own translations, only the languages ecplanner is translated into;
- of Qt's plugins, only those a desktop window and the headless smoke test use.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
# Where ``ecplanner.paths.resources_dir`` looks for the resources in an installed app.
RESOURCES_DEST = "ecplanner/_resources"
RESOURCE_PATTERNS = ("catalog/*.toml", "fees/*.toml", "translations/*.qm", "icons/*.png",
                     "licenses/*.txt")

# Imported lazily (inside functions), so PyInstaller's scan of the imports cannot see them.
LAZY_IMPORTS = ("pyqtgraph", "xlsxwriter", "openpyxl", "icalendar", "holidays.countries",
                "lunar_python", "numpy")

# Modules never used at run time. pyqtgraph imports QtSvg and QtTest when it can and does
# without them (not QtOpenGL and QtOpenGLWidgets: its curves need them). The app opens no
# network connection, so OpenSSL (``ssl``, and ``_hashlib``: ``hashlib`` falls back to Python's own
# digests) stays out, 5 MB; SQLite is the only database.
EXCLUDES = ("tkinter", "pandas", "PySide6.QtSvg", "PySide6.QtTest", "PySide6.QtNetwork",
            "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.Qt3DCore",
            "PySide6.QtMultimedia", "PySide6.QtPdf", "PySide6.QtDBus", "ssl", "_ssl", "_hashlib",
            "readline", "curses", "setuptools", "pkg_resources", "distutils", "pydoc_data",
            "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.postgresql",
            "sqlalchemy.dialects.oracle", "sqlalchemy.dialects.mssql")

# Qt plugin folders (relative to Qt's plugins folder) that ship, and within them the files.
# xcb and wayland are the Linux desktops, offscreen the smoke test; windows and cocoa the
# other systems. Left out: embedded displays (eglfs, linuxfb, vnc), the GTK theme (it pulls
# half of a GTK stack that may clash with the user's), image formats (the app reads none),
# network plugins.
QT_PLUGINS = {
    "platforms": ("xcb", "wayland", "offscreen", "windows", "cocoa"),
    "platforms/darwin": ("*",),
    "platformthemes": ("xdgdesktopportal",),
    "platforminputcontexts": ("*",),
    "xcbglintegrations": ("*",),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("*",),
    "styles": ("*",),
}


def resource_data() -> list[tuple[str, str]]:
    """``(file, folder in the app)`` for each of our resources the app reads."""
    return [(str(path), f"{RESOURCES_DEST}/{path.parent.relative_to(RESOURCES).as_posix()}")
            for pattern in RESOURCE_PATTERNS for path in sorted(RESOURCES.glob(pattern))]


def package_folder(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed in the build environment")
    return Path(next(iter(spec.submodule_search_locations)))


def holidays_data() -> list[tuple[str, str]]:
    """``(file, folder in the app)`` for every translation catalog of ``holidays``.

    The package finds them beside its own modules (``holidays/locale/<lang>/LC_MESSAGES``),
    so they go to the same place in the app."""
    folder = package_folder("holidays")
    return [(str(path), f"holidays/{path.parent.relative_to(folder).as_posix()}")
            for path in sorted(folder.glob("locale/*/LC_MESSAGES/*.mo"))]


def run_time_data() -> list[tuple[str, str]]:
    return resource_data() + holidays_data()


def shipped_languages() -> list[str]:
    """The languages ecplanner is translated into (``zh_CN``, ``ja_JP``)."""
    return sorted(path.stem.removeprefix("ecplanner_")
                  for path in (RESOURCES / "translations").glob("ecplanner_*.qm"))


def keep_qt_translation(file_name: str) -> bool:
    """Whether Qt's ``qtbase_ja.qm`` (say) is in a language ecplanner ships."""
    stem = Path(file_name).stem
    locale = stem.split("_", 1)[1] if "_" in stem else ""
    return any(locale in (language, language.split("_")[0]) for language in shipped_languages())


def keep_qt_plugin(relative: str) -> bool:
    """Whether the plugin at ``relative`` (``platforms/libqxcb.so``) ships."""
    folder, _, name = relative.rpartition("/")
    wanted = QT_PLUGINS.get(folder)
    if wanted is None:
        return False
    stem = Path(name).stem.removeprefix("lib").removeprefix("q")
    return "*" in wanted or stem in wanted
