"""Shared fixtures: the shipped catalog, loaded once, and a writer for test catalog folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ecplanner.domain.catalog import Catalog, load_catalog


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str], Path]:
    """Writes ``text`` to ``tmp_path/name`` and returns the folder."""

    def write(name: str, text: str) -> Path:
        (tmp_path / name).write_text(text, encoding="utf-8")
        return tmp_path

    return write
