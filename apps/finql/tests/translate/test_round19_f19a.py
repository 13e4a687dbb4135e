"""Round 19 (f19a): a decimal written with no digit before its point (".03", "> .1") on a measure kept in percent,
hedges and asides of chat, a basket of named companies, "growers", lower-case tickers that are English words.
Own wording, not the tuning questions; the near misses stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a yield, a return and a growth's rate are kept in percent: ".04" is 4 (it was 0.04 percent: a wrong answer)
        ("banks yielding over .04", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 4)'),
        ("utes w/ div yld under .025",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) < 2.5)'),
        ("utilities with a yield between .03 and .06",
         'NAME, FG_DIV_YIELD(D0) FOR SCREEN(SECTOR("Utilities"), FG_DIV_YIELD(D0) >= 3 AND FG_DIV_YIELD(D0) <= 6)'),
        ("software cos with FY24 rev growth > .15",
         'NAME, GROWTH(FF_SALES, FY2023, FY2024) FOR SCREEN(INDUSTRY("Software"), GROWTH(FF_SALES, FY2023, FY2024) > 15)'),
        ("names with a 5y eps cagr above .07",
         "NAME, CAGR(FF_EPS, FY2019, FY2024) FOR SCREEN(ALL, CAGR(FF_EPS, FY2019, FY2024) > 7)"),
        ("which names returned more than .25 in 2023",
         "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(ALL, P_RETURN(2022-12-31, 2023-12-31) > 25)"),
        # a multiple, an amount per share and a leading zero stay as written
        ("banks on a P/B below .8", 'NAME, FG_PB(D0) FOR SCREEN(INDUSTRY("Banks"), FG_PB(D0) < 0.8)'),
        ("banks with FY24 EPS above .5", 'NAME, FF_EPS(FY2024) FOR SCREEN(INDUSTRY("Banks"), FF_EPS(FY2024) > 0.5)'),
        ("banks yielding over 0.5", 'NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDUSTRY("Banks"), FG_DIV_YIELD(D0) > 0.5)'),
    ],
)
def test_a_decimal_with_a_leading_point_in_percent(question: str, query: str) -> None:
    assert q(question) == query


def test_a_leading_point_decimal_on_a_change_of_a_ratio_is_refused() -> None:
    # points, or a fraction of them: two readings
    assert ".03" in refused("insurers whose operating margin improved by more than .03 in FY2024")
