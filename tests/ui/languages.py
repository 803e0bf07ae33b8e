"""Running a test in one of the app's languages, as the app installs them at start."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale

from ecplanner.app import install_translators


@contextmanager
def speaking(app: QCoreApplication, locale: str) -> Iterator[None]:
    """The default locale set to ``locale`` and its translators installed, then undone."""
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    installed = install_translators(app)
    try:
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
