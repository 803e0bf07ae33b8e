"""Crash safety: a writer killed with SIGKILL at random moments, 20 times, never leaves a
damaged plan nor loses an edit it reported committed. ``tests/perf/kill_soak.py`` does the
killing (more kills when run by hand) and says what it found after each kill: the plan
passes ``ecplanner check``, opens, and holds every reported edit, whole."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SOAK = Path(__file__).resolve().parents[1] / "perf" / "kill_soak.py"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_sigkill_mid_edit_loses_nothing(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SOAK), "--kills", "20", "--json"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    tally = json.loads(done.stdout)
    assert tally["kills"] == 20 and tally["lost"] == 0 and tally["unsound"] == 0, tally
    assert tally["edits"] >= 20  # every writer committed before it was killed
    assert tally["journals"] > 0  # and some were killed inside a transaction
