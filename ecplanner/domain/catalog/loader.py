"""Reads the catalog folder: every ``*.toml`` file holds ``[[event]]`` and/or ``[[task]]`` tables.

This is the one place the domain touches files. Everything is checked on load: besides what
``parsing`` checks per entry, keys must be unique across files and an offset rule must count
from a template that exists, gives one date a year and does not count back to itself.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from ecplanner.domain.catalog.catalog import Catalog
from ecplanner.domain.catalog.parsing import parse_event, parse_task
from ecplanner.domain.catalog.templates import (
    CatalogError,
    EventTemplate,
    MonthlyRule,
    OffsetRule,
)
from ecplanner.domain.model import TaskTemplate

_SECTIONS = {"event", "task"}


def default_folder() -> Path:
    """The shipped catalog: ``ecplanner/_resources/catalog`` when installed, else the repo's."""
    package = Path(__file__).resolve().parents[2]
    installed = package / "_resources" / "catalog"
    return installed if installed.is_dir() else package.parent / "resources" / "catalog"


@lru_cache(maxsize=1)
def shipped_catalog() -> Catalog:
    """``load_catalog()`` of the shipped folder, read once for the program (it is not
    changed while it runs; parsing it takes ~30 ms)."""
    return load_catalog()


def load_catalog(folder: Path | None = None) -> Catalog:
    """Loads and checks every ``*.toml`` in ``folder`` (default: ``default_folder()``).

    Raises ``CatalogError`` naming the file and the entry on the first problem found.
    """
    folder = default_folder() if folder is None else folder
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise CatalogError(str(folder), "-", "no *.toml catalog files")
    events: list[EventTemplate] = []
    tasks: list[TaskTemplate] = []
    origin: dict[str, str] = {}
    for path in paths:
        file = str(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise CatalogError(file, "-", f"not valid TOML: {exc}") from exc
        unknown = sorted(set(data) - _SECTIONS)
        if unknown:
            raise CatalogError(file, unknown[0], "unknown section; expected [[event]] or [[task]]")
        for entry in _tables(data, "event", file):
            events.append(parse_event(entry, file))
            _claim(events[-1].key, file, origin)
        for entry in _tables(data, "task", file):
            tasks.append(parse_task(entry, file))
            _claim(tasks[-1].key, file, origin)
    _check_offsets(events, origin)
    return Catalog(events, tasks)


def _tables(data: dict[str, Any], section: str, file: str) -> list[dict[str, Any]]:
    tables = data.get(section, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise CatalogError(file, section, f"write entries as [[{section}]] tables")
    return tables


def _claim(key: str, file: str, origin: dict[str, str]) -> None:
    if key in origin:
        raise CatalogError(file, key, f"duplicate key (first defined in {origin[key]})")
    origin[key] = file


def _check_offsets(events: list[EventTemplate], origin: dict[str, str]) -> None:
    by_key = {template.key: template for template in events}
    for template in events:
        file, seen = origin[template.key], [template.key]
        rule = template.rule
        while isinstance(rule, OffsetRule):
            target = by_key.get(rule.anchor)
            if target is None:
                raise CatalogError(file, template.key, f"unknown anchor {rule.anchor!r}")
            if target.key in seen:
                cycle = " -> ".join([*seen, target.key])
                raise CatalogError(file, template.key, f"anchor cycle {cycle}")
            if isinstance(target.rule, MonthlyRule):
                raise CatalogError(file, template.key, f"anchor {target.key!r} recurs monthly")
            seen.append(target.key)
            rule = target.rule
