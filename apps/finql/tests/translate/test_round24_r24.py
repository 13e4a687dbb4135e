"""Round 24 (r24): review of round 23's rules. Wrong readings found by near misses (each fails before its fix), and
pins of round-23 conditions no test caught when broken. Own wordings; near misses keep their reading or stay refused."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- f23n's "for Jane": an unknown company after "for" is no person ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What is the turnover for Quillan Corp?", "quillan"),  # every company's sales was answered
        ("Give me the P/E for Brambleton Holdings", "brambleton"),
        ("What is the P/E for NWSY and for Quillan?", "quillan"),  # NWSY's alone was answered
        ("NWSY's net income and the net income for Brambleton Holdings", "brambleton"),
    ],
)
def test_an_unknown_company_after_for_is_no_person(question: str, named: str) -> None:
    assert named in refused(question)


def test_near_miss_a_person_after_for_stays_context() -> None:
    assert q("Falcon Software's EPS in FY2022 for Maria") == "FF_EPS(FY2022) FOR FALC"
    assert q("insurers' net income in FY2023, for Ravi Shah.") == \
        'NAME, FF_NET_INC(FY2023) FOR SCREEN(INDUSTRY("Insurance"))'


# -- f23n's lower-case "it:" as the sector: only first, or after a request's verb ----------------------------------------


def test_it_after_another_verb_is_no_sector() -> None:
    # it was SCREEN(SECTOR("Information Technology") | INDUSTRY("Banks"), ...): the IT sector added to the banks
    assert "Information Technology" not in q("Kindly do it: list the banks with a P/E below 8")


def test_near_miss_it_first_or_after_a_request_verb_stays_the_sector() -> None:
    assert q("show it: P/E below 12") == \
        'NAME, FG_PE(D0) FOR SCREEN(SECTOR("Information Technology"), FG_PE(D0) < 12)'


# -- f23w's size of the companies: a superlative of a measure after it is the ranking ------------------------------------


def test_largest_then_a_superlative_of_a_measure_ranks_by_the_measure() -> None:
    # it was ranked by market cap, "with the best returns" dropped
    assert q("the four largest banks with the best returns in 2024") == \
        'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(INDUSTRY("Banks")) SORT P_RETURN(2023-12-31, 2024-12-31) DESC TOP 4'


def test_near_miss_the_size_of_the_companies_alone_is_their_market_cap() -> None:
    assert q("P/E of the five biggest insurers") == \
        'NAME, FG_MKT_CAP(D0), FG_PE(D0) FOR SCREEN(INDUSTRY("Insurance")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD'


# -- f23g's "total" as the item's name: "for each" of the periods only ----------------------------------------------------


def test_total_for_each_company_is_each_ones_sum() -> None:
    # it was the revenue of each year ("each" of the companies read as each period)
    assert q("total revenue for each company over FY2021 to FY2023, NWSY and FALC") == \
        "SUM(FF_SALES, FY2021, FY2023) FOR NWSY, FALC"


def test_near_miss_total_for_each_of_the_years_stays_the_name() -> None:
    assert q("FALC's total revenue in each of the past 2 fiscal years") == "FF_SALES(FY2023), FF_SALES(FY2024) FOR FALC"
    assert q("FALC's total revenue for each of FY2021 and FY2022") == "FF_SALES(FY2021), FF_SALES(FY2022) FOR FALC"


# -- a measure set against another measure's figure of an earlier period (f23w's "compared to" a period) -----------------


@pytest.mark.parametrize(
    "question",
    ["FALC's debt compared to the previous year's equity", "FALC's cash versus the prior year's debt",
     "FALC's capex compared with the prior year's sales"],
)
def test_a_measure_against_another_measures_earlier_figure_is_refused(question: str) -> None:
    # the first measure was shown now and then, beside the other's (or, "compared to", their ratio at the earlier year)
    assert "another measure's figure" in refused(question)


def test_near_miss_the_same_measure_against_an_earlier_period_stays() -> None:
    assert q("FALC's debt compared to the previous year's debt") == "FF_DEBT(FY2024), FF_DEBT(FY2023) FOR FALC"
    assert q("FALC's sales compared to the prior year's") == "FF_SALES(FY2024), FF_SALES(FY2023) FOR FALC"
    assert q("FALC's debt in FY2024 compared to FY2023's equity") == "FF_DEBT(FY2024), FF_EQUITY(FY2023) FOR FALC"


# -- pins: round-23 conditions no test caught when broken ----------------------------------------------------------------


def test_pin_a_period_said_first_is_the_adjectives_only_as_the_one_period() -> None:
    # f23m's _fronted_period: "one period of the question only" (broken to "at least one", FY2022 was taken for the
    # loss and FY2023 for the sales)
    assert "fy2022" in refused("In FY2022, which airlines lost money, and what were their sales in FY2023?")
