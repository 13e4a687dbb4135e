"""Round 27 review (r27) of round 26's rules: near misses that read wrong, and rules no round-26 test caught broken."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

BANKS = 'SCREEN(INDUSTRY("Banks")'


@pytest.mark.parametrize("question, word", [
    # a period after ", and" that opens a clause of its own is not the adjective's second period (f26b's join)
    ("Which banks lost money in FY2023, and in FY2024 had a P/E below 10?", "fy2024"),
    ("Which banks were unprofitable in FY2023, and in FY2024 paid a dividend?", "fy2024"),
])
def test_a_period_opening_a_clause_of_its_own_is_not_the_adjectives(question: str, word: str) -> None:
    assert word in refused(question).lower()


@pytest.mark.parametrize("question, query", [
    # near misses: the periods close the adjective's clause, or a joining word follows them
    ("Which banks lost money in FY2023 and in FY2024?",
     f"NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024) FOR {BANKS}, FF_NET_INC(FY2023) < 0 AND FF_NET_INC(FY2024) < 0)"),
    ("Which insurers were loss-making last year or in the latest quarter?",
     'NAME, FF_NET_INC(FY2024), FF_NET_INC(FQ0) FOR SCREEN(INDUSTRY("Insurance"), (FF_NET_INC(FY2024) < 0 OR '
     'FF_NET_INC(FQ0) < 0))'),
    ("Which insurers were loss-making in fiscal 2022 and in fiscal 2023 had revenue growth above 5%?",
     'NAME, FF_NET_INC(FY2022), GROWTH(FF_SALES, FY2022, FY2023) FOR SCREEN(INDUSTRY("Insurance"), FF_NET_INC(FY2022) < 0 '
     "AND GROWTH(FF_SALES, FY2022, FY2023) > 5)"),
    ("Which banks lost money in FY2023, and in FY2024, and have a P/E below 10?",
     f"NAME, FF_NET_INC(FY2023), FF_NET_INC(FY2024), FG_PE(D0) FOR {BANKS}, FF_NET_INC(FY2023) < 0 AND "
     "FF_NET_INC(FY2024) < 0 AND FG_PE(D0) < 10)"),
])
def test_near_miss_periods_joined_to_the_adjective(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, query", [
    # the "or" between a condition's periods is theirs, never a join of two conditions (the next one was OR'd)
    ("Which banks lost money last year or in the latest quarter and have a P/E below 10?",
     f"NAME, FF_NET_INC(FY2024), FF_NET_INC(FQ0), FG_PE(D0) FOR {BANKS}, (FF_NET_INC(FY2024) < 0 OR FF_NET_INC(FQ0) < 0) "
     "AND FG_PE(D0) < 10)"),
    ("Which banks had revenue above 1bn in FY2023 or in FY2024 and a P/E below 10?",
     f"NAME, FF_SALES(FY2023), FF_SALES(FY2024), FG_PE(D0) FOR {BANKS}, (FF_SALES(FY2023) > 1000 OR "
     "FF_SALES(FY2024) > 1000) AND FG_PE(D0) < 10)"),
    ("Which banks were profitable in FY2022 or FY2023 while paying a dividend?",
     f"NAME, FF_NET_INC(FY2022), FF_NET_INC(FY2023), FF_DPS(FY2024) FOR {BANKS}, (FF_NET_INC(FY2022) > 0 OR "
     "FF_NET_INC(FY2023) > 0) AND FF_DPS(FY2024) > 0)"),
])
def test_or_between_periods_joins_no_conditions(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, query", [
    # near misses: an "or" said between the conditions themselves stays
    ("Which banks had revenue above 1bn in FY2023 or FY2024, or a P/E below 10?",
     f"NAME, FF_SALES(FY2023), FF_SALES(FY2024), FG_PE(D0) FOR {BANKS}, (FF_SALES(FY2023) > 1000 OR "
     "FF_SALES(FY2024) > 1000) OR FG_PE(D0) < 10)"),
    ("Which banks had a P/E below 10, a yield above 5% or ROE above 15%?",
     f"NAME, FG_PE(D0), FG_DIV_YIELD(D0), FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR {BANKS}, FG_PE(D0) < 10 OR "
     "FG_DIV_YIELD(D0) > 5 OR FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 15)"),
])
def test_near_miss_or_between_conditions(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # "better" / "worse" than a number of a measure where less is better: never above / below by guess
    "Which utilities had net debt to equity better than 50%?",
    "Which companies have debt to equity worse than 100%?",
    "Which banks had debt growth better than 5% in FY2024?",
    "Which airlines had a P/E better than 15%?",
])
def test_better_than_a_number_of_a_measure_not_plainly_better_higher_is_refused(question: str) -> None:
    msg = refused(question)
    assert "better than" in msg or "worse than" in msg


@pytest.mark.parametrize("question, query", [
    ("Which banks had ROE better than 15%?",
     f"NAME, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR {BANKS}, FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 15)"),
    ("Which retailers had a net margin worse than 2%?",
     'NAME, FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 FOR SCREEN(INDUSTRY("Retail"), FF_NET_INC(FY2024) / '
     "FF_SALES(FY2024) * 100 < 2)"),
    ("Which insurers grew EPS at better than 10% a year since 2020?",
     'NAME, CAGR(FF_EPS, FY2020, FY2024) FOR SCREEN(INDUSTRY("Insurance"), CAGR(FF_EPS, FY2020, FY2024) > 10)'),
    ("Which stocks had a return worse than -10% in 2023?",
     "NAME, P_RETURN(2022-12-31, 2023-12-31) FOR SCREEN(ALL, P_RETURN(2022-12-31, 2023-12-31) < -10)"),
])
def test_near_miss_better_than_of_a_measure_where_more_is_better(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    # suppliers "to" a buyer: the buyer's set is no set of the suppliers (it was their union)
    "Which semiconductor suppliers to automakers had a P/E below 10?",
    "Which chemicals vendors to airlines had net margin above 10%?",
    "List the packaging suppliers of retailers by P/E",
])
def test_suppliers_to_a_buyer_are_not_the_buyers(question: str) -> None:
    assert "suppliers" in refused(question) or "vendors" in refused(question)


def test_near_miss_suppliers_after_the_set() -> None:
    assert q("Which chemicals or packaging suppliers had a P/E below 10?") == \
        'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Chemicals") | INDUSTRY("Packaging"), FG_PE(D0) < 10)'


# ---- round-26 rules whose break no round-26 test of their author caught (own paraphrases)

@pytest.mark.parametrize("question, query", [
    # the year ended December of a company whose fiscal year ends in September: calendar 2023, its quarters in it
    ("Cascade Semiconductor's net income for the year ending December 31, 2023",
     "SUM(FF_NET_INC, FQ2023Q2, FQ2024Q1) FOR CSMI"),
    ("Apex Materials' revenue in the year ended December 31, 2023", "SUM(FF_SALES, FQ2023Q2, FQ2024Q1) FOR APXM"),
])
def test_the_year_ended_december_of_another_year_end_is_calendar(question: str, query: str) -> None:
    assert q(question) == query


HIGH = "(P_PRICE(D0) / P_HIGH({a}, D0) - 1) * 100"
LOW = "(P_PRICE(D0) / P_LOW({a}, D0) - 1) * 100"
_HIGH_2024 = "(P_PRICE(D0) / P_HIGH(2024-01-01, 2024-12-31) - 1) * 100"


@pytest.mark.parametrize("question, query", [
    # a superlative of the distance from a high or low: the distance ranked, the furthest below first ("most")
    # (round 31: a high over calendar 2024 ends on its date, 2024-12-31, as its return does)
    ("Which bank fell the most from its 2024 high?",
     f"NAME, {_HIGH_2024} FOR {BANKS}) SORT {_HIGH_2024} ASC TOP 1"),
    ("Which 3 banks are down the least from their 52-week high?",
     f"NAME, {HIGH.format(a='2024-01-15')} FOR {BANKS}) SORT {HIGH.format(a='2024-01-15')} DESC TOP 3"),
    ("Which bank is the least below its 52-week high?",
     f"NAME, {HIGH.format(a='2024-01-15')} FOR {BANKS}) SORT {HIGH.format(a='2024-01-15')} DESC TOP 1"),
    ("Which 3 banks are the most above their 52-week low?",
     f"NAME, {LOW.format(a='2024-01-15')} FOR {BANKS}) SORT {LOW.format(a='2024-01-15')} DESC TOP 3"),
])
def test_the_most_or_least_from_an_extreme(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, query", [
    # a yield on a named year's figure: that figure over today's price (market cap for free cash flow), in percent
    ("Which insurers had a dividend yield on FY2023 dividends above 4%?",
     'NAME, FF_DPS(FY2023) / P_PRICE(D0) * 100 FOR SCREEN(INDUSTRY("Insurance"), FF_DPS(FY2023) / P_PRICE(D0) * 100 > 4)'),
    ("Apex Materials' FCF yield on FY2023 free cash flow", "FF_FCF(FY2023) / FG_MKT_CAP(D0) * 100 FOR APXM"),
    ("Apex Materials' earnings yield on fiscal 2023 earnings", "FF_EPS(FY2023) / P_PRICE(D0) * 100 FOR APXM"),
])
def test_a_yield_on_a_years_figure(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question", [
    "Apex Materials' earnings yield on fiscal 2023 net income",
    "Apex Materials' dividend yield on FY2023 earnings",
])
def test_a_yield_on_another_figure_is_refused(question: str) -> None:
    assert "yield on" in refused(question)


@pytest.mark.parametrize("question, query", [
    # a flow's total over the last four quarters against one fiscal year's figure
    ("Which banks had higher total net income over the last four quarters than in fiscal 2023?",
     f"NAME, SUM(FF_NET_INC, FQ-3, FQ0), FF_NET_INC(FY2023) FOR {BANKS}, SUM(FF_NET_INC, FQ-3, FQ0) > FF_NET_INC(FY2023))"),
    ("Which insurers booked more total revenue in the last four quarters than in fiscal 2023?",
     'NAME, SUM(FF_SALES, FQ-3, FQ0), FF_SALES(FY2023) FOR SCREEN(INDUSTRY("Insurance"), SUM(FF_SALES, FQ-3, FQ0) > '
     "FF_SALES(FY2023))"),
])
def test_a_total_over_quarters_against_a_fiscal_year(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, word", [
    # the same figure asked again only with the first clause's verb or a reporting verb: another verb may be another
    # measure ("earn" after a dividend), left as said
    ("What dividend did Ashford Metals pay in 2022, and what did it earn last year?", "earn"),
    ("What net income did Ashford Metals make in FY2022, and what did it pay last year?", "last year"),
])
def test_asked_again_with_another_verb_is_not_the_same_figure(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize("question, word", [
    # possessive pronouns standing for companies not named: never filler
    ("Which bank had the highest revenue in FY2024, theirs or ours?", "ours"),
    ("Which of yours had the highest P/E?", "yours"),
])
def test_possessive_pronouns_standing_alone_are_not_understood(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize("question, word", [
    # a period a framing clause sets the figure against is one more figure asked: named, never dropped
    ("For the purposes of a cross-check against fiscal 2022, what was Ashford Metals' revenue in fiscal 2023?",
     "fiscal 2022"),
    ("As a comparison with fiscal 2021, what was Ashford Metals' net income in fiscal 2023?", "fiscal 2021"),
])
def test_a_framing_clauses_period_set_against_is_named(question: str, word: str) -> None:
    assert word in refused(question)


@pytest.mark.parametrize("question, query", [
    # near miss of the headline year after counted periods: a measure said between takes the year
    ("Ashford Metals' net income last quarter and its revenue, fiscal 2023", "FF_NET_INC(FQ0), FF_SALES(FY2023) FOR ASHM"),
    ("Ashford Metals' net income last quarter vs the quarter before and revenue, fiscal 2023",
     "FF_NET_INC(FQ0), FF_NET_INC(FQ-1), FF_SALES(FY2023) FOR ASHM"),
])
def test_a_year_after_a_measure_said_after_counted_periods(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, query", [
    ("Ashford Metals' free cash in fiscal 2023", "FF_FCF(FY2023) FOR ASHM"),
    ("Which banks had free cash above 100m in FY2024?",
     f"NAME, FF_FCF(FY2024) FOR {BANKS}, FF_FCF(FY2024) > 100)"),
])
def test_free_cash_is_free_cash_flow(question: str, query: str) -> None:
    assert q(question) == query
