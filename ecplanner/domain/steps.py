"""Work written as steps: a generator that yields between pieces and returns its result.

The window runs such work a slice of time per turn of its event loop
(``ui.common.slices``); everything else runs it to the end at once with ``run_steps``.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")

Steps = Generator[None, None, T]


def run_steps(steps: Steps[T]) -> T:
    """Every step of ``steps`` now; its result."""
    while True:
        try:
            next(steps)
        except StopIteration as end:
            return end.value  # type: ignore[no-any-return]
