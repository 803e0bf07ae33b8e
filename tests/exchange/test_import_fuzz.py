"""Fuzz: mutants of an exported JSON file and workbook (``fuzz_mutants``), each imported
as the command line imports it. Every one is either applied whole, the plan still
exporting both ways, or refused in lines of their own with the plan unchanged, and the
dry run says the same. Derandomized: the same examples each run.
``tests/perf/fuzz_imports.py`` runs many more and prints the counts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.exchange.fuzz_mutants import Harness, fuzz


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    made = Harness(tmp_path_factory.mktemp("fuzz"))
    yield made
    made.close()


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "examples"), [("json", 90), ("xlsx", 60)])
def test_hostile_imports_are_applied_whole_or_refused_in_one_line(
        harness: Harness, kind: str, examples: int) -> None:
    tally = fuzz(harness, kind, examples)
    assert tally.failures == []
    assert tally.refused > examples // 3  # the mutants are hostile, mostly
