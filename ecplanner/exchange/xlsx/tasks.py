"""The Tasks sheet (分工) and the Actuals sheet: plain lists for the team, read-only.

Tasks are grouped by role (in the app's role order), then by due date. A task generated
from a template shows its title in the plan's language.
"""

from __future__ import annotations

from typing import Any

from ecplanner.domain.model import Role
from ecplanner.exchange.plan_snapshot import PlanSnapshot
from ecplanner.exchange.xlsx.code_words import TASK_STATUSES, TASK_TITLES, TEAM_ROLES
from ecplanner.exchange.xlsx.style import Styles
from ecplanner.exchange.xlsx.table import Col, Table
from ecplanner.exchange.xlsx.words import Words

TASK_COLS = (Col("role"), Col("due", "date"), Col("task", width=28), Col("event", width=24),
             Col("status"), Col("owner"), Col("notes", width=30), Col("id", hidden=True))
ACTUAL_COLS = (Col("day", "date"), Col("uv", "count"), Col("buyers", "count"),
               Col("orders", "count"), Col("gmv", "money"), Col("spend", "money"),
               Col("refunds", "money"))
_ROLE_ORDER = {role.value: n for n, role in enumerate(Role)}


def write_tasks(workbook: Any, styles: Styles, words: Words, snapshot: PlanSnapshot) -> None:
    sheet = workbook.add_worksheet(words.sheet("tasks"))
    table = Table(sheet, styles, TASK_COLS)
    table.header([words.header("tasks", c.key) for c in TASK_COLS])
    titles = {e.uuid: e.title for e in snapshot.events}
    roles = {code: words.t(TEAM_ROLES, code) for code in TEAM_ROLES}
    statuses = {code: words.t(TASK_STATUSES, code) for code in TASK_STATUSES}
    ordered = sorted(snapshot.tasks, key=lambda t: (_ROLE_ORDER.get(t.role, len(_ROLE_ORDER)),
                                                    t.role, t.due, t.title))
    for task in ordered:
        title = task.title
        if task.template_key and title in TASK_TITLES:
            title = words.t(TASK_TITLES, title)
        table.row((roles.get(task.role, task.role), task.due, title,
                   titles.get(task.event_uuid or "", ""), statuses[task.status.value],
                   task.owner, task.notes, task.uuid))
    table.finish(freeze_cols=0)


def write_actuals(workbook: Any, styles: Styles, words: Words, snapshot: PlanSnapshot) -> None:
    sheet = workbook.add_worksheet(words.sheet("actuals"))
    table = Table(sheet, styles, ACTUAL_COLS)
    table.header([words.header("actuals", c.key) for c in ACTUAL_COLS])
    for a in snapshot.actuals:
        table.row((a.day, a.uv, a.buyers, a.orders, a.gmv, a.spend, a.refunds))
    table.finish()
