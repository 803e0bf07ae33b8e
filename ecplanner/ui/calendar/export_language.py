"""The language a calendar picture is drawn in: the plan's (``PlanInfo.locale``), as the
workbook's, unless the user asks for another; not the machine's.

The painting code translates through ``QCoreApplication.translate`` and formats dates with
the default ``QLocale``, as the tab does. ``speaking`` swaps both for the drawing's
duration: a translator that answers every text in the one language (an English source text
for English), so the window's own translator cannot mix in a second one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ecplanner import paths

LANGUAGES = ("zh", "ja", "en")
"""What the user may ask for (``ecplanner export --lang``)."""
_LOCALES = {"zh": "zh_CN", "ja": "ja_JP", "en": "en_US"}


def picture_locale(plan_locale: str, language: str | None) -> str:
    """``language`` (zh, ja or en) when given, else the plan's own locale."""
    return _LOCALES[language] if language else plan_locale


class _OneLanguage(QTranslator):
    """Every text in the words of ``inner``, or as written (English) where it has none."""

    def __init__(self, inner: QTranslator) -> None:
        super().__init__()
        self._inner = inner

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self._inner.translate(context, source, disambiguation, n) or source

    def isEmpty(self) -> bool:
        return False


@contextmanager
def speaking(locale_name: str) -> Iterator[None]:
    """Draw in ``locale_name``'s language and formats, then put the machine's back."""
    app = QCoreApplication.instance()
    assert app is not None
    before = QLocale()
    locale = QLocale(locale_name)
    inner = QTranslator()
    folder = str(paths.resources_dir() / "translations")
    if not inner.load(locale, "ecplanner", "_", folder):
        inner.load("ecplanner_en", folder)  # English: its plural forms
    translator = _OneLanguage(inner)
    QLocale.setDefault(locale)
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(before)
