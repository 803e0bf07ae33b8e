"""A PDF's text as a reader would copy it, for assertions."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def pdf_text(path: Path) -> str:
    """``pdftotext``'s text without white space (lines wrap where the layout chose),
    NFKC-normalised: the CJK font maps some glyphs to Kangxi radicals (⽉ U+2F49 for 月)
    in the PDF's text layer, and normalising reads them back. Compare with ``plain``.
    Skips the test where poppler is not installed (CI installs it)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not here (Debian: apt-get install poppler-utils)")
    done = subprocess.run(["pdftotext", str(path), "-"], check=True,
                          capture_output=True, text=True)
    return plain(done.stdout)


def plain(text: str) -> str:
    """``text`` as ``pdf_text`` gives it (full-width ：， become :, )."""
    return "".join(unicodedata.normalize("NFKC", text).split())
