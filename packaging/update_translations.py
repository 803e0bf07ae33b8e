"""Refreshes resources/translations/ from the code: lupdate, then lrelease.

    uv run python packaging/update_translations.py

lupdate reads every ``ecplanner/**/*.py`` that translates and merges its English strings into
``ecplanner_zh_CN.ts`` and ``ecplanner_ja_JP.ts``: translations already there are kept, new
strings arrive unfinished, strings the code no longer has are dropped. lrelease then compiles
each .ts into the .qm the app loads. Translate the unfinished entries (Qt Linguist, or by
hand), then run this again so the .qm files follow.

lupdate only sees ``self.tr("…")`` and ``translate("Context", "…")`` written out. Many modules
translate through a one-line helper instead::

    def _tr(text: str) -> str:
        return QCoreApplication.translate("Labels", text)

so lupdate is given a copy of each module in which every call of such a helper with a literal
text is written out as ``QCoreApplication.translate("Labels", …)`` on the same line; the .ts
locations still point at the real lines. A helper passing a count on
(``translate(context, text, None, n)``) gets it written out too; lupdate reads such a call as
a plain message (it takes the fourth argument for an encoding), which is all Chinese and
Japanese need: one form, ``%n`` replaced at run time.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "ja_JP")
PLURALS_ONLY = "en"
"""English needs a file too, for its plural forms only ("1 day" / "27 days" from
``translate(context, "%n day(s)", "", n)``); it is also the fallback for languages
ecplanner has no words for."""
_TRANSLATES = re.compile(r"\btr\(|\btranslate\(|\bQT_TRANSLATE_NOOP\(|\bQT_TR_NOOP\(")


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"ecplanner_{language}.ts"


def qm_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"ecplanner_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease`` beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: run this with the project's environment (uv run)")
    return found


def translating_modules(root: Path = ROOT) -> list[Path]:
    """The modules under ``root/ecplanner`` that call a translation function, relative to root."""
    return sorted(path.relative_to(root) for path in (root / "ecplanner").rglob("*.py")
                  if _TRANSLATES.search(path.read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Helper:
    """A module-level ``def name(text[, n])`` returning ``translate(context, text[, None, n])``."""

    context: str
    counted: bool


def _call_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _helper(function: ast.FunctionDef) -> Helper | None:
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # a docstring
    if len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    params = [a.arg for a in function.args.args]
    if not (isinstance(call, ast.Call) and _call_name(call.func) == "translate" and params
            and len(call.args) in (2, 4) and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)):
        return None
    names = [a.id if isinstance(a, ast.Name) else None for a in call.args[1:]]
    if len(call.args) == 2 and names == [params[0]]:
        return Helper(call.args[0].value, counted=False)
    if (len(params) >= 2 and names == [params[0], None, params[1]]
            and isinstance(call.args[2], ast.Constant) and call.args[2].value is None):
        return Helper(call.args[0].value, counted=True)
    return None


def helpers(tree: ast.Module) -> dict[str, Helper]:
    """The module's translation helpers by function name."""
    found: dict[str, Helper] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            helper = _helper(node)
            if helper is not None:
                found[node.name] = helper
    return found


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def spelled_out(source: str) -> str:
    """``source`` with each helper call on a literal text written as a ``translate`` call.

    Only text is inserted and replaced within lines, so every line keeps its number."""
    tree = ast.parse(source)
    found = helpers(tree)
    if not found:
        return source
    edits: list[tuple[int, int, int, bytes]] = []  # line, start, end (UTF-8 columns), new bytes
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in found and node.args and _is_text(node.args[0])):
            continue
        helper = found[node.func.id]
        func, text = node.func, node.args[0]
        edits.append((func.lineno, func.col_offset, func.end_col_offset or func.col_offset,
                      b"QCoreApplication.translate"))
        edits.append((text.lineno, text.col_offset, text.col_offset,
                      f'"{helper.context}", '.encode()))
        if helper.counted and len(node.args) > 1:
            count = node.args[1]
            edits.append((count.lineno, count.col_offset, count.col_offset, b"None, "))
    lines = source.encode("utf-8").splitlines(keepends=True)
    for line, start, end, new in sorted(edits, reverse=True):
        text_line = lines[line - 1]
        lines[line - 1] = text_line[:start] + new + text_line[end:]
    return b"".join(lines).decode("utf-8")


def lupdate(ts_files: list[Path], root: Path = ROOT, plural_only: bool = False) -> None:
    """Merges the strings of ``root``'s code into ``ts_files`` (created when missing).

    Each file's language comes from its name (``…_zh_CN.ts``). lupdate runs on a staged copy
    laid out like the project (``ecplanner/``, ``resources/translations/``), so the locations
    it writes are the same as for the real tree."""
    with tempfile.TemporaryDirectory(prefix="ecplanner-lupdate-") as tmp:
        staging = Path(tmp)
        modules = translating_modules(root)
        for module in modules:
            target = staging / module
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(spelled_out((root / module).read_text(encoding="utf-8")),
                              encoding="utf-8")
        staged_ts = [staging / "resources" / "translations" / ts.name for ts in ts_files]
        staged_ts[0].parent.mkdir(parents=True, exist_ok=True)
        for ts, staged in zip(ts_files, staged_ts, strict=True):
            if ts.exists():
                shutil.copyfile(ts, staged)
        subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                        *(["-pluralonly"] if plural_only else []),
                        "-source-language", "en", "-locations", "absolute",
                        *(str(m) for m in modules),
                        "-ts", *(str(s.relative_to(staging)) for s in staged_ts)],
                       cwd=staging, check=True)
        for ts, staged in zip(ts_files, staged_ts, strict=True):
            ts.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(staged, ts)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def _summary(ts: Path) -> str:
    text = ts.read_text(encoding="utf-8")
    total = text.count("<message")
    unfinished = text.count('type="unfinished"')
    return f"{ts.name}: {total} strings, {unfinished} unfinished"


def main() -> int:
    languages = LANGUAGES
    lupdate([ts_file(language) for language in languages])
    lupdate([ts_file(PLURALS_ONLY)], plural_only=True)
    for language in (*languages, PLURALS_ONLY):
        lrelease(ts_file(language), qm_file(language))
        print(_summary(ts_file(language)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
