"""The catalog's values: date rules, event templates and task templates.

A template says *how* to find an event in any year; ``rules.anchor_dates`` turns its rule
into the anchor (peak) day, and every other day of the event is an offset from that anchor.
These are plain, immutable values; ``loader`` builds and checks them from TOML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from ecplanner.domain.model import EventKind, PhaseKind

LANGUAGES = ("zh", "ja", "en")
PLATFORMS = (
    "tmall",
    "taobao",
    "jd",
    "douyin",
    "pdd",
    "rakuten",
    "amazon_jp",
    "yahoo_jp",
    "amazon",
    "all",
)


class CatalogError(ValueError):
    """A catalog file is malformed; the message names the file and the entry."""

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file = file
        self.key = key
        self.reason = reason


class Confidence(StrEnum):
    """How sure the catalog is of a template's dates."""

    FIXED = "fixed"  # set by law, the calendar or a stable rule (Christmas, 春节, Black Friday)
    TYPICAL = "typical"  # the platform has kept this pattern for years (5と0のつく日, Super SALE)
    ESTIMATED = "estimated"  # windows move every year: the user should confirm with the platform


@dataclass(frozen=True)
class FixedRule:
    """The same month and day every year."""

    month: int
    day: int


@dataclass(frozen=True)
class NthWeekdayRule:
    """The ``n``-th ``weekday`` (0 = Monday) of ``month`` plus ``offset`` days; -1 is the last."""

    month: int
    weekday: int
    n: int
    offset: int = 0


@dataclass(frozen=True)
class LunarRule:
    """A Chinese lunar month and day (e.g. 8/15 for Mid-Autumn)."""

    month: int
    day: int


@dataclass(frozen=True)
class OffsetRule:
    """``days`` after (negative: before) the anchor of the template named ``anchor``."""

    anchor: str
    days: int


@dataclass(frozen=True)
class MonthlyRule:
    """Every listed day of every listed month: one event per matching day."""

    days: tuple[int, ...]
    months: tuple[int, ...] = tuple(range(1, 13))


Rule = FixedRule | NthWeekdayRule | LunarRule | OffsetRule | MonthlyRule


@dataclass(frozen=True)
class Names:
    """A template's name in each language the app speaks."""

    zh: str
    ja: str
    en: str

    def get(self, lang: str) -> str:
        """The name in ``lang`` (zh, ja or en); raises ``ValueError`` for other languages."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
        return str(getattr(self, lang))


@dataclass(frozen=True)
class PhaseTemplate:
    """A phase as day offsets from the anchor, with the clock times it starts and ends."""

    kind: PhaseKind
    label: str
    start: int
    end: int
    start_time: time = time(0, 0)
    end_time: time = time(23, 59)


@dataclass(frozen=True)
class EventTemplate:
    """A platform event, festival or season as the catalog describes it.

    ``span`` is the first and last day of the event relative to the anchor (inclusive);
    every phase lies inside it. ``registration_days`` counts back from the event's first day.
    ``platforms`` are further platforms whose sellers see the event (Taobao for Tmall's).
    """

    key: str
    names: Names
    market: str
    platform: str
    kind: EventKind
    rule: Rule
    span: tuple[int, int]
    phases: tuple[PhaseTemplate, ...]
    registration_days: int | None
    uplift: float
    color: str
    source: str
    confidence: Confidence
    discount: float = 0.0
    platforms: tuple[str, ...] = ()

    def serves(self, platforms: frozenset[str]) -> bool:
        """True if a seller on any of ``platforms`` takes part ("all" serves everyone)."""
        return self.platform == "all" or bool(platforms & {self.platform, *self.platforms})
