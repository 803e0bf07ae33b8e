"""Every refusal an import or an editor can give has words — in the window and on the
command line — never its bare code; a part that cannot be read is named with its sheet."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ecplanner.domain.findings import Problem
from ecplanner.exchange.cli_commands import issue_text as cli_text
from ecplanner.exchange.import_result import ImportIssue
from ecplanner.ui.common.messages import problem_text
from ecplanner.ui.exchange.texts import issue_text

VALUE_CODES = ("not_finite", "too_large", "amount_too_large", "uplift_too_large",
               "text_too_long", "bad_text", "date_out_of_range", "bad_days", "listed_twice",
               "too_small")
IMPORT_CODES = ("unreadable_part", "part_too_large", "cannot_read", "not_a_file",
                "file_too_large", "json_too_deep", "duplicate_stock_plan")


@pytest.mark.parametrize("code", VALUE_CODES + IMPORT_CODES)
def test_a_refusal_is_told_in_words(qtbot: QtBot, code: str) -> None:
    issue = ImportIssue(code, header="products[0].list_price", value="1e+308")
    for text in (issue_text(issue), cli_text(issue)):
        assert code not in text and "1e+308" in text


@pytest.mark.parametrize("code", VALUE_CODES)
def test_an_editor_tells_the_value_rules_in_words(qtbot: QtBot, code: str) -> None:
    assert code not in problem_text(Problem("list_price", code))


def test_a_damaged_part_is_named_with_its_sheet_and_what_the_parser_said(
        qtbot: QtBot) -> None:
    issue = ImportIssue("unreadable_part", "活动", header="xl/worksheets/sheet3.xml",
                        detail="no element found: line 2, column 12524")
    assert issue_text(issue) == ("Sheet “活动” (xl/worksheets/sheet3.xml): This part of the "
                                 "workbook cannot be read. (no element found: line 2, column "
                                 "12524)")
    assert cli_text(issue) == ("活动 (xl/worksheets/sheet3.xml): this part of the workbook "
                               "cannot be read (no element found: line 2, column 12524)")
