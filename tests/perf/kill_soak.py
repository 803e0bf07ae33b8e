"""Crash safety: SIGKILL a writer at random moments; no plan is damaged, no edit is lost.

Run: ``uv run python tests/perf/kill_soak.py [--kills 200] [--seed N] [--json]``.
A child process writes edits through ``PlanStore`` in a loop (an event with notes of
random length, its task, and the plan's settings: three tables in one transaction) and
reports each edit's number once ``write`` has returned, i.e. committed. It is killed with
SIGKILL at a random moment. Then the plan must pass ``ecplanner check``, open as a
session, and hold every edit the child reported; the settings row holds the last one.

Printed: kills, edits committed, kills that left a hot journal (mid-transaction),
edits lost, unsound plans; exits 1 on any loss. ``tests/store/test_kill.py`` runs it
with 20 kills in the test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import signal
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ecplanner.cli import main as run_cli
from ecplanner.domain.model import Event, EventKind, PlanInfo, PlanSettings, Task
from ecplanner.domain.ops import Put
from ecplanner.store.plan_store import PlanStore

PREFIX = "kill-"
LOCK_DAYS = 91  # the settings row holds the last edit's number modulo this
_UNSET = PlanSettings().price_lock_days  # what it holds before the first edit


def write_edits(plan: Path, reports: int) -> None:
    """Writes edits until killed, writing each one's number to ``reports`` once committed."""
    store = PlanStore.open(plan)
    number = max(held_edits(store), default=0)
    notes = random.Random(os.getpid())
    while True:
        number += 1
        day = date(2027, 1, 1) + timedelta(days=number % 365)
        event = Event(f"edit {number}", EventKind.STORE_PROMO, day, day,
                      notes="n" * notes.randrange(4000), uuid=f"{PREFIX}{number}")
        task = Task(f"task {number}", "operations", day, event_uuid=event.uuid,
                    uuid=f"{PREFIX}task-{number}")
        store.write([Put(event), Put(task), Put(PlanSettings(price_lock_days=number % LOCK_DAYS))])
        os.write(reports, f"{number}\n".encode())


def held_edits(store: PlanStore) -> set[int]:
    """The numbers of the edits a plan holds (each one's event and task)."""
    events = {e.uuid for e in store.events()}
    tasks = {t.event_uuid for t in store.tasks()}
    return {int(u.removeprefix(PREFIX)) for u in events & tasks if u.startswith(PREFIX)}


class Writer:
    """A forked child writing edits (forked, not started: a Python start-up costs ~10×
    a round). Only this script forks, never a test process with Qt's threads."""

    def __init__(self, plan: Path) -> None:
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:
            try:
                os.close(read_end)
                write_edits(plan, write_end)
            finally:
                os._exit(1)  # only a failure gets here: SIGKILL ends a writer
        os.close(write_end)
        self._reports = os.fdopen(read_end)
        self._first = self._reports.readline()  # its first edit: it has the plan open
        if not self._first.strip().isdigit():
            raise RuntimeError("the writer wrote nothing")

    def kill(self) -> set[int]:
        """SIGKILL; the numbers of the edits it reported committed."""
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        with self._reports:
            return {int(line) for line in (self._first + self._reports.read()).split()}


@dataclass(frozen=True)
class Round:
    """What is known after a kill, counting every writer so far."""

    reported: frozenset[int]  # committed, as the writers said before they died
    in_flight: frozenset[int]  # each killed writer's next edit: it may have committed
    held: frozenset[int]  # what the plan holds
    journal_left: bool  # this writer was killed mid-transaction
    check_code: int  # ``ecplanner check``: 0 or 1 when the file is sound
    lock_days: int  # what the settings row holds

    @property
    def lost(self) -> set[int]:
        return set(self.reported - self.held)

    @property
    def sound(self) -> bool:
        """The file checks, holds no edit nobody wrote, and the last edit it holds wrote
        the settings row too: an edit is all or nothing."""
        return (self.check_code in (0, 1) and self.held <= self.reported | self.in_flight
                and self.lock_days == max(self.held, default=_UNSET) % LOCK_DAYS)


def soak(plan: Path, kills: int, seed: int, longest_s: float = 0.2) -> Iterator[Round]:
    """Creates ``plan`` and kills ``kills`` writers on it, each after a random time."""
    PlanStore.create(plan, PlanInfo(store_name="kill soak", year=2027)).close()
    chance = random.Random(seed)
    journal = plan.with_name(plan.name + "-journal")
    reported: frozenset[int] = frozenset()
    in_flight: frozenset[int] = frozenset()
    held: frozenset[int] = frozenset()
    for _ in range(kills):
        writer = Writer(plan)
        time.sleep(chance.uniform(0, longest_s))
        these = writer.kill()
        reported |= these
        in_flight |= {max(these | held) + 1}
        journal_left = journal.exists() and journal.stat().st_size > 0
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            check_code = run_cli(["check", str(plan)])
        store = PlanStore.open(plan)
        try:
            held, lock_days = frozenset(held_edits(store)), store.settings().price_lock_days
        finally:
            store.close()
        yield Round(reported, in_flight, held, journal_left, check_code, lock_days)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    tally = {"kills": 0, "edits": 0, "journals": 0, "lost": 0, "unsound": 0, "seed": args.seed}
    with tempfile.TemporaryDirectory(prefix="kill-soak-") as folder:
        for round_ in soak(Path(folder) / "soak.ecplan", args.kills, args.seed):
            tally["kills"] += 1
            tally["edits"] = len(round_.held)
            tally["journals"] += round_.journal_left
            tally["lost"] = len(round_.lost)
            tally["unsound"] += not round_.sound
            if round_.lost or not round_.sound:
                print(f"kill {tally['kills']}: lost {sorted(round_.lost)}, check exit "
                      f"{round_.check_code}, settings {round_.lock_days}, holds "
                      f"{sorted(round_.held - round_.reported)} unreported", file=sys.stderr)
    seconds = time.perf_counter() - started
    if args.json:
        print(json.dumps(tally | {"seconds": round(seconds, 1)}))
    else:
        print(f"{tally['kills']} SIGKILLs during {tally['edits']} committed edits "
              f"({tally['journals']} mid-transaction) in {seconds:.1f} s: "
              f"{tally['lost']} edits lost, {tally['unsound']} plans unsound "
              f"(seed {args.seed})")
    return 1 if tally["lost"] or tally["unsound"] else 0


if __name__ == "__main__":
    sys.exit(main())
