"""PyInstaller's own hook for PySide6.QtGui, keeping only the Qt plugins ``bundle`` lists.

A hook in ``hookspath`` is used instead of PyInstaller's; it runs before PyInstaller looks
for the shared libraries the plugins need, so a plugin left out brings none of them.
"""

from pathlib import Path

from bundle import keep_qt_plugin
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, _binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, folder) for source, folder in _binaries
            if keep_qt_plugin(f"{folder.partition('plugins/')[2]}/{Path(source).name}")]
