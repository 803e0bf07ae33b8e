"""Read a 200 MB daily export with the actuals reader, against csv.reader over the same file.

Run: ``uv run python tests/perf/bench_actuals.py [MB]``. Two files of that size are written
to a temporary folder (deleted after):

- long: a 生意参谋 daily export (a title line; 11 columns with thousands separators and
  percentages as text), about 2.5 million lines. Its days run from 2000-01-01 to 2100-12-31
  and then repeat, so the reader refuses the repeats (listing the first 100 and counting all):
  every line is still read and checked.
- wide: one line per day of 2000–2100 (36,890 days, all kept), each with as many more columns
  the import does not use as it takes to reach the size.

Each read runs in a fresh process, which reports its time and its peak memory (``ru_maxrss``).
The floor, in the same run and the same way: a process that imports the reader, then counts
the file's rows with a bare ``csv.reader``. Goal (issue #17): the reader's process peaks
under 200 MB on a 200 MB file (the reader before it held the whole file: 3.5 GB); exits 1
when it does not.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

GOAL_MB = 200
DAYS = (date(2100, 12, 31) - date(2000, 1, 1)).days + 1

_CHILD = """
import csv, json, resource, sys, time
from pathlib import Path
from ecplanner.exchange.actuals.parse import parse_actuals
path = Path(sys.argv[2])
started = time.perf_counter()
if sys.argv[1] == "floor":
    with path.open(encoding="utf-8", newline="") as text:
        outcome = f"{sum(1 for _ in csv.reader(text)):,} rows"
else:
    result = parse_actuals(path)
    outcome = (f"{len(result.rows):,} days kept, {result.error_count:,} problems, "
               f"{result.data_rows:,} rows read")
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
print(json.dumps({"seconds": seconds, "peak": peak, "outcome": outcome}))
"""


def write_long(path: Path, size: int) -> None:
    start = date(2000, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("生意参谋 | 店铺整体 | 日报\n统计日期,访客数,支付买家数,支付转化率,客单价,"
                  "支付金额,支付子订单数,推广花费,成功退款金额,浏览量,加购人数\n")
        i = 0
        while out.tell() < size:
            lines = []
            for _ in range(10_000):
                day = start + timedelta(days=i % DAYS)
                lines.append(f'{day},"{10_000 + i % 5_000:,}",{300 + i % 50},3.{i % 100:02}%,'
                             f'234.50,"{70_000 + i % 999:,}.00",{320 + i % 40},"1,000",100.5,'
                             f'"{50_000 + i % 77:,}",{800 + i % 9}\n')
                i += 1
            out.write("".join(lines))


def write_wide(path: Path, size: int) -> None:
    start = date(2000, 1, 1)
    extra = max(size // DAYS // 9, 1)  # columns of "12345.67"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("统计日期,访客数,支付金额," + ",".join(f"指标{n}" for n in range(extra)) + "\n")
        filler = ",".join(["12345.67"] * extra)
        for i in range(DAYS):
            out.write(f"{start + timedelta(days=i)},{1_000 + i},{i}.5,{filler}\n")


def run(kind: str, path: Path) -> dict[str, float | str]:
    done = subprocess.run([sys.executable, "-c", _CHILD, kind, str(path)], check=True,
                          capture_output=True, text=True)
    found: dict[str, float | str] = json.loads(done.stdout.splitlines()[-1])
    return found


def main() -> int:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, write in (("long", write_long), ("wide", write_wide)):
            path = Path(folder) / f"{name}.csv"
            write(path, megabytes * 1_000_000)
            size = path.stat().st_size / 1e6
            floor, ours = run("floor", path), run("reader", path)
            path.unlink()
            f_time, o_time = float(floor["seconds"]), float(ours["seconds"])
            f_peak, o_peak = float(floor["peak"]), float(ours["peak"])
            worst = max(worst, o_peak)
            print(f"{name}: {size:,.0f} MB — {ours['outcome']}")
            print(f"  floor (csv.reader counting rows): {f_time:6.1f} s, peak {f_peak:5.0f} MB"
                  f"  ({floor['outcome']})")
            print(f"  reader:                           {o_time:6.1f} s, peak {o_peak:5.0f} MB")
            print(f"  ratio: time {o_time / f_time:.1f}×, peak {o_peak / f_peak:.2f}× "
                  f"(+{o_peak - f_peak:.0f} MB over the floor's process)")
    print(f"goal: the reader's process peaks under {GOAL_MB} MB on a {megabytes} MB file")
    return 0 if worst < GOAL_MB else 1


if __name__ == "__main__":
    sys.exit(main())
