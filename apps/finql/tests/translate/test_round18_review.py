"""Round 18's review: a grain said of a price move is met or refused, never answered over other dates."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    "question",
    [
        # a quarter's dates said y/y: the quarter's move was given as the year's (a wrong answer)
        "NWSY 2Q24 market cap y/y",
        "NWSY 2Q24 share price y/y",
        "NWSY market cap growth year over year in the latest quarter",
        "NWSY 2Q24 sales growth q/q, market cap y/y",
    ],
)
def test_a_price_move_said_year_on_year_over_a_quarter_is_refused(question: str) -> None:
    assert "not one: say the dates" in refused(question)


@pytest.mark.parametrize("question", ["NWSY 2Q24 sales growth q/q and the P/E y/y",
                                      "NWSY 2Q24 sales growth q/q and the volume y/y"])
def test_a_grain_no_growth_takes_is_refused_naming_it(question: str) -> None:
    # (with the grain left unread the answer was today's P/E or volume beside the sales growth: the y/y dropped)
    assert "'y/y'" in refused(question)


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # dates that are the grain's: answered as before
        ("NWSY 2Q24 market cap q/q", "(FG_MKT_CAP(2024-06-30) / FG_MKT_CAP(2024-03-31) - 1) * 100 FOR NWSY"),
        ("NWSY 2Q24 share price q/q", "P_RETURN(2024-03-31, 2024-06-30) FOR NWSY"),
        ("NWSY 2Q24 sales y/y", "GROWTH(FF_SALES, FQ2023Q2, FQ2024Q2) FOR NWSY"),
    ],
)
def test_a_price_move_over_the_grains_dates_is_answered(question: str, query: str) -> None:
    assert q(question) == query
