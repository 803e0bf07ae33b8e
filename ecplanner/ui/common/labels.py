"""Display names for the domain's enums and platform codes, through Qt's translator."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ecplanner.domain.model import EventKind, PhaseKind, ProductRole, ProductStatus, Season


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def event_kind(kind: EventKind) -> str:
    return {
        EventKind.MAJOR_SALE: _tr("Major sale"),
        EventKind.PLATFORM_DAY: _tr("Platform day"),
        EventKind.FESTIVAL: _tr("Festival"),
        EventKind.HOLIDAY: _tr("Holiday"),
        EventKind.STORE_PROMO: _tr("Store promotion"),
        EventKind.CLEARANCE: _tr("Clearance"),
    }[kind]


def phase_kind(kind: PhaseKind) -> str:
    return {
        PhaseKind.WARMUP: _tr("Warm-up"),
        PhaseKind.PRESALE: _tr("Presale (deposit)"),
        PhaseKind.BALANCE: _tr("Balance payment"),
        PhaseKind.MAIN: _tr("Main sale"),
        PhaseKind.ENCORE: _tr("Encore"),
    }[kind]


PLATFORMS = ("tmall", "taobao", "jd", "douyin", "pdd", "rakuten", "amazon_jp", "yahoo_jp",
             "amazon", "all", "store")


def platform(code: str) -> str:
    names = {
        "tmall": _tr("Tmall"), "taobao": _tr("Taobao"), "jd": _tr("JD"),
        "douyin": _tr("Douyin"), "pdd": _tr("Pinduoduo"), "rakuten": _tr("Rakuten"),
        "amazon_jp": _tr("Amazon JP"), "yahoo_jp": _tr("Yahoo! Shopping"),
        "amazon": _tr("Amazon"), "all": _tr("All platforms"), "store": _tr("Own store"),
        "": _tr("Own store"),
    }
    return names.get(code, code)


def market(code: str) -> str:
    return {"cn": _tr("China"), "jp": _tr("Japan"), "global": _tr("Global")}.get(code, code)


def season(value: Season) -> str:
    return {
        Season.SPRING: _tr("Spring"), Season.SUMMER: _tr("Summer"),
        Season.AUTUMN: _tr("Autumn"), Season.WINTER: _tr("Winter"),
        Season.ALL_YEAR: _tr("All year"),
    }[value]


def role(value: ProductRole) -> str:
    return {
        ProductRole.TRAFFIC: _tr("Traffic driver"), ProductRole.PROFIT: _tr("Profit maker"),
        ProductRole.EVENT: _tr("Event item"), ProductRole.IMAGE: _tr("Image item"),
    }[value]


def status(value: ProductStatus) -> str:
    return {
        ProductStatus.PLANNED: _tr("Planned"), ProductStatus.SAMPLING: _tr("Sampling"),
        ProductStatus.SHOOTING: _tr("Shooting"), ProductStatus.READY: _tr("Ready"),
        ProductStatus.ON_SALE: _tr("On sale"), ProductStatus.DELISTED: _tr("Delisted"),
    }[value]


def team_role(code: str) -> str:
    return {
        "operations": _tr("Operations"), "design": _tr("Design"),
        "warehouse": _tr("Warehouse"), "ads": _tr("Ads"),
        "customer_service": _tr("Customer service"), "purchasing": _tr("Purchasing"),
    }.get(code, code)


def enum_label(value: object) -> str:
    """The display name of any of the domain's enum members; other values as text."""
    if isinstance(value, EventKind):
        return event_kind(value)
    if isinstance(value, PhaseKind):
        return phase_kind(value)
    if isinstance(value, Season):
        return season(value)
    if isinstance(value, ProductRole):
        return role(value)
    if isinstance(value, ProductStatus):
        return status(value)
    return str(value.value) if isinstance(value, Enum) else str(value)
