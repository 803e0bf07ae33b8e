"""How often a worker thread hands the interpreter to the window.

A worker running Python holds the interpreter; when the window's thread needs it, to run
any Python Qt calls back (a model's cell, a painted item, a timer's slot), it waits until
the worker's next switch: 5 ms by default. The window's thread does not keep it across its
C++ work, so a repaint calling Python a thousand times waits a thousand switches. While a
year of 2,000 products' days was read in a worker, the window's turns took 3.8 s at 5 ms,
0.7 s at 0.5 ms (``tests/perf/bench_sellthrough.py``); a worker alone runs as fast either
way, since it switches only when another thread asks.
"""

from __future__ import annotations

import sys

SWITCH_S = 0.0005


def share_with_workers() -> None:
    """Workers give the window its turn within ``SWITCH_S`` when it asks (for the program)."""
    sys.setswitchinterval(SWITCH_S)
