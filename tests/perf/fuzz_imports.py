"""Fuzz the imports at length: many more mutants of an exported JSON file and workbook
than the test suite runs (``tests/exchange/test_import_fuzz.py``), through the same
property (``tests/exchange/fuzz_mutants.py``).

Run: ``uv run python tests/perf/fuzz_imports.py [--json 2000] [--xlsx 800] [--seed N]``.
Prints, for each kind, how many mutants were applied whole (the plan still exporting),
imported with nothing to change, and refused, how many broke the property (failures),
and the first failures; exits 1 if any did. Without ``--seed`` the run is random.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # for ``tests.exchange``

from tests.exchange.fuzz_mutants import Harness, fuzz


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=int, default=2000, help="JSON mutants")
    parser.add_argument("--xlsx", type=int, default=800, help="workbook mutants")
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    at = random.randrange(1 << 32) if args.seed is None else args.seed
    warnings.simplefilter("error")  # as the test suite runs
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        harness = Harness(Path(folder))
        print(f"seed {at}")
        print(f"{'kind':<6}{'mutants':>9}{'applied':>9}{'unchanged':>11}{'refused':>9}"
              f"{'failures':>10}{'seconds':>9}")
        try:
            for kind, examples in (("json", args.json), ("xlsx", args.xlsx)):
                if examples <= 0:
                    continue
                start = time.perf_counter()
                tally = fuzz(harness, kind, examples, at=at)
                seconds = time.perf_counter() - start
                total = tally.applied + tally.unchanged + tally.refused + len(tally.failures)
                print(f"{kind:<6}{total:>9}{tally.applied:>9}{tally.unchanged:>11}"
                      f"{tally.refused:>9}{len(tally.failures):>10}{seconds:>9.1f}")
                for failure, count in Counter(tally.failures).most_common(10):
                    print(f"    {count} × {failure}")
                failed += len(tally.failures)
        finally:
            harness.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
