"""Round 21 (f21b): a market-risk manager's date ranges, trading-day windows, highs and lows and calendar-period returns,
and a corporate controller's fiscal quarters, halves, differences and relative periods. Own wording, not the tuning
questions; near misses stay refused, naming their words."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # the change of a computed figure is its difference between the two ends (it was the figure at each period)
        ("How did Pinnacle Telecom's debt minus cash change between fiscal 2021 and fiscal 2023?",
         "(FF_DEBT(FY2023) - FF_CASH(FY2023)) - (FF_DEBT(FY2021) - FF_CASH(FY2021)) FOR PNTC"),
        ("What was the change in Ember Industries' net debt (total debt less cash) from FY2022 to FY2024?",
         "(FF_DEBT(FY2024) - FF_CASH(FY2024)) - (FF_DEBT(FY2022) - FF_CASH(FY2022)) FOR EMBE"),
    ],
)
def test_change_of_computed_figure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("What was the change in Ember Industries' debt less cash from FY2022 to FY2024, in percent?", "change"),
        ("What was the growth in Ember Industries' debt minus cash from FY2022 to FY2024?", "growth"),
    ],
)
def test_change_of_computed_figure_refused(question: str, word: str) -> None:
    assert word in refused(question)
