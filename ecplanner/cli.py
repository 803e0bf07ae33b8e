"""The command line: opens the window, or runs new / info / catalog / export / import / check
/ report.

User errors are one line on stderr and a non-zero exit code, never a traceback:
0 success, 1 ``check`` found warnings, 2 usage error (an argument that is wrong whatever
the files hold), 3 a file or data that cannot be read or is refused: a plan file refused
(``PlanFileError``, also while its rows are read: a ``DAMAGED`` refusal names the table,
row and value), an import refused, a write the plan file did not take (``PlanWriteError``:
a full disk); 4 ecplanner itself failed (the line says with what; the log has the
traceback). Only those refusals are caught: any other error is ecplanner's own, so exit 4.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ecplanner import __version__
from ecplanner.domain.model import AdChannel

if TYPE_CHECKING:
    from ecplanner.store.plan_store import PlanStore

EXIT_OK, EXIT_WARNINGS, EXIT_USAGE, EXIT_REFUSED, EXIT_FAILED = 0, 1, 2, 3, 4
COMMANDS = ("new", "info", "catalog", "check", "export", "import", "report")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ecplanner",
        description="Plan an online store's year. Without a command, opens the window. "
                    f"Commands: {', '.join(COMMANDS)} (see 'ecplanner COMMAND --help').")
    parser.add_argument("plan", nargs="?", type=Path, help="the plan file to open")
    parser.add_argument("--version", action="version", version=f"ecplanner {__version__}")
    parser.add_argument("--screenshots", type=Path, metavar="FOLDER",
                        help="show each tab, save a picture of it into FOLDER and quit: "
                             "exit 0 when the plan's warnings were checked (packaging/smoke.sh)")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ecplanner")
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", help="create a new plan file")
    new.add_argument("plan", type=Path)
    new.add_argument("--year", type=int, required=True)
    new.add_argument("--store", default="")
    new.add_argument("--market", choices=("cn", "jp", "global"), default="cn")
    new.add_argument("--demo", action="store_true", help="fill it with the demo content")
    info = sub.add_parser("info", help="what a plan holds")
    info.add_argument("plan", type=Path)
    info.add_argument("--json", action="store_true")
    check = sub.add_parser("check", help="check a plan file and list the plan's warnings "
                           "(exit 1 when there are warnings)")
    check.add_argument("plan", type=Path)
    check.add_argument("--json", action="store_true")
    export = sub.add_parser("export", help="write the plan as a workbook, calendar, JSON "
                            "or calendar image")
    export.add_argument("plan", type=Path)
    export.add_argument("--xlsx", type=Path, help="the team workbook")
    export.add_argument("--ics", type=Path, help="events, phases and deadlines as iCalendar")
    export.add_argument("--json", type=Path, help="the whole plan as data (docs/json-format.md)")
    export.add_argument("--png", type=Path, help="the calendar as an image (.png, or .pdf)")
    export.add_argument("--view", default="year", help="for --png: year, or a month as YYYY-MM")
    export.add_argument("--lang", choices=("zh", "ja", "en"),
                        help="for --png: the picture's language (default: the plan's)")
    imp = sub.add_parser("import", help="bring in a workbook or JSON file edited by the team, "
                         "the platform's daily exports (--actuals), ad reports (--ads), product "
                         "reports (--products) or last year's plan (--history)")
    imp.add_argument("plan", type=Path)
    imp.add_argument("--xlsx", type=Path)
    imp.add_argument("--json", type=Path)
    imp.add_argument("--actuals", type=Path, nargs="+", metavar="FILE",
                     help="daily exports (CSV/TSV/.xlsx); a day already stored is replaced")
    imp.add_argument("--ads", type=Path, nargs="+", metavar="FILE",
                     help="paid channels' ad reports (直通车, 万相台, 引力魔方…: date, spend, "
                     "clicks, GMV or ROI); a channel's day already stored is replaced")
    imp.add_argument("--channel", choices=[c.value for c in AdChannel],
                     help="for --ads: the channel the reports are for (default: the one each "
                     "report names in its title or file name)")
    imp.add_argument("--products", type=Path, nargs="+", metavar="FILE",
                     help="product reports (生意参谋 商品效果 and the like: code, date, "
                          "visitors, units, sales) matched to the plan's products by code; "
                          "a product's day already stored is replaced")
    imp.add_argument("--history", type=Path, metavar="LAST.ecplan",
                     help="last year's plan file: its daily actuals and its events, for the "
                          "seasonality")
    imp.add_argument("--dry-run", action="store_true", help="list the changes, write nothing")
    report = sub.add_parser("report", help="the weekly or monthly report (周报/月报) as a "
                            "workbook, a PDF or both")
    report.add_argument("plan", type=Path)
    period = report.add_mutually_exclusive_group(required=True)
    period.add_argument("--week", metavar="YYYY-Www", help="an ISO week, e.g. 2027-W23")
    period.add_argument("--month", metavar="YYYY-MM", help="a month, e.g. 2027-06")
    report.add_argument("--xlsx", type=Path, help="the workbook to write")
    report.add_argument("--pdf", type=Path, help="the summary as a PDF")
    catalog = sub.add_parser("catalog", help="the computed platform events and holidays")
    catalog.add_argument("--year", type=int, required=True)
    catalog.add_argument("--market", choices=("cn", "jp", "global"), action="append")
    catalog.add_argument("--platform")
    catalog.add_argument("--lang", choices=("zh", "ja", "en"), default="zh")
    catalog.add_argument("--json", action="store_true")
    return parser


def _fail(message: str, code: int) -> int:
    print(f"ecplanner: {message}", file=sys.stderr)
    return code


def _failed(command: str, error: Exception) -> int:
    """A failure that is not the user's: named as what it is, its traceback in the log."""
    from ecplanner.logs import setup_logging

    log_file = setup_logging()
    logging.getLogger("ecplanner").error("%s failed", command, exc_info=error)
    return _fail(f"{command} failed: {type(error).__name__}: {error} "
                 f"(the details are in {log_file})", EXIT_FAILED)


def _about_writing(error: OSError, outputs: list[Path]) -> bool:
    """Whether ``error`` is about writing one of ``outputs``: it names one, or a file beside
    it with its name in it (the temporary file), or no file (a full disk). A data file a
    library misses is not: ``holidays`` raises ``FileNotFoundError`` naming a country."""
    if error.filename is None:
        return True
    named = Path(os.fsdecode(error.filename)).resolve()
    return any(named == out.resolve() or (named.parent == out.resolve().parent
                                          and out.name in named.name) for out in outputs)


# Each command imports what it needs as it runs: the store (with SQLAlchemy) and the
# exchange code take ~250 ms to import, which --version, --help and catalog do without.


def _cmd_new(args: argparse.Namespace) -> int:
    from ecplanner import plans
    from ecplanner.domain import demo
    from ecplanner.domain.model import PlanInfo
    from ecplanner.domain.validation import validate_plan_info
    from ecplanner.domain.value_rules import MAX_TEXT
    from ecplanner.store.errors import PlanFileError

    markets = {"cn": ("tmall", "taobao"), "jp": ("rakuten", "amazon_jp"), "global": ("amazon",)}
    currency = {"cn": "CNY", "jp": "JPY", "global": "USD"}[args.market]
    locale = {"cn": "zh_CN", "jp": "ja_JP", "global": "en_US"}[args.market]
    plan: Path = args.plan  # "2027计划" is 2027计划.ecplan, as the Save dialog makes it
    if plan.suffix != ".ecplan":
        plan = plan.with_name(plan.name + ".ecplan")
    if args.demo:
        info = demo.demo_info(args.year)
        if args.market not in info.markets:  # the demo is a Tmall store in China
            return _fail(f"there is no demo for --market {args.market}; markets with a demo: "
                         f"{', '.join(info.markets)}", EXIT_USAGE)
    else:
        info = PlanInfo(store_name=args.store or plan.stem, year=args.year,
                        markets=(args.market,), platforms=markets[args.market],
                        currency=currency, locale=locale)
    if args.store:
        info = replace(info, store_name=args.store)
    if not 2000 <= args.year <= 2100:
        return _fail(f"--year {args.year} is not a year between 2000 and 2100", EXIT_USAGE)
    if any(p.field == "store_name" for p in validate_plan_info(info)):
        return _fail(f"--store is not a store name ecplanner takes (valid text of at most "
                     f"{MAX_TEXT:,} characters)", EXIT_USAGE)
    try:
        plans.create_plan(plan, info, with_demo=args.demo).close()
    except PlanFileError as error:
        return _fail(str(error), EXIT_REFUSED)
    print(f"created {plan}")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from ecplanner.store.errors import PlanFileError
    from ecplanner.store.reader import read_summary

    try:
        summary = read_summary(args.plan)
    except PlanFileError as error:
        return _fail(str(error), EXIT_REFUSED)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        for key, value in summary.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            print(f"{key:>16}: {shown}")
    return EXIT_OK


def _cmd_catalog(args: argparse.Namespace) -> int:
    from ecplanner.catalog_report import catalog_report, catalog_text

    if not 1990 <= args.year <= 2100:
        return _fail(f"--year {args.year} is outside the years the calendars cover", EXIT_USAGE)
    report = catalog_report(args.year, args.market or ["cn", "jp", "global"], args.platform,
                            args.lang)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json
          else catalog_text(report))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from ecplanner.domain.clearance.reforecast import sold_days
    from ecplanner.domain.findings import LIST_PARAMS
    from ecplanner.domain.plan_warnings import plan_findings
    from ecplanner.store.errors import PlanFileError
    from ecplanner.store.reader import open_read_only

    try:
        store = open_read_only(args.plan)
    except PlanFileError as error:
        return _fail(str(error), EXIT_REFUSED)
    try:
        store.verify()  # deeper than opening: indexes too, and every stored value
        info, events, products = store.info(), store.events(), store.products()
        findings = plan_findings(info, events, products, store.stock_plans(), date.today(),
                                 store.settings(), sold_days(store.product_units()))
    finally:
        store.close()
    names = {e.uuid: e.title for e in events} | {p.uuid: f"{p.code} {p.name}" for p in products}
    rows: list[dict[str, Any]] = [{"severity": f.severity.value, "code": f.code,
             "subject": names.get(f.subject, f.subject),
             "day": f.day.isoformat() if f.day else None,
             "params": {k: [names.get(u, u) for u in v.split()] if k in LIST_PARAMS
                        else names.get(v, v) for k, v in f.params}} for f in findings]
    if args.json:
        print(json.dumps({"file": str(args.plan), "warnings": rows}, ensure_ascii=False,
                         indent=2))
    else:
        print(f"{args.plan}: the file is sound; {len(rows)} warning(s)")
        for row in rows:
            extra = ", ".join(f"{k}={'; '.join(v) if isinstance(v, list) else v}"
                              for k, v in row["params"].items())
            print(f"  {row['day'] or '':10}  {row['code']:<32} {row['subject']}"
                  + (f"  ({extra})" if extra else ""))
    return EXIT_WARNINGS if rows else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from ecplanner.store.errors import PlanFileError
    from ecplanner.store.reader import open_read_only

    if not any((args.xlsx, args.ics, args.json, args.png)):
        return _fail("export needs at least one of --xlsx, --ics, --json, --png", EXIT_USAGE)
    if args.png:
        from ecplanner.ui.calendar.export_image import parse_view

        try:
            parse_view(args.view)
        except ValueError as error:
            return _fail(f"--view: {error}", EXIT_USAGE)
    try:
        store = open_read_only(args.plan)  # an export never writes the plan
    except PlanFileError as error:
        return _fail(str(error), EXIT_REFUSED)
    try:
        if args.xlsx or args.ics or args.json:
            from ecplanner.exchange.cli_commands import export_plan

            export_plan(store, xlsx=args.xlsx, ics=args.ics, json=args.json)
        if args.png:
            from ecplanner.ui.calendar.export_image import render_calendar_image

            render_calendar_image(store, args.png, args.view, language=args.lang)
    except OSError as error:
        if not _about_writing(error, [p for p in (args.xlsx, args.ics, args.json, args.png) if p]):
            raise
        return _fail(f"cannot write: {error}", EXIT_REFUSED)
    finally:
        store.close()
    for path in (args.xlsx, args.ics, args.json, args.png):
        if path:
            print(f"wrote {path}")
    return EXIT_OK


def _cmd_import(args: argparse.Namespace) -> int:
    from ecplanner import plans
    from ecplanner.exchange.cli_commands import import_plan, result_lines
    from ecplanner.store.errors import PlanFileError, PlanWriteError

    given = (args.xlsx, args.json, args.actuals, args.ads, args.products, args.history)
    if sum(1 for g in given if g) != 1:
        return _fail("import needs exactly one of --xlsx, --json, --actuals, --ads, --products "
                     "or --history", EXIT_USAGE)
    if args.channel and not args.ads:
        return _fail("--channel goes with --ads", EXIT_USAGE)
    for source in (args.xlsx, args.json, args.history, *(args.actuals or ()),
                   *(args.ads or ()), *(args.products or ())):
        if source is not None and not source.exists():
            return _fail(f"{source}: there is no such file", EXIT_REFUSED)
    try:
        store = plans.open_plan(args.plan, to_write=not args.dry_run)
    except PlanFileError as error:
        return _fail(str(error), EXIT_REFUSED)
    if args.actuals or args.ads:
        return _import_days(store, args)
    if args.products:
        return _import_products(store, args)
    if args.history:
        return _import_history(store, args)
    try:
        result = import_plan(store, xlsx=args.xlsx, json=args.json, dry_run=args.dry_run)
    except PlanWriteError as error:
        return _fail(f"{args.plan}: the import could not be written ({error.reason}); the "
                     "plan is unchanged", EXIT_REFUSED)
    finally:
        store.close()
    for line in result_lines(result):
        print(line, file=sys.stdout if result.ok else sys.stderr)
    if not result.ok:
        return EXIT_REFUSED
    print("dry run: nothing was written" if args.dry_run else
          "applied" if result.applied else "nothing to change")
    return EXIT_OK


def _import_days(store: PlanStore, args: argparse.Namespace) -> int:
    """``import --actuals`` or ``--ads``: every file read, then all their days stored, or
    none."""
    from ecplanner.exchange.actuals.into_plan import (
        actuals_lines,
        ads_lines,
        import_actuals,
        import_ads,
    )
    from ecplanner.store.errors import PlanWriteError

    try:
        if args.ads:
            channel = AdChannel(args.channel) if args.channel else None
            ads = import_ads(store, args.ads, channel, dry_run=args.dry_run)
            ok, applied, lines = ads.ok, ads.applied, ads_lines(ads)
        else:
            days = import_actuals(store, args.actuals, dry_run=args.dry_run)
            ok, applied, lines = days.ok, days.applied, actuals_lines(days)
    except PlanWriteError as error:
        return _fail(f"{args.plan}: the import could not be written ({error.reason}); the "
                     "plan is unchanged", EXIT_REFUSED)
    finally:
        store.close()
    for line in lines:
        print(line, file=sys.stdout if ok else sys.stderr)
    if not ok:
        return _fail("nothing was imported", EXIT_REFUSED)
    print("dry run: nothing was written" if args.dry_run else
          "applied" if applied else "nothing to change")
    return EXIT_OK


def _import_products(store: PlanStore, args: argparse.Namespace) -> int:
    """``import --products``: every file read and every code matched, then all the
    products' days stored, or none."""
    from ecplanner.exchange.actuals.product_import import import_products, products_lines
    from ecplanner.store.errors import PlanWriteError

    try:
        result = import_products(store, args.products, dry_run=args.dry_run)
    except PlanWriteError as error:
        return _fail(f"{args.plan}: the import could not be written ({error.reason}); the "
                     "plan is unchanged", EXIT_REFUSED)
    finally:
        store.close()
    for line in products_lines(result):
        print(line, file=sys.stdout if result.ok else sys.stderr)
    if not result.ok:
        return _fail("nothing was imported", EXIT_REFUSED)
    print("dry run: nothing was written" if args.dry_run else
          "applied" if result.applied else "nothing to change")
    return EXIT_OK


def _import_history(store: PlanStore, args: argparse.Namespace) -> int:
    """``import --history``: last year's days and events stored together, or nothing."""
    from ecplanner.exchange.history import history_lines, import_history
    from ecplanner.store.errors import PlanWriteError

    try:
        year = store.info().year
        result = import_history(store, args.history, dry_run=args.dry_run)
    except PlanWriteError as error:
        return _fail(f"{args.plan}: the import could not be written ({error.reason}); the "
                     "plan is unchanged", EXIT_REFUSED)
    finally:
        store.close()
    for line in history_lines(result, year):
        print(line, file=sys.stdout if result.ok else sys.stderr)
    if not result.ok:
        return _fail("nothing was imported", EXIT_REFUSED)
    print("dry run: nothing was written" if args.dry_run else "applied")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from ecplanner.domain.review.periods import PeriodKind, parse_period
    from ecplanner.store.errors import PlanFileError
    from ecplanner.store.reader import open_read_only

    kind, text = (PeriodKind.WEEK, args.week) if args.week else (PeriodKind.MONTH, args.month)
    try:
        period = parse_period(text, kind)
    except ValueError as error:
        return _fail(f"--{kind.value}: {error}", EXIT_USAGE)
    outputs = [p for p in (args.xlsx, args.pdf) if p]
    if not outputs:
        return _fail("report needs --xlsx, --pdf or both", EXIT_USAGE)
    try:
        store = open_read_only(args.plan)  # a report never writes the plan
    except PlanFileError as error:
        return _fail(str(error), EXIT_REFUSED)
    try:
        from ecplanner.exchange.plan_snapshot import read_snapshot
        from ecplanner.exchange.report.data import report_data
        from ecplanner.exchange.report.workbook import write_report

        data = report_data(read_snapshot(store), period)
        if args.xlsx:
            write_report(data, args.xlsx)
        if args.pdf:
            from ecplanner.ui.review.pdf import write_pdf  # Qt: only when a PDF is asked for

            write_pdf(data, args.pdf)
    except OSError as error:
        if not _about_writing(error, outputs):
            raise
        return _fail(f"cannot write: {error}", EXIT_REFUSED)
    finally:
        store.close()
    for path in outputs:
        print(f"wrote {path}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in COMMANDS:
        try:
            args = _command_parser().parse_args(args_list)
        except SystemExit as exit_:
            return int(exit_.code or 0)
        handler = {"new": _cmd_new, "info": _cmd_info, "catalog": _cmd_catalog,
                   "check": _cmd_check, "export": _cmd_export,
                   "import": _cmd_import, "report": _cmd_report}[args.command]
        from ecplanner.store.errors import PlanFileError

        try:
            return handler(args)
        except PlanFileError as error:  # a plan found damaged while it was being read
            return _fail(str(error), EXIT_REFUSED)
        except Exception as error:
            return _failed(args.command, error)
    try:
        gui_args = _gui_parser().parse_args(args_list)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if gui_args.plan is not None and not gui_args.plan.exists():
        return _fail(f"{gui_args.plan}: there is no such file", EXIT_REFUSED)
    # The store, with SQLAlchemy, loads before PySide6, whose import hook would otherwise
    # see each of their modules: ~55 ms of start-up (measured, either order 6 times).
    from ecplanner import plans  # noqa: F401

    # The commands run without Qt's GUI libraries; the window needs them, and when they
    # cannot load Qt aborts with a dozen lines: say what is missing first, in one.
    from ecplanner.ui.xcb_check import xcb_problem

    problem = xcb_problem(os.environ)
    if problem is not None:
        print(f"ecplanner: {problem}", file=sys.stderr)
        return 4
    from ecplanner.app import run_gui

    return run_gui(gui_args.plan, gui_args.screenshots)
