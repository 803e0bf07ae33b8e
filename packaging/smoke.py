"""Smoke test of the BUILT app: builds dist/ecplanner/ and uses it as a new user would.

    python3 packaging/smoke.py [--no-build]

In a fresh HOME: ``--version``, ``new --demo``, ``catalog --json`` in each language,
``check``, ``export --xlsx --ics --json --png``, a month of GBK daily data imported and its
``report`` (workbook and PDF), then the window, offscreen, on that plan:
every tab shown and saved as a picture, and the plan's warnings checked
(``--screenshots``). Exit codes, outputs and the log are checked; the desktop files are
installed into a temporary folder. It also times the built app's start-up (launch to the
window's first paint) against ``uv run ecplanner`` in the same run. The pictures are left
in build/smoke/. Python's standard library only: it runs outside the project's environment.
Linux only (the only system CI builds on); elsewhere it says so and passes.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_FOLDER = ROOT / "dist" / "ecplanner"
APP = APP_FOLDER / "ecplanner"
SHOTS = ROOT / "build" / "smoke"
TABS = ("overview", "calendar", "products", "inventory", "budget", "review")
TIMING_RUNS = 5


class SmokeFailure(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeFailure(what)


class Smoke:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.home = work / "home"
        self.home.mkdir()
        self.checks = 0
        keep = ("PATH", "LANG", "LC_ALL", "TMPDIR")
        self.env = {k: v for k, v in os.environ.items() if k in keep}
        self.env.update(HOME=str(self.home), QT_QPA_PLATFORM="offscreen")

    def run(self, *args: str, codes: tuple[int, ...] = (0,),
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([str(APP), *args], env=env or self.env, cwd=self.work,
                              capture_output=True, text=True, timeout=300)
        shown = " ".join(args)
        check(done.returncode in codes,
              f"`ecplanner {shown}` exited {done.returncode}: {done.stderr.strip()[-2000:]}")
        check("Traceback" not in done.stderr, f"`ecplanner {shown}` printed a traceback")
        self.checks += 1
        print(f"smoke: ok  ecplanner {shown}")
        return done

    def file(self, path: Path, test: Callable[[bytes], bool], what: str) -> None:
        check(path.is_file() and path.stat().st_size > 0, f"{path.name} was not written")
        check(test(path.read_bytes()), f"{path.name} is not {what}")
        self.checks += 1

    def commands(self) -> Path:
        done = self.run("--version")
        check(done.stdout.startswith("ecplanner "), f"--version printed {done.stdout!r}")
        plan = self.work / "素锦 2027.ecplan"
        self.run("new", str(plan), "--year", "2027", "--demo")
        for lang in ("zh", "ja", "en"):
            report = json.loads(self.run("catalog", "--year", "2027", "--lang", lang,
                                         "--json").stdout)
            markets = {day["market"] for day in report["holidays"]}
            check(markets == {"cn", "jp", "global"},
                  f"catalog --lang {lang} has the holidays of {sorted(markets)}")
        done = self.run("check", str(plan), codes=(0, 1))
        check("the file is sound" in done.stdout, "check did not find the file sound")
        out = self.work / "out"
        self.run("export", str(plan), "--xlsx", f"{out}.xlsx", "--ics", f"{out}.ics",
                 "--json", f"{out}.json", "--png", f"{out}.png")
        self.file(Path(f"{out}.xlsx"), lambda b: b.startswith(b"PK"), "a workbook")
        self.file(Path(f"{out}.ics"), lambda b: b.startswith(b"BEGIN:VCALENDAR"), "iCalendar")
        self.file(Path(f"{out}.json"), lambda b: bool(json.loads(b)["events"]), "the plan")
        self.file(Path(f"{out}.png"), lambda b: b.startswith(b"\x89PNG"), "a PNG image")
        self.review(plan)
        return plan

    def review(self, plan: Path) -> None:
        """A month of 生意参谋-style daily data (GBK, title lines above the header) imported
        from the command line, then that month's report."""
        days = "".join(f"2027-06-{d:02d},\"12,{300 + d}\",410,\"1{d:02d},520.00\"\n"
                       for d in range(1, 31))
        export = self.work / "生意参谋 2027-06.csv"
        export.write_bytes(("素锦女装天猫旗舰店\n统计时间 2027-06-01~2027-06-30\n"
                            "统计日期,访客数,支付买家数,支付金额\n" + days).encode("gbk"))
        done = self.run("import", str(plan), "--actuals", str(export))
        check("30 new" in done.stdout, f"import --actuals said {done.stdout!r}")
        report = self.work / "june"
        self.run("report", str(plan), "--month", "2027-06", "--xlsx", f"{report}.xlsx",
                 "--pdf", f"{report}.pdf")
        self.file(Path(f"{report}.xlsx"), lambda b: b.startswith(b"PK"), "a workbook")
        self.file(Path(f"{report}.pdf"), lambda b: b.startswith(b"%PDF"), "a PDF")

    def window(self, plan: Path, language: str) -> None:
        shots = SHOTS / language
        shutil.rmtree(shots, ignore_errors=True)
        env = {**self.env, "LANG": f"{language}.UTF-8", "LANGUAGE": language}
        done = self.run(str(plan), "--screenshots", str(shots), env=env)
        check("first paint" in done.stdout, "the window did not report its first paint")
        names = [f"{n}-{key}.png" for n, key in enumerate(TABS, start=1)]
        names.append(f"{len(TABS) + 1}-about.png")
        for name in names:
            self.file(shots / name, lambda b: b.startswith(b"\x89PNG"), "a PNG image")
        self.log_has_no_errors()

    def log_has_no_errors(self) -> None:
        log = self.home / ".local" / "state" / "ecplanner" / "log" / "ecplanner.log"
        records = log.read_text("utf-8").split("\n20") if log.exists() else []
        errors = [r for r in records if " ERROR " in r]
        check(not errors, "the log has errors:\n" + "\n".join(errors)[-3000:])
        self.checks += 1

    def desktop_files(self) -> None:
        share = self.work / "share"
        env = {**self.env, "XDG_DATA_HOME": str(share),
               "XDG_CONFIG_HOME": str(self.work / "config")}
        subprocess.run(["bash", str(APP_FOLDER / "install-desktop.sh")], env=env, check=True,
                       capture_output=True, timeout=120)
        entry = (share / "applications" / "ecplanner.desktop").read_text("utf-8")
        check(f'Exec="{APP}" %f' in entry, "the desktop entry does not start the built app")
        check((share / "mime" / "packages" / "ecplanner.xml").is_file(), "no MIME type")
        check((share / "icons/hicolor/48x48/apps/ecplanner.png").is_file(), "no icon")
        self.checks += 1
        print("smoke: ok  install-desktop.sh")


def first_paint(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from launch until ``command`` prints ``first paint``; the window is then
    closed. Fails after a minute, with what the program said.

    The program runs in a process group of its own, killed whole: ``uv run`` starts
    ecplanner as its child, which would outlive uv and keep the plan open."""
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE,
                                   stderr=errors, text=True, start_new_session=True)
        assert process.stdout is not None
        try:
            while select.select([process.stdout], [], [], 60)[0]:
                line = process.stdout.readline()
                if line.strip() == "first paint":
                    return time.perf_counter() - start
                if not line:
                    break
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        errors.seek(0)
        raise SmokeFailure(f"{command[0]} did not paint its window: {errors.read()[-2000:]}")


def startup_ratio(smoke: Smoke, plan: Path) -> str:
    """The built app's start-up against ``uv run ecplanner``, alternating, medians."""
    uv = shutil.which("uv")
    if uv is None:
        return "start-up: uv is not here to compare with"
    shots = str(smoke.work / "timing")
    env = {**smoke.env, "PATH": os.environ["PATH"]}
    built: list[float] = []
    dev: list[float] = []
    for _ in range(TIMING_RUNS):
        built.append(first_paint([str(APP), str(plan), "--screenshots", shots], env, ROOT))
        dev.append(first_paint([uv, "run", "--quiet", "ecplanner", str(plan), "--screenshots",
                                shots], env, ROOT))
    b, d = statistics.median(built), statistics.median(dev)
    return (f"start-up to first paint, median of {TIMING_RUNS}: built app {b:.2f} s, "
            f"uv run ecplanner {d:.2f} s, ratio {b / d:.2f}")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        print("smoke: skipped: the built app is checked on Linux only (see packaging/README.md)")
        return 0
    if "--no-build" not in argv:
        started = time.monotonic()
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True)
        print(f"smoke: build took {time.monotonic() - started:.0f} s")
    check(APP.is_file(), f"{APP} is missing: build it first")
    # GNU readline (GPL-3.0) came along with Python's readline module in the first build.
    gpl = [p.name for p in APP_FOLDER.rglob("libreadline*")]
    check(not gpl, f"GPL libraries in the app: {gpl}")
    archives = sorted((ROOT / "dist").glob("ecplanner-linux-*.tar.gz"))
    print(f"smoke: app folder {folder_size(APP_FOLDER) / 2**20:.0f} MiB"
          + "".join(f", {a.name} {a.stat().st_size / 2**20:.0f} MiB" for a in archives))
    with tempfile.TemporaryDirectory(prefix="ecplanner-smoke-") as tmp:
        smoke = Smoke(Path(tmp))
        try:
            plan = smoke.commands()
            smoke.window(plan, "en_US")
            smoke.window(plan, "zh_CN")
            smoke.desktop_files()
            print(f"smoke: {startup_ratio(smoke, plan)}")
        except SmokeFailure as failure:
            print(f"smoke: FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke: all {smoke.checks} checks of the built app passed; pictures in {SHOTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
