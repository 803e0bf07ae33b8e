"""UI fixtures: a real plan file on disk and the document over it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ecplanner import plans
from ecplanner.domain.model import PlanInfo
from ecplanner.ui.document import PlanDocument


@pytest.fixture
def document(plan_path: Path) -> Iterator[PlanDocument]:
    store = plans.create_plan(plan_path, PlanInfo("测试旗舰店", 2027, platforms=("tmall",)))
    doc = PlanDocument(store)
    yield doc
    doc.close()


@pytest.fixture
def demo_document(plan_path: Path) -> Iterator[PlanDocument]:
    from ecplanner.domain import demo

    store = plans.create_plan(plan_path, demo.demo_info(2027), with_demo=True)
    doc = PlanDocument(store)
    yield doc
    doc.close()
