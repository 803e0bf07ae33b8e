"""PySide6 6.12.0 on CPython 3.11 drops a reference to None on every void Qt call and
aborts after a few thousand calls (``none_dealloc``). An upgrade that brings it back
must fail here loudly, not in a user's session."""

from __future__ import annotations

import subprocess
import sys

CODE = """
from PySide6.QtCore import QObject
o = QObject()
for _ in range(20_000):
    o.setObjectName('a')
print('survived')
"""


def test_twenty_thousand_void_calls_survive() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "survived" in result.stdout
