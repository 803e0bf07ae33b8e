"""The Review tab's chart series: the 7-day average leaves gaps in the imports out."""

from __future__ import annotations

import math

from ecplanner.ui.review.series import trailing_average


def test_the_seven_day_average_skips_gaps() -> None:
    nan = math.nan
    days = [10.0, nan, 20.0, 30.0, nan, nan, nan, nan, nan, 40.0]
    average = trailing_average(days)
    assert average[:4] == [10.0, average[1], 15.0, 20.0] and math.isnan(average[1])
    assert average[9] == 35.0  # the 4th (30) and the 10th (40) are within seven days
