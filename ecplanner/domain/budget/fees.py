"""Platform fee profiles: what each marketplace takes, as data (``resources/fees/*.toml``).

A profile lists its fees by the base they are charged on, which is how they enter the
input-output sheet: ``commission`` parts are charged on confirmed sales and returned on
refunds (the platform commission rate, on net sales); ``payment`` parts on every payment
(the payment fee rate, on GMV); ``affiliate`` parts on the GMV affiliates or 达人 bring
(the affiliate commission rate), with ``affiliate_service`` as a share of that commission
(阿里妈妈, Rakuten's system fee on rewards); ``per_order`` amounts per order shipped (FBA)
replace the shipping per order. A part a profile leaves out leaves the plan's input as it is.

Fees change every year, so each profile carries a ``source`` note and an ``as_of`` date.
Everything is checked on load: an unknown platform, a rate outside 0–100%, a missing
source note, a duplicate key is a ``FeeProfileError`` naming the file and the entry.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from ecplanner.domain.catalog.templates import LANGUAGES, PLATFORMS
from ecplanner.domain.model import BudgetMonth

_KNOWN = frozenset(PLATFORMS) - {"all"}
_RATE_PARTS = {"commission": "commission_rate", "payment": "payment_fee_rate",
               "affiliate": "affiliate_rate"}
_KEYS = {"key", "platform", "category", "names", "source", "as_of", "affiliate_service",
         "per_order", *_RATE_PARTS}


class FeeProfileError(ValueError):
    """A fee profile file is malformed; the message names the file and the entry."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file = file
        self.key = key
        self.reason = reason


@dataclass(frozen=True)
class FeePart:
    """One fee as the platform names it: a rate (fraction) or an amount per order."""

    name: str
    value: float


@dataclass(frozen=True)
class FeeProfile:
    key: str
    platform: str
    category: str
    names: dict[str, str]  # by language: zh, ja, en
    parts: dict[str, tuple[FeePart, ...]]  # by BudgetMonth field: the parts summed into it
    affiliate_service: float | None
    source: str
    as_of: date

    def rates(self) -> dict[str, float]:
        """The ``BudgetMonth`` inputs this profile sets, each the sum of its parts."""
        values = {field: round(math.fsum(p.value for p in parts), 10)  # 0.035 + 0.01 = 0.045
                  for field, parts in self.parts.items()}
        if self.affiliate_service is not None:
            values["affiliate_service_rate"] = self.affiliate_service
        return values


def default_folder() -> Path:
    """The shipped profiles: ``ecplanner/_resources/fees`` when installed, else the repo's."""
    package = Path(__file__).resolve().parents[2]
    installed = package / "_resources" / "fees"
    return installed if installed.is_dir() else package.parent / "resources" / "fees"


def load_fee_profiles(folder: Path | None = None) -> tuple[FeeProfile, ...]:
    """Every profile of every ``*.toml`` in ``folder`` (default: ``default_folder()``),
    checked; raises ``FeeProfileError`` on the first problem."""
    folder = default_folder() if folder is None else folder
    paths = sorted(folder.glob("*.toml"))
    if not paths:
        raise FeeProfileError(str(folder), "-", "no *.toml fee profile files")
    profiles: list[FeeProfile] = []
    origin: dict[str, str] = {}
    for path in paths:
        file = str(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise FeeProfileError(file, "-", f"not valid TOML: {exc}") from exc
        entries = data.pop("profile", [])
        if data or not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise FeeProfileError(file, "-", "write entries as [[profile]] tables")
        for entry in entries:
            profile = _parse(entry, file)
            if profile.key in origin:
                raise FeeProfileError(file, profile.key,
                                      f"duplicate key (first defined in {origin[profile.key]})")
            origin[profile.key] = file
            profiles.append(profile)
    return tuple(profiles)


def profiles_for(profiles: Sequence[FeeProfile], platforms: Sequence[str]) -> list[FeeProfile]:
    """The profiles of the store's platforms, in the plan's platform order."""
    return sorted((p for p in profiles if p.platform in platforms),
                  key=lambda p: (list(platforms).index(p.platform), p.key))


def apply_fee_profile(months: Sequence[BudgetMonth],
                      profile: FeeProfile) -> tuple[BudgetMonth, ...]:
    """``months`` (in month order) with the inputs ``profile`` sets; the user can type
    over any of them afterwards."""
    rates: dict[str, Any] = profile.rates()
    return tuple(replace(b, **rates) for b in sorted(months, key=lambda b: b.month))


def _parse(entry: dict[str, Any], file: str) -> FeeProfile:
    key = entry.get("key")
    if not isinstance(key, str) or not key:
        raise FeeProfileError(file, "?", "a profile needs a key")
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise FeeProfileError(file, key, f"unknown field {unknown[0]!r}")
    platform = entry.get("platform")
    if platform not in _KNOWN:
        raise FeeProfileError(file, key, f"unknown platform {platform!r}")
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        raise FeeProfileError(file, key, "a source note is needed (where the rates come from)")
    as_of = entry.get("as_of")
    if not isinstance(as_of, date):
        raise FeeProfileError(file, key, "as_of must be a date (when the rates were read)")
    names = entry.get("names")
    if not isinstance(names, dict) or set(names) != set(LANGUAGES) \
            or not all(isinstance(n, str) and n for n in names.values()):
        raise FeeProfileError(file, key, f"names needs {', '.join(LANGUAGES)}")
    category = entry.get("category")
    if not isinstance(category, str) or not category:
        raise FeeProfileError(file, key, "a category is needed (\"all\" for every one)")
    parts = {field: _parts(entry[name], file, key, name, "rate")
             for name, field in _RATE_PARTS.items() if name in entry}
    if "per_order" in entry:
        parts["shipping_per_order"] = _parts(entry["per_order"], file, key, "per_order",
                                             "amount")
    service = entry.get("affiliate_service")
    if service is not None:
        service = _rate(service, file, key, "affiliate_service")
    return FeeProfile(key, platform, category, dict(names), parts, service, source.strip(),
                      as_of)


def _parts(items: object, file: str, key: str, name: str, unit: str) -> tuple[FeePart, ...]:
    if not isinstance(items, list):
        raise FeeProfileError(file, key, f"{name} must be a list of {{name, {unit}}} tables")
    parts = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"name", unit} \
                or not isinstance(item["name"], str) or not item["name"]:
            raise FeeProfileError(file, key, f"each {name} part is {{name, {unit}}}")
        where = f"{name} {item['name']!r}"
        value = (_rate(item[unit], file, key, where) if unit == "rate"
                 else _amount(item[unit], file, key, where))
        parts.append(FeePart(item["name"], value))
    if unit == "rate" and math.fsum(p.value for p in parts) > 1:
        raise FeeProfileError(file, key, f"{name} rates add up to more than 100%")
    return tuple(parts)


def _rate(value: object, file: str, key: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not 0 <= value <= 1:
        raise FeeProfileError(file, key, f"{where}: the rate {value!r} is outside 0–100% "
                                         "(write 5% as 0.05)")
    return float(value)


def _amount(value: object, file: str, key: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or not math.isfinite(value) or value < 0:
        raise FeeProfileError(file, key, f"{where}: the amount {value!r} must be 0 or more")
    return float(value)
