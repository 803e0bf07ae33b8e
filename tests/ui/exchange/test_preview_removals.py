"""The import preview says what a removal takes with it, and where a duplicate code is."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from ecplanner.domain.model import Product
from ecplanner.domain.ops import Delete
from ecplanner.exchange.import_result import Action, Change, GoesWith, ImportIssue, ImportResult
from ecplanner.ui.exchange.preview_model import changes_model
from ecplanner.ui.exchange.texts import issue_text


def test_a_removal_lists_what_goes_with_it(qtbot: QtBot, qtmodeltester: Any) -> None:
    removal = Change("product", "p1", "27AU001 羊毛针织衫", Action.REMOVED, goes_with=(
        GoesWith("stock_plan", 600), GoesWith("featured", 2), GoesWith("notes", text="面料")))
    sale = Change("event", "e1", "99划算节", Action.REMOVED, goes_with=(
        GoesWith("tasks", 5, done=2),))
    result = ImportResult((removal, sale), (), (Delete(Product, "p1"),))
    model = changes_model(result)
    qtmodeltester.check(model)
    head = model.index(0, 0)
    details = [model.index(n, 0, head).data() for n in range(model.rowCount(head))]
    assert details == ["Goes with it: its clearance inputs (600 on hand)",
                       "Goes with it: its place in 2 events",
                       "Goes with it: its notes “面料”"]
    head = model.index(1, 0)
    assert model.index(0, 0, head).data() == "Goes with it: 5 tasks, 2 of them done"


def test_a_duplicate_code_names_the_other(qtbot: QtBot) -> None:
    on_sheet = ImportIssue("duplicate_code", "商品", 12, "A", "款号", "27AU001", other="3")
    assert issue_text(on_sheet) == ("Sheet “商品”, cell A12 (款号) “27AU001”: is already the "
                                    "code of the product on row 3")
    in_plan = ImportIssue("duplicate_code", header="products[1].code", value="27AU001",
                          plan_value="27AU001 羊毛针织衫")
    assert issue_text(in_plan) == ("products[1].code “27AU001”: is already the code of "
                                   "“27AU001 羊毛针织衫” in the plan")
    json_other = ImportIssue("duplicate_code", header="products[3].code", value="X",
                             other="products[2]")
    assert issue_text(json_other) == "products[3].code “X”: is already the code of products[2]"
