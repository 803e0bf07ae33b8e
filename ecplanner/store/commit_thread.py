"""A transaction committed on a thread of its own, while the window goes on turning.

The commit of a write in steps (a year of 2,000 products' days, or its undo) is SQLite
writing and syncing ~50 MB to disk: 100–250 ms in which the calling thread waits and the
interpreter is free. On the window's thread that was one frozen turn; here the caller
polls ``wait`` between its turns instead.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from sqlalchemy import RootTransaction


class Commit:
    """``transaction.commit()`` under way on a thread of its own, started at once."""

    def __init__(self, transaction: RootTransaction) -> None:
        self._failure: Exception | None = None
        self._thread = threading.Thread(target=self._commit, args=(transaction,),
                                        name="plan commit")
        self._thread.start()

    def _commit(self, transaction: RootTransaction) -> None:
        try:
            transaction.commit()
        except Exception as exc:  # raised in the caller's thread by ``raise_failure``
            self._failure = exc

    def wait(self, seconds: float | None = None) -> bool:
        """Waits up to ``seconds`` (for ever when None); whether the commit has ended."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def turns(self, poll_s: float) -> Iterator[float]:
        """Yields 1.0 (all written) until the commit has ended, waiting up to ``poll_s``
        each time; then raises what it raised, if anything (a full disk). Closed before,
        it waits for the end: a commit begun cannot be taken back."""
        try:
            while not self.wait(poll_s):
                yield 1.0
        except GeneratorExit:
            self.wait()
        if self._failure is not None:
            raise self._failure
