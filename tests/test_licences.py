"""Nothing GPL ships with the app: every runtime dependency's licence is checked.

LGPL (Qt/PySide6) is fine: it is linked dynamically and can be replaced by the user.
"""

from __future__ import annotations

import re
from importlib import metadata

from packaging.requirements import Requirement

_ROOT = "ecplanner"


def _runtime_closure() -> set[str]:
    seen: set[str] = set()
    todo = [_ROOT]
    while todo:
        name = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a marker-excluded or optional dependency that is not installed
        key = re.sub(r"[-_.]+", "-", dist.metadata["Name"]).lower()
        if key in seen:
            continue
        seen.add(key)
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return seen


def _licence_text(name: str) -> str:
    meta = metadata.distribution(name).metadata
    parts = [meta.get("License-Expression") or "", meta.get("License") or ""]
    parts += [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " | ".join(p for p in parts if p)


def test_no_gpl_in_runtime_dependencies() -> None:
    names = _runtime_closure() - {_ROOT}
    assert {"pyside6-essentials", "holidays", "lunar-python", "sqlalchemy"} <= names
    offenders = {}
    for name in sorted(names):
        text = _licence_text(name)
        strict_gpl = re.search(r"(?<![L])GPL|GNU General Public", text)
        if strict_gpl and "LGPL" not in text and "Lesser" not in text:
            offenders[name] = text
    assert offenders == {}
