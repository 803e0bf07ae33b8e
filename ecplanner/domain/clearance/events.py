"""Which of the plan's events lift a product's clearance sales.

An event lifts a product's demand (its ``uplift`` enters the clearance projection) when:

1. the event features the product (``featured_products``): the store put it there, on any
   channel; otherwise
2. the event runs where the store sells: its market is one of the plan's markets (or it has
   none: the store's own) and its platform is one of the plan's platforms, ``"all"``, or
   none (the store's own); and
3. a store promotion or clearance event that names its products lifts only those: the
   others keep their price and draw no extra shoppers from it. A platform's sale with
   named products still lifts the whole store, because its traffic comes to every page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ecplanner.domain.model import Event, EventKind

_OWN = frozenset({"", "store"})
_NAMED_ONLY = frozenset({EventKind.STORE_PROMO, EventKind.CLEARANCE})


def on_plan_channels(event: Event, markets: Collection[str], platforms: Collection[str]) -> bool:
    """True when the event runs on the plan's markets and platforms (rule 2)."""
    market_ok = event.market in _OWN or event.market in markets
    platform_ok = event.platform in _OWN or event.platform == "all" or (
        event.platform in platforms)
    return market_ok and platform_ok


def applies(event: Event, product_uuid: str, markets: Collection[str],
            platforms: Collection[str]) -> bool:
    """True when ``event`` lifts the clearance sales of the product (module doc)."""
    if product_uuid in event.featured_products:
        return True
    if event.featured_products and event.kind in _NAMED_ONLY:
        return False
    return on_plan_channels(event, markets, platforms)


def events_for_products(events: Sequence[Event], product_uuids: Sequence[str],
                        markets: Collection[str],
                        platforms: Collection[str]) -> list[tuple[Event, ...]]:
    """For each product, the events that apply to it, in the order of ``events``.

    The same as ``applies`` for every pair, in one pass over the events: products that no
    event names share one tuple object, so a projection computes their uplift once.
    """
    shared: list[Event] = []
    named: dict[str, list[tuple[int, Event]]] = {}
    positions: list[tuple[int, Event]] = []
    for position, event in enumerate(events):
        store_wide = not (event.featured_products and event.kind in _NAMED_ONLY)
        if store_wide and on_plan_channels(event, markets, platforms):
            shared.append(event)
            positions.append((position, event))
        else:
            for uuid in event.featured_products:
                named.setdefault(uuid, []).append((position, event))
    common = tuple(shared)
    result: list[tuple[Event, ...]] = []
    for uuid in product_uuids:
        extra = named.get(uuid)
        if not extra:
            result.append(common)
        else:
            merged = sorted(positions + extra, key=lambda pair: pair[0])
            result.append(tuple(event for _, event in merged))
    return result
