"""The Products tab's user actions, each one undo step through the document.

Each raises ``ValidationError`` (nothing written) when the result would be invalid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.findings import Problem, ValidationError
from ecplanner.domain.model import MilestoneKind, PlanSettings, Product, Season, new_uuid
from ecplanner.domain.ops import Delete, Put
from ecplanner.domain.products.fields import FieldValue, code_taken, free_code, with_value
from ecplanner.domain.products.rules import resize, season_overrides, with_milestones
from ecplanner.ui.document import PlanDocument

NEW_PRODUCT_DAYS = 90  # a new product's bar: launch … delist


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProductCommands", text)


def _named(text: str, product: Product) -> str:
    return text.replace("%1", f"{product.code} {product.name}".strip())


def set_field(document: PlanDocument, product: Product, field: str, value: FieldValue,
              others: Sequence[Product] = ()) -> None:
    """One cell edit. A code already used by one of ``others`` is refused (``code_taken``)."""
    if field == "code" and isinstance(value, str):
        other = code_taken(value, others, except_uuid=product.uuid)
        if other is not None:
            raise ValidationError([Problem("code", "code_taken",
                                           (("text", value), ("other", other.name)))])
    edited = with_value(product, field, value)
    document.apply(_named(_tr("Edit “%1”"), product), [Put(edited)])


def set_dates(document: PlanDocument, product: Product, launch: date | None,
              delist: date | None) -> None:
    """Move or stretch a product's bar (its milestones follow the launch)."""
    moved = resize(product, launch, delist)
    if moved == product:
        return
    document.apply(_named(_tr("Move “%1”"), product), [Put(moved)])


def new_product(year: int, today: date, taken: Sequence[str], name: str) -> Product:
    """A product to fill in: launched today if that is in the plan's year, else January 1."""
    launch = today if today.year == year else date(year, 1, 1)
    code = free_code(f"{str(year)[2:]}NEW", taken)
    return Product(code=code, name=name, launch=launch,
                   delist=launch + timedelta(days=NEW_PRODUCT_DAYS))


def add_product(document: PlanDocument, product: Product) -> None:
    document.apply(_named(_tr("Add “%1”"), product), [Put(product)])


def duplicate_products(document: PlanDocument, products: Sequence[Product],
                       taken: Sequence[str]) -> list[Product]:
    """Copies with new ids and free codes (``code-2`` …); returns them."""
    used = list(taken)
    copies = []
    for product in products:
        code = free_code(product.code, used)
        used.append(code)
        copies.append(replace(product, code=code, uuid=new_uuid()))
    if copies:
        text = (_named(_tr("Duplicate “%1”"), products[0]) if len(copies) == 1
                else _tr("Duplicate %n products").replace("%n", str(len(copies))))
        document.apply(text, [Put(copy) for copy in copies])
    return copies


def delete_products(document: PlanDocument, products: Sequence[Product]) -> None:
    """Delete products; undo brings back their stock plans and event links (the store's)."""
    if not products:
        return
    text = (_named(_tr("Delete “%1”"), products[0]) if len(products) == 1
            else _tr("Delete %n products").replace("%n", str(len(products))))
    document.apply(text, [Delete(Product, p.uuid) for p in products])


def import_products(document: PlanDocument, products: Sequence[Product]) -> None:
    """Pasted products, all in one undo step."""
    if products:
        document.apply(_tr("Paste %n products").replace("%n", str(len(products))),
                       [Put(p) for p in products])


def set_milestones(document: PlanDocument, product: Product, own: Mapping[MilestoneKind, int],
                   inbound_buffer_days: int) -> None:
    """The product's own milestone offsets (the others follow its season) and buffer."""
    edited = with_milestones(product, own, inbound_buffer_days)
    if edited != product:
        document.apply(_named(_tr("Milestones of “%1”"), product), [Put(edited)])


def set_season_milestones(document: PlanDocument,
                          offsets: Mapping[Season, Mapping[MilestoneKind, int]]) -> None:
    """The plan's milestone offsets per season (only those differing from the shipped
    defaults are stored)."""
    settings: PlanSettings = document.store.settings()
    edited = replace(settings, season_milestones=season_overrides(offsets))
    if edited != settings:
        document.apply(_tr("Season milestone defaults"), [Put(edited)])
