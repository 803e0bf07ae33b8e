"""The variance in a sentence, in the three languages, money short as a 周报 writes it."""

from __future__ import annotations

import pytest

from ecplanner.domain.review.periods import month, week
from ecplanner.domain.review.variance import Effects, Rule
from ecplanner.exchange.report.words import effects_sentence, short_money
from ecplanner.exchange.xlsx.words import Words

JUNE_MISS = Effects(-412_000.0, -530_000.0, 160_000.0, -42_000.0, Rule.LMDI)


@pytest.mark.parametrize(("lang", "said"), [
    ("zh", "6月比计划少¥41.2万：流量 −¥53.0万，转化 +¥16.0万，客单价 −¥4.2万"),
    ("ja", "6月は計画を¥41.2万下回りました：アクセス −¥53.0万、転換率 +¥16.0万、客単価 −¥4.2万"),
    ("en", "June is ¥412k short of plan: traffic −¥530k, conversion +¥160k, "
           "order value −¥42k"),
])
def test_the_issue_example(lang: str, said: str) -> None:
    assert effects_sentence(JUNE_MISS, month(2027, 6), "CNY", Words(lang)) == said


def test_ahead_unsplit_and_weeks() -> None:
    ahead = Effects(5_000.0, None, None, None, Rule.MISSING_FIGURES)
    assert effects_sentence(ahead, week(2027, 23), "CNY", Words("zh")) == (
        "第23周比计划多¥5,000（数据缺少访客数或买家数，无法归因）")
    assert effects_sentence(ahead, week(2027, 23), "USD", Words("en")).startswith(
        "Week 23 is $5,000 ahead of plan (the actuals lack")


@pytest.mark.parametrize(("value", "lang", "shown"), [
    (8_800.0, "zh", "¥8,800"), (412_345.0, "zh", "¥41.2万"), (3.2e8, "ja", "¥3.20億"),
    (412_345.0, "en", "¥412k"), (4_800_000.0, "en", "¥4.80M"), (-20_000.0, "zh", "¥2.0万"),
])
def test_short_money(value: float, lang: str, shown: str) -> None:
    assert short_money(value, "CNY", lang) == shown
