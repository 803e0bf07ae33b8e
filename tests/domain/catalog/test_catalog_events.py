"""A year's events from the shipped catalog, filtering, languages and placing on a day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ecplanner.domain.catalog import Catalog, event_at_anchor, instantiate_at
from ecplanner.domain.model import EventKind, PhaseKind
from ecplanner.domain.validation import validate_event


def test_tmall_double11_2024(catalog: Catalog) -> None:
    events = catalog.events_for(2024, ["cn"], ["tmall"])
    (sale,) = [e for e in events if e.template_key == "cn.tmall.double11"]
    assert sale.title == "天猫双11"
    assert (sale.start, sale.end) == (date(2024, 10, 14), date(2024, 11, 14))
    assert sale.registration_deadline == date(2024, 9, 23)
    assert (sale.kind, sale.market, sale.platform) == (EventKind.MAJOR_SALE, "cn", "tmall")
    assert (sale.uplift, sale.color) == (3.0, "#E4002B")
    presale = sale.phases[0]
    assert (presale.kind, presale.name) == (PhaseKind.PRESALE, "定金")
    assert presale.start == datetime(2024, 10, 14, 20, 0)
    peak = next(p for p in sale.phases if p.name == "第二波")
    assert peak.start == datetime(2024, 11, 10, 20, 0)
    assert peak.end == datetime(2024, 11, 11, 23, 59)


def test_titles_follow_the_language(catalog: Catalog) -> None:
    def title(lang: str) -> str:
        events = catalog.events_for(2026, ["global"], lang=lang)
        return next(e.title for e in events if e.template_key == "global.black_friday")

    assert [title(lang) for lang in ("zh", "ja", "en")] == [
        "黑色星期五",
        "ブラックフライデー",
        "Black Friday",
    ]
    with pytest.raises(ValueError, match="unknown language"):
        catalog.events_for(2026, ["global"], lang="fr")


def test_platform_filter_keeps_shared_and_all_platform_events(catalog: Catalog) -> None:
    taobao = {t.key for t in catalog.for_markets(["cn"], ["taobao"])}
    assert {"cn.tmall.double11", "cn.festival.spring_festival"} <= taobao
    assert not any(key.startswith(("cn.jd.", "cn.douyin.", "cn.pdd.")) for key in taobao)
    assert all(t.market == "cn" for t in catalog.for_markets(["cn"], ["taobao"]))
    everything = catalog.for_markets(["cn", "jp", "global"])
    assert len(everything) == len(catalog.templates)
    assert catalog.for_markets([], None) == []


def test_events_of_a_year_are_sorted_and_limited_to_the_platform(catalog: Catalog) -> None:
    yahoo = catalog.events_for(2026, ["jp"], ["yahoo_jp"])
    assert len(yahoo) == 36
    assert {e.template_key for e in yahoo} == {"jp.yahoo.day_5"}
    assert [e.start for e in yahoo] == sorted(e.start for e in yahoo)
    assert all(e.registration_deadline is None and e.days == 1 for e in yahoo)


@pytest.mark.parametrize("year", range(2024, 2031))
def test_every_generated_event_is_valid(catalog: Catalog, year: int) -> None:
    for event in catalog.events_for(year, ["cn", "jp", "global"]):
        assert validate_event(event) == [], event.template_key
        for phase in event.phases:
            assert event.start <= phase.start.date() <= phase.end.date() <= event.end


def test_an_early_spring_festival_pulls_new_year_goods_into_december(catalog: Catalog) -> None:
    # 2028's Spring Festival is Jan 26, so Douyin's campaign ends Jan 16 and starts in 2027;
    # it still belongs to 2028, the year of its anchor.
    events = catalog.events_for(2028, ["cn"], ["douyin"])
    goods = next(e for e in events if e.template_key == "cn.douyin.new_year_goods")
    assert goods.start == date(2027, 12, 23)
    assert goods.end == date(2028, 1, 16)


def test_instantiate_at_places_the_first_day_on_the_chosen_day(catalog: Catalog) -> None:
    template = catalog.template("cn.tmall.double11")
    usual = event_at_anchor(template, date(2025, 11, 11), "en")
    moved = instantiate_at(template, date(2025, 10, 1), "en")
    shift = moved.start - usual.start
    assert moved.start == date(2025, 10, 1)
    assert moved.days == usual.days
    assert moved.title == "Tmall Double 11"
    assert moved.registration_deadline == date(2025, 9, 10)
    assert [p.start - shift for p in moved.phases] == [p.start for p in usual.phases]
    assert moved.uuid != usual.uuid


def test_instantiate_a_one_day_template(catalog: Catalog) -> None:
    day = instantiate_at(catalog.template("jp.rakuten.day_5_0"), date(2026, 3, 7), "ja")
    assert (day.start, day.end, day.title) == (date(2026, 3, 7), date(2026, 3, 7), "5と0のつく日")
    assert day.phases == ()
