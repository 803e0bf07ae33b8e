"""The Chinese and Japanese translations: complete, in step with the code, compiled, loaded."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from ecplanner import plans
from ecplanner.app import install_translators
from ecplanner.ui.common.task_titles import TASK_TITLES
from ecplanner.ui.document import PlanDocument
from ecplanner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh_CN", "ja_JP")
Key = tuple[str, str]  # (context, source)


def _load_script() -> ModuleType:
    name = "update_translations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


SCRIPT = _load_script()


def _messages(ts: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _translation(message: ET.Element) -> str:
    element = message.find("translation")
    assert element is not None
    forms = [form.text or "" for form in element.iter("numerusform")]
    return "".join(forms) if forms else element.text or ""


def _ts(language: str) -> Path:
    path: Path = SCRIPT.ts_file(language)
    return path


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_in_the_ts_file(tmp_path: Path, language: str) -> None:
    fresh = SCRIPT.ts_file(language, tmp_path)
    SCRIPT.lupdate([fresh])
    in_code = set(_messages(fresh))
    assert len(in_code) > 500  # the helpers' strings are seen too, not only self.tr()
    missing = in_code - set(_messages(_ts(language)))
    assert not missing, ("run `uv run python packaging/update_translations.py` and translate: "
                         f"{sorted(missing)[:10]}")


_PLACEHOLDER = re.compile(r"%(?:\d|n)")
_ACCELERATOR = re.compile(r"&(?!&)\S")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_is_finished_and_keeps_placeholders(language: str) -> None:
    problems: list[str] = []
    for (context, source), message in _messages(_ts(language)).items():
        element = message.find("translation")
        assert element is not None
        text = _translation(message)
        where = f"{context}: {source!r} → {text!r}"
        if element.get("type") is not None:
            problems.append(f"{element.get('type')}: {where}")
        elif not text.strip():
            problems.append(f"empty: {where}")
        elif sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {where}")
        elif bool(_ACCELERATOR.search(source)) != bool(_ACCELERATOR.search(text)):
            problems.append(f"accelerator lost: {where}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path, language: str) -> None:
    built = tmp_path / f"ecplanner_{language}.qm"
    SCRIPT.lrelease(_ts(language), built)
    assert built.read_bytes() == SCRIPT.qm_file(language).read_bytes(), (
        "run `uv run python packaging/update_translations.py`")


def test_task_titles_list_the_catalog_titles() -> None:
    catalog = tomllib.loads((ROOT / "resources" / "catalog" / "tasks.toml").read_text("utf-8"))
    assert set(TASK_TITLES) == {task["title"] for task in catalog["task"]}
    assert len(set(TASK_TITLES)) == len(TASK_TITLES)


# -- calls lupdate cannot read ------------------------------------------------------------

_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _noop_contexts(trees: dict[Path, ast.Module]) -> set[str]:
    """Contexts whose texts are data, listed with QT_TRANSLATE_NOOP for the tools."""
    return {str(node.args[0].value) for tree in trees.values() for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "QT_TRANSLATE_NOOP" and node.args
            and isinstance(node.args[0], ast.Constant) and _is_text(node.args[0])}


def _unreadable_calls(path: Path, tree: ast.Module, data_contexts: set[str]) -> Iterator[str]:
    helpers = SCRIPT.helpers(tree)
    helper_bodies = {id(node) for function in tree.body if isinstance(function, ast.FunctionDef)
                     and function.name in helpers for node in ast.walk(function)}
    in_class = {id(node) for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                for node in ast.walk(cls)}
    in_f_string = {id(node) for text in ast.walk(tree) if isinstance(text, ast.JoinedStr)
                   for node in ast.walk(text)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in helper_bodies:
            continue
        func, args = node.func, node.args
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if id(node) in in_f_string and (name in ("tr", "translate") or name in helpers):
            yield f"{where}: {name}() inside an f-string — lupdate reads the f-string as text"
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                yield f"{where}: <object>.tr() — lupdate takes the object's name for the context"
            elif id(node) not in in_class:
                yield f"{where}: self.tr() outside a class has no context for lupdate"
            elif not args or not _is_text(args[0]):
                yield f"{where}: self.tr() of a value that is not a literal text"
        elif isinstance(func, ast.Name) and func.id == "tr":
            yield f"{where}: tr() without self — lupdate cannot tell its context"
        elif (isinstance(func, ast.Attribute) and func.attr == "translate"
              and isinstance(func.value, ast.Name) and func.value.id in _APPLICATIONS):
            if len(args) < 2 or not _is_text(args[0]):
                yield f"{where}: translate() without a literal context"
            elif not _is_text(args[1]) and not (isinstance(args[0], ast.Constant)
                                                and args[0].value in data_contexts):
                yield f"{where}: translate() of a value not listed with QT_TRANSLATE_NOOP"
        elif (isinstance(func, ast.Name) and func.id in helpers
              and (not args or not _is_text(args[0]))):
            yield f"{where}: {func.id}() of a value that is not a literal text"


def test_every_translated_text_is_readable_by_lupdate() -> None:
    trees = {path: ast.parse(path.read_text("utf-8"))
             for path in sorted((ROOT / "ecplanner").rglob("*.py"))}
    data_contexts = _noop_contexts(trees)
    assert "TaskTitles" in data_contexts
    found = [line for path, tree in trees.items()
             for line in _unreadable_calls(path, tree, data_contexts)]
    assert not found, "\n".join(found)


# -- the window in Chinese -------------------------------------------------------------------

@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = install_translators(qapp)
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.usefixtures("chinese")
def test_the_window_speaks_chinese(qtbot: QtBot, plan_path: Path, tmp_path: Path) -> None:
    from ecplanner.domain import demo

    document = PlanDocument(plans.create_plan(plan_path, demo.demo_info(2027), with_demo=True))
    window = MainWindow(document, lambda path: PlanDocument(plans.open_plan(path)), tmp_path)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["年度总览", "活动日历", "上新/下架", "库存/清仓", "投入产出", "复盘"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["文件(&F)", "编辑(&E)", "查看(&V)"]
    assert "帮助(&H)" in menus
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().startswith("取消")  # Qt's own words too
    window.close()
    document.close()
